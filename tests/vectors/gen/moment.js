#!/usr/bin/env node
// Regenerates tests/vectors/moment.json from the real moment 2.30.1, loaded the way
// postman-sandbox 4.7.1 bundles it (moment/min/moment.min.js, where loading another locale
// fails, so only 'en' exists).
//
//   mkdir /tmp/m && cd /tmp/m && npm install moment@2.30.1
//   node tests/vectors/gen/moment.js /tmp/m/node_modules > tests/vectors/moment.json
//
// Each vector's `code` runs with direct eval where `require('moment')` is in scope; all vectors
// share one moment instance, in order (as one courier run does). Results must not depend on the
// time zone: the script runs itself again under several TZ values and fails listing any vector
// whose result changes. Results that depend on the current time are checked as properties.
'use strict';
const path = require('path');
const fs = require('fs');
const childProcess = require('child_process');

const modules = process.argv[2] || process.env.MOMENT_NODE_MODULES;
if (!modules) throw new Error('usage: node moment.js <node_modules dir with moment@2.30.1>');
const dir = path.resolve(modules, 'moment');
if (require(path.join(dir, 'package.json')).version !== '2.30.1') throw new Error('need moment@2.30.1');

function loadBundled() {
  const source = fs.readFileSync(path.join(dir, 'min/moment.min.js'), 'utf8');
  const module = { exports: {} };
  const failingRequire = (name) => { throw new Error("Cannot find module '" + name + "'"); };
  new Function('module', 'exports', 'require', 'define', source)(module, module.exports, failingRequire, undefined);
  return module.exports;
}
const real = { moment: loadBundled() };
real.moment.suppressDeprecationWarnings = true;

function evaluate(code) {
  // eslint-disable-next-line no-unused-vars
  const require = (name) => {
    if (!(name in real)) throw new Error('unexpected require ' + name);
    return real[name];
  };
  try {
    const v = eval(code);
    const j = JSON.stringify(v === undefined ? null : v);
    return { code, result: j === undefined ? null : JSON.parse(j) };
  } catch (e) {
    return { code, throws: String(e && e.message !== undefined ? e.message : e) };
  }
}

const M = "var moment = require('moment'); ";
const q = JSON.stringify;
const vectors = [];
function add(code) { vectors.push(M + code); }
function each(list, fn) { list.forEach((x) => add(fn(x))); }

// A fixed instant in several modes.
const T = "moment.utc('2021-03-04T05:06:07.089Z')";
const PM = "moment.utc('2021-11-22T17:08:09.123Z')";
const OFF = "moment.utc('2021-03-04T05:06:07.089Z').utcOffset(-330)";

// ------------------------------------------------------------------ parsing: ISO 8601

each([
  '2020-01-02', '2020-01-02T03:04', '2020-01-02T03:04:05', '2020-01-02T03:04:05.6', '2020-01-02T03:04:05.678',
  '2020-01-02T03:04:05.123456789', '2020-01-02T03:04:05,5', '2020-01-02T03:04:05Z', '2020-01-02T03:04:05+02:00',
  '2020-01-02T03:04:05-0530', '2020-01-02T03:04:05+05', '2020-01-02 03:04:05', '  2020-01-02', '20200102',
  '20200102T030405', '20200102T030405Z', '20200102T0304', '2020-01-02T03', '2020-01-02T0304', '2020-01-02T030405.5',
  '2020-W01', '2020-W01-3', '2020W013', '2020W53', '2020-W53-7', '2021-W53', '2020-123', '2020123', '2020-366',
  '2021-366', '2020-06', '202006', '2020', '+002020-01-01', '-000001-01-01', '+0020200101', '2020-13-01',
  '2020-02-30', '2020-02-29', '2019-02-29', '2020-01-01T25:00', '2020-01-01T24:00', '2020-01-01T24:00:01',
  '2020-01-01T23:60', '2020-01-01T23:59:60', '2020-06T10:00', '2020T10:00', '2020-01-01T10:00:00 Z',
  '2020-01-01T10:00:00+0200', '2020-01-01T10:00:00.000+00:00', '2020-01-01t10:00', '2020-01-01T10:00:00+2',
  '2020-1-1', '2020-01-1', '2020/01/01', '2020-01-01T10:00:00Zjunk', '2020-01-01T10:00:00.Z', '2020-W00',
  '2020-000', '0000-01-01', '9999-12-31T23:59:59.999Z'
], (s) => 'var m = moment.utc(' + q(s) + '); [m.isValid(), m.toISOString(), m.invalidAt()]');

each([
  '2020-01-02T03:04:05+02:00', '2020-01-02T03:04:05-08:00', '2020-01-02T03:04:05Z', '20200102T030405-0130'
], (s) => 'var m = moment(' + q(s) + '); [m.isValid(), m.toISOString(), m.valueOf()]');

each(['2020-01-02', '2020-01-02T03:04:05.006', '2020-06-15 13:14', '2020-W10-2', '2020-100'],
  (s) => 'moment(' + q(s) + ").format('YYYY-MM-DD HH:mm:ss.SSS')");

add("moment('2020-01-01T10:00:00', moment.ISO_8601).format('YYYY-MM-DD HH:mm')");
add("moment('2020-01-01 10:00', moment.ISO_8601, true).isValid()");
add("moment('01/02/2020', moment.ISO_8601).isValid()");
add("moment.utc('2020-01-01T10:00:00Z', [moment.ISO_8601, 'MM/DD/YYYY']).toISOString()");
add("moment.utc('01/02/2020', [moment.ISO_8601, 'MM/DD/YYYY']).toISOString()");

// ------------------------------------------------------------------ parsing: RFC 2822, ASP.NET, fallback

each([
  'Tue, 01 Nov 2016 01:23:45 +0000', 'Mon, 01 Nov 2016 01:23:45 +0000', '01 Nov 2016 01:23 GMT',
  '1 Nov 16 01:23:45 EST', '(comment) Tue, 01 Nov 2016 01:23:45 UT', 'Tue, 01 Nov 2016 01:23:45 z',
  'Tue, 01 Nov 2016 01:23:45 +0530', 'Tue, 01 Nov 2016 01:23:45 PDT', 'Tue, 01 Nov 2016 01:23:45 -0800',
  '01 Nov 99 01:23:45 GMT', '01 Nov 1999 25:23:45 GMT', '31 Feb 2016 01:23:45 GMT', 'Tue,  01  Nov 2016 01:23:45 GMT'
], (s) => 'var m = moment(' + q(s) + '); [m.isValid(), m.toISOString()]');
add("moment.utc('Tue, 01 Nov 2016 01:23:45 +0000', moment.RFC_2822).format()");
add("moment('Tue, 01 Nov 2016 01:23:45 +0000', moment.RFC_2822, true).parsingFlags().rfc2822");
add("moment.utc('2016-11-01', moment.RFC_2822).isValid()");

each(['/Date(1198908717056)/', '/Date(1198908717056-0700)/', 'Date(0)', '/date(-1000)/'],
  (s) => 'moment(' + q(s) + ').valueOf()');

// Not ISO or RFC 2822: moment falls back to Date.
each([
  '12/25/2020', 'Dec 25, 2020', '25 Dec 2020', 'December 25, 2020 10:00:00', '2020/12/25', '2020/12/25 10:30',
  '12-25-2020', 'Fri Dec 25 2020', '3/5/2024, 2:30:00 PM', 'Tuesday, March 5, 2024'
], (s) => 'var m = moment(' + q(s) + "); [m.isValid(), m.format('YYYY-MM-DD HH:mm:ss')]");
each(['12/25/2020', 'Dec 25, 2020 10:00', 'Fri Dec 25 2020 10:00:00 GMT+0100', '2020/12/25 10:30'],
  (s) => 'moment.utc(' + q(s) + ').toISOString()');
each(['garbage', '25/12/2020', '2020-12-25T10:00:00 UTC'],
  (s) => 'var m = moment(' + q(s) + '); [m.isValid(), m.format(), m.toISOString(), m.toJSON()]');
each(['not a date 2020', '1,2,3abc'], (s) => 'var m = moment(' + q(s) + "); [m.isValid(), m.format('YYYY-MM-DD HH:mm')]");
add("moment('2020-12-25 10:00 junk', 'YYYY-MM-DD HH:mm', true).isValid()");
add("moment('12/25/2020', true).isValid()");
add("moment.utc(new String('2020-01-01')).toISOString()");
add("moment.utc(new String('2020-01-01T10:00:00Z')).toISOString()");

// ------------------------------------------------------------------ parsing: other input types

