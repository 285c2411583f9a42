//! JSON paths and source positions for error messages.
//!
//! `serde_json::Value` keeps no spans, so when a value is found to have the wrong shape we
//! walk the (already validated) source text along the value's path to find where it starts.
//! Paths render Postman-style: `item[2].request.url`, with odd keys as `["my key"]`.

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

/// Converts a `serde_path_to_error` path, dropping enum-variant and unknown steps.
pub(crate) fn from_serde_path(path: &serde_path_to_error::Path) -> Vec<Seg> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|s| match s {
            Segment::Seq { index } => Some(Seg::Index(*index)),
            Segment::Map { key } => Some(Seg::Key(key.clone())),
            _ => None,
        })
        .collect()
}

/// Renders `item[2].request.url` (no leading dot or `$`).
pub(crate) fn render(segs: &[Seg]) -> String {
    let mut out = String::new();
    for seg in segs {
        match seg {
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
            Seg::Key(k) if is_plain_key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Key(k) => {
                let quoted = serde_json::to_string(k).unwrap_or_else(|_| format!("\"{k}\""));
                out.push_str(&format!("[{quoted}]"));
            }
        }
    }
    out
}

fn is_plain_key(k: &str) -> bool {
    let mut chars = k.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '-'))
}

/// 1-based line and column (in characters) of byte `offset`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

/// Re-expresses serde_json's line/column (a byte column) as a character column.
pub(crate) fn char_position(text: &str, line: usize, byte_column: usize) -> (usize, usize) {
    if line == 0 {
        return (1, 1);
    }
    let line_start = if line == 1 {
        Some(0)
    } else {
        text.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)
    };
    match line_start {
        Some(start) => {
            let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let offset = (start + byte_column.saturating_sub(1)).min(end);
            line_col(text, offset)
        }
        None => (line, byte_column.max(1)),
    }
}

/// Byte offset where the value at `path` starts in `text`, which must be valid JSON.
/// With duplicate keys the last one wins, as in `serde_json::Value`.
pub(crate) fn locate(text: &str, path: &[Seg]) -> Option<usize> {
    let mut s = Scan {
        b: text.as_bytes(),
        pos: if text.starts_with('\u{FEFF}') { 3 } else { 0 },
    };
    s.ws();
    for seg in path {
        match (seg, s.peek()?) {
            (Seg::Key(want), b'{') => {
                s.pos += 1;
                let mut found = None;
                loop {
                    s.ws();
                    match s.peek()? {
                        b'}' => break,
                        b',' => {
                            s.pos += 1;
                            continue;
                        }
                        _ => {}
                    }
                    let key = s.key(text)?;
                    s.ws();
                    if s.peek()? != b':' {
                        return None;
                    }
                    s.pos += 1;
                    s.ws();
                    if key == *want {
                        found = Some(s.pos);
                    }
                    s.skip_value()?;
                }
                s.pos = found?;
            }
            (Seg::Index(want), b'[') => {
                s.pos += 1;
                let mut n = 0;
                loop {
                    s.ws();
                    match s.peek()? {
                        b']' => return None,
                        b',' => {
                            s.pos += 1;
                            continue;
                        }
                        _ => {}
                    }
                    if n == *want {
                        break;
                    }
                    s.skip_value()?;
                    n += 1;
                }
            }
            _ => return None,
        }
    }
    Some(s.pos)
}

struct Scan<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Skips a string starting at the opening quote; returns the raw inner span.
    fn skip_string(&mut self) -> Option<(usize, usize)> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.pos + 1;
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some((start, self.pos - 1));
                }
                _ => self.pos += 1,
            }
        }
    }

    fn key(&mut self, text: &str) -> Option<String> {
        let (start, end) = self.skip_string()?;
        let raw = text.get(start..end)?;
        if raw.contains('\\') {
            serde_json::from_str(text.get(start - 1..end + 1)?).ok()
        } else {
            Some(raw.to_string())
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.skip_string().map(|_| ()),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth = depth.checked_sub(1)?;
                            if depth == 0 {
                                self.pos += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
            }
            _ => {
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.pos += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> Seg {
        Seg::Key(s.into())
    }

    #[test]
    fn renders_postman_style_paths() {
        let p = [k("item"), Seg::Index(2), k("request"), k("url")];
        assert_eq!(render(&p), "item[2].request.url");
        assert_eq!(render(&[Seg::Index(3), k("a b")]), "[3][\"a b\"]");
        assert_eq!(render(&[]), "");
    }

    #[test]
    fn locates_nested_values_and_last_duplicate_key() {
        let text =
            "{\n  \"a\": 1,\n  \"item\": [ {\"x\": \"}\"}, {\"url\": 5} ],\n  \"a\": [true]\n}";
        let at = locate(text, &[k("item"), Seg::Index(1), k("url")]).unwrap();
        assert_eq!(&text[at..at + 1], "5");
        assert_eq!(line_col(text, at), (3, 33));
        let dup = locate(text, &[k("a")]).unwrap();
        assert_eq!(line_col(text, dup), (4, 8));
        assert_eq!(locate(text, &[k("missing")]), None);
        assert_eq!(locate(text, &[k("item"), Seg::Index(9)]), None);
    }

    #[test]
    fn locates_escaped_keys() {
        let text = r#"{"a\"b": {"c": null}}"#;
        let at = locate(text, &[k("a\"b"), k("c")]).unwrap();
        assert_eq!(&text[at..], "null}}");
    }

    #[test]
    fn converts_byte_columns_to_char_columns() {
        let text = "{\"é\": x}";
        // serde_json counts bytes: `x` is byte column 8, character column 7.
        assert_eq!(char_position(text, 1, 8), (1, 7));
        assert_eq!(char_position(text, 5, 3), (5, 3));
    }
}
