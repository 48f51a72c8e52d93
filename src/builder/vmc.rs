//! The BIMI mark certificate (VMC or CMC) named by the record's `a=`: a PEM
//! file of the certificate and its issuers. Read with a small DER reader
//! (only what the check needs), never trusted for anything but the
//! findings: the chain's order and signatures (RSA; an EC signature is
//! named, not verified), each certificate's validity at `now`, the BIMI
//! extended key usage and the domain among its names, and the logo in its
//! logotype extension (RFC 9399: a `data:` URL of the gzipped SVG) against
//! the SVG the record's `l=` serves, which must be binary equal.

use super::Finding;
use crate::auth::dkim::key::PublicKey;
use crate::i18n::phrases::domain::Domain;
use crate::tr;
use mail_auth::crypto::Algorithm;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Read;

/// Certificates read from one file: a chain is a handful.
const MAX_CERTS: usize = 8;
/// The logo inside, gunzipped: BIMI logos are at most 32 KiB.
const MAX_LOGO_BYTES: u64 = 1024 * 1024;

const OID_EKU: &[u8] = &[0x55, 0x1d, 0x25];
const OID_SAN: &[u8] = &[0x55, 0x1d, 0x11];
const OID_LOGOTYPE: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x01, 0x0c];
const OID_KP_BIMI: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x1f];
const OID_SHA256_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b];
const OID_SHA256: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01];
const OID_CN: &[u8] = &[0x55, 0x04, 0x03];
const OID_O: &[u8] = &[0x55, 0x04, 0x0a];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct VmcCheck {
    /// Leaf first, as in the file.
    pub certificates: Vec<CertSummary>,
    /// The SVG inside the leaf's logotype extension is the SVG served.
    pub logo_matches: Option<bool>,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertSummary {
    pub subject: String,
    pub issuer: String,
    pub not_before: u64,
    pub not_after: u64,
    pub names: Vec<String>,
    pub bimi_usage: bool,
}

/// One certificate as far as the check reads it.
struct Cert<'a> {
    tbs: &'a [u8],
    signature_alg: &'a [u8],
    signature: &'a [u8],
    issuer: &'a [u8],
    subject: &'a [u8],
    spki: &'a [u8],
    not_before: u64,
    not_after: u64,
    extensions: Vec<(&'a [u8], &'a [u8])>,
}

/// Checks the PEM `pem` for `domain` at `now` (unix seconds), and its logo
/// against `svg` when the logo was read.
pub fn check(pem: &str, domain: &str, now: u64, svg: Option<&[u8]>) -> VmcCheck {
    let mut out = VmcCheck::default();
    let ders = pem_blocks(pem);
    if ders.is_empty() {
        out.findings.push(Finding::error(
            "vmc.no-certificate",
            tr!(Domain::VmcNoCertificate),
        ));
        return out;
    }
    let mut certs = Vec::new();
    for (i, der) in ders.iter().enumerate().take(MAX_CERTS) {
        match parse_cert(der) {
            Some(c) => certs.push(c),
            None => {
                out.findings.push(Finding::error(
                    "vmc.malformed",
                    tr!(Domain::VmcMalformed, index = i + 1),
                ));
                return out;
            }
        }
    }
    out.certificates = certs.iter().map(summary).collect();
    chain_findings(&certs, &mut out.findings);
    validity_findings(&certs, now, &mut out.findings);
    leaf_findings(&certs[0], &out.certificates[0], domain, &mut out.findings);
    out.logo_matches = logo_findings(&certs[0], svg, &mut out.findings);
    out
}

fn pem_blocks(pem: &str) -> Vec<Vec<u8>> {
    use base64::Engine;
    let mut out = Vec::new();
    let mut rest = pem;
    while let Some(start) = rest.find("-----BEGIN CERTIFICATE-----") {
        let body_start = start + "-----BEGIN CERTIFICATE-----".len();
        let Some(len) = rest[body_start..].find("-----END CERTIFICATE-----") else {
            break;
        };
        let body: String = rest[body_start..body_start + len]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if let Ok(der) = base64::engine::general_purpose::STANDARD.decode(body) {
            out.push(der);
        }
        rest = &rest[body_start + len..];
        if out.len() > MAX_CERTS {
            break;
        }
    }
    out
}

