//! `courier run`: resolves raw arguments into run settings (loading every file before any
//! request is sent), builds the reporters, runs, writes reports and exports, and returns the
//! exit code.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

use super::args::RunArgs;
use super::exit;
use super::flow;
use super::profile::{self, Profile};
use crate::collection::{self, environment, VariableFile};
use crate::http::{self, HttpClient, HttpOptions, TlsOptions};
use crate::report::{self, cli::CliOptions, Redactor, Reporters, RunContext};
use crate::runner::{self, RunSettings, Scopes};
use crate::vars::VariableScope;

/// A problem that stops the run before it starts: message and exit code.
#[derive(Debug)]
pub struct SetupError {
    pub message: String,
    pub code: i32,
}

fn setup(code: i32, message: impl Into<String>) -> SetupError {
    SetupError {
        message: message.into(),
        code,
    }
}

/// Runs `courier run` and returns the exit code.
pub async fn run(args: RunArgs) -> i32 {
    match run_inner(args).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", e.message);
            e.code
        }
    }
}

fn refuse_unsupported(a: &RunArgs) -> Result<(), SetupError> {
    if a.postman_api_key.is_some() {
        return Err(setup(exit::USAGE, "--postman-api-key: loading collections from the Postman API is not supported yet; export the collection to a file"));
    }
    if a.ssl_client_cert_list.is_some() {
        return Err(setup(exit::USAGE, "--ssl-client-cert-list is not supported yet; use --ssl-client-cert and --ssl-client-key"));
    }
    if a.no_insecure_file_read {
        return Err(setup(
            exit::USAGE,
            "--no-insecure-file-read is not supported yet",
        ));
    }
    let c = a.collection.to_string_lossy();
    if c.starts_with("http://") || c.starts_with("https://") {
        return Err(setup(
            exit::USAGE,
            format!("{c}: loading a collection from a URL is not supported yet; download it first"),
        ));
    }
    if !matches!(a.color.as_str(), "on" | "off" | "auto") {
        return Err(setup(
            exit::USAGE,
            format!("--color: expected on, off or auto, got {:?}", a.color),
        ));
    }
    if let Some(b) = &a.bail {
        for m in b.split(',').map(str::trim).filter(|m| !m.is_empty()) {
            if m != "failure" && m != "folder" {
                return Err(setup(
                    exit::USAGE,
                    format!("--bail: unknown modifier {m:?}; expected failure and/or folder"),
                ));
            }
        }
    }
    if a.iteration_count == Some(0) {
        return Err(setup(
            exit::USAGE,
            "--iteration-count: must be a positive integer",
        ));
    }
    for r in &a.reporters {
        if !matches!(r.as_str(), "cli" | "json" | "junit" | "progress" | "html") {
            return Err(setup(exit::USAGE, format!("-r/--reporters: reporter {r:?} is not supported; available: cli, json, junit, progress, html")));
        }
    }
    for name in a.reporter_options.keys() {
        if name != "*"
            && !matches!(
                name.as_str(),
                "cli" | "json" | "junit" | "progress" | "html"
            )
        {
            return Err(setup(exit::USAGE, format!("--reporter-{name}-…: reporter {name:?} is not supported; available: cli, json, junit, progress, html")));
        }
    }
    Ok(())
}

fn load_err(e: collection::LoadError) -> SetupError {
    setup(exit::INPUT, e.to_string())
}

fn apply_overrides(
    scope: &mut VariableScope,
    list: &[String],
    flag: &str,
) -> Result<(), SetupError> {
    for kv in list {
        let (k, v) = environment::parse_kv_override(kv)
            .map_err(|e| setup(exit::USAGE, format!("{flag} {kv:?}: {e}")))?;
        scope.set(&k, Value::String(v.unwrap_or_default()));
    }
    Ok(())
}

/// Checks that an export path can be written, before the run starts.
fn check_writable(path: &Path, flag: &str) -> Result<(), SetupError> {
    if path.is_dir() {
        return Ok(());
    }
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut existing = parent;
    while !existing.exists() {
        match existing.parent() {
            Some(p) if !p.as_os_str().is_empty() => existing = p,
            _ => return Ok(()),
        }
    }
    if !existing.is_dir() {
        return Err(setup(
            exit::CONFIG,
            format!(
                "{flag} {}: {} is not a directory",
                path.display(),
                existing.display()
            ),
        ));
    }
    let md = std::fs::metadata(existing)
        .map_err(|e| setup(exit::CONFIG, format!("{flag} {}: {e}", path.display())))?;
    if md.permissions().readonly() {
        return Err(setup(
            exit::CONFIG,
            format!(
                "{flag} {}: directory {} is not writable",
                path.display(),
                existing.display()
            ),
        ));
    }
    Ok(())
}