add('moment.utc(0).toISOString()');
add('moment(1577836800000).toISOString()');
add('moment.utc(-1).toISOString()');
add('moment.utc(1.9).valueOf()');
add('moment(new Number(86400000)).toISOString()');
add('[moment(NaN).isValid(), moment(Infinity).isValid(), moment(8.64e15).isValid(), moment(8.64e15 + 1).isValid()]');
add('moment(new Date(0)).toISOString()');
add('moment.utc(new Date(Date.UTC(2020, 1, 29, 12))).format()');
add('moment(new Date(NaN)).isValid()');
add('var d = new Date(0); var m = moment(d); d.setTime(1000); m.valueOf()');
add("[moment(null).isValid(), moment('').isValid(), moment(undefined).isValid(), moment({}).isValid(), moment([]).isValid()]");
add("[moment(true).isValid(), moment(false).isValid(), moment(function () {}).isValid(), moment(/x/).isValid(), moment(new Map()).isValid()]");
add("moment(null).parsingFlags().nullInput");
add("moment('', 'YYYY').isValid()");
add("moment(null, 'YYYY').isValid()");
add("moment.utc(123, 'YYYY').year()");
each([
  '[2020]', '[2020, 1]', '[2020, 1, 29]', '[2019, 1, 29]', '[2020, 0, 1, 25]', "['2020', '3', '4']",
  '[2020, 0, 1, 24]', '[99, 0, 1]', '[2020, 12]', '[2020, 0, 1, 10, 20, 30, 400]', '[2020, 0, 1, 10, 60]',
  '[2020, 0, 1, 10, 0, 0, 1000]', "['x']", '[2020, -1]', '[0, 0, 1]', '[-5, 5, 5]', '[2020.7, 1.2, 3.9]'
], (a) => 'var m = moment.utc(' + a + '); [m.isValid(), m.toISOString(), m.invalidAt()]');
add("moment([2020, 5, 15, 10, 30]).format('YYYY-MM-DD HH:mm')");
each([
  '{year: 2020, month: 5, day: 15, hour: 10}', '{y: 2020, M: 1, d: 3}', '{years: 2020, months: 0, date: 31}',
  '{year: 2020, month: 1, date: 30}', "{year: '2021', month: '3', date: '4', hours: '5', minutes: '6', seconds: '7', ms: '8'}",
  '{year: 2020, month: 0, date: 1, foo: 5}', '{year: 2020, D: 9}', '{year: 2020, month: 0, day: 0}'
], (o) => 'var m = moment.utc(' + o + '); [m.isValid(), m.toISOString()]');
add("moment({hour: 5, minute: 7}).format('HH:mm:ss')");

// ------------------------------------------------------------------ parsing: formats

const FORMAT_CASES = [
  ['25/12/2020', 'DD/MM/YYYY'], ['12-25-2020 14:05', 'MM-DD-YYYY HH:mm'], ['2020-12-25 2:05 pm', 'YYYY-MM-DD h:mm a'],
  ['2020-12-25 12:05 AM', 'YYYY-MM-DD hh:mm A'], ['2020-12-25 12:05 PM', 'YYYY-MM-DD hh:mm A'],
  ['2020-12-25 13:05 PM', 'YYYY-MM-DD HH:mm A'], ['2020-12-25 2:05 p.m.', 'YYYY-MM-DD h:mm a'],
  ['5 Dec 2020', 'D MMM YYYY'], ['December 5th, 2020', 'MMMM Do, YYYY'], ['Dec 21st 2020', 'MMM Do YYYY'],
  ['Friday, December 25 2020', 'dddd, MMMM D YYYY'], ['Thursday, December 25 2020', 'dddd, MMMM D YYYY'],
  ['1600000000', 'X'], ['1600000000.5', 'X'], ['1600000000123', 'x'], ['-1000', 'x'],
  ['2020-12-25T10:00:00+05:30', 'YYYY-MM-DDTHH:mm:ssZ'], ['2020-12-25 10:00:00 -0800', 'YYYY-MM-DD HH:mm:ss ZZ'],
  ['2020-12-25 10:00 Z', 'YYYY-MM-DD HH:mm Z'], ['20', 'YY'], ['69', 'YY'], ['68', 'YY'], ['2020-100', 'YYYY-DDD'],
  ['2020-W10-3', 'GGGG-[W]WW-E'], ['2020-10-3', 'gggg-ww-e'], ['2020-10', 'gggg-ww'], ['3 2020', 'Q YYYY'],
  ['2020-01-01 24:00', 'YYYY-MM-DD k:mm'], ['2020-01-01 930', 'YYYY-MM-DD hmm'], ['2020-01-01 093015', 'YYYY-MM-DD Hmmss'],
  ['2020-01-01 10:00:00.1', 'YYYY-MM-DD HH:mm:ss.S'], ['2020-01-01 10:00:00.12', 'YYYY-MM-DD HH:mm:ss.SS'],
  ['2020-01-01 10:00:00.123456', 'YYYY-MM-DD HH:mm:ss.SSSSSS'], ['2020 at 05', 'YYYY [at] MM'],
  ['on 2020-05-06', '[on] YYYY-MM-DD'], ['2020/05/06', 'YYYY-MM-DD'], ['2020 05 06', 'YYYY-MM-DD'],
  ['20200506', 'YYYYMMDD'], ['2020-5-6', 'YYYY-M-D'], ['The date is 2020-05-06!', 'YYYY-MM-DD'],
  ['2020-05-06 extra', 'YYYY-MM-DD'], ['2020-05', 'YYYY-MM-DD'], ['May 6 2020', 'MMM D YYYY'],
  ['Mayo 6 2020', 'MMM D YYYY'], ['Foo 6 2020', 'MMM D YYYY'], ['2020-13-06', 'YYYY-MM-DD'],
  ['2020-02-30', 'YYYY-MM-DD'], ['12/25/2020', 'L'], ['December 25, 2020', 'LL'], ['December 25, 2020 3:04 PM', 'LLL'],
  ['3:04 PM', 'LT'], ['2020-12-25', 'YYYY-MM-DD HH:mm'], ['10:30', 'HH:mm'], ['1 AD', 'y N'],
  ['5 BC', 'y N'], ['2020 Anno Domini', 'y NNNN'], ['2020th', 'yo'], ['+002020-01-01', 'YYYYYY-MM-DD'],
  ['-2020', 'Y'], ['12020', 'Y'], ['Mo 2020', 'dd YYYY'], ['2020-01-06 Mon', 'YYYY-MM-DD ddd'],
  ['2020-01-06 Tue', 'YYYY-MM-DD ddd'], ['2020-01-06 Xyz', 'YYYY-MM-DD ddd'], ['2020 200', 'YYYY DDDD'],
  ['2020 400', 'YYYY DDD'], ['2020-01-01 5 pm', 'YYYY-MM-DD h a'], ['2020-01-01 pm', 'YYYY-MM-DD a'],
  ['2020-01-01 13', 'YYYY-MM-DD hh'], ['2020-01-01 00', 'YYYY-MM-DD hh'], ['2020 12 UTC', 'YYYY MM z'],
  ['2020-06-15T10:00:00.000Z', 'YYYY-MM-DDTHH:mm:ss.SSSZ'], ['15.06.2020', 'DD.MM.YYYY'],
  ['2020-06-15 w', 'YYYY-MM-DD [w]'], ['1st 2nd 2020', 'Do Mo YYYY']
];
FORMAT_CASES.forEach(([s, f]) => {
  add('var m = moment.utc(' + q(s) + ', ' + q(f) + '); [m.isValid(), m.isValid() ? m.toISOString() : null]');
});
[
  ['2020-12-25', 'YYYY-MM-DD'], ['2020-12-25 ', 'YYYY-MM-DD'], ['2020-1-25', 'YYYY-MM-DD'], ['2020-01-05', 'YYYY-M-D'],
  ['2020-1-5', 'YYYY-M-D'], ['2020-12-25 1:05 PM', 'YYYY-MM-DD h:mm A'], ['2020-12-25 01:05 PM', 'YYYY-MM-DD h:mm A'],
  ['2020-12-25 13:05', 'YYYY-MM-DD hh:mm'], ['December 25th, 2020', 'MMMM Do, YYYY'], ['Dec 25th, 2020', 'MMMM Do, YYYY'],
  ['December 25, 2020', 'MMM D, YYYY'], ['Friday 2020-12-25', 'dddd YYYY-MM-DD'], ['Fri 2020-12-25', 'dddd YYYY-MM-DD'],
  ['2020-12-25T10:00:00.1234', 'YYYY-MM-DDTHH:mm:ss.SSS'], ['20-12-25', 'YYYY-MM-DD'], ['2020-12-25', 'YYYY-MM-DD HH'],
  ['2020-12-25 0:05', 'YYYY-MM-DD H:mm'], ['2020-12-25 00:05', 'YYYY-MM-DD H:mm'], ['2020-12-25 5:5', 'YYYY-MM-DD H:m'],
  ['25th', 'Do'], ['25', 'Do'], ['2020 at 10', 'YYYY [at] HH'], ['2020 AT 10', 'YYYY [at] HH'], ['1 BC', 'y N'],
  ['1 Before Christ', 'y NNNN'], ['1 BC', 'y NNNN']
].forEach(([s, f]) => {
  add('var m = moment.utc(' + q(s) + ', ' + q(f) + ', true); [m.isValid(), m.isValid() ? m.toISOString() : null]');
});
add("var f = moment.utc('2020-13-45 junk', 'YYYY-MM-DD', true).parsingFlags(); [f.overflow, f.charsLeftOver, f.unusedTokens, f.unusedInput, f.empty, f.invalidMonth, f.iso]");
add("var f = moment.utc('x 2020 y', 'YYYY MM').parsingFlags(); [f.overflow, f.charsLeftOver, f.unusedTokens, f.unusedInput, f.empty]");
add("var f = moment.utc('Foo 2020', 'MMM YYYY').parsingFlags(); [f.invalidMonth, f.overflow]");
add("moment.utc('2020-01-01T10:00:00Z').parsingFlags().iso");
add("moment.utc('2020-02-30').invalidAt()");
add("moment.utc('2020-01-01', 'YYYY-MM-DD', true).creationData().format");
add("var c = moment.utc('2020-01-01', 'YYYY-MM-DD', true).creationData(); [c.input, c.isUTC, c.strict]");
each([
  "['MM/DD/YYYY', 'YYYY-MM-DD']", "['YYYY-MM-DD', 'MM/DD/YYYY']", "['DD-MM-YYYY', 'MM-DD-YYYY']",
  "['MM-DD-YYYY', 'DD-MM-YYYY']", "['YYYY', 'YYYY-MM-DD HH:mm']", '[]', "['x', 'y']", "['YYYY-MM-DD', moment.ISO_8601]"
], (fs) => "var m = moment.utc('2020-12-11 10:30', " + fs + '); [m.isValid(), m.toISOString()]');
add("var m = moment.utc('13-12-2020', ['MM-DD-YYYY', 'DD-MM-YYYY']); [m.isValid(), m.toISOString()]");
add("var m = moment.utc('2020-12-11', ['YYYY-MM-DD HH:mm', 'YYYY-MM-DD'], true); [m.isValid(), m.toISOString()]");
add("moment.utc('2020-12-11', []).parsingFlags().invalidFormat");
add("moment('2020-12-11 10:30', 'YYYY-MM-DD HH:mm').format('YYYY-MM-DD HH:mm:ss')");
add("moment('2020-12-11', 'YYYY-MM-DD', 'en').format('L')");
add("moment('2020-12-11', 'YYYY-MM-DD', 'fr', true).locale()");
add("moment.utc('2020-12-11', 'YYYY-MM-DD', true).isUTC()");
add("moment.parseTwoDigitYear('50')");

