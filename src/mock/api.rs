//! Integration API handlers, under `/services/integration-api/v1` (all behind the bearer check):
//!
//! | Route | Answer |
//! |---|---|
//! | `GET /configurations?connectorType=…&…` | 200, the stored configurations matching the given keys |
//! | `PUT /configurations` (a ProcessorConfiguration) | 204; 400 when invalid |
//! | `DELETE /configurations?<all five keys>` | 204; 400 when a key is missing; 404 when none |
//! | `POST /synchronizationRuns?start=&test=` (an LDIF) | 200 `{"id"}`; 400 for an invalid LDIF |
//! | `POST /synchronizationRuns/withConfig` (`{input, processorConfiguration}`) | as above |
//! | `GET /synchronizationRuns` | 200 `[{id, status, description}]` in creation order |
//! | `POST /synchronizationRuns/{id}/start?test=` | 200, empty; 400 when already started |
//! | `POST /synchronizationRuns/{id}/stop` | 200, empty; 400 unless PENDING or IN_PROGRESS |
//! | `GET /synchronizationRuns/{id}/status` | `{id, status, description}` |
//! | `GET /synchronizationRuns/{id}/progress` | `SyncRunInboundProgressReport` |
//! | `GET /synchronizationRuns/{id}/stats` | the engine's stats, `{}` before |
//! | `GET /synchronizationRuns/{id}/results` | 200 LDIF, or 204 while there is none |
//! | `GET /synchronizationRuns/{id}/resultsUrl` | `{"url": …}`, null until results exist |
//! | `GET /synchronizationRuns/{id}/warnings?offset=&limit=` | a page of warnings |
//! | `POST /fastSynchronizationRuns[/withConfig]?test=` | `{status, warnings, stats, results}` |
//!
//! An unknown run id gets 404. Errors are `{"errors": [...]}`. Bodies that are not JSON get 400
//! with the parse error, bodies over `--max-body-size` get 413.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use serde_json::{json, Value};

use super::engine::{self, ProcessorConfig};
use super::runs::{self, Run};
use super::server::{empty, json_body, json_response, ApiError};
use super::state::{ConfigKey, Shared, StoredConfig};

type ApiResult = Result<Response, ApiError>;

fn query(uri: &Uri) -> Vec<(String, String)> {
    url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The last value of a query parameter.
fn param<'a>(q: &'a [(String, String)], name: &str) -> Option<&'a str> {
    q.iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn bool_param(q: &[(String, String)], name: &str) -> Result<Option<bool>, ApiError> {
    match param(q, name) {
        None => Ok(None),
        Some(v) if v.eq_ignore_ascii_case("true") || v == "1" => Ok(Some(true)),
        Some(v) if v.eq_ignore_ascii_case("false") || v == "0" || v.is_empty() => Ok(Some(false)),
        Some(v) => Err(ApiError::bad(format!(
            "Query parameter {name} must be true or false, not {v:?}"
        ))),
    }
}

fn unknown_run(id: &str) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        format!("Synchronization run {id} does not exist"),
    )
}

fn check_ldif(input: &Value) -> Result<(), ApiError> {
    engine::validate_ldif(input).map_err(|problems| ApiError {
        status: StatusCode::BAD_REQUEST,
        messages: problems
            .into_iter()
            .map(|p| format!("Invalid LDIF: {p}"))
            .collect(),
    })
}

/// Reads one run under the lock.
fn with_run<T>(shared: &Shared, id: &str, f: impl FnOnce(&Run) -> T) -> Result<T, ApiError> {
    shared.inner().run(id).map(f).ok_or_else(|| unknown_run(id))
}

fn ok_json(value: &Value) -> ApiResult {
    Ok(json_response(StatusCode::OK, value))
}

pub(crate) async fn get_configurations(State(shared): State<Arc<Shared>>, uri: Uri) -> ApiResult {
    let q = query(&uri);
    let wanted: Vec<(usize, &str)> = ConfigKey::NAMES
        .iter()
        .enumerate()
        .filter_map(|(i, name)| param(&q, name).map(|v| (i, v)))
        .collect();
    let list: Vec<Value> = shared
        .inner()
        .configs
        .iter()
        .filter(|c| {
            let values = c.key.values();
            wanted.iter().all(|(i, v)| values[*i] == *v)
        })
        .map(|c| c.raw.clone())
        .collect();
    ok_json(&Value::Array(list))
}

