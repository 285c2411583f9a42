/*
 * courier: a chai-compatible BDD assertion library for Postman scripts.
 *
 * Behaves like chai 4.4.1's `expect` interface (as bundled by postman-sandbox
 * 4.7.1): same chains, flags, assertions and the exact same failure messages,
 * because run reports compare them. Written for courier from the documented
 * behaviour; no third-party code is included.
 *
 * Files (evaluate all of them as plain scripts, in any order, before calling
 * __courierChai()): chai_inspect.js, chai_util.js, chai_assertions.js, chai.js
 * and, for the Postman response assertions, chai_postman.js.
 *
 * Defines one global: __courierChai() -> {
 *   expect, AssertionError, inspect, objDisplay, Assertion, config, util, use
 * }
 * Each call builds an independent instance.
 */
function __courierChai() {
  'use strict';

  var config = {
    includeStack: false,
    showDiff: true,
    truncateThreshold: 40,
    useProxy: true,
    proxyExcludedKeys: ['then', 'catch', 'inspect', 'toJSON'],
    deepEqual: null
  };

  var fmt = __courierChaiInspectModule(config);
  var helpers = __courierChaiUtilModule(fmt.type, fmt.getFuncName);

  // ------------------------------------------------------------ AssertionError

  function copyProps(target, source, skip) {
    Object.keys(source || {}).forEach(function (key) {
      if (skip.indexOf(key) === -1) target[key] = source[key];
    });
  }

  /** AssertionError(message, props?): name 'AssertionError', with actual/expected/showDiff. */
  function AssertionError(message, props) {
    if (!(this instanceof AssertionError)) return new AssertionError(message, props);
    this.message = message || 'Unspecified AssertionError';
    this.showDiff = false;
    copyProps(this, props, ['name', 'message', 'stack', 'constructor', 'toJSON']);
    var trace = new Error(this.message).stack;
    if (typeof trace === 'string') {
      var newline = trace.indexOf('\n');
      // Engines differ: V8 starts the stack with 'Error: msg', QuickJS with the frames.
      trace = /^\s+at /.test(trace) ? trace : (newline >= 0 ? trace.slice(newline + 1) : '');
      this.stack = 'AssertionError: ' + this.message + '\n' + trace;
    }
  }
  AssertionError.prototype = Object.create(Error.prototype);
  AssertionError.prototype.name = 'AssertionError';
  AssertionError.prototype.constructor = AssertionError;
  AssertionError.prototype.toJSON = function (withStack) {
    var out = { name: this.name };
    copyProps(out, this, ['constructor', 'toJSON', 'stack']);
    if (withStack !== false && this.stack) out.stack = this.stack;
    return out;
  };

  // -------------------------------------------------------------------- flags

  var getFlag = __courierChaiFlags.get;
  var setFlag = __courierChaiFlags.set;

  // chai's util.flag: reads with two arguments, writes with three.
  function flag(obj, key, value) {
    if (arguments.length === 3) setFlag(obj, key, value);
    else return getFlag(obj, key);
  }

  function transferFlags(from, to, includeAll) {
    var flags = from.__flags || (from.__flags = Object.create(null));
    if (!to.__flags) to.__flags = Object.create(null);
    includeAll = arguments.length === 3 ? includeAll : true;
    for (var name in flags) {
      if (includeAll || (name !== 'object' && name !== 'ssfi' && name !== 'lockSsfi' && name !== 'message')) {
        to.__flags[name] = flags[name];
      }
    }
  }

  // ---------------------------------------------- unknown-property protection

  var internalNames = ['__flags', '__methods', '_obj', 'assert'];

  function editDistance(a, b, cap) {
    if (Math.abs(a.length - b.length) >= cap) return cap;
    var rows = [];
    var i, j;
    for (i = 0; i <= a.length; i++) {
      rows[i] = new Array(b.length + 1).fill(0);
      rows[i][0] = i;
    }
    for (j = 0; j < b.length; j++) rows[0][j] = j;
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        if (Math.abs(i - j) >= cap) {
          rows[i][j] = cap;
          continue;
        }
        rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1,
          rows[i - 1][j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      }
    }
    return rows[a.length][b.length];
  }

  function allPropertyNames(obj) {
    var names = Object.getOwnPropertyNames(obj);
    for (var proto = Object.getPrototypeOf(obj); proto !== null; proto = Object.getPrototypeOf(proto)) {
      Object.getOwnPropertyNames(proto).forEach(function (name) {
        if (names.indexOf(name) === -1) names.push(name);
      });
    }
    return names;
  }

  function proxyEnabled() {
    return config.useProxy && typeof Proxy !== 'undefined' && typeof Reflect !== 'undefined';
  }

  function unknownProperty(obj, property, methodName) {
    if (methodName) {
      return Error('Invalid Chai property: ' + methodName + '.' + property +
        '. See docs for proper usage of "' + methodName + '".');
    }
    // Suggest the closest known name (edit distance below 4), first found wins.
    var suggestion = null;
    var best = 4;
    allPropertyNames(obj).forEach(function (name) {
      if (!Object.prototype.hasOwnProperty(name) && internalNames.indexOf(name) === -1) {
        var d = editDistance(property, name, best);
        if (d < best) {
          suggestion = name;
          best = d;
        }
      }
    });
    if (suggestion !== null) {
      return Error('Invalid Chai property: ' + property + '. Did you mean "' + suggestion + '"?');
    }
    return Error('Invalid Chai property: ' + property);
  }

  function guardHandler(methodName) {
    return {
      get: function (obj, property) {
        if (typeof property === 'string' && !(property in obj) &&
            config.proxyExcludedKeys.indexOf(property) === -1) {
          throw unknownProperty(obj, property, methodName);
        }
        return Reflect.get(obj, property);
      }
    };
  }
  var assertionHandler = guardHandler(undefined);

  /**
   * Make a method throw when an unknown property is read from it (`.equal.foo`): its
   * prototype becomes a guard over `Function.prototype`, which only sees the properties the
   * method itself lacks, so calling it costs nothing extra. An assertion needs nothing:
   * `Assertion.prototype` inherits from `unknownGuard` below.
   */
  function guard(target, methodName) {
    if (!methodName || typeof Proxy === 'undefined') return target;
    Object.setPrototypeOf(target, new Proxy(Function.prototype, {
      get: function (base, property, receiver) {
        if (typeof property !== 'string' || property in base || !proxyEnabled() ||
            config.proxyExcludedKeys.indexOf(property) !== -1) {
          return Reflect.get(base, property, receiver);
        }
        throw unknownProperty(receiver, property, methodName);
      }
    }));
    return target;
  }

  /*
   * What a property or method that returned nothing gives back for the chain to go on.
   * chai returns a fresh assertion carrying every flag; as the step already set its
   * flags on `this`, the assertion itself carries the same flags, so it is returned
   * (cheaper, and the same except for object identity). A chainable method's callable
   * is a function; it is copied into a plain assertion as chai does.
   */
  function chainOn(assertion) {
    return typeof assertion === 'function' ? continueFrom(assertion) : assertion;
  }

  var plainLength = Object.getOwnPropertyDescriptor(function () {}, 'length');

  /** Reading `.length` right after a method is a mistake; say so. */
  function guardLength(fn, name, chainable) {
    if (!plainLength.configurable) return fn;
    Object.defineProperty(fn, 'length', {
      get: function () {
        if (chainable) {
          throw Error('Invalid Chai property: ' + name + '.length. Due to a compatibility issue, ' +
            '"length" cannot directly follow "' + name + '". Use "' + name + '.lengthOf" instead.');
        }
        throw Error('Invalid Chai property: ' + name + '.length. See docs for proper usage of "' + name + '".');
      }
    });
    return fn;
  }

  // ---------------------------------------------------------------- Assertion

  function Assertion(obj, msg, ssfi, lockSsfi) {
    // The same five `setFlag(this, ...)` writes, in order, without the calls.
    var flags = this.__flags || (this.__flags = Object.create(null));
    flags.ssfi = ssfi || Assertion;
    flags.lockSsfi = lockSsfi;
    flags.object = obj;
    flags.message = msg;
    flags.eql = config.deepEqual || helpers.deepEqual;
    return guard(this);
  }

  /** A fresh assertion carrying all the flags of `from` (what a chain step returns). */
  function continueFrom(from) {
    // Same result as `new Assertion()` followed by copying every flag of
    // `from` (which always carries the constructor's flags), done in one pass.
    var source = from.__flags;
    if (!source) {
      var slow = new Assertion();
      transferFlags(from, slow);
      return slow;
    }
    var next = Object.create(Assertion.prototype);
    var flags = Object.create(null);
    Object.assign(flags, source);
    next.__flags = flags;
    return guard(next);
  }

  function formatMessage(assertion, args) {
    var negate = getFlag(assertion, 'negate');
    var subject = getFlag(assertion, 'object');
    var expected = args[3];
    var actual = args.length > 4 ? args[4] : assertion._obj;
    var text = negate ? args[2] : args[1];
    var prefix = getFlag(assertion, 'message');
    if (typeof text === 'function') text = text();
    text = (text || '')
      .replace(/#\{this\}/g, function () { return fmt.objDisplay(subject); })
      .replace(/#\{act\}/g, function () { return fmt.objDisplay(actual); })
      .replace(/#\{exp\}/g, function () { return fmt.objDisplay(expected); });
    return prefix ? prefix + ': ' + text : text;
  }

  function operatorFor(assertion, args) {
    var operator = getFlag(assertion, 'operator');
    if (operator) return operator;
    var text = getFlag(assertion, 'negate') ? args[2] : args[1];
    if (typeof text === 'function') text = text();
    if (!text || /\shave\s/.test(text)) return undefined;
    var objectLike = ['Array', 'Object', 'function'].indexOf(fmt.type(args[3])) !== -1;
    if (/\snot\s/.test(text)) return objectLike ? 'notDeepStrictEqual' : 'notStrictEqual';
    return objectLike ? 'deepStrictEqual' : 'strictEqual';
  }

  Assertion.prototype.assert = function (expr, msg, negateMsg, expected, _actual, showDiff) {
    var ok = getFlag(this, 'negate') ? !expr : expr;
    if (showDiff !== false) showDiff = true;
    if (expected === undefined && _actual === undefined) showDiff = false;
    if (config.showDiff !== true) showDiff = false;
    if (ok) return;
    var props = {
      actual: arguments.length > 4 ? _actual : this._obj,
      expected: expected,
      showDiff: showDiff
    };
    var operator = operatorFor(this, arguments);
    if (operator) props.operator = operator;
    throw new AssertionError(formatMessage(this, arguments), props);
  };

  Object.defineProperty(Assertion.prototype, '_obj', {
    get: function () { return getFlag(this, 'object'); },
    set: function (value) { setFlag(this, 'object', value); }
  });

  // chai wraps every assertion in a Proxy so that reading an unknown property throws
  // ("Invalid Chai property: ..."). The same check sits here once, at the bottom of
  // the prototype chain: a read reaches it only when no assertion, chain or method has
  // the property, so known properties cost nothing extra.
  var unknownGuard = new Proxy(Object.prototype, {
    get: function (base, property, receiver) {
      if (typeof property !== 'string' || property in base || !proxyEnabled() ||
          config.proxyExcludedKeys.indexOf(property) !== -1 || internalNames.indexOf(property) !== -1) {
        return Reflect.get(base, property, receiver);
      }
      throw unknownProperty(receiver, property, undefined);
    }
  });
  Object.setPrototypeOf(Assertion.prototype, unknownGuard);
  // Found here before the guard is reached: an assertion without flags yet.
  Object.defineProperty(Assertion.prototype, '__flags', { value: null, writable: true });

  Assertion.addProperty = function (name, getter) {
    if (getter === undefined) getter = function () {};
    Object.defineProperty(Assertion.prototype, name, {
      get: function () {
        var result = getter.call(this);
        return result !== undefined ? result : chainOn(this);
      },
      configurable: true
    });
  };

  Assertion.addMethod = function (name, method) {
    var wrapper = function () {
      var result = method.apply(this, arguments);
      return result !== undefined ? result : chainOn(this);
    };
    guardLength(wrapper, name, false);
    Assertion.prototype[name] = guard(wrapper, name);
  };

  var fnCall = Function.prototype.call;
  var fnApply = Function.prototype.apply;

  /*
   * A chainable method is both a property (running `chaining` when read) and a
   * method: reading it returns a function whose prototype is the assertion, so
   * the chain can go on (`.include.members(...)`) or be called (`.include(1)`).
   */
  Assertion.addChainableMethod = function (name, method, chaining) {
    if (typeof chaining !== 'function') chaining = function () {};
    var behaviour = { method: method, chainingBehavior: chaining };
    if (!Assertion.prototype.__methods) Assertion.prototype.__methods = {};
    Assertion.prototype.__methods[name] = behaviour;
    Object.defineProperty(Assertion.prototype, name, {
      get: function () {
        behaviour.chainingBehavior.call(this);
        var callable = function () {
          var result = behaviour.method.apply(this, arguments);
          return result !== undefined ? result : continueFrom(this);
        };
        guardLength(callable, name, true);
        var proto = Object.create(this);
        proto.call = fnCall;
        proto.apply = fnApply;
        Object.setPrototypeOf(callable, proto);
        transferFlags(this, callable);
        return guard(callable);
      },
      configurable: true
    });
  };

  Assertion.overwriteProperty = function (name, wrap) {
    var desc = Object.getOwnPropertyDescriptor(Assertion.prototype, name);
    var previous = desc && typeof desc.get === 'function' ? desc.get : function () {};
    Object.defineProperty(Assertion.prototype, name, {
      get: function () {
        var locked = getFlag(this, 'lockSsfi');
        setFlag(this, 'lockSsfi', true);
        var result = wrap(previous).call(this);
        setFlag(this, 'lockSsfi', locked);
        return result !== undefined ? result : continueFrom(this);
      },
      configurable: true
    });
  };

  Assertion.overwriteMethod = function (name, wrap) {
    var previous = Assertion.prototype[name];
    var base = function () { throw new Error(name + ' is not a function'); };
    if (previous && typeof previous === 'function') base = previous;
    var wrapper = function () {
      var locked = getFlag(this, 'lockSsfi');
      setFlag(this, 'lockSsfi', true);
      var result = wrap(base).apply(this, arguments);
      setFlag(this, 'lockSsfi', locked);
      return result !== undefined ? result : continueFrom(this);
    };
    guardLength(wrapper, name, false);
    Assertion.prototype[name] = guard(wrapper, name);
  };

  Assertion.overwriteChainableMethod = function (name, wrapMethod, wrapChaining) {
    var behaviour = Assertion.prototype.__methods[name];
    var previousChaining = behaviour.chainingBehavior;
    var previousMethod = behaviour.method;
    behaviour.chainingBehavior = function () {
      var result = wrapChaining(previousChaining).call(this);
      return result !== undefined ? result : continueFrom(this);
    };
    behaviour.method = function () {
      var result = wrapMethod(previousMethod).apply(this, arguments);
      return result !== undefined ? result : continueFrom(this);
    };
  };

  // ------------------------------------------------------------------- expect

  function expect(value, message) {
    return new Assertion(value, message);
  }

  expect.fail = function (actual, expected, message, operator) {
    if (arguments.length < 2) {
      message = actual;
      actual = undefined;
    }
    throw new AssertionError(message || 'expect.fail()', {
      actual: actual,
      expected: expected,
      operator: operator
    });
  };

  var util = {
    flag: flag,
    transferFlags: transferFlags,
    type: fmt.type,
    inspect: fmt.inspect,
    objDisplay: fmt.objDisplay,
    compareByInspect: fmt.compareByInspect,
    getName: fmt.getFuncName,
    eql: helpers.deepEqual,
    hasProperty: helpers.hasProperty,
    getPathInfo: helpers.getPathInfo,
    checkError: helpers.errors,
    isNaN: Number.isNaN,
    getOwnEnumerableProperties: function (obj) {
      return Object.keys(obj).concat(Object.getOwnPropertySymbols(obj).filter(function (s) {
        return Object.getOwnPropertyDescriptor(obj, s).enumerable;
      }));
    },
    addProperty: function (ctx, name, getter) { Assertion.addProperty(name, getter); },
    addMethod: function (ctx, name, method) { Assertion.addMethod(name, method); },
    addChainableMethod: function (ctx, name, method, chaining) { Assertion.addChainableMethod(name, method, chaining); }
  };

  var chai = {
    expect: expect,
    AssertionError: AssertionError,
    Assertion: Assertion,
    config: config,
    util: util,
    inspect: fmt.inspect,
    objDisplay: fmt.objDisplay
  };

  var installed = [];
  chai.use = function (plugin) {
    if (installed.indexOf(plugin) === -1) {
      plugin(chai, util);
      installed.push(plugin);
    }
    return chai;
  };

  chai.use(__courierChaiAssertions);
  return chai;
}
