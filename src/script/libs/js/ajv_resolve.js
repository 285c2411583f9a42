// courier: internal helper of require('ajv'): how Ajv 6 finds the schema a `$ref` points to
// (added schemas, ids, JSON pointers) and which referenced schemas it validates in place.
// Written for courier.
(function (native, require) {
  'use strict';

  var uri = require('_ajv_uri');

  // What Ajv keeps for an added or compiled schema.
  function SchemaObject(obj) {
    for (var k in obj) this[k] = obj[k];
  }

  var PREVENT_SCOPE_CHANGE = { properties: true, patternProperties: true, 'enum': true, dependencies: true, definitions: true };

  // The schema (to validate in place) or the function a reference resolves to, or undefined.
  function resolve(self, compile, root, ref) {
    var refVal = self._refs[ref];
    if (typeof refVal === 'string') {
      if (self._refs[refVal]) refVal = self._refs[refVal];
      else return resolve(self, compile, root, refVal);
    }
    refVal = refVal || self._schemas[ref];
    if (refVal instanceof SchemaObject) {
      return inlineRef(refVal.schema, self._opts.inlineRefs) ? refVal.schema : refVal.validate || self._compile(refVal);
    }
    var res = resolveSchema(self, root, ref);
    var schema, v, baseId;
    if (res) {
      schema = res.schema;
      root = res.root;
      baseId = res.baseId;
    }
    if (schema instanceof SchemaObject) {
      v = schema.validate || compile.call(self, schema.schema, root, undefined, baseId);
    } else if (schema !== undefined) {
      v = inlineRef(schema, self._opts.inlineRefs) ? schema : compile.call(self, schema, root, undefined, baseId);
    }
    return v;
  }

  // {schema, root, baseId} of a reference, or undefined.
  function resolveSchema(self, root, ref) {
    var p = uri.parse(ref);
    var refPath = uri.fullPathOf(p);
    var baseId = uri.fullPath(self._getId(root.schema));
    if (Object.keys(root.schema).length === 0 || refPath !== baseId) {
      var id = uri.normalizeId(refPath);
      var refVal = self._refs[id];
      if (typeof refVal === 'string') {
        return resolveRecursive(self, root, refVal, p);
      } else if (refVal instanceof SchemaObject) {
        if (!refVal.validate) self._compile(refVal);
        root = refVal;
      } else {
        refVal = self._schemas[id];
        if (refVal instanceof SchemaObject) {
          if (!refVal.validate) self._compile(refVal);
          if (id === uri.normalizeId(ref)) return { schema: refVal, root: root, baseId: baseId };
          root = refVal;
        } else {
          return undefined;
        }
      }
      if (!root.schema) return undefined;
      baseId = uri.fullPath(self._getId(root.schema));
    }
    return getJsonPointer(self, p, baseId, root.schema, root);
  }

  function resolveRecursive(self, root, ref, parsedRef) {
    var res = resolveSchema(self, root, ref);
    if (res) {
      var schema = res.schema;
      var baseId = res.baseId;
      root = res.root;
      var id = self._getId(schema);
      if (id) baseId = uri.url(baseId, id);
      return getJsonPointer(self, parsedRef, baseId, schema, root);
    }
    return undefined;
  }

  function getJsonPointer(self, parsedRef, baseId, schema, root) {
    parsedRef.fragment = parsedRef.fragment || '';
    if (parsedRef.fragment.slice(0, 1) !== '/') return undefined;
    var parts = parsedRef.fragment.split('/');
    for (var i = 1; i < parts.length; i++) {
      var part = parts[i];
      if (!part) continue;
      part = uri.unescapeFragment(part);
      schema = schema[part];
      if (schema === undefined) break;
      if (!PREVENT_SCOPE_CHANGE[part]) {
        var id = self._getId(schema);
        if (id) baseId = uri.url(baseId, id);
        if (schema.$ref) {
          var res = resolveSchema(self, root, uri.url(baseId, schema.$ref));
          if (res) {
            schema = res.schema;
            root = res.root;
            baseId = res.baseId;
          }
        }
      }
    }
    if (schema !== undefined && schema !== root.schema) return { schema: schema, root: root, baseId: baseId };
    return undefined;
  }

  // Keywords whose values count as one key each when Ajv measures a schema for inlining.
  var SIMPLE_INLINED = {
    type: true, format: true, pattern: true, maxLength: true, minLength: true, maxProperties: true,
    minProperties: true, maxItems: true, minItems: true, maximum: true, minimum: true, uniqueItems: true,
    multipleOf: true, required: true, 'enum': true
  };

  // Whether a referenced schema is validated in place (Ajv's `inlineRefs` option).
  function inlineRef(schema, limit) {
    if (limit === false) return false;
    if (limit === undefined || limit === true) return checkNoRef(schema);
    if (limit) return countKeys(schema) <= limit;
    return undefined;
  }

  function checkNoRef(schema) {
    var item;
    if (Array.isArray(schema)) {
      for (var i = 0; i < schema.length; i++) {
        item = schema[i];
        if (typeof item === 'object' && !checkNoRef(item)) return false;
      }
    } else {
      for (var key in schema) {
        if (key === '$ref') return false;
        item = schema[key];
        if (typeof item === 'object' && !checkNoRef(item)) return false;
      }
    }
    return true;
  }

  function countKeys(schema) {
    var count = 0;
    var item;
    if (Array.isArray(schema)) {
      for (var i = 0; i < schema.length; i++) {
        item = schema[i];
        if (typeof item === 'object') count += countKeys(item);
        if (count === Infinity) return Infinity;
      }
    } else {
      for (var key in schema) {
        if (key === '$ref') return Infinity;
        if (SIMPLE_INLINED[key]) count++;
        else {
          item = schema[key];
          if (typeof item === 'object') count += countKeys(item) + 1;
          if (count === Infinity) return Infinity;
        }
      }
    }
    return count;
  }

  // The subschemas json-schema-traverse visits (with allKeys), for the ids inside a schema.
  var SCHEMA_KEYWORDS = { additionalItems: true, items: true, contains: true, additionalProperties: true, propertyNames: true, not: true };
  var ARRAY_KEYWORDS = { items: true, allOf: true, anyOf: true, oneOf: true };
  var PROPS_KEYWORDS = { definitions: true, properties: true, patternProperties: true, dependencies: true };
  var SKIP_KEYWORDS = {
    'default': true, 'enum': true, 'const': true, required: true, maximum: true, minimum: true, exclusiveMaximum: true,
    exclusiveMinimum: true, multipleOf: true, maxLength: true, minLength: true, pattern: true, format: true,
    maxItems: true, minItems: true, uniqueItems: true, maxProperties: true, minProperties: true
  };

  function traverse(schema, jsonPtr, parentJsonPtr, parentKeyword, keyIndex, pre) {
    if (!(schema && typeof schema === 'object' && !Array.isArray(schema))) return;
    pre(schema, jsonPtr, parentJsonPtr, parentKeyword, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in ARRAY_KEYWORDS) {
          for (var i = 0; i < sch.length; i++) traverse(sch[i], jsonPtr + '/' + key + '/' + i, jsonPtr, key, i, pre);
        }
      } else if (key in PROPS_KEYWORDS) {
        if (sch && typeof sch === 'object') {
          for (var prop in sch) {
            traverse(sch[prop], jsonPtr + '/' + key + '/' + uri.escapeJsonPointer(prop), jsonPtr, key, prop, pre);
          }
        }
      } else if (key in SCHEMA_KEYWORDS || !(key in SKIP_KEYWORDS)) {
        traverse(sch, jsonPtr + '/' + key, jsonPtr, key, undefined, pre);
      }
    }
  }

  // Registers the ids inside `schema`; returns the local '#name' ids as {id: subschema}.
  function resolveIds(self, schema) {
    var schemaId = uri.normalizeId(self._getId(schema));
    var baseIds = { '': schemaId };
    var fullPaths = { '': uri.fullPath(schemaId, false) };
    var localRefs = {};
    traverse(schema, '', undefined, undefined, undefined, function (sch, jsonPtr, parentJsonPtr, parentKeyword, keyIndex) {
      if (jsonPtr === '') return;
      var id = self._getId(sch);
      var baseId = baseIds[parentJsonPtr];
      var fullPath = fullPaths[parentJsonPtr] + '/' + parentKeyword;
      if (keyIndex !== undefined) fullPath += '/' + (typeof keyIndex === 'number' ? keyIndex : uri.escapeFragment(keyIndex));
      if (typeof id === 'string') {
        id = baseId = uri.normalizeId(baseId ? uri.resolve(baseId, id) : id);
        var refVal = self._refs[id];
        if (typeof refVal === 'string') refVal = self._refs[refVal];
        if (refVal && refVal.schema) {
          if (!require('_ajv_compile').equal(sch, refVal.schema)) {
            throw new Error('id "' + id + '" resolves to more than one schema');
          }
        } else if (id !== uri.normalizeId(fullPath)) {
          if (id.charAt(0) === '#') {
            if (localRefs[id] && !require('_ajv_compile').equal(sch, localRefs[id])) {
              throw new Error('id "' + id + '" resolves to more than one schema');
            }
            localRefs[id] = sch;
          } else {
            self._refs[id] = fullPath;
          }
        }
      }
      baseIds[jsonPtr] = baseId;
      fullPaths[jsonPtr] = fullPath;
    });
    return localRefs;
  }

  return {
    SchemaObject: SchemaObject,
    resolve: resolve,
    resolveSchema: resolveSchema,
    inlineRef: inlineRef,
    resolveIds: resolveIds
  };
})
