//! Integration tests of the script sandbox (`courier::script`), driven directly through
//! `ScriptEngine` (no runner): one test per `pm` API area with known outcomes. The edges
//! (sendRequest, console, timers, limits, isolation, errors) are in `script_sandbox.rs`.

mod support;

use courier::script::{Listen, NextRequest, ScriptInfo, ScriptInput, ScriptSource};
use courier::vars::{Variable, VariableScope};
use serde_json::json;

use support::script::*;

#[tokio::test]
async fn chai_messages_of_failing_assertions() {
    let mut h = Harness::new();
    let out = h
        .test(
            "pm.test('pass', () => pm.expect(200).to.equal(200));\n\
             pm.test('equal', () => pm.expect(404).to.equal(200));\n\
             pm.test('property', () => pm.expect({ a: 1 }).to.have.property('b'));\n\
             pm.test('include', () => pm.expect('abc').to.include('z'));\n\
             pm.test('length', () => pm.expect([1, 2]).to.have.lengthOf(3));\n\
             pm.test('below', () => pm.expect(5).to.be.below(3));\n\
             pm.test('ok', () => pm.expect(null).to.be.ok);\n\
             pm.test('eql', () => pm.expect({ a: 1 }).to.eql({ a: 2 }));\n\
             pm.test('custom', () => pm.expect(1, 'custom').to.equal(2));\n\
             pm.test('status', () => pm.response.to.have.status(404));",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let expected: Vec<(String, Option<String>)> = [
        ("pass", None),
        ("equal", Some("expected 404 to equal 200")),
        ("property", Some("expected { a: 1 } to have property 'b'")),
        ("include", Some("expected 'abc' to include 'z'")),
        (
            "length",
            Some("expected [ 1, 2 ] to have a length of 3 but got 2"),
        ),
        ("below", Some("expected 5 to be below 3")),
        ("ok", Some("expected null to be truthy")),
        ("eql", Some("expected { a: 1 } to deeply equal { a: 2 }")),
        ("custom", Some("custom: expected 1 to equal 2")),
        (
            "status",
            Some("expected response to have status code 404 but got 200"),
        ),
    ]
    .into_iter()
    .map(|(n, e)| (n.to_string(), e.map(str::to_string)))
    .collect();
    assert_eq!(results(&out), expected);
}

#[tokio::test]
async fn test_forms_skip_legacy_async_and_done() {
    let mut h = Harness::new();
    let out = h
        .test(
            "pm.test('no function');\n\
             pm.test.skip('skipped', () => { throw new Error('never'); });\n\
             pm.test('throws a string', () => { throw 'plain'; });\n\
             pm.test('done later', (done) => { setTimeout(() => { pm.expect(1).to.equal(1); done(); }, 20); });\n\
             pm.test('done with error', (done) => { setTimeout(() => done(new Error('late failure')), 10); });\n\
             pm.test('async ok', async () => { await Promise.resolve(1); });\n\
             pm.test('async fails', async () => { await null; pm.expect(2).to.equal(3); });\n\
             tests['legacy pass'] = true;\n\
             tests['legacy fail'] = 0;",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let r = results(&out);
    let find = |n: &str| r.iter().find(|(name, _)| name == n).map(|(_, e)| e.clone());
    assert_eq!(find("no function"), Some(None));
    assert_eq!(find("skipped"), Some(None));
    assert!(out
        .assertions
        .iter()
        .any(|a| a.name == "skipped" && a.skipped));
    assert_eq!(find("throws a string"), Some(Some("plain".into())));
    assert_eq!(find("done later"), Some(None));
    assert_eq!(find("done with error"), Some(Some("late failure".into())));
    assert_eq!(find("async ok"), Some(None));
    assert_eq!(
        find("async fails"),
        Some(Some("expected 2 to equal 3".into()))
    );
    assert_eq!(find("legacy pass"), Some(None));
    assert_eq!(
        find("legacy fail"),
        Some(Some("expected 0 to be truthy".into()))
    );
    // Synchronous results first, then tests[...], then the asynchronous ones as they settle.
    let order: Vec<&str> = out.assertions.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        &order[..5],
        &[
            "no function",
            "skipped",
            "throws a string",
            "legacy pass",
            "legacy fail"
        ][..]
    );
}

#[tokio::test]
async fn response_object() {
    let mut h = Harness::new();
    let out = h
        .test(
            "pm.test('basics', () => {\n\
               pm.expect(pm.response.code).to.equal(200);\n\
               pm.expect(pm.response.status).to.equal('OK');\n\
               pm.expect(pm.response.reason()).to.equal('OK');\n\
               pm.expect(pm.response.responseTime).to.equal(42);\n\
               pm.expect(pm.response.responseSize).to.equal(41);\n\
               pm.expect(pm.response.text()).to.include('widget');\n\
               pm.expect(pm.response.json().tags).to.eql(['a', 'b']);\n\
             });\n\
             pm.test('headers', () => {\n\
               pm.expect(pm.response.headers.get('Content-Type')).to.include('json');\n\
               pm.expect(pm.response.headers.has('content-type')).to.be.true;\n\
               pm.expect(pm.response.headers.toObject()['set-cookie']).to.eql(['a=1', 'b=2']);\n\
               let n = 0; pm.response.headers.each(() => n++); pm.expect(n).to.equal(3);\n\
             });\n\
             pm.test('chai-postman', () => {\n\
               pm.response.to.have.status(200);\n\
               pm.response.to.be.ok;\n\
               pm.response.to.have.header('Content-Type');\n\
               pm.response.to.be.json;\n\
               pm.response.to.have.jsonBody('name', 'widget');\n\
               pm.response.to.have.jsonSchema({ type: 'object', required: ['id'], properties: { id: { type: 'integer' } } });\n\
             });\n\
             pm.test('legacy', () => {\n\
               pm.expect(responseCode.code).to.equal(200);\n\
               pm.expect(responseCode.name).to.equal('OK');\n\
               pm.expect(JSON.parse(responseBody).id).to.equal(7);\n\
               pm.expect(responseTime).to.equal(42);\n\
               pm.expect(postman.getResponseHeader('content-type')).to.include('json');\n\
             });",
        )
        .await;
    all_pass(&out);
    assert_eq!(out.assertions.len(), 4);
    let invalid = h
        .run(
            Listen::Test,
            &["pm.response.json()"],
            Some(&json_response(404, "Not Found")),
        )
        .await;
    assert_eq!(invalid.errors.len(), 1);
    assert_eq!(invalid.errors[0].name, "JSONError");
    assert_eq!(
        invalid.errors[0].message,
        "Unexpected token 'N' at 1:1\nNot Found\n^"
    );
}

#[tokio::test]
async fn variable_scopes_and_lifetimes() {
    let mut h = Harness::new();
    h.scopes.globals.set("shared", json!("from globals"));
    h.scopes.collection.set("shared", json!("from collection"));
    h.scopes.environment.set("env_only", json!("e"));
    h.scopes.environment.push(Variable {
        key: "off".into(),
        value: Some(json!("disabled")),
        kind: None,
        enabled: false,
    });
    h.scopes.collection.push(Variable {
        key: "typed".into(),
        value: Some(json!(5)),
        kind: Some("string".into()),
        enabled: true,
    });
    h.data = VariableScope::from_vars(vec![Variable::new("row", json!("r1"))]);
    let out = h
        .run(
            Listen::Prerequest,
            &[
                "pm.environment.set('token', 'abc');\n\
                 pm.variables.set('local', 1);\n\
                 pm.collectionVariables.set('count', 2);\n\
                 pm.globals.unset('shared');",
                "pm.test('visible in the next script', () => {\n\
                   pm.expect(pm.environment.get('token')).to.equal('abc');\n\
                   pm.expect(pm.variables.get('shared')).to.equal('from collection');\n\
                   pm.expect(pm.variables.get('row')).to.equal('r1');\n\
                   pm.expect(pm.iterationData.get('row')).to.equal('r1');\n\
                   pm.expect(pm.collectionVariables.get('typed')).to.equal('5');\n\
                   pm.expect(pm.environment.has('off')).to.be.false;\n\
                   pm.expect(pm.environment.toObject()).to.eql({ env_only: 'e', off: 'disabled', token: 'abc' });\n\
                   pm.expect(pm.variables.replaceIn('{{token}}-{{row}}-{{missing}}')).to.equal('abc-r1-{{missing}}');\n\
                   pm.expect(pm.variables.replaceIn('{{$guid}}')).to.match(/^[0-9a-f-]{36}$/);\n\
                   pm.expect(pm.environment.replaceIn('{{shared}}')).to.equal('{{shared}}');\n\
                 });",
            ],
            None,
        )
        .await;
    all_pass(&out);
    assert_eq!(h.scopes.environment.get_value("token"), Some(&json!("abc")));
    assert_eq!(h.scopes.collection.get_value("count"), Some(&json!(2)));
    assert!(!h.scopes.globals.has("shared"));
    assert_eq!(h.scopes.local.get_value("local"), Some(&json!(1)));
    // Locals persist into later runs (requests, iterations); legacy setters store strings.
    let out = h
        .test(
            "pm.test('locals persist', () => pm.expect(pm.variables.get('local')).to.equal(1));\n\
             postman.setEnvironmentVariable('n', 42);\n\
             postman.setGlobalVariable('g', { a: 1 });\n\
             pm.test('legacy getters', () => pm.expect(postman.getEnvironmentVariable('n')).to.equal('42'));\n\
             pm.test('legacy objects', () => pm.expect(environment.token + globals.g).to.equal('abc[object Object]'));\n\
             postman.clearEnvironmentVariable('env_only');",
        )
        .await;
    all_pass(&out);
    assert_eq!(h.scopes.environment.get_value("n"), Some(&json!("42")));
    assert_eq!(
        h.scopes.globals.get_value("g"),
        Some(&json!("[object Object]"))
    );
    assert!(!h.scopes.environment.has("env_only"));
    let out = h
        .pre("pm.environment.clear(); pm.variables.set('u', undefined);")
        .await;
    all_pass(&out);
    assert!(!h.scopes.environment.has("token"));
    // clear() only unsets enabled entries, as postman-collection does.
    assert_eq!(h.scopes.environment.len(), 1);
    assert!(h.scopes.local.has("u"));
    assert_eq!(h.scopes.local.get_value("u"), None);
}

#[tokio::test]
async fn request_reading_and_mutation() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "pm.test('read', () => {\n\
               pm.expect(pm.request.url.toString()).to.equal('http://example.com/api/items?limit=10&page=2');\n\
               pm.expect(pm.request.url.getHost()).to.equal('example.com');\n\
               pm.expect(pm.request.url.getPath()).to.equal('/api/items');\n\
               pm.expect(pm.request.url.query.get('page')).to.equal('2');\n\
               pm.expect(pm.request.url.query.toObject()).to.eql({ limit: '10', page: '2' });\n\
               pm.expect(pm.request.method).to.equal('GET');\n\
               pm.expect(pm.request.headers.get('accept')).to.equal('application/json');\n\
               pm.expect(request.url).to.equal('http://example.com/api/items?limit=10&page=2');\n\
               pm.expect(request.headers.accept).to.equal('application/json');\n\
             });",
        )
        .await;
    all_pass(&out);
    assert_eq!(out.request, None, "reading does not change the request");
    let out = h
        .pre(
            "pm.request.headers.add({ key: 'X-Trace', value: '{{trace}}' });\n\
             pm.request.headers.upsert({ key: 'Accept', value: 'text/plain' });\n\
             pm.request.headers.remove('x-none');\n\
             pm.request.url.query.add({ key: 'q', value: 'x y' });\n\
             pm.request.url.query.remove('limit');\n\
             pm.request.method = 'POST';\n\
             pm.request.body = { mode: 'raw', raw: JSON.stringify({ a: 1 }) };",
        )
        .await;
    all_pass(&out);
    let req = out.request.expect("mutated request");
    assert_eq!(req["method"], "POST");
    assert_eq!(
        req["header"],
        json!([
            {"key": "Accept", "value": "text/plain"},
            {"key": "X-Trace", "value": "{{trace}}"}
        ])
    );
    assert_eq!(
        req["url"]["query"],
        json!([{"key": "page", "value": "2"}, {"key": "q", "value": "x y"}])
    );
    assert_eq!(req["url"]["host"], json!(["example", "com"]));
    assert_eq!(req["body"], json!({"mode": "raw", "raw": "{\"a\":1}"}));
    let out = h
        .pre("pm.request.url = 'https://other.test:8443/x/{{id}}';")
        .await;
    all_pass(&out);
    let req = out.request.expect("mutated request");
    assert_eq!(req["url"], json!("https://other.test:8443/x/{{id}}"));
}

