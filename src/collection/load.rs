//! Reading input files: bytes → text → JSON → typed values, with one-line, positioned errors.
//!
//! Text may be UTF-8 (with or without a BOM) or UTF-16 (LE/BE with a BOM, or LE/BE without one
//! when the first characters are ASCII). JSON problems are reported as
//! `file:line:column: item[2].request.url: message`, both for syntax errors and for values of
//! the wrong shape. [`load_collection`] also recognises files that are not collections
//! (environments, iteration data, v1 collections) and says so.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::locate::{self, Seg};
use super::model::{AuthDef, BodyDef, Collection, Header, Item};
use crate::request::url::UrlDef;

/// Why an input file could not be used. `Display` is one line starting with the file name.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file does not exist.
    NotFound(PathBuf),
    /// Any other read failure (permissions, a directory, …).
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not valid UTF-8 / UTF-16; `offset` is the byte offset of the problem
    /// (also named in `message`).
    Decode {
        file: PathBuf,
        offset: usize,
        message: String,
    },
    /// Invalid JSON or JSON of the wrong shape. `path` is Postman-style (`item[2].request`),
    /// empty for the document root; `line`/`column` are 1-based (column in characters).
    Json {
        file: PathBuf,
        line: usize,
        column: usize,
        path: String,
        message: String,
    },
    /// Valid JSON, but not the kind of file expected (e.g. an environment given as collection).
    WrongKind { file: PathBuf, message: String },
    /// Iteration data that cannot be used (bad CSV, JSON that is not an array of objects).
    Data {
        file: PathBuf,
        line: Option<usize>,
        message: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound(p) => write!(f, "{}: no such file", p.display()),
            LoadError::Io { path, source } => {
                write!(f, "{}: cannot read: {source}", path.display())
            }
            LoadError::Decode { file, message, .. } => write!(f, "{}: {message}", file.display()),
            LoadError::Json {
                file,
                line,
                column,
                path,
                message,
            } => {
                write!(f, "{}:{line}:{column}: ", file.display())?;
                if !path.is_empty() {
                    write!(f, "{path}: ")?;
                }
                f.write_str(message)
            }
            LoadError::WrongKind { file, message } => write!(f, "{}: {message}", file.display()),
            LoadError::Data {
                file,
                line: Some(line),
                message,
            } => write!(f, "{}:{line}: {message}", file.display()),
            LoadError::Data {
                file,
                line: None,
                message,
            } => write!(f, "{}: {message}", file.display()),
        }
    }
}

/// Reads a file and decodes it to text (see [`decode_bytes`]).
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            LoadError::NotFound(path.to_path_buf())
        } else {
            LoadError::Io {
                path: path.to_path_buf(),
                source,
            }
        }
    })?;
    decode_bytes(path, &bytes)
}

/// Decodes UTF-8 (BOM stripped) or UTF-16 (BOM, or BOM-less when the text starts with ASCII).
/// `file` is only used in error messages.
pub fn decode_bytes(file: &Path, bytes: &[u8]) -> Result<String, LoadError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(file, rest, 3);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(file, rest, 2, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(file, rest, 2, u16::from_be_bytes);
    }
    // Without a BOM: JSON and CSV start with an ASCII character, which in UTF-16 is a zero
    // byte next to a non-zero one. UTF-8 text never contains a zero byte.
    match bytes {
        [a, 0, ..] if *a != 0 => decode_utf16(file, bytes, 0, u16::from_le_bytes),
        [0, b, ..] if *b != 0 => decode_utf16(file, bytes, 0, u16::from_be_bytes),
        _ => decode_utf8(file, bytes, 0),
    }
}

fn decode_utf8(file: &Path, bytes: &[u8], base: usize) -> Result<String, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let offset = base + e.valid_up_to();
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Err(LoadError::Decode {
                file: file.to_path_buf(),
                offset,
                message: format!(
                    "not valid UTF-8 at byte offset {offset} (line {line}); \
                     courier reads UTF-8 and UTF-16 text"
                ),
            })
        }
    }
}

