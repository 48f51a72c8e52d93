//! Antispam headers decoded: Microsoft (`X-Forefront-Antispam-Report`,
//! `X-Microsoft-Antispam`, `X-MS-Exchange-Organization-SCL`), SpamAssassin
//! (`X-Spam-Status`, `X-Spam-Score`, `X-Spam-Flag`, `X-Spam-Level`), rspamd
//! (`X-Spamd-Result`, `X-Rspamd-Score`, `X-Rspamd-Action`) and amavis
//! (`X-Virus-Scanned`); Microsoft's mailbox delivery and composite
//! authentication (`compauth`), and the gateways and providers of
//! [`vendors`]. A field we do not know is kept raw, never dropped.
//!
//! Whose view a header is matters as much as what it says: a header that
//! reports the sending organization's view, or that sits below the trust
//! boundary, is marked with its [`Side`] and never taken for the
//! receiver's verdict.

mod vendors;

use crate::i18n::phrases::intake::Intake;
use crate::i18n::phrases::verdicts::Verdicts;
use crate::i18n::text::Text;
pub use crate::report::antispam::{AntispamField, AntispamHeader, Side, SpamTest};
use crate::tr;

fn scl_meaning(v: &str) -> Text {
    match v.trim().parse::<i32>() {
        Ok(-1) => tr!(Intake::SclSkipped),
        Ok(n @ 0..=1) => tr!(Intake::SclNotSpam, level = n),
        Ok(n @ 2..=4) => tr!(Intake::SclLow, level = n),
        Ok(n @ 5..=6) => tr!(Intake::SclJunk, level = n),
        Ok(n @ 7..=8) => tr!(Intake::SclHigh, level = n),
        Ok(9) => tr!(Intake::SclHighConfidence),
        _ => tr!(Intake::SclUnknown, level = v),
    }
}

fn bcl_meaning(v: &str) -> Text {
    match v.trim().parse::<i32>() {
        Ok(0) => tr!(Intake::BclNone),
        Ok(n @ 1..=3) => tr!(Intake::BclFew, level = n),
        Ok(n @ 4..=7) => tr!(Intake::BclMixed, level = n),
        Ok(n @ 8..=9) => tr!(Intake::BclMany, level = n),
        _ => tr!(Intake::BclUnknown, level = v),
    }
}

fn pcl_meaning(v: &str) -> Text {
    match v.trim().parse::<i32>() {
        Ok(n @ 0..=3) => tr!(Intake::PclNot, level = n),
        Ok(n @ 4..=8) => tr!(Intake::PclLikely, level = n),
        _ => tr!(Intake::PclUnknown, level = v),
    }
}

fn sfv_meaning(v: &str) -> Option<Text> {
    let key = match v.trim().to_ascii_uppercase().as_str() {
        "BLK" => Intake::SfvBlk,
        "NSPM" => Intake::SfvNspm,
        "SFE" => Intake::SfvSfe,
        "SKA" => Intake::SfvSka,
        "SKB" => Intake::SfvSkb,
        "SKI" => Intake::SfvSki,
        "SKN" => Intake::SfvSkn,
        "SKQ" => Intake::SfvSkq,
        "SKS" => Intake::SfvSks,
        "SPM" => Intake::SfvSpm,
        _ => return None,
    };
    Some(tr!(key))
}

fn cat_meaning(v: &str) -> Option<Text> {
    let key = match v.trim().to_ascii_uppercase().as_str() {
        "BULK" => Intake::CatBulk,
        "DIMP" => Intake::CatDimp,
        "GIMP" => Intake::CatGimp,
        "HPHSH" | "HPHISH" => Intake::CatHphish,
        "HSPM" => Intake::CatHspm,
        "MALW" => Intake::CatMalw,
        "PHSH" => Intake::CatPhsh,
        "SPM" => Intake::CatSpm,
        "SPOOF" => Intake::CatSpoof,
        "UIMP" => Intake::CatUimp,
        "AMP" => Intake::CatAmp,
        "SAP" => Intake::CatSap,
        "FTBP" => Intake::CatFtbp,
        "OSPM" => Intake::CatOspm,
        "INTOS" => Intake::CatIntos,
        "NONE" => Intake::CatNone,
        _ => return None,
    };
    Some(tr!(key))
}

