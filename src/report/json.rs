//! The JSON reporter: Newman's summary structure (`collection`, `environment`, `globals`,
//! `run.stats`, `run.timings`, `run.executions`, `run.transfers`, `run.failures`, `run.error`),
//! with response bodies stored as text and secrets masked.

use std::path::PathBuf;
use std::time::{Duration, UNIX_EPOCH};

use serde_json::{json, Map, Value};

use super::{write_export, Redactor, ReportError, Reporter, RunContext};
use crate::runner::{Execution, RunEvent, RunSummary, Stat, Stats};

/// Writes the report to `export` (default `newman/newman-run-report-<time>.json`).
pub struct JsonReporter {
    export: Option<PathBuf>,
    redact: Redactor,
}

impl JsonReporter {
    pub fn new(export: Option<PathBuf>, redact: Redactor) -> Self {
        JsonReporter { export, redact }
    }
}

impl Reporter for JsonReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) {
        if let RunEvent::Executed(e) = event {
            self.redact.learn(e);
        }
    }

    fn finish(&mut self, summary: &RunSummary, ctx: &RunContext) -> Result<(), ReportError> {
        let report = build(summary, ctx, &self.redact);
        let text = serde_json::to_vec_pretty(&report).map_err(|e| ReportError {
            reporter: "json".into(),
            message: e.to_string(),
        })?;
        let default = default_name("json");
        let path = self
            .export
            .clone()
            .unwrap_or_else(|| PathBuf::from("newman"));
        write_export(&path, &default, &text, "json")?;
        Ok(())
    }
}

/// `newman-run-report-2024-01-01-10-00-00-000-0.json`
pub fn default_name(ext: &str) -> String {
    let now = chrono::Utc::now().format("%Y-%m-%d-%H-%M-%S-%3f");
    format!("newman-run-report-{now}-0.{ext}")
}

fn stat(s: Stat) -> Value {
    json!({"total": s.total, "pending": s.pending, "failed": s.failed})
}

fn stats(s: &Stats) -> Value {
    json!({
        "iterations": stat(s.iterations),
        "items": stat(s.items),
        "scripts": stat(s.scripts),
        "prerequests": stat(s.prerequests),
        "requests": stat(s.requests),
        "tests": stat(s.tests),
        "assertions": stat(s.assertions),
        "testScripts": stat(s.test_scripts),
        "prerequestScripts": stat(s.prerequest_scripts),
    })
}

fn epoch_ms(t: std::time::SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_millis() as u64
}

/// The whole report as a JSON value.
pub fn build(summary: &RunSummary, ctx: &RunContext, redact: &Redactor) -> Value {
    let started = epoch_ms(summary.started);
    let w = &summary.response_times;
    let executions: Vec<Value> = summary
        .executions
        .iter()
        .map(|e| execution(e, redact))
        .collect();
    let failures: Vec<Value> = summary
        .failures
        .iter()
        .map(|f| {
            let mut err = json!({
                "name": f.name,
                "index": f.index,
                "message": redact.text(&f.message),
                "stack": format!("{}: {}", f.name, redact.text(&f.message)),
            });
            if let Some(t) = &f.test {
                err["test"] = json!(t);
            }
            json!({
                "error": err,
                "at": f.at,
                "source": {"id": f.item.id, "name": f.item.name},
                "parent": {"name": f.item.folders.last().cloned().unwrap_or_default()},
                "cursor": {"iteration": f.iteration},
            })
        })
        .collect();
    json!({
        "collection": redact.json(&ctx.collection),
        "environment": redact.json(&ctx.environment),
        "globals": redact.json(&ctx.globals),
        "run": {
            "stats": stats(&summary.stats),
            "timings": {
                "responseAverage": w.mean,
                "responseMin": w.min,
                "responseMax": w.max,
                "responseSd": w.sd(),
                "dnsAverage": 0, "dnsMin": 0, "dnsMax": 0, "dnsSd": 0,
                "firstByteAverage": 0, "firstByteMin": 0, "firstByteMax": 0, "firstByteSd": 0,
                "started": started,
                "completed": started + summary.duration.as_millis() as u64,
            },
            "executions": executions,
            "transfers": {"responseTotal": summary.transfer_total},
            "failures": failures,
            "error": summary.error.as_ref().map(|e| json!({"message": e})),
        }
    })
}

