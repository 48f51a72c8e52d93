//! Keys made fresh for every run, and the signers mail-auth builds from them.

use mail_auth::crypto::{Ed25519Key, RsaKey, Sha256};
use mail_auth::dkim::generate::DkimKeyPair;
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs1KeyDer};

pub struct Rsa {
    pub key: RsaKey<Sha256>,
    /// The `p=` value.
    pub public: String,
}

pub fn rsa2048() -> Result<Rsa, String> {
    let pair = DkimKeyPair::generate_rsa(2048).map_err(|e| format!("RSA key: {e}"))?;
    let public = spki(&pair.encoded_public_key())?;
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
    let key =
        Ed25519Key::from_pkcs8_der(pair.private_key()).map_err(|e| format!("Ed25519 key: {e}"))?;
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

/// mail-auth's generator publishes the bare PKCS#1 RSAPublicKey; most
/// verifiers also read that, but Node's crypto (npm mailauth) wants the
/// SubjectPublicKeyInfo that `opendkim-genkey` publishes.
pub fn spki(pkcs1_b64: &str) -> Result<String, String> {
    use base64::Engine;
    use rsa::pkcs1::DecodeRsaPublicKey;
    use rsa::pkcs8::EncodePublicKey;
    let b64 = base64::engine::general_purpose::STANDARD;
    let der = b64
        .decode(pkcs1_b64)
        .map_err(|e| format!("public key: {e}"))?;
    let key = rsa::RsaPublicKey::from_pkcs1_der(&der).map_err(|e| format!("public key: {e}"))?;
    let spki = key
        .to_public_key_der()
        .map_err(|e| format!("public key: {e}"))?;
    Ok(b64.encode(spki.as_bytes()))
}