fn ms_field(key: &str, value: &str) -> Option<Text> {
    let v = value.trim();
    Some(match key.to_ascii_uppercase().as_str() {
        "SCL" => tr!(Intake::FieldScl, meaning = scl_meaning(v)),
        "BCL" => tr!(Intake::FieldBcl, meaning = bcl_meaning(v)),
        "PCL" => tr!(Intake::FieldPcl, meaning = pcl_meaning(v)),
        "SFV" => tr!(Intake::FieldSfv, meaning = sfv_meaning(v)?),
        "CAT" => tr!(Intake::FieldCat, meaning = cat_meaning(v)?),
        "IPV" => match v.to_ascii_uppercase().as_str() {
            "CAL" => tr!(Intake::IpvCal),
            "NLI" => tr!(Intake::IpvNli),
            _ => return None,
        },
        "CIP" => tr!(Intake::FieldCip, ip = v),
        "CTRY" => {
            if v.is_empty() {
                tr!(Intake::CountryUnknown)
            } else {
                tr!(Intake::FieldCountry, country = v)
            }
        }
        "LANG" => tr!(Intake::FieldLang, lang = v),
        "H" => tr!(Intake::FieldHelo, name = v),
        "PTR" => tr!(Intake::FieldPtr, name = v),
        "SRV" => match v.to_ascii_uppercase().as_str() {
            "BULK" => tr!(Intake::SrvBulk),
            _ => return None,
        },
        "SFTY" => match v {
            "9.19" => tr!(Intake::SafetyTipDomain, tip = v),
            "9.20" => tr!(Intake::SafetyTipUser, tip = v),
            "9.25" => tr!(Intake::SafetyTipFirst, tip = v),
            _ => tr!(Intake::SafetyTip, tip = v),
        },
        "DIR" => match v.to_ascii_uppercase().as_str() {
            "INB" => tr!(Intake::DirInbound),
            "OUT" => tr!(Intake::DirOutbound),
            "INT" => tr!(Intake::DirInternal),
            _ => return None,
        },
        "SFS" | "ARA" => tr!(Intake::RuleIds),
        "SFP" => match v {
            "1501" => tr!(Intake::Sfp1501),
            "1102" => tr!(Intake::Sfp1102),
            _ => return None,
        },
        _ => return None,
    })
}

/// The `KEY:value` pairs of Microsoft's `KEY:value;KEY:value;` headers,
/// trimmed; a part without `:` is a key with an empty value.
fn microsoft_pairs(value: &str) -> impl Iterator<Item = (&str, &str)> {
    value
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|part| {
            let (k, v) = part.split_once(':').unwrap_or((part, ""));
            (k.trim(), v.trim())
        })
}

/// `KEY:value;KEY:value;` (Microsoft).
fn decode_microsoft(header: &str, value: &str) -> AntispamHeader {
    let mut h = AntispamHeader {
        header: header.into(),
        engine: "Microsoft".into(),
        raw: value.into(),
        ..Default::default()
    };
    for (k, v) in microsoft_pairs(value) {
        h.fields.push(AntispamField {
            key: k.into(),
            value: v.into(),
            meaning: ms_field(k, v),
        });
    }
    let get = |k: &str| {
        h.fields
            .iter()
            .find(|f| f.key.eq_ignore_ascii_case(k))
            .map(|f| f.value.clone())
    };
    let scl = get("SCL").and_then(|s| s.parse::<i32>().ok());
    let sfv = get("SFV").map(|s| s.to_ascii_uppercase());
    let cat = get("CAT").map(|s| s.to_ascii_uppercase());
    h.score = scl.map(f64::from);
    h.spam = match (&sfv, scl) {
        (Some(s), _) if s == "SPM" || s == "SKS" || s == "BLK" || s == "SKB" => Some(true),
        (_, Some(n)) if n >= 5 => Some(true),
        (Some(_), _) | (_, Some(_)) => Some(false),
        _ => None,
    };
    let mut words = Vec::new();
    if let Some(n) = scl {
        words.push(format!("SCL {n}"));
    }
    if let Some(s) = &sfv {
        words.push(format!("SFV:{s}"));
    }
    if let Some(c) = cat.filter(|c| c != "NONE") {
        words.push(format!("CAT:{c}"));
    }
    if !words.is_empty() {
        let details = words.join(", ");
        h.verdict = Some(if h.spam == Some(true) {
            tr!(Intake::MsSpam, details = details)
        } else {
            tr!(Intake::MsNotSpam, details = details)
        });
    }
    h
}

