//! Request URLs, from the collection's definition to the bytes Newman puts on
//! the wire.
//!
//! This module owns:
//! - the URL data model of a Postman collection ([`UrlDef`], [`QueryParam`],
//!   [`PathVariable`], [`UrlAuth`]) and its lenient deserialization (a URL may
//!   be a string or an object, `host`/`path` may be a string or an array,
//!   `port` a number, and so on);
//! - [`UrlDef::parse`] and [`UrlDef::to_unresolved_string`], which behave like
//!   postman-collection 4.4.0's `Url.parse` and `Url#toString` (including the
//!   URL parser of postman-url-encoder 3.0.5 that keeps `{{var}}` tokens whole);
//! - [`resolve_url`], which reproduces postman-runtime 7.39.1 + Newman 6.2.1:
//!   URL string → variable substitution → re-parse → `toNodeUrl` (percent
//!   encoding, host punycoding) → the checks postman-request and Node make
//!   before a request goes out, with Newman's own error messages.
//!
//! Two private submodules hold the details: `url_parse` (the lenient JSON
//! form and the string parser) and `url_encode` (percent-encode sets, host
//! punycoding, and the JavaScript conversions whose results reach the wire).

use serde::Serialize;
use serde_json::Value;

#[path = "url_encode.rs"]
mod url_encode;
#[path = "url_parse.rs"]
mod url_parse;

use url_encode::{
    domain_to_ascii, is_js_whitespace, js_describe_string, js_value_to_string, node_unescape,
    percent_encode, validate_port, EncodeSet,
};
use url_parse::{
    normalize_query_part, parse_query_list, path_variable_name, split_url, unparse_query,
};

/// A URL as a Postman collection stores it: either parsed from a string `url`,
/// or the object form.
///
/// Deserializing accepts a JSON string (parsed with [`UrlDef::parse`]) or an
/// object; in the object form `raw` is kept but never used to build the
/// request (Newman ignores it, even when it is the only field).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UrlDef {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Host as labels. The object form may give a single string; it is split
    /// on the dots that are not inside a `{{variable}}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<Vec<String>>,
    /// Kept as text: a number in JSON is converted as JavaScript prints it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<String>,
    /// Path segments. A string in JSON loses one leading `/` and is split on
    /// `/` (`"/"` is one empty segment, `""` is no path).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub query: Vec<QueryParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub variable: Vec<PathVariable>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth: Option<UrlAuth>,
}

/// One query parameter. Only string keys and values count, as in Newman: a
/// number or boolean `value` is dropped (the parameter is sent as `key` with no
/// `=`), a non-string `key` becomes empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct QueryParam {
    pub key: Option<String>,
    pub value: Option<String>,
    /// JavaScript truthiness of the `disabled` field.
    #[serde(skip_serializing_if = "is_false")]
    pub disabled: bool,
}

/// One path variable (`url.variable[]`), substituted for `:key` segments.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PathVariable {
    /// `key`, or the legacy `id` when `key` is missing or empty.
    pub key: Option<String>,
    /// The raw JSON value; `None` when the field is absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Newman substitutes disabled path variables all the same.
    #[serde(skip_serializing_if = "is_false")]
    pub disabled: bool,
    /// The variable `type` (any case): `"string"` converts a non-string value
    /// as JavaScript's `String()` does, `"number"`, `"boolean"`, `"object"`
    /// and `"array"` stop even a string value from being substituted, and no
    /// type or another one substitutes string values only.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub var_type: Option<String>,
}

/// Userinfo of the object form (`url.auth`); only string fields count.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UrlAuth {
    pub user: Option<String>,
    pub password: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The final URL of a request, ready for the wire.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedUrl {
    /// Full URL as Newman reports it (`request.url` after sending): scheme,
    /// encoded userinfo, host, the port text exactly as written, target and
    /// encoded fragment.
    pub href: String,
    /// `"http"` or `"https"` (anything else is an [`UrlError::InvalidProtocol`]).
    pub scheme: String,
    /// Lowercased, punycoded hostname, IPv4 normalized (`127.1` →
    /// `127.0.0.1`), IPv6 **without** brackets (`::1`), as Node's
    /// `url.hostname`. A host that is not a valid WHATWG host is kept as
    /// written (lowercased); this only happens for `*.localhost`, which
    /// Newman sends to loopback whatever the name. May be empty when a port is
    /// given (`http://:8080/`): see [`ResolvedUrl::connect_host`].
    pub host: String,
    /// The port to connect to; `None` for the scheme's default (no port, or
    /// an empty one as in `http://host:/`).
    pub port: Option<u16>,
    /// Path and query as on the request line (`/a/b?x=1`), `/` when empty:
    /// always `path`, then `?` and `query` when there is a query. The fragment
    /// is never sent. With `disable_encoding` it may contain characters
    /// U+0080..=U+00FF and DEL, which Node sends as UTF-8 bytes.
    pub target: String,
    /// The encoded path, starting with `/`.
    pub path: String,
    /// The encoded query string without its `?`; `Some("")` for a lone `?`.
    pub query: Option<String>,
    /// The encoded fragment without its `#` (in `href` only).
    pub fragment: Option<String>,
    /// Value for the `Host` header Newman adds: host (IPv6 in brackets) plus
    /// `:` and the port text exactly as written, even for a default port
    /// (`example.com:80`) or an odd spelling (`example.com:080`).
    pub host_header: String,
    /// Decoded username from the URL's userinfo, when the userinfo is not
    /// empty. postman-request then sends `Authorization: Basic
    /// base64(username ":" password-or-empty)` unless the request already has
    /// an Authorization header.
    pub username: Option<String>,
    /// Decoded password; `None` when the userinfo had no `:`.
    pub password: Option<String>,
}

