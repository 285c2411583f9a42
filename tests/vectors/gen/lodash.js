#!/usr/bin/env node
// Regenerates tests/vectors/lodash.json (lodash 4.17.21, what `require('lodash')` gives in
// Newman's sandbox) and tests/vectors/lodash3.json (the npm package lodash3@3.10.2, which
// postman-sandbox 4.7.1 exposes as the legacy global `_`) from the real libraries.
//
//   mkdir /tmp/l && cd /tmp/l && npm install lodash@4.17.21 lodash3@3.10.2
//   node tests/vectors/gen/lodash.js /tmp/l/node_modules [out dir]
//
// Every spec below is written against `_`. For lodash.json it is prefixed with
// `var _ = require('lodash'); ` (so `_` is lodash 4 inside the snippet); for lodash3.json it runs
// as is, against the legacy global. A spec goes into a file only when that version has the
// functions it calls. Specs run in order on one instance of each library (as in one courier run).
// Results that depend on randomness or time are written as properties (booleans). Errors are
// kept only when the library itself throws them (engine TypeErrors differ between engines).
'use strict';
const path = require('path');
const fs = require('fs');

const modules = process.argv[2] || process.env.LODASH_NODE_MODULES;
if (!modules) throw new Error('usage: node lodash.js <node_modules dir with lodash@4.17.21 and lodash3@3.10.2>');
const outDir = process.argv[3] || path.join(__dirname, '..');
const L4 = require(path.join(path.resolve(modules), 'lodash'));
const L3 = require(path.join(path.resolve(modules), 'lodash3'));
if (L4.VERSION !== '4.17.21') throw new Error('need lodash@4.17.21, found ' + L4.VERSION);
if (L3.VERSION !== '3.10.2') throw new Error('need lodash3@3.10.2, found ' + L3.VERSION);
L3.noConflict();

const LIBRARY_ERRORS = /^(Expected a function|Invalid `variable` option passed into `_\.template`|boom|bad|x)$/;

// Scripts are sloppy code in the sandbox: evaluate in a sloppy function (callbacks see the
// global object as `this`, as there).
// eslint-disable-next-line no-new-func
const sloppyEval = new Function('require', '_', '__code', 'return eval(__code);');
function run(code, lib) {
  const require = (name) => {
    if (name !== 'lodash') throw new Error('unexpected require ' + name);
    return L4;
  };
  return sloppyEval(require, lib, code);
}

function evaluate(code, lib) {
  try {
    const v = run(code, lib);
    const j = JSON.stringify(v === undefined ? null : v);
    return { code, result: j === undefined ? null : JSON.parse(j) };
  } catch (e) {
    return { code, throws: String(e && e.message !== undefined ? e.message : e), error: e };
  }
}

// ------------------------------------------------------------------ specs

const specs = [];
// add: both versions; add4 / add3: only lodash 4 / only the lodash 3 global.
function add() { for (const code of arguments) specs.push({ code }); }
function add4() { for (const code of arguments) specs.push({ code, only: 4 }); }
function add3() { for (const code of arguments) specs.push({ code, only: 3 }); }
const q = JSON.stringify;

// Values of every kind, for the type checks and conversions.
const VALUES = [
  'null', 'undefined', '0', '-0', '1', '-1.5', '3.7', 'NaN', 'Infinity', '-Infinity',
  '9007199254740991', '9007199254740992', '1e21', '""', '"abc"', '" 12 "', '"1e3"', '"0x1f"',
  '"-0x1f"', '"0b101"', '"0o17"', '"12px"', 'true', 'false', '[]', '[1, 2]', '[[1], [2, [3]]]',
  '{}', '{ a: 1 }', '{ length: 2 }', '{ length: -1 }', 'function () {}', 'new Date(0)', '/re/g',
  'new Error("x")', 'Object("s")', 'Object(1)', 'Object(false)', '(function () { return arguments; })(1, 2)',
  'new Map([[1, 2]])', 'new Set([1])', 'Object.create(null)', 'new (function Foo() { this.a = 1; })()',
  'Symbol("s")', 'new Uint8Array(2)', '{ message: "m", name: "n" }', 'Math', 'JSON'
];

const PREDICATES = ['isString', 'isNumber', 'isInteger', 'isFinite', 'isNaN', 'isArray',
  'isArrayLike', 'isArrayLikeObject', 'isObject', 'isObjectLike', 'isPlainObject', 'isFunction',
  'isBoolean', 'isDate', 'isRegExp', 'isNull', 'isUndefined', 'isNil', 'isError', 'isEmpty',
  'isArguments', 'isMap', 'isSet', 'isSymbol', 'isTypedArray', 'isLength', 'isSafeInteger',
  'isElement', 'isWeakMap', 'isArrayBuffer', 'isNative'];
const PRED_VALUES = VALUES.filter((v) => !/^(9007199254740992|1e21|"0o17"|"-0x1f"|"0b101"|"1e3"|Math|-Infinity|3\.7|Object\(false\))$/.test(v));
for (const p of PREDICATES) for (const v of PRED_VALUES) add(`_.${p}(${v})`);

const NUMERIC = ['toNumber', 'toInteger', 'toFinite', 'toLength', 'toSafeInteger', 'parseInt', 'size',
  'max', 'min', 'sum', 'mean'];
const CONVERSIONS = ['toString', 'keys', 'keysIn', 'values', 'toPairs', 'pairs', 'castArray', 'toArray',
  'toPlainObject', 'toPath', 'clone', 'cloneDeep', 'compact', 'flatten', 'uniq', 'first', 'last',
  'tail', 'rest', 'initial', 'invert', 'functions', 'words', 'trim', 'capitalize'];
// (Date strings differ between engines: V8 appends the time zone's name.)
const CONV_VALUES = VALUES.filter((v) => !/Symbol|Math|JSON|Date/.test(v));
for (const f of NUMERIC) for (const v of CONV_VALUES) add(`String(_.${f}(${v}))`);
const CONV_SHORT = CONV_VALUES.filter((v) => !/^(-1\.5|3\.7|-Infinity|9007199254740991|"1e3"|"-0x1f"|"0o17"|"12px"|false|\{ length: -1 \}|Object\(1\)|Object\(false\))$/.test(v));
for (const f of CONVERSIONS) for (const v of CONV_SHORT) add(`_.${f}(${v})`);

// Strings for the case, trim and escape functions.
const STRINGS = ['""', '"foo bar"', '"Foo Bar"', '"--foo-bar--"', '"__FOO_BAR__"', '"fooBar"',
  '"XMLHttpRequest"', '"helloWorld2"', '"àéîõü"', '"Straße"', '"café déjà vu"', '"don\'t stop"',
  '"ABC123def"', '"1st 2nd 3RD 4th 11th"', '"emoji 😀 test"', '"ÆØÅ æøå Œuvre"', '"foo.bar/baz"',
  '"  spaced  out  "', '"camelCaseString"', '"snake_case_string"', '"kebab-case-string"',
  '"Ünïcödé wörds"', '"Привет мир"', '"日本語 テキスト"', '"a\\u0301b"', '"<a href=\\"x\\">&</a>"',
  '"&amp;&lt;&gt;&quot;&#39;&#96;"', '"x.y*z?(a)[b]{c}|^$\\\\/"', '"It\'s IT\'S its"', '"iPhone 12PRO"',
  '"foo   bar\\tbaz\\nqux"', '"A1B2c3"', '"ñandú"', '"\\u2019tis"', '"x×y÷z"', 'null', 'undefined',
  '123', '["a b", "c"]', '{}'];
const STRING_FNS = ['camelCase', 'snakeCase', 'kebabCase', 'startCase', 'lowerCase', 'upperCase',
  'capitalize', 'upperFirst', 'lowerFirst', 'deburr', 'words', 'toUpper', 'toLower', 'trim',
  'trimStart', 'trimLeft', 'escape', 'unescape', 'escapeRegExp', 'size', 'toArray', 'parseInt', 'split'];
for (const f of STRING_FNS) for (const s of STRINGS) add(`_.${f}(${s})`);
for (const call of ['pad(%, 12, "-=")', 'padStart(%, 12)', 'padEnd(%, 12, "*")', 'padLeft(%, 12)',
  'padRight(%, 12, ".")', 'repeat(%, 2)', 'truncate(%, { length: 8 })', 'trunc(%, 8)', 'startsWith(%, "f")',
  'endsWith(%, "r")', 'trimEnd(%, "o -")', 'trimRight(%, "o -")']) {
  for (const s of STRINGS.slice(0, 24)) add('_.' + call.replace('%', s));
}

// ------------------------------------------------------------------ hand-written specs

const U = "[{ user: 'barney', age: 36, active: true, pets: [{ n: 'dino' }] }, " +
  "{ user: 'fred', age: 40, active: false, pets: [] }, { user: 'pebbles', age: 1, active: true }]";
const O = "{ a: 1, b: { c: [1, 2, { d: 'x' }] }, 'e.f': 2, g: null, h: undefined }";

// get / set / has / hasIn / unset / result / at
add(
  `_.get(${O}, 'b.c[2].d')`, `_.get(${O}, ['b', 'c', 2, 'd'])`, `_.get(${O}, 'b.c.2.d')`,
  `_.get(${O}, 'e.f')`, `_.get(${O}, ['e.f'])`, `_.get(${O}, 'x.y', 'dflt')`, `_.get(${O}, 'g', 'dflt')`,
  `_.get(${O}, 'h', 'dflt')`, `_.get(${O}, 'g.z', 'dflt')`, `_.get(null, 'a', 5)`, `_.get(undefined, 'a')`,
  `_.get({ a: [1, 2] }, 'a[-1]')`, `_.get({ a: [1, 2] }, 'a.length')`, `_.get('abc', 'length')`, `_.get('abc', 1)`,
  `_.get({ '': 3 }, '')`, `_.get({ '': { '': 4 } }, '.')`, `_.get({ a: { '': 5 } }, 'a.')`, `_.get({ a: 1 }, [])`,
  `_.get({ 'a[0]': 7 }, 'a[0]')`, `_.get({ a: { 'b.c': 8 } }, 'a["b.c"]')`, `_.get({ a: { "b'c": 9 } }, "a['b\\\\'c']")`,
  `_.get({ a: { b: 1 } }, 'a..b')`, `_.get({ 1: { 2: 'x' } }, 1.2)`, `_.get({ null: 1 }, null)`, `_.get({ undefined: 2 }, undefined)`,
  `_.get({ true: 3 }, true)`, `_.get({ a: [{ b: { c: 3 } }] }, 'a[0]b.c')`, `_.get({ a: [[1, [2, 3]]] }, 'a[0][1][1]')`,
  `_.get({ a: 1 }, 'a.b.c')`, `_.get({ 'a.b': { c: 1 } }, 'a.b.c')`, `_.get([[1, 2]], '[0][1]')`, `_.get([[1, 2]], '0.1')`,
  `_.toPath('a[0].b.c')`, `_.toPath('a["x.y"][\\'z\\']')`, `_.toPath('.a')`, `_.toPath('a..b')`, `_.toPath('a.')`,
  `_.toPath('a[].b')`, `_.toPath('[1][2]')`, `_.toPath(['a', 1])`, `_.toPath('a[-1.5]')`, `_.toPath('a[b]')`,
  `_.toPath('a[b][c]')`, `_.toPath('')`, `_.toPath(null)`, `_.toPath('a["b\\\\"c"]')`, `_.toPath('a.b[]')`,
  `_.set({}, 'a.b.c', 1)`, `_.set({}, 'a[0].b', 1)`, `_.set({}, ['a', '0', 'b'], 1)`, `_.set({}, 'a.0.b', 1)`,
  `_.set({ a: 5 }, 'a.b', 1)`, `_.set({ a: { b: 2 } }, 'a.c', 3)`, `_.set(null, 'a', 1)`, `_.set(5, 'a', 1)`,
  `_.set([], '[1]', 'x')`, `_.set({}, 'a[1][2]', 'y')`, `_.set({}, 'e.f', 1)`, `_.set({ 'e.f': 0 }, 'e.f', 1)`,
  `var o = { a: 1 }; _.set(o, 'b', 2) === o`, `_.set({}, 'a["x.y"]', 1)`, `_.set({}, '', 1)`, `_.set({}, [], 1)`,
  `_.has(${O}, 'a')`, `_.has(${O}, 'b.c[2].d')`, `_.has(${O}, 'b.c[5]')`, `_.has(${O}, 'h')`, `_.has(${O}, 'g')`,
  `_.has(${O}, 'e.f')`, `_.has(${O}, 'x')`, `_.has(null, 'a')`, `_.has({}, 'toString')`, `_.has([1, 2], 0)`,
  `_.has([1, 2], '1')`, `_.has([1, 2], 2)`, `_.has([, 1], 0)`, `_.has({ a: [, 1] }, 'a[0]')`, `_.has('abc', 'length')`,
  `_.has('abc', 0)`, `_.has(Object.create({ a: 1 }), 'a')`, `_.has({ a: { b: 1 } }, ['a', 'b'])`, `_.has({ a: 1 }, [])`,
  `_.has({ a: { b: 1 } }, 'a.b.c')`, `_.has((function () { return arguments; })(1), 0)`,
  `_.hasIn(${O}, 'b.c[2].d')`, `_.hasIn({}, 'toString')`, `_.hasIn(Object.create({ a: { b: 1 } }), 'a.b')`, `_.hasIn(null, 'a')`,
  `var o = { a: { b: 1, c: 2 } }; [_.unset(o, 'a.b'), o]`, `var o = { a: [1, 2, 3] }; [_.unset(o, 'a[1]'), o]`,
  `_.unset(null, 'a')`, `_.unset({}, 'a.b.c')`, `var o = { 'a.b': 1 }; [_.unset(o, 'a.b'), o]`, `var o = { a: 1 }; [_.unset(o, ['a']), o]`,
  `_.result({ a: function () { return this.b; }, b: 4 }, 'a')`, `_.result({ a: { b: function () { return 5; } } }, 'a.b')`,
  `_.result({}, 'x', 'd')`, `_.result({}, 'x', function () { return 'fd'; })`, `_.result(null, 'a')`,
  `_.at({ a: [{ b: { c: 3 } }, 4] }, ['a[0].b.c', 'a[1]'])`, `_.at(['a', 'b', 'c'], 0, 2)`, `_.at(null, 'a')`
);

