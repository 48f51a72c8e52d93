//! The sender requirements of Gmail, Yahoo and Outlook.com as a table (one
//! row per requirement: pass, fail or cannot tell, why, and a link to the
//! evidence), and the security findings, each with why it matters.

use super::anchor::{anchor_id, go_to_on_click};
use crate::i18n::{Lang, Msg};
use crate::report::summary::Severity;
use crate::report::triage::{FindingKind, RequirementLine, RequirementStatus, SecurityFinding};
use crate::report::Report;
use crate::triage::{bulk_label, rule_label, status_label, who_label};
use yew::prelude::*;

/// A link to the evidence, as the summary's links work.
fn evidence_link(lang: Lang, link: &str) -> Html {
    let onclick = go_to_on_click(link);
    html! {
        <a href={format!("#{}", anchor_id(link))} {onclick} class="evidence" data-testid="requirement-link" data-link={link.to_string()}>
            { lang.t(Msg::ShowStep) }
        </a>
    }
}

fn row(lang: Lang, i: usize, line: &RequirementLine) -> Html {
    let own = format!("requirements.lines[{i}]");
    // The word beside the colour, so colour is not the only cue.
    let class = match line.status {
        RequirementStatus::Pass => "status ok",
        RequirementStatus::Fail => "status bad",
        RequirementStatus::CannotTell => "status nx",
    };
    html! {
        <tr id={anchor_id(&own)} data-testid="requirement-row" data-status={line.status.as_str().replace(' ', "_")}>
            <th scope="row">{ lang.core(&rule_label(line.rule)) }</th>
            <td>{ lang.core(&who_label(line)) }</td>
            <td class={class} data-testid="requirement-status">{ lang.core(&status_label(line.status)) }</td>
            <td>
                <span data-testid="requirement-why">{ lang.core(&line.why) }</span>
                if line.link != own {
                    { " " }{ evidence_link(lang, &line.link) }
                }
            </td>
        </tr>
    }
}

/// The requirements panel.
pub fn view(lang: Lang, r: &Report) -> Html {
    let req = &r.requirements;
    if req.lines.is_empty() {
        return Html::default();
    }
    html! {
        <section class="panel" aria-labelledby="requirements-title" data-testid="requirements">
            <h2 id="requirements-title">{ lang.t(Msg::ReqTitle) }</h2>
            <p class="hint">{ lang.t(Msg::ReqIntro) }</p>
            <p data-testid="requirements-bulk">{ lang.core(&bulk_label(req)) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::ReqTable)}>
                <table class="dns requirements">
                    <caption class="visually-hidden">{ lang.t(Msg::ReqTable) }</caption>
                    <thead><tr>
                        <th scope="col">{ lang.t(Msg::ReqColRule) }</th>
                        <th scope="col">{ lang.t(Msg::ReqColWho) }</th>
                        <th scope="col">{ lang.t(Msg::ReqColStatus) }</th>
                        <th scope="col">{ lang.t(Msg::ReqColWhy) }</th>
                    </tr></thead>
                    <tbody>{ for req.lines.iter().enumerate().map(|(i, l)| row(lang, i, l)) }</tbody>
                </table>
            </div>
        </section>
    }
}

fn kind_word(kind: FindingKind) -> Msg {
    match kind {
        FindingKind::Lookalike => Msg::SecLookalike,
        FindingKind::DisplayNameAddress => Msg::SecDisplayName,
        FindingKind::DomainsDiffer => Msg::SecDomainsDiffer,
        FindingKind::DkimReplay => Msg::SecDkimReplay,
    }
}

fn severity(s: Severity) -> (&'static str, Msg) {
    match s {
        Severity::Critical => ("sev-critical", Msg::SevCritical),
        Severity::Warning => ("sev-warning", Msg::SevWarning),
        Severity::Info => ("sev-info", Msg::SevInfo),
        Severity::Ok => ("sev-ok", Msg::SevOk),
    }
}

fn finding(lang: Lang, i: usize, f: &SecurityFinding) -> Html {
    let (class, word) = severity(f.severity);
    html! {
        <li id={anchor_id(&format!("security[{i}]"))} class={classes!("summary-item", class)} data-testid="security-finding">
            <h3 class="finding-title"><span class="sev">{ lang.t(word) }</span>{ " " }{ lang.t(kind_word(f.kind)) }</h3>
            <p data-testid="security-text">{ lang.core(&f.text) }</p>
            <p><strong>{ lang.t(Msg::SecWhyMatters) }{ ": " }</strong><span data-testid="security-why">{ lang.core(&f.why) }</span></p>
            <dl class="evidence-list" aria-label={lang.t(Msg::SecEvidence)}>
                { for f.evidence.iter().map(|e| html! {
                    <>
                        <dt translate="no">{ e.header.clone() }</dt>
                        <dd><code data-i18n="content">{ e.value.clone() }</code></dd>
                    </>
                }) }
            </dl>
        </li>
    }
}

/// The security findings; nothing when there are none.
pub fn security_view(lang: Lang, r: &Report) -> Html {
    if r.security.is_empty() {
        return Html::default();
    }
    html! {
        <section class="panel" aria-labelledby="security-title" data-testid="security">
            <h2 id="security-title">{ lang.t(Msg::SecTitle) }</h2>
            <p class="hint">{ lang.t(Msg::SecIntro) }</p>
            <ul class="summary-list">{ for r.security.iter().enumerate().map(|(i, f)| finding(lang, i, f)) }</ul>
        </section>
    }
}
