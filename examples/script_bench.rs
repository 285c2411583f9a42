//! Micro-benchmark of the script path: `cargo run --release --example script_bench [runs]`.

use std::time::{Duration, Instant};

use courier::http::{HttpClient, HttpOptions, Response};
use courier::runner::Scopes;
use courier::script::{Limits, Listen, ScriptEngine, ScriptInfo, ScriptInput, ScriptSource};
use courier::vars::VariableScope;
use serde_json::json;

const BODY: &str =
    r#"{"id":1,"name":"courier bench item","ok":true,"price":12.5,"tags":["a","b","c"],"n":null}"#;

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let mut engine = ScriptEngine::new(Limits {
            timeout: None,
            memory: 64 * 1024 * 1024,
        })
        .expect("engine");
        let client = HttpClient::new(HttpOptions::default(), cookie_store::CookieStore::default())
            .expect("client");
        let mut scopes = Scopes::default();
        let data = VariableScope::new();
        let request = json!({"method": "GET", "url": "http://127.0.0.1:8080/items/1",
            "header": [{"key": "Accept", "value": "application/json"}]});
        let response = Response {
            status: 200,
            reason: "OK".into(),
            headers: vec![
                ("content-type".into(), "application/json".into()),
                ("content-length".into(), BODY.len().to_string()),
            ],
            body: BODY.as_bytes().to_vec(),
            wire_size: BODY.len() as u64,
            body_size: BODY.len() as u64,
            truncated: false,
            elapsed: Duration::from_millis(1),
        };
        let mut start = Instant::now();
        let codes: Vec<String> = (1..=10)
            .map(|i| {
                if let Ok(t) = std::env::var("SCRIPT") {
                    return t.replace("{i}", &i.to_string());
                }
                format!(
                    "pm.test(\"item {i} ok\", function () {{\n    pm.expect(pm.response.code).to.equal(200);\n    pm.expect(pm.response.json().ok).to.be.true;\n}});\npm.environment.set(\"last_id_{i}\", pm.response.json().id);\n"
                )
            })
            .collect();
        for n in 0..(runs + 100) {
            if n == 100 {
                start = Instant::now();
            }
            let code = &codes[n % 10];
            let scripts = [ScriptSource {
                code,
                origin: "item".into(),
            }];
            let input = ScriptInput {
                listen: Listen::Test,
                request: &request,
                response: Some(&response),
                request_sent: None,
                data: &data,
                info: ScriptInfo {
                    event_name: String::new(),
                    iteration: n / 10,
                    iteration_count: runs / 10,
                    request_name: format!("item {}", n % 10),
                    request_id: format!("id-{}", n % 10),
                    location: vec![format!("item {}", n % 10)],
                },
                cookies: vec![],
            };
            let out = engine.run(&scripts, input, &mut scopes, &client).await;
            assert!(out.errors.is_empty(), "{:?}", out.errors);
            assert!(out.assertions.iter().all(|a| a.error.is_none()));
        }
        let per = start.elapsed().as_secs_f64() * 1e6 / runs as f64;
        println!("{per:.1} us/run over {runs} runs");
    });
}
