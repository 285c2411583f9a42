// courier: variable scopes as scripts see them, written for courier.
//
// Mirrors the behaviour of postman-collection 4.4's VariableScope: typed
// variables (string, boolean, number, array, object; anything else is
// `any`), the last enabled entry of a key wins, `set` updates it or appends a
// new one, `unset` removes the enabled entries, `toObject()` includes
// disabled ones, layered lookups for `pm.variables`, `{{name}}` substitution
// with up to 19 passes (dynamic `{{$name}}` variables come from the host), and
// mutation tracking: every set/unset is recorded so that the host can replay
// it on its own copy of the scope.
//
// Defines one global: __courierScopeModule(dynamicValue) -> { Scope, variableText,
//   substitute }

function __courierScopeModule(dynamicValue) {
  'use strict';

  var KNOWN = { string: true, boolean: true, number: true, array: true, object: true, any: true };
  var TOKEN = /\{\{([^{}]*?)\}\}/g;
  var SUBREPLACE_LIMIT = 19;

  function normalizeType(type) {
    if (type === undefined || type === null) return 'any';
    var t = String(type).toLowerCase();
    return KNOWN[t] ? t : 'any';
  }

  function jsonIn(val) {
    try {
      return typeof val === 'string' ? val : JSON.stringify(val);
    } catch (e) {
      return 'null';
    }
  }

  function jsonOut(val) {
    try {
      return JSON.parse(val);
    } catch (e) {
      return undefined;
    }
  }

  function castIn(type, value) {
    if (typeof value === 'function') return value;
    switch (type) {
      case 'string': return String(value);
      case 'boolean': return Boolean(value);
      case 'number': return Number(value);
      case 'array':
      case 'object': return jsonIn(value);
      default: return value;
    }
  }

  function castOut(type, value) {
    switch (type) {
      case 'string': return String(value);
      case 'boolean': return Boolean(value);
      case 'number': return Number(value);
      case 'array': {
        var a = jsonOut(value);
        return Array.isArray(a) ? a : undefined;
      }
      case 'object': {
        var o = jsonOut(value);
        return o instanceof Object && !Array.isArray(o) ? o : undefined;
      }
      default: return value;
    }
  }

  // A member is a row [key, value, type, disabled, valueIsUndefined] as the host
  // sends it; values are stored as given and cast (in, then out) when read, which
  // gives what postman-collection's cast-on-write, cast-on-read gives.
  function rowValue(r) {
    var type = normalizeType(r[2]);
    var v = r[4] ? undefined : r[1];
    if (typeof v === 'function') return castOut(type, v());
    return castOut(type, castIn(type, v));
  }

  // Variable#toString in postman-collection: what a {{token}} becomes.
  function variableText(row) {
    var value = rowValue(row);
    if (value === null) return 'null';
    if (value === undefined || typeof value.toString !== 'function') return '';
    return value.toString();
  }

  // `rows` is the list of members, or a function that returns it: then the rows are
  // fetched (and parsed) when a script first reads the scope, and what `set`/`unset` did
  // before that is replayed on them. A script that only sets never fetches them.
  function Scope(rows, tracked, layers) {
    this.source = typeof rows === 'function' ? rows : null;
    this.rows = this.source ? null : rows || [];
    this.pending = null;
    this.tracked = tracked;
    this.mutations = tracked ? [] : null;
    this.layers = layers || null;
  }

  function setIn(members, key, value, type) {
    var v = findIn1(members, key);
    var known = typeof type === 'string' && KNOWN[type.toLowerCase()];
    if (v) {
      if (known) v[2] = type.toLowerCase();
      v[1] = value;
      v[4] = value === undefined;
    } else {
      members.push([key, value, known ? type.toLowerCase() : null, false, value === undefined]);
    }
  }

  function unsetIn(members, key) {
    return members.filter(function (m) { return m[0] !== key || m[3]; });
  }

  function findIn1(members, key) {
    for (var i = members.length - 1; i >= 0; i--) {
      var m = members[i];
      if (m[0] === key && !m[3]) return m;
    }
    return undefined;
  }

  Object.defineProperty(Scope.prototype, 'members', {
    get: function () {
      if (this.rows === null) {
        var load = this.source;
        this.source = null;
        var rows = load() || [];
        var ops = this.pending || [];
        this.pending = null;
        for (var i = 0; i < ops.length; i++) {
          if (ops[i][0] === 'set') setIn(rows, ops[i][1], ops[i][2], ops[i][3]);
          else rows = unsetIn(rows, ops[i][1]);
        }
        this.rows = rows;
      }
      return this.rows;
    },
    set: function (rows) {
      this.source = null;
      this.pending = null;
      this.rows = rows;
    }
  });

  Scope.prototype.find = function (key) {
    return findIn1(this.members, key);
  };

  Scope.prototype.lookup = function (key) {
    var v = this.find(key);
    if (!v && this.layers) {
      for (var i = 0; i < this.layers.length && !v; i++) v = this.layers[i].find(key);
    }
    return v;
  };

  Scope.prototype.get = function (key) {
    var v = this.lookup(key);
    return v ? rowValue(v) : undefined;
  };

  Scope.prototype.has = function (key) {
    return Boolean(this.lookup(key));
  };

  Scope.prototype.set = function (key, value, type) {
    if (this.rows === null) (this.pending || (this.pending = [])).push(['set', key, value, type]);
    else setIn(this.rows, key, value, type);
    if (this.tracked) this.mutations.push(['set', key, value]);
  };

  Scope.prototype.unset = function (key) {
    if (this.rows === null) (this.pending || (this.pending = [])).push(['unset', key]);
    else this.rows = unsetIn(this.rows, key);
    if (this.tracked) this.mutations.push(['unset', key]);
  };

  Scope.prototype.clear = function () {
    if (this.tracked) {
      for (var i = 0; i < this.members.length; i++) this.mutations.push(['unset', this.members[i][0]]);
    }
    this.members = [];
  };

  function listObject(members, excludeDisabled, into) {
    for (var i = 0; i < members.length; i++) {
      var m = members[i];
      if (excludeDisabled && m[3]) continue;
      into[m[0]] = rowValue(m);
    }
    return into;
  }

  Scope.prototype.toObject = function (excludeDisabled) {
    var out = {};
    if (this.layers) {
      for (var i = this.layers.length - 1; i >= 0; i--) listObject(this.layers[i].members, excludeDisabled, out);
    }
    return listObject(this.members, excludeDisabled, out);
  };

  Scope.prototype.toJSON = function () {
    return {
      values: this.members.map(function (m) {
        var out = { key: m[0], value: m[4] ? undefined : m[1], type: normalizeType(m[2]) };
        if (m[3]) out.disabled = true;
        return out;
      })
    };
  };

  Scope.prototype.replaceIn = function (template) {
    var lists = [this];
    if (this.layers) lists = lists.concat(this.layers);
    return replaceDeep(template, lists);
  };

  function findIn(lists, name) {
    for (var i = 0; i < lists.length; i++) {
      var v = lists[i].find(name);
      if (v) return v;
    }
    return undefined;
  }

  function substitute(text, lists) {
    if (typeof text !== 'string' || text.indexOf('{{') === -1) return text;
    for (var pass = 0; pass < SUBREPLACE_LIMIT; pass++) {
      var replaced = false;
      var next = text.replace(TOKEN, function (match, name) {
        var v = findIn(lists, name);
        if (v) {
          replaced = true;
          return variableText(v);
        }
        if (name.charAt(0) === '$') {
          var dyn = dynamicValue(name);
          if (typeof dyn === 'string') {
            replaced = true;
            return dyn;
          }
        }
        return match;
      });
      text = next;
      if (!replaced || text.indexOf('{{') === -1) break;
    }
    return text;
  }

  function replaceDeep(value, lists) {
    if (typeof value === 'string') return substitute(value, lists);
    if (Array.isArray(value)) return value.map(function (v) { return replaceDeep(v, lists); });
    if (value !== null && typeof value === 'object') {
      var out = {};
      var keys = Object.keys(value);
      for (var i = 0; i < keys.length; i++) out[keys[i]] = replaceDeep(value[keys[i]], lists);
      return out;
    }
    return value;
  }

  return { Scope: Scope, variableText: variableText, substitute: substitute };
}
