//! The wire side of the test server (`server.rs`): accepting (plain or TLS)
//! connections, reading HTTP/1.1 requests byte-exactly (Content-Length,
//! chunked, `Expect: 100-continue`, pipelining) and writing [`Reply`]s.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::watch;

use super::server::{Action, Recorded, Reply, Shared, MAX_BODY, MAX_HEAD};

pub(crate) async fn accept_loop(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
    tls: Option<tokio_rustls::TlsAcceptor>,
    mut stop: watch::Receiver<bool>,
) {
    let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
    loop {
        let (tcp, _) = tokio::select! {
            _ = stop.changed() => return,
            r = listener.accept() => match r {
                Ok(c) => c,
                Err(_) => continue,
            },
        };
        let _ = tcp.set_nodelay(true);
        let conn = shared.connections.fetch_add(1, Ordering::SeqCst);
        let shared = shared.clone();
        let tls = tls.clone();
        tokio::spawn(async move {
            match tls {
                None => serve(tcp, &shared, conn, false, false).await,
                Some(acceptor) => {
                    let hs = tokio::time::timeout(Duration::from_secs(10), acceptor.accept(tcp));
                    if let Ok(Ok(stream)) = hs.await {
                        let cert = stream.get_ref().1.peer_certificates().is_some();
                        serve(stream, &shared, conn, true, cert).await;
                    }
                }
            }
        });
    }
}

enum ReqError {
    /// Connection failed or closed mid-request: just drop it.
    Io,
    /// Answer with this status, then close.
    Status(u16),
}

impl From<std::io::Error> for ReqError {
    fn from(_: std::io::Error) -> Self {
        ReqError::Io
    }
}

async fn serve<S: AsyncRead + AsyncWrite + Unpin>(
    mut s: S,
    shared: &Shared,
    conn: usize,
    tls: bool,
    client_cert: bool,
) {
    let mut buf = Vec::with_capacity(8192);
    loop {
        let req = match read_request(&mut s, &mut buf).await {
            Ok(Some(r)) => r,
            Ok(None) | Err(ReqError::Io) => return,
            Err(ReqError::Status(code)) => {
                let _ = write_reply(&mut s, &Reply::new(code), false, true).await;
                let _ = s.shutdown().await;
                return;
            }
        };
        let rec = Recorded {
            tls,
            client_cert,
            port: shared.port,
            conn,
            ..req
        };
        shared.requests.lock().unwrap().push(rec.clone());
        let reply = catch_unwind(AssertUnwindSafe(|| (shared.handler)(&rec))).unwrap_or_else(|p| {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Reply::text(500, format!("test server handler panicked: {msg}"))
        });
        if let Some(d) = reply.delay {
            tokio::time::sleep(d).await;
        }
        let close = match &reply.action {
            Action::Close => true,
            Action::Raw(bytes) => {
                let _ = s.write_all(bytes).await;
                true
            }
            Action::Respond => {
                let client_close = wants_close(&rec);
                let close = client_close || header_has_token(&reply.headers, "connection", "close");
                let head = rec.method.eq_ignore_ascii_case("HEAD");
                if write_reply(&mut s, &reply, head, client_close)
                    .await
                    .is_err()
                {
                    return;
                }
                close
            }
        };
        if close {
            let _ = s.flush().await;
            let _ = s.shutdown().await;
            return;
        }
    }
}

fn wants_close(rec: &Recorded) -> bool {
    let headers = &rec.headers;
    if rec.version.eq_ignore_ascii_case("HTTP/1.1") {
        header_has_token(headers, "connection", "close")
    } else {
        !header_has_token(headers, "connection", "keep-alive")
    }
}

fn header_has_token(headers: &[(String, String)], name: &str, token: &str) -> bool {
    headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case(name))
        .flat_map(|(_, v)| v.split(','))
        .any(|t| t.trim().eq_ignore_ascii_case(token))
}