pub(crate) async fn put_configuration(
    State(shared): State<Arc<Shared>>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult {
    let raw = json_body(body)?;
    let config = StoredConfig::parse(raw)
        .map_err(|e| ApiError::bad(format!("Invalid processor configuration: {e}")))?;
    shared.inner().upsert_config(config);
    shared.persist_or_warn(shared.persist_configs());
    Ok(empty(StatusCode::NO_CONTENT))
}

pub(crate) async fn delete_configuration(State(shared): State<Arc<Shared>>, uri: Uri) -> ApiResult {
    let q = query(&uri);
    let missing: Vec<String> = ConfigKey::NAMES
        .iter()
        .filter(|name| param(&q, name).is_none_or(str::is_empty))
        .map(|name| format!("Query parameter {name} is required"))
        .collect();
    if !missing.is_empty() {
        return Err(ApiError {
            status: StatusCode::BAD_REQUEST,
            messages: missing,
        });
    }
    let wanted: Vec<&str> = ConfigKey::NAMES
        .iter()
        .filter_map(|name| param(&q, name))
        .collect();
    let removed = {
        let mut inner = shared.inner();
        let before = inner.configs.len();
        inner
            .configs
            .retain(|c| c.key.values().as_slice() != wanted.as_slice());
        before != inner.configs.len()
    };
    if !removed {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            format!("No processor configuration for {}", wanted.join("/")),
        ));
    }
    shared.persist_or_warn(shared.persist_configs());
    Ok(empty(StatusCode::NO_CONTENT))
}

/// Adds a run and starts it when asked; answers `{"id"}`.
fn add_run(
    shared: &Arc<Shared>,
    input: Value,
    config: Option<Value>,
    q: &[(String, String)],
) -> ApiResult {
    let start = bool_param(q, "start")?.unwrap_or(false);
    let test = bool_param(q, "test")?.unwrap_or(false);
    let id = {
        let mut inner = shared.inner();
        let seq = inner.next_seq;
        inner.next_seq += 1;
        let mut run = Run::new(seq, input, config, test);
        if start {
            // A new run is CREATED, so starting it cannot fail.
            let _ = run.start(None);
        }
        let id = run.id.clone();
        inner.runs.push(run);
        id
    };
    shared.persist_or_warn(shared.persist_new_run(&id));
    if start {
        runs::schedule(shared, id.clone());
    }
    ok_json(&json!({ "id": id }))
}

