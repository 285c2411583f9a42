// courier: require('tv4') and the legacy global `tv4`: JSON Schema draft-04 validation
// compatible with tv4 1.3.0 (validate, validateResult, validateMultiple, addSchema,
// getSchema, addFormat, defineKeyword, defineError, freshApi, language, error objects and
// English messages). Written for courier; no tv4 code is included.
(function (native, require) {
  'use strict';

  var codes = {
    INVALID_TYPE: 0, ENUM_MISMATCH: 1, ANY_OF_MISSING: 10, ONE_OF_MISSING: 11, ONE_OF_MULTIPLE: 12, NOT_PASSED: 13,
    NUMBER_MULTIPLE_OF: 100, NUMBER_MINIMUM: 101, NUMBER_MINIMUM_EXCLUSIVE: 102, NUMBER_MAXIMUM: 103,
    NUMBER_MAXIMUM_EXCLUSIVE: 104, NUMBER_NOT_A_NUMBER: 105,
    STRING_LENGTH_SHORT: 200, STRING_LENGTH_LONG: 201, STRING_PATTERN: 202,
    OBJECT_PROPERTIES_MINIMUM: 300, OBJECT_PROPERTIES_MAXIMUM: 301, OBJECT_REQUIRED: 302,
    OBJECT_ADDITIONAL_PROPERTIES: 303, OBJECT_DEPENDENCY_KEY: 304,
    ARRAY_LENGTH_SHORT: 400, ARRAY_LENGTH_LONG: 401, ARRAY_UNIQUE: 402, ARRAY_ADDITIONAL_ITEMS: 403,
    FORMAT_CUSTOM: 500, KEYWORD_CUSTOM: 501, CIRCULAR_REFERENCE: 600, UNKNOWN_PROPERTY: 1000
  };
  var codeNames = {};
  Object.keys(codes).forEach(function (k) { codeNames[codes[k]] = k; });

  var defaultMessages = {
    INVALID_TYPE: 'Invalid type: {type} (expected {expected})',
    ENUM_MISMATCH: 'No enum match for: {value}',
    ANY_OF_MISSING: 'Data does not match any schemas from "anyOf"',
    ONE_OF_MISSING: 'Data does not match any schemas from "oneOf"',
    ONE_OF_MULTIPLE: 'Data is valid against more than one schema from "oneOf": indices {index1} and {index2}',
    NOT_PASSED: 'Data matches schema from "not"',
    NUMBER_MULTIPLE_OF: 'Value {value} is not a multiple of {multipleOf}',
    NUMBER_MINIMUM: 'Value {value} is less than minimum {minimum}',
    NUMBER_MINIMUM_EXCLUSIVE: 'Value {value} is equal to exclusive minimum {minimum}',
    NUMBER_MAXIMUM: 'Value {value} is greater than maximum {maximum}',
    NUMBER_MAXIMUM_EXCLUSIVE: 'Value {value} is equal to exclusive maximum {maximum}',
    NUMBER_NOT_A_NUMBER: 'Value {value} is not a valid number',
    STRING_LENGTH_SHORT: 'String is too short ({length} chars), minimum {minimum}',
    STRING_LENGTH_LONG: 'String is too long ({length} chars), maximum {maximum}',
    STRING_PATTERN: 'String does not match pattern: {pattern}',
    OBJECT_PROPERTIES_MINIMUM: 'Too few properties defined ({propertyCount}), minimum {minimum}',
    OBJECT_PROPERTIES_MAXIMUM: 'Too many properties defined ({propertyCount}), maximum {maximum}',
    OBJECT_REQUIRED: 'Missing required property: {key}',
    OBJECT_ADDITIONAL_PROPERTIES: 'Additional properties not allowed',
    OBJECT_DEPENDENCY_KEY: 'Dependency failed - key must exist: {missing} (due to key: {key})',
    ARRAY_LENGTH_SHORT: 'Array is too short ({length}), minimum {minimum}',
    ARRAY_LENGTH_LONG: 'Array is too long ({length}), maximum {maximum}',
    ARRAY_UNIQUE: 'Array items are not unique (indices {match1} and {match2})',
    ARRAY_ADDITIONAL_ITEMS: 'Additional items not allowed',
    FORMAT_CUSTOM: 'Format validation failed ({message})',
    KEYWORD_CUSTOM: 'Keyword failed: {key} ({message})',
    CIRCULAR_REFERENCE: 'Circular $refs: {urls}',
    UNKNOWN_PROPERTY: 'Unknown property (not in schema)'
  };

  // ---- errors ----

  function ValidationError(code, params, dataPath, schemaPath, subErrors) {
    if (code === undefined) throw new Error('No error code supplied: ' + schemaPath);
    this.message = '';
    this.params = params;
    this.code = code;
    this.dataPath = dataPath || '';
    this.schemaPath = schemaPath || '';
    this.subErrors = subErrors || null;
    this.stack = new Error(this.message).stack;
  }
  ValidationError.prototype = Object.create(Error.prototype);
  ValidationError.prototype.constructor = ValidationError;
  ValidationError.prototype.name = 'ValidationError';
  ValidationError.prototype.prefixWith = function (dataPrefix, schemaPrefix) {
    if (dataPrefix !== null) {
      dataPrefix = dataPrefix.replace(/~/g, '~0').replace(/\//g, '~1');
      this.dataPath = '/' + dataPrefix + this.dataPath;
    }
    if (schemaPrefix !== null) {
      schemaPrefix = schemaPrefix.replace(/~/g, '~0').replace(/\//g, '~1');
      this.schemaPath = '/' + schemaPrefix + this.schemaPath;
    }
    if (this.subErrors !== null) {
      for (var i = 0; i < this.subErrors.length; i++) this.subErrors[i].prefixWith(dataPrefix, schemaPrefix);
    }
    return this;
  };

  var languages = {};

  function defaultReporter(language) {
    var messages = languages[language || 'en'];
    return function (error) {
      var template = messages[error.code] || defaultMessages[error.code];
      if (typeof template !== 'string') return 'Unknown error code ' + error.code + ': ' + JSON.stringify(error.messageParams);
      var params = error.params;
      return template.replace(/\{([^{}]*)\}/g, function (whole, name) {
        var v = params[name];
        return typeof v === 'string' || typeof v === 'number' ? v : whole;
      });
    };
  }

  // ---- URIs (tv4's own resolution rules) ----

  function parseURI(url) {
    var m = String(url).replace(/^\s+|\s+$/g, '')
      .match(/^([^:\/?#]+:)?(\/\/(?:[^:@]*(?::[^:@]*)?@)?(([^:\/?#]*)(?::(\d*))?))?([^?#]*)(\?[^#]*)?(#[\s\S]*)?/);
    return m ? {
      href: m[0] || '', protocol: m[1] || '', authority: m[2] || '', host: m[3] || '', hostname: m[4] || '',
      port: m[5] || '', pathname: m[6] || '', search: m[7] || '', hash: m[8] || ''
    } : null;
  }

  function removeDotSegments(input) {
    var output = [];
    input.replace(/^(\.\.?(\/|$))+/, '').replace(/\/(\.(\/|$))+/g, '/').replace(/\/\.\.$/, '/../')
      .replace(/\/?[^\/]*/g, function (p) {
        if (p === '/..') output.pop();
        else output.push(p);
        return p;
      });
    return output.join('').replace(/^\//, input.charAt(0) === '/' ? '/' : '');
  }

  function resolveUrl(base, href) {
    href = parseURI(href || '');
    base = parseURI(base || '');
    if (!href || !base) return null;
    var path;
    if (href.protocol || href.authority || href.pathname.charAt(0) === '/') path = href.pathname;
    else if (href.pathname) {
      path = (base.authority && !base.pathname ? '/' : '') + base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1) +
        href.pathname;
    } else path = base.pathname;
    return (href.protocol || base.protocol) + (href.protocol || href.authority ? href.authority : base.authority) +
      removeDotSegments(path) +
      (href.protocol || href.authority || href.pathname ? href.search : (href.search || base.search)) + href.hash;
  }

  function getDocumentUri(uri) { return uri.split('#')[0]; }

  // Resolves the ids and $refs of a schema against `baseUri`, in place (as tv4 does).
  function normSchema(schema, baseUri) {
    if (!(schema && typeof schema === 'object')) return;
    if (baseUri === undefined) baseUri = schema.id;
    else if (typeof schema.id === 'string') {
      baseUri = resolveUrl(baseUri, schema.id);
      schema.id = baseUri;
    }
    if (Array.isArray(schema)) {
      for (var i = 0; i < schema.length; i++) normSchema(schema[i], baseUri);
    } else {
      if (typeof schema.$ref === 'string') schema.$ref = resolveUrl(baseUri, schema.$ref);
      for (var key in schema) if (key !== 'enum') normSchema(schema[key], baseUri);
    }
  }

  function isTrustedUrl(baseUrl, testUrl) {
    if (testUrl.substring(0, baseUrl.length) === baseUrl) {
      var rest = testUrl.substring(baseUrl.length);
      if ((testUrl.length > 0 && testUrl.charAt(baseUrl.length - 1) === '/') || rest.charAt(0) === '#' ||
        rest.charAt(0) === '?') return true;
    }
    return false;
  }

  // ---- URI templates (for `links` with rel "describedby") ----

  var MODIFIERS = { '+': true, '#': true, '.': true, '/': true, ';': true, '?': true, '&': true };

  function looseEncode(s) {
    return encodeURI(s).replace(/%25[0-9][0-9]/g, function (d) { return '%' + d.substring(3); });
  }

  function expression(spec) {
    var mod = MODIFIERS[spec.charAt(0)] ? spec.charAt(0) : '';
    if (mod) spec = spec.substring(1);
    var style = {
      '': ['', ',', true, false, false], '+': ['', ',', false, false, false], '.': ['.', '.', true, false, false],
      '/': ['/', '/', true, false, false], '#': ['#', ',', false, false, false], ';': [';', ';', true, true, true],
      '?': ['?', '&', true, true, false], '&': ['&', '&', true, true, false]
    }[mod];
    var prefix = style[0];
    var separator = mod === '' || mod === '+' || mod === '#' ? '' : style[1];
    var escape = style[2];
    var named = style[3];
    var trimEmpty = style[4];
    var specs = spec.split(',').map(function (name) {
      var truncate = null;
      if (name.indexOf(':') !== -1) {
        var parts = name.split(':');
        name = parts[0];
        truncate = parseInt(parts[1], 10);
      }
      var explode = false;
      while (name.charAt(name.length - 1) === '*') {
        explode = true;
        name = name.substring(0, name.length - 1);
      }
      return { name: name, truncate: truncate, explode: explode };
    });
    function enc(v) { return escape ? encodeURIComponent(v).replace(/!/g, '%21') : looseEncode(v); }
    function fill(valueOf) {
      var out = '';
      var start = 0;
      specs.forEach(function (s, i) {
        var value = valueOf(s.name);
        if (value === null || value === undefined || (Array.isArray(value) && value.length === 0) ||
          (typeof value === 'object' && Object.keys(value).length === 0)) {
          start++;
          return;
        }
        out += i === start ? prefix : (separator || ',');
        if (Array.isArray(value)) {
          if (named) out += s.name + '=';
          value.forEach(function (v, j) {
            if (j > 0) {
              out += s.explode ? (separator || ',') : ',';
              if (s.explode && named) out += s.name + '=';
            }
            out += enc(v);
          });
        } else if (typeof value === 'object') {
          if (named && !s.explode) out += s.name + '=';
          var first = true;
          for (var key in value) {
            if (!first) out += s.explode ? (separator || ',') : ',';
            first = false;
            out += enc(key) + (s.explode ? '=' : ',') + enc(value[key]);
          }
        } else {
          if (named) {
            out += s.name;
            if (!trimEmpty || value !== '') out += '=';
          }
          if (s.truncate != null) value = value.substring(0, s.truncate);
          out += enc(value);
        }
      });
      return out;
    }
    return { fill: fill, names: specs.map(function (s) { return s.name; }) };
  }

  function UriTemplate(template) {
    if (!(this instanceof UriTemplate)) return new UriTemplate(template);
    var parts = template.split('{');
    var texts = [parts.shift()];
    var exprs = [];
    var names = [];
    parts.forEach(function (part) {
      var spec = part.split('}')[0];
      texts.push(part.substring(spec.length + 1));
      var e = expression(spec);
      exprs.push(e);
      names = names.concat(e.names);
    });
    this.fill = function (valueOf) {
      var out = texts[0];
      for (var i = 0; i < exprs.length; i++) out += exprs[i].fill(valueOf) + texts[i + 1];
      return out;
    };
    this.varNames = names;
    this.template = template;
  }
  UriTemplate.prototype = {
    toString: function () { return this.template; },
    fillFromObject: function (obj) { return this.fill(function (name) { return obj[name]; }); }
  };

  var lib = {
    codes: codes, ValidationError: ValidationError, defaultReporter: defaultReporter, isTrustedUrl: isTrustedUrl,
    getDocumentUri: getDocumentUri, normSchema: normSchema, UriTemplate: UriTemplate
  };
  var Context = require('_tv4_core')(lib);

  // ---- the API ----

  function createApi(language) {
    var globalContext = new Context();
    var currentLanguage;
    var customReporter;
    function reporter() {
      var def = defaultReporter(currentLanguage);
      return customReporter ? function (error, data, schema) {
        return customReporter(error, data, schema) || def(error, data, schema);
      } : def;
    }
    var api = {
      setErrorReporter: function (r) {
        if (typeof r === 'string') return this.language(r);
        customReporter = r;
        return true;
      },
      addFormat: function () { globalContext.addFormat.apply(globalContext, arguments); },
      language: function (code) {
        if (!code) return currentLanguage;
        if (!languages[code]) code = code.split('-')[0];
        if (languages[code]) {
          currentLanguage = code;
          return code;
        }
        return false;
      },
      addLanguage: function (code, messages) {
        var key;
        for (key in codes) if (messages[key] && !messages[codes[key]]) messages[codes[key]] = messages[key];
        var root = code.split('-')[0];
        if (!languages[root]) {
          languages[code] = messages;
          languages[root] = messages;
        } else {
          languages[code] = Object.create(languages[root]);
          for (key in messages) {
            if (typeof languages[root][key] === 'undefined') languages[root][key] = messages[key];
            languages[code][key] = messages[key];
          }
        }
        return this;
      },
      freshApi: function (lang) {
        var result = createApi();
        if (lang) result.language(lang);
        return result;
      },
      validate: function (data, schema, checkRecursive, banUnknownProperties) {
        var context = new Context(globalContext, false, reporter(), checkRecursive, banUnknownProperties);
        if (typeof schema === 'string') schema = { $ref: schema };
        context.addSchema('', schema);
        var error = context.validateAll(data, schema, null, null, '');
        if (!error && banUnknownProperties) error = context.banUnknownProperties(data, schema);
        this.error = error;
        this.missing = context.missing;
        this.valid = error === null;
        return this.valid;
      },
      validateResult: function () {
        var result = { toString: function () { return this.valid ? 'valid' : this.error.message; } };
        this.validate.apply(result, arguments);
        return result;
      },
      validateMultiple: function (data, schema, checkRecursive, banUnknownProperties) {
        var context = new Context(globalContext, true, reporter(), checkRecursive, banUnknownProperties);
        if (typeof schema === 'string') schema = { $ref: schema };
        context.addSchema('', schema);
        context.validateAll(data, schema, null, null, '');
        if (banUnknownProperties) context.banUnknownProperties(data, schema);
        var result = { toString: function () { return this.valid ? 'valid' : this.error.message; } };
        result.errors = context.errors;
        result.missing = context.missing;
        result.valid = result.errors.length === 0;
        return result;
      },
      addSchema: function () { return globalContext.addSchema.apply(globalContext, arguments); },
      getSchema: function () { return globalContext.getSchema.apply(globalContext, arguments); },
      getSchemaMap: function () { return globalContext.getSchemaMap.apply(globalContext, arguments); },
      getSchemaUris: function () { return globalContext.getSchemaUris.apply(globalContext, arguments); },
      getMissingUris: function () { return globalContext.getMissingUris.apply(globalContext, arguments); },
      dropSchemas: function () { globalContext.dropSchemas.apply(globalContext, arguments); },
      defineKeyword: function () { globalContext.defineKeyword.apply(globalContext, arguments); },
      defineError: function (codeName, codeNumber, defaultMessage) {
        if (typeof codeName !== 'string' || !/^[A-Z]+(_[A-Z]+)*$/.test(codeName)) {
          throw new Error('Code name must be a string in UPPER_CASE_WITH_UNDERSCORES');
        }
        if (typeof codeNumber !== 'number' || codeNumber % 1 !== 0 || codeNumber < 10000) {
          throw new Error('Code number must be an integer > 10000');
        }
        if (typeof codes[codeName] !== 'undefined') {
          throw new Error('Error already defined: ' + codeName + ' as ' + codes[codeName]);
        }
        if (typeof codeNames[codeNumber] !== 'undefined') {
          throw new Error('Error code already used: ' + codeNames[codeNumber] + ' as ' + codeNumber);
        }
        codes[codeName] = codeNumber;
        codeNames[codeNumber] = codeName;
        defaultMessages[codeName] = defaultMessages[codeNumber] = defaultMessage;
        for (var langCode in languages) {
          var lang = languages[langCode];
          if (lang[codeName]) lang[codeNumber] = lang[codeNumber] || lang[codeName];
        }
      },
      reset: function () {
        globalContext.reset();
        this.error = null;
        this.missing = [];
        this.valid = true;
      },
      missing: [],
      error: null,
      valid: true,
      normSchema: normSchema,
      resolveUrl: resolveUrl,
      getDocumentUri: getDocumentUri,
      errorCodes: codes
    };
    api.language(language || 'en');
    return api;
  }

  var tv4 = createApi();
  tv4.addLanguage('en-gb', defaultMessages);
  tv4.tv4 = tv4;
  return tv4;
})
