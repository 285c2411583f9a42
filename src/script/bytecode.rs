//! QuickJS bytecode of the prelude scripts: compiled once by `build.rs` (which includes this
//! file) and loaded by the engine, so that starting a sandbox does not parse 200 KB of
//! JavaScript. The prelude files are plain (sloppy-mode) scripts that define globals, which
//! rquickjs's module API does not cover; hence the few raw QuickJS calls here.

use std::ffi::CString;

use rquickjs::{qjs, CatchResultExt, Ctx, Value};

/// Compiles `source` as a global script named `filename` and returns its bytecode.
#[allow(
    dead_code,
    reason = "build.rs compiles the prelude; the crate itself only in tests"
)]
pub fn compile(ctx: &Ctx<'_>, source: &str, filename: &str) -> Result<Vec<u8>, String> {
    let code = CString::new(source).map_err(|_| format!("{filename}: NUL byte in source"))?;
    let name = CString::new(filename).map_err(|_| format!("{filename}: NUL byte in name"))?;
    let flags = (qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as i32;
    // SAFETY: `code` is NUL-terminated right after its `len` bytes, as JS_Eval requires; the
    // returned value is owned and handed to `Value::from_raw`, which frees it.
    let function = unsafe {
        let raw = qjs::JS_Eval(
            ctx.as_raw().as_ptr(),
            code.as_ptr(),
            source.len() as _,
            name.as_ptr(),
            flags,
        );
        Value::from_raw(ctx.clone(), raw)
    };
    if function.is_exception() {
        return Err(caught(ctx, filename));
    }
    let mut size: qjs::size_t = 0;
    // SAFETY: `function` is a live compiled function of this context; the buffer QuickJS
    // returns is `size` bytes long, copied out and freed with the context's allocator.
    unsafe {
        let flags = qjs::JS_WRITE_OBJ_BYTECODE as i32;
        let buf = qjs::JS_WriteObject(ctx.as_raw().as_ptr(), &mut size, function.as_raw(), flags);
        if buf.is_null() {
            return Err(caught(ctx, filename));
        }
        let bytes = std::slice::from_raw_parts(buf, size as usize).to_vec();
        qjs::js_free(ctx.as_raw().as_ptr(), buf.cast());
        Ok(bytes)
    }
}

/// Runs bytecode made by [`compile`] (by the same QuickJS build) in the global scope.
pub fn run(ctx: &Ctx<'_>, bytes: &[u8], filename: &str) -> Result<(), String> {
    let flags = qjs::JS_READ_OBJ_BYTECODE as i32;
    // SAFETY: QuickJS reads `bytes.len()` bytes from the slice and returns an owned value
    // (or an exception), which JS_EvalFunction consumes; its result is owned by `result`.
    let result = unsafe {
        let ctx_ptr = ctx.as_raw().as_ptr();
        let function = qjs::JS_ReadObject(ctx_ptr, bytes.as_ptr(), bytes.len() as _, flags);
        if qjs::JS_IsException(function) {
            return Err(caught(ctx, filename));
        }
        Value::from_raw(ctx.clone(), qjs::JS_EvalFunction(ctx_ptr, function))
    };
    if result.is_exception() {
        return Err(caught(ctx, filename));
    }
    Ok(())
}

fn caught(ctx: &Ctx<'_>, filename: &str) -> String {
    let error = Err::<(), _>(rquickjs::Error::Exception).catch(ctx);
    match error {
        Err(e) => format!("{filename}: {e}"),
        Ok(()) => format!("{filename}: failed"),
    }
}

#[cfg(test)]
mod tests {
    use rquickjs::{Context, Runtime};

    use super::{compile, run};

    fn with_context<R>(f: impl FnOnce(&rquickjs::Ctx<'_>) -> R) -> R {
        let runtime = Runtime::new().expect("runtime");
        let context = Context::full(&runtime).expect("context");
        context.with(|ctx| f(&ctx))
    }

    #[test]
    fn compiled_scripts_define_their_globals_when_run_elsewhere() {
        let bytes = with_context(|ctx| {
            compile(
                ctx,
                "function twice(x) { return 2 * x; }\nvar seen = 21;",
                "t.js",
            )
        })
        .expect("compiles");
        let answer: i32 = with_context(|ctx| {
            run(ctx, &bytes, "t.js").expect("runs");
            ctx.eval("twice(seen)").expect("defined")
        });
        assert_eq!(answer, 42);
    }

    #[test]
    fn syntax_errors_name_the_file_and_position() {
        let err = with_context(|ctx| compile(ctx, "var ok = 1;\nvar = 2;", "courier:bad.js"))
            .expect_err("syntax error");
        assert!(err.contains("courier:bad.js"), "{err}");
        assert!(err.contains("courier:bad.js:2"), "{err}");
    }

    #[test]
    fn bytes_that_are_not_bytecode_are_an_error() {
        let err = with_context(|ctx| run(ctx, b"not bytecode", "junk")).expect_err("rejected");
        assert!(err.starts_with("junk: "), "{err}");
    }
}
