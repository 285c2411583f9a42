//! The JSON, JUnit and HTML reports of one hand-built run, byte for byte against the files in
//! tests/golden/ (written by the reporters before they streamed their executions). The run has
//! folders and two iterations, failed and skipped assertions, a script error, console lines, a
//! request error, a skipped request, a binary body, a body beyond the HTML cut, a digest
//! request reported twice, XML/HTML specials, and secrets: known from the start, learnt only
//! by a later request (a token, a header name), and one that contains another.
//! `COURIER_UPDATE_GOLDEN=1` rewrites the files.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use courier::http::Response;
use courier::report::html::{HtmlOptions, HtmlReporter};
use courier::report::json::JsonReporter;
use courier::report::junit::JunitReporter;
use courier::report::{Redactor, Reporter, RunContext};
use courier::request::{Body, RequestSpec, ResolvedUrl};
use courier::runner::summary::Welford;
use courier::runner::{
    Assertion, ConsoleMessage, Cursor, ExecError, Execution, Failure, ItemInfo, RunEvent,
    RunSummary, ScriptFailure, Stat,
};
use serde_json::json;

/// Known before the run (a secret environment value).
const KNOWN: &str = "env-s3cret-value";
/// A token only the second request's auth uses: the first request's response carries it.
const LATE: &str = "LATE-t0ken-123456";
/// Learnt late too, and contains [`KNOWN`].
const WRAPPING: &str = "wrap-env-s3cret-value-wrap";
/// A header name that only the second request declares secret.
const LATE_HEADER: &str = "X-Custom-Key";
const LATE_HEADER_VALUE: &str = "hdr-value-abcdef";

fn url(href: &str) -> ResolvedUrl {
    ResolvedUrl {
        href: href.to_string(),
        scheme: "https".into(),
        host: String::new(),
        port: None,
        target: "/".into(),
        path: "/".into(),
        query: None,
        fragment: None,
        host_header: String::new(),
        username: None,
        password: None,
    }
}

fn request(method: &str, href: &str, headers: &[(&str, &str)], body: &[u8]) -> Option<RequestSpec> {
    Some(RequestSpec {
        method: method.into(),
        url: url(href),
        headers: headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        body: if body.is_empty() {
            Body::None
        } else {
            Body::Bytes(body.to_vec())
        },
        behavior: Default::default(),
    })
}

fn response(
    status: u16,
    reason: &str,
    headers: &[(&str, &str)],
    body: Vec<u8>,
    ms: u64,
) -> Response {
    Response {
        status,
        reason: reason.into(),
        headers: headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        wire_size: body.len() as u64,
        body_size: body.len() as u64,
        body,
        truncated: false,
        elapsed: Duration::from_millis(ms),
    }
}

fn item(path: &str, folders: &[&str], name: &str) -> Arc<ItemInfo> {
    Arc::new(ItemInfo {
        id: format!("id-{path}"),
        name: name.into(),
        path: path.into(),
        folders: folders.iter().map(|s| s.to_string()).collect(),
    })
}

fn assertion(name: &str, skipped: bool, error: Option<&str>) -> Assertion {
    Assertion {
        name: name.into(),
        skipped,
        error: error.map(str::to_string),
        source: Default::default(),
    }
}

fn exec(item: &Arc<ItemInfo>, iteration: usize, position: usize, index: usize) -> Execution {
    Execution {
        id: format!("exec-{index}"),
        cursor: Cursor {
            iteration,
            iterations: 2,
            position,
            length: 6,
            index,
        },
        item: item.clone(),
        request: None,
        response: None,
        error: None,
        assertions: vec![],
        started: SystemTime::UNIX_EPOCH,
        secrets: vec![],
        secret_headers: vec![],
        show_body: false,
        script_errors: vec![],
        console: vec![],
        skipped: false,
        next_request: Default::default(),
        attempts: 1,
    }
}

