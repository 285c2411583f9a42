//! `courier mock leanix` over real HTTP: the documented sync sequence with the seed's processor
//! configuration and LDIF, token exchange and bearer auth, every error code, warnings paging,
//! the run lifecycle, persistence across a restart, and concurrent clients. Every emulator
//! listens on 127.0.0.1 with an ephemeral port; files go under `CARGO_TARGET_TMPDIR`.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use courier::mock::{self, ConfigSource, MockError, MockHandle, MockOptions};
use reqwest::Method;
use serde_json::{json, Value};

/// The seed's processor configuration (`collections/`, copied unchanged from the seed), as is:
/// it carries no connector keys.
const SEED_PROCESSOR: &str = include_str!("../collections/import-projects.processor.json");

/// The seed's LDIF (`collections/`, copied unchanged from the seed).
const SEED_LDIF: &str = include_str!("../collections/import-projects.ldif.json");

const RUNS: &str = "/services/integration-api/v1/synchronizationRuns";
const CONFIGS: &str = "/services/integration-api/v1/configurations";
const TOKEN: &str = "/services/mtm/v1/oauth2/token";
const DEADLINE: Duration = Duration::from_secs(20);

fn scratch_dir(prefix: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "mock-leanix-{prefix}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn seed_ldif() -> Value {
    serde_json::from_str(SEED_LDIF).expect("seed LDIF")
}

/// The seed config written to a file, as `--config FILE` takes it.
fn seed_config_file(dir: &Path) -> ConfigSource {
    let path = dir.join("import-projects.processor.json");
    std::fs::write(&path, SEED_PROCESSOR).expect("write config");
    ConfigSource::File(path)
}

/// Plain HTTP, fast processing, certificates (unused) in a scratch dir.
fn options(dir: &Path) -> MockOptions {
    MockOptions {
        tls: false,
        cert_dir: Some(dir.join("certs")),
        processing_delay: Duration::from_millis(40),
        ..MockOptions::default()
    }
}

struct Resp {
    status: u16,
    text: String,
}

impl Resp {
    fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.text))
    }

    /// The `{"errors": [...]}` messages, joined.
    fn errors(&self) -> String {
        let v = self.json();
        let list = v["errors"].as_array().expect("an errors array");
        assert!(!list.is_empty(), "empty errors: {v}");
        list.iter()
            .map(|e| e.as_str().expect("string error").to_string())
            .collect::<Vec<_>>()
            .join(" | ")
    }
}

/// A client of one emulator, with an access token once `login` ran.
struct Api {
    client: reqwest::Client,
    base: String,
    api_token: String,
    token: Option<String>,
}

impl Api {
    fn new(handle: &MockHandle) -> Api {
        // reqwest is built without a default crypto provider: always hand it a ring config,
        // trusting the emulator's CA when it serves HTTPS.
        use rustls::pki_types::pem::PemObject;
        let mut roots = rustls::RootCertStore::empty();
        for cert in rustls::pki_types::CertificateDer::pem_slice_iter(
            handle.ca_pem().unwrap_or("").as_bytes(),
        ) {
            roots.add(cert.expect("CA PEM")).expect("add CA");
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("protocols")
            .with_root_certificates(roots)
            .with_no_client_auth();
        let builder = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .use_preconfigured_tls(config);
        Api {
            client: builder.build().expect("client"),
            base: handle.base_url.clone(),
            api_token: handle.api_token.clone(),
            token: None,
        }
    }

    async fn send(&self, req: reqwest::RequestBuilder) -> Resp {
        let resp = req.send().await.expect("request");
        let status = resp.status().as_u16();
        let text = resp.text().await.expect("body");
        Resp { status, text }
    }

    /// A request with the bearer token (if any) and an optional raw body.
    async fn call(&self, method: Method, path: &str, body: Option<String>) -> Resp {
        let mut req = self.client.request(method, format!("{}{path}", self.base));
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.header("content-type", "application/json").body(b);
        }
        self.send(req).await
    }

    async fn get(&self, path: &str) -> Resp {
        self.call(Method::GET, path, None).await
    }

    async fn post(&self, path: &str, body: Option<&Value>) -> Resp {
        self.call(Method::POST, path, body.map(Value::to_string))
            .await
    }

