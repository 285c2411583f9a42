#!/usr/bin/env node
// Regenerates tests/vectors/ajv.json (Ajv 6.12.5 through `require('ajv')`, and
// `pm.expect(...).to.have.jsonSchema(...)` of chai-postman 2.0.1, which validates with that Ajv)
// and tests/vectors/tv4.json (tv4 1.3.0, `require('tv4')` and the legacy global `tv4`) from the
// real libraries, as postman-sandbox 4.7.1 bundles them.
//
//   mkdir /tmp/s && cd /tmp/s && npm install ajv@6.12.5 tv4@1.3.0 chai@4.4.1 chai-postman@2.0.1 \
//     postman-collection@4.4.0 lodash@4.17.21
//   node tests/vectors/gen/schema.js /tmp/s/node_modules [out dir]
//
// Snippets run in order against one instance of each library (as in one courier run), so
// tv4 snippets that register schemas use their own URIs. tv4 errors carry an engine-specific
// `stack`; snippets drop it before returning them. Errors are kept only when the library throws
// them itself (engine TypeErrors differ between engines).
'use strict';
const path = require('path');
const fs = require('fs');

const modules = process.argv[2] || process.env.SCHEMA_NODE_MODULES;
if (!modules) throw new Error('usage: node schema.js <node_modules dir with ajv@6.12.5, tv4@1.3.0, chai, chai-postman>');
const outDir = process.argv[3] || path.join(__dirname, '..');
const mod = (name) => require(path.join(path.resolve(modules), name));
const Ajv = mod('ajv');
const tv4 = mod('tv4');
const chai = mod('chai');
if (mod('ajv/package.json').version !== '6.12.5') throw new Error('need ajv@6.12.5');
if (mod('tv4/package.json').version !== '1.3.0') throw new Error('need tv4@1.3.0');
chai.use(mod('chai-postman')(mod('postman-collection'), mod('lodash'), Ajv));
const pm = { expect: chai.expect };

// Scripts are sloppy code in the sandbox.
// eslint-disable-next-line no-new-func
const sloppyEval = new Function('require', 'pm', 'tv4', '__code', 'return eval(__code);');
function sandboxRequire(name) {
  if (name === 'ajv') return Ajv;
  if (name === 'tv4') return tv4;
  throw new Error('unexpected require ' + name);
}

function evaluate(code) {
  try {
    const v = sloppyEval(sandboxRequire, pm, tv4, code);
    const j = JSON.stringify(v === undefined ? null : v);
    return { code, result: j === undefined ? null : JSON.parse(j) };
  } catch (e) {
    if (e instanceof TypeError || e instanceof ReferenceError) throw new Error('engine error in ' + code + ': ' + e.message);
    return { code, throws: String(e && e.message !== undefined ? e.message : e) };
  }
}

const q = JSON.stringify;

// ------------------------------------------------------------------ Ajv

const ajvSpecs = [];
function add() { for (const code of arguments) ajvSpecs.push(code); }

// [valid, errors] of ajv.validate(schema, data) with `opts`.
function v(schema, data, opts) {
  return "var Ajv = require('ajv'); var ajv = new Ajv(" + q(Object.assign({ logger: false }, opts || {})) + '); ' +
    '[ajv.validate(' + q(schema) + ', ' + q(data) + '), ajv.errors]';
}
// The same with every option set this suite cares about.
const OPTION_SETS = [{}, { allErrors: true }, { jsonPointers: true }, { allErrors: true, verbose: true }];
function vAll(schema, data) { OPTION_SETS.forEach((o) => add(v(schema, data, o))); }

