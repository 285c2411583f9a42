//! Unit tests for the dynamic variables: every name produces a value of the expected shape.

use super::dynamic::{dynamic_names, dynamic_value};
use super::words;

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn n_digits(s: &str, n: usize) -> bool {
    s.len() == n && is_digits(s)
}

fn is_hex(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn uuid_v4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5
        && [8, 4, 4, 4, 12]
            .iter()
            .zip(&parts)
            .all(|(n, p)| is_hex(p, *n))
        && parts[2].starts_with('4')
        && parts[3].starts_with(['8', '9', 'a', 'b'])
}

/// `[+-]?\d+(\.\d+)?` with exactly `decimals` decimals, within `[-limit, limit]`.
fn fixed(s: &str, decimals: usize, limit: f64) -> bool {
    let body = s.strip_prefix('-').unwrap_or(s);
    let Some((int, frac)) = body.split_once('.') else {
        return false;
    };
    is_digits(int) && n_digits(frac, decimals) && s.parse::<f64>().is_ok_and(|v| v.abs() <= limit)
}

fn in_list(s: &str, list: &[&str]) -> bool {
    list.contains(&s)
}

fn phone(s: &str) -> bool {
    let p: Vec<&str> = s.split('-').collect();
    p.len() == 3
        && n_digits(p[0], 3)
        && n_digits(p[1], 3)
        && n_digits(p[2], 4)
        && !p[0].starts_with(['0', '1'])
        && !p[1].starts_with(['0', '1'])
}

fn capitalized_words(s: &str, min: usize, max: usize) -> bool {
    let n = s.split(' ').count();
    (min..=max).contains(&n) && s.split(' ').all(|w| !w.is_empty())
}

fn email(s: &str, domains: &[&str]) -> bool {
    let Some((user, domain)) = s.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && user
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && in_list(domain, domains)
}

fn domain(s: &str) -> bool {
    let Some((word, suffix)) = s.split_once('.') else {
        return false;
    };
    !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && in_list(suffix, words::DOMAIN_SUFFIXES)
}

/// `Tue Mar 05 2024 14:03:09 GMT+0000 (Coordinated Universal Time)`.
fn js_date(s: &str) -> bool {
    let p: Vec<&str> = s.splitn(7, ' ').collect();
    p.len() == 7
        && in_list(p[0], &["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"])
        && words::MONTHS.iter().any(|m| m[..3] == *p[1])
        && n_digits(p[2], 2)
        && n_digits(p[3], 4)
        && p[4].len() == 8
        && p[4].split(':').all(|x| n_digits(x, 2))
        && p[5].len() == 8
        && p[5].starts_with("GMT")
        && p[6].starts_with('(')
        && p[6].ends_with(')')
}

