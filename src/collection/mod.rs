//! Everything courier reads from disk before a run: collections, environments, globals and
//! iteration data.
//!
//! - [`model`]: the collection as plain serde types (no HTTP, no scripts).
//! - [`load`]: decoding files (UTF-8, UTF-16), JSON with positioned errors
//!   (`file:line:column: item[2].request.url: …`), [`load_collection`] and item paths.
//! - [`environment`]: `-e` / `-g` files, `--env-var k=v` and the `--export-*` file shape.
//! - [`data`]: `-d` iteration data, as JSON or as CSV parsed the way Newman does it.
//!
//! Every failure is a [`LoadError`] whose `Display` is one line naming the file.

pub mod data;
pub mod environment;
pub mod load;
pub mod model;

mod csv_parse;
mod locate;

pub use data::{load_data, parse_data_text};
pub use environment::{
    export_variable_file, load_environment, load_globals, parse_kv_override, VariableFile,
};
pub use load::{
    item_at, item_path, item_paths, lineage, load_collection, parse_collection, parse_json,
    read_text, ItemRef, LoadError,
};
pub use model::{Collection, Item};
