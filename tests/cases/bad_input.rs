//! Bad input: one clear message naming the file, position and JSON path; a distinct exit
//! code; never a panic; nothing sent.

use crate::harness::{courier, workdir, write};

fn no_panic(out: &str) {
    assert!(!out.contains("panicked"), "{out}");
}

#[test]
fn malformed_collection_json_names_file_line_and_column() {
    let dir = workdir("bad-json");
    write(
        &dir,
        "c.json",
        "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [\n    {\"name\": \"a\",, }\n  ]\n}\n",
    );
    let run = courier(&dir, &["run", "c.json"]);
    assert_eq!(run.code, 3);
    no_panic(&run.stderr);
    assert!(run.stderr.contains("c.json:4:"), "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
}

#[test]
fn wrongly_shaped_collection_names_the_json_path() {
    let dir = workdir("bad-shape");
    write(
        &dir,
        "c.json",
        r#"{"info": {"name": "x"}, "item": [{"name": "a", "request": {"url": "http://x"}}, {"name": "b", "request": {"method": "GET", "url": "http://x", "header": 42}}]}"#,
    );
    let run = courier(&dir, &["run", "c.json"]);
    assert_eq!(run.code, 3);
    no_panic(&run.stderr);
    assert!(run.stderr.contains("item[1].request"), "{}", run.stderr);
}

#[test]
fn an_environment_given_as_collection_is_refused() {
    let dir = workdir("env-as-coll");
    write(
        &dir,
        "env.json",
        r#"{"name": "e", "values": [{"key": "a", "value": "1"}]}"#,
    );
    let run = courier(&dir, &["run", "env.json"]);
    assert_eq!(run.code, 3);
    assert!(
        run.stderr.contains("env.json") && run.stderr.to_lowercase().contains("environment"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_collection_given_as_environment_is_refused() {
    let dir = workdir("coll-as-env");
    write(&dir, "c.json", r#"{"info": {"name": "x"}, "item": []}"#);
    let run = courier(&dir, &["run", "c.json", "-e", "c.json"]);
    assert_eq!(run.code, 3);
    assert!(run.stderr.contains("c.json"), "{}", run.stderr);
}

#[test]
fn missing_file_is_named() {
    let dir = workdir("missing");
    let run = courier(&dir, &["run", "nope.json"]);
    assert_eq!(run.code, 3);
    assert!(run.stderr.contains("nope.json"), "{}", run.stderr);
}

#[test]
fn ragged_csv_rows_are_refused() {
    let dir = workdir("ragged");
    write(&dir, "c.json", r#"{"info": {"name": "x"}, "item": []}"#);
    write(&dir, "d.csv", "a,b\n1,2\n3\n");
    let run = courier(&dir, &["run", "c.json", "-d", "d.csv"]);
    assert_eq!(run.code, 3);
    no_panic(&run.stderr);
    assert!(
        run.stderr.contains("d.csv") && run.stderr.contains("data row 2"),
        "{}",
        run.stderr
    );
}

#[test]
fn unsupported_options_are_refused_not_ignored() {
    let dir = workdir("unsupported");
    write(&dir, "c.json", r#"{"info": {"name": "x"}, "item": []}"#);
    let run = courier(&dir, &["run", "c.json", "--postman-api-key", "k"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--postman-api-key"), "{}", run.stderr);
    let run = courier(&dir, &["run", "c.json", "-r", "teamcity"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("teamcity"), "{}", run.stderr);
}

#[test]
fn unparseable_url_after_resolution_is_a_request_error() {
    let dir = workdir("bad-url");
    write(
        &dir,
        "c.json",
        r#"{"info": {"name": "x"}, "item": [{"name": "a", "request": {"method": "GET", "url": "http://[::1/{{x}}"}}]}"#,
    );
    write(
        &dir,
        "c.json",
        r#"{"info": {"name": "x"}, "item": [{"name": "a", "request": {"method": "GET", "url": "http://host:99999/x"}}]}"#,
    );
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
    assert_eq!(run.code, 1);
    no_panic(&run.all_output());
    let rep: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("r.json")).expect("report written"))
            .expect("json");
    assert!(
        rep["run"]["executions"][0]["requestError"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("99999"),
        "{rep}"
    );
}

#[test]
fn unwritable_export_path_is_refused_before_the_run() {
    let dir = workdir("unwritable");
    write(&dir, "c.json", r#"{"info": {"name": "x"}, "item": []}"#);
    write(&dir, "file", "not a dir");
    let run = courier(
        &dir,
        &[
            "run",
            "c.json",
            "-r",
            "json",
            "--reporter-json-export",
            "file/sub/r.json",
        ],
    );
    assert_eq!(run.code, 4);
    assert!(run.stderr.contains("file/sub/r.json"), "{}", run.stderr);
}
