//! Unit tests for `environment.rs`.

use super::*;
use serde_json::json;

fn parse(text: &str, scope: &str) -> Result<VariableFile, LoadError> {
    parse_variable_file(Path::new("e.json"), text, scope)
}

fn summary(vf: &VariableFile) -> Vec<(String, Option<Value>, Option<String>, bool)> {
    vf.scope
        .vars()
        .iter()
        .map(|v| (v.key.clone(), v.value.clone(), v.kind.clone(), v.enabled))
        .collect()
}

#[test]
fn reads_postman_environment_with_any_values() {
    let text = r#"{
        "id": "e-1", "name": "dev",
        "values": [
            {"key": "s", "value": "x", "type": "default", "enabled": true},
            {"key": "n", "value": 5},
            {"key": "b", "value": false, "type": "boolean"},
            {"key": "z", "value": null},
            {"key": "o", "value": {"a": [1]}},
            {"key": "u"}
        ],
        "_postman_variable_scope": "environment",
        "_postman_exported_at": "2024-01-01T00:00:00.000Z"
    }"#;
    let vf = parse(text, "environment").unwrap();
    assert_eq!(vf.id.as_deref(), Some("e-1"));
    assert_eq!(vf.name.as_deref(), Some("dev"));
    assert_eq!(
        vf.raw_extra.keys().collect::<Vec<_>>(),
        ["_postman_variable_scope", "_postman_exported_at"]
    );
    assert_eq!(
        summary(&vf),
        [
            ("s".into(), Some(json!("x")), Some("default".into()), true),
            ("n".into(), Some(json!(5)), None, true),
            ("b".into(), Some(json!(false)), Some("boolean".into()), true),
            ("z".into(), Some(Value::Null), None, true),
            ("o".into(), Some(json!({"a": [1]})), None, true),
            ("u".into(), None, None, true),
        ]
    );
}

#[test]
fn enabled_false_and_disabled_true_both_disable() {
    let text = r#"{"values": [
        {"key": "a", "value": "1", "enabled": false},
        {"key": "b", "value": "2", "disabled": true},
        {"key": "c", "value": "3", "enabled": true, "disabled": false},
        {"key": "d", "value": "4"}
    ]}"#;
    let enabled: Vec<bool> = summary(&parse(text, "environment").unwrap())
        .iter()
        .map(|v| v.3)
        .collect();
    assert_eq!(enabled, [false, false, true, true]);
}

#[test]
fn legacy_globals_array_and_api_wrapper() {
    let vf = parse(
        r#"[{"key": "g", "value": "1", "enabled": false}, {"key": 7, "value": 2}]"#,
        "globals",
    )
    .unwrap();
    assert_eq!(vf.id, None);
    assert_eq!(summary(&vf)[0], ("g".into(), Some(json!("1")), None, false));
    assert_eq!(summary(&vf)[1].0, "7");
    let wrapped = r#"{"environment": {"id": "w", "values": [{"key": "k", "value": "v"}]}}"#;
    let vf = parse(wrapped, "environment").unwrap();
    assert_eq!((vf.id.as_deref(), summary(&vf).len()), (Some("w"), 1));
    let empty = parse(
        r#"{"id": "x", "name": "n", "_postman_variable_scope": "globals"}"#,
        "globals",
    )
    .unwrap();
    assert!(empty.scope.vars().is_empty());
}

