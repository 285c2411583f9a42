//! Low-level helpers for `request::url`: the percent-encode sets and the
//! encoder that Newman (postman-url-encoder 3.0.5) applies to each URL part,
//! host punycoding (Node's `url.domainToASCII`), and the few JavaScript
//! conversions (`String(x)`, `Number(str)`, `trimStart`, `util.inspect`) whose
//! exact results show up in URLs and error messages.
//!
//! This module is private to `request::url`; nothing here is Postman-specific
//! data-model code.

use serde_json::Value;

/// The part of a URL a string is being encoded for. Each set is the C0
/// control set (bytes 0x00-0x1F, 0x7F and every byte above 0x7E) plus the
/// listed ASCII characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EncodeSet {
    /// space `"` `<` `>` `` ` ``
    Fragment,
    /// fragment set plus `#` `?` `{` `}`
    Path,
    /// path set plus `/` `:` `;` `=` `@` `[` `\` `]` `^` `|`
    Userinfo,
    /// space `"` `#` `'` `<` `>` (the whole query string; `&` and `=` pass)
    Query,
}

impl EncodeSet {
    fn contains(self, byte: u8) -> bool {
        if !(0x20..=0x7E).contains(&byte) {
            return true;
        }
        let fragment = matches!(byte, b' ' | b'"' | b'<' | b'>' | b'`');
        let path = fragment || matches!(byte, b'#' | b'?' | b'{' | b'}');
        match self {
            EncodeSet::Fragment => fragment,
            EncodeSet::Path => path,
            EncodeSet::Userinfo => {
                path || matches!(
                    byte,
                    b'/' | b':' | b';' | b'=' | b'@' | b'[' | b'\\' | b']' | b'^' | b'|'
                )
            }
            EncodeSet::Query => matches!(byte, b' ' | b'"' | b'#' | b'\'' | b'<' | b'>'),
        }
    }
}

const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// Percent-encodes the UTF-8 bytes of `input` that are in `set`, as uppercase
/// `%XX`. A `%` followed by two hex digits is copied as is, so existing
/// escapes are never encoded twice; a lone `%` is left alone too (it is not
/// in any set).
pub(crate) fn percent_encode(input: &str, set: EncodeSet) -> String {
    let bytes = input.as_bytes();
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte == b'%'
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            out.push('%');
            out.push(char::from(bytes[i + 1]));
            out.push(char::from(bytes[i + 2]));
            i += 3;
            continue;
        }
        if set.contains(byte) {
            out.push('%');
            out.push(char::from(HEX_UPPER[usize::from(byte >> 4)]));
            out.push(char::from(HEX_UPPER[usize::from(byte & 0x0F)]));
        } else {
            // Everything outside the set is printable ASCII.
            out.push(char::from(byte));
        }
        i += 1;
    }
    out
}

