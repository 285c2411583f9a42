// courier: `cheerio` (also the legacy `cheerio` global) — the API of cheerio 0.22: load(),
// $(selector[, context]), the Cheerio object with traversing methods (here) and attributes,
// manipulation, css and forms methods (`_cheerio_api`), static html/xml/text/parseHTML/root/
// contains. HTML parsing is `_markup_html`, selectors `_cheerio_select`. The quirks of 0.22 are
// kept: top-level nodes have `parent` null and a `root` link, html() encodes non-ASCII text as
// hexadecimal character references.
(function (native, require) {
  'use strict';
  var htmlparser = require('_markup_html');
  var entities = require('_markup_entities');
  var css = require('_cheerio_select');
  var select = css.select;
  var hasOwn = Object.prototype.hasOwnProperty;

  // ---- lodash-like helpers with the semantics cheerio relies on

  function defaults(obj) {
    obj = Object(obj);
    for (var i = 1; i < arguments.length; i++) {
      var src = arguments[i];
      if (src == null) continue;
      for (var k in src) {
        if (obj[k] === undefined || (obj[k] === Object.prototype[k] && !hasOwn.call(obj, k))) obj[k] = src[k];
      }
    }
    return obj;
  }
  function extend(target, src) {
    for (var k in src) target[k] = src[k];
    return target;
  }
  function toList(coll) {
    var out = [];
    if (coll == null) return out;
    if (typeof coll.length === 'number' && typeof coll !== 'function') {
      for (var i = 0; i < coll.length; i++) out.push(coll[i]);
      return out;
    }
    for (var k in coll) if (hasOwn.call(coll, k)) out.push(coll[k]);
    return out;
  }
  function isObjectLike(v) { return v !== null && (typeof v === 'object' || typeof v === 'function'); }

  // ---- parsing (cheerio/lib/parse)

  function isBuffer(x) {
    if (!x || typeof x !== 'object') return false;
    try {
      var B = require('buffer').Buffer;
      return !!(B && typeof B.isBuffer === 'function' && B.isBuffer(x));
    } catch (e) {
      return false;
    }
  }

  function evaluate(content, options) {
    if (typeof content === 'string') return htmlparser.parseDOM(content, options);
    if (isBuffer(content)) return htmlparser.parseDOM(content.toString(), options);
    return content;
  }

  function update(arr, parent) {
    if (!Array.isArray(arr)) arr = [arr];
    if (parent) parent.children = arr;
    else parent = null;
    for (var i = 0; i < arr.length; i++) {
      var node = arr[i];
      var oldParent = node.parent || node.root;
      var oldSiblings = oldParent && oldParent.children;
      if (oldSiblings && oldSiblings !== arr) {
        oldSiblings.splice(oldSiblings.indexOf(node), 1);
        if (node.prev) node.prev.next = node.next;
        if (node.next) node.next.prev = node.prev;
      }
      if (!isObjectLike(node)) continue;
      if (parent) {
        node.prev = arr[i - 1] || null;
        node.next = arr[i + 1] || null;
      } else {
        node.prev = node.next = null;
      }
      if (parent && parent.type === 'root') {
        node.root = parent;
        node.parent = null;
      } else {
        node.root = null;
        node.parent = parent;
      }
    }
    return parent;
  }

  function parse(content, options) {
    var dom = evaluate(content, options);
    var root = evaluate('<root></root>', options)[0];
    root.type = 'root';
    update(dom, root);
    return root;
  }

  // ---- serialising (dom-serializer 0.1)

  function nullSet(list) {
    var o = Object.create(null);
    list.split(' ').forEach(function (k) { o[k] = true; });
    return o;
  }
  var unencoded = nullSet('style script xmp iframe noembed noframes plaintext noscript');
  var singleTag = nullSet('area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr');

  function isTag(e) {
    var t = e && e.type !== undefined ? e.type : e;
    return t === 'tag' || t === 'script' || t === 'style';
  }

  function render(dom, opts) {
    if (!Array.isArray(dom) && !dom.cheerio) dom = [dom];
    opts = opts || {};
    var out = '';
    for (var i = 0; i < dom.length; i++) {
      var elem = dom[i];
      if (elem.type === 'root') out += render(elem.children, opts);
      else if (elem.type === 'tag' || elem.type === 'script' || elem.type === 'style') out += renderTag(elem, opts);
      else if (elem.type === 'directive') out += '<' + elem.data + '>';
      else if (elem.type === 'comment') out += '<!--' + elem.data + '-->';
      else if (elem.type === 'cdata') out += '<![CDATA[' + elem.children[0].data + ']]>';
      else {
        var data = elem.data || '';
        if (opts.decodeEntities && !(elem.parent && elem.parent.name in unencoded)) data = entities.encodeXML(data);
        out += data;
      }
    }
    return out;
  }

  function renderTag(elem, opts) {
    if (elem.name === 'svg') opts = { decodeEntities: opts.decodeEntities, xmlMode: true };
    var tag = '<' + elem.name;
    var attrs = elem.attribs;
    if (attrs) {
      var s = '';
      for (var key in attrs) {
        var value = attrs[key];
        if (s) s += ' ';
        s += key;
        if ((value !== null && value !== '') || opts.xmlMode) {
          s += '="' + (opts.decodeEntities ? entities.encodeXML(value) : value) + '"';
        }
      }
      if (s) tag += ' ' + s;
    }
    if (opts.xmlMode && (!elem.children || elem.children.length === 0)) return tag + '/>';
    tag += '>';
    if (elem.children) tag += render(elem.children, opts);
    if (!singleTag[elem.name] || opts.xmlMode) tag += '</' + elem.name + '>';
    return tag;
  }

  // ---- utils (cheerio/lib/utils)

  var quickExpr = /^(?:[^#<]*(<[\w\W]+>)[^>]*$|#([\w\-]*)$)/;
  function isHtml(str) {
    if (str.charAt(0) === '<' && str.charAt(str.length - 1) === '>' && str.length >= 3) return true;
    var m = quickExpr.exec(str);
    return !!(m && m[1]);
  }
  function domEach(set, fn) {
    var i = 0, len = set.length;
    while (i < len && fn.call(set, i, set[i]) !== false) ++i;
    return set;
  }
  function cloneDom(dom, options) {
    return parse(render(dom, options), options).children;
  }

  // compareDocumentPosition / uniqueSort (domutils)
  function comparePos(a, b) {
    if (a === b) return 0;
    var ap = [], bp = [], cur;
    for (cur = a; cur; cur = cur.parent) ap.unshift(cur);
    for (cur = b; cur; cur = cur.parent) bp.unshift(cur);
    var idx = 0;
    while (ap[idx] === bp[idx]) idx++;
    if (idx === 0) return 1;
    var shared = ap[idx - 1];
    var sib = shared.children;
    if (sib.indexOf(ap[idx]) > sib.indexOf(bp[idx])) return shared === b ? 4 | 16 : 4;
    return shared === a ? 2 | 8 : 2;
  }
  function uniqueSort(nodes) {
    nodes = nodes.slice();
    for (var idx = nodes.length - 1; idx > -1; idx--) {
      var pos = nodes.indexOf(nodes[idx]);
      if (pos > -1 && pos < idx) nodes.splice(idx, 1);
    }
    v8Sort(nodes, function (a, b) {
      var rel = comparePos(a, b);
      if (rel & 2) return -1;
      if (rel & 4) return 1;
      return 0;
    });
    return nodes;
  }

  // The comparison above is not a total order (nodes of separate trees compare equal), so the
  // result depends on the sorting algorithm: this is V8's for short arrays (a natural run, then
  // binary insertion), which Node uses.
  function v8Sort(a, cmp) {
    var n = a.length;
    if (n < 2) return a;
    var run = 2;
    var desc = cmp(a[1], a[0]) < 0;
    var prev = a[1];
    for (var i = 2; i < n; i++) {
      var order = cmp(a[i], prev);
      if (desc ? order >= 0 : order < 0) break;
      prev = a[i];
      run++;
    }
    if (desc) {
      for (var lo = 0, hi = run - 1; lo < hi; lo++, hi--) {
        var t = a[lo];
        a[lo] = a[hi];
        a[hi] = t;
      }
    }
    for (var start = run; start < n; start++) {
      var pivot = a[start];
      var left = 0, right = start;
      while (left < right) {
        var mid = left + ((right - left) >> 1);
        if (cmp(pivot, a[mid]) < 0) right = mid;
        else left = mid + 1;
      }
      for (var p = start; p > left; p--) a[p] = a[p - 1];
      a[left] = pivot;
    }
    return a;
  }

  // ---- the Cheerio object

  function isNode(obj) { return obj.name || obj.type === 'text' || obj.type === 'comment'; }

  function Cheerio(selector, context, root, options) {
    if (!(this instanceof Cheerio)) return new Cheerio(selector, context, root, options);
    this.options = defaults(options || {}, this.options);
    if (!selector) return this;
    if (root) {
      if (typeof root === 'string') root = parse(root, this.options);
      this._root = Cheerio.call(this, root);
    }
    if (selector.cheerio) return selector;
    if (isNode(selector)) selector = [selector];
    if (Array.isArray(selector)) {
      for (var i = 0; i < selector.length; i++) this[i] = selector[i];
      this.length = selector.length;
      return this;
    }
    if (typeof selector === 'string' && isHtml(selector)) {
      return Cheerio.call(this, parse(selector, this.options).children);
    }
    if (!context) {
      context = this._root;
    } else if (typeof context === 'string') {
      if (isHtml(context)) {
        context = parse(context, this.options);
        context = Cheerio.call(this, context);
      } else {
        selector = [context, selector].join(' ');
        context = this._root;
      }
    } else if (!context.cheerio) {
      context = Cheerio.call(this, context);
    }
    if (!context) return this;
    return context.find(selector);
  }

  var statics = {};
  statics.load = function (content, options) {
    options = defaults(options || {}, Cheerio.prototype.options);
    var root = parse(content, options);
    var initialize = function (selector, context, r, opts) {
      if (!(this instanceof initialize)) return new initialize(selector, context, r, opts);
      opts = defaults(opts || {}, options);
      return Cheerio.call(this, selector, context, r || root, opts);
    };
    initialize.prototype = Object.create(Cheerio.prototype);
    initialize.prototype.constructor = initialize;
    initialize.fn = initialize.prototype;
    initialize.prototype._originalRoot = root;
    extend(initialize, statics);
    initialize._root = root;
    initialize._options = options;
    return initialize;
  };

  function renderWith(that, dom, options) {
    if (!dom) {
      if (that._root && that._root.children) dom = that._root.children;
      else return '';
    } else if (typeof dom === 'string') {
      dom = select(dom, that._root, options);
    }
    return render(dom, options);
  }
  statics.html = function (dom, options) {
    if (Object.prototype.toString.call(dom) === '[object Object]' && !options && !('length' in dom) && !('type' in dom)) {
      options = dom;
      dom = undefined;
    }
    options = defaults(options || {}, this._options, Cheerio.prototype.options);
    return renderWith(this, dom, options);
  };
  statics.xml = function (dom) {
    return renderWith(this, dom, defaults({ xmlMode: true }, this._options));
  };
  statics.text = function (elems) {
    if (!elems) elems = this.root();
    var ret = '';
    for (var i = 0; i < elems.length; i++) {
      var elem = elems[i];
      if (elem.type === 'text') ret += elem.data;
      else if (elem.children && elem.type !== 'comment') ret += statics.text(elem.children);
    }
    return ret;
  };
  statics.parseHTML = function (data, context, keepScripts) {
    if (!data || typeof data !== 'string') return null;
    if (typeof context === 'boolean') keepScripts = context;
    var parsed = this.load(data);
    if (!keepScripts) parsed('script').remove();
    return parsed.root()[0].children.slice();
  };
  statics.root = function () { return this(this._root); };
  statics.contains = function (container, contained) {
    if (contained === container) return false;
    while (contained && contained !== contained.parent) {
      contained = contained.parent;
      if (contained === container) return true;
    }
    return false;
  };

  var proto = Cheerio.prototype;
  proto.cheerio = '[cheerio object]';
  proto.options = { withDomLvl1: true, normalizeWhitespace: false, xmlMode: false, decodeEntities: true };
  proto.length = 0;
  proto.splice = Array.prototype.splice;
  proto._make = function (dom, context) {
    var made = new this.constructor(dom, context, this._root, this.options);
    made.prevObject = this;
    return made;
  };
  proto.toArray = function () { return this.get(); };

  // ---- traversing (cheerio/lib/api/traversing)

  function childTags(set) {
    var out = [];
    for (var i = 0; i < set.length; i++) {
      var kids = set[i].children || [];
      for (var k = 0; k < kids.length; k++) if (isTag(kids[k])) out.push(kids[k]);
    }
    return out;
  }

  var T = {};
  T.find = function (selectorOrHaystack) {
    var elems = childTags(this);
    var contains = this.constructor.contains;
    if (selectorOrHaystack && typeof selectorOrHaystack !== 'string') {
      var haystack = selectorOrHaystack.cheerio ? selectorOrHaystack.get() : [selectorOrHaystack];
      var self = this;
      return this._make(haystack.filter(function (elem) {
        for (var i = 0; i < self.length; ++i) if (contains(self[i], elem)) return true;
        return false;
      }));
    }
    var options = Object.create(this.options);
    options.context = this.toArray();
    return this._make(select(selectorOrHaystack, elems, options));
  };
  T.parent = function (selector) {
    var set = [];
    domEach(this, function (idx, elem) {
      var p = elem.parent;
      if (p && set.indexOf(p) < 0) set.push(p);
    });
    if (arguments.length) set = T.filter.call(set, selector, this);
    return this._make(set);
  };
  function traverseParents(self, elem, selector, limit) {
    var elems = [];
    while (elem && elems.length < limit) {
      if (!selector || T.filter.call([elem], selector, self).length) elems.push(elem);
      elem = elem.parent;
    }
    return elems;
  }
  T.parents = function (selector) {
    var out = [];
    var self = this;
    this.get().reverse().forEach(function (elem) {
      traverseParents(self, elem.parent, selector, Infinity).forEach(function (node) {
        if (out.indexOf(node) === -1) out.push(node);
      });
    });
    return this._make(out);
  };
  function until(set, step, selector, filterSelector, pool, makeWith) {
    var elems = [], untilNode, untilNodes;
    if (typeof selector === 'string') untilNode = select(selector, pool(), set.options)[0];
    else if (selector && selector.cheerio) untilNodes = selector.get();
    else if (selector) untilNode = selector;
    toList(set).forEach(function (elem) {
      while ((elem = elem[step])) {
        if ((untilNode && elem !== untilNode) || (untilNodes && untilNodes.indexOf(elem) === -1) ||
            (!untilNode && !untilNodes)) {
          if (isTag(elem) && elems.indexOf(elem) === -1) elems.push(elem);
        } else {
          break;
        }
      }
    });
    return makeWith(elems, filterSelector);
  }
  T.parentsUntil = function (selector, filter) {
    var self = this;
    var parentNodes = [], untilNode, untilNodes;
    if (typeof selector === 'string') untilNode = select(selector, this.parents().toArray(), this.options)[0];
    else if (selector && selector.cheerio) untilNodes = selector.toArray();
    else if (selector) untilNode = selector;
    this.toArray().reverse().forEach(function (elem) {
      while ((elem = elem.parent)) {
        if ((untilNode && elem !== untilNode) || (untilNodes && untilNodes.indexOf(elem) === -1) ||
            (!untilNode && !untilNodes)) {
          if (isTag(elem) && parentNodes.indexOf(elem) === -1) parentNodes.push(elem);
        } else {
          break;
        }
      }
    });
    return self._make(filter ? select(filter, parentNodes, this.options) : parentNodes);
  };
  T.closest = function (selector) {
    var set = [];
    if (!selector) return this._make(set);
    var self = this;
    domEach(this, function (idx, elem) {
      var found = traverseParents(self, elem, selector, 1)[0];
      if (found && set.indexOf(found) < 0) set.push(found);
    });
    return this._make(set);
  };
  function sibling(step, all) {
    return function (selector) {
      if (!this[0]) return this;
      var elems = [];
      toList(this).forEach(function (elem) {
        while ((elem = elem[step])) {
          if (isTag(elem)) {
            if (!all) { elems.push(elem); return; }
            if (elems.indexOf(elem) === -1) elems.push(elem);
          }
        }
      });
      return selector ? T.filter.call(elems, selector, this) : this._make(elems);
    };
  }
  T.next = sibling('next', false);
  T.nextAll = sibling('next', true);
  T.prev = sibling('prev', false);
  T.prevAll = sibling('prev', true);
  function untilMethod(step, all) {
    return function (selector, filterSelector) {
      if (!this[0]) return this;
      var self = this;
      return until(this, step, selector, filterSelector, function () { return all.call(self).get(); },
        function (elems, fs) { return fs ? T.filter.call(elems, fs, self) : self._make(elems); });
    };
  }
  T.nextUntil = untilMethod('next', T.nextAll);
  T.prevUntil = untilMethod('prev', T.prevAll);
  T.siblings = function (selector) {
    var parent = this.parent();
    var self = this;
    var elems = toList(parent ? parent.children() : this.siblingsAndMe()).filter(function (elem) {
      return isTag(elem) && !self.is(elem);
    });
    return selector !== undefined ? T.filter.call(elems, selector, this) : this._make(elems);
  };
  T.children = function (selector) {
    var elems = childTags(this);
    if (selector === undefined) return this._make(elems);
    return T.filter.call(elems, selector, this);
  };
  T.contents = function () {
    var all = [];
    toList(this).forEach(function (elem) { all.push.apply(all, elem.children); });
    return this._make(all);
  };
  T.each = function (fn) {
    var i = 0, len = this.length;
    while (i < len && fn.call(this[i], i, this[i]) !== false) ++i;
    return this;
  };
  T.map = function (fn) {
    var memo = [];
    toList(this).forEach(function (el, i) {
      var val = fn.call(el, i, el);
      if (val != null) memo = memo.concat(val);
    });
    return this._make(memo);
  };
  function filterMethod(keep) {
    return function (match, container) {
      var testFn;
      container = container || this;
      if (typeof match === 'string') {
        testFn = css.compile(match, container.options);
      } else if (typeof match === 'function') {
        testFn = function (el, i) { return match.call(el, i, el); };
      } else if (match.cheerio) {
        testFn = function (el) { return match.is(el); };
      } else {
        testFn = function (el) { return match === el; };
      }
      return container._make(toList(this).filter(function (el, i) { return !!testFn(el, i) === keep; }));
    };
  }
  T.filter = filterMethod(true);
  T.not = filterMethod(false);
  T.has = function (selectorOrHaystack) {
    var that = this;
    return T.filter.call(this, function () {
      return that._make(this).find(selectorOrHaystack).length > 0;
    });
  };
  T.first = function () { return this.length > 1 ? this._make(this[0]) : this; };
  T.last = function () { return this.length > 1 ? this._make(this[this.length - 1]) : this; };
  T.eq = function (i) {
    i = +i;
    if (i === 0 && this.length <= 1) return this;
    if (i < 0) i = this.length + i;
    return this[i] ? this._make(this[i]) : this._make([]);
  };
  T.get = function (i) {
    if (i == null) return Array.prototype.slice.call(this);
    return this[i < 0 ? (this.length + i) : i];
  };
  T.index = function (selectorOrNeedle) {
    var haystack, needle;
    if (arguments.length === 0) {
      haystack = this.parent().children();
      needle = this[0];
    } else if (typeof selectorOrNeedle === 'string') {
      haystack = this._make(selectorOrNeedle);
      needle = this[0];
    } else {
      haystack = this;
      needle = selectorOrNeedle.cheerio ? selectorOrNeedle[0] : selectorOrNeedle;
    }
    return haystack.get().indexOf(needle);
  };
  T.slice = function () { return this._make([].slice.apply(this, arguments)); };
  T.end = function () { return this.prevObject || this._make([]); };
  T.add = function (other, context) {
    var selection = this._make(other, context);
    var contents = uniqueSort(selection.get().concat(this.get()));
    for (var i = 0; i < contents.length; ++i) selection[i] = contents[i];
    selection.length = contents.length;
    return selection;
  };
  T.addBack = function (selector) {
    return this.add(arguments.length ? this.prevObject.filter(selector) : this.prevObject);
  };

  var api = require('_cheerio_api')({
    statics: statics, evaluate: evaluate, update: update, parse: parse, render: render, isTag: isTag,
    isHtml: isHtml, domEach: domEach, cloneDom: cloneDom, defaults: defaults, toList: toList,
    select: select, getText: css.getText
  });
  extend(proto, api.attributes);
  extend(proto, T);
  extend(proto, api.manipulation);
  extend(proto, api.css);
  extend(proto, api.forms);

  extend(Cheerio, statics);
  Cheerio.version = '0.22.0';
  return Cheerio;
})
