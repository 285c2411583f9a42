//! Tests for the in-process test server in `tests/support/server.rs`, using
//! raw `std::net::TcpStream` clients and rustls clients, so the rest of the
//! suite can trust what the server records and sends.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use support::server::{Recorded, Reply, TestServer};

/// A parsed HTTP response as read by the raw test client.
struct Resp {
    status: u16,
    head: String,
    body: Vec<u8>,
    raw: Vec<u8>,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers(name).into_iter().next()
    }
    fn headers(&self, name: &str) -> Vec<&str> {
        self.head
            .split("\r\n")
            .skip(1)
            .filter_map(|l| l.split_once(": "))
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
            .collect()
    }
}

fn read_line<R: BufRead>(r: &mut R, raw: &mut Vec<u8>) -> String {
    let mut line = Vec::new();
    r.read_until(b'\n', &mut line).unwrap();
    raw.extend_from_slice(&line);
    String::from_utf8(line).unwrap()
}

/// Read one response (Content-Length, chunked or bodyless).
fn read_resp<R: BufRead>(r: &mut R, head_request: bool) -> Resp {
    let mut raw = Vec::new();
    let mut head = String::new();
    loop {
        let line = read_line(r, &mut raw);
        assert!(!line.is_empty(), "EOF in response head: {head:?}");
        if line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let head = head.trim_end().to_string();
    let status: u16 = head[9..12].parse().unwrap();
    let mut resp = Resp {
        status,
        head,
        body: Vec::new(),
        raw: Vec::new(),
    };
    if head_request || status == 204 || status == 304 || status < 200 {
    } else if resp.header("transfer-encoding") == Some("chunked") {
        loop {
            let size = usize::from_str_radix(read_line(r, &mut raw).trim(), 16).unwrap();
            let mut chunk = vec![0; size + 2];
            r.read_exact(&mut chunk).unwrap();
            raw.extend_from_slice(&chunk);
            if size == 0 {
                break;
            }
            resp.body.extend_from_slice(&chunk[..size]);
        }
    } else {
        let n: usize = resp.header("content-length").unwrap().parse().unwrap();
        resp.body = vec![0; n];
        r.read_exact(&mut resp.body).unwrap();
        raw.extend_from_slice(&resp.body);
    }
    resp.raw = raw;
    resp
}

fn connect(srv: &TestServer) -> BufReader<TcpStream> {
    let s = TcpStream::connect(srv.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    BufReader::new(s)
}

/// Send `req` on a fresh connection and read one response.
fn exchange(srv: &TestServer, req: &[u8]) -> Resp {
    let mut c = connect(srv);
    c.get_mut().write_all(req).unwrap();
    read_resp(&mut c, req.starts_with(b"HEAD "))
}

fn get(srv: &TestServer, target: &str) -> Resp {
    let req = format!("GET {target} HTTP/1.1\r\nHost: x\r\n\r\n");
    exchange(srv, req.as_bytes())
}

fn echo(req: &Recorded) -> Reply {
    Reply::text(200, format!("{} {}", req.method, req.target))
}

#[test]
fn records_exact_request_and_sends_exact_reply() {
    let srv = TestServer::start(|_: &Recorded| Reply::json(200, r#"{"ok":true}"#));
    assert!(srv.base_url().starts_with("http://127.0.0.1:"));
    let sent = b"POST /a?b=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Dup: 1\r\ncontent-type:  application/json \r\nX-Dup: 2\r\nContent-Length: 2\r\n\r\n{}";
    let resp = exchange(&srv, sent);
    assert_eq!(
        resp.raw,
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}"
    );
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!((r.method.as_str(), r.target.as_str()), ("POST", "/a?b=1"));
    assert_eq!((r.version.as_str(), r.path()), ("HTTP/1.1", "/a"));
    assert_eq!(r.header("Content-Type"), Some("application/json"));
    assert_eq!(r.headers_named("x-dup"), ["1", "2"]);
    assert_eq!(r.headers[2].0, "content-type", "names keep their case");
    assert_eq!(r.body, b"{}");
    assert_eq!(r.body_str(), "{}");
    assert_eq!(r.raw, sent);
    assert!(!r.tls && !r.client_cert);
    assert_eq!(r.port, srv.port());
}

#[test]
fn keep_alive_and_pipelining_share_one_connection() {
    let srv = TestServer::start(echo);
    let mut c = connect(&srv);
    for i in 0..2 {
        let req = format!("GET /seq/{i} HTTP/1.1\r\nHost: x\r\n\r\n");
        c.get_mut().write_all(req.as_bytes()).unwrap();
        assert_eq!(
            read_resp(&mut c, false).body,
            format!("GET /seq/{i}").as_bytes()
        );
    }
    // two pipelined requests in a single write, the second one with a body
    let pipelined = b"GET /p/1 HTTP/1.1\r\nHost: x\r\n\r\nPUT /p/2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc";
    c.get_mut().write_all(pipelined).unwrap();
    assert_eq!(read_resp(&mut c, false).body, b"GET /p/1");
    assert_eq!(read_resp(&mut c, false).body, b"PUT /p/2");
    let reqs = srv.requests();
    let targets: Vec<_> = reqs.iter().map(|r| r.target.as_str()).collect();
    assert_eq!(targets, ["/seq/0", "/seq/1", "/p/1", "/p/2"]);
    assert!(reqs.iter().all(|r| r.conn == 0));
    assert_eq!(reqs[3].body, b"abc");
    assert_eq!(srv.connection_count(), 1);

    // Connection: close is honoured and echoed
    c.get_mut()
        .write_all(b"GET /bye HTTP/1.1\r\nConnection: close\r\n\r\n")
        .unwrap();
    let resp = read_resp(&mut c, false);
    assert_eq!(resp.header("connection"), Some("close"));
    let mut rest = Vec::new();
    assert_eq!(c.read_to_end(&mut rest).unwrap(), 0, "server closed");
}

#[test]
fn chunked_request_body_is_dechunked_and_raw_is_exact() {
    let srv = TestServer::start(|r: &Recorded| Reply::text(200, r.body_str()));
    let sent = b"POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n";
    let resp = exchange(&srv, sent);
    assert_eq!(resp.body, b"hello world");
    let r = &srv.requests()[0];
    assert_eq!(r.body, b"hello world");
    assert_eq!(r.raw, sent);
}

#[test]
fn expect_100_continue_is_answered_before_the_body() {
    let srv = TestServer::start(|r: &Recorded| Reply::text(201, r.body_str()));
    let mut c = connect(&srv);
    c.get_mut()
        .write_all(
            b"PUT /e HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n",
        )
        .unwrap();
    let interim = read_resp(&mut c, false);
    assert_eq!(interim.raw, b"HTTP/1.1 100 Continue\r\n\r\n");
    c.get_mut().write_all(b"data").unwrap();
    let resp = read_resp(&mut c, false);
    assert_eq!((resp.status, resp.body.as_slice()), (201, &b"data"[..]));
    assert_eq!(srv.requests()[0].body, b"data");
}

#[test]
fn many_concurrent_connections() {
    let srv = Arc::new(TestServer::start(echo));
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let srv = srv.clone();
            std::thread::spawn(move || {
                let mut c = connect(&srv);
                for i in 0..5 {
                    let req = format!("GET /t{t}/{i} HTTP/1.1\r\nHost: x\r\n\r\n");
                    c.get_mut().write_all(req.as_bytes()).unwrap();
                    let body = read_resp(&mut c, false).body;
                    assert_eq!(body, format!("GET /t{t}/{i}").as_bytes());
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 40);
    let mut conns: Vec<_> = reqs.iter().map(|r| r.conn).collect();
    conns.sort();
    conns.dedup();
    assert_eq!(conns.len(), 8);
    assert_eq!(srv.connection_count(), 8);
}

fn router(r: &Recorded) -> Reply {
    let text = "hello hello hello compressed world";
    match r.path() {
        "/redirect" => Reply::redirect(302, "/target"),
        "/cookies" => Reply::text(200, "c")
            .header("Set-Cookie", "a=1; Path=/")
            .header("Set-Cookie", "b=2; HttpOnly"),
        "/gzip" => Reply::text(200, text).gzip(),
        "/deflate" => Reply::text(200, text).deflate(),
        "/br" => Reply::text(200, text).brotli(),
        "/chunked" => Reply::text(200, "0123456789").chunked(),
        "/gzip-chunked" => Reply::text(200, text).gzip().chunked_by(7),
        "/nocontent" => Reply::new(204),
        "/teapot" => Reply::new(418).reason("Short And Stout").body("tea"),
        "/panic" => panic!("boom"),
        _ => Reply::text(404, "nope"),
    }
}

#[test]
fn reply_builders_redirect_cookies_compression_chunked() {
    let srv = TestServer::start(router);
    let r = get(&srv, "/redirect");
    assert_eq!(
        r.raw,
        b"HTTP/1.1 302 Found\r\nLocation: /target\r\nContent-Length: 0\r\n\r\n"
    );
    assert_eq!(
        get(&srv, "/cookies").headers("set-cookie"),
        ["a=1; Path=/", "b=2; HttpOnly"]
    );

    let text = b"hello hello hello compressed world";
    let r = get(&srv, "/gzip");
    assert_eq!(r.header("content-encoding"), Some("gzip"));
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&r.body[..])
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out, text);

    let r = get(&srv, "/deflate");
    assert_eq!(r.header("content-encoding"), Some("deflate"));
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(&r.body[..])
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out, text);

    let r = get(&srv, "/br");
    assert_eq!(r.header("content-encoding"), Some("br"));
    let mut out = Vec::new();
    brotli::Decompressor::new(&r.body[..], 4096)
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out, text);

    let r = get(&srv, "/chunked");
    assert_eq!(r.header("content-length"), None);
    assert!(r
        .raw
        .ends_with(b"\r\n\r\n4\r\n0123\r\n4\r\n4567\r\n2\r\n89\r\n0\r\n\r\n"));
    assert_eq!(r.body, b"0123456789");

    let r = get(&srv, "/gzip-chunked");
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&r.body[..])
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out, text);

    assert_eq!(
        get(&srv, "/nocontent").raw,
        b"HTTP/1.1 204 No Content\r\n\r\n"
    );
    let r = get(&srv, "/teapot");
    assert!(r.head.starts_with("HTTP/1.1 418 Short And Stout\r\n"));
    assert_eq!(r.body, b"tea");

    let gz_len = get(&srv, "/gzip").body.len().to_string();
    let r = exchange(&srv, b"HEAD /gzip HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(r.header("content-length"), Some(gz_len.as_str()));
    assert!(r.body.is_empty());

    let r = get(&srv, "/panic");
    assert_eq!(r.status, 500);
    assert!(String::from_utf8_lossy(&r.body).contains("boom"));
}

