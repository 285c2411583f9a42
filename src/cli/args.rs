//! Raw command-line arguments (clap derive), with `newman run`'s option names, plus the
//! `--reporter-<name>-<option>` family that clap cannot declare (parsed by hand first).

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// courier — a fast, Newman-compatible runner for Postman collections.
#[derive(Debug, Parser)]
#[command(name = "courier", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a collection, as `newman run` does.
    Run(Box<RunArgs>),
    /// Start a local emulator of an API.
    Mock(MockArgs),
}

/// `courier mock <api>`
#[derive(Debug, Args)]
pub struct MockArgs {
    #[command(subcommand)]
    pub which: MockWhich,
}

/// The emulators courier ships.
#[derive(Debug, Subcommand)]
pub enum MockWhich {
    /// The SAP LeanIX Integration API (MTM token exchange, synchronization runs, inbound processors).
    Leanix(crate::mock::MockLeanixArgs),
}

/// `courier run` options: the same names and meanings as `newman run`.
#[derive(Debug, Args, Default)]
pub struct RunArgs {
    /// Path to the collection file (v2.0 or v2.1).
    pub collection: PathBuf,

    /// Environment file.
    #[arg(short = 'e', long = "environment", value_name = "PATH")]
    pub environment: Option<PathBuf>,
    /// Globals file.
    #[arg(short = 'g', long = "globals", value_name = "PATH")]
    pub globals: Option<PathBuf>,
    /// Set an environment variable: `--env-var key=value` (repeatable).
    #[arg(long = "env-var", value_name = "KEY=VALUE")]
    pub env_var: Vec<String>,
    /// Set a global variable: `--global-var key=value` (repeatable).
    #[arg(long = "global-var", value_name = "KEY=VALUE")]
    pub global_var: Vec<String>,
    /// Number of iterations.
    #[arg(short = 'n', long = "iteration-count", value_name = "N")]
    pub iteration_count: Option<u64>,
    /// Iteration data file (JSON array of objects, or CSV with a header row).
    #[arg(short = 'd', long = "iteration-data", value_name = "PATH")]
    pub iteration_data: Option<PathBuf>,
    /// Run only this folder or request (repeatable; runs in collection order).
    #[arg(long = "folder", value_name = "NAME")]
    pub folder: Vec<String>,
    /// Base directory for relative file paths in bodies.
    #[arg(long = "working-dir", value_name = "PATH")]
    pub working_dir: Option<PathBuf>,

    /// Write the final environment to this file.
    #[arg(long = "export-environment", value_name = "PATH")]
    pub export_environment: Option<PathBuf>,
    /// Write the final globals to this file.
    #[arg(long = "export-globals", value_name = "PATH")]
    pub export_globals: Option<PathBuf>,
    /// Write the collection, with its final variables, to this file.
    #[arg(long = "export-collection", value_name = "PATH")]
    pub export_collection: Option<PathBuf>,
    /// Write the cookie jar to this file at the end of the run.
    #[arg(long = "export-cookie-jar", value_name = "PATH")]
    pub export_cookie_jar: Option<PathBuf>,
    /// Load cookies from a serialized tough-cookie jar.
    #[arg(long = "cookie-jar", value_name = "PATH")]
    pub cookie_jar: Option<PathBuf>,

    /// Stop the run on a failure (`failure`, the default) or on an unknown folder (`folder`).
    #[arg(long = "bail", value_name = "MODIFIERS", num_args = 0..=1, default_missing_value = "failure")]
    pub bail: Option<String>,
    /// Do not follow redirects.
    #[arg(long = "ignore-redirects")]
    pub ignore_redirects: bool,
    /// Always exit 0.
    #[arg(short = 'x', long = "suppress-exit-code")]
    pub suppress_exit_code: bool,
    /// No console output.
    #[arg(long = "silent")]
    pub silent: bool,
    /// Use ASCII instead of Unicode symbols.
    #[arg(long = "disable-unicode")]
    pub disable_unicode: bool,
    /// Colour output: on, off or auto.
    #[arg(long = "color", value_name = "on|off|auto", default_value = "auto")]
    pub color: String,
    /// Print response bodies and more detail.
    #[arg(long = "verbose")]
    pub verbose: bool,
    /// Delay between requests, in milliseconds.
    #[arg(long = "delay-request", value_name = "MS", num_args = 0..=1, default_missing_value = "0")]
    pub delay_request: Option<u64>,
    /// Timeout for the whole run, in milliseconds (0: none).
    #[arg(long = "timeout", value_name = "MS")]
    pub timeout: Option<u64>,
    /// Timeout for each request, in milliseconds (0: none).
    #[arg(long = "timeout-request", value_name = "MS")]
    pub timeout_request: Option<u64>,
    /// Timeout for each script, in milliseconds (accepted; scripts are not run yet).
    #[arg(long = "timeout-script", value_name = "MS")]
    pub timeout_script: Option<u64>,

