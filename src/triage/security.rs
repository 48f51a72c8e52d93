//! Security findings: facts that make a message suspicious, each with why
//! it matters — never a verdict. A From domain that imitates another (UTS
//! #39 confusables, typing slips), a display name that shows another
//! address, Reply-To and Return-Path in other domains, and a DKIM
//! signature that a bulk service made for other recipients (replay).

use super::confusables::{imitation_of, to_unicode, Forms, Imitation};
use super::{registrable, Headers};
use crate::i18n::phrases::triage::Triage;
use crate::i18n::text::Text;
use crate::message::{angle_addr, domain_of, from_addresses};
use crate::report::summary::Severity;
use crate::report::triage::{Evidence, FindingKind, SecurityFinding};
use crate::report::{AuthResult, Report};
use crate::tr;

/// The brands phishing imitates most, with the domains they send from:
/// the brands Check Point Research's quarterly Brand Phishing Reports
/// (2023–2024) rank in their top ten (Microsoft, Google, Apple, Amazon,
/// LinkedIn, DHL, Facebook/Meta, Netflix, Wells Fargo, Walmart, Roblox,
/// Adobe, WhatsApp), plus PayPal, DocuSign, Dropbox and Instagram from
/// the APWG's Phishing Activity Trends Reports' most-targeted lists.
pub const BRANDS: &[&str] = &[
    "microsoft.com",
    "office.com",
    "outlook.com",
    "live.com",
    "google.com",
    "gmail.com",
    "apple.com",
    "icloud.com",
    "amazon.com",
    "paypal.com",
    "dhl.com",
    "netflix.com",
    "facebook.com",
    "instagram.com",
    "whatsapp.com",
    "linkedin.com",
    "docusign.com",
    "docusign.net",
    "dropbox.com",
    "adobe.com",
    "wellsfargo.com",
    "walmart.com",
    "roblox.com",
];

/// Signers whose valid signature a spammer can obtain on one message and
/// replay: the big mailbox providers (anyone can open an account) and the
/// bulk-mail services (`super::requirements::BULK_SERVICES`).
const MAILBOX_PROVIDERS: &[&str] = &[
    "gmail.com",
    "google.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
];

/// At most this many lookalike findings: one message cannot imitate more
/// names than a person reads.
const MAX_LOOKALIKES: usize = 3;

/// Every finding, most severe first.
pub fn findings(r: &Report, h: &Headers) -> Vec<SecurityFinding> {
    let mut out = Vec::new();
    let from = h.from.first().cloned().unwrap_or_default();
    let from_addr = from_addresses(&from).into_iter().next();
    let from_domain = from_addr.as_deref().and_then(domain_of);
    if let Some(fd) = &from_domain {
        lookalikes(r, h, fd, &mut out);
        display_name(&from, fd, &mut out);
        other_domains(r, h, fd, &mut out);
    }
    dkim_replay(r, h, &mut out);
    out.sort_by_key(|f| f.severity);
    out
}

fn ev(header: &str, value: impl Into<String>) -> Evidence {
    Evidence {
        header: header.to_string(),
        value: value.into(),
    }
}

/// The domains the message itself names outside From, with the header
/// each comes from (headers only, never the body's links).
fn message_domains(r: &Report, h: &Headers) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    if let Some(d) = r.identities.mail_from.as_deref().and_then(domain_of) {
        out.push((d, "Return-Path"));
    }
    for v in &h.reply_to {
        for a in from_addresses(v) {
            out.extend(domain_of(&a).map(|d| (d, "Reply-To")));
        }
    }
    for k in &r.dkim {
        out.push((k.domain.to_ascii_lowercase(), "DKIM-Signature d="));
    }
    for hop in &r.received.hops {
        for name in [&hop.by, &hop.from_rdns].into_iter().flatten() {
            out.push((name.to_ascii_lowercase(), "Received"));
        }
    }
    for v in &h.list_id {
        let id = angle_addr(v);
        out.push((id.to_ascii_lowercase(), "List-Id"));
    }
    for uri in h
        .list_unsubscribe
        .iter()
        .flat_map(|v| super::requirements::list_uris(v))
    {
        out.extend(uri_domain(&uri).map(|d| (d, "List-Unsubscribe")));
    }
    for v in &h.message_id {
        out.extend(domain_of(&angle_addr(v)).map(|d| (d, "Message-ID")));
    }
    out.retain(|(d, _)| d.contains('.') && d.len() <= 253);
    out
}

