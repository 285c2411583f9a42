// courier: internal `_markup_saxtags` — the event side of `_markup_sax` (sax 1.2.x behaviour):
// emitting events with pending text flushed first, error texts with Line/Column/Char, opening
// and closing tags (attributes, duplicate attributes, xmlns bindings, mismatched close tags)
// and entity references (HTML 4 names, numeric references).
(function (native, require) {
  'use strict';
  var E = require('_markup_entities');

  var XML_NS = 'http://www.w3.org/XML/1998/namespace';
  var XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
  // state numbers shared with _markup_sax
  var TEXT = 2, SCRIPT = 34;

  function emit(p, ev, data) { if (p[ev]) p[ev](data); }
  function emitNode(p, ev, data) { if (p.textNode) closeText(p); emit(p, ev, data); }

  function textopts(opt, text) {
    if (opt.trim) text = text.trim();
    return opt.normalize ? text.replace(/\s+/g, ' ') : text;
  }

  function closeText(p) {
    p.textNode = textopts(p.opt, p.textNode);
    if (p.textNode) emit(p, 'ontext', p.textNode);
    p.textNode = '';
  }

  function error(p, msg) {
    closeText(p);
    if (p.trackPosition) msg += '\nLine: ' + p.line + '\nColumn: ' + p.column + '\nChar: ' + p.c;
    var er = new Error(msg);
    p.error = er;
    emit(p, 'onerror', er);
    return p;
  }

  function strictFail(p, msg) { if (p.strict) error(p, msg); }

  function newTag(p) {
    if (!p.strict) p.tagName = p.tagName[p.looseCase]();
    var parent = p.tags[p.tags.length - 1] || p;
    var tag = p.tag = { name: p.tagName, attributes: {} };
    if (p.opt.xmlns) tag.ns = parent.ns;
    p.attribList.length = 0;
    emitNode(p, 'onopentagstart', tag);
  }

  function qname(name, attribute) {
    var i = name.indexOf(':');
    var parts = i < 0 ? ['', name] : name.split(':');
    var prefix = parts[0];
    var local = parts[1];
    if (attribute && name === 'xmlns') { prefix = 'xmlns'; local = ''; }
    return { prefix: prefix, local: local };
  }

  function attrib(p) {
    if (!p.strict) p.attribName = p.attribName[p.looseCase]();
    if (p.attribList.indexOf(p.attribName) !== -1 ||
        Object.prototype.hasOwnProperty.call(p.tag.attributes, p.attribName)) {
      p.attribName = p.attribValue = '';
      return;
    }
    if (p.opt.xmlns) {
      var qn = qname(p.attribName, true);
      if (qn.prefix === 'xmlns') {
        if (qn.local === 'xml' && p.attribValue !== XML_NS) {
          strictFail(p, 'xml: prefix must be bound to ' + XML_NS + '\nActual: ' + p.attribValue);
        } else if (qn.local === 'xmlns' && p.attribValue !== XMLNS_NS) {
          strictFail(p, 'xmlns: prefix must be bound to ' + XMLNS_NS + '\nActual: ' + p.attribValue);
        } else {
          var tag = p.tag;
          var parent = p.tags[p.tags.length - 1] || p;
          if (tag.ns === parent.ns) tag.ns = Object.create(parent.ns);
          tag.ns[qn.local] = p.attribValue;
        }
      }
      p.attribList.push([p.attribName, p.attribValue]);
    } else {
      p.tag.attributes[p.attribName] = p.attribValue;
      emitNode(p, 'onattribute', { name: p.attribName, value: p.attribValue });
    }
    p.attribName = p.attribValue = '';
  }

  function openTag(p, selfClosing) {
    if (p.opt.xmlns) {
      var tag = p.tag;
      var qn = qname(p.tagName);
      tag.prefix = qn.prefix;
      tag.local = qn.local;
      tag.uri = tag.ns[qn.prefix] || '';
      if (tag.prefix && !tag.uri) {
        strictFail(p, 'Unbound namespace prefix: ' + JSON.stringify(p.tagName));
        tag.uri = qn.prefix;
      }
      var parent = p.tags[p.tags.length - 1] || p;
      if (tag.ns && parent.ns !== tag.ns) {
        Object.keys(tag.ns).forEach(function (prefix) {
          emitNode(p, 'onopennamespace', { prefix: prefix, uri: tag.ns[prefix] });
        });
      }
      for (var i = 0; i < p.attribList.length; i++) {
        var name = p.attribList[i][0];
        var value = p.attribList[i][1];
        var aq = qname(name, true);
        var uri = aq.prefix === '' ? '' : (tag.ns[aq.prefix] || '');
        var a = { name: name, value: value, prefix: aq.prefix, local: aq.local, uri: uri };
        if (aq.prefix && aq.prefix !== 'xmlns' && !uri) {
          strictFail(p, 'Unbound namespace prefix: ' + JSON.stringify(aq.prefix));
          a.uri = aq.prefix;
        }
        p.tag.attributes[name] = a;
        emitNode(p, 'onattribute', a);
      }
      p.attribList.length = 0;
    }
    p.tag.isSelfClosing = !!selfClosing;
    p.sawRoot = true;
    p.tags.push(p.tag);
    emitNode(p, 'onopentag', p.tag);
    if (!selfClosing) {
      p.state = (!p.noscript && p.tagName.toLowerCase() === 'script') ? SCRIPT : TEXT;
      p.tag = null;
      p.tagName = '';
    }
    p.attribName = p.attribValue = '';
    p.attribList.length = 0;
  }

  function closeTag(p) {
    if (!p.tagName) {
      strictFail(p, 'Weird empty close tag.');
      p.textNode += '</>';
      p.state = TEXT;
      return;
    }
    if (p.script) {
      if (p.tagName !== 'script') {
        p.script += '</' + p.tagName + '>';
        p.tagName = '';
        p.state = SCRIPT;
        return;
      }
      emitNode(p, 'onscript', p.script);
      p.script = '';
    }
    var t = p.tags.length;
    var tagName = p.tagName;
    if (!p.strict) tagName = tagName[p.looseCase]();
    while (t--) {
      if (p.tags[t].name !== tagName) strictFail(p, 'Unexpected close tag');
      else break;
    }
    if (t < 0) {
      strictFail(p, 'Unmatched closing tag: ' + p.tagName);
      p.textNode += '</' + p.tagName + '>';
      p.state = TEXT;
      return;
    }
    p.tagName = tagName;
    var s = p.tags.length;
    while (s-- > t) {
      var tag = p.tag = p.tags.pop();
      p.tagName = tag.name;
      emitNode(p, 'onclosetag', p.tagName);
      var parent = p.tags[p.tags.length - 1] || p;
      if (p.opt.xmlns && tag.ns !== parent.ns) {
        Object.keys(tag.ns).forEach(function (prefix) {
          emitNode(p, 'onclosenamespace', { prefix: prefix, uri: tag.ns[prefix] });
        });
      }
    }
    if (t === 0) p.closedRoot = true;
    p.tagName = p.attribValue = p.attribName = '';
    p.attribList.length = 0;
    p.state = TEXT;
  }

  function parseEntity(p) {
    var entity = p.entity;
    var lc = entity.toLowerCase();
    var lookup = p.strictEntities ? E.xml : E.html4;
    var v = lookup(entity) || lookup(lc);
    if (v) return v;
    entity = lc;
    var num, numStr = '';
    if (entity.charAt(0) === '#') {
      if (entity.charAt(1) === 'x') {
        entity = entity.slice(2);
        num = parseInt(entity, 16);
        numStr = num.toString(16);
      } else {
        entity = entity.slice(1);
        num = parseInt(entity, 10);
        numStr = num.toString(10);
      }
    }
    entity = entity.replace(/^0+/, '');
    if (isNaN(num) || numStr.toLowerCase() !== entity) {
      strictFail(p, 'Invalid character entity');
      return '&' + p.entity + ';';
    }
    if (num > 0x10ffff) throw new RangeError('Invalid code point ' + num);
    return String.fromCodePoint(num);
  }

  return {
    emit: emit, emitNode: emitNode, textopts: textopts, closeText: closeText, error: error,
    strictFail: strictFail, newTag: newTag, attrib: attrib, openTag: openTag, closeTag: closeTag,
    parseEntity: parseEntity
  };
})