/// One DER element: its tag, its content and what follows it.
fn tlv(data: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = data.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n]
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | *b as usize);
        (len, &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

/// The whole element (tag and length included): what a signature covers.
fn whole(data: &[u8]) -> Option<(&[u8], &[u8])> {
    let (_, _, rest) = tlv(data)?;
    let used = data.len() - rest.len();
    Some((&data[..used], rest))
}

/// The elements of a SEQUENCE's (or SET's) content.
fn items(mut content: &[u8]) -> Vec<(u8, &[u8])> {
    let mut out = Vec::new();
    while let Some((tag, value, rest)) = tlv(content) {
        out.push((tag, value));
        content = rest;
        if out.len() > 4096 {
            break;
        }
    }
    out
}

fn parse_cert(der: &[u8]) -> Option<Cert<'_>> {
    let (0x30, cert, _) = tlv(der)? else {
        return None;
    };
    let (tbs, rest) = whole(cert)?;
    let (0x30, alg, rest) = tlv(rest)? else {
        return None;
    };
    let (0x03, bits, _) = tlv(rest)? else {
        return None;
    };
    let signature = bits.get(1..)?;
    let (_, alg_oid, _) = tlv(alg)?;
    let (0x30, tbs_content, _) = tlv(tbs)? else {
        return None;
    };
    let mut fields = tbs_content;
    if fields.first() == Some(&0xa0) {
        fields = tlv(fields)?.2;
    }
    let (_, _serial, rest) = tlv(fields)?;
    let (_, _sig_alg, rest) = tlv(rest)?;
    let (issuer, rest) = whole(rest)?;
    let (0x30, validity, rest) = tlv(rest)? else {
        return None;
    };
    let (subject, rest) = whole(rest)?;
    let (spki, mut rest) = whole(rest)?;
    let times = items(validity);
    let not_before = der_time(times.first()?)?;
    let not_after = der_time(times.get(1)?)?;
    let mut extensions = Vec::new();
    while let Some((tag, value, next)) = tlv(rest) {
        if tag == 0xa3 {
            let (_, list, _) = tlv(value)?;
            for (_, ext) in items(list) {
                let parts = items(ext);
                let oid = parts.first()?.1;
                let value = parts.iter().rev().find(|(t, _)| *t == 0x04)?.1;
                extensions.push((oid, value));
            }
        }
        rest = next;
    }
    Some(Cert {
        tbs,
        signature_alg: alg_oid,
        signature,
        issuer,
        subject,
        spki,
        not_before,
        not_after,
        extensions,
    })
}

/// UTCTime (YYMMDDHHMMSSZ) or GeneralizedTime (YYYYMMDDHHMMSSZ) as unix seconds.
fn der_time((tag, value): &(u8, &[u8])) -> Option<u64> {
    let text = std::str::from_utf8(value).ok()?.strip_suffix('Z')?;
    let (year, rest) = match tag {
        0x17 => {
            let yy: i64 = text.get(..2)?.parse().ok()?;
            (if yy < 50 { 2000 + yy } else { 1900 + yy }, text.get(2..)?)
        }
        0x18 => (text.get(..4)?.parse().ok()?, text.get(4..)?),
        _ => return None,
    };
    let num = |r: std::ops::Range<usize>| rest.get(r).and_then(|s| s.parse::<i64>().ok());
    let (month, day) = (num(0..2)?, num(2..4)?);
    let (h, m, s) = (num(4..6)?, num(6..8)?, num(8..10)?);
    let days = crate::message::received::days_from_civil(year, month, day)?;
    u64::try_from(days * 86_400 + h * 3600 + m * 60 + s).ok()
}

