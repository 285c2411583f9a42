//! Pre-request and test scripts: the `pm` sandbox of postman-sandbox 4.7 (Newman 6) in an
//! embedded QuickJS engine (rquickjs).
//!
//! One [`ScriptEngine`] serves a whole run: the runtime, the context and our JavaScript
//! prelude (`js/`: chai, the `pm` API, the legacy globals, console, timers) are created
//! once. [`ScriptEngine::run`] executes the scripts of one event of one request
//! (collection → folders → item) against the run's variable [`Scopes`]:
//!
//! 1. the response's status and body go in as values; the request, the scopes and the run
//!    information are JSON texts the sandbox fetches and parses only when a script uses
//!    them (`input`);
//! 2. each script runs its synchronous part, then (if it left any) its promise jobs, timers
//!    and `pm.sendRequest` callbacks until it is quiet (requests go through the run's
//!    [`HttpClient`]);
//! 3. assertions, errors, console lines, `setNextRequest`/`skipRequest`, the mutated request
//!    and the variable mutations come back as one array read value by value (`output`); the
//!    mutations are replayed on `scopes` as postman-runtime replays them.
//!
//! Limits: `--timeout-script` (an interrupt handler for synchronous code, a deadline for the
//! asynchronous part; without it a script still stops after [`UNLIMITED_CEILING`]), a memory
//! cap and a stack cap. A script that hits one gets a script error and the engine stays
//! usable; a runtime that faulted is rebuilt before the next run.

mod alloc;
mod bytecode;
mod engine;
mod input;
mod libs;
mod output;
mod prelude;
mod send;

#[cfg(test)]
mod tests;

use std::rc::Rc;
use std::time::{Duration, Instant};

use rquickjs::convert::List;
use serde_json::Value;

use crate::http::{HttpClient, Response};
use crate::request::RequestSpec;
use crate::runner::events::Assertion;
use crate::runner::Scopes;
use crate::vars::VariableScope;
use engine::{Fault, Js, Kind, Watch};

/// How long a script may run when no `--timeout-script` is given: Newman would wait forever,
/// courier does not let one script stall a run.
pub const UNLIMITED_CEILING: Duration = Duration::from_secs(300);

/// Resource limits for every script.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// `--timeout-script`; `None` means no limit (but see [`UNLIMITED_CEILING`]).
    pub timeout: Option<Duration>,
    /// Bytes a script may allocate beyond what the sandbox itself and the run's input use.
    pub memory: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: None,
            memory: 64 * 1024 * 1024,
        }
    }
}

/// The event a script listens to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listen {
    Prerequest,
    Test,
}

/// One script to run, in order (collection → folders → item).
#[derive(Debug, Clone)]
pub struct ScriptSource<'a> {
    pub code: &'a str,
    /// Where it comes from, for error messages: "collection", "folder F", "item X".
    pub origin: String,
}

/// `pm.info` and friends.
#[derive(Debug, Clone, Default)]
pub struct ScriptInfo {
    /// `pm.info.eventName`; empty means "prerequest" or "test" from [`ScriptInput::listen`].
    pub event_name: String,
    /// 0-based.
    pub iteration: usize,
    pub iteration_count: usize,
    pub request_name: String,
    pub request_id: String,
    /// `pm.execution.location`: the item's path (folder names, then the item name).
    pub location: Vec<String>,
}

/// Everything the scripts of one event see.
pub struct ScriptInput<'a> {
    pub listen: Listen,
    /// The item's request in collection JSON form, unresolved; prerequest scripts may
    /// mutate it (see [`ScriptOutput::request`]).
    pub request: &'a Value,
    /// Test scripts only.
    pub response: Option<&'a Response>,
    /// What was sent, for test scripts' `pm.request` and legacy `request`.
    pub request_sent: Option<&'a RequestSpec>,
    /// The iteration data row (`pm.iterationData`, legacy `data`).
    pub data: &'a VariableScope,
    pub info: ScriptInfo,
    /// Cookies for the request URL (`pm.cookies`), name and value.
    pub cookies: Vec<(String, String)>,
}

/// An uncaught error in a script (or a limit it hit).
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptError {
    pub name: String,
    pub message: String,
    /// 1-based position in the script's own code, when known.
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// [`ScriptSource::origin`] of the script.
    pub origin: String,
}

