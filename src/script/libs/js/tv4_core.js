// courier: internal helper of require('tv4'): tv4 1.3.0's validation context (draft-04
// keywords, $ref lookup, error collection), with tv4's order of checks and error objects.
// Written for courier. Takes the shared pieces (errors, URIs) from tv4.js.
(function (native, require) {
  'use strict';

  return function makeContext(lib) {
    var codes = lib.codes;
    var ValidationError = lib.ValidationError;

    function Context(parent, collectMultiple, errorReporter, checkRecursive, trackUnknownProperties) {
      this.missing = [];
      this.missingMap = {};
      this.formatValidators = parent ? Object.create(parent.formatValidators) : {};
      this.schemas = parent ? Object.create(parent.schemas) : {};
      this.collectMultiple = collectMultiple;
      this.errors = [];
      this.handleError = collectMultiple ? this.collectError : this.returnError;
      if (checkRecursive) {
        this.checkRecursive = true;
        this.scanned = [];
        this.scannedFrozen = [];
        this.scannedFrozenSchemas = [];
        this.scannedFrozenValidationErrors = [];
        this.validatedSchemasKey = 'tv4_validation_id';
        this.validationErrorsKey = 'tv4_validation_errors_id';
      }
      if (trackUnknownProperties) {
        this.trackUnknownProperties = true;
        this.knownPropertyPaths = {};
        this.unknownPropertyPaths = {};
      }
      this.errorReporter = errorReporter || lib.defaultReporter('en');
      this.definedKeywords = {};
      if (parent) {
        for (var key in parent.definedKeywords) this.definedKeywords[key] = parent.definedKeywords[key].slice(0);
      }
    }

    var P = Context.prototype;

    P.defineKeyword = function (keyword, fn) {
      this.definedKeywords[keyword] = this.definedKeywords[keyword] || [];
      this.definedKeywords[keyword].push(fn);
    };

    P.createError = function (code, params, dataPath, schemaPath, subErrors, data, schema) {
      var error = new ValidationError(code, params, dataPath, schemaPath, subErrors);
      error.message = this.errorReporter(error, data, schema);
      return error;
    };

    P.returnError = function (error) { return error; };

    P.collectError = function (error) {
      if (error) this.errors.push(error);
      return null;
    };

    P.prefixErrors = function (start, dataPath, schemaPath) {
      for (var i = start; i < this.errors.length; i++) this.errors[i] = this.errors[i].prefixWith(dataPath, schemaPath);
      return this;
    };

    P.banUnknownProperties = function (data, schema) {
      for (var path in this.unknownPropertyPaths) {
        var result = this.handleError(this.createError(codes.UNKNOWN_PROPERTY, { path: path }, path, '', null, data, schema));
        if (result) return result;
      }
      return null;
    };

    P.addFormat = function (format, validator) {
      if (typeof format === 'object') {
        for (var key in format) this.addFormat(key, format[key]);
        return this;
      }
      this.formatValidators[format] = validator;
      return undefined;
    };

    P.resolveRefs = function (schema, history) {
      if (schema.$ref !== undefined) {
        history = history || {};
        if (history[schema.$ref]) {
          return this.createError(codes.CIRCULAR_REFERENCE, { urls: Object.keys(history).join(', ') }, '', '', null,
            undefined, schema);
        }
        history[schema.$ref] = true;
        schema = this.getSchema(schema.$ref, history);
      }
      return schema;
    };

    P.getSchema = function (url, history) {
      if (this.schemas[url] !== undefined) return this.resolveRefs(this.schemas[url], history);
      var base = url;
      var fragment = '';
      var hash = url.indexOf('#');
      if (hash !== -1) {
        fragment = url.substring(hash + 1);
        base = url.substring(0, hash);
      }
      if (typeof this.schemas[base] === 'object') {
        var schema = this.schemas[base];
        var pointer = decodeURIComponent(fragment);
        if (pointer === '') return this.resolveRefs(schema, history);
        if (pointer.charAt(0) !== '/') return undefined;
        var parts = pointer.split('/').slice(1);
        for (var i = 0; i < parts.length; i++) {
          var part = parts[i].replace(/~1/g, '/').replace(/~0/g, '~');
          if (schema[part] === undefined) {
            schema = undefined;
            break;
          }
          schema = schema[part];
        }
        if (schema !== undefined) return this.resolveRefs(schema, history);
      }
      if (this.missing[base] === undefined) {
        this.missing.push(base);
        this.missing[base] = base;
        this.missingMap[base] = base;
      }
      return undefined;
    };

    P.searchSchemas = function (schema, url) {
      if (Array.isArray(schema)) {
        for (var i = 0; i < schema.length; i++) this.searchSchemas(schema[i], url);
      } else if (schema && typeof schema === 'object') {
        if (typeof schema.id === 'string' && lib.isTrustedUrl(url, schema.id) && this.schemas[schema.id] === undefined) {
          this.schemas[schema.id] = schema;
        }
        for (var key in schema) {
          if (key === 'enum') continue;
          if (typeof schema[key] === 'object') {
            this.searchSchemas(schema[key], url);
          } else if (key === '$ref') {
            var doc = lib.getDocumentUri(schema[key]);
            if (doc && this.schemas[doc] === undefined && this.missingMap[doc] === undefined) this.missingMap[doc] = doc;
          }
        }
      }
    };

    P.addSchema = function (url, schema) {
      if (typeof url !== 'string' || typeof schema === 'undefined') {
        if (typeof url === 'object' && typeof url.id === 'string') {
          schema = url;
          url = schema.id;
        } else {
          return undefined;
        }
      }
      if (url === lib.getDocumentUri(url) + '#') url = lib.getDocumentUri(url);
      this.schemas[url] = schema;
      delete this.missingMap[url];
      lib.normSchema(schema, url);
      this.searchSchemas(schema, url);
      return undefined;
    };

    P.getSchemaMap = function () {
      var map = {};
      for (var key in this.schemas) map[key] = this.schemas[key];
      return map;
    };

    P.getSchemaUris = function (filter) {
      var list = [];
      for (var key in this.schemas) if (!filter || filter.test(key)) list.push(key);
      return list;
    };

    P.getMissingUris = function (filter) {
      var list = [];
      for (var key in this.missingMap) if (!filter || filter.test(key)) list.push(key);
      return list;
    };

    P.dropSchemas = function () {
      this.schemas = {};
      this.reset();
    };

    P.reset = function () {
      this.missing = [];
      this.missingMap = {};
      this.errors = [];
    };

    // Remembers (checkRecursive) which schemas an object was already validated against.
    P.scanStart = function (data, schema) {
      var mark = { top: !this.scanned.length, frozenIndex: undefined, frozenSlot: null, slot: null };
      if (data[this.validatedSchemasKey]) {
        var at = data[this.validatedSchemasKey].indexOf(schema);
        if (at !== -1) {
          this.errors = this.errors.concat(data[this.validationErrorsKey][at]);
          return null;
        }
      }
      if (Object.isFrozen(data)) {
        mark.frozenIndex = this.scannedFrozen.indexOf(data);
        if (mark.frozenIndex !== -1) {
          var fs = this.scannedFrozenSchemas[mark.frozenIndex].indexOf(schema);
          if (fs !== -1) {
            this.errors = this.errors.concat(this.scannedFrozenValidationErrors[mark.frozenIndex][fs]);
            return null;
          }
        }
      }
      this.scanned.push(data);
      if (Object.isFrozen(data)) {
        if (mark.frozenIndex === -1) {
          mark.frozenIndex = this.scannedFrozen.length;
          this.scannedFrozen.push(data);
          this.scannedFrozenSchemas.push([]);
        }
        mark.frozenSlot = this.scannedFrozenSchemas[mark.frozenIndex].length;
        this.scannedFrozenSchemas[mark.frozenIndex][mark.frozenSlot] = schema;
        this.scannedFrozenValidationErrors[mark.frozenIndex][mark.frozenSlot] = [];
      } else {
        if (!data[this.validatedSchemasKey]) {
          try {
            Object.defineProperty(data, this.validatedSchemasKey, { value: [], configurable: true });
            Object.defineProperty(data, this.validationErrorsKey, { value: [], configurable: true });
          } catch (e) {
            data[this.validatedSchemasKey] = [];
            data[this.validationErrorsKey] = [];
          }
        }
        mark.slot = data[this.validatedSchemasKey].length;
        data[this.validatedSchemasKey][mark.slot] = schema;
        data[this.validationErrorsKey][mark.slot] = [];
      }
      return mark;
    };

    P.validateAll = function (data, schema, dataParts, schemaParts, pointer) {
      schema = this.resolveRefs(schema);
      if (!schema) return null;
      if (schema instanceof ValidationError) {
        this.errors.push(schema);
        return schema;
      }
      var startCount = this.errors.length;
      var mark = null;
      if (this.checkRecursive && data && typeof data === 'object') {
        mark = this.scanStart(data, schema);
        if (mark === null) return null;
      }
      var count = this.errors.length;
      var error = this.validateBasic(data, schema, pointer) ||
        this.validateNumeric(data, schema, pointer) ||
        this.validateString(data, schema, pointer) ||
        this.validateArray(data, schema, pointer) ||
        this.validateObject(data, schema, pointer) ||
        this.validateCombinations(data, schema, pointer) ||
        this.validateHypermedia(data, schema, pointer) ||
        this.validateFormat(data, schema, pointer) ||
        this.validateDefinedKeywords(data, schema, pointer) ||
        null;
      if (mark && mark.top) {
        while (this.scanned.length) delete this.scanned.pop()[this.validatedSchemasKey];
        this.scannedFrozen = [];
        this.scannedFrozenSchemas = [];
      }
      if (error || count !== this.errors.length) {
        while ((dataParts && dataParts.length) || (schemaParts && schemaParts.length)) {
          var dataPart = dataParts && dataParts.length ? '' + dataParts.pop() : null;
          var schemaPart = schemaParts && schemaParts.length ? '' + schemaParts.pop() : null;
          if (error) error = error.prefixWith(dataPart, schemaPart);
          this.prefixErrors(count, dataPart, schemaPart);
        }
      }
      if (mark && mark.frozenSlot !== null) {
        this.scannedFrozenValidationErrors[mark.frozenIndex][mark.frozenSlot] = this.errors.slice(startCount);
      } else if (mark && mark.slot !== null) {
        data[this.validationErrorsKey][mark.slot] = this.errors.slice(startCount);
      }
      return this.handleError(error);
    };

    P.validateFormat = function (data, schema) {
      if (typeof schema.format !== 'string' || !this.formatValidators[schema.format]) return null;
      var result = this.formatValidators[schema.format].call(null, data, schema);
      if (typeof result === 'string' || typeof result === 'number') {
        return this.createError(codes.FORMAT_CUSTOM, { message: result }, '', '/format', null, data, schema);
      }
      if (result && typeof result === 'object') {
        return this.createError(codes.FORMAT_CUSTOM, { message: result.message || '?' }, result.dataPath || '',
          result.schemaPath || '/format', null, data, schema);
      }
      return null;
    };

    P.validateDefinedKeywords = function (data, schema, pointer) {
      for (var key in this.definedKeywords) {
        if (typeof schema[key] === 'undefined') continue;
        var fns = this.definedKeywords[key];
        for (var i = 0; i < fns.length; i++) {
          var result = fns[i](data, schema[key], schema, pointer);
          if (typeof result === 'string' || typeof result === 'number') {
            return this.createError(codes.KEYWORD_CUSTOM, { key: key, message: result }, '', '', null, data, schema)
              .prefixWith(null, key);
          }
          if (result && typeof result === 'object') {
            var code = result.code;
            if (typeof code === 'string') {
              if (!codes[code]) throw new Error('Undefined error code (use defineError): ' + code);
              code = codes[code];
            } else if (typeof code !== 'number') {
              code = codes.KEYWORD_CUSTOM;
            }
            var params = typeof result.message === 'object' ? result.message : { key: key, message: result.message || '?' };
            var schemaPath = result.schemaPath || '/' + key.replace(/~/g, '~0').replace(/\//g, '~1');
            return this.createError(code, params, result.dataPath || null, schemaPath, null, data, schema);
          }
        }
      }
      return null;
    };

    require('_tv4_keywords')(Context, lib);
    return Context;
  };
})
