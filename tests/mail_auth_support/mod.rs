//! mail-auth as the oracle and the signer, with no network: its TXT cache is
//! filled from one of our zones, so its verifiers read the same DNS we do.
//! Shared by the DKIM, ARC and helpdesk tests (`mod mail_auth_support;`).
#![allow(dead_code)]

use headerscope::dns::zone::Zone;
use headerscope::dns::RData;
use mail_auth::common::crypto::{Ed25519Key, RsaKey, Sha256};
use mail_auth::common::parse::TxtRecordParser;
use mail_auth::common::verify::DomainKey;
use mail_auth::dkim::generate::DkimKeyPair;
use mail_auth::dmarc::Dmarc;
use mail_auth::spf::Spf;
use mail_auth::{ResolverCache, Txt};
use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;

/// mail-auth's TXT cache. Every name the verifier asks about must be in it:
/// a miss would go to the network, which tests never reach.
pub struct Cache(Mutex<HashMap<Box<str>, Txt>>);

impl ResolverCache<Box<str>, Txt> for Cache {
    fn get<Q>(&self, k: &Q) -> Option<Txt>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.lock().unwrap().get(k).cloned()
    }
    fn remove<Q>(&self, k: &Q) -> Option<Txt>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.lock().unwrap().remove(k)
    }
    fn insert(&self, k: Box<str>, v: Txt, _: std::time::Instant) {
        self.0.lock().unwrap().insert(k, v);
    }
}

impl Cache {
    /// Every TXT record of the zone, parsed the way mail-auth would parse the
    /// answer for that kind of name: SPF, DMARC, or else a DKIM key.
    pub fn from_zone(zone: &Zone) -> Cache {
        let mut map = HashMap::new();
        for r in zone.records() {
            let RData::Txt(s) = &r.data else { continue };
            let text = s.concat();
            let txt: Option<Txt> = if text.starts_with("v=spf1") {
                Spf::parse(text.as_bytes()).ok().map(Into::into)
            } else if text.starts_with("v=DMARC1") {
                Dmarc::parse(text.as_bytes()).ok().map(Into::into)
            } else {
                DomainKey::parse(text.as_bytes()).ok().map(Into::into)
            };
            if let Some(t) = txt {
                map.insert(format!("{}.", r.name).into_boxed_str(), t);
            }
        }
        Cache(Mutex::new(map))
    }
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A signing key made in the test, and the TXT record that publishes it.
pub enum Key {
    Rsa(DkimKeyPair),
    Ed(DkimKeyPair),
}

impl Key {
    /// 2048-bit RSA: slow to generate in debug builds, so make it once per test binary.
    pub fn rsa() -> Key {
        Key::Rsa(DkimKeyPair::generate_rsa(2048).unwrap())
    }

    pub fn ed25519() -> Key {
        Key::Ed(DkimKeyPair::generate_ed25519().unwrap())
    }

    /// `sel._domainkey.domain. IN TXT "v=DKIM1; ..."`, one zone line.
    pub fn zone_line(&self, selector: &str, domain: &str) -> String {
        let (k, pair) = match self {
            Key::Rsa(p) => ("rsa", p),
            Key::Ed(p) => ("ed25519", p),
        };
        format!(
            "{selector}._domainkey.{domain}. IN TXT \"v=DKIM1; k={k}; p={}\"\n",
            pair.encoded_public_key()
        )
    }

    pub fn rsa_signer(&self) -> Option<RsaKey<Sha256>> {
        match self {
            Key::Rsa(p) => {
                let der = rustls_pki_types::PrivateKeyDer::Pkcs1(p.private_key().to_vec().into());
                Some(RsaKey::<Sha256>::from_key_der(der).unwrap())
            }
            Key::Ed(_) => None,
        }
    }

    pub fn ed_signer(&self) -> Option<Ed25519Key> {
        match self {
            Key::Ed(p) => Some(Ed25519Key::from_pkcs8_der(p.private_key()).unwrap()),
            Key::Rsa(_) => None,
        }
    }
}
