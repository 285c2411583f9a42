//! One request of the run: build it from the collection and the variables (with captured
//! path variables bound), sign it (injecting an OAuth2 token when configured), send it, and
//! answer a 401 on an injected token with one refresh and one retry.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use serde_json::Value;
use tokio::sync::watch;

use super::events::{Cursor, ExecError, Execution, ItemInfo, RunEvent};
use super::oauth::TokenProvider;
use super::plan::PlannedItem;
use super::summary::RunSummary;
use super::Scopes;
use crate::auth::{self, Auth};
use crate::collection::model::RequestDef;
use crate::http::HttpClient;
use crate::request::{self, url::PathVariable};
use crate::vars::{ScopeChain, VariableScope};

/// Why a request could not complete and the run must stop.
pub enum Stop {
    /// Interrupted or timed out while in flight; `summary.error` says which.
    Aborted,
}

/// Everything one request needs from the run.
pub struct Ctx<'a> {
    pub scopes: &'a Scopes,
    pub data: &'a VariableScope,
    pub captured: &'a [(String, String)],
    pub working_dir: &'a std::path::Path,
    pub client: &'a HttpClient,
    pub tokens: &'a mut Option<TokenProvider>,
    pub warned_auth: &'a mut BTreeSet<String>,
    pub summary: &'a mut RunSummary,
    pub interrupt: &'a mut watch::Receiver<bool>,
    pub deadline: Option<Instant>,
}

fn notice(ctx: &mut Ctx<'_>, sink: &mut dyn FnMut(&RunEvent<'_>), msg: String) {
    sink(&RunEvent::Notice(&msg));
    ctx.summary.notices.push(msg);
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
    let id = uuid::Uuid::new_v4().to_string();
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
    };
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
        let def = with_captures(&item.request, ctx.captured, &mut owned);
        let mut warnings = Vec::new();
        let built = request::build(def, &chain, &item.behavior, ctx.working_dir, &mut warnings);
        for w in warnings {
            notice(ctx, sink, format!("{}: {w}", item.name));
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
        if let Auth::Unsupported(kind) = &auth {
            if ctx.warned_auth.insert(kind.clone()) {
                let msg = format!("auth type \"{kind}\" is not supported yet; requests that use it are sent without auth");
                notice(ctx, sink, msg);
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
                                ctx,
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
        auth.apply(&mut spec);
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
        request::add_system_headers(&mut spec, &id);
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
                            ctx,
                            sink,
                            format!(
                                "{}: 401 with the injected token; refreshing it and retrying once",
                                item.name
                            ),
                        );
                        continue;
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
        return Ok(exec);
    }
}

pub async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d.into()).await,
        None => std::future::pending().await,
    }
}
