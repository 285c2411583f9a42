//! A small, strict XML 1.0 reader: elements, attributes, text, CDATA, the five predefined
//! entities and character references, comments, processing instructions and the XML
//! declaration. Anything not well-formed is an error; DOCTYPE is refused (no JUnit report has
//! one). No namespace processing: `xs:schema` is just a name with a colon.

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element(Element),
    /// Character data (text, references and CDATA sections, merged).
    Text(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
    pub line: usize,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|c| match c {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    pub fn named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> {
        self.elements().filter(move |e| e.name == name)
    }

    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    pub fn text(&self) -> String {
        self.children
            .iter()
            .filter_map(|c| match c {
                Node::Text(t) => Some(t.as_str()),
                Node::Element(_) => None,
            })
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Declaration {
    pub version: String,
    pub encoding: Option<String>,
    pub standalone: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub declaration: Option<Declaration>,
    pub root: Element,
}

/// Parses a whole document; the error names the line.
pub fn parse(input: &str) -> Result<Document, String> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    // End-of-line handling (XML 1.0 section 2.11).
    let text = input.replace("\r\n", "\n").replace('\r', "\n");
    let mut p = Parser {
        chars: text.chars().collect(),
        pos: 0,
        line: 1,
    };
    let declaration = if p.starts_with("<?xml") && p.peek_at(5).is_some_and(is_ws) {
        Some(p.declaration()?)
    } else {
        None
    };
    p.misc()?;
    if !p.starts_with("<") {
        return Err(p.err("expected the root element"));
    }
    let root = p.element()?;
    p.misc()?;
    if p.pos < p.chars.len() {
        return Err(p.err("content after the root element"));
    }
    Ok(Document { declaration, root })
}

pub fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..='\u{10ffff}')
}

fn is_name_start(c: char) -> bool {
    matches!(c, ':' | 'A'..='Z' | '_' | 'a'..='z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}'
        | '\u{f8}'..='\u{2ff}' | '\u{370}'..='\u{37d}' | '\u{37f}'..='\u{1fff}'
        | '\u{200c}'..='\u{200d}' | '\u{2070}'..='\u{218f}' | '\u{2c00}'..='\u{2fef}'
        | '\u{3001}'..='\u{d7ff}' | '\u{f900}'..='\u{fdcf}' | '\u{fdf0}'..='\u{fffd}'
        | '\u{10000}'..='\u{effff}')
}

fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{b7}' | '\u{300}'..='\u{36f}' | '\u{203f}'..='\u{2040}')
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    line: usize,
}