// keyword by keyword, valid and invalid
const keywordCases = [
  [{ type: 'string' }, ['a', 1, null]],
  [{ type: 'integer' }, [1, 1.5, '1']],
  [{ type: 'number' }, [1.5, '1.5', true]],
  [{ type: 'null' }, [null, 0]],
  [{ type: 'boolean' }, [false, 'false']],
  [{ type: 'array' }, [[], {}]],
  [{ type: 'object' }, [{}, [], null]],
  [{ type: ['string', 'null'] }, ['x', null, 3]],
  [{ type: ['integer', 'boolean'] }, [2, 2.5]],
  [{ enum: [1, 'a', null, { b: [1] }] }, [1, { b: [1] }, { b: [2] }, 'b']],
  [{ const: { a: [1, 2] } }, [{ a: [1, 2] }, { a: [2, 1] }]],
  [{ const: null }, [null, 0]],
  [{ multipleOf: 3 }, [9, 10, 'x']],
  [{ multipleOf: 0.01 }, [0.07, 1.1, 0.3]],
  [{ multipleOf: 0.5 }, [2.5, 2.25]],
  [{ maximum: 5 }, [5, 6, '7']],
  [{ exclusiveMaximum: 5 }, [4.9, 5]],
  [{ maximum: 5, exclusiveMaximum: 5 }, [4, 5]],
  [{ maximum: 5, exclusiveMaximum: 6 }, [5, 5.5]],
  [{ maximum: 7, exclusiveMaximum: 6 }, [6]],
  [{ minimum: 2 }, [2, 1, -1]],
  [{ exclusiveMinimum: 2 }, [2, 3]],
  [{ minimum: 2, exclusiveMinimum: 1 }, [1.5]],
  [{ minimum: 2, exclusiveMinimum: 3 }, [3]],
  [{ maxLength: 3 }, ['abc', 'abcd', '😀😀😀', '😀😀😀😀']],
  [{ minLength: 2 }, ['ab', 'a', '😀', '']],
  [{ pattern: '^[a-z]+$' }, ['abc', 'aB1']],
  [{ pattern: '\\d{3}' }, ['x123', '12']],
  [{ items: { type: 'integer' } }, [[1, 2], [1, 'a', 2.5]]],
  [{ items: [{ type: 'string' }, { type: 'number' }] }, [['a', 1, true], [1, 'a']]],
  [{ items: [{ type: 'string' }], additionalItems: false }, [['a'], ['a', 'b', 'c']]],
  [{ items: [{}, {}], additionalItems: { type: 'boolean' } }, [[1, 2, true], [1, 2, true, 'x', 3]]],
  [{ maxItems: 2 }, [[1, 2], [1, 2, 3]]],
  [{ minItems: 2 }, [[1, 2], [1]]],
  [{ uniqueItems: true }, [[1, 2, 3], [1, 2, 1], [{ a: 1 }, { a: 1 }], [[1], [1]]]],
  [{ items: { type: 'number' }, uniqueItems: true }, [[1, 2, 1, 2], [3, 3]]],
  [{ items: { type: ['string', 'number'] }, uniqueItems: true }, [['1', 1], ['1', 2, '1']]],
  [{ contains: { type: 'string' } }, [[1, 'a'], [1, 2], []]],
  [{ contains: { minimum: 5 } }, [[1, 6], [1, 2]]],
  [{ maxProperties: 1 }, [{ a: 1 }, { a: 1, b: 2 }]],
  [{ minProperties: 2 }, [{ a: 1, b: 2 }, { a: 1 }]],
  [{ required: ['id', 'name'] }, [{ id: 1, name: 'x' }, { id: 1 }, {}, []]],
  [{ required: ['a-b', "it's", 'c d'] }, [{}]],
  [{ properties: { a: { type: 'string' }, 'b-c': { type: 'number' } } }, [{ a: 'x', 'b-c': 1 }, { a: 1 }, { 'b-c': 'x' }]],
  [{ properties: { a: { type: 'string' } }, required: ['a'] }, [{}, { a: 2 }]],
  [{ patternProperties: { '^x-': { type: 'string' }, '\\d$': { type: 'number' } } }, [{ 'x-a': 'v', b1: 2 }, { 'x-1': 'v' }, { 'x-b': 3 }]],
  [{ additionalProperties: false }, [{}, { a: 1 }]],
  [{ properties: { a: {} }, additionalProperties: false }, [{ a: 1 }, { a: 1, b: 2, c: 3 }]],
  [{ properties: { a: {} }, additionalProperties: { type: 'number' } }, [{ a: 'x', b: 2 }, { b: 'x', 'c d': 'y' }]],
  [{ patternProperties: { '^a': {} }, additionalProperties: false }, [{ ab: 1, b: 2 }]],
  [{ dependencies: { a: ['b'] } }, [{ a: 1, b: 2 }, { a: 1 }, { b: 1 }]],
  [{ dependencies: { a: ['b', 'c'] } }, [{ a: 1 }, { a: 1, b: 1 }]],
  [{ dependencies: { a: { required: ['c'] } } }, [{ a: 1, c: 1 }, { a: 1 }]],
  [{ propertyNames: { maxLength: 3 } }, [{ abc: 1 }, { abcd: 1, x: 2, efghi: 3 }]],
  [{ propertyNames: { pattern: '^[a-z]+$' } }, [{ 'A-B': 1 }]],
  [{ propertyNames: false }, [{}, { a: 1 }]],
  [{ if: { type: 'string' }, then: { minLength: 2 }, else: { minimum: 10 } }, ['ab', 'a', 10, 5]],
  [{ if: { properties: { a: { const: 1 } } }, then: { required: ['b'] } }, [{ a: 1 }, { a: 2 }]],
  [{ if: { minimum: 5 }, else: { multipleOf: 2 } }, [3, 4, 7]],
  [{ allOf: [{ type: 'number' }, { minimum: 3 }] }, [4, 2, 'x']],
  [{ anyOf: [{ type: 'string' }, { type: 'number', minimum: 5 }] }, ['a', 6, 3, null]],
  [{ oneOf: [{ type: 'integer' }, { minimum: 2 }] }, [1, 2.5, 3, 1.5]],
  [{ oneOf: [{ type: 'string' }, { maxLength: 3 }, { minLength: 1 }] }, ['ab', 5]],
  [{ not: { type: 'string' } }, [1, 'a']],
  [{ not: {} }, [1]],
  [true, [1]],
  [false, [1]],
  [{ properties: { a: false, b: true } }, [{ b: 1 }, { a: 1 }]],
  [{ items: false }, [[], [1]]],
  [{}, [{ anything: [1] }]],
  [{ type: 'object', properties: { user: { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } } } } },
    [{ user: { id: 1, tags: ['a'] } }, { user: { tags: ['a', 2] } }, { user: { id: 'x', tags: [1] } }]]
];
keywordCases.forEach(([schema, values]) => values.forEach((d) => vAll(schema, d)));

// nested composites decide which error comes first
[
  [{ anyOf: [{ properties: { a: { type: 'string' } } }, { required: ['b'] }] }, { a: 1 }],
  [{ properties: { x: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'number' } }] } } }, { x: [1, 'a'] }],
  [{ oneOf: [{ not: { type: 'number' } }, { allOf: [{ minimum: 2 }, { maximum: 1 }] }] }, 5],
  [{ type: ['number', 'string'], enum: [1, 'a'], const: 'a' }, true],
  [{ anyOf: [{ type: ['number', 'string'], enum: [1, 'a'], const: 'a' }, { type: 'null' }] }, true],
  [{ anyOf: [{ type: 'string', minLength: 2, enum: ['x'] }, { type: 'integer', maximum: 0 }] }, 'y'],
  [{ allOf: [{ required: ['a'] }, { required: ['b'] }], properties: { a: { type: 'string' } } }, { a: 1 }],
  [{ items: { anyOf: [{ type: 'string' }, { type: 'object', required: ['k'] }] } }, ['a', {}, 3]],
  [{ contains: { type: 'object', required: ['id'] } }, [{}, { x: 1 }]],
  [{ if: { type: 'object' }, then: { properties: { a: { type: 'string', maxLength: 1 } } } }, { a: 'abc' }]
].forEach(([schema, d]) => vAll(schema, d));

