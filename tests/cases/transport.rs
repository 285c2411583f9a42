//! Redirects, cookies, decoding, TLS, timeouts and network faults.

use std::time::Duration;

use serde_json::json;

use crate::harness::{collection, item, run_collection, workdir, write_json};
use crate::support::server::{Reply, TestServer};

#[test]
fn redirects_change_method_to_get_except_307_and_308() {
    let srv = TestServer::start(|req| match req.path() {
        "/302" => Reply::redirect(302, "/end"),
        "/307" => Reply::redirect(307, "/end"),
        _ => Reply::json(200, "{}"),
    });
    let dir = workdir("redirects");
    let coll = collection(
        "r",
        json!([
            item(
                "302",
                json!({"method": "POST", "url": srv.url("/302"), "body": {"mode": "raw", "raw": "x"}})
            ),
            item(
                "307",
                json!({"method": "POST", "url": srv.url("/307"), "body": {"mode": "raw", "raw": "y"}})
            )
        ]),
    );
    let (run, rep) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let r = srv.requests();
    assert_eq!(r.len(), 4);
    assert_eq!(
        (r[1].method.as_str(), r[1].target.as_str(), r[1].body.len()),
        ("GET", "/end", 0)
    );
    assert_eq!(r[1].header("content-type"), None);
    assert_eq!(
        (r[3].method.as_str(), r[3].body_str().as_str()),
        ("POST", "y")
    );
    assert_eq!(rep["run"]["stats"]["requests"]["total"], 2);
}

