//! Dynamic variables (`{{$guid}}`, `{{$timestamp}}`, `{{$randomEmail}}`, …): the 118 names of
//! postman-collection 4.4's `dynamic-variables.js`, each generating a fresh value per call
//! with the same shape as Postman's faker-5 output. Word lists live in `faker.rs`.

use super::faker::*;
use super::words::*;
use rand::Rng;
use std::time::{SystemTime, UNIX_EPOCH};

/// All supported dynamic variable names, in postman-collection's order.
#[rustfmt::skip]
const NAMES: &[&str] = &[
    "$guid", "$timestamp", "$isoTimestamp", "$randomInt", "$randomPhoneNumber",
    "$randomPhoneNumberExt", "$randomLocale", "$randomWords", "$randomFilePath",
    "$randomDirectoryPath", "$randomCity", "$randomStreetName", "$randomStreetAddress",
    "$randomCountry", "$randomCountryCode", "$randomLatitude", "$randomLongitude",
    "$randomColor", "$randomDepartment", "$randomProductName", "$randomProductAdjective",
    "$randomProductMaterial", "$randomProduct", "$randomCompanyName", "$randomCompanySuffix",
    "$randomCatchPhrase", "$randomBs", "$randomCatchPhraseAdjective",
    "$randomCatchPhraseDescriptor", "$randomCatchPhraseNoun", "$randomBsAdjective",
    "$randomBsBuzz", "$randomBsNoun", "$randomDatabaseColumn", "$randomDatabaseType",
    "$randomDatabaseCollation", "$randomDatabaseEngine", "$randomDatePast",
    "$randomDateFuture", "$randomDateRecent", "$randomMonth", "$randomWeekday",
    "$randomBankAccount", "$randomBankAccountName", "$randomCreditCardMask", "$randomPrice",
    "$randomTransactionType", "$randomCurrencyCode", "$randomCurrencyName",
    "$randomCurrencySymbol", "$randomBitcoin", "$randomBankAccountIban",
    "$randomBankAccountBic", "$randomAbbreviation", "$randomAdjective", "$randomNoun",
    "$randomVerb", "$randomIngverb", "$randomPhrase", "$randomAvatarImage", "$randomImageUrl",
    "$randomAbstractImage", "$randomAnimalsImage", "$randomBusinessImage", "$randomCatsImage",
    "$randomCityImage", "$randomFoodImage", "$randomNightlifeImage", "$randomFashionImage",
    "$randomPeopleImage", "$randomNatureImage", "$randomSportsImage", "$randomTransportImage",
    "$randomImageDataUri", "$randomEmail", "$randomExampleEmail", "$randomUserName",
    "$randomProtocol", "$randomUrl", "$randomDomainName", "$randomDomainSuffix",
    "$randomDomainWord", "$randomIP", "$randomIPV6", "$randomUserAgent", "$randomHexColor",
    "$randomMACAddress", "$randomPassword", "$randomLoremWord", "$randomLoremWords",
    "$randomLoremSentence", "$randomLoremSlug", "$randomLoremSentences",
    "$randomLoremParagraph", "$randomLoremParagraphs", "$randomLoremText", "$randomLoremLines",
    "$randomFirstName", "$randomLastName", "$randomFullName", "$randomJobTitle",
    "$randomNamePrefix", "$randomNameSuffix", "$randomJobDescriptor", "$randomJobArea",
    "$randomJobType", "$randomUUID", "$randomBoolean", "$randomWord", "$randomAlphaNumeric",
    "$randomFileName", "$randomCommonFileName", "$randomMimeType", "$randomCommonFileType",
    "$randomCommonFileExt", "$randomFileType", "$randomFileExt", "$randomSemver",
];

/// All supported dynamic variable names (for docs/tests).
pub fn dynamic_names() -> &'static [&'static str] {
    NAMES
}

/// A random (version 4) UUID from the thread's random generator (`Uuid::new_v4` asks the
/// operating system for every one: a system call per request).
pub fn new_uuid() -> uuid::Uuid {
    uuid::Builder::from_random_bytes(rand::random()).into_uuid()
}