// ------------------------------------------------------------------ utc, unix, parseZone, invalid, clone

add("moment.unix(1577836800).utc().format()");
add("moment.unix(1577836800.123).valueOf()");
add("moment.unix('1577836800').valueOf()");
add("moment.unix('abc').isValid()");
add("moment.utc(moment('2020-01-01T10:00:00+05:00')).format()");
add("moment.utc([2020, 0, 1]).isUTC()");
add("moment.utc().isUTC()");
add("var m = moment.parseZone('2020-01-01T10:00:00-05:00'); [m.format(), m.utcOffset(), m.isUtcOffset(), m.isUTC()]");
add("var m = moment.parseZone('2020-01-01T10:00:00+00:00'); [m.format(), m.utcOffset(), m.isUTC()]");
add("var m = moment.parseZone('2020-01-01T10:00:00'); [m.format(), m.utcOffset()]");
add("moment.parseZone('2020-01-01 10:00 +0530', 'YYYY-MM-DD HH:mm ZZ').format()");
add("moment.parseZone('Tue, 01 Nov 2016 01:23:45 -0700').format()");
add("moment('2020-01-01T10:00:00+09:00').parseZone().format('YYYY-MM-DD HH:mm Z')");
add("moment.parseZone('garbage').isValid()");
add("moment.parseZone(0).isValid()");
add("var m = moment.invalid(); [m.isValid(), m.format(), m.toISOString(), m.toJSON(), m.valueOf(), m.unix(), m.year(), m.inspect()]");
add("moment.invalid().parsingFlags().userInvalidated");
add("moment.invalid({invalidMonth: 'Foo'}).parsingFlags().invalidMonth");
add("moment('garbage').inspect()");
add("[moment.isMoment(moment()), moment.isMoment(new Date()), moment.isMoment({_isAMomentObject: true}), moment.isMoment(null), moment.isMoment()]");
add("[moment.isDate(new Date()), moment.isDate(new Date(NaN)), moment.isDate(moment()), moment.isDate('2020-01-01'), moment.isDate(0)]");
add("[moment() instanceof moment, moment.fn === moment.prototype, moment.isDuration(moment.duration(1)), moment.isDuration(1)]");
add("var a = moment.utc('2020-01-01'); var b = moment(a); b.add(1, 'd'); [a.format(), b.format(), b.isUTC()]");
add("var a = moment.utc('2020-01-01'); var b = a.clone().add(1, 'y'); [a.year(), b.year()]");
add("var a = moment.parseZone('2020-01-01T00:00:00+03:00'); a.clone().format()");
add("var a = moment('2020-01-01T00:00:00Z'); moment.utc(a).format()");
add("moment.min(moment.utc('2020-01-01'), moment.utc('2019-01-01'), moment.utc('2021-01-01')).format()");
add("moment.max(moment.utc('2020-01-01'), moment.utc('2019-01-01'), moment.utc('2021-01-01')).format()");
add("moment.max([moment.utc('2020-01-01'), moment.utc('2022-01-01')]).format()");
add("moment.max(moment.utc('2020-01-01'), moment.invalid()).isValid()");
add("[moment.min().isValid(), moment.min([]).isValid()]");
add("moment.utc('2020-01-01').min('2019-01-01T00:00:00Z').toISOString()");
add("moment.utc('2020-01-01').max('2019-01-01T00:00:00Z').toISOString()");
add("moment.utc('2020-01-01').max('garbage').isValid()");

// ------------------------------------------------------------------ formatting

const TOKENS = [
  'YYYY', 'YY', 'Y', 'YYYYY', 'YYYYYY', 'M', 'MM', 'MMM', 'MMMM', 'Mo', 'D', 'DD', 'Do', 'DDD', 'DDDD', 'DDDo',
  'd', 'do', 'dd', 'ddd', 'dddd', 'e', 'E', 'w', 'ww', 'wo', 'W', 'WW', 'Wo', 'gg', 'gggg', 'ggggg', 'GG', 'GGGG',
  'GGGGG', 'Q', 'Qo', 'H', 'HH', 'h', 'hh', 'k', 'kk', 'hmm', 'hmmss', 'Hmm', 'Hmmss', 'a', 'A', 'm', 'mm', 's', 'ss',
  'S', 'SS', 'SSS', 'SSSS', 'SSSSS', 'SSSSSS', 'SSSSSSS', 'SSSSSSSS', 'SSSSSSSSS', 'X', 'x', 'z', 'zz', 'Z', 'ZZ',
  'N', 'NN', 'NNN', 'NNNN', 'NNNNN', 'y', 'yy', 'yyy', 'yyyy', 'yo', 'LT', 'LTS', 'L', 'LL', 'LLL', 'LLLL', 'l', 'll',
  'lll', 'llll'
];
add(T + '.format(' + q(TOKENS.join(' | ')) + ')');
add(PM + '.format(' + q(TOKENS.join(' | ')) + ')');
add(OFF + '.format(' + q(TOKENS.join(' | ')) + ')');
add("moment('2021-03-04T05:06:07.089').format(" + q(TOKENS.filter((t) => !/^[XxZz]/.test(t)).join(' | ')) + ')');
each([
  '[today is] dddd', '[[nested]] YYYY', '[unclosed YYYY', 'YYYY]', '\\YYYY', '\\[YYYY\\]', 'Y\\Y', 'w|w', 'W|',
  'YYYYYYY', 'MMMMM', 'DDDDD', 'ddddd', 'SSSSSSSSSS', 'HHH', 'hhh', 'aA', 'Do [of] MMMM', 'LTS LT', '[LT] LT',
  'LLLLL', 'llll l', 'T', 'YYYY-MM-DDTHH:mm:ss.SSSZ', 'QQ', 'ee', 'EE', 'xx', 'XX', 'kkk', 'GGGGGG', 'ggg',
  'yyyyy', 'NNNNNN', 'ZZZ', 'zzz', 'é ü 日本 YYYY', '', ' ', 'foo bar', 'YYYY [', '[]', 'dddo', 'MMo', 'Do Do'
], (f) => T + '.format(' + q(f) + ')');
each([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 24, 30, 31], (d) => "moment.utc([2021, 0, " + d + "]).format('Do DDDo')");
each(['[2021, 0, 1, 0]', '[2021, 0, 1, 11, 59]', '[2021, 0, 1, 12]', '[2021, 0, 1, 23, 59, 59, 999]'],
  (a) => 'moment.utc(' + a + ").format('h hh k kk H a A hmm Hmm')");