impl ResolvedUrl {
    /// Adds a query parameter after resolution, the way Newman's auth helpers
    /// do (`url.addQueryParams`): `key` (its `&`, `#`, `=` escaped), then
    /// `=value` (its `&`, `#` escaped) unless `value` is `None`, encoded with
    /// the query set unless `disable_encoding`, appended after a `&` whenever
    /// a query exists — even a lone `?` (giving `?&k=v`) or one ending in `&`.
    /// Updates `query`, `target` and `href`.
    pub fn append_query_param(&mut self, key: &str, value: Option<&str>, disable_encoding: bool) {
        let fragment_len = self.fragment.as_ref().map_or(0, |f| f.len() + 1);
        let origin_len = self
            .href
            .len()
            .checked_sub(self.target.len() + fragment_len);
        let origin = origin_len
            .and_then(|len| self.href.get(..len))
            .unwrap_or_default()
            .to_owned();
        let mut param = encode_query_key(key, disable_encoding);
        if let Some(value) = value {
            param.push('=');
            param.push_str(&encode_query_component(value, disable_encoding));
        }
        let query = match self.query.take() {
            Some(existing) => format!("{existing}&{param}"),
            None => param,
        };
        self.target = format!("{}?{query}", self.path);
        self.href = format!("{origin}{}", self.target);
        if let Some(fragment) = &self.fragment {
            self.href.push('#');
            self.href.push_str(fragment);
        }
        self.query = Some(query);
    }

    /// The name to resolve and connect to: `localhost` for an empty host (Node's
    /// default) and for any `*.localhost` name (postman-runtime routes those to
    /// loopback), the host otherwise.
    pub fn connect_host(&self) -> &str {
        let tld = self.host.rsplit('.').next().unwrap_or("");
        if self.host.is_empty() || tld == "localhost" {
            "localhost"
        } else {
            &self.host
        }
    }
}

/// Encodes a query parameter key added after resolution (see
/// [`ResolvedUrl::append_query_param`]): `&`, `#` and `=` become `%26`, `%23`,
/// `%3D` (even with `disable_encoding`, as Newman does), `{{variables}}`
/// holding them excepted; then the query encode set applies unless
/// `disable_encoding`.
pub fn encode_query_key(key: &str, disable_encoding: bool) -> String {
    let normalized = normalize_query_part(key, true);
    if disable_encoding {
        normalized
    } else {
        percent_encode(&normalized, EncodeSet::Query)
    }
}

/// Encodes a query parameter value added after resolution, like
/// [`encode_query_key`] but leaving `=` alone.
pub fn encode_query_component(value: &str, disable_encoding: bool) -> String {
    let normalized = normalize_query_part(value, false);
    if disable_encoding {
        normalized
    } else {
        percent_encode(&normalized, EncodeSet::Query)
    }
}

/// Why a request URL cannot be sent. The messages are the ones Newman reports
/// for the same URL, each naming the offending text where Newman does.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    /// The URL is empty once resolved (`""`, `{{empty}}`, or an object with
    /// only `raw`).
    #[error("runtime:extensions~request: request url is empty")]
    Empty,
    /// No host and no port; holds the URL as postman-request formats it.
    #[error("Invalid URI \"{0}\"")]
    MissingHost(String),
    /// The `unix://` scheme, which postman-request refuses.
    #[error("`unix://` URL scheme is no longer supported. Please use the format `http://unix:SOCKET:PATH`")]
    UnixScheme,
    /// `http://unix:SOCKET:PATH` (a Unix domain socket), which courier does not support.
    #[error("Unix domain socket URLs are not supported: \"{0}\"")]
    UnixSocket(String),
    /// A scheme other than http and https; holds it with its colon (`ftp:`).
    #[error("Invalid protocol: {0}")]
    InvalidProtocol(String),
    /// With URL encoding disabled, the target contains a space, a control
    /// character or a character above U+00FF; holds the target.
    #[error("Request path contains unescaped characters")]
    UnescapedCharacters(String),
    /// The port is not an integer in 0..=65535; holds the port text.
    #[error("Port should be >= 0 and < 65536. Received type string ({}).", js_describe_string(.0))]
    InvalidPort(String),
    /// The host cannot be resolved: not a valid host name, or still holding an
    /// unresolved `{{variable}}`. Holds the hostname Newman would look up.
    #[error("getaddrinfo ENOTFOUND {0}")]
    InvalidHost(String),
}

impl PathVariable {
    /// The value `getPath` substitutes, if it is a string once cast to the
    /// variable's type: `string` converts anything (an absent value becomes
    /// `"undefined"`), `number`/`boolean`/`object`/`array` never give a
    /// string, and any other type (or none) passes string values only.
    fn string_value(&self) -> Option<String> {
        let var_type = self.var_type.as_deref().map(str::to_lowercase);
        match var_type.as_deref() {
            Some("string") => Some(match &self.value {
                Some(value) => js_value_to_string(value),
                None => "undefined".to_owned(),
            }),
            Some("number" | "boolean" | "object" | "array") => None,
            _ => match &self.value {
                Some(Value::String(s)) => Some(s.clone()),
                _ => None,
            },
        }
    }
}