/// Evaluates a dynamic variable name such as "$guid" (with the leading `$`). A new value per call.
/// None if the name is not a known dynamic variable.
///
/// Dates (`$randomDatePast`, `…Future`, `…Recent`) print like JavaScript's `Date#toString()`
/// in the local time zone; `$isoTimestamp` is UTC with milliseconds, like `toISOString()`.
pub fn dynamic_value(name: &str) -> Option<String> {
    let short = name.strip_prefix('$')?;
    let r = &mut rand::rng();
    let s = match short {
        "guid" | "randomUUID" => new_uuid().to_string(),
        "timestamp" => ((now_millis() + 500).div_euclid(1000)).to_string(),
        "isoTimestamp" => chrono::Utc::now()
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string(),
        "randomInt" => r.random_range(0..=1000u32).to_string(),
        "randomPhoneNumber" => phone(r),
        "randomPhoneNumberExt" => format!("{}-{}", r.random_range(1..=99u32), phone(r)),
        "randomLocale" => pick(r, LOCALES).to_owned(),
        "randomWords" => {
            let n = r.random_range(2..=5);
            join_with(r, n, " ", random_word)
        }
        "randomFilePath" => format!("{}/{}", pick(r, DIRECTORIES), file_name(r, false)),
        "randomDirectoryPath" => pick(r, DIRECTORIES).to_owned(),
        "randomCity" => city(r),
        "randomStreetName" => street_name(r),
        "randomStreetAddress" => {
            let n = r.random_range(3..=5);
            format!("{} {}", digits(r, n), street_name(r))
        }
        "randomCountry" => pick(r, COUNTRIES).to_owned(),
        "randomCountryCode" => pick(r, COUNTRY_CODES).to_owned(),
        "randomLatitude" => fixed4(r.random_range(-900_000..=900_000)),
        "randomLongitude" => fixed4(r.random_range(-1_800_000..=1_800_000)),
        "randomColor" => pick(r, COLORS).to_owned(),
        "randomDepartment" => pick(r, DEPARTMENTS).to_owned(),
        "randomProductName" => product_name(r),
        "randomProductAdjective" => pick(r, PRODUCT_ADJECTIVES).to_owned(),
        "randomProductMaterial" => pick(r, PRODUCT_MATERIALS).to_owned(),
        "randomProduct" => pick(r, PRODUCTS).to_owned(),
        "randomCompanyName" => company_name(r),
        "randomCompanySuffix" => pick(r, COMPANY_SUFFIXES).to_owned(),
        "randomCatchPhrase" => catch_phrase(r),
        "randomBs" => bs(r),
        "randomCatchPhraseAdjective" => pick(r, CATCH_ADJECTIVES).to_owned(),
        "randomCatchPhraseDescriptor" => pick(r, CATCH_DESCRIPTORS).to_owned(),
        "randomCatchPhraseNoun" => pick(r, CATCH_NOUNS).to_owned(),
        "randomBsAdjective" => pick(r, BS_ADJECTIVES).to_owned(),
        "randomBsBuzz" => pick(r, BS_VERBS).to_owned(),
        "randomBsNoun" => pick(r, BS_NOUNS).to_owned(),
        "randomDatabaseColumn" => pick(r, DB_COLUMNS).to_owned(),
        "randomDatabaseType" => pick(r, DB_TYPES).to_owned(),
        "randomDatabaseCollation" => pick(r, DB_COLLATIONS).to_owned(),
        "randomDatabaseEngine" => pick(r, DB_ENGINES).to_owned(),
        "randomDatePast" => js_date(now_millis() - r.random_range(1000..=YEAR_MS)),
        "randomDateFuture" => js_date(now_millis() + r.random_range(1000..=YEAR_MS)),
        "randomDateRecent" => js_date(now_millis() - r.random_range(1000..=DAY_MS)),
        "randomMonth" => pick(r, MONTHS).to_owned(),
        "randomWeekday" => pick(r, WEEKDAYS).to_owned(),
        "randomBankAccount" => digits(r, 8),
        "randomBankAccountName" => account_name(r),
        "randomCreditCardMask" => digits(r, 4),
        "randomPrice" => {
            let cents: u32 = r.random_range(0..=100_000);
            format!("{}.{:02}", cents / 100, cents % 100)
        }
        "randomTransactionType" => pick(r, TRANSACTION_TYPES).to_owned(),
        "randomCurrencyCode" => pick(r, CURRENCIES).1.to_owned(),
        "randomCurrencyName" => pick(r, CURRENCIES).0.to_owned(),
        "randomCurrencySymbol" => pick(r, CURRENCIES).2.to_owned(),
        "randomBitcoin" => bitcoin(r),
        "randomBankAccountIban" => iban(r),
        "randomBankAccountBic" => bic(r),
        "randomAbbreviation" => pick(r, HACKER_ABBREVIATIONS).to_owned(),
        "randomAdjective" => pick(r, HACKER_ADJECTIVES).to_owned(),
        "randomNoun" => pick(r, HACKER_NOUNS).to_owned(),
        "randomVerb" => pick(r, HACKER_VERBS).to_owned(),
        "randomIngverb" => pick(r, HACKER_INGVERBS).to_owned(),
        "randomPhrase" => hacker_phrase(r),
        "randomAvatarImage" => format!(
            "https://cdn.fakercloud.com/avatars/{}_128.jpg",
            pick(r, AVATAR_HANDLES)
        ),
        "randomImageUrl" => "http://placeimg.com/640/480".to_owned(),
        "randomAbstractImage" => image_url("abstract"),
        "randomAnimalsImage" => image_url("animals"),
        "randomBusinessImage" => image_url("business"),
        "randomCatsImage" => image_url("cats"),
        "randomCityImage" => image_url("city"),
        "randomFoodImage" => image_url("food"),
        "randomNightlifeImage" => image_url("nightlife"),
        "randomFashionImage" => image_url("fashion"),
        "randomPeopleImage" => image_url("people"),
        "randomNatureImage" => image_url("nature"),
        "randomSportsImage" => image_url("sports"),
        "randomTransportImage" => image_url("transport"),
        "randomImageDataUri" => image_data_uri(),
        "randomEmail" => email(r, FREE_EMAIL_DOMAINS),
        "randomExampleEmail" => email(r, EXAMPLE_EMAIL_DOMAINS),
        "randomUserName" => user_name(r),
        "randomProtocol" => protocol(r).to_owned(),
        "randomUrl" => format!("{}://{}", protocol(r), domain_name(r)),
        "randomDomainName" => domain_name(r),
        "randomDomainSuffix" => pick(r, DOMAIN_SUFFIXES).to_owned(),
        "randomDomainWord" => domain_word(r),
        "randomIP" => {
            let o: [u8; 4] = r.random();
            format!("{}.{}.{}.{}", o[0], o[1], o[2], o[3])
        }
        "randomIPV6" => ipv6(r),
        "randomUserAgent" => user_agent(r),
        "randomHexColor" => hex_color(r),
        "randomMACAddress" => mac(r),
        "randomPassword" => chars(r, 15, WORD_CHARS),
        "randomLoremWord" => pick(r, LOREM_WORDS).to_owned(),
        "randomLoremWords" => lorem_words(r, 3),
        "randomLoremSentence" => lorem_sentence(r),
        "randomLoremSlug" => lorem_words(r, 3).replace(' ', "-"),
        "randomLoremSentences" => {
            let n = r.random_range(2..=6);
            lorem_sentences(r, n, " ")
        }
        "randomLoremParagraph" => lorem_paragraph(r),
        "randomLoremParagraphs" => join_with(r, 3, "\n \r", lorem_paragraph),
        "randomLoremText" => lorem_text(r),
        "randomLoremLines" => lorem_lines(r),
        "randomFirstName" => pick(r, FIRST_NAMES).to_owned(),
        "randomLastName" => pick(r, LAST_NAMES).to_owned(),
        "randomFullName" => full_name(r),
        "randomJobTitle" => format!(
            "{} {} {}",
            pick(r, JOB_DESCRIPTORS),
            pick(r, JOB_AREAS),
            pick(r, JOB_TYPES)
        ),
        "randomNamePrefix" => pick(r, NAME_PREFIXES).to_owned(),
        "randomNameSuffix" => pick(r, NAME_SUFFIXES).to_owned(),
        "randomJobDescriptor" => pick(r, JOB_DESCRIPTORS).to_owned(),
        "randomJobArea" => pick(r, JOB_AREAS).to_owned(),
        "randomJobType" => pick(r, JOB_TYPES).to_owned(),
        "randomBoolean" => r.random_bool(0.5).to_string(),
        "randomWord" => random_word(r),
        "randomAlphaNumeric" => chars(r, 1, LOWER_ALNUM),
        "randomFileName" => file_name(r, false),
        "randomCommonFileName" => file_name(r, true),
        "randomMimeType" => pick(r, MIME_TYPES).0.to_owned(),
        "randomCommonFileType" => pick(r, COMMON_FILE_TYPES).to_owned(),
        "randomCommonFileExt" => common_file_ext(r).to_owned(),
        "randomFileType" => file_type(r).to_owned(),
        "randomFileExt" => file_ext(r).to_owned(),
        "randomSemver" => format!(
            "{}.{}.{}",
            r.random_range(0..=9u8),
            r.random_range(0..=9u8),
            r.random_range(0..=9u8)
        ),
        _ => return None,
    };
    Some(s)
}

