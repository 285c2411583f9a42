//! AWS Signature Version 4, as postman-runtime 7.39.1 (`authorizer/aws4.js`) signs requests
//! with the aws4 1.13.2 library. This module owns the parameters of an `awsv4` auth block
//! (defaults: service `execute-api`, region `us-east-1`), the clean-up of old auth data,
//! `X-Amz-Content-Sha256`, the canonical request (aws4's path normalisation, query sorting,
//! header folding), and the result: the `Host`, `X-Amz-Security-Token`, `X-Amz-Date` and
//! `Authorization` headers in aws4's order, or the presigned `X-Amz-*` query parameters.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::{
    body_kind, decode_uri_component, hmac, is_js_space, js_trim, percent_bytes,
    remove_query_params, take_implicit_content_type, BodyKind,
};
use crate::request::body::form_escape;
use crate::request::RequestSpec;

/// Headers aws4 never signs.
const UNSIGNED_HEADERS: &[&str] = &[
    "authorization",
    "connection",
    "x-amzn-trace-id",
    "user-agent",
    "expect",
    "presigned-expires",
    "range",
];

/// The query parameters postman-runtime removes before signing (not `X-Amz-Expires`).
const AUTH_QUERY_PARAMS: &[&str] = &[
    "X-Amz-Security-Token",
    "X-Amz-Date",
    "X-Amz-Algorithm",
    "X-Amz-Credential",
    "X-Amz-SignedHeaders",
    "X-Amz-Signature",
];

/// The parameters of an `awsv4` auth block, resolved (`None`: absent or null).
#[derive(Clone, Default, PartialEq)]
pub struct AwsV4Params {
    pub access_key: Option<String>,
    pub secret_key: Option<String>,
    pub session_token: Option<String>,
    pub service: Option<String>,
    pub region: Option<String>,
    pub add_to_query: bool,
}

impl std::fmt::Debug for AwsV4Params {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the secrets.
        f.debug_struct("AwsV4Params")
            .field("access_key", &self.access_key)
            .field("service", &self.service)
            .field("region", &self.region)
            .finish_non_exhaustive()
    }
}

/// A query parameter's value in Node's `querystring.parse` result: repeated keys collect
/// their values.
#[derive(Debug, Clone, PartialEq)]
enum QueryValue {
    One(String),
    Many(Vec<String>),
}

impl QueryValue {
    /// JavaScript's `String(value)`.
    fn text(&self) -> String {
        match self {
            QueryValue::One(s) => s.clone(),
            QueryValue::Many(v) => v.join(","),
        }
    }
}

/// An object with string keys in insertion order (`querystring.parse`, aws4's headers).
type Object<V> = Vec<(String, V)>;

fn get<'a, V>(obj: &'a Object<V>, key: &str) -> Option<&'a V> {
    obj.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn set<V>(obj: &mut Object<V>, key: &str, value: V) {
    match obj.iter_mut().find(|(k, _)| k == key) {
        Some((_, v)) => *v = value,
        None => obj.push((key.to_string(), value)),
    }
}

/// Signs `spec` now. `Err`: signing failed as it fails in Newman (an unparsable `Date`
/// header, a malformed escape in an S3 path); the clean-up already done stays.
pub fn sign(p: &AwsV4Params, spec: &mut RequestSpec) -> Result<(), String> {
    sign_at(p, spec, Utc::now())
}

fn sign_at(p: &AwsV4Params, spec: &mut RequestSpec, now: DateTime<Utc>) -> Result<(), String> {
    // The URL is taken before the clean-up: the signed path keeps old X-Amz-* parameters.
    let host = spec.url.host_header.clone();
    let path = spec.url.target.clone();
    for name in [
        "Authorization",
        "X-Amz-Date",
        "X-Amz-Security-Token",
        "X-Amz-Content-Sha256",
    ] {
        spec.remove_header(name);
    }
    remove_query_params(&mut spec.url, AUTH_QUERY_PARAMS);
    // A Content-Type courier's body builder added goes out after the auth headers and is
    // not signed: postman-runtime adds it only when sending.
    let kind = body_kind(spec);
    let implicit_content_type = take_implicit_content_type(spec);
    let signed = sign_clean(p, spec, kind, host, &path, now);
    spec.headers.extend(implicit_content_type);
    signed
}

