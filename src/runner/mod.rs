//! The runner: iterations over the planned items, variable scopes and their lifetimes, the
//! flow rules (captures, polling), bail/delay/timeout/interrupt control, and the events and
//! summary it produces.
//!
//! Scripts are not executed yet: items that carry them still run, and the run reports the
//! scripts as not run with one notice.

pub mod events;
mod execute;
pub mod flow;
pub mod oauth;
pub mod plan;
pub mod summary;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::watch;

use crate::http::HttpClient;
use crate::vars::VariableScope;
pub use events::{
    Assertion, AssertionSource, ConsoleMessage, Cursor, ExecError, Execution, ItemInfo, RunEvent,
    ScriptFailure,
};
use execute::{execute, sleep_until, Ctx};
pub use flow::{Extractor, FlowRules, ItemRule, Poll, PollState};
pub use oauth::{TokenProvider, TokenSource};
pub use plan::{attach_raw_requests, plan, PlannedItem, ScriptRef, UnknownFolder};
pub use summary::{Failure, RunSummary, Stat, Stats};

/// The variable scopes of a run; what is left in them at the end is exported.
#[derive(Debug, Clone, Default)]
pub struct Scopes {
    pub globals: VariableScope,
    pub collection: VariableScope,
    pub environment: VariableScope,
    pub local: VariableScope,
}

/// Validated settings of one run (built by `cli` from flags, profile and files).
#[derive(Debug, Clone)]
pub struct RunSettings {
    pub collection_name: String,
    pub collection_id: Option<String>,
    pub iterations: usize,
    /// Iteration data rows; when `iterations` exceeds them, the last row is reused.
    pub data: Vec<VariableScope>,
    pub delay: Duration,
    pub run_timeout: Option<Duration>,
    /// `--bail` (failure): stop after the first item that fails.
    pub bail_on_failure: bool,
    pub working_dir: PathBuf,
    /// Captures and polling, by request name.
    pub flow: FlowRules,
    /// `--timeout-script`.
    pub script_timeout: Option<Duration>,
}

