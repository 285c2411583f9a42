//! The processing engine of `courier mock leanix` (no HTTP): it validates an LDIF, binds it to
//! the matching processor configurations and runs their inbound processors over it against
//! an emulated [`Workspace`], producing an [`Outcome`] shaped like the real Integration API's
//! `/status`, `/warnings`, `/stats`, `/progress` and `/results` answers.
//!
//! Semantics follow the documented Integration API: processors run level by level in
//! ascending `run` order; filters (`type`/`id` regexes, `exactType`, `advanced`) pick the
//! content; `forEach` iterates lists and maps; `variables` collected in one level are read
//! back as `${variables.x}` in later ones; expressions are a JUEL subset (`expr.rs`,
//! `eval.rs`, `methods.rs`) followed by `regexMatch`/`regexReplace`. Bad data never fails a
//! run: it becomes a [`Warning`] and the run FINISHES. Only an invalid LDIF or one that no
//! configuration matches ends FAILED.
//!
//! Modules: `config` (configurations and binding), `ldif` (validation), `model` (the fixed
//! data model), `workspace` (the stored data and its JSON views), `template`/`expr`/`eval`/
//! `methods`/`value` (expressions), `run` (run state), `procs` (levels, filters, forEach,
//! variables), `updates`, `target` (identifiers), `factsheet`, `relation`, `tag`, `deletion`.

mod config;
mod deletion;
mod eval;
mod expr;
mod factsheet;
mod ldif;
mod methods;
mod model;
mod procs;
mod relation;
mod run;
mod tag;
mod target;
mod template;
mod updates;
mod value;
mod workspace;

#[cfg(test)]
mod tests;

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

pub use config::ProcessorConfig;
pub use ldif::validate_ldif;
pub use workspace::{
    FactSheet, LifecyclePhase, Relation, Tag, TagGroup, Workspace, ACTIVE, ARCHIVED,
};

use config::LdifKeys;
use eval::Ctx;
use run::{Env, State, ERROR, WARN};
use template::Evaluator;

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RunStatus {
    Finished,
    Failed,
}

impl RunStatus {
    /// `FINISHED` or `FAILED`.
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Finished => "FINISHED",
            RunStatus::Failed => "FAILED",
        }
    }
}

/// The processor a warning is about (`index`: its position in the configuration's
/// `processors`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WarningProcessor {
    pub name: Option<String>,
    pub index: usize,
}

/// A warning in the real API's shape: `{processor: {name, index}, content, message, detail,
/// category, status}`; `processor` and `content` are null when not about one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub processor: Option<WarningProcessor>,
    /// The LDIF content id.
    pub content: Option<String>,
    pub message: String,
    /// For expression failures: the expression.
    pub detail: Option<String>,
    /// `LDIF`, `CONFIGURATION`, `CONTENT`, `EXPRESSION`, `DATA_MODEL`, `FACT_SHEET`,
    /// `RELATION`, `TAG`, `DELETION` or `RUN`.
    pub category: String,
    /// `WARNING` (bad data) or `ERROR` (bad configuration or input).
    pub status: String,
}

/// The outcome of processing one LDIF.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub status: RunStatus,
    pub warnings: Vec<Warning>,
    /// The `/stats` shape: `statusChanges` (left empty for the server to fill),
    /// `processorStatistics`, `singleRunLevelStatistics`, `deletedObjects`,
    /// `totalBlockingTime`.
    pub stats: Value,
    /// The result LDIF: from `writeToLdif` processors, or the export of an outbound run.
    pub results: Option<Value>,
    /// The `/progress` shape (`SyncRunInboundProgressReport`) at the end of the run.
    pub progress: Value,
    /// The fast run's `stats` shape: `{duration, processedContentCount, processorCount}`.
    pub fast_stats: Value,
}

impl Outcome {
    /// The `/fastSynchronizationRuns` answer: `{status, warnings, stats, results}`.
    pub fn fast_run_response(&self) -> Value {
        json!({
            "status": self.status.as_str(),
            "warnings": self.warnings,
            "stats": self.fast_stats,
            "results": self.results,
        })
    }
}

/// A `/progress` answer with no counts yet, for runs that have not been processed.
pub fn progress_report(status: &str) -> Value {
    json!({
        "processedContentCount": 0, "errorCount": 0, "graphQLRequestCount": 0,
        "runLevelIndex": 0, "status": status, "contentsCount": 0, "warningsCount": 0,
        "itemsInScopeCount": 0,
    })
}

/// ISO-8601 duration as the real API prints it (`PT0.067352728S`).
fn iso_duration(d: Duration) -> String {
    let frac = format!("{:09}", d.subsec_nanos());
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("PT{}S", d.as_secs())
    } else {
        format!("PT{}.{frac}S", d.as_secs())
    }
}

fn run_warning(category: &str, message: String) -> Warning {
    Warning {
        processor: None,
        content: None,
        message,
        detail: None,
        category: category.into(),
        status: ERROR.into(),
    }
}

