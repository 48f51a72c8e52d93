//! What was unwrapped to reach the message inspected (a forward, a bounce,
//! an abuse report, a .msg file, an mbox line, a header-only paste), with
//! the choice of inspecting the wrapper itself; a bounce's recipients with
//! their status explained, a report's feedback type.

use super::run;
use super::state::AppState;
use crate::i18n::{Lang, Msg};
use crate::message::unwrap::arf::Arf;
use crate::message::unwrap::dsn::{Dsn, DsnRecipient};
use crate::message::unwrap::{Inspected, UnwrapInfo};
use crate::report::Report;
use yew::prelude::*;

pub fn view(lang: Lang, state: &UseReducerHandle<AppState>, r: &Report) -> Html {
    let Some(u) = &r.unwrapped else {
        return html! {};
    };
    let kinds: Vec<&str> = u.found.iter().map(|k| lang.t(k.label())).collect();
    html! {
        <section class="panel" aria-labelledby="unwrap-title" data-testid="unwrapped">
            <h2 id="unwrap-title">{ lang.t(Msg::UnwrapTitle) }</h2>
            <div class="banner info unwrap-notice" role="status" data-testid="unwrap-notice">
                <p data-testid="unwrap-found">{ lang.f(Msg::UnwrapFound, &[("kinds", &kinds.join(" › "))]) }</p>
                <ul data-i18n="content">
                    { for u.notes.iter().map(|n| html! { <li>{ lang.core(n) }</li> }) }
                </ul>
                { outer_line(lang, u) }
                { outer_choice(lang, state, u) }
            </div>
            { msg_file(lang, u) }
            if let Some(d) = &u.dsn { { dsn_table(lang, d) } }
            if let Some(a) = &u.arf { { arf_list(lang, a) } }
        </section>
    }
}

fn outer_line(lang: Lang, u: &UnwrapInfo) -> Html {
    if u.outer_from.is_none() && u.outer_subject.is_none() {
        return html! {};
    }
    let from = u.outer_from.clone().unwrap_or_else(|| "-".into());
    let subject = u.outer_subject.clone().unwrap_or_else(|| "-".into());
    html! {
        <p data-testid="outer-message">
            { lang.f(Msg::OuterMessage, &[("from", &from), ("subject", &subject)]) }
        </p>
    }
}

/// The button that inspects the wrapper instead (or the message inside again).
fn outer_choice(lang: Lang, state: &UseReducerHandle<AppState>, u: &UnwrapInfo) -> Html {
    if !u.outer_available {
        return html! {};
    }
    let to_outer = u.inspected == Inspected::Inner;
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| run::start_with_outer(&state, to_outer))
    };
    let (now, label) = if to_outer {
        (Msg::UnwrapInnerInspected, Msg::InspectOuter)
    } else {
        (Msg::UnwrapOuterInspected, Msg::InspectInner)
    };
    html! {
        <p class="row">
            <span>{ lang.t(now) }</span>
            <button type="button" class="button secondary" data-testid="inspect-outer"
                disabled={state.running.is_some()} {onclick}>
                { lang.t(label) }
            </button>
        </p>
    }
}

fn msg_file(lang: Lang, u: &UnwrapInfo) -> Html {
    let Some(m) = &u.msg else {
        return html! {};
    };
    html! {
        <dl class="facts-grid" data-testid="msg-file">
            if let Some(s) = &m.subject {
                <dt>{ lang.t(Msg::MsgSubject) }</dt><dd translate="no">{ s.clone() }</dd>
            }
            if let Some(n) = m.body_chars {
                <dt>{ "PR_BODY" }</dt>
                <dd>{ lang.f(Msg::MsgBodyChars, &[("n", &n)]) }</dd>
            }
        </dl>
    }
}