#[test]
fn delay_close_and_raw_replies() {
    let srv = TestServer::start(|r: &Recorded| match r.path() {
        "/slow" => Reply::text(200, "late").delay(Duration::from_millis(300)),
        "/close" => Reply::close(),
        _ => Reply::raw("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort"),
    });
    let t = Instant::now();
    assert_eq!(get(&srv, "/slow").body, b"late");
    assert!(t.elapsed() >= Duration::from_millis(300));

    let mut c = connect(&srv);
    c.get_mut()
        .write_all(b"GET /close HTTP/1.1\r\n\r\n")
        .unwrap();
    let mut rest = Vec::new();
    assert_eq!(
        c.read_to_end(&mut rest).unwrap(),
        0,
        "closed without answer"
    );

    let mut c = connect(&srv);
    c.get_mut().write_all(b"GET /raw HTTP/1.1\r\n\r\n").unwrap();
    c.read_to_end(&mut rest).unwrap();
    assert_eq!(rest, b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort");
    assert_eq!(srv.request_count(), 3, "all three were recorded");
}

#[test]
fn oversized_and_malformed_requests_are_refused() {
    let srv = TestServer::start(echo);
    let big = format!(
        "POST /big HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
        100 << 20
    );
    let r = exchange(&srv, big.as_bytes());
    assert_eq!(r.status, 413);
    assert_eq!(exchange(&srv, b"NONSENSE\r\n\r\n").status, 400);
    assert_eq!(
        exchange(&srv, b"GET / HTTP/1.1\r\nNoColon\r\n\r\n").status,
        400
    );
    assert_eq!(srv.request_count(), 0);
}

fn client_config(
    srv: &TestServer,
    identity: Option<(CertificateDer<'static>, PrivateKeyDer<'static>)>,
) -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_file(srv.ca_path()).unwrap())
        .unwrap();
    let b = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots);
    Arc::new(match identity {
        Some((cert, key)) => b.with_client_auth_cert(vec![cert], key).unwrap(),
        None => b.with_no_client_auth(),
    })
}

