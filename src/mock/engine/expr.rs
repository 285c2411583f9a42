//! The JUEL subset: lexer, parser and syntax tree.
//!
//! Supported: string (`'…'`, `"…"`, with `\` escapes), number, `true`/`false`/`null` and
//! list (`[a, b]`) literals; identifiers; `.name` and `[expr]` access; method calls
//! `a.m(x, y)`; namespaced functions `ns:f(x)`; unary `!`/`not`, `-`, `empty`; binary
//! `* / div % mod`, `+ -`, `< > <= >= lt gt le ge`, `== != eq ne`, `&& and`, `|| or`; the
//! ternary `c ? a : b`; parentheses.
//!
//! Nesting (including operator chains, which build left-deep trees) is limited to
//! [`MAX_DEPTH`] and the source to [`MAX_LEN`] bytes, so neither parsing, evaluating nor
//! dropping a tree can exhaust the stack.

use serde_json::Value;

/// The deepest syntax tree accepted.
pub(crate) const MAX_DEPTH: usize = 100;
/// The longest expression accepted, in bytes.
pub(crate) const MAX_LEN: usize = 16 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnOp {
    Not,
    Neg,
    Empty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BinOp {
    Mul,
    Div,
    Mod,
    Add,
    Sub,
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    Ne,
    And,
    Or,
}

/// A syntax tree node.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ast {
    Lit(Value),
    Ident(String),
    /// `base.name` or `base[index]`.
    Index(Box<Ast>, Box<Ast>),
    /// `base.method(args)`.
    Call(Box<Ast>, String, Vec<Ast>),
    /// `ns:name(args)`.
    Func(String, String, Vec<Ast>),
    List(Vec<Ast>),
    Unary(UnOp, Box<Ast>),
    Binary(BinOp, Box<Ast>, Box<Ast>),
    Ternary(Box<Ast>, Box<Ast>, Box<Ast>),
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(Value),
    Str(String),
    Ident(String),
    Sym(&'static str),
}

const SYMBOLS: [&str; 22] = [
    "==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%", "?", ":", ".", ",",
    "(", ")", "[", "]",
];

/// Splits an expression body (the text between `${` and `}`) into tokens with their byte
/// offsets.
fn lex(src: &str) -> Result<Vec<(Tok, usize)>, String> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c == b'\'' || c == b'"' {
            let (s, next) = lex_string(src, i)?;
            out.push((Tok::Str(s), i));
            i = next;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let mut float = false;
            if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
                float = true;
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
            }
            if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
                let mut j = i + 1;
                if j < bytes.len() && (bytes[j] == b'+' || bytes[j] == b'-') {
                    j += 1;
                }
                if j < bytes.len() && bytes[j].is_ascii_digit() {
                    float = true;
                    i = j;
                    while i < bytes.len() && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                }
            }
            let text = &src[start..i];
            let num = if float {
                text.parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
            } else {
                text.parse::<i64>().ok().map(serde_json::Number::from)
            };
            let num = num.ok_or_else(|| format!("invalid number '{text}' at position {start}"))?;
            out.push((Tok::Num(Value::Number(num)), start));
        } else if c.is_ascii_alphabetic() || c == b'_' || c == b'$' {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'$')
            {
                i += 1;
            }
            out.push((Tok::Ident(src[start..i].to_string()), start));
        } else {
            let rest = &src[i..];
            let Some(sym) = SYMBOLS.iter().find(|s| rest.starts_with(**s)) else {
                let ch = rest.chars().next().unwrap_or('?');
                return Err(format!("unexpected character '{ch}' at position {i}"));
            };
            out.push((Tok::Sym(sym), i));
            i += sym.len();
        }
    }
    Ok(out)
}

/// Reads a quoted string starting at `start`; returns it and the offset after the quote.
fn lex_string(src: &str, start: usize) -> Result<(String, usize), String> {
    let quote = src.as_bytes()[start] as char;
    let mut out = String::new();
    let mut chars = src[start + 1..].char_indices();
    while let Some((off, ch)) = chars.next() {
        if ch == quote {
            return Ok((out, start + 1 + off + 1));
        }
        if ch == '\\' {
            match chars.next() {
                Some((_, e)) => out.push(e),
                None => break,
            }
        } else {
            out.push(ch);
        }
    }
    Err(format!("unterminated string starting at position {start}"))
}

