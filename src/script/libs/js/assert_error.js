// courier: internal helper of assert.js, written for courier: AssertionError and the argument
// errors of the assert 2.0.0 package, with its generated messages ("Expected values to be
// strictly equal:", the +/- line diff of inspected values, "1 == 2" ...). Values are rendered
// by the old-style util.inspect that package uses (util 0.12), as it does in the sandbox
// (no colours, 80 columns).
(function (native, require) {
  'use strict';

  var inspect = require('util').inspect;

  // ------------------------------------------------------------ argument errors

  function nodeError(Base, code, message) {
    var err = new Base(message);
    err.code = code;
    return err;
  }

  function oneOf(expected, thing) {
    if (!Array.isArray(expected)) return 'of ' + thing + ' ' + String(expected);
    var list = expected.map(String);
    if (list.length > 2) return 'one of ' + thing + ' ' + list.slice(0, -1).join(', ') + ', or ' + list[list.length - 1];
    if (list.length === 2) return 'one of ' + thing + ' ' + list[0] + ' or ' + list[1];
    return 'of ' + thing + ' ' + list[0];
  }

  var codes = {
    ERR_AMBIGUOUS_ARGUMENT: function () {
      // The package passes its arguments to a plain string, so they never appear.
      return nodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s');
    },
    ERR_INVALID_ARG_TYPE: function (name, expected, actual) {
      var determiner = 'must be';
      if (typeof expected === 'string' && expected.indexOf('not ') === 0) {
        determiner = 'must not be';
        expected = expected.replace(/^not /, '');
      }
      var msg;
      if (/ argument$/.test(name)) {
        msg = 'The ' + name + ' ' + determiner + ' ' + oneOf(expected, 'type');
      } else {
        var type = name.indexOf('.') !== -1 ? 'property' : 'argument';
        msg = 'The "' + name + '" ' + type + ' ' + determiner + ' ' + oneOf(expected, 'type');
      }
      return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg + '. Received type ' + typeof actual);
    },
    ERR_INVALID_ARG_VALUE: function (name, value, reason) {
      var shown = inspect(value);
      if (shown.length > 128) shown = shown.slice(0, 128) + '...';
      return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument '" + name + "' " + (reason === undefined ? 'is invalid' : reason) + '. Received ' + shown);
    },
    ERR_INVALID_RETURN_VALUE: function (input, name, value) {
      var type = value && value.constructor && value.constructor.name ? 'instance of ' + value.constructor.name
        : 'type ' + typeof value;
      return nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
        'Expected ' + input + ' to be returned from the "' + name + '" function but got ' + type + '.');
    },
    // Always called with three arguments, as the package's error class passes them on.
    ERR_MISSING_ARGS: function (a1, a2, a3) {
      var args = [a1, a2, a3].map(function (a) { return '"' + a + '"'; });
      var msg = 'The ';
      if (args.length === 1) msg += args[0] + ' argument';
      else if (args.length === 2) msg += args[0] + ' and ' + args[1] + ' arguments';
      else msg += args.slice(0, -1).join(', ') + ', and ' + args[args.length - 1] + ' arguments';
      return nodeError(TypeError, 'ERR_MISSING_ARGS', msg + ' must be specified');
    }
  };

  // ------------------------------------------------------------ messages

  var READABLE = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    equal: 'Expected values to be loosely equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notEqual: 'Expected "actual" to be loosely unequal to:',
    notIdentical: 'Values identical but not reference-equal:'
  };
  var MAX_SHORT = 10;
  var COLUMNS = 80;

  function inspectValue(val) {
    return inspect(val, {
      compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false,
      breakLength: Infinity, showProxy: false, sorted: true, getters: true
    });
  }

  function isObj(v) {
    return typeof v === 'object' && v !== null;
  }

  function endsWithComma(s) {
    return s.slice(-1) === ',';
  }

  function collapse(lines) {
    if (lines.length > 30) {
      lines[26] = '...';
      lines.length = 27;
    }
    return lines;
  }

  // The line diff of inspect(actual) against inspect(expected) ('+' actual, '-' expected).
  function errDiff(actual, expected, operator) {
    var other = '';
    var res = '';
    var lastPos = 0;
    var end = '';
    var skipped = false;
    var actualInspected = inspectValue(actual);
    var actualLines = actualInspected.split('\n');
    var expectedLines = inspectValue(expected).split('\n');
    var i = 0;
    var indicator = '';

    if (operator === 'strictEqual' && isObj(actual) && isObj(expected)) operator = 'strictEqualObject';

    if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
      var inputLength = actualLines[0].length + expectedLines[0].length;
      if (inputLength <= MAX_SHORT) {
        if (!isObj(actual) && !isObj(expected) && (actual !== 0 || expected !== 0)) {
          return READABLE[operator] + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
        }
      } else if (operator !== 'strictEqualObject' && inputLength < COLUMNS) {
        while (actualLines[0][i] === expectedLines[0][i]) i++;
        if (i > 2) {
          indicator = '\n  ' + ' '.repeat(i) + '^';
          i = 0;
        }
      }
    }

    // Common trailing lines are folded.
    var a = actualLines[actualLines.length - 1];
    var b = expectedLines[expectedLines.length - 1];
    while (a === b) {
      if (i++ < 2) end = '\n  ' + a + end;
      else other = a;
      actualLines.pop();
      expectedLines.pop();
      if (actualLines.length === 0 || expectedLines.length === 0) break;
      a = actualLines[actualLines.length - 1];
      b = expectedLines[expectedLines.length - 1];
    }

    var maxLines = Math.max(actualLines.length, expectedLines.length);
    if (maxLines === 0) {
      return READABLE.notIdentical + '\n\n' + collapse(actualInspected.split('\n')).join('\n') + '\n';
    }
    if (i > 3) {
      end = '\n...' + end;
      skipped = true;
    }
    if (other !== '') {
      end = '\n  ' + other + end;
      other = '';
    }

    var printed = 0;
    var msg = READABLE[operator] + '\n+ actual - expected';
    var skippedMsg = ' ... Lines skipped';
    var context = function (lines, at, cur) {
      if (cur > 1 && at > 2) {
        if (cur > 4) {
          res += '\n...';
          skipped = true;
        } else if (cur > 3) {
          res += '\n  ' + lines[at - 2];
          printed++;
        }
        res += '\n  ' + lines[at - 1];
        printed++;
      }
    };
    for (i = 0; i < maxLines; i++) {
      var cur = i - lastPos;
      if (actualLines.length < i + 1) {
        context(expectedLines, i, cur);
        lastPos = i;
        other += '\n- ' + expectedLines[i];
        printed++;
      } else if (expectedLines.length < i + 1) {
        context(actualLines, i, cur);
        lastPos = i;
        res += '\n+ ' + actualLines[i];
        printed++;
      } else {
        var expectedLine = expectedLines[i];
        var actualLine = actualLines[i];
        var diverging = actualLine !== expectedLine && (!endsWithComma(actualLine) || actualLine.slice(0, -1) !== expectedLine);
        if (diverging && endsWithComma(expectedLine) && expectedLine.slice(0, -1) === actualLine) {
          diverging = false;
          actualLine += ',';
        }
        if (diverging) {
          context(actualLines, i, cur);
          lastPos = i;
          res += '\n+ ' + actualLine;
          other += '\n- ' + expectedLine;
          printed += 2;
        } else {
          res += other;
          other = '';
          if (cur === 1 || i === 0) {
            res += '\n  ' + actualLine;
            printed++;
          }
        }
      }
      if (printed > 20 && i < maxLines - 2) {
        return msg + skippedMsg + '\n' + res + '\n...' + other + '\n...';
      }
    }
    return msg + (skipped ? skippedMsg : '') + '\n' + res + other + end + indicator;
  }

  function copyError(source) {
    var target = Object.create(Object.getPrototypeOf(source));
    Object.keys(source).forEach(function (k) { target[k] = source[k]; });
    Object.defineProperty(target, 'message', { value: source.message });
    return target;
  }

  function generatedMessage(actual, expected, operator) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') return errDiff(actual, expected, operator);
    if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      var base = READABLE[operator];
      var lines = collapse(inspectValue(actual).split('\n'));
      if (operator === 'notStrictEqual' && isObj(actual)) base = READABLE.notStrictEqualObject;
      return lines.length === 1 ? base + ' ' + lines[0] : base + '\n\n' + lines.join('\n') + '\n';
    }
    var res = inspectValue(actual);
    var other = '';
    if (operator === 'notDeepEqual' || operator === 'notEqual') {
      res = READABLE[operator] + '\n\n' + res;
      if (res.length > 1024) res = res.slice(0, 1021) + '...';
    } else {
      other = inspectValue(expected);
      if (res.length > 512) res = res.slice(0, 509) + '...';
      if (other.length > 512) other = other.slice(0, 509) + '...';
      if (operator === 'deepEqual' || operator === 'equal') res = READABLE[operator] + '\n\n' + res + '\n\nshould equal\n\n';
      else other = ' ' + operator + ' ' + other;
    }
    return res + other;
  }

  function AssertionError(options) {
    if (!(this instanceof AssertionError)) throw new TypeError('Cannot call a class as a function');
    if (!isObj(options)) throw codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    var message = options.message;
    var operator = options.operator;
    var actual = options.actual;
    var expected = options.expected;
    var text;
    if (message != null) {
      text = String(message);
    } else {
      if (isObj(actual) && isObj(expected) && 'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      text = generatedMessage(actual, expected, operator);
    }
    var err = new Error(text);
    Object.setPrototypeOf(err, Object.getPrototypeOf(this));
    err.generatedMessage = !message;
    Object.defineProperty(err, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });
    err.code = 'ERR_ASSERTION';
    err.actual = actual;
    err.expected = expected;
    err.operator = operator;
    return err;
  }
  AssertionError.prototype = Object.create(Error.prototype, {
    constructor: { value: AssertionError, writable: true, configurable: true }
  });
  Object.setPrototypeOf(AssertionError, Error);
  Object.defineProperty(AssertionError.prototype, 'toString', {
    value: function toString() { return this.name + ' [' + this.code + ']: ' + this.message; },
    writable: true, configurable: true
  });

  return { AssertionError: AssertionError, codes: codes, inspect: inspect };
})