/// Signs a request already cleaned of old auth data; `host` and `path` are its URL's.
fn sign_clean(
    p: &AwsV4Params,
    spec: &mut RequestSpec,
    kind: BodyKind,
    host: String,
    path: &str,
    now: DateTime<Utc>,
) -> Result<(), String> {
    let non_empty = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
    let mut service = non_empty(&p.service).unwrap_or_else(|| "execute-api".into());
    if service == "email" {
        service = "ses".into();
    }
    let region = non_empty(&p.region).unwrap_or_else(|| "us-east-1".into());
    let access_key = p.access_key.clone().unwrap_or_else(|| "undefined".into());
    let secret_key = p.secret_key.clone().unwrap_or_else(|| "undefined".into());
    let session_token = non_empty(&p.session_token);
    let s3 = service == "s3";
    let query_mode = p.add_to_query;

    if !query_mode && !matches!(kind, BodyKind::Empty | BodyKind::FormData) {
        let hash = hex(&Sha256::digest(spec.body.bytes()));
        spec.headers.push(("X-Amz-Content-Sha256".into(), hash));
    }

    // aws4's view of the headers: one key per exact name, repeated names joined by `,`.
    let mut headers: Object<String> = Vec::new();
    for (k, v) in &spec.headers {
        match headers.iter_mut().find(|(name, _)| name == k) {
            Some((_, joined)) => {
                joined.push(',');
                joined.push_str(v);
            }
            None => headers.push((k.clone(), v.clone())),
        }
    }
    let first_new = headers.len();
    if get(&headers, "Host").is_none() && get(&headers, "host").is_none() {
        headers.push(("Host".into(), host));
    }

    let (canonical_path, mut query) = parse_path(path)?;
    // aws4's `getDateTime`: from a `Date` header, else now (unless the query has one).
    let header_date = get(&headers, "Date").or_else(|| get(&headers, "date"));
    let datetime_now = || match header_date.filter(|d| !d.is_empty()) {
        Some(d) => parse_js_date(d).map(amz_datetime),
        None => Ok(amz_datetime(now)),
    };
    let datetime;
    if query_mode {
        let q = query.get_or_insert_with(Vec::new);
        if let Some(token) = &session_token {
            set(q, "X-Amz-Security-Token", QueryValue::One(token.clone()));
        }
        let truthy = |v: Option<&QueryValue>| match v {
            Some(QueryValue::One(s)) => !s.is_empty(),
            Some(QueryValue::Many(_)) => true,
            None => false,
        };
        if s3 && !truthy(get(q, "X-Amz-Expires")) {
            set(q, "X-Amz-Expires", QueryValue::One("86400".into()));
        }
        match get(q, "X-Amz-Date") {
            Some(d) if truthy(Some(d)) => datetime = d.text(),
            _ => {
                datetime = datetime_now()?;
                set(q, "X-Amz-Date", QueryValue::One(datetime.clone()));
            }
        }
    } else {
        datetime = datetime_now()?;
        if let Some(token) = &session_token {
            headers.push(("X-Amz-Security-Token".into(), token.clone()));
        }
        if s3
            && get(&headers, "X-Amz-Content-Sha256").is_none()
            && get(&headers, "x-amz-content-sha256").is_none()
        {
            headers.push(("X-Amz-Content-Sha256".into(), hex(&Sha256::digest(b""))));
        }
        headers.push(("X-Amz-Date".into(), datetime.clone()));
    }

    let date: String = datetime.chars().take(8).collect();
    let scope = format!("{date}/{region}/{service}/aws4_request");
    let mut signed: Vec<(String, &String)> = headers
        .iter()
        .map(|(k, v)| (k.to_lowercase(), v))
        .filter(|(k, _)| !UNSIGNED_HEADERS.contains(&k.as_str()))
        .collect();
    signed.sort_by(|a, b| a.0.cmp(&b.0));
    let signed_names = signed
        .iter()
        .map(|(k, _)| k.as_str())
        .collect::<Vec<_>>()
        .join(";");
    if let Some(q) = query.as_mut().filter(|_| query_mode) {
        set(
            q,
            "X-Amz-Algorithm",
            QueryValue::One("AWS4-HMAC-SHA256".into()),
        );
        let credential = format!("{access_key}/{scope}");
        set(q, "X-Amz-Credential", QueryValue::One(credential));
        set(
            q,
            "X-Amz-SignedHeaders",
            QueryValue::One(signed_names.clone()),
        );
    }

    let payload_hash = if s3 && query_mode {
        "UNSIGNED-PAYLOAD".to_string()
    } else {
        get(&headers, "X-Amz-Content-Sha256")
            .or_else(|| get(&headers, "x-amz-content-sha256"))
            .cloned()
            .unwrap_or_else(|| hex(&Sha256::digest(b"")))
    };
    let canonical_headers: Vec<String> = signed
        .iter()
        .map(|(k, v)| format!("{k}:{}", fold_spaces(js_trim(v))))
        .collect();
    let canonical = [
        if spec.method.is_empty() {
            "GET"
        } else {
            &spec.method
        },
        &canonical_uri(&canonical_path, s3)?,
        &canonical_query(query.as_ref(), s3),
        &format!("{}\n", canonical_headers.join("\n")),
        &signed_names,
        &payload_hash,
    ]
    .join("\n");
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n{datetime}\n{scope}\n{}",
        hex(&Sha256::digest(canonical.as_bytes()))
    );
    let mut key = hmac::<Sha256>(format!("AWS4{secret_key}").as_bytes(), date.as_bytes());
    for part in [&region, &service, "aws4_request"] {
        key = hmac::<Sha256>(&key, part.as_bytes());
    }
    let signature = hex(&hmac::<Sha256>(&key, string_to_sign.as_bytes()));

    if let Some(mut q) = query.filter(|_| query_mode) {
        set(&mut q, "X-Amz-Signature", QueryValue::One(signature));
        // Only the X-Amz-* parameters the request does not have (any more) are added.
        let present: Vec<String> = spec
            .url
            .query
            .as_deref()
            .map(|q| {
                q.split('&')
                    .map(|p| p.split('=').next().unwrap_or("").into())
            })
            .into_iter()
            .flatten()
            .collect();
        for (key, value) in q {
            if !key.starts_with("X-Amz-") || present.contains(&form_escape(&key)) {
                continue;
            }
            let values = match value {
                QueryValue::One(v) => vec![v],
                QueryValue::Many(v) => v,
            };
            for v in values {
                let v = form_escape(&v);
                spec.url
                    .append_query_param(&form_escape(&key), Some(&v), true);
            }
        }
    } else {
        let auth = format!(
            "AWS4-HMAC-SHA256 Credential={access_key}/{scope}, SignedHeaders={signed_names}, Signature={signature}"
        );
        headers.push(("Authorization".into(), auth));
    }
    // postman-runtime upserts aws4's headers: a name given several times gets all its
    // values at its first place (the later ones stay), new ones are appended in aws4's order.
    let old = std::mem::take(&mut spec.headers);
    for (i, (name, value)) in old.iter().enumerate() {
        if old[..i].iter().any(|(n, _)| n == name) {
            spec.headers.push((name.clone(), value.clone()));
        } else {
            spec.headers
                .extend(old.iter().filter(|(n, _)| n == name).cloned());
        }
    }
    spec.headers.extend(headers.into_iter().skip(first_new));
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// aws4's date-time: ISO 8601 basic, to the second (`20240102T030405Z`).
fn amz_datetime(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// `new Date(value)` for the formats HTTP dates come in (RFC 2822/1123, ISO 8601).
fn parse_js_date(value: &str) -> Result<DateTime<Utc>, String> {
    let v = js_trim(value);
    DateTime::parse_from_rfc2822(v)
        .or_else(|_| DateTime::parse_from_rfc3339(v))
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| "Invalid time value".to_string())
}

