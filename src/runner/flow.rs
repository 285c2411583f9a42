//! Flow rules that chain requests: captures (a value from a response becomes a variable and
//! binds the `:name` path variable of later requests), polling (repeat a request until a
//! condition on its response holds) and body files. Declared per request name in a run
//! profile; checked against the collection before the run starts.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value;

use crate::http::Response;

/// Where a value is read from in a response.
#[derive(Debug, Clone)]
pub enum Extractor {
    /// A JSONPath query (RFC 9535) on the JSON body; the first match is taken.
    JsonPath(Box<serde_json_path::JsonPath>, String),
    /// A response header (case-insensitive).
    Header(String),
    /// The status code.
    Status,
    /// A regular expression on the body: the first capture group, or the whole match.
    Regex(Box<regex::Regex>),
}

impl Extractor {
    /// Parses `$.a.b`, `header NAME`, `status` or `regex PATTERN`.
    pub fn parse(expr: &str) -> Result<Self, String> {
        let e = expr.trim();
        if e.starts_with('$') {
            let path = serde_json_path::JsonPath::parse(e)
                .map_err(|err| format!("invalid JSONPath {e:?}: {err}"))?;
            return Ok(Extractor::JsonPath(Box::new(path), e.to_string()));
        }
        if e == "status" {
            return Ok(Extractor::Status);
        }
        if let Some(h) = e.strip_prefix("header ") {
            let h = h.trim();
            if !h.is_empty() {
                return Ok(Extractor::Header(h.to_string()));
            }
        }
        if let Some(r) = e.strip_prefix("regex ") {
            let re =
                regex::Regex::new(r.trim()).map_err(|err| format!("invalid regex {r:?}: {err}"))?;
            return Ok(Extractor::Regex(Box::new(re)));
        }
        Err(format!(
            "invalid capture {e:?}: expected a JSONPath ($.field), `header NAME`, `status` or `regex PATTERN`"
        ))
    }

    /// The value in `resp`, as text.
    pub fn extract(&self, resp: &Response) -> Result<String, String> {
        match self {
            Extractor::Status => Ok(resp.status.to_string()),
            Extractor::Header(h) => resp
                .header(h)
                .map(str::to_string)
                .ok_or_else(|| format!("the response has no {h} header")),
            Extractor::Regex(re) => {
                let body = String::from_utf8_lossy(&resp.body);
                let caps = re
                    .captures(&body)
                    .ok_or_else(|| format!("regex {} does not match the body", re.as_str()))?;
                let m = caps
                    .get(1)
                    .or_else(|| caps.get(0))
                    .map(|m| m.as_str().to_string());
                m.ok_or_else(|| format!("regex {} does not match the body", re.as_str()))
            }
            Extractor::JsonPath(path, src) => {
                let json: Value = serde_json::from_slice(&resp.body)
                    .map_err(|e| format!("the body is not JSON ({e}), so {src} cannot be read"))?;
                let nodes = path.query(&json).all();
                match nodes.first() {
                    Some(Value::String(s)) => Ok(s.clone()),
                    Some(Value::Null) | None => Err(format!("{src} matches nothing in the body")),
                    Some(other) => Ok(other.to_string()),
                }
            }
        }
    }

    /// How the extractor was written, for messages.
    pub fn describe(&self) -> String {
        match self {
            Extractor::JsonPath(_, s) => s.clone(),
            Extractor::Header(h) => format!("header {h}"),
            Extractor::Status => "status".into(),
            Extractor::Regex(r) => format!("regex {}", r.as_str()),
        }
    }
}

/// Repeat a request until `until` reads one of `done` (success) or `fail` (failure).
#[derive(Debug, Clone)]
pub struct Poll {
    pub until: Extractor,
    pub done: Vec<String>,
    pub fail: Vec<String>,
    pub interval: Duration,
    pub max_attempts: Option<u32>,
    pub max_time: Option<Duration>,
}

