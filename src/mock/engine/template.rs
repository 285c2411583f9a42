//! Templates (text with `${…}` parts, as every processor expression is written), the
//! [`Evaluator`] that caches parsed templates and compiled regular expressions for a run, and
//! the regex helpers (`regexReplace`, `regexMatch`, filters, Java replacement strings).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use regex::{Regex, RegexBuilder};
use serde_json::Value;

use super::eval::{Ctx, Val};
use super::expr::{self, Ast};
use super::value::to_text;

/// Cached entries before a cache is emptied (bounds memory for generated expressions).
const CACHE_CAP: usize = 10_000;

/// One piece of a template.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Part {
    Text(String),
    Expr(Ast),
}

/// A parsed template.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Template {
    pub parts: Vec<Part>,
}

/// Why an expression gave no value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ExprError {
    /// The template does not parse.
    Syntax(String),
    /// It parsed but failed while evaluating.
    Eval(String),
}

impl ExprError {
    pub fn message(&self) -> &str {
        match self {
            ExprError::Syntax(m) | ExprError::Eval(m) => m,
        }
    }
}

/// Parses a template: literal text with `${expr}` (or `#{expr}`) parts; `\${` is a literal
/// `${`.
pub(crate) fn parse_template(src: &str) -> Result<Template, String> {
    let bytes = src.as_bytes();
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    let mut lit_start = 0;
    while i < bytes.len() {
        let escaped = bytes[i] == b'\\'
            && matches!(bytes.get(i + 1), Some(b'$') | Some(b'#'))
            && bytes.get(i + 2) == Some(&b'{');
        if escaped {
            text.push_str(&src[lit_start..i]);
            text.push_str(&src[i + 1..i + 3]);
            i += 3;
            lit_start = i;
            continue;
        }
        if matches!(bytes[i], b'$' | b'#') && bytes.get(i + 1) == Some(&b'{') {
            text.push_str(&src[lit_start..i]);
            let end = expression_end(bytes, i + 2)
                .ok_or_else(|| format!("unterminated '{}{{' at position {i}", bytes[i] as char))?;
            let body = &src[i + 2..end];
            let ast = expr::parse(body).map_err(|e| format!("in '{}': {e}", &src[i..=end]))?;
            if !text.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut text)));
            }
            parts.push(Part::Expr(ast));
            i = end + 1;
            lit_start = i;
            continue;
        }
        i += 1;
    }
    text.push_str(&src[lit_start..]);
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    Ok(Template { parts })
}

/// The offset of the `}` closing an expression body starting at `from` (quotes respected).
fn expression_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote: Option<u8> = None;
    let mut i = from;
    while i < bytes.len() {
        let c = bytes[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'\'' | b'"' => quote = Some(c),
                b'}' => return Some(i),
                _ => {}
            },
        }
        i += 1;
    }
    None
}

/// Caches and entry points for evaluating templates during one run.
#[derive(Default)]
pub(crate) struct Evaluator {
    templates: RefCell<HashMap<String, Rc<Result<Template, String>>>>,
    regexes: RefCell<HashMap<String, Result<Regex, String>>>,
}

impl Evaluator {
    /// The parsed template for `src` (cached, errors included).
    pub fn template(&self, src: &str) -> Rc<Result<Template, String>> {
        if let Some(t) = self.templates.borrow().get(src) {
            return Rc::clone(t);
        }
        let parsed = Rc::new(parse_template(src));
        let mut cache = self.templates.borrow_mut();
        if cache.len() >= CACHE_CAP {
            cache.clear();
        }
        cache.insert(src.to_string(), Rc::clone(&parsed));
        parsed
    }

