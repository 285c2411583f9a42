//! The documented `importProjectsExample` connector: its processor configuration and LDIF
//! (`collections/`, copied unchanged from the seed), run as the real API's guide does.

use serde_json::{json, Value};

use super::{finished, has, now};
use crate::mock::engine::{process, ProcessorConfig, RunStatus, Workspace};

/// The seed's processor configuration (it has no connector keys).
const SEED_PROCESSOR: &str = include_str!("../../../../collections/import-projects.processor.json");

/// The seed's LDIF.
const SEED_LDIF: &str = include_str!("../../../../collections/import-projects.ldif.json");

fn seed_ldif() -> Value {
    serde_json::from_str(SEED_LDIF).expect("seed LDIF parses")
}

/// The seed processors under the seed connector's keys (as the guide's UI step creates them).
fn keyed_seed(extra_processors: Vec<Value>) -> ProcessorConfig {
    let mut doc: Value = serde_json::from_str(SEED_PROCESSOR).expect("seed config parses");
    for (k, v) in [
        ("connectorType", "importProjectsExample"),
        ("connectorId", "importProjectsExample"),
        ("connectorVersion", "1.0.0"),
        ("processingDirection", "inbound"),
    ] {
        doc[k] = json!(v);
    }
    if let Some(list) = doc["processors"].as_array_mut() {
        list.extend(extra_processors);
    }
    ProcessorConfig::from_json(&doc).expect("keyed seed config")
}

fn assert_seed_project(ws: &Workspace) {
    let found = ws.find_fact_sheets(Some("Project"), Some("0123-459"));
    assert_eq!(found.len(), 1, "{ws:?}");
    let p = found[0];
    assert_eq!(p.name, "Save the company (0123-459)");
    assert_eq!(
        p.description.as_deref(),
        Some("Most important project of our 'Herkömmliche AG'")
    );
    assert_eq!(p.lifecycle_phase("active"), Some("2019-12-12"));
    assert_eq!(p.external_id(), Some("0123-459"));
}

#[test]
fn seed_config_and_ldif_create_the_project_fact_sheet() {
    let config = ProcessorConfig::from_json(&serde_json::from_str(SEED_PROCESSOR).expect("json"))
        .expect("the seed processor file works as it is");
    let mut ws = Workspace::default();
    let out = process(&seed_ldif(), &[config], &mut ws, false, now());
    // The seed maps no tags, so the real API reports nothing for this run.
    assert!(finished(&out).is_empty(), "{:?}", out.warnings);
    assert_seed_project(&ws);
    assert_eq!(out.progress["status"], "FINISHED");
    assert_eq!(out.progress["processedContentCount"], 1);
    let stats = &out.stats["processorStatistics"][0];
    assert_eq!(stats["processorName"], "Projects from prj");
    assert_eq!(stats["processedContentCount"], 1);
    assert_eq!(out.results, None);
}

#[test]
fn seed_run_twice_updates_the_same_fact_sheet() {
    let mut ws = Workspace::default();
    let config = keyed_seed(vec![]);
    process(
        &seed_ldif(),
        std::slice::from_ref(&config),
        &mut ws,
        false,
        now(),
    );
    let rev = ws.fact_sheets[0].rev;
    let again = process(&seed_ldif(), &[config], &mut ws, false, now());
    assert!(finished(&again).is_empty());
    assert_eq!(ws.fact_sheets.len(), 1);
    assert_eq!(
        ws.fact_sheets[0].rev, rev,
        "nothing changed, so no new revision"
    );
    assert_seed_project(&ws);
}

