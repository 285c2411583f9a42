//! `full` processing mode: after all processors ran, the configuration's `deletionScope`
//! archives the fact sheets (`factSheets: [{scope}]`) and deletes the relations
//! (`relations: [{relationTypes, scope}]`) in scope that no processor touched in this run.
//! `maximumDeletionRatio {factSheets, relations}` (percent of the scope) cancels a deletion
//! that would remove more. Other scopes (tags, subscriptions, documents, …) are reported as
//! not emulated.

use serde_json::{json, Value};

use super::eval::Ctx;
use super::model;
use super::run::{Env, State, ERROR, WARN};
use super::target::read_scope;

fn report(st: &mut State, status: &str, message: String) {
    st.warn(None, None, "DELETION", status, message, None);
}

/// The allowed share (percent) for `kind`, if any.
fn ratio(scope: &Value, kind: &str) -> Option<f64> {
    scope
        .get("maximumDeletionRatio")
        .and_then(|r| r.get(kind))
        .and_then(Value::as_f64)
}

fn too_many(st: &mut State, scope: &Value, kind: &str, doomed: usize, total: usize) -> bool {
    match ratio(scope, kind) {
        Some(max) if total > 0 && (doomed as f64) * 100.0 > max * total as f64 => {
            report(st, WARN, format!(
                "Deletion of {doomed} of {total} {kind} exceeds maximumDeletionRatio {max}%; nothing was deleted"
            ));
            true
        }
        _ => false,
    }
}

/// Applies the deletion scope of a `full` run.
pub(crate) fn apply(env: &Env<'_>, st: &mut State, scope: &Value, ctx: &Ctx<'_>) {
    let Value::Object(m) = scope else {
        return report(st, ERROR, "deletionScope must be an object".into());
    };
    for key in m.keys() {
        if !matches!(
            key.as_str(),
            "factSheets" | "relations" | "maximumDeletionRatio"
        ) {
            report(
                st,
                WARN,
                format!("deletionScope.{key} is not emulated; nothing of it was deleted"),
            );
        }
    }
    if let Some(list) = m.get("factSheets").and_then(Value::as_array) {
        for entry in list {
            fact_sheets(env, st, scope, entry, ctx);
        }
    }
    if let Some(list) = m.get("relations").and_then(Value::as_array) {
        for entry in list {
            relations(env, st, scope, entry, ctx);
        }
    }
}

fn fact_sheets(env: &Env<'_>, st: &mut State, scope: &Value, entry: &Value, ctx: &Ctx<'_>) {
    let sc = match read_scope(env, entry.get("scope").unwrap_or(&Value::Null), ctx) {
        Ok(s) => s,
        Err(e) => {
            return report(
                st,
                ERROR,
                format!("deletionScope.factSheets: {e}; nothing was deleted"),
            )
        }
    };
    let in_scope: Vec<usize> = st
        .ws
        .fact_sheets
        .iter()
        .enumerate()
        .filter(|(_, fs)| fs.is_active() && sc.contains(fs))
        .map(|(i, _)| i)
        .collect();
    let doomed: Vec<usize> = in_scope
        .iter()
        .copied()
        .filter(|&i| !st.touched_fs.contains(&st.ws.fact_sheets[i].id))
        .collect();
    if too_many(st, scope, "factSheets", doomed.len(), in_scope.len()) {
        return;
    }
    for i in doomed {
        let fs = &st.ws.fact_sheets[i];
        st.deleted.push(json!({
            "objectType": "FactSheet", "id": fs.id, "type": fs.fs_type, "name": fs.name,
        }));
        st.archive(i, &env.stamp);
    }
}

fn relations(env: &Env<'_>, st: &mut State, scope: &Value, entry: &Value, ctx: &Ctx<'_>) {
    let sc = match read_scope(env, entry.get("scope").unwrap_or(&Value::Null), ctx) {
        Ok(s) => s,
        Err(e) => {
            return report(
                st,
                ERROR,
                format!("deletionScope.relations: {e}; nothing was deleted"),
            )
        }
    };
    let mut types = Vec::new();
    for t in entry
        .get("relationTypes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        match t.as_str().and_then(model::relation) {
            Some((def, _)) => types.push(def.name),
            None => report(
                st,
                WARN,
                format!("deletionScope.relations: unknown relation type {t}"),
            ),
        }
    }
    let ends_in_scope =
        |st: &State, id: &str| st.ws.fact_sheet(id).is_some_and(|fs| sc.contains(fs));
    let in_scope: Vec<String> = st
        .ws
        .relations
        .iter()
        .filter(|r| {
            (types.is_empty() || types.contains(&r.rel_type.as_str())) && ends_in_scope(st, &r.from)
        })
        .map(|r| r.id.clone())
        .collect();
    let doomed: Vec<String> = in_scope
        .iter()
        .filter(|id| !st.touched_rel.contains(*id))
        .cloned()
        .collect();
    if too_many(st, scope, "relations", doomed.len(), in_scope.len()) {
        return;
    }
    for id in doomed {
        if let Some(pos) = st.ws.relations.iter().position(|r| r.id == id) {
            let r = &st.ws.relations[pos];
            st.deleted.push(json!({
                "objectType": "Relation", "id": r.id, "type": r.rel_type, "from": r.from, "to": r.to,
            }));
            st.remove_relation(pos);
        }
    }
}
