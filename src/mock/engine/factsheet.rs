//! The `inboundFactSheet` processor: identify the fact sheet (creating it when an external id
//! matches nothing and a name is given), then apply the updates field by field, checking
//! each against the data model; `mode: "delete"` archives it instead.
//!
//! Fields: `name`, `description`, `alias`, `release`, `externalId`, `lifecycle.<phase>`
//! (`plan`, `phaseIn`, `active`, `phaseOut`, `endOfLife`), `lifecycle` (a list of
//! `{phase, startDate}` maps) and the type's own fields. A single-valued field takes the
//! first value; `op: add` adds to multi-valued fields; `op: remove` clears a field.

use serde_json::Value;

use super::eval::Ctx;
use super::model::{self, FieldKind, TypeDef};
use super::run::{At, Env, State, ERROR, WARN};
use super::target::{identify, Target};
use super::updates::{resolve, Update};
use super::value::{to_num, to_text};
use super::workspace::{FactSheet, LifecyclePhase};

/// Runs the processor for one content item (or `forEach` element).
pub(crate) fn exec(env: &Env<'_>, st: &mut State, at: &At<'_>, ctx: &Ctx<'_>) {
    let Some(type_src) = at.proc.raw.get("type").and_then(Value::as_str) else {
        st.warn_at(
            at,
            "CONFIGURATION",
            ERROR,
            "An inboundFactSheet processor needs a 'type'".into(),
        );
        return;
    };
    let Some(fs_type) = st.eval_text(env, at, type_src, ctx) else {
        return;
    };
    let Some(tdef) = model::fact_sheet_type(&fs_type) else {
        let known = model::type_names().join(", ");
        st.warn_at(
            at,
            "DATA_MODEL",
            WARN,
            format!(
                "Fact sheet type '{fs_type}' does not exist in the data model (known: {known})"
            ),
        );
        return;
    };
    let ident = at.proc.raw.get("identifier");
    let Some(target) = identify(env, st, at, ident, ctx, Some(tdef.name), "identifier") else {
        return;
    };
    match target {
        Target::Existing(found) if at.proc.delete => {
            if found.is_empty() {
                st.warn_at(
                    at,
                    "FACT_SHEET",
                    WARN,
                    "No fact sheet matched; nothing was deleted".into(),
                );
            }
            for i in found {
                st.touched_fs.insert(st.ws.fact_sheets[i].id.clone());
                st.archive(i, &env.stamp);
            }
        }
        Target::Create { field, value } if at.proc.delete => {
            st.warn_at(
                at,
                "FACT_SHEET",
                WARN,
                format!("No {fs_type} has {field} '{value}'; nothing was deleted"),
            );
        }
        Target::Existing(found) => {
            for i in found {
                st.touched_fs.insert(st.ws.fact_sheets[i].id.clone());
                let lx = st.lx_view(i);
                let updates = resolve(env, st, at, &Ctx { lx: &lx, ..*ctx });
                apply_all(env, st, at, i, tdef, &updates, false);
            }
        }
        Target::Create { field, value } => {
            let updates = resolve(env, st, at, ctx);
            let name = updates
                .iter()
                .filter(|u| u.key == "name" && u.op != "remove")
                .find_map(|u| u.first().and_then(|v| scalar_text(v).ok()))
                .filter(|n| !n.trim().is_empty());
            let Some(name) = name else {
                st.warn_at(
                    at,
                    "FACT_SHEET",
                    WARN,
                    format!(
                        "Cannot create the {fs_type} with {field} '{value}': no value for 'name'"
                    ),
                );
                return;
            };
            let i = st.create_fact_sheet(tdef.name, name, Some((field, value)), &env.stamp);
            apply_all(env, st, at, i, tdef, &updates, true);
        }
    }
}