fn sentence(s: &str) -> bool {
    let Some(body) = s.strip_suffix('.') else {
        return false;
    };
    let n = body.split(' ').count();
    (3..=10).contains(&n)
        && body.starts_with(|c: char| c.is_ascii_uppercase())
        && body
            .split(' ')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Sentences joined by `sep` (each one ends with `.`).
fn sentences(s: &str, sep: &str, min: usize, max: usize) -> bool {
    let joint = format!(".{sep}");
    let parts: Vec<&str> = s.split(joint.as_str()).collect();
    let last = parts.len() - 1;
    (min..=max).contains(&parts.len())
        && parts.iter().enumerate().all(|(i, p)| {
            if i == last {
                sentence(p)
            } else {
                sentence(&format!("{p}."))
            }
        })
}

fn file_name(s: &str) -> bool {
    let Some((stem, ext)) = s.rsplit_once('.') else {
        return false;
    };
    !stem.is_empty()
        && stem
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !ext.is_empty()
        && ext.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn image(s: &str, category: &str) -> bool {
    s == format!("http://placeimg.com/640/480/{category}")
}

fn iban_valid(s: &str) -> bool {
    if s.len() < 15 || s.len() > 34 || !s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    let (head, bban) = s.split_at(4);
    let mut rem = 0u32;
    for c in bban.chars().chain(head.chars()) {
        let v = c.to_digit(36).unwrap_or(99);
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1 && head[..2].bytes().all(|b| b.is_ascii_uppercase()) && n_digits(&head[2..], 2)
}

fn lower(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_lowercase())
}

fn word_chars(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn phone_ext(v: &str) -> bool {
    v.split_once('-')
        .is_some_and(|(ext, rest)| (1..=2).contains(&ext.len()) && is_digits(ext) && phone(rest))
}

fn file_path(v: &str) -> bool {
    v.rsplit_once('/')
        .is_some_and(|(dir, file)| in_list(dir, words::DIRECTORIES) && file_name(file))
}

fn street_address(v: &str) -> bool {
    v.split_once(' ').is_some_and(|(n, rest)| {
        (3..=5).contains(&n.len()) && is_digits(n) && capitalized_words(rest, 2, 2)
    })
}

fn bitcoin(v: &str) -> bool {
    (25..=34).contains(&v.len())
        && v.starts_with(['1', '3'])
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() && !b"0OIl".contains(&b))
}

/// 4 letters, 2-letter country, a letter, `1`, then nothing or 3 more characters.
fn bic(v: &str) -> bool {
    (v.len() == 8 || v.len() == 11)
        && v.bytes().take(7).all(|b| b.is_ascii_uppercase())
        && v.as_bytes()[7] == b'1'
        && v.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn data_uri(v: &str) -> bool {
    v.starts_with("data:image/svg+xml;charset=UTF-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org")
        && v.contains("width%3D%22undefined%22%20height%3D%22undefined%22")
        && v.ends_with("undefinedxundefined%3C%2Ftext%3E%3C%2Fsvg%3E")
}

fn user_name(v: &str) -> bool {
    !v.is_empty()
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_')
}

fn url(v: &str) -> bool {
    v.split_once("://")
        .is_some_and(|(p, d)| (p == "http" || p == "https") && domain(d))
}

/// `#rrggbb`, each channel at most 0x80 (faker halves a 0–256 draw).
fn hex_color(v: &str) -> bool {
    let Some(hex) = v.strip_prefix('#') else {
        return false;
    };
    is_hex(hex, 6)
        && (0..3).all(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).is_ok_and(|c| c <= 128))
}

fn lorem_words(v: &str, sep: char) -> bool {
    v.split(sep).count() == 3 && v.split(sep).all(|w| in_list(w, words::LOREM_WORDS))
}

fn shape_ok(name: &str, v: &str) -> bool {
    let upper = |s: &str| s.bytes().all(|b| b.is_ascii_uppercase());
    match name {
        "$guid" | "$randomUUID" => uuid_v4(v),
        "$timestamp" => is_digits(v) && v.len() == 10,
        "$isoTimestamp" => {
            let b = v.as_bytes();
            v.len() == 24
                && v.ends_with('Z')
                && b[4] == b'-'
                && b[7] == b'-'
                && b[10] == b'T'
                && b[13] == b':'
                && b[16] == b':'
                && b[19] == b'.'
                && n_digits(&v[20..23], 3)
                && chrono::DateTime::parse_from_rfc3339(v).is_ok()
        }
        "$randomInt" => v.parse::<u32>().is_ok_and(|n| n <= 1000) && is_digits(v),
        "$randomPhoneNumber" => phone(v),
        "$randomPhoneNumberExt" => phone_ext(v),
        "$randomLocale" => (2..=3).contains(&v.len()) && lower(v),
        "$randomWords" => (2..=5).contains(&v.split(' ').count()),
        "$randomFilePath" => file_path(v),
        "$randomDirectoryPath" => in_list(v, words::DIRECTORIES),
        "$randomCity" => v.starts_with(|c: char| c.is_ascii_uppercase()),
        "$randomStreetName" => v
            .rsplit_once(' ')
            .is_some_and(|(n, suffix)| !n.is_empty() && in_list(suffix, words::STREET_SUFFIXES)),
        "$randomCountry" => in_list(v, words::COUNTRIES),
        "$randomColor" => in_list(v, words::COLORS),
        "$randomStreetAddress" => street_address(v),
        "$randomCountryCode" => v.len() == 2 && upper(v),
        "$randomLatitude" => fixed(v, 4, 90.0),
        "$randomLongitude" => fixed(v, 4, 180.0),
        "$randomDepartment" => in_list(v, words::DEPARTMENTS),
        "$randomProductName" | "$randomCatchPhrase" | "$randomBs" | "$randomJobTitle" => {
            v.split(' ').count() >= 3
        }
        "$randomProductAdjective" => in_list(v, words::PRODUCT_ADJECTIVES),
        "$randomProductMaterial" => in_list(v, words::PRODUCT_MATERIALS),
        "$randomProduct" => in_list(v, words::PRODUCTS),
        "$randomCompanyName" => v.contains(' ') && !v.starts_with(' '),
        "$randomCompanySuffix" => in_list(v, words::COMPANY_SUFFIXES),
        "$randomCatchPhraseAdjective" => in_list(v, words::CATCH_ADJECTIVES),
        "$randomCatchPhraseDescriptor" => in_list(v, words::CATCH_DESCRIPTORS),
        "$randomCatchPhraseNoun" => in_list(v, words::CATCH_NOUNS),
        "$randomBsAdjective" => in_list(v, words::BS_ADJECTIVES),
        "$randomBsBuzz" => in_list(v, words::BS_VERBS),
        "$randomBsNoun" => in_list(v, words::BS_NOUNS),
        "$randomDatabaseColumn" => in_list(v, words::DB_COLUMNS),
        "$randomDatabaseType" => in_list(v, words::DB_TYPES),
        "$randomDatabaseCollation" => in_list(v, words::DB_COLLATIONS),
        "$randomDatabaseEngine" => in_list(v, words::DB_ENGINES),
        "$randomDatePast" | "$randomDateFuture" | "$randomDateRecent" => js_date(v),
        "$randomMonth" => in_list(v, words::MONTHS),
        "$randomWeekday" => in_list(v, words::WEEKDAYS),
        "$randomBankAccount" => n_digits(v, 8),
        "$randomBankAccountName" => v.ends_with(" Account"),
        "$randomCreditCardMask" => n_digits(v, 4),
        "$randomPrice" => fixed(v, 2, 1000.0) && !v.starts_with('-'),
        "$randomTransactionType" => in_list(v, words::TRANSACTION_TYPES),
        "$randomCurrencyCode" => v.len() == 3 && upper(v),
        "$randomCurrencyName" => words::CURRENCIES.iter().any(|c| c.0 == v),
        "$randomCurrencySymbol" => !v.is_empty() && !v.contains(' '),
        "$randomBitcoin" => bitcoin(v),
        "$randomBankAccountIban" => iban_valid(v),
        "$randomBankAccountBic" => bic(v),
        "$randomAbbreviation" => in_list(v, words::HACKER_ABBREVIATIONS),
        "$randomAdjective" => in_list(v, words::HACKER_ADJECTIVES),
        "$randomNoun" => in_list(v, words::HACKER_NOUNS),
        "$randomVerb" => in_list(v, words::HACKER_VERBS),
        "$randomIngverb" => in_list(v, words::HACKER_INGVERBS),
        "$randomPhrase" => v.ends_with('!') && !v.contains('{'),
        "$randomAvatarImage" => {
            v.starts_with("https://cdn.fakercloud.com/avatars/") && v.ends_with("_128.jpg")
        }
        "$randomImageUrl" => v == "http://placeimg.com/640/480",
        "$randomAbstractImage" => image(v, "abstract"),
        "$randomAnimalsImage" => image(v, "animals"),
        "$randomBusinessImage" => image(v, "business"),
        "$randomCatsImage" => image(v, "cats"),
        "$randomCityImage" => image(v, "city"),
        "$randomFoodImage" => image(v, "food"),
        "$randomNightlifeImage" => image(v, "nightlife"),
        "$randomFashionImage" => image(v, "fashion"),
        "$randomPeopleImage" => image(v, "people"),
        "$randomNatureImage" => image(v, "nature"),
        "$randomSportsImage" => image(v, "sports"),
        "$randomTransportImage" => image(v, "transport"),
        "$randomImageDataUri" => data_uri(v),
        "$randomEmail" => email(v, words::FREE_EMAIL_DOMAINS),
        "$randomExampleEmail" => email(v, words::EXAMPLE_EMAIL_DOMAINS),
        "$randomUserName" => user_name(v),
        "$randomProtocol" => v == "http" || v == "https",
        "$randomUrl" => url(v),
        "$randomDomainName" => domain(v),
        "$randomDomainSuffix" => in_list(v, words::DOMAIN_SUFFIXES),
        "$randomDomainWord" => !v.is_empty() && lower(v),
        "$randomIP" => v.parse::<std::net::Ipv4Addr>().is_ok(),
        "$randomIPV6" => v.split(':').count() == 8 && v.split(':').all(|g| is_hex(g, 4)),
        "$randomUserAgent" => v.starts_with("Mozilla/5.0 (") || v.starts_with("Opera/9."),
        "$randomHexColor" => hex_color(v),
        "$randomMACAddress" => v.split(':').count() == 6 && v.split(':').all(|g| is_hex(g, 2)),
        "$randomPassword" => v.len() == 15 && word_chars(v),
        "$randomLoremWord" => in_list(v, words::LOREM_WORDS),
        "$randomLoremWords" => lorem_words(v, ' '),
        "$randomLoremSentence" => sentence(v),
        "$randomLoremSlug" => lorem_words(v, '-'),
        "$randomLoremSentences" => sentences(v, " ", 2, 6),
        "$randomLoremParagraph" => sentences(v, " ", 3, 6),
        "$randomLoremParagraphs" => {
            v.split("\n \r").count() == 3 && v.split("\n \r").all(|p| sentences(p, " ", 3, 6))
        }
        "$randomLoremText" => !v.is_empty(),
        "$randomLoremLines" => sentences(v, "\n", 1, 5),
        "$randomFirstName" => in_list(v, words::FIRST_NAMES),
        "$randomLastName" => in_list(v, words::LAST_NAMES),
        "$randomFullName" => (2..=3).contains(&v.split(' ').count()),
        "$randomNamePrefix" => in_list(v, words::NAME_PREFIXES),
        "$randomNameSuffix" => in_list(v, words::NAME_SUFFIXES),
        "$randomJobDescriptor" => in_list(v, words::JOB_DESCRIPTORS),
        "$randomJobArea" => in_list(v, words::JOB_AREAS),
        "$randomJobType" => in_list(v, words::JOB_TYPES),
        "$randomBoolean" => v == "true" || v == "false",
        "$randomWord" => !v.is_empty() && !v.contains(' '),
        "$randomAlphaNumeric" => {
            v.len() == 1
                && v.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        }
        "$randomFileName" | "$randomCommonFileName" => file_name(v),
        "$randomMimeType" => words::MIME_TYPES.iter().any(|(m, _)| *m == v),
        "$randomCommonFileType" => in_list(v, words::COMMON_FILE_TYPES),
        "$randomCommonFileExt" | "$randomFileExt" => {
            words::MIME_TYPES.iter().any(|(_, exts)| exts.contains(&v))
        }
        "$randomFileType" => !v.is_empty() && !v.contains('/'),
        "$randomSemver" => v.split('.').count() == 3 && v.split('.').all(|p| n_digits(p, 1)),
        _ => false,
    }
}

#[test]
fn every_dynamic_name_produces_a_value_of_the_right_shape() {
    for name in dynamic_names() {
        for _ in 0..200 {
            let v = dynamic_value(name);
            let Some(v) = v else {
                panic!("{name} produced nothing");
            };
            assert!(shape_ok(name, &v), "{name} produced {v:?}");
        }
    }
}

#[test]
fn dynamic_names_are_the_118_postman_names() {
    let names = dynamic_names();
    assert_eq!(names.len(), 118);
    let mut sorted = names.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), 118);
    assert!(names.iter().all(|n| n.starts_with('$')));
}

