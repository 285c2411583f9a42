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

#[cfg(test)]
mod tests {
    use super::*;

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
