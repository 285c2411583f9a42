//! JUnit reports validate against the JUnit schema Jenkins accepts (issue #7).
//!
//! `tests/junit/junit.xsd` is courier's own copy of that schema (junit-10.xsd's elements and
//! attributes, in a fixed order, with typed attributes). This binary runs the real `courier`
//! against an in-process HTTP server, reads each JUnit report with a small strict XML reader
//! ([`xml`]) and checks every element against rules that mirror the XSD ([`schema`]);
//! `xsd_file_and_rust_rules_agree` keeps the two in step, and
//! `rust_validator_agrees_with_xmllint` compares verdicts with xmllint when it is installed.
//! `tests/junit/validate.sh` validates files with xmllint and the XSD itself.

mod support;

#[path = "harness/mod.rs"]
mod harness;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

use harness::{collection, courier, refused_url, workdir, write_json, Run};
use support::server::{Recorded, Reply, TestServer};

use schema::Violation;
use xml::{Document, Element};

#[path = "junit/xml.rs"]
mod xml;

#[path = "junit/schema.rs"]
mod schema;

// ---------------------------------------------------------------------------------------------
// Helpers: scratch directories, collections, running courier (the minimum of tests/harness).
// ---------------------------------------------------------------------------------------------

fn folder(name: &str, items: Value) -> Value {
    json!({"name": name, "item": items})
}

/// A GET request item with these test-script lines.
fn get(name: &str, url: &str, tests: &[&str]) -> Value {
    let mut item = json!({"name": name, "request": {"method": "GET", "url": url}});
    if !tests.is_empty() {
        item["event"] =
            json!([{"listen": "test", "script": {"type": "text/javascript", "exec": tests}}]);
    }
    item
}

/// A server answering every request with a small JSON body.
fn server() -> TestServer {
    TestServer::start(|_: &Recorded| Reply::json(200, r#"{"ok":true}"#))
}

/// Runs `coll` with the JUnit reporter (plus `extra` arguments) and returns the run and the
/// report's text.
fn junit_run(name: &str, coll: &Value, extra: &[&str]) -> (Run, String) {
    let dir = workdir(&format!("junit-schema-{name}"));
    write_json(&dir, "c.json", coll);
    let mut args = vec![
        "run",
        "c.json",
        "-r",
        "cli,junit",
        "--reporter-junit-export",
        "out/junit.xml",
    ];
    args.extend_from_slice(extra);
    let run = courier(&dir, &args);
    let xml = std::fs::read_to_string(dir.join("out/junit.xml"))
        .unwrap_or_else(|e| panic!("no JUnit report ({e}); courier said:\n{}", run.all_output()));
    (run, xml)
}

/// Parses `xml`, validates it, and panics with every violation and the document. Also checks that the counts add up.
fn assert_valid(xml: &str) -> Document {
    let doc = xml::parse(xml).unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{xml}"));
    let decl = doc
        .declaration
        .as_ref()
        .unwrap_or_else(|| panic!("no XML declaration\n{xml}"));
    assert_eq!(decl.version, "1.0", "{xml}");
    let violations: Vec<Violation> = schema::validate(&doc);
    assert!(
        violations.is_empty(),
        "the JUnit report breaks tests/junit/junit.xsd:\n  {}\n\n{xml}",
        violations
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join("\n  ")
    );
    let wrong = count_mismatches(&doc);
    assert!(
        wrong.is_empty(),
        "the JUnit counts do not add up:\n  {}\n\n{xml}",
        wrong.join("\n  ")
    );
    doc
}

/// `tests`, `failures`, `errors` and `skipped` agree with the test cases (not an XSD rule, but
/// what every reader of the file expects).
fn count_mismatches(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    let suites: Vec<&Element> = if doc.root.name == "testsuite" {
        vec![&doc.root]
    } else {
        doc.root.named("testsuite").collect()
    };
    let mut totals: BTreeMap<&str, u64> = BTreeMap::new();
    for s in &suites {
        let cases: Vec<&Element> = s.named("testcase").collect();
        let with = |outcome: &str| cases.iter().filter(|c| c.child(outcome).is_some()).count();
        for (attr, n) in [
            ("tests", cases.len()),
            ("failures", with("failure")),
            ("errors", with("error")),
            ("skipped", with("skipped")),
        ] {
            *totals.entry(attr).or_default() += n as u64;
            if let Some(v) = s.attr(attr) {
                if v.trim().parse::<u64>() != Ok(n as u64) {
                    out.push(format!(
                        "testsuite {:?}: {attr}={v:?} but {n} test case(s) say so",
                        s.attr("name").unwrap_or("")
                    ));
                }
            }
        }
    }
    if doc.root.name == "testsuites" {
        for (attr, n) in totals {
            if let Some(v) = doc.root.attr(attr) {
                if v.trim().parse::<u64>() != Ok(n) {
                    out.push(format!(
                        "testsuites: {attr}={v:?} but the suites add up to {n}"
                    ));
                }
            }
        }
    }
    out
}

fn suites(doc: &Document) -> Vec<&Element> {
    doc.root.named("testsuite").collect()
}

fn suite<'a>(doc: &'a Document, name: &str) -> &'a Element {
    suites(doc)
        .into_iter()
        .find(|s| s.attr("name") == Some(name))
        .unwrap_or_else(|| {
            let names: Vec<_> = suites(doc).iter().map(|s| s.attr("name")).collect();
            panic!("no <testsuite name={name:?}>; there are {names:?}")
        })
}

