//! Variable scopes, precedence, overrides and data files, observed on the wire.

use serde_json::json;

use crate::harness::{collection, item, run_collection, workdir, write, write_json};
use crate::support::server::{Reply, TestServer};

#[test]
fn precedence_is_data_then_environment_then_collection_then_globals() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("precedence");
    let mut coll = collection(
        "v",
        json!([item(
            "a",
            json!({"method": "GET",
        "url": srv.url("/?d={{d}}&e={{e}}&c={{c}}&g={{g}}&missing={{missing}}")})
        )]),
    );
    coll["variable"] = json!([{"key": "d", "value": "coll"}, {"key": "e", "value": "coll"}, {"key": "c", "value": "coll"}]);
    write_json(
        &dir,
        "env.json",
        &json!({"name": "e", "values": [
        {"key": "d", "value": "env", "enabled": true}, {"key": "e", "value": "env", "enabled": true},
        {"key": "c", "value": "disabled-env", "enabled": false}]}),
    );
    write_json(
        &dir,
        "globals.json",
        &json!([{"key": "g", "value": "glob", "enabled": true}, {"key": "c", "value": "glob"}]),
    );
    write_json(&dir, "data.json", &json!([{"d": "data"}]));
    let (run, _) = run_collection(
        &dir,
        &coll,
        &["-e", "env.json", "-g", "globals.json", "-d", "data.json"],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(
        srv.requests()[0].target,
        "/?d=data&e=env&c=coll&g=glob&missing={{missing}}"
    );
}

#[test]
fn env_var_and_global_var_flags_override_files() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("overrides");
    let coll = collection(
        "v",
        json!([item(
            "a",
            json!({"method": "GET", "url": srv.url("/?e={{e}}&g={{g}}")})
        )]),
    );
    write_json(
        &dir,
        "env.json",
        &json!({"name": "e", "values": [{"key": "e", "value": "file", "enabled": true}]}),
    );
    let (run, _) = run_collection(
        &dir,
        &coll,
        &[
            "-e",
            "env.json",
            "--env-var",
            "e=flag=x",
            "--global-var",
            "g=gv",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(srv.requests()[0].target, "/?e=flag=x&g=gv");
}

#[test]
fn csv_data_rows_drive_iterations_and_the_last_row_is_reused() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("csv-data");
    write(&dir, "data.csv", "\u{feff}id,name\n1,\"a, b\"\n2,c\n");
    let coll = collection(
        "v",
        json!([item(
            "a",
            json!({"method": "POST", "url": srv.url("/{{id}}"),
        "body": {"mode": "raw", "raw": "{{name}}"}})
        )]),
    );
    let (run, rep) = run_collection(&dir, &coll, &["-d", "data.csv", "-n", "3"]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let got: Vec<(String, String)> = srv
        .requests()
        .iter()
        .map(|r| (r.target.clone(), r.body_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("/1".to_string(), "a, b".to_string()),
            ("/2".to_string(), "c".to_string()),
            ("/2".to_string(), "c".to_string()),
        ]
    );
    assert_eq!(rep["run"]["stats"]["iterations"]["total"], 3);
}

#[test]
fn nested_and_dynamic_variables_resolve() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("nested");
    let mut coll = collection(
        "v",
        json!([item(
            "a",
            json!({"method": "GET",
        "url": srv.url("/{{outer}}?id={{$guid}}&n={{$randomInt}}"),
        "header": [{"key": "X-Id", "value": "{{$guid}}"}]})
        )]),
    );
    coll["variable"] =
        json!([{"key": "outer", "value": "{{inner}}-x"}, {"key": "inner", "value": "in"}]);
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = &srv.requests()[0];
    assert!(r.target.starts_with("/in-x?id="), "{}", r.target);
    let id = r
        .target
        .split("id=")
        .nth(1)
        .unwrap_or("")
        .split('&')
        .next()
        .unwrap_or("");
    assert_eq!(id.len(), 36);
    assert_ne!(
        Some(id),
        r.header("x-id"),
        "each occurrence gets a fresh value"
    );
    let n: u32 = r
        .target
        .rsplit("n=")
        .next()
        .unwrap_or("")
        .parse()
        .expect("randomInt is a number");
    assert!(n <= 1000);
}

#[test]
fn environment_in_utf16_with_bom_is_read() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("utf16");
    let text = r#"{"name":"e","values":[{"key":"who","value":"wörld","enabled":true}]}"#;
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    write(&dir, "env.json", bytes);
    let coll = collection(
        "v",
        json!([item(
            "a",
            json!({"method": "GET", "url": srv.url("/{{who}}")})
        )]),
    );
    let (run, _) = run_collection(&dir, &coll, &["-e", "env.json"]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(srv.requests()[0].target, "/w%C3%B6rld");
}