// isEqual / isMatch / matches / matchesProperty / property
add(
  '_.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })', '_.isEqual([1, 2], [2, 1])', '_.isEqual({ a: 1 }, { a: 1, b: undefined })',
  '_.isEqual(NaN, NaN)', '_.isEqual(0, -0)', '_.isEqual("a", Object("a"))', '_.isEqual(1, "1")', '_.isEqual(null, undefined)',
  '_.isEqual(new Date(5), new Date(5))', '_.isEqual(/a/g, /a/g)', '_.isEqual(/a/g, /a/i)', '_.isEqual([1, , 3], [1, undefined, 3])',
  '_.isEqual({ a: 1, b: 2 }, { b: 2, a: 1 })', '_.isEqual(function () {}, function () {})', 'var f = function () {}; _.isEqual(f, f)',
  '_.isEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]]))', '_.isEqual(new Set([1, 2]), new Set([2, 1]))',
  '_.isEqual(new Set([1, 2]), new Set([1, 3]))', '_.isEqual(Object.create(null), {})', '_.isEqual({ constructor: 1 }, { constructor: 1 })',
  'function A() {} function B() {} _.isEqual(new A(), new B())', '_.isEqual([1, 2], { 0: 1, 1: 2, length: 2 })',
  '_.isEqual((function () { return arguments; })(1, 2), { 0: 1, 1: 2 })', 'var a = { x: 1 }; a.self = a; var b = { x: 1 }; b.self = b; _.isEqual(a, b)',
  '_.isEqual(new Error("x"), new Error("x"))', '_.isEqual(new Uint8Array([1]), new Uint8Array([1]))', '_.isEqual(Object(1), 1)',
  '_.isEqual(true, Object(true))', '_.isEqual({ a: [1, 2] }, { a: [1, 2, 3] })', '_.isEqual([], {})', '_.isEqual([[]], [[]])',
  '_.isEqualWith([1, "a"], ["1", "a"], function (a, b) { return a == b || undefined; })',
  `_.isMatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } })`, '_.isMatch({ a: [1, 2, 3] }, { a: [2] })', '_.isMatch({ a: [1, 2, 3] }, { a: [3, 1] })',
  '_.isMatch({ a: 1 }, {})', '_.isMatch(null, {})', '_.isMatch(null, { a: 1 })', '_.isMatch({ a: undefined }, { a: undefined })',
  '_.isMatch({}, { a: undefined })', '_.isMatch({ a: [1, 1] }, { a: [1, 1, 1] })', '_.isMatch({ a: [{ b: 1, c: 2 }] }, { a: [{ b: 1 }] })',
  `_.filter(${U}, _.matches({ active: true }))`, `_.filter(${U}, { age: 40, active: false })`, `_.filter(${U}, { pets: [] })`,
  `_.filter(${U}, { pets: [{ n: 'dino' }] })`, `_.filter(${U}, _.matchesProperty('user', 'fred'))`, `_.filter(${U}, ['active', false])`,
  `_.filter(${U}, ['pets[0].n', 'dino'])`, `_.map(${U}, _.property('pets[0].n'))`, `_.map(${U}, _.property(['pets', 0, 'n']))`,
  `_.map(${U}, 'user')`, `_.map(${U}, 'pets.length')`, `_.map([[1, 2], [3]], 'length')`, `_.map([{ 'a.b': 1 }, { a: { b: 2 } }], 'a.b')`,
  `var src = { a: 1 }; var m = _.matches(src); src.a = 2; m({ a: 1 })`, '_.matches({ a: NaN })({ a: NaN })', '_.matches({ a: 0 })({ a: -0 })',
  '_.map([1, 2], _.property())', '_.matchesProperty("a.b", 1)({ a: { b: 1 } })', '_.matchesProperty(["a", "b"], [1])({ a: { b: [1, 2] } })'
);

// each / forEach / forOwn / forIn / map / filter / reject / find...
add(
  'var r = []; _.each([1, 2, 3, 4], function (v, i) { r.push([v, i]); if (v === 2) return false; }); r',
  'var r = []; _.forEach({ a: 1, b: 2, c: 3 }, function (v, k, o) { r.push(k + v); return k !== "b"; }); r',
  'var r = []; _.each("abc", function (c, i) { r.push(c + i); }); r', 'var r = []; _.each({ length: 2, 0: "x", 1: "y" }, function (v) { r.push(v); }); r',
  'var r = []; _.each(null, function (v) { r.push(v); }); r', '_.each([1, 2], function () {})', '_.forEach(null)',
  'var r = []; _.each([1, 2, 3], function (v) { r.push(this === undefined ? "u" : this.k); }, { k: "ctx" }); r',
  'var r = []; _.eachRight([1, 2, 3], function (v) { r.push(v); }); r', 'var r = []; _.forEachRight({ a: 1, b: 2 }, function (v, k) { r.push(k); }); r',
  'function F() { this.a = 1; } F.prototype.b = 2; var r = []; _.forOwn(new F(), function (v, k) { r.push(k); }); r',
  'function F() { this.a = 1; } F.prototype.b = 2; var r = []; _.forIn(new F(), function (v, k) { r.push(k); }); r',
  'var r = []; _.forOwn({ a: 1, b: 2, c: 3 }, function (v, k) { r.push(k); return k !== "b"; }); r',
  'var r = []; _.forOwn([5, 6], function (v, k) { r.push(typeof k + k); }); r', '_.forOwn(null, function () {})',
  'var r = []; _.forIn("ab", function (v, k) { r.push(k); }); r', 'var r = []; _.forOwnRight({ a: 1, b: 2 }, function (v, k) { r.push(k); }); r',
  '_.map({ a: 1, b: 2 }, function (v, k) { return k + v; })', '_.map("abc", function (c, i) { return c + i; })', '_.map(null)', '_.map(5)',
  '_.map([1, 2, 3])', '_.map({ a: { b: 1 } }, "b")', '_.map([1, , 3], function (v) { return v; })', '_.map({ length: 2 }, function (v, i) { return i; })',
  '_.map([1, 2], function (v, i, c) { return c.length; })', '_.map([1, 2, 3], String)', '_.map(["1", "2", "3"], parseInt)', '_.map(["1", "2", "3"], _.parseInt)',
  `_.filter(${U}, 'active')`, `_.filter(${U}, function (o) { return o.age > 30; })`, '_.filter({ a: 1, b: 2, c: 3 }, function (v) { return v % 2; })',
  '_.filter("a1b2", function (c) { return /\\d/.test(c); })', '_.filter(null)', '_.filter([0, 1, "", null, "a"])',
  `_.reject(${U}, 'active')`, `_.reject(${U}, { age: 1 })`, '_.reject([1, 2, 3, 4], function (n) { return n % 2 === 0; })', '_.reject({ a: 0, b: 1 })',
  `_.find(${U}, { age: 1 })`, `_.find(${U}, 'active')`, `_.find(${U}, ['active', false])`, `_.find(${U}, function (o) { return o.age < 40; })`,
  '_.find([1, 2, 3, 4], function (n) { return n > 1; }, 2)', '_.find([1, 2, 3], function (n) { return n > 5; })', '_.find({ a: 1, b: 2 }, function (v) { return v > 1; })',
  '_.find("hello", function (c) { return c > "h"; })', '_.find(null)', '_.find([1, 2, 3], function (n) { return n > 0; }, -1)',
  `_.findLast(${U}, 'active')`, '_.findLast([1, 2, 3, 4], function (n) { return n % 2 === 1; })', '_.findLast([1, 2, 3, 4], function (n) { return n < 4; }, 1)',
  `_.findIndex(${U}, { user: 'fred' })`, `_.findIndex(${U}, 'active', 1)`, '_.findIndex([1, 2, 3], function (n) { return n === 9; })',
  '_.findIndex([1, 2, 3], function (n) { return n > 1; }, -1)', '_.findIndex([1, 2, 3], function (n) { return n > 0; }, -10)', '_.findIndex(null, 1)',
  '_.findIndex("abc", function (c) { return c === "b"; })', `_.findLastIndex(${U}, 'active')`, '_.findLastIndex([1, 2, 3, 1], function (n) { return n === 1; }, 2)',
  '_.findLastIndex([1, 2, 3], function (n) { return n > 0; }, -2)', '_.findLastIndex([1, 2, 3], function (n) { return n > 0; }, 10)',
  `_.findKey({ a: { x: 1 }, b: { x: 2 } }, { x: 2 })`, '_.findKey({ a: 1, b: 2 }, function (v) { return v > 5; })', `_.findLastKey({ a: 1, b: 1 }, function (v) { return v === 1; })`
);

// reduce / every / some / includes / size
add(
  '_.reduce([1, 2, 3], function (s, n) { return s + n; }, 0)', '_.reduce([1, 2, 3], function (s, n) { return s + n; })',
  '_.reduce({ a: 1, b: 2, c: 1 }, function (r, v, k) { (r[v] || (r[v] = [])).push(k); return r; }, {})', '_.reduce([], function () {})',
  '_.reduce([], function () {}, "init")', '_.reduce(null, function (a, b) { return a + b; }, 5)', '_.reduce("abc", function (a, c, i) { return a + c + i; }, "")',
  '_.reduce([1, 2, 3], function (a, n, i, c) { return a + c.length; }, 0)', '_.reduce({ a: 1 }, function (a, v, k) { return a + k; })',
  '_.reduceRight([[0, 1], [2, 3], [4, 5]], function (f, o) { return f.concat(o); }, [])', '_.reduceRight("abc", function (a, c) { return a + c; })',
  '_.reduceRight({ a: 1, b: 2 }, function (a, v, k) { return a + k; }, "")',
  '_.every([true, 1, null, "yes"], Boolean)', `_.every(${U}, { active: true })`, `_.every(${U}, 'user')`, '_.every([])', '_.every(null)',
  '_.every({ a: 1, b: 2 }, function (v) { return v > 0; })', '_.every([1, 2, 3], function (n) { return n < 3; })', '_.every("aaa", function (c) { return c === "a"; })',
  '_.some([null, 0, "yes", false], Boolean)', `_.some(${U}, ['active', false])`, `_.some(${U}, 'missing')`, '_.some([])', '_.some(null)',
  '_.some({ a: 0, b: 1 })', '_.some([1, 2, 3], function (n) { return n > 2; })',
  '_.includes([1, 2, 3], 1)', '_.includes([1, 2, 3], 1, 2)', '_.includes([1, 2, 3], 3, -1)', '_.includes([1, 2, 3], 1, -100)', '_.includes([NaN], NaN)',
  '_.includes({ a: 1, b: 2 }, 1)', '_.includes("abcd", "bc")', '_.includes("abcd", "bc", 2)', '_.includes("abcd", "")', '_.includes("abcd", "", 10)',
  '_.includes(null, 1)', '_.includes([1, 2], "1")', '_.includes([0], -0)', '_.includes([[1]], [1])', '_.includes("abc", "c", -1)',
  '_.size([1, 2, 3])', '_.size({ a: 1, b: 2 })', '_.size("pebbles")', '_.size("😀😀")', '_.size("a\\u0301")', '_.size(null)', '_.size(new Map([[1, 2], [3, 4]]))',
  '_.size(new Set([1]))', '_.size({ length: 3 })', '_.size(function (a, b) {})', '_.size(42)', '_.size(true)'
);
add4(`_.set({}, '__proto__.polluted', 1); ({}).polluted === undefined`, `_.set({}, 'constructor.prototype.x', 1)`,
  `_.merge({}, JSON.parse('{"__proto__": {"polluted": 1}}')); ({}).polluted === undefined`);

