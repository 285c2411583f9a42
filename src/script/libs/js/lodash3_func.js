// courier: lodash 3.10 function, math and utility helpers (internal library '_lodash3_func')
// for the legacy global `_`: after/before (either argument order), ary, bind/bindKey/bindAll,
// partial/partialRight/curry with placeholders, rearg, debounce/throttle (v3 options),
// memoize (string-keyed cache), modArgs, restParam, spread, wrap, flow, add, round/floor/ceil,
// inRange, random, callback/iteratee and method/methodOf.
(function (native, require) {
  'use strict';

  var B = require('_lodash3_base');
  var slice = Array.prototype.slice;

  function need(f) { if (typeof f !== 'function') throw new TypeError(B.FUNC_ERROR); }
  function now() { return Date.now(); }

  // Wrappers: partials with placeholder holes (always filled, with undefined when the call has
  // too few arguments), right partials, a bound `this` (or a method name for bindKey), currying
  // (re-wrapping with the remaining arity), argument reordering and capping.
  var HOLE = '__lodash_placeholder__';
  function replaceHolders(array, placeholder) {
    var out = [];
    for (var i = 0; i < array.length; i++) {
      if (array[i] === placeholder) {
        array[i] = HOLE;
        out.push(i);
      }
    }
    return out;
  }
  function composeArgs(args, partials, holders) {
    var out = partials.slice();
    var i;
    for (i = 0; i < holders.length; i++) out[holders[i]] = args[i];
    for (; i < args.length; i++) out.push(args[i]);
    return out;
  }
  function composeArgsRight(args, partials, holders) {
    var extra = Math.max(args.length - holders.length, 0);
    var out = slice.call(args, 0, extra);
    var offset = out.length;
    var i = extra;
    out = out.concat(partials);
    for (var h = 0; h < holders.length; h++) out[offset + holders[h]] = args[i++];
    return out;
  }
  function wrap(func, o) {
    if (!o.bindKey) need(func);
    var wrapper = function () {
      var args = slice.call(arguments);
      var length = args.length;
      if (o.partials) args = composeArgs(args, o.partials, o.holders);
      if (o.partialsRight) args = composeArgsRight(args, o.partialsRight, o.holdersRight);
      if (o.curry) {
        var ph = wrapper.placeholder;
        var holders = replaceHolders(args, ph);
        length -= holders.length;
        if (length < o.arity) {
          var next = { curry: o.curry, arity: Math.max(o.arity - length, 0), argPos: o.argPos, ary: o.ary };
          if (o.curry === 'left') {
            next.partials = args;
            next.holders = holders;
          } else {
            next.partialsRight = args;
            next.holdersRight = holders;
          }
          var r = wrap(func, next);
          r.placeholder = ph;
          return r;
        }
      }
      var self = o.bind ? o.thisArg : this;
      var fn = o.bindKey ? self[func] : func;
      if (o.argPos) {
        var old = args.slice();
        for (var j = Math.min(o.argPos.length, old.length) - 1; j >= 0; j--) {
          args[j] = B.isIndex(o.argPos[j], old.length) ? old[o.argPos[j]] : undefined;
        }
      }
      if (o.ary != null && o.ary < args.length) args.length = o.ary;
      if (this instanceof wrapper && !o.bindKey) {
        var obj = Object.create(B.isObject(func.prototype) ? func.prototype : Object.prototype);
        var res = func.apply(obj, args);
        return B.isObject(res) ? res : obj;
      }
      return fn.apply(self, args);
    };
    return wrapper;
  }
  function withHolders(o, placeholder) {
    if (o.partials) {
      if (o.partials.length) o.holders = replaceHolders(o.partials, placeholder);
      else o.partials = undefined;
    }
    if (o.partialsRight) o.holdersRight = replaceHolders(o.partialsRight, placeholder);
    return o;
  }
  function makeFunctions(lodash) {
    var partial = B.restParam(function (func, partials) { return wrap(func, withHolders({ partials: partials }, partial.placeholder)); });
    var partialRight = B.restParam(function (func, partials) {
      return wrap(func, withHolders({ partialsRight: partials }, partialRight.placeholder));
    });
    var bind = B.restParam(function (func, thisArg, partials) {
      return wrap(func, withHolders({ bind: true, thisArg: thisArg, partials: partials }, bind.placeholder));
    });
    var bindKey = B.restParam(function (object, key, partials) {
      return wrap(key, withHolders({ bind: true, bindKey: true, thisArg: object, partials: partials }, bindKey.placeholder));
    });
    function makeCurry(dir) {
      var curry = function (func, arity, guard) {
        if (guard && B.isIterateeCall(func, arity, guard)) arity = undefined;
        need(func);
        var r = wrap(func, { curry: dir, arity: arity == null ? func.length : (Math.max(arity - 0, 0) || 0) });
        r.placeholder = curry.placeholder;
        return r;
      };
      return curry;
    }
    var out = {
      partial: partial, partialRight: partialRight, bind: bind, bindKey: bindKey,
      curry: makeCurry('left'), curryRight: makeCurry('right')
    };
    Object.keys(out).forEach(function (k) { out[k].placeholder = lodash; });
    return out;
  }
  var bindAll = B.restParam(function (object, names) {
    names = names.length ? B.baseFlatten(names) : B.keysIn(object).filter(function (k) { return B.isFunction(object[k]); });
    names.forEach(function (k) { object[k] = wrap(object[k], { bind: true, thisArg: object }); });
    return object;
  });
  function ary(func, n, guard) {
    if (guard && B.isIterateeCall(func, n, guard)) n = undefined;
    n = (func && n == null) ? func.length : Math.max(+n || 0, 0);
    return wrap(func, { ary: n });
  }
  var rearg = B.restParam(function (func, indexes) { return wrap(func, { argPos: B.baseFlatten(indexes) }); });
  function swapArgs(n, func) {
    if (typeof func !== 'function') {
      if (typeof n !== 'function') throw new TypeError(B.FUNC_ERROR);
      return [func, n];
    }
    return [n, func];
  }
  function after(n, func) {
    var a = swapArgs(n, func);
    n = isFinite(n = +a[0]) ? n : 0;
    func = a[1];
    return function () { return --n < 1 ? func.apply(this, arguments) : undefined; };
  }
  function before(n, func) {
    var a = swapArgs(n, func);
    n = a[0];
    func = a[1];
    var result;
    return function () {
      if (--n > 0) result = func.apply(this, arguments);
      if (n <= 1) func = undefined;
      return result;
    };
  }
  function negate(pred) {
    need(pred);
    return function () { return !pred.apply(this, arguments); };
  }

  // lodash 3's MapCache keys entries by their string form.
  function MapCache() { this.__data__ = {}; }
  MapCache.prototype.has = function (k) { return k != '__proto__' && B.own.call(this.__data__, k); };
  MapCache.prototype.get = function (k) { return k == '__proto__' ? undefined : this.__data__[k]; };
  MapCache.prototype.set = function (k, v) { if (k != '__proto__') this.__data__[k] = v; return this; };
  MapCache.prototype['delete'] = function (k) { return this.has(k) && delete this.__data__[k]; };
  function memoize(func, resolver) {
    if (typeof func !== 'function' || (resolver && typeof resolver !== 'function')) throw new TypeError(B.FUNC_ERROR);
    var memoized = function () {
      var key = resolver ? resolver.apply(this, arguments) : arguments[0];
      var cache = memoized.cache;
      if (cache.has(key)) return cache.get(key);
      var result = func.apply(this, arguments);
      memoized.cache = cache.set(key, result);
      return result;
    };
    memoized.cache = new memoize.Cache();
    return memoized;
  }
  memoize.Cache = MapCache;

  function debounce(func, wait, options) {
    var args, maxTimeoutId, result, stamp, thisArg, timeoutId, trailingCall;
    var lastCalled = 0;
    var maxWait = false;
    var trailing = true;
    var leading;
    need(func);
    wait = wait < 0 ? 0 : (+wait || 0);
    if (options === true) {
      leading = true;
      trailing = false;
    } else if (B.isObject(options)) {
      leading = !!options.leading;
      maxWait = 'maxWait' in options && Math.max(+options.maxWait || 0, wait);
      trailing = 'trailing' in options ? !!options.trailing : trailing;
    }
    function complete(isCalled, id) {
      if (id) clearTimeout(id);
      maxTimeoutId = timeoutId = trailingCall = undefined;
      if (isCalled) {
        lastCalled = now();
        result = func.apply(thisArg, args);
        if (!timeoutId && !maxTimeoutId) args = thisArg = undefined;
      }
    }
    function delayed() {
      var remaining = wait - (now() - stamp);
      if (remaining <= 0 || remaining > wait) complete(trailingCall, maxTimeoutId);
      else timeoutId = setTimeout(delayed, remaining);
    }
    function maxDelayed() { complete(trailing, timeoutId); }
    function debounced() {
      args = arguments;
      stamp = now();
      thisArg = this;
      trailingCall = trailing && (timeoutId || !leading);
      var leadingCall, isCalled;
      if (maxWait === false) {
        leadingCall = leading && !timeoutId;
      } else {
        if (!maxTimeoutId && !leading) lastCalled = stamp;
        var remaining = maxWait - (stamp - lastCalled);
        isCalled = remaining <= 0 || remaining > maxWait;
        if (isCalled) {
          if (maxTimeoutId) maxTimeoutId = clearTimeout(maxTimeoutId);
          lastCalled = stamp;
          result = func.apply(thisArg, args);
        } else if (!maxTimeoutId) {
          maxTimeoutId = setTimeout(maxDelayed, remaining);
        }
      }
      if (isCalled && timeoutId) timeoutId = clearTimeout(timeoutId);
      else if (!timeoutId && wait !== maxWait) timeoutId = setTimeout(delayed, wait);
      if (leadingCall) {
        isCalled = true;
        result = func.apply(thisArg, args);
      }
      if (isCalled && !timeoutId && !maxTimeoutId) args = thisArg = undefined;
      return result;
    }
    debounced.cancel = function () {
      if (timeoutId) clearTimeout(timeoutId);
      if (maxTimeoutId) clearTimeout(maxTimeoutId);
      lastCalled = 0;
      maxTimeoutId = timeoutId = trailingCall = undefined;
    };
    return debounced;
  }
  function throttle(func, wait, options) {
    var leading = true;
    var trailing = true;
    need(func);
    if (options === false) leading = false;
    else if (B.isObject(options)) {
      leading = 'leading' in options ? !!options.leading : leading;
      trailing = 'trailing' in options ? !!options.trailing : trailing;
    }
    return debounce(func, wait, { leading: leading, maxWait: +wait, trailing: trailing });
  }
  function baseDelay(func, wait, args) {
    need(func);
    return setTimeout(function () { func.apply(undefined, args); }, wait);
  }
  function flowFn(right) {
    return function () {
      var funcs = slice.call(arguments);
      if (right) funcs.reverse();
      funcs.forEach(need);
      return function () {
        var r = funcs.length ? funcs[0].apply(this, arguments) : arguments[0];
        for (var i = 1; i < funcs.length; i++) r = funcs[i].call(this, r);
        return r;
      };
    };
  }
  var modArgs = B.restParam(function (func, transforms) {
    transforms = B.baseFlatten(transforms);
    if (typeof func !== 'function' || !transforms.every(function (t) { return typeof t === 'function'; })) {
      throw new TypeError(B.FUNC_ERROR);
    }
    return B.restParam(function (args) {
      for (var i = Math.min(args.length, transforms.length) - 1; i >= 0; i--) args[i] = transforms[i](args[i]);
      return func.apply(this, args);
    });
  });
  function rounder(method) {
    var fn = Math[method];
    return function (number, precision) {
      precision = precision === undefined ? 0 : (+precision || 0);
      if (precision) {
        precision = Math.pow(10, precision);
        return fn(number * precision) / precision;
      }
      return fn(number);
    };
  }
  function random(min, max, floating) {
    if (floating && B.isIterateeCall(min, max, floating)) max = floating = undefined;
    var noMin = min == null;
    var noMax = max == null;
    if (floating == null) {
      if (noMax && typeof min === 'boolean') {
        floating = min;
        min = 1;
      } else if (typeof max === 'boolean') {
        floating = max;
        noMax = true;
      }
    }
    if (noMin && noMax) {
      max = 1;
      noMax = false;
    }
    min = +min || 0;
    if (noMax) {
      max = min;
      min = 0;
    } else {
      max = +max || 0;
    }
    if (floating || min % 1 || max % 1) {
      var r = Math.random();
      return Math.min(min + (r * (max - min + parseFloat('1e-' + ((r + '').length - 1)))), max);
    }
    return B.baseRandom(min, max);
  }
  function matches(source, clone) { return B.baseMatches(clone(source, true)); }

  return {
    now: now, wrap: wrap, makeFunctions: makeFunctions, bindAll: bindAll, ary: ary, rearg: rearg,
    after: after, before: before, once: function (func) { return before(2, func); }, negate: negate,
    memoize: memoize, debounce: debounce, throttle: throttle,
    defer: B.restParam(function (func, args) { return baseDelay(func, 1, args); }),
    delay: B.restParam(function (func, wait, args) { return baseDelay(func, wait, args); }),
    flow: flowFn(false), flowRight: flowFn(true), modArgs: modArgs, restParam: B.restParam,
    spread: function (func) { need(func); return function (array) { return func.apply(this, array); }; },
    wrapValue: function (value, wrapper) { return wrap(wrapper == null ? B.identity : wrapper, { partials: [value], holders: [] }); },
    add: function (a, b) { return (+a || 0) + (+b || 0); }, round: rounder('round'),
    floor: rounder('floor'), ceil: rounder('ceil'),
    inRange: function (value, start, end) {
      start = +start || 0;
      if (end === undefined) {
        end = start;
        start = 0;
      } else {
        end = +end || 0;
      }
      return value >= Math.min(start, end) && value < Math.max(start, end);
    },
    random: random, matches: matches
  };
})
