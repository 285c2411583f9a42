//! Huge, deeply nested and malformed input: the engine answers with warnings and never panics
//! or exhausts the stack.

use serde_json::{json, Map, Value};

use super::{config_with, eval, finished, fs_processor, ldif, now, run, run_on};
use crate::mock::engine::{process, validate_ldif, RunStatus, Workspace};

#[test]
fn a_huge_ldif_is_processed_in_one_pass() {
    let content: Vec<Value> = (0..20_000)
        .map(|i| json!({"type": "app", "id": format!("a{i}"), "data": {"name": format!("App {i}"), "tags": ["x", "y"]}}))
        .collect();
    let tags = json!({"processorType": "inboundTag", "run": 1, "filter": {"exactType": "app"},
        "identifier": {"external": {"id": "${content.id}", "type": "externalId"}}, "forEach": "${data.tags}",
        "updates": [{"key": {"expr": "name"}, "values": [{"expr": "${integration.valueOfForEach}"}]}]});
    let (out, ws) = run(
        Value::Array(content),
        json!([fs_processor("Application", "app", 0, json!([])), tags]),
    );
    assert!(finished(&out).is_empty());
    assert_eq!(ws.fact_sheets.len(), 20_000);
    assert_eq!(ws.tags.len(), 2);
    assert_eq!(out.progress["processedContentCount"], 20_000);
}

/// Builds `{"a": [{"a": [ … "leaf" … ]}]}` nested `depth` levels, without recursion.
fn deep(depth: usize) -> Value {
    let mut v = json!("leaf");
    for i in 0..depth {
        v = if i % 2 == 0 {
            Value::Array(vec![v])
        } else {
            Value::Object(Map::from_iter([("a".to_string(), v)]))
        };
    }
    v
}

/// Takes a deep value apart iteratively (dropping it whole would recurse).
fn dismantle(mut v: Value) {
    loop {
        v = match v {
            Value::Array(mut a) => a.pop().unwrap_or(Value::Null),
            Value::Object(mut m) => m.remove("a").unwrap_or(Value::Null),
            _ => break,
        };
    }
}

#[test]
fn deeply_nested_data_does_not_overflow_the_stack() {
    let worker = std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(|| {
            let mut input = ldif(json!([{"type": "app", "id": "a1", "data": {"name": "Deep"}}]));
            input["content"][0]["data"]["a"] = deep(100_000);
            assert_eq!(validate_ldif(&input), Ok(()));
            let p = fs_processor("Application", "app", 0, json!([
                {"key": {"expr": "description"}, "values": [{"expr": "${data}"}]},
                {"key": {"expr": "alias"}, "values": [{"expr": "${integration.toJson(data.a)}"}]},
                {"key": {"expr": "release"}, "values": [{"object": "${data.a}"}]},
                {"key": {"expr": "orderedBy"}, "values": [{"expr": "${data == data}"}]}
            ]));
            let mut looped = fs_processor("Application", "app", 1, json!([]));
            looped["forEach"] = json!("${data.a}");
            looped["variables"] = json!([{"key": "v", "value": "${integration.valueOfForEach}"},
                {"key": "w", "value": "${helper:toList(data)}"}]);
            let export = json!({"processorType": "writeToLdif", "updates": [
                {"key": {"expr": "x"}, "values": [{"expr": "${data.a[0].a[0]}"}]},
                {"key": {"expr": "y"}, "values": [{"expr": "${data.a.toString()}"}]}]});
            let mut ws = Workspace::default();
            let out = process(&input, &[super::config(json!([p, looped, export]))], &mut ws, false, now());
            assert_eq!(out.status, RunStatus::Finished);
            assert!(out.warnings.iter().any(|w| w.message.contains("nested deeper")), "{:?}", out.warnings);
            assert_eq!(ws.find_fact_sheets(Some("Application"), Some("a1")).len(), 1);
            dismantle(input["content"][0]["data"]["a"].take());
            let deep_expr = format!("${{{}1{}}}", "(".repeat(100_000), ")".repeat(100_000));
            assert!(eval(&deep_expr, json!({})).is_err());
        })
        .expect("thread starts");
    assert!(worker.join().is_ok(), "no stack overflow");
}

