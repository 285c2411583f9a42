// courier: crypto-js 3.3.0's hashes and key derivation (internal `_crypto_hash`): algo.MD5,
// SHA1, SHA224, SHA256, SHA384, SHA512, SHA3 (Keccak, outputLength 224/256/384/512) and
// RIPEMD160 with their CryptoJS.X(...) and CryptoJS.HmacX(...) helpers, algo.HMAC, PBKDF2 and
// EvpKDF. Message padding is done here exactly as crypto-js does it (so odd inputs hash the
// same); the compression functions run in Rust (`native.hashBlocks`).
(function (native, require) {
  'use strict';

  var C = require('_crypto_core');
  var C_lib = C.lib;
  var Base = C_lib.Base;
  var WordArray = C_lib.WordArray;
  var Hasher = C_lib.Hasher;
  var C_algo = C.algo;
  var hex = C._hex;

  function swap32(x) {
    return (((x << 8) | (x >>> 24)) & 0x00ff00ff) | (((x << 24) | (x >>> 8)) & 0xff00ff00);
  }

  // Shared by every hash: the state lives in Rust's byte order as hex (`_hstate`, '' before the
  // first block); blocks are compressed as the buffer fills.
  var nativeParts = {
    _doProcessBlocks: function (words, nWords) {
      var alg = this._nativeAlg();
      // Bounded pieces keep the hex copies small for big messages.
      var step = this.blockSize * Math.max(1, Math.floor(4096 / this.blockSize));
      for (var at = 0; at < nWords; at += step) {
        this._hstate = native.hashBlocks(alg, this._hstate, hex.fromWords(words, at, Math.min(step, nWords - at)));
      }
    },
    _stateWords: function () {
      if (!this._hstate) {
        this._hstate = native.hashBlocks(this._nativeAlg(), '', '');
      }
      return hex.toWords(this._hstate);
    }
  };

  function defineHasher(name, alg, props) {
    props._doReset = props._doReset || function () {
      this._hstate = '';
    };
    props._nativeAlg = props._nativeAlg || function () {
      return alg;
    };
    for (var k in nativeParts) {
      props[k] = nativeParts[k];
    }
    var hasher = C_algo[name] = (props.$base || Hasher).extend(props);
    delete hasher.$base;
    C[name] = Hasher._createHelper(hasher);
    C['Hmac' + name] = Hasher._createHmacHelper(hasher);
    return hasher;
  }

  // MD5 and RIPEMD-160 pad with a little-endian bit count (RIPEMD-160 writes only its low word).
  function padLittleEndian(self, lowOnly) {
    var data = self._data;
    var dataWords = data.words;
    var nBitsTotal = self._nDataBytes * 8;
    var nBitsLeft = data.sigBytes * 8;
    dataWords[nBitsLeft >>> 5] |= 0x80 << (24 - nBitsLeft % 32);
    var at = (((nBitsLeft + 64) >>> 9) << 4) + 14;
    if (!lowOnly) {
      dataWords[at + 1] = swap32(Math.floor(nBitsTotal / 0x100000000));
    }
    dataWords[at] = swap32(nBitsTotal);
    data.sigBytes = (dataWords.length + 1) * 4;
    self._process();
  }

  // SHA-1 and SHA-2 pad with a big-endian bit count in the block's last two words.
  function padBigEndian(self, blockWords) {
    var data = self._data;
    var dataWords = data.words;
    var nBitsTotal = self._nDataBytes * 8;
    var nBitsLeft = data.sigBytes * 8;
    dataWords[nBitsLeft >>> 5] |= 0x80 << (24 - nBitsLeft % 32);
    var at = (((nBitsLeft + blockWords * 4) >>> (blockWords === 32 ? 10 : 9)) << (blockWords === 32 ? 5 : 4)) +
      blockWords - 2;
    dataWords[at] = Math.floor(nBitsTotal / 0x100000000);
    dataWords[at + 1] = nBitsTotal;
    data.sigBytes = dataWords.length * 4;
    self._process();
  }

  defineHasher('MD5', 'md5', {
    _doFinalize: function () {
      padLittleEndian(this, false);
      return (this._hash = new WordArray.init(this._stateWords()));
    }
  });

  defineHasher('SHA1', 'sha1', {
    _doFinalize: function () {
      padBigEndian(this, 16);
      return (this._hash = new WordArray.init(this._stateWords()));
    }
  });

  var SHA256 = defineHasher('SHA256', 'sha256', {
    _doFinalize: function () {
      padBigEndian(this, 16);
      return (this._hash = new WordArray.init(this._stateWords()));
    }
  });

  defineHasher('SHA224', 'sha224', {
    $base: SHA256,
    _doFinalize: function () {
      var hash = SHA256._doFinalize.call(this);
      hash.sigBytes -= 4;
      return hash;
    }
  });

  var SHA512 = defineHasher('SHA512', 'sha512', {
    _doFinalize: function () {
      padBigEndian(this, 32);
      return WordArray.create(this._stateWords(), 64);
    },
    blockSize: 1024 / 32
  });

  defineHasher('SHA384', 'sha384', {
    $base: SHA512,
    _doFinalize: function () {
      var hash = SHA512._doFinalize.call(this);
      hash.sigBytes -= 16;
      return hash;
    }
  });

  defineHasher('SHA3', null, {
    cfg: Hasher.cfg.extend({ outputLength: 512 }),
    _doReset: function () {
      this._hstate = '';
      this.blockSize = (1600 - 2 * this.cfg.outputLength) / 32;
    },
    _nativeAlg: function () {
      var rateWords = this.blockSize;
      if (!(rateWords % 2 === 0 && rateWords > 0 && rateWords <= 50)) {
        throw new RangeError('SHA3 outputLength ' + this.cfg.outputLength + ' is not supported');
      }
      return 'keccak:' + rateWords * 4;
    },
    _doFinalize: function () {
      var data = this._data;
      var dataWords = data.words;
      var nBitsLeft = data.sigBytes * 8;
      var blockSizeBits = this.blockSize * 32;
      dataWords[nBitsLeft >>> 5] |= 0x1 << (24 - nBitsLeft % 32);
      dataWords[((Math.ceil((nBitsLeft + 1) / blockSizeBits) * blockSizeBits) >>> 5) - 1] |= 0x80;
      data.sigBytes = dataWords.length * 4;
      this._process();
      var state = this._stateWords();
      var outputLengthBytes = this.cfg.outputLength / 8;
      var outputLengthLanes = outputLengthBytes / 8;
      var hashWords = [];
      for (var i = 0; i < outputLengthLanes; i++) {
        hashWords.push(state[2 * i] | 0, state[2 * i + 1] | 0);
      }
      return new WordArray.init(hashWords, outputLengthBytes);
    }
  });

  defineHasher('RIPEMD160', 'ripemd160', {
    _doFinalize: function () {
      padLittleEndian(this, true);
      return (this._hash = WordArray.create(this._stateWords()));
    }
  });

  var Utf8 = C.enc.Utf8;

  var HMAC = C_algo.HMAC = Base.extend({
    init: function (hasher, key) {
      hasher = this._hasher = new hasher.init();
      if (typeof key == 'string') {
        key = Utf8.parse(key);
      }
      var hasherBlockSize = hasher.blockSize;
      var hasherBlockSizeBytes = hasherBlockSize * 4;
      if (hex.readable(key, 'sigBytes').sigBytes > hasherBlockSizeBytes) {
        key = hasher.finalize(key);
      }
      if (typeof key.clamp !== 'function') {
        throw new TypeError('key.clamp is not a function');
      }
      key.clamp();
      var oKey = this._oKey = key.clone();
      var iKey = this._iKey = key.clone();
      var oKeyWords = oKey.words;
      var iKeyWords = iKey.words;
      for (var i = 0; i < hasherBlockSize; i++) {
        oKeyWords[i] ^= 0x5c5c5c5c;
        iKeyWords[i] ^= 0x36363636;
      }
      oKey.sigBytes = iKey.sigBytes = hasherBlockSizeBytes;
      this.reset();
    },
    reset: function () {
      var hasher = this._hasher;
      hasher.reset();
      hasher.update(this._iKey);
    },
    update: function (messageUpdate) {
      this._hasher.update(messageUpdate);
      return this;
    },
    finalize: function (messageUpdate) {
      var hasher = this._hasher;
      var innerHash = hasher.finalize(messageUpdate);
      hasher.reset();
      return hasher.finalize(this._oKey.clone().concat(innerHash));
    }
  });

  // The Rust digest matching a built-in hasher as HMAC instantiates it (default cfg), if any.
  function chainAlg(hasher) {
    var names = ['MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512', 'RIPEMD160'];
    for (var i = 0; i < names.length; i++) {
      if (hasher === C_algo[names[i]]) {
        return names[i].toLowerCase();
      }
    }
    if (hasher === C_algo.SHA3) {
      var bits = hasher.cfg.outputLength;
      if (bits === 224 || bits === 256 || bits === 384 || bits === 512) {
        return 'keccak' + bits;
      }
    }
    return null;
  }

  // How many times `for (var i = 1; i < iterations; i++)` runs, when that is plain to tell.
  function extraRounds(iterations) {
    if (typeof iterations !== 'number' && typeof iterations !== 'string') {
      return null;
    }
    var n = Number(iterations);
    return n > 1 ? Math.ceil(n) - 1 : 0;
  }

  var PBKDF2 = C_algo.PBKDF2 = Base.extend({
    cfg: Base.extend({
      keySize: 128 / 32,
      hasher: C_algo.SHA1,
      iterations: 1
    }),
    init: function (cfg) {
      this.cfg = this.cfg.extend(cfg);
    },
    compute: function (password, salt) {
      var cfg = this.cfg;
      var hmac = HMAC.create(cfg.hasher, password);
      var derivedKey = WordArray.create();
      var blockIndex = WordArray.create([0x00000001]);
      var derivedKeyWords = derivedKey.words;
      var blockIndexWords = blockIndex.words;
      var keySize = cfg.keySize;
      var iterations = cfg.iterations;
      var alg = chainAlg(cfg.hasher);
      var rounds = extraRounds(iterations);
      while (derivedKeyWords.length < keySize) {
        var block = hmac.update(salt).finalize(blockIndex);
        hmac.reset();
        var blockWords = block.words;
        var blockWordsLength = blockWords.length;
        var j;
        if (alg && rounds !== null) {
          // U(i+1) = HMAC(password, U(i)), xor-ed into the block, in Rust.
          var iKey = C.enc.Hex.stringify(hmac._iKey);
          var oKey = C.enc.Hex.stringify(hmac._oKey);
          var u = C.enc.Hex.stringify(block);
          for (var left = rounds; left > 0; left -= Number(out[2])) {
            // Each call does what it can in a short slice, so the time limit can stop us.
            var out = native.hmacChain(alg, iKey, oKey, u, Math.min(left, 1e9));
            u = out[0];
            var acc = hex.toWords(out[1]);
            for (j = 0; j < acc.length; j++) {
              blockWords[j] ^= acc[j];
            }
          }
        } else {
          var intermediate = block;
          for (var i = 1; i < iterations; i++) {
            intermediate = hmac.finalize(intermediate);
            hmac.reset();
            var intermediateWords = intermediate.words;
            for (j = 0; j < blockWordsLength; j++) {
              blockWords[j] ^= intermediateWords[j];
            }
          }
        }
        derivedKey.concat(block);
        blockIndexWords[0]++;
      }
      derivedKey.sigBytes = keySize * 4;
      return derivedKey;
    }
  });
  C.PBKDF2 = function (password, salt, cfg) {
    return PBKDF2.create(cfg).compute(password, salt);
  };

  var EvpKDF = C_algo.EvpKDF = Base.extend({
    cfg: Base.extend({
      keySize: 128 / 32,
      hasher: C_algo.MD5,
      iterations: 1
    }),
    init: function (cfg) {
      this.cfg = this.cfg.extend(cfg);
    },
    compute: function (password, salt) {
      var cfg = this.cfg;
      var hasher = cfg.hasher.create();
      var derivedKey = WordArray.create();
      var derivedKeyWords = derivedKey.words;
      var keySize = cfg.keySize;
      var iterations = cfg.iterations;
      var block;
      while (derivedKeyWords.length < keySize) {
        if (block) {
          hasher.update(block);
        }
        block = hasher.update(password).finalize(salt);
        hasher.reset();
        for (var i = 1; i < iterations; i++) {
          block = hasher.finalize(block);
          hasher.reset();
        }
        derivedKey.concat(block);
      }
      derivedKey.sigBytes = keySize * 4;
      return derivedKey;
    }
  });
  C.EvpKDF = function (password, salt, cfg) {
    return EvpKDF.create(cfg).compute(password, salt);
  };

  return C;
})
