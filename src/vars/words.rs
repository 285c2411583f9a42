//! Word lists behind the faker-style `$random*` dynamic variables. They are written for
//! courier (short, English-locale flavoured) and only need to produce values of the same
//! kind and shape as Postman's faker output; the generators are in `faker.rs`.

#[rustfmt::skip]
pub(super) const FIRST_NAMES: &[&str] = &[
    "Aaliyah", "Adrian", "Alma", "Amos", "Ansel", "Beatrix", "Bennett", "Cecilia", "Clement",
    "Cora", "Dalton", "Delphine", "Edgar", "Elise", "Emmett", "Faye", "Florian", "Greta",
    "Harlan", "Hazel", "Ingrid", "Ivan", "Jasper", "Juniper", "Kendra", "Lionel", "Lorna",
    "Malcolm", "Mireille", "Nadia", "Nolan", "Opal", "Oswin", "Petra", "Quentin", "Rosalind",
    "Rufus", "Selma", "Silas", "Tamsin", "Theo", "Ursula", "Vance", "Wilma", "Xavier",
    "Yvette", "Zane",
];

#[rustfmt::skip]
pub(super) const LAST_NAMES: &[&str] = &[
    "Abernathy", "Ashworth", "Barlow", "Blackwood", "Calloway", "Crane", "Dempsey", "Donnelly",
    "Ellsworth", "Fairbanks", "Fenwick", "Galloway", "Hargrove", "Holloway", "Ingram",
    "Jessup", "Kettering", "Langley", "Lockhart", "Marlowe", "Merriweather", "Northcott",
    "Oakes", "Pembrook", "Prescott", "Quimby", "Radcliffe", "Rowland", "Sandoval", "Thackeray",
    "Underhill", "Vickers", "Waverly", "Whitlock", "Yardley", "Zimmer",
];

pub(super) const NAME_PREFIXES: &[&str] = &["Mr.", "Mrs.", "Ms.", "Miss", "Dr."];

#[rustfmt::skip]
pub(super) const NAME_SUFFIXES: &[&str] = &[
    "Jr.", "Sr.", "II", "III", "IV", "V", "MD", "DDS", "PhD", "DVM",
];

#[rustfmt::skip]
pub(super) const JOB_DESCRIPTORS: &[&str] = &[
    "Lead", "Senior", "Principal", "Chief", "Corporate", "Dynamic", "Future", "Global",
    "Regional", "District", "Central", "National", "International", "Internal", "Legacy",
    "Forward", "Customer", "Product", "Direct", "Human",
];

#[rustfmt::skip]
pub(super) const JOB_AREAS: &[&str] = &[
    "Accounts", "Applications", "Assurance", "Branding", "Communications", "Configuration",
    "Creative", "Data", "Directives", "Division", "Factors", "Functionality", "Group",
    "Identity", "Implementation", "Infrastructure", "Integration", "Interactions", "Marketing",
    "Metrics", "Mobility", "Operations", "Optimization", "Paradigm", "Program", "Quality",
    "Research", "Response", "Security", "Solutions", "Tactics", "Usability", "Web",
];

#[rustfmt::skip]
pub(super) const JOB_TYPES: &[&str] = &[
    "Administrator", "Agent", "Analyst", "Architect", "Assistant", "Associate", "Consultant",
    "Coordinator", "Designer", "Developer", "Director", "Engineer", "Executive", "Facilitator",
    "Liaison", "Manager", "Officer", "Orchestrator", "Planner", "Producer", "Representative",
    "Specialist", "Strategist", "Supervisor", "Technician",
];

pub(super) const CITY_PREFIXES: &[&str] = &[
    "North", "South", "East", "West", "New", "Lake", "Port", "Fort",
];

#[rustfmt::skip]
pub(super) const CITY_SUFFIXES: &[&str] = &[
    "ton", "ville", "burgh", "borough", "bury", "field", "haven", "land", "mouth", "port",
    "side", "stad", "view", "chester", "ford", "berg",
];

