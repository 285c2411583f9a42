//! The Postman collection model (schema v2.0 and v2.1) as plain serde types.
//!
//! The model knows nothing about HTTP or scripts. It accepts the shapes real exports use:
//! a string or object `url`, a string or object `request`, `exec` as one string or an array,
//! auth parameters as a v2.1 `[{key, value}]` list or a v2.0 object map, and header lists given
//! as one `Key: value` string. Unknown fields are ignored.

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::request::url::UrlDef;
use crate::vars::Variable;

/// A whole collection file.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Collection {
    pub info: Info,
    #[serde(default, rename = "item", deserialize_with = "null_as_default")]
    pub items: Vec<Item>,
    #[serde(default, deserialize_with = "one_or_many")]
    pub event: Vec<Event>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub variable: Vec<VarDef>,
    #[serde(default)]
    pub auth: Option<AuthDef>,
    #[serde(default, rename = "protocolProfileBehavior")]
    pub protocol_profile_behavior: Option<Map<String, Value>>,
}

/// The `info` block.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Info {
    #[serde(default)]
    pub name: String,
    #[serde(default, rename = "_postman_id")]
    pub postman_id: Option<String>,
    #[serde(default)]
    pub schema: Option<String>,
}

/// A request or a folder. An item with an `item` list is a folder (Postman's ItemGroup).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Item {
    #[serde(default, alias = "_postman_id")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "string_or_default")]
    pub name: String,
    #[serde(default)]
    pub request: Option<RequestDef>,
    /// Present for folders.
    #[serde(default, rename = "item")]
    pub items: Option<Vec<Item>>,
    #[serde(default, deserialize_with = "one_or_many")]
    pub event: Vec<Event>,
    /// Folder-level auth (a request's own auth lives in `request.auth`).
    #[serde(default)]
    pub auth: Option<AuthDef>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub variable: Vec<VarDef>,
    #[serde(default, rename = "protocolProfileBehavior")]
    pub protocol_profile_behavior: Option<Map<String, Value>>,
}

impl Item {
    pub fn is_folder(&self) -> bool {
        self.items.is_some()
    }
}

/// A request definition. A bare string is a GET of that URL.
#[derive(Debug, Clone, Default)]
pub struct RequestDef {
    pub url: UrlDef,
    pub method: String,
    pub header: Vec<Header>,
    pub body: Option<BodyDef>,
    pub auth: Option<AuthDef>,
}

#[derive(Deserialize)]
struct RequestObject {
    #[serde(default)]
    url: Option<UrlField>,
    #[serde(default)]
    method: Option<String>,
    #[serde(default)]
    header: Option<HeaderField>,
    #[serde(default)]
    body: Option<BodyDef>,
    #[serde(default)]
    auth: Option<AuthDef>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum UrlField {
    Text(String),
    Object(Box<UrlDef>),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum HeaderField {
    List(Vec<Header>),
    Text(String),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RequestField {
    Text(String),
    Object(Box<RequestObject>),
}

impl<'de> Deserialize<'de> for RequestDef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let obj = match RequestField::deserialize(d)? {
            RequestField::Text(url) => {
                return Ok(RequestDef {
                    url: UrlDef::parse(&url),
                    method: "GET".into(),
                    ..Default::default()
                })
            }
            RequestField::Object(o) => *o,
        };
        let url = match obj.url {
            Some(UrlField::Text(s)) => UrlDef::parse(&s),
            Some(UrlField::Object(u)) => *u,
            None => UrlDef::default(),
        };
        let header = match obj.header {
            Some(HeaderField::List(l)) => l,
            Some(HeaderField::Text(t)) => parse_header_text(&t),
            None => Vec::new(),
        };
        let method = obj
            .method
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "GET".into());
        Ok(RequestDef {
            url,
            method,
            header,
            body: obj.body,
            auth: obj.auth,
        })
    }
}

/// Parses the legacy `"Key: value\nKey2: value"` header string form.
fn parse_header_text(text: &str) -> Vec<Header> {
    text.lines()
        .filter_map(|line| {
            let line = line.trim();
            if line.is_empty() {
                return None;
            }
            let (k, v) = line.split_once(':').unwrap_or((line, ""));
            Some(Header {
                key: k.trim().to_string(),
                value: v.trim().to_string(),
                disabled: false,
            })
        })
        .collect()
}

/// One request header.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct Header {
    #[serde(default, deserialize_with = "string_or_default")]
    pub key: String,
    #[serde(default, deserialize_with = "string_or_default")]
    pub value: String,
    #[serde(default, deserialize_with = "bool_or_default")]
    pub disabled: bool,
}

/// A request body in one of Postman's modes.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct BodyDef {
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default, deserialize_with = "string_or_default")]
    pub raw: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub urlencoded: Vec<FormParam>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub formdata: Vec<FormParam>,
    #[serde(default)]
    pub file: Option<FileBody>,
    #[serde(default)]
    pub graphql: Option<GraphqlBody>,
    #[serde(default)]
    pub options: Option<Value>,
    #[serde(default, deserialize_with = "bool_or_default")]
    pub disabled: bool,
}

impl BodyDef {
    /// `options.raw.language` (json, xml, html, javascript, text).
    pub fn raw_language(&self) -> Option<&str> {
        self.options.as_ref()?.get("raw")?.get("language")?.as_str()
    }
}

