//! Response body decoding (gzip, deflate, br), bounded so that a compression bomb or a huge
//! body cannot exhaust memory.

use std::io::Read;

/// A decoded body and its full decoded size.
pub struct Decoded {
    pub body: Vec<u8>,
    pub size: u64,
    pub truncated: bool,
}

/// Decodes `raw` per `Content-Encoding`, keeping at most `cap` bytes. Unknown encodings and
/// undecodable bodies are returned as they came.
pub fn decode(encoding: Option<&str>, raw: Vec<u8>, cap: usize) -> Decoded {
    let enc = encoding
        .map(|e| e.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let reader: Box<dyn Read + '_> = match enc.as_str() {
        "gzip" | "x-gzip" => Box::new(flate2::read::MultiGzDecoder::new(&raw[..])),
        "deflate" => {
            // Servers send zlib-wrapped or raw deflate; sniff the zlib header.
            if raw.len() >= 2
                && raw[0] & 0x0f == 8
                && (u16::from(raw[0]) << 8 | u16::from(raw[1])) % 31 == 0
            {
                Box::new(flate2::read::ZlibDecoder::new(&raw[..]))
            } else {
                Box::new(flate2::read::DeflateDecoder::new(&raw[..]))
            }
        }
        "br" => Box::new(brotli::Decompressor::new(&raw[..], 8192)),
        _ => {
            let size = raw.len() as u64;
            return Decoded {
                body: raw,
                size,
                truncated: false,
            };
        }
    };
    let mut body = Vec::new();
    let mut limited = reader.take(cap as u64 + 1);
    let outcome = limited.read_to_end(&mut body);
    match outcome {
        Ok(_) => {
            let mut size = body.len() as u64;
            let truncated = body.len() > cap;
            if truncated {
                body.truncate(cap);
                // Count the rest without keeping it.
                let mut rest = limited.into_inner();
                size += std::io::copy(&mut rest, &mut std::io::sink()).unwrap_or(0);
            }
            Decoded {
                body,
                size,
                truncated,
            }
        }
        Err(_) => {
            drop(limited);
            let size = raw.len() as u64;
            Decoded {
                body: raw,
                size,
                truncated: false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn gzip_body_is_decoded() {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(b"hello").unwrap();
        let d = decode(Some("gzip"), e.finish().unwrap(), 100);
        assert_eq!(d.body, b"hello");
    }

    #[test]
    fn decoded_body_is_capped() {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(&vec![b'a'; 10_000]).unwrap();
        let d = decode(Some("gzip"), e.finish().unwrap(), 100);
        assert_eq!(d.body.len(), 100);
        assert!(d.truncated);
        assert_eq!(d.size, 10_000);
    }

    #[test]
    fn unknown_encoding_passes_through() {
        let d = decode(Some("zstd"), b"xyz".to_vec(), 100);
        assert_eq!(d.body, b"xyz");
    }
}
