// courier: internal `_xml2js_builder` — xml2js 0.4.23's Builder with the document model and
// string writer of xmlbuilder 11 that it renders through (validation errors, decorators such
// as '#text', pretty printing options). Called with xml2js's defaults, returns Builder.
(function (native, require) {
  'use strict';
  var hasProp = Object.prototype.hasOwnProperty;

  var ELEMENT = 1, TEXT = 3, CDATA = 4, PI = 7, COMMENT = 8, DOCUMENT = 9, DOCTYPE = 10,
    RAW = 201, DECLARATION = 202, DUMMY = 205;

  function isFunction(v) { return !!v && Object.prototype.toString.call(v) === '[object Function]'; }
  function isObject(v) { return !!v && (typeof v === 'function' || typeof v === 'object'); }
  function isEmpty(v) {
    if (Array.isArray(v)) return !v.length;
    for (var k in v) if (hasProp.call(v, k)) return false;
    return true;
  }
  function getValue(obj) { return isFunction(obj.valueOf) ? obj.valueOf() : obj; }

  // ---- value checks and escaping (xmlbuilder's stringifier)

  function Stringifier(options) {
    this.options = options;
    if (!options.version) options.version = '1.0';
  }
  var S = Stringifier.prototype;
  S.legalChar = function (str) {
    if (this.options.noValidation) return str;
    var re = null;
    if (this.options.version === '1.0') {
      re = /[\0-\x08\x0B\f\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
    } else if (this.options.version === '1.1') {
      re = /[\0\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
    }
    var m = re && str.match(re);
    if (m) throw new Error('Invalid character in string: ' + str + ' at index ' + m.index);
    return str;
  };
  S.name = function (val) {
    if (this.options.noValidation) return val;
    var str = this.legalChar('' + val || '');
    if (!/^([:A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])([\x2D\.0-:A-Z_a-z\xB7\xC0-\xD6\xD8-\xF6\xF8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])*$/.test(str)) {
      throw new Error('Invalid character in name');
    }
    return str;
  };
  S.amp = function () { return this.options.noDoubleEncoding ? /(?!&\S+;)&/g : /&/g; };
  S.text = function (val) {
    if (this.options.noValidation) return val;
    var s = ('' + val || '').replace(this.amp(), '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/\r/g, '&#xD;');
    return this.legalChar(s);
  };
  S.attValue = function (val) {
    if (this.options.noValidation) return val;
    var s = ('' + val || '').replace(this.amp(), '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
      .replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
    return this.legalChar(s);
  };
  S.cdata = function (val) {
    if (this.options.noValidation) return val;
    return this.legalChar(('' + val || '').replace(']]>', ']]]]><![CDATA[>'));
  };
  S.comment = function (val) {
    if (this.options.noValidation) return val;
    val = '' + val || '';
    if (/--/.test(val)) throw new Error('Comment text cannot contain double-hypen: ' + val);
    return this.legalChar(val);
  };
  S.raw = function (val) { return this.options.noValidation ? val : '' + val || ''; };
  S.plain = function (val) { return this.options.noValidation ? val : this.legalChar('' + val || ''); };
  S.insValue = function (val) {
    if (this.options.noValidation) return val;
    val = '' + val || '';
    if (/\?>/.test(val)) throw new Error('Invalid processing instruction value: ' + val);
    return this.legalChar(val);
  };
  S.xmlVersion = function (val) {
    if (this.options.noValidation) return val;
    val = '' + val || '';
    if (!/1\.[0-9]+/.test(val)) throw new Error('Invalid version number: ' + val);
    return val;
  };
  S.xmlEncoding = function (val) {
    if (this.options.noValidation) return val;
    val = '' + val || '';
    if (!/^[A-Za-z](?:[A-Za-z0-9._-])*$/.test(val)) throw new Error('Invalid encoding: ' + val);
    return this.legalChar(val);
  };
  S.xmlStandalone = function (val) {
    if (this.options.noValidation) return val;
    return val ? 'yes' : 'no';
  };

  // ---- document model

  function Node(parent) {
    this.parent = parent;
    if (parent) {
      this.options = parent.options;
      this.stringify = parent.stringify;
    }
    this.value = null;
    this.children = [];
  }
  var N = Node.prototype;

  N.debugInfo = function (name) {
    name = name || this.name;
    var parentName = this.parent ? this.parent.name : undefined;
    if (name == null && !parentName) return '';
    if (name == null) return 'parent: <' + parentName + '>';
    if (!parentName) return 'node: <' + name + '>';
    return 'node: <' + name + '>, parent: <' + parentName + '>';
  };

  function child(parent, type, props) {
    var n = new Node(parent);
    n.type = type;
    for (var k in props) n[k] = props[k];
    return n;
  }

  N.element = function (name, attributes, text) {
    var last = null;
    if (attributes === null && text == null) { attributes = {}; text = null; }
    if (attributes == null) attributes = {};
    attributes = getValue(attributes);
    if (!isObject(attributes)) { var t = attributes; attributes = text; text = t; }
    if (name != null) name = getValue(name);
    var keep = this.options.keepNullNodes;
    var deco = !this.options.ignoreDecorators;
    if (Array.isArray(name)) {
      for (var i = 0; i < name.length; i++) last = this.element(name[i]);
    } else if (isFunction(name)) {
      last = this.element(name.apply());
    } else if (isObject(name)) {
      for (var key in name) {
        if (!hasProp.call(name, key)) continue;
        var val = name[key];
        if (isFunction(val)) val = val.apply();
        if (deco && key.indexOf('@') === 0) {
          last = this.attribute(key.substr(1), val);
        } else if (!this.options.separateArrayItems && Array.isArray(val) && isEmpty(val)) {
          last = this.dummy();
        } else if (isObject(val) && isEmpty(val)) {
          last = this.element(key);
        } else if (!keep && val == null) {
          last = this.dummy();
        } else if (!this.options.separateArrayItems && Array.isArray(val)) {
          for (var j = 0; j < val.length; j++) {
            var one = {};
            one[key] = val[j];
            last = this.element(one);
          }
        } else if (isObject(val)) {
          if (deco && key.indexOf('#text') === 0) {
            last = this.element(val);
          } else {
            last = this.element(key);
            last.element(val);
          }
        } else {
          last = this.element(key, val);
        }
      }
    } else if (!keep && text === null) {
      last = this.dummy();
    } else if (deco && name.indexOf('#text') === 0) {
      last = this.text(text);
    } else if (deco && name.indexOf('#cdata') === 0) {
      last = this.cdata(text);
    } else if (deco && name.indexOf('#comment') === 0) {
      last = this.comment(text);
    } else if (deco && name.indexOf('#raw') === 0) {
      last = this.raw(text);
    } else if (deco && name.indexOf('?') === 0) {
      last = this.instruction(name.substr(1), text);
    } else {
      last = this.node(name, attributes, text);
    }
    if (last == null) throw new Error('Could not create any elements with: ' + name + '. ' + this.debugInfo());
    return last;
  };

  N.node = function (name, attributes, text) {
    if (name != null) name = getValue(name);
    attributes = attributes || {};
    attributes = getValue(attributes);
    if (!isObject(attributes)) { var t = attributes; attributes = text; text = t; }
    var el = new Node(this);
    if (name == null) throw new Error('Missing element name. ' + el.debugInfo());
    el.name = el.stringify.name(name);
    el.type = ELEMENT;
    el.attribs = {};
    if (attributes != null) el.attribute(attributes);
    if (this.type === DOCUMENT) {
      el.isRoot = true;
      this.rootObject = el;
      for (var i = 0; i < this.children.length; i++) {
        if (this.children[i].type === DOCTYPE) { this.children[i].name = el.name; break; }
      }
    }
    if (text != null) el.text(text);
    this.children.push(el);
    return el;
  };

  N.attribute = function (name, value) {
    if (name != null) name = getValue(name);
    if (isObject(name)) {
      for (var k in name) if (hasProp.call(name, k)) this.attribute(k, name[k]);
    } else {
      if (isFunction(value)) value = value.apply();
      if (this.options.keepNullAttributes && value == null) value = '';
      if (value != null) {
        if (name == null) throw new Error('Missing attribute name. ' + this.debugInfo(name));
        this.attribs[name] = { name: this.stringify.name(name), value: this.stringify.attValue(value) };
      }
    }
    return this;
  };

  N.text = function (value) {
    if (isObject(value)) this.element(value);
    var n = child(this, TEXT, {});
    if (value == null) throw new Error('Missing element text. ' + n.debugInfo());
    n.name = '#text';
    n.value = this.stringify.text(value);
    this.children.push(n);
    return this;
  };
  N.cdata = function (value) {
    var n = child(this, CDATA, {});
    if (value == null) throw new Error('Missing CDATA text. ' + n.debugInfo());
    n.name = '#cdata-section';
    n.value = this.stringify.cdata(value);
    this.children.push(n);
    return this;
  };
  N.comment = function (value) {
    var n = child(this, COMMENT, {});
    if (value == null) throw new Error('Missing comment text. ' + n.debugInfo());
    n.name = '#comment';
    n.value = this.stringify.comment(value);
    this.children.push(n);
    return this;
  };
  N.raw = function (value) {
    var n = child(this, RAW, {});
    if (value == null) throw new Error('Missing raw text. ' + n.debugInfo());
    n.value = this.stringify.raw(value);
    this.children.push(n);
    return this;
  };
  N.instruction = function (target, value) {
    if (target != null) target = getValue(target);
    if (value != null) value = getValue(value);
    if (isFunction(value)) value = value.apply();
    var n = child(this, PI, {});
    if (target == null) throw new Error('Missing instruction target. ' + this.debugInfo());
    n.target = this.stringify.plain(target);
    n.name = n.target;
    if (value) n.value = this.stringify.insValue(value);
    this.children.push(n);
    return this;
  };
  N.dummy = function () { return child(this, DUMMY, { name: '#dummy' }); };
  N.up = function () {
    if (this.isRoot) {
      throw new Error('The root node has no parent. Use doc() if you need to get the document object.');
    }
    return this.parent;
  };
  N.document = function () {
    var n = this;
    while (n) {
      if (n.type === DOCUMENT) return n;
      n = n.parent;
    }
  };
  N.root = function () {
    var n = this;
    while (n) {
      if (n.type === DOCUMENT) return n.rootObject;
      if (n.isRoot) return n;
      n = n.parent;
    }
  };
  N.ele = N.element;
  N.txt = N.text;
  N.att = N.attribute;
  N.end = function (opts) { return write(this.document(), opts); };

  function create(name, xmldec, doctype, options) {
    if (name == null) throw new Error('Root element needs a name.');
    options = Object.assign({}, xmldec, doctype, options);
    var doc = new Node(null);
    doc.name = '#document';
    doc.type = DOCUMENT;
    doc.options = options;
    doc.stringify = new Stringifier(options);
    var root = doc.element(name);
    if (!options.headless) {
      var dec = child(doc, DECLARATION, {});
      dec.version = doc.stringify.xmlVersion(options.version || '1.0');
      if (options.encoding != null) dec.encoding = doc.stringify.xmlEncoding(options.encoding);
      if (options.standalone != null) dec.standalone = doc.stringify.xmlStandalone(options.standalone);
      if (doc.children.length && doc.children[0].type === DECLARATION) doc.children[0] = dec;
      else doc.children.unshift(dec);
      if (options.pubID != null || options.sysID != null) {
        var dt = child(doc, DOCTYPE, {});
        if (options.pubID != null) dt.pubID = doc.stringify.plain(options.pubID);
        if (options.sysID != null) dt.sysID = doc.stringify.plain(options.sysID);
        var at = doc.children.indexOf(doc.rootObject);
        if (at >= 0) doc.children.splice(at, 0, dt);
        else doc.children.push(dt);
      }
    }
    return root;
  }

  // ---- string writer

  function writerOptions(o) {
    o = o || {};
    var f = {};
    f.pretty = o.pretty || false;
    f.allowEmpty = o.allowEmpty || false;
    f.indent = o.indent != null ? o.indent : '  ';
    f.newline = o.newline != null ? o.newline : '\n';
    f.offset = o.offset != null ? o.offset : 0;
    var dp = o.dontPrettyTextNodes != null ? o.dontPrettyTextNodes : o.dontprettytextnodes;
    f.dontPrettyTextNodes = dp != null ? dp : 0;
    var sb = o.spaceBeforeSlash != null ? o.spaceBeforeSlash : o.spacebeforeslash;
    f.spaceBeforeSlash = sb != null ? sb : '';
    if (f.spaceBeforeSlash === true) f.spaceBeforeSlash = ' ';
    f.suppress = 0;
    return f;
  }

  function indent(o, level) {
    if (!o.pretty || o.suppress) return '';
    var n = (level || 0) + o.offset + 1;
    return n > 0 ? new Array(n).join(o.indent) : '';
  }
  function endline(o) { return !o.pretty || o.suppress ? '' : o.newline; }

  function isTextish(n) { return n.type === TEXT || n.type === RAW; }

  function writeNode(n, o, level) {
    switch (n.type) {
      case CDATA: return indent(o, level) + '<![CDATA[' + n.value + ']]>' + endline(o);
      case COMMENT: return indent(o, level) + '<!-- ' + n.value + ' -->' + endline(o);
      case ELEMENT: return writeElement(n, o, level);
      case RAW:
      case TEXT: return indent(o, level) + n.value + endline(o);
      case PI:
        return indent(o, level) + '<?' + n.target + (n.value ? ' ' + n.value : '') +
          o.spaceBeforeSlash + '?>' + endline(o);
      case DUMMY: return '';
      case DECLARATION:
        return indent(o, level) + '<?xml version="' + n.version + '"' +
          (n.encoding != null ? ' encoding="' + n.encoding + '"' : '') +
          (n.standalone != null ? ' standalone="' + n.standalone + '"' : '') +
          o.spaceBeforeSlash + '?>' + endline(o);
      case DOCTYPE:
        var r = indent(o, level) + '<!DOCTYPE ' + n.root().name;
        if (n.pubID && n.sysID) r += ' PUBLIC "' + n.pubID + '" "' + n.sysID + '"';
        else if (n.sysID) r += ' SYSTEM "' + n.sysID + '"';
        return r + o.spaceBeforeSlash + '>' + endline(o);
    }
    throw new Error('Unknown XML node type: Object');
  }

  function writeElement(n, o, level) {
    level = level || 0;
    var r = indent(o, level) + '<' + n.name;
    for (var name in n.attribs) {
      if (hasProp.call(n.attribs, name)) r += ' ' + n.attribs[name].name + '="' + n.attribs[name].value + '"';
    }
    var kids = n.children;
    var empty = kids.length === 0 || kids.every(function (e) { return isTextish(e) && e.value === ''; });
    if (empty) {
      if (o.allowEmpty) r += '></' + n.name + '>' + endline(o);
      else r += o.spaceBeforeSlash + '/>' + endline(o);
    } else if (o.pretty && kids.length === 1 && isTextish(kids[0]) && kids[0].value != null) {
      r += '>';
      o.suppress++;
      r += writeNode(kids[0], o, level + 1);
      o.suppress--;
      r += '</' + n.name + '>' + endline(o);
    } else {
      var suppressed = false;
      if (o.dontPrettyTextNodes) {
        for (var i = 0; i < kids.length; i++) {
          if (isTextish(kids[i]) && kids[i].value != null) { o.suppress++; suppressed = true; break; }
        }
      }
      r += '>' + endline(o);
      for (var j = 0; j < kids.length; j++) r += writeNode(kids[j], o, level + 1);
      r += indent(o, level) + '</' + n.name + '>';
      if (suppressed) o.suppress--;
      r += endline(o);
    }
    return r;
  }

  function write(doc, opts) {
    var o = writerOptions(opts);
    var r = '';
    for (var i = 0; i < doc.children.length; i++) r += writeNode(doc.children[i], o, 0);
    if (o.pretty && r.slice(-o.newline.length) === o.newline) r = r.slice(0, -o.newline.length);
    return r;
  }

  // ---- xml2js Builder

  function requiresCDATA(entry) {
    return typeof entry === 'string' &&
      (entry.indexOf('&') >= 0 || entry.indexOf('>') >= 0 || entry.indexOf('<') >= 0);
  }
  function wrapCDATA(entry) {
    return '<![CDATA[' + entry.replace(']]>', ']]]]><![CDATA[>') + ']]>';
  }

  return function (defaults) {
    function Builder(opts) {
      this.options = {};
      var key;
      var base = defaults['0.2'];
      for (key in base) if (hasProp.call(base, key)) this.options[key] = base[key];
      for (key in opts) if (hasProp.call(opts, key)) this.options[key] = opts[key];
    }

    Builder.prototype.buildObject = function (rootObj) {
      var opts = this.options;
      var attrkey = opts.attrkey;
      var charkey = opts.charkey;
      var rootName;
      if (Object.keys(rootObj).length === 1 && opts.rootName === defaults['0.2'].rootName) {
        rootName = Object.keys(rootObj)[0];
        rootObj = rootObj[rootName];
      } else {
        rootName = opts.rootName;
      }
      function render(element, obj) {
        var key, index, child, entry;
        if (typeof obj !== 'object') {
          if (opts.cdata && requiresCDATA(obj)) element.raw(wrapCDATA(obj));
          else element.txt(obj);
        } else if (Array.isArray(obj)) {
          for (index in obj) {
            if (!hasProp.call(obj, index)) continue;
            child = obj[index];
            for (key in child) {
              entry = child[key];
              element = render(element.ele(key), entry).up();
            }
          }
        } else {
          for (key in obj) {
            if (!hasProp.call(obj, key)) continue;
            child = obj[key];
            if (key === attrkey) {
              if (typeof child === 'object') {
                for (var attr in child) element = element.att(attr, child[attr]);
              }
            } else if (key === charkey) {
              if (opts.cdata && requiresCDATA(child)) element = element.raw(wrapCDATA(child));
              else element = element.txt(child);
            } else if (Array.isArray(child)) {
              for (index in child) {
                if (!hasProp.call(child, index)) continue;
                entry = child[index];
                if (typeof entry === 'string') {
                  if (opts.cdata && requiresCDATA(entry)) element = element.ele(key).raw(wrapCDATA(entry)).up();
                  else element = element.ele(key, entry).up();
                } else {
                  element = render(element.ele(key), entry).up();
                }
              }
            } else if (typeof child === 'object') {
              element = render(element.ele(key), child).up();
            } else if (typeof child === 'string' && opts.cdata && requiresCDATA(child)) {
              element = element.ele(key).raw(wrapCDATA(child)).up();
            } else {
              if (child == null) child = '';
              element = element.ele(key, child.toString()).up();
            }
          }
        }
        return element;
      }
      var rootElement = create(rootName, opts.xmldec, opts.doctype, {
        headless: opts.headless,
        allowSurrogateChars: opts.allowSurrogateChars
      });
      return render(rootElement, rootObj).end(opts.renderOpts);
    };

    return Builder;
  };
})
