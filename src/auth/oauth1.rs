//! OAuth 1.0a request signing, as postman-runtime 7.39.1 (`authorizer/oauth1.js`, with
//! node-oauth1 1.3.0) does it. This module owns the parameters of an `oauth1` auth block,
//! which of them are signed (blank ones are dropped unless `addEmptyParamsToSign`), the
//! signature base string, the HMAC-SHA1/256/512, PLAINTEXT and RSA-SHA1/256/512 signatures,
//! `oauth_body_hash`, and where the parameters go: the `Authorization` header, the urlencoded
//! body of a POST/PUT, or the query. Like postman-runtime it also rewrites the request's
//! query to RFC 3986 encoding, and drops `oauth_*` parameters the request already had.
//! RSA (PKCS#1 v1.5) itself is in `rsa.rs`.

use base64::Engine;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512};

use super::{
    body_kind, decode_uri_component, form_body, form_pairs, hmac, js_trim, remove_query_params,
    set_query, take_implicit_content_type, BodyKind,
};
use crate::request::body::form_escape;
use crate::request::RequestSpec;

/// node-oauth1's nonce alphabet (sic: no `Y`, a second `T`, no `j`).
const NONCE_CHARS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXTZabcdefghiklmnopqrstuvwxyz";

/// The parameters postman-runtime removes from a request before signing it.
const OAUTH_PARAMS: &[&str] = &[
    "oauth_consumer_key",
    "oauth_token",
    "oauth_signature_method",
    "oauth_timestamp",
    "oauth_nonce",
    "oauth_version",
    "oauth_signature",
    "oauth_callback",
    "oauth_verifier",
    "oauth_body_hash",
];

/// The parameters of an `oauth1` auth block, resolved. `None` is an absent (or null)
/// parameter, which postman-runtime tells apart from an empty one in a few places.
#[derive(Clone, Default, PartialEq)]
pub struct OAuth1Params {
    pub consumer_key: Option<String>,
    pub consumer_secret: Option<String>,
    pub token: Option<String>,
    pub token_secret: Option<String>,
    pub private_key: Option<String>,
    pub signature_method: Option<String>,
    pub callback: Option<String>,
    pub verifier: Option<String>,
    pub timestamp: Option<String>,
    pub nonce: Option<String>,
    pub version: Option<String>,
    pub realm: Option<String>,
    pub include_body_hash: bool,
    pub add_params_to_header: bool,
    pub add_empty_params_to_sign: bool,
    pub disable_header_encoding: bool,
}

impl std::fmt::Debug for OAuth1Params {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the secrets.
        f.debug_struct("OAuth1Params")
            .field("consumer_key", &self.consumer_key)
            .field("signature_method", &self.signature_method)
            .finish_non_exhaustive()
    }
}

fn truthy(v: &Option<String>) -> bool {
    v.as_deref().is_some_and(|s| !s.is_empty())
}

/// node-oauth1's `percentEncode`: `encodeURIComponent` plus `!*'()`, i.e. everything but
/// the RFC 3986 unreserved characters.
fn enc(s: &str) -> String {
    form_escape(s)
}

/// A random nonce as node-oauth1 makes them for postman-runtime: 11 characters.
fn random_nonce() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    (0..11)
        .map(|_| char::from(NONCE_CHARS[rng.random_range(0..NONCE_CHARS.len())]))
        .collect()
}

/// Signs `spec`. `Ok(false)`: nothing to do (no consumer key, or no consumer secret / RSA
/// key), the request is left alone. `Err`: signing failed the way it fails in Newman; the
/// request keeps the clean-up already done (old `Authorization` and `oauth_*` removed).
pub fn sign(p: &OAuth1Params, spec: &mut RequestSpec) -> Result<bool, String> {
    let mut p = p.clone();
    if !truthy(&p.nonce) {
        p.nonce = Some(random_nonce());
    }
    if !truthy(&p.timestamp) {
        p.timestamp = Some(chrono::Utc::now().timestamp().to_string());
    }
    sign_with(p, spec)
}

