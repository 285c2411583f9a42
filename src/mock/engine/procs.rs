//! Running the processors over an LDIF: reading each processor (bad ones become warnings),
//! the run levels (ascending `run`), filters (`type` and `id` regexes matching the whole
//! value, `exactType`, `advanced`), `forEach` over lists and maps, variables collected per
//! level and visible from the next, and `writeToLdif`.

use std::time::Instant;

use serde_json::{Map, Value};

use super::config::ProcessorConfig;
use super::eval::{Ctx, Each};
use super::run::{At, Env, State, ERROR, WARN};
use super::value::{bounded_clone, to_bool, to_text};
use super::{factsheet, relation, tag, updates};

static NULL: Value = Value::Null;

/// What a processor does.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    FactSheet,
    Relation,
    Tag,
    Variable,
    WriteToLdif,
    /// A real inbound type the emulator does not carry out (documents, subscriptions, …).
    Unsupported,
}

/// A processor ready to run.
pub(crate) struct Proc<'c> {
    /// Position among all processors of the bound configurations (reported in warnings).
    pub index: usize,
    /// Position among the runnable processors (for statistics).
    pub ordinal: usize,
    pub name: Option<String>,
    pub kind: Kind,
    pub raw: &'c Map<String, Value>,
    pub run: i64,
    pub delete: bool,
    exact_type: Option<String>,
    type_regex: Option<String>,
    id_regex: Option<String>,
    advanced: Option<String>,
}

/// Reads the processors of the bound configurations; the ones that cannot run are reported
/// and left out, as are disabled ones.
pub(crate) fn read_processors<'c>(
    env: &Env<'_>,
    configs: &[&'c ProcessorConfig],
    warnings: &mut Vec<super::Warning>,
) -> Vec<Proc<'c>> {
    let mut out = Vec::new();
    let mut index = 0;
    for config in configs {
        for raw in &config.processors {
            let i = index;
            index += 1;
            let mut problem = |message: String, status: &str, name: Option<String>| {
                warnings.push(super::Warning {
                    processor: Some(super::WarningProcessor { name, index: i }),
                    content: None,
                    message,
                    detail: None,
                    category: "CONFIGURATION".into(),
                    status: status.into(),
                });
            };
            let Value::Object(m) = raw else {
                problem(
                    format!("Processor {i} is not a JSON object; it was skipped"),
                    ERROR,
                    None,
                );
                continue;
            };
            let name = m
                .get("processorName")
                .and_then(Value::as_str)
                .map(str::to_string);
            if m.get("enabled").and_then(Value::as_bool) == Some(false) {
                continue;
            }
            let ptype = m.get("processorType").and_then(Value::as_str).unwrap_or("");
            let kind = match ptype {
                "inboundFactSheet" => Kind::FactSheet,
                "inboundRelation" => Kind::Relation,
                "inboundTag" => Kind::Tag,
                "variableProcessor" => Kind::Variable,
                "writeToLdif" => Kind::WriteToLdif,
                "inboundDocument"
                | "inboundSubscription"
                | "inboundMetrics"
                | "inboundImpact"
                | "inboundTodo" => {
                    problem(
                        format!("Processor type '{ptype}' is not emulated; the content it matches is not written"),
                        WARN,
                        name.clone(),
                    );
                    Kind::Unsupported
                }
                "" => {
                    problem(
                        "Processor has no processorType; it was skipped".into(),
                        ERROR,
                        name,
                    );
                    continue;
                }
                other => {
                    problem(
                        format!("Unknown processor type '{other}'; the processor was skipped"),
                        ERROR,
                        name,
                    );
                    continue;
                }
            };
            let needs: &[&str] = match kind {
                Kind::FactSheet => &["type", "identifier"],
                Kind::Relation => &["type", "from", "to"],
                _ => &[],
            };
            let absent: Vec<&str> = needs
                .iter()
                .copied()
                .filter(|k| m.get(*k).is_none_or(Value::is_null))
                .collect();
            if !absent.is_empty() {
                let msg = format!(
                    "A {ptype} processor needs {}; it was skipped",
                    absent.join(", ")
                );
                problem(msg, ERROR, name);
                continue;
            }
            let run = match m.get("run") {
                None | Some(Value::Null) => 0,
                Some(Value::Number(n)) if n.as_u64().is_some() => {
                    i64::try_from(n.as_u64().unwrap_or(0)).unwrap_or(i64::MAX)
                }
                Some(other) => {
                    problem(
                        format!("run must be an integer >= 0, not {other}; 0 is used"),
                        WARN,
                        name.clone(),
                    );
                    0
                }
            };
            let delete = match m.get("mode").and_then(Value::as_str) {
                None | Some("createOrUpdate") => false,
                Some("delete") => true,
                Some(other) => {
                    problem(
                        format!("Unknown mode '{other}'; createOrUpdate is used"),
                        WARN,
                        name.clone(),
                    );
                    false
                }
            };
            let filter = m.get("filter").and_then(Value::as_object);
            let text = |k: &str| {
                filter
                    .and_then(|f| f.get(k))
                    .and_then(Value::as_str)
                    .map(str::to_string)
            };
            let (type_regex, id_regex) = (text("type"), text("id"));
            let bad_regex = [&type_regex, &id_regex]
                .into_iter()
                .flatten()
                .find_map(|r| env.ev.full_match(r, "").err());
            if let Some(e) = bad_regex {
                problem(
                    format!("Invalid filter: {e}; the processor was skipped"),
                    ERROR,
                    name,
                );
                continue;
            }
            out.push(Proc {
                index: i,
                ordinal: out.len(),
                name,
                kind,
                raw: m,
                run,
                delete,
                exact_type: text("exactType"),
                type_regex,
                id_regex,
                advanced: text("advanced"),
            });
        }
    }
    out
}

