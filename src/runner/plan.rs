//! The run plan: the collection flattened depth-first into runnable request items, each with
//! what it inherits from its folders (auth chain, protocolProfileBehavior, scripts), and the
//! `--folder` selection.

use crate::collection::model::{AuthDef, Collection, Event, Item, RequestDef};
use crate::request::Behavior;

/// One request to run, with everything it inherits.
#[derive(Debug, Clone)]
pub struct PlannedItem {
    pub id: String,
    pub name: String,
    /// JSON path in the collection file, e.g. `item[1].item[0]`.
    pub path: String,
    /// Names of the enclosing folders, outermost first.
    pub folders: Vec<String>,
    /// Ids of the enclosing folders, outermost first.
    pub folder_ids: Vec<String>,
    pub request: RequestDef,
    /// Auth blocks from the request up to the collection.
    pub auth_chain: Vec<Option<AuthDef>>,
    pub behavior: Behavior,
    /// Pre-request and test scripts that apply (collection, folders, item), in run order.
    pub prerequest_scripts: usize,
    pub test_scripts: usize,
}

impl PlannedItem {
    /// `Folder / Sub / Request`, as Newman names a JUnit test suite.
    pub fn full_name(&self) -> String {
        let mut parts = self.folders.clone();
        parts.push(self.name.clone());
        parts.join(" / ")
    }
}

/// An unknown `--folder` name.
#[derive(Debug, thiserror::Error)]
#[error("Unable to find a folder or request: {0}")]
pub struct UnknownFolder(pub String);

fn count_scripts(events: &[Event], listen: &str) -> usize {
    events
        .iter()
        .filter(|e| {
            !e.disabled && e.listen == listen && e.script.as_ref().is_some_and(|s| !s.is_empty())
        })
        .count()
}

struct Ancestor<'a> {
    item: &'a Item,
}

/// Flattens the collection (or the selected folders/requests) into run order.
pub fn plan(
    collection: &Collection,
    folders: &[String],
) -> Result<Vec<PlannedItem>, UnknownFolder> {
    let mut selected_paths: Vec<String> = Vec::new();
    for name in folders {
        match find_by_id_or_name(&collection.items, name) {
            Some(p) => selected_paths.push(p),
            None => return Err(UnknownFolder(name.clone())),
        }
    }
    let mut out = Vec::new();
    let mut stack = Vec::new();
    walk(collection, &collection.items, "", &mut stack, &mut out);
    if !selected_paths.is_empty() {
        out.retain(|it| {
            selected_paths
                .iter()
                .any(|p| it.path == *p || it.path.starts_with(&format!("{p}.")))
        });
    }
    Ok(out)
}

/// Breadth-first: children are matched before grandchildren, ids before names at each level.
fn find_by_id_or_name(items: &[Item], needle: &str) -> Option<String> {
    let mut level: Vec<(String, &Item)> = items
        .iter()
        .enumerate()
        .map(|(i, it)| (format!("item[{i}]"), it))
        .collect();
    while !level.is_empty() {
        if let Some((p, _)) = level
            .iter()
            .find(|(_, it)| it.id.as_deref() == Some(needle))
        {
            return Some(p.clone());
        }
        if let Some((p, _)) = level.iter().find(|(_, it)| it.name == needle) {
            return Some(p.clone());
        }
        let mut next = Vec::new();
        for (p, it) in &level {
            if let Some(children) = &it.items {
                for (i, c) in children.iter().enumerate() {
                    next.push((format!("{p}.item[{i}]"), c));
                }
            }
        }
        level = next;
    }
    None
}

fn walk<'a>(
    collection: &'a Collection,
    items: &'a [Item],
    prefix: &str,
    stack: &mut Vec<Ancestor<'a>>,
    out: &mut Vec<PlannedItem>,
) {
    for (i, item) in items.iter().enumerate() {
        let path = if prefix.is_empty() {
            format!("item[{i}]")
        } else {
            format!("{prefix}.item[{i}]")
        };
        if let Some(children) = &item.items {
            stack.push(Ancestor { item });
            walk(collection, children, &path, stack, out);
            stack.pop();
            continue;
        }
        let request = item.request.clone().unwrap_or_default();
        let mut auth_chain = vec![request.auth.clone()];
        for a in stack.iter().rev() {
            auth_chain.push(a.item.auth.clone());
        }
        auth_chain.push(collection.auth.clone());
        let mut behavior = Behavior::default();
        if let Some(p) = &collection.protocol_profile_behavior {
            behavior.apply(p);
        }
        for a in stack.iter() {
            if let Some(p) = &a.item.protocol_profile_behavior {
                behavior.apply(p);
            }
        }
        if let Some(p) = &item.protocol_profile_behavior {
            behavior.apply(p);
        }
        let scripts = |listen: &str| {
            count_scripts(&collection.event, listen)
                + stack
                    .iter()
                    .map(|a| count_scripts(&a.item.event, listen))
                    .sum::<usize>()
                + count_scripts(&item.event, listen)
        };
        out.push(PlannedItem {
            id: item.id.clone().unwrap_or_else(|| path.clone()),
            name: item.name.clone(),
            path,
            folders: stack.iter().map(|a| a.item.name.clone()).collect(),
            folder_ids: stack
                .iter()
                .map(|a| a.item.id.clone().unwrap_or_default())
                .collect(),
            request,
            auth_chain,
            behavior,
            prerequest_scripts: scripts("prerequest"),
            test_scripts: scripts("test"),
        });
    }
}