fn decode_ms_scl(header: &str, value: &str) -> AntispamHeader {
    let v = value.trim();
    let scl = v.parse::<i32>().ok();
    AntispamHeader {
        header: header.into(),
        engine: "Microsoft".into(),
        verdict: Some(tr!(Intake::FieldScl, meaning = scl_meaning(v))),
        spam: scl.map(|n| n >= 5),
        score: scl.map(f64::from),
        fields: vec![AntispamField {
            key: "SCL".into(),
            value: v.into(),
            meaning: Some(scl_meaning(v)),
        }],
        raw: value.into(),
        ..Default::default()
    }
}

/// `Yes, score=7.3 required=5.0 tests=A,B autolearn=no version=3.4.6` and amavis's
/// `No, score=-1.9 tagged_above=-999 required=6.31 tests=[BAYES_00=-1.9, DKIM_SIGNED=0.1] autolearn=ham`.
fn decode_spam_status(header: &str, value: &str) -> AntispamHeader {
    let mut h = AntispamHeader {
        header: header.into(),
        engine: "SpamAssassin".into(),
        raw: value.into(),
        ..Default::default()
    };
    let v = value.trim();
    let (flag, rest) = match v.split_once(',') {
        Some((f, r)) if !f.contains('=') => (Some(f.trim()), r),
        _ => (None, v),
    };
    if let Some(f) = flag {
        h.spam = match f.to_ascii_lowercase().as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        h.fields.push(AntispamField {
            key: "flag".into(),
            value: f.into(),
            meaning: h.spam.map(|s| {
                if s {
                    tr!(Intake::SaReached)
                } else {
                    tr!(Intake::SaBelow)
                }
            }),
        });
    }
    // Tests may be "[A=1, B=2]" with spaces, or "A,B" folded across lines.
    let mut rest = rest.to_string();
    if let Some(start) = rest.find("tests=[") {
        if let Some(end_rel) = rest[start..].find(']') {
            let inner = rest[start + 7..start + end_rel].to_string();
            for t in inner.split(',') {
                let t = t.trim();
                if t.is_empty() {
                    continue;
                }
                let (name, score) = match t.split_once('=') {
                    Some((n, s)) => (n.trim(), s.trim().parse::<f64>().ok()),
                    None => (t, None),
                };
                h.tests.push(SpamTest {
                    name: name.into(),
                    score,
                    options: String::new(),
                });
            }
            rest.replace_range(start..start + end_rel + 1, "");
        }
    }
    let mut last_key: Option<String> = None;
    for w in rest.split_whitespace() {
        match w.split_once('=') {
            Some((k, val)) => {
                let k = k.to_ascii_lowercase();
                match k.as_str() {
                    "score" | "hits" => h.score = val.parse().ok(),
                    "required" => h.required = val.parse().ok(),
                    _ => {}
                }
                if k == "tests" {
                    push_tests(&mut h.tests, val);
                } else {
                    let meaning = match k.as_str() {
                        "score" | "hits" => Some(tr!(Intake::TotalScore)),
                        "required" => Some(tr!(Intake::Threshold)),
                        "tagged_above" => Some(tr!(Intake::TaggedAbove)),
                        "autolearn" => Some(tr!(Intake::Autolearn, value = val)),
                        "autolearn_force" => Some(tr!(Intake::AutolearnForce)),
                        "version" => Some(tr!(Intake::SaVersion)),
                        _ => None,
                    };
                    h.fields.push(AntispamField {
                        key: k.clone(),
                        value: val.into(),
                        meaning,
                    });
                }
                last_key = Some(k);
            }
            // A folded test list continues without "tests=".
            None if last_key.as_deref() == Some("tests") => push_tests(&mut h.tests, w),
            None => h.fields.push(AntispamField {
                key: w.into(),
                value: String::new(),
                meaning: None,
            }),
        }
    }
    if let (Some(s), Some(r)) = (h.score, h.required) {
        h.verdict = Some(if s >= r {
            tr!(Intake::SaSpam, score = s, required = r)
        } else {
            tr!(Intake::SaNotSpam, score = s, required = r)
        });
        h.spam.get_or_insert(s >= r);
    }
    h
}

