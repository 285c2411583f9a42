//! Reading URLs for `request::url`: the lenient JSON form of a collection's
//! `url` (strings or arrays for `host`/`path`, numbers for `port`, legacy
//! `id` keys, …) and the string parser of postman-url-encoder 3.0.5 /
//! postman-collection 4.4.0, including the query-parameter parse/unparse
//! rules. Private to `request::url`.

use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

use super::url_encode::{js_join_element, js_value_to_string};
use super::{PathVariable, QueryParam, UrlAuth, UrlDef};

impl<'de> Deserialize<'de> for UrlDef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(UrlDef::from_json(&Value::deserialize(deserializer)?))
    }
}

impl<'de> Deserialize<'de> for QueryParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Ok(match &value {
            Value::String(s) => parse_query_param(s, None),
            Value::Object(map) => QueryParam::from_map(map),
            _ => QueryParam::default(),
        })
    }
}

impl<'de> Deserialize<'de> for PathVariable {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Ok(match &value {
            Value::Object(map) => PathVariable::from_map(map),
            _ => PathVariable::default(),
        })
    }
}

impl<'de> Deserialize<'de> for UrlAuth {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Ok(match &value {
            Value::Object(map) => UrlAuth::from_map(map),
            _ => UrlAuth::default(),
        })
    }
}

fn string_field(map: &Map<String, Value>, name: &str) -> Option<String> {
    map.get(name).and_then(Value::as_str).map(str::to_owned)
}

fn js_truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

fn disabled_field(map: &Map<String, Value>) -> bool {
    map.get("disabled").is_some_and(js_truthy)
}

impl QueryParam {
    fn from_map(map: &Map<String, Value>) -> QueryParam {
        QueryParam {
            key: string_field(map, "key"),
            value: string_field(map, "value"),
            disabled: disabled_field(map),
        }
    }
}

impl PathVariable {
    fn from_map(map: &Map<String, Value>) -> PathVariable {
        let key = map
            .get("key")
            .filter(|k| js_truthy(k))
            .or_else(|| map.get("id"))
            .filter(|k| !k.is_null())
            .map(js_value_to_string);
        PathVariable {
            key,
            value: map.get("value").cloned(),
            disabled: disabled_field(map),
            var_type: string_field(map, "type"),
        }
    }
}

impl UrlAuth {
    fn from_map(map: &Map<String, Value>) -> UrlAuth {
        UrlAuth {
            user: string_field(map, "user"),
            password: string_field(map, "password"),
        }
    }
}

impl UrlDef {
    /// Builds a URL from its JSON form: a string is parsed, an object is read
    /// field by field (unknown fields ignored), anything else is empty.
    pub fn from_json(value: &Value) -> UrlDef {
        match value {
            Value::String(s) => UrlDef::parse(s),
            Value::Object(map) => UrlDef::from_map(map),
            _ => UrlDef::default(),
        }
    }

    fn from_map(map: &Map<String, Value>) -> UrlDef {
        let host = match map.get("host") {
            Some(Value::String(s)) => Some(split_host(s)),
            Some(Value::Array(labels)) => Some(labels.iter().map(js_join_element).collect()),
            Some(v @ (Value::Number(_) | Value::Bool(true))) => Some(vec![js_value_to_string(v)]),
            _ => None,
        };
        let port = match map.get("port") {
            None | Some(Value::Null) => None,
            Some(v) => Some(js_value_to_string(v)),
        };
        let path = match map.get("path") {
            Some(Value::String(s)) => split_path_string(s),
            Some(Value::Array(segments)) => Some(segments.iter().map(js_join_element).collect()),
            // Any other truthy value renders as "/" in Newman.
            Some(v) if js_truthy(v) => Some(Vec::new()),
            _ => None,
        };
        let query = match map.get("query") {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|item| match item {
                    Value::Null | Value::Bool(false) => None,
                    Value::String(s) => Some(parse_query_param(s, None)),
                    Value::Object(m) => Some(QueryParam::from_map(m)),
                    _ => Some(QueryParam::default()),
                })
                .collect(),
            Some(Value::String(s)) if !s.is_empty() => parse_query_string(s),
            Some(Value::Object(m)) => m
                .iter()
                .map(|(k, v)| QueryParam {
                    key: Some(k.clone()),
                    value: v.as_str().map(str::to_owned),
                    disabled: false,
                })
                .collect(),
            _ => Vec::new(),
        };
        let variable = match map.get("variable") {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|item| item.as_object().map(PathVariable::from_map))
                .collect(),
            _ => Vec::new(),
        };
        let auth = map
            .get("auth")
            .and_then(Value::as_object)
            .map(UrlAuth::from_map);
        UrlDef {
            raw: string_field(map, "raw"),
            protocol: string_field(map, "protocol"),
            host,
            port,
            path,
            query,
            hash: string_field(map, "hash"),
            variable,
            auth,
        }
    }
}

