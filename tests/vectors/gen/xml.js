#!/usr/bin/env node
// Regenerates tests/vectors/xml2js.json and tests/vectors/cheerio.json from the real libraries:
// xml2js 0.4.23 (with sax 1.2.4, as bundled by postman-sandbox 4.7.1) and cheerio 0.22.0.
//
//   mkdir /tmp/x && cd /tmp/x && npm install xml2js@0.4.23 sax@1.2.4 cheerio@0.22.0
//   node tests/vectors/gen/xml.js /tmp/x/node_modules
//
// Each vector's `code` runs with direct eval where `require`, `xml2Json` (postman-sandbox's
// legacy global: xml2js with explicitArray false, trim true) and `cheerio` are in scope.
'use strict';
const path = require('path');
const fs = require('fs');

const modules = process.argv[2] || process.env.XML_NODE_MODULES;
if (!modules) throw new Error('usage: node xml.js <node_modules dir with xml2js, sax, cheerio>');
const real = {
  xml2js: require(path.resolve(modules, 'xml2js')),
  cheerio: require(path.resolve(modules, 'cheerio'))
};
if (require(path.resolve(modules, 'sax/package.json')).version !== '1.2.4') {
  throw new Error('install sax@1.2.4 beside xml2js (postman-sandbox bundles that version)');
}

function evaluate(code) {
  /* eslint-disable no-unused-vars */
  const require = (name) => {
    if (!(name in real)) throw new Error('unexpected require ' + name);
    return real[name];
  };
  const xml2Json = function (string) {
    let JSON = {};
    real.xml2js.parseString(string, { explicitArray: false, async: false, trim: true, mergeAttrs: false },
      function (_, result) { JSON = result; });
    return JSON;
  };
  const cheerio = real.cheerio;
  /* eslint-enable no-unused-vars */
  try {
    const v = eval(code);
    const j = JSON.stringify(v === undefined ? null : v);
    return { code, result: j === undefined ? null : JSON.parse(j) };
  } catch (e) {
    return { code, throws: String(e && e.message !== undefined ? e.message : e) };
  }
}

const q = JSON.stringify;


// ------------------------------------------------------------------ inputs

const XML_DOCS = [
  '<a>hello</a>',
  '<a/>',
  '<a></a>',
  '<a x="1" y="two">text</a>',
  '<a x="1"/>',
  '<root><item>1</item><item>2</item><item>3</item></root>',
  '<root><item id="1">one</item><item id="2"/><other>x</other></root>',
  '<root>before<b>bold</b>after</root>',
  '<root>\n  <child>  padded  </child>\n  <child>\n    multi\n    line\n  </child>\n</root>',
  '<?xml version="1.0" encoding="UTF-8"?>\n<note>\n  <to>Tove</to>\n  <from>Jani</from>\n  <heading>Reminder</heading>\n  <body>Don\'t forget me this weekend!</body>\n</note>',
  '<?xml version="1.0" encoding="utf-8"?>\n<food>\n    <name>Homestyle Breakfast</name>\n    <price>$8.95</price>\n    <description>Two eggs, bacon or sausage, toast, and our ever-popular hash browns</description>\n    <calories>950</calories>\n</food>',
  '<a><![CDATA[<b>not a tag</b> & stuff]]></a>',
  '<a>text<![CDATA[cdata]]>more</a>',
  '<a><![CDATA[   ]]></a>',
  '<a><b><![CDATA[x]]></b><b>y</b></a>',
  '<a><!-- a comment -->text<!-- another --></a>',
  '<?xml version="1.0"?><!DOCTYPE note SYSTEM "Note.dtd"><note><to>T</to></note>',
  '<?xml-stylesheet type="text/xsl" href="style.xsl"?><doc><p>1</p></doc>',
  '<a>&lt;tag&gt; &amp; &quot;quoted&quot; &apos;single&apos;</a>',
  '<a>&#65;&#x42;&#x63; &#169; &#x1F600;</a>',
  '<a>&nbsp;&copy;&eacute;&euro;&hearts;&AMP;&Copy;</a>',
  '<a title="a &amp; b &lt; c" q=\'single "q"\' e="">x</a>',
  '<a t="line1\nline2\ttab">x</a>',
  '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:m="http://www.example.org/stock"><soap:Header/><soap:Body><m:GetStockPrice><m:StockName>IBM</m:StockName></m:GetStockPrice></soap:Body></soap:Envelope>',
  '<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><entry><id>1</id><link href="http://example.org/1"/></entry><entry><id>2</id></entry></feed>',
  '<rss version="2.0"><channel><title>News</title><item><title>A</title><link>http://a</link></item><item><title>B</title><link>http://b</link></item></channel></rss>',
  '\uFEFF<bom>yes</bom>',
  '  \n  <ws>leading whitespace</ws>\n\n',
  '<values><int>42</int><float>3.14</float><neg>-7</neg><bool>true</bool><boolF>False</boolF><str>abc</str><empty></empty><zero>0</zero></values>',
  '<deep><l1><l2><l3><l4>bottom</l4></l3></l2></l1></deep>',
  '<MixedCase><InnerTag Attr="V">x</InnerTag><innerTag>y</innerTag></MixedCase>',
  '<a><b/><b></b><b>  </b><b>t</b></a>',
  '<a x="1" x2="2"><_ >underscore</_><$>dollar</$></a>',
  '<a><b x="1">one</b><b x="2">two</b><c><b>nested</b></c></a>',
  '<a>  spaced   out   text  </a>',
  '<u>caf\u00e9 \u2713 \u4e2d\u6587 \ud83d\ude00</u>',
  '<r xmlns:x="urn:x"><x:item x:id="7">v</x:item><item>w</item></r>',
  '<a><b>1</b>text<b>2</b>tail</a>',
  '<list><entry key="a" value="1"/><entry key="b" value="2"/><entry key="c" value="3"/></list>',
  '<order id="A1"><customer name="Jo"/><lines><line sku="x" qty="2">Widget</line><line sku="y" qty="1">Gadget</line></lines><total currency="EUR">12.50</total></order>'
];