/// Applies every update to fact sheet `i`, reporting the ones that cannot be applied. A
/// `fresh` fact sheet (just created) gets no new revision.
fn apply_all(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    i: usize,
    tdef: &TypeDef,
    updates: &[Update],
    fresh: bool,
) {
    let mut changed = false;
    for u in updates {
        if u.values.is_empty() && u.op != "remove" {
            if !u.optional {
                st.warn_at(
                    at,
                    "FACT_SHEET",
                    WARN,
                    format!("No value for '{}'; the field was left unchanged", u.key),
                );
            }
            continue;
        }
        if model::is_external_id_field(&u.key) {
            match external_id(st, i, tdef, u) {
                Ok(c) => changed |= c,
                Err(msg) => st.warn_at(at, "FACT_SHEET", WARN, msg),
            }
            continue;
        }
        let fs = &mut st.ws.fact_sheets[i];
        match apply(fs, tdef, u) {
            Ok(c) => changed |= c,
            Err(Issue::Unknown(msg)) => st.warn_at(at, "DATA_MODEL", WARN, msg),
            Err(Issue::Invalid(msg)) => st.warn_at(at, "FACT_SHEET", WARN, msg),
        }
    }
    if changed && !fresh {
        st.bump(i, &env.stamp);
    }
}

fn external_id(st: &mut State, i: usize, tdef: &TypeDef, u: &Update) -> Result<bool, String> {
    if u.op == "remove" {
        st.set_external_id(i, &u.key, None);
        return Ok(true);
    }
    let value = u.first().map(scalar_text).transpose()?.unwrap_or_default();
    if value.trim().is_empty() {
        return Err(format!("'{}' must not be empty", u.key));
    }
    if let Some(other) = st.find_external(tdef.name, &u.key, &value) {
        if other != i {
            return Err(format!(
                "Another {} already has {} '{value}'",
                tdef.name, u.key
            ));
        }
        return Ok(false);
    }
    st.set_external_id(i, &u.key, Some(value));
    Ok(true)
}

/// Why an update was not applied.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Issue {
    /// The field does not exist for the type.
    Unknown(String),
    /// The value does not fit the field.
    Invalid(String),
}

/// A single value as text (lists and maps are refused).
pub(crate) fn scalar_text(v: &Value) -> Result<String, String> {
    match v {
        Value::Array(_) | Value::Object(_) => Err(format!("expected a single value, got {v}")),
        other => to_text(other),
    }
}

/// A checked value for a field of `kind` (multi-valued kinds take every value).
pub(crate) fn field_value(kind: FieldKind, key: &str, values: &[Value]) -> Result<Value, String> {
    let first = values.first().unwrap_or(&Value::Null);
    match kind {
        FieldKind::Text => Ok(Value::String(scalar_text(first)?)),
        FieldKind::Number => {
            let n = to_num(first).map_err(|e| format!("'{key}' needs a number: {e}"))?;
            n.into_value()
        }
        FieldKind::Date => {
            let t = scalar_text(first)?;
            model::normalize_date(&t)
                .map(Value::String)
                .ok_or_else(|| format!("'{t}' is not a date (YYYY-MM-DD) for '{key}'"))
        }
        FieldKind::Single(options) => {
            let t = scalar_text(first)?;
            if options.contains(&t.as_str()) {
                Ok(Value::String(t))
            } else {
                Err(format!(
                    "'{t}' is not a valid value for '{key}' (allowed: {})",
                    options.join(", ")
                ))
            }
        }
        FieldKind::Multi(options) => {
            let mut out = Vec::new();
            for v in values {
                let items: Vec<&Value> = match v {
                    Value::Array(a) => a.iter().collect(),
                    other => vec![other],
                };
                for item in items {
                    let t = scalar_text(item)?;
                    if !options.contains(&t.as_str()) {
                        return Err(format!(
                            "'{t}' is not a valid value for '{key}' (allowed: {})",
                            options.join(", ")
                        ));
                    }
                    if !out.contains(&Value::String(t.clone())) {
                        out.push(Value::String(t));
                    }
                }
            }
            Ok(Value::Array(out))
        }
    }
}

