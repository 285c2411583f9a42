//! The runner: iterations over the planned items, variable scopes and their lifetimes, auth,
//! sending, bail/delay/timeout/interrupt control, and the events and summary it produces.
//!
//! Scripts are not executed yet: items that carry them still run, and the run reports the
//! scripts as not run with one notice.

pub mod events;
pub mod plan;
pub mod summary;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use tokio::sync::watch;

use crate::auth::{self, Auth};
use crate::http::HttpClient;
use crate::request::{self, Behavior};
use crate::vars::{ScopeChain, VariableScope};
pub use events::{Assertion, Cursor, ExecError, Execution, ItemInfo, RunEvent};
pub use plan::{plan, PlannedItem, UnknownFolder};
pub use summary::{Failure, RunSummary, Stat, Stats};

/// The variable scopes of a run; what is left in them at the end is exported.
#[derive(Debug, Clone, Default)]
pub struct Scopes {
    pub globals: VariableScope,
    pub collection: VariableScope,
    pub environment: VariableScope,
    pub local: VariableScope,
}

/// Validated settings of one run (built by `cli` from flags and files).
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
}

/// Runs `items` and returns the summary; `scopes` holds the final variables afterwards.
/// A `true` sent on `interrupt` stops the run after the request in flight is abandoned.
pub async fn run(
    settings: &RunSettings,
    items: &[PlannedItem],
    scopes: &mut Scopes,
    client: &HttpClient,
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
    let scripts: usize = items
        .iter()
        .map(|i| i.prerequest_scripts + i.test_scripts)
        .sum();
    if scripts > 0 {
        let msg = format!(
            "this collection has {scripts} pre-request/test script(s) per iteration; courier does not run scripts yet, so they are counted as not run and no assertions are checked"
        );
        sink(&RunEvent::Notice(&msg));
        summary.notices.push(msg);
    }
    let mut warned_auth: BTreeSet<String> = BTreeSet::new();
    let empty = VariableScope::new();
    let mut index = 0usize;
    let mut stop = false;
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
        for (position, item) in items.iter().enumerate() {
            if *interrupt.borrow() {
                summary.error = Some("run interrupted".into());
                stop = true;
                break 'iterations;
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                summary.error = Some("callback timed out".into());
                stop = true;
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
            sink(&RunEvent::ItemStarted {
                cursor,
                item: &info,
            });
            summary.stats.items.total += 1;
            summary.stats.prerequests.total += 1;
            summary.stats.tests.total += 1;
            let exec = execute(
                item,
                cursor,
                info.clone(),
                scopes,
                data,
                &settings.working_dir,
                client,
                &mut warned_auth,
                &mut summary,
                sink,
                &mut interrupt,
                deadline,
            )
            .await;
            index += 1;
            let Some(exec) = exec else {
                stop = true;
                break 'iterations;
            };
            record(&mut summary, &exec);
            sink(&RunEvent::Executed(&exec));
            let failed = exec.failed();
            summary.executions.push(exec);
            if failed {
                iteration_failed = true;
                summary.stats.items.failed += 1;
                if settings.bail_on_failure {
                    stop = true;
                    break 'iterations;
                }
            }
        }
        if iteration_failed {
            summary.stats.iterations.failed += 1;
        }
        sink(&RunEvent::IterationFinished { iteration });
    }
    let _ = stop;
    summary.duration = started.elapsed();
    sink(&RunEvent::Finished(&summary));
    summary
}

fn record(summary: &mut RunSummary, exec: &Execution) {
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
                at: format!("assertion:{i} in test-script"),
                item: exec.item.clone(),
                iteration: exec.cursor.iteration,
                test: Some(a.name.clone()),
                index: summary.failures.len(),
            });
        }
    }
}

/// Builds, signs and sends one item. Returns None when the run was interrupted or timed out
/// while the request was in flight.
#[allow(clippy::too_many_arguments)]
async fn execute(
    item: &PlannedItem,
    cursor: Cursor,
    info: Arc<ItemInfo>,
    scopes: &mut Scopes,
    data: &VariableScope,
    working_dir: &std::path::Path,
    client: &HttpClient,
    warned_auth: &mut BTreeSet<String>,
    summary: &mut RunSummary,
    sink: &mut dyn FnMut(&RunEvent<'_>),
    interrupt: &mut watch::Receiver<bool>,
    deadline: Option<Instant>,
) -> Option<Execution> {
    let started = SystemTime::now();
    let id = uuid::Uuid::new_v4().to_string();
    let chain = ScopeChain {
        local: &scopes.local,
        data,
        environment: &scopes.environment,
        collection: &scopes.collection,
        globals: &scopes.globals,
    };
    let mut exec = Execution {
        id: id.clone(),
        cursor,
        item: info,
        request: None,
        response: None,
        error: None,
        assertions: Vec::new(),
        started,
        secrets: Vec::new(),
        secret_headers: Vec::new(),
    };
    let behavior: &Behavior = &item.behavior;
    let mut warnings = Vec::new();
    let built = request::build(&item.request, &chain, behavior, working_dir, &mut warnings);
    for w in warnings {
        let msg = format!("{}: {w}", item.name);
        sink(&RunEvent::Notice(&msg));
        summary.notices.push(msg);
    }
    let mut spec = match built {
        Ok(s) => s,
        Err(e) => {
            exec.error = Some(ExecError {
                code: "ERR_INVALID_REQUEST".into(),
                message: e.to_string(),
            });
            return Some(exec);
        }
    };
    let auth = match auth::effective(item.auth_chain.iter().map(Option::as_ref)) {
        Some(def) => auth::resolve(def, &chain),
        None => Auth::None,
    };
    if let Auth::Unsupported(kind) = &auth {
        if warned_auth.insert(kind.clone()) {
            let msg = format!(
                "auth type \"{kind}\" is not supported yet; requests that use it are sent without auth"
            );
            sink(&RunEvent::Notice(&msg));
            summary.notices.push(msg);
        }
    }
    auth.apply(&mut spec);
    exec.secrets = auth.secrets();
    if let Auth::ApiKey {
        key,
        in_query: false,
        ..
    } = &auth
    {
        exec.secret_headers.push(key.clone());
    }
    request::add_system_headers(&mut spec, &id);
    let send = client.send(spec, &auth);
    let outcome = tokio::select! {
        r = send => Some(r),
        _ = interrupt.wait_for(|v| *v) => None,
        _ = sleep_until(deadline) => None,
    };
    match outcome {
        Some(Ok(x)) => {
            exec.request = Some(x.request);
            exec.response = Some(x.response);
        }
        Some(Err(e)) => {
            exec.error = Some(ExecError {
                code: e.code,
                message: e.message,
            });
            exec.request = Some(*e.request);
        }
        None => {
            summary.error = Some(if *interrupt.borrow() {
                "run interrupted".into()
            } else {
                "callback timed out".into()
            });
            return None;
        }
    }
    Some(exec)
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d.into()).await,
        None => std::future::pending().await,
    }
}
