//! The JUnit reporter, written through quick-junit: one `<testsuite>` per request item
//! (`Folder / Request`, executions grouped across iterations), one `<testcase>` per assertion.
//! A request error becomes an `<error>` test case named `request`, so CI shows it.
//!
//! Each execution is reduced to what its suite shows and spooled (sealed, see
//! [`Redactor::sealing`]) when it is reported; only the item order, each item's record indexes
//! and its test counts stay in memory. At the end the suites are built one at a time, masked
//! with every secret of the run, and written between the `<testsuites>` tags, each serialized
//! by quick-junit so that the XML is exactly what it would write for the whole report.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
use serde_json::{json, Value};

use super::spool::Records;
use super::{open_export, Redactor, ReportError, Reporter, RunContext};
use crate::runner::{Execution, ItemInfo, RunEvent, RunSummary};

pub struct JunitReporter {
    export: Option<PathBuf>,
    redact: Redactor,
    /// One per item, in the order items were first reported.
    suites: Vec<SuiteAcc>,
    /// Item path → index in `suites`.
    by_path: HashMap<String, usize>,
    /// One record per execution (see [`record`]).
    records: Records,
}

/// What a suite needs before its executions are read back.
struct SuiteAcc {
    item: Arc<ItemInfo>,
    /// Indexes of the item's execution records.
    records: Vec<usize>,
    counts: Counts,
}

/// Test case counts, as quick-junit adds them up.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    tests: usize,
    skipped: usize,
    failures: usize,
    errors: usize,
}

impl Counts {
    fn of(e: &Execution) -> Counts {
        let mut c = Counts::default();
        for a in &e.assertions {
            c.tests += 1;
            if a.skipped {
                c.skipped += 1;
            } else if a.error.is_some() {
                c.failures += 1;
            }
        }
        // Each script error and a request error are <error> test cases.
        let errors = e.script_errors.len() + usize::from(e.error.is_some());
        c.tests += errors;
        c.errors += errors;
        c
    }

    fn add(&mut self, o: Counts) {
        self.tests += o.tests;
        self.skipped += o.skipped;
        self.failures += o.failures;
        self.errors += o.errors;
    }
}

impl JunitReporter {
    pub fn new(export: Option<PathBuf>, redact: Redactor) -> Self {
        JunitReporter {
            export,
            redact,
            suites: Vec::new(),
            by_path: HashMap::new(),
            records: Records::default(),
        }
    }
}

impl Reporter for JunitReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) {
        let RunEvent::Executed(e) = event else {
            return;
        };
        self.redact.learn(e);
        let index = self.records.len();
        self.records.push(&record(e, &self.redact.sealing()));
        let n = *self.by_path.entry(e.item.path.clone()).or_insert_with(|| {
            self.suites.push(SuiteAcc {
                item: e.item.clone(),
                records: Vec::new(),
                counts: Counts::default(),
            });
            self.suites.len() - 1
        });
        let suite = &mut self.suites[n];
        suite.records.push(index);
        suite.counts.add(Counts::of(e));
    }

    fn finish(&mut self, summary: &RunSummary, _ctx: &RunContext) -> Result<(), ReportError> {
        let err = |message: String| ReportError {
            reporter: "junit".into(),
            message,
        };
        if let Some(e) = self.records.error() {
            return Err(err(e.to_string()));
        }
        let path = self
            .export
            .clone()
            .unwrap_or_else(|| PathBuf::from("newman"));
        let (target, mut out) = open_export(&path, &super::json::default_name("xml"), "junit")?;
        let written = self.write(summary, &mut out).and_then(|()| {
            out.flush()
                .map_err(|e| format!("cannot write {}: {e}", target.display()))
        });
        if let Err(e) = written {
            drop(out);
            let _ = std::fs::remove_file(&target);
            return Err(err(e));
        }
        Ok(())
    }
}

impl JunitReporter {
    /// Writes the XML: the `<testsuites>` element with the run's totals, then each suite.
    fn write(&mut self, summary: &RunSummary, out: &mut dyn Write) -> Result<(), String> {
        let mut head = Report::new(summary.collection_name.as_str());
        head.set_time(summary.duration);
        let mut totals = Counts::default();
        for s in &self.suites {
            totals.add(s.counts);
        }
        (head.tests, head.skipped, head.failures, head.errors) =
            (totals.tests, totals.skipped, totals.failures, totals.errors);
        let (records, redact) = (&mut self.records, &self.redact);
        let mut suites = self.suites.iter().map(|acc| {
            let execs = acc.records.iter().map(|&i| {
                let mut v = records
                    .get(i)
                    .map_err(|e| format!("spooled executions: {e}"))?;
                redact.reveal_json(&mut v);
                Ok(v)
            });
            suite(summary, &acc.item, execs)
        });
        write_streamed(out, &head, &mut suites)
    }
}