/// `s.replace(/\s+/g, ' ')`.
fn fold_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if is_js_space(c) {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// aws4's `parsePath`: re-encodes a path holding characters outside its safe set
/// (`encodeURI(decodeURI(path))`), then splits off and parses the query.
#[allow(clippy::type_complexity)]
fn parse_path(path: &str) -> Result<(String, Option<Object<QueryValue>>), String> {
    let safe = |c: char| c.is_ascii_alphanumeric() || ";,/?:@&=+$-_.!~*'()#%".contains(c);
    let path = if path.chars().all(safe) {
        path.to_string()
    } else {
        encode_uri(&decode_uri(path)?)
    };
    Ok(match path.split_once('?') {
        Some((p, q)) => (p.to_string(), Some(parse_query(q))),
        None => (path, None),
    })
}

/// Node's `querystring.parse`: `+` is a space, bad escapes are kept, repeated keys collect.
fn parse_query(q: &str) -> Object<QueryValue> {
    let mut obj: Object<QueryValue> = Vec::new();
    for piece in q.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
        let (k, v) = (lenient_decode(k), lenient_decode(v));
        match obj.iter_mut().find(|(key, _)| *key == k) {
            Some((_, value)) => {
                *value = match std::mem::replace(value, QueryValue::Many(Vec::new())) {
                    QueryValue::One(first) => QueryValue::Many(vec![first, v]),
                    QueryValue::Many(mut list) => {
                        list.push(v);
                        QueryValue::Many(list)
                    }
                };
            }
            None => obj.push((k, QueryValue::One(v))),
        }
    }
    obj
}

