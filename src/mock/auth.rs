//! MTM authentication: the API-token exchange and the bearer check on every API call.
//!
//! `POST /services/mtm/v1/oauth2/token` takes the client credentials as HTTP Basic
//! `apitoken:<API token>` (or as `client_id`/`client_secret` form fields) and
//! `grant_type=client_credentials` in the form body or the query. It answers
//! `{"scope": "", "expired": false, "access_token": "…", "token_type": "bearer",
//! "expires_in": <--token-ttl>}`; the token is JWT-shaped (but not verifiable: clients treat it
//! as opaque). A wrong API token, a wrong client or another grant gets 401 with an OAuth error
//! body `{"error", "error_description"}`.
//!
//! Every other protected route needs `Authorization: Bearer <access token>`; a missing, unknown
//! or expired token gets 401 with `{"errors": [...]}`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use rand::RngCore;
use serde_json::json;

use super::server::{errors, json_response, ApiError};
use super::state::Shared;

/// The Basic user (or `client_id`) LeanIX expects with an API token.
const CLIENT_ID: &str = "apitoken";

fn oauth_error(code: &str, description: &str) -> Response {
    let mut resp = json_response(
        StatusCode::UNAUTHORIZED,
        &json!({"error": code, "error_description": description}),
    );
    resp.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Basic realm=\"MTM\""),
    );
    resp
}

/// `user:password` from a Basic Authorization header.
fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, rest) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = STANDARD.decode(rest.trim()).ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, pass) = text.split_once(':')?;
    Some((user.to_string(), pass.to_string()))
}

/// Compares without an early exit on the first different byte.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A JWT-shaped access token (header.payload.random signature), unique per call.
fn new_access_token(ttl: Duration) -> String {
    let now = chrono::Utc::now().timestamp();
    let ttl = i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX / 2);
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","typ":"JWT"}"#);
    let payload = json!({
        "iss": "courier-mock-leanix",
        "sub": CLIENT_ID,
        "iat": now,
        "exp": now.saturating_add(ttl),
        "jti": uuid::Uuid::new_v4().to_string(),
    });
    let payload = URL_SAFE_NO_PAD.encode(payload.to_string());
    let mut signature = [0u8; 64];
    rand::rng().fill_bytes(&mut signature);
    format!("{header}.{payload}.{}", URL_SAFE_NO_PAD.encode(signature))
}

/// `now + ttl`, or about a century away for a `--token-ttl` too large to add.
fn expiry_after(now: Instant, ttl: Duration) -> Instant {
    now.checked_add(ttl)
        .or_else(|| now.checked_add(Duration::from_secs(100 * 365 * 24 * 3600)))
        .unwrap_or(now)
}

/// `POST /services/mtm/v1/oauth2/token`.
pub(crate) async fn token(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    uri: Uri,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let body = match body {
        Ok(b) => b,
        Err(r) => return ApiError::from_rejection(&r).into_response(),
    };
    let mut grant_type = None;
    let mut client_id = None;
    let mut client_secret = None;
    let query = uri.query().unwrap_or("").as_bytes();
    // The body wins over the query for the same field.
    for (k, v) in url::form_urlencoded::parse(query).chain(url::form_urlencoded::parse(&body)) {
        match k.as_ref() {
            "grant_type" => grant_type = Some(v.into_owned()),
            "client_id" => client_id = Some(v.into_owned()),
            "client_secret" => client_secret = Some(v.into_owned()),
            _ => {}
        }
    }
    let credentials = basic_credentials(&headers).or(client_id.zip(client_secret));
    let Some((user, secret)) = credentials else {
        return oauth_error(
            "invalid_client",
            "client authentication is required: Basic apitoken:<API token>",
        );
    };
    if user != CLIENT_ID || !same(&secret, &shared.api_token) {
        return oauth_error("invalid_client", "bad credentials: unknown API token");
    }
    match grant_type.as_deref() {
        Some("client_credentials") => {}
        Some(_) => {
            return oauth_error(
                "unsupported_grant_type",
                "only grant_type=client_credentials is supported",
            )
        }
        None => {
            return oauth_error(
                "invalid_request",
                "grant_type=client_credentials is required (form body or query)",
            )
        }
    }
    let access_token = new_access_token(shared.token_ttl);
    {
        let mut inner = shared.inner();
        let now = Instant::now();
        // Keep expired tokens an hour, to tell "expired" from "unknown".
        let keep = Duration::from_secs(3600);
        inner
            .tokens
            .retain(|_, expiry| expiry.checked_add(keep).is_none_or(|t| t > now));
        inner
            .tokens
            .insert(access_token.clone(), expiry_after(now, shared.token_ttl));
    }
    shared.count_token();
    let mut resp = json_response(
        StatusCode::OK,
        &json!({
            "scope": "",
            "expired": false,
            "access_token": access_token,
            "token_type": "bearer",
            "expires_in": shared.token_ttl.as_secs(),
        }),
    );
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

fn unauthorized(message: &str) -> Response {
    let mut resp = errors(StatusCode::UNAUTHORIZED, [message.to_string()]);
    resp.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Bearer error=\"invalid_token\""),
    );
    resp
}

/// Middleware: lets the request through only with a valid, unexpired bearer token.
pub(crate) async fn require_bearer(
    State(shared): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let value = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(str::trim);
    let token = value.and_then(|v| {
        let (scheme, rest) = v.split_once(' ')?;
        scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| rest.trim())
            .filter(|t| !t.is_empty())
    });
    let Some(token) = token else {
        return unauthorized(
            "Unauthorized: no bearer token; get one from POST /services/mtm/v1/oauth2/token",
        );
    };
    let expiry = shared.inner().tokens.get(token).copied();
    match expiry {
        None => unauthorized("Unauthorized: unknown access token"),
        Some(t) if t <= Instant::now() => unauthorized("Unauthorized: the access token expired"),
        Some(_) => next.run(request).await.into_response(),
    }
}

/// Expires every access token issued so far (tests: simulate expiry mid-run).
pub(crate) fn expire_all(shared: &Shared) {
    let now = Instant::now();
    for expiry in shared.inner().tokens.values_mut() {
        *expiry = now;
    }
}
