//! Tests of the engine, by behaviour: the documented seed connector (`seed.rs`), the processor
//! types and their options (`processors.rs`, `relations_tags.rs`), the expression language
//! (`expressions.rs`) and robustness against huge, deep or malformed input (`robustness.rs`).

mod expressions;
mod processors;
mod relations_tags;
mod robustness;
mod seed;

use chrono::{DateTime, TimeZone, Utc};
use serde_json::{json, Value};

use super::eval::Ctx;
use super::template::Evaluator;
use super::{process, Outcome, ProcessorConfig, RunStatus, Workspace};

/// A fixed run time.
pub(super) fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 1, 2, 3, 4, 5)
        .single()
        .unwrap_or_default()
}

/// An LDIF with the test connector's keys and this content.
pub(super) fn ldif(content: Value) -> Value {
    json!({
        "connectorType": "courierTest", "connectorId": "courierTest", "connectorVersion": "1.0.0",
        "lxVersion": "1.0.0", "processingDirection": "inbound", "content": content,
    })
}

/// A configuration for the test connector with these processors.
pub(super) fn config(processors: Value) -> ProcessorConfig {
    config_with(json!({"processors": processors}))
}

/// A configuration for the test connector: `extra` plus the connector keys.
pub(super) fn config_with(extra: Value) -> ProcessorConfig {
    let mut doc = json!({
        "connectorType": "courierTest", "connectorId": "courierTest", "connectorVersion": "1.0.0",
        "processingDirection": "inbound",
    });
    if let (Value::Object(d), Value::Object(e)) = (&mut doc, extra) {
        d.extend(e);
    }
    ProcessorConfig::from_json(&doc).expect("test configuration is valid")
}

/// Runs processors over content on a workspace.
pub(super) fn run_on(ws: &mut Workspace, content: Value, processors: Value) -> Outcome {
    process(&ldif(content), &[config(processors)], ws, false, now())
}

/// Runs processors over content on an empty workspace.
pub(super) fn run(content: Value, processors: Value) -> (Outcome, Workspace) {
    let mut ws = Workspace::default();
    let out = run_on(&mut ws, content, processors);
    (out, ws)
}

/// The warning messages, for assertions.
pub(super) fn messages(o: &Outcome) -> Vec<String> {
    o.warnings.iter().map(|w| w.message.clone()).collect()
}

/// Asserts a finished run and returns its messages.
pub(super) fn finished(o: &Outcome) -> Vec<String> {
    assert_eq!(o.status, RunStatus::Finished, "{:?}", o.warnings);
    messages(o)
}

/// Whether some message contains `needle`.
pub(super) fn has(msgs: &[String], needle: &str) -> bool {
    msgs.iter().any(|m| m.contains(needle))
}

/// An inboundFactSheet processor creating `fs_type` from content of `content_type`, with
/// `name` from `${data.name}` plus the given updates.
pub(super) fn fs_processor(fs_type: &str, content_type: &str, run: u32, more: Value) -> Value {
    let mut updates = vec![json!({"key": {"expr": "name"}, "values": [{"expr": "${data.name}"}]})];
    if let Value::Array(m) = more {
        updates.extend(m);
    }
    json!({
        "processorType": "inboundFactSheet", "processorName": format!("{fs_type}s"),
        "type": fs_type, "filter": {"exactType": content_type}, "run": run,
        "identifier": {"external": {"id": {"expr": "${content.id}"}, "type": {"expr": "externalId"}}},
        "updates": updates,
    })
}

/// Evaluates a template against content `{type: "prj", id: "c-1", data}`.
pub(super) fn eval(src: &str, data: Value) -> Result<Value, String> {
    let content = json!({"type": "prj", "id": "c-1", "data": data});
    let header = ldif(json!([content.clone()]));
    let vars = json!({"x": ["a", "b"]});
    let ev = Evaluator::default();
    let ctx = Ctx {
        content: &content,
        data: &content["data"],
        header: &header,
        variables: &vars,
        ..Ctx::empty("2024-01-02T03:04:05.000")
    };
    ev.eval_template(src, &ctx)
        .map_err(|e| e.message().to_string())
        .and_then(|v| v.into_owned())
}
