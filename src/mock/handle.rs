//! Starting and stopping an emulator, in-process ([`start`] → [`MockHandle`]) or for the CLI.

use std::io;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rand::distr::{Alphanumeric, SampleString};
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;

use super::engine::Workspace;
use super::state::{lock, Inner, Shared, StoredConfig};
use super::store::{Loaded, Store};
use super::{auth, runs, server, tls};

/// Connector keys given to a `--config` file that names none: those of the documented
/// `importProjectsExample` connector, so the seed's processor configuration works as it is.
pub const DEFAULT_CONNECTOR: [(&str, &str); 4] = [
    ("connectorType", "importProjectsExample"),
    ("connectorId", "importProjectsExample"),
    ("connectorVersion", "1.0.0"),
    ("processingDirection", "inbound"),
];

/// A processor configuration to load at start.
#[derive(Debug, Clone)]
pub enum ConfigSource {
    /// A configuration (or an array of them) as JSON.
    Json(Value),
    /// A JSON file holding a configuration, an array of them, or `{input,
    /// processorConfiguration}` (the configuration then inherits the input's connector keys).
    File(PathBuf),
}

impl From<PathBuf> for ConfigSource {
    fn from(p: PathBuf) -> Self {
        ConfigSource::File(p)
    }
}

impl From<Value> for ConfigSource {
    fn from(v: Value) -> Self {
        ConfigSource::Json(v)
    }
}

/// How to run an emulator.
#[derive(Debug, Clone)]
pub struct MockOptions {
    /// Address to listen on (`127.0.0.1`, `localhost`, `0.0.0.0`, `::1`, …).
    pub host: String,
    /// Port; 0 picks a free one.
    pub port: u16,
    /// HTTPS with a generated certificate (default), or plain HTTP.
    pub tls: bool,
    /// The API token clients exchange for access tokens; `None` generates one.
    pub api_token: Option<String>,
    /// Processor configurations loaded at start (after those kept in `state_dir`).
    pub configs: Vec<ConfigSource>,
    /// Where configurations, runs and the workspace persist; `None` keeps them in memory.
    pub state_dir: Option<PathBuf>,
    /// Where `ca.pem` is written: default `state_dir`, else a fresh temporary directory that
    /// is removed when the emulator stops.
    pub cert_dir: Option<PathBuf>,
    /// Write `ca.pem` at all; in-process users (`courier run --mock`) read
    /// [`MockHandle::ca_pem`] from memory instead.
    pub write_ca_file: bool,
    /// How long a started run takes (half PENDING, half IN_PROGRESS).
    pub processing_delay: Duration,
    /// Lifetime of access tokens.
    pub token_ttl: Duration,
    /// Largest accepted request body, in bytes (larger ones get 413).
    pub max_body: usize,
    /// Print one line per request (`METHOD /path -> status`) on stderr.
    pub log_requests: bool,
}

impl Default for MockOptions {
    fn default() -> Self {
        MockOptions {
            host: "127.0.0.1".into(),
            port: 0,
            tls: true,
            api_token: None,
            configs: Vec::new(),
            state_dir: None,
            cert_dir: None,
            write_ca_file: true,
            processing_delay: Duration::from_millis(300),
            token_ttl: Duration::from_secs(3600),
            max_body: 50 * 1024 * 1024,
            log_requests: false,
        }
    }
}

/// Why an emulator could not start.
#[derive(Debug, thiserror::Error)]
pub enum MockError {
    /// A bad option or `--config` file.
    #[error("{0}")]
    Config(String),
    /// An unreadable or corrupt `--state` directory.
    #[error("{0}")]
    State(String),
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: String, source: io::Error },
    /// The certificate could not be made or written.
    #[error("{0}")]
    Tls(String),
}

impl MockError {
    /// courier's exit code for it: 3 for input files, 4 for setup problems.
    pub fn exit_code(&self) -> i32 {
        match self {
            MockError::Config(_) | MockError::State(_) => 3,
            MockError::Bind { .. } | MockError::Tls(_) => 4,
        }
    }
}

