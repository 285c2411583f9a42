//! A small raw HTTP/1.1 test server (plain and TLS) that records the exact
//! bytes of every request it receives.
//!
//! It runs on its own background thread with its own tokio runtime, so it
//! works from plain `#[test]`s (e.g. ones spawning the courier binary) as well
//! as from `#[tokio::test]`s. It listens on `127.0.0.1` on an ephemeral port
//! and stops when the [`TestServer`] is dropped.
//!
//! ```ignore
//! let srv = TestServer::start(|req: &Recorded| match req.target.as_str() {
//!     "/old" => Reply::redirect(302, "/new"),
//!     _ => Reply::json(200, r#"{"ok":true}"#).header("Set-Cookie", "a=1"),
//! });
//! // ... run a client against srv.base_url() ...
//! let reqs = srv.requests();
//! assert_eq!(reqs[0].header("content-type"), Some("application/json"));
//! ```
//!
//! Supported: keep-alive and pipelining, many concurrent connections,
//! Content-Length and chunked request bodies (`body` is de-chunked, `raw` is
//! byte-exact), `Expect: 100-continue`, HEAD, bodies up to 64 MiB (larger ones
//! get `413` and the connection is closed), malformed requests get `400`.
//! The only header added to replies is `Content-Length` (or
//! `Transfer-Encoding: chunked` for [`Reply::chunked`]) unless already set,
//! plus `Connection: close` when the client asked to close. The byte-level
//! reading and writing lives in `wire.rs`.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::sync::watch;

use super::certs::{self, Pki};
use super::wire::accept_loop;

/// Largest request body accepted (larger ones are answered with 413).
pub const MAX_BODY: usize = 64 * 1024 * 1024;
/// Largest request head (request line + headers) accepted (else 431).
pub const MAX_HEAD: usize = 1024 * 1024;

/// One request as it arrived.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    pub method: String,
    /// Request target exactly as sent, e.g. `/a?b=1`.
    pub target: String,
    /// e.g. `HTTP/1.1`.
    pub version: String,
    /// Header names as sent (original case), in order, duplicates kept.
    pub headers: Vec<(String, String)>,
    /// Body with chunked framing removed (not decompressed).
    pub body: Vec<u8>,
    /// The exact bytes of head + body (chunk framing and trailers included).
    pub raw: Vec<u8>,
    pub tls: bool,
    /// Whether the TLS client presented a (verified) client certificate.
    pub client_cert: bool,
    /// Local port of the server that received it.
    pub port: u16,
    /// 0-based index of the connection it arrived on (per server).
    pub conn: usize,
}

impl Recorded {
    /// First header with this name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// All values of headers with this name (case-insensitive), in order.
    pub fn headers_named(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Body as UTF-8 (lossy).
    pub fn body_str(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// Raw request bytes as UTF-8 (lossy), handy in assertion messages.
    pub fn raw_str(&self) -> String {
        String::from_utf8_lossy(&self.raw).into_owned()
    }

    /// Path part of the target (before `?`).
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }
}

#[derive(Clone, Debug)]
pub(crate) enum Action {
    Respond,
    Close,
    Raw(Vec<u8>),
}

/// What the handler wants sent back. Build with the constructors and chain
/// the modifiers: `Reply::json(200, "{}").header("X-A", "1").gzip()`.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub(crate) delay: Option<Duration>,
    pub(crate) chunk_size: Option<usize>,
    pub(crate) action: Action,
}

impl Reply {
    /// Status with its standard reason phrase, no headers, empty body.
    pub fn new(status: u16) -> Self {
        Reply {
            status,
            reason: reason_phrase(status).to_string(),
            headers: Vec::new(),
            body: Vec::new(),
            delay: None,
            chunk_size: None,
            action: Action::Respond,
        }
    }

    /// `Content-Type: text/plain; charset=utf-8`.
    pub fn text(status: u16, body: impl Into<String>) -> Self {
        Reply::new(status)
            .header("Content-Type", "text/plain; charset=utf-8")
            .body(body.into())
    }

    /// `Content-Type: application/json`.
    pub fn json(status: u16, body: impl Into<String>) -> Self {
        Reply::new(status)
            .header("Content-Type", "application/json")
            .body(body.into())
    }

    /// Empty body with a `Location` header.
    pub fn redirect(status: u16, location: &str) -> Self {
        Reply::new(status).header("Location", location)
    }

