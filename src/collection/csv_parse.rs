//! CSV iteration data, read exactly as Newman 6.2.1 reads it.
//!
//! Newman calls csv-parse 4.16.3 with `columns: true, escape: '"', trim: true, relax: true,
//! relax_column_count: true, bom: true` and its own `cast`. What that means, and what this
//! parser reproduces:
//!
//! - The first record names the columns; a later duplicate name overwrites the earlier value.
//! - Records end at the first line ending style seen (`\r\n`, `\n` or `\r`), outside quotes.
//! - Spaces, tabs, CR, LF and form feeds before a field and after a closing quote are dropped;
//!   an unquoted field also loses all trailing (JavaScript) whitespace.
//! - `""` inside a quoted field is a quote; a quote inside an unquoted field is kept as is.
//!   Anything but a comma, a line end or whitespace after a closing quote is an error, as is a
//!   quote that is never closed.
//! - **Deliberate difference:** a row with fewer or more fields than the header is an error
//!   naming the row (Newman silently drops or leaves out fields, which hides broken data).
//!   Blank lines are **not** skipped, as in Newman: each becomes a row whose first column is
//!   `""`. A final line with nothing but spaces is ignored.
//! - Unquoted fields are cast to numbers by [`cast`]; quoted fields stay strings.

use std::path::Path;

use serde_json::{Map, Number, Value};

use super::load::LoadError;

#[derive(Clone, Copy)]
enum RecordEnd {
    CrLf,
    Cr,
    Lf,
}

/// Parses CSV text into rows keyed by the header record.
pub(crate) fn parse(file: &Path, text: &str) -> Result<Vec<Map<String, Value>>, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let c: Vec<char> = text.chars().collect();
    let mut p = Parser::default();
    let mut record_end: Option<RecordEnd> = None;
    let (mut quoting, mut escaping) = (false, false);
    let mut quote_start = 0;
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if !quoting && record_end.is_none() {
            record_end = match (ch, c.get(i + 1)) {
                ('\r', Some('\n')) => Some(RecordEnd::CrLf),
                ('\r', _) => Some(RecordEnd::Cr),
                ('\n', _) => Some(RecordEnd::Lf),
                _ => None,
            };
        }
        if escaping {
            escaping = false;
        } else {
            if quoting && ch == '"' && c.get(i + 1) == Some(&'"') {
                escaping = true;
                i += 1;
                continue;
            }
            if ch == '"' {
                if quoting {
                    match c.get(i + 1) {
                        Some(&next) if next != ',' && !is_trimmable(next) => {
                            return Err(after_quote_error(file, &c, i + 1));
                        }
                        _ => {
                            quoting = false;
                            p.was_quoting = true;
                            i += 1;
                            continue;
                        }
                    }
                } else if p.field.is_empty() {
                    quoting = true;
                    quote_start = i;
                    i += 1;
                    continue;
                }
                // A quote inside an unquoted field is an ordinary character (`relax`).
            }
            if !quoting {
                let end_len = match (record_end, ch, c.get(i + 1)) {
                    (Some(RecordEnd::CrLf), '\r', Some('\n')) => 2,
                    (Some(RecordEnd::Cr), '\r', _) | (Some(RecordEnd::Lf), '\n', _) => 1,
                    _ => 0,
                };
                if end_len > 0 {
                    p.end_field();
                    p.end_record();
                    i += end_len;
                    continue;
                }
                if ch == ',' {
                    p.end_field();
                    i += 1;
                    continue;
                }
            }
        }
        let keep_leading = quoting || !p.field.is_empty() || !is_trimmable(ch);
        if keep_leading && !p.was_quoting {
            p.field.push(ch);
        } else if !is_trimmable(ch) {
            return Err(after_quote_error(file, &c, i));
        }
        i += 1;
    }
    if quoting {
        return Err(LoadError::Data {
            file: file.to_path_buf(),
            line: Some(line_at(&c, quote_start)),
            message: "invalid CSV: this quoted field is never closed".into(),
        });
    }
    if p.was_quoting || !p.record.is_empty() || !p.field.is_empty() {
        p.end_field();
        p.end_record();
    }
    if let Some((row, found, expected)) = p.ragged {
        return Err(LoadError::Data {
            file: file.to_path_buf(),
            line: None,
            message: format!(
                "data row {row} has {found} field(s) but the header has {expected}; every row needs one value per column"
            ),
        });
    }
    Ok(p.rows)
}

#[derive(Default)]
struct Parser {
    field: String,
    was_quoting: bool,
    record: Vec<(String, bool)>,
    header: Option<Vec<String>>,
    rows: Vec<Map<String, Value>>,
    /// The first ragged row: (1-based data row, fields found, fields expected).
    ragged: Option<(usize, usize, usize)>,
}

impl Parser {
    fn end_field(&mut self) {
        let mut f = std::mem::take(&mut self.field);
        if !self.was_quoting {
            f.truncate(f.trim_end_matches(is_js_whitespace).len());
        }
        self.record.push((f, self.was_quoting));
        self.was_quoting = false;
    }