// $ref and definitions
const defs = {
  definitions: {
    pos: { type: 'integer', minimum: 1 },
    node: { type: 'object', required: ['value'], properties: { value: { $ref: '#/definitions/pos' }, children: { type: 'array', items: { $ref: '#/definitions/node' } } } },
    'a b': { type: 'string' },
    'x/y': { type: 'boolean' }
  }
};
[
  [Object.assign({ $ref: '#/definitions/pos' }, defs), [3, 0, 'a']],
  [Object.assign({ $ref: '#/definitions/node' }, defs), [{ value: 1, children: [{ value: 2 }] }, { value: 1, children: [{ value: 0 }] }, { children: [{}] }]],
  [Object.assign({ properties: { a: { $ref: '#/definitions/a%20b' }, b: { $ref: '#/definitions/x~1y' } } }, defs), [{ a: 'x', b: true }, { a: 1, b: 'no' }]],
  [{ type: 'object', properties: { child: { $ref: '#' }, n: { type: 'number' } } }, [{ child: { child: { n: 1 } } }, { child: { child: { n: 'x' } } }]],
  [{ $ref: '#/definitions/pos', type: 'string', definitions: { pos: { minimum: 1 } } }, [0, 'a']],
  [{ $id: 'http://example.com/root.json', definitions: { a: { $id: '#foo', type: 'number' } }, properties: { x: { $ref: '#foo' } } }, [{ x: 1 }, { x: 'y' }]],
  [{ $id: 'http://example.com/root.json', definitions: { a: { $id: 'item.json', type: 'string' } }, items: { $ref: 'item.json' } }, [['a'], ['a', 2]]],
  [{ $id: 'http://example.com/a/b.json', definitions: { c: { $id: 'c.json', definitions: { d: { type: 'null' } } } }, $ref: 'c.json#/definitions/d' }, [null, 1]]
].forEach(([schema, values]) => values.forEach((d) => vAll(schema, d)));
add(v({ $ref: '#/definitions/missing' }, 1));
add(v({ properties: { a: { $ref: 'other.json' } } }, { a: 1 }));
add(v({ properties: { a: { $ref: 'other.json' } } }, { a: 1 }, { missingRefs: 'ignore' }));
add(v({ properties: { a: { $ref: 'other.json#/x' } } }, { a: 1 }, { missingRefs: 'fail' }));
add(v({ properties: { a: { $ref: 'other.json#/x' } } }, { a: 1 }, { missingRefs: 'fail', allErrors: true }));
add(v({ $ref: '#/definitions/a', definitions: { a: { $ref: '#/definitions/b' }, b: { type: 'string' } } }, 1));
add(v({ $ref: '#/definitions/a', definitions: { a: { $ref: '#/definitions/b' }, b: { type: 'string' } } }, 1, { inlineRefs: false }));
add(v({ properties: { a: { $ref: '#/definitions/s', maxLength: 2 } }, definitions: { s: { type: 'string' } } }, { a: 'abcd' }));
add(v({ properties: { a: { $ref: '#/definitions/s', maxLength: 2 } }, definitions: { s: { type: 'string' } } }, { a: 'abcd' }, { extendRefs: true }));
add(v({ properties: { a: { $ref: '#/definitions/s', maxLength: 2 } }, definitions: { s: { type: 'string' } } }, { a: 'abcd' }, { extendRefs: 'fail' }));

// added schemas, keys and ids
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addSchema({ $id: 'http://x.com/defs.json', definitions: { int: { type: 'integer' } } }); " +
  "[ajv.validate({ properties: { n: { $ref: 'http://x.com/defs.json#/definitions/int' } } }, { n: 1.5 }), ajv.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addSchema({ type: 'string', maxLength: 2 }, 'short'); " +
  "[ajv.validate('short', 'abc'), ajv.errors, ajv.validate({ items: { $ref: 'short' } }, ['ab', 'abc']), ajv.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addSchema([{ $id: 'a', type: 'number' }, { $id: 'b', items: { $ref: 'a' } }]); " +
  "[ajv.validate('b', [1, 'x']), ajv.errors, typeof ajv.getSchema('a'), ajv.getSchema('c')]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addSchema({ type: 'string' }, 'k'); ajv.addSchema({ type: 'number' }, 'k')");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.validate('nothing', 1)");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addSchema({ $id: 'http://x.com/s', definitions: { a: { type: 'boolean' } } }); " +
  "var f = ajv.getSchema('http://x.com/s#/definitions/a'); [f(true), f(1), f.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addSchema({ $id: 'http://x.com/s', type: 'string' }); ajv.removeSchema('http://x.com/s'); [ajv.getSchema('http://x.com/s')]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); var s = { $id: 'dup', type: 'string' }; ajv.compile(s); ajv.compile({ $id: 'dup', type: 'number' })");
add("var Ajv = require('ajv'); var ajv = new Ajv(); var s = { type: 'string' }; var a = ajv.compile(s); var b = ajv.compile({ type: 'string' }); [a === b, a.schema, a.errors]");
add("var Ajv = require('ajv'); var ajv = Ajv({ allErrors: true }); var f = ajv.compile({ required: ['a', 'b'] }); [f({}), f.errors, f({ a: 1, b: 2 }), f.errors, ajv.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.validate({ type: 'number' }, 'x'); var e1 = ajv.errorsText(); ajv.validate({ type: 'number' }, 1); [e1, ajv.errorsText(), ajv.errors]");

// meta-schema: invalid schemas and $schema
[
  { type: 'strin' }, { type: ['string', 'string'] }, { minLength: -1 }, { maxLength: 1.5 }, { required: 'a' },
  { required: ['a', 'a'] }, { properties: { a: 5 } }, { items: [1] }, { enum: [] }, { pattern: '(' },
  { patternProperties: { '(': {} } }, { multipleOf: 0 }, { maximum: '5' }, { exclusiveMaximum: true },
  { allOf: [] }, { anyOf: {} }, { dependencies: { a: 5 } }, { $ref: 5 }, { format: 5 }, { additionalItems: 'no' },
  { definitions: { a: { type: 1 } } }, { not: [] }, { $schema: 5 }, { if: 1 }
].forEach((schema) => {
  add(v(schema, 1));
  add(v(schema, 1, { allErrors: true }));
});
add(v({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'string' }, 1));
add(v({ $schema: 'http://json-schema.org/draft-07/schema', type: 'string' }, 'x'));
add(v({ $schema: 'http://json-schema.org/schema#', type: 'string' }, 1));
add(v({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'string' }, 'x'));
add(v({ $schema: 'http://json-schema.org/draft-06/schema#', type: 'string' }, 'x'));
add(v({ type: 'strin' }, 1, { validateSchema: false }));
add(v({ maximum: '5' }, 1, { validateSchema: false }));
add(v({ minLength: 'x' }, 'a', { validateSchema: false }));
add(v({ exclusiveMaximum: true, maximum: 5 }, 5, { validateSchema: false }));
add(v({ exclusiveMinimum: false, minimum: 5 }, 5, { validateSchema: false }));
add("var Ajv = require('ajv'); var ajv = new Ajv(); [ajv.validateSchema({ type: 'foo' }), ajv.errorsText(), ajv.validateSchema({ type: 'string' }), ajv.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.validateSchema({ $schema: 3 })");

