//! Variables: the [`Variable`] model, one ordered [`VariableScope`] per Postman scope, the
//! [`ScopeChain`] that resolves `{{name}}` tokens exactly as Newman 6 (postman-collection 4.4)
//! does, and the dynamic `{{$…}}` variables ([`dynamic`]).
//!
//! Behaviour reproduced from postman-collection / postman-runtime (see each item's docs):
//!
//! * Token syntax `{{([^{}]*?)}}`; up to 19 re-scans while something was replaced; unresolved
//!   tokens stay literal.
//! * Lookup order local > data > environment > collection > globals > dynamic; disabled
//!   entries are skipped and the last enabled duplicate wins.
//! * A found variable always substitutes its `Variable.toString()`: `undefined` → `""`,
//!   `null` → `"null"`, objects → `"[object Object]"`, arrays → `join(",")`. Lower scopes are
//!   *not* consulted once a scope has an enabled entry, whatever its value.
//! * Variable `type`s `string`/`number`/`boolean`/`array`/`object` cast the value when it is
//!   read (`{"type":"boolean","value":"false"}` resolves to `"true"`, like Postman).
//! * The iteration-data row is a plain object in the runtime, so there a `null` value keeps
//!   the token literal, and so does a dotted/bracketed name that lodash reads as a path into
//!   the row (`{{user.name}}` when the row has an object `user`).

pub mod dynamic;
mod faker;
mod js;
mod words;

#[cfg(test)]
mod dynamic_tests;
#[cfg(test)]
mod tests;

pub use dynamic::{dynamic_value, new_uuid};
pub use js::{f64_string as js_number_string, js_string};

use serde_json::Value;
use std::borrow::Cow;
use std::collections::HashMap;

/// postman-collection's `Substitutor.VARS_SUBREPLACE_LIMIT`: the maximum number of passes.
pub const VARS_SUBREPLACE_LIMIT: usize = 19;

/// Scopes with more entries than this keep a key index; smaller ones are scanned.
const INDEX_THRESHOLD: usize = 12;

/// One variable as loaded from a collection, environment, globals file, data row, or set at
/// run time.
#[derive(Debug, Clone, PartialEq)]
pub struct Variable {
    pub key: String,
    /// None means the variable exists with value `undefined` (resolves to "").
    pub value: Option<Value>,
    /// Postman's `type` field ("string", "secret", "any", ...), if given.
    pub kind: Option<String>,
    pub enabled: bool,
}

impl Variable {
    /// An enabled, untyped variable.
    pub fn new(key: impl Into<String>, value: Value) -> Self {
        Self {
            key: key.into(),
            value: Some(value),
            kind: None,
            enabled: true,
        }
    }

    /// Postman's `Variable#get()`: the value after the cast of its `type` (`string`,
    /// `number`, `boolean`, `array`, `object`; any other type passes the value through).
    /// `None` is `undefined`; a `number` cast giving `NaN`/`Infinity` yields JSON `null`.
    pub fn typed_value(&self) -> Option<Value> {
        js::typed_value(self.value.as_ref(), self.kind.as_deref())
    }

    /// Postman's `Variable#toString()`, the text a `{{key}}` token is replaced with.
    pub fn text(&self) -> Cow<'_, str> {
        js::variable_text(self.value.as_ref(), self.kind.as_deref())
    }
}

/// An ordered list of variables: one scope (environment, globals, collection variables, data
/// row, locals).
///
/// Mirrors postman-collection's `VariableScope` over a `VariableList`: every entry is kept (for
/// export) and the *effective* entry for a key is the last enabled one.
#[derive(Debug, Clone, Default)]
pub struct VariableScope {
    vars: Vec<Variable>,
    /// key → position of the effective entry; only kept for larger scopes.
    index: Option<HashMap<String, usize>>,
}

impl PartialEq for VariableScope {
    fn eq(&self, other: &Self) -> bool {
        self.vars == other.vars
    }
}

