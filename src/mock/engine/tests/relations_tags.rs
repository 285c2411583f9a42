//! The relation and tag processors on LDIFs of our own.

use serde_json::{json, Value};

use super::{finished, fs_processor, has, run, run_on};
use crate::mock::engine::Workspace;

fn deployments() -> Value {
    json!([
        {"type": "Deployment", "id": "app-1", "data": {"name": "Finance Service", "itcs": ["k8s-west", "postgres"], "since": "2019-08-02T09:03:49+00:00"}},
        {"type": "Deployment", "id": "app-2", "data": {"name": "HR Service", "itcs": ["k8s-west", "missing-itc"], "since": "2020-01-01"}},
        {"type": "Cluster", "id": "k8s-west", "data": {"name": "westeurope"}},
        {"type": "Cluster", "id": "postgres", "data": {"name": "Postgres"}}
    ])
}

fn relation(name: &str, rel_type: &str, optional: bool) -> Value {
    json!({
        "processorType": "inboundRelation", "processorName": name, "type": rel_type,
        "filter": {"exactType": "Deployment"}, "run": 1, "forEach": "${data.itcs}", "optional": optional,
        "from": {"external": {"id": {"expr": "${content.id}"}, "type": {"expr": "externalId"}}},
        "to": {"external": {"id": "${integration.valueOfForEach}", "type": "externalId"}},
        "updates": [
            {"key": {"expr": "description"}, "values": [{"expr": "runs on ${integration.valueOfForEach}"}]},
            {"key": {"expr": "activeFrom"}, "values": [{"expr": "${data.since}"}]},
            {"key": {"expr": "costTotalAnnual"}, "values": [{"expr": "1200"}]},
            {"key": {"expr": "flavour"}, "values": [{"expr": "vanilla"}]}
        ]
    })
}

fn base_processors() -> Vec<Value> {
    vec![
        fs_processor("Application", "Deployment", 0, json!([])),
        fs_processor("ITComponent", "Cluster", 0, json!([])),
    ]
}

#[test]
fn relation_processor_links_fact_sheets_by_external_id() {
    let mut procs = base_processors();
    procs.push(relation(
        "Apps to ITComponents",
        "relApplicationToITComponent",
        false,
    ));
    let (out, ws) = run(deployments(), Value::Array(procs));
    let msgs = finished(&out);
    let missing = out
        .warnings
        .iter()
        .find(|w| w.message.contains("missing-itc"))
        .expect("warned");
    assert_eq!(
        (missing.status.as_str(), missing.content.as_deref()),
        ("ERROR", Some("app-2"))
    );
    assert!(
        missing
            .message
            .contains("'to': no ITComponent fact sheet has externalId 'missing-itc'"),
        "{}",
        missing.message
    );
    assert!(
        has(
            &msgs,
            "Field 'flavour' does not exist on relation type 'relApplicationToITComponent'"
        ),
        "{msgs:?}"
    );
    assert_eq!(
        msgs.len(),
        4,
        "one unknown field per relation written plus the missing target: {msgs:?}"
    );
    assert_eq!(ws.relations.len(), 3);
    let app = &ws.find_fact_sheets(Some("Application"), Some("app-1"))[0];
    let itc = &ws.find_fact_sheets(Some("ITComponent"), Some("k8s-west"))[0];
    let rel = ws
        .relations
        .iter()
        .find(|r| r.from == app.id && r.to == itc.id)
        .expect("related");
    assert_eq!(rel.rel_type, "relApplicationToITComponent");
    assert_eq!(
        rel.fields.get("description"),
        Some(&json!("runs on k8s-west"))
    );
    assert_eq!(rel.fields.get("activeFrom"), Some(&json!("2019-08-02")));
    assert_eq!(rel.fields.get("costTotalAnnual"), Some(&json!(1200)));
    let view = ws.fact_sheet_json(itc);
    assert_eq!(view["relations"].as_array().map(Vec::len), Some(2));
    assert_eq!(view["relations"][0]["type"], "relITComponentToApplication");
}

