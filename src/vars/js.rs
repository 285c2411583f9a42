//! JavaScript value semantics needed by variable resolution: `String(v)`, `Number(v)`,
//! `Boolean(v)`, `Number.prototype.toString()`, the postman-collection `Variable` type casts
//! (`string`, `number`, `boolean`, `array`, `object`, `any`) and lodash's `_.has(obj, path)`
//! path test, which Newman applies to the iteration-data row.

use serde_json::Value;
use std::borrow::Cow;

/// Formats a JSON value the way JavaScript's `String(v)` does for strings, numbers, booleans
/// and null (numbers as `Number.prototype.toString`: `1.0` → `"1"`, `1e21` → `"1e+21"`,
/// `-0` → `"0"`). Returns `None` for arrays and objects.
pub fn js_string(v: &Value) -> Option<String> {
    match v {
        Value::Null => Some("null".to_owned()),
        Value::Bool(b) => Some(if *b { "true" } else { "false" }.to_owned()),
        Value::Number(n) => Some(number_string(n)),
        Value::String(s) => Some(s.clone()),
        Value::Array(_) | Value::Object(_) => None,
    }
}

/// `String(v)` for any JSON value, where `None` is JavaScript `undefined`.
/// Arrays join their elements with `,` (null elements become empty), objects are
/// `"[object Object]"`.
pub(crate) fn to_js_string(v: Option<&Value>) -> Cow<'_, str> {
    match v {
        None => Cow::Borrowed("undefined"),
        Some(v) => value_text(v),
    }
}

/// `v.toString()` for a defined value (null gives `"null"`), borrowing strings.
pub(crate) fn value_text(v: &Value) -> Cow<'_, str> {
    match v {
        Value::Null => Cow::Borrowed("null"),
        Value::Bool(true) => Cow::Borrowed("true"),
        Value::Bool(false) => Cow::Borrowed("false"),
        Value::Number(n) => Cow::Owned(number_string(n)),
        Value::String(s) => Cow::Borrowed(s.as_str()),
        Value::Array(items) => {
            let mut out = String::new();
            push_array_join(items, &mut out);
            Cow::Owned(out)
        }
        Value::Object(_) => Cow::Borrowed("[object Object]"),
    }
}

/// `Array.prototype.join(",")`: null elements are empty, nested arrays join recursively.
fn push_array_join(items: &[Value], out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match item {
            Value::Null => {}
            Value::Array(inner) => push_array_join(inner, out),
            other => out.push_str(&value_text(other)),
        }
    }
}

/// `Number.prototype.toString()` for a JSON number (integers are converted to a double first,
/// exactly as JavaScript would parse them).
pub(crate) fn number_string(n: &serde_json::Number) -> String {
    const SAFE: u64 = 1 << 53;
    if let Some(i) = n.as_i64() {
        if i.unsigned_abs() < SAFE {
            return i.to_string();
        }
    }
    if let Some(u) = n.as_u64() {
        if u < SAFE {
            return u.to_string();
        }
    }
    f64_string(n.as_f64().unwrap_or(f64::NAN))
}

/// `Number.prototype.toString()` (radix 10) for a double: shortest round-trip digits, plain
/// notation for exponents in `[-7, 21)`, otherwise `d.ddde±x`.
pub fn f64_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    if x == 0.0 {
        return "0".to_owned();
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde-x".
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i32;
    let n = exp + 1; // value = 0.digits × 10^n
    let mut out = String::with_capacity(k as usize + 8);
    if x < 0.0 {
        out.push('-');
    }
    if k <= n && n <= 21 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        out.push_str(&digits[..n as usize]);
        out.push('.');
        out.push_str(&digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-n) as usize));
        out.push_str(&digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if n - 1 < 0 { '-' } else { '+' });
        out.push_str(&(n - 1).abs().to_string());
    }
    out
}

/// JavaScript `Number(v)`; `None` is `undefined`.
pub(crate) fn to_number(v: Option<&Value>) -> f64 {
    match v {
        None => f64::NAN,
        Some(Value::Null) => 0.0,
        Some(Value::Bool(b)) => f64::from(u8::from(*b)),
        Some(Value::Number(n)) => n.as_f64().unwrap_or(f64::NAN),
        Some(Value::String(s)) => string_to_number(s),
        Some(v @ Value::Array(_)) => string_to_number(&value_text(v)),
        Some(Value::Object(_)) => f64::NAN,
    }
}

/// JavaScript `Boolean(v)`; `None` is `undefined`.
pub(crate) fn to_boolean(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(_)) | Some(Value::Object(_)) => true,
    }
}

fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// The ECMAScript StringToNumber conversion.
pub(crate) fn string_to_number(s: &str) -> f64 {
    let t = s.trim_matches(is_js_space);
    if t.is_empty() {
        return 0.0;
    }
    let radix = match t.get(..2) {
        Some("0x") | Some("0X") => 16,
        Some("0o") | Some("0O") => 8,
        Some("0b") | Some("0B") => 2,
        _ => 10,
    };
    if radix != 10 {
        let body = &t[2..];
        if body.is_empty() {
            return f64::NAN;
        }
        let mut acc = 0.0f64;
        for c in body.chars() {
            match c.to_digit(radix) {
                Some(d) => acc = acc * f64::from(radix) + f64::from(d),
                None => return f64::NAN,
            }
        }
        return acc;
    }
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if unsigned == "Infinity" {
        return if t.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    if !is_decimal_literal(unsigned) {
        return f64::NAN;
    }
    t.parse::<f64>().unwrap_or(f64::NAN)
}

/// `digits [. digits?] | . digits`, then an optional exponent; nothing else.
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        digits += i - frac_start;
    }
    if digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == b.len()
}

/// The postman-collection variable types (`Variable.types`); the type name is lower-cased,
/// and anything unknown (`"default"`, `"secret"`, `"text"`, …) behaves as `any`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VarType {
    Any,
    String,
    Number,
    Boolean,
    Array,
    Object,
}

impl VarType {
    pub(crate) fn of(kind: Option<&str>) -> Self {
        let Some(k) = kind else { return Self::Any };
        let is = |name: &str| k.eq_ignore_ascii_case(name);
        if is("string") {
            Self::String
        } else if is("number") {
            Self::Number
        } else if is("boolean") {
            Self::Boolean
        } else if is("array") {
            Self::Array
        } else if is("object") {
            Self::Object
        } else {
            Self::Any
        }
    }
}

/// The parsed structure an `array`/`object` typed variable yields: the stored value is
/// JSON-stringified on the way in (strings are kept as they are) and `JSON.parse`d on the way
/// out; anything that is not of the right shape is `undefined`.
fn parse_structured(raw: Option<&Value>, want_array: bool) -> Option<Value> {
    let parsed: Value = match raw? {
        Value::String(s) => serde_json::from_str(s).ok()?,
        other => other.clone(),
    };
    match (&parsed, want_array) {
        (Value::Array(_), true) | (Value::Object(_), false) => Some(parsed),
        _ => None,
    }
}

/// `Variable.prototype.toString()`: the value after the type cast, as text. `undefined`
/// gives `""`, `null` gives `"null"`, objects `"[object Object]"`, arrays their `join(",")`.
pub(crate) fn variable_text<'v>(raw: Option<&'v Value>, kind: Option<&str>) -> Cow<'v, str> {
    match VarType::of(kind) {
        VarType::Any => match raw {
            None => Cow::Borrowed(""),
            Some(v) => value_text(v),
        },
        VarType::String => to_js_string(raw),
        VarType::Number => Cow::Owned(f64_string(to_number(raw))),
        VarType::Boolean => Cow::Borrowed(if to_boolean(raw) { "true" } else { "false" }),
        t @ (VarType::Array | VarType::Object) => {
            match parse_structured(raw, t == VarType::Array) {
                Some(v) => Cow::Owned(value_text(&v).into_owned()),
                None => Cow::Borrowed(""),
            }
        }
    }
}

/// `Variable.prototype.get()`: the value after the type cast. `None` is `undefined`;
/// `NaN`/`±Infinity` from a `number` cast become JSON `null` (as `JSON.stringify` writes them).
pub(crate) fn typed_value(raw: Option<&Value>, kind: Option<&str>) -> Option<Value> {
    match VarType::of(kind) {
        VarType::Any => raw.cloned(),
        VarType::String => Some(Value::String(to_js_string(raw).into_owned())),
        VarType::Number => Some(number_value(to_number(raw))),
        VarType::Boolean => Some(Value::Bool(to_boolean(raw))),
        t @ (VarType::Array | VarType::Object) => parse_structured(raw, t == VarType::Array),
    }
}

fn number_value(f: f64) -> Value {
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        // Integral and exact: store as an integer so it prints as JavaScript would.
        return Value::from(f as i64);
    }
    serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
}