/// [`sign`] with the nonce and timestamp already chosen (when they are set in `p`).
fn sign_with(mut p: OAuth1Params, spec: &mut RequestSpec) -> Result<bool, String> {
    let method_parts: Vec<&str> = p
        .signature_method
        .as_deref()
        .unwrap_or("")
        .split('-')
        .collect();
    let hash_algo = method_parts.get(1).map(|s| s.to_string());
    // lodash `upperCase` of the first part: its words, upper-cased, joined by spaces.
    let signature_algo = method_parts[0]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase();
    let rsa = signature_algo == "RSA";
    if !truthy(&p.consumer_key)
        || (!rsa && !truthy(&p.consumer_secret))
        || (rsa && !truthy(&p.private_key))
    {
        return Ok(false);
    }

    // Clean-up: the old header (this exact name only), query and body parameters.
    let urlencoded = body_kind(spec) == BodyKind::UrlEncoded;
    spec.headers.retain(|(k, _)| k != "Authorization");
    remove_query_params(&mut spec.url, OAUTH_PARAMS);
    let mut body_params = Vec::new();
    if urlencoded {
        body_params = form_pairs(spec.body.bytes());
        let before = body_params.len();
        body_params.retain(|(k, _)| !OAUTH_PARAMS.contains(&k.as_str()));
        if body_params.len() != before {
            spec.body = form_body(&body_params);
        }
    }

    if !p.add_empty_params_to_sign {
        for v in [
            &mut p.consumer_key,
            &mut p.consumer_secret,
            &mut p.token,
            &mut p.token_secret,
            &mut p.private_key,
            &mut p.signature_method,
            &mut p.callback,
            &mut p.verifier,
            &mut p.timestamp,
            &mut p.nonce,
            &mut p.version,
            &mut p.realm,
        ] {
            if v.as_deref().is_some_and(|s| js_trim(s).is_empty()) {
                *v = None;
            }
        }
    }

    let hash_algo = hash_algo.filter(|h| !h.is_empty());
    let body_hash = match (&hash_algo, urlencoded || !p.include_body_hash) {
        (Some(algo), false) => body_hash(spec, algo)?,
        _ => None,
    };

    let mut params: Vec<(&str, Option<String>)> = vec![
        ("oauth_consumer_key", p.consumer_key.clone()),
        ("oauth_token", p.token.clone()),
        ("oauth_signature_method", p.signature_method.clone()),
        ("oauth_timestamp", p.timestamp.clone()),
        ("oauth_nonce", p.nonce.clone()),
        ("oauth_version", p.version.clone()),
    ];
    for (key, value) in [
        ("oauth_body_hash", &body_hash),
        ("oauth_callback", &p.callback),
        ("oauth_verifier", &p.verifier),
    ] {
        if truthy(value) {
            params.push((key, value.clone()));
        }
    }
    params.retain(|(_, v)| p.add_empty_params_to_sign || truthy(v));

    // The message node-oauth1 signs: these parameters, then the urlencoded body's.
    let mut message: Vec<(String, Option<String>)> = params
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .chain(
            body_params
                .iter()
                .map(|(k, v)| (k.clone(), Some(v.clone()))),
        )
        .collect();
    let named = message
        .iter_mut()
        .find(|(k, _)| k == "oauth_signature_method");
    let name = match named {
        Some((_, Some(v))) if !v.is_empty() => v.clone(),
        Some((_, v)) => {
            *v = Some("HMAC-SHA1".into());
            "HMAC-SHA1".into()
        }
        None => {
            message.push(("oauth_signature_method".into(), Some("HMAC-SHA1".into())));
            "HMAC-SHA1".into()
        }
    };

    let query_params = match spec.url.query.as_deref() {
        Some(q) => decode_form(q)?,
        None => Vec::new(),
    };
    let base = base_string(spec, &query_params, &message);
    let signature = signature(&name, &p, &base)?;

    // The query goes out re-encoded to RFC 3986, as OAuth wants it.
    let disable_encoding = spec.behavior.disable_url_encoding;
    if !disable_encoding && spec.url.query.as_deref().is_some_and(|q| !q.is_empty()) {
        let pieces: Vec<String> = query_params
            .iter()
            .map(|(k, v)| match v {
                Some(v) => format!("{}={}", enc(k), enc(v)),
                None => enc(k),
            })
            .collect();
        set_query(
            &mut spec.url,
            (!pieces.is_empty()).then(|| pieces.join("&")),
        );
    }

    params.push(("oauth_signature", Some(signature)));
    if p.add_params_to_header {
        let header = authorization_header(p.realm.as_deref(), &params, p.disable_header_encoding);
        // Node sends one header per name whatever its case: an `authorization` of the user
        // takes the value in its place. A Content-Type added only at send time follows.
        let same = |k: &String| k.eq_ignore_ascii_case("authorization");
        match spec.headers.iter().position(|(k, _)| same(k)) {
            Some(i) => {
                spec.headers[i].1 = header;
                let mut index = 0;
                spec.headers.retain(|(k, _)| {
                    index += 1;
                    index - 1 <= i || !same(k)
                });
            }
            None => {
                let content_type = take_implicit_content_type(spec);
                spec.headers.push(("Authorization".into(), header));
                spec.headers.extend(content_type);
            }
        }
    } else if urlencoded && (spec.method.contains("PUT") || spec.method.contains("POST")) {
        body_params.extend(
            params
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone().unwrap_or_default())),
        );
        spec.body = form_body(&body_params);
    } else if disable_encoding {
        for (k, v) in &params {
            spec.url.append_query_param(k, v.as_deref(), true);
        }
    } else {
        for (k, v) in &params {
            let v = v.as_deref().map(enc);
            spec.url.append_query_param(&enc(k), v.as_deref(), false);
        }
    }
    Ok(true)
}

