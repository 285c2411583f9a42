// courier: internal helper of require('ajv'): the JSON Schema draft-07 meta-schema in the form
// Ajv 6 ships it (keys in the same order, since that order decides the order of the errors
// reported for an invalid schema). Returns a function that builds a fresh copy.
(function () {
  'use strict';

  function ref(to) { return { $ref: to }; }
  function typed(type, extra) {
    var out = { type: type };
    Object.keys(extra || {}).forEach(function (k) { out[k] = extra[k]; });
    return out;
  }

  return function draft07() {
    var NNI = '#/definitions/nonNegativeInteger';
    var NNI0 = '#/definitions/nonNegativeIntegerDefault0';
    var SCHEMA_ARRAY = '#/definitions/schemaArray';
    var STRING_ARRAY = '#/definitions/stringArray';
    var SIMPLE = '#/definitions/simpleTypes';
    var schemaMap = function (more) {
      var out = { type: 'object', additionalProperties: ref('#') };
      Object.keys(more || {}).forEach(function (k) { out[k] = more[k]; });
      return out;
    };
    var properties = {};
    properties.$id = typed('string', { format: 'uri-reference' });
    properties.$schema = typed('string', { format: 'uri' });
    properties.$ref = typed('string', { format: 'uri-reference' });
    properties.$comment = typed('string');
    properties.title = typed('string');
    properties.description = typed('string');
    properties['default'] = true;
    properties.readOnly = typed('boolean', { 'default': false });
    properties.examples = typed('array', { items: true });
    properties.multipleOf = typed('number', { exclusiveMinimum: 0 });
    properties.maximum = typed('number');
    properties.exclusiveMaximum = typed('number');
    properties.minimum = typed('number');
    properties.exclusiveMinimum = typed('number');
    properties.maxLength = ref(NNI);
    properties.minLength = ref(NNI0);
    properties.pattern = typed('string', { format: 'regex' });
    properties.additionalItems = ref('#');
    properties.items = { anyOf: [ref('#'), ref(SCHEMA_ARRAY)], 'default': true };
    properties.maxItems = ref(NNI);
    properties.minItems = ref(NNI0);
    properties.uniqueItems = typed('boolean', { 'default': false });
    properties.contains = ref('#');
    properties.maxProperties = ref(NNI);
    properties.minProperties = ref(NNI0);
    properties.required = ref(STRING_ARRAY);
    properties.additionalProperties = ref('#');
    properties.definitions = schemaMap({ 'default': {} });
    properties.properties = schemaMap({ 'default': {} });
    properties.patternProperties = schemaMap({ propertyNames: { format: 'regex' }, 'default': {} });
    properties.dependencies = {
      type: 'object',
      additionalProperties: { anyOf: [ref('#'), ref(STRING_ARRAY)] }
    };
    properties.propertyNames = ref('#');
    properties['const'] = true;
    properties['enum'] = typed('array', { items: true, minItems: 1, uniqueItems: true });
    properties.type = {
      anyOf: [ref(SIMPLE), typed('array', { items: ref(SIMPLE), minItems: 1, uniqueItems: true })]
    };
    properties.format = typed('string');
    properties.contentMediaType = typed('string');
    properties.contentEncoding = typed('string');
    properties['if'] = ref('#');
    properties.then = ref('#');
    properties['else'] = ref('#');
    properties.allOf = ref(SCHEMA_ARRAY);
    properties.anyOf = ref(SCHEMA_ARRAY);
    properties.oneOf = ref(SCHEMA_ARRAY);
    properties.not = ref('#');

    return {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'http://json-schema.org/draft-07/schema#',
      title: 'Core schema meta-schema',
      definitions: {
        schemaArray: typed('array', { minItems: 1, items: ref('#') }),
        nonNegativeInteger: typed('integer', { minimum: 0 }),
        nonNegativeIntegerDefault0: { allOf: [ref(NNI), { 'default': 0 }] },
        simpleTypes: { 'enum': ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] },
        stringArray: typed('array', { items: typed('string'), uniqueItems: true, 'default': [] })
      },
      type: ['object', 'boolean'],
      properties: properties,
      'default': true
    };
  };
})
