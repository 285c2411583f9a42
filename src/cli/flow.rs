//! Turns the flow and OAuth2 parts of the command line and the run profile into the
//! runner's rules: captures, polls and body files by request name (checked against the
//! collection), and the OAuth2 token source (with its secrets, for masking).

use std::time::Duration;

use super::args::RunArgs;
use super::exit;
use super::profile::{OAuth2Source, Profile};
use super::run::SetupError;
use crate::collection::model::BodyDef;
use crate::runner::{Extractor, FlowRules, ItemRule, PlannedItem, Poll, TokenSource};
use crate::vars::{js_string, VariableScope};

fn err(code: i32, message: String) -> SetupError {
    SetupError { message, code }
}

/// The flow rules of the profile, refused when they name requests the collection lacks.
pub fn rules(
    profile: &Profile,
    all_names: &[String],
    config: &str,
) -> Result<FlowRules, SetupError> {
    let mut flow = FlowRules::default();
    for r in &profile.request {
        let bad = |m: String| err(exit::USAGE, format!("{config}: request {:?}: {m}", r.name));
        let mut rule = ItemRule::default();
        for (var, expr) in &r.capture {
            rule.captures
                .push((var.clone(), Extractor::parse(expr).map_err(bad)?));
        }
        if let Some(p) = &r.poll {
            if p.done.is_empty() {
                return Err(bad(
                    "poll needs `in`, the values that end the polling".into()
                ));
            }
            rule.poll = Some(Poll {
                until: Extractor::parse(&p.until).map_err(bad)?,
                done: p.done.clone(),
                fail: p.fail.clone(),
                interval: Duration::from_millis(p.interval_ms),
                max_attempts: p.max_attempts.or(if p.max_time_ms.is_none() {
                    Some(60)
                } else {
                    None
                }),
                max_time: p.max_time_ms.map(Duration::from_millis),
            });
        }
        rule.body_file.clone_from(&r.body_file);
        rule.print_body = r.print_body;
        flow.by_name.insert(r.name.clone(), rule);
    }
    flow.check_names(all_names.iter().map(String::as_str))
        .map_err(|m| err(exit::USAGE, format!("{config}: {m}")))?;
    Ok(flow)
}

/// Replaces the body of every item that has a body file with the file's content (raw).
pub fn apply_body_files(flow: &FlowRules, items: &mut [PlannedItem]) -> Result<(), SetupError> {
    for item in items {
        let Some(path) = flow.get(&item.name).and_then(|r| r.body_file.as_ref()) else {
            continue;
        };
        let text = std::fs::read_to_string(path).map_err(|e| {
            err(
                exit::INPUT,
                format!(
                    "body file {} for request {:?}: {e}",
                    path.display(),
                    item.name
                ),
            )
        })?;
        let json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        item.request.body = Some(BodyDef {
            mode: Some("raw".into()),
            raw: text,
            options: json.then(|| serde_json::json!({"raw": {"language": "json"}})),
            ..Default::default()
        });
    }
    Ok(())
}

/// The OAuth2 settings: flags first, then the profile.
pub fn oauth_settings(a: &RunArgs, profile: &Profile) -> OAuth2Source {
    let p = profile.oauth2.clone().unwrap_or_default();
    OAuth2Source {
        token_env: a.oauth2_token_env.clone().or(p.token_env),
        token_file: a.oauth2_token_file.clone().or(p.token_file),
        token_url: a.oauth2_token_url.clone().or(p.token_url),
        client_id: a.oauth2_client_id.clone().or(p.client_id),
        client_secret_env: a.oauth2_client_secret_env.clone().or(p.client_secret_env),
        client_secret_file: a.oauth2_client_secret_file.clone().or(p.client_secret_file),
        client_secret_var: p.client_secret_var,
        scope: a.oauth2_scope.clone().or(p.scope),
        audience: a.oauth2_audience.clone().or(p.audience),
        client_auth: a.oauth2_client_auth.clone().or(p.client_auth),
        leanix_api_token_env: a.leanix_api_token_env.clone().or(p.leanix_api_token_env),
    }
}

