//! The Node built-ins and small libraries of Newman's sandbox (buffer, querystring, url, util,
//! uuid, csv-parse/lib/sync, path, assert, events, timers, string_decoder, punycode), checked
//! against vectors recorded from the real postman-sandbox 4.7.1 bundle
//! (`tests/vectors/gen/node.js`), plus what vectors cannot show: randomness, timers and
//! promises.

use crate::support::script::{check_vectors, results, Harness};

#[tokio::test]
async fn buffer_matches_the_bundled_buffer_package() {
    check_vectors("node_buffer.json").await;
}

#[tokio::test]
async fn querystring_matches_querystring_es3() {
    check_vectors("node_querystring.json").await;
}

#[tokio::test]
async fn url_matches_the_legacy_url_package() {
    check_vectors("node_url.json").await;
}

#[tokio::test]
async fn util_matches_the_bundled_util_package() {
    check_vectors("node_util.json").await;
}

#[tokio::test]
async fn uuid_module_has_the_vendored_api_and_valid_v4_ids() {
    check_vectors("node_uuid.json").await;
}

#[tokio::test]
async fn csv_parse_sync_matches_csv_parse_1_2_4() {
    check_vectors("node_csv.json").await;
}

#[tokio::test]
async fn path_matches_path_browserify() {
    check_vectors("node_path.json").await;
}

#[tokio::test]
async fn assert_matches_the_assert_package_and_its_messages() {
    check_vectors("node_assert.json").await;
}

#[tokio::test]
async fn events_matches_the_bundled_event_emitter() {
    check_vectors("node_events.json").await;
}

#[tokio::test]
async fn timers_module_has_the_bundled_members() {
    check_vectors("node_timers.json").await;
}

#[tokio::test]
async fn string_decoder_matches_the_bundled_string_decoder() {
    check_vectors("node_string_decoder.json").await;
}

#[tokio::test]
async fn punycode_matches_punycode_1_4_1() {
    check_vectors("node_punycode.json").await;
}

#[tokio::test]
async fn buffer_global_is_the_buffer_module_export() {
    let mut h = Harness::new();
    let got = h
        .eval_each(&[
            "Buffer === require('buffer').Buffer".to_string(),
            "Buffer.from('us@r:p@ssword').toString('base64')".to_string(),
            "require('util').isBuffer(Buffer.alloc(1))".to_string(),
        ])
        .await;
    assert_eq!(
        got,
        vec![
            Ok(serde_json::json!(true)),
            Ok(serde_json::json!("dXNAcjpwQHNzd29yZA==")),
            Ok(serde_json::json!(true)),
        ]
    );
}