/// The executions in the order the runner reports them (a digest request appears twice).
pub fn executions() -> Vec<Execution> {
    let login = item("item[0].item[0]", &["Auth"], "Login");
    let me = item("item[0].item[1]", &["Auth"], "Me & <you>");
    let down = item("item[1]", &[], "Down \"quoted\"");
    let image = item("item[2].item[0]", &["Files", "Media"], "Image");
    let big = item("item[2].item[1]", &["Files", "Media"], "Big list");
    let skipped = item("item[3]", &[], "Skipped");
    let products: Vec<serde_json::Value> = (0..700)
        .map(|i| json!({"id": i, "name": format!("product {i}"), "price": 1.10}))
        .collect();
    let mut big_body =
        serde_json::to_vec(&json!({"token": LATE, "products": products})).unwrap_or_default();
    big_body.extend_from_slice(b" ");
    let mut out = Vec::new();
    let mut index = 0;
    for it in 0..2 {
        let mut e = exec(&login, it, 0, index);
        e.request = request(
            "POST",
            "https://api.test/login",
            &[("Content-Type", "application/json"), ("Accept", "*/*")],
            format!(r#"{{"user":"ann","password":"{KNOWN}"}}"#).as_bytes(),
        );
        e.response = Some(response(
            200,
            "OK",
            &[
                ("content-type", "application/json; charset=utf-8"),
                (LATE_HEADER, LATE_HEADER_VALUE),
                ("set-cookie", "sid=abc; Path=/"),
            ],
            format!(
                r#"{{"token":"{LATE}","wrapped":"{WRAPPING}","n":12345678901234567890123,"ok":true}}"#
            )
            .into_bytes(),
            40,
        ));
        e.assertions = vec![assertion("status is 200", false, None)];
        e.console = vec![ConsoleMessage {
            level: "log".into(),
            text: format!("got token {LATE}"),
        }];
        e.attempts = if it == 0 { 2 } else { 1 };
        index += 1;
        out.extend(std::iter::repeat_n(e, if it == 0 { 2 } else { 1 }));

        let mut e = exec(&me, it, 1, index);
        e.secrets = vec![LATE.into(), WRAPPING.into()];
        e.secret_headers = vec![LATE_HEADER.into()];
        e.request = request(
            "GET",
            &format!("https://api.test/me?access={LATE}&q=a<b"),
            &[
                ("Authorization", &format!("Bearer {LATE}")),
                (LATE_HEADER, LATE_HEADER_VALUE),
            ],
            b"",
        );
        e.response = Some(response(
            if it == 0 { 404 } else { 200 },
            if it == 0 { "Not Found" } else { "OK" },
            &[("content-type", "text/plain")],
            format!("no user for {LATE} & <friends>\nline two, and some more text").into_bytes(),
            12,
        ));
        e.assertions = vec![
            assertion(
                "is 200",
                false,
                (it == 0).then_some("expected 404 to equal 200"),
            ),
            assertion(
                "echoes the token",
                false,
                Some(&format!("expected '{LATE}' to equal 'x'")),
            ),
            assertion("later", true, None),
        ];
        e.script_errors = vec![ScriptFailure {
            event: "test-script",
            name: "TypeError".into(),
            message: format!("Cannot read properties of undefined (reading '{LATE}')"),
            line: Some(3),
            column: Some(7),
            origin: "request".into(),
        }];
        e.console = vec![
            ConsoleMessage {
                level: "warn".into(),
                text: "careful <b>".into(),
            },
            ConsoleMessage {
                level: "error".into(),
                text: format!("{KNOWN} and {LATE}"),
            },
        ];
        index += 1;
        out.push(e);

        let mut e = exec(&down, it, 2, index);
        e.request = request("PUT", "http://127.0.0.1:9/orders", &[], b"<order/>");
        e.error = Some(ExecError {
            code: "ECONNREFUSED".into(),
            message: "connect ECONNREFUSED 127.0.0.1:9".into(),
        });
        index += 1;
        out.push(e);

        let mut e = exec(&image, it, 3, index);
        e.request = request("GET", "https://cdn.test/p/1.png", &[], b"");
        e.response = Some(response(
            200,
            "OK",
            &[("content-type", "image/png")],
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01".to_vec(),
            5,
        ));
        e.assertions = vec![assertion("is an image", false, None)];
        index += 1;
        out.push(e);

        let mut e = exec(&big, it, 4, index);
        e.request = request("GET", "https://api.test/products", &[], b"");
        e.response = Some(response(
            200,
            "OK",
            &[("content-type", "application/json")],
            if it == 0 {
                big_body.clone()
            } else {
                br#"{"products":[]}"#.to_vec()
            },
            90,
        ));
        index += 1;
        out.push(e);

        let mut e = exec(&skipped, it, 5, index);
        e.skipped = true;
        index += 1;
        out.push(e);
    }
    out
}

/// The run summary as the runner would leave it for these executions.
pub fn summary(executions: &[Execution]) -> RunSummary {
    let mut s = RunSummary::new("Golden <&> \"API\"", Some("c-gold".into()));
    s.started = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    s.duration = Duration::from_millis(4321);
    let mut w = Welford::default();
    for e in executions.iter().filter(|e| !e.skipped) {
        if let Some(r) = &e.response {
            w.add(r.elapsed.as_secs_f64() * 1000.0);
            s.transfer_total += r.body_size;
        }
        if let Some(err) = &e.error {
            s.failures.push(Failure {
                name: "Error".into(),
                message: err.message.clone(),
                at: "request".into(),
                item: e.item.clone(),
                iteration: e.cursor.iteration,
                test: None,
                index: s.failures.len(),
            });
        }
        for x in &e.script_errors {
            s.failures.push(Failure {
                name: x.name.clone(),
                message: x.message.clone(),
                at: x.at(),
                item: e.item.clone(),
                iteration: e.cursor.iteration,
                test: None,
                index: s.failures.len(),
            });
        }
        for (i, a) in e.assertions.iter().enumerate() {
            if let Some(msg) = &a.error {
                s.failures.push(Failure {
                    name: "AssertionError".into(),
                    message: msg.clone(),
                    at: format!("assertion:{i} in test-script"),
                    item: e.item.clone(),
                    iteration: e.cursor.iteration,
                    test: Some(a.name.clone()),
                    index: s.failures.len(),
                });
            }
        }
    }
    s.response_times = w;
    let stat = |total, failed| Stat {
        total,
        pending: 0,
        failed,
    };
    s.stats.iterations = stat(2, 2);
    s.stats.items = stat(12, 4);
    s.stats.requests = stat(11, 2);
    s.stats.assertions = stat(14, 3);
    s.notices.push("a notice about <things>".into());
    s
}

fn context() -> RunContext {
    RunContext {
        collection: json!({
            "info": {"name": "Golden <&> \"API\""},
            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{tok}}"}]},
            "variable": [{"key": "pw", "value": KNOWN}],
        }),
        environment: json!({"name": "env", "values": [
            {"key": "tok", "value": LATE, "enabled": true},
            {"key": "pw", "value": KNOWN, "enabled": true},
        ]}),
        globals: json!({"name": "globals", "values": []}),
    }
}

