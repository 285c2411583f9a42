//! The `inboundTag` processor: tag groups and tags, and their assignment to fact sheets.
//!
//! Update keys: `name`, `description`, `color`, `group.name`, `group.shortName`,
//! `group.description`, `group.mode` (`SINGLE`/`MULTIPLE`), `group.restrictToFactSheetTypes`
//! and `tagsReadOnly`. A tag without `group.name` goes to "Other tags". Missing groups and
//! tags are created (unless `tagsReadOnly`); with only `group.*` keys the processor defines
//! a group. The fact sheets come from `factSheets` or `identifier`. An invalid tag (no name,
//! a bad color or mode, a group restricted to other types) is a warning and the run goes on.
//! `mode: "delete"` removes the tag from the fact sheets, or deletes it when none are named.

use serde_json::Value;

use super::eval::Ctx;
use super::factsheet::scalar_text;
use super::model;
use super::run::{At, Env, State, WARN};
use super::target::{identify, identify_set, Target};
use super::updates::{resolve, Update};
use super::value::to_bool;
use super::workspace::{Tag, TagGroup};

const KEYS: [&str; 9] = [
    "name",
    "description",
    "color",
    "group.name",
    "group.shortName",
    "group.description",
    "group.mode",
    "group.restrictToFactSheetTypes",
    "tagsReadOnly",
];

fn invalid(st: &mut State, at: &At<'_>, msg: String) {
    st.warn_at(at, "TAG", WARN, format!("Invalid tag: {msg}"));
}

/// The fact sheets named by `factSheets` or `identifier`; `Some(None)` when neither is given,
/// `None` when they were given but a warning was reported instead.
fn targets(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    ctx: &Ctx<'_>,
) -> Option<Option<Vec<usize>>> {
    if let Some(set) = at.proc.raw.get("factSheets").filter(|v| !v.is_null()) {
        let found = identify_set(env, st, at, set, ctx)?;
        return if found.is_empty() {
            None
        } else {
            Some(Some(found))
        };
    }
    let Some(ident) = at.proc.raw.get("identifier").filter(|v| !v.is_null()) else {
        return Some(None);
    };
    match identify(env, st, at, Some(ident), ctx, None, "identifier")? {
        Target::Existing(found) if !found.is_empty() => Some(Some(found)),
        Target::Existing(_) => None,
        Target::Create { field, value } => {
            st.warn_at(
                at,
                "FACT_SHEET",
                WARN,
                format!("identifier: no fact sheet has {field} '{value}'"),
            );
            None
        }
    }
}