/// What an execution's suite shows of it, with texts sealed by `redact`: the iteration, the
/// response time, the one-line request summary, the assertions, script errors and request error.
fn record(e: &Execution, redact: &Redactor) -> Value {
    let time = e.response.as_ref().map(|r| r.elapsed).unwrap_or_default();
    let line = e.request.as_ref().map(|req| {
        let outcome = match &e.response {
            Some(resp) => format!(
                "{} {} ({}, {})",
                resp.status,
                resp.reason,
                super::format::duration(resp.elapsed),
                super::format::bytes(resp.body_size)
            ),
            None => "no response".to_string(),
        };
        json!([req.method, redact.text(&req.url.href), outcome])
    });
    let assertions: Vec<Value> = e
        .assertions
        .iter()
        .map(|a| {
            json!([
                redact.text(&a.name),
                a.skipped,
                a.error.as_ref().map(|m| redact.text(m))
            ])
        })
        .collect();
    let script_errors: Vec<Value> = e
        .script_errors
        .iter()
        .map(|x| json!([x.name, x.at(), redact.text(&x.message)]))
        .collect();
    json!({
        "iteration": e.cursor.iteration,
        "time": u64::try_from(time.as_nanos()).unwrap_or(u64::MAX),
        "line": line,
        "assertions": assertions,
        "script_errors": script_errors,
        "error": e.error.as_ref().map(|x| json!([x.code, redact.text(&x.message)])),
    })
}

/// The suite of one item from its execution records (revealed), read one at a time.
fn suite(
    summary: &RunSummary,
    item: &ItemInfo,
    execs: impl Iterator<Item = Result<Value, String>>,
) -> Result<TestSuite, String> {
    let str_at = |v: &Value, i: usize| v[i].as_str().unwrap_or_default().to_string();
    let ts = chrono::DateTime::<chrono::Utc>::from(summary.started).fixed_offset();
    let full_name = item.full_name();
    let mut suite = TestSuite::new(full_name.as_str());
    suite.set_timestamp(ts);
    let mut total = Duration::ZERO;
    let mut system_err = String::new();
    let mut system_out = String::new();
    for e in execs {
        let e = e?;
        let iteration = e["iteration"].as_u64().unwrap_or(0);
        let t = Duration::from_nanos(e["time"].as_u64().unwrap_or(0));
        if e["line"].is_array() {
            let line = &e["line"];
            system_out.push_str(&format!(
                "Iteration {iteration}: {} {} -> {}\n",
                str_at(line, 0),
                str_at(line, 1),
                str_at(line, 2)
            ));
        }
        total += t;
        for a in e["assertions"].as_array().into_iter().flatten() {
            let status = if a[1].as_bool().unwrap_or(false) {
                TestCaseStatus::skipped()
            } else if let Some(msg) = a[2].as_str() {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                s.set_type("AssertionFailure");
                s.set_message(msg);
                s.set_description(format!(
                    "Iteration: {iteration}\n{msg}\nat assertion in {full_name}"
                ));
                s
            } else {
                TestCaseStatus::success()
            };
            let mut tc = TestCase::new(str_at(a, 0), status);
            tc.set_classname(classname(summary, &full_name));
            tc.set_time(t);
            suite.add_test_case(tc);
        }
        for x in e["script_errors"].as_array().into_iter().flatten() {
            let (name, at, message) = (str_at(x, 0), str_at(x, 1), str_at(x, 2));
            // An <error> test case, so that CI shows the failed script (Newman only
            // writes it to <system-err>).
            let mut s = TestCaseStatus::non_success(NonSuccessKind::Error);
            s.set_type(name.as_str());
            s.set_message(format!("{name} in {at}: {message}"));
            let mut tc = TestCase::new(
                format!("{} error", at.split(':').next().unwrap_or("script")),
                s,
            );
            tc.set_classname(classname(summary, &full_name));
            suite.add_test_case(tc);
            system_err.push_str(&format!(
                "Iteration: {iteration} - {name} in {at}: {message}\n"
            ));
        }
        if e["error"].is_array() {
            let (code, message) = (str_at(&e["error"], 0), str_at(&e["error"], 1));
            let mut s = TestCaseStatus::non_success(NonSuccessKind::Error);
            s.set_type(code);
            s.set_message(message.as_str());
            let mut tc = TestCase::new("request", s);
            tc.set_classname(classname(summary, &full_name));
            suite.add_test_case(tc);
            system_err.push_str(&format!(
                "Iteration: {iteration} - request error: {message}\n"
            ));
        }
    }
    suite.set_time(total);
    if !system_out.is_empty() {
        suite.set_system_out(system_out);
    }
    if !system_err.is_empty() {
        suite.set_system_err(system_err);
    }
    Ok(suite)
}