/// Applies one update to a fact sheet; `Ok(true)` when something changed.
pub(crate) fn apply(fs: &mut FactSheet, tdef: &TypeDef, u: &Update) -> Result<bool, Issue> {
    let key = u.key.as_str();
    let remove = u.op == "remove";
    let invalid = |e: String| Issue::Invalid(format!("{} '{key}': {e}", tdef.name));
    match key {
        "name" => {
            if remove {
                return Err(Issue::Invalid("'name' cannot be removed".into()));
            }
            let name = u
                .first()
                .map(scalar_text)
                .transpose()
                .map_err(invalid)?
                .unwrap_or_default();
            if name.trim().is_empty() {
                return Err(Issue::Invalid("'name' must not be empty".into()));
            }
            Ok(replace(&mut fs.name, name))
        }
        "description" => {
            let new = if remove {
                None
            } else {
                Some(
                    u.first()
                        .map(scalar_text)
                        .transpose()
                        .map_err(invalid)?
                        .unwrap_or_default(),
                )
            };
            let changed = fs.description != new;
            fs.description = new;
            Ok(changed)
        }
        "lifecycle" => lifecycle_all(fs, u).map_err(invalid),
        _ => {
            if let Some(phase) = key.strip_prefix("lifecycle.") {
                if model::phase_rank(phase).is_none() {
                    return Err(Issue::Unknown(format!(
                        "Field '{key}' does not exist on fact sheet type '{}' (phases: {})",
                        tdef.name,
                        model::LIFECYCLE_PHASES.join(", ")
                    )));
                }
                if remove {
                    let before = fs.lifecycle.len();
                    fs.lifecycle.retain(|p| p.phase != phase);
                    return Ok(before != fs.lifecycle.len());
                }
                let date = field_value(FieldKind::Date, key, &u.values).map_err(invalid)?;
                return Ok(set_phase(fs, phase, date.as_str().unwrap_or_default()));
            }
            let kind = if model::COMMON_TEXT_FIELDS.contains(&key) {
                FieldKind::Text
            } else if let Some(f) = model::type_field(tdef, key) {
                f.kind
            } else {
                return Err(Issue::Unknown(format!(
                    "Field '{key}' does not exist on fact sheet type '{}'",
                    tdef.name
                )));
            };
            if remove {
                return Ok(fs.fields.remove(key).is_some());
            }
            let mut value = field_value(kind, key, &u.values).map_err(invalid)?;
            if let (FieldKind::Multi(_), "add", Some(Value::Array(old)), Value::Array(new)) =
                (kind, u.op.as_str(), fs.fields.get(key), &value)
            {
                let mut merged = old.clone();
                merged.extend(new.iter().filter(|v| !old.contains(v)).cloned());
                value = Value::Array(merged);
            }
            let changed = fs.fields.get(key) != Some(&value);
            fs.fields.insert(key.to_string(), value);
            Ok(changed)
        }
    }
}

fn replace(slot: &mut String, new: String) -> bool {
    let changed = *slot != new;
    *slot = new;
    changed
}

/// Sets a phase's start date, keeping phases in lifecycle order.
fn set_phase(fs: &mut FactSheet, phase: &str, date: &str) -> bool {
    if let Some(p) = fs.lifecycle.iter_mut().find(|p| p.phase == phase) {
        return replace(&mut p.start_date, date.to_string());
    }
    fs.lifecycle.push(LifecyclePhase {
        phase: phase.to_string(),
        start_date: date.to_string(),
    });
    fs.lifecycle
        .sort_by_key(|p| model::phase_rank(&p.phase).unwrap_or(usize::MAX));
    true
}

/// `lifecycle` with `{phase, startDate}` maps: `replace` sets exactly these phases, `add`
/// sets them on top of the others, `remove` clears the lifecycle.
fn lifecycle_all(fs: &mut FactSheet, u: &Update) -> Result<bool, String> {
    let before = fs.lifecycle.clone();
    if u.op == "remove" {
        fs.lifecycle.clear();
        return Ok(before != fs.lifecycle);
    }
    let mut phases = Vec::new();
    for v in &u.values {
        let (Some(phase), Some(date)) = (
            v.get("phase").and_then(Value::as_str),
            v.get("startDate").and_then(Value::as_str),
        ) else {
            return Err(format!(
                "each value must be a map with 'phase' and 'startDate', got {v}"
            ));
        };
        if model::phase_rank(phase).is_none() {
            return Err(format!("unknown phase '{phase}'"));
        }
        let date = model::normalize_date(date)
            .ok_or_else(|| format!("'{date}' is not a date (YYYY-MM-DD)"))?;
        phases.push((phase.to_string(), date));
    }
    if u.op != "add" {
        fs.lifecycle.clear();
    }
    for (phase, date) in phases {
        set_phase(fs, &phase, &date);
    }
    Ok(before != fs.lifecycle)
}
