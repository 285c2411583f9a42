//! Request bodies in Postman's modes (raw, urlencoded, formdata, file, graphql), resolved
//! and encoded exactly as Newman puts them on the wire, with the content type each implies.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{BuildError, RequestSpec};
use crate::collection::model::{BodyDef, FormParam};
use crate::vars::{js_string, ScopeChain};

/// Body bytes of a resolved request.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Body {
    #[default]
    None,
    Bytes(Vec<u8>),
}

impl Body {
    pub fn bytes(&self) -> &[u8] {
        match self {
            Body::None => &[],
            Body::Bytes(b) => b,
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Body::None)
    }
}

/// Builds the body of `def` into `spec`, adding the implied Content-Type when none is set.
/// Files that cannot be read are skipped with a warning in `warnings`, as Newman does.
pub fn build(
    def: &BodyDef,
    vars: &ScopeChain<'_>,
    working_dir: &Path,
    spec: &mut RequestSpec,
    warnings: &mut Vec<String>,
) -> Result<(), BuildError> {
    let mode = def.mode.as_deref().unwrap_or("");
    match mode {
        "raw" => {
            if def.raw.is_empty() {
                return Ok(());
            }
            let mut text = vars.resolve(&def.raw).into_owned();
            let language = def.raw_language();
            // The language decides when it is given; otherwise the content type does.
            let is_json = match language {
                Some(l) => l == "json",
                None => spec
                    .header("content-type")
                    .is_some_and(|ct| ct.to_ascii_lowercase().contains("json")),
            };
            if is_json {
                text = strip_json_comments(&text);
            }
            if !spec.has_header("Content-Type") {
                let ct = match language {
                    Some("json") => "application/json",
                    Some("xml") => "application/xml",
                    Some("html") => "text/html",
                    Some("javascript") => "application/javascript",
                    _ => "text/plain",
                };
                spec.headers.push(("Content-Type".into(), ct.into()));
            }
            spec.body = Body::Bytes(text.into_bytes());
        }
        "urlencoded" => {
            let params: Vec<&FormParam> = def.urlencoded.iter().filter(|p| !p.disabled).collect();
            if params.is_empty() {
                return Ok(());
            }
            // Like postman-request's form object: duplicate keys are grouped at the position
            // of their first occurrence.
            let mut groups: Vec<(String, Vec<String>)> = Vec::new();
            for p in params {
                let key = vars.resolve(&p.key).into_owned();
                let value = param_text(p, vars);
                match groups.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, values)) => values.push(value),
                    None => groups.push((key, vec![value])),
                }
            }
            let mut out = String::new();
            for (key, values) in &groups {
                for v in values {
                    if !out.is_empty() {
                        out.push('&');
                    }
                    out.push_str(&form_escape(key));
                    out.push('=');
                    out.push_str(&form_escape(v));
                }
            }
            let keep = spec
                .header("content-type")
                .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
            if !keep && !content_type_disabled(spec) {
                spec.remove_header("Content-Type");
                spec.headers.push((
                    "Content-Type".into(),
                    "application/x-www-form-urlencoded".into(),
                ));
            }
            spec.body = Body::Bytes(out.into_bytes());
        }
        "formdata" => {
            let params: Vec<&FormParam> = def.formdata.iter().filter(|p| !p.disabled).collect();
            if params.is_empty() {
                return Ok(());
            }
            let user_boundary = spec
                .header("content-type")
                .filter(|ct| ct.starts_with("multipart/form-data;"))
                .and_then(|ct| ct.split_once("boundary="))
                .map(|(_, b)| b.trim().trim_matches('"').to_string())
                .filter(|b| !b.is_empty());
            let boundary = user_boundary.clone().unwrap_or_else(new_boundary);
            let mut out = Vec::new();
            let mut parts = 0usize;
            for p in params {
                let name = vars.resolve(&p.key).into_owned();
                if p.kind.as_deref() == Some("file") {
                    let srcs: Vec<String> = match &p.src {
                        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
                        Some(Value::Array(a)) => a
                            .iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect(),
                        _ => Vec::new(),
                    };
                    if srcs.is_empty() {
                        part_header(
                            &mut out,
                            &boundary,
                            &name,
                            Some(""),
                            p.content_type.as_deref(),
                        );
                        out.extend_from_slice(b"\r\n");
                        parts += 1;
                        continue;
                    }
                    for src in srcs {
                        let path = resolve_path(working_dir, &vars.resolve(&src));
                        let data = match std::fs::read(&path) {
                            Ok(d) => d,
                            Err(e) => {
                                warnings.push(format!(
                                    "form param `{name}`, file load error: {}: {e}; the part is not sent",
                                    path.display()
                                ));
                                continue;
                            }
                        };
                        parts += 1;
                        let filename = path
                            .file_name()
                            .map(|f| f.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        let ct = p
                            .content_type
                            .clone()
                            .unwrap_or_else(|| mime_for(&filename).to_string());
                        part_header(&mut out, &boundary, &name, Some(&filename), Some(&ct));
                        out.extend_from_slice(&data);
                        out.extend_from_slice(b"\r\n");
                    }
                } else {
                    let value = param_text(p, vars);
                    let ct = p.content_type.as_deref().filter(|c| !c.is_empty());
                    part_header(&mut out, &boundary, &name, None, ct);
                    out.extend_from_slice(value.as_bytes());
                    out.extend_from_slice(b"\r\n");
                    parts += 1;
                }
            }
            if parts == 0 {
                return Ok(());
            }
            out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
            if user_boundary.is_none() && !content_type_disabled(spec) {
                spec.remove_header("Content-Type");
                spec.headers.push((
                    "Content-Type".into(),
                    format!("multipart/form-data; boundary={boundary}"),
                ));
            }
            spec.body = Body::Bytes(out);
        }
        "file" => {
            let Some(file) = &def.file else { return Ok(()) };
            if let Some(src) = file.src.as_deref().filter(|s| !s.is_empty()) {
                let path = resolve_path(working_dir, src);
                match std::fs::read(&path) {
                    Ok(data) => spec.body = Body::Bytes(data),
                    Err(e) => warnings.push(format!(
                        "body file load error: {}: {e}; no body is sent",
                        path.display()
                    )),
                }
            } else if let Some(content) = &file.content {
                spec.body = Body::Bytes(content.clone().into_bytes());
            }
        }
        "graphql" => {
            let Some(g) = &def.graphql else { return Ok(()) };
            let text = graphql_body(g, vars);
            if !spec.has_header("Content-Type") {
                spec.headers
                    .push(("Content-Type".into(), "application/json".into()));
            }
            spec.body = Body::Bytes(text.into_bytes());
        }
        _ => {}
    }
    Ok(())
}

