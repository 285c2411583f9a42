// courier: internal helper of assert.js, written for courier: the deep equality of the assert
// 2.0.0 package (Node's isDeepEqual / isDeepStrictEqual): loose and strict modes, prototypes
// and [[Class]] tags, arrays with holes, Dates, RegExps, Errors, typed arrays, ArrayBuffers,
// boxed primitives, Sets and Maps (with loose matching of primitives), symbols and cycles.
(function (native, require) {
  'use strict';

  var hasOwn = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
  var enumerable = function (o, k) { return Object.prototype.propertyIsEnumerable.call(o, k); };
  var tagOf = function (o) { return Object.prototype.toString.call(o); };
  var IS_ARRAY = 1;
  var IS_SET = 2;
  var IS_MAP = 3;

  function unboxes(value, valueOf) {
    if (typeof value !== 'object') return false;
    try {
      valueOf.call(value);
      return true;
    } catch (e) {
      return false;
    }
  }
  var isNumberObject = function (v) { return unboxes(v, Number.prototype.valueOf); };
  var isStringObject = function (v) { return unboxes(v, String.prototype.valueOf); };
  var isBooleanObject = function (v) { return unboxes(v, Boolean.prototype.valueOf); };
  var isBigIntObject = function (v) { return unboxes(v, BigInt.prototype.valueOf); };
  var isSymbolObject = function (v) { return unboxes(v, Symbol.prototype.valueOf); };
  function isBoxed(v) {
    return isNumberObject(v) || isStringObject(v) || isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
  }
  var isDate = function (v) { return typeof v === 'object' && v !== null && tagOf(v) === '[object Date]'; };
  var isRegExp = function (v) { return typeof v === 'object' && v !== null && tagOf(v) === '[object RegExp]'; };
  var isError = function (v) { return typeof v === 'object' && v !== null && (tagOf(v) === '[object Error]' || v instanceof Error); };
  var isMap = function (v) { return tagOf(v) === '[object Map]'; };
  var isSet = function (v) { return tagOf(v) === '[object Set]'; };
  var isArrayBuffer = function (v) {
    return tagOf(v) === '[object ArrayBuffer]' || tagOf(v) === '[object SharedArrayBuffer]';
  };

  function isNonIndex(key) {
    if (key.length === 0 || key.length > 10) return true;
    for (var i = 0; i < key.length; i++) {
      var c = key.charCodeAt(i);
      if (c < 48 || c > 57) return true;
    }
    return key.length === 10 && key >= Math.pow(2, 32);
  }

  function nonIndexKeys(value) {
    return Object.keys(value).filter(isNonIndex).concat(
      Object.getOwnPropertySymbols(value).filter(function (s) { return enumerable(value, s); }));
  }

  function compareBytes(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  function sameBoxed(a, b) {
    if (isNumberObject(a)) return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
    if (isStringObject(a)) return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
    if (isBooleanObject(a)) return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
    if (isBigIntObject(a)) return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
    return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }

  function deepEqual(a, b, strict, memos) {
    if (a === b) return a !== 0 || !strict || Object.is(a, b);
    if (strict) {
      if (typeof a !== 'object') return typeof a === 'number' && a !== a && b !== b;
      if (typeof b !== 'object' || a === null || b === null) return false;
      if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    } else {
      if (a === null || typeof a !== 'object') {
        return b === null || typeof b !== 'object' ? a == b : false; // eslint-disable-line eqeqeq
      }
      if (b === null || typeof b !== 'object') return false;
    }
    var tag = tagOf(a);
    if (tag !== tagOf(b)) return false;

    if (Array.isArray(a)) {
      if (a.length !== b.length) return false;
      var ka = nonIndexKeys(a);
      if (ka.length !== nonIndexKeys(b).length) return false;
      return keyCheck(a, b, strict, memos, IS_ARRAY, ka);
    }
    if (tag === '[object Object]' && ((!isMap(a) && isMap(b)) || (!isSet(a) && isSet(b)))) return false;

    if (isDate(a)) {
      if (!isDate(b) || a.getTime() !== b.getTime()) return false;
    } else if (isRegExp(a)) {
      if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags) return false;
    } else if (isError(a)) {
      if (a.message !== b.message || a.name !== b.name) return false;
    } else if (ArrayBuffer.isView(a)) {
      // The package compares float arrays element-wise in loose mode, but its float-array
      // detection fails inside the sandbox bundle, so every view is compared byte by byte.
      if (a.byteLength !== b.byteLength ||
          !compareBytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), new Uint8Array(b.buffer, b.byteOffset, b.byteLength))) {
        return false;
      }
      var kv = nonIndexKeys(a);
      if (kv.length !== nonIndexKeys(b).length) return false;
      return keyCheck(a, b, strict, memos, 0, kv);
    } else if (isSet(a)) {
      if (!isSet(b) || a.size !== b.size) return false;
      return keyCheck(a, b, strict, memos, IS_SET);
    } else if (isMap(a)) {
      if (!isMap(b) || a.size !== b.size) return false;
      return keyCheck(a, b, strict, memos, IS_MAP);
    } else if (isArrayBuffer(a)) {
      if (a.byteLength !== b.byteLength || !compareBytes(new Uint8Array(a), new Uint8Array(b))) return false;
    } else if (isBoxed(a) && !sameBoxed(a, b)) {
      return false;
    }
    return keyCheck(a, b, strict, memos, 0);
  }

  function keyCheck(a, b, strict, memos, kind, aKeys) {
    var ownKeys = aKeys === undefined;
    if (ownKeys) {
      aKeys = Object.keys(a);
      if (aKeys.length !== Object.keys(b).length) return false;
    }
    for (var i = 0; i < aKeys.length; i++) if (!hasOwn(b, aKeys[i])) return false;
    if (strict && ownKeys) {
      var symA = Object.getOwnPropertySymbols(a);
      var symB = Object.getOwnPropertySymbols(b);
      if (symA.length !== 0) {
        var count = 0;
        for (i = 0; i < symA.length; i++) {
          var key = symA[i];
          if (enumerable(a, key)) {
            if (!enumerable(b, key)) return false;
            aKeys.push(key);
            count++;
          } else if (enumerable(b, key)) {
            return false;
          }
        }
        if (symA.length !== symB.length && symB.filter(function (k) { return enumerable(b, k); }).length !== count) {
          return false;
        }
      } else if (symB.length !== 0 && symB.filter(function (k) { return enumerable(b, k); }).length !== 0) {
        return false;
      }
    }
    if (aKeys.length === 0 && (kind === 0 || (kind === IS_ARRAY && a.length === 0) || a.size === 0)) return true;

    if (memos === undefined) {
      memos = { a: new Map(), b: new Map(), position: 0 };
    } else {
      var memoA = memos.a.get(a);
      if (memoA !== undefined) {
        var memoB = memos.b.get(b);
        if (memoB !== undefined) return memoA === memoB;
      }
      memos.position++;
    }
    memos.a.set(a, memos.position);
    memos.b.set(b, memos.position);
    var equal = objEquiv(a, b, strict, aKeys, memos, kind);
    memos.a.delete(a);
    memos.b.delete(b);
    return equal;
  }

  function values(set) {
    var out = [];
    set.forEach(function (v) { out.push(v); });
    return out;
  }

  function entries(map) {
    var out = [];
    map.forEach(function (v, k) { out.push([k, v]); });
    return out;
  }

  function isObj(v) {
    return typeof v === 'object' && v !== null;
  }

  // For loose comparison: the primitive a missing primitive could loosely equal, or a verdict.
  function loosePartner(prim) {
    switch (typeof prim) {
      case 'undefined': return null;
      case 'object': return undefined;
      case 'symbol': return false;
      case 'string': prim = +prim; // falls through
      case 'number': if (prim !== prim) return false;
    }
    return true;
  }

  function setMightHaveLoosePrim(a, b, prim) {
    var alt = loosePartner(prim);
    if (alt != null) return alt;
    return b.has(alt) && !a.has(alt);
  }

  function mapMightHaveLoosePrim(a, b, prim, item, memo) {
    var alt = loosePartner(prim);
    if (alt != null) return alt;
    var curB = b.get(alt);
    if ((curB === undefined && !b.has(alt)) || !deepEqual(item, curB, false, memo)) return false;
    return !a.has(alt) && deepEqual(item, curB, false, memo);
  }

  function takeEqual(set, val, strict, memo) {
    var list = values(set);
    for (var i = 0; i < list.length; i++) {
      if (deepEqual(val, list[i], strict, memo)) {
        set.delete(list[i]);
        return true;
      }
    }
    return false;
  }

  function setEquiv(a, b, strict, memo) {
    var pending = null;
    var av = values(a);
    for (var i = 0; i < av.length; i++) {
      var val = av[i];
      if (isObj(val)) {
        (pending = pending || new Set()).add(val);
      } else if (!b.has(val)) {
        if (strict || !setMightHaveLoosePrim(a, b, val)) return false;
        (pending = pending || new Set()).add(val);
      }
    }
    if (pending === null) return true;
    var bv = values(b);
    for (var j = 0; j < bv.length; j++) {
      var v = bv[j];
      if (isObj(v)) {
        if (!takeEqual(pending, v, strict, memo)) return false;
      } else if (!strict && !a.has(v) && !takeEqual(pending, v, strict, memo)) {
        return false;
      }
    }
    return pending.size === 0;
  }

  function takeEqualEntry(set, map, key1, item1, strict, memo) {
    var list = values(set);
    for (var i = 0; i < list.length; i++) {
      var key2 = list[i];
      if (deepEqual(key1, key2, strict, memo) && deepEqual(item1, map.get(key2), strict, memo)) {
        set.delete(key2);
        return true;
      }
    }
    return false;
  }

  function mapEquiv(a, b, strict, memo) {
    var pending = null;
    var ae = entries(a);
    for (var i = 0; i < ae.length; i++) {
      var key = ae[i][0];
      var item1 = ae[i][1];
      if (isObj(key)) {
        (pending = pending || new Set()).add(key);
      } else {
        var item2 = b.get(key);
        if ((item2 === undefined && !b.has(key)) || !deepEqual(item1, item2, strict, memo)) {
          if (strict || !mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
          (pending = pending || new Set()).add(key);
        }
      }
    }
    if (pending === null) return true;
    var be = entries(b);
    for (var j = 0; j < be.length; j++) {
      var k = be[j][0];
      var item = be[j][1];
      if (isObj(k)) {
        if (!takeEqualEntry(pending, a, k, item, strict, memo)) return false;
      } else if (!strict && (!a.has(k) || !deepEqual(a.get(k), item, false, memo)) &&
          !takeEqualEntry(pending, a, k, item, false, memo)) {
        return false;
      }
    }
    return pending.size === 0;
  }

  function objEquiv(a, b, strict, keys, memos, kind) {
    var i = 0;
    if (kind === IS_SET) {
      if (!setEquiv(a, b, strict, memos)) return false;
    } else if (kind === IS_MAP) {
      if (!mapEquiv(a, b, strict, memos)) return false;
    } else if (kind === IS_ARRAY) {
      for (; i < a.length; i++) {
        if (hasOwn(a, i)) {
          if (!hasOwn(b, i) || !deepEqual(a[i], b[i], strict, memos)) return false;
        } else if (hasOwn(b, i)) {
          return false;
        } else {
          // A hole: compare the remaining own keys one by one.
          var keysA = Object.keys(a);
          for (; i < keysA.length; i++) {
            var key = keysA[i];
            if (!hasOwn(b, key) || !deepEqual(a[key], b[key], strict, memos)) return false;
          }
          return keysA.length === Object.keys(b).length;
        }
      }
    }
    for (i = 0; i < keys.length; i++) {
      if (!deepEqual(a[keys[i]], b[keys[i]], strict, memos)) return false;
    }
    return true;
  }

  return {
    isDeepEqual: function (a, b) { return deepEqual(a, b, false); },
    isDeepStrictEqual: function (a, b) { return deepEqual(a, b, true); },
    isRegExp: isRegExp,
    isPromise: function (v) {
      return v instanceof Promise || (v !== null && typeof v === 'object' && typeof v.then === 'function' &&
        typeof v.catch === 'function');
    }
  };
})
