//! Captures, polling, body files, run profiles and OAuth2 token injection.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use serde_json::json;

use crate::harness::{courier_env, workdir, write, write_json};
use crate::support::server::{Reply, TestServer};

/// A small run-API: token endpoint, POST /runs → id, GET /runs/:id/status polled.
fn run_api(statuses: &'static [&'static str]) -> (TestServer, Arc<AtomicUsize>, Arc<AtomicUsize>) {
    let polls = Arc::new(AtomicUsize::new(0));
    let tokens = Arc::new(AtomicUsize::new(0));
    let (p, t) = (polls.clone(), tokens.clone());
    let srv = TestServer::start(move |req| {
        let auth = req.header("authorization").unwrap_or("").to_string();
        match (req.method.as_str(), req.path()) {
            ("POST", "/oauth/token") => {
                let n = t.fetch_add(1, Ordering::SeqCst) + 1;
                if auth != "Basic Y2xpZW50LTE6czNjcmV0LWNsaWVudA==" {
                    return Reply::json(401, "{\"error\":\"invalid_client\"}");
                }
                Reply::json(200, format!("{{\"access_token\":\"tok-{n}-abcdef\",\"token_type\":\"bearer\",\"expires_in\":3600}}"))
            }
            _ if !auth.starts_with("Bearer tok-") => {
                Reply::json(401, "{\"errors\":[\"no token\"]}")
            }
            ("POST", "/runs") => Reply::json(200, "{\"id\":\"run-42\"}"),
            ("GET", "/runs/run-42/status") => {
                let i = p.fetch_add(1, Ordering::SeqCst);
                let s = statuses[i.min(statuses.len() - 1)];
                Reply::json(200, format!("{{\"status\":\"{s}\"}}"))
            }
            (_, path) if path.starts_with("/runs/run-42/") => Reply::json(200, "{}"),
            _ => Reply::json(404, "{\"errors\":[\"unknown\"]}"),
        }
    });
    (srv, polls, tokens)
}

fn collection(srv: &TestServer) -> serde_json::Value {
    let oauth = json!({"type": "oauth2", "oauth2": [
        {"key": "accessToken", "value": ""}, {"key": "tokenType", "value": "bearer"}, {"key": "addTokenTo", "value": "header"},
        {"key": "accessTokenUrl", "value": "{{base}}/oauth/token"}, {"key": "clientId", "value": "client-1"},
        {"key": "grant_type", "value": "client_credentials"}
    ]});
    json!({
        "info": {"name": "flow"},
        "auth": oauth,
        "variable": [{"key": "base", "value": srv.base_url()}],
        "item": [
            {"name": "Create", "request": {"method": "POST", "url": "{{base}}/runs", "body": {"mode": "raw", "raw": ""},
                "header": [{"key": "Content-Type", "value": "application/json"}]}},
            {"name": "Start", "request": {"method": "POST", "url": {"raw": "{{base}}/runs/:id/start", "host": ["{{base}}"],
                "path": ["runs", ":id", "start"], "variable": [{"key": "id", "value": "stale-id"}]}}},
            {"name": "Status", "request": {"method": "GET", "url": {"raw": "{{base}}/runs/:id/status", "host": ["{{base}}"],
                "path": ["runs", ":id", "status"], "variable": [{"key": "id", "value": "stale-id"}]}}}
        ]
    })
}

const PROFILE: &str = r#"
[oauth2]
client-secret-env = "FLOW_CLIENT_SECRET"

[[request]]
name = "Create"
body-file = "payload.json"
capture = { id = "$.id" }

[[request]]
name = "Status"
poll = { until = "$.status", in = ["FINISHED", "FAILED"], fail = ["FAILED"], interval-ms = 20, max-attempts = 10 }
"#;

#[test]
fn captured_id_is_chained_polling_ends_and_the_token_is_fetched_once() {
    let (srv, polls, tokens) = run_api(&["PENDING", "IN_PROGRESS", "FINISHED"]);
    let dir = workdir("flow-ok");
    write_json(&dir, "c.json", &collection(&srv));
    write(&dir, "profile.toml", PROFILE);
    write(&dir, "payload.json", "{\"content\": []}");
    let run = courier_env(
        &dir,
        &[
            "run",
            "c.json",
            "--config",
            "profile.toml",
            "-r",
            "cli,json",
            "--reporter-json-export",
            "r.json",
        ],
        &[("FLOW_CLIENT_SECRET", "s3cret-client")],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(
        tokens.load(Ordering::SeqCst),
        1,
        "one token for the whole run"
    );
    assert_eq!(polls.load(Ordering::SeqCst), 3);
    let reqs = srv.requests();
    let targets: Vec<&str> = reqs.iter().map(|r| r.target.as_str()).collect();
    assert_eq!(
        targets,
        vec![
            "/oauth/token",
            "/runs",
            "/runs/run-42/start",
            "/runs/run-42/status",
            "/runs/run-42/status",
            "/runs/run-42/status"
        ]
    );
    assert_eq!(reqs[0].body_str(), "grant_type=client_credentials");
    assert_eq!(
        reqs[1].body_str(),
        "{\"content\": []}",
        "the body file replaced the empty body"
    );
    assert!(reqs[1..]
        .iter()
        .all(|r| r.header("authorization") == Some("Bearer tok-1-abcdef")));
    let rep: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("r.json")).expect("report"))
            .expect("json");
    assert_eq!(
        rep["run"]["executions"].as_array().map(Vec::len),
        Some(5),
        "every poll attempt is an execution"
    );
    for secret in ["s3cret-client", "tok-1-abcdef"] {
        assert!(
            !run.all_output().contains(secret),
            "{secret} leaked to the console"
        );
        assert!(
            !rep.to_string().contains(secret),
            "{secret} leaked to the report"
        );
    }
}

