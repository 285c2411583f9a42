//! The state of one run: the environment every processor reads ([`Env`]), the mutable state
//! ([`State`]: a working copy of the workspace with lookup indexes, warnings, statistics,
//! variables being collected) and the helpers that change fact sheets and relations while
//! keeping the indexes right.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use serde_json::{Map, Value};

use super::eval::{Ctx, Val};
use super::model;
use super::procs::Proc;
use super::template::{Evaluator, ExprError};
use super::value::to_text;
use super::workspace::{FactSheet, Relation, Workspace, ACTIVE, ARCHIVED};
use super::{Warning, WarningProcessor};

/// Warnings kept for one run; the rest are counted in a last warning.
pub(crate) const MAX_WARNINGS: usize = 10_000;

/// `WARNING`: bad data, the run goes on. `ERROR`: a configuration problem.
pub(crate) const WARN: &str = "WARNING";
pub(crate) const ERROR: &str = "ERROR";

/// What every processor reads and nothing changes during a run.
pub(crate) struct Env<'l> {
    pub ev: Evaluator,
    /// The whole LDIF (`header`).
    pub ldif: &'l Value,
    /// `integration.now`: the run's time as a local date-time in UTC.
    pub now_text: String,
    /// Timestamps written to fact sheets (RFC 3339).
    pub stamp: String,
    pub max_content_index: i64,
}

/// Where a warning comes from: a processor and a content id.
#[derive(Clone, Copy)]
pub(crate) struct At<'p> {
    pub proc: &'p Proc<'p>,
    pub content: &'p str,
}

/// Counters for one processor.
#[derive(Debug, Clone, Default)]
pub(crate) struct ProcStats {
    pub processed: u64,
    pub errors: u64,
    /// Writes made (`graphQLRequestCount`).
    pub requests: u64,
    pub time: Duration,
}

/// Lookups kept in step with the working copy of the workspace.
#[derive(Debug, Default)]
pub(crate) struct Index {
    by_id: HashMap<String, usize>,
    /// (type, external-id field, value) → fact sheet, live ones only.
    by_ext: HashMap<(String, String, String), usize>,
    /// (type, from, to) → relation.
    rels: HashMap<(String, String, String), usize>,
}

/// The mutable state of a run.
pub(crate) struct State {
    pub ws: Workspace,
    pub idx: Index,
    pub warnings: Vec<Warning>,
    pub suppressed: usize,
    pub proc_stats: Vec<ProcStats>,
    /// Fact sheets and relations a processor identified (for `full`-mode deletion).
    pub touched_fs: HashSet<String>,
    pub touched_rel: HashSet<String>,
    /// Writes made (reported as `graphQLRequestCount`).
    pub mutations: u64,
    /// Content written by `writeToLdif`.
    pub results: Vec<Value>,
    /// Variables collected in the current run level.
    pub pending_vars: Map<String, Value>,
    /// Variable names collected so far (their values are lists).
    pub collected: HashSet<String>,
    /// (processor, expression) pairs whose syntax error was already reported.
    reported: HashSet<(usize, String)>,
    /// Objects removed by the deletion scope.
    pub deleted: Vec<Value>,
}

impl State {
    pub fn new(ws: Workspace, processors: usize) -> Self {
        let mut idx = Index::default();
        for (i, fs) in ws.fact_sheets.iter().enumerate() {
            idx.by_id.insert(fs.id.clone(), i);
            if fs.is_active() {
                for (field, value) in &fs.external_ids {
                    idx.by_ext
                        .insert((fs.fs_type.clone(), field.clone(), value.clone()), i);
                }
            }
        }
        for (i, r) in ws.relations.iter().enumerate() {
            idx.rels
                .insert((r.rel_type.clone(), r.from.clone(), r.to.clone()), i);
        }
        State {
            ws,
            idx,
            warnings: Vec::new(),
            suppressed: 0,
            proc_stats: vec![ProcStats::default(); processors],
            touched_fs: HashSet::new(),
            touched_rel: HashSet::new(),
            mutations: 0,
            results: Vec::new(),
            pending_vars: Map::new(),
            collected: HashSet::new(),
            reported: HashSet::new(),
            deleted: Vec::new(),
        }
    }

