//! OAuth2 token injection: for requests whose oauth2 auth has no access token, courier
//! supplies one, from the user (an environment variable or a file) or by the
//! client-credentials grant, with the collection's own oauth2 settings as defaults. Tokens are
//! cached per token URL, client and scope, refreshed before they expire, and refreshed once
//! after a 401.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::Value;

use crate::auth::Auth;
use crate::collection::model::AuthDef;
use crate::http::HttpClient;
use crate::request::{Behavior, Body, RequestSpec, UrlDef};
use crate::vars::ScopeChain;

/// Where tokens come from.
#[derive(Clone, PartialEq)]
pub enum TokenSource {
    /// A token given by the user.
    Static(String),
    /// The client-credentials grant. `None` fields fall back to the collection's oauth2 settings.
    ClientCredentials {
        token_url: Option<String>,
        client_id: Option<String>,
        client_secret: Option<String>,
        scope: Option<String>,
        audience: Option<String>,
        /// Client authentication: Basic header (true) or in the body (false).
        basic: Option<bool>,
    },
}

impl std::fmt::Debug for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenSource::Static(_) => write!(f, "TokenSource::Static(***)"),
            TokenSource::ClientCredentials { token_url, .. } => {
                write!(f, "TokenSource::ClientCredentials({token_url:?})")
            }
        }
    }
}

/// A token fetch that failed: the run stops rather than send requests without a token.
#[derive(Debug, thiserror::Error)]
#[error("OAuth2 token: {0}")]
pub struct TokenError(pub String);

type CacheKey = (String, String, String);

/// Hands out access tokens and remembers them.
pub struct TokenProvider {
    source: TokenSource,
    cache: HashMap<CacheKey, (String, Option<Instant>)>,
    /// Token requests made so far.
    pub fetches: usize,
}

/// A token and the key it is cached under.
pub struct Token {
    pub value: String,
    pub key: CacheKey,
    /// Set when this call fetched it (for a notice).
    pub fetched_from: Option<String>,
}

fn param(def: Option<&AuthDef>, key: &str, vars: &ScopeChain<'_>) -> Option<String> {
    match def?.param(key)? {
        Value::String(s) if !s.is_empty() => Some(vars.resolve(s).into_owned()),
        _ => None,
    }
}

impl TokenProvider {
    pub fn new(source: TokenSource) -> Self {
        TokenProvider {
            source,
            cache: HashMap::new(),
            fetches: 0,
        }
    }

    /// Whether `auth` (an oauth2 auth without a token) should get an injected token.
    pub fn applies(auth: &Auth) -> bool {
        matches!(auth, Auth::OAuth2 { access_token, .. } if access_token.is_empty())
    }

    /// Forgets a token (after a 401), so the next call fetches a new one.
    pub fn invalidate(&mut self, key: &CacheKey) {
        self.cache.remove(key);
    }

