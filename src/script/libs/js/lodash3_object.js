// courier: lodash 3.10 object and lang functions (internal library '_lodash3_object') for the
// legacy global `_`: assign/extend (customizer + thisArg), defaults, merge, clone(isDeep),
// get/set/has/result, pick/omit (names or predicate), invert(multiValue), mapKeys/mapValues,
// forIn/forOwn, transform, isEmpty, isEqual/isMatch with customizers.
(function (native, require) {
  'use strict';

  var B = require('_lodash3_base');
  var own = B.own;
  var isObject = B.isObject;
  var isArray = B.isArray;

  // assign(object, ...sources[, customizer[, thisArg]])
  function createAssigner(assigner) {
    return B.restParam(function (object, sources) {
      var n = object == null ? 0 : sources.length;
      var custom = n > 2 ? sources[n - 2] : undefined;
      var guard = n > 2 ? sources[2] : undefined;
      var thisArg = n > 1 ? sources[n - 1] : undefined;
      if (typeof custom === 'function') {
        custom = B.bindCallback(custom, thisArg, 5);
        n -= 2;
      } else {
        custom = typeof thisArg === 'function' ? thisArg : undefined;
        n -= custom ? 1 : 0;
      }
      if (guard && B.isIterateeCall(sources[0], sources[1], guard)) {
        custom = n < 3 ? undefined : custom;
        n = 1;
      }
      for (var i = 0; i < n; i++) if (sources[i]) assigner(object, sources[i], custom);
      return object;
    });
  }
  function changed(result, value) { return result === result ? result !== value : value === value; }
  // (lodash 3 is sloppy code: writes to primitives are silently dropped)
  function put(object, key, value) { if (isObject(object)) object[key] = value; }
  function assignWith(object, source, custom) {
    B.keys(source).forEach(function (k) {
      var v = object[k];
      var r = custom(v, source[k], k, object, source);
      if (changed(r, v) || (v === undefined && !(k in Object(object)))) put(object, k, r);
    });
    return object;
  }
  function baseCopy(source, props, object) {
    object = object || {};
    for (var i = 0; i < props.length; i++) put(object, props[i], source[props[i]]);
    return object;
  }
  function baseAssign(object, source) { return source == null ? object : baseCopy(source, B.keys(source), object); }
  var assign = createAssigner(function (object, source, custom) {
    return custom ? assignWith(object, source, custom) : baseAssign(object, source);
  });
  function toPlainObject(v) { return baseCopy(v, B.keysIn(v)); }
  function isTypedOrArray(v) { return B.isArrayLike(v) && (isArray(v) || B.isTypedArray(v)); }

  function baseMerge(object, source, custom, stackA, stackB) {
    if (!isObject(object)) return object;
    var srcArr = isTypedOrArray(source);
    var props = srcArr ? undefined : B.keys(source);
    var list = props || source;
    for (var i = 0; i < list.length; i++) {
      var srcValue = list[i];
      var key = i;
      if (srcValue === '__proto__' || srcValue === 'constructor') continue;
      if (props) {
        key = srcValue;
        srcValue = source[key];
      }
      if (B.isObjectLike(srcValue)) {
        stackA = stackA || [];
        stackB = stackB || [];
        mergeDeep(object, source, key, custom, stackA, stackB);
      } else {
        var value = object[key];
        var r = custom ? custom(value, srcValue, key, object, source) : undefined;
        var common = r === undefined;
        if (common) r = srcValue;
        if ((r !== undefined || (srcArr && !(key in object))) && (common || changed(r, value))) object[key] = r;
      }
    }
    return object;
  }
  function mergeDeep(object, source, key, custom, stackA, stackB) {
    var srcValue = source[key];
    for (var i = stackA.length - 1; i >= 0; i--) {
      if (stackA[i] == srcValue) {
        object[key] = stackB[i];
        return;
      }
    }
    var value = object[key];
    var r = custom ? custom(value, srcValue, key, object, source) : undefined;
    var common = r === undefined;
    if (common) {
      r = srcValue;
      if (isTypedOrArray(srcValue)) {
        r = isArray(value) ? value : (B.isArrayLike(value) ? Array.prototype.slice.call(value) : []);
      } else if (B.isPlainObject(srcValue) || B.isArguments(srcValue)) {
        r = B.isArguments(value) ? toPlainObject(value) : (B.isPlainObject(value) ? value : {});
      } else {
        common = false;
      }
    }
    stackA.push(srcValue);
    stackB.push(r);
    if (common) object[key] = baseMerge(r, srcValue, custom, stackA, stackB);
    else if (changed(r, value)) object[key] = r;
  }
  var merge = createAssigner(baseMerge);
  function createDefaults(assigner, custom) {
    return B.restParam(function (args) {
      if (args[0] == null) return args[0];
      args.push(custom);
      return assigner.apply(undefined, args);
    });
  }
  function mergeDefaults(objValue, srcValue) {
    return objValue === undefined ? srcValue : merge(objValue, srcValue, mergeDefaults);
  }

  // ------------------------------------------------------------ clone

  var CLONEABLE = /^\[object (?:Arguments|Array|ArrayBuffer|Boolean|Date|Number|Object|RegExp|String|Float32Array|Float64Array|Int8Array|Int16Array|Int32Array|Uint8Array|Uint8ClampedArray|Uint16Array|Uint32Array)\]$/;
  function initCloneObject(o) {
    var C = o.constructor;
    if (!(typeof C === 'function' && C instanceof C)) C = Object;
    return new C();
  }
  function cloneByTag(o, tag, deep) {
    var C = o.constructor;
    switch (tag) {
      case '[object ArrayBuffer]': return o.slice(0);
      case '[object Boolean]':
      case '[object Date]': return new C(+o);
      case '[object Number]':
      case '[object String]': return new C(o);
      case '[object RegExp]':
        var r = new C(o.source, /\w*$/.exec(o));
        r.lastIndex = o.lastIndex;
        return r;
    }
    return new C(deep ? o.buffer.slice(0) : o.buffer, o.byteOffset, o.length);
  }
  function baseClone(value, deep, custom, key, object, stackA, stackB) {
    var result;
    if (custom) result = object ? custom(value, key, object) : custom(value);
    if (result !== undefined) return result;
    if (!isObject(value)) return value;
    var arr = isArray(value);
    if (arr) {
      result = new value.constructor(value.length);
      if (value.length && typeof value[0] === 'string' && own.call(value, 'index')) {
        result.index = value.index;
        result.input = value.input;
      }
      if (!deep) {
        for (var i = 0; i < value.length; i++) result[i] = value[i];
        return result;
      }
    } else {
      var tag = B.tagOf(value);
      var isFunc = tag === '[object Function]';
      if (tag === '[object Object]' || tag === '[object Arguments]' || (isFunc && !object)) {
        result = initCloneObject(isFunc ? {} : value);
        if (!deep) return baseAssign(result, value);
      } else {
        return CLONEABLE.test(tag) ? cloneByTag(value, tag, deep) : (object ? value : {});
      }
    }
    stackA = stackA || [];
    stackB = stackB || [];
    for (var s = stackA.length - 1; s >= 0; s--) if (stackA[s] == value) return stackB[s];
    stackA.push(value);
    stackB.push(result);
    var each = function (sub, k) { result[k] = baseClone(sub, deep, custom, k, value, stackA, stackB); };
    if (arr) for (var j = 0; j < value.length; j++) each(value[j], j);
    else B.baseForOwn(value, each);
    return result;
  }
  function clone(value, isDeep, custom, thisArg) {
    if (isDeep && typeof isDeep !== 'boolean' && B.isIterateeCall(value, isDeep, custom)) {
      isDeep = false;
    } else if (typeof isDeep === 'function') {
      thisArg = custom;
      custom = isDeep;
      isDeep = false;
    }
    return typeof custom === 'function' ? baseClone(value, isDeep, B.bindCallback(custom, thisArg, 1)) : baseClone(value, isDeep);
  }
  function cloneDeep(value, custom, thisArg) {
    return typeof custom === 'function' ? baseClone(value, true, B.bindCallback(custom, thisArg, 1)) : baseClone(value, true);
  }

  // ------------------------------------------------------------ paths

  function get(object, path, dflt) {
    var r = object == null ? undefined : B.baseGet(object, B.toPath(path), path + '');
    return r === undefined ? dflt : r;
  }
  function has(object, path) {
    if (object == null) return false;
    var r = own.call(object, path);
    if (!r && !B.isKey(path)) {
      path = B.toPath(path);
      object = B.parentOf(object, path);
      if (object == null) return false;
      path = B.last(path);
      r = own.call(object, path);
    }
    return r || (B.isLength(object.length) && B.isIndex(path, object.length) && (isArray(object) || B.isArguments(object)));
  }
  function set(object, path, value) {
    if (object == null) return object;
    var pathKey = path + '';
    path = (object[pathKey] != null || B.isKey(path, object)) ? [pathKey] : B.toPath(path);
    var nested = object;
    for (var i = 0; nested != null && i < path.length; i++) {
      var key = path[i];
      if (key === '__proto__' || key === 'constructor') continue;
      if (isObject(nested)) {
        if (i === path.length - 1) nested[key] = value;
        else if (nested[key] == null) nested[key] = B.isIndex(path[i + 1]) ? [] : {};
      }
      nested = nested[key];
    }
    return object;
  }
  function result(object, path, dflt) {
    var r = object == null ? undefined : object[path];
    if (r === undefined) {
      if (object != null && !B.isKey(path, object)) {
        path = B.toPath(path);
        object = B.parentOf(object, path);
        r = object == null ? undefined : object[B.last(path)];
      }
      r = r === undefined ? dflt : r;
    }
    return B.isFunction(r) ? r.call(object) : r;
  }

  // ------------------------------------------------------------ picking, mapping, iterating

  function pickByArray(object, props) {
    object = B.toObject(object);
    var out = {};
    props.forEach(function (k) { if (k in object) out[k] = object[k]; });
    return out;
  }
  function pickByCallback(object, pred) {
    var out = {};
    B.baseForIn(object, function (v, k, o) { if (pred(v, k, o)) out[k] = v; });
    return out;
  }
  var pick = B.restParam(function (object, props) {
    if (object == null) return {};
    return typeof props[0] === 'function' ? pickByCallback(object, B.bindCallback(props[0], props[1], 3)) :
      pickByArray(object, B.baseFlatten(props));
  });
  var omit = B.restParam(function (object, props) {
    if (object == null) return {};
    if (typeof props[0] !== 'function') {
      var names = B.baseFlatten(props).map(String);
      return pickByArray(object, B.keysIn(object).filter(function (k) { return names.indexOf(k) < 0; }));
    }
    var pred = B.bindCallback(props[0], props[1], 3);
    return pickByCallback(object, function (v, k, o) { return !pred(v, k, o); });
  });
  function invert(object, multi, guard) {
    if (guard && B.isIterateeCall(object, multi, guard)) multi = undefined;
    var out = {};
    B.keys(object).forEach(function (k) {
      var v = object[k];
      if (!multi) out[v] = k;
      else if (own.call(out, v)) out[v].push(k);
      else out[v] = [k];
    });
    return out;
  }
  function objectMapper(mapKeys) {
    return function (object, iteratee, thisArg) {
      var out = {};
      iteratee = B.getCallback(iteratee, thisArg, 3);
      B.baseForOwn(object, function (v, k, o) {
        var m = iteratee(v, k, o);
        if (mapKeys) out[m] = v;
        else out[k] = m;
      });
      return out;
    };
  }
  function forFn(keysFunc, fromRight) {
    return function (object, iteratee, thisArg) {
      if (typeof iteratee !== 'function' || thisArg !== undefined) iteratee = B.bindCallback(iteratee, thisArg, 3);
      return B.baseFor(object, iteratee, keysFunc, fromRight);
    };
  }
  function functions(object) { return B.keysIn(object).filter(function (k) { return B.isFunction(object[k]); }); }
  function transform(object, iteratee, acc, thisArg) {
    var arr = isArray(object) || B.isTypedArray(object);
    iteratee = B.getCallback(iteratee, thisArg, 4);
    if (acc == null) {
      if (arr || isObject(object)) {
        var C = object.constructor;
        if (arr) acc = isArray(object) ? new C() : [];
        else acc = isObject(B.isFunction(C) ? C.prototype : undefined) ? Object.create(C.prototype) : {};
      } else {
        acc = {};
      }
    }
    var step = function (v, k, o) { return iteratee(acc, v, k, o); };
    if (arr) {
      for (var i = 0; i < object.length; i++) if (step(object[i], i, object) === false) break;
    } else {
      B.baseForOwn(object, step);
    }
    return acc;
  }
  function create(proto, props, guard) {
    var out = isObject(proto) ? Object.create(proto) : {};
    if (guard && B.isIterateeCall(proto, props, guard)) props = undefined;
    return props ? baseAssign(out, props) : out;
  }

  // ------------------------------------------------------------ lang

  function isEmpty(v) {
    if (v == null) return true;
    if (B.isArrayLike(v) && (isArray(v) || B.isString(v) || B.isArguments(v) ||
      (B.isObjectLike(v) && B.isFunction(v.splice)))) return !v.length;
    return !B.keys(v).length;
  }
  function isEqual(a, b, custom, thisArg) {
    custom = typeof custom === 'function' ? B.bindCallback(custom, thisArg, 3) : undefined;
    var r = custom ? custom(a, b) : undefined;
    return r === undefined ? B.baseIsEqual(a, b, custom) : !!r;
  }
  function isMatch(object, source, custom, thisArg) {
    custom = typeof custom === 'function' ? B.bindCallback(custom, thisArg, 3) : undefined;
    return B.baseIsMatch(object, B.matchData(source), custom);
  }

  return {
    assign: assign, baseAssign: baseAssign, toPlainObject: toPlainObject, merge: merge,
    defaults: createDefaults(assign, function (o, s) { return o === undefined ? s : o; }),
    defaultsDeep: createDefaults(merge, mergeDefaults), baseClone: baseClone, clone: clone,
    cloneDeep: cloneDeep, get: get, has: has, set: set, result: result, pick: pick, omit: omit,
    invert: invert, mapKeys: objectMapper(true), mapValues: objectMapper(false),
    forIn: forFn(B.keysIn), forInRight: forFn(B.keysIn, true), forOwn: forFn(B.keys),
    forOwnRight: forFn(B.keys, true), functions: functions, transform: transform, create: create,
    isEmpty: isEmpty, isEqual: isEqual, isMatch: isMatch
  };
})