// sortBy / orderBy / groupBy / keyBy / countBy / partition
add(
  `_.sortBy(${U}, 'age')`, `_.sortBy(${U}, ['active', 'age'])`, `_.sortBy(${U}, 'active', 'user')`, `_.sortBy(${U}, function (o) { return -o.age; })`,
  '_.sortBy([3, 1, 2])', '_.sortBy(["b", "a", "C", "B"])', '_.sortBy([3, null, 1, undefined, NaN, 2])', '_.sortBy([{ a: 2 }, { a: 1 }, {}], "a")',
  '_.sortBy({ x: 3, y: 1, z: 2 })', '_.sortBy("dcba")', '_.sortBy(null)', '_.sortBy([1, "2", 10, "1"])', '_.sortBy([[2, "b"], [1, "a"]], [0])',
  '_.sortBy([{ a: { b: 2 } }, { a: { b: 1 } }], "a.b")', '_.sortBy([{ a: 1, b: 2 }, { a: 1, b: 1 }], ["a", "b"])', '_.sortBy([2, 1, 3], [])',
  '_.sortBy([true, false, true])', '_.sortBy(["10", "9", "1"])', '_.sortBy([new Date(5), new Date(1)]).map(Number)'
);
add4(
  `_.orderBy(${U}, ['user', 'age'], ['asc', 'desc'])`, `_.orderBy(${U}, 'age', 'desc')`, `_.orderBy(${U}, ['active', 'age'], ['desc'])`,
  `_.orderBy(${U}, [function (o) { return o.user.length; }, 'age'], ['desc', 'asc'])`, '_.orderBy([3, 1, 2], null, "desc")', '_.orderBy([3, 1, 2])',
  '_.orderBy({ a: { n: 2 }, b: { n: 1 } }, "n")', '_.orderBy(null)', '_.orderBy([{ a: { b: 2 } }, { a: { b: 1 } }], [["a", "b"]])',
  '_.orderBy([1, 2, 3], [], ["desc"])', '_.orderBy([{ a: 1 }, { a: 2 }], "a", "DESC")', '_.orderBy([null, 2, undefined, 1, NaN], _.identity, "desc")'
);
add(
  '_.groupBy([6.1, 4.2, 6.3], Math.floor)', '_.groupBy(["one", "two", "three"], "length")', `_.groupBy(${U}, 'active')`, '_.groupBy({ a: 1, b: 2, c: 1 })',
  '_.groupBy(null)', '_.groupBy("abca")', '_.groupBy([1, 2, 3], function (n) { return n % 2 ? "odd" : "even"; })', '_.groupBy([{ a: { b: 1 } }, { a: { b: 1 } }], "a.b")',
  '_.groupBy([1, 2], function () { return "__proto__"; })', '_.groupBy([1, 2], function () { return "hasOwnProperty"; })',
  `_.countBy(${U}, 'active')`, '_.countBy([6.1, 4.2, 6.3], Math.floor)', '_.countBy(["one", "two", "three"], "length")', '_.countBy("hello")', '_.countBy(null)',
  '_.countBy([1, 2, 3], function () { return "constructor"; })',
  '_.partition([1, 2, 3, 4], function (n) { return n % 2; })', `_.partition(${U}, { age: 1 })`, `_.partition(${U}, 'active')`, '_.partition(null)',
  '_.partition({ a: 1, b: 0 })', '_.partition("a1b2", function (c) { return c > "9"; })'
);
add4(
  `_.keyBy(${U}, 'user')`, '_.keyBy([{ dir: "left", code: 97 }, { dir: "right", code: 100 }], function (o) { return String.fromCharCode(o.code); })',
  '_.keyBy(["a", "b"])', '_.keyBy(null)', '_.keyBy({ x: { id: 1 }, y: { id: 2 } }, "id")', '_.keyBy([{ id: 1, v: "a" }, { id: 1, v: "b" }], "id")'
);

// random things: properties only
add(
  'var ok = true; for (var i = 0; i < 50; i++) { var r = _.random(1, 6); ok = ok && r >= 1 && r <= 6 && r % 1 === 0; } ok',
  'var ok = true; for (var i = 0; i < 50; i++) { var r = _.random(5); ok = ok && r >= 0 && r <= 5 && r % 1 === 0; } ok',
  'var ok = true; for (var i = 0; i < 50; i++) { var r = _.random(1.5, 2); ok = ok && r >= 1.5 && r <= 2; } ok',
  'var ok = true; for (var i = 0; i < 50; i++) { var r = _.random(true); ok = ok && r >= 0 && r <= 1; } ok',
  'var ok = true; for (var i = 0; i < 50; i++) { var r = _.random(10, 5); ok = ok && r >= 5 && r <= 10; } ok',
  'var ok = true; for (var i = 0; i < 50; i++) { var r = _.random(); ok = ok && (r === 0 || r === 1); } ok',
  'var ok = true; for (var i = 0; i < 50; i++) { var r = _.random(-3, -1); ok = ok && r >= -3 && r <= -1 && r % 1 === 0; } ok',
  'var ok = true; for (var i = 0; i < 20; i++) { var r = _.random(2, 4, true); ok = ok && r >= 2 && r <= 4; } ok',
  '_.random(3, 3)', '_.random(0, 0)', '[1, 2, 3].indexOf(_.sample([1, 2, 3])) > -1', '["a", "b"].indexOf(_.sample({ x: "a", y: "b" })) > -1',
  '_.sample([])', '_.sample(null)', '"abc".indexOf(_.sample("abc")) > -1',
  'var s = _.shuffle([1, 2, 3, 4, 5]); s.length === 5 && _.difference([1, 2, 3, 4, 5], s).length === 0',
  'var a = [1, 2, 3]; _.shuffle(a); a', '_.shuffle([])', '_.shuffle(null)', '_.shuffle({ a: 1 })', '_.shuffle("a").length'
);
add4(
  'var s = _.sampleSize([1, 2, 3, 4], 2); s.length === 2 && _.uniq(s).length === 2 && _.difference(s, [1, 2, 3, 4]).length === 0',
  '_.sampleSize([1, 2, 3], 5).sort()', '_.sampleSize([1, 2, 3], 0)', '_.sampleSize([1, 2, 3], -1)', '_.sampleSize([1, 2, 3]).length', '_.sampleSize(null, 2)',
  '_.sampleSize({ a: 1, b: 2 }, 2).sort()', '_.sampleSize("ab", 2).sort()'
);
add3(
  'var s = _.sample([1, 2, 3, 4], 2); s.length === 2 && _.uniq(s).length === 2', '_.sample([1, 2, 3], 5).sort()', '_.sample([1, 2, 3], 0)',
  '_.sample({ a: 1, b: 2 }, 2).sort()'
);

// times / range / rangeRight
add(
  '_.times(3)', '_.times(3, String)', '_.times(3, function (i) { return i * i; })', '_.times(0)', '_.times(-1)', '_.times("2")', '_.times(2.7)', '_.times(null)',
  '_.times(NaN)', '_.times(3, _.constant(0))',
  '_.range(4)', '_.range(-4)', '_.range(1, 5)', '_.range(0, 20, 5)', '_.range(0, -4, -1)', '_.range(1, 4, 0)', '_.range(0)', '_.range(5, 1)',
  '_.range(0, 1, 0.25)', '_.range("3")', '_.range(1.5, 4)', '_.range(null)', '_.range(NaN)', '_.range(0, 3, -1)', '_.range(3, 0, 1)',
  '[1, 2].map(_.range)'
);
add4('_.rangeRight(4)', '_.rangeRight(-4)', '_.rangeRight(1, 5)', '_.rangeRight(0, 20, 5)', '_.rangeRight(0, -4, -1)', '_.rangeRight(1, 4, 0)', '_.rangeRight(0)');

