// courier: lodash 4 internals, part 2 (internal library '_lodash_core'): property paths
// (get/set/has/unset), iteratee shorthands, iteration, flattening, slicing and the shared
// argument helpers. Re-exports everything of '_lodash_lang'.
(function (native, require) {
  'use strict';

  var L = require('_lodash_lang');
  var own = L.own;
  var isArray = L.isArray;
  var isObject = L.isObject;
  var isArrayLike = L.isArrayLike;
  var isIndex = L.isIndex;
  var toKey = L.toKey;
  var eq = L.eq;

  var C = Object.create(null);
  Object.keys(L).forEach(function (k) { C[k] = L[k]; });

  function identity(v) { return v; }

  // ------------------------------------------------------------ paths

  var PLAIN_KEY = /^\w*$/;
  var DEEP_KEY = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
  var SEGMENT = /[^.[\]]+/y;
  var NUMBER_INDEX = /\[(-?\d+(?:\.\d+)?)\]/y;
  var QUOTED_INDEX = /\[(["'])((?:(?!\1)[^\\]|\\.)*?)\1\]/y;
  var EMPTY_BEFORE = /(?:\.|\[\])(?:\.|\[\]|$)/y;

  // Whether `value` names one property rather than a path.
  function isKey(value, object) {
    if (isArray(value)) return false;
    var t = typeof value;
    if (t === 'number' || t === 'symbol' || t === 'boolean' || value == null || L.isSymbol(value)) return true;
    return PLAIN_KEY.test(value) || !DEEP_KEY.test(value) || (object != null && value in Object(object));
  }

  function at(re, s, i) {
    re.lastIndex = i;
    return re.exec(s);
  }

  // 'a[0].b', 'a["x.y"]', '.a', 'a..b' -> path segments, as lodash splits them.
  function stringToPath(s) {
    var out = [];
    if (s.charCodeAt(0) === 46) out.push('');
    var i = 0;
    while (i < s.length) {
      var m = at(SEGMENT, s, i) || at(NUMBER_INDEX, s, i);
      if (m) {
        out.push(m[1] !== undefined ? m[1] : m[0]);
        i += m[0].length;
        continue;
      }
      m = at(QUOTED_INDEX, s, i);
      if (m) {
        out.push(m[2].replace(/\\(\\)?/g, '$1'));
        i += m[0].length;
        continue;
      }
      if (at(EMPTY_BEFORE, s, i)) out.push('');
      i++;
    }
    return out;
  }

  function castPath(value, object) {
    if (isArray(value)) return value;
    return isKey(value, object) ? [value] : stringToPath(L.toString(value));
  }

  function baseGet(object, path) {
    path = castPath(path, object);
    var i = 0;
    var n = path.length;
    while (object != null && i < n) object = object[toKey(path[i++])];
    return (i && i === n) ? object : undefined;
  }
  function get(object, path, defaultValue) {
    var r = object == null ? undefined : baseGet(object, path);
    return r === undefined ? defaultValue : r;
  }

  function baseHas(o, key) { return o != null && own.call(o, key); }
  function baseHasIn(o, key) { return o != null && key in Object(o); }
  function hasPath(object, path, test) {
    path = castPath(path, object);
    var i = -1;
    var n = path.length;
    var result = false;
    var key;
    while (++i < n) {
      key = toKey(path[i]);
      if (!(result = object != null && test(object, key))) break;
      object = object[key];
    }
    if (result || ++i !== n) return result;
    n = object == null ? 0 : object.length;
    return !!n && L.isLength(n) && isIndex(key, n) && (isArray(object) || L.isArguments(object));
  }
  function has(object, path) { return object != null && hasPath(object, path, baseHas); }
  function hasIn(object, path) { return object != null && hasPath(object, path, baseHasIn); }

  function baseAssignValue(object, key, value) {
    if (key === '__proto__') {
      Object.defineProperty(object, key, { configurable: true, enumerable: true, value: value, writable: true });
    } else {
      Reflect.set(object, key, value); // a failed write is silently dropped, as in sloppy code
    }
  }
  function assignValue(object, key, value) {
    var cur = object[key];
    if (!(own.call(object, key) && eq(cur, value)) || (value === undefined && !(key in object))) {
      baseAssignValue(object, key, value);
    }
  }

  function baseSet(object, path, value, customizer) {
    if (!isObject(object)) return object;
    path = castPath(path, object);
    var last = path.length - 1;
    var nested = object;
    for (var i = 0; nested != null && i <= last; i++) {
      var key = toKey(path[i]);
      var next = value;
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return object;
      if (i !== last) {
        var cur = nested[key];
        next = customizer ? customizer(cur, key, nested) : undefined;
        if (next === undefined) next = isObject(cur) ? cur : (isIndex(path[i + 1]) ? [] : {});
      }
      assignValue(nested, key, next);
      nested = nested[key];
    }
    return object;
  }
  function set(object, path, value) { return object == null ? object : baseSet(object, path, value); }
  function setWith(object, path, value, customizer) {
    customizer = typeof customizer === 'function' ? customizer : undefined;
    return object == null ? object : baseSet(object, path, value, customizer);
  }
  function update(object, path, updater) {
    return object == null ? object : baseSet(object, path, castFunction(updater)(baseGet(object, path)));
  }
  function updateWith(object, path, updater, customizer) {
    customizer = typeof customizer === 'function' ? customizer : undefined;
    return object == null ? object : baseSet(object, path, castFunction(updater)(baseGet(object, path)), customizer);
  }
  function baseUnset(object, path) {
    path = castPath(path, object);
    if (path.length > 1) object = baseGet(object, path.slice(0, -1));
    return object == null || Reflect.deleteProperty(Object(object), toKey(path[path.length - 1]));
  }
  function unset(object, path) { return object == null ? true : baseUnset(object, path); }
  function toPath(value) {
    if (isArray(value)) return value.map(toKey);
    return L.isSymbol(value) ? [value] : stringToPath(L.toString(value)).slice();
  }

  // ------------------------------------------------------------ iteratees

  function baseProperty(key) { return function (o) { return o == null ? undefined : o[key]; }; }
  function property(path) {
    if (isKey(path)) return baseProperty(toKey(path));
    return function (o) { return baseGet(o, path); };
  }
  function strictMatcher(key, value) {
    return function (o) {
      return o != null && o[key] === value && (value !== undefined || key in Object(o));
    };
  }
  function baseMatches(source) {
    var data = L.matchData(source);
    if (data.length === 1 && data[0][2]) return strictMatcher(data[0][0], data[0][1]);
    return function (o) { return o === source || L.baseIsMatch(o, source, data); };
  }
  function baseMatchesProperty(path, srcValue) {
    if (isKey(path) && L.isStrictComparable(srcValue)) return strictMatcher(toKey(path), srcValue);
    return function (o) {
      var v = get(o, path);
      return (v === undefined && v === srcValue) ? hasIn(o, path) :
        L.baseIsEqual(srcValue, v, L.PARTIAL | L.UNORDERED);
    };
  }
  // A function from an iteratee shorthand: property name/path, matches object, [path, value] pair.
  function baseIteratee(value) {
    if (typeof value === 'function') return value;
    if (value == null) return identity;
    if (typeof value === 'object') return isArray(value) ? baseMatchesProperty(value[0], value[1]) : baseMatches(value);
    return property(value);
  }
  // lodash routes getIteratee through `_.iteratee`, which scripts may replace.
  var hooks = { lodash: null };
  function getIteratee(value, arity) {
    var custom = hooks.lodash && hooks.lodash.iteratee;
    var fn = (!custom || custom === baseIterateePublic) ? baseIteratee : custom;
    return arguments.length ? fn(value, arity) : fn;
  }
  function baseIterateePublic(func) { return baseIteratee(typeof func === 'function' ? func : C.baseClone(func, 1)); }
  function castFunction(v) { return typeof v === 'function' ? v : identity; }

  // ------------------------------------------------------------ iteration

  function baseFor(object, fn, keysFunc, fromRight) {
    var it = Object(object);
    var props = keysFunc(object);
    var n = props.length;
    for (var i = 0; i < n; i++) {
      var k = props[fromRight ? n - 1 - i : i];
      if (fn(it[k], k, it) === false) break;
    }
    return object;
  }
  function baseForOwn(object, fn) { return object && baseFor(object, fn, L.keys); }
  function baseForOwnRight(object, fn) { return object && baseFor(object, fn, L.keys, true); }
  function baseEach(collection, fn, fromRight) {
    if (collection == null) return collection;
    if (!isArrayLike(collection)) return baseFor(collection, fn, L.keys, fromRight);
    var n = collection.length;
    var it = Object(collection);
    for (var i = 0; i < n; i++) {
      var j = fromRight ? n - 1 - i : i;
      if (fn(it[j], j, it) === false) break;
    }
    return collection;
  }
  function baseMap(collection, fn) {
    var out = isArrayLike(collection) ? new Array(collection.length) : [];
    var i = -1;
    baseEach(collection, function (v, k, c) { out[++i] = fn(v, k, c); });
    return out;
  }

  // Whether (value, index, object) look like the arguments of an iteratee call (lodash guards
  // functions used directly as `map` callbacks this way).
  function isIterateeCall(value, index, object) {
    if (!isObject(object)) return false;
    var t = typeof index;
    if (t === 'number' ? (isArrayLike(object) && isIndex(index, object.length)) : (t === 'string' && index in object)) {
      return eq(object[index], value);
    }
    return false;
  }

  // ------------------------------------------------------------ arrays

  function isFlattenable(v) {
    return isArray(v) || L.isArguments(v) || !!(v && v[Symbol.isConcatSpreadable]);
  }
  function baseFlatten(array, depth, predicate, strict, out) {
    predicate = predicate || isFlattenable;
    out = out || [];
    if (array == null) return out;
    for (var i = 0; i < array.length; i++) {
      var v = array[i];
      if (depth > 0 && predicate(v)) {
        if (depth > 1) baseFlatten(v, depth - 1, predicate, strict, out);
        else for (var j = 0; j < v.length; j++) out[out.length] = v[j];
      } else if (!strict) {
        out[out.length] = v;
      }
    }
    return out;
  }
  function baseSlice(array, start, end) {
    var n = array.length;
    if (start < 0) start = -start > n ? 0 : n + start;
    end = end > n ? n : end;
    if (end < 0) end += n;
    n = start > end ? 0 : ((end - start) >>> 0);
    start >>>= 0;
    var out = new Array(n);
    for (var i = 0; i < n; i++) out[i] = array[i + start];
    return out;
  }
  function copyArray(source, out) {
    out = out || new Array(source.length);
    for (var i = 0; i < source.length; i++) out[i] = source[i];
    return out;
  }
  function baseFindIndex(array, pred, from, fromRight) {
    var n = array.length;
    for (var i = from + (fromRight ? 1 : -1); fromRight ? i-- : ++i < n;) {
      if (pred(array[i], i, array)) return i;
    }
    return -1;
  }
  // SameValueZero search (finds NaN).
  function baseIndexOf(array, value, from) {
    if (value !== value) return baseFindIndex(array, function (v) { return v !== v; }, from);
    for (var i = from - 1, n = array.length; ++i < n;) if (array[i] === value) return i;
    return -1;
  }
  function arrayIncludes(array, value) { return !!(array && array.length) && baseIndexOf(array, value, 0) > -1; }
  function baseRandom(lower, upper) { return lower + Math.floor(Math.random() * (upper - lower + 1)); }

  // ------------------------------------------------------------ unicode strings

  // lodash counts and splits strings by "symbols": astral pairs, letters with combining marks,
  // flag pairs, emoji with skin tones, variation selectors and zero-width-joiner sequences.
  var MARKS = '\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff';
  var PAIR = '[\\ud800-\\udbff][\\udc00-\\udfff]';
  var FLAG = '(?:\\ud83c[\\udde6-\\uddff]){2}';
  var SKIN = '\\ud83c[\\udffb-\\udfff]';
  var NOT_SURROGATE = '[^\\ud800-\\udfff]';
  var MODIFIER = '(?:[' + MARKS + ']|' + SKIN + ')?';
  var VARIATION = '[\\ufe0e\\ufe0f]?';
  var JOINED = '(?:\\u200d(?:' + NOT_SURROGATE + '|' + FLAG + '|' + PAIR + ')' + VARIATION + MODIFIER + ')*';
  var TAIL = VARIATION + MODIFIER + JOINED;
  var SYMBOL = '(?:' + NOT_SURROGATE + '[' + MARKS + ']?|[' + MARKS + ']|' + FLAG + '|' + PAIR + '|[\\ud800-\\udfff])';
  var UNICODE_SYMBOL = new RegExp(SKIN + '(?=' + SKIN + ')|' + SYMBOL + TAIL, 'g');
  var HAS_UNICODE = new RegExp('[\\u200d\\ud800-\\udfff' + MARKS + '\\ufe0e\\ufe0f]');

  function hasUnicode(s) { return HAS_UNICODE.test(s); }
  function stringToArray(s) { return hasUnicode(s) ? (s.match(UNICODE_SYMBOL) || []) : s.split(''); }
  function stringSize(s) {
    if (!hasUnicode(s)) return s.length;
    UNICODE_SYMBOL.lastIndex = 0;
    var n = 0;
    while (UNICODE_SYMBOL.test(s)) n++;
    return n;
  }

  // ------------------------------------------------------------ argument helpers

  // fn(a, b, ...rest): the arguments from `start` on as one array.
  function rest(fn, start) {
    start = start === undefined ? fn.length - 1 : Math.max(start, 0);
    return function () {
      var args = [];
      for (var i = 0; i < start; i++) args.push(arguments[i]);
      args.push(Array.prototype.slice.call(arguments, start));
      return fn.apply(this, args);
    };
  }
  function flatRest(fn) {
    return function () { return fn.call(this, baseFlatten(arguments, 1)); };
  }
  function createAssigner(assigner) {
    return function (object) {
      var sources = Array.prototype.slice.call(arguments, 1);
      var n = sources.length;
      var custom = n > 1 ? sources[n - 1] : undefined;
      var guard = n > 2 ? sources[2] : undefined;
      if (assigner.length > 3 && typeof custom === 'function') n--;
      else custom = undefined;
      if (guard && isIterateeCall(sources[0], sources[1], guard)) {
        custom = n < 3 ? undefined : custom;
        n = 1;
      }
      object = Object(object);
      for (var i = 0; i < n; i++) if (sources[i]) assigner(object, sources[i], i, custom);
      return object;
    };
  }
  function copyObject(source, props, object, customizer) {
    var fresh = !object;
    object = object || {};
    for (var i = 0; i < props.length; i++) {
      var k = props[i];
      var v = customizer ? customizer(object[k], source[k], k, object, source) : undefined;
      if (v === undefined) v = source[k];
      if (fresh) baseAssignValue(object, k, v);
      else assignValue(object, k, v);
    }
    return object;
  }

  var exported = {
    identity: identity, isKey: isKey, stringToPath: stringToPath, castPath: castPath,
    baseGet: baseGet, get: get, has: has, hasIn: hasIn, hasPath: hasPath,
    baseAssignValue: baseAssignValue, assignValue: assignValue, baseSet: baseSet, set: set,
    setWith: setWith, update: update, updateWith: updateWith, baseUnset: baseUnset, unset: unset,
    toPath: toPath, baseProperty: baseProperty, property: property, baseMatches: baseMatches,
    baseMatchesProperty: baseMatchesProperty, baseIteratee: baseIteratee, hooks: hooks,
    getIteratee: getIteratee, baseIterateePublic: baseIterateePublic, castFunction: castFunction,
    baseFor: baseFor, baseForOwn: baseForOwn, baseForOwnRight: baseForOwnRight,
    baseEach: baseEach, baseMap: baseMap, isIterateeCall: isIterateeCall,
    isFlattenable: isFlattenable, baseFlatten: baseFlatten, baseSlice: baseSlice,
    copyArray: copyArray, baseFindIndex: baseFindIndex, baseIndexOf: baseIndexOf,
    arrayIncludes: arrayIncludes, baseRandom: baseRandom, rest: rest, flatRest: flatRest,
    createAssigner: createAssigner, copyObject: copyObject, MARKS: MARKS, PAIR: PAIR, FLAG: FLAG,
    TAIL: TAIL, hasUnicode: hasUnicode, stringToArray: stringToArray, stringSize: stringSize
  };
  Object.keys(exported).forEach(function (k) { C[k] = exported[k]; });
  return C;
})
