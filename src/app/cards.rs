//! One card per verdict (SPF, each DKIM signature, ARC, DMARC), coloured by
//! result; each opens into its step-by-step trace.

use super::anchor::anchor_id;
use super::trace;
use crate::i18n::{Lang, Msg};
use crate::report::{AuthResult, DkimReport, Report};
use yew::prelude::*;

fn badge(id: &str, r: AuthResult) -> Html {
    html! {
        <span class={classes!("verdict", format!("r-{}", r.as_str()))} data-testid={format!("{id}-result")}>
            { r.as_str() }
        </span>
    }
}

fn fact(name: &str, value: impl Into<String>) -> Html {
    let value = value.into();
    if value.is_empty() {
        return Html::default();
    }
    html! { <><dt>{ name.to_string() }</dt><dd data-i18n="content">{ value }</dd></> }
}

fn yes_no(lang: Lang, v: Option<bool>) -> String {
    match v {
        Some(true) => lang.t(Msg::Yes).into(),
        Some(false) => lang.t(Msg::No).into(),
        None => String::new(),
    }
}

/// The frame shared by every card: a `<details>` whose summary shows the check
/// and its verdict; keyboard users open it with Enter or Space.
fn card(id: &str, title: Html, result: AuthResult, summary: String, body: Html) -> Html {
    html! {
        <details class={classes!("card", format!("r-{}", result.as_str()))} data-testid={id.to_string()} id={id.to_string()}>
            <summary>
                <span class="card-title">{ title }</span>
                { badge(id, result) }
                <span class="card-summary" data-i18n="content">{ summary }</span>
            </summary>
            <div class="card-body">{ body }</div>
        </details>
    }
}

fn spf(lang: Lang, r: &Report) -> Html {
    let s = &r.spf;
    let summary = s
        .explanation
        .as_ref()
        .map(|e| lang.core(e))
        .unwrap_or_else(|| {
            if s.domain.is_empty() {
                String::new()
            } else {
                lang.f(Msg::ForDomain, &[("domain", &s.domain)])
            }
        });
    let body = html! {
        <>
            <dl class="facts-grid">
                { fact(lang.t(Msg::DomainChecked), s.domain.clone()) }
                { fact(lang.t(Msg::DnsLookups), lang.f(Msg::LookupsValue, &[("lookups", &s.dns_lookups), ("void", &s.void_lookups)])) }
                { fact(lang.t(Msg::HeloResult), s.helo_result.map(|h| h.as_str().to_string()).unwrap_or_default()) }
                { fact("Received-SPF", s.received_spf.clone().unwrap_or_default()) }
            </dl>
            <h3>{ lang.t(Msg::MailFromTrace) }</h3>
            { trace::view_at(lang, "spf.trace", &s.trace) }
            if !s.helo_trace.is_empty() {
                <h3>{ lang.t(Msg::HeloTrace) }</h3>
                { trace::view_at(lang, "spf.helo_trace", &s.helo_trace) }
            }
        </>
    };
    card("verdict-spf", html! { "SPF" }, s.result, summary, body)
}

fn dkim(lang: Lang, i: usize, d: &DkimReport) -> Html {
    let id = format!("verdict-dkim-{i}");
    let title = html! {
        <>{ "DKIM " }<span class="sig-id" translate="no">{ format!("d={} s={}", d.domain, d.selector) }</span></>
    };
    let body = html! {
        <>
            <dl class="facts-grid">
                { fact(lang.t(Msg::SigningDomain), d.domain.clone()) }
                { fact(lang.t(Msg::SelectorS), d.selector.clone()) }
                { fact(lang.t(Msg::Algorithm), d.algorithm.clone()) }
                { fact(lang.t(Msg::HeaderSigValid), yes_no(lang, d.header_signature_valid)) }
                { fact(lang.t(Msg::BodyHashMatches), yes_no(lang, d.body_hash_matches)) }
            </dl>
            if !d.warnings.is_empty() {
                <ul class="warnings" data-i18n="content">{ for d.warnings.iter().map(|w| html! { <li>{ lang.core(w) }</li> }) }</ul>
            }
            { trace::view_at(lang, &format!("dkim[{i}].trace"), &d.trace) }
        </>
    };
    card(&id, title, d.result, lang.core(&d.reason), body)
}

