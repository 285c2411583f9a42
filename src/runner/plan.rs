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
    /// Pre-request scripts that apply (collection, folders, item), in run order.
    pub prerequest: Vec<ScriptRef>,
    /// Test scripts that apply, in run order.
    pub test: Vec<ScriptRef>,
    /// The item's `request` as written in the collection (for `pm.request`); filled by
    /// [`attach_raw_requests`].
    pub request_json: serde_json::Value,
}

/// One script and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptRef {
    /// `collection`, `folder "F"` or `request "R"`.
    pub origin: String,
    pub code: String,
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

fn scripts_of(events: &[Event], listen: &str, origin: &str, out: &mut Vec<ScriptRef>) {
    for e in events {
        if e.disabled || e.listen != listen {
            continue;
        }
        if let Some(s) = e.script.as_ref().filter(|s| !s.is_empty()) {
            out.push(ScriptRef {
                origin: origin.to_string(),
                code: s.source(),
            });
        }
    }
}

/// Fills each item's `request_json` from the collection file's JSON.
pub fn attach_raw_requests(items: &mut [PlannedItem], collection: &serde_json::Value) {
    for it in items {
        let mut node = collection;
        for part in it.path.split('.') {
            let idx = part
                .strip_prefix("item[")
                .and_then(|p| p.strip_suffix(']'))
                .and_then(|n| n.parse::<usize>().ok());
            node = match idx.and_then(|i| node.get("item").and_then(|a| a.get(i))) {
                Some(n) => n,
                None => &serde_json::Value::Null,
            };
        }
        it.request_json = node
            .get("request")
            .cloned()
            .unwrap_or(serde_json::Value::Null);
    }
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
            let mut v = Vec::new();
            scripts_of(&collection.event, listen, "collection", &mut v);
            for a in stack.iter() {
                scripts_of(
                    &a.item.event,
                    listen,
                    &format!("folder {:?}", a.item.name),
                    &mut v,
                );
            }
            scripts_of(
                &item.event,
                listen,
                &format!("request {:?}", item.name),
                &mut v,
            );
            v
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
            prerequest: scripts("prerequest"),
            test: scripts("test"),
            request_json: serde_json::Value::Null,
        });
    }
}
