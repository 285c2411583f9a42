// courier: internal `_markup_sax` — a streaming XML tokenizer with the behaviour of sax 1.2.x
// (the parser under xml2js 0.4.23): strict and loose modes, the same events, entity handling,
// namespace (xmlns) bookkeeping and the same error texts with Line/Column/Char positions.
// This file is the character state machine; events and tags are in `_markup_saxtags`.
(function (native, require) {
  'use strict';

  var BEGIN = 0, BEGIN_WS = 1, TEXT = 2, TEXT_ENTITY = 3, OPEN_WAKA = 4, SGML_DECL = 5,
    SGML_DECL_QUOTED = 6, DOCTYPE = 7, DOCTYPE_QUOTED = 8, DOCTYPE_DTD = 9, DOCTYPE_DTD_QUOTED = 10,
    COMMENT = 12, COMMENT_ENDING = 13, COMMENT_ENDED = 14, CDATA = 15, CDATA_ENDING = 16,
    CDATA_ENDING_2 = 17, PROC_INST = 18, PROC_INST_BODY = 19, PROC_INST_ENDING = 20, OPEN_TAG = 21,
    OPEN_TAG_SLASH = 22, ATTRIB = 23, ATTRIB_NAME = 24, ATTRIB_NAME_SAW_WHITE = 25, ATTRIB_VALUE = 26,
    ATTRIB_VALUE_QUOTED = 27, ATTRIB_VALUE_CLOSED = 28, ATTRIB_VALUE_UNQUOTED = 29,
    ATTRIB_VALUE_ENTITY_Q = 30, ATTRIB_VALUE_ENTITY_U = 31, CLOSE_TAG = 32, CLOSE_TAG_SAW_WHITE = 33,
    SCRIPT = 34, SCRIPT_ENDING = 35;

  var XML_NS = 'http://www.w3.org/XML/1998/namespace';
  var XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
  var ROOT_NS = { xml: XML_NS, xmlns: XMLNS_NS };

  var NAME_START = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
  var NAME_BODY = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
  // ASCII fast path for the name classes above (1 = may start a name, 2 = may continue one)
  var ASCII_NAME = [];
  for (var ch = 0; ch < 128; ch++) {
    var cs = String.fromCharCode(ch);
    ASCII_NAME.push((NAME_START.test(cs) ? 1 : 0) | (NAME_BODY.test(cs) ? 2 : 0));
  }
  function nameStart(c) {
    var code = c.charCodeAt(0);
    return code < 128 ? (ASCII_NAME[code] & 1) === 1 : NAME_START.test(c);
  }
  function nameBody(c) {
    var code = c.charCodeAt(0);
    return code < 128 ? (ASCII_NAME[code] & 2) === 2 : NAME_BODY.test(c);
  }
  // stops for bulk scanning: the first character that is not a name character
  var NOT_NAME_BODY = /[^:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/g;
  var ENTITY_START = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
  var ENTITY_BODY = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;

  function isWS(c) { return c === ' ' || c === '\n' || c === '\r' || c === '\t'; }
  function isQuote(c) { return c === '"' || c === "'"; }

  function Parser(strict, opt) {
    if (!(this instanceof Parser)) return new Parser(strict, opt);
    this._init(strict, opt);
  }

  Parser.prototype._init = function (strict, opt) {
    this.comment = this.sgmlDecl = this.textNode = this.tagName = this.doctype = '';
    this.procInstName = this.procInstBody = this.entity = this.attribName = '';
    this.attribValue = this.cdata = this.script = this.q = this.c = '';
    this.opt = opt || {};
    this.opt.lowercase = this.opt.lowercase || this.opt.lowercasetags;
    this.looseCase = this.opt.lowercase ? 'toLowerCase' : 'toUpperCase';
    this.tags = [];
    this.attribList = [];
    this.closed = this.closedRoot = this.sawRoot = false;
    this.tag = this.error = null;
    this.strict = !!strict;
    this.noscript = !!(strict || this.opt.noscript);
    this.state = BEGIN;
    this.strictEntities = this.opt.strictEntities;
    if (this.opt.xmlns) this.ns = Object.create(ROOT_NS);
    this.bufferCheckPosition = 64 * 1024;
    this.trackPosition = this.opt.position !== false;
    if (this.trackPosition) this.position = this.line = this.column = 0;
    emit(this, 'onready');
  };

  Parser.prototype.write = function (chunk) { return write(this, chunk); };
  Parser.prototype.close = function () { return write(this, null); };
  Parser.prototype.end = function () { return end(this); };
  Parser.prototype.resume = function () { this.error = null; return this; };

  var T = require('_markup_saxtags');
  var emit = T.emit, emitNode = T.emitNode, textopts = T.textopts, closeText = T.closeText,
    error = T.error, strictFail = T.strictFail, newTag = T.newTag, attrib = T.attrib,
    openTag = T.openTag, closeTag = T.closeTag, parseEntity = T.parseEntity;
  function end(p) {
    if (p.sawRoot && !p.closedRoot) strictFail(p, 'Unclosed root tag');
    if (p.state !== BEGIN && p.state !== BEGIN_WS && p.state !== TEXT) error(p, 'Unexpected end');
    closeText(p);
    p.c = '';
    p.closed = true;
    emit(p, 'onend');
    p._init(p.strict, p.opt);
    return p;
  }

  function beginWhiteSpace(p, c) {
    if (c === '<') {
      p.state = OPEN_WAKA;
      p.startTagPosition = p.position;
    } else if (!isWS(c)) {
      strictFail(p, 'Non-whitespace before first tag.');
      p.textNode = c;
      p.state = TEXT;
    }
  }

  function advance(p, c) {
    if (p.trackPosition) {
      p.position++;
      if (c === '\n') { p.line++; p.column = 0; } else p.column++;
    }
  }

  // Index of the first match of the global regexp `re` at or after `from` (or `len`).
  function stopAt(re, chunk, from) {
    re.lastIndex = from;
    var m = re.exec(chunk);
    return m ? m.index : chunk.length;
  }

  // Position bookkeeping for the characters chunk[from, to), consumed in one go.
  function advanceRange(p, chunk, from, to) {
    if (!p.trackPosition || to <= from) return;
    p.position += to - from;
    var last = -1;
    for (var k = from; k < to; k++) {
      if (chunk.charCodeAt(k) === 10) { p.line++; last = k; }
    }
    p.column = last >= 0 ? to - 1 - last : p.column + (to - from);
  }

  var STOP_DQ = /["&]/g, STOP_SQ = /['&]/g, STOP_UNQUOTED = /[>&\s]/g, STOP_DASH = /-/g, STOP_BRACKET = /\]/g,
    STOP_LT = /</g, STOP_TEXT = /[<&]/g;

  // Appends chunk[i - 1, stop) to p[buf] (the character at i - 1 is the current one) and
  // returns the index to continue from.
  function bulk(p, buf, re, chunk, i) {
    var j = stopAt(re, chunk, i);
    p[buf] += chunk.substring(i - 1, j);
    advanceRange(p, chunk, i, j);
    return j;
  }

  function write(p, chunk) {
    if (p.error) throw p.error;
    if (p.closed) return error(p, 'Cannot write after close. Assign an onready handler.');
    if (chunk === null) return end(p);
    if (typeof chunk === 'object') chunk = chunk.toString();
    var i = 0, c = '';
    var len = chunk.length;
    for (;;) {
      c = i < len ? chunk.charAt(i) : '';
      i++;
      p.c = c;
      if (!c) break;
      if (p.trackPosition) {
        p.position++;
        if (c === '\n') { p.line++; p.column = 0; } else p.column++;
      }
      switch (p.state) {
        case TEXT:
          if (p.sawRoot && !p.closedRoot) {
            if (c !== '<' && c !== '&') {
              i = bulk(p, 'textNode', STOP_TEXT, chunk, i);
              c = i < len ? chunk.charAt(i) : '';
              i++;
              if (c) advance(p, c);
            }
          }
          if (c === '<' && !(p.sawRoot && p.closedRoot && !p.strict)) {
            p.state = OPEN_WAKA;
            p.startTagPosition = p.position;
          } else {
            if (!isWS(c) && (!p.sawRoot || p.closedRoot)) strictFail(p, 'Text data outside of root node.');
            if (c === '&') p.state = TEXT_ENTITY;
            else p.textNode += c;
          }
          continue;
        case OPEN_WAKA:
          if (c === '!') {
            p.state = SGML_DECL;
            p.sgmlDecl = '';
          } else if (isWS(c)) { // whitespace after '<' is skipped
          } else if (nameStart(c)) {
            p.state = OPEN_TAG;
            p.tagName = c;
          } else if (c === '/') {
            p.state = CLOSE_TAG;
            p.tagName = '';
          } else if (c === '?') {
            p.state = PROC_INST;
            p.procInstName = p.procInstBody = '';
          } else {
            strictFail(p, 'Unencoded <');
            if (p.startTagPosition + 1 < p.position) {
              c = new Array(p.position - p.startTagPosition).join(' ') + c;
            }
            p.textNode += '<' + c;
            p.state = TEXT;
          }
          continue;
        case OPEN_TAG:
          if (nameBody(c)) {
            i = bulk(p, 'tagName', NOT_NAME_BODY, chunk, i);
          } else {
            newTag(p);
            if (c === '>') openTag(p);
            else if (c === '/') p.state = OPEN_TAG_SLASH;
            else {
              if (!isWS(c)) strictFail(p, 'Invalid character in tag name');
              p.state = ATTRIB;
            }
          }
          continue;
        case ATTRIB:
          if (isWS(c)) continue;
          if (c === '>') openTag(p); else if (c === '/') p.state = OPEN_TAG_SLASH;
          else if (nameStart(c)) {
            p.attribName = c;
            p.attribValue = '';
            p.state = ATTRIB_NAME;
          } else strictFail(p, 'Invalid attribute name');
          continue;
        case ATTRIB_NAME:
          if (c === '=') p.state = ATTRIB_VALUE;
          else if (c === '>') {
            strictFail(p, 'Attribute without value');
            p.attribValue = p.attribName;
            attrib(p);
            openTag(p);
          } else if (isWS(c)) p.state = ATTRIB_NAME_SAW_WHITE;
          else if (nameBody(c)) i = bulk(p, 'attribName', NOT_NAME_BODY, chunk, i);
          else strictFail(p, 'Invalid attribute name');
          continue;
        case ATTRIB_VALUE:
          if (isWS(c)) continue;
          if (isQuote(c)) {
            p.q = c;
            p.state = ATTRIB_VALUE_QUOTED;
          } else {
            strictFail(p, 'Unquoted attribute value');
            p.state = ATTRIB_VALUE_UNQUOTED;
            p.attribValue = c;
          }
          continue;
        case ATTRIB_VALUE_QUOTED:
          if (c !== p.q) {
            if (c === '&') p.state = ATTRIB_VALUE_ENTITY_Q;
            else i = bulk(p, 'attribValue', p.q === '"' ? STOP_DQ : STOP_SQ, chunk, i);
            continue;
          }
          attrib(p);
          p.q = '';
          p.state = ATTRIB_VALUE_CLOSED;
          continue;
        case ATTRIB_VALUE_CLOSED:
          if (isWS(c)) p.state = ATTRIB;
          else if (c === '>') openTag(p); else if (c === '/') p.state = OPEN_TAG_SLASH;
          else if (nameStart(c)) {
            strictFail(p, 'No whitespace between attributes');
            p.attribName = c;
            p.attribValue = '';
            p.state = ATTRIB_NAME;
          } else strictFail(p, 'Invalid attribute name');
          continue;
        case CLOSE_TAG:
          if (!p.tagName) {
            if (isWS(c)) continue;
            if (!nameStart(c)) {
              if (p.script) {
                p.script += '</' + c;
                p.state = SCRIPT;
              } else strictFail(p, 'Invalid tagname in closing tag.');
            } else p.tagName = c;
          } else if (c === '>') closeTag(p);
          else if (nameBody(c)) i = bulk(p, 'tagName', NOT_NAME_BODY, chunk, i);
          else if (p.script) {
            p.script += '</' + p.tagName;
            p.tagName = '';
            p.state = SCRIPT;
          } else {
            if (!isWS(c)) strictFail(p, 'Invalid tagname in closing tag');
            p.state = CLOSE_TAG_SAW_WHITE;
          }
          continue;
        case OPEN_TAG_SLASH:
          if (c === '>') { openTag(p, true); closeTag(p); } else {
            strictFail(p, 'Forward-slash in opening tag not followed by >');
            p.state = ATTRIB;
          }
          continue;
        case TEXT_ENTITY:
        case ATTRIB_VALUE_ENTITY_Q:
        case ATTRIB_VALUE_ENTITY_U:
          var back = p.state === TEXT_ENTITY ? TEXT
            : p.state === ATTRIB_VALUE_ENTITY_Q ? ATTRIB_VALUE_QUOTED : ATTRIB_VALUE_UNQUOTED;
          var buf = p.state === TEXT_ENTITY ? 'textNode' : 'attribValue';
          if (c === ';') {
            p[buf] += parseEntity(p);
            p.entity = '';
            p.state = back;
          } else if ((p.entity.length ? ENTITY_BODY : ENTITY_START).test(c)) {
            p.entity += c;
          } else {
            strictFail(p, 'Invalid character in entity name');
            p[buf] += '&' + p.entity + c;
            p.entity = '';
            p.state = back;
          }
          continue;

        case BEGIN:
          p.state = BEGIN_WS;
          if (c === '\uFEFF') continue;
          beginWhiteSpace(p, c);
          continue;
        case BEGIN_WS: beginWhiteSpace(p, c); continue;
        case SCRIPT:
          if (c === '<') p.state = SCRIPT_ENDING; else i = bulk(p, 'script', STOP_LT, chunk, i);
          continue;
        case SCRIPT_ENDING:
          if (c === '/') p.state = CLOSE_TAG; else { p.script += '<' + c; p.state = SCRIPT; }
          continue;
        case SGML_DECL:
          if ((p.sgmlDecl + c).toUpperCase() === '[CDATA[') {
            emitNode(p, 'onopencdata');
            p.state = CDATA;
            p.sgmlDecl = '';
            p.cdata = '';
          } else if (p.sgmlDecl + c === '--') {
            p.state = COMMENT;
            p.comment = '';
            p.sgmlDecl = '';
          } else if ((p.sgmlDecl + c).toUpperCase() === 'DOCTYPE') {
            p.state = DOCTYPE;
            if (p.doctype || p.sawRoot) strictFail(p, 'Inappropriately located doctype declaration');
            p.doctype = '';
            p.sgmlDecl = '';
          } else if (c === '>') {
            emitNode(p, 'onsgmldeclaration', p.sgmlDecl);
            p.sgmlDecl = '';
            p.state = TEXT;
          } else {
            if (isQuote(c)) p.state = SGML_DECL_QUOTED;
            p.sgmlDecl += c;
          }
          continue;
        case SGML_DECL_QUOTED:
          if (c === p.q) { p.state = SGML_DECL; p.q = ''; }
          p.sgmlDecl += c;
          continue;
        case DOCTYPE:
          if (c === '>') {
            p.state = TEXT;
            emitNode(p, 'ondoctype', p.doctype);
            p.doctype = true;
          } else {
            p.doctype += c;
            if (c === '[') p.state = DOCTYPE_DTD;
            else if (isQuote(c)) { p.state = DOCTYPE_QUOTED; p.q = c; }
          }
          continue;
        case DOCTYPE_QUOTED:
        case DOCTYPE_DTD_QUOTED:
          p.doctype += c;
          if (c === p.q) { p.q = ''; p.state = p.state === DOCTYPE_QUOTED ? DOCTYPE : DOCTYPE_DTD; }
          continue;
        case DOCTYPE_DTD:
          p.doctype += c;
          if (c === ']') p.state = DOCTYPE; else if (isQuote(c)) { p.state = DOCTYPE_DTD_QUOTED; p.q = c; }
          continue;
        case COMMENT:
          if (c === '-') p.state = COMMENT_ENDING; else i = bulk(p, 'comment', STOP_DASH, chunk, i);
          continue;
        case COMMENT_ENDING:
          if (c === '-') {
            p.state = COMMENT_ENDED;
            p.comment = textopts(p.opt, p.comment);
            if (p.comment) emitNode(p, 'oncomment', p.comment);
            p.comment = '';
          } else {
            p.comment += '-' + c;
            p.state = COMMENT;
          }
          continue;
        case COMMENT_ENDED:
          if (c !== '>') {
            strictFail(p, 'Malformed comment');
            p.comment += '--' + c;
            p.state = COMMENT;
          } else p.state = TEXT;
          continue;
        case CDATA:
          if (c === ']') p.state = CDATA_ENDING; else i = bulk(p, 'cdata', STOP_BRACKET, chunk, i);
          continue;
        case CDATA_ENDING:
          if (c === ']') p.state = CDATA_ENDING_2; else { p.cdata += ']' + c; p.state = CDATA; }
          continue;
        case CDATA_ENDING_2:
          if (c === '>') {
            if (p.cdata) emitNode(p, 'oncdata', p.cdata);
            emitNode(p, 'onclosecdata');
            p.cdata = '';
            p.state = TEXT;
          } else if (c === ']') {
            p.cdata += ']';
          } else {
            p.cdata += ']]' + c;
            p.state = CDATA;
          }
          continue;
        case PROC_INST:
          if (c === '?') p.state = PROC_INST_ENDING; else if (isWS(c)) p.state = PROC_INST_BODY;
          else p.procInstName += c;
          continue;
        case PROC_INST_BODY:
          if (!p.procInstBody && isWS(c)) continue;
          if (c === '?') p.state = PROC_INST_ENDING; else p.procInstBody += c;
          continue;
        case PROC_INST_ENDING:
          if (c === '>') {
            emitNode(p, 'onprocessinginstruction', { name: p.procInstName, body: p.procInstBody });
            p.procInstName = p.procInstBody = '';
            p.state = TEXT;
          } else {
            p.procInstBody += '?' + c;
            p.state = PROC_INST_BODY;
          }
          continue;
        case ATTRIB_NAME_SAW_WHITE:
          if (c === '=') p.state = ATTRIB_VALUE;
          else if (!isWS(c)) {
            strictFail(p, 'Attribute without value');
            p.tag.attributes[p.attribName] = '';
            p.attribValue = '';
            emitNode(p, 'onattribute', { name: p.attribName, value: '' });
            p.attribName = '';
            if (c === '>') openTag(p);
            else if (nameStart(c)) {
              p.attribName = c;
              p.state = ATTRIB_NAME;
            } else {
              strictFail(p, 'Invalid attribute name');
              p.state = ATTRIB;
            }
          }
          continue;
        case ATTRIB_VALUE_UNQUOTED:
          if (c !== '>' && !isWS(c)) {
            if (c === '&') p.state = ATTRIB_VALUE_ENTITY_U; else p.attribValue += c;
            continue;
          }
          attrib(p);
          if (c === '>') openTag(p); else p.state = ATTRIB;
          continue;
        case CLOSE_TAG_SAW_WHITE:
          if (isWS(c)) continue;
          if (c === '>') closeTag(p); else strictFail(p, 'Invalid characters in closing tag');
          continue;
        default:
          throw new Error('Unknown state: ' + p.state);
      }
    }
    if (p.position >= p.bufferCheckPosition) checkBufferLength(p);
    return p;
  }

  // sax's guard against runaway buffers (64 KiB), checked when a write() ends: long text and
  // CDATA are flushed as events, any other buffer that long is an error.
  var MAX_BUFFER = 64 * 1024;
  var BUFFERS = ['comment', 'sgmlDecl', 'textNode', 'tagName', 'doctype', 'procInstName', 'procInstBody',
    'entity', 'attribName', 'attribValue', 'cdata', 'script'];
  function checkBufferLength(p) {
    var maxActual = 0;
    for (var i = 0; i < BUFFERS.length; i++) {
      var len = p[BUFFERS[i]].length;
      if (len > MAX_BUFFER) {
        if (BUFFERS[i] === 'textNode') closeText(p);
        else if (BUFFERS[i] === 'cdata') { emitNode(p, 'oncdata', p.cdata); p.cdata = ''; }
        else if (BUFFERS[i] === 'script') { emitNode(p, 'onscript', p.script); p.script = ''; }
        else error(p, 'Max buffer length exceeded: ' + BUFFERS[i]);
      }
      maxActual = Math.max(maxActual, len);
    }
    p.bufferCheckPosition = MAX_BUFFER - maxActual + p.position;
  }

  return {
    parser: function (strict, opt) { return new Parser(strict, opt); },
    SAXParser: Parser
  };
})
