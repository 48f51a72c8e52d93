//! The gateways and providers a helpdesk meets: ProtonMail, Vade, Proofpoint,
//! Mimecast, Cisco Secure Email (IronPort), Barracuda, Sophos, Trend Micro and
//! Gmail. Each header's meaning comes from the vendor's documentation where
//! there is one (named beside each decoder and in
//! tests/data/antispam/PROVENANCE.md); where there is none, the meaning says
//! so. A verdict is only claimed where the header states one.

use super::{AntispamField, AntispamHeader, SpamTest};
use crate::i18n::phrases::intake::Intake;
use crate::i18n::phrases::verdicts::Verdicts;
use crate::i18n::text::Text;
use crate::tr;

fn header(name: &str, engine: &str, value: &str) -> AntispamHeader {
    AntispamHeader {
        header: name.into(),
        engine: engine.into(),
        raw: value.into(),
        ..Default::default()
    }
}

fn field(key: &str, value: &str, meaning: Option<Text>) -> AntispamField {
    AntispamField {
        key: key.into(),
        value: value.trim().into(),
        meaning,
    }
}

fn one_field(name: &str, engine: &str, value: &str, key: &str, meaning: Text) -> AntispamHeader {
    let mut h = header(name, engine, value);
    h.fields.push(field(key, value, Some(meaning)));
    h
}

fn undocumented(vendor: &str, reading: Text) -> Text {
    tr!(
        Verdicts::VendorUndocumented,
        vendor = vendor,
        reading = reading
    )
}

fn outcome(spam: bool) -> Text {
    if spam {
        tr!(Verdicts::OutcomeSpam)
    } else {
        tr!(Verdicts::OutcomeNotSpam)
    }
}

fn score_verdict(h: &mut AntispamHeader, spam: bool, score: f64, threshold: f64) {
    h.spam = Some(spam);
    h.score = Some(score);
    h.required = Some(threshold);
    h.verdict = Some(tr!(
        Verdicts::VendorScoreThreshold,
        engine = h.engine.clone(),
        score = score,
        threshold = threshold,
        outcome = outcome(spam)
    ));
}