#[test]
fn malformed_configurations_and_values_never_panic() {
    let ident = json!({"external": {"id": "${content.id}", "type": "externalId"}});
    let processors = json!([
        1, "x", null, [], {}, {"processorType": 5}, {"processorType": "inboundFactSheet"},
        {"processorType": "inboundFactSheet", "type": 5, "identifier": ident},
        {"processorType": "inboundFactSheet", "type": "Application", "identifier": "str"},
        {"processorType": "inboundFactSheet", "type": "Application", "identifier": {"external": {"id": {}, "type": []}}},
        {"processorType": "inboundFactSheet", "type": "Application", "identifier": {"external": 3}},
        {"processorType": "inboundFactSheet", "type": "Application", "identifier": {"internal": "${content.id}"}},
        {"processorType": "inboundFactSheet", "type": "Application", "identifier": ident, "updates": {"not": "array"}},
        {"processorType": "inboundFactSheet", "type": "Application", "identifier": ident, "updates": [
            1, {"key": 5}, {"key": {"expr": "name"}, "values": "x"},
            {"key": {"expr": "name"}, "op": "explode", "values": [1, {"map": 5}, {"map": [{"key": 1}]}, {"object": "${data}"},
                {"expr": "${data.name}", "regexMatch": "(", "regexReplace": 7}, {"expr": "n${content.id}"}]},
            {"key": {"expr": "lifecycle"}, "values": [{"map": [{"key": "phase", "value": "active"}, {"key": "startDate", "value": "x"}]}]},
            {"key": {"expr": "lifecycle"}, "values": ["${data}"]},
            {"key": {"expr": "dataClassification"}, "values": [{"expr": "public"}]},
            {"key": {"expr": "${data.list}"}, "values": [{"expr": "x"}], "forEach": {"elementOf": 5}},
            {"key": {"expr": "externalId"}, "values": [{"expr": "${data.list}"}]}
        ]},
        {"processorType": "inboundRelation"},
        {"processorType": "inboundRelation", "type": "relToParent", "from": {"internal": "${nope}"}, "to": {}},
        {"processorType": "inboundRelation", "type": "relApplicationToITComponent", "from": ident, "to": {"search": {"scope": 5}}},
        {"processorType": "inboundTag", "factSheets": 3, "updates": []},
        {"processorType": "inboundTag", "factSheets": {"internal": "${data.list}"}, "updates": [{"key": {"expr": "name"}, "values": [{"expr": "t"}]}]},
        {"processorType": "inboundTag", "identifier": {"search": {"scope": {"facetFilters": [{"facetKey": "Owner"}]}}}},
        {"processorType": "inboundTag", "mode": "delete", "updates": [{"key": {"expr": "group.name"}, "values": [{"expr": "nope"}]}]},
        {"processorType": "variableProcessor", "variables": [1, {"key": 2}, {"key": "${data}", "value": "${data}"}]},
        {"processorType": "inboundFactSheet", "run": -1, "mode": "explode", "filter": {"type": "("}},
        {"processorType": "inboundFactSheet", "run": "soon", "filter": 7, "forEach": 5, "type": "Application", "identifier": ident},
        {"processorType": "writeToLdif", "filter": {"advanced": "${data.list}"}, "forEach": "[1, 2"},
        {"processorType": "inboundFactSheet", "type": "${data.list[0]}", "identifier": ident, "forEach": "${data.map}",
         "filter": {"advanced": "${integration.contentIndex == integration.maxContentIndex}"}}
    ]);
    let content = json!([
        {"type": 5, "id": 7, "data": {"name": "N", "list": [1, [2], {"x": null}], "map": {"": null}}},
        {"type": "é", "id": "ü", "data": {}}
    ]);
    let cfg = config_with(json!({"processors": processors, "processingMode": "full",
        "deletionScope": {"factSheets": [{"scope": 5}, {"scope": {"ids": [1]}}], "relations": [{"relationTypes": [1]}], "tags": []}}));
    let mut input = ldif(content);
    input["processingMode"] = json!("full");
    let mut ws = Workspace::default();
    let out = process(&input, &[cfg], &mut ws, false, now());
    assert_eq!(out.status, RunStatus::Finished);
    assert!(out.warnings.len() > 20, "{:?}", out.warnings);
    let again = run_on(
        &mut ws,
        json!([{"type": "x", "id": "1", "data": {}}]),
        json!([{"processorType": "inboundFactSheet"}]),
    );
    assert_eq!(again.status, RunStatus::Finished);
}

#[test]
fn random_expressions_never_panic() {
    let alphabet: Vec<char> = "${}#()[].,'\"\\!&|=<>?:+-*/% abnt01eé:_".chars().collect();
    let words = [
        "data",
        "content",
        "integration",
        "empty",
        "not",
        "and",
        "helper:toList(",
        "trim()",
        "split(','",
        ".size()",
        "null",
        "variables",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let data = json!({"a": [1, "2", {"b": null}], "s": "x,y", "n": 3});
    for _ in 0..4_000 {
        let len = (next() % 30) as usize;
        let mut src = String::from("${");
        for _ in 0..len {
            if next() % 5 == 0 {
                src.push_str(words[(next() % words.len() as u64) as usize]);
            } else {
                src.push(alphabet[(next() % alphabet.len() as u64) as usize]);
            }
        }
        if next() % 2 == 0 {
            src.push('}');
        }
        let _ = eval(&src, data.clone());
    }
}
