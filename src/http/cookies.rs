//! The run's cookie jar: one [`Jar`] shared by every request, sending cookies in
//! tough-cookie's order (longest path first, then oldest first), and its file form:
//! `--cookie-jar` loads, and `--export-cookie-jar` writes, the JSON of a serialised
//! tough-cookie jar, which is what Newman reads and writes.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use reqwest::header::HeaderValue;

use cookie_store::{CookieDomain, CookieExpiration, CookieStore, RawCookie};
use serde_json::{json, Value};

type CookieKey = (String, String, String);

fn key_of(c: &cookie_store::Cookie<'_>) -> CookieKey {
    (
        String::from(&c.domain),
        String::from(&c.path),
        c.name().to_string(),
    )
}

/// The cookie jar of a run.
pub struct Jar {
    inner: Mutex<JarInner>,
}

struct JarInner {
    store: CookieStore,
    /// Creation order of each cookie; a replaced cookie keeps its place, as in tough-cookie.
    created: HashMap<CookieKey, u64>,
    next: u64,
}

impl JarInner {
    fn number_new_cookies(&mut self) {
        let mut fresh: Vec<CookieKey> = self
            .store
            .iter_any()
            .map(key_of)
            .filter(|k| !self.created.contains_key(k))
            .collect();
        fresh.sort();
        for k in fresh {
            self.created.insert(k, self.next);
            self.next += 1;
        }
    }
}

impl Jar {
    pub fn new(store: CookieStore) -> Self {
        let mut inner = JarInner {
            store,
            created: HashMap::new(),
            next: 0,
        };
        inner.number_new_cookies();
        Jar {
            inner: Mutex::new(inner),
        }
    }

    fn lock(&self) -> MutexGuard<'_, JarInner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Name/value pairs of the cookies that would be sent to `url`, in sending order.
    pub fn cookies_for(&self, url: &str) -> Vec<(String, String)> {
        if self.lock().store.iter_any().next().is_none() {
            return Vec::new();
        }
        match reqwest::Url::parse(url) {
            Ok(u) => self.matching(&u),
            Err(_) => Vec::new(),
        }
    }

    fn matching(&self, u: &reqwest::Url) -> Vec<(String, String)> {
        let inner = self.lock();
        let mut matched = inner.store.matches(u);
        matched.sort_by_key(|c| {
            let path_len = String::from(&c.path).len();
            let created = inner.created.get(&key_of(c)).copied().unwrap_or(u64::MAX);
            (std::cmp::Reverse(path_len), created)
        });
        matched
            .iter()
            .map(|c| (c.name().to_string(), c.value().to_string()))
            .collect()
    }

    /// The jar in tough-cookie's JSON form.
    pub fn export(&self) -> Value {
        export_jar(&self.lock().store)
    }
}

impl reqwest::cookie::CookieStore for Jar {
    fn set_cookies(&self, headers: &mut dyn Iterator<Item = &HeaderValue>, url: &reqwest::Url) {
        let mut inner = self.lock();
        for h in headers {
            let Ok(text) = h.to_str() else { continue };
            if let Ok(raw) = RawCookie::parse(text.to_string()) {
                let _ = inner.store.insert_raw(&raw, url);
                inner.number_new_cookies();
            }
        }
    }

    fn cookies(&self, url: &reqwest::Url) -> Option<HeaderValue> {
        let pairs = self.matching(url);
        if pairs.is_empty() {
            return None;
        }
        let header = pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        HeaderValue::from_str(&header).ok()
    }
}

/// Loads a tough-cookie JSON jar (or a bare array of cookies) into a cookie store.
pub fn load_jar(path: &Path) -> Result<CookieStore, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("--cookie-jar {}: {e}", path.display()))?;
    let v: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        format!(
            "--cookie-jar {}:{}:{}: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    let cookies = match &v {
        Value::Array(a) => a.clone(),
        Value::Object(o) => match o.get("cookies") {
            Some(Value::Array(a)) => a.clone(),
            _ => {
                return Err(format!(
                    "--cookie-jar {}: cookies: expected an array of cookies",
                    path.display()
                ))
            }
        },
        _ => {
            return Err(format!(
                "--cookie-jar {}: expected a tough-cookie jar object",
                path.display()
            ))
        }
    };
    let mut store = CookieStore::new();
    for (i, c) in cookies.iter().enumerate() {
        let s = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let key = s("key");
        let domain = s("domain").trim_start_matches('.').to_string();
        if domain.is_empty() {
            return Err(format!(
                "--cookie-jar {}: cookies[{i}].domain: missing",
                path.display()
            ));
        }
        let cookie_path = match s("path") {
            p if p.is_empty() => "/".to_string(),
            p => p,
        };
        let mut raw = format!("{key}={}; Path={cookie_path}", s("value"));
        if c.get("hostOnly").and_then(Value::as_bool) != Some(true) {
            raw.push_str(&format!("; Domain={domain}"));
        }
        if let Some(exp) = c.get("expires").and_then(Value::as_str) {
            if let Ok(t) = chrono::DateTime::parse_from_rfc3339(exp) {
                raw.push_str(&format!(
                    "; Expires={}",
                    t.format("%a, %d %b %Y %H:%M:%S GMT")
                ));
            }
        }
        if c.get("secure").and_then(Value::as_bool) == Some(true) {
            raw.push_str("; Secure");
        }
        if c.get("httpOnly").and_then(Value::as_bool) == Some(true) {
            raw.push_str("; HttpOnly");
        }
        let parsed = RawCookie::parse(raw)
            .map_err(|e| format!("--cookie-jar {}: cookies[{i}]: {e}", path.display()))?;
        let url = reqwest::Url::parse(&format!("https://{domain}{cookie_path}"))
            .map_err(|e| format!("--cookie-jar {}: cookies[{i}].domain: {e}", path.display()))?;
        let _ = store.insert_raw(&parsed, &url);
    }
    Ok(store)
}

/// The jar as tough-cookie's serialised JSON.
pub fn export_jar(store: &CookieStore) -> Value {
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let cookies: Vec<Value> = store
        .iter_unexpired()
        .map(|c| {
            let (domain, host_only) = match &c.domain {
                CookieDomain::HostOnly(d) => (d.clone(), true),
                CookieDomain::Suffix(d) => (d.clone(), false),
                _ => (String::new(), true),
            };
            let mut o = json!({
                "key": c.name(),
                "value": c.value(),
                "domain": domain,
                "path": String::from(&c.path),
                "hostOnly": host_only,
                "creation": now,
                "lastAccessed": now,
            });
            if let CookieExpiration::AtUtc(t) = &c.expires {
                if let Some(dt) = chrono::DateTime::from_timestamp(t.unix_timestamp(), 0) {
                    o["expires"] = json!(dt.to_rfc3339_opts(chrono::SecondsFormat::Millis, true));
                }
            }
            if c.secure() == Some(true) {
                o["secure"] = json!(true);
            }
            if c.http_only() == Some(true) {
                o["httpOnly"] = json!(true);
            }
            o
        })
        .collect();
    json!({
        "version": concat!("courier@", env!("CARGO_PKG_VERSION")),
        "storeType": "MemoryCookieStore",
        "rejectPublicSuffixes": true,
        "cookies": cookies,
    })
}
