//! Request auth as data: inheritance (request → folders → collection), resolution of the
//! parameters against the variables, and signing a [`RequestSpec`].
//!
//! Challenge-based schemes (digest) sign in two steps: [`Auth::needs_challenge`] tells the
//! HTTP layer to send once unsigned, then [`digest::authorization`] answers the 401.
//! Signature schemes (OAuth 1.0a in [`oauth1`], AWS SigV4 in [`awsv4`], Hawk in [`hawk`])
//! share the helpers at the end of this file: the body kind (inferred from the
//! spec), query edits, JavaScript's percent-decoding and trimming, and HMAC.

pub mod awsv4;
pub mod digest;
pub mod hawk;
pub mod oauth1;
mod rsa;

use base64::Engine;
use serde_json::Value;

use crate::collection::model::AuthDef;
pub(crate) use crate::request::body::{body_kind, has_implicit_content_type, BodyKind};
use crate::request::{RequestSpec, ResolvedUrl};
use crate::vars::{js_string, ScopeChain};

/// Types whose signing courier does not implement yet; they are sent without auth.
pub const UNSUPPORTED: &[&str] = &["ntlm", "edgegrid", "jwt", "asap", "akamai"];

/// A resolved auth scheme.
#[derive(Clone, PartialEq)]
pub enum Auth {
    None,
    Basic {
        username: String,
        password: String,
    },
    Bearer {
        token: String,
    },
    ApiKey {
        key: String,
        value: String,
        in_query: bool,
    },
    OAuth2 {
        access_token: String,
        token_type: String,
        in_query: bool,
        header_prefix: String,
    },
    Digest(digest::DigestParams),
    OAuth1(oauth1::OAuth1Params),
    AwsV4(awsv4::AwsV4Params),
    Hawk(hawk::HawkParams),
    /// A type courier does not sign (yet): the request goes out without auth.
    Unsupported(String),
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print credentials.
        let name = match self {
            Auth::None => "none",
            Auth::Basic { .. } => "basic",
            Auth::Bearer { .. } => "bearer",
            Auth::ApiKey { .. } => "apikey",
            Auth::OAuth2 { .. } => "oauth2",
            Auth::Digest(_) => "digest",
            Auth::OAuth1(_) => "oauth1",
            Auth::AwsV4(_) => "awsv4",
            Auth::Hawk(_) => "hawk",
            Auth::Unsupported(t) => t.as_str(),
        };
        write!(f, "Auth({name})")
    }
}

/// Picks the auth that applies to a request: the first level (request, then folders inner to
/// outer, then collection) whose block has a type. `noauth` and unknown types stop the walk.
pub fn effective<'a>(levels: impl IntoIterator<Item = Option<&'a AuthDef>>) -> Option<&'a AuthDef> {
    levels
        .into_iter()
        .flatten()
        .find(|a| a.kind.as_deref().is_some_and(|k| k != "type"))
}