#[test]
fn reverse_relation_names_optional_ends_and_deletion() {
    let mut ws = Workspace::default();
    let mut procs = base_processors();
    let mut reverse = relation("ITComponents to Apps", "relITComponentToApplication", true);
    // Reverse name: `from` is the ITComponent, `to` the Application.
    reverse["from"] =
        json!({"external": {"id": "${integration.valueOfForEach}", "type": "externalId"}});
    reverse["to"] = json!({"external": {"id": "${content.id}", "type": "externalId"}});
    reverse["updates"] = json!([]);
    procs.push(reverse);
    let out = run_on(&mut ws, deployments(), Value::Array(procs));
    let msgs = finished(&out);
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    assert_eq!(out.warnings[0].status, "WARNING", "optional: true");
    assert_eq!(ws.relations.len(), 3);
    assert!(ws
        .relations
        .iter()
        .all(|r| r.rel_type == "relApplicationToITComponent"));
    let app = ws.find_fact_sheets(None, Some("app-1"))[0].id.clone();
    let mut del = relation("Unlink", "relApplicationToITComponent", true);
    del["mode"] = json!("delete");
    del["forEach"] = json!("${data.drop}");
    let out = run_on(
        &mut ws,
        json!([{"type": "Deployment", "id": "app-1", "data": {"drop": ["postgres"]}}]),
        json!([del]),
    );
    assert!(finished(&out).is_empty(), "{:?}", out.warnings);
    assert_eq!(ws.relations.len(), 2);
    assert_eq!(ws.relations.iter().filter(|r| r.from == app).count(), 1);
}

#[test]
fn a_child_has_one_parent_and_unknown_relation_types_warn() {
    let parent = |id: &str| {
        json!({
            "processorType": "inboundRelation", "type": "relToParent", "run": 1, "filter": {"exactType": "child"},
            "from": {"external": {"id": "${content.id}", "type": "externalId"}},
            "to": {"external": {"id": id, "type": "externalId"}}
        })
    };
    let mut ws = Workspace::default();
    let apps = json!([{"type": "app", "id": "p1", "data": {"name": "P1"}}, {"type": "app", "id": "p2", "data": {"name": "P2"}},
                      {"type": "app", "id": "c", "data": {"name": "C"}}]);
    run_on(
        &mut ws,
        apps,
        json!([fs_processor("Application", "app", 0, json!([]))]),
    );
    let child = json!([{"type": "child", "id": "c", "data": {}}]);
    run_on(&mut ws, child.clone(), json!([parent("p1")]));
    let out = run_on(
        &mut ws,
        child.clone(),
        json!([parent("p2"), {"processorType": "inboundRelation", "type": "relToFriend",
        "filter": {"exactType": "child"}, "from": {"internal": "x"}, "to": {"internal": "y"}}]),
    );
    assert!(has(
        &finished(&out),
        "Relation type 'relToFriend' does not exist"
    ));
    assert_eq!(ws.relations.len(), 1);
    let p2 = &ws.find_fact_sheets(None, Some("p2"))[0];
    assert_eq!(ws.relations[0].to, p2.id);
    let out = run_on(&mut ws, child, json!([parent("c")]));
    assert!(has(&finished(&out), "cannot be related to itself"));
}

fn tag_processor(updates: Value) -> Value {
    json!({
        "processorType": "inboundTag", "processorName": "Tags", "run": 1, "filter": {"exactType": "Deployment"},
        "factSheets": {"external": {"ids": "${content.id}", "type": {"expr": "externalId"}}},
        "forEach": "${data.tags}", "updates": updates
    })
}

