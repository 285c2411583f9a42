//! What the emulator knows: processor configurations, runs, the workspace and the access tokens
//! it issued, behind one `std::sync::Mutex` that is never held across an `.await`. Every change
//! that must survive a restart goes through the `persist_*` methods, which write under
//! `--state DIR` in the order the changes happened.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::task::AbortHandle;

use super::engine::{ProcessorConfig, Workspace};
use super::handle::RecordedRequest;
use super::runs::Run;
use super::store::Store;

/// How many received requests the in-memory log keeps (the oldest are dropped first).
const REQUEST_LOG_CAP: usize = 10_000;

/// Locks a mutex, recovering the data if a panicking thread poisoned it: the emulator must keep
/// serving (every critical section leaves the data consistent before anything can panic).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The five keys a processor configuration is stored under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ConfigKey {
    pub connector_type: String,
    pub connector_id: String,
    pub connector_version: String,
    pub processing_direction: String,
    pub processing_mode: String,
}

impl ConfigKey {
    /// The query/JSON names of the keys, in order.
    pub const NAMES: [&'static str; 5] = [
        "connectorType",
        "connectorId",
        "connectorVersion",
        "processingDirection",
        "processingMode",
    ];

    /// Reads the keys of a configuration body; `processingMode` defaults to `partial`.
    pub fn of_config(v: &Value) -> Result<Self, String> {
        let get = |k: &str| -> Result<String, String> {
            match v.get(k) {
                Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
                Some(Value::String(_)) | None | Some(Value::Null) => {
                    Err(format!("{k} is required"))
                }
                Some(_) => Err(format!("{k} must be a string")),
            }
        };
        let mode = match v.get("processingMode") {
            None | Some(Value::Null) => "partial".to_string(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => return Err("processingMode must be a string".into()),
        };
        let key = ConfigKey {
            connector_type: get("connectorType")?,
            connector_id: get("connectorId")?,
            connector_version: get("connectorVersion")?,
            processing_direction: get("processingDirection")?,
            processing_mode: mode,
        };
        if !matches!(key.processing_direction.as_str(), "inbound" | "outbound") {
            return Err(format!(
                "processingDirection must be inbound or outbound, not {:?}",
                key.processing_direction
            ));
        }
        if !matches!(key.processing_mode.as_str(), "partial" | "full") {
            return Err(format!(
                "processingMode must be partial or full, not {:?}",
                key.processing_mode
            ));
        }
        Ok(key)
    }

    /// The values in the order of [`ConfigKey::NAMES`].
    pub fn values(&self) -> [&str; 5] {
        [
            &self.connector_type,
            &self.connector_id,
            &self.connector_version,
            &self.processing_direction,
            &self.processing_mode,
        ]
    }

    /// `type/id/version direction mode`, for messages.
    pub fn label(&self) -> String {
        format!(
            "{}/{}/{} {} {}",
            self.connector_type,
            self.connector_id,
            self.connector_version,
            self.processing_direction,
            self.processing_mode
        )
    }
}

/// A stored processor configuration: the JSON as given (with its keys) and the engine's parse.
#[derive(Debug, Clone)]
pub(crate) struct StoredConfig {
    pub key: ConfigKey,
    pub raw: Value,
    pub parsed: ProcessorConfig,
}

impl StoredConfig {
    /// Checks a configuration body (keys and the engine's parse).
    pub fn parse(raw: Value) -> Result<Self, String> {
        if !raw.is_object() {
            return Err("a processor configuration must be a JSON object".into());
        }
        let key = ConfigKey::of_config(&raw)?;
        let parsed = ProcessorConfig::from_json(&raw)?;
        Ok(Self { key, raw, parsed })
    }
}

/// The mutable part of the state.
#[derive(Default)]
pub(crate) struct Inner {
    pub configs: Vec<StoredConfig>,
    /// In creation order.
    pub runs: Vec<Run>,
    pub workspace: Workspace,
    /// Access token → expiry.
    pub tokens: HashMap<String, Instant>,
    /// Sequence number for the next run.
    pub next_seq: u64,
}

impl Inner {
    pub fn run(&self, id: &str) -> Option<&Run> {
        self.runs.iter().find(|r| r.id == id)
    }

    pub fn run_mut(&mut self, id: &str) -> Option<&mut Run> {
        self.runs.iter_mut().find(|r| r.id == id)
    }

    /// Inserts or replaces the configuration with the same five keys.
    pub fn upsert_config(&mut self, config: StoredConfig) {
        match self.configs.iter_mut().find(|c| c.key == config.key) {
            Some(slot) => *slot = config,
            None => self.configs.push(config),
        }
    }
}

/// Everything the handlers and background tasks share.
pub(crate) struct Shared {
    pub inner: Mutex<Inner>,
    /// Runs are processed one at a time, in the order they get this lock.
    pub processing: tokio::sync::Mutex<()>,
    pub store: Option<Store>,
    pub api_token: String,
    pub token_ttl: Duration,
    pub processing_delay: Duration,
    /// `https://127.0.0.1:PORT`, for `resultsUrl`.
    pub base_url: String,
    pub requests: Mutex<VecDeque<RecordedRequest>>,
    pub tokens_issued: AtomicUsize,
    /// Background run tasks, aborted at shutdown.
    pub tasks: Mutex<Vec<AbortHandle>>,
    /// Print one line per request on stderr (the CLI does).
    pub log_requests: bool,
}

impl Shared {
    pub fn inner(&self) -> MutexGuard<'_, Inner> {
        lock(&self.inner)
    }

    pub fn record(&self, request: RecordedRequest) {
        if self.log_requests {
            eprintln!("{} {} -> {}", request.method, request.path, request.status);
        }
        let mut log = lock(&self.requests);
        if log.len() >= REQUEST_LOG_CAP {
            log.pop_front();
        }
        log.push_back(request);
    }

    pub fn track(&self, task: AbortHandle) {
        let mut tasks = lock(&self.tasks);
        tasks.retain(|t| !t.is_finished());
        tasks.push(task);
    }

    pub fn count_token(&self) {
        self.tokens_issued.fetch_add(1, Ordering::Relaxed);
    }

    /// Writes the configurations (no-op without `--state`).
    pub fn persist_configs(&self) -> Result<(), String> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let _order = store.write_lock();
        let configs: Vec<Value> = self.inner().configs.iter().map(|c| c.raw.clone()).collect();
        store.save_configs(&configs)
    }

    /// Writes the workspace (no-op without `--state`).
    pub fn persist_workspace(&self) -> Result<(), String> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let _order = store.write_lock();
        let workspace = self.inner().workspace.clone();
        store.save_workspace(&workspace)
    }

    /// Writes one run's metadata (no-op without `--state`, or for an unknown id).
    pub fn persist_run(&self, id: &str) -> Result<(), String> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let _order = store.write_lock();
        let Some(run) = self.inner().run(id).cloned() else {
            return Ok(());
        };
        store.save_run(&run)
    }

    /// Writes a new run: its input once, then its metadata.
    pub fn persist_new_run(&self, id: &str) -> Result<(), String> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let _order = store.write_lock();
        let Some(run) = self.inner().run(id).cloned() else {
            return Ok(());
        };
        store.save_input(&run.id, &run.input)?;
        store.save_run(&run)
    }

    /// For background work, which has nobody to answer: report a write failure on stderr.
    pub fn persist_or_warn(&self, result: Result<(), String>) {
        if let Err(e) = result {
            eprintln!("courier mock leanix: cannot write the state: {e}");
        }
    }
}
