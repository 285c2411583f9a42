//! The schema, as rules: one per element, mirroring tests/junit/junit.xsd.

use super::xml::{is_ws, Document, Element, Node};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// xs:string
    String,
    /// `count`: xs:nonNegativeInteger
    Count,
    /// `seconds`: xs:decimal without a sign
    Seconds,
    /// `iso8601`: xs:dateTime as YYYY-MM-DDThh:mm:ss[.f+][Z|+hh:mm|-hh:mm]
    Timestamp,
}

pub struct Attr {
    pub name: &'static str,
    pub ty: Ty,
    pub required: bool,
}

/// One step of a sequence: any of `names`, between `min` and `max` times (None: unbounded).
#[derive(Debug, PartialEq, Eq)]
pub struct Particle {
    pub names: &'static [&'static str],
    pub min: usize,
    pub max: Option<usize>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Content {
    /// Element-only content (whitespace allowed between elements).
    Elements(&'static [Particle]),
    /// Text only (xs:simpleContent of xs:string).
    Text,
    /// Nothing at all, not even whitespace.
    Empty,
}

pub struct Rule {
    pub element: &'static str,
    pub attrs: &'static [Attr],
    pub content: Content,
}

const fn req(name: &'static str, ty: Ty) -> Attr {
    Attr {
        name,
        ty,
        required: true,
    }
}

const fn opt(name: &'static str, ty: Ty) -> Attr {
    Attr {
        name,
        ty,
        required: false,
    }
}

const fn one(names: &'static [&'static str], min: usize, max: Option<usize>) -> Particle {
    Particle { names, min, max }
}

pub const ROOTS: &[&str] = &["testsuites", "testsuite"];

const OUTCOME: &[Attr] = &[opt("message", Ty::String), opt("type", Ty::String)];

pub const RULES: &[Rule] = &[
    Rule {
        element: "testsuites",
        attrs: &[
            opt("name", Ty::String),
            opt("tests", Ty::Count),
            opt("failures", Ty::Count),
            opt("errors", Ty::Count),
            opt("time", Ty::Seconds),
        ],
        content: Content::Elements(&[one(&["testsuite"], 0, None)]),
    },
    Rule {
        element: "testsuite",
        attrs: &[
            req("name", Ty::String),
            req("tests", Ty::Count),
            req("failures", Ty::Count),
            req("errors", Ty::Count),
            opt("skipped", Ty::Count),
            opt("time", Ty::Seconds),
            opt("timestamp", Ty::Timestamp),
            opt("hostname", Ty::String),
            opt("id", Ty::String),
            opt("package", Ty::String),
            opt("group", Ty::String),
            opt("file", Ty::String),
            opt("log", Ty::String),
            opt("url", Ty::String),
        ],
        content: Content::Elements(&[
            one(&["properties"], 0, Some(1)),
            one(&["testcase"], 0, None),
            one(&["system-out"], 0, Some(1)),
            one(&["system-err"], 0, Some(1)),
        ]),
    },
    Rule {
        element: "properties",
        attrs: &[],
        content: Content::Elements(&[one(&["property"], 0, None)]),
    },
    Rule {
        element: "property",
        attrs: &[req("name", Ty::String), req("value", Ty::String)],
        content: Content::Empty,
    },
    Rule {
        element: "testcase",
        attrs: &[
            req("name", Ty::String),
            opt("classname", Ty::String),
            opt("time", Ty::Seconds),
            opt("group", Ty::String),
        ],
        content: Content::Elements(&[
            one(&["skipped", "error", "failure"], 0, None),
            one(&["system-out"], 0, Some(1)),
            one(&["system-err"], 0, Some(1)),
        ]),
    },
    Rule {
        element: "skipped",
        attrs: OUTCOME,
        content: Content::Text,
    },
    Rule {
        element: "error",
        attrs: OUTCOME,
        content: Content::Text,
    },
    Rule {
        element: "failure",
        attrs: OUTCOME,
        content: Content::Text,
    },
    Rule {
        element: "system-out",
        attrs: &[],
        content: Content::Text,
    },
    Rule {
        element: "system-err",
        attrs: &[],
        content: Content::Text,
    },
];

pub fn rule(element: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.element == element)
}