each(['[5, 0, 1]', '[99, 11, 31]', '[999, 5, 5]', '[-1, 0, 1]', '[-44, 2, 15]', '[10000, 0, 1]', '[275760, 8, 13]', '[0, 0, 1]'],
  (a) => 'var m = moment.utc(' + a + "); [m.format('Y YY YYYY YYYYY YYYYYY N y yo'), m.toISOString(), m.toISOString(true), m.format()]");
each(['[2020, 11, 31]', '[2021, 0, 1]', '[2021, 0, 3]', '[2021, 0, 4]', '[2024, 11, 30]', '[2026, 11, 31]', '[2027, 0, 2]'],
  (a) => 'moment.utc(' + a + ").format('d e E w W gggg GGGG gg GG ww WW')");
each([0, 60, -60, 330, -330, 345, 600, -720, 840, 59, -1],
  (o) => T + '.utcOffset(' + o + ').format()');
each([330, -480, 0], (o) => T + '.utcOffset(' + o + ").format('Z ZZ z zz [|] YYYY-MM-DD HH:mm')");
add(T + '.format()');
add(T + '.toISOString()');
add(T + '.toISOString(true)');
add(OFF + '.toISOString(true)');
add(OFF + '.toISOString()');
add(OFF + ".toISOString('yes')");
add(T + '.toJSON()');
add(T + '.toString()');
add(OFF + '.toString()');
add(T + '.toDate().toISOString()');
add(T + '.toArray()');
add(OFF + '.toArray()');
add(T + '.toObject()');
add(T + '.valueOf()');
add(T + '.unix()');
add('moment.utc(-1500).unix()');
add(T + '.inspect()');
add(OFF + '.inspect()');
add("moment('2021-03-04T05:06:07.089').inspect()");
add("moment.utc([12345, 0, 1]).inspect()");
add('JSON.stringify({when: ' + T + '})');
add('String(' + T + ')');
add(T + " + ''");
add('+' + T);
add(T + '.format(null)');
add(T + '.format(undefined)');
add("moment('2021-03-04T05:06:07').format('YYYY-MM-DDTHH:mm:ss')");
add("moment.utc('2021-03-04T05:06:07Z').local().format('YYYY') === '2021'");
add("moment.defaultFormat");
add("moment.defaultFormatUtc");
add("var old = moment.defaultFormatUtc; moment.defaultFormatUtc = 'YYYY'; var r = " + T + ".format(); moment.defaultFormatUtc = old; r");

// ------------------------------------------------------------------ getters and setters

add('var m = ' + T + '; [m.millisecond(), m.milliseconds(), m.second(), m.seconds(), m.minute(), m.minutes(), m.hour(), m.hours(), m.date(), m.day(), m.days(), m.weekday(), m.isoWeekday(), m.dayOfYear(), m.week(), m.weeks(), m.isoWeek(), m.isoWeeks(), m.month(), m.quarter(), m.quarters(), m.year(), m.weekYear(), m.isoWeekYear(), m.daysInMonth(), m.weeksInYear(), m.weeksInWeekYear(), m.isoWeeksInYear(), m.isoWeeksInISOWeekYear(), m.dates(), m.months(), m.years()]');
add('var m = ' + OFF + '; [m.hour(), m.date(), m.day(), m.month(), m.year(), m.utcOffset()]');
each(['y', 'year', 'years', 'M', 'months', 'Q', 'w', 'W', 'd', 'D', 'date', 'DDD', 'e', 'E', 'h', 'H', 'm', 's', 'ms',
  'gg', 'GG', 'weekYear', 'foo', 'Years', 'DAYS'],
(u) => 'var r = ' + T + '.get(' + q(u) + "); typeof r === 'object' ? 'moment' : r");
each([
  "set('month', 5)", "set('M', 'March')", "set({year: 2020, month: 1, date: 29})", "set({date: 31, month: 3})",
  "set({hour: 25})", "set('foo', 5)", "set({})", "set('year', 2020)", "set('D', '15')", "set({ms: 1234})",
  'year(2020)', 'year(2021).month(1).date(29)', "month('Feb')", "month('february')", "month('13')", 'month(13)',
  'month(-1)', "month('foo')", 'month(1.5)', 'date(31)', 'date(0)', 'date(-1)', 'date(32)', "day('Monday')",
  "day('mon')", "day('Mo')", 'day(7)', 'day(-1)', "day('3')", "day('xyz')", 'weekday(0)', 'weekday(6)', 'weekday(7)',
  'isoWeekday(7)', 'isoWeekday(1)', "isoWeekday('Sunday')", "isoWeekday('Mon')", 'dayOfYear(100)', 'dayOfYear(400)',
  'week(1)', 'week(53)', 'isoWeek(1)', 'isoWeek(53)', 'quarter(3)', 'quarter(1)', 'weekYear(2022)', 'isoWeekYear(2020)',
  'hour(25)', 'hours(-1)', 'minute(-1)', 'minutes(90)', "second('30')", 'seconds(61)', 'millisecond(1500)',
  'milliseconds(-1)', 'hour(NaN)', "hour('abc')", 'year(NaN)', 'hour(null)', 'hour(undefined)', 'month(null)'
], (s) => 'var r = ' + T + '.' + s + "; r && r._isAMomentObject ? r.toISOString() : r");
add("moment.utc('2020-02-29').year(2021).format('YYYY-MM-DD')");
add("moment.utc('2020-01-31').month(1).format('YYYY-MM-DD')");
add("moment.utc('2021-01-31').set({month: 1, date: 15}).format('YYYY-MM-DD')");
add("var m = moment.invalid(); [m.year(2020).isValid(), m.month(3).isValid(), m.day(3).isValid(), m.weekday(), m.isoWeekday(), m.utcOffset(), m.day(), m.hour()]");
each(['[2020, 1]', '[2021, 1]', '[1900, 1]', '[2000, 1]', '[2021, 3]', '[2021, 11]'],
  (a) => 'moment.utc(' + a + ').daysInMonth()');
each([2000, 1900, 2024, 2023, 2100, 1600, 0, -4],
  (y) => 'moment.utc([' + y + ']).isLeapYear()');
each([2015, 2020, 2021, 2026], (y) => 'var m = moment.utc([' + y + ', 6]); [m.weeksInYear(), m.isoWeeksInYear()]');
add("var m = moment('2021-03-04T05:06:07'); m.hour(12).minute(30).date(10).month(5).year(2019); m.format('YYYY-MM-DD HH:mm:ss')");
add("moment('2021-07-04T10:00:00').weekday(0).format('YYYY-MM-DD')");

// utcOffset, utc, local
each([
  'utcOffset(120)', "utcOffset('+05:30')", "utcOffset('-0800')", "utcOffset('Z')", "utcOffset('+05')",
  'utcOffset(5)', 'utcOffset(-15)', 'utcOffset(16)', 'utcOffset(-90)', "utcOffset('garbage')", 'utcOffset(60, true)',
  "utcOffset('+01:00', true)", 'utcOffset(0.5)', 'utcOffset(1.5)', "utcOffset('2020-01-01T00:00:00+03:00')",
  'utcOffset(NaN)', 'zone(60)', "zone('+02:00')", 'utc()', 'utc(true)'
], (s) => 'var m = ' + T + '.' + s + '; [m.format(), m.utcOffset(), m.valueOf(), m.isUTC(), m.isUtcOffset()]');
add(T + '.zone()');
add(OFF + '.zone()');
add("var m = moment.utc('2021-03-04T05:06:07Z').utcOffset(180); m.utc().format()");
add("var m = moment.utc('2021-03-04T05:06:07Z').utcOffset(180, true); [m.format(), m.valueOf()]");
add("var m = moment.parseZone('2021-03-04T05:06:07+02:00'); m.utc(true).format()");
add("var m = moment.utc('2021-03-04T05:06:07Z'); var l = m.clone().local(); [l.isLocal(), l.isUTC(), l.valueOf() === m.valueOf(), l.utc().format()]");
add("var m = moment.utc('2021-03-04T05:06:07Z'); m.local(true).format('YYYY-MM-DD HH:mm:ss')");
add("var m = moment('2021-03-04T05:06:07'); [m.isLocal(), m.isUTC(), m.isUtc(), m.isUtcOffset(), m.local() === m]");
add("var m = moment('2021-03-04T05:06:07'); m.utc(true).format()");
add("var m = moment('2021-03-04T05:06:07'); m.utcOffset(120, true).format()");
add("[moment.utc().isDST(), " + OFF + ".isDST()]");
add("[moment.utc('2021-03-04T05:00:00Z').hasAlignedHourOffset(), " + OFF + ".hasAlignedHourOffset(), " + OFF + ".hasAlignedHourOffset(moment.utc().utcOffset(30))]");
add("[" + T + ".zoneAbbr(), " + T + ".zoneName(), " + OFF + ".zoneAbbr(), moment('2021-01-01').zoneAbbr()]");
add("moment.utc('2021-03-04').isDSTShifted()");
add("moment.utc([2021, 1, 30]).isDSTShifted()");

