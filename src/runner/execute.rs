//! One request of the run: build it from the collection and the variables (with captured
//! path variables bound), sign it (injecting an OAuth2 token when configured), send it, and
//! answer a 401 on an injected token with one refresh and one retry.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use serde_json::Value;
use tokio::sync::watch;

use super::events::{
    AssertionSource, ConsoleMessage, Cursor, ExecError, Execution, ItemInfo, RunEvent,
    ScriptFailure,
};
use super::oauth::TokenProvider;
use super::plan::PlannedItem;
use super::summary::RunSummary;
use super::Scopes;
use crate::auth::{self, Auth};
use crate::collection::model::RequestDef;
use crate::http::HttpClient;
use crate::request::{self, url::PathVariable};
use crate::script::{
    Listen, NextRequest, ScriptEngine, ScriptInfo, ScriptInput, ScriptOutput, ScriptSource,
};
use crate::vars::{ScopeChain, VariableScope};

/// Why a request could not complete and the run must stop.
pub enum Stop {
    /// Interrupted or timed out while in flight; `summary.error` says which.
    Aborted,
}

/// Everything one request needs from the run.
pub struct Ctx<'a> {
    pub scopes: &'a mut Scopes,
    pub engine: &'a mut Option<ScriptEngine>,
    pub data: &'a VariableScope,
    pub captured: &'a [(String, String)],
    pub working_dir: &'a std::path::Path,
    pub client: &'a HttpClient,
    pub tokens: &'a mut Option<TokenProvider>,
    pub warned_auth: &'a mut BTreeSet<String>,
    /// What digest challenges taught, per auth block, for later requests sharing it.
    pub digest_state: &'a mut std::collections::HashMap<String, crate::auth::digest::DigestParams>,
    pub summary: &'a mut RunSummary,
    pub interrupt: &'a mut watch::Receiver<bool>,
    pub deadline: Option<Instant>,
}

fn notice(summary: &mut RunSummary, sink: &mut dyn FnMut(&RunEvent<'_>), msg: String) {
    sink(&RunEvent::Notice(&msg));
    summary.notices.push(msg);
}

/// The request definition with captured values bound to its `:name` path variables.
fn with_captures<'d>(
    def: &'d RequestDef,
    captured: &[(String, String)],
    owned: &'d mut Option<RequestDef>,
) -> &'d RequestDef {
    let has_path_vars = def
        .url
        .path
        .as_ref()
        .is_some_and(|p| p.iter().any(|s| s.starts_with(':')));
    if captured.is_empty() || !has_path_vars {
        return def;
    }
    let mut d = def.clone();
    for (k, v) in captured {
        d.url.variable.push(PathVariable {
            key: Some(k.clone()),
            value: Some(Value::String(v.clone())),
            ..Default::default()
        });
    }
    owned.insert(d)
}

