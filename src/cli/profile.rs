//! Run profiles (`--config FILE`, TOML or JSON): any `courier run` option, plus the flow
//! rules (captures, polling, body files) and the OAuth2 token source, in one file a team can
//! commit beside its collection. Flags on the command line override the profile; relative
//! paths in a profile are relative to the profile's directory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::args::RunArgs;

/// The file form. Keys are the long option names of `courier run`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Profile {
    pub environment: Option<PathBuf>,
    pub globals: Option<PathBuf>,
    #[serde(default)]
    pub env_var: BTreeMap<String, String>,
    #[serde(default)]
    pub global_var: BTreeMap<String, String>,
    pub iteration_count: Option<u64>,
    pub iteration_data: Option<PathBuf>,
    #[serde(default)]
    pub folder: Vec<String>,
    pub working_dir: Option<PathBuf>,
    pub export_environment: Option<PathBuf>,
    pub export_globals: Option<PathBuf>,
    pub export_collection: Option<PathBuf>,
    pub export_cookie_jar: Option<PathBuf>,
    pub cookie_jar: Option<PathBuf>,
    pub bail: Option<String>,
    pub ignore_redirects: Option<bool>,
    pub suppress_exit_code: Option<bool>,
    pub silent: Option<bool>,
    pub disable_unicode: Option<bool>,
    pub color: Option<String>,
    pub verbose: Option<bool>,
    pub delay_request: Option<u64>,
    pub timeout: Option<u64>,
    pub timeout_request: Option<u64>,
    pub timeout_script: Option<u64>,
    pub insecure: Option<bool>,
    pub ssl_client_cert: Option<PathBuf>,
    pub ssl_client_key: Option<PathBuf>,
    pub ssl_extra_ca_certs: Option<PathBuf>,
    #[serde(default)]
    pub reporters: Vec<String>,
    /// `[reporter.json] export = "out.json"`
    #[serde(default)]
    pub reporter: BTreeMap<String, BTreeMap<String, toml::Value>>,
    pub oauth2: Option<OAuth2Source>,
    /// `[[request]]` rules, by request name.
    #[serde(default)]
    pub request: Vec<RequestRule>,
    pub mock: Option<MockProfile>,
}

/// Where OAuth2 access tokens come from, for requests whose oauth2 auth has no token.
#[derive(Debug, Default, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct OAuth2Source {
    /// An access token in this process environment variable.
    pub token_env: Option<String>,
    /// An access token in this file.
    pub token_file: Option<PathBuf>,
    /// Client-credentials grant: the token endpoint (variables allowed).
    pub token_url: Option<String>,
    pub client_id: Option<String>,
    /// The client secret: a process environment variable, a file, or a variable of the
    /// run's environment/globals.
    pub client_secret_env: Option<String>,
    pub client_secret_file: Option<PathBuf>,
    pub client_secret_var: Option<String>,
    pub scope: Option<String>,
    pub audience: Option<String>,
    /// `basic` (the default) or `body`.
    pub client_auth: Option<String>,
    /// LeanIX short form: the API token in this environment variable, exchanged at
    /// `https://{{base_url}}/services/mtm/v1/oauth2/token` with client id `apitoken`.
    pub leanix_api_token_env: Option<String>,
}

/// Flow rules for one request of the collection.
#[derive(Debug, Default, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RequestRule {
    pub name: String,
    /// Send this file as the raw body.
    pub body_file: Option<PathBuf>,
    /// `variable = "expression"`: `$.json.path`, `header NAME`, `status` or `regex PATTERN`.
    #[serde(default)]
    pub capture: BTreeMap<String, String>,
    pub poll: Option<PollRule>,
    /// Print the response body in the console output (like `--verbose`, for this request).
    #[serde(default)]
    pub print_body: bool,
}

/// Repeat a request until a condition on its response holds.
#[derive(Debug, Default, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PollRule {
    /// The value to look at (same syntax as captures), e.g. `$.status`.
    pub until: String,
    /// Values that end the polling successfully.
    #[serde(rename = "in")]
    pub done: Vec<String>,
    /// Values that end the polling as a failure of the run.
    #[serde(default)]
    pub fail: Vec<String>,
    #[serde(default = "default_interval")]
    pub interval_ms: u64,
    pub max_attempts: Option<u32>,
    pub max_time_ms: Option<u64>,
}

fn default_interval() -> u64 {
    1000
}

/// The emulator started by `--mock`.
#[derive(Debug, Default, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct MockProfile {
    /// Processor configurations to load into the emulator.
    #[serde(default)]
    pub config: Vec<PathBuf>,
    /// The variable that receives the emulator's `host:port`.
    pub base_url_var: Option<String>,
    pub processing_delay_ms: Option<u64>,
}

/// Reads a profile; TOML unless the file ends in `.json`.
pub fn load(path: &Path) -> Result<Profile, String> {
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("--config {}: {e}", path.display()))?;
    let text = text.trim_start_matches('\u{feff}');
    let mut p: Profile = if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        let de = &mut serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(de).map_err(|e| {
            let inner = e.inner();
            format!(
                "{}:{}:{}: {}: {inner}",
                path.display(),
                inner.line(),
                inner.column(),
                e.path()
            )
        })?
    } else {
        toml::from_str(text).map_err(|e| {
            let pos = e
                .span()
                .map(|s| {
                    let before = &text[..s.start.min(text.len())];
                    let line = before.matches('\n').count() + 1;
                    let col = before.len() - before.rfind('\n').map(|i| i + 1).unwrap_or(0) + 1;
                    format!(":{line}:{col}")
                })
                .unwrap_or_default();
            format!("{}{pos}: {}", path.display(), e.message())
        })?
    };
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    p.rebase(&base);
    Ok(p)
}

