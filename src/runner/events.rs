//! The runner ↔ reporter contract: one event enum that every reporter consumes, and the
//! per-request [`Execution`] record (the nextest `TestEvent` idea).

use std::sync::Arc;
use std::time::SystemTime;

use crate::http::Response;
use crate::request::RequestSpec;

use super::summary::RunSummary;

/// Identity of a request item, shared by all its executions.
#[derive(Debug, Clone)]
pub struct ItemInfo {
    pub id: String,
    pub name: String,
    /// `item[1].item[0]`
    pub path: String,
    /// Enclosing folder names, outermost first.
    pub folders: Vec<String>,
}

impl ItemInfo {
    /// `Folder / Request`
    pub fn full_name(&self) -> String {
        let mut p = self.folders.clone();
        p.push(self.name.clone());
        p.join(" / ")
    }
}

/// Where an execution sits in the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    /// 0-based iteration.
    pub iteration: usize,
    pub iterations: usize,
    /// 0-based position in the iteration's item list.
    pub position: usize,
    pub length: usize,
    /// Index of the execution in the whole run.
    pub index: usize,
}

/// The outcome of one assertion.
#[derive(Debug, Clone, PartialEq)]
pub struct Assertion {
    pub name: String,
    pub skipped: bool,
    /// The failure message, if it failed.
    pub error: Option<String>,
}

/// A request that got no response.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecError {
    pub code: String,
    pub message: String,
}

/// One request sent (or attempted) and what came of it.
#[derive(Debug, Clone)]
pub struct Execution {
    pub id: String,
    pub cursor: Cursor,
    pub item: Arc<ItemInfo>,
    /// The request as it went out (after auth, redirects and system headers).
    pub request: Option<RequestSpec>,
    pub response: Option<Response>,
    pub error: Option<ExecError>,
    pub assertions: Vec<Assertion>,
    pub started: SystemTime,
    /// Credential values used by this request's auth, for reporters to mask.
    pub secrets: Vec<String>,
    /// Header names that carry credentials for this request (e.g. an API-key header).
    pub secret_headers: Vec<String>,
    /// The console shows the response body (a profile's `print-body`).
    pub show_body: bool,
}

impl Execution {
    pub fn failed(&self) -> bool {
        self.error.is_some() || self.assertions.iter().any(|a| a.error.is_some())
    }
}

/// Something that happened during a run. Every reporter sees every event, in order.
#[derive(Debug)]
pub enum RunEvent<'a> {
    Started {
        collection: &'a str,
        iterations: usize,
        items: usize,
    },
    IterationStarted {
        iteration: usize,
        iterations: usize,
    },
    /// A request item is about to run; `folders` are its enclosing folder names.
    ItemStarted {
        cursor: Cursor,
        item: &'a ItemInfo,
    },
    Executed(&'a Execution),
    /// A one-time warning or notice for the console (never contains secrets).
    Notice(&'a str),
    IterationFinished {
        iteration: usize,
    },
    Finished(&'a RunSummary),
}