    /// Do not verify TLS certificates.
    #[arg(short = 'k', long = "insecure")]
    pub insecure: bool,
    /// Client certificate (PEM).
    #[arg(long = "ssl-client-cert", value_name = "PATH")]
    pub ssl_client_cert: Option<PathBuf>,
    /// Client certificate private key (PEM).
    #[arg(long = "ssl-client-key", value_name = "PATH")]
    pub ssl_client_key: Option<PathBuf>,
    /// Passphrase of the client key.
    #[arg(long = "ssl-client-passphrase", value_name = "PASSPHRASE")]
    pub ssl_client_passphrase: Option<String>,
    /// Extra trusted CA certificates (PEM).
    #[arg(long = "ssl-extra-ca-certs", value_name = "PATH")]
    pub ssl_extra_ca_certs: Option<PathBuf>,

    /// Reporters to use, comma-separated: cli, json, junit, progress.
    #[arg(
        short = 'r',
        long = "reporters",
        value_name = "LIST",
        value_delimiter = ','
    )]
    pub reporters: Vec<String>,

    /// Keep at most this many bytes of each response body for scripts and reports (courier;
    /// default 64 MiB). The whole body is still read and its size reported.
    #[arg(long = "max-response-size", value_name = "BYTES")]
    pub max_response_size: Option<usize>,

    /// Mask the value of this variable in every output (repeatable).
    #[arg(long = "secret", value_name = "NAME")]
    pub secret: Vec<String>,
    /// Mask this value in every output (repeatable).
    #[arg(long = "secret-value", value_name = "VALUE")]
    pub secret_value: Vec<String>,
    /// Show secrets in outputs: for local debugging only.
    #[arg(long = "no-redact")]
    pub no_redact: bool,

    /// Run profile (TOML or JSON): any of these options, plus captures, polling, body files
    /// and the OAuth2 token source. Flags given here override it.
    #[arg(long = "config", value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Start a built-in emulator for the run (`leanix`) and point the collection at it.
    #[arg(long = "mock", value_name = "NAME")]
    pub mock: Option<String>,

    /// OAuth2: use the access token in this environment variable for oauth2 requests without one.
    #[arg(
        long = "oauth2-token-env",
        value_name = "VAR",
        help_heading = "OAuth2 token injection"
    )]
    pub oauth2_token_env: Option<String>,
    /// OAuth2: use the access token in this file.
    #[arg(
        long = "oauth2-token-file",
        value_name = "PATH",
        help_heading = "OAuth2 token injection"
    )]
    pub oauth2_token_file: Option<PathBuf>,
    /// OAuth2 client-credentials grant: token endpoint (defaults to the collection's accessTokenUrl).
    #[arg(
        long = "oauth2-token-url",
        value_name = "URL",
        help_heading = "OAuth2 token injection"
    )]
    pub oauth2_token_url: Option<String>,
    /// OAuth2 client id (defaults to the collection's clientId).
    #[arg(
        long = "oauth2-client-id",
        value_name = "ID",
        help_heading = "OAuth2 token injection"
    )]
    pub oauth2_client_id: Option<String>,
    /// OAuth2 client secret, from this environment variable.
    #[arg(
        long = "oauth2-client-secret-env",
        value_name = "VAR",
        help_heading = "OAuth2 token injection"
    )]
    pub oauth2_client_secret_env: Option<String>,
    /// OAuth2 client secret, from this file.
    #[arg(
        long = "oauth2-client-secret-file",
        value_name = "PATH",
        help_heading = "OAuth2 token injection"
    )]
    pub oauth2_client_secret_file: Option<PathBuf>,
    /// OAuth2 scope.
    #[arg(
        long = "oauth2-scope",
        value_name = "SCOPE",
        help_heading = "OAuth2 token injection"
    )]
    pub oauth2_scope: Option<String>,
    /// OAuth2 audience.
    #[arg(
        long = "oauth2-audience",
        value_name = "AUDIENCE",
        help_heading = "OAuth2 token injection"
    )]
    pub oauth2_audience: Option<String>,
    /// OAuth2 client authentication: basic (header, the default) or body.
    #[arg(
        long = "oauth2-client-auth",
        value_name = "basic|body",
        help_heading = "OAuth2 token injection"
    )]
    pub oauth2_client_auth: Option<String>,
    /// SAP LeanIX: exchange the API token in this environment variable for access tokens.
    #[arg(
        long = "leanix-api-token-env",
        value_name = "VAR",
        help_heading = "OAuth2 token injection"
    )]
    pub leanix_api_token_env: Option<String>,

    /// Not supported yet (refused with a message).
    #[arg(long = "postman-api-key", hide = true)]
    pub postman_api_key: Option<String>,
    /// Not supported yet (refused with a message).
    #[arg(long = "ssl-client-cert-list", hide = true)]
    pub ssl_client_cert_list: Option<PathBuf>,
    /// Not supported yet (refused with a message).
    #[arg(long = "no-insecure-file-read", hide = true)]
    pub no_insecure_file_read: bool,

    /// `--reporter-<name>-<option>` values, filled from the raw arguments.
    #[arg(skip)]
    pub reporter_options: ReporterOptions,
}