    fn end_record(&mut self) {
        let record = std::mem::take(&mut self.record);
        let Some(header) = &self.header else {
            // Newman would also cast header names (and then reject numeric ones); we keep text.
            self.header = Some(record.into_iter().map(|(f, _)| f).collect());
            return;
        };
        let blank = record.len() == 1 && record[0].0.is_empty() && !record[0].1;
        if !blank && record.len() != header.len() && self.ragged.is_none() {
            self.ragged = Some((self.rows.len() + 1, record.len(), header.len()));
        }
        let mut row = Map::new();
        for ((f, quoted), name) in record.into_iter().zip(header) {
            let v = if quoted { Value::String(f) } else { cast(&f) };
            row.insert(name.clone(), v);
        }
        self.rows.push(row);
    }
}

fn after_quote_error(file: &Path, c: &[char], at: usize) -> LoadError {
    let found = c
        .get(at)
        .map_or(String::new(), |ch| format!(" (found {ch:?})"));
    LoadError::Data {
        file: file.to_path_buf(),
        line: Some(line_at(c, at)),
        message: format!(
            "invalid CSV: a closing quote must be followed by a comma or the end of the line{found}"
        ),
    }
}

/// 1-based line of character index `at` (CRLF, LF and lone CR each end a line).
fn line_at(c: &[char], at: usize) -> usize {
    let upto = &c[..at.min(c.len())];
    let breaks = upto
        .iter()
        .enumerate()
        .filter(|&(i, &ch)| ch == '\n' || (ch == '\r' && upto.get(i + 1) != Some(&'\n')))
        .count();
    breaks + 1
}

/// csv-parse's trimmable characters: space, tab, CR, LF, form feed.
fn is_trimmable(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n' | '\x0c')
}

/// JavaScript's `WhiteSpace` and `LineTerminator` (what `String.prototype.trim` removes).
pub(crate) fn is_js_whitespace(c: char) -> bool {
    c == '\u{FEFF}' || (c.is_whitespace() && c != '\u{85}')
}

/// Newman's CSV cast for an unquoted field: `^[+-]?[1-9][0-9]*$` becomes `parseInt`; else, if
/// `Number(v) - parseFloat(v) + 1 >= 0`, `parseFloat(v)`; else the text. So `007` → 7, `0` → 0,
/// `1.50` → 1.5, `1e3` → 1000, `0x1F` → 0 (parseFloat stops at `x`), but `""`, `1_000`,
/// `Infinity`, `1e400` and `-0x10` stay strings. An integer too large for a double (JS gives
/// `Infinity`) also stays a string.
pub(crate) fn cast(v: &str) -> Value {
    let is_int = {
        let digits = v.strip_prefix(['+', '-']).unwrap_or(v);
        digits.starts_with(|c: char| ('1'..='9').contains(&c))
            && digits.chars().all(|c| c.is_ascii_digit())
    };
    if is_int {
        return match v.parse::<f64>() {
            Ok(f) if f.is_finite() => number(f),
            _ => Value::String(v.to_string()),
        };
    }
    match (js_number(v), js_parse_float(v)) {
        (Some(n), Some(f)) if n - f + 1.0 >= 0.0 && f.is_finite() => number(f),
        _ => Value::String(v.to_string()),
    }
}

/// A JavaScript number as JSON: integral values within ±2^53 as integers (`-0` as `0`).
pub(crate) fn number(f: f64) -> Value {
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        Value::from(f as i64)
    } else {
        Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}

/// JavaScript `Number(string)`; `None` for NaN.
fn js_number(s: &str) -> Option<f64> {
    let t = s.trim_matches(is_js_whitespace);
    if t.is_empty() {
        return Some(0.0);
    }
    for (prefix, radix) in [
        ("0x", 16),
        ("0X", 16),
        ("0o", 8),
        ("0O", 8),
        ("0b", 2),
        ("0B", 2),
    ] {
        if let Some(d) = t.strip_prefix(prefix) {
            if d.is_empty() || !d.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            let n = d.chars().filter_map(|c| c.to_digit(radix));
            return Some(n.fold(0.0, |acc, x| acc * f64::from(radix) + f64::from(x)));
        }
    }
    match decimal_prefix(t) {
        Some((n, len)) if len == t.len() => Some(n),
        _ => None,
    }
}

/// JavaScript `parseFloat(string)`; `None` for NaN.
fn js_parse_float(s: &str) -> Option<f64> {
    decimal_prefix(s.trim_start_matches(is_js_whitespace)).map(|(n, _)| n)
}

