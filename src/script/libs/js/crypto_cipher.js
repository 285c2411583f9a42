// courier: crypto-js 3.3.0's cipher framework (internal `_crypto_cipher`): lib.Cipher,
// StreamCipher, BlockCipher, BlockCipherMode with mode.CBC/CFB/CTR/CTRGladman/OFB/ECB,
// pad.Pkcs7/AnsiX923/Iso10126/Iso97971/ZeroPadding/NoPadding, lib.CipherParams,
// format.OpenSSL/Hex, lib.SerializableCipher, kdf.OpenSSL (EvpKDF, "Salted__") and
// lib.PasswordBasedCipher. The algorithms themselves (AES, DES, TripleDES) are in
// crypto_ciphers.js; when both the algorithm and the mode are built in, whole runs of blocks
// go to Rust in one call (`native.blockCipher`), otherwise blocks are processed one by one.
(function (native, require) {
  'use strict';

  var C = require('_crypto_hash');
  var C_lib = C.lib;
  var Base = C_lib.Base;
  var WordArray = C_lib.WordArray;
  var BufferedBlockAlgorithm = C_lib.BufferedBlockAlgorithm;
  var Utf8 = C.enc.Utf8;
  var Base64 = C.enc.Base64;
  var EvpKDF = C.algo.EvpKDF;
  var hex = C._hex;
  var readable = hex.readable;

  var Cipher = C_lib.Cipher = BufferedBlockAlgorithm.extend({
    cfg: Base.extend(),
    createEncryptor: function (key, cfg) {
      return this.create(this._ENC_XFORM_MODE, key, cfg);
    },
    createDecryptor: function (key, cfg) {
      return this.create(this._DEC_XFORM_MODE, key, cfg);
    },
    init: function (xformMode, key, cfg) {
      this.cfg = this.cfg.extend(cfg);
      this._xformMode = xformMode;
      this._key = key;
      this.reset();
    },
    reset: function () {
      BufferedBlockAlgorithm.reset.call(this);
      this._doReset();
    },
    process: function (dataUpdate) {
      this._append(dataUpdate);
      return this._process();
    },
    finalize: function (dataUpdate) {
      if (dataUpdate) {
        this._append(dataUpdate);
      }
      return this._doFinalize();
    },
    keySize: 128 / 32,
    ivSize: 128 / 32,
    _ENC_XFORM_MODE: 1,
    _DEC_XFORM_MODE: 2,
    _createHelper: function (cipher) {
      function strategy(key) {
        return typeof key == 'string' ? PasswordBasedCipher : SerializableCipher;
      }
      return {
        encrypt: function (message, key, cfg) {
          return strategy(key).encrypt(cipher, message, key, cfg);
        },
        decrypt: function (ciphertext, key, cfg) {
          return strategy(key).decrypt(cipher, ciphertext, key, cfg);
        }
      };
    }
  });

  C_lib.StreamCipher = Cipher.extend({
    _doFinalize: function () {
      return this._process(true);
    },
    blockSize: 1
  });

  var C_mode = C.mode = {};

  var BlockCipherMode = C_lib.BlockCipherMode = Base.extend({
    createEncryptor: function (cipher, iv) {
      return this.Encryptor.create(cipher, iv);
    },
    createDecryptor: function (cipher, iv) {
      return this.Decryptor.create(cipher, iv);
    },
    init: function (cipher, iv) {
      this._cipher = cipher;
      this._iv = iv;
    }
  });

  // Where each built-in mode keeps its chaining value between blocks.
  var STATE_FIELD = { cbc: '_prevBlock', cfb: '_prevBlock', ofb: '_keystream', ctr: '_counter', ctrgladman: '_counter' };

  // The chaining value to use for the next block: the iv the first time (then forgotten).
  function takeState(mode, field, copy) {
    var iv = mode._iv;
    if (iv) {
      mode._iv = undefined;
      return (mode[field] = copy ? iv.slice(0) : iv);
    }
    return mode[field];
  }

  function xorInto(words, offset, block, blockSize) {
    readable(block, '0');
    for (var i = 0; i < blockSize; i++) {
      words[offset + i] ^= block[i];
    }
  }

  // The built-in modes' block steps, by native mode name and direction.
  var BUILTIN_STEPS = {};

  function defineMode(name, nativeName, encrypt, decrypt) {
    BUILTIN_STEPS[nativeName + 'e'] = encrypt;
    BUILTIN_STEPS[nativeName + 'd'] = decrypt || encrypt;
    var mode = C_mode[name] = BlockCipherMode.extend();
    mode.Encryptor = mode.extend({ processBlock: encrypt, _native: nativeName });
    mode.Decryptor = decrypt ? mode.extend({ processBlock: decrypt, _native: nativeName, _decrypt: true })
      : mode.Encryptor;
    return mode;
  }

  defineMode('CBC', 'cbc', function (words, offset) {
    var blockSize = this._cipher.blockSize;
    xorInto(words, offset, takeState(this, '_prevBlock', false), blockSize);
    this._cipher.encryptBlock(words, offset);
    this._prevBlock = words.slice(offset, offset + blockSize);
  }, function (words, offset) {
    var blockSize = this._cipher.blockSize;
    var thisBlock = words.slice(offset, offset + blockSize);
    this._cipher.decryptBlock(words, offset);
    xorInto(words, offset, takeState(this, '_prevBlock', false), blockSize);
    this._prevBlock = thisBlock;
  });

  function cfbStep(mode, words, offset) {
    var blockSize = mode._cipher.blockSize;
    var keystream = takeState(mode, '_prevBlock', true);
    mode._cipher.encryptBlock(keystream, 0);
    xorInto(words, offset, keystream, blockSize);
  }
  defineMode('CFB', 'cfb', function (words, offset) {
    cfbStep(this, words, offset);
    this._prevBlock = words.slice(offset, offset + this._cipher.blockSize);
  }, function (words, offset) {
    var thisBlock = words.slice(offset, offset + this._cipher.blockSize);
    cfbStep(this, words, offset);
    this._prevBlock = thisBlock;
  });

  defineMode('CTR', 'ctr', function (words, offset) {
    var blockSize = this._cipher.blockSize;
    var counter = takeState(this, '_counter', true);
    var keystream = readable(counter, 'slice').slice(0);
    this._cipher.encryptBlock(keystream, 0);
    counter[blockSize - 1] = (counter[blockSize - 1] + 1) | 0;
    xorInto(words, offset, keystream, blockSize);
  });

  // Gladman's counter: the first word's bytes count up from the top one.
  function gladmanWord(word) {
    if (((word >> 24) & 0xff) !== 0xff) {
      return word + (0x01 << 24);
    }
    var b1 = (word >> 16) & 0xff;
    var b2 = (word >> 8) & 0xff;
    var b3 = word & 0xff;
    if (b1 !== 0xff) {
      b1++;
    } else {
      b1 = 0;
      if (b2 !== 0xff) {
        b2++;
      } else {
        b2 = 0;
        b3 = b3 === 0xff ? 0 : b3 + 1;
      }
    }
    return (b1 << 16) + (b2 << 8) + b3;
  }
  defineMode('CTRGladman', 'ctrgladman', function (words, offset) {
    var counter = readable(takeState(this, '_counter', true), '0');
    if ((counter[0] = gladmanWord(counter[0])) === 0) {
      counter[1] = gladmanWord(counter[1]);
    }
    var keystream = counter.slice(0);
    this._cipher.encryptBlock(keystream, 0);
    xorInto(words, offset, keystream, this._cipher.blockSize);
  });

  defineMode('OFB', 'ofb', function (words, offset) {
    var keystream = takeState(this, '_keystream', true);
    this._cipher.encryptBlock(keystream, 0);
    xorInto(words, offset, keystream, this._cipher.blockSize);
  });

  defineMode('ECB', 'ecb', function (words, offset) {
    this._cipher.encryptBlock(words, offset);
  }, function (words, offset) {
    this._cipher.decryptBlock(words, offset);
  });

  var C_pad = C.pad = {};

  function lastByte(data) {
    return data.words[(data.sigBytes - 1) >>> 2] & 0xff;
  }
  function unpadByCount(data) {
    data.sigBytes -= lastByte(data);
  }

  var Pkcs7 = C_pad.Pkcs7 = {
    pad: function (data, blockSize) {
      var blockSizeBytes = blockSize * 4;
      var n = blockSizeBytes - data.sigBytes % blockSizeBytes;
      var word = (n << 24) | (n << 16) | (n << 8) | n;
      var words = [];
      for (var i = 0; i < n; i += 4) {
        words.push(word);
      }
      data.concat(WordArray.create(words, n));
    },
    unpad: unpadByCount
  };

  C_pad.AnsiX923 = {
    pad: function (data, blockSize) {
      var sigBytes = data.sigBytes;
      var blockSizeBytes = blockSize * 4;
      var n = blockSizeBytes - sigBytes % blockSizeBytes;
      var lastBytePos = sigBytes + n - 1;
      data.clamp();
      data.words[lastBytePos >>> 2] |= n << (24 - (lastBytePos % 4) * 8);
      data.sigBytes += n;
    },
    unpad: unpadByCount
  };

  C_pad.Iso10126 = {
    pad: function (data, blockSize) {
      var blockSizeBytes = blockSize * 4;
      var n = blockSizeBytes - data.sigBytes % blockSizeBytes;
      data.concat(WordArray.random(n - 1)).concat(WordArray.create([n << 24], 1));
    },
    unpad: unpadByCount
  };

  var ZeroPadding = C_pad.ZeroPadding = {
    pad: function (data, blockSize) {
      var blockSizeBytes = blockSize * 4;
      data.clamp();
      data.sigBytes += blockSizeBytes - ((data.sigBytes % blockSizeBytes) || blockSizeBytes);
    },
    unpad: function (data) {
      var words = data.words;
      var i = data.sigBytes - 1;
      while (!((words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff)) {
        i--;
      }
      data.sigBytes = i + 1;
    }
  };

  C_pad.Iso97971 = {
    pad: function (data, blockSize) {
      data.concat(WordArray.create([0x80000000], 1));
      ZeroPadding.pad(data, blockSize);
    },
    unpad: function (data) {
      ZeroPadding.unpad(data);
      data.sigBytes--;
    }
  };

  C_pad.NoPadding = {
    pad: function () {},
    unpad: function () {}
  };

  // A plain array of `n` 32-bit integers (what the Rust side can take as a chaining value).
  function isWordBlock(words, n) {
    if (!Array.isArray(words) || words.length < n) {
      return false;
    }
    for (var i = 0; i < n; i++) {
      var w = words[i];
      if (typeof w !== 'number' || ((w | 0) !== w && (w >>> 0) !== w)) {
        return false;
      }
    }
    return true;
  }

  var BlockCipher = C_lib.BlockCipher = Cipher.extend({
    cfg: Cipher.cfg.extend({
      mode: C_mode.CBC,
      padding: Pkcs7
    }),
    reset: function () {
      Cipher.reset.call(this);
      var cfg = this.cfg;
      var iv = cfg.iv;
      var mode = cfg.mode;
      var modeCreator;
      if (this._xformMode == this._ENC_XFORM_MODE) {
        modeCreator = mode.createEncryptor;
      } else {
        modeCreator = mode.createDecryptor;
        this._minBufferSize = 1;
      }
      if (this._mode && this._mode.__creator == modeCreator) {
        this._mode.init(this, iv && iv.words);
      } else {
        this._mode = modeCreator.call(mode, this, iv && iv.words);
        this._mode.__creator = modeCreator;
      }
    },
    _doProcessBlock: function (words, offset) {
      this._mode.processBlock(words, offset);
    },
    // All ready blocks at once in Rust, when the algorithm and the mode are built in and the
    // chaining value is plain words; else block by block like crypto-js.
    _doProcessBlocks: function (words, nWords) {
      var mode = this._mode;
      var kind = mode._native;
      var blockSize = this.blockSize;
      var offset;
      var state = '';
      var field = STATE_FIELD[kind];
      var usable = this._nativeKind && kind && mode.processBlock === BUILTIN_STEPS[kind + (mode._decrypt ? 'd' : 'e')];
      if (usable && field) {
        var current = mode._iv ? mode._iv : mode[field];
        usable = isWordBlock(current, blockSize);
        if (usable) {
          state = hex.fromWords(current, 0, blockSize);
        }
      }
      if (!usable) {
        for (offset = 0; offset < nWords; offset += blockSize) {
          this._doProcessBlock(words, offset);
        }
        return;
      }
      // In bounded pieces (whole blocks), carrying the chaining value from one to the next.
      var step = blockSize * Math.max(1, Math.floor(4096 / blockSize));
      for (offset = 0; offset < nWords; offset += step) {
        var out = native.blockCipher(this._nativeKind, this._nativeKeyHex, kind, !!mode._decrypt, state,
          hex.fromWords(words, offset, Math.min(step, nWords - offset)));
        hex.write(words, offset, out[0]);
        state = out[1];
      }
      if (field) {
        mode._iv = undefined;
        mode[field] = hex.toWords(state);
      }
    },
    _doFinalize: function () {
      var padding = this.cfg.padding;
      var finalProcessedBlocks;
      if (this._xformMode == this._ENC_XFORM_MODE) {
        padding.pad(this._data, this.blockSize);
        finalProcessedBlocks = this._process(true);
      } else {
        finalProcessedBlocks = this._process(true);
        padding.unpad(finalProcessedBlocks);
      }
      return finalProcessedBlocks;
    },
    blockSize: 128 / 32
  });

  var CipherParams = C_lib.CipherParams = Base.extend({
    init: function (cipherParams) {
      this.mixIn(cipherParams);
    },
    toString: function (formatter) {
      return readable(formatter || this.formatter, 'stringify').stringify(this);
    }
  });

  var C_format = C.format = {};

  var OpenSSLFormatter = C_format.OpenSSL = {
    stringify: function (cipherParams) {
      var ciphertext = readable(cipherParams, 'ciphertext').ciphertext;
      var salt = cipherParams.salt;
      var wordArray = salt ? WordArray.create([0x53616c74, 0x65645f5f]).concat(salt).concat(ciphertext) : ciphertext;
      return wordArray.toString(Base64);
    },
    parse: function (openSSLStr) {
      var ciphertext = Base64.parse(openSSLStr);
      var words = ciphertext.words;
      var salt;
      if (words[0] == 0x53616c74 && words[1] == 0x65645f5f) {
        salt = WordArray.create(words.slice(2, 4));
        words.splice(0, 4);
        ciphertext.sigBytes -= 16;
      }
      return CipherParams.create({ ciphertext: ciphertext, salt: salt });
    }
  };

  C_format.Hex = {
    stringify: function (cipherParams) {
      return readable(cipherParams, 'ciphertext').ciphertext.toString(C.enc.Hex);
    },
    parse: function (input) {
      return CipherParams.create({ ciphertext: C.enc.Hex.parse(input) });
    }
  };

  var SerializableCipher = C_lib.SerializableCipher = Base.extend({
    cfg: Base.extend({
      format: OpenSSLFormatter
    }),
    encrypt: function (cipher, message, key, cfg) {
      cfg = this.cfg.extend(cfg);
      var encryptor = cipher.createEncryptor(key, cfg);
      var ciphertext = encryptor.finalize(message);
      var cipherCfg = encryptor.cfg;
      return CipherParams.create({
        ciphertext: ciphertext,
        key: key,
        iv: cipherCfg.iv,
        algorithm: cipher,
        mode: cipherCfg.mode,
        padding: cipherCfg.padding,
        blockSize: cipher.blockSize,
        formatter: cfg.format
      });
    },
    decrypt: function (cipher, ciphertext, key, cfg) {
      cfg = this.cfg.extend(cfg);
      ciphertext = this._parse(ciphertext, cfg.format);
      return cipher.createDecryptor(key, cfg).finalize(readable(ciphertext, 'ciphertext').ciphertext);
    },
    _parse: function (ciphertext, format) {
      return typeof ciphertext == 'string' ? format.parse(ciphertext, this) : ciphertext;
    }
  });

  var C_kdf = C.kdf = {};

  var OpenSSLKdf = C_kdf.OpenSSL = {
    execute: function (password, keySize, ivSize, salt) {
      if (!salt) {
        salt = WordArray.random(64 / 8);
      }
      var key = EvpKDF.create({ keySize: keySize + ivSize }).compute(password, salt);
      var iv = WordArray.create(key.words.slice(keySize), ivSize * 4);
      key.sigBytes = keySize * 4;
      return CipherParams.create({ key: key, iv: iv, salt: salt });
    }
  };

  var PasswordBasedCipher = C_lib.PasswordBasedCipher = SerializableCipher.extend({
    cfg: SerializableCipher.cfg.extend({
      kdf: OpenSSLKdf
    }),
    encrypt: function (cipher, message, password, cfg) {
      cfg = this.cfg.extend(cfg);
      var derived = cfg.kdf.execute(password, cipher.keySize, cipher.ivSize);
      cfg.iv = derived.iv;
      var ciphertext = SerializableCipher.encrypt.call(this, cipher, message, derived.key, cfg);
      ciphertext.mixIn(derived);
      return ciphertext;
    },
    decrypt: function (cipher, ciphertext, password, cfg) {
      cfg = this.cfg.extend(cfg);
      ciphertext = this._parse(ciphertext, cfg.format);
      var derived = cfg.kdf.execute(password, cipher.keySize, cipher.ivSize, readable(ciphertext, 'salt').salt);
      cfg.iv = derived.iv;
      return SerializableCipher.decrypt.call(this, cipher, ciphertext, derived.key, cfg);
    }
  });

  return C;
})
