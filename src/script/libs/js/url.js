// courier: require('url'), written for courier with the behaviour of the url 0.11.0 package
// postman-sandbox 4.7.1 bundles (Node's legacy url API): parse(url, parseQueryString,
// slashesDenoteHost) giving Url objects (protocol, slashes, auth, host, port, hostname, hash,
// search, query, pathname, path, href), format, resolve, resolveObject and Url. Query strings
// go through require('querystring'), hostnames through require('punycode').toASCII. This
// version has no WHATWG URL or URLSearchParams (neither are globals in Newman's sandbox).
(function (native, require) {
  'use strict';

  var punycode = require('punycode');
  var querystring = require('querystring');
  var exports = {};

  function Url() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }

  var PROTOCOL = /^([a-z0-9.+-]+:)/i;
  var PORT = /:[0-9]*$/;
  var SIMPLE_PATH = /^(\/\/?(?!\/)[^\?\s]*)(\?[^\s]*)?$/;
  // Characters always percent-escaped outside javascript: URLs ('`' twice, as in the package).
  var AUTO_ESCAPE = ['\'', '{', '}', '|', '\\', '^', '`', '<', '>', '"', '`', ' ', '\r', '\n', '\t'];
  // Characters that end a hostname.
  var NON_HOST = ['%', '/', '?', ';', '#'].concat(AUTO_ESCAPE);
  var HOST_END = ['/', '?', '#'];
  var HOSTNAME_MAX = 255;
  var LABEL = /^[+a-z0-9A-Z_-]{0,63}$/;
  var LABEL_START = /^([+a-z0-9A-Z_-]{0,63})(.*)$/;
  var UNSAFE = { javascript: true, 'javascript:': true };
  var HOSTLESS = { javascript: true, 'javascript:': true };
  var SLASHED = {
    http: true, https: true, ftp: true, gopher: true, file: true,
    'http:': true, 'https:': true, 'ftp:': true, 'gopher:': true, 'file:': true
  };

  function isString(v) { return typeof v === 'string'; }
  function isObject(v) { return typeof v === 'object' && v !== null; }

  function decodeAuth(text) {
    try {
      return decodeURIComponent(text);
    } catch (e) {
      throw new URIError('URI malformed');
    }
  }

  function firstOf(text, chars) {
    var found = -1;
    for (var i = 0; i < chars.length; i++) {
      var at = text.indexOf(chars[i]);
      if (at !== -1 && (found === -1 || at < found)) found = at;
    }
    return found;
  }

  function urlParse(url, parseQueryString, slashesDenoteHost) {
    if (url && isObject(url) && url instanceof Url) return url;
    var u = new Url();
    u.parse(url, parseQueryString, slashesDenoteHost);
    return u;
  }

  Url.prototype.parse = function (url, parseQueryString, slashesDenoteHost) {
    if (!isString(url)) throw new TypeError("Parameter 'url' must be a string, not " + typeof url);

    // Backslashes before the query (or hash) become forward slashes, as browsers do.
    var queryIndex = url.indexOf('?');
    var splitter = queryIndex !== -1 && queryIndex < url.indexOf('#') ? '?' : '#';
    var pieces = url.split(splitter);
    pieces[0] = pieces[0].replace(/\\/g, '/');
    url = pieces.join(splitter);

    var rest = url.trim();

    if (!slashesDenoteHost && url.split('#').length === 1) {
      var simple = SIMPLE_PATH.exec(rest);
      if (simple) {
        this.path = rest;
        this.href = rest;
        this.pathname = simple[1];
        if (simple[2]) {
          this.search = simple[2];
          this.query = parseQueryString ? querystring.parse(this.search.substr(1)) : this.search.substr(1);
        } else if (parseQueryString) {
          this.search = '';
          this.query = {};
        }
        return this;
      }
    }

    var proto = PROTOCOL.exec(rest);
    var lowerProto;
    if (proto) {
      proto = proto[0];
      lowerProto = proto.toLowerCase();
      this.protocol = lowerProto;
      rest = rest.substr(proto.length);
    }

    var slashes;
    if (slashesDenoteHost || proto || rest.match(/^\/\/[^@\/]+@[^@\/]+/)) {
      slashes = rest.substr(0, 2) === '//';
      if (slashes && !(proto && HOSTLESS[proto])) {
        rest = rest.substr(2);
        this.slashes = true;
      }
    }

    if (!HOSTLESS[proto] && (slashes || (proto && !SLASHED[proto]))) {
      rest = parseAuthority(this, rest);
    }

    if (!UNSAFE[lowerProto]) {
      for (var i = 0; i < AUTO_ESCAPE.length; i++) {
        var ch = AUTO_ESCAPE[i];
        if (rest.indexOf(ch) === -1) continue;
        var esc = encodeURIComponent(ch);
        if (esc === ch) esc = escape(ch);
        rest = rest.split(ch).join(esc);
      }
    }

    var hash = rest.indexOf('#');
    if (hash !== -1) {
      this.hash = rest.substr(hash);
      rest = rest.slice(0, hash);
    }
    var qm = rest.indexOf('?');
    if (qm !== -1) {
      this.search = rest.substr(qm);
      this.query = rest.substr(qm + 1);
      if (parseQueryString) this.query = querystring.parse(this.query);
      rest = rest.slice(0, qm);
    } else if (parseQueryString) {
      this.search = '';
      this.query = {};
    }
    if (rest) this.pathname = rest;
    if (SLASHED[lowerProto] && this.hostname && !this.pathname) this.pathname = '/';

    if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');

    this.href = this.format();
    return this;
  };

  // Takes auth, host, port and hostname off the front of `rest` into `u`; returns what follows.
  function parseAuthority(u, rest) {
    // The last '@' before the first '/', '?' or '#' ends the auth part.
    var hostEnd = firstOf(rest, HOST_END);
    var atSign = hostEnd === -1 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', hostEnd);
    if (atSign !== -1) {
      u.auth = decodeAuth(rest.slice(0, atSign));
      rest = rest.slice(atSign + 1);
    }

    hostEnd = firstOf(rest, NON_HOST);
    if (hostEnd === -1) hostEnd = rest.length;
    u.host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    u.parseHost();
    u.hostname = u.hostname || '';

    var ipv6 = u.hostname[0] === '[' && u.hostname[u.hostname.length - 1] === ']';
    if (!ipv6) {
      // A label with characters a hostname cannot hold ends the hostname there; the rest of
      // it moves into the path.
      var labels = u.hostname.split(/\./);
      for (var i = 0; i < labels.length; i++) {
        var label = labels[i];
        if (!label || label.match(LABEL)) continue;
        if (label.replace(/[^\u0000-\u007f]/g, 'x').match(LABEL)) continue;
        var valid = labels.slice(0, i);
        var notHost = labels.slice(i + 1);
        var bit = label.match(LABEL_START);
        if (bit) {
          valid.push(bit[1]);
          notHost.unshift(bit[2]);
        }
        if (notHost.length) rest = '/' + notHost.join('.') + rest;
        u.hostname = valid.join('.');
        break;
      }
    }

    u.hostname = u.hostname.length > HOSTNAME_MAX ? '' : u.hostname.toLowerCase();
    if (!ipv6) u.hostname = punycode.toASCII(u.hostname);

    u.host = (u.hostname || '') + (u.port ? ':' + u.port : '');
    u.href += u.host;

    if (ipv6) {
      u.hostname = u.hostname.substr(1, u.hostname.length - 2);
      if (rest[0] !== '/') rest = '/' + rest;
    }
    return rest;
  }

  function urlFormat(obj) {
    if (isString(obj)) obj = urlParse(obj);
    if (!(obj instanceof Url)) return Url.prototype.format.call(obj);
    return obj.format();
  }

  Url.prototype.format = function () {
    var auth = this.auth || '';
    if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
    var protocol = this.protocol || '';
    var pathname = this.pathname || '';
    var hash = this.hash || '';
    var host = false;
    var query = '';

    if (this.host) {
      host = auth + this.host;
    } else if (this.hostname) {
      host = auth + (this.hostname.indexOf(':') === -1 ? this.hostname : '[' + this.hostname + ']');
      if (this.port) host += ':' + this.port;
    }
    if (this.query && isObject(this.query) && Object.keys(this.query).length) {
      query = querystring.stringify(this.query);
    }
    var search = this.search || (query && ('?' + query)) || '';

    if (protocol && protocol.substr(-1) !== ':') protocol += ':';

    if (this.slashes || ((!protocol || SLASHED[protocol]) && host !== false)) {
      host = '//' + (host || '');
      if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
    } else if (!host) {
      host = '';
    }
    if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
    if (search && search.charAt(0) !== '?') search = '?' + search;

    pathname = pathname.replace(/[?#]/g, function (m) { return encodeURIComponent(m); });
    search = search.replace('#', '%23');
    return protocol + host + pathname + search + hash;
  };

  function urlResolve(source, relative) {
    return urlParse(source, false, true).resolve(relative);
  }

  Url.prototype.resolve = function (relative) {
    return this.resolveObject(urlParse(relative, false, true)).format();
  };

  function urlResolveObject(source, relative) {
    if (!source) return relative;
    return urlParse(source, false, true).resolveObject(relative);
  }

  Url.prototype.resolveObject = require('_url_resolve')(Url, SLASHED, HOSTLESS);

  Url.prototype.parseHost = function () {
    var host = this.host;
    var port = PORT.exec(host);
    if (port) {
      port = port[0];
      if (port !== ':') this.port = port.substr(1);
      host = host.substr(0, host.length - port.length);
    }
    if (host) this.hostname = host;
  };

  exports.parse = urlParse;
  exports.resolve = urlResolve;
  exports.resolveObject = urlResolveObject;
  exports.format = urlFormat;
  exports.Url = Url;
  return exports;
})
