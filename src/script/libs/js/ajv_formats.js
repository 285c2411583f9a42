// courier: internal helper of require('ajv'): the string formats Ajv 6 knows, in its 'fast'
// (default) and 'full' modes, with the same accepted strings. Written for courier.
(function () {
  'use strict';

  function digits(s, from, n) {
    for (var i = from; i < from + n; i++) {
      var c = s.charCodeAt(i);
      if (!(c >= 48 && c <= 57)) return false;
    }
    return true;
  }

  // ---- dates and times ----

  // 'YYYY-MM-DD' with the month's first digit 0-1 and the day's 0-3 (fast mode).
  function fastDate(s, from) {
    from = from || 0;
    return digits(s, from, 4) && s.charAt(from + 4) === '-' && '01'.indexOf(s.charAt(from + 5)) >= 0 &&
      digits(s, from + 6, 1) && s.charAt(from + 7) === '-' && '0123'.indexOf(s.charAt(from + 8)) >= 0 &&
      digits(s, from + 9, 1);
  }

  // Parses 'hh:mm:ss[.frac][zone]' from `from` to the end; returns null when the shape is wrong,
  // else {h, m, s, zone}. `zone` is '' when absent.
  function timeParts(s, from) {
    if (!(digits(s, from, 2) && s.charAt(from + 2) === ':' && digits(s, from + 3, 2) &&
      s.charAt(from + 5) === ':' && digits(s, from + 6, 2))) return null;
    var i = from + 8;
    if (s.charAt(i) === '.') {
      var j = i + 1;
      while (digits(s, j, 1)) j++;
      if (j === i + 1) return null;
      i = j;
    }
    var zone = s.slice(i);
    if (zone !== '' && !/^(?:[zZ]|[+-]\d\d(?::?\d\d)?)$/.test(zone)) return null;
    return { h: s.slice(from, from + 2), m: s.slice(from + 3, from + 5), s: s.slice(from + 6, from + 8), zone: zone };
  }

  function fastTimeOk(p) {
    if (!p) return false;
    var leap = p.h === '23' && p.m === '59' && p.s === '60';
    return leap || (p.h.charAt(0) <= '2' && p.m.charAt(0) <= '5' && p.s.charAt(0) <= '5');
  }

  function fastTime(s) { return fastTimeOk(timeParts(s, 0)); }

  function fastDateTime(s) {
    if (!fastDate(s, 0) || !/[tT\s]/.test(s.charAt(10))) return false;
    var p = timeParts(s, 11);
    return fastTimeOk(p) && p.zone !== '';
  }

  var MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

  function fullDate(s) {
    if (!(s.length === 10 && digits(s, 0, 4) && s.charAt(4) === '-' && digits(s, 5, 2) && s.charAt(7) === '-' &&
      digits(s, 8, 2))) return false;
    var year = +s.slice(0, 4);
    var month = +s.slice(5, 7);
    var day = +s.slice(8, 10);
    var leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : MONTH_DAYS[month]);
  }

  function fullTime(s, needZone) {
    var p = timeParts(s, 0);
    if (!p) return false;
    var ok = (+p.h <= 23 && +p.m <= 59 && +p.s <= 59) || (+p.h === 23 && +p.m === 59 && +p.s === 60);
    return ok && (!needZone || p.zone !== '');
  }

  function fullDateTime(s) {
    var parts = s.split(/t|\s/i);
    return parts.length === 2 && fullDate(parts[0]) && fullTime(parts[1], true);
  }

  // ---- URIs ----

  var HEX = /^[0-9a-fA-F]$/;
  var SCHEME = /^[a-zA-Z][a-zA-Z0-9+\-.]*$/;

  // Whether every character of `s` is in `chars` (or a letter or digit), with '%' only as
  // the start of a two-digit hex escape.
  function charsOk(s, chars) {
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i);
      if (ch === '%') {
        if (!(HEX.test(s.charAt(i + 1)) && HEX.test(s.charAt(i + 2)))) return false;
        i += 2;
      } else if (!(/[a-zA-Z0-9]/.test(ch) || chars.indexOf(ch) >= 0)) return false;
    }
    return true;
  }

  var SUB = "!$&'()*+,;=";
  var UNRES = '-._~';
  function pcharOk(s, quote) { return charsOk(s, UNRES + SUB + ':@/' + (quote ? '"' : '')); }

  // '[...]' host: an IPv6 address or an 'IPvFuture'.
  function ipLiteral(s) {
    if (/^[vV][0-9a-fA-F]+\./.test(s)) {
      var rest = s.slice(s.indexOf('.') + 1);
      return rest.length > 0 && charsOk(rest, UNRES + SUB + ':') && rest.indexOf('%') < 0;
    }
    return ipv6Core(s);
  }

  // '//' authority and path, where the host is an IP literal in brackets.
  function bracketAuthority(s, quote) {
    var open = s.indexOf('[');
    var close = s.indexOf(']', open);
    if (open < 0 || close < 0) return false;
    var before = s.slice(0, open);
    if (before !== '') {
      if (before.charAt(before.length - 1) !== '@') return false;
      var user = before.slice(0, -1);
      if (user.indexOf('@') >= 0 || !charsOk(user, UNRES + SUB + ':')) return false;
    }
    if (!ipLiteral(s.slice(open + 1, close))) return false;
    var after = s.slice(close + 1);
    var m = after.match(/^(?::\d*)?/);
    var path = after.slice(m[0].length);
    return (path === '' || path.charAt(0) === '/') && pcharOk(path, quote);
  }

  // The hierarchical part of a URI (after 'scheme:'), up to '?' or '#'.
  function hierOk(h, quote, allowEmpty) {
    if (h === '') return allowEmpty;
    if (pcharOk(h, quote)) return true;
    if (h.charAt(0) !== '/') return false;
    var rest = h.charAt(1) === '/' ? h.slice(2) : h.slice(1);
    return bracketAuthority(rest, quote) || (h.charAt(1) === '/' && bracketAuthority(h.slice(1), quote));
  }

  function splitUri(s) {
    var hash = s.indexOf('#');
    var frag = hash >= 0 ? s.slice(hash + 1) : null;
    var beforeHash = hash >= 0 ? s.slice(0, hash) : s;
    var q = beforeHash.indexOf('?');
    return {
      main: q >= 0 ? beforeHash.slice(0, q) : beforeHash,
      query: q >= 0 ? beforeHash.slice(q + 1) : null,
      fragment: frag
    };
  }

  function tailOk(parts, quote) {
    return (parts.query === null || charsOk(parts.query, UNRES + SUB + ':@/?' + (quote ? '"' : ''))) &&
      (parts.fragment === null || charsOk(parts.fragment, UNRES + SUB + ':@/?' + (quote ? '"' : '')));
  }

  function fullUri(s) {
    if (!/[\/:]/.test(s)) return false;
    var parts = splitUri(s);
    var colon = parts.main.indexOf(':');
    if (colon < 0 || !SCHEME.test(parts.main.slice(0, colon))) return false;
    return hierOk(parts.main.slice(colon + 1), false, false) && tailOk(parts, false);
  }

  function fullUriReference(s) {
    var parts = splitUri(s);
    if (!tailOk(parts, true)) return false;
    if (hierOk(parts.main, true, true)) return true;
    var colon = parts.main.indexOf(':');
    return colon > 0 && SCHEME.test(parts.main.slice(0, colon)) && hierOk(parts.main.slice(colon + 1), true, true);
  }

  function fastUri(s) {
    var colon = s.indexOf(':');
    return colon > 0 && SCHEME.test(s.slice(0, colon)) && !/\s/.test(s);
  }

  function fastUriReference(s) {
    var rest = s;
    var m = rest.match(/^(?:[a-zA-Z][a-zA-Z0-9+\-.]*:)?\/?\//);
    // The optional 'scheme:' needs the slashes after it; try with and without that prefix.
    var candidates = m ? [rest.slice(m[0].length), rest] : [rest];
    return candidates.some(function (r) {
      var hash = r.indexOf('#');
      var main = hash >= 0 ? r.slice(0, hash) : r;
      var frag = hash >= 0 ? r.slice(hash) : '';
      if (/\s/.test(main) || (main !== '' && main.charAt(0) === '\\')) return false;
      return frag === '' || !/[\\\s]/.test(frag.slice(1));
    });
  }

  // RFC 6570 templates: literals and '{...}' expressions.
  var TEMPLATE_VAR = '(?:[a-zA-Z0-9_]|%[0-9a-fA-F]{2})+(?::[1-9][0-9]{0,3}|\\*)?';
  var TEMPLATE = new RegExp('^(?:[^\\x00-\\x20"\'<>%\\\\^`{|}]|%[0-9a-fA-F]{2}|\\{[+#./;?&=,!@|]?' + TEMPLATE_VAR +
    '(?:,' + TEMPLATE_VAR + ')*\\})*$');
  function uriTemplate(s) { return TEMPLATE.test(s); }

  // 'http(s)://' or 'ftp://' URLs with a public IPv4 host or a dotted host name whose last
  // label is letters only, as Ajv's 'url' format (checked without backtracking).
  var URL_START = /^(?:http[s\u017F]?|ftp):\/\//i;
  var PRIVATE_V4 = /^(?:10(?:\.\d{1,3}){3}|127(?:\.\d{1,3}){3}|169\.254(?:\.\d{1,3}){2}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2})/;
  var PUBLIC_V4 = /^(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4])$/;
  var URL_TAIL = /^(?::\d{2,5})?(?:\/[\s\S]*)?$/;

  // Host-name characters: letters, digits (unless `letters`), and U+00A1 and above except
  // surrogate pairs (lone surrogates pass).
  function hostCharsOk(s, letters) {
    if (!s.length) return false;
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i);
      var code = s.charCodeAt(i);
      if (/[a-zA-Z]/.test(ch) || (!letters && /[0-9]/.test(ch))) continue;
      if (code < 0xA1) return false;
      if (code >= 0xD800 && code <= 0xDBFF && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) return false;
      if (code >= 0xDC00 && code <= 0xDFFF && i > 0 && (s.charCodeAt(i - 1) & 0xFC00) === 0xD800) return false;
    }
    return true;
  }

  function urlHost(h) {
    if (!PRIVATE_V4.test(h) && PUBLIC_V4.test(h)) return true;
    var labels = h.split('.');
    if (labels.length < 2) return false;
    var tld = labels.pop();
    if (tld.length < 2 || !hostCharsOk(tld, true)) return false;
    return labels.every(function (l) {
      return l.split('-').every(function (run) { return hostCharsOk(run, false); });
    });
  }

  function url(s) {
    var m = s.match(URL_START);
    if (!m || /\s/.test(s)) return false;
    var rest = s.slice(m[0].length);
    var starts = [0];
    for (var at = rest.indexOf('@'); at >= 0; at = rest.indexOf('@', at + 1)) if (at > 0) starts.push(at + 1);
    return starts.some(function (from) {
      var r = rest.slice(from);
      var end = r.search(/[:\/]/);
      var host = end < 0 ? r : r.slice(0, end);
      return urlHost(host) && URL_TAIL.test(end < 0 ? '' : r.slice(end));
    });
  }

  // ---- names and addresses ----

  var LOCAL_FAST = /^[a-zA-Z0-9.!#$%&'*+\/=?^_`{|}~-]+$/;
  var LABEL63 = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

  function fastEmail(s) {
    var at = s.indexOf('@');
    if (at <= 0 || !LOCAL_FAST.test(s.slice(0, at))) return false;
    var labels = s.slice(at + 1).split('.');
    return labels.every(function (l) { return LABEL63.test(l); });
  }

  var LOCAL_ATOM = /^[a-zA-Z0-9!#$%&'*+\/=?^_`{|}~-]+$/;
  var LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
  function fullEmail(s) {
    var at = s.indexOf('@');
    if (at <= 0) return false;
    var local = s.slice(0, at).split('.');
    var domain = s.slice(at + 1).split('.');
    return local.every(function (a) { return LOCAL_ATOM.test(a); }) && domain.length >= 2 &&
      domain.every(function (l) { return LABEL.test(l); });
  }

  function hostname(s) {
    var body = s.charAt(s.length - 1) === '.' ? s.slice(0, -1) : s;
    if (body.length < 1 || body.length > 253) return false;
    return body.split('.').every(function (l) { return LABEL63.test(l); });
  }

  // An IPv4 dotted quad, octets 0-255 with up to three digits (leading zeros allowed).
  function ipv4(s) {
    var parts = s.split('.');
    return parts.length === 4 && parts.every(function (p) { return /^\d{1,3}$/.test(p) && +p <= 255; });
  }

  // Strict octet (no leading zeros) for IPv4 tails of IPv6 addresses.
  function strictQuad(s) {
    var parts = s.split('.');
    return parts.length === 4 && parts.every(function (p) { return /^(?:0|[1-9]\d{0,2})$/.test(p) && +p <= 255; });
  }

  // An IPv6 address (no zone, no blanks).
  function ipv6Core(s) {
    var groups = 0;
    var halves = s.split('::');
    if (halves.length > 2) return false;
    var compressed = halves.length === 2;
    for (var h = 0; h < halves.length; h++) {
      if (halves[h] === '') continue;
      var parts = halves[h].split(':');
      for (var i = 0; i < parts.length; i++) {
        var p = parts[i];
        var last = h === halves.length - 1 && i === parts.length - 1;
        if (last && p.indexOf('.') >= 0) {
          if (!strictQuad(p)) return false;
          groups += 2;
        } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) groups += 1;
        else return false;
      }
    }
    return compressed ? groups <= 7 : groups === 8;
  }

  // Ajv's ipv6 also accepts surrounding blanks and a '%zone' suffix.
  function ipv6(s) {
    var m = s.match(/^\s*([\s\S]*?)\s*$/);
    var body = m[1];
    var pct = body.indexOf('%');
    if (pct >= 0) {
      if (pct === body.length - 1) return false;
      var tries = [];
      for (var i = pct; i >= 0; i = body.indexOf('%', i + 1)) if (i < body.length - 1) tries.push(i);
      return tries.some(function (k) { return ipv6Core(body.slice(0, k)); }) || ipv6Core(body);
    }
    return ipv6Core(body);
  }

  function regex(s) {
    if (/[^\\]\\Z/.test(s)) return false;
    try {
      new RegExp(s); // eslint-disable-line no-new
      return true;
    } catch (e) {
      return false;
    }
  }

  function uuid(s) {
    var body = /^urn:uuid:/i.test(s) ? s.slice(9) : s;
    return /^[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/.test(body);
  }

  // '/a/b~0c' pointers: '~' only as '~0' or '~1'.
  function pointerTokensOk(s) { return !/~(?![01])/.test(s); }
  function jsonPointer(s) { return (s === '' || s.charAt(0) === '/') && pointerTokensOk(s); }
  function jsonPointerFragment(s) {
    if (s.charAt(0) !== '#') return false;
    var p = s.slice(1);
    return (p === '' || p.charAt(0) === '/') && pointerTokensOk(p) && charsOk(p.replace(/~[01]/g, ''), "_-.!$&'()*+,;:=@/");
  }
  function relativeJsonPointer(s) {
    var m = s.match(/^(?:0|[1-9]\d*)/);
    if (!m) return false;
    var rest = s.slice(m[0].length);
    return rest === '#' || jsonPointer(rest);
  }

  var shared = {
    'uri-template': uriTemplate,
    url: url,
    hostname: hostname,
    ipv4: ipv4,
    ipv6: ipv6,
    regex: regex,
    uuid: uuid,
    'json-pointer': jsonPointer,
    'json-pointer-uri-fragment': jsonPointerFragment,
    'relative-json-pointer': relativeJsonPointer
  };

  var modes = {
    fast: {
      date: function (s) { return s.length === 10 && fastDate(s, 0); },
      time: fastTime,
      'date-time': fastDateTime,
      uri: fastUri,
      'uri-reference': fastUriReference,
      email: fastEmail
    },
    full: {
      date: fullDate,
      time: function (s) { return fullTime(s, false); },
      'date-time': fullDateTime,
      uri: fullUri,
      'uri-reference': fullUriReference,
      email: fullEmail
    }
  };

  // A fresh table of format checks (functions of a string) for the 'fast' or 'full' mode.
  return function formats(mode) {
    var table = modes[mode === 'full' ? 'full' : 'fast'];
    var out = {};
    var order = ['date', 'time', 'date-time', 'uri', 'uri-reference', 'uri-template', 'url', 'email', 'hostname',
      'ipv4', 'ipv6', 'regex', 'uuid', 'json-pointer', 'json-pointer-uri-fragment', 'relative-json-pointer'];
    order.forEach(function (name) { out[name] = table[name] || shared[name]; });
    return out;
  };
})
