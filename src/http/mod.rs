//! The HTTP client: sends a [`RequestSpec`] and returns courier's own [`Response`], so that
//! scripts and reports never see reqwest. It owns the run's cookie jar, TLS settings,
//! Newman's redirect rules, the digest challenge retry, response decoding and the cap on
//! what is kept of a body.

pub mod cookies;
pub mod decode;
pub mod tls;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::auth::{digest, Auth};
use crate::request::{Body, RequestSpec};
pub use tls::{TlsError, TlsOptions};

/// Client-wide settings.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    pub tls: TlsOptions,
    pub insecure: bool,
    pub timeout: Option<Duration>,
    pub ignore_redirects: bool,
    /// Bytes of a (decoded) response body kept for scripts and reports.
    pub max_body: usize,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            tls: TlsOptions::default(),
            insecure: false,
            timeout: None,
            ignore_redirects: false,
            max_body: 64 * 1024 * 1024,
        }
    }
}

/// A response as courier keeps it.
#[derive(Debug, Clone, Default)]
pub struct Response {
    pub status: u16,
    pub reason: String,
    /// Header names as received (lower-case on HTTP/1 via hyper), in order, duplicates kept.
    pub headers: Vec<(String, String)>,
    /// The decoded body, at most `max_body` bytes.
    pub body: Vec<u8>,
    /// The body size on the wire (before decoding).
    pub wire_size: u64,
    /// The decoded body size, even beyond what was kept.
    pub body_size: u64,
    pub truncated: bool,
    pub elapsed: Duration,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn header_size(&self) -> u64 {
        self.headers
            .iter()
            .map(|(k, v)| (k.len() + v.len() + 4) as u64)
            .sum::<u64>()
            + 12
            + self.reason.len() as u64
            + 2
    }
}

/// What went out and what came back for one request (after redirects and auth retries).
#[derive(Debug, Clone)]
pub struct Exchange {
    /// The last request sent (the one that produced `response`).
    pub request: RequestSpec,
    pub response: Response,
    /// 2 when a digest challenge was answered (Newman reports such a request twice).
    pub attempts: u32,
    /// Digest parameters as last used (with what a challenge taught), for the next request
    /// that shares the same auth.
    pub digest: Option<digest::DigestParams>,
}

/// A request that got no response: connection, TLS, timeout or protocol errors.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct RequestError {
    /// A Node-like code: ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ECONNRESET, EPROTO, ERR_…
    pub code: String,
    pub message: String,
    /// The request as it was about to go out.
    pub request: Box<RequestSpec>,
}

/// The client, shared by every request of a run.
pub struct HttpClient {
    options: HttpOptions,
    jar: Arc<cookies::Jar>,
    clients: Mutex<HashMap<(bool, bool), reqwest::Client>>,
}

impl HttpClient {
    /// Builds the client and validates the TLS settings.
    pub fn new(options: HttpOptions, jar: cookie_store::CookieStore) -> Result<Self, TlsError> {
        let c = HttpClient {
            options,
            jar: Arc::new(cookies::Jar::new(jar)),
            clients: Mutex::new(HashMap::new()),
        };
        c.client(c.options.insecure, true)?;
        Ok(c)
    }

    /// The run's cookie jar.
    pub fn jar(&self) -> &Arc<cookies::Jar> {
        &self.jar
    }

    fn client(&self, insecure: bool, cookies: bool) -> Result<reqwest::Client, TlsError> {
        let mut map = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = map.get(&(insecure, cookies)) {
            return Ok(c.clone());
        }
        let tls = tls::client_config(&self.options.tls, insecure)?;
        let mut b = reqwest::Client::builder()
            .use_preconfigured_tls(tls)
            .redirect(reqwest::redirect::Policy::none())
            .http1_only()
            .tcp_nodelay(true)
            .pool_max_idle_per_host(8);
        if cookies {
            b = b.cookie_provider(self.jar.clone());
        }
        let c = b
            .build()
            .map_err(|e| TlsError(format!("HTTP client: {e}")))?;
        map.insert((insecure, cookies), c.clone());
        Ok(c)
    }

