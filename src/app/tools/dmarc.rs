//! DMARC: a builder form with every tag and its help, and a linter for a typed
//! record or a domain's published one, with the external report
//! destinations' authorization records.

use super::{findings, items, on_select, on_text, output, Props};
use crate::app::dnslog;
use crate::builder::dmarc::{
    self, AlignmentMode, DmarcForm, DmarcLint, ExternalDestination, Policy, Psd, TagHelp,
};
use crate::i18n::{Lang, Msg};
use std::rc::Rc;
use yew::prelude::*;

/// Yes, no, or — when the lookup failed — neither (RFC 7489 §7.1 step 4).
fn authorized(lang: Lang, x: &ExternalDestination) -> Html {
    let (class, word) = if x.undetermined {
        ("nx", Msg::CannotTellDnsFailed)
    } else if x.authorized {
        ("ok", Msg::Yes)
    } else {
        ("bad", Msg::No)
    };
    html! {
        <span class={classes!("status", class)} data-testid="external-authorized">{ lang.t(word) }</span>
    }
}

fn policy(s: &str) -> Option<Policy> {
    match s {
        "none" => Some(Policy::None),
        "quarantine" => Some(Policy::Quarantine),
        "reject" => Some(Policy::Reject),
        _ => None,
    }
}

fn align(s: &str) -> Option<AlignmentMode> {
    match s {
        "r" => Some(AlignmentMode::Relaxed),
        "s" => Some(AlignmentMode::Strict),
        _ => None,
    }
}

fn help_for<'a>(help: &'a [TagHelp], tag: &str) -> Option<&'a TagHelp> {
    help.iter().find(|h| h.tag == tag)
}

/// A labelled control with the tag's help under it.
fn field(lang: Lang, help: &[TagHelp], tag: &str, control: Html) -> Html {
    let h = help_for(help, tag);
    let id = format!("dmarc-{tag}");
    html! {
        <div class="field">
            <label for={id.clone()}><span translate="no">{ format!("{tag}=") }</span><span data-i18n="content">{ h.map(|h| format!(" {}", lang.core(&h.name))).unwrap_or_default() }</span></label>
            { control }
            if let Some(h) = h {
                <small class="hint" id={format!("{id}-help")}>
                    <span data-i18n="content">{ lang.core(&h.help) }</span>
                    { lang.f(Msg::TagValues, &[("values", &lang.core(&h.values))]) }
                    if !h.default.is_empty() { { lang.f(Msg::TagDefault, &[("default", &lang.core(&h.default))]) } }
                </small>
            }
        </div>
    }
}

fn select(tag: &str, h: &UseStateHandle<String>, options: &[(&str, String)]) -> Html {
    html! {
        <select id={format!("dmarc-{tag}")} data-testid={format!("dmarc-{tag}")} onchange={on_select(h)}>
            { for options.iter().map(|(v, l)| html! { <option value={v.to_string()} selected={**h == *v}>{ l.clone() }</option> }) }
        </select>
    }
}

fn text(tag: &str, h: &UseStateHandle<String>, placeholder: &str) -> Html {
    html! {
        <input id={format!("dmarc-{tag}")} type="text" data-testid={format!("dmarc-{tag}")}
            placeholder={placeholder.to_string()} value={(**h).clone()} oninput={on_text(h)} />
    }
}