    /// Close the connection without answering (after any `.delay`).
    pub fn close() -> Self {
        Reply {
            action: Action::Close,
            ..Reply::new(0)
        }
    }

    /// Send these bytes verbatim (no framing added), then close.
    pub fn raw(bytes: impl Into<Vec<u8>>) -> Self {
        Reply {
            action: Action::Raw(bytes.into()),
            ..Reply::new(0)
        }
    }

    /// Replace the reason phrase.
    pub fn reason(mut self, reason: &str) -> Self {
        self.reason = reason.to_string();
        self
    }

    /// Append a header (duplicates allowed, order kept).
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// Replace the body.
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self
    }

    /// Wait this long before answering (or closing).
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    /// Send the body with `Transfer-Encoding: chunked`, in three chunks
    /// (or fewer for bodies shorter than 3 bytes).
    pub fn chunked(self) -> Self {
        let size = self.body.len().div_ceil(3).max(1);
        self.chunked_by(size)
    }

    /// Send the body chunked, `size` bytes per chunk.
    pub fn chunked_by(mut self, size: usize) -> Self {
        self.chunk_size = Some(size.max(1));
        self
    }

    /// Gzip the current body and add `Content-Encoding: gzip`.
    pub fn gzip(mut self) -> Self {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(&self.body).expect("gzip");
        self.body = enc.finish().expect("gzip");
        self.header("Content-Encoding", "gzip")
    }

    /// zlib-wrap (HTTP `deflate`) the body and add `Content-Encoding: deflate`.
    pub fn deflate(mut self) -> Self {
        use std::io::Write;
        let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(&self.body).expect("deflate");
        self.body = enc.finish().expect("deflate");
        self.header("Content-Encoding", "deflate")
    }

    /// Brotli-compress the body and add `Content-Encoding: br`.
    pub fn brotli(mut self) -> Self {
        use std::io::Write;
        let mut out = Vec::new();
        {
            let mut enc = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
            enc.write_all(&self.body).expect("brotli");
        }
        self.body = out;
        self.header("Content-Encoding", "br")
    }

    pub(crate) fn has_header(&self, name: &str) -> bool {
        self.headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case(name))
    }
}

/// Standard reason phrase for common status codes ("" if unknown).
pub fn reason_phrase(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        418 => "I'm a teapot",
        422 => "Unprocessable Content",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

pub(crate) type Handler = dyn Fn(&Recorded) -> Reply + Send + Sync + 'static;

pub(crate) struct Shared {
    pub(crate) handler: Box<Handler>,
    pub(crate) requests: Mutex<Vec<Recorded>>,
    pub(crate) connections: AtomicUsize,
    pub(crate) port: u16,
}

/// A running server; stops when dropped.
pub struct TestServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    thread: Option<JoinHandle<()>>,
    pki: Option<Pki>,
}

#[derive(Clone, Copy, PartialEq)]
enum ClientAuth {
    None,
    Optional,
    Required,
}

