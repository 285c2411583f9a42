//! What one run hands to the sandbox: the event, the response's status line and sizes and
//! its body as a plain string (`__courier.begin`), and parts the sandbox fetches
//! (`host.part`) and parses only when a script uses them, each its own JSON text: a head
//! document (`pm.info`, cookies), the request in collection JSON form, the response
//! headers, and the variable scopes as rows.

use serde::ser::{Serialize, SerializeSeq, Serializer};
use serde_json::Value;

use super::{Listen, ScriptInput};
use crate::http::Response;
use crate::request::{Body, RequestSpec};
use crate::runner::Scopes;
use crate::vars::{ScopeChain, VariableScope};

/// A scope as `[key, value, type, disabled, valueIsUndefined]` rows, every entry in order.
struct Rows<'a>(&'a VariableScope);

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        const UNDEFINED: &Value = &Value::Null;
        let vars = self.0.vars();
        let mut seq = s.serialize_seq(Some(vars.len()))?;
        for v in vars {
            let (value, undefined) = match &v.value {
                Some(value) => (value, false),
                None => (UNDEFINED, true),
            };
            seq.serialize_element(&(&v.key, value, v.kind.as_deref(), !v.enabled, undefined))?;
        }
        seq.end()
    }
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct InfoIn<'a> {
    event_name: &'a str,
    iteration: usize,
    iteration_count: usize,
    request_name: &'a str,
    request_id: &'a str,
    location: &'a [String],
}

/// A response as `pm.sendRequest`'s callback gets it (the body travels separately).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct ResponseIn<'a> {
    code: u16,
    status: &'a str,
    header: &'a [(String, String)],
    response_time: f64,
    response_size: f64,
}

impl<'a> ResponseIn<'a> {
    pub fn new(r: &'a Response) -> Self {
        let (code, status, response_time, response_size) = meta(r);
        ResponseIn {
            code,
            status,
            header: &r.headers,
            response_time,
            response_size,
        }
    }
}

/// A response's code, reason, time (ms) and body size.
pub(super) fn meta(r: &Response) -> (u16, &str, f64, f64) {
    (
        r.status,
        &r.reason,
        r.elapsed.as_millis() as f64,
        r.body_size as f64,
    )
}

#[derive(serde::Serialize)]
struct Head<'a> {
    info: InfoIn<'a>,
    cookies: &'a [(String, String)],
}

/// The response body as text (invalid UTF-8 is replaced, as Newman's `text()` does).
pub(super) fn body_text(r: &Response) -> String {
    String::from_utf8_lossy(&r.body).into_owned()
}

/// The input of one run: the parts the sandbox parses only when a script uses them, in
/// this order: head (event, `pm.info`, cookies), request, response headers, globals,
/// collection variables, environment, locals, data row.
pub(super) struct Document {
    /// `prerequest` or `test`.
    pub listen: &'static str,
    pub parts: Vec<String>,
}

impl Document {
    /// Bytes handed over, for sizing the memory cap.
    pub fn len(&self) -> usize {
        self.parts.iter().map(String::len).sum::<usize>()
    }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_string())
}

/// Builds the input of one run.
pub(super) fn document(input: &ScriptInput<'_>, scopes: &Scopes) -> Document {
    let listen = match input.listen {
        Listen::Prerequest => "prerequest",
        Listen::Test => "test",
    };
    let request = match (input.listen, input.request_sent) {
        (Listen::Test, Some(spec)) => json(&sent_request(spec, input.request, scopes, input.data)),
        _ => json(input.request),
    };
    let event_name = if input.info.event_name.is_empty() {
        listen
    } else {
        input.info.event_name.as_str()
    };
    let head = Head {
        info: InfoIn {
            event_name,
            iteration: input.info.iteration,
            iteration_count: input.info.iteration_count,
            request_name: &input.info.request_name,
            request_id: &input.info.request_id,
            location: &input.info.location,
        },
        cookies: &input.cookies,
    };
    let headers = match (input.listen, input.response) {
        (Listen::Test, Some(r)) => json(&r.headers),
        _ => "null".to_string(),
    };
    Document {
        listen,
        parts: vec![
            json(&head),
            request,
            headers,
            json(&Rows(&scopes.globals)),
            json(&Rows(&scopes.collection)),
            json(&Rows(&scopes.environment)),
            json(&Rows(&scopes.local)),
            json(&Rows(input.data)),
        ],
    }
}

/// The request test scripts see: method, URL and headers as sent; the body in its mode with
/// variables resolved (a raw body exactly as sent); other fields (auth, description) from
/// the item. Written straight to JSON, without building a `Value` first.
struct SentRequest<'a> {
    item: &'a Value,
    spec: &'a RequestSpec,
    body: Option<Value>,
}

/// A header as `{"key": ..., "value": ...}`.
#[derive(serde::Serialize)]
struct HeaderIn<'a> {
    key: &'a str,
    value: &'a str,
}

impl Serialize for SentRequest<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        if let Value::Object(m) = self.item {
            for (k, v) in m {
                if !matches!(k.as_str(), "url" | "method" | "header" | "body") {
                    map.serialize_entry(k, v)?;
                }
            }
        }
        map.serialize_entry("url", &self.spec.url.href)?;
        map.serialize_entry("method", &self.spec.method)?;
        let headers: Vec<HeaderIn<'_>> = self
            .spec
            .headers
            .iter()
            .map(|(key, value)| HeaderIn { key, value })
            .collect();
        map.serialize_entry("header", &headers)?;
        if let Some(body) = &self.body {
            map.serialize_entry("body", body)?;
        }
        map.end()
    }
}

fn sent_request<'a>(
    spec: &'a RequestSpec,
    item: &'a Value,
    scopes: &Scopes,
    data: &VariableScope,
) -> SentRequest<'a> {
    let body = item.get("body").filter(|b| b.is_object()).map(|body| {
        let chain = ScopeChain {
            local: &scopes.local,
            data,
            environment: &scopes.environment,
            collection: &scopes.collection,
            globals: &scopes.globals,
        };
        let mut body = resolve_strings(body, &chain);
        if body.get("mode").and_then(Value::as_str) == Some("raw") {
            if let (Body::Bytes(bytes), Value::Object(b)) = (&spec.body, &mut body) {
                b.insert(
                    "raw".into(),
                    Value::String(String::from_utf8_lossy(bytes).into_owned()),
                );
            }
        }
        body
    });
    SentRequest { item, spec, body }
}

fn resolve_strings(v: &Value, chain: &ScopeChain<'_>) -> Value {
    match v {
        Value::String(s) => Value::String(chain.resolve(s).into_owned()),
        Value::Array(a) => Value::Array(a.iter().map(|x| resolve_strings(x, chain)).collect()),
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, x)| (k.clone(), resolve_strings(x, chain)))
                .collect(),
        ),
        other => other.clone(),
    }
}