pub(crate) async fn create_run(
    State(shared): State<Arc<Shared>>,
    uri: Uri,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult {
    let q = query(&uri);
    bool_param(&q, "start")?;
    bool_param(&q, "test")?;
    let input = json_body(body)?;
    check_ldif(&input)?;
    add_run(&shared, input, None, &q)
}

/// Splits `{input, processorConfiguration}`; the configuration inherits the LDIF's connector
/// keys it does not name itself.
fn input_with_config(mut body: Value) -> Result<(Value, Value, ProcessorConfig), ApiError> {
    let Some(obj) = body.as_object_mut() else {
        return Err(ApiError::bad(
            "The body must be an object {\"input\": LDIF, \"processorConfiguration\": {...}}",
        ));
    };
    let input = obj.remove("input").unwrap_or(Value::Null);
    let mut config = obj.remove("processorConfiguration").unwrap_or(Value::Null);
    if input.is_null() {
        return Err(ApiError::bad("The body has no \"input\" LDIF"));
    }
    check_ldif(&input)?;
    let Some(config_obj) = config.as_object_mut() else {
        return Err(ApiError::bad(
            "The body has no \"processorConfiguration\" object",
        ));
    };
    for key in ConfigKey::NAMES {
        if let (None, Some(v)) = (config_obj.get(key), input.get(key)) {
            config_obj.insert(key.to_string(), v.clone());
        }
    }
    let parsed = ProcessorConfig::from_json(&config)
        .map_err(|e| ApiError::bad(format!("Invalid processor configuration: {e}")))?;
    Ok((input, config, parsed))
}

pub(crate) async fn create_run_with_config(
    State(shared): State<Arc<Shared>>,
    uri: Uri,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult {
    let q = query(&uri);
    bool_param(&q, "start")?;
    bool_param(&q, "test")?;
    let (input, config, _) = input_with_config(json_body(body)?)?;
    add_run(&shared, input, Some(config), &q)
}

pub(crate) async fn list_runs(State(shared): State<Arc<Shared>>) -> ApiResult {
    let list: Vec<Value> = shared.inner().runs.iter().map(Run::status_json).collect();
    ok_json(&Value::Array(list))
}

pub(crate) async fn start_run(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    uri: Uri,
) -> ApiResult {
    let test = bool_param(&query(&uri), "test")?;
    let started = match shared.inner().run_mut(&id) {
        None => return Err(unknown_run(&id)),
        Some(run) => run.start(test),
    };
    started.map_err(ApiError::bad)?;
    shared.persist_or_warn(shared.persist_run(&id));
    runs::schedule(&shared, id);
    Ok(empty(StatusCode::OK))
}

pub(crate) async fn stop_run(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
) -> ApiResult {
    let stopped = match shared.inner().run_mut(&id) {
        None => return Err(unknown_run(&id)),
        Some(run) => run.stop(),
    };
    stopped.map_err(ApiError::bad)?;
    shared.persist_or_warn(shared.persist_run(&id));
    Ok(empty(StatusCode::OK))
}

pub(crate) async fn run_status(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
) -> ApiResult {
    ok_json(&with_run(&shared, &id, Run::status_json)?)
}

pub(crate) async fn run_progress(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
) -> ApiResult {
    ok_json(&with_run(&shared, &id, Run::progress_json)?)
}

pub(crate) async fn run_stats(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
) -> ApiResult {
    ok_json(&with_run(&shared, &id, Run::stats_json)?)
}

pub(crate) async fn run_results(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
) -> ApiResult {
    match with_run(&shared, &id, |r| r.results.clone())? {
        Some(v) => ok_json(&v),
        None => Ok(empty(StatusCode::NO_CONTENT)),
    }
}

pub(crate) async fn run_results_url(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
) -> ApiResult {
    let base = &shared.base_url;
    let url = with_run(&shared, &id, |r| {
        r.results
            .as_ref()
            .map(|_| format!("{base}/services/integration-api/v1/synchronizationRuns/{id}/results"))
    })?;
    ok_json(&json!({ "url": url }))
}

/// `offset` (default 0, ≥ 0) and `limit` (default 100, 1–100), with `offset % limit == 0`.
fn paging(q: &[(String, String)]) -> Result<(usize, usize), ApiError> {
    let number = |name: &str, default: i64| -> Result<i64, ApiError> {
        match param(q, name) {
            None => Ok(default),
            Some(v) => v.trim().parse::<i64>().map_err(|_| {
                ApiError::bad(format!(
                    "Query parameter {name} must be an integer, not {v:?}"
                ))
            }),
        }
    };
    let offset = number("offset", 0)?;
    let limit = number("limit", 100)?;
    if offset < 0 {
        return Err(ApiError::bad(format!(
            "offset must be at least 0, not {offset}"
        )));
    }
    if !(1..=100).contains(&limit) {
        return Err(ApiError::bad(format!(
            "limit must be between 1 and 100, not {limit}"
        )));
    }
    if offset % limit != 0 {
        return Err(ApiError::bad(format!(
            "offset must be a multiple of limit (offset {offset}, limit {limit})"
        )));
    }
    let offset = usize::try_from(offset).unwrap_or(usize::MAX);
    let limit = usize::try_from(limit).unwrap_or(100);
    Ok((offset, limit))
}

pub(crate) async fn run_warnings(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    uri: Uri,
) -> ApiResult {
    // An unknown id is 404 before paging is looked at.
    with_run(&shared, &id, |_| ())?;
    let (offset, limit) = paging(&query(&uri))?;
    let page = with_run(&shared, &id, |r| {
        r.warnings
            .iter()
            .skip(offset)
            .take(limit)
            .cloned()
            .collect::<Vec<_>>()
    })?;
    ok_json(&Value::Array(page))
}

fn inbound_only(input: &Value) -> Result<(), ApiError> {
    if input.get("processingDirection").and_then(Value::as_str) == Some("outbound") {
        return Err(ApiError::bad("Fast runs support inbound processing only"));
    }
    Ok(())
}

pub(crate) async fn fast_run(
    State(shared): State<Arc<Shared>>,
    uri: Uri,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult {
    let test = bool_param(&query(&uri), "test")?.unwrap_or(false);
    let input = json_body(body)?;
    check_ldif(&input)?;
    inbound_only(&input)?;
    ok_json(&runs::process_now(&shared, input, None, test).await)
}

pub(crate) async fn fast_run_with_config(
    State(shared): State<Arc<Shared>>,
    uri: Uri,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult {
    let test = bool_param(&query(&uri), "test")?.unwrap_or(false);
    let (input, _, config) = input_with_config(json_body(body)?)?;
    inbound_only(&input)?;
    ok_json(&runs::process_now(&shared, input, Some(vec![config]), test).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn paging_rules() {
        assert_eq!(paging(&q(&[])).ok(), Some((0, 100)));
        assert_eq!(paging(&q(&[("offset", "200")])).ok(), Some((200, 100)));
        assert_eq!(
            paging(&q(&[("offset", "20"), ("limit", "10")])).ok(),
            Some((20, 10))
        );
        for bad in [
            q(&[("offset", "-1")]),
            q(&[("limit", "0")]),
            q(&[("limit", "101")]),
            q(&[("offset", "5"), ("limit", "10")]),
            q(&[("offset", "x")]),
        ] {
            assert!(paging(&bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn bool_params() {
        assert_eq!(
            bool_param(&q(&[("start", "TRUE")]), "start").ok(),
            Some(Some(true))
        );
        assert_eq!(bool_param(&q(&[]), "start").ok(), Some(None));
        assert!(bool_param(&q(&[("start", "yes")]), "start").is_err());
    }
}
