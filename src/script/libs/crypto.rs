//! Rust natives behind `require('crypto-js')` (`libs/js/crypto_js.js` and its `_crypto_*`
//! helpers): hash compression, the HMAC iteration chain of PBKDF2, and block ciphers in the
//! modes crypto-js offers. Everything is exchanged as lowercase hex.
//!
//! The JavaScript side keeps crypto-js's object model and its exact word arithmetic (message
//! padding, key schedules, counters); these natives only do the per-block work, so odd inputs
//! (a number passed as a message, a key of 11 bytes) give what crypto-js gives.
//!
//! - `hashBlocks(alg, state, blocks)`: runs the compression function of `alg` over the whole
//!   blocks of `blocks`, starting from `state` (the algorithm's initial value when empty), and
//!   returns the new state in digest byte order. `alg` is one of `md5`, `sha1`, `sha224`,
//!   `sha256`, `sha384`, `sha512`, `ripemd160`, or `keccak:<rate in bytes>` (a 200-byte state).
//! - `hmacChain(alg, iKey, oKey, u, count)`: up to `count` times `u = H(oKey || H(iKey || u))`
//!   (`iKey`/`oKey` are the padded key blocks; a call stops after about 20 ms); returns
//!   `[u, xor of every u produced, rounds done]`.
//! - `blockCipher(kind, key, mode, decrypt, state, data)`: `kind` is `aes` (key:
//!   `"<full rounds>:<round keys>:<inverse round keys>"`, crypto-js's schedules), `des` (8 bytes)
//!   or `tdes` (24 bytes); `mode` one of `ecb`, `cbc`, `cfb`, `ofb`, `ctr`, `ctrgladman`;
//!   `state` the chaining value (iv, previous block, keystream or counter). Returns
//!   `[output, new state]`.

use aes::cipher::generic_array::GenericArray;
use des::cipher::{BlockDecrypt, BlockEncrypt, KeyInit};
use rquickjs::{Ctx, Function, Object};
use sha2::Digest;

use super::{from_hex, to_hex};

/// Adds the crypto natives to `native`.
pub(super) fn install<'js>(ctx: &Ctx<'js>, native: &Object<'js>) -> rquickjs::Result<()> {
    native.set(
        "hashBlocks",
        Function::new(ctx.clone(), |alg: String, state: String, data: String| {
            hash_blocks(&alg, &from_hex(&state), &from_hex(&data))
                .map(|s| to_hex(&s))
                .unwrap_or_default()
        })?,
    )?;
    native.set(
        "hmacChain",
        Function::new(
            ctx.clone(),
            |alg: String, ikey: String, okey: String, u: String, count: f64| {
                let count = if count.is_finite() && count > 0.0 {
                    count.min(u32::MAX as f64) as u32
                } else {
                    0
                };
                let (u, acc, done) = hmac_chain(
                    &alg,
                    &from_hex(&ikey),
                    &from_hex(&okey),
                    from_hex(&u),
                    count,
                );
                vec![to_hex(&u), to_hex(&acc), done.to_string()]
            },
        )?,
    )?;
    native.set(
        "blockCipher",
        Function::new(
            ctx.clone(),
            |kind: String,
             key: String,
             mode: String,
             decrypt: bool,
             state: String,
             data: String| {
                let Some(engine) = Engine::new(&kind, &key) else {
                    return vec![String::new(), String::new()];
                };
                let mut data = from_hex(&data);
                let mut state = from_hex(&state);
                run_mode(&engine, &mode, decrypt, &mut state, &mut data);
                vec![to_hex(&data), to_hex(&state)]
            },
        )?,
    )?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Hashes: raw compression functions

