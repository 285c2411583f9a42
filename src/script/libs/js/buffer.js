// courier: require('buffer') and the `Buffer` global, written for courier: Buffer (a Uint8Array
// subclass), SlowBuffer, INSPECT_MAX_BYTES and kMaxLength, behaving like the buffer 6.0.3 package
// (feross/buffer) that postman-sandbox 4.7.1 bundles: its encodings (utf8, hex, base64, ascii,
// latin1/binary, ucs2/utf16le; no base64url), its lenient argument handling and its messages.
// The codecs live in buffer_codecs.js, the numeric read/write methods in buffer_numbers.js.
(function (native, require) {
  'use strict';

  var K_MAX_LENGTH = 0x7fffffff;

  var exports = {};

  // ------------------------------------------------------------ construction

  function createBuffer(length) {
    if (length > K_MAX_LENGTH) throw new RangeError('The value "' + length + '" is invalid for option "size"');
    var buf = new Uint8Array(length);
    Object.setPrototypeOf(buf, Buffer.prototype);
    return buf;
  }

  function Buffer(arg, encodingOrOffset, length) {
    if (typeof arg === 'number') {
      if (typeof encodingOrOffset === 'string') {
        throw new TypeError('The "string" argument must be of type string. Received type number');
      }
      return allocUnsafe(arg);
    }
    return from(arg, encodingOrOffset, length);
  }

  function sameType(obj, type) {
    return obj instanceof type ||
      (obj != null && obj.constructor != null && obj.constructor.name != null && obj.constructor.name === type.name);
  }

  function badSource(value) {
    return new TypeError('The first argument must be one of type string, Buffer, ArrayBuffer, Array, ' +
      'or Array-like Object. Received type ' + (typeof value));
  }

  function from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return fromString(value, encodingOrOffset);
    if (ArrayBuffer.isView(value)) {
      if (sameType(value, Uint8Array)) {
        var copy = new Uint8Array(value);
        return fromArrayBuffer(copy.buffer, copy.byteOffset, copy.byteLength);
      }
      return fromArrayLike(value);
    }
    if (value == null) throw badSource(value);
    if (sameType(value, ArrayBuffer) || (value && sameType(value.buffer, ArrayBuffer))) {
      return fromArrayBuffer(value, encodingOrOffset, length);
    }
    if (typeof SharedArrayBuffer !== 'undefined' &&
        (sameType(value, SharedArrayBuffer) || (value && sameType(value.buffer, SharedArrayBuffer)))) {
      return fromArrayBuffer(value, encodingOrOffset, length);
    }
    if (typeof value === 'number') {
      throw new TypeError('The "value" argument must not be of type number. Received type number');
    }
    var primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value) return Buffer.from(primitive, encodingOrOffset, length);
    var made = fromObject(value);
    if (made) return made;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      return Buffer.from(value[Symbol.toPrimitive]('string'), encodingOrOffset, length);
    }
    throw badSource(value);
  }

  function fromString(string, encoding) {
    if (typeof encoding !== 'string' || encoding === '') encoding = 'utf8';
    if (!Buffer.isEncoding(encoding)) throw new TypeError('Unknown encoding: ' + encoding);
    if (encodingOf(encoding) === 'base64') {
      var bytes = base64Decode(string);
      var decoded = createBuffer(bytes.length);
      decoded.set(bytes);
      return decoded;
    }
    var length = byteLength(string, encoding) | 0;
    var buf = createBuffer(length);
    var written = buf.write(string, encoding);
    return written !== length ? buf.slice(0, written) : buf;
  }

  function checked(length) {
    if (length >= K_MAX_LENGTH) {
      throw new RangeError('Attempt to allocate Buffer larger than maximum size: 0x' + K_MAX_LENGTH.toString(16) + ' bytes');
    }
    return length | 0;
  }

  function fromArrayLike(array) {
    var length = array.length < 0 ? 0 : checked(array.length) | 0;
    var buf = createBuffer(length);
    for (var i = 0; i < length; i++) buf[i] = array[i] & 255;
    return buf;
  }

  function fromArrayBuffer(array, byteOffset, length) {
    if (byteOffset < 0 || array.byteLength < byteOffset) throw new RangeError('"offset" is outside of buffer bounds');
    if (array.byteLength < byteOffset + (length || 0)) throw new RangeError('"length" is outside of buffer bounds');
    var buf;
    if (byteOffset === undefined && length === undefined) buf = new Uint8Array(array);
    else if (length === undefined) buf = new Uint8Array(array, byteOffset);
    else buf = new Uint8Array(array, byteOffset, length);
    Object.setPrototypeOf(buf, Buffer.prototype);
    return buf;
  }

  function fromObject(obj) {
    if (Buffer.isBuffer(obj)) {
      var buf = createBuffer(checked(obj.length) | 0);
      if (buf.length !== 0) obj.copy(buf, 0, 0, buf.length);
      return buf;
    }
    if (obj.length !== undefined) {
      if (typeof obj.length !== 'number' || obj.length !== obj.length) return createBuffer(0);
      return fromArrayLike(obj);
    }
    if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
    return undefined;
  }

  Buffer.TYPED_ARRAY_SUPPORT = true;
  Buffer.poolSize = 8192;
  Buffer.from = function (value, encodingOrOffset, length) {
    return from(value, encodingOrOffset, length);
  };
  Object.setPrototypeOf(Buffer.prototype, Uint8Array.prototype);
  Object.setPrototypeOf(Buffer, Uint8Array);

  function assertSize(size) {
    if (typeof size !== 'number') throw new TypeError('"size" argument must be of type number');
    if (size < 0) throw new RangeError('The value "' + size + '" is invalid for option "size"');
  }

  function allocUnsafe(size) {
    assertSize(size);
    return createBuffer(size < 0 ? 0 : checked(size) | 0);
  }

  Buffer.alloc = function (size, fill, encoding) {
    assertSize(size);
    if (size <= 0 || fill === undefined) return createBuffer(size);
    return typeof encoding === 'string' ? createBuffer(size).fill(fill, encoding) : createBuffer(size).fill(fill);
  };
  Buffer.allocUnsafe = function (size) {
    return allocUnsafe(size);
  };
  Buffer.allocUnsafeSlow = function (size) {
    return allocUnsafe(size);
  };

  function SlowBuffer(length) {
    if (+length != length) length = 0; // eslint-disable-line eqeqeq
    return Buffer.alloc(+length);
  }

  Buffer.isBuffer = function isBuffer(b) {
    return b != null && b._isBuffer === true && b !== Buffer.prototype;
  };

  function compareBytes(a, b, aStart, aEnd, bStart, bEnd) {
    var x = aEnd - aStart;
    var y = bEnd - bStart;
    var n = Math.min(x, y);
    for (var i = 0; i < n; i++) {
      if (a[aStart + i] !== b[bStart + i]) {
        x = a[aStart + i];
        y = b[bStart + i];
        break;
      }
    }
    return x < y ? -1 : y < x ? 1 : 0;
  }

  Buffer.compare = function compare(a, b) {
    if (sameType(a, Uint8Array)) a = Buffer.from(a, a.offset, a.byteLength);
    if (sameType(b, Uint8Array)) b = Buffer.from(b, b.offset, b.byteLength);
    if (!Buffer.isBuffer(a) || !Buffer.isBuffer(b)) {
      throw new TypeError('The "buf1", "buf2" arguments must be one of type Buffer or Uint8Array');
    }
    if (a === b) return 0;
    return compareBytes(a, b, 0, a.length, 0, b.length);
  };

  // The canonical name of an encoding ('utf8', 'hex', 'ascii', 'latin1', 'base64', 'utf16le'),
  // or null. Like the package, names match as given first, then lowercased.
  var ENCODINGS = {
    hex: 'hex', utf8: 'utf8', 'utf-8': 'utf8', ascii: 'ascii', latin1: 'latin1', binary: 'latin1',
    base64: 'base64', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le'
  };
  function encodingOf(name) {
    var key = String(name).toLowerCase();
    return Object.prototype.hasOwnProperty.call(ENCODINGS, key) ? ENCODINGS[key] : null;
  }

  Buffer.isEncoding = function isEncoding(encoding) {
    return encodingOf(encoding) !== null;
  };

  Buffer.concat = function concat(list, length) {
    if (!Array.isArray(list)) throw new TypeError('"list" argument must be an Array of Buffers');
    if (list.length === 0) return Buffer.alloc(0);
    var i;
    if (length === undefined) {
      length = 0;
      for (i = 0; i < list.length; i++) length += list[i].length;
    }
    var out = Buffer.allocUnsafe(length);
    var pos = 0;
    for (i = 0; i < list.length; i++) {
      var buf = list[i];
      if (sameType(buf, Uint8Array)) {
        if (pos + buf.length > out.length) {
          if (!Buffer.isBuffer(buf)) buf = Buffer.from(buf);
          buf.copy(out, pos);
        } else {
          Uint8Array.prototype.set.call(out, buf, pos);
        }
      } else if (!Buffer.isBuffer(buf)) {
        throw new TypeError('"list" argument must be an Array of Buffers');
      } else {
        buf.copy(out, pos);
      }
      pos += buf.length;
    }
    return out;
  };

  function byteLength(string, encoding) {
    if (Buffer.isBuffer(string)) return string.length;
    if (ArrayBuffer.isView(string) || sameType(string, ArrayBuffer)) return string.byteLength;
    if (typeof string !== 'string') {
      throw new TypeError('The "string" argument must be one of type string, Buffer, or ArrayBuffer. ' +
        'Received type ' + typeof string);
    }
    var mustMatch = arguments.length > 2 && arguments[2] === true;
    if (!mustMatch && string.length === 0) return 0;
    switch (encodingOf(encoding)) {
      case 'ascii': case 'latin1': return string.length;
      case 'utf8': return utf8Encode(string, Infinity, null, 0, Infinity);
      case 'utf16le': return string.length * 2;
      case 'hex': return string.length >>> 1;
      case 'base64': return base64Decode(string).length;
      default: return mustMatch ? -1 : utf8Encode(string, Infinity, null, 0, Infinity);
    }
  }
  Buffer.byteLength = byteLength;

  var codecs = require('_buffer_codecs');
  var utf8Encode = codecs.utf8Encode;
  var utf8Decode = codecs.utf8Decode;
  var base64Encode = codecs.base64Encode;
  var base64Decode = codecs.base64Decode;
  var hexWrite = codecs.hexWrite;
  var latin1Bytes = codecs.latin1Bytes;
  var utf16Bytes = codecs.utf16Bytes;
  var copyIn = codecs.copyIn;

  // ------------------------------------------------------------ instance methods

  var proto = Buffer.prototype;

  Object.defineProperty(proto, 'parent', {
    enumerable: true,
    get: function () { return Buffer.isBuffer(this) ? this.buffer : undefined; }
  });
  Object.defineProperty(proto, 'offset', {
    enumerable: true,
    get: function () { return Buffer.isBuffer(this) ? this.byteOffset : undefined; }
  });
  proto._isBuffer = true;

  function decodeRange(buf, encoding, start, end) {
    if (start === undefined || start < 0) start = 0;
    if (start > buf.length) return '';
    if (end === undefined || end > buf.length) end = buf.length;
    if (end <= 0) return '';
    end >>>= 0;
    start >>>= 0;
    if (end <= start) return '';
    if (!encoding) encoding = 'utf8';
    end = Math.min(buf.length, end);
    switch (encodingOf(encoding)) {
      case 'hex': return codecs.hexEncode(buf, start, end);
      case 'utf8': return utf8Decode(buf, start, end);
      case 'ascii': return codecs.latin1Decode(buf, start, end, 0x7f);
      case 'latin1': return codecs.latin1Decode(buf, start, end, 0xff);
      case 'base64': return base64Encode(buf, start, end);
      case 'utf16le': return codecs.utf16Decode(buf, start, end);
      default:
        throw new TypeError('Unknown encoding: ' + encoding);
    }
  }

  proto.toString = function toString() {
    if (this.length === 0) return '';
    if (arguments.length === 0) return utf8Decode(this, 0, this.length);
    return decodeRange(this, arguments[0], arguments[1], arguments[2]);
  };
  proto.toLocaleString = proto.toString;

  function swapper(size, bits) {
    return function () {
      var len = this.length;
      if (len % size !== 0) throw new RangeError('Buffer size must be a multiple of ' + bits + '-bits');
      for (var i = 0; i < len; i += size) {
        for (var a = i, b = i + size - 1; a < b; a++, b--) {
          var t = this[a];
          this[a] = this[b];
          this[b] = t;
        }
      }
      return this;
    };
  }
  proto.swap16 = swapper(2, 16);
  proto.swap32 = swapper(4, 32);
  proto.swap64 = swapper(8, 64);

  proto.equals = function equals(b) {
    if (!Buffer.isBuffer(b)) throw new TypeError('Argument must be a Buffer');
    if (this === b) return true;
    return Buffer.compare(this, b) === 0;
  };

  proto.inspect = function inspect() {
    var max = exports.INSPECT_MAX_BYTES;
    var str = this.toString('hex', 0, max).replace(/(.{2})/g, '$1 ').trim();
    if (this.length > max) str += ' ... ';
    return '<Buffer ' + str + '>';
  };
  proto[Symbol.for('nodejs.util.inspect.custom')] = proto.inspect;

  proto.compare = function compare(target, start, end, thisStart, thisEnd) {
    if (sameType(target, Uint8Array)) target = Buffer.from(target, target.offset, target.byteLength);
    if (!Buffer.isBuffer(target)) {
      throw new TypeError('The "target" argument must be one of type Buffer or Uint8Array. ' +
        'Received type ' + (typeof target));
    }
    if (start === undefined) start = 0;
    if (end === undefined) end = target ? target.length : 0;
    if (thisStart === undefined) thisStart = 0;
    if (thisEnd === undefined) thisEnd = this.length;
    if (start < 0 || end > target.length || thisStart < 0 || thisEnd > this.length) {
      throw new RangeError('out of range index');
    }
    if (thisStart >= thisEnd && start >= end) return 0;
    if (thisStart >= thisEnd) return -1;
    if (start >= end) return 1;
    start >>>= 0;
    end >>>= 0;
    thisStart >>>= 0;
    thisEnd >>>= 0;
    if (this === target) return 0;
    return compareBytes(this.slice(thisStart, thisEnd), target.slice(start, end), 0,
      thisEnd - thisStart, 0, end - start);
  };

  function searchBytes(hay, needle, from, encoding, forward) {
    var unit = 1;
    var hayLen = hay.length;
    var needleLen = needle.length;
    if (encoding !== undefined) {
      var e = String(encoding).toLowerCase();
      if (e === 'ucs2' || e === 'ucs-2' || e === 'utf16le' || e === 'utf-16le') {
        if (hay.length < 2 || needle.length < 2) return -1;
        unit = 2;
        hayLen /= 2;
        needleLen /= 2;
        from /= 2;
      }
    }
    var at = function (buf, k) {
      return unit === 1 ? buf[k] : buf.readUInt16BE(k * unit);
    };
    var i;
    if (forward) {
      var found = -1;
      for (i = from; i < hayLen; i++) {
        if (at(hay, i) === at(needle, found === -1 ? 0 : i - found)) {
          if (found === -1) found = i;
          if (i - found + 1 === needleLen) return found * unit;
        } else {
          if (found !== -1) i -= i - found;
          found = -1;
        }
      }
      return -1;
    }
    if (from + needleLen > hayLen) from = hayLen - needleLen;
    for (i = from; i >= 0; i--) {
      var match = true;
      for (var j = 0; j < needleLen; j++) {
        if (at(hay, i + j) !== at(needle, j)) {
          match = false;
          break;
        }
      }
      if (match) return i;
    }
    return -1;
  }

  function locate(buf, val, byteOffset, encoding, forward) {
    if (buf.length === 0) return -1;
    if (typeof byteOffset === 'string') {
      encoding = byteOffset;
      byteOffset = 0;
    } else if (byteOffset > 0x7fffffff) {
      byteOffset = 0x7fffffff;
    } else if (byteOffset < -0x80000000) {
      byteOffset = -0x80000000;
    }
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = forward ? 0 : buf.length - 1;
    if (byteOffset < 0) byteOffset = buf.length + byteOffset;
    if (byteOffset >= buf.length) {
      if (forward) return -1;
      byteOffset = buf.length - 1;
    } else if (byteOffset < 0) {
      if (!forward) return -1;
      byteOffset = 0;
    }
    if (typeof val === 'string') val = Buffer.from(val, encoding);
    if (Buffer.isBuffer(val)) {
      if (val.length === 0) return -1;
      return searchBytes(buf, val, byteOffset, encoding, forward);
    }
    if (typeof val === 'number') {
      val &= 0xff;
      return forward ? Uint8Array.prototype.indexOf.call(buf, val, byteOffset)
        : Uint8Array.prototype.lastIndexOf.call(buf, val, byteOffset);
    }
    throw new TypeError('val must be string, number or Buffer');
  }

  proto.includes = function includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  };
  proto.indexOf = function indexOf(val, byteOffset, encoding) {
    return locate(this, val, byteOffset, encoding, true);
  };
  proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
    return locate(this, val, byteOffset, encoding, false);
  };

  proto.write = function write(string, offset, length, encoding) {
    if (offset === undefined) {
      encoding = 'utf8';
      length = this.length;
      offset = 0;
    } else if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else if (isFinite(offset)) {
      offset >>>= 0;
      if (isFinite(length)) {
        length >>>= 0;
        if (encoding === undefined) encoding = 'utf8';
      } else {
        encoding = length;
        length = undefined;
      }
    } else {
      throw new Error('Buffer.write(string, encoding, offset[, length]) is no longer supported');
    }
    var remaining = this.length - offset;
    if (length === undefined || length > remaining) length = remaining;
    if ((string.length > 0 && (length < 0 || offset < 0)) || offset > this.length) {
      throw new RangeError('Attempt to write outside buffer bounds');
    }
    if (!encoding) encoding = 'utf8';
    switch (encodingOf(encoding)) {
      case 'hex': return hexWrite(this, string, offset, length);
      case 'utf8':
        return utf8Encode(string, this.length - offset, this, offset, Math.max(0, Math.min(length, this.length - offset)));
      case 'ascii': case 'latin1': return copyIn(latin1Bytes(string), this, offset, length);
      case 'base64': return copyIn(base64Decode(string), this, offset, length);
      case 'utf16le': return copyIn(utf16Bytes(string, this.length - offset), this, offset, length);
      default: throw new TypeError('Unknown encoding: ' + encoding);
    }
  };

  proto.toJSON = function toJSON() {
    return { type: 'Buffer', data: Array.prototype.slice.call(this._arr || this, 0) };
  };

  proto.slice = function slice(start, end) {
    var len = this.length;
    start = ~~start;
    end = end === undefined ? len : ~~end;
    if (start < 0) start = Math.max(start + len, 0);
    else if (start > len) start = len;
    if (end < 0) end = Math.max(end + len, 0);
    else if (end > len) end = len;
    if (end < start) end = start;
    var view = this.subarray(start, end);
    Object.setPrototypeOf(view, Buffer.prototype);
    return view;
  };

  proto.copy = function copy(target, targetStart, start, end) {
    if (!Buffer.isBuffer(target)) throw new TypeError('argument should be a Buffer');
    if (!start) start = 0;
    if (!end && end !== 0) end = this.length;
    if (targetStart >= target.length) targetStart = target.length;
    if (!targetStart) targetStart = 0;
    if (end > 0 && end < start) end = start;
    if (end === start) return 0;
    if (target.length === 0 || this.length === 0) return 0;
    if (targetStart < 0) throw new RangeError('targetStart out of bounds');
    if (start < 0 || start >= this.length) throw new RangeError('Index out of range');
    if (end < 0) throw new RangeError('sourceEnd out of bounds');
    if (end > this.length) end = this.length;
    if (target.length - targetStart < end - start) end = target.length - targetStart + start;
    var len = end - start;
    if (this === target) this.copyWithin(targetStart, start, end);
    else Uint8Array.prototype.set.call(target, this.subarray(start, end), targetStart);
    return len;
  };

  proto.fill = function fill(val, start, end, encoding) {
    if (typeof val === 'string') {
      if (typeof start === 'string') {
        encoding = start;
        start = 0;
        end = this.length;
      } else if (typeof end === 'string') {
        encoding = end;
        end = this.length;
      }
      if (encoding !== undefined && typeof encoding !== 'string') throw new TypeError('encoding must be a string');
      if (typeof encoding === 'string' && !Buffer.isEncoding(encoding)) {
        throw new TypeError('Unknown encoding: ' + encoding);
      }
      if (val.length === 1) {
        var code = val.charCodeAt(0);
        if ((encoding === 'utf8' && code < 128) || encoding === 'latin1') val = code;
      }
    } else if (typeof val === 'number') {
      val &= 255;
    } else if (typeof val === 'boolean') {
      val = Number(val);
    }
    if (start < 0 || this.length < start || this.length < end) throw new RangeError('Out of range index');
    if (end <= start) return this;
    start >>>= 0;
    end = end === undefined ? this.length : end >>> 0;
    if (!val) val = 0;
    var i;
    if (typeof val === 'number') {
      for (i = start; i < end; i++) this[i] = val;
      return this;
    }
    var bytes = Buffer.isBuffer(val) ? val : Buffer.from(val, encoding);
    if (bytes.length === 0) throw new TypeError('The value "' + val + '" is invalid for argument "value"');
    for (i = 0; i < end - start; i++) this[i + start] = bytes[i % bytes.length];
    return this;
  };

  require('_buffer_numbers')(Buffer);

  exports.Buffer = Buffer;
  exports.SlowBuffer = SlowBuffer;
  exports.INSPECT_MAX_BYTES = 50;
  exports.kMaxLength = K_MAX_LENGTH;
  return exports;
})
