//! The files under `src/script/js/` that make up the sandbox's prelude, in the order they
//! are evaluated. Shared by the engine and `build.rs` (which compiles them to bytecode).
//! The chai files define functions only, so their order among themselves does not matter;
//! `sandbox.js` must come last.

/// File names under `src/script/js/`.
#[allow(
    dead_code,
    reason = "build.rs reads it; the crate itself only in tests"
)]
pub const FILES: &[&str] = &[
    "chai_inspect.js",
    "chai_util.js",
    "chai_assertions.js",
    "chai.js",
    "chai_postman.js",
    "schema.js",
    "json.js",
    "inspect.js",
    "scope.js",
    "list.js",
    "sdk.js",
    "legacy.js",
    "sandbox.js",
];