/// Resolves an auth block's parameters against the variables.
pub fn resolve(def: &AuthDef, vars: &ScopeChain<'_>) -> Auth {
    let p = |k: &str| -> String {
        match def.param(k) {
            Some(Value::String(s)) => vars.resolve(s).into_owned(),
            Some(v) => js_string(v).unwrap_or_default(),
            None => String::new(),
        }
    };
    match def.kind.as_deref().unwrap_or("noauth") {
        "noauth" => Auth::None,
        "basic" => Auth::Basic {
            username: p("username"),
            password: p("password"),
        },
        "bearer" => Auth::Bearer { token: p("token") },
        "apikey" => Auth::ApiKey {
            key: p("key"),
            value: p("value"),
            in_query: p("in") == "query",
        },
        "oauth2" => {
            let prefix = match def.param("headerPrefix") {
                Some(_) => p("headerPrefix"),
                None => "Bearer".to_string(),
            };
            Auth::OAuth2 {
                access_token: p("accessToken"),
                token_type: p("tokenType"),
                in_query: p("addTokenTo") == "queryParams",
                header_prefix: prefix,
            }
        }
        "digest" => Auth::Digest(digest::DigestParams {
            username: p("username"),
            password: p("password"),
            realm: p("realm"),
            nonce: p("nonce"),
            algorithm: p("algorithm"),
            qop: p("qop"),
            nonce_count: p("nonceCount"),
            client_nonce: p("clientNonce"),
            opaque: p("opaque"),
        }),
        "oauth1" => Auth::OAuth1(oauth1::OAuth1Params {
            consumer_key: opt(def, vars, "consumerKey"),
            consumer_secret: opt(def, vars, "consumerSecret"),
            token: opt(def, vars, "token"),
            token_secret: opt(def, vars, "tokenSecret"),
            private_key: opt(def, vars, "privateKey"),
            signature_method: opt(def, vars, "signatureMethod"),
            callback: opt(def, vars, "callback"),
            verifier: opt(def, vars, "verifier"),
            timestamp: opt(def, vars, "timestamp"),
            nonce: opt(def, vars, "nonce"),
            version: opt(def, vars, "version"),
            realm: opt(def, vars, "realm"),
            include_body_hash: flag(def, vars, "includeBodyHash"),
            add_params_to_header: flag(def, vars, "addParamsToHeader"),
            add_empty_params_to_sign: flag(def, vars, "addEmptyParamsToSign"),
            disable_header_encoding: flag(def, vars, "disableHeaderEncoding"),
        }),
        "awsv4" => Auth::AwsV4(awsv4::AwsV4Params {
            access_key: opt(def, vars, "accessKey"),
            secret_key: opt(def, vars, "secretKey"),
            session_token: opt(def, vars, "sessionToken"),
            service: opt(def, vars, "service"),
            region: opt(def, vars, "region"),
            add_to_query: flag(def, vars, "addAuthDataToQuery"),
        }),
        "hawk" => Auth::Hawk(hawk::HawkParams {
            auth_id: p("authId"),
            auth_key: p("authKey"),
            algorithm: p("algorithm"),
            nonce: p("nonce"),
            timestamp: p("timestamp"),
            ext: p("extraData"),
            app: p("app"),
            delegation: p("delegation"),
            include_payload_hash: flag(def, vars, "includePayloadHash"),
        }),
        other => Auth::Unsupported(other.to_string()),
    }
}

/// A parameter as postman-runtime reads it: `None` when absent or null (JavaScript
/// `undefined`/`null`), strings with their variables resolved, other scalars as JavaScript
/// prints them.
fn opt(def: &AuthDef, vars: &ScopeChain<'_>, key: &str) -> Option<String> {
    match def.param(key)? {
        Value::Null => None,
        Value::String(s) => Some(vars.resolve(s).into_owned()),
        v @ (Value::Array(_) | Value::Object(_)) => Some(v.to_string()),
        v => js_string(v),
    }
}

/// A parameter's JavaScript truthiness (a string `"false"` is true, as in postman-runtime).
fn flag(def: &AuthDef, vars: &ScopeChain<'_>, key: &str) -> bool {
    match def.param(key) {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !vars.resolve(s).is_empty(),
        Some(_) => true,
    }
}

impl Auth {
    /// True when the request must first go out unsigned to get a challenge.
    pub fn needs_challenge(&self) -> bool {
        matches!(self, Auth::Digest(d) if d.nonce.is_empty() || d.realm.is_empty())
    }

    /// The credential values of this auth, for reports to mask.
    pub fn secrets(&self) -> Vec<String> {
        let v: Vec<&String> = match self {
            Auth::Basic { password, .. } => vec![password],
            Auth::Bearer { token } => vec![token],
            Auth::ApiKey { value, .. } => vec![value],
            Auth::OAuth2 { access_token, .. } => vec![access_token],
            Auth::Digest(d) => vec![&d.password],
            Auth::OAuth1(o) => [
                &o.consumer_secret,
                &o.token_secret,
                &o.token,
                &o.private_key,
            ]
            .into_iter()
            .flatten()
            .collect(),
            Auth::AwsV4(a) => [&a.secret_key, &a.session_token]
                .into_iter()
                .flatten()
                .collect(),
            Auth::Hawk(h) => vec![&h.auth_key],
            Auth::None | Auth::Unsupported(_) => vec![],
        };
        v.into_iter().filter(|s| !s.is_empty()).cloned().collect()
    }

    /// Signs `spec`. Returns false when the auth did nothing (no usable credentials).
    pub fn apply(&self, spec: &mut RequestSpec) -> bool {
        self.apply_with_warnings(spec, &mut Vec::new())
    }

