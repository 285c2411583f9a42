//! faker-5 style generators behind the `$random*` dynamic variables: each builds a value of
//! the same kind and shape as the faker call postman-collection uses (`internet.email`,
//! `finance.iban`, `lorem.paragraph`, …), drawing on the word lists in `words.rs`.

use super::words::*;
use rand::rngs::ThreadRng;
use rand::Rng;

pub(super) const WORD_CHARS: &[u8] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";
pub(super) const LOWER_ALNUM: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
pub(super) const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
pub(super) const BASE58: &[u8] = b"123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
pub(super) const HEX: &[u8] = b"0123456789abcdef";

/// A uniformly chosen element of a non-empty constant list.
pub(super) fn pick<T: Copy>(r: &mut ThreadRng, list: &[T]) -> T {
    list[r.random_range(0..list.len())]
}

pub(super) fn chars(r: &mut ThreadRng, n: usize, alphabet: &[u8]) -> String {
    (0..n).map(|_| char::from(pick(r, alphabet))).collect()
}

pub(super) fn digits(r: &mut ThreadRng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + r.random_range(0..=9u8)))
        .collect()
}

pub(super) fn join_with(
    r: &mut ThreadRng,
    n: usize,
    sep: &str,
    f: fn(&mut ThreadRng) -> String,
) -> String {
    let mut out = String::new();
    for i in 0..n {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&f(r));
    }
    out
}

/// The `!##-!##-####` format: `!` is 2–9, `#` is 0–9.
pub(super) fn phone(r: &mut ThreadRng) -> String {
    let mut out = String::with_capacity(12);
    for c in "!##-!##-####".chars() {
        match c {
            '!' => out.push(char::from(b'0' + r.random_range(2..=9u8))),
            '#' => out.push(char::from(b'0' + r.random_range(0..=9u8))),
            other => out.push(other),
        }
    }
    out
}

pub(super) fn full_name(r: &mut ThreadRng) -> String {
    let (first, last) = (pick(r, FIRST_NAMES), pick(r, LAST_NAMES));
    match r.random_range(0..=8u8) {
        0 => format!("{} {first} {last}", pick(r, NAME_PREFIXES)),
        1 => format!("{first} {last} {}", pick(r, NAME_SUFFIXES)),
        _ => format!("{first} {last}"),
    }
}

pub(super) fn city(r: &mut ThreadRng) -> String {
    match r.random_range(0..=4u8) {
        0 => format!(
            "{} {}{}",
            pick(r, CITY_PREFIXES),
            pick(r, FIRST_NAMES),
            pick(r, CITY_SUFFIXES)
        ),
        1 => format!("{} {}", pick(r, CITY_PREFIXES), pick(r, FIRST_NAMES)),
        2 => format!("{}{}", pick(r, FIRST_NAMES), pick(r, CITY_SUFFIXES)),
        3 => format!("{}{}", pick(r, LAST_NAMES), pick(r, CITY_SUFFIXES)),
        _ => pick(r, CITY_NAMES).to_owned(),
    }
}

pub(super) fn street_name(r: &mut ThreadRng) -> String {
    let name = if r.random_bool(0.5) {
        pick(r, LAST_NAMES)
    } else {
        pick(r, FIRST_NAMES)
    };
    format!("{name} {}", pick(r, STREET_SUFFIXES))
}

pub(super) fn product_name(r: &mut ThreadRng) -> String {
    format!(
        "{} {} {}",
        pick(r, PRODUCT_ADJECTIVES),
        pick(r, PRODUCT_MATERIALS),
        pick(r, PRODUCTS)
    )
}

pub(super) fn company_name(r: &mut ThreadRng) -> String {
    let format = r.random_range(0..=2u8);
    let (a, b, c) = (
        pick(r, LAST_NAMES),
        pick(r, LAST_NAMES),
        pick(r, LAST_NAMES),
    );
    match format {
        0 => format!("{a} {}", pick(r, COMPANY_SUFFIXES)),
        1 => format!("{a} - {b}"),
        _ => format!("{a}, {b} and {c}"),
    }
}

pub(super) fn catch_phrase(r: &mut ThreadRng) -> String {
    format!(
        "{} {} {}",
        pick(r, CATCH_ADJECTIVES),
        pick(r, CATCH_DESCRIPTORS),
        pick(r, CATCH_NOUNS)
    )
}

pub(super) fn bs(r: &mut ThreadRng) -> String {
    format!(
        "{} {} {}",
        pick(r, BS_VERBS),
        pick(r, BS_ADJECTIVES),
        pick(r, BS_NOUNS)
    )
}