fn cases(suite: &Element) -> Vec<&Element> {
    suite.named("testcase").collect()
}

/// `skipped`, `error`, `failure`, or "passed".
fn outcome(case: &Element) -> &str {
    case.elements()
        .map(|e| e.name.as_str())
        .find(|n| matches!(*n, "skipped" | "error" | "failure"))
        .unwrap_or("passed")
}

// ---------------------------------------------------------------------------------------------
// Reports produced by courier
// ---------------------------------------------------------------------------------------------

#[test]
fn passing_and_failing_assertions_validate() {
    let srv = server();
    let coll = collection(
        "Assertions",
        json!([get(
            "status",
            &srv.url("/ok"),
            &[
                "pm.test('status is 200', () => pm.response.to.have.status(200));",
                "pm.test('body is ok', () => pm.expect(pm.response.json().ok).to.eql(true));",
                "pm.test('wrong status', () => pm.response.to.have.status(404));",
            ],
        )]),
    );
    let (run, xml) = junit_run("assertions", &coll, &[]);
    assert_eq!(run.code, 1, "{}", run.all_output());
    let doc = assert_valid(&xml);
    let s = suite(&doc, "status");
    let got: Vec<(&str, &str)> = cases(s)
        .iter()
        .map(|c| (c.attr("name").unwrap_or(""), outcome(c)))
        .collect();
    assert_eq!(
        got,
        [
            ("status is 200", "passed"),
            ("body is ok", "passed"),
            ("wrong status", "failure")
        ],
        "{xml}"
    );
    let failure = cases(s)[2].child("failure").expect("failure");
    assert!(
        failure.attr("message").is_some_and(|m| m.contains("404")),
        "{xml}"
    );
    assert!(failure.text().contains("wrong status") || failure.text().contains("404"));
    assert_eq!(s.attr("failures"), Some("1"));
}