#[test]
fn tag_processor_creates_groups_and_tags_and_assigns_them() {
    let groups = json!({
        "processorType": "inboundTag", "processorName": "Groups", "run": 0, "filter": {"exactType": "Radar"},
        "forEach": "${data.taggroups}",
        "updates": [
            {"key": {"expr": "group.name"}, "values": [{"expr": "${integration.valueOfForEach.name}"}]},
            {"key": {"expr": "group.shortName"}, "values": [{"expr": "${integration.valueOfForEach.short}"}]},
            {"key": {"expr": "group.mode"}, "values": [{"expr": "${integration.valueOfForEach.mode}"}]},
            {"key": {"expr": "group.restrictToFactSheetTypes"}, "values": [{"expr": "${integration.valueOfForEach.types}"}]}
        ]
    });
    let tags = tag_processor(json!([
        {"key": {"expr": "group.name"}, "values": [{"expr": "${integration.valueOfForEach.group}"}]},
        {"key": {"expr": "name"}, "values": [{"expr": "${integration.valueOfForEach.name}"}]},
        {"key": {"expr": "color"}, "values": [{"expr": "${integration.valueOfForEach.color}"}]},
        {"key": {"expr": "shade"}, "values": [{"expr": "dark"}]}
    ]));
    let plain = {
        let mut p = tag_processor(
            json!([{"key": {"expr": "name"}, "values": [{"expr": "${integration.valueOfForEach.trim()}"}]}]),
        );
        p["forEach"] = json!("${helper:toList(data.plain.split(','))}");
        p
    };
    let content = json!([
        {"type": "Radar", "id": "r", "data": {"taggroups": [
            {"name": "Ring", "short": "TRR", "mode": "SINGLE", "types": ["Application", "ITComponent"]},
            {"name": "Quadrant", "short": "TRQ", "mode": "sometimes", "types": "Project"}]}},
        {"type": "Deployment", "id": "app-1", "data": {"name": "Finance", "plain": "Important, Mature", "tags": [
            {"group": "Ring", "name": "Hold", "color": "#ff0000"},
            {"group": "Ring", "name": "Mature", "color": "red"},
            {"group": "Quadrant", "name": "Tools"},
            {"group": null, "name": null}]}}
    ]);
    let mut procs = base_processors();
    procs.extend([groups, tags, plain]);
    let (out, ws) = run(content, Value::Array(procs));
    let msgs = finished(&out);
    for needle in [
        "group.mode 'sometimes' of 'Quadrant' is not SINGLE or MULTIPLE",
        "color 'red' of tag 'Mature'",
        "tag group 'Quadrant' is restricted to Project and cannot tag a Application",
        "Invalid tag: no tag name and no group name",
        "Unknown tag field 'shade'",
    ] {
        assert!(has(&msgs, needle), "{needle}: {msgs:?}");
    }
    let ring = ws
        .tag_groups
        .iter()
        .find(|g| g.name == "Ring")
        .expect("group");
    assert_eq!(
        (ring.mode.as_str(), ring.short_name.as_deref()),
        ("SINGLE", Some("TRR"))
    );
    assert_eq!(
        ring.restrict_to_fact_sheet_types,
        vec!["Application", "ITComponent"]
    );
    let app = &ws.find_fact_sheets(Some("Application"), Some("app-1"))[0];
    let names: Vec<String> = app
        .tags
        .iter()
        .filter_map(|t| ws.tag(t))
        .map(|t| t.name.clone())
        .collect();
    // SINGLE group: Mature replaced Hold; the plain tags go to "Other tags".
    assert_eq!(names, vec!["Mature", "Important", "Mature"]);
    let hold = ws.find_tag(Some("Ring"), "Hold").expect("tag kept");
    assert_eq!(hold.color.as_deref(), Some("#ff0000"));
    assert!(ws.find_tag(None, "Important").is_some());
    let view = ws.fact_sheet_json(app);
    assert_eq!(view["tags"][0]["tagGroup"]["name"], "Ring");
}

#[test]
fn read_only_tags_and_tag_deletion() {
    let mut ws = Workspace::default();
    let content =
        json!([{"type": "Deployment", "id": "app-1", "data": {"name": "A", "tags": ["Known"]}}]);
    let mut procs = base_processors();
    procs.push(tag_processor(
        json!([{"key": {"expr": "name"}, "values": [{"expr": "${integration.valueOfForEach}"}]}]),
    ));
    run_on(&mut ws, content, Value::Array(procs));
    let read_only = tag_processor(json!([
        {"key": {"expr": "tagsReadOnly"}, "values": [{"expr": "${true}"}]},
        {"key": {"expr": "name"}, "values": [{"expr": "${integration.valueOfForEach}"}]}
    ]));
    let out = run_on(
        &mut ws,
        json!([{"type": "Deployment", "id": "app-1", "data": {"tags": ["Known", "Unknown"]}}]),
        json!([read_only]),
    );
    let msgs = finished(&out);
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    assert!(msgs[0]
        .contains("tag 'Unknown' does not exist in group 'Other tags' and tagsReadOnly is set"));
    assert_eq!(ws.tags.len(), 1);
    let mut del = tag_processor(
        json!([{"key": {"expr": "name"}, "values": [{"expr": "${integration.valueOfForEach}"}]}]),
    );
    del["mode"] = json!("delete");
    let out = run_on(
        &mut ws,
        json!([{"type": "Deployment", "id": "app-1", "data": {"tags": ["Known"]}}]),
        json!([del]),
    );
    assert!(finished(&out).is_empty(), "{:?}", out.warnings);
    assert!(ws.fact_sheets[0].tags.is_empty());
    assert_eq!(
        ws.tags.len(),
        1,
        "unassigned from the named fact sheet, not deleted"
    );
}
