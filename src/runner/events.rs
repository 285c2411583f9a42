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

/// Where an assertion was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AssertionSource {
    #[default]
    TestScript,
    PrerequestScript,
    /// A profile's capture or poll.
    Flow,
}

impl AssertionSource {
    pub fn label(self) -> &'static str {
        match self {
            AssertionSource::TestScript => "test-script",
            AssertionSource::PrerequestScript => "prerequest-script",
            AssertionSource::Flow => "flow",
        }
    }
}

/// The outcome of one assertion.
#[derive(Debug, Clone, PartialEq)]
pub struct Assertion {
    pub name: String,
    pub skipped: bool,
    /// The failure message, if it failed.
    pub error: Option<String>,
    pub source: AssertionSource,
}

/// An uncaught error in a script.
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptFailure {
    /// `test-script` or `prerequest-script`.
    pub event: &'static str,
    pub name: String,
    pub message: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// Where the script comes from (collection, folder, request).
    pub origin: String,
}

impl ScriptFailure {
    /// `test-script:3:7`, Newman's `at` for a script error.
    pub fn at(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.event),
            (Some(l), None) => format!("{}:{l}", self.event),
            _ => self.event.to_string(),
        }
    }
}

/// One line a script printed.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsoleMessage {
    pub level: String,
    /// As Newman's CLI shows it.
    pub text: String,
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
    /// Uncaught script errors of this request's scripts.
    pub script_errors: Vec<ScriptFailure>,
    /// What its scripts printed.
    pub console: Vec<ConsoleMessage>,
    /// A pre-request script called `pm.execution.skipRequest()`: nothing was sent.
    pub skipped: bool,
    /// The last `setNextRequest` of this request's scripts.
    pub next_request: crate::script::NextRequest,
    /// Requests this execution put on the wire besides redirects (2 after a digest challenge).
    pub attempts: u32,
}

impl Execution {
    pub fn failed(&self) -> bool {
        self.error.is_some()
            || !self.script_errors.is_empty()
            || self.assertions.iter().any(|a| a.error.is_some())
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
    /// A script printed a line (sent as it happens, before `Executed`).
    Console(&'a ConsoleMessage),
    /// A one-time warning or notice for the console (never contains secrets).
    Notice(&'a str),
    IterationFinished {
        iteration: usize,
    },
    Finished(&'a RunSummary),
}
