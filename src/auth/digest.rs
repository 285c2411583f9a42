//! HTTP Digest auth (RFC 7616): parsing a `WWW-Authenticate` challenge and computing the
//! `Authorization` answer for MD5, SHA-256 and their `-sess` variants.

use md5::Md5;
use sha2::{Digest, Sha256};

/// Digest parameters, from the collection or learnt from a challenge.
#[derive(Clone, Default, PartialEq)]
pub struct DigestParams {
    pub username: String,
    pub password: String,
    pub realm: String,
    pub nonce: String,
    pub algorithm: String,
    pub qop: String,
    pub nonce_count: String,
    pub client_nonce: String,
    pub opaque: String,
}

impl std::fmt::Debug for DigestParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the password.
        f.debug_struct("DigestParams")
            .field("username", &self.username)
            .field("realm", &self.realm)
            .field("nonce_count", &self.nonce_count)
            .finish_non_exhaustive()
    }
}

/// Fills realm, nonce, qop, opaque and algorithm from a `WWW-Authenticate: Digest …` header.
/// Returns false when the header is not a digest challenge.
pub fn learn_challenge(params: &mut DigestParams, header: &str) -> bool {
    let h = header.trim();
    if h.len() < 7 || !h[..7].eq_ignore_ascii_case("digest ") {
        return false;
    }
    if params.client_nonce.is_empty() {
        // Kept with the learnt state, so later requests reuse it (as postman-runtime does).
        params.client_nonce = uuid::Uuid::new_v4().simple().to_string()[..8].to_string();
    }
    for (k, v) in parse_pairs(&h[7..]) {
        match k.to_ascii_lowercase().as_str() {
            "realm" => params.realm = v,
            "nonce" => params.nonce = v,
            "opaque" => params.opaque = v,
            "algorithm" if params.algorithm.is_empty() => params.algorithm = v,
            "qop" => {
                // Prefer "auth" when the server offers several.
                let offered: Vec<&str> = v.split(',').map(str::trim).collect();
                params.qop = if offered.contains(&"auth") {
                    "auth".into()
                } else {
                    offered.first().map(|s| s.to_string()).unwrap_or_default()
                };
            }
            _ => {}
        }
    }
    true
}

fn parse_pairs(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i] == b' ' || b[i] == b',') {
            i += 1;
        }
        let ks = i;
        while i < b.len() && b[i] != b'=' && b[i] != b',' {
            i += 1;
        }
        let key = s[ks..i].trim().to_string();
        if i >= b.len() || b[i] == b',' {
            if !key.is_empty() {
                out.push((key, String::new()));
            }
            continue;
        }
        i += 1;
        let value = if b.get(i) == Some(&b'"') {
            i += 1;
            let mut v = String::new();
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' && i + 1 < b.len() {
                    i += 1;
                }
                let ch_end = next_char_end(s, i);
                v.push_str(&s[i..ch_end]);
                i = ch_end;
            }
            i += 1;
            v
        } else {
            let vs = i;
            while i < b.len() && b[i] != b',' {
                i += 1;
            }
            s[vs..i].trim().to_string()
        };
        out.push((key, value));
    }
    out
}

fn next_char_end(s: &str, i: usize) -> usize {
    let mut j = i + 1;
    while j < s.len() && !s.is_char_boundary(j) {
        j += 1;
    }
    j
}

fn hash(algorithm: &str, data: &str) -> String {
    let upper = algorithm.to_ascii_uppercase();
    if upper.starts_with("SHA-256") {
        hex(&Sha256::digest(data.as_bytes()))
    } else {
        hex(&Md5::digest(data.as_bytes()))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The `Authorization` header value answering the challenge in `p` for one request.
pub fn authorization(p: &DigestParams, method: &str, uri: &str, body: &[u8]) -> String {
    let algorithm = if p.algorithm.is_empty() {
        "MD5"
    } else {
        p.algorithm.as_str()
    };
    let nc = if p.nonce_count.is_empty() {
        "00000001".to_string()
    } else {
        p.nonce_count.clone()
    };
    let cnonce = if p.client_nonce.is_empty() {
        uuid::Uuid::new_v4().simple().to_string()[..8].to_string()
    } else {
        p.client_nonce.clone()
    };
    let mut ha1 = hash(
        algorithm,
        &format!("{}:{}:{}", p.username, p.realm, p.password),
    );
    if algorithm.to_ascii_lowercase().ends_with("-sess") {
        ha1 = hash(algorithm, &format!("{ha1}:{}:{cnonce}", p.nonce));
    }
    let ha2 = if p.qop == "auth-int" {
        let body_hash = if algorithm.to_ascii_uppercase().starts_with("SHA-256") {
            hex(&Sha256::digest(body))
        } else {
            hex(&Md5::digest(body))
        };
        hash(algorithm, &format!("{method}:{uri}:{body_hash}"))
    } else {
        hash(algorithm, &format!("{method}:{uri}"))
    };
    let response = if p.qop.is_empty() {
        hash(algorithm, &format!("{ha1}:{}:{ha2}", p.nonce))
    } else {
        hash(
            algorithm,
            &format!("{ha1}:{}:{nc}:{cnonce}:{}:{ha2}", p.nonce, p.qop),
        )
    };
    let mut out = format!(
        "Digest username=\"{}\", realm=\"{}\", nonce=\"{}\", uri=\"{uri}\", algorithm=\"{algorithm}\"",
        p.username, p.realm, p.nonce
    );
    if !p.qop.is_empty() {
        out.push_str(&format!(", qop={}, nc={nc}, cnonce=\"{cnonce}\"", p.qop));
    }
    out.push_str(&format!(", response=\"{response}\""));
    if !p.opaque.is_empty() {
        out.push_str(&format!(", opaque=\"{}\"", p.opaque));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc2617_example_response_is_computed() {
        // The worked example of RFC 2617 §3.5.
        let mut p = DigestParams {
            username: "Mufasa".into(),
            password: "Circle Of Life".into(),
            client_nonce: "0a4f113b".into(),
            ..Default::default()
        };
        assert!(learn_challenge(
            &mut p,
            r#"Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41""#
        ));
        let h = authorization(&p, "GET", "/dir/index.html", b"");
        assert!(
            h.contains("response=\"6629fae49393a05397450978507c4ef1\""),
            "{h}"
        );
        assert!(h.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""));
    }

    fn rfc7616(algorithm: &str) -> String {
        let p = DigestParams {
            username: "Mufasa".into(),
            password: "Circle of Life".into(),
            realm: "http-auth@example.org".into(),
            nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v".into(),
            qop: "auth".into(),
            client_nonce: "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ".into(),
            algorithm: algorithm.into(),
            ..Default::default()
        };
        authorization(&p, "GET", "/dir/index.html", b"")
    }

    #[test]
    fn rfc7616_sha256_example_response_is_computed() {
        let h = rfc7616("SHA-256");
        assert!(
            h.contains(
                "response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\""
            ),
            "{h}"
        );
        assert!(h.contains("algorithm=\"SHA-256\""));
    }

    #[test]
    fn sha256_sess_hashes_the_nonces_into_ha1() {
        let h = rfc7616("SHA-256-sess");
        assert!(
            h.contains(
                "response=\"2fd51b3a77ad75bad6afad6003e818d767133c46d9e2749e7f5232ae1ea3efd7\""
            ),
            "{h}"
        );
    }

    #[test]
    fn non_digest_challenge_is_ignored() {
        let mut p = DigestParams::default();
        assert!(!learn_challenge(&mut p, "Basic realm=\"x\""));
    }
}
