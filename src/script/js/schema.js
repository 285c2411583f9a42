// courier: a small JSON Schema (draft-07 subset) validator for
// `pm.response.to.have.jsonSchema`, written for courier.
//
// Keywords: type, required, properties, additionalProperties,
// patternProperties, min/maxProperties, items (schema or tuple),
// additionalItems, min/maxItems, uniqueItems, enum, const, minimum, maximum,
// exclusiveMinimum, exclusiveMaximum, multipleOf, minLength, maxLength,
// pattern, allOf, anyOf, oneOf, not and local `$ref`s ("#/definitions/x").
// Errors are reported like Ajv 6 with its default options: the first error
// only, `dataPath` in JavaScript notation and Ajv's messages, so that
// `text` equals `ajv.errorsText()`.
//
// Defines one global: __courierValidateSchema(schema, data, options) ->
//   { valid, errors: [{keyword, dataPath, schemaPath, params, message}], text }

function __courierValidateSchema(schema, data, options) {
  'use strict';

  var allErrors = Boolean(options && options.allErrors);
  var errors = [];
  var hasOwn = Object.prototype.hasOwnProperty;
  var IDENT = /^[a-zA-Z_$][a-zA-Z0-9_$]*$/;

  function typeOf(v) {
    if (v === null) return 'null';
    if (Array.isArray(v)) return 'array';
    return typeof v;
  }

  function matchesType(v, type) {
    switch (type) {
      case 'integer': return typeof v === 'number' && isFinite(v) && Math.floor(v) === v;
      case 'number': return typeof v === 'number' && isFinite(v);
      case 'null': return v === null;
      case 'array': return Array.isArray(v);
      case 'object': return v !== null && typeof v === 'object' && !Array.isArray(v);
      default: return typeof v === type;
    }
  }

  function equal(a, b) {
    if (a === b) return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    var ka = Object.keys(a);
    var kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    for (var i = 0; i < ka.length; i++) {
      if (!hasOwn.call(b, ka[i]) || !equal(a[ka[i]], b[ka[i]])) return false;
    }
    return true;
  }

  function child(path, key) {
    if (typeof key === 'number') return path + '[' + key + ']';
    return IDENT.test(key) ? path + '.' + key : path + "['" + String(key).replace(/'/g, "\\'") + "']";
  }

  function resolveRef(ref) {
    if (typeof ref !== 'string' || ref.charAt(0) !== '#') return undefined;
    var parts = ref.slice(1).split('/').filter(function (p) { return p !== ''; });
    var node = schema;
    for (var i = 0; i < parts.length; i++) {
      var key = decodeURIComponent(parts[i]).replace(/~1/g, '/').replace(/~0/g, '~');
      if (!node || typeof node !== 'object' || !hasOwn.call(node, key)) return undefined;
      node = node[key];
    }
    return node;
  }

  // Returns false when validation must stop (first error, unless allErrors).
  function fail(keyword, path, schemaPath, params, message) {
    errors.push({ keyword: keyword, dataPath: path, schemaPath: schemaPath, params: params, message: message });
    return allErrors;
  }

  function quiet(s, v) {
    var saved = errors;
    errors = [];
    var ok = validate(s, v, '', '#');
    errors = saved;
    return ok;
  }

  // Returns true when `v` is valid against `s`.
  function validate(s, v, path, sp) {
    if (s === true || s === undefined) return true;
    if (s === false) {
      fail('false schema', path, sp + '/false schema', {}, 'boolean schema is false');
      return false;
    }
    if (!s || typeof s !== 'object') return true;
    var before = errors.length;
    var go = function () { return allErrors || errors.length === before; };
    if (s.$ref !== undefined) {
      var target = resolveRef(s.$ref);
      return target === undefined ? true : validate(target, v, path, s.$ref);
    }
    if (s.type !== undefined) {
      var types = Array.isArray(s.type) ? s.type : [s.type];
      if (!types.some(function (t) { return matchesType(v, t); })) {
        fail('type', path, sp + '/type', { type: types.join(',') }, 'should be ' + types.join(','));
        if (!allErrors) return false;
      }
    }
    var t = typeOf(v);
    if (t === 'number' && go()) {
      if (typeof s.maximum === 'number' && !(v <= s.maximum)) {
        fail('maximum', path, sp + '/maximum', { comparison: '<=', limit: s.maximum }, 'should be <= ' + s.maximum);
      }
      if (go() && typeof s.minimum === 'number' && !(v >= s.minimum)) {
        fail('minimum', path, sp + '/minimum', { comparison: '>=', limit: s.minimum }, 'should be >= ' + s.minimum);
      }
      if (go() && typeof s.exclusiveMaximum === 'number' && !(v < s.exclusiveMaximum)) {
        fail('exclusiveMaximum', path, sp + '/exclusiveMaximum', { comparison: '<', limit: s.exclusiveMaximum },
          'should be < ' + s.exclusiveMaximum);
      }
      if (go() && typeof s.exclusiveMinimum === 'number' && !(v > s.exclusiveMinimum)) {
        fail('exclusiveMinimum', path, sp + '/exclusiveMinimum', { comparison: '>', limit: s.exclusiveMinimum },
          'should be > ' + s.exclusiveMinimum);
      }
      if (go() && typeof s.multipleOf === 'number' && s.multipleOf > 0) {
        var q = v / s.multipleOf;
        if (Math.abs(q - Math.round(q)) > 1e-9) {
          fail('multipleOf', path, sp + '/multipleOf', { multipleOf: s.multipleOf }, 'should be multiple of ' + s.multipleOf);
        }
      }
    }
    if (t === 'string' && go()) {
      var len = Array.from(v).length;
      if (typeof s.maxLength === 'number' && len > s.maxLength) {
        fail('maxLength', path, sp + '/maxLength', { limit: s.maxLength },
          'should NOT be longer than ' + s.maxLength + ' characters');
      }
      if (go() && typeof s.minLength === 'number' && len < s.minLength) {
        fail('minLength', path, sp + '/minLength', { limit: s.minLength },
          'should NOT be shorter than ' + s.minLength + ' characters');
      }
      if (go() && typeof s.pattern === 'string') {
        var re;
        try { re = new RegExp(s.pattern, 'u'); } catch (e) { re = null; }
        if (re && !re.test(v)) {
          fail('pattern', path, sp + '/pattern', { pattern: s.pattern }, 'should match pattern "' + s.pattern + '"');
        }
      }
    }
    if (t === 'array' && go()) {
      if (typeof s.maxItems === 'number' && v.length > s.maxItems) {
        fail('maxItems', path, sp + '/maxItems', { limit: s.maxItems }, 'should NOT have more than ' + s.maxItems + ' items');
      }
      if (go() && typeof s.minItems === 'number' && v.length < s.minItems) {
        fail('minItems', path, sp + '/minItems', { limit: s.minItems }, 'should NOT have fewer than ' + s.minItems + ' items');
      }
      if (go() && Array.isArray(s.items)) {
        for (var i = 0; i < v.length && go(); i++) {
          if (i < s.items.length) validate(s.items[i], v[i], child(path, i), sp + '/items/' + i);
          else if (s.additionalItems === false) {
            fail('additionalItems', path, sp + '/additionalItems', { limit: s.items.length },
              'should NOT have more than ' + s.items.length + ' items');
          } else if (s.additionalItems && typeof s.additionalItems === 'object') {
            validate(s.additionalItems, v[i], child(path, i), sp + '/additionalItems');
          }
        }
      } else if (go() && s.items !== undefined) {
        for (var j = 0; j < v.length && go(); j++) validate(s.items, v[j], child(path, j), sp + '/items');
      }
      if (go() && s.uniqueItems === true) {
        outer: for (var a = v.length - 1; a > 0; a--) {
          for (var b = a - 1; b >= 0; b--) {
            if (equal(v[a], v[b])) {
              fail('uniqueItems', path, sp + '/uniqueItems', { i: a, j: b },
                'should NOT have duplicate items (items ## ' + b + ' and ' + a + ' are identical)');
              break outer;
            }
          }
        }
      }
    }
    if (t === 'object' && go()) {
      var keys = Object.keys(v);
      if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) {
        fail('maxProperties', path, sp + '/maxProperties', { limit: s.maxProperties },
          'should NOT have more than ' + s.maxProperties + ' properties');
      }
      if (go() && typeof s.minProperties === 'number' && keys.length < s.minProperties) {
        fail('minProperties', path, sp + '/minProperties', { limit: s.minProperties },
          'should NOT have fewer than ' + s.minProperties + ' properties');
      }
      if (go() && Array.isArray(s.required)) {
        for (var r = 0; r < s.required.length && go(); r++) {
          var name = s.required[r];
          if (!hasOwn.call(v, name) || v[name] === undefined) {
            fail('required', path, sp + '/required', { missingProperty: child('', name) },
              "should have required property '" + child('', name) + "'");
          }
        }
      }
      var props = s.properties && typeof s.properties === 'object' ? s.properties : {};
      var patterns = s.patternProperties && typeof s.patternProperties === 'object' ? s.patternProperties : {};
      var patternKeys = Object.keys(patterns);
      for (var k = 0; k < keys.length && go(); k++) {
        var key = keys[k];
        var known = hasOwn.call(props, key);
        if (known) validate(props[key], v[key], child(path, key), sp + '/properties/' + key);
        for (var p = 0; p < patternKeys.length && go(); p++) {
          var pre;
          try { pre = new RegExp(patternKeys[p], 'u'); } catch (e) { pre = null; }
          if (pre && pre.test(key)) {
            known = true;
            validate(patterns[patternKeys[p]], v[key], child(path, key), sp + '/patternProperties/' + patternKeys[p]);
          }
        }
        if (!known && go() && s.additionalProperties !== undefined) {
          if (s.additionalProperties === false) {
            fail('additionalProperties', path, sp + '/additionalProperties', { additionalProperty: key },
              'should NOT have additional properties');
          } else if (typeof s.additionalProperties === 'object') {
            validate(s.additionalProperties, v[key], child(path, key), sp + '/additionalProperties');
          }
        }
      }
    }
    if (go() && hasOwn.call(s, 'const') && !equal(v, s.const)) {
      fail('const', path, sp + '/const', { allowedValue: s.const }, 'should be equal to constant');
    }
    if (go() && Array.isArray(s.enum) && !s.enum.some(function (e) { return equal(e, v); })) {
      fail('enum', path, sp + '/enum', { allowedValues: s.enum }, 'should be equal to one of the allowed values');
    }
    if (go() && s.not !== undefined && quiet(s.not, v)) {
      fail('not', path, sp + '/not', {}, 'should NOT be valid');
    }
    if (go() && Array.isArray(s.anyOf) && !s.anyOf.some(function (x) { return quiet(x, v); })) {
      fail('anyOf', path, sp + '/anyOf', {}, 'should match some schema in anyOf');
    }
    if (go() && Array.isArray(s.oneOf)) {
      var passing = s.oneOf.filter(function (x) { return quiet(x, v); }).length;
      if (passing !== 1) {
        fail('oneOf', path, sp + '/oneOf', { passingSchemas: null }, 'should match exactly one schema in oneOf');
      }
    }
    if (go() && Array.isArray(s.allOf)) {
      for (var n = 0; n < s.allOf.length && go(); n++) validate(s.allOf[n], v, path, sp + '/allOf/' + n);
    }
    return errors.length === before;
  }

  validate(schema, data, '', '#');
  var text = errors.length ? errors.map(function (e) { return 'data' + e.dataPath + ' ' + e.message; }).join(', ') :
    'No errors';
  return { valid: errors.length === 0, errors: errors, text: text };
}
