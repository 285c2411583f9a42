//! Request signing in pre-request scripts with CryptoJS, the way exchange and payment APIs are
//! called: an HMAC-SHA256 over timestamp + method + path + body, sent in a header. The test
//! server recomputes every signature and only accepts the request when it matches.

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::harness::{collection, courier, workdir, write_json};
use crate::support::server::{Recorded, Reply, TestServer};

const SECRET: &str = "s3cr3t-api-k3y";
/// A Coinbase-style secret: base64 of the raw key bytes.
const B64_SECRET: &str = "c2lnbmluZyBrZXkgYnl0ZXMgXHgwMFx4ZmYgIQ==";

fn hmac_sha256(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut k = if key.len() > 64 {
        Sha256::digest(key).to_vec()
    } else {
        key.to_vec()
    };
    k.resize(64, 0);
    let ipad: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
    let opad: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
    let inner = Sha256::new()
        .chain_update(ipad)
        .chain_update(msg)
        .finalize();
    Sha256::new()
        .chain_update(opad)
        .chain_update(inner)
        .finalize()
        .to_vec()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn ev(listen: &str, code: &str) -> Value {
    json!({"listen": listen, "script": {"exec": code.lines().collect::<Vec<_>>()}})
}

fn expect_status(code: u16) -> Value {
    ev(
        "test",
        &format!("pm.test('accepted', function () {{ pm.response.to.have.status({code}); }});"),
    )
}

/// 200 when `X-Signature` is the hex HMAC of timestamp + method + target + body, else 401.
fn verify_hex(req: &Recorded) -> Reply {
    let ts = req.header("x-timestamp").unwrap_or_default();
    let mut payload = format!("{ts}{}{}", req.method, req.target).into_bytes();
    payload.extend_from_slice(&req.body);
    let want = hex(&hmac_sha256(SECRET.as_bytes(), &payload));
    if !ts.is_empty() && req.header("x-signature") == Some(want.as_str()) {
        Reply::json(200, "{\"ok\":true}")
    } else {
        Reply::json(401, "{\"error\":\"bad signature\"}")
    }
}

/// 200 when `CB-ACCESS-SIGN` is the base64 HMAC (keyed with the decoded secret) of
/// timestamp + method + path + body, else 401.
fn verify_base64(req: &Recorded) -> Reply {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let key = b64.decode(B64_SECRET).expect("secret");
    let ts = req.header("cb-access-timestamp").unwrap_or_default();
    let mut payload = format!("{ts}{}{}", req.method, req.path()).into_bytes();
    payload.extend_from_slice(&req.body);
    let want = b64.encode(hmac_sha256(&key, &payload));
    if !ts.is_empty() && req.header("cb-access-sign") == Some(want.as_str()) {
        Reply::json(200, "{\"ok\":true}")
    } else {
        Reply::json(401, "{\"error\":\"bad signature\"}")
    }
}

fn run_signed(dir: &std::path::Path, coll: &Value, env: &Value) -> (crate::harness::Run, Value) {
    write_json(dir, "c.json", coll);
    write_json(dir, "env.json", env);
    let run = courier(
        dir,
        &[
            "run",
            "c.json",
            "-e",
            "env.json",
            "-r",
            "cli,json",
            "--reporter-json-export",
            "report.json",
        ],
    );
    let rep = std::fs::read_to_string(dir.join("report.json"))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    (run, rep)
}

#[test]
fn collection_prerequest_signs_every_request_with_a_hex_hmac_header() {
    let srv = TestServer::start(verify_hex);
    let dir = workdir("signing-hex");
    let mut coll = collection(
        "exchange",
        json!([
            {"name": "account", "event": [expect_status(200)], "request": {
                "method": "GET", "url": srv.url("/api/v3/account?recvWindow=5000&symbol=BTCUSDT")}},
            {"name": "order", "event": [expect_status(200)], "request": {
                "method": "POST", "url": srv.url("/api/v3/order"),
                "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": {"mode": "raw", "raw": "{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"qty\":\"0.01\",\"note\":\"ünïcödé ✓\"}"}}},
            {"name": "cancel", "event": [expect_status(200)], "request": {
                "method": "DELETE", "url": srv.url("/api/v3/order?orderId=42")}},
            {"name": "wrong key", "event": [
                ev("prerequest", "pm.request.headers.upsert({ key: 'X-Signature', value: CryptoJS.HmacSHA256('x', 'not the key').toString() });"),
                expect_status(401)
            ], "request": {"method": "GET", "url": srv.url("/api/v3/account")}}
        ]),
    );
    coll["event"] = json!([ev(
        "prerequest",
        r#"
var ts = String(Date.now());
var body = pm.request.body && pm.request.body.raw ? pm.request.body.raw : '';
var payload = ts + pm.request.method + pm.request.url.getPathWithQuery() + body;
var signature = CryptoJS.HmacSHA256(payload, pm.environment.get('apiSecret')).toString(CryptoJS.enc.Hex);
pm.request.headers.add({ key: 'X-Timestamp', value: ts });
pm.request.headers.add({ key: 'X-Signature', value: signature });
"#
    )]);
    let env =
        json!({"name": "e", "values": [{"key": "apiSecret", "value": SECRET, "enabled": true}]});
    let (run, rep) = run_signed(&dir, &coll, &env);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 4);
    for r in &reqs[..3] {
        assert_eq!(verify_hex(r).status, 200, "{}", r.raw_str());
        assert_eq!(r.header("x-signature").map(str::len), Some(64));
    }
    assert_eq!(verify_hex(&reqs[3]).status, 401);
    assert_eq!(rep["run"]["stats"]["assertions"]["failed"], 0);
    assert_eq!(rep["run"]["stats"]["assertions"]["total"], 4);
}