impl UrlDef {
    /// Parses a URL string the way postman-collection's `Url.parse` does.
    ///
    /// Leading white space is dropped; then the hash (after the first `#`),
    /// the query (after the first `?`, split on `&`, each split at its first
    /// `=`), backslashes become `/`, the protocol (before `://`, extra slashes
    /// after it dropped), the path (after the first `/`, split on `/`), the
    /// userinfo (before the last `@`, split at its first `:`), the port (after
    /// the last `:` unless a `]` follows it) and the host (split on `.`). A
    /// `{{variable}}` whose name holds one of `.:/?#@&]` is never split. Each
    /// distinct `:name` path segment yields a [`PathVariable`] without value.
    pub fn parse(s: &str) -> UrlDef {
        let trimmed = s.trim_start_matches(is_js_whitespace);
        let parts = split_url(trimmed);
        let mut variable: Vec<PathVariable> = Vec::new();
        for segment in parts.path.iter().flatten() {
            if let Some(name) = path_variable_name(segment) {
                if !variable.iter().any(|v| v.key.as_deref() == Some(name)) {
                    variable.push(PathVariable {
                        key: Some(name.to_owned()),
                        ..PathVariable::default()
                    });
                }
            }
        }
        UrlDef {
            raw: (!trimmed.is_empty()).then(|| trimmed.to_owned()),
            protocol: parts.protocol,
            host: parts.host,
            port: parts.port,
            path: parts.path,
            query: parts
                .query
                .as_deref()
                .map(parse_query_list)
                .unwrap_or_default(),
            hash: parts.hash,
            variable,
            auth: parts.auth.map(|mut a| {
                let password = (a.len() > 1).then(|| a.swap_remove(1));
                UrlAuth {
                    user: a.into_iter().next(),
                    password,
                }
            }),
        }
    }

    /// The unresolved string form, as postman-collection's `Url#toString()`:
    /// `protocol://` (if any), `user:password@`, host labels joined with `.`,
    /// `:port`, the path with path variables substituted, `?` and the enabled
    /// query parameters (not percent-encoded, but `&`/`#`/`=` inside keys and
    /// values escaped; a lone `?` when every enabled parameter is empty), and
    /// `#hash`. `raw` is ignored.
    pub fn to_unresolved_string(&self) -> String {
        let mut out = String::new();
        if let Some(protocol) = self.protocol.as_deref().filter(|p| !p.is_empty()) {
            out.push_str(protocol);
            if !protocol.ends_with("://") {
                out.push_str("://");
            }
        }
        if let Some(auth) = &self.auth {
            let mut userinfo = auth.user.clone();
            if let Some(password) = &auth.password {
                let mut joined = userinfo.unwrap_or_default();
                joined.push(':');
                joined.push_str(password);
                userinfo = Some(joined);
            }
            if let Some(userinfo) = userinfo {
                out.push_str(&userinfo);
                out.push('@');
            }
        }
        if let Some(host) = &self.host {
            out.push_str(&host.join("."));
        }
        if let Some(port) = &self.port {
            out.push(':');
            out.push_str(port);
        }
        if self.path.is_some() {
            out.push_str(&self.path_with_variables());
        }
        if let Some(query) = self.query_string() {
            out.push('?');
            out.push_str(&query);
        }
        if let Some(hash) = &self.hash {
            out.push('#');
            out.push_str(hash);
        }
        out
    }

    /// `Url#getPath()`: `/` + segments, each `:name` segment replaced by the
    /// last path variable with that key when its value is a non-empty string
    /// (the text after the name, such as `.json`, is kept).
    fn path_with_variables(&self) -> String {
        let segments: Vec<String> = self
            .path
            .iter()
            .flatten()
            .map(|segment| {
                let value = path_variable_name(segment).and_then(|name| {
                    let value = self
                        .variable
                        .iter()
                        .rev()
                        .find(|v| v.key.as_deref() == Some(name))?
                        .string_value()?;
                    (!value.is_empty()).then(|| value + &segment[1 + name.len()..])
                });
                value.unwrap_or_else(|| segment.clone())
            })
            .collect();
        format!("/{}", segments.join("/"))
    }

    /// The unencoded query string, `Some("")` for a lone `?`, `None` when there
    /// is no enabled parameter.
    fn query_string(&self) -> Option<String> {
        if self.query.is_empty() {
            return None;
        }
        let query = unparse_query(&self.query);
        if query.is_empty() && self.query.iter().all(|p| p.disabled) {
            return None;
        }
        Some(query)
    }
}

// ---------------------------------------------------------------------------
// Resolution and encoding
// ---------------------------------------------------------------------------

/// The pieces of postman-url-encoder's `toNodeUrl` result that matter here.
struct NodeUrl {
    protocol: String,
    auth: Option<String>,
    /// Encoded hostname, IPv6 in brackets.
    hostname: String,
    /// Whether the hostname is a valid WHATWG host (Node returned a value).
    valid_host: bool,
    port: Option<String>,
    pathname: String,
    search: Option<String>,
    hash: Option<String>,
}

impl NodeUrl {
    fn new(url: &UrlDef, disable_encoding: bool) -> NodeUrl {
        let encode = |s: &str, set: EncodeSet| {
            if disable_encoding {
                s.to_owned()
            } else {
                percent_encode(s, set)
            }
        };
        let raw_host = url
            .host
            .as_deref()
            .unwrap_or_default()
            .join(".")
            .to_lowercase();
        let (hostname, valid_host) = match domain_to_ascii(&raw_host) {
            Some(ascii) => (ascii, true),
            None => (raw_host, false),
        };
        let search = url.query_string().map(|q| encode(&q, EncodeSet::Query));
        let auth = url.auth.as_ref().and_then(|a| {
            let mut userinfo = a.user.as_deref().map(|u| encode(u, EncodeSet::Userinfo));
            if let Some(password) = &a.password {
                let mut joined = userinfo.unwrap_or_default();
                joined.push(':');
                joined.push_str(&encode(password, EncodeSet::Userinfo));
                userinfo = Some(joined);
            }
            userinfo
        });
        NodeUrl {
            protocol: format!(
                "{}:",
                url.protocol.as_deref().unwrap_or("http").to_lowercase()
            ),
            auth,
            hostname,
            valid_host,
            port: url.port.clone(),
            pathname: encode(&url.path_with_variables(), EncodeSet::Path),
            search,
            hash: url.hash.as_deref().map(|h| encode(h, EncodeSet::Fragment)),
        }
    }

