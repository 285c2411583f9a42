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
    let edgegrid = auth("edgegrid", json!([{"key": "accessToken", "value": "x"}]));
    let coll = collection(
        "a",
        json!([
            item(
                "one",
                json!({"method": "GET", "url": srv.url("/1"), "auth": edgegrid})
            ),
            item(
                "two",
                json!({"method": "GET", "url": srv.url("/2"), "auth": edgegrid})
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
            .matches("auth type \"edgegrid\" is not supported")
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

// ---- oauth1 and awsv4: the bytes Newman 6.2.2 sends ----
//
// These requests go through the test server as an HTTP proxy, so their URLs (and the
// signatures over them) do not depend on the server's port. Every expected value below was
// recorded from Newman 6.2.2 sending the same collection through a recording proxy.

/// Runs `coll` through courier with a recording proxy and returns what arrived.
fn via_proxy(name: &str, coll: &serde_json::Value) -> Vec<crate::support::server::Recorded> {
    let srv = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir(name);
    crate::harness::write_json(&dir, "c.json", coll);
    let proxy = srv.base_url();
    let run = crate::harness::courier_env(
        &dir,
        &["run", "c.json"],
        &[("HTTP_PROXY", proxy.as_str()), ("NO_PROXY", "")],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    srv.requests()
}

/// The headers as `name: value` (names in lower case), without the ones courier
/// deliberately sends differently (User-Agent, Postman-Token, Cache-Control).
fn wire(r: &crate::support::server::Recorded) -> Vec<String> {
    r.headers
        .iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), v))
        .filter(|(k, _)| !["user-agent", "postman-token", "cache-control"].contains(&k.as_str()))
        .map(|(k, v)| format!("{k}: {v}"))
        .collect()
}

fn params(list: &[(&str, serde_json::Value)]) -> serde_json::Value {
    list.iter()
        .map(|(k, v)| json!({"key": k, "value": v}))
        .collect()
}

/// oauth1 parameters with a fixed nonce and timestamp, `extra` added or replacing.
fn oauth1(extra: &[(&str, serde_json::Value)]) -> serde_json::Value {
    let mut list: Vec<(&str, serde_json::Value)> = vec![
        ("consumerKey", json!("ck")),
        ("consumerSecret", json!("c s&!")),
        ("token", json!("tk")),
        ("tokenSecret", json!("ts'()")),
        ("signatureMethod", json!("HMAC-SHA1")),
        ("timestamp", json!("1700000000")),
        ("nonce", json!("AbC123xyz")),
        ("version", json!("1.0")),
        ("addParamsToHeader", json!(true)),
    ];
    for (k, v) in extra {
        list.retain(|(key, _)| key != k);
        list.push((k, v.clone()));
    }
    auth("oauth1", params(&list))
}

#[test]
fn oauth1_corpus_header_sha256_request_matches_newman() {
    // k6-material-2-oauth1-header-sha256 (v2.0 object form, deterministic).
    let coll = json!({
        "info": {"name": "Request", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
        "item": [{"name": "TestRequest", "request": {
            "auth": {"type": "oauth1", "oauth1": {
                "signatureMethod": "HMAC-SHA256", "tokenSecret": "toksec", "addParamsToHeader": true,
                "nonce": "10", "timestamp": "1", "realm": "realm@example.com", "token": "tokkey",
                "consumerSecret": "consec", "consumerKey": "conkey", "version": "1.0",
                "addEmptyParamsToSign": false}},
            "method": "GET", "header": [], "body": {"mode": "raw", "raw": ""}, "url": "example.com"}}]
    });
    let r = via_proxy("oauth1-corpus", &coll);
    assert_eq!(r[0].target, "http://example.com/");
    assert_eq!(
        wire(&r[0]),
        [
            "authorization: OAuth realm=\"realm%40example.com\",oauth_consumer_key=\"conkey\",oauth_token=\"tokkey\",oauth_signature_method=\"HMAC-SHA256\",oauth_timestamp=\"1\",oauth_nonce=\"10\",oauth_version=\"1.0\",oauth_signature=\"S%2F6SqNvVbJQ91AkJ6Mty%2BAlHgMuQizNbMFr5vSeqMoc%3D\"",
            "accept: */*",
            "host: example.com",
            "accept-encoding: gzip, deflate, br",
            "connection: keep-alive",
        ]
    );
}

const OAUTH_QUERY_URL: &str =
    "http://Example.COM/p a/t%2Fh?b=2&a=x y&a=1&c&d=&e=!*'()&f=%C3%A9+z&g=a%2Bb&oauth_token=old";

#[test]
fn oauth1_header_signs_the_query_and_sends_it_re_encoded() {
    let coll = collection(
        "o",
        json!([item(
            "get",
            json!({"method": "GET", "url": OAUTH_QUERY_URL, "auth": oauth1(&[
                ("realm", json!("Photos & co")),
                ("callback", json!("http://cb.example/x?y=1")),
                ("verifier", json!("v!"))])})
        )]),
    );
    let r = via_proxy("oauth1-header-query", &coll);
    assert_eq!(r[0].target, "http://example.com/p%20a/t%2Fh?b=2&a=x%20y&a=1&c&d=&e=%21%2A%27%28%29&f=%C3%A9%20z&g=a%2Bb");
    assert_eq!(wire(&r[0]), ["authorization: OAuth realm=\"Photos%20%26%20co\",oauth_consumer_key=\"ck\",oauth_token=\"tk\",oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_callback=\"http%3A%2F%2Fcb.example%2Fx%3Fy%3D1\",oauth_verifier=\"v%21\",oauth_signature=\"LxpYQnnvzwAKYmqEjMX988%2B%2Bkak%3D\"", "accept: */*", "host: example.com", "accept-encoding: gzip, deflate, br", "connection: keep-alive"]);
}

#[test]
fn oauth1_params_go_to_the_query_of_a_get() {
    let coll = collection(
        "o",
        json!([item(
            "get",
            json!({"method": "GET", "url": OAUTH_QUERY_URL,
                "auth": oauth1(&[("addParamsToHeader", json!(false))])})
        )]),
    );
    let r = via_proxy("oauth1-query", &coll);
    assert_eq!(r[0].target, "http://example.com/p%20a/t%2Fh?b=2&a=x%20y&a=1&c&d=&e=%21%2A%27%28%29&f=%C3%A9%20z&g=a%2Bb&oauth_consumer_key=ck&oauth_token=tk&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1700000000&oauth_nonce=AbC123xyz&oauth_version=1.0&oauth_signature=iY7lxEdRVDhcnC0WVl2Yhjkt3j8%3D");
    assert_eq!(r[0].header("authorization"), None);
}

#[test]
fn oauth1_params_go_to_the_urlencoded_body_of_a_post_and_are_signed_with_it() {
    let coll = collection(
        "o",
        json!([
            item(
                "post",
                json!({"method": "POST", "url": "http://example.com/form?q=1",
                "auth": oauth1(&[("addParamsToHeader", json!(false))]),
                "body": {"mode": "urlencoded", "urlencoded": [
                    {"key": "status", "value": "hello world!"},
                    {"key": "oauth_nonce", "value": "x"},
                    {"key": "z", "value": ""},
                    {"key": "off", "value": "1", "disabled": true}]}})
            ),
            item(
                "header",
                json!({"method": "POST", "url": "http://example.com/form",
                "auth": oauth1(&[]),
                "body": {"mode": "urlencoded", "urlencoded": [
                    {"key": "status", "value": "hello world!"}, {"key": "a", "value": "é"}]}})
            ),
            item(
                "patch",
                json!({"method": "PATCH", "url": "http://example.com/pa",
                "auth": oauth1(&[("addParamsToHeader", json!(false))]),
                "body": {"mode": "urlencoded", "urlencoded": [{"key": "k", "value": "v w"}]}})
            )
        ]),
    );
    let r = via_proxy("oauth1-body", &coll);
    assert_eq!(r[0].target, "http://example.com/form?q=1");
    assert_eq!(r[0].header("authorization"), None);
    assert_eq!(r[0].body_str(), "status=hello%20world%21&z=&oauth_consumer_key=ck&oauth_token=tk&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1700000000&oauth_nonce=AbC123xyz&oauth_version=1.0&oauth_signature=U1%2FkjjANr3Vh93NYYwUU%2B6ucnvc%3D");
    assert_eq!(r[1].header("authorization"), Some("OAuth oauth_consumer_key=\"ck\",oauth_token=\"tk\",oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_signature=\"ooibtj4P%2Fmq2cwNKj9pyl6lI8ms%3D\""));
    assert_eq!(r[1].body_str(), "status=hello%20world%21&a=%C3%A9");
    // Only POST and PUT take the parameters in the body.
    assert_eq!(r[2].target, "http://example.com/pa?oauth_consumer_key=ck&oauth_token=tk&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1700000000&oauth_nonce=AbC123xyz&oauth_version=1.0&oauth_signature=LSBWQneMZgyquhvkRzQge1GqBFs%3D");
    assert_eq!(r[2].body_str(), "k=v%20w");
}

#[test]
fn oauth1_body_hash_and_the_hmac_variants() {
    let coll = collection(
        "o",
        json!([
            item(
                "json-sha256",
                json!({"method": "POST", "url": "http://example.com/json",
                "auth": oauth1(&[("signatureMethod", json!("HMAC-SHA256")), ("includeBodyHash", json!(true))]),
                "body": {"mode": "raw", "raw": "{\"a\":1}", "options": {"raw": {"language": "json"}}}})
            ),
            item(
                "text-sha512",
                json!({"method": "PUT", "url": "http://example.com/t",
                "auth": oauth1(&[("signatureMethod", json!("HMAC-SHA512")), ("includeBodyHash", json!(true)),
                    ("addParamsToHeader", json!(false))]),
                "body": {"mode": "raw", "raw": "some text"}})
            ),
            item(
                "get-sha1",
                json!({"method": "GET", "url": "http://example.com/g",
                "auth": oauth1(&[("includeBodyHash", json!(true))])})
            ),
            item(
                "plaintext",
                json!({"method": "GET", "url": "http://example.com/",
                "auth": oauth1(&[("signatureMethod", json!("PLAINTEXT"))])})
            )
        ]),
    );
    let r = via_proxy("oauth1-hash", &coll);
    assert_eq!(wire(&r[0]), ["content-type: application/json", "authorization: OAuth oauth_consumer_key=\"ck\",oauth_token=\"tk\",oauth_signature_method=\"HMAC-SHA256\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_body_hash=\"AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX%2BGI%3D\",oauth_signature=\"m1QaN8iLOAxNutIuj7TIMnr8EyqIsfGWSJmmfwuqr0o%3D\"", "accept: */*", "host: example.com", "accept-encoding: gzip, deflate, br", "connection: keep-alive", "content-length: 7"]);
    assert_eq!(r[1].target, "http://example.com/t?oauth_consumer_key=ck&oauth_token=tk&oauth_signature_method=HMAC-SHA512&oauth_timestamp=1700000000&oauth_nonce=AbC123xyz&oauth_version=1.0&oauth_body_hash=4nMrrtyj6sFAeChjfeHbynAsP8ns4Wz1Nt241hOc2F3%2BdGS4I1spgm9gjM9KxkPimxnGN4WKPYcQpZER30LdtQ%3D%3D&oauth_signature=4c0pjV7l1VBDbf%2BqBxQiexRywVMiJVXEJPa40Mb66ROXREmzaWbWVfOBCk1dUP4T8SsfZ3uZ08AOdDan1FsWQg%3D%3D");
    assert_eq!(
        wire(&r[1]),
        [
            "content-type: text/plain",
            "accept: */*",
            "host: example.com",
            "accept-encoding: gzip, deflate, br",
            "connection: keep-alive",
            "content-length: 9"
        ]
    );
    assert_eq!(r[2].header("authorization"), Some("OAuth oauth_consumer_key=\"ck\",oauth_token=\"tk\",oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_body_hash=\"2jmj7l5rSw0yVb%2FvlWAYkK%2FYBwk%3D\",oauth_signature=\"YIiSaxrc%2FO4VYMKFpp0sbkeRFNc%3D\""));
    assert_eq!(r[3].header("authorization"), Some("OAuth oauth_consumer_key=\"ck\",oauth_token=\"tk\",oauth_signature_method=\"PLAINTEXT\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_signature=\"c%2520s%2526%2521%26ts%2527%2528%2529\""));
}

#[test]
fn oauth1_empty_parameters_and_header_encoding() {
    let coll = collection(
        "o",
        json!([
            item(
                "empty-token",
                json!({"method": "GET", "url": "http://example.com/e",
                "auth": oauth1(&[("token", json!("")), ("tokenSecret", json!(""))])})
            ),
            item(
                "add-empty-query",
                json!({"method": "GET", "url": "http://example.com/e",
                "auth": oauth1(&[("token", json!("")), ("version", json!(null)),
                    ("addParamsToHeader", json!(false)), ("addEmptyParamsToSign", json!(true))])})
            ),
            item(
                "add-empty-header",
                json!({"method": "GET", "url": "http://example.com/e",
                "auth": oauth1(&[("token", json!("")), ("version", json!(null)),
                    ("addEmptyParamsToSign", json!(true))])})
            ),
            item(
                "no-encoding",
                json!({"method": "GET", "url": "http://example.com/d",
                "auth": oauth1(&[("realm", json!("r a/b")), ("token", json!(" t k ")),
                    ("disableHeaderEncoding", json!(true))])})
            ),
            item(
                "default-port",
                json!({"method": "GET", "url": "http://EXAMPLE.com:80/x",
                "auth": oauth1(&[])})
            ),
            item(
                "other-port",
                json!({"method": "GET", "url": "http://example.com:8080/x",
                "auth": oauth1(&[])})
            )
        ]),
    );
    let r = via_proxy("oauth1-empty", &coll);
    for (i, expected) in ["OAuth oauth_consumer_key=\"ck\",oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_signature=\"TXBvFNv9PbCVs8v6IAjjZwdgLXU%3D\"", "", "OAuth oauth_consumer_key=\"ck\",oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_signature=\"tOTSckRUWCQTYbIZmHHJ5o9bloo%3D\"", "OAuth realm=\"r a/b\",oauth_consumer_key=\"ck\",oauth_token=\"t k\",oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_signature=\"BFFgsoRh4TrvM0jpFTDKr3WmwTw=\"", "OAuth oauth_consumer_key=\"ck\",oauth_token=\"tk\",oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_signature=\"1ADWiu6IZKMN9I20hiSYKPpzi4g%3D\"", "OAuth oauth_consumer_key=\"ck\",oauth_token=\"tk\",oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_signature=\"FKeq8rpJ3DvFeb036TWcF7VYNHY%3D\""]
        .iter()
        .enumerate()
    {
        if i != 1 {
            assert_eq!(r[i].header("authorization"), Some(*expected), "request {i}");
        }
    }
    assert_eq!(r[1].target, "http://example.com/e?oauth_consumer_key=ck&oauth_token=&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1700000000&oauth_nonce=AbC123xyz&oauth_version&oauth_signature=tOTSckRUWCQTYbIZmHHJ5o9bloo%3D");
}

/// A 1024-bit RSA test key (PKCS#1); Newman signs with keys of any size.
const RSA_KEY: &str = "-----BEGIN RSA PRIVATE KEY-----
MIICXQIBAAKBgQCum8IJBEQLpHiUtLKd/dvafhLNdpw9u/IXTQwAdPBSX6tmZS5v
YsvDW5+Cfg0fpi34MK0jP7PnWEuSdmmEhRc/K8DMKOmIhedm5qtscy05MFecRe23
RNysUiMMq/4Wr8HP0zqPLJ4bnKY8hVDB6otl69Q5xu2WlJELA6dw6XvBrwIDAQAB
AoGBAKBT8yI2YYjTN8lL9qrt279PflJdM+/XsN7GZ1vQBI+OuyKli7LJY9J5Qgkf
V0uVWqaHg6NXLgkiYRoWUqNVVdasx4TTxw0vCUBG8/Z0O3gR8EPL56BT5lVT+Gsz
ZkQjYVD551E0rAsL6hHAEq7Ealdbi04rj1/yDA3KzdeJwB+JAkEA5qY4nNbrxCoH
uOcViLE71Ehz2meuQhZlzvAjwSwZrmClh3DnyR/0HCt2/DyQt0jbkU5kzOVMQ5r6
2WaOIOK84wJBAMHMtwVe8Jrl1es4AdmMjLelCSsmAqG1s09sT1X+BCDXUDQbqPZ0
V1xiBcjn4uCUqJv/1BaREh4ZVa+6WisprcUCQAlsxWdzSNMNPJ+Loc+iHmXASCum
jPJaY/Ke0Xc1TB9aB6mPLYmEar8z73rDJs62hXJcl7XfsMwaayGzFR+25C0CQG4B
FaIm0cwayeJKWEJ0VSuoshub58KCsNVUVXQqS42Yqh3p1W6Pe0clHMN9XHq95zcl
b+2fSvlqyAiHbscxUUECQQDOE/S7Rc0/TZ0Ie2FPHR5Lxqj+97c6pORxdMRRG84p
Ki8yp0u1tm5TdU+ZX4rSnprI6cZcXgzXEQSNT6+v9uo+
-----END RSA PRIVATE KEY-----";

#[test]
fn oauth1_rsa_signatures_match_newman() {
    let rsa = |m: &str| {
        oauth1(&[
            ("signatureMethod", json!(m)),
            ("privateKey", json!(RSA_KEY)),
            ("consumerSecret", json!("")),
            ("includeBodyHash", json!(true)),
        ])
    };
    let items: Vec<serde_json::Value> = ["RSA-SHA1", "RSA-SHA256", "RSA-SHA512"]
        .iter()
        .map(|m| {
            item(
                m,
                json!({"method": "POST", "url": "http://example.com/r?x=1", "auth": rsa(m),
                "body": {"mode": "raw", "raw": "hello"}}),
            )
        })
        .collect();
    let r = via_proxy("oauth1-rsa", &collection("o", json!(items)));
    assert_eq!(wire(&r[0]), ["authorization: OAuth oauth_consumer_key=\"ck\",oauth_token=\"tk\",oauth_signature_method=\"RSA-SHA1\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_body_hash=\"qvTGHdzF6KLavt4PO0gs2a6pQ00%3D\",oauth_signature=\"REA398KNnhrjmEWdcQV4ISucbrMCCGp%2F%2BgB5IhCD0ezRDc4Q6vZjaR6ZGFH7tjJ6Ug0FxW4vlv2TxtWMo2VZtt4rEzapqPKq1pXwoG0scBsmiy4OgTvVk7LMzYMqjYo76p7Zq3SNtZiJliDEL7RNSVVJlPPFryJ2a2oPyMvu3JY%3D\"", "content-type: text/plain", "accept: */*", "host: example.com", "accept-encoding: gzip, deflate, br", "connection: keep-alive", "content-length: 5"]);
    assert_eq!(r[1].header("authorization"), Some("OAuth oauth_consumer_key=\"ck\",oauth_token=\"tk\",oauth_signature_method=\"RSA-SHA256\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_body_hash=\"LPJNul%2Bwow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ%3D\",oauth_signature=\"UVvstUn47GVFSIbHk44pDjeWOSpCuMCnWvBfH9lmjK3SMbMzXdWsvvhHSSvouBSW95zp0cmgT05rNRpLEBdBfyxJ1wcM%2F2IwlmWOmnb01sMOkiNst%2FO1NAnaRFBLxMRgy%2FqCh7N0B0A2Wts5kd9x91Y8TF3Wxi8PSMWYnkmVdI0%3D\""));
    assert_eq!(r[2].header("authorization"), Some("OAuth oauth_consumer_key=\"ck\",oauth_token=\"tk\",oauth_signature_method=\"RSA-SHA512\",oauth_timestamp=\"1700000000\",oauth_nonce=\"AbC123xyz\",oauth_version=\"1.0\",oauth_body_hash=\"m3HSJL1i83hdltRq0%2Bo9czGb%2B8KJDKra4t%2F3JRlnPKcjI8PZm6XBHXx6zG4UuMXaDEZjR1wuXDre9G9zvN7AQw%3D%3D\",oauth_signature=\"OlDD1xq2Lms%2F18SmdhmTk14pqeYGW1VPppSA6i7jVZf25ZhVnYczA%2BhVvnluyMpvrjaDGBSeTjkeQn1PIDK2EcVl%2FcifC1XD5ebeG38qWUu9t4t2GW6iuW7KbRiJX3gboVHgK4t124u20%2F9NdnU7QOPQTiGrJgV6CscHlv55FCc%3D\""));
}

#[test]
fn oauth1_that_cannot_sign_leaves_the_request_as_newman_does() {
    let coll = collection(
        "o",
        json!([
            // No consumer secret: nothing is touched.
            item(
                "no-secret",
                json!({"method": "GET", "url": "http://example.com/n?oauth_nonce=1",
                "header": [{"key": "Authorization", "value": "keep"}],
                "auth": oauth1(&[("consumerSecret", json!(""))])})
            ),
            // Signing fails after the clean-up: old header and oauth_* parameters are gone.
            item(
                "unknown-method",
                json!({"method": "GET", "url": "http://example.com/m?oauth_nonce=1&x=1",
                "header": [{"key": "Authorization", "value": "drop"}],
                "auth": oauth1(&[("signatureMethod", json!("HMAC-MD5"))])})
            ),
            item(
                "malformed-query",
                json!({"method": "GET", "url": "http://example.com/mq?a=%zz",
                "header": [{"key": "Authorization", "value": "drop"}], "auth": oauth1(&[])})
            )
        ]),
    );
    let r = via_proxy("oauth1-fail", &coll);
    assert_eq!(r[0].target, "http://example.com/n?oauth_nonce=1");
    assert_eq!(r[0].header("authorization"), Some("keep"));
    assert_eq!(r[1].target, "http://example.com/m?x=1");
    assert_eq!(r[1].header("authorization"), None);
    assert_eq!(r[2].target, "http://example.com/mq?a=%zz");
    assert_eq!(r[2].header("authorization"), None);
}

fn aws(extra: &[(&str, serde_json::Value)]) -> serde_json::Value {
    let mut list: Vec<(&str, serde_json::Value)> = vec![
        ("accessKey", json!("AKIDEXAMPLE")),
        (
            "secretKey",
            json!("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        ),
        ("region", json!("us-east-1")),
        ("service", json!("execute-api")),
    ];
    for (k, v) in extra {
        list.retain(|(key, _)| key != k);
        list.push((k, v.clone()));
    }
    auth("awsv4", params(&list))
}

/// A `Date` header fixes the signing time (aws4 reads it), so these are deterministic.
const DATE: &str = "Mon, 01 Jan 2024 00:00:00 GMT";

#[test]
fn awsv4_headers_and_signatures_match_newman() {
    let date = json!([{"key": "Date", "value": DATE}]);
    let coll = collection(
        "a",
        json!([
            item(
                "get",
                json!({"method": "GET", "url": "http://example.com/", "header": date, "auth": aws(&[])})
            ),
            item(
                "json",
                json!({"method": "POST", "url": "http://example.com/p", "header": date,
                "auth": aws(&[("sessionToken", json!("tok/en+="))]),
                "body": {"mode": "raw", "raw": "{\"a\": 1 // c\n}", "options": {"raw": {"language": "json"}}}})
            ),
            item(
                "text",
                json!({"method": "POST", "url": "http://example.com/p", "header": date,
                "auth": aws(&[]), "body": {"mode": "raw", "raw": "hello"}})
            ),
            item(
                "form",
                json!({"method": "POST", "url": "http://example.com/p",
                "header": [{"key": "Date", "value": DATE}, {"key": "X-A", "value": "  a   b  "}],
                "auth": aws(&[("region", json!("")), ("service", json!(""))]),
                "body": {"mode": "urlencoded", "urlencoded": [{"key": "a b", "value": "x!*'();:@&=+$,/?#[]"}, {"key": "k", "value": "1"}]}})
            ),
            item(
                "s3",
                json!({"method": "GET", "url": "http://example.com/a b/c%2Fd/ü?z=1&a=2&a=1&b&X-Amz-Signature=old",
                "header": [{"key": "Date", "value": DATE}, {"key": "X-Amz-Date", "value": "old"}, {"key": "authorization", "value": "old"}],
                "auth": aws(&[("service", json!("s3")), ("sessionToken", json!("st"))])})
            )
        ]),
    );
    let r = via_proxy("awsv4-headers", &coll);
    assert_eq!(wire(&r[0]), ["date: Mon, 01 Jan 2024 00:00:00 GMT", "host: example.com", "x-amz-date: 20240101T000000Z", "authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/execute-api/aws4_request, SignedHeaders=date;host;x-amz-date, Signature=c7dfa1d08c9e8b0b20bd5717b76ab973fb6af64f67f6558228e6034ac5ca6c0c", "accept: */*", "accept-encoding: gzip, deflate, br", "connection: keep-alive"]);
    assert_eq!(wire(&r[1]), ["date: Mon, 01 Jan 2024 00:00:00 GMT", "content-type: application/json", "x-amz-content-sha256: 7e684604af91c4cfb088163eb4eae43963486333627c34ac61f88a5bde7bde7c", "host: example.com", "x-amz-security-token: tok/en+=", "x-amz-date: 20240101T000000Z", "authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/execute-api/aws4_request, SignedHeaders=content-type;date;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=7ae6c80984b58d0e86c282cd30b3cd39b6ef4e76c6f0015c6452253a2c9b1817", "accept: */*", "accept-encoding: gzip, deflate, br", "connection: keep-alive", "content-length: 10"]);
    assert_eq!(wire(&r[2]), ["date: Mon, 01 Jan 2024 00:00:00 GMT", "x-amz-content-sha256: 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", "host: example.com", "x-amz-date: 20240101T000000Z", "authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/execute-api/aws4_request, SignedHeaders=date;host;x-amz-content-sha256;x-amz-date, Signature=155efe84e473c4c79879e9d46dd51a1374d4974fd6d3859bbbfd570f719429a6", "content-type: text/plain", "accept: */*", "accept-encoding: gzip, deflate, br", "connection: keep-alive", "content-length: 5"]);
    // The urlencoded Content-Type is not signed (Newman adds it when sending).
    assert_eq!(
        r[3].header("x-amz-content-sha256"),
        Some("e66213d7d823f539baeaa32c63a9978bf334d679ce311b8955b17213459983ff")
    );
    assert_eq!(r[3].header("authorization"), Some("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/execute-api/aws4_request, SignedHeaders=date;host;x-a;x-amz-content-sha256;x-amz-date, Signature=f399fcdf98b23e9e52fea4d42a154dca3863f42e5e319c65d939d0ca32000298"));
    assert_eq!(
        r[3].body_str(),
        "a%20b=x%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D&k=1"
    );
    assert_eq!(
        r[4].target,
        "http://example.com/a%20b/c%2Fd/%C3%BC?z=1&a=2&a=1&b"
    );
    assert_eq!(wire(&r[4]), ["date: Mon, 01 Jan 2024 00:00:00 GMT", "host: example.com", "x-amz-security-token: st", "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "x-amz-date: 20240101T000000Z", "authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/s3/aws4_request, SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=ca9f5616f63f2e19352905de4c0709865d4e8e87fbf4c2326d05d49200ec2f9e", "accept: */*", "accept-encoding: gzip, deflate, br", "connection: keep-alive"]);
}

#[test]
fn awsv4_query_form_matches_newman() {
    // An X-Amz-Date in the URL fixes the signing time of the query form.
    let coll = collection(
        "a",
        json!([
            item(
                "s3",
                json!({"method": "GET",
                "url": "http://example.com:8080/a b/c%2Fd/ü?z=1&a=2&a=1&b&X-Amz-Date=20200101T000000Z",
                "auth": aws(&[("service", json!("s3")), ("sessionToken", json!("tok/en+=")), ("addAuthDataToQuery", json!(true))])})
            ),
            item(
                "api",
                json!({"method": "GET",
                "url": "http://example.com/a b//c/e?z=1&a=2&a=1&b&X-Amz-Signature=old&X-Amz-Expires=300&X-Amz-Date=20200101T000000Z",
                "header": [{"key": "X-B", "value": "b"}],
                "auth": aws(&[("addAuthDataToQuery", json!(true))])})
            )
        ]),
    );
    let r = via_proxy("awsv4-query", &coll);
    assert_eq!(r[0].target, "http://example.com:8080/a%20b/c%2Fd/%C3%BC?z=1&a=2&a=1&b&X-Amz-Date=20200101T000000Z&X-Amz-Security-Token=tok%2Fen%2B%3D&X-Amz-Expires=86400&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20200101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-SignedHeaders=host&X-Amz-Signature=1a54954e1d178f0f82f3bbd4d5daa8221465b0468ea9de14227738b1a09e5724");
    assert_eq!(
        wire(&r[0]),
        [
            "host: example.com:8080",
            "accept: */*",
            "accept-encoding: gzip, deflate, br",
            "connection: keep-alive"
        ]
    );
    assert_eq!(r[1].target, "http://example.com/a%20b//c/e?z=1&a=2&a=1&b&X-Amz-Expires=300&X-Amz-Signature=3a8c461fd8a2fc6c048c59edcae8965ab1c8c1672f22aa5ab659488c5dd58a0a&X-Amz-Date=20200101T000000Z&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20200101%2Fus-east-1%2Fexecute-api%2Faws4_request&X-Amz-SignedHeaders=host%3Bx-b");
    assert_eq!(
        wire(&r[1]),
        [
            "x-b: b",
            "host: example.com",
            "accept: */*",
            "accept-encoding: gzip, deflate, br",
            "connection: keep-alive"
        ]
    );
}

#[test]
fn awsv4_corpus_request_has_newmans_shape() {
    // k6-material-2-awsv4: signed at the current time, so only the shape is fixed here (the
    // signature at a fixed time is checked against Newman's in src/auth/awsv4.rs).
    let coll = json!({
        "info": {"name": "Request", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
        "item": [{"name": "TestRequest", "request": {
            "auth": {"type": "awsv4", "awsv4": {"sessionToken": "session", "service": "service",
                "region": "region", "secretKey": "secretkey", "accessKey": "accesskey"}},
            "method": "GET", "header": [], "body": {"mode": "raw", "raw": ""}, "url": "example.com"}}]
    });
    let r = via_proxy("awsv4-corpus", &coll);
    let h = wire(&r[0]);
    assert_eq!(h.len(), 7, "{h:?}");
    assert_eq!(h[0], "host: example.com");
    assert_eq!(h[1], "x-amz-security-token: session");
    let date = h[2].strip_prefix("x-amz-date: ").unwrap_or_default();
    assert!(date.len() == 16 && date.ends_with('Z'), "{date}");
    let prefix = format!(
        "authorization: AWS4-HMAC-SHA256 Credential=accesskey/{}/region/service/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=",
        &date[..8]
    );
    assert!(h[3].starts_with(&prefix), "{}", h[3]);
    assert_eq!(
        h[4..],
        [
            "accept: */*",
            "accept-encoding: gzip, deflate, br",
            "connection: keep-alive"
        ]
    );
}

/// hawk parameters with a fixed nonce and timestamp, `extra` added or replacing.
fn hawk(extra: &[(&str, serde_json::Value)]) -> serde_json::Value {
    let mut list: Vec<(&str, serde_json::Value)> = vec![
        ("authId", json!("dh37fgj492je")),
        (
            "authKey",
            json!("werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn"),
        ),
        ("algorithm", json!("sha256")),
        ("nonce", json!("eFRP2o")),
        ("timestamp", json!("1448888081")),
    ];
    for (k, v) in extra {
        list.retain(|(key, _)| key != k);
        list.push((k, v.clone()));
    }
    auth("hawk", params(&list))
}

#[test]
fn hawk_requests_match_newman() {
    const URL: &str = "http://example.com/auth/hawk?b=1&a=2";
    let request = |method: &str, url: &str, auth: serde_json::Value, extra: serde_json::Value| {
        let mut r = json!({"method": method, "url": url, "auth": auth, "header": []});
        if let (Some(r), serde_json::Value::Object(extra)) = (r.as_object_mut(), extra) {
            r.extend(extra);
        }
        r
    };
    let payload = hawk(&[("includePayloadHash", json!(true))]);
    let coll = collection(
        "h",
        json!([
            item(
                "corpus",
                request(
                    "GET",
                    URL,
                    hawk(&[
                        ("extraData", json!("skjdfklsjhdflkjhsdf")),
                        ("user", json!("asda")),
                        ("appId", json!(""))
                    ]),
                    json!({"header": [{"key": "Authorization", "value": "stale"}]})
                )
            ),
            item(
                "sha1 app dlg",
                request(
                    "GET",
                    URL,
                    hawk(&[
                        ("algorithm", json!("sha1")),
                        ("app", json!("my-app")),
                        ("delegation", json!("d1")),
                        ("extraData", json!("a\\b\\c\"f\"")),
                        ("timestamp", json!(" 0x10"))
                    ]),
                    json!({})
                )
            ),
            item(
                "payload raw",
                request(
                    "POST",
                    URL,
                    payload.clone(),
                    json!({"header": [{"key": "Content-Type", "value": "Application/JSON; charset=utf-8"}],
                       "body": {"mode": "raw", "raw": "{\"a\":1}"}})
                )
            ),
            item(
                "payload urlencoded",
                request(
                    "POST",
                    URL,
                    payload.clone(),
                    json!({"body": {"mode": "urlencoded", "urlencoded": [
                    {"key": "a b", "value": "x!y"}, {"key": "c", "value": "(1)\u{e9}"}]}})
                )
            ),
            item(
                "payload formdata",
                request(
                    "POST",
                    URL,
                    payload.clone(),
                    json!({"body": {"mode": "formdata", "formdata": [{"key": "a", "value": "1"}]}})
                )
            ),
            item(
                "port",
                request(
                    "delete",
                    "http://Example.COM:8080/p%20q/r?x=%41",
                    hawk(&[]),
                    json!({})
                )
            ),
            item(
                "bad algorithm",
                request("GET", URL, hawk(&[("algorithm", json!("md5"))]), json!({}))
            ),
            item(
                "no key",
                request(
                    "GET",
                    URL,
                    hawk(&[("authKey", json!(""))]),
                    json!({"header": [{"key": "Authorization", "value": "kept"}]})
                )
            ),
        ]),
    );
    let r = via_proxy("hawk", &coll);
    let authorization = |i: usize| -> Vec<String> {
        wire(&r[i])
            .into_iter()
            .filter(|h| h.starts_with("authorization:") || h.starts_with("content-type:"))
            .collect()
    };
    // Recorded from Newman 6.2.2 through a recording proxy.
    assert_eq!(authorization(0), ["authorization: Hawk id=\"dh37fgj492je\", ts=\"1448888081\", nonce=\"eFRP2o\", ext=\"skjdfklsjhdflkjhsdf\", mac=\"CTSiFKXlgXUobq1qFHtdElTV+yJ2QBa2lTkCJRtAfjk=\""]);
    assert_eq!(authorization(1), ["authorization: Hawk id=\"dh37fgj492je\", ts=\" 0x10\", nonce=\"eFRP2o\", ext=\"a\\\\b\\\\c\\\"f\\\"\", mac=\"Nt76IYfjH4ufX957qAuq4eKtLvc=\", app=\"my-app\", dlg=\"d1\""]);
    assert_eq!(authorization(2), [
        "content-type: Application/JSON; charset=utf-8",
        "authorization: Hawk id=\"dh37fgj492je\", ts=\"1448888081\", nonce=\"eFRP2o\", hash=\"qKG2AtsqLMhIdy7+OrxWG0bU8wTDncYSW0gmNukAKpI=\", mac=\"E8YftNjyQVX03K5jJm4VNcuYUX778e6Nc3xm48Fzjk8=\"",
    ]);
    assert_eq!(authorization(3), [
        "authorization: Hawk id=\"dh37fgj492je\", ts=\"1448888081\", nonce=\"eFRP2o\", hash=\"bvyxWXrqskYxQvEa3ycxYKqZnem6EKl6qjUBNG22eWM=\", mac=\"RaiEtJI6P26lyfB0BDKfl4JUf7SBAZ7WOnYVBz8mQwU=\"",
        "content-type: application/x-www-form-urlencoded",
    ]);
    assert_eq!(
        String::from_utf8_lossy(&r[3].body),
        "a%20b=x%21y&c=%281%29%C3%A9"
    );
    // Form-data gets no payload hash.
    assert_eq!(authorization(4)[0], "authorization: Hawk id=\"dh37fgj492je\", ts=\"1448888081\", nonce=\"eFRP2o\", mac=\"SVAjegzUmUEzRrb5by0jFPYqf/bPniX2lo5BUSHNQsI=\"");
    assert_eq!(r[5].target, "http://example.com:8080/p%20q/r?x=%41");
    assert_eq!(authorization(5), ["authorization: Hawk id=\"dh37fgj492je\", ts=\"1448888081\", nonce=\"eFRP2o\", mac=\"SfHXgXJiCbb6jv71dheWnMX0fDreDHoZKihhk8wAV0Q=\""]);
    assert_eq!(authorization(6), ["authorization: "]);
    assert_eq!(authorization(7), ["authorization: kept"]);
}
