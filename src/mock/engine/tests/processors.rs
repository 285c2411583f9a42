//! Matching, ordering, updates, forEach, variables, regexes, deletion and the warnings of the
//! inbound fact-sheet processor.

use serde_json::json;

use super::{config_with, finished, fs_processor, has, ldif, now, run, run_on};
use crate::mock::engine::{process, Workspace};

#[test]
fn content_no_processor_matches_gets_a_warning() {
    let (out, ws) = run(
        json!([{"type": "Deployment", "id": "d1", "data": {"name": "A"}},
               {"type": "Unknown", "id": "u1", "data": {}}]),
        json!([fs_processor("Application", "Deployment", 0, json!([]))]),
    );
    let msgs = finished(&out);
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    assert!(msgs[0].contains("No processor matched the content of type 'Unknown' with id 'u1'"));
    assert_eq!(out.warnings[0].content.as_deref(), Some("u1"));
    assert_eq!(out.warnings[0].processor, None);
    assert_eq!(
        ws.find_fact_sheets(Some("Application"), Some("d1")).len(),
        1
    );
}

#[test]
fn unknown_fields_types_and_invalid_values_get_warnings() {
    let (out, ws) = run(
        json!([{"type": "prj", "id": "p1", "data": {"name": "P", "risk": "extreme"}}]),
        json!([
            fs_processor("Project", "prj", 0, json!([
                {"key": {"expr": "costCenter"}, "values": [{"expr": "42"}]},
                {"key": {"expr": "projectRisk"}, "values": [{"expr": "${data.risk}"}]},
                {"key": {"expr": "lifecycle.retired"}, "values": [{"expr": "2020-01-01"}]},
                {"key": {"expr": "lifecycle.plan"}, "values": [{"expr": "01.01.2020"}]},
                {"key": {"expr": "budgetOpEx"}, "values": [{"expr": "1500.5"}]},
                {"key": {"expr": "alias"}, "values": [{"expr": "${data.missing}"}]},
                {"key": {"expr": "release"}, "optional": true, "values": [{"expr": "${data.missing}"}]}
            ])),
            {"processorType": "inboundFactSheet", "processorName": "Ships", "type": "Spaceship",
             "identifier": {"external": {"id": "${content.id}", "type": "externalId"}},
             "updates": [{"key": {"expr": "name"}, "values": [{"expr": "x"}]}]}
        ]),
    );
    let msgs = finished(&out);
    assert!(
        has(
            &msgs,
            "Field 'costCenter' does not exist on fact sheet type 'Project'"
        ),
        "{msgs:?}"
    );
    assert!(
        has(&msgs, "'extreme' is not a valid value for 'projectRisk'"),
        "{msgs:?}"
    );
    assert!(
        has(&msgs, "Field 'lifecycle.retired' does not exist"),
        "{msgs:?}"
    );
    assert!(has(&msgs, "'01.01.2020' is not a date"), "{msgs:?}");
    assert!(has(&msgs, "No value for 'alias'"), "{msgs:?}");
    assert!(
        !has(&msgs, "No value for 'release'"),
        "optional suppresses it"
    );
    assert!(
        has(
            &msgs,
            "Fact sheet type 'Spaceship' does not exist in the data model"
        ),
        "{msgs:?}"
    );
    assert_eq!(msgs.len(), 6, "{msgs:?}");
    let unknown = out
        .warnings
        .iter()
        .find(|w| w.message.contains("costCenter"))
        .expect("w");
    assert_eq!(unknown.category, "DATA_MODEL");
    assert_eq!(unknown.processor.as_ref().map(|p| p.index), Some(0));
    let ship = out
        .warnings
        .iter()
        .find(|w| w.message.contains("Spaceship"))
        .expect("w");
    assert_eq!(
        ship.processor.as_ref().and_then(|p| p.name.as_deref()),
        Some("Ships")
    );
    let p = &ws.find_fact_sheets(Some("Project"), Some("p1"))[0];
    assert_eq!(p.fields.get("budgetOpEx"), Some(&json!(1500.5)));
    assert_eq!(p.fields.get("projectRisk"), None);
}

