//! The emulator's small, fixed data model: the fact-sheet types it knows, the fields each type
//! has (with a kind used to check written values), the lifecycle phases and the relation types.
//!
//! A real workspace's meta model is configurable; this one mirrors the default LeanIX model
//! closely enough for connectors to be tried out. Writing a field or type that is not listed
//! here produces an "unknown field" / "unknown type" warning, as the real API does for
//! attributes missing from a workspace.

/// How a field's value is checked and stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldKind {
    /// Free text (stored as a string).
    Text,
    /// A number (stored as a JSON number).
    Number,
    /// A date, `YYYY-MM-DD` (a longer ISO date-time is cut to its date).
    Date,
    /// One value out of a fixed list.
    Single(&'static [&'static str]),
    /// Any number of values out of a fixed list (stored as an array).
    Multi(&'static [&'static str]),
}

/// One field of a fact-sheet or relation type.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FieldDef {
    pub key: &'static str,
    pub kind: FieldKind,
}

/// One fact-sheet type.
#[derive(Debug)]
pub(crate) struct TypeDef {
    pub name: &'static str,
    /// Fields besides the common ones (name, description, alias, release, lifecycle).
    pub fields: &'static [FieldDef],
}

/// One relation type, stored under `name` from `from` to `to`.
#[derive(Debug)]
pub(crate) struct RelationDef {
    pub name: &'static str,
    /// The name of the same relation seen from the other side.
    pub reverse: &'static str,
    /// `None`: any type, but both ends must have the same type (hierarchies and the like).
    pub from: Option<&'static str>,
    pub to: Option<&'static str>,
    /// Fields besides the common ones (description, activeFrom, activeUntil).
    pub fields: &'static [FieldDef],
}

/// The lifecycle phases, in their natural order.
pub(crate) const LIFECYCLE_PHASES: [&str; 5] =
    ["plan", "phaseIn", "active", "phaseOut", "endOfLife"];

/// The fields through which a fact sheet can be identified as `identifier.external.type`.
pub(crate) const EXTERNAL_ID_FIELDS: [&str; 1] = ["externalId"];

/// Text fields every fact-sheet type has (name is handled on its own).
pub(crate) const COMMON_TEXT_FIELDS: [&str; 3] = ["description", "alias", "release"];

/// Fields every relation type has.
pub(crate) const RELATION_COMMON_FIELDS: [FieldDef; 3] = [
    text("description"),
    FieldDef {
        key: "activeFrom",
        kind: FieldKind::Date,
    },
    FieldDef {
        key: "activeUntil",
        kind: FieldKind::Date,
    },
];

const fn text(key: &'static str) -> FieldDef {
    FieldDef {
        key,
        kind: FieldKind::Text,
    }
}