/// The GraphQL body as postman-runtime builds it: string variables are spliced in verbatim
/// (not re-serialised); object variables go through JSON serialisation.
fn graphql_body(g: &crate::collection::model::GraphqlBody, vars: &ScopeChain<'_>) -> String {
    let query = g.query.as_deref().map(|q| vars.resolve(q).into_owned());
    let op = g
        .operation_name
        .as_deref()
        .map(|o| vars.resolve(o).into_owned());
    match &g.variables {
        Some(Value::String(_)) | None | Some(Value::Null) => {
            let mut parts = Vec::new();
            if let Some(q) = &query {
                parts.push(format!("\"query\":{}", Value::String(q.clone())));
            }
            if let Some(o) = &op {
                parts.push(format!("\"operationName\":{}", Value::String(o.clone())));
            }
            if let Some(Value::String(v)) = &g.variables {
                if !v.is_empty() {
                    parts.push(format!("\"variables\":{}", vars.resolve(v)));
                }
            }
            format!("{{{}}}", parts.join(","))
        }
        Some(other) => {
            let mut obj = serde_json::Map::new();
            if let Some(q) = query {
                obj.insert("query".into(), Value::String(q));
            }
            if let Some(o) = op {
                obj.insert("operationName".into(), Value::String(o));
            }
            obj.insert("variables".into(), other.clone());
            Value::Object(obj).to_string()
        }
    }
}

fn content_type_disabled(spec: &RequestSpec) -> bool {
    spec.behavior
        .disabled_system_headers
        .iter()
        .any(|h| h == "content-type")
}

fn param_text(p: &FormParam, vars: &ScopeChain<'_>) -> String {
    match &p.value {
        None => String::new(),
        Some(Value::String(s)) => vars.resolve(s).into_owned(),
        Some(v @ (Value::Object(_) | Value::Array(_))) => v.to_string(),
        Some(v) => js_string(v).unwrap_or_default(),
    }
}

fn resolve_path(working_dir: &Path, src: &str) -> PathBuf {
    let p = Path::new(src);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        working_dir.join(p)
    }
}

fn part_header(
    out: &mut Vec<u8>,
    boundary: &str,
    name: &str,
    filename: Option<&str>,
    ct: Option<&str>,
) {
    out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
    let name = name.replace('"', "%22");
    match filename {
        Some(f) => out.extend_from_slice(
            format!(
                "Content-Disposition: form-data; name=\"{name}\"; filename=\"{}\"\r\n",
                f.replace('"', "%22")
            )
            .as_bytes(),
        ),
        None => out.extend_from_slice(
            format!("Content-Disposition: form-data; name=\"{name}\"\r\n").as_bytes(),
        ),
    }
    if let Some(ct) = ct {
        out.extend_from_slice(format!("Content-Type: {ct}\r\n").as_bytes());
    }
    out.extend_from_slice(b"\r\n");
}

/// A multipart boundary shaped like the one Newman's form-data library makes.
fn new_boundary() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    let digits: String = (0..24)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect();
    format!("--------------------------{digits}")
}

/// The body of a spec as the auth signers see it. A spec keeps only bytes, so the mode is inferred:
/// urlencoded is `k=v&…` escaped as courier's form encoder writes it under an
/// `application/x-www-form-urlencoded` Content-Type; form-data has a multipart type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Empty,
    UrlEncoded,
    FormData,
    Other,
}

