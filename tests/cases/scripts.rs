//! Pre-request and test scripts run end to end: assertions in every report, variables,
//! request mutations, flow control, errors and the legacy interface.

use serde_json::{json, Value};

use crate::harness::{collection, courier, run_collection, workdir, write_json};
use crate::support::server::{Reply, TestServer};

fn ev(listen: &str, code: &str) -> Value {
    json!({"listen": listen, "script": {"exec": code.lines().collect::<Vec<_>>()}})
}

fn req(name: &str, url: String, events: Vec<Value>) -> Value {
    json!({"name": name, "event": events, "request": {"method": "GET", "url": url}})
}

#[test]
fn test_scripts_report_passing_and_failing_assertions_with_chai_messages() {
    let srv = TestServer::start(|_| Reply::json(404, "{\"items\":[1,2]}"));
    let dir = workdir("scripts-assert");
    let coll = collection(
        "s",
        json!([req(
            "check",
            srv.url("/x"),
            vec![ev(
                "test",
                r#"
pm.test("status is 200", function () { pm.response.to.have.status(200); });
pm.test("has two items", function () { pm.expect(pm.response.json().items).to.have.lengthOf(2); });
pm.test.skip("later", function () {});
tests["legacy flag"] = responseCode.code === 404;
"#
            )]
        )]),
    );
    let (run, rep) = run_collection(
        &dir,
        &coll,
        &["-r", "cli,json,junit", "--reporter-junit-export", "j.xml"],
    );
    assert_eq!(run.code, 1, "{}", run.all_output());
    let a = &rep["run"]["executions"][0]["assertions"];
    assert_eq!(a[0]["assertion"], "status is 200");
    assert_eq!(
        a[0]["error"]["message"],
        "expected response to have status code 200 but got 404"
    );
    assert!(a[1]["error"].is_null());
    assert_eq!(a[2]["skipped"], true);
    assert_eq!(a[3]["assertion"], "legacy flag");
    assert!(a[3]["error"].is_null());
    assert_eq!(rep["run"]["stats"]["assertions"]["total"], 4);
    assert_eq!(rep["run"]["stats"]["assertions"]["failed"], 1);
    assert_eq!(rep["run"]["stats"]["testScripts"]["total"], 1);
    assert_eq!(
        rep["run"]["failures"][0]["at"],
        "assertion:0 in test-script"
    );
    assert!(run.stdout.contains("✓  has two items"), "{}", run.stdout);
    assert!(run
        .stdout
        .contains("expected response to have status code 200 but got 404"));
    let xml = std::fs::read_to_string(dir.join("j.xml")).expect("junit");
    assert!(xml.contains("<testcase name=\"status is 200\""), "{xml}");
    assert!(xml.contains("expected response to have status code 200 but got 404"));
}

#[test]
fn scripts_set_variables_that_later_requests_and_exports_see() {
    let srv = TestServer::start(|req| match req.path() {
        "/login" => Reply::json(200, "{\"token\":\"abc\",\"user\":{\"id\":7}}"),
        _ => Reply::json(200, "{}"),
    });
    let dir = workdir("scripts-vars");
    let coll = collection("s", json!([
        req("login", srv.url("/login"), vec![
            ev("prerequest", "pm.variables.set('stamp', 'pre-' + pm.info.requestName);"),
            ev("test", "const b = pm.response.json();\npm.environment.set('user_id', b.user.id);\npm.collectionVariables.set('seen', true);")
        ]),
        req("profile", srv.url("/users/{{user_id}}?s={{stamp}}&seen={{seen}}"), vec![])
    ]));
    write_json(&dir, "env.json", &json!({"name": "e", "values": []}));
    let (run, _) = run_collection(
        &dir,
        &coll,
        &["-e", "env.json", "--export-environment", "out.json"],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(srv.requests()[1].target, "/users/7?s=pre-login&seen=true");
    let env: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("out.json")).expect("export"))
            .expect("json");
    assert_eq!(env["values"][0]["key"], "user_id");
}

#[test]
fn prerequest_mutations_are_sent_and_console_output_is_shown() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("scripts-mutate");
    let coll = collection(
        "s",
        json!([req(
            "m",
            srv.url("/m"),
            vec![ev(
                "prerequest",
                r#"
pm.request.headers.add({key: 'X-Signed', value: 'sig-' + (40 + 2)});
pm.request.url.query.add({key: 'added', value: 'yes'});
console.log('signing', {n: 1});
console.log({when: {toJSON: function () { return 'J'; }}, d: new Date(0)});
"#
            )]
        )]),
    );
    let (run, rep) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = &srv.requests()[0];
    assert_eq!(r.header("x-signed"), Some("sig-42"));
    assert_eq!(r.target, "/m?added=yes");
    // Newman frames the lines, and shows what toJSON() gives (a Date stays a Date).
    assert!(
        run.stdout.contains(
            "  ┌\n  │ 'signing', { n: 1 }\n  │ {\n  │   when: 'J',\n  │   d: 1970-01-01T00:00:00.000Z\n  │ }\n  └\n"
        ),
        "{}",
        run.stdout
    );
    assert!(rep["run"]["executions"][0]["console"].is_array());
}

