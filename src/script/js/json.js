// courier: JSON parsing as `pm.response.json()` does it, written for courier.
//
// Like the liquid-json parser postman-collection uses: a byte order mark is
// dropped, and invalid JSON throws an error named "JSONError" whose message
// names the first offending character and where it is, followed by that line
// and a caret ("Unexpected token '<' at 1:1\n<html>\n^").
//
// Defines one global: __courierJsonModule() -> { parse(text, reviver) }

function __courierJsonModule() {
  'use strict';

  function bomLength(s) {
    if (typeof s !== 'string') return 0;
    var a = s.charCodeAt(0);
    var b = s.charCodeAt(1);
    if (a === 0xfeff || a === 0xbbbf) return 1;
    if ((a === 0xfe && b === 0xff) || (a === 0xff && b === 0xfe)) return 2;
    if (a === 0xef && b === 0xbb && s.charCodeAt(2) === 0xbf) return 3;
    return 0;
  }

  // Finds the first syntax error: returns [index, kind] where kind is 'token'
  // or 'end', or null when the text is valid JSON.
  function firstError(text) {
    var i = 0;
    var n = text.length;
    function ws() {
      while (i < n) {
        var c = text.charAt(i);
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
        else break;
      }
    }
    function err(kind, key) {
      throw { at: i, kind: kind, key: key };
    }
    // A value is missing where `ctx` expected one (at the end, or before a character that
    // cannot start a value). liquid-json words this by context: an object member names
    // its key, the top level has "no data", and an array reports for its own context
    // unless whitespace came first.
    var TOP = { type: 'top' };
    function missing(ctx, skipped) {
      if (ctx.type === 'key') err('nokey', ctx.key);
      if (ctx.type === 'top') err(i >= n ? 'nodata' : 'token');
      if (i < n) err('token');
      if (skipped) err('end');
      var parent = ctx.parent;
      if (parent.type === 'key') err('nokey', parent.key);
      if (parent.type === 'top') err('nodata');
      err('end');
    }
    function expectChar(c) {
      if (i >= n) err('end');
      if (text.charAt(i) !== c) err('token');
      i++;
    }
    function literal(word) {
      for (var k = 0; k < word.length; k++) expectChar(word.charAt(k));
    }
    function string() {
      var start = i;
      expectChar('"');
      for (;;) {
        if (i >= n) err('end');
        var c = text.charCodeAt(i);
        if (c === 34) {
          i++;
          return text.slice(start, i);
        }
        if (c < 0x20) err('token');
        if (c === 92) {
          i++;
          if (i >= n) err('end');
          var e = text.charAt(i);
          if (e === 'u') {
            for (var h = 1; h <= 4; h++) {
              if (i + h >= n) {
                i += h;
                err('end');
              }
              if (!/[0-9a-fA-F]/.test(text.charAt(i + h))) {
                i += h;
                err('token');
              }
            }
            i += 5;
          } else if ('"\\/bfnrt'.indexOf(e) !== -1) {
            i++;
          } else {
            err('token');
          }
        } else {
          i++;
        }
      }
    }
    function digits() {
      var start = i;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      if (i === start) err(i >= n ? 'end' : 'token');
    }
    function number() {
      if (text.charAt(i) === '-') i++;
      if (i >= n) err('end');
      if (text.charAt(i) === '0') i++;
      else digits();
      if (text.charAt(i) === '.') {
        i++;
        digits();
      }
      if (text.charAt(i) === 'e' || text.charAt(i) === 'E') {
        i++;
        if (text.charAt(i) === '+' || text.charAt(i) === '-') i++;
        digits();
      }
    }
    function value(ctx) {
      var before = i;
      ws();
      var c = text.charAt(i);
      if (i >= n || '{["tfn-0123456789'.indexOf(c) === -1) missing(ctx, i > before);
      if (c === '{') {
        i++;
        ws();
        if (text.charAt(i) === '}') {
          i++;
          return;
        }
        for (;;) {
          ws();
          var raw = string();
          ws();
          expectChar(':');
          var key;
          try {
            key = JSON.parse(raw);
          } catch (e) {
            key = raw.slice(1, -1);
          }
          value({ type: 'key', key: key });
          ws();
          if (i >= n) err('end');
          if (text.charAt(i) === ',') {
            i++;
            continue;
          }
          expectChar('}');
          return;
        }
      }
      if (c === '[') {
        i++;
        var open = i;
        ws();
        if (text.charAt(i) === ']') {
          i++;
          return;
        }
        i = open;
        var element = { type: 'array', parent: ctx };
        for (;;) {
          value(element);
          ws();
          if (i >= n) err('end');
          if (text.charAt(i) === ',') {
            i++;
            var comma = i;
            ws();
            if (text.charAt(i) === ']') err('trailing');
            i = comma;
            continue;
          }
          expectChar(']');
          return;
        }
      }
      if (c === '"') return string();
      if (c === 't') return literal('true');
      if (c === 'f') return literal('false');
      if (c === 'n') return literal('null');
      if (c === '-' || (c >= '0' && c <= '9')) return number();
      err('token');
    }
    try {
      value(TOP);
      ws();
      if (i < n) err('token');
      return null;
    } catch (e) {
      if (e && typeof e.at === 'number') return [e.at, e.kind, e.key];
      throw e;
    }
  }

  function jsonError(text, found) {
    var at = Math.min(found[0], text.length);
    var before = text.slice(0, at);
    var line = before.split('\n').length;
    var lineStart = before.lastIndexOf('\n') + 1;
    var column = at - lineStart + 1;
    var lineEnd = text.indexOf('\n', at);
    var lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    var head;
    if (text === '') head = 'No data, empty input';
    else if (found[1] === 'nodata') head = 'No data, only a whitespace';
    else if (found[1] === 'nokey') head = 'No value found for key ' + found[2];
    else if (found[1] === 'trailing') head = 'Trailing comma in array';
    else if (found[1] === 'end') head = 'Unexpected end of input';
    else head = "Unexpected token '" + text.charAt(at) + "'";
    var e = new SyntaxError(head + ' at ' + line + ':' + column + '\n' + lineText + '\n' +
      ' '.repeat(column - 1) + '^');
    e.name = 'JSONError';
    return e;
  }

  function parse(text, reviver) {
    var bom = bomLength(text);
    if (bom) text = text.slice(bom);
    try {
      return JSON.parse(text, reviver);
    } catch (e) {
      var s = String(text);
      var found = firstError(s);
      if (found) throw jsonError(s, found);
      e.name = 'JSONError';
      throw e;
    }
  }

  return { parse: parse };
}
