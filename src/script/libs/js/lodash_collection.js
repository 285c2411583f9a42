// courier: lodash 4 collection functions (internal library '_lodash_collection'): each, map,
// filter, find, reduce, every/some, includes, sortBy/orderBy, groupBy and the other
// aggregators, size, sampling and shuffling. Arrays, array-likes, strings and objects alike.
(function (native, require) {
  'use strict';

  var C = require('_lodash_core');
  var isArray = C.isArray;
  var isArrayLike = C.isArrayLike;
  var getIteratee = C.getIteratee;
  var baseEach = C.baseEach;
  var own = C.own;

  function values(object) {
    if (object == null) return [];
    var ks = C.keys(object);
    var out = new Array(ks.length);
    for (var i = 0; i < ks.length; i++) out[i] = object[ks[i]];
    return out;
  }
  function valuesIn(object) {
    if (object == null) return [];
    return C.keysIn(object).map(function (k) { return object[k]; });
  }

  function forEach(collection, iteratee) { return baseEach(collection, getIteratee(iteratee, 3)); }
  function forEachRight(collection, iteratee) { return baseEach(collection, getIteratee(iteratee, 3), true); }

  function map(collection, iteratee) {
    iteratee = getIteratee(iteratee, 3);
    if (isArray(collection)) {
      var out = new Array(collection.length);
      for (var i = 0; i < collection.length; i++) out[i] = iteratee(collection[i], i, collection);
      return out;
    }
    return C.baseMap(collection, iteratee);
  }
  function filter(collection, predicate) {
    predicate = getIteratee(predicate, 3);
    var out = [];
    baseEach(collection, function (v, k, c) { if (predicate(v, k, c)) out.push(v); });
    return out;
  }
  function reject(collection, predicate) {
    predicate = getIteratee(predicate, 3);
    return filter(collection, function (v, k, c) { return !predicate.call(this, v, k, c); });
  }

  function findIndex(array, predicate, fromIndex) {
    var n = array == null ? 0 : array.length;
    if (!n) return -1;
    var i = fromIndex == null ? 0 : C.toInteger(fromIndex);
    if (i < 0) i = Math.max(n + i, 0);
    return C.baseFindIndex(array, getIteratee(predicate, 3), i);
  }
  function findLastIndex(array, predicate, fromIndex) {
    var n = array == null ? 0 : array.length;
    if (!n) return -1;
    var i = n - 1;
    if (fromIndex !== undefined) {
      i = C.toInteger(fromIndex);
      i = fromIndex < 0 ? Math.max(n + i, 0) : Math.min(i, n - 1);
    }
    return C.baseFindIndex(array, getIteratee(predicate, 3), i, true);
  }
  function createFind(findIndexFunc) {
    return function (collection, predicate, fromIndex) {
      var it = Object(collection);
      var ks;
      if (!isArrayLike(collection)) {
        var fn = getIteratee(predicate, 3);
        ks = C.keys(collection);
        collection = ks;
        predicate = function (k) { return fn(it[k], k, it); };
      }
      var i = findIndexFunc(collection, predicate, fromIndex);
      return i > -1 ? it[ks ? ks[i] : i] : undefined;
    };
  }
  var find = createFind(findIndex);
  var findLast = createFind(findLastIndex);

  function baseReduce(collection, iteratee, acc, init, fromRight) {
    baseEach(collection, function (v, k, c) {
      if (init) {
        init = false;
        acc = v;
      } else {
        acc = iteratee(acc, v, k, c);
      }
    }, fromRight);
    return acc;
  }
  function reduce(collection, iteratee, accumulator) {
    return baseReduce(collection, getIteratee(iteratee, 4), accumulator, arguments.length < 3);
  }
  function reduceRight(collection, iteratee, accumulator) {
    return baseReduce(collection, getIteratee(iteratee, 4), accumulator, arguments.length < 3, true);
  }

  function every(collection, predicate, guard) {
    if (guard && C.isIterateeCall(collection, predicate, guard)) predicate = undefined;
    predicate = getIteratee(predicate, 3);
    var result = true;
    baseEach(collection, function (v, k, c) { return (result = !!predicate(v, k, c)); });
    return result;
  }
  function some(collection, predicate, guard) {
    if (guard && C.isIterateeCall(collection, predicate, guard)) predicate = undefined;
    predicate = getIteratee(predicate, 3);
    var result;
    baseEach(collection, function (v, k, c) { result = predicate(v, k, c); return !result; });
    return !!result;
  }

  function includes(collection, value, fromIndex, guard) {
    collection = isArrayLike(collection) ? collection : values(collection);
    fromIndex = (fromIndex && !guard) ? C.toInteger(fromIndex) : 0;
    var n = collection.length;
    if (fromIndex < 0) fromIndex = Math.max(n + fromIndex, 0);
    return C.isString(collection) ? (fromIndex <= n && collection.indexOf(value, fromIndex) > -1) :
      (!!n && C.baseIndexOf(collection, value, fromIndex) > -1);
  }

  // ------------------------------------------------------------ sorting

  function compareAscending(a, b) {
    var t = typeof a;
    if (t === typeof b && (t === 'string' || (t === 'number' && a === a && b === b))) return a > b ? 1 : (a < b ? -1 : 0);
    if (a !== b) {
      var aDef = a !== undefined;
      var aNull = a === null;
      var aSelf = a === a;
      var aSym = C.isSymbol(a);
      var bDef = b !== undefined;
      var bNull = b === null;
      var bSelf = b === b;
      var bSym = C.isSymbol(b);
      if ((!bNull && !bSym && !aSym && a > b) || (aSym && bDef && bSelf && !bNull && !bSym) ||
        (aNull && bDef && bSelf) || (!aDef && bSelf) || !aSelf) return 1;
      if ((!aNull && !aSym && !bSym && a < b) || (bSym && aDef && aSelf && !aNull && !aSym) ||
        (bNull && aDef && aSelf) || (!bDef && aSelf) || !bSelf) return -1;
    }
    return 0;
  }
  function baseOrderBy(collection, iteratees, orders) {
    var fns = iteratees.length ? iteratees.map(function (it) {
      if (isArray(it)) return function (v) { return C.baseGet(v, it.length === 1 ? it[0] : it); };
      return it;
    }) : [C.identity];
    var make = getIteratee();
    fns = fns.map(function (f) { var g = make(f); return function (v) { return g(v); }; });
    var i = -1;
    var rows = C.baseMap(collection, function (v) {
      return { c: fns.map(function (f) { return f(v); }), i: ++i, v: v };
    });
    var signs = fns.map(function (f, k) { return (k < orders.length && orders[k] == 'desc') ? -1 : 1; });
    var n = fns.length;
    rows.sort(function (x, y) {
      for (var k = 0; k < n; k++) {
        var r = compareAscending(x.c[k], y.c[k]);
        if (r) return r * signs[k];
      }
      return x.i - y.i;
    });
    return rows.map(function (r) { return r.v; });
  }
  function sortBy(collection) {
    if (collection == null) return [];
    var its = Array.prototype.slice.call(arguments, 1);
    if (its.length > 1 && C.isIterateeCall(collection, its[0], its[1])) its = [];
    else if (its.length > 2 && C.isIterateeCall(its[0], its[1], its[2])) its = [its[0]];
    return baseOrderBy(collection, C.baseFlatten(its, 1), []);
  }
  function orderBy(collection, iteratees, orders, guard) {
    if (collection == null) return [];
    if (!isArray(iteratees)) iteratees = iteratees == null ? [] : [iteratees];
    orders = guard ? undefined : orders;
    if (!isArray(orders)) orders = orders == null ? [] : [orders];
    return baseOrderBy(collection, iteratees, orders);
  }

  // ------------------------------------------------------------ aggregators

  function aggregator(setter, init) {
    return function (collection, iteratee) {
      var acc = init ? init() : {};
      var fn = getIteratee(iteratee, 2);
      baseEach(collection, function (v) { setter(acc, v, fn(v)); });
      return acc;
    };
  }
  var groupBy = aggregator(function (r, v, k) {
    if (own.call(r, k)) r[k].push(v);
    else C.baseAssignValue(r, k, [v]);
  });
  var countBy = aggregator(function (r, v, k) {
    if (own.call(r, k)) ++r[k];
    else C.baseAssignValue(r, k, 1);
  });
  var keyBy = aggregator(function (r, v, k) { C.baseAssignValue(r, k, v); });
  var partition = aggregator(function (r, v, k) { r[k ? 0 : 1].push(v); }, function () { return [[], []]; });

  // ------------------------------------------------------------ size, sampling

  function size(collection) {
    if (collection == null) return 0;
    if (isArrayLike(collection)) return C.isString(collection) ? C.stringSize(collection) : collection.length;
    if (C.isMap(collection) || C.isSet(collection)) return collection.size;
    return C.baseKeys(collection).length;
  }
  function shuffleSelf(array, n) {
    var last = array.length - 1;
    n = n === undefined ? array.length : n;
    for (var i = 0; i < n; i++) {
      var r = C.baseRandom(i, last);
      var t = array[r];
      array[r] = array[i];
      array[i] = t;
    }
    array.length = n;
    return array;
  }
  function sample(collection) {
    var arr = isArray(collection) ? collection : values(collection);
    return arr.length ? arr[C.baseRandom(0, arr.length - 1)] : undefined;
  }
  function sampleSize(collection, n, guard) {
    n = (guard ? C.isIterateeCall(collection, n, guard) : n === undefined) ? 1 : C.toInteger(n);
    var arr = isArray(collection) ? C.copyArray(collection) : values(collection);
    return shuffleSelf(arr, C.clampNumber(n, 0, arr.length));
  }
  function shuffle(collection) {
    return shuffleSelf(isArray(collection) ? C.copyArray(collection) : values(collection));
  }

  function flatMap(collection, iteratee) { return C.baseFlatten(map(collection, iteratee), 1); }
  function flatMapDeep(collection, iteratee) { return C.baseFlatten(map(collection, iteratee), Infinity); }
  function flatMapDepth(collection, iteratee, depth) {
    depth = depth === undefined ? 1 : C.toInteger(depth);
    return C.baseFlatten(map(collection, iteratee), depth);
  }
  function baseInvoke(object, path, args) {
    path = C.castPath(path, object);
    if (path.length > 1) object = C.baseGet(object, path.slice(0, -1));
    var fn = object == null ? object : object[C.toKey(path[path.length - 1])];
    return fn == null ? undefined : fn.apply(object, args);
  }
  function invokeMap(collection, path) {
    var args = Array.prototype.slice.call(arguments, 2);
    var isFunc = typeof path === 'function';
    var out = isArrayLike(collection) ? new Array(collection.length) : [];
    var i = -1;
    baseEach(collection, function (v) { out[++i] = isFunc ? path.apply(v, args) : baseInvoke(v, path, args); });
    return out;
  }

  return {
    values: values, valuesIn: valuesIn, forEach: forEach, forEachRight: forEachRight, map: map,
    filter: filter, reject: reject, findIndex: findIndex, findLastIndex: findLastIndex, find: find,
    findLast: findLast, reduce: reduce, reduceRight: reduceRight, every: every, some: some,
    includes: includes, compareAscending: compareAscending, baseOrderBy: baseOrderBy,
    sortBy: sortBy, orderBy: orderBy, groupBy: groupBy, countBy: countBy, keyBy: keyBy,
    partition: partition, size: size, shuffleSelf: shuffleSelf, sample: sample,
    sampleSize: sampleSize, shuffle: shuffle, flatMap: flatMap, flatMapDeep: flatMapDeep,
    flatMapDepth: flatMapDepth, baseInvoke: baseInvoke, invokeMap: invokeMap
  };
})
