//! `headerscope domain`: the page's domain check on the command line, the
//! same core ([`crate::builder::domain`]). DNS first; then the documents
//! the DNS names (the MTA-STS policy, the BIMI logo) are read from files
//! or fetched over HTTPS, and attached.

use super::args::{DomainArgs, Format};
use super::{build_resolver, Usage};
use crate::builder::domain::{self, Documents, DomainCheck};
use crate::builder::{Finding, FindingSeverity};
use crate::i18n::phrases::domain::Domain;
use crate::i18n::{Lang, Msg};
use crate::tr;
use std::fmt::Write;

/// Runs the command; the rendered output.
pub fn run(a: &DomainArgs) -> Result<String, Usage> {
    let resolver = build_resolver(&a.dns)?;
    let selectors = if a.selectors.is_empty() {
        domain::common_selectors()
    } else {
        a.selectors.clone()
    };
    let mut check = futures::executor::block_on(domain::check_domain_with(
        resolver.as_ref(),
        &a.domain,
        &selectors,
    ));
    let docs = documents(a, &check)?;
    domain::attach_documents(&mut check, &docs, resolver.is_offline());
    Ok(match a.format {
        Format::Json => serde_json::to_string_pretty(&check)
            .map_err(|e| Usage(format!("cannot encode the report: {e}")))?,
        Format::Text => render(&check, a.lang),
    })
}

/// The policy and the logo: from the files given, else fetched when
/// allowed and the DNS says where they are.
fn documents(a: &DomainArgs, check: &DomainCheck) -> Result<Documents, Usage> {
    let mut docs = Documents {
        now: crate::unix_now(),
        ..Default::default()
    };
    if let Some(path) = &a.mta_sts_policy {
        let text = read_file(path)?;
        docs.mta_sts_policy = Some((tr!(Domain::PolicyPasted), text));
    } else if a.fetch && check.mta_sts.record.is_some() {
        let url = crate::builder::mta_sts::policy_url(&check.domain);
        match fetch::https(&url, crate::builder::mta_sts::MAX_POLICY_BYTES) {
            Ok(body) => {
                let text = String::from_utf8_lossy(&body).into_owned();
                docs.mta_sts_policy = Some((tr!(Domain::PolicyFetched, url = url), text));
            }
            Err(e) => docs.mta_sts_error = Some(e),
        }
    }
    if let Some(path) = &a.bimi_svg {
        docs.bimi_svg =
            Some(std::fs::read(path).map_err(|e| Usage(format!("cannot read {path}: {e}")))?);
    } else if let Some(url) = check.bimi.location.as_deref().filter(|l| !l.is_empty()) {
        if a.fetch {
            match fetch::https(url, crate::builder::bimi::READ_SVG_BYTES) {
                Ok(body) => docs.bimi_svg = Some(body),
                Err(e) => docs.bimi_svg_error = Some(e),
            }
        }
    }
    if let Some(path) = &a.bimi_cert {
        docs.bimi_certificate = Some(read_file(path)?);
    } else if let Some(url) = check.bimi.authority.as_deref().filter(|u| !u.is_empty()) {
        if a.fetch {
            match fetch::https(url, 256 * 1024) {
                Ok(body) => {
                    docs.bimi_certificate = Some(String::from_utf8_lossy(&body).into_owned())
                }
                Err(e) => docs.bimi_certificate_error = Some(e),
            }
        }
    }
    Ok(docs)
}

fn read_file(path: &str) -> Result<String, Usage> {
    std::fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| Usage(format!("cannot read {path}: {e}")))
}

mod fetch {
    //! One HTTPS GET, bounded in time and size, no redirects (RFC 8461
    //! §3.3 forbids following them for the policy; a logo gets no more).
    use crate::i18n::text::Text;
    use std::time::Duration;

    pub fn https(url: &str, max_bytes: usize) -> Result<Vec<u8>, Text> {
        if !url.to_ascii_lowercase().starts_with("https://") {
            return Err(Text::verbatim(format!("{url}: not an https URL")));
        }
        let runtime =
            crate::dns::doh::runtime().map_err(|e| crate::i18n::text::Describe::text(&e))?;
        runtime.block_on(get(url, max_bytes))
    }

