//! BIMI (draft-brand-indicators-for-message-identification): the record at
//! `default._bimi.<domain>`, the DMARC enforcement it depends on, and the
//! logo checked against the SVG Tiny Portable/Secure rules
//! (draft-svg-tiny-ps-abrotman). The SVG comes from the shell: the CLI
//! fetches the `l=` URL, the page takes it pasted or dropped (the logo's
//! server usually refuses the browser a cross-origin read). Nothing in the
//! SVG is ever run or rendered here: it is read as XML text, with its
//! depth and size bounded.

use super::{parse_tag_list, Finding};
use crate::auth::dmarc::{parse_record as parse_dmarc, Policy};
use crate::i18n::phrases::domain::Domain;
use crate::tr;
use quick_xml::events::{BytesStart, Event};
use serde::{Deserialize, Serialize};

/// The size BIMI asks logos to stay under.
pub const MAX_SVG_BYTES: usize = 32 * 1024;
/// Read at most this much of an SVG: a logo is small, a bomb is not.
pub const READ_SVG_BYTES: usize = 1024 * 1024;
const MAX_DEPTH: usize = 64;

/// SVG Tiny PS §2: no scripts, animation, foreign or external content.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script",
    "animate",
    "animateColor",
    "animateMotion",
    "animateTransform",
    "set",
    "foreignObject",
    "image",
    "video",
    "audio",
    "iframe",
    "handler",
    "listener",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct BimiCheck {
    /// `default._bimi.<domain>`
    pub name: String,
    pub record: Option<String>,
    /// `l=`: the logo's URL (empty: declined).
    pub location: Option<String>,
    /// `a=`: the mark certificate's URL (VMC or CMC).
    pub authority: Option<String>,
    pub findings: Vec<Finding>,
    /// The logo, when it was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub svg: Option<SvgCheck>,
    /// The mark certificate, when it was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vmc: Option<super::vmc::VmcCheck>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SvgCheck {
    pub bytes: usize,
    pub title: Option<String>,
    pub conforms: bool,
    pub findings: Vec<Finding>,
}

/// The selector the receivers look up when the message names none.
pub fn record_name(domain: &str) -> String {
    format!("default._bimi.{domain}")
}

/// Lints the `v=BIMI1` TXT records found at `name`, with the domain's DMARC
/// record (its own or the organizational domain's) for the enforcement rule.
pub fn check_record(name: &str, records: &[String], dmarc_record: Option<&str>) -> BimiCheck {
    let mut out = BimiCheck {
        name: name.to_string(),
        ..Default::default()
    };
    let record = match records {
        [] => {
            out.findings.push(Finding::info(
                "bimi.none",
                tr!(Domain::BimiNone, name = name),
            ));
            return out;
        }
        [one] => one,
        [first, ..] => {
            out.findings.push(Finding::error(
                "bimi.multiple",
                tr!(Domain::BimiMultiple, name = name),
            ));
            first
        }
    };
    out.record = Some(record.clone());
    let tags = parse_tag_list(record);
    if tags.first().map(|(k, v)| (k.as_str(), v.as_str())) != Some(("v", "BIMI1")) {
        out.findings.push(Finding::error(
            "bimi.bad-version",
            tr!(Domain::BimiBadVersion),
        ));
    }
    let tag = |name: &str| {
        tags.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
    };
    out.location = tag("l");
    out.authority = tag("a");
    lint_locations(&mut out);
    out.findings.extend(dmarc_enforcement(dmarc_record));
    out
}

fn lint_locations(out: &mut BimiCheck) {
    let declined = out.location.as_deref().unwrap_or("").is_empty()
        && out.authority.as_deref().unwrap_or("").is_empty();
    if declined {
        out.findings
            .push(Finding::info("bimi.declined", tr!(Domain::BimiDeclined)));
        return;
    }
    for url in [&out.location, &out.authority].into_iter().flatten() {
        if !url.is_empty() && !url.to_ascii_lowercase().starts_with("https://") {
            out.findings.push(Finding::error(
                "bimi.not-https",
                tr!(Domain::BimiLocationNotHttps, url = url),
            ));
        }
    }
    if out.authority.as_deref().unwrap_or("").is_empty() {
        out.findings.push(Finding::warning(
            "bimi.no-authority",
            tr!(Domain::BimiNoAuthority),
        ));
    }
}

/// BIMI §4: the domain's DMARC policy must be enforcing (quarantine at
/// pct=100, or reject), for its subdomains too.
fn dmarc_enforcement(dmarc_record: Option<&str>) -> Option<Finding> {
    let words = match dmarc_record.map(parse_dmarc) {
        None => {
            return Some(Finding::error(
                "bimi.dmarc-not-enforced",
                tr!(Domain::BimiNoDmarc),
            ))
        }
        Some(r) => {
            let p = r.p.unwrap_or_default();
            let sp = r.sp.unwrap_or(p);
            let enforced = p != Policy::None && sp != Policy::None && r.pct == 100;
            if enforced {
                return None;
            }
            let mut words = format!("p={}", p.as_str());
            if r.sp.is_some() {
                words.push_str(&format!(" sp={}", sp.as_str()));
            }
            if r.pct_given {
                words.push_str(&format!(" pct={}", r.pct));
            }
            words
        }
    };
    Some(Finding::error(
        "bimi.dmarc-not-enforced",
        tr!(Domain::BimiDmarcNotEnforced, policy = words),
    ))
}