/// The longest prefix of `t` that is a JS `StrDecimalLiteral`: its value and byte length.
fn decimal_prefix(t: &str) -> Option<(f64, usize)> {
    let b = t.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    if t[i..].starts_with("Infinity") {
        let inf = if b[0] == b'-' {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
        return Some((inf, i + "Infinity".len()));
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits(&mut i);
    if b.get(i) == Some(&b'.') {
        let mut j = i + 1;
        let frac = digits(&mut j);
        if mantissa + frac > 0 {
            mantissa += frac;
            i = j;
        }
    }
    if mantissa == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1 + usize::from(matches!(b.get(i + 1), Some(b'+' | b'-')));
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    t[..i].parse::<f64>().ok().map(|n| (n, i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rows(text: &str) -> Value {
        Value::Array(
            parse(Path::new("d.csv"), text)
                .unwrap()
                .into_iter()
                .map(Value::Object)
                .collect(),
        )
    }

    fn err(text: &str) -> String {
        parse(Path::new("d.csv"), text).unwrap_err().to_string()
    }

    #[test]
    fn casts_unquoted_numbers_like_newman() {
        let cases = [
            ("1", json!(1)),
            ("-12", json!(-12)),
            ("+5", json!(5)),
            ("007", json!(7)),
            ("0", json!(0)),
            ("-0", json!(0)),
            ("1.50", json!(1.5)),
            (".5", json!(0.5)),
            ("-.5", json!(-0.5)),
            ("5.", json!(5)),
            ("1e3", json!(1000)),
            ("+.5e2", json!(50)),
            ("1e-400", json!(0)),
            ("0x1F", json!(0)),
            ("0b11", json!(0)),
            ("12345678901234567890", json!(12345678901234567890.0)),
        ];
        for (text, want) in cases {
            assert_eq!(cast(text), want, "{text}");
        }
        for keep in [
            "",
            "-",
            "+",
            ".",
            "1e",
            "e5",
            "1_000",
            "1.2.3",
            "Infinity",
            "-Infinity",
            "1e400",
            "NaN",
            "-0x10",
            "true",
            "0x",
            "abc",
            "1 2",
        ] {
            assert_eq!(cast(keep), json!(keep), "{keep:?}");
        }
    }

    #[test]
    fn quoted_numbers_stay_strings_and_fields_are_trimmed() {
        assert_eq!(
            rows("a,b,c\n\"1\",\" 2.5 \", 3 \n"),
            json!([{"a": "1", "b": " 2.5 ", "c": 3}])
        );
        assert_eq!(
            rows(" a , b \n\t1\t,\t2 \u{a0}\n"),
            json!([{"a": 1, "b": 2}])
        );
        assert_eq!(rows("a,b\n  \"q\"  ,z\n"), json!([{"a": "q", "b": "z"}]));
    }

    #[test]
    fn commas_quotes_and_newlines_inside_quotes() {
        assert_eq!(
            rows("a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n\"l1\nl2\",\"\"\n"),
            json!([{"a": "x,y", "b": "he said \"hi\""}, {"a": "l1\nl2", "b": ""}])
        );
        assert_eq!(rows("a,b\nx\"y,z\n"), json!([{"a": "x\"y", "b": "z"}]));
    }

    #[test]
    fn bom_and_line_endings() {
        assert_eq!(rows("\u{FEFF}a,b\r\n1,2\r\n"), json!([{"a": 1, "b": 2}]));
        assert_eq!(
            rows("a,b\r1,2\r3,4"),
            json!([{"a": 1, "b": 2}, {"a": 3, "b": 4}])
        );
        // The first line ending decides; a later bare LF is then part of the field.
        assert_eq!(rows("a,b\r\n1,2\n3\r\n"), json!([{"a": 1, "b": "2\n3"}]));
    }

    #[test]
    fn ragged_rows_are_refused_with_the_row_number() {
        assert!(err("a,b\n1,2\n1\n").contains("data row 2 has 1 field(s) but the header has 2"));
        assert!(err("a,b\n1,2,3\n").contains("data row 1 has 3 field(s)"));
        assert_eq!(rows("a,a\n1,2\n"), json!([{"a": 2}]));
    }

    #[test]
    fn blank_lines_become_rows_but_trailing_space_does_not() {
        assert_eq!(
            rows("a,b\n1,2\n\n3,4\n"),
            json!([{"a": 1, "b": 2}, {"a": ""}, {"a": 3, "b": 4}])
        );
        assert_eq!(
            rows("a\n1\n  \n2\n  "),
            json!([{"a": 1}, {"a": ""}, {"a": 2}])
        );
        assert_eq!(rows(""), json!([]));
        assert_eq!(rows("a,b\n"), json!([]));
    }

    #[test]
    fn bad_quotes_are_errors_with_line() {
        assert_eq!(
            err("a,b\n1,2\n\"ab\"cd,z\n"),
            "d.csv:3: invalid CSV: a closing quote must be followed by a comma or the end of the \
             line (found 'c')"
        );
        assert!(err("a\n\"x\" y\n").starts_with("d.csv:2: invalid CSV: a closing quote"));
        assert_eq!(
            err("a\n1\n\"abc\n\n"),
            "d.csv:3: invalid CSV: this quoted field is never closed"
        );
    }
}
