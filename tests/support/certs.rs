//! Throw-away PKI for the TLS test servers: a CA with a server certificate for
//! `localhost` / `127.0.0.1` / `::1`, and a second CA with a client certificate
//! (for `--ssl-client-cert` / `--ssl-client-key` tests). Everything is generated
//! fresh with rcgen (ECDSA P-256) and written as PEM files into a unique
//! directory under `CARGO_TARGET_TMPDIR`, which is removed again when the
//! owning [`Pki`] is dropped.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rcgen::{
    BasicConstraints, Certificate, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// One generated certificate with its key, in PEM and DER.
pub struct Issued {
    pub cert_pem: String,
    pub key_pem: String,
    pub cert_der: CertificateDer<'static>,
    pub key_der: Vec<u8>,
}

impl Issued {
    /// The private key in the form rustls wants.
    pub fn rustls_key(&self) -> PrivateKeyDer<'static> {
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key_der.clone()))
    }
}

/// A CA plus one leaf it signed.
pub struct Chain {
    pub ca: Issued,
    pub leaf: Issued,
}

/// The files written for one TLS server. The directory is deleted on drop.
pub struct Pki {
    pub dir: PathBuf,
    pub server: Chain,
    /// CA certificate that signed the server certificate (what clients trust).
    pub ca_path: PathBuf,
    /// Server leaf certificate alone.
    pub cert_path: PathBuf,
    pub client: Option<Chain>,
    pub client_ca_path: Option<PathBuf>,
    pub client_cert_path: Option<PathBuf>,
    pub client_key_path: Option<PathBuf>,
}

impl Drop for Pki {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn new_ca(name: &str) -> (Issued, Issuer<'static, KeyPair>) {
    let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    params
        .distinguished_name
        .push(DnType::OrganizationName, "courier tests");
    params.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
    ];
    let key = KeyPair::generate().expect("generate CA key");
    let cert = params.self_signed(&key).expect("self-sign CA");
    let issued = issued(&cert, &key);
    (issued, Issuer::new(params, key))
}

fn new_leaf(
    issuer: &Issuer<'static, KeyPair>,
    cn: &str,
    sans: &[&str],
    purpose: ExtendedKeyUsagePurpose,
) -> Issued {
    let sans: Vec<String> = sans.iter().map(|s| s.to_string()).collect();
    let mut params = CertificateParams::new(sans).expect("leaf params");
    params.distinguished_name.push(DnType::CommonName, cn);
    params.use_authority_key_identifier_extension = true;
    params.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    params.extended_key_usages = vec![purpose];
    let key = KeyPair::generate().expect("generate leaf key");
    let cert = params.signed_by(&key, issuer).expect("sign leaf");
    issued(&cert, &key)
}

fn issued(cert: &Certificate, key: &KeyPair) -> Issued {
    Issued {
        cert_pem: cert.pem(),
        key_pem: key.serialize_pem(),
        cert_der: cert.der().clone(),
        key_der: key.serialize_der(),
    }
}

/// CA + server certificate valid for `localhost`, `127.0.0.1` and `::1`.
pub fn server_chain() -> Chain {
    let (ca, issuer) = new_ca("courier test server CA");
    let leaf = new_leaf(
        &issuer,
        "localhost",
        &["localhost", "127.0.0.1", "::1"],
        ExtendedKeyUsagePurpose::ServerAuth,
    );
    Chain { ca, leaf }
}

/// Client CA + client certificate (CN `courier-test-client`).
pub fn client_chain() -> Chain {
    let (ca, issuer) = new_ca("courier test client CA");
    let leaf = new_leaf(
        &issuer,
        "courier-test-client",
        &["courier-test-client"],
        ExtendedKeyUsagePurpose::ClientAuth,
    );
    Chain { ca, leaf }
}

/// A fresh, unique scratch directory under `CARGO_TARGET_TMPDIR`.
pub fn scratch_dir(prefix: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("{prefix}-{}-{n}-{nanos:08x}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create scratch dir under CARGO_TARGET_TMPDIR");
    dir
}

fn write(dir: &Path, name: &str, contents: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write PEM file");
    path
}

/// Generate everything a TLS server needs and write the PEM files.
pub fn generate(with_client: bool) -> Pki {
    let dir = scratch_dir("test-server-tls");
    let server = server_chain();
    let ca_path = write(&dir, "ca.pem", &server.ca.cert_pem);
    let cert_path = write(&dir, "server-cert.pem", &server.leaf.cert_pem);
    write(&dir, "server-key.pem", &server.leaf.key_pem);
    let mut pki = Pki {
        dir,
        server,
        ca_path,
        cert_path,
        client: None,
        client_ca_path: None,
        client_cert_path: None,
        client_key_path: None,
    };
    if with_client {
        let client = client_chain();
        pki.client_ca_path = Some(write(&pki.dir, "client-ca.pem", &client.ca.cert_pem));
        pki.client_cert_path = Some(write(&pki.dir, "client-cert.pem", &client.leaf.cert_pem));
        pki.client_key_path = Some(write(&pki.dir, "client-key.pem", &client.leaf.key_pem));
        pki.client = Some(client);
    }
    pki
}