fn failed(warnings: Vec<Warning>, started: Instant) -> Outcome {
    let errors = warnings.len();
    let mut progress = progress_report("FAILED");
    progress["errorCount"] = json!(errors);
    progress["warningsCount"] = json!(errors);
    Outcome {
        status: RunStatus::Failed,
        warnings,
        stats: json!({
            "statusChanges": [], "processorStatistics": [], "singleRunLevelStatistics": [],
            "deletedObjects": [], "totalBlockingTime": "PT0S",
        }),
        results: None,
        progress,
        fast_stats: json!({"duration": iso_duration(started.elapsed()), "processedContentCount": 0, "processorCount": 0}),
    }
}

/// Runs the processors of the configuration(s) matching the LDIF (by connector keys and
/// direction; see [`ProcessorConfig`]). `test = true` computes everything but leaves the
/// workspace unchanged. An invalid LDIF, or one no configuration matches, ends FAILED with
/// warnings that explain why.
pub fn process(
    ldif: &Value,
    configs: &[ProcessorConfig],
    workspace: &mut Workspace,
    test: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Outcome {
    let started = Instant::now();
    if let Err(errors) = validate_ldif(ldif) {
        let warnings = errors
            .into_iter()
            .map(|e| run_warning("LDIF", format!("Invalid LDIF: {e}")))
            .collect();
        return failed(warnings, started);
    }
    let keys = LdifKeys::of(ldif);
    let bound = config::select(configs, &keys);
    if bound.is_empty() {
        let msg = format!("No processor configuration exists for {}", keys.label());
        return failed(vec![run_warning("CONFIGURATION", msg)], started);
    }
    let contents: &[Value] = ldif
        .get("content")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice);
    let env = Env {
        ev: Evaluator::default(),
        ldif,
        now_text: now.format("%Y-%m-%dT%H:%M:%S%.3f").to_string(),
        stamp: now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        max_content_index: i64::try_from(contents.len()).unwrap_or(i64::MAX) - 1,
    };
    if keys.processing_direction == "outbound" {
        return outbound(&env, &bound, workspace, &keys, started);
    }
    let mut config_warnings = Vec::new();
    let procs = procs::read_processors(&env, &bound, &mut config_warnings);
    let mut st = State::new(workspace.clone(), procs.len());
    st.warnings = config_warnings;
    let mut defaults = Map::new();
    for c in &bound {
        defaults.extend(c.variables.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    let mut vars = Value::Object(defaults);
    let (levels, matched) = procs::run_levels(&env, &mut st, &procs, contents, &mut vars);
    for (content, hit) in contents.iter().zip(&matched) {
        if !hit {
            let text = |k: &str| {
                content
                    .get(k)
                    .and_then(|v| value::to_text(v).ok())
                    .unwrap_or_default()
            };
            let (ctype, cid) = (text("type"), text("id"));
            let msg = format!("No processor matched the content of type '{ctype}' with id '{cid}'; it was not processed");
            st.warn(None, Some(&cid), "CONTENT", WARN, msg, None);
        }
    }
    if keys.processing_mode == "full" {
        let ctx = Ctx {
            header: ldif,
            variables: &vars,
            ..Ctx::empty(&env.now_text)
        };
        for c in &bound {
            if let Some(scope) = &c.deletion_scope {
                deletion::apply(&env, &mut st, scope, &ctx);
            }
        }
    }
    if st.suppressed > 0 {
        let n = st.suppressed;
        st.warnings.push(run_warning(
            "RUN",
            format!("{n} more warnings were not recorded"),
        ));
    }
    let writes_ldif = procs.iter().any(|p| p.kind == procs::Kind::WriteToLdif);
    let results =
        writes_ldif.then(|| result_ldif(&env, &bound, &keys, std::mem::take(&mut st.results)));
    let stats = json!({
        "statusChanges": [],
        "processorStatistics": procs.iter().map(|p| {
            let s = &st.proc_stats[p.ordinal];
            json!({
                "processorIndex": p.index, "processorName": p.name,
                "processingTotalDuration": iso_duration(s.time), "processingNetworkDuration": "PT0S",
                "processedContentCount": s.processed, "graphQLRequestCount": s.requests,
                "errorCount": s.errors,
            })
        }).collect::<Vec<_>>(),
        "singleRunLevelStatistics": levels.iter().enumerate().map(|(i, l)| json!({
            "singleRunIndex": i, "run": l.run, "totalTime": iso_duration(l.time), "prefetchTime": "PT0S",
            "processTime": iso_duration(l.time), "processedContentCount": l.processed, "errorCount": l.errors,
        })).collect::<Vec<_>>(),
        "deletedObjects": st.deleted,
        "totalBlockingTime": "PT0S",
    });
    let errors = st.warnings.iter().filter(|w| w.status == ERROR).count();
    let contents_count = results
        .as_ref()
        .and_then(|r| r.get("content"))
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let progress = json!({
        "processedContentCount": contents.len(), "errorCount": errors,
        "graphQLRequestCount": st.mutations, "runLevelIndex": levels.len().saturating_sub(1),
        "status": "FINISHED", "contentsCount": contents_count, "warningsCount": st.warnings.len(),
        "itemsInScopeCount": 0,
    });
    let fast_stats = json!({
        "duration": iso_duration(started.elapsed()),
        "processedContentCount": contents.len(),
        "processorCount": procs.len(),
    });
    let warnings = std::mem::take(&mut st.warnings);
    if !test {
        *workspace = st.ws;
    }
    Outcome {
        status: RunStatus::Finished,
        warnings,
        stats,
        results,
        progress,
        fast_stats,
    }
}

/// The header of a result LDIF: the input's keys, overridden by the configuration's
/// `targetLdif.ldifKeys` (`[{key, value}]`, values may be expressions).
fn result_ldif(
    env: &Env<'_>,
    bound: &[&ProcessorConfig],
    keys: &LdifKeys,
    content: Vec<Value>,
) -> Value {
    let mut m = Map::new();
    m.insert("connectorType".into(), json!(keys.connector_type));
    m.insert("connectorId".into(), json!(keys.connector_id));
    m.insert("connectorVersion".into(), json!(keys.connector_version));
    m.insert(
        "lxVersion".into(),
        env.ldif.get("lxVersion").cloned().unwrap_or(json!("1.0.0")),
    );
    m.insert(
        "processingDirection".into(),
        json!(keys.processing_direction),
    );
    m.insert("processingMode".into(), json!(keys.processing_mode));
    let ctx = Ctx {
        header: env.ldif,
        ..Ctx::empty(&env.now_text)
    };
    let pairs = bound
        .iter()
        .filter_map(|c| c.raw.get("targetLdif")?.get("ldifKeys")?.as_array())
        .flatten();
    for kv in pairs {
        if let (Some(k), Some(v)) = (
            kv.get("key").and_then(Value::as_str),
            kv.get("value").and_then(Value::as_str),
        ) {
            if let Ok(val) = env
                .ev
                .eval_template(v, &ctx)
                .and_then(|x| x.into_owned().map_err(template::ExprError::Eval))
            {
                m.insert(k.to_string(), val);
            }
        }
    }
    m.insert("content".into(), Value::Array(content));
    Value::Object(m)
}

/// An outbound run: exports the live fact sheets whose type an `outboundFactSheet`
/// processor's filter accepts (all of them without such processors) as the result LDIF.
fn outbound(
    env: &Env<'_>,
    bound: &[&ProcessorConfig],
    ws: &Workspace,
    keys: &LdifKeys,
    started: Instant,
) -> Outcome {
    let mut warnings = Vec::new();
    let mut filters: Vec<Option<&Map<String, Value>>> = Vec::new();
    for c in bound {
        for p in &c.processors {
            if p.get("enabled").and_then(Value::as_bool) == Some(false) {
                continue;
            }
            match p.get("processorType").and_then(Value::as_str) {
                Some("outboundFactSheet") => {
                    filters.push(p.get("filter").and_then(Value::as_object))
                }
                other => warnings.push(run_warning(
                    "CONFIGURATION",
                    format!(
                        "Processor type '{}' is not emulated in outbound runs",
                        other.unwrap_or("")
                    ),
                )),
            }
        }
    }
    let accepts = |t: &str| {
        filters.is_empty()
            || filters.iter().any(|f| match f {
                None => true,
                Some(f) => {
                    f.get("exactType")
                        .and_then(Value::as_str)
                        .is_none_or(|e| e == t)
                        && f.get("type")
                            .and_then(Value::as_str)
                            .is_none_or(|r| env.ev.full_match(r, t).unwrap_or(false))
                }
            })
    };
    let content: Vec<Value> = ws
        .fact_sheets
        .iter()
        .filter(|fs| fs.is_active() && accepts(&fs.fs_type))
        .map(|fs| json!({"type": fs.fs_type, "id": fs.id, "data": ws.fact_sheet_json(fs)}))
        .collect();
    let count = content.len();
    let results = result_ldif(env, bound, keys, content);
    let mut progress = progress_report("FINISHED");
    progress["contentsCount"] = json!(count);
    progress["itemsInScopeCount"] = json!(count);
    progress["warningsCount"] = json!(warnings.len());
    Outcome {
        status: RunStatus::Finished,
        warnings,
        stats: json!({
            "statusChanges": [], "processorStatistics": [], "singleRunLevelStatistics": [],
            "deletedObjects": [], "totalBlockingTime": "PT0S",
        }),
        results: Some(results),
        progress,
        fast_stats: json!({"duration": iso_duration(started.elapsed()), "processedContentCount": 0, "processorCount": filters.len()}),
    }
}
