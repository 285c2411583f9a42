//! The sandbox libraries (`require(...)` and the legacy globals `_`, `CryptoJS`, `tv4`,
//! `xml2Json`, `cheerio`, `Buffer`), checked against vectors recorded from the real libraries
//! (`tests/vectors/README.md`), one module per library.

mod support;

mod libs;
