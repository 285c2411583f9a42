//! Keeps secrets out of every report: header values that carry credentials, and any known
//! secret value wherever it appears in text, are shown as `***`.
//!
//! Reporters that spool executions during the run mask them before the run has shown every
//! secret: a [`Redactor::sealing`] redactor replaces each known secret with a placeholder that
//! only the redactor can read back (never the secret itself), and at the end the final redactor
//! [reveals](Redactor::reveal) sealed text as if it had masked the original with every secret
//! the run used, so a token learnt late is masked in earlier requests too.

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

/// Starts a sealed text (see [`Redactor::sealing`]).
const SEALED: char = '\u{e000}';
/// Starts a unit inside sealed text: `ESC LITERAL c` is the character `c`, `ESC p` (with `p` in
/// plane 16) is secret number `p - PLACEHOLDER_BASE`.
const ESC: char = '\u{e001}';
const LITERAL: char = '\u{e002}';
const PLACEHOLDER_BASE: u32 = 0x10_0000;
const PLACEHOLDER_LAST: u32 = 0x10_fffd;

/// Characters written as `ESC LITERAL c` in sealed text, so that units can be told apart.
fn is_special(c: char) -> bool {
    c == ESC || c == LITERAL || (PLACEHOLDER_BASE..=PLACEHOLDER_LAST).contains(&(c as u32))
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        if is_special(c) {
            out.push(ESC);
            out.push(LITERAL);
        }
        out.push(c);
    }
}

/// Masks secret headers and known secret values.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// Values to mask wherever they appear (tokens, passwords, API keys…), in the order they
    /// were learnt (a value's index is its placeholder); short ones are ignored.
    values: Vec<String>,
    /// Indexes into `values`, longest value first, so that a secret containing another is
    /// masked whole.
    longest_first: Vec<usize>,
    /// Extra header names to mask (lower-case), e.g. an apikey auth's header.
    headers: Vec<String>,
    pub disabled: bool,
    /// Text is sealed instead of masked.
    seal: bool,
}

