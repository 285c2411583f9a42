// courier: internal helper of require('tv4'): tv4 1.3.0's keyword checks (type, enum,
// numbers, strings, arrays, objects, allOf/anyOf/oneOf/not, `links` with rel "describedby"),
// in tv4's order and with its error codes and paths. Written for courier.
(function (native, require) {
  'use strict';

  // Deep equality as tv4 compares enum values and array items.
  function same(a, b) {
    if (a === b) return true;
    if (!(a && b && typeof a === 'object' && typeof b === 'object')) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    var key;
    if (Array.isArray(a)) {
      if (a.length !== b.length) return false;
      for (var i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
      return true;
    }
    for (key in a) if (b[key] === undefined && a[key] !== undefined) return false;
    for (key in b) if (a[key] === undefined && b[key] !== undefined) return false;
    for (key in a) if (!same(a[key], b[key])) return false;
    return true;
  }

  var CLOSE_ENOUGH_LOW = Math.pow(2, -51);
  var CLOSE_ENOUGH_HIGH = 1 - CLOSE_ENOUGH_LOW;

  return function install(Context, lib) {
    var codes = lib.codes;
    var P = Context.prototype;

    P.validateBasic = function (data, schema, pointer) {
      var error = this.validateType(data, schema, pointer);
      if (error) return error.prefixWith(null, 'type');
      error = this.validateEnum(data, schema, pointer);
      if (error) return error.prefixWith(null, 'type');
      return null;
    };

    P.validateType = function (data, schema) {
      if (schema.type === undefined) return null;
      var dataType = data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data;
      var allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
      for (var i = 0; i < allowed.length; i++) {
        var t = allowed[i];
        if (t === dataType || (t === 'integer' && dataType === 'number' && data % 1 === 0)) return null;
      }
      return this.createError(codes.INVALID_TYPE, { type: dataType, expected: allowed.join('/') }, '', '', null, data, schema);
    };

    P.validateEnum = function (data, schema) {
      if (schema['enum'] === undefined) return null;
      for (var i = 0; i < schema['enum'].length; i++) if (same(data, schema['enum'][i])) return null;
      return this.createError(codes.ENUM_MISMATCH, { value: JSON.stringify(data) }, '', '', null, data, schema);
    };

    P.validateNumeric = function (data, schema, pointer) {
      return this.validateMultipleOf(data, schema, pointer) || this.validateMinMax(data, schema, pointer) ||
        this.validateNaN(data, schema, pointer) || null;
    };

    P.validateMultipleOf = function (data, schema) {
      var m = schema.multipleOf || schema.divisibleBy;
      if (m === undefined) return null;
      if (typeof data === 'number') {
        var remainder = (data / m) % 1;
        if (remainder >= CLOSE_ENOUGH_LOW && remainder < CLOSE_ENOUGH_HIGH) {
          return this.createError(codes.NUMBER_MULTIPLE_OF, { value: data, multipleOf: m }, '', '', null, data, schema);
        }
      }
      return null;
    };

    P.validateMinMax = function (data, schema) {
      if (typeof data !== 'number') return null;
      if (schema.minimum !== undefined) {
        if (data < schema.minimum) {
          return this.createError(codes.NUMBER_MINIMUM, { value: data, minimum: schema.minimum }, '', '/minimum', null, data, schema);
        }
        if (schema.exclusiveMinimum && data === schema.minimum) {
          return this.createError(codes.NUMBER_MINIMUM_EXCLUSIVE, { value: data, minimum: schema.minimum }, '',
            '/exclusiveMinimum', null, data, schema);
        }
      }
      if (schema.maximum !== undefined) {
        if (data > schema.maximum) {
          return this.createError(codes.NUMBER_MAXIMUM, { value: data, maximum: schema.maximum }, '', '/maximum', null, data, schema);
        }
        if (schema.exclusiveMaximum && data === schema.maximum) {
          return this.createError(codes.NUMBER_MAXIMUM_EXCLUSIVE, { value: data, maximum: schema.maximum }, '',
            '/exclusiveMaximum', null, data, schema);
        }
      }
      return null;
    };

    P.validateNaN = function (data, schema) {
      if (typeof data !== 'number') return null;
      if (isNaN(data) === true || data === Infinity || data === -Infinity) {
        return this.createError(codes.NUMBER_NOT_A_NUMBER, { value: data }, '', '/type', null, data, schema);
      }
      return null;
    };

    P.validateString = function (data, schema, pointer) {
      return this.validateStringLength(data, schema, pointer) || this.validateStringPattern(data, schema, pointer) || null;
    };

    P.validateStringLength = function (data, schema) {
      if (typeof data !== 'string') return null;
      if (schema.minLength !== undefined && data.length < schema.minLength) {
        return this.createError(codes.STRING_LENGTH_SHORT, { length: data.length, minimum: schema.minLength }, '',
          '/minLength', null, data, schema);
      }
      if (schema.maxLength !== undefined && data.length > schema.maxLength) {
        return this.createError(codes.STRING_LENGTH_LONG, { length: data.length, maximum: schema.maxLength }, '',
          '/maxLength', null, data, schema);
      }
      return null;
    };

    P.validateStringPattern = function (data, schema) {
      if (typeof data !== 'string' || (typeof schema.pattern !== 'string' && !(schema.pattern instanceof RegExp))) return null;
      var re;
      if (schema.pattern instanceof RegExp) {
        re = schema.pattern;
      } else {
        var literal = schema.pattern.match(/^\/(.+)\/([img]*)$/);
        re = literal ? new RegExp(literal[1], literal[2]) : new RegExp(schema.pattern, '');
      }
      if (!re.test(data)) {
        return this.createError(codes.STRING_PATTERN, { pattern: schema.pattern }, '', '/pattern', null, data, schema);
      }
      return null;
    };

    P.validateArray = function (data, schema, pointer) {
      if (!Array.isArray(data)) return null;
      return this.validateArrayLength(data, schema, pointer) || this.validateArrayUniqueItems(data, schema, pointer) ||
        this.validateArrayItems(data, schema, pointer) || null;
    };

    P.validateArrayLength = function (data, schema) {
      var error;
      if (schema.minItems !== undefined && data.length < schema.minItems) {
        error = this.createError(codes.ARRAY_LENGTH_SHORT, { length: data.length, minimum: schema.minItems }, '',
          '/minItems', null, data, schema);
        if (this.handleError(error)) return error;
      }
      if (schema.maxItems !== undefined && data.length > schema.maxItems) {
        error = this.createError(codes.ARRAY_LENGTH_LONG, { length: data.length, maximum: schema.maxItems }, '',
          '/maxItems', null, data, schema);
        if (this.handleError(error)) return error;
      }
      return null;
    };

    P.validateArrayUniqueItems = function (data, schema) {
      if (!schema.uniqueItems) return null;
      for (var i = 0; i < data.length; i++) {
        for (var j = i + 1; j < data.length; j++) {
          if (same(data[i], data[j])) {
            var error = this.createError(codes.ARRAY_UNIQUE, { match1: i, match2: j }, '', '/uniqueItems', null, data, schema);
            if (this.handleError(error)) return error;
          }
        }
      }
      return null;
    };

    P.validateArrayItems = function (data, schema, pointer) {
      if (schema.items === undefined) return null;
      var error;
      var i;
      if (Array.isArray(schema.items)) {
        for (i = 0; i < data.length; i++) {
          if (i < schema.items.length) {
            error = this.validateAll(data[i], schema.items[i], [i], ['items', i], pointer + '/' + i);
            if (error) return error;
          } else if (schema.additionalItems !== undefined) {
            if (typeof schema.additionalItems === 'boolean') {
              if (!schema.additionalItems) {
                error = this.createError(codes.ARRAY_ADDITIONAL_ITEMS, {}, '/' + i, '/additionalItems', null, data, schema);
                if (this.handleError(error)) return error;
              }
            } else {
              error = this.validateAll(data[i], schema.additionalItems, [i], ['additionalItems'], pointer + '/' + i);
              if (error) return error;
            }
          }
        }
      } else {
        for (i = 0; i < data.length; i++) {
          error = this.validateAll(data[i], schema.items, [i], ['items'], pointer + '/' + i);
          if (error) return error;
        }
      }
      return null;
    };

    P.validateObject = function (data, schema, pointer) {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
      return this.validateObjectMinMaxProperties(data, schema, pointer) ||
        this.validateObjectRequiredProperties(data, schema, pointer) ||
        this.validateObjectProperties(data, schema, pointer) ||
        this.validateObjectDependencies(data, schema, pointer) || null;
    };

    P.validateObjectMinMaxProperties = function (data, schema) {
      var count = Object.keys(data).length;
      var error;
      if (schema.minProperties !== undefined && count < schema.minProperties) {
        error = this.createError(codes.OBJECT_PROPERTIES_MINIMUM, { propertyCount: count, minimum: schema.minProperties }, '',
          '/minProperties', null, data, schema);
        if (this.handleError(error)) return error;
      }
      if (schema.maxProperties !== undefined && count > schema.maxProperties) {
        error = this.createError(codes.OBJECT_PROPERTIES_MAXIMUM, { propertyCount: count, maximum: schema.maxProperties }, '',
          '/maxProperties', null, data, schema);
        if (this.handleError(error)) return error;
      }
      return null;
    };

    P.validateObjectRequiredProperties = function (data, schema) {
      if (schema.required === undefined) return null;
      for (var i = 0; i < schema.required.length; i++) {
        var key = schema.required[i];
        if (data[key] === undefined) {
          var error = this.createError(codes.OBJECT_REQUIRED, { key: key }, '', '/required/' + i, null, data, schema);
          if (this.handleError(error)) return error;
        }
      }
      return null;
    };

    // Unknown-property bookkeeping (banUnknownProperties).
    function markKnown(ctx, path) {
      ctx.knownPropertyPaths[path] = true;
      delete ctx.unknownPropertyPaths[path];
    }

    P.validateObjectProperties = function (data, schema, pointer) {
      var error;
      for (var key in data) {
        var keyPointer = pointer + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1');
        var found = false;
        if (schema.properties !== undefined && schema.properties[key] !== undefined) {
          found = true;
          error = this.validateAll(data[key], schema.properties[key], [key], ['properties', key], keyPointer);
          if (error) return error;
        }
        if (schema.patternProperties !== undefined) {
          for (var pattern in schema.patternProperties) {
            if (new RegExp(pattern).test(key)) {
              found = true;
              error = this.validateAll(data[key], schema.patternProperties[pattern], [key], ['patternProperties', pattern],
                keyPointer);
              if (error) return error;
            }
          }
        }
        if (!found) {
          if (schema.additionalProperties !== undefined) {
            if (this.trackUnknownProperties) markKnown(this, keyPointer);
            if (typeof schema.additionalProperties === 'boolean') {
              if (!schema.additionalProperties) {
                error = this.createError(codes.OBJECT_ADDITIONAL_PROPERTIES, { key: key }, '', '/additionalProperties', null,
                  data, schema).prefixWith(key, null);
                if (this.handleError(error)) return error;
              }
            } else {
              error = this.validateAll(data[key], schema.additionalProperties, [key], ['additionalProperties'], keyPointer);
              if (error) return error;
            }
          } else if (this.trackUnknownProperties && !this.knownPropertyPaths[keyPointer]) {
            this.unknownPropertyPaths[keyPointer] = true;
          }
        } else if (this.trackUnknownProperties) {
          markKnown(this, keyPointer);
        }
      }
      return null;
    };

    P.validateObjectDependencies = function (data, schema, pointer) {
      if (schema.dependencies === undefined) return null;
      var error;
      for (var depKey in schema.dependencies) {
        if (data[depKey] === undefined) continue;
        var dep = schema.dependencies[depKey];
        if (typeof dep === 'string') {
          if (data[dep] === undefined) {
            error = this.createError(codes.OBJECT_DEPENDENCY_KEY, { key: depKey, missing: dep }, '', '', null, data, schema)
              .prefixWith(null, depKey).prefixWith(null, 'dependencies');
            if (this.handleError(error)) return error;
          }
        } else if (Array.isArray(dep)) {
          for (var i = 0; i < dep.length; i++) {
            if (data[dep[i]] === undefined) {
              error = this.createError(codes.OBJECT_DEPENDENCY_KEY, { key: depKey, missing: dep[i] }, '', '/' + i, null,
                data, schema).prefixWith(null, depKey).prefixWith(null, 'dependencies');
              if (this.handleError(error)) return error;
            }
          }
        } else {
          error = this.validateAll(data, dep, [], ['dependencies', depKey], pointer);
          if (error) return error;
        }
      }
      return null;
    };

    P.validateCombinations = function (data, schema, pointer) {
      return this.validateAllOf(data, schema, pointer) || this.validateAnyOf(data, schema, pointer) ||
        this.validateOneOf(data, schema, pointer) || this.validateNot(data, schema, pointer) || null;
    };

    P.validateAllOf = function (data, schema, pointer) {
      if (schema.allOf === undefined) return null;
      for (var i = 0; i < schema.allOf.length; i++) {
        var error = this.validateAll(data, schema.allOf[i], [], ['allOf', i], pointer);
        if (error) return error;
      }
      return null;
    };

    // Runs fn(i) for each branch of anyOf/oneOf with separate unknown-property tracking, and
    // merges what a passing branch learnt.
    function saveTracking(ctx) {
      return ctx.trackUnknownProperties ? { unknown: ctx.unknownPropertyPaths, known: ctx.knownPropertyPaths } : null;
    }
    function mergeTracking(ctx, saved) {
      var k;
      for (k in ctx.knownPropertyPaths) {
        saved.known[k] = true;
        delete saved.unknown[k];
      }
      for (k in ctx.unknownPropertyPaths) if (!saved.known[k]) saved.unknown[k] = true;
    }

    P.validateAnyOf = function (data, schema, pointer) {
      if (schema.anyOf === undefined) return null;
      var errors = [];
      var start = this.errors.length;
      var saved = saveTracking(this);
      var errorAtEnd = true;
      for (var i = 0; i < schema.anyOf.length; i++) {
        if (saved) {
          this.unknownPropertyPaths = {};
          this.knownPropertyPaths = {};
        }
        var count = this.errors.length;
        var error = this.validateAll(data, schema.anyOf[i], [], ['anyOf', i], pointer);
        if (error === null && count === this.errors.length) {
          this.errors = this.errors.slice(0, start);
          if (saved) {
            mergeTracking(this, saved);
            errorAtEnd = false;
            continue;
          }
          return null;
        }
        if (error) errors.push(error.prefixWith(null, '' + i).prefixWith(null, 'anyOf'));
      }
      if (saved) {
        this.unknownPropertyPaths = saved.unknown;
        this.knownPropertyPaths = saved.known;
      }
      if (errorAtEnd) {
        errors = errors.concat(this.errors.slice(start));
        this.errors = this.errors.slice(0, start);
        return this.createError(codes.ANY_OF_MISSING, {}, '', '/anyOf', errors, data, schema);
      }
      return undefined;
    };

    P.validateOneOf = function (data, schema, pointer) {
      if (schema.oneOf === undefined) return null;
      var validIndex = null;
      var errors = [];
      var start = this.errors.length;
      var saved = saveTracking(this);
      for (var i = 0; i < schema.oneOf.length; i++) {
        if (saved) {
          this.unknownPropertyPaths = {};
          this.knownPropertyPaths = {};
        }
        var count = this.errors.length;
        var error = this.validateAll(data, schema.oneOf[i], [], ['oneOf', i], pointer);
        if (error === null && count === this.errors.length) {
          if (validIndex === null) {
            validIndex = i;
          } else {
            this.errors = this.errors.slice(0, start);
            return this.createError(codes.ONE_OF_MULTIPLE, { index1: validIndex, index2: i }, '', '/oneOf', null, data, schema);
          }
          if (saved) mergeTracking(this, saved);
        } else if (error) {
          errors.push(error);
        }
      }
      if (saved) {
        this.unknownPropertyPaths = saved.unknown;
        this.knownPropertyPaths = saved.known;
      }
      if (validIndex === null) {
        errors = errors.concat(this.errors.slice(start));
        this.errors = this.errors.slice(0, start);
        return this.createError(codes.ONE_OF_MISSING, {}, '', '/oneOf', errors, data, schema);
      }
      this.errors = this.errors.slice(0, start);
      return null;
    };

    P.validateNot = function (data, schema, pointer) {
      if (schema.not === undefined) return null;
      var oldCount = this.errors.length;
      var saved = saveTracking(this);
      if (saved) {
        this.unknownPropertyPaths = {};
        this.knownPropertyPaths = {};
      }
      var error = this.validateAll(data, schema.not, null, null, pointer);
      var notErrors = this.errors.slice(oldCount);
      this.errors = this.errors.slice(0, oldCount);
      if (saved) {
        this.unknownPropertyPaths = saved.unknown;
        this.knownPropertyPaths = saved.known;
      }
      if (error === null && notErrors.length === 0) {
        return this.createError(codes.NOT_PASSED, {}, '', '/not', null, data, schema);
      }
      return null;
    };

    P.validateHypermedia = function (data, schema, pointer) {
      if (!schema.links) return null;
      for (var i = 0; i < schema.links.length; i++) {
        var ldo = schema.links[i];
        if (ldo.rel !== 'describedby') continue;
        var template = new lib.UriTemplate(ldo.href);
        var allPresent = true;
        for (var j = 0; j < template.varNames.length; j++) {
          if (!(template.varNames[j] in data)) {
            allPresent = false;
            break;
          }
        }
        if (allPresent) {
          var error = this.validateAll(data, { $ref: template.fillFromObject(data) }, [], ['links', i], pointer);
          if (error) return error;
        }
      }
      return undefined;
    };
  };
})
