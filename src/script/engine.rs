//! The QuickJS side of the sandbox: one rquickjs runtime and context with our JavaScript
//! prelude loaded once, the memory, stack and time limits, the cache of compiled scripts,
//! and the calls into the prelude's protocol object (`js/sandbox.js`).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;

use rquickjs::context::EvalOptions;
use rquickjs::{CatchResultExt, CaughtError, Context, Ctx, Function, Object, Runtime, Value};

use super::alloc::{Capped, Meter};
use super::prelude::SOURCES;

/// What the prelude is loaded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PreludeFrom {
    /// The bytecode `build.rs` made (the source when there is none).
    Bytecode,
    /// The JavaScript source.
    Source,
}

/// Evaluates every prelude file in order.
fn load_prelude(ctx: &Ctx<'_>, from: PreludeFrom) -> Result<(), String> {
    for file in SOURCES {
        if from == PreludeFrom::Bytecode && !file.bytecode.is_empty() {
            super::bytecode::run(ctx, file.bytecode, file.name)
                .map_err(|e| format!("loading {e}"))?;
            continue;
        }
        let mut opts = EvalOptions::default();
        opts.strict = false;
        opts.filename = Some(format!("courier:{}", file.name));
        ctx.eval_with_options::<(), _>(file.source, opts)
            .catch(ctx)
            .map_err(|e| format!("loading {}: {}", file.name, caught_text(&e)))?;
    }
    Ok(())
}

/// QuickJS's own stack limit for script code (recursion is an error, not a crash).
const MAX_STACK: usize = 1024 * 1024;

/// The memory cap while the prelude loads.
const PRELUDE_CAP: usize = 256 * 1024 * 1024;

/// Which parameter list a script is compiled with (see `__courierScriptParams`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Kind {
    Prerequest,
    Test,
    /// `"use sandbox2";` scripts: no legacy globals.
    Plain,
}

impl Kind {
    /// The name `__courier.exec` and `__courierScriptParams` take.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Prerequest => "prerequest",
            Kind::Test => "test",
            Kind::Plain => "plain",
        }
    }
}

/// A compiled script: its id in the sandbox and which legacy globals it mentions.
#[derive(Debug, Clone, Copy)]
pub(super) struct Compiled {
    pub id: u32,
    pub legacy_mask: u32,
}

/// The parameters every compiled script gets before the legacy globals.
const BASE_PARAMS: usize = 9;

/// A compile error: message plus the position in the user's code.
#[derive(Debug, Clone)]
pub(super) struct CompileError {
    pub name: String,
    pub message: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

/// What went wrong in a call into JavaScript that the script could not catch.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Fault {
    /// The interrupt handler stopped it (deadline passed).
    Interrupted,
    /// The memory limit was hit.
    OutOfMemory,
    /// Anything else (a bug in the prelude, an exception at the wrong place).
    Other(String),
}

/// Limits and flags shared with the interrupt handler.
#[derive(Default)]
pub(super) struct Watch {
    pub deadline: Cell<Option<Instant>>,
    pub fired: Cell<bool>,
}

/// One runtime + context with the prelude loaded.
pub(super) struct Js {
    cache: HashMap<Kind, HashMap<String, Result<Compiled, CompileError>>>,
    /// Parameter names of the compiled wrapper, per kind.
    params: HashMap<Kind, Vec<String>>,
    next_id: u32,
    /// Memory in use and the cap (see `alloc`).
    pub meter: Rc<Meter>,
    /// Set when the runtime hit its memory limit or faulted: rebuild before the next run.
    pub tainted: bool,
    /// The current run's parts (`input::Document`), handed out by `host.part(i)`.
    parts: Rc<RefCell<Vec<String>>>,
    context: Context,
    runtime: Runtime,
}

