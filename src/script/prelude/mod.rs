//! The JavaScript that makes up the sandbox, embedded at build time: each file of
//! [`files::FILES`] as source and as the QuickJS bytecode `build.rs` compiled it to, so the
//! engine starts without parsing it (and falls back to the source when the bytecode does
//! not load, e.g. in a cross-compiled build, which gets no bytecode).

pub(super) mod files;

/// One prelude file.
pub(super) struct Prelude {
    /// File name under `src/script/js/`.
    pub name: &'static str,
    pub source: &'static str,
    /// Empty when `build.rs` made none.
    pub bytecode: &'static [u8],
}

// `SOURCES: &[Prelude]`, in the order of `files::FILES`.
include!(concat!(env!("OUT_DIR"), "/prelude.rs"));

#[cfg(test)]
mod tests {
    use super::{files::FILES, SOURCES};

    #[test]
    fn files_are_embedded_in_their_order() {
        let names: Vec<&str> = SOURCES.iter().map(|p| p.name).collect();
        assert_eq!(names, FILES);
    }

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
            if name.ends_with(".js") && !SOURCES.iter().any(|p| p.name == name) {
                missing.push(name);
            }
        }
        assert!(missing.is_empty(), "not embedded: {missing:?}");
    }

    /// A native build carries bytecode for every file (so engines start without parsing).
    #[test]
    fn every_file_has_bytecode_in_a_native_build() {
        let empty: Vec<&str> = SOURCES
            .iter()
            .filter(|p| p.bytecode.is_empty())
            .map(|p| p.name)
            .collect();
        assert!(empty.is_empty(), "no bytecode: {empty:?}");
    }
}
