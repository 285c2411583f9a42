//! Processor configurations: reading one (`{connectorType, …, processors: […], variables?,
//! deletionScope?, …}`) and binding an LDIF to the configurations that match it.
//!
//! A configuration without connector keys (the seed's processor file is just
//! `{processors, variables}`) is accepted: each missing key matches any value. When several
//! configurations match an LDIF, only the most specific ones (most keys given) are used.

use serde_json::{Map, Value};

/// A processor configuration document, as PUT or loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorConfig {
    /// `None`: not given, matches any LDIF.
    pub connector_type: Option<String>,
    pub connector_id: Option<String>,
    pub connector_version: Option<String>,
    /// `inbound` (the default) or `outbound`.
    pub processing_direction: String,
    /// `partial` or `full`; `None`: not given, matches either.
    pub processing_mode: Option<String>,
    /// The processors, as given; each is checked when a run uses it, so one bad processor
    /// becomes a warning instead of a refused configuration.
    pub processors: Vec<Value>,
    /// Configuration-level variables: default values for `${variables.x}`.
    pub variables: Map<String, Value>,
    /// `deletionScope` (used in `full` mode).
    pub deletion_scope: Option<Value>,
    /// The document as given (every other key is kept for [`ProcessorConfig::to_json`]).
    pub raw: Value,
}

/// The connector keys of an LDIF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LdifKeys {
    pub connector_type: String,
    pub connector_id: String,
    pub connector_version: String,
    pub processing_direction: String,
    pub processing_mode: String,
}

fn opt_string(v: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!("{key} must be a string, not {other}")),
    }
}

impl ProcessorConfig {
    /// Reads a configuration. Errors (for a 400): not an object, a key that is not a string,
    /// an unknown direction or mode, `processors` not an array, `variables` not an object.
    pub fn from_json(v: &Value) -> Result<Self, String> {
        let Value::Object(m) = v else {
            return Err("a processor configuration must be a JSON object".into());
        };
        let processing_direction =
            opt_string(m, "processingDirection")?.unwrap_or_else(|| "inbound".into());
        if !matches!(processing_direction.as_str(), "inbound" | "outbound") {
            return Err(format!(
                "processingDirection must be inbound or outbound, not {processing_direction:?}"
            ));
        }
        let processing_mode = opt_string(m, "processingMode")?;
        if let Some(mode) = &processing_mode {
            if !matches!(mode.as_str(), "partial" | "full") {
                return Err(format!(
                    "processingMode must be partial or full, not {mode:?}"
                ));
            }
        }
        let processors = match m.get("processors") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(a)) => a.clone(),
            Some(_) => return Err("processors must be an array".into()),
        };
        let variables = match m.get("variables") {
            None | Some(Value::Null) => Map::new(),
            Some(Value::Object(o)) => o.clone(),
            Some(_) => return Err("variables must be an object".into()),
        };
        let deletion_scope = match m.get("deletionScope") {
            None | Some(Value::Null) => None,
            Some(d @ Value::Object(_)) => Some(d.clone()),
            Some(_) => return Err("deletionScope must be an object".into()),
        };
        Ok(ProcessorConfig {
            connector_type: opt_string(m, "connectorType")?,
            connector_id: opt_string(m, "connectorId")?,
            connector_version: opt_string(m, "connectorVersion")?,
            processing_direction,
            processing_mode,
            processors,
            variables,
            deletion_scope,
            raw: v.clone(),
        })
    }

    /// The configuration as JSON: the document as given, with the fields of this struct
    /// written over it.
    pub fn to_json(&self) -> Value {
        let mut m = match &self.raw {
            Value::Object(m) => m.clone(),
            _ => Map::new(),
        };
        let mut put = |k: &str, v: Option<&String>| {
            match v {
                Some(s) => m.insert(k.to_string(), Value::String(s.clone())),
                None => m.remove(k),
            };
        };
        put("connectorType", self.connector_type.as_ref());
        put("connectorId", self.connector_id.as_ref());
        put("connectorVersion", self.connector_version.as_ref());
        put("processingDirection", Some(&self.processing_direction));
        put("processingMode", self.processing_mode.as_ref());
        m.insert("processors".into(), Value::Array(self.processors.clone()));
        m.insert("variables".into(), Value::Object(self.variables.clone()));
        match &self.deletion_scope {
            Some(d) => m.insert("deletionScope".into(), d.clone()),
            None => m.remove("deletionScope"),
        };
        Value::Object(m)
    }

    /// The connector keys this configuration lacks (the real API requires all four).
    pub fn missing_keys(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.connector_type.is_none() {
            out.push("connectorType");
        }
        if self.connector_id.is_none() {
            out.push("connectorId");
        }
        if self.connector_version.is_none() {
            out.push("connectorVersion");
        }
        out
    }

    /// How many keys matched, or `None` when a given key differs from the LDIF's.
    pub(crate) fn specificity(&self, keys: &LdifKeys) -> Option<usize> {
        if self.processing_direction != keys.processing_direction {
            return None;
        }
        let pairs = [
            (&self.connector_type, &keys.connector_type),
            (&self.connector_id, &keys.connector_id),
            (&self.connector_version, &keys.connector_version),
            (&self.processing_mode, &keys.processing_mode),
        ];
        let mut score = 0;
        for (mine, theirs) in pairs {
            match mine {
                Some(m) if m == theirs => score += 1,
                Some(_) => return None,
                None => {}
            }
        }
        Some(score)
    }
}