// arrays
add(
  '_.uniq([2, 1, 2])', '_.uniq([NaN, NaN, 0, -0, "0"])', '_.uniq([[1], [1]])', '_.uniq(null)', '_.uniq("aab")', '_.uniq({ 0: 1, 1: 1, length: 2 })',
  '_.uniq([1, "1", true, "true", null, undefined, null])', '_.union([2], [1, 2])', '_.union([1, 2], null, [3], "ab", { a: 1 })', '_.union()',
  '_.intersection([2, 1], [2, 3])', '_.intersection([1, 1, 2], [1, 2, 2])', '_.intersection([1, 2], null)', '_.intersection(null, [1])',
  '_.intersection([NaN, 1], [NaN])', '_.intersection([1, 2, 3])', '_.intersection()', '_.intersection([1, 2], [2], [2, 3])', '_.intersection("ab", ["a"])',
  '_.difference([2, 1], [2, 3])', '_.difference([1, 2, 3], [1], [3])', '_.difference([1, NaN], [NaN])', '_.difference(null, [1])', '_.difference([1, 2], null)',
  '_.difference([1, 2], "1")', '_.difference([1, 2])', '_.difference({ 0: 1, length: 1 }, [2])', '_.difference([[1]], [[1]])',
  '_.without([2, 1, 2, 3], 1, 2)', '_.without([1, 2], [1])', '_.without(null, 1)', '_.without("abc", "a")', '_.without([NaN], NaN)',
  '_.xor([2, 1], [2, 3])', '_.xor([1, 2], [2, 3], [3, 4])', '_.xor([1, 1, 2])', '_.xor([1], null, [2])', '_.xor()',
  '_.flatten([1, [2, [3, [4]], 5]])', '_.flattenDeep([1, [2, [3, [4]], 5]])', '_.flatten([])', '_.flatten([[], [[]]])',
  '_.flatten([(function () { return arguments; })(1, 2), [3]])', '_.flatten({ 0: [1], length: 1 })', '_.flatten("ab")',
  '_.compact([0, 1, false, 2, "", 3, null, NaN, undefined, "a"])', '_.compact(null)', '_.compact("a b")',
  '_.chunk(["a", "b", "c", "d"], 2)', '_.chunk(["a", "b", "c", "d"], 3)', '_.chunk([1, 2, 3])', '_.chunk([1, 2], 0)', '_.chunk([1, 2], -1)',
  '_.chunk(null, 2)', '_.chunk([1, 2, 3], 1.9)', '_.chunk("abcde", 2)', '_.chunk([1, 2, 3], "2")', '[[1, 2], [3, 4]].map(_.chunk)',
  '_.drop([1, 2, 3])', '_.drop([1, 2, 3], 2)', '_.drop([1, 2, 3], 5)', '_.drop([1, 2, 3], 0)', '_.drop([1, 2, 3], -1)', '_.drop(null)', '_.drop("abc", 1)',
  '_.dropRight([1, 2, 3])', '_.dropRight([1, 2, 3], 2)', '_.dropRight([1, 2, 3], 5)', '_.dropRight([1, 2, 3], 0)', '_.dropRight([1, 2, 3], -2)',
  '_.take([1, 2, 3])', '_.take([1, 2, 3], 2)', '_.take([1, 2, 3], 5)', '_.take([1, 2, 3], 0)', '_.take([1, 2, 3], -1)', '_.take(null, 2)',
  '_.takeRight([1, 2, 3])', '_.takeRight([1, 2, 3], 2)', '_.takeRight([1, 2, 3], 5)', '_.takeRight([1, 2, 3], 0)', '_.take([1, 2, 3], "2")',
  '[[1, 2, 3], [4, 5]].map(_.take)', '[[1, 2, 3], [4, 5]].map(_.drop)', '_.take([1, 2, 3], 1.5)', '_.take([1, 2, 3], NaN)',
  `_.takeWhile(${U}, 'active')`, '_.takeWhile([1, 2, 3, 1], function (n) { return n < 3; })', '_.takeRightWhile([1, 2, 3, 1], function (n) { return n < 3; })',
  `_.dropWhile(${U}, { user: 'barney' })`, '_.dropWhile([1, 2, 3, 1], function (n) { return n < 3; })', '_.dropRightWhile([1, 2, 3, 1], function (n) { return n < 3; })',
  '_.slice([1, 2, 3, 4], 1, 3)', '_.slice([1, 2, 3, 4], -2)', '_.slice([1, 2, 3, 4], 2, -1)', '_.slice([1, 2, 3, 4])', '_.slice([1, 2, 3], 5)',
  '_.slice([1, 2, 3], 2, 1)', '_.slice(null, 1)', '_.slice("abc", 1)', '_.slice([1, 2, 3], "1", "2")', '_.slice([1, 2, 3], -10, 10)', '_.slice([1, , 3])',
  '_.first([1, 2, 3])', '_.first([])', '_.first(null)', '_.first("abc")', '_.last([1, 2, 3])', '_.last([])', '_.last(null)', '_.last("abc")',
  '_.initial([1, 2, 3])', '_.initial([])', '_.initial(null)', '_.tail([1, 2, 3])', '_.tail([])', '_.tail(null)', '_.tail("abc")',
  '_.indexOf([1, 2, 1, 2], 2)', '_.indexOf([1, 2, 1, 2], 2, 2)', '_.indexOf([1, 2, 1, 2], 2, -1)', '_.indexOf([1, 2], 2, -10)', '_.indexOf([NaN], NaN)',
  '_.indexOf(null, 1)', '_.indexOf([1, 2], "2")', '_.indexOf("abc", "b")', '_.indexOf([1, 2, 3], 3, 10)', '_.indexOf([1, 2, 3], 1, 1.5)',
  '_.lastIndexOf([1, 2, 1, 2], 2)', '_.lastIndexOf([1, 2, 1, 2], 2, 2)', '_.lastIndexOf([1, 2, 1, 2], 1, -2)', '_.lastIndexOf([NaN, 1], NaN)',
  '_.lastIndexOf(null, 1)', '_.lastIndexOf([1, 2], 1, -10)', '_.lastIndexOf([1, 2], 2, 10)',
  '_.zip(["a", "b"], [1, 2], [true, false])', '_.zip(["a", "b"], [1])', '_.zip()', '_.zip(null, [1])', '_.unzip([["a", 1, true], ["b", 2, false]])',
  '_.unzip([])', '_.unzip(null)', '_.unzip([[1], "ab", 3, [2, 3]])', '_.zipObject(["a", "b"], [1, 2])', '_.zipObject(["a", "b"], [1])',
  '_.zipObject(["a"], [1, 2])', '_.zipObject(null, [1])', '_.zipObject([["a", 1], ["b", 2]])', '_.zipObject(["a.b"], [1])',
  '_.zipWith([1, 2], [10, 20], function (a, b) { return a + b; })', '_.unzipWith([[1, 10], [2, 20]], function (a, b) { return a + b; })',
  'var a = [1, 2, 3]; [_.pull(a, 2), a]', 'var a = [1, 2, 3, 1]; _.pull(a, 1, 3)', 'var a = ["a", "b", "c", "d"]; [_.pullAt(a, 1, 3), a]',
  'var a = [1, 2, 3, 4]; [_.remove(a, function (n) { return n % 2 === 0; }), a]', 'var a = ["a", "b"]; [_.pullAt(a, [0, 5]), a]',
  '_.fill([1, 2, 3], "a")', '_.fill(Array(3), 2)', '_.fill([4, 6, 8, 10], "*", 1, 3)', '_.fill([1, 2, 3], 0, -1)', '_.fill(null, 1)',
  '_.sortedIndex([30, 50], 40)', '_.sortedIndex([4, 5], 4)', '_.sortedLastIndex([4, 5, 5, 5, 6], 5)', '_.sortedIndex([], 1)', '_.sortedIndex(["a", "c"], "b")',
  '_.sortedIndex([1, 2, null], 3)', '_.sortedIndex([1, NaN], NaN)'
);
add4(
  '_.uniqBy([2.1, 1.2, 2.3], Math.floor)', '_.uniqBy([{ x: 1 }, { x: 2 }, { x: 1 }], "x")', '_.uniqBy(null, "x")', '_.uniqWith([{ x: 1 }, { x: 1 }], _.isEqual)',
  '_.unionBy([2.1], [1.2, 2.3], Math.floor)', '_.unionBy([{ x: 1 }], [{ x: 2 }, { x: 1 }], "x")', '_.intersectionBy([2.1, 1.2], [2.3, 3.4], Math.floor)',
  '_.intersectionBy([{ x: 1 }], [{ x: 2 }, { x: 1 }], "x")', '_.intersectionBy([1, 2], [2])', '_.differenceBy([2.1, 1.2], [2.3, 3.4], Math.floor)',
  '_.differenceBy([{ x: 2 }, { x: 1 }], [{ x: 1 }], "x")', '_.differenceWith([{ x: 1, y: 2 }, { x: 2, y: 1 }], [{ x: 1, y: 2 }], _.isEqual)',
  '_.xorBy([2.1, 1.2], [2.3, 3.4], Math.floor)', '_.xorBy([{ x: 1 }], [{ x: 2 }, { x: 1 }], "x")', '_.xorWith([{ a: 1 }], [{ a: 1 }, { b: 2 }], _.isEqual)',
  '_.flattenDepth([1, [2, [3, [4]], 5]], 2)', '_.flattenDepth([1, [2, [3]]], 0)', '_.flattenDepth([1, [2, [3]]], -1)', '_.flattenDepth([1, [2, [3]]])', '_.flattenDepth(null)',
  '_.concat([1], 2, [3], [[4]])', '_.concat(1, 2)', '_.concat()', '_.concat(null, [1])', '_.concat([1], null, undefined)', 'var a = [1]; _.concat(a) !== a',
  '_.nth(["a", "b", "c", "d"], 1)', '_.nth(["a", "b", "c", "d"], -2)', '_.nth(["a", "b"], 5)', '_.nth(["a", "b"])', '_.nth(null, 1)', '_.nth("abc", 1)',
  '_.reverse([1, 2, 3])', 'var a = [1, 2]; _.reverse(a) === a', '_.reverse(null)', '_.fromPairs([["a", 1], ["b", 2]])', '_.fromPairs(null)',
  '_.fromPairs([["a"], ["b", 2, 3]])', '_.head([1, 2])', '_.join(["a", "b", "c"], "~")', '_.join([1, 2])', '_.join(null)',
  '_.sortedUniq([1, 1, 2])', '_.sortedUniqBy([1.1, 1.2, 2.3], Math.floor)', '_.sortedIndexOf([4, 5, 5, 5, 6], 5)', '_.sortedLastIndexOf([4, 5, 5, 5, 6], 5)',
  '_.sortedIndexBy([{ x: 4 }, { x: 5 }], { x: 4 }, "x")', 'var a = [1, 2, 3, 1]; _.pullAll(a, [1, 3])', 'var a = [{ x: 1 }, { x: 2 }]; _.pullAllBy(a, [{ x: 1 }], "x")',
  '_.zipObjectDeep(["a.b[0].c", "a.b[1].d"], [1, 2])'
);

// objects
add(
  '_.keys({ a: 1, b: 2 })', 'function F() { this.a = 1; } F.prototype.b = 2; _.keys(new F())', 'function F() { this.a = 1; } F.prototype.b = 2; _.keysIn(new F())',
  '_.keys([1, 2])', '_.keys("hi")', '_.keys(null)', '_.keys(5)', 'var a = [1]; a.x = 2; _.keys(a)', '_.keys({ length: 2, 0: "a" })', '_.keys(function () {})',
  'var f = function () {}; f.a = 1; _.keys(f)', '_.keys(Object.prototype)', 'function F() {} F.prototype.x = 1; _.keys(F.prototype)', '_.keysIn(null)',
  '_.values({ a: 1, b: 2 })', '_.values("hi")', '_.values([1, 2])', '_.values(null)', 'function F() { this.a = 1; } F.prototype.b = 2; _.valuesIn(new F())',
  '_.pick({ a: 1, b: "2", c: 3 }, ["a", "c"])', '_.pick({ a: 1, b: "2", c: 3 }, "a", "c")', '_.pick({ a: 1, b: { c: 2, d: 3 } }, "b.c")',
  '_.pick({ a: 1, b: { c: 2 } }, ["b.c", "z.y"])', '_.pick({ "a.b": 1 }, "a.b")', '_.pick(null, "a")', '_.pick({ a: 1 })', '_.pick({ a: undefined }, "a")',
  '_.pick([1, 2, 3], 1)', '_.pick({ a: 1, b: 2 }, [["a"], "b"])', '_.pick(Object.create({ inh: 1 }), "inh")',
  '_.omit({ a: 1, b: "2", c: 3 }, ["a", "c"])', '_.omit({ a: 1, b: "2", c: 3 }, "a")', '_.omit({ a: 1, b: { c: 2, d: 3 } }, "b.c")',
  'var o = { a: { b: 1, c: 2 } }; var r = _.omit(o, "a.b"); [r, o]', '_.omit(null, "a")', '_.omit({ a: 1 })', '_.omit([1, 2], 0)',
  'function F() { this.a = 1; } F.prototype.b = 2; _.omit(new F(), "x")', '_.omit({ a: 1, b: 2 }, ["a"], "b")',
  '_.assign({ a: 0 }, { a: 1 }, { b: 2 })', 'function F() { this.a = 1; } F.prototype.b = 2; _.assign({}, new F())', '_.assign(null, { a: 1 })',
  '_.assign({}, null, undefined, { a: 1 })', '_.assign({}, "ab")', '_.assign({}, [1, 2])', '_.assign({ a: 1 }, { a: undefined })', '_.assign({ a: { b: 1 } }, { a: { c: 2 } })',
  '_.assign([1, 2, 3], [4, 5])', 'var o = {}; _.assign(o, { a: 1 }) === o', '_.assign(5, { a: 1 })',
  'function F() { this.a = 1; } F.prototype.b = 2; _.extend({}, new F())', '_.extend({ a: 1 }, { b: 2 }, { c: 3 })',
  '_.defaults({ a: 1 }, { b: 2 }, { a: 3 })', '_.defaults({ a: undefined, b: null }, { a: 1, b: 2 })', '_.defaults(null, { a: 1 })', '_.defaults({ a: 1 })',
  '_.defaults({}, "ab")', '_.defaults({ constructor: 1 }, { constructor: 2, toString: 3 })', '_.defaults({ a: { b: 1 } }, { a: { c: 2 } })',
  '_.defaultsDeep({ a: { b: 2 } }, { a: { b: 1, c: 3 } })', '_.defaultsDeep({ a: [1] }, { a: [2, 3] })', '_.defaultsDeep({}, { a: { b: { c: 1 } } })',
  '_.defaultsDeep({ a: null }, { a: { b: 1 } })', '_.defaultsDeep({ a: "x" }, { a: { b: 1 } })', '_.defaultsDeep(null, { a: 1 })',
  '_.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] })', '_.merge({ a: 1 }, { a: undefined })', '_.merge({ a: 1 }, { a: null })',
  '_.merge({ a: { b: 1 } }, { a: 2 })', '_.merge({ a: 1 }, { a: { b: 2 } })', '_.merge({ a: [1, 2, 3] }, { a: [4] })', '_.merge({ a: { x: 1 } }, { a: [5] })',
  '_.merge({}, { a: new Date(0) }).a.getTime()', '_.merge(null, { a: 1 })', '_.merge({ a: 1 }, null, { b: 2 })', '_.merge({}, "ab")', '_.merge([1, 2], [3])',
  'var s = { a: { b: 1 } }; var r = _.merge({}, s); r.a.b = 2; s.a.b', 'var o = { a: { b: 1 } }; _.merge(o, { a: { c: 2 } }); o',
  '_.merge({ a: { b: { c: 1 } } }, { a: { b: { d: 2 } } }, { a: { e: 3 } })', 'var c = { x: 1 }; c.self = c; var r = _.merge({}, c); r.self === r.self.self',
  '_.merge({ a: [{ x: 1 }] }, { a: { 0: { y: 2 } } })', '_.merge({ a: function () {} }, { a: { b: 1 } }).a.b',
  '_.clone({ a: { b: 1 } }).a', 'var o = { a: { b: 1 } }; _.clone(o).a === o.a', 'var o = { a: { b: 1 } }; _.cloneDeep(o).a === o.a', '_.cloneDeep([{ a: [1, { b: 2 }] }])',
  '_.clone([1, [2]])', '_.clone(null)', '_.clone(5)', '_.clone("s")', '_.clone(new Date(7)).getTime()', 'var r = _.clone(/x/gi); [r.source, r.flags]',
  '_.clone(function () {})', '_.cloneDeep({ f: function () {} }).f === undefined', '_.clone(new Error("e"))', '_.cloneDeep({ e: new Error("e") }).e instanceof Error',
  'var o = { a: 1 }; o.self = o; var c = _.cloneDeep(o); c.self === c', '_.cloneDeep(new Map([[1, { a: 1 }]])).get(1)', '_.cloneDeep(new Set([1, 2])).size',
  'function F() { this.a = 1; } F.prototype.b = 2; var c = _.clone(new F()); [c.a, c.b, c instanceof F]', '_.clone((function () { return arguments; })(1, 2))',
  '_.cloneDeep(Object("s")) instanceof String', '_.clone(new Uint8Array([1, 2]))', '_.clone([1, 2]).constructor === Array',
  '_.invert({ a: 1, b: 2, c: 1 })', '_.invert(null)', '_.invert(["a", "b"])', '_.invert({ a: { b: 1 } })', '_.invert({ a: null, b: undefined })',
  '_.mapValues({ a: 1, b: 2 }, function (n) { return n * 3; })', `_.mapValues({ f: { age: 40 }, p: { age: 1 } }, 'age')`, '_.mapValues(null)', '_.mapValues([1, 2])',
  '_.mapValues({ a: { b: 1 } })', '_.mapValues("ab", function (c) { return c + c; })', '_.mapValues({ a: 1, b: 2 }, function (v, k, o) { return k + _.size(o); })',
  '_.mapKeys({ a: 1, b: 2 }, function (v, k) { return k + v; })', '_.mapKeys({ a: { id: "x" } }, "id")', '_.mapKeys([1, 2])', '_.mapKeys(null)',
  '_.transform([2, 3, 4], function (r, n) { r.push(n * n); return n % 2 === 0; }, [])', '_.transform({ a: 1, b: 2, c: 1 }, function (r, v, k) { (r[v] || (r[v] = [])).push(k); }, {})',
  '_.transform([1, 2])', '_.transform({ a: 1 })', '_.transform(null)', '_.transform([1, 2], function (r, v) { r.push(v); })', '_.transform({ a: 1 }, function (r, v, k) { r[k + k] = v; })',
  '_.functions({ a: function () {}, b: 1, c: function () {} })', '_.functions(null)', '_.create({ a: 1 }, { b: 2 }).a', '_.create(null)',
  '_.toPlainObject([1, 2])', 'function F() { this.a = 1; } F.prototype.b = 2; _.toPlainObject(new F())', '_.isEmpty(new Map())', '_.isEmpty({ length: 0 })',
  '_.isEmpty({ length: 0, splice: function () {} })', '_.isEmpty(Object.create({ a: 1 }))', '_.isEmpty("a")', '_.isEmpty([undefined])'
);
add4(
  '_.entries({ a: 1, b: 2 })', '_.toPairs(new Map([["a", 1]]))', '_.toPairs(new Set([1, 2]))', '_.toPairs("ab")', 'function F() { this.a = 1; } F.prototype.b = 2; _.toPairsIn(new F())',
  '_.fromPairs(_.toPairs({ a: 1, b: [2] }))', '_.pickBy({ a: 1, b: "2", c: 3 }, _.isNumber)', '_.pickBy({ a: 1, b: null, c: 0 })', '_.pickBy(null)',
  '_.pickBy({ a: { x: 1 }, b: { x: 2 } }, { x: 2 })', '_.pickBy({ a: 1, b: 2 }, function (v, k) { return k === "b"; })', '_.pickBy([5, 6], function (v, i) { return i > 0; })',
  '_.omitBy({ a: 1, b: "2", c: 3 }, _.isNumber)', '_.omitBy({ a: 1, b: null, c: undefined }, _.isNil)', '_.omitBy(null)', '_.omitBy({ a: 0, b: 1 })',
  '_.mergeWith({ a: [1], b: [2] }, { a: [3], b: [4] }, function (o, s) { if (_.isArray(o)) return o.concat(s); })',
  '_.mergeWith({ a: 1 }, { a: 2 }, function (o, s, k) { return k + o + s; })', '_.mergeWith({ a: { b: 1 } }, { a: { b: 2 } }, function () {})',
  '_.assignIn({}, { a: 1 })', '_.assignWith({ a: 1 }, { a: 2, b: 3 }, function (o, s) { return o === undefined ? s : o; })',
  '_.invertBy({ a: 1, b: 2, c: 1 })', '_.invertBy({ a: 1, b: 2, c: 1 }, function (v) { return "g" + v; })', '_.cloneWith({ a: 1 }, function (v) { return _.isPlainObject(v) ? undefined : 9; })',
  '_.cloneDeepWith({ a: [1, 2] }, function (v) { return typeof v === "number" ? v * 10 : undefined; })', '_.castArray(1)', '_.castArray([1])', '_.castArray()',
  '_.castArray(null)', '_.castArray(undefined)', '_.update({ a: { b: 1 } }, "a.b", function (n) { return n + 1; })', '_.update({}, "x.y", function (n) { return n === undefined ? 0 : n; })',
  '_.setWith({}, "[0][1]", "a", Object)', '_.functionsIn(_.create({ f: function () {} }))', '_.conformsTo({ a: 1, b: 2 }, { b: function (n) { return n > 1; } })',
  '_.filter([{ a: 2, b: 1 }, { a: 1, b: 2 }], _.conforms({ b: function (n) { return n > 1; } }))'
);
add3(
  '_.pairs({ a: 1, b: 2 })', '_.pairs("ab")', '_.object(["a", "b"], [1, 2])', '_.object([["a", 1], ["b", 2]])', '_.methods({ a: function () {}, b: 1 })',
  '_.assign({ a: 1 }, { a: 2, b: 3 }, function (o, s) { return o === undefined ? s : o; })', '_.assign({ a: 1 }, { a: 2 }, function (o, s) { return this.m * s; }, { m: 10 })',
  '_.merge({ a: [1] }, { a: [3] }, function (o, s) { if (_.isArray(o)) return o.concat(s); })', '_.pick({ a: 1, b: "2", c: 3 }, _.isNumber)',
  '_.pick({ a: 1, b: 2 }, function (v, k) { return k === this.k; }, { k: "b" })', '_.omit({ a: 1, b: "2", c: 3 }, _.isNumber)', '_.omit({ a: 1, b: 2 }, function (v) { return v > 1; })',
  '_.invert({ a: 1, b: 2, c: 1 }, true)', '_.invert({ a: 1, b: 2, c: 1 }, false)', '_.clone({ a: { b: 1 } }, true).a', 'var o = { a: { b: 1 } }; _.clone(o, true).a === o.a',
  '_.clone({ a: 1 }, function (v) { return _.isPlainObject(v) ? undefined : 9; })', '_.cloneDeep([1, [2]], function (v) { return typeof v === "number" ? v * 10 : undefined; })',
  '_.mapValues({ a: 1 }, function (v) { return v * this.m; }, { m: 3 })', '_.mapKeys({ a: 1 }, function (v, k) { return k + this.s; }, { s: "!" })',
  '_.transform([1, 2], function (r, v) { r.push(v * this.m); }, [], { m: 2 })', '_.isEqual([1], [2], function () { return true; })',
  '_.isEqual([1, "a"], ["1", "a"], function (a, b) { return a == b || undefined; })', '_.isMatch({ a: 1 }, { a: "1" }, function (a, b) { return a == b; })',
  '_.defaults({ a: 1 }, { a: 2, b: 2 }, { c: 3 })', '_.extend({ a: 1 }, { b: 2 })', 'function F() { this.a = 1; } F.prototype.b = 2; _.extend({}, new F())',
  '_.keys({ length: 1, 0: "a", x: 1 })', '_.keys(Object("ab"))', 'var a = [1]; a.x = 2; _.keysIn(a)', '_.has({ a: { b: 1 } }, "a.b")', '_.has({ "a.b": 1 }, "a.b")'
);

