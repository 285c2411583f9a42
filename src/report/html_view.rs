//! The data the HTML report's template sees: the run-level view (summary, failures, the
//! iteration and folder outline) built once from each execution's [`Brief`], and each
//! execution's detail, built (sealed) when it is reported, spooled, and read back and
//! [revealed](reveal_detail) while the page is written, so only one execution's detail is in
//! memory at a time. Every text taken from the run goes through the [`Redactor`].

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use serde_json::{json, Value};

use super::HtmlOptions;
use crate::report::format;
use crate::report::Redactor;
use crate::runner::{Execution, Failure, ItemInfo, RunSummary};

/// The anchor of execution `i` (0-based, in the order executions were reported).
pub fn anchor(i: usize) -> String {
    format!("req-{}", i + 1)
}

/// What the page outline and the failure links need of one execution; small, so kept in
/// memory for every execution of the run.
#[derive(Debug, Clone)]
pub struct Brief {
    pub iteration: usize,
    pub item: Arc<ItemInfo>,
    pub failed: bool,
    pub skipped_assertions: u64,
    /// The request error's message.
    pub error: Option<String>,
    /// The failed assertions: name and message.
    pub failed_assertions: Vec<(String, String)>,
}

impl Brief {
    pub fn of(e: &Execution) -> Brief {
        Brief {
            iteration: e.cursor.iteration,
            item: e.item.clone(),
            failed: e.failed(),
            skipped_assertions: e.assertions.iter().filter(|a| a.skipped).count() as u64,
            error: e.error.as_ref().map(|x| x.message.clone()),
            failed_assertions: e
                .assertions
                .iter()
                .filter_map(|a| Some((a.name.clone(), a.error.clone()?)))
                .collect(),
        }
    }
}

/// The run-level template data. Executions appear in it only as indexes (`executions: [3, 4]`)
/// inside `iterations[].folders[]`; the template's `{{#request this}}` helper expands each.
pub fn page(
    summary: &RunSummary,
    briefs: &[Brief],
    redact: &Redactor,
    opts: &HtmlOptions,
    style: &str,
) -> Value {
    let links = failure_links(summary, briefs);
    let linked: BTreeSet<usize> = links.iter().flatten().copied().collect();
    let failures: Vec<Value> = summary
        .failures
        .iter()
        .zip(&links)
        .enumerate()
        .map(|(n, (f, link))| failure(n, f, *link, redact))
        .collect();

    let mut skipped = 0u64;
    let mut iterations: Vec<Value> = Vec::new();
    let mut current: Option<IterationAcc> = None;
    let mut folder: Option<(String, Vec<usize>)> = None;
    for (i, e) in briefs.iter().enumerate() {
        skipped += e.skipped_assertions;
        let it = e.iteration;
        if current.as_ref().is_some_and(|c| c.iteration != it) {
            close_folder(&mut folder, &mut current);
            close_iteration(&mut current, &mut iterations);
        }
        let cur = current.get_or_insert_with(|| IterationAcc {
            iteration: it,
            folders: Vec::new(),
            requests: 0,
            failed: 0,
        });
        cur.requests += 1;
        if e.failed {
            cur.failed += 1;
        }
        if opts.show_only_fails && !e.failed && !linked.contains(&i) {
            continue;
        }
        let path = redact.text(&e.item.folders.join(" / "));
        if folder.as_ref().is_some_and(|f| f.0 != path) {
            close_folder(&mut folder, &mut current);
        }
        folder.get_or_insert_with(|| (path, Vec::new())).1.push(i);
    }
    close_folder(&mut folder, &mut current);
    close_iteration(&mut current, &mut iterations);

    let s = &summary.stats;
    let w = &summary.response_times;
    let collection = redact.text(&summary.collection_name);
    let title = match &opts.title {
        Some(t) => redact.text(t),
        None if collection.is_empty() => "Run report".to_string(),
        None => format!("{collection} · run report"),
    };
    let started = chrono::DateTime::<chrono::Utc>::from(summary.started)
        .format("%Y-%m-%d %H:%M:%S UTC")
        .to_string();
    json!({
        "title": title,
        "collection": collection,
        "started": started,
        "generator": concat!("courier ", env!("CARGO_PKG_VERSION")),
        "style": style,
        "passed": !summary.failed(),
        "summary": {
            "iterations": {"total": s.iterations.total, "failed": s.iterations.failed},
            "requests": {"total": s.requests.total, "failed": s.requests.failed},
            "assertions": {
                "total": s.assertions.total,
                "failed": s.assertions.failed,
                "skipped": skipped,
            },
            "failures": summary.failures.len(),
            "duration": format::duration(summary.duration),
            "response_average": format::millis(w.mean),
            "response_min": format::millis(w.min),
            "response_max": format::millis(w.max),
            "response_sd": format::millis(w.sd()),
            "data_received": format::bytes(summary.transfer_total),
        },
        "run_error": summary.error.as_ref().map(|e| redact.text(e)),
        "notices": summary.notices.iter().map(|n| redact.text(n)).collect::<Vec<_>>(),
        "failures": failures,
        "iterations": iterations,
        "show_only_fails": opts.show_only_fails,
        "omit_bodies": opts.omit_bodies,
        "omit_headers": opts.omit_headers,
    })
}

