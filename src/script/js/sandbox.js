// courier: the script sandbox: the `pm` object, console, timers, require and
// the protocol the Rust host drives, written for courier.
//
// One run (`begin` ... `finish`) executes the scripts of one event of one
// request; each script is `exec`uted, then the host alternates draining the
// job queue with `tick` (timers, pm.sendRequest) until the script is quiet,
// then calls `end`. `finish` returns everything the host applies: assertions,
// errors, console lines, variable mutations, setNextRequest, skipRequest and
// the mutated request. The run's inputs (pm.info, the request, the scopes, ...)
// are JSON texts the sandbox fetches with `host.part(i)` and parses when a
// script first uses them.
//
// Defines __courierSandbox(host), which installs the protocol object as the
// read-only global `__courier`, and __courierScriptParams(kind).
// `host`: { dynamic(name), urlParse(text), outOfMemory(), part(i), library(name),
// native, available } implemented in Rust.

function __courierSandbox(host) {
  'use strict';

  // Newman's sandbox loads Sugar.js, whose String.prototype.has real collections use
  // (`responseBody.has("x")`): true when the text contains the string or matches the regexp.
  if (!String.prototype.has) {
    Object.defineProperty(String.prototype, 'has', {
      value: function (find) {
        var re = find instanceof RegExp ? find : String(find).replace(/([\\/'*+?|()\[\]{}.^$])/g, '\\$1');
        return this.search(re) !== -1;
      },
      writable: true, configurable: true, enumerable: false
    });
  }

  var chai = __courierChai();
  __courierChaiPostman(chai);
  var expect = chai.expect;
  var fmt = __courierInspectModule();
  var scopes = __courierScopeModule(host.dynamic);
  var lists = __courierListModule();
  var legacy = __courierLegacyModule();
  var sdk = __courierSdkModule(lists, function (text) { return JSON.parse(host.urlParse(String(text))); }, expect,
    __courierJsonModule());
  var Scope = scopes.Scope;

  var MISSING_HINTS = {
    response: 'pm.response is only available in test scripts',
    require: 'pm.require (package libraries) is not available in Newman or courier',
    vault: 'pm.vault is not available in Newman or courier',
    setNextRequest: 'pm.setNextRequest is not part of the pm API; use pm.execution.setNextRequest'
  };

  var compiled = Object.create(null);
  var dateNow = Date.now;
  var run = null;
  var cur = null;

  // ------------------------------------------------------------ errors

  function describe(e) {
    if ((e === null && host.outOfMemory()) ||
        (e instanceof Error && e.name === 'InternalError' && e.message === 'out of memory')) {
      return { name: 'RangeError', message: 'out of memory: the script exceeded its memory limit', stack: '' };
    }
    if (e instanceof Error || (e && typeof e === 'object' && typeof e.message === 'string' && 'name' in e)) {
      var name = e.name === undefined ? 'Error' : String(e.name);
      var message = e.message === undefined ? '' : String(e.message);
      if (name === 'TypeError') message = v8Wording(message);
      if (name === 'TypeError' && cur && cur.missing.length && /undefined|not a function/.test(message)) {
        message += ' (' + hints(cur.missing) + ')';
      }
      return { name: name, message: message, stack: typeof e.stack === 'string' ? e.stack : '' };
    }
    if (e === null || typeof e !== 'object') {
      return { name: 'Error', message: 'Uncaught ' + (typeof e === 'string' ? e : fmt.inspect(e)), stack: '' };
    }
    return { name: 'Error', message: 'Uncaught ' + fmt.inspect(e, { depth: 1 }), stack: '' };
  }

  // QuickJS's "cannot read property 'x' of undefined" in the words V8 (and so Newman) uses.
  function v8Wording(message) {
    var m = /^cannot (read|set) property '(.*)' of (undefined|null)$/.exec(message);
    if (!m) return message;
    return 'Cannot ' + m[1] + ' properties of ' + m[3] + ' (' + (m[1] === 'read' ? 'reading' : 'setting') +
      " '" + m[2] + "')";
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
    cur.timers.push({ id: id, due: dateNow() + delay, fn: fn, args: args, every: repeat ? delay : 0 });
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

  // Libraries load on first use and are shared by every script of the run, as in Newman's
  // sandbox, where one context serves the whole run.
  var modules = Object.create(null);

  function loadModule(name, internal) {
    if (name.charAt(0) === '_' && !internal) return undefined;
    if (name in modules) return modules[name];
    var factory = host.library(name, internal);
    if (factory === null) return undefined;
    var exported = factory(host.native, requireInternal);
    modules[name] = exported;
    return exported;
  }

  function requireModule(name) {
    if (typeof name !== 'string') {
      throw new TypeError('The "id" argument must be of type string. Received ' + fmt.inspect(name));
    }
    if (name === 'chai') return chai;
    var found = loadModule(name.replace(/^node:/, ''), false);
    if (found !== undefined) return found;
    var err = new Error("Cannot find module '" + name + "' (courier's sandbox provides: " + host.available + ')');
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }

  // What library files get as `require`: also their internal helpers (names starting with `_`).
  function requireInternal(name) {
    var found = typeof name === 'string' && name.charAt(0) === '_' ? loadModule(name, true) : undefined;
    return found !== undefined ? found : requireModule(name);
  }

  // `Buffer` is a global of Newman's sandbox (loaded when a script first reads it; a script
  // may assign it like any global). The legacy library globals (`_`, `CryptoJS`, ...) are
  // legacy.js's, since Newman warns when they are used.
  Object.defineProperty(globalThis, 'Buffer', {
    configurable: true, enumerable: false,
    get: function () {
      var m = loadModule('buffer', true);
      return m === undefined ? undefined : m.Buffer;
    },
    set: function (value) {
      Object.defineProperty(globalThis, 'Buffer', { value: value, writable: true, configurable: true });
    }
  });

  // ------------------------------------------------------------ pm

  function report(a) {
    if (a.finished) return;
    a.finished = true;
    run.assertions.push([a.name, a.skipped, a.error === undefined ? null : a.error]);
  }

  // The run's head document (pm.info, the location, cookies), parsed when first used.
  function runHead() {
    if (run.input === null) {
      var data = part('head');
      var info = data.info || {};
      var location = (info.location || []).slice();
      location.current = info.requestName;
      run.input = data;
      run.location = location;
      run.info = Object.freeze({
        eventName: info.eventName, iteration: info.iteration, iterationCount: info.iterationCount,
        requestName: info.requestName, requestId: info.requestId
      });
    }
    return run;
  }

  function currentPm() {
    return cur ? cur.pm : undefined;
  }

  // pm.test and friends are created once; they act on the script that is running.
  function test(name, fn) {
    var pm = currentPm();
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
  }
  test.skip = function (name) {
    report({ name: String(name), skipped: true, error: undefined, finished: false });
    return currentPm();
  };
  test.index = function () { return run.assertions.length; };

  function sendRequest(req, callback) {
    var s = cur;
    if (!s || s.sealed) return undefined;
    if (!req) {
      if (typeof callback === 'function') callback.call(s.pm, new Error('sendrequest: nothing to request'));
      return s.pm;
    }
    var request = req instanceof sdk.Request ? req : new sdk.Request(req);
    var id = ++s.timerSeq;
    s.requests.push([id, request.toJSON()]);
    s.callbacks[id] = { fn: callback, pm: s.pm };
    return s.pm;
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
      mutations: SCOPE_NAMES.map(function (n) { return run.scopes[n] ? run.scopes[n].mutations.length : 0; })
    };
  }

  var visualizer = {
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

  var execution = { skipRequest: skipRequest, setNextRequest: setNextRequest };
  Object.defineProperty(execution, 'location', {
    get: function () { return run ? runHead().location : []; }, enumerable: true
  });

  // The variable scopes are built on first use.
  var SCOPE_NAMES = ['globals', 'environment', 'collection', 'local'];

  function scope(name) {
    var sc = run.scopes[name];
    if (!sc) {
      sc = run.scopes[name] = new Scope(function () { return part(name); }, true);
      if (name === 'local') sc.layers = [];
    }
    return sc;
  }

  function iterationData() {
    if (!cur.iterationData) {
      cur.iterationData = new Scope((part('data') || []).map(function (r) { return r.slice(); }), false);
    }
    return cur.iterationData;
  }

  function variables() {
    var local = scope('local');
    local.layers = [iterationData(), scope('environment'), scope('collection'), scope('globals')];
    return local;
  }

  function getter(fn) {
    return { get: fn, enumerable: true, configurable: false };
  }

  // Reading a member pm does not have gives undefined, as in Newman, but is noted so
  // that the TypeError that usually follows can say what was missing. The note is taken
  // at the bottom of pm's prototype chain, which only sees the names pm lacks, so the
  // members scripts use cost nothing extra.
  var pmMissGuard = new Proxy(Object.prototype, {
    get: function (base, prop, receiver) {
      if (typeof prop === 'string' && !(prop in base) && cur && cur.missing.indexOf(prop) === -1) {
        cur.missing.push(prop);
      }
      return Reflect.get(base, prop, receiver);
    }
  });

  var pmPrerequest = Object.create(pmMissGuard, {
    info: getter(function () { return runHead().info; }),
    globals: getter(function () { return scope('globals'); }),
    environment: getter(function () { return scope('environment'); }),
    collectionVariables: getter(function () { return scope('collection'); }),
    variables: getter(variables),
    iterationData: getter(iterationData),
    request: getter(currentRequest),
    cookies: getter(cookies),
    visualizer: { value: visualizer, enumerable: true },
    sendRequest: { value: sendRequest, enumerable: true },
    execution: { value: execution, enumerable: true },
    test: { value: test, enumerable: true },
    expect: { value: expect, enumerable: true }
  });
  var pmTest = Object.create(pmPrerequest, { response: getter(currentResponse) });

  // The order of the host's parts (`input::Document`).
  var PARTS = { head: 0, request: 1, headers: 2, globals: 3, collection: 4, environment: 5, local: 6, data: 7 };

  function part(name) {
    if (!(name in run.parsed)) run.parsed[name] = JSON.parse(host.part(PARTS[name]));
    return run.parsed[name];
  }

  function cookies() {
    return run.cookies || (run.cookies = sdk.cookieList(runHead().input.cookies));
  }

  function currentRequest() {
    if (!run.request) {
      run.request = new sdk.Request(part('request') || {});
      run.requestBefore = JSON.stringify(run.request.toJSON());
    }
    return run.request;
  }

  function responseHeaders() {
    return part('headers');
  }

  function currentResponse() {
    if (!run.response) {
      var r = run.meta;
      run.response = r ? new sdk.Response({
        code: r[0], status: r[1], responseTime: r[2], responseSize: r[3], header: responseHeaders
      }, run.body) : new sdk.Response({});
    }
    return run.response;
  }

  // ------------------------------------------------------------ protocol

  // A variable change as the host replays it: [scope index, key, kind, value], where kind 0
  // is unset, 1 set to undefined, 2 set to the value itself (a string, finite number,
  // boolean or null) and 3 set to the value written as JSON text. What JSON cannot write
  // (a cycle, a BigInt) is set as its string form, and what it skips (a function) as null.
  function mutationRow(scopeIndex, m) {
    var key = String(m[1]);
    if (m[0] === 'unset') return [scopeIndex, key, 0, null];
    var value = m[2];
    if (value === undefined) return [scopeIndex, key, 1, null];
    var type = typeof value;
    if (value === null || type === 'string' || type === 'boolean') return [scopeIndex, key, 2, value];
    if (type === 'number') return [scopeIndex, key, 2, isFinite(value) ? value : null];
    var text;
    try {
      text = JSON.stringify(value);
    } catch (e) {
      try {
        text = JSON.stringify(String(value));
      } catch (e2) {
        text = 'null';
      }
    }
    return [scopeIndex, key, 3, text === undefined ? 'null' : text];
  }

  var protocol = {
    // Starts a run: `body` is the response text (or null), `meta` the response's
    // [code, status, responseTime, responseSize] (or null); the rest comes from
    // `host.part` when used.
    begin: function (listen, body, meta) {
      run = {
        input: null, body: body === null ? undefined : body, meta: meta, listen: listen, assertions: [],
        errors: [], console: [], next: null, skip: false, request: null, requestBefore: null, response: null,
        parsed: {}, scopes: {}, cookies: null, location: null, info: null
      };
      cur = null;
    },

    // Registers a compiled script wrapper under `id`.
    register: function (id, fn) {
      compiled[id] = fn;
    },

    // Runs the synchronous part of script `id`, compiled for `kind` ('prerequest',
    // 'test' or 'plain' for "use sandbox2" scripts). `legacyMask` has one bit per
    // legacy global the script mentions (in legacy.NAMES + TEST_NAMES order). Returns
    // whether the script left timers or requests for `tick`.
    exec: function (id, kind, origin, legacyMask) {
      cur = {
        origin: origin, missing: [], timers: [], timerSeq: 0, requests: [], callbacks: Object.create(null),
        next: null, skip: false, snapshot: null, sealed: false, legacy: null, iterationData: null, pm: null
      };
      cur.pm = Object.create(run.listen === 'test' ? pmTest : pmPrerequest);
      var args = [cur.pm, consoleObject, requireModule, timerFunctions.setTimeout, timerFunctions.setInterval,
        timerFunctions.setImmediate, timerFunctions.clearTimeout, timerFunctions.clearInterval,
        timerFunctions.clearImmediate];
      // Without legacy globals, the parameters after the base ones stay undefined.
      if (kind !== 'plain' && legacyMask) {
        var names = kind === 'test' ? legacy.ALL_NAMES : legacy.NAMES;
        var info = runHead().input.info || {};
        var lg = legacy.build({
          listen: run.listen, mask: legacyMask,
          environment: function () { return scope('environment'); },
          globals: function () { return scope('globals'); },
          data: function () {
            var row = {};
            (part('data') || []).forEach(function (r) { if (!r[3]) row[r[0]] = r[4] ? undefined : r[1]; });
            return JSON.parse(JSON.stringify(row));
          },
          request: currentRequest, response: currentResponse, body: function () { return run.body; },
          cookies: cookies,
          iteration: info.iteration || 0, requestId: info.requestId, requestName: info.requestName,
          setNextRequest: setNextRequest, warn: consoleObject.warn,
          library: function (name) { return loadModule(name, true); }
        });
        cur.legacy = lg;
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
      return !cur.sealed && (cur.timers.length > 0 || cur.requests.length > 0);
    },

    // Fires due timers; returns (as a string) a JSON array of queued requests,
    // or the milliseconds until the next timer, or -1 when the script is quiet.
    tick: function () {
      var s = cur;
      if (!s || s.sealed) return '-1';
      var now = dateNow();
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
        if (s.sealed) return '-1';
        now = dateNow();
      }
      if (s.requests.length) {
        var out = JSON.stringify(s.requests);
        s.requests = [];
        return out;
      }
      if (!s.timers.length) return '-1';
      var next = Infinity;
      s.timers.forEach(function (t) { if (t.due < next) next = t.due; });
      return String(Math.max(0, next - dateNow()));
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

    // Records an error the host detected (a syntax error, a timeout, the memory limit).
    fail: function (name, message, line, column, origin) {
      run.errors.push([name, message, line === undefined ? null : line, column === undefined ? null : column,
        origin === undefined ? (cur ? cur.origin : '') : origin]);
    },

    // A console line from the host (warnings about pm.sendRequest).
    log: function (level, text) {
      if (run) run.console.push([level, text, fmt.inspect(text)]);
    },

    // Ends the current script; returns true when later scripts must not run (skipRequest).
    end: function () {
      var s = cur;
      cur = null;
      if (!s) return false;
      s.sealed = true;
      if (s.snapshot) {
        s.next = s.snapshot.next;
        SCOPE_NAMES.forEach(function (n, i) {
          if (run.scopes[n]) run.scopes[n].mutations.length = s.snapshot.mutations[i];
        });
      }
      if (s.next && s.next.value !== undefined && typeof s.next.value !== 'function') run.next = s.next;
      if (s.skip) run.skip = true;
      return s.skip;
    },

    // Ends the current script if `end` was not called, and returns what the run did.
    finish: function () {
      if (cur) protocol.end();
      var r = run;
      run = null;
      var mutations = [];
      SCOPE_NAMES.forEach(function (n, i) {
        var sc = r.scopes[n];
        if (!sc) return;
        sc.mutations.forEach(function (m) {
          if (m[1] === null || m[1] === undefined) return;
          mutations.push(mutationRow(i, m));
        });
      });
      var request = null;
      if (r.request && r.listen === 'prerequest') {
        var after = JSON.stringify(r.request.toJSON());
        if (after !== r.requestBefore) request = after;
      }
      // A plain array the host reads value by value (JSON.stringify of a whole
      // document costs more than the rest of a small script's run).
      return [
        r.assertions, r.errors, r.console, r.next ? 1 : 0,
        r.next && r.next.value !== null ? String(r.next.value) : null, r.skip, request,
        mutations
      ];
    }
  };

  Object.defineProperty(globalThis, '__courier', { value: protocol, writable: false, configurable: false });
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