fn push_tests(tests: &mut Vec<SpamTest>, list: &str) {
    for t in list.split(',') {
        let t = t.trim();
        if t.is_empty() || t.eq_ignore_ascii_case("none") {
            continue;
        }
        let (name, score) = match t.split_once('=') {
            Some((n, s)) => (n, s.parse::<f64>().ok()),
            None => (t, None),
        };
        tests.push(SpamTest {
            name: name.into(),
            score,
            options: String::new(),
        });
    }
}

/// `default: False [3.40 / 15.00]; SYMBOL(0.50)[opts]; ...`
fn decode_rspamd(header: &str, value: &str) -> AntispamHeader {
    let mut h = AntispamHeader {
        header: header.into(),
        engine: "rspamd".into(),
        raw: value.into(),
        ..Default::default()
    };
    let mut parts = value.split(';');
    if let Some(first) = parts.next() {
        let first = first.trim();
        // "default: False [3.40 / 15.00]"
        if let Some((metric, rest)) = first.split_once(':') {
            let rest = rest.trim();
            let flag = rest.split_whitespace().next().unwrap_or("");
            h.spam = match flag.to_ascii_lowercase().as_str() {
                "true" | "yes" => Some(true),
                "false" | "no" => Some(false),
                _ => None,
            };
            if let (Some(a), Some(b)) = (rest.find('['), rest.find(']')) {
                if b > a {
                    let nums: Vec<f64> = rest[a + 1..b]
                        .split('/')
                        .filter_map(|n| n.trim().parse().ok())
                        .collect();
                    h.score = nums.first().copied();
                    h.required = nums.get(1).copied();
                }
            }
            h.fields.push(AntispamField {
                key: "metric".into(),
                value: metric.trim().into(),
                meaning: Some(tr!(Intake::RspamdMetric)),
            });
        } else {
            h.fields.push(AntispamField {
                key: first.into(),
                value: String::new(),
                meaning: None,
            });
        }
    }
    for p in parts {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        let name_end = p.find(['(', '[']).unwrap_or(p.len());
        let name = p[..name_end].trim();
        let score = p
            .find('(')
            .and_then(|a| p[a..].find(')').map(|b| (a, a + b)))
            .and_then(|(a, b)| p[a + 1..b].trim().parse::<f64>().ok());
        let options = match (p.find('['), p.rfind(']')) {
            (Some(a), Some(b)) if b > a => p[a + 1..b].to_string(),
            _ => String::new(),
        };
        h.tests.push(SpamTest {
            name: name.into(),
            score,
            options,
        });
    }
    if let (Some(s), Some(r)) = (h.score, h.required) {
        h.verdict = Some(match h.spam {
            Some(true) => tr!(Intake::RspamdSpam, score = s, required = r),
            Some(false) => tr!(Intake::RspamdNotSpam, score = s, required = r),
            None => tr!(Intake::RspamdScoreOf, score = s, required = r),
        });
    }
    h
}

fn decode_simple(
    header: &str,
    engine: &str,
    key: &str,
    value: &str,
    meaning: Option<Text>,
) -> AntispamHeader {
    AntispamHeader {
        header: header.into(),
        engine: engine.into(),
        fields: vec![AntispamField {
            key: key.into(),
            value: value.trim().into(),
            meaning,
        }],
        raw: value.into(),
        ..Default::default()
    }
}