/// One `console.*` call.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsoleLine {
    /// log, info, warn, error or debug.
    pub level: String,
    /// The arguments formatted like Node's `util.format`.
    pub text: String,
    /// The arguments as Newman's CLI reporter prints them: each one `util.inspect`ed
    /// (strings quoted), joined with ", ".
    pub newman: String,
}

/// The outcome of `setNextRequest` calls; the last call wins.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum NextRequest {
    #[default]
    Unset,
    /// An item id or name (any non-string value is given as its string form).
    Name(String),
    /// `setNextRequest(null)`: end the iteration.
    Stop,
}

/// What the scripts of one event produced.
#[derive(Debug, Clone, Default)]
pub struct ScriptOutput {
    /// `pm.test` / `tests[...]` results in order; `skipped` for `pm.test.skip`.
    pub assertions: Vec<Assertion>,
    pub errors: Vec<ScriptError>,
    pub console: Vec<ConsoleLine>,
    pub next_request: NextRequest,
    /// `pm.execution.skipRequest()` (prerequest only): later scripts did not run.
    pub skip_request: bool,
    /// The request in collection JSON form, when a prerequest script changed `pm.request`.
    pub request: Option<Value>,
}

/// The script engine of one run.
pub struct ScriptEngine {
    limits: Limits,
    watch: Rc<Watch>,
    js: Option<Js>,
}

const SANDBOX2_MARKERS: [&str; 2] = ["\"use sandbox2\";", "'use sandbox2';"];

impl ScriptEngine {
    /// Creates the runtime and loads the prelude.
    pub fn new(limits: Limits) -> Result<Self, String> {
        let watch = Rc::new(Watch::default());
        let js = Js::new(&watch)?;
        Ok(ScriptEngine {
            limits,
            watch,
            js: Some(js),
        })
    }

