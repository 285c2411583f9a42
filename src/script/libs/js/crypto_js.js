// courier: `require('crypto-js')` and the legacy `CryptoJS` global: crypto-js 3.3.0's API
// (lib.WordArray, enc.*, hashes, HMAC, PBKDF2/EvpKDF, AES/DES/TripleDES with its modes,
// paddings and formats) plus 4.x's enc.Base64url. Built from the internal files
// crypto_core.js, crypto_hash.js, crypto_cipher.js and crypto_ciphers.js.
(function (native, require) {
  'use strict';
  return require('_crypto_ciphers');
})