#[derive(Clone, Debug)]
pub struct Violation {
    /// e.g. `/testsuites/testsuite[2]/testcase[1]`
    pub path: String,
    pub element: String,
    /// Set when the attribute is not declared for the element.
    pub undeclared_attribute: Option<String>,
    pub message: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every violation of the schema in `doc` (empty: the document is valid).
pub fn validate(doc: &Document) -> Vec<Violation> {
    let mut out = Vec::new();
    let root = &doc.root;
    let path = format!("/{}", root.name);
    if !ROOTS.contains(&root.name.as_str()) {
        out.push(Violation {
            path,
            element: root.name.clone(),
            undeclared_attribute: None,
            message: format!(
                "<{}> cannot be the root (expected <testsuites> or <testsuite>)",
                root.name
            ),
        });
        return out;
    }
    check(root, &path, &mut out);
    out
}

fn check(el: &Element, path: &str, out: &mut Vec<Violation>) {
    let mut fail = |message: String, undeclared: Option<&str>| {
        out.push(Violation {
            path: path.to_string(),
            element: el.name.clone(),
            undeclared_attribute: undeclared.map(str::to_string),
            message,
        })
    };
    let Some(rule) = rule(&el.name) else {
        fail(format!("<{}> is not declared in the schema", el.name), None);
        return;
    };
    for (name, value) in &el.attrs {
        match rule.attrs.iter().find(|a| a.name == name) {
            None => {
                let allowed: Vec<&str> = rule.attrs.iter().map(|a| a.name).collect();
                fail(
                    format!(
                        "attribute {name:?} is not allowed on <{}> (allowed: {})",
                        el.name,
                        if allowed.is_empty() {
                            "none".to_string()
                        } else {
                            allowed.join(", ")
                        }
                    ),
                    Some(name),
                );
            }
            Some(a) => {
                if let Err(e) = check_type(a.ty, value) {
                    fail(format!("attribute {name}={value:?}: {e}"), None);
                }
            }
        }
    }
    for a in rule.attrs.iter().filter(|a| a.required) {
        if el.attr(a.name).is_none() {
            fail(format!("required attribute {:?} is missing", a.name), None);
        }
    }
    let kids: Vec<&Element> = el.elements().collect();
    let text: String = el.text();
    match &rule.content {
        Content::Empty => {
            if !el.children.is_empty() {
                fail(format!("<{}> must be empty", el.name), None);
            }
            return;
        }
        Content::Text => {
            if let Some(k) = kids.first() {
                fail(
                    format!("<{}> holds text only, not <{}>", el.name, k.name),
                    None,
                );
            }
            return;
        }
        Content::Elements(particles) => {
            if !text.chars().all(is_ws) {
                fail(
                    format!(
                        "text {:?} is not allowed in <{}> (elements only)",
                        text.trim(),
                        el.name
                    ),
                    None,
                );
            }
            let mut i = 0;
            for p in particles.iter() {
                let mut n = 0;
                while i < kids.len()
                    && p.max.is_none_or(|m| n < m)
                    && p.names.contains(&kids[i].name.as_str())
                {
                    i += 1;
                    n += 1;
                }
                if n < p.min {
                    fail(
                        format!("expected at least {} <{}>", p.min, p.names.join("|")),
                        None,
                    );
                }
            }
            if let Some(k) = kids.get(i) {
                let allowed: Vec<String> = particles
                    .iter()
                    .map(|p| {
                        let names = p.names.join("|");
                        match (p.min, p.max) {
                            (0, Some(1)) => format!("{names}?"),
                            (0, None) => format!("({names})*"),
                            (1, None) => format!("({names})+"),
                            _ => names,
                        }
                    })
                    .collect();
                fail(
                    format!(
                        "<{}> is not allowed here, as child {} of <{}> (content model: {})",
                        k.name,
                        i + 1,
                        el.name,
                        allowed.join(", ")
                    ),
                    None,
                );
            }
        }
    }
    let mut seen: std::collections::BTreeMap<&str, usize> = Default::default();
    for c in &el.children {
        if let Node::Element(k) = c {
            let n = seen.entry(k.name.as_str()).or_default();
            *n += 1;
            check(k, &format!("{path}/{}[{n}]", k.name), out);
        }
    }
}

pub fn check_type(ty: Ty, value: &str) -> Result<(), String> {
    // Every type but xs:string collapses whitespace first.
    let v = value.trim_matches(is_ws);
    match ty {
        Ty::String => Ok(()),
        Ty::Count => {
            let digits = v.strip_prefix('+').unwrap_or(v);
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                Ok(())
            } else {
                Err("not a non-negative integer".into())
            }
        }
        Ty::Seconds => {
            let (int, frac) = v.split_once('.').unwrap_or((v, ""));
            let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
            if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
                Err("not an unsigned decimal number of seconds".into())
            } else {
                Ok(())
            }
        }
        Ty::Timestamp => check_timestamp(v),
    }
}

/// `YYYY-MM-DDThh:mm:ss[.f+][Z|+hh:mm|-hh:mm]`, with real calendar and clock ranges.
fn check_timestamp(v: &str) -> Result<(), String> {
    let bad = |why: &str| Err(format!("not an ISO 8601 date-time ({why})"));
    let b = v.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let s = b.get(from..from + len)?;
        if s.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(s).ok()?.parse().ok()
        } else {
            None
        }
    };
    let sep = |at: usize, c: u8| b.get(at) == Some(&c);
    let (Some(year), Some(month), Some(day), Some(hour), Some(min), Some(sec)) = (
        num(0, 4),
        num(5, 2),
        num(8, 2),
        num(11, 2),
        num(14, 2),
        num(17, 2),
    ) else {
        return bad("expected YYYY-MM-DDThh:mm:ss");
    };
    if !(sep(4, b'-') && sep(7, b'-') && sep(10, b'T') && sep(13, b':') && sep(16, b':')) {
        return bad("expected YYYY-MM-DDThh:mm:ss");
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return bad("month out of range"),
    };
    if year == 0 {
        return bad("year 0000");
    }
    if day == 0 || day > days {
        return bad("day out of range");
    }
    if hour > 23 || min > 59 || sec > 59 {
        return bad("time out of range");
    }
    let mut i = 19;
    if sep(i, b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return bad("no digits after the decimal point");
        }
    }
    match b.get(i) {
        None => Ok(()),
        Some(b'Z') if i + 1 == b.len() => Ok(()),
        Some(b'+' | b'-') if i + 6 == b.len() && sep(i + 3, b':') => {
            match (num(i + 1, 2), num(i + 4, 2)) {
                (Some(h), Some(m)) if m <= 59 && (h < 14 || (h == 14 && m == 0)) => Ok(()),
                _ => bad("time zone out of range"),
            }
        }
        _ => bad("expected Z, +hh:mm or -hh:mm after the time"),
    }
}
