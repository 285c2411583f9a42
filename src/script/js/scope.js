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
// Defines one global: __courierScopeModule(dynamicValue) -> { Scope, castOut,
//   variableText, substitute }

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

  function Variable(key, value, type, disabled) {
    this.key = key;
    this.type = normalizeType(type);
    this.value = castIn(this.type, value);
    this.disabled = Boolean(disabled);
  }

  Variable.prototype.get = function () {
    var v = typeof this.value === 'function' ? this.value() : this.value;
    return castOut(this.type, v);
  };

  // Variable#toString in postman-collection: what a {{token}} becomes.
  function variableText(variable) {
    var value = variable.get();
    if (value === null) return 'null';
    if (value === undefined || value === null || typeof value.toString !== 'function') return '';
    return value.toString();
  }

  // `entries` are [key, value, type, disabled] rows from the host (a row of
  // length 1 is a variable whose value is undefined).
  function Scope(entries, tracked, layers) {
    this.members = [];
    if (entries) {
      for (var i = 0; i < entries.length; i++) {
        var e = entries[i];
        this.members.push(new Variable(String(e[0]), e.length > 1 ? e[1] : undefined, e[2], e[3]));
      }
    }
    this.tracked = tracked;
    this.mutations = tracked ? [] : null;
    this.layers = layers || null;
  }

  Scope.prototype.find = function (key) {
    for (var i = this.members.length - 1; i >= 0; i--) {
      var m = this.members[i];
      if (m.key === key && !m.disabled) return m;
    }
    return undefined;
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
    return v ? v.get() : undefined;
  };

  Scope.prototype.has = function (key) {
    return Boolean(this.lookup(key));
  };

  Scope.prototype.set = function (key, value, type) {
    var v = this.find(key);
    if (v) {
      if (typeof type === 'string' && KNOWN[type.toLowerCase()]) v.type = type.toLowerCase();
      v.value = castIn(v.type, value);
    } else {
      this.members.push(new Variable(key, value, typeof type === 'string' ? type : undefined, false));
    }
    if (this.tracked) this.mutations.push(['set', key, value]);
  };

  Scope.prototype.unset = function (key) {
    this.members = this.members.filter(function (m) { return m.key !== key || m.disabled; });
    if (this.tracked) this.mutations.push(['unset', key]);
  };

  Scope.prototype.clear = function () {
    if (this.tracked) {
      for (var i = 0; i < this.members.length; i++) this.mutations.push(['unset', this.members[i].key]);
    }
    this.members = [];
  };

  function listObject(members, excludeDisabled, into) {
    for (var i = 0; i < members.length; i++) {
      var m = members[i];
      if (excludeDisabled && m.disabled) continue;
      into[m.key] = m.get();
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

  return { Scope: Scope, castOut: castOut, variableText: variableText, substitute: substitute };
}
