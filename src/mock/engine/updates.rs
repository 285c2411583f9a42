//! Evaluating a processor's `updates`: each entry's key (`key.expr` plus `regexReplace`), its
//! values (`expr` with `regexMatch` and `regexReplace`, `map`, `object`), `op`, `optional`,
//! `mode`, and `forEach {elementOf, filter}` at the update or the value level
//! (`integration.updates.valueOfForEach` / `keyOfForEach` / `indexOfForEach`).

use serde_json::{Map, Value};

use super::eval::Ctx;
use super::procs::elements;
use super::run::{At, Env, State, ERROR, WARN};
use super::value::{to_bool, to_text};

/// One evaluated update.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Update {
    pub key: String,
    /// `replace` (default), `add` or `remove`.
    pub op: String,
    /// The non-null values, in order (a single-valued field takes the first).
    pub values: Vec<Value>,
    /// No "missing value" warning.
    pub optional: bool,
    /// `mode: "list"`: keep every value.
    pub list: bool,
}

impl Update {
    /// The first value.
    pub fn first(&self) -> Option<&Value> {
        self.values.first()
    }
}

/// Evaluates the processor's `updates`.
pub(crate) fn resolve(env: &Env<'_>, st: &mut State, at: &At<'_>, ctx: &Ctx<'_>) -> Vec<Update> {
    let mut out = Vec::new();
    let list = match at.proc.raw.get("updates") {
        None | Some(Value::Null) => return out,
        Some(Value::Array(a)) => a,
        Some(_) => {
            st.warn_at(
                at,
                "CONFIGURATION",
                ERROR,
                "updates must be an array".into(),
            );
            return out;
        }
    };
    for u in list {
        let Value::Object(u) = u else {
            st.warn_at(
                at,
                "CONFIGURATION",
                ERROR,
                "An update must be an object with 'key' and 'values'".into(),
            );
            continue;
        };
        match u.get("forEach") {
            None | Some(Value::Null) => {
                if let Some(upd) = one(env, st, at, u, ctx) {
                    out.push(upd);
                }
            }
            Some(fe) => expand(env, st, at, fe, ctx, |env, st, c| {
                if let Some(upd) = one(env, st, at, u, c) {
                    out.push(upd);
                }
            }),
        }
    }
    out
}