#[rustfmt::skip]
pub(super) const CITY_NAMES: &[&str] = &[
    "Albuquerque", "Anchorage", "Boise", "Charleston", "Chattanooga", "Des Moines", "Eugene",
    "Fargo", "Green Bay", "Harrisburg", "Knoxville", "Lansing", "Madison", "Montgomery",
    "Omaha", "Pasadena", "Providence", "Reno", "Savannah", "Spokane", "Tallahassee", "Topeka",
    "Tucson", "Wichita",
];

#[rustfmt::skip]
pub(super) const STREET_SUFFIXES: &[&str] = &[
    "Alley", "Avenue", "Boulevard", "Court", "Crescent", "Drive", "Expressway", "Gardens",
    "Heights", "Lane", "Loop", "Parkway", "Place", "Plaza", "Road", "Row", "Square", "Street",
    "Terrace", "Trail", "Way",
];

#[rustfmt::skip]
pub(super) const COUNTIES: &[&str] = &[
    "Cornwall", "Cumbria", "Devon", "Dorset", "Essex", "Kent", "Norfolk", "Rutland",
    "Shropshire", "Somerset", "Suffolk", "Surrey",
];

#[rustfmt::skip]
pub(super) const STATES: &[&str] = &[
    "Alabama", "Arizona", "Colorado", "Delaware", "Florida", "Idaho", "Iowa", "Kansas",
    "Maine", "Montana", "Nevada", "New Mexico", "North Dakota", "Oregon", "Rhode Island",
    "Texas", "Utah", "Vermont", "West Virginia", "Wyoming",
];

#[rustfmt::skip]
pub(super) const COUNTRIES: &[&str] = &[
    "Argentina", "Australia", "Austria", "Belgium", "Brazil", "Canada", "Chile", "Denmark",
    "Egypt", "Finland", "France", "Germany", "Ghana", "Greece", "Iceland", "India",
    "Indonesia", "Ireland", "Italy", "Japan", "Kenya", "Mexico", "Morocco", "Netherlands",
    "New Zealand", "Norway", "Peru", "Poland", "Portugal", "Singapore", "South Africa",
    "Spain", "Sweden", "Switzerland", "Thailand", "Uruguay", "Vietnam",
];

#[rustfmt::skip]
pub(super) const COUNTRY_CODES: &[&str] = &[
    "AR", "AT", "AU", "BE", "BR", "CA", "CH", "CL", "CN", "CZ", "DE", "DK", "EG", "ES", "FI",
    "FR", "GB", "GH", "GR", "IE", "IN", "IS", "IT", "JP", "KE", "KR", "MA", "MX", "NL", "NO",
    "NZ", "PE", "PL", "PT", "SE", "SG", "TH", "US", "UY", "VN", "ZA",
];

#[rustfmt::skip]
pub(super) const LOCALES: &[&str] = &[
    "af", "am", "ar", "az", "be", "bg", "bn", "ca", "ceb", "cs", "cy", "da", "de", "el", "en",
    "eo", "es", "et", "eu", "fa", "fi", "fil", "fr", "ga", "gl", "gu", "haw", "he", "hi", "hr",
    "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "ko", "lt", "lv", "mk", "ml", "mn", "ms",
    "mt", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "sw", "ta", "te",
    "th", "tr", "uk", "ur", "uz", "vi", "yo", "zh", "zu",
];

#[rustfmt::skip]
pub(super) const DIRECTORIES: &[&str] = &[
    "/bin", "/boot", "/dev", "/etc", "/etc/defaults", "/etc/ssl", "/home", "/home/user",
    "/home/user/docs", "/lib", "/media", "/mnt", "/opt", "/opt/bin", "/opt/share", "/private",
    "/private/tmp", "/root", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/usr/bin",
    "/usr/include", "/usr/lib", "/usr/local/bin", "/usr/local/src", "/usr/share", "/var",
    "/var/log", "/var/mail", "/var/spool", "/var/tmp", "/Applications", "/Library", "/Users",
    "/System",
];

#[rustfmt::skip]
pub(super) const COLORS: &[&str] = &[
    "amber", "aquamarine", "azure", "beige", "black", "blue", "bronze", "burgundy", "coral",
    "crimson", "cyan", "gold", "green", "grey", "indigo", "ivory", "lavender", "lime",
    "magenta", "maroon", "mint green", "navy", "olive", "orange", "orchid", "pink", "plum",
    "purple", "red", "salmon", "silver", "sky blue", "tan", "teal", "turquoise", "violet",
    "white", "yellow",
];

