//! RSA PKCS#1 v1.5 signing for OAuth 1.0a's RSA-SHA1/256/512, computed here with a small
//! Montgomery exponentiation: the signers at hand (ring through rustls) sign neither SHA-1
//! nor keys under 2048 bits, and Node (so Newman) does.

/// RSASSA-PKCS1-v1_5 (what Node's `createSign('RSA-SHA…').sign(key)` makes) of `digest`,
/// the `method` (`RSA-SHA1`, `RSA-SHA256`, `RSA-SHA512`) hash of the data, with a PEM private
/// key, PKCS#1 or PKCS#8, of any size.
pub(super) fn sign(pem: &str, method: &str, digest: &[u8]) -> Result<Vec<u8>, String> {
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::PrivateKeyDer;
    let bad = || "invalid private key".to_string();
    let der = PrivateKeyDer::from_pem_slice(pem.as_bytes()).map_err(|_| bad())?;
    let pkcs1 = match &der {
        PrivateKeyDer::Pkcs1(k) => k.secret_pkcs1_der(),
        // PrivateKeyInfo: version, algorithm, then the PKCS#1 key in an OCTET STRING.
        PrivateKeyDer::Pkcs8(k) => {
            let (_, info, _) = der_item(k.secret_pkcs8_der()).ok_or_else(bad)?;
            let (_, _, rest) = der_item(info).ok_or_else(bad)?;
            let (_, _, rest) = der_item(rest).ok_or_else(bad)?;
            der_item(rest).ok_or_else(bad)?.1
        }
        _ => return Err("the private key is not an RSA key".into()),
    };
    // RSAPrivateKey: version, n, e, d, …
    let (_, mut fields, _) = der_item(pkcs1).ok_or_else(bad)?;
    let mut ints = Vec::new();
    for _ in 0..4 {
        let (tag, int, rest) = der_item(fields).ok_or_else(bad)?;
        if tag != 0x02 {
            return Err(bad());
        }
        ints.push(int);
        fields = rest;
    }
    let (n, d) = (strip_zeros(ints[1]), strip_zeros(ints[3]));
    // DigestInfo: the hash's OID, then its digest.
    let prefix: &[u8] = match method {
        "RSA-SHA1" => &[48, 33, 48, 9, 6, 5, 43, 14, 3, 2, 26, 5, 0, 4, 20],
        "RSA-SHA256" => &[
            48, 49, 48, 13, 6, 9, 96, 134, 72, 1, 101, 3, 4, 2, 1, 5, 0, 4, 32,
        ],
        _ => &[
            48, 81, 48, 13, 6, 9, 96, 134, 72, 1, 101, 3, 4, 2, 3, 5, 0, 4, 64,
        ],
    };
    let k = n.len();
    if n.last().is_none_or(|b| b & 1 == 0) || k < prefix.len() + digest.len() + 11 {
        return Err(bad());
    }
    // EM = 00 01 FF…FF 00 DigestInfo, then EM^d mod n.
    let mut em = vec![0xff; k];
    em[0] = 0;
    em[1] = 1;
    let t = k - prefix.len() - digest.len();
    em[t - 1] = 0;
    em[t..t + prefix.len()].copy_from_slice(prefix);
    em[t + prefix.len()..].copy_from_slice(digest);
    Ok(mod_pow(&em, d, n))
}

/// One DER item: its tag, its content and what follows it.
fn der_item(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n]
            .iter()
            .fold(0usize, |acc, &b| acc << 8 | b as usize);
        (len, &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

fn strip_zeros(b: &[u8]) -> &[u8] {
    let start = b.iter().position(|&x| x != 0).unwrap_or(b.len());
    &b[start..]
}

/// `base^exp mod n` for big-endian numbers (odd `n`, `base < n`), as `n.len()` bytes:
/// Montgomery multiplication over 32-bit limbs.
fn mod_pow(base: &[u8], exp: &[u8], n: &[u8]) -> Vec<u8> {
    let limbs = |b: &[u8], s: usize| {
        let mut out = vec![0u32; s];
        for (i, &byte) in b.iter().rev().enumerate() {
            out[i / 4] |= (byte as u32) << (8 * (i % 4));
        }
        out
    };
    let s = n.len().div_ceil(4);
    let m = limbs(n, s);
    // -m⁻¹ mod 2³² by Newton's iteration.
    let mut inv: u32 = 1;
    for _ in 0..5 {
        inv = inv.wrapping_mul(2u32.wrapping_sub(m[0].wrapping_mul(inv)));
    }
    let m_inv = inv.wrapping_neg();
    // R² mod n, R = 2^(32·s), by doubling 1.
    let mut r2 = vec![0u32; s];
    r2[0] = 1;
    for _ in 0..64 * s {
        let mut carry = 0;
        for limb in r2.iter_mut() {
            let next = *limb >> 31;
            *limb = (*limb << 1) | carry;
            carry = next;
        }
        if carry == 1 || !less(&r2, &m) {
            sub_in_place(&mut r2, &m);
        }
    }
    let mont = |a: &[u32], b: &[u32]| mont_mul(a, b, &m, m_inv);
    let mut one = vec![0u32; s];
    one[0] = 1;
    let x = mont(&limbs(base, s), &r2);
    let mut acc = mont(&one, &r2);
    for byte in exp {
        for bit in (0..8).rev() {
            acc = mont(&acc, &acc);
            if byte >> bit & 1 == 1 {
                acc = mont(&acc, &x);
            }
        }
    }
    let out = mont(&acc, &one);
    (0..n.len())
        .rev()
        .map(|i| (out[i / 4] >> (8 * (i % 4))) as u8)
        .collect()
}

fn less(a: &[u32], b: &[u32]) -> bool {
    a.iter().rev().cmp(b.iter().rev()) == std::cmp::Ordering::Less
}

fn sub_in_place(a: &mut [u32], b: &[u32]) {
    let mut borrow = 0u64;
    for (x, &y) in a.iter_mut().zip(b) {
        let d = (*x as u64).wrapping_sub(y as u64 + borrow);
        *x = d as u32;
        borrow = (d >> 63) & 1;
    }
}

/// Montgomery product `a·b·R⁻¹ mod m` (CIOS).
fn mont_mul(a: &[u32], b: &[u32], m: &[u32], m_inv: u32) -> Vec<u32> {
    let s = m.len();
    let mut t = vec![0u32; s + 2];
    for &bi in b {
        let mut carry = 0u64;
        for j in 0..s {
            let x = t[j] as u64 + a[j] as u64 * bi as u64 + carry;
            t[j] = x as u32;
            carry = x >> 32;
        }
        let x = t[s] as u64 + carry;
        t[s] = x as u32;
        t[s + 1] = (x >> 32) as u32;
        let q = t[0].wrapping_mul(m_inv);
        let mut carry = (t[0] as u64 + q as u64 * m[0] as u64) >> 32;
        for j in 1..s {
            let x = t[j] as u64 + q as u64 * m[j] as u64 + carry;
            t[j - 1] = x as u32;
            carry = x >> 32;
        }
        let x = t[s] as u64 + carry;
        t[s - 1] = x as u32;
        t[s] = t[s + 1] + (x >> 32) as u32;
        t[s + 1] = 0;
    }
    let overflow = t[s] != 0;
    t.truncate(s);
    if overflow || !less(&t, m) {
        sub_in_place(&mut t, m);
    }
    t
}
