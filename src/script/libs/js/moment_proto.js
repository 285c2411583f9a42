// courier: internal part of `moment` (2.30 compatible): the getters and setters of a moment,
// add/subtract, startOf/endOf, UTC offsets, comparisons, diff, calendar and from/to.
(function (native, require) {
  'use strict';

  var I = require('_moment_parse');
  var proto = I.Moment.prototype;
  var normalizeUnits = I.normalizeUnits;

  function updateOffset(m, keepTime) { I.hooks.updateOffset(m, keepTime); }

  // ------------------------------------------------------------------ raw get/set

  function get(m, unit) {
    if (!m.isValid()) return NaN;
    return m._isUTC ? m._d['getUTC' + unit]() : m._d['get' + unit]();
  }

  // Calls a Date setter. Per the spec a NaN or infinite argument makes the date invalid; QuickJS
  // leaves the date unchanged instead, so that case is handled here.
  function setField(d, method, args) {
    for (var i = 0; i < args.length; i++) {
      if (!isFinite(args[i])) {
        d.setTime(NaN);
        return;
      }
    }
    d[method].apply(d, args);
  }

  function set(m, unit, value) {
    if (!m.isValid() || isNaN(value)) return;
    var prefix = m._isUTC ? 'setUTC' : 'set';
    if (unit !== 'FullYear') {
      if (unit === 'Milliseconds' || unit === 'Seconds' || unit === 'Minutes' || unit === 'Hours' || unit === 'Date') {
        setField(m._d, prefix + unit, [value]);
      }
      return;
    }
    var month = m.month(), date = m.date();
    if (date === 29 && month === 1 && !I.isLeapYear(value)) date = 28;
    setField(m._d, prefix + 'FullYear', [value, month, date]);
  }

  function makeGetSet(unit, keepTime) {
    return function (value) {
      if (value != null) {
        set(this, unit, value);
        updateOffset(this, keepTime);
        return this;
      }
      return get(this, unit);
    };
  }

  function setMonth(m, value) {
    if (!m.isValid()) return m;
    if (typeof value === 'string') {
      if (/^\d+$/.test(value)) {
        value = I.toInt(value);
      } else {
        value = m.localeData().monthsParse(value);
        if (!I.isNumber(value)) return m;
      }
    }
    var date = m.date();
    date = date < 29 ? date : Math.min(date, I.daysInMonth(m.year(), value));
    setField(m._d, m._isUTC ? 'setUTCMonth' : 'setMonth', [value, date]);
    return m;
  }

  proto.year = makeGetSet('FullYear', true);
  proto.month = function (value) {
    if (value != null) {
      setMonth(this, value);
      updateOffset(this, true);
      return this;
    }
    return get(this, 'Month');
  };
  proto.date = makeGetSet('Date', true);
  proto.hour = proto.hours = makeGetSet('Hours', true);
  proto.minute = proto.minutes = makeGetSet('Minutes', false);
  proto.second = proto.seconds = makeGetSet('Seconds', false);
  proto.millisecond = proto.milliseconds = makeGetSet('Milliseconds', false);
  proto.dates = proto.date;
  proto.months = proto.month;
  proto.years = proto.year;

  proto.isLeapYear = function () { return I.isLeapYear(this.year()); };
  proto.daysInMonth = function () { return I.daysInMonth(this.year(), this.month()); };

  proto.quarter = proto.quarters = function (input) {
    if (input == null) return Math.ceil((this.month() + 1) / 3);
    return this.month((input - 1) * 3 + (this.month() % 3));
  };

  proto.dayOfYear = function (input) {
    var doy = Math.round((this.clone().startOf('day') - this.clone().startOf('year')) / 864e5) + 1;
    return input == null ? doy : this.add(input - doy, 'd');
  };

  proto.day = proto.days = function (input) {
    if (!this.isValid()) return input != null ? this : NaN;
    var day = get(this, 'Day');
    if (input == null) return day;
    if (typeof input === 'string') {
      if (!isNaN(input)) input = parseInt(input, 10);
      else {
        input = this.localeData().weekdaysParse(input);
        if (typeof input !== 'number') input = null;
      }
    }
    return this.add(input - day, 'd');
  };

  proto.weekday = function (input) {
    if (!this.isValid()) return input != null ? this : NaN;
    var weekday = (this.day() + 7 - this.localeData()._week.dow) % 7;
    return input == null ? weekday : this.add(input - weekday, 'd');
  };

  proto.isoWeekday = function (input) {
    if (!this.isValid()) return input != null ? this : NaN;
    if (input == null) return this.day() || 7;
    var weekday;
    if (typeof input === 'string') weekday = this.localeData().weekdaysParse(input) % 7 || 7;
    else weekday = isNaN(input) ? null : input;
    return this.day(this.day() % 7 ? weekday : weekday - 7);
  };

  proto.week = proto.weeks = function (input) {
    var week = this.localeData().week(this);
    return input == null ? week : this.add((input - week) * 7, 'd');
  };

  proto.isoWeek = proto.isoWeeks = function (input) {
    var week = I.weekOfYear(this, 1, 4).week;
    return input == null ? week : this.add((input - week) * 7, 'd');
  };

  function setWeekYear(m, input, week, weekday, dow, doy) {
    if (input == null) return I.weekOfYear(m, dow, doy).year;
    var total = I.weeksInYear(input, dow, doy);
    if (week > total) week = total;
    var res = I.dayOfYearFromWeeks(input, week, weekday, dow, doy);
    var date = I.createUTCDate(res.year, 0, res.dayOfYear);
    m.year(date.getUTCFullYear());
    m.month(date.getUTCMonth());
    m.date(date.getUTCDate());
    return m;
  }

  proto.weekYear = function (input) {
    var w = this.localeData()._week;
    return setWeekYear(this, input, this.week(), this.weekday() + w.dow, w.dow, w.doy);
  };
  proto.isoWeekYear = function (input) {
    return setWeekYear(this, input, this.isoWeek(), this.isoWeekday(), 1, 4);
  };
  proto.weeksInYear = function () {
    var w = this.localeData()._week;
    return I.weeksInYear(this.year(), w.dow, w.doy);
  };
  proto.weeksInWeekYear = function () {
    var w = this.localeData()._week;
    return I.weeksInYear(this.weekYear(), w.dow, w.doy);
  };
  proto.isoWeeksInYear = function () { return I.weeksInYear(this.year(), 1, 4); };
  proto.isoWeeksInISOWeekYear = function () { return I.weeksInYear(this.isoWeekYear(), 1, 4); };

  proto.get = function (units) {
    units = normalizeUnits(units);
    return I.isFunction(this[units]) ? this[units]() : this;
  };

  proto.set = function (units, value) {
    if (typeof units === 'object') {
      var normalized = I.normalizeObjectUnits(units);
      var list = I.prioritizedUnits(normalized);
      for (var i = 0; i < list.length; i++) this[list[i].unit](normalized[list[i].unit]);
    } else {
      units = normalizeUnits(units);
      if (I.isFunction(this[units])) return this[units](value);
    }
    return this;
  };

  // ------------------------------------------------------------------ add / subtract

  function addSubtract(m, duration, sign, doUpdate) {
    var ms = duration._milliseconds;
    var days = I.absRound(duration._days);
    var months = I.absRound(duration._months);
    if (!m.isValid()) return;
    if (months) setMonth(m, get(m, 'Month') + months * sign);
    if (days) set(m, 'Date', get(m, 'Date') + days * sign);
    if (ms) m._d.setTime(m._d.valueOf() + ms * sign);
    if (doUpdate == null || doUpdate) updateOffset(m, days || months);
  }

  function adder(sign, name) {
    return function (val, period) {
      if (period !== null && !isNaN(+period)) {
        I.deprecateSimple(name, 'moment().' + name + '(period, number) is deprecated. Please use moment().' +
          name + '(number, period).');
        var tmp = val;
        val = period;
        period = tmp;
      }
      addSubtract(this, I.createDuration(val, period), sign);
      return this;
    };
  }
  proto.add = adder(1, 'add');
  proto.subtract = adder(-1, 'subtract');

  // ------------------------------------------------------------------ startOf / endOf

  var MS_HOUR = 36e5, MS_400_YEARS = (365 * 400 + 97) * 24 * MS_HOUR;

  function localStartOfDate(y, m, d) {
    if (y < 100 && y >= 0) return new Date(y + 400, m, d) - MS_400_YEARS;
    return new Date(y, m, d).valueOf();
  }
  function utcStartOfDate(y, m, d) {
    if (y < 100 && y >= 0) return Date.UTC(y + 400, m, d) - MS_400_YEARS;
    return Date.UTC(y, m, d);
  }

  // The first (end = false) or last (end = true) millisecond of the unit holding m.
  function boundary(m, units, end) {
    var startOfDate = m._isUTC ? utcStartOfDate : localStartOfDate;
    var step = end ? 1 : 0, time = m._d.valueOf(), size;
    switch (units) {
      case 'year': return startOfDate(m.year() + step, 0, 1) - step;
      case 'quarter': return startOfDate(m.year(), m.month() - (m.month() % 3) + 3 * step, 1) - step;
      case 'month': return startOfDate(m.year(), m.month() + step, 1) - step;
      case 'week': return startOfDate(m.year(), m.month(), m.date() - m.weekday() + 7 * step) - step;
      case 'isoWeek': return startOfDate(m.year(), m.month(), m.date() - (m.isoWeekday() - 1) + 7 * step) - step;
      case 'day':
      case 'date': return startOfDate(m.year(), m.month(), m.date() + step) - step;
      case 'hour':
        size = MS_HOUR;
        var rem = I.mod(time + (m._isUTC ? 0 : m.utcOffset() * 60000), size);
        return end ? time + size - rem - 1 : time - rem;
      case 'minute': size = 60000; break;
      case 'second': size = 1000; break;
    }
    return end ? time + size - I.mod(time, size) - 1 : time - I.mod(time, size);
  }

  function startEnd(end) {
    return function (units) {
      units = normalizeUnits(units);
      if (units === undefined || units === 'millisecond' || !this.isValid()) return this;
      var time = boundary(this, units, end);
      this._d.setTime(time);
      updateOffset(this, true);
      return this;
    };
  }
  proto.startOf = startEnd(false);
  proto.endOf = startEnd(true);

  // ------------------------------------------------------------------ offsets

  function dateOffset(m) { return -Math.round(m._d.getTimezoneOffset()); }

  proto.utcOffset = function (input, keepLocalTime, keepMinutes) {
    var offset = this._offset || 0, localAdjust;
    if (!this.isValid()) return input != null ? this : NaN;
    if (input == null) return this._isUTC ? offset : dateOffset(this);
    if (typeof input === 'string') {
      input = I.offsetFromString(I.matchShortOffset, input);
      if (input === null) return this;
    } else if (Math.abs(input) < 16 && !keepMinutes) {
      input = input * 60;
    }
    if (!this._isUTC && keepLocalTime) localAdjust = dateOffset(this);
    this._offset = input;
    this._isUTC = true;
    if (localAdjust != null) this.add(localAdjust, 'm');
    if (offset !== input) {
      if (!keepLocalTime || this._changeInProgress) {
        addSubtract(this, I.createDuration(input - offset, 'm'), 1, false);
      } else if (!this._changeInProgress) {
        this._changeInProgress = true;
        updateOffset(this, true);
        this._changeInProgress = null;
      }
    }
    return this;
  };

  proto.zone = function (input, keepLocalTime) {
    if (input != null) {
      if (typeof input !== 'string') input = -input;
      this.utcOffset(input, keepLocalTime);
      return this;
    }
    return -this.utcOffset();
  };

  proto.utc = function (keepLocalTime) { return this.utcOffset(0, keepLocalTime); };

  proto.local = function (keepLocalTime) {
    if (this._isUTC) {
      this.utcOffset(0, keepLocalTime);
      this._isUTC = false;
      if (keepLocalTime) this.subtract(dateOffset(this), 'm');
    }
    return this;
  };

  proto.parseZone = function () {
    if (this._tzm != null) {
      this.utcOffset(this._tzm, false, true);
    } else if (typeof this._i === 'string') {
      var zone = I.offsetFromString(I.matchOffset, this._i);
      if (zone != null) this.utcOffset(zone);
      else this.utcOffset(0, true);
    }
    return this;
  };

  proto.hasAlignedHourOffset = function (input) {
    if (!this.isValid()) return false;
    input = input ? I.createLocal(input).utcOffset() : 0;
    return (this.utcOffset() - input) % 60 === 0;
  };

  proto.isDST = function () {
    return this.utcOffset() > this.clone().month(0).utcOffset() ||
      this.utcOffset() > this.clone().month(5).utcOffset();
  };

  proto.isDSTShifted = function () {
    if (!I.isUndefined(this._isDSTShifted)) return this._isDSTShifted;
    var c = I.prepareConfig(I.copyConfig({}, this));
    if (c._a) {
      var other = c._isUTC ? I.createUTC(c._a) : I.createLocal(c._a);
      this._isDSTShifted = this.isValid() && I.compareArrays(c._a, other.toArray()) > 0;
    } else {
      this._isDSTShifted = false;
    }
    return this._isDSTShifted;
  };

  proto.isLocal = function () { return this.isValid() ? !this._isUTC : false; };
  proto.isUtcOffset = function () { return this.isValid() ? this._isUTC : false; };
  proto.isUtc = proto.isUTC = function () { return this.isValid() ? this._isUTC && this._offset === 0 : false; };

  // `input` as a moment in the same mode (local, UTC or fixed offset) as `model`.
  function cloneWithOffset(input, model) {
    if (!model._isUTC) return I.createLocal(input).local();
    var res = model.clone();
    var target = I.isMoment(input) || I.isDate(input) ? input.valueOf() : I.createLocal(input).valueOf();
    res._d.setTime(res._d.valueOf() + (target - res.valueOf()));
    updateOffset(res, false);
    return res;
  }

  // ------------------------------------------------------------------ comparisons

  function asMoment(input) { return I.isMoment(input) ? input : I.createLocal(input); }

  proto.isAfter = function (input, units) {
    var other = asMoment(input);
    if (!(this.isValid() && other.isValid())) return false;
    units = normalizeUnits(units) || 'millisecond';
    if (units === 'millisecond') return this.valueOf() > other.valueOf();
    return other.valueOf() < this.clone().startOf(units).valueOf();
  };

  proto.isBefore = function (input, units) {
    var other = asMoment(input);
    if (!(this.isValid() && other.isValid())) return false;
    units = normalizeUnits(units) || 'millisecond';
    if (units === 'millisecond') return this.valueOf() < other.valueOf();
    return this.clone().endOf(units).valueOf() < other.valueOf();
  };

  proto.isSame = function (input, units) {
    var other = asMoment(input);
    if (!(this.isValid() && other.isValid())) return false;
    units = normalizeUnits(units) || 'millisecond';
    if (units === 'millisecond') return this.valueOf() === other.valueOf();
    var ms = other.valueOf();
    return this.clone().startOf(units).valueOf() <= ms && ms <= this.clone().endOf(units).valueOf();
  };

  proto.isSameOrAfter = function (input, units) { return this.isSame(input, units) || this.isAfter(input, units); };
  proto.isSameOrBefore = function (input, units) { return this.isSame(input, units) || this.isBefore(input, units); };

  proto.isBetween = function (from, to, units, inclusivity) {
    var a = asMoment(from), b = asMoment(to);
    if (!(this.isValid() && a.isValid() && b.isValid())) return false;
    inclusivity = inclusivity || '()';
    return (inclusivity[0] === '(' ? this.isAfter(a, units) : !this.isBefore(a, units)) &&
      (inclusivity[1] === ')' ? this.isBefore(b, units) : !this.isAfter(b, units));
  };

  // ------------------------------------------------------------------ diff

  function monthDiff(a, b) {
    if (a.date() < b.date()) return -monthDiff(b, a);
    var whole = (b.year() - a.year()) * 12 + (b.month() - a.month());
    var anchor = a.clone().add(whole, 'months'), anchor2, adjust;
    if (b - anchor < 0) {
      anchor2 = a.clone().add(whole - 1, 'months');
      adjust = (b - anchor) / (anchor - anchor2);
    } else {
      anchor2 = a.clone().add(whole + 1, 'months');
      adjust = (b - anchor) / (anchor2 - anchor);
    }
    return -(whole + adjust) || 0;
  }

  proto.diff = function (input, units, asFloat) {
    if (!this.isValid()) return NaN;
    var that = cloneWithOffset(input, this);
    if (!that.isValid()) return NaN;
    var zoneDelta = (that.utcOffset() - this.utcOffset()) * 6e4;
    var out;
    switch (normalizeUnits(units)) {
      case 'year': out = monthDiff(this, that) / 12; break;
      case 'month': out = monthDiff(this, that); break;
      case 'quarter': out = monthDiff(this, that) / 3; break;
      case 'second': out = (this - that) / 1e3; break;
      case 'minute': out = (this - that) / 6e4; break;
      case 'hour': out = (this - that) / 36e5; break;
      case 'day': out = (this - that - zoneDelta) / 864e5; break;
      case 'week': out = (this - that - zoneDelta) / 6048e5; break;
      default: out = this - that;
    }
    return asFloat ? out : I.absFloor(out);
  };

  // ------------------------------------------------------------------ calendar, from, to

  function calendarFormat(m, now) {
    var diff = m.diff(now, 'days', true);
    return diff < -6 ? 'sameElse' : diff < -1 ? 'lastWeek' : diff < 0 ? 'lastDay' : diff < 1 ? 'sameDay'
      : diff < 2 ? 'nextDay' : diff < 7 ? 'nextWeek' : 'sameElse';
  }

  function hasAnyKey(input, keys) {
    if (!(I.isObject(input) && !I.isObjectEmpty(input))) return false;
    return keys.some(function (k) { return I.has(input, k); });
  }
  var INPUT_KEYS = ['years', 'year', 'y', 'months', 'month', 'M', 'days', 'day', 'd', 'dates', 'date', 'D',
    'hours', 'hour', 'h', 'minutes', 'minute', 'm', 'seconds', 'second', 's', 'milliseconds', 'millisecond', 'ms'];
  var CALENDAR_KEYS = ['sameDay', 'nextDay', 'lastDay', 'nextWeek', 'lastWeek', 'sameElse'];

  function isMomentInput(input) {
    return I.isMoment(input) || I.isDate(input) || typeof input === 'string' || input instanceof String ||
      I.isNumber(input) || (I.isArray(input) && input.filter(function (item) {
        return !I.isNumber(item) && (typeof input === 'string' || input instanceof String);
      }).length === 0) || hasAnyKey(input, INPUT_KEYS) || input === null || input === undefined;
  }

  proto.calendar = function (time, formats) {
    if (arguments.length === 1) {
      if (!arguments[0]) {
        time = undefined;
        formats = undefined;
      } else if (isMomentInput(arguments[0])) {
        time = arguments[0];
        formats = undefined;
      } else if (hasAnyKey(arguments[0], CALENDAR_KEYS)) {
        formats = arguments[0];
        time = undefined;
      }
    }
    var now = time || I.createLocal();
    var sod = cloneWithOffset(now, this).startOf('day');
    var key = I.hooks.calendarFormat(this, sod) || 'sameElse';
    var output = formats && (I.isFunction(formats[key]) ? formats[key].call(this, now) : formats[key]);
    return this.format(output || this.localeData().calendar(key, this, I.createLocal(now)));
  };

  proto.from = function (time, withoutSuffix) {
    if (this.isValid() && ((I.isMoment(time) && time.isValid()) || I.createLocal(time).isValid())) {
      return I.createDuration({ to: this, from: time }).locale(this.locale()).humanize(!withoutSuffix);
    }
    return this.localeData().invalidDate();
  };
  proto.to = function (time, withoutSuffix) {
    if (this.isValid() && ((I.isMoment(time) && time.isValid()) || I.createLocal(time).isValid())) {
      return I.createDuration({ from: this, to: time }).locale(this.locale()).humanize(!withoutSuffix);
    }
    return this.localeData().invalidDate();
  };
  proto.fromNow = function (withoutSuffix) { return this.from(I.createLocal(), withoutSuffix); };
  proto.toNow = function (withoutSuffix) { return this.to(I.createLocal(), withoutSuffix); };

  // ------------------------------------------------------------------ conversions and misc

  proto.clone = function () { return new I.Moment(this); };
  proto.valueOf = function () { return this._d.valueOf() - (this._offset || 0) * 60000; };
  proto.unix = function () { return Math.floor(this.valueOf() / 1000); };
  proto.toDate = function () { return new Date(this.valueOf()); };
  proto.toArray = function () {
    return [this.year(), this.month(), this.date(), this.hour(), this.minute(), this.second(), this.millisecond()];
  };
  proto.toObject = function () {
    return {
      years: this.year(), months: this.month(), date: this.date(), hours: this.hours(),
      minutes: this.minutes(), seconds: this.seconds(), milliseconds: this.milliseconds()
    };
  };
  proto.isValid = function () { return I.isValid(this); };
  proto.parsingFlags = function () { return I.extend({}, I.flags(this)); };
  proto.invalidAt = function () { return I.flags(this).overflow; };
  proto.creationData = function () {
    return { input: this._i, format: this._f, locale: this._locale, isUTC: this._isUTC, strict: this._strict };
  };

  proto.locale = function (key) {
    if (key === undefined) return this._locale._abbr;
    var data = I.getLocale(key);
    if (data != null) this._locale = data;
    return this;
  };
  proto.localeData = function () { return this._locale; };
  proto.lang = function (key) { return key === undefined ? this.localeData() : this.locale(key); };

  proto.min = function () {
    var other = I.createLocal.apply(null, arguments);
    if (this.isValid() && other.isValid()) return other < this ? this : other;
    return I.createInvalid();
  };
  proto.max = function () {
    var other = I.createLocal.apply(null, arguments);
    if (this.isValid() && other.isValid()) return other > this ? this : other;
    return I.createInvalid();
  };

  I.extend(I, {
    addSubtract: addSubtract, cloneWithOffset: cloneWithOffset, calendarFormat: calendarFormat
  });
  return I;
})