fn text_of(updates: &[Update], key: &str) -> Option<String> {
    updates
        .iter()
        .filter(|u| u.key == key)
        .find_map(|u| u.first().and_then(|v| scalar_text(v).ok()))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn valid_color(c: &str) -> bool {
    let hex = c.strip_prefix('#').unwrap_or("");
    matches!(hex.len(), 3 | 6) && hex.chars().all(|ch| ch.is_ascii_hexdigit())
}

/// Runs the processor for one content item (or `forEach` element).
pub(crate) fn exec(env: &Env<'_>, st: &mut State, at: &At<'_>, ctx: &Ctx<'_>) {
    let Some(targets) = targets(env, st, at, ctx) else {
        return;
    };
    let lx = targets
        .as_ref()
        .and_then(|t| t.first())
        .map_or(Value::Null, |&i| st.lx_view(i));
    let updates = resolve(env, st, at, &Ctx { lx: &lx, ..*ctx });
    for u in &updates {
        if !KEYS.contains(&u.key.as_str()) {
            st.warn_at(
                at,
                "DATA_MODEL",
                WARN,
                format!("Unknown tag field '{}' (known: {})", u.key, KEYS.join(", ")),
            );
        }
    }
    let name = text_of(&updates, "name");
    let group_name = text_of(&updates, "group.name");
    let read_only = updates
        .iter()
        .find(|u| u.key == "tagsReadOnly")
        .and_then(|u| u.first())
        .is_some_and(|v| to_bool(v).unwrap_or(false));
    match (&name, &group_name) {
        (None, None) => return invalid(st, at, "no tag name and no group name".into()),
        (None, Some(g)) if targets.is_some() => {
            return invalid(st, at, format!("no tag name (group.name is '{g}')"));
        }
        _ => {}
    }
    if at.proc.delete {
        delete(
            st,
            at,
            name.as_deref(),
            group_name.as_deref(),
            targets.as_deref(),
        );
        return;
    }
    let group_id = match &group_name {
        None => None,
        Some(g) => match group(st, at, g, &updates, read_only) {
            Some(id) => Some(id),
            None => return,
        },
    };
    let Some(name) = name else {
        return;
    };
    let tag_pos = match st
        .ws
        .tags
        .iter()
        .position(|t| t.name == name && t.group_id == group_id)
    {
        Some(p) => p,
        None if read_only => {
            let g = group_name.as_deref().unwrap_or("Other tags");
            return invalid(
                st,
                at,
                format!("tag '{name}' does not exist in group '{g}' and tagsReadOnly is set"),
            );
        }
        None => {
            st.ws.tags.push(Tag {
                id: uuid::Uuid::new_v4().to_string(),
                name: name.clone(),
                description: None,
                color: None,
                group_id: group_id.clone(),
            });
            st.mutations += 1;
            st.ws.tags.len() - 1
        }
    };
    if !read_only {
        if let Some(d) = text_of(&updates, "description") {
            st.ws.tags[tag_pos].description = Some(d);
        }
        if let Some(c) = text_of(&updates, "color") {
            if valid_color(&c) {
                st.ws.tags[tag_pos].color = Some(c);
            } else {
                invalid(
                    st,
                    at,
                    format!("color '{c}' of tag '{name}' is not #RGB or #RRGGBB"),
                );
            }
        }
    }
    if let Some(fs_list) = targets {
        assign(env, st, at, tag_pos, group_id.as_deref(), &fs_list);
    }
}

/// Finds or creates the group and applies its `group.*` updates; its id.
fn group(
    st: &mut State,
    at: &At<'_>,
    name: &str,
    updates: &[Update],
    read_only: bool,
) -> Option<String> {
    let pos = match st.ws.tag_groups.iter().position(|g| g.name == name) {
        Some(p) => p,
        None if read_only => {
            invalid(
                st,
                at,
                format!("tag group '{name}' does not exist and tagsReadOnly is set"),
            );
            return None;
        }
        None => {
            st.ws.tag_groups.push(TagGroup {
                id: uuid::Uuid::new_v4().to_string(),
                name: name.to_string(),
                short_name: None,
                description: None,
                mode: "MULTIPLE".into(),
                restrict_to_fact_sheet_types: Vec::new(),
            });
            st.mutations += 1;
            st.ws.tag_groups.len() - 1
        }
    };
    if !read_only {
        if let Some(s) = text_of(updates, "group.shortName") {
            st.ws.tag_groups[pos].short_name = Some(s);
        }
        if let Some(d) = text_of(updates, "group.description") {
            st.ws.tag_groups[pos].description = Some(d);
        }
        if let Some(m) = text_of(updates, "group.mode") {
            let upper = m.to_uppercase();
            if upper == "SINGLE" || upper == "MULTIPLE" {
                st.ws.tag_groups[pos].mode = upper;
            } else {
                invalid(
                    st,
                    at,
                    format!("group.mode '{m}' of '{name}' is not SINGLE or MULTIPLE"),
                );
            }
        }
        let restrict: Vec<String> = updates
            .iter()
            .filter(|u| u.key == "group.restrictToFactSheetTypes")
            .flat_map(|u| u.values.iter())
            .flat_map(|v| match v {
                Value::Array(a) => a.clone(),
                other => vec![other.clone()],
            })
            .filter_map(|v| scalar_text(&v).ok())
            .collect();
        if !restrict.is_empty() {
            let mut types = Vec::new();
            for t in restrict {
                if model::fact_sheet_type(&t).is_some() {
                    types.push(t);
                } else {
                    st.warn_at(
                        at,
                        "DATA_MODEL",
                        WARN,
                        format!("Fact sheet type '{t}' does not exist in the data model"),
                    );
                }
            }
            st.ws.tag_groups[pos].restrict_to_fact_sheet_types = types;
        }
    }
    Some(st.ws.tag_groups[pos].id.clone())
}

/// Assigns tag `tag_pos` to the fact sheets (a SINGLE group keeps one tag per fact sheet).
fn assign(
    env: &Env<'_>,
    st: &mut State,
    at: &At<'_>,
    tag_pos: usize,
    group_id: Option<&str>,
    fs_list: &[usize],
) {
    let tag_id = st.ws.tags[tag_pos].id.clone();
    let group = group_id.and_then(|g| st.ws.tag_group(g)).cloned();
    for &i in fs_list {
        let fs_type = st.ws.fact_sheets[i].fs_type.clone();
        if let Some(g) = &group {
            if !g.restrict_to_fact_sheet_types.is_empty()
                && !g.restrict_to_fact_sheet_types.contains(&fs_type)
            {
                let msg = format!(
                    "tag group '{}' is restricted to {} and cannot tag a {fs_type}",
                    g.name,
                    g.restrict_to_fact_sheet_types.join(", ")
                );
                invalid(st, at, msg);
                continue;
            }
        }
        let single: Vec<String> = match &group {
            Some(g) if g.mode == "SINGLE" => st
                .ws
                .tags
                .iter()
                .filter(|t| t.group_id.as_deref() == Some(g.id.as_str()) && t.id != tag_id)
                .map(|t| t.id.clone())
                .collect(),
            _ => Vec::new(),
        };
        let fs = &mut st.ws.fact_sheets[i];
        st.touched_fs.insert(fs.id.clone());
        let before = fs.tags.len();
        fs.tags.retain(|t| !single.contains(t));
        let removed = before != fs.tags.len();
        let added = !fs.tags.contains(&tag_id);
        if added {
            fs.tags.push(tag_id.clone());
        }
        if added || removed {
            st.bump(i, &env.stamp);
        }
    }
}

/// `mode: "delete"`: unassigns the tag from the named fact sheets, or deletes the tag (or,
/// with only a group name, the group and its tags) when none are named.
fn delete(
    st: &mut State,
    at: &At<'_>,
    name: Option<&str>,
    group: Option<&str>,
    targets: Option<&[usize]>,
) {
    let group_id = match group {
        Some(g) => match st.ws.tag_groups.iter().find(|tg| tg.name == g) {
            Some(tg) => Some(tg.id.clone()),
            None => {
                return st.warn_at(
                    at,
                    "TAG",
                    WARN,
                    format!("Tag group '{g}' does not exist; nothing was deleted"),
                )
            }
        },
        None => None,
    };
    let doomed: Vec<String> = st
        .ws
        .tags
        .iter()
        .filter(|t| t.group_id == group_id && name.is_none_or(|n| t.name == n))
        .map(|t| t.id.clone())
        .collect();
    if doomed.is_empty() {
        return st.warn_at(
            at,
            "TAG",
            WARN,
            format!(
                "Tag '{}' does not exist; nothing was deleted",
                name.unwrap_or("")
            ),
        );
    }
    let all: Vec<usize> = (0..st.ws.fact_sheets.len()).collect();
    for &i in targets.unwrap_or(&all) {
        let fs = &mut st.ws.fact_sheets[i];
        let before = fs.tags.len();
        fs.tags.retain(|t| !doomed.contains(t));
        if before != fs.tags.len() {
            st.mutations += 1;
        }
    }
    if targets.is_none() {
        st.ws.tags.retain(|t| !doomed.contains(&t.id));
        if name.is_none() {
            st.ws
                .tag_groups
                .retain(|g| Some(&g.id) != group_id.as_ref());
        }
        st.mutations += 1;
    }
}