/// `ucf:0;jmr:1;auth:0;dest:J;OFR:SpamFilterAuthJ;ENG:(…)(…);`. Microsoft
/// does not document this header; the meanings of `dest` and `OFR` are the
/// ones university helpdesks publish (Oxford IT, "Examine junk mail
/// delivery"), the flags are marked as undocumented in every sentence.
fn decode_mailbox_delivery(header: &str, value: &str) -> AntispamHeader {
    let mut h = AntispamHeader {
        header: header.into(),
        engine: "Microsoft".into(),
        raw: value.into(),
        ..Default::default()
    };
    for (k, v) in microsoft_pairs(value) {
        let meaning = mailbox_field(k, v);
        if k.eq_ignore_ascii_case("dest") {
            match v.to_ascii_uppercase().as_str() {
                "J" => {
                    h.spam = Some(true);
                    h.verdict = Some(meaning.clone());
                }
                "I" => {
                    h.spam = Some(false);
                    h.verdict = Some(meaning.clone());
                }
                _ => h.verdict = Some(meaning.clone()),
            }
        }
        h.fields.push(AntispamField {
            key: k.into(),
            value: v.into(),
            meaning: Some(meaning),
        });
    }
    h
}

fn mailbox_field(key: &str, v: &str) -> Text {
    let flag = |reading: Text| tr!(Verdicts::MbxFlag, reading = reading);
    match key.to_ascii_lowercase().as_str() {
        "dest" => match v.to_ascii_uppercase().as_str() {
            "J" => tr!(Verdicts::MbxDestJunk),
            "I" => tr!(Verdicts::MbxDestInbox),
            "C" => tr!(Verdicts::MbxDestCustom),
            _ => tr!(Verdicts::MbxDestOther, dest = v),
        },
        "ofr" => match v {
            "CustomRules" => tr!(Verdicts::MbxOfrCustomRules),
            "SpamFilterAuthJ" => tr!(Verdicts::MbxOfrSpamFilterAuthJ),
            _ => tr!(Verdicts::MbxOfrOther, rule = v),
        },
        "ucf" => flag(tr!(Verdicts::MbxReadUcf)),
        "jmr" => flag(tr!(Verdicts::MbxReadJmr)),
        "auth" => flag(tr!(Verdicts::MbxReadAuth)),
        "wl" | "abwl" | "pcwl" | "rwl" | "iwl" | "dwl" => flag(tr!(Verdicts::MbxReadAllow)),
        "kl" | "dkl" | "bl" => flag(tr!(Verdicts::MbxReadBlock)),
        "eng" => tr!(Verdicts::MbxEngine),
        _ => tr!(Verdicts::MbxUndocumented),
    }
}

/// The meaning of a `compauth` reason code, from Microsoft's "Anti-spam
/// message headers" (Authentication-results message header fields).
pub fn compauth_reason(code: &str) -> Text {
    let code = code.trim();
    match code {
        "000" => return tr!(Verdicts::Compauth000),
        "001" => return tr!(Verdicts::Compauth001),
        "002" => return tr!(Verdicts::Compauth002),
        "010" => return tr!(Verdicts::Compauth010),
        "130" => return tr!(Verdicts::Compauth130),
        _ => {}
    }
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return tr!(Verdicts::CompauthUnknown);
    }
    match code.as_bytes()[0] {
        b'1' | b'7' => tr!(Verdicts::Compauth1xx),
        b'2' => tr!(Verdicts::Compauth2xx),
        b'3' => tr!(Verdicts::Compauth3xx),
        b'4' | b'9' => tr!(Verdicts::Compauth4xx),
        b'6' => tr!(Verdicts::Compauth6xx),
        _ => tr!(Verdicts::CompauthUnknown),
    }
}

