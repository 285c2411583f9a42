//! Unit tests of the script module: the engine driven directly with small scripts.

use std::time::Duration;

use serde_json::{json, Value};

use super::*;
use crate::http::{HttpClient, HttpOptions, Response};
use crate::runner::Scopes;
use crate::vars::{Variable, VariableScope};

fn client() -> HttpClient {
    HttpClient::new(HttpOptions::default(), cookie_store::CookieStore::default()).expect("client")
}

fn engine() -> ScriptEngine {
    ScriptEngine::new(Limits {
        timeout: Some(Duration::from_secs(2)),
        memory: 32 * 1024 * 1024,
    })
    .expect("engine")
}

fn response(status: u16, body: &str) -> Response {
    Response {
        status,
        reason: "OK".into(),
        headers: vec![
            ("content-type".into(), "application/json".into()),
            ("x-one".into(), "1".into()),
        ],
        body: body.as_bytes().to_vec(),
        wire_size: body.len() as u64,
        body_size: body.len() as u64,
        truncated: false,
        elapsed: Duration::from_millis(12),
    }
}

fn request() -> Value {
    json!({
        "method": "POST",
        "url": "http://example.com/a/b?x=1&y=2",
        "header": [{"key": "Content-Type", "value": "application/json"}],
        "body": {"mode": "raw", "raw": "{\"a\":1}"}
    })
}

async fn run(
    engine: &mut ScriptEngine,
    listen: Listen,
    codes: &[&str],
    scopes: &mut Scopes,
    resp: Option<&Response>,
) -> ScriptOutput {
    let req = request();
    let data = VariableScope::from_vars(vec![Variable::new("row", json!("r1"))]);
    let scripts: Vec<ScriptSource<'_>> = codes
        .iter()
        .enumerate()
        .map(|(i, c)| ScriptSource {
            code: c,
            origin: format!("script {i}"),
        })
        .collect();
    let input = ScriptInput {
        listen,
        request: &req,
        response: resp,
        request_sent: None,
        data: &data,
        info: ScriptInfo {
            iteration: 1,
            iteration_count: 3,
            request_name: "Req".into(),
            request_id: "id-1".into(),
            ..Default::default()
        },
        cookies: vec![("session".into(), "abc".into())],
    };
    engine.run(&scripts, input, scopes, &client()).await
}

