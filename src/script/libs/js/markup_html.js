// courier: internal `_markup_html` — lenient HTML/XML parsing into a DOM the way cheerio 0.22
// gets it from htmlparser2 3.10 + domhandler 2.4: tokens from `_markup_tokenizer`, implied end
// tags, void elements, foreign (svg/math) self-closing, and the node objects (type/name/attribs/
// children/parent/prev/next with the DOM level 1 getters).
(function (native, require) {
  'use strict';
  var Tokenizer = require('_markup_tokenizer');

  // ---- tree builder rules (htmlparser2's Parser)

  function set(list) {
    var o = Object.create(null);
    list.split(' ').forEach(function (k) { o[k] = true; });
    return o;
  }
  var formTags = set('input option optgroup select button datalist textarea');
  var openImpliesClose = {
    tr: set('tr th td'), th: set('th'), td: set('thead th td'), body: set('head link script'),
    li: set('li'), p: set('p'), h1: set('p'), h2: set('p'), h3: set('p'), h4: set('p'), h5: set('p'),
    h6: set('p'), select: formTags, input: formTags, output: formTags, button: formTags,
    datalist: formTags, textarea: formTags, option: set('option'), optgroup: set('optgroup')
  };
  var voidElements = set('area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr');
  var foreignContext = set('math svg');
  var htmlIntegration = set('mi mo mn ms mtext annotation-xml foreignObject desc title');

  function Parser(handler, options) {
    this.options = options || {};
    this.cbs = handler;
    this.tagname = '';
    this.attribname = '';
    this.attribvalue = '';
    this.attribs = null;
    this.stack = [];
    this.foreign = [];
    this.lowerTags = 'lowerCaseTags' in this.options ? !!this.options.lowerCaseTags : !this.options.xmlMode;
    this.lowerAttrs = 'lowerCaseAttributeNames' in this.options
      ? !!this.options.lowerCaseAttributeNames : !this.options.xmlMode;
    this.tokenizer = new Tokenizer(this.options, this);
  }
  var P = Parser.prototype;
  P.ontext = function (data) { this.cbs.ontext(data); };
  P.onopentagname = function (name) {
    if (this.lowerTags) name = name.toLowerCase();
    this.tagname = name;
    var xml = this.options.xmlMode;
    if (!xml && Object.prototype.hasOwnProperty.call(openImpliesClose, name)) {
      var el;
      while ((el = this.stack[this.stack.length - 1]) in openImpliesClose[name]) this.onclosetag(el);
    }
    if (xml || !(name in voidElements)) {
      this.stack.push(name);
      if (name in foreignContext) this.foreign.push(true);
      else if (name in htmlIntegration) this.foreign.push(false);
    }
    this.attribs = {};
  };
  P.onopentagend = function () {
    if (this.attribs) {
      this.cbs.onopentag(this.tagname, this.attribs);
      this.attribs = null;
    }
    if (!this.options.xmlMode && this.tagname in voidElements) this.cbs.onclosetag(this.tagname);
    this.tagname = '';
  };
  P.onclosetag = function (name) {
    if (this.lowerTags) name = name.toLowerCase();
    var xml = this.options.xmlMode;
    if (name in foreignContext || name in htmlIntegration) this.foreign.pop();
    if (this.stack.length && (!(name in voidElements) || xml)) {
      var pos = this.stack.lastIndexOf(name);
      if (pos !== -1) {
        pos = this.stack.length - pos;
        while (pos--) this.cbs.onclosetag(this.stack.pop());
      } else if (name === 'p' && !xml) {
        this.onopentagname(name);
        this.closeCurrent();
      }
    } else if (!xml && (name === 'br' || name === 'p')) {
      this.onopentagname(name);
      this.closeCurrent();
    }
  };
  P.onselfclosingtag = function () {
    if (this.options.xmlMode || this.options.recognizeSelfClosing || this.foreign[this.foreign.length - 1]) {
      this.closeCurrent();
    } else {
      this.onopentagend();
    }
  };
  P.closeCurrent = function () {
    var name = this.tagname;
    this.onopentagend();
    if (this.stack[this.stack.length - 1] === name) {
      this.cbs.onclosetag(name);
      this.stack.pop();
    }
  };
  P.onattribname = function (name) {
    this.attribname = this.lowerAttrs ? name.toLowerCase() : name;
  };
  P.onattribdata = function (value) { this.attribvalue += value; };
  P.onattribend = function () {
    if (this.attribs && !Object.prototype.hasOwnProperty.call(this.attribs, this.attribname)) {
      this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribname = '';
    this.attribvalue = '';
  };
  P.instructionName = function (value) {
    var idx = value.search(/\s|\//);
    var name = idx < 0 ? value : value.substr(0, idx);
    return this.lowerTags ? name.toLowerCase() : name;
  };
  P.ondeclaration = function (value) {
    this.cbs.onprocessinginstruction('!' + this.instructionName(value), '!' + value);
  };
  P.onprocessinginstruction = function (value) {
    this.cbs.onprocessinginstruction('?' + this.instructionName(value), '?' + value);
  };
  P.oncomment = function (value) {
    this.cbs.oncomment(value);
    this.cbs.oncommentend();
  };
  P.oncdata = function (value) {
    if (this.options.xmlMode || this.options.recognizeCDATA) {
      this.cbs.oncdatastart();
      this.cbs.ontext(value);
      this.cbs.oncdataend();
    } else {
      this.oncomment('[CDATA[' + value + ']]');
    }
  };
  P.onend = function () {
    for (var i = this.stack.length; i > 0;) this.cbs.onclosetag(this.stack[--i]);
  };

  // ---- DOM nodes (domhandler with withDomLvl1)

  var NodeProto = {};
  Object.defineProperty(NodeProto, 'firstChild', {
    get: function () { var c = this.children; return (c && c[0]) || null; }
  });
  Object.defineProperty(NodeProto, 'lastChild', {
    get: function () { var c = this.children; return (c && c[c.length - 1]) || null; }
  });
  var nodeTypes = { element: 1, text: 3, cdata: 4, comment: 8 };
  Object.defineProperty(NodeProto, 'nodeType', {
    get: function () { return nodeTypes[this.type] || nodeTypes.element; }
  });
  function alias(proto, key, target) {
    Object.defineProperty(proto, key, {
      get: function () { return this[target] || null; },
      set: function (v) { this[target] = v; return v; }
    });
  }
  var lvl1 = { tagName: 'name', childNodes: 'children', parentNode: 'parent', previousSibling: 'prev',
    nextSibling: 'next', nodeValue: 'data' };
  Object.keys(lvl1).forEach(function (k) { alias(NodeProto, k, lvl1[k]); });
  var ElementProto = Object.create(NodeProto);
  alias(ElementProto, 'tagName', 'name');

  function DomBuilder(options) {
    this.options = options || {};
    this.dom = [];
    this.tagStack = [];
  }
  var D = DomBuilder.prototype;
  D.create = function (props) {
    if (!this.options.withDomLvl1) return props;
    var el = Object.create(props.type === 'tag' ? ElementProto : NodeProto);
    var keys = Object.keys(props);
    for (var i = 0; i < keys.length; i++) el[keys[i]] = props[keys[i]];
    return el;
  };
  D.add = function (el) {
    var parent = this.tagStack[this.tagStack.length - 1];
    var siblings = parent ? parent.children : this.dom;
    var prev = siblings[siblings.length - 1];
    el.next = null;
    if (prev) {
      el.prev = prev;
      prev.next = el;
    } else {
      el.prev = null;
    }
    siblings.push(el);
    el.parent = parent || null;
  };
  D.onopentag = function (name, attribs) {
    var el = this.create({
      type: name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag',
      name: name, attribs: attribs, children: []
    });
    this.add(el);
    this.tagStack.push(el);
  };
  D.onclosetag = function () { this.tagStack.pop(); };
  D.ontext = function (data) {
    var normalize = this.options.normalizeWhitespace || this.options.ignoreWhitespace;
    var last;
    if (!this.tagStack.length && this.dom.length && (last = this.dom[this.dom.length - 1]).type === 'text') {
      last.data = normalize ? (last.data + data).replace(/\s+/g, ' ') : last.data + data;
      return;
    }
    if (this.tagStack.length && (last = this.tagStack[this.tagStack.length - 1]) &&
        (last = last.children[last.children.length - 1]) && last.type === 'text') {
      last.data = normalize ? (last.data + data).replace(/\s+/g, ' ') : last.data + data;
      return;
    }
    if (normalize) data = data.replace(/\s+/g, ' ');
    this.add(this.create({ data: data, type: 'text' }));
  };
  D.oncomment = function (data) {
    var last = this.tagStack[this.tagStack.length - 1];
    if (last && last.type === 'comment') {
      last.data += data;
      return;
    }
    var el = this.create({ data: data, type: 'comment' });
    this.add(el);
    this.tagStack.push(el);
  };
  D.oncdatastart = function () {
    var el = this.create({ children: [{ data: '', type: 'text' }], type: 'cdata' });
    this.add(el);
    this.tagStack.push(el);
  };
  D.oncommentend = D.oncdataend = function () { this.tagStack.pop(); };
  D.onprocessinginstruction = function (name, data) {
    this.add(this.create({ name: name, data: data, type: 'directive' }));
  };
  D.onend = function () {};

  function parseDOM(data, options) {
    var handler = new DomBuilder(options);
    var parser = new Parser(handler, options);
    if (data) parser.tokenizer.run(String(data));
    else parser.tokenizer.run('');
    return handler.dom;
  }

  return { parseDOM: parseDOM, NodePrototype: NodeProto, ElementPrototype: ElementProto };
})
