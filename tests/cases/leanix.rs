//! The documented LeanIX sync sequence, replayed from the unmodified seed collection against
//! the built-in emulator: OAuth injection, id chaining, polling, and secrets kept out.

use std::path::{Path, PathBuf};
use std::time::Duration;

use courier::mock::{self, ConfigSource, MockHandle, MockOptions};
use serde_json::Value;

use crate::harness::{courier_env, workdir, Run};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

/// Starts an emulator with the shipped processor configuration.
fn emulator(
    rt: &tokio::runtime::Runtime,
    dir: &Path,
    configs: Vec<ConfigSource>,
    delay_ms: u64,
) -> MockHandle {
    let opts = MockOptions {
        configs,
        cert_dir: Some(dir.join("certs")),
        processing_delay: Duration::from_millis(delay_ms),
        ..MockOptions::default()
    };
    rt.block_on(mock::start(opts)).expect("emulator starts")
}

fn shipped_config() -> Vec<ConfigSource> {
    vec![ConfigSource::File(
        repo().join("collections/import-projects.processor.json"),
    )]
}

/// Runs the seed collection with the shipped profile against `m`, as a user would against a
/// real workspace: base_url and the API-token variable, nothing else.
fn run_against(m: &MockHandle, dir: &Path, extra: &[&str]) -> (Run, Value) {
    let report = dir.join("report.json");
    let ca = m
        .ca_pem_path
        .clone()
        .expect("ca")
        .to_string_lossy()
        .into_owned();
    let base = format!("base_url={}", m.host_port);
    let rep = report.to_string_lossy().into_owned();
    let mut args = vec![
        "run",
        "collections/leanix-integration-api.postman_collection.json",
        "--config",
        "collections/leanix-sync.toml",
        "--env-var",
        &base,
        "--ssl-extra-ca-certs",
        &ca,
        "-r",
        "cli,json,junit",
        "--reporter-json-export",
        &rep,
    ];
    let junit = dir.join("junit.xml").to_string_lossy().into_owned();
    args.extend_from_slice(&["--reporter-junit-export", &junit]);
    args.extend_from_slice(extra);
    let run = courier_env(
        &repo(),
        &args,
        &[("LEANIX_API_TOKEN", m.api_token.as_str())],
    );
    let rep = std::fs::read_to_string(&report)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    (run, rep)
}

fn assert_no_secrets(m: &MockHandle, run: &Run, dir: &Path, access_tokens: &[String]) {
    let mut all = run.all_output();
    for f in ["report.json", "junit.xml"] {
        all.push_str(&std::fs::read_to_string(dir.join(f)).unwrap_or_default());
    }
    assert!(!all.contains(&m.api_token), "the API token leaked");
    for t in access_tokens {
        assert!(!all.contains(t.as_str()), "an access token leaked");
    }
}