    /// Evaluates a template. A template that is exactly one `${…}` gives that expression's
    /// value (any type, `null` included); literal text gives a string; a mix gives the
    /// concatenated text, `null` parts being empty.
    pub fn eval_template<'a>(&self, src: &str, ctx: &Ctx<'a>) -> Result<Val<'a>, ExprError> {
        let t = self.template(src);
        let t = match t.as_ref() {
            Ok(t) => t,
            Err(e) => return Err(ExprError::Syntax(e.clone())),
        };
        match t.parts.as_slice() {
            [] => Ok(Val::Own(Value::String(String::new()))),
            [Part::Text(s)] => Ok(Val::Own(Value::String(s.clone()))),
            [Part::Expr(a)] => self.eval(a, ctx).map_err(ExprError::Eval),
            parts => {
                let mut out = String::new();
                for p in parts {
                    match p {
                        Part::Text(s) => out.push_str(s),
                        Part::Expr(a) => {
                            let v = self.eval(a, ctx).map_err(ExprError::Eval)?;
                            let v = v.value().map_err(ExprError::Eval)?;
                            out.push_str(&to_text(v).map_err(ExprError::Eval)?);
                        }
                    }
                }
                Ok(Val::Own(Value::String(out)))
            }
        }
    }

    /// A compiled regular expression (cached, errors included).
    pub fn regex(&self, pattern: &str) -> Result<Regex, String> {
        if let Some(r) = self.regexes.borrow().get(pattern) {
            return r.clone();
        }
        let compiled = RegexBuilder::new(pattern)
            .size_limit(1 << 21)
            .dfa_size_limit(1 << 21)
            .build()
            .map_err(|e| format!("invalid regular expression '{pattern}': {e}"));
        let mut cache = self.regexes.borrow_mut();
        if cache.len() >= CACHE_CAP {
            cache.clear();
        }
        cache.insert(pattern.to_string(), compiled.clone());
        compiled
    }

    /// Whether the whole of `text` matches `pattern` (Java's `String.matches`).
    pub fn full_match(&self, pattern: &str, text: &str) -> Result<bool, String> {
        let anchored = self.regex(&format!(r"\A(?:{pattern})\z"));
        match anchored {
            Ok(r) => Ok(r.is_match(text)),
            // Report the user's pattern, not the anchored one.
            Err(_) => self.regex(pattern).map(|_| false),
        }
    }

    /// Java's `replaceAll(pattern, replacement)`.
    pub fn replace_all(
        &self,
        text: &str,
        pattern: &str,
        replacement: &str,
    ) -> Result<String, String> {
        let re = self.regex(pattern)?;
        let repl = java_replacement(replacement, re.captures_len())?;
        Ok(re.replace_all(text, repl.as_str()).into_owned())
    }

    /// Java's `replaceFirst(pattern, replacement)`.
    pub fn replace_first(
        &self,
        text: &str,
        pattern: &str,
        replacement: &str,
    ) -> Result<String, String> {
        let re = self.regex(pattern)?;
        let repl = java_replacement(replacement, re.captures_len())?;
        Ok(re.replacen(text, 1, repl.as_str()).into_owned())
    }

    /// A `regexReplace` section `{match, replace}` (defaults `^(.*)$` and `$1`) applied to
    /// text. An empty `match` leaves the text alone.
    pub fn regex_replace(&self, section: &Value, text: &str) -> Result<String, String> {
        let Value::Object(m) = section else {
            return Err("regexReplace must be an object with 'match' and 'replace'".into());
        };
        let pattern = m.get("match").and_then(Value::as_str).unwrap_or("^(.*)$");
        let replacement = m.get("replace").and_then(Value::as_str).unwrap_or("$1");
        if pattern.is_empty() {
            return Ok(text.to_string());
        }
        self.replace_all(text, pattern, replacement)
    }
}

/// Converts a Java replacement string (`$1`, `${name}`, `\$`, `\\`) to the regex crate's
/// syntax, refusing references to groups that do not exist, as Java does.
pub(crate) fn java_replacement(java: &str, groups: usize) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = java.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('$') => out.push_str("$$"),
                Some(x) => out.push(x),
                None => return Err("character to be escaped is missing in the replacement".into()),
            },
            '$' => {
                if chars.peek() == Some(&'{') {
                    chars.next();
                    let mut name = String::new();
                    for ch in chars.by_ref() {
                        if ch == '}' {
                            break;
                        }
                        name.push(ch);
                    }
                    out.push_str(&format!("${{{name}}}"));
                } else {
                    let mut num: Option<usize> = None;
                    while let Some(d) = chars.peek().and_then(|ch| ch.to_digit(10)) {
                        let next = num.unwrap_or(0) * 10 + d as usize;
                        if num.is_some() && next >= groups {
                            break;
                        }
                        num = Some(next);
                        chars.next();
                    }
                    match num {
                        Some(n) if n < groups => out.push_str(&format!("${{{n}}}")),
                        Some(n) => return Err(format!("no group {n} in the pattern")),
                        None => return Err("illegal group reference in the replacement".into()),
                    }
                }
            }
            _ => out.push(c),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_split_text_and_expressions() {
        let t = parse_template("${data.displayName} (${content.id})").expect("parses");
        assert_eq!(t.parts.len(), 4);
        assert_eq!(t.parts[1], Part::Text(" (".into()));
        let t = parse_template("plain").expect("parses");
        assert_eq!(t.parts, vec![Part::Text("plain".into())]);
        let t = parse_template(r"cost \${x} ${'}'}").expect("parses");
        assert_eq!(t.parts[0], Part::Text("cost ${x} ".into()));
        assert!(parse_template("${a").is_err());
        assert!(parse_template("${a +}")
            .expect_err("syntax")
            .contains("${a +}"));
    }

    #[test]
    fn java_replacements_translate() {
        assert_eq!(java_replacement("$1-x", 2).as_deref(), Ok("${1}-x"));
        assert_eq!(java_replacement("$12", 2).as_deref(), Ok("${1}2"));
        assert_eq!(java_replacement(r"\$5", 1).as_deref(), Ok("$$5"));
        assert!(java_replacement("$3", 2).is_err());
        assert!(java_replacement("$x", 2).is_err());
        let ev = Evaluator::default();
        assert_eq!(ev.replace_all("a/b/c", "/", "_").as_deref(), Ok("a_b_c"));
        assert_eq!(
            ev.regex_replace(&serde_json::json!({}), "keep").as_deref(),
            Ok("keep")
        );
        assert_eq!(ev.full_match("prj|subp", "subp"), Ok(true));
        assert_eq!(ev.full_match("prj|subp", "subproject"), Ok(false));
        assert!(ev.full_match("(", "x").is_err());
    }
}
