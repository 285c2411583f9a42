//! JSON, JUnit and CLI reports: structure, contents, several at once, secrets masked.

use serde_json::json;

use crate::harness::{collection, courier, item, workdir, write_json};
use crate::support::server::{Reply, TestServer};

fn run_all(dir: &std::path::Path, coll: &serde_json::Value) -> crate::harness::Run {
    write_json(dir, "c.json", coll);
    courier(
        dir,
        &[
            "run",
            "c.json",
            "-r",
            "cli,json,junit,progress",
            "--reporter-json-export",
            "out/report.json",
            "--reporter-junit-export",
            "out/junit.xml",
        ],
    )
}

#[test]
fn json_report_has_newmans_structure() {
    let srv = TestServer::start(|_| Reply::json(201, "{\"id\":\"r-1\"}").header("X-Reply", "yes"));
    let dir = workdir("json-report");
    let coll = collection(
        "Reported",
        json!([{"name": "F", "item": [item("create", json!({"method": "POST", "url": srv.url("/things"),
        "body": {"mode": "raw", "raw": "{}", "options": {"raw": {"language": "json"}}}}))]}]),
    );
    let run = run_all(&dir, &coll);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let rep: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("out/report.json")).expect("report"),
    )
    .expect("json");
    assert_eq!(rep["collection"]["info"]["name"], "Reported");
    let stats = &rep["run"]["stats"];
    for k in [
        "iterations",
        "items",
        "scripts",
        "prerequests",
        "requests",
        "tests",
        "assertions",
        "testScripts",
        "prerequestScripts",
    ] {
        assert!(
            stats[k]["total"].is_u64() && stats[k]["failed"].is_u64(),
            "stats.{k}"
        );
    }
    assert_eq!(stats["requests"]["total"], 1);
    let t = &rep["run"]["timings"];
    assert!(
        t["started"].as_u64().unwrap_or(0) > 0 && t["completed"].as_u64() >= t["started"].as_u64()
    );
    assert!(t["responseAverage"].is_number());
    let ex = &rep["run"]["executions"][0];
    assert_eq!(ex["item"]["name"], "create");
    assert_eq!(ex["request"]["method"], "POST");
    assert_eq!(ex["response"]["code"], 201);
    assert_eq!(ex["response"]["status"], "Created");
    assert_eq!(ex["response"]["body"], "{\"id\":\"r-1\"}");
    assert!(ex["response"]["header"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|h| h["key"].as_str().map(str::to_ascii_lowercase).as_deref() == Some("x-reply")));
    assert!(ex["assertions"].is_array());
    assert_eq!(rep["run"]["failures"], json!([]));
}

#[test]
fn junit_report_has_a_suite_per_request_and_errors_for_request_failures() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let dead = format!(
        "http://127.0.0.1:{}/x",
        closed.local_addr().expect("addr").port()
    );
    drop(closed);
    let dir = workdir("junit");
    let coll = collection(
        "J & co",
        json!([
            {"name": "Folder", "item": [item("ok", json!({"method": "GET", "url": srv.url("/ok")}))]},
            item("down", json!({"method": "GET", "url": dead}))
        ]),
    );
    let run = run_all(&dir, &coll);
    assert_eq!(run.code, 1);
    let xml = std::fs::read_to_string(dir.join("out/junit.xml")).expect("junit");
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert!(xml.contains("<testsuites name=\"J &amp; co\""), "{xml}");
    assert!(xml.contains("<testsuite name=\"Folder / ok\""), "{xml}");
    assert!(xml.contains("<testsuite name=\"down\""), "{xml}");
    assert!(
        xml.contains("<error") && xml.contains("ECONNREFUSED"),
        "{xml}"
    );
    assert!(xml.contains("<system-err>"), "{xml}");
}

#[test]
fn cli_report_shows_requests_and_summary() {
    let srv = TestServer::start(|_| Reply::json(404, "{}"));
    let dir = workdir("cli");
    let coll = collection(
        "Console",
        json!([{"name": "Group", "item": [item("missing", json!({"method": "GET", "url": srv.url("/nothing")}))]}]),
    );
    write_json(&dir, "c.json", &coll);
    let run = courier(&dir, &["run", "c.json"]);
    assert_eq!(run.code, 0, "a 404 is not a failure without assertions");
    let out = &run.stdout;
    assert!(out.contains("Console"));
    assert!(out.contains("❏ Group"));
    assert!(out.contains("missing"));
    assert!(
        out.contains(&format!("GET {} [404 Not Found", srv.url("/nothing"))),
        "{out}"
    );
    assert!(out.contains("│                requests │"), "{out}");
    assert!(out.contains("average response time"));
    let ascii = courier(&dir, &["run", "c.json", "--disable-unicode"]);
    assert!(
        !ascii.stdout.contains('│') && ascii.stdout.contains("|"),
        "{}",
        ascii.stdout
    );
}

#[test]
fn secrets_never_appear_in_output_or_reports() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("secrets");
    let coll = collection(
        "S",
        json!([
            item(
                "bearer",
                json!({"method": "GET", "url": srv.url("/b"), "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{tok}}"}]}})
            ),
            item(
                "query-key",
                json!({"method": "GET", "url": srv.url("/q"), "auth": {"type": "apikey", "apikey": [
            {"key": "key", "value": "api_key"}, {"key": "value", "value": "k3y-s3cr3t-v4lue"}, {"key": "in", "value": "query"}]}})
            )
        ]),
    );
    write_json(
        &dir,
        "env.json",
        &json!({"name": "e", "values": [{"key": "tok", "value": "t0ken-s3cr3t-v4lue", "type": "secret", "enabled": true}]}),
    );
    write_json(&dir, "c.json", &coll);
    let run = courier(
        &dir,
        &[
            "run",
            "c.json",
            "-e",
            "env.json",
            "--verbose",
            "-r",
            "cli,json,junit",
            "--reporter-json-export",
            "out/r.json",
            "--reporter-junit-export",
            "out/j.xml",
            "--export-environment",
            "out/env.json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(
        srv.requests()[0].header("authorization"),
        Some("Bearer t0ken-s3cr3t-v4lue")
    );
    assert!(srv.requests()[1].target.contains("k3y-s3cr3t-v4lue"));
    let mut all = run.all_output();
    for f in ["out/r.json", "out/j.xml"] {
        all.push_str(&std::fs::read_to_string(dir.join(f)).expect(f));
    }
    for secret in ["t0ken-s3cr3t-v4lue", "k3y-s3cr3t-v4lue"] {
        assert!(!all.contains(secret), "{secret} leaked");
    }
}
