/*
 * courier: Postman response/request assertions for the chai-compatible library.
 *
 * Adds what chai-postman 2.0.1 adds in postman-sandbox 4.7.1
 * (`pm.response.to.have.status(200)`, `.header(...)`, `.jsonBody(...)`,
 * `.be.ok`, `.be.notFound`, ...), with the same failure messages. Written for
 * courier from the documented behaviour; no third-party code is included.
 *
 * Defines one global: __courierChaiPostman(chai), where `chai` is the object
 * returned by __courierChai(). It returns `chai`.
 *
 * The objects it recognises:
 * - a response: `obj.__isPostmanResponse` is truthy; uses `code` (number),
 *   `reason()` (or `status`) for the reason phrase, `details().code` (or
 *   `code`), `headers.has(name)` and `headers.one(name).value` (or
 *   `headers.get(name)`), `text()`, `json()` (should throw an error named
 *   'JSONError' whose first message line describes the parse error),
 *   `responseTime`, and `size()` -> {body, header} as postman-collection
 *   computes it (else `responseSize` is taken as the total);
 * - a request: `obj.__isPostmanRequest` is truthy; uses `headers` as above.
 * `jsonSchema` calls the global __courierValidateSchema(schema, data, options),
 * which returns {valid: boolean, errors: [{message, dataPath | instancePath}]}
 * with Ajv 6 style messages ('should be string', ...), and may throw for an
 * invalid schema.
 */