    /// `host`: hostname plus `:port` when a port (even an empty one) is set.
    fn host(&self) -> String {
        match &self.port {
            Some(port) => format!("{}:{port}", self.hostname),
            None => self.hostname.clone(),
        }
    }

    fn target(&self) -> String {
        match &self.search {
            Some(search) => format!("{}?{search}", self.pathname),
            None => self.pathname.clone(),
        }
    }

    fn fragment(&self) -> String {
        self.hash
            .as_deref()
            .map(|h| format!("#{h}"))
            .unwrap_or_default()
    }

    fn href(&self) -> String {
        let userinfo = self
            .auth
            .as_deref()
            .map(|a| format!("{a}@"))
            .unwrap_or_default();
        format!(
            "{}//{userinfo}{}{}{}",
            self.protocol,
            self.host(),
            self.target(),
            self.fragment()
        )
    }

    /// Node's legacy `url.format`, as in postman-request's "Invalid URI"
    /// message; only reached without a host, so no userinfo is printed.
    fn format_without_host(&self) -> String {
        let slashed = matches!(
            self.protocol.as_str(),
            "http:" | "https:" | "ftp:" | "gopher:" | "file:" | "ws:" | "wss:"
        );
        let search = self
            .search
            .as_deref()
            .map(|s| format!("?{}", s.replace('#', "%23")))
            .unwrap_or_default();
        let pathname = self.pathname.replace('#', "%23").replace('?', "%3F");
        format!(
            "{}{}{pathname}{search}{}",
            self.protocol,
            if slashed { "//" } else { "" },
            self.fragment()
        )
    }
}

/// Turns a collection URL into the URL Newman sends.
///
/// 1. [`UrlDef::to_unresolved_string`] — this is where path variables are
///    substituted, with their unresolved values (so a value `{{id}}` is
///    substituted, then resolved with the rest; a value that resolves to `/`,
///    `?` or `#` changes the URL's structure, as in Newman);
/// 2. `resolve` on that string (skipped when it is empty);
/// 3. [`UrlDef::parse`] of the result (a `:name` left in the path stays
///    literal);
/// 4. `toNodeUrl`: protocol lowercased, `http` by default; host lowercased and
///    punycoded (kept as written when it is not a valid host); path, query
///    string, userinfo and fragment percent-encoded with their own sets (see
///    `url_encode`), an existing `%XX` never encoded twice — unless
///    `disable_encoding`, where only the host is encoded;
/// 5. the checks postman-request and Node make, in their order: empty URL,
///    `unix://`, Unix socket host, missing host, scheme other than http(s),
///    unescaped characters (only possible with `disable_encoding`), port,
///    and a host that cannot be looked up (not for `*.localhost`).
pub fn resolve_url(
    def: &UrlDef,
    resolve: &dyn Fn(&str) -> String,
    disable_encoding: bool,
) -> Result<ResolvedUrl, UrlError> {
    let unresolved = def.to_unresolved_string();
    let resolved = if unresolved.is_empty() {
        unresolved
    } else {
        resolve(&unresolved)
    };
    let url = UrlDef::parse(&resolved);
    if url.to_unresolved_string().is_empty() {
        return Err(UrlError::Empty);
    }
    let node = NodeUrl::new(&url, disable_encoding);
    let host_header = node.host();
    let target = node.target();

    if node.protocol == "unix:" {
        return Err(UrlError::UnixScheme);
    }
    if host_header == "unix" {
        return Err(UrlError::UnixSocket(node.href()));
    }
    if host_header.is_empty() {
        return Err(UrlError::MissingHost(node.format_without_host()));
    }
    if node.protocol != "http:" && node.protocol != "https:" {
        return Err(UrlError::InvalidProtocol(node.protocol));
    }
    if target.chars().any(|c| !('\u{21}'..='\u{ff}').contains(&c)) {
        return Err(UrlError::UnescapedCharacters(target));
    }
    let port = match node.port.as_deref() {
        None | Some("") => None,
        Some(text) => {
            Some(validate_port(text).ok_or_else(|| UrlError::InvalidPort(text.to_owned()))?)
        }
    };
    let host = match node
        .hostname
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
    {
        Some(inner) => inner.to_owned(),
        None => node.hostname.clone(),
    };
    let loopback_alias = host.rsplit('.').next() == Some("localhost");
    let unresolvable = !host.is_empty() && (!node.valid_host || host.contains(['{', '}']));
    if unresolvable && !loopback_alias {
        return Err(UrlError::InvalidHost(host));
    }

    let (username, password) = match node.auth.as_deref() {
        Some(auth) if !auth.is_empty() => match auth.split_once(':') {
            Some((user, pass)) => (Some(node_unescape(user)), Some(node_unescape(pass))),
            None => (Some(node_unescape(auth)), None),
        },
        _ => (None, None),
    };

    Ok(ResolvedUrl {
        href: node.href(),
        scheme: node.protocol.trim_end_matches(':').to_owned(),
        host,
        port,
        target,
        path: node.pathname,
        query: node.search,
        fragment: node.hash,
        host_header,
        username,
        password,
    })
}

#[cfg(test)]
mod tests {
    //! Expected values were produced by running the same inputs through
    //! postman-collection 4.4.0 + postman-url-encoder 3.0.5 (and, for the
    //! error cases, postman-runtime 7.39.1 against a local server) on Node 20.

    use super::*;

