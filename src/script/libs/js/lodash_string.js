// courier: lodash 4 string functions (internal library '_lodash_string'): words and the case
// functions (camelCase, snakeCase, startCase...), deburr, pad/trim (unicode aware), truncate,
// escape/unescape, escapeRegExp, split, parseInt, startsWith/endsWith and template.
(function (native, require) {
  'use strict';

  var C = require('_lodash_core');
  var toString = C.toString;
  var baseToString = C.baseToString;
  var toInteger = C.toInteger;
  var stringToArray = C.stringToArray;
  var stringSize = C.stringSize;
  var hasUnicode = C.hasUnicode;

  // ------------------------------------------------------------ deburr

  // Letters without a canonical decomposition get lodash's spelled-out forms; the others lose
  // their combining marks through NFD.
  var SPELLED = {
    '\xc6': 'Ae', '\xe6': 'ae', '\xd0': 'D', '\xf0': 'd', '\xd8': 'O', '\xf8': 'o', '\xde': 'Th',
    '\xfe': 'th', '\xdf': 'ss', '\u0110': 'D', '\u0111': 'd', '\u0126': 'H', '\u0127': 'h',
    '\u0131': 'i', '\u0132': 'IJ', '\u0133': 'ij', '\u0138': 'k', '\u013f': 'L', '\u0140': 'l',
    '\u0141': 'L', '\u0142': 'l', '\u0149': "'n", '\u014a': 'N', '\u014b': 'n', '\u0152': 'Oe',
    '\u0153': 'oe', '\u0166': 'T', '\u0167': 't', '\u017f': 's'
  };
  var COMBO = new RegExp('[' + C.MARKS + ']', 'g');
  function deburrLetter(ch) { return SPELLED[ch] || ch.normalize('NFD').replace(/[\u0300-\u036f]/g, ''); }
  function deburr(s) {
    s = toString(s);
    return s && s.replace(/[\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u017f]/g, deburrLetter).replace(COMBO, '');
  }

  // ------------------------------------------------------------ words

  var LOWER = 'a-z\\xdf-\\xf6\\xf8-\\xff';
  var UPPER = 'A-Z\\xc0-\\xd6\\xd8-\\xde';
  var SPACES = ' \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002' +
    '\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000';
  var BREAKS = '\\xac\\xb1\\xd7\\xf7\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\u2000-\\u206f' + SPACES;
  var BREAK = '[' + BREAKS + ']';
  var LOW = '[' + LOWER + ']';
  var UP = '[' + UPPER + ']';
  // "Misc" letters: anything that is not a break, digit, dingbat, surrogate or Latin letter.
  var MISC = '[^\\ud800-\\udfff' + BREAKS + '\\d+\\u2700-\\u27bf' + LOWER + UPPER + ']';
  var MISC_LOW = '(?:' + LOW + '|' + MISC + ')';
  var MISC_UP = '(?:' + UP + '|' + MISC + ')';
  var CONTR_LOW = "(?:['\\u2019](?:d|ll|m|re|s|t|ve))?";
  var CONTR_UP = "(?:['\\u2019](?:D|LL|M|RE|S|T|VE))?";
  var UNICODE_WORD = new RegExp([
    UP + '?' + LOW + '+' + CONTR_LOW + '(?=' + BREAK + '|' + UP + '|$)',
    MISC_UP + '+' + CONTR_UP + '(?=' + BREAK + '|' + UP + MISC_LOW + '|$)',
    UP + '?' + MISC_LOW + '+' + CONTR_LOW,
    UP + '+' + CONTR_UP,
    '\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])',
    '\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])',
    '\\d+',
    '(?:[\\u2700-\\u27bf]|' + C.FLAG + '|' + C.PAIR + ')' + C.TAIL
  ].join('|'), 'g');
  var ASCII_WORD = /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;
  var NEEDS_UNICODE_WORDS = /[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/;

  function words(s, pattern, guard) {
    s = toString(s);
    pattern = guard ? undefined : pattern;
    if (pattern === undefined) {
      return (NEEDS_UNICODE_WORDS.test(s) ? s.match(UNICODE_WORD) : s.match(ASCII_WORD)) || [];
    }
    return s.match(pattern) || [];
  }

  function caseFirst(method) {
    return function (s) {
      s = toString(s);
      var symbols = hasUnicode(s) ? stringToArray(s) : null;
      var first = symbols ? symbols[0] : s.charAt(0);
      var rest = symbols ? symbols.slice(1).join('') : s.slice(1);
      return (first === undefined ? '' : first[method]()) + rest;
    };
  }
  var upperFirst = caseFirst('toUpperCase');
  var lowerFirst = caseFirst('toLowerCase');
  function capitalize(s) { return upperFirst(toString(s).toLowerCase()); }

  function compounder(join) {
    return function (s) {
      return words(deburr(s).replace(/['\u2019]/g, '')).reduce(function (acc, w, i) { return join(acc, w, i); }, '');
    };
  }
  var camelCase = compounder(function (r, w, i) { w = w.toLowerCase(); return r + (i ? capitalize(w) : w); });
  var kebabCase = compounder(function (r, w, i) { return r + (i ? '-' : '') + w.toLowerCase(); });
  var snakeCase = compounder(function (r, w, i) { return r + (i ? '_' : '') + w.toLowerCase(); });
  var lowerCase = compounder(function (r, w, i) { return r + (i ? ' ' : '') + w.toLowerCase(); });
  var upperCase = compounder(function (r, w, i) { return r + (i ? ' ' : '') + w.toUpperCase(); });
  var startCase = compounder(function (r, w, i) { return r + (i ? ' ' : '') + upperFirst(w); });
  function toLower(v) { return toString(v).toLowerCase(); }
  function toUpper(v) { return toString(v).toUpperCase(); }

  // ------------------------------------------------------------ pad, repeat, trim

  function baseRepeat(s, n) {
    var out = '';
    if (!s || n < 1 || n > C.MAX_SAFE) return out;
    while (n) {
      if (n % 2) out += s;
      n = Math.floor(n / 2);
      if (n) s += s;
    }
    return out;
  }
  function repeat(s, n, guard) {
    n = (guard ? C.isIterateeCall(s, n, guard) : n === undefined) ? 1 : toInteger(n);
    return baseRepeat(toString(s), n);
  }
  function padding(n, chars) {
    chars = chars === undefined ? ' ' : baseToString(chars);
    if (chars.length < 2) return chars.length ? baseRepeat(chars, n) : chars;
    var out = baseRepeat(chars, Math.ceil(n / stringSize(chars)));
    return hasUnicode(chars) ? stringToArray(out).slice(0, n).join('') : out.slice(0, n);
  }
  function pad(s, length, chars) {
    s = toString(s);
    length = toInteger(length);
    var size = length ? stringSize(s) : 0;
    if (!length || size >= length) return s;
    var mid = (length - size) / 2;
    return padding(Math.floor(mid), chars) + s + padding(Math.ceil(mid), chars);
  }
  function padStart(s, length, chars) {
    s = toString(s);
    length = toInteger(length);
    var size = length ? stringSize(s) : 0;
    return (length && size < length) ? padding(length - size, chars) + s : s;
  }
  function padEnd(s, length, chars) {
    s = toString(s);
    length = toInteger(length);
    var size = length ? stringSize(s) : 0;
    return (length && size < length) ? s + padding(length - size, chars) : s;
  }

  function startIndex(symbols, chars) {
    var i = -1;
    while (++i < symbols.length && chars.indexOf(symbols[i]) > -1) { /* skip */ }
    return i;
  }
  function endIndex(symbols, chars) {
    var i = symbols.length;
    while (i-- && chars.indexOf(symbols[i]) > -1) { /* skip */ }
    return i;
  }
  function trimmer(mode) {
    return function (s, chars, guard) {
      s = toString(s);
      if (s && (guard || chars === undefined)) {
        if (mode === 'start') return s.replace(/^\s+/, '');
        if (mode === 'end') return s.replace(/\s+$/, '');
        return C.trimWs(s);
      }
      if (!s || !(chars = baseToString(chars))) return s;
      var symbols = stringToArray(s);
      var set = stringToArray(chars);
      var from = mode === 'end' ? 0 : startIndex(symbols, set);
      var to = mode === 'start' ? symbols.length : endIndex(symbols, set) + 1;
      return symbols.slice(from, to).join('');
    };
  }
  var trim = trimmer('both');
  var trimStart = trimmer('start');
  var trimEnd = trimmer('end');

  function truncate(s, options) {
    var length = 30;
    var omission = '...';
    var separator;
    if (C.isObject(options)) {
      separator = 'separator' in options ? options.separator : separator;
      length = 'length' in options ? toInteger(options.length) : length;
      omission = 'omission' in options ? baseToString(options.omission) : omission;
    }
    s = toString(s);
    var size = s.length;
    var symbols = null;
    if (hasUnicode(s)) {
      symbols = stringToArray(s);
      size = symbols.length;
    }
    if (length >= size) return s;
    var end = length - stringSize(omission);
    if (end < 1) return omission;
    var out = symbols ? symbols.slice(0, end).join('') : s.slice(0, end);
    if (separator === undefined) return out + omission;
    if (symbols) end = out.length;
    if (C.isRegExp(separator)) {
      if (s.slice(end).search(separator)) {
        var re = separator.global ? separator : new RegExp(separator.source, toString(/\w*$/.exec(separator)) + 'g');
        var m;
        var newEnd;
        re.lastIndex = 0;
        while ((m = re.exec(out))) newEnd = m.index;
        out = out.slice(0, newEnd === undefined ? end : newEnd);
      }
    } else if (s.indexOf(baseToString(separator), end) != end) {
      var i = out.lastIndexOf(separator);
      if (i > -1) out = out.slice(0, i);
    }
    return out + omission;
  }

  // ------------------------------------------------------------ escaping, misc

  var HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  var HTML_UNESCAPES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  function escape(s) {
    s = toString(s);
    return /[&<>"']/.test(s) ? s.replace(/[&<>"']/g, function (c) { return HTML_ESCAPES[c]; }) : s;
  }
  function unescape(s) {
    s = toString(s);
    return /&(?:amp|lt|gt|quot|#39);/.test(s) ?
      s.replace(/&(?:amp|lt|gt|quot|#39);/g, function (e) { return HTML_UNESCAPES[e]; }) : s;
  }
  function escapeRegExp(s) {
    s = toString(s);
    return /[\\^$.*+?()[\]{}|]/.test(s) ? s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&') : s;
  }
  function startsWith(s, target, position) {
    s = toString(s);
    position = position == null ? 0 : C.clampNumber(toInteger(position), 0, s.length);
    target = baseToString(target);
    return s.slice(position, position + target.length) == target;
  }
  function endsWith(s, target, position) {
    s = toString(s);
    target = baseToString(target);
    var n = s.length;
    position = position === undefined ? n : C.clampNumber(toInteger(position), 0, n);
    var end = position;
    position -= target.length;
    return position >= 0 && s.slice(position, end) == target;
  }
  function replace() {
    var args = arguments;
    var s = toString(args[0]);
    return args.length < 3 ? s : s.replace(args[1], args[2]);
  }
  function split(s, separator, limit) {
    if (limit && typeof limit !== 'number' && C.isIterateeCall(s, separator, limit)) separator = limit = undefined;
    limit = limit === undefined ? 4294967295 : limit >>> 0;
    if (!limit) return [];
    s = toString(s);
    if (s && (typeof separator === 'string' || (separator != null && !C.isRegExp(separator)))) {
      separator = baseToString(separator);
      if (!separator && hasUnicode(s)) return stringToArray(s).slice(0, limit);
    }
    return s.split(separator, limit);
  }
  function parseIntLodash(s, radix, guard) {
    if (guard || radix == null) radix = 0;
    else if (radix) radix = +radix;
    return parseInt(toString(s).replace(/^\s+/, ''), radix || 0);
  }

  // ------------------------------------------------------------ template

  var NO_MATCH = /($^)/;
  var ES_TEMPLATE = /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/g;
  var STRING_ESCAPES = { '\\': '\\', "'": "'", '\n': 'n', '\r': 'r', '\u2028': 'u2028', '\u2029': 'u2029' };

  // Compiles `text` the way lodash does: a function body appending to `__p`, `with (obj)` unless
  // a `variable` is named, run through Function with the imports as parameters.
  function compileTemplate(text, options, settings, escapeFn, interpolateDefault, badVariable) {
    var imports = {};
    [options.imports, settings.imports].forEach(function (src) {
      if (src) for (var k in src) if (imports[k] === undefined) imports[k] = src[k];
    });
    var importKeys = C.keys(imports);
    var importValues = importKeys.map(function (k) { return imports[k]; });
    var interpolate = options.interpolate || NO_MATCH;
    var delimiters = new RegExp((options.escape || NO_MATCH).source + '|' + interpolate.source + '|' +
      (interpolate === interpolateDefault ? ES_TEMPLATE : NO_MATCH).source + '|' +
      (options.evaluate || NO_MATCH).source + '|$', 'g');
    var escaping = false;
    var evaluating = false;
    var index = 0;
    var source = "__p += '";
    text.replace(delimiters, function (match, esc, interp, es, evaluate, offset) {
      interp = interp || es;
      source += text.slice(index, offset).replace(/['\n\r\u2028\u2029\\]/g, function (c) { return '\\' + STRING_ESCAPES[c]; });
      if (esc) {
        escaping = true;
        source += "' +\n__e(" + esc + ") +\n'";
      }
      if (evaluate) {
        evaluating = true;
        source += "';\n" + evaluate + ";\n__p += '";
      }
      if (interp) source += "' +\n((__t = (" + interp + ")) == null ? '' : __t) +\n'";
      index = offset + match.length;
      return match;
    });
    source += "';\n";
    var variable = Object.prototype.hasOwnProperty.call(options, 'variable') && options.variable;
    if (!variable) source = 'with (obj) {\n' + source + '\n}\n';
    else if (badVariable && badVariable.test(variable)) throw new Error('Invalid `variable` option passed into `_.template`');
    if (evaluating) source = source.replace(/\b__p \+= '';/g, '');
    source = source.replace(/\b(__p \+=) '' \+/g, '$1').replace(/(__e\(.*?\)|\b__t\)) \+\n'';/g, '$1;');
    source = 'function(' + (variable || 'obj') + ') {\n' + (variable ? '' : 'obj || (obj = {});\n') +
      "var __t, __p = ''" + (escaping ? ', __e = _.escape' : '') +
      (evaluating ? ', __j = Array.prototype.join;\nfunction print() { __p += __j.call(arguments, \'\') }\n' : ';\n') +
      source + 'return __p\n}';
    var compiled;
    try {
      compiled = Function.apply(undefined, importKeys.concat(['return ' + source])).apply(undefined, importValues);
    } catch (e) {
      compiled = C.isError(e) ? e : new Error(e);
    }
    compiled.source = source;
    if (C.isError(compiled)) throw compiled;
    return compiled;
  }

  return {
    deburr: deburr, words: words, upperFirst: upperFirst, lowerFirst: lowerFirst,
    capitalize: capitalize, camelCase: camelCase, kebabCase: kebabCase, snakeCase: snakeCase,
    lowerCase: lowerCase, upperCase: upperCase, startCase: startCase, toLower: toLower,
    toUpper: toUpper, baseRepeat: baseRepeat, repeat: repeat, padding: padding, pad: pad,
    padStart: padStart, padEnd: padEnd, trim: trim, trimStart: trimStart, trimEnd: trimEnd,
    truncate: truncate, escape: escape, unescape: unescape, escapeRegExp: escapeRegExp,
    startsWith: startsWith, endsWith: endsWith, replace: replace, split: split,
    parseInt: parseIntLodash, compileTemplate: compileTemplate, STRING_ESCAPES: STRING_ESCAPES
  };
})