// strings with arguments
add(
  '_.startsWith("abc", "a")', '_.startsWith("abc", "b")', '_.startsWith("abc", "b", 1)', '_.startsWith("abc", "a", -5)', '_.startsWith("abc", "")',
  '_.startsWith(null, "")', '_.startsWith(123, 1)', '_.startsWith("abc", "c", 2.9)', '_.endsWith("abc", "c")', '_.endsWith("abc", "b")',
  '_.endsWith("abc", "b", 2)', '_.endsWith("abc", "a", 100)', '_.endsWith("abc", "", 0)', '_.endsWith(12345, 45)',
  '_.pad("abc", 8)', '_.pad("abc", 8, "_-")', '_.pad("abc", 3)', '_.pad("abc", 2)', '_.pad("abc", 9, "")', '_.pad("😀", 5, "ab")', '_.pad("abc", "7", 0)',
  '_.repeat("*", 3)', '_.repeat("abc", 2)', '_.repeat("abc", 0)', '_.repeat("abc", -1)', '_.repeat("abc", 1.9)', '_.repeat(null, 3)', '_.repeat(5, 2)',
  '["a", "b"].map(_.repeat)', '_.trim("-_-abc-_-", "_-")', '_.trim("  abc  ")', '_.trim("xxaxx", "")', '_.trim("aaa", "a")', '_.trim("\\u00a0\\ufeffx\\n\\t")',
  '_.trim("😀a😀", "😀")', '_.trim(["  a  "])', '["  a  ", " b "].map(_.trim)', '_.escape("fred, barney, & pebbles")', '_.escape("`back`")', '_.unescape("fred, barney, &amp; pebbles")',
  '_.unescape("&#96;&#x27;&amp;amp;")', '_.escapeRegExp("[lodash](https://lodash.com/)")', '_.capitalize("FRED")', '_.capitalize("fRED bARNEY")',
  '_.camelCase("Foo Bar")', '_.camelCase("--foo-bar--")', '_.camelCase("__FOO_BAR__")', '_.kebabCase("Foo Bar")', '_.snakeCase("fooBar")', '_.startCase("--foo-bar--")',
  '_.startCase("fooBar")', '_.startCase("__FOO_BAR__")', '_.camelCase("XMLHttpRequest")', '_.snakeCase("XMLHttpRequest")', '_.camelCase("helloWorld2you")',
  '_.camelCase("12 monkeys")', '_.kebabCase("IM_A_CONSTANT")', '_.camelCase("ÀÉÎ õü")', '_.kebabCase("ÀÉÎõü")', '_.camelCase("Mozilla/5.0 (X11)")',
  '_.words("fred, barney, & pebbles")', '_.words("fred, barney, & pebbles", /[^, ]+/g)', '_.words("abc", "b")', '["a b", "c d"].map(_.words)',
  '_.words("aB2cD")', '_.words("loremIpsum DOLOR-sit_amet")', '_.words("ÀÉÎõü")', '_.words("don\'t")', '_.words("I\'M HERE")',
  '_.split("a-b-c", "-", 2)', '_.split("a-b-c", "-")', '_.split("abc", "")', '_.split("😀x", "")', '_.split("a1b2", /\\d/)', '_.split(null, ",")', '_.split("a,b")',
  '_.split("a-b", "-", 0)', '["a-b", "c-d"].map(_.split)', '_.replace("Hi Fred", "Fred", "Barney")', '_.replace("aaa", /a/g, "b")', '_.replace("abc", "b")',
  '_.replace(null, "a", "b")', '_.replace("a1", /(\\d)/, function (m, d) { return d * 2; })', '_.truncate("hi-diddly-ho there, neighborino")',
  '_.truncate("hi-diddly-ho there, neighborino", { length: 24, separator: " " })', '_.truncate("hi-diddly-ho there, neighborino", { length: 24, separator: /,? +/ })',
  '_.truncate("hi-diddly-ho there, neighborino", { omission: " [...]" })', '_.truncate("abc", { length: 2 })', '_.truncate("abcdef", { length: 4, omission: "" })',
  '_.truncate("😀😀😀😀", { length: 3 })', '_.truncate("abcdef", { length: 1 })', '_.truncate("abc", 1)',
  '_.toUpper("--foo-bar--")', '_.toLower("--Foo-Bar--")', '_.upperFirst("fred")', '_.lowerFirst("FRED")', '_.upperFirst("")', '_.upperFirst("😀a")',
  '_.parseInt("08")', '_.parseInt("0x20")', '_.parseInt("  42abc")', '_.parseInt("101", 2)', '_.parseInt("ff", 16)', '_.parseInt("12", "8")', '_.parseInt("12", 0)',
  '_.parseInt("-12.7")', '_.parseInt("")', '_.parseInt(null)', '_.parseInt(15.99)', '_.parseInt("1e3")', '_.parseInt("  \\n 7")', '["6", "08", "10"].map(_.parseInt)',
  '_.parseInt(" 0x1A ")', '_.parseInt(["12"])', '_.parseInt({})', '_.parseInt("9007199254740993")'
);
add4(
  '_.padStart("abc", 6)', '_.padStart("abc", 6, "_-")', '_.padStart("abc", 3)', '_.padEnd("abc", 6)', '_.padEnd("abc", 6, "_-")', '_.padEnd("abc", 2)',
  '_.padStart(5, 3, 0)', '_.padEnd("a", 4, "😀")', '_.trimStart("-_-abc-_-", "_-")', '_.trimEnd("-_-abc-_-", "_-")', '_.trimStart("  a  ")', '_.trimEnd("  a  ")',
  '_.lowerCase("--Foo-Bar--")', '_.lowerCase("fooBar")', '_.upperCase("__foo_bar__")', '_.upperCase("fooBar")', '_.lowerFirst("Fred")',
  '_.template("hello <%= user %>!")({ user: "fred" })', '_.template("<b><%- value %></b>")({ value: "<script>" })', '_.template("<% _.forEach(users, function(u) { %><li><%- u %></li><% }); %>")({ users: ["fred", "barney"] })',
  '_.template("<% print(\\"hello \\" + user); %>!")({ user: "barney" })', '_.template("hello ${ user }!")({ user: "pebbles" })', '_.template("<%= a %>-<%= b %>")({ a: 1, b: null })',
  '_.template("hi <%= data.user %>", { variable: "data" })({ user: "mike" })', '_.template("<%= x %>", { imports: { x: "imp" } })()',
  '_.template("{{= a }}", { interpolate: /{{=([\\s\\S]+?)}}/g })({ a: 5 })', '_.template("it\'s \\n <%= a %>")({ a: "\\\\" })', '_.template("plain")()', '_.template()()',
  'typeof _.template("<%= a %>").source', '_.template("x", { variable: "a b" })', '_.template("<%= missing %>")()', '_.template("<% if (a) { %>yes<% } else { %>no<% } %>")({ a: 0 })'
);
add3(
  '_.padLeft("abc", 6)', '_.padLeft("abc", 6, "_-")', '_.padRight("abc", 6)', '_.padRight("abc", 6, "_-")', '_.padLeft("abc", 2)', '_.padRight(5, 3, 0)',
  '_.trimLeft("-_-abc-_-", "_-")', '_.trimRight("-_-abc-_-", "_-")', '_.trimLeft("  a  ")', '_.trimRight("  a  ")', '_.trunc("hi-diddly-ho there, neighborino")',
  '_.trunc("hi-diddly-ho there, neighborino", 24)', '_.trunc("hi-diddly-ho there, neighborino", { length: 24, separator: " " })',
  '_.trunc("hi-diddly-ho there, neighborino", { length: 24, separator: /,? +/ })', '_.trunc("hi-diddly-ho there, neighborino", { omission: " [...]" })',
  '_.trunc("abc", 2)', '_.trunc("abcdef", { length: 4, omission: "" })', '_.trunc("abcdef", 1)',
  '_.template("hello <%= user %>!")({ user: "fred" })', '_.template("<b><%- value %></b>")({ value: "<script>`" })', '_.template("<% _.forEach(users, function(u) { %><li><%- u %></li><% }); %>")({ users: ["fred", "barney"] })',
  '_.template("<% print(\\"hello \\" + user); %>!")({ user: "barney" })', '_.template("hello ${ user }!")({ user: "pebbles" })', '_.template("<%= a %>-<%= b %>")({ a: 1, b: null })',
  '_.template("hi <%= data.user %>", { variable: "data" })({ user: "mike" })', '_.template("<%= x %>", { imports: { x: "imp" } })()', '_.template("hello <%= user %>!", { user: "direct" })',
  '_.template("{{= a }}", { interpolate: /{{=([\\s\\S]+?)}}/g })({ a: 5 })', '_.template("plain")()', 'typeof _.template("<%= a %>").source', '_.template("<%= missing %>")()',
  '_.template("<% if (a) { %>yes<% } else { %>no<% } %>")({ a: 0 })', '_.camelCase("XMLHttpRequest")', '_.capitalize("fRED")', '_.startCase("fooBar")'
);