const BROKEN_DOCS = [
  '<a>', '<a><b></a>', 'hello', 'hello <a/>', '<a>&foo;</a>', '<a x=1/>', '<a x="1" x="2"/>', '<a></a>junk',
  '<a/><b/>', '{"a": 1}', '<a>\n<b>\n</c>', '<a b></a>', '<a b/>', '<a><b>text</a>', '</a>', '<a></b>',
  '<a>x < y</a>', '<a>& alone</a>', '<a>&#xZZ;</a>', '<a>&#0;</a>', '<a>&;</a>', '<!-- unclosed', '<a><!-- bad -- comment --></a>',
  '<a x="1"y="2"/>', '<a / >', '<1a/>', '<a><![CDATA[unclosed</a>', '<?xml version="1.0"?>', '<a>\r\n<b>\r\n</a>',
  '<a>ok</a><!-- trailing -->', '<a>ok</a>\n\n', '<html><body><p>Hi<br></p></body></html>', '<a xmlns:p="urn:p"><q:b/></a>',
  '<!DOCTYPE html><a/>', '<a><!DOCTYPE x></a>', '<a>&unknown;&lt;</a>', '<a attr="&bogus;"/>', '<a><b></b></a></a>',
  '<a>text</a>   trailing text'
];

const BUILD_OBJECTS = [
  "{root: 'text'}",
  "{root: {child: 'value'}}",
  "{root: {$: {id: 1, name: 'x'}, child: ['a', 'b']}}",
  "{root: {$: {id: '1'}, _: 'text'}}",
  "{root: {a: 1, b: true, c: null, d: undefined, e: ''}}",
  "{root: {list: [{item: 'one'}, {item: 'two'}]}}",
  "{root: {items: {item: [{$: {n: 1}, _: 'x'}, {$: {n: 2}, _: 'y'}]}}}",
  "{root: {text: 'a < b & c > d', attr: {$: {q: 'say \"hi\" & <bye>\\n\\ttab'}}}}",
  "{root: {cdata: 'has <tags> & ampersand', plain: 'no special', end: 'x]]>y'}}",
  "{a: 1, b: 2}",
  "{person: {name: 'Ann', age: 30, tags: ['x', 'y'], address: {city: 'Rome', zip: '00100'}}}",
  "{root: {empty: {}, emptyArr: [], nested: {deeper: {deepest: 'd'}}}}",
  "{root: [{a: 1}, {b: 2}]}",
  "{'soap:Envelope': {$: {'xmlns:soap': 'http://schemas.xmlsoap.org/soap/envelope/'}, 'soap:Body': {GetPrice: {Item: 'Apples'}}}}",
  "{root: {'#text': 'decorated'}}",
  "{root: {child: {'#text': 'x'}}}",
  "{root: {'bad name': 1}}",
  "{'1root': 'x'}",
  "{root: {mixed: {$: {a: 'b'}, _: 'text', sub: 'inner'}}}",
  "{root: {arr: ['a', {$: {k: 'v'}, _: 'b'}, 'c']}}",
  "{root: {unicode: 'caf\\u00e9 \\u2713'}}",
  "{root: {ctrl: 'bad\\u0001char'}}",
  "{root: {cr: 'a\\rb'}}",
  "{}",
  "{root: {n: 0, f: false, neg: -1.5}}",
  "{root: {$: {}, _: ''}}",
  "{root: {'?pi': 'instruction'}}",
  "{root: {'#comment': 'a comment'}}",
  "{root: {'#cdata': 'raw <cdata>'}}",
  "'just a string'",
  "42",
  "{root: {$: {nul: null, undef: undefined, num: 5}}}",
  "{root: {list: [[1, 2], 'x']}}"
];


// ------------------------------------------------------------------ cheerio inputs

const PAGE = '<html><head><title>Test Page</title><meta charset="utf-8"></head><body>' +
  '<div id="main" class="container big"><h1 class="title">Hello &amp; welcome</h1>' +
  '<p class="intro first">First <b>bold</b> paragraph.</p>' +
  '<p class="intro">Second with <a href="/link1" data-id="1">link one</a> and <a href="http://x.org/2" class="ext">two</a>.</p>' +
  '<ul id="list"><li class="item">One</li><li class="item active">Two</li><li class="item">Three</li><li>Four</li></ul>' +
  '<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>' +
  '<img src="a.png" alt="A"><br/><!-- note --><span></span><span lang="en-US">en</span>' +
  '<script>var x = "<b>&amp;</b>";</script></div>' +
  '<div class="footer" data-info=\'{"a":1}\' data-num="42" data-flag="true" data-user-name="ann">Footer &copy; 2024 caf&eacute; &#x41;&#66;</div>' +
  '</body></html>';

const FORM = '<form id="f" action="/s"><input type="text" name="user" value="bob">' +
  '<input type="checkbox" name="remember" checked><input type="checkbox" name="news" value="yes">' +
  '<input type="radio" name="r" value="a"><input type="radio" name="r" value="b" checked>' +
  '<select name="s"><option value="1">One</option><option value="2" selected>Two</option></select>' +
  '<select name="m" multiple><option selected>x</option><option value="y" selected>Y</option><option>z</option></select>' +
  '<textarea name="t">Some\ntext</textarea><input type="submit" name="go" value="Go"><input name="dis" value="d" disabled>' +
  '<button type="button">B</button><input type="password" name="pw" value="secret"></form>';

const XMLDOC = '<?xml version="1.0"?><catalog><book id="b1" Lang="en"><Title>XML &amp; You</Title><price>10</price></book>' +
  '<book id="b2"><Title>Second</Title><price>20</price><empty/></book><ns:item xmlns:ns="urn:x">n</ns:item></catalog>';