/// Rules for one request.
#[derive(Debug, Clone, Default)]
pub struct ItemRule {
    pub captures: Vec<(String, Extractor)>,
    pub poll: Option<Poll>,
    pub body_file: Option<PathBuf>,
    /// Show the response body in the console.
    pub print_body: bool,
}

/// Rules by request name.
#[derive(Debug, Clone, Default)]
pub struct FlowRules {
    pub by_name: HashMap<String, ItemRule>,
}

impl FlowRules {
    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }

    pub fn get(&self, name: &str) -> Option<&ItemRule> {
        self.by_name.get(name)
    }

    /// Refuses rules for request names that the collection does not have.
    pub fn check_names<'a>(&self, names: impl IntoIterator<Item = &'a str>) -> Result<(), String> {
        let known: Vec<&str> = names.into_iter().collect();
        let mut unknown: Vec<&String> = self
            .by_name
            .keys()
            .filter(|n| !known.contains(&n.as_str()))
            .collect();
        unknown.sort();
        match unknown.first() {
            None => Ok(()),
            Some(n) => Err(format!(
                "the profile has rules for request {n:?}, which is not in the collection; requests are: {}",
                known.iter().map(|k| format!("{k:?}")).collect::<Vec<_>>().join(", ")
            )),
        }
    }
}

/// The outcome of checking a poll condition on one response.
#[derive(Debug, PartialEq, Eq)]
pub enum PollState {
    Done(String),
    Failed(String),
    Pending(String),
}

impl Poll {
    pub fn check(&self, resp: &Response) -> PollState {
        match self.until.extract(resp) {
            Ok(v) if self.fail.contains(&v) => PollState::Failed(v),
            Ok(v) if self.done.contains(&v) => PollState::Done(v),
            Ok(v) => PollState::Pending(v),
            Err(e) => PollState::Pending(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(status: u16, body: &str) -> Response {
        Response {
            status,
            headers: vec![("location".into(), "/runs/7".into())],
            body: body.as_bytes().to_vec(),
            ..Default::default()
        }
    }

    #[test]
    fn captures_read_json_headers_status_and_regex() {
        let r = resp(201, r#"{"id":"abc","n":3,"items":[{"k":"v"}]}"#);
        let get = |e: &str| Extractor::parse(e).and_then(|x| x.extract(&r));
        assert_eq!(get("$.id"), Ok("abc".into()));
        assert_eq!(get("$.n"), Ok("3".into()));
        assert_eq!(get("$.items[0].k"), Ok("v".into()));
        assert_eq!(get("header Location"), Ok("/runs/7".into()));
        assert_eq!(get("status"), Ok("201".into()));
        assert_eq!(get("regex \"id\":\"(\\w+)\""), Ok("abc".into()));
    }

    #[test]
    fn failed_captures_explain_why() {
        let r = resp(200, "not json");
        let e = Extractor::parse("$.id")
            .and_then(|x| x.extract(&r))
            .expect_err("not json");
        assert!(e.contains("not JSON"), "{e}");
        let r = resp(200, "{}");
        let e = Extractor::parse("$.id")
            .and_then(|x| x.extract(&r))
            .expect_err("missing");
        assert!(e.contains("matches nothing"), "{e}");
        assert!(Extractor::parse("jsonpath id").is_err());
    }

    #[test]
    fn poll_states() {
        let p = Poll {
            until: Extractor::parse("$.status").expect("path"),
            done: vec!["FINISHED".into()],
            fail: vec!["FAILED".into()],
            interval: Duration::ZERO,
            max_attempts: None,
            max_time: None,
        };
        assert_eq!(
            p.check(&resp(200, r#"{"status":"FINISHED"}"#)),
            PollState::Done("FINISHED".into())
        );
        assert_eq!(
            p.check(&resp(200, r#"{"status":"FAILED"}"#)),
            PollState::Failed("FAILED".into())
        );
        assert_eq!(
            p.check(&resp(200, r#"{"status":"PENDING"}"#)),
            PollState::Pending("PENDING".into())
        );
    }
}