/// Decodes a gateway's or provider's header, if we know it.
// Long on purpose: a table, one arm per vendor header, each with the
// documentation it follows.
pub fn decode(lname: &str, name: &str, value: &str) -> Option<AntispamHeader> {
    let v = value.trim();
    Some(match lname {
        // ProtonMail documents no header format; the names are what its
        // delivered mail carries.
        "x-pm-spamscore" => {
            let mut h = one_field(
                name,
                "ProtonMail",
                value,
                "score",
                undocumented("Proton", tr!(Verdicts::ReadSpamScore)),
            );
            h.score = v.parse().ok();
            h
        }
        "x-pm-spam" => one_field(
            name,
            "ProtonMail",
            value,
            "spam",
            undocumented("Proton", tr!(Verdicts::ReadSpamFlag)),
        ),
        // Vade (Vade Secure): the state and score are read by Thunderbird's
        // Spam Scores add-on; SPAMCAUSE is deliberately obfuscated.
        "x-vr-spamstate" => vade_state(name, value),
        "x-vr-spamscore" => {
            let mut h = one_field(
                name,
                "Vade",
                value,
                "score",
                undocumented("Vade", tr!(Verdicts::ReadSpamScore)),
            );
            h.score = v.parse().ok();
            h
        }
        "x-vr-spamcause" => one_field(name, "Vade", value, "cause", tr!(Verdicts::VadeCause)),
        "x-proofpoint-spam-details" => proofpoint(name, value),
        "x-proofpoint-virus-version" => one_field(
            name,
            "Proofpoint",
            value,
            "version",
            tr!(Verdicts::VendorVersion),
        ),
        // Mimecast: "Spam Score" (Mimecast support, "Message Insight - Spam Score").
        "x-mimecast-spam-score" => {
            let mut h = one_field(
                name,
                "Mimecast",
                value,
                "score",
                tr!(Verdicts::MimecastScore),
            );
            h.score = v.parse().ok();
            h
        }
        "x-mimecast-impersonation-protect" => mimecast_impersonation(name, value),
        "x-mimecast-bulk-signature" | "x-mimecast-spam-signature" => one_field(
            name,
            "Mimecast",
            value,
            "signature",
            undocumented("Mimecast", Text::verbatim("bulk / clean")),
        ),
        // Cisco Secure Email (IronPort), AsyncOS user guide, "Headers Added
        // During Anti-Spam Scanning"; SBRS, "Sender Reputation Filtering".
        "x-ironport-anti-spam-filtered" => {
            let mut h = one_field(
                name,
                "Cisco IronPort",
                value,
                "filtered",
                tr!(Verdicts::IronPortFiltered),
            );
            h.verdict = Some(tr!(Verdicts::IronPortFiltered));
            h
        }
        "x-ironport-anti-spam-result" | "x-ironport-anti-spam" | "x-ironport-av" => one_field(
            name,
            "Cisco IronPort",
            value,
            "result",
            tr!(Verdicts::VendorOpaque, vendor = "Cisco"),
        ),
        "x-sbrs" => sbrs(name, value),
        // Barracuda Email Security Gateway: the SpamAssassin-style status
        // with its three per-user levels.
        "x-barracuda-spam-status" => barracuda_status(name, value),
        "x-barracuda-spam-score" => {
            let mut h = one_field(
                name,
                "Barracuda",
                value,
                "score",
                tr!(Verdicts::VendorScore),
            );
            h.score = v.parse().ok();
            h
        }
        "x-barracuda-spam-flag" => {
            let yes = v.eq_ignore_ascii_case("yes");
            let mut h = one_field(
                name,
                "Barracuda",
                value,
                "flag",
                if yes {
                    tr!(Intake::MarkedSpam)
                } else {
                    tr!(Intake::NotMarkedSpam)
                },
            );
            h.spam = Some(yes);
            h.verdict = Some(if yes {
                tr!(Verdicts::VendorSaysSpam, engine = "Barracuda", value = v)
            } else {
                tr!(Verdicts::VendorSaysNotSpam, engine = "Barracuda", value = v)
            });
            h
        }
        "x-barracuda-spam-report" => {
            one_field(name, "Barracuda", value, "report", tr!(Intake::RuleIds))
        }
        // Sophos does not document its appliance's headers.
        "x-lased-spamprobability" => {
            let mut h = one_field(
                name,
                "Sophos",
                value,
                "probability",
                undocumented("Sophos", tr!(Verdicts::ReadProbability)),
            );
            h.score = v.parse().ok();
            h
        }
        // Trend Micro KA-0001462: the Approved and Blocked Senders checks.
        "x-tm-as-user-approved-sender" => {
            let mut h = one_field(
                name,
                "Trend Micro",
                value,
                "approved",
                tr!(Verdicts::TrendApproved),
            );
            if v.eq_ignore_ascii_case("yes") {
                h.spam = Some(false);
            }
            h
        }
        "x-tm-as-user-blocked-sender" => {
            let mut h = one_field(
                name,
                "Trend Micro",
                value,
                "blocked",
                tr!(Verdicts::TrendBlocked),
            );
            if v.eq_ignore_ascii_case("yes") {
                h.spam = Some(true);
                h.verdict = Some(tr!(
                    Verdicts::VendorSaysSpam,
                    engine = "Trend Micro",
                    value = "Blocked Senders"
                ));
            }
            h
        }
        n if n.starts_with("x-sophos-")
            || (n.starts_with("x-lased-") && n != "x-lased-spamprobability") =>
        {
            one_field(name, "Sophos", value, "value", tr!(Verdicts::SophosField))
        }
        "x-tm-as-result" => trend_as_result(name, value),
        "x-tmase-result" => trend_tmase_result(name, value),
        "x-tm-as-product-ver" | "x-tmase-version" => one_field(
            name,
            "Trend Micro",
            value,
            "version",
            tr!(Verdicts::VendorVersion),
        ),
        "x-gm-spam" => one_field(
            name,
            "Gmail",
            value,
            "spam",
            tr!(Verdicts::GmailFlag, what = "spam"),
        ),
        "x-gm-phishy" => one_field(
            name,
            "Gmail",
            value,
            "phishy",
            tr!(Verdicts::GmailFlag, what = "phishing"),
        ),
        _ => return None,
    })
}

fn vade_state(name: &str, value: &str) -> AntispamHeader {
    let v = value.trim();
    let mut h = one_field(
        name,
        "Vade",
        value,
        "state",
        undocumented("Vade", tr!(Verdicts::ReadSpamState)),
    );
    let (spam, verdict) = match v.to_ascii_uppercase().as_str() {
        "OK" => (
            Some(false),
            tr!(Verdicts::VendorSaysNotSpam, engine = "Vade", value = v),
        ),
        "SPAM" => (
            Some(true),
            tr!(Verdicts::VendorSaysSpam, engine = "Vade", value = v),
        ),
        "SUSPECT" => (
            None,
            tr!(Verdicts::VendorSaysSuspect, engine = "Vade", value = v),
        ),
        _ => return h,
    };
    h.spam = spam;
    h.verdict = Some(verdict);
    h
}