#[test]
fn unknown_or_unprefixed_names_are_not_dynamic() {
    assert_eq!(dynamic_value("$nope"), None);
    assert_eq!(dynamic_value("guid"), None);
    assert_eq!(dynamic_value("$GUID"), None);
    assert_eq!(dynamic_value(""), None);
}

#[test]
fn dynamic_values_are_fresh_per_call() {
    let a = dynamic_value("$guid");
    let b = dynamic_value("$guid");
    assert_ne!(a, b);
    let emails: std::collections::HashSet<_> = (0..50)
        .filter_map(|_| dynamic_value("$randomEmail"))
        .collect();
    assert!(emails.len() > 10);
}

#[test]
fn random_int_and_boolean_cover_their_ranges() {
    let ints: Vec<u32> = (0..5000)
        .filter_map(|_| dynamic_value("$randomInt")?.parse().ok())
        .collect();
    assert!(ints.iter().any(|&n| n < 50) && ints.iter().any(|&n| n > 950));
    let bools: std::collections::HashSet<_> = (0..100)
        .filter_map(|_| dynamic_value("$randomBoolean"))
        .collect();
    assert_eq!(bools.len(), 2);
}

#[test]
fn timestamp_is_unix_seconds_now() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let ts: u64 = dynamic_value("$timestamp")
        .and_then(|s| s.parse().ok())
        .unwrap_or_default();
    assert!(ts.abs_diff(now) <= 2, "{ts} vs {now}");
}
