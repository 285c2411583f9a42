// courier: lodash 4 function, math and utility helpers (internal library '_lodash_func'):
// debounce/throttle (on the sandbox timers), once/before/after, memoize, negate,
// partial/bind/curry and friends, sum/max/min/mean, clamp/inRange/random, round/floor/ceil,
// flow, cond, over*, constant/noop/stubs, uniqueId and attempt.
(function (native, require) {
  'use strict';

  var C = require('_lodash_core');
  var isObject = C.isObject;
  var toNumber = C.toNumber;
  var toInteger = C.toInteger;
  var getIteratee = C.getIteratee;
  var slice = Array.prototype.slice;
  var FUNC_ERROR = 'Expected a function';

  function need(f) { if (typeof f !== 'function') throw new TypeError(FUNC_ERROR); }
  function now() { return Date.now(); }

  // ------------------------------------------------------------ timing

  function debounce(func, wait, options) {
    var lastArgs, lastThis, maxWait, result, timerId, lastCallTime;
    var lastInvokeTime = 0;
    var leading = false;
    var maxing = false;
    var trailing = true;
    need(func);
    wait = toNumber(wait) || 0;
    if (isObject(options)) {
      leading = !!options.leading;
      maxing = 'maxWait' in options;
      maxWait = maxing ? Math.max(toNumber(options.maxWait) || 0, wait) : maxWait;
      trailing = 'trailing' in options ? !!options.trailing : trailing;
    }
    function invoke(time) {
      var args = lastArgs;
      var self = lastThis;
      lastArgs = lastThis = undefined;
      lastInvokeTime = time;
      result = func.apply(self, args);
      return result;
    }
    function remaining(time) {
      var waiting = wait - (time - lastCallTime);
      return maxing ? Math.min(waiting, maxWait - (time - lastInvokeTime)) : waiting;
    }
    function shouldInvoke(time) {
      var sinceCall = time - lastCallTime;
      return lastCallTime === undefined || sinceCall >= wait || sinceCall < 0 ||
        (maxing && time - lastInvokeTime >= maxWait);
    }
    function expired() {
      var time = now();
      if (shouldInvoke(time)) return trailingEdge(time);
      timerId = setTimeout(expired, remaining(time));
      return undefined;
    }
    function trailingEdge(time) {
      timerId = undefined;
      if (trailing && lastArgs) return invoke(time);
      lastArgs = lastThis = undefined;
      return result;
    }
    function debounced() {
      var time = now();
      var invoking = shouldInvoke(time);
      lastArgs = arguments;
      lastThis = this;
      lastCallTime = time;
      if (invoking) {
        if (timerId === undefined) {
          lastInvokeTime = lastCallTime;
          timerId = setTimeout(expired, wait);
          return leading ? invoke(lastCallTime) : result;
        }
        if (maxing) {
          clearTimeout(timerId);
          timerId = setTimeout(expired, wait);
          return invoke(lastCallTime);
        }
      }
      if (timerId === undefined) timerId = setTimeout(expired, wait);
      return result;
    }
    debounced.cancel = function () {
      if (timerId !== undefined) clearTimeout(timerId);
      lastInvokeTime = 0;
      lastArgs = lastCallTime = lastThis = timerId = undefined;
    };
    debounced.flush = function () { return timerId === undefined ? result : trailingEdge(now()); };
    return debounced;
  }
  function throttle(func, wait, options) {
    var leading = true;
    var trailing = true;
    need(func);
    if (isObject(options)) {
      leading = 'leading' in options ? !!options.leading : leading;
      trailing = 'trailing' in options ? !!options.trailing : trailing;
    }
    return debounce(func, wait, { leading: leading, maxWait: wait, trailing: trailing });
  }
  function baseDelay(func, wait, args) {
    need(func);
    return setTimeout(function () { func.apply(undefined, args); }, wait);
  }
  function delay(func, wait) { return baseDelay(func, toNumber(wait) || 0, slice.call(arguments, 2)); }
  function defer(func) { return baseDelay(func, 1, slice.call(arguments, 1)); }

  // ------------------------------------------------------------ call counting, caching

  function before(n, func) {
    need(func);
    n = toInteger(n);
    var result;
    return function () {
      if (--n > 0) result = func.apply(this, arguments);
      if (n <= 1) func = undefined;
      return result;
    };
  }
  function after(n, func) {
    need(func);
    n = toInteger(n);
    return function () { return --n < 1 ? func.apply(this, arguments) : undefined; };
  }
  function once(func) { return before(2, func); }
  function memoize(func, resolver) {
    if (typeof func !== 'function' || (resolver != null && typeof resolver !== 'function')) throw new TypeError(FUNC_ERROR);
    var memoized = function () {
      var key = resolver ? resolver.apply(this, arguments) : arguments[0];
      var cache = memoized.cache;
      if (cache.has(key)) return cache.get(key);
      var result = func.apply(this, arguments);
      memoized.cache = cache.set(key, result) || cache;
      return result;
    };
    memoized.cache = new (memoize.Cache || Map)();
    return memoized;
  }
  memoize.Cache = Map;
  function negate(pred) {
    need(pred);
    return function () { return !pred.apply(this, arguments); };
  }

  // ------------------------------------------------------------ argument plumbing

  // lodash's wrapper machinery: partial arguments with placeholder holes (filled left to right
  // by the call's arguments), right partials, a bound `this` (or a method name for bindKey),
  // currying (re-wrapping until `arity` arguments are given), argument reordering, flipping and
  // capping. Holes are marked with lodash's internal placeholder string.
  var HOLE = '__lodash_placeholder__';
  function replaceHolders(array, placeholder) {
    var out = [];
    for (var i = 0; i < array.length; i++) {
      if (array[i] === placeholder || array[i] === HOLE) {
        array[i] = HOLE;
        out.push(i);
      }
    }
    return out;
  }
  function composeArgs(args, partials, holders, curried) {
    var n = args.length;
    var extra = Math.max(n - holders.length, 0);
    var out = partials.slice();
    var i;
    for (i = 0; i < holders.length; i++) if (!curried || i < n) out[holders[i]] = args[i];
    for (var k = 0; k < extra; k++) out.push(args[i++]);
    return out;
  }
  function composeArgsRight(args, partials, holders, curried) {
    var n = args.length;
    var extra = Math.max(n - holders.length, 0);
    var out = slice.call(args, 0, extra);
    var offset = out.length;
    var i = extra;
    out = out.concat(partials);
    for (var h = 0; h < holders.length; h++) if (!curried || i < n) out[offset + holders[h]] = args[i++];
    return out;
  }
  function construct(func, args) {
    var self = Object.create(isObject(func.prototype) ? func.prototype : Object.prototype);
    var r = func.apply(self, args);
    return isObject(r) ? r : self;
  }
  function hybrid(func, o) {
    var wrapper = function () {
      var args = slice.call(arguments);
      var ph = wrapper.placeholder;
      var holdersCount = 0;
      if (o.curry) for (var j = 0; j < args.length; j++) if (args[j] === ph) holdersCount++;
      if (o.partials) args = composeArgs(args, o.partials, o.holders, o.curry);
      if (o.partialsRight) args = composeArgsRight(args, o.partialsRight, o.holdersRight, o.curry);
      var length = arguments.length - holdersCount;
      if (o.curry && length < o.arity) {
        var holders = replaceHolders(args, ph);
        var next = { curry: o.curry, arity: o.arity - length, argPos: o.argPos, ary: o.ary };
        if (o.curry === 'left') {
          next.partials = args;
          next.holders = holders;
        } else {
          next.partialsRight = args;
          next.holdersRight = holders;
        }
        var r = hybrid(func, next);
        r.placeholder = ph;
        return r;
      }
      var self = o.bind ? o.thisArg : this;
      var fn = o.bindKey ? self[func] : func;
      length = args.length;
      if (o.argPos) {
        var old = args.slice();
        for (var k = Math.min(o.argPos.length, length) - 1; k >= 0; k--) {
          args[k] = C.isIndex(o.argPos[k], length) ? old[o.argPos[k]] : undefined;
        }
      } else if (o.flip && length > 1) {
        args.reverse();
      }
      if (o.ary !== undefined && o.ary < length) args.length = o.ary;
      if (this instanceof wrapper) return construct(fn, args);
      return fn.apply(self, args);
    };
    return wrapper;
  }
  // Public wrappers read their placeholder from their own `placeholder` property.
  function createWrap(func, o, maker) {
    if (!o.bindKey) need(func);
    if (o.partials) {
      if (o.partials.length) o.holders = replaceHolders(o.partials, maker.placeholder);
      else o.partials = undefined;
    }
    if (o.partialsRight) {
      if (o.partialsRight.length) o.holdersRight = replaceHolders(o.partialsRight, maker.placeholder);
      else o.partialsRight = undefined;
    }
    var w = hybrid(func, o);
    w.placeholder = maker.placeholder;
    return w;
  }
  function partial(func) { return createWrap(func, { partials: slice.call(arguments, 1) }, partial); }
  function partialRight(func) { return createWrap(func, { partialsRight: slice.call(arguments, 1) }, partialRight); }
  function bind(func, thisArg) {
    return createWrap(func, { bind: true, thisArg: thisArg, partials: slice.call(arguments, 2) }, bind);
  }
  function bindKey(object, key) {
    return createWrap(key, { bind: true, bindKey: true, thisArg: object, partials: slice.call(arguments, 2) }, bindKey);
  }
  function bindAll(object) {
    C.baseFlatten(slice.call(arguments, 1), 1).forEach(function (key) {
      key = C.toKey(key);
      C.baseAssignValue(object, key, bind(object[key], object));
    });
    return object;
  }
  function makeCurry(dir) {
    var curry = function (func, arity, guard) {
      arity = guard ? undefined : arity;
      need(func);
      arity = arity === undefined ? func.length : Math.max(toInteger(arity), 0);
      return createWrap(func, { curry: dir, arity: arity }, curry);
    };
    return curry;
  }
  var curry = makeCurry('left');
  var curryRight = makeCurry('right');
  function ary(func, n, guard) {
    n = guard ? undefined : n;
    n = (func && n == null) ? func.length : n;
    return createWrap(func, { ary: n }, ary);
  }
  function unary(func) { return ary(func, 1); }
  function rearg(func) { return createWrap(func, { argPos: C.baseFlatten(slice.call(arguments, 1), 1) }, rearg); }
  function flip(func) { return createWrap(func, { flip: true }, flip); }
  function restArgs(func, start) {
    need(func);
    start = start === undefined ? start : toInteger(start);
    return C.rest(func, start);
  }
  function spread(func, start) {
    need(func);
    start = start == null ? 0 : Math.max(toInteger(start), 0);
    return function () {
      var array = arguments[start];
      var lead = slice.call(arguments, 0, start);
      if (array) lead = lead.concat(array);
      return func.apply(this, lead);
    };
  }
  function overArgs(func) {
    var transforms = C.baseFlatten(slice.call(arguments, 1), 1).map(function (t) { return getIteratee(t); });
    return function () {
      var args = slice.call(arguments);
      for (var i = 0; i < Math.min(args.length, transforms.length); i++) args[i] = transforms[i].call(this, args[i]);
      return func.apply(this, args);
    };
  }
  function wrap(value, wrapper) { return createWrap(C.castFunction(wrapper), { partials: [value] }, partial); }
  function flowFn(right) {
    return function () {
      var funcs = C.baseFlatten(arguments, 1);
      if (right) funcs.reverse();
      funcs.forEach(need);
      return function () {
        var r = funcs.length ? funcs[0].apply(this, arguments) : arguments[0];
        for (var i = 1; i < funcs.length; i++) r = funcs[i].call(this, r);
        return r;
      };
    };
  }
  function cond(pairs) {
    var make = getIteratee();
    var list = (pairs == null || !pairs.length) ? [] : Array.prototype.map.call(pairs, function (p) {
      need(p[1]);
      return [make(p[0]), p[1]];
    });
    return function () {
      for (var i = 0; i < list.length; i++) if (list[i][0].apply(this, arguments)) return list[i][1].apply(this, arguments);
      return undefined;
    };
  }
  function createOver(combine) {
    return function () {
      var fns = C.baseFlatten(arguments, 1).map(function (f) { return getIteratee(f); });
      return function () {
        var self = this;
        var args = arguments;
        return combine(fns, function (f) { return f.apply(self, args); });
      };
    };
  }

  // ------------------------------------------------------------ math

  function mathOp(op, dflt) {
    return function (value, other) {
      if (value === undefined && other === undefined) return dflt;
      var result = value;
      if (other !== undefined) {
        if (result === undefined) return other;
        if (typeof value === 'string' || typeof other === 'string') {
          value = C.baseToString(value);
          other = C.baseToString(other);
        } else {
          value = typeof value === 'number' ? value : C.isSymbol(value) ? NaN : +value;
          other = typeof other === 'number' ? other : C.isSymbol(other) ? NaN : +other;
        }
        result = op(value, other);
      }
      return result;
    };
  }
  function baseSum(array, it) {
    var r;
    for (var i = 0; i < array.length; i++) {
      var v = it(array[i]);
      if (v !== undefined) r = r === undefined ? v : r + v;
    }
    return r;
  }
  function baseExtremum(array, it, greater) {
    var computed, result;
    for (var i = 0; i < array.length; i++) {
      var v = array[i];
      var c = it(v);
      if (c != null && (computed === undefined ? (c === c && !C.isSymbol(c)) : (greater ? c > computed : c < computed))) {
        computed = c;
        result = v;
      }
    }
    return result;
  }
  function baseMean(array, it) {
    var n = array == null ? 0 : array.length;
    return n ? baseSum(array, it) / n : NaN;
  }
  function rounder(method) {
    var fn = Math[method];
    return function (number, precision) {
      number = toNumber(number);
      precision = precision == null ? 0 : Math.min(toInteger(precision), 292);
      if (precision && isFinite(number)) {
        var pair = (C.toString(number) + 'e').split('e');
        var v = fn(pair[0] + 'e' + (+pair[1] + precision));
        pair = (C.toString(v) + 'e').split('e');
        return +(pair[0] + 'e' + (+pair[1] - precision));
      }
      return fn(number);
    };
  }
  function clamp(number, lower, upper) {
    if (upper === undefined) {
      upper = lower;
      lower = undefined;
    }
    if (upper !== undefined) {
      upper = toNumber(upper);
      upper = upper === upper ? upper : 0;
    }
    if (lower !== undefined) {
      lower = toNumber(lower);
      lower = lower === lower ? lower : 0;
    }
    return C.clampNumber(toNumber(number), lower, upper);
  }
  function inRange(number, start, end) {
    start = C.toFinite(start);
    if (end === undefined) {
      end = start;
      start = 0;
    } else {
      end = C.toFinite(end);
    }
    number = toNumber(number);
    return number >= Math.min(start, end) && number < Math.max(start, end);
  }
  function random(lower, upper, floating) {
    if (floating && typeof floating !== 'boolean' && C.isIterateeCall(lower, upper, floating)) upper = floating = undefined;
    if (floating === undefined) {
      if (typeof upper === 'boolean') {
        floating = upper;
        upper = undefined;
      } else if (typeof lower === 'boolean') {
        floating = lower;
        lower = undefined;
      }
    }
    if (lower === undefined && upper === undefined) {
      lower = 0;
      upper = 1;
    } else {
      lower = C.toFinite(lower);
      if (upper === undefined) {
        upper = lower;
        lower = 0;
      } else {
        upper = C.toFinite(upper);
      }
    }
    if (lower > upper) {
      var t = lower;
      lower = upper;
      upper = t;
    }
    if (floating || lower % 1 || upper % 1) {
      var r = Math.random();
      return Math.min(lower + (r * (upper - lower + parseFloat('1e-' + ((r + '').length - 1)))), upper);
    }
    return C.baseRandom(lower, upper);
  }

  // ------------------------------------------------------------ utilities

  var idCounter = 0;
  function uniqueId(prefix) { return C.toString(prefix) + (++idCounter); }
  function constant(v) { return function () { return v; }; }
  function noop() { return undefined; }
  function attempt(func) {
    try {
      return func.apply(undefined, slice.call(arguments, 1));
    } catch (e) {
      return C.isError(e) ? e : new Error(e);
    }
  }
  function defaultTo(value, dflt) { return (value == null || value !== value) ? dflt : value; }
  function nthArg(n) {
    n = toInteger(n);
    return function () {
      var l = arguments.length;
      var i = n + (n < 0 ? l : 0);
      return C.isIndex(i, l) ? arguments[i] : undefined;
    };
  }
  function method(path) {
    var args = slice.call(arguments, 1);
    return function (o) { return require('_lodash_collection').baseInvoke(o, path, args); };
  }
  function methodOf(object) {
    var args = slice.call(arguments, 1);
    return function (path) { return require('_lodash_collection').baseInvoke(object, path, args); };
  }
  function propertyOf(object) { return function (path) { return object == null ? undefined : C.baseGet(object, path); }; }

  return {
    now: now, debounce: debounce, throttle: throttle, delay: delay, defer: defer, before: before,
    after: after, once: once, memoize: memoize, negate: negate,
    partial: partial, partialRight: partialRight, bind: bind, bindKey: bindKey, bindAll: bindAll,
    curry: curry, curryRight: curryRight, ary: ary, unary: unary, rearg: rearg, flip: flip,
    rest: restArgs, spread: spread, overArgs: overArgs, wrap: wrap, flow: flowFn(false),
    flowRight: flowFn(true), cond: cond,
    over: createOver(function (fns, call) { return fns.map(call); }),
    overEvery: createOver(function (fns, call) { return fns.every(call); }),
    overSome: createOver(function (fns, call) { return fns.some(call); }),
    add: mathOp(function (a, b) { return a + b; }, 0),
    subtract: mathOp(function (a, b) { return a - b; }, 0),
    multiply: mathOp(function (a, b) { return a * b; }, 1),
    divide: mathOp(function (a, b) { return a / b; }, 1),
    baseSum: baseSum, baseExtremum: baseExtremum, baseMean: baseMean,
    sum: function (a) { return (a && a.length) ? baseSum(a, C.identity) : 0; },
    sumBy: function (a, it) { return (a && a.length) ? baseSum(a, getIteratee(it, 2)) : 0; },
    max: function (a) { return (a && a.length) ? baseExtremum(a, C.identity, true) : undefined; },
    maxBy: function (a, it) { return (a && a.length) ? baseExtremum(a, getIteratee(it, 2), true) : undefined; },
    min: function (a) { return (a && a.length) ? baseExtremum(a, C.identity, false) : undefined; },
    minBy: function (a, it) { return (a && a.length) ? baseExtremum(a, getIteratee(it, 2), false) : undefined; },
    mean: function (a) { return baseMean(a, C.identity); },
    meanBy: function (a, it) { return baseMean(a, getIteratee(it, 2)); },
    round: rounder('round'), floor: rounder('floor'), ceil: rounder('ceil'), clamp: clamp,
    inRange: inRange, random: random, uniqueId: uniqueId, constant: constant, noop: noop,
    attempt: attempt, defaultTo: defaultTo, nthArg: nthArg, method: method, methodOf: methodOf,
    propertyOf: propertyOf
  };
})