/// The corpus collection newman-whatwg-url builds a Basic auth header from Buffer in a test.
#[tokio::test]
async fn basic_auth_header_built_with_buffer_in_a_test_script() {
    let mut h = Harness::new();
    let out = h
        .test(
            "pm.test('auth', function () {\n\
               pm.expect('Basic ' + Buffer.from('us@r:p@ssword').toString('base64'))\n\
                 .to.equal('Basic dXNAcjpwQHNzd29yZA==');\n\
             });",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(results(&out), vec![("auth".to_string(), None)]);
}

#[tokio::test]
async fn uuid_v4_ids_are_random_with_version_and_variant_bits() {
    let mut h = Harness::new();
    let got = h
        .eval_each(&[
            "var u = require('uuid'); var ids = []; for (var i = 0; i < 2000; i++) ids.push(i % 2 ? u() : u.v4()); ids"
                .to_string(),
        ])
        .await;
    let ids: Vec<String> = serde_json::from_value(got[0].clone().expect("ids")).expect("strings");
    let mut seen = std::collections::HashSet::new();
    let mut variants = std::collections::HashSet::new();
    let mut nibbles = std::collections::HashSet::new();
    for id in &ids {
        let b = id.as_bytes();
        assert_eq!(id.len(), 36, "{id}");
        for (i, c) in b.iter().enumerate() {
            if [8, 13, 18, 23].contains(&i) {
                assert_eq!(*c, b'-', "{id}");
            } else {
                assert!(c.is_ascii_digit() || (b'a'..=b'f').contains(c), "{id}");
                nibbles.insert(*c);
            }
        }
        assert_eq!(b[14], b'4', "{id}");
        assert!(b"89ab".contains(&b[19]), "{id}");
        variants.insert(b[19]);
        assert!(seen.insert(id.clone()), "duplicate {id}");
    }
    assert_eq!(variants.len(), 4, "all four variant digits appear");
    assert_eq!(nibbles.len(), 16, "all hex digits appear");
}

#[tokio::test]
async fn timers_module_schedules_through_the_sandbox_timers() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "var timers = require('timers');\n\
             var order = [];\n\
             timers.setTimeout(function (a, b) { order.push('timeout ' + a + b); }, 5, 'x', 'y');\n\
             timers.setImmediate(function () { order.push('immediate'); });\n\
             var cancelled = timers.setTimeout(function () { order.push('never'); }, 1);\n\
             timers.clearTimeout(cancelled);\n\
             var n = 0;\n\
             var iv = timers.setInterval(function () { if (++n === 3) { timers.clearInterval(iv); order.push('interval x3'); } }, 2);\n\
             setTimeout(function () {\n\
               pm.test(order.join(', '), function () {});\n\
             }, 60);",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(
        results(&out),
        vec![("immediate, timeout xy, interval x3".to_string(), None)]
    );
}

#[tokio::test]
async fn assert_rejects_and_does_not_reject_settle_like_the_bundle() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "var assert = require('assert');\n\
             assert.rejects(Promise.resolve(1)).catch(function (e) {\n\
               pm.test('rejects: ' + e.message + ' / ' + e.operator, function () {});\n\
             });\n\
             assert.rejects(Promise.reject(new TypeError('t')), TypeError).then(function () {\n\
               pm.test('rejects matched', function () {});\n\
             });\n\
             assert.doesNotReject(function () { return Promise.reject(new Error('no')); }).catch(function (e) {\n\
               pm.test('doesNotReject: ' + e.message, function () {});\n\
             });\n\
             assert.rejects(5).catch(function (e) { pm.test('bad arg: ' + e.message, function () {}); });\n\
             assert.rejects(function () { return 1; }).catch(function (e) { pm.test('bad return: ' + e.message, function () {}); });",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let mut names: Vec<String> = results(&out).into_iter().map(|(n, _)| n).collect();
    names.sort();
    assert_eq!(
        names,
        vec![
            "bad arg: The \"promiseFn\" argument must be one of type Function or Promise. Received type number",
            "bad return: Expected instance of Promise to be returned from the \"promiseFn\" function but got instance of Number.",
            "doesNotReject: Got unwanted exception.\nActual message: \"no\"",
            "rejects matched",
            "rejects: Missing expected exception. / e",
        ]
    );
}

#[tokio::test]
async fn event_emitter_subclass_through_util_inherits_in_a_script() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "var EventEmitter = require('events');\n\
             var util = require('util');\n\
             function Clock() { EventEmitter.call(this); }\n\
             util.inherits(Clock, EventEmitter);\n\
             var c = new Clock();\n\
             c.once('tick', function (n) { pm.test('tick ' + n, function () {}); });\n\
             setTimeout(function () { c.emit('tick', 1); c.emit('tick', 2); }, 1);",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(results(&out), vec![("tick 1".to_string(), None)]);
}

#[tokio::test]
async fn libraries_share_one_instance_per_run() {
    let mut h = Harness::new();
    let got = h
        .eval_each(&[
            "require('url').parse('http://a/').constructor === require('url').Url".to_string(),
            "require('buffer').Buffer.from('x') instanceof Uint8Array".to_string(),
            "require('string_decoder').StringDecoder === require('string_decoder').StringDecoder"
                .to_string(),
        ])
        .await;
    assert!(
        got.iter().all(|g| g == &Ok(serde_json::json!(true))),
        "{got:?}"
    );
}
