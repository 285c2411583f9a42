//! Persistence under `--state DIR`, so a restart loses nothing:
//!
//! - `DIR/configurations.json`: `{"format": "courier-mock-leanix/1", "configurations": [...]}`
//! - `DIR/workspace.json`: `{"format": …, "workspace": {...}}`
//! - `DIR/runs/<id>.json`: `{"format": …, "run": {...}}` (status, warnings, stats, results)
//! - `DIR/runs/<id>.input.json`: the run's LDIF, written once when the run is created
//!
//! Every file is written atomically: to a temporary file in the same directory, flushed to disk,
//! then renamed over the old one. A file that does not parse is a startup error naming it;
//! nothing is ever wiped silently.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

use super::engine::Workspace;
use super::runs::Run;
use super::state::lock;

const FORMAT: &str = "courier-mock-leanix/1";
const CONFIGS: &str = "configurations.json";
const WORKSPACE: &str = "workspace.json";
const RUNS: &str = "runs";
const INPUT_SUFFIX: &str = ".input.json";

/// The state directory.
#[derive(Debug)]
pub(crate) struct Store {
    dir: PathBuf,
    /// Held while taking a snapshot and writing it, so writes land in the order of the changes.
    order: Mutex<()>,
}

/// What a state directory held at start.
#[derive(Default)]
pub(crate) struct Loaded {
    pub configs: Vec<Value>,
    pub workspace: Workspace,
    pub runs: Vec<Run>,
}

fn corrupt(path: &Path, e: impl std::fmt::Display) -> String {
    format!(
        "state file {} is corrupt: {e} (fix or remove it; the emulator does not overwrite it)",
        path.display()
    )
}

/// Reads `{"format": FORMAT, field: T}` from `path`, if the file exists.
fn read_wrapped<T: DeserializeOwned>(path: &Path, field: &str) -> Result<Option<T>, String> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read state file {}: {e}", path.display())),
    };
    let mut doc: Value = serde_json::from_slice(&bytes).map_err(|e| corrupt(path, e))?;
    match doc.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(corrupt(
                path,
                format!("unknown format {other:?}, expected {FORMAT:?}"),
            ))
        }
        None => return Err(corrupt(path, "no \"format\" field")),
    }
    let inner = doc
        .get_mut(field)
        .map(Value::take)
        .ok_or_else(|| corrupt(path, format!("no {field:?} field")))?;
    serde_json::from_value(inner)
        .map(Some)
        .map_err(|e| corrupt(path, e))
}

/// Writes `bytes` to `path` atomically (temporary file, fsync, rename).
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.{n}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        format!("cannot write {}: {e}", path.display())
    })
}

fn wrapped<T: Serialize>(field: &str, value: &T) -> Result<Vec<u8>, String> {
    let value = serde_json::to_value(value).map_err(|e| format!("cannot encode {field}: {e}"))?;
    serde_json::to_vec_pretty(&json!({"format": FORMAT, field: value}))
        .map_err(|e| format!("cannot encode {field}: {e}"))
}

impl Store {
    /// Opens (creating it if needed) the state directory and loads what it holds.
    pub fn open(dir: &Path) -> Result<(Store, Loaded), String> {
        let runs_dir = dir.join(RUNS);
        fs::create_dir_all(&runs_dir)
            .map_err(|e| format!("cannot create state directory {}: {e}", dir.display()))?;
        let mut loaded = Loaded {
            configs: read_wrapped(&dir.join(CONFIGS), "configurations")?.unwrap_or_default(),
            workspace: read_wrapped(&dir.join(WORKSPACE), "workspace")?.unwrap_or_default(),
            runs: Vec::new(),
        };
        let entries = fs::read_dir(&runs_dir)
            .map_err(|e| format!("cannot read {}: {e}", runs_dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot read {}: {e}", runs_dir.display()))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && name.ends_with(".tmp") {
                let _ = fs::remove_file(entry.path()); // left by a crash mid-write
                continue;
            }
            if !name.ends_with(".json") || name.ends_with(INPUT_SUFFIX) {
                continue;
            }
            let path = entry.path();
            let Some(mut run) = read_wrapped::<Run>(&path, "run")? else {
                continue;
            };
            if format!("{}.json", run.id) != name {
                return Err(corrupt(&path, format!("it holds run {:?}", run.id)));
            }
            let input_path = runs_dir.join(format!("{}{INPUT_SUFFIX}", run.id));
            let input = fs::read(&input_path)
                .map_err(|e| corrupt(&input_path, e))
                .and_then(|b| {
                    serde_json::from_slice::<Value>(&b).map_err(|e| corrupt(&input_path, e))
                })?;
            run.input = std::sync::Arc::new(input);
            loaded.runs.push(run);
        }
        loaded.runs.sort_by_key(|r| r.seq);
        let store = Store {
            dir: dir.to_path_buf(),
            order: Mutex::new(()),
        };
        Ok((store, loaded))
    }

    /// Serializes writers; take it before taking the snapshot to write.
    pub fn write_lock(&self) -> MutexGuard<'_, ()> {
        lock(&self.order)
    }

    pub fn save_configs(&self, configs: &[Value]) -> Result<(), String> {
        write_atomic(
            &self.dir.join(CONFIGS),
            &wrapped("configurations", &configs)?,
        )
    }

    pub fn save_workspace(&self, workspace: &Workspace) -> Result<(), String> {
        write_atomic(&self.dir.join(WORKSPACE), &wrapped("workspace", workspace)?)
    }

    pub fn save_run(&self, run: &Run) -> Result<(), String> {
        let path = self.dir.join(RUNS).join(format!("{}.json", run.id));
        write_atomic(&path, &wrapped("run", run)?)
    }

    pub fn save_input(&self, id: &str, input: &Value) -> Result<(), String> {
        let path = self.dir.join(RUNS).join(format!("{id}{INPUT_SUFFIX}"));
        let bytes = serde_json::to_vec(input).map_err(|e| format!("cannot encode input: {e}"))?;
        write_atomic(&path, &bytes)
    }
}