fn decode_utf16(
    file: &Path,
    bytes: &[u8],
    base: usize,
    unit: fn([u8; 2]) -> u16,
) -> Result<String, LoadError> {
    let err = |offset: usize, what: &str| LoadError::Decode {
        file: file.to_path_buf(),
        offset,
        message: format!("{what} at byte offset {offset}"),
    };
    if bytes.len() % 2 != 0 {
        return Err(err(base + bytes.len() - 1, "truncated UTF-16 text"));
    }
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    let mut out = String::with_capacity(bytes.len() / 2);
    let mut consumed = 0;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                out.push(c);
                consumed += c.len_utf16();
            }
            Err(_) => return Err(err(base + consumed * 2, "unpaired UTF-16 surrogate")),
        }
    }
    Ok(out)
}

/// Parses `text` (the contents of `path`) as JSON and deserializes it into `T`. Syntax errors
/// and shape errors both become [`LoadError::Json`] with position and path. `what` names the
/// kind of file in messages ("collection", "environment", …).
pub fn parse_json<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    what: &str,
) -> Result<T, LoadError> {
    let value = parse_value(path, text, what)?;
    from_value(path, text, &value, &[])
}

/// Parses JSON text into a `Value`, reporting syntax errors with line, column and path.
pub(crate) fn parse_value(path: &Path, text: &str, what: &str) -> Result<Value, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::WrongKind {
            file: path.to_path_buf(),
            message: format!("the file is empty (expected JSON for the {what})"),
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let (err, segs) = match serde_path_to_error::deserialize::<_, Value>(&mut de) {
        Ok(v) => match de.end() {
            Ok(()) => return Ok(v),
            Err(e) => (e, Vec::new()),
        },
        Err(e) => {
            let segs = locate::from_serde_path(e.path());
            (e.into_inner(), segs)
        }
    };
    let (line, column) = locate::char_position(text, err.line(), err.column());
    Err(LoadError::Json {
        file: path.to_path_buf(),
        line,
        column,
        path: locate::render(&segs),
        message: format!(
            "{what} is not valid JSON: {}",
            strip_position(&err.to_string())
        ),
    })
}

/// Deserializes `value` (found at `prefix` inside `text`) into `T`; errors point into `text`.
pub(crate) fn from_value<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    value: &Value,
    prefix: &[Seg],
) -> Result<T, LoadError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let segs = locate::from_serde_path(e.path());
        let (segs, message) = diagnose(value, segs, &e.inner().to_string());
        let full: Vec<Seg> = prefix.iter().cloned().chain(segs).collect();
        shape_error(path, text, &full, message)
    })
}

/// A [`LoadError::Json`] for the value at `segs`, positioned where that value starts (or
/// where its nearest existing ancestor starts).
pub(crate) fn shape_error(path: &Path, text: &str, segs: &[Seg], message: String) -> LoadError {
    let offset = (0..=segs.len())
        .rev()
        .find_map(|n| locate::locate(text, &segs[..n]))
        .unwrap_or(0);
    let (line, column) = locate::line_col(text, offset);
    LoadError::Json {
        file: path.to_path_buf(),
        line,
        column,
        path: locate::render(segs),
        message,
    }
}

/// Drops serde_json's " at line N column M" suffix.
fn strip_position(msg: &str) -> String {
    if let Some(i) = msg.rfind(" at line ") {
        let tail = &msg[i + " at line ".len()..];
        let is_pos = tail
            .split_once(" column ")
            .is_some_and(|(l, c)| l.parse::<u64>().is_ok() && c.parse::<u64>().is_ok());
        if is_pos {
            return msg[..i].to_string();
        }
    }
    msg.to_string()
}

/// Rewords serde's messages in JSON terms and explains untagged-enum mismatches, which serde
/// reports without saying what was wrong.
fn diagnose(root: &Value, segs: Vec<Seg>, msg: &str) -> (Vec<Seg>, String) {
    let msg = strip_position(msg);
    let Some(name) = msg.strip_prefix("data did not match any variant of untagged enum ") else {
        return (segs, reword(&msg));
    };
    let here = value_at(root, &segs);
    match here.and_then(|v| explain_untagged(name.trim(), v)) {
        Some((extra, m)) => (segs.into_iter().chain(extra).collect(), m),
        None => (segs, "value does not have any of the accepted forms".into()),
    }
}