#[test]
fn request_prerequest_signs_with_a_base64_hmac_through_environment_variables() {
    let srv = TestServer::start(verify_base64);
    let dir = workdir("signing-base64");
    let sign = r#"
const CryptoJS = require('crypto-js');
const ts = Math.floor(Date.now() / 1000).toString();
const key = CryptoJS.enc.Base64.parse(pm.environment.get('cbSecret'));
const body = pm.request.body ? pm.request.body.toString() : '';
const what = ts + pm.request.method.toUpperCase() + '/' + pm.request.url.path.join('/') + body;
pm.environment.set('cbTimestamp', ts);
pm.environment.set('cbSign', CryptoJS.enc.Base64.stringify(CryptoJS.HmacSHA256(what, key)));
"#;
    let headers = json!([
        {"key": "CB-ACCESS-KEY", "value": "{{cbKey}}"},
        {"key": "CB-ACCESS-TIMESTAMP", "value": "{{cbTimestamp}}"},
        {"key": "CB-ACCESS-SIGN", "value": "{{cbSign}}"},
        {"key": "Content-Type", "value": "application/json"}
    ]);
    let coll = collection(
        "payments",
        json!([
            {"name": "accounts", "event": [ev("prerequest", sign), expect_status(200)], "request": {
                "method": "GET", "url": srv.url("/v2/accounts?limit=5"), "header": headers}},
            {"name": "payment", "event": [ev("prerequest", sign), expect_status(200)], "request": {
                "method": "POST", "url": srv.url("/v2/payments"), "header": headers,
                "body": {"mode": "raw", "raw": "{\"amount\":\"10.00\",\"currency\":\"EUR\",\"ref\":\"inv-7\"}"}}}
        ]),
    );
    let env = json!({"name": "e", "values": [
        {"key": "cbSecret", "value": B64_SECRET, "enabled": true},
        {"key": "cbKey", "value": "key-id-1", "enabled": true}
    ]});
    let (run, rep) = run_signed(&dir, &coll, &env);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 2);
    for r in &reqs {
        assert_eq!(verify_base64(r).status, 200, "{}", r.raw_str());
        assert_eq!(r.header("cb-access-key"), Some("key-id-1"));
    }
    assert_eq!(rep["run"]["stats"]["assertions"]["failed"], 0);
}

#[test]
fn aes_encrypted_payload_made_in_a_script_is_what_the_server_receives() {
    // A body field encrypted with AES-256-CBC (key and iv from the environment) and its
    // SHA-256 digest in a header; the server decrypts nothing, it checks the digest and that
    // the ciphertext is the known encryption of the plaintext.
    let srv = TestServer::start(|req| {
        let digest = hex(&Sha256::digest(&req.body));
        if req.header("x-content-sha256") == Some(digest.as_str()) {
            Reply::json(200, "{}")
        } else {
            Reply::json(400, "{}")
        }
    });
    let dir = workdir("signing-aes");
    let coll = collection(
        "aes",
        json!([{"name": "secret", "event": [
            ev("prerequest", r#"
var key = CryptoJS.enc.Hex.parse(pm.environment.get('aesKey'));
var iv = CryptoJS.enc.Hex.parse(pm.environment.get('aesIv'));
var data = CryptoJS.AES.encrypt('card=4111111111111111', key, { iv: iv }).toString();
var body = JSON.stringify({ data: data });
pm.variables.set('payload', body);
pm.variables.set('digest', CryptoJS.SHA256(body).toString());
"#),
            expect_status(200)
        ], "request": {
            "method": "POST", "url": srv.url("/secure"),
            "header": [{"key": "X-Content-SHA256", "value": "{{digest}}"}],
            "body": {"mode": "raw", "raw": "{{payload}}"}}}]),
    );
    let env = json!({"name": "e", "values": [
        {"key": "aesKey", "value": "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4", "enabled": true},
        {"key": "aesIv", "value": "000102030405060708090a0b0c0d0e0f", "enabled": true}
    ]});
    let (run, _) = run_signed(&dir, &coll, &env);
    assert_eq!(run.code, 0, "{}", run.all_output());
    let body = srv.requests()[0].body_str();
    // crypto-js 3.3.0: AES-256-CBC/PKCS#7 of "card=4111111111111111" under this key and iv.
    assert_eq!(
        body,
        "{\"data\":\"li9vc5oJDVJypkBe6uLbz0+jR4T9ghdKx/zffsaDuFQ=\"}"
    );
}