/// One request the emulator received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub status: u16,
}

/// A running emulator. Dropping it stops the server too; [`MockHandle::shutdown`] also waits
/// for open requests to finish.
pub struct MockHandle {
    /// `https://127.0.0.1:PORT` (or `http://…` without TLS).
    pub base_url: String,
    /// `127.0.0.1:PORT` or `localhost:PORT`: what the seed collection's `{{base_url}}` takes.
    pub host_port: String,
    /// The API token to exchange at the token URL.
    pub api_token: String,
    /// The CA certificate (PEM) that clients must trust, when serving HTTPS.
    pub ca_pem_path: Option<PathBuf>,
    /// The bound address.
    pub addr: SocketAddr,
    /// One line per configuration loaded from [`MockOptions::configs`]: its keys and origin.
    pub loaded_configs: Vec<String>,
    ca_pem: Option<String>,
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    server: Option<JoinHandle<()>>,
    owned_dir: Option<PathBuf>,
}

impl std::fmt::Debug for MockHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockHandle")
            .field("base_url", &self.base_url)
            .field("ca_pem_path", &self.ca_pem_path)
            .finish_non_exhaustive()
    }
}

fn read_config_file(path: &Path) -> Result<Vec<Value>, MockError> {
    let err = |m: String| MockError::Config(format!("--config {}: {m}", path.display()));
    let bytes = std::fs::read(path).map_err(|e| err(e.to_string()))?;
    let value: Value =
        serde_json::from_slice(&bytes).map_err(|e| err(format!("not valid JSON: {e}")))?;
    Ok(match value {
        Value::Array(items) => items,
        other => vec![other],
    })
}

/// `{input, processorConfiguration}` → the configuration with the input's connector keys.
fn unwrap_example(mut v: Value) -> Value {
    let Some(obj) = v.as_object_mut() else {
        return v;
    };
    if obj.contains_key("processors") || !obj.contains_key("processorConfiguration") {
        return v;
    }
    let input = obj.remove("input").unwrap_or(Value::Null);
    let mut config = obj.remove("processorConfiguration").unwrap_or(Value::Null);
    if let Some(c) = config.as_object_mut() {
        for key in super::state::ConfigKey::NAMES {
            if let (false, Some(k)) = (c.contains_key(key), input.get(key)) {
                c.insert(key.to_string(), k.clone());
            }
        }
    }
    config
}

/// Loads the configurations given at start; each comes with a line describing it.
fn load_configs(sources: &[ConfigSource]) -> Result<Vec<(StoredConfig, String)>, MockError> {
    let mut out = Vec::new();
    for source in sources {
        let (origin, values) = match source {
            ConfigSource::File(p) => (format!("--config {}", p.display()), read_config_file(p)?),
            ConfigSource::Json(Value::Array(items)) => ("configuration".to_string(), items.clone()),
            ConfigSource::Json(v) => ("configuration".to_string(), vec![v.clone()]),
        };
        let many = values.len() > 1;
        for (i, value) in values.into_iter().enumerate() {
            let which = if many {
                format!("{origin} (#{})", i + 1)
            } else {
                origin.clone()
            };
            let mut value = unwrap_example(value);
            let mut defaulted = false;
            if let Some(obj) = value.as_object_mut() {
                if DEFAULT_CONNECTOR.iter().all(|(k, _)| !obj.contains_key(*k)) {
                    for (k, v) in DEFAULT_CONNECTOR {
                        obj.insert(k.to_string(), Value::String(v.to_string()));
                    }
                    defaulted = true;
                }
            }
            let config = StoredConfig::parse(value)
                .map_err(|e| MockError::Config(format!("{which}: {e}")))?;
            let mut line = format!("{} from {which}", config.key.label());
            if defaulted {
                line.push_str(" (no connector keys in it: the documented example's)");
            }
            out.push((config, line));
        }
    }
    Ok(out)
}