/// `CN` (else `O`) of a Name, for people.
fn name_text(name: &[u8]) -> String {
    let Some((_, seq, _)) = tlv(name) else {
        return String::new();
    };
    let mut cn = None;
    let mut org = None;
    for (_, set) in items(seq) {
        for (_, atv) in items(set) {
            let parts = items(atv);
            if let (Some((_, oid)), Some((_, value))) = (parts.first(), parts.get(1)) {
                let text = String::from_utf8_lossy(value).into_owned();
                if *oid == OID_CN {
                    cn = Some(text);
                } else if *oid == OID_O {
                    org = Some(text);
                }
            }
        }
    }
    cn.or(org).unwrap_or_default()
}

fn extension<'a>(c: &Cert<'a>, oid: &[u8]) -> Option<&'a [u8]> {
    c.extensions
        .iter()
        .find(|(o, _)| *o == oid)
        .map(|(_, v)| *v)
}

fn summary(c: &Cert<'_>) -> CertSummary {
    let names = extension(c, OID_SAN)
        .and_then(|v| tlv(v))
        .map(|(_, seq, _)| {
            items(seq)
                .into_iter()
                .filter(|(t, _)| *t == 0x82)
                .map(|(_, n)| String::from_utf8_lossy(n).to_ascii_lowercase())
                .collect()
        })
        .unwrap_or_default();
    let bimi_usage = extension(c, OID_EKU)
        .and_then(|v| tlv(v))
        .is_some_and(|(_, seq, _)| items(seq).iter().any(|(_, o)| *o == OID_KP_BIMI));
    CertSummary {
        subject: name_text(c.subject),
        issuer: name_text(c.issuer),
        not_before: c.not_before,
        not_after: c.not_after,
        names,
        bimi_usage,
    }
}