impl Parser {
    fn err(&self, msg: impl std::fmt::Display) -> String {
        format!("line {}: {msg}", self.line)
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.pos + n).copied()
    }

    fn starts_with(&self, s: &str) -> bool {
        let rest = self.chars.get(self.pos..).unwrap_or_default();
        rest.len() >= s.chars().count() && s.chars().zip(rest).all(|(a, &b)| a == b)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    /// A character of content: must be a legal XML character.
    fn char(&mut self) -> Result<char, String> {
        match self.peek() {
            None => Err(self.err("unexpected end of document")),
            Some(c) if !is_xml_char(c) => Err(self.err(format!(
                "character U+{:04X} is not allowed in XML",
                c as u32
            ))),
            Some(_) => Ok(self.bump().unwrap_or_default()),
        }
    }

    fn expect(&mut self, s: &str) -> Result<(), String> {
        if !self.starts_with(s) {
            return Err(self.err(format!("expected {s:?}")));
        }
        for _ in s.chars() {
            self.bump();
        }
        Ok(())
    }

    /// Skips whitespace; whether there was any.
    fn ws(&mut self) -> bool {
        let start = self.pos;
        while self.peek().is_some_and(is_ws) {
            self.bump();
        }
        self.pos > start
    }

    fn name(&mut self) -> Result<String, String> {
        match self.peek() {
            Some(c) if is_name_start(c) => {}
            _ => return Err(self.err("expected a name")),
        }
        let mut name = String::new();
        while let Some(c) = self.peek().filter(|&c| is_name_char(c)) {
            name.push(c);
            self.bump();
        }
        Ok(name)
    }

    fn eq(&mut self) -> Result<(), String> {
        self.ws();
        self.expect("=")?;
        self.ws();
        Ok(())
    }

    /// `<?xml version="1.x" encoding="..."? standalone="yes|no"? ?>`
    fn declaration(&mut self) -> Result<Declaration, String> {
        self.expect("<?xml")?;
        if !self.ws() {
            return Err(self.err("expected whitespace after <?xml"));
        }
        let version = self.pseudo("version")?;
        let digits = version.strip_prefix("1.").unwrap_or("");
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(self.err(format!("unsupported XML version {version:?}")));
        }
        let mut had_ws = self.ws();
        let mut encoding = None;
        if had_ws && self.starts_with("encoding") {
            let e = self.pseudo("encoding")?;
            if !e.eq_ignore_ascii_case("UTF-8") {
                return Err(self.err(format!("encoding {e:?} (only UTF-8 is read here)")));
            }
            encoding = Some(e);
            had_ws = self.ws();
        }
        let mut standalone = None;
        if had_ws && self.starts_with("standalone") {
            let s = self.pseudo("standalone")?;
            if s != "yes" && s != "no" {
                return Err(self.err(format!("standalone must be yes or no, not {s:?}")));
            }
            standalone = Some(s);
            self.ws();
        }
        self.expect("?>")
            .map_err(|_| self.err("malformed XML declaration"))?;
        Ok(Declaration {
            version,
            encoding,
            standalone,
        })
    }

    /// `name="value"` inside the XML declaration (no references allowed).
    fn pseudo(&mut self, name: &str) -> Result<String, String> {
        self.expect(name)?;
        self.eq()?;
        let q = match self.bump() {
            Some(q @ ('"' | '\'')) => q,
            _ => return Err(self.err(format!("{name} needs a quoted value"))),
        };
        let mut v = String::new();
        loop {
            match self.char()? {
                c if c == q => return Ok(v),
                '<' | '&' => return Err(self.err(format!("bad {name} value"))),
                c => v.push(c),
            }
        }
    }

    /// Whitespace, comments and processing instructions outside the root element.
    fn misc(&mut self) -> Result<(), String> {
        loop {
            self.ws();
            if self.starts_with("<!--") {
                self.comment()?;
            } else if self.starts_with("<?") {
                self.pi()?;
            } else if self.starts_with("<!") {
                return Err(self.err("DOCTYPE and other declarations are not supported"));
            } else {
                return Ok(());
            }
        }
    }

    fn comment(&mut self) -> Result<(), String> {
        self.expect("<!--")?;
        loop {
            if self.starts_with("--") {
                return self
                    .expect("-->")
                    .map_err(|_| self.err("\"--\" is not allowed inside a comment"));
            }
            self.char()?;
        }
    }

    fn pi(&mut self) -> Result<(), String> {
        self.expect("<?")?;
        let target = self.name()?;
        if target.eq_ignore_ascii_case("xml") {
            return Err(self.err("the XML declaration is only allowed at the very start"));
        }
        if self.starts_with("?>") {
            return self.expect("?>");
        }
        if !self.ws() {
            return Err(self.err("expected whitespace after the processing instruction target"));
        }
        while !self.starts_with("?>") {
            self.char()?;
        }
        self.expect("?>")
    }

    /// `&name;` or `&#...;` (the leading `&` not yet consumed).
    fn reference(&mut self) -> Result<String, String> {
        self.expect("&")?;
        if self.starts_with("#") {
            self.bump();
            let hex = self.peek() == Some('x');
            if hex {
                self.bump();
            }
            let mut digits = String::new();
            while let Some(c) = self.peek().filter(|c| c.is_ascii_alphanumeric()) {
                digits.push(c);
                self.bump();
            }
            self.expect(";")
                .map_err(|_| self.err("unterminated character reference"))?;
            let code = u32::from_str_radix(&digits, if hex { 16 } else { 10 })
                .map_err(|_| self.err(format!("bad character reference &#{digits};")))?;
            return match char::from_u32(code).filter(|&c| is_xml_char(c)) {
                Some(c) => Ok(c.to_string()),
                None => Err(self.err(format!(
                    "character reference to U+{code:04X}, not an XML character"
                ))),
            };
        }
        let name = self
            .name()
            .map_err(|_| self.err("a bare '&' must be written &amp;"))?;
        self.expect(";")
            .map_err(|_| self.err(format!("unterminated entity reference &{name}")))?;
        Ok(match name.as_str() {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => return Err(self.err(format!("undefined entity &{name};"))),
        }
        .to_string())
    }

    fn attr_value(&mut self) -> Result<String, String> {
        let q = match self.bump() {
            Some(q @ ('"' | '\'')) => q,
            _ => return Err(self.err("attribute values must be quoted")),
        };
        let mut v = String::new();
        loop {
            match self.peek() {
                None => return Err(self.err("unterminated attribute value")),
                Some(c) if c == q => {
                    self.bump();
                    return Ok(v);
                }
                Some('<') => return Err(self.err("'<' is not allowed in an attribute value")),
                Some('&') => v.push_str(&self.reference()?),
                // Attribute-value normalisation: literal whitespace becomes a space.
                Some('\n' | '\t') => {
                    self.bump();
                    v.push(' ');
                }
                Some(_) => v.push(self.char()?),
            }
        }
    }

    fn element(&mut self) -> Result<Element, String> {
        let line = self.line;
        self.expect("<")?;
        let name = self.name()?;
        let mut attrs: Vec<(String, String)> = Vec::new();
        loop {
            let had_ws = self.ws();
            if self.starts_with("/>") {
                self.expect("/>")?;
                return Ok(Element {
                    name,
                    attrs,
                    children: Vec::new(),
                    line,
                });
            }
            if self.starts_with(">") {
                self.expect(">")?;
                break;
            }
            if !had_ws {
                return Err(self.err(format!("expected whitespace, '>' or '/>' in <{name}>")));
            }
            let attr = self.name()?;
            self.eq()?;
            let value = self.attr_value()?;
            if attrs.iter().any(|(n, _)| *n == attr) {
                return Err(self.err(format!("duplicate attribute {attr:?} on <{name}>")));
            }
            attrs.push((attr, value));
        }
        let mut children = Vec::new();
        let mut text = String::new();
        loop {
            if self.peek().is_none() {
                return Err(self.err(format!("<{name}> (line {line}) is never closed")));
            }
            if self.starts_with("</") {
                self.expect("</")?;
                let end = self.name()?;
                if end != name {
                    return Err(
                        self.err(format!("</{end}> closes <{name}> (opened on line {line})"))
                    );
                }
                self.ws();
                self.expect(">")?;
                if !text.is_empty() {
                    children.push(Node::Text(text));
                }
                return Ok(Element {
                    name,
                    attrs,
                    children,
                    line,
                });
            } else if self.starts_with("<!--") {
                self.comment()?;
            } else if self.starts_with("<![CDATA[") {
                self.expect("<![CDATA[")?;
                while !self.starts_with("]]>") {
                    text.push(self.char()?);
                }
                self.expect("]]>")?;
            } else if self.starts_with("<?") {
                self.pi()?;
            } else if self.starts_with("<!") {
                return Err(self.err("markup declarations are not allowed in content"));
            } else if self.starts_with("<") {
                if !text.is_empty() {
                    children.push(Node::Text(std::mem::take(&mut text)));
                }
                children.push(Node::Element(self.element()?));
            } else if self.starts_with("&") {
                text.push_str(&self.reference()?);
            } else if self.starts_with("]]>") {
                return Err(self.err("\"]]>\" is not allowed in text"));
            } else {
                text.push(self.char()?);
            }
        }
    }
}
