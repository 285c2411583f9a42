//! EL value semantics on JSON values: coercion to text, number and boolean, equality and
//! ordering (the EL specification's rules), plus depth-bounded helpers so a deeply nested
//! input never exhausts the stack.

use std::cmp::Ordering;

use serde_json::{Number, Value};

/// The deepest value the engine renders, stores or compares.
pub(crate) const MAX_VALUE_DEPTH: usize = 32;

/// A number during arithmetic: integral when both sides are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Num {
    Int(i64),
    Float(f64),
}

impl Num {
    pub fn as_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }

    pub fn into_value(self) -> Result<Value, String> {
        match self {
            Num::Int(i) => Ok(Value::Number(Number::from(i))),
            Num::Float(f) => Number::from_f64(f)
                .map(Value::Number)
                .ok_or_else(|| "the result is not a finite number".to_string()),
        }
    }
}

/// Whether `v` nests deeper than `max` levels of arrays/objects.
pub(crate) fn too_deep(v: &Value, max: usize) -> bool {
    match v {
        Value::Array(a) => max == 0 || a.iter().any(|x| too_deep(x, max - 1)),
        Value::Object(m) => max == 0 || m.values().any(|x| too_deep(x, max - 1)),
        _ => false,
    }
}

/// A Java-like type name, for messages.
pub(crate) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "Boolean",
        Value::Number(n) if n.is_f64() => "Double",
        Value::Number(_) => "Long",
        Value::String(_) => "String",
        Value::Array(_) => "List",
        Value::Object(_) => "Map",
    }
}

/// A number as Java prints it (`5`, `5.0`, `0.25`).
pub(crate) fn number_text(n: &Number) -> String {
    match n.as_f64() {
        Some(f) if n.is_f64() => {
            if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{f:.1}")
            } else {
                format!("{f}")
            }
        }
        _ => n.to_string(),
    }
}

/// EL coercion to String: `null` is empty, lists print as `[a, b]` and maps as `{k=v}`, as
/// Java's `toString` does.
pub(crate) fn to_text(v: &Value) -> Result<String, String> {
    let mut out = String::new();
    write_text(v, &mut out, MAX_VALUE_DEPTH)?;
    Ok(out)
}

fn write_text(v: &Value, out: &mut String, depth: usize) -> Result<(), String> {
    match v {
        Value::Null => {}
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number_text(n)),
        Value::String(s) => out.push_str(s),
        Value::Array(a) => {
            let d = depth.checked_sub(1).ok_or_else(too_deep_msg)?;
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                if x.is_null() {
                    out.push_str("null");
                } else {
                    write_text(x, out, d)?;
                }
            }
            out.push(']');
        }
        Value::Object(m) => {
            let d = depth.checked_sub(1).ok_or_else(too_deep_msg)?;
            out.push('{');
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(k);
                out.push('=');
                if x.is_null() {
                    out.push_str("null");
                } else {
                    write_text(x, out, d)?;
                }
            }
            out.push('}');
        }
    }
    Ok(())
}

fn too_deep_msg() -> String {
    format!("value nested deeper than {MAX_VALUE_DEPTH} levels")
}

/// JSON text of a value, refusing values nested deeper than [`MAX_VALUE_DEPTH`].
pub(crate) fn json_text(v: &Value) -> Result<String, String> {
    if too_deep(v, MAX_VALUE_DEPTH) {
        return Err(too_deep_msg());
    }
    serde_json::to_string(v).map_err(|e| e.to_string())
}

/// A clone of `v`, refused when it nests deeper than [`MAX_VALUE_DEPTH`].
pub(crate) fn bounded_clone(v: &Value) -> Result<Value, String> {
    if too_deep(v, MAX_VALUE_DEPTH) {
        return Err(too_deep_msg());
    }
    Ok(v.clone())
}

/// EL coercion to a number: `null` and `""` are 0, strings are parsed, booleans fail.
pub(crate) fn to_num(v: &Value) -> Result<Num, String> {
    match v {
        Value::Null => Ok(Num::Int(0)),
        Value::Number(n) => Ok(match n.as_i64() {
            Some(i) => Num::Int(i),
            None => Num::Float(n.as_f64().unwrap_or(0.0)),
        }),
        Value::String(s) => {
            let t = s.trim();
            if t.is_empty() {
                Ok(Num::Int(0))
            } else if let Ok(i) = t.parse::<i64>() {
                Ok(Num::Int(i))
            } else {
                t.parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite())
                    .map(Num::Float)
                    .ok_or_else(|| format!("cannot coerce '{s}' to a number"))
            }
        }
        other => Err(format!("cannot coerce {} to a number", type_name(other))),
    }
}