impl TestServer {
    /// Plain HTTP server.
    pub fn start(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> Self {
        Self::spawn(Box::new(handler), None)
    }

    /// HTTPS server with a fresh CA-signed certificate for `localhost`,
    /// `127.0.0.1` and `::1`; trust [`TestServer::ca_path`].
    pub fn start_tls(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> Self {
        Self::spawn_tls(Box::new(handler), ClientAuth::None)
    }

    /// HTTPS server that REQUIRES a client certificate signed by its own
    /// client CA; use [`TestServer::client_cert_path`] / [`TestServer::client_key_path`].
    pub fn start_tls_client_auth(
        handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static,
    ) -> Self {
        Self::spawn_tls(Box::new(handler), ClientAuth::Required)
    }

    /// Like [`TestServer::start_tls_client_auth`] but clients without a
    /// certificate are accepted too (see [`Recorded::client_cert`]).
    pub fn start_tls_client_auth_optional(
        handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static,
    ) -> Self {
        Self::spawn_tls(Box::new(handler), ClientAuth::Optional)
    }

    fn spawn_tls(handler: Box<Handler>, auth: ClientAuth) -> Self {
        let pki = certs::generate(auth != ClientAuth::None);
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .expect("TLS versions");
        let builder = match (&pki.client, auth) {
            (Some(client), ClientAuth::Optional | ClientAuth::Required) => {
                let mut roots = rustls::RootCertStore::empty();
                roots.add(client.ca.cert_der.clone()).expect("client CA");
                let b = rustls::server::WebPkiClientVerifier::builder_with_provider(
                    Arc::new(roots),
                    provider,
                );
                let b = if auth == ClientAuth::Optional {
                    b.allow_unauthenticated()
                } else {
                    b
                };
                builder.with_client_cert_verifier(b.build().expect("client verifier"))
            }
            _ => builder.with_no_client_auth(),
        };
        let chain = vec![pki.server.leaf.cert_der.clone()];
        let mut config = builder
            .with_single_cert(chain, pki.server.leaf.rustls_key())
            .expect("server certificate");
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let mut srv = Self::spawn(handler, Some(acceptor));
        srv.pki = Some(pki);
        srv
    }

    fn spawn(handler: Box<Handler>, tls: Option<tokio_rustls::TlsAcceptor>) -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("local addr");
        let shared = Arc::new(Shared {
            handler,
            requests: Mutex::new(Vec::new()),
            connections: AtomicUsize::new(0),
            port: addr.port(),
        });
        let (stop, stop_rx) = watch::channel(false);
        let sh = shared.clone();
        let thread = std::thread::Builder::new()
            .name(format!("test-server-{}", addr.port()))
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                    .expect("test server runtime");
                rt.block_on(accept_loop(listener, sh, tls, stop_rx));
                rt.shutdown_timeout(Duration::from_millis(500));
            })
            .expect("spawn test server thread");
        TestServer {
            addr,
            shared,
            stop,
            thread: Some(thread),
            pki: None,
        }
    }

    /// `http://127.0.0.1:PORT` or `https://127.0.0.1:PORT` (no trailing slash).
    pub fn base_url(&self) -> String {
        let scheme = if self.is_tls() { "https" } else { "http" };
        format!("{scheme}://127.0.0.1:{}", self.addr.port())
    }

    /// `base_url()` + `path` (which should start with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url())
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn is_tls(&self) -> bool {
        self.pki.is_some()
    }

    /// Everything that arrived so far, in arrival order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.requests.lock().unwrap().clone()
    }

    pub fn request_count(&self) -> usize {
        self.shared.requests.lock().unwrap().len()
    }

    /// Forget the recorded requests.
    pub fn clear_requests(&self) {
        self.shared.requests.lock().unwrap().clear();
    }

    /// Number of TCP connections accepted so far.
    pub fn connection_count(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Wait (polling, blocking the thread) until at least `n` requests have
    /// arrived or `timeout` elapsed; returns what arrived.
    pub fn wait_for_requests(&self, n: usize, timeout: Duration) -> Vec<Recorded> {
        let deadline = Instant::now() + timeout;
        while self.request_count() < n && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        self.requests()
    }

    fn pki(&self) -> &Pki {
        self.pki.as_ref().expect("not a TLS test server")
    }

    /// PEM file of the CA that signed the server certificate.
    pub fn ca_path(&self) -> &Path {
        &self.pki().ca_path
    }

    /// PEM of the CA that signed the server certificate.
    pub fn ca_pem(&self) -> &str {
        &self.pki().server.ca.cert_pem
    }

    /// PEM file of the server (leaf) certificate.
    pub fn cert_path(&self) -> &Path {
        &self.pki().cert_path
    }

    fn client_pki(&self) -> &certs::Chain {
        self.pki()
            .client
            .as_ref()
            .expect("not a client-auth test server")
    }

    /// PEM file of a client certificate this server accepts.
    pub fn client_cert_path(&self) -> &Path {
        self.client_pki();
        self.pki().client_cert_path.as_deref().unwrap()
    }

    /// PEM (PKCS#8) file of the key of [`TestServer::client_cert_path`].
    pub fn client_key_path(&self) -> &Path {
        self.client_pki();
        self.pki().client_key_path.as_deref().unwrap()
    }

    /// PEM file of the CA that signed the client certificate.
    pub fn client_ca_path(&self) -> &Path {
        self.client_pki();
        self.pki().client_ca_path.as_deref().unwrap()
    }

    /// The client certificate and key, for an in-process rustls client.
    pub fn client_identity(&self) -> &certs::Issued {
        &self.client_pki().leaf
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.send_replace(true);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
