//! A driver for the script engine alone (no runner), shared by the script test binaries.

use std::time::Duration;

use courier::http::{HttpClient, HttpOptions, Response};
use courier::runner::Scopes;
use courier::script::{
    Limits, Listen, ScriptEngine, ScriptInfo, ScriptInput, ScriptOutput, ScriptSource,
};
use courier::vars::VariableScope;
use serde_json::{json, Value};

pub struct Harness {
    pub engine: ScriptEngine,
    pub scopes: Scopes,
    pub client: HttpClient,
    pub data: VariableScope,
    pub request: Value,
}

impl Harness {
    pub fn new() -> Self {
        Self::with_limits(Limits {
            timeout: Some(Duration::from_secs(5)),
            memory: 32 * 1024 * 1024,
        })
    }

    pub fn with_limits(limits: Limits) -> Self {
        Harness {
            engine: ScriptEngine::new(limits).expect("engine"),
            scopes: Scopes::default(),
            client: HttpClient::new(HttpOptions::default(), cookie_store::CookieStore::default())
                .expect("client"),
            data: VariableScope::new(),
            request: json!({
                "method": "GET",
                "url": {
                    "raw": "http://example.com/api/items?limit=10&page=2",
                    "protocol": "http",
                    "host": ["example", "com"],
                    "path": ["api", "items"],
                    "query": [{"key": "limit", "value": "10"}, {"key": "page", "value": "2"}]
                },
                "header": [{"key": "Accept", "value": "application/json"}]
            }),
        }
    }

    pub async fn run(
        &mut self,
        listen: Listen,
        codes: &[&str],
        response: Option<&Response>,
    ) -> ScriptOutput {
        let scripts: Vec<ScriptSource<'_>> = codes
            .iter()
            .enumerate()
            .map(|(i, code)| ScriptSource {
                code,
                origin: format!("script {i}"),
            })
            .collect();
        let input = ScriptInput {
            listen,
            request: &self.request,
            response,
            request_sent: None,
            data: &self.data,
            info: ScriptInfo {
                event_name: String::new(),
                iteration: 2,
                iteration_count: 5,
                request_name: "Get items".into(),
                request_id: "req-1".into(),
                location: vec!["Folder".into(), "Get items".into()],
            },
            cookies: vec![("session".into(), "s3cr3t".into())],
        };
        self.engine
            .run(&scripts, input, &mut self.scopes, &self.client)
            .await
    }

    pub async fn pre(&mut self, code: &str) -> ScriptOutput {
        self.run(Listen::Prerequest, &[code], None).await
    }

    pub async fn test(&mut self, code: &str) -> ScriptOutput {
        let r = json_response(200, r#"{"id":7,"name":"widget","tags":["a","b"]}"#);
        self.run(Listen::Test, &[code], Some(&r)).await
    }
}

pub fn json_response(status: u16, body: &str) -> Response {
    Response {
        status,
        reason: if status == 200 {
            "OK".into()
        } else {
            "Not Found".into()
        },
        headers: vec![
            (
                "content-type".into(),
                "application/json; charset=utf-8".into(),
            ),
            ("set-cookie".into(), "a=1".into()),
            ("set-cookie".into(), "b=2".into()),
        ],
        body: body.as_bytes().to_vec(),
        wire_size: body.len() as u64,
        body_size: body.len() as u64,
        truncated: false,
        elapsed: Duration::from_millis(42),
    }
}

/// (name, error) of every assertion.
pub fn results(out: &ScriptOutput) -> Vec<(String, Option<String>)> {
    out.assertions
        .iter()
        .map(|a| (a.name.clone(), a.error.clone()))
        .collect()
}

pub fn all_pass(out: &ScriptOutput) {
    assert!(out.errors.is_empty(), "errors: {:?}", out.errors);
    assert!(
        out.assertions.iter().all(|a| a.error.is_none()),
        "failed: {:?}",
        out.assertions
    );
}
