// courier: require('uuid'), written for courier with the API of the module postman-sandbox
// 4.7.1 exposes as 'uuid' (its own lib/vendor/uuid.js, not the npm package): the module is a
// function returning a random version-4 UUID, and `.v4` does the same. There is no v1, v3,
// v5, validate, version, NIL, parse or stringify. Randomness comes from native.randomBytes.
(function (native, require) {
  'use strict';

  function v4() {
    var hex = native.randomBytes(16);
    var digits = hex.split('');
    digits[12] = '4';
    digits[16] = '89ab'.charAt(parseInt(digits[16], 16) & 3);
    var s = digits.join('');
    return s.slice(0, 8) + '-' + s.slice(8, 12) + '-' + s.slice(12, 16) + '-' + s.slice(16, 20) + '-' + s.slice(20);
  }

  var uuid = function () {
    return v4();
  };
  uuid.v4 = function () {
    return v4();
  };
  return uuid;
})
