// courier: require('string_decoder'), written for courier with the behaviour of the
// string_decoder 1.x package postman-sandbox 4.7.1 bundles: StringDecoder(encoding) whose
// write/end decode Buffers chunk by chunk, keeping incomplete UTF-8 sequences, UTF-16
// surrogate pairs and base64 triples for the next chunk (U+FFFD for what never completes).
(function (native, require) {
  'use strict';

  var Buffer = require('buffer').Buffer;

  function normalizeEncoding(enc) {
    if (!enc) return 'utf8';
    var names = {
      utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le',
      'utf-16le': 'utf16le', latin1: 'latin1', binary: 'latin1', base64: 'base64', ascii: 'ascii', hex: 'hex'
    };
    var has = function (k) { return Object.prototype.hasOwnProperty.call(names, k); };
    if (typeof enc === 'string' && has(enc)) return names[enc];
    var lower = ('' + enc).toLowerCase();
    if (has(lower)) return names[lower];
    throw new Error('Unknown encoding: ' + enc);
  }

  function StringDecoder(encoding) {
    this.encoding = normalizeEncoding(encoding);
    var size;
    switch (this.encoding) {
      case 'utf16le':
        this.text = utf16Text;
        this.end = utf16End;
        size = 4;
        break;
      case 'utf8':
        this.fillLast = utf8FillLast;
        size = 4;
        break;
      case 'base64':
        this.text = base64Text;
        this.end = base64End;
        size = 3;
        break;
      default:
        this.write = simpleWrite;
        this.end = simpleEnd;
        return;
    }
    this.lastNeed = 0;
    this.lastTotal = 0;
    this.lastChar = Buffer.allocUnsafe(size);
  }

  StringDecoder.prototype.write = function (buf) {
    if (buf.length === 0) return '';
    var r;
    var i = 0;
    if (this.lastNeed) {
      r = this.fillLast(buf);
      if (r === undefined) return '';
      i = this.lastNeed;
      this.lastNeed = 0;
    }
    if (i < buf.length) return r ? r + this.text(buf, i) : this.text(buf, i);
    return r || '';
  };

  StringDecoder.prototype.end = utf8End;
  StringDecoder.prototype.text = utf8Text;

  StringDecoder.prototype.fillLast = function (buf) {
    if (this.lastNeed <= buf.length) {
      buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, this.lastNeed);
      return this.lastChar.toString(this.encoding, 0, this.lastTotal);
    }
    buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, buf.length);
    this.lastNeed -= buf.length;
    return undefined;
  };

  // Length of the UTF-8 sequence a byte starts (0 for ASCII), -1 for a continuation byte,
  // -2 for an invalid byte.
  function sequenceLength(byte) {
    if (byte <= 0x7f) return 0;
    if (byte >> 5 === 0x06) return 2;
    if (byte >> 4 === 0x0e) return 3;
    if (byte >> 3 === 0x1e) return 4;
    return byte >> 6 === 0x02 ? -1 : -2;
  }

  // Looks at up to three bytes at the end of `buf` (from `i` on) for a sequence that is not
  // complete yet; records in lastNeed how many bytes it lacks and returns its full length.
  function incompleteTail(self, buf, i) {
    var j = buf.length - 1;
    for (var back = 1; back <= 3; back++, j--) {
      if (j < i) return 0;
      var nb = sequenceLength(buf[j]);
      if (nb >= 0) {
        if (nb > 0) {
          if (back === 3 && nb === 2) return 0;
          self.lastNeed = nb - back;
        }
        return nb;
      }
      if (nb === -2) return 0;
    }
    return 0;
  }

  function checkContinuation(self, buf) {
    if ((buf[0] & 0xc0) !== 0x80) {
      self.lastNeed = 0;
      return '\ufffd';
    }
    if (self.lastNeed > 1 && buf.length > 1) {
      if ((buf[1] & 0xc0) !== 0x80) {
        self.lastNeed = 1;
        return '\ufffd';
      }
      if (self.lastNeed > 2 && buf.length > 2 && (buf[2] & 0xc0) !== 0x80) {
        self.lastNeed = 2;
        return '\ufffd';
      }
    }
    return undefined;
  }

  function utf8FillLast(buf) {
    var p = this.lastTotal - this.lastNeed;
    var r = checkContinuation(this, buf);
    if (r !== undefined) return r;
    if (this.lastNeed <= buf.length) {
      buf.copy(this.lastChar, p, 0, this.lastNeed);
      return this.lastChar.toString(this.encoding, 0, this.lastTotal);
    }
    buf.copy(this.lastChar, p, 0, buf.length);
    this.lastNeed -= buf.length;
    return undefined;
  }

  function utf8Text(buf, i) {
    var total = incompleteTail(this, buf, i);
    if (!this.lastNeed) return buf.toString('utf8', i);
    this.lastTotal = total;
    var end = buf.length - (total - this.lastNeed);
    buf.copy(this.lastChar, 0, end);
    return buf.toString('utf8', i, end);
  }

  function utf8End(buf) {
    var r = buf && buf.length ? this.write(buf) : '';
    return this.lastNeed ? r + '\ufffd' : r;
  }

  function utf16Text(buf, i) {
    if ((buf.length - i) % 2 === 0) {
      var r = buf.toString('utf16le', i);
      if (r) {
        var c = r.charCodeAt(r.length - 1);
        if (c >= 0xd800 && c <= 0xdbff) {
          this.lastNeed = 2;
          this.lastTotal = 4;
          this.lastChar[0] = buf[buf.length - 2];
          this.lastChar[1] = buf[buf.length - 1];
          return r.slice(0, -1);
        }
      }
      return r;
    }
    this.lastNeed = 1;
    this.lastTotal = 2;
    this.lastChar[0] = buf[buf.length - 1];
    return buf.toString('utf16le', i, buf.length - 1);
  }

  function utf16End(buf) {
    var r = buf && buf.length ? this.write(buf) : '';
    if (this.lastNeed) return r + this.lastChar.toString('utf16le', 0, this.lastTotal - this.lastNeed);
    return r;
  }

  function base64Text(buf, i) {
    var n = (buf.length - i) % 3;
    if (n === 0) return buf.toString('base64', i);
    this.lastNeed = 3 - n;
    this.lastTotal = 3;
    if (n === 1) {
      this.lastChar[0] = buf[buf.length - 1];
    } else {
      this.lastChar[0] = buf[buf.length - 2];
      this.lastChar[1] = buf[buf.length - 1];
    }
    return buf.toString('base64', i, buf.length - n);
  }

  function base64End(buf) {
    var r = buf && buf.length ? this.write(buf) : '';
    if (this.lastNeed) return r + this.lastChar.toString('base64', 0, 3 - this.lastNeed);
    return r;
  }

  function simpleWrite(buf) {
    return buf.toString(this.encoding);
  }

  function simpleEnd(buf) {
    return buf && buf.length ? this.write(buf) : '';
  }

  return { StringDecoder: StringDecoder };
})