// formats
const formatCases = {
  date: ['2020-01-31', '2020-02-30', '2020-13-01', '20-01-01', '2020-1-01', '2019-02-29', '2020-02-29'],
  time: ['12:34:56', '12:34:56.789Z', '23:59:60', '24:00:00', '12:34:56+01:00', '12:60:00', '12:34', '12:34:56 '],
  'date-time': ['2020-01-01T12:00:00Z', '2020-01-01t12:00:00.5+01:00', '2020-01-01 12:00:00Z', '2020-01-01T12:00:00', '2020-02-31T00:00:00Z', 'x'],
  uri: ['http://example.com/a?b#c', 'urn:isbn:123', 'example.com', 'http://a b', 'mailto:x@y.z', 'http://[::1]:80/', 'a:b', '//x'],
  'uri-reference': ['/a/b', '#frag', 'http://x.com', 'a b', '\\\\x', '', '../x?y'],
  'uri-template': ['http://x.com/{id}', '/a/{+b}{?c,d}', '{', '/a/{x:3}'],
  url: ['http://example.com', 'https://a.b.co/x?y', 'ftp://1.2.3.4', 'http://localhost', 'http://10.0.0.1', 'example.com'],
  email: ['a@b.co', 'a.b+c@d-e.f', 'a@b', '@b.c', 'a b@c.d', 'a@b..c'],
  hostname: ['example.com', 'a-b.c', '-a.com', 'a'.repeat(64) + '.com', 'localhost', 'x_y.com'],
  ipv4: ['192.168.0.1', '256.1.1.1', '1.2.3', '01.02.03.004', '1.2.3.4.5'],
  ipv6: ['::1', '2001:db8::8a2e:370:7334', '1:2:3:4:5:6:7:8', '1::2::3', ':::', '::ffff:1.2.3.4', 'fe80::1%eth0', 'g::1'],
  regex: ['^a+$', '(', '[a-', 'a\\Z', '\\d'],
  uuid: ['123e4567-e89b-12d3-a456-426614174000', 'urn:uuid:123e4567-e89b-12d3-a456-426614174000', '123e4567e89b12d3a456426614174000', 'g23e4567-e89b-12d3-a456-426614174000'],
  'json-pointer': ['', '/a/b', '/a~0b~1c', 'a', '/a~2'],
  'json-pointer-uri-fragment': ['#', '#/a/b%20c', '#/a b', '/a'],
  'relative-json-pointer': ['0', '1/a', '2#', '01', '-1']
};
Object.keys(formatCases).forEach((name) => {
  formatCases[name].forEach((s) => {
    add(v({ format: name }, s));
    add(v({ format: name }, s, { format: 'full' }));
  });
});
add(v({ format: 'email' }, 5));
add(v({ format: 'unknown-format' }, 'x'));
add(v({ properties: { a: { format: 'unknown-format' } } }, { a: 'x' }));
add(v({ format: 'unknown-format' }, 'x', { unknownFormats: 'ignore' }));
add(v({ format: 'unknown-format' }, 'x', { unknownFormats: ['unknown-format'] }));
add(v({ format: 'email' }, 'x', { format: false }));
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addFormat('even', function (s) { return s.length % 2 === 0; }); " +
  "[ajv.validate({ format: 'even' }, 'ab'), ajv.validate({ format: 'even' }, 'abc'), ajv.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addFormat('abc', '^abc'); ajv.addFormat('re', /x$/); " +
  "[ajv.validate({ format: 'abc' }, 'abcd'), ajv.validate({ format: 'abc' }, 'dabc'), ajv.validate({ format: 're' }, 'ax'), ajv.validate({ format: 're' }, 'xa')]");
add("var Ajv = require('ajv'); var ajv = new Ajv({ formats: { odd: { type: 'number', validate: function (n) { return n % 2 === 1; } } } }); " +
  "[ajv.validate({ format: 'odd' }, 3), ajv.validate({ format: 'odd' }, 4), ajv.errors, ajv.validate({ format: 'odd' }, 'x')]");

// errorsText
add("var Ajv = require('ajv'); var ajv = new Ajv({ allErrors: true }); ajv.validate({ properties: { a: { type: 'string' }, b: { minimum: 3 } } }, { a: 1, b: 2 }); " +
  "[ajv.errorsText(), ajv.errorsText(ajv.errors, { separator: ' | ', dataVar: 'body' }), ajv.errorsText(null), ajv.errorsText([]), ajv.errorsText(ajv.errors, { separator: '' }), ajv.errorsText(ajv.errors, { dataVar: '' })]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); [ajv.errorsText(), ajv.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv({ jsonPointers: true, allErrors: true }); ajv.validate({ items: { properties: { 'a/b': { type: 'string' }, 'c~d': { type: 'string' } } } }, [{ 'a/b': 1, 'c~d': 2 }]); ajv.errorsText()");

// options
add(v({ type: 'string', nullable: true }, null, { nullable: true }));
add(v({ type: 'string', nullable: true }, 1, { nullable: true }));
add(v({ type: ['string', 'number'], nullable: true }, true, { nullable: true }));
add(v({ type: 'string', nullable: 'yes' }, null, { nullable: true }));
add(v({ type: 'string', nullable: true }, null));
[
  [{ type: 'number' }, ['5', 'x', true, null]],
  [{ type: 'integer' }, ['5', '5.5']],
  [{ type: 'boolean' }, ['true', 0, 'yes']],
  [{ type: 'string' }, [5, false, null, {}]],
  [{ type: 'null' }, ['', 0, 'x']],
  [{ type: ['number', 'boolean'] }, ['true', '2']],
  [{ properties: { a: { type: 'number' }, b: { type: 'string' } } }, [{ a: '1', b: 2 }]]
].forEach(([schema, values]) => values.forEach((d) => {
  add("var Ajv = require('ajv'); var ajv = new Ajv({ coerceTypes: true }); var data = " + q({ v: d }) + '; ' +
    '[ajv.validate(' + q({ properties: { v: schema } }) + ', data), ajv.errors, data]');
}));
add("var Ajv = require('ajv'); var ajv = new Ajv({ coerceTypes: 'array' }); var data = { a: 'x', b: [5], c: ['1'] }; " +
  "[ajv.validate({ properties: { a: { type: 'array', items: { type: 'string' } }, b: { type: 'number' }, c: { type: 'integer' } } }, data), ajv.errors, data]");
