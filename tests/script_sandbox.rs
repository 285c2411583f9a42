//! Integration tests of the script sandbox (`courier::script`) around its edges, driven
//! directly through `ScriptEngine`: `pm.sendRequest` against the in-process test server,
//! console capture, timers, limits, isolation and error reporting. (The `pm` API areas are
//! in `script_engine.rs`.)

mod support;

use std::time::{Duration, Instant};

use courier::script::{Limits, Listen};
use serde_json::json;
use support::server::{Reply, TestServer};

use support::script::*;

#[tokio::test]
async fn send_request_through_the_http_client() {
    let srv = TestServer::start(|req| match req.path() {
        "/json" => Reply::json(200, r#"{"token":"t-123"}"#),
        "/echo" => Reply::json(
            201,
            format!(
                r#"{{"method":"{}","body":{},"type":"{}"}}"#,
                req.method,
                serde_json::to_string(&req.body_str()).unwrap(),
                req.header("x-kind").unwrap_or("")
            ),
        ),
        _ => Reply::text(404, "nope"),
    });
    let mut h = Harness::new();
    let code = format!(
        "pm.sendRequest('{json}', (err, res) => {{\n\
           pm.test('get', () => {{ pm.expect(err).to.equal(null); pm.expect(res.code).to.equal(200); }});\n\
           pm.environment.set('token', res.json().token);\n\
           pm.sendRequest({{ url: '{echo}', method: 'POST', header: {{ 'X-Kind': 'k', 'Content-Type': 'text/plain' }},\n\
             body: {{ mode: 'raw', raw: 'hello {{{{notresolved}}}}' }} }}, (err2, res2) => {{\n\
             pm.test('post', () => {{\n\
               pm.expect(res2.code).to.equal(201);\n\
               pm.expect(res2.json()).to.eql({{ method: 'POST', body: 'hello {{{{notresolved}}}}', type: 'k' }});\n\
               pm.expect(res2.headers.get('content-type')).to.equal('application/json');\n\
             }});\n\
           }});\n\
         }});\n\
         pm.sendRequest({{ url: '{form}?id={{{{$guid}}}}', method: 'POST', body: {{ mode: 'urlencoded', urlencoded: [{{ key: 'a', value: '1 2' }}] }} }},\n\
           (err, res) => pm.test('form', () => pm.expect(res.code).to.equal(404)));",
        json = srv.url("/json"),
        echo = srv.url("/echo"),
        form = srv.url("/form"),
    );
    let out = h.pre(&code).await;
    all_pass(&out);
    let mut names: Vec<String> = out.assertions.iter().map(|a| a.name.clone()).collect();
    names.sort();
    assert_eq!(names, vec!["form", "get", "post"]);
    assert_eq!(
        h.scopes.environment.get_value("token"),
        Some(&json!("t-123"))
    );
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 3);
    let form = reqs
        .iter()
        .find(|r| r.path() == "/form")
        .expect("form request");
    assert_eq!(form.body_str(), "a=1%202");
    assert_eq!(
        form.target, "/form?id={{$guid}}",
        "dynamic variables are not resolved"
    );
    assert!(form.header("user-agent").is_some());

    // A connection error reaches the callback as `err`.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let out = h
        .pre(&format!(
            "pm.sendRequest('http://127.0.0.1:{closed}/x', (err, res) => {{\n\
               pm.test('refused', () => {{ pm.expect(err.code).to.equal('ECONNREFUSED'); pm.expect(res.code).to.equal(undefined); }});\n\
             }});"
        ))
        .await;
    all_pass(&out);
    assert_eq!(out.assertions.len(), 1);
}

#[tokio::test]
async fn console_output() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "console.log('hello', 1, { b: [1, 'x'] });\n\
             console.info('%s is %d years', 'Bob', 42.5);\n\
             console.warn('w'); console.error(new Error('boom').message); console.debug(null, undefined);",
        )
        .await;
    all_pass(&out);
    let lines: Vec<(&str, &str, &str)> = out
        .console
        .iter()
        .map(|c| (c.level.as_str(), c.text.as_str(), c.newman.as_str()))
        .collect();
    assert_eq!(
        lines,
        vec![
            (
                "log",
                "hello 1 { b: [ 1, 'x' ] }",
                "'hello', 1, { b: [ 1, 'x' ] }"
            ),
            ("info", "Bob is 42.5 years", "'%s is %d years', 'Bob', 42.5"),
            ("warn", "w", "'w'"),
            ("error", "boom", "'boom'"),
            ("debug", "null undefined", "null, undefined"),
        ]
    );
    // Legacy globals warn once per script, as Newman does.
    let out = h.test("tests['a'] = true; tests['b'] = true;").await;
    let warnings: Vec<&str> = out.console.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        warnings,
        vec!["Using \"tests\" is deprecated. Use \"pm.test()\" instead."]
    );
}

