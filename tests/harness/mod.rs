//! Helpers for end-to-end tests: scratch directories under the target dir, collection
//! builders, and running the real `courier` binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{json, Value};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh directory under cargo's per-target scratch dir (never outside the repository).
pub fn workdir(name: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create workdir");
    dir
}

pub fn write(dir: &Path, file: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(file);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&p, contents).expect("write file");
    p
}

pub fn write_json(dir: &Path, file: &str, v: &Value) -> PathBuf {
    write(dir, file, serde_json::to_vec_pretty(v).expect("json"))
}

/// A v2.1 collection with these items.
pub fn collection(name: &str, items: Value) -> Value {
    json!({
        "info": {"name": name, "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": items,
    })
}

/// A request item.
pub fn item(name: &str, request: Value) -> Value {
    json!({"name": name, "request": request})
}

/// The outcome of one `courier` invocation.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn all_output(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// Runs the courier binary with `args` in `cwd`.
pub fn courier(cwd: &Path, args: &[&str]) -> Run {
    courier_env(cwd, args, &[])
}

pub fn courier_env(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_courier"));
    cmd.args(args).current_dir(cwd).env("NO_COLOR", "1");
    for var in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "http_proxy",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        // Tests run on GitHub Actions must not annotate or write the step summary; the
        // tests of that feature set these themselves.
        "GITHUB_ACTIONS",
        "GITHUB_STEP_SUMMARY",
    ] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run courier");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Writes `coll` to `dir/c.json`, runs it with `extra` args and a JSON report, and returns the
/// run and the parsed report.
pub fn run_collection(dir: &Path, coll: &Value, extra: &[&str]) -> (Run, Value) {
    write_json(dir, "c.json", coll);
    let report = dir.join("report.json");
    let _ = std::fs::remove_file(&report);
    let mut args = vec![
        "run",
        "c.json",
        "-r",
        "cli,json",
        "--reporter-json-export",
        "report.json",
    ];
    args.extend_from_slice(extra);
    let run = courier(dir, &args);
    let rep = std::fs::read_to_string(&report)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    (run, rep)
}

/// A URL on 127.0.0.1 where nothing listens (the port was just freed): connections are refused.
pub fn refused_url() -> String {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = closed.local_addr().expect("addr").port();
    format!("http://127.0.0.1:{port}/x")
}