fn env_secret(var: &str, what: &str) -> Result<String, SetupError> {
    match std::env::var(var) {
        Ok(v) if !v.trim().is_empty() => Ok(v.trim().to_string()),
        _ => Err(err(
            exit::CONFIG,
            format!("{what}: the environment variable {var} is not set; export {var}=… before the run (it is never read from the command line)"),
        )),
    }
}

fn file_secret(path: &std::path::Path, what: &str) -> Result<String, SetupError> {
    let t = std::fs::read_to_string(path)
        .map_err(|e| err(exit::CONFIG, format!("{what}: {}: {e}", path.display())))?;
    let t = t.trim().to_string();
    if t.is_empty() {
        return Err(err(
            exit::CONFIG,
            format!("{what}: {} is empty", path.display()),
        ));
    }
    Ok(t)
}

/// The token source, if any is configured, and the secret values it holds.
/// `leanix_token` (from `--mock leanix`) replaces the LeanIX API token variable.
pub fn token_source(
    o: &OAuth2Source,
    env: &VariableScope,
    globals: &VariableScope,
    leanix_token: Option<&str>,
) -> Result<Option<(TokenSource, Vec<String>)>, SetupError> {
    if let Some(var) = &o.token_env {
        let t = env_secret(var, "--oauth2-token-env")?;
        return Ok(Some((TokenSource::Static(t.clone()), vec![t])));
    }
    if let Some(path) = &o.token_file {
        let t = file_secret(path, "--oauth2-token-file")?;
        return Ok(Some((TokenSource::Static(t.clone()), vec![t])));
    }
    let client_auth = match o.client_auth.as_deref() {
        None => None,
        Some("basic") | Some("header") => Some(true),
        Some("body") => Some(false),
        Some(other) => {
            return Err(err(
                exit::USAGE,
                format!("--oauth2-client-auth: expected basic or body, got {other:?}"),
            ))
        }
    };
    if o.leanix_api_token_env.is_some() || leanix_token.is_some() {
        let secret = match leanix_token {
            Some(t) => t.to_string(),
            None => env_secret(
                o.leanix_api_token_env.as_deref().unwrap_or_default(),
                "--leanix-api-token-env (the LeanIX API token)",
            )?,
        };
        let source = TokenSource::ClientCredentials {
            token_url: Some(
                o.token_url
                    .clone()
                    .unwrap_or_else(|| "https://{{base_url}}/services/mtm/v1/oauth2/token".into()),
            ),
            client_id: Some("apitoken".into()),
            client_secret: Some(secret.clone()),
            scope: o.scope.clone(),
            audience: o.audience.clone(),
            basic: Some(client_auth.unwrap_or(true)),
        };
        return Ok(Some((source, vec![secret])));
    }
    let secret = if let Some(var) = &o.client_secret_env {
        Some(env_secret(var, "--oauth2-client-secret-env")?)
    } else if let Some(path) = &o.client_secret_file {
        Some(file_secret(path, "--oauth2-client-secret-file")?)
    } else if let Some(name) = &o.client_secret_var {
        let v = env
            .get_value(name)
            .or_else(|| globals.get_value(name))
            .and_then(js_string);
        Some(v.ok_or_else(|| {
            err(
                exit::CONFIG,
                format!(
                    "oauth2 client-secret-var: no environment or global variable named {name:?}"
                ),
            )
        })?)
    } else {
        None
    };
    if secret.is_none() && o.token_url.is_none() && o.client_id.is_none() {
        return Ok(None);
    }
    let secrets = secret.iter().cloned().collect();
    let source = TokenSource::ClientCredentials {
        token_url: o.token_url.clone(),
        client_id: o.client_id.clone(),
        client_secret: secret,
        scope: o.scope.clone(),
        audience: o.audience.clone(),
        basic: client_auth,
    };
    Ok(Some((source, secrets)))
}
