// courier: require('querystring'), written for courier with the behaviour of querystring-es3
// 0.2.1, what postman-sandbox 4.7.1 bundles: parse/decode(str, sep, eq, { maxKeys }) and
// stringify/encode(obj, sep, eq, name). That version has no escape or unescape; malformed
// percent-escapes throw "URI malformed".
(function (native, require) {
  'use strict';

  var exports = {};

  function uriError() {
    return new URIError('URI malformed');
  }

  function decode(text) {
    try {
      return decodeURIComponent(text);
    } catch (e) {
      throw uriError();
    }
  }

  function encode(text) {
    try {
      return encodeURIComponent(text);
    } catch (e) {
      throw uriError();
    }
  }

  function parse(qs, sep, eq, options) {
    sep = sep || '&';
    eq = eq || '=';
    var obj = {};
    if (typeof qs !== 'string' || qs.length === 0) return obj;
    var pairs = qs.split(sep);
    var maxKeys = 1000;
    if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
    var len = pairs.length;
    if (maxKeys > 0 && len > maxKeys) len = maxKeys;
    for (var i = 0; i < len; i++) {
      var x = pairs[i].replace(/\+/g, '%20');
      var at = x.indexOf(eq);
      var k = decode(at >= 0 ? x.substr(0, at) : x);
      var v = decode(at >= 0 ? x.substr(at + 1) : '');
      if (!Object.prototype.hasOwnProperty.call(obj, k)) obj[k] = v;
      else if (Array.isArray(obj[k])) obj[k].push(v);
      else obj[k] = [obj[k], v];
    }
    return obj;
  }

  function primitive(v) {
    switch (typeof v) {
      case 'string': return v;
      case 'boolean': return v ? 'true' : 'false';
      case 'number': return isFinite(v) ? v : '';
      default: return '';
    }
  }

  function stringify(obj, sep, eq, name) {
    sep = sep || '&';
    eq = eq || '=';
    if (obj === null) obj = undefined;
    if (typeof obj === 'object') {
      return Object.keys(obj).map(function (k) {
        var ks = encode(primitive(k)) + eq;
        if (Array.isArray(obj[k])) {
          return obj[k].map(function (v) { return ks + encode(primitive(v)); }).join(sep);
        }
        return ks + encode(primitive(obj[k]));
      }).join(sep);
    }
    if (!name) return '';
    return encode(primitive(name)) + eq + encode(primitive(obj));
  }

  exports.decode = exports.parse = parse;
  exports.encode = exports.stringify = stringify;
  return exports;
})