/// The iteration section being collected: its folder groups and request counts.
struct IterationAcc {
    iteration: usize,
    folders: Vec<Value>,
    requests: usize,
    failed: usize,
}

fn close_folder(folder: &mut Option<(String, Vec<usize>)>, current: &mut Option<IterationAcc>) {
    if let (Some((name, execs)), Some(cur)) = (folder.take(), current.as_mut()) {
        cur.folders.push(json!({"name": name, "executions": execs}));
    }
}

fn close_iteration(current: &mut Option<IterationAcc>, out: &mut Vec<Value>) {
    if let Some(c) = current.take().filter(|c| !c.folders.is_empty()) {
        out.push(json!({
            "number": c.iteration + 1,
            "anchor": format!("iteration-{}", c.iteration + 1),
            "requests": c.requests,
            "failed": c.failed,
            "folders": c.folders,
        }));
    }
}

/// For each failure, the execution it belongs to: same item and iteration, preferring the one
/// whose failed assertion or request error carries the same message.
fn failure_links(summary: &RunSummary, briefs: &[Brief]) -> Vec<Option<usize>> {
    let mut by_key: HashMap<(&str, usize), Vec<usize>> = HashMap::new();
    for (i, e) in briefs.iter().enumerate() {
        by_key
            .entry((e.item.path.as_str(), e.iteration))
            .or_default()
            .push(i);
    }
    summary
        .failures
        .iter()
        .map(|f| {
            let candidates = by_key.get(&(f.item.path.as_str(), f.iteration))?;
            let matches = |i: &&usize| {
                let e = &briefs[**i];
                e.error.as_ref().is_some_and(|x| *x == f.message)
                    || e.failed_assertions.iter().any(|(name, message)| {
                        *message == f.message && f.test.as_deref().is_none_or(|t| t == name)
                    })
            };
            candidates
                .iter()
                .find(matches)
                .or_else(|| candidates.iter().find(|i| briefs[**i].failed))
                .or(candidates.first())
                .copied()
        })
        .collect()
}

fn failure(n: usize, f: &Failure, link: Option<usize>, redact: &Redactor) -> Value {
    json!({
        "number": n + 1,
        "name": f.name,
        "message": redact.text(&f.message),
        "at": f.at,
        "test": f.test.as_ref().map(|t| redact.text(t)),
        "item": redact.text(&f.item.full_name()),
        "iteration": f.iteration + 1,
        "anchor": link.map(anchor),
    })
}

