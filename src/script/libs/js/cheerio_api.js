// courier: internal `_cheerio_api` — the attributes, manipulation, css and forms methods of
// cheerio 0.22's Cheerio objects (attr, prop, data, val, classes, append/after/wrap/remove/
// replaceWith/html/text/clone, css(), serialize()). Called by `cheerio` with its internals.
(function (native, require) {
  'use strict';
  var hasOwn = Object.prototype.hasOwnProperty;

  return function (I) {
    var $ = I.statics;
    var isTag = I.isTag;
    var domEach = I.domEach;
    var rspace = /\s+/;
    var primitives = { null: null, true: true, false: false };
    var rboolean = /^(?:autofocus|autoplay|async|checked|controls|defer|disabled|hidden|loop|multiple|open|readonly|required|scoped|selected)$/i;
    var rbrace = /^(?:\{[\w\W]*\}|\[[\w\W]*\])$/;

    function camelCase(str) {
      return str.replace(/[_.-](\w|$)/g, function (_, x) { return x.toUpperCase(); });
    }
    function cssCase(str) { return str.replace(/[A-Z]/g, '-$&').toLowerCase(); }
    function forOwn(obj, fn) {
      if (obj == null) return;
      if (typeof obj.length === 'number' && typeof obj !== 'function') {
        for (var i = 0; i < obj.length; i++) if (fn(obj[i], i) === false) return;
        return;
      }
      var keys = Object.keys(Object(obj));
      for (var k = 0; k < keys.length; k++) if (fn(obj[keys[k]], keys[k]) === false) return;
    }

    // ---- attributes

    function getAttr(elem, name) {
      if (!elem || !isTag(elem)) return undefined;
      if (!elem.attribs) elem.attribs = {};
      if (!name) return elem.attribs;
      if (hasOwn.call(elem.attribs, name)) return rboolean.test(name) ? name : elem.attribs[name];
      if (elem.name === 'option' && name === 'value') return $.text(elem.children);
      if (elem.name === 'input' && (elem.attribs.type === 'radio' || elem.attribs.type === 'checkbox') &&
          name === 'value') return 'on';
      return undefined;
    }
    function removeAttribute(elem, name) {
      if (!elem.attribs || !hasOwn.call(elem.attribs, name)) return;
      delete elem.attribs[name];
    }
    function setAttr(el, name, value) {
      if (value === null) removeAttribute(el, name);
      else el.attribs[name] = value + '';
    }

    var A = {};
    A.attr = function (name, value) {
      if (typeof name === 'object' || value !== undefined) {
        if (typeof value === 'function') {
          return domEach(this, function (i, el) { setAttr(el, name, value.call(el, i, el.attribs[name])); });
        }
        return domEach(this, function (i, el) {
          if (!isTag(el)) return;
          if (typeof name === 'object') forOwn(name, function (v, n) { setAttr(el, n, v); });
          else setAttr(el, name, value);
        });
      }
      return getAttr(this[0], name);
    };

    function getProp(el, name) {
      if (!el || !isTag(el)) return undefined;
      return hasOwn.call(el, name) ? el[name]
        : rboolean.test(name) ? getAttr(el, name) !== undefined : getAttr(el, name);
    }
    function setProp(el, name, value) { el[name] = rboolean.test(name) ? !!value : value; }
    A.prop = function (name, value) {
      if (typeof name === 'string' && value === undefined) {
        var property;
        switch (name) {
          case 'style':
            property = this.css();
            var i = 0;
            forOwn(property, function (v, p) { property[i++] = p; });
            property.length = i;
            break;
          case 'tagName':
          case 'nodeName':
            property = this[0].name.toUpperCase();
            break;
          default:
            property = getProp(this[0], name);
        }
        return property;
      }
      if (typeof name === 'object' || value !== undefined) {
        if (typeof value === 'function') {
          return domEach(this, function (i, el) { setProp(el, name, value.call(el, i, getProp(el, name))); });
        }
        return domEach(this, function (i, el) {
          if (!isTag(el)) return;
          if (typeof name === 'object') forOwn(name, function (v, n) { setProp(el, n, v); });
          else setProp(el, name, value);
        });
      }
      return undefined;
    };

    function setData(el, name, value) {
      if (!el.data) el.data = {};
      if (typeof name === 'object') {
        for (var k in name) el.data[k] = name[k];
        return el.data;
      }
      if (typeof name === 'string' && value !== undefined) el.data[name] = value;
      return undefined;
    }
    function readData(el, name, readAll) {
      var domNames, jsNames, value;
      if (readAll) {
        domNames = Object.keys(el.attribs).filter(function (n) { return n.slice(0, 5) === 'data-'; });
        jsNames = domNames.map(function (n) { return camelCase(n.slice(5)); });
      } else {
        domNames = ['data-' + cssCase(name)];
        jsNames = [name];
      }
      for (var idx = 0; idx < domNames.length; ++idx) {
        var domName = domNames[idx];
        if (hasOwn.call(el.attribs, domName)) {
          value = el.attribs[domName];
          if (hasOwn.call(primitives, value)) value = primitives[value];
          else if (value === String(Number(value))) value = Number(value);
          else if (rbrace.test(value)) {
            try { value = JSON.parse(value); } catch (e) { /* keep the text */ }
          }
          el.data[jsNames[idx]] = value;
        }
      }
      return readAll ? el.data : value;
    }
    A.data = function (name, value) {
      var elem = this[0];
      if (!elem || !isTag(elem)) return undefined;
      if (!elem.data) elem.data = {};
      if (!name) return readData(elem, undefined, true);
      if (typeof name === 'object' || value !== undefined) {
        domEach(this, function (i, el) { setData(el, name, value); });
        return this;
      } else if (hasOwn.call(elem.data, name)) {
        return elem.data[name];
      }
      return readData(elem, name, false);
    };

    A.val = function (value) {
      var querying = arguments.length === 0;
      var element = this[0];
      if (!element) return undefined;
      switch (element.name) {
        case 'textarea':
          return this.text(value);
        case 'input':
          if (this.attr('type') === 'radio') {
            if (querying) return this.attr('value');
            this.attr('value', value);
            return this;
          }
          return this.attr('value', value);
        case 'select':
          var option = this.find('option:selected');
          if (!querying) {
            if (!hasOwn.call(this.attr(), 'multiple') && typeof value == 'object') return this;
            if (typeof value != 'object') value = [value];
            this.find('option').removeAttr('selected');
            for (var i = 0; i < value.length; i++) this.find('option[value="' + value[i] + '"]').attr('selected', '');
            return this;
          }
          var ret = option.attr('value');
          if (hasOwn.call(this.attr(), 'multiple')) {
            ret = [];
            domEach(option, function (i, el) { ret.push(getAttr(el, 'value')); });
          }
          return ret;
        case 'option':
          if (!querying) {
            this.attr('value', value);
            return this;
          }
          return this.attr('value');
      }
      return undefined;
    };

    A.removeAttr = function (name) {
      domEach(this, function (i, elem) { removeAttribute(elem, name); });
      return this;
    };
    A.hasClass = function (className) {
      var list = I.toList(this);
      for (var n = 0; n < list.length; n++) {
        var attrs = list[n].attribs;
        var clazz = attrs && attrs['class'];
        var idx = -1;
        if (!clazz) continue;
        while ((idx = clazz.indexOf(className, idx + 1)) > -1) {
          var end = idx + className.length;
          if ((idx === 0 || rspace.test(clazz[idx - 1])) && (end === clazz.length || rspace.test(clazz[end]))) {
            return true;
          }
        }
      }
      return false;
    };
    A.addClass = function (value) {
      if (typeof value === 'function') {
        return domEach(this, function (i, el) {
          A.addClass.call([el], value.call(el, i, el.attribs['class'] || ''));
        });
      }
      if (!value || typeof value !== 'string') return this;
      var classNames = value.split(rspace);
      for (var i = 0; i < this.length; i++) {
        if (!isTag(this[i])) continue;
        var className = getAttr(this[i], 'class');
        if (!className) {
          setAttr(this[i], 'class', classNames.join(' ').trim());
        } else {
          var setClass = ' ' + className + ' ';
          for (var j = 0; j < classNames.length; j++) {
            var append = classNames[j] + ' ';
            if (setClass.indexOf(' ' + append) < 0) setClass += append;
          }
          setAttr(this[i], 'class', setClass.trim());
        }
      }
      return this;
    };
    function splitClass(c) { return c ? c.trim().split(rspace) : []; }
    A.removeClass = function (value) {
      if (typeof value === 'function') {
        return domEach(this, function (i, el) {
          A.removeClass.call([el], value.call(el, i, el.attribs['class'] || ''));
        });
      }
      var classes = splitClass(value);
      var removeAll = arguments.length === 0;
      return domEach(this, function (i, el) {
        if (!isTag(el)) return;
        if (removeAll) {
          el.attribs.class = '';
          return;
        }
        var elClasses = splitClass(el.attribs.class);
        var changed = false;
        for (var j = 0; j < classes.length; j++) {
          var index = elClasses.indexOf(classes[j]);
          if (index >= 0) {
            elClasses.splice(index, 1);
            changed = true;
            j--;
          }
        }
        if (changed) el.attribs.class = elClasses.join(' ');
      });
    };
    A.toggleClass = function (value, stateVal) {
      if (typeof value === 'function') {
        return domEach(this, function (i, el) {
          A.toggleClass.call([el], value.call(el, i, el.attribs['class'] || '', stateVal), stateVal);
        });
      }
      if (!value || typeof value !== 'string') return this;
      var classNames = value.split(rspace);
      var state = typeof stateVal === 'boolean' ? (stateVal ? 1 : -1) : 0;
      for (var i = 0; i < this.length; i++) {
        if (!isTag(this[i])) continue;
        var list = splitClass(this[i].attribs.class);
        for (var j = 0; j < classNames.length; j++) {
          var index = list.indexOf(classNames[j]);
          if (state >= 0 && index < 0) list.push(classNames[j]);
          else if (state <= 0 && index >= 0) list.splice(index, 1);
        }
        this[i].attribs.class = list.join(' ');
      }
      return this;
    };
    A.is = function (selector) {
      if (selector) return this.filter(selector).length > 0;
      return false;
    };

    // ---- manipulation

    var M = {};
    var slice = Array.prototype.slice;
    M._makeDomArray = function makeDomArray(elem, clone) {
      if (elem == null) return [];
      if (elem.cheerio) return clone ? I.cloneDom(elem.get(), elem.options) : elem.get();
      if (Array.isArray(elem)) {
        var self = this;
        var out = [];
        elem.forEach(function (el) { out = out.concat(self._makeDomArray(el, clone)); });
        return out;
      }
      if (typeof elem === 'string') return I.evaluate(elem, this.options);
      return clone ? I.cloneDom([elem]) : [elem];
    };

    function uniqueSplice(array, spliceIdx, spliceCount, newElems, parent) {
      var args = [spliceIdx, spliceCount].concat(newElems);
      var prev = array[spliceIdx - 1] || null;
      var next = array[spliceIdx] || null;
      for (var idx = 0; idx < newElems.length; ++idx) {
        var node = newElems[idx];
        var oldParent = node.parent || node.root;
        var prevIdx = oldParent && oldParent.children.indexOf(newElems[idx]);
        if (oldParent && prevIdx > -1) {
          oldParent.children.splice(prevIdx, 1);
          if (parent === oldParent && spliceIdx > prevIdx) args[0]--;
        }
        node.root = null;
        node.parent = parent;
        if (node.prev) node.prev.next = node.next || null;
        if (node.next) node.next.prev = node.prev || null;
        node.prev = newElems[idx - 1] || prev;
        node.next = newElems[idx + 1] || next;
      }
      if (prev) prev.next = newElems[0];
      if (next) next.prev = newElems[newElems.length - 1];
      return array.splice.apply(array, args);
    }

    function insert(concatenator) {
      return function () {
        var elems = slice.call(arguments);
        var lastIdx = this.length - 1;
        return domEach(this, function (i, el) {
          var domSrc = typeof elems[0] === 'function' ? elems[0].call(el, i, $.html(el.children)) : elems;
          var dom = this._makeDomArray(domSrc, i < lastIdx);
          concatenator(dom, el.children, el);
        });
      };
    }
    M.appendTo = function (target) {
      if (!target.cheerio) target = this.constructor.call(this.constructor, target, null, this._originalRoot);
      target.append(this);
      return this;
    };
    M.prependTo = function (target) {
      if (!target.cheerio) target = this.constructor.call(this.constructor, target, null, this._originalRoot);
      target.prepend(this);
      return this;
    };
    M.append = insert(function (dom, children, parent) { uniqueSplice(children, children.length, 0, dom, parent); });
    M.prepend = insert(function (dom, children, parent) { uniqueSplice(children, 0, 0, dom, parent); });
    M.wrap = function (wrapper) {
      var wrapperFn = typeof wrapper === 'function' && wrapper;
      var lastIdx = this.length - 1;
      var self = this;
      I.toList(this).forEach(function (el, i) {
        var parent = el.parent || el.root;
        var siblings = parent.children;
        if (!parent) return;
        if (wrapperFn) wrapper = wrapperFn.call(el, i);
        if (typeof wrapper === 'string' && !I.isHtml(wrapper)) wrapper = self.parents().last().find(wrapper).clone();
        var dom = self._makeDomArray(wrapper, i < lastIdx).slice(0, 1);
        var index = siblings.indexOf(el);
        I.update([el], dom[0]);
        uniqueSplice(siblings, index, 0, dom, parent);
      });
      return this;
    };
    function beside(offset) {
      return function () {
        var elems = slice.call(arguments);
        var lastIdx = this.length - 1;
        domEach(this, function (i, el) {
          var parent = el.parent || el.root;
          if (!parent) return;
          var siblings = parent.children;
          var index = siblings.indexOf(el);
          if (index < 0) return;
          var domSrc = typeof elems[0] === 'function' ? elems[0].call(el, i, $.html(el.children)) : elems;
          uniqueSplice(siblings, index + offset, 0, this._makeDomArray(domSrc, i < lastIdx), parent);
        });
        return this;
      };
    }
    M.after = beside(1);
    M.before = beside(0);
    function insertBeside(offset) {
      return function (target) {
        var clones = [];
        var self = this;
        if (typeof target === 'string') target = this.constructor.call(this.constructor, target, null, this._originalRoot);
        target = this._makeDomArray(target);
        self.remove();
        domEach(target, function (i, el) {
          var clonedSelf = self._makeDomArray(self.clone());
          var parent = el.parent || el.root;
          if (!parent) return;
          var siblings = parent.children;
          var index = siblings.indexOf(el);
          if (index < 0) return;
          uniqueSplice(siblings, index + offset, 0, clonedSelf, parent);
          clones.push(clonedSelf);
        });
        return this.constructor.call(this.constructor, this._makeDomArray(clones));
      };
    }
    M.insertAfter = insertBeside(1);
    M.insertBefore = insertBeside(0);
    M.remove = function (selector) {
      var elems = this;
      if (selector) elems = elems.filter(selector);
      domEach(elems, function (i, el) {
        var parent = el.parent || el.root;
        if (!parent) return;
        var siblings = parent.children;
        var index = siblings.indexOf(el);
        if (index < 0) return;
        siblings.splice(index, 1);
        if (el.prev) el.prev.next = el.next;
        if (el.next) el.next.prev = el.prev;
        el.prev = el.next = el.parent = el.root = null;
      });
      return this;
    };
    M.replaceWith = function (content) {
      var self = this;
      domEach(this, function (i, el) {
        var parent = el.parent || el.root;
        if (!parent) return;
        var siblings = parent.children;
        var dom = self._makeDomArray(typeof content === 'function' ? content.call(el, i, el) : content);
        I.update(dom, null);
        var index = siblings.indexOf(el);
        uniqueSplice(siblings, index, 1, dom, parent);
        el.parent = el.prev = el.next = el.root = null;
      });
      return this;
    };
    function detachChildren(el) {
      I.toList(el.children).forEach(function (c) { c.next = c.prev = c.parent = null; });
    }
    M.empty = function () {
      domEach(this, function (i, el) {
        detachChildren(el);
        el.children.length = 0;
      });
      return this;
    };
    M.html = function (str) {
      if (str === undefined) {
        if (!this[0] || !this[0].children) return null;
        return $.html(this[0].children, this.options);
      }
      var opts = this.options;
      domEach(this, function (i, el) {
        detachChildren(el);
        var content = str.cheerio ? str.clone().get() : I.evaluate('' + str, opts);
        I.update(content, el);
      });
      return this;
    };
    M.toString = function () { return $.html(this, this.options); };
    M.text = function (str) {
      if (str === undefined) return $.text(this);
      if (typeof str === 'function') {
        return domEach(this, function (i, el) {
          var list = [el];
          return M.text.call(list, str.call(el, i, $.text(list)));
        });
      }
      domEach(this, function (i, el) {
        detachChildren(el);
        I.update({ data: '' + str, type: 'text', parent: el, prev: null, next: null, children: [] }, el);
      });
      return this;
    };
    M.clone = function () { return this._make(I.cloneDom(this.get(), this.options)); };

    // ---- css

    var C = {};
    function parseStyle(styles) {
      styles = (styles || '').trim();
      if (!styles) return {};
      return styles.split(';').reduce(function (obj, str) {
        var n = str.indexOf(':');
        if (n < 1 || n === str.length - 1) return obj;
        obj[str.slice(0, n).trim()] = str.slice(n + 1).trim();
        return obj;
      }, {});
    }
    function stringifyStyle(obj) {
      return Object.keys(obj || {}).reduce(function (str, prop) {
        return str + (str ? ' ' : '') + prop + ': ' + obj[prop] + ';';
      }, '');
    }
    function getCss(el, prop) {
      var styles = parseStyle(el.attribs.style);
      if (typeof prop === 'string') return styles[prop];
      if (Array.isArray(prop)) {
        var picked = {};
        prop.forEach(function (p) { if (p in styles) picked[p] = styles[p]; });
        return picked;
      }
      return styles;
    }
    function setCss(el, prop, val, idx) {
      if (typeof prop === 'string') {
        var styles = getCss(el);
        if (typeof val === 'function') val = val.call(el, idx, styles[prop]);
        if (val === '') delete styles[prop];
        else if (val != null) styles[prop] = val;
        el.attribs.style = stringifyStyle(styles);
      } else if (typeof prop === 'object') {
        Object.keys(prop).forEach(function (k) { setCss(el, k, prop[k]); });
      }
    }
    C.css = function (prop, val) {
      if (arguments.length === 2 || Object.prototype.toString.call(prop) === '[object Object]') {
        return domEach(this, function (idx, el) { setCss(el, prop, val, idx); });
      }
      return getCss(this[0], prop);
    };

    // ---- forms

    var F = {};
    F.serialize = function () {
      return this.serializeArray().map(function (d) {
        return encodeURIComponent(d.name) + '=' + encodeURIComponent(d.value);
      }).join('&').replace(/%20/g, '+');
    };
    F.serializeArray = function () {
      var Ch = this.constructor;
      return this.map(function () {
        var $elem = Ch(this);
        if (this.name === 'form') return $elem.find('input,select,textarea,keygen').toArray();
        return $elem.filter('input,select,textarea,keygen').toArray();
      }).filter('[name!=""]:not(:disabled):not(:submit, :button, :image, :reset, :file)' +
        ':matches([checked], :not(:checkbox, :radio))'
      ).map(function (i, elem) {
        var $elem = Ch(elem);
        var name = $elem.attr('name');
        var val = $elem.val();
        if (val == null) return null;
        if (Array.isArray(val)) {
          return val.map(function (v) { return { name: name, value: v.replace(/\r?\n/g, '\r\n') }; });
        }
        return { name: name, value: val.replace(/\r?\n/g, '\r\n') };
      }).get();
    };

    return { attributes: A, manipulation: M, css: C, forms: F };
  };
})