#[test]
fn a_failure_state_fails_the_run() {
    let (srv, _, _) = run_api(&["PENDING", "FAILED"]);
    let dir = workdir("flow-failed");
    write_json(&dir, "c.json", &collection(&srv));
    write(&dir, "profile.toml", PROFILE);
    write(&dir, "payload.json", "{}");
    let run = courier_env(
        &dir,
        &["run", "c.json", "--config", "profile.toml"],
        &[("FLOW_CLIENT_SECRET", "s3cret-client")],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("$.status is FAILED, a failure state"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_condition_that_never_holds_fails_with_a_clear_message() {
    let (srv, polls, _) = run_api(&["PENDING"]);
    let dir = workdir("flow-never");
    write_json(&dir, "c.json", &collection(&srv));
    write(
        &dir,
        "profile.toml",
        PROFILE.replace("max-attempts = 10", "max-attempts = 4"),
    );
    write(&dir, "payload.json", "{}");
    let run = courier_env(
        &dir,
        &["run", "c.json", "--config", "profile.toml"],
        &[("FLOW_CLIENT_SECRET", "s3cret-client")],
    );
    assert_eq!(run.code, 1);
    assert_eq!(polls.load(Ordering::SeqCst), 4);
    assert!(
        run.stdout
            .contains("never reached [FINISHED, FAILED] after 4 attempt(s)"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_failed_capture_is_a_failed_assertion_and_leaves_no_stale_value() {
    let srv = TestServer::start(|req| match req.path() {
        "/runs" => Reply::json(200, "{\"other\":1}"),
        _ => Reply::json(200, "{}"),
    });
    let dir = workdir("flow-capture-fail");
    let mut coll = collection(&srv);
    coll["auth"] = json!(null);
    write_json(&dir, "c.json", &coll);
    write(
        &dir,
        "profile.toml",
        "[[request]]\nname = \"Create\"\ncapture = { id = \"$.id\" }\n",
    );
    let run = courier_env(
        &dir,
        &[
            "run",
            "c.json",
            "--config",
            "profile.toml",
            "--env-var",
            "id=from-env",
        ],
        &[],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("capture id failed: $.id matches nothing in the body"),
        "{}",
        run.stdout
    );
    assert_eq!(
        srv.requests()[1].target,
        "/runs/stale-id/start",
        "no captured value: the collection's own is sent"
    );
}

#[test]
fn rules_for_unknown_requests_and_missing_token_sources_are_refused_before_the_run() {
    let (srv, _, _) = run_api(&["FINISHED"]);
    let dir = workdir("flow-refused");
    write_json(&dir, "c.json", &collection(&srv));
    write(
        &dir,
        "typo.toml",
        "[[request]]\nname = \"Creat\"\ncapture = { id = \"$.id\" }\n",
    );
    let run = courier_env(&dir, &["run", "c.json", "--config", "typo.toml"], &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("\"Creat\", which is not in the collection"),
        "{}",
        run.stderr
    );
    write(&dir, "p.toml", PROFILE);
    write(&dir, "payload.json", "{}");
    let run = courier_env(&dir, &["run", "c.json", "--config", "p.toml"], &[]);
    assert_eq!(run.code, 4);
    assert!(
        run.stderr.contains("FLOW_CLIENT_SECRET is not set"),
        "{}",
        run.stderr
    );
    assert_eq!(srv.request_count(), 0);
}

#[test]
fn an_unusable_token_endpoint_stops_the_run_without_sending_empty_bearers() {
    let (srv, _, _) = run_api(&["FINISHED"]);
    let dir = workdir("flow-bad-token");
    write_json(&dir, "c.json", &collection(&srv));
    write(&dir, "profile.toml", PROFILE);
    write(&dir, "payload.json", "{}");
    let run = courier_env(
        &dir,
        &["run", "c.json", "--config", "profile.toml"],
        &[("FLOW_CLIENT_SECRET", "wrong")],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("OAuth2 token: token URL") && run.stdout.contains("answered 401"),
        "{}",
        run.stdout
    );
    assert_eq!(srv.request_count(), 1, "only the token request went out");
}
