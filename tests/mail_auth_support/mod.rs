//! mail-auth as the oracle and the signer, with no network: its TXT cache is
//! filled from one of our zones, so its verifiers read the same DNS we do.
//! Shared by the DKIM, ARC and helpdesk tests (`mod mail_auth_support;`).
#![allow(dead_code)]

use headerscope::dns::zone::Zone;
use headerscope::dns::RData;
use mail_auth::arc::ArcSealer;
use mail_auth::crypto::{Ed25519Key, RsaKey, Sha256, SigningKey};
use mail_auth::dkim::generate::DkimKeyPair;
use mail_auth::dkim::{DkimSigner, DomainKey};
use mail_auth::dmarc::verify::DmarcParameters;
use mail_auth::dmarc::DmarcRecord;
use mail_auth::dns::TxtRecordParser;
use mail_auth::headers::HeaderWriter;
use mail_auth::spf::verify::SpfParameters;
use mail_auth::spf::SpfRecord;
use mail_auth::{
    AuthenticatedMessage, AuthenticationResults, DnsCache, DnssecStatus, MessageAuthenticator, Mx,
    Negative, Parameters, RecordSet, ResolverCache, TxtRecord,
};
use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::Mutex;

/// One of mail-auth's caches, filled in advance; a miss answers `miss`, so it
/// never reaches for the network.
pub struct Map<K, V> {
    map: Mutex<HashMap<K, V>>,
    miss: V,
}

impl<K: Hash + Eq, V: Clone> ResolverCache<K, V> for Map<K, V> {
    fn get<Q>(&self, k: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        Some(
            self.map
                .lock()
                .unwrap()
                .get(k)
                .cloned()
                .unwrap_or_else(|| self.miss.clone()),
        )
    }
    fn remove<Q>(&self, k: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.map.lock().unwrap().remove(k)
    }
    fn insert(&self, k: K, v: V, _: web_time::Instant) {
        self.map.lock().unwrap().insert(k, v);
    }
}

type Answer<T> = Result<RecordSet<T>, Negative>;

fn map<K, V>(entries: HashMap<K, V>, miss: V) -> Map<K, V> {
    Map {
        map: Mutex::new(entries),
        miss,
    }
}

fn record_set<T>(records: Vec<T>) -> Answer<T> {
    Ok(RecordSet {
        records: records.into(),
        dnssec_status: DnssecStatus::Indeterminate,
    })
}

/// mail-auth's DNS caches holding one of our zones. The zone is the whole DNS of a
/// test, so a name that is not in it answers NXDOMAIN (3): a miss must never reach
/// for the network (the DMARC tree walk asks for `_dmarc.com` and the like).
pub struct Cache {
    txt: Map<Box<str>, TxtRecord>,
    mx: Map<Box<str>, Answer<Mx>>,
    ipv4: Map<Box<str>, Answer<Ipv4Addr>>,
    ipv6: Map<Box<str>, Answer<Ipv6Addr>>,
    ptr: Map<IpAddr, Answer<Box<str>>>,
}

impl DnsCache for Cache {
    type Txt = Map<Box<str>, TxtRecord>;
    type Mx = Map<Box<str>, Answer<Mx>>;
    type Ipv4 = Map<Box<str>, Answer<Ipv4Addr>>;
    type Ipv6 = Map<Box<str>, Answer<Ipv6Addr>>;
    type Ptr = Map<IpAddr, Answer<Box<str>>>;
    fn txt(&self) -> Option<&Self::Txt> {
        Some(&self.txt)
    }
    fn mx(&self) -> Option<&Self::Mx> {
        Some(&self.mx)
    }
    fn ipv4(&self) -> Option<&Self::Ipv4> {
        Some(&self.ipv4)
    }
    fn ipv6(&self) -> Option<&Self::Ipv6> {
        Some(&self.ipv6)
    }
    fn ptr(&self) -> Option<&Self::Ptr> {
        Some(&self.ptr)
    }
}