/// Runs `f` once per element of a `forEach {elementOf, filter}`, with
/// `integration.updates.*` set and elements the filter rejects skipped.
fn expand<F>(env: &Env<'_>, st: &mut State, at: &At<'_>, fe: &Value, ctx: &Ctx<'_>, mut f: F)
where
    F: FnMut(&Env<'_>, &mut State, &Ctx<'_>),
{
    let Some(src) = fe.get("elementOf").and_then(Value::as_str) else {
        st.warn_at(
            at,
            "CONFIGURATION",
            ERROR,
            "forEach needs an 'elementOf' expression".into(),
        );
        return;
    };
    let filter = fe.get("filter").and_then(Value::as_str);
    let Some(list) = st.eval(env, at, src, ctx) else {
        return;
    };
    let Ok(list) = list.value() else {
        return;
    };
    for each in elements(list) {
        let c = Ctx {
            update_each: Some(each),
            ..*ctx
        };
        if let Some(flt) = filter {
            let Some(keep) = st.eval(env, at, flt, &c) else {
                continue;
            };
            match keep.value().and_then(to_bool) {
                Ok(true) => {}
                Ok(false) => continue,
                Err(e) => {
                    st.warn_at(
                        at,
                        "EXPRESSION",
                        WARN,
                        format!("forEach filter '{flt}': {e}"),
                    );
                    continue;
                }
            }
        }
        f(env, st, &c);
    }
}

fn one(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    u: &Map<String, Value>,
    ctx: &Ctx<'_>,
) -> Option<Update> {
    let (src, rr) = match u.get("key") {
        Some(Value::Object(k)) => (k.get("expr").and_then(Value::as_str), k.get("regexReplace")),
        Some(Value::String(s)) => (Some(s.as_str()), None),
        _ => (None, None),
    };
    let Some(src) = src else {
        st.warn_at(
            at,
            "CONFIGURATION",
            ERROR,
            "An update needs 'key.expr'".into(),
        );
        return None;
    };
    let key = st.eval_text(env, at, src, ctx)?;
    let key = st.regex_replace(env, at, rr, key)?;
    if key.trim().is_empty() {
        st.warn_at(
            at,
            "CONFIGURATION",
            ERROR,
            format!("The update key '{src}' is empty"),
        );
        return None;
    }
    let op = match u.get("op").and_then(Value::as_str) {
        None => "replace",
        Some(o @ ("replace" | "add" | "remove")) => o,
        Some(other) => {
            st.warn_at(
                at,
                "CONFIGURATION",
                WARN,
                format!("Unknown op '{other}' for '{key}'; replace is used"),
            );
            "replace"
        }
    };
    let mut values = Vec::new();
    let warned_before = st.warnings.len() + st.suppressed;
    match u.get("values") {
        None | Some(Value::Null) => {}
        Some(Value::Array(vs)) => {
            for v in vs {
                push_values(env, st, at, v, ctx, &mut values);
            }
        }
        Some(_) => {
            st.warn_at(
                at,
                "CONFIGURATION",
                ERROR,
                format!("values of '{key}' must be an array"),
            );
            return None;
        }
    }
    // A value that failed was already reported: no second "missing value" warning.
    let failed = st.warnings.len() + st.suppressed > warned_before;
    Some(Update {
        key,
        op: op.to_string(),
        values,
        optional: failed || u.get("optional").and_then(Value::as_bool).unwrap_or(false),
        list: u.get("mode").and_then(Value::as_str) == Some("list"),
    })
}

fn push_values(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    v: &Value,
    ctx: &Ctx<'_>,
    out: &mut Vec<Value>,
) {
    let shorthand;
    let m = match v {
        Value::Object(m) => m,
        Value::String(s) => {
            shorthand = Map::from_iter([("expr".to_string(), Value::String(s.clone()))]);
            &shorthand
        }
        _ => {
            st.warn_at(
                at,
                "CONFIGURATION",
                ERROR,
                "A value must be an object with 'expr', 'map' or 'object'".into(),
            );
            return;
        }
    };
    match m.get("forEach") {
        None | Some(Value::Null) => {
            if let Some(x) = value(env, st, at, m, ctx) {
                out.push(x);
            }
        }
        Some(fe) => expand(env, st, at, fe, ctx, |env, st, c| {
            if let Some(x) = value(env, st, at, m, c) {
                out.push(x);
            }
        }),
    }
}

/// One value: `None` when it is null, its `regexMatch` fails, or it cannot be evaluated.
fn value(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    m: &Map<String, Value>,
    ctx: &Ctx<'_>,
) -> Option<Value> {
    if let Some(src) = m.get("expr").and_then(Value::as_str) {
        let v = st.eval(env, at, src, ctx)?;
        let raw = v.value().ok()?;
        if raw.is_null() {
            return None;
        }
        let regex_match = m.get("regexMatch").and_then(Value::as_str);
        let regex_replace = m.get("regexReplace").filter(|r| !r.is_null());
        if regex_match.is_none() && regex_replace.is_none() {
            return match v.into_owned() {
                Ok(x) => Some(x),
                Err(e) => {
                    st.warn_at(
                        at,
                        "EXPRESSION",
                        WARN,
                        format!("Expression '{src}' failed: {e}"),
                    );
                    None
                }
            };
        }
        let text = match to_text(raw) {
            Ok(t) => t,
            Err(e) => {
                st.warn_at(
                    at,
                    "EXPRESSION",
                    WARN,
                    format!("Expression '{src}' failed: {e}"),
                );
                return None;
            }
        };
        if let Some(rm) = regex_match {
            match env.ev.regex(rm) {
                Ok(re) if re.is_match(&text) => {}
                Ok(_) => return None,
                Err(e) => {
                    st.warn_at(at, "EXPRESSION", ERROR, format!("regexMatch: {e}"));
                    return None;
                }
            }
        }
        return st
            .regex_replace(env, at, regex_replace, text)
            .map(Value::String);
    }
    if let Some(pairs) = m.get("map").and_then(Value::as_array) {
        let mut obj = Map::new();
        for kv in pairs {
            let (Some(k), Some(v)) = (
                kv.get("key").and_then(Value::as_str),
                kv.get("value").and_then(Value::as_str),
            ) else {
                st.warn_at(
                    at,
                    "CONFIGURATION",
                    ERROR,
                    "A map entry needs 'key' and 'value' strings".into(),
                );
                continue;
            };
            let key = st.eval_text(env, at, k, ctx)?;
            let val = st.eval(env, at, v, ctx)?;
            match val.into_owned() {
                Ok(x) => obj.insert(key, x),
                Err(e) => {
                    st.warn_at(at, "EXPRESSION", WARN, format!("Map value '{v}': {e}"));
                    return None;
                }
            };
        }
        return Some(Value::Object(obj));
    }
    if let Some(src) = m.get("object").and_then(Value::as_str) {
        let v = st.eval(env, at, src, ctx)?;
        return match v.into_owned() {
            Ok(Value::Null) => None,
            Ok(x) => Some(x),
            Err(e) => {
                st.warn_at(
                    at,
                    "EXPRESSION",
                    WARN,
                    format!("Expression '{src}' failed: {e}"),
                );
                None
            }
        };
    }
    st.warn_at(
        at,
        "CONFIGURATION",
        ERROR,
        "A value needs 'expr', 'map' or 'object'".into(),
    );
    None
}