/// lodash `_.has(row, key)` when `row` lacks `key` itself: lodash reads a key containing `.`
/// or a `[…]` group as a property path (`a.b`, `a[0]`, `a["b"]`). Newman's iteration-data
/// lookup then returns `row[key]`, i.e. `undefined`, and the token stays literal.
pub(crate) fn has_deep_path(row: &crate::vars::VariableScope, key: &str) -> bool {
    if row.is_empty() || !looks_like_path(key) {
        return false;
    }
    // Cheap pre-check: the row must hold the first path segment (the text before the first
    // `.`/`[`, which is what lodash's parser yields first) before anything is allocated.
    let head_end = key.find(['.', '[']).unwrap_or(key.len());
    if head_end > 0 && !row.has(&key[..head_end]) {
        return false;
    }
    let path = string_to_path(key);
    let Some((first, rest)) = path.split_first() else {
        return false;
    };
    // `Some(v)`: a JSON value whose own properties can be tested; `None`: a primitive
    // reached through `length` or a string index, which has no own properties.
    let mut cur: Option<&Value> = match row.get(first) {
        Some(var) => var.value.as_ref(),
        None => return false,
    };
    for seg in rest {
        cur = match cur {
            Some(Value::Object(map)) => match map.get(seg.as_str()) {
                Some(v) => Some(v),
                None => return false,
            },
            Some(Value::Array(_)) if seg == "length" => None,
            Some(Value::Array(items)) => match canonical_index(seg).and_then(|i| items.get(i)) {
                Some(v) => Some(v),
                None => return false,
            },
            Some(Value::String(s)) => {
                let len = s.encode_utf16().count();
                if seg == "length" || canonical_index(seg).is_some_and(|i| i < len) {
                    None
                } else {
                    return false;
                }
            }
            _ => return false,
        };
    }
    true
}

fn canonical_index(seg: &str) -> Option<usize> {
    if seg.is_empty() || (seg.len() > 1 && seg.starts_with('0')) {
        return None;
    }
    if !seg.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    seg.parse().ok()
}

/// lodash `reIsDeepProp`: a `.` anywhere, or a bracket group without nested brackets.
fn looks_like_path(key: &str) -> bool {
    if key.contains('.') {
        return true;
    }
    let mut open = false;
    for c in key.chars() {
        match c {
            '[' => open = true,
            ']' if open => return true,
            ']' => open = false,
            _ => {}
        }
    }
    false
}

/// lodash `stringToPath`: property names split on `.`, bracketed numbers and quoted strings
/// (`a[0]["b"]`), empty segments for `..` and a leading `.`.
fn string_to_path(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    if chars.first() == Some(&'.') {
        out.push(String::new());
    }
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '.' && c != '[' && c != ']' {
            let start = i;
            while i < chars.len() && !matches!(chars[i], '.' | '[' | ']') {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
            continue;
        }
        if c == '[' {
            if let Some((seg, next)) = bracket_segment(&chars, i) {
                out.push(seg);
                i = next;
                continue;
            }
        }
        // Zero-width match: an empty segment between separators (`a..b`, `a.`, `a[].b`).
        let sep_len = |j: usize| -> Option<usize> {
            match (chars.get(j), chars.get(j + 1)) {
                (Some('.'), _) => Some(1),
                (Some('['), Some(']')) => Some(2),
                _ => None,
            }
        };
        if let Some(n) = sep_len(i) {
            if i + n >= chars.len() || sep_len(i + n).is_some() {
                out.push(String::new());
            }
        }
        i += 1;
    }
    out
}

/// `[123]`, `[-1.5]`, `["quoted"]` or `['quoted']` starting at `chars[i] == '['`.
fn bracket_segment(chars: &[char], i: usize) -> Option<(String, usize)> {
    let mut j = i + 1;
    match chars.get(j)? {
        q @ ('"' | '\'') => {
            let q = *q;
            j += 1;
            let mut seg = String::new();
            while let Some(&c) = chars.get(j) {
                if c == q {
                    return (chars.get(j + 1) == Some(&']')).then_some((seg, j + 2));
                }
                if c == '\\' {
                    j += 1;
                    seg.push(*chars.get(j)?);
                } else {
                    seg.push(c);
                }
                j += 1;
            }
            None
        }
        _ => {
            let start = j;
            if chars.get(j) == Some(&'-') {
                j += 1;
            }
            let digits_start = j;
            while chars.get(j).is_some_and(char::is_ascii_digit) {
                j += 1;
            }
            if j == digits_start {
                return None;
            }
            if chars.get(j) == Some(&'.') && chars.get(j + 1).is_some_and(char::is_ascii_digit) {
                j += 1;
                while chars.get(j).is_some_and(char::is_ascii_digit) {
                    j += 1;
                }
            }
            (chars.get(j) == Some(&']')).then(|| (chars[start..j].iter().collect(), j + 1))
        }
    }
}
