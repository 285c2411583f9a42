//! The CLI reporter: Newman-style request lines as the run goes, then the summary table and
//! the numbered failure list.

use std::io::Write;

use super::format::{bytes, duration, millis};
use super::{Redactor, ReportError, Reporter, RunContext};
use crate::runner::{RunEvent, RunSummary};

/// Console options (`--color`, `--disable-unicode`, `--reporter-cli-*`).
#[derive(Debug, Clone)]
pub struct CliOptions {
    pub color: bool,
    pub unicode: bool,
    pub no_summary: bool,
    pub no_failures: bool,
    pub no_banner: bool,
    pub no_assertions: bool,
    pub no_success_assertions: bool,
    pub no_console: bool,
    pub verbose: bool,
    /// Also print failures as GitHub Actions `::error` annotations (GITHUB_ACTIONS=true).
    pub github_annotations: bool,
}

pub struct CliReporter {
    out: Box<dyn Write + Send>,
    opts: CliOptions,
    redact: Redactor,
    last_folders: Vec<String>,
    /// The closing line of an open console box (`  └`), printed before the next output.
    console_open: Option<String>,
}

impl CliReporter {
    pub fn new(out: Box<dyn Write + Send>, opts: CliOptions, redact: Redactor) -> Self {
        CliReporter {
            out,
            opts,
            redact,
            last_folders: Vec::new(),
            console_open: None,
        }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.opts.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn line(&mut self, s: &str) {
        let _ = writeln!(self.out, "{s}");
    }

    fn summary_table(&mut self, s: &RunSummary) {
        let u = self.opts.unicode;
        let (tl, tm, tr, ml, mm, mr, bl, bm, br, h, v) = if u {
            ('┌', '┬', '┐', '├', '┼', '┤', '└', '┴', '┘', '─', '│')
        } else {
            ('+', '+', '+', '+', '+', '+', '+', '+', '+', '-', '|')
        };
        let rt = &s.response_times;
        let lines = [
            format!("total run duration: {}", duration(s.duration)),
            format!("total data received: {} (approx)", bytes(s.transfer_total)),
            format!(
                "average response time: {} [min: {}, max: {}, s.d.: {}]",
                millis(rt.mean),
                millis(rt.min),
                millis(rt.max),
                millis(rt.sd())
            ),
        ];
        let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        let mut w = [25usize, 19, 18];
        w[0] += (longest + 2).saturating_sub(w[0] + w[1] + w[2] + 2);
        let w0 = w[0] - 1;
        let bar = |l: char, m: char, r: char| {
            format!(
                "{l}{}{m}{}{m}{}{r}",
                h.to_string().repeat(w[0]),
                h.to_string().repeat(w[1]),
                h.to_string().repeat(w[2])
            )
        };
        let row = |a: &str, b: &str, c: &str| format!("{v}{a:>w0$} {v}{b:>18} {v}{c:>17} {v}");
        let st = &s.stats;
        self.line(&bar(tl, tm, tr));
        self.line(&row("", "executed", "failed"));
        let rows = [
            ("iterations", st.iterations),
            ("requests", st.requests),
            ("test-scripts", st.test_scripts),
            ("prerequest-scripts", st.prerequest_scripts),
            ("assertions", st.assertions),
        ];
        for (name, stat) in rows {
            self.line(&bar(ml, mm, mr));
            let failed = if stat.failed > 0 {
                self.paint("31", &format!("{:>17}", stat.failed))
            } else {
                format!("{:>17}", stat.failed)
            };
            let r = format!("{v}{name:>w0$} {v}{:>18} {v}{failed} {v}", stat.total);
            self.line(&r);
        }
        let full = w[0] + w[1] + w[2] + 2;
        self.line(&format!(
            "{ml}{}{bm}{}{bm}{}{mr}",
            h.to_string().repeat(w[0]),
            h.to_string().repeat(w[1]),
            h.to_string().repeat(w[2])
        ));
        let wide = |t: String| format!("{v} {t:<width$}{v}", width = full - 1);
        for (i, l) in lines.iter().enumerate() {
            self.line(&wide(l.clone()));
            if i + 1 < lines.len() {
                self.line(&format!("{ml}{}{mr}", h.to_string().repeat(full)));
            }
        }
        self.line(&format!("{bl}{}{br}", h.to_string().repeat(full)));
    }

    /// Appends a Markdown summary to `$GITHUB_STEP_SUMMARY` (GitHub Actions).
    fn step_summary(&self, s: &RunSummary) {
        let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY") else {
            return;
        };
        let st = &s.stats;
        let verdict = if s.failed() {
            "❌ failed"
        } else {
            "✅ passed"
        };
        let mut md = format!(
            "### courier: {} — {verdict}\n\n| | executed | failed |\n|---|---:|---:|\n",
            s.collection_name.replace('|', "\\|")
        );
        for (name, stat) in [
            ("iterations", st.iterations),
            ("requests", st.requests),
            ("test-scripts", st.test_scripts),
            ("prerequest-scripts", st.prerequest_scripts),
            ("assertions", st.assertions),
        ] {
            md.push_str(&format!("| {name} | {} | {} |\n", stat.total, stat.failed));
        }
        if !s.failures.is_empty() {
            md.push_str("\n| # | failure | where | detail |\n|---:|---|---|---|\n");
            for (i, f) in s.failures.iter().enumerate() {
                let detail = self
                    .redact
                    .text(&f.message)
                    .replace('|', "\\|")
                    .replace('\n', " ");
                md.push_str(&format!(
                    "| {} | {} | {} ({}) | {detail} |\n",
                    i + 1,
                    f.name,
                    f.item.full_name(),
                    f.at
                ));
            }
        }
        md.push('\n');
        use std::io::Write as _;
        if let Ok(mut file) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            let _ = file.write_all(md.as_bytes());
        }
    }

    fn failures(&mut self, s: &RunSummary) {
        if s.failures.is_empty() {
            return;
        }
        self.line("");
        self.line(&format!("  #  {:<19} detail", "failure"));
        self.line("");
        for (i, f) in s.failures.iter().enumerate() {
            let msg = self.redact.text(&f.message);
            self.line(&format!(" {:>2}.  {:<19} {}", i + 1, f.name, msg));
            self.line(&format!("{:26}at {}", "", f.at));
            self.line(&format!("{:26}inside \"{}\"", "", f.item.full_name()));
            self.line("");
        }
    }
}

