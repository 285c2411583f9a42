// courier: internal helper of require('ajv'): the Ajv 6 keywords that apply subschemas
// ($ref, items, contains, properties, dependencies, propertyNames, not, anyOf, oneOf, allOf,
// if/then/else) and custom keywords (addKeyword). Written for courier.
(function (native, require) {
  'use strict';

  var c = require('_ajv_compile');
  var uri = require('_ajv_uri');
  var hasOwn = Object.prototype.hasOwnProperty;

  function setup(it, keyword) {
    return { value: it.schema[keyword], path: it.errSchemaPath + '/' + keyword, breakOnError: !it.allErrors };
  }

  function sub(it, schema, errSchemaPath, extra) {
    return it.gen(c.child(it, schema, errSchemaPath, extra));
  }

  // The error Ajv reports when a reference cannot be resolved (Ajv.MissingRefError).
  function MissingRefError(baseId, ref, message) {
    this.message = message || MissingRefError.message(baseId, ref);
    this.missingRef = uri.url(baseId, ref);
    this.missingSchema = uri.normalizeId(uri.fullPath(this.missingRef));
  }
  MissingRefError.prototype = Object.create(Error.prototype);
  MissingRefError.prototype.constructor = MissingRefError;
  MissingRefError.message = function (baseId, ref) { return "can't resolve reference " + ref + ' from id ' + baseId; };

  function ref(it, keyword) {
    var k = setup(it, keyword);
    var get;
    if (k.value === '#' || k.value === '#/') {
      var refVal = it.isRoot ? it.refVal : null;
      var root = it.root;
      get = function () { return refVal ? refVal[0] : root.refVal[0]; };
    } else {
      var r = it.resolveRef(it.baseId, k.value, it.isRoot);
      if (r === undefined) {
        var message = MissingRefError.message(it.baseId, k.value);
        if (it.opts.missingRefs === 'fail') {
          it.logger.error(message);
          return function (data, path, pd, pk, root, st) {
            c.fail(st, it, k.breakOnError, c.makeError(it, '$ref', path, k.path, { ref: k.value },
              "can't resolve reference " + k.value, k.value, it.schema, data));
          };
        }
        if (it.opts.missingRefs === 'ignore') {
          it.logger.warn(message);
          return null;
        }
        throw new MissingRefError(it.baseId, k.value, message);
      }
      if (r.inline) {
        var node = sub(it, r.schema, k.value);
        return function (data, path, pd, pk, root, st) { node.call(this, data, path, pd, pk, root, st); };
      }
      get = r.get;
    }
    return function (data, path, pd, pk, root, st) {
      var fn = get();
      if (!(it.opts.passContext ? fn.call(this, data, path, pd, pk, root) : fn(data, path, pd, pk, root))) {
        st.v = st.v === null ? fn.errors : st.v.concat(fn.errors);
        st.n = st.v.length;
      }
    };
  }

  function items(it, keyword) {
    var k = setup(it, keyword);
    var schema = it.schema;
    var brk = k.breakOnError;
    if (Array.isArray(k.value)) {
      var additional = schema.additionalItems;
      var max = k.value.length;
      var addPath = it.errSchemaPath + '/additionalItems';
      var tuple = [];
      k.value.forEach(function (sch, i) {
        if (c.nonEmpty(it, sch)) tuple.push([i, sub(it, sch, k.path + '/' + i)]);
      });
      var rest = typeof additional === 'object' && c.nonEmpty(it, additional) ? sub(it, additional, addPath) : null;
      return function (data, path, pd, pk, root, st) {
        if (additional === false && data.length > max) {
          c.fail(st, it, brk, c.makeError(it, 'additionalItems', path, addPath, { limit: max },
            'should NOT have more than ' + max + ' items', false, schema, data));
          if (brk) return;
        }
        for (var t = 0; t < tuple.length; t++) {
          var i = tuple[t][0];
          if (data.length > i && !tuple[t][1].call(this, data[i], c.pathIndex(it, path, i), data, i, root, st) && brk) return;
        }
        if (rest && data.length > max) {
          for (var j = max; j < data.length; j++) {
            if (!rest.call(this, data[j], c.pathIndex(it, path, j), data, j, root, st) && brk) return;
          }
        }
      };
    }
    if (!c.nonEmpty(it, k.value)) return null;
    var each = sub(it, k.value, k.path);
    return function (data, path, pd, pk, root, st) {
      for (var i = 0; i < data.length; i++) {
        if (!each.call(this, data[i], c.pathIndex(it, path, i), data, i, root, st) && brk) return;
      }
    };
  }

  function contains(it, keyword) {
    var k = setup(it, keyword);
    var node = c.nonEmpty(it, k.value) ? sub(it, k.value, k.path, { compositeRule: true }) : null;
    return function (data, path, pd, pk, root, st) {
      var errs = st.n;
      var found = false;
      if (node) {
        for (var i = 0; i < data.length && !found; i++) {
          found = node.call(this, data[i], c.pathIndex(it, path, i), data, i, root, st);
        }
      } else {
        found = data.length !== 0;
      }
      if (!found) {
        c.fail(st, it, k.breakOnError, c.makeError(it, 'contains', path, k.path, {}, 'should contain a valid item',
          k.value, it.schema, data));
      } else if (node) {
        c.resetErrors(st, errs);
      }
    };
  }

  function properties(it) {
    var schema = it.schema;
    var opts = it.opts;
    var brk = !it.allErrors;
    var props = schema.properties || {};
    var keys = Object.keys(props).filter(function (p) { return p !== '__proto__'; });
    var patternProps = schema.patternProperties || {};
    var patterns = Object.keys(patternProps).filter(function (p) { return p !== '__proto__'; });
    var additional = schema.additionalProperties;
    var someProperties = keys.length || patterns.length;
    var noAdditional = additional === false;
    var additionalIsSchema = typeof additional === 'object' && Object.keys(additional).length;
    var removeAdditional = opts.removeAdditional;
    var checkAdditional = noAdditional || additionalIsSchema || removeAdditional;
    var byProperty = opts._errorDataPathProperty;
    var requiredList = schema.required;
    var requiredHash = null;
    if (requiredList && requiredList.length < opts.loopRequired) {
      requiredHash = {};
      requiredList.forEach(function (r) { requiredHash[r] = true; });
    }
    var useDefaults = opts.useDefaults && !it.compositeRule;
    var addPath = it.errSchemaPath + '/additionalProperties';
    var patternRes = patterns.map(function (p) { return it.usePattern(p); });
    var addNode = null;
    if (checkAdditional && additionalIsSchema && removeAdditional !== 'all') {
      addNode = sub(it, additional, addPath, removeAdditional === 'failing' ? { compositeRule: true } : undefined);
    }
    var propNodes = [];
    keys.forEach(function (key) {
      var sch = props[key];
      if (!c.nonEmpty(it, sch)) return;
      propNodes.push({
        key: key,
        node: sub(it, sch, it.errSchemaPath + '/properties/' + uri.escapeFragment(key)),
        hasDefault: useDefaults && sch['default'] !== undefined,
        required: Boolean(requiredHash && requiredHash[key])
      });
    });
    var patternNodes = [];
    patterns.forEach(function (p, i) {
      var sch = patternProps[p];
      if (!c.nonEmpty(it, sch)) return;
      patternNodes.push({
        re: patternRes[i],
        node: sub(it, sch, it.errSchemaPath + '/patternProperties/' + uri.escapeFragment(p))
      });
    });
    function dataKeys(data) {
      if (opts.ownProperties) return Object.keys(data);
      var out = [];
      for (var key in data) out.push(key);
      return out;
    }
    function absent(data, key) {
      return data[key] === undefined || (opts.ownProperties && !hasOwn.call(data, key));
    }

    return function (data, path, pd, pk, root, st) {
      var valid = true;
      var i;
      var key;
      if (checkAdditional) {
        var list = dataKeys(data);
        for (i = 0; i < list.length; i++) {
          key = list[i];
          if (!opts.ownProperties && !(key in data)) continue;
          if (someProperties) {
            var known = keys.indexOf(key) >= 0;
            for (var p = 0; !known && p < patternRes.length; p++) known = patternRes[p].test(key);
            if (known) continue;
          }
          if (removeAdditional === 'all') {
            delete data[key];
            continue;
          }
          if (noAdditional) {
            if (removeAdditional) {
              delete data[key];
            } else {
              valid = false;
              c.fail(st, it, brk, c.makeError(it, 'additionalProperties', byProperty ? c.pathKey(it, path, key) : path,
                addPath, { additionalProperty: key },
                byProperty ? 'is an invalid additional property' : 'should NOT have additional properties', false, schema, data));
              if (brk) break;
            }
          } else if (additionalIsSchema) {
            var subPath = c.pathKey(it, path, key);
            if (removeAdditional === 'failing') {
              // Ajv resets the error count here but keeps the collected errors (and the result
              // of the last check decides whether the other properties are checked).
              var before = st.n;
              valid = addNode.call(this, data[key], subPath, data, key, root, st);
              if (!valid) {
                st.n = before;
                delete data[key];
              }
            } else {
              valid = addNode.call(this, data[key], subPath, data, key, root, st);
              if (brk && !valid) break;
            }
          }
        }
        if (brk && !valid) return;
      }
      for (i = 0; i < propNodes.length; i++) {
        var pn = propNodes[i];
        key = pn.key;
        var subPathP = c.pathProp(it, path, key);
        if (pn.hasDefault) {
          valid = pn.node.call(this, data[key], subPathP, data, key, root, st);
        } else if (pn.required) {
          if (absent(data, key)) {
            valid = false;
            c.fail(st, it, brk, c.makeError(it, 'required', byProperty ? subPathP : path, it.errSchemaPath + '/required',
              { missingProperty: key }, byProperty ? 'is a required property' : "should have required property '" + key + "'",
              props, schema, data));
          } else {
            valid = pn.node.call(this, data[key], subPathP, data, key, root, st);
          }
        } else if (absent(data, key)) {
          valid = true;
        } else {
          valid = pn.node.call(this, data[key], subPathP, data, key, root, st);
        }
        if (brk && !valid) return;
      }
      for (i = 0; i < patternNodes.length; i++) {
        var pat = patternNodes[i];
        var names = dataKeys(data);
        for (var n = 0; n < names.length; n++) {
          key = names[n];
          if (!opts.ownProperties && !(key in data)) continue;
          if (pat.re.test(key)) {
            valid = pat.node.call(this, data[key], c.pathKey(it, path, key), data, key, root, st);
            if (brk && !valid) break;
          } else if (brk) {
            valid = true;
          }
        }
        if (brk && !valid) return;
      }
    };
  }

  function dependencies(it, keyword) {
    var k = setup(it, keyword);
    var opts = it.opts;
    var brk = k.breakOnError;
    var byProperty = opts._errorDataPathProperty;
    var propertyDeps = [];
    var schemaDeps = [];
    for (var property in k.value) {
      if (property === '__proto__') continue;
      var sch = k.value[property];
      if (Array.isArray(sch)) {
        if (sch.length) propertyDeps.push([property, sch]);
      } else if (c.nonEmpty(it, sch)) {
        schemaDeps.push([property, sub(it, sch, k.path + '/' + uri.escapeFragment(property))]);
      }
    }
    function present(data, key) {
      return data[key] !== undefined && (!opts.ownProperties || hasOwn.call(data, key));
    }
    function report(st, data, path, property, deps, missing, dep, first) {
      var errPath = path;
      if (byProperty) errPath = first && !opts.jsonPointers ? path + missing : c.pathProp(it, path, dep);
      var many = deps.length !== 1;
      var err = c.makeError(it, 'dependencies', errPath, k.path,
        { property: property, missingProperty: missing, depsCount: deps.length, deps: many ? deps.join(', ') : deps[0] },
        'should have ' + (many ? 'properties ' + deps.join(', ') : 'property ' + deps[0]) + ' when property ' + property +
        ' is present', k.value, it.schema, data);
      if (first) c.fail(st, it, brk, err);
      else c.push(st, err);
    }
    return function (data, path, pd, pk, root, st) {
      var i;
      for (i = 0; i < propertyDeps.length; i++) {
        var property = propertyDeps[i][0];
        var deps = propertyDeps[i][1];
        if (!present(data, property)) continue;
        if (brk) {
          for (var d = 0; d < deps.length; d++) {
            if (!present(data, deps[d])) {
              return report(st, data, path, property, deps, opts.jsonPointers ? deps[d] : c.getProperty(deps[d]), deps[d], true);
            }
          }
        } else {
          deps.forEach(function (dep) { if (!present(data, dep)) report(st, data, path, property, deps, dep, dep, false); });
        }
      }
      for (i = 0; i < schemaDeps.length; i++) {
        if (present(data, schemaDeps[i][0]) && !schemaDeps[i][1].call(this, data, path, pd, pk, root, st) && brk) return;
      }
    };
  }

  function propertyNames(it, keyword) {
    var k = setup(it, keyword);
    if (!c.nonEmpty(it, k.value)) return null;
    var node = sub(it, k.value, k.path, { compositeRule: true });
    var opts = it.opts;
    return function (data, path, pd, pk, root, st) {
      var names = [];
      if (opts.ownProperties) names = Object.keys(data);
      else for (var key in data) names.push(key);
      for (var i = 0; i < names.length; i++) {
        var name = names[i];
        var start = st.n;
        if (!node.call(this, name, path, data, undefined, root, st)) {
          for (var e = start; e < st.n; e++) st.v[e].propertyName = name;
          c.failExtra(st, it, c.makeError(it, 'propertyNames', path, k.path, { propertyName: name },
            "property name '" + name + "' is invalid", k.value, it.schema, data));
          if (k.breakOnError) return;
        }
      }
    };
  }

  function not(it, keyword) {
    var k = setup(it, keyword);
    function error(path, data) {
      return c.makeError(it, 'not', path, k.path, {}, 'should NOT be valid', k.value, it.schema, data);
    }
    if (!c.nonEmpty(it, k.value)) {
      return function (data, path, pd, pk, root, st) { c.push(st, error(path, data)); };
    }
    // Ajv turns allErrors off while it generates the code of the negated schema.
    var opts = it.opts;
    var saved = opts.allErrors;
    if (saved) opts.allErrors = false;
    var node;
    try {
      node = sub(it, k.value, k.path, { compositeRule: true, createErrors: false, allErrors: false });
    } finally {
      if (saved) opts.allErrors = saved;
    }
    return function (data, path, pd, pk, root, st) {
      var errs = st.n;
      if (node.call(this, data, path, pd, pk, root, st)) c.fail(st, it, k.breakOnError, error(path, data));
      else c.resetErrors(st, errs);
    };
  }

  function anyOf(it, keyword) {
    var k = setup(it, keyword);
    if (!k.value.every(function (s) { return c.nonEmpty(it, s); })) return null;
    var nodes = k.value.map(function (s, i) { return sub(it, s, k.path + '/' + i, { compositeRule: true }); });
    return function (data, path, pd, pk, root, st) {
      var errs = st.n;
      for (var i = 0; i < nodes.length; i++) {
        if (nodes[i].call(this, data, path, pd, pk, root, st)) {
          c.resetErrors(st, errs);
          return;
        }
      }
      c.failExtra(st, it, c.makeError(it, 'anyOf', path, k.path, {}, 'should match some schema in anyOf', k.value,
        it.schema, data));
    };
  }

  function oneOf(it, keyword) {
    var k = setup(it, keyword);
    var nodes = k.value.map(function (s, i) {
      return c.nonEmpty(it, s) ? sub(it, s, k.path + '/' + i, { compositeRule: true }) : null;
    });
    return function (data, path, pd, pk, root, st) {
      var errs = st.n;
      var valid = false;
      var prevValid = false;
      var passing = null;
      for (var i = 0; i < nodes.length; i++) {
        var ok = nodes[i] ? nodes[i].call(this, data, path, pd, pk, root, st) : true;
        if (i && ok && prevValid) {
          valid = false;
          passing = [passing, i];
          break;
        }
        if (ok) {
          valid = prevValid = true;
          passing = i;
        }
      }
      if (!valid) {
        c.failExtra(st, it, c.makeError(it, 'oneOf', path, k.path, { passingSchemas: passing },
          'should match exactly one schema in oneOf', k.value, it.schema, data));
      } else {
        c.resetErrors(st, errs);
      }
    };
  }

  function allOf(it, keyword) {
    var k = setup(it, keyword);
    var nodes = [];
    k.value.forEach(function (s, i) { if (c.nonEmpty(it, s)) nodes.push(sub(it, s, k.path + '/' + i)); });
    if (!nodes.length) return null;
    return function (data, path, pd, pk, root, st) {
      for (var i = 0; i < nodes.length; i++) {
        if (!nodes[i].call(this, data, path, pd, pk, root, st) && k.breakOnError) return;
      }
    };
  }

  function ifKeyword(it, keyword) {
    var k = setup(it, keyword);
    var schema = it.schema;
    var thenPresent = schema.then !== undefined && c.nonEmpty(it, schema.then);
    var elsePresent = schema['else'] !== undefined && c.nonEmpty(it, schema['else']);
    if (!thenPresent && !elsePresent) return null;
    var cond = sub(it, k.value, k.path, { compositeRule: true, createErrors: false });
    var thenNode = thenPresent ? sub(it, schema.then, it.errSchemaPath + '/then', { createErrors: true }) : null;
    var elseNode = elsePresent ? sub(it, schema['else'], it.errSchemaPath + '/else', { createErrors: true }) : null;
    return function (data, path, pd, pk, root, st) {
      var errs = st.n;
      var ifValid = cond.call(this, data, path, pd, pk, root, st);
      c.resetErrors(st, errs);
      var valid = true;
      var clause;
      if (ifValid && thenNode) {
        valid = thenNode.call(this, data, path, pd, pk, root, st);
        clause = 'then';
      } else if (!ifValid && elseNode) {
        valid = elseNode.call(this, data, path, pd, pk, root, st);
        clause = 'else';
      }
      if (!valid) {
        c.failExtra(st, it, c.makeError(it, 'if', path, k.path, { failingKeyword: clause },
          'should match "' + clause + '" schema', k.value, schema, data));
      }
    };
  }

  return {
    MissingRefError: MissingRefError,
    ref: ref,
    items: items,
    contains: contains,
    properties: properties,
    dependencies: dependencies,
    propertyNames: propertyNames,
    not: not,
    anyOf: anyOf,
    oneOf: oneOf,
    allOf: allOf,
    ifKeyword: ifKeyword
  };
})
