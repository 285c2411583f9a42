//! Iterations, --folder, --bail, exports, exit codes and run timeouts.

use serde_json::{json, Value};

use crate::harness::{collection, courier, item, run_collection, workdir, write_json};
use crate::support::server::{Reply, TestServer};

fn tree(srv: &TestServer) -> Value {
    collection(
        "tree",
        json!([
            item("top", json!({"method": "GET", "url": srv.url("/top")})),
            {"name": "F1", "id": "f1-id", "item": [
                item("a", json!({"method": "GET", "url": srv.url("/f1/a")})),
                {"name": "Inner", "item": [item("deep", json!({"method": "GET", "url": srv.url("/f1/inner/deep")}))]}
            ]},
            {"name": "F2", "item": [item("b", json!({"method": "GET", "url": srv.url("/f2/b")}))]}
        ]),
    )
}

fn targets(srv: &TestServer) -> Vec<String> {
    srv.requests().into_iter().map(|r| r.target).collect()
}

#[test]
fn items_run_depth_first_for_each_iteration() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("order");
    let (run, rep) = run_collection(&dir, &tree(&srv), &["-n", "2"]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let one = ["/top", "/f1/a", "/f1/inner/deep", "/f2/b"];
    let expected: Vec<String> = one
        .iter()
        .chain(one.iter())
        .map(|s| s.to_string())
        .collect();
    assert_eq!(targets(&srv), expected);
    assert_eq!(rep["run"]["stats"]["requests"]["total"], 8);
    assert!(run.stdout.contains("Iteration 2/2"));
}

#[test]
fn folder_selection_runs_in_collection_order_by_name_or_id() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("folders");
    let (run, _) = run_collection(&dir, &tree(&srv), &["--folder", "F2", "--folder", "f1-id"]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(targets(&srv), vec!["/f1/a", "/f1/inner/deep", "/f2/b"]);
    srv.clear_requests();
    let (run, _) = run_collection(&dir, &tree(&srv), &["--folder", "deep"]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(targets(&srv), vec!["/f1/inner/deep"]);
}

#[test]
fn unknown_folder_stops_before_any_request() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("unknown-folder");
    let (run, _) = run_collection(&dir, &tree(&srv), &["--folder", "Nope"]);
    assert_eq!(run.code, 5);
    assert!(
        run.stderr
            .contains("Unable to find a folder or request: Nope"),
        "{}",
        run.stderr
    );
    assert_eq!(srv.request_count(), 0);
}

#[test]
fn bail_stops_after_the_first_failure_and_exit_code_can_be_suppressed() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dead = crate::harness::refused_url();
    let dir = workdir("bail");
    let coll = collection(
        "b",
        json!([
            item("dead", json!({"method": "GET", "url": dead})),
            item("after", json!({"method": "GET", "url": srv.url("/after")}))
        ]),
    );
    let (run, rep) = run_collection(&dir, &coll, &["--bail"]);
    assert_eq!(run.code, 1);
    assert_eq!(srv.request_count(), 0);
    assert_eq!(rep["run"]["executions"].as_array().map(Vec::len), Some(1));
    let (run, _) = run_collection(&dir, &coll, &["-x"]);
    assert_eq!(run.code, 0);
    assert_eq!(srv.request_count(), 1);
}

#[test]
fn exports_write_final_environment_globals_and_collection() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("exports");
    let mut coll = collection(
        "x",
        json!([item("a", json!({"method": "GET", "url": srv.url("/")}))]),
    );
    coll["variable"] = json!([{"key": "cv", "value": "1"}]);
    write_json(
        &dir,
        "env.json",
        &json!({"id": "env-1", "name": "Env", "values": [{"key": "k", "value": "v", "enabled": true}]}),
    );
    let (run, _) = run_collection(
        &dir,
        &coll,
        &[
            "-e",
            "env.json",
            "--global-var",
            "g=1",
            "--export-environment",
            "out/env.json",
            "--export-globals",
            "out/globals.json",
            "--export-collection",
            "out/c.json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    let read = |p: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(dir.join(p)).expect(p)).expect("json")
    };
    let env = read("out/env.json");
    assert_eq!(env["name"], "Env");
    assert_eq!(env["values"][0]["key"], "k");
    assert_eq!(env["_postman_variable_scope"], "environment");
    assert_eq!(read("out/globals.json")["values"][0]["key"], "g");
    let c = read("out/c.json");
    assert_eq!(c["info"]["name"], "x");
    assert_eq!(c["variable"][0]["key"], "cv");
}

#[test]
fn run_timeout_ends_the_run_and_still_writes_reports() {
    let srv =
        TestServer::start(|_| Reply::json(200, "{}").delay(std::time::Duration::from_millis(800)));
    let dir = workdir("run-timeout");
    let coll = collection(
        "t",
        json!([
            item("slow1", json!({"method": "GET", "url": srv.url("/1")})),
            item("slow2", json!({"method": "GET", "url": srv.url("/2")}))
        ]),
    );
    let (run, rep) = run_collection(&dir, &coll, &["--timeout", "300"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        rep["run"]["error"]["message"], "callback timed out",
        "{rep}"
    );
}

#[test]
fn delay_request_waits_between_requests() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("delay");
    let coll = collection(
        "d",
        json!([
            item("1", json!({"method": "GET", "url": srv.url("/1")})),
            item("2", json!({"method": "GET", "url": srv.url("/2")}))
        ]),
    );
    write_json(&dir, "c.json", &coll);
    let start = std::time::Instant::now();
    let run = courier(
        &dir,
        &["run", "c.json", "--delay-request", "400", "--silent"],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert!(start.elapsed() >= std::time::Duration::from_millis(400));
    assert_eq!(run.stdout, "", "--silent prints nothing");
}

#[test]
fn sigterm_stops_the_run_and_reports_are_still_written() {
    let srv =
        TestServer::start(|_| Reply::json(200, "{}").delay(std::time::Duration::from_secs(5)));
    let dir = workdir("interrupt");
    let coll = collection(
        "i",
        json!([
            item("slow", json!({"method": "GET", "url": srv.url("/slow")})),
            item("never", json!({"method": "GET", "url": srv.url("/never")}))
        ]),
    );
    write_json(&dir, "c.json", &coll);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_courier"))
        .args([
            "run",
            "c.json",
            "-r",
            "json,junit",
            "--reporter-json-export",
            "r.json",
            "--reporter-junit-export",
            "j.xml",
        ])
        .current_dir(&dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    srv.wait_for_requests(1, std::time::Duration::from_secs(5));
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(130));
    let rep: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("r.json")).expect("json report written"),
    )
    .expect("json");
    assert_eq!(rep["run"]["error"]["message"], "run interrupted");
    assert!(dir.join("j.xml").exists(), "junit report written");
    assert_eq!(srv.request_count(), 1);
}
