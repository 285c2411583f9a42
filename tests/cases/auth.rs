//! Auth types and their inheritance, as they arrive on the wire.

use serde_json::json;

use crate::harness::{collection, item, run_collection, workdir};
use crate::support::server::{Reply, TestServer};

fn auth(kind: &str, params: serde_json::Value) -> serde_json::Value {
    let mut a = json!({"type": kind});
    a[kind] = params;
    a
}

#[test]
fn auth_is_inherited_from_folder_then_collection_and_noauth_stops_it() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("auth-inherit");
    let mut coll = collection(
        "a",
        json!([
            {"name": "folder", "auth": auth("bearer", json!([{"key": "token", "value": "folder-token"}])), "item": [
                item("inherits-folder", json!({"method": "GET", "url": srv.url("/1")})),
                item("own", json!({"method": "GET", "url": srv.url("/2"), "auth": auth("basic", json!([
                    {"key": "username", "value": "u"}, {"key": "password", "value": "p"}]))})),
                item("noauth", json!({"method": "GET", "url": srv.url("/3"), "auth": {"type": "noauth"}}))
            ]},
            item("inherits-collection", json!({"method": "GET", "url": srv.url("/4"), "auth": null}))
        ]),
    );
    // v2.0 object form of the parameters.
    coll["auth"] =
        json!({"type": "apikey", "apikey": {"key": "X-Key", "value": "{{k}}", "in": "header"}});
    coll["variable"] = json!([{"key": "k", "value": "resolved-key"}]);
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = srv.requests();
    assert_eq!(r[0].header("authorization"), Some("Bearer folder-token"));
    assert_eq!(r[1].header("authorization"), Some("Basic dTpw"));
    assert_eq!(r[2].header("authorization"), None);
    assert_eq!(r[2].header("x-key"), None);
    assert_eq!(r[3].header("x-key"), Some("resolved-key"));
}

#[test]
fn apikey_in_query_and_oauth2_token_placement() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("auth-query");
    let coll = collection(
        "a",
        json!([
            item(
                "apikey",
                json!({"method": "GET", "url": srv.url("/a?x=1"), "auth": auth("apikey", json!([
            {"key": "key", "value": "api key"}, {"key": "value", "value": "v&1"}, {"key": "in", "value": "query"}]))})
            ),
            item(
                "oauth2-header",
                json!({"method": "GET", "url": srv.url("/b"), "auth": auth("oauth2", json!([
            {"key": "accessToken", "value": "tok"}, {"key": "headerPrefix", "value": "Token"}, {"key": "addTokenTo", "value": "header"}]))})
            ),
            item(
                "oauth2-query",
                json!({"method": "GET", "url": srv.url("/c"), "auth": auth("oauth2", json!([
            {"key": "accessToken", "value": "tok"}, {"key": "addTokenTo", "value": "queryParams"}]))})
            ),
            item(
                "oauth2-empty",
                json!({"method": "GET", "url": srv.url("/d"), "auth": auth("oauth2", json!([
            {"key": "accessToken", "value": ""}, {"key": "tokenType", "value": "bearer"}]))})
            )
        ]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = srv.requests();
    assert_eq!(r[0].target, "/a?x=1&api%20key=v%261");
    assert_eq!(r[1].header("authorization"), Some("Token tok"));
    assert_eq!(r[2].target, "/c?access_token=tok");
    assert_eq!(r[3].header("authorization"), None);
}

#[test]
fn digest_auth_answers_the_challenge_once() {
    let srv = TestServer::start(|req| match req.header("authorization") {
        Some(a) if a.starts_with("Digest ") => Reply::json(200, "{\"authenticated\":true}"),
        _ => Reply::new(401).header(
            "WWW-Authenticate",
            "Digest realm=\"test@courier\", qop=\"auth\", nonce=\"abc123\", opaque=\"xyz\"",
        ),
    });
    let dir = workdir("auth-digest");
    let coll = collection(
        "a",
        json!([item(
            "digest",
            json!({"method": "GET", "url": srv.url("/d?q=1"), "auth": auth("digest", json!([
        {"key": "username", "value": "Mufasa"}, {"key": "password", "value": "Circle Of Life"}]))})
        )]),
    );
    let (run, rep) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = srv.requests();
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].header("authorization"), None);
    let a = r[1].header("authorization").unwrap_or_default();
    for part in [
        "username=\"Mufasa\"",
        "realm=\"test@courier\"",
        "nonce=\"abc123\"",
        "uri=\"/d?q=1\"",
        "qop=auth",
        "nc=00000001",
        "opaque=\"xyz\"",
    ] {
        assert!(a.contains(part), "{part} missing in {a}");
    }
    assert_eq!(rep["run"]["executions"][0]["response"]["code"], 200);
    // Newman reports a request answered after a digest challenge as two executions.
    assert_eq!(rep["run"]["executions"].as_array().map(Vec::len), Some(2));
    assert_eq!(rep["run"]["stats"]["requests"]["total"], 2);
}