fn classname(summary: &RunSummary, full_name: &str) -> String {
    let collection = summary.collection_name.replace('.', "_");
    format!("{collection}.{}", full_name.replace(" / ", "."))
}

/// quick-junit writes `skipped` on `<testsuites>`, which the JUnit XSD (junit-10.xsd, what
/// Jenkins reads) does not allow there; the count stays on each `<testsuite>`.
fn without_root_skipped(xml: String) -> String {
    let Some(end) = after_start_tag(&xml) else {
        return xml;
    };
    let tag = &xml[..end];
    match tag.find(" skipped=\"") {
        Some(at) => match tag[at + 10..].find('"') {
            Some(close) => format!("{}{}", &xml[..at], &xml[at + 10 + close + 1..]),
            None => xml,
        },
        None => xml,
    }
}

/// End of the `<testsuites …>` start tag in quick-junit's output (attribute values are escaped,
/// so the first `>` after it closes it).
fn after_start_tag(xml: &str) -> Option<usize> {
    let start = xml.find("<testsuites")?;
    Some(start + xml[start..].find('>')? + 1)
}

/// Writes what quick-junit writes for `head` (which carries the totals) holding `suites`,
/// serializing one suite at a time.
fn write_streamed(
    out: &mut dyn Write,
    head: &Report,
    suites: &mut dyn Iterator<Item = Result<TestSuite, String>>,
) -> Result<(), String> {
    let io = |e: std::io::Error| format!("cannot write the report: {e}");
    let empty = without_root_skipped(head.to_string().map_err(|e| e.to_string())?);
    let mut tail: Option<String> = None;
    for suite in suites {
        let mut one = Report::unnamed();
        one.add_test_suite(suite?);
        let xml = one.to_string().map_err(|e| e.to_string())?;
        let piece = after_start_tag(&xml)
            .zip(xml.rfind("\n</testsuites>"))
            .filter(|(a, b)| a <= b)
            .ok_or("unexpected XML from quick-junit")?;
        if tail.is_none() {
            let start = after_start_tag(&empty).ok_or("unexpected XML from quick-junit")?;
            out.write_all(&empty.as_bytes()[..start]).map_err(io)?;
        }
        out.write_all(&xml.as_bytes()[piece.0..piece.1])
            .map_err(io)?;
        tail = Some(xml[piece.1..].to_string());
    }
    match tail {
        Some(t) => out.write_all(t.as_bytes()).map_err(io),
        None => out.write_all(empty.as_bytes()).map_err(io),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suite_named(name: &str, cases: usize) -> TestSuite {
        let mut s = TestSuite::new(name);
        for i in 0..cases {
            let status = if i % 2 == 0 {
                TestCaseStatus::success()
            } else {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                s.set_message("a <b> & \"c\"\nd");
                s
            };
            s.add_test_case(TestCase::new(format!("case {i}"), status));
        }
        s.set_system_out("out > in\n");
        s
    }

    #[test]
    fn suites_written_one_at_a_time_match_the_whole_report() {
        for n in [0, 1, 3] {
            let suites: Vec<TestSuite> = (0..n).map(|i| suite_named(&format!("S{i}"), i)).collect();
            let mut whole = Report::new("R <&>");
            whole.set_time(Duration::from_millis(1500));
            whole.add_test_suites(suites.clone());
            let mut head = Report::new("R <&>");
            head.set_time(Duration::from_millis(1500));
            (head.tests, head.skipped, head.failures, head.errors) =
                (whole.tests, whole.skipped, whole.failures, whole.errors);
            let mut out = Vec::new();
            write_streamed(&mut out, &head, &mut suites.into_iter().map(Ok)).expect("written");
            assert_eq!(
                String::from_utf8_lossy(&out),
                without_root_skipped(whole.to_string().expect("xml")),
                "{n} suites"
            );
        }
    }

    #[test]
    fn testsuites_carries_no_skipped_attribute_but_each_testsuite_does() {
        let mut whole = Report::new("R");
        whole.add_test_suite(suite_named("S", 2));
        let xml = without_root_skipped(whole.to_string().expect("xml"));
        let root = &xml[..after_start_tag(&xml).expect("start tag")];
        assert!(
            root.contains("<testsuites name=\"R\" tests=") && !root.contains("skipped"),
            "{root}"
        );
        assert!(
            xml.contains("<testsuite name=\"S\" tests=\"2\" skipped="),
            "{xml}"
        );
    }
}
