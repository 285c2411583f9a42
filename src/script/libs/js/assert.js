// courier: require('assert'), written for courier with the behaviour of the assert 2.0.0
// package postman-sandbox 4.7.1 bundles: assert()/ok, equal, notEqual, deepEqual,
// notDeepEqual, deepStrictEqual, notDeepStrictEqual, strictEqual, notStrictEqual, throws,
// doesNotThrow, rejects, doesNotReject, ifError, fail, AssertionError and `strict`, with that
// package's messages (see assert_error.js) and deep equality (assert_compare.js).
(function (native, require) {
  'use strict';

  var errors = require('_assert_error');
  var compare = require('_assert_compare');
  var AssertionError = errors.AssertionError;
  var codes = errors.codes;
  var inspect = errors.inspect;
  var NO_EXCEPTION = {};
  var warned = false;
  // The sandbox bundle is minified: these functions are named 'e' there, which shows in the
  // `operator` of throws/doesNotThrow failures (and rejects' messages say "exception").
  var MANGLED = 'e';

  function rename(fn, name) {
    Object.defineProperty(fn, 'name', { value: name, configurable: true });
    return fn;
  }

  function innerFail(obj) {
    if (obj.message instanceof Error) throw obj.message;
    throw new AssertionError(obj);
  }

  function fail(actual, expected, message, operator) {
    var argsLen = arguments.length;
    var internalMessage;
    if (argsLen === 0) {
      internalMessage = 'Failed';
    } else if (argsLen === 1) {
      message = actual;
      actual = undefined;
    } else {
      if (warned === false) {
        warned = true;
        // The bundle's deprecation warning calls a console method its minifier removed.
        throw new TypeError('(intermediate value)(intermediate value)(intermediate value) is not a function');
      }
      if (argsLen === 2) operator = '!=';
    }
    if (message instanceof Error) throw message;
    var errArgs = { actual: actual, expected: expected, operator: operator === undefined ? 'fail' : operator };
    if (message !== undefined) errArgs.message = message;
    var err = new AssertionError(errArgs);
    if (internalMessage) {
      err.message = internalMessage;
      err.generatedMessage = true;
    }
    throw err;
  }

  function innerOk(argLen, value, message) {
    if (value) return;
    var generated = false;
    if (argLen === 0) {
      generated = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message instanceof Error) {
      throw message;
    }
    var err = new AssertionError({ actual: value, expected: true, message: message, operator: '==' });
    err.generatedMessage = generated;
    throw err;
  }

  function ok() {
    innerOk(arguments.length, arguments[0], arguments[1]);
  }

  var assert = ok;
  assert.fail = fail;
  assert.AssertionError = AssertionError;
  assert.ok = ok;

  // equal, notEqual, deepEqual ...: (actual, expected, message), both values required.
  function comparison(name, operator, failsWhen) {
    return rename(function (actual, expected, message) {
      if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('actual', 'expected');
      if (failsWhen(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message, operator: operator });
      }
    }, MANGLED);
  }

  /* eslint-disable eqeqeq */
  assert.equal = comparison('equal', '==', function (a, b) { return a != b; });
  assert.notEqual = comparison('notEqual', '!=', function (a, b) { return a == b; });
  /* eslint-enable eqeqeq */
  assert.deepEqual = comparison('deepEqual', 'deepEqual', function (a, b) { return !compare.isDeepEqual(a, b); });
  assert.notDeepEqual = comparison('notDeepEqual', 'notDeepEqual', function (a, b) { return compare.isDeepEqual(a, b); });
  assert.deepStrictEqual = comparison('deepStrictEqual', 'deepStrictEqual', function (a, b) {
    return !compare.isDeepStrictEqual(a, b);
  });
  assert.notDeepStrictEqual = comparison('notDeepStrictEqual', 'notDeepStrictEqual', function (a, b) {
    return compare.isDeepStrictEqual(a, b);
  });
  assert.strictEqual = comparison('strictEqual', 'strictEqual', function (a, b) { return !Object.is(a, b); });
  assert.notStrictEqual = comparison('notStrictEqual', 'notStrictEqual', function (a, b) { return Object.is(a, b); });

  // The properties `keys` of `obj` (a matching RegExp of `expected` shows the actual text).
  function Comparison(obj, keys, actual) {
    var self = this;
    keys.forEach(function (key) {
      if (!(key in obj)) return;
      if (actual !== undefined && typeof actual[key] === 'string' && compare.isRegExp(obj[key]) &&
          obj[key].test(actual[key])) {
        self[key] = actual[key];
      } else {
        self[key] = obj[key];
      }
    });
  }

  function compareExceptionKey(actual, expected, key, message, keys, fnName) {
    if (key in actual && compare.isDeepStrictEqual(actual[key], expected[key])) return;
    if (!message) {
      var err = new AssertionError({
        actual: new Comparison(actual, keys), expected: new Comparison(expected, keys, actual), operator: 'deepStrictEqual'
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fnName;
      throw err;
    }
    innerFail({ actual: actual, expected: expected, message: message, operator: fnName });
  }

  function expectedException(actual, expected, msg, fnName, argc) {
    if (typeof expected !== 'function') {
      if (compare.isRegExp(expected)) return expected.test(actual);
      if (argc === 2) throw codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
      if (typeof actual !== 'object' || actual === null) {
        var err = new AssertionError({ actual: actual, expected: expected, message: msg, operator: 'deepStrictEqual' });
        err.operator = fnName;
        throw err;
      }
      var keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) throw codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      keys.forEach(function (key) {
        if (typeof actual[key] === 'string' && compare.isRegExp(expected[key]) && expected[key].test(actual[key])) return;
        compareExceptionKey(actual, expected, key, msg, keys, fnName);
      });
      return true;
    }
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (Error.isPrototypeOf(expected)) return false;
    return expected.call({}, actual) === true;
  }

  function getActual(fn) {
    if (typeof fn !== 'function') throw codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
    try {
      fn();
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION;
  }

  function expectsError(fnName, actual, args) {
    var error = args[0];
    var message = args[1];
    if (typeof error === 'string') {
      if (args.length === 2) throw codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
      if ((typeof actual === 'object' && actual !== null && actual.message === error) || actual === error) {
        throw codes.ERR_AMBIGUOUS_ARGUMENT();
      }
      message = error;
      error = undefined;
    } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
      throw codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (actual === NO_EXCEPTION) {
      var details = error && error.name ? ' (' + error.name + ')' : '';
      details += message ? ': ' + message : '.';
      var fnType = 'exception';
      innerFail({ actual: undefined, expected: error, operator: fnName, message: 'Missing expected ' + fnType + details });
    }
    if (error && !expectedException(actual, error, message, fnName, 4)) throw actual;
  }

  function expectsNoError(fnName, actual, args) {
    if (actual === NO_EXCEPTION) return;
    var error = args[0];
    var message = args[1];
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (!error || expectedException(actual, error, undefined, fnName, 2)) {
      var details = message ? ': ' + message : '.';
      var fnType = 'exception';
      innerFail({
        actual: actual, expected: error, operator: fnName,
        message: 'Got unwanted ' + fnType + details + '\nActual message: "' + (actual && actual.message) + '"'
      });
    }
    throw actual;
  }

  function waitForActual(promiseFn) {
    return Promise.resolve().then(function () {
      var result;
      if (typeof promiseFn === 'function') {
        result = promiseFn();
        if (!compare.isPromise(result)) throw codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', result);
      } else if (compare.isPromise(promiseFn)) {
        result = promiseFn;
      } else {
        throw codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
      }
      return Promise.resolve().then(function () { return result; }).then(function () {
        return NO_EXCEPTION;
      }).catch(function (e) { return e; });
    });
  }

  assert.throws = rename(function (fn) {
    expectsError(MANGLED, getActual(fn), Array.prototype.slice.call(arguments, 1));
  }, MANGLED);
  assert.rejects = rename(function (promiseFn) {
    var args = Array.prototype.slice.call(arguments, 1);
    return waitForActual(promiseFn).then(function (result) { return expectsError(MANGLED, result, args); });
  }, MANGLED);
  assert.doesNotThrow = rename(function (fn) {
    expectsNoError(MANGLED, getActual(fn), Array.prototype.slice.call(arguments, 1));
  }, MANGLED);
  assert.doesNotReject = rename(function (fn) {
    var args = Array.prototype.slice.call(arguments, 1);
    return waitForActual(fn).then(function (result) { return expectsNoError(MANGLED, result, args); });
  }, MANGLED);

  assert.ifError = function (err) {
    if (err === null || err === undefined) return;
    var message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
    } else {
      message += inspect(err);
    }
    throw new AssertionError({ actual: err, expected: null, operator: 'ifError', message: message });
  };
  rename(assert.ifError, MANGLED);
  rename(fail, MANGLED);
  rename(ok, 'S');
  rename(AssertionError, 't');

  function strict() {
    innerOk(arguments.length, arguments[0], arguments[1]);
  }
  rename(strict, 'M');
  assert.strict = Object.assign(strict, assert, {
    equal: assert.strictEqual,
    deepEqual: assert.deepStrictEqual,
    notEqual: assert.notStrictEqual,
    notDeepEqual: assert.notDeepStrictEqual
  });
  // In the bundle, `strict` also carries itself.
  strict.strict = strict;
  return assert;
})