/// The domain of a `mailto:` or `http(s):` URI.
fn uri_domain(uri: &str) -> Option<String> {
    let lower = uri.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("mailto:") {
        return domain_of(rest.split('?').next().unwrap_or_default());
    }
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_string())
}

/// A domain's registrable name split at its public suffix: `("paypal", "com")`.
fn name_and_suffix(domain: &str) -> (String, String) {
    let reg = registrable(domain);
    match reg.split_once('.') {
        Some((name, suffix)) => (to_unicode(name), suffix.to_string()),
        None => (to_unicode(&reg), String::new()),
    }
}

fn how(kind: Imitation, shown: &str) -> Text {
    match kind {
        // Within ASCII the confusables are the lookalike letters and digits.
        Imitation::Confusable if shown.is_ascii() => tr!(Triage::HowLookalikeLetters),
        Imitation::Confusable => tr!(Triage::HowConfusable, shown = shown.to_string()),
        Imitation::LookalikeLetters => tr!(Triage::HowLookalikeLetters),
        Imitation::MissingLetter => tr!(Triage::HowMissingLetter),
        Imitation::DoubledLetter => tr!(Triage::HowDoubledLetter),
        Imitation::SwappedLetters => tr!(Triage::HowSwappedLetters),
        Imitation::AddedHyphen => tr!(Triage::HowAddedHyphen),
    }
}

/// A generic (not country-code) top-level suffix: a brand's name under one
/// is not its country site.
fn generic_suffix(suffix: &str) -> bool {
    !suffix.is_empty() && !suffix.contains('.') && suffix.len() > 2
}

/// A brand of [`BRANDS`] with what the comparison needs of it, made once
/// per process rather than once per message.
struct Brand {
    domain: &'static str,
    registrable: String,
    name: Forms,
    suffix: String,
}

fn brands() -> &'static [Brand] {
    static BRAND_FORMS: std::sync::OnceLock<Vec<Brand>> = std::sync::OnceLock::new();
    BRAND_FORMS.get_or_init(|| {
        BRANDS
            .iter()
            .map(|&domain| {
                let (name, suffix) = name_and_suffix(domain);
                Brand {
                    domain,
                    registrable: registrable(domain),
                    name: Forms::new(&name),
                    suffix,
                }
            })
            .collect()
    })
}

