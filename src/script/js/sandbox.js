// courier: the script sandbox: the `pm` object, console, timers, require and
// the protocol the Rust host drives, written for courier.
//
// One run (`begin` ... `finish`) executes the scripts of one event of one
// request; each script is `exec`uted, then the host alternates draining the
// job queue with `tick` (timers, pm.sendRequest) until the script is quiet,
// then calls `end`. `finish` returns everything the host applies: assertions,
// errors, console lines, variable mutations, setNextRequest, skipRequest and
// the mutated request.
//
// Defines one global: __courierSandbox(host) -> the protocol object.
// `host`: { dynamic(name), urlParse(text) } implemented in Rust.

function __courierSandbox(host) {
  'use strict';

  var chai = __courierChai();
  __courierChaiPostman(chai);
  var expect = chai.expect;
  var fmt = __courierInspectModule();
  var scopes = __courierScopeModule(host.dynamic);
  var lists = __courierListModule();
  var legacy = __courierLegacyModule();
  var sdk = __courierSdkModule(lists, function (text) { return JSON.parse(host.urlParse(String(text))); }, expect);
  var Scope = scopes.Scope;

  var PM_MEMBERS = ['info', 'globals', 'environment', 'collectionVariables', 'variables', 'iterationData',
    'request', 'response', 'cookies', 'visualizer', 'sendRequest', 'execution', 'test', 'expect'];
  var MISSING_HINTS = {
    response: 'pm.response is only available in test scripts',
    require: 'pm.require (package libraries) is not available in Newman or courier',
    vault: 'pm.vault is not available in Newman or courier'
  };

  var compiled = Object.create(null);
  var run = null;
  var cur = null;

  // ------------------------------------------------------------ errors

  function describe(e) {
    if (e instanceof Error || (e && typeof e === 'object' && typeof e.message === 'string' && 'name' in e)) {
      var name = e.name === undefined ? 'Error' : String(e.name);
      var message = e.message === undefined ? '' : String(e.message);
      if (name === 'TypeError' && cur && cur.missing.length) message += ' (' + hints(cur.missing) + ')';
      return { name: name, message: message, stack: typeof e.stack === 'string' ? e.stack : '' };
    }
    if (e === null || typeof e !== 'object') {
      return { name: 'Error', message: 'Uncaught ' + (typeof e === 'string' ? e : fmt.inspect(e)), stack: '' };
    }
    return { name: 'Error', message: 'Uncaught ' + fmt.inspect(e, { depth: 1 }), stack: '' };
  }

  function hints(missing) {
    return missing.map(function (name) {
      return MISSING_HINTS[name] || ('pm.' + name + ' is not part of the pm API');
    }).join('; ');
  }

  // Line and column in the user's script (the wrapper adds one line above it).
  function position(stack) {
    var m = /\bscript:(\d+):(\d+)/.exec(stack || '');
    return m ? [Number(m[1]) - 1, Number(m[2])] : [null, null];
  }

  function recordError(e, origin) {
    var d = describe(e);
    var pos = position(d.stack);
    run.errors.push([d.name, d.message, pos[0], pos[1], origin]);
  }

  function assertionMessage(err) {
    if (err === null || err === undefined) return 'undefined';
    return describe(err).message.replace(/^Uncaught /, '');
  }

  // ------------------------------------------------------------ console and timers

  function log(level) {
    return function () {
      if (!run) return;
      var args = Array.prototype.slice.call(arguments);
      run.console.push([level, fmt.format(args), fmt.newmanLine(args)]);
    };
  }

  var consoleObject = {
    log: log('log'), info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug'),
    clear: function () {}
  };

  function addTimer(fn, ms, args, repeat) {
    if (!cur || cur.sealed) return undefined;
    if (typeof fn !== 'function') throw new TypeError('The "callback" argument must be of type function');
    var delay = Number(ms);
    if (!(delay >= 1 && delay <= 2147483647)) delay = repeat === null ? 0 : 1;
    var id = ++cur.timerSeq;
    cur.timers.push({ id: id, due: Date.now() + delay, fn: fn, args: args, every: repeat ? delay : 0 });
    return id;
  }

  function clearTimer(id) {
    if (!cur) return;
    cur.timers = cur.timers.filter(function (t) { return t.id !== id; });
  }

  var timerFunctions = {
    setTimeout: function (fn, ms) { return addTimer(fn, ms, Array.prototype.slice.call(arguments, 2), false); },
    setInterval: function (fn, ms) { return addTimer(fn, ms, Array.prototype.slice.call(arguments, 2), true); },
    setImmediate: function (fn) { return addTimer(fn, 0, Array.prototype.slice.call(arguments, 1), null); },
    clearTimeout: clearTimer, clearInterval: clearTimer, clearImmediate: clearTimer
  };

  function requireModule(name) {
    if (name === 'chai') return chai;
    var err = new Error("Cannot find module '" + name + "' (courier's sandbox provides: chai)");
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }

  // ------------------------------------------------------------ pm

  function report(a) {
    if (a.finished) return;
    a.finished = true;
    run.assertions.push([a.name, a.skipped, a.error === undefined ? null : a.error]);
  }

  function makeTest(pm) {
    var test = function (name, fn) {
      var a = { name: String(name), skipped: false, error: undefined, finished: false };
      if (typeof fn !== 'function') {
        report(a);
        return pm;
      }
      if (fn.length) {
        try {
          fn(function (err) {
            if (err) a.error = assertionMessage(err);
            report(a);
          });
        } catch (e) {
          a.error = assertionMessage(e);
          report(a);
        }
        return pm;
      }
      var result;
      try {
        result = fn();
      } catch (e) {
        a.error = assertionMessage(e);
        report(a);
        return pm;
      }
      if (result && typeof result.then === 'function') {
        result.then(function () { report(a); }, function (e) {
          a.error = assertionMessage(e);
          report(a);
        });
      } else {
        report(a);
      }
      return pm;
    };
    test.skip = function (name) {
      report({ name: String(name), skipped: true, error: undefined, finished: false });
      return pm;
    };
    test.index = function () { return run.assertions.length; };
    return test;
  }

  function sendRequest(pm) {
    return function (req, callback) {
      var s = cur;
      if (!s || s.sealed) return pm;
      if (!req) {
        if (typeof callback === 'function') callback.call(pm, new Error('sendrequest: nothing to request'));
        return pm;
      }
      var request = req instanceof sdk.Request ? req : new sdk.Request(req);
      var id = ++s.timerSeq;
      s.requests.push([id, request.toJSON()]);
      s.callbacks[id] = { fn: callback, pm: pm };
      return pm;
    };
  }

  function setNextRequest(what) {
    if (cur) cur.next = { value: what };
  }

  function skipRequest() {
    if (run.listen !== 'prerequest') throw new TypeError('pm.execution.skipRequest is not a function');
    if (cur.skip) return;
    cur.skip = true;
    cur.snapshot = {
      next: cur.next,
      mutations: run.tracked.map(function (s) { return s.mutations.length; })
    };
  }

  function currentRequest() {
    if (!run.request) {
      run.request = new sdk.Request(run.input.request || {});
      run.requestBefore = JSON.stringify(run.request.toJSON());
    }
    return run.request;
  }

  function currentResponse() {
    if (!run.response) {
      run.response = run.input.response ? new sdk.Response(run.input.response, run.body) : new sdk.Response({});
    }
    return run.response;
  }

  function makePm(iterationData) {
    var info = run.input.info || {};
    var pm = {};
    var missing = cur.missing;
    var proxy = new Proxy(pm, {
      get: function (target, prop, receiver) {
        if (typeof prop === 'string' && !(prop in target)) {
          if (missing.indexOf(prop) === -1) missing.push(prop);
          return undefined;
        }
        return Reflect.get(target, prop, receiver);
      }
    });
    pm.info = Object.freeze({
      eventName: info.eventName, iteration: info.iteration, iterationCount: info.iterationCount,
      requestName: info.requestName, requestId: info.requestId
    });
    pm.globals = run.globals;
    pm.environment = run.environment;
    pm.collectionVariables = run.collectionVariables;
    pm.variables = run.variables;
    pm.iterationData = iterationData;
    Object.defineProperty(pm, 'request', { get: currentRequest, enumerable: true });
    if (run.listen === 'test') Object.defineProperty(pm, 'response', { get: currentResponse, enumerable: true });
    pm.cookies = run.cookies;
    pm.visualizer = {
      set: function (template, data, options) {
        if (typeof template !== 'string') {
          throw new Error('Invalid template. Template must be of type string, found ' + typeof template);
        }
        if (data && typeof data !== 'object') throw new Error('Invalid data. Data must be an object, found ' + typeof data);
        if (options && typeof options !== 'object') {
          throw new Error('Invalid options. Options must be an object, found ' + typeof options);
        }
      },
      clear: function () {}
    };
    pm.sendRequest = sendRequest(proxy);
    var location = (info.location || []).slice();
    location.current = info.requestName;
    pm.execution = { skipRequest: skipRequest, setNextRequest: setNextRequest, location: location };
    pm.test = makeTest(proxy);
    pm.expect = expect;
    return proxy;
  }

  // ------------------------------------------------------------ protocol

  function rows(list) {
    return list || [];
  }

  var protocol = {
    // Starts a run. `input` is the JSON described in the host; `body` the response text.
    begin: function (input, body) {
      var data = JSON.parse(input);
      var s = data.scopes || {};
      run = {
        input: data, body: body, listen: data.listen, assertions: [], errors: [], console: [],
        next: null, skip: false, request: null, requestBefore: null, response: null,
        globals: new Scope(rows(s.globals), true),
        environment: new Scope(rows(s.environment), true),
        collectionVariables: new Scope(rows(s.collection), true),
        dataRows: rows(s.data),
        cookies: sdk.cookieList(data.cookies)
      };
      run.variables = new Scope(rows(s.local), true, []);
      run.tracked = [run.globals, run.environment, run.collectionVariables, run.variables];
      cur = null;
    },

    // Registers a compiled script wrapper under `id`.
    register: function (id, fn) {
      compiled[id] = fn;
    },

    // Runs the synchronous part of script `id` (compiled for `kind`:
    // 'prerequest', 'test' or 'plain' for "use sandbox2" scripts).
    exec: function (id, kind, origin) {
      var iterationData = new Scope(run.dataRows, false);
      run.variables.layers = [iterationData, run.environment, run.collectionVariables, run.globals];
      cur = {
        origin: origin, missing: [], timers: [], timerSeq: 0, requests: [], callbacks: Object.create(null),
        next: null, skip: false, snapshot: null, sealed: false, legacy: null
      };
      var args = [makePm(iterationData), consoleObject, requireModule];
      var tf = timerFunctions;
      args.push(tf.setTimeout, tf.setInterval, tf.setImmediate, tf.clearTimeout, tf.clearInterval, tf.clearImmediate);
      if (kind !== 'plain') {
        var rowObject = {};
        run.dataRows.forEach(function (r) { if (!r[3]) rowObject[r[0]] = r[1]; });
        var lg = legacy.build({
          listen: run.listen, environment: run.environment, globals: run.globals,
          data: JSON.parse(JSON.stringify(rowObject)), request: currentRequest,
          response: run.listen === 'test' ? currentResponse() : null, cookies: run.cookies,
          iteration: (run.input.info || {}).iteration || 0, requestId: (run.input.info || {}).requestId,
          requestName: (run.input.info || {}).requestName, setNextRequest: setNextRequest,
          warn: consoleObject.warn
        });
        cur.legacy = lg;
        var names = legacy.NAMES.concat(kind === 'test' ? legacy.TEST_NAMES : []);
        for (var i = 0; i < names.length; i++) args.push(lg.values[names[i]]);
      }
      try {
        var inner = compiled[id].apply(undefined, args);
        inner.call(undefined);
      } catch (e) {
        recordError(e, origin);
      }
      if (cur.legacy) {
        var skipped = cur.skip;
        cur.legacy.finish().forEach(function (t) {
          if (!skipped) run.assertions.push([t[0], false, t[1]]);
        });
      }
      if (cur.skip) cur.sealed = true;
    },

    // Fires due timers; returns a JSON array of queued requests, or the
    // milliseconds until the next timer, or -1 when the script is quiet.
    tick: function () {
      var s = cur;
      if (!s || s.sealed) return -1;
      var now = Date.now();
      for (;;) {
        var due = null;
        for (var i = 0; i < s.timers.length; i++) {
          var t = s.timers[i];
          if (t.due <= now && (!due || t.due < due.due || (t.due === due.due && t.id < due.id))) due = t;
        }
        if (!due || s.requests.length) break;
        if (due.every) due.due = now + due.every;
        else s.timers.splice(s.timers.indexOf(due), 1);
        try {
          due.fn.apply(undefined, due.args);
        } catch (e) {
          recordError(e, s.origin);
        }
        if (s.sealed) return -1;
        now = Date.now();
      }
      if (s.requests.length) {
        var out = JSON.stringify(s.requests);
        s.requests = [];
        return out;
      }
      if (!s.timers.length) return -1;
      var next = Infinity;
      s.timers.forEach(function (t) { if (t.due < next) next = t.due; });
      return Math.max(0, next - Date.now());
    },

    // Delivers the outcome of a pm.sendRequest: `error` ({message, code}) or
    // `response` (the same shape as the run's response) and its body.
    deliver: function (id, error, response, body) {
      var s = cur;
      var cb = s && s.callbacks[id];
      if (!cb) return;
      delete s.callbacks[id];
      var err = null;
      if (error) {
        var info = JSON.parse(error);
        err = new Error(info.message);
        if (info.code) err.code = info.code;
      }
      var res = new sdk.Response(response ? JSON.parse(response) : {}, response ? body : undefined);
      if (typeof cb.fn !== 'function') return;
      try {
        cb.fn.call(cb.pm, err, res, { cookies: sdk.cookieList([]) });
      } catch (e) {
        recordError(e, s.origin);
      }
    },

    // Records an error the host detected (a timeout, the memory limit).
    fail: function (name, message) {
      run.errors.push([name, message, null, null, cur ? cur.origin : '']);
    },

    // Ends the current script; returns true when later scripts must not run (skipRequest).
    end: function () {
      var s = cur;
      cur = null;
      if (!s) return false;
      s.sealed = true;
      if (s.snapshot) {
        s.next = s.snapshot.next;
        run.tracked.forEach(function (scope, i) { scope.mutations.length = s.snapshot.mutations[i]; });
      }
      if (s.next && s.next.value !== undefined && typeof s.next.value !== 'function') run.next = s.next;
      if (s.skip) run.skip = true;
      return s.skip;
    },

    finish: function () {
      var r = run;
      run = null;
      var mutations = r.tracked.map(function (scope) {
        return scope.mutations.map(function (m) {
          if (m[1] === null || m[1] === undefined) return null;
          if (m[0] === 'unset') return ['unset', String(m[1])];
          var value = m[2];
          if (value === undefined) return ['set', String(m[1])];
          try {
            value = JSON.stringify(value);
          } catch (e) {
            value = JSON.stringify(String(value));
          }
          return ['set', String(m[1]), value === undefined ? null : JSON.parse(value)];
        }).filter(function (m) { return m !== null; });
      });
      var request = null;
      if (r.request && r.listen === 'prerequest') {
        var after = JSON.stringify(r.request.toJSON());
        if (after !== r.requestBefore) request = JSON.parse(after);
      }
      var next = r.next ? [1, r.next.value === null ? null : String(r.next.value)] : [0];
      return JSON.stringify({
        assertions: r.assertions, errors: r.errors, console: r.console, next: next, skip: r.skip,
        request: request, mutations: mutations
      });
    }
  };

  globalThis.require = requireModule;
  globalThis.console = consoleObject;
  globalThis.atob = legacy.atob;
  globalThis.btoa = legacy.btoa;
  Object.keys(timerFunctions).forEach(function (k) { globalThis[k] = timerFunctions[k]; });
  return protocol;
}

// The parameters of a compiled script, in the order `exec` passes them.
function __courierScriptParams(kind) {
  'use strict';
  var base = ['pm', 'console', 'require', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout',
    'clearInterval', 'clearImmediate'];
  if (kind === 'plain') return base;
  var lg = __courierLegacyModule();
  return base.concat(lg.NAMES, kind === 'test' ? lg.TEST_NAMES : []);
}