#[rustfmt::skip]
pub(super) const DEPARTMENTS: &[&str] = &[
    "Automotive", "Baby", "Beauty", "Books", "Clothing", "Computers", "Electronics",
    "Garden", "Games", "Grocery", "Health", "Home", "Industrial", "Jewelery", "Kids",
    "Movies", "Music", "Outdoors", "Shoes", "Sports", "Tools", "Toys",
];

#[rustfmt::skip]
pub(super) const PRODUCT_ADJECTIVES: &[&str] = &[
    "Awesome", "Compact", "Durable", "Elegant", "Ergonomic", "Fantastic", "Generic",
    "Gorgeous", "Handcrafted", "Handmade", "Incredible", "Intelligent", "Licensed",
    "Practical", "Refined", "Rustic", "Sleek", "Small", "Sturdy", "Tasty", "Unbranded",
];

#[rustfmt::skip]
pub(super) const PRODUCT_MATERIALS: &[&str] = &[
    "Bamboo", "Bronze", "Ceramic", "Concrete", "Cotton", "Fresh", "Frozen", "Glass",
    "Granite", "Leather", "Linen", "Marble", "Metal", "Plastic", "Rubber", "Soft", "Steel",
    "Wooden", "Wool",
];

#[rustfmt::skip]
pub(super) const PRODUCTS: &[&str] = &[
    "Bacon", "Ball", "Bike", "Chair", "Cheese", "Chips", "Clock", "Computer", "Gloves",
    "Hat", "Keyboard", "Lamp", "Mouse", "Pants", "Pizza", "Salad", "Sausages", "Shirt",
    "Shoes", "Soap", "Table", "Towels", "Tuna",
];

pub(super) const COMPANY_SUFFIXES: &[&str] = &["Inc", "and Sons", "LLC", "Group"];

#[rustfmt::skip]
pub(super) const CATCH_ADJECTIVES: &[&str] = &[
    "Adaptive", "Advanced", "Automated", "Balanced", "Centralized", "Configurable",
    "Cross-platform", "Customizable", "Decentralized", "Distributed", "Enhanced",
    "Ergonomic", "Expanded", "Extended", "Focused", "Horizontal", "Innovative", "Integrated",
    "Managed", "Networked", "Optimized", "Persistent", "Proactive", "Reactive", "Robust",
    "Seamless", "Streamlined", "Synchronized", "Universal", "Virtual",
];

#[rustfmt::skip]
pub(super) const CATCH_DESCRIPTORS: &[&str] = &[
    "24/7", "asynchronous", "bi-directional", "client-driven", "composite",
    "context-sensitive", "dedicated", "demand-driven", "dynamic", "fault-tolerant",
    "fresh-thinking", "global", "heuristic", "high-level", "holistic", "hybrid",
    "interactive", "local", "mission-critical", "modular", "multi-tasking",
    "next generation", "object-oriented", "optimal", "real-time", "scalable", "stable",
    "systematic", "tertiary", "value-added", "zero tolerance",
];

#[rustfmt::skip]
pub(super) const CATCH_NOUNS: &[&str] = &[
    "ability", "access", "algorithm", "alliance", "architecture", "archive", "array",
    "benchmark", "capability", "challenge", "circuit", "core", "database", "encoding",
    "firmware", "flexibility", "framework", "function", "hardware", "hierarchy", "hub",
    "initiative", "interface", "matrix", "methodology", "middleware", "model", "paradigm",
    "policy", "portal", "productivity", "protocol", "solution", "strategy", "synergy",
    "throughput", "toolset", "workforce",
];

#[rustfmt::skip]
pub(super) const BS_VERBS: &[&str] = &[
    "aggregate", "architect", "benchmark", "deliver", "deploy", "disintermediate", "drive",
    "embrace", "empower", "enable", "engage", "enhance", "evolve", "expedite", "facilitate",
    "generate", "grow", "harness", "implement", "incentivize", "innovate", "integrate",
    "leverage", "monetize", "optimize", "orchestrate", "reinvent", "repurpose", "scale",
    "streamline", "synergize", "transform", "unleash", "utilize", "visualize",
];