const MD5_IV: [u32; 4] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476];
const RIPEMD_IV: [u32; 5] = [
    0x6745_2301,
    0xefcd_ab89,
    0x98ba_dcfe,
    0x1032_5476,
    0xc3d2_e1f0,
];
const SHA1_IV: [u32; 5] = RIPEMD_IV;
const SHA224_IV: [u32; 8] = [
    0xc105_9ed8,
    0x367c_d507,
    0x3070_dd17,
    0xf70e_5939,
    0xffc0_0b31,
    0x6858_1511,
    0x64f9_8fa7,
    0xbefa_4fa4,
];
const SHA256_IV: [u32; 8] = [
    0x6a09_e667,
    0xbb67_ae85,
    0x3c6e_f372,
    0xa54f_f53a,
    0x510e_527f,
    0x9b05_688c,
    0x1f83_d9ab,
    0x5be0_cd19,
];
const SHA384_IV: [u64; 8] = [
    0xcbbb_9d5d_c105_9ed8,
    0x629a_292a_367c_d507,
    0x9159_015a_3070_dd17,
    0x152f_ecd8_f70e_5939,
    0x6733_2667_ffc0_0b31,
    0x8eb4_4a87_6858_1511,
    0xdb0c_2e0d_64f9_8fa7,
    0x47b5_481d_befa_4fa4,
];
const SHA512_IV: [u64; 8] = [
    0x6a09_e667_f3bc_c908,
    0xbb67_ae85_84ca_a73b,
    0x3c6e_f372_fe94_f82b,
    0xa54f_f53a_5f1d_36f1,
    0x510e_527f_ade6_82d1,
    0x9b05_688c_2b3e_6c1f,
    0x1f83_d9ab_fb41_bd6b,
    0x5be0_cd19_137e_2179,
];

/// Words of `bytes` (big- or little-endian), or `iv` when `bytes` is empty.
fn words32<const N: usize>(bytes: &[u8], iv: [u32; N], big: bool) -> Option<[u32; N]> {
    if bytes.is_empty() {
        return Some(iv);
    }
    if bytes.len() != N * 4 {
        return None;
    }
    let mut out = [0u32; N];
    for (w, c) in out.iter_mut().zip(bytes.chunks_exact(4)) {
        let c = [c[0], c[1], c[2], c[3]];
        *w = if big {
            u32::from_be_bytes(c)
        } else {
            u32::from_le_bytes(c)
        };
    }
    Some(out)
}

fn bytes32(words: &[u32], big: bool) -> Vec<u8> {
    words
        .iter()
        .flat_map(|w| {
            if big {
                w.to_be_bytes()
            } else {
                w.to_le_bytes()
            }
        })
        .collect()
}

/// The state after compressing the whole `block`-sized chunks of `data` (see module docs).
fn hash_blocks(alg: &str, state: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    match alg {
        "md5" => {
            let mut s = words32(state, MD5_IV, false)?;
            data.chunks_exact(64).for_each(|b| md5_compress(&mut s, b));
            Some(bytes32(&s, false))
        }
        "ripemd160" => {
            let mut s = words32(state, RIPEMD_IV, false)?;
            data.chunks_exact(64)
                .for_each(|b| ripemd160_compress(&mut s, b));
            Some(bytes32(&s, false))
        }
        "sha1" => {
            let mut s = words32(state, SHA1_IV, true)?;
            let blocks: Vec<_> = data
                .chunks_exact(64)
                .map(|b| *GenericArray::from_slice(b))
                .collect();
            sha1::compress(&mut s, &blocks);
            Some(bytes32(&s, true))
        }
        "sha224" | "sha256" => {
            let iv = if alg == "sha224" {
                SHA224_IV
            } else {
                SHA256_IV
            };
            let mut s = words32(state, iv, true)?;
            let blocks: Vec<_> = data
                .chunks_exact(64)
                .map(|b| *GenericArray::from_slice(b))
                .collect();
            sha2::compress256(&mut s, &blocks);
            Some(bytes32(&s, true))
        }
        "sha384" | "sha512" => {
            let iv = if alg == "sha384" {
                SHA384_IV
            } else {
                SHA512_IV
            };
            let mut s = iv;
            if !state.is_empty() {
                if state.len() != 64 {
                    return None;
                }
                for (w, c) in s.iter_mut().zip(state.chunks_exact(8)) {
                    *w = u64::from_be_bytes(c.try_into().ok()?);
                }
            }
            let blocks: Vec<_> = data
                .chunks_exact(128)
                .map(|b| *GenericArray::from_slice(b))
                .collect();
            sha2::compress512(&mut s, &blocks);
            Some(s.iter().flat_map(|w| w.to_be_bytes()).collect())
        }
        _ => {
            let rate: usize = alg.strip_prefix("keccak:")?.parse().ok()?;
            if rate == 0 || rate > 200 || rate % 8 != 0 {
                return None;
            }
            let mut s = [0u64; 25];
            if !state.is_empty() {
                if state.len() != 200 {
                    return None;
                }
                for (w, c) in s.iter_mut().zip(state.chunks_exact(8)) {
                    *w = u64::from_le_bytes(c.try_into().ok()?);
                }
            }
            for block in data.chunks_exact(rate) {
                for (w, c) in s.iter_mut().zip(block.chunks_exact(8)) {
                    *w ^= u64::from_le_bytes(c.try_into().ok()?);
                }
                keccak::f1600(&mut s);
            }
            Some(s.iter().flat_map(|w| w.to_le_bytes()).collect())
        }
    }
}