const SELECTORS = [
  'p', 'p.intro', '.intro.first', '.item', '#list li', '#main', 'ul > li', 'div > p', 'li + li', 'li ~ li', 'h1 + p',
  'li:first-child', 'li:last-child', 'li:nth-child(2)', 'li:nth-child(odd)', 'li:nth-child(even)', 'li:nth-child(2n+1)',
  'li:nth-child(-n+2)', 'li:nth-last-child(1)', 'li:not(.active)', 'li:not(:first-child)', 'p:contains("Second")',
  'li:contains(T)', '[href]', '[href^="/link"]', '[href^=http]', '[data-id="1"]', 'a[href$="2"]', '[class*="ro"]',
  '[class~="item"]', '[lang|="en"]', '[class!="item"]', 'h1, p', 'b, h1, a', '*', 'div *', 'body > *', 'DIV', 'Li.ITEM',
  'div#main > p:first-of-type', 'td:nth-of-type(2)', 'tr:last-of-type td', 'span:empty', 'li:only-child', 'p:has(b)',
  'div:has(> h1)', ':header', 'a.ext', 'img[alt=A]', '[data-num]', 'div.footer', 'html', 'head title', 'body', 'meta',
  'script', 'table td', 'tr td:first-child', 'ul li:nth-child(3)', '.missing', '#list .active', 'p a:last-child',
  ':root', 'li:nth-child(0)', 'a[href*="x.org"]', '[class^="int"]', 'span[lang]', 'p b', 'p > b', 'div p a', 'p ~ ul',
  'h1 ~ *', '#main > :first-child', 'li:matches(.active, :last-child)', 'li:first', 'li:eq(1)', 'li:last', 'li:gt(1)',
  'p:icontains(SECOND)', 'p:nth-of-type(2)', 'li:nth-last-of-type(2)', 'p:first-of-type', 'p:last-of-type',
  '[ class = "title" ]', "[href='/link1']", '[data-id=1 i]', 'a[href$="2" i]'
];
const BAD_SELECTORS = ['', 'p >', '[', 'li:nth-child(x)', 'p:unknown', 'li:first-child(1)', 'p:contains', ',p', 'a[href=', ':not(', '#', '.', '>>'];

