/*
 * courier: the BDD assertions of the chai-compatible library (see chai.js).
 *
 * Each assertion reproduces chai 4.4.1's logic and failure messages; the
 * message templates use #{this} (the target), #{exp} and #{act}, which are
 * rendered with objDisplay. Written for courier; no third-party code is
 * included.
 *
 * Defines one global: __courierChaiAssertions(chai, util), a plugin that
 * __courierChai() installs.
 */
function __courierChaiAssertions(chai, _) {
  'use strict';

  var Assertion = chai.Assertion;
  var AssertionError = chai.AssertionError;
  var getFlag = __courierChaiFlags.get;
  var setFlag = __courierChaiFlags.set;

  function prefixOf(assertion) {
    var msg = getFlag(assertion, 'message');
    return msg ? msg + ': ' : '';
  }

  function fail(assertion, text) {
    throw new AssertionError(prefixOf(assertion) + text, undefined);
  }

  /** A nested assertion on `value` that keeps the custom message of `assertion`. */
  function inner(assertion, value) {
    return new Assertion(value, getFlag(assertion, 'message'), getFlag(assertion, 'ssfi'), true);
  }

  function typeOf(value) {
    return _.type(value).toLowerCase();
  }

  function article(word) {
    return 'aeiou'.indexOf(word.charAt(0)) !== -1 ? 'an ' : 'a ';
  }

  function setMessage(assertion, msg) {
    if (msg) setFlag(assertion, 'message', msg);
  }

  // ------------------------------------------------------- chains and flags

  ['to', 'be', 'been', 'is', 'and', 'has', 'have', 'with', 'that', 'which', 'at', 'of',
    'same', 'but', 'does', 'still', 'also'].forEach(function (chain) {
    Assertion.addProperty(chain);
  });

  function flagSetter(name, others) {
    return function () {
      setFlag(this, name, true);
      (others || []).forEach(function (other) { setFlag(this, other, false); }, this);
    };
  }

  Assertion.addProperty('not', function () { setFlag(this, 'negate', true); });
  Assertion.addProperty('deep', flagSetter('deep'));
  Assertion.addProperty('nested', flagSetter('nested'));
  Assertion.addProperty('own', flagSetter('own'));
  Assertion.addProperty('ordered', flagSetter('ordered'));
  Assertion.addProperty('any', flagSetter('any', ['all']));
  Assertion.addProperty('all', flagSetter('all', ['any']));

  // ------------------------------------------------------------------ a / an

  function assertType(typeName, msg) {
    setMessage(this, msg);
    typeName = typeName.toLowerCase();
    var target = getFlag(this, 'object');
    var art = article(typeName);
    this.assert(typeName === typeOf(target),
      'expected #{this} to be ' + art + typeName,
      'expected #{this} not to be ' + art + typeName);
  }
  Assertion.addChainableMethod('an', assertType);
  Assertion.addChainableMethod('a', assertType);

  // ----------------------------------------------------------------- include

  function sameValueZero(a, b) {
    return (_.isNaN(a) && _.isNaN(b)) || a === b;
  }

  function markContains() {
    setFlag(this, 'contains', true);
  }

  function includeSubset(assertion, target, val) {
    var negate = getFlag(assertion, 'negate');
    var props = Object.keys(val);
    var firstError = null;
    var failures = 0;
    props.forEach(function (prop) {
      var check = new Assertion(target);
      _.transferFlags(assertion, check, true);
      setFlag(check, 'lockSsfi', true);
      if (!negate || props.length === 1) {
        check.property(prop, val[prop]);
        return;
      }
      try {
        check.property(prop, val[prop]);
      } catch (err) {
        if (!_.checkError.compatibleConstructor(err, AssertionError)) throw err;
        if (firstError === null) firstError = err;
        failures++;
      }
    });
    // A negated multi-property include fails only when every property matched.
    if (negate && props.length > 1 && failures === props.length) throw firstError;
  }

  function include(val, msg) {
    setMessage(this, msg);
    var target = getFlag(this, 'object');
    var targetType = typeOf(target);
    var deep = getFlag(this, 'deep');
    var matches = deep ? getFlag(this, 'eql') : sameValueZero;
    var included = false;

    switch (targetType) {
      case 'string':
        included = target.indexOf(val) !== -1;
        break;
      case 'weakset':
        if (deep) fail(this, 'unable to use .deep.include with WeakSet');
        included = target.has(val);
        break;
      case 'map':
        target.forEach(function (item) { included = included || matches(item, val); });
        break;
      case 'set':
        if (deep) target.forEach(function (item) { included = included || matches(item, val); });
        else included = target.has(val);
        break;
      case 'array':
        included = deep ? target.some(function (item) { return matches(item, val); })
          : target.indexOf(val) !== -1;
        break;
      default:
        if (val !== Object(val)) {
          var valType = typeOf(val);
          fail(this, 'the given combination of arguments (' + targetType + ' and ' + valType + ')' +
            ' is invalid for this assertion. You can use an array, a map, an object, a set, a string, ' +
            'or a weakset instead of a ' + valType);
        }
        includeSubset(this, target, val);
        return;
    }
    var descriptor = deep ? 'deep ' : '';
    this.assert(included,
      'expected #{this} to ' + descriptor + 'include ' + _.inspect(val),
      'expected #{this} to not ' + descriptor + 'include ' + _.inspect(val));
  }
  ['include', 'contain', 'contains', 'includes'].forEach(function (name) {
    Assertion.addChainableMethod(name, include, markContains);
  });

  // ------------------------------------------------------ simple predicates

  Assertion.addProperty('ok', function () {
    this.assert(getFlag(this, 'object'), 'expected #{this} to be truthy', 'expected #{this} to be falsy');
  });
  Assertion.addProperty('true', function () {
    this.assert(getFlag(this, 'object') === true, 'expected #{this} to be true', 'expected #{this} to be false',
      !getFlag(this, 'negate'));
  });
  Assertion.addProperty('false', function () {
    this.assert(getFlag(this, 'object') === false, 'expected #{this} to be false', 'expected #{this} to be true',
      !!getFlag(this, 'negate'));
  });
  Assertion.addProperty('null', function () {
    this.assert(getFlag(this, 'object') === null, 'expected #{this} to be null', 'expected #{this} not to be null');
  });
  Assertion.addProperty('undefined', function () {
    this.assert(getFlag(this, 'object') === undefined, 'expected #{this} to be undefined',
      'expected #{this} not to be undefined');
  });
  Assertion.addProperty('NaN', function () {
    this.assert(_.isNaN(getFlag(this, 'object')), 'expected #{this} to be NaN', 'expected #{this} not to be NaN');
  });

  function assertExist() {
    var v = getFlag(this, 'object');
    this.assert(v !== null && v !== undefined, 'expected #{this} to exist', 'expected #{this} to not exist');
  }
  Assertion.addProperty('exist', assertExist);
  Assertion.addProperty('exists', assertExist);

  Assertion.addProperty('empty', function () {
    var v = getFlag(this, 'object');
    var count;
    switch (typeOf(v)) {
      case 'array':
      case 'string':
        count = v.length;
        break;
      case 'map':
      case 'set':
        count = v.size;
        break;
      case 'weakmap':
      case 'weakset':
        fail(this, '.empty was passed a weak collection');
        break;
      case 'function':
        throw new AssertionError((prefixOf(this) + '.empty was passed a function ' + _.getName(v)).trim(),
          undefined);
      default:
        if (v !== Object(v)) fail(this, '.empty was passed non-string primitive ' + _.inspect(v));
        count = Object.keys(v).length;
    }
    this.assert(count === 0, 'expected #{this} to be empty', 'expected #{this} not to be empty');
  });

  function assertArguments() {
    var t = _.type(getFlag(this, 'object'));
    this.assert(t === 'Arguments', 'expected #{this} to be arguments but got ' + t,
      'expected #{this} to not be arguments');
  }
  Assertion.addProperty('arguments', assertArguments);
  Assertion.addProperty('Arguments', assertArguments);

  // ---------------------------------------------------------------- equality

  function assertEqual(val, msg) {
    setMessage(this, msg);
    if (getFlag(this, 'deep')) {
      var locked = getFlag(this, 'lockSsfi');
      setFlag(this, 'lockSsfi', true);
      this.eql(val);
      setFlag(this, 'lockSsfi', locked);
      return;
    }
    this.assert(val === getFlag(this, 'object'), 'expected #{this} to equal #{exp}',
      'expected #{this} to not equal #{exp}', val, this._obj, true);
  }
  ['equal', 'equals', 'eq'].forEach(function (name) { Assertion.addMethod(name, assertEqual); });

  function assertEql(val, msg) {
    setMessage(this, msg);
    this.assert(getFlag(this, 'eql')(val, getFlag(this, 'object')), 'expected #{this} to deeply equal #{exp}',
      'expected #{this} to not deeply equal #{exp}', val, this._obj, true);
  }
  Assertion.addMethod('eql', assertEql);
  Assertion.addMethod('eqls', assertEql);

  // --------------------------------------------------- numeric comparisons

  /*
   * above/least/below/most share the argument checks and, with `.length`
   * (doLength), compare the length or size instead of the value.
   */
  function comparison(name, holds, valueMsgs, lengthMsgs) {
    return function (n, msg) {
      setMessage(this, msg);
      var target = getFlag(this, 'object');
      var doLength = getFlag(this, 'doLength');
      var targetType = typeOf(target);
      var nType = typeOf(n);
      var isCollection = targetType === 'map' || targetType === 'set';
      var problem = null;
      if (doLength && !isCollection) inner(this, target).to.have.property('length');
      if (!doLength && targetType === 'date' && nType !== 'date') {
        problem = 'the argument to ' + name + ' must be a date';
      } else if (nType !== 'number' && (doLength || targetType === 'number')) {
        problem = 'the argument to ' + name + ' must be a number';
      } else if (!doLength && targetType !== 'date' && targetType !== 'number') {
        problem = 'expected ' + (targetType === 'string' ? "'" + target + "'" : target) + ' to be a number or a date';
      }
      if (problem !== null) fail(this, problem);

      if (doLength) {
        var descriptor = isCollection ? 'size' : 'length';
        var count = isCollection ? target.size : target.length;
        this.assert(holds(count, n),
          'expected #{this} to have a ' + descriptor + ' ' + lengthMsgs[0] + ' #{exp} but got #{act}',
          'expected #{this} ' + lengthMsgs[1].replace('%', descriptor) + ' #{exp}', n, count);
      } else {
        this.assert(holds(target, n), 'expected #{this} to be ' + valueMsgs[0] + ' #{exp}',
          'expected #{this} to be ' + valueMsgs[1] + ' #{exp}', n);
      }
    };
  }

  var above = comparison('above', function (a, b) { return a > b; },
    ['above', 'at most'], ['above', 'to not have a % above']);
  var least = comparison('least', function (a, b) { return a >= b; },
    ['at least', 'below'], ['at least', 'to have a % below']);
  var below = comparison('below', function (a, b) { return a < b; },
    ['below', 'at least'], ['below', 'to not have a % below']);
  var most = comparison('most', function (a, b) { return a <= b; },
    ['at most', 'above'], ['at most', 'to have a % above']);

  ['above', 'gt', 'greaterThan'].forEach(function (n) { Assertion.addMethod(n, above); });
  ['least', 'gte', 'greaterThanOrEqual'].forEach(function (n) { Assertion.addMethod(n, least); });
  ['below', 'lt', 'lessThan'].forEach(function (n) { Assertion.addMethod(n, below); });
  ['most', 'lte', 'lessThanOrEqual'].forEach(function (n) { Assertion.addMethod(n, most); });

  Assertion.addMethod('within', function (start, finish, msg) {
    setMessage(this, msg);
    var target = getFlag(this, 'object');
    var doLength = getFlag(this, 'doLength');
    var targetType = typeOf(target);
    var startType = typeOf(start);
    var finishType = typeOf(finish);
    var isCollection = targetType === 'map' || targetType === 'set';
    var range = startType === 'date' && finishType === 'date'
      ? start.toISOString() + '..' + finish.toISOString()
      : start + '..' + finish;
    var problem = null;
    if (doLength && !isCollection) inner(this, target).to.have.property('length');
    if (!doLength && targetType === 'date' && (startType !== 'date' || finishType !== 'date')) {
      problem = 'the arguments to within must be dates';
    } else if ((startType !== 'number' || finishType !== 'number') && (doLength || targetType === 'number')) {
      problem = 'the arguments to within must be numbers';
    } else if (!doLength && targetType !== 'date' && targetType !== 'number') {
      problem = 'expected ' + (targetType === 'string' ? "'" + target + "'" : target) + ' to be a number or a date';
    }
    if (problem !== null) fail(this, problem);

    if (doLength) {
      var descriptor = isCollection ? 'size' : 'length';
      var count = isCollection ? target.size : target.length;
      this.assert(count >= start && count <= finish,
        'expected #{this} to have a ' + descriptor + ' within ' + range,
        'expected #{this} to not have a ' + descriptor + ' within ' + range);
    } else {
      this.assert(target >= start && target <= finish, 'expected #{this} to be within ' + range,
        'expected #{this} to not be within ' + range);
    }
  });

  // -------------------------------------------------------------- instanceof

  function assertInstanceOf(ctor, msg) {
    setMessage(this, msg);
    var target = getFlag(this, 'object');
    var isInstance;
    try {
      isInstance = target instanceof ctor;
    } catch (err) {
      if (err instanceof TypeError) {
        fail(this, 'The instanceof assertion needs a constructor but ' + _.type(ctor) + ' was given.');
      }
      throw err;
    }
    var name = _.getName(ctor);
    if (name === null) name = 'an unnamed constructor';
    this.assert(isInstance, 'expected #{this} to be an instance of ' + name,
      'expected #{this} to not be an instance of ' + name);
  }
  Assertion.addMethod('instanceof', assertInstanceOf);
  Assertion.addMethod('instanceOf', assertInstanceOf);

  // ---------------------------------------------------------------- property

  function assertProperty(name, val, msg) {
    setMessage(this, msg);
    var nested = getFlag(this, 'nested');
    var own = getFlag(this, 'own');
    var target = getFlag(this, 'object');
    var nameType = typeof name;
    if (nested) {
      if (nameType !== 'string') fail(this, 'the argument to property must be a string when using nested syntax');
    } else if (nameType !== 'string' && nameType !== 'number' && nameType !== 'symbol') {
      fail(this, 'the argument to property must be a string, number, or symbol');
    }
    if (nested && own) fail(this, 'The "nested" and "own" flags cannot be combined.');
    if (target === null || target === undefined) fail(this, 'Target cannot be null or undefined.');

    var deep = getFlag(this, 'deep');
    var negate = getFlag(this, 'negate');
    var pathInfo = nested ? _.getPathInfo(target, name) : null;
    var value = nested ? pathInfo.value : target[name];
    var same = deep ? getFlag(this, 'eql') : function (a, b) { return a === b; };

    var descriptor = (deep ? 'deep ' : '') + (own ? 'own ' : '') + (nested ? 'nested ' : '') + 'property ';
    var has;
    if (own) has = Object.prototype.hasOwnProperty.call(target, name);
    else if (nested) has = pathInfo.exists;
    else has = _.hasProperty(target, name);

    // With both a name and a value, a negated assertion only fails when the
    // value matches too, so the bare existence check is skipped.
    if (!negate || arguments.length === 1) {
      this.assert(has, 'expected #{this} to have ' + descriptor + _.inspect(name),
        'expected #{this} to not have ' + descriptor + _.inspect(name));
    }
    if (arguments.length > 1) {
      this.assert(has && same(val, value),
        'expected #{this} to have ' + descriptor + _.inspect(name) + ' of #{exp}, but got #{act}',
        'expected #{this} to not have ' + descriptor + _.inspect(name) + ' of #{act}',
        val, value);
    }
    setFlag(this, 'object', value);
  }
  Assertion.addMethod('property', assertProperty);

  function assertOwnProperty() {
    setFlag(this, 'own', true);
    assertProperty.apply(this, arguments);
  }
  Assertion.addMethod('ownProperty', assertOwnProperty);
  Assertion.addMethod('haveOwnProperty', assertOwnProperty);

  function assertOwnPropertyDescriptor(name, descriptor, msg) {
    if (typeof descriptor === 'string') {
      msg = descriptor;
      descriptor = null;
    }
    setMessage(this, msg);
    var target = getFlag(this, 'object');
    var actual = Object.getOwnPropertyDescriptor(Object(target), name);
    if (actual && descriptor) {
      this.assert(getFlag(this, 'eql')(descriptor, actual),
        'expected the own property descriptor for ' + _.inspect(name) + ' on #{this} to match ' +
          _.inspect(descriptor) + ', got ' + _.inspect(actual),
        'expected the own property descriptor for ' + _.inspect(name) + ' on #{this} to not match ' +
          _.inspect(descriptor),
        descriptor, actual, true);
    } else {
      this.assert(actual, 'expected #{this} to have an own property descriptor for ' + _.inspect(name),
        'expected #{this} to not have an own property descriptor for ' + _.inspect(name));
    }
    setFlag(this, 'object', actual);
  }
  Assertion.addMethod('ownPropertyDescriptor', assertOwnPropertyDescriptor);
  Assertion.addMethod('haveOwnPropertyDescriptor', assertOwnPropertyDescriptor);

  // ------------------------------------------------------------------ length

  function assertLength(n, msg) {
    setMessage(this, msg);
    var target = getFlag(this, 'object');
    var descriptor = 'length';
    var count;
    var t = typeOf(target);
    if (t === 'map' || t === 'set') {
      descriptor = 'size';
      count = target.size;
    } else {
      inner(this, target).to.have.property('length');
      count = target.length;
    }
    this.assert(count == n, // eslint-disable-line eqeqeq
      'expected #{this} to have a ' + descriptor + ' of #{exp} but got #{act}',
      'expected #{this} to not have a ' + descriptor + ' of #{act}', n, count);
  }
  function markLength() {
    setFlag(this, 'doLength', true);
  }
  Assertion.addChainableMethod('length', assertLength, markLength);
  Assertion.addChainableMethod('lengthOf', assertLength, markLength);

  // ------------------------------------------------------------ match/string

  function assertMatch(re, msg) {
    setMessage(this, msg);
    this.assert(re.exec(getFlag(this, 'object')), 'expected #{this} to match ' + re,
      'expected #{this} not to match ' + re);
  }
  Assertion.addMethod('match', assertMatch);
  Assertion.addMethod('matches', assertMatch);

  Assertion.addMethod('string', function (str, msg) {
    setMessage(this, msg);
    var target = getFlag(this, 'object');
    inner(this, target).is.a('string');
    this.assert(~target.indexOf(str), 'expected #{this} to contain ' + _.inspect(str),
      'expected #{this} to not contain ' + _.inspect(str));
  });

  // -------------------------------------------------------------------- keys

  function assertKeys(keys) {
    var target = getFlag(this, 'object');
    var targetType = _.type(target);
    var keysType = _.type(keys);
    var deep = getFlag(this, 'deep');
    var deepStr = '';
    var actual;
    var mixedArgs = 'when testing keys against an object or an array you must give a single ' +
      'Array|Object|String argument or multiple String arguments';

    if (targetType === 'Map' || targetType === 'Set') {
      deepStr = deep ? 'deeply ' : '';
      actual = [];
      target.forEach(function (v, k) { actual.push(k); });
      if (keysType !== 'Array') keys = Array.prototype.slice.call(arguments);
    } else {
      actual = _.getOwnEnumerableProperties(target);
      if (keysType === 'Array') {
        if (arguments.length > 1) fail(this, mixedArgs);
      } else if (keysType === 'Object') {
        if (arguments.length > 1) fail(this, mixedArgs);
        keys = Object.keys(keys);
      } else {
        keys = Array.prototype.slice.call(arguments);
      }
      keys = keys.map(function (k) { return typeof k === 'symbol' ? k : String(k); });
    }
    if (!keys.length) fail(this, 'keys required');

    var count = keys.length;
    var any = getFlag(this, 'any');
    var all = getFlag(this, 'all');
    var expected = keys;
    var same = deep ? getFlag(this, 'eql') : function (a, b) { return a === b; };
    var ok = true;
    if (!any && !all) all = true;

    function present(wanted) {
      return actual.some(function (have) { return same(wanted, have); });
    }
    if (any) ok = expected.some(present);
    if (all) {
      ok = expected.every(present);
      if (!getFlag(this, 'contains')) ok = ok && keys.length == actual.length; // eslint-disable-line eqeqeq
    }

    var str;
    if (count > 1) {
      var shown = keys.map(function (k) { return _.inspect(k); });
      var last = shown.pop();
      if (all) str = shown.join(', ') + ', and ' + last;
      if (any) str = shown.join(', ') + ', or ' + last;
    } else {
      str = _.inspect(keys[0]);
    }
    str = (count > 1 ? 'keys ' : 'key ') + str;
    str = (getFlag(this, 'contains') ? 'contain ' : 'have ') + str;

    this.assert(ok, 'expected #{this} to ' + deepStr + str, 'expected #{this} to not ' + deepStr + str,
      expected.slice(0).sort(_.compareByInspect), actual.sort(_.compareByInspect), true);
  }
  Assertion.addMethod('keys', assertKeys);
  Assertion.addMethod('key', assertKeys);

  // ------------------------------------------------------------------- throw

  // How a thrown value (or an expected error) appears in `.throw` messages.
  function describeThrown(err) {
    if (err instanceof Error) return err.toString();
    return err && _.checkError.getConstructorName(err);
  }

  function assertThrows(errorLike, errMsgMatcher, msg) {
    setMessage(this, msg);
    var fn = getFlag(this, 'object');
    var negate = getFlag(this, 'negate') || false;
    var check = _.checkError;
    inner(this, fn).is.a('function');

    if (errorLike instanceof RegExp || typeof errorLike === 'string') {
      errMsgMatcher = errorLike;
      errorLike = null;
    }

    var caught;
    try {
      fn();
    } catch (err) {
      caught = err;
    }

    var noArgs = errorLike === undefined && errMsgMatcher === undefined;
    var bothArgs = Boolean(errorLike && errMsgMatcher);
    var errorLikeFailed = false;
    var messageFailed = false;

    if (noArgs || !negate) {
      var what = 'an error';
      if (errorLike instanceof Error) what = '#{exp}';
      else if (errorLike) what = check.getConstructorName(errorLike);
      this.assert(caught, 'expected #{this} to throw ' + what,
        'expected #{this} to not throw an error but #{act} was thrown',
        errorLike && errorLike.toString(), describeThrown(caught));
    }

    if (errorLike && caught) {
      if (errorLike instanceof Error) {
        var sameInstance = check.compatibleInstance(caught, errorLike);
        if (sameInstance === negate) {
          if (bothArgs && negate) {
            errorLikeFailed = true;
          } else {
            this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
              'expected #{this} to not throw #{exp}' + (caught && !negate ? ' but #{act} was thrown' : ''),
              errorLike.toString(), caught.toString());
          }
        }
      }
      var sameConstructor = check.compatibleConstructor(caught, errorLike);
      if (sameConstructor === negate) {
        if (bothArgs && negate) {
          errorLikeFailed = true;
        } else {
          this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
            'expected #{this} to not throw #{exp}' + (caught ? ' but #{act} was thrown' : ''),
            describeThrown(errorLike), describeThrown(caught));
        }
      }
    }

    if (caught && errMsgMatcher !== undefined && errMsgMatcher !== null) {
      var placeholder = errMsgMatcher instanceof RegExp ? 'matching' : 'including';
      var messageOk = check.compatibleMessage(caught, errMsgMatcher);
      if (messageOk === negate) {
        if (bothArgs && negate) {
          messageFailed = true;
        } else {
          this.assert(negate, 'expected #{this} to throw error ' + placeholder + ' #{exp} but got #{act}',
            'expected #{this} to throw error not ' + placeholder + ' #{exp}',
            errMsgMatcher, check.getMessage(caught));
        }
      }
    }

    if (errorLikeFailed && messageFailed) {
      this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
        'expected #{this} to not throw #{exp}' + (caught ? ' but #{act} was thrown' : ''),
        describeThrown(errorLike), describeThrown(caught));
    }
    setFlag(this, 'object', caught);
  }

  ['throw', 'throws', 'Throw'].forEach(function (name) { Assertion.addMethod(name, assertThrows); });

  // --------------------------------------------------------------- respondTo

  function respondTo(method, msg) {
    setMessage(this, msg);
    var target = getFlag(this, 'object');
    var itself = getFlag(this, 'itself');
    var member = typeof target === 'function' && !itself ? target.prototype[method] : target[method];
    this.assert(typeof member === 'function', 'expected #{this} to respond to ' + _.inspect(method),
      'expected #{this} to not respond to ' + _.inspect(method));
  }
  Assertion.addMethod('respondTo', respondTo);
  Assertion.addMethod('respondsTo', respondTo);
  Assertion.addProperty('itself', function () { setFlag(this, 'itself', true); });

  // ----------------------------------------------------------------- satisfy

  function satisfy(matcher, msg) {
    setMessage(this, msg);
    var result = matcher(getFlag(this, 'object'));
    // chai's negated message lacks the space before the matcher.
    this.assert(result, 'expected #{this} to satisfy ' + _.objDisplay(matcher),
      'expected #{this} to not satisfy' + _.objDisplay(matcher), !getFlag(this, 'negate'), result);
  }
  Assertion.addMethod('satisfy', satisfy);
  Assertion.addMethod('satisfies', satisfy);

  // ----------------------------------------------------------------- closeTo

  function closeTo(expected, delta, msg) {
    setMessage(this, msg);
    var target = getFlag(this, 'object');
    inner(this, target).is.a('number');
    if (typeof expected !== 'number' || typeof delta !== 'number') {
      fail(this, 'the arguments to closeTo or approximately must be numbers' +
        (delta === undefined ? ', and a delta is required' : ''));
    }
    this.assert(Math.abs(target - expected) <= delta,
      'expected #{this} to be close to ' + expected + ' +/- ' + delta,
      'expected #{this} not to be close to ' + expected + ' +/- ' + delta);
  }
  Assertion.addMethod('closeTo', closeTo);
  Assertion.addMethod('approximately', closeTo);

  // ----------------------------------------------------------------- members

  // Duplicates count once when testing inclusion, but must pair up for sameness.
  function isSubsetOf(subset, superset, cmp, contains, ordered) {
    if (!contains) {
      if (subset.length !== superset.length) return false;
      superset = superset.slice();
    }
    return subset.every(function (elem, idx) {
      if (ordered) return cmp ? cmp(elem, superset[idx]) : elem === superset[idx];
      if (!cmp) {
        var at = superset.indexOf(elem);
        if (at === -1) return false;
        if (!contains) superset.splice(at, 1);
        return true;
      }
      return superset.some(function (other, at) {
        if (!cmp(elem, other)) return false;
        if (!contains) superset.splice(at, 1);
        return true;
      });
    });
  }

  Assertion.addMethod('members', function (subset, msg) {
    setMessage(this, msg);
    var target = getFlag(this, 'object');
    inner(this, target).to.be.an('array');
    inner(this, subset).to.be.an('array');
    var contains = getFlag(this, 'contains');
    var ordered = getFlag(this, 'ordered');
    var failMsg, negMsg, subject;
    if (contains) {
      subject = ordered ? 'an ordered superset' : 'a superset';
      failMsg = 'expected #{this} to be ' + subject + ' of #{exp}';
      negMsg = 'expected #{this} to not be ' + subject + ' of #{exp}';
    } else {
      subject = ordered ? 'ordered members' : 'members';
      failMsg = 'expected #{this} to have the same ' + subject + ' as #{exp}';
      negMsg = 'expected #{this} to not have the same ' + subject + ' as #{exp}';
    }
    var cmp = getFlag(this, 'deep') ? getFlag(this, 'eql') : undefined;
    this.assert(isSubsetOf(subset, target, cmp, contains, ordered), failMsg, negMsg, subset, target, true);
  });

  // ------------------------------------------------------------------- oneOf

  Assertion.addMethod('oneOf', function (list, msg) {
    setMessage(this, msg);
    var target = getFlag(this, 'object');
    var eql = getFlag(this, 'eql');
    inner(this, list).to.be.an('array');
    if (getFlag(this, 'contains')) {
      this.assert(list.some(function (p) { return target.indexOf(p) > -1; }),
        'expected #{this} to contain one of #{exp}', 'expected #{this} to not contain one of #{exp}',
        list, target);
    } else if (getFlag(this, 'deep')) {
      this.assert(list.some(function (p) { return eql(target, p); }),
        'expected #{this} to deeply equal one of #{exp}', 'expected #{this} to deeply equal one of #{exp}',
        list, target);
    } else {
      this.assert(list.indexOf(target) > -1, 'expected #{this} to be one of #{exp}',
        'expected #{this} to not be one of #{exp}', list, target);
    }
  });

  // ---------------------------------------------- change/increase/decrease

  function deltaAssertion(behavior, needsNumber, measure, holds) {
    return function (subject, prop, msg) {
      setMessage(this, msg);
      var fn = getFlag(this, 'object');
      inner(this, fn).is.a('function');
      var initial;
      if (!prop) {
        inner(this, subject).is.a('function');
        initial = subject();
      } else {
        inner(this, subject).to.have.property(prop);
        initial = subject[prop];
      }
      if (needsNumber) inner(this, initial).is.a('number');
      fn();
      var noProp = prop === undefined || prop === null;
      var final = noProp ? subject() : subject[prop];
      var msgObj = noProp ? initial : '.' + prop;
      setFlag(this, 'deltaMsgObj', msgObj);
      setFlag(this, 'initialDeltaValue', initial);
      setFlag(this, 'finalDeltaValue', final);
      setFlag(this, 'deltaBehavior', behavior);
      setFlag(this, 'realDelta', measure(initial, final));
      this.assert(holds(initial, final), 'expected ' + msgObj + ' to ' + behavior,
        'expected ' + msgObj + ' to not ' + behavior);
    };
  }

  var change = deltaAssertion('change', false,
    function (a, b) { return b !== a; }, function (a, b) { return a !== b; });
  var increase = deltaAssertion('increase', true,
    function (a, b) { return b - a; }, function (a, b) { return b - a > 0; });
  var decrease = deltaAssertion('decrease', true,
    function (a, b) { return a - b; }, function (a, b) { return b - a < 0; });
  Assertion.addMethod('change', change);
  Assertion.addMethod('changes', change);
  Assertion.addMethod('increase', increase);
  Assertion.addMethod('increases', increase);
  Assertion.addMethod('decrease', decrease);
  Assertion.addMethod('decreases', decrease);

  Assertion.addMethod('by', function (delta, msg) {
    setMessage(this, msg);
    var msgObj = getFlag(this, 'deltaMsgObj');
    var behavior = getFlag(this, 'deltaBehavior');
    var ok = behavior === 'change'
      ? Math.abs(getFlag(this, 'finalDeltaValue') - getFlag(this, 'initialDeltaValue')) === Math.abs(delta)
      : getFlag(this, 'realDelta') === Math.abs(delta);
    this.assert(ok, 'expected ' + msgObj + ' to ' + behavior + ' by ' + delta,
      'expected ' + msgObj + ' to not ' + behavior + ' by ' + delta);
  });

  // ------------------------------------------------ object integrity, finite

  Assertion.addProperty('extensible', function () {
    var v = getFlag(this, 'object');
    this.assert(v === Object(v) && Object.isExtensible(v), 'expected #{this} to be extensible',
      'expected #{this} to not be extensible');
  });
  Assertion.addProperty('sealed', function () {
    var v = getFlag(this, 'object');
    this.assert(v === Object(v) ? Object.isSealed(v) : true, 'expected #{this} to be sealed',
      'expected #{this} to not be sealed');
  });
  Assertion.addProperty('frozen', function () {
    var v = getFlag(this, 'object');
    this.assert(v === Object(v) ? Object.isFrozen(v) : true, 'expected #{this} to be frozen',
      'expected #{this} to not be frozen');
  });
  Assertion.addProperty('finite', function () {
    var v = getFlag(this, 'object');
    this.assert(typeof v === 'number' && isFinite(v), 'expected #{this} to be a finite number',
      'expected #{this} to not be a finite number');
  });
}