    /// Records a warning.
    pub fn warn(
        &mut self,
        proc: Option<&Proc<'_>>,
        content: Option<&str>,
        category: &str,
        status: &str,
        message: String,
        detail: Option<String>,
    ) {
        if let Some(p) = proc {
            if let Some(s) = self.proc_stats.get_mut(p.ordinal) {
                s.errors += 1;
            }
        }
        if self.warnings.len() >= MAX_WARNINGS {
            self.suppressed += 1;
            return;
        }
        self.warnings.push(Warning {
            processor: proc.map(|p| WarningProcessor {
                name: p.name.clone(),
                index: p.index,
            }),
            content: content.map(str::to_string),
            message,
            detail,
            category: category.to_string(),
            status: status.to_string(),
        });
    }

    /// A warning about the processor and content at `at`.
    pub fn warn_at(&mut self, at: &At<'_>, category: &str, status: &str, message: String) {
        self.warn(
            Some(at.proc),
            Some(at.content),
            category,
            status,
            message,
            None,
        );
    }

    /// Evaluates a template for a processor; a failure becomes a warning (a syntax error
    /// once per processor and expression) and gives `None`.
    pub fn eval<'a>(
        &mut self,
        env: &Env<'_>,
        at: &At<'_>,
        src: &str,
        ctx: &Ctx<'a>,
    ) -> Option<Val<'a>> {
        match env.ev.eval_template(src, ctx) {
            Ok(v) => Some(v),
            Err(ExprError::Syntax(e)) => {
                if self.reported.insert((at.proc.ordinal, src.to_string())) {
                    self.warn(
                        Some(at.proc),
                        Some(at.content),
                        "EXPRESSION",
                        ERROR,
                        format!("Syntax error in expression '{src}': {e}"),
                        Some(src.to_string()),
                    );
                }
                None
            }
            Err(ExprError::Eval(e)) => {
                self.warn(
                    Some(at.proc),
                    Some(at.content),
                    "EXPRESSION",
                    WARN,
                    format!("Expression '{src}' failed: {e}"),
                    Some(src.to_string()),
                );
                None
            }
        }
    }

    /// Evaluates a template to text (`None` for a failure or a null result).
    pub fn eval_text(
        &mut self,
        env: &Env<'_>,
        at: &At<'_>,
        src: &str,
        ctx: &Ctx<'_>,
    ) -> Option<String> {
        let v = self.eval(env, at, src, ctx)?;
        let v = v.value().ok()?;
        if v.is_null() {
            return None;
        }
        match to_text(v) {
            Ok(t) => Some(t),
            Err(e) => {
                self.warn_at(
                    at,
                    "EXPRESSION",
                    WARN,
                    format!("Expression '{src}' failed: {e}"),
                );
                None
            }
        }
    }

    /// Applies a `regexReplace` section to text; a bad section becomes a warning.
    pub fn regex_replace(
        &mut self,
        env: &Env<'_>,
        at: &At<'_>,
        section: Option<&Value>,
        text: String,
    ) -> Option<String> {
        let Some(section) = section.filter(|s| !s.is_null()) else {
            return Some(text);
        };
        match env.ev.regex_replace(section, &text) {
            Ok(t) => Some(t),
            Err(e) => {
                self.warn_at(at, "EXPRESSION", ERROR, format!("regexReplace failed: {e}"));
                None
            }
        }
    }

    /// A live fact sheet by type and external id.
    pub fn find_external(&self, fs_type: &str, field: &str, value: &str) -> Option<usize> {
        self.idx
            .by_ext
            .get(&(fs_type.to_string(), field.to_string(), value.to_string()))
            .copied()
    }

    /// Live fact sheets of any type with this external id.
    pub fn find_external_any(&self, field: &str, value: &str) -> Vec<usize> {
        model::TYPES
            .iter()
            .filter_map(|t| self.find_external(t.name, field, value))
            .collect()
    }

    /// A live fact sheet by internal id.
    pub fn find_id(&self, id: &str) -> Option<usize> {
        self.idx
            .by_id
            .get(id)
            .copied()
            .filter(|&i| self.ws.fact_sheets[i].is_active())
    }

    /// Creates a fact sheet and returns its position.
    pub fn create_fact_sheet(
        &mut self,
        fs_type: &str,
        name: String,
        ext: Option<(String, String)>,
        stamp: &str,
    ) -> usize {
        let mut fs = FactSheet {
            id: uuid::Uuid::new_v4().to_string(),
            fs_type: fs_type.to_string(),
            name,
            description: None,
            external_ids: Default::default(),
            lifecycle: Vec::new(),
            fields: Map::new(),
            tags: Vec::new(),
            status: ACTIVE.to_string(),
            created_at: stamp.to_string(),
            updated_at: stamp.to_string(),
            rev: 1,
        };
        let i = self.ws.fact_sheets.len();
        if let Some((field, value)) = ext {
            self.idx
                .by_ext
                .insert((fs_type.to_string(), field.clone(), value.clone()), i);
            fs.external_ids.insert(field, value);
        }
        self.idx.by_id.insert(fs.id.clone(), i);
        self.touched_fs.insert(fs.id.clone());
        self.ws.fact_sheets.push(fs);
        self.mutations += 1;
        i
    }

    /// Sets (or with `None` removes) an external id of a live fact sheet.
    pub fn set_external_id(&mut self, i: usize, field: &str, value: Option<String>) {
        let fs = &mut self.ws.fact_sheets[i];
        if let Some(old) = fs.external_ids.remove(field) {
            self.idx
                .by_ext
                .remove(&(fs.fs_type.clone(), field.to_string(), old));
        }
        if let Some(v) = value {
            self.idx
                .by_ext
                .insert((fs.fs_type.clone(), field.to_string(), v.clone()), i);
            fs.external_ids.insert(field.to_string(), v);
        }
    }

    /// Archives a fact sheet (LeanIX's delete) and removes its relations.
    pub fn archive(&mut self, i: usize, stamp: &str) {
        let fs = &mut self.ws.fact_sheets[i];
        if !fs.is_active() {
            return;
        }
        fs.status = ARCHIVED.to_string();
        fs.updated_at = stamp.to_string();
        fs.rev += 1;
        let id = fs.id.clone();
        let keys: Vec<_> = fs
            .external_ids
            .iter()
            .map(|(f, v)| (fs.fs_type.clone(), f.clone(), v.clone()))
            .collect();
        for k in keys {
            self.idx.by_ext.remove(&k);
        }
        let doomed: Vec<usize> = (0..self.ws.relations.len())
            .rev()
            .filter(|&r| self.ws.relations[r].from == id || self.ws.relations[r].to == id)
            .collect();
        for r in doomed {
            self.remove_relation(r);
        }
        self.mutations += 1;
    }

    /// The relation of a type between two fact sheets.
    pub fn find_relation(&self, rel_type: &str, from: &str, to: &str) -> Option<usize> {
        self.idx
            .rels
            .get(&(rel_type.to_string(), from.to_string(), to.to_string()))
            .copied()
    }

    /// Adds a relation and returns its position.
    pub fn add_relation(&mut self, rel_type: &str, from: &str, to: &str, stamp: &str) -> usize {
        let r = Relation {
            id: uuid::Uuid::new_v4().to_string(),
            rel_type: rel_type.to_string(),
            from: from.to_string(),
            to: to.to_string(),
            fields: Map::new(),
            created_at: stamp.to_string(),
            updated_at: stamp.to_string(),
        };
        let i = self.ws.relations.len();
        self.idx
            .rels
            .insert((rel_type.to_string(), from.to_string(), to.to_string()), i);
        self.touched_rel.insert(r.id.clone());
        self.ws.relations.push(r);
        self.mutations += 1;
        i
    }

    /// Removes the relation at position `i` (the last one takes its place).
    pub fn remove_relation(&mut self, i: usize) {
        if i >= self.ws.relations.len() {
            return;
        }
        let r = self.ws.relations.swap_remove(i);
        self.idx.rels.remove(&(r.rel_type, r.from, r.to));
        if let Some(moved) = self.ws.relations.get(i) {
            self.idx.rels.insert(
                (moved.rel_type.clone(), moved.from.clone(), moved.to.clone()),
                i,
            );
        }
        self.mutations += 1;
    }

    /// `lx` for expressions about fact sheet `i`: `{factsheet: …}`.
    pub fn lx_view(&self, i: usize) -> Value {
        let mut m = Map::new();
        if let Some(fs) = self.ws.fact_sheets.get(i) {
            m.insert("factsheet".into(), self.ws.expression_view(fs));
        }
        Value::Object(m)
    }

    /// Marks fact sheet `i` changed.
    pub fn bump(&mut self, i: usize, stamp: &str) {
        if let Some(fs) = self.ws.fact_sheets.get_mut(i) {
            fs.rev += 1;
            fs.updated_at = stamp.to_string();
        }
        self.mutations += 1;
    }
}
