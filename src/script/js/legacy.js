// courier: the legacy (pre-`pm`) script globals, written for courier.
//
// Builds, for one script, the values of `tests`, `globals`, `environment`,
// `data`, `request`, `iteration`, `postman` and, in test scripts,
// `responseBody`, `responseCode`, `responseHeaders`, `responseTime` and
// `responseCookies`, plus the legacy `atob`/`btoa` and library globals (`_`,
// `CryptoJS`, `tv4`, `xml2Json`, `cheerio`). As in postman-sandbox
// 4.7, object and function globals warn once per script on first use
// ("Using "tests" is deprecated. ...") and `tests[...]` entries become
// assertions after the synchronous part of the script ran.
//
// Defines one global: __courierLegacyModule() -> { NAMES, TEST_NAMES, ALL_NAMES, build, atob, btoa }

function __courierLegacyModule() {
  'use strict';

  // Names in the order they are passed to a compiled script.
  var NAMES = ['tests', 'globals', 'environment', 'data', 'request', 'iteration', 'postman', 'atob', 'btoa',
    '_', 'CryptoJS', 'tv4', 'xml2Json', 'cheerio'];

  // The library globals and the sandbox library each one is (`_` is lodash 3).
  var LIBRARIES = { _: '_lodash3', CryptoJS: 'crypto-js', tv4: 'tv4', xml2Json: '_xml2json', cheerio: 'cheerio' };
  var TEST_NAMES = ['responseBody', 'responseCode', 'responseHeaders', 'responseTime', 'responseCookies'];

  var ALTERNATIVES = {
    tests: 'pm.test()',
    globals: 'pm.globals',
    environment: 'pm.environment',
    data: 'pm.iterationData',
    request: 'pm.request',
    responseCookies: 'pm.cookies',
    responseHeaders: 'pm.response.headers',
    responseTime: 'pm.response.responseTime',
    responseCode: 'pm.response.code',
    responseBody: 'pm.response.text()',
    iteration: 'pm.info.iteration',
    atob: "require('atob')",
    btoa: "require('btoa')",
    _: "require('lodash')",
    CryptoJS: "require('crypto-js')",
    tv4: "require('ajv')",
    xml2Json: "require('xml2js')",
    cheerio: "require('cheerio')",
    'postman.setNextRequest': 'pm.execution.setNextRequest()'
  };

  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

  // The `btoa` package: each character's low byte, base64-encoded.
  function btoa(input) {
    var s = String(input);
    var out = '';
    for (var i = 0; i < s.length; i += 3) {
      var a = s.charCodeAt(i) & 0xff;
      var b = i + 1 < s.length ? s.charCodeAt(i + 1) & 0xff : NaN;
      var c = i + 2 < s.length ? s.charCodeAt(i + 2) & 0xff : NaN;
      out += B64[a >> 2] + B64[((a & 3) << 4) | ((b || 0) >> 4)];
      out += isNaN(b) ? '=' : B64[((b & 15) << 2) | ((c || 0) >> 6)];
      out += isNaN(c) ? '=' : B64[c & 63];
    }
    return out;
  }

  // The `atob` package: lenient base64 decoding into a binary string.
  function atob(input) {
    var s = String(input).replace(/-/g, '+').replace(/_/g, '/');
    var out = '';
    var bits = 0;
    var value = 0;
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i);
      if (ch === '=') break;
      var n = B64.indexOf(ch);
      if (n === -1) continue;
      value = (value << 6) | n;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += String.fromCharCode((value >> bits) & 0xff);
      }
    }
    return out;
  }

  function requestData(req) {
    var body = req && req.body;
    if (!body || typeof body.isEmpty !== 'function' || body.isEmpty()) return {};
    var mode = body.mode;
    if (mode === 'raw') return body.raw;
    if (mode === 'file') return (body.file && body.file.content) || {};
    if (mode === 'urlencoded' || mode === 'formdata') {
      var out = {};
      body[mode].all().forEach(function (p) {
        if (p.disabled) return;
        if (out[p.key]) {
          if (Array.isArray(out[p.key])) out[p.key].push(p.value);
          else out[p.key] = [out[p.key], p.value];
        } else {
          out[p.key] = p.value;
        }
      });
      return out;
    }
    return {};
  }

  function LegacyInterface(ctx, vars) {
    this.__ctx = ctx;
    this.__env = vars.environment;
    this.__globals = vars.globals;
  }

  function stringValue(value) {
    if ((value === false || value) && typeof (value && value.toString) === 'function') return value.toString();
    return value;
  }

  LegacyInterface.prototype.setEnvironmentVariable = function (key, value) {
    value = stringValue(value);
    this.__env[key] = value;
    return this.__ctx.environment().set(key, value);
  };
  LegacyInterface.prototype.getEnvironmentVariable = function (key) { return this.__ctx.environment().get(key); };
  LegacyInterface.prototype.clearEnvironmentVariables = function () {
    var env = this.__env;
    Object.keys(env).forEach(function (k) { delete env[k]; });
    return this.__ctx.environment().clear();
  };
  LegacyInterface.prototype.clearEnvironmentVariable = function (key) {
    if (key) delete this.__env[key];
    return this.__ctx.environment().unset(key);
  };
  LegacyInterface.prototype.setGlobalVariable = function (key, value) {
    value = stringValue(value);
    this.__globals[key] = value;
    return this.__ctx.globals().set(key, value);
  };
  LegacyInterface.prototype.getGlobalVariable = function (key) { return this.__ctx.globals().get(key); };
  LegacyInterface.prototype.clearGlobalVariables = function () {
    var g = this.__globals;
    Object.keys(g).forEach(function (k) { delete g[k]; });
    return this.__ctx.globals().clear();
  };
  LegacyInterface.prototype.clearGlobalVariable = function (key) {
    if (key) delete this.__globals[key];
    return this.__ctx.globals().unset(key);
  };
  LegacyInterface.prototype.setNextRequest = function (what) { this.__ctx.setNextRequest(what); };

  function LegacyTestInterface(ctx, vars) {
    LegacyInterface.call(this, ctx, vars);
  }
  LegacyTestInterface.prototype = Object.create(LegacyInterface.prototype);
  LegacyTestInterface.prototype.constructor = LegacyTestInterface;
  LegacyTestInterface.prototype.getResponseCookie = function (name) {
    return this.__ctx.cookies().one(String(name));
  };
  LegacyTestInterface.prototype.getResponseHeader = function (name) {
    var res = this.__ctx.response();
    var header = res && res.headers && res.headers.one(name);
    return header ? header.value : undefined;
  };

  var ALL_NAMES = NAMES.concat(TEST_NAMES);

  // courier receives header names in lower case (HTTP/1), where Newman keeps the server's
  // spelling; `responseHeaders['Content-Type']` therefore falls back to any case.
  function headerIgnoringCase(headers, name) {
    var wanted = name.toLowerCase();
    var keys = Object.keys(headers);
    for (var i = 0; i < keys.length; i++) {
      if (keys[i].toLowerCase() === wanted) return headers[keys[i]];
    }
    return undefined;
  }

  // `ctx`: { listen, mask (one bit per ALL_NAMES entry the script mentions),
  //   environment(), globals() (scopes), data() (a fresh row object), request()
  //   and response() (the pm objects), body() (text or undefined), cookies()
  //   (the cookie list), iteration, requestId, requestName, setNextRequest,
  //   warn(message), library(name) (a sandbox library) }. Only the globals the script mentions are built.
  // Returns { values: {name: value}, finish() }.
  function build(ctx) {
    var mask = ctx.mask;
    var want = function (name) { return (mask & (1 << ALL_NAMES.indexOf(name))) !== 0; };
    var isTest = ctx.listen === 'test';
    var vars = {};
    if (want('tests')) vars.tests = {};
    if (want('globals') || want('postman')) vars.globals = ctx.globals().toObject();
    if (want('environment') || want('postman')) vars.environment = ctx.environment().toObject();
    if (want('data')) vars.data = ctx.data();
    vars.iteration = ctx.iteration;
    vars.atob = atob;
    vars.btoa = btoa;
    Object.keys(LIBRARIES).forEach(function (name) {
      if (want(name)) vars[name] = ctx.library(LIBRARIES[name]);
    });

    // The request object is built on first use.
    var requestTarget = {};
    var requestFilled = false;
    var fillRequest = function () {
      if (requestFilled) return;
      requestFilled = true;
      var req = ctx.request();
      if (!req) return;
      requestTarget.id = ctx.requestId;
      requestTarget.name = ctx.requestName;
      requestTarget.description = req._extra && req._extra.description !== undefined ?
        String(req._extra.description) : undefined;
      requestTarget.headers = req.headers.toObject(true, false, true, true);
      requestTarget.method = req.method;
      requestTarget.url = req.url.toString();
      requestTarget.data = requestData(req);
    };
    vars.request = requestTarget;

    if (isTest) {
      if (want('responseCookies')) vars.responseCookies = ctx.cookies();
      if (want('responseHeaders')) {
        var headers = {};
        ctx.response().headers.each(function (h) {
          if (h && !h.disabled) headers[h.key] = h.value;
        });
        vars.responseHeaders = headers;
      }
      if (want('responseTime')) vars.responseTime = ctx.response().responseTime;
      if (want('responseCode')) vars.responseCode = ctx.response().details();
      if (want('responseBody')) vars.responseBody = ctx.body();
    }
    if (want('postman')) vars.postman = new (isTest ? LegacyTestInterface : LegacyInterface)(ctx, vars);

    var tests = vars.tests;
    var state = { warn: true, used: {} };
    var warnOnce = function (key) {
      if (!state.warn || state.used[key]) return;
      state.used[key] = true;
      ctx.warn(ALTERNATIVES[key] ? 'Using "' + key + '" is deprecated. Use "' + ALTERNATIVES[key] + '" instead.' :
        'Using "' + key + '" is deprecated.');
    };
    var values = {};
    (isTest ? ALL_NAMES : NAMES).forEach(function (key) {
      if (!want(key)) return;
      var v = vars[key];
      if (!(v && (typeof v === 'object' || typeof v === 'function'))) {
        values[key] = v;
        return;
      }
      var prepare = key === 'request' ? fillRequest : function () {};
      values[key] = new Proxy(v, {
        set: function (target, prop, value) {
          prepare();
          warnOnce(key);
          target[prop] = value;
          return true;
        },
        get: function (target, prop) {
          prepare();
          warnOnce(key === 'postman' ? 'postman.setNextRequest' : key);
          if (key === 'responseHeaders' && typeof prop === 'string' && !(prop in target)) {
            return headerIgnoringCase(target, prop);
          }
          return target[prop];
        },
        apply: function (target, thisArg, args) {
          warnOnce(key);
          return target.apply(thisArg, args);
        },
        has: function (target, prop) {
          prepare();
          return prop in target;
        },
        ownKeys: function (target) {
          prepare();
          return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor: function (target, prop) {
          prepare();
          return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        deleteProperty: function (target, prop) {
          prepare();
          return delete target[prop];
        }
      });
    });
    return {
      values: values,
      // The `tests[...]` assertions, after the synchronous part of the script.
      finish: function () {
        state.warn = false;
        if (!tests) return [];
        return Object.keys(tests).map(function (name) {
          var passed = Boolean(tests[name]);
          return [name, passed ? null : 'expected ' + String(tests[name]) + ' to be truthy'];
        });
      }
    };
  }

  return { NAMES: NAMES, TEST_NAMES: TEST_NAMES, ALL_NAMES: ALL_NAMES, build: build, atob: atob, btoa: btoa };
}
