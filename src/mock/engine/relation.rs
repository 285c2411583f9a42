//! The `inboundRelation` processor: a relation `type` (either name of a relation, e.g.
//! `relApplicationToITComponent` or `relITComponentToApplication`) between the fact sheets
//! named by `from` and `to` (identified like `identifier`, looked up in the types the
//! relation connects). Updates set `description`, `activeFrom`, `activeUntil` and the
//! relation's own fields; `mode: "delete"` removes the relation. A fact sheet has at most one
//! parent, so a new `relToParent` replaces the old one. `optional: true` turns a missing
//! fact sheet into a `WARNING` instead of an `ERROR`.

use serde_json::Value;

use super::eval::Ctx;
use super::factsheet::field_value;
use super::model::{self, RelationDef};
use super::run::{At, Env, State, ERROR, WARN};
use super::target::{identify, Target};
use super::updates::{resolve, Update};

/// Runs the processor for one content item (or `forEach` element).
pub(crate) fn exec(env: &Env<'_>, st: &mut State, at: &At<'_>, ctx: &Ctx<'_>) {
    let Some(type_src) = at.proc.raw.get("type").and_then(Value::as_str) else {
        st.warn_at(
            at,
            "CONFIGURATION",
            ERROR,
            "An inboundRelation processor needs a 'type'".into(),
        );
        return;
    };
    let Some(name) = st.eval_text(env, at, type_src, ctx) else {
        return;
    };
    let Some((def, reversed)) = model::relation(&name) else {
        st.warn_at(
            at,
            "DATA_MODEL",
            WARN,
            format!("Relation type '{name}' does not exist in the data model"),
        );
        return;
    };
    let (from_type, to_type) = if reversed {
        (def.to, def.from)
    } else {
        (def.from, def.to)
    };
    let Some(from) = end(env, st, at, ctx, "from", from_type) else {
        return;
    };
    let Some(to) = end(env, st, at, ctx, "to", to_type) else {
        return;
    };
    let (from, to) = if reversed { (to, from) } else { (from, to) };
    let (from_fs, to_fs) = (&st.ws.fact_sheets[from], &st.ws.fact_sheets[to]);
    if def.from.is_none() && from_fs.fs_type != to_fs.fs_type {
        let msg = format!(
            "{name} needs two fact sheets of the same type, not {} and {}",
            from_fs.fs_type, to_fs.fs_type
        );
        st.warn_at(at, "RELATION", WARN, msg);
        return;
    }
    if from == to {
        st.warn_at(
            at,
            "RELATION",
            WARN,
            format!("{name}: a fact sheet cannot be related to itself"),
        );
        return;
    }
    let (from_id, to_id) = (from_fs.id.clone(), to_fs.id.clone());
    let existing = st.find_relation(def.name, &from_id, &to_id);
    if at.proc.delete {
        if let Some(r) = existing {
            st.remove_relation(r);
        }
        return;
    }
    let lx = st.lx_view(if reversed { to } else { from });
    let updates = resolve(env, st, at, &Ctx { lx: &lx, ..*ctx });
    let r = match existing {
        Some(r) => r,
        None => {
            if def.name == "relToParent" {
                let old = st
                    .ws
                    .relations
                    .iter()
                    .position(|r| r.rel_type == "relToParent" && r.from == from_id);
                if let Some(old) = old {
                    st.remove_relation(old);
                }
            }
            st.add_relation(def.name, &from_id, &to_id, &env.stamp)
        }
    };
    let rel_id = st.ws.relations[r].id.clone();
    st.touched_rel.insert(rel_id);
    let mut changed = false;
    for u in &updates {
        match apply(st, r, def, u) {
            Ok(c) => changed |= c,
            Err(msg) => st.warn_at(at, "RELATION", WARN, msg),
        }
    }
    if changed {
        st.ws.relations[r].updated_at = env.stamp.clone();
        st.mutations += 1;
    }
}

/// Resolves one end of the relation to a live fact sheet.
fn end(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    ctx: &Ctx<'_>,
    side: &str,
    fs_type: Option<&str>,
) -> Option<usize> {
    let ident = at.proc.raw.get(side);
    match identify(env, st, at, ident, ctx, fs_type, side)? {
        Target::Existing(found) => match found.as_slice() {
            [i] => Some(*i),
            [] => {
                missing(st, at, format!("'{side}': no fact sheet matched"));
                None
            }
            _ => {
                st.warn_at(
                    at,
                    "RELATION",
                    WARN,
                    format!(
                        "'{side}' matched {} fact sheets; give an unambiguous identifier",
                        found.len()
                    ),
                );
                None
            }
        },
        Target::Create { field, value } => {
            let of = fs_type.map(|t| format!("{t} ")).unwrap_or_default();
            missing(st, at, format!("'{side}': no {of}fact sheet has {field} '{value}'; the relation was not created"));
            None
        }
    }
}

fn missing(st: &mut State, at: &At<'_>, msg: String) {
    let optional = at.proc.raw.get("optional").and_then(Value::as_bool) == Some(true);
    st.warn_at(at, "RELATION", if optional { WARN } else { ERROR }, msg);
}

fn apply(st: &mut State, r: usize, def: &RelationDef, u: &Update) -> Result<bool, String> {
    let Some(field) = model::relation_field(def, &u.key) else {
        return Err(format!(
            "Field '{}' does not exist on relation type '{}'",
            u.key, def.name
        ));
    };
    let fields = &mut st.ws.relations[r].fields;
    if u.op == "remove" {
        return Ok(fields.remove(&u.key).is_some());
    }
    if u.values.is_empty() {
        return if u.optional {
            Ok(false)
        } else {
            Err(format!(
                "No value for '{}'; the field was left unchanged",
                u.key
            ))
        };
    }
    let value = field_value(field.kind, &u.key, &u.values)?;
    let changed = fields.get(&u.key) != Some(&value);
    fields.insert(u.key.clone(), value);
    Ok(changed)
}
