// courier: internal `_cheerio_select` — CSS selector matching as cheerio 0.22 does it (css-select
// 1.2 over selectors parsed by `_cheerio_selparse`): tag, *, #id,
// .class, attribute operators (= ~= |= ^= $= *= != and the i flag), combinators (space > + ~),
// comma lists and the pseudo-classes css-select 1.2 knows (:not, :has, :contains, :nth-*, ...).
// Unknown pseudo-classes (jQuery's :first, :eq ...) are errors, as in the real library.
(function (native, require) {
  'use strict';

  var P = require('_cheerio_selparse');
  var TRUE = P.TRUE, FALSE = P.FALSE, parse = P.parse, nthCheck = P.nthCheck;
  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }

  // ---- DOM helpers (domutils)

  function isTag(e) { return e.type === 'tag' || e.type === 'script' || e.type === 'style'; }
  function getParent(e) { return e.parent; }
  function getChildren(e) { return e.children; }
  function getSiblings(e) { var p = e.parent; return p ? p.children : [e]; }
  function attrValue(e, name) { return e.attribs && e.attribs[name]; }
  function hasAttrib(e, name) { return !!e.attribs && has(e.attribs, name); }
  function getText(e) {
    if (Array.isArray(e)) return e.map(getText).join('');
    if (isTag(e) || e.type === 'cdata') return getText(e.children);
    if (e.type === 'text') return e.data;
    return '';
  }
  // Document order, like domutils' findAll (which concatenates; this pushes into one list).
  function findAll(test, elems, out) {
    out = out || [];
    for (var i = 0; i < elems.length; i++) {
      var e = elems[i];
      if (!isTag(e)) continue;
      if (test(e)) out.push(e);
      if (e.children.length > 0) findAll(test, e.children, out);
    }
    return out;
  }
  function existsOne(test, elems) {
    for (var i = 0; i < elems.length; i++) {
      var e = elems[i];
      if (isTag(e) && (test(e) || (e.children.length > 0 && existsOne(test, e.children)))) return true;
    }
    return false;
  }
  function removeSubsets(nodes) {
    var idx = nodes.length;
    while (--idx > -1) {
      var node = nodes[idx];
      var ancestor = node;
      nodes[idx] = null;
      var keep = true;
      while (ancestor) {
        if (nodes.indexOf(ancestor) > -1) {
          keep = false;
          nodes.splice(idx, 1);
          break;
        }
        ancestor = ancestor.parent;
      }
      if (keep) nodes[idx] = node;
    }
    return nodes;
  }

  // ---- attribute rules

  var reChars = /[-[\]{}()*+?.,\\^$|#\s]/g;
  var attributeRules = {
    equals: function (next, d) {
      var name = d.name, value = d.value;
      if (d.ignoreCase) {
        value = value.toLowerCase();
        return function (e) { var a = attrValue(e, name); return a != null && a.toLowerCase() === value && next(e); };
      }
      return function (e) { return attrValue(e, name) === value && next(e); };
    },
    hyphen: function (next, d) {
      var name = d.name, value = d.value, len = value.length;
      if (d.ignoreCase) {
        value = value.toLowerCase();
        return function (e) {
          var a = attrValue(e, name);
          return a != null && (a.length === len || a.charAt(len) === '-') &&
            a.substr(0, len).toLowerCase() === value && next(e);
        };
      }
      return function (e) {
        var a = attrValue(e, name);
        return a != null && a.substr(0, len) === value && (a.length === len || a.charAt(len) === '-') && next(e);
      };
    },
    element: function (next, d) {
      var name = d.name, value = d.value;
      if (/\s/.test(value)) return FALSE;
      var re = new RegExp('(?:^|\\s)' + value.replace(reChars, '\\$&') + '(?:$|\\s)', d.ignoreCase ? 'i' : '');
      return function (e) { var a = attrValue(e, name); return a != null && re.test(a) && next(e); };
    },
    exists: function (next, d) {
      return function (e) { return hasAttrib(e, d.name) && next(e); };
    },
    start: function (next, d) {
      var name = d.name, value = d.value, len = value.length;
      if (len === 0) return FALSE;
      if (d.ignoreCase) {
        value = value.toLowerCase();
        return function (e) { var a = attrValue(e, name); return a != null && a.substr(0, len).toLowerCase() === value && next(e); };
      }
      return function (e) { var a = attrValue(e, name); return a != null && a.substr(0, len) === value && next(e); };
    },
    end: function (next, d) {
      var name = d.name, value = d.value, len = -value.length;
      if (len === 0) return FALSE;
      if (d.ignoreCase) {
        value = value.toLowerCase();
        return function (e) { var a = attrValue(e, name); return a != null && a.substr(len).toLowerCase() === value && next(e); };
      }
      return function (e) { var a = attrValue(e, name); return a != null && a.substr(len) === value && next(e); };
    },
    any: function (next, d) {
      var name = d.name, value = d.value;
      if (value === '') return FALSE;
      if (d.ignoreCase) {
        var re = new RegExp(value.replace(reChars, '\\$&'), 'i');
        return function (e) { var a = attrValue(e, name); return a != null && re.test(a) && next(e); };
      }
      return function (e) { var a = attrValue(e, name); return a != null && a.indexOf(value) >= 0 && next(e); };
    },
    not: function (next, d) {
      var name = d.name, value = d.value;
      if (value === '') return function (e) { return !!attrValue(e, name) && next(e); };
      if (d.ignoreCase) {
        value = value.toLowerCase();
        return function (e) { var a = attrValue(e, name); return a != null && a.toLowerCase() !== value && next(e); };
      }
      return function (e) { return attrValue(e, name) !== value && next(e); };
    }
  };

  // ---- pseudo-classes

  function firstElement(elems) {
    for (var i = 0; elems && i < elems.length; i++) if (isTag(elems[i])) return elems[i];
  }
  function typeIs(type) {
    var d = { name: 'type', value: type };
    var f = function (next) { return attributeRules.equals(next, d); };
    return f;
  }
  function childFunc(next) { return function (e) { return !!getParent(e) && next(e); }; }
  function nthFilter(fromEnd, ofType) {
    return function (next, rule) {
      var func = nthCheck(rule);
      if (func === FALSE) return func;
      if (func === TRUE) return childFunc(next);
      return function (e) {
        var sib = getSiblings(e);
        var pos = 0;
        for (var k = 0; k < sib.length; k++) {
          var s = sib[fromEnd ? sib.length - 1 - k : k];
          if (!isTag(s)) continue;
          if (s === e) break;
          if (!ofType || s.name === e.name) pos++;
        }
        return func(pos) && next(e);
      };
    };
  }

  var filters = {
    contains: function (next, text) {
      return function (e) { return next(e) && getText(e).indexOf(text) >= 0; };
    },
    icontains: function (next, text) {
      var itext = text.toLowerCase();
      return function (e) { return next(e) && getText(e).toLowerCase().indexOf(itext) >= 0; };
    },
    'nth-child': nthFilter(false, false),
    'nth-last-child': nthFilter(true, false),
    'nth-of-type': nthFilter(false, true),
    'nth-last-of-type': nthFilter(true, true),
    root: function (next) { return function (e) { return !getParent(e) && next(e); }; },
    scope: function (next, rule, options, context) {
      if (!context || context.length === 0) return filters.root(next);
      if (context.length === 1) return function (e) { return context[0] === e && next(e); };
      return function (e) { return context.indexOf(e) >= 0 && next(e); };
    },
    checkbox: typeIs('checkbox'), file: typeIs('file'), password: typeIs('password'), radio: typeIs('radio'),
    reset: typeIs('reset'), image: typeIs('image'), submit: typeIs('submit')
  };
  // arity as css-select sees it (filters taking data have 2+ parameters)
  var filterTakesData = { contains: true, icontains: true, 'nth-child': true, 'nth-last-child': true,
    'nth-of-type': true, 'nth-last-of-type': true, scope: true, not: true, has: true, matches: true };

  var pseudos = {
    empty: function (e) { return !getChildren(e).some(function (c) { return isTag(c) || c.type === 'text'; }); },
    'first-child': function (e) { return firstElement(getSiblings(e)) === e; },
    'last-child': function (e) {
      var sib = getSiblings(e);
      for (var i = sib.length - 1; i >= 0; i--) {
        if (sib[i] === e) return true;
        if (isTag(sib[i])) break;
      }
      return false;
    },
    'first-of-type': function (e) {
      var sib = getSiblings(e);
      for (var i = 0; i < sib.length; i++) {
        if (isTag(sib[i])) {
          if (sib[i] === e) return true;
          if (sib[i].name === e.name) break;
        }
      }
      return false;
    },
    'last-of-type': function (e) {
      var sib = getSiblings(e);
      for (var i = sib.length - 1; i >= 0; i--) {
        if (isTag(sib[i])) {
          if (sib[i] === e) return true;
          if (sib[i].name === e.name) break;
        }
      }
      return false;
    },
    'only-of-type': function (e) {
      var sib = getSiblings(e);
      for (var i = 0; i < sib.length; i++) {
        if (isTag(sib[i]) && sib[i] !== e && sib[i].name === e.name) return false;
      }
      return true;
    },
    'only-child': function (e) {
      var sib = getSiblings(e);
      for (var i = 0; i < sib.length; i++) if (isTag(sib[i]) && sib[i] !== e) return false;
      return true;
    },
    link: function (e) { return hasAttrib(e, 'href'); },
    visited: FALSE,
    selected: function (e) {
      if (hasAttrib(e, 'selected')) return true;
      if (e.name !== 'option') return false;
      var parent = getParent(e);
      if (!parent || parent.name !== 'select' || hasAttrib(parent, 'multiple')) return false;
      var sib = getChildren(parent);
      var saw = false;
      for (var i = 0; i < sib.length; i++) {
        if (!isTag(sib[i])) continue;
        if (sib[i] === e) saw = true;
        else if (!saw) return false;
        else if (hasAttrib(sib[i], 'selected')) return false;
      }
      return saw;
    },
    disabled: function (e) { return hasAttrib(e, 'disabled'); },
    enabled: function (e) { return !hasAttrib(e, 'disabled'); },
    checked: function (e) { return hasAttrib(e, 'checked') || pseudos.selected(e); },
    required: function (e) { return hasAttrib(e, 'required'); },
    optional: function (e) { return !hasAttrib(e, 'required'); },
    parent: function (e) { return !pseudos.empty(e); },
    header: function (e) { return /^h[1-6]$/.test(e.name); },
    button: function (e) {
      return e.name === 'button' || (e.name === 'input' && attrValue(e, 'type') === 'button');
    },
    input: function (e) {
      return e.name === 'input' || e.name === 'textarea' || e.name === 'select' || e.name === 'button';
    },
    text: function (e) {
      var t;
      return e.name === 'input' && (!(t = attrValue(e, 'type')) || t.toLowerCase() === 'text');
    }
  };

  function compilePseudo(next, data, options, context) {
    var name = data.name;
    var sub = data.data;
    if (has(filters, name)) {
      var takes = has(filterTakesData, name);
      if (sub === null) {
        if (takes && name !== 'scope') throw new SyntaxError('pseudo-selector :' + name + ' requires an argument');
      } else if (!takes) {
        throw new SyntaxError('pseudo-selector :' + name + " doesn't have any arguments");
      }
      return filters[name](next, sub, options, context);
    }
    if (has(pseudos, name)) {
      var func = pseudos[name];
      if (sub !== null && name !== 'visited') {
        throw new SyntaxError('pseudo-selector :' + name + " doesn't have any arguments");
      }
      if (next === TRUE) return func;
      return function (e) { return func(e, sub) && next(e); };
    }
    throw new SyntaxError('unmatched pseudo-class :' + name);
  }

  // ---- compiling (css-select)

  var procedure = { universal: 50, tag: 30, attribute: 1, pseudo: 0, descendant: -1, child: -1, parent: -1,
    sibling: -1, adjacent: -1 };
  var attrProc = { exists: 10, equals: 8, not: 7, start: 6, end: 6, any: 5, hyphen: 4, element: 4 };

  function getProcedure(t) {
    var p = procedure[t.type];
    if (p === procedure.attribute) {
      p = attrProc[t.action];
      if (p === attrProc.equals && t.name === 'id') p = 9;
      if (t.ignoreCase) p >>= 1;
    } else if (p === procedure.pseudo) {
      if (!t.data) p = 3;
      else if (t.name === 'has' || t.name === 'contains') p = 0;
      else if (t.name === 'matches' || t.name === 'not') {
        p = 0;
        for (var i = 0; i < t.data.length; i++) {
          if (t.data[i].length !== 1) continue;
          var cur = getProcedure(t.data[i][0]);
          if (cur === 0) { p = 0; break; }
          if (cur > p) p = cur;
        }
        if (t.data.length > 1 && p > 0) p -= 1;
      } else p = 1;
    }
    return p;
  }

  function sortRules(arr) {
    var procs = arr.map(getProcedure);
    for (var i = 1; i < arr.length; i++) {
      var pNew = procs[i];
      if (pNew < 0) continue;
      for (var j = i - 1; j >= 0 && pNew < procs[j]; j--) {
        var t = arr[j + 1];
        arr[j + 1] = arr[j];
        arr[j] = t;
        procs[j + 1] = procs[j];
        procs[j] = pNew;
      }
    }
  }

  function isTraversal(t) { return procedure[t.type] < 0; }
  function includesScope(t) {
    return t.type === 'pseudo' && (t.name === 'scope' ||
      (Array.isArray(t.data) && t.data.some(function (d) { return d.some(includesScope); })));
  }

  var DESCENDANT = { type: 'descendant' };
  var SCOPE = { type: 'pseudo', name: 'scope' };
  var PLACEHOLDER = {};

  function absolutize(token, context) {
    var hasContext = !!context && !!context.length && context.every(function (e) {
      return e === PLACEHOLDER || !!getParent(e);
    });
    token.forEach(function (t) {
      if (t.length > 0 && isTraversal(t[0]) && t[0].type !== 'descendant') {
        // already relative
      } else if (hasContext && !includesScope(t)) {
        t.unshift(DESCENDANT);
      } else {
        return;
      }
      t.unshift(SCOPE);
    });
  }

  var rules = {
    attribute: function (next, d, options) {
      if (options && options.strict && (d.ignoreCase || d.action === 'not')) {
        throw new SyntaxError('Unsupported attribute selector');
      }
      return attributeRules[d.action](next, d);
    },
    pseudo: compilePseudo,
    tag: function (next, d) { return function (e) { return e.name === d.name && next(e); }; },
    descendant: function (next, rule, options, context, acceptSelf) {
      return function (e) {
        if (acceptSelf && next(e)) return true;
        var found = false;
        while (!found && (e = getParent(e))) found = next(e);
        return found;
      };
    },
    parent: function (next, d, options) {
      if (options && options.strict) throw new SyntaxError("Parent selector isn't part of CSS3");
      return function (e) { return getChildren(e).some(function (c) { return isTag(c) && next(c); }); };
    },
    child: function (next) {
      return function (e) { var p = getParent(e); return !!p && next(p); };
    },
    sibling: function (next) {
      return function (e) {
        var sib = getSiblings(e);
        for (var i = 0; i < sib.length; i++) {
          if (isTag(sib[i])) {
            if (sib[i] === e) break;
            if (next(sib[i])) return true;
          }
        }
        return false;
      };
    },
    adjacent: function (next) {
      return function (e) {
        var sib = getSiblings(e);
        var last;
        for (var i = 0; i < sib.length; i++) {
          if (isTag(sib[i])) {
            if (sib[i] === e) break;
            last = sib[i];
          }
        }
        return !!last && next(last);
      };
    },
    universal: function (next) { return next; }
  };
  rules['pseudo-element'] = function (next, d) {
    throw new TypeError('Rules[rule.type] is not a function');
  };

  function compileRules(list, options, context, isArrayContext) {
    var acceptSelf = isArrayContext && list[0].name === 'scope' && list[1].type === 'descendant';
    var func = (options && options.rootFunc) || TRUE;
    for (var i = 0; i < list.length; i++) {
      if (func === FALSE) return func;
      func = rules[list[i].type](func, list[i], options, context, acceptSelf && i === 1);
    }
    return func;
  }

  function reduceRules(a, b) {
    if (b === FALSE || a === TRUE) return a;
    if (a === FALSE || b === TRUE) return b;
    return function (e) { return a(e) || b(e); };
  }

  function compileToken(token, options, context) {
    token = token.filter(function (t) { return t.length > 0; });
    token.forEach(sortRules);
    var isArrayContext = Array.isArray(context);
    context = (options && options.context) || context;
    if (context && !Array.isArray(context)) context = [context];
    absolutize(token, context);
    return token.map(function (r) { return compileRules(r, options, context, isArrayContext); })
      .reduce(reduceRules, FALSE);
  }

  function subOptions(options, extra) {
    var o = { xmlMode: !!(options && options.xmlMode), strict: !!(options && options.strict) };
    if (extra) o.rootFunc = extra;
    return o;
  }
  filters.not = function (next, token, options, context) {
    var opts = subOptions(options);
    if (opts.strict && (token.length > 1 || token.some(function (t) { return t.some(isTraversal); }))) {
      throw new SyntaxError("complex selectors in :not aren't allowed in strict mode");
    }
    var func = compileToken(token, opts, context);
    if (func === FALSE) return next;
    if (func === TRUE) return FALSE;
    return function (e) { return !func(e) && next(e); };
  };
  filters.has = function (next, token, options) {
    var opts = subOptions(options);
    var context = token.some(function (t) { return t.some(isTraversal); }) ? [PLACEHOLDER] : null;
    var func = compileToken(token, opts, context);
    if (func === FALSE) return FALSE;
    if (func === TRUE) return function (e) { return getChildren(e).some(isTag) && next(e); };
    var wrapped = wrap(func);
    if (context) {
      return function (e) { return next(e) && ((context[0] = e), existsOne(wrapped, getChildren(e))); };
    }
    return function (e) { return next(e) && existsOne(wrapped, getChildren(e)); };
  };
  filters.matches = function (next, token, options, context) {
    return compileToken(token, subOptions(options, next), context);
  };

  function wrap(next) { return function (e) { return isTag(e) && next(e); }; }

  function compileUnsafe(selector, options, context) {
    return compileToken(parse(selector, options), options, context);
  }
  function compile(selector, options, context) {
    return wrap(compileUnsafe(selector, options, context));
  }

  function selectAll(query, elems, options) {
    if (typeof query !== 'function') query = compileUnsafe(query, options, elems);
    if (!Array.isArray(elems)) elems = getChildren(elems);
    else elems = removeSubsets(elems);
    return (query === FALSE || !elems || elems.length === 0) ? [] : findAll(query, elems);
  }

  return {
    select: selectAll,
    compile: compile,
    is: function (elem, query, options) { return (typeof query === 'function' ? query : compile(query, options))(elem); },
    parse: parse,
    getText: getText,
    isTag: isTag
  };
})
