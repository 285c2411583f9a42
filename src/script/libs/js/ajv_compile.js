// courier: internal helper of require('ajv'): turns a schema into a validating function the
// way Ajv 6 does, with the same evaluation order, error objects and early exits. Ajv
// generates JavaScript source; courier builds the equivalent closures. Written for courier.
(function (native, require) {
  'use strict';

  var uri = require('_ajv_uri');
  var resolver = require('_ajv_resolve');

  // Thrown to leave a validating function at its first error (Ajv's `return false`).
  var STOP = { stop: true };

  // ---- helpers shared with the keyword generators ----

  var IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;

  function escapeQuotes(s) {
    return s.replace(/'|\\/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\f/g, '\\f')
      .replace(/\t/g, '\\t');
  }

  function getProperty(key) {
    return typeof key === 'number' ? '[' + key + ']' : IDENTIFIER.test(key) ? '.' + key : "['" + escapeQuotes(key) + "']";
  }

  // Data paths: a fixed property name, a property name known at run time, an index.
  function pathProp(it, path, key) {
    return path + (it.opts.jsonPointers ? '/' + uri.escapeJsonPointer(key) : getProperty(key));
  }
  function pathKey(it, path, key) {
    return path + (it.opts.jsonPointers ? '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1') : "['" + key + "']");
  }
  function pathIndex(it, path, i) {
    return path + (it.opts.jsonPointers ? '/' + i : '[' + i + ']');
  }

  function isType(type, data, strictNumbers) {
    switch (type) {
      case 'null': return data === null;
      case 'array': return Array.isArray(data);
      case 'object': return Boolean(data) && typeof data === 'object' && !Array.isArray(data);
      case 'integer':
        return typeof data === 'number' && !(data % 1) && data === data && (!strictNumbers || isFinite(data));
      case 'number': return typeof data === 'number' && (!strictNumbers || isFinite(data));
      default: return typeof data === type;
    }
  }

  function isAnyType(types, data, strictNumbers) {
    for (var i = 0; i < types.length; i++) if (isType(types[i], data, strictNumbers)) return true;
    return false;
  }

  // Deep equality of fast-deep-equal (which Ajv uses for enum, const and uniqueItems).
  function equal(a, b) {
    if (a === b) return true;
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      if (a.constructor !== b.constructor) return false;
      var i;
      if (Array.isArray(a)) {
        if (a.length !== b.length) return false;
        for (i = a.length; i-- !== 0;) if (!equal(a[i], b[i])) return false;
        return true;
      }
      if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
      if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
      if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
      var keys = Object.keys(a);
      if (keys.length !== Object.keys(b).length) return false;
      for (i = keys.length; i-- !== 0;) if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
      for (i = keys.length; i-- !== 0;) if (!equal(a[keys[i]], b[keys[i]])) return false;
      return true;
    }
    return a !== a && b !== b; // eslint-disable-line no-self-compare
  }

  // String length in code points (a surrogate pair counts once).
  function ucs2length(str) {
    var length = 0;
    for (var pos = 0; pos < str.length; length++) {
      var c = str.charCodeAt(pos++);
      if (c >= 0xD800 && c <= 0xDBFF && pos < str.length && (str.charCodeAt(pos) & 0xFC00) === 0xDC00) pos++;
    }
    return length;
  }

  function hasRules(schema, rules) {
    if (typeof schema === 'boolean') return !schema;
    for (var key in schema) if (rules[key]) return true;
    return false;
  }

  function hasRulesExcept(schema, rules, except) {
    if (typeof schema === 'boolean') return !schema && except !== 'not';
    for (var key in schema) if (key !== except && rules[key]) return true;
    return false;
  }

  // Whether a subschema does anything (Ajv skips the ones that do not).
  function nonEmpty(it, schema) {
    if (it.opts.strictKeywords) {
      return (typeof schema === 'object' && schema !== null && Object.keys(schema).length > 0) || schema === false;
    }
    return hasRules(schema, it.RULES.all);
  }

  // ---- errors ----

  // An error object as Ajv builds it (an empty object where Ajv does not create errors).
  function makeError(it, keyword, path, schemaPath, params, message, schemaValue, parentSchema, data) {
    if (it.createErrors === false) return {};
    var e = { keyword: keyword, dataPath: path, schemaPath: schemaPath, params: params };
    if (it.opts.messages !== false) e.message = message;
    if (it.opts.verbose) {
      e.schema = schemaValue;
      e.parentSchema = parentSchema;
      e.data = data;
    }
    return e;
  }

  function push(st, err) {
    if (st.v === null) st.v = [err];
    else st.v.push(err);
    st.n++;
  }

  // Ajv's `error`: outside composite keywords, and without allErrors, validation stops here
  // and this error alone is reported.
  function fail(st, it, breakOnError, err) {
    if (!it.compositeRule && breakOnError) {
      st.v = [err];
      st.n = 1;
      throw STOP;
    }
    push(st, err);
  }

  // Ajv's `extraError`: added to the errors collected so far, and may stop validation.
  function failExtra(st, it, err) {
    push(st, err);
    if (!it.compositeRule && !it.allErrors) throw STOP;
  }

  function resetErrors(st, errs) {
    st.n = errs;
    if (st.v !== null) {
      if (errs) st.v.length = errs;
      else st.v = null;
    }
  }

  // ---- compilation ----

  // The context of a subschema: inherits everything from its parent's, overrides some.
  function child(it, schema, errSchemaPath, extra) {
    var c = Object.create(it);
    c.isTop = false;
    c.schema = schema;
    c.errSchemaPath = errSchemaPath;
    if (extra) for (var e in extra) c[e] = extra[e];
    return c;
  }

  function checkCompiling(self, schema, root, baseId) {
    var index = compIndex(self, schema, root, baseId);
    if (index >= 0) return { index: index, compiling: true };
    index = self._compilations.length;
    self._compilations[index] = { schema: schema, root: root, baseId: baseId };
    return { index: index, compiling: false };
  }

  function endCompiling(self, schema, root, baseId) {
    var i = compIndex(self, schema, root, baseId);
    if (i >= 0) self._compilations.splice(i, 1);
  }

  function compIndex(self, schema, root, baseId) {
    for (var i = 0; i < self._compilations.length; i++) {
      var c = self._compilations[i];
      if (c.schema === schema && c.root === root && c.baseId === baseId) return i;
    }
    return -1;
  }

  // Compiles `schema` (whose root is `root`) into a validating function, as Ajv's compile.
  function compileSchema(self, schema, root, localRefs, baseId) {
    var opts = self._opts;
    var refVal = [undefined];
    var refs = {};
    var patterns = {};
    var gen = require('_ajv_rules').gen;

    root = root || { schema: schema, refVal: refVal, refs: refs };

    var c = checkCompiling(self, schema, root, baseId);
    var compilation = self._compilations[c.index];
    if (c.compiling) return (compilation.callValidate = callValidate);

    try {
      var v = localCompile(schema, root, localRefs, baseId);
      compilation.validate = v;
      var cv = compilation.callValidate;
      if (cv) {
        cv.schema = v.schema;
        cv.errors = null;
        cv.refs = v.refs;
        cv.refVal = v.refVal;
        cv.root = v.root;
      }
      return v;
    } finally {
      endCompiling(self, schema, root, baseId);
    }

    function callValidate() {
      var validate = compilation.validate;
      var result = validate.apply(this, arguments);
      callValidate.errors = validate.errors;
      return result;
    }

    function localCompile(_schema, _root, localRefs, baseId) {
      var isRoot = !_root || _root.schema === _schema;
      if (_root.schema !== root.schema) return compileSchema(self, _schema, _root, localRefs, baseId);

      var it = {
        isTop: true, schema: _schema, isRoot: isRoot, baseId: baseId, root: _root, errSchemaPath: '#',
        opts: opts, self: self, RULES: self.RULES, formats: self._formats, logger: self.logger,
        resolveRef: resolveRef, usePattern: usePattern, refVal: refVal, compositeRule: false, createErrors: true,
        allErrors: Boolean(opts.allErrors), dataLevel: 0, gen: gen
      };
      var node = gen(it);
      var run = function (data, dataPath, parentData, parentDataProperty, rootData) {
        if (rootData === undefined) rootData = data;
        var st = { v: null, n: 0 };
        try {
          node.call(this, data, dataPath || '', parentData, parentDataProperty, rootData, st);
        } catch (e) {
          if (e !== STOP) throw e;
        }
        run.errors = st.v;
        return st.n === 0;
      };
      var validate = run;
      if (_schema.$async === true) {
        // $async schemas: the function returns a promise of the data, or rejects with
        // Ajv.ValidationError (validation itself still runs synchronously).
        validate = function (data, dataPath, parentData, parentDataProperty, rootData) {
          var ok = run.call(this, data, dataPath, parentData, parentDataProperty, rootData);
          return ok ? Promise.resolve(data) : Promise.reject(new self.constructor.ValidationError(run.errors));
        };
        validate.$async = true;
      }
      refVal[0] = validate;
      validate.schema = _schema;
      validate.errors = null;
      validate.refs = refs;
      validate.refVal = refVal;
      validate.root = isRoot ? validate : _root;
      return validate;
    }

    // Returns {inline: true, schema} for a schema to validate in place, {inline: false, get}
    // for a function (looked up when called, as it may still be compiling), or undefined.
    function resolveRef(baseId, ref, isRoot) {
      ref = uri.url(baseId, ref);
      var refIndex = refs[ref];
      if (refIndex !== undefined) return resolved(refVal, refIndex);
      if (!isRoot && root.refs) {
        var rootRefId = root.refs[ref];
        if (rootRefId !== undefined) return resolved(refVal, addLocalRef(ref, root.refVal[rootRefId]));
      }
      var id = addLocalRef(ref);
      var v = resolver.resolve(self, localCompile, root, ref);
      if (v === undefined) {
        var localSchema = localRefs && localRefs[ref];
        if (localSchema) {
          v = resolver.inlineRef(localSchema, opts.inlineRefs) ? localSchema
            : compileSchema(self, localSchema, root, localRefs, baseId);
        }
      }
      if (v === undefined) {
        delete refs[ref];
        return undefined;
      }
      refVal[id] = v;
      return resolved(refVal, id);
    }

    function addLocalRef(ref, v) {
      var id = refVal.length;
      refVal[id] = v;
      refs[ref] = id;
      return id;
    }

    function resolved(list, index) {
      var v = list[index];
      if (typeof v === 'object' || typeof v === 'boolean') return { inline: true, schema: v };
      return { inline: false, get: function () { return list[index]; } };
    }

    function usePattern(source) {
      if (!Object.prototype.hasOwnProperty.call(patterns, source)) patterns[source] = new RegExp(source);
      return patterns[source];
    }
  }

  return {
    STOP: STOP,
    compileSchema: compileSchema,
    child: child,
    getProperty: getProperty,
    escapeQuotes: escapeQuotes,
    pathProp: pathProp,
    pathKey: pathKey,
    pathIndex: pathIndex,
    isType: isType,
    isAnyType: isAnyType,
    equal: equal,
    ucs2length: ucs2length,
    hasRules: hasRules,
    hasRulesExcept: hasRulesExcept,
    nonEmpty: nonEmpty,
    makeError: makeError,
    push: push,
    fail: fail,
    failExtra: failExtra,
    resetErrors: resetErrors
  };
})