/// Each certificate is issued by the next, and its signature verifies
/// with the next one's key; the last one's issuer is outside the file
/// unless it signs itself.
fn chain_findings(certs: &[Cert<'_>], out: &mut Vec<Finding>) {
    for (i, c) in certs.iter().enumerate() {
        let issuer = certs.get(i + 1).or((c.issuer == c.subject).then_some(c));
        let Some(issuer) = issuer else {
            out.push(Finding::info(
                "vmc.chain-ends",
                tr!(Domain::VmcChainEnds, issuer = name_text(c.issuer)),
            ));
            continue;
        };
        if c.issuer != issuer.subject {
            out.push(Finding::error(
                "vmc.chain-order",
                tr!(
                    Domain::VmcChainOrder,
                    index = i + 1,
                    issuer = name_text(c.issuer)
                ),
            ));
            continue;
        }
        if c.signature_alg != OID_SHA256_RSA {
            out.push(Finding::info(
                "vmc.signature-not-checked",
                tr!(Domain::VmcSignatureNotChecked, index = i + 1),
            ));
            continue;
        }
        if !rsa_signature_verifies(c, issuer) {
            out.push(Finding::error(
                "vmc.signature",
                tr!(
                    Domain::VmcSignatureInvalid,
                    index = i + 1,
                    issuer = name_text(c.issuer)
                ),
            ));
        }
    }
}

fn rsa_signature_verifies(c: &Cert<'_>, issuer: &Cert<'_>) -> bool {
    use rsa::pkcs8::DecodePublicKey;
    match rsa::RsaPublicKey::from_public_key_der(issuer.spki) {
        Ok(key) => PublicKey::Rsa(key).verifies(c.tbs, c.signature, Algorithm::RsaSha256),
        Err(_) => false,
    }
}

fn validity_findings(certs: &[Cert<'_>], now: u64, out: &mut Vec<Finding>) {
    for (i, c) in certs.iter().enumerate() {
        let who = name_text(c.subject);
        if now > c.not_after {
            out.push(Finding::error(
                "vmc.expired",
                tr!(Domain::VmcExpired, index = i + 1, subject = who),
            ));
        } else if now < c.not_before {
            out.push(Finding::error(
                "vmc.not-yet-valid",
                tr!(Domain::VmcNotYetValid, index = i + 1, subject = who),
            ));
        }
    }
}

fn leaf_findings(leaf: &Cert<'_>, s: &CertSummary, domain: &str, out: &mut Vec<Finding>) {
    if !s.bimi_usage {
        out.push(Finding::error(
            "vmc.no-bimi-usage",
            tr!(Domain::VmcNoBimiUsage),
        ));
    }
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    if !s.names.contains(&domain) {
        out.push(Finding::error(
            "vmc.domain-not-named",
            tr!(
                Domain::VmcDomainNotNamed,
                domain = domain,
                names = s.names.join(", ")
            ),
        ));
    }
    if extension(leaf, OID_LOGOTYPE).is_none() {
        out.push(Finding::error(
            "vmc.no-logotype",
            tr!(Domain::VmcNoLogotype),
        ));
    }
}

/// The logo the certificate carries, checked against its own hash and
/// against the SVG served; `None` when there is nothing to compare.
fn logo_findings(leaf: &Cert<'_>, svg: Option<&[u8]>, out: &mut Vec<Finding>) -> Option<bool> {
    let (data, hash) = logotype_image(extension(leaf, OID_LOGOTYPE)?)?;
    if let Some(hash) = hash {
        if Sha256::digest(&data).as_slice() != hash {
            out.push(Finding::error("vmc.logo-hash", tr!(Domain::VmcLogoHash)));
        }
    }
    let logo = gunzip(&data).unwrap_or(data);
    let served = svg?;
    let same = logo == served;
    out.push(if same {
        Finding::info("vmc.logo-matches", tr!(Domain::VmcLogoMatches))
    } else {
        Finding::error("vmc.logo-differs", tr!(Domain::VmcLogoDiffers))
    });
    Some(same)
}

/// The first image's decoded `data:` URL and its SHA-256 from the
/// subject logo (RFC 9399 §4.1: LogotypeExtn → subjectLogo [2] → direct [0]
/// → image → LogotypeDetails).
fn logotype_image(ext: &[u8]) -> Option<(Vec<u8>, Option<Vec<u8>>)> {
    let (_, extn, _) = tlv(ext)?;
    let subject = items(extn).into_iter().find(|(t, _)| *t == 0xa2)?.1;
    let (_, direct, _) = tlv(subject)?;
    let (_, images, _) = tlv(direct)?;
    let (_, image, _) = tlv(images)?;
    let (_, details, _) = tlv(image)?;
    let parts = items(details);
    let hashes = items(parts.get(1)?.1);
    let uris = items(parts.get(2)?.1);
    let hash = hashes.iter().find_map(|(_, h)| {
        let fields = items(h);
        let (_, alg) = fields.first()?;
        let (_, oid, _) = tlv(alg)?;
        (oid == OID_SHA256).then(|| fields.get(1).map(|(_, v)| v.to_vec()))?
    });
    let uri = std::str::from_utf8(uris.first()?.1).ok()?;
    let (_, b64) = uri.split_once(";base64,")?;
    use base64::Engine;
    let data = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .ok()?;
    Some((data, hash))
}

fn gunzip(data: &[u8]) -> Option<Vec<u8>> {
    if !data.starts_with(&[0x1f, 0x8b]) {
        return None;
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(data)
        .take(MAX_LOGO_BYTES)
        .read_to_end(&mut out)
        .ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn der_times() {
        assert_eq!(der_time(&(0x17, b"700101000000Z".as_slice())), Some(0));
        assert_eq!(
            der_time(&(0x18, b"20261206000000Z".as_slice())),
            Some(1_796_515_200)
        );
        assert_eq!(der_time(&(0x17, b"7001".as_slice())), None);
    }

    #[test]
    fn truncated_der_is_refused() {
        assert!(tlv(&[0x30, 0x82, 0x01]).is_none());
        assert!(tlv(&[0x30, 0x05, 0x00]).is_none());
        assert!(parse_cert(&[0x30, 0x00]).is_none());
    }
}