impl Redactor {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a secret value; values shorter than 4 characters are not masked (too many false hits).
    pub fn add_value(&mut self, v: &str) {
        if v.len() >= 4 && !self.values.iter().any(|x| x == v) {
            self.values.push(v.to_string());
            self.longest_first.push(self.values.len() - 1);
            // Stable: values of the same length stay in the order they were learnt.
            let values = &self.values;
            self.longest_first
                .sort_by_key(|&i| std::cmp::Reverse(values[i].len()));
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

    /// Learns every secret a run's executions used.
    pub fn learn_run(&mut self, summary: &crate::runner::RunSummary) {
        for v in &summary.secrets {
            self.add_value(v);
        }
        for h in &summary.secret_headers {
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

    /// `text` with every known secret value masked (sealed, for a [`Redactor::sealing`] one).
    pub fn text(&self, text: &str) -> String {
        if self.disabled {
            return text.to_string();
        }
        if self.seal {
            return self.seal_text(text);
        }
        self.mask(text)
    }

    fn mask(&self, text: &str) -> String {
        if self.values.is_empty() {
            return text.to_string();
        }
        let mut out = text.to_string();
        for &i in &self.longest_first {
            let v = self.values[i].as_str();
            if out.contains(v) {
                out = out.replace(v, MASK);
            }
        }
        out
    }

    /// A redactor that seals text instead of masking it: every secret it knows is replaced by
    /// a placeholder naming it, and the text is marked as sealed. Header values masked by name
    /// and anything the redactor leaves alone stay as they are. Only a redactor that learnt at
    /// least the same secrets, in the same order (this one later in the run), can
    /// [reveal](Self::reveal) the result.
    pub fn sealing(&self) -> Redactor {
        Redactor {
            seal: true,
            ..self.clone()
        }
    }

    fn seal_text(&self, text: &str) -> String {
        let mut content = String::with_capacity(text.len() + 8);
        escape_into(&mut content, text);
        for &i in &self.longest_first {
            let mut pattern = String::new();
            escape_into(&mut pattern, &self.values[i]);
            if !content.contains(pattern.as_str()) {
                continue;
            }
            // Escaped patterns only match whole units, so placeholders are never split. Past
            // the 65,534th secret, sealing masks.
            let placeholder = u32::try_from(i)
                .ok()
                .filter(|&i| i <= PLACEHOLDER_LAST - PLACEHOLDER_BASE)
                .and_then(|i| char::from_u32(PLACEHOLDER_BASE + i))
                .map_or_else(|| MASK.to_string(), |p| format!("{ESC}{p}"));
            content = content.replace(pattern.as_str(), &placeholder);
        }
        let mut out = String::with_capacity(content.len() + SEALED.len_utf8());
        out.push(SEALED);
        out.push_str(&content);
        out
    }

    /// The original of sealed `content` (without its mark).
    fn unseal(&self, content: &str) -> String {
        let mut out = String::with_capacity(content.len());
        let mut chars = content.chars();
        while let Some(c) = chars.next() {
            if c != ESC {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some(LITERAL) => out.extend(chars.next()),
                Some(p) => {
                    let i = (p as u32).wrapping_sub(PLACEHOLDER_BASE) as usize;
                    out.push_str(self.values.get(i).map_or(MASK, String::as_str));
                }
                None => out.push(c),
            }
        }
        out
    }

    /// Whether `text` was sealed (see [`Self::sealing`]).
    pub fn is_sealed(text: &str) -> bool {
        text.starts_with(SEALED)
    }

    /// Sealed text (see [`Self::sealing`]) masked with every secret this redactor knows, as
    /// [`Self::text`] would have masked the original; any other text as it is.
    pub fn reveal(&self, text: &str) -> String {
        match text.strip_prefix(SEALED) {
            Some(content) if !self.disabled => self.mask(&self.unseal(content)),
            _ => text.to_string(),
        }
    }

    /// [`Self::reveal`] on every string in `v` (not on object keys).
    pub fn reveal_json(&self, v: &mut serde_json::Value) {
        use serde_json::Value;
        match v {
            Value::String(s) if s.starts_with(SEALED) => *s = self.reveal(s),
            Value::Array(a) => a.iter_mut().for_each(|x| self.reveal_json(x)),
            Value::Object(o) => o.values_mut().for_each(|x| self.reveal_json(x)),
            _ => {}
        }
    }

    /// In a list of `{"key", "value"}` headers built by a sealing redactor, masks the values of
    /// headers whose name became secret since (text is left sealed for [`Self::reveal_json`]).
    pub fn mask_late_headers(&self, list: &mut serde_json::Value) {
        if self.disabled || self.headers.is_empty() {
            return;
        }
        for h in list.as_array_mut().into_iter().flatten() {
            let name = match h.get("key").and_then(serde_json::Value::as_str) {
                Some(k) => match k.strip_prefix(SEALED) {
                    Some(content) => self.unseal(content),
                    None => k.to_string(),
                },
                None => continue,
            };
            if self.is_secret_header(&name) {
                h["value"] = serde_json::Value::String(MASK.to_string());
            }
        }
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
    fn sealed_text_holds_no_secret_and_reveals_as_masked_with_every_secret() {
        let mut r = Redactor::new();
        r.add_value("early-secret");
        let sealer = r.sealing();
        let text = "a early-secret b wrap-early-secret-wrap c late-token d \u{e000}\u{e001}";
        let sealed = sealer.text(text);
        assert!(!sealed.contains("early-secret"), "{sealed:?}");
        // Learnt later: a token, and a secret that contains the first one.
        r.add_value("late-token");
        r.add_value("wrap-early-secret-wrap");
        assert_eq!(r.reveal(&sealed), r.text(text));
        assert_eq!(r.reveal(&sealed), "a *** b *** c *** d \u{e000}\u{e001}");
        // Text that was never sealed is left alone, masked or not.
        assert_eq!(r.reveal("late-token"), "late-token");
        let mut v = serde_json::json!({"a": [sealed.clone(), "late-token"], "b": 1});
        r.reveal_json(&mut v);
        assert_eq!(v["a"][0], r.text(text));
        assert_eq!(v["a"][1], "late-token");
    }

    #[test]
    fn sealing_round_trips_any_text() {
        // Private-use characters the sealing uses, mixed with secrets made of them.
        let alphabet = [
            "a",
            "b",
            "*",
            "\u{e000}",
            "\u{e001}",
            "\u{e002}",
            "\u{100000}",
            "\u{100001}",
            "\u{10fffd}",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..300 {
            let mut word = |len: usize| -> String {
                (0..len).map(|_| alphabet[next(alphabet.len())]).collect()
            };
            let text = word(40);
            let secrets: Vec<String> = (0..4).map(|i| word(2 + i)).collect();
            let mut early = Redactor::new();
            let mut all = Redactor::new();
            for (i, s) in secrets.iter().enumerate() {
                if i < 2 {
                    early.add_value(s);
                }
                all.add_value(s);
            }
            let sealed = early.sealing().text(&text);
            assert_eq!(all.unseal(&sealed[SEALED.len_utf8()..]), text);
            assert_eq!(all.reveal(&sealed), all.text(&text), "{text:?} {secrets:?}");
        }
    }

    #[test]
    fn headers_that_became_secret_are_masked_in_sealed_lists() {
        let mut r = Redactor::new();
        let sealer = r.sealing();
        let mut list = serde_json::json!([
            {"key": "X-Key", "value": sealer.header_value("X-Key", "k-1234")},
            {"key": sealer.text("x-key"), "value": sealer.header_value("x-key", "k-1234")},
            {"key": "Accept", "value": sealer.header_value("Accept", "*/*")},
            {"key": "Authorization", "value": sealer.header_value("Authorization", "Basic x")},
        ]);
        r.add_header("X-Key");
        r.mask_late_headers(&mut list);
        r.reveal_json(&mut list);
        let values: Vec<&str> = list
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|h| h["value"].as_str())
            .collect();
        assert_eq!(values, [MASK, MASK, "*/*", MASK]);
        assert_eq!(list[1]["key"], "x-key");
    }

    #[test]
    fn a_disabled_redactor_neither_seals_nor_reveals() {
        let mut r = Redactor::new();
        r.add_value("s3cr3t-token");
        r.disabled = true;
        let sealed = r.sealing().text("x s3cr3t-token");
        assert_eq!(sealed, "x s3cr3t-token");
        assert_eq!(r.reveal(&sealed), sealed);
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