fn no_dkim(lang: Lang) -> Html {
    let body = html! {
        <p>{ lang.t(Msg::NoDkimText) }</p>
    };
    card(
        "verdict-dkim-0",
        html! { "DKIM" },
        AuthResult::None,
        lang.t(Msg::NoSignature).into(),
        body,
    )
}

fn valid(lang: Lang, v: Option<bool>) -> Html {
    match v {
        Some(true) => html! { <span class="status ok">{ lang.t(Msg::Valid) }</span> },
        Some(false) => html! { <span class="status bad">{ lang.t(Msg::Invalid) }</span> },
        None => html! { <span class="hint">{ lang.t(Msg::NotChecked) }</span> },
    }
}

fn arc(lang: Lang, r: &Report) -> Html {
    let a = &r.arc;
    let body = html! {
        <>
            if a.instances.is_empty() {
                <p class="hint">{ lang.t(Msg::NoArc) }</p>
            } else {
                <dl class="facts-grid">
                    { fact(lang.t(Msg::FailingInstance), a.failing_instance.map(|i| format!("i={i}")).unwrap_or_default()) }
                    { fact(lang.t(Msg::OldestValidAms), a.oldest_pass.map(|i| format!("i={i}")).unwrap_or_default()) }
                </dl>
                <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::ArcSets)}>
                    <table class="dns" data-testid="arc-instances">
                        <thead><tr>
                            <th scope="col">{ "i=" }</th><th scope="col">{ lang.t(Msg::Sealer) }</th><th scope="col">{ "cv=" }</th>
                            <th scope="col">{ "ARC-Seal" }</th><th scope="col">{ "ARC-Message-Signature" }</th><th scope="col">{ lang.t(Msg::BodyHash) }</th>
                        </tr></thead>
                        <tbody>
                            { for a.instances.iter().map(|i| html! {
                                <tr class={classes!((a.failing_instance == Some(i.instance)).then_some("row-bad"))}>
                                    <td class="num">{ i.instance }</td>
                                    <td><code>{ format!("d={} s={}", i.domain, i.selector) }</code></td>
                                    <td><code>{ i.cv.clone() }</code></td>
                                    <td>{ valid(lang, i.seal_valid) }</td>
                                    <td>{ valid(lang, i.ams_valid) }</td>
                                    <td>{ match i.ams_body_hash_matches {
                                        Some(true) => lang.t(Msg::Matches),
                                        Some(false) => lang.t(Msg::Changed),
                                        None => "–",
                                    } }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            if !a.aar.is_empty() {
                <h3>{ lang.t(Msg::ArcAar) }</h3>
                <ul class="aar-list" data-i18n="content">
                    { for a.aar.iter().map(|x| html! {
                        <li>
                            <strong>{ format!("i={} {}", x.instance, x.authserv_id) }</strong>
                            <ul>{ for x.results.iter().map(|res| html! { <li><code>{ res.clone() }</code></li> }) }</ul>
                        </li>
                    }) }
                </ul>
            }
            <h3>{ lang.t(Msg::Steps) }</h3>
            { trace::view_at(lang, "arc.trace", &a.trace) }
        </>
    };
    card(
        "verdict-arc",
        html! { "ARC" },
        a.result,
        lang.core(&a.reason),
        body,
    )
}

fn rules(lang: Lang, testid: &str, path: &str, v: &crate::report::DmarcVerdict) -> Html {
    html! {
        <div class="rules-col" data-testid={testid.to_string()}>
            <h3>{ v.rules.clone() }{ " " }{ badge(testid, v.result) }</h3>
            <dl class="facts-grid">
                { fact(lang.t(Msg::Policy), v.policy.clone().unwrap_or_else(|| lang.t(Msg::NonePublished).into())) }
                { fact(lang.t(Msg::Disposition), lang.core(&v.disposition)) }
                { fact(lang.t(Msg::FromDomain), v.from_domain.clone().unwrap_or_default()) }
                { fact(lang.t(Msg::RecordDomain), v.record_domain.clone().unwrap_or_default()) }
                { fact(lang.t(Msg::OrgDomain), v.org_domain.clone().unwrap_or_default()) }
                { fact(lang.t(Msg::SpfAligned), yes_no(lang, Some(v.spf_aligned))) }
                { fact(lang.t(Msg::DkimAligned), yes_no(lang, Some(v.dkim_aligned))) }
            </dl>
            <details class="sub">
                <summary>{ lang.f(Msg::RulesSteps, &[("rules", &v.rules)]) }</summary>
                { trace::view_at(lang, path, &v.trace) }
            </details>
        </div>
    }
}

fn dmarc(lang: Lang, r: &Report) -> Html {
    let d = &r.dmarc;
    let summary = if d.disposition.is_empty() {
        d.record_domain
            .as_ref()
            .map(|dom| lang.f(Msg::RecordAt, &[("domain", dom)]))
            .unwrap_or_default()
    } else {
        lang.core(&d.disposition)
    };
    let body = html! {
        <>
            if !d.differences.is_empty() {
                <div class="differences" role="note" data-testid="dmarc-differences">
                    <strong>{ lang.t(Msg::RulesDisagree) }</strong>
                    <ul data-i18n="content">{ for d.differences.iter().map(|x| html! { <li>{ lang.core(x) }</li> }) }</ul>
                </div>
            }
            <div class="side-by-side">
                { rules(lang, "dmarc-rfc9989", "dmarc.rfc9989.trace", &d.rfc9989) }
                { rules(lang, "dmarc-rfc7489", "dmarc.rfc7489.trace", &d.rfc7489) }
            </div>
            if !d.report_authorization.is_empty() {
                <h3>{ lang.t(Msg::ExternalDestinations) }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::DmarcDestinationsAria)}>
                    <table class="dns">
                        <thead><tr>
                            <th scope="col">{ "URI" }</th><th scope="col">{ lang.t(Msg::Destination) }</th>
                            <th scope="col">{ lang.t(Msg::AuthorizationRecord) }</th><th scope="col">{ lang.t(Msg::Authorized) }</th>
                        </tr></thead>
                        <tbody>
                            { for d.report_authorization.iter().enumerate().map(|(i, a)| html! {
                                <tr id={anchor_id(&format!("dmarc.report_authorization[{i}]"))}>
                                    <td><code>{ a.uri.clone() }</code></td>
                                    <td data-i18n="content">{ a.destination.clone() }</td>
                                    <td><code class="qname">{ a.query.clone() }</code></td>
                                    <td>
                                        { match a.authorized {
                                            Some(true) => html! { <span class="status ok">{ lang.t(Msg::Yes) }</span> },
                                            Some(false) => html! { <span class="status bad">{ lang.t(Msg::No) }</span> },
                                            None => html! { <span class="status nx">{ lang.t(Msg::Unknown) }</span> },
                                        } }
                                        <div class="hint" data-i18n="content">{ lang.core(&a.text) }</div>
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <h3>{ lang.t(Msg::Steps) }</h3>
            { trace::view_at(lang, "dmarc.trace", &d.trace) }
        </>
    };
    card("verdict-dmarc", html! { "DMARC" }, d.result, summary, body)
}

/// The iprev check (reverse DNS of the client, forward-confirmed; HELO).
pub fn iprev(lang: Lang, r: &Report) -> Html {
    let Some(i) = &r.iprev else {
        return html! { <p class="hint">{ lang.t(Msg::NoIprev) }</p> };
    };
    let summary = match &i.name {
        Some(n) => lang.f(Msg::IpIsName, &[("ip", &i.ip), ("name", n)]),
        None => lang.f(Msg::IpNoName, &[("ip", &i.ip)]),
    };
    let helo = match (i.helo_resolves, i.helo_matches) {
        (None, _) => String::new(),
        (Some(res), m) => format!(
            "{}{}",
            if res {
                lang.t(Msg::HeloResolves)
            } else {
                lang.t(Msg::HeloNotResolves)
            },
            match m {
                Some(true) => lang.t(Msg::HeloMatchesClient),
                Some(false) => lang.t(Msg::HeloNotMatchesClient),
                None => "",
            }
        ),
    };
    let body = html! {
        <>
            <dl class="facts-grid">
                { fact(lang.t(Msg::ClientIp), i.ip.clone()) }
                { fact(lang.t(Msg::ConfirmedName), i.name.clone().unwrap_or_default()) }
                { fact("HELO", i.helo.clone().unwrap_or_default()) }
                { fact(lang.t(Msg::HeloCheck), helo) }
            </dl>
            if !i.ptr.is_empty() {
                <ul class="aar-list">
                    { for i.ptr.iter().map(|p| html! {
                        <li>
                            <code>{ p.name.clone() }</code>{ " → " }{ p.addresses.join(", ") }{ " " }
                            if p.confirmed { <span class="status ok">{ lang.t(Msg::Confirmed) }</span> } else { <span class="status bad">{ lang.t(Msg::NotConfirmed) }</span> }
                        </li>
                    }) }
                </ul>
            }
            { trace::view_at(lang, "iprev.trace", &i.trace) }
        </>
    };
    card(
        "verdict-iprev",
        html! { lang.t(Msg::ReverseDns) },
        i.result,
        summary,
        body,
    )
}

fn identities(lang: Lang, r: &Report) -> Html {
    let id = &r.identities;
    let row = |name: &str, v: &Option<String>, src: &crate::i18n::text::Text| {
        let value = match v.as_deref() {
            Some("") => lang.t(Msg::NullSender).to_string(),
            Some(v) => v.to_string(),
            None => lang.t(Msg::Unknown).to_string(),
        };
        html! { <><dt>{ name.to_string() }</dt><dd><code>{ value }</code>{ " " }<small class="hint" data-i18n="content">{ lang.core(src) }</small></dd></> }
    };
    html! {
        <dl class="facts-grid identities-used" data-testid="identities-used">
            { row(lang.t(Msg::ConnectingIp), &id.ip, &id.sources.ip) }
            { row("HELO", &id.helo, &id.sources.helo) }
            { row("MAIL FROM", &id.mail_from, &id.sources.mail_from) }
            { row(lang.t(Msg::FromDomain), &id.from_domain, &id.sources.from_domain) }
            if !r.received.boundary_source.is_empty() {
                // Which evidence put the boundary where the IP and HELO were read.
                <dt>{ lang.t(Msg::BoundaryChosenBy) }</dt>
                <dd data-testid="boundary-evidence">
                    <small class="hint" data-i18n="content">{ lang.core(&r.received.boundary_source) }</small>
                    if !r.received.boundary_findings.is_empty() {
                        <ul class="boundary-findings" data-i18n="content">
                            { for r.received.boundary_findings.iter().map(|f| html! { <li>{ lang.core(f) }</li> }) }
                        </ul>
                    }
                </dd>
            }
        </dl>
    }
}

/// All verdict cards of a report, with the identities they were computed for.
/// DKIM2's chain: a row per hop, in order, with the envelope it binds.
fn dkim2(lang: Lang, d: &crate::report::dkim2::Dkim2Report) -> Html {
    let body = html! {
        <>
            <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::Dkim2Chain)}>
                <table class="dns" data-testid="dkim2-hops">
                    <thead><tr>
                        <th scope="col">{ "i=" }</th><th scope="col">{ "d=" }</th><th scope="col">{ "m=" }</th>
                        <th scope="col">{ "MAIL FROM" }</th><th scope="col">{ "RCPT TO" }</th>
                    </tr></thead>
                    <tbody>
                        { for d.hops.iter().map(|h| html! {
                            <tr>
                                <td class="num">{ h.i }</td>
                                <td><code>{ h.domain.clone() }</code></td>
                                <td class="num">{ h.m }</td>
                                <td><code>{ h.mail_from.clone().or_else(|| h.next_domain.as_ref().map(|n| format!("nd={n}"))).unwrap_or_default() }</code></td>
                                <td><code>{ h.rcpt_to.join(", ") }</code></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ lang.t(Msg::Steps) }</h3>
            { trace::view_at(lang, "dkim2.trace", &d.trace) }
        </>
    };
    card(
        "verdict-dkim2",
        html! { "DKIM2" },
        d.result,
        lang.core(&d.reason),
        body,
    )
}

pub fn view(lang: Lang, r: &Report) -> Html {
    html! {
        <section class="panel" aria-labelledby="verdicts-title" data-testid="verdicts">
            <h2 id="verdicts-title">{ lang.t(Msg::Verdicts) }</h2>
            if !r.notices.is_empty() {
                <ul class="notices" data-testid="notices" data-i18n="content">
                    { for r.notices.iter().map(|n| html! { <li>{ lang.core(n) }</li> }) }
                </ul>
            }
            { identities(lang, r) }
            <div class="cards">
                { spf(lang, r) }
                if r.dkim.is_empty() {
                    { no_dkim(lang) }
                } else {
                    { for r.dkim.iter().enumerate().map(|(i, d)| dkim(lang, i, d)) }
                }
                { dmarc(lang, r) }
                { arc(lang, r) }
                if let Some(d) = &r.dkim2 { { dkim2(lang, d) } }
            </div>
            <p class="hint">{ lang.t(Msg::OpenCardHint) }</p>
        </section>
    }
}
