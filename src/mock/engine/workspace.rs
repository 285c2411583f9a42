//! The emulated workspace: fact sheets, relations, tag groups and tags, serializable so the
//! server can persist it, plus read-only views shaped like the real API's answers.
//!
//! Deleting a fact sheet archives it (`status: "ARCHIVED"`), as LeanIX does; archived fact
//! sheets are kept but are no longer found by external id, neither here nor by processors.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// `status` of a live fact sheet.
pub const ACTIVE: &str = "ACTIVE";
/// `status` of an archived (deleted) fact sheet.
pub const ARCHIVED: &str = "ARCHIVED";

/// The emulated workspace. The server persists it as JSON.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Workspace {
    /// In creation order.
    #[serde(default)]
    pub fact_sheets: Vec<FactSheet>,
    #[serde(default)]
    pub relations: Vec<Relation>,
    #[serde(default)]
    pub tag_groups: Vec<TagGroup>,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

/// One fact sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FactSheet {
    pub id: String,
    #[serde(rename = "type")]
    pub fs_type: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// External ids by field (`externalId` → value).
    #[serde(default)]
    pub external_ids: BTreeMap<String, String>,
    /// Set phases, in lifecycle order.
    #[serde(default)]
    pub lifecycle: Vec<LifecyclePhase>,
    /// Every other field (alias, release, type-specific fields), by key.
    #[serde(default)]
    pub fields: Map<String, Value>,
    /// Ids of the assigned tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// [`ACTIVE`] or [`ARCHIVED`].
    pub status: String,
    pub created_at: String,
    pub updated_at: String,
    /// Incremented on every change.
    #[serde(default)]
    pub rev: u64,
}

/// One set lifecycle phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LifecyclePhase {
    pub phase: String,
    /// `YYYY-MM-DD`.
    pub start_date: String,
}

/// A relation between two fact sheets, stored under its canonical type name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Relation {
    pub id: String,
    #[serde(rename = "type")]
    pub rel_type: String,
    /// Fact-sheet id of the source.
    pub from: String,
    /// Fact-sheet id of the target.
    pub to: String,
    /// description, activeFrom, activeUntil and type-specific fields.
    #[serde(default)]
    pub fields: Map<String, Value>,
    pub created_at: String,
    pub updated_at: String,
}

/// A tag group. Tags without a group belong to the implicit "Other tags".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TagGroup {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub short_name: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    /// `SINGLE` or `MULTIPLE`.
    pub mode: String,
    /// Empty: all types.
    #[serde(default)]
    pub restrict_to_fact_sheet_types: Vec<String>,
}

/// A tag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tag {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub color: Option<String>,
    /// `None`: "Other tags".
    #[serde(default)]
    pub group_id: Option<String>,
}

impl FactSheet {
    /// The value of the `externalId` field.
    pub fn external_id(&self) -> Option<&str> {
        self.external_ids.get("externalId").map(String::as_str)
    }

    /// The start date of a lifecycle phase.
    pub fn lifecycle_phase(&self, phase: &str) -> Option<&str> {
        self.lifecycle
            .iter()
            .find(|p| p.phase == phase)
            .map(|p| p.start_date.as_str())
    }

    pub fn is_active(&self) -> bool {
        self.status == ACTIVE
    }

    /// Name and release, as LeanIX shows it.
    pub fn display_name(&self) -> String {
        match self.fields.get("release").and_then(Value::as_str) {
            Some(r) if !r.is_empty() => format!("{} {}", self.name, r),
            _ => self.name.clone(),
        }
    }
}

impl Workspace {
    /// Live fact sheets filtered by type and/or `externalId` value (for
    /// `GET /services/pathfinder/v1/factSheets?type=&externalId=`). Archived ones are left out.
    pub fn find_fact_sheets(
        &self,
        fs_type: Option<&str>,
        external_id: Option<&str>,
    ) -> Vec<&FactSheet> {
        self.fact_sheets
            .iter()
            .filter(|fs| fs.is_active())
            .filter(|fs| fs_type.is_none_or(|t| fs.fs_type == t))
            .filter(|fs| external_id.is_none_or(|e| fs.external_id() == Some(e)))
            .collect()
    }