/// Checks an SVG logo against the SVG Tiny PS rules that can be read from
/// its text: the profile, a title, no forbidden element or attribute,
/// the size, a square viewBox.
pub fn check_svg(svg: &[u8]) -> SvgCheck {
    let mut out = SvgCheck {
        bytes: svg.len(),
        ..Default::default()
    };
    if svg.len() > MAX_SVG_BYTES {
        out.findings.push(Finding::error(
            "bimi.svg-too-large",
            tr!(Domain::SvgTooLarge, n = svg.len()),
        ));
    }
    let text = &svg[..svg.len().min(READ_SVG_BYTES)];
    if let Err(e) = walk_svg(text, &mut out) {
        out.findings.push(Finding::error(
            "bimi.svg-not-xml",
            tr!(Domain::SvgNotXml, error = e),
        ));
    }
    out.conforms = !out
        .findings
        .iter()
        .any(|f| f.severity == super::FindingSeverity::Error);
    if out.conforms {
        out.findings
            .push(Finding::info("bimi.svg-conforms", tr!(Domain::SvgConforms)));
    }
    out
}

/// One pass over the XML events; the first element must be `<svg>`.
fn walk_svg(text: &[u8], out: &mut SvgCheck) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_reader(text);
    let mut buf = Vec::new();
    let mut depth = 0usize;
    let mut root_seen = false;
    let mut in_title = false;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| e.to_string())?;
        match event {
            Event::Start(_) | Event::Empty(_) if depth >= MAX_DEPTH => {
                out.findings.push(Finding::error(
                    "bimi.svg-too-deep",
                    tr!(Domain::SvgTooDeep, max = MAX_DEPTH),
                ));
                return Ok(());
            }
            Event::Start(e) => {
                element(&e, &mut root_seen, depth, out);
                in_title = local_name(&e) == "title";
                depth += 1;
            }
            Event::Empty(e) => element(&e, &mut root_seen, depth, out),
            Event::Text(t) if in_title => {
                let title = t.trim().to_string();
                if !title.is_empty() {
                    out.title = Some(title);
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                in_title = false;
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if root_seen && out.title.is_none() {
        out.findings
            .push(Finding::error("bimi.svg-no-title", tr!(Domain::SvgNoTitle)));
    }
    Ok(())
}

fn local_name(e: &BytesStart<'_>) -> String {
    e.local_name().as_ref().to_string()
}

fn element(e: &BytesStart<'_>, root_seen: &mut bool, depth: usize, out: &mut SvgCheck) {
    let name = local_name(e);
    let attrs: Vec<(String, String)> = e
        .attributes()
        .flatten()
        .map(|a| (a.key.as_ref().to_string(), a.value.to_string()))
        .collect();
    if depth == 0 && !*root_seen {
        *root_seen = true;
        root_element(&name, &attrs, out);
    }
    if FORBIDDEN_ELEMENTS.contains(&name.as_str()) {
        out.findings.push(Finding::error(
            "bimi.svg-forbidden-element",
            tr!(Domain::SvgForbiddenElement, name = name),
        ));
    }
    for (key, value) in &attrs {
        let lower = key.to_ascii_lowercase();
        let external = (lower == "href" || lower.ends_with(":href")) && !value.starts_with('#');
        let root_xy = depth == 0 && (lower == "x" || lower == "y");
        if lower.starts_with("on") || external || root_xy {
            out.findings.push(Finding::error(
                "bimi.svg-forbidden-attribute",
                tr!(Domain::SvgForbiddenAttribute, name = key, element = name),
            ));
        }
    }
}

fn root_element(name: &str, attrs: &[(String, String)], out: &mut SvgCheck) {
    if name != "svg" {
        out.findings.push(Finding::error(
            "bimi.svg-root",
            tr!(Domain::SvgRootNotSvg, name = name),
        ));
        return;
    }
    let attr = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    if attr("version") != Some("1.2") || attr("baseProfile") != Some("tiny-ps") {
        out.findings.push(Finding::error(
            "bimi.svg-profile",
            tr!(Domain::SvgNotTinyPs),
        ));
    }
    if let Some(view_box) = attr("viewBox") {
        let nums: Vec<f64> = view_box
            .split([' ', ','])
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect();
        if let [_, _, w, h] = nums[..] {
            if (w - h).abs() > f64::EPSILON {
                out.findings.push(Finding::warning(
                    "bimi.svg-not-square",
                    tr!(Domain::SvgNotSquare, width = w, height = h),
                ));
            }
        }
    }
}