    /// Sends `spec` with Newman's redirect rules and, for digest auth, the challenge retry.
    pub async fn send(&self, spec: RequestSpec, auth: &Auth) -> Result<Exchange, RequestError> {
        let mut spec = spec;
        let started = Instant::now();
        let insecure = self.options.insecure || spec.behavior.strict_ssl == Some(false);
        let client = self
            .client(insecure, !spec.behavior.disable_cookies)
            .map_err(|e| RequestError {
                code: "ERR_TLS_CONFIG".into(),
                message: e.0,
                request: Box::new(spec.clone()),
            })?;
        let mut redirects = 0u32;
        let mut digest_params = match auth {
            Auth::Digest(d) => Some(d.clone()),
            _ => None,
        };
        let mut digest_retried = false;
        loop {
            let response = self.send_once(&client, &spec).await?;
            // Digest: answer one challenge.
            if response.status == 401 && !digest_retried {
                if let (Some(d), Some(challenge)) =
                    (digest_params.as_mut(), response.header("www-authenticate"))
                {
                    if digest::learn_challenge(d, challenge) {
                        digest_retried = true;
                        let header = digest::authorization(
                            d,
                            &spec.method,
                            &spec.url.target,
                            spec.body.bytes(),
                        );
                        spec.set_header("Authorization", header);
                        continue;
                    }
                }
            }
            let follow = spec.behavior.follow_redirects && !self.options.ignore_redirects;
            let location = response.header("location").map(str::to_string);
            if follow && matches!(response.status, 301 | 302 | 303 | 307 | 308) {
                if let Some(loc) = location {
                    if redirects >= spec.behavior.max_redirects {
                        return Err(RequestError {
                            code: "ERR_TOO_MANY_REDIRECTS".into(),
                            message: format!(
                                "Exceeded maxRedirects ({}). Probably stuck in a redirect loop {}",
                                spec.behavior.max_redirects, spec.url.href
                            ),
                            request: Box::new(spec),
                        });
                    }
                    redirects += 1;
                    if let Some(next) = redirect_spec(&spec, response.status, &loc) {
                        spec = next;
                        continue;
                    }
                }
            }
            let mut response = response;
            response.elapsed = started.elapsed();
            return Ok(Exchange {
                request: spec,
                response,
                attempts: if digest_retried { 2 } else { 1 },
                digest: digest_params,
            });
        }
    }

    async fn send_once(
        &self,
        client: &reqwest::Client,
        spec: &RequestSpec,
    ) -> Result<Response, RequestError> {
        let fail = |code: &str, message: String| RequestError {
            code: code.to_string(),
            message,
            request: Box::new(spec.clone()),
        };
        let method = reqwest::Method::from_bytes(spec.method.as_bytes()).map_err(|_| {
            fail(
                "ERR_INVALID_METHOD",
                format!("invalid HTTP method {:?}", spec.method),
            )
        })?;
        let mut url = reqwest::Url::parse(&spec.url.href).map_err(|e| {
            fail(
                "ERR_INVALID_URL",
                format!("invalid URL {:?}: {e}", spec.url.href),
            )
        })?;
        // Credentials in the URL were turned into an Authorization header already.
        let _ = url.set_username("");
        let _ = url.set_password(None);
        url.set_fragment(None);
        let mut headers = HeaderMap::with_capacity(spec.headers.len());
        for (k, v) in &spec.headers {
            let name = HeaderName::from_bytes(k.as_bytes())
                .map_err(|_| fail("ERR_INVALID_HEADER", format!("invalid header name {k:?}")))?;
            let value = HeaderValue::from_bytes(v.as_bytes()).map_err(|_| {
                fail(
                    "ERR_INVALID_HEADER",
                    format!("invalid value for header {k:?}"),
                )
            })?;
            headers.append(name, value);
        }
        let mut rb = client.request(method, url).headers(headers);
        match &spec.body {
            Body::Bytes(b) => rb = rb.body(b.clone()),
            Body::None => {
                if !matches!(
                    spec.method.as_str(),
                    "GET" | "HEAD" | "DELETE" | "OPTIONS" | "TRACE" | "CONNECT"
                ) && !spec.has_header("content-length")
                {
                    rb = rb.header("Content-Length", "0");
                }
            }
        }
        if let Some(t) = self.options.timeout {
            rb = rb.timeout(t);
        }
        let started = Instant::now();
        let mut resp = rb.send().await.map_err(|e| classify(e, spec))?;
        let status = resp.status();
        let reason = status.canonical_reason().unwrap_or("").to_string();
        let headers: Vec<(String, String)> = resp
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        let cap = self.options.max_body;
        let mut raw = Vec::new();
        let mut wire_size = 0u64;
        let mut raw_truncated = false;
        while let Some(chunk) = resp.chunk().await.map_err(|e| classify(e, spec))? {
            wire_size += chunk.len() as u64;
            if raw.len() < cap {
                let take = (cap - raw.len()).min(chunk.len());
                raw.extend_from_slice(&chunk[..take]);
                raw_truncated |= take < chunk.len();
            } else {
                raw_truncated = true;
            }
        }
        let encoding = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-encoding"))
            .map(|(_, v)| v.as_str());
        let decoded = decode::decode(encoding, raw, cap);
        Ok(Response {
            status: status.as_u16(),
            reason,
            headers,
            body_size: if raw_truncated {
                wire_size.max(decoded.size)
            } else {
                decoded.size
            },
            truncated: raw_truncated || decoded.truncated,
            body: decoded.body,
            wire_size,
            elapsed: started.elapsed(),
        })
    }
}