/// `compauth=fail reason=001` inside an Authentication-Results header, as
/// its own entry: Microsoft's composite verdict on the From domain.
fn decode_compauth(header: &str, value: &str) -> Option<AntispamHeader> {
    let lower = value.to_ascii_lowercase();
    let at = lower.find("compauth=")?;
    let clause = &value[at..];
    let clause = clause.split(';').next().unwrap_or(clause);
    let mut words = clause.split_whitespace();
    let result = words.next()?.split_once('=')?.1.to_string();
    let reason = clause
        .split_whitespace()
        .find_map(|w| w.strip_prefix("reason="))
        .map(|r| {
            r.trim_matches(|c: char| !c.is_ascii_alphanumeric())
                .to_string()
        });
    let mut h = AntispamHeader {
        header: header.into(),
        engine: "Microsoft".into(),
        raw: value.into(),
        ..Default::default()
    };
    h.fields.push(AntispamField {
        key: "compauth".into(),
        value: result.clone(),
        meaning: Some(tr!(Verdicts::CompauthResult)),
    });
    if let Some(reason) = reason {
        let meaning = compauth_reason(&reason);
        h.verdict = Some(tr!(
            Verdicts::CompauthVerdict,
            result = result,
            reason = reason.clone(),
            meaning = meaning.clone()
        ));
        h.fields.push(AntispamField {
            key: "reason".into(),
            value: reason,
            meaning: Some(meaning),
        });
    }
    Some(h)
}

/// `Authentication-Results-Original`: the sending Microsoft 365
/// organization's own results, carried along; never the receiver's.
fn decode_original(header: &str, value: &str) -> AntispamHeader {
    let parsed = super::auth_results::parse_authentication_results(value);
    let mut h = AntispamHeader {
        header: header.into(),
        engine: "Microsoft".into(),
        raw: value.into(),
        ..Default::default()
    };
    let mut summary = Vec::new();
    for m in &parsed.results {
        summary.push(format!("{}={}", m.method, m.result));
        let meaning = if m.method.eq_ignore_ascii_case("compauth") {
            Some(tr!(Verdicts::CompauthResult))
        } else {
            Some(tr!(Verdicts::OriginalMethod, method = m.method.clone()))
        };
        h.fields.push(AntispamField {
            key: m.method.clone(),
            value: m.result.clone(),
            meaning,
        });
        let reason = m.reason.clone().or_else(|| {
            m.properties
                .iter()
                .find(|(k, _)| k == "reason")
                .map(|(_, v)| v.clone())
        });
        if let Some(reason) = reason.filter(|_| m.method.eq_ignore_ascii_case("compauth")) {
            h.fields.push(AntispamField {
                key: "reason".into(),
                meaning: Some(compauth_reason(&reason)),
                value: reason,
            });
        }
    }
    h.verdict = Some(tr!(Verdicts::OriginalResults, results = summary.join(" ")));
    h
}

/// Marks a header that by its name reports the sending organization's view.
fn sending_side(mut h: AntispamHeader) -> AntispamHeader {
    h.side = Side::SendingOrganization;
    h.side_note = Some(tr!(Verdicts::SendingOrgView));
    h
}

