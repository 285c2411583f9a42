/*
 * courier: helpers behind the chai-compatible assertions.
 *
 * Deep equality with the semantics of chai 4.4.1's `eql` (deep-eql 4),
 * nested property paths ('a.b[1].c', as chai's pathval), and the thrown-error
 * comparisons used by `.throw` (as chai's check-error). Written for courier;
 * no third-party code is included.
 *
 * Defines two globals: __courierChaiUtilModule(type, getFuncName) -> {
 *   deepEqual, hasProperty, getPathInfo, errors: { compatibleInstance,
 *   compatibleConstructor, compatibleMessage, getConstructorName, getMessage }
 * }, and __courierChaiFlags: { get(obj, key), set(obj, key, value) }.
 */

/*
 * An assertion's flags, read and written: what chai's util.flag does with two and
 * with three arguments. The assertions use these two instead of util.flag, which must
 * look at `arguments` (an object QuickJS allocates on every call that mentions it).
 */
var __courierChaiFlags = {
  get: function (obj, key) {
    var flags = obj.__flags || (obj.__flags = Object.create(null));
    return flags[key];
  },
  set: function (obj, key, value) {
    var flags = obj.__flags || (obj.__flags = Object.create(null));
    flags[key] = value;
  }
};

function __courierChaiUtilModule(type, getFuncName) {
  'use strict';

  // ------------------------------------------------------------ deep equality

  function isPrimitive(v) {
    return v === null || typeof v !== 'object';
  }

  // Results of comparisons in progress/done, keyed by both operands, so that
  // cyclic structures terminate.
  function memoGet(memo, a, b) {
    if (!memo || isPrimitive(a) || isPrimitive(b)) return null;
    var inner = memo.get(a);
    if (inner) {
      var r = inner.get(b);
      if (typeof r === 'boolean') return r;
    }
    return null;
  }

  function memoSet(memo, a, b, result) {
    if (!memo || isPrimitive(a) || isPrimitive(b)) return;
    var inner = memo.get(a);
    if (!inner) {
      inner = new WeakMap();
      memo.set(a, inner);
    }
    inner.set(b, result);
  }

  /** Quick answers: identical values (+0/-0 differ), NaN, primitives; null if undecided. */
  function quickEqual(a, b) {
    if (a === b) return a !== 0 || 1 / a === 1 / b;
    if (a !== a && b !== b) return true; // both NaN
    if (isPrimitive(a) || isPrimitive(b)) return false;
    return null;
  }

  function deepEqual(a, b, options) {
    if (options && options.comparator) return fullEqual(a, b, options);
    var quick = quickEqual(a, b);
    if (quick !== null) return quick;
    return fullEqual(a, b, options);
  }

  function fullEqual(a, b, options) {
    options = options || {};
    options.memoize = options.memoize === false ? false : options.memoize || new WeakMap();
    var memo = options.memoize;
    var known = memoGet(memo, a, b);
    if (known !== null) return known;
    known = memoGet(memo, b, a);
    if (known !== null) return known;

    if (options.comparator) {
      var decided = options.comparator(a, b);
      if (decided === true || decided === false) {
        memoSet(memo, a, b, decided);
        return decided;
      }
      var quick = quickEqual(a, b);
      if (quick !== null) return quick;
    }

    var typeA = type(a);
    if (typeA !== type(b)) {
      memoSet(memo, a, b, false);
      return false;
    }
    memoSet(memo, a, b, true); // provisional, breaks cycles
    var result = equalByType(a, b, typeA, options);
    memoSet(memo, a, b, result);
    return result;
  }

  function equalByType(a, b, typeName, options) {
    switch (typeName) {
      case 'String':
      case 'Number':
      case 'Boolean':
      case 'Date':
        return deepEqual(a.valueOf(), b.valueOf());
      case 'Promise':
      case 'Symbol':
      case 'function':
      case 'WeakMap':
      case 'WeakSet':
        return a === b;
      case 'Error':
        return sameKeys(a, b, ['name', 'message', 'code'], options);
      case 'Arguments':
      case 'Int8Array':
      case 'Uint8Array':
      case 'Uint8ClampedArray':
      case 'Int16Array':
      case 'Uint16Array':
      case 'Int32Array':
      case 'Uint32Array':
      case 'Float32Array':
      case 'Float64Array':
      case 'Array':
        return sequenceEqual(a, b, options);
      case 'RegExp':
        return a.toString() === b.toString();
      case 'Generator':
        return sequenceEqual(drain(a), drain(b), options);
      case 'DataView':
        return sequenceEqual(new Uint8Array(a.buffer), new Uint8Array(b.buffer), options);
      case 'ArrayBuffer':
        return sequenceEqual(new Uint8Array(a), new Uint8Array(b), options);
      case 'Set':
      case 'Map':
        return collectionEqual(a, b, options);
      default:
        return objectEqual(a, b, options);
    }
  }

  function collectionEqual(a, b, options) {
    try {
      if (a.size !== b.size) return false;
      if (a.size === 0) return true;
    } catch (notACollection) {
      return false;
    }
    // forEach passes (value, key); pairs are kept in that order, then sorted
    // with the default (string) ordering, as the reference implementation does.
    var left = [];
    var right = [];
    a.forEach(function (first, second) { left.push([first, second]); });
    b.forEach(function (first, second) { right.push([first, second]); });
    return sequenceEqual(left.sort(), right.sort(), options);
  }

  function sequenceEqual(a, b, options) {
    var n = a.length;
    if (n !== b.length) return false;
    for (var i = 0; i < n; i++) {
      if (deepEqual(a[i], b[i], options) === false) return false;
    }
    return true;
  }

  function drain(iterator) {
    var step = iterator.next();
    var values = [step.value];
    while (step.done === false) {
      step = iterator.next();
      values.push(step.value);
    }
    return values;
  }

  function iteratedValues(target) {
    if (typeof target === 'object' && typeof Symbol.iterator !== 'undefined' &&
        typeof target[Symbol.iterator] === 'function') {
      try {
        return drain(target[Symbol.iterator]());
      } catch (e) {
        return [];
      }
    }
    return [];
  }

  function enumerableKeys(target) {
    var keys = [];
    for (var k in target) keys.push(k);
    var symbols = Object.getOwnPropertySymbols(target);
    for (var i = 0; i < symbols.length; i++) {
      if (Object.getOwnPropertyDescriptor(target, symbols[i]).enumerable) keys.push(symbols[i]);
    }
    return keys;
  }

  function sameKeys(a, b, keys, options) {
    for (var i = 0; i < keys.length; i++) {
      if (deepEqual(a[keys[i]], b[keys[i]], options) === false) return false;
    }
    return true;
  }

  function keyNames(keys) {
    return keys.map(function (k) { return typeof k === 'symbol' ? k.toString() : k; });
  }

  function objectEqual(a, b, options) {
    var keysA = enumerableKeys(a);
    var keysB = enumerableKeys(b);
    if (keysA.length && keysA.length === keysB.length) {
      if (sequenceEqual(keyNames(keysA).sort(), keyNames(keysB).sort()) === false) return false;
      return sameKeys(a, b, keysA, options);
    }
    var valuesA = iteratedValues(a);
    var valuesB = iteratedValues(b);
    if (valuesA.length && valuesA.length === valuesB.length) {
      valuesA.sort();
      valuesB.sort();
      return sequenceEqual(valuesA, valuesB, options);
    }
    return keysA.length === 0 && valuesA.length === 0 && keysB.length === 0 && valuesB.length === 0;
  }

  // ----------------------------------------------------------- property paths

  function hasProperty(obj, name) {
    if (obj === undefined || obj === null) return false;
    return name in Object(obj);
  }

  /** Split 'a.b[2].c' into steps: {p: 'a'}, {p: 'b'}, {i: 2}, {p: 'c'}. */
  function parsePath(path) {
    var marked = path.replace(/([^\\])\[/g, '$1.[');
    var parts = marked.match(/(\\\.|[^.]+?)+/g);
    return parts.map(function (part) {
      if (part === 'constructor' || part === '__proto__' || part === 'prototype') return {};
      var index = /^\[(\d+)\]$/.exec(part);
      if (index) return { i: parseFloat(index[1]) };
      return { p: part.replace(/\\([.[\]])/g, '$1') };
    });
  }

  function valueAtDepth(obj, steps, depth) {
    var current = obj;
    var found = null;
    for (var i = 0; i < depth; i++) {
      var step = steps[i];
      if (current) {
        current = typeof step.p === 'undefined' ? current[step.i] : current[step.p];
        if (i === depth - 1) found = current;
      }
    }
    return found;
  }

  /** {parent, name, value, exists} for a nested path, like chai's pathval. */
  function getPathInfo(obj, path) {
    var steps = parsePath(path);
    var last = steps[steps.length - 1];
    var info = {
      parent: steps.length > 1 ? valueAtDepth(obj, steps, steps.length - 1) : obj,
      name: last.p || last.i,
      value: valueAtDepth(obj, steps, steps.length)
    };
    info.exists = hasProperty(info.parent, info.name);
    return info;
  }

  // ----------------------------------------------------------- thrown errors

  var errors = {
    compatibleInstance: function (thrown, errorLike) {
      return errorLike instanceof Error && thrown === errorLike;
    },
    compatibleConstructor: function (thrown, errorLike) {
      if (errorLike instanceof Error) {
        return thrown.constructor === errorLike.constructor || thrown instanceof errorLike.constructor;
      }
      if (errorLike.prototype instanceof Error || errorLike === Error) {
        return thrown.constructor === errorLike || thrown instanceof errorLike;
      }
      return false;
    },
    compatibleMessage: function (thrown, matcher) {
      var text = typeof thrown === 'string' ? thrown : thrown.message;
      if (matcher instanceof RegExp) return matcher.test(text);
      if (typeof matcher === 'string') return text.indexOf(matcher) !== -1;
      return false;
    },
    getConstructorName: function (errorLike) {
      if (errorLike instanceof Error) return getFuncName(errorLike.constructor);
      if (typeof errorLike === 'function') {
        var name = getFuncName(errorLike);
        if (name === '') {
          // eslint-disable-next-line new-cap
          var instanceName = getFuncName(new errorLike());
          return instanceName || name;
        }
        return name;
      }
      return errorLike;
    },
    getMessage: function (errorLike) {
      if (errorLike && errorLike.message) return errorLike.message;
      if (typeof errorLike === 'string') return errorLike;
      return '';
    }
  };

  return {
    deepEqual: deepEqual,
    hasProperty: hasProperty,
    getPathInfo: getPathInfo,
    errors: errors
  };
}