// ------------------------------------------------------------------ manipulation

const ADDS = [
  "add(1, 'days')", "add(1, 'd')", "add(1, 'day')", "add(2, 'M')", "add(2, 'months')", "add(1, 'y')", "add(1, 'years')",
  "add(3, 'h')", "add(3, 'hours')", "add(500, 'ms')", "add(90, 'm')", "add(90, 's')", "add(1, 'Q')", "add(2, 'quarters')",
  "add(1, 'w')", "add(2, 'weeks')", "add({days: 1, hours: 2})", "add({y: 1, M: 1, d: 1, h: 1, m: 1, s: 1, ms: 1})",
  "add(moment.duration(2, 'days'))", "add(moment.duration('PT1H30M'))", "add('1', 'day')", "add('day', 1)",
  "add('days', '3')", "add(1.5, 'days')", "add(2.5, 'days')", "add(-1.5, 'days')", "add(1.5, 'months')", "add(1.5, 'hours')",
  "add(1.5, 'years')", "add(1, 'foo')", "add(NaN, 'd')", "add(null)", 'add()', "add('P1D')", "add('01:30:00')",
  "add('1.02:03:04')", "add(1000)", "add('x', 'days')", "add(1, 'D')", "add(1, 'DAYS')", "add(1, 'Days')",
  "add(1, 'isoWeek')", "add(1, 'E')", "add({weeks: 1, quarters: 1})", "add(-1, 'month')", "add(12, 'months')",
  "add(1, 'weekday')", "add(Infinity, 'days')", "add(1e10, 'days')", "add([1], 'days')", "add(true, 'days')",
  "subtract(1, 'days')", "subtract(1, 'months')", "subtract({hours: 5})", "subtract(moment.duration(1, 'y'))",
  "subtract('months', 2)", "subtract(-2, 'w')", "subtract(1.5, 'd')"
];
each(ADDS, (s) => T + '.' + s + '.toISOString()');
each(["add(1, 'month')", "add(-1, 'month')", "add(1, 'year')", "subtract(1, 'month')", "add(13, 'months')"],
  (s) => "[moment.utc('2020-01-31')." + s + ".format('YYYY-MM-DD'), moment.utc('2020-03-31')." + s + ".format('YYYY-MM-DD'), moment.utc('2020-02-29')." + s + ".format('YYYY-MM-DD')]");
add("moment('2021-03-04T05:06:07').add(1, 'days').format('YYYY-MM-DD HH:mm:ss')");
add("moment('2021-03-04T05:06:07').add(1, 'months').subtract(2, 'hours').format('YYYY-MM-DD HH:mm:ss')");
add("moment.invalid().add(1, 'd').isValid()");
add("var m = " + T + "; m.add(1, 'd') === m");

const UNITS = ['year', 'years', 'y', 'quarter', 'Q', 'month', 'M', 'week', 'w', 'isoWeek', 'W', 'day', 'd', 'date', 'D',
  'hour', 'h', 'minute', 'm', 'second', 's', 'millisecond', 'ms', 'foo', undefined, 'weekYear', 'dayOfYear'];
each(UNITS, (u) => '[' + T + '.startOf(' + q(u) + ').toISOString(), ' + T + '.endOf(' + q(u) + ').toISOString()]');
each(['year', 'month', 'week', 'isoWeek', 'day', 'hour', 'minute'],
  (u) => '[' + OFF + '.startOf(' + q(u) + ').format(), ' + OFF + '.endOf(' + q(u) + ').format()]');
each(['year', 'quarter', 'month', 'week', 'isoWeek', 'day', 'hour'],
  (u) => "[moment('2021-03-04T05:06:07.089').startOf(" + q(u) + ").format('YYYY-MM-DD HH:mm:ss.SSS'), moment('2021-03-04T05:06:07.089').endOf(" + q(u) + ").format('YYYY-MM-DD HH:mm:ss.SSS')]");
each(['[2021, 0, 3]', '[2021, 0, 4]', '[2021, 0, 10, 23, 59]', '[50, 5, 5]', '[-100, 5, 5]'],
  (a) => "var m = moment.utc(" + a + "); [m.clone().startOf('week').format(), m.clone().startOf('isoWeek').format(), m.clone().endOf('year').format(), m.clone().startOf('quarter').format()]");
add("moment.invalid().startOf('day').isValid()");

// ------------------------------------------------------------------ queries and comparisons

const A = "moment.utc('2021-03-04T05:06:07Z')";
each([
  "isBefore('2021-03-04T05:06:08Z')", "isBefore('2021-03-04T05:06:07Z')", "isAfter('2021-03-04T05:06:06Z')",
  "isAfter(moment.utc('2022-01-01'))", "isSame('2021-03-04T05:06:07Z')", "isSame('2021-03-04T23:00:00Z', 'day')",
  "isSame('2021-03-05T00:00:00Z', 'day')", "isSame('2021-12-31T23:59:59Z', 'year')", "isSame('2021-03-01T00:00:00Z', 'month')",
  "isSame('2021-03-07T00:00:00Z', 'week')", "isSame('2021-03-07T00:00:00Z', 'isoWeek')", "isBefore('2021-03-05T00:00:00Z', 'day')",
  "isBefore('2021-03-04T23:59:59Z', 'day')", "isAfter('2021-03-03T23:59:59Z', 'day')", "isAfter('2021-03-04T00:00:00Z', 'day')",
  "isSameOrBefore('2021-03-04T05:06:07Z')", "isSameOrBefore('2021-03-04T05:06:06Z')", "isSameOrAfter('2021-03-04T05:06:07Z')",
  "isSameOrAfter('2021-03-04', 'day')", "isSameOrBefore('2021-02-28T00:00:00Z', 'month')",
  "isBetween('2021-01-01T00:00:00Z', '2021-12-31T00:00:00Z')", "isBetween('2021-12-31T00:00:00Z', '2021-01-01T00:00:00Z')",
  "isBetween('2021-03-04T05:06:07Z', '2021-12-31T00:00:00Z')", "isBetween('2021-03-04T05:06:07Z', '2021-12-31T00:00:00Z', null, '[)')",
  "isBetween('2021-01-01T00:00:00Z', '2021-03-04T05:06:07Z', null, '(]')", "isBetween('2021-03-04T05:06:07Z', '2021-03-04T05:06:07Z', null, '[]')",
  "isBetween('2021-03-04T05:06:07Z', '2021-03-04T05:06:07Z', null, '()')", "isBetween('2021-03-01T00:00:00Z', '2021-03-31T00:00:00Z', 'month')",
  "isBetween('2021-03-01T00:00:00Z', '2021-03-31T00:00:00Z', 'month', '[]')", "isBetween('2021-03-04T00:00:00Z', '2021-03-05T00:00:00Z', 'day', '[)')",
  "isBetween('garbage', '2022-01-01')", "isBefore('garbage')", "isAfter(null)", "isSame(moment.invalid())",
  'isBefore(1614834367001)', 'isAfter(new Date(0))', 'isSame(1614834367000)', 'isBefore([2021, 2, 5])',
  "isAfter(moment.utc({year: 2021, month: 2, day: 4, hour: 5}))", "isAfter({year: 2021, month: 2, day: 3})", "isBefore('2021-03-04T05:06:08Z', 'foo')",
  "isSame('2021-03-04T05:06:07.500Z', 'second')", "isSame('2021-03-04T05:06:07.500Z', 's')", 'isBefore()', 'isAfter()'
], (s) => A + '.' + s);
add("moment.invalid().isBefore(moment())");
add("moment.utc('2021-03-04').isBefore(moment.utc('2021-03-05'), 'd')");
add("moment('2020-01-01T00:00:00Z').isBefore('2020-01-01T00:00:01Z')");
add("moment('2020-06-01').isAfter('2020-05-31')");
add("moment('2020-06-01').isSame('2020-06-01', 'day')");
add("moment.utc('2021-03-04T05:06:07Z').isAfter(moment.utc('2021-03-04T08:06:07+03:00'))");
add("moment.utc('2021-03-04T05:06:07Z').isSame(moment.parseZone('2021-03-04T08:06:07+03:00'))");
add("[moment.utc('2000-01-01').isBefore(), moment.utc('2200-01-01').isAfter(), moment().isBetween(moment().subtract(1, 'd'), moment().add(1, 'd'))]");

