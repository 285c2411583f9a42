// courier: require('util'), written for courier with the behaviour of the util 0.10.4 package
// that postman-sandbox 4.7.1 bundles (browserify's `util`): format (%s %d %j %%), the old-style
// inspect (depth 2, '[Object]', '[Circular]', lines broken past 60 characters), the legacy is*
// predicates, inherits, _extend, and debuglog/log/deprecate as they behave inside the sandbox
// (no output; a deprecated function overflows the stack when called, as it does there).
// There is no promisify, types, TextEncoder or TextDecoder in this version.
(function (native, require) {
  'use strict';

  var exports = {};
  var hasOwn = Object.prototype.hasOwnProperty;
  var toTag = function (o) { return Object.prototype.toString.call(o); };

  function isArray(ar) { return Array.isArray(ar); }
  function isBoolean(arg) { return typeof arg === 'boolean'; }
  function isNull(arg) { return arg === null; }
  function isNullOrUndefined(arg) { return arg == null; }
  function isNumber(arg) { return typeof arg === 'number'; }
  function isString(arg) { return typeof arg === 'string'; }
  function isSymbol(arg) { return typeof arg === 'symbol'; }
  function isUndefined(arg) { return arg === void 0; }
  function isObject(arg) { return typeof arg === 'object' && arg !== null; }
  function isRegExp(re) { return isObject(re) && toTag(re) === '[object RegExp]'; }
  function isDate(d) { return isObject(d) && toTag(d) === '[object Date]'; }
  function isError(e) { return isObject(e) && (toTag(e) === '[object Error]' || e instanceof Error); }
  function isFunction(arg) { return typeof arg === 'function'; }
  function isPrimitive(arg) {
    return arg === null || typeof arg === 'boolean' || typeof arg === 'number' || typeof arg === 'string' ||
      typeof arg === 'symbol' || typeof arg === 'undefined';
  }

  // ------------------------------------------------------------ format

  exports.format = function (f) {
    var i;
    if (!isString(f)) {
      var parts = [];
      for (i = 0; i < arguments.length; i++) parts.push(inspect(arguments[i]));
      return parts.join(' ');
    }
    var args = arguments;
    var next = 1;
    var str = String(f).replace(/%[sdj%]/g, function (token) {
      if (token === '%%') return '%';
      if (next >= args.length) return token;
      var arg = args[next++];
      if (token === '%s') return String(arg);
      if (token === '%d') return String(Number(arg));
      try {
        return JSON.stringify(arg);
      } catch (e) {
        return '[Circular]';
      }
    });
    for (; next < args.length; next++) {
      var x = args[next];
      str += isNull(x) || !isObject(x) ? ' ' + x : ' ' + inspect(x);
    }
    return str;
  };

  // Inside the sandbox there is no `global.process`, so the package's deprecate() keeps
  // re-wrapping itself until the stack overflows.
  exports.deprecate = function (fn, msg) {
    return function () {
      throw new RangeError('Maximum call stack size exceeded');
    };
  };

  var debugs = {};
  exports.debuglog = function (set) {
    set = set.toUpperCase();
    if (!debugs[set]) debugs[set] = function () {};
    return debugs[set];
  };

  // ------------------------------------------------------------ inspect

  function inspect(obj, opts) {
    var ctx = { seen: [], stylize: plain };
    if (arguments.length >= 3) ctx.depth = arguments[2];
    if (arguments.length >= 4) ctx.colors = arguments[3];
    if (isBoolean(opts)) ctx.showHidden = opts;
    else if (opts) exports._extend(ctx, opts);
    if (isUndefined(ctx.showHidden)) ctx.showHidden = false;
    if (isUndefined(ctx.depth)) ctx.depth = 2;
    if (isUndefined(ctx.colors)) ctx.colors = false;
    if (isUndefined(ctx.customInspect)) ctx.customInspect = true;
    if (ctx.colors) ctx.stylize = colored;
    return formatValue(ctx, obj, ctx.depth);
  }
  exports.inspect = inspect;

  inspect.colors = {
    bold: [1, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27], white: [37, 39], grey: [90, 39],
    black: [30, 39], blue: [34, 39], cyan: [36, 39], green: [32, 39], magenta: [35, 39], red: [31, 39],
    yellow: [33, 39]
  };
  inspect.styles = {
    special: 'cyan', number: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold', string: 'green',
    date: 'magenta', regexp: 'red'
  };

  function colored(str, styleType) {
    var style = inspect.styles[styleType];
    if (!style) return str;
    var codes = inspect.colors[style];
    return '\u001b[' + codes[0] + 'm' + str + '\u001b[' + codes[1] + 'm';
  }

  function plain(str) {
    return str;
  }

  function formatValue(ctx, value, recurseTimes) {
    if (ctx.customInspect && value && isFunction(value.inspect) && value.inspect !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      var ret = value.inspect(recurseTimes, ctx);
      return isString(ret) ? ret : formatValue(ctx, ret, recurseTimes);
    }
    var primitive = formatPrimitive(ctx, value);
    if (primitive) return primitive;

    var keys = Object.keys(value);
    var visible = {};
    keys.forEach(function (k) { visible[k] = true; });
    if (ctx.showHidden) keys = Object.getOwnPropertyNames(value);

    if (isError(value) && (keys.indexOf('message') >= 0 || keys.indexOf('description') >= 0)) {
      return formatError(value);
    }
    if (keys.length === 0) {
      if (isFunction(value)) return ctx.stylize('[Function' + (value.name ? ': ' + value.name : '') + ']', 'special');
      if (isRegExp(value)) return ctx.stylize(RegExp.prototype.toString.call(value), 'regexp');
      if (isDate(value)) return ctx.stylize(Date.prototype.toString.call(value), 'date');
      if (isError(value)) return formatError(value);
    }

    var base = '';
    var array = isArray(value);
    var braces = array ? ['[', ']'] : ['{', '}'];
    if (isFunction(value)) base = ' [Function' + (value.name ? ': ' + value.name : '') + ']';
    if (isRegExp(value)) base = ' ' + RegExp.prototype.toString.call(value);
    if (isDate(value)) base = ' ' + Date.prototype.toUTCString.call(value);
    if (isError(value)) base = ' ' + formatError(value);

    if (keys.length === 0 && (!array || value.length == 0)) return braces[0] + base + braces[1]; // eslint-disable-line eqeqeq
    if (recurseTimes < 0) {
      return isRegExp(value) ? ctx.stylize(RegExp.prototype.toString.call(value), 'regexp')
        : ctx.stylize('[Object]', 'special');
    }

    ctx.seen.push(value);
    var output;
    if (array) {
      output = [];
      for (var i = 0, l = value.length; i < l; ++i) {
        output.push(hasOwn.call(value, String(i)) ? formatProperty(ctx, value, recurseTimes, visible, String(i), true) : '');
      }
      keys.forEach(function (key) {
        if (!/^\d+$/.test(key)) output.push(formatProperty(ctx, value, recurseTimes, visible, key, true));
      });
    } else {
      output = keys.map(function (key) {
        return formatProperty(ctx, value, recurseTimes, visible, key, false);
      });
    }
    ctx.seen.pop();
    return joinOutput(output, base, braces);
  }

  function formatPrimitive(ctx, value) {
    if (isUndefined(value)) return ctx.stylize('undefined', 'undefined');
    if (isString(value)) {
      var quoted = "'" + JSON.stringify(value).replace(/^"|"$/g, '').replace(/'/g, "\\'").replace(/\\"/g, '"') + "'";
      return ctx.stylize(quoted, 'string');
    }
    if (isNumber(value)) return ctx.stylize('' + value, 'number');
    if (isBoolean(value)) return ctx.stylize('' + value, 'boolean');
    if (isNull(value)) return ctx.stylize('null', 'null');
    return undefined;
  }

  function formatError(value) {
    return '[' + Error.prototype.toString.call(value) + ']';
  }

  function formatProperty(ctx, value, recurseTimes, visible, key, array) {
    var name;
    var str;
    var desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key] };
    if (desc.get) str = ctx.stylize(desc.set ? '[Getter/Setter]' : '[Getter]', 'special');
    else if (desc.set) str = ctx.stylize('[Setter]', 'special');
    if (!hasOwn.call(visible, key)) name = '[' + key + ']';
    if (!str) {
      if (ctx.seen.indexOf(desc.value) < 0) {
        str = formatValue(ctx, desc.value, isNull(recurseTimes) ? null : recurseTimes - 1);
        if (str.indexOf('\n') > -1) {
          if (array) {
            str = str.split('\n').map(function (line) { return '  ' + line; }).join('\n').substr(2);
          } else {
            str = '\n' + str.split('\n').map(function (line) { return '   ' + line; }).join('\n');
          }
        }
      } else {
        str = ctx.stylize('[Circular]', 'special');
      }
    }
    if (isUndefined(name)) {
      if (array && /^\d+$/.test(key)) return str;
      name = JSON.stringify('' + key);
      if (/^"([a-zA-Z_][a-zA-Z_0-9]*)"$/.test(name)) {
        name = ctx.stylize(name.substr(1, name.length - 2), 'name');
      } else {
        name = ctx.stylize(name.replace(/'/g, "\\'").replace(/\\"/g, '"').replace(/(^"|"$)/g, "'"), 'string');
      }
    }
    return name + ': ' + str;
  }

  function joinOutput(output, base, braces) {
    var length = output.reduce(function (sum, cur) {
      return sum + cur.replace(/\u001b\[\d\d?m/g, '').length + 1;
    }, 0);
    if (length > 60) {
      return braces[0] + (base === '' ? '' : base + '\n ') + ' ' + output.join(',\n  ') + ' ' + braces[1];
    }
    return braces[0] + base + ' ' + output.join(', ') + ' ' + braces[1];
  }

  // ------------------------------------------------------------ predicates and helpers

  exports.isArray = isArray;
  exports.isBoolean = isBoolean;
  exports.isNull = isNull;
  exports.isNullOrUndefined = isNullOrUndefined;
  exports.isNumber = isNumber;
  exports.isString = isString;
  exports.isSymbol = isSymbol;
  exports.isUndefined = isUndefined;
  exports.isRegExp = isRegExp;
  exports.isObject = isObject;
  exports.isDate = isDate;
  exports.isError = isError;
  exports.isFunction = isFunction;
  exports.isPrimitive = isPrimitive;
  exports.isBuffer = function (arg) {
    return arg instanceof require('buffer').Buffer;
  };
  exports.log = function () {};
  exports.inherits = function (ctor, superCtor) {
    ctor.super_ = superCtor;
    ctor.prototype = Object.create(superCtor.prototype, {
      constructor: { value: ctor, enumerable: false, writable: true, configurable: true }
    });
  };
  exports._extend = function (origin, add) {
    if (!add || !isObject(add)) return origin;
    var keys = Object.keys(add);
    for (var i = keys.length - 1; i >= 0; i--) origin[keys[i]] = add[keys[i]];
    return origin;
  };

  return exports;
})
