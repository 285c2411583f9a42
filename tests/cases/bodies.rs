//! Request bodies in every mode, with the content types Newman implies.

use serde_json::json;

use crate::harness::{collection, item, run_collection, workdir, write};
use crate::support::server::{Reply, TestServer};

fn echo() -> TestServer {
    TestServer::start(|_| Reply::json(200, "{}"))
}

#[test]
fn raw_json_body_gets_content_type_and_loses_comments() {
    let srv = echo();
    let dir = workdir("raw-json");
    let mut coll = collection(
        "b",
        json!([item(
            "a",
            json!({
                "method": "POST", "url": srv.url("/a"),
                "body": {"mode": "raw", "raw": "{\n  // c\n  \"u\": \"http://x/{{v}}\" /* d */\n}", "options": {"raw": {"language": "json"}}}
            })
        )]),
    );
    coll["variable"] = json!([{"key": "v", "value": "7"}]);
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = &srv.requests()[0];
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.body_str(), "{\n  \n  \"u\": \"http://x/7\" \n}");
    assert_eq!(
        r.header("content-length"),
        Some(r.body.len().to_string().as_str())
    );
}

#[test]
fn raw_body_keeps_an_explicit_content_type_and_defaults_to_text() {
    let srv = echo();
    let dir = workdir("raw-text");
    let coll = collection(
        "b",
        json!([
            item(
                "explicit",
                json!({"method": "PUT", "url": srv.url("/a"),
            "header": [{"key": "Content-Type", "value": "application/vnd.x+json"}],
            "body": {"mode": "raw", "raw": "{\"a\":1} // kept? no"}})
            ),
            item(
                "text",
                json!({"method": "POST", "url": srv.url("/b"), "body": {"mode": "raw", "raw": "hello // world"}})
            )
        ]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let reqs = srv.requests();
    assert_eq!(
        reqs[0].header("content-type"),
        Some("application/vnd.x+json")
    );
    assert_eq!(reqs[0].body_str(), "{\"a\":1} ");
    assert_eq!(reqs[1].header("content-type"), Some("text/plain"));
    assert_eq!(reqs[1].body_str(), "hello // world");
}

#[test]
fn urlencoded_body_drops_disabled_and_keeps_duplicates() {
    let srv = echo();
    let dir = workdir("urlencoded");
    let coll = collection(
        "b",
        json!([item(
            "a",
            json!({
                "method": "POST", "url": srv.url("/a"),
                "body": {"mode": "urlencoded", "urlencoded": [
                    {"key": "a", "value": "1 2"},
                    {"key": "off", "value": "x", "disabled": true},
                    {"key": "a", "value": "é&="}
                ]}
            })
        )]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = &srv.requests()[0];
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(r.body_str(), "a=1%202&a=%C3%A9%26%3D");
}

#[test]
fn formdata_sends_text_and_file_parts_with_their_content_types() {
    let srv = echo();
    let dir = workdir("formdata");
    write(&dir, "files/data.csv", "id,name\n1,x\n");
    let coll = collection(
        "b",
        json!([item(
            "a",
            json!({
                "method": "POST", "url": srv.url("/a"),
                "body": {"mode": "formdata", "formdata": [
                    {"key": "text", "value": "v1", "type": "text"},
                    {"key": "json", "value": "{\"a\":1}", "type": "text", "contentType": "application/json"},
                    {"key": "off", "value": "x", "type": "text", "disabled": true},
                    {"key": "upload", "src": "files/data.csv", "type": "file"}
                ]}
            })
        )]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = &srv.requests()[0];
    let ct = r.header("content-type").unwrap_or_default().to_string();
    let boundary = ct
        .strip_prefix("multipart/form-data; boundary=")
        .expect("multipart content type");
    let expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nv1\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"json\"\r\nContent-Type: application/json\r\n\r\n{{\"a\":1}}\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"data.csv\"\r\nContent-Type: text/csv\r\n\r\nid,name\n1,x\n\r\n\
         --{b}--\r\n",
        b = boundary
    );
    assert_eq!(r.body_str(), expected);
}

#[test]
fn formdata_files_are_relative_to_working_dir() {
    let srv = echo();
    let dir = workdir("formdata-wd");
    write(&dir, "assets/up.txt", "payload");
    let coll = collection(
        "b",
        json!([item(
            "a",
            json!({
                "method": "POST", "url": srv.url("/a"),
                "body": {"mode": "formdata", "formdata": [{"key": "f", "src": "up.txt", "type": "file"}]}
            })
        )]),
    );
    let (run, _) = run_collection(&dir, &coll, &["--working-dir", "assets"]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert!(srv.requests()[0]
        .body_str()
        .contains("filename=\"up.txt\"\r\nContent-Type: text/plain\r\n\r\npayload\r\n"));
}

#[test]
fn file_graphql_and_none_bodies() {
    let srv = echo();
    let dir = workdir("file-gql");
    write(&dir, "body.bin", [0u8, 1, 2, 255]);
    let coll = collection(
        "b",
        json!([
            item(
                "file",
                json!({"method": "POST", "url": srv.url("/f"), "body": {"mode": "file", "file": {"src": "body.bin"}}})
            ),
            item(
                "gql",
                json!({"method": "POST", "url": srv.url("/g"), "body": {"mode": "graphql", "graphql": {
            "query": "query { user(id: {{id}}) { name } }", "variables": "{\"limit\": 2}"}}})
            ),
            item(
                "none",
                json!({"method": "POST", "url": srv.url("/n"), "body": {"mode": "none"}})
            )
        ]),
    );
    let mut coll = coll;
    coll["variable"] = json!([{"key": "id", "value": 5}]);
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let reqs = srv.requests();
    assert_eq!(reqs[0].body, vec![0u8, 1, 2, 255]);
    assert_eq!(
        reqs[0].header("content-type"),
        Some("application/octet-stream"),
        "Newman types a file body by its extension"
    );
    assert_eq!(reqs[1].header("content-type"), Some("application/json"));
    assert_eq!(
        reqs[1].body_str(),
        r#"{"query":"query { user(id: 5) { name } }","variables":{"limit": 2}}"#,
        "string variables are spliced in verbatim, as Newman does"
    );
    assert_eq!(reqs[2].body, b"");
}

#[test]
fn file_bodies_are_typed_by_extension_unless_a_content_type_is_set() {
    let srv = echo();
    let dir = workdir("file-types");
    write(&dir, "d.json", b"{}");
    write(&dir, "p.PNG", b"x");
    let file = |src: &str| json!({"mode": "file", "file": {"src": src}});
    let post = |path: &str, body: serde_json::Value, header: serde_json::Value| json!({"method": "POST", "url": srv.url(path), "body": body, "header": header});
    let coll = collection(
        "b",
        json!([
            item("json", post("/1", file("d.json"), json!([]))),
            item("png", post("/2", file("p.PNG"), json!([]))),
            item(
                "user type",
                post(
                    "/3",
                    file("d.json"),
                    json!([{"key": "content-type", "value": "x/y"}])
                )
            ),
            item("missing", post("/4", file("nope.txt"), json!([]))),
        ]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let types: Vec<Option<String>> = srv
        .requests()
        .iter()
        .map(|r| r.header("content-type").map(str::to_string))
        .collect();
    // What Newman 6.2.2 sent for the same bodies.
    assert_eq!(
        types,
        [
            Some("application/json".to_string()),
            Some("image/png".to_string()),
            Some("x/y".to_string()),
            None
        ]
    );
}

#[test]
fn get_bodies_are_pruned_unless_disable_body_pruning() {
    let srv = echo();
    let dir = workdir("pruning");
    let body = json!({"mode": "raw", "raw": "payload"});
    let coll = collection(
        "b",
        json!([
            item("pruned", json!({"method": "GET", "url": srv.url("/p"), "body": body})),
            {"name": "kept", "request": {"method": "GET", "url": srv.url("/k"), "body": body},
             "protocolProfileBehavior": {"disableBodyPruning": true}}
        ]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let reqs = srv.requests();
    assert_eq!(reqs[0].body, b"");
    assert_eq!(reqs[0].header("content-type"), None);
    assert_eq!(reqs[1].body_str(), "payload");
}

#[test]
fn unreadable_form_files_are_skipped_with_a_warning_and_the_rest_is_sent() {
    let srv = echo();
    let dir = workdir("formdata-missing");
    let coll = collection(
        "b",
        json!([
            item(
                "partial",
                json!({"method": "POST", "url": srv.url("/p"), "body": {"mode": "formdata", "formdata": [
                    {"key": "gone", "src": "nope.csv", "type": "file"},
                    {"key": "kept", "value": "v", "type": "text"}
                ]}})
            ),
            item(
                "nothing-left",
                json!({"method": "POST", "url": srv.url("/n"), "body": {"mode": "formdata", "formdata": [
                    {"key": "gone", "src": "nope.csv", "type": "file"}
                ]}})
            )
        ]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert!(
        run.stdout.contains("form param `gone`, file load error"),
        "{}",
        run.stdout
    );
    let reqs = srv.requests();
    assert!(!reqs[0].body_str().contains("name=\"gone\""));
    assert!(reqs[0].body_str().contains("name=\"kept\"\r\n\r\nv\r\n"));
    assert_eq!(
        (reqs[1].body.len(), reqs[1].header("content-type")),
        (0, None)
    );
    assert_eq!(reqs[1].header("content-length"), Some("0"));
}

#[test]
fn urlencoded_groups_duplicate_keys_and_overrides_a_foreign_content_type() {
    let srv = echo();
    let dir = workdir("urlencoded-group");
    let coll = collection(
        "b",
        json!([item(
            "a",
            json!({
                "method": "POST", "url": srv.url("/a"),
                "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": {"mode": "urlencoded", "urlencoded": [
                    {"key": "a", "value": "1"}, {"key": "b", "value": "(x)!"}, {"key": "a", "value": "3"}
                ]}
            })
        )]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = &srv.requests()[0];
    assert_eq!(
        r.headers_named("content-type"),
        vec!["application/x-www-form-urlencoded"]
    );
    assert_eq!(r.body_str(), "a=1&a=3&b=%28x%29%21");
}

#[test]
fn event_and_script_shorthands_load() {
    let srv = echo();
    let dir = workdir("event-shorthand");
    let coll = json!({"info": {"name": "e"}, "item": [
        {"name": "single-event-object", "event": {"listen": "test", "script": "pm.test('x', () => {});"},
         "request": {"method": "GET", "url": srv.url("/1")}},
        {"name": "script-as-lines", "event": [{"listen": "prerequest", "script": ["let a = 1;", "a++;"]}],
         "request": {"method": "GET", "url": srv.url("/2")}}
    ]});
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(srv.request_count(), 2);
}

#[test]
fn the_content_type_courier_adds_goes_where_newman_puts_it() {
    let srv = echo();
    let dir = workdir("content-type-order");
    let basic = json!({"type": "basic", "basic": [
        {"key": "username", "value": "u"}, {"key": "password", "value": "p"}]});
    let post = |body: serde_json::Value,
                auth: Option<&serde_json::Value>,
                header: serde_json::Value| {
        let mut r = json!({"method": "POST", "url": srv.url("/p"), "body": body, "header": header});
        if let Some(a) = auth {
            r["auth"] = a.clone();
        }
        r
    };
    let form = json!({"mode": "formdata", "formdata": [{"key": "a", "value": "1"}]});
    let urlencoded = json!({"mode": "urlencoded", "urlencoded": [{"key": "a", "value": "1"}]});
    let coll = collection(
        "b",
        json!([
            item(
                "json",
                post(
                    json!({"mode": "raw", "raw": "{}", "options": {"raw": {"language": "json"}}}),
                    Some(&basic),
                    json!([])
                )
            ),
            item(
                "text",
                post(json!({"mode": "raw", "raw": "x"}), Some(&basic), json!([]))
            ),
            item(
                "graphql",
                post(
                    json!({"mode": "graphql", "graphql": {"query": "{a}"}}),
                    Some(&basic),
                    json!([])
                )
            ),
            item(
                "urlencoded",
                post(urlencoded.clone(), Some(&basic), json!([]))
            ),
            item(
                "urlencoded, user header",
                post(urlencoded, None, json!([{"key": "X-A", "value": "1"}]))
            ),
            item("form-data", post(form.clone(), None, json!([]))),
            item(
                "form-data, user type",
                post(
                    form,
                    None,
                    json!([{"key": "Content-Type", "value": "multipart/form-data"}])
                )
            ),
        ]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let skip = [
        "user-agent",
        "postman-token",
        "cache-control",
        "accept",
        "accept-encoding",
    ];
    let order: Vec<String> = srv
        .requests()
        .iter()
        .map(|r| {
            r.headers
                .iter()
                .map(|(k, _)| k.to_ascii_lowercase())
                .filter(|k| !skip.contains(&k.as_str()))
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    // The order Newman 6.2.2 sent the same requests in: a raw JSON body's type is the
    // request's own; other raw and GraphQL types follow the auth header; urlencoded and
    // form-data types follow the system headers.
    assert_eq!(
        order,
        [
            "content-type,authorization,host,connection,content-length",
            "authorization,content-type,host,connection,content-length",
            "authorization,content-type,host,connection,content-length",
            "authorization,host,connection,content-type,content-length",
            "x-a,host,connection,content-type,content-length",
            "host,connection,content-type,content-length",
            "content-type,host,connection,content-length",
        ]
    );
}
