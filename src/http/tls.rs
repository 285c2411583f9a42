//! TLS client configuration: trusted roots (bundled Mozilla roots plus `--ssl-extra-ca-certs`),
//! the client certificate, and `--insecure`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

/// TLS options from the command line.
#[derive(Debug, Clone, Default)]
pub struct TlsOptions {
    /// `--ssl-extra-ca-certs` files (and the CA of an in-process emulator).
    pub extra_ca: Vec<PathBuf>,
    /// Extra trusted certificates given in memory (PEM), e.g. an in-process emulator's CA.
    pub extra_ca_pem: Vec<String>,
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
    pub client_passphrase: Option<String>,
}

/// A TLS setup problem, reported before any request is sent.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TlsError(pub String);

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn read_certs(path: &Path, flag: &str) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let certs: Vec<_> = CertificateDer::pem_file_iter(path)
        .map_err(|e| TlsError(format!("{flag} {}: {e}", path.display())))?
        .collect::<Result<_, _>>()
        .map_err(|e| TlsError(format!("{flag} {}: {e}", path.display())))?;
    if certs.is_empty() {
        return Err(TlsError(format!(
            "{flag} {}: no PEM certificate found",
            path.display()
        )));
    }
    Ok(certs)
}

/// Builds the rustls configuration; `insecure` disables server certificate checks.
pub fn client_config(opts: &TlsOptions, insecure: bool) -> Result<ClientConfig, TlsError> {
    let builder = ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError(e.to_string()))?;
    let builder = if insecure {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AcceptAll(provider())))
    } else {
        let mut roots = RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let mut pinned = Vec::new();
        for pem in &opts.extra_ca_pem {
            for cert in CertificateDer::pem_slice_iter(pem.as_bytes()).flatten() {
                let _ = roots.add(cert.clone());
                pinned.push(cert);
            }
        }
        for ca in &opts.extra_ca {
            for cert in read_certs(ca, "--ssl-extra-ca-certs")? {
                // A self-signed server certificate cannot be a webpki trust anchor when it is
                // marked as a CA; it is still trusted as exactly that certificate.
                let _ = roots.add(cert.clone());
                pinned.push(cert);
            }
        }
        let webpki = rustls::client::WebPkiServerVerifier::builder_with_provider(
            Arc::new(roots),
            provider(),
        )
        .build()
        .map_err(|e| TlsError(format!("TLS roots: {e}")))?;
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(ExtraTrust { webpki, pinned }))
    };
    let config = match (&opts.client_cert, &opts.client_key) {
        (Some(cert), key) => {
            let chain = read_certs(cert, "--ssl-client-cert")?;
            let key_path = key.as_ref().unwrap_or(cert);
            let key = read_key(key_path, opts.client_passphrase.as_deref())?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| TlsError(format!("--ssl-client-cert {}: {e}", cert.display())))?
        }
        (None, Some(_)) => {
            return Err(TlsError("--ssl-client-key needs --ssl-client-cert".into()));
        }
        (None, None) => builder.with_no_client_auth(),
    };
    Ok(config)
}

fn read_key(path: &Path, passphrase: Option<&str>) -> Result<PrivateKeyDer<'static>, TlsError> {
    let err = |m: String| TlsError(format!("--ssl-client-key {}: {m}", path.display()));
    let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
    if text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") {
        let Some(pass) = passphrase else {
            return Err(err(
                "the key is encrypted; give its passphrase with --ssl-client-passphrase".into(),
            ));
        };
        return decrypt_pkcs8(&text, pass).map_err(err);
    }
    if text.contains("Proc-Type: 4,ENCRYPTED") {
        return Err(err(
            "legacy OpenSSL-encrypted keys are not supported; convert it with `openssl pkcs8 -topk8 -in KEY -out NEW.pem`"
                .into(),
        ));
    }
    PrivateKeyDer::from_pem_slice(text.as_bytes()).map_err(|e| err(e.to_string()))
}

/// Decrypts a PKCS#8 `ENCRYPTED PRIVATE KEY` (PBES2) with `passphrase`.
fn decrypt_pkcs8(pem: &str, passphrase: &str) -> Result<PrivateKeyDer<'static>, String> {
    use pkcs8::der::Decode;
    let start = pem
        .find("-----BEGIN ENCRYPTED PRIVATE KEY-----")
        .unwrap_or(0);
    let (label, doc) = pkcs8::SecretDocument::from_pem(&pem[start..]).map_err(|e| e.to_string())?;
    if label != "ENCRYPTED PRIVATE KEY" {
        return Err(format!("unexpected PEM section {label:?}"));
    }
    let info =
        pkcs8::EncryptedPrivateKeyInfo::from_der(doc.as_bytes()).map_err(|e| e.to_string())?;
    let plain = info.decrypt(passphrase).map_err(|_| {
        "cannot decrypt the key: wrong passphrase or unsupported cipher".to_string()
    })?;
    Ok(PrivateKeyDer::Pkcs8(plain.as_bytes().to_vec().into()))
}

/// Standard webpki verification, plus the exact certificates given with
/// `--ssl-extra-ca-certs` accepted as server certificates (self-signed servers, as Node does).
#[derive(Debug)]
struct ExtraTrust {
    webpki: Arc<rustls::client::WebPkiServerVerifier>,
    pinned: Vec<CertificateDer<'static>>,
}

impl ServerCertVerifier for ExtraTrust {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self
            .webpki
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Ok(v) => Ok(v),
            Err(e) => {
                if self
                    .pinned
                    .iter()
                    .any(|p| p.as_ref() == end_entity.as_ref())
                {
                    Ok(ServerCertVerified::assertion())
                } else {
                    Err(e)
                }
            }
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.webpki.supported_verify_schemes()
    }
}

/// The verifier behind `--insecure` / `strictSSL: false`.
#[derive(Debug)]
struct AcceptAll(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for AcceptAll {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encrypted_pem(password: &str) -> (String, Vec<u8>) {
        use pkcs8::der::Decode;
        let key = rcgen::KeyPair::generate().expect("key");
        let der = key.serialize_der();
        let info = pkcs8::PrivateKeyInfo::from_der(&der).expect("pkcs8");
        let params =
            pkcs8::pkcs5::pbes2::Parameters::pbkdf2_sha256_aes256cbc(2048, b"saltsalt", &[7u8; 16])
                .expect("params");
        let enc = info.encrypt_with_params(params, password).expect("encrypt");
        (
            enc.to_pem("ENCRYPTED PRIVATE KEY", Default::default())
                .expect("pem")
                .to_string(),
            der,
        )
    }

    #[test]
    fn encrypted_pkcs8_key_is_decrypted_with_the_passphrase() {
        let (pem, der) = encrypted_pem("open sesame");
        let key = decrypt_pkcs8(&pem, "open sesame").expect("decrypts");
        assert_eq!(key.secret_der(), der.as_slice());
    }

    #[test]
    fn wrong_passphrase_is_a_clear_error() {
        let (pem, _) = encrypted_pem("open sesame");
        let e = decrypt_pkcs8(&pem, "nope").expect_err("must fail");
        assert!(e.contains("wrong passphrase"), "{e}");
    }
}
