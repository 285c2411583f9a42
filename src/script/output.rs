//! What one run hands back: the JSON document `__courier.finish` returns, turned into a
//! [`ScriptOutput`], and the variable mutations replayed on courier's scopes the way
//! postman-runtime replays the sandbox's mutation log on its own.

use serde::Deserialize;
use serde_json::Value;

use super::{ConsoleLine, NextRequest, ScriptError, ScriptOutput};
use crate::runner::events::Assertion;
use crate::runner::Scopes;
use crate::vars::{Variable, VariableScope};

/// `[name, message, line, column, origin]`.
type ErrorRow = (String, String, Option<u32>, Option<u32>, String);

#[derive(Deserialize)]
struct OutputDoc {
    assertions: Vec<(String, bool, Option<String>)>,
    errors: Vec<ErrorRow>,
    console: Vec<(String, String, String)>,
    next: Vec<Value>,
    skip: bool,
    request: Option<Value>,
    /// globals, environment, collection variables, locals: `["set", key, value?]` or
    /// `["unset", key]` (a `set` without a value sets `undefined`).
    mutations: Vec<Vec<Vec<Value>>>,
}

/// Parses the document and applies its mutations to `scopes`.
pub(super) fn apply(json: &str, scopes: &mut Scopes, out: &mut ScriptOutput) -> Result<(), String> {
    let doc: OutputDoc = serde_json::from_str(json).map_err(|e| format!("sandbox output: {e}"))?;
    out.assertions.extend(
        doc.assertions
            .into_iter()
            .map(|(name, skipped, error)| Assertion {
                name,
                skipped,
                error,
                source: Default::default(),
            }),
    );
    out.errors.extend(
        doc.errors
            .into_iter()
            .map(|(name, message, line, column, origin)| ScriptError {
                name,
                message,
                line,
                column,
                origin,
            }),
    );
    out.console.extend(
        doc.console
            .into_iter()
            .map(|(level, text, newman)| ConsoleLine {
                level,
                text,
                newman,
            }),
    );
    out.next_request = match doc.next.as_slice() {
        [flag, Value::String(name)] if flag.as_u64() == Some(1) => NextRequest::Name(name.clone()),
        [flag, _] if flag.as_u64() == Some(1) => NextRequest::Stop,
        _ => NextRequest::Unset,
    };
    out.skip_request = doc.skip;
    out.request = doc.request;
    let targets: [&mut VariableScope; 4] = [
        &mut scopes.globals,
        &mut scopes.environment,
        &mut scopes.collection,
        &mut scopes.local,
    ];
    for (scope, ops) in targets.into_iter().zip(doc.mutations) {
        for op in ops {
            replay(scope, &op);
        }
    }
    Ok(())
}

fn replay(scope: &mut VariableScope, op: &[Value]) {
    match op {
        [Value::String(kind), Value::String(key)] if kind == "unset" => scope.unset(key),
        [Value::String(kind), Value::String(key)] if kind == "set" => set_undefined(scope, key),
        [Value::String(kind), Value::String(key), value] if kind == "set" => {
            scope.set(key, value.clone())
        }
        _ => {}
    }
}

/// `scope.set(key, undefined)`: the effective entry keeps its key and type, its value
/// becomes undefined (which resolves to an empty string).
fn set_undefined(scope: &mut VariableScope, key: &str) {
    let mut vars = scope.vars().to_vec();
    match vars.iter().rposition(|v| v.enabled && v.key == key) {
        Some(i) => vars[i].value = None,
        None => vars.push(Variable {
            key: key.to_string(),
            value: None,
            kind: None,
            enabled: true,
        }),
    }
    *scope = VariableScope::from_vars(vars);
}
