//! The libraries of Newman's sandbox that scripts reach through `require(...)` and the legacy
//! globals (`_`, `CryptoJS`, `tv4`, `xml2Json`, `cheerio`, `Buffer`): our own implementations
//! of their APIs. Each library is a JavaScript file under `libs/js/`, embedded at build time
//! and evaluated on first use; heavy lifting (hashes, ciphers) is done by Rust natives that
//! the files reach through the `native` object (`crypto.rs`).
//!
//! A library file is one expression, `(function (native, require) { ...; return exports; })`,
//! or `null` when the library is not provided. Its `require` also loads internal helper
//! libraries (names starting with `_`), which scripts cannot require.

use rquickjs::context::EvalOptions;
use rquickjs::{Ctx, Function, Object, Value};

mod crypto;

/// One requirable module: the name scripts pass to `require`, and its source.
pub(super) struct Library {
    pub name: &'static str,
    pub file: &'static str,
    pub source: &'static str,
}

macro_rules! library {
    ($name:expr, $file:expr) => {
        Library {
            name: $name,
            file: $file,
            source: include_str!(concat!("js/", $file)),
        }
    };
}

/// Every library, in the order the "available modules" message lists them. Names starting with
/// `_` are internal (the legacy globals' variants) and cannot be required by scripts.
pub(super) const LIBRARIES: &[Library] = &[
    library!("atob", "atob.js"),
    library!("btoa", "btoa.js"),
    library!("buffer", "buffer.js"),
    library!("cheerio", "cheerio.js"),
    library!("crypto-js", "crypto_js.js"),
    library!("csv-parse/lib/sync", "csv_parse.js"),
    library!("lodash", "lodash.js"),
    library!("moment", "moment.js"),
    library!("querystring", "querystring.js"),
    library!("tv4", "tv4.js"),
    library!("ajv", "ajv.js"),
    library!("_ajv_uri", "ajv_uri.js"),
    library!("_ajv_formats", "ajv_formats.js"),
    library!("_ajv_meta", "ajv_meta.js"),
    library!("_ajv_compile", "ajv_compile.js"),
    library!("_ajv_resolve", "ajv_resolve.js"),
    library!("_ajv_rules", "ajv_rules.js"),
    library!("_ajv_applicators", "ajv_applicators.js"),
    library!("_ajv_keywords", "ajv_keywords.js"),
    library!("_tv4_core", "tv4_core.js"),
    library!("_tv4_keywords", "tv4_keywords.js"),
    library!("url", "url.js"),
    library!("util", "util.js"),
    library!("uuid", "uuid.js"),
    library!("xml2js", "xml2js.js"),
    library!("path", "path.js"),
    library!("assert", "assert.js"),
    library!("events", "events.js"),
    library!("timers", "timers.js"),
    library!("string_decoder", "string_decoder.js"),
    library!("punycode", "punycode.js"),
    library!("_lodash3", "lodash3.js"),
    library!("_lodash_lang", "lodash_lang.js"),
    library!("_lodash_core", "lodash_core.js"),
    library!("_lodash_collection", "lodash_collection.js"),
    library!("_lodash_array", "lodash_array.js"),
    library!("_lodash_object", "lodash_object.js"),
    library!("_lodash_string", "lodash_string.js"),
    library!("_lodash_func", "lodash_func.js"),
    library!("_lodash_chain", "lodash_chain.js"),
    library!("_lodash3_base", "lodash3_base.js"),
    library!("_lodash3_collection", "lodash3_collection.js"),
    library!("_lodash3_array", "lodash3_array.js"),
    library!("_lodash3_object", "lodash3_object.js"),
    library!("_lodash3_string", "lodash3_string.js"),
    library!("_lodash3_func", "lodash3_func.js"),
    library!("_xml2json", "xml2json.js"),
    library!("_markup_entities", "markup_entities.js"),
    library!("_markup_sax", "markup_sax.js"),
    library!("_markup_saxtags", "markup_saxtags.js"),
    library!("_markup_tokenizer", "markup_tokenizer.js"),
    library!("_markup_html", "markup_html.js"),
    library!("_xml2js_builder", "xml2js_builder.js"),
    library!("_cheerio_selparse", "cheerio_selparse.js"),
    library!("_cheerio_select", "cheerio_select.js"),
    library!("_cheerio_api", "cheerio_api.js"),
    library!("_crypto_core", "crypto_core.js"),
    library!("_crypto_hash", "crypto_hash.js"),
    library!("_crypto_cipher", "crypto_cipher.js"),
    library!("_crypto_ciphers", "crypto_ciphers.js"),
    library!("_moment_base", "moment_base.js"),
    library!("_moment_parse", "moment_parse.js"),
    library!("_moment_format", "moment_format.js"),
    library!("_moment_proto", "moment_proto.js"),
    library!("_moment_duration", "moment_duration.js"),
    library!("_buffer_numbers", "buffer_numbers.js"),
    library!("_buffer_codecs", "buffer_codecs.js"),
    library!("_url_resolve", "url_resolve.js"),
    library!("_csv_write", "csv_write.js"),
    library!("_assert_error", "assert_error.js"),
    library!("_assert_compare", "assert_compare.js"),
];