#[test]
fn processors_run_by_ascending_run_and_disabled_ones_are_skipped() {
    // Listed first but run 1: it reads the fact sheet the run-0 processor creates.
    let reader = json!({
        "processorType": "inboundFactSheet", "processorName": "Describe", "type": "Application",
        "run": 1, "filter": {"type": "app"},
        "identifier": {"external": {"id": {"expr": "${content.id}"}, "type": {"expr": "externalId"}}},
        "updates": [{"key": {"expr": "description"}, "values": [{"expr": "was ${lx.factsheet.name}"}]}]
    });
    let disabled = json!({"processorType": "inboundFactSheet", "enabled": false, "type": "Nope",
        "identifier": {"external": {"id": "${content.id}", "type": "externalId"}}});
    let (out, ws) = run(
        json!([{"type": "app", "id": "a1", "data": {"name": "First"}}]),
        json!([
            reader,
            disabled,
            fs_processor("Application", "app", 0, json!([]))
        ]),
    );
    assert!(finished(&out).is_empty(), "{:?}", out.warnings);
    let app = &ws.find_fact_sheets(Some("Application"), Some("a1"))[0];
    assert_eq!(app.description.as_deref(), Some("was First"));
    let levels = out.stats["singleRunLevelStatistics"]
        .as_array()
        .expect("levels");
    assert_eq!(levels.len(), 2);
    assert_eq!(
        out.stats["processorStatistics"].as_array().map(Vec::len),
        Some(2)
    );
}

#[test]
fn filters_select_by_type_regex_exact_type_id_and_advanced() {
    let content = json!([
        {"type": "prj", "id": "A-1", "data": {"name": "one"}},
        {"type": "subp", "id": "B-2", "data": {"name": "two"}},
        {"type": "subproject", "id": "A-3", "data": {"name": "three"}}
    ]);
    let mk = |name: &str, filter: serde_json::Value| {
        json!({"processorType": "variableProcessor", "processorName": name, "filter": filter,
               "variables": [{"key": name, "value": "${content.id}"}]})
    };
    let collect = json!({"processorType": "inboundFactSheet", "type": "Project", "run": 1,
    "filter": {"advanced": "${integration.contentIndex == 0}"},
    "identifier": {"external": {"id": "${content.id}", "type": "externalId"}},
    "updates": [
        {"key": {"expr": "name"}, "values": [{"expr": "summary"}]},
        {"key": {"expr": "description"}, "values": [{"expr":
            "${variables.regex.join(',')}|${variables.exact.join(',')}|${variables.id.join(',')}|${variables.adv.join(',')}"}]}
    ]});
    let (out, ws) = run(
        content,
        json!([
            mk("regex", json!({"type": "prj|subp"})),
            mk("exact", json!({"exactType": "subproject"})),
            mk("id", json!({"id": "A-.*"})),
            mk("adv", json!({"advanced": "${data.name.startsWith('t')}"})),
            collect
        ]),
    );
    assert!(finished(&out).is_empty(), "{:?}", out.warnings);
    let p = &ws.find_fact_sheets(Some("Project"), Some("A-1"))[0];
    assert_eq!(
        p.description.as_deref(),
        Some("A-1,B-2|A-3|A-1,A-3|B-2,A-3")
    );
}

#[test]
fn for_each_iterates_lists_and_maps_and_variables_are_read_back() {
    let collect = json!({
        "processorType": "variableProcessor", "processorName": "Collect", "run": 0,
        "filter": {"exactType": "Deployment"}, "forEach": "${data.myMap}",
        "variables": [
            {"key": "pairs", "value": "${integration.keyOfForEach}=${integration.valueOfForEach}"},
            {"key": "idx_${integration.indexOfForEach}", "value": "${content.id}"}
        ]
    });
    let list = json!({
        "processorType": "inboundFactSheet", "processorName": "Components", "type": "ITComponent",
        "run": 0, "filter": {"exactType": "Deployment"}, "forEach": "${data.myList}",
        "identifier": {"external": {"id": "${integration.valueOfForEach}", "type": "externalId"}},
        "updates": [{"key": {"expr": "name"}, "values": [{"expr": "${integration.valueOfForEach.toUpperCase()} #${integration.indexOfForEach}"}]}]
    });
    let summary = fs_processor(
        "Application",
        "Deployment",
        1,
        json!([
            {"key": {"expr": "description"}, "values": [{"expr":
                "${variables.pairs.join(';')} n=${variables.pairs.size()} idx=${variables['idx_-1'].count()} d=${variables.greeting}"}]}
        ]),
    );
    let content = json!([{"type": "Deployment", "id": "d1", "data": {
        "name": "HR Service", "myList": ["lValue1", "lValue2"], "myMap": {"key1": "value1", "key2": "value2"}}}]);
    let cfg = config_with(
        json!({"processors": [collect, list, summary], "variables": {"greeting": "hi"}}),
    );
    let mut ws = Workspace::default();
    let out = process(&ldif(content), &[cfg], &mut ws, false, now());
    assert!(finished(&out).is_empty(), "{:?}", out.warnings);
    let app = &ws.find_fact_sheets(Some("Application"), Some("d1"))[0];
    assert_eq!(
        app.description.as_deref(),
        Some("key1=value1;key2=value2 n=2 idx=2 d=hi")
    );
    let names: Vec<&str> = ws
        .find_fact_sheets(Some("ITComponent"), None)
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(names, vec!["LVALUE1 #0", "LVALUE2 #1"]);
}