#[test]
fn redirect_settings_are_honoured() {
    let srv = TestServer::start(|req| match req.path() {
        "/loop" => Reply::redirect(302, "/loop"),
        "/go" => Reply::redirect(301, "/end"),
        _ => Reply::json(200, "{}"),
    });
    let dir = workdir("redirect-settings");
    let coll = collection(
        "r",
        json!([
            {"name": "original-method", "request": {"method": "PUT", "url": srv.url("/go")},
             "protocolProfileBehavior": {"followOriginalHttpMethod": true}},
            {"name": "not-followed", "request": {"method": "GET", "url": srv.url("/go")},
             "protocolProfileBehavior": {"followRedirects": false}},
            item("loop", json!({"method": "GET", "url": srv.url("/loop")}))
        ]),
    );
    let (run, rep) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 1, "the redirect loop is a request error");
    let r = srv.requests();
    assert_eq!(
        (r[1].method.as_str(), r[1].target.as_str()),
        ("PUT", "/end")
    );
    assert_eq!(r[2].target, "/go");
    assert_eq!(r.iter().filter(|x| x.target == "/loop").count(), 11);
    let execs = rep["run"]["executions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(execs[1]["response"]["code"], 301);
    assert!(execs[2]["requestError"]["message"]
        .as_str()
        .unwrap_or("")
        .contains("maxRedirects"));

    srv.clear_requests();
    let (run, _) = run_collection(
        &dir,
        &coll,
        &["--ignore-redirects", "--folder", "original-method"],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(srv.requests().len(), 1);
}

#[test]
fn cross_host_redirect_drops_authorization() {
    let other = TestServer::start(|_| Reply::json(200, "{}"));
    let target = other.url("/landing").replace("127.0.0.1", "localhost");
    let srv = TestServer::start(move |req| match req.path() {
        "/away" => Reply::redirect(302, &target),
        _ => Reply::json(200, "{}"),
    });
    let dir = workdir("redirect-auth");
    let coll = collection(
        "r",
        json!([item(
            "away",
            json!({"method": "GET", "url": srv.url("/away"),
        "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "t0k3n-value"}]}})
        )]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(
        srv.requests()[0].header("authorization"),
        Some("Bearer t0k3n-value")
    );
    let landed = other.requests();
    assert_eq!(landed.len(), 1);
    assert_eq!(landed[0].header("authorization"), None);
}

#[test]
fn one_cookie_jar_serves_the_whole_run_and_is_exported() {
    let srv = TestServer::start(|req| match req.path() {
        "/set" => Reply::json(200, "{}").header("Set-Cookie", "session=abc123; Path=/"),
        _ => Reply::json(200, "{}"),
    });
    let dir = workdir("cookies");
    let host = "127.0.0.1";
    write_json(
        &dir,
        "jar.json",
        &json!({"version": "tough-cookie@4.1.3", "storeType": "MemoryCookieStore", "cookies": [
            {"key": "preset", "value": "yes", "domain": host, "path": "/", "hostOnly": true}
        ]}),
    );
    let coll = collection(
        "c",
        json!([
            item("set", json!({"method": "GET", "url": srv.url("/set")})),
            item("use", json!({"method": "GET", "url": srv.url("/use")}))
        ]),
    );
    let (run, _) = run_collection(
        &dir,
        &coll,
        &[
            "--cookie-jar",
            "jar.json",
            "--export-cookie-jar",
            "out/jar.json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    let cookie = srv.requests()[1]
        .header("cookie")
        .unwrap_or_default()
        .to_string();
    assert!(
        cookie.contains("session=abc123") && cookie.contains("preset=yes"),
        "{cookie}"
    );
    let exported: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("out/jar.json")).expect("jar exported"),
    )
    .expect("json");
    let keys: Vec<&str> = exported["cookies"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["key"].as_str())
        .collect();
    assert!(
        keys.contains(&"session") && keys.contains(&"preset"),
        "{exported}"
    );
}

#[test]
fn compressed_responses_are_decoded() {
    let srv = TestServer::start(|req| match req.path() {
        "/gzip" => Reply::json(200, "{\"gzipped\":true}").gzip(),
        "/deflate" => Reply::json(200, "{\"deflated\":true}").deflate(),
        _ => Reply::json(200, "{\"brotli\":true}").brotli(),
    });
    let dir = workdir("decode");
    let coll = collection(
        "d",
        json!([
            item("g", json!({"method": "GET", "url": srv.url("/gzip")})),
            item("d", json!({"method": "GET", "url": srv.url("/deflate")})),
            item("b", json!({"method": "GET", "url": srv.url("/br")}))
        ]),
    );
    let (run, rep) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let bodies: Vec<&str> = rep["run"]["executions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["response"]["body"].as_str())
        .collect();
    assert_eq!(
        bodies,
        vec![
            "{\"gzipped\":true}",
            "{\"deflated\":true}",
            "{\"brotli\":true}"
        ]
    );
}

#[test]
fn tls_is_verified_with_extra_ca_and_skipped_with_insecure() {
    let srv = TestServer::start_tls(|_| Reply::json(200, "{}"));
    let dir = workdir("tls");
    let coll = collection(
        "t",
        json!([item(
            "a",
            json!({"method": "GET", "url": srv.url("/secure")})
        )]),
    );
    let (run, rep) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 1, "an untrusted certificate is a request error");
    assert!(
        rep["run"]["executions"][0]["requestError"].is_object(),
        "{rep}"
    );
    let ca = srv.ca_path().to_string_lossy().into_owned();
    let (run, _) = run_collection(&dir, &coll, &["--ssl-extra-ca-certs", &ca]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let (run, _) = run_collection(&dir, &coll, &["--insecure"]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let ok: Vec<_> = srv.requests().into_iter().filter(|r| r.tls).collect();
    assert_eq!(ok.len(), 2);
}

#[test]
fn client_certificate_is_presented() {
    let srv = TestServer::start_tls_client_auth(|req| {
        if req.client_cert {
            Reply::json(200, "{}")
        } else {
            Reply::json(403, "{}")
        }
    });
    let dir = workdir("client-cert");
    let coll = collection(
        "t",
        json!([item("a", json!({"method": "GET", "url": srv.url("/mtls")}))]),
    );
    let ca = srv.ca_path().to_string_lossy().into_owned();
    let cert = srv.client_cert_path().to_string_lossy().into_owned();
    let key = srv.client_key_path().to_string_lossy().into_owned();
    let (run, _) = run_collection(
        &dir,
        &coll,
        &[
            "--ssl-extra-ca-certs",
            &ca,
            "--ssl-client-cert",
            &cert,
            "--ssl-client-key",
            &key,
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert!(srv.requests()[0].client_cert);
}

#[test]
fn network_faults_are_request_errors_and_the_run_goes_on() {
    let srv = TestServer::start(|req| match req.path() {
        "/slow" => Reply::json(200, "{}").delay(Duration::from_millis(1500)),
        "/close" => Reply::close(),
        _ => Reply::json(200, "{}"),
    });
    let dead = crate::harness::refused_url();
    let dir = workdir("faults");
    let coll = collection(
        "f",
        json!([
            item("refused", json!({"method": "GET", "url": dead})),
            item("timeout", json!({"method": "GET", "url": srv.url("/slow")})),
            item("hangup", json!({"method": "GET", "url": srv.url("/close")})),
            item("fine", json!({"method": "GET", "url": srv.url("/ok")}))
        ]),
    );
    let (run, rep) = run_collection(&dir, &coll, &["--timeout-request", "300"]);
    assert_eq!(run.code, 1);
    let ex = rep["run"]["executions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(ex.len(), 4);
    assert_eq!(ex[0]["requestError"]["code"], "ECONNREFUSED");
    assert_eq!(ex[1]["requestError"]["code"], "ETIMEDOUT");
    assert!(ex[2]["requestError"].is_object());
    assert_eq!(ex[3]["response"]["code"], 200);
    assert_eq!(rep["run"]["stats"]["requests"]["failed"], 3);
    assert_eq!(rep["run"]["failures"].as_array().map(Vec::len), Some(3));
    assert!(run.stdout.contains("ECONNREFUSED"), "{}", run.stdout);
}

#[test]
fn encrypted_client_key_is_used_with_its_passphrase() {
    use pkcs8::der::Decode;
    let srv = TestServer::start_tls_client_auth(|req| {
        if req.client_cert {
            Reply::json(200, "{}")
        } else {
            Reply::json(403, "{}")
        }
    });
    let dir = workdir("client-cert-encrypted");
    let pem = std::fs::read_to_string(srv.client_key_path()).expect("client key");
    let (_, doc) = pkcs8::SecretDocument::from_pem(&pem).expect("pem");
    let info = pkcs8::PrivateKeyInfo::from_der(doc.as_bytes()).expect("pkcs8");
    let params =
        pkcs8::pkcs5::pbes2::Parameters::pbkdf2_sha256_aes256cbc(2048, b"saltsalt", &[3u8; 16])
            .expect("params");
    let enc = info
        .encrypt_with_params(params, "s3cret pass")
        .expect("encrypt");
    let key_path = crate::harness::write(
        &dir,
        "key.enc.pem",
        enc.to_pem("ENCRYPTED PRIVATE KEY", Default::default())
            .expect("pem")
            .as_bytes(),
    );
    let coll = collection(
        "t",
        json!([item("a", json!({"method": "GET", "url": srv.url("/mtls")}))]),
    );
    let ca = srv.ca_path().to_string_lossy().into_owned();
    let cert = srv.client_cert_path().to_string_lossy().into_owned();
    let key = key_path.to_string_lossy().into_owned();
    let base = [
        "--ssl-extra-ca-certs",
        ca.as_str(),
        "--ssl-client-cert",
        cert.as_str(),
        "--ssl-client-key",
        key.as_str(),
    ];
    let (run, _) = run_collection(&dir, &coll, &base);
    assert_eq!(run.code, 4, "no passphrase: refused before the run");
    assert!(
        run.stderr.contains("--ssl-client-passphrase"),
        "{}",
        run.stderr
    );
    let mut args = base.to_vec();
    args.extend_from_slice(&["--ssl-client-passphrase", "s3cret pass"]);
    let (run, _) = run_collection(&dir, &coll, &args);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert!(srv.requests()[0].client_cert);
}

#[test]
fn http_proxy_from_the_environment_is_used_except_for_no_proxy_hosts() {
    let proxy = TestServer::start(|_| Reply::json(200, "{\"via\":\"proxy\"}"));
    let direct = TestServer::start(|_| Reply::json(200, "{}"));
    let dir = workdir("proxy");
    let coll = collection(
        "p",
        json!([
            item(
                "proxied",
                json!({"method": "GET", "url": "http://service.example/x?y=1"})
            ),
            item("direct", json!({"method": "GET", "url": direct.url("/d")}))
        ]),
    );
    crate::harness::write_json(&dir, "c.json", &coll);
    let proxy_url = proxy.base_url();
    let run = crate::harness::courier_env(
        &dir,
        &["run", "c.json"],
        &[
            ("HTTP_PROXY", proxy_url.as_str()),
            ("NO_PROXY", "127.0.0.1"),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all_output());
    let via = proxy.requests();
    assert_eq!(via.len(), 1);
    assert_eq!(via[0].target, "http://service.example/x?y=1");
    assert_eq!(via[0].header("host"), Some("service.example"));
    assert_eq!(direct.requests().len(), 1);
}

#[test]
fn a_server_certificate_given_as_extra_ca_is_trusted_as_is() {
    // Self-signed servers: the user passes the server's own certificate, as with Node.
    let srv = TestServer::start_tls(|_| Reply::json(200, "{}"));
    let dir = workdir("tls-pinned");
    let coll = collection(
        "t",
        json!([item(
            "a",
            json!({"method": "GET", "url": srv.url("/pinned")})
        )]),
    );
    let leaf = srv.cert_path().to_string_lossy().into_owned();
    let (run, _) = run_collection(&dir, &coll, &["--ssl-extra-ca-certs", &leaf]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(srv.request_count(), 1);
}

#[test]
fn cookies_go_out_longest_path_first_then_oldest_first() {
    let srv = TestServer::start(|req| match req.path() {
        "/set1" => Reply::json(200, "{}")
            .header("Set-Cookie", "zeta=1; Path=/")
            .header("Set-Cookie", "alpha=2; Path=/"),
        "/set2" => Reply::json(200, "{}")
            .header("Set-Cookie", "deep=3; Path=/x")
            .header("Set-Cookie", "zeta=updated; Path=/"),
        _ => Reply::json(200, "{}"),
    });
    let dir = workdir("cookie-order");
    let coll = collection(
        "c",
        json!([
            item("set1", json!({"method": "GET", "url": srv.url("/set1")})),
            item("set2", json!({"method": "GET", "url": srv.url("/set2")})),
            item("use", json!({"method": "GET", "url": srv.url("/x/use")}))
        ]),
    );
    let (run, _) = run_collection(&dir, &coll, &[]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    assert_eq!(
        srv.requests()[2].header("cookie"),
        Some("deep=3; zeta=updated; alpha=2")
    );
}

#[test]
fn large_responses_are_capped_in_reports_but_sized_in_full() {
    let big = "x".repeat(2_000_000);
    let srv = TestServer::start(move |_| Reply::text(200, big.clone()));
    let dir = workdir("big-body");
    let coll = collection(
        "b",
        json!([item(
            "big",
            json!({"method": "GET", "url": srv.url("/big")})
        )]),
    );
    let (run, rep) = run_collection(&dir, &coll, &["--max-response-size", "1000"]);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let resp = &rep["run"]["executions"][0]["response"];
    assert_eq!(resp["body"].as_str().map(str::len), Some(1000));
    assert_eq!(resp["bodyTruncated"], true);
    assert_eq!(resp["responseSize"], 2_000_000);
}