    /// Replaces `{{name}}` tokens from `vars` (one pass is enough here).
    fn resolver<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> String + 'a {
        move |s: &str| {
            let mut out = s.to_owned();
            for (name, value) in vars {
                out = out.replace(&format!("{{{{{name}}}}}"), value);
            }
            out
        }
    }

    fn def(json: &str) -> UrlDef {
        serde_json::from_str(json).expect("valid JSON")
    }

    fn resolve_with(
        def: &UrlDef,
        vars: &[(&str, &str)],
        disable: bool,
    ) -> Result<ResolvedUrl, UrlError> {
        resolve_url(def, &resolver(vars), disable)
    }

    fn send(url: &str) -> ResolvedUrl {
        resolve_with(&UrlDef::parse(url), &[], false).expect("URL resolves")
    }

    fn send_json(json: &str) -> ResolvedUrl {
        resolve_with(&def(json), &[], false).expect("URL resolves")
    }

    fn error(url: &str) -> String {
        match resolve_with(&UrlDef::parse(url), &[], false) {
            Ok(ok) => panic!("expected an error, got {ok:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn string_url_is_parsed_into_parts() {
        let url = UrlDef::parse("https://u:p@api.example.com:8443/v1/:id?a=1&b#top");
        assert_eq!(url.protocol.as_deref(), Some("https"));
        assert_eq!(
            url.auth,
            Some(UrlAuth {
                user: Some("u".into()),
                password: Some("p".into())
            })
        );
        assert_eq!(
            url.host,
            Some(vec!["api".into(), "example".into(), "com".into()])
        );
        assert_eq!(url.port.as_deref(), Some("8443"));
        assert_eq!(url.path, Some(vec!["v1".into(), ":id".into()]));
        assert_eq!(url.query.len(), 2);
        assert_eq!(url.query[1].key.as_deref(), Some("b"));
        assert_eq!(url.query[1].value, None);
        assert_eq!(url.hash.as_deref(), Some("top"));
        assert_eq!(url.variable[0].key.as_deref(), Some("id"));
    }

    #[test]
    fn string_and_object_urls_send_the_same_request() {
        let from_string = send("https://postman-echo.com/get?foo=bar");
        let from_object = send_json(
            r#"{"protocol":"https","host":["postman-echo","com"],"path":["get"],
                "query":[{"key":"foo","value":"bar","description":"ignored"}],"unknown":1}"#,
        );
        assert_eq!(from_string, from_object);
        assert_eq!(from_string.href, "https://postman-echo.com/get?foo=bar");
        assert_eq!(from_string.target, "/get?foo=bar");
        assert_eq!(from_string.scheme, "https");
        assert_eq!(from_string.host_header, "postman-echo.com");
        assert_eq!(from_string.port, None);
    }

    #[test]
    fn raw_is_ignored_when_parts_exist() {
        let url = send_json(
            r#"{"raw":"https://other.example/raw","host":["example","com"],"path":["real"]}"#,
        );
        assert_eq!(url.href, "http://example.com/real");
    }

    #[test]
    fn raw_alone_is_an_empty_url() {
        let err = resolve_with(&def(r#"{"raw":"https://example.com/raw"}"#), &[], false);
        assert_eq!(err, Err(UrlError::Empty));
        assert_eq!(
            UrlError::Empty.to_string(),
            "runtime:extensions~request: request url is empty"
        );
    }

    #[test]
    fn protocol_defaults_to_http_and_is_lowercased() {
        assert_eq!(send("example.com/x").href, "http://example.com/x");
        assert_eq!(send("HTTPS://example.com/x").href, "https://example.com/x");
        let url = send_json(r#"{"protocol":"https://","host":["example","com"]}"#);
        assert_eq!(url.href, "https://example.com/");
        assert_eq!(url.target, "/");
    }

    #[test]
    fn port_is_kept_as_written_in_href_and_host_header() {
        let url = send_json(r#"{"host":["example","com"],"port":8080,"path":["x"]}"#);
        assert_eq!(url.href, "http://example.com:8080/x");
        assert_eq!(
            (url.port, url.host_header.as_str()),
            (Some(8080), "example.com:8080")
        );
        let url = send("http://example.com:080/x");
        assert_eq!(
            (url.port, url.host_header.as_str()),
            (Some(80), "example.com:080")
        );
        assert_eq!(
            send("http://example.com:80/x").host_header,
            "example.com:80"
        );
        assert_eq!(send("http://example.com:0x1F90/x").port, Some(8080));
    }

    #[test]
    fn empty_port_means_default_port() {
        let url = send("http://example.com:/x");
        assert_eq!(url.href, "http://example.com:/x");
        assert_eq!(url.port, None);
        assert_eq!(url.host_header, "example.com:");
    }

    #[test]
    fn path_variables_are_substituted_with_non_empty_string_values() {
        let url = send_json(
            r#"{"host":["example","com"],"path":["users",":id",":id.json",":empty",":missing"],
                "variable":[{"key":"id","value":"42"},{"key":"empty","value":""}]}"#,
        );
        assert_eq!(url.target, "/users/42/42.json/:empty/:missing");
        assert_eq!(send("http://example.com/:id").target, "/:id");
    }

    #[test]
    fn path_variable_value_with_slash_or_space_is_encoded_not_escaped() {
        let url = send_json(
            r#"{"host":["example","com"],"path":["u",":id"],"variable":[{"key":"id","value":"a b/c"}]}"#,
        );
        assert_eq!(url.target, "/u/a%20b/c");
        // A `?` in the value starts the query once the string is re-parsed.
        let url = send_json(
            r#"{"host":["example","com"],"path":["u",":id"],"variable":[{"key":"id","value":"x?y=1"}]}"#,
        );
        assert_eq!(url.target, "/u/x?y=1");
    }

    #[test]
    fn path_variable_values_are_resolved_with_the_url_string() {
        let json = r#"{"host":["example","com"],"path":["u",":id"],"variable":[{"key":"id","value":"{{userId}}"}]}"#;
        assert_eq!(def(json).to_unresolved_string(), "example.com/u/{{userId}}");
        let url = resolve_with(&def(json), &[("userId", "7")], false).unwrap();
        assert_eq!(url.target, "/u/7");
        // The emptiness check is on the unresolved value.
        let url = resolve_with(
            &def(json.replace("userId", "blank").as_str()),
            &[("blank", "")],
            false,
        )
        .unwrap();
        assert_eq!(url.target, "/u/");
    }

    #[test]
    fn path_variable_types_duplicates_disabled_and_legacy_id() {
        let url = send_json(
            r#"{"host":["example","com"],"path":[":a",":b",":c",":d",":e",":f",":g"],
                "variable":[{"key":"a","value":5},{"key":"b","value":5,"type":"string"},
                {"key":"c","value":"C","disabled":true},{"key":"d","value":"1"},{"key":"d","value":"2"},
                {"id":"e","value":"E"},{"key":"f","value":"1","type":"number"},{"key":"g","type":"String"}]}"#,
        );
        assert_eq!(url.target, "/:a/5/C/2/E/:f/undefined");
    }

    #[test]
    fn disabled_query_params_are_dropped_and_duplicates_kept_in_order() {
        let url = send_json(
            r#"{"host":["example","com"],"query":[{"key":"a","value":"1"},
                {"key":"b","value":"2","disabled":true},{"key":"a","value":"3"}]}"#,
        );
        assert_eq!(url.target, "/?a=1&a=3");
        let all_disabled = send_json(
            r#"{"host":["example","com"],"query":[{"key":"a","value":"1","disabled":true}]}"#,
        );
        assert_eq!(all_disabled.href, "http://example.com/");
    }

    #[test]
    fn empty_key_and_value_params_and_the_question_mark_rule() {
        let both = send_json(r#"{"host":["example","com"],"query":[{"key":"","value":""}]}"#);
        assert_eq!(both.target, "/?=");
        let key_only = send_json(r#"{"host":["example","com"],"query":[{"key":""}]}"#);
        assert_eq!(key_only.target, "/?");
        let mixed = send_json(
            r#"{"host":["example","com"],"query":[{"key":"flag"},{"value":"v"},{"key":null,"value":null}]}"#,
        );
        assert_eq!(mixed.target, "/?flag&=v&");
        assert_eq!(send("http://example.com/x?").target, "/x?");
        assert_eq!(
            send("http://example.com/x?a=1&&b=&c").target,
            "/x?a=1&&b=&c"
        );
    }

    #[test]
    fn reserved_characters_in_object_params_are_escaped() {
        let url = send_json(
            r#"{"host":["example","com"],"query":[{"key":"a","value":"1&2=3#4"},{"key":"b=c&d","value":"x"}]}"#,
        );
        assert_eq!(url.target, "/?a=1%262=3%234&b%3Dc%26d=x");
    }

    #[test]
    fn reserved_characters_from_variables_change_the_query() {
        let url = resolve_with(
            &UrlDef::parse("http://example.com/search?q={{q}}"),
            &[("q", "a&b=c d")],
            false,
        )
        .unwrap();
        assert_eq!(url.target, "/search?q=a&b=c%20d");
    }

    #[test]
    fn unicode_is_percent_encoded_as_utf8() {
        let url = send("http://example.com/ünï/€?ü=€&e=😀#ß");
        assert_eq!(
            url.href,
            "http://example.com/%C3%BCn%C3%AF/%E2%82%AC?%C3%BC=%E2%82%AC&e=%F0%9F%98%80#%C3%9F"
        );
        assert_eq!(
            url.target,
            "/%C3%BCn%C3%AF/%E2%82%AC?%C3%BC=%E2%82%AC&e=%F0%9F%98%80"
        );
    }

    #[test]
    fn path_encode_set() {
        let url = send("http://example.com/ \"<>'`{}|^[]~!$&()*+,;=:@");
        assert_eq!(url.target, "/%20%22%3C%3E'%60%7B%7D|^[]~!$&()*+,;=:@");
    }

    #[test]
    fn query_encode_set() {
        let url = send("http://example.com/x? \"<>'`{}|^[]~!$()*+,;:@/?");
        assert_eq!(url.target, "/x?%20%22%3C%3E%27`{}|^[]~!$()*+,;:@/?");
    }

    #[test]
    fn hash_is_encoded_and_never_sent() {
        let url = send("http://example.com/a#b c\"<>`{}#");
        assert_eq!(url.href, "http://example.com/a#b%20c%22%3C%3E%60{}#");
        assert_eq!(url.target, "/a");
        assert_eq!(
            send_json(r#"{"host":["example","com"],"hash":""}"#).href,
            "http://example.com/#"
        );
        // A `#` in an object path segment becomes the fragment on re-parse.
        let url = send_json(
            r#"{"host":["example","com"],"path":["a#b"],"query":[{"key":"q","value":"1"}]}"#,
        );
        assert_eq!(
            (url.target.as_str(), url.href.as_str()),
            ("/a", "http://example.com/a#b?q=1")
        );
    }

    #[test]
    fn existing_escapes_are_not_encoded_twice_and_lone_percent_is_kept() {
        let url = send("http://example.com/a%20b%2Fc/%/%zz/%4?x=%20%&y=%e2%82%ac");
        assert_eq!(url.target, "/a%20b%2Fc/%/%zz/%4?x=%20%&y=%e2%82%ac");
    }

    #[test]
    fn disable_url_encoding_sends_text_as_is_but_encodes_the_host() {
        let url = resolve_with(
            &UrlDef::parse("http://München.de/ü/{x}?q=\"é\"&r=<>#a b"),
            &[],
            true,
        )
        .unwrap();
        assert_eq!(url.href, "http://xn--mnchen-3ya.de/ü/{x}?q=\"é\"&r=<>#a b");
        assert_eq!(url.target, "/ü/{x}?q=\"é\"&r=<>");
        assert_eq!(url.host, "xn--mnchen-3ya.de");
        let spaced = resolve_with(&UrlDef::parse("http://example.com/a b"), &[], true);
        assert_eq!(spaced, Err(UrlError::UnescapedCharacters("/a b".into())));
        assert_eq!(
            spaced.unwrap_err().to_string(),
            "Request path contains unescaped characters"
        );
        let euro = resolve_with(&UrlDef::parse("http://example.com/€"), &[], true);
        assert!(matches!(euro, Err(UrlError::UnescapedCharacters(_))));
    }

    #[test]
    fn userinfo_is_encoded_and_decoded_for_basic_auth() {
        let url = send("http://us er:p@ss:w:rd@example.com/");
        assert_eq!(url.href, "http://us%20er:p%40ss%3Aw%3Ard@example.com/");
        assert_eq!(url.username.as_deref(), Some("us er"));
        assert_eq!(url.password.as_deref(), Some("p@ss:w:rd"));
        let url = send_json(r#"{"host":["example","com"],"auth":{"user":"a:b","password":"c@d"}}"#);
        // The object form is flattened to a string first, so its first `:` splits.
        assert_eq!(url.href, "http://a:b%3Ac%40d@example.com/");
        assert_eq!(
            (url.username.as_deref(), url.password.as_deref()),
            (Some("a"), Some("b:c@d"))
        );
        let user_only = send("http://user@example.com/");
        assert_eq!(
            (user_only.username.as_deref(), user_only.password),
            (Some("user"), None)
        );
        let empty = send("http://@example.com/");
        assert_eq!(
            (empty.href.as_str(), empty.username),
            ("http://@example.com/", None)
        );
    }

    #[test]
    fn ipv6_host_loses_brackets_only_in_host() {
        let url = send("http://[::1]:8080/x");
        assert_eq!(url.host, "::1");
        assert_eq!(url.host_header, "[::1]:8080");
        assert_eq!(url.href, "http://[::1]:8080/x");
        assert_eq!(send("http://[0:0::1]/x").href, "http://[::1]/x");
    }

    #[test]
    fn host_is_lowercased_punycoded_and_normalized() {
        let url = send("http://EXAMPLE.Com/X");
        assert_eq!(
            (url.host.as_str(), url.target.as_str()),
            ("example.com", "/X")
        );
        assert_eq!(send("http://münchen.de/").host, "xn--mnchen-3ya.de");
        assert_eq!(send("http://☃.net/").href, "http://xn--n3h.net/");
        assert_eq!(send("http://127.1/").host, "127.0.0.1");
    }

    #[test]
    fn base_url_variable_is_resolved_then_reparsed() {
        let vars = [("baseUrl", "https://host:8080/api")];
        for url in [
            UrlDef::parse("{{baseUrl}}/x"),
            def(r#"{"host":["{{baseUrl}}"],"path":["x"]}"#),
        ] {
            let url = resolve_with(&url, &vars, false).unwrap();
            assert_eq!(url.href, "https://host:8080/api/x");
            assert_eq!((url.scheme.as_str(), url.host.as_str()), ("https", "host"));
            assert_eq!((url.port, url.target.as_str()), (Some(8080), "/api/x"));
        }
    }

    #[test]
    fn variables_with_delimiters_in_their_names_stay_whole() {
        let vars = [
            ("a.b", "api"),
            ("p", "81"),
            ("c/d", "path"),
            ("e&f", "k"),
            ("g#h", "v"),
            ("i", "frag"),
        ];
        let parsed = UrlDef::parse("http://{{a.b}}.com:{{p}}/{{c/d}}?{{e&f}}={{g#h}}#{{i}}");
        assert_eq!(parsed.host, Some(vec!["{{a.b}}".into(), "com".into()]));
        assert_eq!(parsed.query[0].key.as_deref(), Some("{{e&f}}"));
        let url = resolve_with(&parsed, &vars, false).unwrap();
        assert_eq!(url.href, "http://api.com:81/path?k=v#frag");
    }

    #[test]
    fn unresolved_variables_are_encoded_in_path_and_fail_in_host() {
        let url = send("http://example.com/{{missing}}?q={{missing}}");
        assert_eq!(url.target, "/%7B%7Bmissing%7D%7D?q={{missing}}");
        assert_eq!(error("http://{{host}}/x"), "getaddrinfo ENOTFOUND {{host}}");
        // *.localhost always goes to loopback in Newman, whatever the name.
        let url = send("http://{{sub}}.localhost:3000/x");
        assert_eq!(
            (url.host.as_str(), url.connect_host()),
            ("{{sub}}.localhost", "localhost")
        );
    }

    #[test]
    fn missing_host_is_an_invalid_uri() {
        assert_eq!(error("/just/a/path"), "Invalid URI \"http:///just/a/path\"");
        assert_eq!(error("u:p@/x?a=b#h"), "Invalid URI \"http:///x?a=b#h\"");
        assert_eq!(
            error("file:///etc/hosts"),
            "Invalid URI \"file:///etc/hosts\""
        );
        assert_eq!(error("http://"), "Invalid URI \"http:///\"");
        // A port without host connects to localhost.
        let url = send("http://:3000/x");
        assert_eq!((url.host.as_str(), url.host_header.as_str()), ("", ":3000"));
        assert_eq!(url.connect_host(), "localhost");
    }

    #[test]
    fn malformed_urls_give_newman_errors() {
        assert_eq!(
            resolve_with(&UrlDef::parse(""), &[], false),
            Err(UrlError::Empty)
        );
        assert_eq!(
            resolve_with(&UrlDef::parse("   "), &[], false),
            Err(UrlError::Empty)
        );
        assert_eq!(
            resolve_with(&UrlDef::parse("{{e}}"), &[("e", "")], false),
            Err(UrlError::Empty)
        );
        assert_eq!(
            error("http://example.com:abc/x"),
            "Port should be >= 0 and < 65536. Received type string ('abc')."
        );
        assert_eq!(
            error("http://example.com:99999/x"),
            "Port should be >= 0 and < 65536. Received type string ('99999')."
        );
        assert_eq!(error("ftp://example.com/x"), "Invalid protocol: ftp:");
        assert_eq!(error("{{p}}://example.com/x"), "Invalid protocol: {{p}}:");
        assert_eq!(
            error("unix://x/y"),
            "`unix://` URL scheme is no longer supported. Please use the format `http://unix:SOCKET:PATH`"
        );
        assert!(matches!(
            resolve_with(&UrlDef::parse("http://unix/x"), &[], false),
            Err(UrlError::UnixSocket(_))
        ));
        assert_eq!(error("http://a b.com/x"), "getaddrinfo ENOTFOUND a b.com");
    }

    #[test]
    fn backslashes_leading_space_and_extra_slashes_are_normalized() {
        assert_eq!(
            send("  http:\\\\example.com\\a\\b").href,
            "http://example.com/a/b"
        );
        assert_eq!(
            send("https:////example.com//x").href,
            "https://example.com//x"
        );
    }

    #[test]
    fn object_form_accepts_strings_numbers_and_maps() {
        let url =
            def(r#"{"host":"{{a.b}}.example.com","path":"/a/b/","query":"x=1&y","port":8080}"#);
        assert_eq!(
            url.host,
            Some(vec!["{{a.b}}".into(), "example".into(), "com".into()])
        );
        assert_eq!(url.path, Some(vec!["a".into(), "b".into(), String::new()]));
        assert_eq!(url.port.as_deref(), Some("8080"));
        assert_eq!(
            url.to_unresolved_string(),
            "{{a.b}}.example.com:8080/a/b/?x=1&y"
        );
        let url = send_json(r#"{"host":"example.com","path":"/","query":{"a":"1","b":2}}"#);
        assert_eq!(url.target, "/?a=1&b");
        assert_eq!(def(r#"{"host":"example.com","path":""}"#).path, None);
        assert_eq!(
            def(r#"{"host":"example.com","path":"/"}"#).path,
            Some(vec![String::new()])
        );
        assert_eq!(
            def(r#"{"host":"example.com","query":null,"variable":null}"#).query,
            vec![]
        );
        assert_eq!(def("null"), UrlDef::default());
    }

    #[test]
    fn non_string_query_keys_and_values_are_dropped_like_newman() {
        let url = send_json(
            r#"{"host":"example.com","query":[{"key":"n","value":5},{"key":7,"value":"v"}]}"#,
        );
        assert_eq!(url.target, "/?n&=v");
    }

    #[test]
    fn to_unresolved_string_keeps_variables_with_reserved_characters() {
        let url = def(
            r#"{"protocol":"https","auth":{"user":"{{u}}","password":"{{p}}"},"host":["{{h}}"],
                "port":"{{port}}","path":["a",":id"],"variable":[{"key":"id","value":"{{id}}"}],
                "query":[{"key":"{{k&1}}","value":"{{v#2}}&x"},{"key":"off","disabled":true}],"hash":"{{f}}"}"#,
        );
        assert_eq!(
            url.to_unresolved_string(),
            "https://{{u}}:{{p}}@{{h}}:{{port}}/a/{{id}}?{{k&1}}={{v#2}}%26x#{{f}}"
        );
    }

    #[test]
    fn target_is_path_plus_query_and_href_keeps_the_fragment() {
        let url = send("http://example.com/a b?q=1 2#f g");
        assert_eq!(url.path, "/a%20b");
        assert_eq!(url.query.as_deref(), Some("q=1%202"));
        assert_eq!(url.fragment.as_deref(), Some("f%20g"));
        assert_eq!(url.target, "/a%20b?q=1%202");
        assert_eq!(send("http://example.com/x?").query.as_deref(), Some(""));
        assert_eq!(send("http://example.com/x").query, None);
    }

    #[test]
    fn appended_query_params_follow_newman_add_query_params() {
        let key = "k=&# é";
        let value = Some("v=&# é%20");
        let mut url = send("http://x.com/p?a=b#h");
        url.append_query_param(key, value, false);
        url.append_query_param("t", None, false);
        assert_eq!(
            url.href,
            "http://x.com/p?a=b&k%3D%26%23%20%C3%A9=v=%26%23%20%C3%A9%20&t#h"
        );
        assert_eq!(
            url.target,
            "/p?a=b&k%3D%26%23%20%C3%A9=v=%26%23%20%C3%A9%20&t"
        );
        let mut lone = send("http://x.com/?");
        lone.append_query_param("k", Some("v"), false);
        assert_eq!(lone.href, "http://x.com/?&k=v");
        let mut trailing = send("http://x.com/?a=1&");
        trailing.append_query_param("k", Some("v"), false);
        assert_eq!(trailing.target, "/?a=1&&k=v");
        let mut raw = resolve_with(&UrlDef::parse("http://x.com/p#h"), &[], true).unwrap();
        raw.append_query_param(key, value, true);
        assert_eq!(raw.href, "http://x.com/p?k%3D%26%23 é=v=%26%23 é%20#h");
        assert_eq!(encode_query_key("a=b", false), "a%3Db");
        assert_eq!(encode_query_component("a=b c", false), "a=b%20c");
    }

    #[test]
    fn errors_name_the_offending_text() {
        assert!(matches!(
            resolve_with(&UrlDef::parse("http://example.com:8o8o/"), &[], false),
            Err(UrlError::InvalidPort(p)) if p == "8o8o"
        ));
        assert!(matches!(
            resolve_with(&UrlDef::parse("http://{{h}}/"), &[], false),
            Err(UrlError::InvalidHost(h)) if h == "{{h}}"
        ));
    }
}