#[test]
fn regex_replace_and_regex_match_shape_ids_keys_and_values() {
    let p = json!({
        "processorType": "inboundFactSheet", "processorName": "Create IT Components", "type": "ITComponent",
        "filter": {"exactType": "ITComponent"},
        "identifier": {"external": {"id": {"expr": "${content.id.replaceAll('/','_')}",
            "regexReplace": {"match": "^(.*)$", "replace": "itc-$1"}}, "type": {"expr": "externalId"}}},
        "updates": [
            {"key": {"expr": "name"}, "values": [{"expr": "${data.name}", "regexReplace": {"match": "\\s+", "replace": " "}}]},
            {"key": {"expr": "category"}, "values": [
                {"expr": "${data.category}", "regexMatch": "(cloud_service)", "regexReplace": {"match": "^.*$", "replace": "cloudService"}},
                {"expr": "${data.category}", "regexMatch": "(sample_software)", "regexReplace": {"match": "^.*$", "replace": "software"}}
            ]},
            {"key": {"expr": "DESCRIPTION", "regexReplace": {"match": "^.*$", "replace": "description"}},
             "values": [{"expr": "${data.missing}"}, {"expr": "fallback"}]}
        ]
    });
    let (out, ws) = run(
        json!([{"type": "ITComponent", "id": "a/b/c", "data": {"name": "Big   Cloud", "category": "sample_software"}}]),
        json!([p]),
    );
    assert!(finished(&out).is_empty(), "{:?}", out.warnings);
    let itc = &ws.find_fact_sheets(Some("ITComponent"), Some("itc-a_b_c"))[0];
    assert_eq!(itc.name, "Big Cloud");
    assert_eq!(itc.fields.get("category"), Some(&json!("software")));
    assert_eq!(itc.description.as_deref(), Some("fallback"));
}

#[test]
fn update_level_for_each_writes_a_dynamic_set_of_fields() {
    let p = json!({
        "processorType": "inboundFactSheet", "type": "Application", "filter": {"exactType": "Deployment"},
        "identifier": {"external": {"id": {"expr": "${content.id}"}, "type": {"expr": "externalId"}}},
        "updates": [{"key": {"expr": "${integration.updates.keyOfForEach}"},
            "values": [{"expr": "${integration.updates.valueOfForEach}"}],
            "forEach": {"elementOf": "${data}", "filter": "${integration.updates.valueOfForEach != 'toBeFiltered'}"}}]
    });
    let (out, ws) = run(
        json!([{"type": "Deployment", "id": "d1", "data": {"name": "HR Service", "version": "toBeFiltered", "description": "test description"}}]),
        json!([p]),
    );
    assert!(finished(&out).is_empty(), "{:?}", out.warnings);
    let app = &ws.find_fact_sheets(Some("Application"), Some("d1"))[0];
    assert_eq!(
        (app.name.as_str(), app.description.as_deref()),
        ("HR Service", Some("test description"))
    );
    assert!(app.fields.get("version").is_none());
}

