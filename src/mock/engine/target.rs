//! Finding the fact sheets a processor works on: `identifier` (and a relation's `from`/`to`)
//! as `external` (object form `{id: {expr, regexReplace?}, type: {expr}}` or shorthand
//! `{id: "…", type: "externalId"}`), `internal` or `search {scope, filter,
//! multipleMatchesAllowed}`; a tag processor's `factSheets {external: {ids, type}} |
//! {internal}`; and the `scope` objects (`ids`, `facetFilters` on `FactSheetTypes`) shared
//! with the deletion scope.

use serde_json::Value;

use super::eval::Ctx;
use super::model;
use super::run::{At, Env, State, ERROR, WARN};
use super::value::{to_bool, to_text};
use super::workspace::FactSheet;

/// What an identifier resolved to.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Target {
    /// Live fact sheets (positions in the workspace).
    Existing(Vec<usize>),
    /// No fact sheet has this external id yet.
    Create { field: String, value: String },
}

/// Reads `{expr, regexReplace?}` or a plain expression string.
fn expr_of(v: Option<&Value>) -> Option<(&str, Option<&Value>)> {
    match v {
        Some(Value::String(s)) => Some((s.as_str(), None)),
        Some(Value::Object(m)) => m
            .get("expr")
            .and_then(Value::as_str)
            .map(|s| (s, m.get("regexReplace"))),
        _ => None,
    }
}

/// Evaluates `{expr, regexReplace?}` to text.
fn keyed_text(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    v: Option<&Value>,
    ctx: &Ctx<'_>,
    what: &str,
) -> Option<String> {
    let Some((src, rr)) = expr_of(v) else {
        st.warn_at(
            at,
            "CONFIGURATION",
            ERROR,
            format!("{what} needs an expression"),
        );
        return None;
    };
    let text = st.eval_text(env, at, src, ctx)?;
    st.regex_replace(env, at, rr, text)
}

/// The external-id field named by `type` (only `externalId` exists in the model).
fn id_field(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    v: Option<&Value>,
    ctx: &Ctx<'_>,
    what: &str,
) -> Option<String> {
    let field = keyed_text(env, st, at, v, ctx, &format!("{what} external.type"))?;
    if !model::is_external_id_field(&field) {
        st.warn_at(
            at,
            "DATA_MODEL",
            WARN,
            format!("{what}: unknown external id type '{field}' (known: externalId)"),
        );
        return None;
    }
    Some(field)
}

/// Resolves an identifier. `fs_type` restricts (and, for creation, sets) the type; without
/// one an external id is looked up in every type. `None`: a warning was given.
pub(crate) fn identify(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    ident: Option<&Value>,
    ctx: &Ctx<'_>,
    fs_type: Option<&str>,
    what: &str,
) -> Option<Target> {
    let Some(Value::Object(m)) = ident else {
        st.warn_at(
            at,
            "CONFIGURATION",
            ERROR,
            format!("{what} is missing: give 'external', 'internal' or 'search'"),
        );
        return None;
    };
    if let Some(ext) = m.get("external") {
        let Value::Object(e) = ext else {
            st.warn_at(
                at,
                "CONFIGURATION",
                ERROR,
                format!("{what}.external must be an object with 'id' and 'type'"),
            );
            return None;
        };
        let value = keyed_text(
            env,
            st,
            at,
            e.get("id"),
            ctx,
            &format!("{what} external.id"),
        )?;
        if value.trim().is_empty() {
            st.warn_at(
                at,
                "FACT_SHEET",
                WARN,
                format!("{what}: the external id is empty"),
            );
            return None;
        }
        let field = id_field(env, st, at, e.get("type"), ctx, what)?;
        let found = match fs_type {
            Some(t) => st.find_external(t, &field, &value).into_iter().collect(),
            None => st.find_external_any(&field, &value),
        };
        return Some(if found.is_empty() {
            Target::Create { field, value }
        } else {
            Target::Existing(found)
        });
    }
    if let Some(src) = m.get("internal").and_then(Value::as_str) {
        let id = st.eval_text(env, at, src, ctx)?;
        return match st.find_id(&id) {
            Some(i) if fs_type.is_none_or(|t| st.ws.fact_sheets[i].fs_type == t) => {
                Some(Target::Existing(vec![i]))
            }
            _ => {
                let of = fs_type.map(|t| format!(" of type {t}")).unwrap_or_default();
                st.warn_at(
                    at,
                    "FACT_SHEET",
                    WARN,
                    format!("{what}: no fact sheet{of} has the internal id '{id}'"),
                );
                None
            }
        };
    }
    if let Some(s) = m.get("search") {
        return search(env, st, at, s, ctx, fs_type, what);
    }
    st.warn_at(
        at,
        "CONFIGURATION",
        ERROR,
        format!("{what} needs 'external', 'internal' or 'search'"),
    );
    None
}