async fn run_inner(mut a: RunArgs) -> Result<i32, SetupError> {
    let profile = match &a.config {
        Some(p) => profile::load(p).map_err(|m| setup(exit::INPUT, m))?,
        None => Profile::default(),
    };
    profile.apply_to(&mut a);
    refuse_unsupported(&a)?;
    // An in-process emulator: the collection's base URL variable points at it, its CA is
    // trusted and its API token is the one exchanged.
    let mock = match a.mock.as_deref() {
        None => None,
        Some(name) => Some(start_mock(name, &profile).await?),
    };
    let mut extra_ca_pem: Vec<String> = Vec::new();
    if let Some(m) = &mock {
        let var = profile
            .mock
            .as_ref()
            .and_then(|m| m.base_url_var.clone())
            .unwrap_or_else(|| "base_url".into());
        a.env_var.push(format!("{var}={}", m.host_port));
        extra_ca_pem.extend(m.ca_pem().map(str::to_string));
    }
    // 1. Inputs, all loaded and validated before any request.
    let coll = collection::load_collection(&a.collection).map_err(load_err)?;
    let coll_json: Value = collection::load::read_text(&a.collection)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    let mut env_file = match &a.environment {
        Some(p) => environment::load_environment(p).map_err(load_err)?,
        None => empty_file(),
    };
    let mut globals_file = match &a.globals {
        Some(p) => environment::load_globals(p).map_err(load_err)?,
        None => empty_file(),
    };
    apply_overrides(&mut env_file.scope, &a.env_var, "--env-var")?;
    apply_overrides(&mut globals_file.scope, &a.global_var, "--global-var")?;
    let data = match &a.iteration_data {
        Some(p) => collection::data::load_data(p).map_err(load_err)?,
        None => Vec::new(),
    };
    let mut items =
        runner::plan(&coll, &a.folder).map_err(|e| setup(exit::UNKNOWN_FOLDER, e.to_string()))?;
    let iterations = a
        .iteration_count
        .map(|n| n as usize)
        .unwrap_or(if data.is_empty() { 1 } else { data.len() });
    let working_dir = a.working_dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let config_name = a
        .config
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "--config".into());
    let all_names: Vec<String> = runner::plan(&coll, &[])
        .map(|v| v.into_iter().map(|i| i.name).collect())
        .unwrap_or_default();
    let flow_rules = flow::rules(&profile, &all_names, &config_name)?;
    runner::attach_raw_requests(&mut items, &coll_json);
    flow::apply_body_files(&flow_rules, &mut items)?;
    let oauth = flow::oauth_settings(&a, &profile);
    let leanix_token = mock.as_ref().map(|m| m.api_token.clone());
    let token = flow::token_source(
        &oauth,
        &env_file.scope,
        &globals_file.scope,
        leanix_token.as_deref(),
    )?;

    // 2. Outputs checked up front.
    let ropt = |r: &str, o: &str| -> Option<String> {
        a.reporter_options
            .get(r)
            .and_then(|m| m.get(o))
            .or_else(|| a.reporter_options.get("*").and_then(|m| m.get(o)))
            .cloned()
    };
    let reporters: Vec<String> = if a.reporters.is_empty() {
        vec!["cli".into()]
    } else {
        a.reporters.clone()
    };
    let json_export = ropt("json", "export").map(PathBuf::from);
    // The html reporter's options: generic `--reporter-<opt>` first, then `--reporter-html-<opt>`.
    let html_opts = {
        let mut m = a.reporter_options.get("*").cloned().unwrap_or_default();
        m.extend(a.reporter_options.get("html").cloned().unwrap_or_default());
        report::html::HtmlOptions::from_reporter_options(&m).map_err(|e| setup(exit::USAGE, e))?
    };
    if reporters.iter().any(|r| r == "html") {
        html_opts
            .check_template()
            .map_err(|e| setup(exit::INPUT, e.to_string()))?;
    }
    let junit_export = ropt("junit", "export").map(PathBuf::from);
    for (p, flag) in [
        (&a.export_environment, "--export-environment"),
        (&a.export_globals, "--export-globals"),
        (&a.export_collection, "--export-collection"),
        (&a.export_cookie_jar, "--export-cookie-jar"),
        (&json_export, "--reporter-json-export"),
        (&junit_export, "--reporter-junit-export"),
        (&html_opts.export, "--reporter-html-export"),
    ] {
        if let Some(p) = p {
            check_writable(p, flag)?;
        }
    }

    // 3. The HTTP client.
    let jar = match &a.cookie_jar {
        Some(p) => http::cookies::load_jar(p).map_err(|e| setup(exit::INPUT, e))?,
        None => cookie_store::CookieStore::new(),
    };
    let http_opts = HttpOptions {
        tls: TlsOptions {
            extra_ca: a.ssl_extra_ca_certs.iter().cloned().collect(),
            extra_ca_pem,
            client_cert: a.ssl_client_cert.clone(),
            client_key: a.ssl_client_key.clone(),
            client_passphrase: a.ssl_client_passphrase.clone(),
        },
        insecure: a.insecure,
        timeout: a
            .timeout_request
            .filter(|t| *t > 0)
            .map(Duration::from_millis),
        ignore_redirects: a.ignore_redirects,
        max_body: a
            .max_response_size
            .unwrap_or(HttpOptions::default().max_body),
    };
    let client = HttpClient::new(http_opts, jar).map_err(|e| setup(exit::CONFIG, e.0))?;

    // 4. Reporters.
    let mut redact = Redactor::new();
    let mut tokens = None;
    if let Some((source, secrets)) = token {
        for s in &secrets {
            redact.add_value(s);
        }
        tokens = Some(runner::TokenProvider::new(source));
    }
    redact.disabled = a.no_redact;
    for v in &a.secret_value {
        redact.add_value(v);
    }
    let collection_vars = VariableScope::from_vars(
        coll.variable
            .iter()
            .filter_map(|v| v.to_variable())
            .collect(),
    );
    for scope in [&env_file.scope, &globals_file.scope, &collection_vars] {
        for v in scope.vars() {
            let named = a.secret.iter().any(|n| n == &v.key);
            if v.kind.as_deref() == Some("secret") || named || report::redact::looks_secret(&v.key)
            {
                if let Some(s) = v.value.as_ref().and_then(crate::vars::js_string) {
                    redact.add_value(&s);
                }
            }
        }
    }
    let mut sinks = Reporters::default();
    let color = match a.color.as_str() {
        "on" => true,
        "off" => false,
        _ => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    for r in &reporters {
        match r.as_str() {
            "cli" if !a.silent && ropt("cli", "silent").is_none() => {
                let opts = CliOptions {
                    color,
                    unicode: !a.disable_unicode,
                    no_summary: ropt("cli", "no-summary").is_some(),
                    no_failures: ropt("cli", "no-failures").is_some(),
                    no_banner: ropt("cli", "no-banner").is_some(),
                    no_assertions: ropt("cli", "no-assertions").is_some(),
                    no_success_assertions: ropt("cli", "no-success-assertions").is_some(),
                    no_console: ropt("cli", "no-console").is_some(),
                    github_annotations: std::env::var("GITHUB_ACTIONS").as_deref() == Ok("true"),
                    verbose: a.verbose,
                };
                sinks.push(Box::new(report::cli::CliReporter::new(
                    Box::new(std::io::BufWriter::new(std::io::stdout())),
                    opts,
                    redact.clone(),
                )));
            }
            "json" => sinks.push(Box::new(report::json::JsonReporter::new(
                json_export.clone(),
                redact.clone(),
            ))),
            "junit" => sinks.push(Box::new(report::junit::JunitReporter::new(
                junit_export.clone(),
                redact.clone(),
            ))),
            "html" => sinks.push(Box::new(report::html::HtmlReporter::new(
                html_opts.clone(),
                redact.clone(),
            ))),
            "progress" if !a.silent => {
                sinks.push(Box::new(report::progress::ProgressReporter::new(color)))
            }
            _ => {}
        }
    }

    // 5. Run, with Ctrl-C / SIGTERM stopping it cleanly.
    let (tx, rx) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        super::wait_for_signal().await;
        let _ = tx.send(true);
    });
    let mut scopes = Scopes {
        globals: globals_file.scope.clone(),
        collection: collection_vars,
        environment: env_file.scope.clone(),
        local: VariableScope::new(),
    };
    let settings = RunSettings {
        collection_name: coll.info.name.clone(),
        collection_id: coll.info.postman_id.clone(),
        iterations,
        data,
        delay: Duration::from_millis(a.delay_request.unwrap_or(0)),
        run_timeout: a.timeout.filter(|t| *t > 0).map(Duration::from_millis),
        bail_on_failure: a
            .bail
            .as_deref()
            .is_some_and(|b| b.split(',').any(|m| m.trim() == "failure")),
        working_dir,
        flow: flow_rules,
        script_timeout: a
            .timeout_script
            .filter(|t| *t > 0)
            .map(Duration::from_millis),
    };
    let summary = runner::run(
        &settings,
        &items,
        &mut scopes,
        &client,
        &mut tokens,
        rx,
        &mut |e| sinks.on_event(e),
    )
    .await;

    if let Some(m) = mock {
        m.shutdown().await;
    }

    // 6. Reports and exports, also after an interrupted run.
    env_file.scope = scopes.environment.clone();
    globals_file.scope = scopes.globals.clone();
    let mut coll_out = coll_json.clone();
    if let Value::Object(o) = &mut coll_out {
        let vars: Vec<Value> = scopes
            .collection
            .vars()
            .iter()
            .map(|v| {
                let mut m = serde_json::Map::new();
                m.insert("key".into(), Value::String(v.key.clone()));
                if let Some(val) = &v.value {
                    m.insert("value".into(), val.clone());
                }
                if let Some(k) = &v.kind {
                    m.insert("type".into(), Value::String(k.clone()));
                }
                if !v.enabled {
                    m.insert("disabled".into(), Value::Bool(true));
                }
                Value::Object(m)
            })
            .collect();
        if !vars.is_empty() || o.contains_key("variable") {
            o.insert("variable".into(), Value::Array(vars));
        }
    }
    let ctx = RunContext {
        collection: coll_out.clone(),
        environment: environment::export_variable_file(&env_file, "environment"),
        globals: environment::export_variable_file(&globals_file, "globals"),
    };
    let mut failed_output = false;
    for e in sinks.finish(&summary, &ctx) {
        eprintln!("error: {e}");
        failed_output = true;
    }
    let exports: [(&Option<PathBuf>, &str, Value); 4] = [
        (
            &a.export_environment,
            "--export-environment",
            ctx.environment.clone(),
        ),
        (&a.export_globals, "--export-globals", ctx.globals.clone()),
        (&a.export_collection, "--export-collection", coll_out),
        (
            &a.export_cookie_jar,
            "--export-cookie-jar",
            client.jar().export(),
        ),
    ];
    // Exports go through the same redaction as the reports (every secret the run used);
    // the cookie jar is exported as it is, since carrying the session is its purpose.
    let mut export_redact = redact.clone();
    export_redact.learn_run(&summary);
    for (path, flag, value) in exports {
        if let Some(p) = path {
            let value = if flag == "--export-cookie-jar" {
                value
            } else {
                export_redact.json(&value)
            };
            let text = serde_json::to_vec_pretty(&value).unwrap_or_default();
            if let Err(e) = report::write_export(p, "export.json", &text, flag) {
                eprintln!("error: {e}");
                failed_output = true;
            }
        }
    }

    if summary.error.as_deref() == Some("run interrupted") {
        return Ok(exit::INTERRUPTED);
    }
    if a.suppress_exit_code {
        return Ok(exit::OK);
    }
    Ok(if summary.failed() || failed_output {
        exit::FAILURES
    } else {
        exit::OK
    })
}

/// Starts the named emulator on an ephemeral port with the profile's configurations.
async fn start_mock(name: &str, profile: &Profile) -> Result<crate::mock::MockHandle, SetupError> {
    if name != "leanix" {
        return Err(setup(
            exit::USAGE,
            format!("--mock: unknown emulator {name:?}; available: leanix"),
        ));
    }
    let mp = profile.mock.clone().unwrap_or_default();
    let defaults = crate::mock::MockOptions::default();
    let opts = crate::mock::MockOptions {
        configs: mp
            .config
            .iter()
            .cloned()
            .map(crate::mock::ConfigSource::File)
            .collect(),
        processing_delay: mp
            .processing_delay_ms
            .map(Duration::from_millis)
            .unwrap_or(defaults.processing_delay),
        ..defaults
    };
    let handle = crate::mock::start(opts)
        .await
        .map_err(|e| setup(exit::CONFIG, format!("--mock leanix: {e}")))?;
    eprintln!("courier: LeanIX emulator started at {}", handle.base_url);
    Ok(handle)
}

fn empty_file() -> VariableFile {
    VariableFile {
        id: None,
        name: None,
        scope: VariableScope::new(),
        raw_extra: serde_json::Map::new(),
    }
}