#[test]
fn skipped_test_validates() {
    let srv = server();
    let coll = collection(
        "Skips",
        json!([get(
            "with a skip",
            &srv.url("/"),
            &[
                "pm.test('runs', () => {});",
                "pm.test.skip('not today', () => { throw new Error('never runs'); });",
            ],
        )]),
    );
    let (run, xml) = junit_run("skipped", &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let doc = assert_valid(&xml);
    let s = suite(&doc, "with a skip");
    let got: Vec<&str> = cases(s).iter().map(|c| outcome(c)).collect();
    assert_eq!(got, ["passed", "skipped"], "{xml}");
    assert_eq!(s.attr("skipped"), Some("1"), "{xml}");
}

#[test]
fn script_error_validates() {
    let srv = server();
    let coll = collection(
        "Script errors",
        json!([get(
            "thrower",
            &srv.url("/"),
            &[
                "pm.test('ran before the throw', () => {});",
                "throw new Error('thrown on purpose & <loudly>');",
            ],
        )]),
    );
    let (run, xml) = junit_run("script-error", &coll, &[]);
    assert_eq!(
        run.code,
        1,
        "a script error fails the run: {}",
        run.all_output()
    );
    let doc = assert_valid(&xml);
    let s = suite(&doc, "thrower");
    let err = s.child("system-err").expect("system-err").text();
    assert!(
        err.contains("thrown on purpose & <loudly>"),
        "the script error is reported: {xml}"
    );
    assert_eq!(
        cases(s)
            .iter()
            .map(|c| c.attr("name").unwrap_or(""))
            .collect::<Vec<_>>(),
        ["ran before the throw", "test-script error"],
        "{xml}"
    );
    // The script error is an <error> test case, so CI counts the suite as failed.
    let c = cases(s);
    let error = c[1].child("error").expect("<error>");
    assert_eq!(error.attr("type"), Some("Error"), "{xml}");
    assert!(
        error
            .attr("message")
            .is_some_and(|m| m.starts_with("Error in test-script:2:")
                && m.ends_with("thrown on purpose & <loudly>")),
        "{xml}"
    );
    assert_eq!(s.attr("errors"), Some("1"), "{xml}");
}

#[test]
fn request_error_validates() {
    let dead = refused_url();
    let coll = collection("Refused", json!([get("down", &dead, &[])]));
    let (run, xml) = junit_run("request-error", &coll, &[]);
    assert_eq!(run.code, 1, "{}", run.all_output());
    let doc = assert_valid(&xml);
    let s = suite(&doc, "down");
    let c = cases(s);
    assert_eq!(c.len(), 1, "{xml}");
    assert_eq!(c[0].attr("name"), Some("request"));
    let error = c[0].child("error").expect("<error>");
    assert_eq!(error.attr("type"), Some("ECONNREFUSED"), "{xml}");
    assert!(s
        .child("system-err")
        .is_some_and(|e| e.text().contains("ECONNREFUSED")));
}

#[test]
fn iterations_and_folders_validate() {
    let srv = server();
    let coll = collection(
        "Nested",
        json!([
            folder(
                "Outer",
                json!([
                    folder(
                        "Inner",
                        json!([get(
                            "leaf",
                            &srv.url("/leaf"),
                            &["pm.test('leaf ok', () => {});"]
                        )])
                    ),
                    get(
                        "sibling",
                        &srv.url("/sibling"),
                        &["pm.test('sibling ok', () => {});"]
                    )
                ])
            ),
            get("top", &srv.url("/top"), &["pm.test('top ok', () => {});"])
        ]),
    );
    let (run, xml) = junit_run("iterations", &coll, &["-n", "3"]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let doc = assert_valid(&xml);
    let names: Vec<&str> = suites(&doc)
        .iter()
        .map(|s| s.attr("name").unwrap_or(""))
        .collect();
    assert_eq!(
        names,
        ["Outer / Inner / leaf", "Outer / sibling", "top"],
        "{xml}"
    );
    for s in suites(&doc) {
        assert_eq!(cases(s).len(), 3, "one test case per iteration: {xml}");
        let out = s.child("system-out").expect("system-out").text();
        for i in 0..3 {
            assert!(out.contains(&format!("Iteration {i}:")), "{xml}");
        }
    }
    assert_eq!(doc.root.attr("tests"), Some("9"));
    assert_eq!(srv.request_count(), 9);
}

#[test]
fn xml_special_characters_round_trip_and_validate() {
    let srv = server();
    let coll = collection(
        r#"Schema & <co> "q" 'a'"#,
        json!([folder(
            r#"Folder & <F> "q" 'a'"#,
            json!([get(
                r#"Req & <r> "q" 'a' ✓"#,
                &srv.url("/?a=1&b=<2>"),
                &[
                    r#"pm.test("passes & <p> \"q\" 'a' ü", () => {});"#,
                    r#"pm.test("fails ]]> & <f>", () => pm.expect("]]> & <x> \"q\" 'a'").to.eql("y"));"#,
                    r#"pm.test.skip("skips & <s>", () => {});"#,
                ],
            )])
        )]),
    );
    let (run, xml) = junit_run("special", &coll, &[]);
    assert_eq!(run.code, 1, "{}", run.all_output());
    let doc = assert_valid(&xml);
    assert_eq!(doc.root.attr("name"), Some(r#"Schema & <co> "q" 'a'"#));
    let s = suite(&doc, r#"Folder & <F> "q" 'a' / Req & <r> "q" 'a' ✓"#);
    let got: Vec<(&str, &str)> = cases(s)
        .iter()
        .map(|c| (c.attr("name").unwrap_or(""), outcome(c)))
        .collect();
    assert_eq!(
        got,
        [
            (r#"passes & <p> "q" 'a' ü"#, "passed"),
            ("fails ]]> & <f>", "failure"),
            ("skips & <s>", "skipped"),
        ],
        "{xml}"
    );
    let failure = cases(s)[1].child("failure").expect("failure");
    let message = failure.attr("message").unwrap_or("");
    assert!(message.contains("]]> & <x>"), "{message}");
    assert!(failure.text().contains("]]> & <x>"), "{xml}");
    assert!(
        s.child("system-out")
            .is_some_and(|o| o.text().contains("/?a=1&b=<2> -> 200 OK")
                || o.text().contains("/?a=1&b=%3C2%3E -> 200 OK")),
        "{xml}"
    );
    // The raw file escapes what must be escaped.
    assert!(!xml.contains("<co>") && !xml.contains("& <"), "{xml}");
}

const TOKEN: &str = "t0k3n-s3cr3t-junit-7f3a";

fn bearer_collection(srv: &TestServer, extra_test: Option<&str>) -> Value {
    let mut tests = vec![
        "pm.test('authorised', () => pm.response.to.have.status(200));",
        // The failure message quotes the Authorization header.
        "pm.test('header echoed', () => pm.expect(pm.request.headers.get('Authorization')).to.eql('nope'));",
    ];
    tests.extend(extra_test);
    let mut item = get("secured", &srv.url(&format!("/s?echo={TOKEN}")), &tests);
    item["request"]["auth"] =
        json!({"type": "bearer", "bearer": [{"key": "token", "value": TOKEN, "type": "string"}]});
    collection("Secrets", json!([item]))
}

#[test]
fn bearer_token_never_appears_and_report_validates() {
    let srv = server();
    let (run, xml) = junit_run("secrets", &bearer_collection(&srv, None), &[]);
    assert_eq!(run.code, 1, "{}", run.all_output());
    assert_eq!(
        srv.requests()[0].header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str()),
        "the token was sent"
    );
    assert!(!xml.contains(TOKEN), "the bearer token leaked:\n{xml}");
    let doc = assert_valid(&xml);
    let s = suite(&doc, "secured");
    let failure = cases(s)[1].child("failure").expect("failure");
    assert!(
        failure
            .attr("message")
            .is_some_and(|m| m.contains("Bearer ***")),
        "{xml}"
    );
    assert!(!run.all_output().contains(TOKEN), "{}", run.all_output());
}

#[test]
fn bearer_token_in_an_assertion_name_is_masked() {
    let srv = server();
    let coll = bearer_collection(
        &srv,
        Some("pm.test('sent ' + pm.request.headers.get('Authorization'), () => {});"),
    );
    let (run, xml) = junit_run("secret-name", &coll, &[]);
    assert_valid(&xml);
    assert!(xml.contains("sent Bearer ***"), "{xml}");
    assert!(!xml.contains(TOKEN), "the bearer token leaked:\n{xml}");
    assert!(
        !run.all_output().contains(TOKEN),
        "the bearer token leaked to the console:\n{}",
        run.all_output()
    );
}

#[test]
fn everything_at_once_over_two_iterations_validates() {
    let srv = server();
    let dead = refused_url();
    let mut secured = get(
        r#"Secured & <"s">"#,
        &srv.url("/secured"),
        &[
            "pm.test('ok & <200>', () => pm.response.to.have.status(200));",
            "pm.test('fails \"deliberately\"', () => pm.expect(1).to.eql(2));",
            "pm.test.skip('skipped <on purpose>', () => {});",
        ],
    );
    secured["request"]["auth"] =
        json!({"type": "bearer", "bearer": [{"key": "token", "value": TOKEN}]});
    let coll = collection(
        "Everything & <all>",
        json!([
            folder(
                "Folder 'one'",
                json!([secured, get("no tests", &srv.url("/plain"), &[])])
            ),
            get(
                "thrower",
                &srv.url("/t"),
                &["pm.test('first', () => {});", "throw new Error('boom');"]
            ),
            get(
                "refused",
                &dead,
                &["pm.test('after a refused request', () => {});"]
            ),
        ]),
    );
    let (run, xml) = junit_run("everything", &coll, &["-n", "2"]);
    assert_eq!(run.code, 1, "{}", run.all_output());
    assert!(!xml.contains(TOKEN), "the bearer token leaked:\n{xml}");
    let doc = assert_valid(&xml);
    let names: Vec<&str> = suites(&doc)
        .iter()
        .map(|s| s.attr("name").unwrap_or(""))
        .collect();
    assert_eq!(
        names,
        [
            r#"Folder 'one' / Secured & <"s">"#,
            "Folder 'one' / no tests",
            "thrower",
            "refused"
        ],
        "{xml}"
    );
    assert_eq!(cases(suite(&doc, "Folder 'one' / no tests")).len(), 0);
    let outcomes: Vec<&str> = cases(suites(&doc)[0]).iter().map(|c| outcome(c)).collect();
    assert_eq!(
        outcomes,
        ["passed", "failure", "skipped", "passed", "failure", "skipped"],
        "{xml}"
    );
    assert_eq!(suite(&doc, "refused").attr("errors"), Some("2"), "{xml}");
}

#[test]
fn empty_collection_validates() {
    let coll = collection("Nothing", json!([]));
    let (run, xml) = junit_run("empty", &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let doc = assert_valid(&xml);
    assert_eq!(doc.root.name, "testsuites");
    assert!(suites(&doc).is_empty(), "{xml}");
}

// ---------------------------------------------------------------------------------------------
// The validator itself: it must be able to fail.
// ---------------------------------------------------------------------------------------------

/// A small document that satisfies every rule, using every element.
const VALID: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment -->
<testsuites name="all &amp; every" tests="3" failures="1" errors="1" time="1.5">
  <testsuite name="s" tests="3" failures="1" errors="1" skipped="0" time="0.250"
      timestamp="2024-02-29T23:59:59.123+02:00" hostname="localhost" id="0" package="p">
    <properties>
      <property name="k" value="v"/>
    </properties>
    <testcase name="ok" classname="c" time="0"/>
    <testcase name="bad" classname="c" time="0.1"><failure message="m" type="t">details &lt;here&gt;</failure></testcase>
    <testcase name="broken"><error message="e"><![CDATA[stack <trace> & more]]></error><system-out>o</system-out></testcase>
    <system-out>out</system-out>
    <system-err>err</system-err>
  </testsuite>
</testsuites>
"#;

/// Mutations of [`VALID`] that break the schema: (what, replace this once, with this).
const INVALID: &[(&str, &str, &str)] = &[
    (
        "undeclared attribute on testsuites",
        r#"<testsuites name"#,
        r#"<testsuites skipped="0" name"#,
    ),
    (
        "missing required tests",
        r#"<testsuite name="s" tests="3" "#,
        r#"<testsuite name="s" "#,
    ),
    (
        "non-integer count",
        r#"failures="1" errors="1" skipped="0""#,
        r#"failures="one" errors="1" skipped="0""#,
    ),
    ("negative count", r#"skipped="0""#, r#"skipped="-1""#),
    ("time with a unit", r#"time="0.250""#, r#"time="250ms""#),
    ("negative time", r#"time="0.250""#, r#"time="-0.5""#),
    ("signed time", r#"time="0.250""#, r#"time="+0.250""#),
    ("time with a thousands separator", r#"time="1.5""#, r#"time="1,500.0""#),
    (
        "timestamp not ISO 8601",
        "2024-02-29T23:59:59.123+02:00",
        "29/02/2024 23:59",
    ),
    (
        "impossible date",
        "2024-02-29T23:59:59.123+02:00",
        "2023-02-29T23:59:59",
    ),
    (
        "bad time zone",
        "2024-02-29T23:59:59.123+02:00",
        "2024-02-29T23:59:59+15:00",
    ),
    (
        "testcase before properties",
        "<properties>\n      <property name=\"k\" value=\"v\"/>\n    </properties>\n    <testcase name=\"ok\" classname=\"c\" time=\"0\"/>",
        "<testcase name=\"ok\" classname=\"c\" time=\"0\"/>\n<properties>\n      <property name=\"k\" value=\"v\"/>\n    </properties>",
    ),
    (
        "two system-out",
        "<system-out>out</system-out>",
        "<system-out>out</system-out><system-out>again</system-out>",
    ),
    (
        "system-err before system-out",
        "<system-out>out</system-out>\n    <system-err>err</system-err>",
        "<system-err>err</system-err><system-out>out</system-out>",
    ),
    (
        "element inside failure",
        "details &lt;here&gt;",
        "<b>details</b>",
    ),
    (
        "unknown element in testcase",
        r#"<testcase name="ok" classname="c" time="0"/>"#,
        r#"<testcase name="ok"><flaky/></testcase>"#,
    ),
    (
        "outcome after system-out",
        "<system-out>o</system-out></testcase>",
        "<system-out>o</system-out><skipped/></testcase>",
    ),
    (
        "testcase without a name",
        r#"<testcase name="ok" classname="c" time="0"/>"#,
        r#"<testcase classname="c" time="0"/>"#,
    ),
    (
        "text between elements",
        "    <system-out>out",
        "    stray text <system-out>out",
    ),
    (
        "attribute on system-out",
        "<system-out>out</system-out>",
        r#"<system-out lines="1">out</system-out>"#,
    ),
    (
        "property with content",
        r#"<property name="k" value="v"/>"#,
        r#"<property name="k" value="v"> </property>"#,
    ),
    (
        "property without a value",
        r#"<property name="k" value="v"/>"#,
        r#"<property name="k"/>"#,
    ),
    (
        "testsuite nested in testsuite",
        "<system-err>err</system-err>",
        r#"<system-err>err</system-err><testsuite name="x" tests="0" failures="0" errors="0"/>"#,
    ),
];

fn mutate(from: &str, to: &str) -> String {
    assert!(
        VALID.contains(from),
        "mutation anchor {from:?} not in VALID"
    );
    VALID.replacen(from, to, 1)
}

#[test]
fn validator_accepts_a_document_using_every_element() {
    let doc = xml::parse(VALID).expect("well-formed");
    let v = schema::validate(&doc);
    assert!(v.is_empty(), "{v:?}");
    assert_valid(VALID);
    // A lone <testsuite> is a valid root too.
    let lone = r#"<testsuite name="x" tests="0" failures="0" errors="0"/>"#;
    assert!(schema::validate(&xml::parse(lone).unwrap()).is_empty());
}

#[test]
fn validator_rejects_documents_that_break_the_schema() {
    for (what, from, to) in INVALID {
        let bad = mutate(from, to);
        let doc = xml::parse(&bad).unwrap_or_else(|e| panic!("{what}: not well-formed: {e}"));
        let v = schema::validate(&doc);
        assert!(!v.is_empty(), "{what}: accepted\n{bad}");
    }
    // A root the schema does not declare as global.
    let v = schema::validate(&xml::parse("<failure message='x'/>").unwrap());
    assert!(v[0].message.contains("cannot be the root"), "{v:?}");
    // The helper every report test uses fails on a broken report.
    let broken = mutate(
        r#"<testsuite name="s" tests="3" "#,
        r#"<testsuite name="s" "#,
    );
    let caught = std::panic::catch_unwind(|| assert_valid(&broken));
    assert!(
        caught.is_err(),
        "assert_valid accepted a testsuite without tests"
    );
    // ... and on counts that do not add up.
    let miscounted = mutate(
        r#"<testsuites name="all &amp; every" tests="3""#,
        r#"<testsuites name="all &amp; every" tests="4""#,
    );
    assert!(std::panic::catch_unwind(|| assert_valid(&miscounted)).is_err());
    // The messages name the element and attribute.
    let v = schema::validate(&xml::parse(&mutate(INVALID[0].1, INVALID[0].2)).unwrap());
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].path, "/testsuites");
    assert_eq!(v[0].element, "testsuites");
    assert_eq!(v[0].undeclared_attribute.as_deref(), Some("skipped"));
}

#[test]
fn attribute_types_follow_the_schema() {
    use schema::{check_type, Ty};
    for ok in ["0", "7", "+3", " 12 ", "007"] {
        assert!(check_type(Ty::Count, ok).is_ok(), "{ok:?}");
    }
    for bad in ["", "-1", "1.0", "1e3", "one", "1 2", "0x10"] {
        assert!(check_type(Ty::Count, bad).is_err(), "{bad:?}");
    }
    for ok in ["0", "0.000", "12.5", ".5", "5.", " 3 ", "12345678.123456"] {
        assert!(check_type(Ty::Seconds, ok).is_ok(), "{ok:?}");
    }
    for bad in [
        "", ".", "-0.5", "-0", "+1.5", "1,234.5", "1e3", "1.2.3", "NaN", "5s",
    ] {
        assert!(check_type(Ty::Seconds, bad).is_err(), "{bad:?}");
    }
    for ok in [
        "2024-05-01T10:00:00",
        "2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00.123+00:00",
        "2024-02-29T23:59:59-14:00",
        "2000-02-29T00:00:00.5+14:00",
    ] {
        assert!(check_type(Ty::Timestamp, ok).is_ok(), "{ok:?}");
    }
    for bad in [
        "2024-05-01",
        "2024-05-01 10:00:00",
        "2024-5-01T10:00:00",
        "2024-13-01T10:00:00",
        "2023-02-29T10:00:00",
        "1900-02-29T10:00:00",
        "2024-04-31T10:00:00",
        "2024-05-01T24:00:00",
        "2024-05-01T10:60:00",
        "2024-05-01T10:00:60",
        "2024-05-01T10:00:00.",
        "2024-05-01T10:00:00+14:30",
        "2024-05-01T10:00:00+0100",
        "2024-05-01T10:00:00z",
        "0000-01-01T00:00:00",
        "yesterday",
    ] {
        assert!(check_type(Ty::Timestamp, bad).is_err(), "{bad:?}");
    }
}

#[test]
fn xml_reader_reads_declaration_entities_cdata_and_comments() {
    let doc = xml::parse(
        "\u{feff}<?xml version=\"1.0\" encoding='utf-8' standalone=\"yes\"?>\r\n<?pi data?>\n\
         <a x='1 &amp; &lt;2&gt; &quot;&apos;' y=\"tab\tand\nnewline&#10;kept\">\
         t&#x41;&#66;<!-- c --><b/>x<![CDATA[<&>]]>\r\n</a >\n<!-- end -->\n",
    )
    .expect("well-formed");
    let d = doc.declaration.expect("declaration");
    assert_eq!(d.version, "1.0");
    assert_eq!(d.encoding.as_deref(), Some("utf-8"));
    assert_eq!(d.standalone.as_deref(), Some("yes"));
    let a = &doc.root;
    assert_eq!(a.name, "a");
    assert_eq!(a.attr("x"), Some(r#"1 & <2> "'"#));
    assert_eq!(a.attr("y"), Some("tab and newline\nkept"));
    assert_eq!(a.text(), "tABx<&>\n");
    assert_eq!(
        a.elements().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["b"]
    );
    assert!(xml::parse("<a/>").unwrap().declaration.is_none());
    assert_eq!(
        xml::parse("<x:y-z.1 _a:b='c'/>").unwrap().root.attr("_a:b"),
        Some("c")
    );
}

#[test]
fn xml_reader_rejects_malformed_xml() {
    let cases: &[(&str, &str)] = &[
        ("empty", ""),
        ("only a declaration", "<?xml version=\"1.0\"?>"),
        ("mismatched tags", "<a><b></a></b>"),
        ("unclosed", "<a><b/>"),
        ("two roots", "<a/><b/>"),
        ("text after the root", "<a/>x"),
        ("text before the root", "x<a/>"),
        ("unquoted attribute", "<a x=1/>"),
        ("attribute without value", "<a x/>"),
        ("'<' in an attribute", "<a x='<'/>"),
        ("duplicate attribute", "<a x='1' x='2'/>"),
        ("no space between attributes", "<a x='1'y='2'/>"),
        ("bare ampersand", "<a>fish & chips</a>"),
        ("undefined entity", "<a>&nbsp;</a>"),
        ("unterminated reference", "<a>&amp</a>"),
        ("reference to a control character", "<a>&#1;</a>"),
        ("reference to nothing", "<a>&#xZZ;</a>"),
        ("raw control character", "<a>\u{1b}[31m</a>"),
        ("]]> in text", "<a>]]></a>"),
        ("unterminated CDATA", "<a><![CDATA[x</a>"),
        ("-- in a comment", "<a><!-- a -- b --></a>"),
        ("declaration not first", " <?xml version=\"1.0\"?><a/>"),
        ("declaration inside", "<a><?xml version=\"1.0\"?></a>"),
        ("bad version", "<?xml version=\"2.0\"?><a/>"),
        (
            "encoding we cannot read",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>",
        ),
        (
            "standalone maybe",
            "<?xml version=\"1.0\" standalone=\"maybe\"?><a/>",
        ),
        (
            "declaration out of order",
            "<?xml encoding=\"UTF-8\" version=\"1.0\"?><a/>",
        ),
        ("DOCTYPE", "<!DOCTYPE a><a/>"),
        ("bad name", "<1a/>"),
        ("space before name", "< a/>"),
        ("unterminated start tag", "<a x='1'"),
    ];
    for (what, text) in cases {
        assert!(xml::parse(text).is_err(), "{what}: {text:?} was accepted");
    }
}

// ---------------------------------------------------------------------------------------------
// The XSD and the Rust rules are the same schema.
// ---------------------------------------------------------------------------------------------

fn xsd_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/junit/junit.xsd")
}

/// One step of an XSD sequence: element names (one, or a choice), minOccurs, maxOccurs.
type XsdParticle = (Vec<String>, usize, Option<usize>);

#[derive(Debug, Default)]
struct XsdType {
    /// name -> (type, required)
    attrs: BTreeMap<String, (String, bool)>,
    /// None: simple content (text); Some(particles): a sequence; Some(empty): empty content.
    sequence: Option<Vec<XsdParticle>>,
}

fn occurs(e: &Element) -> (usize, Option<usize>) {
    let min = e
        .attr("minOccurs")
        .map_or(1, |v| v.parse().expect("minOccurs"));
    let max = match e.attr("maxOccurs") {
        Some("unbounded") => None,
        Some(v) => Some(v.parse().expect("maxOccurs")),
        None => Some(1),
    };
    (min, max)
}

fn collect_attrs(e: &Element, into: &mut BTreeMap<String, (String, bool)>) {
    for c in e.elements() {
        if c.name == "xs:attribute" {
            let name = c.attr("name").expect("attribute name").to_string();
            let ty = c.attr("type").expect("attribute type").to_string();
            let required = c.attr("use") == Some("required");
            assert!(
                into.insert(name.clone(), (ty, required)).is_none(),
                "attribute {name} declared twice"
            );
        } else if c.name == "xs:simpleContent" || c.name == "xs:extension" {
            collect_attrs(c, into);
        }
    }
}

#[test]
fn xsd_file_and_rust_rules_agree() {
    let text = std::fs::read_to_string(xsd_path()).expect("tests/junit/junit.xsd");
    let doc = xml::parse(&text).expect("the XSD is well-formed XML");
    assert_eq!(doc.root.name, "xs:schema");
    let mut roots = Vec::new();
    let mut element_type: BTreeMap<String, String> = BTreeMap::new();
    let mut types: BTreeMap<String, XsdType> = BTreeMap::new();
    let mut simple: BTreeMap<String, String> = BTreeMap::new();
    let mut declare = |name: &str, ty: &str| {
        let old = element_type.insert(name.to_string(), ty.to_string());
        assert!(
            old.is_none() || old.as_deref() == Some(ty),
            "<{name}> has two types"
        );
    };
    for top in doc.root.elements() {
        match top.name.as_str() {
            "xs:element" => {
                let name = top.attr("name").expect("name");
                roots.push(name.to_string());
                declare(name, top.attr("type").expect("global elements are typed"));
            }
            "xs:simpleType" => {
                let base = top.child("xs:restriction").and_then(|r| r.attr("base"));
                simple.insert(
                    top.attr("name").expect("name").to_string(),
                    base.expect("restriction base").to_string(),
                );
            }
            "xs:complexType" => {
                let mut t = XsdType::default();
                collect_attrs(top, &mut t.attrs);
                if let Some(sc) = top.child("xs:simpleContent") {
                    let base = sc.child("xs:extension").and_then(|x| x.attr("base"));
                    assert_eq!(base, Some("xs:string"));
                } else if let Some(seq) = top.child("xs:sequence") {
                    let mut particles = Vec::new();
                    for p in seq.elements() {
                        let names: Vec<String> = match p.name.as_str() {
                            "xs:element" => vec![p],
                            "xs:choice" => p.named("xs:element").collect(),
                            other => panic!("unexpected {other} in a sequence"),
                        }
                        .into_iter()
                        .map(|e| {
                            let name = e.attr("name").expect("local elements are named");
                            declare(name, e.attr("type").expect("local elements are typed"));
                            name.to_string()
                        })
                        .collect();
                        let (min, max) = occurs(p);
                        particles.push((names, min, max));
                    }
                    t.sequence = Some(particles);
                } else {
                    t.sequence = Some(Vec::new());
                }
                types.insert(top.attr("name").expect("complexType name").to_string(), t);
            }
            other => panic!("unexpected top-level {other} in the XSD"),
        }
    }

    assert_eq!(roots, schema::ROOTS, "global elements (possible roots)");
    assert_eq!(
        simple.get("count").map(String::as_str),
        Some("xs:nonNegativeInteger")
    );
    assert_eq!(
        simple.get("seconds").map(String::as_str),
        Some("xs:decimal")
    );
    assert_eq!(
        simple.get("iso8601").map(String::as_str),
        Some("xs:dateTime")
    );
    let ty_name = |ty: schema::Ty| match ty {
        schema::Ty::String => "xs:string",
        schema::Ty::Count => "count",
        schema::Ty::Seconds => "seconds",
        schema::Ty::Timestamp => "iso8601",
    };
    let declared: Vec<&String> = element_type.keys().collect();
    let mut ruled: Vec<&str> = schema::RULES.iter().map(|r| r.element).collect();
    ruled.sort();
    assert_eq!(declared, ruled, "elements declared in the XSD vs rules");
    for rule in schema::RULES {
        let t = &types[&element_type[rule.element]];
        let want: BTreeMap<String, (String, bool)> = rule
            .attrs
            .iter()
            .map(|a| (a.name.to_string(), (ty_name(a.ty).to_string(), a.required)))
            .collect();
        assert_eq!(t.attrs, want, "attributes of <{}>", rule.element);
        let content = match &rule.content {
            schema::Content::Text => None,
            schema::Content::Empty => Some(Vec::new()),
            schema::Content::Elements(ps) => Some(
                ps.iter()
                    .map(|p| {
                        (
                            p.names.iter().map(|n| n.to_string()).collect(),
                            p.min,
                            p.max,
                        )
                    })
                    .collect(),
            ),
        };
        assert_eq!(t.sequence, content, "content of <{}>", rule.element);
    }
}

// ---------------------------------------------------------------------------------------------
// Same verdicts as xmllint with the XSD (when xmllint is installed).
// ---------------------------------------------------------------------------------------------

fn xmllint_verdict(dir: &Path, name: &str, text: &str) -> Option<bool> {
    let file = dir.join(name);
    std::fs::write(&file, text).expect("write");
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(xsd_path())
        .arg(&file)
        .output()
        .ok()?;
    Some(out.status.success())
}

#[test]
fn rust_validator_agrees_with_xmllint() {
    if Command::new("xmllint").arg("--version").output().is_err() {
        eprintln!("SKIPPED: xmllint is not installed (Debian: apt-get install libxml2-utils)");
        return;
    }
    let dir = workdir("xmllint");
    let mut docs: Vec<(String, String)> = vec![("valid".into(), VALID.into())];
    for (what, from, to) in INVALID {
        docs.push((what.to_string(), mutate(from, to)));
    }
    let srv = server();
    let coll = collection(
        "xmllint & <co>",
        json!([get(
            "r",
            &srv.url("/"),
            &[
                "pm.test('a', () => {});",
                "pm.test('b', () => pm.expect(1).to.eql(2));"
            ]
        )]),
    );
    let (_, report) = junit_run("xmllint-report", &coll, &[]);
    docs.push(("courier report".into(), report));
    for (i, (what, text)) in docs.iter().enumerate() {
        let rust = schema::validate(&xml::parse(text).expect("well-formed")).is_empty();
        let lint = xmllint_verdict(&dir, &format!("doc{i}.xml"), text).expect("xmllint runs");
        assert_eq!(
            rust, lint,
            "{what}: the Rust rules say valid={rust}, xmllint says valid={lint}\n{text}"
        );
    }
    assert!(
        schema::validate(&xml::parse(&docs.last().unwrap().1).unwrap()).is_empty(),
        "a courier report is valid"
    );
}