/// Runs `items` and returns the summary; `scopes` holds the final variables afterwards.
/// A `true` sent on `interrupt` stops the run, abandoning the request in flight.
pub async fn run(
    settings: &RunSettings,
    items: &[PlannedItem],
    scopes: &mut Scopes,
    client: &HttpClient,
    tokens: &mut Option<TokenProvider>,
    mut interrupt: watch::Receiver<bool>,
    sink: &mut dyn FnMut(&RunEvent<'_>),
) -> RunSummary {
    let mut summary = RunSummary::new(&settings.collection_name, settings.collection_id.clone());
    let started = Instant::now();
    let deadline = settings.run_timeout.map(|t| started + t);
    let infos: Vec<Arc<ItemInfo>> = items
        .iter()
        .map(|p| {
            Arc::new(ItemInfo {
                id: p.id.clone(),
                name: p.name.clone(),
                path: p.path.clone(),
                folders: p.folders.clone(),
            })
        })
        .collect();
    sink(&RunEvent::Started {
        collection: &settings.collection_name,
        iterations: settings.iterations,
        items: items.len(),
    });
    let has_scripts = items
        .iter()
        .any(|i| !i.prerequest.is_empty() || !i.test.is_empty());
    let mut engine = None;
    if has_scripts {
        let limits = crate::script::Limits {
            timeout: settings.script_timeout,
            ..Default::default()
        };
        match crate::script::ScriptEngine::new(limits) {
            Ok(e) => engine = Some(e),
            Err(e) => {
                let msg = format!("the script engine could not start ({e}); scripts are not run");
                sink(&RunEvent::Notice(&msg));
                summary.notices.push(msg);
            }
        }
    }
    let mut warned_auth: BTreeSet<String> = BTreeSet::new();
    let mut digest_state = std::collections::HashMap::new();
    let mut captured: Vec<(String, String)> = Vec::new();
    let empty = VariableScope::new();
    let mut index = 0usize;
    'iterations: for iteration in 0..settings.iterations {
        summary.stats.iterations.total += 1;
        sink(&RunEvent::IterationStarted {
            iteration,
            iterations: settings.iterations,
        });
        let data = if settings.data.is_empty() {
            &empty
        } else {
            &settings.data[iteration.min(settings.data.len() - 1)]
        };
        let mut iteration_failed = false;
        let mut position = 0usize;
        while position < items.len() {
            let item = &items[position];
            let rule = settings.flow.get(&item.name);
            let poll_started = Instant::now();
            let mut attempt = 0u32;
            summary.stats.items.total += 1;
            summary.stats.prerequests.total += 1;
            summary.stats.tests.total += 1;
            let mut item_failed = false;
            // The setNextRequest of the item's last execution.
            let mut next;
            loop {
                attempt += 1;
                if *interrupt.borrow() {
                    summary.error = Some("run interrupted".into());
                    break 'iterations;
                }
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    summary.error = Some("callback timed out".into());
                    break 'iterations;
                }
                if index > 0 && !settings.delay.is_zero() {
                    tokio::time::sleep(settings.delay).await;
                }
                let cursor = Cursor {
                    iteration,
                    iterations: settings.iterations,
                    position,
                    length: items.len(),
                    index,
                };
                let info = infos[position].clone();
                if attempt == 1 {
                    sink(&RunEvent::ItemStarted {
                        cursor,
                        item: &info,
                    });
                }
                let mut ctx = Ctx {
                    scopes,
                    engine: &mut engine,
                    data,
                    captured: &captured,
                    working_dir: &settings.working_dir,
                    client,
                    tokens,
                    warned_auth: &mut warned_auth,
                    digest_state: &mut digest_state,
                    summary: &mut summary,
                    interrupt: &mut interrupt,
                    deadline,
                };
                let result = execute(item, cursor, info, &mut ctx, sink).await;
                index += 1;
                let Ok(mut exec) = result else {
                    break 'iterations;
                };
                let mut pending = None;
                if let Some(rule) = rule {
                    exec.show_body = rule.print_body;
                    apply_captures(rule, &mut exec, scopes, &mut captured);
                    pending = check_poll(rule, &mut exec, attempt, poll_started);
                }
                // Newman reports a request answered after a digest challenge twice.
                for _ in 0..exec.attempts.max(1) {
                    record(&mut summary, &exec);
                    sink(&RunEvent::Executed(&exec));
                }
                summary.learn_secrets(&exec);
                next = exec.next_request.clone();
                let again = pending.is_some();
                if let Some(msg) = pending {
                    sink(&RunEvent::Notice(&msg));
                    summary.notices.push(msg);
                }
                item_failed |= exec.failed();
                if !again {
                    break;
                }
                if let Some(p) = rule.and_then(|r| r.poll.as_ref()) {
                    tokio::select! {
                        _ = tokio::time::sleep(p.interval) => {},
                        _ = interrupt.wait_for(|v| *v) => {},
                        _ = sleep_until(deadline) => {},
                    }
                }
            }
            if item_failed {
                iteration_failed = true;
                summary.stats.items.failed += 1;
                if settings.bail_on_failure {
                    break 'iterations;
                }
            }
            // setNextRequest: by id, then by name, among the runnable items; null or an
            // unknown name ends the iteration.
            position = match next {
                crate::script::NextRequest::Unset => position + 1,
                crate::script::NextRequest::Stop => items.len(),
                crate::script::NextRequest::Name(n) => items
                    .iter()
                    .position(|i| i.id == n)
                    .or_else(|| items.iter().position(|i| i.name == n))
                    .unwrap_or(items.len()),
            };
        }
        if iteration_failed {
            summary.stats.iterations.failed += 1;
        }
        sink(&RunEvent::IterationFinished { iteration });
    }
    summary.duration = started.elapsed();
    sink(&RunEvent::Finished(&summary));
    summary
}