#[test]
fn unknown_processor_types_and_syntax_errors_become_warnings() {
    let (out, ws) = run(
        json!([{"type": "app", "id": "a1", "data": {"name": "A"}}, {"type": "app", "id": "a2", "data": {"name": "B"}}]),
        json!([
            {"processorType": "inboundTeleporter", "processorName": "Beam"},
            {"processorType": "inboundDocument", "processorName": "Docs", "filter": {"exactType": "app"}},
            fs_processor("Application", "app", 0, json!([
                {"key": {"expr": "description"}, "values": [{"expr": "${data.name +}"}]}
            ]))
        ]),
    );
    let msgs = finished(&out);
    assert!(
        has(&msgs, "Unknown processor type 'inboundTeleporter'"),
        "{msgs:?}"
    );
    assert!(
        has(&msgs, "Processor type 'inboundDocument' is not emulated"),
        "{msgs:?}"
    );
    let syntax: Vec<_> = out
        .warnings
        .iter()
        .filter(|w| w.message.starts_with("Syntax error"))
        .collect();
    assert_eq!(
        syntax.len(),
        1,
        "reported once per processor and expression: {msgs:?}"
    );
    assert_eq!(syntax[0].detail.as_deref(), Some("${data.name +}"));
    assert_eq!(syntax[0].status, "ERROR");
    let beam = out
        .warnings
        .iter()
        .find(|w| w.message.contains("Teleporter"))
        .expect("w");
    assert_eq!(
        beam.processor
            .as_ref()
            .map(|p| (p.name.as_deref(), p.index)),
        Some((Some("Beam"), 0))
    );
    assert_eq!(ws.find_fact_sheets(Some("Application"), None).len(), 2);
}

#[test]
fn a_failing_expression_warning_names_the_expression_and_the_error() {
    let (out, ws) = run(
        json!([{"type": "app", "id": "a1", "data": {"name": "A"}}]),
        json!([fs_processor(
            "Application",
            "app",
            0,
            json!([
                {"key": {"expr": "description"}, "values": [{"expr": "${data.missing.trim()}"}]},
                {"key": {"expr": "alias"}, "values": [{"expr": "${nothing.here}"}]}
            ])
        )]),
    );
    let msgs = finished(&out);
    let w = out
        .warnings
        .iter()
        .find(|w| w.message.contains("data.missing.trim()"))
        .expect("warned");
    assert!(
        w.message
            .contains("failed: cannot call method 'trim' on null"),
        "{}",
        w.message
    );
    assert_eq!(w.detail.as_deref(), Some("${data.missing.trim()}"));
    assert_eq!(w.content.as_deref(), Some("a1"));
    assert!(
        has(&msgs, "cannot resolve identifier 'nothing'"),
        "{msgs:?}"
    );
    assert_eq!(ws.fact_sheets.len(), 1, "the fact sheet is still written");
}

#[test]
fn delete_mode_archives_fact_sheets() {
    let mut ws = Workspace::default();
    let content = json!([{"type": "app", "id": "a1", "data": {"name": "A"}}, {"type": "app", "id": "a2", "data": {"name": "B"}}]);
    run_on(
        &mut ws,
        content,
        json!([fs_processor("Application", "app", 0, json!([]))]),
    );
    let mut del = fs_processor("Application", "gone", 0, json!([]));
    del["mode"] = json!("delete");
    let out = run_on(
        &mut ws,
        json!([{"type": "gone", "id": "a1", "data": {}}, {"type": "gone", "id": "zz", "data": {}}]),
        json!([del]),
    );
    let msgs = finished(&out);
    assert!(
        has(
            &msgs,
            "No Application has externalId 'zz'; nothing was deleted"
        ),
        "{msgs:?}"
    );
    let live: Vec<&str> = ws
        .find_fact_sheets(None, None)
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(live, vec!["B"]);
    assert_eq!(
        ws.fact_sheets
            .iter()
            .find(|f| f.name == "A")
            .map(|f| f.status.as_str()),
        Some("ARCHIVED")
    );
}

