//! Keys made fresh for every run, and the signers mail-auth builds from them.

use mail_auth::common::crypto::{Ed25519Key, RsaKey, Sha256};
use mail_auth::dkim::generate::DkimKeyPair;
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs1KeyDer};

pub struct Rsa {
    pub key: RsaKey<Sha256>,
    /// The `p=` value.
    pub public: String,
}

pub fn rsa2048() -> Result<Rsa, String> {
    let pair = DkimKeyPair::generate_rsa(2048).map_err(|e| format!("RSA key: {e}"))?;
    let public = pair.encoded_public_key();
    let (private, _) = pair.into_inner();
    let key =
        RsaKey::<Sha256>::from_key_der(PrivateKeyDer::Pkcs1(PrivatePkcs1KeyDer::from(private)))
            .map_err(|e| format!("RSA key: {e}"))?;
    Ok(Rsa { key, public })
}

pub struct Ed {
    pub key: Ed25519Key,
    pub public: String,
}

pub fn ed25519() -> Result<Ed, String> {
    let pair = DkimKeyPair::generate_ed25519().map_err(|e| format!("Ed25519 key: {e}"))?;
    let public = pair.encoded_public_key();
    let key = Ed25519Key::from_pkcs8_der(pair.private_key())
        .map_err(|e| format!("Ed25519 key: {e}"))?;
    Ok(Ed { key, public })
}

/// A TXT record in zone-file form, split into 255-byte strings.
pub fn txt(name: &str, text: &str) -> String {
    let parts: Vec<String> = text
        .as_bytes()
        .chunks(250)
        .map(|c| format!("\"{}\"", String::from_utf8_lossy(c)))
        .collect();
    format!("{name} 300 IN TXT ( {} )\n", parts.join(" "))
}