/// Parses an expression body (without `${` and `}`).
pub(crate) fn parse(src: &str) -> Result<Ast, String> {
    if src.len() > MAX_LEN {
        return Err(format!("expression longer than {MAX_LEN} bytes"));
    }
    let toks = lex(src)?;
    let mut p = Parser {
        toks,
        pos: 0,
        depth: 0,
        end: src.len(),
    };
    if p.toks.is_empty() {
        return Err("empty expression".into());
    }
    let ast = p.expr()?;
    if let Some((t, at)) = p.toks.get(p.pos) {
        return Err(format!("unexpected {} at position {at}", describe(t)));
    }
    Ok(ast)
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Num(n) => format!("number {n}"),
        Tok::Str(s) => format!("string '{s}'"),
        Tok::Ident(s) => format!("'{s}'"),
        Tok::Sym(s) => format!("'{s}'"),
    }
}

struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
    depth: usize,
    end: usize,
}

impl Parser {
    fn enter(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(format!("expression nested deeper than {MAX_DEPTH} levels"));
        }
        Ok(())
    }

    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }

    fn at(&self) -> usize {
        self.toks.get(self.pos).map_or(self.end, |(_, a)| *a)
    }

    /// Whether the next token is the symbol `s` or the keyword `kw`; consumes it if so.
    fn eat(&mut self, s: &str, kw: Option<&str>) -> bool {
        let hit = match self.peek() {
            Some(Tok::Sym(x)) => *x == s,
            Some(Tok::Ident(x)) => kw == Some(x.as_str()),
            _ => false,
        };
        if hit {
            self.pos += 1;
        }
        hit
    }

    fn expect(&mut self, s: &str) -> Result<(), String> {
        if self.eat(s, None) {
            Ok(())
        } else {
            let found = self.peek().map_or("the end".to_string(), describe);
            Err(format!(
                "expected '{s}' but found {found} at position {}",
                self.at()
            ))
        }
    }

    fn expr(&mut self) -> Result<Ast, String> {
        self.enter()?;
        let cond = self.binary(0)?;
        let out = if self.eat("?", None) {
            let a = self.expr()?;
            self.expect(":")?;
            let b = self.expr()?;
            Ast::Ternary(Box::new(cond), Box::new(a), Box::new(b))
        } else {
            cond
        };
        self.depth -= 1;
        Ok(out)
    }

    /// Operators of precedence `level` and above (0: `||`, 1: `&&`, 2: equality,
    /// 3: relational, 4: additive, 5: multiplicative).
    fn binary(&mut self, level: usize) -> Result<Ast, String> {
        if level > 5 {
            return self.unary();
        }
        const LEVELS: [&[(&str, Option<&str>, BinOp)]; 6] = [
            &[("||", Some("or"), BinOp::Or)],
            &[("&&", Some("and"), BinOp::And)],
            &[("==", Some("eq"), BinOp::Eq), ("!=", Some("ne"), BinOp::Ne)],
            &[
                ("<=", Some("le"), BinOp::Le),
                (">=", Some("ge"), BinOp::Ge),
                ("<", Some("lt"), BinOp::Lt),
                (">", Some("gt"), BinOp::Gt),
            ],
            &[("+", None, BinOp::Add), ("-", None, BinOp::Sub)],
            &[
                ("*", None, BinOp::Mul),
                ("/", Some("div"), BinOp::Div),
                ("%", Some("mod"), BinOp::Mod),
            ],
        ];
        let mut lhs = self.binary(level + 1)?;
        let mut chained = 0;
        'outer: loop {
            for (sym, kw, op) in LEVELS[level] {
                if self.eat(sym, *kw) {
                    self.enter()?;
                    chained += 1;
                    let rhs = self.binary(level + 1)?;
                    lhs = Ast::Binary(*op, Box::new(lhs), Box::new(rhs));
                    continue 'outer;
                }
            }
            break;
        }
        self.depth -= chained;
        Ok(lhs)
    }

    fn unary(&mut self) -> Result<Ast, String> {
        let op = if self.eat("!", Some("not")) {
            Some(UnOp::Not)
        } else if self.eat("-", None) {
            Some(UnOp::Neg)
        } else if self.eat("", Some("empty")) {
            Some(UnOp::Empty)
        } else {
            None
        };
        match op {
            Some(op) => {
                self.enter()?;
                let inner = self.unary()?;
                self.depth -= 1;
                Ok(Ast::Unary(op, Box::new(inner)))
            }
            None => self.postfix(),
        }
    }

    fn postfix(&mut self) -> Result<Ast, String> {
        let mut base = self.primary()?;
        let mut chained = 0;
        loop {
            if self.eat(".", None) {
                let name = match self.peek() {
                    Some(Tok::Ident(n)) => n.clone(),
                    _ => {
                        return Err(format!(
                            "expected a property name at position {}",
                            self.at()
                        ));
                    }
                };
                self.pos += 1;
                self.enter()?;
                chained += 1;
                if self.eat("(", None) {
                    let args = self.args("(", ")")?;
                    base = Ast::Call(Box::new(base), name, args);
                } else {
                    base = Ast::Index(Box::new(base), Box::new(Ast::Lit(Value::String(name))));
                }
            } else if self.eat("[", None) {
                self.enter()?;
                chained += 1;
                let idx = self.expr()?;
                self.expect("]")?;
                base = Ast::Index(Box::new(base), Box::new(idx));
            } else {
                break;
            }
        }
        self.depth -= chained;
        Ok(base)
    }

    /// Comma-separated expressions up to `close` (the opening token is already consumed).
    fn args(&mut self, _open: &str, close: &str) -> Result<Vec<Ast>, String> {
        let mut args = Vec::new();
        if self.eat(close, None) {
            return Ok(args);
        }
        loop {
            args.push(self.expr()?);
            if self.eat(close, None) {
                return Ok(args);
            }
            self.expect(",")?;
        }
    }

    fn primary(&mut self) -> Result<Ast, String> {
        let at = self.at();
        let Some(tok) = self.peek().cloned() else {
            return Err(format!("unexpected end of expression at position {at}"));
        };
        self.pos += 1;
        match tok {
            Tok::Num(n) => Ok(Ast::Lit(n)),
            Tok::Str(s) => Ok(Ast::Lit(Value::String(s))),
            Tok::Sym("(") => {
                let inner = self.expr()?;
                self.expect(")")?;
                Ok(inner)
            }
            Tok::Sym("[") => {
                self.enter()?;
                let items = self.args("[", "]")?;
                self.depth -= 1;
                Ok(Ast::List(items))
            }
            Tok::Ident(id) => match id.as_str() {
                "true" => Ok(Ast::Lit(Value::Bool(true))),
                "false" => Ok(Ast::Lit(Value::Bool(false))),
                "null" => Ok(Ast::Lit(Value::Null)),
                _ => {
                    // `ns:name(` is a function call; anything else is an identifier.
                    let is_func = matches!(self.toks.get(self.pos), Some((Tok::Sym(":"), _)))
                        && matches!(self.toks.get(self.pos + 1), Some((Tok::Ident(_), _)))
                        && matches!(self.toks.get(self.pos + 2), Some((Tok::Sym("("), _)));
                    if is_func {
                        let name = match &self.toks[self.pos + 1].0 {
                            Tok::Ident(n) => n.clone(),
                            _ => String::new(),
                        };
                        self.pos += 3;
                        let args = self.args("(", ")")?;
                        Ok(Ast::Func(id, name, args))
                    } else {
                        Ok(Ast::Ident(id))
                    }
                }
            },
            other => Err(format!("unexpected {} at position {at}", describe(&other))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_precedence_and_postfix() {
        let ast = parse("a.b[0].trim() == 'x' && !empty c || d ? 1 : 2").expect("parses");
        assert!(matches!(ast, Ast::Ternary(..)));
        let ast = parse("1 + 2 * 3").expect("parses");
        assert!(matches!(ast, Ast::Binary(BinOp::Add, _, _)));
        let ast = parse("helper:toList(data.tags.split(','))").expect("parses");
        assert!(matches!(ast, Ast::Func(ref ns, ref n, _) if ns == "helper" && n == "toList"));
        assert_eq!(parse("x eq 'y'"), parse("x == 'y'"));
        assert_eq!(
            parse("[1, 'a']").expect("list"),
            Ast::List(vec![
                Ast::Lit(serde_json::json!(1)),
                Ast::Lit(serde_json::json!("a"))
            ])
        );
    }

    #[test]
    fn syntax_errors_are_reported_with_a_position() {
        for bad in [
            "", "a +", "a ? b", "'open", "a.", "(a", "a b", "#", "a[1", "f(1,)",
        ] {
            let e = parse(bad).expect_err(bad);
            assert!(!e.is_empty(), "{bad}");
        }
        assert!(parse("a +").expect_err("x").contains("position"));
    }

    #[test]
    fn deep_nesting_and_long_chains_are_refused_not_overflowed() {
        let deep = format!("{}1{}", "(".repeat(5000), ")".repeat(5000));
        assert!(parse(&deep).expect_err("deep").contains("nested"));
        let nots = format!("{}true", "!".repeat(5000));
        assert!(parse(&nots).is_err());
        let chain = vec!["a"; 3000].join(" + ");
        assert!(parse(&chain).is_err());
        let props = format!("a{}", ".b".repeat(3000));
        assert!(parse(&props).is_err());
        let huge = "a".repeat(MAX_LEN + 1);
        assert!(parse(&huge).is_err());
    }
}
