//! `require` itself: unknown modules, the `node:` prefix, caching, and the legacy globals.

use crate::support::script::Harness;

#[tokio::test]
async fn unknown_module_is_a_script_error_naming_it_and_the_available_ones() {
    let mut h = Harness::new();
    let out = h.pre("require('left-pad');").await;
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    let msg = &out.errors[0].message;
    assert!(
        msg.starts_with("Cannot find module 'left-pad' (courier's sandbox provides: "),
        "{msg}"
    );
    assert!(msg.contains("chai"), "{msg}");
}

#[tokio::test]
async fn internal_modules_cannot_be_required() {
    let mut h = Harness::new();
    let got = h.eval_each(&["require('_lodash3')".to_string()]).await;
    assert!(
        matches!(&got[0], Err(m) if m.starts_with("Cannot find module '_lodash3'")),
        "{got:?}"
    );
}

#[tokio::test]
async fn require_needs_a_string() {
    let mut h = Harness::new();
    let got = h.eval_each(&["require(42)".to_string()]).await;
    assert!(
        matches!(&got[0], Err(m) if m.starts_with("The \"id\" argument must be of type string")),
        "{got:?}"
    );
}

#[tokio::test]
async fn atob_and_btoa_modules_match_the_globals() {
    let mut h = Harness::new();
    let got = h
        .eval_each(&[
            "require('btoa')('hello:world')".to_string(),
            "require('atob')('aGVsbG86d29ybGQ=')".to_string(),
            "require('atob') === require('atob')".to_string(),
        ])
        .await;
    assert_eq!(
        got,
        vec![
            Ok(serde_json::json!("aGVsbG86d29ybGQ=")),
            Ok(serde_json::json!("hello:world")),
            Ok(serde_json::json!(true)),
        ]
    );
}

#[tokio::test]
async fn internal_modules_stay_hidden_after_a_library_loaded_them() {
    let mut h = Harness::new();
    let got = h
        .eval_each(&[
            "typeof _.map".to_string(),
            "require('_lodash3')".to_string(),
        ])
        .await;
    assert!(
        matches!(&got[1], Err(m) if m.starts_with("Cannot find module '_lodash3'")),
        "{got:?}"
    );
}

#[tokio::test]
async fn no_internal_library_can_be_required_even_after_its_library_loaded() {
    // Every `library!("_name", …)` in src/script/libs/mod.rs.
    let list = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/script/libs/mod.rs"
    ))
    .expect("libs/mod.rs");
    let names: Vec<&str> = list
        .split("library!(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|name| name.starts_with('_'))
        .collect();
    assert!(names.len() > 20, "{names:?}");
    let mut h = Harness::new();
    // Load every public library first, so that their internal parts are cached.
    let mut codes: Vec<String> = [
        "lodash",
        "moment",
        "crypto-js",
        "xml2js",
        "cheerio",
        "ajv",
        "tv4",
        "buffer",
        "url",
        "assert",
    ]
    .iter()
    .map(|m| format!("typeof require('{m}')"))
    .collect();
    codes.extend(names.iter().map(|n| format!("require('{n}')")));
    let got = h.eval_each(&codes).await;
    assert!(got[..10].iter().all(|r| r.is_ok()), "{:?}", &got[..10]);
    for (name, result) in names.iter().zip(&got[10..]) {
        let prefix = format!("Cannot find module '{name}'");
        assert!(
            matches!(result, Err(m) if m.starts_with(&prefix)),
            "{name}: {result:?}"
        );
    }
}
