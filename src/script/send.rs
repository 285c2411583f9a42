//! `pm.sendRequest`: a request a script queued (collection JSON form, as postman-runtime
//! receives it), sent through the run's HTTP client, cookie jar and TLS settings. As in
//! Newman: no `{{variable}}` resolution, bodies are kept on GET, file uploads are refused
//! with a warning, the request's own `auth` is applied, and the system headers are added.

use std::path::Path;

use serde_json::Value;

use super::input::{body_text, ResponseIn};
use crate::auth::{self, Auth};
use crate::collection::model::RequestDef;
use crate::http::HttpClient;
use crate::request::{self, Behavior};
use crate::vars::{ScopeChain, VariableScope};

/// The outcome handed back to the script's callback.
pub(super) struct Sent {
    /// `{"message", "code"}` when there was no response.
    pub error: Option<String>,
    /// The response document (see [`ResponseIn`]) and its body.
    pub response: Option<(String, String)>,
    /// Console warnings (files removed from the request).
    pub warnings: Vec<String>,
}

fn failure(code: &str, message: String) -> Sent {
    Sent {
        error: Some(serde_json::json!({ "message": message, "code": code }).to_string()),
        response: None,
        warnings: Vec::new(),
    }
}

/// Sends one queued request.
pub(super) async fn send(http: &HttpClient, request: &Value) -> Sent {
    let mut def: RequestDef = match serde_json::from_value(request.clone()) {
        Ok(d) => d,
        Err(e) => return failure("ERR_INVALID_REQUEST", format!("invalid request: {e}")),
    };
    let mut warnings = Vec::new();
    if let Some(body) = &mut def.body {
        let files_removed = match body.mode.as_deref() {
            Some("file") => {
                def.body = None;
                true
            }
            Some("formdata") => {
                let before = body.formdata.len();
                body.formdata.retain(|p| p.kind.as_deref() != Some("file"));
                body.formdata.len() != before
            }
            _ => false,
        };
        if files_removed {
            warnings.push("uploading files from scripts is not allowed".to_string());
        }
    }
    let behavior = Behavior {
        disable_body_pruning: true,
        ..Behavior::default()
    };
    // Nothing is resolved: dynamic `{{$name}}` tokens resolve to themselves.
    let literal = literal_dynamic_tokens(request);
    let chain = ScopeChain::only(&literal);
    let mut notes = Vec::new();
    let mut spec = match request::build(&def, &chain, &behavior, Path::new("."), &mut notes) {
        Ok(s) => s,
        Err(e) => {
            let mut f = failure("ERR_INVALID_REQUEST", e.to_string());
            f.warnings = warnings;
            return f;
        }
    };
    let auth = match auth::effective(std::iter::once(def.auth.as_ref())) {
        Some(a) => auth::resolve(a, &chain),
        None => Auth::None,
    };
    auth.apply(&mut spec);
    request::add_system_headers(&mut spec, &crate::vars::new_uuid().to_string());
    match http.send(spec, &auth).await {
        Ok(exchange) => {
            let doc = serde_json::to_string(&ResponseIn::new(&exchange.response))
                .unwrap_or_else(|_| "{}".into());
            Sent {
                error: None,
                response: Some((doc, body_text(&exchange.response))),
                warnings,
            }
        }
        Err(e) => {
            let mut f = failure(&e.code, e.message);
            f.warnings = warnings;
            f
        }
    }
}

/// A scope that maps every `{{$name}}` token found in `request` to itself, so that building
/// the request leaves dynamic variables as written (Newman does not resolve them either).
fn literal_dynamic_tokens(request: &Value) -> VariableScope {
    let text = request.to_string();
    let mut scope = VariableScope::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("{{$") {
        let after = &rest[start + 2..];
        match after.find(['{', '}']) {
            Some(end) if after[end..].starts_with("}}") => {
                let name = &after[..end];
                if !scope.has(name) {
                    scope.set(name, Value::String(format!("{{{{{name}}}}}")));
                }
                rest = &after[end + 2..];
            }
            Some(end) => rest = &after[end..],
            None => break,
        }
    }
    scope
}
