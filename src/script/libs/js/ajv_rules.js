// courier: internal helper of require('ajv'): the validation of one schema node as Ajv 6
// generates it (type check and coercion, the keyword groups in Ajv's order, defaults) and the
// keywords that check a value directly. Subschema keywords are in ajv_applicators.js.
// Written for courier.
(function (native, require) {
  'use strict';

  var c = require('_ajv_compile');
  var uri = require('_ajv_uri');
  var hasOwn = Object.prototype.hasOwnProperty;

  function setup(it, keyword) {
    return {
      value: it.schema[keyword],
      path: it.errSchemaPath + '/' + keyword,
      breakOnError: !it.allErrors
    };
  }

  function numberKeyword(value, keyword) {
    if (typeof value !== 'number') throw new Error(keyword + ' must be number');
  }

  // maximum/minimum with exclusiveMaximum/exclusiveMinimum (number, or draft-04 boolean).
  function limit(it, keyword) {
    var schema = it.schema;
    var isMax = keyword === 'maximum';
    var exclKeyword = isMax ? 'exclusiveMaximum' : 'exclusiveMinimum';
    var value = schema[keyword];
    var excl = schema[exclKeyword];
    if (!(typeof value === 'number' || value === undefined)) throw new Error(keyword + ' must be number');
    if (!(excl === undefined || typeof excl === 'number' || typeof excl === 'boolean')) {
      throw new Error(exclKeyword + ' must be number or boolean');
    }
    var exclIsNumber = typeof excl === 'number';
    var errorKeyword = keyword;
    var schemaPath = it.errSchemaPath + '/' + keyword;
    var opStr = isMax ? '<' : '>';
    var bound;
    var exclusive;
    if (exclIsNumber && value === undefined) {
      exclusive = true;
      bound = excl;
    } else {
      bound = exclIsNumber ? Math[isMax ? 'min' : 'max'](excl, value) : value;
      exclusive = excl === (exclIsNumber ? bound : true);
      if (!exclusive) opStr += '=';
    }
    if (exclusive) {
      errorKeyword = exclKeyword;
      schemaPath = it.errSchemaPath + '/' + exclKeyword;
    }
    var breakOnError = !it.allErrors;
    return function (data, path, pd, pk, root, st) {
      var bad = exclusive ? (isMax ? data >= bound : data <= bound) : (isMax ? data > bound : data < bound);
      if (bad || data !== data) { // eslint-disable-line no-self-compare
        c.fail(st, it, breakOnError, c.makeError(it, errorKeyword, path, schemaPath,
          { comparison: opStr, limit: bound, exclusive: exclusive }, 'should be ' + opStr + ' ' + bound, value, schema, data));
      }
    };
  }

  function countLimit(measure, more, less, unit) {
    return function (it, keyword) {
      var k = setup(it, keyword);
      numberKeyword(k.value, keyword);
      var isMax = keyword.slice(0, 3) === 'max';
      var message = 'should NOT ' + (unit === 'characters' ? 'be ' : 'have ') + (isMax ? more : less) + ' than ' +
        k.value + ' ' + unit;
      return function (data, path, pd, pk, root, st) {
        var n = measure(data, it);
        if (isMax ? n > k.value : n < k.value) {
          c.fail(st, it, k.breakOnError, c.makeError(it, keyword, path, k.path, { limit: k.value }, message, k.value,
            it.schema, data));
        }
      };
    };
  }

  var limitItems = countLimit(function (d) { return d.length; }, 'more', 'fewer', 'items');
  var limitLength = countLimit(function (d, it) { return it.opts.unicode === false ? d.length : c.ucs2length(d); },
    'longer', 'shorter', 'characters');
  var limitProperties = countLimit(function (d) { return Object.keys(d).length; }, 'more', 'fewer', 'properties');

  function multipleOf(it, keyword) {
    var k = setup(it, keyword);
    numberKeyword(k.value, keyword);
    var precision = it.opts.multipleOfPrecision;
    var epsilon = precision ? Number('1e-' + precision) : 0;
    return function (data, path, pd, pk, root, st) {
      var division = data / k.value;
      var bad = precision ? Math.abs(Math.round(division) - division) > epsilon : division !== parseInt(division);
      if (bad) {
        c.fail(st, it, k.breakOnError, c.makeError(it, 'multipleOf', path, k.path, { multipleOf: k.value },
          'should be multiple of ' + k.value, k.value, it.schema, data));
      }
    };
  }

  function pattern(it, keyword) {
    var k = setup(it, keyword);
    var message = 'should match pattern "' + k.value + '"';
    var re = it.usePattern(k.value);
    return function (data, path, pd, pk, root, st) {
      if (!re.test(data)) {
        c.fail(st, it, k.breakOnError, c.makeError(it, 'pattern', path, k.path, { pattern: k.value }, message, k.value,
          it.schema, data));
      }
    };
  }

  function format(it, keyword, ruleType) {
    if (it.opts.format === false) return null;
    var k = setup(it, keyword);
    var name = k.value;
    var fmt = it.formats[name];
    var unknown = it.opts.unknownFormats;
    if (!fmt) {
      if (unknown === 'ignore') {
        it.logger.warn('unknown format "' + name + '" ignored in schema at path "' + it.errSchemaPath + '"');
        return null;
      }
      if (Array.isArray(unknown) && unknown.indexOf(name) >= 0) return null;
      throw new Error('unknown format "' + name + '" is used in schema at path "' + it.errSchemaPath + '"');
    }
    var isObject = typeof fmt === 'object' && !(fmt instanceof RegExp) && fmt.validate;
    var formatType = (isObject && fmt.type) || 'string';
    if (isObject) fmt = fmt.validate;
    if (formatType !== ruleType) return null;
    var isFunction = typeof fmt === 'function';
    var formats = it.formats;
    return function (data, path, pd, pk, root, st) {
      var f = formats[name];
      if (isObject) f = f.validate;
      if (!(isFunction ? f(data) : f.test(data))) {
        c.fail(st, it, k.breakOnError, c.makeError(it, 'format', path, k.path, { format: name },
          'should match format "' + name + '"', name, it.schema, data));
      }
    };
  }

  function constKeyword(it, keyword) {
    var k = setup(it, keyword);
    return function (data, path, pd, pk, root, st) {
      if (!c.equal(data, k.value)) {
        c.fail(st, it, k.breakOnError, c.makeError(it, 'const', path, k.path, { allowedValue: k.value },
          'should be equal to constant', k.value, it.schema, data));
      }
    };
  }

  function enumKeyword(it, keyword) {
    var k = setup(it, keyword);
    return function (data, path, pd, pk, root, st) {
      var list = k.value;
      for (var i = 0; i < list.length; i++) if (c.equal(data, list[i])) return;
      c.fail(st, it, k.breakOnError, c.makeError(it, 'enum', path, k.path, { allowedValues: list },
        'should be equal to one of the allowed values', list, it.schema, data));
    };
  }

  function uniqueItems(it, keyword) {
    var k = setup(it, keyword);
    if (!k.value || it.opts.uniqueItems === false) return null;
    var itemType = it.schema.items && it.schema.items.type;
    var typeIsArray = Array.isArray(itemType);
    var deep = !itemType || itemType === 'object' || itemType === 'array' ||
      (typeIsArray && (itemType.indexOf('object') >= 0 || itemType.indexOf('array') >= 0));
    var strict = it.opts.strictNumbers;
    return function (data, path, pd, pk, root, st) {
      var i = data.length;
      var j;
      var valid = true;
      if (i > 1) {
        if (deep) {
          outer: for (; i--;) {
            for (j = i; j--;) {
              if (c.equal(data[i], data[j])) {
                valid = false;
                break outer;
              }
            }
          }
        } else {
          var seen = {};
          for (; i--;) {
            var item = data[i];
            if (!(typeIsArray ? c.isAnyType(itemType, item, strict) : c.isType(itemType, item, strict))) continue;
            if (typeIsArray && typeof item === 'string') item = '"' + item;
            if (typeof seen[item] === 'number') {
              valid = false;
              j = seen[item];
              break;
            }
            seen[item] = i;
          }
        }
      }
      if (!valid) {
        c.fail(st, it, k.breakOnError, c.makeError(it, 'uniqueItems', path, k.path, { i: i, j: j },
          'should NOT have duplicate items (items ## ' + j + ' and ' + i + ' are identical)', k.value, it.schema, data));
      }
    };
  }

  function missingValue(it, data, key) {
    return data[key] === undefined || (it.opts.ownProperties && !hasOwn.call(data, key));
  }

  function required(it, keyword) {
    var k = setup(it, keyword);
    var opts = it.opts;
    var list = k.value;
    var props = it.schema.properties;
    var names;
    if (list.length < opts.loopRequired && props && Object.keys(props).length) {
      names = list.filter(function (p) { return !(props[p] && c.nonEmpty(it, props[p])); });
    } else {
      names = list;
    }
    if (!names.length) return null;
    var loop = names.length >= opts.loopRequired;
    var byProperty = opts._errorDataPathProperty;
    // `how`: 'first' (stop at it, Ajv's `missing` property path), 'loop' (a name known at run
    // time) or 'each' (all errors).
    function report(st, data, path, missing, prop, how) {
      var errPath = path;
      if (byProperty) {
        if (how === 'loop' || how === 'loopEach') errPath = c.pathKey(it, path, prop);
        else if (how === 'first' && !opts.jsonPointers) errPath = path + missing;
        else errPath = c.pathProp(it, path, prop);
      }
      var err = c.makeError(it, 'required', errPath, k.path, { missingProperty: missing },
        byProperty ? 'is a required property' : "should have required property '" + missing + "'", list, it.schema, data);
      if (how === 'each' || how === 'loopEach') c.push(st, err);
      else c.fail(st, it, k.breakOnError, err);
    }
    return function (data, path, pd, pk, root, st) {
      var i;
      if (k.breakOnError) {
        if (loop) {
          for (i = 0; i < list.length; i++) {
            if (missingValue(it, data, list[i])) return report(st, data, path, list[i], list[i], 'loop');
          }
        } else {
          for (i = 0; i < names.length; i++) {
            if (missingValue(it, data, names[i])) {
              return report(st, data, path, opts.jsonPointers ? names[i] : c.getProperty(names[i]), names[i], 'first');
            }
          }
        }
      } else {
        var all = loop ? list : names;
        for (i = 0; i < all.length; i++) {
          if (missingValue(it, data, all[i])) report(st, data, path, all[i], all[i], loop ? 'loopEach' : 'each');
        }
      }
    };
  }

  function comment(it) {
    var text = it.schema.$comment;
    var opt = it.opts.$comment;
    return function () {
      if (opt === true) console.log(text);
      else if (typeof opt === 'function') opt(text, it.errSchemaPath + '/$comment', it.root.schema);
    };
  }

  // ---- the rules table (Ajv's RULES) ----

  function makeRules() {
    var a = require('_ajv_applicators');
    var groups = [
      { type: 'number', rules: [{ maximum: ['exclusiveMaximum'] }, { minimum: ['exclusiveMinimum'] }, 'multipleOf', 'format'] },
      { type: 'string', rules: ['maxLength', 'minLength', 'pattern', 'format'] },
      { type: 'array', rules: ['maxItems', 'minItems', 'items', 'contains', 'uniqueItems'] },
      { type: 'object', rules: ['maxProperties', 'minProperties', 'required', 'dependencies', 'propertyNames',
        { properties: ['additionalProperties', 'patternProperties'] }] },
      { rules: ['$ref', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf', 'if'] }
    ];
    var code = {
      maximum: limit, minimum: limit, multipleOf: multipleOf, format: format,
      maxLength: limitLength, minLength: limitLength, pattern: pattern,
      maxItems: limitItems, minItems: limitItems, items: a.items, contains: a.contains, uniqueItems: uniqueItems,
      maxProperties: limitProperties, minProperties: limitProperties, required: required,
      dependencies: a.dependencies, propertyNames: a.propertyNames, properties: a.properties,
      $ref: a.ref, 'const': constKeyword, 'enum': enumKeyword, not: a.not, anyOf: a.anyOf, oneOf: a.oneOf,
      allOf: a.allOf, 'if': a.ifKeyword
    };
    var all = { type: true, $comment: true };
    var names = ['type', '$comment'];
    groups.forEach(function (group) {
      group.rules = group.rules.map(function (keyword) {
        var impl;
        if (typeof keyword === 'object') {
          var key = Object.keys(keyword)[0];
          impl = keyword[key];
          keyword = key;
          impl.forEach(function (kw) {
            names.push(kw);
            all[kw] = true;
          });
        }
        names.push(keyword);
        var rule = all[keyword] = { keyword: keyword, code: code[keyword], implements: impl };
        return rule;
      });
    });
    var keywords = {};
    names.concat(['$schema', '$id', 'id', '$data', '$async', 'title', 'description', 'default', 'definitions',
      'examples', 'readOnly', 'writeOnly', 'contentMediaType', 'contentEncoding', 'additionalItems', 'then', 'else'])
      .forEach(function (kw) { keywords[kw] = true; });
    var types = { number: true, integer: true, string: true, array: true, object: true, boolean: true, 'null': true };
    groups.forEach(function (g) { if (g.type) types[g.type] = g; });
    groups.all = all;
    groups.keywords = keywords;
    groups.types = types;
    groups.custom = {};
    return groups;
  }

  // ---- one schema node ----

  var COERCIBLE = { string: true, number: true, integer: true, boolean: true, 'null': true };

  function coerceToTypes(option, types) {
    if (Array.isArray(types)) {
      var out = types.filter(function (t) { return COERCIBLE[t] || (option === 'array' && t === 'array'); });
      return out.length ? out : undefined;
    }
    if (COERCIBLE[types]) return [types];
    if (option === 'array' && types === 'array') return ['array'];
    return undefined;
  }

  function coerceValue(to, option, data) {
    var type = typeof data;
    for (var i = 0; i < to.length; i++) {
      var t = to[i];
      if (t === 'string') {
        if (type === 'number' || type === 'boolean') return '' + data;
        if (data === null) return '';
      } else if (t === 'number' || t === 'integer') {
        if (type === 'boolean' || data === null ||
          (type === 'string' && data && data == +data && (t !== 'integer' || !(data % 1)))) return +data; // eslint-disable-line eqeqeq
      } else if (t === 'boolean') {
        if (data === 'false' || data === 0 || data === null) return false;
        if (data === 'true' || data === 1) return true;
      } else if (t === 'null') {
        if (data === '' || data === 0 || data === false) return null;
      } else if (option === 'array' && t === 'array') {
        if (type === 'string' || type === 'number' || type === 'boolean' || data == null) return [data]; // eslint-disable-line eqeqeq
      }
    }
    return undefined;
  }

  function shouldUseRule(schema, rule) {
    if (schema[rule.keyword] !== undefined) return true;
    var impl = rule.implements;
    if (impl) for (var i = 0; i < impl.length; i++) if (schema[impl[i]] !== undefined) return true;
    return false;
  }

  function shouldUseGroup(schema, group) {
    var list = group.rules;
    for (var i = 0; i < list.length; i++) if (shouldUseRule(schema, list[i])) return true;
    return false;
  }

  function defaultsFor(it, group) {
    var opts = it.opts;
    var schema = it.schema;
    var list = [];
    if (group.type === 'object' && schema.properties) {
      Object.keys(schema.properties).forEach(function (key) {
        var sch = schema.properties[key];
        if (sch['default'] !== undefined) list.push([key, sch['default']]);
      });
    } else if (group.type === 'array' && Array.isArray(schema.items)) {
      schema.items.forEach(function (sch, i) { if (sch['default'] !== undefined) list.push([i, sch['default']]); });
    }
    if (!list.length || it.compositeRule) return null;
    var empty = opts.useDefaults === 'empty';
    var shared = opts.useDefaults === 'shared';
    return function (data) {
      list.forEach(function (d) {
        var v = data[d[0]];
        if (v === undefined || (empty && (v === null || v === ''))) {
          data[d[0]] = shared || d[1] === null || typeof d[1] !== 'object' ? d[1] : JSON.parse(JSON.stringify(d[1]));
        }
      });
    };
  }

  function gen(it) {
    var schema = it.schema;
    var RULES = it.RULES;
    var opts = it.opts;
    var self = it.self;
    var refKeywords = c.hasRulesExcept(schema, RULES.all, '$ref');
    var id = self._getId(schema);

    if (opts.strictKeywords) {
      for (var key in (typeof schema === 'boolean' ? {} : schema)) {
        if (!RULES.keywords[key]) {
          var msg = 'unknown keyword: ' + key;
          if (opts.strictKeywords === 'log') it.logger.warn(msg);
          else throw new Error(msg);
          break;
        }
      }
    }

    if (typeof schema === 'boolean' || !(refKeywords || schema.$ref)) {
      if (schema !== false) return function () { return true; };
      var falsePath = it.errSchemaPath + '/false schema';
      var falseBreak = it.isTop ? true : !it.allErrors;
      return function (data, path, pd, pk, root, st) {
        c.fail(st, it, falseBreak, c.makeError(it, 'false schema', path, falsePath, {}, 'boolean schema is false', false,
          schema, data));
        return false;
      };
    }

    if (it.isTop) {
      it.rootId = uri.fullPath(self._getId(it.root.schema));
      it.baseId = it.baseId || it.rootId;
    } else if (id) {
      it.baseId = uri.url(it.baseId, id);
    }

    var breakOnError = !it.allErrors;
    var typeSchema = schema.type;
    var typeIsArray = Array.isArray(typeSchema);
    if (typeSchema && opts.nullable && schema.nullable === true) {
      if (typeIsArray) {
        if (typeSchema.indexOf('null') === -1) typeSchema = typeSchema.concat('null');
      } else if (typeSchema !== 'null') {
        typeSchema = [typeSchema, 'null'];
        typeIsArray = true;
      }
    }
    if (typeIsArray && typeSchema.length === 1) {
      typeSchema = typeSchema[0];
      typeIsArray = false;
    }

    if (schema.$ref && refKeywords) {
      if (opts.extendRefs === 'fail') {
        throw new Error('$ref: validation keywords used in schema at path "' + it.errSchemaPath + '" (see option extendRefs)');
      } else if (opts.extendRefs !== true) {
        refKeywords = false;
        it.logger.warn('$ref: keywords ignored in schema at path "' + it.errSchemaPath + '"');
      }
    }

    var commentStep = schema.$comment && opts.$comment ? comment(it) : null;

    var typeName = typeIsArray ? typeSchema.join(',') : typeSchema;
    var typePath = it.errSchemaPath + '/type';
    var strict = opts.strictNumbers;
    function typeError(st, data, path) {
      c.fail(st, it, breakOnError, c.makeError(it, 'type', path, typePath, { type: typeName }, 'should be ' + typeName,
        schema.type, schema, data));
    }

    var typeStep = null;
    var coerceTo;
    if (typeSchema) {
      if (opts.coerceTypes) coerceTo = coerceToTypes(opts.coerceTypes, typeSchema);
      var group = hasOwn.call(RULES.types, typeSchema) ? RULES.types[typeSchema] : undefined;
      if (coerceTo || typeIsArray || group === true || (group && !shouldUseGroup(schema, group))) {
        var matches = typeIsArray ? function (d) { return c.isAnyType(typeSchema, d, strict); }
          : function (d) { return c.isType(typeSchema, d, strict); };
        typeStep = function (data, path, pd, pk, st) {
          if (matches(data)) return data;
          if (!coerceTo) {
            typeError(st, data, path);
            return data;
          }
          var coerced;
          if (opts.coerceTypes === 'array' && Array.isArray(data) && data.length === 1) {
            data = data[0];
            if (!Array.isArray(schema.type) && c.isType(schema.type, data, strict)) coerced = data;
          }
          if (coerced === undefined) coerced = coerceValue(coerceTo, opts.coerceTypes, data);
          if (coerced === undefined) {
            typeError(st, data, path);
            return data;
          }
          if (pd !== undefined) pd[pk] = coerced;
          return coerced;
        };
      }
    }

    var refOnly = null;
    var steps = [];
    if (schema.$ref && !refKeywords) {
      refOnly = RULES.all.$ref.code(it, '$ref');
    } else {
      for (var gi = 0; gi < RULES.length; gi++) {
        var grp = RULES[gi];
        if (!shouldUseGroup(schema, grp)) continue;
        var step = { type: grp.type, rules: [], defaults: null, typeError: false };
        if (opts.useDefaults) step.defaults = defaultsFor(it, grp);
        for (var ri = 0; ri < grp.rules.length; ri++) {
          var rule = grp.rules[ri];
          if (!shouldUseRule(schema, rule)) continue;
          var fn = rule.code(it, rule.keyword, grp.type);
          if (fn) step.rules.push(fn);
        }
        step.typeError = Boolean(grp.type && typeSchema && typeSchema === grp.type && !coerceTo);
        steps.push(step);
      }
    }

    return function (data, path, pd, pk, root, st) {
      var errs = st.n;
      if (commentStep) commentStep();
      if (typeStep) data = typeStep(data, path, pd, pk, st);
      if (refOnly) {
        refOnly.call(this, data, path, pd, pk, root, st);
        return st.n === errs;
      }
      for (var g = 0; g < steps.length; g++) {
        if (g > 0 && breakOnError && st.n !== errs) break;
        var step = steps[g];
        if (!step.type || c.isType(step.type, data, strict)) {
          if (step.defaults) step.defaults(data);
          var rules = step.rules;
          for (var r = 0; r < rules.length; r++) {
            var before = st.n;
            rules[r].call(this, data, path, pd, pk, root, st);
            if (breakOnError && st.n !== before) break;
          }
        } else if (step.typeError) {
          typeError(st, data, path);
        }
      }
      return st.n === errs;
    };
  }

  return { gen: gen, makeRules: makeRules, setup: setup };
})