/// Builds, signs and sends one item.
pub async fn execute(
    item: &PlannedItem,
    cursor: Cursor,
    info: Arc<ItemInfo>,
    ctx: &mut Ctx<'_>,
    sink: &mut dyn FnMut(&RunEvent<'_>),
) -> Result<Execution, Stop> {
    let id = crate::vars::new_uuid().to_string();
    let mut exec = Execution {
        id: id.clone(),
        cursor,
        item: info,
        request: None,
        response: None,
        error: None,
        assertions: Vec::new(),
        started: SystemTime::now(),
        secrets: Vec::new(),
        secret_headers: Vec::new(),
        show_body: false,
        script_errors: Vec::new(),
        console: Vec::new(),
        skipped: false,
        next_request: NextRequest::Unset,
        attempts: 1,
    };
    let mut next = NextRequest::Unset;
    // Pre-request scripts: collection, folders, item. They may change the request.
    let mut mutated: Option<RequestDef> = None;
    if !item.prerequest.is_empty() {
        if let Some(out) = run_scripts(
            Listen::Prerequest,
            item,
            &item.request_json,
            None,
            None,
            cursor,
            &id,
            ctx,
            sink,
        )
        .await
        {
            absorb(
                &mut exec,
                &out,
                "prerequest-script",
                AssertionSource::PrerequestScript,
                sink,
            );
            next = out.next_request.clone();
            if let Some(v) = out.request {
                match serde_json::from_value::<RequestDef>(v) {
                    Ok(def) => mutated = Some(def),
                    Err(e) => exec.script_errors.push(ScriptFailure {
                        event: "prerequest-script",
                        name: "TypeError".into(),
                        message: format!(
                            "pm.request was changed into something that is not a request: {e}"
                        ),
                        line: None,
                        column: None,
                        origin: String::new(),
                    }),
                }
            }
            if out.skip_request {
                exec.skipped = true;
                exec.next_request = next;
                return Ok(exec);
            }
        }
    }
    let mut retried_401 = false;
    loop {
        let chain = ScopeChain {
            local: &ctx.scopes.local,
            data: ctx.data,
            environment: &ctx.scopes.environment,
            collection: &ctx.scopes.collection,
            globals: &ctx.scopes.globals,
        };
        let mut owned = None;
        let base = mutated.as_ref().unwrap_or(&item.request);
        let def = with_captures(base, ctx.captured, &mut owned);
        let mut warnings = Vec::new();
        let built = request::build(def, &chain, &item.behavior, ctx.working_dir, &mut warnings);
        for w in warnings {
            notice(ctx.summary, sink, format!("{}: {w}", item.name));
        }
        let mut spec = match built {
            Ok(s) => s,
            Err(e) => {
                exec.error = Some(ExecError {
                    code: "ERR_INVALID_REQUEST".into(),
                    message: e.to_string(),
                });
                return Ok(exec);
            }
        };
        let auth_def = auth::effective(item.auth_chain.iter().map(Option::as_ref));
        let mut auth = match auth_def {
            Some(def) => auth::resolve(def, &chain),
            None => Auth::None,
        };
        // Digest: a nonce learnt earlier with the same auth block signs this request directly,
        // with the next nonce count (as postman-runtime keeps them on the auth).
        let digest_key = matches!(auth, Auth::Digest(_)).then(|| auth_owner(item));
        if let (Some(key), Auth::Digest(d)) = (&digest_key, &mut auth) {
            if let Some(known) = ctx.digest_state.get(key) {
                if d.nonce.is_empty() && d.realm.is_empty() {
                    let count = u32::from_str_radix(&known.nonce_count, 16).unwrap_or(1);
                    d.realm.clone_from(&known.realm);
                    d.nonce.clone_from(&known.nonce);
                    d.qop.clone_from(&known.qop);
                    d.opaque.clone_from(&known.opaque);
                    d.client_nonce.clone_from(&known.client_nonce);
                    if d.algorithm.is_empty() {
                        d.algorithm.clone_from(&known.algorithm);
                    }
                    d.nonce_count = format!("{:08x}", count.saturating_add(1));
                }
            }
        }
        if let Auth::Unsupported(kind) = &auth {
            if ctx.warned_auth.insert(kind.clone()) {
                let msg = format!("auth type \"{kind}\" is not supported yet; requests that use it are sent without auth");
                notice(ctx.summary, sink, msg);
            }
        }
        // OAuth2 injection for oauth2 auths without a token.
        let mut injected = None;
        if TokenProvider::applies(&auth) {
            if let Some(provider) = ctx.tokens.as_mut() {
                match provider.token(auth_def, &chain, ctx.client).await {
                    Ok(tok) => {
                        if let Some(url) = &tok.fetched_from {
                            notice(
                                ctx.summary,
                                sink,
                                format!("fetched an OAuth2 access token from {url}"),
                            );
                        }
                        if let Auth::OAuth2 { access_token, .. } = &mut auth {
                            access_token.clone_from(&tok.value);
                        }
                        injected = Some(tok.key);
                    }
                    Err(e) => {
                        ctx.summary.error = Some(e.to_string());
                        return Err(Stop::Aborted);
                    }
                }
            }
        }
        request::sign_and_add_send_headers(&mut spec, def, &id, |spec| {
            auth.apply(spec);
        });
        exec.secrets = auth.secrets();
        exec.secret_headers.clear();
        if let Auth::ApiKey {
            key,
            in_query: false,
            ..
        } = &auth
        {
            exec.secret_headers.push(key.clone());
        }
        let deadline = ctx.deadline;
        let outcome = tokio::select! {
            r = ctx.client.send(spec, &auth) => Some(r),
            _ = ctx.interrupt.wait_for(|v| *v) => None,
            _ = sleep_until(deadline) => None,
        };
        match outcome {
            Some(Ok(x)) => {
                if x.response.status == 401 && !retried_401 {
                    if let (Some(key), Some(provider)) = (&injected, ctx.tokens.as_mut()) {
                        provider.invalidate(key);
                        retried_401 = true;
                        notice(
                            ctx.summary,
                            sink,
                            format!(
                                "{}: 401 with the injected token; refreshing it and retrying once",
                                item.name
                            ),
                        );
                        continue;
                    }
                }
                exec.attempts = x.attempts;
                if let (Some(key), Some(mut learnt)) = (digest_key, x.digest) {
                    if x.response.status != 401 && !learnt.nonce.is_empty() {
                        if learnt.nonce_count.is_empty() {
                            learnt.nonce_count = "00000001".into();
                        }
                        ctx.digest_state.insert(key, learnt);
                    }
                }
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
                ctx.summary.error = Some(if *ctx.interrupt.borrow() {
                    "run interrupted".into()
                } else {
                    "callback timed out".into()
                });
                return Err(Stop::Aborted);
            }
        }
        break;
    }
    // Test scripts, with the response.
    if !item.test.is_empty() && exec.response.is_some() {
        let out = run_scripts(
            Listen::Test,
            item,
            &item.request_json,
            exec.response.as_ref(),
            exec.request.as_ref(),
            cursor,
            &id,
            ctx,
            sink,
        )
        .await;
        if let Some(out) = out {
            absorb(
                &mut exec,
                &out,
                "test-script",
                AssertionSource::TestScript,
                sink,
            );
            if out.next_request != NextRequest::Unset {
                next = out.next_request;
            }
        }
    }
    exec.next_request = next;
    Ok(exec)
}

/// Runs one event's scripts; None when there is no engine.
#[allow(clippy::too_many_arguments)]
async fn run_scripts(
    listen: Listen,
    item: &PlannedItem,
    request_json: &Value,
    response: Option<&crate::http::Response>,
    sent: Option<&crate::request::RequestSpec>,
    cursor: Cursor,
    id: &str,
    ctx: &mut Ctx<'_>,
    sink: &mut dyn FnMut(&RunEvent<'_>),
) -> Option<ScriptOutput> {
    let _ = sink;
    let engine = ctx.engine.as_mut()?;
    let list = match listen {
        Listen::Prerequest => &item.prerequest,
        Listen::Test => &item.test,
    };
    let sources: Vec<ScriptSource<'_>> = list
        .iter()
        .map(|s| ScriptSource {
            code: &s.code,
            origin: s.origin.clone(),
        })
        .collect();
    let info = ScriptInfo {
        event_name: String::new(),
        iteration: cursor.iteration,
        iteration_count: cursor.iterations,
        request_name: item.name.clone(),
        request_id: item.id.clone(),
        location: item
            .folders
            .iter()
            .cloned()
            .chain(std::iter::once(item.name.clone()))
            .collect(),
    };
    let input = ScriptInput {
        listen,
        request: request_json,
        response,
        request_sent: sent,
        data: ctx.data,
        info,
        cookies: sent
            .map(|r| ctx.client.jar().cookies_for(&r.url.href))
            .unwrap_or_default(),
    };
    let _ = id;
    let out = engine.run(&sources, input, ctx.scopes, ctx.client).await;
    match listen {
        Listen::Prerequest => ctx.summary.stats.prerequest_scripts.total += list.len() as u64,
        Listen::Test => ctx.summary.stats.test_scripts.total += list.len() as u64,
    }
    ctx.summary.stats.scripts.total += list.len() as u64;
    if !out.errors.is_empty() {
        ctx.summary.stats.scripts.failed += 1;
        match listen {
            Listen::Prerequest => ctx.summary.stats.prerequest_scripts.failed += 1,
            Listen::Test => ctx.summary.stats.test_scripts.failed += 1,
        }
    }
    Some(out)
}

/// Moves a script run's assertions, errors and console lines into the execution.
fn absorb(
    exec: &mut Execution,
    out: &ScriptOutput,
    event: &'static str,
    source: AssertionSource,
    sink: &mut dyn FnMut(&RunEvent<'_>),
) {
    for a in &out.assertions {
        let mut a = a.clone();
        a.source = source;
        exec.assertions.push(a);
    }
    for e in &out.errors {
        exec.script_errors.push(ScriptFailure {
            event,
            name: e.name.clone(),
            message: e.message.clone(),
            line: e.line,
            column: e.column,
            origin: e.origin.clone(),
        });
    }
    for c in &out.console {
        let m = ConsoleMessage {
            level: c.level.clone(),
            text: c.newman.clone(),
        };
        sink(&RunEvent::Console(&m));
        exec.console.push(m);
    }
}

/// Which block the effective auth of `item` comes from (the request, a folder by its path, or
/// the collection): learnt digest state belongs to that block, as in postman-runtime.
fn auth_owner(item: &PlannedItem) -> String {
    let Some(level) = item.auth_chain.iter().position(|a| {
        a.as_ref()
            .is_some_and(|a| a.kind.as_deref().is_some_and(|k| k != "type"))
    }) else {
        return String::new();
    };
    if level == 0 {
        return item.path.clone();
    }
    if level + 1 == item.auth_chain.len() {
        return "collection".into();
    }
    // auth_chain: request, folders inner to outer, collection; the path has one segment per
    // enclosing folder, outermost first, then the item.
    let depth = item.folders.len().saturating_sub(level);
    item.path
        .split('.')
        .take(depth + 1)
        .collect::<Vec<_>>()
        .join(".")
}

pub async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d.into()).await,
        None => std::future::pending().await,
    }
}