/// Decodes one header, if it is an antispam header we know.
// Long on purpose: a table, one match arm per vendor header, each a call.
pub fn decode(name: &str, value: &str) -> Option<AntispamHeader> {
    let lname = name.trim().to_ascii_lowercase();
    if let Some(h) = vendors::decode(&lname, name, value) {
        return Some(h);
    }
    Some(match lname.as_str() {
        "x-forefront-antispam-report" | "x-microsoft-antispam" => decode_microsoft(name, value),
        "x-forefront-antispam-report-untrusted" | "x-microsoft-antispam-untrusted" => {
            sending_side(decode_microsoft(name, value))
        }
        "x-microsoft-antispam-mailbox-delivery" => decode_mailbox_delivery(name, value),
        "authentication-results-original" => sending_side(decode_original(name, value)),
        "x-ms-exchange-crosstenant-authas" => sending_side(decode_simple(
            name,
            "Microsoft",
            "AuthAs",
            value,
            Some(tr!(Verdicts::CrossTenantAuthAs, class = value.trim())),
        )),
        n if n.starts_with("x-ms-exchange-crosstenant-") => sending_side(decode_simple(
            name,
            "Microsoft",
            n.trim_start_matches("x-ms-exchange-crosstenant-"),
            value,
            Some(tr!(Verdicts::CrossTenantOther)),
        )),
        "x-ms-exchange-organization-scl" => decode_ms_scl(name, value),
        "x-ms-exchange-organization-pcl" => decode_simple(
            name,
            "Microsoft",
            "PCL",
            value,
            Some(tr!(Intake::FieldPcl, meaning = pcl_meaning(value))),
        ),
        "x-ms-exchange-organization-authas" => decode_simple(
            name,
            "Microsoft",
            "AuthAs",
            value,
            Some(match value.trim().to_ascii_lowercase().as_str() {
                "anonymous" => tr!(Intake::AuthAsAnonymous),
                "internal" => tr!(Intake::AuthAsInternal),
                "partner" => tr!(Intake::AuthAsPartner),
                v => tr!(Intake::AuthAsOther, class = v),
            }),
        ),
        "x-spam-status" => decode_spam_status(name, value),
        "x-spam-score" => {
            let mut h = decode_simple(
                name,
                "SpamAssassin",
                "score",
                value,
                Some(tr!(Intake::TotalScore)),
            );
            h.score = value.trim().parse().ok();
            h
        }
        "x-spam-flag" => {
            let yes = value.trim().eq_ignore_ascii_case("yes");
            let mut h = decode_simple(
                name,
                "SpamAssassin",
                "flag",
                value,
                Some(if yes {
                    tr!(Intake::MarkedSpam)
                } else {
                    tr!(Intake::NotMarkedSpam)
                }),
            );
            h.spam = Some(yes);
            h.verdict = Some(if yes {
                tr!(Intake::FlaggedSpam)
            } else {
                tr!(Intake::NotFlagged)
            });
            h
        }
        "x-spam-level" => {
            let stars = value.trim().chars().filter(|c| *c == '*').count();
            decode_simple(
                name,
                "SpamAssassin",
                "level",
                value,
                Some(tr!(Intake::Stars, n = stars)),
            )
        }
        "x-spamd-result" => decode_rspamd(name, value),
        "x-rspamd-score" => {
            let mut h = decode_simple(
                name,
                "rspamd",
                "score",
                value,
                Some(tr!(Intake::RspamdScore)),
            );
            h.score = value.trim().parse().ok();
            h
        }
        "x-rspamd-action" => {
            let a = value.trim().to_ascii_lowercase();
            let meaning = tr!(match a.as_str() {
                "no action" => Intake::ActionNone,
                "greylist" => Intake::ActionGreylist,
                "add header" => Intake::ActionAddHeader,
                "rewrite subject" => Intake::ActionRewriteSubject,
                "soft reject" => Intake::ActionSoftReject,
                "reject" => Intake::ActionReject,
                _ => Intake::ActionUnknown,
            });
            let mut h = decode_simple(name, "rspamd", "action", value, Some(meaning.clone()));
            h.spam = Some(matches!(
                a.as_str(),
                "add header" | "rewrite subject" | "reject" | "soft reject"
            ));
            h.verdict = Some(match a.as_str() {
                "greylist" => tr!(Intake::RspamdActionGreylist, action = a),
                "add header" => tr!(Intake::RspamdActionAddHeader, action = a),
                "soft reject" => tr!(Intake::RspamdActionSoftReject, action = a),
                _ => tr!(Intake::RspamdAction, action = a, meaning = meaning),
            });
            h
        }
        "x-virus-scanned" => {
            let v = value.trim();
            let (engine_name, host) = match v.split_once(" at ") {
                Some((e, h)) => (e.trim(), Some(h.trim())),
                None => (v, None),
            };
            let mut h = AntispamHeader {
                header: name.into(),
                engine: if v.to_ascii_lowercase().contains("amavis") {
                    "amavis".into()
                } else {
                    "virus scanner".into()
                },
                verdict: Some(match host {
                    Some(host) => tr!(Intake::ScannedAt, engine = engine_name, host = host),
                    None => tr!(Intake::Scanned, engine = engine_name),
                }),
                raw: value.into(),
                ..Default::default()
            };
            h.fields.push(AntispamField {
                key: "scanner".into(),
                value: engine_name.into(),
                meaning: Some(tr!(Intake::ContentFilter)),
            });
            if let Some(host) = host {
                h.fields.push(AntispamField {
                    key: "host".into(),
                    value: host.into(),
                    meaning: Some(tr!(Intake::ScanHost)),
                });
            }
            h
        }
        _ => return None,
    })
}