pub(super) fn account_name(r: &mut ThreadRng) -> String {
    format!("{} Account", pick(r, ACCOUNT_TYPES))
}

pub(super) fn bitcoin(r: &mut ThreadRng) -> String {
    let len = r.random_range(25..=34);
    let mut out = String::with_capacity(len);
    out.push(if r.random_bool(0.5) { '1' } else { '3' });
    out.push_str(&chars(r, len - 1, BASE58));
    out
}

/// A structurally valid IBAN (ISO 13616 mod-97 check digits) for one of a few countries.
pub(super) fn iban(r: &mut ThreadRng) -> String {
    let (country, pattern) = pick(r, IBAN_FORMATS);
    let mut bban = String::with_capacity(pattern.len());
    for p in pattern.bytes() {
        let letter = p == b'a' || (p == b'c' && r.random_range(0..=100u8) >= 80);
        bban.push(char::from(if letter {
            pick(r, UPPER)
        } else {
            b'0' + r.random_range(0..=9u8)
        }));
    }
    // Check digits: 98 - (BBAN ++ country ++ "00", letters as 10..35) mod 97.
    let mut rem: u32 = 0;
    for c in bban.chars().chain(country.chars()).chain("00".chars()) {
        let v = c.to_digit(36).unwrap_or(0);
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    format!("{country}{:02}{bban}", 98 - rem)
}

pub(super) fn bic(r: &mut ThreadRng) -> String {
    const VOWELS: &[u8] = b"AEIOU";
    let mut out = chars(r, 3, UPPER);
    out.push(char::from(pick(r, VOWELS)));
    out.push_str(pick(r, COUNTRY_CODES));
    out.push(char::from(pick(r, UPPER)));
    out.push('1');
    let p = r.random_range(0..=100u8);
    if p < 10 {
        out.push(char::from(pick(r, UPPER)));
        out.push(char::from(pick(r, VOWELS)));
        out.push(char::from(pick(r, UPPER)));
    } else if p < 40 {
        out.push_str(&digits(r, 3));
    }
    out
}

pub(super) fn hacker_phrase(r: &mut ThreadRng) -> String {
    let template = pick(r, HACKER_PHRASES);
    let mut out = String::with_capacity(template.len() + 40);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let slot = rest.as_bytes().get(open + 1).copied();
        let word = match slot {
            Some(b'v') => pick(r, HACKER_VERBS),
            Some(b'i') => pick(r, HACKER_INGVERBS),
            Some(b'a') => pick(r, HACKER_ADJECTIVES),
            Some(b'n') => pick(r, HACKER_NOUNS),
            _ => pick(r, HACKER_ABBREVIATIONS),
        };
        out.push_str(word);
        rest = rest.get(open + 3..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

pub(super) fn image_url(category: &str) -> String {
    format!("http://placeimg.com/640/480/{category}")
}

/// faker's `image.dataUri()` called without a size, as Postman does: an SVG whose width and
/// height are literally `undefined`, percent-encoded like `encodeURIComponent`.
pub(super) fn image_data_uri() -> String {
    let svg = concat!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" baseProfile="full" "#,
        r#"width="undefined" height="undefined"><rect width="100%" height="100%" fill="grey"/>"#,
        r#"<text x="NaN" y="NaN" font-size="20" alignment-baseline="middle" "#,
        r#"text-anchor="middle" fill="white">undefinedxundefined</text></svg>"#
    );
    let mut out = String::from("data:image/svg+xml;charset=UTF-8,");
    for b in svg.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)].to_ascii_uppercase()));
            out.push(char::from(HEX[usize::from(b & 15)].to_ascii_uppercase()));
        }
    }
    out
}

pub(super) fn user_name(r: &mut ThreadRng) -> String {
    let (first, last) = (pick(r, FIRST_NAMES), pick(r, LAST_NAMES));
    let sep = if r.random_bool(0.5) { '.' } else { '_' };
    let name = match r.random_range(0..=2u8) {
        0 => format!("{first}{}", r.random_range(0..=99u8)),
        1 => format!("{first}{sep}{last}"),
        _ => format!("{first}{sep}{last}{}", r.random_range(0..=99u8)),
    };
    name.replace(['\'', ' '], "")
}

pub(super) fn email(r: &mut ThreadRng, domains: &[&str]) -> String {
    let user: String = user_name(r)
        .replace(' ', "-")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        .collect();
    format!("{user}@{}", pick(r, domains))
}

