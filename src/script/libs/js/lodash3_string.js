// courier: lodash 3.10 string functions (internal library '_lodash3_string') for the legacy
// global `_`: v3's word splitting and case functions, capitalize (first letter only), deburr
// (Latin-1), pad/padLeft/padRight, trim/trimLeft/trimRight, trunc, escape/unescape (with the
// backtick), escapeRegExp, parseInt, repeat, startsWith/endsWith and template.
(function (native, require) {
  'use strict';

  var B = require('_lodash3_base');
  var toStr = B.baseToString;

  var SPELLED = { '\xc6': 'Ae', '\xe6': 'ae', '\xd0': 'D', '\xf0': 'd', '\xd8': 'O', '\xf8': 'o', '\xde': 'Th', '\xfe': 'th', '\xdf': 'ss' };
  function deburr(s) {
    s = toStr(s);
    return s && s.replace(/[\xc0-\xd6\xd8-\xde\xdf-\xf6\xf8-\xff]/g, function (c) {
      return SPELLED[c] || c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    }).replace(/[\u0300-\u036f\ufe20-\ufe23]/g, '');
  }
  var WORDS = /[A-Z\xc0-\xd6\xd8-\xde]+(?=[A-Z\xc0-\xd6\xd8-\xde][a-z\xdf-\xf6\xf8-\xff]+)|[A-Z\xc0-\xd6\xd8-\xde]?[a-z\xdf-\xf6\xf8-\xff]+|[A-Z\xc0-\xd6\xd8-\xde]+|[0-9]+/g;
  function words(s, pattern, guard) {
    if (guard && B.isIterateeCall(s, pattern, guard)) pattern = undefined;
    return toStr(s).match(pattern || WORDS) || [];
  }
  function upFirst(w) { return w.charAt(0).toUpperCase() + w.slice(1); }
  function compounder(join) {
    return function (s) { return words(deburr(s)).reduce(function (acc, w, i) { return join(acc, w, i); }, ''); };
  }

  // lodash 3's whitespace: its own list rather than \s.
  function isSpace(c) {
    return ((c <= 160 && (c >= 9 && c <= 13) || c === 32 || c === 160) || c === 5760 || c === 6158 ||
      (c >= 8192 && (c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279)));
  }
  function leftIndex(s, chars) {
    var i = -1;
    while (++i < s.length && (chars == null ? isSpace(s.charCodeAt(i)) : chars.indexOf(s.charAt(i)) > -1)) { /* skip */ }
    return i;
  }
  function rightIndex(s, chars) {
    var i = s.length;
    while (i-- && (chars == null ? isSpace(s.charCodeAt(i)) : chars.indexOf(s.charAt(i)) > -1)) { /* skip */ }
    return i;
  }
  function trimmer(left, right) {
    return function (string, chars, guard) {
      var value = string;
      string = toStr(string);
      if (!string) return string;
      if (guard ? B.isIterateeCall(value, chars, guard) : chars == null) chars = null;
      else chars = chars + '';
      return string.slice(left ? leftIndex(string, chars) : 0, right ? rightIndex(string, chars) + 1 : string.length);
    };
  }
  var trim = trimmer(true, true);

  function repeat(s, n) {
    var out = '';
    s = toStr(s);
    n = +n;
    if (n < 1 || !s || !isFinite(n)) return out;
    do {
      if (n % 2) out += s;
      n = Math.floor(n / 2);
      s += s;
    } while (n);
    return out;
  }
  function padding(s, length, chars) {
    length = +length;
    if (s.length >= length || !isFinite(length)) return '';
    var n = length - s.length;
    chars = chars == null ? ' ' : chars + '';
    return repeat(chars, Math.ceil(n / chars.length)).slice(0, n);
  }
  function pad(s, length, chars) {
    s = toStr(s);
    length = +length;
    if (s.length >= length || !isFinite(length)) return s;
    var mid = (length - s.length) / 2;
    chars = padding('', Math.ceil(mid), chars);
    return chars.slice(0, Math.floor(mid)) + s + chars;
  }
  function padDir(right) {
    return function (s, length, chars) {
      s = toStr(s);
      return (right ? s : '') + padding(s, length, chars) + (right ? '' : s);
    };
  }

  function trunc(s, options, guard) {
    if (guard && B.isIterateeCall(s, options, guard)) options = undefined;
    var length = 30;
    var omission = '...';
    var separator;
    if (options != null) {
      if (B.isObject(options)) {
        separator = 'separator' in options ? options.separator : separator;
        length = 'length' in options ? (+options.length || 0) : length;
        omission = 'omission' in options ? toStr(options.omission) : omission;
      } else {
        length = +options || 0;
      }
    }
    s = toStr(s);
    if (length >= s.length) return s;
    var end = length - omission.length;
    if (end < 1) return omission;
    var out = s.slice(0, end);
    if (separator == null) return out + omission;
    if (B.isRegExp(separator)) {
      if (s.slice(end).search(separator)) {
        var re = separator.global ? separator : new RegExp(separator.source, (/\w*$/.exec(separator) || '') + 'g');
        var m;
        var newEnd;
        re.lastIndex = 0;
        while ((m = re.exec(out))) newEnd = m.index;
        out = out.slice(0, newEnd == null ? end : newEnd);
      }
    } else if (s.indexOf(separator, end) != end) {
      var i = out.lastIndexOf(separator);
      if (i > -1) out = out.slice(0, i);
    }
    return out + omission;
  }

  var HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };
  var HTML_UNESCAPES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#96;': '`' };
  function escape(s) {
    s = toStr(s);
    return (s && /[&<>"'`]/.test(s)) ? s.replace(/[&<>"'`]/g, function (c) { return HTML_ESCAPES[c]; }) : s;
  }
  function unescape(s) {
    s = toStr(s);
    return (s && /&(?:amp|lt|gt|quot|#39|#96);/.test(s)) ?
      s.replace(/&(?:amp|lt|gt|quot|#39|#96);/g, function (e) { return HTML_UNESCAPES[e]; }) : s;
  }
  var STRING_ESCAPES = { '\n': 'n', '\r': 'r', '\u2028': 'u2028', '\u2029': 'u2029' };
  var REGEXP_CHARS = /^[:!,]|[\\^$.*+?()[\]{}|/]|(^[0-9a-fA-Fnrtuvx])|([\n\r\u2028\u2029])/g;
  function escapeRegExp(s) {
    s = toStr(s);
    if (!s || !new RegExp(REGEXP_CHARS.source).test(s)) return s || '(?:)';
    return s.replace(REGEXP_CHARS, function (chr, leading, space) {
      if (leading) return '\\x' + chr.charCodeAt(0).toString(16);
      if (space) return '\\' + STRING_ESCAPES[chr];
      return '\\' + chr;
    });
  }
  function startsWith(s, target, position) {
    s = toStr(s);
    position = position == null ? 0 : Math.min(position < 0 ? 0 : (+position || 0), s.length);
    return s.lastIndexOf(target, position) == position;
  }
  function endsWith(s, target, position) {
    s = toStr(s);
    target = target + '';
    var n = s.length;
    position = position === undefined ? n : Math.min(position < 0 ? 0 : (+position || 0), n);
    position -= target.length;
    return position >= 0 && s.indexOf(target, position) == position;
  }
  function parseIntV3(s, radix, guard) {
    if (guard ? B.isIterateeCall(s, radix, guard) : radix == null) radix = 0;
    else if (radix) radix = +radix;
    s = trim(s);
    return parseInt(s, radix || (/^0[xX]/.test(s) ? 16 : 10));
  }

  // template(string, options, otherOptions): the legacy third argument overrides options.
  function template(lodash, compile) {
    return function (string, options, otherOptions) {
      var settings = lodash.templateSettings;
      if (otherOptions && B.isIterateeCall(string, options, otherOptions)) options = otherOptions = undefined;
      var opts = {};
      var given = otherOptions || options;
      if (given != null) B.keys(given).forEach(function (k) { opts[k] = given[k]; });
      B.keys(settings).forEach(function (k) { if (opts[k] === undefined || !B.own.call(opts, k)) opts[k] = settings[k]; });
      return compile(toStr(string), opts, settings, null, INTERPOLATE, null);
    };
  }
  var INTERPOLATE = /<%=([\s\S]+?)%>/g;

  return {
    deburr: deburr, words: words,
    camelCase: compounder(function (r, w, i) { w = w.toLowerCase(); return r + (i ? upFirst(w) : w); }),
    kebabCase: compounder(function (r, w, i) { return r + (i ? '-' : '') + w.toLowerCase(); }),
    snakeCase: compounder(function (r, w, i) { return r + (i ? '_' : '') + w.toLowerCase(); }),
    startCase: compounder(function (r, w, i) { return r + (i ? ' ' : '') + upFirst(w); }),
    capitalize: function (s) { s = toStr(s); return s && upFirst(s); },
    trim: trim, trimLeft: trimmer(true, false), trimRight: trimmer(false, true), repeat: repeat,
    pad: pad, padLeft: padDir(false), padRight: padDir(true), trunc: trunc, escape: escape,
    unescape: unescape, escapeRegExp: escapeRegExp, startsWith: startsWith, endsWith: endsWith,
    parseInt: parseIntV3, template: template, INTERPOLATE: INTERPOLATE
  };
})