/// `oauth_body_hash`: the body digest with the signature method's hash, base64. None for
/// form-data (postman-runtime cannot hash it).
fn body_hash(spec: &RequestSpec, algo: &str) -> Result<Option<String>, String> {
    let body = match body_kind(spec) {
        BodyKind::FormData => return Ok(None),
        BodyKind::Empty => &[][..],
        _ => spec.body.bytes(),
    };
    let digest = digest(algo, body).ok_or("Digest method not supported")?;
    Ok(Some(b64(&digest)))
}

/// SHA-1, SHA-256 or SHA-512 of `data`, by the name Node's `createHash` takes.
fn digest(algo: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match algo.to_ascii_lowercase().as_str() {
        "sha1" => Sha1::digest(data).to_vec(),
        "sha256" => Sha256::digest(data).to_vec(),
        "sha512" => Sha512::digest(data).to_vec(),
        _ => return None,
    })
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// node-oauth1's `decodeForm`: `+` is a space; a malformed escape fails (`URI malformed`),
/// as `decodeURIComponent` does. A parameter without `=` has no value.
fn decode_form(query: &str) -> Result<Vec<(String, Option<String>)>, String> {
    let decode = |s: &str| decode_uri_component(&s.replace('+', " "));
    let mut list = Vec::new();
    for nvp in query.split('&').filter(|p| !p.is_empty()) {
        list.push(match nvp.split_once('=') {
            Some((k, v)) => (decode(k)?, Some(decode(v)?)),
            None => (decode(nvp)?, None),
        });
    }
    Ok(list)
}

/// The signature base string: method, base URL and the sorted, encoded parameters (query,
/// then the signed ones).
fn base_string(
    spec: &RequestSpec,
    query: &[(String, Option<String>)],
    message: &[(String, Option<String>)],
) -> String {
    let mut sortable: Vec<(String, String)> = query
        .iter()
        .chain(message)
        .filter(|(k, _)| k != "oauth_signature")
        .map(|(k, v)| {
            let pair = (enc(k), enc(v.as_deref().unwrap_or("")));
            (
                format!("{} {}", pair.0, pair.1),
                format!("{}={}", pair.0, pair.1),
            )
        })
        .collect();
    sortable.sort_by(|a, b| a.0.cmp(&b.0));
    let normalized: Vec<String> = sortable.into_iter().map(|(_, p)| p).collect();
    format!(
        "{}&{}&{}",
        enc(&spec.method.to_uppercase()),
        enc(&base_url(spec)),
        enc(&normalized.join("&"))
    )
}

/// `scheme://host[:port]/path`: the port only when it is not the scheme's default, as
/// postman-runtime's `getOAuth1BaseUrl` then node-oauth1's `normalizeUrl` leave it.
fn base_url(spec: &RequestSpec) -> String {
    let url = &spec.url;
    let bracketed = format!("[{}]", url.host);
    let host_part = if url.host.contains(':') {
        &bracketed
    } else {
        &url.host
    };
    let port = url
        .host_header
        .strip_prefix(host_part.as_str())
        .and_then(|rest| rest.strip_prefix(':'))
        .unwrap_or("");
    let scheme = url.scheme.to_ascii_lowercase();
    let default_port = match port.parse::<u32>() {
        Ok(80) => port == "80" || scheme == "http",
        Ok(443) => port == "443" || scheme == "https",
        _ => port.is_empty(),
    };
    let authority = if default_port {
        url.host.clone()
    } else {
        url.host_header.clone()
    };
    let path = if url.path.is_empty() { "/" } else { &url.path };
    format!("{scheme}://{}{path}", authority.to_lowercase())
}