function cheerioVectors(C) {
  const L = (doc, opts) => `cheerio.load(${q(doc)}${opts ? ', ' + opts : ''})`;
  const page = L(PAGE);
  for (const sel of SELECTORS) {
    C(`(function () { var $ = ${page}; var r = $(${q(sel)}); return [r.length, r.text(), r.html(), r.attr('class'), r.map(function (i, e) { return e.name; }).get()]; })()`);
  }
  for (const sel of BAD_SELECTORS) {
    C(`(function () { var $ = ${page}; try { return $(${q(sel)}).length; } catch (e) { return e instanceof SyntaxError ? 'SyntaxError: ' + e.message : e.constructor.name; } })()`);
  }
  const calls = [
    "$('h1').text()", "$('h1').html()", "$('p').first().html()", "$('p').eq(1).text()", "$('p').last().text()",
    "$('#main').children().length", "$('#main').children('p').length", "$('li').eq(-1).text()", "$('li').eq(10).length",
    "$('li').get(1).children[0].data", "$('li').get().length", "$('li').toArray().map(function (e) { return e.attribs.class; })",
    "$('li')[0].name", "$('li')[0].type", "$('li')[0].attribs", "$('a')[0].attribs", "$('li')[1].children.length",
    "$('li').length", "$('li').index($('.active'))", "$('.active').index()", "$('.active').index('li')",
    "$('li').map(function (i, el) { return $(el).text(); }).get()", "$('li').map(function (i, el) { return [i, [i]]; }).get()",
    "(function () { var o = []; $('li').each(function (i, el) { o.push(i + ':' + $(this).text()); }); return o; })()",
    "(function () { var o = []; $('li').each(function (i) { o.push(i); if (i === 1) return false; }); return o; })()",
    "$('li').filter('.active').text()", "$('li').filter(function (i) { return i % 2 === 0; }).length",
    "$('li').filter(function () { return $(this).text().length > 3; }).text()", "$('li').not('.item').text()",
    "$('li').not(function (i) { return i > 0; }).text()", "$('li').is('.active')", "$('li').is('p')", "$('li').is()",
    "$('li').first().is(':first-child')", "$('li').hasClass('active')", "$('li').first().hasClass('active')",
    "$('#main').hasClass('container')", "$('#main').hasClass('contain')", "$('a').attr('href')", "$('a').attr('nope')",
    "$('a').attr()", "$('img').attr('alt')", "$('.footer').attr('data-info')", "$('.footer').data()", "$('.footer').data('num')",
    "$('.footer').data('flag')", "$('.footer').data('info')", "$('.footer').data('userName')", "$('.footer').data('missing')",
    "$('.footer').data('k', 'v').data('k')", "$('.footer').data({x: 1, y: [2]}).data()", "$('li').data()",
    "$('.active').parent().attr('id')", "$('.active').parents().length", "$('.active').parents().map(function (i, e) { return e.name; }).get()",
    "$('.active').parents('div').attr('id')", "$('.active').closest('div').attr('id')", "$('.active').closest('li').text()",
    "$('.active').closest('.nope').length", "$('.active').closest().length", "$('.active').next().text()", "$('.active').prev().text()",
    "$('.active').nextAll().length", "$('.active').prevAll().text()", "$('.active').siblings().length",
    "$('.active').siblings('.item').text()", "$('li').first().nextUntil('li:last-child').text()",
    "$('li').last().prevUntil('.active').text()", "$('.active').parentsUntil('body').length", "$('b').parentsUntil('#main').get().map(function (e) { return e.name; })",
    "$('#main').find('li').length", "$('#main').find('p > b').text()", "$('#main').find($('b')).length", "$('ul').find('*').length",
    "$('p').children('b').text()", "$('p').contents().length", "$('p').first().contents().map(function (i, e) { return e.type; }).get()",
    "$('p').has('b').length", "$('p').has($('a')[0]).length", "$('li').slice(1, 3).text()", "$('li').slice(-2).text()",
    "$('li').first().end().length", "$('li').add('h1').length", "$('h1').add('li').map(function (i, e) { return e.name; }).get()",
    "$('li').eq(1).nextAll().addBack().length", "$('html').parent().length", "$('body').parent()[0].name",
    "$('html')[0].parent", "$('body')[0].parent.name", "$.root()[0].type", "$.root().children().length",
    "$('li').text()", "$.text()", "$.html().length", "$('ul').html()", "$('ul').toString()", "$.html('li')", "$.html($('b'))",
    "$('.footer').text()", "$('.footer').html()", "$('script').text()", "$('script').html()", "$('body').children().last().text()",
    "$.xml($('img'))", "$('img').prop('outerHTML')", "$('img').prop('tagName')", "$('img').prop('nodeName')",
    "$('li').prop('className')", "$('h1').css('color')", "$('h1').css({color: 'red', 'font-size': '2px'}).attr('style')",
    "$('h1').css('color', 'blue').css('color')", "$('h1').css('color', 'blue').css('margin', '0').css(['color'])",
    "$('h1').attr('style', 'a: b; c : d;').css()", "$('li').addClass('new').first().attr('class')",
    "$('li').removeClass('item').map(function (i, e) { return $(e).attr('class'); }).get()", "$('li').removeClass().first().attr('class')",
    "$('li').toggleClass('item').map(function (i, e) { return e.attribs.class; }).get()", "$('li').toggleClass('x', true).first().attr('class')",
    "$('li').addClass(function (i) { return 'n' + i; }).map(function (i, e) { return e.attribs.class; }).get()",
    "$('#main').addClass('big huge  container extra').attr('class')", "$('p').removeClass('intro first').first().attr('class')",
    "$('a').attr('href', '/new').first().attr('href')", "$('a').attr({title: 'T', 'data-x': 5}).attr('data-x')",
    "$('a').attr('href', null).attr('href')", "$('a').removeAttr('href').attr('href')",
    "$('a').attr('href', function (i, v) { return v + '?' + i; }).map(function (i, e) { return e.attribs.href; }).get()",
    "$('h1').text('New <title>').html()", "$('h1').html('<i>italic</i>').text()", "$('h1').html('<i>italic</i>').html()",
    "$('ul').append('<li>Five</li>').children().length", "$('ul').prepend('<li>Zero</li>').children().first().text()",
    "$('h1').after('<h2>after</h2>').next().text()", "$('h1').before('<h0>b</h0>').prev().text()",
    "$('li').first().remove().end().length", "(function () { $('li').first().remove(); return $('li').length; })()",
    "(function () { $('li').remove('.active'); return $('ul').text(); })()", "(function () { $('ul').empty(); return $('ul').html(); })()",
    "(function () { $('.active').replaceWith('<li>X</li>'); return $('ul').html(); })()",
    "(function () { $('<p>new</p>').appendTo('#main'); return $('#main > p').length; })()",
    "(function () { $('<li>pre</li>').prependTo($('ul')); return $('li').first().text(); })()",
    "(function () { $('b').wrap('<i class=\"w\"></i>'); return $('p').first().html(); })()",
    "(function () { var c = $('ul').clone(); c.find('li').remove(); return [c.html(), $('li').length]; })()",
    "(function () { $('<span>ins</span>').insertAfter('h1'); return $('h1').next().text(); })()",
    "(function () { $('<span>ins</span>').insertBefore('h1'); return $('h1').prev().text(); })()",
    "$('<div><p>frag</p></div>').find('p').text()", "$('<li>a</li><li>b</li>').length", "$('p', '#main').length",
    "$('li', $('ul')).length", "$('li', 'ul').length", "$('b', $('p')[0]).text()",
    "$.contains($('ul')[0], $('li')[0])", "$.contains($('li')[0], $('ul')[0])", "$.parseHTML('<p>a</p><p>b</p>').length",
    "$.parseHTML('<p>a</p><script>x</script>').length", "$.parseHTML('<p>a</p><script>x</script>', true).length",
    "typeof $.load", "typeof $.fn", "$('li').cheerio", "$('nothing').length", "$('nothing').text()", "$('nothing').html()",
    "$('nothing').attr('x')", "$('nothing').first().length", "$(null).length", "$(undefined).length", "$('').length",
    "$('li').get(-1).children[0].data", "$('li').get(99)", "$('li').eq('1').text()", "$($('li')[0]).text()",
    "$($('li').get()).length", "$('#list').children().eq(1).text()", "$('ul li').length", "$('ul').children('.item').length",
    "$('td').map(function () { return +$(this).text(); }).get()", "$('li').last().prop('nodeName')",
    "$('li')[0].firstChild.data", "$('ul')[0].lastChild.name", "$('li')[1].nextSibling.name", "$('li')[1].previousSibling.name",
    "$('ul')[0].childNodes.length", "$('li')[0].nodeType", "$('li')[0].firstChild.nodeType", "$('li')[0].tagName",
    "$('li')[0].parentNode.name", "$('li')[0].firstChild.nodeValue", "Object.keys($('li')[0]).sort()",
    "Object.keys($('html')[0]).sort()", "$('li')[0].prev", "$('li')[3].next"
  ];
  for (const c of calls) C(`(function () { var $ = ${page}; return ${c}; })()`);

  const formCalls = [
    "$('input[name=user]').val()", "$('input[name=remember]').val()", "$('input[name=news]').val()",
    "$('input[type=radio]').val()", "$('input[name=r]:checked').val()", "$('select[name=s]').val()",
    "$('select[name=m]').val()", "$('textarea').val()", "$('option').first().val()", "$('button').val()",
    "$('input[name=user]').val('alice').attr('value')", "$('select[name=s]').val('1').find('option:selected').text()",
    "$('select[name=m]').val(['x', 'y']).val()", "$('textarea').val('new').text()", "$('input[type=radio]').val('z').attr('value')",
    "$('form').serializeArray()", "$('form').serialize()", "$('input').serializeArray()", "$('input[name=remember]').prop('checked')",
    "$('input[name=news]').prop('checked')", "$('input[name=dis]').prop('disabled')", "$('input[name=user]').prop('value')",
    "$('input[name=news]').prop('checked', true).attr('checked')", "$('option:selected').length", ':checkbox',
    "$(':checkbox').length", "$(':radio').length", "$(':checked').length", "$(':disabled').length", "$(':enabled').length",
    "$(':submit').length", "$(':password').val()", "$(':button').length", "$(':input').length", "$(':text').length",
    "$('input:not([type])').attr('name')", "$('form').attr('action')"
  ];
  for (const c of formCalls) {
    if (c.charAt(0) === ':') continue;
    C(`(function () { var $ = ${L(FORM)}; return ${c}; })()`);
  }

  const xmlCalls = [
    "$('book').length", "$('Title').text()", "$('title').length", "$('book').attr('Lang')", "$('book').attr('lang')",
    "$('[Lang]').length", "$('empty').length", "$.html()", "$.xml()", "$('catalog').html()", "$('ns\\\\:item').text()",
    "$('book').first().children().map(function (i, e) { return e.name; }).get()", "$('price').map(function () { return $(this).text(); }).get()",
    "$.root().children().first()[0].name", "$.root()[0].children.length", "$('book:last-child').attr('id')"
  ];
  for (const c of xmlCalls) {
    C(`(function () { var $ = ${L(XMLDOC, '{xmlMode: true}')}; return ${c}; })()`);
    C(`(function () { var $ = ${L(XMLDOC)}; return ${c}; })()`);
  }

  // parsing and serialising
  const snippets = [
    '<p>unclosed <b>bold <i>italic</p>after', '<div><p>one<p>two<p>three</div>', '<ul><li>a<li>b<li>c</ul>',
    '<br><hr><img src=x><input value=y>', '<table><tr><td>a<td>b<tr><td>c</table>', '<p>a</p></p>extra</div>',
    '<br/>text<br />', '<a href=unquoted title=\'single\' data-x="double" checked>x</a>', '<A HREF="UP">Case</A>',
    '<p>&lt;&gt;&amp;&quot;&apos;&nbsp;&copy;&amp</p>', '<p>&notin; &notit; &amp &ampx &#65 &#x42 &#xZ &#;</p>',
    '<p title="&amp;&lt;x&gt; &quot;q&quot;">t</p>', '<p title="a&b">t</p>', '<p>caf\u00e9 \u2713 \ud83d\ude00</p>',
    '<script>if (a < b && c > d) { document.write("</div>"); }</script>', '<style>p > b { color: red; }</style>',
    '<textarea><b>raw?</b></textarea>', '<title>A &amp; B</title>', '<!DOCTYPE html><html><body>x</body></html>',
    '<!-- c1 --><p>x</p><!-- c2 -->', '<![CDATA[cdata here]]><p>x</p>', '<?xml version="1.0"?><r/>',
    '<svg viewBox="0 0 1 1"><path d="M0"/><circle r="1"></circle></svg>', '<div>\n  <span> a </span>\n  <span>b</span>\n</div>',
    'plain text only', '', '<p>one</p>two<p>three</p>', '<p class="a" class="b">dup</p>', '<p \n class="nl">x</p>',
    '<p>a<!--x-->b</p>', '<select><option>1<option>2</select>', '<p>x</P>', '<div/>text', '<p><div>block in p</div></p>',
    '<h1><p>p in h1</h1>', '<li>a</li><li>b', '<input type="text" disabled>', '<p data-a="1" data-b=\'{"x":[1,2]}\'>d</p>',
    '<p>line1\r\nline2</p>', '<p>\ttab</p>', '<img alt="">', '<p a="" b>attrs</p>', '<math><mi>x</mi></math>',
    '<p>x</p><script type="text/template"><p>tpl</p></script>', '<body><p>a</p></body><p>after body</p>'
  ];
  for (const s of snippets) {
    C(`(function () { var $ = ${L(s)}; return [$.html(), $.text(), $.root().children().length]; })()`);
    C(`(function () { var $ = ${L(s, '{xmlMode: true}')}; return [$.html(), $.text()]; })()`);
  }
  for (const s of snippets.slice(0, 12)) {
    C(`(function () { var $ = ${L(s, '{decodeEntities: false}')}; return [$.html(), $.text()]; })()`);
    C(`(function () { var $ = ${L(s, '{normalizeWhitespace: true}')}; return $.html(); })()`);
    C(`(function () { var $ = ${L(s)}; return $.html({decodeEntities: false}); })()`);
  }
  [
    "cheerio.version", "typeof cheerio.load", "typeof cheerio", "Object.keys(cheerio).sort()",
    "cheerio('<p>direct</p>').text()", "cheerio('<p>direct</p>').html()", "cheerio('p', '<div><p>a</p><p>b</p></div>').length",
    "cheerio.html(cheerio('<p>x</p>'))", "cheerio.text(cheerio('<p>x<b>y</b></p>'))", "cheerio.load('<p>a</p>').html()",
    "cheerio.load('<p>a</p>')('p').length", "cheerio.load('<p>a</p>').root().html()",
    "cheerio.load('<p>a</p>', {xmlMode: true}).xml()", "cheerio.load('<div><p>a</p></div>')('div').find('p').parent().is('div')",
    "cheerio.load('<ul><li>1</li><li>2</li></ul>')('li').last().text()", "cheerio.load(42).html()", "(function () { try { return cheerio.load(null).html(); } catch (e) { return e.constructor.name; } })()",
    "(function () { try { cheerio.load(); return 'ok'; } catch (e) { return 'threw'; } })()",
    "cheerio.load('<p>a</p>', 'x').html()", "cheerio.load('<p>a</p>', 5)('p').length",
    "cheerio.load('<P A=1>x</P>', {lowerCaseTags: false})('P').length",
    "cheerio.load('<P A=1>x</P>', {lowerCaseAttributeNames: false}).html()",
    "cheerio.load('<p>x</p>', {withDomLvl1: false})('p')[0].tagName",
    "cheerio.load('<a><![CDATA[x]]></a>', {recognizeCDATA: true}).html()",
    "cheerio.load('<a/><b>x</b>', {recognizeSelfClosing: true}).html()",
    "cheerio.load('<p>x</p>')('p')[0].tagName", "cheerio.load('<p>x</p>')('p')[0].firstChild.nodeValue",
    "cheerio.load(Buffer.from('<p>buf &amp; fer</p>')).html()", "cheerio.load(Buffer.from('<p>b</p>'))('p').text()"
  ].forEach((c) => C(c));
}