#[rustfmt::skip]
pub(super) const BS_ADJECTIVES: &[&str] = &[
    "24/365", "B2B", "B2C", "back-end", "best-of-breed", "bleeding-edge", "collaborative",
    "compelling", "cross-platform", "cutting-edge", "distributed", "dynamic", "efficient",
    "end-to-end", "enterprise", "extensible", "frictionless", "front-end", "global",
    "granular", "holistic", "impactful", "innovative", "integrated", "interactive",
    "intuitive", "mission-critical", "next-generation", "one-to-one", "open-source",
    "proactive", "real-time", "revolutionary", "robust", "scalable", "seamless", "strategic",
    "turn-key", "user-centric", "viral", "visionary", "world-class",
];

#[rustfmt::skip]
pub(super) const BS_NOUNS: &[&str] = &[
    "action-items", "applications", "architectures", "bandwidth", "channels", "communities",
    "content", "convergence", "deliverables", "e-business", "e-commerce", "experiences",
    "eyeballs", "functionalities", "infrastructures", "initiatives", "interfaces", "markets",
    "methodologies", "metrics", "mindshare", "models", "networks", "niches", "paradigms",
    "partnerships", "platforms", "portals", "relationships", "ROI", "schemas", "solutions",
    "supply-chains", "synergies", "systems", "technologies", "users", "web services",
];

#[rustfmt::skip]
pub(super) const DB_COLUMNS: &[&str] = &[
    "id", "title", "name", "email", "phone", "token", "group", "category", "password",
    "comment", "avatar", "status", "createdAt", "updatedAt",
];

#[rustfmt::skip]
pub(super) const DB_TYPES: &[&str] = &[
    "int", "varchar", "text", "date", "datetime", "tinyint", "time", "timestamp", "smallint",
    "mediumint", "bigint", "decimal", "float", "double", "real", "bit", "boolean", "serial",
    "blob", "binary", "enum", "set", "geometry", "point",
];

#[rustfmt::skip]
pub(super) const DB_COLLATIONS: &[&str] = &[
    "utf8_unicode_ci", "utf8_general_ci", "utf8_bin", "ascii_bin", "ascii_general_ci",
    "cp1250_bin", "cp1250_general_ci", "latin1_swedish_ci", "utf8mb4_0900_ai_ci",
];

#[rustfmt::skip]
pub(super) const DB_ENGINES: &[&str] = &[
    "InnoDB", "MyISAM", "Memory", "CSV", "BLACKHOLE", "ARCHIVE",
];

#[rustfmt::skip]
pub(super) const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

#[rustfmt::skip]
pub(super) const WEEKDAYS: &[&str] = &[
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
];

#[rustfmt::skip]
pub(super) const ACCOUNT_TYPES: &[&str] = &[
    "Checking", "Savings", "Money Market", "Investment", "Home Loan", "Credit Card",
    "Auto Loan", "Personal Loan",
];

pub(super) const TRANSACTION_TYPES: &[&str] = &["deposit", "withdrawal", "payment", "invoice"];

/// (name, ISO 4217 code, symbol)
#[rustfmt::skip]
pub(super) const CURRENCIES: &[(&str, &str, &str)] = &[
    ("US Dollar", "USD", "$"), ("Euro", "EUR", "€"), ("Pound Sterling", "GBP", "£"),
    ("Yen", "JPY", "¥"), ("Indian Rupee", "INR", "₹"), ("Swiss Franc", "CHF", "CHF"),
    ("Canadian Dollar", "CAD", "$"), ("Australian Dollar", "AUD", "$"),
    ("Yuan Renminbi", "CNY", "¥"), ("Won", "KRW", "₩"), ("Russian Ruble", "RUB", "₽"),
    ("Brazilian Real", "BRL", "R$"), ("Mexican Peso", "MXN", "$"), ("Swedish Krona", "SEK", "kr"),
    ("Norwegian Krone", "NOK", "kr"), ("Danish Krone", "DKK", "kr"), ("Zloty", "PLN", "zł"),
    ("Turkish Lira", "TRY", "₺"), ("Rand", "ZAR", "R"), ("Singapore Dollar", "SGD", "$"),
    ("Baht", "THB", "฿"), ("Philippine Peso", "PHP", "₱"), ("Naira", "NGN", "₦"),
];