fn dsn_table(lang: Lang, d: &Dsn) -> Html {
    html! {
        <>
            <h3 id="bounce-title">{ lang.t(Msg::BounceTitle) }</h3>
            if let Some(mta) = &d.reporting_mta {
                <p class="hint">{ lang.f(Msg::BounceReportedBy, &[("mta", mta)]) }</p>
            }
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="bounce-title">
                <table class="dns" data-testid="bounce-recipients">
                    <thead><tr>
                        <th scope="col">{ lang.t(Msg::ColRecipient) }</th>
                        <th scope="col">{ lang.t(Msg::ColAction) }</th>
                        <th scope="col">{ lang.t(Msg::ColStatus) }</th>
                        <th scope="col">{ lang.t(Msg::ColExplanation) }</th>
                    </tr></thead>
                    <tbody>{ for d.recipients.iter().map(|r| recipient_row(lang, r)) }</tbody>
                </table>
            </div>
            if d.recipients_left_out > 0 {
                <p class="hint">{ lang.f(Msg::RecipientsLeftOut, &[("n", &d.recipients_left_out)]) }</p>
            }
        </>
    }
}

fn recipient_row(lang: Lang, r: &DsnRecipient) -> Html {
    let core = |s: &crate::i18n::text::Text| lang.core(s);
    html! {
        <tr data-testid="bounce-recipient">
            <td translate="no"><code>{ r.final_recipient.clone().unwrap_or_default() }</code></td>
            <td translate="no">{ r.action.clone().unwrap_or_default() }</td>
            <td translate="no"><code>{ r.status.clone().unwrap_or_default() }</code></td>
            <td>
                if let Some(e) = &r.explained {
                    <div data-i18n="content">
                        <strong translate="no">{ e.code.to_string() }</strong>{ ": " }
                        { core(&e.class_meaning) }{ "; " }{ core(&e.subject_meaning) }{ "; " }{ core(&e.detail_meaning) }
                    </div>
                    if let Some(v) = &e.vendor {
                        <div data-i18n="content" data-testid="bounce-vendor">{ core(&v.meaning) }</div>
                        <div>
                            <strong>{ lang.t(Msg::WhatToFix) }{ ": " }</strong>
                            <span data-i18n="content" data-testid="bounce-fix">{ core(&v.fix) }</span>
                        </div>
                    }
                }
                if let Some(mta) = &r.remote_mta {
                    <div class="hint">{ lang.t(Msg::RemoteMta) }{ ": " }<code translate="no">{ mta.clone() }</code></div>
                }
                if let Some(diag) = &r.diagnostic_code {
                    <div class="hint">{ lang.t(Msg::ServerSaid) }{ ": " }<code translate="no">{ diag.clone() }</code></div>
                }
            </td>
        </tr>
    }
}

fn arf_list(lang: Lang, a: &Arf) -> Html {
    let joined = |v: &[String]| Some(v.join(", ")).filter(|s| !s.is_empty());
    let fields = [
        ("User-Agent", a.user_agent.clone()),
        ("Original-Mail-From", a.original_mail_from.clone()),
        ("Original-Rcpt-To", joined(&a.original_rcpt_to)),
        ("Arrival-Date", a.arrival_date.clone()),
        ("Source-IP", a.source_ip.clone()),
        ("Reported-Domain", joined(&a.reported_domain)),
        ("Reported-Uri", joined(&a.reported_uri)),
    ];
    html! {
        <>
            <h3>{ lang.t(Msg::FeedbackTitle) }</h3>
            <dl class="facts-grid" data-testid="feedback-report">
                <dt>{ lang.t(Msg::FeedbackType) }</dt>
                <dd>
                    <code translate="no" data-testid="feedback-type">{ a.feedback_type.clone() }</code>{ " — " }
                    <span data-i18n="content">{ lang.core(&a.feedback_meaning) }</span>
                </dd>
                { for fields.into_iter().filter_map(|(n, v)| v.map(|v| html! {
                    <><dt translate="no">{ n }</dt><dd translate="no">{ v }</dd></>
                })) }
            </dl>
        </>
    }
}
