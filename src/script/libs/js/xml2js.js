// courier: `xml2js` — the API of xml2js 0.4.23: parseString / parseStringPromise / Parser
// (with its options, processors and validator), Builder (in `_xml2js_builder`), defaults and
// ValidationError. Tokenizing is done by `_markup_sax`, which behaves like sax 1.2.
(function (native, require) {
  'use strict';
  var sax = require('_markup_sax');
  var hasProp = Object.prototype.hasOwnProperty;

  var defaults = {
    '0.1': {
      explicitCharkey: false, trim: true, normalize: true, normalizeTags: false, attrkey: '@',
      charkey: '#', explicitArray: false, ignoreAttrs: false, mergeAttrs: false, explicitRoot: false,
      validator: null, xmlns: false, explicitChildren: false, childkey: '@@', charsAsChildren: false,
      includeWhiteChars: false, async: false, strict: true, attrNameProcessors: null,
      attrValueProcessors: null, tagNameProcessors: null, valueProcessors: null, emptyTag: ''
    },
    '0.2': {
      explicitCharkey: false, trim: false, normalize: false, normalizeTags: false, attrkey: '$',
      charkey: '_', explicitArray: true, ignoreAttrs: false, mergeAttrs: false, explicitRoot: true,
      validator: null, xmlns: false, explicitChildren: false, preserveChildrenOrder: false,
      childkey: '$$', charsAsChildren: false, includeWhiteChars: false, async: false, strict: true,
      attrNameProcessors: null, attrValueProcessors: null, tagNameProcessors: null,
      valueProcessors: null, rootName: 'root',
      xmldec: { version: '1.0', encoding: 'UTF-8', standalone: true },
      doctype: null, renderOpts: { pretty: true, indent: '  ', newline: '\n' }, headless: false,
      chunkSize: 10000, emptyTag: '', cdata: false
    }
  };

  var prefixMatch = new RegExp(/(?!xmlns)^.*:/);
  var processors = {
    normalize: function (str) { return str.toLowerCase(); },
    firstCharLowerCase: function (str) { return str.charAt(0).toLowerCase() + str.slice(1); },
    stripPrefix: function (str) { return str.replace(prefixMatch, ''); },
    parseNumbers: function (str) {
      if (!isNaN(str)) str = str % 1 === 0 ? parseInt(str, 10) : parseFloat(str);
      return str;
    },
    parseBooleans: function (str) {
      if (/^(?:true|false)$/i.test(str)) str = str.toLowerCase() === 'true';
      return str;
    }
  };

  // A small EventEmitter with Node's semantics for what the parser needs.
  function Emitter() {}
  Emitter.prototype.on = Emitter.prototype.addListener = function (type, fn) {
    if (!this._events) this._events = Object.create(null);
    (this._events[type] || (this._events[type] = [])).push(fn);
    return this;
  };
  Emitter.prototype.once = function (type, fn) {
    var self = this;
    function wrapped() { self.removeListener(type, wrapped); return fn.apply(this, arguments); }
    wrapped.listener = fn;
    return this.on(type, wrapped);
  };
  Emitter.prototype.removeListener = Emitter.prototype.off = function (type, fn) {
    var list = this._events && this._events[type];
    if (!list) return this;
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === fn || list[i].listener === fn) { list.splice(i, 1); break; }
    }
    return this;
  };
  Emitter.prototype.removeAllListeners = function (type) {
    if (!this._events) return this;
    if (type === undefined) this._events = Object.create(null);
    else delete this._events[type];
    return this;
  };
  Emitter.prototype.listeners = function (type) {
    return ((this._events && this._events[type]) || []).map(function (f) { return f.listener || f; });
  };
  Emitter.prototype.listenerCount = function (type) {
    return ((this._events && this._events[type]) || []).length;
  };
  Emitter.prototype.emit = function (type) {
    var list = this._events && this._events[type];
    var args = Array.prototype.slice.call(arguments, 1);
    if (!list || list.length === 0) {
      if (type === 'error') {
        var er = args[0];
        if (er instanceof Error) throw er;
        var err = new Error('Unhandled error.' + (er ? ' (' + er.message + ')' : ''));
        err.context = er;
        throw err;
      }
      return false;
    }
    list = list.slice();
    for (var i = 0; i < list.length; i++) list[i].apply(this, args);
    return true;
  };

  function isEmpty(thing) {
    return typeof thing === 'object' && thing != null && Object.keys(thing).length === 0;
  }

  function processItem(procs, item, key) {
    for (var i = 0; i < procs.length; i++) item = procs[i](item, key);
    return item;
  }

  function Parser(opts) {
    if (!(this instanceof Parser)) return new Parser(opts);
    var self = this;
    ['parseStringPromise', 'parseString', 'reset', 'assignOrPush', 'processAsync'].forEach(function (m) {
      var fn = Parser.prototype[m];
      self[m] = function () { return fn.apply(self, arguments); };
    });
    this.options = {};
    var key;
    var base = defaults['0.2'];
    for (key in base) if (hasProp.call(base, key)) this.options[key] = base[key];
    for (key in opts) if (hasProp.call(opts, key)) this.options[key] = opts[key];
    if (this.options.xmlns) this.options.xmlnskey = this.options.attrkey + 'ns';
    if (this.options.normalizeTags) {
      if (!this.options.tagNameProcessors) this.options.tagNameProcessors = [];
      this.options.tagNameProcessors.unshift(processors.normalize);
    }
    this.reset();
  }
  Parser.prototype = Object.create(Emitter.prototype);
  Parser.prototype.constructor = Parser;

  Parser.prototype.processAsync = function () {
    try {
      if (this.remaining.length <= this.options.chunkSize) {
        var chunk = this.remaining;
        this.remaining = '';
        this.saxParser = this.saxParser.write(chunk);
        return this.saxParser.close();
      }
      var part = this.remaining.substr(0, this.options.chunkSize);
      this.remaining = this.remaining.substr(this.options.chunkSize, this.remaining.length);
      this.saxParser = this.saxParser.write(part);
      return later(this.processAsync);
    } catch (err) {
      if (!this.saxParser.errThrown) {
        this.saxParser.errThrown = true;
        return this.emit(err);
      }
    }
  };

  function later(fn) {
    Promise.resolve().then(function () { fn(); });
  }

  Parser.prototype.assignOrPush = function (obj, key, newValue) {
    if (!(key in obj)) {
      if (!this.options.explicitArray) obj[key] = newValue;
      else obj[key] = [newValue];
      return obj[key];
    }
    if (!(obj[key] instanceof Array)) obj[key] = [obj[key]];
    return obj[key].push(newValue);
  };

  Parser.prototype.reset = function () {
    var self = this;
    var opts = this.options;
    this.removeAllListeners();
    var sp = this.saxParser = sax.parser(opts.strict, { trim: false, normalize: false, xmlns: opts.xmlns });
    sp.errThrown = false;
    sp.onerror = function (error) {
      self.saxParser.resume();
      if (!self.saxParser.errThrown) {
        self.saxParser.errThrown = true;
        return self.emit('error', error);
      }
    };
    sp.onend = function () {
      if (!self.saxParser.ended) {
        self.saxParser.ended = true;
        return self.emit('end', self.resultObject);
      }
    };
    sp.ended = false;
    this.EXPLICIT_CHARKEY = opts.explicitCharkey;
    this.resultObject = null;
    var stack = [];
    var attrkey = opts.attrkey;
    var charkey = opts.charkey;

    sp.onopentag = function (node) {
      var obj = {};
      obj[charkey] = '';
      if (!opts.ignoreAttrs) {
        var attrs = node.attributes;
        for (var key in attrs) {
          if (!hasProp.call(attrs, key)) continue;
          if (!(attrkey in obj) && !opts.mergeAttrs) obj[attrkey] = {};
          var newValue = opts.attrValueProcessors
            ? processItem(opts.attrValueProcessors, attrs[key], key) : attrs[key];
          var processedKey = opts.attrNameProcessors ? processItem(opts.attrNameProcessors, key) : key;
          if (opts.mergeAttrs) self.assignOrPush(obj, processedKey, newValue);
          else obj[attrkey][processedKey] = newValue;
        }
      }
      obj['#name'] = opts.tagNameProcessors ? processItem(opts.tagNameProcessors, node.name) : node.name;
      if (opts.xmlns) obj[opts.xmlnskey] = { uri: node.uri, local: node.local };
      return stack.push(obj);
    };

    sp.onclosetag = function () {
      var cdata, emptyStr, node;
      var obj = stack.pop();
      var nodeName = obj['#name'];
      if (!opts.explicitChildren || !opts.preserveChildrenOrder) delete obj['#name'];
      if (obj.cdata === true) {
        cdata = obj.cdata;
        delete obj.cdata;
      }
      var s = stack[stack.length - 1];
      if (obj[charkey].match(/^\s*$/) && !cdata) {
        emptyStr = obj[charkey];
        delete obj[charkey];
      } else {
        if (opts.trim) obj[charkey] = obj[charkey].trim();
        if (opts.normalize) obj[charkey] = obj[charkey].replace(/\s{2,}/g, ' ').trim();
        obj[charkey] = opts.valueProcessors
          ? processItem(opts.valueProcessors, obj[charkey], nodeName) : obj[charkey];
        if (Object.keys(obj).length === 1 && charkey in obj && !self.EXPLICIT_CHARKEY) obj = obj[charkey];
      }
      if (isEmpty(obj)) obj = opts.emptyTag !== '' ? opts.emptyTag : emptyStr;
      if (opts.validator != null) {
        var xpath = '/' + stack.map(function (n) { return n['#name']; }).concat(nodeName).join('/');
        try {
          obj = opts.validator(xpath, s && s[nodeName], obj);
        } catch (err) {
          self.emit('error', err);
        }
      }
      if (opts.explicitChildren && !opts.mergeAttrs && typeof obj === 'object') {
        if (!opts.preserveChildrenOrder) {
          node = {};
          if (opts.attrkey in obj) {
            node[opts.attrkey] = obj[opts.attrkey];
            delete obj[opts.attrkey];
          }
          if (!opts.charsAsChildren && opts.charkey in obj) {
            node[opts.charkey] = obj[opts.charkey];
            delete obj[opts.charkey];
          }
          if (Object.getOwnPropertyNames(obj).length > 0) node[opts.childkey] = obj;
          obj = node;
        } else if (s) {
          s[opts.childkey] = s[opts.childkey] || [];
          var objClone = {};
          for (var key in obj) if (hasProp.call(obj, key)) objClone[key] = obj[key];
          s[opts.childkey].push(objClone);
          delete obj['#name'];
          if (Object.keys(obj).length === 1 && charkey in obj && !self.EXPLICIT_CHARKEY) obj = obj[charkey];
        }
      }
      if (stack.length > 0) return self.assignOrPush(s, nodeName, obj);
      if (opts.explicitRoot) {
        var old = obj;
        obj = {};
        obj[nodeName] = old;
      }
      self.resultObject = obj;
      self.saxParser.ended = true;
      return self.emit('end', self.resultObject);
    };

    function ontext(text) {
      var s = stack[stack.length - 1];
      if (s) {
        s[charkey] += text;
        if (opts.explicitChildren && opts.preserveChildrenOrder && opts.charsAsChildren &&
            (opts.includeWhiteChars || text.replace(/\\n/g, '').trim() !== '')) {
          s[opts.childkey] = s[opts.childkey] || [];
          var charChild = { '#name': '__text__' };
          charChild[charkey] = text;
          if (opts.normalize) charChild[charkey] = charChild[charkey].replace(/\s{2,}/g, ' ').trim();
          s[opts.childkey].push(charChild);
        }
        return s;
      }
    }
    sp.ontext = ontext;
    sp.oncdata = function (text) {
      var s = ontext(text);
      if (s) s.cdata = true;
    };
  };

  function stripBOM(str) {
    return str[0] === '\uFEFF' ? str.substring(1) : str;
  }

  Parser.prototype.parseString = function (str, cb) {
    if (cb != null && typeof cb === 'function') {
      this.on('end', function (result) {
        this.reset();
        return cb(null, result);
      });
      this.on('error', function (err) {
        this.reset();
        return cb(err);
      });
    }
    try {
      str = str.toString();
      if (str.trim() === '') {
        this.emit('end', null);
        return true;
      }
      str = stripBOM(str);
      if (this.options.async) {
        this.remaining = str;
        later(this.processAsync);
        return this.saxParser;
      }
      return this.saxParser.write(str).close();
    } catch (err) {
      if (!(this.saxParser.errThrown || this.saxParser.ended)) {
        this.emit('error', err);
        this.saxParser.errThrown = true;
        return true;
      } else if (this.saxParser.ended) {
        throw err;
      }
    }
  };

  Parser.prototype.parseStringPromise = function (str) {
    var self = this;
    return new Promise(function (resolve, reject) {
      self.parseString(str, function (err, value) {
        if (err) reject(err);
        else resolve(value);
      });
    });
  };

  function parseString(str, a, b) {
    var cb, options;
    if (b != null) {
      if (typeof b === 'function') cb = b;
      if (typeof a === 'object') options = a;
    } else {
      if (typeof a === 'function') cb = a;
      options = {};
    }
    return new Parser(options).parseString(str, cb);
  }

  function parseStringPromise(str, a) {
    var options;
    if (typeof a === 'object') options = a;
    return new Parser(options).parseStringPromise(str);
  }

  function ValidationError(message) {
    this.message = message;
  }
  ValidationError.prototype = Object.create(Error.prototype);
  ValidationError.prototype.constructor = ValidationError;

  var exports = { defaults: defaults, processors: processors, ValidationError: ValidationError };
  var Builder = null;
  Object.defineProperty(exports, 'Builder', {
    enumerable: true, configurable: true,
    get: function () {
      if (!Builder) Builder = require('_xml2js_builder')(defaults);
      return Builder;
    },
    set: function (v) { Builder = v; }
  });
  exports.Parser = Parser;
  exports.parseString = parseString;
  exports.parseStringPromise = parseStringPromise;
  return exports;
})