fn search(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    s: &Value,
    ctx: &Ctx<'_>,
    fs_type: Option<&str>,
    what: &str,
) -> Option<Target> {
    let scope = match read_scope(env, s.get("scope").unwrap_or(&Value::Null), ctx) {
        Ok(sc) => sc,
        Err(e) => {
            st.warn_at(at, "CONFIGURATION", ERROR, format!("{what}.search: {e}"));
            return None;
        }
    };
    let mut found: Vec<usize> = st
        .ws
        .fact_sheets
        .iter()
        .enumerate()
        .filter(|(_, fs)| {
            fs.is_active() && fs_type.is_none_or(|t| fs.fs_type == t) && scope.contains(fs)
        })
        .map(|(i, _)| i)
        .collect();
    let filter = s
        .get("filter")
        .or_else(|| s.get("expr"))
        .and_then(Value::as_str);
    if let Some(flt) = filter {
        let mut kept = Vec::new();
        for i in found {
            let lx = st.lx_view(i);
            let c = Ctx { lx: &lx, ..*ctx };
            let v = st.eval(env, at, flt, &c)?;
            match v.value().and_then(to_bool) {
                Ok(true) => kept.push(i),
                Ok(false) => {}
                Err(e) => {
                    st.warn_at(
                        at,
                        "EXPRESSION",
                        WARN,
                        format!("search filter '{flt}': {e}"),
                    );
                    return None;
                }
            }
        }
        found = kept;
    }
    let multiple = match s.get("multipleMatchesAllowed") {
        None | Some(Value::Null) => true,
        Some(v) => to_bool(v).unwrap_or(true),
    };
    if !multiple && found.len() > 1 {
        st.warn_at(
            at,
            "FACT_SHEET",
            WARN,
            format!(
                "{what}.search matched {} fact sheets but multipleMatchesAllowed is false",
                found.len()
            ),
        );
        return None;
    }
    Some(Target::Existing(found))
}

/// A tag processor's `factSheets`: `{external: {ids, type}}` or `{internal: "…"}`, where
/// the ids expression gives one id or a list. Ids that match nothing are reported.
pub(crate) fn identify_set(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    set: &Value,
    ctx: &Ctx<'_>,
) -> Option<Vec<usize>> {
    let (src, field) = if let Some(Value::Object(e)) = set.get("external") {
        let Some(src) = e.get("ids").and_then(Value::as_str) else {
            st.warn_at(
                at,
                "CONFIGURATION",
                ERROR,
                "factSheets.external needs an 'ids' expression".into(),
            );
            return None;
        };
        (
            src,
            Some(id_field(env, st, at, e.get("type"), ctx, "factSheets")?),
        )
    } else if let Some(src) = set.get("internal").and_then(Value::as_str) {
        (src, None)
    } else {
        st.warn_at(
            at,
            "CONFIGURATION",
            ERROR,
            "factSheets needs 'external' or 'internal'".into(),
        );
        return None;
    };
    let ids = st.eval(env, at, src, ctx)?;
    let ids: Vec<String> = match ids.value() {
        Ok(Value::Array(a)) => a
            .iter()
            .filter(|v| !v.is_null())
            .filter_map(|v| to_text(v).ok())
            .collect(),
        Ok(Value::Null) | Err(_) => Vec::new(),
        Ok(v) => to_text(v).ok().into_iter().collect(),
    };
    let mut out = Vec::new();
    for id in ids {
        let hits = match &field {
            Some(f) => st.find_external_any(f, &id),
            None => st.find_id(&id).into_iter().collect(),
        };
        if hits.is_empty() {
            let kind = if field.is_some() {
                "external"
            } else {
                "internal"
            };
            st.warn_at(
                at,
                "FACT_SHEET",
                WARN,
                format!("factSheets: no fact sheet has the {kind} id '{id}'"),
            );
        }
        out.extend(hits);
    }
    Some(out)
}

/// A `scope`: `ids` and `facetFilters` (only the `FactSheetTypes` facet, with `OR` or `NOR`).
#[derive(Debug, Default)]
pub(crate) struct Scope {
    ids: Option<Vec<String>>,
    types: Vec<(bool, Vec<String>)>,
}

impl Scope {
    pub fn contains(&self, fs: &FactSheet) -> bool {
        self.ids.as_ref().is_none_or(|ids| ids.contains(&fs.id))
            && self
                .types
                .iter()
                .all(|(include, keys)| keys.contains(&fs.fs_type) == *include)
    }
}

/// Reads a `scope` object; its keys may be expressions (`${header.customFields.type}`).
pub(crate) fn read_scope(env: &Env<'_>, scope: &Value, ctx: &Ctx<'_>) -> Result<Scope, String> {
    let mut out = Scope::default();
    let Value::Object(m) = scope else {
        return if scope.is_null() {
            Ok(out)
        } else {
            Err("scope must be an object".into())
        };
    };
    let texts = |v: &Value| -> Result<Vec<String>, String> {
        let Value::Array(a) = v else {
            return Err("scope lists must be arrays of strings".into());
        };
        let mut out = Vec::new();
        for item in a {
            let src = item
                .as_str()
                .ok_or("scope lists must be arrays of strings")?;
            let v = env
                .ev
                .eval_template(src, ctx)
                .map_err(|e| e.message().to_string())?;
            out.push(to_text(v.value()?)?);
        }
        Ok(out)
    };
    if let Some(ids) = m.get("ids").filter(|v| !v.is_null()) {
        let ids = texts(ids)?;
        if !ids.is_empty() {
            out.ids = Some(ids);
        }
    }
    if let Some(facets) = m.get("facetFilters").filter(|v| !v.is_null()) {
        let Value::Array(facets) = facets else {
            return Err("facetFilters must be an array".into());
        };
        for f in facets {
            let key = f.get("facetKey").and_then(Value::as_str).unwrap_or("");
            if key != "FactSheetTypes" {
                return Err(format!(
                    "facet '{key}' is not emulated (only FactSheetTypes)"
                ));
            }
            let include = match f.get("operator").and_then(Value::as_str).unwrap_or("OR") {
                "OR" => true,
                "NOR" => false,
                other => {
                    return Err(format!(
                        "facet operator '{other}' is not emulated (OR, NOR)"
                    ))
                }
            };
            out.types
                .push((include, texts(f.get("keys").unwrap_or(&Value::Null))?));
        }
    }
    Ok(out)
}
