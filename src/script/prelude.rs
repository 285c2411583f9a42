//! The JavaScript that makes up the sandbox, embedded at build time and evaluated once per
//! engine, in this order. The chai files define functions only, so their order among
//! themselves does not matter; `sandbox.js` must come last.

/// `(file name, source)` of every file under `src/script/js/`.
pub(super) const SOURCES: &[(&str, &str)] = &[
    ("chai_inspect.js", include_str!("js/chai_inspect.js")),
    ("chai_util.js", include_str!("js/chai_util.js")),
    ("chai_assertions.js", include_str!("js/chai_assertions.js")),
    ("chai.js", include_str!("js/chai.js")),
    ("chai_postman.js", include_str!("js/chai_postman.js")),
    ("schema.js", include_str!("js/schema.js")),
    ("json.js", include_str!("js/json.js")),
    ("inspect.js", include_str!("js/inspect.js")),
    ("scope.js", include_str!("js/scope.js")),
    ("list.js", include_str!("js/list.js")),
    ("sdk.js", include_str!("js/sdk.js")),
    ("legacy.js", include_str!("js/legacy.js")),
    ("sandbox.js", include_str!("js/sandbox.js")),
];

#[cfg(test)]
mod tests {
    use super::SOURCES;

    /// Every `.js` file in `src/script/js/` is embedded (a new chai helper file must be listed).
    #[test]
    fn every_js_file_is_embedded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/script/js");
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("js dir") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if name.ends_with(".js") && !SOURCES.iter().any(|(n, _)| *n == name) {
                missing.push(name);
            }
        }
        assert!(missing.is_empty(), "not embedded: {missing:?}");
    }
}