    /// [`Auth::apply`], collecting the warnings Newman prints when signing fails
    /// (`runtime~oauth1.auth: could not sign the request: …`); the request then goes out as
    /// postman-runtime leaves it, without the signature.
    pub fn apply_with_warnings(&self, spec: &mut RequestSpec, warnings: &mut Vec<String>) -> bool {
        let failed = |kind: &str, e: String, warnings: &mut Vec<String>| {
            warnings.push(format!(
                "runtime~{kind}.auth: could not sign the request: {e}"
            ));
            false
        };
        match self {
            Auth::OAuth1(p) => match oauth1::sign(p, spec) {
                Ok(signed) => signed,
                Err(e) => failed("oauth1", e, warnings),
            },
            Auth::AwsV4(p) => match awsv4::sign(p, spec) {
                Ok(()) => true,
                Err(e) => failed("awsv4", e, warnings),
            },
            Auth::Hawk(p) => hawk::sign(p, spec),
            Auth::None | Auth::Unsupported(_) => false,
            Auth::Basic { username, password } => {
                let raw = format!("{username}:{password}");
                let enc = base64::engine::general_purpose::STANDARD.encode(raw.as_bytes());
                spec.set_header("Authorization", format!("Basic {enc}"));
                true
            }
            Auth::Bearer { token } => {
                if token.is_empty() {
                    return false;
                }
                spec.set_header("Authorization", format!("Bearer {token}"));
                true
            }
            Auth::ApiKey {
                key,
                value,
                in_query,
            } => {
                if key.is_empty() {
                    return false;
                }
                if *in_query {
                    spec.add_query_param(key, value);
                } else {
                    spec.set_header(key, value.clone());
                }
                true
            }
            Auth::OAuth2 {
                access_token,
                token_type,
                in_query,
                header_prefix,
            } => {
                if access_token.is_empty() || token_type.eq_ignore_ascii_case("mac") {
                    return false;
                }
                if *in_query {
                    spec.add_query_param("access_token", access_token);
                } else {
                    let prefix = header_prefix.trim();
                    let value = if prefix.is_empty() {
                        access_token.clone()
                    } else {
                        format!("{prefix} {access_token}")
                    };
                    spec.set_header("Authorization", value);
                }
                true
            }
            Auth::Digest(d) => {
                if self.needs_challenge() {
                    return false;
                }
                let header =
                    digest::authorization(d, &spec.method, &spec.url.target, spec.body.bytes());
                spec.set_header("Authorization", header);
                true
            }
        }
    }
}

/// The pairs of a urlencoded body written by courier's form encoder (see [`body_kind`]).
pub(crate) fn form_pairs(body: &[u8]) -> Vec<(String, String)> {
    let decode = |s: &[u8]| {
        let bytes = percent_bytes(&String::from_utf8_lossy(s), true).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    body.split(|&b| b == b'&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let eq = p.iter().position(|&b| b == b'=').unwrap_or(p.len());
            (
                decode(&p[..eq]),
                decode(p.get(eq + 1..).unwrap_or_default()),
            )
        })
        .collect()
}

/// A urlencoded body, encoded as courier's (and postman-request's) form encoder does.
pub(crate) fn form_body(pairs: &[(String, String)]) -> crate::request::Body {
    use crate::request::body::form_escape;
    let text: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", form_escape(k), form_escape(v)))
        .collect();
    crate::request::Body::Bytes(text.join("&").into_bytes())
}

/// Removes and returns the implicit `Content-Type` (see
/// [`crate::request::body::has_implicit_content_type`]).
pub(crate) fn take_implicit_content_type(spec: &mut RequestSpec) -> Option<(String, String)> {
    if has_implicit_content_type(spec) {
        spec.headers.pop()
    } else {
        None
    }
}

/// Replaces the query of `url` (`None` drops the `?`), keeping `target` and `href` in step.
pub(crate) fn set_query(url: &mut ResolvedUrl, query: Option<String>) {
    let fragment_len = url.fragment.as_ref().map_or(0, |f| f.len() + 1);
    let origin_len = url
        .href
        .len()
        .saturating_sub(url.target.len() + fragment_len);
    let origin = url.href.get(..origin_len).unwrap_or_default().to_owned();
    url.target = match &query {
        Some(q) => format!("{}?{q}", url.path),
        None => url.path.clone(),
    };
    url.href = format!("{origin}{}", url.target);
    if let Some(fragment) = &url.fragment {
        url.href.push('#');
        url.href.push_str(fragment);
    }
    url.query = query;
}

