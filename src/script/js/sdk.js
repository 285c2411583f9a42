// courier: the request and response objects scripts see (pm.request,
// pm.response, pm.sendRequest's response), written for courier.
//
// They follow postman-collection 4.4's Url, RequestBody, Request and Response
// as scripts use them: `url.toString()/getHost()/getPath()/getQueryString()/
// getPathWithQuery()/getRemote()/query/variables/update()`, the header helpers,
// `body.mode/raw/urlencoded/formdata/update()`, `response.code/status/
// headers/responseTime/responseSize/text()/json()/reason()/details()/size()`,
// and `toJSON()` back to collection JSON. Parsing URL strings is done by the
// host (the same parser courier uses to build requests).
//
// Defines one global: __courierSdkModule(lists, urlParse, expect, json)
//   -> { Url, RequestBody, Request, Response, cookieList, reasonOf }

function __courierSdkModule(lists, urlParse, expect, json) {
  'use strict';

  var List = lists.List;
  var Types = lists.Types;
  var QueryParam = lists.QueryParam;
  var hasOwn = Object.prototype.hasOwnProperty;

  var REASONS = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
    200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
    204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
    208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices', 301: 'Moved Permanently',
    302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
    307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request',
    401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
    405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
    408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required',
    412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
    415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
    418: "I'm a teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
    424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
    428: 'Precondition Required', 429: 'Too Many Requests',
    431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
    503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
    510: 'Not Extended', 511: 'Network Authentication Required'
  };

  function reasonOf(code) {
    return REASONS[code] || 'Unknown';
  }

  function isNil(v) {
    return v === null || v === undefined;
  }

  function hidden(obj, name, value) {
    Object.defineProperty(obj, name, { value: value, writable: true, enumerable: false, configurable: true });
  }

  function listItems(v) {
    if (lists.isList(v)) return v.toJSON();
    return v;
  }

  // ---------------------------------------------------------------- Url

  function Url(options) {
    this.update(options);
  }

  Url.prototype.update = function (url) {
    if (url instanceof Url) url = url.toJSON();
    if (!url) url = '';
    var p = typeof url === 'string' ? urlParse(url) : url;
    var query = listItems(p.query);
    if (query) {
      if (typeof query === 'string') query = QueryParam.parse(query);
      if (!Array.isArray(query) && typeof query === 'object' && Object.keys(query).length) {
        query = Object.keys(query).map(function (k) { return { key: k, value: query[k] }; });
      }
      if (!Array.isArray(query)) query = [];
    }
    var variable = listItems(p.variable !== undefined ? p.variable : p.variables);
    var path = p.path;
    if (typeof path === 'string') {
      path = path.replace(/^\/((.+))$/, '$1');
      path = path ? (path === '/' ? [''] : path.split('/')) : undefined;
    }
    var host = p.host;
    if (typeof host === 'string') host = host.split(/\.(?![^{]*\}{2})/g);
    this.auth = p.auth;
    this.protocol = p.protocol;
    this.port = p.port;
    this.path = path;
    this.hash = p.hash;
    this.host = host;
    this.query = new List(Types.QueryParam, query || []);
    this.variables = new List(Types.PathVariable, Array.isArray(variable) ? variable : []);
  };

  Url.prototype.addQueryParams = function (params) {
    this.query.populate(typeof params === 'string' ? QueryParam.parse(params) : params);
  };

  Url.prototype.removeQueryParams = function (params) {
    var keys = Array.isArray(params) ? params.map(function (p) { return p && p.key ? p.key : p; }) : [params];
    this.query.remove(function (p) { return keys.indexOf(p.key) !== -1; });
  };

  Url.prototype.getHost = function () {
    if (!this.host) return '';
    return Array.isArray(this.host) ? this.host.join('.') : this.host.toString();
  };

  Url.prototype.getPath = function (unresolved) {
    var path = this.path || [];
    if (unresolved) return '/' + path.join('/');
    var vars = this.variables;
    return '/' + path.map(function (segment) {
      var s = String(segment);
      if (s.charAt(0) !== ':') return segment;
      var dot = s.indexOf('.');
      var name = s.slice(1, dot === -1 ? undefined : dot);
      if (!name) return segment;
      var value = vars.get(name);
      return value && typeof value === 'string' ? value + s.slice(name.length + 1) : segment;
    }).join('/');
  };

  Url.prototype.getQueryString = function () {
    return this.query.count() ? QueryParam.unparse(this.query.all()) : '';
  };

  Url.prototype.getPathWithQuery = function () {
    var q = this.getQueryString();
    return this.getPath() + (q ? '?' + q : '');
  };

  Url.prototype.getRemote = function (forcePort) {
    var host = this.getHost();
    var port = this.port && this.port.toString();
    if (forcePort && !port) port = this.protocol === 'https' ? '443' : '80';
    return port ? host + ':' + port : host;
  };

  Url.prototype.getRaw = function () {
    throw new Error('`Url#getRaw` has been discontinued, use `Url#toString` instead.');
  };

  Url.prototype.toString = function (forceProtocol) {
    var out = '';
    var protocol = this.protocol;
    if (forceProtocol && !protocol) protocol = 'http://';
    if (protocol) out += /:\/\/$/.test(protocol) ? protocol : protocol + '://';
    if (this.auth) {
      var auth;
      if (typeof this.auth.user === 'string') auth = this.auth.user;
      if (typeof this.auth.password === 'string') auth = (auth || '') + ':' + this.auth.password;
      if (typeof auth === 'string') out += auth + '@';
    }
    if (this.host) out += this.getHost();
    if (this.port !== undefined && this.port !== null && typeof this.port.toString === 'function') {
      out += ':' + this.port.toString();
    }
    if (this.path) out += this.getPath();
    if (this.query && this.query.count()) {
      var qs = this.getQueryString();
      if (qs === '') qs = this.query.find(function (p) { return !(p && p.disabled); }) ? '' : undefined;
      if (typeof qs === 'string') out += '?' + qs;
    }
    if (typeof this.hash === 'string') out += '#' + this.hash;
    return out;
  };

  Url.prototype.toJSON = function () {
    var out = {};
    var self = this;
    ['protocol', 'auth', 'host', 'port', 'path', 'hash'].forEach(function (k) {
      if (self[k] !== undefined) out[k] = self[k];
    });
    out.query = this.query.toJSON();
    out.variable = this.variables.toJSON();
    return out;
  };

  // ---------------------------------------------------------------- body

  var MODES = { file: 'file', formdata: 'formdata', graphql: 'graphql', raw: 'raw', urlencoded: 'urlencoded' };

  function RequestBody(options) {
    if (options) this.update(options);
  }

  RequestBody.prototype.update = function (options) {
    if (typeof options === 'string') options = { mode: 'raw', raw: options };
    if (!options || !options.mode) return;
    var mode = MODES[String(options.mode).toLowerCase()] || 'raw';
    var urlencoded = options.urlencoded;
    var formdata = options.formdata;
    var graphql = options.graphql;
    var file = options.file;
    var raw = options.raw;
    if (urlencoded) {
      if (typeof urlencoded === 'string') urlencoded = QueryParam.parse(urlencoded);
      urlencoded = new List(Types.QueryParam, listItems(urlencoded));
    }
    if (formdata) formdata = new List(Types.FormParam, listItems(formdata));
    if (graphql) graphql = { query: graphql.query, operationName: graphql.operationName, variables: graphql.variables };
    if (typeof file === 'string') file = { src: file };
    if (mode === 'raw' && !raw) raw = '';
    if (mode === 'urlencoded' && !urlencoded) urlencoded = new List(Types.QueryParam, []);
    if (mode === 'formdata' && !formdata) formdata = new List(Types.FormParam, []);
    if (mode === 'graphql' && !graphql) graphql = {};
    this.mode = mode;
    this.raw = raw;
    this.urlencoded = urlencoded;
    this.formdata = formdata;
    this.file = file;
    this.graphql = graphql;
    this.options = options.options && typeof options.options === 'object' ? options.options : undefined;
    this.disabled = options.disabled;
  };

  RequestBody.prototype.toString = function () {
    if (this.mode === 'urlencoded') {
      return lists.isList(this.urlencoded) ? QueryParam.unparse(this.urlencoded.all()) : '';
    }
    if (this.mode === 'raw') return this.raw && typeof this.raw.toString === 'function' ? this.raw.toString() : '';
    return '';
  };

  RequestBody.prototype.isEmpty = function () {
    var data = this.mode && this[this.mode];
    if (!data) return true;
    if (this.mode === 'file') return !(data.src || data.content);
    if (typeof data === 'string') return data.length === 0;
    if (typeof data.count === 'function') return data.count() === 0;
    return Object.keys(data).length === 0;
  };

  RequestBody.prototype.toJSON = function () {
    var out = {};
    var self = this;
    Object.keys(this).forEach(function (k) {
      var v = self[k];
      if (v === undefined || typeof v === 'function') return;
      out[k] = lists.isList(v) ? v.toJSON() : v;
    });
    if (out.file && out.file.content && typeof out.file.content !== 'string') delete out.file.content;
    return out;
  };

  // ---------------------------------------------------------------- request

  var REQUEST_FIELDS = { url: true, method: true, header: true, body: true, auth: true };

  function Request(options) {
    if (typeof options === 'string') options = { url: options };
    hidden(this, '_extra', {});
    this.url = new Url();
    this.headers = new List(Types.Header, []);
    this.method = options && !isNil(options.method) ? String(options.method).toUpperCase() : 'GET';
    this.update(options);
  }

  Request.prototype.update = function (options) {
    if (!options) return;
    if (hasOwn.call(options, 'url')) this.url.update(options.url);
    if (options.header) this.headers.repopulate(listItems(options.header));
    if (hasOwn.call(options, 'method')) {
      this.method = isNil(options.method) ? 'GET' : String(options.method).toUpperCase();
    }
    if (options.body !== undefined) {
      this.body = options.body instanceof RequestBody ? options.body : new RequestBody(options.body);
    }
    if (options.auth) this.auth = JSON.parse(JSON.stringify(options.auth));
    var extra = this._extra;
    Object.keys(options).forEach(function (k) {
      if (!REQUEST_FIELDS[k] && k !== 'headers') extra[k] = options[k];
    });
  };

  Request.prototype.getHeaders = function (options) {
    options = options || {};
    return this.headers.toObject(options.enabled, !options.ignoreCase, options.multiValue, options.sanitizeKeys);
  };
  Request.prototype.forEachHeader = function (fn) {
    var self = this;
    this.headers.all().forEach(function (h) { fn(h, self); });
  };
  Request.prototype.addHeader = function (header) { this.headers.add(header); };
  Request.prototype.removeHeader = function (toRemove, options) {
    toRemove = typeof toRemove === 'string' ? toRemove : toRemove && toRemove.key;
    options = options || {};
    if (!toRemove) return;
    if (options.ignoreCase) toRemove = toRemove.toLowerCase();
    this.headers.remove(function (h) {
      return (options.ignoreCase ? String(h.key).toLowerCase() : h.key) === toRemove;
    });
  };
  Request.prototype.upsertHeader = function (header) {
    if (!(header && header.key)) return undefined;
    var existing = this.headers.find({ key: header.key });
    if (!existing) return this.headers.add(header);
    existing.value = header.value;
    return undefined;
  };
  Request.prototype.addQueryParams = function (params) { this.url.addQueryParams(params); };
  Request.prototype.removeQueryParams = function (params) { this.url.removeQueryParams(params); };
  Request.prototype.authorizeUsing = function (type, options) {
    if (type && typeof type === 'object' && isNil(options)) {
      options = type;
      type = type.type;
    }
    if (type === null) {
      delete this.auth;
      return;
    }
    var auth = { type: type };
    auth[type] = Object.keys(options || {}).filter(function (k) { return k !== 'type'; })
      .map(function (k) { return { key: k, value: options[k], type: 'string' }; });
    this.auth = auth;
  };

  Request.prototype.size = function () {
    var len = this.headers.get('Content-Length');
    var body = 0;
    if (len && /^\d+$/.test(String(len))) body = parseInt(len, 10);
    else if (this.body) body = utf8Length(this.body.toString());
    var header = (this.method + ' ' + this.url.getPathWithQuery() + ' HTTP/X.X\r\n\r\n').length +
      this.headers.contentSize();
    return { body: body, header: header, total: body + header, source: len ? 'CONTENT-LENGTH' : 'COMPUTED' };
  };

  Request.prototype.toJSON = function () {
    var out = {};
    var extra = this._extra;
    Object.keys(extra).forEach(function (k) { out[k] = extra[k]; });
    out.url = this.url instanceof Url ? this.url.toJSON() : this.url;
    out.method = this.method;
    var header = lists.isList(this.headers) ? this.headers.toJSON() : this.headers;
    if (!(Array.isArray(header) && header.length === 0)) out.header = header;
    if (this.body !== undefined) out.body = this.body instanceof RequestBody ? this.body.toJSON() : this.body;
    if (this.auth !== undefined) out.auth = this.auth;
    return out;
  };

  Request.prototype.clone = function () { return new Request(this.toJSON()); };

  Object.defineProperty(Request.prototype, 'to', {
    get: function () { return expect(this).to; }, enumerable: false, configurable: true
  });
  hidden(Request.prototype, '__isPostmanRequest', true);

  function utf8Length(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }

  // ---------------------------------------------------------------- response

  // `def`: {code, status, header: [[name, value]], responseTime, responseSize}.
  // Each response's header rows (or a function that gives them) and body text, out of
  // sight of Object.keys, JSON and console.log (cheaper than two hidden properties).
  var responseInternals = new WeakMap();
  var NO_INTERNALS = { header: [], body: undefined };

  function internals(res) {
    return responseInternals.get(res) || NO_INTERNALS;
  }

  function Response(def, body) {
    def = def || {};
    this.id = def.id;
    this.status = def.status;
    this.code = def.code;
    this.responseTime = def.responseTime;
    this.responseSize = def.responseSize;
    responseInternals.set(this, { header: def.header || [], body: body });
  }

  // The header and cookie lists are built on first use.
  function lazyList(name, make) {
    Object.defineProperty(Response.prototype, name, {
      get: function () {
        var list = make(this);
        Object.defineProperty(this, name, { value: list, writable: true, enumerable: true, configurable: true });
        return list;
      },
      set: function (v) {
        Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
      },
      enumerable: false,
      configurable: true
    });
  }
  lazyList('headers', function (res) {
    var header = internals(res).header;
    var rows = typeof header === 'function' ? header() : header;
    return new List(Types.Header, rows.map(function (h) { return { key: h[0], value: h[1] }; }));
  });
  lazyList('cookies', function () { return new List(Types.Cookie, []); });

  Response.prototype.reason = function () { return this.status || reasonOf(this.code); };
  Response.prototype.text = function () { return internals(this).body; };
  Response.prototype.json = function (reviver) { return json.parse(internals(this).body, reviver); };
  Response.prototype.jsonp = function (reviver) {
    var text = String(internals(this).body || '').replace(/^[^(]*\(([\s\S]*)\)\s*;?\s*$/, '$1');
    return json.parse(text, reviver);
  };
  Response.prototype.details = function () {
    var name = reasonOf(this.code);
    return { name: name, detail: '', code: this.code, standardName: name };
  };
  Response.prototype.contentInfo = function () {
    var ct = this.headers.get('Content-Type');
    if (!ct) return {};
    ct = String(ct);
    var mime = ct.split(';')[0].trim().toLowerCase();
    var charset = /charset=([^;]+)/i.exec(ct);
    var sub = mime.split('/')[1] || '';
    var format = /json/.test(sub) ? 'json' : /xml/.test(sub) ? 'xml' : /html/.test(sub) ? 'html' :
      /javascript/.test(sub) ? 'script' : mime.indexOf('text/') === 0 ? 'text' : 'raw';
    var ext = /json/.test(sub) ? 'json' : /xml/.test(sub) ? 'xml' : /html/.test(sub) ? 'html' :
      mime.indexOf('text/') === 0 ? 'txt' : sub || 'bin';
    return {
      mimeType: mime.split('/')[0], mimeFormat: format, charset: charset ? charset[1].trim() : 'utf8',
      fileExtension: ext, fileName: 'response.' + ext, contentType: ct
    };
  };
  Response.prototype.size = function () {
    var enc = this.headers.get('Content-Encoding');
    var len = this.headers.get('Content-Length');
    var body = this.responseSize || 0;
    if (typeof enc === 'string' && /gzip|deflate/i.test(enc) && len && /^\d+$/.test(String(len))) {
      body = parseInt(len, 10);
    }
    var header = ('HTTP/X.X ' + this.code + ' ' + this.reason() + '\r\n\r\n').length + this.headers.contentSize();
    return { body: body, header: header, total: body + header };
  };
  Response.prototype.encoding = function () {
    var enc = this.headers.get('Content-Encoding');
    return { format: enc, source: enc ? 'header' : undefined };
  };
  Response.prototype.dataURI = function () {
    var info = this.contentInfo();
    return info.contentType ? 'data:' + info.contentType + ';base64, ' + btoaUtf8(internals(this).body || '') : '';
  };
  Response.prototype.toJSON = function () {
    return {
      id: this.id, status: this.status, code: this.code, header: this.headers.toJSON(),
      cookie: this.cookies.toJSON(), body: internals(this).body, responseTime: this.responseTime,
      responseSize: this.responseSize
    };
  };
  Object.defineProperty(Response.prototype, 'to', {
    get: function () { return expect(this).to; }, enumerable: false, configurable: true
  });
  hidden(Response.prototype, '__isPostmanResponse', true);

  function btoaUtf8(s) {
    var bytes = unescape(encodeURIComponent(s));
    return typeof btoa === 'function' ? btoa(bytes) : '';
  }

  function cookieList(pairs) {
    return new List(Types.Cookie, (pairs || []).map(function (p) { return { name: p[0], value: p[1] }; }));
  }

  return {
    Url: Url, RequestBody: RequestBody, Request: Request, Response: Response,
    cookieList: cookieList, reasonOf: reasonOf
  };
}