const YEAR_MS: i64 = 365 * 24 * 3600 * 1000;

const DAY_MS: i64 = 24 * 3600 * 1000;

fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// JavaScript `Date#toString()`: `Tue Mar 05 2024 14:03:09 GMT+0100 (…)`, local time.
/// Node prints the zone's long name; courier prints `Coordinated Universal Time` for UTC
/// and `GMT±hh:mm` otherwise.
fn js_date(ms: i64) -> String {
    use chrono::{Local, Offset, TimeZone};
    let Some(dt) = Local.timestamp_millis_opt(ms).single() else {
        return "Invalid Date".to_owned();
    };
    let offset = dt.offset().fix().local_minus_utc();
    let zone = if offset == 0 {
        "Coordinated Universal Time".to_owned()
    } else {
        let (sign, abs) = if offset < 0 {
            ('-', -offset)
        } else {
            ('+', offset)
        };
        format!("GMT{sign}{:02}:{:02}", abs / 3600, abs % 3600 / 60)
    };
    format!("{} ({zone})", dt.format("%a %b %d %Y %H:%M:%S GMT%z"))
}

/// faker's `toFixed(4)` of a value given in ten-thousandths.
fn fixed4(v: i32) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let a = v.unsigned_abs();
    format!("{sign}{}.{:04}", a / 10_000, a % 10_000)
}
