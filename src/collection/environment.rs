//! Environment (`-e`) and globals (`-g`) files, `--env-var`/`--global-var` overrides, and the
//! JSON written by `--export-environment` / `--export-globals`.
//!
//! Accepted input, as in Newman: `{id, name, values: [{key, value, type, enabled}]}`, the same
//! wrapped as `{"environment": {...}}` / `{"globals": {...}}` (Postman API responses), or a
//! bare array of `{key, value}` (legacy globals). Values may be any JSON; a missing `value`
//! is kept as undefined. A variable is disabled by `"disabled": true` (what Newman honours)
//! or by `"enabled": false` (what the Postman app writes; Newman 6.2.1 ignores it, see
//! newman#2986).

use std::path::Path;

use serde_json::{Map, Value};

use super::load::{describe, parse_value, read_text, shape_error, LoadError};
use super::locate::Seg;
use crate::vars::{Variable, VariableScope};

/// The string written as `_postman_exported_using` in exported files.
pub const EXPORTED_USING: &str = concat!("courier/", env!("CARGO_PKG_VERSION"));

/// A loaded environment or globals file.
#[derive(Debug, Clone)]
pub struct VariableFile {
    pub id: Option<String>,
    pub name: Option<String>,
    pub scope: VariableScope,
    /// Other top-level fields (`_postman_variable_scope`, `_postman_exported_at`, …).
    pub raw_extra: Map<String, Value>,
}

/// Reads an environment file (`-e`).
pub fn load_environment(path: &Path) -> Result<VariableFile, LoadError> {
    parse_variable_file(path, &read_text(path)?, "environment")
}

/// Reads a globals file (`-g`).
pub fn load_globals(path: &Path) -> Result<VariableFile, LoadError> {
    parse_variable_file(path, &read_text(path)?, "globals")
}

/// Parses the text of an environment or globals file. `scope` is `"environment"` or
/// `"globals"`; it names the file in messages and the API wrapper key to unwrap.
pub fn parse_variable_file(
    path: &Path,
    text: &str,
    scope: &str,
) -> Result<VariableFile, LoadError> {
    let (what, a_what) = if scope == "globals" {
        ("globals file", "a globals file")
    } else {
        ("environment", "an environment")
    };
    let mut value = parse_value(path, text, what)?;
    let mut prefix = Vec::new();
    for _ in 0..2 {
        let has_values = value.get("values").is_some();
        match value.get_mut(scope) {
            Some(Value::Object(inner)) if prefix.is_empty() || !has_values => {
                value = Value::Object(std::mem::take(inner));
                prefix.push(Seg::Key(scope.to_string()));
            }
            _ => break,
        }
    }
    let wrong = |message: String| LoadError::WrongKind {
        file: path.to_path_buf(),
        message,
    };
    let (mut obj, entries, values_path) = match value {
        Value::Array(entries) => (Map::new(), entries, prefix.clone()),
        Value::Object(mut obj) => {
            let mut values_path = prefix.clone();
            values_path.push(Seg::Key("values".into()));
            match obj.remove("values") {
                Some(Value::Array(entries)) => (obj, entries, values_path),
                Some(other) => {
                    let m = format!(
                        "invalid type: {}, expected an array of variables",
                        describe(&other)
                    );
                    return Err(shape_error(path, text, &values_path, m));
                }
                None => {
                    if let Some(m) = not_variables(&obj, what, a_what) {
                        return Err(wrong(m));
                    }
                    (obj, Vec::new(), values_path)
                }
            }
        }
        other => {
            return Err(wrong(format!(
                "expected a Postman {what} (a JSON object), found {}",
                describe(&other)
            )))
        }
    };
    if !entries.is_empty()
        && entries
            .iter()
            .all(|e| e.is_object() && e.get("key").is_none())
    {
        return Err(wrong(format!(
            "its entries have no `key`; this looks like iteration data, not {a_what}; \
             pass it with -d/--iteration-data"
        )));
    }
    let mut vars = Vec::with_capacity(entries.len());
    for (i, entry) in entries.into_iter().enumerate() {
        let at = |field: Option<&str>| {
            let mut p = values_path.clone();
            p.push(Seg::Index(i));
            p.extend(field.map(|f| Seg::Key(f.into())));
            p
        };
        let Value::Object(e) = entry else {
            let m = format!(
                "invalid type: {}, expected a variable ({{\"key\", \"value\"}})",
                describe(&entry)
            );
            return Err(shape_error(path, text, &at(None), m));
        };
        let key = match e.get("key") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::Bool(b)) => b.to_string(),
            None | Some(Value::Null) => continue,
            Some(other) => {
                let m = format!("invalid type: {}, expected a string", describe(other));
                return Err(shape_error(path, text, &at(Some("key")), m));
            }
        };
        let disabled = e.get("disabled").is_some_and(is_truthy)
            || e.get("enabled") == Some(&Value::Bool(false));
        vars.push(Variable {
            key,
            value: e.get("value").cloned(),
            kind: e.get("type").and_then(Value::as_str).map(str::to_string),
            enabled: !disabled,
        });
    }
    let text_field = |v: Option<Value>| match v {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    Ok(VariableFile {
        id: text_field(obj.remove("id")),
        name: text_field(obj.remove("name")),
        scope: VariableScope::from_vars(vars),
        raw_extra: obj,
    })
}