fn reword(msg: &str) -> String {
    let mut m = msg
        .replace("invalid type: map", "invalid type: object")
        .replace("invalid type: sequence", "invalid type: array")
        .replace("invalid type: unit value", "invalid type: null")
        .replace("expected a sequence", "expected an array")
        .replace("expected a map", "expected an object");
    if let Some(i) = m.find("expected struct ") {
        m.replace_range(i.., "expected an object");
    }
    m
}

fn value_at<'a>(root: &'a Value, segs: &[Seg]) -> Option<&'a Value> {
    segs.iter().try_fold(root, |v, s| match s {
        Seg::Key(k) => v.get(k.as_str()),
        Seg::Index(i) => v.get(*i),
    })
}

/// Re-checks a value against the forms the model's untagged enums accept, to find the part
/// that is wrong. Mirrors `model::RequestField`, `UrlField` and `HeaderField`.
fn explain_untagged(name: &str, v: &Value) -> Option<(Vec<Seg>, String)> {
    let wrong = |expected: &str| {
        Some((
            Vec::new(),
            format!("invalid type: {}, expected {expected}", describe(v)),
        ))
    };
    match (name, v) {
        (_, Value::String(_)) => None,
        ("RequestField", Value::Object(o)) => explain_request(o),
        ("RequestField", _) => wrong("a URL string or a request object"),
        ("UrlField", Value::Object(_)) => check::<UrlDef>(v),
        ("UrlField", _) => wrong("a URL string or a URL object"),
        ("HeaderField", Value::Array(_)) => check::<Vec<Header>>(v),
        ("HeaderField", _) => wrong("a list of headers or a header string"),
        _ => None,
    }
}

fn explain_request(o: &Map<String, Value>) -> Option<(Vec<Seg>, String)> {
    let field = |k: &str| o.get(k).filter(|v| !v.is_null());
    let nest = |k: &str, r: Option<(Vec<Seg>, String)>| {
        r.map(|(p, m)| (std::iter::once(Seg::Key(k.into())).chain(p).collect(), m))
    };
    if let Some(v) = field("url") {
        if let Some(found) = nest("url", explain_untagged("UrlField", v)) {
            return Some(found);
        }
    }
    if let Some(v) = field("method").filter(|v| !v.is_string()) {
        let m = format!("invalid type: {}, expected a string", describe(v));
        return Some((vec![Seg::Key("method".into())], m));
    }
    if let Some(v) = field("header") {
        if let Some(found) = nest("header", explain_untagged("HeaderField", v)) {
            return Some(found);
        }
    }
    if let Some(found) = field("body").and_then(|v| nest("body", check::<BodyDef>(v))) {
        return Some(found);
    }
    field("auth").and_then(|v| nest("auth", check::<AuthDef>(v)))
}

fn check<T: DeserializeOwned>(v: &Value) -> Option<(Vec<Seg>, String)> {
    serde_path_to_error::deserialize::<_, T>(v)
        .err()
        .map(|e| diagnose(v, locate::from_serde_path(e.path()), &e.inner().to_string()))
}

/// A short description of a JSON value for "invalid type: …" messages.
pub(crate) fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) if s.chars().count() > 40 => "string".into(),
        Value::String(s) => format!("string {}", Value::String(s.clone())),
        Value::Array(_) => "array".into(),
        Value::Object(_) => "object".into(),
    }
}

/// Reads and parses a v2.0/v2.1 collection file.
pub fn load_collection(path: &Path) -> Result<Collection, LoadError> {
    let text = read_text(path)?;
    parse_collection(path, &text)
}

/// [`load_collection`] on text already read from `path`.
pub fn parse_collection(path: &Path, text: &str) -> Result<Collection, LoadError> {
    let mut value = parse_value(path, text, "collection")?;
    let mut prefix = Vec::new();
    // Postman API responses wrap the collection: `{"collection": {...}}` (Newman unwraps it too).
    if let Some(Value::Object(o)) = value.get_mut("collection") {
        let inner = Value::Object(std::mem::take(o));
        value = inner;
        prefix.push(Seg::Key("collection".into()));
    }
    if let Err(message) = classify_collection(&value) {
        return Err(LoadError::WrongKind {
            file: path.to_path_buf(),
            message,
        });
    }
    if let Value::Object(o) = &mut value {
        // Newman runs a collection without `info`; the model needs one.
        o.entry("info").or_insert_with(|| Value::Object(Map::new()));
    }
    from_value(path, text, &value, &prefix)
}

