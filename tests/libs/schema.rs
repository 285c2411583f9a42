//! JSON Schema: `require('ajv')` (Ajv 6.12.5 as postman-sandbox 4.7.1 bundles it), `require('tv4')`
//! and the legacy `tv4` global (tv4 1.3.0), and chai-postman's `jsonSchema` assertion.

use std::time::Duration;

use crate::support::script::{all_pass, check_vectors_in_slices, results, Harness};
use courier::http::Response;
use courier::script::Listen;
use serde_json::Value;

#[tokio::test]
async fn ajv_matches_the_real_library() {
    check_vectors_in_slices("ajv.json", 100).await;
}

#[tokio::test]
async fn tv4_matches_the_real_library() {
    check_vectors_in_slices("tv4.json", 200).await;
}

fn response_from(v: &Value) -> Response {
    let headers: Vec<(String, String)> = v["headers"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|h| {
                    (
                        h[0].as_str().unwrap_or_default().to_string(),
                        h[1].as_str().unwrap_or_default().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let body = v["body"].as_str().unwrap_or_default().as_bytes().to_vec();
    Response {
        status: v["code"].as_u64().unwrap_or(200) as u16,
        reason: v["status"].as_str().unwrap_or_default().to_string(),
        headers,
        wire_size: body.len() as u64,
        body_size: body.len() as u64,
        body,
        truncated: false,
        elapsed: Duration::from_millis(v["responseTime"].as_u64().unwrap_or(0)),
    }
}

/// The `jsonSchema` entries of chai_postman.json whose outcome is the schema check itself
/// (passing, or chai-postman's "expected data to satisfy schema" failures).
#[tokio::test]
async fn json_schema_assertions_match_chai_postman() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/chai_postman.json");
    let entries: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(path).expect("chai_postman.json"))
            .expect("json");
    let mut h = Harness::new();
    let mut checked = 0;
    let mut bad = Vec::new();
    for e in &entries {
        let code = e["code"].as_str().unwrap_or_default();
        let want = e["error"].as_str();
        if !code.contains("jsonSchema") || want.is_some_and(|w| !w.starts_with("expected data")) {
            continue;
        }
        let script = format!("pm.test('schema', function () {{ {code}; }});");
        let out = h
            .run(
                Listen::Test,
                &[&script],
                Some(&response_from(&e["response"])),
            )
            .await;
        let got = results(&out).first().and_then(|(_, err)| err.clone());
        if got.as_deref() != want {
            bad.push(format!(
                "  {code}\n    want {want:?}\n    got  {got:?} {:?}",
                out.errors
            ));
        }
        checked += 1;
    }
    assert!(checked > 10, "only {checked} jsonSchema entries");
    assert!(
        bad.is_empty(),
        "{} of {checked} differ:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// The AJV and chai-postman requests of the newman-sandbox-libraries corpus collection.
#[tokio::test]
async fn the_sandbox_libraries_collection_passes() {
    let mut h = Harness::new();
    let out = h
        .test(
            "var Ajv = require('ajv'), schema = { properties: { alpha: { type: 'boolean' } } };
             pm.test('ajv.validate', function () {
               var ajv = new Ajv({ logger: false });
               pm.expect(ajv.validate(schema, { alpha: true })).to.be.true;
               pm.expect(ajv.validate(schema, { alpha: 123 })).to.be.false;
             });
             pm.test('ajv.compile', function () {
               var validate = new Ajv({ logger: false }).compile(schema);
               pm.expect(validate({ alpha: true })).to.be.true;
               pm.expect(validate({ alpha: 123 })).to.be.false;
             });
             pm.test('0: valid schema', function () {
               pm.expect({ alpha: true }).to.be.jsonSchema(schema);
               pm.expect('POSTMAN').to.be.jsonSchema({ type: 'string' });
             });
             pm.test('1: negated assertions', function () {
               pm.expect({ alpha: 123 }).to.not.be.jsonSchema(schema);
               pm.expect(123).to.not.be.jsonSchema({ type: 'string' });
             });
             pm.test('2: incorrect assertions', function () {
               pm.expect(function () { pm.expect({ alpha: 123 }).to.be.jsonSchema(schema); })
                 .to.throw('expected data to satisfy schema but found following errors: \\ndata.alpha should be boolean');
             });
             pm.test('3: incorrect negated assertions', function () {
               pm.expect(function () { pm.expect({ alpha: true }).to.not.be.jsonSchema(schema); })
                 .to.throw('expected data to not satisfy schema');
             });
             pm.test('4: pm.response.to', function () {
               pm.response.to.have.jsonSchema({ properties: { name: { type: 'string' } } });
             });
             pm.test('5: pm.response.to.not', function () {
               pm.response.to.not.have.jsonSchema({ properties: { name: { type: 'number' } } });
             });",
        )
        .await;
    all_pass(&out);
    assert_eq!(out.assertions.len(), 8);
}

#[tokio::test]
async fn tv4_is_a_legacy_global() {
    let mut h = Harness::new();
    let out = h
        .test(
            "tests['tv4 present'] = (typeof tv4.validate === 'function');
             tests['tv4 validates'] = tv4.validate(JSON.parse(responseBody), { required: ['id'] });
             tests['tv4 reports'] = !tv4.validate({}, { required: ['id'] }) &&
               tv4.error.message === 'Missing required property: id';",
        )
        .await;
    all_pass(&out);
    assert_eq!(out.assertions.len(), 3);
}

#[tokio::test]
async fn failed_schema_assertions_show_ajv_errors() {
    let mut h = Harness::new();
    let out = h
        .test(
            "pm.test('types', function () {
               pm.response.to.have.jsonSchema({ type: 'object', required: ['id', 'missing'],
                 properties: { id: { type: 'string' }, tags: { items: { type: 'number' } } } });
             });
             pm.test('bad schema', function () { pm.response.to.have.jsonSchema({ type: 'strin' }); });",
        )
        .await;
    let r = results(&out);
    assert_eq!(
        r[0].1.as_deref(),
        Some(
            "expected data to satisfy schema but found following errors: \n\
             data should have required property 'missing', data.id should be string, \
             data.tags[0] should be number, data.tags[1] should be number"
        )
    );
    let bad = r[1].1.as_deref().unwrap_or_default();
    assert!(
        bad.starts_with(
            "schema is invalid: data.type should be equal to one of the allowed values"
        ),
        "{bad}"
    );
}

/// Ajv's default logger is the script's console (Newman prints these warnings).
#[tokio::test]
async fn ajv_warnings_go_to_the_console() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "var Ajv = require('ajv');
             var ajv = new Ajv();
             ajv.validate({ properties: { a: { $ref: '#/definitions/s', maxLength: 1 } },
               definitions: { s: { type: 'string' } } }, { a: 'xy' });
             new Ajv({ unknownFormats: 'ignore' }).validate({ format: 'zip' }, 'x');
             new Ajv({ logger: false }).validate({ properties: { a: { $ref: '#', type: 'string' } } }, {});",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let lines: Vec<(&str, &str)> = out
        .console
        .iter()
        .map(|c| (c.level.as_str(), c.text.as_str()))
        .collect();
    assert_eq!(
        lines,
        vec![
            (
                "warn",
                "$ref: keywords ignored in schema at path \"#/properties/a\""
            ),
            (
                "warn",
                "unknown format \"zip\" ignored in schema at path \"#\""
            ),
            // twice, as in Ajv (format is a rule of both the number and the string group)
            (
                "warn",
                "unknown format \"zip\" ignored in schema at path \"#\""
            ),
        ]
    );
}