impl Cache {
    /// Every record of the zone; TXT parsed the way mail-auth would parse the
    /// answer for that kind of name: SPF, DMARC, or else a DKIM key.
    pub fn from_zone(zone: &Zone) -> Cache {
        let mut txt = HashMap::new();
        let mut a: HashMap<Box<str>, Vec<Ipv4Addr>> = HashMap::new();
        let mut aaaa: HashMap<Box<str>, Vec<Ipv6Addr>> = HashMap::new();
        let mut mx: HashMap<Box<str>, Vec<(u16, String)>> = HashMap::new();
        for r in zone.records() {
            let name: Box<str> = format!("{}.", r.name).into_boxed_str();
            match &r.data {
                RData::Txt(s) => {
                    let text = s.concat();
                    let parsed: Option<TxtRecord> = if text.starts_with("v=spf1") {
                        SpfRecord::parse(text.as_bytes()).ok().map(Into::into)
                    } else if text.starts_with("v=DMARC1") {
                        DmarcRecord::parse(text.as_bytes()).ok().map(Into::into)
                    } else {
                        DomainKey::parse(text.as_bytes()).ok().map(Into::into)
                    };
                    if let Some(t) = parsed {
                        txt.insert(name, t);
                    }
                }
                RData::A(ip) => a.entry(name).or_default().push(*ip),
                RData::Aaaa(ip) => aaaa.entry(name).or_default().push(*ip),
                RData::Mx {
                    preference,
                    exchange,
                } => mx
                    .entry(name)
                    .or_default()
                    .push((*preference, exchange.to_ascii_lowercase())),
                _ => {}
            }
        }
        let nxdomain = Negative { code: 3 };
        let mx = mx
            .into_iter()
            .map(|(name, mut list)| {
                list.sort();
                let mut grouped: Vec<Mx> = Vec::new();
                for (preference, exchange) in list {
                    match grouped.last_mut() {
                        Some(m) if m.preference == preference => {
                            let mut e = m.exchanges.to_vec();
                            e.push(exchange.into_boxed_str());
                            m.exchanges = e.into_boxed_slice();
                        }
                        _ => grouped.push(Mx {
                            exchanges: vec![exchange.into_boxed_str()].into_boxed_slice(),
                            preference,
                        }),
                    }
                }
                (name, record_set(grouped))
            })
            .collect();
        Cache {
            txt: map(
                txt,
                TxtRecord::Error(mail_auth::Error::Dns(mail_auth::DnsError::RecordNotFound(
                    3,
                ))),
            ),
            mx: map(mx, Err(nxdomain)),
            ipv4: map(
                a.into_iter().map(|(k, v)| (k, record_set(v))).collect(),
                Err(nxdomain),
            ),
            ipv6: map(
                aaaa.into_iter().map(|(k, v)| (k, record_set(v))).collect(),
                Err(nxdomain),
            ),
            ptr: map(HashMap::new(), Err(nxdomain)),
        }
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
            .first_from_address()
            .rsplit_once('@')
            .map(|(_, d)| d.to_string())
            .unwrap_or_default();
        let dkim = rt.block_on(auth.verify_dkim(Parameters::new(&msg).with_cache(cache)));
        let arc_out = rt.block_on(auth.verify_arc(Parameters::new(&msg).with_cache(cache)));
        let mut aar =
            AuthenticationResults::new(self.authserv_id).with_dkim_results(&dkim, &from_domain);
        if let Some(s) = &self.session {
            let spf = rt.block_on(
                auth.verify_spf(
                    Parameters::new(SpfParameters::mail_from(
                        s.ip,
                        s.helo,
                        self.authserv_id,
                        s.mail_from,
                    ))
                    .with_cache(cache),
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
                        .with_cache(cache),
                ),
            );
            aar = aar
                .with_spf_result(
                    &spf,
                    &SpfParameters::mail_from(s.ip, s.helo, self.authserv_id, s.mail_from),
                )
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
            sealer = sealer.expiration(std::time::Duration::from_secs(x));
        }
        let set = sealer.seal(&sent_msg, &aar, &arc_out).unwrap();
        format!("{}{sent}", set.to_header())
    }
}
