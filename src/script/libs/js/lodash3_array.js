// courier: lodash 3.10 array functions (internal library '_lodash3_array') for the legacy
// global `_`: first/rest/last/initial, take/drop (and While), flatten(isDeep), uniq(isSorted,
// iteratee, thisArg), union/intersection/difference/without/xor, indexOf(isSorted),
// sortedIndex, zip/unzip/zipObject, pull/pullAt/remove, chunk, fill, range and times.
(function (native, require) {
  'use strict';

  var B = require('_lodash3_base');
  var isArray = B.isArray;
  var baseSlice = B.baseSlice;
  var getCallback = B.getCallback;

  function len(a) { return a ? a.length : 0; }
  function sliceN(fromRight, isDrop) {
    return function (array, n, guard) {
      var l = len(array);
      if (!l) return [];
      if (guard ? B.isIterateeCall(array, n, guard) : n == null) n = 1;
      if (fromRight) {
        n = l - (+n || 0);
        return isDrop ? baseSlice(array, 0, n < 0 ? 0 : n) : baseSlice(array, n < 0 ? 0 : n);
      }
      return isDrop ? baseSlice(array, n < 0 ? 0 : n) : baseSlice(array, 0, n < 0 ? 0 : n);
    };
  }
  var drop = sliceN(false, true);
  var dropRight = sliceN(true, true);
  function baseWhile(array, pred, isDrop, fromRight) {
    var n = array.length;
    var i = fromRight ? n : -1;
    while ((fromRight ? i-- : ++i < n) && pred(array[i], i, array)) { /* advance */ }
    return isDrop ? baseSlice(array, fromRight ? 0 : i, fromRight ? i + 1 : n) :
      baseSlice(array, fromRight ? i + 1 : 0, fromRight ? n : i);
  }
  function whileFn(isDrop, fromRight) {
    return function (array, pred, thisArg) {
      return len(array) ? baseWhile(array, getCallback(pred, thisArg, 3), isDrop, fromRight) : [];
    };
  }
  function chunk(array, size, guard) {
    size = (guard ? B.isIterateeCall(array, size, guard) : size == null) ? 1 : Math.max(Math.floor(size) || 1, 1);
    var n = array ? array.length : 0;
    var out = new Array(Math.ceil(n / size)); // (a non-array-like throws here, as in lodash 3)
    for (var i = 0, j = 0; i < n; i += size) out[j++] = baseSlice(array, i, i + size);
    return out;
  }
  function compact(array) {
    var out = [];
    for (var i = 0, n = len(array); i < n; i++) if (array[i]) out.push(array[i]);
    return out;
  }
  // (lodash 3's lookups are SameValueZero, as a Set's)
  function baseDifference(array, vals) {
    var out = [];
    if (!len(array)) return out;
    var seen = new Set(vals);
    for (var i = 0; i < array.length; i++) if (!seen.has(array[i])) out.push(array[i]);
    return out;
  }
  function baseUniq(array, iteratee) {
    var out = [];
    var seen = new Set();
    // below 200 items lodash 3 compares with ===, so a NaN computed from a non-NaN never repeats
    var strict = array.length < 200;
    for (var i = 0; i < array.length; i++) {
      var v = array[i];
      var key = iteratee ? iteratee(v, i, array) : v;
      var found = (strict && v === v && key !== key) ? false : seen.has(key);
      if (!found) {
        seen.add(key);
        out.push(v);
      }
    }
    return out;
  }
  function uniq(array, isSorted, iteratee, thisArg) {
    if (!len(array)) return [];
    if (isSorted != null && typeof isSorted !== 'boolean') {
      thisArg = iteratee;
      iteratee = B.isIterateeCall(array, isSorted, thisArg) ? undefined : isSorted;
      isSorted = false;
    }
    if (iteratee != null) iteratee = getCallback(iteratee, thisArg, 3);
    if (!isSorted) return baseUniq(array, iteratee);
    var out = [];
    var seen;
    for (var i = 0; i < array.length; i++) {
      var key = iteratee ? iteratee(array[i], i, array) : array[i];
      if (!i || seen !== key) {
        seen = key;
        out.push(array[i]);
      }
    }
    return out;
  }
  function binaryIndexBy(array, value, iteratee, high) {
    value = iteratee(value);
    var lo = 0;
    var hi = array ? array.length : 0;
    var vNaN = value !== value;
    var vNull = value === null;
    var vUndef = value === undefined;
    while (lo < hi) {
      var mid = Math.floor((lo + hi) / 2);
      var c = iteratee(array[mid]);
      var def = c !== undefined;
      var self = c === c;
      var up;
      if (vNaN) up = self || high;
      else if (vNull) up = self && def && (high || c != null);
      else if (vUndef) up = self && (high || def);
      else if (c == null) up = false;
      else up = high ? c <= value : c < value;
      if (up) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(hi, 4294967294);
  }
  function binaryIndex(array, value, high) {
    var lo = 0;
    var hi = array ? array.length : 0;
    if (typeof value === 'number' && value === value && hi <= 2147483647) {
      while (lo < hi) {
        var mid = (lo + hi) >>> 1;
        var c = array[mid];
        if ((high ? c <= value : c < value) && c !== null) lo = mid + 1;
        else hi = mid;
      }
      return hi;
    }
    return binaryIndexBy(array, value, B.identity, high);
  }
  function sortedIndexFn(high) {
    return function (array, value, iteratee, thisArg) {
      var make = getCallback();
      return (iteratee == null && make === B.baseCallback) ? binaryIndex(array, value, high) :
        binaryIndexBy(array, value, make(iteratee, thisArg, 1), high);
    };
  }
  function sameValue(a, b) { return a === a ? a === b : b !== b; }
  function indexOf(array, value, fromIndex) {
    var n = len(array);
    if (!n) return -1;
    if (typeof fromIndex === 'number') {
      fromIndex = fromIndex < 0 ? Math.max(n + fromIndex, 0) : fromIndex;
    } else if (fromIndex) {
      var i = binaryIndex(array, value);
      return (i < n && sameValue(value, array[i])) ? i : -1;
    }
    return B.baseIndexOf(array, value, fromIndex || 0);
  }
  function lastIndexOf(array, value, fromIndex) {
    var n = len(array);
    if (!n) return -1;
    var i = n;
    if (typeof fromIndex === 'number') {
      i = (fromIndex < 0 ? Math.max(n + fromIndex, 0) : Math.min(fromIndex || 0, n - 1)) + 1;
    } else if (fromIndex) {
      i = binaryIndex(array, value, true) - 1;
      return sameValue(value, array[i]) ? i : -1;
    }
    while (i--) if (sameValue(value, array[i])) return i;
    return -1;
  }
  function intersection() {
    var arrays = Array.prototype.map.call(arguments, function (a) { return B.isArrayLike(a) ? a : []; });
    var first = arrays[0];
    var others = arrays.map(function (a) { return new Set(Array.prototype.slice.call(a)); });
    var seen = new Set();
    var out = [];
    outer:
    for (var i = 0, n = len(first); i < n; i++) {
      var v = first[i];
      if (seen.has(v)) continue;
      for (var j = 1; j < arrays.length; j++) if (!others[j].has(v)) continue outer;
      seen.add(v);
      out.push(v);
    }
    return out;
  }
  function xor() {
    var result;
    for (var i = 0; i < arguments.length; i++) {
      var a = arguments[i];
      if (B.isArrayLike(a)) result = result ? baseDifference(result, a).concat(baseDifference(a, result)) : a;
    }
    return result ? baseUniq(result) : [];
  }
  function unzip(array) {
    if (!len(array)) return [];
    var n = 0;
    var groups = Array.prototype.filter.call(array, function (g) {
      if (B.isArrayLike(g)) {
        n = Math.max(g.length, n);
        return true;
      }
      return false;
    });
    var out = [];
    for (var i = 0; i < n; i++) out.push(groups.map(function (g) { return g == null ? undefined : g[i]; }));
    return out;
  }
  function unzipWith(array, iteratee, thisArg) {
    if (!len(array)) return [];
    var out = unzip(array);
    if (iteratee == null) return out;
    iteratee = B.bindCallback(iteratee, thisArg, 4);
    return out.map(function (g) {
      var acc = g[0];
      for (var i = 1; i < g.length; i++) acc = iteratee(acc, g[i], i, g);
      return acc;
    });
  }
  function zipObject(props, vals) {
    var out = {};
    var n = len(props);
    if (n && !vals && !isArray(props[0])) vals = [];
    for (var i = 0; i < n; i++) {
      var key = props[i];
      if (vals) out[key] = vals[i];
      else if (key) out[key[0]] = key[1];
    }
    return out;
  }
  var zipWith = B.restParam(function (arrays) {
    var n = arrays.length;
    var iteratee = n > 2 ? arrays[n - 2] : undefined;
    var thisArg = n > 1 ? arrays[n - 1] : undefined;
    if (n > 2 && typeof iteratee === 'function') {
      n -= 2;
    } else {
      iteratee = (n > 1 && typeof thisArg === 'function') ? (--n, thisArg) : undefined;
      thisArg = undefined;
    }
    arrays.length = n;
    return unzipWith(arrays, iteratee, thisArg);
  });
  function basePullAt(array, indexes) {
    var prev;
    for (var i = (array ? indexes.length : 0) - 1; i >= 0; i--) {
      var index = indexes[i];
      if (index != prev && B.isIndex(index)) {
        prev = index;
        array.splice(index, 1);
      }
    }
    return array;
  }
  function baseAt(collection, props) {
    var nil = collection == null;
    var arr = !nil && B.isArrayLike(collection);
    var n = arr ? collection.length : 0;
    return props.map(function (k) {
      if (arr) return B.isIndex(k, n) ? collection[k] : undefined;
      return nil ? undefined : collection[k];
    });
  }
  function pull(array) {
    if (!len(array)) return array;
    for (var i = 1; i < arguments.length; i++) {
      var from = 0;
      while ((from = B.baseIndexOf(array, arguments[i], from)) > -1) array.splice(from, 1);
    }
    return array;
  }
  var pullAt = B.restParam(function (array, indexes) {
    indexes = B.baseFlatten(indexes);
    var out = baseAt(array, indexes);
    basePullAt(array, indexes.sort(B.compareAscending));
    return out;
  });
  function remove(array, pred, thisArg) {
    var out = [];
    if (!len(array)) return out;
    var indexes = [];
    pred = getCallback(pred, thisArg, 3);
    for (var i = 0; i < array.length; i++) {
      if (pred(array[i], i, array)) {
        out.push(array[i]);
        indexes.push(i);
      }
    }
    basePullAt(array, indexes);
    return out;
  }
  function fill(array, value, start, end) {
    var n = len(array);
    if (!n) return [];
    if (start && typeof start !== 'number' && B.isIterateeCall(array, value, start)) {
      start = 0;
      end = n;
    }
    start = start == null ? 0 : (+start || 0);
    if (start < 0) start = -start > n ? 0 : n + start;
    end = (end === undefined || end > n) ? n : (+end || 0);
    if (end < 0) end += n;
    n = start > end ? 0 : (end >>> 0);
    start >>>= 0;
    while (start < n) array[start++] = value;
    return array;
  }
  function range(start, end, step) {
    if (step && B.isIterateeCall(start, end, step)) end = step = undefined;
    start = +start || 0;
    step = step == null ? 1 : (+step || 0);
    if (end == null) {
      end = start;
      start = 0;
    } else {
      end = +end || 0;
    }
    var n = Math.max(Math.ceil((end - start) / (step || 1)), 0);
    var out = new Array(n);
    for (var i = 0; i < n; i++) {
      out[i] = start;
      start += step;
    }
    return out;
  }
  function times(n, iteratee, thisArg) {
    n = Math.floor(n);
    if (n < 1 || !isFinite(n)) return [];
    iteratee = B.bindCallback(iteratee, thisArg, 1);
    var out = new Array(Math.min(n, 4294967295));
    for (var i = 0; i < n; i++) {
      if (i < 4294967295) out[i] = iteratee(i);
      else iteratee(i);
    }
    return out;
  }

  return {
    first: function (a) { return a ? a[0] : undefined; },
    last: B.last, rest: function (a) { return drop(a, 1); }, initial: function (a) { return dropRight(a, 1); },
    drop: drop, dropRight: dropRight, take: sliceN(false, false), takeRight: sliceN(true, false),
    dropWhile: whileFn(true), dropRightWhile: whileFn(true, true), takeWhile: whileFn(false),
    takeRightWhile: whileFn(false, true), chunk: chunk, compact: compact,
    slice: function (array, start, end) {
      var n = len(array);
      if (!n) return [];
      if (end && typeof end !== 'number' && B.isIterateeCall(array, start, end)) {
        start = 0;
        end = n;
      }
      return baseSlice(array, start, end);
    },
    flatten: function (array, isDeep, guard) {
      if (guard && B.isIterateeCall(array, isDeep, guard)) isDeep = false;
      return len(array) ? B.baseFlatten(array, isDeep) : [];
    },
    flattenDeep: function (array) { return len(array) ? B.baseFlatten(array, true) : []; },
    baseDifference: baseDifference, baseUniq: baseUniq, uniq: uniq,
    union: function () { return baseUniq(B.baseFlatten(arguments, false, true)); },
    difference: B.restParam(function (array, vals) {
      return (B.isObjectLike(array) && B.isArrayLike(array)) ? baseDifference(array, B.baseFlatten(vals, false, true)) : [];
    }),
    without: B.restParam(function (array, vals) { return B.isArrayLike(array) ? baseDifference(array, vals) : []; }),
    intersection: intersection, xor: xor, binaryIndex: binaryIndex, sortedIndex: sortedIndexFn(false),
    sortedLastIndex: sortedIndexFn(true), indexOf: indexOf, lastIndexOf: lastIndexOf, unzip: unzip,
    unzipWith: unzipWith, zip: function () { return unzip(Array.prototype.slice.call(arguments)); },
    zipObject: zipObject, zipWith: zipWith, baseAt: baseAt, pull: pull, pullAt: pullAt,
    remove: remove, fill: fill, range: range, times: times
  };
})
