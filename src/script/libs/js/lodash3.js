// courier: the legacy global `_` of Newman's sandbox (internal library '_lodash3'): lodash 3.10
// (postman-sandbox 4.7.1 bundles the npm package lodash3@3.10.2) with v3's names (pluck, where,
// findWhere, contains/include, indexBy, sortByOrder/sortByAll, trunc, padLeft/padRight,
// trimLeft/trimRight, pairs, object, methods, any/all/select/collect/detect/foldl/foldr/inject,
// callback, restParam, modArgs...) and semantics (thisArg arguments, uniq(isSorted),
// flatten(isDeep), max/min of nothing = -/+Infinity, capitalize keeping the rest...).
// Split over _lodash3_base, _lodash3_collection, _lodash3_array, _lodash3_object,
// _lodash3_string and _lodash3_func; the wrapper comes from _lodash_chain. Not provided:
// runInContext, lazy evaluation shortcuts (results are the same).
(function (native, require) {
  'use strict';

  var B = require('_lodash3_base');
  var C = require('_lodash3_collection');
  var A = require('_lodash3_array');
  var O = require('_lodash3_object');
  var S = require('_lodash3_string');
  var F = require('_lodash3_func');
  var api = {};
  var idCounter = 0;
  var lodash;

  function take(src, names) { names.split(' ').forEach(function (n) { api[n] = src[n]; }); }
  take(B, 'isArguments isArray isBoolean isDate isElement isError isFunction isNative isNumber ' +
    'isPlainObject isRegExp isString isTypedArray keys keysIn values valuesIn pairs identity property');
  take(C, 'forEach forEachRight map filter reject every some find findLast findIndex findLastIndex ' +
    'findKey findLastKey findWhere where pluck reduce reduceRight includes groupBy countBy indexBy ' +
    'partition sortBy sortByAll sortByOrder toArray shuffle size max min sum invoke');
  take(A, 'first last rest initial drop dropRight take takeRight dropWhile dropRightWhile takeWhile ' +
    'takeRightWhile chunk compact slice flatten flattenDeep uniq union difference without ' +
    'intersection xor sortedIndex sortedLastIndex indexOf lastIndexOf unzip unzipWith zip zipObject ' +
    'zipWith pull pullAt remove fill range times');
  take(O, 'assign merge defaults defaultsDeep clone cloneDeep get has set result pick omit invert ' +
    'mapKeys mapValues forIn forInRight forOwn forOwnRight functions transform create isEmpty ' +
    'isEqual isMatch toPlainObject');
  take(S, 'deburr words camelCase kebabCase snakeCase startCase capitalize trim trimLeft trimRight ' +
    'repeat pad padLeft padRight trunc escape unescape escapeRegExp startsWith endsWith parseInt');
  take(F, 'now bindAll ary rearg after before once negate memoize debounce throttle defer delay flow ' +
    'flowRight modArgs restParam spread add round floor ceil inRange random');

  api.isFinite = function (v) { return typeof v === 'number' && isFinite(v); };
  api.isNaN = function (v) { return B.isNumber(v) && v != +v; };
  api.isNull = function (v) { return v === null; };
  api.isUndefined = function (v) { return v === undefined; };
  api.isObject = B.isObject;
  api.gt = function (a, b) { return a > b; };
  api.gte = function (a, b) { return a >= b; };
  api.lt = function (a, b) { return a < b; };
  api.lte = function (a, b) { return a <= b; };
  api.wrap = F.wrapValue;
  api.at = B.restParam(function (collection, props) { return A.baseAt(collection, B.baseFlatten(props)); });
  api.attempt = B.restParam(function (func, args) {
    try {
      return func.apply(undefined, args);
    } catch (e) {
      return B.isError(e) ? e : new Error(e);
    }
  });
  api.matches = function (source) { return B.baseMatches(O.baseClone(source, true)); };
  api.matchesProperty = function (path, value) { return B.baseMatchesProperty(path, O.baseClone(value, true)); };
  api.callback = function (func, thisArg, guard) {
    if (guard && B.isIterateeCall(func, thisArg, guard)) thisArg = undefined;
    return B.isObjectLike(func) ? api.matches(func) : B.baseCallback(func, thisArg);
  };
  api.constant = function (v) { return function () { return v; }; };
  api.noop = function () { return undefined; };
  api.method = B.restParam(function (path, args) { return function (o) { return C.invokePath(o, path, args); }; });
  api.methodOf = B.restParam(function (o, args) { return function (path) { return C.invokePath(o, path, args); }; });
  api.propertyOf = function (o) { return function (path) { return B.baseGet(o, B.toPath(path), path + ''); }; };
  api.uniqueId = function (prefix) { return B.baseToString(prefix) + (++idCounter); };
  api.tap = function (value, interceptor, thisArg) { interceptor.call(thisArg, value); return value; };
  api.thru = function (value, interceptor, thisArg) { return interceptor.call(thisArg, value); };
  api.template = S.template({ get templateSettings() { return lodash.templateSettings; } },
    require('_lodash_string').compileTemplate);
  var fns = F.makeFunctions(null);
  Object.keys(fns).forEach(function (k) { api[k] = fns[k]; });

  // lodash 3's aliases
  var ALIASES = {
    backflow: 'flowRight', collect: 'map', compose: 'flowRight', each: 'forEach',
    eachRight: 'forEachRight', extend: 'assign', iteratee: 'callback', methods: 'functions',
    object: 'zipObject', select: 'filter', tail: 'rest', unique: 'uniq', all: 'every', any: 'some',
    contains: 'includes', eq: 'isEqual', detect: 'find', foldl: 'reduce', foldr: 'reduceRight',
    head: 'first', include: 'includes', inject: 'reduce'
  };
  Object.keys(ALIASES).forEach(function (k) { api[k] = api[ALIASES[k]]; });

  var CHAINABLE = ('after ary assign at before bind bindAll bindKey callback chain chunk compact ' +
    'constant countBy create curry curryRight debounce defaults defaultsDeep defer delay difference ' +
    'drop dropRight dropRightWhile dropWhile fill filter flatten flattenDeep flow flowRight forEach ' +
    'forEachRight forIn forInRight forOwn forOwnRight functions groupBy indexBy initial intersection ' +
    'invert invoke keys keysIn map mapKeys mapValues matches matchesProperty memoize merge method ' +
    'methodOf mixin modArgs negate omit once pairs partial partialRight partition pick pluck ' +
    'property propertyOf pull pullAt range rearg reject remove rest restParam set shuffle slice ' +
    'sortBy sortByAll sortByOrder spread take takeRight takeRightWhile takeWhile tap throttle thru ' +
    'times toArray toPlainObject transform union uniq unzip unzipWith values valuesIn where without ' +
    'wrap xor zip zipObject zipWith backflow collect compose each eachRight extend iteratee methods ' +
    'object select tail unique').split(' ');

  lodash = require('_lodash_chain').build(api, CHAINABLE, [['join', true], ['pop', true],
    ['push', false, true], ['replace', true], ['shift', true], ['sort', false, true], ['splice', false],
    ['split', false], ['unshift', false, true]], true);
  lodash.sample = C.sample;
  lodash.prototype.sample = function (n) {
    if (!this.__chain__ && n == null) return C.sample(this.value());
    return this.thru(function (value) { return C.sample(value, n); });
  };
  lodash.prototype.reverse = function () { return this.thru(function (v) { return v.reverse(); }); };
  lodash.VERSION = '3.10.2';
  lodash.support = {};
  lodash.templateSettings = {
    escape: /<%-([\s\S]+?)%>/g, evaluate: /<%([\s\S]+?)%>/g, interpolate: S.INTERPOLATE, variable: '',
    imports: { _: lodash }
  };
  ['bind', 'bindKey', 'curry', 'curryRight', 'partial', 'partialRight'].forEach(function (k) {
    lodash[k].placeholder = lodash;
  });
  B.hooks.lodash = lodash;
  B.hooks.callback = api.callback;
  lodash._ = lodash;
  return lodash;
})