fn lint_view(lang: Lang, l: &DmarcLint) -> Html {
    html! {
        <div class="lint" data-testid="dmarc-lint">
            <p><span translate="no">{ format!("{}: ", l.name) }</span>
                if let Some(r) = &l.record { <code>{ r.clone() }</code> } else { <span class="status bad">{ lang.t(Msg::NoRecord) }</span> }
            </p>
            if let Some(o) = &l.inherited_from { <p class="hint">{ lang.f(Msg::InheritedFrom, &[("domain", o)]) }</p> }
            { findings(lang, &l.findings) }
            if !l.external.is_empty() {
                <h3>{ lang.t(Msg::ExternalDestinations) }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::ExternalDestinations)}>
                    <table class="dns" data-testid="dmarc-external">
                        <thead><tr><th scope="col">{ "URI" }</th><th scope="col">{ lang.t(Msg::AuthorizationRecord) }</th><th scope="col">{ lang.t(Msg::Authorized) }</th><th scope="col">{ lang.t(Msg::ColFound) }</th></tr></thead>
                        <tbody>
                            { for l.external.iter().map(|x| html! {
                                <tr>
                                    <td><code>{ x.uri.clone() }</code></td>
                                    <td><code class="qname">{ x.query_name.clone() }</code></td>
                                    <td>{ authorized(lang, x) }</td>
                                    <td data-i18n="content">{ lang.core(&x.detail) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            { dnslog::view_with(lang, "dmarc-dns-title", Some(lang.t(Msg::DmarcRecordTitle)), &l.dns) }
        </div>
    }
}

#[function_component(DmarcTool)]
pub fn dmarc_tool(props: &Props) -> Html {
    let lang = crate::app::lang::use_lang();
    html! {
        <section class="panel" aria-labelledby="dmarc-tool-title" data-testid="dmarc-tool">
            <h2 id="dmarc-tool-title">{ lang.t(Msg::DmarcRecordTitle) }</h2>
            <DmarcBuilder />
            <DmarcLinter host={props.host.clone()} />
        </section>
    }
}

/// The record built from the form, tag by tag, with its findings.
#[function_component(DmarcBuilder)]
fn dmarc_builder() -> Html {
    let lang = crate::app::lang::use_lang();
    let help = use_memo((), |_| dmarc::tag_help());
    let domain = use_state(String::new);
    let p = use_state(|| "none".to_string());
    let sp = use_state(String::new);
    let np = use_state(String::new);
    let adkim = use_state(String::new);
    let aspf = use_state(String::new);
    let pct = use_state(String::new);
    let rua = use_state(String::new);
    let ruf = use_state(String::new);
    let fo = use_state(String::new);
    let rf = use_state(String::new);
    let ri = use_state(String::new);
    let t = use_state(String::new);
    let psd = use_state(String::new);
    let mut notes = Vec::new();
    let pct_v = match pct.trim() {
        "" => None,
        s => match s.parse::<u8>() {
            Ok(v) if v <= 100 => Some(v),
            _ => {
                notes.push(lang.f(Msg::PctInvalid, &[("value", &s)]));
                None
            }
        },
    };
    let ri_v = match ri.trim() {
        "" => None,
        s => s.parse::<u32>().ok().or_else(|| {
            notes.push(lang.f(Msg::RiInvalid, &[("value", &s)]));
            None
        }),
    };
    let form = DmarcForm {
        p: policy(&p).unwrap_or_default(),
        sp: policy(&sp),
        np: policy(&np),
        adkim: align(&adkim),
        aspf: align(&aspf),
        pct: pct_v,
        rua: items(&rua),
        ruf: items(&ruf),
        fo: items(&fo.replace(':', " ")),
        rf: Some(rf.trim().to_string()).filter(|s| !s.is_empty()),
        ri: ri_v,
        t: match t.as_str() {
            "y" => Some(true),
            "n" => Some(false),
            _ => None,
        },
        psd: match psd.as_str() {
            "y" => Some(Psd::Y),
            "n" => Some(Psd::N),
            "u" => Some(Psd::U),
            _ => None,
        },
    };
    let d = domain.trim();
    let built = dmarc::build(&form, (!d.is_empty()).then_some(d));

    let t_ = |m: Msg| lang.t(m).to_string();
    let lit = |s: &str| s.to_string();
    let pol = [
        ("none", t_(Msg::PolNone)),
        ("quarantine", t_(Msg::PolQuarantine)),
        ("reject", lit("reject")),
    ];
    let opt_pol = [
        ("", t_(Msg::LeaveOut)),
        ("none", lit("none")),
        ("quarantine", lit("quarantine")),
        ("reject", lit("reject")),
    ];
    let modes = [
        ("", t_(Msg::LeaveOutRelaxed)),
        ("r", lit("relaxed")),
        ("s", lit("strict")),
    ];
    let h = &*help;

    html! {
    <fieldset>
        <legend>{ lang.t(Msg::Build) }</legend>
        <div class="fields">
            <div class="field"><label for="dmarc-domain">{ lang.t(Msg::DomainForName) }</label>
                <input id="dmarc-domain" type="text" data-testid="dmarc-domain" placeholder="example.org" value={(*domain).clone()} oninput={on_text(&domain)} /></div>
            { field(lang, h, "p", select("p", &p, &pol)) }
            { field(lang, h, "sp", select("sp", &sp, &opt_pol)) }
            { field(lang, h, "np", select("np", &np, &opt_pol)) }
            { field(lang, h, "adkim", select("adkim", &adkim, &modes)) }
            { field(lang, h, "aspf", select("aspf", &aspf, &modes)) }
            { field(lang, h, "pct", text("pct", &pct, "100")) }
            { field(lang, h, "rua", text("rua", &rua, "dmarc-reports@example.org")) }
            { field(lang, h, "ruf", text("ruf", &ruf, "")) }
            { field(lang, h, "fo", text("fo", &fo, "0 1 d s")) }
            { field(lang, h, "rf", text("rf", &rf, "afrf")) }
            { field(lang, h, "ri", text("ri", &ri, "86400")) }
            { field(lang, h, "t", select("t", &t, &[("", t_(Msg::LeaveOut)), ("y", t_(Msg::TTesting)), ("n", lit("n"))])) }
            { field(lang, h, "psd", select("psd", &psd, &[("", t_(Msg::LeaveOut)), ("y", lit("y")), ("n", lit("n")), ("u", lit("u"))])) }
        </div>
        if !notes.is_empty() {
            <ul class="warnings">{ for notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
        }
        if let Some(n) = &built.name { <p>{ lang.t(Msg::PublishAsTxt) }<code data-testid="dmarc-name">{ n.clone() }</code></p> }
        { output(lang, lang.t(Msg::Record), "dmarc-record", &built.record, 2) }
        { findings(lang, &built.findings) }
    </fieldset>
    }
}

/// A typed record or the published one, linted.
#[function_component(DmarcLinter)]
fn dmarc_linter(props: &Props) -> Html {
    let lang = crate::app::lang::use_lang();
    let lint_domain = use_state(String::new);
    let lint_record = use_state(String::new);
    let busy = use_state(|| false);
    let lint = use_state(|| None::<Rc<DmarcLint>>);

    let run = |typed: bool| {
        let host = props.host.clone();
        let (lint_domain, lint_record, busy, lint) = (
            lint_domain.clone(),
            lint_record.clone(),
            busy.clone(),
            lint.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let d = lint_domain.trim().to_string();
            if d.is_empty() {
                host.error(crate::app_text!(Msg::DmarcEnterDomain));
                return;
            }
            let Some(res) = host.resolver() else { return };
            let r = lint_record.to_string();
            let (busy, lint) = (busy.clone(), lint.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let out = if typed {
                    dmarc::lint_record(&res, &d, &r).await
                } else {
                    dmarc::lint_domain(&res, &d).await
                };
                lint.set(Some(Rc::new(out)));
                busy.set(false);
            });
        })
    };
    html! {
    <fieldset>
        <legend>{ lang.t(Msg::Lint) }</legend>
        <div class="fields">
            <div class="field"><label for="dmarc-lint-domain">{ lang.t(Msg::Domain) }</label>
                <input id="dmarc-lint-domain" type="text" data-testid="dmarc-lint-domain" placeholder="example.org" value={(*lint_domain).clone()} oninput={on_text(&lint_domain)} /></div>
            <div class="field wide"><label for="dmarc-lint-record">{ lang.t(Msg::RecordToLint) }</label>
                <textarea id="dmarc-lint-record" rows="2" spellcheck="false" data-testid="dmarc-lint-record" value={(*lint_record).clone()} oninput={on_text(&lint_record)} /></div>
        </div>
        <div class="row">
            <button type="button" class="button primary" onclick={run(true)} disabled={*busy || lint_record.trim().is_empty()} data-testid="dmarc-lint-typed">{ lang.t(Msg::LintThis) }</button>
            <button type="button" class="button secondary" onclick={run(false)} disabled={*busy} data-testid="dmarc-lint-published">{ lang.t(Msg::LintPublished) }</button>
            if *busy { <span class="spinner" aria-hidden="true"></span><span role="status">{ lang.t(Msg::LookingUp) }</span> }
        </div>
        if let Some(l) = &*lint { { lint_view(lang, l) } }
    </fieldset>
    }
}
