//! What one run hands back: the array `__courier.finish` returns, read value by value into
//! a [`ScriptOutput`], and the variable mutations replayed on courier's scopes the way
//! postman-runtime replays the sandbox's mutation log on its own.

use rquickjs::convert::List;
use serde_json::Value;

use super::{ConsoleLine, NextRequest, ScriptError, ScriptOutput};
use crate::runner::events::Assertion;
use crate::runner::Scopes;
use crate::vars::{Variable, VariableScope};

/// `[name, message, line, column, origin]`.
type ErrorRow = List<(String, String, Option<u32>, Option<u32>, String)>;

/// `__courier.finish()`: assertions `[name, skipped, error]`, errors, console lines
/// `[level, text, newman text]`, whether setNextRequest was called and with what, skipRequest,
/// the mutated request as JSON text (prerequest scripts, when changed), and the mutations
/// as JSON text: per scope (globals, environment, collection variables, locals) a list of
/// `["set", key, value?]` or `["unset", key]` (a `set` without a value sets `undefined`).
pub(super) type Finished = List<(
    Vec<List<(String, bool, Option<String>)>>,
    Vec<ErrorRow>,
    Vec<List<(String, String, String)>>,
    u32,
    Option<String>,
    bool,
    Option<String>,
    Option<String>,
)>;

/// Moves the finished run into `out` and applies its mutations to `scopes`.
pub(super) fn apply(
    doc: Finished,
    scopes: &mut Scopes,
    out: &mut ScriptOutput,
) -> Result<(), String> {
    let List((assertions, errors, console, next, next_name, skip, request, mutations)) = doc;
    out.assertions.extend(
        assertions
            .into_iter()
            .map(|List((name, skipped, error))| Assertion {
                name,
                skipped,
                error,
                source: Default::default(),
            }),
    );
    out.errors.extend(
        errors
            .into_iter()
            .map(|List((name, message, line, column, origin))| ScriptError {
                name,
                message,
                line,
                column,
                origin,
            }),
    );
    out.console.extend(
        console
            .into_iter()
            .map(|List((level, text, newman))| ConsoleLine {
                level,
                text,
                newman,
            }),
    );
    out.next_request = match (next, next_name) {
        (0, _) => NextRequest::Unset,
        (_, Some(name)) => NextRequest::Name(name),
        (_, None) => NextRequest::Stop,
    };
    out.skip_request = skip;
    out.request = match request {
        Some(text) => {
            Some(serde_json::from_str(&text).map_err(|e| format!("sandbox request: {e}"))?)
        }
        None => None,
    };
    let Some(text) = mutations else {
        return Ok(());
    };
    let mutations: Vec<Vec<Vec<Value>>> =
        serde_json::from_str(&text).map_err(|e| format!("sandbox mutations: {e}"))?;
    let targets: [&mut VariableScope; 4] = [
        &mut scopes.globals,
        &mut scopes.environment,
        &mut scopes.collection,
        &mut scopes.local,
    ];
    for (scope, ops) in targets.into_iter().zip(mutations) {
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
