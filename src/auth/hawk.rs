//! Hawk request signing as postman-runtime does it (its hawk handler and postman-request's
//! header builder): a missing nonce becomes six random letters and digits, a timestamp that
//! does not start with a non-zero integer becomes the current Unix time (otherwise its text
//! is used as written), and the MAC is the base64 HMAC (sha1 or sha256) of
//!
//! ```text
//! hawk.1.header\n{ts}\n{nonce}\n{METHOD}\n{path?query}\n{host}\n{port}\n{hash}\n{ext}\n[{app}\n{dlg}\n]
//! ```
//!
//! where `ext` has its first `\` and first newline escaped (postman-request replaces only
//! the first of each). With `includePayloadHash`, `hash` is the base64 digest of
//! `hawk.1.payload\n{content type}\n{body}\n` (the content type a user set, without
//! parameters; none for form-data, which gets no hash). Any other algorithm sends an empty
//! `Authorization` header; without an id or key nothing is touched.

use base64::Engine;
use rand::Rng;
use sha1::Sha1;
use sha2::{Digest, Sha256};

use super::{body_kind, form_pairs, hmac, is_js_space, take_implicit_content_type, BodyKind};
use crate::request::RequestSpec;

/// The hawk parameters postman-runtime reads (`user` is read but never used).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HawkParams {
    pub auth_id: String,
    pub auth_key: String,
    pub algorithm: String,
    pub nonce: String,
    pub timestamp: String,
    pub ext: String,
    pub app: String,
    pub delegation: String,
    pub include_payload_hash: bool,
}

/// Signs `spec` now. Returns false when id or key is missing (the request is left alone).
pub fn sign(p: &HawkParams, spec: &mut RequestSpec) -> bool {
    let now = chrono::Utc::now().timestamp();
    let nonce = if p.nonce.is_empty() {
        random_nonce()
    } else {
        p.nonce.clone()
    };
    sign_with(p, spec, now, &nonce)
}

fn sign_with(p: &HawkParams, spec: &mut RequestSpec, now: i64, nonce: &str) -> bool {
    if p.auth_id.is_empty() || p.auth_key.is_empty() {
        return false;
    }
    spec.remove_header("Authorization");
    // The body's kind needs the Content-Type the body builder added; the payload hash must
    // not see it (postman-runtime adds it after signing).
    let kind = body_kind(spec);
    let implicit = take_implicit_content_type(spec);
    let header = header(p, spec, kind, now, nonce);
    spec.headers.push(("Authorization".into(), header));
    spec.headers.extend(implicit);
    true
}

fn header(p: &HawkParams, spec: &RequestSpec, kind: BodyKind, now: i64, nonce: &str) -> String {
    let sha1 = match p.algorithm.as_str() {
        "sha1" => true,
        "sha256" => false,
        _ => return String::new(),
    };
    let ts = if js_parse_int_is_truthy(&p.timestamp) {
        p.timestamp.clone()
    } else {
        now.to_string()
    };
    let hash = if p.include_payload_hash {
        payload_hash(spec, kind, sha1)
    } else {
        None
    };
    let url = &spec.url;
    let port = url
        .port
        .unwrap_or(if url.scheme == "http" { 80 } else { 443 });
    let mut normalized = format!(
        "hawk.1.header\n{ts}\n{nonce}\n{}\n{}\n{}\n{port}\n{}\n",
        spec.method.to_uppercase(),
        url.target,
        url.host.to_lowercase(),
        hash.as_deref().unwrap_or("")
    );
    normalized.push_str(&p.ext.replacen('\\', "\\\\", 1).replacen('\n', "\\n", 1));
    normalized.push('\n');
    if !p.app.is_empty() {
        normalized.push_str(&format!("{}\n{}\n", p.app, p.delegation));
    }
    let mac = digest_mac(sha1, p.auth_key.as_bytes(), normalized.as_bytes());
    let mut out = format!("Hawk id=\"{}\", ts=\"{ts}\", nonce=\"{nonce}", p.auth_id);
    if let Some(hash) = &hash {
        out.push_str(&format!("\", hash=\"{hash}"));
    }
    if !p.ext.is_empty() {
        let ext = p.ext.replace('\\', "\\\\").replace('"', "\\\"");
        out.push_str(&format!("\", ext=\"{ext}"));
    }
    out.push_str(&format!("\", mac=\"{mac}\""));
    if !p.app.is_empty() {
        out.push_str(&format!(", app=\"{}", p.app));
        if !p.delegation.is_empty() {
            out.push_str(&format!("\", dlg=\"{}", p.delegation));
        }
        out.push('"');
    }
    out
}

