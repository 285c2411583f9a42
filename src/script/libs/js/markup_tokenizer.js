// courier: internal `_markup_tokenizer` — the HTML/XML tokenizer of htmlparser2 3.10 (used by
// `_markup_html`): tag/attribute/comment/CDATA/declaration states, raw text inside <script> and
// <style>, entity decoding with the no-semicolon legacy names, and the way text left at the end
// of input is reported.
(function (native, require) {
  'use strict';
  var E = require('_markup_entities');

  // ---- tokenizer states
  var TEXT = 1, BEFORE_TAG_NAME = 2, IN_TAG_NAME = 3, IN_SELF_CLOSING_TAG = 4, BEFORE_CLOSING_TAG_NAME = 5,
    IN_CLOSING_TAG_NAME = 6, AFTER_CLOSING_TAG_NAME = 7, BEFORE_ATTRIBUTE_NAME = 8, IN_ATTRIBUTE_NAME = 9,
    AFTER_ATTRIBUTE_NAME = 10, BEFORE_ATTRIBUTE_VALUE = 11, IN_ATTRIBUTE_VALUE_DQ = 12,
    IN_ATTRIBUTE_VALUE_SQ = 13, IN_ATTRIBUTE_VALUE_NQ = 14, BEFORE_DECLARATION = 15, IN_DECLARATION = 16,
    IN_PROCESSING_INSTRUCTION = 17, BEFORE_COMMENT = 18, IN_COMMENT = 19, AFTER_COMMENT_1 = 20,
    AFTER_COMMENT_2 = 21, BEFORE_CDATA = 22, IN_CDATA = 23, AFTER_CDATA_1 = 24, AFTER_CDATA_2 = 25,
    BEFORE_SPECIAL = 26, BEFORE_SPECIAL_END = 27, BEFORE_SCRIPT = 28, AFTER_SCRIPT = 29, BEFORE_STYLE = 30,
    AFTER_STYLE = 31, BEFORE_ENTITY = 32, BEFORE_NUMERIC_ENTITY = 33, IN_NAMED_ENTITY = 34,
    IN_NUMERIC_ENTITY = 35, IN_HEX_ENTITY = 36;
  var SPECIAL_NONE = 0, SPECIAL_SCRIPT = 1, SPECIAL_STYLE = 2;

  function ws(c) { return c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r'; }
  function alnum(c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

  function Tokenizer(options, cbs) {
    this.state = TEXT;
    this.buffer = '';
    this.sectionStart = 0;
    this.index = 0;
    this.baseState = TEXT;
    this.special = SPECIAL_NONE;
    this.cbs = cbs;
    this.xmlMode = !!(options && options.xmlMode);
    this.decodeEntities = !!(options && options.decodeEntities);
    this.seq = 0; // position inside the letters of "cdata[", "script", "style"
  }

  var T = Tokenizer.prototype;
  T.section = function () { return this.buffer.substring(this.sectionStart, this.index); };
  T.emitToken = function (name) { this.cbs[name](this.section()); this.sectionStart = -1; };
  T.emitPartial = function (value) {
    if (this.baseState !== TEXT) this.cbs.onattribdata(value);
    else this.cbs.ontext(value);
  };

  T.namedEntityStrict = function () {
    if (this.sectionStart + 1 < this.index) {
      var name = this.buffer.substring(this.sectionStart + 1, this.index);
      var v = this.xmlMode ? E.xml(name) : E.html(name);
      if (v !== undefined) {
        this.emitPartial(v);
        this.sectionStart = this.index + 1;
      }
    }
  };
  T.legacyEntity = function () {
    var start = this.sectionStart + 1;
    var limit = this.index - start;
    if (limit > 6) limit = 6;
    while (limit >= 2) {
      var v = E.legacy(this.buffer.substr(start, limit));
      if (v !== undefined) {
        this.emitPartial(v);
        this.sectionStart += limit + 1;
        return;
      }
      limit--;
    }
  };
  T.numericEntity = function (offset, base) {
    var start = this.sectionStart + offset;
    if (start !== this.index) {
      this.emitPartial(E.decodeCodePoint(parseInt(this.buffer.substring(start, this.index), base)));
      this.sectionStart = this.index;
    } else {
      this.sectionStart--;
    }
    this.state = this.baseState;
  };

  T.step = function (c) {
    switch (this.state) {
      case TEXT:
        if (c === '<') {
          if (this.index > this.sectionStart) this.cbs.ontext(this.section());
          this.state = BEFORE_TAG_NAME;
          this.sectionStart = this.index;
        } else if (this.decodeEntities && this.special === SPECIAL_NONE && c === '&') {
          if (this.index > this.sectionStart) this.cbs.ontext(this.section());
          this.baseState = TEXT;
          this.state = BEFORE_ENTITY;
          this.sectionStart = this.index;
        }
        return;
      case BEFORE_TAG_NAME:
        if (c === '/') this.state = BEFORE_CLOSING_TAG_NAME;
        else if (c === '<') {
          this.cbs.ontext(this.section());
          this.sectionStart = this.index;
        } else if (c === '>' || this.special !== SPECIAL_NONE || ws(c)) this.state = TEXT;
        else if (c === '!') {
          this.state = BEFORE_DECLARATION;
          this.sectionStart = this.index + 1;
        } else if (c === '?') {
          this.state = IN_PROCESSING_INSTRUCTION;
          this.sectionStart = this.index + 1;
        } else {
          this.state = !this.xmlMode && (c === 's' || c === 'S') ? BEFORE_SPECIAL : IN_TAG_NAME;
          this.sectionStart = this.index;
        }
        return;
      case IN_TAG_NAME:
        if (c === '/' || c === '>' || ws(c)) {
          this.emitToken('onopentagname');
          this.state = BEFORE_ATTRIBUTE_NAME;
          this.index--;
        }
        return;
      case BEFORE_CLOSING_TAG_NAME:
        if (ws(c)) return;
        if (c === '>') this.state = TEXT;
        else if (this.special !== SPECIAL_NONE) {
          if (c === 's' || c === 'S') this.state = BEFORE_SPECIAL_END;
          else { this.state = TEXT; this.index--; }
        } else {
          this.state = IN_CLOSING_TAG_NAME;
          this.sectionStart = this.index;
        }
        return;
      case IN_CLOSING_TAG_NAME:
        if (c === '>' || ws(c)) {
          this.emitToken('onclosetag');
          this.state = AFTER_CLOSING_TAG_NAME;
          this.index--;
        }
        return;
      case AFTER_CLOSING_TAG_NAME:
        if (c === '>') {
          this.state = TEXT;
          this.sectionStart = this.index + 1;
        }
        return;
      case BEFORE_ATTRIBUTE_NAME:
        if (c === '>') {
          this.cbs.onopentagend();
          this.state = TEXT;
          this.sectionStart = this.index + 1;
        } else if (c === '/') this.state = IN_SELF_CLOSING_TAG;
        else if (!ws(c)) {
          this.state = IN_ATTRIBUTE_NAME;
          this.sectionStart = this.index;
        }
        return;
      case IN_SELF_CLOSING_TAG:
        if (c === '>') {
          this.cbs.onselfclosingtag();
          this.state = TEXT;
          this.sectionStart = this.index + 1;
        } else if (!ws(c)) {
          this.state = BEFORE_ATTRIBUTE_NAME;
          this.index--;
        }
        return;
      case IN_ATTRIBUTE_NAME:
        if (c === '=' || c === '/' || c === '>' || ws(c)) {
          this.cbs.onattribname(this.section());
          this.sectionStart = -1;
          this.state = AFTER_ATTRIBUTE_NAME;
          this.index--;
        }
        return;
      case AFTER_ATTRIBUTE_NAME:
        if (c === '=') this.state = BEFORE_ATTRIBUTE_VALUE;
        else if (c === '/' || c === '>') {
          this.cbs.onattribend();
          this.state = BEFORE_ATTRIBUTE_NAME;
          this.index--;
        } else if (!ws(c)) {
          this.cbs.onattribend();
          this.state = IN_ATTRIBUTE_NAME;
          this.sectionStart = this.index;
        }
        return;
      case BEFORE_ATTRIBUTE_VALUE:
        if (c === '"') {
          this.state = IN_ATTRIBUTE_VALUE_DQ;
          this.sectionStart = this.index + 1;
        } else if (c === "'") {
          this.state = IN_ATTRIBUTE_VALUE_SQ;
          this.sectionStart = this.index + 1;
        } else if (!ws(c)) {
          this.state = IN_ATTRIBUTE_VALUE_NQ;
          this.sectionStart = this.index;
          this.index--;
        }
        return;
      case IN_ATTRIBUTE_VALUE_DQ:
      case IN_ATTRIBUTE_VALUE_SQ:
        if (c === (this.state === IN_ATTRIBUTE_VALUE_DQ ? '"' : "'")) {
          this.emitToken('onattribdata');
          this.cbs.onattribend();
          this.state = BEFORE_ATTRIBUTE_NAME;
        } else if (this.decodeEntities && c === '&') {
          this.emitToken('onattribdata');
          this.baseState = this.state;
          this.state = BEFORE_ENTITY;
          this.sectionStart = this.index;
        }
        return;
      case IN_ATTRIBUTE_VALUE_NQ:
        if (ws(c) || c === '>') {
          this.emitToken('onattribdata');
          this.cbs.onattribend();
          this.state = BEFORE_ATTRIBUTE_NAME;
          this.index--;
        } else if (this.decodeEntities && c === '&') {
          this.emitToken('onattribdata');
          this.baseState = this.state;
          this.state = BEFORE_ENTITY;
          this.sectionStart = this.index;
        }
        return;
      case BEFORE_DECLARATION:
        if (c === '[') { this.state = BEFORE_CDATA; this.seq = 0; }
        else this.state = c === '-' ? BEFORE_COMMENT : IN_DECLARATION;
        return;
      case IN_DECLARATION:
      case IN_PROCESSING_INSTRUCTION:
        if (c === '>') {
          if (this.state === IN_DECLARATION) this.cbs.ondeclaration(this.section());
          else this.cbs.onprocessinginstruction(this.section());
          this.state = TEXT;
          this.sectionStart = this.index + 1;
        }
        return;
      case BEFORE_COMMENT:
        if (c === '-') {
          this.state = IN_COMMENT;
          this.sectionStart = this.index + 1;
        } else this.state = IN_DECLARATION;
        return;
      case IN_COMMENT:
        if (c === '-') this.state = AFTER_COMMENT_1;
        return;
      case AFTER_COMMENT_1:
        this.state = c === '-' ? AFTER_COMMENT_2 : IN_COMMENT;
        return;
      case AFTER_COMMENT_2:
        if (c === '>') {
          this.cbs.oncomment(this.buffer.substring(this.sectionStart, this.index - 2));
          this.state = TEXT;
          this.sectionStart = this.index + 1;
        } else if (c !== '-') this.state = IN_COMMENT;
        return;
      case BEFORE_CDATA:
        if (this.seq < 5) {
          var want = 'CDATA'.charAt(this.seq);
          if (c === want || c === want.toLowerCase()) this.seq++;
          else { this.state = IN_DECLARATION; this.index--; }
        } else if (c === '[') {
          this.state = IN_CDATA;
          this.sectionStart = this.index + 1;
        } else {
          this.state = IN_DECLARATION;
          this.index--;
        }
        return;
      case IN_CDATA:
        if (c === ']') this.state = AFTER_CDATA_1;
        return;
      case AFTER_CDATA_1:
        this.state = c === ']' ? AFTER_CDATA_2 : IN_CDATA;
        return;
      case AFTER_CDATA_2:
        if (c === '>') {
          this.cbs.oncdata(this.buffer.substring(this.sectionStart, this.index - 2));
          this.state = TEXT;
          this.sectionStart = this.index + 1;
        } else if (c !== ']') this.state = IN_CDATA;
        return;
      case BEFORE_SPECIAL:
        if (c === 'c' || c === 'C') { this.state = BEFORE_SCRIPT; this.seq = 2; }
        else if (c === 't' || c === 'T') { this.state = BEFORE_STYLE; this.seq = 2; }
        else { this.state = IN_TAG_NAME; this.index--; }
        return;
      case BEFORE_SPECIAL_END:
        if (this.special === SPECIAL_SCRIPT && (c === 'c' || c === 'C')) { this.state = AFTER_SCRIPT; this.seq = 2; }
        else if (this.special === SPECIAL_STYLE && (c === 't' || c === 'T')) { this.state = AFTER_STYLE; this.seq = 2; }
        else this.state = TEXT;
        return;
      case BEFORE_SCRIPT:
      case BEFORE_STYLE:
        var word = this.state === BEFORE_SCRIPT ? 'script' : 'style';
        if (this.seq < word.length) {
          var w = word.charAt(this.seq);
          if (c === w || c === w.toUpperCase()) this.seq++;
          else { this.state = IN_TAG_NAME; this.index--; }
        } else {
          if (c === '/' || c === '>' || ws(c)) this.special = word === 'script' ? SPECIAL_SCRIPT : SPECIAL_STYLE;
          this.state = IN_TAG_NAME;
          this.index--;
        }
        return;
      case AFTER_SCRIPT:
      case AFTER_STYLE:
        var end = this.state === AFTER_SCRIPT ? 'script' : 'style';
        if (this.seq < end.length) {
          var e = end.charAt(this.seq);
          if (c === e || c === e.toUpperCase()) this.seq++;
          else { this.state = TEXT; this.index--; }
        } else if (c === '>' || ws(c)) {
          this.special = SPECIAL_NONE;
          this.state = IN_CLOSING_TAG_NAME;
          this.sectionStart = this.index - end.length;
          this.index--;
        } else this.state = TEXT;
        return;
      case BEFORE_ENTITY:
        if (c === '#') this.state = BEFORE_NUMERIC_ENTITY;
        else { this.state = IN_NAMED_ENTITY; this.index--; }
        return;
      case BEFORE_NUMERIC_ENTITY:
        if (c === 'x' || c === 'X') this.state = IN_HEX_ENTITY;
        else { this.state = IN_NUMERIC_ENTITY; this.index--; }
        return;
      case IN_NAMED_ENTITY:
        if (c === ';') {
          this.namedEntityStrict();
          if (this.sectionStart + 1 < this.index && !this.xmlMode) this.legacyEntity();
          this.state = this.baseState;
        } else if (!alnum(c)) {
          if (this.xmlMode || this.sectionStart + 1 === this.index) {
            // nothing to decode
          } else if (this.baseState !== TEXT) {
            if (c !== '=') this.namedEntityStrict();
          } else {
            this.legacyEntity();
          }
          this.state = this.baseState;
          this.index--;
        }
        return;
      case IN_NUMERIC_ENTITY:
        if (c === ';') {
          this.numericEntity(2, 10);
          this.sectionStart++;
        } else if (c < '0' || c > '9') {
          if (!this.xmlMode) this.numericEntity(2, 10);
          else this.state = this.baseState;
          this.index--;
        }
        return;
      case IN_HEX_ENTITY:
        if (c === ';') {
          this.numericEntity(3, 16);
          this.sectionStart++;
        } else if ((c < 'a' || c > 'f') && (c < 'A' || c > 'F') && (c < '0' || c > '9')) {
          if (!this.xmlMode) this.numericEntity(3, 16);
          else this.state = this.baseState;
          this.index--;
        }
        return;
    }
  };

  // Parses the whole input (htmlparser2's single write followed by end).
  // Characters a state reacts to; every other character leaves the state as it is, so runs of
  // them are skipped in one search.
  var STOPS = {};
  STOPS[TEXT] = [/[<&]/g, /</g];
  STOPS[IN_TAG_NAME] = [/[\/> \n\t\f\r]/g];
  STOPS[IN_ATTRIBUTE_NAME] = [/[=\/> \n\t\f\r]/g];
  STOPS[IN_ATTRIBUTE_VALUE_DQ] = [/["&]/g, /"/g];
  STOPS[IN_ATTRIBUTE_VALUE_SQ] = [/['&]/g, /'/g];
  STOPS[IN_ATTRIBUTE_VALUE_NQ] = [/[> \n\t\f\r&]/g, /[> \n\t\f\r]/g];
  STOPS[IN_CLOSING_TAG_NAME] = [/[> \n\t\f\r]/g];
  STOPS[AFTER_CLOSING_TAG_NAME] = [/>/g];
  STOPS[IN_DECLARATION] = [/>/g];
  STOPS[IN_PROCESSING_INSTRUCTION] = [/>/g];
  STOPS[IN_COMMENT] = [/-/g];
  STOPS[IN_CDATA] = [/\]/g];

  T.skip = function () {
    var stops = STOPS[this.state];
    if (!stops) return;
    var amp = this.decodeEntities && (this.state !== TEXT || this.special === SPECIAL_NONE);
    var re = stops.length > 1 && !amp ? stops[1] : stops[0];
    re.lastIndex = this.index;
    var m = re.exec(this.buffer);
    this.index = m ? m.index : this.buffer.length;
  };

  T.run = function (data) {
    this.buffer = data;
    var len = data.length;
    while (this.index < len) {
      this.skip();
      if (this.index >= len) break;
      this.step(this.buffer.charAt(this.index));
      this.index++;
    }
    // end of the single chunk
    if (this.sectionStart < 0) {
      this.buffer = '';
      this.index = 0;
    } else {
      if (this.state === TEXT) {
        if (this.sectionStart !== this.index) this.cbs.ontext(this.buffer.substr(this.sectionStart));
        this.buffer = '';
        this.index = 0;
      } else if (this.sectionStart === this.index) {
        this.buffer = '';
        this.index = 0;
      } else {
        this.buffer = this.buffer.substr(this.sectionStart);
        this.index -= this.sectionStart;
      }
      this.sectionStart = 0;
    }
    if (this.sectionStart < this.index) this.trailing();
    this.cbs.onend();
  };

  T.trailing = function () {
    var data = this.buffer.substr(this.sectionStart);
    var s = this.state;
    if (s === IN_CDATA || s === AFTER_CDATA_1 || s === AFTER_CDATA_2) {
      this.cbs.oncdata(data);
    } else if (s === IN_COMMENT || s === AFTER_COMMENT_1 || s === AFTER_COMMENT_2) {
      this.cbs.oncomment(data);
    } else if ((s === IN_NAMED_ENTITY || s === IN_NUMERIC_ENTITY || s === IN_HEX_ENTITY) && !this.xmlMode) {
      if (s === IN_NAMED_ENTITY) this.legacyEntity();
      else if (s === IN_NUMERIC_ENTITY) this.numericEntity(2, 10);
      else this.numericEntity(3, 16);
      if (this.sectionStart < this.index) {
        this.state = this.baseState;
        this.trailing();
      }
    } else if (s !== IN_TAG_NAME && s !== BEFORE_ATTRIBUTE_NAME && s !== BEFORE_ATTRIBUTE_VALUE &&
        s !== AFTER_ATTRIBUTE_NAME && s !== IN_ATTRIBUTE_NAME && s !== IN_ATTRIBUTE_VALUE_SQ &&
        s !== IN_ATTRIBUTE_VALUE_DQ && s !== IN_ATTRIBUTE_VALUE_NQ && s !== IN_CLOSING_TAG_NAME) {
      this.cbs.ontext(data);
    }
  };

  return Tokenizer;
})
