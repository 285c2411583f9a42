// courier: require('punycode'), written for courier: RFC 3492 Punycode with the API, quirks
// and error messages of the punycode 1.4.1 package postman-sandbox 4.7.1 bundles: version,
// ucs2.decode/encode, decode, encode, toASCII and toUnicode (e-mail local parts kept).
(function (native, require) {
  'use strict';

  var MAX_INT = 2147483647;
  var BASE = 36;
  var T_MIN = 1;
  var T_MAX = 26;
  var SKEW = 38;
  var DAMP = 700;
  var INITIAL_BIAS = 72;
  var INITIAL_N = 128;
  var MESSAGES = {
    overflow: 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input'
  };

  function fail(type) {
    throw new RangeError(MESSAGES[type]);
  }

  // UTF-16 string -> code points (a lone surrogate stays as it is).
  function ucs2decode(string) {
    var out = [];
    var i = 0;
    while (i < string.length) {
      var value = string.charCodeAt(i++);
      if (value >= 0xd800 && value <= 0xdbff && i < string.length) {
        var extra = string.charCodeAt(i++);
        if ((extra & 0xfc00) === 0xdc00) {
          out.push(((value & 0x3ff) << 10) + (extra & 0x3ff) + 0x10000);
        } else {
          out.push(value);
          i--;
        }
      } else {
        out.push(value);
      }
    }
    return out;
  }

  function ucs2encode(array) {
    return array.map(function (value) {
      var out = '';
      if (value > 0xffff) {
        value -= 0x10000;
        out += String.fromCharCode(value >>> 10 & 0x3ff | 0xd800);
        value = 0xdc00 | value & 0x3ff;
      }
      return out + String.fromCharCode(value);
    }).join('');
  }

  // The package's digit mapping, including its treatment of characters below '0'.
  function digitOf(code) {
    if (code - 48 < 10) return code - 22;
    if (code - 65 < 26) return code - 65;
    if (code - 97 < 26) return code - 97;
    return BASE;
  }

  function basicOf(digit) {
    return digit + 22 + 75 * (digit < 26 ? 1 : 0);
  }

  function threshold(k, bias) {
    return k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
  }

  function adapt(delta, numPoints, firstTime) {
    var k = 0;
    delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    for (; delta > (BASE - T_MIN) * T_MAX >> 1; k += BASE) delta = Math.floor(delta / (BASE - T_MIN));
    return Math.floor(k + (BASE - T_MIN + 1) * delta / (delta + SKEW));
  }

  function decode(input) {
    var output = [];
    var n = INITIAL_N;
    var i = 0;
    var bias = INITIAL_BIAS;
    var basic = input.lastIndexOf('-');
    if (basic < 0) basic = 0;
    for (var j = 0; j < basic; j++) {
      if (input.charCodeAt(j) >= 0x80) fail('not-basic');
      output.push(input.charCodeAt(j));
    }
    for (var index = basic > 0 ? basic + 1 : 0; index < input.length;) {
      var oldi = i;
      for (var w = 1, k = BASE; ; k += BASE) {
        if (index >= input.length) fail('invalid-input');
        var digit = digitOf(input.charCodeAt(index++));
        if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
        i += digit * w;
        var t = threshold(k, bias);
        if (digit < t) break;
        if (w > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
        w *= BASE - t;
      }
      var count = output.length + 1;
      bias = adapt(i - oldi, count, oldi === 0);
      if (Math.floor(i / count) > MAX_INT - n) fail('overflow');
      n += Math.floor(i / count);
      i %= count;
      output.splice(i++, 0, n);
    }
    return ucs2encode(output);
  }

  function encode(input) {
    var points = ucs2decode(input);
    var output = [];
    var n = INITIAL_N;
    var delta = 0;
    var bias = INITIAL_BIAS;
    points.forEach(function (c) {
      if (c < 0x80) output.push(String.fromCharCode(c));
    });
    var basicLength = output.length;
    var handled = basicLength;
    if (basicLength) output.push('-');
    while (handled < points.length) {
      var m = MAX_INT;
      points.forEach(function (c) {
        if (c >= n && c < m) m = c;
      });
      var plusOne = handled + 1;
      if (m - n > Math.floor((MAX_INT - delta) / plusOne)) fail('overflow');
      delta += (m - n) * plusOne;
      n = m;
      for (var p = 0; p < points.length; p++) {
        var c = points[p];
        if (c < n && ++delta > MAX_INT) fail('overflow');
        if (c === n) {
          var q = delta;
          for (var k = BASE; ; k += BASE) {
            var t = threshold(k, bias);
            if (q < t) break;
            output.push(String.fromCharCode(basicOf(t + (q - t) % (BASE - t))));
            q = Math.floor((q - t) / (BASE - t));
          }
          output.push(String.fromCharCode(basicOf(q)));
          bias = adapt(delta, plusOne, handled === basicLength);
          delta = 0;
          ++handled;
        }
      }
      ++delta;
      ++n;
    }
    return output.join('');
  }

  // Applies `fn` to each label of a domain; in an e-mail address only the domain after the
  // first '@' is mapped (anything after a second '@' is dropped, as the package does).
  function mapDomain(string, fn) {
    var parts = string.split('@');
    var result = '';
    if (parts.length > 1) {
      result = parts[0] + '@';
      string = parts[1];
    }
    var labels = string.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
    return result + labels.map(fn).join('.');
  }

  function toUnicode(input) {
    return mapDomain(input, function (s) {
      return /^xn--/.test(s) ? decode(s.slice(4).toLowerCase()) : s;
    });
  }

  function toASCII(input) {
    return mapDomain(input, function (s) {
      return /[^\x20-\x7E]/.test(s) ? 'xn--' + encode(s) : s;
    });
  }

  return {
    version: '1.4.1',
    ucs2: { decode: ucs2decode, encode: ucs2encode },
    decode: decode,
    encode: encode,
    toASCII: toASCII,
    toUnicode: toUnicode
  };
})