#[tokio::test]
async fn limits_keep_the_engine_usable() {
    let mut h = Harness::with_limits(Limits {
        timeout: Some(Duration::from_millis(150)),
        memory: 16 * 1024 * 1024,
    });
    let started = Instant::now();
    let out = h.pre("while (true) {}").await;
    assert!(started.elapsed() < Duration::from_secs(3));
    assert_eq!(out.errors.len(), 1);
    assert_eq!(
        out.errors[0].message,
        "sandbox: synchronous script execution timeout"
    );

    let out = h.pre("setInterval(() => {}, 5);").await;
    assert_eq!(out.errors.len(), 1);
    assert_eq!(
        out.errors[0].message,
        "sandbox: asynchronous script execution timeout"
    );

    let out = h
        .pre("var all = []; for (;;) { all.push(new Array(1e5).fill(7)); }")
        .await;
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    assert!(
        out.errors[0].message.contains("out of memory"),
        "{:?}",
        out.errors
    );

    let out = h.pre("'x'.repeat(1 << 29);").await;
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);

    let out = h.pre("function f(n) { return f(n + 1) + 1; } f(0);").await;
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    assert!(out.errors[0].message.contains("stack"), "{:?}", out.errors);

    let out = h
        .pre("pm.test('still works', () => pm.expect(1 + 1).to.equal(2));")
        .await;
    all_pass(&out);
    assert_eq!(out.assertions.len(), 1);
}

#[tokio::test]
async fn isolation_from_the_host() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "pm.test('no process', () => pm.expect(typeof process).to.equal('undefined'));\n\
             pm.test('no fs', () => require('fs'));\n\
             pm.test('chai', () => pm.expect(typeof require('chai').expect).to.equal('function'));\n\
             pm.test('no std', () => pm.expect(typeof std + typeof os + typeof fetch).to.equal('undefinedundefinedundefined'));",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let r = results(&out);
    assert_eq!(r[0], ("no process".into(), None));
    assert_eq!(r[1].0, "no fs");
    let msg = r[1].1.clone().unwrap_or_default();
    assert!(
        msg.starts_with("Cannot find module 'fs' (courier's sandbox provides: ")
            && msg.contains("chai"),
        "{msg}"
    );
    assert_eq!(r[2], ("chai".into(), None));
    assert_eq!(r[3], ("no std".into(), None));
}

#[tokio::test]
async fn errors_have_positions_and_clear_messages() {
    let mut h = Harness::new();
    let out = h.pre("var a = 1;\nvar b = {;").await;
    assert_eq!(out.errors.len(), 1);
    let e = &out.errors[0];
    assert_eq!(
        (e.name.as_str(), e.line, e.column),
        ("SyntaxError", Some(2), Some(10)),
        "{e:?}"
    );
    assert_eq!(e.origin, "script 0");

    let out = h.pre("\n\n  missing.call();").await;
    let e = &out.errors[0];
    assert_eq!(
        (e.name.as_str(), e.line, e.column),
        ("ReferenceError", Some(3), Some(3)),
        "{e:?}"
    );
    assert_eq!(e.message, "missing is not defined");

    let out = h.pre("throw 'plain text';").await;
    assert_eq!(out.errors[0].message, "Uncaught plain text");
    let out = h.pre("throw { code: 7 };").await;
    assert_eq!(out.errors[0].message, "Uncaught { code: 7 }");
    let out = h.pre("throw undefined;").await;
    assert_eq!(out.errors[0].message, "Uncaught undefined");

    let out = h.pre("pm.foo.bar();").await;
    assert_eq!(out.errors.len(), 1);
    assert_eq!(out.errors[0].name, "TypeError");
    assert!(
        out.errors[0]
            .message
            .contains("pm.foo is not part of the pm API"),
        "{:?}",
        out.errors
    );
    let out = h.pre("pm.response.json();").await;
    assert!(
        out.errors[0]
            .message
            .contains("pm.response is only available in test scripts"),
        "{:?}",
        out.errors
    );
    // A failing script does not stop the next one.
    let out = h
        .run(
            Listen::Prerequest,
            &["throw new Error('first');", "pm.test('second', () => {});"],
            None,
        )
        .await;
    assert_eq!(out.errors.len(), 1);
    assert_eq!(out.errors[0].message, "first");
    assert_eq!(out.errors[0].origin, "script 0");
    assert_eq!(results(&out), vec![("second".into(), None)]);
}

#[tokio::test]
async fn sandbox2_scripts_and_timers() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "\"use sandbox2\";\n\
             pm.test('no legacy', () => pm.expect(typeof tests + typeof postman).to.equal('undefinedundefined'));",
        )
        .await;
    all_pass(&out);
    assert_eq!(out.assertions.len(), 1);
    let out = h
        .pre(
            "const order = [];\n\
             setTimeout(() => order.push('t80'), 80);\n\
             const cancelled = setTimeout(() => order.push('never'), 5);\n\
             clearTimeout(cancelled);\n\
             setTimeout(() => order.push('t50'), 50);\n\
             setImmediate(() => order.push('immediate'));\n\
             Promise.resolve().then(() => order.push('micro'));\n\
             let ticks = 0;\n\
             const iv = setInterval(() => { if (++ticks === 3) { clearInterval(iv); order.push('interval x3'); } }, 1);\n\
             setTimeout(() => pm.test('order', () => pm.expect(order).to.eql(['micro', 'immediate', 'interval x3', 't50', 't80'])), 120);",
        )
        .await;
    all_pass(&out);
    assert_eq!(out.assertions.len(), 1);
}