    /// A fact sheet by internal id, archived or not.
    pub fn fact_sheet(&self, id: &str) -> Option<&FactSheet> {
        self.fact_sheets.iter().find(|fs| fs.id == id)
    }

    /// The relations that start or end at a fact sheet.
    pub fn relations_of(&self, fact_sheet_id: &str) -> Vec<&Relation> {
        self.relations
            .iter()
            .filter(|r| r.from == fact_sheet_id || r.to == fact_sheet_id)
            .collect()
    }

    pub fn tag(&self, id: &str) -> Option<&Tag> {
        self.tags.iter().find(|t| t.id == id)
    }

    pub fn tag_group(&self, id: &str) -> Option<&TagGroup> {
        self.tag_groups.iter().find(|g| g.id == id)
    }

    /// A tag by group name (`None`: "Other tags") and tag name.
    pub fn find_tag(&self, group: Option<&str>, name: &str) -> Option<&Tag> {
        let group_id = match group {
            Some(g) => Some(self.tag_groups.iter().find(|tg| tg.name == g)?.id.as_str()),
            None => None,
        };
        self.tags
            .iter()
            .find(|t| t.name == name && t.group_id.as_deref() == group_id)
    }

    /// A tag as the GraphQL API shows it: `{id, name, description, color, tagGroup}`.
    pub fn tag_json(&self, tag: &Tag) -> Value {
        let group = tag
            .group_id
            .as_deref()
            .and_then(|g| self.tag_group(g))
            .map(|g| json!({"id": g.id, "name": g.name, "shortName": g.short_name, "mode": g.mode}))
            .unwrap_or(Value::Null);
        json!({
            "id": tag.id,
            "name": tag.name,
            "description": tag.description,
            "color": tag.color,
            "tagGroup": group,
        })
    }

    /// A relation as seen from one of its fact sheets (`of`): the type name from that side,
    /// the other fact sheet and the relation's fields.
    pub fn relation_json(&self, rel: &Relation, of: &str) -> Value {
        let outgoing = rel.from == of;
        let (type_name, other) = if outgoing {
            (rel.rel_type.clone(), &rel.to)
        } else {
            let reverse = super::model::relation(&rel.rel_type)
                .map(|(d, _)| d.reverse.to_string())
                .unwrap_or_else(|| rel.rel_type.clone());
            (reverse, &rel.from)
        };
        let target = self
            .fact_sheet(other)
            .map(|fs| {
                json!({"id": fs.id, "type": fs.fs_type, "name": fs.name, "externalId": fs.external_id()})
            })
            .unwrap_or_else(|| json!({"id": other}));
        let mut v = json!({"id": rel.id, "type": type_name, "factSheet": target});
        if let Value::Object(m) = &mut v {
            for (k, val) in &rel.fields {
                m.insert(k.clone(), val.clone());
            }
        }
        v
    }

