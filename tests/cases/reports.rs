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
    let dead = crate::harness::refused_url();
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
    assert!(
        xml.contains(&format!(
            "<system-out>Iteration 0: GET {} -&gt; 200 OK",
            srv.url("/ok")
        )),
        "{xml}"
    );
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
    // The first column is right-aligned; the table widens for long summary lines.
    assert!(
        out.lines().any(|l| l.starts_with("│ ")
            && l.trim_start_matches('│')
                .trim_start()
                .starts_with("requests │")),
        "{out}"
    );
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
    for f in ["out/r.json", "out/j.xml", "out/env.json"] {
        all.push_str(&std::fs::read_to_string(dir.join(f)).expect(f));
    }
    for secret in ["t0ken-s3cr3t-v4lue", "k3y-s3cr3t-v4lue"] {
        assert!(!all.contains(secret), "{secret} leaked");
    }
}

#[test]
fn secret_flags_and_secret_looking_names_are_masked_unless_no_redact() {
    let srv = TestServer::start(|_| {
        Reply::json(
            200,
            "{\"echo\":\"plain-v4lue-1 named-v4lue-2 guessed-v4lue-3\"}",
        )
    });
    let dir = workdir("secret-flags");
    let mut coll = collection(
        "S",
        json!([item(
            "q",
            json!({"method": "GET",
        "url": srv.url("/q?a={{plain}}&b={{named}}&c={{session_token}}")})
        )]),
    );
    coll["variable"] = json!([
        {"key": "plain", "value": "plain-v4lue-1"},
        {"key": "named", "value": "named-v4lue-2"},
        {"key": "session_token", "value": "guessed-v4lue-3"}
    ]);
    write_json(&dir, "c.json", &coll);
    let args = [
        "run",
        "c.json",
        "--verbose",
        "--secret",
        "named",
        "--secret-value",
        "plain-v4lue-1",
        "-r",
        "cli,json",
        "--reporter-json-export",
        "r.json",
    ];
    let run = courier(&dir, &args);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let all = format!(
        "{}{}",
        run.all_output(),
        std::fs::read_to_string(dir.join("r.json")).expect("report")
    );
    for s in ["plain-v4lue-1", "named-v4lue-2", "guessed-v4lue-3"] {
        assert!(!all.contains(s), "{s} leaked");
    }
    let mut open = args.to_vec();
    open.push("--no-redact");
    let run = courier(&dir, &open);
    assert!(
        run.stdout.contains("guessed-v4lue-3"),
        "--no-redact shows values"
    );
}

#[test]
fn github_actions_gets_error_annotations() {
    let dead = crate::harness::refused_url();
    let dir = workdir("gha");
    write_json(
        &dir,
        "c.json",
        &collection(
            "G",
            json!([{"name": "F", "item": [item("down", json!({"method": "GET", "url": dead}))]}]),
        ),
    );
    let summary = dir.join("step-summary.md");
    let summary_path = summary.to_string_lossy().into_owned();
    let run = crate::harness::courier_env(
        &dir,
        &["run", "c.json"],
        &[
            ("GITHUB_ACTIONS", "true"),
            ("GITHUB_STEP_SUMMARY", summary_path.as_str()),
        ],
    );
    let md = std::fs::read_to_string(&summary).expect("step summary written");
    assert!(md.contains("### courier: G — ❌ failed"), "{md}");
    assert!(md.contains("| requests | 1 | 1 |"), "{md}");
    assert!(
        md.contains("| 1 | Error | F / down (request) | connect ECONNREFUSED"),
        "{md}"
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("::error title=F / down / request::connect ECONNREFUSED"),
        "{}",
        run.stdout
    );
    let plain = courier(&dir, &["run", "c.json"]);
    assert!(!plain.stdout.contains("::error"));
}

#[test]
fn binary_bodies_are_reported_by_size_not_raw() {
    let srv = TestServer::start(|_| {
        Reply::new(200)
            .header("Content-Type", "image/png")
            .body(vec![0x89u8, b'P', b'N', b'G', 0, 0xff, 0xfe, 1])
    });
    let dir = workdir("binary-body");
    let coll = collection(
        "B",
        json!([item(
            "png",
            json!({"method": "GET", "url": srv.url("/p.png")})
        )]),
    );
    write_json(&dir, "c.json", &coll);
    let run = courier(
        &dir,
        &[
            "run",
            "c.json",
            "-r",
            "json",
            "--reporter-json-export",
            "r.json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    let rep: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("r.json")).expect("report"))
            .expect("json");
    assert_eq!(
        rep["run"]["executions"][0]["response"]["body"],
        "binary, 8 bytes"
    );
}

#[cfg(unix)]
#[test]
fn reports_that_cannot_spool_fail_clearly() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("no-spool");
    let coll = collection(
        "N",
        json!([item("ok", json!({"method": "GET", "url": srv.url("/ok")}))]),
    );
    write_json(&dir, "c.json", &coll);
    let missing = dir.join("no-such-temp-dir");
    let run = crate::harness::courier_env(
        &dir,
        &[
            "run",
            "c.json",
            "-r",
            "cli,json,junit,html",
            "--reporter-json-export",
            "out/r.json",
            "--reporter-junit-export",
            "out/r.xml",
            "--reporter-html-export",
            "out/r.html",
        ],
        &[("TMPDIR", missing.to_string_lossy().as_ref())],
    );
    assert_eq!(run.code, 1, "{}", run.all_output());
    for reporter in ["json", "junit", "html"] {
        assert!(
            run.stderr
                .contains(&format!("{reporter} reporter: cannot create a spool file")),
            "{}",
            run.stderr
        );
    }
    assert!(!dir.join("out").exists());
}
