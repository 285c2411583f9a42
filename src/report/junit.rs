//! The JUnit reporter, written through quick-junit: one `<testsuite>` per request item
//! (`Folder / Request`, executions grouped across iterations), one `<testcase>` per assertion.
//! A request error becomes an `<error>` test case named `request`, so CI shows it.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::{write_export, Redactor, ReportError, Reporter, RunContext};
use crate::runner::{Execution, RunEvent, RunSummary};

pub struct JunitReporter {
    export: Option<PathBuf>,
    redact: Redactor,
}

impl JunitReporter {
    pub fn new(export: Option<PathBuf>, redact: Redactor) -> Self {
        JunitReporter { export, redact }
    }
}

impl Reporter for JunitReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) {
        if let RunEvent::Executed(e) = event {
            self.redact.learn(e);
        }
    }

    fn finish(&mut self, summary: &RunSummary, _ctx: &RunContext) -> Result<(), ReportError> {
        let xml = render(summary, &self.redact).map_err(|e| ReportError {
            reporter: "junit".into(),
            message: e,
        })?;
        let path = self
            .export
            .clone()
            .unwrap_or_else(|| PathBuf::from("newman"));
        write_export(
            &path,
            &super::json::default_name("xml"),
            xml.as_bytes(),
            "junit",
        )?;
        Ok(())
    }
}

/// The JUnit XML of a run.
pub fn render(summary: &RunSummary, redact: &Redactor) -> Result<String, String> {
    let mut report = Report::new(summary.collection_name.as_str());
    report.set_time(summary.duration);
    // Group executions by item, keeping first-seen order.
    let mut order: Vec<String> = Vec::new();
    let mut groups: BTreeMap<String, Vec<&Execution>> = BTreeMap::new();
    for e in &summary.executions {
        let key = e.item.path.clone();
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push(e);
    }
    let ts = chrono::DateTime::<chrono::Utc>::from(summary.started).fixed_offset();
    for key in order {
        let execs = &groups[&key];
        let item = &execs[0].item;
        let mut suite = TestSuite::new(item.full_name());
        suite.set_timestamp(ts);
        let mut total = Duration::ZERO;
        let mut system_err = String::new();
        let mut system_out = String::new();
        for e in execs {
            let mut r = redact.clone();
            r.learn(e);
            let t = e.response.as_ref().map(|r| r.elapsed).unwrap_or_default();
            // A one-line request/response summary, shown by GitLab and Jenkins beside failures.
            if let Some(req) = &e.request {
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
                system_out.push_str(&format!(
                    "Iteration {}: {} {} -> {}\n",
                    e.cursor.iteration,
                    req.method,
                    r.text(&req.url.href),
                    outcome
                ));
            }
            total += t;
            for a in &e.assertions {
                let status = if a.skipped {
                    TestCaseStatus::skipped()
                } else if let Some(msg) = &a.error {
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    s.set_type("AssertionFailure");
                    s.set_message(r.text(msg));
                    s.set_description(format!(
                        "Iteration: {}\n{}\nat assertion in {}",
                        e.cursor.iteration,
                        r.text(msg),
                        item.full_name()
                    ));
                    s
                } else {
                    TestCaseStatus::success()
                };
                let mut tc = TestCase::new(a.name.as_str(), status);
                tc.set_classname(classname(summary, item.full_name()));
                tc.set_time(t);
                suite.add_test_case(tc);
            }
            for err in &e.script_errors {
                system_err.push_str(&format!(
                    "Iteration: {} - {} in {}: {}\n",
                    e.cursor.iteration,
                    err.name,
                    err.at(),
                    r.text(&err.message)
                ));
            }
            if let Some(err) = &e.error {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Error);
                s.set_type(err.code.as_str());
                s.set_message(r.text(&err.message));
                let mut tc = TestCase::new("request", s);
                tc.set_classname(classname(summary, item.full_name()));
                suite.add_test_case(tc);
                system_err.push_str(&format!(
                    "Iteration: {} - request error: {}\n",
                    e.cursor.iteration,
                    r.text(&err.message)
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
        report.add_test_suite(suite);
    }
    report.to_string().map_err(|e| e.to_string())
}

fn classname(summary: &RunSummary, full_name: String) -> String {
    let collection = summary.collection_name.replace('.', "_");
    format!("{collection}.{}", full_name.replace(" / ", "."))
}