#[test]
fn collection_is_not_an_environment() {
    let e = parse(r#"{"info": {"name": "c"}, "item": []}"#, "environment").unwrap_err();
    assert!(matches!(e, LoadError::WrongKind { .. }));
    assert_eq!(
        e.to_string(),
        "e.json: this looks like a Postman collection, not an environment; \
         pass it as the collection (`courier run <collection>`)"
    );
    let e = parse(r#"{"info": {}, "item": []}"#, "globals").unwrap_err();
    assert!(e.to_string().contains("not a globals file"));
}

#[test]
fn other_wrong_kinds() {
    let msg = |t: &str| parse(t, "environment").unwrap_err().to_string();
    assert!(msg(r#"[{"user": "a"}, {"user": "b"}]"#).contains("looks like iteration data"));
    assert!(msg(r#"{"FOO": "bar"}"#).contains("no `values` list (top-level keys: FOO)"));
    assert!(msg("42").contains("found integer `42`"));
    assert!(msg(r#"{"name": "x", "order": [], "requests": []}"#).contains("v1 collection"));
}

#[test]
fn bad_entries_point_at_the_entry() {
    let e = parse(
        "{\"values\": [\n  {\"key\": \"a\"},\n  \"b\"\n]}",
        "environment",
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "e.json:3:3: values[1]: invalid type: string \"b\", expected a variable ({\"key\", \"value\"})"
    );
    let e = parse(r#"{"values": {"a": 1}}"#, "environment").unwrap_err();
    assert!(e
        .to_string()
        .starts_with("e.json:1:12: values: invalid type: object, expected an array"));
    let e = parse(r#"{"values": [{"key": ["a"]}]}"#, "environment").unwrap_err();
    assert!(e.to_string().contains("values[0].key: invalid type: array"));
}

#[test]
fn export_matches_newman_shape() {
    let vf = parse(
        r#"{"id": "e-1", "name": "dev", "extra": 1, "values": [
            {"key": "a", "value": "1", "type": "default"},
            {"key": "b", "value": 2, "type": "number", "enabled": false},
            {"key": "c", "type": "secret"},
            {"key": "d", "value": true, "type": "boolean"}]}"#,
        "environment",
    )
    .unwrap();
    let out = export_variable_file_at(&vf, "environment", "2024-08-20T10:00:00.000Z");
    let expected = json!({
        "id": "e-1",
        "name": "dev",
        "values": [
            {"type": "any", "value": "1", "key": "a"},
            {"disabled": true, "type": "number", "value": 2, "key": "b"},
            {"type": "any", "key": "c"},
            {"type": "boolean", "value": true, "key": "d"}
        ],
        "_postman_variable_scope": "environment",
        "_postman_exported_at": "2024-08-20T10:00:00.000Z",
        "_postman_exported_using": EXPORTED_USING
    });
    assert_eq!(
        serde_json::to_string(&out).unwrap(),
        serde_json::to_string(&expected).unwrap()
    );
}

#[test]
fn export_writes_values_as_postman_stores_them() {
    let vf = parse(
        r#"{"values": [
            {"key": "n", "value": "5", "type": "number"},
            {"key": "s", "type": "String"},
            {"key": "a", "value": [1, 2], "type": "array"},
            {"key": "o", "value": "{\"x\":1}", "type": "object"},
            {"key": "e", "type": "array"}]}"#,
        "environment",
    )
    .unwrap();
    let out = export_variable_file_at(&vf, "environment", "t");
    assert_eq!(
        out["values"],
        json!([
            {"type": "number", "value": 5, "key": "n"},
            {"type": "string", "value": "undefined", "key": "s"},
            {"type": "array", "value": "[1,2]", "key": "a"},
            {"type": "object", "value": "{\"x\":1}", "key": "o"},
            {"type": "array", "key": "e"}
        ])
    );
}

#[test]
fn export_fills_missing_id_and_name() {
    let vf = parse(r#"[{"key": "g", "value": "1"}]"#, "globals").unwrap();
    let out = export_variable_file(&vf, "globals");
    let keys: Vec<&str> = out
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "id",
            "values",
            "name",
            "_postman_variable_scope",
            "_postman_exported_at",
            "_postman_exported_using"
        ]
    );
    assert_eq!(out["name"], "globals");
    assert_eq!(out["id"].as_str().map(str::len), Some(36));
    let at = out["_postman_exported_at"].as_str().unwrap();
    assert!(
        at.len() == 24 && at.ends_with('Z') && at.as_bytes()[10] == b'T',
        "{at}"
    );
    assert!(EXPORTED_USING.starts_with("courier/"));
}

#[test]
fn kv_override_splits_on_first_equals() {
    assert_eq!(
        parse_kv_override("a=b=c"),
        Ok(("a".into(), Some("b=c".into())))
    );
    assert_eq!(
        parse_kv_override("a="),
        Ok(("a".into(), Some(String::new())))
    );
    assert_eq!(parse_kv_override("flag"), Ok(("flag".into(), None)));
    assert_eq!(
        parse_kv_override("x y=1 2"),
        Ok(("x y".into(), Some("1 2".into())))
    );
    assert!(parse_kv_override("=v").is_err());
    assert!(parse_kv_override("").is_err());
}