add("var Ajv = require('ajv'); var ajv = new Ajv({ useDefaults: true }); var data = { a: null }; " +
  "[ajv.validate({ properties: { a: { default: 1 }, b: { default: [1] }, c: { type: 'object', default: {}, properties: { d: { default: 'x' } } } } }, data), data]");
add("var Ajv = require('ajv'); var ajv = new Ajv({ useDefaults: 'empty' }); var data = { a: null, b: '' }; " +
  "[ajv.validate({ properties: { a: { default: 1 }, b: { default: 2 } } }, data), data]");
add("var Ajv = require('ajv'); var ajv = new Ajv({ useDefaults: true }); var data = [1]; " +
  "[ajv.validate({ items: [{}, { default: 'two' }, { default: 3 }] }, data), data]");
add("var Ajv = require('ajv'); var ajv = new Ajv({ useDefaults: true }); var data = {}; " +
  "[ajv.validate({ anyOf: [{ properties: { a: { default: 1 } } }] }, data), data]");
[true, 'all', 'failing'].forEach((mode) => {
  add("var Ajv = require('ajv'); var ajv = new Ajv({ removeAdditional: " + q(mode) + " }); var data = { a: 1, b: 'x', c: 3 }; " +
    "[ajv.validate({ properties: { a: { type: 'number' } }, additionalProperties: false }, data), data]");
  add("var Ajv = require('ajv'); var ajv = new Ajv({ removeAdditional: " + q(mode) + " }); var data = { a: 1, b: 'x', c: 3 }; " +
    "[ajv.validate({ properties: { a: { type: 'number' } }, additionalProperties: { type: 'string' } }, data), ajv.errors, data]");
});
add(v({ properties: { a: { type: 'string' } }, required: ['b'], additionalProperties: false }, { a: 1, c: 2 }, { errorDataPath: 'property', allErrors: true }));
add(v({ required: ['b', 'c'], dependencies: { a: ['d'] } }, { a: 1 }, { errorDataPath: 'property' }));
add(v({ minLength: 2 }, '😀', { unicode: false }));
add(v({ multipleOf: 0.01 }, 0.07, { multipleOfPrecision: 8 }));
add(v({ uniqueItems: true }, [1, 1], { uniqueItems: false }));
add(v({ type: 'string', foo: 1 }, 'x', { strictKeywords: true }));
add(v({ type: 'string', foo: 1 }, 'x', { strictKeywords: 'log', logger: false }));
add(v({ required: ['a', 'b', 'c'] }, { b: 1 }, { loopRequired: 2 }));
add(v({ required: ['a', 'b', 'c'] }, { b: 1 }, { loopRequired: 2, allErrors: true }));
add(v({ type: 'number' }, 1, { messages: false }));
add(v({ type: 'number' }, 'x', { messages: false }));
add(v({ id: 'x', type: 'number' }, 'x', { schemaId: 'id' }));
add(v({ $id: 'a', id: 'b', type: 'number' }, 'x', { schemaId: 'auto' }));
add("var Ajv = require('ajv'); new Ajv({ logger: { log: 1 } })");

// custom keywords
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addKeyword('range', { type: 'number', validate: function (s, d) { return d >= s[0] && d <= s[1]; } }); " +
  "[ajv.validate({ range: [2, 4] }, 3), ajv.validate({ range: [2, 4] }, 5), ajv.errors, ajv.validate({ range: [2, 4] }, 'x')]");
add("var Ajv = require('ajv'); var ajv = new Ajv({ allErrors: true }); ajv.addKeyword('even', { validate: function f(s, d) { f.errors = [{ keyword: 'even', message: 'must be even', params: {} }]; return d % 2 === 0; } }); " +
  "[ajv.validate({ properties: { n: { even: true } } }, { n: 3 }), ajv.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addKeyword('max2', { compile: function (s) { return function (d) { return d.length <= s; }; }, errors: false }); " +
  "[ajv.validate({ max2: 2 }, 'ab'), ajv.validate({ max2: 2 }, 'abc'), ajv.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addKeyword('positive', { macro: function () { return { minimum: 0, exclusiveMinimum: 0 }; } }); " +
  "[ajv.validate({ positive: true }, 1), ajv.validate({ positive: true }, 0), ajv.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addKeyword('type', {})");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addKeyword('1bad', {})");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addKeyword('k', { type: 'foo' })");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addKeyword('k', { metaSchema: { type: 'string' }, validate: function () { return true; } }); ajv.validate({ k: 5 }, 1)");
add("var Ajv = require('ajv'); var ajv = new Ajv(); ajv.addKeyword('k', { validate: function () { return true; } }); " +
  "[ajv.getKeyword('k') !== false, ajv.getKeyword('type'), ajv.getKeyword('nope'), ajv.removeKeyword('k') === ajv, ajv.getKeyword('k')]");

// wrong argument types (Ajv's own checks)
add("var Ajv = require('ajv'); new Ajv().validate(5, 1)");
add("var Ajv = require('ajv'); new Ajv().compile('x')");
add("var Ajv = require('ajv'); new Ajv().addSchema({ $id: 5 })");
add("var Ajv = require('ajv'); [new Ajv().validate(true, 1), new Ajv().validate(false, 1)]");
add("var Ajv = require('ajv'); typeof Ajv.MissingRefError + typeof Ajv.ValidationError");
add("var Ajv = require('ajv'); try { new Ajv().compile({ $ref: 'nowhere.json' }); } catch (e) { [e instanceof Ajv.MissingRefError, e.message, e.missingRef, e.missingSchema]; }");

add("var Ajv = require('ajv'); var ajv = new Ajv(); [typeof ajv.getSchema('http://json-schema.org/draft-07/schema'), ajv.validate('http://json-schema.org/draft-07/schema#', { type: 'foo' }), ajv.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv(); [ajv.validate('http://json-schema.org/schema', { minimum: 'x' }), ajv.errorsText()]");
add("var Ajv = require('ajv'); var ajv = new Ajv({ meta: false }); [ajv.validate({ type: 'foo' }, 1), ajv.errors]");
add("var Ajv = require('ajv'); var ajv = new Ajv({ validateSchema: 'log', logger: false }); [ajv.validate({ type: 'string', minLength: -1 }, 'x'), ajv.errors]");
add(v({ type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string', minLength: 1 }, email: { type: 'string', format: 'email' }, role: { enum: ['admin', 'user'] } }, required: ['id', 'name', 'email'], additionalProperties: false },
  { id: '7', name: '', email: 'nope', role: 'root', extra: 1 }, { allErrors: true }));
add(v({ type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'number' } } } }, [{ id: 1 }, { id: 'x' }, {}], { allErrors: true }));
// the newman-sandbox-libraries collection
add("var Ajv = require('ajv'); var schema = { properties: { alpha: { type: 'boolean' } } }; var ajv = new Ajv({ logger: false }); " +
  "[ajv.validate(schema, { alpha: true }), ajv.validate(schema, { alpha: 123 }), ajv.errors]");