#[test]
fn full_mode_deletion_scope_archives_untouched_fact_sheets() {
    let mut ws = Workspace::default();
    let all = json!([{"type": "app", "id": "a1", "data": {"name": "A"}}, {"type": "app", "id": "a2", "data": {"name": "B"}},
                     {"type": "prj", "id": "p1", "data": {"name": "P"}}]);
    run_on(
        &mut ws,
        all,
        json!([
            fs_processor("Application", "app", 0, json!([])),
            fs_processor("Project", "prj", 0, json!([]))
        ]),
    );
    let scope = json!({"factSheets": [{"scope": {"ids": [], "facetFilters": [
        {"facetKey": "FactSheetTypes", "keys": ["Application"], "operator": "OR"}]}}]});
    let cfg = config_with(json!({"processingMode": "full", "deletionScope": scope,
        "processors": [fs_processor("Application", "app", 0, json!([]))]}));
    let mut full = ldif(json!([{"type": "app", "id": "a2", "data": {"name": "B"}}]));
    full["processingMode"] = json!("full");
    let mut strict = cfg.clone();
    strict.deletion_scope = Some(
        json!({"maximumDeletionRatio": {"factSheets": 10}, "factSheets": scope["factSheets"]}),
    );
    let refused = process(&full, &[strict], &mut ws, false, now());
    assert!(has(&finished(&refused), "exceeds maximumDeletionRatio"));
    assert_eq!(ws.find_fact_sheets(None, None).len(), 3);
    let out = process(&full, &[cfg], &mut ws, false, now());
    assert!(finished(&out).is_empty(), "{:?}", out.warnings);
    let live: Vec<&str> = ws
        .find_fact_sheets(None, None)
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(live, vec!["B", "P"]);
    assert_eq!(out.stats["deletedObjects"][0]["name"], "A");
}

#[test]
fn search_identifier_and_write_to_ldif_work_on_existing_fact_sheets() {
    let mut ws = Workspace::default();
    run_on(
        &mut ws,
        json!([{"type": "app", "id": "a1", "data": {"name": "Alpha"}}, {"type": "app", "id": "a2", "data": {"name": "Beta"}}]),
        json!([fs_processor("Application", "app", 0, json!([]))]),
    );
    let search = json!({"processorType": "inboundFactSheet", "type": "Application",
        "filter": {"advanced": "${integration.contentIndex == 0}"},
        "identifier": {"search": {"scope": {"facetFilters": [{"facetKey": "FactSheetTypes", "keys": ["Application"]}]},
            "filter": "${lx.factsheet.name == data.target}"}},
        "updates": [{"key": {"expr": "businessCriticality"}, "values": [{"expr": "missionCritical"}]}]});
    let export = json!({"processorType": "writeToLdif", "updates": [
        {"key": {"expr": "shout"}, "values": [{"expr": "${data.target.toUpperCase()}"}]}]});
    let out = run_on(
        &mut ws,
        json!([{"type": "x", "id": "s1", "data": {"target": "Beta"}}]),
        json!([search, export]),
    );
    assert!(finished(&out).is_empty(), "{:?}", out.warnings);
    let beta = &ws.find_fact_sheets(None, Some("a2"))[0];
    assert_eq!(
        beta.fields.get("businessCriticality"),
        Some(&json!("missionCritical"))
    );
    assert!(ws.find_fact_sheets(None, Some("a1"))[0].fields.is_empty());
    let results = out.results.expect("writeToLdif gives results");
    assert_eq!(results["connectorId"], "courierTest");
    assert_eq!(
        results["content"],
        json!([{"type": "x", "id": "s1", "data": {"shout": "BETA"}}])
    );
}

#[test]
fn outbound_runs_export_the_workspace() {
    let mut ws = Workspace::default();
    run_on(
        &mut ws,
        json!([{"type": "app", "id": "a1", "data": {"name": "Alpha"}}, {"type": "prj", "id": "p1", "data": {"name": "P"}}]),
        json!([
            fs_processor("Application", "app", 0, json!([])),
            fs_processor("Project", "prj", 0, json!([]))
        ]),
    );
    let mut input = ldif(json!([]));
    input["processingDirection"] = json!("outbound");
    let cfg = config_with(json!({"processingDirection": "outbound",
        "processors": [{"processorType": "outboundFactSheet", "filter": {"exactType": "Project"}}]}));
    let out = process(&input, &[cfg], &mut ws, false, now());
    assert!(finished(&out).is_empty());
    let content = out.results.expect("results")["content"].clone();
    assert_eq!(content.as_array().map(Vec::len), Some(1));
    assert_eq!(content[0]["data"]["name"], "P");
}
