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

impl Harness {
    /// Evaluates each JavaScript snippet (with direct `eval`, so `pm`, `require` and the legacy
    /// globals are in scope) in one prerequest script, in order, and returns each value as
    /// JSON (`undefined` as `null`), or `Err(message)` when the snippet throws.
    pub async fn eval_each(&mut self, codes: &[String]) -> Vec<Result<Value, String>> {
        let script = format!(
            "var __codes = {};\n\
             var __out = __codes.map(function (__c) {{\n\
               try {{\n\
                 var __v = eval(__c);\n\
                 var __j = JSON.stringify(__v === undefined ? null : __v);\n\
                 return [true, __j === undefined ? null : JSON.parse(__j)];\n\
               }} catch (e) {{\n\
                 return [false, String(e && e.message !== undefined ? e.message : e)];\n\
               }}\n\
             }});\n\
             pm.environment.set('__eval', JSON.stringify(__out));",
            serde_json::to_string(codes).expect("codes")
        );
        let out = self.pre(&script).await;
        assert!(out.errors.is_empty(), "script errors: {:?}", out.errors);
        let text = self
            .scopes
            .environment
            .get_value("__eval")
            .and_then(|v| v.as_str().map(str::to_string))
            .expect("the script stored its results");
        let rows: Vec<(bool, Value)> = serde_json::from_str(&text).expect("results");
        rows.into_iter()
            .map(|(ok, v)| {
                if ok {
                    Ok(v)
                } else {
                    Err(v.as_str().unwrap_or_default().to_string())
                }
            })
            .collect()
    }
}

/// A vector file's entries: `[{ "code": "...", "result": <json> }]` or
/// `[{ "code": "...", "throws": "message" }]`.
#[derive(serde::Deserialize)]
pub struct Vector {
    pub code: String,
    #[serde(default)]
    pub result: Option<Value>,
    #[serde(default)]
    pub throws: Option<String>,
}

/// The vectors of `tests/vectors/{file}`.
pub fn load_vectors(file: &str) -> Vec<Vector> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/vectors")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("vector file");
    let vectors: Vec<Vector> = serde_json::from_str(&text).expect("vector json");
    assert!(!vectors.is_empty(), "no vectors in {file}");
    vectors
}

/// Runs every vector of `tests/vectors/{file}` and fails listing each mismatch.
pub async fn check_vectors(file: &str) {
    run_vectors(file, &mut Harness::new(), usize::MAX, str::to_string).await;
}

/// [`check_vectors`] with each vector's code passed through `wrap` first.
pub async fn check_vectors_with(file: &str, wrap: impl Fn(&str) -> String) {
    run_vectors(file, &mut Harness::new(), usize::MAX, wrap).await;
}

/// [`check_vectors`] in slices of `slice` vectors, each its own script (in order, on one
/// engine), so every script stays well inside the time limit on a slow, busy machine.
pub async fn check_vectors_in_slices(file: &str, slice: usize) {
    run_vectors(file, &mut Harness::new(), slice, str::to_string).await;
}

/// Runs the vectors of `file` on `h`, `slice` per script, each code passed through `wrap`.
pub async fn run_vectors(file: &str, h: &mut Harness, slice: usize, wrap: impl Fn(&str) -> String) {
    let vectors = load_vectors(file);
    let mut bad = Vec::new();
    for part in vectors.chunks(slice.max(1)) {
        let codes: Vec<String> = part.iter().map(|v| wrap(&v.code)).collect();
        let got = h.eval_each(&codes).await;
        for (v, g) in part.iter().zip(got) {
            let ok = match (&g, &v.throws) {
                (Err(msg), Some(want)) => msg == want,
                (Ok(val), None) => Some(val) == v.result.as_ref().or(Some(&Value::Null)),
                _ => false,
            };
            if !ok {
                bad.push(format!(
                    "  {}\n    want {}\n    got  {:?}",
                    v.code,
                    match &v.throws {
                        Some(t) => format!("throws {t:?}"),
                        None => v.result.clone().unwrap_or(Value::Null).to_string(),
                    },
                    g
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} vectors in {file} differ:\n{}",
        bad.len(),
        vectors.len(),
        bad.join("\n")
    );
}
