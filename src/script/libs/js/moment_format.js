// courier: internal part of `moment` (2.30 compatible): format tokens, format(), toISOString(),
// toString(), inspect() and the era getters.
(function (native, require) {
  'use strict';

  var I = require('_moment_parse');
  var zeroFill = I.zeroFill;
  var proto = I.Moment.prototype;

  // One token per match: [escaped text], an optional backslash before a token, the tokens
  // (longest alternatives first), or any single character.
  var formattingTokens = new RegExp('(\\[[^\\[]*\\])|(\\\\)?(' + [
    '[Hh]mm(ss)?', 'Mo', 'MM?M?M?', 'Do', 'DDDo', 'DD?D?D?', 'ddd?d?', 'do?', 'w[o|w]?', 'W[o|W]?',
    'Qo?', 'N{1,5}', 'YYYYYY', 'YYYYY', 'YYYY', 'YY', 'y{2,4}', 'yo?', 'gg(ggg?)?', 'GG(GGG?)?', 'e',
    'E', 'a', 'A', 'hh?', 'HH?', 'kk?', 'mm?', 'ss?', 'S{1,9}', 'x', 'X', 'zz?', 'ZZ?', '.'
  ].join('|') + ')', 'g');
  var localFormattingTokens = /(\[[^\[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;

  var tokenFunctions = {};
  var formatCache = {};

  // token: its own function; padded: [name, width, forceSign]; ordinal: name of the ordinal form.
  function addToken(token, padded, ordinal, getter) {
    var fn = typeof getter === 'string' ? function () { return this[getter](); } : getter;
    if (token) tokenFunctions[token] = fn;
    if (padded) {
      tokenFunctions[padded[0]] = function () {
        return zeroFill(fn.apply(this, arguments), padded[1], padded[2]);
      };
    }
    if (ordinal) {
      tokenFunctions[ordinal] = function () {
        return this.localeData().ordinal(fn.apply(this, arguments), token);
      };
    }
  }

  function hour12() { return this.hours() % 12 || 12; }
  function hour24() { return this.hours() || 24; }
  function pad2(n) { return zeroFill(n, 2); }

  addToken('M', ['MM', 2], 'Mo', function () { return this.month() + 1; });
  addToken('MMM', 0, 0, function (format) { return this.localeData().monthsShort(this, format); });
  addToken('MMMM', 0, 0, function (format) { return this.localeData().months(this, format); });
  addToken('D', ['DD', 2], 'Do', 'date');
  addToken('DDD', ['DDDD', 3], 'DDDo', 'dayOfYear');
  addToken('d', 0, 'do', 'day');
  addToken('dd', 0, 0, function (format) { return this.localeData().weekdaysMin(this, format); });
  addToken('ddd', 0, 0, function (format) { return this.localeData().weekdaysShort(this, format); });
  addToken('dddd', 0, 0, function (format) { return this.localeData().weekdays(this, format); });
  addToken('e', 0, 0, 'weekday');
  addToken('E', 0, 0, 'isoWeekday');
  addToken('w', ['ww', 2], 'wo', 'week');
  addToken('W', ['WW', 2], 'Wo', 'isoWeek');
  addToken(0, ['gg', 2], 0, function () { return this.weekYear() % 100; });
  addToken(0, ['GG', 2], 0, function () { return this.isoWeekYear() % 100; });
  addToken(0, ['gggg', 4], 0, 'weekYear');
  addToken(0, ['ggggg', 5], 0, 'weekYear');
  addToken(0, ['GGGG', 4], 0, 'isoWeekYear');
  addToken(0, ['GGGGG', 5], 0, 'isoWeekYear');
  addToken('Y', 0, 0, function () {
    var y = this.year();
    return y <= 9999 ? zeroFill(y, 4) : '+' + y;
  });
  addToken(0, ['YY', 2], 0, function () { return this.year() % 100; });
  addToken(0, ['YYYY', 4], 0, 'year');
  addToken(0, ['YYYYY', 5], 0, 'year');
  addToken(0, ['YYYYYY', 6, true], 0, 'year');
  addToken('Q', 0, 'Qo', 'quarter');
  addToken('H', ['HH', 2], 0, 'hour');
  addToken('h', ['hh', 2], 0, hour12);
  addToken('k', ['kk', 2], 0, hour24);
  addToken('hmm', 0, 0, function () { return '' + hour12.apply(this) + pad2(this.minutes()); });
  addToken('hmmss', 0, 0, function () {
    return '' + hour12.apply(this) + pad2(this.minutes()) + pad2(this.seconds());
  });
  addToken('Hmm', 0, 0, function () { return '' + this.hours() + pad2(this.minutes()); });
  addToken('Hmmss', 0, 0, function () { return '' + this.hours() + pad2(this.minutes()) + pad2(this.seconds()); });
  addToken('a', 0, 0, function () { return this.localeData().meridiem(this.hours(), this.minutes(), true); });
  addToken('A', 0, 0, function () { return this.localeData().meridiem(this.hours(), this.minutes(), false); });
  addToken('m', ['mm', 2], 0, 'minute');
  addToken('s', ['ss', 2], 0, 'second');
  addToken('S', 0, 0, function () { return ~~(this.millisecond() / 100); });
  addToken(0, ['SS', 2], 0, function () { return ~~(this.millisecond() / 10); });
  addToken(0, ['SSS', 3], 0, 'millisecond');
  (function () {
    for (var n = 4, scale = 10; n <= 9; n++, scale *= 10) {
      (function (factor) {
        addToken(0, ['SSSSSSSSS'.slice(0, n), n], 0, function () { return this.millisecond() * factor; });
      })(scale);
    }
  })();
  addToken('X', 0, 0, 'unix');
  addToken('x', 0, 0, 'valueOf');
  addToken('z', 0, 0, 'zoneAbbr');
  addToken('zz', 0, 0, 'zoneName');
  function offsetToken(separator) {
    return function () {
      var offset = this.utcOffset(), sign = '+';
      if (offset < 0) {
        offset = -offset;
        sign = '-';
      }
      return sign + zeroFill(~~(offset / 60), 2) + separator + zeroFill(~~offset % 60, 2);
    };
  }
  addToken('Z', 0, 0, offsetToken(':'));
  addToken('ZZ', 0, 0, offsetToken(''));
  addToken('N', 0, 0, 'eraAbbr');
  addToken('NN', 0, 0, 'eraAbbr');
  addToken('NNN', 0, 0, 'eraAbbr');
  addToken('NNNN', 0, 0, 'eraName');
  addToken('NNNNN', 0, 0, 'eraNarrow');
  addToken('y', ['y', 1], 'yo', 'eraYear');
  addToken('y', ['yy', 2], 0, 'eraYear');
  addToken('y', ['yyy', 3], 0, 'eraYear');
  addToken('y', ['yyyy', 4], 0, 'eraYear');

  function literalText(part) {
    if (part.match(/\[[\s\S]/)) return part.replace(/^\[|\]$/g, '');
    return part.replace(/\\/g, '');
  }

  function compileFormat(format) {
    var parts = format.match(formattingTokens);
    var n = parts.length;
    for (var i = 0; i < n; i++) {
      parts[i] = tokenFunctions[parts[i]] || literalText(parts[i]);
    }
    return function (mom) {
      var out = '';
      for (var j = 0; j < n; j++) {
        out += typeof parts[j] === 'function' ? parts[j].call(mom, format) : parts[j];
      }
      return out;
    };
  }

  // Replaces the locale's long formats (LT, L, LL, l...), several levels deep.
  function expandFormat(format, locale) {
    var rounds = 5;
    function replace(input) { return locale.longDateFormat(input) || input; }
    localFormattingTokens.lastIndex = 0;
    while (rounds >= 0 && localFormattingTokens.test(format)) {
      format = format.replace(localFormattingTokens, replace);
      localFormattingTokens.lastIndex = 0;
      rounds -= 1;
    }
    return format;
  }

  function formatMoment(m, format) {
    if (!m.isValid()) return m.localeData().invalidDate();
    format = expandFormat(format, m.localeData());
    formatCache[format] = formatCache[format] || compileFormat(format);
    return formatCache[format](m);
  }

  proto.format = function (inputString) {
    if (!inputString) inputString = this.isUtc() ? I.hooks.defaultFormatUtc : I.hooks.defaultFormat;
    return this.localeData().postformat(formatMoment(this, inputString));
  };

  proto.toString = function () {
    return this.clone().locale('en').format('ddd MMM DD YYYY HH:mm:ss [GMT]ZZ');
  };

  proto.toISOString = function (keepOffset) {
    if (!this.isValid()) return null;
    var utc = keepOffset !== true;
    var m = utc ? this.clone().utc() : this;
    if (m.year() < 0 || m.year() > 9999) {
      return formatMoment(m, utc ? 'YYYYYY-MM-DD[T]HH:mm:ss.SSS[Z]' : 'YYYYYY-MM-DD[T]HH:mm:ss.SSSZ');
    }
    if (utc) return this.toDate().toISOString();
    return new Date(this.valueOf() + this.utcOffset() * 60000).toISOString().replace('Z', formatMoment(m, 'Z'));
  };

  proto.toJSON = function () { return this.isValid() ? this.toISOString() : null; };

  proto.inspect = function () {
    if (!this.isValid()) return 'moment.invalid(/* ' + this._i + ' */)';
    var func = 'moment', zone = '';
    if (!this.isLocal()) {
      func = this.utcOffset() === 0 ? 'moment.utc' : 'moment.parseZone';
      zone = 'Z';
    }
    var year = this.year() >= 0 && this.year() <= 9999 ? 'YYYY' : 'YYYYYY';
    return this.format('[' + func + '("]' + year + '-MM-DD[T]HH:mm:ss.SSS' + zone + '[")]');
  };

  if (typeof Symbol !== 'undefined' && Symbol.for != null) {
    proto[Symbol.for('nodejs.util.inspect.custom')] = function () {
      return 'Moment<' + this.format() + '>';
    };
  }

  proto.zoneAbbr = function () { return this._isUTC ? 'UTC' : ''; };
  proto.zoneName = function () { return this._isUTC ? 'Coordinated Universal Time' : ''; };

  // The era (of the locale) that holds this moment's day.
  function currentEra(m) {
    var eras = m.localeData().eras();
    for (var i = 0; i < eras.length; i++) {
      var val = m.clone().startOf('day').valueOf();
      if ((eras[i].since <= val && val <= eras[i].until) || (eras[i].until <= val && val <= eras[i].since)) {
        return eras[i];
      }
    }
    return null;
  }
  function eraField(field) {
    return function () {
      var era = currentEra(this);
      return era ? era[field] : '';
    };
  }
  proto.eraName = eraField('name');
  proto.eraNarrow = eraField('narrow');
  proto.eraAbbr = eraField('abbr');
  proto.eraYear = function () {
    var era = currentEra(this);
    if (!era) return this.year();
    var dir = era.since <= era.until ? 1 : -1;
    return (this.year() - I.hooks(era.since).year()) * dir + era.offset;
  };

  var lp = I.Locale.prototype;

  // Locale eras: 'since'/'until' given as date strings become local start-of-day timestamps.
  lp.eras = function () {
    var eras = this._eras || I.getLocale('en')._eras;
    for (var i = 0; i < eras.length; i++) {
      if (typeof eras[i].since === 'string') eras[i].since = I.hooks(eras[i].since).startOf('day').valueOf();
      if (typeof eras[i].until === 'undefined') eras[i].until = +Infinity;
      else if (typeof eras[i].until === 'string') eras[i].until = I.hooks(eras[i].until).startOf('day').valueOf();
    }
    return eras;
  };

  lp.erasParse = function (name, token, strict) {
    var eras = this.eras();
    name = name.toUpperCase();
    for (var i = 0; i < eras.length; i++) {
      var full = eras[i].name.toUpperCase(), abbr = eras[i].abbr.toUpperCase(), narrow = eras[i].narrow.toUpperCase();
      if (strict) {
        if ((token === 'N' || token === 'NN' || token === 'NNN') && abbr === name) return eras[i];
        if (token === 'NNNN' && full === name) return eras[i];
        if (token === 'NNNNN' && narrow === name) return eras[i];
      } else if ([full, abbr, narrow].indexOf(name) >= 0) {
        return eras[i];
      }
    }
  };

  lp.erasConvertYear = function (era, year) {
    var dir = era.since <= era.until ? 1 : -1;
    var base = I.hooks(era.since).year();
    return year === undefined ? base : base + (year - era.offset) * dir;
  };

  function eraRegexes(locale) {
    if (!I.has(locale, '_erasRegex')) {
      var names = [], abbrs = [], narrows = [], mixed = [];
      locale.eras().forEach(function (e) {
        var n = I.regexEscape(e.name), a = I.regexEscape(e.abbr), w = I.regexEscape(e.narrow);
        names.push(n); abbrs.push(a); narrows.push(w); mixed.push(n, a, w);
      });
      locale._erasRegex = new RegExp('^(' + mixed.join('|') + ')', 'i');
      locale._erasNameRegex = new RegExp('^(' + names.join('|') + ')', 'i');
      locale._erasAbbrRegex = new RegExp('^(' + abbrs.join('|') + ')', 'i');
      locale._erasNarrowRegex = new RegExp('^(' + narrows.join('|') + ')', 'i');
    }
    return locale;
  }
  lp.erasNameRegex = function (strict) { eraRegexes(this); return strict ? this._erasNameRegex : this._erasRegex; };
  lp.erasAbbrRegex = function (strict) { eraRegexes(this); return strict ? this._erasAbbrRegex : this._erasRegex; };
  lp.erasNarrowRegex = function (strict) { eraRegexes(this); return strict ? this._erasNarrowRegex : this._erasRegex; };

  I.extend(I, {
    formattingTokens: formattingTokens, formatTokenFunctions: tokenFunctions,
    expandFormat: expandFormat, formatMoment: formatMoment
  });
  return I;
})