/// Splits a host string on the dots that are not followed by `}}` before any
/// `{` (postman-collection's `/\.(?![^{]*\}{2})/`), so `{{a.b}}.com` is two
/// labels.
fn split_host(host: &str) -> Vec<String> {
    let bytes = host.as_bytes();
    let mut labels = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b != b'.' {
            continue;
        }
        let rest = &host[i + 1..];
        let region = match rest.find('{') {
            Some(end) => &rest[..end],
            None => rest,
        };
        if !region.contains("}}") {
            labels.push(host[start..i].to_owned());
            start = i + 1;
        }
    }
    labels.push(host[start..].to_owned());
    labels
}

/// The object form's string `path`: one leading `/` is dropped when more
/// follows on the same line (`/^\/((.+))$/`), then `""` is no path, `"/"` one
/// empty segment, anything else split on `/`.
fn split_path_string(path: &str) -> Option<Vec<String>> {
    let has_line_break = path.contains(['\n', '\r', '\u{2028}', '\u{2029}']);
    let path = match path.strip_prefix('/') {
        Some(rest) if !rest.is_empty() && !has_line_break => rest,
        _ => path,
    };
    match path {
        "" => None,
        "/" => Some(vec![String::new()]),
        p => Some(p.split('/').map(str::to_owned).collect()),
    }
}

/// One character of a URL string, or a whole `{{variable}}` whose name holds a
/// URL delimiter (`.:/?#@&]`). Such variables never act as delimiters.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Atom<'a> {
    Ch(char),
    Var(&'a str),
}

/// Byte ranges of the `{{…}}` tokens with no braces inside and at least one of
/// `reserved` in the name, leftmost first and without overlap (the regex
/// `/{{[^{}]*[reserved][^{}]*}}/g`).
fn braced_vars(s: &str, reserved: &[u8]) -> Vec<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut found = Vec::new();
    let mut p = 0;
    while p + 1 < bytes.len() {
        if bytes[p] == b'{' && bytes[p + 1] == b'{' {
            let mut q = p + 2;
            while q < bytes.len() && bytes[q] != b'{' && bytes[q] != b'}' {
                q += 1;
            }
            let closed = q + 1 < bytes.len() && bytes[q] == b'}' && bytes[q + 1] == b'}';
            if closed && bytes[p + 2..q].iter().any(|b| reserved.contains(b)) {
                found.push((p, q + 2));
                p = q + 2;
                continue;
            }
        }
        p += 1;
    }
    found
}

fn to_atoms(s: &str) -> Vec<Atom<'_>> {
    let mut atoms = Vec::with_capacity(s.len());
    let mut pos = 0;
    for (start, end) in braced_vars(s, b".:/?#@&]") {
        atoms.extend(s[pos..start].chars().map(Atom::Ch));
        atoms.push(Atom::Var(&s[start..end]));
        pos = end;
    }
    atoms.extend(s[pos..].chars().map(Atom::Ch));
    atoms
}

