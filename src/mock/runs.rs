//! Synchronization runs and their lifecycle:
//! CREATED → (start) PENDING → IN_PROGRESS → FINISHED | FAILED, or STOPPED from PENDING or
//! IN_PROGRESS.
//!
//! A started run waits half of `--processing-delay` as PENDING, then takes its turn (runs are
//! processed one at a time, so two runs never write the workspace at once), becomes IN_PROGRESS,
//! is processed by the engine on a blocking thread against a copy of the workspace, waits the
//! other half, and only then commits: its status, warnings, stats, results and (unless it is a
//! test run) the new workspace. A run stopped in between commits nothing. Locks are held only
//! for the short, synchronous steps, so clients can poll at any time.

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::engine::{self, ProcessorConfig, RunStatus};
use super::state::{Inner, Shared};

/// How long the engine may take on one run before the run is FAILED (its thread is left to
/// finish on its own; its result is dropped), so a pathological input cannot block the queue.
const PROCESSING_TIMEOUT: Duration = Duration::from_secs(120);

/// Runs the engine on a blocking thread, bounded by [`PROCESSING_TIMEOUT`].
async fn run_engine(
    input: Arc<Value>,
    configs: Vec<ProcessorConfig>,
    mut workspace: engine::Workspace,
    test: bool,
) -> Result<(engine::Outcome, engine::Workspace), String> {
    let work = move || {
        let outcome = engine::process(&input, &configs, &mut workspace, test, chrono::Utc::now());
        (outcome, workspace)
    };
    match tokio::time::timeout(PROCESSING_TIMEOUT, tokio::task::spawn_blocking(work)).await {
        Ok(Ok(done)) => Ok(done),
        Ok(Err(e)) => Err(format!("internal error while processing the run: {e}")),
        Err(_) => Err(format!(
            "processing took longer than {} s and was abandoned",
            PROCESSING_TIMEOUT.as_secs()
        )),
    }
}

/// A run's status, as the API spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub(crate) enum Status {
    Created,
    Sequentialized,
    Pending,
    InProgress,
    Finished,
    Stopped,
    Failed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Created => "CREATED",
            Status::Sequentialized => "SEQUENTIALIZED",
            Status::Pending => "PENDING",
            Status::InProgress => "IN_PROGRESS",
            Status::Finished => "FINISHED",
            Status::Stopped => "STOPPED",
            Status::Failed => "FAILED",
        }
    }

    /// Queued or being processed: a restart picks these up again.
    pub fn is_active(self) -> bool {
        matches!(
            self,
            Status::Sequentialized | Status::Pending | Status::InProgress
        )
    }
}

/// One run. The input LDIF is persisted in its own file, once, so it is skipped here.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Run {
    pub id: String,
    pub seq: u64,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub test: bool,
    pub created_at: String,
    #[serde(default)]
    pub started_at: Option<String>,
    #[serde(default)]
    pub finished_at: Option<String>,
    /// The configuration given with `/withConfig`; `None` means the stored configurations.
    #[serde(default)]
    pub processor_configuration: Option<Value>,
    #[serde(default)]
    pub contents_count: usize,
    /// `[{status, timestamp}]`, shown as the `statusChanges` of `/stats`.
    #[serde(default)]
    pub status_changes: Vec<Value>,
    #[serde(default)]
    pub warnings: Vec<Value>,
    #[serde(default)]
    pub stats: Option<Value>,
    #[serde(default)]
    pub results: Option<Value>,
    #[serde(default)]
    pub progress: Option<Value>,
    #[serde(skip)]
    pub input: Arc<Value>,
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Run {
    /// A new CREATED run for a validated LDIF.
    pub fn new(seq: u64, input: Value, config: Option<Value>, test: bool) -> Self {
        let description = input
            .get("description")
            .and_then(Value::as_str)
            .map(String::from);
        let contents_count = input
            .get("content")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let created_at = now();
        Run {
            id: uuid::Uuid::new_v4().to_string(),
            seq,
            status: Status::Created,
            description,
            test,
            status_changes: vec![json!({"status": "CREATED", "timestamp": created_at})],
            created_at,
            started_at: None,
            finished_at: None,
            processor_configuration: config,
            contents_count,
            warnings: Vec::new(),
            stats: None,
            results: None,
            progress: None,
            input: Arc::new(input),
        }
    }

    /// Moves to `status`, noting the change.
    pub fn set_status(&mut self, status: Status) {
        self.status = status;
        self.status_changes
            .push(json!({"status": status.as_str(), "timestamp": now()}));
    }

    /// `StatusResponse {id, status, description}`.
    pub fn status_json(&self) -> Value {
        let mut v = json!({"id": self.id, "status": self.status.as_str()});
        if let (Some(d), Some(o)) = (&self.description, v.as_object_mut()) {
            o.insert("description".into(), Value::String(d.clone()));
        }
        v
    }

    /// `SyncRunInboundProgressReport`, with the current status.
    pub fn progress_json(&self) -> Value {
        let mut p = self.progress.clone().unwrap_or_else(|| {
            json!({
                "processedContentCount": 0,
                "errorCount": 0,
                "graphQLRequestCount": 0,
                "runLevelIndex": 0,
                "contentsCount": self.contents_count,
                "warningsCount": self.warnings.len(),
                "itemsInScopeCount": 0,
            })
        });
        match p.as_object_mut() {
            Some(o) => {
                o.insert("status".into(), Value::String(self.status.as_str().into()));
            }
            None => p = json!({"status": self.status.as_str(), "engine": p}),
        }
        p
    }

    /// The stats object (the engine's once processed), with the run's `statusChanges`.
    pub fn stats_json(&self) -> Value {
        let mut stats = match &self.stats {
            Some(Value::Object(m)) => Value::Object(m.clone()),
            Some(Value::Null) | None => json!({}),
            Some(other) => json!({ "engine": other }),
        };
        if let Some(m) = stats.as_object_mut() {
            m.insert(
                "statusChanges".into(),
                Value::Array(self.status_changes.clone()),
            );
        }
        stats
    }

    /// CREATED → PENDING. `test` (from `/start?test=`) overrides the flag given at creation.
    pub fn start(&mut self, test: Option<bool>) -> Result<(), String> {
        if self.status != Status::Created {
            return Err(format!(
                "Synchronization run {} was already started (status {})",
                self.id,
                self.status.as_str()
            ));
        }
        if let Some(t) = test {
            self.test = t;
        }
        self.set_status(Status::Pending);
        self.started_at = Some(now());
        Ok(())
    }

    /// PENDING | IN_PROGRESS → STOPPED.
    pub fn stop(&mut self) -> Result<(), String> {
        if !matches!(
            self.status,
            Status::Pending | Status::InProgress | Status::Sequentialized
        ) {
            return Err(format!(
                "Synchronization run {} is not pending or in progress (status {})",
                self.id,
                self.status.as_str()
            ));
        }
        self.set_status(Status::Stopped);
        self.finished_at = Some(now());
        Ok(())
    }
}