fn caught_text(e: &CaughtError<'_>) -> String {
    match e {
        CaughtError::Exception(ex) => {
            let msg = ex.message().unwrap_or_default();
            let stack = ex.stack().unwrap_or_default();
            format!("{msg}\n{stack}")
        }
        CaughtError::Value(v) => format!("{v:?}"),
        CaughtError::Error(e) => e.to_string(),
    }
}

impl Js {
    /// A runtime with the prelude loaded from bytecode, or from source if that fails.
    pub fn new(watch: &Rc<Watch>) -> Result<Self, String> {
        Self::with_prelude(watch, PreludeFrom::Bytecode)
            .or_else(|_| Self::with_prelude(watch, PreludeFrom::Source))
    }

    pub(super) fn with_prelude(watch: &Rc<Watch>, from: PreludeFrom) -> Result<Self, String> {
        let meter = Rc::new(Meter::default());
        meter.set_cap(PRELUDE_CAP);
        let parts = Rc::new(RefCell::new(Vec::new()));
        let runtime = Runtime::new_with_alloc(Capped::new(Rc::clone(&meter)))
            .map_err(|e| format!("JavaScript runtime: {e}"))?;
        runtime.set_max_stack_size(MAX_STACK);
        let w = Rc::clone(watch);
        runtime.set_interrupt_handler(Some(Box::new(move || match w.deadline.get() {
            Some(d) if Instant::now() >= d => {
                w.fired.set(true);
                true
            }
            _ => false,
        })));
        let context = Context::full(&runtime).map_err(|e| format!("JavaScript context: {e}"))?;
        let params = context.with(|ctx| -> Result<HashMap<Kind, Vec<String>>, String> {
            load_prelude(&ctx, from)?;
            let fail = |what: &str, e: CaughtError<'_>| format!("{what}: {}", caught_text(&e));
            let globals = ctx.globals();
            let dynamic = Function::new(ctx.clone(), |name: String| {
                crate::vars::dynamic_value(&name)
            })
            .catch(&ctx)
            .map_err(|e| fail("host function", e))?;
            let url_parse = Function::new(ctx.clone(), |text: String| {
                serde_json::to_string(&crate::request::UrlDef::parse(&text))
                    .unwrap_or_else(|_| "{}".to_string())
            })
            .catch(&ctx)
            .map_err(|e| fail("host function", e))?;
            let shared = Rc::clone(&parts);
            // Each part is fetched once per run (the sandbox keeps what it parsed).
            let part = Function::new(ctx.clone(), move |i: usize| {
                shared
                    .borrow_mut()
                    .get_mut(i)
                    .map(std::mem::take)
                    .unwrap_or_default()
            })
            .catch(&ctx)
            .map_err(|e| fail("host function", e))?;
            let m = Rc::clone(&meter);
            let out_of_memory = Function::new(ctx.clone(), move || m.refused())
                .catch(&ctx)
                .map_err(|e| fail("host function", e))?;
            let library = Function::new(ctx.clone(), super::libs::load)
                .catch(&ctx)
                .map_err(|e| fail("host function", e))?;
            let available = super::libs::available().join(", ");
            let native = super::libs::natives(&ctx)
                .catch(&ctx)
                .map_err(|e| fail("host natives", e))?;
            let host = Object::new(ctx.clone())
                .catch(&ctx)
                .map_err(|e| fail("host object", e))?;
            host.set("dynamic", dynamic)
                .and_then(|()| host.set("urlParse", url_parse))
                .and_then(|()| host.set("outOfMemory", out_of_memory))
                .and_then(|()| host.set("part", part))
                .and_then(|()| host.set("library", library))
                .and_then(|()| host.set("available", available))
                .and_then(|()| host.set("native", native))
                .catch(&ctx)
                .map_err(|e| fail("host object", e))?;
            let make: Function = globals
                .get("__courierSandbox")
                .catch(&ctx)
                .map_err(|e| fail("prelude", e))?;
            make.call::<_, ()>((host,))
                .catch(&ctx)
                .map_err(|e| fail("starting the sandbox", e))?;
            let params_fn: Function = globals
                .get("__courierScriptParams")
                .catch(&ctx)
                .map_err(|e| fail("prelude", e))?;
            let mut params = HashMap::new();
            for kind in [Kind::Prerequest, Kind::Test, Kind::Plain] {
                let list: Vec<String> = params_fn
                    .call((kind.as_str(),))
                    .catch(&ctx)
                    .map_err(|e| fail("prelude", e))?;
                params.insert(kind, list);
            }
            Ok(params)
        })?;
        runtime.run_gc();
        Ok(Js {
            cache: HashMap::new(),
            params,
            next_id: 0,
            meter,
            tainted: false,
            parts,
            context,
            runtime,
        })
    }

