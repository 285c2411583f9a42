// courier: lodash 4 internals, part 1 (internal library '_lodash_lang'): value tags, type checks,
// conversions, keys, SameValueZero and deep equality. Shared by lodash.js and lodash3.js.
(function (native, require) {
  'use strict';

  var ObjProto = Object.prototype;
  var own = ObjProto.hasOwnProperty;
  var objToString = ObjProto.toString;
  var fnToString = Function.prototype.toString;
  var MAX_SAFE = 9007199254740991;
  var MAX_INT = 1.7976931348623157e+308;
  var HAS_TAG = typeof Symbol === 'function' && Symbol.toStringTag;
  var OBJECT_SOURCE = fnToString.call(Object);

  // ------------------------------------------------------------ tags

  // Object.prototype.toString, ignoring a writable own or inherited Symbol.toStringTag the way
  // lodash does (it masks the tag for the call); built-in tags are not writable and stay.
  function rawTag(value) {
    var mine = own.call(value, HAS_TAG);
    var saved = value[HAS_TAG];
    var masked = false;
    try {
      value[HAS_TAG] = undefined;
      masked = true;
    } catch (e) { /* read-only tag: keep it */ }
    var tag = objToString.call(value);
    if (masked) {
      if (mine) value[HAS_TAG] = saved;
      else delete value[HAS_TAG];
    }
    return tag;
  }

  function getTag(value) {
    if (value == null) return value === undefined ? '[object Undefined]' : '[object Null]';
    if (HAS_TAG && HAS_TAG in Object(value) && typeof value === 'object') return rawTag(value);
    return objToString.call(value);
  }

  var T = {
    args: '[object Arguments]', array: '[object Array]', bool: '[object Boolean]',
    date: '[object Date]', error: '[object Error]', func: '[object Function]',
    map: '[object Map]', number: '[object Number]', object: '[object Object]',
    regexp: '[object RegExp]', set: '[object Set]', string: '[object String]',
    symbol: '[object Symbol]', weakMap: '[object WeakMap]', weakSet: '[object WeakSet]',
    arrayBuffer: '[object ArrayBuffer]', dataView: '[object DataView]'
  };
  var TYPED = /^\[object (?:Float(?:32|64)|Int(?:8|16|32)|Uint(?:8|8Clamped|16|32)|Big(?:Int|Uint)64)Array\]$/;

  // ------------------------------------------------------------ type checks

  function isObject(v) { var t = typeof v; return v != null && (t === 'object' || t === 'function'); }
  function isObjectLike(v) { return v != null && typeof v === 'object'; }
  var isArray = Array.isArray;
  function isFunction(v) {
    if (!isObject(v)) return false;
    var tag = getTag(v);
    return tag === T.func || tag === '[object AsyncFunction]' || tag === '[object GeneratorFunction]' ||
      tag === '[object AsyncGeneratorFunction]' || tag === '[object Proxy]';
  }
  function isLength(v) { return typeof v === 'number' && v > -1 && v % 1 === 0 && v <= MAX_SAFE; }
  function isArrayLike(v) { return v != null && isLength(v.length) && !isFunction(v); }
  function isArrayLikeObject(v) { return isObjectLike(v) && isArrayLike(v); }
  function isArguments(v) { return isObjectLike(v) && getTag(v) === T.args; }
  function isString(v) { return typeof v === 'string' || (!isArray(v) && isObjectLike(v) && getTag(v) === T.string); }
  function isNumber(v) { return typeof v === 'number' || (isObjectLike(v) && getTag(v) === T.number); }
  function isBoolean(v) { return v === true || v === false || (isObjectLike(v) && getTag(v) === T.bool); }
  function isSymbol(v) { return typeof v === 'symbol' || (isObjectLike(v) && getTag(v) === T.symbol); }
  function isDate(v) { return isObjectLike(v) && getTag(v) === T.date; }
  function isRegExp(v) { return isObjectLike(v) && getTag(v) === T.regexp; }
  function isMap(v) { return isObjectLike(v) && getTag(v) === T.map; }
  function isSet(v) { return isObjectLike(v) && getTag(v) === T.set; }
  function isWeakMap(v) { return isObjectLike(v) && getTag(v) === T.weakMap; }
  function isWeakSet(v) { return isObjectLike(v) && getTag(v) === T.weakSet; }
  function isArrayBuffer(v) { return isObjectLike(v) && getTag(v) === T.arrayBuffer; }
  function isTypedArray(v) { return isObjectLike(v) && isLength(v.length) && TYPED.test(getTag(v)); }
  function isBuffer(v) {
    var C = v != null && v.constructor;
    return v instanceof Uint8Array && typeof C === 'function' && C.name === 'Buffer' &&
      typeof C.isBuffer === 'function' && C.isBuffer(v) === true;
  }
  function isPlainObject(v) {
    if (!isObjectLike(v) || getTag(v) !== T.object) return false;
    var proto = Object.getPrototypeOf(v);
    if (proto === null) return true;
    var C = own.call(proto, 'constructor') && proto.constructor;
    return typeof C === 'function' && C instanceof C && fnToString.call(C) === OBJECT_SOURCE;
  }
  function isError(v) {
    if (!isObjectLike(v)) return false;
    var tag = getTag(v);
    return tag === T.error || tag === '[object DOMException]' ||
      (typeof v.message === 'string' && typeof v.name === 'string' && !isPlainObject(v));
  }
  function isElement(v) { return isObjectLike(v) && v.nodeType === 1 && !isPlainObject(v); }
  function isNil(v) { return v == null; }
  function isNull(v) { return v === null; }
  function isUndefined(v) { return v === undefined; }
  function isNaN(v) { return isNumber(v) && v != +v; }
  function isFinite(v) { return typeof v === 'number' && globalThis.isFinite(v); }
  function isInteger(v) { return typeof v === 'number' && v === toInteger(v); }
  function isSafeInteger(v) { return isInteger(v) && v >= -MAX_SAFE && v <= MAX_SAFE; }
  function isNative(v) {
    return isObject(v) && isFunction(v) && /\[native code\]\s*\}\s*$/.test(fnToString.call(v));
  }
  // The object a constructor's prototype property holds (lodash skips 'constructor' keys on it).
  function isPrototype(v) {
    var C = v && v.constructor;
    return v === ((typeof C === 'function' && C.prototype) || ObjProto);
  }
  function isIndex(value, length) {
    var t = typeof value;
    length = length == null ? MAX_SAFE : length;
    return !!length && (t === 'number' || (t !== 'symbol' && /^(?:0|[1-9]\d*)$/.test(value))) &&
      value > -1 && value % 1 === 0 && value < length;
  }

  // ------------------------------------------------------------ conversions

  function trimWs(s) { return s.replace(/^\s+/, '').replace(/\s+$/, ''); }
  function toNumber(v) {
    if (typeof v === 'number') return v;
    if (isSymbol(v)) return NaN;
    if (isObject(v)) {
      var prim = typeof v.valueOf === 'function' ? v.valueOf() : v;
      v = isObject(prim) ? prim + '' : prim;
    }
    if (typeof v !== 'string') return v === 0 ? v : +v;
    v = trimWs(v);
    var bin = /^0b[01]+$/i.test(v);
    if (bin || /^0o[0-7]+$/i.test(v)) return parseInt(v.slice(2), bin ? 2 : 8);
    return /^[-+]0x[0-9a-f]+$/i.test(v) ? NaN : +v;
  }
  function toFinite(v) {
    if (!v) return v === 0 ? v : 0;
    v = toNumber(v);
    if (v === Infinity || v === -Infinity) return (v < 0 ? -1 : 1) * MAX_INT;
    return v === v ? v : 0;
  }
  function toInteger(v) {
    var n = toFinite(v);
    var frac = n % 1;
    return n === n ? (frac ? n - frac : n) : 0;
  }
  function clampNumber(n, lower, upper) {
    if (n === n) {
      if (upper !== undefined) n = n <= upper ? n : upper;
      if (lower !== undefined) n = n >= lower ? n : lower;
    }
    return n;
  }
  function toLength(v) { return v ? clampNumber(toInteger(v), 0, 4294967295) : 0; }
  function toSafeInteger(v) { return v ? clampNumber(toInteger(v), -MAX_SAFE, MAX_SAFE) : (v === 0 ? v : 0); }
  // lodash's baseToString: arrays join their converted items, -0 keeps its sign.
  function baseToString(v) {
    if (typeof v === 'string') return v;
    if (isArray(v)) return v.map(baseToString) + '';
    if (isSymbol(v)) return Symbol.prototype.toString.call(v);
    var s = v + '';
    return (s === '0' && 1 / v === -Infinity) ? '-0' : s;
  }
  function toString(v) { return v == null ? '' : baseToString(v); }
  function toKey(v) {
    if (typeof v === 'string' || isSymbol(v)) return v;
    var s = v + '';
    return (s === '0' && 1 / v === -Infinity) ? '-0' : s;
  }

  // ------------------------------------------------------------ keys

  function ownSymbols(o) {
    if (o == null) return [];
    o = Object(o);
    return Object.getOwnPropertySymbols(o).filter(function (s) { return ObjProto.propertyIsEnumerable.call(o, s); });
  }
  function symbolsIn(o) {
    var out = [];
    while (o != null) {
      out.push.apply(out, ownSymbols(o));
      o = Object.getPrototypeOf(Object(o));
    }
    return out;
  }
  // Index keys first for arrays, arguments and typed arrays, then the other enumerable keys.
  function arrayLikeKeys(value, inherited) {
    var indexed = isArray(value) || isArguments(value) || isBuffer(value) || isTypedArray(value);
    var n = value.length;
    var out = [];
    var i;
    if (indexed) for (i = 0; i < n; i++) out.push(String(i));
    for (var k in value) {
      if ((inherited || own.call(value, k)) &&
        !(indexed && (k === 'length' || isIndex(k, n)))) out.push(k);
    }
    return out;
  }
  function baseKeys(o) {
    if (!isPrototype(o)) return Object.keys(Object(o));
    var out = [];
    for (var k in Object(o)) if (own.call(o, k) && k !== 'constructor') out.push(k);
    return out;
  }
  function keys(o) { return isArrayLike(o) ? arrayLikeKeys(o) : baseKeys(o); }
  function keysIn(o) {
    if (isArrayLike(o)) return arrayLikeKeys(o, true);
    var out = [];
    var k;
    if (!isObject(o)) {
      for (k in Object(o)) out.push(k);
      return out;
    }
    var proto = isPrototype(o);
    for (k in o) if (!(k === 'constructor' && (proto || !own.call(o, k)))) out.push(k);
    return out;
  }
  function allKeys(o) { return keys(o).concat(ownSymbols(o)); }
  function allKeysIn(o) { return keysIn(o).concat(symbolsIn(o)); }

  // ------------------------------------------------------------ equality

  function eq(a, b) { return a === b || (a !== a && b !== b); }

  var PARTIAL = 1;
  var UNORDERED = 2;

  function baseIsEqual(a, b, flags, custom, stack) {
    if (a === b) return true;
    if (a == null || b == null || (!isObjectLike(a) && !isObjectLike(b))) return a !== a && b !== b;
    return deepEqual(a, b, flags, custom, stack || new Map());
  }

  function tagForEqual(v) {
    if (isArray(v)) return T.array;
    var tag = getTag(v);
    return tag === T.args ? T.object : tag;
  }

  function deepEqual(a, b, flags, custom, stack) {
    var aTag = tagForEqual(a);
    var bTag = tagForEqual(b);
    var aArr = aTag === T.array;
    var aObj = aTag === T.object;
    var same = aTag === bTag;
    if (same && isBuffer(a)) {
      if (!isBuffer(b)) return false;
      aArr = true;
      aObj = false;
    }
    if (same && !aObj) {
      return (aArr || isTypedArray(a)) ? equalArrays(a, b, flags, custom, stack) : equalByTag(a, b, aTag, flags, custom, stack);
    }
    if (!(flags & PARTIAL)) {
      var aWrap = aObj && own.call(a, '__wrapped__');
      var bWrap = bTag === T.object && own.call(b, '__wrapped__');
      if (aWrap || bWrap) return baseIsEqual(aWrap ? a.value() : a, bWrap ? b.value() : b, flags, custom, stack);
    }
    if (!same) return false;
    return equalObjects(a, b, flags, custom, stack);
  }

  function equalArrays(a, b, flags, custom, stack) {
    var partial = flags & PARTIAL;
    var n = a.length;
    if (n != b.length && !(partial && b.length > n)) return false;
    var sa = stack.get(a);
    var sb = stack.get(b);
    if (sa && sb) return sa === b && sb === a;
    var used = (flags & UNORDERED) ? [] : null;
    var result = true;
    stack.set(a, b);
    stack.set(b, a);
    for (var i = 0; i < n; i++) {
      var x = a[i];
      var y = b[i];
      var c;
      if (custom) c = partial ? custom(y, x, i, b, a, stack) : custom(x, y, i, a, b, stack);
      if (c !== undefined) {
        if (c) continue;
        result = false;
        break;
      }
      if (used) {
        var found = false;
        for (var j = 0; j < b.length; j++) {
          if (used.indexOf(j) < 0 && (x === b[j] || baseIsEqual(x, b[j], flags, custom, stack))) {
            used.push(j);
            found = true;
            break;
          }
        }
        if (!found) { result = false; break; }
      } else if (!(x === y || baseIsEqual(x, y, flags, custom, stack))) {
        result = false;
        break;
      }
    }
    stack.delete(a);
    stack.delete(b);
    return result;
  }

  function entriesOf(v, tag) {
    var out = [];
    v.forEach(function (value, key) { out.push(tag === T.map ? [key, value] : value); });
    return out;
  }

  function equalByTag(a, b, tag, flags, custom, stack) {
    switch (tag) {
      case T.dataView:
        if (a.byteLength != b.byteLength || a.byteOffset != b.byteOffset) return false;
        a = a.buffer;
        b = b.buffer;
        // falls through
      case T.arrayBuffer:
        return a.byteLength == b.byteLength && baseIsEqual(new Uint8Array(a), new Uint8Array(b));
      case T.bool:
      case T.date:
      case T.number:
        return eq(+a, +b);
      case T.error:
        return a.name == b.name && a.message == b.message;
      case T.regexp:
      case T.string:
        return a == (b + '');
      case T.map:
      case T.set:
        if (a.size != b.size && !(flags & PARTIAL)) return false;
        var s = stack.get(a);
        if (s) return s === b;
        stack.set(a, b);
        var r = equalArrays(entriesOf(a, tag), entriesOf(b, tag), flags | UNORDERED, custom, stack);
        stack.delete(a);
        return r;
      case T.symbol:
        return Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
    }
    return false;
  }

  function equalObjects(a, b, flags, custom, stack) {
    var partial = flags & PARTIAL;
    var ak = allKeys(a);
    var bk = allKeys(b);
    if (ak.length != bk.length && !partial) return false;
    var i;
    for (i = ak.length - 1; i >= 0; i--) {
      if (!(partial ? ak[i] in b : own.call(b, ak[i]))) return false;
    }
    var sa = stack.get(a);
    var sb = stack.get(b);
    if (sa && sb) return sa === b && sb === a;
    var result = true;
    stack.set(a, b);
    stack.set(b, a);
    var skipCtor = partial;
    for (i = 0; i < ak.length; i++) {
      var k = ak[i];
      var x = a[k];
      var y = b[k];
      var c;
      if (custom) c = partial ? custom(y, x, k, b, a, stack) : custom(x, y, k, a, b, stack);
      if (!(c === undefined ? (x === y || baseIsEqual(x, y, flags, custom, stack)) : c)) {
        result = false;
        break;
      }
      skipCtor = skipCtor || k === 'constructor';
    }
    if (result && !skipCtor) {
      var ca = a.constructor;
      var cb = b.constructor;
      if (ca != cb && ('constructor' in a && 'constructor' in b) &&
        !(typeof ca === 'function' && ca instanceof ca && typeof cb === 'function' && cb instanceof cb)) {
        result = false;
      }
    }
    stack.delete(a);
    stack.delete(b);
    return result;
  }

  function isEqual(a, b) { return baseIsEqual(a, b); }
  function isEqualWith(a, b, custom) {
    custom = typeof custom === 'function' ? custom : undefined;
    var r = custom ? custom(a, b) : undefined;
    return r === undefined ? baseIsEqual(a, b, 0, custom) : !!r;
  }

  // ------------------------------------------------------------ isMatch

  function isStrictComparable(v) { return v === v && !isObject(v); }
  function matchData(source) {
    return keys(source).map(function (k) { return [k, source[k], isStrictComparable(source[k])]; });
  }
  function baseIsMatch(object, source, data, custom) {
    var n = data.length;
    if (object == null) return !n;
    object = Object(object);
    var i;
    for (i = n - 1; i >= 0; i--) {
      var d = data[i];
      if ((!custom && d[2]) ? d[1] !== object[d[0]] : !(d[0] in object)) return false;
    }
    for (i = 0; i < n; i++) {
      var key = data[i][0];
      var objValue = object[key];
      var srcValue = data[i][1];
      if (!custom && data[i][2]) {
        if (objValue === undefined && !(key in object)) return false;
      } else {
        var stack = new Map();
        var r = custom ? custom(objValue, srcValue, key, object, source, stack) : undefined;
        if (!(r === undefined ? baseIsEqual(srcValue, objValue, PARTIAL | UNORDERED, custom, stack) : r)) return false;
      }
    }
    return true;
  }
  function isMatch(object, source) { return object === source || baseIsMatch(object, source, matchData(source)); }
  function isMatchWith(object, source, custom) {
    custom = typeof custom === 'function' ? custom : undefined;
    return baseIsMatch(object, source, matchData(source), custom);
  }

  return {
    T: T, own: own, getTag: getTag, MAX_SAFE: MAX_SAFE, MAX_INT: MAX_INT,
    isObject: isObject, isObjectLike: isObjectLike, isArray: isArray, isFunction: isFunction,
    isLength: isLength, isArrayLike: isArrayLike, isArrayLikeObject: isArrayLikeObject,
    isArguments: isArguments, isString: isString, isNumber: isNumber, isBoolean: isBoolean,
    isSymbol: isSymbol, isDate: isDate, isRegExp: isRegExp, isMap: isMap, isSet: isSet,
    isWeakMap: isWeakMap, isWeakSet: isWeakSet, isArrayBuffer: isArrayBuffer,
    isTypedArray: isTypedArray, isBuffer: isBuffer, isPlainObject: isPlainObject,
    isError: isError, isElement: isElement, isNil: isNil, isNull: isNull, isUndefined: isUndefined,
    isNaN: isNaN, isFinite: isFinite, isInteger: isInteger, isSafeInteger: isSafeInteger,
    isNative: isNative, isPrototype: isPrototype, isIndex: isIndex,
    toNumber: toNumber, toFinite: toFinite, toInteger: toInteger, toLength: toLength,
    toSafeInteger: toSafeInteger, toString: toString, baseToString: baseToString, toKey: toKey,
    clampNumber: clampNumber, trimWs: trimWs,
    ownSymbols: ownSymbols, symbolsIn: symbolsIn, keys: keys, keysIn: keysIn, baseKeys: baseKeys,
    allKeys: allKeys, allKeysIn: allKeysIn,
    eq: eq, baseIsEqual: baseIsEqual, isEqual: isEqual, isEqualWith: isEqualWith,
    PARTIAL: PARTIAL, UNORDERED: UNORDERED, isStrictComparable: isStrictComparable,
    matchData: matchData, baseIsMatch: baseIsMatch, isMatch: isMatch, isMatchWith: isMatchWith
  };
})
