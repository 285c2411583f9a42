//! Keeps secrets out of every report: header values that carry credentials, and any known
//! secret value wherever it appears in text, are shown as `***`.

/// Header names whose values are always masked.
const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-api-key",
    "api-key",
    "apikey",
    "x-auth-token",
];

/// Auth parameter names whose values are credentials.
const SECRET_PARAMS: &[&str] = &[
    "password",
    "token",
    "accessToken",
    "refreshToken",
    "clientSecret",
    "secretKey",
    "sessionToken",
    "authKey",
    "privateKey",
    "consumerSecret",
    "tokenSecret",
    "secret",
    "clientToken",
];

/// Whether a variable name looks like it holds a secret (token, secret, password, API key…).
pub fn looks_secret(name: &str) -> bool {
    let n = name.to_ascii_lowercase().replace(['-', '.', ' '], "_");
    [
        "token",
        "secret",
        "password",
        "passwd",
        "apikey",
        "api_key",
        "authorization",
        "credential",
        "private_key",
    ]
    .iter()
    .any(|k| n.contains(k))
}

/// The mask shown in place of a secret.
pub const MASK: &str = "***";

/// Masks secret headers and known secret values.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// Values to mask wherever they appear (tokens, passwords, API keys…); short ones are ignored.
    values: Vec<String>,
    /// Extra header names to mask (lower-case), e.g. an apikey auth's header.
    headers: Vec<String>,
    pub disabled: bool,
}

impl Redactor {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a secret value; values shorter than 4 characters are not masked (too many false hits).
    pub fn add_value(&mut self, v: &str) {
        if v.len() >= 4 && !self.values.iter().any(|x| x == v) {
            self.values.push(v.to_string());
            // Longest first, so that a secret containing another is masked whole.
            self.values.sort_by_key(|s| std::cmp::Reverse(s.len()));
        }
    }

    pub fn add_header(&mut self, name: &str) {
        let n = name.to_ascii_lowercase();
        if !self.headers.contains(&n) {
            self.headers.push(n);
        }
    }

    /// Learns the secrets one execution used, so they are masked from now on.
    pub fn learn(&mut self, exec: &crate::runner::Execution) {
        for v in &exec.secrets {
            self.add_value(v);
        }
        for h in &exec.secret_headers {
            self.add_header(h);
        }
    }

    pub fn is_secret_header(&self, name: &str) -> bool {
        let n = name.to_ascii_lowercase();
        SECRET_HEADERS.contains(&n.as_str()) || self.headers.contains(&n)
    }

    /// The value to show for header `name`.
    pub fn header_value(&self, name: &str, value: &str) -> String {
        if self.disabled {
            return value.to_string();
        }
        if self.is_secret_header(name) {
            return MASK.to_string();
        }
        self.text(value)
    }

    /// A JSON document (collection, environment) with known secrets masked, and the
    /// credential parameters of every auth block (`{"type": t, t: [...]}`) masked.
    pub fn json(&self, v: &serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        if self.disabled {
            return v.clone();
        }
        match v {
            Value::String(s) => Value::String(self.text(s)),
            Value::Array(a) => Value::Array(a.iter().map(|x| self.json(x)).collect()),
            Value::Object(o) => {
                let auth_type = o
                    .get("type")
                    .and_then(Value::as_str)
                    .filter(|t| o.contains_key(*t));
                let mut out = serde_json::Map::new();
                for (k, x) in o {
                    let masked = match auth_type {
                        Some(t) if k == t => Some(mask_auth_params(t, x)),
                        _ => None,
                    };
                    out.insert(k.clone(), masked.unwrap_or_else(|| self.json(x)));
                }
                Value::Object(out)
            }
            other => other.clone(),
        }
    }

    /// A body as report text: UTF-8 as is (secrets masked), anything else as `binary, N bytes`.
    pub fn body(&self, body: &[u8], size: u64) -> String {
        match std::str::from_utf8(body) {
            Ok(text) => self.text(text),
            // Cut inside a character by the size cap: still text.
            Err(e) if e.error_len().is_none() => {
                self.text(&String::from_utf8_lossy(&body[..e.valid_up_to()]))
            }
            Err(_) => format!("binary, {size} bytes"),
        }
    }

    /// `text` with every known secret value masked.
    pub fn text(&self, text: &str) -> String {
        if self.disabled || self.values.is_empty() {
            return text.to_string();
        }
        let mut out = text.to_string();
        for v in &self.values {
            if out.contains(v.as_str()) {
                out = out.replace(v.as_str(), MASK);
            }
        }
        out
    }
}

fn is_secret_param(auth_type: &str, key: &str) -> bool {
    SECRET_PARAMS.contains(&key) || (auth_type == "apikey" && key == "value")
}

/// Masks the credential parameters of one auth block, in its v2.1 list or v2.0 map form.
fn mask_auth_params(auth_type: &str, params: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    let mask = || Value::String(MASK.to_string());
    match params {
        Value::Array(list) => Value::Array(
            list.iter()
                .map(|p| {
                    let mut p = p.clone();
                    let key = p
                        .get("key")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string();
                    if is_secret_param(auth_type, &key) && p.get("value").is_some_and(|v| v != "") {
                        p["value"] = mask();
                    }
                    p
                })
                .collect(),
        ),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = if is_secret_param(auth_type, k) && v != "" {
                        mask()
                    } else {
                        v.clone()
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn auth_block_credentials_are_masked_in_json() {
        let r = Redactor::new();
        let v = serde_json::json!({"auth": {"type": "apikey", "apikey": [
            {"key": "key", "value": "X-Key"}, {"key": "value", "value": "k3y"}]},
            "basic": {"type": "basic", "basic": {"username": "u", "password": "p4ss"}}});
        let out = r.json(&v).to_string();
        assert!(!out.contains("k3y") && !out.contains("p4ss"), "{out}");
        assert!(out.contains("X-Key") && out.contains("\"u\""));
    }

    use super::*;

    #[test]
    fn secret_looking_names_are_recognised() {
        for n in [
            "access_token",
            "clientSecret",
            "DB_PASSWORD",
            "x-api-key",
            "apiKey",
            "Authorization",
        ] {
            assert!(looks_secret(n), "{n}");
        }
        for n in ["base_url", "id", "username"] {
            assert!(!looks_secret(n), "{n}");
        }
    }

    #[test]
    fn authorization_header_is_masked() {
        let r = Redactor::new();
        assert_eq!(r.header_value("Authorization", "Bearer abc"), MASK);
        assert_eq!(r.header_value("Accept", "*/*"), "*/*");
    }

    #[test]
    fn known_secret_values_are_masked_in_text() {
        let mut r = Redactor::new();
        r.add_value("s3cr3t-token");
        assert_eq!(
            r.text("https://x/?token=s3cr3t-token&a=1"),
            "https://x/?token=***&a=1"
        );
    }

    #[test]
    fn disabled_redactor_shows_everything() {
        let mut r = Redactor::new();
        r.add_value("s3cr3t-token");
        r.disabled = true;
        assert_eq!(
            r.header_value("Authorization", "s3cr3t-token"),
            "s3cr3t-token"
        );
    }
}