/// The host as clients write it in a URL: unspecified addresses become loopback ones.
fn url_host(host: &str, addr: &SocketAddr) -> String {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<std::net::IpAddr>() {
        Ok(ip) if ip.is_unspecified() && addr.is_ipv6() => "[::1]".into(),
        Ok(ip) if ip.is_unspecified() => "127.0.0.1".into(),
        Ok(std::net::IpAddr::V6(ip)) => format!("[{ip}]"),
        Ok(ip) => ip.to_string(),
        Err(_) => bare.to_string(),
    }
}

fn temp_cert_dir() -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!(
        "courier-mock-leanix-{}-{n}-{}",
        std::process::id(),
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    ))
}

/// Starts an emulator on `opts.host:opts.port` and returns once it accepts connections.
pub async fn start(opts: MockOptions) -> Result<MockHandle, MockError> {
    let api_token = match &opts.api_token {
        Some(t) if t.trim().is_empty() => {
            return Err(MockError::Config("--api-token must not be empty".into()))
        }
        Some(t) => t.clone(),
        None => Alphanumeric.sample_string(&mut rand::rng(), 40),
    };
    let given = load_configs(&opts.configs)?;
    let (store, loaded) = match &opts.state_dir {
        Some(dir) => {
            let (store, loaded) = Store::open(dir).map_err(MockError::State)?;
            (Some(store), loaded)
        }
        None => (None, Loaded::default()),
    };
    let mut inner = Inner {
        workspace: loaded.workspace,
        next_seq: loaded.runs.iter().map(|r| r.seq + 1).max().unwrap_or(0),
        runs: loaded.runs,
        ..Inner::default()
    };
    for (i, raw) in loaded.configs.into_iter().enumerate() {
        let config = StoredConfig::parse(raw).map_err(|e| {
            MockError::State(format!(
                "state file configurations.json, configuration #{}: {e}",
                i + 1
            ))
        })?;
        inner.upsert_config(config);
    }
    let mut loaded_configs = Vec::new();
    for (config, line) in given {
        inner.upsert_config(config);
        loaded_configs.push(line);
    }

    let bind_host = opts.host.trim_start_matches('[').trim_end_matches(']');
    let bind_addr = if bind_host.contains(':') {
        format!("[{bind_host}]:{}", opts.port)
    } else {
        format!("{bind_host}:{}", opts.port)
    };
    let listener = TcpListener::bind(&bind_addr)
        .await
        .map_err(|source| MockError::Bind {
            addr: bind_addr.clone(),
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| MockError::Bind {
        addr: bind_addr.clone(),
        source,
    })?;
    let host_port = format!("{}:{}", url_host(&opts.host, &addr), addr.port());
    let base_url = format!("{}://{host_port}", if opts.tls { "https" } else { "http" });

    let mut owned_dir = None;
    let (acceptor, ca_pem, ca_pem_path) = if opts.tls {
        let generated = tls::generate(bind_host).map_err(MockError::Tls)?;
        let path = if opts.write_ca_file {
            let dir = match (&opts.cert_dir, &opts.state_dir) {
                (Some(d), _) | (None, Some(d)) => d.clone(),
                (None, None) => {
                    let d = temp_cert_dir();
                    owned_dir = Some(d.clone());
                    d
                }
            };
            let path = dir.join("ca.pem");
            std::fs::create_dir_all(&dir)
                .and_then(|()| std::fs::write(&path, &generated.ca_pem))
                .map_err(|e| MockError::Tls(format!("cannot write {}: {e}", path.display())))?;
            Some(path)
        } else {
            None
        };
        (
            Some(TlsAcceptor::from(generated.server_config)),
            Some(generated.ca_pem),
            path,
        )
    } else {
        (None, None, None)
    };

    let requeue: Vec<String> = inner
        .runs
        .iter_mut()
        .filter(|r| r.status.is_active())
        .map(|r| {
            r.set_status(runs::Status::Pending);
            r.id.clone()
        })
        .collect();
    let shared = Arc::new(Shared {
        inner: Mutex::new(inner),
        processing: tokio::sync::Mutex::new(()),
        store,
        api_token: api_token.clone(),
        token_ttl: opts.token_ttl,
        processing_delay: opts.processing_delay,
        base_url: base_url.clone(),
        requests: Mutex::new(Default::default()),
        tokens_issued: AtomicUsize::new(0),
        tasks: Mutex::new(Vec::new()),
        log_requests: opts.log_requests,
    });
    if !loaded_configs.is_empty() {
        shared
            .persist_configs()
            .map_err(|e| MockError::State(e.to_string()))?;
    }
    for id in requeue {
        shared.persist_or_warn(shared.persist_run(&id));
        runs::schedule(&shared, id);
    }

    let app = server::router(Arc::clone(&shared), opts.max_body);
    let (stop, stop_rx) = watch::channel(false);
    let server = tokio::spawn(server::serve(listener, acceptor, app, stop_rx));
    Ok(MockHandle {
        base_url,
        host_port,
        api_token,
        ca_pem_path,
        addr,
        loaded_configs,
        ca_pem,
        shared,
        stop,
        server: Some(server),
        owned_dir,
    })
}

impl MockHandle {
    /// Stops accepting connections, lets open requests finish (a few seconds at most), stops
    /// background processing (a run cut short is picked up again on the next start with the
    /// same `--state`) and removes the temporary certificate directory.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(server) = self.server.take() {
            let _ = server.await;
        }
        self.stop_background();
    }

    fn stop_background(&mut self) {
        for task in lock(&self.shared.tasks).drain(..) {
            task.abort();
        }
        if let Some(dir) = self.owned_dir.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }

    /// The MTM token URL.
    pub fn token_url(&self) -> String {
        format!("{}/services/mtm/v1/oauth2/token", self.base_url)
    }

    /// The CA certificate as PEM, when serving HTTPS.
    pub fn ca_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }

    /// Expires every access token issued so far: the next API call with one gets 401.
    pub fn expire_tokens(&self) {
        auth::expire_all(&self.shared);
    }

    /// How many access tokens the token endpoint issued.
    pub fn tokens_issued(&self) -> usize {
        self.shared.tokens_issued.load(Ordering::Relaxed)
    }

    /// The requests received so far, oldest first (the last 10 000).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).iter().cloned().collect()
    }

    /// Forgets the received requests.
    pub fn clear_requests(&self) {
        lock(&self.shared.requests).clear();
    }

    /// The ids of all runs, in creation order.
    pub fn run_ids(&self) -> Vec<String> {
        self.shared
            .inner()
            .runs
            .iter()
            .map(|r| r.id.clone())
            .collect()
    }

    /// A run's status (`FINISHED`, …), if the run exists.
    pub fn run_status(&self, id: &str) -> Option<String> {
        self.shared
            .inner()
            .run(id)
            .map(|r| r.status.as_str().to_string())
    }

    /// A copy of the workspace.
    pub fn workspace(&self) -> Workspace {
        self.shared.inner().workspace.clone()
    }

    /// The fact sheets of `ty` and/or `external_id`, as the pathfinder endpoint shows them.
    pub fn fact_sheets(&self, ty: Option<&str>, external_id: Option<&str>) -> Vec<Value> {
        let inner = self.shared.inner();
        inner
            .workspace
            .find_fact_sheets(ty, external_id)
            .into_iter()
            .map(|fs| inner.workspace.fact_sheet_json(fs))
            .collect()
    }

    /// The stored processor configurations.
    pub fn configurations(&self) -> Vec<Value> {
        self.shared
            .inner()
            .configs
            .iter()
            .map(|c| c.raw.clone())
            .collect()
    }
}

impl Drop for MockHandle {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        self.stop_background();
    }
}