fn redactor() -> Redactor {
    let mut r = Redactor::new();
    r.add_value(KNOWN);
    r
}

/// Feeds the executions to `r` as the runner does, then finishes it.
fn run(r: &mut dyn Reporter) {
    run_with(r, &executions());
}

fn run_with(r: &mut dyn Reporter, execs: &[Execution]) {
    let mut s = summary(execs);
    for e in execs {
        r.on_event(&RunEvent::Executed(e));
        s.learn_secrets(e);
    }
    r.finish(&s, &context()).expect("report written");
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("report_golden")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Compares `actual` with the golden file (or rewrites it), pointing at the first difference.
fn check(name: &str, actual: &str) {
    let path = golden(name);
    if std::env::var_os("COURIER_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("golden written");
        return;
    }
    let want = std::fs::read_to_string(&path).expect("golden file");
    if want != actual {
        let at = want
            .bytes()
            .zip(actual.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(want.len().min(actual.len()));
        let show = |s: &str| {
            let bytes = &s.as_bytes()[at.saturating_sub(80)..(at + 80).min(s.len())];
            String::from_utf8_lossy(bytes).into_owned()
        };
        panic!(
            "{name} differs at byte {at} (lengths {} vs {}):\nwant: {:?}\ngot:  {:?}",
            want.len(),
            actual.len(),
            show(&want),
            show(actual)
        );
    }
}

/// Every secret of the run, none of which may appear in a report.
fn assert_masked(name: &str, text: &str) {
    for secret in [KNOWN, LATE, WRAPPING, LATE_HEADER_VALUE, "sid=abc"] {
        assert!(!text.contains(secret), "{secret} leaked into {name}");
    }
}

fn json_report() -> String {
    let out = scratch("json").join("r.json");
    run(&mut JsonReporter::new(Some(out.clone()), redactor()));
    std::fs::read_to_string(out).expect("json report")
}

fn junit_report() -> String {
    let out = scratch("junit").join("r.xml");
    run(&mut JunitReporter::new(Some(out.clone()), redactor()));
    std::fs::read_to_string(out).expect("junit report")
}

fn html_report(name: &str, opts: HtmlOptions) -> String {
    let out = scratch(name).join("r.html");
    let opts = HtmlOptions {
        export: Some(out.clone()),
        ..opts
    };
    run(&mut HtmlReporter::new(opts, redactor()));
    std::fs::read_to_string(out).expect("html report")
}

#[test]
fn json_report_is_unchanged() {
    let text = json_report();
    assert_masked("json", &text);
    check("report.json", &text);
}

#[test]
fn junit_report_is_unchanged() {
    let text = junit_report();
    assert_masked("junit", &text);
    check("report.xml", &text);
}

#[test]
fn html_report_is_unchanged() {
    let text = html_report("html", HtmlOptions::default());
    assert_masked("html", &text);
    check("report.html", &text);
}

#[test]
fn html_report_with_options_is_unchanged() {
    let opts = HtmlOptions {
        show_only_fails: true,
        max_body: 40,
        title: Some(format!("Only fails {LATE}")),
        ..HtmlOptions::default()
    };
    let text = html_report("html-options", opts);
    assert_masked("html (options)", &text);
    check("report-only-fails.html", &text);
}

#[test]
fn a_secret_learnt_after_an_execution_was_spooled_is_masked_in_every_report() {
    let first = item("item[0]", &[], "first");
    let second = item("item[1]", &[], "second");
    let mut a = exec(&first, 0, 0, 0);
    a.request = request(
        "GET",
        &format!("https://api.test/a?t={LATE}"),
        &[(LATE_HEADER, LATE_HEADER_VALUE)],
        b"",
    );
    a.response = Some(response(
        200,
        "OK",
        &[("content-type", "text/plain")],
        format!("token {LATE}").into_bytes(),
        3,
    ));
    a.assertions = vec![assertion("token", false, Some(&format!("got {LATE}")))];
    // Only the second request says the token and the header are secrets.
    let mut b = exec(&second, 0, 1, 1);
    b.secrets = vec![LATE.into()];
    b.secret_headers = vec![LATE_HEADER.into()];
    let execs = [a, b];
    let dir = scratch("late");
    let (json, xml, html) = (dir.join("r.json"), dir.join("r.xml"), dir.join("r.html"));
    run_with(
        &mut JsonReporter::new(Some(json.clone()), Redactor::new()),
        &execs,
    );
    run_with(
        &mut JunitReporter::new(Some(xml.clone()), Redactor::new()),
        &execs,
    );
    let opts = HtmlOptions {
        export: Some(html.clone()),
        ..HtmlOptions::default()
    };
    run_with(&mut HtmlReporter::new(opts, Redactor::new()), &execs);
    for (path, masked) in [
        (json, "https://api.test/a?t=***"),
        (xml, "GET https://api.test/a?t=*** -&gt; 200 OK"),
        (html, "https://api.test/a?t&#x3D;***"),
    ] {
        let text = std::fs::read_to_string(&path).expect("report");
        for secret in [LATE, LATE_HEADER_VALUE] {
            assert!(!text.contains(secret), "{secret} leaked into {path:?}");
        }
        assert!(text.contains(masked), "{path:?} lacks {masked:?}");
        assert!(text.contains("got ***"), "{path:?}");
    }
}