/// MD5's compression function (RFC 1321) over one 64-byte block.
fn md5_compress(state: &mut [u32; 4], block: &[u8]) {
    const SHIFTS: [[u32; 4]; 4] = [
        [7, 12, 17, 22],
        [5, 9, 14, 20],
        [4, 11, 16, 23],
        [6, 10, 15, 21],
    ];
    let x: Vec<u32> = block
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let [mut a, mut b, mut c, mut d] = *state;
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        // The additive constants are the integer parts of |sin(i + 1)| * 2^32.
        let k = (((i + 1) as f64).sin().abs() * 4_294_967_296.0) as u32;
        let sum = a.wrapping_add(f).wrapping_add(k).wrapping_add(x[g]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(sum.rotate_left(SHIFTS[i / 16][i % 4]));
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d]) {
        *s = s.wrapping_add(v);
    }
}

/// RIPEMD-160's compression function over one 64-byte block.
fn ripemd160_compress(state: &mut [u32; 5], block: &[u8]) {
    const R: [u8; 80] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9,
        5, 2, 14, 11, 8, 3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12, 1, 9, 11, 10, 0, 8,
        12, 4, 13, 3, 7, 15, 14, 5, 6, 2, 4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13,
    ];
    const RP: [u8; 80] = [
        5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8,
        12, 4, 9, 1, 2, 15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13, 8, 6, 4, 1, 3, 11,
        15, 0, 5, 12, 2, 13, 9, 7, 10, 14, 12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11,
    ];
    const S: [u8; 80] = [
        11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8, 7, 6, 8, 13, 11, 9, 7, 15, 7, 12,
        15, 9, 11, 7, 13, 12, 11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5, 11, 12, 14,
        15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12, 9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11,
        8, 5, 6,
    ];
    const SP: [u8; 80] = [
        8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6, 9, 13, 15, 7, 12, 8, 9, 11, 7, 7,
        12, 7, 6, 15, 13, 11, 9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5, 15, 5, 8, 11,
        14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8, 8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13,
        11, 11,
    ];
    const K: [u32; 5] = [0, 0x5a82_7999, 0x6ed9_eba1, 0x8f1b_bcdc, 0xa953_fd4e];
    const KP: [u32; 5] = [0x50a2_8be6, 0x5c4d_d124, 0x6d70_3ef3, 0x7a6d_76e9, 0];
    fn f(round: usize, x: u32, y: u32, z: u32) -> u32 {
        match round {
            0 => x ^ y ^ z,
            1 => (x & y) | (!x & z),
            2 => (x | !y) ^ z,
            3 => (x & z) | (y & !z),
            _ => x ^ (y | !z),
        }
    }
    let x: Vec<u32> = block
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let [mut al, mut bl, mut cl, mut dl, mut el] = *state;
    let [mut ar, mut br, mut cr, mut dr, mut er] = *state;
    for j in 0..80 {
        let round = j / 16;
        let t = al
            .wrapping_add(f(round, bl, cl, dl))
            .wrapping_add(x[R[j] as usize])
            .wrapping_add(K[round])
            .rotate_left(S[j] as u32)
            .wrapping_add(el);
        al = el;
        el = dl;
        dl = cl.rotate_left(10);
        cl = bl;
        bl = t;
        let t = ar
            .wrapping_add(f(4 - round, br, cr, dr))
            .wrapping_add(x[RP[j] as usize])
            .wrapping_add(KP[round])
            .rotate_left(SP[j] as u32)
            .wrapping_add(er);
        ar = er;
        er = dr;
        dr = cr.rotate_left(10);
        cr = br;
        br = t;
    }
    let t = state[1].wrapping_add(cl).wrapping_add(dr);
    state[1] = state[2].wrapping_add(dl).wrapping_add(er);
    state[2] = state[3].wrapping_add(el).wrapping_add(ar);
    state[3] = state[4].wrapping_add(al).wrapping_add(br);
    state[4] = state[0].wrapping_add(bl).wrapping_add(cr);
    state[0] = t;
}