pub fn body_kind(spec: &RequestSpec) -> BodyKind {
    let body = spec.body.bytes();
    if body.is_empty() {
        return BodyKind::Empty;
    }
    let ct = spec
        .header("content-type")
        .unwrap_or("")
        .to_ascii_lowercase();
    if ct.starts_with("multipart/form-data") {
        BodyKind::FormData
    } else if ct.starts_with("application/x-www-form-urlencoded") && is_form_encoded(body) {
        BodyKind::UrlEncoded
    } else {
        BodyKind::Other
    }
}

fn is_form_encoded(body: &[u8]) -> bool {
    body.split(|&b| b == b'&').all(|pair| {
        let mut equals = 0;
        let mut i = 0;
        while i < pair.len() {
            match pair[i] {
                b'=' => equals += 1,
                b'%' => {
                    let hex = |j: usize| pair.get(j).is_some_and(u8::is_ascii_hexdigit);
                    if !(hex(i + 1) && hex(i + 2)) {
                        return false;
                    }
                    i += 2;
                }
                b if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) => {}
                _ => return false,
            }
            i += 1;
        }
        equals == 1
    })
}

/// Whether the last header is the `Content-Type` courier's body builder added when
/// postman-runtime adds it only at send time, after the auth headers: all but raw JSON's. A
/// user header with the same name, value and place is taken for it (the spec does not say
/// which it is).
pub fn has_implicit_content_type(spec: &RequestSpec) -> bool {
    let kind = body_kind(spec);
    let Some((name, value)) = spec.headers.last() else {
        return false;
    };
    if name != "Content-Type" {
        return false;
    }
    let body = spec.body.bytes();
    match value.as_str() {
        "text/plain" | "application/xml" | "text/html" | "application/javascript" => true,
        "application/json" => {
            body.starts_with(b"{\"query\":") || body.starts_with(b"{\"operationName\":")
        }
        "application/x-www-form-urlencoded" => kind == BodyKind::UrlEncoded,
        v => v
            .strip_prefix("multipart/form-data; boundary=--------------------------")
            .is_some_and(|d| d.len() == 24 && d.bytes().all(|b| b.is_ascii_digit())),
    }
}

/// Whether a Content-Type is the one the body builder writes for urlencoded or form-data.
pub fn is_form_content_type(value: &str) -> bool {
    value == "application/x-www-form-urlencoded" || value.starts_with("multipart/form-data")
}

/// The `Content-Type` postman-runtime adds to a file body when it sends the request (after
/// auth and the system headers, so no signature covers it): the file's type from its
/// extension, unless the request has one or the header is disabled, or the file did not load.
pub(super) fn add_file_content_type(spec: &mut RequestSpec, def: &BodyDef) {
    if def.disabled || def.mode.as_deref() != Some("file") {
        return;
    }
    let Some(src) = def.file.as_ref().and_then(|f| f.src.as_deref()) else {
        return;
    };
    if src.is_empty()
        || matches!(spec.body, Body::None)
        || spec.has_header("Content-Type")
        || content_type_disabled(spec)
    {
        return;
    }
    spec.headers
        .push(("Content-Type".into(), mime_for(src).to_string()));
}

/// The content type form-data infers from a file name.
pub fn mime_for(filename: &str) -> &'static str {
    let ext = filename
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "txt" | "text" => "text/plain",
        "csv" => "text/csv",
        "json" => "application/json",
        "xml" => "application/xml",
        "html" | "htm" => "text/html",
        "js" => "application/javascript",
        "css" => "text/css",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "gz" => "application/gzip",
        _ => "application/octet-stream",
    }
}

/// Escapes a urlencoded form key or value as postman-request does (Node's
/// `querystring.escape`, then RFC 3986 escaping of `!'()*`).
pub fn form_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Removes `//` and `/* */` comments outside of JSON strings.
pub fn strip_json_comments(text: &str) -> String {
    if !text.contains("//") && !text.contains("/*") {
        return text.to_string();
    }
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let mut in_str = false;
    while i < b.len() {
        let c = b[i];
        if in_str {
            out.push(c);
            if c == b'\\' && i + 1 < b.len() {
                out.push(b[i + 1]);
                i += 2;
                continue;
            }
            if c == b'"' {
                in_str = false;
            }
            i += 1;
        } else if c == b'"' {
            in_str = true;
            out.push(c);
            i += 1;
        } else if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i < b.len() && !(b[i] == b'*' && b.get(i + 1) == Some(&b'/')) {
                i += 1;
            }
            i = (i + 2).min(b.len());
        } else {
            out.push(c);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_comments_are_stripped_outside_strings() {
        let src = "{\n // note\n \"a\": \"http://x\", /* b */ \"c\": 1\n}";
        assert_eq!(
            strip_json_comments(src),
            "{\n \n \"a\": \"http://x\",  \"c\": 1\n}"
        );
    }

    #[test]
    fn form_escape_matches_node_querystring() {
        assert_eq!(
            form_escape("a b&c=d/é*~!'()"),
            "a%20b%26c%3Dd%2F%C3%A9%2A~%21%27%28%29"
        );
    }

    #[test]
    fn boundary_has_form_data_shape() {
        let b = new_boundary();
        assert_eq!(b.len(), 50);
        assert!(b.starts_with("--------------------------"));
    }
}
