// courier: lodash 3.10 internals (internal library '_lodash3_base') for the legacy global `_`:
// v3's type checks, keys, property paths, deep equality (with its "loose" partial mode),
// iteratee callbacks with `thisArg`, iteration and the shared array helpers.
(function (native, require) {
  'use strict';

  var own = Object.prototype.hasOwnProperty;
  var tagOf = function (v) { return Object.prototype.toString.call(v); };
  var MAX_SAFE = 9007199254740991;
  var FUNC_ERROR = 'Expected a function';
  var TYPED = /^\[object (?:Float(?:32|64)|Int(?:8|16|32)|Uint(?:8|8Clamped|16|32))Array\]$/;

  // ------------------------------------------------------------ type checks

  function isObject(v) { var t = typeof v; return !!v && (t === 'object' || t === 'function'); }
  function isObjectLike(v) { return !!v && typeof v === 'object'; }
  var isArray = Array.isArray;
  function isLength(v) { return typeof v === 'number' && v > -1 && v % 1 === 0 && v <= MAX_SAFE; }
  function getLength(v) { return v == null ? undefined : v.length; }
  // In lodash 3 anything with a valid `length` is array-like, functions included.
  function isArrayLike(v) { return v != null && isLength(getLength(v)); }
  function isArguments(v) {
    return isObjectLike(v) && isArrayLike(v) && own.call(v, 'callee') && !Object.prototype.propertyIsEnumerable.call(v, 'callee');
  }
  function isFunction(v) { return isObject(v) && tagOf(v) === '[object Function]'; }
  function isString(v) { return typeof v === 'string' || (isObjectLike(v) && tagOf(v) === '[object String]'); }
  function isNumber(v) { return typeof v === 'number' || (isObjectLike(v) && tagOf(v) === '[object Number]'); }
  function isBoolean(v) { return v === true || v === false || (isObjectLike(v) && tagOf(v) === '[object Boolean]'); }
  function isDate(v) { return isObjectLike(v) && tagOf(v) === '[object Date]'; }
  function isRegExp(v) { return isObject(v) && tagOf(v) === '[object RegExp]'; }
  function isError(v) { return isObjectLike(v) && typeof v.message === 'string' && tagOf(v) === '[object Error]'; }
  function isTypedArray(v) { return isObjectLike(v) && isLength(v.length) && TYPED.test(tagOf(v)); }
  function isPlainObject(v) {
    if (!(isObjectLike(v) && tagOf(v) === '[object Object]' && !isArguments(v))) return false;
    var C;
    if (!own.call(v, 'constructor') && (C = v.constructor, typeof C === 'function' && !(C instanceof C))) return false;
    var lastKey;
    for (var k in v) lastKey = k;
    return lastKey === undefined || own.call(v, lastKey);
  }
  function isElement(v) { return !!v && v.nodeType === 1 && isObjectLike(v) && !isPlainObject(v); }
  function isNative(v) {
    if (v == null) return false;
    if (isFunction(v)) return /\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(v));
    return isObjectLike(v) && /^\[object .+?Constructor\]$/.test(v);
  }
  function isIndex(value, length) {
    value = (typeof value === 'number' || /^\d+$/.test(value)) ? +value : -1;
    length = length == null ? MAX_SAFE : length;
    return value > -1 && value % 1 === 0 && value < length;
  }
  function toObject(v) { return isObject(v) ? v : Object(v); }
  function baseToString(v) { return v == null ? '' : v + ''; }
  function identity(v) { return v; }

  // ------------------------------------------------------------ keys

  function keysIn(object) {
    if (object == null) return [];
    if (!isObject(object)) object = Object(object);
    var n = object.length;
    n = (n && isLength(n) && (isArray(object) || isArguments(object)) && n) || 0;
    var C = object.constructor;
    var proto = typeof C === 'function' && C.prototype === object;
    var out = [];
    for (var i = 0; i < n; i++) out.push(i + '');
    for (var k in object) {
      if (!(n > 0 && isIndex(k, n)) && !(k === 'constructor' && (proto || !own.call(object, k)))) out.push(k);
    }
    return out;
  }
  function shimKeys(object) {
    var props = keysIn(object);
    var n = props.length && object.length;
    var indexes = !!n && isLength(n) && (isArray(object) || isArguments(object));
    return props.filter(function (k) { return (indexes && isIndex(k, n)) || own.call(object, k); });
  }
  function keys(object) {
    var C = object == null ? undefined : object.constructor;
    if ((typeof C === 'function' && C.prototype === object) || (typeof object !== 'function' && isArrayLike(object))) {
      return shimKeys(object);
    }
    return isObject(object) ? Object.keys(object) : [];
  }
  function values(object) { var o = toObject(object); return keys(object).map(function (k) { return o[k]; }); }
  function valuesIn(object) { return keysIn(object).map(function (k) { return object[k]; }); }
  function pairs(object) {
    object = toObject(object);
    return keys(object).map(function (k) { return [k, object[k]]; });
  }
  function toIterable(v) {
    if (v == null) return [];
    if (!isArrayLike(v)) return values(v);
    return isObject(v) ? v : Object(v);
  }

  // ------------------------------------------------------------ paths

  var PROP_NAME = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\n\\]|\\.)*?)\2)\]/g;
  function isKey(value, object) {
    var t = typeof value;
    if ((t === 'string' && /^\w*$/.test(value)) || t === 'number') return true;
    if (isArray(value)) return false;
    return !/\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\n\\]|\\.)*?\1)\]/.test(value) || (object != null && value in toObject(object));
  }
  function toPath(value) {
    if (isArray(value)) return value;
    var out = [];
    baseToString(value).replace(PROP_NAME, function (m, num, quote, str) {
      out.push(quote ? str.replace(/\\(\\)?/g, '$1') : (num || m));
      return m;
    });
    return out;
  }
  // A path that names an existing key as a whole wins over its parsed form.
  function baseGet(object, path, pathKey) {
    if (object == null) return undefined;
    if (pathKey !== undefined && pathKey in toObject(object)) path = [pathKey];
    var i = 0;
    while (object != null && i < path.length) object = object[path[i++]];
    return (i && i === path.length) ? object : undefined;
  }
  function parentOf(object, path) { return path.length === 1 ? object : baseGet(object, path.slice(0, -1)); }
  function last(a) { var n = a ? a.length : 0; return n ? a[n - 1] : undefined; }

  // ------------------------------------------------------------ equality

  function equalByTag(a, b, tag) {
    switch (tag) {
      case '[object Boolean]':
      case '[object Date]': return +a == +b;
      case '[object Error]': return a.name == b.name && a.message == b.message;
      case '[object Number]': return (a != +a) ? b != +b : a == +b;
      case '[object RegExp]':
      case '[object String]': return a == (b + '');
    }
    return false;
  }
  function baseIsEqual(a, b, custom, loose, stackA, stackB) {
    if (a === b) return true;
    if (a == null || b == null || (!isObject(a) && !isObjectLike(b))) return a !== a && b !== b;
    var aArr = isArray(a);
    var bArr = isArray(b);
    var aTag = '[object Array]';
    var bTag = aTag;
    if (!aArr) {
      aTag = tagOf(a);
      if (aTag === '[object Arguments]') aTag = '[object Object]';
      else if (aTag !== '[object Object]') aArr = isTypedArray(a);
    }
    if (!bArr) {
      bTag = tagOf(b);
      if (bTag === '[object Arguments]') bTag = '[object Object]';
      else if (bTag !== '[object Object]') bArr = isTypedArray(b);
    }
    var aObj = aTag === '[object Object]';
    var same = aTag === bTag;
    if (same && !(aArr || aObj)) return equalByTag(a, b, aTag);
    if (!loose) {
      var aWrap = aObj && own.call(a, '__wrapped__');
      var bWrap = bTag === '[object Object]' && own.call(b, '__wrapped__');
      if (aWrap || bWrap) return baseIsEqual(aWrap ? a.value() : a, bWrap ? b.value() : b, custom, loose, stackA, stackB);
    }
    if (!same) return false;
    stackA = stackA || [];
    stackB = stackB || [];
    for (var i = stackA.length - 1; i >= 0; i--) if (stackA[i] == a) return stackB[i] == b;
    stackA.push(a);
    stackB.push(b);
    var r = (aArr ? equalArrays : equalObjects)(a, b, custom, loose, stackA, stackB);
    stackA.pop();
    stackB.pop();
    return r;
  }
  function equalArrays(a, b, custom, loose, sa, sb) {
    if (a.length != b.length && !(loose && b.length > a.length)) return false;
    for (var i = 0; i < a.length; i++) {
      var x = a[i];
      var y = b[i];
      var r = custom ? custom(loose ? y : x, loose ? x : y, i) : undefined;
      if (r !== undefined) {
        if (r) continue;
        return false;
      }
      if (loose) {
        if (!Array.prototype.some.call(b, function (z) { return x === z || baseIsEqual(x, z, custom, loose, sa, sb); })) return false;
      } else if (!(x === y || baseIsEqual(x, y, custom, loose, sa, sb))) {
        return false;
      }
    }
    return true;
  }
  function equalObjects(a, b, custom, loose, sa, sb) {
    var ak = keys(a);
    if (ak.length != keys(b).length && !loose) return false;
    var i;
    for (i = ak.length - 1; i >= 0; i--) if (!(loose ? ak[i] in b : own.call(b, ak[i]))) return false;
    var skipCtor = loose;
    for (i = 0; i < ak.length; i++) {
      var k = ak[i];
      var r = custom ? custom(loose ? b[k] : a[k], loose ? a[k] : b[k], k) : undefined;
      if (!(r === undefined ? baseIsEqual(a[k], b[k], custom, loose, sa, sb) : r)) return false;
      skipCtor = skipCtor || k === 'constructor';
    }
    if (!skipCtor) {
      var ca = a.constructor;
      var cb = b.constructor;
      if (ca != cb && ('constructor' in a && 'constructor' in b) &&
        !(typeof ca === 'function' && ca instanceof ca && typeof cb === 'function' && cb instanceof cb)) return false;
    }
    return true;
  }
  function isStrictComparable(v) { return v === v && !isObject(v); }
  function matchData(source) { return pairs(source).map(function (p) { return [p[0], p[1], isStrictComparable(p[1])]; }); }
  function baseIsMatch(object, data, custom) {
    var n = data.length;
    if (object == null) return !n;
    object = toObject(object);
    var i;
    for (i = n - 1; i >= 0; i--) {
      if ((!custom && data[i][2]) ? data[i][1] !== object[data[i][0]] : !(data[i][0] in object)) return false;
    }
    for (i = 0; i < n; i++) {
      var key = data[i][0];
      var v = object[key];
      if (!custom && data[i][2]) {
        if (v === undefined && !(key in object)) return false;
      } else {
        var r = custom ? custom(v, data[i][1], key) : undefined;
        if (!(r === undefined ? baseIsEqual(data[i][1], v, custom, true) : r)) return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------ callbacks

  function baseProperty(key) { return function (o) { return o == null ? undefined : o[key]; }; }
  function property(path) {
    if (isKey(path)) return baseProperty(path);
    var pathKey = path + '';
    var p = toPath(path);
    return function (o) { return baseGet(o, p, pathKey); };
  }
  function baseMatches(source) {
    var data = matchData(source);
    if (data.length === 1 && data[0][2]) {
      var key = data[0][0];
      var value = data[0][1];
      return function (o) { return o != null && o[key] === value && (value !== undefined || key in toObject(o)); };
    }
    return function (o) { return baseIsMatch(o, data); };
  }
  function baseMatchesProperty(path, srcValue) {
    var arr = isArray(path);
    var common = isKey(path) && isStrictComparable(srcValue);
    var pathKey = path + '';
    path = toPath(path);
    return function (o) {
      if (o == null) return false;
      var key = pathKey;
      o = toObject(o);
      if ((arr || !common) && !(key in o)) {
        o = parentOf(o, path);
        if (o == null) return false;
        key = last(path);
        o = toObject(o);
      }
      return o[key] === srcValue ? (srcValue !== undefined || key in o) : baseIsEqual(srcValue, o[key], undefined, true);
    };
  }
  function bindCallback(func, thisArg, argCount) {
    if (typeof func !== 'function') return identity;
    if (thisArg === undefined) return func;
    // (the arity matters: lodash 3 picks code paths by the callback's length)
    switch (argCount) {
      case 1: return function (v) { return func.call(thisArg, v); };
      case 3: return function (v, i, c) { return func.call(thisArg, v, i, c); };
      case 4: return function (a, v, i, c) { return func.call(thisArg, a, v, i, c); };
      case 5: return function (v, o, k, obj, src) { return func.call(thisArg, v, o, k, obj, src); };
    }
    return function () { return func.apply(thisArg, arguments); };
  }
  function baseCallback(func, thisArg, argCount) {
    var t = typeof func;
    if (t === 'function') return thisArg === undefined ? func : bindCallback(func, thisArg, argCount);
    if (func == null) return identity;
    if (t === 'object') return baseMatches(func);
    return thisArg === undefined ? property(func) : baseMatchesProperty(func, thisArg);
  }
  // lodash 3 routes iteratees through `_.callback`, which scripts may replace.
  var hooks = { lodash: null, callback: null };
  function getCallback(func, thisArg, argCount) {
    var custom = hooks.lodash && hooks.lodash.callback;
    var fn = (!custom || custom === hooks.callback) ? baseCallback : custom;
    return argCount ? fn(func, thisArg, argCount) : fn;
  }
  function isIterateeCall(value, index, object) {
    if (!isObject(object)) return false;
    var t = typeof index;
    if (t === 'number' ? (isArrayLike(object) && isIndex(index, object.length)) : (t === 'string' && index in object)) {
      var other = object[index];
      return value === value ? value === other : other !== other;
    }
    return false;
  }
  function restParam(func, start) {
    if (typeof func !== 'function') throw new TypeError(FUNC_ERROR);
    start = Math.max(start === undefined ? func.length - 1 : (+start || 0), 0);
    return function () {
      var args = Array.prototype.slice.call(arguments, 0, start);
      while (args.length < start) args.push(undefined);
      args.push(Array.prototype.slice.call(arguments, start));
      return func.apply(this, args);
    };
  }

  // ------------------------------------------------------------ iteration and arrays

  function baseFor(object, fn, keysFunc, fromRight) {
    var it = toObject(object);
    var props = keysFunc(object);
    var n = props.length;
    for (var i = 0; i < n; i++) {
      var k = props[fromRight ? n - 1 - i : i];
      if (fn(it[k], k, it) === false) break;
    }
    return object;
  }
  function baseForOwn(object, fn) { return baseFor(object, fn, keys); }
  function baseForOwnRight(object, fn) { return baseFor(object, fn, keys, true); }
  function baseForIn(object, fn) { return baseFor(object, fn, keysIn); }
  function baseEach(collection, fn, fromRight) {
    var n = collection ? getLength(collection) : 0;
    if (!isLength(n)) return baseFor(collection, fn, keys, fromRight);
    var it = toObject(collection);
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
  function baseFlatten(array, deep, strict, out) {
    out = out || [];
    for (var i = 0; i < array.length; i++) {
      var v = array[i];
      if (isObjectLike(v) && isArrayLike(v) && (strict || isArray(v) || isArguments(v))) {
        if (deep) baseFlatten(v, deep, strict, out);
        else for (var j = 0; j < v.length; j++) out.push(v[j]);
      } else if (!strict) {
        out[out.length] = v;
      }
    }
    return out;
  }
  function baseSlice(array, start, end) {
    var n = array.length;
    start = start == null ? 0 : (+start || 0);
    if (start < 0) start = -start > n ? 0 : n + start;
    end = (end === undefined || end > n) ? n : (+end || 0);
    if (end < 0) end += n;
    n = start > end ? 0 : ((end - start) >>> 0);
    start >>>= 0;
    var out = new Array(n);
    for (var i = 0; i < n; i++) out[i] = array[i + start];
    return out;
  }
  function baseIndexOf(array, value, from) {
    var n = array.length;
    var i;
    if (value !== value) {
      for (i = from; i < n; i++) if (array[i] !== array[i]) return i;
      return -1;
    }
    for (i = from; i < n; i++) if (array[i] === value) return i;
    return -1;
  }
  function compareAscending(a, b) {
    var t = typeof a;
    if (t === typeof b && (t === 'string' || (t === 'number' && a === a && b === b))) return a > b ? 1 : (a < b ? -1 : 0);
    if (a !== b) {
      var aNull = a === null;
      var aUndef = a === undefined;
      var aSelf = a === a;
      var bNull = b === null;
      var bUndef = b === undefined;
      var bSelf = b === b;
      if ((a > b && !bNull) || !aSelf || (aNull && !bUndef && bSelf) || (aUndef && bSelf)) return 1;
      if ((a < b && !aNull) || !bSelf || (bNull && !aUndef && aSelf) || (bUndef && aSelf)) return -1;
    }
    return 0;
  }
  function baseRandom(lo, hi) { return lo + Math.floor(Math.random() * (hi - lo + 1)); }

  return {
    own: own, tagOf: tagOf, MAX_SAFE: MAX_SAFE, FUNC_ERROR: FUNC_ERROR, isObject: isObject,
    isObjectLike: isObjectLike, isArray: isArray, isLength: isLength, getLength: getLength,
    isArrayLike: isArrayLike, isArguments: isArguments, isFunction: isFunction, isString: isString,
    isNumber: isNumber, isBoolean: isBoolean, isDate: isDate, isRegExp: isRegExp, isError: isError,
    isTypedArray: isTypedArray, isPlainObject: isPlainObject, isElement: isElement,
    isNative: isNative, isIndex: isIndex, toObject: toObject, baseToString: baseToString,
    identity: identity, keysIn: keysIn, keys: keys, values: values, valuesIn: valuesIn,
    pairs: pairs, toIterable: toIterable, isKey: isKey, toPath: toPath, baseGet: baseGet,
    parentOf: parentOf, last: last, baseIsEqual: baseIsEqual, isStrictComparable: isStrictComparable,
    matchData: matchData, baseIsMatch: baseIsMatch, baseProperty: baseProperty, property: property,
    baseMatches: baseMatches, baseMatchesProperty: baseMatchesProperty, bindCallback: bindCallback,
    baseCallback: baseCallback, hooks: hooks, getCallback: getCallback,
    isIterateeCall: isIterateeCall, restParam: restParam, baseFor: baseFor, baseForOwn: baseForOwn,
    baseForOwnRight: baseForOwnRight, baseForIn: baseForIn, baseEach: baseEach, baseMap: baseMap,
    baseFlatten: baseFlatten, baseSlice: baseSlice, baseIndexOf: baseIndexOf,
    compareAscending: compareAscending, baseRandom: baseRandom
  };
})
