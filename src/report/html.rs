//! The HTML reporter: one self-contained page (inline CSS, no JavaScript, no external
//! resources, so it opens under a strict Content Security Policy), rendered with handlebars
//! from the template embedded in the binary (`templates/report.hbs`) or the user's
//! `--reporter-html-template`. The page is written straight to the file. Of each execution,
//! only a [`view::Brief`] stays in memory; its detail is built (sealed) when it is reported,
//! kept in a [`spool`](super::spool) on disk, and read back only while its part of the page is
//! rendered, masked with every secret of the run.

#[path = "html_view.rs"]
pub mod view;

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use handlebars::{
    BlockContext, Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext,
    RenderErrorReason, Renderable,
};

use super::spool::Records;
use super::{Redactor, ReportError, Reporter, RunContext};
use crate::runner::{Execution, RunEvent, RunSummary};

/// The page template kept in the repository.
pub const DEFAULT_TEMPLATE: &str = include_str!("templates/report.hbs");
/// The page's style sheet, given to templates as `{{{style}}}`.
pub const STYLE: &str = include_str!("templates/report.css");
/// Bodies longer than this are cut in the report unless `maxBodySize` says otherwise.
pub const DEFAULT_MAX_BODY: usize = 32 * 1024;

const NAME: &str = "html";

/// The HTML reporter's options (`--reporter-html-<option>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlOptions {
    /// File or directory to write; default `newman/newman-run-report-<time>.html`.
    pub export: Option<PathBuf>,
    /// A handlebars template to use instead of the built-in one.
    pub template: Option<PathBuf>,
    /// Only failed requests (and those a failure points to) are detailed.
    pub show_only_fails: bool,
    /// Request and response bodies are left out.
    pub omit_bodies: bool,
    /// Request and response headers are left out.
    pub omit_headers: bool,
    /// The page title; default `<collection> · run report`.
    pub title: Option<String>,
    /// Bodies are cut beyond this many bytes.
    pub max_body: usize,
}

impl Default for HtmlOptions {
    fn default() -> Self {
        HtmlOptions {
            export: None,
            template: None,
            show_only_fails: false,
            omit_bodies: false,
            omit_headers: false,
            title: None,
            max_body: DEFAULT_MAX_BODY,
        }
    }
}

impl HtmlOptions {
    /// Reads the options given as `--reporter-html-<name> value`, in Newman's camelCase or in
    /// kebab-case (see [`OPTION_NAMES`]): `export`, `template`, `title`, `showOnlyFails`,
    /// `omitBodies`, `omitHeaders` (true when given without a value) and `maxBodySize`
    /// (bytes, or with a `KB`/`MB` suffix). Other names are ignored, as Newman does; bad
    /// values are refused.
    pub fn from_reporter_options(map: &BTreeMap<String, String>) -> Result<Self, String> {
        let mut o = HtmlOptions::default();
        for (key, value) in map {
            match normalize(key).as_str() {
                "export" => o.export = Some(PathBuf::from(value)),
                "template" => o.template = Some(PathBuf::from(value)),
                "title" => o.title = Some(value.clone()),
                "showonlyfails" => o.show_only_fails = flag(key, value)?,
                "omitbodies" => o.omit_bodies = flag(key, value)?,
                "omitheaders" => o.omit_headers = flag(key, value)?,
                "maxbodysize" => o.max_body = size(key, value)?,
                _ => {}
            }
        }
        Ok(o)
    }

    /// True when `name` (camelCase or kebab-case) is one of the reporter's options.
    pub fn is_option(name: &str) -> bool {
        let n = normalize(name);
        OPTION_NAMES.iter().any(|o| normalize(o) == n)
    }

    /// Loads and compiles the template, so that a bad one is refused before the run starts.
    pub fn check_template(&self) -> Result<(), ReportError> {
        let mut hb = Handlebars::new();
        register_template(&mut hb, self)
    }

    /// The file the report goes to: `export` (a directory gets the default name in it), or
    /// the default name under `newman/`.
    pub fn target(&self) -> PathBuf {
        let path = self
            .export
            .clone()
            .unwrap_or_else(|| PathBuf::from("newman"));
        let names_dir = path.as_os_str().to_string_lossy().ends_with(['/', '\\']);
        if self.export.is_none() || names_dir || path.is_dir() {
            path.join(super::json::default_name("html"))
        } else {
            path
        }
    }
}

/// The options, as Newman users write them; kebab-case works too (`show-only-fails`).
pub const OPTION_NAMES: &[&str] = &[
    "export",
    "template",
    "title",
    "showOnlyFails",
    "omitBodies",
    "omitHeaders",
    "maxBodySize",
];

/// `showOnlyFails`, `show-only-fails` → `showonlyfails`.
fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '-' && *c != '_')
        .collect::<String>()
        .to_ascii_lowercase()
}