// diff
const B = [
  "'2020-03-04T05:06:07Z'", "'2021-02-04T05:06:07Z'", "'2021-04-04T05:06:07Z'", "'2021-03-05T05:06:07Z'",
  "'2021-03-04T06:36:07Z'", "'2022-06-30T00:00:00Z'", "'2021-03-04T05:06:07.250Z'", "'2019-12-31T23:59:59Z'",
  "'2021-01-31T00:00:00Z'", "'2021-03-31T00:00:00Z'"
];
const DIFF_UNITS = ['years', 'quarters', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', undefined];
B.forEach((b) => {
  add('[' + DIFF_UNITS.map((u) => A + '.diff(' + b + (u ? ', ' + q(u) : '') + ')').join(', ') + ']');
  add('[' + DIFF_UNITS.map((u) => A + '.diff(' + b + ', ' + q(u || 'ms') + ', true)').join(', ') + ']');
});
add("[moment.utc('2021-01-31').diff(moment.utc('2021-02-28'), 'months', true), moment.utc('2021-02-28').diff(moment.utc('2021-01-31'), 'months', true), moment.utc('2021-03-31').diff(moment.utc('2021-02-28'), 'months', true)]");
add("[moment.utc('2020-02-29').diff(moment.utc('2021-02-28'), 'years', true), moment.utc('2024-02-29').diff(moment.utc('2020-02-29'), 'years')]");
add("[moment.utc('2021-03-04').diff('garbage'), moment.invalid().diff(moment()), moment.utc('2021-03-04').diff(null)]");
add(A + ".diff(moment.parseZone('2021-03-04T08:06:07+03:00'), 'days', true)");
add(OFF + ".diff(moment.utc('2021-03-01T00:00:00Z'), 'days', true)");
add(OFF + ".diff(moment.utc('2021-03-01T00:00:00Z').utcOffset(600), 'days', true)");
add(A + ".diff(" + A + ".clone().add(1, 'month'), 'month')");
add(A + ".diff(" + A + ".clone().subtract(1, 'ms'), 'month', true)");
add(A + ".diff(1614834367000, 'ms')");
add(A + ".diff(new Date(0), 'years')");
add(A + ".diff([2021, 2, 4], 'h') === " + A + ".diff(moment([2021, 2, 4]), 'h')");
add(A + ".diff('2021-03-04T05:06:07Z', 'foo')");
add("moment('2021-03-10').diff(moment('2021-03-01'), 'days')");
add("moment('2021-03-10T12:00:00').diff('2021-03-01T00:00:00', 'hours', true)");

// ------------------------------------------------------------------ relative time

const REL = [
  0, 1000, 44000, 45000, 89000, 90000, 44 * 60000, 45 * 60000, 89 * 60000, 90 * 60000, 21 * 3600000, 22 * 3600000,
  35 * 3600000, 36 * 3600000, 25 * 86400000, 26 * 86400000, 45 * 86400000, 319 * 86400000, 320 * 86400000,
  345 * 86400000, 547 * 86400000, 548 * 86400000, 3650 * 86400000
];
REL.forEach((ms) => {
  add('var a = moment.utc(1600000000000); var b = moment.utc(1600000000000 + ' + ms + '); [a.from(b), a.to(b), b.from(a), b.to(a), a.from(b, true), b.to(a, true)]');
});
add("moment.utc('2021-03-04').from('garbage')");
add("moment.invalid().to(moment())");
add("moment.utc('2021-03-04').from('2021-03-05T00:00:00Z')");
add("moment.utc('2021-03-04').to(moment.utc([2021, 2, 10]))");
add("moment('2021-03-04').to([2021, 2, 10])");
add("moment().subtract(5, 'minutes').fromNow()");
add("moment().subtract(5, 'minutes').fromNow(true)");
add("moment().add(2, 'hours').fromNow()");
add("moment().add(10, 'seconds').fromNow()");
add("moment().subtract(3, 'days').fromNow()");
add("moment.utc().subtract(1, 'year').fromNow()");
add("moment().add(3, 'months').toNow()");
add("moment().subtract(40, 'days').toNow(true)");
add("moment.invalid().fromNow()");
add("moment.relativeTimeThreshold('s')");
add("[moment.relativeTimeThreshold('ss'), moment.relativeTimeThreshold('m'), moment.relativeTimeThreshold('h'), moment.relativeTimeThreshold('d'), moment.relativeTimeThreshold('w'), moment.relativeTimeThreshold('M'), moment.relativeTimeThreshold('x')]");
add("moment.relativeTimeThreshold('s', 10); var r = [moment.relativeTimeThreshold('ss'), moment.duration(9000).humanize(), moment.duration(15000).humanize()]; moment.relativeTimeThreshold('s', 45); moment.relativeTimeThreshold('ss', 44); r");
add("moment.relativeTimeThreshold('w', 4); var r = [moment.duration(7, 'd').humanize(), moment.duration(20, 'd').humanize(), moment.duration(30, 'd').humanize()]; moment.relativeTimeThreshold('w', null); r");
add("moment.relativeTimeRounding(Math.floor); var r = moment.duration(119, 'minutes').humanize(); moment.relativeTimeRounding(Math.round); r");
add("[typeof moment.relativeTimeRounding(), moment.relativeTimeRounding('x'), moment.relativeTimeRounding() === Math.round]");

// calendar
const REF = "moment.utc('2021-03-04T12:00:00Z')";
each(['2021-03-04T15:00:00Z', '2021-03-04T00:00:00Z', '2021-03-05T09:30:00Z', '2021-03-03T18:00:00Z',
  '2021-03-08T09:00:00Z', '2021-02-27T08:00:00Z', '2021-02-20T08:00:00Z', '2021-03-20T08:00:00Z', '2021-03-11T00:00:00Z'],
(s) => 'moment.utc(' + q(s) + ').calendar(' + REF + ')');
add("moment.utc('2021-03-05T09:30:00Z').calendar(" + REF + ", {nextDay: '[Tomorrow!] HH:mm', sameElse: 'YYYY'})");
add("moment.utc('2021-03-05T09:30:00Z').calendar(" + REF + ", {sameDay: 'x'})");
add("moment.utc('2021-03-05T09:30:00Z').calendar(" + REF + ", {nextDay: function (now) { return '[at] ' + this.format('H') + ' [from] ' + now.format('D'); }})");
add("moment.utc('2021-03-20T08:00:00Z').calendar(" + REF + ", {sameElse: function () { return 'LL'; }})");
add("moment().calendar().replace(/ at .*/, '')");
add("moment().add(1, 'day').calendar().replace(/ at .*/, '')");
add("moment().subtract(1, 'day').calendar(null).replace(/ at .*/, '')");
add("/^Today at \\d\\d?:\\d\\d [AP]M$/.test(moment().calendar())");
add("moment().calendar({sameDay: '[Today]'})");
add("moment().calendar(moment(), {sameDay: '[Today]'})");
add("moment.calendarFormat(moment.utc('2021-03-05T09:30:00Z'), " + REF + ")");
add("moment.invalid().calendar()");

// ------------------------------------------------------------------ durations

const D = [
  '1000', "2, 'hours'", "'2', 'h'", "{days: 1, hours: 2}", "'P1Y2M3DT4H5M6S'", "'PT1.5S'", "'-P1D'", "'P1W'", "'P-1D'",
  "'P1W2D'", "'PT36H'", "'P0D'", "'PT0,5H'", "'+P1M'", "'23:59:59'", "'1.23:59:59.999'", "'-1:30'", "'1 02:00:00'",
  "'00:00:00.5'", "'abc'", "''", 'null', 'undefined', 'NaN', "{foo: 1}", "{days: 1.5, hours: 1}", "{hours: 1.5}",
  "{days: 1, hours: 1.5}", "{d: 'x'}", "{D: 1}", "{W: 1}", "{weeks: 2, isoWeek: 1}", "1, 'foo'", "90, 'minutes'",
  "1.5, 'days'", "-5000", "{months: 14, days: 40}", "{years: 1, months: -1}", "{ms: 1500, s: -1}", "'P'", "'PT'",
  "'1e3'", "true", "[5]", "'5', 'days'", "moment.duration(5, 'days')", "{quarters: 1}", "{years: 2.5}",
  "1e12", "{seconds: 59.9999}", "31536000000", "2592000000", "'P1Y1M1W1DT1H1M1.123S'", "'p1d'", "'1:2'"
];
D.forEach((d) => {
  add('var d = moment.duration(' + d + '); [d.isValid(), d.valueOf(), d.years(), d.months(), d.weeks(), d.days(), d.hours(), d.minutes(), d.seconds(), d.milliseconds(), d.toISOString(), d.humanize()]');
});
each(["2, 'hours'", "{days: 1, hours: 2}", "'P1Y2M3DT4H5M6S'", '-90061001', "{months: 1}", "{years: 1}", "{weeks: 3}"],
  (d) => 'var d = moment.duration(' + d + '); [d.asMilliseconds(), d.asSeconds(), d.asMinutes(), d.asHours(), d.asDays(), d.asWeeks(), d.asMonths(), d.asQuarters(), d.asYears(), d.as(\'h\'), d.as(\'M\'), d.as(\'ms\')]');
add("moment.duration(1, 'day').as('foo')");
add("moment.duration(1, 'day').as()");
add("moment.duration(NaN).as('h')");
add("var d = moment.duration({days: 1, hours: 2, minutes: 3}); [d.get('h'), d.get('hours'), d.get('d'), d.get('m'), d.get('ms'), d.get('M'), d.get('y'), d.get('s')]");
add("moment.duration(NaN).get('h')");
add("var d = moment.duration(2, 'h'); d.add(30, 'm'); d.subtract(moment.duration(1, 'h')); [d.asMinutes(), d.toISOString()]");
add("var d = moment.duration(1, 'M'); d.add({days: 45}); [d.months(), d.days(), d.toISOString(), d.humanize()]");
add("var d = moment.duration(1, 'd'); d.add('PT12H'); d.toISOString()");
add("var d = moment.duration(1, 'd'); d.subtract(2, 'd'); [d.toISOString(), d.humanize(), d.humanize(true), d.days()]");
add("var d = moment.duration(-3, 'h'); d.abs(); [d.toISOString(), d.hours()]");
add("var d = moment.duration({months: -1, days: 5}); [d.toISOString(), d.months(), d.days(), d.asDays()]");
add("var a = moment.duration(5, 'm'); var b = a.clone(); b.add(1, 'm'); [a.asMinutes(), b.asMinutes()]");
add("moment.duration(moment.duration(90, 'm')).toISOString()");
add("moment.duration(moment.invalid())._isValid");
add("[moment.duration.invalid().isValid(), moment.duration.invalid().humanize(), moment.duration.invalid().toISOString(), moment.duration.invalid().valueOf()]");
add("JSON.stringify({d: moment.duration(90, 'm')})");
add("String(moment.duration(90, 'm')) + ' ' + moment.duration(90, 'm').toJSON()");
add("+moment.duration(2, 's')");
add("moment.duration(5, 'm').locale()");
add("moment.duration(5, 'm').locale('fr').humanize()");
add("moment.duration.fn === Object.getPrototypeOf(moment.duration(1))");
each(["44, 's'", "45, 's'", "89, 's'", "90, 's'", "44, 'm'", "45, 'm'", "21, 'h'", "22, 'h'", "25, 'd'", "26, 'd'",
  "10, 'M'", "11, 'M'", "17, 'M'", "18, 'M'", "-1, 'h'", "0, 's'", "1, 'y'", "2.5, 'y'"],
(d) => 'var d = moment.duration(' + d + '); [d.humanize(), d.humanize(true), d.humanize(false)]');
add("moment.duration(30, 's').humanize({s: 20})");
add("moment.duration(30, 's').humanize({ss: 10, s: 60})");
add("moment.duration(30, 's').humanize(true, {s: 20})");
add("moment.duration(3, 'w').humanize({w: 4})");
add("moment.duration(3, 'w').humanize({d: 7, w: 4})");
add("moment.duration(50, 'm').humanize({m: 60})");
add("moment.duration(moment.utc('2021-03-04').diff(moment.utc('2021-01-01'))).humanize()");
add("var d = moment.duration({from: moment.utc('2021-01-31'), to: moment.utc('2021-03-01')}); [d.months(), d.days(), d.toISOString()]");
add("var d = moment.duration({from: moment.utc('2021-03-01T00:00:00Z'), to: '2021-01-31T00:00:00Z'}); d.toISOString()");
add("moment.duration({from: 'garbage', to: moment()}).toISOString()");
add("moment.duration({to: moment.utc('2021-01-01')}).isValid()");
add(T + ".add(moment.duration({from: moment.utc('2021-01-31'), to: moment.utc('2021-03-01')})).toISOString()");

// ------------------------------------------------------------------ locale and statics

add("moment.locale()");
add("moment.locales()");
add("moment.locale('fr')");
add("moment.locale('en-US')");
add("moment.locale(['de', 'en-gb'])");
add("moment.locale()");
add("moment.locales()");
add(T + ".locale()");
add(T + ".locale('fr').locale()");
add(T + ".locale('fr').format('MMMM dddd')");
add(T + ".lang('de').format('LL')");
add("moment.localeData().longDateFormat('LLL')");
add("moment.localeData().longDateFormat('lll')");
add("moment.localeData('fr')._abbr");
add("moment.localeData().ordinal(22)");
add("moment.localeData().invalidDate()");
add("[moment.localeData().firstDayOfWeek(), moment.localeData().firstDayOfYear()]");
add("moment.localeData().months()");
add("moment.localeData().weekdaysShort()");
add("moment.localeData().months(" + T + ")");
add("moment.localeData().weekdays(true)");
add("moment.localeData().meridiem(13, 0, true)");
add("[moment.localeData().isPM('PM'), moment.localeData().isPM('am'), moment.localeData().isPM('p')]");
add("moment.localeData().relativeTime(5, false, 'mm', true)");
add("moment.localeData().pastFuture(-1, '5 minutes')");
add("moment.localeData().calendar('sameDay')");
add("moment.localeData().week(" + T + ")");
add("[moment.localeData().monthsParse('Feb'), moment.localeData().monthsParse('february'), moment.localeData().monthsParse('x'), moment.localeData().weekdaysParse('tue')]");
add("moment.localeData().postformat('abc')");
add("moment.months()");
add("moment.monthsShort()");
add("moment.weekdays()");
add("moment.weekdaysShort()");
add("moment.weekdaysMin()");
add("[moment.months(3), moment.monthsShort(11), moment.weekdays(1), moment.weekdaysShort(true, 0), moment.weekdaysMin(true)]");
add("[moment.months('MMMM'), moment.months('D MMMM', 2)]");
add("[moment.weekdays('dddd', 3), moment.weekdays(true, 'dddd', 3)]");
each(['D', 'd', 'days', 'Days', 'DDD', 'dayofyear', 'e', 'E', 'isoweekday', 'Q', 'W', 'isoWeeks', 'gg', 'GG',
  'ms', 'MS', 'M', 'm', 'y', 'Y', 'foo', '', 5], (u) => 'moment.normalizeUnits(' + q(u) + ') || null');
add("moment.version");
add("moment.HTML5_FMT");
add(T + ".format(moment.HTML5_FMT.WEEK)");
add("moment.defineLocale('x-pirate', {parentLocale: 'en', months: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ').map(function (m) { return m + 'arr'; }), relativeTime: {future: 'in %s, matey'}}); var r = [moment.locale(), " + T + ".format('MMMM'), moment.utc(0).to(moment.utc(60000)), moment.utc('Mararr 5 2020', 'MMMM D YYYY').month()]; moment.locale('en'); r.concat([moment.locale(), " + T + ".format('MMMM'), " + T + ".locale('x-pirate').format('MMMM LL')])");
add("moment.updateLocale('en', {invalidDate: 'Nope'}); var r = moment.invalid().format(); moment.updateLocale('en', null); [r, moment.invalid().format(), moment.locale()]");
add("moment.locales()");

// ------------------------------------------------------------------ odd arguments

add("[moment.utc(moment.invalid()).isValid(), moment(moment.invalid()).format()]");
add("moment(moment.duration(5)).format('HH:mm:ss')");
add("[moment.duration(moment.utc(1000)).asMilliseconds(), moment.duration(new Date(5000)).asSeconds(), moment.duration([1, 2]).asMilliseconds(), moment.duration([7]).asMilliseconds()]");
add("moment.unix(moment.utc(5000)).valueOf()");
each(['add({})', 'add([])', "add('5')", "add('5', 'x')", 'startOf(5)', 'startOf(null)', 'startOf({})', 'endOf()',
  "add(1, 'months', 'extra')", "year('2020')", "month('3')", "date('7')", "hours('7')", 'get()', 'set()',
  "set('hours')", "set(null)", "set({hours: 3, minutes: 4, seconds: 5, milliseconds: 6, date: 7, month: 8, year: 2009})",
  "set({weekYear: 2020, week: 10, weekday: 3})", "set({isoWeekYear: 2020, isoWeek: 10, isoWeekday: 3})",
  "set({dayOfYear: 100, year: 2020})", "set({quarter: 4})", 'isoWeekday(8)', 'isoWeekday(0)', 'weekday(-1)',
  'weekday(14)', "weekday('3')", 'dayOfYear(0)', 'dayOfYear(-5)', 'week(0)', 'isoWeek(-1)', 'quarter(5)',
  'quarter(0)', 'weekYear(2020.5)'],
(x) => 'var r = ' + T + '.' + x + "; r && r._isAMomentObject ? r.toISOString() : r");
each(["isBetween('2021-01-01T00:00:00Z', '2021-12-31T00:00:00Z', 'day', 5)", "isBetween('2021-03-04T05:06:07Z', '2021-12-31T00:00:00Z', 'day', '[')",
  "isSame('2021-03-04T00:00:00Z', 'days')", "isSame('2021-03-01T00:00:00Z', 'Months')", "diff('2020-03-04T05:06:07Z', 5)",
  "diff('2020-03-04T05:06:07Z', 'Y')", "diff('2020-03-04T05:06:07Z', 'DDD')", "diff('2020-03-04T05:06:07Z', 'weekday')",
  "diff('2020-03-04T05:06:07Z', 'dates')", "to('2021-03-04T05:06:07Z', 'yes')", "from('2021-03-04T05:06:08Z', 0)"],
(x) => A + '.' + x);
add("var e; try { " + T + ".format(5); } catch (x) { e = x; } e instanceof TypeError");
add("var e; try { moment.duration(Symbol('x')); } catch (x) { e = x; } e instanceof TypeError");
add("var e; try { moment(Symbol('x')); } catch (x) { e = x; } e instanceof TypeError");
add("var e; try { moment.locale(5); } catch (x) { e = x; } e instanceof TypeError");
add("var e; try { moment.duration(1).get('foo'); } catch (x) { e = x; } e instanceof TypeError");
add("var m = moment.utc([2020, 'x']); [m.isValid(), m.invalidAt()]");
add("var m = moment.utc({year: 2020, month: 'x'}); [m.isValid(), m.invalidAt()]");
add("var e; try { moment.utc('2021-03-04').locale({}); } catch (x) { e = x; } e instanceof TypeError");
add("moment.utc('2021-03-04').locale(null).locale()");
add("moment.utc('2021-03-04').locale(moment.utc()).locale()");
add("[moment.locale(null), moment.locale(''), moment.locale('en/../x'), moment.localeData('xx').months(moment.utc([2021, 4]))]");
add("var e; try { moment.duration(3, 'h').humanize(null, null); } catch (x) { e = x; } e instanceof TypeError");
each(['humanize(\'yes\')', 'humanize(1)', 'humanize({})', 'humanize(true, {})', 'humanize(false, {h: 2})'],
  (x) => "moment.duration(3, 'h')." + x);
add("var d = moment.duration('PT1H'); d.subtract('PT30M'); d.toISOString()");
add("var d = moment.duration(1, 'h'); d.add(NaN); [d.isValid(), d.valueOf()]");
add("var d = moment.duration(1, 'h'); d.add('garbage'); [d.isValid(), d.valueOf()]");
add("moment.duration(1, 'h').add(1, 'foo').valueOf()");
add("moment.duration({hours: '2', minutes: '30'}).asMinutes()");
add("moment.duration({hours: '2x'}).isValid()");
add("moment.duration({hours: null, minutes: 5}).isValid()");
add("[moment.duration('P1.5Y').toISOString(), moment.duration('PT1.5H').toISOString(), moment.duration('P1,5D').toISOString(), moment.duration('P1Y2Y').isValid()]");
add("[moment.duration(1.5, 'M').toISOString(), moment.duration(0.5, 'y').toISOString(), moment.duration(1, 'M').asDays(), moment.duration(1, 'y').asDays(), moment.duration(30, 'd').asMonths()]");
add("moment.duration(1, 'M').add(1, 'd').humanize()");
add("[moment.duration(100, 'ms').toISOString(), moment.duration(-100, 'ms').toISOString(), moment.duration(61001).toISOString(), moment.duration(1, 'ms').humanize()]");
add("moment.parseZone('2021-03-04T05:06:07+14:00').toISOString(true)");
add("moment.parseZone('+012021-03-04T05:06:07+03:00').toISOString(true)");
add("moment.utc([12021, 2, 4]).toString()");
add("moment.utc([21, 2, 4]).toString()");
add("moment.utc('2021-03-04').to(moment.utc('2021-03-04'))");
add("moment.utc('2021-03-04').from(moment.utc('2021-03-04').add(44, 's'), true)");
add("moment.utc('2020-01-01T10:00:00.000Z', 'YYYY-MM-DDTHH:mm:ss.SSSZ').toISOString()");
add("moment('2020-01-01T10:00:00.000Z', 'YYYY-MM-DDTHH:mm:ss.SSSZ', true).toISOString()");
add("moment.utc('december 5 2020', 'MMMM D YYYY', true).toISOString()");
add("moment.utc('dec 5 2020', 'MMM D YYYY', true).toISOString()");
add("moment.utc('5-Dec-2020', 'D-MMM-YYYY').toISOString()");
add("moment.utc('Sept 5 2020', 'MMM D YYYY').isValid()");
add("moment.utc('2020-01-01', 'YYYY-MM-DD').format('Y')");

// ------------------------------------------------------------------ object shapes

add("Object.keys(moment.utc('2020-01-01'))");
add("Object.keys(moment('2020-01-01T10:00:00+02:00', 'YYYY-MM-DDTHH:mm:ssZ', true))");
add("Object.keys(moment.duration(1))");
add("moment.duration({days: 400, ms: 90061001})._data");
add("moment.utc('2020-13-01 10:00 pm', 'YYYY-MM-DD hh:mm a').parsingFlags()");
add("moment.utc('2020-01-01T10:00:00Z').parsingFlags()");
add("moment.utc('Tue, 01 Nov 2016 01:23:45 +0000').parsingFlags()");
add("moment.utc('x', ['YYYY', 'MM']).parsingFlags()");
add("moment.utc('13:00 PM', 'h:mm A', true).parsingFlags()");
add("moment.utc('2020-W60', 'GGGG-[W]WW').parsingFlags()");
add("moment.utc('2020-400', 'YYYY-DDDD').parsingFlags()");

// ------------------------------------------------------------------ current time (properties only)

add("moment().isValid()");
add("Math.abs(moment().valueOf() - Date.now()) < 2000");
add("Math.abs(moment().unix() - Math.floor(Date.now() / 1000)) <= 2");
add("/^\\d{4}-\\d\\d-\\d\\d$/.test(moment().format('YYYY-MM-DD'))");
add("var d = new Date(); moment().format('YYYY-MM-DD') === [d.getFullYear(), ('0' + (d.getMonth() + 1)).slice(-2), ('0' + d.getDate()).slice(-2)].join('-')");
add("/^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$/.test(moment().add(1, 'days').toISOString())");
add("Math.abs(moment().add(1, 'days').diff(moment(), 'hours', true) - 24) <= 1");
add("/^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$/.test(moment.utc().format())");
add("/^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$/.test(moment().format())");
add("moment().utcOffset() === -new Date().getTimezoneOffset()");
add("moment.utc().utcOffset()");
add("moment().isLocal()");
add("Math.abs(moment.now() - Date.now()) < 1000");
add("moment().isBefore(moment().add(1, 'ms'))");
add("moment().isSame(new Date(), 'minute') || moment().isSame(new Date(), 'minute')");
add("moment().startOf('day').format('HH:mm:ss.SSS')");
add("moment().endOf('month').format('HH:mm:ss.SSS')");
add("moment.utc().startOf('day').format('HH:mm')");
add("moment().diff(moment().subtract(7, 'days'), 'days')");
add("moment().year() === new Date().getFullYear()");
add("moment.utc({hour: 5}).format('HH:mm') === '05:00' && moment.utc({hour: 5}).format('YYYY-MM-DD') === moment.utc().format('YYYY-MM-DD')");
add("moment('10:30', 'HH:mm').format('YYYY-MM-DD') === moment().format('YYYY-MM-DD')");
add("moment.utc('2021-03-04').from(moment.utc('2021-03-04').add(1, 'd')) === 'a day ago'");
add("moment().add(moment.duration(1, 'h')).diff(moment(), 'minutes') >= 59");
add("moment().toDate() instanceof Date");
add("moment().toArray().length");
add("Object.keys(moment().toObject())");
add("typeof moment().unix()");
add("moment().format('x') === String(moment().valueOf()) || true");

// ------------------------------------------------------------------ output

function generate() {
  return vectors.map(evaluate);
}

if (process.env.MOMENT_GEN_CHILD) {
  process.stdout.write(JSON.stringify(generate()));
} else {
  const zones = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Pacific/Chatham'];
  const runs = zones.map((tz) => JSON.parse(childProcess.execFileSync(process.execPath, [__filename, modules], {
    env: Object.assign({}, process.env, { TZ: tz, MOMENT_GEN_CHILD: '1' }), maxBuffer: 64 * 1024 * 1024
  }).toString()));
  const bad = [];
  runs[0].forEach((v, i) => {
    runs.forEach((r, z) => {
      if (JSON.stringify(r[i]) !== JSON.stringify(v)) bad.push(zones[z] + ': ' + v.code + '\n  ' + JSON.stringify(v) + '\n  ' + JSON.stringify(r[i]));
    });
  });
  if (bad.length) {
    process.stderr.write('results depend on the time zone:\n' + bad.join('\n') + '\n');
    process.exit(1);
  }
  process.stdout.write('[\n' + runs[0].map((v) => JSON.stringify(v)).join(',\n') + '\n]\n');
}
