// courier: internal part of `moment` (2.30 compatible): the shared namespace of the moment
// parts, small helpers, unit names, calendar arithmetic and the locale objects (English only;
// defineLocale/updateLocale build more from plain configs).
(function (native, require) {
  'use strict';

  // The namespace every moment part adds to; functions reach each other through it at call
  // time, so the parts can load in any order.
  var I = {};
  var hasOwn = Object.prototype.hasOwnProperty;
  var objToString = Object.prototype.toString;

  function has(obj, key) { return hasOwn.call(obj, key); }
  function isArray(v) { return v instanceof Array || objToString.call(v) === '[object Array]'; }
  function isObject(v) { return v != null && objToString.call(v) === '[object Object]'; }
  function isObjectEmpty(obj) { return Object.getOwnPropertyNames(obj).length === 0; }
  function isNumber(v) { return typeof v === 'number' || objToString.call(v) === '[object Number]'; }
  function isDate(v) { return v instanceof Date || objToString.call(v) === '[object Date]'; }
  function isFunction(v) {
    return (typeof Function !== 'undefined' && v instanceof Function) ||
      objToString.call(v) === '[object Function]';
  }
  function isUndefined(v) { return v === void 0; }

  function absFloor(n) { return n < 0 ? Math.ceil(n) || 0 : Math.floor(n); }
  function absCeil(n) { return n < 0 ? Math.floor(n) : Math.ceil(n); }
  function absRound(n) { return n < 0 ? -Math.round(-n) : Math.round(n); }
  function mod(a, b) { return ((a % b) + b) % b; }

  // Number(x) truncated toward zero; 0 for anything not finite.
  function toInt(x) {
    var n = +x;
    return n !== 0 && isFinite(n) ? absFloor(n) : 0;
  }

  // Left pads |n| with zeros to `width` digits, with '-' (or '+' when forced) in front.
  function zeroFill(n, width, forceSign) {
    var digits = '' + Math.abs(n);
    var pad = width - digits.length;
    var sign = n >= 0 ? (forceSign ? '+' : '') : '-';
    return sign + Math.pow(10, Math.max(0, pad)).toString().substr(1) + digits;
  }

  // Copies own enumerable properties (and own toString/valueOf) of b onto a.
  function extend(a, b) {
    for (var k in b) if (has(b, k)) a[k] = b[k];
    if (has(b, 'toString')) a.toString = b.toString;
    if (has(b, 'valueOf')) a.valueOf = b.valueOf;
    return a;
  }

  function firstDefined(a, b, c) {
    if (a != null) return a;
    if (b != null) return b;
    return c;
  }

  function compareArrays(a, b) {
    var n = Math.min(a.length, b.length);
    var diffs = Math.abs(a.length - b.length);
    for (var i = 0; i < n; i++) if (toInt(a[i]) !== toInt(b[i])) diffs++;
    return diffs;
  }

  function regexEscape(s) { return s.replace(/[-\/\\^$*+?.()|[\]{}]/g, '\\$&'); }

  // ------------------------------------------------------------------ units

  var UNIT_NAMES = {
    date: ['D', 'dates', 'date'], day: ['d', 'days', 'day'], weekday: ['e', 'weekdays', 'weekday'],
    isoWeekday: ['E', 'isoweekdays', 'isoweekday'], dayOfYear: ['DDD', 'dayofyears', 'dayofyear'],
    hour: ['h', 'hours', 'hour'], millisecond: ['ms', 'milliseconds', 'millisecond'],
    minute: ['m', 'minutes', 'minute'], month: ['M', 'months', 'month'],
    quarter: ['Q', 'quarters', 'quarter'], second: ['s', 'seconds', 'second'],
    weekYear: ['gg', 'weekyears', 'weekyear'], isoWeekYear: ['GG', 'isoweekyears', 'isoweekyear'],
    week: ['w', 'weeks', 'week'], isoWeek: ['W', 'isoweeks', 'isoweek'], year: ['y', 'years', 'year']
  };
  var unitAliases = Object.create(null);
  Object.keys(UNIT_NAMES).forEach(function (unit) {
    UNIT_NAMES[unit].forEach(function (alias) { unitAliases[alias] = unit; });
  });

  // The canonical unit for a name or alias ('d', 'days', 'Days' -> 'day'), else undefined.
  function normalizeUnits(units) {
    if (typeof units !== 'string') return undefined;
    return unitAliases[units] || unitAliases[units.toLowerCase()];
  }

  function normalizeObjectUnits(input) {
    var out = {};
    for (var key in input) {
      if (has(input, key)) {
        var unit = normalizeUnits(key);
        if (unit) out[unit] = input[key];
      }
    }
    return out;
  }

  var UNIT_PRIORITY = {
    year: 1, weekYear: 1, isoWeekYear: 1, dayOfYear: 4, week: 5, isoWeek: 5, quarter: 7, month: 8,
    date: 9, day: 11, weekday: 11, isoWeekday: 11, hour: 13, minute: 14, second: 15, millisecond: 16
  };

  // The keys of a normalized unit object, in the order moment applies them.
  function prioritizedUnits(obj) {
    var list = [];
    for (var u in obj) if (has(obj, u)) list.push({ unit: u, priority: UNIT_PRIORITY[u] });
    list.sort(function (a, b) { return a.priority - b.priority; });
    return list;
  }

  // ------------------------------------------------------------------ calendar arithmetic

  var YEAR = 0, MONTH = 1, DATE = 2, HOUR = 3, MINUTE = 4, SECOND = 5, MILLISECOND = 6;
  var WEEK = 7, WEEKDAY = 8;

  function isLeapYear(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
  function daysInYear(y) { return isLeapYear(y) ? 366 : 365; }

  function daysInMonth(year, month) {
    if (isNaN(year) || isNaN(month)) return NaN;
    var m = mod(month, 12);
    year += (month - m) / 12;
    if (m === 1) return isLeapYear(year) ? 29 : 28;
    return 31 - ((m % 7) % 2);
  }

  // new Date(y, m, d, ...) without the 0..99 -> 1900s remapping of two digit years.
  function createDate(y, m, d, h, M, s, ms) {
    var date;
    if (y < 100 && y >= 0) {
      date = new Date(y + 400, m, d, h, M, s, ms);
      if (isFinite(date.getFullYear())) date.setFullYear(y);
    } else {
      date = new Date(y, m, d, h, M, s, ms);
    }
    return date;
  }

  // Date.UTC(...) as a Date, without the two digit year remapping.
  function createUTCDate(y) {
    var args = Array.prototype.slice.call(arguments);
    var date;
    if (y < 100 && y >= 0) {
      args[0] = y + 400;
      date = new Date(Date.UTC.apply(null, args));
      if (isFinite(date.getUTCFullYear())) date.setUTCFullYear(y);
    } else {
      date = new Date(Date.UTC.apply(null, args));
    }
    return date;
  }

  // Day-of-year offset of the start of week 1 (dow: first weekday, doy: dow + 7 - the January
  // day that is always in week 1).
  function firstWeekOffset(year, dow, doy) {
    var fwd = 7 + dow - doy;
    var fwdlw = (7 + createUTCDate(year, 0, fwd).getUTCDay() - dow) % 7;
    return -fwdlw + fwd - 1;
  }

  function dayOfYearFromWeeks(year, week, weekday, dow, doy) {
    var localWeekday = (7 + weekday - dow) % 7;
    var dayOfYear = 1 + 7 * (week - 1) + localWeekday + firstWeekOffset(year, dow, doy);
    if (dayOfYear <= 0) return { year: year - 1, dayOfYear: daysInYear(year - 1) + dayOfYear };
    if (dayOfYear > daysInYear(year)) return { year: year + 1, dayOfYear: dayOfYear - daysInYear(year) };
    return { year: year, dayOfYear: dayOfYear };
  }

  function weeksInYear(year, dow, doy) {
    return (daysInYear(year) - firstWeekOffset(year, dow, doy) + firstWeekOffset(year + 1, dow, doy)) / 7;
  }

  function weekOfYear(mom, dow, doy) {
    var year = mom.year();
    var week = Math.floor((mom.dayOfYear() - firstWeekOffset(year, dow, doy) - 1) / 7) + 1;
    if (week < 1) {
      return { week: week + weeksInYear(year - 1, dow, doy), year: year - 1 };
    }
    var total = weeksInYear(year, dow, doy);
    if (week > total) return { week: week - total, year: year + 1 };
    return { week: week, year: year };
  }

  // ------------------------------------------------------------------ parsing flags

  function defaultParsingFlags() {
    return {
      empty: false, unusedTokens: [], unusedInput: [], overflow: -2, charsLeftOver: 0,
      nullInput: false, invalidEra: null, invalidMonth: null, invalidFormat: false,
      userInvalidated: false, iso: false, parsedDateParts: [], era: null, meridiem: null,
      rfc2822: false, weekdayMismatch: false
    };
  }

  function flags(m) {
    if (m._pf == null) m._pf = defaultParsingFlags();
    return m._pf;
  }

  // ------------------------------------------------------------------ locales

  var MONTHS = 'January February March April May June July August September October November December'.split(' ');
  var MONTHS_SHORT = MONTHS.map(function (m) { return m.slice(0, 3); });
  var WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
  var WEEKDAYS_SHORT = WEEKDAYS.map(function (d) { return d.slice(0, 3); });
  var WEEKDAYS_MIN = WEEKDAYS.map(function (d) { return d.slice(0, 2); });

  // Any word (letters of most scripts, optionally after digits), or Arabic words.
  var matchWord = new RegExp(
    "[0-9]{0,256}['a-z\\u00A0-\\u05FF\\u0700-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFF07\\uFF10-\\uFFEF]{1,256}" +
    '|[\\u0600-\\u06FF\\/]{1,256}(\\s*?[\\u0600-\\u06FF]{1,256}){1,2}', 'i');

  var baseConfig = {
    calendar: {
      sameDay: '[Today at] LT', nextDay: '[Tomorrow at] LT', nextWeek: 'dddd [at] LT',
      lastDay: '[Yesterday at] LT', lastWeek: '[Last] dddd [at] LT', sameElse: 'L'
    },
    longDateFormat: {
      LTS: 'h:mm:ss A', LT: 'h:mm A', L: 'MM/DD/YYYY', LL: 'MMMM D, YYYY',
      LLL: 'MMMM D, YYYY h:mm A', LLLL: 'dddd, MMMM D, YYYY h:mm A'
    },
    invalidDate: 'Invalid date',
    ordinal: '%d',
    dayOfMonthOrdinalParse: /\d{1,2}/,
    relativeTime: {
      future: 'in %s', past: '%s ago', s: 'a few seconds', ss: '%d seconds', m: 'a minute',
      mm: '%d minutes', h: 'an hour', hh: '%d hours', d: 'a day', dd: '%d days', w: 'a week',
      ww: '%d weeks', M: 'a month', MM: '%d months', y: 'a year', yy: '%d years'
    },
    months: MONTHS,
    monthsShort: MONTHS_SHORT,
    week: { dow: 0, doy: 6 },
    weekdays: WEEKDAYS,
    weekdaysMin: WEEKDAYS_MIN,
    weekdaysShort: WEEKDAYS_SHORT,
    meridiemParse: /[ap]\.?m?\.?/i
  };

  function Locale(config) {
    if (config != null) this.set(config);
  }
  var lp = Locale.prototype;

  lp.set = function (config) {
    for (var key in config) {
      if (has(config, key)) {
        var v = config[key];
        if (isFunction(v)) this[key] = v;
        else this['_' + key] = v;
      }
    }
    this._config = config;
    var ord = this._dayOfMonthOrdinalParse || this._ordinalParse;
    this._dayOfMonthOrdinalParseLenient = new RegExp(ord.source + '|' + /\d{1,2}/.source);
  };

  lp.calendar = function (key, mom, now) {
    var out = this._calendar[key] || this._calendar.sameElse;
    return isFunction(out) ? out.call(mom, now) : out;
  };

  // 'LT', 'L'...; the lower case forms derive from the upper case ones with shorter tokens.
  lp.longDateFormat = function (key) {
    var fmt = this._longDateFormat[key];
    var upper = this._longDateFormat[key.toUpperCase()];
    if (fmt || !upper) return fmt;
    this._longDateFormat[key] = upper.match(I.formattingTokens).map(function (tok) {
      return tok === 'MMMM' || tok === 'MM' || tok === 'DD' || tok === 'dddd' ? tok.slice(1) : tok;
    }).join('');
    return this._longDateFormat[key];
  };

  lp.invalidDate = function () { return this._invalidDate; };
  lp.ordinal = function (n) { return this._ordinal.replace('%d', n); };
  lp.preparse = function (s) { return s; };
  lp.postformat = function (s) { return s; };

  lp.relativeTime = function (number, withoutSuffix, key, isFuture) {
    var out = this._relativeTime[key];
    return isFunction(out) ? out(number, withoutSuffix, key, isFuture) : out.replace(/%d/i, number);
  };

  lp.pastFuture = function (diff, output) {
    var fmt = this._relativeTime[diff > 0 ? 'future' : 'past'];
    return isFunction(fmt) ? fmt(output) : fmt.replace(/%s/i, output);
  };

  function pickList(list, format, isFormatRe) {
    if (isArray(list)) return list;
    return list[(list.isFormat || isFormatRe).test(format) ? 'format' : 'standalone'];
  }
  var MONTHS_IN_FORMAT = /D[oD]?(\[[^\[\]]*\]|\s)+MMMM?/;

  lp.months = function (m, format) {
    if (!m) return isArray(this._months) ? this._months : this._months.standalone;
    return pickList(this._months, format, MONTHS_IN_FORMAT)[m.month()];
  };

  lp.monthsShort = function (m, format) {
    if (!m) return isArray(this._monthsShort) ? this._monthsShort : this._monthsShort.standalone;
    var list = isArray(this._monthsShort) ? this._monthsShort
      : this._monthsShort[MONTHS_IN_FORMAT.test(format) ? 'format' : 'standalone'];
    return list[m.month()];
  };

  function nameAt(list, i) {
    return isArray(list) ? list[i] : list.standalone[i];
  }

  // Month number for a (case-insensitive) name; strict mode wants the exact long or short name.
  lp.monthsParse = function (name, token, strict) {
    if (!this._monthsParse) {
      this._monthsParse = []; this._longMonthsParse = []; this._shortMonthsParse = [];
    }
    for (var i = 0; i < 12; i++) {
      var longName = nameAt(this._months, i), shortName = nameAt(this._monthsShort, i);
      if (strict && !this._longMonthsParse[i]) {
        this._longMonthsParse[i] = new RegExp('^' + longName.replace('.', '') + '$', 'i');
        this._shortMonthsParse[i] = new RegExp('^' + shortName.replace('.', '') + '$', 'i');
      }
      if (!strict && !this._monthsParse[i]) {
        this._monthsParse[i] = new RegExp(('^' + longName + '|^' + shortName).replace('.', ''), 'i');
      }
      if (strict && token === 'MMMM' && this._longMonthsParse[i].test(name)) return i;
      if (strict && token === 'MMM' && this._shortMonthsParse[i].test(name)) return i;
      if (!strict && this._monthsParse[i].test(name)) return i;
    }
  };

  lp.monthsRegex = function (strict) {
    return strict && this._monthsStrictRegex ? this._monthsStrictRegex : this._monthsRegex || matchWord;
  };
  lp.monthsShortRegex = function (strict) {
    return strict && this._monthsShortStrictRegex ? this._monthsShortStrictRegex : this._monthsShortRegex || matchWord;
  };

  lp.week = function (mom) { return weekOfYear(mom, this._week.dow, this._week.doy).week; };
  lp.firstDayOfWeek = function () { return this._week.dow; };
  lp.firstDayOfYear = function () { return this._week.doy; };

  function shiftWeekdays(list, n) { return list.slice(n, 7).concat(list.slice(0, n)); }

  lp.weekdays = function (m, format) {
    var list = isArray(this._weekdays) ? this._weekdays
      : this._weekdays[m && m !== true && this._weekdays.isFormat.test(format) ? 'format' : 'standalone'];
    if (m === true) return shiftWeekdays(list, this._week.dow);
    return m ? list[m.day()] : list;
  };
  lp.weekdaysShort = function (m) {
    if (m === true) return shiftWeekdays(this._weekdaysShort, this._week.dow);
    return m ? this._weekdaysShort[m.day()] : this._weekdaysShort;
  };
  lp.weekdaysMin = function (m) {
    if (m === true) return shiftWeekdays(this._weekdaysMin, this._week.dow);
    return m ? this._weekdaysMin[m.day()] : this._weekdaysMin;
  };

  lp.weekdaysParse = function (name, token, strict) {
    if (!this._weekdaysParse) {
      this._weekdaysParse = []; this._minWeekdaysParse = []; this._shortWeekdaysParse = [];
      this._fullWeekdaysParse = [];
    }
    for (var i = 0; i < 7; i++) {
      var full = nameAt(this._weekdays, i), short = this._weekdaysShort[i], min = this._weekdaysMin[i];
      if (strict && !this._fullWeekdaysParse[i]) {
        this._fullWeekdaysParse[i] = new RegExp('^' + full.replace('.', '\\.?') + '$', 'i');
        this._shortWeekdaysParse[i] = new RegExp('^' + short.replace('.', '\\.?') + '$', 'i');
        this._minWeekdaysParse[i] = new RegExp('^' + min.replace('.', '\\.?') + '$', 'i');
      }
      if (!this._weekdaysParse[i]) {
        this._weekdaysParse[i] = new RegExp(('^' + full + '|^' + short + '|^' + min).replace('.', ''), 'i');
      }
      if (strict && token === 'dddd' && this._fullWeekdaysParse[i].test(name)) return i;
      if (strict && token === 'ddd' && this._shortWeekdaysParse[i].test(name)) return i;
      if (strict && token === 'dd' && this._minWeekdaysParse[i].test(name)) return i;
      if (!strict && this._weekdaysParse[i].test(name)) return i;
    }
  };

  lp.weekdaysRegex = function (strict) {
    return strict && this._weekdaysStrictRegex ? this._weekdaysStrictRegex : this._weekdaysRegex || matchWord;
  };
  lp.weekdaysShortRegex = function (strict) {
    return strict && this._weekdaysShortStrictRegex ? this._weekdaysShortStrictRegex : this._weekdaysShortRegex || matchWord;
  };
  lp.weekdaysMinRegex = function (strict) {
    return strict && this._weekdaysMinStrictRegex ? this._weekdaysMinStrictRegex : this._weekdaysMinRegex || matchWord;
  };

  lp.isPM = function (input) { return (input + '').toLowerCase().charAt(0) === 'p'; };
  lp.meridiem = function (hours, minutes, lower) {
    if (hours > 11) return lower ? 'pm' : 'PM';
    return lower ? 'am' : 'AM';
  };

  // Locale registry. Like moment inside Newman's bundle, only 'en' exists until defineLocale;
  // looking up an unknown name records it as missing (null).
  var locales = {};
  var localeFamilies = {};
  var globalLocale;

  function mergeConfigs(parent, child) {
    var res = extend({}, parent), key;
    for (key in child) {
      if (has(child, key)) {
        if (isObject(parent[key]) && isObject(child[key])) {
          res[key] = {};
          extend(res[key], parent[key]);
          extend(res[key], child[key]);
        } else if (child[key] != null) {
          res[key] = child[key];
        } else {
          delete res[key];
        }
      }
    }
    for (key in parent) {
      if (has(parent, key) && !has(child, key) && isObject(parent[key])) res[key] = extend({}, res[key]);
    }
    return res;
  }

  function normalizeLocale(key) { return key ? key.toLowerCase().replace('_', '-') : key; }

  function loadLocale(name) {
    if (locales[name] === undefined && name && name.match('^[^/\\\\]*$')) locales[name] = null;
    return locales[name];
  }

  function commonPrefix(a, b) {
    var n = Math.min(a.length, b.length);
    for (var i = 0; i < n; i++) if (a[i] !== b[i]) return i;
    return n;
  }

  // Tries each name, then its shorter '-' prefixes ('en-au' -> 'en'), moving on to the next
  // name when that one is a more specific variant of the current root.
  function chooseLocale(names) {
    for (var i = 0; i < names.length; i++) {
      var split = normalizeLocale(names[i]).split('-');
      var next = normalizeLocale(names[i + 1]);
      next = next ? next.split('-') : null;
      for (var j = split.length; j > 0; j--) {
        var found = loadLocale(split.slice(0, j).join('-'));
        if (found) return found;
        if (next && next.length >= j && commonPrefix(split, next) >= j - 1) break;
      }
    }
    return globalLocale;
  }

  function getLocale(key) {
    if (key && key._locale && key._locale._abbr) key = key._locale._abbr;
    if (!key) return globalLocale;
    if (!isArray(key)) {
      var found = loadLocale(key);
      if (found) return found;
      key = [key];
    }
    return chooseLocale(key);
  }

  function getSetGlobalLocale(key, values) {
    if (key) {
      var data = isUndefined(values) ? getLocale(key) : defineLocale(key, values);
      if (data) globalLocale = data;
    }
    return globalLocale._abbr;
  }

  function defineLocale(name, config) {
    if (config === null) {
      delete locales[name];
      return null;
    }
    var parent = baseConfig;
    config.abbr = name;
    if (locales[name] != null) {
      I.deprecateSimple('defineLocaleOverride', 'use moment.updateLocale(localeName, config) to change an existing locale.');
      parent = locales[name]._config;
    } else if (config.parentLocale != null) {
      if (locales[config.parentLocale] != null) {
        parent = locales[config.parentLocale]._config;
      } else {
        var loaded = loadLocale(config.parentLocale);
        if (loaded != null) {
          parent = loaded._config;
        } else {
          (localeFamilies[config.parentLocale] = localeFamilies[config.parentLocale] || [])
            .push({ name: name, config: config });
          return null;
        }
      }
    }
    locales[name] = new Locale(mergeConfigs(parent, config));
    if (localeFamilies[name]) {
      localeFamilies[name].forEach(function (x) { defineLocale(x.name, x.config); });
    }
    getSetGlobalLocale(name);
    return locales[name];
  }

  function updateLocale(name, config) {
    if (config != null) {
      if (locales[name] != null && locales[name].parentLocale != null) {
        locales[name].set(mergeConfigs(locales[name]._config, config));
      } else {
        var tmp = loadLocale(name);
        var parent = tmp != null ? tmp._config : baseConfig;
        config = mergeConfigs(parent, config);
        if (tmp == null) config.abbr = name;
        var locale = new Locale(config);
        locale.parentLocale = locales[name];
        locales[name] = locale;
      }
      getSetGlobalLocale(name);
    } else if (locales[name] != null) {
      if (locales[name].parentLocale != null) {
        locales[name] = locales[name].parentLocale;
        if (name === getSetGlobalLocale()) getSetGlobalLocale(name);
      } else {
        delete locales[name];
      }
    }
    return locales[name];
  }

  function englishOrdinal(n) {
    var last = n % 10;
    var suffix = toInt((n % 100) / 10) === 1 ? 'th'
      : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
    return n + suffix;
  }

  function installEnglish() {
    getSetGlobalLocale('en', {
      eras: [
        { since: '0001-01-01', until: +Infinity, offset: 1, name: 'Anno Domini', narrow: 'AD', abbr: 'AD' },
        { since: '0000-12-31', until: -Infinity, offset: 1, name: 'Before Christ', narrow: 'BC', abbr: 'BC' }
      ],
      dayOfMonthOrdinalParse: /\d{1,2}(th|st|nd|rd)/,
      ordinal: englishOrdinal
    });
  }

  extend(I, {
    has: has, isArray: isArray, isObject: isObject, isObjectEmpty: isObjectEmpty, isNumber: isNumber,
    isDate: isDate, isFunction: isFunction, isUndefined: isUndefined, absFloor: absFloor,
    absCeil: absCeil, absRound: absRound, mod: mod, toInt: toInt, zeroFill: zeroFill, extend: extend,
    firstDefined: firstDefined, compareArrays: compareArrays, regexEscape: regexEscape,
    normalizeUnits: normalizeUnits, normalizeObjectUnits: normalizeObjectUnits,
    prioritizedUnits: prioritizedUnits,
    YEAR: YEAR, MONTH: MONTH, DATE: DATE, HOUR: HOUR, MINUTE: MINUTE, SECOND: SECOND,
    MILLISECOND: MILLISECOND, WEEK: WEEK, WEEKDAY: WEEKDAY,
    isLeapYear: isLeapYear, daysInYear: daysInYear, daysInMonth: daysInMonth, createDate: createDate,
    createUTCDate: createUTCDate, dayOfYearFromWeeks: dayOfYearFromWeeks, weeksInYear: weeksInYear,
    weekOfYear: weekOfYear, flags: flags, matchWord: matchWord, MONTHS_SHORT: MONTHS_SHORT,
    WEEKDAYS_SHORT: WEEKDAYS_SHORT, Locale: Locale, getLocale: getLocale,
    getSetGlobalLocale: getSetGlobalLocale, defineLocale: defineLocale, updateLocale: updateLocale,
    listLocales: function () { return Object.keys(locales); }, installEnglish: installEnglish
  });
  return I;
})