fn render(atoms: &[Atom<'_>]) -> String {
    let mut out = String::new();
    for atom in atoms {
        match atom {
            Atom::Ch(c) => out.push(*c),
            Atom::Var(v) => out.push_str(v),
        }
    }
    out
}

fn split_atoms(atoms: &[Atom<'_>], sep: char) -> Vec<String> {
    atoms.split(|a| *a == Atom::Ch(sep)).map(render).collect()
}

fn find_char(atoms: &[Atom<'_>], c: char) -> Option<usize> {
    atoms.iter().position(|a| *a == Atom::Ch(c))
}

fn rfind_char(atoms: &[Atom<'_>], c: char) -> Option<usize> {
    atoms.iter().rposition(|a| *a == Atom::Ch(c))
}

/// The parts of a URL string, before postman-collection turns them into a Url.
#[derive(Debug, Default)]
pub(super) struct RawParts {
    pub(super) protocol: Option<String>,
    pub(super) auth: Option<Vec<String>>,
    pub(super) host: Option<Vec<String>>,
    pub(super) port: Option<String>,
    pub(super) path: Option<Vec<String>>,
    pub(super) query: Option<Vec<String>>,
    pub(super) hash: Option<String>,
}

/// postman-url-encoder's `parser.parse`: peels the hash, query, protocol,
/// path, auth, port and host off in that order, never splitting inside a
/// `{{variable}}` whose name holds a delimiter.
pub(super) fn split_url(input: &str) -> RawParts {
    let mut parts = RawParts::default();
    let mut atoms = to_atoms(input);

    if let Some(i) = find_char(&atoms, '#') {
        parts.hash = Some(render(&atoms[i + 1..]));
        atoms.truncate(i);
    }
    if let Some(i) = find_char(&atoms, '?') {
        parts.query = Some(split_atoms(&atoms[i + 1..], '&'));
        atoms.truncate(i);
    }
    for atom in &mut atoms {
        if *atom == Atom::Ch('\\') {
            *atom = Atom::Ch('/');
        }
    }
    let separator = [Atom::Ch(':'), Atom::Ch('/'), Atom::Ch('/')];
    if let Some(i) = atoms.windows(3).position(|w| w == separator) {
        let protocol = render(&atoms[..i]);
        let mut rest = atoms.split_off(i + 3);
        let slashes = rest.iter().take_while(|a| **a == Atom::Ch('/')).count();
        if slashes > 0 {
            // file:////path keeps one slash; other://///host keeps none.
            let keep = usize::from(protocol.to_lowercase() == "file");
            rest.drain(..slashes - keep);
        }
        parts.protocol = Some(protocol);
        atoms = rest;
    }
    if let Some(i) = find_char(&atoms, '/') {
        parts.path = Some(split_atoms(&atoms[i + 1..], '/'));
        atoms.truncate(i);
    }
    if let Some(i) = rfind_char(&atoms, '@') {
        let userinfo = &atoms[..i];
        parts.auth = Some(match find_char(userinfo, ':') {
            Some(j) => vec![render(&userinfo[..j]), render(&userinfo[j + 1..])],
            None => vec![render(userinfo)],
        });
        atoms.drain(..=i);
    }
    if let Some(i) = rfind_char(&atoms, ':') {
        if find_char(&atoms[i + 1..], ']').is_none() {
            parts.port = Some(render(&atoms[i + 1..]));
            atoms.truncate(i);
        }
    }
    if !atoms.is_empty() {
        parts.host = Some(split_atoms(&atoms, '.'));
    }
    parts
}

/// `QueryParam.parseSingle`: split at the first `=`; with `position` =
/// `(index, count)` an empty parameter that is not the last one has neither key
/// nor value (`a&&b`).
fn parse_query_param(param: &str, position: Option<(usize, usize)>) -> QueryParam {
    if param.is_empty() {
        if let Some((index, count)) = position {
            if index + 1 != count {
                return QueryParam::default();
            }
        }
    }
    match param.split_once('=') {
        Some((key, value)) => QueryParam {
            key: Some(key.to_owned()),
            value: Some(value.to_owned()),
            disabled: false,
        },
        None => QueryParam {
            key: Some(param.to_owned()),
            value: None,
            disabled: false,
        },
    }
}

pub(super) fn parse_query_list(params: &[String]) -> Vec<QueryParam> {
    let count = params.len();
    params
        .iter()
        .enumerate()
        .map(|(i, p)| parse_query_param(p, Some((i, count))))
        .collect()
}

fn parse_query_string(query: &str) -> Vec<QueryParam> {
    let params: Vec<String> = query.split('&').map(str::to_owned).collect();
    parse_query_list(&params)
}

/// The name of a `:name` path segment, ending at the first `.`; `None` for
/// other segments and for `:` / `:.x`.
pub(super) fn path_variable_name(segment: &str) -> Option<&str> {
    let rest = segment.strip_prefix(':')?;
    let name = match rest.find('.') {
        Some(dot) => &rest[..dot],
        None => rest,
    };
    (!name.is_empty()).then_some(name)
}

/// Sets `&`, `#` (and `=` in keys) in a query key or value as `%26`, `%23`,
/// `%3D` so that re-parsing gives the same parameter, leaving alone the
/// `{{variables}}` whose names hold those characters.
pub(super) fn normalize_query_part(s: &str, encode_equals: bool) -> String {
    let needs = s.contains(['&', '#']) || (encode_equals && s.contains('='));
    if !needs {
        return s.to_owned();
    }
    let escape = |chunk: &str, out: &mut String| {
        for c in chunk.chars() {
            match c {
                '&' => out.push_str("%26"),
                '#' => out.push_str("%23"),
                '=' if encode_equals => out.push_str("%3D"),
                c => out.push(c),
            }
        }
    };
    let mut out = String::with_capacity(s.len() + 6);
    let mut pos = 0;
    for (start, end) in braced_vars(s, b"&#=") {
        escape(&s[pos..start], &mut out);
        out.push_str(&s[start..end]);
        pos = end;
    }
    escape(&s[pos..], &mut out);
    out
}

/// `QueryParam.unparse`: enabled parameters joined with `&`; a parameter is
/// `key`, `key=value`, or `=value` when the key is missing.
pub(super) fn unparse_query(params: &[QueryParam]) -> String {
    let mut out = String::new();
    let mut first = true;
    for param in params.iter().filter(|p| !p.disabled) {
        if !first {
            out.push('&');
        }
        first = false;
        if let Some(key) = &param.key {
            out.push_str(&normalize_query_part(key, true));
        }
        if let Some(value) = &param.value {
            out.push('=');
            out.push_str(&normalize_query_part(value, false));
        }
    }
    out
}