/// Sync TLS GET with rustls; `Err` if the handshake or exchange fails.
fn tls_get(
    srv: &TestServer,
    host: &str,
    config: Arc<rustls::ClientConfig>,
) -> Result<Resp, String> {
    let name = ServerName::try_from(host.to_string()).unwrap();
    let conn = rustls::ClientConnection::new(config, name).map_err(|e| e.to_string())?;
    let tcp = TcpStream::connect(srv.addr()).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut tls = rustls::StreamOwned::new(conn, tcp);
    let req = format!("GET /tls HTTP/1.1\r\nHost: {host}\r\n\r\n");
    tls.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
    let mut first = [0u8; 1];
    tls.read_exact(&mut first).map_err(|e| e.to_string())?;
    let mut r = BufReader::new(first.chain(tls));
    Ok(read_resp(&mut r, false))
}

#[test]
fn tls_with_generated_ca_sync_client() {
    let srv = TestServer::start_tls(echo);
    assert!(srv.base_url().starts_with("https://127.0.0.1:"));
    let pem = std::fs::read_to_string(srv.ca_path()).unwrap();
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"));
    assert_eq!(pem, srv.ca_pem());
    assert!(srv.ca_path().starts_with(env!("CARGO_TARGET_TMPDIR")));
    for host in ["localhost", "127.0.0.1"] {
        let r = tls_get(&srv, host, client_config(&srv, None)).unwrap();
        assert_eq!(r.body, b"GET /tls");
    }
    let reqs = srv.requests();
    assert!(reqs.iter().all(|r| r.tls && !r.client_cert));
    assert_eq!(reqs[1].raw, b"GET /tls HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

    // a client that does not trust the CA is refused
    let other = TestServer::start_tls(echo);
    assert!(tls_get(&srv, "localhost", client_config(&other, None)).is_err());
}

#[test]
fn tls_client_auth_required() {
    let srv = TestServer::start_tls_client_auth(echo);
    let cert = CertificateDer::from_pem_file(srv.client_cert_path()).unwrap();
    let key = PrivateKeyDer::from_pem_file(srv.client_key_path()).unwrap();
    let r = tls_get(&srv, "localhost", client_config(&srv, Some((cert, key)))).unwrap();
    assert_eq!(r.status, 200);
    assert!(tls_get(&srv, "localhost", client_config(&srv, None)).is_err());
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 1);
    assert!(reqs[0].tls && reqs[0].client_cert);
}