    /// Sets the parts `host.part(i)` hands out during the next run.
    pub fn set_parts(&self, parts: Vec<String>) {
        *self.parts.borrow_mut() = parts;
    }

    /// Caps the memory in use at `extra` bytes beyond the current use.
    pub fn set_memory_headroom(&self, extra: usize) {
        self.meter.set_cap(self.meter.used().saturating_add(extra));
        self.meter.reset_refused();
    }

    /// Runs the cycle collector if an allocation was refused during this run.
    pub fn collect_after_refusal(&self) {
        if self.meter.refused() {
            self.runtime.run_gc();
        }
    }

    /// Re-anchors QuickJS's stack check at the current stack position.
    fn anchor_stack(&self) {
        // SAFETY: the pointer is this context's live runtime; JS_UpdateStackTop only records
        // the current stack address in it, and no JavaScript is running at this point.
        unsafe { rquickjs::qjs::JS_UpdateStackTop(self.context.get_runtime_ptr()) }
    }

    /// Compiles `code` (once per kind; later calls hit the cache) and returns its id.
    pub fn compile(&mut self, code: &str, kind: Kind) -> Result<Compiled, CompileError> {
        if let Some(hit) = self.cache.get(&kind).and_then(|m| m.get(code)) {
            return hit.clone();
        }
        self.anchor_stack();
        let names = self.params.get(&kind).cloned().unwrap_or_default();
        let legacy_mask = names
            .iter()
            .skip(BASE_PARAMS)
            .enumerate()
            .filter(|(_, name)| mentions(code, name))
            .fold(0u32, |mask, (i, _)| mask | (1 << i));
        let params = names.join(",");
        let id = self.next_id;
        self.next_id += 1;
        let source = format!("(function({params}){{return function(){{\n{code}\n}}}})");
        let result = self.context.with(|ctx| {
            let mut opts = EvalOptions::default();
            opts.strict = false;
            opts.filename = Some("script".into());
            match ctx
                .eval_with_options::<Function, _>(source, opts)
                .catch(&ctx)
            {
                Ok(f) => {
                    let protocol: Object = ctx.globals().get("__courier").map_err(|e| plain(&e))?;
                    let register: Function = protocol.get("register").map_err(|e| plain(&e))?;
                    register
                        .call::<_, ()>((id, f))
                        .catch(&ctx)
                        .map_err(|e| compile_error(&e))?;
                    Ok(Compiled { id, legacy_mask })
                }
                Err(e) => Err(compile_error(&e)),
            }
        });
        self.cache
            .entry(kind)
            .or_default()
            .insert(code.to_string(), result.clone());
        result
    }

    /// Calls `__courier[method](args)`; JavaScript exceptions the prelude lets through (the
    /// interrupt, the memory limit) come back as a [`Fault`].
    pub fn call<A, R>(&mut self, watch: &Watch, method: &str, args: A) -> Result<R, Fault>
    where
        A: for<'js> rquickjs::function::IntoArgs<'js>,
        R: for<'js> rquickjs::FromJs<'js>,
    {
        self.anchor_stack();
        let result = self.context.with(|ctx| {
            let call = || -> rquickjs::Result<R> {
                let protocol: Object = ctx.globals().get("__courier")?;
                let f: Function = protocol.get(method)?;
                f.call(args)
            };
            call().catch(&ctx).map_err(|e| classify(&e))
        });
        let result = match result {
            Err(Fault::Other(_)) if self.meter.refused() => Err(Fault::OutOfMemory),
            other => other,
        };
        self.after_fault(watch, result)
    }

