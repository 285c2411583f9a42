//! `courier mock leanix`: runs the emulator until Ctrl-C or SIGTERM.
//!
//! ```text
//! courier mock leanix [--host 127.0.0.1] [--port 8443] [--no-tls] [--api-token T]
//!                     [--config FILE]... [--state DIR] [--processing-delay MS]
//!                     [--token-ttl S] [--max-body-size BYTES]
//! ```
//!
//! At start it prints the base URL, the value for the seed collection's `{{base_url}}`, the API
//! token, the token URL and the CA certificate path; then one line per request on stderr.

use std::path::PathBuf;
use std::time::Duration;

use super::handle::{start, MockOptions};

/// Options of `courier mock leanix`.
#[derive(Debug, Clone, clap::Args)]
pub struct MockLeanixArgs {
    /// Address to listen on.
    #[arg(long, value_name = "HOST", default_value = "127.0.0.1")]
    pub host: String,
    /// Port to listen on; 0 picks a free one.
    #[arg(long, value_name = "N", default_value_t = 8443)]
    pub port: u16,
    /// Serve plain HTTP instead of HTTPS.
    #[arg(long = "no-tls")]
    pub no_tls: bool,
    /// The API token clients exchange for access tokens (default: a random one, printed).
    #[arg(long = "api-token", value_name = "T")]
    pub api_token: Option<String>,
    /// Load processor configurations from this JSON file (repeatable). A file without
    /// connector keys gets the documented example's (importProjectsExample, 1.0.0, inbound).
    #[arg(long = "config", value_name = "FILE")]
    pub config: Vec<PathBuf>,
    /// Keep configurations, runs and the workspace in this directory across restarts.
    #[arg(long = "state", value_name = "DIR")]
    pub state: Option<PathBuf>,
    /// How long a started run takes to process, in milliseconds.
    #[arg(long = "processing-delay", value_name = "MS", default_value_t = 300)]
    pub processing_delay: u64,
    /// Lifetime of access tokens, in seconds.
    #[arg(long = "token-ttl", value_name = "S", default_value_t = 3600)]
    pub token_ttl: u64,
    /// Largest accepted request body, in bytes (larger ones get 413).
    #[arg(long = "max-body-size", value_name = "BYTES", default_value_t = 50 * 1024 * 1024)]
    pub max_body_size: usize,
}

impl MockLeanixArgs {
    /// The library options these arguments stand for.
    pub fn to_options(&self) -> MockOptions {
        MockOptions {
            host: self.host.clone(),
            port: self.port,
            tls: !self.no_tls,
            api_token: self.api_token.clone(),
            configs: self.config.iter().cloned().map(Into::into).collect(),
            state_dir: self.state.clone(),
            cert_dir: None,
            write_ca_file: true,
            processing_delay: Duration::from_millis(self.processing_delay),
            token_ttl: Duration::from_secs(self.token_ttl),
            max_body: self.max_body_size,
            log_requests: true,
        }
    }
}

/// Runs `courier mock leanix` until Ctrl-C or SIGTERM; returns the exit code (0 after a clean
/// shutdown, 3 for a bad `--config` file or state directory, 4 when it cannot listen).
pub async fn run(args: MockLeanixArgs) -> i32 {
    let handle = match start(args.to_options()).await {
        Ok(h) => h,
        Err(e) => {
            eprintln!("courier mock leanix: {e}");
            return e.exit_code();
        }
    };
    println!("courier mock leanix: SAP LeanIX Integration API emulator");
    println!("  base URL:    {}", handle.base_url);
    println!(
        "  base_url:    {}   (the seed collection's {{{{base_url}}}} variable)",
        handle.host_port
    );
    println!("  API token:   {}", handle.api_token);
    println!("  token URL:   {}", handle.token_url());
    match &handle.ca_pem_path {
        Some(p) => println!(
            "  CA cert:     {}   (trust it with --ssl-extra-ca-certs)",
            p.display()
        ),
        None => println!("  TLS:         off (plain HTTP)"),
    }
    if let Some(dir) = &args.state {
        println!("  state:       {}", dir.display());
    }
    for line in &handle.loaded_configs {
        println!("  config:      {line}");
    }
    println!("Press Ctrl-C to stop.");
    crate::cli::wait_for_signal().await;
    eprintln!("courier mock leanix: shutting down");
    handle.shutdown().await;
    0
}