/// Says what a JSON document looks like when it is not a v2 collection.
fn classify_collection(v: &Value) -> Result<(), String> {
    let o =
        match v {
            Value::Object(o) => o,
            Value::Array(a) if a.is_empty() => {
                return Err("this is an empty JSON array, not a Postman collection".into())
            }
            Value::Array(a) if a.iter().all(|e| e.get("key").is_some()) => return Err(
                "this looks like a list of variables (a legacy globals file), not a collection; \
                 pass it with -g/--globals"
                    .into(),
            ),
            Value::Array(_) => {
                return Err(
                    "this looks like iteration data (a JSON array), not a collection; \
                 pass it with -d/--iteration-data"
                        .into(),
                )
            }
            other => {
                return Err(format!(
                    "expected a Postman collection (a JSON object), found {}",
                    describe(other)
                ))
            }
        };
    if o.contains_key("info") || o.contains_key("item") {
        return Ok(());
    }
    if o.get("requests").is_some_and(Value::is_array) || o.contains_key("order") {
        return Err(
            "this is a Postman v1 collection, which courier does not support yet; \
                    export it from Postman in the v2.1 format"
                .into(),
        );
    }
    if o.contains_key("values") {
        let (kind, flag) = match o.get("_postman_variable_scope").and_then(Value::as_str) {
            Some("globals") => ("globals file", "-g/--globals"),
            _ => ("environment", "-e/--environment"),
        };
        return Err(format!(
            "this looks like a Postman {kind}, not a collection; pass it with {flag}"
        ));
    }
    let keys: Vec<&str> = o.keys().take(5).map(String::as_str).collect();
    Err(if keys.is_empty() {
        "this is an empty JSON object, not a Postman collection (no `info` or `item`)".into()
    } else {
        format!(
            "this is not a Postman collection: no `info` or `item` field (top-level keys: {})",
            keys.join(", ")
        )
    })
}

/// An item (request or folder) with its position in the collection tree.
#[derive(Debug, Clone)]
pub struct ItemRef<'a> {
    pub item: &'a Item,
    /// Indices from the top: `[0, 3]` is `item[0].item[3]`.
    pub indices: Vec<usize>,
}

impl ItemRef<'_> {
    /// The JSON path of the item, e.g. `item[0].item[3]`.
    pub fn path(&self) -> String {
        item_path(&self.indices)
    }
}

/// Renders item indices as a JSON path: `[0, 3]` → `item[0].item[3]`.
pub fn item_path(indices: &[usize]) -> String {
    indices
        .iter()
        .map(|i| format!("item[{i}]"))
        .collect::<Vec<_>>()
        .join(".")
}

/// Every item, folders included, depth-first in collection order (a folder before its children).
pub fn item_paths(c: &Collection) -> Vec<ItemRef<'_>> {
    fn walk<'a>(items: &'a [Item], prefix: &mut Vec<usize>, out: &mut Vec<ItemRef<'a>>) {
        for (i, item) in items.iter().enumerate() {
            prefix.push(i);
            out.push(ItemRef {
                item,
                indices: prefix.clone(),
            });
            if let Some(children) = &item.items {
                walk(children, prefix, out);
            }
            prefix.pop();
        }
    }
    let mut out = Vec::new();
    walk(&c.items, &mut Vec::new(), &mut out);
    out
}

/// The item at `indices`, if any.
pub fn item_at<'a>(c: &'a Collection, indices: &[usize]) -> Option<&'a Item> {
    lineage(c, indices).and_then(|l| l.last().copied())
}

/// The folders leading to the item at `indices`, then the item itself (outermost first).
pub fn lineage<'a>(c: &'a Collection, indices: &[usize]) -> Option<Vec<&'a Item>> {
    let mut items: &'a [Item] = &c.items;
    let mut out = Vec::with_capacity(indices.len());
    for &i in indices {
        let item = items.get(i)?;
        out.push(item);
        items = item.items.as_deref().unwrap_or(&[]);
    }
    Some(out)
}

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;