// ------------------------------------------------------------------ seeded random cases

let seed = 20240601;
function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }

// True when the code finishes quickly with the real library (some random manipulation chains
// build cycles and never end; those are left out).
function finishes(code) {
  const vm = require('vm');
  try {
    vm.runInContext(code, vm.createContext({ cheerio: real.cheerio }), { timeout: 500 });
    return true;
  } catch (e) {
    return !/timed out/.test(e.message);
  }
}

function randomCheerio(C) {
  const frags = ['<a>', '</a>', '<b x="1">', '</b>', '<br>', '<br/>', '<p>', '</p>', '<li>', '<ul>', '</ul>', 'text', ' ',
    '\n', '&amp;', '&lt;', '&foo;', '&#65;', '&#x4A;', '&copy', '&notin', '&', '<', '>', '"', "'", '<!-- c -->', '<!--',
    '-->', '<![CDATA[x]]>', '<?pi x?>', '<!DOCTYPE html>', '<script>', '</script>', '<style>', '</style>', '<div class=a>',
    '</div>', '<img src=x>', '<input checked>', '<t a=b c d="e" f=\'g\'>', '</t>', '<svg>', '</svg>', '<path/>', '\u00e9',
    '\ud83d\ude00', '<x:y>', '</x:y>', '<a =b>', '<a/ >', '</ a>', '<table>', '<tr>', '<td>', '</td>', '<select>',
    '<option>', '<textarea>', '</textarea>', '<title>', '</title>', '&nbsp;', '&#0;', '&#1234567;', '&amp', '<A>', '</A>',
    '<p\n>', '<a\thref="h">', '</br>', '<math>', '<mi>', '</mi>', '</math>', '<h1>', '</h1>', '<? x ?>', '<!x>', '<![CDATA['];
  for (let i = 0; i < 80; i++) {
    let s = '';
    const n = 1 + Math.floor(rnd() * 12);
    for (let k = 0; k < n; k++) s += pick(frags);
    C(`(function () { var $ = cheerio.load(${q(s)}); return [$.html(), $.text(), $('*').length]; })()`);
    if (i % 2) C(`(function () { var $ = cheerio.load(${q(s)}, {xmlMode: true}); return [$.html(), $.text()]; })()`);
  }

  const parts = ['div', 'p', 'li', 'ul', 'a', 'b', 'span', '*', '.x', '.y', '#i1', '[href]', '[data-a=1]', '[class~=y]',
    '[class^=x]', '[class$=y]', '[lang|=en]', '[title!=t]', ':first-child', ':last-child', ':nth-child(2)',
    ':nth-child(2n+1)', ':nth-last-child(odd)', ':nth-of-type(1)', ':only-child', ':empty', ':not(.x)', ':not(p, li)',
    ':has(b)', ':contains(hi)', ':root', ':header', ':parent', ':checked', ' ', ' > ', ' + ', ' ~ ', ', ',
    ':matches(.x, #i1)', ':first-of-type', ':last-of-type', ':icontains(HI)', ':nth-child(-n+3)', ':selected'];
  const doc = '<div id="main" class="x y"><p class="x" lang="en-GB">hi <b>there</b></p><ul><li id="i1" class="y">a b</li>' +
    '<li class="x y" data-a="1">hi</li><li></li><li><a href="#" title="t">l</a></li></ul><span lang="en">s<b></b></span>' +
    '<input type="checkbox" checked><select><option>1</option><option>2</option></select><input></div><p>tail <a href="/x">x</a></p>';
  for (let i = 0; i < 120; i++) {
    let sel = '';
    const n = 1 + Math.floor(rnd() * 4);
    for (let k = 0; k < n; k++) sel += pick(parts);
    C(`(function () { var $ = cheerio.load(${q(doc)}); try { var r = $(${q(sel)}); return [r.length, r.map(function (i, e) { return e.name + (e.attribs.id || '') + (e.attribs.class || ''); }).get(), $('li').filter(${q(sel)}).length, $('div').find(${q(sel)}).length, $('li').closest(${q(sel)}).length]; } catch (e) { return e instanceof SyntaxError ? 'SyntaxError: ' + e.message : e.constructor.name; } })()`);
  }

  const sels = ['li', 'ul', 'p', 'b', '.x', '#a', 'div', '*', 'li:first-child', 'span', 'input', 'option', 'select', 'textarea', 'nothing'];
  const ops = [
    (s) => `.find('${s}')`, () => '.children()', () => '.parent()', () => '.parents()', () => '.next()', () => '.prev()',
    () => '.siblings()', () => '.first()', () => '.last()', () => '.eq(1)', () => '.eq(-1)', (s) => `.filter('${s}')`,
    (s) => `.not('${s}')`, (s) => `.closest('${s}')`, () => '.contents()', () => ".addClass('n m')", () => ".removeClass('x')",
    () => ".toggleClass('x')", () => ".attr('data-k', 'v')", () => ".removeAttr('class')", () => ".append('<i>ap</i>')",
    () => ".prepend('<i>pp</i>')", () => ".after('<u>af</u>')", () => ".before('<u>bf</u>')", () => ".wrap('<section></section>')",
    () => ".text('T&')", () => ".html('<em>h</em>')", () => '.empty()', () => '.remove()', () => ".replaceWith('<hr>')",
    () => '.clone()', () => '.end()', () => ".css('color', 'red')", (s) => `.add('${s}')`, () => '.addBack()', () => '.nextAll()',
    () => '.prevAll()', () => ".nextUntil('.x')", () => ".prevUntil('li')", () => ".parentsUntil('div')", () => '.slice(1)',
    () => ".has('b')", () => ".val('zz')", () => ".prop('checked', true)", () => ".data('q', 1)", (s) => `.appendTo('${s}')`,
    (s) => `.prependTo('${s}')`, (s) => `.insertAfter('${s}')`, (s) => `.insertBefore('${s}')`
  ];
  const reads = ['.length', '.text()', '.html()', ".attr('class')", '.val()', '.toString()',
    ".map(function (i, e) { return e.type + ':' + (e.name || ''); }).get()", ".is('li')", '.index()', ".hasClass('x')",
    '.data()', '.css()'];
  const page = '<div id="a" class="x"><ul><li class="x">1</li><li>2 <b>b</b></li><li class="x y">3</li></ul><p>para <span>s</span></p>' +
    '<input value="v"><select><option>o1</option><option selected>o2</option></select><textarea>ta</textarea></div><p class="x">after</p>';
  let made = 0;
  while (made < 220) {
    let chain = `$('${pick(sels)}')`;
    const n = 1 + Math.floor(rnd() * 4);
    for (let k = 0; k < n; k++) chain += pick(ops)(pick(sels));
    const code = `(function () { var $ = cheerio.load(${q(page)}); try { var r = ${chain}; return [r${pick(reads)}, $.html()]; } catch (e) { return e.constructor.name; } })()`;
    if (!finishes(code)) continue;
    C(code);
    made++;
  }
}