    /// A usable token for a request whose oauth2 block is `def`.
    pub async fn token(
        &mut self,
        def: Option<&AuthDef>,
        vars: &ScopeChain<'_>,
        client: &HttpClient,
    ) -> Result<Token, TokenError> {
        let (url, id, secret, scope, audience, basic) = match &self.source {
            TokenSource::Static(t) => {
                return Ok(Token {
                    value: t.clone(),
                    key: Default::default(),
                    fetched_from: None,
                });
            }
            TokenSource::ClientCredentials {
                token_url,
                client_id,
                client_secret,
                scope,
                audience,
                basic,
            } => {
                let url = token_url
                    .as_deref()
                    .map(|u| vars.resolve(u).into_owned())
                    .or_else(|| param(def, "accessTokenUrl", vars));
                let id = client_id.clone().or_else(|| param(def, "clientId", vars));
                let secret = client_secret
                    .clone()
                    .or_else(|| param(def, "clientSecret", vars));
                let scope = scope.clone().or_else(|| param(def, "scope", vars));
                let basic = basic.unwrap_or_else(|| {
                    param(def, "client_authentication", vars).as_deref() != Some("body")
                });
                (url, id, secret, scope, audience.clone(), basic)
            }
        };
        if let Some(grant) = param(def, "grant_type", vars) {
            if grant != "client_credentials" {
                return Err(TokenError(format!(
                    "the collection's oauth2 grant type is {grant:?}; courier fetches tokens with the client_credentials grant only (give a token with --oauth2-token-env or --oauth2-token-file)"
                )));
            }
        }
        let url = url.ok_or_else(|| TokenError("no token URL: set oauth2 token-url in the profile, --oauth2-token-url, or accessTokenUrl in the collection's oauth2 auth".into()))?;
        let id = id.ok_or_else(|| TokenError("no client id: set oauth2 client-id in the profile, --oauth2-client-id, or clientId in the collection's oauth2 auth".into()))?;
        let secret = secret.ok_or_else(|| TokenError("no client secret: set oauth2 client-secret-env (an environment variable), client-secret-file or client-secret-var".into()))?;
        let key: CacheKey = (url.clone(), id.clone(), scope.clone().unwrap_or_default());
        if let Some((tok, exp)) = self.cache.get(&key) {
            if exp.is_none_or(|e| Instant::now() + Duration::from_secs(30) < e) {
                return Ok(Token {
                    value: tok.clone(),
                    key,
                    fetched_from: None,
                });
            }
        }
        let (tok, ttl) = fetch(
            client,
            &url,
            &id,
            &secret,
            scope.as_deref(),
            audience.as_deref(),
            basic,
        )
        .await?;
        self.fetches += 1;
        self.cache
            .insert(key.clone(), (tok.clone(), ttl.map(|t| Instant::now() + t)));
        Ok(Token {
            value: tok,
            key,
            fetched_from: Some(url),
        })
    }
}

fn form(s: &str) -> String {
    crate::request::body::form_escape(s)
}

/// One client-credentials token request.
async fn fetch(
    client: &HttpClient,
    url: &str,
    id: &str,
    secret: &str,
    scope: Option<&str>,
    audience: Option<&str>,
    basic: bool,
) -> Result<(String, Option<Duration>), TokenError> {
    let resolved =
        crate::request::url::resolve_url(&UrlDef::parse(url), &|s: &str| s.to_string(), false)
            .map_err(|e| TokenError(format!("token URL {url}: {e}")))?;
    let mut body = "grant_type=client_credentials".to_string();
    if let Some(s) = scope.filter(|s| !s.is_empty()) {
        body.push_str(&format!("&scope={}", form(s)));
    }
    if let Some(a) = audience.filter(|a| !a.is_empty()) {
        body.push_str(&format!("&audience={}", form(a)));
    }
    let mut headers = vec![
        (
            "Content-Type".to_string(),
            "application/x-www-form-urlencoded".to_string(),
        ),
        ("Accept".to_string(), "application/json".to_string()),
        (
            "User-Agent".to_string(),
            crate::request::USER_AGENT.to_string(),
        ),
    ];
    if basic {
        let raw = format!("{id}:{secret}");
        let enc = base64::engine::general_purpose::STANDARD.encode(raw.as_bytes());
        headers.push(("Authorization".into(), format!("Basic {enc}")));
    } else {
        body.push_str(&format!(
            "&client_id={}&client_secret={}",
            form(id),
            form(secret)
        ));
    }
    let spec = RequestSpec {
        method: "POST".into(),
        url: resolved,
        headers,
        body: Body::Bytes(body.into_bytes()),
        behavior: Behavior::default(),
    };
    let x = client
        .send(spec, &Auth::None)
        .await
        .map_err(|e| TokenError(format!("token URL {url} unreachable: {}", e.message)))?;
    let r = x.response;
    if !(200..300).contains(&r.status) {
        return Err(TokenError(format!(
            "token URL {url} answered {} {}; check the client id and secret",
            r.status, r.reason
        )));
    }
    let v: Value = serde_json::from_slice(&r.body).map_err(|_| {
        TokenError(format!(
            "the answer of token URL {url} is not JSON (status {})",
            r.status
        ))
    })?;
    let token = v
        .get("access_token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| TokenError(format!("the answer of token URL {url} has no access_token")))?;
    let ttl = match v.get("expires_in") {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => s.parse::<f64>().ok(),
        _ => None,
    }
    .filter(|s| *s > 0.0)
    .map(Duration::from_secs_f64);
    Ok((token.to_string(), ttl))
}
