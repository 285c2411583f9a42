// courier: internal helper of buffer.js, written for courier: installs Buffer's numeric
// read/write methods (readUInt8 ... writeDoubleBE, the BigInt 64-bit ones and the
// readUint*/writeUint* aliases) with the checks and messages of the buffer 6.0.3 package.
(function (native, require) {
  'use strict';

  function nodeError(Base, code, message) {
    var err = new Base(message);
    Object.defineProperty(err, 'code', { value: code, writable: true, configurable: true, enumerable: false });
    return err;
  }

  function groupDigits(text) {
    var out = '';
    var i = text.length;
    var first = text.charAt(0) === '-' ? 1 : 0;
    for (; i >= first + 4; i -= 3) out = '_' + text.slice(i - 3, i) + out;
    return text.slice(0, i) + out;
  }

  function outOfRange(name, range, input) {
    var received = input;
    if (Number.isInteger(input) && Math.abs(input) > 4294967296) {
      received = groupDigits(String(input));
    } else if (typeof input === 'bigint') {
      received = String(input);
      if (input > BigInt(4294967296) || input < -BigInt(4294967296)) received = groupDigits(received);
      received += 'n';
    }
    return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
      'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + received);
  }

  function checkNumber(value, name) {
    // The package's message always says "Received type string" here.
    if (typeof value !== 'number') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "' + name + '" argument must be of type number. Received type string');
    }
  }

  function boundsError(value, length) {
    if (Math.floor(value) !== value) {
      checkNumber(value, undefined);
      throw outOfRange('offset', 'an integer', value);
    }
    if (length < 0) {
      throw nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
    }
    throw outOfRange('offset', '>= 0 and <= ' + length, value);
  }

  function checkRead(offset, size, length) {
    if (offset % 1 !== 0 || offset < 0) throw new RangeError('offset is not uint');
    if (offset + size > length) throw new RangeError('Trying to access beyond buffer length');
  }

  return function install(Buffer) {
    var proto = Buffer.prototype;

    function checkWrite(buf, value, offset, size, max, min) {
      if (!Buffer.isBuffer(buf)) throw new TypeError('"buffer" argument must be a Buffer instance');
      if (value > max || value < min) throw new RangeError('"value" argument is out of bounds');
      if (offset + size > buf.length) throw new RangeError('Index out of range');
    }

    // Little-endian unsigned value of `size` bytes; `scale` ends as 256 ** (size - 1).
    function sumLE(buf, offset, size) {
      var value = buf[offset];
      var scale = 1;
      for (var i = 1; i < size; i++) {
        scale *= 0x100;
        value += buf[offset + i] * scale;
      }
      return [value, scale];
    }

    function sumBE(buf, offset, size) {
      var k = size - 1;
      var value = buf[offset + k];
      var scale = 1;
      while (k > 0) {
        scale *= 0x100;
        value += buf[offset + --k] * scale;
      }
      return [value, scale];
    }

    proto.readUintLE = proto.readUIntLE = function readUIntLE(offset, byteLength, noAssert) {
      offset >>>= 0;
      byteLength >>>= 0;
      if (!noAssert) checkRead(offset, byteLength, this.length);
      return sumLE(this, offset, byteLength)[0];
    };
    proto.readUintBE = proto.readUIntBE = function readUIntBE(offset, byteLength, noAssert) {
      offset >>>= 0;
      byteLength >>>= 0;
      if (!noAssert) checkRead(offset, byteLength, this.length);
      return sumBE(this, offset, byteLength)[0];
    };
    proto.readIntLE = function readIntLE(offset, byteLength, noAssert) {
      offset >>>= 0;
      byteLength >>>= 0;
      if (!noAssert) checkRead(offset, byteLength, this.length);
      var r = sumLE(this, offset, byteLength);
      return r[0] >= r[1] * 0x80 ? r[0] - Math.pow(2, 8 * byteLength) : r[0];
    };
    proto.readIntBE = function readIntBE(offset, byteLength, noAssert) {
      offset >>>= 0;
      byteLength >>>= 0;
      if (!noAssert) checkRead(offset, byteLength, this.length);
      var r = sumBE(this, offset, byteLength);
      return r[0] >= r[1] * 0x80 ? r[0] - Math.pow(2, 8 * byteLength) : r[0];
    };

    function reader(name, size, read) {
      proto[name] = function (offset, noAssert) {
        offset >>>= 0;
        if (!noAssert) checkRead(offset, size, this.length);
        return read(this, offset);
      };
    }
    reader('readUInt8', 1, function (b, o) { return b[o]; });
    reader('readUInt16LE', 2, function (b, o) { return b[o] | b[o + 1] << 8; });
    reader('readUInt16BE', 2, function (b, o) { return b[o] << 8 | b[o + 1]; });
    reader('readUInt32LE', 4, function (b, o) { return (b[o] | b[o + 1] << 8 | b[o + 2] << 16) + b[o + 3] * 0x1000000; });
    reader('readUInt32BE', 4, function (b, o) { return b[o] * 0x1000000 + (b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3]); });
    reader('readInt8', 1, function (b, o) { return b[o] & 0x80 ? (0xff - b[o] + 1) * -1 : b[o]; });
    reader('readInt16LE', 2, function (b, o) {
      var v = b[o] | b[o + 1] << 8;
      return v & 0x8000 ? v | 0xffff0000 : v;
    });
    reader('readInt16BE', 2, function (b, o) {
      var v = b[o + 1] | b[o] << 8;
      return v & 0x8000 ? v | 0xffff0000 : v;
    });
    reader('readInt32LE', 4, function (b, o) { return b[o] | b[o + 1] << 8 | b[o + 2] << 16 | b[o + 3] << 24; });
    reader('readInt32BE', 4, function (b, o) { return b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3]; });

    function floatView(buf, offset, size) {
      var bytes = new Uint8Array(size);
      for (var i = 0; i < size; i++) bytes[i] = buf[offset + i];
      return new DataView(bytes.buffer);
    }
    reader('readFloatLE', 4, function (b, o) { return floatView(b, o, 4).getFloat32(0, true); });
    reader('readFloatBE', 4, function (b, o) { return floatView(b, o, 4).getFloat32(0, false); });
    reader('readDoubleLE', 8, function (b, o) { return floatView(b, o, 8).getFloat64(0, true); });
    reader('readDoubleBE', 8, function (b, o) { return floatView(b, o, 8).getFloat64(0, false); });

    ['UInt8', 'UInt16LE', 'UInt16BE', 'UInt32LE', 'UInt32BE'].forEach(function (n) {
      proto['readUint' + n.slice(4)] = proto['read' + n];
    });

    function bigWord(buf, offset, littleEndian) {
      offset >>>= 0;
      checkNumber(offset, 'offset');
      if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
      var value = BigInt(0);
      for (var i = 0; i < 8; i++) {
        value = (value << BigInt(8)) + BigInt(buf[offset + (littleEndian ? 7 - i : i)]);
      }
      return value;
    }
    proto.readBigUInt64LE = function readBigUInt64LE(offset) { return bigWord(this, offset, true); };
    proto.readBigUInt64BE = function readBigUInt64BE(offset) { return bigWord(this, offset, false); };
    proto.readBigInt64LE = function readBigInt64LE(offset) { return BigInt.asIntN(64, bigWord(this, offset, true)); };
    proto.readBigInt64BE = function readBigInt64BE(offset) { return BigInt.asIntN(64, bigWord(this, offset, false)); };

    proto.writeUintLE = proto.writeUIntLE = function writeUIntLE(value, offset, byteLength, noAssert) {
      value = +value;
      offset >>>= 0;
      byteLength >>>= 0;
      if (!noAssert) checkWrite(this, value, offset, byteLength, Math.pow(2, 8 * byteLength) - 1, 0);
      this[offset] = value & 0xff;
      for (var i = 1, scale = 1; i < byteLength; i++) {
        scale *= 0x100;
        this[offset + i] = (value / scale) & 0xff;
      }
      return offset + byteLength;
    };
    proto.writeUintBE = proto.writeUIntBE = function writeUIntBE(value, offset, byteLength, noAssert) {
      value = +value;
      offset >>>= 0;
      byteLength >>>= 0;
      if (!noAssert) checkWrite(this, value, offset, byteLength, Math.pow(2, 8 * byteLength) - 1, 0);
      var k = byteLength - 1;
      this[offset + k] = value & 0xff;
      for (var scale = 1; --k >= 0;) {
        scale *= 0x100;
        this[offset + k] = (value / scale) & 0xff;
      }
      return offset + byteLength;
    };
    proto.writeIntLE = function writeIntLE(value, offset, byteLength, noAssert) {
      value = +value;
      offset >>>= 0;
      if (!noAssert) {
        var limit = Math.pow(2, 8 * byteLength - 1);
        checkWrite(this, value, offset, byteLength, limit - 1, -limit);
      }
      var borrow = 0;
      this[offset] = value & 0xff;
      for (var i = 1, scale = 1; i < byteLength; i++) {
        scale *= 0x100;
        if (value < 0 && borrow === 0 && this[offset + i - 1] !== 0) borrow = 1;
        this[offset + i] = ((value / scale) >> 0) - borrow & 0xff;
      }
      return offset + byteLength;
    };
    proto.writeIntBE = function writeIntBE(value, offset, byteLength, noAssert) {
      value = +value;
      offset >>>= 0;
      if (!noAssert) {
        var limit = Math.pow(2, 8 * byteLength - 1);
        checkWrite(this, value, offset, byteLength, limit - 1, -limit);
      }
      var k = byteLength - 1;
      var borrow = 0;
      this[offset + k] = value & 0xff;
      for (var scale = 1; --k >= 0;) {
        scale *= 0x100;
        if (value < 0 && borrow === 0 && this[offset + k + 1] !== 0) borrow = 1;
        this[offset + k] = ((value / scale) >> 0) - borrow & 0xff;
      }
      return offset + byteLength;
    };

    function writer(name, size, max, min, write) {
      proto[name] = function (value, offset, noAssert) {
        value = +value;
        offset >>>= 0;
        if (!noAssert) checkWrite(this, value, offset, size, max, min);
        write(this, value, offset);
        return offset + size;
      };
    }
    writer('writeUInt8', 1, 0xff, 0, function (b, v, o) { b[o] = v & 0xff; });
    writer('writeUInt16LE', 2, 0xffff, 0, function (b, v, o) { b[o] = v & 0xff; b[o + 1] = v >>> 8; });
    writer('writeUInt16BE', 2, 0xffff, 0, function (b, v, o) { b[o] = v >>> 8; b[o + 1] = v & 0xff; });
    writer('writeUInt32LE', 4, 0xffffffff, 0, function (b, v, o) {
      b[o + 3] = v >>> 24; b[o + 2] = v >>> 16; b[o + 1] = v >>> 8; b[o] = v & 0xff;
    });
    writer('writeUInt32BE', 4, 0xffffffff, 0, function (b, v, o) {
      b[o] = v >>> 24; b[o + 1] = v >>> 16; b[o + 2] = v >>> 8; b[o + 3] = v & 0xff;
    });
    writer('writeInt8', 1, 0x7f, -0x80, function (b, v, o) { b[o] = (v < 0 ? 0xff + v + 1 : v) & 0xff; });
    writer('writeInt16LE', 2, 0x7fff, -0x8000, function (b, v, o) { b[o] = v & 0xff; b[o + 1] = v >>> 8; });
    writer('writeInt16BE', 2, 0x7fff, -0x8000, function (b, v, o) { b[o] = v >>> 8; b[o + 1] = v & 0xff; });
    writer('writeInt32LE', 4, 0x7fffffff, -0x80000000, function (b, v, o) {
      b[o] = v & 0xff; b[o + 1] = v >>> 8; b[o + 2] = v >>> 16; b[o + 3] = v >>> 24;
    });
    writer('writeInt32BE', 4, 0x7fffffff, -0x80000000, function (b, v, o) {
      if (v < 0) v = 0xffffffff + v + 1;
      b[o] = v >>> 24; b[o + 1] = v >>> 16; b[o + 2] = v >>> 8; b[o + 3] = v & 0xff;
    });
    ['UInt8', 'UInt16LE', 'UInt16BE', 'UInt32LE', 'UInt32BE'].forEach(function (n) {
      proto['writeUint' + n.slice(4)] = proto['write' + n];
    });

    // IEEE 754 through a DataView; NaN is written as the package writes it (quiet bit clear,
    // lowest mantissa bit set).
    function floatWriter(name, size, littleEndian) {
      proto[name] = function (value, offset, noAssert) {
        value = +value;
        offset >>>= 0;
        if (!noAssert && offset + size > this.length) throw new RangeError('Index out of range');
        var view = new DataView(new ArrayBuffer(size));
        if (value !== value) {
          view.setUint32(0, size === 4 ? 0x7f800001 : 0x7ff00000);
          if (size === 8) view.setUint32(4, 1);
        } else if (size === 4) {
          view.setFloat32(0, value);
        } else {
          view.setFloat64(0, value);
        }
        for (var i = 0; i < size; i++) this[offset + i] = view.getUint8(littleEndian ? size - 1 - i : i);
        return offset + size;
      };
    }
    floatWriter('writeFloatLE', 4, true);
    floatWriter('writeFloatBE', 4, false);
    floatWriter('writeDoubleLE', 8, true);
    floatWriter('writeDoubleBE', 8, false);

    function bigWriter(name, signed, littleEndian) {
      var min = signed ? -(BigInt(1) << BigInt(63)) : BigInt(0);
      var max = signed ? (BigInt(1) << BigInt(63)) - BigInt(1) : (BigInt(1) << BigInt(64)) - BigInt(1);
      proto[name] = function (value, offset) {
        if (offset === undefined) offset = 0;
        if (value > max || value < min) {
          throw outOfRange('value', signed ? '>= -(2n ** 63n) and < 2 ** 63n' : '>= 0n and < 2n ** 64n', value);
        }
        checkNumber(offset, 'offset');
        if (this[offset] === undefined || this[offset + 7] === undefined) boundsError(offset, this.length - 8);
        var lo = Number(value & BigInt(0xffffffff));
        var hi = Number(value >> BigInt(32) & BigInt(0xffffffff));
        for (var i = 0; i < 4; i++) {
          this[offset + (littleEndian ? i : 7 - i)] = lo >> 8 * i;
          this[offset + (littleEndian ? 4 + i : 3 - i)] = hi >> 8 * i;
        }
        return offset + 8;
      };
    }
    bigWriter('writeBigUInt64LE', false, true);
    bigWriter('writeBigUInt64BE', false, false);
    bigWriter('writeBigInt64LE', true, true);
    bigWriter('writeBigInt64BE', true, false);
  };
})