// ------------------------------------------------------------------ xml2js

const xml = [];
const X = (code) => xml.push(code);

// Parses synchronously and lists every callback call ('ERR: message' or the result).
const P = (doc, opts) => `(function () { var out = []; var ret = require('xml2js').parseString(${q(doc)}, ${opts || '{}'}, function (e, r) { out.push(e ? 'ERR: ' + e.message : r); }); return out; })()`;

const docs = XML_DOCS;
const optionSets = [
  '{}',
  '{explicitArray: false}',
  '{explicitRoot: false}',
  '{ignoreAttrs: true}',
  '{mergeAttrs: true}',
  '{mergeAttrs: true, explicitArray: false}',
  "{attrkey: '@', charkey: '#text'}",
  '{explicitCharkey: true}',
  '{trim: true}',
  '{normalize: true}',
  '{trim: true, normalize: true, explicitArray: false}',
  '{normalizeTags: true}',
  '{emptyTag: null}',
  "{emptyTag: 'EMPTY', explicitArray: false}",
  '{explicitChildren: true}',
  '{explicitChildren: true, preserveChildrenOrder: true}',
  '{explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: true}',
  '{explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: true, includeWhiteChars: true}',
  "{explicitChildren: true, childkey: 'kids', charsAsChildren: true}",
  '{xmlns: true}',
  '{strict: false}',
  "{tagNameProcessors: [require('xml2js').processors.stripPrefix], attrNameProcessors: [require('xml2js').processors.stripPrefix]}",
  "{valueProcessors: [require('xml2js').processors.parseNumbers, require('xml2js').processors.parseBooleans]}",
  "{attrValueProcessors: [require('xml2js').processors.parseNumbers], attrNameProcessors: [require('xml2js').processors.normalize]}",
  "{tagNameProcessors: [require('xml2js').processors.firstCharLowerCase], explicitArray: false}",
  '{explicitArray: false, trim: true, mergeAttrs: false}'
];
for (const doc of docs) {
  for (const o of optionSets) X(P(doc, o));
}

