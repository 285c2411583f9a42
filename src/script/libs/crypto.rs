//! Rust natives behind `require('crypto-js')` (`libs/js/crypto_js.js`): hashes, HMAC,
//! PBKDF2 and block ciphers over hex-encoded bytes.

use rquickjs::{Ctx, Object};

/// Adds the crypto natives to `native`.
pub(super) fn install<'js>(_ctx: &Ctx<'js>, _native: &Object<'js>) -> rquickjs::Result<()> {
    Ok(())
}
