// courier: require('lodash'), lodash 4.17.21's API (our implementation, split over the internal
// libraries _lodash_lang, _lodash_core, _lodash_collection, _lodash_array, _lodash_object,
// _lodash_string, _lodash_func and _lodash_chain). Not provided: runInContext, the lazy
// evaluation shortcuts of long chains (results are the same), isNative's core-js guard.
(function (native, require) {
  'use strict';

  var C = require('_lodash_core');
  var parts = ['_lodash_collection', '_lodash_array', '_lodash_object', '_lodash_string', '_lodash_func'];
  var all = {};
  parts.forEach(function (name) {
    var m = require(name);
    Object.keys(m).forEach(function (k) { all[k] = m[k]; });
  });
  var S = require('_lodash_string');

  function relational(op) {
    return function (a, b) {
      if (!(typeof a === 'string' && typeof b === 'string')) {
        a = C.toNumber(a);
        b = C.toNumber(b);
      }
      return op(a, b);
    };
  }
  function stub(v) { return function () { return typeof v === 'function' ? v() : v; }; }

  var PUBLIC = ('isObject isObjectLike isArray isFunction isLength isArrayLike isArrayLikeObject ' +
    'isArguments isString isNumber isBoolean isSymbol isDate isRegExp isMap isSet isWeakMap ' +
    'isWeakSet isArrayBuffer isTypedArray isBuffer isPlainObject isError isElement isNil isNull ' +
    'isUndefined isNaN isFinite isInteger isSafeInteger isNative toNumber toFinite toInteger ' +
    'toLength toSafeInteger toString keys keysIn eq isEqual isEqualWith isMatch isMatchWith ' +
    'identity get has hasIn set setWith update updateWith unset toPath property').split(' ');
  var HIDDEN = /^(?:base|compose|createToPairs|padding|compileTemplate|STRING_ESCAPES|shuffleSelf|initCloneObject|compareAscending)/;

  var api = {};
  PUBLIC.forEach(function (k) { api[k] = C[k]; });
  Object.keys(all).forEach(function (k) { if (!HIDDEN.test(k)) api[k] = all[k]; });

  api.gt = relational(function (a, b) { return a > b; });
  api.gte = relational(function (a, b) { return a >= b; });
  api.lt = relational(function (a, b) { return a < b; });
  api.lte = relational(function (a, b) { return a <= b; });
  api.stubArray = stub(function () { return []; });
  api.stubObject = stub(function () { return {}; });
  api.stubFalse = stub(false);
  api.stubTrue = stub(true);
  api.stubString = stub('');
  api.iteratee = C.baseIterateePublic;
  api.matches = function (source) { return C.baseMatches(C.baseClone(source, 1)); };
  api.matchesProperty = function (path, value) { return C.baseMatchesProperty(path, C.baseClone(value, 1)); };
  api.conforms = function (source) {
    source = C.baseClone(source, 1);
    return function (object) { return all.conformsTo(object, source); };
  };
  api.each = api.forEach;
  api.eachRight = api.forEachRight;
  api.template = function (text, options, guard) {
    var settings = lodash.templateSettings;
    if (guard && C.isIterateeCall(text, options, guard)) options = undefined;
    var opts = {};
    [options, settings].forEach(function (src) {
      if (src != null) C.keysIn(src).forEach(function (k) { if (opts[k] === undefined) opts[k] = src[k]; });
    });
    return S.compileTemplate(C.toString(text), opts, settings, api.escape, INTERPOLATE, /[()=,{}[\]/\s]/);
  };
  var INTERPOLATE = /<%=([\s\S]+?)%>/g;

  var CHAINABLE = ('after ary assign assignIn assignInWith assignWith at before bind bindAll bindKey ' +
    'castArray chain chunk compact concat cond conforms constant countBy create curry curryRight ' +
    'debounce defaults defaultsDeep defer delay difference differenceBy differenceWith drop ' +
    'dropRight dropRightWhile dropWhile fill filter flatMap flatMapDeep flatMapDepth flatten ' +
    'flattenDeep flattenDepth flip flow flowRight fromPairs functions functionsIn groupBy initial ' +
    'intersection intersectionBy intersectionWith invert invertBy invokeMap iteratee keyBy keys ' +
    'keysIn map mapKeys mapValues matches matchesProperty memoize merge mergeWith method methodOf ' +
    'mixin negate nthArg omit omitBy once orderBy over overArgs overEvery overSome partial ' +
    'partialRight partition pick pickBy property propertyOf pull pullAll pullAllBy pullAllWith ' +
    'pullAt range rangeRight rearg reject remove rest reverse sampleSize set setWith shuffle slice ' +
    'sortBy sortedUniq sortedUniqBy split spread tail take takeRight takeRightWhile takeWhile tap ' +
    'throttle thru toArray toPairs toPairsIn toPath toPlainObject transform unary union unionBy ' +
    'unionWith uniq uniqBy uniqWith unset unzip unzipWith update updateWith values valuesIn without ' +
    'words wrap xor xorBy xorWith zip zipObject zipObjectDeep zipWith entries entriesIn extend ' +
    'extendWith').split(' ');

  var lodash = require('_lodash_chain').build(api, CHAINABLE,
    [['pop', true], ['push', false, true], ['shift', true], ['sort', false, true], ['splice', false],
      ['unshift', false, true]]);
  lodash.VERSION = '4.17.21';
  lodash._ = lodash;
  lodash.templateSettings = {
    escape: /<%-([\s\S]+?)%>/g, evaluate: /<%([\s\S]+?)%>/g, interpolate: INTERPOLATE, variable: '',
    imports: { _: lodash }
  };
  ['bind', 'bindKey', 'curry', 'curryRight', 'partial', 'partialRight'].forEach(function (k) {
    lodash[k].placeholder = lodash;
  });
  C.hooks.lodash = lodash;
  return lodash;
})
