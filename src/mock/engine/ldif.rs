//! LDIF validation against the real API's schema: the header keys, `processingDirection`,
//! `processingMode`, the 500-character limits, `customFields`, `chunkInformation` and every
//! `content` item's `{type, id, data}`.
//!
//! Like the real API's JSON binding, scalar header values and content `type`/`id` given as a
//! number or boolean are accepted (they read as text); objects and arrays are not.

use serde_json::Value;

/// At most this many messages are returned for one LDIF.
const MAX_ERRORS: usize = 50;
/// The schema's `maxLength` for the header strings.
const MAX_TEXT: usize = 500;

struct Errors(Vec<String>);

impl Errors {
    fn push(&mut self, msg: String) {
        if self.0.len() < MAX_ERRORS {
            self.0.push(msg);
        } else if self.0.len() == MAX_ERRORS {
            self.0.push("… further errors omitted".into());
        }
    }
}

fn is_scalar_text(v: &Value) -> bool {
    matches!(v, Value::String(_) | Value::Number(_) | Value::Bool(_))
}

fn text_len(v: &Value) -> usize {
    match v {
        Value::String(s) => s.chars().count(),
        other => other.to_string().len(),
    }
}

/// Checks an LDIF; `Err` carries one message per problem (the server answers 400
/// `{"errors": [...]}`).
pub fn validate_ldif(ldif: &Value) -> Result<(), Vec<String>> {
    let mut errors = Errors(Vec::new());
    let Value::Object(m) = ldif else {
        return Err(vec!["the LDIF must be a JSON object".into()]);
    };
    for key in [
        "connectorType",
        "connectorId",
        "connectorVersion",
        "lxVersion",
        "processingDirection",
    ] {
        match m.get(key) {
            None | Some(Value::Null) => errors.push(format!("{key} is required")),
            Some(Value::String(s)) if s.trim().is_empty() => {
                errors.push(format!("{key} must not be empty"))
            }
            Some(v) if !is_scalar_text(v) => errors.push(format!("{key} must be a string")),
            Some(v) if text_len(v) > MAX_TEXT => {
                errors.push(format!("{key} must be at most {MAX_TEXT} characters"))
            }
            Some(_) => {}
        }
    }
    match m.get("processingDirection") {
        Some(Value::String(d)) if !d.trim().is_empty() && d != "inbound" && d != "outbound" => {
            errors.push(format!(
                "processingDirection must be 'inbound' or 'outbound', not '{d}'"
            ))
        }
        _ => {}
    }
    match m.get("processingMode") {
        None | Some(Value::Null) => {}
        Some(Value::String(p)) if p == "partial" || p == "full" => {}
        Some(other) => errors.push(format!(
            "processingMode must be 'partial' or 'full', not {other}"
        )),
    }
    for key in ["description", "lxWorkspace"] {
        match m.get(key) {
            None | Some(Value::Null) => {}
            Some(v) if !is_scalar_text(v) => errors.push(format!("{key} must be a string")),
            Some(v) if key == "description" && text_len(v) > MAX_TEXT => {
                errors.push(format!("description must be at most {MAX_TEXT} characters"))
            }
            Some(_) => {}
        }
    }
    match m.get("customFields") {
        None | Some(Value::Null) | Some(Value::Object(_)) => {}
        Some(_) => errors.push("customFields must be an object".into()),
    }
    check_chunk(m.get("chunkInformation"), &mut errors);
    match m.get("content") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                check_content(i, item, &mut errors);
            }
        }
        Some(_) => errors.push("content must be an array".into()),
    }
    if errors.0.is_empty() {
        Ok(())
    } else {
        Err(errors.0)
    }
}

fn check_chunk(chunk: Option<&Value>, errors: &mut Errors) {
    match chunk {
        None | Some(Value::Null) => {}
        Some(Value::Object(c)) => {
            for key in ["firstDataObject", "lastDataObject", "maxDataObject"] {
                match c.get(key) {
                    None | Some(Value::Null) => {}
                    Some(Value::Number(n)) if n.as_u64().is_some() => {}
                    Some(_) => errors.push(format!(
                        "chunkInformation.{key} must be a non-negative integer"
                    )),
                }
            }
        }
        Some(_) => errors.push("chunkInformation must be an object".into()),
    }
}

fn check_content(i: usize, item: &Value, errors: &mut Errors) {
    let Value::Object(c) = item else {
        errors.push(format!(
            "content[{i}] must be an object with type, id and data"
        ));
        return;
    };
    for key in ["type", "id"] {
        match c.get(key) {
            None | Some(Value::Null) => errors.push(format!("content[{i}].{key} is required")),
            Some(v) if !is_scalar_text(v) => {
                errors.push(format!("content[{i}].{key} must be a string"))
            }
            Some(_) => {}
        }
    }
    match c.get("data") {
        None | Some(Value::Null) => errors.push(format!("content[{i}].data is required")),
        Some(Value::Object(_)) => {}
        Some(_) => errors.push(format!("content[{i}].data must be an object")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn good() -> Value {
        json!({"connectorType": "t", "connectorId": "i", "connectorVersion": "1.0.0",
            "lxVersion": "1.0.0", "processingDirection": "inbound",
            "content": [{"type": "x", "id": "1", "data": {}}]})
    }

    #[test]
    fn a_complete_ldif_is_valid() {
        assert_eq!(validate_ldif(&good()), Ok(()));
        let mut numeric_id = good();
        numeric_id["content"][0]["id"] = json!(42);
        assert_eq!(validate_ldif(&numeric_id), Ok(()));
    }

    #[test]
    fn every_problem_is_named() {
        let errs = validate_ldif(&json!({"processingDirection": "sideways", "processingMode": "all",
            "description": "x".repeat(501), "customFields": [], "chunkInformation": {"firstDataObject": -1},
            "content": [1, {"type": {}, "data": []}]}))
        .expect_err("invalid");
        for needle in [
            "connectorType is required",
            "lxVersion is required",
            "processingDirection must be",
            "processingMode must be",
            "description must be at most",
            "customFields must be",
            "chunkInformation.firstDataObject",
            "content[0] must be",
            "content[1].type must be",
            "content[1].id is required",
            "content[1].data must be",
        ] {
            assert!(
                errs.iter().any(|e| e.contains(needle)),
                "{needle}: {errs:?}"
            );
        }
        assert!(validate_ldif(&json!("text")).is_err());
        let many: Vec<Value> = (0..500).map(|_| json!(1)).collect();
        let mut l = good();
        l["content"] = Value::Array(many);
        assert!(validate_ldif(&l).expect_err("bad").len() <= MAX_ERRORS + 1);
    }
}