#[tokio::test]
async fn next_request_and_skip_request() {
    let mut h = Harness::new();
    let out = h
        .run(
            Listen::Prerequest,
            &[
                "pm.execution.setNextRequest('A');",
                "postman.setNextRequest('B'); pm.execution.setNextRequest(undefined);",
            ],
            None,
        )
        .await;
    assert_eq!(out.next_request, NextRequest::Name("A".into()));
    let out = h
        .run(
            Listen::Test,
            &[
                "postman.setNextRequest('B');",
                "pm.execution.setNextRequest(null);",
            ],
            Some(&json_response(200, "{}")),
        )
        .await;
    assert_eq!(out.next_request, NextRequest::Stop);
    let out = h.pre("pm.execution.setNextRequest(3);").await;
    assert_eq!(out.next_request, NextRequest::Name("3".into()));
    let out = h.pre("").await;
    assert_eq!(out.next_request, NextRequest::Unset);

    let out = h
        .run(
            Listen::Prerequest,
            &[
                "pm.environment.set('before', 1); pm.execution.skipRequest(); pm.environment.set('after', 1);",
                "pm.environment.set('next script', 1);",
            ],
            None,
        )
        .await;
    assert!(out.skip_request);
    assert!(h.scopes.environment.has("before"));
    assert!(!h.scopes.environment.has("after"));
    assert!(!h.scopes.environment.has("next script"));
    let out = h.test("pm.execution.skipRequest();").await;
    assert!(!out.skip_request);
    assert_eq!(out.errors.len(), 1);
    assert_eq!(out.errors[0].name, "TypeError");
    assert_eq!(
        out.errors[0].message,
        "pm.execution.skipRequest is not a function"
    );
}