#[test]
fn invalid_tag_content_in_the_seed_is_ignored_and_the_run_finishes() {
    let tags = json!({
        "processorType": "inboundTag", "processorName": "Tags from prj", "run": 1,
        "filter": {"type": "prj|subp"},
        "factSheets": {"external": {"ids": "${content.id}", "type": {"expr": "externalId"}}},
        "forEach": "${data.tags}",
        "updates": [
            {"key": {"expr": "group.name"}, "values": [{"expr": "${integration.valueOfForEach.split(':')[0]}"}]},
            {"key": {"expr": "name"}, "values": [{"expr": "${integration.valueOfForEach.split(':')[1]}"}]}
        ]
    });
    let mut ws = Workspace::default();
    let out = process(
        &seed_ldif(),
        &[keyed_seed(vec![tags])],
        &mut ws,
        false,
        now(),
    );
    let msgs = finished(&out);
    assert_seed_project(&ws);
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    let w = &out.warnings[0];
    assert!(w.message.starts_with("Invalid tag"), "{w:?}");
    assert!(w.message.contains("Some invalid Content to be ignored"));
    assert_eq!(w.content.as_deref(), Some("0123-459"));
    let p = w.processor.as_ref().expect("names the processor");
    assert_eq!((p.name.as_deref(), p.index), (Some("Tags from prj"), 1));
    assert_eq!(w.status, "WARNING");
    let fs = &ws.find_fact_sheets(Some("Project"), None)[0];
    let names: Vec<(String, String)> = fs
        .tags
        .iter()
        .filter_map(|id| ws.tag(id))
        .map(|t| {
            let g = t
                .group_id
                .as_deref()
                .and_then(|g| ws.tag_group(g))
                .map(|g| g.name.clone());
            (g.unwrap_or_default(), t.name.clone())
        })
        .collect();
    assert_eq!(
        names,
        vec![
            ("Importance".into(), "High".into()),
            ("Effort".into(), "Medium".into())
        ]
    );
    assert!(ws
        .tag_groups
        .iter()
        .all(|g| g.name != "Some invalid Content to be ignored"));
}

#[test]
fn an_ldif_binds_only_to_a_configuration_with_its_keys() {
    let mut ldif = seed_ldif();
    ldif["connectorId"] = json!("someOtherConnector");
    let mut ws = Workspace::default();
    let out = process(&ldif, &[keyed_seed(vec![])], &mut ws, false, now());
    assert_eq!(out.status, RunStatus::Failed);
    assert!(has(
        &super::messages(&out),
        "No processor configuration exists"
    ));
    assert!(has(&super::messages(&out), "someOtherConnector"));
    assert_eq!(out.progress["status"], "FAILED");
    assert!(ws.fact_sheets.is_empty());
    let none = process(&seed_ldif(), &[], &mut ws, false, now());
    assert_eq!(none.status, RunStatus::Failed);
}

#[test]
fn test_mode_computes_everything_but_leaves_the_workspace_untouched() {
    let mut ws = Workspace::default();
    let out = process(&seed_ldif(), &[keyed_seed(vec![])], &mut ws, true, now());
    assert!(finished(&out).is_empty());
    assert_eq!(out.progress["graphQLRequestCount"], 1);
    assert_eq!(ws, Workspace::default());
    process(&seed_ldif(), &[keyed_seed(vec![])], &mut ws, false, now());
    let before = ws.clone();
    let mut changed = seed_ldif();
    changed["content"][0]["data"]["displayName"] = json!("Sink the company");
    let out = process(&changed, &[keyed_seed(vec![])], &mut ws, true, now());
    assert!(finished(&out).is_empty());
    assert_eq!(ws, before);
}

#[test]
fn an_invalid_ldif_fails_the_run_with_the_reasons() {
    let mut ws = Workspace::default();
    let mut ldif = seed_ldif();
    ldif.as_object_mut().map(|m| m.remove("lxVersion"));
    ldif["content"][0]["data"] = json!("not an object");
    let out = process(&ldif, &[keyed_seed(vec![])], &mut ws, false, now());
    assert_eq!(out.status, RunStatus::Failed);
    let msgs = super::messages(&out);
    assert!(has(&msgs, "lxVersion is required"), "{msgs:?}");
    assert!(has(&msgs, "content[0].data must be an object"), "{msgs:?}");
    assert!(ws.fact_sheets.is_empty());
}