/// Whether a library file provides its module (placeholders are the single expression `null`):
/// only its first line of code is looked at.
fn provided(lib: &Library) -> bool {
    lib.source
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("//"))
        .is_some_and(|l| l.trim_end_matches(';') != "null")
}

/// The library a script may load as `name` (internal names only when `internal`).
pub(super) fn find(name: &str, internal: bool) -> Option<&'static Library> {
    if name.starts_with('_') && !internal {
        return None;
    }
    LIBRARIES
        .iter()
        .find(|lib| lib.name == name && provided(lib))
}

/// `host.library(name, internal)`: evaluates the library's file and returns its factory, or
/// `null` when there is no such library.
pub(super) fn load<'js>(
    ctx: Ctx<'js>,
    name: String,
    internal: bool,
) -> rquickjs::Result<Value<'js>> {
    match find(&name, internal) {
        None => Ok(Value::new_null(ctx)),
        Some(lib) => {
            let mut opts = EvalOptions::default();
            opts.strict = false;
            opts.filename = Some(format!("courier:{}", lib.file));
            ctx.eval_with_options(lib.source, opts)
        }
    }
}

/// The module names scripts may require, for the "Cannot find module" message.
pub(super) fn available() -> Vec<&'static str> {
    let mut names: Vec<&str> = LIBRARIES
        .iter()
        .filter(|lib| !lib.name.starts_with('_') && provided(lib))
        .map(|lib| lib.name)
        .collect();
    names.push("chai");
    names.sort_unstable();
    names
}

/// Builds the `native` object library files receive: Rust functions they call into.
pub(super) fn natives<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let native = Object::new(ctx.clone())?;
    native.set(
        "randomBytes",
        Function::new(ctx.clone(), |n: usize| {
            let mut bytes = vec![0u8; n.min(1 << 20)];
            rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
            to_hex(&bytes)
        })?,
    )?;
    crypto::install(ctx, &native)?;
    Ok(native)
}

/// Lowercase hex of `bytes` (the form natives exchange binary data in).
pub(super) fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// The bytes of a hex string (pairs of hex digits; anything else ends the input).
pub(super) fn from_hex(text: &str) -> Vec<u8> {
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    text.as_bytes()
        .chunks_exact(2)
        .map_while(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `.js` file in `src/script/libs/js/` is listed in [`LIBRARIES`].
    #[test]
    fn every_library_file_is_listed() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/script/libs/js");
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("libs dir") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if name.ends_with(".js") && !LIBRARIES.iter().any(|lib| lib.file == name) {
                missing.push(name);
            }
        }
        assert!(missing.is_empty(), "not listed: {missing:?}");
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(to_hex(&[0, 15, 255]), "000fff");
        assert_eq!(from_hex("000fff"), vec![0, 15, 255]);
        assert_eq!(from_hex("0g"), Vec::<u8>::new());
    }

    #[test]
    fn placeholders_are_not_provided() {
        let lib = |source| Library {
            name: "x",
            file: "x.js",
            source,
        };
        assert!(!provided(&lib("// Not provided yet.\nnull\n")));
        assert!(!provided(&lib("\n// comment\n  null;\n")));
        assert!(provided(&lib(
            "// courier: x\n(function () {\n  return null;\n})\n"
        )));
        assert!(LIBRARIES.iter().all(provided), "every library is written");
    }

    #[test]
    fn internal_libraries_are_not_requirable() {
        assert!(!available().iter().any(|n| n.starts_with('_')));
        assert!(find("_lodash3", false).is_none());
    }
}