async fn test1(code: &str) -> ScriptOutput {
    let r = response(200, r#"{"a":1,"list":[1,2]}"#);
    run(
        &mut engine(),
        Listen::Test,
        &[code],
        &mut Scopes::default(),
        Some(&r),
    )
    .await
}

fn messages(out: &ScriptOutput) -> Vec<(String, Option<String>)> {
    out.assertions
        .iter()
        .map(|a| (a.name.clone(), a.error.clone()))
        .collect()
}

#[tokio::test]
async fn assertions_pass_and_fail_with_chai_messages() {
    let out = test1(
        "pm.test('ok', function () { pm.expect(1).to.equal(1); });\n\
         pm.test('bad', function () { pm.expect(404).to.equal(200); });\n\
         pm.test.skip('later');\n\
         tests['legacy'] = false;",
    )
    .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(
        messages(&out),
        vec![
            ("ok".into(), None),
            ("bad".into(), Some("expected 404 to equal 200".into())),
            ("later".into(), None),
            ("legacy".into(), Some("expected false to be truthy".into())),
        ]
    );
    assert!(out.assertions[2].skipped);
}

#[tokio::test]
async fn response_api() {
    let out = test1(
        "pm.test('code', () => pm.expect(pm.response.code).to.equal(200));\n\
         pm.test('json', () => pm.expect(pm.response.json().list).to.eql([1, 2]));\n\
         pm.test('header', () => pm.expect(pm.response.headers.get('X-One')).to.equal('1'));\n\
         pm.test('status', () => pm.response.to.have.status(200));\n\
         pm.test('legacy', () => pm.expect(responseCode.code + ':' + JSON.parse(responseBody).a).to.equal('200:1'));",
    )
    .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert!(
        out.assertions.iter().all(|a| a.error.is_none()),
        "{:?}",
        out.assertions
    );
    assert_eq!(out.assertions.len(), 5);
}

#[tokio::test]
async fn variables_are_applied_to_scopes() {
    let mut scopes = Scopes::default();
    scopes.environment.set("keep", json!("k"));
    scopes.environment.set("gone", json!("g"));
    let out = run(
        &mut engine(),
        Listen::Prerequest,
        &[
            "pm.environment.set('n', 5); pm.environment.unset('gone'); pm.globals.set('g', {a: 1});\n\
             pm.collectionVariables.set('c', 'x'); pm.variables.set('l', true);",
            "pm.test('seen', () => pm.expect(pm.environment.get('n') + pm.variables.get('row')).to.equal('5r1'));",
        ],
        &mut scopes,
        None,
    )
    .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(messages(&out), vec![("seen".into(), None)]);
    assert_eq!(scopes.environment.get_value("n"), Some(&json!(5)));
    assert!(!scopes.environment.has("gone"));
    assert_eq!(scopes.environment.get_value("keep"), Some(&json!("k")));
    assert_eq!(scopes.globals.get_value("g"), Some(&json!({"a": 1})));
    assert_eq!(scopes.collection.get_value("c"), Some(&json!("x")));
    assert_eq!(scopes.local.get_value("l"), Some(&json!(true)));
}

#[tokio::test]
async fn syntax_error_has_position() {
    let out = test1("var a = 1;\nvar b = ;").await;
    assert_eq!(out.errors.len(), 1);
    let e = &out.errors[0];
    assert_eq!(e.name, "SyntaxError");
    assert_eq!((e.line, e.column), (Some(2), Some(9)), "{e:?}");
    assert_eq!(e.origin, "script 0");
}

#[tokio::test]
async fn runtime_error_has_position() {
    let out = test1("var a = 1;\n  undefinedThing.call();").await;
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    let e = &out.errors[0];
    assert_eq!(e.name, "ReferenceError");
    assert_eq!((e.line, e.column), (Some(2), Some(3)), "{e:?}");
}

#[tokio::test]
async fn infinite_loop_times_out_and_engine_survives() {
    let mut eng = ScriptEngine::new(Limits {
        timeout: Some(Duration::from_millis(100)),
        memory: 16 << 20,
    })
    .expect("engine");
    let started = std::time::Instant::now();
    let mut scopes = Scopes::default();
    let out = run(
        &mut eng,
        Listen::Prerequest,
        &["while (true) {}"],
        &mut scopes,
        None,
    )
    .await;
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    assert!(
        out.errors[0].message.contains("timeout"),
        "{:?}",
        out.errors
    );
    let out = run(
        &mut eng,
        Listen::Prerequest,
        &["pm.test('after', () => {})"],
        &mut scopes,
        None,
    )
    .await;
    assert_eq!(messages(&out), vec![("after".into(), None)]);
}

#[tokio::test]
async fn allocation_bomb_is_contained() {
    let mut eng = engine();
    let mut scopes = Scopes::default();
    let out = run(
        &mut eng,
        Listen::Prerequest,
        &["var a = []; while (true) { a.push('xxxxxxxxxxxxxxxx' + a.length); }"],
        &mut scopes,
        None,
    )
    .await;
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    assert!(out.errors[0].message.contains("memory"), "{:?}", out.errors);
    let out = run(
        &mut eng,
        Listen::Prerequest,
        &["pm.test('after', () => {})"],
        &mut scopes,
        None,
    )
    .await;
    assert_eq!(messages(&out), vec![("after".into(), None)]);
}

#[test]
fn positions_come_from_the_first_script_frame() {
    use engine::script_position;
    assert_eq!(
        script_position("    at f (courier:chai.js:10:3)\n    at <anonymous> (script:4:7)\n"),
        (Some(3), Some(7))
    );
    assert_eq!(script_position("    at script:2:9\n"), (Some(1), Some(9)));
    assert_eq!(script_position("no position"), (None, None));
}

#[test]
fn legacy_globals_are_detected_as_identifiers_only() {
    use engine::mentions;
    assert!(mentions("tests['a'] = 1", "tests"));
    assert!(mentions("x = responseBody;", "responseBody"));
    assert!(!mentions("pm.environment.get('a')", "environment"));
    assert!(!mentions("var mydata = 1; data2 = 3;", "data"));
    assert!(mentions("const data = pm.response.json();", "data"));
}

#[tokio::test]
async fn replaying_mutations_keeps_newman_semantics() {
    let mut scopes = Scopes::default();
    scopes.environment.push(Variable {
        key: "typed".into(),
        value: Some(json!("x")),
        kind: Some("number".into()),
        enabled: true,
    });
    let out = run(
        &mut engine(),
        Listen::Prerequest,
        &["pm.environment.set('typed', '12'); pm.environment.set('u'); pm.globals.set('f', () => 1);"],
        &mut scopes,
        None,
    )
    .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let typed = scopes.environment.get("typed").expect("typed");
    assert_eq!(typed.kind.as_deref(), Some("number"));
    assert_eq!(typed.typed_value(), Some(json!(12)));
    assert!(scopes.environment.has("u"));
    assert_eq!(scopes.environment.get_value("u"), None);
    assert_eq!(scopes.globals.get_value("f"), Some(&Value::Null));
}

#[test]
fn meter_refuses_beyond_the_cap() {
    use alloc::{Capped, Meter};
    use rquickjs::allocator::Allocator;
    let meter = std::rc::Rc::new(Meter::default());
    let mut a = Capped::new(std::rc::Rc::clone(&meter));
    meter.set_cap(1024);
    let p = a.alloc(512);
    assert!(!p.is_null());
    assert!(meter.used() >= 512);
    assert!(a.alloc(4096).is_null());
    assert!(meter.refused());
    assert!(a.calloc(usize::MAX, 2).is_null());
    // SAFETY: `p` came from `a` and is freed once.
    unsafe { a.dealloc(p) };
    assert_eq!(meter.used(), 0);
}

#[tokio::test]
async fn property_errors_read_like_v8_in_errors_and_assertions() {
    let out = test1(
        "pm.test('t', function () { var u; u.value; });\n\
         var n = null; n.x = 1;",
    )
    .await;
    assert_eq!(
        messages(&out),
        vec![(
            "t".to_string(),
            Some("Cannot read properties of undefined (reading 'value')".to_string())
        )]
    );
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    assert_eq!(
        out.errors[0].message,
        "Cannot set properties of null (setting 'x')"
    );
}

#[tokio::test]
async fn values_json_cannot_write_are_set_as_their_string_form() {
    let mut scopes = Scopes::default();
    let out = run(
        &mut engine(),
        Listen::Prerequest,
        &["var o = {a: 1}; o.self = o;\n\
           pm.environment.set('cyclic', o); pm.environment.set('big', 10n);\n\
           pm.environment.set('plain', [1, 'two']); pm.environment.set('fn', function () {});"],
        &mut scopes,
        None,
    )
    .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(
        scopes.environment.get_value("cyclic"),
        Some(&json!("[object Object]"))
    );
    assert_eq!(scopes.environment.get_value("big"), Some(&json!("10")));
    assert_eq!(
        scopes.environment.get_value("plain"),
        Some(&json!([1, "two"]))
    );
    assert_eq!(scopes.environment.get_value("fn"), Some(&json!(null)));
}

#[tokio::test]
async fn changes_made_before_a_scope_is_read_are_seen_when_it_is() {
    let mut scopes = Scopes::default();
    scopes.environment.push(Variable::new("gone", json!("x")));
    scopes.environment.push(Variable {
        key: "count".into(),
        value: Some(json!("1")),
        kind: Some("number".into()),
        enabled: true,
    });
    let out = run(
        &mut engine(),
        Listen::Prerequest,
        &[
            "pm.environment.set('fresh', 'f'); pm.environment.unset('gone');\n\
             pm.environment.set('count', '7'); pm.environment.set('flag', 'yes', 'boolean');",
            "pm.test('read later', function () {\n\
               pm.expect(pm.environment.get('fresh')).to.equal('f');\n\
               pm.expect(pm.environment.has('gone')).to.equal(false);\n\
               pm.expect(pm.environment.get('count')).to.equal(7);\n\
               pm.expect(pm.environment.get('flag')).to.equal(true);\n\
               pm.expect(Object.keys(pm.environment.toObject())).to.eql(['count', 'fresh', 'flag']);\n\
             });",
        ],
        &mut scopes,
        None,
    )
    .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(messages(&out), vec![("read later".to_string(), None)]);
    assert_eq!(scopes.environment.get_value("fresh"), Some(&json!("f")));
    assert!(!scopes.environment.has("gone"));
    assert_eq!(
        scopes.environment.get("count").map(|v| v.typed_value()),
        Some(Some(json!(7)))
    );
}

#[tokio::test]
async fn numbers_reach_the_scopes_as_json_would_write_them() {
    let mut scopes = Scopes::default();
    let out = run(
        &mut engine(),
        Listen::Prerequest,
        &["var e = pm.environment;\n\
           e.set('int', 42); e.set('neg', -7); e.set('frac', 12.5); e.set('sum', 0.1 + 0.2);\n\
           e.set('nan', NaN); e.set('inf', -Infinity); e.set('zero', -0); e.set('whole', 3 / 1.5);\n\
           e.set('big', 1e21); e.set('u64', Math.pow(2, 63)); e.set('min', -Math.pow(2, 63));\n\
           e.set('t', true); e.set('n', null); e.set('nested', {a: [1, 2.5, 'x', NaN]});"],
        &mut scopes,
        None,
    )
    .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let text = |key: &str| {
        serde_json::to_string(scopes.environment.get_value(key).expect(key)).expect("json")
    };
    let expected = [
        ("int", "42"),
        ("neg", "-7"),
        ("frac", "12.5"),
        ("sum", "0.30000000000000004"),
        ("nan", "null"),
        ("inf", "null"),
        ("zero", "0"),
        ("whole", "2"),
        ("big", "1e+21"),
        ("u64", "9223372036854775808"),
        ("min", "-9223372036854775808"),
        ("t", "true"),
        ("n", "null"),
        ("nested", r#"{"a":[1,2.5,"x",null]}"#),
    ];
    for (key, want) in expected {
        assert_eq!(text(key), want, "{key}");
    }
}

#[test]
fn the_prelude_loads_from_bytecode_and_from_source() {
    use engine::{Js, PreludeFrom, Watch};
    for from in [PreludeFrom::Bytecode, PreludeFrom::Source] {
        let watch = std::rc::Rc::new(Watch::default());
        if let Err(e) = Js::with_prelude(&watch, from) {
            panic!("{from:?}: {e}");
        }
    }
}