    /// Runs `scripts` in order, applying their variable changes to `scopes`.
    pub async fn run(
        &mut self,
        scripts: &[ScriptSource<'_>],
        input: ScriptInput<'_>,
        scopes: &mut Scopes,
        http: &HttpClient,
    ) -> ScriptOutput {
        let mut out = ScriptOutput::default();
        if scripts.iter().all(|s| s.code.trim().is_empty()) {
            return out;
        }
        if self.js.as_ref().is_none_or(|js| js.tainted) {
            self.js = None;
            match Js::new(&self.watch) {
                Ok(js) => self.js = Some(js),
                Err(e) => {
                    out.errors
                        .push(engine_error(format!("script engine unavailable: {e}"), ""));
                    return out;
                }
            }
        }
        let Some(js) = self.js.as_mut() else {
            return out;
        };
        let watch = &*self.watch;
        let limits = self.limits;
        let doc = input::document(&input, scopes);
        let body = match (input.listen, input.response) {
            (Listen::Test, Some(r)) => Some(input::body_text(r)),
            _ => None,
        };
        js.set_memory_headroom(
            limits.memory.saturating_add(
                doc.len()
                    .saturating_add(body.as_ref().map_or(0, String::len))
                    .saturating_mul(8),
            ),
        );
        let meta = match (input.listen, input.response) {
            (Listen::Test, Some(r)) => Some(List(input::meta(r))),
            _ => None,
        };
        js.set_parts(doc.parts);
        if let Err(f) = js.call::<_, ()>(watch, "begin", (doc.listen, body, meta)) {
            out.errors
                .push(engine_error(fault_message(&f, false, &limits), ""));
            js.tainted = true;
            return out;
        }
        let runnable: Vec<&ScriptSource<'_>> = scripts
            .iter()
            .filter(|s| !s.code.trim().is_empty())
            .collect();
        for (n, script) in runnable.iter().enumerate() {
            let kind = if SANDBOX2_MARKERS.iter().any(|m| script.code.starts_with(m)) {
                Kind::Plain
            } else if input.listen == Listen::Test {
                Kind::Test
            } else {
                Kind::Prerequest
            };
            let compiled = match js.compile(script.code, kind) {
                Ok(c) => c,
                Err(e) => {
                    let args = (e.name, e.message, e.line, e.column, script.origin.as_str());
                    let _ = js.call::<_, ()>(watch, "fail", args);
                    continue;
                }
            };
            let now = Instant::now();
            let deadline = now
                .checked_add(limits.timeout.unwrap_or(UNLIMITED_CEILING))
                .unwrap_or(now + UNLIMITED_CEILING);
            watch.deadline.set(Some(deadline));
            js.meter.reset_refused();
            let args = (
                compiled.id,
                kind.as_str(),
                script.origin.as_str(),
                compiled.legacy_mask,
            );
            match js.call::<_, bool>(watch, "exec", args) {
                Ok(busy) if busy || js.has_pending_jobs() => {
                    event_loop(js, watch, http, deadline, &limits).await
                }
                Ok(_) => {}
                Err(f) => report(js, watch, &f, false, &limits),
            }
            watch.deadline.set(None);
            watch.fired.set(false);
            js.collect_after_refusal();
            // `finish` ends the last script itself.
            if n + 1 < runnable.len() && js.call::<_, bool>(watch, "end", ()).unwrap_or(false) {
                break;
            }
        }
        match js.call::<_, output::Finished>(watch, "finish", ()) {
            Ok(doc) => {
                if let Err(e) = output::apply(doc, scopes, &mut out) {
                    out.errors.push(engine_error(e, ""));
                }
            }
            Err(f) => {
                js.tainted = true;
                out.errors
                    .push(engine_error(fault_message(&f, false, &limits), ""));
            }
        }
        out
    }
}

/// Drains jobs, fires timers and sends queued requests until the script is quiet or its
/// deadline passes.
async fn event_loop(
    js: &mut Js,
    watch: &Watch,
    http: &HttpClient,
    deadline: Instant,
    limits: &Limits,
) {
    loop {
        if let Err(f) = js.drain_jobs(watch) {
            report(js, watch, &f, true, limits);
            return;
        }
        let step = match js.call::<_, String>(watch, "tick", ()) {
            Ok(s) => s,
            Err(f) => {
                report(js, watch, &f, true, limits);
                return;
            }
        };
        if step == "-1" {
            return;
        }
        if Instant::now() >= deadline {
            report(js, watch, &Fault::Interrupted, true, limits);
            return;
        }
        if let Ok(wait) = step.parse::<u64>() {
            let until = (Instant::now() + Duration::from_millis(wait)).min(deadline);
            tokio::time::sleep_until(until.into()).await;
            continue;
        }
        let queued: Vec<(u32, Value)> = serde_json::from_str(&step).unwrap_or_default();
        for (id, request) in queued {
            let sent = tokio::time::timeout_at(deadline.into(), send::send(http, &request)).await;
            let Ok(sent) = sent else {
                report(js, watch, &Fault::Interrupted, true, limits);
                return;
            };
            for w in &sent.warnings {
                let _ = js.call::<_, ()>(watch, "log", ("warn", w.as_str()));
            }
            let (doc, body) = match sent.response {
                Some((d, b)) => (Some(d), Some(b)),
                None => (None, None),
            };
            if let Err(f) = js.call::<_, ()>(watch, "deliver", (id, sent.error, doc, body)) {
                report(js, watch, &f, true, limits);
                return;
            }
            if let Err(f) = js.drain_jobs(watch) {
                report(js, watch, &f, true, limits);
                return;
            }
        }
    }
}

/// Records a fault as the current script's error.
fn report(js: &mut Js, watch: &Watch, fault: &Fault, in_async: bool, limits: &Limits) {
    watch.deadline.set(None);
    watch.fired.set(false);
    if matches!(fault, Fault::Other(_)) {
        js.tainted = true;
    }
    let name = match fault {
        Fault::OutOfMemory => "RangeError",
        _ => "Error",
    };
    let message = fault_message(fault, in_async, limits);
    let _ = js.call::<_, ()>(watch, "fail", (name, message));
}

fn fault_message(fault: &Fault, in_async: bool, limits: &Limits) -> String {
    match fault {
        Fault::Interrupted if in_async => "sandbox: asynchronous script execution timeout".into(),
        Fault::Interrupted => "sandbox: synchronous script execution timeout".into(),
        Fault::OutOfMemory => format!(
            "out of memory: the script used more than its {} MiB limit",
            limits.memory / (1024 * 1024)
        ),
        Fault::Other(text) => format!("sandbox failure: {}", text.trim()),
    }
}

fn engine_error(message: String, origin: &str) -> ScriptError {
    ScriptError {
        name: "Error".into(),
        message,
        line: None,
        column: None,
        origin: origin.into(),
    }
}