impl VariableScope {
    pub const fn new() -> Self {
        Self {
            vars: Vec::new(),
            index: None,
        }
    }

    pub fn from_vars(vars: Vec<Variable>) -> Self {
        let mut scope = Self { vars, index: None };
        scope.reindex();
        scope
    }

    fn reindex(&mut self) {
        if self.vars.len() <= INDEX_THRESHOLD {
            self.index = None;
            return;
        }
        let mut index = HashMap::with_capacity(self.vars.len());
        for (i, v) in self.vars.iter().enumerate() {
            if v.enabled {
                index.insert(v.key.clone(), i);
            }
        }
        self.index = Some(index);
    }

    fn effective_index(&self, key: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(key).copied(),
            None => self.vars.iter().rposition(|v| v.enabled && v.key == key),
        }
    }

    /// The effective variable for `key`: disabled ones are skipped, among duplicates the LAST
    /// enabled wins.
    pub fn get(&self, key: &str) -> Option<&Variable> {
        self.effective_index(key).map(|i| &self.vars[i])
    }

    /// The stored value of the effective variable; `None` if absent or `undefined`.
    /// (Use [`Variable::typed_value`] for the value after its type cast.)
    pub fn get_value(&self, key: &str) -> Option<&Value> {
        self.get(key).and_then(|v| v.value.as_ref())
    }

    pub fn has(&self, key: &str) -> bool {
        self.effective_index(key).is_some()
    }

    /// Sets the value: updates the effective (last enabled) entry, or appends a new enabled one.
    /// The entry keeps its `kind`, so a typed variable casts the new value when read, as in
    /// Postman.
    pub fn set(&mut self, key: &str, value: Value) {
        if let Some(i) = self.effective_index(key) {
            self.vars[i].value = Some(value);
            return;
        }
        self.push(Variable::new(key, value));
    }

    /// Appends an entry as-is (Postman's `VariableList#add`); an enabled one becomes the
    /// effective entry for its key.
    pub fn push(&mut self, var: Variable) {
        let (key, enabled) = (var.key.clone(), var.enabled);
        self.vars.push(var);
        match &mut self.index {
            Some(index) if enabled => {
                index.insert(key, self.vars.len() - 1);
            }
            Some(_) => {}
            None if self.vars.len() > INDEX_THRESHOLD => self.reindex(),
            None => {}
        }
    }

    /// Removes every *enabled* entry with that key. Disabled entries stay, exactly as
    /// postman-collection's `VariableScope#unset` does (they are never visible to lookups,
    /// but `--export-environment` still writes them).
    pub fn unset(&mut self, key: &str) {
        let before = self.vars.len();
        self.vars.retain(|v| !(v.enabled && v.key == key));
        if self.vars.len() != before {
            self.reindex();
        }
    }

    pub fn clear(&mut self) {
        self.vars.clear();
        self.index = None;
    }

    /// All entries, in order, disabled ones included (for export).
    pub fn vars(&self) -> &[Variable] {
        &self.vars
    }

    /// Effective key/values (enabled only, last wins, in order of first appearance), values
    /// after their type cast. Postman's `toObject(true)`. Keys whose value is `undefined` are
    /// left out, as `JSON.stringify` would.
    pub fn to_object(&self) -> serde_json::Map<String, Value> {
        self.object(true)
    }

    /// Postman's `toObject()` with no arguments, which is what `pm.environment.toObject()`
    /// and friends return: disabled entries are *included*, and the last entry for a key
    /// wins whether or not it is enabled.
    pub fn to_object_all(&self) -> serde_json::Map<String, Value> {
        self.object(false)
    }

    fn object(&self, enabled_only: bool) -> serde_json::Map<String, Value> {
        let included = |v: &&Variable| v.enabled || !enabled_only;
        let mut last: HashMap<&str, &Variable> = HashMap::with_capacity(self.vars.len());
        for v in self.vars.iter().filter(included) {
            last.insert(v.key.as_str(), v);
        }
        let mut out = serde_json::Map::with_capacity(last.len());
        for v in self.vars.iter().filter(included) {
            if out.contains_key(v.key.as_str()) {
                continue;
            }
            if let Some(value) = last.get(v.key.as_str()).and_then(|w| w.typed_value()) {
                out.insert(v.key.clone(), value);
            }
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.vars.is_empty()
    }

    /// Number of entries, disabled ones included.
    pub fn len(&self) -> usize {
        self.vars.len()
    }
}

