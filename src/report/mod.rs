//! Reporters: each one consumes the runner's [`RunEvent`]s (CLI, progress) and/or the final
//! [`RunSummary`] (JSON, JUnit), and writes its output. One [`Reporters`] fan-out feeds them all.

pub mod cli;
pub mod format;
pub mod html;
pub mod json;
pub mod junit;
pub mod progress;
pub mod redact;

use std::path::{Path, PathBuf};

use crate::runner::{RunEvent, RunSummary};
pub use redact::Redactor;

/// What the JSON reporter embeds besides the run: the collection and the final variables.
#[derive(Debug, Clone, Default)]
pub struct RunContext {
    pub collection: serde_json::Value,
    pub environment: serde_json::Value,
    pub globals: serde_json::Value,
}

/// A reporter that could not write its output.
#[derive(Debug, thiserror::Error)]
#[error("{reporter} reporter: {message}")]
pub struct ReportError {
    pub reporter: String,
    pub message: String,
}

/// One reporter.
pub trait Reporter {
    /// Called for every event, in order.
    fn on_event(&mut self, _event: &RunEvent<'_>) {}
    /// Called once at the end (also after an interrupted run) to write files.
    fn finish(&mut self, _summary: &RunSummary, _ctx: &RunContext) -> Result<(), ReportError> {
        Ok(())
    }
}

/// The fan-out to every configured reporter.
#[derive(Default)]
pub struct Reporters {
    list: Vec<Box<dyn Reporter>>,
}

impl Reporters {
    pub fn push(&mut self, r: Box<dyn Reporter>) {
        self.list.push(r);
    }
    pub fn on_event(&mut self, e: &RunEvent<'_>) {
        for r in &mut self.list {
            r.on_event(e);
        }
    }
    /// Finishes every reporter; a failing one does not stop the others.
    pub fn finish(&mut self, summary: &RunSummary, ctx: &RunContext) -> Vec<ReportError> {
        self.list
            .iter_mut()
            .filter_map(|r| r.finish(summary, ctx).err())
            .collect()
    }
}

/// Writes `bytes` to `path`, creating parent directories; a directory path gets `default_name`.
pub fn write_export(
    path: &Path,
    default_name: &str,
    bytes: &[u8],
    reporter: &str,
) -> Result<PathBuf, ReportError> {
    let target = if path.is_dir() {
        path.join(default_name)
    } else {
        path.to_path_buf()
    };
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| ReportError {
            reporter: reporter.into(),
            message: format!("cannot create {}: {e}", parent.display()),
        })?;
    }
    std::fs::write(&target, bytes).map_err(|e| ReportError {
        reporter: reporter.into(),
        message: format!("cannot write {}: {e}", target.display()),
    })?;
    Ok(target)
}