fn lenient_decode(s: &str) -> String {
    let bytes = percent_bytes(&s.replace('+', " "), true).unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// `decodeURI`: like `decodeURIComponent`, but escapes of `;/?:@&=+$,#` stay as written.
fn decode_uri(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let hex = rest
            .get(i + 1..i + 3)
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        let first = hex.ok_or("URI malformed")?;
        let len = match first {
            0x00..=0x7f => 1,
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => return Err("URI malformed".into()),
        };
        let escaped = rest.get(i..i + 3 * len).ok_or("URI malformed")?;
        let decoded = decode_uri_component(escaped)?;
        if len == 1 && ";/?:@&=+$,#".contains(first as char) {
            out.push_str(escaped);
        } else {
            out.push_str(&decoded);
        }
        rest = &rest[i + 3 * len..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `encodeURI`.
fn encode_uri(s: &str) -> String {
    let keep = |b: u8| b.is_ascii_alphanumeric() || b";,/?:@&=+$-_.!~*'()#".contains(&b);
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// aws4's canonical path: segments RFC 3986-encoded (again); other services also drop
/// empty and `.` segments and resolve `..`; S3 decodes each segment first and keeps `/`.
fn canonical_uri(path: &str, s3: bool) -> Result<String, String> {
    if path == "/" {
        return Ok(path.to_string());
    }
    let mut path = path.to_string();
    if !s3 {
        while path.contains("//") {
            path = path.replace("//", "/");
        }
    }
    let mut out: Vec<String> = Vec::new();
    for piece in path.split('/') {
        if !s3 && piece == ".." {
            out.pop();
        } else if s3 || piece != "." {
            let piece = if s3 {
                decode_uri_component(&piece.replace('+', " "))?
            } else {
                piece.to_string()
            };
            out.push(form_escape(&piece));
        }
    }
    let mut joined = out.join("/");
    if !joined.starts_with('/') {
        joined.insert(0, '/');
    }
    if s3 {
        joined = joined.replace("%2F", "/");
    }
    Ok(joined)
}

/// aws4's canonical query: keys and values RFC 3986-encoded, sorted by key; repeated keys
/// sort their values (S3 keeps only the first); empty keys are left out.
fn canonical_query(query: Option<&Object<QueryValue>>, s3: bool) -> String {
    let Some(query) = query else {
        return String::new();
    };
    let mut keys: Vec<(String, &QueryValue)> = query
        .iter()
        .filter(|(k, _)| !k.is_empty())
        .map(|(k, v)| (form_escape(k), v))
        .collect();
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    let mut pieces = Vec::new();
    for (key, value) in keys {
        match value {
            QueryValue::Many(list) if !s3 => {
                let mut values: Vec<String> = list.iter().map(|v| form_escape(v)).collect();
                values.sort();
                pieces.extend(values.into_iter().map(|v| format!("{key}={v}")));
            }
            QueryValue::Many(list) => pieces.push(format!("{key}={}", form_escape(&list[0]))),
            QueryValue::One(v) => pieces.push(format!("{key}={}", form_escape(v))),
        }
    }
    pieces.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::url::{resolve_url, UrlDef};
    use crate::request::{Behavior, Body};

    #[test]
    fn corpus_request_signed_at_a_fixed_time_matches_newman() {
        // k6-material-2-awsv4, sent by Newman 6.2.2 with its clock at 2024-01-02T03:04:05.678Z.
        let url = resolve_url(
            &UrlDef::parse("example.com"),
            &|s: &str| s.to_string(),
            false,
        );
        let mut spec = RequestSpec {
            method: "GET".into(),
            url: url.expect("url"),
            headers: Vec::new(),
            body: Body::None,
            behavior: Behavior::default(),
        };
        let p = AwsV4Params {
            access_key: Some("accesskey".into()),
            secret_key: Some("secretkey".into()),
            session_token: Some("session".into()),
            service: Some("service".into()),
            region: Some("region".into()),
            add_to_query: false,
        };
        let now = DateTime::parse_from_rfc3339("2024-01-02T03:04:05.678Z").unwrap();
        sign_at(&p, &mut spec, now.with_timezone(&Utc)).unwrap();
        let h: Vec<String> = spec
            .headers
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        assert_eq!(
            h,
            [
                "Host: example.com",
                "X-Amz-Security-Token: session",
                "X-Amz-Date: 20240102T030405Z",
                "Authorization: AWS4-HMAC-SHA256 Credential=accesskey/20240102/region/service/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=f0a5760f925a625de92dd29a145a43eca6f6d86aa49c7f6fd03918c84aab9cba",
            ]
        );
    }

    #[test]
    fn canonical_paths_follow_aws4() {
        assert_eq!(
            canonical_uri("/a%20b//c/./d/../e", false).unwrap(),
            "/a%2520b/c/e"
        );
        assert_eq!(
            canonical_uri("/a%20b/c%2Fd/./x", true).unwrap(),
            "/a%20b/c/d/./x"
        );
        assert_eq!(canonical_uri("/..", false).unwrap(), "/");
        assert!(canonical_uri("/%zz", true).is_err());
    }

    #[test]
    fn paths_with_unsafe_characters_are_reencoded_like_encode_uri_decode_uri() {
        let (path, query) = parse_path("/a[b]%2F%20%25?x=%5B|").unwrap();
        assert_eq!(path, "/a%5Bb%5D%252F%20%25");
        assert_eq!(
            query,
            Some(vec![("x".to_string(), QueryValue::One("[|".into()))])
        );
    }

    #[test]
    fn query_parsing_and_canonical_order_follow_node() {
        let q = parse_query("b=2&a=1&b=1&&c&d=%zz&e=a+b");
        assert_eq!(
            canonical_query(Some(&q), false),
            "a=1&b=1&b=2&c=&d=%25zz&e=a%20b"
        );
        assert_eq!(
            canonical_query(Some(&q), true),
            "a=1&b=2&c=&d=%25zz&e=a%20b"
        );
    }
}
