//! The run's cookie jar on disk: `--cookie-jar` loads, and `--export-cookie-jar` writes, the
//! JSON form of a serialised tough-cookie jar, which is what Newman reads and writes.

use std::path::Path;

use cookie_store::{CookieDomain, CookieExpiration, CookieStore, RawCookie};
use serde_json::{json, Value};

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