add("var Ajv = require('ajv'); var schema = { properties: { alpha: { type: 'boolean' } } }; var validate = new Ajv({ logger: false }).compile(schema); " +
  "[validate({ alpha: true }), validate({ alpha: 123 }), validate.errors]");

// pm.expect(...).to.have.jsonSchema (chai-postman): 'ok' or the error
function js(target, schema, opts, negate) {
  return '(function () { try { pm.expect(' + q(target) + ')' + (negate ? '.to.not.have' : '.to.have') + '.jsonSchema(' + q(schema) +
    (opts ? ', ' + q(opts) : '') + "); return 'ok'; } catch (e) { return e.name + ': ' + e.message; } })()";
}
[
  [{ alpha: true }, { properties: { alpha: { type: 'boolean' } } }],
  [{ alpha: 123 }, { properties: { alpha: { type: 'boolean' } } }],
  ['POSTMAN', { type: 'string' }],
  [123, { type: 'string' }],
  [{ a: 1, b: 'x' }, { type: 'object', required: ['c', 'd'], properties: { a: { type: 'string' }, b: { type: 'number' } } }],
  [[1, 'a', null], { items: { type: 'number' }, maxItems: 2 }],
  [{ a: 1 }, { additionalProperties: false }],
  [{ a: { b: [1, 2] } }, { properties: { a: { properties: { b: { items: { minimum: 2 } } } } } }],
  [{ a: 1 }, { type: 'strin' }],
  [{ a: 'x' }, { properties: { a: { format: 'nope' } } }],
  [{ a: 'x' }, { $schema: 'http://json-schema.org/draft-04/schema#', properties: { a: { type: 'number' } } }],
  [{ a: 'x' }, { anyOf: [{ required: ['b'] }, { properties: { a: { type: 'number' } } }] }]
].forEach(([target, schema]) => {
  add(js(target, schema));
  add(js(target, schema, null, true));
});
add(js({ a: 1, b: 2 }, { required: ['c', 'd'] }, { allErrors: false }));
add(js({ a: [1] }, { properties: { a: { items: { type: 'string' } } } }, { jsonPointers: true }));
add(js({ a: 1 }, { properties: { a: { type: 'string' } } }, { verbose: true }));
add("(function () { try { pm.expect({ a: 1 }).to.have.jsonSchema('x'); return 'ok'; } catch (e) { return e.name + ': ' + e.message; } })()");

// broad random coverage: deterministic pseudo-random schemas and data
{
  let seed = 20240601;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const pick = (a) => a[rnd(a.length)];
  const KEYS = ['a', 'b', 'c', 'x-y', '0', "q'r"];
  const TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'];
  const uniq = (a) => a.filter((t, i) => a.indexOf(t) === i);
  const data = (d) => {
    const k = rnd(d > 2 ? 6 : 9);
    if (k === 0) return pick([0, 1, 2, 3, 5, 7.5, -1, 10, 0.1]);
    if (k === 1) return pick(['', 'a', 'ab', 'abc', 'x@y.com', '2020-01-01', '12']);
    if (k === 2) return pick([true, false]);
    if (k === 3) return null;
    if (k === 4 || k === 5) return pick([1, 'a', 2, 'b']);
    if (k < 8) return Array.from({ length: rnd(5) }, () => data(d + 1));
    const o = {};
    for (let j = rnd(5); j > 0; j--) o[pick(KEYS)] = data(d + 1);
    return o;
  };
  const schema = (d) => {
    if (rnd(10) === 0) return pick([true, false]);
    const s = {};
    for (let i = 1 + rnd(d > 1 ? 2 : 4); i > 0; i--) {
      const kw = rnd(34);
      const sub = () => (d < 3 ? schema(d + 1) : { type: pick(TYPES) });
      if (kw < 3) s.type = rnd(4) ? pick(TYPES) : uniq([pick(TYPES), pick(TYPES)]);
      else if (kw === 3) s.enum = [data(3), data(3)];
      else if (kw === 4) s.const = data(3);
      else if (kw === 5) s.minimum = pick([0, 2, 5]);
      else if (kw === 6) s.maximum = pick([3, 5, 10]);
      else if (kw === 7) s.multipleOf = pick([2, 0.5, 3]);
      else if (kw === 8) s.minLength = pick([1, 2, 3]);
      else if (kw === 9) s.maxLength = pick([1, 2, 3]);
      else if (kw === 10) s.pattern = pick(['^a', 'b$', '\\d']);
      else if (kw === 11) s.format = pick(['email', 'date', 'ipv4']);
      else if (kw < 14) {
        s.items = rnd(2) ? sub() : [sub(), sub()];
        if (rnd(2)) s.additionalItems = rnd(2) ? false : sub();
      } else if (kw === 14) s.minItems = pick([1, 2]);
      else if (kw === 15) s.uniqueItems = true;
      else if (kw === 16) s.contains = sub();
      else if (kw === 17) s.maxProperties = pick([1, 2]);
      else if (kw < 20) s.required = uniq([pick(KEYS), pick(KEYS)]);
      else if (kw < 23) {
        s.properties = {};
        for (let j = 1 + rnd(3); j > 0; j--) s.properties[pick(KEYS)] = sub();
      } else if (kw === 23) s.patternProperties = { [pick(['^a', 'b', '^x-'])]: sub() };
      else if (kw === 24) s.additionalProperties = rnd(2) ? false : sub();
      else if (kw === 25) s.dependencies = { [pick(KEYS)]: rnd(2) ? uniq([pick(KEYS), pick(KEYS)]) : sub() };
      else if (kw === 26) s.propertyNames = sub();
      else if (kw === 27) {
        s.if = sub();
        if (rnd(3)) s.then = sub();
        if (rnd(3)) s.else = sub();
      } else if (kw === 28) s.allOf = [sub(), sub()];
      else if (kw < 31) s.anyOf = [sub(), sub()];
      else if (kw < 33) s.oneOf = [sub(), sub(), sub()].slice(0, 2 + rnd(2));
      else s.not = sub();
    }
    return s;
  };
  const optionSets = [{}, { allErrors: true }, { jsonPointers: true }, { allErrors: true, jsonPointers: true }];
  let made = 0;
  while (made < 240) {
    const s = schema(0);
    const o = pick(optionSets);
    const d = data(0);
    const r = evaluate(v(s, d, o));
    // keep mostly failing cases: they exercise the error objects and their order
    if (r.result && r.result[0] === true && rnd(4)) continue;
    add(v(s, d, o));
    made++;
  }
}