#[rustfmt::skip]
pub(super) const HACKER_ABBREVIATIONS: &[&str] = &[
    "ADP", "AGP", "AI", "API", "ASCII", "CLI", "CSS", "DNS", "EXE", "FTP", "GB", "HDD", "HTTP",
    "IP", "JSON", "PCI", "PNG", "RAM", "RSS", "SCSI", "SDD", "SMS", "SMTP", "SQL", "SSD",
    "SSL", "TCP", "TLS", "UDP", "USB", "VGA", "XML", "XSS",
];

#[rustfmt::skip]
pub(super) const HACKER_ADJECTIVES: &[&str] = &[
    "auxiliary", "primary", "back-end", "digital", "open-source", "virtual", "cross-platform",
    "redundant", "online", "haptic", "multi-byte", "bluetooth", "wireless", "1080p",
    "neural", "optical", "solid state", "mobile",
];

#[rustfmt::skip]
pub(super) const HACKER_NOUNS: &[&str] = &[
    "driver", "protocol", "bandwidth", "panel", "microchip", "program", "port", "card",
    "array", "interface", "system", "sensor", "firewall", "hard drive", "pixel", "alarm",
    "feed", "monitor", "application", "transmitter", "bus", "circuit", "capacitor", "matrix",
];

#[rustfmt::skip]
pub(super) const HACKER_VERBS: &[&str] = &[
    "back up", "bypass", "hack", "override", "compress", "copy", "navigate", "index",
    "connect", "generate", "quantify", "calculate", "synthesize", "input", "transmit",
    "program", "reboot", "parse",
];

#[rustfmt::skip]
pub(super) const HACKER_INGVERBS: &[&str] = &[
    "backing up", "bypassing", "hacking", "overriding", "compressing", "copying",
    "navigating", "indexing", "connecting", "generating", "quantifying", "calculating",
    "synthesizing", "transmitting", "programming", "parsing",
];

/// Phrase templates: `{v}` verb, `{i}` -ing verb, `{a}` adjective, `{n}` noun, `{b}` abbreviation.
#[rustfmt::skip]
pub(super) const HACKER_PHRASES: &[&str] = &[
    "If we {v} the {n}, we can get to the {b} {n} through the {a} {b} {n}!",
    "We need to {v} the {a} {b} {n}!",
    "Try to {v} the {b} {n}, maybe it will {v} the {a} {n}!",
    "You can't {v} the {n} without {i} the {a} {b} {n}!",
    "Use the {a} {b} {n}, then you can {v} the {a} {n}!",
    "The {b} {n} is down, {v} the {a} {n} so we can {v} the {b} {n}!",
    "{i} the {n} won't do anything, we need to {v} the {a} {b} {n}!",
    "I'll {v} the {a} {b} {n}, that should {v} the {b} {n}!",
];

pub(super) const FREE_EMAIL_DOMAINS: &[&str] = &["gmail.com", "yahoo.com", "hotmail.com"];

pub(super) const EXAMPLE_EMAIL_DOMAINS: &[&str] = &["example.org", "example.com", "example.net"];

pub(super) const DOMAIN_SUFFIXES: &[&str] = &["com", "biz", "info", "name", "net", "org"];

#[rustfmt::skip]
pub(super) const AVATAR_HANDLES: &[&str] = &[
    "pixelwright", "dorianmakes", "inkandbyte", "lunarfox", "quietcoder", "marlowdesigns",
    "tidepool", "copperleaf", "northwindstudio", "grainandgrit", "sunny_sketches",
    "vectorvale", "fernhollow", "bramblecraft", "orbitalart",
];

