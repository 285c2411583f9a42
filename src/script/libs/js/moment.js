// courier: `moment` (API of moment 2.30.1, English locale, as bundled by postman-sandbox): parsing,
// formatting, getters/setters, manipulation, comparison, durations and relative time, on top of
// Date. The parts live in the internal libraries _moment_base, _moment_parse, _moment_format,
// _moment_proto and _moment_duration.
(function (native, require) {
  'use strict';

  var I = require('_moment_base');
  require('_moment_parse');
  require('_moment_format');
  require('_moment_proto');
  require('_moment_duration');

  function hooks() {
    return I.createLocal.apply(null, arguments);
  }
  I.hooks = hooks;

  // Deprecated APIs still work; like moment inside Newman's sandbox they print nothing, but a
  // user's moment.deprecationHandler hears about them.
  var seenDeprecations = {};
  I.deprecateSimple = function (name, msg) {
    if (hooks.deprecationHandler != null) hooks.deprecationHandler(name, msg);
    seenDeprecations[name] = true;
  };
  function deprecate(msg, fn) {
    return I.extend(function () {
      if (hooks.deprecationHandler != null) hooks.deprecationHandler(null, msg);
      return fn.apply(this, arguments);
    }, fn);
  }

  function pickBy(method, moments) {
    if (moments.length === 1 && I.isArray(moments[0])) moments = moments[0];
    if (!moments.length) return I.createLocal();
    var res = moments[0];
    for (var i = 1; i < moments.length; ++i) {
      if (!moments[i].isValid() || moments[i][method](res)) res = moments[i];
    }
    return res;
  }

  function listItem(format, index, field, setter) {
    return I.getLocale()[field](I.createUTC().set(setter, index), format);
  }

  function listMonths(field) {
    return function (format, index) {
      if (I.isNumber(format)) {
        index = format;
        format = undefined;
      }
      format = format || '';
      if (index != null) return listItem(format, index, field, 'month');
      var out = [];
      for (var i = 0; i < 12; i++) out[i] = listItem(format, i, field, 'month');
      return out;
    };
  }

  // (), (5), (format), (format, 5), (true), (true, 5), (true, format), (true, format, 5)
  function listWeekdays(field) {
    return function (localeSorted, format, index) {
      if (typeof localeSorted !== 'boolean') {
        format = localeSorted;
        index = format;
        localeSorted = false;
      }
      if (I.isNumber(format)) {
        index = format;
        format = undefined;
      }
      format = format || '';
      var shift = localeSorted ? I.getLocale()._week.dow : 0;
      if (index != null) return listItem(format, (index + shift) % 7, field, 'day');
      var out = [];
      for (var i = 0; i < 7; i++) out[i] = listItem(format, (i + shift) % 7, field, 'day');
      return out;
    };
  }

  I.extend(hooks, {
    momentProperties: I.momentProperties,
    suppressDeprecationWarnings: false,
    deprecationHandler: null,
    parseTwoDigitYear: function (input) {
      return I.toInt(input) + (I.toInt(input) > 68 ? 1900 : 2000);
    },
    createFromInputFallback: deprecate(
      'value provided is not in a recognized RFC2822 or ISO format. moment construction falls back to js Date(), ' +
      'which is not reliable across all browsers and versions. Non RFC2822/ISO date formats are discouraged. ' +
      'Please refer to http://momentjs.com/guides/#/warnings/js-date/ for more info.',
      function (config) {
        config._d = new Date(config._i + (config._useUTC ? ' UTC' : ''));
      }),
    ISO_8601: function () {},
    RFC_2822: function () {},
    updateOffset: function () {},
    defaultFormat: 'YYYY-MM-DDTHH:mm:ssZ',
    defaultFormatUtc: 'YYYY-MM-DDTHH:mm:ss[Z]',
    lang: I.getSetGlobalLocale,
    langData: I.getLocale,
    version: '2.30.1',
    fn: I.Moment.prototype,
    min: function () { return pickBy('isBefore', Array.prototype.slice.call(arguments)); },
    max: function () { return pickBy('isAfter', Array.prototype.slice.call(arguments)); },
    now: function () { return Date.now(); },
    utc: I.createUTC,
    unix: function (input) { return I.createLocal(input * 1000); },
    months: listMonths('months'),
    isDate: I.isDate,
    locale: I.getSetGlobalLocale,
    invalid: I.createInvalid,
    duration: I.createDuration,
    isMoment: I.isMoment,
    weekdays: listWeekdays('weekdays'),
    parseZone: function () { return I.createLocal.apply(null, arguments).parseZone(); },
    localeData: I.getLocale,
    isDuration: I.isDuration,
    monthsShort: listMonths('monthsShort'),
    weekdaysMin: listWeekdays('weekdaysMin'),
    defineLocale: I.defineLocale,
    updateLocale: I.updateLocale,
    locales: I.listLocales,
    weekdaysShort: listWeekdays('weekdaysShort'),
    normalizeUnits: I.normalizeUnits,
    relativeTimeRounding: I.relativeTimeRounding,
    relativeTimeThreshold: I.relativeTimeThreshold,
    calendarFormat: I.calendarFormat,
    HTML5_FMT: {
      DATETIME_LOCAL: 'YYYY-MM-DDTHH:mm', DATETIME_LOCAL_SECONDS: 'YYYY-MM-DDTHH:mm:ss',
      DATETIME_LOCAL_MS: 'YYYY-MM-DDTHH:mm:ss.SSS', DATE: 'YYYY-MM-DD', TIME: 'HH:mm',
      TIME_SECONDS: 'HH:mm:ss', TIME_MS: 'HH:mm:ss.SSS', WEEK: 'GGGG-[W]WW', MONTH: 'YYYY-MM'
    }
  });
  hooks.prototype = I.Moment.prototype;
  I.installEnglish();

  return hooks;
})