    /// Whether promise jobs are waiting to run.
    pub fn has_pending_jobs(&self) -> bool {
        self.runtime.is_job_pending()
    }

    /// Runs pending promise jobs until there are none left.
    pub fn drain_jobs(&mut self, watch: &Watch) -> Result<(), Fault> {
        self.anchor_stack();
        while self.runtime.is_job_pending() {
            match self.runtime.execute_pending_job() {
                Ok(_) => {}
                Err(job) => {
                    let fault = job.0.with(|ctx| {
                        let v = ctx.catch();
                        let text = match v.as_exception() {
                            Some(ex) => ex.message().unwrap_or_default(),
                            None => format!("{v:?}"),
                        };
                        if text.contains("out of memory") {
                            Fault::OutOfMemory
                        } else {
                            Fault::Other(text)
                        }
                    });
                    self.after_fault(watch, Err::<(), _>(fault))?;
                }
            }
        }
        Ok(())
    }

    fn after_fault<R>(&mut self, watch: &Watch, result: Result<R, Fault>) -> Result<R, Fault> {
        match result {
            Ok(v) => Ok(v),
            Err(_) if watch.fired.get() => {
                watch.fired.set(false);
                Err(Fault::Interrupted)
            }
            Err(f) => {
                if f == Fault::OutOfMemory {
                    self.tainted = true;
                }
                self.runtime.run_gc();
                Err(f)
            }
        }
    }
}

fn plain(e: &rquickjs::Error) -> CompileError {
    CompileError {
        name: "Error".into(),
        message: e.to_string(),
        line: None,
        column: None,
    }
}

fn classify(e: &CaughtError<'_>) -> Fault {
    let text = caught_text(e);
    if text.contains("out of memory") {
        Fault::OutOfMemory
    } else {
        Fault::Other(text)
    }
}

/// A syntax error's name, message and position (`at script:L:C`, minus the wrapper line).
fn compile_error(e: &CaughtError<'_>) -> CompileError {
    match e {
        CaughtError::Exception(ex) => {
            let name = ex
                .get::<_, Value>("name")
                .ok()
                .and_then(|v| v.as_string().and_then(|s| s.to_string().ok()))
                .unwrap_or_else(|| "SyntaxError".into());
            let stack = ex.stack().unwrap_or_default();
            let (line, column) = script_position(&stack);
            CompileError {
                name,
                message: ex.message().unwrap_or_default(),
                line,
                column,
            }
        }
        other => CompileError {
            name: "SyntaxError".into(),
            message: caught_text(other),
            line: None,
            column: None,
        },
    }
}

/// Whether `code` mentions the identifier `name` other than as a property (`x.name`).
pub(super) fn mentions(code: &str, name: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    code.match_indices(name).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + name.len()..].chars().next();
        !before.is_some_and(|c| ident(c) || c == '.') && !after.is_some_and(ident)
    })
}

/// The first `script:LINE:COL` in a stack, as a position in the user's code.
pub(super) fn script_position(stack: &str) -> (Option<u32>, Option<u32>) {
    let Some(at) = stack.find("script:") else {
        return (None, None);
    };
    let rest = &stack[at + "script:".len()..];
    let mut parts = rest.split(|c: char| !c.is_ascii_digit());
    let line = parts.next().and_then(|s| s.parse::<u32>().ok());
    let column = parts.next().and_then(|s| s.parse::<u32>().ok());
    match (line, column) {
        (Some(l), Some(c)) => (Some(l.saturating_sub(1).max(1)), Some(c)),
        _ => (None, None),
    }
}