    async fn get(url: &str, max_bytes: usize) -> Result<Vec<u8>, Text> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| Text::verbatim(e.to_string()))?;
        let mut response = client
            .get(url)
            .send()
            .await
            .map_err(|e| Text::verbatim(format!("{url}: {e}")))?;
        if !response.status().is_success() {
            return Err(Text::verbatim(format!("{url}: HTTP {}", response.status())));
        }
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| Text::verbatim(format!("{url}: {e}")))?
        {
            if body.len() + chunk.len() > max_bytes {
                return Err(Text::verbatim(format!(
                    "{url}: more than {max_bytes} bytes"
                )));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }
}

/// The text form: one section a part, each with its findings, then the
/// DNS log.
pub fn render(c: &DomainCheck, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", c.domain);
    section(
        &mut out,
        lang,
        "SPF",
        c.spf.record.as_deref(),
        &c.spf.findings,
    );
    section(
        &mut out,
        lang,
        "DMARC",
        c.dmarc.record.as_deref(),
        &c.dmarc.findings,
    );
    let mx: Vec<String> =
        c.mx.hosts
            .iter()
            .map(|h| format!("{} {}", h.preference, h.exchange))
            .collect();
    section(&mut out, lang, "MX", Some(&mx.join(", ")), &c.mx.findings);
    for s in c.dkim.iter().filter(|s| s.found) {
        let record = s.lint.as_ref().map(|l| l.record.as_str());
        section(
            &mut out,
            lang,
            &format!("DKIM {}", s.name),
            record,
            &s.findings,
        );
        if let Some(l) = &s.lint {
            findings(&mut out, lang, &l.findings);
        }
    }
    findings(&mut out, lang, &c.dkim_findings);
    section(
        &mut out,
        lang,
        "MTA-STS",
        c.mta_sts.record.as_deref(),
        &c.mta_sts.findings,
    );
    if let Some(p) = &c.mta_sts_policy {
        let _ = writeln!(out, "  {}", lang.core(&p.source));
        for m in &p.matches {
            let _ = writeln!(
                out,
                "  mx {} -> {}",
                m.host,
                m.pattern.as_deref().unwrap_or("-")
            );
        }
        findings(&mut out, lang, &p.findings);
    }
    section(
        &mut out,
        lang,
        "TLS-RPT",
        c.tls_rpt.record.as_deref(),
        &c.tls_rpt.findings,
    );
    for d in &c.dane {
        let records: Vec<String> = d
            .records
            .iter()
            .map(|r| format!("{} {} {} {}", r.usage, r.selector, r.matching, r.data))
            .collect();
        section(
            &mut out,
            lang,
            &format!("DANE {}", d.name),
            Some(&records.join(" | ")),
            &[],
        );
        for r in &d.records {
            let _ = writeln!(out, "  {}", lang.core(&r.meaning));
        }
        findings(&mut out, lang, &d.findings);
    }
    section(
        &mut out,
        lang,
        "BIMI",
        c.bimi.record.as_deref(),
        &c.bimi.findings,
    );
    if let Some(svg) = &c.bimi.svg {
        findings(&mut out, lang, &svg.findings);
    }
    if let Some(vmc) = &c.bimi.vmc {
        for cert in &vmc.certificates {
            let _ = writeln!(out, "  {} <- {}", cert.subject, cert.issuer);
        }
        findings(&mut out, lang, &vmc.findings);
    }
    section(&mut out, lang, "DNSSEC", None, &c.dnssec_findings);
    let _ = writeln!(out);
    super::text::render_dns(&mut out, lang, &c.dns);
    out
}

fn section(out: &mut String, lang: Lang, title: &str, record: Option<&str>, f: &[Finding]) {
    let shown = record
        .filter(|r| !r.is_empty())
        .unwrap_or(lang.t(Msg::CliNoRecords));
    let _ = writeln!(out, "\n{title:<8} {shown}");
    findings(out, lang, f);
}

fn findings(out: &mut String, lang: Lang, f: &[Finding]) {
    for finding in f {
        let mark = match finding.severity {
            FindingSeverity::Error => "✗",
            FindingSeverity::Warning => "!",
            FindingSeverity::Info => "·",
        };
        let _ = writeln!(out, "  {mark} {}", lang.core(&finding.message));
        if let Some(fix) = &finding.fix {
            let _ = writeln!(out, "      → {}", lang.core(fix));
        }
    }
}