/// The From domain against the brands and the message's own other domains.
fn lookalikes(r: &Report, h: &Headers, from: &str, out: &mut Vec<SecurityFinding>) {
    let from_reg = registrable(from);
    let (name, suffix) = name_and_suffix(from);
    let forms = Forms::new(&name);
    let shown = to_unicode(&from_reg);
    let mut targets: Vec<String> = Vec::new();
    let mut push = |out: &mut Vec<SecurityFinding>, target: String, text: Text, sev, evidence| {
        if targets.contains(&target) || targets.len() >= MAX_LOOKALIKES {
            return;
        }
        targets.push(target);
        out.push(SecurityFinding {
            kind: FindingKind::Lookalike,
            severity: sev,
            text,
            why: tr!(Triage::WhyLookalike),
            evidence,
        });
    };
    for brand in brands() {
        if brand.registrable == from_reg {
            continue;
        }
        let kind = match imitation_of(&forms, &brand.name) {
            Some(k) => Some(how(k, &shown)),
            None if name == brand.name.name()
                && suffix != brand.suffix
                && generic_suffix(&suffix) =>
            {
                Some(tr!(Triage::HowOtherSuffix))
            }
            None => None,
        };
        if let Some(kind) = kind {
            let text = tr!(
                Triage::LookalikeBrand,
                from = from.to_string(),
                target = brand.domain.to_string(),
                how = kind
            );
            let mut evidence = vec![ev("From", from.to_string())];
            if shown != from_reg {
                evidence.push(ev("From (Unicode)", shown.clone()));
            }
            push(
                out,
                brand.domain.to_string(),
                text,
                Severity::Critical,
                evidence,
            );
        }
    }
    for (domain, header) in message_domains(r, h) {
        let reg = registrable(&domain);
        if reg == from_reg {
            continue;
        }
        let (oname, _) = name_and_suffix(&domain);
        if let Some(k) = imitation_of(&forms, &Forms::new(&oname)) {
            let text = tr!(
                Triage::LookalikeOwn,
                from = from.to_string(),
                target = reg.clone(),
                header = header,
                how = how(k, &shown)
            );
            let evidence = vec![ev("From", from.to_string()), ev(header, domain.clone())];
            push(out, reg, text, Severity::Warning, evidence);
        }
    }
}