impl Profile {
    /// Makes every relative path relative to `base` (the profile's directory).
    fn rebase(&mut self, base: &Path) {
        let fix = |p: &mut Option<PathBuf>| {
            if let Some(x) = p {
                if x.is_relative() {
                    *x = base.join(&*x);
                }
            }
        };
        for p in [
            &mut self.environment,
            &mut self.globals,
            &mut self.iteration_data,
            &mut self.working_dir,
            &mut self.export_environment,
            &mut self.export_globals,
            &mut self.export_collection,
            &mut self.export_cookie_jar,
            &mut self.cookie_jar,
            &mut self.ssl_client_cert,
            &mut self.ssl_client_key,
            &mut self.ssl_extra_ca_certs,
        ] {
            fix(p);
        }
        if let Some(o) = &mut self.oauth2 {
            fix(&mut o.token_file);
            fix(&mut o.client_secret_file);
        }
        for r in &mut self.request {
            fix(&mut r.body_file);
        }
        if let Some(m) = &mut self.mock {
            for c in &mut m.config {
                if c.is_relative() {
                    *c = base.join(&*c);
                }
            }
        }
    }

    /// Fills every option not given on the command line from the profile.
    pub fn apply_to(&self, a: &mut RunArgs) {
        fn opt<T: Clone>(cli: &mut Option<T>, p: &Option<T>) {
            if cli.is_none() {
                cli.clone_from(p);
            }
        }
        fn flag(cli: &mut bool, p: Option<bool>) {
            if !*cli {
                *cli = p.unwrap_or(false);
            }
        }
        opt(&mut a.environment, &self.environment);
        opt(&mut a.globals, &self.globals);
        // Profile values first, so that repeated flags given later win.
        let mut env: Vec<String> = self
            .env_var
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        env.append(&mut a.env_var);
        a.env_var = env;
        let mut glob: Vec<String> = self
            .global_var
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        glob.append(&mut a.global_var);
        a.global_var = glob;
        opt(&mut a.iteration_count, &self.iteration_count);
        opt(&mut a.iteration_data, &self.iteration_data);
        if a.folder.is_empty() {
            a.folder.clone_from(&self.folder);
        }
        opt(&mut a.working_dir, &self.working_dir);
        opt(&mut a.export_environment, &self.export_environment);
        opt(&mut a.export_globals, &self.export_globals);
        opt(&mut a.export_collection, &self.export_collection);
        opt(&mut a.export_cookie_jar, &self.export_cookie_jar);
        opt(&mut a.cookie_jar, &self.cookie_jar);
        opt(&mut a.bail, &self.bail);
        flag(&mut a.ignore_redirects, self.ignore_redirects);
        flag(&mut a.suppress_exit_code, self.suppress_exit_code);
        flag(&mut a.silent, self.silent);
        flag(&mut a.disable_unicode, self.disable_unicode);
        flag(&mut a.verbose, self.verbose);
        flag(&mut a.insecure, self.insecure);
        if a.color == "auto" {
            if let Some(c) = &self.color {
                a.color.clone_from(c);
            }
        }
        opt(&mut a.delay_request, &self.delay_request);
        opt(&mut a.timeout, &self.timeout);
        opt(&mut a.timeout_request, &self.timeout_request);
        opt(&mut a.timeout_script, &self.timeout_script);
        opt(&mut a.ssl_client_cert, &self.ssl_client_cert);
        opt(&mut a.ssl_client_key, &self.ssl_client_key);
        opt(&mut a.ssl_extra_ca_certs, &self.ssl_extra_ca_certs);
        if a.reporters.is_empty() {
            a.reporters.clone_from(&self.reporters);
        }
        for (reporter, options) in &self.reporter {
            let entry = a.reporter_options.entry(reporter.clone()).or_default();
            for (k, v) in options {
                let text = match v {
                    toml::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                entry.entry(k.clone()).or_insert(text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_profile_fills_options_not_given_on_the_command_line() {
        let p: Profile = toml::from_str(
            r#"
            iteration-count = 3
            insecure = true
            reporters = ["cli", "json"]
            [env-var]
            base_url = "example.test"
            [reporter.json]
            export = "out.json"
            [[request]]
            name = "Post"
            body-file = "ldif.json"
            capture = { id = "$.id" }
            "#,
        )
        .expect("parses");
        let mut a = RunArgs {
            iteration_count: Some(1),
            color: "auto".into(),
            ..Default::default()
        };
        p.apply_to(&mut a);
        assert_eq!(a.iteration_count, Some(1), "the flag wins");
        assert!(a.insecure);
        assert_eq!(a.env_var, vec!["base_url=example.test".to_string()]);
        assert_eq!(a.reporter_options["json"]["export"], "out.json");
        assert_eq!(p.request[0].capture["id"], "$.id");
    }

    #[test]
    fn unknown_keys_are_refused() {
        let e = toml::from_str::<Profile>("iteration-cuont = 3").expect_err("typo");
        assert!(e.to_string().contains("iteration-cuont"), "{e}");
    }
}
