//! `require('chai')`/`pm.expect` and chai-postman's `pm.response.to` against the vectors
//! recorded from the real chai 4.4.1 and chai-postman (tests/vectors/chai*.json): every
//! outcome and failure message must be identical.

use std::time::Duration;

use courier::http::Response;
use courier::script::Listen;
use serde::Deserialize;
use serde_json::Value;

use crate::support::script::Harness;

#[derive(Deserialize)]
struct ChaiVector {
    code: String,
    error: Option<String>,
    name: Option<String>,
}

fn vectors<T: for<'de> Deserialize<'de>>(file: &str) -> Vec<T> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/vectors")
        .join(file);
    serde_json::from_str(&std::fs::read_to_string(path).expect("vector file")).expect("json")
}

#[tokio::test]
async fn chai_matches_the_real_library_message_for_message() {
    let list: Vec<ChaiVector> = vectors("chai.json");
    let codes: Vec<String> = list
        .iter()
        .map(|v| {
            format!(
                "(function () {{ var expect = pm.expect; try {{ eval({}); return null; }} \
                 catch (e) {{ return [e && e.name, e && e.message]; }} }})()",
                serde_json::to_string(&v.code).expect("code")
            )
        })
        .collect();
    let got = Harness::new().eval_each(&codes).await;
    let mut bad = Vec::new();
    for (v, g) in list.iter().zip(&got) {
        let want = match &v.error {
            None => Value::Null,
            Some(msg) => serde_json::json!([v.name.as_deref().unwrap_or("AssertionError"), msg]),
        };
        if g.as_ref().ok() != Some(&want) {
            bad.push(format!("  {}\n    want {want}\n    got  {g:?}", v.code));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} differ:\n{}",
        bad.len(),
        list.len(),
        bad.join("\n")
    );
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ResponseDef {
    code: u16,
    status: String,
    headers: Vec<(String, String)>,
    body: String,
    response_time: u64,
}

#[derive(Deserialize)]
struct PostmanVector {
    response: Value,
    code: String,
    error: Option<String>,
}

#[tokio::test]
async fn chai_postman_matches_the_real_library_message_for_message() {
    let list: Vec<PostmanVector> = vectors("chai_postman.json");
    // One test script per distinct response, one pm.test per vector.
    let mut groups: Vec<(Value, Vec<&PostmanVector>)> = Vec::new();
    for v in &list {
        match groups.iter_mut().find(|(r, _)| *r == v.response) {
            Some((_, members)) => members.push(v),
            None => groups.push((v.response.clone(), vec![v])),
        }
    }
    let mut bad = Vec::new();
    let mut h = Harness::new();
    for (response, members) in &groups {
        let def: ResponseDef = serde_json::from_value(response.clone()).expect("response");
        let body_len = def.body.len() as u64;
        let resp = Response {
            status: def.code,
            reason: def.status,
            headers: def.headers,
            body: def.body.clone().into_bytes(),
            wire_size: body_len,
            body_size: body_len,
            truncated: false,
            elapsed: Duration::from_millis(def.response_time),
        };
        let script: String = members
            .iter()
            .enumerate()
            .map(|(i, v)| {
                format!(
                    "pm.test('v{i}', function () {{ eval({}); }});\n",
                    serde_json::to_string(&v.code).expect("code")
                )
            })
            .collect();
        let out = h.run(Listen::Test, &[&script], Some(&resp)).await;
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        assert_eq!(out.assertions.len(), members.len());
        for (v, a) in members.iter().zip(&out.assertions) {
            if a.error != v.error {
                bad.push(format!(
                    "  {}\n    want {:?}\n    got  {:?}",
                    v.code, v.error, a.error
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} differ:\n{}",
        bad.len(),
        list.len(),
        bad.join("\n")
    );
}