// numbers and math
add(
  '_.sum([4, 2, 8, 6])', '_.sum([])', '_.sum(null)', '_.sum(["a", "b"])', '_.sum([1, "2"])', '_.sum([undefined, 1])', '_.sum([undefined])', '_.sum([null, 1])',
  '_.sum({ a: 1, b: 2 })', '_.sum([0.1, 0.2])', '_.sum("12")',
  '_.max([4, 2, 8, 6])', '_.max([])', '_.max(null)', '_.max(["a", "c", "b"])', '_.max([1, null, 3])', '_.max([NaN, 1])', '_.max([undefined, 1])',
  '_.max([{ a: 1 }, { a: 2 }])', '_.max({ a: 1, b: 3 })', '_.max("123")', '_.max([1, "10", 9])',
  '_.min([4, 2, 8, 6])', '_.min([])', '_.min(null)', '_.min([1, null, -3])', '_.min(["b", "a"])', '_.min([NaN, 1])',
  '_.round(4.006)', '_.round(4.006, 2)', '_.round(4060, -2)', '_.round(1.005, 2)', '_.round(-1.5)', '_.round("3.14159", 3)', '_.round(1e21, 2)', '_.round(NaN, 2)',
  '_.round(1.23456789e-7, 10)', '_.floor(4.006)', '_.floor(0.046, 2)', '_.floor(4060, -2)', '_.floor(-4.5)', '_.ceil(4.006)', '_.ceil(6.004, 2)', '_.ceil(6040, -2)',
  '_.ceil(null)', '_.round(2.5, 0.9)', '_.round(123.456, "1")', '[1.5, 2.5].map(_.round)',
  '_.inRange(3, 2, 4)', '_.inRange(4, 8)', '_.inRange(4, 2)', '_.inRange(2, 2)', '_.inRange(1.2, 2)', '_.inRange(5.2, 4)', '_.inRange(-3, -2, -6)', '_.inRange("3", "2", "4")',
  '_.inRange(3)', '_.inRange(NaN, 0, 5)', '_.inRange(1, NaN)',
  '_.add(6, 4)', '_.add()', '_.add(1)', '_.add(undefined, 2)', '_.add("1", 2)', '_.add(null, 2)', '_.gt(3, 1)', '_.gt("b", "a")', '_.gte(1, 1)', '_.lt(1, "2")', '_.lte(null, 0)',
  '_.now() > 1600000000000', '_.isNumber(_.now())', '_.eq(NaN, NaN)', '_.eq("a", Object("a"))', '_.eq(0, -0)'
);
add4(
  '_.sumBy([{ n: 4 }, { n: 2 }], "n")', '_.sumBy([{ n: 4 }, { n: 2 }], function (o) { return o.n * 2; })', '_.sumBy(null, "n")', '_.sumBy([{}], "n")',
  '_.maxBy([{ n: 1 }, { n: 2 }], "n")', '_.maxBy([{ n: 1 }, { n: 2 }], function (o) { return -o.n; })', '_.maxBy([], "n")', '_.maxBy([{ n: null }], "n")',
  '_.minBy([{ n: 1 }, { n: 2 }], "n")', '_.minBy([{ n: "b" }, { n: "a" }], "n")', '_.mean([4, 2, 8, 6])', 'String(_.mean([]))', 'String(_.mean(null))',
  '_.mean(["1", "2"])', '_.meanBy([{ n: 4 }, { n: 2 }], "n")', '_.meanBy([{ n: 4 }, { n: 2 }], function (o) { return o.n; })',
  '_.clamp(-10, -5, 5)', '_.clamp(10, -5, 5)', '_.clamp(3, 5)', '_.clamp(10, 5)', '_.clamp(NaN, 1, 2)', '_.clamp(3, NaN, NaN)', '_.clamp("7", "1", "5")',
  '_.clamp(3)', '_.clamp(-3, 5, 1)', '_.subtract(6, 4)', '_.multiply(6, 4)', '_.divide(6, 4)', '_.multiply()', '_.divide("6", "3")',
  '_.toFinite(Infinity)', '_.toSafeInteger(Infinity)', '_.toLength(-1)', '_.toInteger("3.9")', '_.toNumber("  0b11  ")', '_.toNumber([5])', '_.toNumber({ valueOf: function () { return "7"; } })'
);
add3(
  '_.max([{ n: 1 }, { n: 2 }], "n")', '_.max([{ n: 1 }, { n: 2 }], function (o) { return -o.n; })', 'String(_.max([]))', 'String(_.min([]))', 'String(_.max(null))',
  '_.max({ a: 1, b: 3 })', '_.max([1, 3, 2], function (n) { return this[n]; }, { 1: 9, 2: 5, 3: 1 })', '_.min([{ n: 1 }, { n: 2 }], "n")',
  '_.sum([{ n: 4 }, { n: 2 }], "n")', '_.sum([1, 2], function (n) { return n * 10; })', '_.sum({ a: 1, b: 2 })', 'String(_.max(["a", "c", "b"]))', 'String(_.max([1, null, 3]))'
);