#[test]
fn tls_client_auth_optional() {
    let srv = TestServer::start_tls_client_auth_optional(echo);
    let id = srv.client_identity();
    let with = client_config(&srv, Some((id.cert_der.clone(), id.rustls_key())));
    tls_get(&srv, "localhost", client_config(&srv, None)).unwrap();
    tls_get(&srv, "localhost", with).unwrap();
    let flags: Vec<bool> = srv.requests().iter().map(|r| r.client_cert).collect();
    assert_eq!(flags, [false, true]);
}

#[tokio::test]
async fn works_from_tokio_tests_with_tokio_rustls() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let srv = TestServer::start_tls(|_: &Recorded| {
        Reply::json(200, r#"{"ok":true}"#).header("Connection", "close")
    });
    let connector = tokio_rustls::TlsConnector::from(client_config(&srv, None));
    let tcp = tokio::net::TcpStream::connect(srv.addr()).await.unwrap();
    let name = ServerName::try_from("localhost").unwrap();
    let mut tls = connector.connect(name, tcp).await.unwrap();
    let alpn = tls.get_ref().1.alpn_protocol().map(|p| p.to_vec());
    assert_eq!(alpn, None, "client offered no ALPN");
    tls.write_all(b"DELETE /x HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut out = Vec::new();
    tls.read_to_end(&mut out).await.unwrap();
    assert_eq!(
        out,
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: 11\r\n\r\n{\"ok\":true}"
    );
    assert_eq!(srv.requests()[0].method, "DELETE");
    drop(srv); // dropping inside an async context must not panic or hang
}

#[test]
fn stops_and_cleans_up_when_dropped() {
    let srv = TestServer::start_tls_client_auth(echo);
    let addr = srv.addr();
    let files = [
        srv.ca_path().to_path_buf(),
        srv.client_key_path().to_path_buf(),
    ];
    assert!(files.iter().all(|f| f.exists()));
    // an idle open connection must not keep the server alive
    let _idle = TcpStream::connect(addr).unwrap();
    let t = Instant::now();
    drop(srv);
    assert!(t.elapsed() < Duration::from_secs(2));
    assert!(TcpStream::connect(addr).is_err());
    assert!(files.iter().all(|f| !f.exists()));
}

#[test]
fn wait_for_requests_returns_what_arrived() {
    let srv = TestServer::start(echo);
    let url = srv.addr();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        let mut s = TcpStream::connect(url).unwrap();
        s.write_all(b"GET /late HTTP/1.1\r\n\r\n").unwrap();
        let mut b = [0u8; 16];
        let _ = s.read(&mut b);
    });
    let reqs = srv.wait_for_requests(1, Duration::from_secs(5));
    assert_eq!(reqs[0].target, "/late");
    t.join().unwrap();
    srv.clear_requests();
    assert_eq!(srv.request_count(), 0);
}
