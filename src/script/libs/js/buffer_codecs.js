// courier: internal helper of buffer.js, written for courier: the byte codecs of the buffer
// 6.0.3 package: UTF-8 (lone surrogates and invalid sequences become U+FFFD), lenient base64
// (also the URL-safe alphabet), hex writing with parseInt's leniency, latin1 and UTF-16LE.
(function (native, require) {
  'use strict';

  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var B64_CODES = new Uint8Array(128);
  for (var bi = 0; bi < 64; bi++) B64_CODES[B64.charCodeAt(bi)] = bi;
  B64_CODES[45] = 62; // '-'
  B64_CODES[95] = 63; // '_'
  // Hex digit values by character code (-1: not a hex digit), and the two-digit form of bytes.
  var HEX_VALUE = new Int8Array(128).fill(-1);
  for (var h = 0; h < 16; h++) {
    HEX_VALUE['0123456789abcdef'.charCodeAt(h)] = h;
    HEX_VALUE['0123456789ABCDEF'.charCodeAt(h)] = h;
  }
  var HEX_PAIRS = [];
  for (var p = 0; p < 256; p++) HEX_PAIRS.push((p < 16 ? '0' : '') + p.toString(16));

  // Encodes `str` as UTF-8 into `out` at `pos` (or only counts when `out` is null) and returns
  // how many bytes it produced, at most `limit`. Characters are taken while they fit in
  // `units` bytes; a character cut by `limit` is written in part, as the package does. Lone
  // surrogates become U+FFFD; of two leading surrogates in a row at the very end, the second is
  // dropped, also as the package does.
  function utf8Encode(str, units, out, pos, limit) {
    var n = 0;
    var lead = null;
    var put = function (b) {
      if (n < limit && out) out[pos + n] = b;
      n++;
    };
    var replacement = function () {
      if ((units -= 3) > -1) {
        put(0xef);
        put(0xbf);
        put(0xbd);
      }
    };
    for (var i = 0; i < str.length; i++) {
      var c = str.charCodeAt(i);
      if (c < 0x80 && lead === null) {
        if ((units -= 1) < 0) break;
        if (n < limit && out) out[pos + n] = c;
        n++;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        if (lead === null) {
          if (c > 0xdbff || i + 1 === str.length) replacement();
          else lead = c;
          continue;
        }
        if (c < 0xdc00) {
          replacement();
          lead = c;
          continue;
        }
        c = ((lead - 0xd800) << 10 | (c - 0xdc00)) + 0x10000;
      } else if (lead !== null) {
        replacement();
      }
      lead = null;
      if (c < 0x80) {
        if ((units -= 1) < 0) break;
        put(c);
      } else if (c < 0x800) {
        if ((units -= 2) < 0) break;
        put(0xc0 | c >> 6);
        put(0x80 | c & 0x3f);
      } else if (c < 0x10000) {
        if ((units -= 3) < 0) break;
        put(0xe0 | c >> 12);
        put(0x80 | c >> 6 & 0x3f);
        put(0x80 | c & 0x3f);
      } else {
        if ((units -= 4) < 0) break;
        put(0xf0 | c >> 18);
        put(0x80 | c >> 12 & 0x3f);
        put(0x80 | c >> 6 & 0x3f);
        put(0x80 | c & 0x3f);
      }
    }
    return Math.min(n, limit);
  }

  function isCont(b) {
    return (b & 0xc0) === 0x80;
  }

  // Decodes bytes [start, end) as UTF-8; every byte of an invalid sequence becomes U+FFFD.
  function utf8Decode(buf, start, end) {
    end = Math.min(buf.length, end);
    var codes = [];
    var text = '';
    var i = start;
    while (i < end) {
      if (codes.length >= 4096) {
        text += String.fromCharCode.apply(String, codes);
        codes = [];
      }
      var b0 = buf[i];
      var size = b0 > 0xef ? 4 : b0 > 0xdf ? 3 : b0 > 0xbf ? 2 : 1;
      var cp = -1;
      if (i + size <= end) {
        var v;
        if (size === 1) {
          if (b0 < 0x80) cp = b0;
        } else if (size === 2) {
          if (isCont(buf[i + 1])) {
            v = (b0 & 0x1f) << 6 | buf[i + 1] & 0x3f;
            if (v > 0x7f) cp = v;
          }
        } else if (size === 3) {
          if (isCont(buf[i + 1]) && isCont(buf[i + 2])) {
            v = (b0 & 0xf) << 12 | (buf[i + 1] & 0x3f) << 6 | buf[i + 2] & 0x3f;
            if (v > 0x7ff && (v < 0xd800 || v > 0xdfff)) cp = v;
          }
        } else if (isCont(buf[i + 1]) && isCont(buf[i + 2]) && isCont(buf[i + 3])) {
          v = (b0 & 0xf) << 18 | (buf[i + 1] & 0x3f) << 12 | (buf[i + 2] & 0x3f) << 6 | buf[i + 3] & 0x3f;
          if (v > 0xffff && v < 0x110000) cp = v;
        }
      }
      if (cp < 0) {
        codes.push(0xfffd);
        i += 1;
      } else {
        if (cp > 0xffff) {
          cp -= 0x10000;
          codes.push(0xd800 | cp >>> 10 & 0x3ff);
          cp = 0xdc00 | cp & 0x3ff;
        }
        codes.push(cp);
        i += size;
      }
    }
    return text + String.fromCharCode.apply(String, codes);
  }

  function base64Encode(bytes, start, end) {
    var text = '';
    var parts = [];
    var i = start;
    for (; i + 2 < end; i += 3) {
      var n = bytes[i] << 16 | bytes[i + 1] << 8 | bytes[i + 2];
      parts.push(B64.charAt(n >> 18 & 63) + B64.charAt(n >> 12 & 63) + B64.charAt(n >> 6 & 63) + B64.charAt(n & 63));
      if (parts.length === 4096) {
        text += parts.join('');
        parts = [];
      }
    }
    text += parts.join('');
    var rest = end - i;
    if (rest === 1) {
      text += B64.charAt(bytes[i] >> 2) + B64.charAt(bytes[i] << 4 & 63) + '==';
    } else if (rest === 2) {
      var m = bytes[i] << 8 | bytes[i + 1];
      text += B64.charAt(m >> 10) + B64.charAt(m >> 4 & 63) + B64.charAt(m << 2 & 63) + '=';
    }
    return text;
  }

  function hexEncode(bytes, start, end) {
    var text = '';
    var parts = [];
    for (var i = start; i < end; i++) {
      parts.push(HEX_PAIRS[bytes[i]]);
      if (parts.length === 8192) {
        text += parts.join('');
        parts = [];
      }
    }
    return text + parts.join('');
  }

  // One character per byte (its low seven bits when `mask` is 0x7f).
  function latin1Decode(bytes, start, end, mask) {
    var text = '';
    for (var i = start; i < end; i += 4096) {
      var chunk = new Uint8Array(bytes.buffer, bytes.byteOffset + i, Math.min(4096, end - i));
      if (mask !== 0xff) chunk = chunk.map(function (b) { return b & mask; });
      text += String.fromCharCode.apply(String, chunk);
    }
    return text;
  }

  // Little-endian UTF-16 code units; an odd last byte is ignored.
  function utf16Decode(bytes, start, end) {
    var text = '';
    var codes = [];
    for (var i = start; i < end - 1; i += 2) {
      codes.push(bytes[i] + bytes[i + 1] * 256);
      if (codes.length === 4096) {
        text += String.fromCharCode.apply(String, codes);
        codes = [];
      }
    }
    return text + String.fromCharCode.apply(String, codes);
  }

  // Lenient base64 (and base64url) decoding: everything after the first '=' is ignored, other
  // characters outside the alphabet are skipped, inputs shorter than two characters are empty,
  // and a single trailing character is dropped.
  function base64Decode(str) {
    var clean = str.split('=')[0].trim().replace(/[^+/0-9A-Za-z_-]/g, '');
    if (clean.length < 2) return new Uint8Array(0);
    var full = clean.length - clean.length % 4;
    var rest = clean.length - full;
    var bytes = new Uint8Array(full / 4 * 3 + (rest === 3 ? 2 : rest === 2 ? 1 : 0));
    var v = function (k) { return B64_CODES[clean.charCodeAt(k)]; };
    var o = 0;
    var i = 0;
    for (; i < full; i += 4) {
      var n = B64_CODES[clean.charCodeAt(i)] << 18 | B64_CODES[clean.charCodeAt(i + 1)] << 12 |
        B64_CODES[clean.charCodeAt(i + 2)] << 6 | B64_CODES[clean.charCodeAt(i + 3)];
      bytes[o++] = n >> 16 & 255;
      bytes[o++] = n >> 8 & 255;
      bytes[o++] = n & 255;
    }
    if (rest === 2) {
      bytes[o] = v(i) << 2 | v(i + 1) >> 4;
    } else if (rest === 3) {
      var m = v(i) << 10 | v(i + 1) << 4 | v(i + 2) >> 2;
      bytes[o] = m >> 8 & 255;
      bytes[o + 1] = m & 255;
    }
    return bytes;
  }

  function copyIn(src, dst, offset, length) {
    var i = 0;
    for (; i < length; i++) {
      if (i + offset >= dst.length || i >= src.length) break;
      dst[i + offset] = src[i];
    }
    return i;
  }

  function hexWrite(buf, string, offset, length) {
    offset = Number(offset) || 0;
    var remaining = buf.length - offset;
    if (!length) {
      length = remaining;
    } else {
      length = Number(length);
      if (length > remaining) length = remaining;
    }
    if (length > string.length / 2) length = string.length / 2;
    var i = 0;
    for (; i < length; i++) {
      var hi = HEX_VALUE[string.charCodeAt(i * 2)];
      var lo = HEX_VALUE[string.charCodeAt(i * 2 + 1)];
      var parsed = hi >= 0 && lo >= 0 ? hi << 4 | lo : parseInt(string.substr(i * 2, 2), 16);
      if (parsed !== parsed) return i;
      buf[offset + i] = parsed;
    }
    return i;
  }

  function latin1Bytes(str) {
    var out = [];
    for (var i = 0; i < str.length; i++) out.push(str.charCodeAt(i) & 0xff);
    return out;
  }

  function utf16Bytes(str, units) {
    var out = [];
    for (var i = 0; i < str.length; i++) {
      if ((units -= 2) < 0) break;
      var c = str.charCodeAt(i);
      out.push(c % 256, c >> 8);
    }
    return out;
  }

  return {
    utf8Encode: utf8Encode, utf8Decode: utf8Decode, base64Encode: base64Encode, base64Decode: base64Decode,
    hexEncode: hexEncode, latin1Decode: latin1Decode, utf16Decode: utf16Decode, hexWrite: hexWrite,
    latin1Bytes: latin1Bytes, utf16Bytes: utf16Bytes, copyIn: copyIn
  };
})
