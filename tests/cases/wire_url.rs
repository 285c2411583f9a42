//! URLs, methods and headers exactly as they arrive on the wire.

use serde_json::json;

use crate::harness::{collection, item, run_collection, workdir};
use crate::support::server::{Reply, TestServer};

#[test]
fn structured_url_is_built_from_parts_and_raw_is_ignored() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("url-parts");
    let port = srv.port().to_string();
    let coll = collection(
        "u",
        json!([item(
            "a",
            json!({
                "method": "GET",
                "url": {
                    "raw": "http://ignored.invalid/raw",
                    "host": ["127", "0", "0", "1"],
                    "port": port,
                    "path": ["api", ":id.json", "x y"],
                    "query": [
                        {"key": "a", "value": "1"},
                        {"key": "off", "value": "2", "disabled": true},
                        {"key": "a", "value": "3"},
                        {"key": "q", "value": "ä b"}
                    ],
                    "variable": [{"key": "id", "value": "42"}]
                }
            })
        )]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].method, "GET");
    assert_eq!(reqs[0].target, "/api/42.json/x%20y?a=1&a=3&q=%C3%A4%20b");
}

#[test]
fn string_url_with_base_url_variable_is_reparsed() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("url-string");
    let mut coll = collection(
        "u",
        json!([item(
            "a",
            json!({"method": "POST", "url": "{{baseUrl}}/things?x={{x}}"})
        )]),
    );
    coll["variable"] = json!([
        {"key": "baseUrl", "value": srv.base_url() + "/v1"},
        {"key": "x", "value": "1&y=2"}
    ]);
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = &srv.requests()[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.target, "/v1/things?x=1&y=2");
    assert_eq!(r.header("content-length"), Some("0"));
}

#[test]
fn system_headers_are_added_unless_set_or_disabled() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("sys-headers");
    let coll = collection(
        "h",
        json!([
            item("default", json!({"method": "GET", "url": srv.url("/a"), "header": [
                {"key": "X-Custom", "value": "1"},
                {"key": "X-Off", "value": "1", "disabled": true}
            ]})),
            {
                "name": "overridden",
                "request": {"method": "GET", "url": srv.url("/b"), "header": [{"key": "accept", "value": "text/xml"}]},
                "protocolProfileBehavior": {"disabledSystemHeaders": {"cache-control": true, "postman-token": true}}
            }
        ]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let reqs = srv.requests();
    let a = &reqs[0];
    assert_eq!(a.header("x-custom"), Some("1"));
    assert_eq!(a.header("x-off"), None);
    assert_eq!(a.header("accept"), Some("*/*"));
    assert_eq!(a.header("cache-control"), Some("no-cache"));
    assert_eq!(a.header("accept-encoding"), Some("gzip, deflate, br"));
    assert_eq!(a.header("connection"), Some("keep-alive"));
    assert_eq!(
        a.header("host"),
        Some(format!("127.0.0.1:{}", srv.port()).as_str())
    );
    assert!(a
        .header("user-agent")
        .is_some_and(|u| u.starts_with("courier/")));
    assert_eq!(a.header("postman-token").map(str::len), Some(36));
    let b = &reqs[1];
    assert_eq!(b.headers_named("accept"), vec!["text/xml"]);
    assert_eq!(b.header("cache-control"), None);
    assert_eq!(b.header("postman-token"), None);
}

#[test]
fn custom_methods_are_sent_as_written() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("method");
    let coll = collection(
        "m",
        json!([item(
            "purge",
            json!({"method": "purge", "url": srv.url("/x")})
        )]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(srv.requests()[0].method, "PURGE");
}
