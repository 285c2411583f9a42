//! Turns a collection request plus the current variables into a [`RequestSpec`]: plain,
//! resolved strings and bytes, ready for the wire (the hurl "request spec" idea).
//!
//! This module owns URL building (`url`), bodies (`body`), Newman's system headers and
//! protocolProfileBehavior. Auth is applied afterwards by [`crate::auth`].

pub mod body;
pub mod url;

use std::path::Path;

use serde_json::{Map, Value};

use crate::collection::model::RequestDef;
use crate::vars::ScopeChain;
pub use body::Body;
pub use url::{ResolvedUrl, UrlDef, UrlError};

/// The value courier sends as `User-Agent` unless the request sets one.
pub const USER_AGENT: &str = concat!("courier/", env!("CARGO_PKG_VERSION"));

/// protocolProfileBehavior, merged from collection, folders and item (the item wins).
#[derive(Debug, Clone, PartialEq)]
pub struct Behavior {
    pub follow_redirects: bool,
    pub max_redirects: u32,
    pub follow_original_method: bool,
    pub follow_authorization_header: bool,
    pub disable_body_pruning: bool,
    pub disable_url_encoding: bool,
    pub disable_cookies: bool,
    pub strict_ssl: Option<bool>,
    /// Lower-cased names of system headers not to add.
    pub disabled_system_headers: Vec<String>,
}

impl Default for Behavior {
    fn default() -> Self {
        Behavior {
            follow_redirects: true,
            max_redirects: 10,
            follow_original_method: false,
            follow_authorization_header: false,
            disable_body_pruning: false,
            disable_url_encoding: false,
            disable_cookies: false,
            strict_ssl: None,
            disabled_system_headers: Vec::new(),
        }
    }
}

impl Behavior {
    /// Applies one protocolProfileBehavior object on top of `self` (outer levels first).
    pub fn apply(&mut self, ppb: &Map<String, Value>) {
        let flag = |k: &str| ppb.get(k).and_then(Value::as_bool);
        if let Some(b) = flag("followRedirects") {
            self.follow_redirects = b;
        }
        if let Some(n) = ppb.get("maxRedirects").and_then(Value::as_u64) {
            self.max_redirects = n.min(u32::MAX as u64) as u32;
        }
        if let Some(b) = flag("followOriginalHttpMethod") {
            self.follow_original_method = b;
        }
        if let Some(b) = flag("followAuthorizationHeader") {
            self.follow_authorization_header = b;
        }
        if let Some(b) = flag("disableBodyPruning") {
            self.disable_body_pruning = b;
        }
        if let Some(b) = flag("disableUrlEncoding") {
            self.disable_url_encoding = b;
        }
        if let Some(b) = flag("disableCookies") {
            self.disable_cookies = b;
        }
        if let Some(b) = flag("strictSSL") {
            self.strict_ssl = Some(b);
        }
        if let Some(Value::Object(h)) = ppb.get("disabledSystemHeaders") {
            for (name, on) in h {
                if on.as_bool() == Some(true) {
                    self.disabled_system_headers.push(name.to_ascii_lowercase());
                }
            }
        }
    }
}

/// A request with everything resolved: what goes on the wire, before auth and system headers.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestSpec {
    pub method: String,
    pub url: ResolvedUrl,
    /// Header names as written, in order; duplicates allowed.
    pub headers: Vec<(String, String)>,
    pub body: Body,
    pub behavior: Behavior,
}

impl RequestSpec {
    /// The value of the last header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .rev()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn has_header(&self, name: &str) -> bool {
        self.header(name).is_some()
    }

    /// Replaces every header named `name` by one with `value`, or appends it.
    pub fn set_header(&mut self, name: &str, value: String) {
        self.remove_header(name);
        self.headers.push((name.to_string(), value));
    }

    pub fn remove_header(&mut self, name: &str) {
        self.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
    }

    /// Appends a query parameter (unencoded) to the URL, as Newman adds auth parameters.
    pub fn add_query_param(&mut self, key: &str, value: &str) {
        let disable = self.behavior.disable_url_encoding;
        self.url.append_query_param(key, Some(value), disable);
    }
}

/// An error that stops one request from being built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("{0}")]
    Url(#[from] UrlError),
    #[error("{0}")]
    Body(String),
}

