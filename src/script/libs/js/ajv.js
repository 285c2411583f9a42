// courier: require('ajv'), JSON Schema (draft-07) validation compatible with Ajv 6.12.5 as
// bundled by postman-sandbox 4.7.1: new Ajv(opts), compile, validate, errorsText, addSchema,
// getSchema, removeSchema, addFormat, addKeyword/getKeyword/removeKeyword, addMetaSchema,
// validateSchema, with Ajv's evaluation order, error objects, messages, warnings and
// exceptions (the meta-schema check of every schema included). Written for courier; no Ajv
// code is included. Not supported: the $data option, async formats and keywords and async
// schemas referenced from other schemas ($async schemas return a promise, but validate
// synchronously), `inline` custom keywords, sourceCode/processCode.
(function (native, require) {
  'use strict';

  var uri = require('_ajv_uri');
  var compiler = require('_ajv_compile');
  var resolver = require('_ajv_resolve');
  var rules = require('_ajv_rules');
  var applicators = require('_ajv_applicators');
  var formats = require('_ajv_formats');
  var keywords = require('_ajv_keywords');

  var SchemaObject = resolver.SchemaObject;
  var META_SCHEMA_ID = 'http://json-schema.org/draft-07/schema';
  var META_IGNORE_OPTIONS = ['removeAdditional', 'useDefaults', 'coerceTypes', 'strictDefaults'];
  var metaSchema = require('_ajv_meta')();
  var metaKey = null; // its cache key, computed once

  function copy(o, to) {
    to = to || {};
    for (var key in o) to[key] = o[key];
    return to;
  }

  // Canonical JSON (sorted keys), the key of Ajv's compiled-schema cache.
  function stableStringify(data) {
    var seen = [];
    return (function walk(node) {
      if (node && node.toJSON && typeof node.toJSON === 'function') node = node.toJSON();
      if (node === undefined) return undefined;
      if (typeof node === 'number') return isFinite(node) ? '' + node : 'null';
      if (typeof node !== 'object') return JSON.stringify(node);
      if (node === null) return 'null';
      var i;
      var out;
      if (Array.isArray(node)) {
        out = '[';
        for (i = 0; i < node.length; i++) {
          if (i) out += ',';
          out += walk(node[i]) || 'null';
        }
        return out + ']';
      }
      if (seen.indexOf(node) !== -1) throw new TypeError('Converting circular structure to JSON');
      var index = seen.push(node) - 1;
      var keys = Object.keys(node).sort();
      out = '';
      for (i = 0; i < keys.length; i++) {
        var value = walk(node[keys[i]]);
        if (!value) continue;
        if (out) out += ',';
        out += JSON.stringify(keys[i]) + ':' + value;
      }
      seen.splice(index, 1);
      return '{' + out + '}';
    })(data);
  }

  function Cache() { this._cache = {}; }
  Cache.prototype.put = function (key, value) { this._cache[key] = value; };
  Cache.prototype.get = function (key) { return this._cache[key]; };
  Cache.prototype.del = function (key) { delete this._cache[key]; };
  Cache.prototype.clear = function () { this._cache = {}; };

  function noop() {}

  function setLogger(self) {
    var logger = self._opts.logger;
    if (logger === false) {
      self.logger = { log: noop, warn: noop, error: noop };
    } else {
      if (logger === undefined) logger = typeof console !== 'undefined' ? console : { log: noop, warn: noop, error: noop };
      if (!(typeof logger === 'object' && logger.log && logger.warn && logger.error)) {
        throw new Error('logger must implement log, warn and error methods');
      }
      self.logger = logger;
    }
  }

  function getIdOnly(schema) {
    if (schema.$id) this.logger.warn('schema $id ignored', schema.$id);
    return schema.id;
  }
  function get$Id(schema) {
    if (schema.id) this.logger.warn('schema id ignored', schema.id);
    return schema.$id;
  }
  function get$IdOrId(schema) {
    if (schema.$id && schema.id && schema.$id !== schema.id) throw new Error('schema $id is different from id');
    return schema.$id || schema.id;
  }

  function Ajv(opts) {
    if (!(this instanceof Ajv)) return new Ajv(opts);
    opts = this._opts = copy(opts) || {};
    setLogger(this);
    this._schemas = {};
    this._refs = {};
    this._fragments = {};
    this._formats = formats(opts.format);
    this._cache = opts.cache || new Cache();
    this._loadingSchemas = {};
    this._compilations = [];
    this.RULES = rules.makeRules();
    this._getId = opts.schemaId === 'auto' ? get$IdOrId : opts.schemaId === 'id' ? getIdOnly : get$Id;
    opts.loopRequired = opts.loopRequired || Infinity;
    if (opts.errorDataPath === 'property') opts._errorDataPathProperty = true;
    if (opts.serialize === undefined) opts.serialize = stableStringify;
    this._metaOpts = copy(opts);
    for (var i = 0; i < META_IGNORE_OPTIONS.length; i++) delete this._metaOpts[META_IGNORE_OPTIONS[i]];
    var name;
    if (opts.formats) for (name in opts.formats) this.addFormat(name, opts.formats[name]);
    if (opts.keywords) for (name in opts.keywords) this.addKeyword(name, opts.keywords[name]);
    if (opts.meta !== false) {
      this.addMetaSchema(metaSchema, META_SCHEMA_ID, true);
      this._refs['http://json-schema.org/schema'] = META_SCHEMA_ID;
    }
    if (typeof opts.meta === 'object') this.addMetaSchema(opts.meta);
    if (opts.nullable) this.addKeyword('nullable', { metaSchema: { type: 'boolean' } });
    var schemas = opts.schemas;
    if (schemas) {
      if (Array.isArray(schemas)) this.addSchema(schemas);
      else for (var key in schemas) this.addSchema(schemas[key], key);
    }
  }

  Ajv.prototype.validate = function (schemaKeyRef, data) {
    var v;
    if (typeof schemaKeyRef === 'string') {
      v = this.getSchema(schemaKeyRef);
      if (!v) throw new Error('no schema with key or ref "' + schemaKeyRef + '"');
    } else {
      var schemaObj = this._addSchema(schemaKeyRef);
      v = schemaObj.validate || this._compile(schemaObj);
    }
    var valid = v(data);
    if (v.$async !== true) this.errors = v.errors;
    return valid;
  };

  Ajv.prototype.compile = function (schema, _meta) {
    var schemaObj = this._addSchema(schema, undefined, _meta);
    return schemaObj.validate || this._compile(schemaObj);
  };

  Ajv.prototype.addSchema = function (schema, key, _skipValidation, _meta) {
    if (Array.isArray(schema)) {
      for (var i = 0; i < schema.length; i++) this.addSchema(schema[i], undefined, _skipValidation, _meta);
      return this;
    }
    var id = this._getId(schema);
    if (id !== undefined && typeof id !== 'string') throw new Error('schema id must be string');
    key = uri.normalizeId(key || id);
    checkUnique(this, key);
    this._schemas[key] = this._addSchema(schema, _skipValidation, _meta, true);
    return this;
  };

  Ajv.prototype.addMetaSchema = function (schema, key, skipValidation) {
    this.addSchema(schema, key, skipValidation, true);
    return this;
  };

  Ajv.prototype.validateSchema = function (schema, throwOrLogError) {
    var $schema = schema.$schema;
    if ($schema !== undefined && typeof $schema !== 'string') throw new Error('$schema must be a string');
    $schema = $schema || this._opts.defaultMeta || defaultMeta(this);
    if (!$schema) {
      this.logger.warn('meta-schema not available');
      this.errors = null;
      return true;
    }
    var valid = this.validate($schema, schema);
    if (!valid && throwOrLogError) {
      var message = 'schema is invalid: ' + this.errorsText();
      if (this._opts.validateSchema === 'log') this.logger.error(message);
      else throw new Error(message);
    }
    return valid;
  };

  function defaultMeta(self) {
    var meta = self._opts.meta;
    self._opts.defaultMeta = typeof meta === 'object' ? self._getId(meta) || meta
      : self.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined;
    return self._opts.defaultMeta;
  }

  Ajv.prototype.getSchema = function (keyRef) {
    var schemaObj = getSchemaObj(this, keyRef);
    switch (typeof schemaObj) {
      case 'object': return schemaObj.validate || this._compile(schemaObj);
      case 'string': return this.getSchema(schemaObj);
      case 'undefined': return getSchemaFragment(this, keyRef);
    }
    return undefined;
  };

  function getSchemaFragment(self, ref) {
    var res = resolver.resolveSchema(self, { schema: {} }, ref);
    if (!res) return undefined;
    var v = compiler.compileSchema(self, res.schema, res.root, undefined, res.baseId);
    self._fragments[ref] = new SchemaObject({
      ref: ref, fragment: true, schema: res.schema, root: res.root, baseId: res.baseId, validate: v
    });
    return v;
  }

  function getSchemaObj(self, keyRef) {
    keyRef = uri.normalizeId(keyRef);
    return self._schemas[keyRef] || self._refs[keyRef] || self._fragments[keyRef];
  }

  Ajv.prototype.removeSchema = function (schemaKeyRef) {
    if (schemaKeyRef instanceof RegExp) {
      removeAllSchemas(this, this._schemas, schemaKeyRef);
      removeAllSchemas(this, this._refs, schemaKeyRef);
      return this;
    }
    switch (typeof schemaKeyRef) {
      case 'undefined':
        removeAllSchemas(this, this._schemas);
        removeAllSchemas(this, this._refs);
        this._cache.clear();
        return this;
      case 'string':
        var schemaObj = getSchemaObj(this, schemaKeyRef);
        if (schemaObj) this._cache.del(schemaObj.cacheKey);
        delete this._schemas[schemaKeyRef];
        delete this._refs[schemaKeyRef];
        return this;
      case 'object':
        var serialize = this._opts.serialize;
        this._cache.del(serialize ? serialize(schemaKeyRef) : schemaKeyRef);
        var id = this._getId(schemaKeyRef);
        if (id) {
          id = uri.normalizeId(id);
          delete this._schemas[id];
          delete this._refs[id];
        }
    }
    return this;
  };

  function removeAllSchemas(self, schemas, regex) {
    for (var keyRef in schemas) {
      var schemaObj = schemas[keyRef];
      if (!schemaObj.meta && (!regex || regex.test(keyRef))) {
        self._cache.del(schemaObj.cacheKey);
        delete schemas[keyRef];
      }
    }
  }

  Ajv.prototype._addSchema = function (schema, skipValidation, meta, shouldAddSchema) {
    if (typeof schema !== 'object' && typeof schema !== 'boolean') throw new Error('schema should be object or boolean');
    var serialize = this._opts.serialize;
    var cacheKey;
    if (schema === metaSchema && serialize === stableStringify) {
      cacheKey = metaKey || (metaKey = stableStringify(metaSchema));
    } else {
      cacheKey = serialize ? serialize(schema) : schema;
    }
    var cached = this._cache.get(cacheKey);
    if (cached) return cached;
    shouldAddSchema = shouldAddSchema || this._opts.addUsedSchema !== false;
    var id = uri.normalizeId(this._getId(schema));
    if (id && shouldAddSchema) checkUnique(this, id);
    var willValidate = this._opts.validateSchema !== false && !skipValidation;
    var recursiveMeta;
    if (willValidate && !(recursiveMeta = id && id === uri.normalizeId(schema.$schema))) this.validateSchema(schema, true);
    var localRefs = resolver.resolveIds(this, schema);
    var schemaObj = new SchemaObject({ id: id, schema: schema, localRefs: localRefs, cacheKey: cacheKey, meta: meta });
    if (id.charAt(0) !== '#' && shouldAddSchema) this._refs[id] = schemaObj;
    this._cache.put(cacheKey, schemaObj);
    if (willValidate && recursiveMeta) this.validateSchema(schema, true);
    return schemaObj;
  };

  Ajv.prototype._compile = function (schemaObj, root) {
    if (schemaObj.compiling) {
      schemaObj.validate = callValidate;
      callValidate.schema = schemaObj.schema;
      callValidate.errors = null;
      callValidate.root = root || callValidate;
      return callValidate;
    }
    schemaObj.compiling = true;
    var currentOpts;
    if (schemaObj.meta) {
      currentOpts = this._opts;
      this._opts = this._metaOpts;
    }
    var v;
    try {
      v = compiler.compileSchema(this, schemaObj.schema, root, schemaObj.localRefs);
    } catch (e) {
      delete schemaObj.validate;
      throw e;
    } finally {
      schemaObj.compiling = false;
      if (schemaObj.meta) this._opts = currentOpts;
    }
    schemaObj.validate = v;
    schemaObj.refs = v.refs;
    schemaObj.refVal = v.refVal;
    schemaObj.root = v.root;
    return v;

    function callValidate() {
      var validate = schemaObj.validate;
      var result = validate.apply(this, arguments);
      callValidate.errors = validate.errors;
      return result;
    }
  };

  Ajv.prototype.errorsText = function (errors, options) {
    errors = errors || this.errors;
    if (!errors) return 'No errors';
    options = options || {};
    var separator = options.separator === undefined ? ', ' : options.separator;
    var dataVar = options.dataVar === undefined ? 'data' : options.dataVar;
    var text = '';
    for (var i = 0; i < errors.length; i++) {
      var e = errors[i];
      if (e) text += dataVar + e.dataPath + ' ' + e.message + separator;
    }
    return text.slice(0, -separator.length);
  };

  Ajv.prototype.addFormat = function (name, format) {
    if (typeof format === 'string') format = new RegExp(format);
    this._formats[name] = format;
    return this;
  };

  Ajv.prototype.compileAsync = function (schema, meta, callback) {
    if (typeof this._opts.loadSchema !== 'function') throw new Error('options.loadSchema should be a function');
    if (typeof meta === 'function') {
      callback = meta;
      meta = undefined;
    }
    var self = this;
    var p = new Promise(function (resolve) { resolve(self.compile(schema, meta)); });
    if (callback) p.then(function (v) { callback(null, v); }, callback);
    return p;
  };

  Ajv.prototype.addKeyword = keywords.add;
  Ajv.prototype.getKeyword = keywords.get;
  Ajv.prototype.removeKeyword = keywords.remove;
  Ajv.prototype.validateKeyword = keywords.validate;

  function checkUnique(self, id) {
    if (self._schemas[id] || self._refs[id]) throw new Error('schema with key or id "' + id + '" already exists');
  }

  // Ajv.ValidationError: what async validation rejects with.
  function ValidationError(errors) {
    this.message = 'validation failed';
    this.errors = errors;
    this.ajv = this.validation = true;
  }
  ValidationError.prototype = Object.create(Error.prototype);
  ValidationError.prototype.constructor = ValidationError;

  Ajv.ValidationError = ValidationError;
  Ajv.MissingRefError = applicators.MissingRefError;
  return Ajv;
})