/// The base context for a content item.
pub(crate) fn content_ctx<'a>(
    env: &'a Env<'_>,
    content: &'a Value,
    index: usize,
    vars: &'a Value,
) -> Ctx<'a> {
    Ctx {
        content,
        data: content.get("data").unwrap_or(&NULL),
        header: env.ldif,
        variables: vars,
        lx: &NULL,
        now: &env.now_text,
        content_index: i64::try_from(index).unwrap_or(i64::MAX),
        max_content_index: env.max_content_index,
        each: None,
        update_each: None,
    }
}

/// Whether a processor's filter accepts a content item.
fn accepts(
    env: &Env<'_>,
    st: &mut State,
    p: &Proc<'_>,
    ctx: &Ctx<'_>,
    ctype: &str,
    cid: &str,
) -> bool {
    if p.exact_type.as_deref().is_some_and(|t| t != ctype) {
        return false;
    }
    if let Some(r) = &p.type_regex {
        if !env.ev.full_match(r, ctype).unwrap_or(false) {
            return false;
        }
    }
    if let Some(r) = &p.id_regex {
        if !env.ev.full_match(r, cid).unwrap_or(false) {
            return false;
        }
    }
    if let Some(adv) = &p.advanced {
        let at = At {
            proc: p,
            content: cid,
        };
        let Some(v) = st.eval(env, &at, adv, ctx) else {
            return false;
        };
        return match v.value().and_then(to_bool) {
            Ok(b) => b,
            Err(e) => {
                st.warn_at(
                    &at,
                    "EXPRESSION",
                    WARN,
                    format!("Filter '{adv}' is not a boolean: {e}"),
                );
                false
            }
        };
    }
    true
}

/// Statistics of one run level.
pub(crate) struct LevelStats {
    pub run: i64,
    pub processed: u64,
    pub errors: u64,
    pub time: std::time::Duration,
}

