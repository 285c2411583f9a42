// courier: lodash 3.10 collection functions (internal library '_lodash3_collection') for the
// legacy global `_`: each/map/filter/find/reduce and friends with `thisArg`, pluck, where,
// findWhere, includes/contains, the aggregators (groupBy, indexBy...), sortBy/sortByAll/
// sortByOrder, sample/shuffle, size, max/min/sum with lodash 3's semantics.
(function (native, require) {
  'use strict';

  var B = require('_lodash3_base');
  var isArray = B.isArray;
  var getCallback = B.getCallback;
  var baseEach = B.baseEach;

  function forEachFn(fromRight) {
    return function (collection, iteratee, thisArg) {
      return baseEach(collection, B.bindCallback(iteratee, thisArg, 3), fromRight);
    };
  }
  function map(collection, iteratee, thisArg) {
    iteratee = getCallback(iteratee, thisArg, 3);
    if (isArray(collection)) {
      var out = new Array(collection.length);
      for (var i = 0; i < collection.length; i++) out[i] = iteratee(collection[i], i, collection);
      return out;
    }
    return B.baseMap(collection, iteratee);
  }
  function filterBy(collection, pred, keep) {
    var out = [];
    baseEach(collection, function (v, k, c) { if (!pred(v, k, c) === !keep) out.push(v); });
    return out;
  }
  function filter(collection, pred, thisArg) { return filterBy(collection, getCallback(pred, thisArg, 3), true); }
  function reject(collection, pred, thisArg) { return filterBy(collection, getCallback(pred, thisArg, 3), false); }
  function guardPredicate(collection, pred, thisArg) {
    if (thisArg && B.isIterateeCall(collection, pred, thisArg)) pred = undefined;
    return (typeof pred !== 'function' || thisArg !== undefined) ? getCallback(pred, thisArg, 3) : pred;
  }
  function every(collection, pred, thisArg) {
    pred = guardPredicate(collection, pred, thisArg);
    var result = true;
    baseEach(collection, function (v, k, c) { return (result = !!pred(v, k, c)); });
    return result;
  }
  function some(collection, pred, thisArg) {
    pred = guardPredicate(collection, pred, thisArg);
    var result;
    baseEach(collection, function (v, k, c) { result = pred(v, k, c); return !result; });
    return !!result;
  }
  function baseFind(collection, pred, fromRight, retKey, each) {
    var found;
    (each || baseEach)(collection, function (v, k, c) {
      if (pred(v, k, c)) {
        found = retKey ? k : v;
        return false;
      }
      return undefined;
    }, fromRight);
    return found;
  }
  function findFn(fromRight) {
    return function (collection, pred, thisArg) {
      pred = getCallback(pred, thisArg, 3);
      if (isArray(collection)) {
        var i = findIndexIn(collection, pred, fromRight);
        return i > -1 ? collection[i] : undefined;
      }
      return baseFind(collection, pred, fromRight);
    };
  }
  function findIndexIn(array, pred, fromRight) {
    var n = array.length;
    for (var i = 0; i < n; i++) {
      var j = fromRight ? n - 1 - i : i;
      if (pred(array[j], j, array)) return j;
    }
    return -1;
  }
  function findIndexFn(fromRight) {
    return function (array, pred, thisArg) {
      if (!(array && array.length)) return -1;
      return findIndexIn(array, getCallback(pred, thisArg, 3), fromRight);
    };
  }
  function findKeyFn(fromRight) {
    return function (object, pred, thisArg) {
      pred = getCallback(pred, thisArg, 3);
      return baseFind(object, pred, fromRight, true, function (o, f, right) {
        return (right ? B.baseForOwnRight : B.baseForOwn)(o, f);
      });
    };
  }
  var find = findFn(false);
  function reduceFn(fromRight) {
    return function (collection, iteratee, acc, thisArg) {
      var init = arguments.length < 3;
      iteratee = getCallback(iteratee, thisArg, 4);
      baseEach(collection, function (v, k, c) {
        if (init) {
          init = false;
          acc = v;
        } else {
          acc = iteratee(acc, v, k, c);
        }
      }, fromRight);
      return acc;
    };
  }
  function includes(collection, target, fromIndex, guard) {
    var n = collection ? B.getLength(collection) : 0;
    if (!B.isLength(n)) {
      collection = B.values(collection);
      n = collection.length;
    }
    if (typeof fromIndex !== 'number' || (guard && B.isIterateeCall(target, fromIndex, guard))) fromIndex = 0;
    else fromIndex = fromIndex < 0 ? Math.max(n + fromIndex, 0) : (fromIndex || 0);
    return (typeof collection === 'string' || (!isArray(collection) && B.isString(collection))) ?
      (fromIndex <= n && collection.indexOf(target, fromIndex) > -1) :
      (!!n && B.baseIndexOf(collection, target, fromIndex) > -1);
  }

  // ------------------------------------------------------------ aggregators, sorting

  function aggregator(setter, init) {
    return function (collection, iteratee, thisArg) {
      var acc = init ? init() : {};
      iteratee = getCallback(iteratee, thisArg, 3);
      baseEach(collection, function (v, k, c) { setter(acc, v, iteratee(v, k, c)); });
      return acc;
    };
  }
  var groupBy = aggregator(function (r, v, k) {
    if (B.own.call(r, k)) r[k].push(v);
    else r[k] = [v];
  });
  var countBy = aggregator(function (r, v, k) {
    if (B.own.call(r, k)) ++r[k];
    else r[k] = 1;
  });
  var indexBy = aggregator(function (r, v, k) { r[k] = v; });
  var partition = aggregator(function (r, v, k) { r[k ? 0 : 1].push(v); }, function () { return [[], []]; });

  function sortRows(collection, criteria, compare) {
    var i = -1;
    var rows = B.baseMap(collection, function (v, k, c) { return { c: criteria(v, k, c), i: ++i, v: v }; });
    rows.sort(compare);
    return rows.map(function (r) { return r.v; });
  }
  function sortBy(collection, iteratee, thisArg) {
    if (collection == null) return [];
    if (thisArg && B.isIterateeCall(collection, iteratee, thisArg)) iteratee = undefined;
    iteratee = getCallback(iteratee, thisArg, 3);
    return sortRows(collection, iteratee, function (a, b) { return B.compareAscending(a.c, b.c) || (a.i - b.i); });
  }
  function baseSortByOrder(collection, iteratees, orders) {
    var make = getCallback();
    var fns = iteratees.map(function (it) { return make(it); });
    return sortRows(collection, function (v) { return fns.map(function (f) { return f(v); }); }, function (a, b) {
      for (var k = 0; k < a.c.length; k++) {
        var r = B.compareAscending(a.c[k], b.c[k]);
        if (r) return k >= orders.length ? r : r * ((orders[k] === 'asc' || orders[k] === true) ? 1 : -1);
      }
      return a.i - b.i;
    });
  }
  var sortByAll = B.restParam(function (collection, iteratees) {
    if (collection == null) return [];
    var guard = iteratees[2];
    if (guard && B.isIterateeCall(iteratees[0], iteratees[1], guard)) iteratees.length = 1;
    return baseSortByOrder(collection, B.baseFlatten(iteratees), []);
  });
  function sortByOrder(collection, iteratees, orders, guard) {
    if (collection == null) return [];
    if (guard && B.isIterateeCall(iteratees, orders, guard)) orders = undefined;
    if (!isArray(iteratees)) iteratees = iteratees == null ? [] : [iteratees];
    if (!isArray(orders)) orders = orders == null ? [] : [orders];
    return baseSortByOrder(collection, iteratees, orders);
  }

  // ------------------------------------------------------------ sampling, size, extremes

  function toArray(v) {
    var n = v ? B.getLength(v) : 0;
    if (!B.isLength(n)) return B.values(v);
    if (!n) return [];
    var out = new Array(n);
    for (var i = 0; i < n; i++) out[i] = v[i];
    return out;
  }
  function sample(collection, n, guard) {
    if (guard ? B.isIterateeCall(collection, n, guard) : n == null) {
      var it = B.toIterable(collection);
      return it.length > 0 ? it[B.baseRandom(0, it.length - 1)] : undefined;
    }
    var out = toArray(collection);
    var len = out.length;
    n = Math.min(n < 0 ? 0 : (+n || 0), len);
    for (var i = 0; i < n; i++) {
      var r = B.baseRandom(i, len - 1);
      var t = out[r];
      out[r] = out[i];
      out[i] = t;
    }
    out.length = n;
    return out;
  }
  function size(collection) {
    var n = collection ? B.getLength(collection) : 0;
    return B.isLength(n) ? n : B.keys(collection).length;
  }
  function extremum(greater, exValue) {
    var better = greater ? function (a, b) { return a > b; } : function (a, b) { return a < b; };
    return function (collection, iteratee, thisArg) {
      if (thisArg && B.isIterateeCall(collection, iteratee, thisArg)) iteratee = undefined;
      iteratee = getCallback(iteratee, thisArg, 3);
      var computed, result;
      if (iteratee.length === 1) {
        collection = isArray(collection) ? collection : B.toIterable(collection);
        computed = result = exValue;
        for (var i = 0; i < collection.length; i++) {
          var c = +iteratee(collection[i]);
          if (better(c, computed)) {
            computed = c;
            result = collection[i];
          }
        }
        if (!(collection.length && result === exValue)) return result;
      }
      computed = result = exValue;
      baseEach(collection, function (v, k, coll) {
        var c = +iteratee(v, k, coll);
        if (better(c, computed) || (c === exValue && c === result)) {
          computed = c;
          result = v;
        }
      });
      return result;
    };
  }
  function sum(collection, iteratee, thisArg) {
    if (thisArg && B.isIterateeCall(collection, iteratee, thisArg)) iteratee = undefined;
    iteratee = getCallback(iteratee, thisArg, 3);
    var total = 0;
    if (iteratee.length === 1) {
      var arr = isArray(collection) ? collection : B.toIterable(collection);
      for (var i = arr.length - 1; i >= 0; i--) total += +iteratee(arr[i]) || 0;
      return total;
    }
    baseEach(collection, function (v, k, c) { total += +iteratee(v, k, c) || 0; });
    return total;
  }
  function invokePath(object, path, args) {
    if (object != null && !B.isKey(path, object)) {
      path = B.toPath(path);
      object = B.parentOf(object, path);
      path = B.last(path);
    }
    var fn = object == null ? object : object[path];
    return fn == null ? undefined : fn.apply(object, args);
  }
  var invoke = B.restParam(function (collection, path, args) {
    var i = -1;
    var isFunc = typeof path === 'function';
    var isProp = B.isKey(path);
    var out = B.isArrayLike(collection) ? new Array(collection.length) : [];
    baseEach(collection, function (v) {
      var fn = isFunc ? path : ((isProp && v != null) ? v[path] : undefined);
      out[++i] = fn ? fn.apply(v, args) : invokePath(v, path, args);
    });
    return out;
  });

  return {
    forEach: forEachFn(false), forEachRight: forEachFn(true), map: map, filter: filter,
    reject: reject, every: every, some: some, find: find, findLast: findFn(true),
    findIndex: findIndexFn(false), findLastIndex: findIndexFn(true), findKey: findKeyFn(false),
    findLastKey: findKeyFn(true), baseFind: baseFind,
    findWhere: function (collection, source) { return find(collection, B.baseMatches(source)); },
    where: function (collection, source) { return filter(collection, B.baseMatches(source)); },
    pluck: function (collection, path) { return map(collection, B.property(path)); },
    reduce: reduceFn(false), reduceRight: reduceFn(true), includes: includes, groupBy: groupBy,
    countBy: countBy, indexBy: indexBy, partition: partition, sortBy: sortBy, sortByAll: sortByAll,
    sortByOrder: sortByOrder, toArray: toArray, sample: sample,
    shuffle: function (collection) { return sample(collection, Infinity); }, size: size,
    max: extremum(true, -Infinity), min: extremum(false, Infinity), sum: sum,
    invokePath: invokePath, invoke: invoke
  };
})