fn flag(key: &str, value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        _ => Err(format!(
            "--reporter-html-{key}: expected true or false, got {value:?}"
        )),
    }
}

fn size(key: &str, value: &str) -> Result<usize, String> {
    let v = value.trim().to_ascii_lowercase();
    let (digits, unit) = match v.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => v.split_at(i),
        None => (v.as_str(), ""),
    };
    let mult = match unit.trim() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1024,
        "m" | "mb" | "mib" => 1024 * 1024,
        _ => 0,
    };
    match digits.parse::<usize>() {
        Ok(n) if mult > 0 && n > 0 => n
            .checked_mul(mult)
            .ok_or_else(|| format!("--reporter-html-{key}: {value:?} is too large")),
        _ => Err(format!(
            "--reporter-html-{key}: expected a positive size in bytes (or KB/MB), got {value:?}"
        )),
    }
}

fn err(message: String) -> ReportError {
    ReportError {
        reporter: NAME.into(),
        message,
    }
}

fn register_template(hb: &mut Handlebars<'_>, opts: &HtmlOptions) -> Result<(), ReportError> {
    match &opts.template {
        None => hb
            .register_template_string("report", DEFAULT_TEMPLATE)
            .map_err(|e| err(format!("built-in template: {e}"))),
        Some(path) => {
            let source = std::fs::read_to_string(path)
                .map_err(|e| err(format!("cannot read template {}: {e}", path.display())))?;
            hb.register_template_string("report", source)
                .map_err(|e| err(format!("template {}: {e}", path.display())))
        }
    }
}

/// Writes the report of a run.
pub struct HtmlReporter {
    opts: HtmlOptions,
    redact: Redactor,
    executions: Spooled,
}

impl HtmlReporter {
    pub fn new(opts: HtmlOptions, redact: Redactor) -> Self {
        HtmlReporter {
            opts,
            redact,
            executions: Spooled::default(),
        }
    }
}

impl Reporter for HtmlReporter {
    fn on_event(&mut self, event: &RunEvent<'_>) {
        if let RunEvent::Executed(e) = event {
            self.redact.learn(e);
            self.executions.push(e, &self.redact, &self.opts);
        }
    }

    fn finish(&mut self, summary: &RunSummary, _ctx: &RunContext) -> Result<(), ReportError> {
        if let Some(e) = self.executions.details.error() {
            return Err(err(e.to_string()));
        }
        write_report(
            &self.opts.target(),
            summary,
            &mut self.executions,
            &self.redact,
            &self.opts,
        )?;
        Ok(())
    }
}

/// The executions as the reporter keeps them: a brief of each in memory, the details spooled.
#[derive(Default)]
struct Spooled {
    briefs: Vec<view::Brief>,
    details: Records,
}

impl Spooled {
    /// Keeps execution `e`; `redact` must know its secrets.
    fn push(&mut self, e: &Execution, redact: &Redactor, opts: &HtmlOptions) {
        let i = self.briefs.len();
        self.briefs.push(view::Brief::of(e));
        self.details
            .push(&view::execution(e, i, &redact.sealing(), opts));
    }
}

/// Renders the page of a run whose executions are `executions`, in the order they were
/// reported, into `out` (the reporter does the same from the executions it was sent).
pub fn render(
    summary: &RunSummary,
    executions: &[Execution],
    redact: &Redactor,
    opts: &HtmlOptions,
    out: &mut dyn Write,
) -> Result<(), ReportError> {
    let mut redact = redact.clone();
    let mut spooled = Spooled::default();
    for e in executions {
        redact.learn(e);
        spooled.push(e, &redact, opts);
    }
    if let Some(e) = spooled.details.error() {
        return Err(err(e.to_string()));
    }
    render_spooled(summary, &mut spooled, &redact, opts, out)
}

/// Renders the page into `out`. `redact` must know every execution's secrets.
fn render_spooled(
    summary: &RunSummary,
    executions: &mut Spooled,
    redact: &Redactor,
    opts: &HtmlOptions,
    out: &mut dyn Write,
) -> Result<(), ReportError> {
    let mut hb = Handlebars::new();
    register_template(&mut hb, opts)?;
    let data = view::page(summary, &executions.briefs, redact, opts, STYLE);
    hb.register_helper(
        "request",
        Box::new(RequestHelper {
            details: Mutex::new(&mut executions.details),
            redact,
            opts,
        }),
    );
    let ctx = Context::from(data);
    let what = match &opts.template {
        Some(p) => format!("template {}", p.display()),
        None => "built-in template".to_string(),
    };
    hb.render_with_context_to_write("report", &ctx, out)
        .map_err(|e| err(format!("cannot render {what}: {e}")))
}

