//! What one run hands back: the array `__courier.finish` returns, read value by value into
//! a [`ScriptOutput`], and the variable mutations replayed on courier's scopes the way
//! postman-runtime replays the sandbox's mutation log on its own.

use rquickjs::convert::List;
use rquickjs::{Ctx, FromJs, Type};
use serde_json::Value;

use super::{ConsoleLine, NextRequest, ScriptError, ScriptOutput};
use crate::runner::events::Assertion;
use crate::runner::Scopes;
use crate::vars::{Variable, VariableScope};

/// `[name, message, line, column, origin]`.
type ErrorRow = List<(String, String, Option<u32>, Option<u32>, String)>;

/// `[scope, key, kind, value]`: scope 0 globals, 1 environment, 2 collection variables,
/// 3 locals; kind 0 unset, 1 set to undefined, 2 set to `value`, 3 set to the JSON text in
/// `value`.
type MutationRow = List<(u8, String, u8, Plain)>;

/// `__courier.finish()`: assertions `[name, skipped, error]`, errors, console lines
/// `[level, text, newman text]`, whether setNextRequest was called and with what, skipRequest,
/// the mutated request as JSON text (prerequest scripts, when changed), and the variable
/// changes in the order scripts made them, scope by scope.
pub(super) type Finished = List<(
    Vec<List<(String, bool, Option<String>)>>,
    Vec<ErrorRow>,
    Vec<List<(String, String, String)>>,
    u32,
    Option<String>,
    bool,
    Option<String>,
    Vec<MutationRow>,
)>;

/// A string, number, boolean or null from the sandbox, as the JSON value it would write
/// (a number JSON cannot write is null, an integral one is an integer as JSON text would
/// parse); anything else is null.
pub(super) struct Plain(Value);

impl<'js> FromJs<'js> for Plain {
    fn from_js(_ctx: &Ctx<'js>, v: rquickjs::Value<'js>) -> rquickjs::Result<Self> {
        let value = match v.type_of() {
            Type::String => match v.as_string() {
                Some(s) => Value::String(s.to_string()?),
                None => Value::Null,
            },
            Type::Bool => Value::Bool(v.as_bool().unwrap_or(false)),
            Type::Int => v.as_int().map_or(Value::Null, Value::from),
            Type::Float => v.as_float().map_or(Value::Null, number),
            _ => Value::Null,
        };
        Ok(Plain(value))
    }
}

/// A JavaScript number as `JSON.parse(JSON.stringify(n))` read by serde_json gives it.
fn number(f: f64) -> Value {
    const TWO_64: f64 = 18_446_744_073_709_551_616.0;
    const MINUS_TWO_63: f64 = -9_223_372_036_854_775_808.0;
    if !f.is_finite() {
        return Value::Null;
    }
    if f.fract() == 0.0 && f.abs() < 1e21 {
        if (0.0..TWO_64).contains(&f) {
            return Value::from(f as u64);
        }
        if (MINUS_TWO_63..0.0).contains(&f) {
            return Value::from(f as i64);
        }
    }
    serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
}

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
    let mut targets: [&mut VariableScope; 4] = [
        &mut scopes.globals,
        &mut scopes.environment,
        &mut scopes.collection,
        &mut scopes.local,
    ];
    for List((scope, key, kind, Plain(value))) in mutations {
        let Some(scope) = targets.get_mut(usize::from(scope)) else {
            continue;
        };
        match kind {
            0 => scope.unset(&key),
            1 => set_undefined(scope, &key),
            2 => scope.set(&key, value),
            3 => {
                let text = value.as_str().unwrap_or("null");
                let parsed =
                    serde_json::from_str(text).map_err(|e| format!("sandbox mutation: {e}"))?;
                scope.set(&key, parsed);
            }
            _ => {}
        }
    }
    Ok(())
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
