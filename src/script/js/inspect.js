// courier: console formatting for scripts, written for courier.
//
// Renders values the way Node's `util.inspect` does with its default options
// (depth 2, compact 3, break length 128, at most 100 array items), and
// formats argument lists the way `util.format` does (%s %d %i %f %j %o %O %c
// %%). `newmanLine` renders one console call the way Newman's CLI reporter
// prints it: every argument inspected (strings quoted), joined with ", ".
//
// Defines one global: __courierInspectModule() -> { inspect, format, newmanLine }

function __courierInspectModule() {
  'use strict';

  var ARRAY = 1;
  var OBJECT = 0;
  var plainKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  var hasOwn = Object.prototype.hasOwnProperty;
  var objToString = Object.prototype.toString;

  function escapeChar(ch) {
    switch (ch) {
      case '\n': return '\\n';
      case '\t': return '\\t';
      case '\r': return '\\r';
      case '\b': return '\\b';
      case '\f': return '\\f';
      case '\v': return '\\v';
      case '\\': return '\\\\';
      default: {
        var code = ch.charCodeAt(0);
        return '\\x' + (code < 16 ? '0' : '') + code.toString(16).toUpperCase();
      }
    }
  }

  // Quotes a string: single quotes unless the text holds one and another
  // quote style avoids escaping.
  function quote(str) {
    var q = "'";
    if (str.indexOf("'") !== -1) {
      if (str.indexOf('"') === -1) q = '"';
      else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) q = '`';
    }
    var out = '';
    for (var i = 0; i < str.length; i++) {
      var ch = str[i];
      var code = str.charCodeAt(i);
      if (ch === q || ch === '\\' || code < 0x20 || code === 0x7f) {
        out += ch === q ? '\\' + q : escapeChar(ch);
      } else {
        out += ch;
      }
    }
    return q + out + q;
  }

  function formatString(ctx, value) {
    var trailer = '';
    if (value.length > ctx.maxStringLength) {
      var rest = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = '... ' + rest + ' more character' + (rest > 1 ? 's' : '');
    }
    if (value.length > 16 && value.indexOf('\n') !== -1 &&
        value.length > ctx.breakLength - ctx.indent - 4) {
      var parts = value.match(/[^\n]*\n|[^\n]+$/g) || [value];
      var pad = '\n' + ' '.repeat(ctx.indent + 2);
      return parts.map(quote).join(' +' + pad) + trailer;
    }
    return quote(value) + trailer;
  }

  function formatPrimitive(ctx, value) {
    switch (typeof value) {
      case 'string': return formatString(ctx, value);
      case 'number': return Object.is(value, -0) ? '-0' : String(value);
      case 'bigint': return String(value) + 'n';
      case 'symbol': return value.toString();
      default: return String(value);
    }
  }

  function constructorName(obj) {
    var proto = obj;
    while (proto !== null && proto !== undefined) {
      var desc = Object.getOwnPropertyDescriptor(proto, 'constructor');
      if (desc && typeof desc.value === 'function' && desc.value.name !== '') {
        return desc.value.name;
      }
      proto = Object.getPrototypeOf(proto);
    }
    return null;
  }

  function prefix(ctor, tag, fallback, size) {
    size = size || '';
    if (ctor === null) {
      if (tag !== '' && fallback !== tag) {
        return '[' + fallback + size + ': null prototype] [' + tag + '] ';
      }
      return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && ctor !== tag) return ctor + size + ' [' + tag + '] ';
    return ctor + size + ' ';
  }

  function ownKeys(value) {
    var keys = Object.keys(value);
    var symbols = Object.getOwnPropertySymbols(value);
    for (var i = 0; i < symbols.length; i++) {
      var d = Object.getOwnPropertyDescriptor(value, symbols[i]);
      if (d && d.enumerable) keys.push(symbols[i]);
    }
    return keys;
  }

  function isError(v) {
    return v instanceof Error || objToString.call(v) === '[object Error]';
  }

  function functionBase(value, ctor, tag) {
    var src = '';
    try { src = Function.prototype.toString.call(value); } catch (e) { src = ''; }
    if (src.slice(0, 5) === 'class' && src.slice(-1) === '}') {
      var base = '[class ' + (value.name || '(anonymous)');
      var sup = Object.getPrototypeOf(value);
      if (sup && sup.name) base += ' extends ' + sup.name;
      return base + ']';
    }
    var type = 'Function';
    var tagName = objToString.call(value).slice(8, -1);
    if (tagName === 'AsyncFunction') type = 'AsyncFunction';
    else if (tagName === 'GeneratorFunction') type = 'GeneratorFunction';
    else if (tagName === 'AsyncGeneratorFunction') type = 'AsyncGeneratorFunction';
    var out = '[' + type;
    if (ctor === null) out += ' (null prototype)';
    out += value.name === '' || typeof value.name !== 'string' ? ' (anonymous)' : ': ' + value.name;
    out += ']';
    if (ctor !== type && ctor !== 'Function' && ctor !== null) out += ' ' + ctor;
    if (tag !== '' && ctor !== tag && tag !== type) out += ' [' + tag + ']';
    return out;
  }

  function formatError(err) {
    var name = err.name === undefined ? 'Error' : String(err.name);
    var head = err.message === undefined || err.message === '' ? name : name + ': ' + err.message;
    var stack = typeof err.stack === 'string' ? err.stack.replace(/\s+$/, '') : '';
    if (stack === '') return '[' + head + ']';
    if (stack.indexOf(head) === 0) return stack;
    return head + '\n' + stack;
  }

  function keyName(ctx, key, desc) {
    if (typeof key === 'symbol') return '[' + key.toString() + ']';
    if (key === '__proto__') return "['__proto__']";
    if (desc && desc.enumerable === false) return '[' + key + ']';
    if (plainKey.test(key)) return key;
    return quote(key);
  }

  function formatProperty(ctx, value, depth, key, type) {
    var desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    var str;
    if (desc.value !== undefined || !('get' in desc || 'set' in desc)) {
      ctx.indent += 2;
      str = formatValue(ctx, desc.value, depth);
      ctx.indent -= 2;
    } else if (desc.get !== undefined) {
      str = desc.set !== undefined ? '[Getter/Setter]' : '[Getter]';
    } else if (desc.set !== undefined) {
      str = '[Setter]';
    } else {
      str = 'undefined';
    }
    if (type === ARRAY) return str;
    return keyName(ctx, key, desc) + ': ' + str;
  }

  function formatArray(ctx, value, depth) {
    var output = [];
    var len = value.length;
    var max = Math.min(ctx.maxArrayLength, len);
    var holes = 0;
    var i = 0;
    for (; i < len && output.length < max; i++) {
      if (!hasOwn.call(value, i)) {
        holes++;
        continue;
      }
      if (holes > 0) {
        output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
        holes = 0;
        if (output.length >= max) break;
      }
      output.push(formatProperty(ctx, value, depth, i, ARRAY));
    }
    if (holes > 0 && output.length < max) {
      output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
      holes = 0;
    }
    var remaining = len - i + holes;
    if (remaining > 0) output.push('... ' + remaining + ' more item' + (remaining > 1 ? 's' : ''));
    return output;
  }

  function groupArrayElements(ctx, output, value) {
    var total = 0;
    var maxLen = 0;
    var count = output.length;
    if (ctx.maxArrayLength < value.length) count--;
    var sep = 2;
    var lens = [];
    for (var i = 0; i < count; i++) {
      lens.push(output[i].length);
      total += output[i].length + sep;
      if (maxLen < output[i].length) maxLen = output[i].length;
    }
    var actualMax = maxLen + sep;
    if (actualMax * 3 + ctx.indent < ctx.breakLength &&
        (total / actualMax > 5 || maxLen <= 6)) {
      var bias = Math.sqrt(actualMax - total / output.length);
      var biasedMax = Math.max(actualMax - 3 - bias, 1);
      var columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * count) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indent) / actualMax),
        ctx.compact * 4,
        15
      );
      if (columns <= 1) return output;
      var tmp = [];
      var widths = [];
      for (var c = 0; c < columns; c++) {
        var w = 0;
        for (var j = c; j < output.length; j += columns) {
          if (lens[j] > w) w = lens[j];
        }
        widths.push(w + sep);
      }
      var padStart = true;
      for (var k = 0; k < output.length; k++) {
        if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
          padStart = false;
          break;
        }
      }
      for (var r = 0; r < count; r += columns) {
        var end = Math.min(r + columns, count);
        var line = '';
        var m = r;
        for (; m < end - 1; m++) {
          var cell = output[m] + ', ';
          line += padStart ? cell.padStart(widths[m - r], ' ') : cell.padEnd(widths[m - r], ' ');
        }
        line += padStart ? output[m].padStart(widths[m - r] - sep, ' ') : output[m];
        tmp.push(line);
      }
      if (ctx.maxArrayLength < value.length) tmp.push(output[count]);
      return tmp;
    }
    return output;
  }

  function belowBreakLength(ctx, output, start, base) {
    var total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (var i = 0; i < output.length; i++) {
      total += output[i].length;
      if (total > ctx.breakLength) return false;
    }
    return base === '' || base.indexOf('\n') === -1;
  }

  function reduceToSingleString(ctx, output, base, braces, type, depth, value) {
    var entries = output.length;
    if (type === ARRAY && entries > 6) output = groupArrayElements(ctx, output, value);
    if (ctx.currentDepth - depth < ctx.compact && entries === output.length) {
      var start = output.length + ctx.indent + braces[0].length + base.length + 10;
      if (belowBreakLength(ctx, output, start, base)) {
        var joined = output.join(', ');
        if (joined.indexOf('\n') === -1) {
          return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
        }
      }
    }
    var ind = '\n' + ' '.repeat(ctx.indent);
    return (base ? base + ' ' : '') + braces[0] + ind + '  ' + output.join(',' + ind + '  ') + ind + braces[1];
  }

  function formatValue(ctx, value, depth) {
    // Newman's console carries values across as JSON would: an object's toJSON() is
    // shown instead of the object (a Date stays a Date).
    if (ctx.toJSON && value !== null && typeof value === 'object' && !(value instanceof Date) &&
        typeof value.toJSON === 'function' && ctx.seen.indexOf(value) === -1) {
      try {
        value = value.toJSON();
      } catch (e) {
        // shown as it is
      }
    }
    if (value === null) return 'null';
    if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx, value);
    if (ctx.seen.indexOf(value) !== -1) {
      var idx = ctx.circular.indexOf(value);
      if (idx === -1) {
        ctx.circular.push(value);
        idx = ctx.circular.length - 1;
      }
      return '[Circular *' + (idx + 1) + ']';
    }
    return formatRaw(ctx, value, depth);
  }

  function formatRaw(ctx, value, depth) {
    var ctor;
    var tag = '';
    try {
      ctor = constructorName(value);
      var t = value[Symbol.toStringTag];
      if (typeof t === 'string' && t !== '' && t !== ctor) tag = t;
    } catch (e) {
      ctor = 'Object';
    }
    var keys = [];
    var base = '';
    var braces;
    var type = OBJECT;
    var formatter = function () { return []; };
    if (Array.isArray(value)) {
      var pre = ctor !== 'Array' || tag !== '' ? prefix(ctor, tag, 'Array', '(' + value.length + ')') : '';
      keys = Object.keys(value).filter(function (k) { return !(String(k >>> 0) === k && (k >>> 0) !== 4294967295); });
      braces = [pre + '[', ']'];
      if (value.length === 0 && keys.length === 0) return braces[0] + ']';
      type = ARRAY;
      formatter = formatArray;
    } else if (value instanceof Set) {
      keys = ownKeys(value);
      var sp = prefix(ctor, tag, 'Set', '(' + value.size + ')');
      if (value.size === 0 && keys.length === 0) return sp + '{}';
      braces = [sp + '{', '}'];
      formatter = function (c, v, d) {
        var out = [];
        c.indent += 2;
        v.forEach(function (item) { out.push(formatValue(c, item, d)); });
        c.indent -= 2;
        return out;
      };
    } else if (value instanceof Map) {
      keys = ownKeys(value);
      var mp = prefix(ctor, tag, 'Map', '(' + value.size + ')');
      if (value.size === 0 && keys.length === 0) return mp + '{}';
      braces = [mp + '{', '}'];
      formatter = function (c, v, d) {
        var out = [];
        c.indent += 2;
        v.forEach(function (val, k) { out.push(formatValue(c, k, d) + ' => ' + formatValue(c, val, d)); });
        c.indent -= 2;
        return out;
      };
    } else {
      keys = ownKeys(value);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = functionBase(value, ctor, tag);
        keys = keys.filter(function (k) { return k !== 'prototype'; });
        if (keys.length === 0) return base;
      } else if (ctor === 'Object' && tag === '') {
        if (keys.length === 0) return '{}';
      } else if (value instanceof RegExp) {
        base = RegExp.prototype.toString.call(value);
        if (keys.length === 0 || depth > ctx.depth) return base;
      } else if (value instanceof Date) {
        base = isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
        if (keys.length === 0) return base;
      } else if (isError(value)) {
        base = formatError(value);
        keys = keys.filter(function (k) { return k !== 'stack' && k !== 'message'; });
        if (keys.length === 0) return base;
      } else if (value instanceof Promise) {
        braces[0] = prefix(ctor, tag, 'Promise') + '{';
        if (keys.length === 0) return braces[0] + ' <unknown> }';
      } else if (value instanceof Number || value instanceof String || value instanceof Boolean) {
        var kind = value instanceof Number ? 'Number' : value instanceof String ? 'String' : 'Boolean';
        base = '[' + kind + ': ' + formatPrimitive(ctx, value.valueOf()) + ']';
        if (kind === 'String') keys = keys.filter(function (k) { return !(String(k >>> 0) === k); });
        if (keys.length === 0) return base;
      } else {
        var op = prefix(ctor, tag, 'Object');
        if (keys.length === 0) return op + '{}';
        braces[0] = op + '{';
      }
    }
    if (depth > ctx.depth) {
      var name = prefix(ctor, tag, type === ARRAY ? 'Array' : 'Object').slice(0, -1);
      return ctor !== null ? '[' + name + ']' : name;
    }
    depth += 1;
    ctx.seen.push(value);
    ctx.currentDepth = depth;
    var output;
    try {
      output = formatter(ctx, value, depth);
      for (var i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, depth, keys[i], OBJECT));
      }
    } finally {
      ctx.seen.pop();
    }
    var res = reduceToSingleString(ctx, output, base, braces, type, depth, value);
    var ci = ctx.circular.indexOf(value);
    if (ci !== -1) res = '<ref *' + (ci + 1) + '> ' + res;
    return res;
  }

  function inspect(value, opts) {
    opts = opts || {};
    var ctx = {
      depth: opts.depth === undefined ? 2 : opts.depth === null ? Infinity : opts.depth,
      breakLength: opts.breakLength || 128,
      compact: 3,
      maxArrayLength: 100,
      maxStringLength: 10000,
      indent: 0,
      currentDepth: 0,
      seen: [],
      circular: [],
      toJSON: opts.toJSON === true
    };
    return formatValue(ctx, value, 0);
  }

  function hasBuiltInToString(value) {
    var proto = value;
    while (proto !== null && proto !== undefined) {
      if (hasOwn.call(proto, 'toString')) {
        return proto === Object.prototype || proto === Array.prototype ||
          proto === Error.prototype || proto === Date.prototype || proto === RegExp.prototype ||
          proto === Function.prototype;
      }
      proto = Object.getPrototypeOf(proto);
    }
    return true;
  }

  function formatNumber(n) {
    return Object.is(n, -0) ? '-0' : String(n);
  }

  function format(args) {
    var first = args[0];
    var a = 0;
    var str = '';
    var join = '';
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      var lastPos = 0;
      var temp;
      for (var i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) !== 37) continue;
        var next = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (next) {
            case 115: { // s
              var s = args[++a];
              if (typeof s === 'number') temp = formatNumber(s);
              else if (typeof s === 'bigint') temp = String(s) + 'n';
              else if (typeof s !== 'object' || s === null || !hasBuiltInToString(s)) temp = String(s);
              else temp = inspect(s, { depth: 0 });
              break;
            }
            case 106: // j
              try { temp = JSON.stringify(args[++a]); } catch (e) { temp = '[Circular]'; }
              if (temp === undefined) temp = 'undefined';
              break;
            case 100: { // d
              var d = args[++a];
              if (typeof d === 'bigint') temp = String(d) + 'n';
              else if (typeof d === 'symbol') temp = 'NaN';
              else temp = formatNumber(Number(d));
              break;
            }
            case 79: // O
              temp = inspect(args[++a]);
              break;
            case 111: // o
              temp = inspect(args[++a], { depth: 4 });
              break;
            case 105: { // i
              var n = args[++a];
              if (typeof n === 'bigint') temp = String(n) + 'n';
              else if (typeof n === 'symbol') temp = 'NaN';
              else temp = formatNumber(parseInt(n));
              break;
            }
            case 102: { // f
              var f = args[++a];
              temp = typeof f === 'symbol' ? 'NaN' : formatNumber(parseFloat(f));
              break;
            }
            case 99: // c
              a += 1;
              temp = '';
              break;
            case 37: // %
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += temp;
          lastPos = i + 1;
        } else if (next === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    while (a < args.length) {
      var value = args[a];
      str += join;
      str += typeof value !== 'string' ? inspect(value) : value;
      join = ' ';
      a++;
    }
    return str;
  }

  // Newman serializes console arguments out of the sandbox (functions become
  // '[Function: name]' strings) and its CLI reporter inspects each one with
  // depth 25 and, without a terminal, a break length of 44.
  function newmanLine(args) {
    var parts = [];
    for (var i = 0; i < args.length; i++) {
      var v = args[i];
      if (typeof v === 'function') v = v.name ? '[Function: ' + v.name + ']' : '[Function]';
      parts.push(inspect(v, { depth: 25, breakLength: 44, toJSON: true }));
    }
    return parts.join(', ');
  }

  return { inspect: inspect, format: format, newmanLine: newmanLine };
}