#[tokio::test]
async fn info_cookies_iteration_data_and_encoding() {
    let mut h = Harness::new();
    h.data = VariableScope::from_vars(vec![
        Variable::new("user", json!("ann")),
        Variable::new("n", json!(3)),
    ]);
    let out = h
        .test(
            "pm.test('info', () => pm.expect(pm.info).to.eql({ eventName: 'test', iteration: 2, iterationCount: 5, requestName: 'Get items', requestId: 'req-1' }));\n\
             pm.test('location', () => pm.expect(Array.from(pm.execution.location)).to.eql(['Folder', 'Get items']));\n\
             pm.test('cookies', () => { pm.expect(pm.cookies.get('session')).to.equal('s3cr3t'); pm.expect(pm.cookies.has('nope')).to.be.false; });\n\
             pm.test('data', () => { pm.expect(pm.iterationData.toObject()).to.eql({ user: 'ann', n: 3 }); pm.expect(data.user).to.equal('ann'); pm.expect(iteration).to.equal(2); });\n\
             pm.test('base64', () => { pm.expect(btoa('user:pass')).to.equal('dXNlcjpwYXNz'); pm.expect(atob('dXNlcjpwYXNz')).to.equal('user:pass'); });",
        )
        .await;
    all_pass(&out);
    assert_eq!(out.assertions.len(), 5);
}