/// Why an object without `values` is not a variable file (`None`: it is an empty one).
fn not_variables(obj: &Map<String, Value>, what: &str, a_what: &str) -> Option<String> {
    if obj.contains_key("info") || obj.contains_key("item") {
        return Some(format!(
            "this looks like a Postman collection, not {a_what}; pass it as the collection \
             (`courier run <collection>`)"
        ));
    }
    if obj.contains_key("requests") || obj.contains_key("order") {
        return Some(format!(
            "this looks like a Postman v1 collection, not {a_what}"
        ));
    }
    let unknown: Vec<&str> = obj
        .keys()
        .map(String::as_str)
        .filter(|k| !matches!(*k, "id" | "name") && !k.starts_with("_postman"))
        .take(5)
        .collect();
    (!unknown.is_empty()).then(|| {
        format!(
            "this is not a Postman {what}: no `values` list (top-level keys: {})",
            unknown.join(", ")
        )
    })
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

/// The JSON Newman writes for `--export-environment` / `--export-globals`; `scope` is
/// `"environment"` or `"globals"`. Uses the current time for `_postman_exported_at`.
pub fn export_variable_file(vf: &VariableFile, scope: &str) -> Value {
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    export_variable_file_at(vf, scope, &now)
}

/// [`export_variable_file`] with a fixed `_postman_exported_at` (an ISO-8601 string).
///
/// Shape and key order follow Newman 6.2.1 (postman-collection 4.4.0 `VariableScope.toJSON`):
/// `{id, name, values: [{disabled?, type, value?, key}], _postman_variable_scope,
/// _postman_exported_at, _postman_exported_using}`. A missing id becomes a fresh UUID, a
/// missing name becomes `scope` (placed after `values`, as lodash `defaults` does), `type` is
/// `any` unless it is one of postman-collection's types (lower-cased), values are written as
/// postman-collection stores them after its type cast, `disabled: true` marks disabled
/// variables, and an undefined untyped value is omitted. `raw_extra` is not written (Newman
/// drops unknown fields too).
pub fn export_variable_file_at(vf: &VariableFile, scope: &str, exported_at: &str) -> Value {
    let mut out = Map::new();
    let id = vf
        .id
        .clone()
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    out.insert("id".into(), Value::String(id));
    if let Some(name) = &vf.name {
        out.insert("name".into(), Value::String(name.clone()));
    }
    let values = vf.scope.vars().iter().map(export_variable).collect();
    out.insert("values".into(), Value::Array(values));
    if vf.name.is_none() {
        out.insert("name".into(), Value::String(scope.to_string()));
    }
    out.insert("_postman_variable_scope".into(), scope.into());
    out.insert("_postman_exported_at".into(), exported_at.into());
    out.insert("_postman_exported_using".into(), EXPORTED_USING.into());
    Value::Object(out)
}

fn export_variable(v: &Variable) -> Value {
    const TYPES: [&str; 6] = ["string", "boolean", "number", "array", "object", "any"];
    let kind = v.kind.as_deref().map(str::to_ascii_lowercase);
    let kind = kind.filter(|k| TYPES.contains(&k.as_str()));
    let kind = kind.as_deref().unwrap_or("any");
    let mut o = Map::new();
    if !v.enabled {
        o.insert("disabled".into(), Value::Bool(true));
    }
    o.insert("type".into(), kind.into());
    if let Some(value) = stored_value(v, kind) {
        o.insert("value".into(), value);
    }
    o.insert("key".into(), Value::String(v.key.clone()));
    Value::Object(o)
}

/// The value postman-collection stores (and so exports) for a variable of type `kind`: it
/// casts on the way in, so `string`/`number`/`boolean` hold the cast value (`undefined` as a
/// string is `"undefined"`), while `array`/`object` hold JSON text.
fn stored_value(v: &Variable, kind: &str) -> Option<Value> {
    match (kind, &v.value) {
        ("any", raw) => raw.clone(),
        ("array" | "object", Some(Value::String(s))) => Some(Value::String(s.clone())),
        ("array" | "object", Some(raw)) => Some(Value::String(raw.to_string())),
        ("array" | "object", None) => None,
        ("string", None) => Some(Value::String("undefined".into())),
        _ => v.typed_value(),
    }
}

/// Splits a `--env-var` / `--global-var` argument at the first `=`. Like Newman, an argument
/// without `=` names a variable whose value is undefined (`None`); unlike Newman, an empty
/// name is refused.
pub fn parse_kv_override(s: &str) -> Result<(String, Option<String>), String> {
    let (key, value) = match s.split_once('=') {
        Some((k, v)) => (k, Some(v.to_string())),
        None => (s, None),
    };
    if key.is_empty() {
        return Err(format!(
            "invalid variable `{s}`: expected NAME=VALUE with a non-empty NAME"
        ));
    }
    Ok((key.to_string(), value))
}

#[cfg(test)]
#[path = "environment_tests.rs"]
mod tests;