/// The signature of `base` with the method `name` (node-oauth1's registered names).
fn signature(name: &str, p: &OAuth1Params, base: &str) -> Result<String, String> {
    let method = name.strip_suffix("-Accessor").unwrap_or(name);
    let secret = |v: &Option<String>| enc(v.as_deref().unwrap_or(""));
    let key = format!("{}&{}", secret(&p.consumer_secret), secret(&p.token_secret));
    let data = base.as_bytes();
    Ok(match method {
        "PLAINTEXT" => key,
        "HMAC-SHA1" => b64(&hmac::<Sha1>(key.as_bytes(), data)),
        "HMAC-SHA256" => b64(&hmac::<Sha256>(key.as_bytes(), data)),
        "HMAC-SHA512" => b64(&hmac::<Sha512>(key.as_bytes(), data)),
        "RSA-SHA1" | "RSA-SHA256" | "RSA-SHA512" => b64(&super::rsa::sign(
            p.private_key.as_deref().unwrap_or(""),
            method,
            &digest(&method[4..], data).unwrap_or_default(),
        )?),
        _ => return Err("Unsupported signature method".into()),
    })
}

/// The `Authorization` header: `OAuth realm="…",oauth_…="…",…` in the parameters' order,
/// empty values left out, values trimmed.
fn authorization_header(
    realm: Option<&str>,
    params: &[(&str, Option<String>)],
    disable_encoding: bool,
) -> String {
    let e = |s: &str| {
        if disable_encoding {
            s.to_string()
        } else {
            enc(s)
        }
    };
    let mut parts = Vec::new();
    if let Some(realm) = realm.filter(|r| !js_trim(r).is_empty()) {
        parts.push(format!("realm=\"{}\"", e(realm)));
    }
    for (name, value) in params {
        let Some(value) = value.as_deref().filter(|v| !v.is_empty()) else {
            continue;
        };
        parts.push(format!("{}=\"{}\"", e(name), e(js_trim(value))));
    }
    format!("OAuth {}", parts.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::url::{resolve_url, UrlDef};
    use crate::request::{Behavior, Body};

    #[test]
    fn corpus_helpers_request_matches_newman_at_a_fixed_time() {
        // k6-example-helpers "OAuth" (its `timeStamp` is not a parameter Newman reads), sent
        // by Newman 6.2.2 with its clock at 1700000000 s: the timestamp is the clock's.
        let url = resolve_url(
            &UrlDef::parse("httpbin.org/post"),
            &|s| s.to_string(),
            false,
        );
        let mut spec = RequestSpec {
            method: "POST".into(),
            url: url.expect("url"),
            headers: Vec::new(),
            body: Body::None,
            behavior: Behavior::default(),
        };
        let p = OAuth1Params {
            consumer_key: Some("ds".into()),
            consumer_secret: Some("asdgf".into()),
            token: Some(String::new()),
            token_secret: Some(String::new()),
            signature_method: Some("HMAC-SHA1".into()),
            timestamp: Some("1700000000".into()),
            nonce: Some("yPmTxQ".into()),
            version: Some("1.0".into()),
            realm: Some(String::new()),
            ..Default::default()
        };
        assert_eq!(sign_with(p, &mut spec), Ok(true));
        assert_eq!(
            spec.url.target,
            "/post?oauth_consumer_key=ds&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1700000000&oauth_nonce=yPmTxQ&oauth_version=1.0&oauth_signature=D%2BRVCR2n5tegPUDKOmEaxf6y7Lo%3D"
        );
        assert!(spec.headers.is_empty());
    }

    #[test]
    fn nonce_has_postmans_length_and_alphabet() {
        let n = random_nonce();
        assert_eq!(n.len(), 11);
        assert!(n.bytes().all(|b| NONCE_CHARS.contains(&b)));
    }

    #[test]
    fn malformed_query_escapes_fail_like_decode_uri_component() {
        assert!(decode_form("a=%zz").is_err());
        assert!(decode_form("a=%C3").is_err());
        assert_eq!(
            decode_form("a+b=c%20d&&e").unwrap(),
            vec![("a b".into(), Some("c d".into())), ("e".into(), None)]
        );
    }
}
