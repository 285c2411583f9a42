//! The JSON reporter: Newman's summary structure (`collection`, `environment`, `globals`,
//! `run.stats`, `run.timings`, `run.executions`, `run.transfers`, `run.failures`, `run.error`),
//! with response bodies stored as text and secrets masked. Each execution is built (sealed, see
//! [`Redactor::sealing`]) when it is reported and spooled to disk; the file is written at the
//! end with the executions streamed back from the spool, masked with every secret of the run.

use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, UNIX_EPOCH};

use serde::ser::{Error as _, Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{json, Map, Value};

use super::spool::Records;
use super::{open_export, Redactor, ReportError, Reporter, RunContext};
use crate::runner::{Execution, RunEvent, RunSummary, Stat, Stats};

/// Writes the report to `export` (default `newman/newman-run-report-<time>.json`).
pub struct JsonReporter {
    export: Option<PathBuf>,
    redact: Redactor,
    /// The executions so far, sealed.
    executions: Records,
}

impl JsonReporter {
    pub fn new(export: Option<PathBuf>, redact: Redactor) -> Self {
        JsonReporter {
            export,
            redact,
            executions: Records::default(),
        }
    }
}

impl Reporter for JsonReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) {
        if let RunEvent::Executed(e) = event {
            self.redact.learn(e);
            self.executions.push(&execution(e, &self.redact.sealing()));
        }
    }

    fn finish(&mut self, summary: &RunSummary, ctx: &RunContext) -> Result<(), ReportError> {
        let err = |message: String| ReportError {
            reporter: "json".into(),
            message,
        };
        if let Some(e) = self.executions.error() {
            return Err(err(e.to_string()));
        }
        let report = build(summary, ctx, &self.redact);
        let default = default_name("json");
        let path = self
            .export
            .clone()
            .unwrap_or_else(|| PathBuf::from("newman"));
        let (target, mut out) = open_export(&path, &default, "json")?;
        let streamed = Streamed {
            report: &report,
            executions: RefCell::new(&mut self.executions),
            redact: &self.redact,
        };
        let written = serde_json::to_writer_pretty(&mut out, &streamed)
            .map_err(|e| e.to_string())
            .and_then(|()| out.flush().map_err(|e| e.to_string()));
        if let Err(e) = written {
            drop(out);
            let _ = std::fs::remove_file(&target);
            return Err(err(format!("cannot write {}: {e}", target.display())));
        }
        Ok(())
    }
}

/// The report with `run.executions` read from the spool while it is written, so that only one
/// execution is in memory at a time. Serialized exactly as the whole [`Value`] would be.
struct Streamed<'a> {
    /// The report, with an empty `run.executions`.
    report: &'a Value,
    executions: RefCell<&'a mut Records>,
    redact: &'a Redactor,
}

impl Serialize for Streamed<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.object(s, self.report, &["run", "executions"])
    }
}

impl Streamed<'_> {
    /// Serializes the object `v`, with the executions in place of the member at `path`.
    fn object<S: Serializer>(&self, s: S, v: &Value, path: &[&str]) -> Result<S::Ok, S::Error> {
        let Some(obj) = v.as_object() else {
            return v.serialize(s);
        };
        let mut map = s.serialize_map(Some(obj.len()))?;
        for (k, x) in obj {
            match path {
                [key, rest @ ..] if key == k && !rest.is_empty() => {
                    map.serialize_entry(k, &Member(self, x, rest))?
                }
                [key] if key == k => map.serialize_entry(k, &Executions(self))?,
                _ => map.serialize_entry(k, x)?,
            }
        }
        map.end()
    }
}

/// A member on the way to the executions.
struct Member<'a, 'b>(&'a Streamed<'b>, &'a Value, &'a [&'a str]);

impl Serialize for Member<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.object(s, self.1, self.2)
    }
}

/// The spooled executions, revealed one at a time.
struct Executions<'a, 'b>(&'a Streamed<'b>);

impl Serialize for Executions<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let streamed = self.0;
        let mut records = streamed.executions.borrow_mut();
        let len = records.len();
        let mut seq = s.serialize_seq(Some(len))?;
        let spooled = |e: std::io::Error| S::Error::custom(format!("spooled executions: {e}"));
        for v in records.iter().map_err(spooled)? {
            let mut v = v.map_err(spooled)?;
            reveal_execution(&mut v, streamed.redact);
            seq.serialize_element(&v)?;
        }
        seq.end()
    }
}

/// A spooled execution as the report shows it: headers that became secret masked, sealed text
/// masked with every secret, and the request URL's parts taken from the masked URL.
fn reveal_execution(v: &mut Value, redact: &Redactor) {
    for part in ["/request/header", "/response/header"] {
        if let Some(list) = v.pointer_mut(part) {
            redact.mask_late_headers(list);
        }
    }
    let sealed_url = v
        .pointer("/request/url/raw")
        .and_then(Value::as_str)
        .is_some_and(Redactor::is_sealed);
    redact.reveal_json(v);
    if sealed_url {
        if let Some(url) = v.pointer_mut("/request/url") {
            let href = url["raw"].as_str().unwrap_or_default().to_string();
            *url = url_from_masked(&href);
        }
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

/// The whole report as a JSON value, except `run.executions`, left empty: the reporter writes
/// them from its spool.
pub fn build(summary: &RunSummary, ctx: &RunContext, redact: &Redactor) -> Value {
    let started = epoch_ms(summary.started);
    let w = &summary.response_times;
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
                err["test"] = json!(redact.text(t));
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
            "executions": [],
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
    url_from_masked(&redact.text(href))
}

/// A URL in Newman's object form, from the masked href (sealed text is not a URL: it stays
/// `{"raw": …}` until it is revealed).
fn url_from_masked(href: &str) -> Value {
    let Ok(u) = reqwest::Url::parse(href) else {
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
            let name = redact.text(&a.name);
            let mut v = json!({"assertion": name, "skipped": a.skipped});
            if let Some(msg) = &a.error {
                v["error"] =
                    json!({"name": "AssertionError", "message": redact.text(msg), "test": name});
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_report_is_what_serde_json_writes_for_the_whole_value() {
        let report = json!({
            "collection": {"info": {"name": "c"}, "executions": "not these"},
            "run": {"stats": {"a": 1}, "executions": [], "failures": [{"x": [1, {}]}]},
        });
        let redact = Redactor::new();
        for n in [0, 1, 3] {
            let items: Vec<Value> = (0..n)
                .map(|i| json!({"id": i, "nested": {"list": [i, "two"], "empty": {}}}))
                .collect();
            let mut records = Records::default();
            for v in &items {
                records.push(v);
            }
            let streamed = Streamed {
                report: &report,
                executions: RefCell::new(&mut records),
                redact: &redact,
            };
            let mut whole = report.clone();
            whole["run"]["executions"] = Value::Array(items);
            assert_eq!(
                serde_json::to_string_pretty(&streamed).expect("streamed"),
                serde_json::to_string_pretty(&whole).expect("whole"),
                "{n} executions"
            );
        }
    }
}