async fn write_reply<S: AsyncWrite + Unpin>(
    s: &mut S,
    reply: &Reply,
    head_request: bool,
    add_close: bool,
) -> std::io::Result<()> {
    let status = reply.status;
    let mut out = format!("HTTP/1.1 {} {}\r\n", status, reply.reason).into_bytes();
    for (k, v) in &reply.headers {
        out.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    let bodyless_status = (100..200).contains(&status) || status == 204 || status == 304;
    if let Some(_size) = reply.chunk_size {
        if !reply.has_header("transfer-encoding") {
            out.extend_from_slice(b"Transfer-Encoding: chunked\r\n");
        }
    } else if !bodyless_status && !reply.has_header("content-length") {
        out.extend_from_slice(format!("Content-Length: {}\r\n", reply.body.len()).as_bytes());
    }
    if add_close && !reply.has_header("connection") {
        out.extend_from_slice(b"Connection: close\r\n");
    }
    out.extend_from_slice(b"\r\n");
    if head_request || bodyless_status {
        return write_flush(s, &out).await;
    }
    match reply.chunk_size {
        None => {
            out.extend_from_slice(&reply.body);
            write_flush(s, &out).await
        }
        Some(size) => {
            write_flush(s, &out).await?;
            for chunk in reply.body.chunks(size) {
                let mut c = format!("{:x}\r\n", chunk.len()).into_bytes();
                c.extend_from_slice(chunk);
                c.extend_from_slice(b"\r\n");
                write_flush(s, &c).await?;
            }
            write_flush(s, b"0\r\n\r\n").await
        }
    }
}

async fn write_flush<S: AsyncWrite + Unpin>(s: &mut S, bytes: &[u8]) -> std::io::Result<()> {
    s.write_all(bytes).await?;
    s.flush().await
}

/// Read more bytes into `buf`; `false` on EOF.
async fn fill<S: AsyncRead + Unpin>(s: &mut S, buf: &mut Vec<u8>) -> std::io::Result<bool> {
    buf.reserve(16 * 1024);
    Ok(s.read_buf(buf).await? > 0)
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// Take one CRLF-terminated line (CRLF included) off the front of `buf`.
async fn read_line<S: AsyncRead + Unpin>(
    s: &mut S,
    buf: &mut Vec<u8>,
) -> Result<Vec<u8>, ReqError> {
    let mut from = 0;
    loop {
        if let Some(i) = find(buf, b"\r\n", from) {
            return Ok(buf.drain(..i + 2).collect());
        }
        if buf.len() > 64 * 1024 {
            return Err(ReqError::Status(400));
        }
        from = buf.len().saturating_sub(1);
        if !fill(s, buf).await? {
            return Err(ReqError::Io);
        }
    }
}

/// Make sure `buf` holds at least `n` bytes.
async fn need<S: AsyncRead + Unpin>(
    s: &mut S,
    buf: &mut Vec<u8>,
    n: usize,
) -> Result<(), ReqError> {
    while buf.len() < n {
        if !fill(s, buf).await? {
            return Err(ReqError::Io);
        }
    }
    Ok(())
}

/// Read one request; `Ok(None)` on a clean EOF between requests.
async fn read_request<S: AsyncRead + AsyncWrite + Unpin>(
    s: &mut S,
    buf: &mut Vec<u8>,
) -> Result<Option<Recorded>, ReqError> {
    let mut from = 0;
    let head_len = loop {
        if let Some(i) = find(buf, b"\r\n\r\n", from) {
            break i + 4;
        }
        if buf.len() > MAX_HEAD {
            return Err(ReqError::Status(431));
        }
        from = buf.len().saturating_sub(3);
        if !fill(s, buf).await? {
            return if buf.is_empty() {
                Ok(None)
            } else {
                Err(ReqError::Io)
            };
        }
    };
    let mut raw: Vec<u8> = buf.drain(..head_len).collect();
    let mut req = parse_head(&raw[..head_len - 4]).ok_or(ReqError::Status(400))?;

    let chunked = req
        .headers_named("transfer-encoding")
        .last()
        .and_then(|v| v.split(',').next_back())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("chunked"));
    let length = match req.header("content-length") {
        Some(v) if !chunked => Some(v.trim().parse::<u64>().map_err(|_| ReqError::Status(400))?),
        _ => None,
    };
    if length.is_some_and(|n| n > MAX_BODY as u64) {
        return Err(ReqError::Status(413));
    }
    let expects_body = chunked || length.is_some_and(|n| n > 0);
    if expects_body
        && req
            .header("expect")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("100-continue"))
    {
        write_flush(s, b"HTTP/1.1 100 Continue\r\n\r\n").await?;
    }

    if chunked {
        let mut body = Vec::new();
        loop {
            let line = read_line(s, buf).await?;
            raw.extend_from_slice(&line);
            let text =
                std::str::from_utf8(&line[..line.len() - 2]).map_err(|_| ReqError::Status(400))?;
            let hex = text.split(';').next().unwrap_or("").trim();
            let size = usize::from_str_radix(hex, 16).map_err(|_| ReqError::Status(400))?;
            if size == 0 {
                loop {
                    let trailer = read_line(s, buf).await?;
                    raw.extend_from_slice(&trailer);
                    if trailer == b"\r\n" {
                        break;
                    }
                }
                break;
            }
            if body.len() + size > MAX_BODY {
                return Err(ReqError::Status(413));
            }
            need(s, buf, size + 2).await?;
            if &buf[size..size + 2] != b"\r\n" {
                return Err(ReqError::Status(400));
            }
            body.extend_from_slice(&buf[..size]);
            raw.extend(buf.drain(..size + 2));
        }
        req.body = body;
    } else if let Some(n) = length {
        let n = n as usize;
        need(s, buf, n).await?;
        req.body = buf.drain(..n).collect();
        raw.extend_from_slice(&req.body);
    }
    req.raw = raw;
    Ok(Some(req))
}

/// Parse request line and headers (without the final CRLFCRLF).
fn parse_head(head: &[u8]) -> Option<Recorded> {
    let text = String::from_utf8_lossy(head);
    let mut lines = text.split("\r\n");
    let mut parts = lines.next()?.split(' ');
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || method.is_empty() || target.is_empty() {
        return None;
    }
    if !version.starts_with("HTTP/1.") {
        return None;
    }
    let mut headers = Vec::new();
    for line in lines {
        let (name, value) = line.split_once(':')?;
        if name.is_empty() || name.ends_with([' ', '\t']) {
            return None;
        }
        headers.push((
            name.to_string(),
            value.trim_matches([' ', '\t']).to_string(),
        ));
    }
    Some(Recorded {
        method: method.to_string(),
        target: target.to_string(),
        version: version.to_string(),
        headers,
        body: Vec::new(),
        raw: Vec::new(),
        tls: false,
        client_cert: false,
        port: 0,
        conn: 0,
    })
}