/// Every antispam header of the message, in header order.
pub fn collect(msg: &mail_auth::AuthenticatedMessage<'_>) -> Vec<AntispamHeader> {
    collect_within(msg, None)
}

/// [`collect`], with the trust boundary (the header index of its Received
/// line, 0 = topmost): a header found between two Received lines below the
/// boundary was written before the message reached the receiver. Microsoft's
/// headers are left out of that rule: Exchange Online does not keep its
/// headers in the order it wrote them. A header below the last Received
/// line is left out too: a milter may append its header at the end.
pub fn collect_within(
    msg: &mail_auth::AuthenticatedMessage<'_>,
    boundary: Option<usize>,
) -> Vec<AntispamHeader> {
    let headers = msg.headers();
    let total_received = headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(b"Received"))
        .count();
    let mut received_above = 0;
    let mut out = Vec::new();
    for (n, v) in headers {
        if n.eq_ignore_ascii_case(b"Received") {
            received_above += 1;
            continue;
        }
        let name = String::from_utf8_lossy(n);
        let value = super::unfold(v);
        let decoded = if name.eq_ignore_ascii_case("Authentication-Results") {
            decode_compauth(&name, &value)
        } else {
            decode(&name, &value)
        };
        let Some(mut h) = decoded else {
            continue;
        };
        let below_boundary = boundary.is_some_and(|b| received_above > b);
        let received_below = total_received - received_above;
        if h.side == Side::Receiver
            && below_boundary
            && received_below > 0
            && h.engine != "Microsoft"
        {
            h.side = Side::BeforeBoundary;
            h.side_note = Some(tr!(Verdicts::BeforeBoundaryView));
        }
        out.push(h);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forefront() {
        let h = decode("X-Forefront-Antispam-Report", "CIP:203.0.113.9;CTRY:US;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:out.example.org;PTR:out.example.org;CAT:SPOOF;SFS:(13230031)(4636009);DIR:INB;ZZZ:odd").unwrap();
        assert_eq!(h.spam, Some(true));
        assert_eq!(h.score, Some(5.0));
        let f = |k: &str| h.fields.iter().find(|f| f.key == k).unwrap().clone();
        assert!(f("SCL").meaning.unwrap().en().contains("junk"));
        assert!(f("CAT").meaning.unwrap().en().contains("spoofing"));
        assert!(f("IPV").meaning.unwrap().en().contains("no IP reputation"));
        assert_eq!(f("ZZZ").value, "odd");
        assert_eq!(f("ZZZ").meaning, None);
        assert_eq!(f("SRV").meaning, None);
    }

    #[test]
    fn spamassassin_and_amavis() {
        let h = decode("X-Spam-Status", "Yes, score=7.3 required=5.0 tests=BAYES_99,DKIM_INVALID,\n SPF_SOFTFAIL autolearn=no autolearn_force=no version=3.4.6").unwrap();
        assert_eq!(h.spam, Some(true));
        assert_eq!((h.score, h.required), (Some(7.3), Some(5.0)));
        let names: Vec<&str> = h.tests.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, vec!["BAYES_99", "DKIM_INVALID", "SPF_SOFTFAIL"]);
        let a = decode("X-Spam-Status", "No, score=-1.9 tagged_above=-999 required=6.31 tests=[BAYES_00=-1.9, DKIM_SIGNED=0.1] autolearn=ham autolearn_force=no").unwrap();
        assert_eq!(a.spam, Some(false));
        assert_eq!(a.tests[0].score, Some(-1.9));
        assert_eq!(a.tests[1].name, "DKIM_SIGNED");
    }

    #[test]
    fn rspamd() {
        let h = decode("X-Spamd-Result", "default: False [3.40 / 15.00]; R_SPF_SOFTFAIL(0.60)[~all]; ARC_NA(0.00)[]; MIME_GOOD(-0.10)[text/plain]").unwrap();
        assert_eq!(h.spam, Some(false));
        assert_eq!((h.score, h.required), (Some(3.4), Some(15.0)));
        assert_eq!(h.tests[0].name, "R_SPF_SOFTFAIL");
        assert_eq!(h.tests[0].score, Some(0.6));
        assert_eq!(h.tests[0].options, "~all");
    }
}
