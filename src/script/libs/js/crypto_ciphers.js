// courier: crypto-js 3.3.0's block cipher algorithms (internal `_crypto_ciphers`): algo.AES,
// algo.DES and algo.TripleDES with their CryptoJS.AES/DES/TripleDES encrypt/decrypt helpers.
// AES key schedules are computed here the way crypto-js computes them (so keys of any length
// behave the same); the rounds run in Rust (`native.blockCipher`).
(function (native, require) {
  'use strict';

  var C = require('_crypto_cipher');
  var BlockCipher = C.lib.BlockCipher;
  var hex = C._hex;
  var readable = hex.readable;

  // One block of `cipher` at M[offset] in Rust.
  function cryptBlock(cipher, M, offset, decrypt) {
    readable(M, String(offset));
    var bs = cipher.blockSize;
    var out = native.blockCipher(cipher._nativeKind, cipher._nativeKeyHex, 'ecb', decrypt, '',
      hex.fromWords(M, offset, bs));
    hex.write(M, offset, out[0]);
  }
  var blockMethods = {
    encryptBlock: function (M, offset) {
      cryptBlock(this, M, offset, false);
    },
    decryptBlock: function (M, offset) {
      cryptBlock(this, M, offset, true);
    }
  };
  function defineCipher(name, props) {
    props.encryptBlock = blockMethods.encryptBlock;
    props.decryptBlock = blockMethods.decryptBlock;
    var cipher = C.algo[name] = BlockCipher.extend(props);
    C[name] = BlockCipher._createHelper(cipher);
    return cipher;
  }

  // The AES S-box and round constants, built on first use.
  var SBOX = null;
  var RCON = [0x00, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1b, 0x36];
  function xtime(a) {
    return ((a << 1) ^ (a & 0x80 ? 0x11b : 0)) & 0xff;
  }
  function gmul(a, b) {
    var p = 0;
    while (b) {
      if (b & 1) {
        p ^= a;
      }
      a = xtime(a);
      b >>= 1;
    }
    return p;
  }
  function buildSbox() {
    // Multiplicative inverses via powers of the generator 3, then the affine map.
    var exp = [];
    var log = [];
    for (var i = 0, x = 1; i < 255; i++) {
      exp[i] = x;
      log[x] = i;
      x ^= xtime(x);
    }
    SBOX = [];
    for (var v = 0; v < 256; v++) {
      var inv = v ? exp[(255 - log[v]) % 255] : 0;
      var s = inv;
      for (var r = 1; r < 5; r++) {
        s ^= ((inv << r) | (inv >>> (8 - r))) & 0xff;
      }
      SBOX[v] = s ^ 0x63;
    }
    // Products by the InvMixColumns coefficients 14, 11, 13 and 9, by byte.
    INV_MIX = [14, 11, 13, 9].map(function (c) {
      var row = [];
      for (var x = 0; x < 256; x++) {
        row[x] = gmul(x, c);
      }
      return row;
    });
  }
  function subWord(t) {
    return (SBOX[t >>> 24] << 24) | (SBOX[(t >>> 16) & 0xff] << 16) | (SBOX[(t >>> 8) & 0xff] << 8) | SBOX[t & 0xff];
  }
  // InvMixColumns of one column (the transform of the decryption round keys).
  var INV_MIX = null;
  function invMixWord(t) {
    var b = [t >>> 24, (t >>> 16) & 0xff, (t >>> 8) & 0xff, t & 0xff];
    var out = 0;
    for (var row = 0; row < 4; row++) {
      var v = 0;
      for (var col = 0; col < 4; col++) {
        v ^= INV_MIX[(col - row + 4) % 4][b[col]];
      }
      out |= v << (24 - row * 8);
    }
    return out;
  }

  defineCipher('AES', {
    _doReset: function () {
      if (this._nRounds && this._keyPriorReset === this._key) {
        return;
      }
      if (!SBOX) {
        buildSbox();
      }
      var key = this._keyPriorReset = this._key;
      var keyWords = readable(key, 'words').words;
      var keySize = key.sigBytes / 4;
      var nRounds = this._nRounds = keySize + 6;
      var ksRows = (nRounds + 1) * 4;
      var keySchedule = this._keySchedule = [];
      var ksRow, t;
      for (ksRow = 0; ksRow < ksRows; ksRow++) {
        if (ksRow < keySize) {
          keySchedule[ksRow] = readable(keyWords, String(ksRow))[ksRow];
        } else {
          t = keySchedule[ksRow - 1];
          if (!(ksRow % keySize)) {
            t = subWord((t << 8) | (t >>> 24));
            t ^= RCON[(ksRow / keySize) | 0] << 24;
          } else if (keySize > 6 && ksRow % keySize == 4) {
            t = subWord(t);
          }
          keySchedule[ksRow] = keySchedule[ksRow - keySize] ^ t;
        }
      }
      var invKeySchedule = this._invKeySchedule = [];
      for (var invKsRow = 0; invKsRow < ksRows; invKsRow++) {
        ksRow = ksRows - invKsRow;
        t = invKsRow % 4 ? keySchedule[ksRow] : keySchedule[ksRow - 4];
        invKeySchedule[invKsRow] = invKsRow < 4 || ksRow <= 4 ? t : invMixWord(t >>> 0);
      }
      // `for (round = 1; round < nRounds; round++)` full rounds, then the last one.
      var full = nRounds > 1 ? Math.ceil(nRounds) - 1 : 0;
      this._nativeKind = 'aes';
      this._nativeKeyHex = full + ':' + hex.fromWords(keySchedule, 0, keySchedule.length) + ':' +
        hex.fromWords(invKeySchedule, 0, invKeySchedule.length);
    },
    keySize: 256 / 32
  });

  defineCipher('DES', {
    _doReset: function () {
      var keyWords = readable(this._key, 'words').words;
      readable(keyWords, '1');
      this._nativeKind = 'des';
      this._nativeKeyHex = hex.fromWords(keyWords, 0, 2);
    },
    keySize: 64 / 32,
    ivSize: 64 / 32,
    blockSize: 64 / 32
  });

  // crypto-js 3.3.0 takes the three DES keys from words 0-1, 2-3 and 4-5 (missing words are 0,
  // so a 16-byte key gets a zero third key).
  defineCipher('TripleDES', {
    _doReset: function () {
      var keyWords = readable(this._key, 'words').words;
      readable(keyWords, 'slice');
      this._nativeKind = 'tdes';
      this._nativeKeyHex = hex.fromWords(keyWords, 0, 6);
    },
    keySize: 192 / 32,
    ivSize: 64 / 32,
    blockSize: 64 / 32
  });

  return C;
})