/// An empty scope, for building chains that lack some layers.
pub static EMPTY_SCOPE: VariableScope = VariableScope::new();

/// How the iteration-data layer is looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DataRow {
    /// postman-runtime request resolution: the row is a plain object (`_.has` + `row[key]`).
    Plain,
    /// `pm.variables.replaceIn`: the row was copied into a `VariableList`.
    Variables,
}

/// The scopes a template is resolved against, in Newman's precedence, highest first:
/// local > data (iteration data) > environment > collection > globals, then dynamic variables.
#[derive(Debug, Clone, Copy)]
pub struct ScopeChain<'a> {
    pub local: &'a VariableScope,
    pub data: &'a VariableScope,
    pub environment: &'a VariableScope,
    pub collection: &'a VariableScope,
    pub globals: &'a VariableScope,
}

impl<'a> ScopeChain<'a> {
    /// A chain with one scope (then dynamic variables), as `pm.environment.replaceIn()` or
    /// `pm.globals.replaceIn()` use.
    pub fn only(scope: &'a VariableScope) -> Self {
        Self {
            local: scope,
            data: &EMPTY_SCOPE,
            environment: &EMPTY_SCOPE,
            collection: &EMPTY_SCOPE,
            globals: &EMPTY_SCOPE,
        }
    }

    /// The substitution text for one `{{name}}` token, or None if the token must stay literal.
    ///
    /// The first scope with an enabled entry for `name` decides, whatever the value: objects
    /// give `"[object Object]"`, arrays their `join(",")`, `undefined` `""`, `null` `"null"`
    /// (lower scopes are not consulted). In the data row, which the runtime keeps as a plain
    /// object, `null` keeps the token literal and so does a name lodash reads as a path into
    /// the row. Names of `Object.prototype` members that are not local variables hit Postman's
    /// plain-object index: `constructor`/`__proto__` give `"[object Object]"`, `toString`
    /// gives `"[object Undefined]"`, `isPrototypeOf` gives `"false"`, and the members that
    /// make Newman throw (`valueOf`, `hasOwnProperty`, …) stay literal here.
    pub fn lookup(&self, name: &str) -> Option<String> {
        self.find(name, DataRow::Plain).map(Cow::into_owned)
    }