/// The full detail of execution `i`, for the `{{#request}}` block, as it is spooled: bodies
/// are not cut yet (see [`reveal_detail`], which makes it what the template sees).
pub fn execution(e: &Execution, i: usize, redact: &Redactor, opts: &HtmlOptions) -> Value {
    let mut local = redact.clone();
    local.learn(e);
    let redact = &local;
    let assertions: Vec<Value> = e
        .assertions
        .iter()
        .map(|a| {
            let result = if a.error.is_some() {
                "fail"
            } else if a.skipped {
                "skip"
            } else {
                "pass"
            };
            json!({
                "name": redact.text(&a.name),
                "result": result,
                "message": a.error.as_ref().map(|m| redact.text(m)),
            })
        })
        .collect();
    let count = |r: &str| assertions.iter().filter(|a| a["result"] == r).count();
    let (passed, failed, skipped) = (count("pass"), count("fail"), count("skip"));
    let headers = |list: &[(String, String)]| -> Value {
        if opts.omit_headers {
            return Value::Null;
        }
        list.iter()
            .map(|(k, v)| json!({"key": redact.text(k), "value": redact.header_value(k, v)}))
            .collect()
    };
    let mut v = json!({
        "anchor": anchor(i),
        "number": i + 1,
        "name": redact.text(&e.item.name),
        "folder": redact.text(&e.item.folders.join(" / ")),
        "iteration": e.cursor.iteration + 1,
        "failed": e.failed(),
        "assertions": assertions,
        "passed_count": passed,
        "failed_count": failed,
        "skipped_count": skipped,
        "error": e.error.as_ref().map(|x| json!({
            "code": redact.text(&x.code),
            "message": redact.text(&x.message),
        })),
        // Each script error is `{"phase": "prerequest-script:3:7" | …, "name", "message"}` and
        // each console line `{"level": "log" | "info" | "warn" | "error", "text"}`, all redacted.
        "script_errors": e.script_errors.iter().map(|x| json!({
            "phase": x.at(),
            "name": redact.text(&x.name),
            "message": redact.text(&x.message),
        })).collect::<Vec<_>>(),
        "console": e.console.iter().map(|c| json!({
            "level": c.level,
            "text": redact.text(&c.text),
        })).collect::<Vec<_>>(),
    });
    if let Some(r) = &e.request {
        v["method"] = json!(redact.text(&r.method));
        v["url"] = json!(redact.text(&r.url.href));
        v["request_headers"] = headers(&r.headers);
        if !opts.omit_bodies {
            let b = r.body.bytes();
            let ct = r.header("content-type");
            v["request_body"] = uncut_body(b, b.len() as u64, false, ct, opts.max_body, redact);
        }
    }
    if let Some(r) = &e.response {
        let class = match r.status {
            200..=299 => "ok",
            300..=399 => "redirect",
            _ => "bad",
        };
        v["response"] = json!({
            "status": r.status,
            "reason": redact.text(&r.reason),
            "class": class,
            "time": format::duration(r.elapsed),
            "size": format::bytes(r.body_size),
        });
        v["response_headers"] = headers(&r.headers);
        if !opts.omit_bodies {
            v["response_body"] = uncut_body(
                &r.body,
                r.body_size.max(r.body.len() as u64),
                r.truncated,
                r.header("content-type"),
                opts.max_body,
                redact,
            );
        }
    }
    v
}

/// Execution `detail` as the template sees it: headers that became secret masked, sealed
/// text masked with every secret `redact` knows, bodies cut at `opts.max_body`.
pub fn reveal_detail(detail: &mut Value, redact: &Redactor, opts: &HtmlOptions) {
    for key in ["request_headers", "response_headers"] {
        if let Some(list) = detail.get_mut(key) {
            redact.mask_late_headers(list);
        }
    }
    redact.reveal_json(detail);
    for key in ["request_body", "response_body"] {
        if let Some(b) = detail.get_mut(key) {
            cut_body(b, opts.max_body);
        }
    }
}

/// A body to show: `null` when empty; `{binary, note}` for binary data; otherwise `{text,
/// json, truncated, note}`, with JSON pretty-printed and the text cut at `max` bytes.
pub fn body(
    bytes: &[u8],
    size: u64,
    cut_before: bool,
    content_type: Option<&str>,
    max: usize,
    redact: &Redactor,
) -> Value {
    let mut v = uncut_body(bytes, size, cut_before, content_type, max, redact);
    cut_body(&mut v, max);
    v
}

/// [`body`] before the cut: the whole text, with `cut_before` in place of `truncated` and
/// `note`. The cut comes after masking, which for sealed text is at the end of the run.
fn uncut_body(
    bytes: &[u8],
    size: u64,
    cut_before: bool,
    content_type: Option<&str>,
    max: usize,
    redact: &Redactor,
) -> Value {
    if bytes.is_empty() && size == 0 {
        return Value::Null;
    }
    if is_binary(bytes, content_type, cut_before) {
        return json!({"binary": true, "note": format!("binary, {size} bytes")});
    }
    let raw = String::from_utf8_lossy(bytes);
    // JSON is re-indented unless it was cut or is far beyond what is shown.
    let small = bytes.len() <= max.saturating_mul(4);
    let pretty = if !cut_before && small && looks_json(&raw, content_type) {
        reindent_json(&raw)
    } else {
        None
    };
    let is_json = pretty.is_some();
    let text = redact.text(pretty.as_deref().unwrap_or(&raw));
    json!({"text": text, "json": is_json, "cut_before": cut_before, "size": size})
}