// functions
add(
  'var n = 0; var f = _.once(function (x) { n++; return x * 2; }); [f(2), f(5), n]', 'var f = _.once(function () { return this.v; }); f.call({ v: 3 })',
  'var n = 0; var m = _.memoize(function (x) { n++; return x * 2; }); [m(2), m(2), m(3), n]', 'var m = _.memoize(function (a, b) { return a + b; }); [m(1, 2), m(1, 5)]',
  'var m = _.memoize(function (a, b) { return a + b; }, function (a, b) { return a + "-" + b; }); [m(1, 2), m(1, 5)]',
  'var m = _.memoize(function (o) { return o.v; }); var o = { v: 1 }; m(o); o.v = 2; m(o)', 'var m = _.memoize(function (x) { return x; }); m(1); m.cache.has(1)',
  'var m = _.memoize(function (x) { return x * 2; }); m(1); m.cache.set(1, "forced"); m(1)',
  '_.negate(function (n) { return n % 2 === 0; })(3)', '_.filter([1, 2, 3, 4, 5, 6], _.negate(function (n) { return n % 2 === 0; }))',
  '_.partial(function (a, b, c) { return [a, b, c]; }, 1)(2, 3)', '_.partial(function (a, b, c) { return [a, b, c]; }, _, 2)(1, 3)',
  '_.partial(function () { return _.toArray(arguments); })(1)', '_.partialRight(function (a, b, c) { return [a, b, c]; }, 3)(1, 2)',
  '_.partialRight(function (a, b, c) { return [a, b, c]; }, 2, _)(1, 3)', '_.bind(function (g, p) { return g + " " + this.user + p; }, { user: "fred" }, "hi")("!")',
  '_.bind(function (a, b) { return [this.x, a, b]; }, { x: 1 }, _, 3)(2)', 'var o = { user: "fred", greet: function (g) { return g + " " + this.user; } }; var b = _.bindKey(o, "greet", "hi"); o.greet = function (g) { return g + "ya " + this.user; }; b()',
  'var o = { v: 1, get: function () { return this.v; } }; _.bindAll(o, "get"); var g = o.get; g()', 'var c = _.curry(function (a, b, c) { return [a, b, c]; }); [c(1)(2)(3), c(1, 2)(3), c(1)(2, 3)]',
  'var c = _.curry(function (a, b, c) { return [a, b, c]; }); c(1)(_, 3)(2)', 'var c = _.curryRight(function (a, b, c) { return [a, b, c]; }); c(3)(2)(1)',
  '_.ary(function () { return _.toArray(arguments); }, 2)(1, 2, 3)', '["6", "8", "10"].map(_.ary(parseInt, 1))', '_.rearg(function (a, b, c) { return [a, b, c]; }, [2, 0, 1])("b", "c", "a")',
  '_.spread(function (a, b) { return a + b; })([1, 2])', '_.wrap(_.escape, function (f, t) { return "<p>" + f(t) + "</p>"; })("a & b")',
  '_.flow(function (a, b) { return a + b; }, function (n) { return n * n; })(1, 2)', '_.flowRight(function (n) { return n * n; }, function (a, b) { return a + b; })(1, 2)',
  '_.flow()(5)', 'var c = 0; var f = _.after(2, function () { return ++c; }); [f(), f(), f()]', 'var c = 0; var f = _.before(3, function () { return ++c; }); [f(), f(), f(), f()]',
  '_.constant({ a: 1 })()', '_.identity(5)', '_.identity()', '_.noop(1)', '_.times(2, _.constant("x"))', 'var o = { a: 1 }; _.constant(o)() === o',
  'var ids = [_.uniqueId(), _.uniqueId("id_"), _.uniqueId(5)]; ids.every(function (s, i) { return typeof s === "string"; }) && /^id_\\d+$/.test(ids[1]) && /^5\\d+$/.test(ids[2])',
  'var a = _.uniqueId(); var b = _.uniqueId(); +b === +a + 1', '_.attempt(function (x) { return x * 2; }, 4)', '_.attempt(function () { throw new Error("boom"); }) instanceof Error',
  '_.attempt(function () { throw "str"; }).message', 'var d = _.debounce(function (x) { return x * 2; }, 50); [d(2), d.flush()]',
  'var n = 0; var d = _.debounce(function () { return ++n; }, 50, { leading: true }); [d(), d(), n]', 'var d = _.debounce(function () { return 1; }, 50); d(); d.cancel(); d.flush()',
  'var n = 0; var t = _.throttle(function () { return ++n; }, 1000); [t(), t(), t(), n]', 'var t = _.throttle(function (x) { return x; }, 50, { leading: false }); [t(1), t.flush()]',
  '_.delay(function () {}, 10) != null', '_.defer(function () {}) != null', '_.isFunction(_.debounce(_.noop).cancel)',
  '_.map([1, 2], _.constant(7))', '_.property("a.b")({ a: { b: 2 } })', '_.propertyOf({ a: { b: 3 } })("a.b")', '_.method("a.b", 2)({ a: { b: function (x) { return x * 3; } } })',
  '_.methodOf({ a: { b: function (x) { return x * 4; } } }, 2)("a.b")', '_.invoke({ a: [{ b: function (x) { return this.c + x; }, c: 1 }] }, "a[0].b", 2)',
  '_.invoke([1, 2], "join", "-")', '_.invoke(null, "a")'
);
add(
  '_.once(5)', '_.memoize(5)', '_.memoize(function () {}, 5)', '_.negate("x")', '_.debounce(null)', '_.throttle({})', '_.delay(1)', '_.defer()', '_.after(1, 2)', '_.before(1, 2)',
  '_.partial(5)', '_.bind(5)', '_.curry(5)', '_.flow(1)', '_.attempt(function () { throw new Error("x"); }).message', '_.wrap(5, 6)'
);
add4(
  '_.unary(parseInt)("10", 2)', '["6", "8", "10"].map(_.unary(parseInt))', '_.flip(function () { return _.toArray(arguments); })(1, 2, 3)',
  '_.overArgs(function (x, y) { return [x, y]; }, [function (n) { return n * 2; }, function (n) { return n * n; }])(3, 3)',
  '_.over([Math.max, Math.min])(1, 2, 3)', '_.overEvery([Boolean, isFinite])("1")', '_.overSome([Boolean, isFinite])(null)', '_.nthArg(1)("a", "b", "c")',
  '_.nthArg(-2)("a", "b", "c")', '_.cond([[_.matches({ a: 1 }), _.constant("m")], [_.stubTrue, _.constant("d")]])({ a: 1 })',
  '_.cond([[_.matches({ a: 1 }), _.constant("m")], [_.stubTrue, _.constant("d")]])({ a: 2 })', '_.cond([[_.stubFalse, _.noop]])()', '_.rest(function (a, b) { return [a, b]; })(1, 2, 3)',
  '_.rest(function (a, b) { return [a, b]; }, 0)(1, 2)', '_.defaultTo(1, 10)', '_.defaultTo(undefined, 10)', '_.defaultTo(NaN, 10)', '_.defaultTo(null, 10)',
  '[_.stubArray(), _.stubObject(), _.stubString(), _.stubTrue(), _.stubFalse()]', '_.iteratee("a")({ a: 9 })', '_.iteratee({ a: 1 })({ a: 1, b: 2 })',
  '_.iteratee(["a", 1])({ a: 1 })', '_.cond([[1, 2]])', '_.invokeMap([[5, 1, 7], [3, 2, 1]], "sort")', '_.invokeMap([123, 456], String.prototype.split, "")',
  '_.flatMap([1, 2], function (n) { return [n, n]; })', '_.flatMapDeep([1, 2], function (n) { return [[[n, n]]]; })', '_.flatMapDepth([1, 2], function (n) { return [[[n, n]]]; }, 2)',
  '_.flatMap({ a: [1], b: [2, [3]] })'
);
add3(
  '_.map([1, 2], function (v) { return v * this.m; }, { m: 10 })', '_.filter([1, 2, 3], function (v) { return v > this.min; }, { min: 1 })',
  'var r = []; _.each([1, 2], function (v) { r.push(this.p + v); }, { p: "x" }); r', '_.reduce([1, 2], function (a, v) { return a + v * this.m; }, 0, { m: 2 })',
  '_.find([1, 2, 3], function (v) { return v === this.t; }, { t: 2 })', '_.some([1, 2], function (v) { return v === this.t; }, { t: 2 })',
  '_.every([1, 2], function (v) { return v < this.t; }, { t: 3 })', '_.sortBy([3, 1, 2], function (v) { return this[v]; }, { 1: "c", 2: "b", 3: "a" })',
  '_.groupBy([1, 2, 3], function (v) { return v % this.m; }, { m: 2 })', '_.countBy([1, 2, 3], function (v) { return v > this.t; }, { t: 1 })',
  '_.times(3, function (i) { return i * this.m; }, { m: 5 })', '_.uniq([1, 2, 1.5], function (n) { return Math.floor(n); })', '_.uniq([1, 1, 2], true)',
  '_.uniq([{ x: 1 }, { x: 1 }, { x: 2 }], "x")', '_.uniq([1, 2, 1.5], false, function (n) { return this.f(n); }, Math)', '_.uniq([1, 2, 2.5], true, Math.floor)',
  '_.unique([3, 3, 1])', '_.union([1], [2, 1])', '_.flatten([1, [2, [3]]], true)', '_.flatten([1, [2, [3]]], false)', '[[1, [2]], [3, [4]]].map(_.flatten)',
  '_.indexOf([1, 2, 3, 4], 3, true)', '_.indexOf([1, 2, 2, 3], 2, true)', '_.indexOf([4, 1, 3], 3, true)', '_.lastIndexOf([1, 2, 2, 3], 2, true)',
  '_.sortedIndex([{ x: 1 }, { x: 3 }], { x: 2 }, "x")', '_.sortedIndex([1, 3], 2, function (n) { return n; })', '_.rest([1, 2, 3])', '_.rest(null)',
  '_.first([1, 2, 3], 2)', '_.last([1, 2, 3], 2)', '_.take([1, 2, 3], 2)', '_.partial(function (a, b) { return [a, b]; }, _, 2)(1)',
  '_.callback("a")({ a: 7 })', '_.callback({ a: 1 })({ a: 1 })', '_.callback(function (x) { return this.k + x; }, { k: 1 })(1)', '_.iteratee(["a", 1])({ a: 1 })',
  '_.restParam(function (a, b) { return [a, b]; })(1, 2, 3)', '_.restParam(function (a, b) { return [a, b]; }, 0)(1, 2)', '_.compose(function (n) { return n * n; }, function (a, b) { return a + b; })(1, 2)',
  '_.backflow(function (n) { return n + 1; }, function (n) { return n * 2; })(3)', '_.modArgs(function (x, y) { return [x, y]; }, function (n) { return n * 2; }, function (n) { return n * n; })(3, 3)',
  '_.modArgs(function (x, y) { return [x, y]; }, [function (n) { return n * 2; }])(3, 3)', '_.support', '_.isEqual(_.support, {})'
);

// function wrappers in more shapes
const ARGS = 'function () { return [].slice.call(arguments); }';
add(
  `_.partial(${ARGS}, _, "b", _)("a", "c", "d")`, `_.partial(${ARGS}, _, "b", _)("a")`, `_.partialRight(${ARGS}, "x", _)("a", "b", "c")`,
  `_.partialRight(${ARGS}, _, "y")("a")`, `_.partial(${ARGS})()`, `_.partial(_.partial(${ARGS}, 1), 2)(3)`,
  `var c = _.curry(function (a, b, c) { return [a, b, c]; }); [c(_, 2)(1)(3), c(_, _, 3)(1)(2), c(1, 2, 3, 4)]`,
  `var c = _.curry(${ARGS}, 2); [c(1)(2), c(1, 2, 3)]`, `var c = _.curryRight(function (a, b, c) { return [a, b, c]; }); [c(3)(1, 2), c(_, 3)(2)(1)]`,
  `_.curry(function (a, b) { return a + b; })(1)(2)`, `typeof _.curry(function (a, b) { return a + b; })(1)`,
  `_.bind(${ARGS}, null, _, "b")("a", "c")`, `var B = _.bind(function (a) { this.a = a; }, { x: 1 }); new B(5).a`,
  `var o = { n: 1 }; _.bind(function () { return this.n; }, o)()`, `_.bindKey({ f: function (a, b) { return [this.k, a, b]; }, k: 0 }, "f", _, 2)(1)`,
  `_.rearg(${ARGS}, 2, 0, 1)("b", "c", "a")`, `_.rearg(${ARGS}, [1])(1, 2, 3)`, `_.rearg(${ARGS}, [5, 0])(1, 2)`, `_.ary(${ARGS}, 0)(1, 2)`, `_.ary(${ARGS})(1, 2, 3)`,
  `var n = 0; var f = _.after(2, function () { return ++n; }); [f(), f(), f()]`, `var n = 0; var f = _.before(0, function () { return ++n; }); [f(), f()]`,
  `var m = _.memoize(function (a) { return a * 2; }, function (a) { return "k" + a; }); [m(2), m(2), m.cache.get("k2")]`,
  `var m = _.memoize(function (o) { return Object.keys(o).length; }); [m({ a: 1 }), m({ a: 1, b: 2 })]`, `var m = _.memoize(function (x) { return typeof x; }); [m(1), m("1")]`,
  `_.flow(function (x) { return x + 1; }, function (x) { return x * 3; })(1)`, `_.flowRight(function (x) { return x + 1; }, function (x) { return x * 3; })(1)`,
  `_.negate(_.isArray)([])`, `_.once(function (a) { return a; })()`, `var f = _.once(${ARGS}); [f(1), f(2)]`,
  `_.wrap("x", function (v, a) { return v + a; })("y")`, `_.wrap("x")()`, `_.spread(${ARGS})([1, 2], 3)`,
  `_.constant()()`, `_.times(2, _.constant([]))`, `_.attempt(JSON.parse, "[1]")`, `_.attempt(function () { return this; }) === undefined`
);
add(
  `var c = _.curry(function (a, b, c) { return [a, b, c]; }); typeof c(_, _, 3)(1)`, `var c = _.curry(function (a, b, c, d) { return [a, b, c, d]; }); c(1, _, 3)(_, 4)(2)`,
  `var c = _.curryRight(function (a, b, c) { return [a, b, c]; }); [c(_, 3)(1)(2), c(2, 3)(1)]`, `var c = _.curry(function (a, b) { return [a, b, this && this.k]; }); c.call({ k: 1 }, 1)(2)`,
  `_.partial(function (a, b) { return [a, b]; }, undefined)(1)`, `_.wrap(undefined, function (v, a) { return [v, a]; })(1)`, `_.curry(function (a, b) { return [a, b]; }, "1")(5)`,
  `_.curry(${ARGS}, 0)()`, `_.partialRight(_.partial(${ARGS}, 1), 9)(5)`, `_.bind(_.partial(${ARGS}, 1), null, 2)(3)`,
  `var P = _.partial(function (a, b) { this.v = [a, b]; }, 1); new P(2).v`
);
add4(
  `_.flow([function (x) { return x + 1; }, function (x) { return x * 3; }])(1)`, `_.spread(${ARGS}, 1)("a", ["b", "c"])`, `_.spread(${ARGS}, -1)([1, 2])`,
  `_.flip(${ARGS})()`, `_.unary(${ARGS})(1, 2)`, `_.rest(${ARGS}, 1)(1, 2, 3)`, `_.rest(${ARGS}, -1)(1, 2)`, `_.overArgs(${ARGS}, String, Number)("1", "2", "3")`,
  `typeof _.memoize(_.identity).cache.get`
);
add3(
  `var n = 0; var f = _.after(function () { return ++n; }, 2); [f(), f(), f()]`, `var n = 0; var f = _.before(function () { return ++n; }, 3); [f(), f(), f()]`,
  `_.flow([function (x) { return x + 1; }])`, `_.after("x")`, `_.restParam(${ARGS}, 1)(1, 2, 3)`, `_.modArgs(${ARGS}, String)(1, 2)`, `_.modArgs(${ARGS}, 5)`,
  `var d = _.debounce(function (x) { return x; }, 20, true); [d(1), d(2)]`, `typeof _.throttle(_.noop, 10, false)`, `typeof _.debounce(_.noop).flush`
);