pub(super) fn protocol(r: &mut ThreadRng) -> &'static str {
    if r.random_bool(0.5) {
        "http"
    } else {
        "https"
    }
}

pub(super) fn domain_word(r: &mut ThreadRng) -> String {
    pick(r, FIRST_NAMES).to_ascii_lowercase()
}

pub(super) fn domain_name(r: &mut ThreadRng) -> String {
    format!("{}.{}", domain_word(r), pick(r, DOMAIN_SUFFIXES))
}

pub(super) fn ipv6(r: &mut ThreadRng) -> String {
    let groups: Vec<String> = (0..8).map(|_| chars(r, 4, HEX)).collect();
    groups.join(":")
}

pub(super) fn mac(r: &mut ThreadRng) -> String {
    let pairs: Vec<String> = (0..6).map(|_| chars(r, 2, HEX)).collect();
    pairs.join(":")
}

/// faker's `internet.color()` with no base colour: each channel is `(0..=256) / 2`.
pub(super) fn hex_color(r: &mut ThreadRng) -> String {
    let mut channel = || r.random_range(0..=256u32) / 2;
    format!("#{:02x}{:02x}{:02x}", channel(), channel(), channel())
}

pub(super) fn user_agent(r: &mut ThreadRng) -> String {
    const DESKTOPS: &[&str] = &[
        "Windows NT 10.0; Win64; x64",
        "Windows NT 6.1; WOW64",
        "X11; Linux x86_64",
        "Macintosh; Intel Mac OS X 10_15_7",
    ];
    const KHTML: &str = "(KHTML, like Gecko)";
    match r.random_range(0..5u8) {
        0 => {
            let os = pick(r, DESKTOPS);
            let chrome = format!(
                "{}.0.{}.{}",
                r.random_range(40..=120u32),
                r.random_range(1000..=6000u32),
                r.random_range(0..=200u32)
            );
            format!("Mozilla/5.0 ({os}) AppleWebKit/537.36 {KHTML} Chrome/{chrome} Safari/537.36")
        }
        1 => {
            let v = r.random_range(30..=120u32);
            format!(
                "Mozilla/5.0 ({}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
                pick(r, DESKTOPS)
            )
        }
        2 => {
            let webkit = format!(
                "{}.{}.{}",
                r.random_range(531..=605u32),
                r.random_range(0..=9u8),
                r.random_range(1..=15u8)
            );
            let os = format!(
                "Macintosh; Intel Mac OS X 10_{}_{}",
                r.random_range(7..=15u8),
                r.random_range(0..=9u8)
            );
            let version = format!("{}.{}", r.random_range(5..=17u8), r.random_range(0..=6u8));
            format!(
                "Mozilla/5.0 ({os}) AppleWebKit/{webkit} {KHTML} Version/{version} Safari/{webkit}"
            )
        }
        3 => format!(
            "Mozilla/5.0 (compatible; MSIE {}.0; Windows NT 6.{}; Trident/{}.0)",
            r.random_range(7..=10u8),
            r.random_range(0..=3u8),
            r.random_range(4..=7u8)
        ),
        _ => format!(
            "Opera/9.{} (X11; Linux x86_64; U; {}) Presto/2.{}.{} Version/{}.{:02}",
            r.random_range(80..=99u8),
            pick(r, &["en-US", "de-DE", "fr-FR", "es-ES"]),
            r.random_range(9..=12u8),
            r.random_range(100..=400u32),
            r.random_range(10..=12u8),
            r.random_range(0..=99u8)
        ),
    }
}

pub(super) fn lorem_words(r: &mut ThreadRng, n: usize) -> String {
    let words: Vec<&str> = (0..n).map(|_| pick(r, LOREM_WORDS)).collect();
    words.join(" ")
}

pub(super) fn lorem_sentence(r: &mut ThreadRng) -> String {
    let n = r.random_range(3..=10);
    let words = lorem_words(r, n);
    let mut chars = words.chars();
    let mut out = String::with_capacity(words.len() + 1);
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
    }
    out.push_str(chars.as_str());
    out.push('.');
    out
}

pub(super) fn lorem_sentences(r: &mut ThreadRng, n: usize, sep: &str) -> String {
    join_with(r, n, sep, lorem_sentence)
}

pub(super) fn lorem_paragraph(r: &mut ThreadRng) -> String {
    let n = 3 + r.random_range(0..=3);
    lorem_sentences(r, n, " ")
}