/// A urlencoded or formdata parameter.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FormParam {
    #[serde(default, deserialize_with = "string_or_default")]
    pub key: String,
    /// Non-string values are kept as JSON and stringified when sent.
    #[serde(default)]
    pub value: Option<Value>,
    /// `text` or `file`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// File path(s) for file parts: a string, an array of strings, or null.
    #[serde(default)]
    pub src: Option<Value>,
    #[serde(default, rename = "contentType")]
    pub content_type: Option<String>,
    #[serde(default, deserialize_with = "bool_or_default")]
    pub disabled: bool,
}

/// `body.file`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FileBody {
    #[serde(default)]
    pub src: Option<String>,
    #[serde(default)]
    pub content: Option<String>,
}

/// `body.graphql`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GraphqlBody {
    #[serde(default)]
    pub query: Option<String>,
    /// A JSON string as typed in the app, or (rarely) an object.
    #[serde(default)]
    pub variables: Option<Value>,
    #[serde(default, rename = "operationName")]
    pub operation_name: Option<String>,
}

/// A pre-request or test script.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Event {
    #[serde(default)]
    pub listen: String,
    #[serde(default)]
    pub script: Option<Script>,
    #[serde(default, deserialize_with = "bool_or_default")]
    pub disabled: bool,
}

/// Script source: `exec` is an array of lines or one string. Like postman-collection, a
/// `script` given directly as a string or an array of lines is its `exec`.
#[derive(Debug, Clone, Default)]
pub struct Script {
    pub exec: Vec<String>,
}

#[derive(Deserialize)]
struct ScriptObject {
    #[serde(default, deserialize_with = "lines")]
    exec: Vec<String>,
}

impl<'de> Deserialize<'de> for Script {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        let exec = match v {
            Value::Object(_) => {
                ScriptObject::deserialize(v)
                    .map_err(de::Error::custom)?
                    .exec
            }
            other => lines(other).map_err(de::Error::custom)?,
        };
        Ok(Script { exec })
    }
}

impl Script {
    pub fn source(&self) -> String {
        self.exec.join("\n")
    }
    pub fn is_empty(&self) -> bool {
        self.exec.iter().all(|l| l.trim().is_empty())
    }
}

/// A collection or folder variable as written in the file.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct VarDef {
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "present")]
    pub value: Option<Value>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default, deserialize_with = "bool_or_default")]
    pub disabled: bool,
}

impl VarDef {
    pub fn to_variable(&self) -> Option<Variable> {
        let key = self.key.clone().or_else(|| self.id.clone())?;
        Some(Variable {
            key,
            value: self.value.clone(),
            kind: self.kind.clone(),
            enabled: !self.disabled,
        })
    }
}

/// An auth block: a type and its parameters, normalised from v2.0 maps and v2.1 lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuthDef {
    /// `None` when the block has no `type` (Postman treats that as "inherit").
    pub kind: Option<String>,
    pub params: Vec<(String, Value)>,
}

impl AuthDef {
    /// The value of parameter `key` (the last one wins, as in a Postman VariableList).
    pub fn param(&self, key: &str) -> Option<&Value> {
        self.params
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }
}

impl<'de> Deserialize<'de> for AuthDef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        let obj = match v {
            Value::Null => return Ok(AuthDef::default()),
            Value::Object(o) => o,
            _ => return Err(de::Error::custom("auth must be an object")),
        };
        let kind = match obj.get("type") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Null) | None => None,
            Some(_) => return Err(de::Error::custom("auth.type must be a string")),
        };
        let mut params = Vec::new();
        if let Some(k) = &kind {
            match obj.get(k.as_str()) {
                Some(Value::Array(list)) => {
                    for p in list {
                        if let Some(key) = p.get("key").and_then(Value::as_str) {
                            params.push((
                                key.to_string(),
                                p.get("value").cloned().unwrap_or(Value::Null),
                            ));
                        }
                    }
                }
                Some(Value::Object(map)) => {
                    for (key, value) in map {
                        params.push((key.clone(), value.clone()));
                    }
                }
                _ => {}
            }
        }
        Ok(AuthDef { kind, params })
    }
}

fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// Keeps an explicit `null` as `Some(Value::Null)`; an absent field stays `None` (undefined).
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

/// Accepts a string, a number or a bool (stringified), or null.
fn string_or_default<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => s,
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        _ => return Err(de::Error::custom("expected a string")),
    })
}

fn bool_or_default<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Bool(b) => b,
        Value::Null => false,
        Value::String(s) => s == "true",
        _ => return Err(de::Error::custom("expected a boolean")),
    })
}

/// A list that may also be given as a single object (postman-collection's PropertyList).
fn one_or_many<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    match Value::deserialize(d)? {
        Value::Null => Ok(Vec::new()),
        Value::Array(a) => a
            .into_iter()
            .map(|x| T::deserialize(x).map_err(de::Error::custom))
            .collect(),
        other => Ok(vec![T::deserialize(other).map_err(de::Error::custom)?]),
    }
}

fn lines<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => vec![s],
        Value::Array(a) => a
            .into_iter()
            .map(|l| match l {
                Value::String(s) => s,
                other => other.to_string(),
            })
            .collect(),
        Value::Null => Vec::new(),
        _ => {
            return Err(de::Error::custom(
                "exec must be a string or an array of strings",
            ))
        }
    })
}
