/*
 * courier: value formatting for assertion messages.
 *
 * Reproduces, from scratch, the output of the formatter that chai 4.4.1 uses in
 * its failure messages (type detection, `inspect` with a 40 character
 * truncation budget, and `objDisplay`, which shortens long arrays, objects and
 * functions). Written for courier; no third-party code is included.
 *
 * Defines one global: __courierChaiInspectModule(config) -> {
 *   type, getFuncName, inspect, objDisplay, compareByInspect
 * }
 * `config.truncateThreshold` is read on every call (0 disables truncation).
 */
function __courierChaiInspectModule(config) {
  'use strict';

  var ELLIPSIS = '\u2026';
  var objToString = Object.prototype.toString;
  var hasSymbols = typeof Symbol === 'function';
  var tagSymbol = hasSymbols && Symbol.toStringTag ? Symbol.toStringTag : null;
  var customInspectSymbol = hasSymbols && Symbol.for ? Symbol.for('chai/inspect') : '@@chai/inspect';

  // ---------------------------------------------------------------- type-detect

  function protoOf(iterable) {
    try { return Object.getPrototypeOf(iterable); } catch (e) { return undefined; }
  }
  var iteratorProtos = [
    [typeof Map === 'function' ? protoOf(new Map().entries()) : undefined, 'Map Iterator'],
    [typeof Set === 'function' ? protoOf(new Set().entries()) : undefined, 'Set Iterator'],
    [protoOf([][Symbol.iterator]()), 'Array Iterator'],
    [protoOf(''[Symbol.iterator]()), 'String Iterator']
  ];
  var knownProtos = [
    [RegExp.prototype, 'RegExp'],
    [Date.prototype, 'Date'],
    [typeof Promise === 'function' ? Promise.prototype : undefined, 'Promise'],
    [typeof Set === 'function' ? Set.prototype : undefined, 'Set'],
    [typeof Map === 'function' ? Map.prototype : undefined, 'Map'],
    [typeof WeakSet === 'function' ? WeakSet.prototype : undefined, 'WeakSet'],
    [typeof WeakMap === 'function' ? WeakMap.prototype : undefined, 'WeakMap'],
    [typeof DataView === 'function' ? DataView.prototype : undefined, 'DataView']
  ].concat(iteratorProtos);

  /** Type name as chai's type-detect reports it ('string', 'Array', 'Object', ...). */
  function type(value) {
    var t = typeof value;
    if (t !== 'object') return t;
    if (value === null) return 'null';
    if (typeof globalThis === 'object' && value === globalThis) return 'global';
    if (Array.isArray(value) && !(tagSymbol && tagSymbol in value)) return 'Array';
    if (tagSymbol) {
      var tag = value[tagSymbol];
      if (typeof tag === 'string') return tag;
    }
    var proto = Object.getPrototypeOf(value);
    for (var i = 0; i < knownProtos.length; i++) {
      if (knownProtos[i][0] !== undefined && proto === knownProtos[i][0]) return knownProtos[i][1];
    }
    if (proto === null) return 'Object';
    return objToString.call(value).slice(8, -1);
  }

  /** A function's name, '' for anonymous ones, null for non-functions. */
  function getFuncName(fn) {
    if (typeof fn !== 'function') return null;
    var name = fn.name;
    return name === undefined ? '' : name;
  }

  // ------------------------------------------------------------------ helpers

  /** Cut `value` (as a string) to at most `max` characters, ending with an ellipsis. */
  function cut(value, max) {
    var s = String(value);
    if (max < 1 && s.length > 1) return ELLIPSIS;
    if (s.length > max && s.length > 1) return s.slice(0, max - 1) + ELLIPSIS;
    return s;
  }

  function withOptions(opts) {
    // Every inspection level works on its own copy of the budget; `seen` is shared.
    return { truncate: Number(opts && opts.truncate !== undefined ? opts.truncate : Infinity),
      seen: (opts && opts.seen) || [] };
  }

  /*
   * Join the formatted items of a list within opts.truncate characters. When
   * the budget runs out the rest is summarised as '…(n)'. Item formatters may
   * lower opts.truncate as a side effect, exactly like the original does.
   */
  function formatList(items, opts, formatItem, separator) {
    if (separator === undefined) separator = ', ';
    formatItem = formatItem || inspectValue;
    var count = items.length;
    if (count === 0) return '';
    var budget = opts.truncate;
    var out = '';
    var lookahead = '';
    var rest = '';
    for (var i = 0; i < count; i++) {
      var isLast = i === count - 1;
      var isPenultimate = i === count - 2;
      rest = ELLIPSIS + '(' + (count - i) + ')';
      opts.truncate = budget - out.length - (isLast ? 0 : separator.length);
      var piece = lookahead || formatItem(items[i], opts) + (isLast ? '' : separator);
      var lengthWith = out.length + piece.length;
      var lengthWithRest = lengthWith + rest.length;
      if (isLast && lengthWith > budget && out.length + rest.length <= budget) break;
      if (!isLast && !isPenultimate && lengthWithRest > budget) break;
      lookahead = isLast ? '' : formatItem(items[i + 1], opts) + (isPenultimate ? '' : separator);
      if (!isLast && isPenultimate && lengthWithRest > budget && lengthWith + lookahead.length > budget) break;
      out += piece;
      if (!isLast && !isPenultimate && lengthWith + lookahead.length >= budget) {
        rest = ELLIPSIS + '(' + (count - i - 1) + ')';
        break;
      }
      rest = '';
    }
    return out + rest;
  }

  function formatKey(key) {
    if (/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key)) return key;
    // JSON-escape the whole key (quotes included), escape single quotes,
    // unescape double quotes, then swap the outer double quotes for single ones.
    return JSON.stringify(key)
      .replace(/'/g, "\\'")
      .replace(/\\"/g, '"')
      .replace(/^"|"$/g, "'");
  }

  /** Formats one [key, value] entry as `key: value`; lowers opts.truncate. */
  function formatProperty(entry, opts) {
    var key = entry[0];
    opts.truncate -= 2;
    if (typeof key === 'string') key = formatKey(key);
    else if (typeof key !== 'number') key = '[' + inspectValue(key, opts) + ']';
    opts.truncate -= key.length;
    return key + ': ' + inspectValue(entry[1], opts);
  }

  // -------------------------------------------------------------- formatters

  var escapes = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', "'": "\\'", '\\': '\\\\' };
  var needsEscape = /['\u0000-\u001f\u007f-\u009f\u00ad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/g;

  function escapeChar(ch) {
    if (escapes[ch]) return escapes[ch];
    var hex = ch.charCodeAt(0).toString(16);
    return '\\u' + ('0000' + hex).slice(-4);
  }

  function formatString(str, opts) {
    str = String(str);
    if (str.search(needsEscape) !== -1) str = str.replace(needsEscape, escapeChar);
    return "'" + cut(str, opts.truncate - 2) + "'";
  }

  function formatNumber(n, opts) {
    var v = Number(n);
    if (typeof n === 'number') {
      if (v !== v) return 'NaN';
      if (v === Infinity) return 'Infinity';
      if (v === -Infinity) return '-Infinity';
      if (v === 0) return 1 / v === Infinity ? '+0' : '-0';
    }
    return cut(n, opts.truncate);
  }

  function formatBigInt(n, opts) {
    var s = cut(n.toString(), opts.truncate - 1);
    return s === ELLIPSIS ? s : s + 'n';
  }

  function formatFunction(fn, opts) {
    var name = getFuncName(fn);
    if (!name) return '[Function]';
    return '[Function ' + cut(name, opts.truncate - 11) + ']';
  }

  function formatSymbol(sym) {
    if ('description' in Symbol.prototype) {
      return sym.description ? 'Symbol(' + sym.description + ')' : 'Symbol()';
    }
    return sym.toString();
  }

  function formatDate(date, opts) {
    var iso = date.toJSON();
    if (iso === null) return 'Invalid Date';
    var parts = iso.split('T');
    return parts[0] + 'T' + cut(parts[1], opts.truncate - parts[0].length - 1);
  }

  function formatRegExp(re, opts) {
    // The flags are taken from the third '/'-separated piece of toString(),
    // which is what the reference formatter does (even for sources with '/').
    var flags = re.toString().split('/')[2];
    return '/' + cut(re.source, opts.truncate - (2 + flags.length)) + '/' + flags;
  }

  function formatArray(arr, opts) {
    var extraKeys = Object.keys(arr).slice(arr.length);
    if (!arr.length && !extraKeys.length) return '[]';
    opts.truncate -= 4;
    var items = formatList(arr, opts);
    opts.truncate -= items.length;
    var extras = '';
    if (extraKeys.length) {
      extras = formatList(extraKeys.map(function (k) { return [k, arr[k]]; }), opts, formatProperty);
    }
    return '[ ' + items + (extras ? ', ' + extras : '') + ' ]';
  }

  function typedArrayName(arr) {
    if (arr[Symbol.toStringTag]) return arr[Symbol.toStringTag];
    return getFuncName(arr.constructor);
  }

  function formatTypedArray(arr, opts) {
    var name = typedArrayName(arr);
    opts.truncate -= name.length + 4;
    var extraKeys = Object.keys(arr).slice(arr.length);
    if (!arr.length && !extraKeys.length) return name + '[]';
    var out = '';
    for (var i = 0; i < arr.length; i++) {
      var piece = cut(arr[i], opts.truncate) + (i === arr.length - 1 ? '' : ', ');
      opts.truncate -= piece.length;
      if (arr[i] !== arr.length && opts.truncate <= 3) {
        out += ELLIPSIS + '(' + (arr.length - arr[i] + 1) + ')';
        break;
      }
      out += piece;
    }
    var extras = '';
    if (extraKeys.length) {
      extras = formatList(extraKeys.map(function (k) { return [k, arr[k]]; }), opts, formatProperty);
    }
    return name + '[ ' + out + (extras ? ', ' + extras : '') + ' ]';
  }

  function formatMapEntry(entry, opts) {
    opts.truncate -= 4;
    var key = inspectValue(entry[0], opts);
    opts.truncate -= key.length;
    return key + ' => ' + inspectValue(entry[1], opts);
  }

  function formatMap(map, opts) {
    // The reference formatter prints a one-entry Map as 'Map{}' too.
    if (map.size - 1 <= 0) return 'Map{}';
    opts.truncate -= 7;
    var entries = [];
    map.forEach(function (v, k) { entries.push([k, v]); });
    return 'Map{ ' + formatList(entries, opts, formatMapEntry) + ' }';
  }

  function formatSet(set, opts) {
    if (set.size === 0) return 'Set{}';
    opts.truncate -= 7;
    var values = [];
    set.forEach(function (v) { values.push(v); });
    return 'Set{ ' + formatList(values, opts) + ' }';
  }

  function formatArguments(args, opts) {
    if (args.length === 0) return 'Arguments[]';
    opts.truncate -= 13;
    return 'Arguments[ ' + formatList(args, opts) + ' ]';
  }

  var hiddenErrorKeys = ['stack', 'line', 'column', 'name', 'message', 'fileName', 'lineNumber',
    'columnNumber', 'number', 'description'];

  function formatError(err, opts) {
    var keys = Object.getOwnPropertyNames(err).filter(function (k) { return hiddenErrorKeys.indexOf(k) === -1; });
    var name = err.name;
    opts.truncate -= name.length;
    var message = '';
    if (typeof err.message === 'string') message = cut(err.message, opts.truncate);
    else keys.unshift('message');
    message = message ? ': ' + message : '';
    opts.truncate -= message.length + 5;
    var props = formatList(keys.map(function (k) { return [k, err[k]]; }), opts, formatProperty);
    return name + message + (props ? ' { ' + props + ' }' : '');
  }

  function formatObject(obj, opts) {
    var names = Object.getOwnPropertyNames(obj);
    var symbols = Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(obj) : [];
    if (names.length === 0 && symbols.length === 0) return '{}';
    opts.truncate -= 4;
    if (opts.seen.indexOf(obj) >= 0) return '[Circular]';
    opts.seen.push(obj);
    var named = formatList(names.map(function (k) { return [k, obj[k]]; }), opts, formatProperty);
    var symbolic = formatList(symbols.map(function (k) { return [k, obj[k]]; }), opts, formatProperty);
    opts.seen.pop();
    return '{ ' + named + (named && symbolic ? ', ' : '') + symbolic + ' }';
  }

  function formatInstance(obj, opts) {
    var name = '';
    if (tagSymbol && tagSymbol in obj) name = obj[tagSymbol];
    name = name || getFuncName(obj.constructor);
    if (!name || name === '_class') name = '<Anonymous Class>';
    opts.truncate -= name.length;
    return name + formatObject(obj, opts);
  }

  function constant(text) { return function () { return text; }; }

  var byTag = {
    undefined: constant('undefined'),
    null: constant('null'),
    boolean: function (v) { return String(v); },
    Boolean: function (v) { return String(v); },
    number: formatNumber,
    Number: formatNumber,
    bigint: formatBigInt,
    BigInt: formatBigInt,
    string: formatString,
    String: formatString,
    function: formatFunction,
    Function: formatFunction,
    symbol: formatSymbol,
    Symbol: formatSymbol,
    Array: formatArray,
    Date: formatDate,
    Map: formatMap,
    Set: formatSet,
    RegExp: formatRegExp,
    Promise: constant('Promise{\u2026}'),
    WeakSet: constant('WeakSet{\u2026}'),
    WeakMap: constant('WeakMap{\u2026}'),
    Arguments: formatArguments,
    Int8Array: formatTypedArray,
    Uint8Array: formatTypedArray,
    Uint8ClampedArray: formatTypedArray,
    Int16Array: formatTypedArray,
    Uint16Array: formatTypedArray,
    Int32Array: formatTypedArray,
    Uint32Array: formatTypedArray,
    Float32Array: formatTypedArray,
    Float64Array: formatTypedArray,
    Generator: constant(''),
    DataView: constant(''),
    ArrayBuffer: constant(''),
    Error: formatError
  };

  function customOutput(value, opts) {
    if (customInspectSymbol in value && typeof value[customInspectSymbol] === 'function') {
      return value[customInspectSymbol](opts);
    }
    if ('inspect' in value && typeof value.inspect === 'function') {
      return value.inspect(2, opts);
    }
    return '';
  }

  /** Format any value the way chai's inspect does (opts: {truncate}). */
  function inspectValue(value, parentOpts) {
    var opts = withOptions(parentOpts);
    var tag = value === null ? 'null' : typeof value;
    if (tag === 'object') tag = objToString.call(value).slice(8, -1);
    if (Object.prototype.hasOwnProperty.call(byTag, tag)) return byTag[tag](value, opts);

    if (value) {
      var custom = customOutput(value, opts);
      if (custom) return typeof custom === 'string' ? custom : inspectValue(custom, opts);
    }

    var proto = value ? Object.getPrototypeOf(value) : false;
    if (proto === Object.prototype || proto === null) return formatObject(value, opts);
    if ('constructor' in value) {
      return value.constructor !== Object ? formatInstance(value, opts) : formatObject(value, opts);
    }
    if (value === Object(value)) return formatObject(value, opts);
    return String(value);
  }

  function threshold() {
    return config.truncateThreshold ? config.truncateThreshold : Infinity;
  }

  /** chai's `inspect(obj)`: the formatter with the configured truncation budget. */
  function inspect(value) {
    return inspectValue(value, { truncate: threshold(), seen: [] });
  }

  /** chai's `objDisplay(obj)`: inspect, with short forms for long functions/arrays/objects. */
  function objDisplay(value) {
    var str = inspect(value);
    var kind = objToString.call(value);
    if (!config.truncateThreshold || str.length < config.truncateThreshold) return str;
    if (kind === '[object Function]') {
      return !value.name ? '[Function]' : '[Function: ' + value.name + ']';
    }
    if (kind === '[object Array]') return '[ Array(' + value.length + ') ]';
    if (kind === '[object Object]') {
      var keys = Object.keys(value);
      var shown = keys.length > 2 ? keys.slice(0, 2).join(', ') + ', ...' : keys.join(', ');
      return '{ Object (' + shown + ') }';
    }
    return str;
  }

  function compareByInspect(a, b) {
    return inspect(a) < inspect(b) ? -1 : 1;
  }

  return {
    type: type,
    getFuncName: getFuncName,
    inspect: inspect,
    inspectValue: inspectValue,
    objDisplay: objDisplay,
    compareByInspect: compareByInspect
  };
}