const fn single(key: &'static str, options: &'static [&'static str]) -> FieldDef {
    FieldDef {
        key,
        kind: FieldKind::Single(options),
    }
}

const fn number(key: &'static str) -> FieldDef {
    FieldDef {
        key,
        kind: FieldKind::Number,
    }
}

const BUSINESS_CRITICALITY: &[&str] = &[
    "missionCritical",
    "businessCritical",
    "businessOperational",
    "administrativeService",
];
const FUNCTIONAL_SUITABILITY: &[&str] = &["unreasonable", "insufficient", "appropriate", "perfect"];
const TECHNICAL_SUITABILITY: &[&str] = &[
    "inappropriate",
    "unreasonable",
    "adequate",
    "fullyAppropriate",
];
const LOW_MEDIUM_HIGH: &[&str] = &["low", "medium", "high"];

/// The fact-sheet types of the emulated workspace.
pub(crate) const TYPES: &[TypeDef] = &[
    TypeDef {
        name: "Application",
        fields: &[
            single("businessCriticality", BUSINESS_CRITICALITY),
            text("businessCriticalityDescription"),
            single("functionalSuitability", FUNCTIONAL_SUITABILITY),
            text("functionalSuitabilityDescription"),
            single("technicalSuitability", TECHNICAL_SUITABILITY),
            text("technicalSuitabilityDescription"),
        ],
    },
    TypeDef {
        name: "ITComponent",
        fields: &[
            single(
                "category",
                &["software", "hardware", "service", "cloudService"],
            ),
            single("technicalSuitability", TECHNICAL_SUITABILITY),
            text("technicalSuitabilityDescription"),
        ],
    },
    TypeDef {
        name: "Project",
        fields: &[
            number("budgetOpEx"),
            number("budgetCapEx"),
            single("businessValue", LOW_MEDIUM_HIGH),
            single("projectRisk", LOW_MEDIUM_HIGH),
            FieldDef {
                key: "orderedBy",
                kind: FieldKind::Text,
            },
        ],
    },
    TypeDef {
        name: "BusinessCapability",
        fields: &[],
    },
    TypeDef {
        name: "UserGroup",
        fields: &[],
    },
    TypeDef {
        name: "Provider",
        fields: &[single("providerCriticality", LOW_MEDIUM_HIGH)],
    },
    TypeDef {
        name: "Process",
        fields: &[],
    },
    TypeDef {
        name: "DataObject",
        fields: &[FieldDef {
            key: "dataClassification",
            kind: FieldKind::Multi(&["public", "internal", "confidential", "restricted"]),
        }],
    },
    TypeDef {
        name: "Interface",
        fields: &[
            single(
                "frequency",
                &["realTime", "daily", "weekly", "monthly", "onDemand"],
            ),
            text("interfaceType"),
        ],
    },
    TypeDef {
        name: "TechnicalStack",
        fields: &[],
    },
];

const fn rel(
    name: &'static str,
    reverse: &'static str,
    from: Option<&'static str>,
    to: Option<&'static str>,
) -> RelationDef {
    RelationDef {
        name,
        reverse,
        from,
        to,
        fields: &[],
    }
}

/// The relation types of the emulated workspace, each stored under its first name.
pub(crate) const RELATIONS: &[RelationDef] = &[
    rel("relToParent", "relToChild", None, None),
    rel("relToRequires", "relToRequiredBy", None, None),
    rel("relToSuccessor", "relToPredecessor", None, None),
    RelationDef {
        name: "relApplicationToITComponent",
        reverse: "relITComponentToApplication",
        from: Some("Application"),
        to: Some("ITComponent"),
        fields: &[number("costTotalAnnual")],
    },
    rel(
        "relApplicationToBusinessCapability",
        "relBusinessCapabilityToApplication",
        Some("Application"),
        Some("BusinessCapability"),
    ),
    rel(
        "relApplicationToUserGroup",
        "relUserGroupToApplication",
        Some("Application"),
        Some("UserGroup"),
    ),
    rel(
        "relApplicationToProcess",
        "relProcessToApplication",
        Some("Application"),
        Some("Process"),
    ),
    rel(
        "relApplicationToDataObject",
        "relDataObjectToApplication",
        Some("Application"),
        Some("DataObject"),
    ),
    rel(
        "relApplicationToProject",
        "relProjectToApplication",
        Some("Application"),
        Some("Project"),
    ),
    rel(
        "relProviderApplicationToInterface",
        "relInterfaceToProviderApplication",
        Some("Application"),
        Some("Interface"),
    ),
    rel(
        "relConsumerApplicationToInterface",
        "relInterfaceToConsumerApplication",
        Some("Application"),
        Some("Interface"),
    ),
    rel(
        "relInterfaceToDataObject",
        "relDataObjectToInterface",
        Some("Interface"),
        Some("DataObject"),
    ),
    rel(
        "relInterfaceToITComponent",
        "relITComponentToInterface",
        Some("Interface"),
        Some("ITComponent"),
    ),
    rel(
        "relITComponentToProvider",
        "relProviderToITComponent",
        Some("ITComponent"),
        Some("Provider"),
    ),
    rel(
        "relITComponentToTechnologyStack",
        "relTechnologyStackToITComponent",
        Some("ITComponent"),
        Some("TechnicalStack"),
    ),
    rel(
        "relProjectToBusinessCapability",
        "relBusinessCapabilityToProject",
        Some("Project"),
        Some("BusinessCapability"),
    ),
    rel(
        "relProjectToUserGroup",
        "relUserGroupToProject",
        Some("Project"),
        Some("UserGroup"),
    ),
    rel(
        "relProjectToProvider",
        "relProviderToProject",
        Some("Project"),
        Some("Provider"),
    ),
    rel(
        "relProjectToITComponent",
        "relITComponentToProject",
        Some("Project"),
        Some("ITComponent"),
    ),
];

/// The fact-sheet type called `name` (exact, case-sensitive, as LeanIX type keys are).
pub(crate) fn fact_sheet_type(name: &str) -> Option<&'static TypeDef> {
    TYPES.iter().find(|t| t.name == name)
}