/// Runs all processors over all content, level by level. Returns per-level statistics and
/// whether each content item was matched by some processor.
pub(crate) fn run_levels(
    env: &Env<'_>,
    st: &mut State,
    procs: &[Proc<'_>],
    contents: &[Value],
    vars: &mut Value,
) -> (Vec<LevelStats>, Vec<bool>) {
    let mut levels: Vec<i64> = procs.iter().map(|p| p.run).collect();
    levels.sort_unstable();
    levels.dedup();
    let keys: Vec<(String, String)> = contents
        .iter()
        .map(|c| {
            let t = c
                .get("type")
                .map(|v| to_text(v).unwrap_or_default())
                .unwrap_or_default();
            let i = c
                .get("id")
                .map(|v| to_text(v).unwrap_or_default())
                .unwrap_or_default();
            (t, i)
        })
        .collect();
    let mut matched = vec![false; contents.len()];
    let mut stats = Vec::new();
    for level in levels {
        let started = Instant::now();
        let errors_before = st.warnings.len() + st.suppressed;
        let mut processed = 0;
        let here: Vec<&Proc<'_>> = procs.iter().filter(|p| p.run == level).collect();
        for (ci, content) in contents.iter().enumerate() {
            let (ctype, cid) = (&keys[ci].0, &keys[ci].1);
            let ctx = content_ctx(env, content, ci, vars);
            let mut any = false;
            for p in &here {
                let t0 = Instant::now();
                let writes = st.mutations;
                if accepts(env, st, p, &ctx, ctype, cid) {
                    any = true;
                    st.proc_stats[p.ordinal].processed += 1;
                    let at = At {
                        proc: p,
                        content: cid,
                    };
                    run_for_each(env, st, &at, &ctx);
                }
                let s = &mut st.proc_stats[p.ordinal];
                s.time += t0.elapsed();
                s.requests += st.mutations - writes;
            }
            if any {
                matched[ci] = true;
                processed += 1;
            }
        }
        commit_variables(st, vars);
        stats.push(LevelStats {
            run: level,
            processed,
            errors: (st.warnings.len() + st.suppressed - errors_before) as u64,
            time: started.elapsed(),
        });
    }
    (stats, matched)
}

/// Makes the variables collected in a level visible: each collected key becomes a list
/// (replacing a configuration default of the same name, extending earlier levels' values).
fn commit_variables(st: &mut State, vars: &mut Value) {
    let pending = std::mem::take(&mut st.pending_vars);
    let Value::Object(visible) = vars else {
        return;
    };
    for (k, v) in pending {
        let Value::Array(new) = v else { continue };
        match visible.get_mut(&k) {
            Some(Value::Array(old)) if st.collected.contains(&k) => old.extend(new),
            _ => {
                visible.insert(k.clone(), Value::Array(new));
            }
        }
        st.collected.insert(k);
    }
}

/// Runs a processor once, or once per element of its `forEach`.
fn run_for_each(env: &Env<'_>, st: &mut State, at: &At<'_>, ctx: &Ctx<'_>) {
    let Some(src) = at.proc.raw.get("forEach").and_then(Value::as_str) else {
        run_once(env, st, at, ctx);
        return;
    };
    let Some(list) = st.eval(env, at, src, ctx) else {
        return;
    };
    let Ok(list) = list.value() else {
        return;
    };
    // A JSON array given as text (`"[1,2,3]"`) is iterated too.
    let parsed: Option<Value> = match list {
        Value::String(s) if s.trim_start().starts_with('[') => serde_json::from_str::<Value>(s)
            .ok()
            .filter(Value::is_array),
        _ => None,
    };
    let list = parsed.as_ref().unwrap_or(list);
    for each in elements(list) {
        run_once(
            env,
            st,
            at,
            &Ctx {
                each: Some(each),
                ..*ctx
            },
        );
    }
}

/// The elements a `forEach` visits: a list's items (index 0…), a map's entries (key, index
/// -1), a single value once (index 0), nothing for null.
pub(crate) fn elements(list: &Value) -> Vec<Each<'_>> {
    let index = |i: usize| i64::try_from(i).unwrap_or(i64::MAX);
    match list {
        Value::Null => Vec::new(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, value)| Each {
                value,
                key: None,
                index: index(i),
            })
            .collect(),
        Value::Object(m) => m
            .iter()
            .map(|(k, value)| Each {
                value,
                key: Some(k),
                index: -1,
            })
            .collect(),
        single => vec![Each {
            value: single,
            key: None,
            index: 0,
        }],
    }
}

fn run_once(env: &Env<'_>, st: &mut State, at: &At<'_>, ctx: &Ctx<'_>) {
    match at.proc.kind {
        Kind::FactSheet => factsheet::exec(env, st, at, ctx),
        Kind::Relation => relation::exec(env, st, at, ctx),
        Kind::Tag => tag::exec(env, st, at, ctx),
        Kind::WriteToLdif => write_to_ldif(env, st, at, ctx),
        Kind::Variable | Kind::Unsupported => {}
    }
    collect_variables(env, st, at, ctx);
}

/// Evaluates the processor's `variables` (`[{key, value}]`): a list value adds each element.
fn collect_variables(env: &Env<'_>, st: &mut State, at: &At<'_>, ctx: &Ctx<'_>) {
    let Some(defs) = at.proc.raw.get("variables").and_then(Value::as_array) else {
        return;
    };
    for def in defs {
        let (Some(k), Some(v)) = (
            def.get("key").and_then(Value::as_str),
            def.get("value").and_then(Value::as_str),
        ) else {
            st.warn_at(
                at,
                "CONFIGURATION",
                ERROR,
                "A variable needs a 'key' and a 'value' string".into(),
            );
            continue;
        };
        let Some(key) = st.eval_text(env, at, k, ctx) else {
            continue;
        };
        let Some(val) = st.eval(env, at, v, ctx) else {
            continue;
        };
        let val = match val.into_owned() {
            Ok(v) => v,
            Err(e) => {
                st.warn_at(at, "EXPRESSION", WARN, format!("Variable '{key}': {e}"));
                continue;
            }
        };
        let slot = st
            .pending_vars
            .entry(key)
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = slot {
            match val {
                Value::Null => {}
                Value::Array(items) => list.extend(items.into_iter().filter(|x| !x.is_null())),
                other => list.push(other),
            }
        }
    }
}

/// `writeToLdif`: adds `{type, id, data}` to the run's result LDIF, `data` built from the
/// processor's `updates` (`mode: "list"` keeps every value, otherwise the first).
fn write_to_ldif(env: &Env<'_>, st: &mut State, at: &At<'_>, ctx: &Ctx<'_>) {
    let list = updates::resolve(env, st, at, ctx);
    let mut data = Map::new();
    for u in list {
        let v = if u.list {
            Value::Array(u.values)
        } else {
            u.values.into_iter().next().unwrap_or(Value::Null)
        };
        data.insert(u.key, v);
    }
    let ctype = ctx
        .content
        .get("type")
        .map_or(Value::Null, |v| bounded_clone(v).unwrap_or(Value::Null));
    st.results
        .push(serde_json::json!({"type": ctype, "id": at.content, "data": data}));
}