/// Cuts an [`uncut_body`] (its text masked) at `max` bytes and notes it.
fn cut_body(v: &mut Value, max: usize) {
    let Some(cut_before) = v.get("cut_before").and_then(Value::as_bool) else {
        return;
    };
    let mut text = match v.get_mut("text") {
        Some(Value::String(t)) => std::mem::take(t),
        _ => String::new(),
    };
    let is_json = v["json"].as_bool().unwrap_or(false);
    let size = v["size"].as_u64().unwrap_or(0);
    let truncated = cut_before || text.len() > max;
    if text.len() > max {
        let mut end = max;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    let note = truncated.then(|| {
        format!(
            "Truncated to the first {} bytes; the whole body is {size} bytes ({}).",
            text.len(),
            format::bytes(size),
        )
    });
    *v = json!({"text": text, "json": is_json, "truncated": truncated, "note": note, "size": size});
}

fn looks_json(text: &str, content_type: Option<&str>) -> bool {
    let ct_json = content_type.is_some_and(|c| c.to_ascii_lowercase().contains("json"));
    let first = text.trim_start().chars().next();
    ct_json || matches!(first, Some('{' | '['))
}

/// Binary content types, invalid UTF-8 or control characters make a body binary. When the body
/// was cut before it reached us, an incomplete character at the end is not held against it.
pub fn is_binary(bytes: &[u8], content_type: Option<&str>, cut: bool) -> bool {
    if let Some(ct) = content_type {
        let ct = ct.to_ascii_lowercase();
        let media = ct.split(';').next().unwrap_or("").trim();
        let binary_type = ["image/", "audio/", "video/", "font/"]
            .iter()
            .any(|p| media.starts_with(p))
            && !media.ends_with("+xml");
        if binary_type
            || matches!(
                media,
                "application/octet-stream"
                    | "application/pdf"
                    | "application/zip"
                    | "application/gzip"
                    | "application/x-protobuf"
                    | "application/protobuf"
                    | "application/wasm"
            )
        {
            return true;
        }
    }
    let valid = match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => cut && e.error_len().is_none(),
    };
    if !valid {
        return true;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    sample.contains(&0) || controls * 10 > sample.len().max(1)
}

/// Pretty-prints valid JSON by re-indenting its tokens (two spaces), so that numbers and
/// strings stay exactly as sent; `None` when `text` is not JSON.
pub fn reindent_json(text: &str) -> Option<String> {
    serde_json::from_str::<serde::de::IgnoredAny>(text).ok()?;
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = text.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
                if matches!(chars.peek(), Some('}' | ']')) {
                    if let Some(close) = chars.next() {
                        out.push(close);
                    }
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_reindented_without_touching_numbers() {
        let s = reindent_json(r#"{"a":[1.10,{}],"b":"x, y: {z}","n":123456789012345678901234}"#);
        assert_eq!(
            s.as_deref(),
            Some(concat!(
                "{\n  \"a\": [\n    1.10,\n    {}\n  ],\n",
                "  \"b\": \"x, y: {z}\",\n",
                "  \"n\": 123456789012345678901234\n}"
            ))
        );
        assert_eq!(reindent_json("{nope"), None);
    }

    #[test]
    fn binary_is_detected() {
        assert!(is_binary(b"\x89PNG\r\n\x1a\n\0\0", None, false));
        assert!(is_binary(b"GIF89a", Some("image/gif"), false));
        assert!(!is_binary(b"<svg/>", Some("image/svg+xml"), false));
        assert!(!is_binary(
            "h\u{e9}llo".as_bytes(),
            Some("text/plain"),
            false
        ));
        assert!(!is_binary(&"\u{e9}".as_bytes()[..1], None, true));
        assert!(is_binary(&"\u{e9}".as_bytes()[..1], None, false));
    }

    #[test]
    fn long_bodies_are_cut_on_a_char_boundary_with_a_note() {
        let text = "\u{e9}".repeat(20);
        let v = body(text.as_bytes(), 40, false, None, 5, &Redactor::new());
        assert_eq!(v["text"], "\u{e9}\u{e9}");
        assert_eq!(v["truncated"], true);
        assert!(v["note"]
            .as_str()
            .unwrap_or("")
            .contains("whole body is 40 bytes"));
    }
}