// ------------------------------------------------------------------ tv4

const tv4Specs = [];
function t() { for (const code of arguments) tv4Specs.push(code); }
const STRIP = "function (k, v) { return k === 'stack' ? undefined : v; }";
function clean(expr) { return 'JSON.parse(JSON.stringify(' + expr + ', ' + STRIP + '))'; }
// tv4.validate -> [valid, error, missing]
function tv(schema, data, extra) {
  return 'var ok = tv4.validate(' + q(data) + ', ' + q(schema) + (extra || '') + '); [ok, ' + clean('tv4.error') + ', tv4.missing]';
}
function tm(schema, data, extra) {
  return clean('tv4.validateMultiple(' + q(data) + ', ' + q(schema) + (extra || '') + ')');
}
const tv4Cases = [
  [{ type: 'string' }, ['a', 1, null, [], {}]],
  [{ type: 'integer' }, [1, 1.5]],
  [{ type: ['string', 'null'] }, [null, true]],
  [{ enum: [1, 'a', { b: 1 }] }, [{ b: 1 }, { b: 2 }, 'x']],
  [{ multipleOf: 3 }, [9, 10]],
  [{ divisibleBy: 0.1 }, [0.3, 0.35]],
  [{ minimum: 2 }, [2, 1]],
  [{ minimum: 2, exclusiveMinimum: true }, [2, 3]],
  [{ maximum: 5 }, [6]],
  [{ maximum: 5, exclusiveMaximum: true }, [5]],
  [{ minLength: 2 }, ['a', '😀']],
  [{ maxLength: 2 }, ['abc']],
  [{ pattern: '^a' }, ['ab', 'ba']],
  [{ pattern: '/^A/i' }, ['ab', 'ba']],
  [{ minItems: 2 }, [[1]]],
  [{ maxItems: 1 }, [[1, 2]]],
  [{ uniqueItems: true }, [[1, 2, 1, 2], [{ a: 1 }, { a: 1 }]]],
  [{ items: { type: 'number' } }, [[1, 'a', 'b']]],
  [{ items: [{ type: 'string' }], additionalItems: false }, [['a', 1, 2]]],
  [{ items: [{}], additionalItems: { type: 'string' } }, [[1, 'a', 2]]],
  [{ minProperties: 2 }, [{ a: 1 }]],
  [{ maxProperties: 1 }, [{ a: 1, b: 2 }]],
  [{ required: ['id', 'name'] }, [{}, { id: 1 }]],
  [{ properties: { a: { type: 'string' }, 'b/c': { type: 'number' } } }, [{ a: 1, 'b/c': 'x' }]],
  [{ patternProperties: { '^x': { type: 'number' } } }, [{ xa: 'q', y: 1 }]],
  [{ properties: { a: {} }, additionalProperties: false }, [{ a: 1, b: 2, c: 3 }]],
  [{ additionalProperties: { type: 'number' } }, [{ a: 'x' }]],
  [{ dependencies: { a: 'b' } }, [{ a: 1 }]],
  [{ dependencies: { a: ['b', 'c'] } }, [{ a: 1 }]],
  [{ dependencies: { a: { required: ['z'] } } }, [{ a: 1 }]],
  [{ allOf: [{ type: 'number' }, { minimum: 3 }] }, [2]],
  [{ anyOf: [{ type: 'string' }, { type: 'number', minimum: 5 }] }, [3, true]],
  [{ oneOf: [{ type: 'integer' }, { minimum: 2 }] }, [3, 1.5, 1]],
  [{ not: { type: 'string' } }, ['a', 1]],
  [{ type: 'object', required: ['id'], properties: { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } } },
    [{ id: 1, tags: ['a'] }, { tags: ['a', 2] }, { id: 'x', tags: [1, 2] }]],
  [{ definitions: { pos: { type: 'integer', minimum: 1 } }, properties: { n: { $ref: '#/definitions/pos' } } }, [{ n: 1 }, { n: 0 }]],
  [{ properties: { child: { $ref: '#' }, n: { type: 'number' } } }, [{ child: { child: { n: 'x' } } }]],
  [{ properties: { a: { $ref: 'http://example.com/missing.json#/x' } } }, [{ a: 1 }]],
  [{ $ref: '#/definitions/a', definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } } }, [1]],
  [{ type: 'number' }, [NaN]]
];
tv4Cases.forEach(([schema, values]) => values.forEach((d) => {
  if (typeof d === 'number' && isNaN(d)) return;
  t(tv(schema, d), tm(schema, d));
}));
t(tv({ properties: { a: { type: 'string' } } }, { a: 'x', b: 1 }, ', false, true'));
t(tm({ properties: { a: { type: 'string' } } }, { a: 'x', b: 1, c: { d: 1 } }, ', false, true'));
t(tm({ anyOf: [{ properties: { a: {} } }, { properties: { b: {} } }] }, { a: 1, b: 2, c: 3 }, ', false, true'));
t(tv({ properties: { a: { type: 'number' } } }, { a: { a: 1 } }, ', true'));
t("var r = tv4.validateResult(5, { type: 'string' }); [r.valid, r.error.message, r.missing, String(r), typeof r.toString]");
t("var r = tv4.validateResult('x', { type: 'string' }); [r.valid, r.error, String(r)]");
t("var r = tv4.validateMultiple(5, { type: 'number' }); [r.valid, r.errors, String(r)]");
t("tv4.validate(1, { type: 'string' }); [tv4.error instanceof Error, tv4.error.name, String(tv4.error), tv4.valid]");
t("tv4.validate(1, { type: 'number' }); [tv4.error, tv4.valid, tv4.missing]");
t('tv4.errorCodes');
t('[typeof tv4.validate, typeof tv4.tv4, require(\'tv4\').tv4 === require(\'tv4\'), typeof require(\'tv4\').validate]');
t("var s = { id: 'http://example.com/root#', properties: { a: { $ref: 'item.json' }, b: { $ref: '#/definitions/x' } }, definitions: { x: { type: 'string' } } }; " +
  "tv4.validate({ b: 1 }, s); [s, " + clean('tv4.error') + ', tv4.missing]');