/// The display name of a From value: what stands before `<`, unquoted.
fn display_name_of(value: &str) -> Option<String> {
    let (name, _) = value.split_once('<')?;
    let name = name.trim().trim_matches('"').trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// A token of the display name that names a domain: an address's domain,
/// or a word like `paypal.com` (letters, a dot, a top-level name of letters).
fn named_domain(display: &str) -> Option<String> {
    for word in display.split(|c: char| c.is_whitespace() || "\"'()[],;:<>".contains(c)) {
        let word = word.trim_matches(|c: char| c == '.' || c == '-');
        if let Some(d) = domain_of(word) {
            if d.contains('.') {
                return Some(d);
            }
        }
        let labels: Vec<&str> = word.split('.').collect();
        let looks_like_domain = labels.len() >= 2
            && labels
                .iter()
                .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
            && labels
                .last()
                .is_some_and(|t| t.len() >= 2 && t.chars().all(char::is_alphabetic));
        if looks_like_domain {
            return Some(word.to_ascii_lowercase());
        }
    }
    None
}

fn display_name(from_value: &str, from: &str, out: &mut Vec<SecurityFinding>) {
    let Some(display) = display_name_of(from_value) else {
        return;
    };
    let Some(named) = named_domain(&display) else {
        return;
    };
    if registrable(&named) == registrable(from) {
        return;
    }
    out.push(SecurityFinding {
        kind: FindingKind::DisplayNameAddress,
        severity: Severity::Warning,
        text: tr!(
            Triage::DisplayNameOther,
            name = display.clone(),
            shown = named,
            from = from.to_string()
        ),
        why: tr!(Triage::WhyDisplayName),
        evidence: vec![ev("From", from_value.to_string())],
    });
}

/// Reply-To and Return-Path against From: the same organization is worth
/// knowing, an unrelated domain is named.
fn other_domains(r: &Report, h: &Headers, from: &str, out: &mut Vec<SecurityFinding>) {
    let from_org = registrable(from);
    let mut seen: Vec<(&str, String)> = Vec::new();
    let reply: Vec<String> = h
        .reply_to
        .iter()
        .flat_map(|v| from_addresses(v))
        .filter_map(|a| domain_of(&a))
        .collect();
    let return_path = r.identities.mail_from.as_deref().and_then(domain_of);
    let pairs = reply
        .into_iter()
        .map(|d| ("Reply-To", d))
        .chain(return_path.map(|d| ("Return-Path", d)));
    for (header, domain) in pairs {
        if domain == from || seen.contains(&(header, domain.clone())) {
            continue;
        }
        seen.push((header, domain.clone()));
        let org = registrable(&domain);
        let evidence = vec![ev("From", from.to_string()), ev(header, domain.clone())];
        let (severity, text, why) = if org == from_org {
            (
                Severity::Info,
                tr!(
                    Triage::SameOrganization,
                    header = header,
                    other = domain,
                    from = from.to_string(),
                    org = org
                ),
                tr!(Triage::WhySameOrganization),
            )
        } else if header == "Reply-To" {
            (
                Severity::Warning,
                tr!(
                    Triage::ReplyToOther,
                    other = domain,
                    from = from.to_string()
                ),
                tr!(Triage::WhyReplyTo),
            )
        } else {
            (
                Severity::Info,
                tr!(
                    Triage::ReturnPathOther,
                    other = domain,
                    from = from.to_string()
                ),
                tr!(Triage::WhyReturnPath),
            )
        };
        let finding = SecurityFinding {
            kind: FindingKind::DomainsDiffer,
            severity,
            text,
            why,
            evidence,
        };
        out.push(finding);
    }
}

/// Where a signer's own mail leaves from, when that is another registrable
/// domain than its `d=` (Microsoft's consumer domains send from
/// outlook.com's servers, Gmail's from google.com's).
fn sends_from(signer_org: &str) -> &str {
    match signer_org {
        "hotmail.com" | "live.com" | "outlook.com" => "outlook.com",
        "gmail.com" | "googlemail.com" | "google.com" => "google.com",
        other => other,
    }
}

/// A passing signature of a service anyone can send through, that does not
/// sign `To`, on a message that reached the receiver from a host outside
/// the signer: the signed message can be sent again to anyone (M3AAWG,
/// "DKIM Replay", and RFC 6376 §8.6 on signed messages re-sent). Microsoft
/// does not sign `To` on its own mail, so the sending host decides: a
/// host in the signer's domain is the signer sending, an unrelated one a
/// warning, an unknown one worth knowing.
fn dkim_replay(r: &Report, h: &Headers, out: &mut Vec<SecurityFinding>) {
    // The receiver's own record of the connection: the name it found for the IP.
    let sender_host = r
        .received
        .hops
        .iter()
        .find(|hop| hop.boundary)
        .and_then(|hop| hop.from_rdns.clone());
    for (i, k) in r.dkim.iter().enumerate() {
        if k.result != AuthResult::Pass {
            continue;
        }
        let org = registrable(&k.domain);
        let service = super::requirements::BULK_SERVICES.contains(&org.as_str())
            || MAILBOX_PROVIDERS.contains(&org.as_str());
        let Some(signed) = h.dkim_signed.get(i) else {
            continue;
        };
        if !service || signed.is_empty() || signed.iter().any(|n| n == "to") {
            continue;
        }
        let severity = match &sender_host {
            Some(host) if registrable(host) == sends_from(&org) => continue,
            Some(_) => Severity::Warning,
            None => Severity::Info,
        };
        let mut evidence = vec![
            ev("DKIM-Signature d=", k.domain.clone()),
            ev("DKIM-Signature h=", signed.join(":")),
        ];
        evidence.extend(sender_host.as_ref().map(|s| ev("Received from", s.clone())));
        evidence.extend(h.to.first().map(|t| ev("To", t.clone())));
        out.push(SecurityFinding {
            kind: FindingKind::DkimReplay,
            severity,
            text: tr!(
                Triage::DkimReplay,
                domain = k.domain.clone(),
                signed = signed.join(":")
            ),
            why: tr!(Triage::WhyDkimReplay),
            evidence,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_naming_domains() {
        assert_eq!(
            named_domain("PayPal Service <service@paypal.com>").as_deref(),
            Some("paypal.com")
        );
        assert_eq!(
            named_domain("Microsoft.com Security").as_deref(),
            Some("microsoft.com")
        );
        assert_eq!(named_domain("Dr. Jane Doe"), None);
        assert_eq!(named_domain("John Q. Public"), None);
        assert_eq!(
            display_name_of("\"Bank\" <x@y.example>").as_deref(),
            Some("Bank")
        );
    }
}