/// Sets captured variables (local scope, run lifetime) and records each capture as an
/// assertion; a failed capture unsets the variable so later requests see no stale value.
fn apply_captures(
    rule: &ItemRule,
    exec: &mut Execution,
    scopes: &mut Scopes,
    captured: &mut Vec<(String, String)>,
) {
    for (name, ex) in &rule.captures {
        let outcome = match &exec.response {
            Some(r) => ex.extract(r),
            None => Err("the request got no response".to_string()),
        };
        captured.retain(|(k, _)| k != name);
        match outcome {
            Ok(v) => {
                scopes.local.set(name, Value::String(v.clone()));
                captured.push((name.clone(), v));
                exec.assertions.push(Assertion {
                    source: events::AssertionSource::Flow,
                    name: format!("capture {name} = {}", ex.describe()),
                    skipped: false,
                    error: None,
                });
            }
            Err(e) => {
                scopes.local.unset(name);
                exec.assertions.push(Assertion {
                    source: events::AssertionSource::Flow,
                    name: format!("capture {name} = {}", ex.describe()),
                    skipped: false,
                    error: Some(format!("capture {name} failed: {e}")),
                });
            }
        }
    }
}

/// Checks the poll condition on this attempt. Returns a notice when the request must be
/// sent again.
fn check_poll(
    rule: &ItemRule,
    exec: &mut Execution,
    attempt: u32,
    started: Instant,
) -> Option<String> {
    let Some(poll) = &rule.poll else { return None };
    let what = poll.until.describe();
    let name = format!("poll until {what} in [{}]", poll.done.join(", "));
    let Some(resp) = &exec.response else {
        return None;
    };
    match poll.check(resp) {
        PollState::Done(_) => {
            exec.assertions.push(Assertion {
                source: events::AssertionSource::Flow,
                name,
                skipped: false,
                error: None,
            });
            None
        }
        PollState::Failed(v) => {
            exec.assertions.push(Assertion {
                source: events::AssertionSource::Flow,
                name,
                skipped: false,
                error: Some(format!(
                    "{what} is {v}, a failure state (attempt {attempt})"
                )),
            });
            None
        }
        PollState::Pending(v) => {
            let out_of_attempts = poll.max_attempts.is_some_and(|m| attempt >= m);
            let out_of_time = poll
                .max_time
                .is_some_and(|t| started.elapsed() + poll.interval > t);
            if out_of_attempts || out_of_time {
                exec.assertions.push(Assertion {
                    source: events::AssertionSource::Flow,
                    name,
                    skipped: false,
                    error: Some(format!(
                        "{what} never reached [{}] after {attempt} attempt(s) in {:.1}s; last value: {v}",
                        poll.done.join(", "),
                        started.elapsed().as_secs_f64()
                    )),
                });
                None
            } else {
                Some(format!(
                    "poll attempt {attempt}: {what} is {v}; asking again in {} ms",
                    poll.interval.as_millis()
                ))
            }
        }
    }
}

fn record(summary: &mut RunSummary, exec: &Execution) {
    if exec.skipped {
        return;
    }
    summary.stats.requests.total += 1;
    if let Some(e) = &exec.error {
        summary.stats.requests.failed += 1;
        summary.failures.push(Failure {
            name: "Error".into(),
            message: e.message.clone(),
            at: "request".into(),
            item: exec.item.clone(),
            iteration: exec.cursor.iteration,
            test: None,
            index: summary.failures.len(),
        });
    }
    for e in &exec.script_errors {
        summary.failures.push(Failure {
            name: e.name.clone(),
            message: e.message.clone(),
            at: e.at(),
            item: exec.item.clone(),
            iteration: exec.cursor.iteration,
            test: None,
            index: summary.failures.len(),
        });
    }
    if let Some(r) = &exec.response {
        summary.response_times.add(r.elapsed.as_secs_f64() * 1000.0);
        summary.transfer_total += r.body_size;
    }
    for (i, a) in exec.assertions.iter().enumerate() {
        summary.stats.assertions.total += 1;
        if let Some(msg) = &a.error {
            summary.stats.assertions.failed += 1;
            summary.failures.push(Failure {
                name: "AssertionError".into(),
                message: msg.clone(),
                at: format!("assertion:{i} in {}", a.source.label()),
                item: exec.item.clone(),
                iteration: exec.cursor.iteration,
                test: Some(a.name.clone()),
                index: summary.failures.len(),
            });
        }
    }
}
