// courier: internal `_xml2json` — the legacy `xml2Json(string)` global of postman-sandbox 4.7.1:
// xml2js.parseString with explicitArray false, trim true, mergeAttrs false; returns the result,
// or undefined when the text does not parse (the error itself is swallowed).
(function (native, require) {
  'use strict';
  var xml2js = require('xml2js');
  var options = { explicitArray: false, async: false, trim: true, mergeAttrs: false };
  return function xml2Json(string) {
    var result = {};
    xml2js.parseString(string, options, function (_, value) {
      result = value;
    });
    return result;
  };
})