for (const doc of docs) X(`xml2Json(${q(doc)})`);
for (const doc of BROKEN_DOCS) {
  X(P(doc));
  X(P(doc, '{strict: false}'));
  X(`xml2Json(${q(doc)})`);
}
[
  'xml2Json()', 'xml2Json(null)', 'xml2Json(42)', 'xml2Json({})', "xml2Json('')", "xml2Json('   ')",
  "xml2Json('{\"a\": 1}')", "xml2Json('<a>1</a>')", "typeof xml2Json('<a>1</a>')",
  "xml2Json('<a><b>1</b><b>2</b><c x=\"y\">t</c><d x=\"1\"/></a>')"
].forEach((c) => X(c));

// sax's 64 KiB buffer guard
const BIG = (doc) => `(function () { var big = new Array(70001).join('v'); var out = []; require('xml2js').parseString(${doc}, function (e, r) { out.push(e ? 'ERR: ' + e.message : JSON.stringify(r).length); }); return out; })()`;
[
  `'<a x="' + big`, `'<a x="' + big + '"/>'`, `'<a>' + big + '</a>'`, `'<a>' + big`, `'<a><![CDATA[' + big + ']]></a>'`,
  `'<a><![CDATA[' + big`, `'<a><!--' + big`, `'<a><!--' + big + '--></a>'`, `'<' + big`, `'<a ' + big`,
  `'<a>&' + big`, `'<?' + big`, `'<a>' + big + '<b/>' + big + '</a>'`
].forEach((d) => X(BIG(d)));