// lodash 3's own names and aliases
add3(
  `_.pluck(${U}, 'user')`, `_.pluck(${U}, 'pets[0].n')`, `_.pluck(${U}, ['pets', 'length'])`, '_.pluck({ a: { x: 1 }, b: { x: 2 } }, "x")', '_.pluck(null, "a")', '_.pluck([1, 2], "toFixed")',
  `_.where(${U}, { age: 36, active: true })`, `_.where(${U}, { pets: [{ n: 'dino' }] })`, '_.where(null, {})', '_.where([{ a: 1 }, { a: 2 }], {})',
  `_.findWhere(${U}, { age: 40 })`, `_.findWhere(${U}, { user: 'nobody' })`, `_.findWhere(${U}, { active: true })`,
  '_.contains([1, 2, 3], 1)', '_.contains([1, 2, 3], 1, 2)', '_.contains({ a: 1 }, 1)', '_.contains("abc", "bc")', '_.include([1, 2], 2)', '_.includes([1, 2, 3], 3, -1)',
  '_.contains([NaN], NaN)', '_.contains("abcd", "", 10)', '_.contains(null, 1)', '_.contains([1, 2, 3], 1, -100)',
  `_.indexBy(${U}, 'user')`, '_.indexBy([{ id: 1 }, { id: 2 }], function (o) { return "k" + o.id; })', '_.indexBy([{ id: 1 }], function (o) { return o.id + this.s; }, { s: "!" })',
  `_.sortByOrder(${U}, ['user', 'age'], ['asc', 'desc'])`, `_.sortByOrder(${U}, ['age'], [false])`, `_.sortByOrder(${U}, 'age', 'desc')`, `_.sortByOrder(${U}, ['active', 'age'], [true, false])`,
  `_.sortByOrder(${U}, [function (o) { return o.user.length; }])`, `_.sortByAll(${U}, ['active', 'age'])`, `_.sortByAll(${U}, 'active', 'age')`, `_.sortByAll(${U}, 'age')`,
  '_.sortByOrder([3, 1, 2], [_.identity], ["desc"])', '_.sortByOrder(null, ["a"])',
  '_.any([0, 1])', '_.all([1, 0])', '_.select([1, 2, 3], function (n) { return n > 1; })', '_.collect([1, 2], function (n) { return n * 3; })',
  '_.detect([1, 2, 3], function (n) { return n > 1; })', '_.foldl([1, 2, 3], function (a, n) { return a + n; })', '_.foldr(["a", "b"], function (a, n) { return a + n; })',
  '_.inject([1, 2], function (a, n) { return a + n; }, 10)', '_.head([1, 2])', '_.tail([1, 2, 3])', '_.object(["a"], [1])', '_.methods(_).length > 100',
  '_.first([1, 2, 3])', '_.first([])', '_.last([1, 2, 3])', '_.rest([1, 2, 3])', '_.initial([1, 2, 3])', '_.max([1, 5, 3])', '_.min([4, 2])',
  '_.capitalize("fRED")', '_.capitalize("fred")', '_.capitalize("FRED")', '_.escape("a`b")', '_.escapeRegExp("a/b")', '_.escapeRegExp("\\n1")', '_.unescape("&#96;")',
  '_.keys("abc")', '_.values("abc")', '_.size("😀")', '_.toArray("abc")', '_.words("aB2cD")', '_.camelCase("helloWorld2you")', '_.kebabCase("ÀÉÎõü")',
  '_.isEmpty({ length: 0 })', '_.isFinite("1")', '_.isFinite(Infinity)', '_.isNaN(Object(NaN))', '_.isArray(arguments)', '_.isNative(Array.prototype.push)',
  '_.parseInt("0x20")', '_.random(1, 1)', '_.VERSION', '_.templateSettings.variable', '_.noConflict() === _', 'typeof _.mixin',
  '_.gt(2, 1)', '_.lt(1, "2")', '_.add(1, 2)', '_.add("1", 2)', '_.at(["a", "b", "c"], [0, 2])', '_.at({ a: { b: 1 } }, "a.b")', '_.eq(NaN, NaN)', '_.isEqual(1, 1)',
  '_.range(0, 1, 0)', '_.inRange(3, 2, 4)', '_.round(4.006, 2)', '_.ceil(6.004, 2)', '_.floor(0.046, 2)', '_.sum([])', '_.zipWith([1, 2], [10, 20], _.add)',
  '_.spread(function (a, b) { return a + b; })([1, 2])', '_.ary(parseInt, 1)("10", 2)', '_.rearg(function (a, b) { return [a, b]; }, 1, 0)(1, 2)',
  '_.functions({ a: _.noop })', '_.result({ a: 1 }, "a")', '_.valuesIn({ a: 1 })', '_.deburr("déjà vu")', '_.deburr("Œuvre ĳ")', '_.trim("  x  ")', '_.repeat("ab", 2)',
  '_.pad("abc", 8, "_-")', '_.startsWith("abc", "b", 1)', '_.endsWith("abc", "b", 2)', '_.groupBy([1.3, 1.5, 2.1], Math.floor)', '_.partition([1, 2, 3], function (n) { return n % 2; })',
  '_.toPlainObject([1])', '_.create({ a: 1 }).a', '_.isMatch({ a: 1, b: 2 }, { b: 2 })', '_.matches({ a: 1 })({ a: 1 })', '_.matchesProperty("a", 1)({ a: 1 })',
  '_.property("a.b")({ a: { b: 1 } })', '_.propertyOf({ a: 1 })("a")', '_.method("toFixed", 1)(1.234)', '_.methodOf(Math)("floor")',
  '_.invoke([[5, 1, 7], [3, 2, 1]], "sort")', '_.invoke([123, 456], String.prototype.split, "")', '_.invoke({ a: 1 }, "toString")', '_.flow(_.add, function (n) { return n * 2; })(1, 2)',
  '_.curry(function (a, b) { return a + b; })(1)(2)', '_.bind(function () { return this.x; }, { x: 1 })()', '_.get({ a: [1] }, "a[0]")', '_.set({}, "a[0].b", 1)', '_.has({ a: 1 }, "a")',
  '_.slice([1, 2, 3], 1)', '_.takeWhile([1, 2, 3], function (n) { return n < this.t; }, { t: 3 })', '_.dropWhile([1, 2, 3], function (n) { return n < 2; })',
  '_.findIndex([{ a: 1 }, { a: 2 }], { a: 2 })', '_.findLastIndex([1, 2, 3], function (n) { return n < this.t; }, { t: 3 })', '_.findKey({ a: 1, b: 2 }, function (v) { return v === this.t; }, { t: 2 })',
  '_.forOwn({ a: 1, b: 2 }, function () {})', '_.mapValues({ a: { b: 1 } }, "b")', '_.pairs([1, 2])', '_.zipObject([["a", 1]])', '_.xor([1, 2], [2, 3])',
  '_.difference([1, 2, 3], [2], [3])', '_.intersection([1, 2], [2, 3], [2])', '_.without([1, 2, 1], 1)', '_.compact([0, 1])', '_.chunk([1, 2, 3], 2)', '_.fill([1, 2], 0)',
  '_.pull([1, 2, 1], 1)', '_.remove([1, 2, 3], function (n) { return n > this.t; }, { t: 1 })', '_.pullAt([1, 2, 3], 0, 2)', '_.zip([1, 2], ["a", "b"])', '_.unzip([[1, "a"], [2, "b"]])',
  '_.unzipWith([[1, 10], [2, 20]], _.add)', '_.sortedLastIndex([4, 4, 5], 4)', '_.dropRight([1, 2, 3], 2)', '_.takeRight([1, 2, 3], 2)', '_.dropRightWhile([1, 2, 3], function (n) { return n > 1; })',
  '_.takeRightWhile([1, 2, 3], function (n) { return n > 1; })', '_.words("fred, barney", /[^, ]+/g)', '_.wrap(1, function (v, x) { return v + x; })(2)',
  '_.isPlainObject(Object.create(null))', '_.isTypedArray(new Uint8Array(1))', '_.isElement({ nodeType: 1 })', '_.isArguments((function () { return arguments; })())',
  '_.uniqueId("a").indexOf("a") === 0', '_.now() > 0', '_.identity(3)', '_.constant(3)()', '_.noop()', '_.times(2)', '_.attempt(JSON.parse, "{")  instanceof Error'
);

// chains
add(
  '_([1, 2, 3]).map(function (n) { return n * 2; }).value()', '_([1, 2, 3]).map(function (n) { return n * 2; }).filter(function (n) { return n > 2; }).value()',
  '_([1, 2, 3]).sum()', '_([1, 2, 3]).first()', '_([1, 2, 3]).last()', '_([1, 2, 3]).reduce(function (a, b) { return a + b; })', '_([1, 2, 3]).includes(2)',
  '_({ a: 1, b: 2 }).keys().value()', '_({ a: 1, b: 2 }).values().sum()', '_({ a: { b: 1 } }).get("a.b")', '_({ a: 1 }).has("a")', '_("abc").toUpper()',
  `_(${U}).filter('active').map('user').value()`, `_(${U}).sortBy('age').map('user').first()`, '_([3, 1, 2]).sortBy().value()', '_([1, 2]).isArray()',
  '_.chain([1, 2, 3]).map(function (n) { return n * 3; }).first().value()', '_.chain([1, 2, 3]).sum().value()', '_.chain({ a: 1 }).keys().first().value()',
  `_.chain(${U}).sortBy('age').map(function (o) { return o.user + ' is ' + o.age; }).head().value()`, '_([1, 2, 3]).chain().map(function (n) { return n + 1; }).last().value()',
  '_([1, 2, 3]).value()', '_(5).value()', '_(null).value()', '_("x").value()', 'JSON.stringify(_([1, 2]).map(function (n) { return n; }))', '_([1, 2]).toJSON()', 'String(_([1, 2]))',
  '_([1, 2, 3]).tap(function (a) { a.pop(); }).value()', '_([1, 2, 3]).thru(function (a) { return a.length; }).value()', '_([1, 2]).reverse().value()',
  'var a = [1, 2]; _(a).push(3).value(); a', '_([1, 2, 3]).pop()', '_([1, 2, 3]).shift()', '_([3, 1, 2]).sort().value()', '_([1, 2, 3]).splice(1, 1).value()',
  '_([1, 2]).join("-")', 'var w = _([1, 2]); _(w) === w', '_.chain([1, 2]).map(function (n) { return n * 2; }).value()', 'var w = _([1, 2, 3]).map(function (n) { return n * 2; }); [w.value(), w.value()]',
  'var n = 0; var w = _([1, 2]).map(function (x) { n++; return x; }); var before = n; w.value(); [before, n]', '_([1, 2, 3]).take(2).value()', '_([1, [2, [3]]]).flatten().value()',
  '_({ a: 1, b: 2 }).pick("a").value()', '_({ a: 1, b: 2 }).omit("a").value()', '_([1, 2, 2]).uniq().size()', '_("a-b").split("-").value()', '_([1, 2]).isEmpty()',
  '_.chain([1, 2]).isEmpty().value()', '_([1, 2]).each(function () {})', '_.chain([1, 2]).each(function () {}).value()', '_([1, 2]).find(function (n) { return n > 1; })',
  '_.chain([1, 2]).find(function (n) { return n > 1; }).value()', '_([{ a: 1 }]).pluck ? _([{ a: 1 }]).pluck("a").value() : "none"', '_([1, 2]).concat([3]).value()',
  '_([[1, 2], [3]]).map("length").sum()', '_({ a: 1 }).map(function (v, k) { return k; }).value()', '_([1, 2, 3]).max()', '_([1, 2, 3]).chain().max().value()',
  '_.chain("abc").split("").reverse().join("").value()', '_([1, 2]).commit().value()', '_([1, 2]).map(function (n) { return n + 1; }).plant([5, 6]).value()',
  'var w = _([1, 2]); [w.next(), w.next(), w.next()]', 'Array.isArray(_([1]).__wrapped__)', '_.mixin({ triple: function (n) { return n * 3; } }); [_.triple(2), _(3).triple()]',
  '_.mixin({ dbl: function (a) { return a.concat(a); } }); _([1]).dbl().value()'
);

// what the corpus collections do with the legacy global
add3(
  '_.parseInt("17") + 1', '_.parseInt(7)', '_.parseInt("")', '_.parseInt(undefined)', '_.parseInt("3") < 5', 'var responseJSON = { data: {} }; _.has(responseJSON, "data")',
  'var responseJSON = { form: { RandomId: "42", TimeCreated: "1600000000" } }; [_.parseInt(responseJSON.form["RandomId"]), _.parseInt(responseJSON.form["TimeCreated"])]',
  'var hit = []; _.each([1], function (v) { hit.push(v); }); hit', '_.isEmpty("a,b,c".split(","))', '_.isEmpty("".split(","))', '_.has({ data: null }, "data")'
);

// ------------------------------------------------------------------ output

function build(version) {
  const lib = version === 4 ? L4 : L3;
  const prefix = version === 4 ? "var _ = require('lodash'); " : '';
  const out = [];
  const skipped = [];
  for (const spec of specs) {
    if (spec.only && spec.only !== version) continue;
    // lodash 3 has no toString of its own: `_.toString` is Function.prototype.toString (its source).
    if (version === 3 && spec.code.includes('_.toString(')) continue;
    const v = evaluate(prefix + spec.code, lib);
    if (v.error !== undefined) {
      const mine = !(v.error instanceof TypeError || v.error instanceof ReferenceError ||
        v.error instanceof RangeError || v.error instanceof SyntaxError) || LIBRARY_ERRORS.test(v.throws);
      delete v.error;
      if (!mine || !LIBRARY_ERRORS.test(v.throws)) {
        skipped.push(spec.code + '  -> ' + v.throws);
        continue;
      }
    }
    // Lone surrogates (lodash 3 splits astral characters) do not survive JSON between engines.
    if (/\\ud[89a-f]/i.test(JSON.stringify(v))) {
      skipped.push(spec.code + '  -> lone surrogate in the result');
      continue;
    }
    out.push(v);
  }
  return { out, skipped };
}

for (const [version, file] of [[4, 'lodash.json'], [3, 'lodash3.json']]) {
  const { out, skipped } = build(version);
  fs.writeFileSync(path.join(outDir, file), '[\n' + out.map((v) => JSON.stringify(v)).join(',\n') + '\n]\n');
  process.stderr.write(`${file}: ${out.length} vectors, ${skipped.length} specs left out (engine errors or missing functions)\n`);
  if (process.env.VERBOSE) for (const s of skipped) process.stderr.write('  ' + s + '\n');
}