#[rustfmt::skip]
pub(super) const LOREM_WORDS: &[&str] = &[
    "accusamus", "adipisci", "aliquam", "amet", "aperiam", "asperiores", "autem", "beatae",
    "commodi", "consequatur", "corporis", "cumque", "debitis", "delectus", "dolor", "dolorem",
    "doloribus", "ducimus", "eius", "eligendi", "enim", "error", "esse", "eveniet", "facere",
    "fugiat", "harum", "illum", "impedit", "ipsa", "iusto", "laboriosam", "laudantium",
    "magnam", "maiores", "minima", "molestiae", "nemo", "nesciunt", "nihil", "nobis",
    "numquam", "odio", "officiis", "omnis", "pariatur", "perferendis", "placeat", "quae",
    "quia", "quibusdam", "quidem", "quos", "ratione", "recusandae", "repellat", "rerum",
    "saepe", "sapiente", "sequi", "similique", "sint", "suscipit", "tempora", "tenetur",
    "ullam", "unde", "velit", "veniam", "veritatis", "voluptas", "voluptatem",
];

/// (MIME type, extensions). The file-type family draws from this table.
#[rustfmt::skip]
pub(super) const MIME_TYPES: &[(&str, &[&str])] = &[
    ("application/pdf", &["pdf"]),
    ("application/json", &["json", "map"]),
    ("application/zip", &["zip"]),
    ("application/gzip", &["gz"]),
    ("application/xml", &["xml", "xsl"]),
    ("application/msword", &["doc", "dot"]),
    ("application/vnd.ms-excel", &["xls", "xlm", "xla", "xlc", "xlt", "xlw"]),
    ("application/vnd.oasis.opendocument.text", &["odt"]),
    ("application/x-sh", &["sh"]),
    ("application/x-tar", &["tar"]),
    ("application/epub+zip", &["epub"]),
    ("audio/mpeg", &["mpga", "mp2", "mp2a", "mp3", "m2a", "m3a"]),
    ("audio/wav", &["wav"]),
    ("audio/ogg", &["oga", "ogg", "spx", "opus"]),
    ("audio/midi", &["mid", "midi", "kar", "rmi"]),
    ("font/woff2", &["woff2"]),
    ("font/ttf", &["ttf"]),
    ("image/png", &["png"]),
    ("image/jpeg", &["jpeg", "jpg", "jpe"]),
    ("image/gif", &["gif"]),
    ("image/svg+xml", &["svg", "svgz"]),
    ("image/webp", &["webp"]),
    ("image/bmp", &["bmp"]),
    ("message/rfc822", &["eml", "mime"]),
    ("model/gltf+json", &["gltf"]),
    ("model/stl", &["stl"]),
    ("text/html", &["html", "htm", "shtml"]),
    ("text/css", &["css"]),
    ("text/csv", &["csv"]),
    ("text/plain", &["txt", "text", "conf", "def", "list", "log", "in", "ini"]),
    ("text/calendar", &["ics", "ifb"]),
    ("video/mp4", &["mp4", "mp4v", "mpg4"]),
    ("video/mpeg", &["mpeg", "mpg", "mpe", "m1v", "m2v"]),
    ("video/webm", &["webm"]),
    ("video/quicktime", &["qt", "mov"]),
];

/// The MIME types faker treats as common (`commonFileExt`).
#[rustfmt::skip]
pub(super) const COMMON_MIME_TYPES: &[&str] = &[
    "application/pdf", "audio/mpeg", "audio/wav", "image/png", "image/jpeg", "image/gif",
    "video/mp4", "video/mpeg", "text/html",
];

pub(super) const COMMON_FILE_TYPES: &[&str] = &["video", "audio", "image", "text", "application"];

/// IBAN layouts: country code and BBAN pattern (`n` digit, `a` upper-case letter, `c` either).
#[rustfmt::skip]
pub(super) const IBAN_FORMATS: &[(&str, &str)] = &[
    ("DE", "nnnnnnnnnnnnnnnnnn"),
    ("GB", "aaaannnnnnnnnnnnnn"),
    ("NL", "aaaannnnnnnnnn"),
    ("FR", "nnnnnnnnnncccccccccccnn"),
    ("ES", "nnnnnnnnnnnnnnnnnnnn"),
    ("IT", "annnnnnnnnncccccccccccc"),
    ("BE", "nnnnnnnnnnnn"),
    ("CH", "nnnnncccccccccccc"),
    ("NO", "nnnnnnnnnnn"),
    ("PL", "nnnnnnnnnnnnnnnnnnnnnnnn"),
];
