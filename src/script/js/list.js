// courier: keyed lists and their items (headers, query and form parameters,
// path variables, cookies), written for courier.
//
// `List` behaves like postman-collection 4.4's PropertyList as scripts use it:
// add/append/prepend/insert/upsert/remove/clear/populate/repopulate, one/get/
// has (case-insensitive for headers and cookies; the last entry of a repeated
// key wins), all/each/filter/find/map/reduce/count/idx/indexOf, toObject and
// toString. Items keep the shapes of the collection format, so `toJSON()`
// gives back collection JSON.
//
// Defines one global: __courierListModule() -> { List, Types, isList }

function __courierListModule() {
  'use strict';

  var hasOwn = Object.prototype.hasOwnProperty;

  function isNil(v) {
    return v === null || v === undefined;
  }

  function copyOwn(target, source, skip) {
    var keys = Object.keys(source);
    for (var i = 0; i < keys.length; i++) {
      if (!skip || !skip[keys[i]]) target[keys[i]] = source[keys[i]];
    }
  }

  function toJSONOwn(item) {
    var out = {};
    var keys = Object.keys(item);
    for (var i = 0; i < keys.length; i++) {
      var v = item[keys[i]];
      if (v !== undefined && typeof v !== 'function') out[keys[i]] = v;
    }
    return out;
  }

  // ---------------------------------------------------------------- items

  function Header(options, name) {
    if (typeof options === 'string') {
      options = typeof name === 'string' ? { key: name, value: options } : Header.parseSingle(options);
    }
    this.update(options);
  }
  Header.prototype.update = function (options) {
    this.key = (options && options.key) || '';
    this.value = options && options.value !== undefined ? options.value : '';
    if (options && hasOwn.call(options, 'disabled')) this.disabled = options.disabled;
    if (options && hasOwn.call(options, 'type')) this.type = options.type;
    if (options && hasOwn.call(options, 'description')) this.description = options.description;
  };
  Header.prototype.toString = function () { return this.key + ': ' + this.value; };
  Header.prototype.valueOf = function () { return this.value; };
  Header.prototype.toJSON = function () { return toJSONOwn(this); };
  Header.parseSingle = function (text) {
    if (typeof text !== 'string') return { key: '', value: '' };
    var i = text.indexOf(':');
    if (i < 0) i = text.length;
    return { key: text.slice(0, i).trim(), value: text.slice(i + 1).trim() };
  };
  Header.parse = function (text) {
    var out = [];
    String(text).replace(/\r\n([ \t])/g, '$1').split(/\r?\n/).forEach(function (line) {
      var m = /^(\S+):(.*)$/.exec(line);
      if (m) out.push({ key: m[1], value: m[2].trim() });
    });
    return out;
  };
  Header.unparse = function (members) {
    return members.reduce(function (acc, h) {
      return h && !h.disabled ? acc + h.key + ': ' + h.value + '\r\n' : acc;
    }, '');
  };

  // `&`, `#` (and `=` in keys) are escaped unless inside a {{variable}}.
  function normalizeParam(str, encodeEquals) {
    if (!str || typeof str !== 'string') return str;
    if (str.indexOf('&') === -1 && str.indexOf('#') === -1 && !(encodeEquals && str.indexOf('=') !== -1)) {
      return str;
    }
    var escape = function (s) {
      s = s.replace(/&/g, '%26').replace(/#/g, '%23');
      return encodeEquals ? s.replace(/=/g, '%3D') : s;
    };
    var out = '';
    var pointer = 0;
    var re = /{{[^{}]*[&#=][^{}]*}}/g;
    var m;
    while ((m = re.exec(str)) !== null) {
      out += escape(str.slice(pointer, m.index)) + m[0];
      pointer = m.index + m[0].length;
    }
    if (pointer < str.length) out += escape(str.slice(pointer));
    return out;
  }

  function QueryParam(options) {
    this.update(options);
  }
  QueryParam.prototype.update = function (param) {
    var p = typeof param === 'string' ? QueryParam.parseSingle(param) : param || {};
    this.key = p.key;
    this.value = p.value;
    if (hasOwn.call(p, 'disabled')) this.disabled = p.disabled;
    if (hasOwn.call(p, 'description')) this.description = p.description;
  };
  QueryParam.prototype.valueOf = function () { return typeof this.value === 'string' ? this.value : ''; };
  QueryParam.prototype.toString = function () { return QueryParam.unparseSingle(this); };
  QueryParam.prototype.toJSON = function () { return toJSONOwn(this); };
  QueryParam.parseSingle = function (param, idx, all) {
    if (param === '' && typeof idx === 'number' && Array.isArray(all) && idx !== all.length - 1) {
      return { key: null, value: null };
    }
    var i = typeof param === 'string' ? param.indexOf('=') : -1;
    if (i < 0) return { key: String(param), value: null };
    return { key: param.slice(0, i), value: param.slice(i + 1) };
  };
  QueryParam.parse = function (query) {
    return typeof query === 'string' ? query.split('&').map(QueryParam.parseSingle) : [];
  };
  QueryParam.unparseSingle = function (p) {
    if (!p) return '';
    var out = typeof p.key === 'string' ? normalizeParam(p.key, true) : '';
    if (typeof p.value === 'string') out += '=' + normalizeParam(p.value, false);
    return out;
  };
  QueryParam.unparse = function (params) {
    if (!params) return '';
    if (!Array.isArray(params)) {
      return Object.keys(params).map(function (k) {
        return QueryParam.unparseSingle({ key: k, value: params[k] });
      }).join('&');
    }
    var first = true;
    return params.reduce(function (acc, p) {
      if (p.disabled === true) return acc;
      if (!first) acc += '&';
      first = false;
      return acc + QueryParam.unparseSingle(p);
    }, '');
  };

  function FormParam(options) {
    options = options || {};
    copyOwn(this, options);
    this.key = options.key || '';
    this.value = options.value || '';
  }
  FormParam.prototype.update = function (options) { copyOwn(this, options || {}); };
  FormParam.prototype.valueOf = function () { return this.value; };
  FormParam.prototype.toString = function () { return this.key + '=' + this.value; };
  FormParam.prototype.toJSON = function () {
    var out = toJSONOwn(this);
    if (out.type === 'file' && (typeof out.value !== 'string' || !out.value)) delete out.value;
    return out;
  };

  // A path variable (`url.variable[]`).
  function PathVariable(options) {
    options = options || {};
    copyOwn(this, options);
    if (isNil(this.key) && !isNil(options.id)) this.key = options.id;
  }
  PathVariable.prototype.update = function (options) { copyOwn(this, options || {}); };
  PathVariable.prototype.valueOf = function () { return this.value; };
  PathVariable.prototype.get = function () { return this.value; };
  PathVariable.prototype.set = function (v) { this.value = v; };
  PathVariable.prototype.toString = function () {
    return this.value === null ? 'null' : isNil(this.value) ? '' : String(this.value);
  };
  PathVariable.prototype.toJSON = function () { return toJSONOwn(this); };

  function Cookie(options) {
    options = options || {};
    copyOwn(this, options);
    this.name = options.name === undefined ? options.key : options.name;
    delete this.key;
  }
  Cookie.prototype.update = function (options) { copyOwn(this, options || {}); };
  Cookie.prototype.valueOf = function () { return this.value; };
  Cookie.prototype.toString = function () { return this.name + '=' + this.value; };
  Cookie.prototype.toJSON = function () { return toJSONOwn(this); };

  var Types = {
    Header: { Type: Header, key: 'key', insensitive: true, multi: true, create: true, unparse: Header.unparse },
    QueryParam: { Type: QueryParam, key: 'key', insensitive: false, multi: true, unparse: QueryParam.unparse },
    FormParam: { Type: FormParam, key: 'key', insensitive: false, multi: true },
    PathVariable: { Type: PathVariable, key: 'key', insensitive: false, multi: false },
    Cookie: {
      Type: Cookie, key: 'name', insensitive: true, multi: true,
      unparse: function (m) { return m.map(function (c) { return c.toString(); }).join('; '); }
    }
  };

  // ---------------------------------------------------------------- list

  function List(spec, items) {
    Object.defineProperty(this, '_spec', { value: spec, enumerable: false });
    this.members = [];
    Object.defineProperty(this, 'reference', { value: Object.create(null), writable: true, enumerable: false });
    if (items) this.populate(items);
  }

  function isList(v) {
    return v instanceof List;
  }

  List.prototype._indexOf = function (item) {
    var id = item[this._spec.key];
    if (!id) return null;
    id = String(id);
    if (!id) return null;
    return this._spec.insensitive ? id.toLowerCase() : id;
  };

  List.prototype.insert = function (item, before) {
    if (item === null || typeof item !== 'object') return;
    var dup = this.members.indexOf(item);
    if (dup > -1) this.members.splice(dup, 1);
    var at = before ? this.members.indexOf(before) : -1;
    if (at > -1) this.members.splice(at, 0, item);
    else this.members.push(item);
    var index = this._indexOf(item);
    if (index !== null) {
      if (this._spec.multi && hasOwn.call(this.reference, index)) {
        if (!Array.isArray(this.reference[index])) this.reference[index] = [this.reference[index]];
        this.reference[index].push(item);
      } else {
        this.reference[index] = item;
      }
    }
  };

  List.prototype.add = function (item, name) {
    if (isNil(item) || (typeof item === 'number' && isNaN(item))) return;
    var Type = this._spec.Type;
    this.insert(item instanceof Type ? item : new Type(item, name));
  };
  List.prototype.append = function (item) { return this.insert(item instanceof this._spec.Type ? item : new this._spec.Type(item)); };
  List.prototype.prepend = function (item) {
    return this.insert(item instanceof this._spec.Type ? item : new this._spec.Type(item), this.members[0]);
  };
  List.prototype.insertAfter = function (item, after) {
    return this.insert(item instanceof this._spec.Type ? item : new this._spec.Type(item),
      this.members[this.members.indexOf(after) + 1]);
  };

  List.prototype.upsert = function (item) {
    if (isNil(item) || (typeof item === 'number' && isNaN(item))) return null;
    var existing = this.one(item[this._spec.key]);
    if (existing) {
      existing.update(item);
      return false;
    }
    this.add(item);
    return true;
  };

  List.prototype._unref = function (item) {
    var index = this._indexOf(item);
    if (index === null) return;
    var ref = this.reference[index];
    if (this._spec.multi && Array.isArray(ref)) {
      var rest = ref.filter(function (each) { return each !== item; });
      if (rest.length === 0) delete this.reference[index];
      else this.reference[index] = rest.length === 1 ? rest[0] : rest;
    } else {
      delete this.reference[index];
    }
  };

  List.prototype.remove = function (predicate, context) {
    var self = this;
    if (typeof predicate === 'string') {
      var match = this._spec.insensitive ? predicate.toLowerCase() : predicate;
      predicate = function (item) {
        var id = item[self._spec.key];
        if (self._spec.insensitive && typeof id === 'string') id = id.toLowerCase();
        return id === match;
      };
    } else if (predicate instanceof this._spec.Type) {
      var target = predicate;
      predicate = function (item) { return item === target; };
    }
    if (typeof predicate !== 'function') return;
    var kept = [];
    var members = this.members;
    for (var i = 0; i < members.length; i++) {
      if (predicate.call(context || this, members[i], i, members)) this._unref(members[i]);
      else kept.push(members[i]);
    }
    this.members = kept;
  };

  List.prototype.clear = function () {
    this.members.length = 0;
    this.reference = Object.create(null);
  };

  List.prototype.populate = function (items) {
    if (typeof items === 'string' && this._spec.Type.parse) items = this._spec.Type.parse(items);
    var self = this;
    if (Array.isArray(items)) {
      items.forEach(function (item) { self.add(item); });
    } else if (items && typeof items === 'object' && this._spec.create &&
        Object.getPrototypeOf(items) === Object.prototype) {
      Object.keys(items).forEach(function (k) { self.add(items[k], k); });
    } else {
      this.add(items);
    }
  };

  List.prototype.repopulate = function (items) {
    this.clear();
    this.populate(items);
  };

  List.prototype.all = function () { return this.members.slice(); };

  List.prototype.one = function (id) {
    var val = this.reference[this._spec.insensitive ? String(id).toLowerCase() : id];
    if (this._spec.multi && Array.isArray(val)) return val.length ? val[val.length - 1] : undefined;
    return val;
  };

  List.prototype.get = function (key) {
    var member = this.one(key);
    return member ? member.valueOf() : undefined;
  };

  function matcher(rule) {
    if (typeof rule === 'function') return rule;
    if (rule && typeof rule === 'object') {
      var keys = Object.keys(rule);
      return function (item) {
        for (var i = 0; i < keys.length; i++) if (item[keys[i]] !== rule[keys[i]]) return false;
        return true;
      };
    }
    if (typeof rule === 'string') return function (item) { return Boolean(item[rule]); };
    return function () { return true; };
  }

  List.prototype.each = function (fn, context) {
    var members = this.members.slice();
    for (var i = 0; i < members.length; i++) {
      if (fn.call(context || this, members[i], i, members) === false) break;
    }
  };
  List.prototype.filter = function (rule, context) {
    var f = matcher(rule);
    return this.members.filter(function (m, i, a) { return f.call(context, m, i, a); });
  };
  List.prototype.find = function (rule, context) {
    var f = matcher(rule);
    for (var i = 0; i < this.members.length; i++) {
      if (f.call(context, this.members[i], i, this.members)) return this.members[i];
    }
    return undefined;
  };
  List.prototype.map = function (fn, context) {
    var f = typeof fn === 'function' ? fn : function (m) { return m[fn]; };
    var self = this;
    return this.members.map(function (m, i, a) { return f.call(context || self, m, i, a); });
  };
  List.prototype.reduce = function (fn, acc, context) {
    var self = this;
    return this.members.reduce(function (a, m, i, all) { return fn.call(context || self, a, m, i, all); }, acc);
  };
  List.prototype.count = function () { return this.members.length; };
  List.prototype.idx = function (i) { return this.members[i]; };
  List.prototype.indexOf = function (item) {
    return this.members.indexOf(typeof item === 'string' ? this.one(item) : item);
  };

  List.prototype.has = function (item, value) {
    var match;
    if (typeof item === 'string') {
      match = this.reference[this._spec.insensitive ? item.toLowerCase() : item];
    } else {
      match = this.members.filter(function (m) { return m === item; });
    }
    if (!match) return false;
    if (arguments.length === 1) return Boolean(Array.isArray(match) ? match.length : match);
    if (Array.isArray(match)) {
      for (var i = 0; i < match.length; i++) {
        var v = match[i] && typeof match[i].valueOf === 'function' ? match[i].valueOf() : match[i];
        if (v === value) return true;
      }
      return false;
    }
    return (typeof match.valueOf === 'function' ? match.valueOf() : match) === value;
  };

  List.prototype.toObject = function (excludeDisabled, caseSensitive, multiValue, sanitizeKeys) {
    var key = this._spec.key;
    var sensitive = !this._spec.insensitive || caseSensitive;
    var multi = this._spec.multi || multiValue;
    var out = {};
    this.members.forEach(function (m) {
      if (!m || !hasOwn.call(m, key) || (excludeDisabled && m.disabled) || (sanitizeKeys && !m[key])) return;
      var prop = sensitive ? m[key] : String(m[key]).toLowerCase();
      if (multi && hasOwn.call(out, prop)) {
        if (!Array.isArray(out[prop])) out[prop] = [out[prop]];
        out[prop].push(m.valueOf());
      } else {
        out[prop] = m.valueOf();
      }
    });
    return out;
  };

  List.prototype.toString = function () {
    return this._spec.unparse ? this._spec.unparse(this.members) : '[object Object]';
  };

  List.prototype.toJSON = function () {
    return this.members.map(function (m) { return typeof m.toJSON === 'function' ? m.toJSON() : m; });
  };

  // Header lists also report their size on the wire.
  List.prototype.contentSize = function () {
    return this.members.reduce(function (acc, h) {
      return h && !h.disabled ? acc + String(h.key).length + String(h.value).length + 4 : acc;
    }, 0);
  };

  return { List: List, Types: Types, isList: isList, QueryParam: QueryParam, Header: Header };
}