/// Renders the page to a temporary file beside `target`, then moves it into place, so that a
/// failed render leaves no half-written report (and keeps an older one).
fn write_report(
    target: &Path,
    summary: &RunSummary,
    executions: &mut Spooled,
    redact: &Redactor,
    opts: &HtmlOptions,
) -> Result<PathBuf, ReportError> {
    let dir = target.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(dir) = dir {
        std::fs::create_dir_all(dir)
            .map_err(|e| err(format!("cannot create {}: {e}", dir.display())))?;
    }
    let file_name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report.html".into());
    let tmp = target.with_file_name(format!(".{file_name}.{}.partial", std::process::id()));
    let result = (|| {
        let file = File::create(&tmp)
            .map_err(|e| err(format!("cannot write {}: {e}", target.display())))?;
        let mut w = BufWriter::new(file);
        render_spooled(summary, executions, redact, opts, &mut w)?;
        w.flush()
            .map_err(|e| err(format!("cannot write {}: {e}", target.display())))?;
        std::fs::rename(&tmp, target)
            .map_err(|e| err(format!("cannot write {}: {e}", target.display())))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map(|()| target.to_path_buf())
}

/// `{{#request index}}…{{/request}}`: renders the block with execution `index`'s detail
/// (see [`view::execution`]), read back from the spool and revealed, as its context.
struct RequestHelper<'a> {
    details: Mutex<&'a mut Records>,
    redact: &'a Redactor,
    opts: &'a HtmlOptions,
}

impl HelperDef for RequestHelper<'_> {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let index = h.param(0).and_then(|p| p.value().as_u64()).ok_or(
            RenderErrorReason::InvalidParamType("request index (a number)"),
        )?;
        let mut details = self
            .details
            .lock()
            .map_err(|_| RenderErrorReason::Other("the spooled executions are lost".into()))?;
        let Some(i) = usize::try_from(index).ok().filter(|&i| i < details.len()) else {
            return Ok(());
        };
        let Some(t) = h.template() else {
            return Ok(());
        };
        let mut detail = details
            .get(i)
            .map_err(|e| RenderErrorReason::Other(format!("spooled execution {}: {e}", i + 1)))?;
        drop(details);
        view::reveal_detail(&mut detail, self.redact, self.opts);
        let mut block = BlockContext::new();
        block.set_base_value(detail);
        rc.push_block(block);
        let result = t.render(r, ctx, rc, out);
        rc.pop_block();
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(kv: &[(&str, &str)]) -> BTreeMap<String, String> {
        kv.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn options_accept_camel_and_kebab_case() {
        let o = HtmlOptions::from_reporter_options(&map(&[
            ("export", "out/r.html"),
            ("showOnlyFails", ""),
            ("omit-bodies", "true"),
            ("omitHeaders", "false"),
            ("title", "Nightly"),
            ("max-body-size", "64KB"),
        ]))
        .expect("options");
        assert_eq!(o.export, Some(PathBuf::from("out/r.html")));
        assert!(o.show_only_fails && o.omit_bodies && !o.omit_headers);
        assert_eq!(o.title.as_deref(), Some("Nightly"));
        assert_eq!(o.max_body, 64 * 1024);
        assert_eq!(HtmlOptions::default().max_body, 32 * 1024);
    }

    #[test]
    fn bad_options_are_refused() {
        for kv in [
            ("showOnlyFails", "maybe"),
            ("maxBodySize", "-1"),
            ("maxBodySize", "12 parsecs"),
        ] {
            assert!(
                HtmlOptions::from_reporter_options(&map(&[kv])).is_err(),
                "{kv:?}"
            );
        }
    }

    #[test]
    fn unknown_options_are_ignored_as_newman_does() {
        let unknown = HtmlOptions::from_reporter_options(&map(&[("colour", "red")]));
        assert_eq!(unknown, Ok(HtmlOptions::default()));
        assert!(HtmlOptions::is_option("show-only-fails"));
        assert!(HtmlOptions::is_option("maxBodySize") && !HtmlOptions::is_option("colour"));
    }

    #[test]
    fn export_names_a_file_or_a_directory() {
        let o = |e: Option<&str>| HtmlOptions {
            export: e.map(PathBuf::from),
            ..HtmlOptions::default()
        };
        assert_eq!(o(Some("a/r.html")).target(), PathBuf::from("a/r.html"));
        for (e, dir) in [(None, "newman"), (Some("out/"), "out/")] {
            let t = o(e).target();
            assert!(t.starts_with(dir), "{t:?}");
            let name = t.file_name().map(|n| n.to_string_lossy().into_owned());
            let name = name.unwrap_or_default();
            assert!(name.starts_with("newman-run-report-") && name.ends_with(".html"));
        }
    }

    #[test]
    fn built_in_template_compiles() {
        assert!(HtmlOptions::default().check_template().is_ok());
    }
}