fn headers(list: &[(String, String)], redact: &Redactor) -> Value {
    Value::Array(
        list.iter()
            .map(|(k, v)| json!({"key": k, "value": redact.header_value(k, v)}))
            .collect(),
    )
}

/// A URL in Newman's object form, from the href that was sent.
fn url_object(href: &str, redact: &Redactor) -> Value {
    let href = redact.text(href);
    let Ok(u) = reqwest::Url::parse(&href) else {
        return json!({"raw": href});
    };
    let mut o = Map::new();
    o.insert("protocol".into(), json!(u.scheme()));
    o.insert("port".into(), json!(u.port().map(|p| p.to_string())));
    o.insert(
        "host".into(),
        json!(u.host_str().unwrap_or("").split('.').collect::<Vec<_>>()),
    );
    o.insert(
        "path".into(),
        json!(u
            .path()
            .trim_start_matches('/')
            .split('/')
            .collect::<Vec<_>>()),
    );
    let query: Vec<Value> = u
        .query()
        .map(|q| {
            q.split('&')
                .map(|kv| {
                    let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                    json!({"key": k, "value": v})
                })
                .collect()
        })
        .unwrap_or_default();
    o.insert("query".into(), Value::Array(query));
    o.insert("variable".into(), json!([]));
    o.insert("raw".into(), json!(href));
    Value::Object(o)
}

fn execution(e: &Execution, redact: &Redactor) -> Value {
    let mut local = redact.clone();
    local.learn(e);
    let redact = &local;
    let mut o = Map::new();
    o.insert(
        "cursor".into(),
        json!({
            "position": e.cursor.position,
            "iteration": e.cursor.iteration,
            "length": e.cursor.length,
            "cycles": e.cursor.iterations,
            "empty": e.cursor.length == 0,
            "eof": e.cursor.position + 1 == e.cursor.length,
            "bof": e.cursor.position == 0,
            "cr": false,
            "ref": e.id,
        }),
    );
    o.insert("item".into(), json!({"id": e.item.id, "name": e.item.name}));
    if let Some(r) = &e.request {
        let body = r.body.bytes();
        let mut req = json!({
            "url": url_object(&r.url.href, redact),
            "header": headers(&r.headers, redact),
            "method": r.method,
        });
        if !body.is_empty() {
            req["body"] =
                json!({"mode": "raw", "raw": redact.text(&String::from_utf8_lossy(body))});
        }
        o.insert("request".into(), req);
    }
    if let Some(r) = &e.response {
        o.insert(
            "response".into(),
            json!({
                "id": e.id,
                "status": r.reason,
                "code": r.status,
                "header": headers(&r.headers, redact),
                "body": redact.body(&r.body, r.body_size),
                "bodyTruncated": r.truncated,
                "cookie": [],
                "responseTime": r.elapsed.as_millis() as u64,
                "responseSize": r.body_size,
            }),
        );
    }
    o.insert("id".into(), json!(e.id));
    let assertions: Vec<Value> = e
        .assertions
        .iter()
        .map(|a| {
            let mut v = json!({"assertion": a.name, "skipped": a.skipped});
            if let Some(msg) = &a.error {
                v["error"] =
                    json!({"name": "AssertionError", "message": redact.text(msg), "test": a.name});
            }
            v
        })
        .collect();
    o.insert("assertions".into(), Value::Array(assertions));
    for (event, key) in [
        ("prerequest-script", "prerequestScript"),
        ("test-script", "testScript"),
    ] {
        let errs: Vec<Value> = e
            .script_errors
            .iter()
            .filter(|x| x.event == event)
            .map(|x| {
                json!({"error": {"name": x.name, "message": redact.text(&x.message), "line": x.line, "column": x.column, "origin": x.origin}})
            })
            .collect();
        if !errs.is_empty() {
            o.insert(key.into(), Value::Array(errs));
        }
    }
    if !e.console.is_empty() {
        let lines: Vec<Value> = e
            .console
            .iter()
            .map(|c| json!({"level": c.level, "messages": [redact.text(&c.text)]}))
            .collect();
        o.insert("console".into(), Value::Array(lines));
    }
    if e.skipped {
        o.insert("skipped".into(), Value::Bool(true));
    }
    if let Some(err) = &e.error {
        o.insert(
            "requestError".into(),
            json!({"code": err.code, "message": redact.text(&err.message), "name": "Error"}),
        );
    }
    Value::Object(o)
}