// ---------------------------------------------------------------------------------------------
// PBKDF2's inner loop

/// Up to `count` rounds of `u = H(oKey || H(iKey || u))`, stopping early once [`CHAIN_SLICE`]
/// has passed (so a script's time limit can interrupt between calls); returns the last `u`,
/// the xor of every `u` produced and the number of rounds done.
fn hmac_chain(
    alg: &str,
    ikey: &[u8],
    okey: &[u8],
    u: Vec<u8>,
    count: u32,
) -> (Vec<u8>, Vec<u8>, u32) {
    fn chain<D: Digest + Clone>(
        ikey: &[u8],
        okey: &[u8],
        mut u: Vec<u8>,
        count: u32,
    ) -> (Vec<u8>, Vec<u8>, u32) {
        let started = std::time::Instant::now();
        let inner = D::new_with_prefix(ikey);
        let outer = D::new_with_prefix(okey);
        let mut acc = vec![0u8; <D as Digest>::output_size()];
        let mut done = 0;
        while done < count {
            let mid = inner.clone().chain_update(&u).finalize();
            u = outer.clone().chain_update(mid).finalize().to_vec();
            acc.iter_mut().zip(&u).for_each(|(a, b)| *a ^= b);
            done += 1;
            if done % 64 == 0 && started.elapsed() >= CHAIN_SLICE {
                break;
            }
        }
        (u, acc, done)
    }
    match alg {
        "md5" => chain::<md5::Md5>(ikey, okey, u, count),
        "sha1" => chain::<sha1::Sha1>(ikey, okey, u, count),
        "sha224" => chain::<sha2::Sha224>(ikey, okey, u, count),
        "sha256" => chain::<sha2::Sha256>(ikey, okey, u, count),
        "sha384" => chain::<sha2::Sha384>(ikey, okey, u, count),
        "sha512" => chain::<sha2::Sha512>(ikey, okey, u, count),
        "ripemd160" => chain::<ripemd::Ripemd160>(ikey, okey, u, count),
        "keccak224" => chain::<sha3::Keccak224>(ikey, okey, u, count),
        "keccak256" => chain::<sha3::Keccak256>(ikey, okey, u, count),
        "keccak384" => chain::<sha3::Keccak384>(ikey, okey, u, count),
        "keccak512" => chain::<sha3::Keccak512>(ikey, okey, u, count),
        _ => (u, Vec::new(), count),
    }
}

/// How long one `hmacChain` call may run before handing back to the script.
const CHAIN_SLICE: std::time::Duration = std::time::Duration::from_millis(20);

// ---------------------------------------------------------------------------------------------
// Block ciphers

/// A block cipher keyed the way crypto-js keys it.
enum Engine {
    /// AES with crypto-js's (possibly non-standard) schedules: `full` middle rounds, round keys
    /// for encryption and for the equivalent inverse cipher.
    Aes {
        full: usize,
        enc: Vec<[u8; 16]>,
        dec: Vec<[u8; 16]>,
    },
    Des(Box<des::Des>),
    Tdes(Box<des::TdesEde3>),
}

