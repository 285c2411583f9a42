// courier: lodash 4 array functions (internal library '_lodash_array'): slicing, flattening,
// set operations (uniq, union, intersection, difference, xor and their By/With forms),
// searching, zipping, pulling, sorted-array helpers, range and times.
(function (native, require) {
  'use strict';

  var C = require('_lodash_core');
  var compareAscending = require('_lodash_collection').compareAscending;
  var isArrayLikeObject = C.isArrayLikeObject;
  var toInteger = C.toInteger;
  var baseSlice = C.baseSlice;
  var baseFlatten = C.baseFlatten;
  var getIteratee = C.getIteratee;
  var slice = Array.prototype.slice;
  var MAX_ARRAY_LENGTH = 4294967295;

  function len(a) { return a == null ? 0 : a.length; }
  function last(a) { var n = len(a); return n ? a[n - 1] : undefined; }
  function head(a) { return a && a.length ? a[0] : undefined; }
  function tail(a) { var n = len(a); return n ? baseSlice(a, 1, n) : []; }
  function initial(a) { return len(a) ? baseSlice(a, 0, -1) : []; }
  function nth(a, n) {
    var l = len(a);
    if (!l) return undefined;
    n = toInteger(n);
    n += n < 0 ? l : 0;
    return C.isIndex(n, l) ? a[n] : undefined;
  }
  function chunk(a, size, guard) {
    size = (guard ? C.isIterateeCall(a, size, guard) : size === undefined) ? 1 : Math.max(toInteger(size), 0);
    var n = len(a);
    if (!n || size < 1) return [];
    var out = [];
    for (var i = 0; i < n; i += size) out.push(baseSlice(a, i, i + size));
    return out;
  }
  function compact(a) {
    var out = [];
    for (var i = 0, n = len(a); i < n; i++) if (a[i]) out.push(a[i]);
    return out;
  }
  function concat() {
    if (!arguments.length) return [];
    var first = arguments[0];
    var out = C.copyArray(C.isArray(first) ? first : [first]);
    return baseFlatten(slice.call(arguments, 1), 1, null, false, out);
  }
  function drop(a, n, guard) {
    var l = len(a);
    if (!l) return [];
    n = (guard || n === undefined) ? 1 : toInteger(n);
    return baseSlice(a, n < 0 ? 0 : n, l);
  }
  function dropRight(a, n, guard) {
    var l = len(a);
    if (!l) return [];
    n = l - ((guard || n === undefined) ? 1 : toInteger(n));
    return baseSlice(a, 0, n < 0 ? 0 : n);
  }
  function take(a, n, guard) {
    if (!len(a)) return [];
    n = (guard || n === undefined) ? 1 : toInteger(n);
    return baseSlice(a, 0, n < 0 ? 0 : n);
  }
  function takeRight(a, n, guard) {
    var l = len(a);
    if (!l) return [];
    n = l - ((guard || n === undefined) ? 1 : toInteger(n));
    return baseSlice(a, n < 0 ? 0 : n, l);
  }
  function baseWhile(a, pred, isDrop, fromRight) {
    var n = a.length;
    var i = fromRight ? n : -1;
    while ((fromRight ? i-- : ++i < n) && pred(a[i], i, a)) { /* advance */ }
    return isDrop ? baseSlice(a, fromRight ? 0 : i, fromRight ? i + 1 : n) :
      baseSlice(a, fromRight ? i + 1 : 0, fromRight ? n : i);
  }
  function whileFn(isDrop, fromRight) {
    return function (a, pred) { return len(a) ? baseWhile(a, getIteratee(pred, 3), isDrop, fromRight) : []; };
  }
  function arraySlice(a, start, end) {
    var n = len(a);
    if (!n) return [];
    if (end && typeof end !== 'number' && C.isIterateeCall(a, start, end)) {
      start = 0;
      end = n;
    } else {
      start = start == null ? 0 : toInteger(start);
      end = end === undefined ? n : toInteger(end);
    }
    return baseSlice(a, start, end);
  }
  function flatten(a) { return len(a) ? baseFlatten(a, 1) : []; }
  function flattenDeep(a) { return len(a) ? baseFlatten(a, Infinity) : []; }
  function flattenDepth(a, depth) {
    if (!len(a)) return [];
    return baseFlatten(a, depth === undefined ? 1 : toInteger(depth));
  }
  function fromPairs(pairs) {
    var out = {};
    for (var i = 0, n = len(pairs); i < n; i++) C.baseAssignValue(out, pairs[i][0], pairs[i][1]);
    return out;
  }
  function indexOf(a, value, fromIndex) {
    var n = len(a);
    if (!n) return -1;
    var i = fromIndex == null ? 0 : toInteger(fromIndex);
    if (i < 0) i = Math.max(n + i, 0);
    return C.baseIndexOf(a, value, i);
  }
  function lastIndexOf(a, value, fromIndex) {
    var n = len(a);
    if (!n) return -1;
    var i = n;
    if (fromIndex !== undefined) {
      i = toInteger(fromIndex);
      i = i < 0 ? Math.max(n + i, 0) : Math.min(i, n - 1);
    }
    if (value !== value) return C.baseFindIndex(a, function (v) { return v !== v; }, i, true);
    for (i += 1; i--;) if (a[i] === value) return i;
    return i;
  }
  function join(a, sep) { return a == null ? '' : Array.prototype.join.call(a, sep); }
  function reverse(a) { return a == null ? a : Array.prototype.reverse.call(a); }

  // ------------------------------------------------------------ set operations

  function includesWith(a, v, cmp) {
    for (var i = 0, n = len(a); i < n; i++) if (cmp(v, a[i])) return true;
    return false;
  }
  // A set of seen values: SameValueZero (a Set) unless a comparator decides.
  function seenSet(cmp, values) {
    if (!cmp) return new Set(values);
    var list = values ? Array.prototype.slice.call(values) : [];
    return { has: function (v) { return includesWith(list, v, cmp); }, add: function (v) { list.push(v); } };
  }

  function baseDifference(a, vals, iteratee, cmp) {
    var out = [];
    if (!len(a)) return out;
    if (iteratee) vals = vals.map(function (v) { return iteratee(v); });
    var seen = seenSet(cmp, vals);
    for (var i = 0; i < a.length; i++) {
      var v = a[i];
      var key = iteratee == null ? v : iteratee(v);
      v = (cmp || v !== 0) ? v : 0;
      if (!seen.has(key)) out.push(v);
    }
    return out;
  }
  function baseUniq(a, iteratee, cmp) {
    var out = [];
    var seen = seenSet(cmp);
    for (var i = 0, n = len(a); i < n; i++) {
      var v = a[i];
      var key = iteratee ? iteratee(v) : v;
      v = (cmp || v !== 0) ? v : 0;
      if (!seen.has(key)) {
        seen.add(iteratee ? key : v);
        out.push(v);
      }
    }
    return out;
  }
  function lastFn(args, test) {
    var f = last(args);
    return test(f) ? f : undefined;
  }
  function notArrayLikeObject(f) { return !isArrayLikeObject(f); }
  function isFn(f) { return typeof f === 'function'; }

  function uniq(a) { return len(a) ? baseUniq(a) : []; }
  function uniqBy(a, it) { return len(a) ? baseUniq(a, getIteratee(it, 2)) : []; }
  function uniqWith(a, cmp) { return len(a) ? baseUniq(a, undefined, isFn(cmp) ? cmp : undefined) : []; }
  function sortedUniqBase(a, it) {
    var out = [];
    var seen;
    for (var i = 0; i < a.length; i++) {
      var key = it ? it(a[i]) : a[i];
      if (!i || !C.eq(key, seen)) {
        seen = key;
        out.push(a[i] === 0 ? 0 : a[i]);
      }
    }
    return out;
  }
  function sortedUniq(a) { return len(a) ? sortedUniqBase(a) : []; }
  function sortedUniqBy(a, it) { return len(a) ? sortedUniqBase(a, getIteratee(it, 2)) : []; }

  function flatArrays(arrays) { return baseFlatten(arrays, 1, isArrayLikeObject, true); }
  function union() { return baseUniq(flatArrays(arguments)); }
  function unionBy() {
    var it = lastFn(arguments, notArrayLikeObject);
    return baseUniq(flatArrays(arguments), getIteratee(it, 2));
  }
  function unionWith() {
    var cmp = lastFn(arguments, isFn);
    return baseUniq(flatArrays(arguments), undefined, cmp);
  }

  function difference(a) {
    return isArrayLikeObject(a) ? baseDifference(a, flatArrays(slice.call(arguments, 1))) : [];
  }
  function differenceBy(a) {
    var vals = slice.call(arguments, 1);
    var it = lastFn(vals, notArrayLikeObject);
    return isArrayLikeObject(a) ? baseDifference(a, flatArrays(vals), getIteratee(it, 2)) : [];
  }
  function differenceWith(a) {
    var vals = slice.call(arguments, 1);
    var cmp = lastFn(vals, notArrayLikeObject);
    return isArrayLikeObject(a) ? baseDifference(a, flatArrays(vals), undefined, cmp) : [];
  }
  function without(a) { return isArrayLikeObject(a) ? baseDifference(a, slice.call(arguments, 1)) : []; }

  function castArrayLikeObject(v) { return isArrayLikeObject(v) ? v : []; }
  function baseIntersection(arrays, iteratee, cmp) {
    var first = arrays[0];
    var others = [];
    var maxLength = Infinity;
    for (var k = arrays.length - 1; k >= 0; k--) {
      var arr = arrays[k];
      if (k && iteratee) arr = arr.map(function (v) { return iteratee(v); });
      maxLength = Math.min(arr.length, maxLength);
      others[k] = k ? seenSet(cmp, arr) : null;
    }
    var out = [];
    var seen = seenSet(cmp);
    outer:
    for (var i = 0; i < first.length && out.length < maxLength; i++) {
      var v = first[i];
      var key = iteratee ? iteratee(v) : v;
      v = (cmp || v !== 0) ? v : 0;
      if (seen.has(key)) continue;
      for (var j = 1; j < arrays.length; j++) if (!others[j].has(key)) continue outer;
      seen.add(iteratee ? key : v);
      out.push(v);
    }
    return out;
  }
  function intersection() {
    var arrays = Array.prototype.map.call(arguments, castArrayLikeObject);
    return (arrays.length && arrays[0] === arguments[0]) ? baseIntersection(arrays) : [];
  }
  function intersectionBy() {
    var it = last(arguments);
    var arrays = Array.prototype.map.call(arguments, castArrayLikeObject);
    if (it === last(arrays)) it = undefined;
    else arrays.pop();
    return (arrays.length && arrays[0] === arguments[0]) ? baseIntersection(arrays, getIteratee(it, 2)) : [];
  }
  function intersectionWith() {
    var cmp = lastFn(arguments, isFn);
    var arrays = Array.prototype.map.call(arguments, castArrayLikeObject);
    if (cmp) arrays.pop();
    return (arrays.length && arrays[0] === arguments[0]) ? baseIntersection(arrays, undefined, cmp) : [];
  }

  function baseXor(arrays, iteratee, cmp) {
    var n = arrays.length;
    if (n < 2) return n ? baseUniq(arrays[0]) : [];
    var parts = new Array(n);
    for (var i = 0; i < n; i++) {
      for (var j = 0; j < n; j++) {
        if (j !== i) parts[i] = baseDifference(parts[i] || arrays[i], arrays[j], iteratee, cmp);
      }
    }
    return baseUniq(baseFlatten(parts, 1), iteratee, cmp);
  }
  function xor() { return baseXor(Array.prototype.filter.call(arguments, isArrayLikeObject)); }
  function xorBy() {
    var it = lastFn(arguments, notArrayLikeObject);
    return baseXor(Array.prototype.filter.call(arguments, isArrayLikeObject), getIteratee(it, 2));
  }
  function xorWith() {
    var cmp = lastFn(arguments, isFn);
    return baseXor(Array.prototype.filter.call(arguments, isArrayLikeObject), undefined, cmp);
  }

  // ------------------------------------------------------------ pulling

  function basePullAll(a, vals, iteratee, cmp) {
    var seen = a;
    if (a === vals) vals = C.copyArray(vals);
    if (iteratee) seen = a.map(function (v) { return iteratee(v); });
    for (var i = 0; i < vals.length; i++) {
      var key = iteratee ? iteratee(vals[i]) : vals[i];
      var from = 0;
      for (;;) {
        from = cmp ? indexWith(seen, key, from, cmp) : C.baseIndexOf(seen, key, from);
        if (from < 0) break;
        if (seen !== a) seen.splice(from, 1);
        a.splice(from, 1);
      }
    }
    return a;
  }
  function indexWith(a, v, from, cmp) {
    for (var i = from; i < a.length; i++) if (cmp(a[i], v)) return i;
    return -1;
  }
  function pullAll(a, vals) { return (len(a) && len(vals)) ? basePullAll(a, vals) : a; }
  function pull(a) { return pullAll(a, slice.call(arguments, 1)); }
  function pullAllBy(a, vals, it) { return (len(a) && len(vals)) ? basePullAll(a, vals, getIteratee(it, 2)) : a; }
  function pullAllWith(a, vals, cmp) { return (len(a) && len(vals)) ? basePullAll(a, vals, undefined, cmp) : a; }
  function basePullAt(a, indexes) {
    var n = a ? indexes.length : 0;
    var prev;
    for (var i = n - 1; i >= 0; i--) {
      var index = indexes[i];
      if (i === n - 1 || index !== prev) {
        prev = index;
        if (C.isIndex(index)) a.splice(index, 1);
        else C.baseUnset(a, index);
      }
    }
    return a;
  }
  function pullAt(a) {
    var indexes = baseFlatten(slice.call(arguments, 1), 1);
    var n = len(a);
    var out = indexes.map(function (p) { return a == null ? undefined : C.get(a, p); });
    basePullAt(a, indexes.map(function (i) { return C.isIndex(i, n) ? +i : i; }).sort(compareAscending));
    return out;
  }
  function remove(a, pred) {
    var out = [];
    if (!len(a)) return out;
    var indexes = [];
    pred = getIteratee(pred, 3);
    for (var i = 0; i < a.length; i++) {
      if (pred(a[i], i, a)) {
        out.push(a[i]);
        indexes.push(i);
      }
    }
    basePullAt(a, indexes);
    return out;
  }
  function fill(a, value, start, end) {
    var n = len(a);
    if (!n) return [];
    if (start && typeof start !== 'number' && C.isIterateeCall(a, value, start)) {
      start = 0;
      end = n;
    }
    start = toInteger(start);
    if (start < 0) start = -start > n ? 0 : n + start;
    end = (end === undefined || end > n) ? n : toInteger(end);
    if (end < 0) end += n;
    end = start > end ? 0 : C.toLength(end);
    while (start < end) a[start++] = value;
    return a;
  }

  // ------------------------------------------------------------ sorted arrays

  function sortedIndexBy(a, value, iteratee, high) {
    var lo = 0;
    var hi = len(a);
    if (!hi) return 0;
    value = iteratee(value);
    var vNaN = value !== value;
    var vNull = value === null;
    var vSym = C.isSymbol(value);
    var vUndef = value === undefined;
    while (lo < hi) {
      var mid = Math.floor((lo + hi) / 2);
      var c = iteratee(a[mid]);
      var cDef = c !== undefined;
      var cNull = c === null;
      var cSelf = c === c;
      var cSym = C.isSymbol(c);
      var up;
      if (vNaN) up = high || cSelf;
      else if (vUndef) up = cSelf && (high || cDef);
      else if (vNull) up = cSelf && cDef && (high || !cNull);
      else if (vSym) up = cSelf && cDef && !cNull && (high || !cSym);
      else if (cNull || cSym) up = false;
      else up = high ? c <= value : c < value;
      if (up) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(hi, MAX_ARRAY_LENGTH - 1);
  }
  function baseSortedIndex(a, value, high) {
    var lo = 0;
    var hi = len(a);
    if (typeof value === 'number' && value === value && hi <= 2147483647) {
      while (lo < hi) {
        var mid = (lo + hi) >>> 1;
        var c = a[mid];
        if (c !== null && !C.isSymbol(c) && (high ? c <= value : c < value)) lo = mid + 1;
        else hi = mid;
      }
      return hi;
    }
    return sortedIndexBy(a, value, C.identity, high);
  }
  function sortedIndex(a, v) { return baseSortedIndex(a, v); }
  function sortedLastIndex(a, v) { return baseSortedIndex(a, v, true); }
  function sortedIndexOf(a, v) {
    var n = len(a);
    if (n) {
      var i = baseSortedIndex(a, v);
      if (i < n && C.eq(a[i], v)) return i;
    }
    return -1;
  }
  function sortedLastIndexOf(a, v) {
    if (len(a)) {
      var i = baseSortedIndex(a, v, true) - 1;
      if (C.eq(a[i], v)) return i;
    }
    return -1;
  }

  // ------------------------------------------------------------ zipping

  function unzip(a) {
    if (!len(a)) return [];
    var n = 0;
    var groups = Array.prototype.filter.call(a, function (g) {
      if (isArrayLikeObject(g)) {
        n = Math.max(g.length, n);
        return true;
      }
      return false;
    });
    var out = [];
    for (var i = 0; i < n; i++) out.push(groups.map(function (g) { return g == null ? undefined : g[i]; }));
    return out;
  }
  function unzipWith(a, iteratee) {
    if (!len(a)) return [];
    var out = unzip(a);
    if (iteratee == null) return out;
    return out.map(function (g) { return iteratee.apply(undefined, g); });
  }
  function zip() { return unzip(slice.call(arguments)); }
  function zipWith() {
    var arrays = slice.call(arguments);
    var it = arrays.length > 1 ? arrays[arrays.length - 1] : undefined;
    if (typeof it === 'function') arrays.pop();
    else it = undefined;
    return unzipWith(arrays, it);
  }
  function baseZipObject(props, vals, assign) {
    var out = {};
    for (var i = 0; i < props.length; i++) assign(out, props[i], i < vals.length ? vals[i] : undefined);
    return out;
  }
  function zipObject(props, vals) { return baseZipObject(props || [], vals || [], C.assignValue); }
  function zipObjectDeep(props, vals) { return baseZipObject(props || [], vals || [], C.baseSet); }

  // ------------------------------------------------------------ range, times

  function createRange(fromRight) {
    return function (start, end, step) {
      if (step && typeof step !== 'number' && C.isIterateeCall(start, end, step)) end = step = undefined;
      start = C.toFinite(start);
      if (end === undefined) {
        end = start;
        start = 0;
      } else {
        end = C.toFinite(end);
      }
      step = step === undefined ? (start < end ? 1 : -1) : C.toFinite(step);
      var n = Math.max(Math.ceil((end - start) / (step || 1)), 0);
      var out = new Array(n);
      for (var i = 0; i < n; i++) {
        out[fromRight ? n - 1 - i : i] = start;
        start += step;
      }
      return out;
    };
  }
  function times(n, iteratee) {
    n = toInteger(n);
    if (n < 1 || n > C.MAX_SAFE) return [];
    iteratee = C.castFunction(iteratee);
    var count = Math.min(n, MAX_ARRAY_LENGTH);
    var out = new Array(count);
    for (var i = 0; i < count; i++) out[i] = iteratee(i);
    for (i = MAX_ARRAY_LENGTH; i < n; i++) iteratee(i);
    return out;
  }

  return {
    last: last, head: head, first: head, tail: tail, initial: initial, nth: nth, chunk: chunk,
    compact: compact, concat: concat, drop: drop, dropRight: dropRight, take: take,
    takeRight: takeRight, dropWhile: whileFn(true), dropRightWhile: whileFn(true, true),
    takeWhile: whileFn(false), takeRightWhile: whileFn(false, true), slice: arraySlice,
    flatten: flatten, flattenDeep: flattenDeep, flattenDepth: flattenDepth, fromPairs: fromPairs,
    indexOf: indexOf, lastIndexOf: lastIndexOf, join: join, reverse: reverse,
    baseDifference: baseDifference, baseUniq: baseUniq, uniq: uniq, uniqBy: uniqBy,
    uniqWith: uniqWith, sortedUniq: sortedUniq, sortedUniqBy: sortedUniqBy, union: union,
    unionBy: unionBy, unionWith: unionWith, difference: difference, differenceBy: differenceBy,
    differenceWith: differenceWith, without: without, baseIntersection: baseIntersection,
    intersection: intersection, intersectionBy: intersectionBy, intersectionWith: intersectionWith,
    baseXor: baseXor, xor: xor, xorBy: xorBy, xorWith: xorWith, basePullAll: basePullAll,
    pull: pull, pullAll: pullAll, pullAllBy: pullAllBy, pullAllWith: pullAllWith,
    basePullAt: basePullAt, pullAt: pullAt, remove: remove, fill: fill,
    sortedIndexBy: function (a, v, it) { return sortedIndexBy(a, v, getIteratee(it, 2)); },
    sortedLastIndexBy: function (a, v, it) { return sortedIndexBy(a, v, getIteratee(it, 2), true); },
    baseSortedIndex: baseSortedIndex, baseSortedIndexBy: sortedIndexBy, sortedIndex: sortedIndex,
    sortedLastIndex: sortedLastIndex, sortedIndexOf: sortedIndexOf,
    sortedLastIndexOf: sortedLastIndexOf, unzip: unzip, unzipWith: unzipWith, zip: zip,
    zipWith: zipWith, baseZipObject: baseZipObject, zipObject: zipObject,
    zipObjectDeep: zipObjectDeep, range: createRange(), rangeRight: createRange(true), times: times
  };
})