#[test]
fn seed_flow_chains_the_issued_id_polls_and_creates_the_fact_sheet() {
    let rt = runtime();
    let dir = workdir("leanix-flow");
    let m = emulator(&rt, &dir, shipped_config(), 600);
    let (run, rep) = run_against(&m, &dir, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let ids = m.run_ids();
    assert_eq!(ids.len(), 1, "one synchronization run");
    let id = &ids[0];
    let reqs = m.requests();
    let paths: Vec<String> = reqs
        .iter()
        .map(|r| format!("{} {} {}", r.method, r.path, r.status))
        .collect();
    assert_eq!(
        paths[0], "POST /services/mtm/v1/oauth2/token 200",
        "{paths:?}"
    );
    assert_eq!(
        paths[1], "POST /services/integration-api/v1/synchronizationRuns 200",
        "{paths:?}"
    );
    for p in &paths[2..] {
        assert!(
            p.contains(&format!("/synchronizationRuns/{id}/")),
            "stale id in {p}"
        );
        assert!(p.ends_with(" 200") || p.ends_with(" 204"), "{p}");
    }
    assert!(
        paths.iter().filter(|p| p.contains("/status")).count() >= 2,
        "polled: {paths:?}"
    );
    assert_eq!(m.tokens_issued(), 1, "the token is fetched once per run");
    assert_eq!(m.run_status(id).as_deref(), Some("FINISHED"));
    let fs = m.fact_sheets(Some("Project"), Some("0123-459"));
    assert_eq!(fs.len(), 1, "{fs:?}");
    assert_eq!(fs[0]["name"], "Save the company (0123-459)");
    // Every request of the collection ran, all 2xx, each status poll recorded.
    let names: Vec<&str> = rep["run"]["executions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["item"]["name"].as_str())
        .collect();
    for n in [
        "Post LDIF to LeanIX",
        "Start the Sync",
        "Status of Sync",
        "Results of Sync",
        "Warnings of Sync",
    ] {
        assert!(names.contains(&n), "{n} missing: {names:?}");
    }
    assert!(names.iter().filter(|n| **n == "Status of Sync").count() >= 2);
    assert_eq!(rep["run"]["failures"], serde_json::json!([]));
    assert_no_secrets(&m, &run, &dir, &[]);
    rt.block_on(m.shutdown());
}

#[test]
fn an_expired_token_is_refreshed_once_and_the_request_retried() {
    let rt = runtime();
    let dir = workdir("leanix-expiry");
    let m = emulator(&rt, &dir, shipped_config(), 2500);
    let m2 = std::sync::Arc::new(m);
    let watcher = {
        let m = m2.clone();
        std::thread::spawn(move || {
            // Expire every token once the first status poll has been answered.
            for _ in 0..400 {
                if m.requests().iter().any(|r| r.path.ends_with("/status")) {
                    m.expire_tokens();
                    return true;
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            false
        })
    };
    let (run, _) = run_against(&m2, &dir, &[]);
    assert!(watcher.join().expect("watcher"), "never saw a status poll");
    assert_eq!(run.code, 0, "{}", run.all_output());
    let reqs = m2.requests();
    let got_401 = reqs
        .iter()
        .position(|r| r.status == 401)
        .expect("a 401 after expiry");
    assert_eq!(
        reqs[got_401 + 1].path,
        "/services/mtm/v1/oauth2/token",
        "refresh right after the 401"
    );
    assert_eq!(
        reqs[got_401 + 2].path,
        reqs[got_401].path,
        "then the same request again"
    );
    assert_eq!(reqs[got_401 + 2].status, 200);
    assert_eq!(m2.tokens_issued(), 2);
    assert!(
        run.stdout.contains("refreshing it and retrying once"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_run_the_emulator_fails_fails_courier_with_the_warnings_shown() {
    let rt = runtime();
    let dir = workdir("leanix-failed");
    // No processor configuration: the emulator ends the run FAILED, with a warning.
    let m = emulator(&rt, &dir, vec![], 100);
    let (run, rep) = run_against(&m, &dir, &[]);
    assert_eq!(run.code, 1, "{}", run.all_output());
    assert!(
        run.stdout.contains("$.status is FAILED, a failure state"),
        "{}",
        run.stdout
    );
    let warnings = rep["run"]["executions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|e| e["item"]["name"] == "Warnings of Sync")
        .expect("warnings requested");
    let body = warnings["response"]["body"].as_str().unwrap_or("");
    assert!(body.len() > 2, "the emulator explained the failure: {body}");
    assert!(
        run.stdout.contains(&body[..20.min(body.len())]),
        "warnings shown in the console"
    );
}

#[test]
fn quickstart_command_runs_the_seed_flow_offline() {
    let dir = workdir("leanix-quickstart");
    let rep = dir.join("r.json").to_string_lossy().into_owned();
    let run = courier_env(
        &repo(),
        &[
            "run",
            "collections/leanix-integration-api.postman_collection.json",
            "--config",
            "collections/leanix-sync.toml",
            "--mock",
            "leanix",
            "-r",
            "cli,json",
            "--reporter-json-export",
            &rep,
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    let rep: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("r.json")).expect("report"))
            .expect("json");
    let execs = rep["run"]["executions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let id = execs[0]["response"]["body"]
        .as_str()
        .and_then(|b| serde_json::from_str::<Value>(b).ok())
        .and_then(|v| v["id"].as_str().map(str::to_string))
        .expect("run id");
    for e in &execs[1..] {
        let url = e["request"]["url"]["raw"].as_str().unwrap_or("");
        assert!(url.contains(&id), "captured id missing in {url}");
        let code = e["response"]["code"].as_u64().unwrap_or(0);
        assert!((200..300).contains(&code), "{url}: {code}");
    }
    for n in [
        "Post LDIF to LeanIX",
        "Start the Sync",
        "Status of Sync",
        "Results of Sync",
        "Warnings of Sync",
    ] {
        assert!(run.stdout.contains(n), "{n} not shown");
    }
    assert!(
        run.stdout.contains("✓  poll until $.status in [FINISHED]"),
        "{}",
        run.stdout
    );
    assert_eq!(rep["run"]["stats"]["assertions"]["failed"], 0);
}

#[test]
fn a_missing_api_token_names_the_variable() {
    let dir = workdir("leanix-no-token");
    let _ = dir;
    let run = courier_env(
        &repo(),
        &[
            "run",
            "collections/leanix-integration-api.postman_collection.json",
            "--config",
            "collections/leanix-sync.toml",
        ],
        &[("LEANIX_API_TOKEN", "")],
    );
    assert_eq!(run.code, 4);
    assert!(
        run.stderr.contains("LEANIX_API_TOKEN is not set"),
        "{}",
        run.stderr
    );
}