function __courierChaiPostman(chai) {
  'use strict';

  var Assertion = chai.Assertion;
  var getFlag = __courierChaiFlags.get;
  var setFlag = __courierChaiFlags.set;

  function isResponse(obj) { return Boolean(obj && obj.__isPostmanResponse); }
  function isRequest(obj) { return Boolean(obj && obj.__isPostmanRequest); }
  function kindOf(obj) {
    return isRequest(obj) ? 'request' : isResponse(obj) ? 'response' : undefined;
  }

  function reasonOf(res) {
    return typeof res.reason === 'function' ? res.reason() : res.status;
  }
  function detailCode(res) {
    return typeof res.details === 'function' ? res.details().code : res.code;
  }
  function headerValue(obj, key) {
    var headers = obj.headers;
    if (typeof headers.one === 'function') return headers.one(key).value;
    if (!headers.has(key)) {
      // What the sandbox reports (from V8) when a negated check reaches a missing header.
      throw new TypeError("Cannot read properties of undefined (reading 'value')");
    }
    return headers.get(key);
  }
  function sizeOf(res) {
    if (typeof res.size === 'function') return res.size();
    return { body: res.responseSize, header: 0 }; // responseSize taken as the total
  }

  // ------------------------------------------------- small lodash equivalents

  var objectSource = Function.prototype.toString.call(Object);

  function isPlainObject(v) {
    if (v === null || typeof v !== 'object' || Object.prototype.toString.call(v) !== '[object Object]') return false;
    var proto = Object.getPrototypeOf(v);
    if (proto === null) return true;
    var ctor = Object.prototype.hasOwnProperty.call(proto, 'constructor') && proto.constructor;
    return typeof ctor === 'function' && ctor instanceof ctor && Function.prototype.toString.call(ctor) === objectSource;
  }

  function isNumber(v) {
    return typeof v === 'number' || Object.prototype.toString.call(v) === '[object Number]';
  }

  /** Deep equality like lodash's isEqual, for JSON-like data and common built-ins. */
  function isEqual(a, b, stack) {
    if (a === b || (a !== a && b !== b)) return true; // eslint-disable-line no-self-compare
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
    var tag = Object.prototype.toString.call(a);
    if (tag !== Object.prototype.toString.call(b)) return false;
    switch (tag) {
      case '[object Number]':
      case '[object String]':
      case '[object Boolean]':
      case '[object Date]':
        return isEqual(a.valueOf(), b.valueOf());
      case '[object RegExp]':
        return String(a) === String(b);
      default:
        break;
    }
    stack = stack || [];
    for (var s = 0; s < stack.length; s++) {
      if (stack[s][0] === a) return stack[s][1] === b;
    }
    stack.push([a, b]);
    var result;
    if (Array.isArray(a)) {
      result = a.length === b.length && a.every(function (item, i) { return isEqual(item, b[i], stack); });
    } else {
      var keysA = Object.keys(a);
      var keysB = Object.keys(b);
      result = keysA.length === keysB.length && keysA.every(function (k) {
        return Object.prototype.hasOwnProperty.call(b, k) && isEqual(a[k], b[k], stack);
      });
      if (result && a.constructor !== b.constructor && 'constructor' in a && 'constructor' in b &&
          !(typeof a.constructor === 'function' && a.constructor instanceof a.constructor &&
            typeof b.constructor === 'function' && b.constructor instanceof b.constructor)) {
        result = false;
      }
    }
    stack.pop();
    return result;
  }

  // Paths as lodash reads them: 'a.b[0].c', 'a["key.with.dots"]', 'a[-1]'.
  var deepPathPattern = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
  var plainPathPattern = /^\w*$/;
  var pathPartPattern = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;

  function toPath(path, obj) {
    if (Array.isArray(path)) return path.map(String);
    var type = typeof path;
    if (type === 'number' || type === 'symbol' || type === 'boolean' || path === null ||
        plainPathPattern.test(path) || !deepPathPattern.test(path) ||
        (obj !== null && obj !== undefined && path in Object(obj))) {
      return [String(path)];
    }
    var parts = [];
    var text = String(path);
    if (text.charCodeAt(0) === 46) parts.push(''); // leading '.'
    text.replace(pathPartPattern, function (match, number, quote, quoted) {
      parts.push(quote ? quoted.replace(/\\(\\)?/g, '$1') : (number || match));
    });
    return parts;
  }

  function isIndex(key, length) {
    return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < length;
  }

  function hasPath(obj, path) {
    var parts = toPath(path, obj);
    var ok = false;
    var i = 0;
    for (; i < parts.length; i++) {
      ok = obj !== null && obj !== undefined && Object.prototype.hasOwnProperty.call(obj, parts[i]);
      if (!ok) break;
      obj = obj[parts[i]];
    }
    // Like lodash: a missing last step may still be an index of an array.
    if (ok || i + 1 !== parts.length) return ok;
    var length = obj === null || obj === undefined ? 0 : obj.length;
    return Boolean(length) && isIndex(parts[i], length) && Array.isArray(obj);
  }

  function getPath(obj, path) {
    var parts = toPath(path, obj);
    var i = 0;
    while (obj !== null && obj !== undefined && i < parts.length) obj = obj[parts[i++]];
    return i && i === parts.length ? obj : undefined;
  }

  function parseErrorText(e) {
    if (e && e.name === 'JSONError' && e.message) return e.message.replace(/(.*?)\n.*/g, '$1');
    return (e && e.name) + ': ' + (e && e.message);
  }

  // ------------------------------------------------------------- assertions

  function expectResponse(obj) { new Assertion(obj).to.be.postmanResponse; } // eslint-disable-line no-new
  function expectNumericCode(obj) {
    new Assertion(obj).to.have.property('code'); // eslint-disable-line no-new
    new Assertion(obj.code).to.be.a('number'); // eslint-disable-line no-new
  }

  Assertion.addProperty('postmanRequest', function () {
    this.assert(isRequest(this._obj), 'expecting a postman request object but got #{this}',
      'not expecting a postman request object');
  });
  Assertion.addProperty('postmanResponse', function () {
    this.assert(isResponse(this._obj), 'expecting a postman response object but got #{this}',
      'not expecting a postman response object');
  });
  Assertion.addProperty('postmanRequestOrResponse', function () {
    this.assert(isResponse(this._obj) || isRequest(this._obj),
      'expecting a postman request or response object but got #{this}',
      'not expecting a postman request or response object');
  });

  function assertStatusClass(assertion, classCode) {
    var res = assertion._obj;
    expectResponse(res);
    expectNumericCode(res);
    assertion.assert(Math.floor(res.code / 100) === classCode,
      'expected response code to be #{exp}XX but found #{act}', 'expected response code to not be #{exp}XX',
      classCode, res.code);
  }

  Assertion.addMethod('statusCodeClass', function (classCode) {
    assertStatusClass(this, classCode);
  });

  var statusClasses = { info: 1, success: 2, redirection: 3, clientError: 4, serverError: 5 };
  Object.keys(statusClasses).forEach(function (name) {
    Assertion.addProperty(name, function () {
      assertStatusClass(this, statusClasses[name]);
    });
  });

  Assertion.addProperty('error', function () {
    var res = this._obj;
    expectResponse(res);
    expectNumericCode(res);
    var cls = Math.floor(res.code / 100);
    this.assert(cls === 4 || cls === 5, 'expected response code to be 4XX or 5XX but found #{act}',
      'expected response code to not be 4XX or 5XX', null, res.code);
  });

  Assertion.addMethod('statusCode', function (code) {
    var res = this._obj;
    expectResponse(res);
    expectNumericCode(res);
    this.assert(res.code === Number(code), 'expected response to have status code #{exp} but got #{act}',
      'expected response to not have status code #{act}', Number(code), res.code);
  });

  Assertion.addMethod('statusReason', function (reason) {
    var res = this._obj;
    expectResponse(res);
    reason = String(reason);
    var actual = reasonOf(res);
    this.assert(actual === reason, 'expected response to have status reason #{exp} but got #{act}',
      'expected response to not have status reason #{act}', reason, actual);
  });

  function assertNamedStatus(assertion, reasonName, statusCode) {
    var res = assertion._obj;
    var wanted = reasonName.toUpperCase();
    var actualReason = String(reasonOf(res)).toUpperCase();
    var actualCode = Number(detailCode(res));
    assertion.assert(actualReason === wanted, 'expected response to have status reason #{exp} but got #{act}',
      'expected response to not have status reason #{act}', wanted, actualReason);
    assertion.assert(actualCode === statusCode, 'expected response to have status code #{exp} but got #{act}',
      'expected response to not have status code #{act}', statusCode, actualCode);
  }

  // chai-postman's table, including its 'Acceptable' reason for notAcceptable.
  var namedStatuses = {
    accepted: [202, 'Accepted'],
    withoutContent: [204, 'No Content'],
    badRequest: [400, 'Bad Request'],
    unauthorised: [401, 'Unauthorised'],
    unauthorized: [401, 'Unauthorized'],
    forbidden: [403, 'Forbidden'],
    notFound: [404, 'Not Found'],
    notAcceptable: [406, 'Acceptable'],
    rateLimited: [429, 'Too Many Requests']
  };
  Object.keys(namedStatuses).forEach(function (name) {
    Assertion.addProperty(name, function () {
      expectResponse(this._obj);
      assertNamedStatus(this, namedStatuses[name][1], namedStatuses[name][0]);
    });
  });

  // `ok` means "200 OK" for responses and truthiness for anything else.
  Assertion.addProperty('ok', function () {
    if (!isResponse(this._obj)) {
      this.assert(getFlag(this, 'object'), 'expected #{this} to be truthy', 'expected #{this} to be falsy');
      return;
    }
    assertNamedStatus(this, 'OK', 200);
  });

  Assertion.addMethod('status', function (codeOrReason) {
    var res = this._obj;
    expectResponse(res);
    if (isNumber(codeOrReason)) {
      expectNumericCode(res);
      this.assert(res.code === Number(codeOrReason), 'expected response to have status code #{exp} but got #{act}',
        'expected response to not have status code #{act}', Number(codeOrReason), res.code);
    } else {
      var actual = reasonOf(res);
      this.assert(actual === codeOrReason, 'expected response to have status reason #{exp} but got #{act}',
        'expected response to not have status reason #{act}', codeOrReason, actual);
    }
  });

  Assertion.addMethod('header', function (key, value) {
    var obj = this._obj;
    new Assertion(obj).to.be.postmanRequestOrResponse; // eslint-disable-line no-new
    new Assertion(obj).to.have.property('headers'); // eslint-disable-line no-new
    var kind = kindOf(obj);
    var present = obj.headers.has(key);
    this.assert(present, "expected " + kind + " to have header with key '" + String(key) + "'",
      "expected " + kind + " to not have header with key '" + String(key) + "'", true, present);
    if (arguments.length < 2) return;
    var actual = headerValue(obj, key);
    this.assert(actual === value, "expected '" + String(key) + "' " + kind + ' header to be #{exp} but got #{act}',
      "expected '" + String(key) + "' " + kind + ' header to not be #{act}', value, actual);
  });

  function assertHasBody(assertion, text) {
    assertion.assert(typeof text === 'string' && text.length, 'expected response to have content in body',
      'expected response to not have content in body');
  }

  Assertion.addProperty('withBody', function () {
    var res = this._obj;
    expectResponse(res);
    assertHasBody(this, res.text());
  });

  function expectJsonMethod(res) {
    new Assertion(res).to.have.property('json'); // eslint-disable-line no-new
    new Assertion(res.json).to.be.a('function'); // eslint-disable-line no-new
  }

  Assertion.addProperty('json', function () {
    var res = this._obj;
    expectResponse(res);
    expectJsonMethod(res);
    var problem;
    try {
      res.json();
    } catch (e) {
      problem = parseErrorText(e);
    }
    this.assert(!problem, 'expected response body to be a valid json but got error ' + problem,
      'expected response body not to be a valid json');
  });

  Assertion.addMethod('body', function (content) {
    var res = this._obj;
    expectResponse(res);
    var data;
    if (isPlainObject(content)) {
      expectJsonMethod(res);
      try {
        data = res.json();
      } catch (e) { /* compared as undefined */ }
      this.assert(isEqual(data, content), 'expected response body json to equal #{exp} but got #{act}',
        'expected response body json to not equal #{exp} but got #{act}', content, data);
      return;
    }
    data = res.text();
    if (arguments.length === 0) {
      assertHasBody(this, data);
      return;
    }
    if (content instanceof RegExp) {
      this.assert(content.exec(data) !== null, 'expected response body text to match #{exp} but got #{act}',
        'expected response body text #{act} to not match #{exp}', content, data);
      return;
    }
    this.assert(isEqual(data, content), 'expected response body to equal #{exp} but got #{act}',
      'expected response body to not equal #{exp}', content, data);
  });

  Assertion.addMethod('jsonBody', function (path, value) {
    var res = this._obj;
    expectResponse(res);
    expectJsonMethod(res);
    var body, problem;
    try {
      body = res.json();
    } catch (e) {
      problem = parseErrorText(e);
    }
    if (arguments.length === 0) {
      this.assert(!problem, 'expected response body to be a valid json but got error ' + problem,
        'expected response body not to be a valid json');
      return;
    }
    if (typeof path !== 'string') return;
    this.assert(hasPath(body, path), 'expected #{act} in response to contain property #{exp}',
      'expected #{act} in response to not contain property #{exp}', path, body);
    if (arguments.length > 1) {
      var found = getPath(body, path);
      this.assert(isEqual(found, value),
        'expected response body json at "' + path + '" to contain #{exp} but got #{act}',
        'expected response body json at "' + path + '" to not contain #{exp} but got #{act}', value, found);
    }
  });

  Assertion.addChainableMethod('responseTime', function (value) {
    var time = getFlag(this, 'number');
    this.assert(isNumber(time), 'expected response to have a valid response time but got #{act}',
      'expected response to not have a valid response time but got #{act}', null, time);
    if (arguments.length) {
      this.assert(isEqual(time, value), 'expected response to have a valid response time but got #{act}',
        'expected response to not have a valid response time but got #{act}', null, time);
    }
  }, function () {
    expectResponse(this._obj);
    new Assertion(this._obj).to.have.property('responseTime'); // eslint-disable-line no-new
    setFlag(this, 'number', this._obj.responseTime);
    this._obj = this._obj.responseTime;
  });

  Assertion.addChainableMethod('responseSize', function (value) {
    var size = getFlag(this, 'number');
    this.assert(isNumber(size), 'expected response to have a valid response size but got #{act}',
      'expected response to not have a valid response size but got #{act}', null, size);
    if (arguments.length) {
      this.assert(isEqual(size, value), 'expected response size to equal #{act} but got #{exp}',
        'expected response size to not equal #{act} but got #{exp}', value, size);
    }
  }, function () {
    expectResponse(this._obj);
    var size = sizeOf(this._obj);
    var total = (size.header || 0) + (size.body || 0);
    setFlag(this, 'number', total);
    this._obj = total;
  });

  // Ajv 6 style data path ('.a[0]['b-c']') from an error of the validator.
  function dataPathOf(error, data) {
    if (typeof error.dataPath === 'string') return error.dataPath;
    var pointer = error.instancePath;
    if (typeof pointer !== 'string' || pointer === '') return '';
    var out = '';
    var node = data;
    pointer.split('/').slice(1).forEach(function (raw) {
      var key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(node) && /^\d+$/.test(key)) out += '[' + key + ']';
      else if (/^[a-z$_][a-z$_0-9]*$/i.test(key)) out += '.' + key;
      else {
        out += "['" + key.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')
          .replace(/\r/g, '\\r').replace(/\f/g, '\\f').replace(/\t/g, '\\t') + "']";
      }
      node = node !== null && node !== undefined ? node[key] : undefined;
    });
    return out;
  }

  function errorsText(errors, data) {
    if (!errors || !errors.length) return 'No errors';
    return errors.filter(Boolean).map(function (e) {
      return 'data' + dataPathOf(e, data) + ' ' + e.message;
    }).join(', ');
  }

  Assertion.addMethod('jsonSchema', function (schema, options) {
    new Assertion(schema).to.be.an('object'); // eslint-disable-line no-new
    var obj = this._obj;
    options = Object.assign({ allErrors: true, logger: false }, options);
    var data = isResponse(obj) || (isRequest(obj) && typeof obj.json === 'function') ? obj.json() : obj;
    var result = __courierValidateSchema(schema, data, options) || {};
    var errors = result.errors && result.errors.length ? result.errors : null;
    var valid = Boolean(result.valid);
    this.assert(valid && !errors,
      'expected data to satisfy schema but found following errors: \n' + errorsText(errors, data),
      'expected data to not satisfy schema', true, valid);
  });

  return chai;
}