/// Processes run `id` in the background (it must be PENDING).
pub(crate) fn schedule(shared: &Arc<Shared>, id: String) {
    let task = tokio::spawn(process(Arc::clone(shared), id));
    shared.track(task.abort_handle());
}

/// What processing needs, copied out of the state under the lock.
struct Job {
    input: Arc<Value>,
    configs: Result<Vec<ProcessorConfig>, String>,
    workspace: engine::Workspace,
    test: bool,
}

fn claim(inner: &mut Inner, id: &str) -> Option<Job> {
    let run = inner.run(id)?;
    if run.status != Status::Pending {
        return None;
    }
    let configs = match &run.processor_configuration {
        Some(v) => ProcessorConfig::from_json(v).map(|c| vec![c]),
        None => Ok(inner.configs.iter().map(|c| c.parsed.clone()).collect()),
    };
    let job = Job {
        input: Arc::clone(&run.input),
        configs,
        workspace: inner.workspace.clone(),
        test: run.test,
    };
    let run = inner.run_mut(id)?;
    run.set_status(Status::InProgress);
    Some(job)
}

fn failure(message: String) -> Value {
    json!({
        "processor": null,
        "content": null,
        "message": message,
        "status": "ERROR",
    })
}

async fn process(shared: Arc<Shared>, id: String) {
    let first_half = shared.processing_delay / 2;
    tokio::time::sleep(first_half).await;
    let _turn = shared.processing.lock().await;
    let Some(job) = claim(&mut shared.inner(), &id) else {
        return;
    };
    shared.persist_or_warn(shared.persist_run(&id));

    let test = job.test;
    let outcome = match job.configs {
        Err(e) => Err(format!("invalid processor configuration: {e}")),
        Ok(configs) => run_engine(job.input, configs, job.workspace, test).await,
    };
    tokio::time::sleep(shared.processing_delay.saturating_sub(first_half)).await;

    let mut workspace_changed = false;
    {
        let mut inner = shared.inner();
        let Some(run) = inner.run_mut(&id) else {
            return;
        };
        if run.status != Status::InProgress {
            return; // stopped meanwhile: commit nothing
        }
        run.finished_at = Some(now());
        let new_workspace = match outcome {
            Ok((outcome, workspace)) => {
                run.set_status(match outcome.status {
                    RunStatus::Finished => Status::Finished,
                    RunStatus::Failed => Status::Failed,
                });
                run.warnings = outcome
                    .warnings
                    .iter()
                    .map(|w| serde_json::to_value(w).unwrap_or_else(|e| failure(e.to_string())))
                    .collect();
                run.stats = Some(outcome.stats);
                run.results = outcome.results;
                run.progress = Some(outcome.progress);
                (!test).then_some(workspace)
            }
            Err(message) => {
                run.set_status(Status::Failed);
                run.warnings = vec![failure(message)];
                None
            }
        };
        if let Some(workspace) = new_workspace {
            inner.workspace = workspace;
            workspace_changed = true;
        }
    }
    if workspace_changed {
        shared.persist_or_warn(shared.persist_workspace());
    }
    shared.persist_or_warn(shared.persist_run(&id));
}

/// Processes an LDIF synchronously (`/fastSynchronizationRuns`), in turn with the queued runs.
/// Returns `{status, warnings, stats, results}`.
pub(crate) async fn process_now(
    shared: &Arc<Shared>,
    input: Value,
    configs: Option<Vec<ProcessorConfig>>,
    test: bool,
) -> Value {
    let _turn = shared.processing.lock().await;
    let (configs, workspace) = {
        let inner = shared.inner();
        let configs =
            configs.unwrap_or_else(|| inner.configs.iter().map(|c| c.parsed.clone()).collect());
        (configs, inner.workspace.clone())
    };
    match run_engine(Arc::new(input), configs, workspace, test).await {
        Ok((outcome, workspace)) => {
            if !test {
                shared.inner().workspace = workspace;
                shared.persist_or_warn(shared.persist_workspace());
            }
            outcome.fast_run_response()
        }
        Err(message) => json!({
            "status": Status::Failed.as_str(),
            "warnings": [failure(message)],
            "stats": {},
            "results": null,
        }),
    }
}
