//! `require('moment')`: moment 2.30.1 (English locale, as postman-sandbox bundles it).

use crate::support::script::{all_pass, check_vectors, Harness};

#[tokio::test]
async fn moment_matches_the_real_library() {
    check_vectors("moment.json").await;
}

#[tokio::test]
async fn moment_date_fallback_prints_no_deprecation_warning() {
    // Newman's sandbox shows nothing for moment's deprecation warnings.
    let mut h = Harness::new();
    let out = h
        .pre(
            "var moment = require('moment');\n\
             var a = moment('12/25/2020'); var b = moment('garbage'); moment().add('days', 1);\n\
             pm.environment.set('parsed', a.format('YYYY-MM-DD') + ' ' + b.isValid());",
        )
        .await;
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert!(out.console.is_empty(), "{:?}", out.console);
    assert_eq!(
        h.scopes.environment.get_value("parsed"),
        Some(&serde_json::json!("2020-12-25 false"))
    );
}

#[tokio::test]
async fn moment_serves_common_collection_scripts() {
    let mut h = Harness::new();
    let out = h
        .test(
            "var moment = require('moment');\n\
             var today = moment().format('YYYY-MM-DD');\n\
             pm.environment.set('tomorrow', moment().add(1, 'days').toISOString());\n\
             pm.environment.set('stamp', moment.utc().format());\n\
             pm.environment.set('unix', moment().unix());\n\
             pm.test('dates', function () {\n\
               pm.expect(today).to.match(/^\\d{4}-\\d\\d-\\d\\d$/);\n\
               pm.expect(moment(today).isBefore(moment().add(1, 'day'))).to.be.true;\n\
               pm.expect(moment(pm.environment.get('tomorrow')).diff(moment(), 'hours')).to.be.within(22, 24);\n\
               pm.expect(pm.environment.get('stamp')).to.match(/Z$/);\n\
               pm.expect(moment.unix(pm.environment.get('unix')).isValid()).to.be.true;\n\
               pm.expect(moment.duration(90, 'minutes').humanize()).to.equal('2 hours');\n\
             });",
        )
        .await;
    all_pass(&out);
    assert_eq!(out.assertions.len(), 1);
}

#[tokio::test]
async fn moment_module_and_its_state_last_for_the_run() {
    let mut h = Harness::new();
    let first = h
        .pre("require('moment').defaultFormatUtc = 'YYYY'; require('moment').relativeTimeThreshold('s', 10);")
        .await;
    assert!(first.errors.is_empty(), "{:?}", first.errors);
    let got = h
        .eval_each(&[
            "require('moment').utc('2021-03-04').format()".to_string(),
            "require('moment').duration(20, 's').humanize()".to_string(),
        ])
        .await;
    assert_eq!(
        got,
        vec![
            Ok(serde_json::json!("2021")),
            Ok(serde_json::json!("a minute"))
        ]
    );
}