/// The request that follows a redirect, or None when the Location cannot be used.
fn redirect_spec(prev: &RequestSpec, status: u16, location: &str) -> Option<RequestSpec> {
    let base = reqwest::Url::parse(&prev.url.href).ok()?;
    let next = base.join(location).ok()?;
    let mut spec = prev.clone();
    let keep_method = matches!(status, 307 | 308);
    if !keep_method {
        spec.body = Body::None;
        spec.remove_header("content-type");
        spec.remove_header("content-length");
        if !spec.behavior.follow_original_method && spec.method != "HEAD" {
            spec.method = "GET".into();
        }
    }
    let cross_host = next.host_str() != base.host_str()
        || next.port_or_known_default() != base.port_or_known_default();
    if cross_host && !spec.behavior.follow_authorization_header {
        spec.remove_header("authorization");
    }
    let host = next.host_str().unwrap_or("").to_string();
    let port = next.port();
    spec.url.scheme = next.scheme().to_string();
    spec.url.host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    spec.url.port = port;
    spec.url.target = match next.query() {
        Some(q) => format!("{}?{}", next.path(), q),
        None => next.path().to_string(),
    };
    let mut href = next.to_string();
    if let Some(f) = next.fragment() {
        href.truncate(href.len() - f.len() - 1);
    }
    spec.url.href = href;
    if spec.has_header("host") {
        let host_header = match port {
            Some(p) => format!("{}:{p}", next.host_str().unwrap_or("")),
            None => next.host_str().unwrap_or("").to_string(),
        };
        spec.set_header("Host", host_header);
    }
    if !spec.has_header("referer") {
        spec.headers.push(("Referer".into(), prev.url.href.clone()));
    } else {
        spec.set_header("Referer", prev.url.href.clone());
    }
    Some(spec)
}

fn classify(e: reqwest::Error, spec: &RequestSpec) -> RequestError {
    let mut chain = String::new();
    let mut innermost = e.to_string();
    let mut src: Option<&dyn std::error::Error> = Some(&e);
    while let Some(s) = src {
        chain.push_str(&s.to_string());
        chain.push_str(": ");
        innermost = s.to_string();
        src = s.source();
    }
    let lower = chain.to_ascii_lowercase();
    let addr = match spec.url.port {
        Some(p) => format!("{}:{p}", spec.url.host),
        None => spec.url.host.clone(),
    };
    let (code, message) = if e.is_timeout() {
        (
            "ETIMEDOUT",
            format!("ETIMEDOUT: request to {} timed out", spec.url.href),
        )
    } else if lower.contains("connection refused") {
        ("ECONNREFUSED", format!("connect ECONNREFUSED {addr}"))
    } else if lower.contains("dns error")
        || lower.contains("failed to lookup")
        || lower.contains("name or service not known")
    {
        (
            "ENOTFOUND",
            format!("getaddrinfo ENOTFOUND {}", spec.url.host),
        )
    } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake")
    {
        ("EPROTO", format!("TLS error for {addr}: {innermost}"))
    } else if lower.contains("connection reset")
        || lower.contains("connection closed")
        || lower.contains("incomplete message")
    {
        ("ECONNRESET", format!("socket hang up ({innermost})"))
    } else {
        ("EREQUEST", innermost)
    };
    RequestError {
        code: code.into(),
        message,
        request: Box::new(spec.clone()),
    }
}
