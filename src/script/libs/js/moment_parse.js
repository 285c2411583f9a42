// courier: internal part of `moment` (2.30 compatible): building moments from input (ISO 8601,
// RFC 2822, format strings, arrays, objects, the Date fallback) and their validity.
(function (native, require) {
  'use strict';

  var I = require('_moment_base');
  var YEAR = I.YEAR, MONTH = I.MONTH, DATE = I.DATE, HOUR = I.HOUR, MINUTE = I.MINUTE;
  var SECOND = I.SECOND, MILLISECOND = I.MILLISECOND;
  var toInt = I.toInt, flags = I.flags, isUndefined = I.isUndefined;

  // ------------------------------------------------------------------ the Moment object

  var momentProperties = [];
  var updateInProgress = false;

  function copyConfig(to, from) {
    ['_isAMomentObject', '_i', '_f', '_l', '_strict', '_tzm', '_isUTC', '_offset'].forEach(function (k) {
      if (!isUndefined(from[k])) to[k] = from[k];
    });
    if (!isUndefined(from._pf)) to._pf = flags(from);
    if (!isUndefined(from._locale)) to._locale = from._locale;
    for (var i = 0; i < momentProperties.length; i++) {
      var v = from[momentProperties[i]];
      if (!isUndefined(v)) to[momentProperties[i]] = v;
    }
    return to;
  }

  function Moment(config) {
    copyConfig(this, config);
    this._d = new Date(config._d != null ? config._d.getTime() : NaN);
    if (!this.isValid()) this._d = new Date(NaN);
    if (updateInProgress === false) {
      updateInProgress = true;
      I.hooks.updateOffset(this);
      updateInProgress = false;
    }
  }

  function isMoment(obj) {
    return obj instanceof Moment || (obj != null && obj._isAMomentObject != null);
  }

  function isValid(m) {
    var ok = m._d && !isNaN(m._d.getTime());
    if (ok) {
      var f = flags(m);
      var parsedParts = f.parsedDateParts.some(function (p) { return p != null; });
      ok = f.overflow < 0 && !f.empty && !f.invalidEra && !f.invalidMonth && !f.invalidWeekday &&
        !f.weekdayMismatch && !f.nullInput && !f.invalidFormat && !f.userInvalidated &&
        (!f.meridiem || (f.meridiem && parsedParts));
      if (m._strict) {
        ok = ok && f.charsLeftOver === 0 && f.unusedTokens.length === 0 && f.bigHour === undefined;
      }
    }
    if (Object.isFrozen == null || !Object.isFrozen(m)) {
      m._isValid = ok;
      return m._isValid;
    }
    return ok;
  }

  function createInvalid(extraFlags) {
    var m = createUTC(NaN);
    if (extraFlags != null) I.extend(flags(m), extraFlags);
    else flags(m).userInvalidated = true;
    return m;
  }

  // ------------------------------------------------------------------ token regexes

  var match1 = /\d/, match2 = /\d\d/, match3 = /\d{3}/, match4 = /\d{4}/, match6 = /[+-]?\d{6}/;
  var match1to2 = /\d\d?/, match3to4 = /\d\d\d\d?/, match5to6 = /\d\d\d\d\d\d?/;
  var match1to3 = /\d{1,3}/, match1to4 = /\d{1,4}/, match1to6 = /[+-]?\d{1,6}/;
  var matchUnsigned = /\d+/, matchSigned = /[+-]?\d+/;
  var matchOffset = /Z|[+-]\d\d:?\d\d/gi, matchShortOffset = /Z|[+-]\d\d(?::?\d\d)?/gi;
  var matchTimestamp = /[+-]?\d+(\.\d{1,3})?/;
  var match1to2NoLeadingZero = /^[1-9]\d?/, match1to2HasZero = /^([1-9]\d|\d)/;

  var regexes = {};
  function addRegex(tokens, regex, strictRegex) {
    var fn = typeof regex === 'function' ? regex : function (strict) {
      return strict && strictRegex ? strictRegex : regex;
    };
    tokens.split(' ').forEach(function (t) { regexes[t] = fn; });
  }
  function localeRegex(method) {
    return function (strict, locale) { return locale[method](strict); };
  }

  addRegex('Y G g', matchSigned);
  addRegex('YY GG gg', match1to2, match2);
  addRegex('YYYY GGGG gggg', match1to4, match4);
  addRegex('YYYYY YYYYYY GGGGG ggggg', match1to6, match6);
  addRegex('M', match1to2, match1to2NoLeadingZero);
  addRegex('MM DD ww WW HH hh kk mm ss', match1to2, match2);
  addRegex('MMM', localeRegex('monthsShortRegex'));
  addRegex('MMMM', localeRegex('monthsRegex'));
  addRegex('D w W h k', match1to2, match1to2NoLeadingZero);
  addRegex('Do', function (strict, locale) {
    return strict ? locale._dayOfMonthOrdinalParse || locale._ordinalParse : locale._dayOfMonthOrdinalParseLenient;
  });
  addRegex('DDD', match1to3);
  addRegex('DDDD', match3);
  addRegex('d e E', match1to2);
  addRegex('dd', localeRegex('weekdaysMinRegex'));
  addRegex('ddd', localeRegex('weekdaysShortRegex'));
  addRegex('dddd', localeRegex('weekdaysRegex'));
  addRegex('H m s', match1to2, match1to2HasZero);
  addRegex('hmm Hmm', match3to4);
  addRegex('hmmss Hmmss', match5to6);
  addRegex('a A', function (strict, locale) { return locale._meridiemParse; });
  addRegex('S', match1to3, match1);
  addRegex('SS', match1to3, match2);
  addRegex('SSS', match1to3, match3);
  addRegex('SSSS SSSSS SSSSSS SSSSSSS SSSSSSSS SSSSSSSSS', matchUnsigned);
  addRegex('Q', match1);
  addRegex('X', matchTimestamp);
  addRegex('x', matchSigned);
  addRegex('Z ZZ', matchShortOffset);
  addRegex('N NN NNN', localeRegex('erasAbbrRegex'));
  addRegex('NNNN', localeRegex('erasNameRegex'));
  addRegex('NNNNN', localeRegex('erasNarrowRegex'));
  addRegex('y yy yyy yyyy', matchUnsigned);
  addRegex('yo', function (strict, locale) { return locale._eraYearOrdinalRegex || matchUnsigned; });

  // The text of a literal token ('-', '[at]', '\\x') as a regex.
  function literalRegexSource(s) {
    s = s.replace('\\', '').replace(/\\(\[)|\\(\])|\[([^\]\[]*)\]|\\(.)/g, function (m, a, b, c, d) {
      return a || b || c || d;
    });
    return I.regexEscape(s);
  }

  function regexForToken(token, config) {
    if (!I.has(regexes, token)) return new RegExp(literalRegexSource(token));
    return regexes[token](config._strict, config._locale);
  }

  // ------------------------------------------------------------------ token handlers

  var parsers = {};
  function addParser(tokens, fn) {
    if (typeof fn === 'number') {
      var index = fn;
      fn = function (input, a) { a[index] = toInt(input); };
    }
    tokens.split(' ').forEach(function (t) { parsers[t] = fn; });
  }
  function addWeekParser(tokens, fn) {
    addParser(tokens, function (input, a, config, token) {
      config._w = config._w || {};
      fn(input, config._w, config, token);
    });
  }
  function twoDigitYear(input) { return I.hooks.parseTwoDigitYear(input); }

  addParser('YYYYY YYYYYY y yy yyy yyyy', YEAR);
  addParser('YYYY', function (input, a) { a[YEAR] = input.length === 2 ? twoDigitYear(input) : toInt(input); });
  addParser('YY', function (input, a) { a[YEAR] = twoDigitYear(input); });
  addParser('Y', function (input, a) { a[YEAR] = parseInt(input, 10); });
  addParser('yo', function (input, a, config) {
    var locale = config._locale;
    var match = locale._eraYearOrdinalRegex ? input.match(locale._eraYearOrdinalRegex) : undefined;
    a[YEAR] = locale.eraYearOrdinalParse ? locale.eraYearOrdinalParse(input, match) : parseInt(input, 10);
  });
  addParser('N NN NNN NNNN NNNNN', function (input, a, config, token) {
    var era = config._locale.erasParse(input, token, config._strict);
    if (era) flags(config).era = era;
    else flags(config).invalidEra = input;
  });
  addParser('M MM', function (input, a) { a[MONTH] = toInt(input) - 1; });
  addParser('MMM MMMM', function (input, a, config, token) {
    var month = config._locale.monthsParse(input, token, config._strict);
    if (month != null) a[MONTH] = month;
    else flags(config).invalidMonth = input;
  });
  addParser('Q', function (input, a) { a[MONTH] = (toInt(input) - 1) * 3; });
  addParser('D DD', DATE);
  addParser('Do', function (input, a) { a[DATE] = toInt(input.match(match1to2)[0]); });
  addParser('DDD DDDD', function (input, a, config) { config._dayOfYear = toInt(input); });
  addWeekParser('dd ddd dddd', function (input, week, config, token) {
    var day = config._locale.weekdaysParse(input, token, config._strict);
    if (day != null) week.d = day;
    else flags(config).invalidWeekday = input;
  });
  addWeekParser('d e E', function (input, week, config, token) { week[token] = toInt(input); });
  addWeekParser('w ww W WW', function (input, week, config, token) { week[token.substr(0, 1)] = toInt(input); });
  addWeekParser('gggg ggggg GGGG GGGGG', function (input, week, config, token) {
    week[token.substr(0, 2)] = toInt(input);
  });
  addWeekParser('gg GG', function (input, week, config, token) { week[token] = twoDigitYear(input); });
  addParser('H HH', HOUR);
  addParser('k kk', function (input, a) { var k = toInt(input); a[HOUR] = k === 24 ? 0 : k; });
  addParser('a A', function (input, a, config) {
    config._isPm = config._locale.isPM(input);
    config._meridiem = input;
  });
  addParser('h hh', function (input, a, config) { a[HOUR] = toInt(input); flags(config).bigHour = true; });
  function compactTime(withSeconds, twelveHour) {
    return function (input, a, config) {
      var n = input.length;
      if (withSeconds) {
        a[HOUR] = toInt(input.substr(0, n - 4));
        a[MINUTE] = toInt(input.substr(n - 4, 2));
        a[SECOND] = toInt(input.substr(n - 2));
      } else {
        a[HOUR] = toInt(input.substr(0, n - 2));
        a[MINUTE] = toInt(input.substr(n - 2));
      }
      if (twelveHour) flags(config).bigHour = true;
    };
  }
  addParser('hmm', compactTime(false, true));
  addParser('hmmss', compactTime(true, true));
  addParser('Hmm', compactTime(false, false));
  addParser('Hmmss', compactTime(true, false));
  addParser('m mm', MINUTE);
  addParser('s ss', SECOND);
  addParser('S SS SSS SSSS SSSSS SSSSSS SSSSSSS SSSSSSSS SSSSSSSSS', function (input, a) {
    a[MILLISECOND] = toInt(('0.' + input) * 1000);
  });
  addParser('X', function (input, a, config) { config._d = new Date(parseFloat(input) * 1000); });
  addParser('x', function (input, a, config) { config._d = new Date(toInt(input)); });
  addParser('Z ZZ', function (input, a, config) {
    config._useUTC = true;
    config._tzm = offsetFromString(matchShortOffset, input);
  });

  // Minutes east of UTC of the last offset in `string` ('+05:30', '-0800', 'Z'), or null.
  function offsetFromString(matcher, string) {
    var matches = (string || '').match(matcher);
    if (matches === null) return null;
    var chunk = matches[matches.length - 1] || [];
    var parts = (chunk + '').match(/([\+\-]|\d\d)/gi) || ['-', 0, 0];
    var minutes = +(parts[1] * 60) + toInt(parts[2]);
    return minutes === 0 ? 0 : parts[0] === '+' ? minutes : -minutes;
  }

  // ------------------------------------------------------------------ string + format

  function configFromStringAndFormat(config) {
    if (config._f === I.hooks.ISO_8601) return configFromISO(config);
    if (config._f === I.hooks.RFC_2822) return configFromRFC2822(config);
    config._a = [];
    var pf = flags(config);
    pf.empty = true;
    var string = '' + config._i;
    var length = string.length;
    var consumed = 0;
    var tokens = I.expandFormat(config._f, config._locale).match(I.formattingTokens) || [];
    for (var i = 0; i < tokens.length; i++) {
      var token = tokens[i];
      var found = (string.match(regexForToken(token, config)) || [])[0];
      if (found) {
        var at = string.indexOf(found);
        var skipped = string.substr(0, at);
        if (skipped.length > 0) pf.unusedInput.push(skipped);
        string = string.slice(at + found.length);
        consumed += found.length;
      }
      if (I.formatTokenFunctions[token]) {
        if (found) pf.empty = false;
        else pf.unusedTokens.push(token);
        if (found != null && I.has(parsers, token)) parsers[token](found, config._a, config, token);
      } else if (config._strict && !found) {
        pf.unusedTokens.push(token);
      }
    }
    pf.charsLeftOver = length - consumed;
    if (string.length > 0) pf.unusedInput.push(string);
    if (config._a[HOUR] <= 12 && pf.bigHour === true && config._a[HOUR] > 0) pf.bigHour = undefined;
    pf.parsedDateParts = config._a.slice(0);
    pf.meridiem = config._meridiem;
    config._a[HOUR] = meridiemFix(config._locale, config._a[HOUR], config._meridiem);
    if (pf.era !== null) config._a[YEAR] = config._locale.erasConvertYear(pf.era, config._a[YEAR]);
    configFromArray(config);
    checkOverflow(config);
  }

  function meridiemFix(locale, hour, meridiem) {
    if (meridiem == null) return hour;
    if (locale.meridiemHour != null) return locale.meridiemHour(hour, meridiem);
    if (locale.isPM != null) {
      var pm = locale.isPM(meridiem);
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
    }
    return hour;
  }

  // Several formats: the first valid parse wins unless a later one leaves less unparsed.
  function configFromStringAndArray(config) {
    var formats = config._f;
    if (formats.length === 0) {
      flags(config).invalidFormat = true;
      config._d = new Date(NaN);
      return;
    }
    var best, bestScore, bestValid = false, temp;
    for (var i = 0; i < formats.length; i++) {
      temp = copyConfig({}, config);
      if (config._useUTC != null) temp._useUTC = config._useUTC;
      temp._f = formats[i];
      configFromStringAndFormat(temp);
      var valid = isValid(temp);
      var score = flags(temp).charsLeftOver + flags(temp).unusedTokens.length * 10;
      flags(temp).score = score;
      if (!bestValid) {
        if (bestScore == null || score < bestScore || valid) {
          bestScore = score;
          best = temp;
          if (valid) bestValid = true;
        }
      } else if (score < bestScore) {
        bestScore = score;
        best = temp;
      }
    }
    I.extend(config, best || temp);
  }

  // ------------------------------------------------------------------ ISO 8601 and RFC 2822

  var isoYear = '(?:[+-]\\d{6}|\\d{4})';
  var isoZone = '([+-]\\d\\d(?::?\\d\\d)?|\\s*Z)?';
  var extendedIso = new RegExp('^\\s*(' + isoYear + '-(?:\\d\\d-\\d\\d|W\\d\\d-\\d|W\\d\\d|\\d\\d\\d|\\d\\d))' +
    '(?:(T| )(\\d\\d(?::\\d\\d(?::\\d\\d(?:[.,]\\d+)?)?)?)' + isoZone + ')?$');
  var basicIso = new RegExp('^\\s*(' + isoYear + '(?:\\d\\d\\d\\d|W\\d\\d\\d|W\\d\\d|\\d\\d\\d|\\d\\d|))' +
    '(?:(T| )(\\d\\d(?:\\d\\d(?:\\d\\d(?:[.,]\\d+)?)?)?)' + isoZone + ')?$');
  // [format, pattern, may have a time]
  var ISO_DATES = [
    ['YYYYYY-MM-DD', /[+-]\d{6}-\d\d-\d\d/, true], ['YYYY-MM-DD', /\d{4}-\d\d-\d\d/, true],
    ['GGGG-[W]WW-E', /\d{4}-W\d\d-\d/, true], ['GGGG-[W]WW', /\d{4}-W\d\d/, false],
    ['YYYY-DDD', /\d{4}-\d{3}/, true], ['YYYY-MM', /\d{4}-\d\d/, false],
    ['YYYYYYMMDD', /[+-]\d{10}/, true], ['YYYYMMDD', /\d{8}/, true],
    ['GGGG[W]WWE', /\d{4}W\d{3}/, true], ['GGGG[W]WW', /\d{4}W\d{2}/, false],
    ['YYYYDDD', /\d{7}/, true], ['YYYYMM', /\d{6}/, false], ['YYYY', /\d{4}/, false]
  ];
  var ISO_TIMES = [
    ['HH:mm:ss.SSSS', /\d\d:\d\d:\d\d\.\d+/], ['HH:mm:ss,SSSS', /\d\d:\d\d:\d\d,\d+/],
    ['HH:mm:ss', /\d\d:\d\d:\d\d/], ['HH:mm', /\d\d:\d\d/], ['HHmmss.SSSS', /\d\d\d\d\d\d\.\d+/],
    ['HHmmss,SSSS', /\d\d\d\d\d\d,\d+/], ['HHmmss', /\d\d\d\d\d\d/], ['HHmm', /\d\d\d\d/], ['HH', /\d\d/]
  ];

  function findFormat(list, text) {
    for (var i = 0; i < list.length; i++) if (list[i][1].exec(text)) return list[i];
    return null;
  }

  function configFromISO(config) {
    var string = config._i;
    var match = extendedIso.exec(string) || basicIso.exec(string);
    if (!match) {
      config._isValid = false;
      return;
    }
    flags(config).iso = true;
    var date = findFormat(ISO_DATES, match[1]);
    if (date === null) { config._isValid = false; return; }
    var timeFormat = null;
    if (match[3]) {
      var time = findFormat(ISO_TIMES, match[3]);
      if (time === null) { config._isValid = false; return; }
      timeFormat = (match[2] || ' ') + time[0];
    }
    if (!date[2] && timeFormat !== null) { config._isValid = false; return; }
    var zone = '';
    if (match[4]) {
      if (/Z|[+-]\d\d(?::?\d\d)?/.exec(match[4])) zone = 'Z';
      else { config._isValid = false; return; }
    }
    config._f = date[0] + (timeFormat || '') + zone;
    configFromStringAndFormat(config);
  }

  var rfc2822 = new RegExp('^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\\s)?(\\d{1,2})\\s' +
    '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s(\\d{2,4})\\s(\\d\\d):(\\d\\d)(?::(\\d\\d))?\\s' +
    '(?:(UT|GMT|[ECMP][SD]T)|([Zz])|([+-]\\d{4}))$');
  var OBSOLETE_ZONES = {
    UT: 0, GMT: 0, EDT: -240, EST: -300, CDT: -300, CST: -360, MDT: -360, MST: -420, PDT: -420, PST: -480
  };

  function configFromRFC2822(config) {
    var text = config._i.replace(/\([^()]*\)|[\n\t]/g, ' ').replace(/(\s\s+)/g, ' ')
      .replace(/^\s\s*/, '').replace(/\s\s*$/, '');
    var match = rfc2822.exec(text);
    if (!match) {
      config._isValid = false;
      return;
    }
    var year = parseInt(match[4], 10);
    if (year <= 49) year += 2000;
    else if (year <= 999) year += 1900;
    var parts = [year, I.MONTHS_SHORT.indexOf(match[3]), parseInt(match[2], 10),
      parseInt(match[5], 10), parseInt(match[6], 10)];
    if (match[7]) parts.push(parseInt(match[7], 10));
    if (match[1]) {
      var actual = new Date(parts[0], parts[1], parts[2]).getDay();
      if (I.WEEKDAYS_SHORT.indexOf(match[1]) !== actual) {
        flags(config).weekdayMismatch = true;
        config._isValid = false;
        return;
      }
    }
    config._a = parts;
    var tzm;
    if (match[8]) tzm = OBSOLETE_ZONES[match[8]];
    else if (match[9]) tzm = 0;
    else {
      var hm = parseInt(match[10], 10), m = hm % 100;
      tzm = ((hm - m) / 100) * 60 + m;
    }
    config._tzm = tzm;
    config._d = I.createUTCDate.apply(null, parts);
    config._d.setUTCMinutes(config._d.getUTCMinutes() - tzm);
    flags(config).rfc2822 = true;
  }

  function configFromString(config) {
    var asp = /^\/?Date\((-?\d+)/i.exec(config._i);
    if (asp !== null) {
      config._d = new Date(+asp[1]);
      return;
    }
    configFromISO(config);
    if (config._isValid !== false) return;
    delete config._isValid;
    configFromRFC2822(config);
    if (config._isValid !== false) return;
    delete config._isValid;
    if (config._strict) config._isValid = false;
    else I.hooks.createFromInputFallback(config);
  }

  // ------------------------------------------------------------------ arrays and objects

  function currentDateArray(config) {
    var now = new Date(I.hooks.now());
    if (config._useUTC) return [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()];
    return [now.getFullYear(), now.getMonth(), now.getDate()];
  }

  function configFromArray(config) {
    if (config._d) return;
    var a = config._a, input = [], i;
    var today = currentDateArray(config);
    if (config._w && a[DATE] == null && a[MONTH] == null) dayOfYearFromWeekInfo(config);
    if (config._dayOfYear != null) {
      var year = I.firstDefined(a[YEAR], today[YEAR]);
      if (config._dayOfYear > I.daysInYear(year) || config._dayOfYear === 0) {
        flags(config)._overflowDayOfYear = true;
      }
      var d = I.createUTCDate(year, 0, config._dayOfYear);
      a[MONTH] = d.getUTCMonth();
      a[DATE] = d.getUTCDate();
    }
    // Missing leading parts default to today; missing later ones to their minimum.
    for (i = 0; i < 3 && a[i] == null; ++i) a[i] = input[i] = today[i];
    for (; i < 7; i++) a[i] = input[i] = a[i] == null ? (i === 2 ? 1 : 0) : a[i];
    var nextDay = a[HOUR] === 24 && a[MINUTE] === 0 && a[SECOND] === 0 && a[MILLISECOND] === 0;
    if (nextDay) {
      config._nextDay = true;
      a[HOUR] = 0;
    }
    config._d = (config._useUTC ? I.createUTCDate : I.createDate).apply(null, input);
    var weekday = config._useUTC ? config._d.getUTCDay() : config._d.getDay();
    if (config._tzm != null) config._d.setUTCMinutes(config._d.getUTCMinutes() - config._tzm);
    if (config._nextDay) a[HOUR] = 24;
    if (config._w && typeof config._w.d !== 'undefined' && config._w.d !== weekday) {
      flags(config).weekdayMismatch = true;
    }
  }

  function dayOfYearFromWeekInfo(config) {
    var w = config._w, weekYear, week, weekday, dow, doy, overflow, current;
    if (w.GG != null || w.W != null || w.E != null) {
      dow = 1;
      doy = 4;
      weekYear = I.firstDefined(w.GG, config._a[YEAR], I.weekOfYear(createLocal(), 1, 4).year);
      week = I.firstDefined(w.W, 1);
      weekday = I.firstDefined(w.E, 1);
      if (weekday < 1 || weekday > 7) overflow = true;
    } else {
      dow = config._locale._week.dow;
      doy = config._locale._week.doy;
      current = I.weekOfYear(createLocal(), dow, doy);
      weekYear = I.firstDefined(w.gg, config._a[YEAR], current.year);
      week = I.firstDefined(w.w, current.week);
      if (w.d != null) {
        weekday = w.d;
        if (weekday < 0 || weekday > 6) overflow = true;
      } else if (w.e != null) {
        weekday = w.e + dow;
        if (w.e < 0 || w.e > 6) overflow = true;
      } else {
        weekday = dow;
      }
    }
    if (week < 1 || week > I.weeksInYear(weekYear, dow, doy)) {
      flags(config)._overflowWeeks = true;
    } else if (overflow != null) {
      flags(config)._overflowWeekday = true;
    } else {
      var res = I.dayOfYearFromWeeks(weekYear, week, weekday, dow, doy);
      config._a[YEAR] = res.year;
      config._dayOfYear = res.dayOfYear;
    }
  }

  function configFromObject(config) {
    if (config._d) return;
    var o = I.normalizeObjectUnits(config._i);
    var day = o.day === undefined ? o.date : o.day;
    config._a = [o.year, o.month, day, o.hour, o.minute, o.second, o.millisecond].map(function (v) {
      return v && parseInt(v, 10);
    });
    configFromArray(config);
  }

  // Which part (MONTH, DATE, ...) of the parsed array is out of range; -1 when none.
  function checkOverflow(m) {
    var a = m._a;
    if (a && flags(m).overflow === -2) {
      var overflow =
        a[MONTH] < 0 || a[MONTH] > 11 ? MONTH
        : a[DATE] < 1 || a[DATE] > I.daysInMonth(a[YEAR], a[MONTH]) ? DATE
        : a[HOUR] < 0 || a[HOUR] > 24 || (a[HOUR] === 24 && (a[MINUTE] !== 0 || a[SECOND] !== 0 || a[MILLISECOND] !== 0)) ? HOUR
        : a[MINUTE] < 0 || a[MINUTE] > 59 ? MINUTE
        : a[SECOND] < 0 || a[SECOND] > 59 ? SECOND
        : a[MILLISECOND] < 0 || a[MILLISECOND] > 999 ? MILLISECOND
        : -1;
      var pf = flags(m);
      if (pf._overflowDayOfYear && (overflow < YEAR || overflow > DATE)) overflow = DATE;
      if (pf._overflowWeeks && overflow === -1) overflow = I.WEEK;
      if (pf._overflowWeekday && overflow === -1) overflow = I.WEEKDAY;
      pf.overflow = overflow;
    }
    return m;
  }

  // ------------------------------------------------------------------ entry points

  function configFromInput(config) {
    var input = config._i;
    if (isUndefined(input)) config._d = new Date(I.hooks.now());
    else if (I.isDate(input)) config._d = new Date(input.valueOf());
    else if (typeof input === 'string') configFromString(config);
    else if (I.isArray(input)) {
      config._a = input.slice(0).map(function (v) { return parseInt(v, 10); });
      configFromArray(config);
    } else if (I.isObject(input)) configFromObject(config);
    else if (I.isNumber(input)) config._d = new Date(input);
    else I.hooks.createFromInputFallback(config);
  }

  function prepareConfig(config) {
    var input = config._i, format = config._f;
    config._locale = config._locale || I.getLocale(config._l);
    if (input === null || (format === undefined && input === '')) return createInvalid({ nullInput: true });
    if (typeof input === 'string') config._i = input = config._locale.preparse(input);
    if (isMoment(input)) return new Moment(checkOverflow(input));
    if (I.isDate(input)) config._d = input;
    else if (I.isArray(format)) configFromStringAndArray(config);
    else if (format) configFromStringAndFormat(config);
    else configFromInput(config);
    if (!isValid(config)) config._d = null;
    return config;
  }

  function createFromConfig(config) {
    var res = new Moment(checkOverflow(prepareConfig(config)));
    if (res._nextDay) {
      res.add(1, 'd');
      res._nextDay = undefined;
    }
    return res;
  }

  function createLocalOrUTC(input, format, locale, strict, isUTC) {
    if (format === true || format === false) {
      strict = format;
      format = undefined;
    }
    if (locale === true || locale === false) {
      strict = locale;
      locale = undefined;
    }
    if ((I.isObject(input) && I.isObjectEmpty(input)) || (I.isArray(input) && input.length === 0)) {
      input = undefined;
    }
    var c = {};
    c._isAMomentObject = true;
    c._useUTC = c._isUTC = isUTC;
    c._l = locale;
    c._i = input;
    c._f = format;
    c._strict = strict;
    return createFromConfig(c);
  }

  function createLocal(input, format, locale, strict) {
    return createLocalOrUTC(input, format, locale, strict, false);
  }

  function createUTC(input, format, locale, strict) {
    return createLocalOrUTC(input, format, locale, strict, true).utc();
  }

  I.extend(I, {
    Moment: Moment, momentProperties: momentProperties, copyConfig: copyConfig, isMoment: isMoment,
    isValid: isValid, createInvalid: createInvalid, prepareConfig: prepareConfig,
    createLocal: createLocal, createUTC: createUTC, offsetFromString: offsetFromString,
    matchOffset: matchOffset, matchShortOffset: matchShortOffset
  });
  return I;
})
