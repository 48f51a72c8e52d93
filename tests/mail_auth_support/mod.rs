//! mail-auth as the oracle and the signer, with no network: its TXT cache is
//! filled from one of our zones, so its verifiers read the same DNS we do.
//! Shared by the DKIM, ARC and helpdesk tests (`mod mail_auth_support;`).
#![allow(dead_code)]

use headerscope::dns::zone::Zone;
use headerscope::dns::RData;
use mail_auth::arc::ArcSealer;
use mail_auth::common::crypto::{Ed25519Key, RsaKey, Sha256, SigningKey};
use mail_auth::common::headers::HeaderWriter;
use mail_auth::common::parse::TxtRecordParser;
use mail_auth::common::verify::DomainKey;
use mail_auth::dkim::generate::DkimKeyPair;
use mail_auth::dkim::DkimSigner;
use mail_auth::dmarc::verify::DmarcParameters;
use mail_auth::dmarc::Dmarc;
use mail_auth::spf::verify::SpfParameters;
use mail_auth::spf::Spf;
use mail_auth::{
    AuthenticatedMessage, AuthenticationResults, MessageAuthenticator, Parameters, ResolverCache,
    Txt,
};
use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;

/// mail-auth's TXT cache. The zone is the whole DNS of a test, so a name that is not
/// in it answers NXDOMAIN (3) from the cache: a miss must never reach for the network
/// (the DMARC tree walk asks for `_dmarc.com` and the like).
pub struct Cache(Mutex<HashMap<Box<str>, Txt>>);

impl ResolverCache<Box<str>, Txt> for Cache {
    fn get<Q>(&self, k: &Q) -> Option<Txt>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        Some(
            self.0
                .lock()
                .unwrap()
                .get(k)
                .cloned()
                .unwrap_or(Txt::Error(mail_auth::Error::Dns(
                    mail_auth::DnsError::RecordNotFound(3),
                ))),
        )
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

impl Key {
    /// The message with a DKIM-Signature by `selector._domainkey.domain` on top.
    pub fn dkim_sign(&self, domain: &str, selector: &str, headers: &[&str], msg: &str) -> String {
        let sig = match self {
            Key::Rsa(_) => DkimSigner::from_key(self.rsa_signer().unwrap())
                .domain(domain)
                .selector(selector)
                .headers(headers.iter().copied())
                .sign(msg.as_bytes()),
            Key::Ed(_) => DkimSigner::from_key(self.ed_signer().unwrap())
                .domain(domain)
                .selector(selector)
                .headers(headers.iter().copied())
                .sign(msg.as_bytes()),
        }
        .unwrap();
        format!("{}{msg}", sig.to_header())
    }
}

/// The SMTP session an intermediary received the message in, for its SPF and DMARC checks.
pub struct Session<'a> {
    pub ip: IpAddr,
    pub helo: &'a str,
    pub mail_from: &'a str,
}

/// What an ARC intermediary does (RFC 8617 §5.1): verify the message as received with
/// mail-auth (DKIM and ARC; SPF and DMARC too when the session is given), record that
/// in the ARC-Authentication-Results, apply its own change (`modify`: a list's Subject
/// tag and footer), and seal what it sends on.
pub struct Intermediary<'a> {
    pub domain: &'a str,
    pub selector: &'a str,
    pub authserv_id: &'a str,
    pub session: Option<Session<'a>>,
    /// Seconds until the AMS expires (`x=`), none when `None`.
    pub expiration: Option<u64>,
}

impl Intermediary<'_> {
    pub fn seal(
        &self,
        key: &Key,
        cache: &Cache,
        raw: &str,
        modify: impl Fn(&str) -> String,
    ) -> String {
        match key {
            Key::Rsa(_) => self.seal_with(key.rsa_signer().unwrap(), cache, raw, modify),
            Key::Ed(_) => self.seal_with(key.ed_signer().unwrap(), cache, raw, modify),
        }
    }

    fn seal_with<T: SigningKey<Hasher = Sha256>>(
        &self,
        key: T,
        cache: &Cache,
        raw: &str,
        modify: impl Fn(&str) -> String,
    ) -> String {
        let auth = MessageAuthenticator::new_doh_cloudflare();
        let rt = runtime();
        let msg = AuthenticatedMessage::parse(raw.as_bytes()).unwrap();
        let from_domain = msg
            .from()
            .rsplit_once('@')
            .map(|(_, d)| d.to_string())
            .unwrap_or_default();
        let dkim = rt.block_on(auth.verify_dkim(Parameters::new(&msg).with_txt_cache(cache)));
        let arc_out = rt.block_on(auth.verify_arc(Parameters::new(&msg).with_txt_cache(cache)));
        let mut aar =
            AuthenticationResults::new(self.authserv_id).with_dkim_results(&dkim, &from_domain);
        if let Some(s) = &self.session {
            let spf = rt.block_on(
                auth.verify_spf(
                    Parameters::new(SpfParameters::verify_mail_from(
                        s.ip,
                        s.helo,
                        self.authserv_id,
                        s.mail_from,
                    ))
                    .with_txt_cache(cache),
                ),
            );
            let mail_from_domain = s
                .mail_from
                .rsplit_once('@')
                .map(|(_, d)| d)
                .unwrap_or(s.helo);
            let dmarc = rt.block_on(
                auth.verify_dmarc(
                    Parameters::new(DmarcParameters::new(&msg, &dkim, mail_from_domain, &spf))
                        .with_txt_cache(cache),
                ),
            );
            aar = aar
                .with_spf_mailfrom_result(&spf, s.ip, s.mail_from, s.helo)
                .with_dmarc_result(&dmarc);
        }
        let sent = modify(raw);
        let sent_msg = AuthenticatedMessage::parse(sent.as_bytes()).unwrap();
        let mut sealer = ArcSealer::from_key(key)
            .domain(self.domain)
            .selector(self.selector)
            .headers([
                "From",
                "To",
                "Subject",
                "Date",
                "Message-ID",
                "DKIM-Signature",
            ]);
        if let Some(x) = self.expiration {
            sealer = sealer.expiration(x);
        }
        let set = sealer.seal(&sent_msg, &aar, &arc_out).unwrap();
        format!("{}{sent}", set.to_header())
    }
}
