//! Iteration data (`-d, --iteration-data`): one variable scope per row.
//!
//! Like Newman, the text (trimmed) is tried as JSON first and otherwise read as CSV (the
//! private `csv_parse` module has the exact CSV rules). JSON data must be an array of
//! objects whose values may be any JSON. Differences from Newman, all on inputs Newman
//! mishandles: a JSON object or an array with non-object elements is an error here (Newman
//! silently runs one iteration with no data, or uses the odd element), and text that
//! clearly starts as JSON (`[{`, `{"`) but does not parse is reported as a JSON syntax
//! error instead of being re-read as CSV.

use std::path::Path;

use serde_json::{Map, Value};

use super::csv_parse;
use super::load::{self, parse_value, read_text, shape_error, LoadError};
use super::locate::Seg;
use crate::vars::{Variable, VariableScope};

/// Reads an iteration data file: one [`VariableScope`] per row, in file order.
pub fn load_data(path: &Path) -> Result<Vec<VariableScope>, LoadError> {
    let text = read_text(path)?;
    Ok(rows_to_scopes(parse_data_text(path, &text)?))
}

/// Parses iteration data text (JSON or CSV) into rows of `key → value`, keys in file order.
pub fn parse_data_text(path: &Path, text: &str) -> Result<Vec<Map<String, Value>>, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let trimmed = text.trim_matches(csv_parse::is_js_whitespace);
    match serde_json::from_str::<Value>(trimmed) {
        // Newman falls back to CSV when the JSON value is falsy (null, false, 0, "").
        Ok(v) if is_truthy(&v) => return json_rows(path, text, v),
        Ok(_) => {}
        Err(_) if starts_like_json(trimmed) => {
            parse_value(path, text, "iteration data")?;
        }
        Err(_) => {}
    }
    csv_parse::parse(path, text)
}

/// Turns rows into scopes: every value becomes an enabled variable with no declared type.
pub fn rows_to_scopes(rows: Vec<Map<String, Value>>) -> Vec<VariableScope> {
    rows.into_iter()
        .map(|row| {
            let vars = row
                .into_iter()
                .map(|(key, value)| Variable {
                    key,
                    value: Some(value),
                    kind: None,
                    enabled: true,
                })
                .collect();
            VariableScope::from_vars(vars)
        })
        .collect()
}

fn json_rows(path: &Path, text: &str, v: Value) -> Result<Vec<Map<String, Value>>, LoadError> {
    let Value::Array(items) = v else {
        let looks_like = match &v {
            Value::Object(o) if o.contains_key("info") || o.contains_key("item") => {
                Some("a Postman collection")
            }
            Value::Object(o) if o.contains_key("values") => Some("a Postman environment"),
            _ => None,
        };
        if let Some(kind) = looks_like {
            return Err(LoadError::WrongKind {
                file: path.to_path_buf(),
                message: format!("this looks like {kind}, not iteration data"),
            });
        }
        return Err(LoadError::Data {
            file: path.to_path_buf(),
            line: None,
            message: format!(
                "iteration data must be a JSON array of objects, found {}",
                load::describe(&v)
            ),
        });
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| match item {
            Value::Object(row) => Ok(row),
            other => Err(shape_error(
                path,
                text,
                &[Seg::Index(i)],
                format!(
                    "iteration data rows must be objects, found {}",
                    load::describe(&other)
                ),
            )),
        })
        .collect()
}

fn is_truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// `[{`, `[[`, `[]`, `{"` or `{}` (ignoring whitespace): meant as JSON, not as a CSV header.
fn starts_like_json(t: &str) -> bool {
    let mut chars = t.chars().filter(|c| !c.is_whitespace());
    matches!(
        (chars.next(), chars.next()),
        (Some('['), Some('{' | '[' | ']')) | (Some('{'), Some('"' | '}'))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rows(text: &str) -> Value {
        let r = parse_data_text(Path::new("d.json"), text).unwrap();
        Value::Array(r.into_iter().map(Value::Object).collect())
    }

    fn err(text: &str) -> String {
        parse_data_text(Path::new("d.json"), text)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn json_array_of_objects_keeps_any_values() {
        let text =
            "\u{FEFF} [{\"a\": 1, \"b\": \"x\", \"c\": null, \"d\": {\"e\": [true]}}, {}] \n";
        assert_eq!(
            rows(text),
            json!([{"a": 1, "b": "x", "c": null, "d": {"e": [true]}}, {}])
        );
        assert_eq!(rows("[]"), json!([]));
    }

    #[test]
    fn json_data_that_is_not_an_array_is_an_error() {
        assert_eq!(
            err("{\"a\": 1}"),
            "d.json: iteration data must be a JSON array of objects, found object"
        );
        assert_eq!(
            err(r#"{"values": [{"key": "a"}]}"#),
            "d.json: this looks like a Postman environment, not iteration data"
        );
        assert_eq!(
            err("[\n  {\"a\": 1},\n  \"oops\"\n]"),
            "d.json:3:3: [1]: iteration data rows must be objects, found string \"oops\""
        );
    }

    #[test]
    fn broken_json_is_reported_as_json() {
        assert_eq!(
            err("[{\"a\": 1},]"),
            "d.json:1:11: iteration data is not valid JSON: trailing comma"
        );
    }

    #[test]
    fn csv_is_the_fallback() {
        assert_eq!(
            rows("id,name\n1,\"007\"\n"),
            json!([{"id": 1, "name": "007"}])
        );
        // A CSV header that happens to start with `[` is still CSV.
        assert_eq!(rows("[id],x\n1,2\n"), json!([{"[id]": 1, "x": 2}]));
        // Falsy JSON falls back to CSV, as in Newman: here a header-only CSV.
        assert_eq!(rows("null"), json!([]));
        assert_eq!(rows(""), json!([]));
    }

    #[test]
    fn rows_become_scopes() {
        let scopes = rows_to_scopes(parse_data_text(Path::new("d.csv"), "a,b\n1,x\n").unwrap());
        assert_eq!(scopes.len(), 1);
        let vars = scopes[0].vars();
        let keys: Vec<&str> = vars.iter().map(|v| v.key.as_str()).collect();
        assert_eq!(keys, ["a", "b"]);
        assert!(vars.iter().all(|v| v.enabled && v.kind.is_none()));
        assert_eq!(vars[0].value, Some(json!(1)));
    }
}
