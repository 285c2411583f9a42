// courier: lodash 4 object functions (internal library '_lodash_object'): clone/cloneDeep,
// assign/assignIn/defaults, merge/mergeWith/defaultsDeep, pick/omit (and By), toPairs,
// invert, mapKeys/mapValues, forOwn/forIn, transform, result and friends.
(function (native, require) {
  'use strict';

  var C = require('_lodash_core');
  var own = C.own;
  var isObject = C.isObject;
  var isArray = C.isArray;
  var getIteratee = C.getIteratee;
  var T = C.T;

  var DEEP = 1;
  var FLAT = 2;
  var SYMBOLS = 4;

  // ------------------------------------------------------------ clone

  var CLONEABLE = {};
  [T.args, T.array, T.arrayBuffer, T.dataView, T.bool, T.date, T.map, T.number, T.object,
    T.regexp, T.set, T.string, T.symbol].forEach(function (t) { CLONEABLE[t] = true; });

  function initCloneObject(o) {
    return (typeof o.constructor === 'function' && !C.isPrototype(o)) ? Object.create(Object.getPrototypeOf(o)) : {};
  }
  function cloneByTag(o, tag, deep) {
    var Ctor = o.constructor;
    switch (tag) {
      case T.arrayBuffer: return o.slice(0);
      case T.bool:
      case T.date: return new Ctor(+o);
      case T.dataView: return new Ctor(deep ? o.buffer.slice(0) : o.buffer, o.byteOffset, o.byteLength);
      case T.map:
      case T.set: return new Ctor();
      case T.number:
      case T.string: return new Ctor(o);
      case T.regexp:
        var r = new Ctor(o.source, /\w*$/.exec(String(o))[0]);
        r.lastIndex = o.lastIndex;
        return r;
      case T.symbol: return Object(Symbol.prototype.valueOf.call(o));
    }
    if (C.isTypedArray(o)) return new Ctor(deep ? o.buffer.slice(0) : o.buffer, o.byteOffset, o.length);
    return undefined;
  }
  function baseClone(value, flags, customizer, key, object, stack) {
    var deep = flags & DEEP;
    var flat = flags & FLAT;
    var full = flags & SYMBOLS;
    var result;
    if (customizer) result = object ? customizer(value, key, object, stack) : customizer(value);
    if (result !== undefined) return result;
    if (!isObject(value)) return value;
    var arr = isArray(value);
    if (arr) {
      result = new value.constructor(value.length);
      if (value.length && typeof value[0] === 'string' && own.call(value, 'index')) {
        result.index = value.index;
        result.input = value.input;
      }
      if (!deep) return C.copyArray(value, result);
    } else {
      var tag = C.getTag(value);
      var isFunc = tag === T.func || tag === '[object GeneratorFunction]';
      if (tag === T.object || tag === T.args || (isFunc && !object)) {
        result = (flat || isFunc) ? {} : initCloneObject(value);
        if (!deep) {
          C.copyObject(value, flat ? C.keysIn(value) : C.keys(value), result);
          var syms = flat ? C.symbolsIn(value) : C.ownSymbols(value);
          C.copyObject(value, syms, result);
          return result;
        }
      } else {
        if (!CLONEABLE[tag] && !C.isTypedArray(value)) return object ? value : {};
        result = cloneByTag(value, tag, deep);
      }
    }
    stack = stack || new Map();
    var seen = stack.get(value);
    if (seen) return seen;
    stack.set(value, result);
    if (C.isSet(value)) {
      value.forEach(function (v) { result.add(baseClone(v, flags, customizer, v, value, stack)); });
    } else if (C.isMap(value)) {
      value.forEach(function (v, k) { result.set(k, baseClone(v, flags, customizer, k, value, stack)); });
    }
    var props = arr ? null : (full ? (flat ? C.allKeysIn : C.allKeys) : (flat ? C.keysIn : C.keys))(value);
    var list = props || value;
    for (var i = 0; i < list.length; i++) {
      var k = props ? props[i] : i;
      C.assignValue(result, k, baseClone(value[k], flags, customizer, k, value, stack));
    }
    return result;
  }
  C.baseClone = baseClone;
  function fnOrUndefined(f) { return typeof f === 'function' ? f : undefined; }
  function clone(v) { return baseClone(v, SYMBOLS); }
  function cloneDeep(v) { return baseClone(v, DEEP | SYMBOLS); }
  function cloneWith(v, f) { return baseClone(v, SYMBOLS, fnOrUndefined(f)); }
  function cloneDeepWith(v, f) { return baseClone(v, DEEP | SYMBOLS, fnOrUndefined(f)); }

  // ------------------------------------------------------------ assign, defaults

  var assign = C.createAssigner(function (object, source) {
    if (C.isPrototype(source) || C.isArrayLike(source)) {
      C.copyObject(source, C.keys(source), object);
      return;
    }
    for (var k in source) if (own.call(source, k)) C.assignValue(object, k, source[k]);
  });
  var assignIn = C.createAssigner(function (object, source) { C.copyObject(source, C.keysIn(source), object); });
  var assignWith = C.createAssigner(function (object, source, index, customizer) {
    C.copyObject(source, C.keys(source), object, customizer);
  });
  var assignInWith = C.createAssigner(function (object, source, index, customizer) {
    C.copyObject(source, C.keysIn(source), object, customizer);
  });
  function defaults(object) {
    object = Object(object);
    var sources = Array.prototype.slice.call(arguments, 1);
    var n = sources.length;
    var guard = n > 2 ? sources[2] : undefined;
    if (guard && C.isIterateeCall(sources[0], sources[1], guard)) n = 1;
    for (var i = 0; i < n; i++) {
      var source = sources[i];
      var props = C.keysIn(source);
      for (var j = 0; j < props.length; j++) {
        var k = props[j];
        var v = object[k];
        if (v === undefined || (C.eq(v, Object.prototype[k]) && !own.call(object, k))) object[k] = source[k];
      }
    }
    return object;
  }

  // ------------------------------------------------------------ merge

  function safeGet(o, k) {
    if (k === 'constructor' && typeof o[k] === 'function') return undefined;
    if (k === '__proto__') return undefined;
    return o[k];
  }
  function assignMergeValue(o, k, v) {
    if ((v !== undefined && !C.eq(o[k], v)) || (v === undefined && !(k in o))) C.baseAssignValue(o, k, v);
  }
  function toPlainObject(v) { return C.copyObject(v, C.keysIn(v)); }
  function baseMerge(object, source, customizer, stack) {
    if (object === source) return;
    C.baseFor(source, function (srcValue, key) {
      stack = stack || new Map();
      if (isObject(srcValue)) {
        mergeDeep(object, source, key, customizer, stack);
      } else {
        var nv = customizer ? customizer(safeGet(object, key), srcValue, key + '', object, source, stack) : undefined;
        assignMergeValue(object, key, nv === undefined ? srcValue : nv);
      }
    }, C.keysIn);
  }
  function mergeDeep(object, source, key, customizer, stack) {
    var objValue = safeGet(object, key);
    var srcValue = safeGet(source, key);
    var stacked = stack.get(srcValue);
    if (stacked) {
      assignMergeValue(object, key, stacked);
      return;
    }
    var nv = customizer ? customizer(objValue, srcValue, key + '', object, source, stack) : undefined;
    var common = nv === undefined;
    if (common) {
      var typed = !isArray(srcValue) && C.isTypedArray(srcValue);
      nv = srcValue;
      if (isArray(srcValue) || typed) {
        if (isArray(objValue)) nv = objValue;
        else if (C.isArrayLikeObject(objValue)) nv = C.copyArray(objValue);
        else if (typed) {
          common = false;
          nv = new srcValue.constructor(srcValue.buffer.slice(0), srcValue.byteOffset, srcValue.length);
        } else nv = [];
      } else if (C.isPlainObject(srcValue) || C.isArguments(srcValue)) {
        nv = objValue;
        if (C.isArguments(objValue)) nv = toPlainObject(objValue);
        else if (!isObject(objValue) || C.isFunction(objValue)) nv = initCloneObject(srcValue);
      } else {
        common = false;
      }
    }
    if (common) {
      stack.set(srcValue, nv);
      baseMerge(nv, srcValue, customizer, stack);
      stack.delete(srcValue);
    }
    assignMergeValue(object, key, nv);
  }
  var merge = C.createAssigner(function (object, source) { baseMerge(object, source); });
  var mergeWith = C.createAssigner(function (object, source, index, customizer) {
    baseMerge(object, source, customizer);
  });
  function defaultsMerge(objValue, srcValue, key, object, source, stack) {
    if (isObject(objValue) && isObject(srcValue)) {
      stack.set(srcValue, objValue);
      baseMerge(objValue, srcValue, defaultsMerge, stack);
      stack.delete(srcValue);
    }
    return objValue;
  }
  function defaultsDeep() {
    var args = Array.prototype.slice.call(arguments);
    args.push(undefined, defaultsMerge);
    return mergeWith.apply(undefined, args);
  }

  // ------------------------------------------------------------ pick, omit

  function basePickBy(object, paths, predicate) {
    var out = {};
    for (var i = 0; i < paths.length; i++) {
      var v = C.baseGet(object, paths[i]);
      if (predicate(v, paths[i])) C.baseSet(out, C.castPath(paths[i], object), v);
    }
    return out;
  }
  function pick(object) {
    var paths = C.baseFlatten(Array.prototype.slice.call(arguments, 1), 1);
    if (object == null) return {};
    return basePickBy(object, paths, function (v, p) { return C.hasIn(object, p); });
  }
  function pickBy(object, predicate) {
    if (object == null) return {};
    var props = C.allKeysIn(object).map(function (k) { return [k]; });
    predicate = getIteratee(predicate);
    return basePickBy(object, props, function (v, p) { return predicate(v, p[0]); });
  }
  function omit(object) {
    var out = {};
    if (object == null) return out;
    var deep = false;
    var paths = C.baseFlatten(Array.prototype.slice.call(arguments, 1), 1).map(function (p) {
      p = C.castPath(p, object);
      deep = deep || p.length > 1;
      return p;
    });
    C.copyObject(object, C.allKeysIn(object), out);
    if (deep) out = baseClone(out, DEEP | FLAT | SYMBOLS, function (v) { return C.isPlainObject(v) ? undefined : v; });
    for (var i = paths.length - 1; i >= 0; i--) C.baseUnset(out, paths[i]);
    return out;
  }
  function omitBy(object, predicate) {
    predicate = getIteratee(predicate);
    return pickBy(object, function () { return !predicate.apply(this, arguments); });
  }

  // ------------------------------------------------------------ pairs, invert, iteration

  function createToPairs(keysFunc) {
    return function (object) {
      if (C.isMap(object)) {
        var m = [];
        object.forEach(function (v, k) { m.push([k, v]); });
        return m;
      }
      if (C.isSet(object)) {
        var s = [];
        object.forEach(function (v) { s.push([v, v]); });
        return s;
      }
      return keysFunc(object).map(function (k) { return [k, object[k]]; });
    };
  }
  function inverterKey(v) {
    return (v != null && typeof v.toString !== 'function') ? Object.prototype.toString.call(v) : v;
  }
  function invert(object) {
    var out = {};
    C.baseForOwn(object, function (v, k) { out[inverterKey(v)] = k; });
    return out;
  }
  function invertBy(object, iteratee) {
    var out = {};
    iteratee = getIteratee(iteratee);
    C.baseForOwn(object, function (v, k) {
      var key = inverterKey(iteratee(v));
      if (own.call(out, key)) out[key].push(k);
      else out[key] = [k];
    });
    return out;
  }
  function mapValues(object, iteratee) {
    var out = {};
    iteratee = getIteratee(iteratee, 3);
    C.baseForOwn(object, function (v, k, o) { C.baseAssignValue(out, k, iteratee(v, k, o)); });
    return out;
  }
  function mapKeys(object, iteratee) {
    var out = {};
    iteratee = getIteratee(iteratee, 3);
    C.baseForOwn(object, function (v, k, o) { C.baseAssignValue(out, iteratee(v, k, o), v); });
    return out;
  }
  function forOwn(object, iteratee) { return object && C.baseForOwn(object, getIteratee(iteratee, 3)); }
  function forOwnRight(object, iteratee) { return object && C.baseForOwnRight(object, getIteratee(iteratee, 3)); }
  function forIn(object, iteratee) {
    return object == null ? object : C.baseFor(object, getIteratee(iteratee, 3), C.keysIn);
  }
  function forInRight(object, iteratee) {
    return object == null ? object : C.baseFor(object, getIteratee(iteratee, 3), C.keysIn, true);
  }
  function baseFindKey(object, predicate, fromRight) {
    var found;
    (fromRight ? C.baseForOwnRight : C.baseForOwn)(object, function (v, k, o) {
      if (predicate(v, k, o)) {
        found = k;
        return false;
      }
      return undefined;
    });
    return found;
  }
  function findKey(object, predicate) { return baseFindKey(object, getIteratee(predicate, 3)); }
  function findLastKey(object, predicate) { return baseFindKey(object, getIteratee(predicate, 3), true); }
  function functions(object) {
    return object == null ? [] : C.keys(object).filter(function (k) { return C.isFunction(object[k]); });
  }
  function functionsIn(object) {
    return object == null ? [] : C.keysIn(object).filter(function (k) { return C.isFunction(object[k]); });
  }
  function transform(object, iteratee, acc) {
    var arr = isArray(object);
    var arrLike = arr || C.isBuffer(object) || C.isTypedArray(object);
    iteratee = getIteratee(iteratee, 4);
    if (acc == null) {
      var Ctor = object && object.constructor;
      if (arrLike) acc = arr ? new Ctor() : [];
      else if (isObject(object)) acc = C.isFunction(Ctor) ? Object.create(Object.getPrototypeOf(object)) : {};
      else acc = {};
    }
    var step = function (v, k, o) { return iteratee(acc, v, k, o); };
    if (arrLike) {
      for (var i = 0; i < object.length; i++) if (step(object[i], i, object) === false) break;
    } else {
      C.baseForOwn(object, step);
    }
    return acc;
  }
  function result(object, path, defaultValue) {
    path = C.castPath(path, object);
    var n = path.length;
    if (!n) {
      n = 1;
      object = undefined;
    }
    for (var i = 0; i < n; i++) {
      var v = object == null ? undefined : object[C.toKey(path[i])];
      if (v === undefined) {
        i = n;
        v = defaultValue;
      }
      object = C.isFunction(v) ? v.call(object) : v;
    }
    return object;
  }
  function at(object) {
    var paths = C.baseFlatten(Array.prototype.slice.call(arguments, 1), 1);
    return paths.map(function (p) { return object == null ? undefined : C.get(object, p); });
  }
  function invoke(object, path) {
    return require('_lodash_collection').baseInvoke(object, path, Array.prototype.slice.call(arguments, 2));
  }
  function create(proto, props) {
    var out = isObject(proto) ? Object.create(proto) : {};
    return props == null ? out : C.copyObject(props, C.keys(props), out);
  }

  // ------------------------------------------------------------ lang helpers living with objects

  function isEmpty(v) {
    if (v == null) return true;
    if (C.isArrayLike(v) && (isArray(v) || typeof v === 'string' || typeof v.splice === 'function' ||
      C.isBuffer(v) || C.isTypedArray(v) || C.isArguments(v))) return !v.length;
    if (C.isMap(v) || C.isSet(v)) return !v.size;
    if (C.isPrototype(v)) return !C.baseKeys(v).length;
    for (var k in v) if (own.call(v, k)) return false;
    return true;
  }
  function toArray(v) {
    if (!v) return [];
    if (C.isArrayLike(v)) return C.isString(v) ? C.stringToArray(v) : C.copyArray(v);
    if (typeof Symbol === 'function' && v[Symbol.iterator]) {
      var out = [];
      var it = v[Symbol.iterator]();
      for (var step = it.next(); !step.done; step = it.next()) out.push(step.value);
      return out;
    }
    return require('_lodash_collection').values(v);
  }
  function castArray() {
    if (!arguments.length) return [];
    return isArray(arguments[0]) ? arguments[0] : [arguments[0]];
  }
  function conformsTo(object, source) {
    var props = C.keys(source);
    if (object == null) return !props.length;
    object = Object(object);
    for (var i = props.length - 1; i >= 0; i--) {
      var k = props[i];
      var v = object[k];
      if ((v === undefined && !(k in object)) || !source[k](v)) return false;
    }
    return true;
  }

  return {
    baseClone: baseClone, clone: clone, cloneDeep: cloneDeep, cloneWith: cloneWith,
    cloneDeepWith: cloneDeepWith, assign: assign, assignIn: assignIn, extend: assignIn,
    assignWith: assignWith, assignInWith: assignInWith, extendWith: assignInWith,
    defaults: defaults, baseMerge: baseMerge, merge: merge, mergeWith: mergeWith,
    defaultsDeep: defaultsDeep, toPlainObject: toPlainObject, basePickBy: basePickBy, pick: pick,
    pickBy: pickBy, omit: omit, omitBy: omitBy, toPairs: createToPairs(C.keys),
    entries: createToPairs(C.keys), toPairsIn: createToPairs(C.keysIn), entriesIn: createToPairs(C.keysIn),
    invert: invert, invertBy: invertBy, mapValues: mapValues, mapKeys: mapKeys, forOwn: forOwn,
    forOwnRight: forOwnRight, forIn: forIn, forInRight: forInRight, findKey: findKey,
    findLastKey: findLastKey, functions: functions, functionsIn: functionsIn, transform: transform,
    result: result, at: at, invoke: invoke, create: create, isEmpty: isEmpty, toArray: toArray,
    castArray: castArray, conformsTo: conformsTo, initCloneObject: initCloneObject
  };
})