/// The payload hash, or None where postman-runtime computes none (no body, form-data).
fn payload_hash(spec: &RequestSpec, kind: BodyKind, sha1: bool) -> Option<String> {
    let payload = match kind {
        BodyKind::Empty | BodyKind::FormData => return None,
        BodyKind::UrlEncoded => form_pairs(spec.body.bytes())
            .iter()
            .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
            .collect::<Vec<_>>()
            .join("&")
            .into_bytes(),
        BodyKind::Other => spec.body.bytes().to_vec(),
    };
    // The Content-Type courier's body builder added is already taken off (`sign_with`).
    let content_type = spec
        .header("content-type")
        .map(|ct| ct.split(';').next().unwrap_or("").trim().to_lowercase())
        .unwrap_or_default();
    let mut data = format!("hawk.1.payload\n{content_type}\n").into_bytes();
    data.extend_from_slice(&payload);
    data.push(b'\n');
    let digest = if sha1 {
        Sha1::digest(&data).to_vec()
    } else {
        Sha256::digest(&data).to_vec()
    };
    Some(base64::engine::general_purpose::STANDARD.encode(digest))
}

fn digest_mac(sha1: bool, key: &[u8], data: &[u8]) -> String {
    let mac = if sha1 {
        hmac::<Sha1>(key, data)
    } else {
        hmac::<Sha256>(key, data)
    };
    base64::engine::general_purpose::STANDARD.encode(mac)
}

/// `querystring.stringify` then RFC 3986's `!'()*`: everything but letters, digits and
/// `-_.~` percent-encoded as UTF-8.
fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Whether lodash's `_.parseInt(text)` gives a non-zero number: leading white space, a
/// sign, then `0x` and hex digits or decimal digits.
fn js_parse_int_is_truthy(text: &str) -> bool {
    let t = text.trim_start_matches(is_js_space);
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let (digits, radix) = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(hex) => (hex, 16),
        None => (t, 10),
    };
    digits
        .chars()
        .take_while(|c| c.is_digit(radix))
        .any(|c| c != '0')
}

/// Six characters from `[a-zA-Z0-9]`, as postman-runtime's `randomString(6)`.
fn random_nonce() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut rng = rand::rng();
    (0..6)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_count_when_lodash_parse_int_gives_a_non_zero_number() {
        for t in ["1448888081", " 12abc", "-5", "0x10", "+7", "\u{a0}3"] {
            assert!(js_parse_int_is_truthy(t), "{t:?}");
        }
        for t in ["", "0", "-0", "0x", "0x0", "abc", "x12", "00"] {
            assert!(!js_parse_int_is_truthy(t), "{t:?}");
        }
    }

    #[test]
    fn nonces_are_six_letters_or_digits() {
        let n = random_nonce();
        assert_eq!(n.len(), 6);
        assert!(n.bytes().all(|b| b.is_ascii_alphanumeric()), "{n}");
    }

    #[test]
    fn form_values_are_encoded_like_querystring_then_rfc3986() {
        assert_eq!(
            encode_component("a b!'()*~é"),
            "a%20b%21%27%28%29%2A~%C3%A9"
        );
    }
}