#[test]
fn set_next_request_jumps_and_null_ends_the_iteration_and_skip_request_skips() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("scripts-flow");
    let coll = collection(
        "s",
        json!([
            req(
                "a",
                srv.url("/a"),
                vec![ev("test", "postman.setNextRequest('c');")]
            ),
            req("b", srv.url("/b"), vec![]),
            req(
                "c",
                srv.url("/c"),
                vec![ev(
                    "prerequest",
                    "if (pm.info.iteration === 1) { pm.execution.skipRequest(); }"
                )]
            ),
            req(
                "d",
                srv.url("/d"),
                vec![ev("test", "pm.execution.setNextRequest(null);")]
            ),
            req("e", srv.url("/e"), vec![])
        ]),
    );
    let (run, _) = run_collection(&dir, &coll, &["-n", "2"]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let targets: Vec<String> = srv.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(targets, vec!["/a", "/c", "/d", "/a", "/d"]);
}

#[test]
fn script_errors_are_reported_with_position_and_the_request_still_runs() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("scripts-errors");
    let coll = collection(
        "s",
        json!([
            req("syntax", srv.url("/s"), vec![ev("prerequest", "let x = ;")]),
            req(
                "throws",
                srv.url("/t"),
                vec![ev("test", "\nconst o = undefined;\no.boom();")]
            ),
            req(
                "unknown",
                srv.url("/u"),
                vec![ev("test", "pm.nothing.here();")]
            )
        ]),
    );
    let (run, rep) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 1);
    assert_eq!(srv.request_count(), 3, "every request still ran");
    let f = rep["run"]["failures"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(f.len(), 3, "{f:?}");
    assert!(
        f[0]["at"]
            .as_str()
            .unwrap_or("")
            .starts_with("prerequest-script:1"),
        "{f:?}"
    );
    assert_eq!(f[0]["error"]["name"], "SyntaxError");
    assert!(
        f[1]["at"]
            .as_str()
            .unwrap_or("")
            .starts_with("test-script:3"),
        "{f:?}"
    );
    assert_eq!(f[2]["error"]["name"], "TypeError");
    assert!(
        f[2]["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("pm.nothing"),
        "{f:?}"
    );
}

#[test]
fn runaway_scripts_are_stopped_by_the_script_timeout() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("scripts-timeout");
    let coll = collection(
        "s",
        json!([
            req("loop", srv.url("/l"), vec![ev("test", "while (true) {}")]),
            req(
                "after",
                srv.url("/a"),
                vec![ev("test", "pm.test('fine', () => {});")]
            )
        ]),
    );
    write_json(&dir, "c.json", &coll);
    let run = courier(
        &dir,
        &[
            "run",
            "c.json",
            "--timeout-script",
            "200",
            "-r",
            "json",
            "--reporter-json-export",
            "r.json",
        ],
    );
    assert_eq!(run.code, 1);
    let rep: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("r.json")).expect("report"))
            .expect("json");
    assert_eq!(
        rep["run"]["executions"][1]["assertions"][0]["assertion"],
        "fine"
    );
    assert!(
        rep["run"]["executions"][0]["testScript"][0]["error"]["message"].is_string(),
        "{rep}"
    );
}

#[test]
fn pm_cookies_sees_the_jar_for_the_request_url() {
    let srv =
        TestServer::start(|_| Reply::json(200, "{}").header("Set-Cookie", "session=s1; Path=/"));
    let dir = workdir("scripts-cookies");
    let coll = collection(
        "s",
        json!([req(
            "c",
            srv.url("/c"),
            vec![ev(
                "test",
                r#"
pm.test("cookie is there", function () {
    pm.expect(pm.cookies.has('session')).to.be.true;
    pm.expect(pm.cookies.get('session')).to.equal('s1');
});
"#
            )]
        )]),
    );
    let (run, rep) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert!(
        rep["run"]["executions"][0]["assertions"][0]["error"].is_null(),
        "{rep}"
    );
}

#[test]
fn sugar_string_has_and_legacy_response_cookie_work() {
    let srv = TestServer::start(|_| {
        Reply::json(200, "{\"authenticated\":true}").header("Set-Cookie", "foo=bar; Path=/")
    });
    let dir = workdir("scripts-legacy");
    let coll = collection(
        "s",
        json!([req(
            "l",
            srv.url("/l"),
            vec![ev(
                "test",
                r#"
tests["body contains authenticated"] = responseBody.has("authenticated");
tests["regexp works too"] = responseBody.has(/auth.*ted/);
tests["absent"] = !responseBody.has("a.b");
tests["cookie"] = postman.getResponseCookie("foo").value === "bar";
"#
            )]
        )]),
    );
    let (run, rep) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let a = rep["run"]["executions"][0]["assertions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(a.len(), 4);
    assert!(a.iter().all(|x| x["error"].is_null()), "{a:?}");
}
