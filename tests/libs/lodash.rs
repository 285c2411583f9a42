//! `require('lodash')` (lodash 4.17.21) and the legacy global `_` (lodash 3.10, the npm package
//! lodash3@3.10.2 that postman-sandbox 4.7.1 bundles), checked against vectors recorded from the
//! real libraries (`tests/vectors/gen/lodash.js`).

use crate::support::script::{all_pass, check_vectors, check_vectors_with, results, Harness};
use serde_json::json;

#[tokio::test]
async fn lodash_matches_the_real_library() {
    check_vectors("lodash.json").await;
}

#[tokio::test]
async fn lodash3_global_matches_the_real_library() {
    // Newman's `_` is a Proxy around lodash 3 (for its deprecation warning), so passing
    // `_` itself as lodash's placeholder does not work there; the vectors, recorded from
    // lodash 3 directly, run against the module behind the Proxy.
    check_vectors_with("lodash3.json", |code| {
        format!(
            "(function (_) {{ return eval({}); }})(_.partial.placeholder)",
            serde_json::to_string(code).expect("code")
        )
    })
    .await;
}

#[tokio::test]
async fn lodash_versions_are_distinct_and_each_is_one_instance() {
    let mut h = Harness::new();
    let codes: Vec<String> = [
        "[_.VERSION, require('lodash').VERSION]",
        "_ === require('lodash')",
        "require('lodash') === require('lodash')",
        "[typeof _.pluck, typeof require('lodash').pluck, typeof require('lodash').pickBy, typeof _.pickBy]",
        "[_.max([]), require('lodash').max([])].map(String)",
        "[_.capitalize('fRED'), require('lodash').capitalize('fRED')]",
        "var l = require('lodash'); l.mixin({ courierTwice: function (n) { return n * 2; } }); [typeof require('lodash').courierTwice, typeof _.courierTwice]",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let got = h.eval_each(&codes).await;
    assert_eq!(got[0], Ok(json!(["3.10.2", "4.17.21"])));
    assert_eq!(got[1], Ok(json!(false)));
    assert_eq!(got[2], Ok(json!(true)));
    assert_eq!(
        got[3],
        Ok(json!(["function", "undefined", "function", "undefined"]))
    );
    assert_eq!(got[4], Ok(json!(["-Infinity", "undefined"])));
    assert_eq!(got[5], Ok(json!(["FRED", "Fred"])));
    assert_eq!(got[6], Ok(json!(["function", "undefined"])));
}

#[tokio::test]
async fn lodash_timers_debounce_throttle_delay_and_defer() {
    let mut h = Harness::new();
    let out = h
        .pre(
            "var L = require('lodash'); var log = [];\n\
             var d = L.debounce(function (x) { log.push('debounced ' + x); }, 20);\n\
             d(1); d(2); d(3);\n\
             var t = L.throttle(function (x) { log.push('throttled ' + x); }, 30);\n\
             t('a'); t('b'); t('c');\n\
             var c = L.debounce(function () { log.push('cancelled'); }, 10); c(); c.cancel();\n\
             L.delay(function (a, b) { log.push('delayed ' + a + b); }, 5, 'x', 'y');\n\
             L.defer(function (a) { log.push('deferred ' + a); }, 'z');\n\
             var d3 = _.debounce(function (x) { log.push('v3 debounced ' + x); }, 20); d3(1); d3(2);\n\
             _.delay(function (a) { log.push('v3 delayed ' + a); }, 5, 'q');\n\
             setTimeout(function () {\n\
               pm.test('timers', function () {\n\
                 pm.expect(log).to.include.members(['debounced 3', 'throttled a', 'throttled c',\n\
                   'delayed xy', 'deferred z', 'v3 debounced 2', 'v3 delayed q']);\n\
                 pm.expect(log).to.not.include('cancelled');\n\
                 pm.expect(log).to.not.include('debounced 1');\n\
                 pm.expect(log).to.not.include('throttled b');\n\
               });\n\
             }, 150);",
        )
        .await;
    all_pass(&out);
    assert_eq!(out.assertions.len(), 1);
}

#[tokio::test]
async fn lodash3_global_serves_the_corpus_scripts() {
    // What codegen-basic-collection, newman-dynamic-var-replacement, newman-set-next-request and
    // newman-super-sandbox-test do with `_`.
    let mut h = Harness::new();
    h.scopes.environment.set("count", json!("2"));
    let out = h
        .test(
            "var responseJSON = JSON.parse(responseBody);\n\
             tests['has id'] = _.has(responseJSON, 'id');\n\
             tests['no data'] = !_.has(responseJSON, 'data');\n\
             var count = _.parseInt(postman.getEnvironmentVariable('count'));\n\
             tests['count is a number'] = count === 2;\n\
             postman.setEnvironmentVariable('count', count + 1);\n\
             tests['parsed id'] = _.parseInt(String(responseJSON.id)) === 7;\n\
             _.each([1], function (v) { tests['each ' + v] = true; });\n\
             tests['split not empty'] = !_.isEmpty(responseBody.split(','));\n\
             tests['pluck'] = _.pluck([{ a: 1 }, { a: 2 }], 'a').join() === '1,2';\n\
             tests['lodash 4 too'] = require('lodash').get(responseJSON, 'tags[1]') === 'b';",
        )
        .await;
    all_pass(&out);
    let names: Vec<String> = results(&out).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [
            "has id",
            "no data",
            "count is a number",
            "parsed id",
            "each 1",
            "split not empty",
            "pluck",
            "lodash 4 too"
        ]
    );
    let count = h.scopes.environment.get_value("count").cloned();
    assert!(
        count == Some(json!("3")) || count == Some(json!(3)),
        "{count:?}"
    );
}

#[tokio::test]
async fn lodash_global_can_be_replaced_by_a_script() {
    let mut h = Harness::new();
    let codes: Vec<String> = [
        "var _ = require('lodash'); _.VERSION",
        "_.VERSION",
        "(function () { var _ = 5; return _; })()",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let got = h.eval_each(&codes).await;
    assert_eq!(got[0], Ok(json!("4.17.21")));
    assert_eq!(got[1], Ok(json!("3.10.2")));
    assert_eq!(got[2], Ok(json!(5)));
}

#[tokio::test]
async fn legacy_lodash_global_is_wrapped_as_newman_wraps_it() {
    // What Newman 6.2.2 prints for these: the global is a Proxy, so it is no placeholder.
    let mut h = Harness::new();
    let got = h
        .eval_each(&[
            "JSON.stringify(_.partial(function (a, b, c) { return [a, b, c]; }, _, 2)(1, 3))"
                .to_string(),
            "_.VERSION".to_string(),
        ])
        .await;
    assert_eq!(
        got,
        vec![
            Ok(serde_json::json!("[null,2,1]")),
            Ok(serde_json::json!("3.10.2"))
        ]
    );
}
