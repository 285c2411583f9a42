//! The emulator's certificates: a CA generated at start, and a server certificate it signs for
//! `localhost`, `127.0.0.1`, `::1` and the `--host` name. Clients trust the CA (written as PEM;
//! `--ssl-extra-ca-certs` in courier); a self-signed leaf that is also a CA would be refused by
//! webpki-based clients, hence the two certificates.

use std::net::IpAddr;
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::ServerConfig;

/// What TLS serving needs.
pub(crate) struct Generated {
    /// The CA certificate, PEM.
    pub ca_pem: String,
    pub server_config: Arc<ServerConfig>,
}

fn err(what: &str, e: impl std::fmt::Display) -> String {
    format!("cannot generate the TLS certificate ({what}): {e}")
}

/// The names the server certificate covers: the loopback names, plus `host` when it is a
/// specific name or address.
fn subject_names(host: &str) -> Vec<String> {
    let mut names: Vec<String> = ["localhost", "127.0.0.1", "::1"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let specific = match host.parse::<IpAddr>() {
        Ok(ip) => !ip.is_unspecified(),
        Err(_) => !host.is_empty(),
    };
    if specific && !names.iter().any(|n| n.eq_ignore_ascii_case(host)) {
        names.push(host.to_string());
    }
    names
}

/// Generates the CA and the server certificate, and the rustls configuration serving them.
pub(crate) fn generate(host: &str) -> Result<Generated, String> {
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(|e| err("CA", e))?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "courier mock leanix CA");
    ca_params
        .distinguished_name
        .push(DnType::OrganizationName, "courier");
    ca_params.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
    ];
    let ca_key = KeyPair::generate().map_err(|e| err("CA key", e))?;
    let ca_cert = ca_params.self_signed(&ca_key).map_err(|e| err("CA", e))?;
    let ca_pem = ca_cert.pem();
    let ca_der = ca_cert.der().clone();
    let issuer = Issuer::new(ca_params, ca_key);

    let names = subject_names(host);
    let mut leaf_params = CertificateParams::new(names.clone()).map_err(|e| err("names", e))?;
    leaf_params
        .distinguished_name
        .push(DnType::CommonName, names[0].as_str());
    leaf_params.use_authority_key_identifier_extension = true;
    leaf_params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    leaf_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let leaf_key = KeyPair::generate().map_err(|e| err("server key", e))?;
    let leaf_cert = leaf_params
        .signed_by(&leaf_key, &issuer)
        .map_err(|e| err("server certificate", e))?;

    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der()));
    let chain: Vec<CertificateDer<'static>> = vec![leaf_cert.der().clone(), ca_der];
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| err("protocols", e))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| err("server configuration", e))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Generated {
        ca_pem,
        server_config: Arc::new(config),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cover_loopback_and_specific_hosts() {
        assert_eq!(
            subject_names("127.0.0.1"),
            ["localhost", "127.0.0.1", "::1"]
        );
        assert_eq!(subject_names("0.0.0.0"), ["localhost", "127.0.0.1", "::1"]);
        assert_eq!(subject_names("[::]"), ["localhost", "127.0.0.1", "::1"]);
        assert_eq!(
            subject_names("mock.test"),
            ["localhost", "127.0.0.1", "::1", "mock.test"]
        );
    }

    #[test]
    fn generates_a_chain() {
        let g = generate("localhost").expect("generate");
        assert!(g.ca_pem.starts_with("-----BEGIN CERTIFICATE-----"));
    }
}