/// Node's `querystring.unescape`, which postman-request applies to each
/// `:`-separated piece of a URL's userinfo: `decodeURIComponent`, or, when
/// that throws (a stray `%` or escapes that are not UTF-8), a byte-wise
/// decoding that keeps only the low byte of each other character and reads
/// the result as lossy UTF-8.
pub(crate) fn node_unescape(input: &str) -> String {
    if let Some(decoded) = decode_uri_component(input) {
        return decoded;
    }
    let units: Vec<u16> = input.encode_utf16().collect();
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        if units[i] == u16::from(b'%') && i + 2 < units.len() {
            if let (Some(hi), Some(lo)) = (hex_unit(units[i + 1]), hex_unit(units[i + 2])) {
                out.push(hi << 4 | lo);
                i += 3;
                continue;
            }
        }
        // Keeping only the low byte is what Node does here.
        out.push(units[i].to_le_bytes()[0]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// JavaScript's `decodeURIComponent`; `None` where it throws `URIError`.
fn decode_uri_component(input: &str) -> Option<String> {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hi = hex_value(*bytes.get(i + 1)?)?;
            let lo = hex_value(*bytes.get(i + 2)?)?;
            out.push(hi << 4 | lo);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn hex_unit(unit: u16) -> Option<u8> {
    u8::try_from(unit).ok().and_then(hex_value)
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Node's `url.domainToASCII`: runs the WHATWG hostname setter on a special
/// URL and returns the serialized host (IPv6 keeps its brackets, IPv4 is
/// normalized, names are mapped with UTS #46 and punycoded). `None` where Node
/// returns `""` (an invalid host).
pub(crate) fn domain_to_ascii(host: &str) -> Option<String> {
    if host.is_empty() {
        return None;
    }
    let mut base = url::Url::parse("ws://x").ok()?;
    url::quirks::set_hostname(&mut base, host).ok()?;
    base.host_str()
        .filter(|serialized| !serialized.is_empty())
        .map(str::to_owned)
}

/// JavaScript's `WhiteSpace` and `LineTerminator` characters, which
/// `String.prototype.trimStart` and `Number(string)` strip.
pub(crate) fn is_js_whitespace(c: char) -> bool {
    matches!(
        c,
        '\u{9}' | '\u{a}' | '\u{b}' | '\u{c}' | '\u{d}' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

/// `Number.prototype.toString()` for a finite or non-finite double.
pub(crate) fn js_number_to_string(value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_owned();
    }
    if value.is_infinite() {
        return if value > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    if value == 0.0 {
        return "0".to_owned();
    }
    if value < 0.0 {
        return format!("-{}", js_number_to_string(-value));
    }
    // Rust's `{:e}` gives the shortest round-tripping digits, as JS does.
    let formatted = format!("{value:e}");
    let (mantissa, exponent) = formatted.split_once('e').unwrap_or((&formatted, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let k = i64::try_from(digits.len()).unwrap_or(i64::MAX);
    let n = exponent + 1;
    if k <= n && n <= 21 {
        let zeros = usize::try_from(n - k).unwrap_or(0);
        format!("{digits}{}", "0".repeat(zeros))
    } else if 0 < n && n <= 21 {
        let split = usize::try_from(n).unwrap_or(0).min(digits.len());
        format!("{}.{}", &digits[..split], &digits[split..])
    } else if -6 < n && n <= 0 {
        let zeros = usize::try_from(-n).unwrap_or(0);
        format!("0.{}{digits}", "0".repeat(zeros))
    } else {
        let e = n - 1;
        let sign = if e >= 0 { '+' } else { '-' };
        let (first, rest) = digits.split_at(1.min(digits.len()));
        if rest.is_empty() {
            format!("{first}e{sign}{}", e.abs())
        } else {
            format!("{first}.{rest}e{sign}{}", e.abs())
        }
    }
}

/// JavaScript's `String(value)` for a JSON value.
pub(crate) fn js_value_to_string(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => js_number_to_string(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(js_join_element)
            .collect::<Vec<_>>()
            .join(","),
        Value::Object(_) => "[object Object]".to_owned(),
    }
}

/// How `Array.prototype.join` renders one element: `null` becomes `""`.
pub(crate) fn js_join_element(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        other => js_value_to_string(other),
    }
}

/// JavaScript's `Number(string)`: `NaN` for anything that is not a numeric
/// literal after trimming white space; the empty string is 0.
pub(crate) fn js_string_to_number(input: &str) -> f64 {
    let s = input.trim_matches(is_js_whitespace);
    if s.is_empty() {
        return 0.0;
    }
    let radix = match s.get(..2) {
        Some("0x" | "0X") => Some(16),
        Some("0o" | "0O") => Some(8),
        Some("0b" | "0B") => Some(2),
        _ => None,
    };
    if let Some(radix) = radix {
        let digits = &s[2..];
        if digits.is_empty() {
            return f64::NAN;
        }
        let mut total = 0.0_f64;
        for c in digits.chars() {
            match c.to_digit(radix) {
                Some(d) => total = total * f64::from(radix) + f64::from(d),
                None => return f64::NAN,
            }
        }
        return total;
    }
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let negative = s.starts_with('-');
    if unsigned == "Infinity" {
        return if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    if !is_decimal_literal(unsigned) {
        return f64::NAN;
    }
    s.parse::<f64>().unwrap_or(f64::NAN)
}

/// `digits [. digits?] | . digits`, then an optional exponent.
fn is_decimal_literal(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    let int_start = i;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0;
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = i - frac_start;
    }
    if int_digits == 0 && frac_digits == 0 {
        return false;
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        i += 1;
        if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == bytes.len()
}

/// Node's `validatePort` (net): the port string, once converted with
/// `Number()`, must be an integer in 0..=65535; a blank string is refused.
pub(crate) fn validate_port(port: &str) -> Option<u16> {
    if port.trim_matches(is_js_whitespace).is_empty() {
        return None;
    }
    let number = js_string_to_number(port);
    if number.is_nan() || number.fract() != 0.0 || !(0.0..=65535.0).contains(&number) {
        return None;
    }
    // In range and integral, so the conversion is exact.
    Some(number as u16)
}

/// How Node 20's `determineSpecificType` prints a string in error messages
/// such as `Received type string ('abc')`: cut to 25 UTF-16 units plus `...`
/// when longer than 28, then in single quotes, or as JSON when it contains a
/// single quote.
pub(crate) fn js_describe_string(s: &str) -> String {
    let mut value = String::with_capacity(s.len());
    if s.encode_utf16().count() > 28 {
        let mut units = 0;
        for c in s.chars() {
            units += c.len_utf16();
            if units > 25 {
                break;
            }
            value.push(c);
        }
        value.push_str("...");
    } else {
        value.push_str(s);
    }
    if value.contains('\'') {
        serde_json::to_string(&value).unwrap_or(value)
    } else {
        format!("'{value}'")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encode_keeps_existing_escapes_and_lone_percent() {
        assert_eq!(percent_encode("%20%zz%", EncodeSet::Path), "%20%zz%");
        assert_eq!(percent_encode("%2", EncodeSet::Path), "%2");
        assert_eq!(percent_encode("a%2fb", EncodeSet::Path), "a%2fb");
    }

    #[test]
    fn percent_encode_sets_match_postman_url_encoder() {
        let all = " \"#'<>`{}|^[]\\/:;=@?&";
        assert_eq!(
            percent_encode(all, EncodeSet::Path),
            "%20%22%23'%3C%3E%60%7B%7D|^[]\\/:;=@%3F&"
        );
        assert_eq!(
            percent_encode(all, EncodeSet::Query),
            "%20%22%23%27%3C%3E`{}|^[]\\/:;=@?&"
        );
        assert_eq!(
            percent_encode(all, EncodeSet::Fragment),
            "%20%22#'%3C%3E%60{}|^[]\\/:;=@?&"
        );
        assert_eq!(
            percent_encode(all, EncodeSet::Userinfo),
            "%20%22%23'%3C%3E%60%7B%7D%7C%5E%5B%5D%5C%2F%3A%3B%3D%40%3F&"
        );
        assert_eq!(
            percent_encode("\u{0}\u{1f}\u{7f}~é", EncodeSet::Query),
            "%00%1F%7F~%C3%A9"
        );
    }

    #[test]
    fn node_unescape_falls_back_like_querystring() {
        assert_eq!(node_unescape("a%20b%C3%A9"), "a b\u{e9}");
        assert_eq!(node_unescape("a%20b%zz%"), "a b%zz%");
        assert_eq!(node_unescape("%C3%A9%FF"), "\u{e9}\u{fffd}");
        assert_eq!(node_unescape("%4"), "%4");
        // decodeURIComponent throws, so non-ASCII text keeps only its low byte.
        assert_eq!(node_unescape("%2,\u{a0}"), "%2,\u{fffd}");
        assert_eq!(node_unescape("\u{e9}%"), "\u{fffd}%");
    }

    #[test]
    fn js_numbers_format_like_javascript() {
        let cases = [
            (5.0, "5"),
            (1.5, "1.5"),
            (-2.25, "-2.25"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (1e-7, "1e-7"),
            (0.000001, "0.000001"),
            (123.456e5, "12345600"),
            (1.2345e-10, "1.2345e-10"),
            (0.1 + 0.2, "0.30000000000000004"),
        ];
        for (value, expected) in cases {
            assert_eq!(js_number_to_string(value), expected, "{value}");
        }
    }

    #[test]
    fn js_string_to_number_follows_number_constructor() {
        assert_eq!(js_string_to_number(" 80 "), 80.0);
        assert_eq!(js_string_to_number("0x50"), 80.0);
        assert_eq!(js_string_to_number("1e2"), 100.0);
        assert_eq!(js_string_to_number("80."), 80.0);
        assert_eq!(js_string_to_number(".5"), 0.5);
        assert_eq!(js_string_to_number("+8"), 8.0);
        assert!(js_string_to_number("-0x5").is_nan());
        assert!(js_string_to_number("8a").is_nan());
        assert!(js_string_to_number("inf").is_nan());
        assert!(js_string_to_number("1_0").is_nan());
    }

    #[test]
    fn validate_port_accepts_what_node_accepts() {
        assert_eq!(validate_port("8080"), Some(8080));
        assert_eq!(validate_port(" 8080"), Some(8080));
        assert_eq!(validate_port("080"), Some(80));
        assert_eq!(validate_port("0x1F90"), Some(8080));
        assert_eq!(validate_port("8080.0"), Some(8080));
        assert_eq!(validate_port("-0"), Some(0));
        assert_eq!(validate_port("65535"), Some(65535));
        assert_eq!(validate_port("65536"), None);
        assert_eq!(validate_port("1.5"), None);
        assert_eq!(validate_port(" "), None);
        assert_eq!(validate_port("abc"), None);
        assert_eq!(validate_port("-1"), None);
    }

    #[test]
    fn describe_string_quotes_and_truncates_like_node() {
        assert_eq!(js_describe_string("abc"), "'abc'");
        assert_eq!(js_describe_string("a\tb\\"), "'a\tb\\'");
        assert_eq!(js_describe_string("a'b"), "\"a'b\"");
        assert_eq!(js_describe_string("a'\"b\u{1}"), "\"a'\\\"b\\u0001\"");
        assert_eq!(
            js_describe_string("abcdefghijklmnopqrstuvwxyz0123456789"),
            "'abcdefghijklmnopqrstuvwxy...'"
        );
    }

    #[test]
    fn domain_to_ascii_matches_node() {
        let cases = [
            ("münchen.de", Some("xn--mnchen-3ya.de")),
            ("127.1", Some("127.0.0.1")),
            ("0x7f.0.0.1", Some("127.0.0.1")),
            ("[0:0::1]", Some("[::1]")),
            ("{{x}}", Some("{{x}}")),
            ("a%41b", Some("aab")),
            ("a b", None),
            ("xn--iñvalid.com", None),
            ("256.1.1.1", None),
            ("", None),
        ];
        for (input, expected) in cases {
            assert_eq!(domain_to_ascii(input).as_deref(), expected, "{input}");
        }
    }
}