pub(super) fn lorem_lines(r: &mut ThreadRng) -> String {
    let n = r.random_range(1..=5);
    lorem_sentences(r, n, "\n")
}

/// faker's `lorem.text()`: one of word, words, sentence, sentences, paragraph, paragraphs
/// or lines.
pub(super) fn lorem_text(r: &mut ThreadRng) -> String {
    match r.random_range(0..7u8) {
        0 => pick(r, LOREM_WORDS).to_owned(),
        1 => lorem_words(r, 3),
        2 => lorem_sentence(r),
        3 => {
            let n = r.random_range(2..=6);
            lorem_sentences(r, n, " ")
        }
        4 => lorem_paragraph(r),
        5 => join_with(r, 3, "\n \r", lorem_paragraph),
        _ => lorem_lines(r),
    }
}

/// faker's `random.word()`: one word of a phrase from a randomly chosen word generator.
pub(super) fn random_word(r: &mut ThreadRng) -> String {
    let phrase: String = match r.random_range(0..27u8) {
        0 => pick(r, DEPARTMENTS).to_owned(),
        1 => product_name(r),
        2 => pick(r, PRODUCT_ADJECTIVES).to_owned(),
        3 => pick(r, PRODUCT_MATERIALS).to_owned(),
        4 => pick(r, PRODUCTS).to_owned(),
        5 => pick(r, COLORS).to_owned(),
        6 => pick(r, CATCH_ADJECTIVES).to_owned(),
        7 => pick(r, CATCH_DESCRIPTORS).to_owned(),
        8 => pick(r, CATCH_NOUNS).to_owned(),
        9 => pick(r, BS_ADJECTIVES).to_owned(),
        10 => pick(r, BS_VERBS).to_owned(),
        11 => pick(r, BS_NOUNS).to_owned(),
        12 => pick(r, STREET_SUFFIXES).to_owned(),
        13 => pick(r, COUNTIES).to_owned(),
        14 => pick(r, COUNTRIES).to_owned(),
        15 => pick(r, STATES).to_owned(),
        16 => account_name(r),
        17 => pick(r, TRANSACTION_TYPES).to_owned(),
        18 => pick(r, CURRENCIES).0.to_owned(),
        19 => pick(r, HACKER_NOUNS).to_owned(),
        20 => pick(r, HACKER_VERBS).to_owned(),
        21 => pick(r, HACKER_ADJECTIVES).to_owned(),
        22 => pick(r, HACKER_INGVERBS).to_owned(),
        23 => pick(r, HACKER_ABBREVIATIONS).to_owned(),
        24 => pick(r, JOB_DESCRIPTORS).to_owned(),
        25 => pick(r, JOB_AREAS).to_owned(),
        _ => pick(r, JOB_TYPES).to_owned(),
    };
    let words: Vec<&str> = phrase.split(' ').collect();
    pick(r, &words).to_owned()
}

/// faker's `system.fileName()` / `commonFileName()`: 1–3 random words, lower-cased, every
/// non-word character replaced by `_`, then an extension.
pub(super) fn file_name(r: &mut ThreadRng, common: bool) -> String {
    let n = r.random_range(1..=3);
    let words = join_with(r, n, " ", random_word);
    let stem: String = words
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let ext = if common {
        common_file_ext(r)
    } else {
        file_ext(r)
    };
    format!("{stem}.{ext}")
}

pub(super) fn file_ext(r: &mut ThreadRng) -> &'static str {
    let total: usize = MIME_TYPES.iter().map(|(_, exts)| exts.len()).sum();
    let mut i = r.random_range(0..total);
    for (_, exts) in MIME_TYPES {
        if i < exts.len() {
            return exts[i];
        }
        i -= exts.len();
    }
    "txt"
}

pub(super) fn common_file_ext(r: &mut ThreadRng) -> &'static str {
    let mime = pick(r, COMMON_MIME_TYPES);
    match MIME_TYPES.iter().find(|(m, _)| *m == mime) {
        Some((_, exts)) => pick(r, exts),
        None => "bin",
    }
}

/// A top-level MIME type, uniformly among the distinct ones.
pub(super) fn file_type(r: &mut ThreadRng) -> &'static str {
    let mut types: Vec<&'static str> = Vec::new();
    for (mime, _) in MIME_TYPES {
        let top = mime.split('/').next().unwrap_or(mime);
        if !types.contains(&top) {
            types.push(top);
        }
    }
    pick(r, &types)
}
