//! "Try a sample": four messages a new user can inspect with one click, each
//! with the DNS records that answer it, shipped with the app. They run on those
//! records only (no network), so they work offline and give the same verdicts
//! anywhere. Written by `cargo test --test app_samples -- --ignored
//! regenerate_samples`, checked by the same test file.

use super::run;
pub use super::state::Sample;
use super::state::{Action, AppState};
use crate::i18n::Msg;
use yew::prelude::*;

pub static SAMPLES: [Sample; 4] = [
    Sample {
        id: "pass",
        label: Msg::SamplePassLabel,
        about: Msg::SamplePassAbout,
        message: include_str!("samples/pass.eml"),
        zone: include_str!("samples/pass.zone"),
    },
    Sample {
        id: "softfail",
        label: Msg::SampleSoftfailLabel,
        about: Msg::SampleSoftfailAbout,
        message: include_str!("samples/softfail.eml"),
        zone: include_str!("samples/softfail.zone"),
    },
    Sample {
        id: "forwarded",
        label: Msg::SampleForwardedLabel,
        about: Msg::SampleForwardedAbout,
        message: include_str!("samples/forwarded.eml"),
        zone: include_str!("samples/forwarded.zone"),
    },
    Sample {
        id: "spoofed",
        label: Msg::SampleSpoofedLabel,
        about: Msg::SampleSpoofedAbout,
        message: include_str!("samples/spoofed.eml"),
        zone: include_str!("samples/spoofed.zone"),
    },
];

/// The label inside a sentence: English writes "the pass sample".
fn sample_label(lang: crate::i18n::Lang, s: &Sample) -> String {
    match lang {
        crate::i18n::Lang::En => lang.t(s.label).to_lowercase(),
        _ => lang.t(s.label).to_string(),
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

/// The sample buttons and the evidence bundle import, above the message.
#[function_component(SampleBar)]
pub fn sample_bar(props: &Props) -> Html {
    let state = props.state.clone();
    let lang = super::lang::use_lang();
    let running = state.running.is_some();
    let buttons = SAMPLES.iter().map(|sample| {
        let state = state.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            // The handle still holds the state before this click: run on the state after it.
            let next = yew::Reducible::reduce(
                std::rc::Rc::new((*state).clone()),
                Action::LoadSample(sample),
            );
            state.dispatch(Action::LoadSample(sample));
            run::start_from(&state, &next);
        });
        html! {
            <button type="button" class="button secondary" data-testid={format!("sample-{}", sample.id)}
                title={lang.t(sample.about)}
                aria-label={lang.f(Msg::SampleAria, &[("label", &sample_label(lang, sample)), ("about", &lang.t(sample.about))])}
                disabled={running} {onclick}>
                { lang.t(sample.label) }
            </button>
        }
    });
    html! {
        <section class="panel samples no-print" aria-labelledby="samples-title">
            <h2 id="samples-title" class="small-title">{ lang.t(Msg::TrySample) }</h2>
            <div class="row">
                { for buttons }
                <super::evidence::ImportButton state={state.clone()} />
            </div>
            if let Some(s) = state.sample {
                <p class="hint sample-note" data-testid="sample-note">
                    { lang.f(Msg::SampleNote, &[("label", &lang.t(s.label))]) }
                    { lang.t(s.about) }
                </p>
            }
        </section>
    }
}