impl Engine {
    fn new(kind: &str, key: &str) -> Option<Engine> {
        match kind {
            "aes" => {
                let mut parts = key.split(':');
                let full: usize = parts.next()?.parse().ok()?;
                let keys = |hex: &str, swap: bool| -> Vec<[u8; 16]> {
                    let bytes = from_hex(hex);
                    // Round keys as needed by `full` rounds; missing words are zero, as
                    // crypto-js reads `undefined` schedule entries as 0.
                    (0..full + 2)
                        .map(|r| {
                            let mut k = [0u8; 16];
                            for (i, b) in k.iter_mut().enumerate() {
                                // crypto-js decrypts with words 1 and 3 of the state swapped.
                                let word = if swap { [0, 3, 2, 1][i / 4] } else { i / 4 };
                                *b = bytes.get(r * 16 + word * 4 + i % 4).copied().unwrap_or(0);
                            }
                            k
                        })
                        .collect()
                };
                let enc = keys(parts.next()?, false);
                let dec = keys(parts.next()?, true);
                Some(Engine::Aes { full, enc, dec })
            }
            "des" => {
                let bytes = from_hex(key);
                let k = bytes.get(..8)?;
                Some(Engine::Des(Box::new(des::Des::new_from_slice(k).ok()?)))
            }
            "tdes" => {
                let bytes = from_hex(key);
                let k = bytes.get(..24)?;
                Some(Engine::Tdes(Box::new(
                    des::TdesEde3::new_from_slice(k).ok()?,
                )))
            }
            _ => None,
        }
    }

    fn block_len(&self) -> usize {
        match self {
            Engine::Aes { .. } => 16,
            _ => 8,
        }
    }

    fn encrypt(&self, block: &mut [u8]) {
        match self {
            Engine::Aes { full, enc, .. } => {
                let b = GenericArray::from_mut_slice(block);
                xor(b, &enc[0]);
                for k in &enc[1..=*full] {
                    aes::hazmat::cipher_round(b, GenericArray::from_slice(k));
                }
                // The last round has no MixColumns: run a full round with a zero key and undo it.
                aes::hazmat::cipher_round(b, &GenericArray::default());
                aes::hazmat::inv_mix_columns(b);
                xor(b, &enc[*full + 1]);
            }
            Engine::Des(c) => c.encrypt_block(GenericArray::from_mut_slice(block)),
            Engine::Tdes(c) => c.encrypt_block(GenericArray::from_mut_slice(block)),
        }
    }

    fn decrypt(&self, block: &mut [u8]) {
        match self {
            Engine::Aes { full, dec, .. } => {
                let b = GenericArray::from_mut_slice(block);
                xor(b, &dec[0]);
                for k in &dec[1..=*full] {
                    aes::hazmat::equiv_inv_cipher_round(b, GenericArray::from_slice(k));
                }
                aes::hazmat::equiv_inv_cipher_round(b, &GenericArray::default());
                aes::hazmat::mix_columns(b);
                xor(b, &dec[*full + 1]);
            }
            Engine::Des(c) => c.decrypt_block(GenericArray::from_mut_slice(block)),
            Engine::Tdes(c) => c.decrypt_block(GenericArray::from_mut_slice(block)),
        }
    }
}

fn xor(block: &mut [u8], other: &[u8]) {
    block.iter_mut().zip(other).for_each(|(a, b)| *a ^= b);
}

/// crypto-js's CTRGladman counter step for one big-endian word: bumps the top byte, or when it
/// is 0xff, clears it and carries through the other three bytes (in increasing order).
fn gladman_word(w: u32) -> u32 {
    if w >> 24 != 0xff {
        return w.wrapping_add(1 << 24);
    }
    let [_, mut b1, mut b2, mut b3] = w.to_be_bytes();
    if b1 != 0xff {
        b1 += 1;
    } else {
        b1 = 0;
        if b2 != 0xff {
            b2 += 1;
        } else {
            b2 = 0;
            b3 = if b3 == 0xff { 0 } else { b3 + 1 };
        }
    }
    u32::from_be_bytes([0, b1, b2, b3])
}