#[test]
fn unsupported_auth_type_sends_without_auth_and_warns_once() {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("auth-unsupported");
    let hawk = auth("hawk", json!([{"key": "authId", "value": "x"}]));
    let coll = collection(
        "a",
        json!([
            item(
                "one",
                json!({"method": "GET", "url": srv.url("/1"), "auth": hawk})
            ),
            item(
                "two",
                json!({"method": "GET", "url": srv.url("/2"), "auth": hawk})
            )
        ]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert!(srv
        .requests()
        .iter()
        .all(|r| r.header("authorization").is_none()));
    assert_eq!(
        run.stdout
            .matches("auth type \"hawk\" is not supported")
            .count(),
        1,
        "{}",
        run.stdout
    );
}

#[test]
fn a_learnt_digest_nonce_signs_the_next_request_sharing_the_auth() {
    let srv = TestServer::start(|req| match req.header("authorization") {
        Some(a) if a.starts_with("Digest ") => Reply::json(200, "{}"),
        _ => Reply::new(401).header(
            "WWW-Authenticate",
            "Digest realm=\"r\", qop=\"auth\", nonce=\"n1\"",
        ),
    });
    let dir = workdir("auth-digest-reuse");
    let mut coll = collection(
        "a",
        json!([
            item("first", json!({"method": "GET", "url": srv.url("/1")})),
            item("second", json!({"method": "GET", "url": srv.url("/2")}))
        ]),
    );
    coll["auth"] = auth(
        "digest",
        json!([{"key": "username", "value": "u"}, {"key": "password", "value": "p"}]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = srv.requests();
    assert_eq!(r.len(), 3, "challenge once, then sign directly");
    let second = r[2].header("authorization").unwrap_or_default();
    assert!(
        second.contains("uri=\"/2\"") && second.contains("nc=00000002"),
        "{second}"
    );
    let cnonce = |h: &str| {
        h.split("cnonce=\"")
            .nth(1)
            .and_then(|x| x.split('"').next())
            .map(str::to_string)
    };
    assert_eq!(
        cnonce(second),
        cnonce(r[1].header("authorization").unwrap_or_default())
    );
}

#[test]
fn digest_state_stays_with_its_own_auth_block() {
    let srv = TestServer::start(|req| match req.header("authorization") {
        Some(a) if a.starts_with("Digest ") => Reply::json(200, "{}"),
        _ => Reply::new(401).header(
            "WWW-Authenticate",
            "Digest realm=\"r\", qop=\"auth\", nonce=\"n1\"",
        ),
    });
    let dir = workdir("auth-digest-owner");
    let digest = auth(
        "digest",
        json!([{"key": "username", "value": "u"}, {"key": "password", "value": "p"}]),
    );
    let coll = collection(
        "a",
        json!([
            item(
                "first",
                json!({"method": "GET", "url": srv.url("/1"), "auth": digest})
            ),
            item(
                "second",
                json!({"method": "GET", "url": srv.url("/2"), "auth": digest})
            )
        ]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = srv.requests();
    assert_eq!(
        r.len(),
        4,
        "each request's own auth block is challenged once"
    );
    assert_eq!(r[2].header("authorization"), None);
}
