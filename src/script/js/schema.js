// courier: JSON Schema validation for `pm.response.to.have.jsonSchema` (chai_postman.js),
// done as chai-postman does it: a new Ajv instance (courier's require('ajv'), loaded on first
// use) with the assertion's options, then `ajv.validate(schema, data)`.
//
// Defines one global: __courierValidateSchema(schema, data, options) ->
//   { valid, errors: [{keyword, dataPath, schemaPath, params, message}] | null, text }
// where `text` is `ajv.errorsText()`. Exceptions of Ajv (invalid schema, unknown format,
// missing reference) propagate.

function __courierValidateSchema(schema, data, options) {
  'use strict';

  var Ajv = globalThis.require('ajv');
  var ajv = new Ajv(options);
  var valid = ajv.validate(schema, data);
  return { valid: valid, errors: ajv.errors, text: ajv.errorsText() };
}
