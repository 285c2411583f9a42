//! The HTML reporter, through the library API: a hand-built run with failures, a request
//! error, a truncated JSON body, a binary body and secrets, checked for a self-contained page
//! (no script, no external resource), failures first and linked, masked secrets, balanced
//! markup, the options, and clear errors from bad templates that spare the other reports.
//! With `COURIER_HTML_FIXTURE_OUT=FILE` set, `browser_fixture` writes the page there for
//! tests/browser/check_html.sh.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use courier::http::Response;
use courier::report::html::{HtmlOptions, HtmlReporter};
use courier::report::json::JsonReporter;
use courier::report::{Redactor, Reporter, Reporters, RunContext};
use courier::request::{Body, RequestSpec, ResolvedUrl};
use courier::runner::summary::Welford;
use courier::runner::{
    Assertion, Cursor, ExecError, Execution, Failure, ItemInfo, RunEvent, RunSummary, Stat,
};

/// The auth token the run used; it must never appear in a report.
const SECRET: &str = "s3cr3t-T0ken-XYZ";
/// An Authorization header value, masked by name.
const AUTH_VALUE: &str = "Basic dXNlcjpodW50ZXIy";

/// A request as sent; the reporter shows only the URL's `href`.
fn request(method: &str, href: &str, headers: &[(&str, &str)], body: &[u8]) -> Option<RequestSpec> {
    let url = ResolvedUrl {
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
    };
    Some(RequestSpec {
        method: method.into(),
        url,
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

fn item(path: &str, folders: &[&str], name: &str) -> Arc<ItemInfo> {
    Arc::new(ItemInfo {
        id: format!("id-{path}"),
        name: name.into(),
        path: path.into(),
        folders: folders.iter().map(|s| s.to_string()).collect(),
    })
}

fn response(status: u16, ctype: &str, body: Vec<u8>, ms: u64) -> Response {
    Response {
        status,
        reason: if status == 200 { "OK" } else { "Not Found" }.into(),
        headers: vec![
            ("content-type".into(), ctype.into()),
            ("set-cookie".into(), "sid=cookie-value-123".into()),
            ("x-echo".into(), format!("token={SECRET}")),
        ],
        wire_size: body.len() as u64,
        body_size: body.len() as u64,
        body,
        truncated: false,
        elapsed: Duration::from_millis(ms),
    }
}

fn assertion(name: &str, skipped: bool, error: Option<String>) -> Assertion {
    let name = name.into();
    Assertion {
        name,
        skipped,
        error,
        source: Default::default(),
    }
}

fn pass(name: &str) -> Assertion {
    assertion(name, false, None)
}

/// A run's summary and the executions the runner reported, in order.
#[derive(Clone)]
struct Run {
    summary: RunSummary,
    executions: Vec<Execution>,
}

/// Two iterations of four requests in three folders (one at the root).
fn fixture() -> Run {
    let login = item("item[0].item[0]", &["Auth"], "Login");
    let list = item("item[1].item[0]", &["Catalog", "Products"], "List products");
    let image = item("item[1].item[1]", &["Catalog", "Products"], "Product image");
    let order = item("item[2]", &[], "Create order <script>alert(1)</script>");
    let mut s = RunSummary::new("Shop API", Some("c-1".into()));
    s.started = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    s.duration = Duration::from_millis(2345);
    let big: Vec<serde_json::Value> = (0..2000)
        .map(|i| serde_json::json!({"id": i, "name": format!("product {i}"), "price": 1.10}))
        .collect();
    let big = serde_json::to_vec(&serde_json::json!({"products": big})).unwrap_or_default();
    let mut w = Welford::default();
    let mut all = Vec::new();
    for it in 0..2usize {
        let mut execs: Vec<Execution> = Vec::new();
        let mk = |item: &Arc<ItemInfo>, pos: usize| Execution {
            id: format!("e{it}{pos}"),
            cursor: Cursor {
                iteration: it,
                iterations: 2,
                position: pos,
                length: 4,
                index: it * 4 + pos,
            },
            item: item.clone(),
            request: None,
            response: None,
            error: None,
            assertions: vec![],
            started: SystemTime::UNIX_EPOCH,
            secrets: vec![SECRET.into()],
            secret_headers: vec![],
            show_body: false,
            script_errors: vec![],
            console: vec![],
            skipped: false,
            next_request: Default::default(),
            attempts: 1,
        };
        let mut e = mk(&login, 0);
        e.request = request(
            "POST",
            &format!("https://api.shop.test/login?token={SECRET}"),
            &[
                ("Authorization", AUTH_VALUE),
                ("Content-Type", "application/json"),
            ],
            format!(r#"{{"user":"ann","password":"{SECRET}"}}"#).as_bytes(),
        );
        e.response = Some(response(
            200,
            "application/json",
            format!(r#"{{"token":"{SECRET}","n":12345678901234567890123}}"#).into_bytes(),
            40,
        ));
        e.assertions = vec![pass("logged in")];
        execs.push(e);

        let mut e = mk(&list, 1);
        e.request = request(
            "GET",
            "https://api.shop.test/products",
            &[("Accept", "*/*")],
            b"",
        );
        e.response = Some(response(200, "application/json", big.clone(), 120));
        e.assertions = vec![
            pass("is JSON"),
            assertion(
                "has 3 products",
                false,
                Some(format!("expected 2000 to equal 3 (token {SECRET})")),
            ),
            assertion("price check", true, None),
        ];
        execs.push(e);

        let mut e = mk(&image, 2);
        e.request = request("GET", "https://cdn.shop.test/p/1.png", &[], b"");
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01".to_vec();
        e.response = Some(response(200, "image/png", png, 15));
        e.assertions = vec![pass("is an image")];
        execs.push(e);

        let mut e = mk(&order, 3);
        e.request = request(
            "PUT",
            "https://orders.shop.test/orders",
            &[("Cookie", "sid=cookie-value-123")],
            b"<img src=\"https://evil.test/x.png\">",
        );
        e.error = Some(ExecError {
            code: "ECONNREFUSED".into(),
            message: "connect ECONNREFUSED 127.0.0.1:9".into(),
        });
        execs.push(e);

        for e in execs {
            let item = e.item.clone();
            if let Some(r) = &e.response {
                w.add(r.elapsed.as_millis() as f64);
                s.transfer_total += r.body_size;
            }
            for a in e.assertions.iter().filter(|a| a.error.is_some()) {
                s.failures.push(Failure {
                    name: "AssertionError".into(),
                    message: a.error.clone().unwrap_or_default(),
                    at: "assertion:1 in test-script".into(),
                    item: item.clone(),
                    iteration: it,
                    test: Some(a.name.clone()),
                    index: 1,
                });
            }
            if let Some(err) = &e.error {
                s.failures.push(Failure {
                    name: "Error".into(),
                    message: err.message.clone(),
                    at: "request".into(),
                    item: item.clone(),
                    iteration: it,
                    test: None,
                    index: 0,
                });
            }
            all.push(e);
        }
    }
    s.response_times = w;
    let stat = |total, failed| Stat {
        total,
        pending: 0,
        failed,
    };
    (s.stats.iterations, s.stats.requests) = (stat(2, 0), stat(8, 2));
    s.stats.assertions = stat(10, 2);
    Run {
        summary: s,
        executions: all,
    }
}

/// A fresh directory of the test's own (tests run in parallel).
fn scratch(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("html_report")
        .join(format!("{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Runs the reporter as the CLI will: events, then finish; returns the page.
fn report(run: &Run, mut opts: HtmlOptions, name: &str) -> String {
    let out = scratch(name).join("report.html");
    opts.export = Some(out.clone());
    let mut r = HtmlReporter::new(opts, Redactor::new());
    for e in &run.executions {
        r.on_event(&RunEvent::Executed(e));
    }
    r.finish(&run.summary, &RunContext::default())
        .expect("report written");
    std::fs::read_to_string(&out).expect("report readable")
}

fn default_page() -> String {
    report(&fixture(), HtmlOptions::default(), "default")
}

#[test]
fn page_is_self_contained() {
    let page = default_page();
    let lower = page.to_ascii_lowercase();
    let banned = "<script <link <img <iframe <object <embed src= url( @import javascript:";
    for bad in banned.split(' ') {
        assert!(!lower.contains(bad), "page contains {bad:?}");
    }
    let hrefs: Vec<&str> = lower.split("href=\"").skip(1).collect();
    assert!(!hrefs.is_empty());
    for h in hrefs {
        assert!(
            h.starts_with('#'),
            "non-local link: {}",
            h.chars().take(60).collect::<String>()
        );
    }
    assert!(page.contains(r#"content="default-src 'none'; style-src 'unsafe-inline';"#));
    // Request URLs are shown as text.
    assert!(page.contains("<code>https://api.shop.test/products</code>"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn summary_comes_first_with_the_run_numbers() {
    let page = default_page();
    let summary = &page[page.find(r#"id="summary""#).expect("summary")..];
    let summary = &summary[..summary.find("</section>").expect("end")];
    for want in [
        "<dt>Iterations</dt><dd>2</dd>",
        "<dt>Requests</dt><dd>8 <small class=\"bad\">2 failed</small></dd>",
        "<dt>Assertions</dt><dd>10 <small><span class=\"bad\">2 failed</span>, 2 skipped</small>",
        "<dt>Failures</dt><dd>4</dd>",
        "<dt>Duration</dt><dd>2.3s</dd>",
        "<dt>Average response time</dt><dd>58ms",
        "Run failed",
    ] {
        assert!(
            summary.contains(want) || page.contains(want),
            "missing {want:?}"
        );
    }
}

#[test]
fn failures_come_first_and_link_to_their_request() {
    let page = default_page();
    let f = page.find(r#"id="failures""#).expect("failures section");
    let r = page.find(r#"id="requests""#).expect("requests section");
    assert!(f < r);
    let section = &page[f..r];
    let links: Vec<String> = section
        .split("href=\"#")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap_or(0)].to_string())
        .collect();
    assert_eq!(links, ["req-2", "req-4", "req-6", "req-8"]);
    for l in &links {
        let at = page.find(&format!("id=\"{l}\"")).expect("anchor target");
        assert!(at > r, "{l} points into the requests");
    }
    assert!(section.contains("<q>has 3 products</q>: expected 2000 to equal 3 (token ***)"));
    assert!(section.contains("connect ECONNREFUSED 127.0.0.1:9"));
}

#[test]
fn iterations_and_folders_are_sections() {
    let page = default_page();
    assert_eq!(page.matches(r#"<section class="iteration""#).count(), 2);
    assert!(page.contains(r#"id="iteration-1""#) && page.contains(r#"id="iteration-2""#));
    // Auth, Catalog / Products, root: three folder sections per iteration.
    assert_eq!(page.matches(r#"<section class="folder">"#).count(), 6);
    assert_eq!(page.matches("Catalog / Products</h4>").count(), 2);
    let first = page.find(r#"id="iteration-1""#).unwrap_or(0);
    let second = page.find(r#"id="iteration-2""#).unwrap_or(0);
    assert!(page[first..second].contains(r#"id="req-4""#));
}

#[test]
fn requests_show_status_assertions_errors_and_parts() {
    let page = default_page();
    let start = page.find(r#"id="req-2""#).expect("req-2");
    let card = &page[start..start + page[start..].find("</article>").expect("end")];
    assert!(card.contains(r#"<span class="method">GET</span>"#));
    assert!(card.contains(r#"<span class="status status-ok">200 OK</span>"#));
    assert!(card.contains("<span>120ms</span>"));
    assert!(card.contains(r#"<li class="a-pass"><span class="badge">pass</span>"#));
    assert!(card.contains(concat!(
        r#"<li class="a-fail"><span class="badge">fail</span> "#,
        r#"<span class="a-name">has 3 products</span><span class="a-msg">expected 2000"#
    )));
    assert!(card.contains(r#"<li class="a-skip"><span class="badge">skip</span>"#));
    assert!(card.contains("1/3 assertions passed"));
    assert!(card.contains("<summary>Response headers <small>(3)</small></summary>"));
    let start = page.find(r#"id="req-4""#).expect("req-4");
    let card = &page[start..start + page[start..].find("</article>").expect("end")];
    assert!(card.contains("no response"));
    assert!(card.contains("Request error (ECONNREFUSED):</b> connect ECONNREFUSED"));
    assert!(card.contains("&lt;img src&#x3D;&quot;https://evil.test/x.png&quot;&gt;"));
}

#[test]
fn bodies_are_pretty_truncated_or_binary() {
    let page = default_page();
    // Pretty-printed JSON keeps numbers as sent.
    assert!(page.contains(
        "{\n  &quot;token&quot;: &quot;***&quot;,\n  &quot;n&quot;: 12345678901234567890123\n}"
    ));
    let size = fixture().executions[1]
        .response
        .as_ref()
        .map(|r| r.body_size)
        .unwrap_or(0);
    assert!(size > 32 * 1024);
    assert!(page.contains(&format!(
        "Truncated to the first 32768 bytes; the whole body is {size} bytes ({}).",
        courier::report::format::bytes(size)
    )));
    assert!(page.contains(r#"<p class="binary">binary, 20 bytes</p>"#));
    assert!(!page.contains("IHDR"));
}

#[test]
fn secrets_never_appear() {
    let page = default_page();
    for secret in [SECRET, AUTH_VALUE, "cookie-value-123", "dXNlcjpodW50ZXIy"] {
        assert!(!page.contains(secret), "{secret} leaked");
    }
    assert!(page.contains("<dt>Authorization</dt><dd>***</dd>"));
    assert!(page.contains("<dt>set-cookie</dt><dd>***</dd>"));
    assert!(page.contains("login?token&#x3D;***"));
    // Custom titles are masked too.
    let opts = HtmlOptions {
        title: Some(format!("run with {SECRET}")),
        ..HtmlOptions::default()
    };
    assert!(!report(&fixture(), opts, "secret-title").contains(SECRET));
}

/// Checks that the page's elements nest properly (all text is escaped, so `<` opens a tag).
fn assert_balanced(page: &str) {
    const VOID: &[&str] = &["meta", "br", "hr", "img", "input", "link", "wbr"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = page;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("tag closes");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') {
            continue;
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if tag.starts_with('/') {
            let open = stack.pop().unwrap_or_default();
            assert_eq!(open, name, "</{name}> closes <{open}>");
        } else if !VOID.contains(&name.as_str()) {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

#[test]
fn markup_is_balanced_for_every_option_set() {
    assert_balanced(&default_page());
    for (i, opts) in [
        HtmlOptions {
            show_only_fails: true,
            ..HtmlOptions::default()
        },
        HtmlOptions {
            omit_bodies: true,
            omit_headers: true,
            ..HtmlOptions::default()
        },
    ]
    .into_iter()
    .enumerate()
    {
        assert_balanced(&report(&fixture(), opts, &format!("balanced-{i}")));
    }
    let empty = Run {
        summary: RunSummary::new("Empty", None),
        executions: Vec::new(),
    };
    let page = report(&empty, HtmlOptions::default(), "balanced-empty");
    assert_balanced(&page);
    assert!(page.contains("No requests were run"));
    assert!(page.contains("Run passed"));
}

#[test]
fn options_filter_the_page() {
    let opts = HtmlOptions {
        show_only_fails: true,
        title: Some("Nightly <checks>".into()),
        ..HtmlOptions::default()
    };
    let page = report(&fixture(), opts, "only-fails");
    assert!(page.contains("<title>Nightly &lt;checks&gt;</title>"));
    assert_eq!(page.matches("<article ").count(), 4);
    assert!(!page.contains(r#"id="req-1""#) && page.contains(r#"id="req-2""#));
    assert!(page.contains("Only failed requests are shown."));

    let opts = HtmlOptions {
        omit_bodies: true,
        omit_headers: true,
        ..HtmlOptions::default()
    };
    let page = report(&fixture(), opts, "omit");
    assert_eq!(page.matches("<article ").count(), 8);
    assert!(!page.contains("headers <small>") && !page.contains("body</summary>"));

    let opts = HtmlOptions::from_reporter_options(&BTreeMap::from([(
        "maxBodySize".to_string(),
        "100".to_string(),
    )]))
    .expect("options");
    let page = report(&fixture(), opts, "small-bodies");
    assert!(page.contains("Truncated to the first 100 bytes; the whole body is"));
}

#[test]
fn custom_template_is_used() {
    let dir = scratch("custom");
    let tpl = dir.join("t.hbs");
    let text = "<h1>{{title}}</h1>{{#each iterations}}{{#each folders}}{{#each executions}}\
                {{#request this}}<p>{{method}} {{url}} {{response.status}}</p>{{/request}}\
                {{/each}}{{/each}}{{/each}}";
    std::fs::write(&tpl, text).expect("template");
    let opts = HtmlOptions {
        template: Some(tpl),
        ..HtmlOptions::default()
    };
    let page = report(&fixture(), opts, "custom-out");
    assert!(page.starts_with(
        "<h1>Shop API · run report</h1><p>POST https://api.shop.test/login?token&#x3D;*** 200</p>"
    ));
    assert!(!page.contains(SECRET));
}

#[test]
fn bad_templates_fail_clearly_and_spare_the_other_reports() {
    let dir = scratch("bad");
    let broken = dir.join("broken.hbs");
    std::fs::write(&broken, "<p>{{#each failures}}never closed</p>").expect("template");
    let unknown = dir.join("unknown.hbs");
    std::fs::write(&unknown, "<p>{{#nosuchhelper title}}x{{/nosuchhelper}}</p>").expect("t");
    let missing = dir.join("missing.hbs");
    for (tpl, want) in [
        (&broken, "broken.hbs"),
        (&unknown, "nosuchhelper"),
        (&missing, "cannot read template"),
    ] {
        let opts = HtmlOptions {
            template: Some(tpl.clone()),
            ..HtmlOptions::default()
        };
        assert!(
            opts.check_template().is_err() || tpl == &unknown,
            "{tpl:?} accepted"
        );
        let html_out = dir.join("page.html");
        std::fs::write(&html_out, "older report").expect("older");
        let json_out = dir.join("run.json");
        let _ = std::fs::remove_file(&json_out);
        let mut sinks = Reporters::default();
        sinks.push(Box::new(HtmlReporter::new(
            HtmlOptions {
                export: Some(html_out.clone()),
                ..opts
            },
            Redactor::new(),
        )));
        sinks.push(Box::new(JsonReporter::new(
            Some(json_out.clone()),
            Redactor::new(),
        )));
        let run = fixture();
        for e in &run.executions {
            sinks.on_event(&RunEvent::Executed(e));
        }
        let errors = sinks.finish(&run.summary, &RunContext::default());
        assert_eq!(errors.len(), 1, "{errors:?}");
        let msg = errors[0].to_string();
        assert!(
            msg.starts_with("html reporter: ") && msg.contains(want),
            "{msg}"
        );
        assert!(json_out.exists(), "the JSON report is still written");
        assert_eq!(
            std::fs::read_to_string(&html_out).unwrap_or_default(),
            "older report"
        );
        let leftovers = std::fs::read_dir(&dir)
            .map(|d| {
                d.flatten()
                    .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
                    .count()
            })
            .unwrap_or(0);
        assert_eq!(leftovers, 0);
    }
}

#[test]
fn large_runs_render_in_one_pass() {
    let base = fixture();
    let mut s = base.clone();
    for i in 0..1500 {
        let mut e = base.executions[i % base.executions.len()].clone();
        e.cursor.index = s.executions.len();
        s.executions.push(e);
    }
    let mut sink = std::io::sink();
    let start = std::time::Instant::now();
    courier::report::html::render(
        &s.summary,
        &s.executions,
        &Redactor::new(),
        &HtmlOptions::default(),
        &mut sink,
    )
    .expect("rendered");
    assert!(start.elapsed() < Duration::from_secs(60));
}

#[test]
fn browser_fixture() {
    let Some(out) = std::env::var_os("COURIER_HTML_FIXTURE_OUT") else {
        return;
    };
    let opts = HtmlOptions {
        export: Some(PathBuf::from(out)),
        title: Some("Shop API nightly".into()),
        ..HtmlOptions::default()
    };
    let run = fixture();
    let mut r = HtmlReporter::new(opts, Redactor::new());
    for e in &run.executions {
        r.on_event(&RunEvent::Executed(e));
    }
    r.finish(&run.summary, &RunContext::default())
        .expect("fixture written");
}
