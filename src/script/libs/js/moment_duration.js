// courier: internal part of `moment` (2.30 compatible): durations (moment.duration), their
// ISO 8601 form, humanize() and the relative time thresholds used by from/to.
(function (native, require) {
  'use strict';

  var I = require('_moment_parse');
  var absFloor = I.absFloor, absCeil = I.absCeil, toInt = I.toInt;

  var ORDERING = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', 'millisecond'];

  // Only known units with numeric (or empty) values, and only the smallest unit given may
  // have a fraction.
  function isDurationValid(units) {
    for (var key in units) {
      if (I.has(units, key) && !(ORDERING.indexOf(key) !== -1 && (units[key] == null || !isNaN(units[key])))) {
        return false;
      }
    }
    var sawFraction = false;
    for (var i = 0; i < ORDERING.length; i++) {
      var v = units[ORDERING[i]];
      if (v) {
        if (sawFraction) return false;
        if (parseFloat(v) !== toInt(v)) sawFraction = true;
      }
    }
    return true;
  }

  function daysToMonths(days) { return (days * 4800) / 146097; }
  function monthsToDays(months) { return (months * 146097) / 4800; }

  function Duration(input) {
    var u = I.normalizeObjectUnits(input);
    var years = u.year || 0, quarters = u.quarter || 0, months = u.month || 0;
    var weeks = u.week || u.isoWeek || 0, days = u.day || 0, hours = u.hour || 0;
    var minutes = u.minute || 0, seconds = u.second || 0, ms = u.millisecond || 0;
    this._isValid = isDurationValid(u);
    // Milliseconds, days and months stay apart: their lengths vary with the calendar.
    this._milliseconds = +ms + seconds * 1e3 + minutes * 6e4 + hours * 1000 * 60 * 60;
    this._days = +days + weeks * 7;
    this._months = +months + quarters * 3 + years * 12;
    this._data = {};
    this._locale = I.getLocale();
    this._bubble();
  }
  var dp = Duration.prototype;

  function isDuration(obj) { return obj instanceof Duration; }

  var aspNetRegex = /^(-|\+)?(?:(\d*)[. ])?(\d+):(\d+)(?::(\d+)(\.\d*)?)?$/;
  var isoPart = '([-+]?[0-9,.]*)';
  var isoRegex = new RegExp('^(-|\\+)?P(?:' + isoPart + 'Y)?(?:' + isoPart + 'M)?(?:' + isoPart + 'W)?(?:' +
    isoPart + 'D)?(?:T(?:' + isoPart + 'H)?(?:' + isoPart + 'M)?(?:' + isoPart + 'S)?)?$');

  function parseIso(text, sign) {
    var n = text && parseFloat(text.replace(',', '.'));
    return (isNaN(n) ? 0 : n) * sign;
  }

  function positiveDifference(base, other) {
    var res = { months: other.month() - base.month() + (other.year() - base.year()) * 12 };
    if (base.clone().add(res.months, 'M').isAfter(other)) --res.months;
    res.milliseconds = +other - +base.clone().add(res.months, 'M');
    return res;
  }

  function momentsDifference(base, other) {
    if (!(base.isValid() && other.isValid())) return { milliseconds: 0, months: 0 };
    other = I.cloneWithOffset(other, base);
    if (base.isBefore(other)) return positiveDifference(base, other);
    var res = positiveDifference(other, base);
    res.milliseconds = -res.milliseconds;
    res.months = -res.months;
    return res;
  }

  function createDuration(input, key) {
    var duration = input, match, sign;
    if (isDuration(input)) {
      duration = { ms: input._milliseconds, d: input._days, M: input._months };
    } else if (I.isNumber(input) || !isNaN(+input)) {
      duration = {};
      if (key) duration[key] = +input;
      else duration.milliseconds = +input;
    } else if ((match = aspNetRegex.exec(input))) {
      sign = match[1] === '-' ? -1 : 1;
      duration = {
        y: 0, d: toInt(match[2]) * sign, h: toInt(match[3]) * sign, m: toInt(match[4]) * sign,
        s: toInt(match[5]) * sign, ms: toInt(I.absRound(match[6] * 1000)) * sign
      };
    } else if ((match = isoRegex.exec(input))) {
      sign = match[1] === '-' ? -1 : 1;
      duration = {
        y: parseIso(match[2], sign), M: parseIso(match[3], sign), w: parseIso(match[4], sign),
        d: parseIso(match[5], sign), h: parseIso(match[6], sign), m: parseIso(match[7], sign),
        s: parseIso(match[8], sign)
      };
    } else if (duration == null) {
      duration = {};
    } else if (typeof duration === 'object' && ('from' in duration || 'to' in duration)) {
      var diff = momentsDifference(I.createLocal(duration.from), I.createLocal(duration.to));
      duration = { ms: diff.milliseconds, M: diff.months };
    }
    var ret = new Duration(duration);
    if (isDuration(input) && I.has(input, '_locale')) ret._locale = input._locale;
    if (isDuration(input) && I.has(input, '_isValid')) ret._isValid = input._isValid;
    return ret;
  }

  // Spreads the stored totals over years, months, days, hours... (what the getters return).
  dp._bubble = function () {
    var ms = this._milliseconds, days = this._days, months = this._months, data = this._data;
    if (!((ms >= 0 && days >= 0 && months >= 0) || (ms <= 0 && days <= 0 && months <= 0))) {
      ms += absCeil(monthsToDays(months) + days) * 864e5;
      days = 0;
      months = 0;
    }
    data.milliseconds = ms % 1000;
    var seconds = absFloor(ms / 1000);
    data.seconds = seconds % 60;
    var minutes = absFloor(seconds / 60);
    data.minutes = minutes % 60;
    var hours = absFloor(minutes / 60);
    data.hours = hours % 24;
    days += absFloor(hours / 24);
    var monthsFromDays = absFloor(daysToMonths(days));
    months += monthsFromDays;
    days -= absCeil(monthsToDays(monthsFromDays));
    var years = absFloor(months / 12);
    months %= 12;
    data.days = days;
    data.months = months;
    data.years = years;
    return this;
  };

  dp.isValid = function () { return this._isValid; };

  dp.abs = function () {
    var data = this._data;
    this._milliseconds = Math.abs(this._milliseconds);
    this._days = Math.abs(this._days);
    this._months = Math.abs(this._months);
    ['milliseconds', 'seconds', 'minutes', 'hours', 'months', 'years'].forEach(function (k) {
      data[k] = Math.abs(data[k]);
    });
    return this;
  };

  function addSubtract(sign) {
    return function (input, value) {
      var other = createDuration(input, value);
      this._milliseconds += sign * other._milliseconds;
      this._days += sign * other._days;
      this._months += sign * other._months;
      return this._bubble();
    };
  }
  dp.add = addSubtract(1);
  dp.subtract = addSubtract(-1);

  dp.as = function (units) {
    if (!this.isValid()) return NaN;
    var days, months, ms = this._milliseconds;
    units = I.normalizeUnits(units);
    if (units === 'month' || units === 'quarter' || units === 'year') {
      days = this._days + ms / 864e5;
      months = this._months + daysToMonths(days);
      return units === 'month' ? months : units === 'quarter' ? months / 3 : months / 12;
    }
    days = this._days + Math.round(monthsToDays(this._months));
    switch (units) {
      case 'week': return days / 7 + ms / 6048e5;
      case 'day': return days + ms / 864e5;
      case 'hour': return days * 24 + ms / 36e5;
      case 'minute': return days * 1440 + ms / 6e4;
      case 'second': return days * 86400 + ms / 1000;
      case 'millisecond': return Math.floor(days * 864e5) + ms;
      default: throw new Error('Unknown unit ' + units);
    }
  };

  [['Milliseconds', 'ms'], ['Seconds', 's'], ['Minutes', 'm'], ['Hours', 'h'], ['Days', 'd'], ['Weeks', 'w'],
    ['Months', 'M'], ['Quarters', 'Q'], ['Years', 'y']].forEach(function (pair) {
    dp['as' + pair[0]] = function () { return this.as(pair[1]); };
  });
  dp.valueOf = dp.asMilliseconds;

  dp.clone = function () { return createDuration(this); };

  dp.get = function (units) {
    units = I.normalizeUnits(units);
    return this.isValid() ? this[units + 's']() : NaN;
  };

  ['milliseconds', 'seconds', 'minutes', 'hours', 'days', 'months', 'years'].forEach(function (name) {
    dp[name] = function () { return this.isValid() ? this._data[name] : NaN; };
  });
  dp.weeks = function () { return absFloor(this.days() / 7); };

  // ------------------------------------------------------------------ humanize

  var round = Math.round;
  var thresholds = { ss: 44, s: 45, m: 45, h: 22, d: 26, w: null, M: 11 };

  function relativeTime(posNeg, withoutSuffix, th, locale) {
    var d = createDuration(posNeg).abs();
    var seconds = round(d.as('s')), minutes = round(d.as('m')), hours = round(d.as('h'));
    var days = round(d.as('d')), months = round(d.as('M')), weeks = round(d.as('w'));
    var years = round(d.as('y'));
    var a = (seconds <= th.ss && ['s', seconds]) || (seconds < th.s && ['ss', seconds]) ||
      (minutes <= 1 && ['m']) || (minutes < th.m && ['mm', minutes]) ||
      (hours <= 1 && ['h']) || (hours < th.h && ['hh', hours]) ||
      (days <= 1 && ['d']) || (days < th.d && ['dd', days]);
    if (th.w != null) a = a || (weeks <= 1 && ['w']) || (weeks < th.w && ['ww', weeks]);
    a = a || (months <= 1 && ['M']) || (months < th.M && ['MM', months]) || (years <= 1 && ['y']) ||
      ['yy', years];
    return locale.relativeTime(a[1] || 1, !!withoutSuffix, a[0], +posNeg > 0);
  }

  dp.humanize = function (withSuffixArg, thresholdsArg) {
    if (!this.isValid()) return this.localeData().invalidDate();
    var withSuffix = false, th = thresholds;
    if (typeof withSuffixArg === 'object') {
      thresholdsArg = withSuffixArg;
      withSuffixArg = false;
    }
    if (typeof withSuffixArg === 'boolean') withSuffix = withSuffixArg;
    if (typeof thresholdsArg === 'object') {
      th = Object.assign({}, thresholds, thresholdsArg);
      if (thresholdsArg.s != null && thresholdsArg.ss == null) th.ss = thresholdsArg.s - 1;
    }
    var locale = this.localeData();
    var out = relativeTime(this, !withSuffix, th, locale);
    if (withSuffix) out = locale.pastFuture(+this, out);
    return locale.postformat(out);
  };

  function relativeTimeRounding(fn) {
    if (fn === undefined) return round;
    if (typeof fn === 'function') {
      round = fn;
      return true;
    }
    return false;
  }

  function relativeTimeThreshold(name, limit) {
    if (thresholds[name] === undefined) return false;
    if (limit === undefined) return thresholds[name];
    thresholds[name] = limit;
    if (name === 's') thresholds.ss = limit - 1;
    return true;
  }

  // ------------------------------------------------------------------ ISO 8601 text

  function signOf(x) { return (x > 0) - (x < 0) || +x; }

  // Milliseconds bubble up to hours only, days never bubble, months bubble up to years.
  dp.toISOString = function () {
    if (!this.isValid()) return this.localeData().invalidDate();
    var seconds = Math.abs(this._milliseconds) / 1000;
    var days = Math.abs(this._days), months = Math.abs(this._months);
    var total = this.asSeconds();
    if (!total) return 'P0D';
    var minutes = absFloor(seconds / 60), hours = absFloor(minutes / 60);
    seconds %= 60;
    minutes %= 60;
    var years = absFloor(months / 12);
    months %= 12;
    var s = seconds ? seconds.toFixed(3).replace(/\.?0+$/, '') : '';
    var totalSign = total < 0 ? '-' : '';
    var ymSign = signOf(this._months) !== signOf(total) ? '-' : '';
    var daysSign = signOf(this._days) !== signOf(total) ? '-' : '';
    var hmsSign = signOf(this._milliseconds) !== signOf(total) ? '-' : '';
    return totalSign + 'P' + (years ? ymSign + years + 'Y' : '') + (months ? ymSign + months + 'M' : '') +
      (days ? daysSign + days + 'D' : '') + (hours || minutes || seconds ? 'T' : '') +
      (hours ? hmsSign + hours + 'H' : '') + (minutes ? hmsSign + minutes + 'M' : '') +
      (seconds ? hmsSign + s + 'S' : '');
  };
  dp.toString = dp.toJSON = dp.toIsoString = dp.toISOString;

  dp.locale = function (key) {
    if (key === undefined) return this._locale._abbr;
    var data = I.getLocale(key);
    if (data != null) this._locale = data;
    return this;
  };
  dp.localeData = function () { return this._locale; };
  dp.lang = function (key) { return key === undefined ? this.localeData() : this.locale(key); };

  createDuration.fn = dp;
  createDuration.invalid = function () { return createDuration(NaN); };

  I.extend(I, {
    Duration: Duration, createDuration: createDuration, isDuration: isDuration,
    relativeTimeRounding: relativeTimeRounding, relativeTimeThreshold: relativeTimeThreshold
  });
  return I;
})