#[tokio::test]
async fn test_scripts_see_the_request_as_sent() {
    use courier::request::{Behavior, Body, RequestSpec, ResolvedUrl};
    let mut h = Harness::new();
    h.request = json!({
        "method": "POST",
        "url": "http://example.com/{{path}}",
        "body": {"mode": "urlencoded", "urlencoded": [{"key": "who", "value": "{{name}}"}]}
    });
    h.scopes.environment.set("name", json!("ann"));
    let sent = RequestSpec {
        method: "POST".into(),
        url: ResolvedUrl {
            href: "http://example.com/real?x=1".into(),
            scheme: "http".into(),
            host: "example.com".into(),
            port: None,
            target: "/real?x=1".into(),
            path: "/real".into(),
            query: Some("x=1".into()),
            fragment: None,
            host_header: "example.com".into(),
            username: None,
            password: None,
        },
        headers: vec![
            (
                "Content-Type".into(),
                "application/x-www-form-urlencoded".into(),
            ),
            ("User-Agent".into(), "courier".into()),
        ],
        body: Body::Bytes(b"who=ann".to_vec()),
        behavior: Behavior::default(),
    };
    let response = json_response(200, "{}");
    let scripts = [ScriptSource {
        code: "pm.test('sent', () => {\n\
                 pm.expect(pm.request.url.toString()).to.equal('http://example.com/real?x=1');\n\
                 pm.expect(pm.request.headers.get('user-agent')).to.equal('courier');\n\
                 pm.expect(pm.request.body.urlencoded.get('who')).to.equal('ann');\n\
                 pm.expect(request.data).to.eql({ who: 'ann' });\n\
               });\n\
               const data = pm.response.json();\n\
               pm.test('local data', () => pm.expect(data).to.eql({}));",
        origin: "item".into(),
    }];
    let input = ScriptInput {
        listen: Listen::Test,
        request: &h.request,
        response: Some(&response),
        request_sent: Some(&sent),
        data: &h.data,
        info: ScriptInfo::default(),
        cookies: Vec::new(),
    };
    let out = h
        .engine
        .run(&scripts, input, &mut h.scopes, &h.client)
        .await;
    all_pass(&out);
    assert_eq!(out.assertions.len(), 2);
    assert_eq!(out.request, None, "test scripts never change the request");
}