impl Reporter for CliReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) {
        self.show(event);
        // One write per event (`out` is buffered), so each request's lines appear together.
        let _ = self.out.flush();
    }

    fn finish(&mut self, _summary: &RunSummary, _ctx: &RunContext) -> Result<(), ReportError> {
        if let Some(bottom) = self.console_open.take() {
            self.line(&bottom);
        }
        let _ = self.out.flush();
        Ok(())
    }
}

impl CliReporter {
    fn show(&mut self, event: &RunEvent<'_>) {
        if !matches!(event, RunEvent::Console(_)) {
            if let Some(bottom) = self.console_open.take() {
                self.line(&bottom);
            }
        }
        match event {
            RunEvent::Started { collection, .. } => {
                if !self.opts.no_banner {
                    self.line("courier");
                    self.line("");
                }
                self.line(collection);
            }
            RunEvent::IterationStarted {
                iteration,
                iterations,
            } => {
                if *iterations > 1 {
                    self.line("");
                    let t = format!("Iteration {}/{}", iteration + 1, iterations);
                    let t = self.paint("90", &t);
                    self.line(&t);
                }
                self.last_folders.clear();
            }
            RunEvent::ItemStarted { item, .. } => {
                let (folder_mark, arrow) = if self.opts.unicode {
                    ("❏", "↳")
                } else {
                    ("#", "->")
                };
                if item.folders != self.last_folders {
                    if !item.folders.is_empty() {
                        self.line("");
                        let f = format!("{folder_mark} {}", item.folders.join(" / "));
                        self.line(&f);
                    }
                    self.last_folders = item.folders.clone();
                }
                let lead = if item.folders.is_empty() {
                    "\n→".to_string()
                } else {
                    arrow.to_string()
                };
                let lead = if self.opts.unicode {
                    lead
                } else {
                    lead.replace('→', "->")
                };
                self.line(&format!("{lead} {}", item.name));
            }
            RunEvent::Executed(e) => {
                self.redact.learn(e);
                let url = e
                    .request
                    .as_ref()
                    .map(|r| (r.method.clone(), self.redact.text(&r.url.href)))
                    .unwrap_or_default();
                match (&e.response, &e.error) {
                    (Some(r), _) => {
                        let status = format!("{} {}", r.status, r.reason);
                        let status = if r.status >= 400 {
                            self.paint("31", &status)
                        } else {
                            status
                        };
                        let l = format!(
                            "  {} {} [{}, {}, {}]",
                            url.0,
                            url.1,
                            status,
                            bytes(r.body_size + r.header_size()),
                            duration(r.elapsed)
                        );
                        self.line(&l);
                        if self.opts.verbose || e.show_body {
                            let body = self.redact.body(&r.body, r.body_size);
                            self.line(&format!("  {}", body.replace('\n', "\n  ")));
                        }
                    }
                    (None, Some(err)) => {
                        let tag = self.paint("31", "errored");
                        self.line(&format!("  {} {} [{tag}]", url.0, url.1));
                        let msg = self.redact.text(&err.message);
                        self.line(&format!("     {}", self.paint("90", &msg)));
                    }
                    (None, None) => {}
                }
                for err in &e.script_errors {
                    let l = self.paint(
                        "31",
                        &format!(
                            "  ⚠ {} in {}: {}",
                            err.name,
                            err.at(),
                            self.redact.text(&err.message)
                        ),
                    );
                    self.line(&l);
                }
                if e.skipped {
                    self.line("  (skipped by pm.execution.skipRequest)");
                }
                for (i, a) in e.assertions.iter().enumerate() {
                    if self.opts.no_assertions
                        || (self.opts.no_success_assertions && a.error.is_none())
                    {
                        continue;
                    }
                    let l = if a.skipped {
                        format!("  - {}", self.redact.text(&a.name))
                    } else if a.error.is_some() {
                        self.paint("31", &format!("  {}. {}", i + 1, self.redact.text(&a.name)))
                    } else {
                        let tick = if self.opts.unicode { "✓" } else { "√" };
                        format!(
                            "  {}  {}",
                            self.paint("32", tick),
                            self.redact.text(&a.name)
                        )
                    };
                    self.line(&l);
                }
            }
            RunEvent::Console(m) => {
                if !self.opts.no_console {
                    // Newman frames a run of console lines: `┌`, `│ line`…, `└`.
                    let (top, bar, bottom) = if self.opts.unicode {
                        ("┌", "│", "└")
                    } else {
                        ("-", "|", "-")
                    };
                    let colour = match m.level.as_str() {
                        "info" => "36",
                        "warn" => "33",
                        "error" => "31",
                        "debug" => "34",
                        _ => "90",
                    };
                    if self.console_open.is_none() {
                        let l = self.paint(colour, &format!("  {top}"));
                        self.line(&l);
                        self.console_open = Some(self.paint(colour, &format!("  {bottom}")));
                    }
                    let text = self.redact.text(&m.text);
                    for line in text.lines() {
                        let l = self.paint(colour, &format!("  {bar} {line}"));
                        self.line(&l);
                    }
                }
            }
            RunEvent::Notice(msg) => {
                let m = self.paint("33", &format!("  notice: {msg}"));
                self.line(&m);
            }
            RunEvent::IterationFinished { .. } => {}
            RunEvent::Finished(s) => {
                self.line("");
                if !self.opts.no_summary {
                    self.summary_table(s);
                }
                if let Some(err) = &s.error {
                    self.line(&format!("\n  run error: {err}"));
                }
                if !self.opts.no_failures {
                    self.failures(s);
                }
                if self.opts.github_annotations {
                    self.step_summary(s);
                    for f in &s.failures {
                        let msg = self.redact.text(&f.message);
                        let title =
                            escape_annotation(&format!("{} / {}", f.item.full_name(), f.at), true);
                        self.line(&format!(
                            "::error title={title}::{}",
                            escape_annotation(&msg, false)
                        ));
                    }
                }
                let _ = self.out.flush();
            }
        }
    }
}

/// Escapes text for a GitHub Actions workflow command (`%`, CR, LF; and `:`/`,` in properties).
fn escape_annotation(s: &str, property: bool) -> String {
    let mut out = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}