t("tv4.addSchema('http://example.com/schemas/int.json', { type: 'integer' }); " +
  "[tv4.validate(1.5, { $ref: 'http://example.com/schemas/int.json' }), " + clean('tv4.error') + ", tv4.validate(2, 'http://example.com/schemas/int.json')]");
t("tv4.addSchema({ id: 'http://example.com/schemas/str.json', type: 'string' }); [tv4.getSchema('http://example.com/schemas/str.json'), tv4.getSchemaUris(/str/)]");
t("tv4.addSchema('http://example.com/schemas/defs.json', { definitions: { a: { type: 'boolean' } } }); [tv4.getSchema('http://example.com/schemas/defs.json#/definitions/a'), tv4.getSchema('http://example.com/schemas/defs.json#/nope')]");
t("var r = tv4.validateMultiple({ a: 1 }, { properties: { a: { $ref: 'http://example.com/other.json' } } }); [r.valid, r.missing, tv4.getMissingUris()]");
t("var api = tv4.freshApi(); api.addFormat('even', function (d) { return d % 2 === 0 ? null : 'odd number'; }); " +
  "[api.validate(2, { format: 'even' }), api.validate(3, { format: 'even' }), " + clean('api.error') + ', tv4.validate(3, { format: \'even\' })]');
t("var api = tv4.freshApi(); api.addFormat({ obj: function () { return { message: 'bad', dataPath: '/x' }; } }); api.validate(1, { format: 'obj' }); " + clean('api.error'));
t("var api = tv4.freshApi(); api.defineKeyword('even', function (d, v) { return v && d % 2 ? 'not even' : null; }); " +
  "[api.validate(2, { even: true }), api.validate(3, { even: true }), " + clean('api.error') + ']');
t("var api = tv4.freshApi(); api.defineKeyword('big', function (d, v) { return d < v ? { code: 'NUMBER_MINIMUM', message: { value: d, minimum: v } } : null; }); " +
  "api.validate(1, { big: 5 }); " + clean('api.error'));
t("var api = tv4.freshApi(); api.defineKeyword('k', function () { return { code: 'NOPE' }; }); api.validate(1, { k: 1 })");
t("tv4.defineError('MY_ERROR', 10001, 'My error: {x}'); var api = tv4.freshApi(); api.defineKeyword('mine', function () { return { code: 'MY_ERROR', message: { x: 'y' } }; }); " +
  "api.validate(1, { mine: 1 }); [" + clean('api.error') + ', tv4.errorCodes.MY_ERROR]');
t("tv4.defineError('lower', 10002, 'x')", "tv4.defineError('OTHER_ERROR', 5, 'x')", "tv4.defineError('INVALID_TYPE', 10003, 'x')");
t("var api = tv4.freshApi(); api.setErrorReporter(function (e) { return 'custom ' + e.code; }); api.validate(1, { type: 'string' }); api.error.message");
t("var api = tv4.freshApi(); [api.language(), api.language('en-GB'), api.language('xx'), api.setErrorReporter('en')]");
t("var api = tv4.freshApi(); api.addLanguage('zz', { INVALID_TYPE: 'Falscher Typ {type}' }); api.language('zz'); api.validate(1, { type: 'string' }); " +
  "[api.error.message, api.validate('a', { minLength: 2 }), api.error.message]");
t("var api = tv4.freshApi(); api.addSchema('urn:x', { type: 'number' }); api.dropSchemas(); [api.getSchemaMap(), api.validate(1, 'urn:x'), api.missing]");
t("var api = tv4.freshApi(); api.validate(1, { type: 'string' }); api.reset(); [api.error, api.valid, api.missing]");
t("[tv4.resolveUrl('http://x.com/a/b.json', 'c.json#/d'), tv4.resolveUrl('http://x.com/a/', '../e'), tv4.resolveUrl('', '#x'), tv4.getDocumentUri('a.json#/b')]");
t("var s = { id: 'http://y.com/a/', items: { $ref: 'b.json' } }; tv4.normSchema(s); s");
t(tv({ links: [{ rel: 'describedby', href: 'http://example.com/schemas/{kind}.json' }] }, { kind: 'int' }));
t(tv({ type: 'string' }, 1, ', true, true'));

t(tv({ anyOf: [{ oneOf: [{ type: 'string' }, { type: 'number' }] }, { properties: { 'a~b': { type: 'null' } } }] }, { 'a~b': 1 }));
t(tm({ anyOf: [{ oneOf: [{ type: 'string' }, { type: 'number' }] }, { properties: { 'a~b': { type: 'null' } } }] }, { 'a~b': 1 }));
t(tv({ oneOf: [{ required: ['a'] }, { required: ['b'] }] }, {}));
t(tv({}, { anything: true }), tv({ enum: [1] }, { a: undefined }));
t("[tv4.validate(1, 'http://example.com/unknown.json'), tv4.missing, tv4.error]");
t("[tv4.addSchema(5), tv4.addSchema('urn:no-schema'), tv4.getSchema('urn:never-added')]");
t("var r = tv4.validateMultiple([{ a: 1 }, { a: 'x' }], { items: { properties: { a: { type: 'string', minLength: 2 } } } }); " + clean('r'));
t("tv4.validate({ a: 1 }, { properties: { a: { type: 'string' } } }); [tv4.error.dataPath, tv4.error.schemaPath, tv4.error.code, tv4.error.params, tv4.error.subErrors]");
// the newman-super-sandbox-test collection
t('typeof tv4.validate === "function"');

// ------------------------------------------------------------------ write

function write(file, specs) {
  const out = specs.map(evaluate);
  fs.writeFileSync(path.join(outDir, file), JSON.stringify(out, null, 1) + '\n');
  console.log(file + ': ' + out.length + ' vectors (' + out.filter((o) => 'throws' in o).length + ' throw)');
}
write('ajv.json', ajvSpecs);
write('tv4.json', tv4Specs);