/// Resolves `def` against `vars` into a spec. System headers are added by [`add_system_headers`].
/// Problems that Newman only warns about (an unreadable form-data file) go to `warnings`.
pub fn build(
    def: &RequestDef,
    vars: &ScopeChain<'_>,
    behavior: &Behavior,
    working_dir: &Path,
    warnings: &mut Vec<String>,
) -> Result<RequestSpec, BuildError> {
    let resolve = |s: &str| vars.resolve(s).into_owned();
    let url = url::resolve_url(&def.url, &resolve, behavior.disable_url_encoding)?;
    let method = vars.resolve(&def.method).to_ascii_uppercase();
    let headers: Vec<(String, String)> = def
        .header
        .iter()
        .filter(|h| !h.disabled && !h.key.is_empty())
        .map(|h| (resolve(&h.key), resolve(&h.value)))
        .collect();
    let mut spec = RequestSpec {
        method,
        url,
        headers,
        body: Body::None,
        behavior: behavior.clone(),
    };
    let prune = matches!(
        spec.method.as_str(),
        "GET" | "COPY" | "HEAD" | "PURGE" | "UNLOCK"
    ) && !behavior.disable_body_pruning;
    if let Some(b) = &def.body {
        if !prune && !b.disabled {
            body::build(b, vars, working_dir, &mut spec, warnings)?;
        }
    }
    Ok(spec)
}

/// Signs `spec` with `sign` and adds the headers postman-runtime adds when it sends, where
/// it adds them: the auth headers; the Content-Type the body builder added for a raw or
/// GraphQL body (a raw JSON body's stays the request's own, before auth); the system
/// headers; then the builder's type for urlencoded and form-data bodies, and a file body's.
pub fn sign_and_add_send_headers(
    spec: &mut RequestSpec,
    def: &RequestDef,
    token: &str,
    sign: impl FnOnce(&mut RequestSpec),
) {
    let user_type = def
        .header
        .iter()
        .any(|h| !h.disabled && h.key.eq_ignore_ascii_case("content-type"));
    let implicit = (!user_type && body::has_implicit_content_type(spec))
        .then(|| spec.headers.last().cloned())
        .flatten();
    sign(spec);
    // Take the builder's header out again from where it is after signing (the signers that
    // reorder headers keep it right after theirs).
    let implicit = implicit.and_then(|ct| {
        let at = spec.headers.iter().rposition(|h| *h == ct)?;
        Some(spec.headers.remove(at))
    });
    let (before_system, after_system) = match implicit {
        Some(ct) if body::is_form_content_type(&ct.1) => (None, Some(ct)),
        other => (other, None),
    };
    spec.headers.extend(before_system);
    add_system_headers(spec, token);
    spec.headers.extend(after_system);
    if let Some(b) = &def.body {
        body::add_file_content_type(spec, b);
    }
}

/// Adds Newman's system headers that the request does not set and that are not disabled.
pub fn add_system_headers(spec: &mut RequestSpec, token: &str) {
    if let (Some(user), false) = (&spec.url.username, spec.has_header("Authorization")) {
        use base64::Engine;
        let raw = format!("{user}:{}", spec.url.password.as_deref().unwrap_or(""));
        let enc = base64::engine::general_purpose::STANDARD.encode(raw.as_bytes());
        spec.headers
            .push(("Authorization".into(), format!("Basic {enc}")));
    }
    let host = spec.url.host_header.clone();
    let system: [(&str, String); 6] = [
        ("User-Agent", USER_AGENT.to_string()),
        ("Accept", "*/*".to_string()),
        ("Cache-Control", "no-cache".to_string()),
        ("Postman-Token", token.to_string()),
        ("Host", host),
        ("Accept-Encoding", "gzip, deflate, br".to_string()),
    ];
    for (name, value) in system {
        let lower = name.to_ascii_lowercase();
        if spec.has_header(name) || spec.behavior.disabled_system_headers.contains(&lower) {
            continue;
        }
        spec.headers.push((name.to_string(), value));
    }
    if !spec.has_header("Connection")
        && !spec
            .behavior
            .disabled_system_headers
            .iter()
            .any(|h| h == "connection")
    {
        spec.headers
            .push(("Connection".to_string(), "keep-alive".to_string()));
    }
}