/// `rule=notspam policy=default score=0 spamscore=0 ipscore=0
/// suspectscore=2 phishscore=0 bulkscore=0 adultscore=0 classifier=spam
/// adjust=0 reason=mlx scancount=1 engine=8.19.0-2407110000
/// definitions=main-2407120001` (Proofpoint Protection Server).
fn proofpoint(name: &str, value: &str) -> AntispamHeader {
    let mut h = header(name, "Proofpoint", value);
    let mut get = std::collections::HashMap::new();
    for pair in value.split_whitespace() {
        let Some((k, v)) = pair.split_once('=') else {
            h.fields.push(field(pair, "", None));
            continue;
        };
        let k = k.to_ascii_lowercase();
        let meaning = match k.as_str() {
            "rule" => Some(tr!(Verdicts::PpRule)),
            "policy" => Some(tr!(Verdicts::PpPolicy)),
            "score" => Some(tr!(Verdicts::VendorScore)),
            "classifier" => Some(tr!(Verdicts::PpClassifier)),
            "engine" | "definitions" => Some(tr!(Verdicts::VendorVersion)),
            k if k.ends_with("score") => Some(tr!(
                Verdicts::PpClassScore,
                class = k.trim_end_matches("score").to_string()
            )),
            _ => None,
        };
        get.entry(k.clone()).or_insert_with(|| v.to_string());
        h.fields.push(field(&k, v, meaning));
    }
    let num = |k: &str| get.get(k).and_then(|v| v.parse::<f64>().ok());
    h.score = num("spamscore");
    if let (Some(rule), Some(spam)) = (get.get("rule"), num("spamscore")) {
        let others = match (num("phishscore"), num("bulkscore")) {
            (Some(p), Some(b)) => Arg::sentence(tr!(Verdicts::PpOthers, phish = p, bulk = b)),
            _ => Arg::Data(String::new()),
        };
        h.verdict = Some(Text::new(
            crate::i18n::text::Key::Core(Verdicts::PpVerdict.phrase()),
            vec![
                ("rule".into(), Arg::Data(rule.clone())),
                ("spam".into(), Arg::Data(spam.to_string())),
                ("others".into(), others),
            ],
        ));
        // The rule names the outcome: notspam is Proofpoint's "no spam rule".
        if rule.eq_ignore_ascii_case("notspam") {
            h.spam = Some(false);
        } else if rule.to_ascii_lowercase().contains("spam") {
            h.spam = Some(true);
        }
    }
    h
}

use crate::i18n::text::Arg;

/// `Policy=Default Inbound;Similar Internal Domain=false;...;Newly Observed Domain=true`.
fn mimecast_impersonation(name: &str, value: &str) -> AntispamHeader {
    let mut h = header(name, "Mimecast", value);
    let mut matched = Vec::new();
    for part in value.split(';') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        if v.trim().eq_ignore_ascii_case("true") {
            matched.push(k.trim().to_string());
        }
        h.fields.push(field(k.trim(), v, None));
    }
    h.verdict = Some(if matched.is_empty() {
        tr!(Verdicts::MimecastImpersonationNone)
    } else {
        tr!(
            Verdicts::MimecastImpersonation,
            matched = matched.join(", ")
        )
    });
    h
}

fn sbrs(name: &str, value: &str) -> AntispamHeader {
    let v = value.trim();
    let meaning = match v.parse::<f64>() {
        Ok(s) if s < -1.0 => tr!(Verdicts::SbrsBad),
        Ok(s) if s < 1.0 => tr!(Verdicts::SbrsNeutral),
        Ok(_) => tr!(Verdicts::SbrsGood),
        Err(_) => tr!(Verdicts::SbrsNone),
    };
    let text = tr!(Verdicts::IronPortSbrs, meaning = meaning);
    let mut h = one_field(name, "Cisco IronPort", value, "SBRS", text.clone());
    h.score = v.parse().ok();
    h.verdict = Some(text);
    h
}