/// EL coercion to an integer index.
pub(crate) fn to_index(v: &Value) -> Result<i64, String> {
    match to_num(v)? {
        Num::Int(i) => Ok(i),
        Num::Float(f) if f.fract() == 0.0 && f.abs() < 9e15 => Ok(f as i64),
        Num::Float(f) => Err(format!("cannot use {f} as an index")),
    }
}

/// EL coercion to boolean: `null` is false, strings are true only when "true" (any case),
/// numbers and collections fail.
pub(crate) fn to_bool(v: &Value) -> Result<bool, String> {
    match v {
        Value::Null => Ok(false),
        Value::Bool(b) => Ok(*b),
        Value::String(s) => Ok(s.eq_ignore_ascii_case("true")),
        other => Err(format!("cannot coerce {} to a boolean", type_name(other))),
    }
}

/// The `empty` operator: null, "", and empty lists and maps.
pub(crate) fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
        _ => false,
    }
}

/// EL `==`: null only equals null; a number on either side compares numerically; a boolean
/// compares as booleans; a string compares as text; collections compare structurally.
pub(crate) fn loose_eq(a: &Value, b: &Value) -> Result<bool, String> {
    match (a, b) {
        (Value::Null, Value::Null) => Ok(true),
        (Value::Null, _) | (_, Value::Null) => Ok(false),
        (Value::Number(_), _) | (_, Value::Number(_)) => {
            Ok(to_num(a)?.as_f64() == to_num(b)?.as_f64())
        }
        (Value::Bool(_), _) | (_, Value::Bool(_)) => Ok(to_bool(a)? == to_bool(b)?),
        (Value::String(_), _) | (_, Value::String(_)) => Ok(to_text(a)? == to_text(b)?),
        _ => Ok(bounded_eq(a, b, MAX_VALUE_DEPTH)),
    }
}

fn bounded_eq(a: &Value, b: &Value, depth: usize) -> bool {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) => {
            depth > 0
                && x.len() == y.len()
                && x.iter().zip(y).all(|(p, q)| bounded_eq(p, q, depth - 1))
        }
        (Value::Object(x), Value::Object(y)) => {
            depth > 0
                && x.len() == y.len()
                && x.iter()
                    .all(|(k, p)| y.get(k).is_some_and(|q| bounded_eq(p, q, depth - 1)))
        }
        (Value::Array(_) | Value::Object(_), _) | (_, Value::Array(_) | Value::Object(_)) => false,
        _ => a == b,
    }
}

/// EL ordering for `<`, `>`, `<=`, `>=`: `None` when either side is null (the comparison is
/// then false); numbers compare numerically, strings lexically.
pub(crate) fn compare(a: &Value, b: &Value) -> Result<Option<Ordering>, String> {
    match (a, b) {
        (Value::Null, _) | (_, Value::Null) => Ok(None),
        (Value::Number(_), _) | (_, Value::Number(_)) => {
            Ok(to_num(a)?.as_f64().partial_cmp(&to_num(b)?.as_f64()))
        }
        (Value::String(x), Value::String(y)) => Ok(Some(x.cmp(y))),
        (Value::Bool(x), Value::Bool(y)) => Ok(Some(x.cmp(y))),
        _ => Err(format!(
            "cannot compare {} with {}",
            type_name(a),
            type_name(b)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_coercion_follows_java() {
        assert_eq!(to_text(&json!(null)).as_deref(), Ok(""));
        assert_eq!(to_text(&json!(5)).as_deref(), Ok("5"));
        assert_eq!(to_text(&json!(5.0)).as_deref(), Ok("5.0"));
        assert_eq!(to_text(&json!(0.25)).as_deref(), Ok("0.25"));
        assert_eq!(
            to_text(&json!(["a", 1, null])).as_deref(),
            Ok("[a, 1, null]")
        );
        assert_eq!(to_text(&json!({"k": "v"})).as_deref(), Ok("{k=v}"));
    }

    #[test]
    fn equality_and_order_coerce_like_el() {
        assert_eq!(loose_eq(&json!("5"), &json!(5)), Ok(true));
        assert_eq!(loose_eq(&json!(null), &json!("")), Ok(false));
        assert_eq!(loose_eq(&json!("TRUE"), &json!(true)), Ok(true));
        assert!(loose_eq(&json!("abc"), &json!(1)).is_err());
        assert_eq!(
            compare(&json!("10"), &json!(9)),
            Ok(Some(Ordering::Greater))
        );
        assert_eq!(compare(&json!("10"), &json!("9")), Ok(Some(Ordering::Less)));
        assert_eq!(compare(&json!(null), &json!(1)), Ok(None));
    }

    #[test]
    fn deep_values_are_refused_not_overflowed() {
        let mut v = json!(1);
        for _ in 0..100 {
            v = json!([v]);
        }
        assert!(too_deep(&v, MAX_VALUE_DEPTH));
        assert!(to_text(&v).is_err());
        assert!(json_text(&v).is_err());
        assert!(bounded_clone(&v).is_err());
    }
}
