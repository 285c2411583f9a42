// courier: internal `_cheerio_selparse` — the selector grammar of css-what 2.1 (tokens for
// tags, ids, classes, attribute tests, pseudo-classes with their arguments, combinators and
// comma lists; its SyntaxError texts) and nth-check's an+b formulas, for `_cheerio_select`.
(function (native, require) {
  'use strict';

  function TRUE() { return true; }
  function FALSE() { return false; }

  // ---- parsing (css-what)

  var reName = /^(?:\\.|[\w\-\u00b0-\uFFFF])+/;
  var reEscape = /\\([\da-f]{1,6}\s?|(\s)|.)/ig;
  var reAttr = /^\s*((?:\\.|[\w\u00b0-\uFFFF\-])+)\s*(?:(\S?)=\s*(?:(['"])([^]*?)\3|(#?(?:\\.|[\w\u00b0-\uFFFF\-])*)|)|)\s*(i)?\]/;
  var actions = { undefined: 'exists', '': 'equals', '~': 'element', '^': 'start', '$': 'end', '*': 'any',
    '!': 'not', '|': 'hyphen' };
  var combinators = { '>': 'child', '<': 'parent', '~': 'sibling', '+': 'adjacent' };
  var unpack = { has: true, not: true, matches: true };
  var stripQuotes = { contains: true, icontains: true };

  function unescapeCSS(str) {
    return str.replace(reEscape, function (_, escaped, space) {
      var high = '0x' + escaped - 0x10000;
      if (high !== high || space) return escaped;
      return high < 0 ? String.fromCharCode(high + 0x10000)
        : String.fromCharCode(high >> 10 | 0xD800, high & 0x3FF | 0xDC00);
    });
  }

  function isWS(c) { return c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r'; }
  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }

  function parse(selector, options) {
    var subselects = [];
    var rest = parseSelector(subselects, selector + '', options);
    if (rest !== '') throw new SyntaxError('Unmatched selector: ' + rest);
    return subselects;
  }

  function pushTokens(subselects, tokens) {
    if (subselects.length > 0 && tokens.length === 0) throw new SyntaxError('empty sub-selector');
    subselects.push(tokens);
  }

  function parseSelector(subselects, selector, options) {
    var tokens = [];
    var sawWS = false;
    function getName() {
      var sub = selector.match(reName)[0];
      selector = selector.substr(sub.length);
      return unescapeCSS(sub);
    }
    function skipWS(start) {
      while (isWS(selector.charAt(start))) start++;
      selector = selector.substr(start);
    }
    function escaped(pos) {
      var n = 0;
      while (selector.charAt(--pos) === '\\') n++;
      return (n & 1) === 1;
    }
    skipWS(0);
    while (selector !== '') {
      var first = selector.charAt(0);
      if (isWS(first)) {
        sawWS = true;
        skipWS(1);
      } else if (has(combinators, first)) {
        tokens.push({ type: combinators[first] });
        sawWS = false;
        skipWS(1);
      } else if (first === ',') {
        if (tokens.length === 0) throw new SyntaxError('empty sub-selector');
        subselects.push(tokens);
        tokens = [];
        sawWS = false;
        skipWS(1);
      } else {
        if (sawWS) {
          if (tokens.length > 0) tokens.push({ type: 'descendant' });
          sawWS = false;
        }
        if (first === '*') {
          selector = selector.substr(1);
          tokens.push({ type: 'universal' });
        } else if (first === '#' || first === '.') {
          selector = selector.substr(1);
          tokens.push({
            type: 'attribute', name: first === '#' ? 'id' : 'class', action: first === '#' ? 'equals' : 'element',
            value: getName(), ignoreCase: false
          });
        } else if (first === '[') {
          selector = selector.substr(1);
          var data = selector.match(reAttr);
          if (!data) throw new SyntaxError('Malformed attribute selector: ' + selector);
          selector = selector.substr(data[0].length);
          var name = unescapeCSS(data[1]);
          if (!options || ('lowerCaseAttributeNames' in options ? options.lowerCaseAttributeNames : !options.xmlMode)) {
            name = name.toLowerCase();
          }
          tokens.push({
            type: 'attribute', name: name, action: actions[data[2]],
            value: unescapeCSS(data[4] || data[5] || ''), ignoreCase: !!data[6]
          });
        } else if (first === ':') {
          if (selector.charAt(1) === ':') {
            selector = selector.substr(2);
            tokens.push({ type: 'pseudo-element', name: getName().toLowerCase() });
            continue;
          }
          selector = selector.substr(1);
          var pname = getName().toLowerCase();
          var pdata = null;
          if (selector.charAt(0) === '(') {
            if (has(unpack, pname)) {
              var quot = selector.charAt(1);
              var quoted = quot === '"' || quot === "'";
              selector = selector.substr(quoted + 1);
              pdata = [];
              selector = parseSelector(pdata, selector, options);
              if (quoted) {
                if (selector.charAt(0) !== quot) throw new SyntaxError('unmatched quotes in :' + pname);
                selector = selector.substr(1);
              }
              if (selector.charAt(0) !== ')') {
                throw new SyntaxError('missing closing parenthesis in :' + pname + ' ' + selector);
              }
              selector = selector.substr(1);
            } else {
              var pos = 1, depth = 1;
              for (; depth > 0 && pos < selector.length; pos++) {
                if (selector.charAt(pos) === '(' && !escaped(pos)) depth++;
                else if (selector.charAt(pos) === ')' && !escaped(pos)) depth--;
              }
              if (depth) throw new SyntaxError('parenthesis not matched');
              pdata = selector.substr(1, pos - 2);
              selector = selector.substr(pos);
              if (has(stripQuotes, pname)) {
                var qc = pdata.charAt(0);
                if (qc === pdata.slice(-1) && (qc === '"' || qc === "'")) pdata = pdata.slice(1, -1);
                pdata = unescapeCSS(pdata);
              }
            }
          }
          tokens.push({ type: 'pseudo', name: pname, data: pdata });
        } else if (reName.test(selector)) {
          var tag = getName();
          if (!options || ('lowerCaseTags' in options ? options.lowerCaseTags : !options.xmlMode)) {
            tag = tag.toLowerCase();
          }
          tokens.push({ type: 'tag', name: tag });
        } else {
          if (tokens.length && tokens[tokens.length - 1].type === 'descendant') tokens.pop();
          pushTokens(subselects, tokens);
          return selector;
        }
      }
    }
    pushTokens(subselects, tokens);
    return selector;
  }

  // ---- nth-check

  function nthCheck(formula) {
    formula = formula.trim().toLowerCase();
    var a, b;
    if (formula === 'even') { a = 2; b = 0; } else if (formula === 'odd') { a = 2; b = 1; } else {
      var m = formula.match(/^([+\-]?\d*n)?\s*(?:([+\-]?)\s*(\d+))?$/);
      if (!m) throw new SyntaxError("n-th rule couldn't be parsed ('" + formula + "')");
      if (m[1]) {
        a = parseInt(m[1], 10);
        if (isNaN(a)) a = m[1].charAt(0) === '-' ? -1 : 1;
      } else a = 0;
      b = m[3] ? parseInt((m[2] || '') + m[3], 10) : 0;
    }
    b -= 1;
    if (b < 0 && a <= 0) return FALSE;
    if (a === -1) return function (pos) { return pos <= b; };
    if (a === 0) return function (pos) { return pos === b; };
    if (a === 1) return b < 0 ? TRUE : function (pos) { return pos >= b; };
    var bMod = b % a;
    if (bMod < 0) bMod += a;
    if (a > 1) return function (pos) { return pos >= b && pos % a === bMod; };
    a = -a;
    return function (pos) { return pos <= b && pos % a === bMod; };
  }

  return { parse: parse, nthCheck: nthCheck, TRUE: TRUE, FALSE: FALSE };
})