/// Options per reporter (`json` → `export` → path); `*` holds `--reporter-<option>` for all.
pub type ReporterOptions = BTreeMap<String, BTreeMap<String, String>>;

/// Reporter names that `--reporter-<name>-…` may address.
pub const REPORTER_NAMES: &[&str] = &[
    "cli",
    "json",
    "junit",
    "progress",
    "html",
    "htmlextra",
    "emojitrain",
    "teamcity",
];

/// Options that never take a value.
fn is_boolean_option(opt: &str) -> bool {
    opt.starts_with("no-")
        || matches!(
            opt,
            "silent"
                | "show-timestamps"
                | "show-only-fails"
                | "showOnlyFails"
                | "omit-bodies"
                | "omitBodies"
                | "omit-headers"
                | "omitHeaders"
        )
}

/// Removes `--reporter-…` options from `args` and returns them, parsed.
pub fn extract_reporter_options(args: Vec<String>) -> (Vec<String>, ReporterOptions) {
    let mut rest = Vec::with_capacity(args.len());
    let mut opts = ReporterOptions::new();
    let mut it = args.into_iter().peekable();
    while let Some(a) = it.next() {
        let Some(spec) = a.strip_prefix("--reporter-") else {
            rest.push(a);
            continue;
        };
        if a == "--reporters" || a.starts_with("--reporters=") || spec.is_empty() {
            rest.push(a);
            continue;
        }
        let (spec, inline) = match spec.split_once('=') {
            Some((s, v)) => (s.to_string(), Some(v.to_string())),
            None => (spec.to_string(), None),
        };
        let (reporter, option) = REPORTER_NAMES
            .iter()
            .find_map(|r| {
                spec.strip_prefix(&format!("{r}-"))
                    .map(|o| (r.to_string(), o.to_string()))
            })
            .unwrap_or_else(|| ("*".to_string(), spec.clone()));
        let value = match inline {
            Some(v) => v,
            None if is_boolean_option(&option) => "true".into(),
            None => match it.peek() {
                Some(next) if !next.starts_with('-') || next == "-" => {
                    it.next().unwrap_or_default()
                }
                _ => "true".into(),
            },
        };
        opts.entry(reporter).or_default().insert(option, value);
    }
    (rest, opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn reporter_options_are_split_by_reporter() {
        let (rest, o) = extract_reporter_options(v(&[
            "courier",
            "run",
            "c.json",
            "--reporter-json-export",
            "out.json",
            "--reporter-cli-no-summary",
            "-r",
            "cli,json",
        ]));
        assert_eq!(rest, v(&["courier", "run", "c.json", "-r", "cli,json"]));
        assert_eq!(o["json"]["export"], "out.json");
        assert_eq!(o["cli"]["no-summary"], "true");
    }

    #[test]
    fn reporters_flag_is_not_a_reporter_option() {
        let (rest, o) =
            extract_reporter_options(v(&["courier", "run", "c.json", "--reporters", "json"]));
        assert_eq!(rest.len(), 5);
        assert!(o.is_empty());
    }

    #[test]
    fn generic_reporter_option_applies_to_all() {
        let (_, o) = extract_reporter_options(v(&["x", "--reporter-export=dir"]));
        assert_eq!(o["*"]["export"], "dir");
    }
}