    /// A fact sheet in a shape close to the GraphQL/REST answer: `id`, `type`, `name`,
    /// `displayName`, `description`, `externalId {externalId, type}`, `lifecycle {phases}`,
    /// `tags`, `relations`, `status`, `createdAt`, `updatedAt`, `rev`, then every other field.
    pub fn fact_sheet_json(&self, fs: &FactSheet) -> Value {
        let mut m = Map::new();
        m.insert("id".into(), json!(fs.id));
        m.insert("type".into(), json!(fs.fs_type));
        m.insert("name".into(), json!(fs.name));
        m.insert("displayName".into(), json!(fs.display_name()));
        m.insert("description".into(), json!(fs.description));
        let ext = fs
            .external_id()
            .map(|e| json!({"externalId": e, "type": "ExternalId"}))
            .unwrap_or(Value::Null);
        m.insert("externalId".into(), ext);
        let phases: Vec<Value> = fs
            .lifecycle
            .iter()
            .map(|p| json!({"phase": p.phase, "startDate": p.start_date}))
            .collect();
        let lifecycle = if phases.is_empty() {
            Value::Null
        } else {
            json!({ "phases": phases })
        };
        m.insert("lifecycle".into(), lifecycle);
        for (k, v) in &fs.fields {
            m.insert(k.clone(), v.clone());
        }
        let tags: Vec<Value> = fs
            .tags
            .iter()
            .filter_map(|id| self.tag(id))
            .map(|t| self.tag_json(t))
            .collect();
        m.insert("tags".into(), Value::Array(tags));
        let relations: Vec<Value> = self
            .relations_of(&fs.id)
            .into_iter()
            .map(|r| self.relation_json(r, &fs.id))
            .collect();
        m.insert("relations".into(), Value::Array(relations));
        m.insert("status".into(), json!(fs.status));
        m.insert("createdAt".into(), json!(fs.created_at));
        m.insert("updatedAt".into(), json!(fs.updated_at));
        m.insert("rev".into(), json!(fs.rev));
        Value::Object(m)
    }

    /// What `lx.factsheet` shows to expressions: the fact sheet's own fields, flat
    /// (`name`, `type`, `id`, `externalId`, `description`, `lifecycle` as `{phase: date}`,
    /// `tags` as names, then every other field).
    pub(crate) fn expression_view(&self, fs: &FactSheet) -> Value {
        let mut m = Map::new();
        m.insert("id".into(), json!(fs.id));
        m.insert("type".into(), json!(fs.fs_type));
        m.insert("name".into(), json!(fs.name));
        m.insert("displayName".into(), json!(fs.display_name()));
        m.insert("description".into(), json!(fs.description));
        m.insert("externalId".into(), json!(fs.external_id()));
        let lifecycle: Map<String, Value> = fs
            .lifecycle
            .iter()
            .map(|p| (p.phase.clone(), json!(p.start_date)))
            .collect();
        m.insert("lifecycle".into(), Value::Object(lifecycle));
        let tags: Vec<Value> = fs
            .tags
            .iter()
            .filter_map(|id| self.tag(id))
            .map(|t| json!(t.name))
            .collect();
        m.insert("tags".into(), Value::Array(tags));
        for (k, v) in &fs.fields {
            m.insert(k.clone(), v.clone());
        }
        Value::Object(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fs(id: &str, t: &str, ext: &str, status: &str) -> FactSheet {
        FactSheet {
            id: id.into(),
            fs_type: t.into(),
            name: format!("n{id}"),
            description: None,
            external_ids: BTreeMap::from([("externalId".to_string(), ext.to_string())]),
            lifecycle: vec![],
            fields: Map::new(),
            tags: vec![],
            status: status.into(),
            created_at: String::new(),
            updated_at: String::new(),
            rev: 1,
        }
    }

    #[test]
    fn find_fact_sheets_filters_by_type_and_external_id_and_skips_archived() {
        let ws = Workspace {
            fact_sheets: vec![
                fs("1", "Project", "a", ACTIVE),
                fs("2", "Application", "a", ACTIVE),
                fs("3", "Project", "b", ARCHIVED),
            ],
            ..Workspace::default()
        };
        assert_eq!(ws.find_fact_sheets(None, None).len(), 2);
        assert_eq!(ws.find_fact_sheets(Some("Project"), None)[0].id, "1");
        assert_eq!(ws.find_fact_sheets(None, Some("a")).len(), 2);
        assert!(ws.find_fact_sheets(Some("Project"), Some("b")).is_empty());
        assert_eq!(ws.fact_sheet("3").map(|f| f.is_active()), Some(false));
        let round: Workspace =
            serde_json::from_value(serde_json::to_value(&ws).expect("ser")).expect("de");
        assert_eq!(round, ws);
    }
}