/// Removes the query parameters whose key is exactly one of `names`, as postman-collection's
/// `Url#removeQueryParams` does; the `?` goes with the last parameter.
pub(crate) fn remove_query_params(url: &mut ResolvedUrl, names: &[&str]) {
    let Some(query) = url.query.as_deref() else {
        return;
    };
    let pieces: Vec<&str> = query.split('&').collect();
    let kept: Vec<&str> = pieces
        .iter()
        .copied()
        .filter(|p| !names.contains(&p.split('=').next().unwrap_or("")))
        .collect();
    if kept.len() != pieces.len() {
        let query = (!kept.is_empty()).then(|| kept.join("&"));
        set_query(url, query);
    }
}

/// Percent-decodes `s`; a `%` without two hex digits is kept when `lenient`, else fails with
/// `URI malformed` as `decodeURIComponent` does.
pub(crate) fn percent_bytes(s: &str, keep_bad: bool) -> Result<Vec<u8>, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = s
            .get(i + 1..i + 3)
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'%', None) if !keep_bad => return Err("URI malformed".into()),
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// `decodeURIComponent`.
pub(crate) fn decode_uri_component(s: &str) -> Result<String, String> {
    String::from_utf8(percent_bytes(s, false)?).map_err(|_| "URI malformed".into())
}

/// HMAC (RFC 2104) over any of the SHA digests.
pub(crate) fn hmac<D: sha2::Digest + sha2::digest::core_api::BlockSizeUser>(
    key: &[u8],
    data: &[u8],
) -> Vec<u8> {
    let block = D::block_size();
    let mut k = if key.len() > block {
        D::digest(key).to_vec()
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let pad = |x: u8| k.iter().map(|b| b ^ x).collect::<Vec<u8>>();
    let inner = D::new()
        .chain_update(pad(0x36))
        .chain_update(data)
        .finalize();
    D::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize()
        .to_vec()
}

/// JavaScript's `String.prototype.trim`.
pub(crate) fn js_trim(s: &str) -> &str {
    s.trim_matches(is_js_space)
}

/// JavaScript's `\s` (and the characters `trim` removes).
pub(crate) fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_and_2202() {
        let hex = |b: Vec<u8>| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        assert_eq!(
            hex(hmac::<sha2::Sha256>(
                b"Jefe",
                b"what do ya want for nothing?"
            )),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_eq!(
            hex(hmac::<sha1::Sha1>(b"Jefe", b"what do ya want for nothing?")),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
        // A key longer than the block is hashed first (RFC 4231 test case 6).
        assert_eq!(
            hex(hmac::<sha2::Sha256>(
                &[0xaa; 131],
                b"Test Using Larger Than Block-Size Key - Hash Key First"
            )),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    fn def(kind: Option<&str>) -> AuthDef {
        AuthDef {
            kind: kind.map(str::to_string),
            params: vec![],
        }
    }

    #[test]
    fn request_auth_wins_over_folder_and_collection() {
        let (r, f, c) = (def(Some("bearer")), def(Some("basic")), def(Some("apikey")));
        assert_eq!(effective([Some(&r), Some(&f), Some(&c)]), Some(&r));
    }

    #[test]
    fn absent_or_typeless_auth_inherits() {
        let (r, f) = (def(None), def(Some("basic")));
        assert_eq!(effective([None, Some(&r), Some(&f)]), Some(&f));
    }

    #[test]
    fn noauth_stops_inheritance() {
        let (r, c) = (def(Some("noauth")), def(Some("basic")));
        assert_eq!(
            effective([Some(&r), Some(&c)]).and_then(|a| a.kind.as_deref()),
            Some("noauth")
        );
    }

    #[test]
    fn debug_output_hides_credentials() {
        let a = Auth::Basic {
            username: "u".into(),
            password: "hunter2".into(),
        };
        assert!(!format!("{a:?}").contains("hunter2"));
    }
}