// processors on their own
const procs = ['normalize', 'firstCharLowerCase', 'stripPrefix', 'parseNumbers', 'parseBooleans'];
const procInputs = ['ABC', 'Abc', 'ns:tag', 'xmlns:tag', 'a:b:c', '42', '4.5', '-3', '1e3', '0x1F', '', ' ', '12abc',
  'true', 'FALSE', 'True', 'yes', 'NaN', 'Infinity', '007'];
for (const p of procs) {
  X(`(function () { var p = require('xml2js').processors.${p}; return [${procInputs.map(q).join(', ')}].map(function (s) { return p(s); }); })()`);
}

// API shape
[
  "Object.keys(require('xml2js')).sort()",
  "typeof require('xml2js').Parser",
  "typeof require('xml2js').parseStringPromise",
  "require('xml2js').parseStringPromise('<a/>') instanceof Promise",
  "require('xml2js').defaults['0.2']",
  "require('xml2js').defaults['0.1']",
  "new (require('xml2js').Parser)().options",
  "new (require('xml2js').Parser)({explicitArray: false, normalizeTags: true}).options.explicitArray",
  "(function () { var p = new (require('xml2js').Parser)(); var out = []; p.parseString('<a>1</a>', function (e, r) { out.push(r); }); p.parseString('<b>2</b>', function (e, r) { out.push(r); }); return out; })()",
  "(function () { var p = new (require('xml2js').Parser)(); var out = []; p.on('end', function (r) { out.push(['end', r]); }); p.parseString('<a>1</a>'); return out; })()",
  "(function () { var p = new (require('xml2js').Parser)(); var out = []; p.on('error', function (e) { out.push(e.message); }); p.parseString('<a>'); return out; })()",
  "(function () { try { new (require('xml2js').Parser)().parseString('<a>'); return 'no throw'; } catch (e) { return e.message; } })()",
  "(function () { try { require('xml2js').parseString('<a>1</a>', function () { throw new Error('from callback'); }); return 'no throw'; } catch (e) { return e.message; } })()",
  "(function () { var n = 0; try { require('xml2js').parseString('<a>1</a>', function () { n++; throw new Error('cb'); }); } catch (e) {} return n; })()",
  "typeof require('xml2js').parseString('<a>1</a>', function () {})",
  "require('xml2js').parseString('', function () {})",
  "(function () { var out = []; require('xml2js').parseString('<a>1</a>', function (e, r) { out.push(r); }); return out; })()",
  "(function () { var out = []; require('xml2js').parseString('<a>1</a>', {explicitArray: false}); return out; })()",
  "(function () { var out = []; require('xml2js').parseString(undefined, function (e, r) { out.push(e ? e.constructor.name : r); }); return out; })()",
  "(function () { var out = []; require('xml2js').parseString(12, function (e, r) { out.push(e ? e.message : r); }); return out; })()",
  "(function () { var out = []; require('xml2js').parseString({toString: function () { return '<x>y</x>'; }}, function (e, r) { out.push(e ? e.message : r); }); return out; })()",
  "(function () { var out = []; require('xml2js').parseString('<a><b>1</b></a>', {validator: function (xpath, cur, val) { out.push([xpath, cur === undefined ? 'u' : cur, val]); return val; }}, function (e, r) { out.push(e ? 'ERR ' + e.message : r); }); return out; })()",
  "(function () { var out = []; require('xml2js').parseString('<a><b>1</b><b>2</b></a>', {validator: function (xpath, cur, val) { if (xpath === '/a/b' && val === '2') throw new Error('bad b'); return val; }}, function (e, r) { out.push(e ? 'ERR ' + e.message : r); }); return out; })()",
  "(function () { var e = new (require('xml2js').ValidationError)('oops'); return [e.message, e instanceof Error, e.name]; })()",
  "(function () { var out = []; require('xml2js').parseString('<a>1</a>', {async: true}, function (e, r) { out.push(r); }); return out; })()"
].forEach((c) => X(c));

// Builder
const B = (obj, opts) => `new (require('xml2js').Builder)(${opts || ''}).buildObject(${obj})`;
const objects = BUILD_OBJECTS;
const builderOpts = [
  '', '{headless: true}', "{rootName: 'doc'}", '{renderOpts: {pretty: false}}',
  "{renderOpts: {pretty: true, indent: '\\t', newline: '\\r\\n'}}", '{cdata: true}',
  "{attrkey: '@', charkey: '#'}", "{xmldec: {version: '1.1', encoding: 'ISO-8859-1', standalone: false}}",
  '{xmldec: {version: \'1.0\'}}', "{doctype: {pubID: '-//W3C//DTD XHTML 1.0//EN', sysID: 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd'}}",
  "{doctype: {sysID: 'hello.dtd'}}", '{renderOpts: {pretty: true, allowEmpty: true}}',
  "{renderOpts: {pretty: true, spaceBeforeSlash: true, indent: '    '}}", '{renderOpts: {pretty: true, offset: 1}}',
  '{renderOpts: {pretty: true, dontPrettyTextNodes: true}}', '{renderOpts: null}'
];
for (const o of objects) X(B(o));
for (const o of objects.slice(0, 14)) {
  for (const bo of builderOpts.slice(1)) X(B(o, bo));
}
// round trips
for (const doc of docs.slice(0, 25)) {
  X(`(function () { var x = require('xml2js'); var r; x.parseString(${q(doc)}, function (e, v) { r = e ? null : v; }); return r === null ? 'error' : new x.Builder().buildObject(r); })()`);
}

// ------------------------------------------------------------------ cheerio

const ch = [];
cheerioVectors((c) => ch.push(c));
randomCheerio((c) => ch.push(c));

const out = (name, list) => {
  const file = path.join(__dirname, '..', name);
  const rows = list.map(evaluate);
  fs.writeFileSync(file, JSON.stringify(rows, null, 1) + '\n');
  console.log(name, rows.length, 'vectors,', rows.filter((r) => 'throws' in r).length, 'throwing');
};
out('xml2js.json', xml);
out('cheerio.json', ch);
