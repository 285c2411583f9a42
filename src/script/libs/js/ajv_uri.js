// courier: internal helper of require('ajv'): URI references as Ajv 6 handles schema ids and
// `$ref`s (RFC 3986 parsing, normalisation and resolution, with the http(s)/ws(s)/urn
// normalisations of the uri-js package Ajv relies on), plus the JSON-pointer and id helpers
// of Ajv's resolver. Written for courier.
(function () {
  'use strict';

  var UNRESERVED = /[A-Za-z0-9\-._~]/;
  var SUB_DELIMS = "!$&'()*+,;=";

  // Characters kept as they are in each component (everything else is percent-encoded).
  function allowedSet(extra) {
    var re = new RegExp('^[A-Za-z0-9\\-._~' + SUB_DELIMS.replace(/[$()*+]/g, '\\$&') + extra.replace(/[\[\]\/]/g, '\\$&') + ']$');
    var all = new RegExp(re.source.slice(0, -2) + ']*$');
    var keep = function (ch) { return re.test(ch); };
    keep.all = all;
    return keep;
  }
  var KEEP = {
    userinfo: allowedSet('%:'),
    host: allowedSet('%[]:'),
    path: allowedSet('%/:@'),
    pathNoScheme: allowedSet('%/@'),
    query: allowedSet('%:@/?')
  };
  function hex2(n) { return (n < 16 ? '0' : '') + n.toString(16).toUpperCase(); }

  // UTF-8 percent-encoding of one UTF-16 unit (surrogates are encoded unit by unit).
  function encodeUnit(ch) {
    var c = ch.charCodeAt(0);
    if (c < 128) return '%' + hex2(c);
    if (c < 2048) return '%' + hex2((c >> 6) | 192) + '%' + hex2((c & 63) | 128);
    return '%' + hex2((c >> 12) | 224) + '%' + hex2(((c >> 6) & 63) | 128) + '%' + hex2((c & 63) | 128);
  }

  // A percent-encoded UTF-8 sequence (1 to 3 bytes).
  var PCT = /%[EFef][0-9A-Fa-f]%[0-9A-Fa-f]{2}%[0-9A-Fa-f]{2}|%[89A-Fa-f][0-9A-Fa-f]%[0-9A-Fa-f]{2}|%[0-9A-Fa-f]{2}/g;

  function decodeSequence(seq) {
    var bytes = seq.split('%').slice(1).map(function (h) { return parseInt(h, 16); });
    var b = bytes[0];
    if (b < 128) return String.fromCharCode(b);
    if (b >= 194 && b < 224 && bytes.length >= 2) return String.fromCharCode(((b & 31) << 6) | (bytes[1] & 63));
    if (b >= 224 && bytes.length >= 3) {
      return String.fromCharCode(((b & 15) << 12) | ((bytes[1] & 63) << 6) | (bytes[2] & 63));
    }
    return seq;
  }

  // Decodes percent-encoded unreserved characters, encodes what the component may not hold
  // and upper-cases the remaining escapes.
  function normalizeComponent(text, keep, lower) {
    var s = String(text);
    if (keep.all && keep.all.test(s) && s.indexOf('%') < 0) return lower ? s.toLowerCase() : s;
    s = s.replace(PCT, function (seq) {
      var dec = decodeSequence(seq);
      for (var i = 0; i < dec.length; i++) if (UNRESERVED.test(dec.charAt(i))) return dec;
      return seq;
    });
    if (lower) s = s.toLowerCase();
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i);
      out += keep(ch) ? ch : encodeUnit(ch);
    }
    return out.replace(PCT, function (seq) { return seq.toUpperCase(); });
  }

  function normalizeEncoding(c) {
    if (c.scheme) {
      c.scheme = normalizeComponent(c.scheme, function () { return true; }, true).replace(/[^a-z0-9+\-.]/g, '');
    }
    if (c.userinfo !== undefined) c.userinfo = normalizeComponent(c.userinfo, KEEP.userinfo, false);
    if (c.host !== undefined) c.host = normalizeComponent(c.host, KEEP.host, true);
    if (c.path !== undefined) c.path = normalizeComponent(c.path, c.scheme ? KEEP.path : KEEP.pathNoScheme, false);
    if (c.query !== undefined) c.query = normalizeComponent(c.query, KEEP.query, false);
    if (c.fragment !== undefined) c.fragment = normalizeComponent(c.fragment, KEEP.query, false);
    return c;
  }

  var IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|0?[1-9]\d|0?0?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|0?[1-9]\d|0?0?\d)$/;

  function normalizeHost(host) {
    if (IPV4.test(host)) {
      return host.split('.').map(function (p) { return p.replace(/^0*/, '') || '0'; }).join('.');
    }
    return host;
  }

  var SPLIT = /^(?:([^:\/?#]+):)?(?:\/\/((?:([^\/?#@]*)@)?(\[[^\/?#\]]+\]|[^\/?#:]*)(?::(\d*))?))?([^?#]*)(?:\?([^#]*))?(?:#([\s\S]*))?/;

  function handlerOf(scheme, options) {
    var name = String((options && options.scheme) || scheme || '').toLowerCase();
    if (name === 'http' || name === 'ws') return { secure: false, web: true };
    if (name === 'https' || name === 'wss') return { secure: true, web: true };
    if (name === 'urn') return { urn: true };
    return null;
  }

  function parse(text, options) {
    var m = String(text).match(SPLIT);
    var c = {};
    c.scheme = m[1];
    c.userinfo = m[3];
    c.host = m[4];
    var port = parseInt(m[5], 10);
    c.port = isNaN(port) ? m[5] : port;
    c.path = m[6] || '';
    c.query = m[7];
    c.fragment = m[8];
    if (c.host) c.host = normalizeHost(c.host);
    normalizeEncoding(c);
    var h = handlerOf(c.scheme, options);
    if (h && h.urn) {
      var um = c.path && c.path.match(/^([^:]+):([\s\S]*)/);
      if (um) {
        c.nid = um[1].toLowerCase();
        c.nss = um[2];
        c.path = undefined;
      }
    }
    return c;
  }

  var DOTS_PREFIX = /^\.\.?\//;
  var DOT_SEGMENT = /^\/\.(\/|$)/;
  var DOTDOT_SEGMENT = /^\/\.\.(\/|$)/;
  var FIRST_SEGMENT = /^\/?[\s\S]*?(?=\/|$)/;

  function removeDotSegments(input) {
    var output = [];
    while (input.length) {
      if (DOTS_PREFIX.test(input)) input = input.replace(DOTS_PREFIX, '');
      else if (DOT_SEGMENT.test(input)) input = input.replace(DOT_SEGMENT, '/');
      else if (DOTDOT_SEGMENT.test(input)) {
        input = input.replace(DOTDOT_SEGMENT, '/');
        output.pop();
      } else if (input === '.' || input === '..') input = '';
      else {
        var seg = input.match(FIRST_SEGMENT)[0];
        input = input.slice(seg.length);
        output.push(seg);
      }
    }
    return output.join('');
  }

  function serialize(c, options) {
    var h = handlerOf(c.scheme, options);
    if (h && h.web) {
      if (c.port === (h.secure ? 443 : 80) || c.port === '') c.port = undefined;
      if (!c.path) c.path = '/';
      if (c.host) c.host = c.host.toLowerCase();
    } else if (h && h.urn && c.nid !== undefined) {
      c.path = c.nid + ':' + c.nss;
    }
    normalizeEncoding(c);
    var out = '';
    if (c.scheme) out += c.scheme + ':';
    var auth;
    if (c.userinfo !== undefined || c.host !== undefined || typeof c.port === 'number' || typeof c.port === 'string') {
      auth = '';
      if (c.userinfo !== undefined) auth += c.userinfo + '@';
      if (c.host !== undefined) auth += normalizeHost(String(c.host));
      if (typeof c.port === 'number' || typeof c.port === 'string') auth += ':' + c.port;
    }
    if (auth !== undefined) {
      out += '//' + auth;
      if (c.path && c.path.charAt(0) !== '/') out += '/';
    }
    if (c.path !== undefined) {
      var p = removeDotSegments(c.path);
      if (auth === undefined) p = p.replace(/^\/\//, '/%2F');
      out += p;
    }
    if (c.query !== undefined) out += '?' + c.query;
    if (c.fragment !== undefined) out += '#' + c.fragment;
    return out;
  }

  function resolveComponents(base, rel) {
    var t = {};
    if (rel.scheme) {
      t.scheme = rel.scheme;
      t.userinfo = rel.userinfo;
      t.host = rel.host;
      t.port = rel.port;
      t.path = removeDotSegments(rel.path || '');
      t.query = rel.query;
    } else {
      if (rel.userinfo !== undefined || rel.host !== undefined || rel.port !== undefined) {
        t.userinfo = rel.userinfo;
        t.host = rel.host;
        t.port = rel.port;
        t.path = removeDotSegments(rel.path || '');
        t.query = rel.query;
      } else {
        if (!rel.path) {
          t.path = base.path;
          t.query = rel.query !== undefined ? rel.query : base.query;
        } else {
          if (rel.path.charAt(0) === '/') t.path = removeDotSegments(rel.path);
          else {
            if ((base.userinfo !== undefined || base.host !== undefined || base.port !== undefined) && !base.path) {
              t.path = '/' + rel.path;
            } else if (!base.path) t.path = rel.path;
            else t.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + rel.path;
            t.path = removeDotSegments(t.path);
          }
          t.query = rel.query;
        }
        t.userinfo = base.userinfo;
        t.host = base.host;
        t.port = base.port;
      }
      t.scheme = base.scheme;
    }
    t.fragment = rel.fragment;
    return t;
  }

  var NO_SCHEME = { scheme: 'null' };

  function resolve(base, rel) {
    return serialize(resolveComponents(parse(base, NO_SCHEME), parse(rel, NO_SCHEME)), NO_SCHEME);
  }

  // Ajv's id helpers.
  var TRAILING_SLASH_HASH = /#\/?$/;
  function normalizeId(id) { return id ? id.replace(TRAILING_SLASH_HASH, '') : ''; }
  function fullPathOf(parsed) { return serialize(parsed).split('#')[0] + '#'; }
  // fullPath and url are pure: remember recent results (schemas use few distinct ids).
  var memo = { size: 0, map: Object.create(null) };
  function remember(key, compute) {
    if (key in memo.map) return memo.map[key];
    if (memo.size > 500) {
      memo.map = Object.create(null);
      memo.size = 0;
    }
    memo.size++;
    return (memo.map[key] = compute());
  }
  function fullPath(id, normalize) {
    if (normalize !== false) id = normalizeId(id);
    return remember('f' + id, function () { return fullPathOf(parse(id)); });
  }
  function url(baseId, id) {
    id = normalizeId(id);
    return remember('u' + baseId + '\u0000' + id, function () { return resolve(baseId, id); });
  }

  function escapeJsonPointer(s) { return s.replace(/~/g, '~0').replace(/\//g, '~1'); }
  function unescapeJsonPointer(s) { return s.replace(/~1/g, '/').replace(/~0/g, '~'); }
  function escapeFragment(s) { return encodeURIComponent(escapeJsonPointer(s)); }
  function unescapeFragment(s) { return unescapeJsonPointer(decodeURIComponent(s)); }

  return {
    parse: parse,
    serialize: serialize,
    resolve: resolve,
    normalizeId: normalizeId,
    fullPath: fullPath,
    fullPathOf: fullPathOf,
    url: url,
    escapeJsonPointer: escapeJsonPointer,
    unescapeJsonPointer: unescapeJsonPointer,
    escapeFragment: escapeFragment,
    unescapeFragment: unescapeFragment
  };
})
