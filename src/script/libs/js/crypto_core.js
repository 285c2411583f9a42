// courier: crypto-js 3.3.0's core (internal `_crypto_core`): the CryptoJS namespace object,
// lib.Base (extend/create/mixIn/clone), lib.WordArray (with typed-array input), the encoders
// enc.Hex/Latin1/Utf8/Utf16/Utf16BE/Utf16LE/Base64 and 4.x's enc.Base64url,
// lib.BufferedBlockAlgorithm and lib.Hasher, plus hex helpers the other crypto files share
// (`C._hex`). The hashes, HMAC and KDFs are in crypto_hash.js, the ciphers in crypto_cipher.js.
(function (native, require) {
  'use strict';

  var C = {};
  var C_lib = C.lib = {};
  var C_enc = C.enc = {};
  C.algo = {};

  // What V8 says when a script reads a property of undefined/null (Newman runs on V8).
  function readable(value, key) {
    if (value === undefined || value === null) {
      throw new TypeError('Cannot read properties of ' + value + " (reading '" + key + "')");
    }
    return value;
  }

  // Object model: objects inherit from prototypes; `init` is also a constructor whose
  // prototype is its object, so both `X.create(a)` and `new X.init(a)` work.
  var Base = C_lib.Base = {
    extend: function (overrides) {
      var subtype = Object.create(this);
      if (overrides) {
        subtype.mixIn(overrides);
      }
      if (!subtype.hasOwnProperty('init') || this.init === subtype.init) {
        subtype.init = function () {
          subtype.$super.init.apply(this, arguments);
        };
      }
      subtype.init.prototype = subtype;
      subtype.$super = this;
      return subtype;
    },
    create: function () {
      var instance = this.extend();
      instance.init.apply(instance, arguments);
      return instance;
    },
    init: function () {},
    mixIn: function (properties) {
      for (var name in properties) {
        if (properties.hasOwnProperty(name)) {
          this[name] = properties[name];
        }
      }
      if (properties.hasOwnProperty('toString')) {
        this.toString = properties.toString;
      }
    },
    clone: function () {
      return this.init.prototype.extend(this);
    }
  };

  // The byte `i` (big-endian within 32-bit words) of `words`.
  function byteAt(words, i) {
    return (words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
  }

  var WordArray = C_lib.WordArray = Base.extend({
    init: function (words, sigBytes) {
      words = this.words = words || [];
      if (sigBytes != undefined) {
        this.sigBytes = sigBytes;
      } else {
        this.sigBytes = words.length * 4;
      }
    },
    toString: function (encoder) {
      return (encoder || Hex).stringify(this);
    },
    concat: function (wordArray) {
      var thisWords = this.words;
      var thatWords = readable(wordArray, 'words').words;
      var thisSigBytes = this.sigBytes;
      var thatSigBytes = wordArray.sigBytes;
      this.clamp();
      var i;
      if (thisSigBytes % 4) {
        for (i = 0; i < thatSigBytes; i++) {
          var pos = thisSigBytes + i;
          thisWords[pos >>> 2] |= byteAt(thatWords, i) << (24 - (pos % 4) * 8);
        }
      } else {
        for (i = 0; i < thatSigBytes; i += 4) {
          thisWords[(thisSigBytes + i) >>> 2] = thatWords[i >>> 2];
        }
      }
      this.sigBytes += thatSigBytes;
      return this;
    },
    clamp: function () {
      var words = this.words;
      var sigBytes = this.sigBytes;
      words[sigBytes >>> 2] &= 0xffffffff << (32 - (sigBytes % 4) * 8);
      var length = Math.ceil(sigBytes / 4);
      if (!(length >= 0 && length <= 4294967295 && length % 1 === 0)) {
        throw new RangeError('Invalid array length');
      }
      words.length = length;
    },
    clone: function () {
      var clone = Base.clone.call(this);
      clone.words = this.words.slice(0);
      return clone;
    },
    random: function (nBytes) {
      var nWords = 0;
      for (var i = 0; i < nBytes; i += 4) {
        nWords++;
      }
      var words = [];
      while (words.length < nWords) {
        var take = Math.min(nWords - words.length, 1 << 18);
        pushHexWords(words, native.randomBytes(take * 4));
      }
      return new WordArray.init(words, nBytes);
    }
  });

  // Typed arrays and ArrayBuffers become their bytes (crypto-js's lib-typedarrays).
  var plainInit = WordArray.init;
  var typedInit = WordArray.init = function (typed) {
    if (typed instanceof ArrayBuffer) {
      typed = new Uint8Array(typed);
    }
    if (typed instanceof Int8Array || typed instanceof Uint8ClampedArray ||
        typed instanceof Int16Array || typed instanceof Uint16Array ||
        typed instanceof Int32Array || typed instanceof Uint32Array ||
        typed instanceof Float32Array || typed instanceof Float64Array) {
      typed = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
    }
    if (typed instanceof Uint8Array) {
      var n = typed.byteLength;
      var words = [];
      for (var i = 0; i < n; i++) {
        words[i >>> 2] |= typed[i] << (24 - (i % 4) * 8);
      }
      plainInit.call(this, words, n);
    } else {
      plainInit.apply(this, arguments);
    }
  };
  typedInit.prototype = WordArray;

  // Hex of `n` words from `start` (each taken as a 32-bit integer; holes are 0).
  function wordsToHex(words, start, n) {
    var parts = [];
    for (var i = start; i < start + n; i++) {
      var s = (words[i] >>> 0).toString(16);
      parts.push(s.length === 8 ? s : '00000000'.slice(s.length) + s);
    }
    return parts.join('');
  }
  function pushHexWords(words, hex) {
    for (var i = 0; i < hex.length; i += 8) {
      words.push(parseInt(hex.substr(i, 8), 16) | 0);
    }
    return words;
  }
  function writeHexWords(words, start, hex) {
    for (var i = 0; i < hex.length; i += 8) {
      words[start + i / 8] = parseInt(hex.substr(i, 8), 16) | 0;
    }
  }
  C._hex = { fromWords: wordsToHex, toWords: function (hex) { return pushHexWords([], hex); },
    write: writeHexWords, readable: readable };

  var Hex = C_enc.Hex = {
    stringify: function (wordArray) {
      var words = readable(wordArray, 'words').words;
      var sigBytes = wordArray.sigBytes;
      var chars = [];
      for (var i = 0; i < sigBytes; i++) {
        var b = byteAt(words, i);
        chars.push((b >>> 4).toString(16), (b & 0x0f).toString(16));
      }
      return chars.join('');
    },
    parse: function (hexStr) {
      var n = readable(hexStr, 'length').length;
      var words = [];
      for (var i = 0; i < n; i += 2) {
        words[i >>> 3] |= parseInt(hexStr.substr(i, 2), 16) << (24 - (i % 8) * 4);
      }
      return new WordArray.init(words, n / 2);
    }
  };

  var Latin1 = C_enc.Latin1 = {
    stringify: function (wordArray) {
      var words = readable(wordArray, 'words').words;
      var sigBytes = wordArray.sigBytes;
      var chars = [];
      for (var i = 0; i < sigBytes; i++) {
        chars.push(String.fromCharCode(byteAt(words, i)));
      }
      return chars.join('');
    },
    parse: function (latin1Str) {
      var n = readable(latin1Str, 'length').length;
      var words = [];
      for (var i = 0; i < n; i++) {
        words[i >>> 2] |= (latin1Str.charCodeAt(i) & 0xff) << (24 - (i % 4) * 8);
      }
      return new WordArray.init(words, n);
    }
  };

  C_enc.Utf8 = {
    stringify: function (wordArray) {
      try {
        return decodeURIComponent(escape(Latin1.stringify(wordArray)));
      } catch (e) {
        throw new Error('Malformed UTF-8 data');
      }
    },
    parse: function (utf8Str) {
      var bytes;
      try {
        bytes = unescape(encodeURIComponent(utf8Str));
      } catch (e) {
        throw e instanceof URIError ? new URIError('URI malformed') : e;
      }
      return Latin1.parse(bytes);
    }
  };

  function swapHalves(word) {
    return ((word << 8) & 0xff00ff00) | ((word >>> 8) & 0x00ff00ff);
  }
  function utf16(littleEndian) {
    return {
      stringify: function (wordArray) {
        var words = readable(wordArray, 'words').words;
        var sigBytes = wordArray.sigBytes;
        var chars = [];
        for (var i = 0; i < sigBytes; i += 2) {
          var unit = (words[i >>> 2] >>> (16 - (i % 4) * 8)) & 0xffff;
          chars.push(String.fromCharCode(littleEndian ? swapHalves(unit) : unit));
        }
        return chars.join('');
      },
      parse: function (utf16Str) {
        var n = readable(utf16Str, 'length').length;
        var words = [];
        for (var i = 0; i < n; i++) {
          var half = utf16Str.charCodeAt(i) << (16 - (i % 2) * 16);
          words[i >>> 1] |= littleEndian ? swapHalves(half) : half;
        }
        return WordArray.create(words, n * 2);
      }
    };
  }
  C_enc.Utf16 = C_enc.Utf16BE = utf16(false);
  C_enc.Utf16LE = utf16(true);

  var STD_MAP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
  var URL_MAP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  function base64Stringify(wordArray, map) {
    var words = readable(wordArray, 'words').words;
    var sigBytes = wordArray.sigBytes;
    if (typeof wordArray.clamp !== 'function') {
      throw new TypeError('wordArray.clamp is not a function');
    }
    wordArray.clamp();
    var chars = [];
    for (var i = 0; i < sigBytes; i += 3) {
      var triplet = (byteAt(words, i) << 16) | (byteAt(words, i + 1) << 8) | byteAt(words, i + 2);
      for (var j = 0; j < 4 && i + j * 0.75 < sigBytes; j++) {
        chars.push(map.charAt((triplet >>> (6 * (3 - j))) & 0x3f));
      }
    }
    var pad = map.charAt(64);
    if (pad) {
      while (chars.length % 4) {
        chars.push(pad);
      }
    }
    return chars.join('');
  }
  // `self._reverseMap` is built from the first map used and then kept (as crypto-js does).
  function base64Parse(self, str, map) {
    var n = readable(str, 'length').length;
    var reverse = self._reverseMap;
    if (!reverse) {
      reverse = self._reverseMap = [];
      for (var j = 0; j < map.length; j++) {
        reverse[map.charCodeAt(j)] = j;
      }
    }
    var pad = map.charAt(64);
    if (pad) {
      var at = str.indexOf(pad);
      if (at !== -1) {
        n = at;
      }
    }
    var words = [];
    var nBytes = 0;
    for (var i = 0; i < n; i++) {
      if (i % 4) {
        var bits1 = reverse[str.charCodeAt(i - 1)] << ((i % 4) * 2);
        var bits2 = reverse[str.charCodeAt(i)] >>> (6 - (i % 4) * 2);
        words[nBytes >>> 2] |= (bits1 | bits2) << (24 - (nBytes % 4) * 8);
        nBytes++;
      }
    }
    return WordArray.create(words, nBytes);
  }

  C_enc.Base64 = {
    stringify: function (wordArray) {
      return base64Stringify(wordArray, this._map);
    },
    parse: function (base64Str) {
      return base64Parse(this, base64Str, this._map);
    },
    _map: STD_MAP
  };

  C_enc.Base64url = {
    stringify: function (wordArray, urlSafe) {
      return base64Stringify(wordArray, urlSafe === undefined || urlSafe ? this._safe_map : this._map);
    },
    parse: function (base64Str, urlSafe) {
      return base64Parse(this, base64Str, urlSafe === undefined || urlSafe ? this._safe_map : this._map);
    },
    _map: STD_MAP,
    _safe_map: URL_MAP
  };

  // Data buffered in words and processed a block at a time. `_doProcessBlocks(words, n)`, when
  // an algorithm has it, handles all ready blocks at once (one call into Rust).
  var BufferedBlockAlgorithm = C_lib.BufferedBlockAlgorithm = Base.extend({
    reset: function () {
      this._data = new WordArray.init();
      this._nDataBytes = 0;
    },
    _append: function (data) {
      if (typeof data == 'string') {
        data = C_enc.Utf8.parse(data);
        // Nothing else holds the parsed words: an empty buffer can take them without a copy.
        if (this._data.sigBytes === 0 && this._data.words.length === 0) {
          this._data = data;
          this._nDataBytes += data.sigBytes;
          return;
        }
      }
      this._data.concat(data);
      this._nDataBytes += data.sigBytes;
    },
    _process: function (doFlush) {
      var processedWords;
      var data = this._data;
      var dataWords = data.words;
      var dataSigBytes = data.sigBytes;
      var blockSize = this.blockSize;
      var nBlocksReady = dataSigBytes / (blockSize * 4);
      if (doFlush) {
        nBlocksReady = Math.ceil(nBlocksReady);
      } else {
        nBlocksReady = Math.max((nBlocksReady | 0) - this._minBufferSize, 0);
      }
      var nWordsReady = nBlocksReady * blockSize;
      var nBytesReady = Math.min(nWordsReady * 4, dataSigBytes);
      if (nWordsReady) {
        if (this._doProcessBlocks) {
          this._doProcessBlocks(dataWords, nWordsReady);
        } else {
          for (var offset = 0; offset < nWordsReady; offset += blockSize) {
            this._doProcessBlock(dataWords, offset);
          }
        }
        if (this._dropsProcessed) {
          // A hasher never looks at processed words: drop them without copying them out.
          var rest = dataWords.length - nWordsReady;
          for (var i = 0; i < rest; i++) {
            dataWords[i] = dataWords[i + nWordsReady];
          }
          dataWords.length = Math.max(rest, 0);
        } else {
          processedWords = dataWords.splice(0, nWordsReady);
        }
        data.sigBytes -= nBytesReady;
      }
      return new WordArray.init(processedWords, nBytesReady);
    },
    clone: function () {
      var clone = Base.clone.call(this);
      clone._data = this._data.clone();
      return clone;
    },
    _minBufferSize: 0
  });

  C_lib.Hasher = BufferedBlockAlgorithm.extend({
    cfg: Base.extend(),
    init: function (cfg) {
      this.cfg = this.cfg.extend(cfg);
      this.reset();
    },
    reset: function () {
      BufferedBlockAlgorithm.reset.call(this);
      this._doReset();
    },
    update: function (messageUpdate) {
      this._append(messageUpdate);
      this._process();
      return this;
    },
    finalize: function (messageUpdate) {
      if (messageUpdate) {
        this._append(messageUpdate);
      }
      return this._doFinalize();
    },
    blockSize: 512 / 32,
    _dropsProcessed: true,
    _createHelper: function (hasher) {
      return function (message, cfg) {
        return new hasher.init(cfg).finalize(message);
      };
    },
    _createHmacHelper: function (hasher) {
      return function (message, key) {
        return new C.algo.HMAC.init(hasher, key).finalize(message);
      };
    }
  });

  return C;
})