    /// Token request with `Basic user:secret` and a form body.
    async fn token_request(&self, user: &str, secret: &str, form: &str, query: &str) -> Resp {
        let req = self
            .client
            .post(format!("{}{TOKEN}{query}", self.base))
            .basic_auth(user, Some(secret))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form.to_string());
        self.send(req).await
    }

    async fn login(&mut self) {
        let r = self
            .token_request(
                "apitoken",
                &self.api_token.clone(),
                "grant_type=client_credentials",
                "",
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
        self.token = Some(
            r.json()["access_token"]
                .as_str()
                .expect("token")
                .to_string(),
        );
    }

    /// POST an LDIF; the new run's id.
    async fn create(&self, ldif: &Value, query: &str) -> String {
        let r = self.post(&format!("{RUNS}{query}"), Some(ldif)).await;
        assert_eq!(r.status, 200, "{}", r.text);
        r.json()["id"].as_str().expect("id").to_string()
    }

    async fn status(&self, id: &str) -> String {
        let r = self.get(&format!("{RUNS}/{id}/status")).await;
        assert_eq!(r.status, 200, "{}", r.text);
        let v = r.json();
        assert_eq!(v["id"], id);
        v["status"].as_str().expect("status").to_string()
    }

    /// Polls the status until the run ends; every status seen, in order, without repeats.
    async fn wait(&self, id: &str) -> Vec<String> {
        let start = Instant::now();
        let mut seen: Vec<String> = Vec::new();
        loop {
            let s = self.status(id).await;
            if seen.last() != Some(&s) {
                seen.push(s.clone());
            }
            if matches!(s.as_str(), "FINISHED" | "FAILED" | "STOPPED") {
                return seen;
            }
            assert!(start.elapsed() < DEADLINE, "run {id} never ended: {seen:?}");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Every warning, page by page.
    async fn all_warnings(&self, id: &str) -> Vec<Value> {
        let mut all = Vec::new();
        for page in 0.. {
            let r = self
                .get(&format!(
                    "{RUNS}/{id}/warnings?offset={}&limit=100",
                    page * 100
                ))
                .await;
            assert_eq!(r.status, 200, "{}", r.text);
            let list = r.json().as_array().expect("array").clone();
            let n = list.len();
            all.extend(list);
            if n < 100 {
                return all;
            }
        }
        unreachable!()
    }

    async fn projects(&self, external_id: &str) -> Value {
        let r = self
            .get(&format!(
                "/services/pathfinder/v1/factSheets?type=Project&externalId={external_id}"
            ))
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
        r.json()
    }
}

async fn started(opts: MockOptions) -> (MockHandle, Api) {
    let handle = mock::start(opts).await.expect("start the emulator");
    let mut api = Api::new(&handle);
    api.login().await;
    (handle, api)
}

fn assert_seed_project(list: &Value) {
    assert_eq!(list["status"], "OK", "{list}");
    assert_eq!(list["total"], 1, "{list}");
    let fs = &list["data"][0];
    assert_eq!(fs["type"], "Project", "{fs}");
    assert_eq!(fs["name"], "Save the company (0123-459)", "{fs}");
    assert_eq!(
        fs["description"], "Most important project of our 'Herkömmliche AG'",
        "{fs}"
    );
    let phases = fs["lifecycle"]["phases"].as_array().expect("phases");
    assert!(
        phases
            .iter()
            .any(|p| p["phase"] == "active" && p["startDate"] == "2019-12-12"),
        "{fs}"
    );
}

/// The documented sequence, over HTTPS, with the seed's files as they are.
#[tokio::test]
async fn seed_sequence_over_https() {
    let dir = scratch_dir("seed");
    let opts = MockOptions {
        tls: true,
        configs: vec![seed_config_file(&dir)],
        ..options(&dir)
    };
    let (handle, api) = started(opts).await;
    assert!(handle.base_url.starts_with("https://127.0.0.1:"));
    assert_eq!(handle.host_port, handle.base_url["https://".len()..]);
    let ca = handle.ca_pem_path.clone().expect("CA path");
    assert!(ca.starts_with(&dir), "{}", ca.display());
    let pem = std::fs::read_to_string(&ca).expect("CA file");
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"));

    let id = api.create(&seed_ldif(), "").await;
    assert_eq!(api.status(&id).await, "CREATED");
    let r = api.post(&format!("{RUNS}/{id}/start"), None).await;
    assert_eq!((r.status, r.text.as_str()), (200, ""));
    let seen = api.wait(&id).await;
    assert_eq!(
        seen.last().map(String::as_str),
        Some("FINISHED"),
        "{seen:?}"
    );

    let r = api.get(&format!("{RUNS}/{id}/results")).await;
    assert!(
        r.status == 200 || r.status == 204,
        "{} {}",
        r.status,
        r.text
    );
    let r = api.get(&format!("{RUNS}/{id}/warnings")).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(r.json().is_array());
    let r = api.get(&format!("{RUNS}/{id}/progress")).await;
    assert_eq!(r.json()["status"], "FINISHED");
    let r = api.get(&format!("{RUNS}/{id}/stats")).await;
    assert!(r.json().is_object());

    assert_seed_project(&api.projects("0123-459").await);
    assert_eq!(
        handle.fact_sheets(Some("Project"), Some("0123-459")).len(),
        1
    );

    // Every request on the run carried the id the emulator issued.
    let on_runs: Vec<_> = handle
        .requests()
        .into_iter()
        .filter(|r| r.path.starts_with(&format!("{RUNS}/")))
        .collect();
    assert!(on_runs.len() >= 5);
    assert!(on_runs.iter().all(|r| r.path.contains(&id)), "{on_runs:?}");
    assert_eq!(handle.tokens_issued(), 1);
    // Shutdown does not wait on the client's idle keep-alive (HTTP/2) connection.
    let t = Instant::now();
    handle.shutdown().await;
    assert!(t.elapsed() < Duration::from_secs(2), "{:?}", t.elapsed());
    let r = api.client.get(format!("{}{RUNS}", api.base)).send().await;
    assert!(r.is_err(), "still serving after shutdown");
}

#[tokio::test]
async fn token_exchange() {
    let dir = scratch_dir("token");
    let opts = MockOptions {
        api_token: Some("s3cret-api-token".into()),
        token_ttl: Duration::from_secs(1234),
        ..options(&dir)
    };
    let handle = mock::start(opts).await.expect("start");
    let api = Api::new(&handle);
    assert_eq!(handle.api_token, "s3cret-api-token");

    let r = api
        .token_request(
            "apitoken",
            "s3cret-api-token",
            "grant_type=client_credentials",
            "",
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let v = r.json();
    assert_eq!(v["token_type"], "bearer");
    assert_eq!(v["expires_in"], 1234);
    assert_eq!(v["expired"], false);
    assert_eq!(v["scope"], "");
    assert_eq!(
        v["access_token"].as_str().map(|t| t.split('.').count()),
        Some(3)
    );

    // grant_type in the query with an empty body (the Java SDK's way).
    let r = api
        .token_request(
            "apitoken",
            "s3cret-api-token",
            "",
            "?grant_type=client_credentials",
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    // Client credentials in the form body instead of a Basic header.
    let req = api
        .client
        .post(format!("{}{TOKEN}", api.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials&client_id=apitoken&client_secret=s3cret-api-token");
    assert_eq!(api.send(req).await.status, 200);

    for (user, secret, form) in [
        ("apitoken", "wrong", "grant_type=client_credentials"),
        (
            "someone",
            "s3cret-api-token",
            "grant_type=client_credentials",
        ),
        ("apitoken", "s3cret-api-token", "grant_type=password"),
        ("apitoken", "s3cret-api-token", ""),
    ] {
        let r = api.token_request(user, secret, form, "").await;
        assert_eq!(r.status, 401, "{user} {form}: {}", r.text);
        assert!(r.json()["error"].is_string(), "{}", r.text);
    }
    let req = api
        .client
        .post(format!("{}{TOKEN}", api.base))
        .body("grant_type=client_credentials");
    assert_eq!(api.send(req).await.status, 401);
    assert_eq!(handle.tokens_issued(), 3);
    handle.shutdown().await;

    // An absurd --token-ttl is no overflow.
    let opts = MockOptions {
        token_ttl: Duration::from_secs(u64::MAX),
        ..options(&dir)
    };
    let (handle, api) = started(opts).await;
    assert_eq!(api.get(RUNS).await.status, 200);
    handle.shutdown().await;
}

#[tokio::test]
async fn bearer_auth_on_every_api_call() {
    let dir = scratch_dir("bearer");
    let (handle, mut api) = started(options(&dir)).await;
    let good = api.token.take();
    let paths = [
        (Method::GET, RUNS.to_string()),
        (Method::POST, RUNS.to_string()),
        (Method::GET, format!("{RUNS}/x/status")),
        (Method::POST, format!("{RUNS}/x/start")),
        (Method::GET, CONFIGS.to_string()),
        (
            Method::GET,
            "/services/pathfinder/v1/factSheets".to_string(),
        ),
    ];
    for (method, path) in &paths {
        let r = api.call(method.clone(), path, None).await;
        assert_eq!(r.status, 401, "{method} {path}");
        assert!(r.errors().contains("no bearer token"), "{}", r.text);
    }
    api.token = Some("not-a-token".into());
    let r = api.get(RUNS).await;
    assert_eq!(r.status, 401);
    assert!(r.errors().contains("unknown"), "{}", r.text);

    api.token = good;
    assert_eq!(api.get(RUNS).await.status, 200);
    handle.expire_tokens();
    let r = api.get(RUNS).await;
    assert_eq!(r.status, 401);
    assert!(r.errors().contains("expired"), "{}", r.text);
    api.login().await;
    assert_eq!(api.get(RUNS).await.status, 200);
    handle.shutdown().await;

    // Tokens die after --token-ttl by themselves.
    let opts = MockOptions {
        token_ttl: Duration::from_secs(1),
        ..options(&dir)
    };
    let (handle, api) = started(opts).await;
    assert_eq!(api.get(RUNS).await.status, 200);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(api.get(RUNS).await.status, 401);
    handle.shutdown().await;
}

#[tokio::test]
async fn configurations_put_get_delete() {
    let dir = scratch_dir("configs");
    let (handle, api) = started(options(&dir)).await;
    let mut config: Value = serde_json::from_str(SEED_PROCESSOR).expect("seed");
    config["connectorType"] = json!("ct");
    config["connectorId"] = json!("ci");
    config["connectorVersion"] = json!("1.0.0");
    config["processingDirection"] = json!("inbound");

    let r = api
        .call(Method::PUT, CONFIGS, Some(config.to_string()))
        .await;
    assert_eq!((r.status, r.text.as_str()), (204, ""));
    let mut full = config.clone();
    full["processingMode"] = json!("full");
    full["connectorVersion"] = json!("2.0.0");
    assert_eq!(
        api.call(Method::PUT, CONFIGS, Some(full.to_string()))
            .await
            .status,
        204
    );
    // The same keys replace.
    assert_eq!(
        api.call(Method::PUT, CONFIGS, Some(config.to_string()))
            .await
            .status,
        204
    );
    let all = api.get(CONFIGS).await.json();
    assert_eq!(all.as_array().map(Vec::len), Some(2), "{all}");
    let one = api
        .get(&format!(
            "{CONFIGS}?connectorType=ct&connectorVersion=2.0.0"
        ))
        .await
        .json();
    assert_eq!(one.as_array().map(Vec::len), Some(1), "{one}");
    assert_eq!(one[0]["processingMode"], "full");
    let none = api
        .get(&format!("{CONFIGS}?connectorType=other"))
        .await
        .json();
    assert_eq!(none, json!([]));

    // Invalid bodies.
    let r = api
        .call(Method::PUT, CONFIGS, Some(SEED_PROCESSOR.to_string()))
        .await;
    assert_eq!(r.status, 400);
    assert!(r.errors().contains("connectorType"), "{}", r.text);
    let r = api.call(Method::PUT, CONFIGS, Some("{nope".into())).await;
    assert_eq!(r.status, 400);
    assert!(r.errors().contains("line 1 column 2"), "{}", r.text);

    // DELETE needs all five keys.
    let r = api
        .call(
            Method::DELETE,
            &format!("{CONFIGS}?connectorType=ct&connectorId=ci"),
            None,
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(r.errors().contains("processingMode"), "{}", r.text);
    let keys = "connectorType=ct&connectorId=ci&connectorVersion=1.0.0\
                &processingDirection=inbound&processingMode=partial";
    let r = api
        .call(Method::DELETE, &format!("{CONFIGS}?{keys}"), None)
        .await;
    assert_eq!(r.status, 204, "{}", r.text);
    let r = api
        .call(Method::DELETE, &format!("{CONFIGS}?{keys}"), None)
        .await;
    assert_eq!(r.status, 404);
    r.errors();
    assert_eq!(handle.configurations().len(), 1);
    handle.shutdown().await;
}

#[tokio::test]
async fn error_codes() {
    let dir = scratch_dir("errors");
    let opts = MockOptions {
        configs: vec![seed_config_file(&dir)],
        ..options(&dir)
    };
    let (handle, api) = started(opts).await;
    let unknown = "6f1b2c3d-0000-4000-8000-000000000000";
    for (method, tail) in [
        (Method::POST, "start"),
        (Method::POST, "stop"),
        (Method::GET, "status"),
        (Method::GET, "progress"),
        (Method::GET, "stats"),
        (Method::GET, "results"),
        (Method::GET, "resultsUrl"),
        (Method::GET, "warnings"),
        (Method::GET, "warnings?offset=3&limit=2"),
    ] {
        let r = api
            .call(method, &format!("{RUNS}/{unknown}/{tail}"), None)
            .await;
        assert_eq!(r.status, 404, "{tail}: {}", r.text);
        assert!(r.errors().contains(unknown));
    }
    let r = api.get("/services/integration-api/v1/nothing").await;
    assert_eq!(r.status, 404);
    r.errors();

    // Stop outside PENDING | IN_PROGRESS, second start.
    let id = api.create(&seed_ldif(), "").await;
    let r = api.post(&format!("{RUNS}/{id}/stop"), None).await;
    assert_eq!(r.status, 400);
    assert!(r.errors().contains("CREATED"), "{}", r.text);
    let r = api.get(&format!("{RUNS}/{id}/results")).await;
    assert_eq!((r.status, r.text.as_str()), (204, ""));
    assert_eq!(
        api.get(&format!("{RUNS}/{id}/resultsUrl")).await.json(),
        json!({"url": null})
    );
    assert_eq!(
        api.post(&format!("{RUNS}/{id}/start"), None).await.status,
        200
    );
    let r = api.post(&format!("{RUNS}/{id}/start"), None).await;
    assert_eq!(r.status, 400);
    assert!(r.errors().contains("already started"), "{}", r.text);
    api.wait(&id).await;
    let r = api.post(&format!("{RUNS}/{id}/start"), None).await;
    assert_eq!(r.status, 400);
    let r = api.post(&format!("{RUNS}/{id}/stop"), None).await;
    assert_eq!(r.status, 400);
    assert!(r.errors().contains("FINISHED"), "{}", r.text);

    // Schema-invalid LDIF, malformed and empty bodies, bad flags.
    let mut bad = seed_ldif();
    bad.as_object_mut().expect("object").remove("connectorId");
    let r = api.post(RUNS, Some(&bad)).await;
    assert_eq!(r.status, 400);
    assert!(r.errors().contains("connectorId"), "{}", r.text);
    let r = api.post(RUNS, Some(&json!([1, 2]))).await;
    assert_eq!(r.status, 400);
    r.errors();
    let r = api
        .call(Method::POST, RUNS, Some("{\"connectorType\": ".into()))
        .await;
    assert_eq!(r.status, 400);
    assert!(r.errors().contains("Malformed JSON"), "{}", r.text);
    assert!(r.errors().contains("EOF"), "{}", r.text);
    let r = api.call(Method::POST, RUNS, Some(String::new())).await;
    assert_eq!(r.status, 400);
    assert!(r.errors().contains("empty"), "{}", r.text);
    let r = api
        .post(&format!("{RUNS}?start=maybe"), Some(&seed_ldif()))
        .await;
    assert_eq!(r.status, 400);
    assert!(r.errors().contains("start"), "{}", r.text);
    let r = api
        .post(
            &format!("{RUNS}/withConfig"),
            Some(&json!({"input": seed_ldif()})),
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(r.errors().contains("processorConfiguration"), "{}", r.text);
    let r = api.call(Method::DELETE, RUNS, None).await;
    assert_eq!(r.status, 405);
    r.errors();
    handle.shutdown().await;

    // Bodies over the limit.
    let opts = MockOptions {
        max_body: 1000,
        ..options(&dir)
    };
    let (handle, api) = started(opts).await;
    let mut big = seed_ldif();
    big["description"] = json!("x".repeat(4000));
    let r = api.post(RUNS, Some(&big)).await;
    assert_eq!(r.status, 413, "{}", r.text);
    assert!(r.errors().contains("limit"), "{}", r.text);
    let r = api.post(RUNS, Some(&seed_ldif())).await;
    assert_eq!(r.status, 200, "{}", r.text);
    handle.shutdown().await;
}

#[tokio::test]
async fn warnings_paging() {
    let dir = scratch_dir("paging");
    let opts = MockOptions {
        configs: vec![seed_config_file(&dir)],
        ..options(&dir)
    };
    let (handle, api) = started(opts).await;
    // 250 contents no processor handles: one warning each at least.
    let mut ldif = seed_ldif();
    ldif["content"] = (0..250)
        .map(|i| json!({"type": "nobodyHandlesThis", "id": format!("c{i}"), "data": {}}))
        .collect();
    let id = api.create(&ldif, "?start=true").await;
    assert_eq!(
        api.wait(&id).await.last().map(String::as_str),
        Some("FINISHED")
    );

    let first = api.get(&format!("{RUNS}/{id}/warnings")).await.json();
    assert_eq!(first.as_array().map(Vec::len), Some(100));
    let all = api.all_warnings(&id).await;
    assert!(all.len() >= 250, "{}", all.len());
    assert_eq!(first.as_array().expect("array")[..], all[..100]);
    let page = api
        .get(&format!("{RUNS}/{id}/warnings?offset=20&limit=10"))
        .await
        .json();
    assert_eq!(page.as_array().expect("array")[..], all[20..30]);
    let page = api
        .get(&format!("{RUNS}/{id}/warnings?offset=100000&limit=100"))
        .await
        .json();
    assert_eq!(page, json!([]));
    let progress = api.get(&format!("{RUNS}/{id}/progress")).await.json();
    assert_eq!(progress["status"], "FINISHED");

    for query in [
        "offset=5&limit=10",
        "offset=-100",
        "limit=0",
        "limit=101",
        "limit=ten",
        "offset=1.5",
    ] {
        let r = api.get(&format!("{RUNS}/{id}/warnings?{query}")).await;
        assert_eq!(r.status, 400, "{query}: {}", r.text);
        r.errors();
    }
    handle.shutdown().await;
}

#[tokio::test]
async fn lifecycle_stop_and_test_runs() {
    let dir = scratch_dir("lifecycle");
    let opts = MockOptions {
        configs: vec![seed_config_file(&dir)],
        processing_delay: Duration::from_millis(1000),
        ..options(&dir)
    };
    let (handle, api) = started(opts).await;

    // start=true: queued at once, then processed in the background while clients poll.
    let id = api.create(&seed_ldif(), "?start=true").await;
    let seen = api.wait(&id).await;
    let order = ["CREATED", "PENDING", "IN_PROGRESS", "FINISHED"];
    let ranks: Vec<usize> = seen
        .iter()
        .map(|s| order.iter().position(|o| o == s).expect("known status"))
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
    assert_eq!(seen[0], "PENDING", "{seen:?}");
    assert!(seen.iter().any(|s| s == "IN_PROGRESS"), "{seen:?}");

    // Stop while PENDING: STOPPED, and it stays so.
    let id = api.create(&seed_ldif(), "").await;
    assert_eq!(
        api.post(&format!("{RUNS}/{id}/start"), None).await.status,
        200
    );
    assert_eq!(api.status(&id).await, "PENDING");
    let r = api.post(&format!("{RUNS}/{id}/stop"), None).await;
    assert_eq!((r.status, r.text.as_str()), (200, ""));
    assert_eq!(api.status(&id).await, "STOPPED");
    assert_eq!(
        api.post(&format!("{RUNS}/{id}/stop"), None).await.status,
        400
    );
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(api.status(&id).await, "STOPPED");
    assert_eq!(api.get(&format!("{RUNS}/{id}/results")).await.status, 204);

    // Stop while IN_PROGRESS.
    let id = api.create(&seed_ldif(), "?start=true").await;
    let start = Instant::now();
    while api.status(&id).await != "IN_PROGRESS" {
        assert!(start.elapsed() < DEADLINE);
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert_eq!(
        api.post(&format!("{RUNS}/{id}/stop"), None).await.status,
        200
    );
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(api.status(&id).await, "STOPPED");

    let list = api.get(RUNS).await.json();
    let list = list.as_array().expect("array");
    assert_eq!(list.len(), 3);
    assert_eq!(list[0]["status"], "FINISHED");
    assert_eq!(list[1]["status"], "STOPPED");
    assert_eq!(
        list[0]["description"],
        "Imports Projects from default project connector"
    );
    handle.shutdown().await;

    // test=true processes everything but writes nothing.
    let opts = MockOptions {
        configs: vec![seed_config_file(&dir)],
        ..options(&dir)
    };
    let (handle, api) = started(opts).await;
    let id = api.create(&seed_ldif(), "?start=true&test=true").await;
    assert_eq!(
        api.wait(&id).await.last().map(String::as_str),
        Some("FINISHED")
    );
    assert_eq!(api.projects("0123-459").await["total"], 0);
    // ... and so does /start?test=true.
    let id = api.create(&seed_ldif(), "").await;
    let r = api
        .post(&format!("{RUNS}/{id}/start?test=true"), None)
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(
        api.wait(&id).await.last().map(String::as_str),
        Some("FINISHED")
    );
    assert_eq!(api.projects("0123-459").await["total"], 0);
    assert!(handle.workspace().fact_sheets.is_empty());
    handle.shutdown().await;
}

#[tokio::test]
async fn with_config_and_missing_config() {
    let dir = scratch_dir("withconfig");
    let (handle, api) = started(options(&dir)).await;

    // No configuration for the LDIF's connector: accepted, then FAILED with a warning.
    let id = api.create(&seed_ldif(), "?start=true").await;
    assert_eq!(
        api.wait(&id).await.last().map(String::as_str),
        Some("FAILED")
    );
    let warnings = api.all_warnings(&id).await;
    assert!(!warnings.is_empty());
    assert!(
        warnings.iter().all(|w| w["message"].is_string()),
        "{warnings:?}"
    );

    // The seed's configuration, given with the run, inherits the LDIF's connector keys.
    let processor: Value = serde_json::from_str(SEED_PROCESSOR).expect("seed");
    let body = json!({"input": seed_ldif(), "processorConfiguration": processor});
    let r = api
        .post(&format!("{RUNS}/withConfig?start=true"), Some(&body))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let id = r.json()["id"].as_str().expect("id").to_string();
    assert_eq!(
        api.wait(&id).await.last().map(String::as_str),
        Some("FINISHED")
    );
    assert_seed_project(&api.projects("0123-459").await);
    // ... and was not stored.
    assert_eq!(api.get(CONFIGS).await.json(), json!([]));

    // The synchronous variant.
    let r = api
        .post(
            "/services/integration-api/v1/fastSynchronizationRuns/withConfig?test=true",
            Some(&body),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let v = r.json();
    assert_eq!(v["status"], "FINISHED", "{v}");
    assert!(v["warnings"].is_array(), "{v}");

    // One fact sheet by its internal id.
    let fs = api.projects("0123-459").await["data"][0].clone();
    let fs_id = fs["id"].as_str().expect("id");
    let one = api
        .get(&format!("/services/pathfinder/v1/factSheets/{fs_id}"))
        .await
        .json();
    assert_eq!(one["data"]["id"], fs_id);
    let r = api.get("/services/pathfinder/v1/factSheets/nope").await;
    assert_eq!(r.status, 404);
    let ws = api.get("/services/courier/v1/workspace").await.json();
    assert!(ws["factSheets"].is_array(), "{ws}");
    handle.shutdown().await;
}

#[tokio::test]
async fn restart_with_state_keeps_everything() {
    let dir = scratch_dir("state");
    let state = dir.join("state");
    let opts = MockOptions {
        configs: vec![seed_config_file(&dir)],
        state_dir: Some(state.clone()),
        api_token: Some("fixed".into()),
        ..options(&dir)
    };
    let (handle, api) = started(opts.clone()).await;
    let done = api.create(&seed_ldif(), "?start=true").await;
    api.wait(&done).await;
    let warnings = api.all_warnings(&done).await;
    let waiting = api.create(&seed_ldif(), "").await;
    handle.shutdown().await;
    assert!(state.join("configurations.json").is_file());
    assert!(state.join("workspace.json").is_file());

    // Same state, no --config this time.
    let opts = MockOptions {
        configs: Vec::new(),
        ..opts
    };
    let (handle, api) = started(opts.clone()).await;
    let list = api.get(RUNS).await.json();
    assert_eq!(list.as_array().map(Vec::len), Some(2), "{list}");
    assert_eq!(api.status(&done).await, "FINISHED");
    assert_eq!(api.all_warnings(&done).await, warnings);
    assert_eq!(api.status(&waiting).await, "CREATED");
    assert_seed_project(&api.projects("0123-459").await);
    assert_eq!(
        api.get(CONFIGS).await.json().as_array().map(Vec::len),
        Some(1)
    );
    // The stored configuration still processes a run started after the restart.
    assert_eq!(
        api.post(&format!("{RUNS}/{waiting}/start"), None)
            .await
            .status,
        200
    );
    assert_eq!(
        api.wait(&waiting).await.last().map(String::as_str),
        Some("FINISHED")
    );
    assert_eq!(api.projects("0123-459").await["total"], 1);
    handle.shutdown().await;

    // A run cut short by a shutdown is picked up again.
    let slow = MockOptions {
        processing_delay: Duration::from_millis(2000),
        ..opts.clone()
    };
    let (handle, api) = started(slow).await;
    let cut = api.create(&seed_ldif(), "?start=true").await;
    handle.shutdown().await;
    let (handle, api) = started(opts.clone()).await;
    assert_eq!(
        api.wait(&cut).await.last().map(String::as_str),
        Some("FINISHED")
    );
    handle.shutdown().await;

    // A corrupt state file is a startup error that names it, and is left alone.
    let file = state.join("workspace.json");
    let good = std::fs::read(&file).expect("workspace file");
    std::fs::write(&file, b"{ not json").expect("corrupt it");
    match mock::start(opts.clone()).await {
        Err(e @ MockError::State(_)) => {
            let text = e.to_string();
            assert!(
                text.contains("workspace.json") && text.contains("corrupt"),
                "{text}"
            );
            assert_eq!(e.exit_code(), 3);
        }
        other => panic!("expected a state error, got {other:?}"),
    }
    assert_eq!(std::fs::read(&file).expect("still there"), b"{ not json");
    let run_file = state.join("runs").join(format!("{done}.json"));
    std::fs::write(&file, good).expect("restore it");
    std::fs::write(&run_file, b"[]").expect("corrupt a run");
    let err = mock::start(opts).await.expect_err("corrupt run file");
    assert!(err.to_string().contains(&format!("{done}.json")), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_runs_and_polling() {
    let dir = scratch_dir("concurrent");
    let opts = MockOptions {
        configs: vec![seed_config_file(&dir)],
        processing_delay: Duration::from_millis(150),
        ..options(&dir)
    };
    let (handle, api) = started(opts).await;
    let api = Arc::new(api);
    let mut tasks = Vec::new();
    for i in 0..6 {
        let api = Arc::clone(&api);
        tasks.push(tokio::spawn(async move {
            let mut ldif = seed_ldif();
            ldif["content"][0]["id"] = json!(format!("p-{i}"));
            let id = api.create(&ldif, "?start=true").await;
            let seen = api.wait(&id).await;
            (format!("p-{i}"), seen)
        }));
    }
    // Pollers hammering the list and the workspace meanwhile.
    let mut pollers = Vec::new();
    for _ in 0..3 {
        let api = Arc::clone(&api);
        pollers.push(tokio::spawn(async move {
            for _ in 0..40 {
                assert_eq!(api.get(RUNS).await.status, 200);
                assert_eq!(
                    api.get("/services/pathfinder/v1/factSheets?type=Project")
                        .await
                        .status,
                    200
                );
            }
        }));
    }
    for task in tasks {
        let (external_id, seen) = task.await.expect("run task");
        assert_eq!(
            seen.last().map(String::as_str),
            Some("FINISHED"),
            "{seen:?}"
        );
        assert_eq!(
            api.projects(&external_id).await["total"],
            1,
            "{external_id}"
        );
    }
    for p in pollers {
        p.await.expect("poller");
    }
    let list = api
        .get("/services/pathfinder/v1/factSheets?type=Project&pageSize=4")
        .await
        .json();
    assert_eq!(list["total"], 6);
    assert_eq!(list["data"].as_array().map(Vec::len), Some(4));
    let cursor = list["cursor"].as_str().expect("cursor");
    let rest = api
        .get(&format!(
            "/services/pathfinder/v1/factSheets?type=Project&pageSize=4&cursor={cursor}"
        ))
        .await
        .json();
    assert_eq!(rest["data"].as_array().map(Vec::len), Some(2));
    assert_eq!(rest["cursor"], Value::Null);
    handle.shutdown().await;
}

#[tokio::test]
async fn startup_options_and_shutdown() {
    let dir = scratch_dir("startup");
    // A --config file that is not JSON, or not a configuration.
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{").expect("write");
    let opts = MockOptions {
        configs: vec![ConfigSource::File(bad.clone())],
        ..options(&dir)
    };
    let err = mock::start(opts).await.expect_err("bad config");
    assert!(matches!(err, MockError::Config(_)));
    assert!(err.to_string().contains("bad.json"), "{err}");
    let opts = MockOptions {
        configs: vec![ConfigSource::Json(
            json!({"connectorType": "x", "processors": []}),
        )],
        ..options(&dir)
    };
    let err = mock::start(opts).await.expect_err("keys missing");
    assert!(err.to_string().contains("connectorId"), "{err}");
    let missing = MockOptions {
        configs: vec![ConfigSource::File(dir.join("absent.json"))],
        ..options(&dir)
    };
    assert!(mock::start(missing).await.is_err());

    // An array of configurations, and the default example keys.
    let opts = MockOptions {
        configs: vec![ConfigSource::Json(json!([
            serde_json::from_str::<Value>(SEED_PROCESSOR).expect("seed"),
            {"connectorType": "a", "connectorId": "b", "connectorVersion": "1",
             "processingDirection": "inbound", "processors": []},
        ]))],
        ..options(&dir)
    };
    let handle = mock::start(opts).await.expect("start");
    assert_eq!(handle.configurations().len(), 2);
    assert!(handle.loaded_configs[0].contains("importProjectsExample/importProjectsExample/1.0.0"));
    assert!(handle.base_url.starts_with("http://127.0.0.1:"));
    assert!(handle.ca_pem_path.is_none());
    let addr = handle.addr;
    handle.shutdown().await;
    // The port is free again.
    std::net::TcpListener::bind(addr).expect("port released");

    // A taken port is a bind error.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let opts = MockOptions {
        port: taken.local_addr().expect("addr").port(),
        ..options(&dir)
    };
    let err = mock::start(opts).await.expect_err("port taken");
    assert!(matches!(err, MockError::Bind { .. }), "{err}");
    assert_eq!(err.exit_code(), 4);

    // Without a cert_dir or state_dir, the CA lands in a temporary directory removed at the end.
    let opts = MockOptions {
        tls: true,
        ..MockOptions::default()
    };
    let handle = mock::start(opts).await.expect("start");
    let ca = handle.ca_pem_path.clone().expect("CA");
    assert!(ca.is_file());
    handle.shutdown().await;
    assert!(!ca.exists());
}

#[test]
fn cli_arguments() {
    use clap::Parser;
    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: mock::MockLeanixArgs,
    }
    let cli = Cli::parse_from(["mock"]);
    let opts = cli.args.to_options();
    assert_eq!(
        (opts.host.as_str(), opts.port, opts.tls),
        ("127.0.0.1", 8443, true)
    );
    assert_eq!(opts.processing_delay, Duration::from_millis(300));
    assert_eq!(opts.token_ttl, Duration::from_secs(3600));
    assert_eq!(opts.max_body, 50 * 1024 * 1024);
    let cli = Cli::parse_from([
        "mock",
        "--host",
        "localhost",
        "--port",
        "0",
        "--no-tls",
        "--api-token",
        "T",
        "--config",
        "a.json",
        "--config",
        "b.json",
        "--state",
        "st",
        "--processing-delay",
        "5",
        "--token-ttl",
        "7",
        "--max-body-size",
        "1000",
    ]);
    let opts = cli.args.to_options();
    assert_eq!(
        (opts.host.as_str(), opts.port, opts.tls),
        ("localhost", 0, false)
    );
    assert_eq!(opts.api_token.as_deref(), Some("T"));
    assert_eq!(opts.configs.len(), 2);
    assert_eq!(opts.state_dir, Some(PathBuf::from("st")));
    assert_eq!(opts.processing_delay, Duration::from_millis(5));
    assert_eq!(opts.token_ttl, Duration::from_secs(7));
    assert_eq!(opts.max_body, 1000);
}

/// A connector of our own: fact sheets of two types (object and shorthand identifiers), a
/// relation between them, tags from a list, and the warnings bad data gets.
#[tokio::test]
async fn relations_tags_and_warnings() {
    let dir = scratch_dir("reltags");
    let external =
        |expr: &str| json!({"external": {"id": {"expr": expr}, "type": {"expr": "externalId"}}});
    let config = json!({
        "connectorType": "own", "connectorId": "own", "connectorVersion": "1.0.0",
        "processingDirection": "inbound",
        "processors": [
            {"processorType": "inboundFactSheet", "processorName": "Apps", "type": "Application",
             "filter": {"exactType": "app"}, "identifier": external("${content.id}"), "run": 0,
             "updates": [
                {"key": {"expr": "name"}, "values": [{"expr": "${data.name}"}]},
                {"key": {"expr": "noSuchField"}, "values": [{"expr": "x"}]}]},
            {"processorType": "inboundFactSheet", "processorName": "Components", "type": "ITComponent",
             "filter": {"type": "itc"}, "run": 0,
             "identifier": {"external": {"id": "${content.id}", "type": "externalId"}},
             "updates": [{"key": {"expr": "name"}, "values": [{"expr": "${data.name}"}]}]},
            {"processorType": "inboundRelation", "processorName": "App to component",
             "type": "relApplicationToITComponent", "filter": {"exactType": "app"}, "run": 1,
             "from": external("${content.id}"), "to": external("${data.component}"),
             "updates": [{"key": {"expr": "description"}, "values": [{"expr": "uses"}]}]},
            {"processorType": "inboundTag", "processorName": "Tags", "filter": {"exactType": "app"},
             "run": 1, "forEach": "${data.tags}", "identifier": external("${content.id}"),
             "updates": [
                {"key": {"expr": "group.name"},
                 "values": [{"expr": "${integration.valueOfForEach.split(':')[0]}"}]},
                {"key": {"expr": "name"},
                 "values": [{"expr": "${integration.valueOfForEach.split(':')[1]}"}]}]}
        ]
    });
    let opts = MockOptions {
        configs: vec![ConfigSource::Json(config)],
        ..options(&dir)
    };
    let (handle, api) = started(opts).await;
    let ldif = json!({
        "connectorType": "own", "connectorId": "own", "connectorVersion": "1.0.0",
        "lxVersion": "1.0.0", "processingDirection": "inbound",
        "content": [
            {"type": "itc", "id": "c1", "data": {"name": "Postgres"}},
            {"type": "app", "id": "a1", "data": {"name": "CRM", "component": "c1",
              "tags": ["Importance:High", "Some invalid Content to be ignored", "Effort:Medium"]}},
            {"type": "nobody", "id": "z1", "data": {}}
        ]
    });
    let id = api.create(&ldif, "?start=true").await;
    assert_eq!(
        api.wait(&id).await.last().map(String::as_str),
        Some("FINISHED")
    );
    let warnings = api.all_warnings(&id).await;
    let text = serde_json::to_string(&warnings).expect("json");
    assert!(
        warnings.iter().any(|w| w["content"] == "z1"),
        "no warning for the unmatched content: {text}"
    );
    assert!(
        text.contains("noSuchField"),
        "no warning for the unknown field: {text}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w["content"] == "a1" && w["processor"]["name"] == "Tags"),
        "no warning for the invalid tag: {text}"
    );

    let r = api
        .get("/services/pathfinder/v1/factSheets?type=Application&externalId=a1")
        .await
        .json();
    assert_eq!(r["total"], 1, "{r}");
    let app = &r["data"][0];
    assert_eq!(app["name"], "CRM");
    let relations = app["relations"].as_array().expect("relations");
    assert!(
        relations
            .iter()
            .any(|rel| rel["type"] == "relApplicationToITComponent"
                && rel["factSheet"]["externalId"] == "c1"),
        "{app}"
    );
    let tags: Vec<(String, String)> = app["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .map(|t| {
            (
                t["tagGroup"]["name"].as_str().unwrap_or("").to_string(),
                t["name"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(
        tags.contains(&("Importance".into(), "High".into())),
        "{tags:?}"
    );
    assert!(
        tags.contains(&("Effort".into(), "Medium".into())),
        "{tags:?}"
    );
    assert_eq!(tags.len(), 2, "{tags:?}");
    let ws = api.get("/services/courier/v1/workspace").await.json();
    assert_eq!(ws["relations"].as_array().map(Vec::len), Some(1), "{ws}");
    assert_eq!(ws["tagGroups"].as_array().map(Vec::len), Some(2), "{ws}");
    handle.shutdown().await;
}