impl LdifKeys {
    /// The keys of a validated LDIF (missing ones are empty; `processingMode` defaults to
    /// `partial`).
    pub fn of(ldif: &Value) -> Self {
        let get = |k: &str| -> String {
            match ldif.get(k) {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Null) | None => String::new(),
                Some(other) => other.to_string(),
            }
        };
        let mode = get("processingMode");
        LdifKeys {
            connector_type: get("connectorType"),
            connector_id: get("connectorId"),
            connector_version: get("connectorVersion"),
            processing_direction: get("processingDirection"),
            processing_mode: if mode.is_empty() {
                "partial".into()
            } else {
                mode
            },
        }
    }

    pub fn label(&self) -> String {
        format!(
            "connectorType '{}', connectorId '{}', connectorVersion '{}', processingDirection '{}', processingMode '{}'",
            self.connector_type,
            self.connector_id,
            self.connector_version,
            self.processing_direction,
            self.processing_mode
        )
    }
}

/// The configurations an LDIF binds to: the matching ones with the most keys given, in the
/// order stored.
pub(crate) fn select<'c>(
    configs: &'c [ProcessorConfig],
    keys: &LdifKeys,
) -> Vec<&'c ProcessorConfig> {
    let scored: Vec<(usize, &ProcessorConfig)> = configs
        .iter()
        .filter_map(|c| c.specificity(keys).map(|s| (s, c)))
        .collect();
    let Some(best) = scored.iter().map(|(s, _)| *s).max() else {
        return Vec::new();
    };
    scored
        .into_iter()
        .filter(|(s, _)| *s == best)
        .map(|(_, c)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn keys(t: &str, mode: &str) -> LdifKeys {
        LdifKeys::of(&json!({
            "connectorType": t, "connectorId": "i", "connectorVersion": "1.0.0",
            "processingDirection": "inbound", "processingMode": mode
        }))
    }

    #[test]
    fn configs_round_trip_and_reject_bad_shapes() {
        let doc = json!({"connectorType": "t", "connectorId": "i", "connectorVersion": "1",
            "processingDirection": "inbound", "processors": [], "variables": {"a": 1}, "extra": true});
        let c = ProcessorConfig::from_json(&doc).expect("valid");
        assert_eq!(c.to_json(), doc);
        assert!(c.missing_keys().is_empty());
        assert!(ProcessorConfig::from_json(&json!([])).is_err());
        assert!(ProcessorConfig::from_json(&json!({"processors": {}})).is_err());
        assert!(ProcessorConfig::from_json(&json!({"processingDirection": "sideways"})).is_err());
        assert!(ProcessorConfig::from_json(&json!({"connectorId": 5})).is_err());
        let seed =
            ProcessorConfig::from_json(&json!({"processors": [], "variables": {}})).expect("seed");
        assert_eq!(seed.missing_keys().len(), 3);
    }

    #[test]
    fn the_most_specific_matching_configs_win() {
        let exact = ProcessorConfig::from_json(&json!({"connectorType": "t", "connectorId": "i",
            "connectorVersion": "1.0.0", "processingDirection": "inbound"}))
        .expect("c");
        let wildcard = ProcessorConfig::from_json(&json!({"processors": []})).expect("c");
        let other = ProcessorConfig::from_json(&json!({"connectorType": "x"})).expect("c");
        let all = vec![wildcard.clone(), exact.clone(), other];
        assert_eq!(select(&all, &keys("t", "partial")), vec![&exact]);
        assert_eq!(select(&all, &keys("u", "full")), vec![&wildcard]);
        let full_only =
            ProcessorConfig::from_json(&json!({"connectorType": "t", "processingMode": "full"}))
                .expect("c");
        assert!(select(&[full_only], &keys("t", "partial")).is_empty());
    }
}