/// Runs `mode` over the whole blocks of `data` in place; `state` is the chaining value (resized
/// to a block, missing bytes zero) and is updated for the next call.
fn run_mode(engine: &Engine, mode: &str, decrypt: bool, state: &mut Vec<u8>, data: &mut [u8]) {
    let n = engine.block_len();
    state.resize(n, 0);
    for block in data.chunks_exact_mut(n) {
        match mode {
            "cbc" if decrypt => {
                let input = block.to_vec();
                engine.decrypt(block);
                xor(block, state);
                state.copy_from_slice(&input);
            }
            "cbc" => {
                xor(block, state);
                engine.encrypt(block);
                state.copy_from_slice(block);
            }
            "cfb" => {
                let input = block.to_vec();
                let mut ks = state.clone();
                engine.encrypt(&mut ks);
                xor(block, &ks);
                state.copy_from_slice(if decrypt { &input } else { block });
            }
            "ofb" => {
                engine.encrypt(state);
                xor(block, state);
            }
            "ctr" => {
                let mut ks = state.clone();
                engine.encrypt(&mut ks);
                xor(block, &ks);
                let last = n - 4;
                let w = u32::from_be_bytes([
                    state[last],
                    state[last + 1],
                    state[last + 2],
                    state[last + 3],
                ]);
                state[last..].copy_from_slice(&w.wrapping_add(1).to_be_bytes());
            }
            "ctrgladman" => {
                let word =
                    |s: &[u8], i: usize| u32::from_be_bytes([s[i], s[i + 1], s[i + 2], s[i + 3]]);
                let w0 = gladman_word(word(state, 0));
                state[..4].copy_from_slice(&w0.to_be_bytes());
                if w0 == 0 {
                    let w1 = gladman_word(word(state, 4));
                    state[4..8].copy_from_slice(&w1.to_be_bytes());
                }
                let mut ks = state.clone();
                engine.encrypt(&mut ks);
                xor(block, &ks);
            }
            _ if decrypt => engine.decrypt(block),
            _ => engine.encrypt(block),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Standard padding of `msg` for a 64-byte-block Merkle–Damgård hash.
    fn pad64(msg: &[u8], big: bool) -> Vec<u8> {
        let mut m = msg.to_vec();
        m.push(0x80);
        while m.len() % 64 != 56 {
            m.push(0);
        }
        let bits = (msg.len() as u64) * 8;
        m.extend(if big {
            bits.to_be_bytes()
        } else {
            bits.to_le_bytes()
        });
        m
    }

    #[test]
    fn md5_and_ripemd160_compressions_match_the_digest_crates() {
        for len in [0usize, 1, 3, 55, 56, 63, 64, 65, 200] {
            let msg: Vec<u8> = (0..len).map(|i| (i * 7 + 3) as u8).collect();
            let got = hash_blocks("md5", &[], &pad64(&msg, false)).unwrap();
            assert_eq!(got, md5::Md5::digest(&msg).to_vec(), "md5 {len}");
            let got = hash_blocks("ripemd160", &[], &pad64(&msg, false)).unwrap();
            assert_eq!(
                got,
                ripemd::Ripemd160::digest(&msg).to_vec(),
                "ripemd {len}"
            );
            let got = hash_blocks("sha1", &[], &pad64(&msg, true)).unwrap();
            assert_eq!(got, sha1::Sha1::digest(&msg).to_vec(), "sha1 {len}");
        }
    }

    #[test]
    fn gladman_counter_carries_through_lower_bytes() {
        assert_eq!(gladman_word(0x0100_0000), 0x0200_0000);
        assert_eq!(gladman_word(0xff00_0000), 0x0001_0000);
        assert_eq!(gladman_word(0xffff_0000), 0x0000_0100);
        assert_eq!(gladman_word(0xffff_ffff), 0);
    }

    #[test]
    fn bad_inputs_give_empty_results_not_panics() {
        assert!(hash_blocks("nope", &[], &[]).is_none());
        assert!(hash_blocks("keccak:7", &[], &[]).is_none());
        assert!(hash_blocks("md5", &[1, 2, 3], &[]).is_none());
        assert!(Engine::new("aes", "x").is_none());
        assert!(Engine::new("des", "00").is_none());
        let e = Engine::new("aes", "0::").unwrap();
        let mut data = vec![0u8; 20];
        run_mode(&e, "ctr", false, &mut Vec::new(), &mut data);
    }
}