/// `Yes, SCORE=3.60 using per-user scores of TAG_LEVEL=3.5
/// QUARANTINE_LEVEL=9.0 KILL_LEVEL=1000.0 tests=A, B`.
fn barracuda_status(name: &str, value: &str) -> AntispamHeader {
    let mut h = header(name, "Barracuda", value);
    let v = value.trim();
    let flag = v.split(',').next().unwrap_or("").trim();
    let mut levels = std::collections::HashMap::new();
    let mut tests_at = None;
    for (i, w) in v.split_whitespace().enumerate() {
        if let Some((k, val)) = w.split_once('=') {
            let k = k.to_ascii_uppercase();
            if k == "TESTS" {
                tests_at = v.find("tests=").or_else(|| v.find("TESTS="));
                break;
            }
            levels.insert(k, val.trim_end_matches(',').to_string());
        }
        let _ = i;
    }
    if let Some(at) = tests_at {
        for t in v[at + 6..].split(',') {
            let t = t.trim();
            if !t.is_empty() {
                h.tests.push(SpamTest {
                    name: t.into(),
                    score: None,
                    options: String::new(),
                });
            }
        }
    }
    let num = |k: &str| levels.get(k).and_then(|s| s.parse::<f64>().ok());
    h.score = num("SCORE");
    h.required = num("TAG_LEVEL");
    h.fields.push(field("flag", flag, None));
    if let (Some(t), Some(q), Some(k)) = (
        levels.get("TAG_LEVEL"),
        levels.get("QUARANTINE_LEVEL"),
        levels.get("KILL_LEVEL"),
    ) {
        h.fields.push(field(
            "levels",
            &format!("{t} / {q} / {k}"),
            Some(tr!(
                Verdicts::BarracudaLevels,
                mark = t.clone(),
                quarantine = q.clone(),
                kill = k.clone()
            )),
        ));
    }
    let spam = match flag.to_ascii_lowercase().as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    match (spam, h.score, h.required) {
        (Some(s), Some(score), Some(tag)) => score_verdict(&mut h, s, score, tag),
        (Some(s), _, _) => h.spam = Some(s),
        _ => {}
    }
    h
}

/// `Yes-5.339-5.0-31-1`: spam yes/no, score, threshold, category, type
/// (Trend Micro KA-0001462; a score written `--1.8` is negative).
fn trend_as_result(name: &str, value: &str) -> AntispamHeader {
    let mut h = header(name, "Trend Micro", value);
    let v = value.trim();
    let Some((flag, rest)) = v.split_once('-') else {
        return h;
    };
    let nums = trend_numbers(rest);
    h.fields.push(field("spam", flag, None));
    if let Some(s) = nums.first() {
        h.fields.push(field(
            "score",
            &s.to_string(),
            Some(tr!(Verdicts::VendorScore)),
        ));
    }
    if let Some(t) = nums.get(1) {
        h.fields.push(field(
            "threshold",
            &t.to_string(),
            Some(tr!(Verdicts::ThresholdField)),
        ));
    }
    if let Some(c) = nums.get(2) {
        h.fields.push(field(
            "category",
            &c.to_string(),
            Some(tr!(Verdicts::TrendCategory)),
        ));
    }
    if let Some(t) = nums.get(3) {
        h.fields.push(field(
            "type",
            &t.to_string(),
            Some(tr!(Verdicts::TrendType, value = t.to_string())),
        ));
    }
    let spam = match flag.to_ascii_lowercase().as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    match (spam, nums.first(), nums.get(1)) {
        (Some(s), Some(&score), Some(&t)) => score_verdict(&mut h, s, score, t),
        (s, _, _) => h.spam = s,
    }
    h
}

/// `<TrendType>-<Spam Score>-<Spam Threshold>` (Trend Micro Email
/// Security, "Antispam Engine scan details"); the spam is the comparison.
fn trend_tmase_result(name: &str, value: &str) -> AntispamHeader {
    let mut h = header(name, "Trend Micro", value);
    let v = value.trim();
    let Some((kind, rest)) = v.split_once('-') else {
        return h;
    };
    let nums = trend_numbers(rest);
    h.fields.push(field(
        "type",
        kind,
        Some(tr!(Verdicts::TrendType, value = kind.to_string())),
    ));
    if let (Some(&score), Some(&t)) = (nums.first(), nums.get(1)) {
        h.fields.push(field(
            "score",
            &score.to_string(),
            Some(tr!(Verdicts::VendorScore)),
        ));
        h.fields.push(field(
            "threshold",
            &t.to_string(),
            Some(tr!(Verdicts::ThresholdField)),
        ));
        score_verdict(&mut h, score >= t, score, t);
    }
    h
}

/// Numbers joined by `-`, where a number written after a doubled `-` is negative.
fn trend_numbers(s: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut negative = false;
    for part in s.split('-') {
        if part.is_empty() {
            negative = true;
            continue;
        }
        if let Ok(n) = part.trim().parse::<f64>() {
            out.push(if negative { -n } else { n });
        }
        negative = false;
    }
    out
}
