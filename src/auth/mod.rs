//! Request auth as data: inheritance (request → folders → collection), resolution of the
//! parameters against the variables, and signing a [`RequestSpec`].
//!
//! Challenge-based schemes (digest) sign in two steps: [`Auth::needs_challenge`] tells the
//! HTTP layer to send once unsigned, then [`digest::authorization`] answers the 401.

pub mod digest;

use base64::Engine;
use serde_json::Value;

use crate::collection::model::AuthDef;
use crate::request::RequestSpec;
use crate::vars::{js_string, ScopeChain};

/// Types whose signing courier does not implement yet; they are sent without auth.
pub const UNSUPPORTED: &[&str] = &[
    "oauth1", "awsv4", "hawk", "ntlm", "edgegrid", "jwt", "asap", "akamai",
];

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
        other => Auth::Unsupported(other.to_string()),
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
            Auth::None | Auth::Unsupported(_) => vec![],
        };
        v.into_iter().filter(|s| !s.is_empty()).cloned().collect()
    }

    /// Signs `spec`. Returns false when the auth did nothing (no usable credentials).
    pub fn apply(&self, spec: &mut RequestSpec) -> bool {
        match self {
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

#[cfg(test)]
mod tests {
    use super::*;

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
