//! `require('crypto-js')` / the `CryptoJS` global: crypto-js 3.3.0's API (plus 4.x's
//! enc.Base64url), checked against vectors made with the real library, and the behaviours
//! vectors cannot pin down (randomness, limits, the legacy sandbox usage).

use std::time::Duration;

use courier::script::Limits;
use serde_json::json;

use crate::support::script::{all_pass, results, run_vectors, Harness};

/// Like `check_vectors("crypto_js.json")`, but with a 60 s time limit for the one script that
/// runs them all: the file has ~1600 vectors (key derivations and ciphers among them) and
/// debug builds of QuickJS are slow, so the usual 5 s is tight on a loaded machine.
#[tokio::test]
async fn crypto_js_matches_the_real_library() {
    // One script, in order (passphrase vectors reuse earlier results), with room for a slow
    // debug build on a busy machine.
    let mut h = Harness::with_limits(Limits {
        timeout: Some(Duration::from_secs(60)),
        memory: 64 * 1024 * 1024,
    });
    run_vectors("crypto_js.json", &mut h, usize::MAX, str::to_string).await;
}

#[tokio::test]
async fn random_word_arrays_have_the_requested_size_and_differ() {
    let mut h = Harness::new();
    let got = h
        .eval_each(&[
            "var a = CryptoJS.lib.WordArray.random(16), b = CryptoJS.lib.WordArray.random(16); \
             [a.sigBytes, a.words.length, a.toString() !== b.toString(), \
              a.words.every(function (w) { return w === (w | 0); })]"
                .to_string(),
            "CryptoJS.lib.WordArray.random(5).toString().length".to_string(),
            "CryptoJS.lib.WordArray.random(3000000).sigBytes".to_string(),
        ])
        .await;
    assert_eq!(
        got,
        vec![
            Ok(json!([16, 4, true, true])),
            Ok(json!(10)),
            Ok(json!(3000000))
        ]
    );
}

#[tokio::test]
async fn passphrase_encryption_uses_a_fresh_salt_and_decrypts_back() {
    let mut h = Harness::new();
    for alg in ["AES", "DES", "TripleDES"] {
        let code = format!(
            "var a = CryptoJS.{alg}.encrypt('the message ✓', 'pass'), b = CryptoJS.{alg}.encrypt('the message ✓', 'pass'); \
             [a.toString().slice(0, 10), a.salt.toString() !== b.salt.toString(), a.toString() !== b.toString(), \
              CryptoJS.{alg}.decrypt(a.toString(), 'pass').toString(CryptoJS.enc.Utf8), \
              CryptoJS.{alg}.decrypt(b, 'pass').toString(CryptoJS.enc.Utf8)]"
        );
        let got = h.eval_each(&[code]).await;
        assert_eq!(
            got,
            vec![Ok(json!([
                "U2FsdGVkX1",
                true,
                true,
                "the message ✓",
                "the message ✓"
            ]))],
            "{alg}"
        );
    }
}

#[tokio::test]
async fn legacy_global_works_in_sandbox_scripts_like_newman_collections_use_it() {
    // The corpus collections newman-crypto-md5 and newman-super-sandbox-test.
    let mut h = Harness::new();
    let out = h
        .pre("postman.setGlobalVariable(\"a\", CryptoJS.MD5(\"samplePayload\").toString());")
        .await;
    all_pass(&out);
    assert_eq!(
        h.scopes.globals.get_value("a"),
        Some(&json!("da9ebb087d8e926c503e4909d9203a04"))
    );
    let out = h
        .test("tests[\"CryptoJS md5\"] = (CryptoJS.MD5(\"jasonpurse\") == \"288d14f08b5ad40da43dbe06467729c9\");")
        .await;
    all_pass(&out);
    assert_eq!(results(&out), vec![("CryptoJS md5".to_string(), None)]);
}

#[tokio::test]
async fn wrong_argument_types_are_script_errors_not_crashes() {
    let mut h = Harness::new();
    let out = h
        .pre("CryptoJS.HmacSHA256('payload', pm.environment.get('missingSecret'));")
        .await;
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    assert_eq!(out.errors[0].name, "TypeError");
    assert_eq!(
        out.errors[0].message,
        "Cannot read properties of undefined (reading 'sigBytes')"
    );
    // The engine keeps working afterwards.
    let got = h
        .eval_each(&["CryptoJS.SHA1('abc').toString()".to_string()])
        .await;
    assert_eq!(
        got,
        vec![Ok(json!("a9993e364706816aba3e25717850c26c9cd0d89d"))]
    );
}

#[tokio::test]
async fn big_messages_hash_and_huge_ones_hit_the_memory_cap() {
    // A generous time limit: only the memory cap may stop these (debug builds are slow).
    let mut h = Harness::with_limits(Limits {
        timeout: Some(Duration::from_secs(60)),
        memory: 32 * 1024 * 1024,
    });
    let got = h
        .eval_each(&[
            "CryptoJS.SHA256(new Array((1 << 18) + 1).join('x')).toString()".to_string(),
            "var e = CryptoJS.AES.encrypt(new Array((1 << 17) + 1).join('y'), 'pw'); \
             CryptoJS.AES.decrypt(e, 'pw').sigBytes"
                .to_string(),
        ])
        .await;
    assert_eq!(
        got,
        vec![
            // sha256 of 256 KiB of 'x'.
            Ok(json!(
                "d509bff642a353f88582e8a846ecae041c333b79c57a7a24ff310fbdb7e914e9"
            )),
            Ok(json!(1 << 17)),
        ]
    );
    let out = h
        .pre("CryptoJS.SHA256(new Array(8 << 20).join('x')).toString();")
        .await;
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    assert!(
        out.errors[0].message.contains("out of memory"),
        "{:?}",
        out.errors
    );
    all_pass(&h.pre("CryptoJS.MD5('still fine').toString();").await);
}

#[tokio::test]
async fn endless_pbkdf2_is_stopped_by_the_time_limit() {
    let mut h = Harness::with_limits(Limits {
        timeout: Some(Duration::from_millis(500)),
        memory: 32 * 1024 * 1024,
    });
    let started = std::time::Instant::now();
    let out = h
        .pre("CryptoJS.PBKDF2('p', 's', { keySize: 8, iterations: Infinity, hasher: CryptoJS.algo.SHA256 });")
        .await;
    assert!(started.elapsed() < Duration::from_secs(15));
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    assert!(
        out.errors[0].message.contains("timeout"),
        "{:?}",
        out.errors
    );
}
