//! Reporters: each one consumes the runner's [`RunEvent`]s and the final [`RunSummary`], and
//! writes its output. One [`Reporters`] fan-out feeds them all. The summary holds no
//! executions: reporters that list them (JSON, JUnit, HTML) keep what they need from each
//! [`RunEvent::Executed`], in a [`spool`] on disk when it is large.

pub mod cli;
pub mod format;
pub mod html;
pub mod json;
pub mod junit;
pub mod progress;
pub mod redact;
pub mod spool;

use std::fs::File;
use std::io::{BufWriter, Write};
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
    let (target, mut out) = open_export(path, default_name, reporter)?;
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|e| ReportError {
            reporter: reporter.into(),
            message: format!("cannot write {}: {e}", target.display()),
        })?;
    Ok(target)
}

/// Creates the file an export goes to, as [`write_export`] names it, for writing in parts.
pub fn open_export(
    path: &Path,
    default_name: &str,
    reporter: &str,
) -> Result<(PathBuf, BufWriter<File>), ReportError> {
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
    let file = File::create(&target).map_err(|e| ReportError {
        reporter: reporter.into(),
        message: format!("cannot write {}: {e}", target.display()),
    })?;
    Ok((target, BufWriter::new(file)))
}