/// Names of all fact-sheet types, for messages.
pub(crate) fn type_names() -> Vec<&'static str> {
    TYPES.iter().map(|t| t.name).collect()
}

/// The relation type called `name`, and whether `name` is its reverse name (then `from` and
/// `to` are swapped before it is stored).
pub(crate) fn relation(name: &str) -> Option<(&'static RelationDef, bool)> {
    RELATIONS.iter().find_map(|r| {
        if r.name == name {
            Some((r, false))
        } else if r.reverse == name {
            Some((r, true))
        } else {
            None
        }
    })
}

/// A type-specific field of a fact-sheet type (not name, description, alias, release or
/// lifecycle, which the caller handles).
pub(crate) fn type_field(t: &TypeDef, key: &str) -> Option<FieldDef> {
    t.fields.iter().copied().find(|f| f.key == key)
}

/// A field of a relation type (common or specific).
pub(crate) fn relation_field(r: &RelationDef, key: &str) -> Option<FieldDef> {
    RELATION_COMMON_FIELDS
        .iter()
        .chain(r.fields.iter())
        .copied()
        .find(|f| f.key == key)
}

/// Whether `field` can identify a fact sheet (`identifier.external.type`).
pub(crate) fn is_external_id_field(field: &str) -> bool {
    EXTERNAL_ID_FIELDS.contains(&field)
}

/// The position of a lifecycle phase in [`LIFECYCLE_PHASES`].
pub(crate) fn phase_rank(phase: &str) -> Option<usize> {
    LIFECYCLE_PHASES.iter().position(|p| *p == phase)
}

/// Checks a date and returns its `YYYY-MM-DD` form. An ISO date-time is accepted and cut to its
/// date, as `integration.now` and relation `activeFrom` examples produce those.
pub(crate) fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    let date = match s.get(..10) {
        Some(d) if s.len() == 10 => d,
        Some(d) if matches!(s.as_bytes().get(10), Some(b'T') | Some(b' ')) => d,
        _ => return None,
    };
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .ok()
        .map(|d| d.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relation_lookup_knows_both_names() {
        let (r, rev) = relation("relITComponentToApplication").expect("known");
        assert_eq!(r.name, "relApplicationToITComponent");
        assert!(rev);
        assert!(relation("relNope").is_none());
    }

    #[test]
    fn dates_are_checked_and_cut_to_the_day() {
        assert_eq!(normalize_date("2019-12-12").as_deref(), Some("2019-12-12"));
        assert_eq!(
            normalize_date("2019-08-02T09:03:49+00:00").as_deref(),
            Some("2019-08-02")
        );
        assert_eq!(normalize_date("2019-02-30"), None);
        assert_eq!(normalize_date("12.12.2019"), None);
        assert_eq!(normalize_date("2019-12-1é"), None);
    }
}