    /// Resolves every `{{name}}` token in `template`, exactly as Newman does when it resolves
    /// a request. Returns `Cow::Borrowed` when nothing was replaced (always when the template
    /// contains no `"{{"`).
    pub fn resolve<'t>(&self, template: &'t str) -> Cow<'t, str> {
        self.resolve_with(template, DataRow::Plain)
    }

    /// Like [`resolve`](Self::resolve), with `pm.variables.replaceIn()` semantics: the data
    /// row is a variable list there, so a `null` data value gives `"null"` and names are never
    /// read as paths.
    pub fn replace_in<'t>(&self, template: &'t str) -> Cow<'t, str> {
        self.resolve_with(template, DataRow::Variables)
    }

    fn resolve_with<'t>(&self, template: &'t str, mode: DataRow) -> Cow<'t, str> {
        if !template.contains("{{") {
            return Cow::Borrowed(template);
        }
        let mut out = String::new();
        if !self.pass(template, &mut out, mode) {
            return Cow::Borrowed(template);
        }
        // A pass that replaces nothing leaves the text unchanged, and every later pass would
        // too (lookups are deterministic; dynamic variables always replace), so stopping there
        // is the same as Newman running on to the limit.
        let mut passes = 1;
        let mut next = String::new();
        while passes < VARS_SUBREPLACE_LIMIT && out.contains("{{") {
            next.clear();
            if !self.pass(&out, &mut next, mode) {
                break;
            }
            std::mem::swap(&mut out, &mut next);
            passes += 1;
        }
        Cow::Owned(out)
    }

    /// One global replace of `{{([^{}]*?)}}` over `input`, appending the result to `out`
    /// only if at least one token was replaced (the return value).
    fn pass(&self, input: &str, out: &mut String, mode: DataRow) -> bool {
        let bytes = input.as_bytes();
        let mut copied = 0;
        let mut pos = 0;
        let mut replaced = false;
        while let Some(found) = input[pos..].find("{{") {
            let start = pos + found;
            let name_start = start + 2;
            let mut end = name_start;
            while end < bytes.len() && bytes[end] != b'{' && bytes[end] != b'}' {
                end += 1;
            }
            if bytes.get(end) != Some(&b'}') || bytes.get(end + 1) != Some(&b'}') {
                // No match at `start`; the regex retries one character later.
                pos = start + 1;
                continue;
            }
            if let Some(text) = self.find(&input[name_start..end], mode) {
                if !replaced {
                    out.reserve(input.len() + text.len());
                    replaced = true;
                }
                out.push_str(&input[copied..start]);
                out.push_str(&text);
                copied = end + 2;
            }
            pos = end + 2;
        }
        if replaced {
            out.push_str(&input[copied..]);
        }
        replaced
    }

    fn find(&self, name: &str, mode: DataRow) -> Option<Cow<'a, str>> {
        let local: &'a VariableScope = self.local;
        if let Some(v) = local.get(name) {
            return Some(v.text());
        }
        if let Some(quirk) = object_prototype_member(name) {
            // Only when the local list has no entry at all (a disabled one is an own key).
            if !local.vars.iter().any(|v| v.key == name) {
                return quirk.map(Cow::Borrowed);
            }
        }
        let data: &'a VariableScope = self.data;
        match mode {
            DataRow::Plain => {
                if let Some(v) = data.get(name) {
                    // `row[key]`: undefined and null are not substitutable; other values use
                    // their own toString (0, false and "" included).
                    return match &v.value {
                        None | Some(Value::Null) => None,
                        Some(value) => Some(js::value_text(value)),
                    };
                }
                if js::has_deep_path(data, name) {
                    return None;
                }
            }
            DataRow::Variables => {
                if let Some(v) = data.get(name) {
                    return Some(v.text());
                }
            }
        }
        for scope in [self.environment, self.collection, self.globals] {
            if let Some(v) = scope.get(name) {
                return Some(v.text());
            }
        }
        if name.starts_with('$') {
            return dynamic_value(name).map(Cow::Owned);
        }
        None
    }
}

/// postman-collection indexes a variable list in a plain `{}`, so a name that is not a key
/// there finds the `Object.prototype` member instead; the first list searched is the local
/// scope. `Some(Some(text))`: what Newman substitutes; `Some(None)`: Newman throws (kept
/// literal here); `None`: an ordinary name.
fn object_prototype_member(name: &str) -> Option<Option<&'static str>> {
    match name {
        "constructor" | "__proto__" => Some(Some("[object Object]")),
        "toString" => Some(Some("[object Undefined]")),
        "isPrototypeOf" => Some(Some("false")),
        "valueOf"
        | "hasOwnProperty"
        | "propertyIsEnumerable"
        | "toLocaleString"
        | "__defineGetter__"
        | "__defineSetter__"
        | "__lookupGetter__"
        | "__lookupSetter__" => Some(None),
        _ => None,
    }
}
