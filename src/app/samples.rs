//! "Try a sample": four messages a new user can inspect with one click, each
//! with the DNS records that answer it, shipped with the app. They run on those
//! records only (no network), so they work offline and give the same verdicts
//! anywhere. Written by `cargo test --test app_samples -- --ignored
//! regenerate_samples`, checked by the same test file.

use super::run;
use super::state::{Action, AppState};
use yew::prelude::*;

#[derive(Debug, PartialEq, Eq)]
pub struct Sample {
    pub id: &'static str,
    pub label: &'static str,
    /// What the sample shows, for the button's description.
    pub about: &'static str,
    pub message: &'static str,
    /// BIND zone-file records: the sample's whole DNS.
    pub zone: &'static str,
}

pub static SAMPLES: [Sample; 4] = [
    Sample {
        id: "pass",
        label: "Pass",
        about: "A message from example.com's own server, signed: SPF, DKIM and DMARC pass.",
        message: include_str!("samples/pass.eml"),
        zone: include_str!("samples/pass.zone"),
    },
    Sample {
        id: "softfail",
        label: "Softfail",
        about: "A newsletter sent through a mailing service that is not in the shop's SPF record (~all) and signs with its own domain: DMARC fails.",
        message: include_str!("samples/softfail.eml"),
        zone: include_str!("samples/softfail.zone"),
    },
    Sample {
        id: "forwarded",
        label: "Forwarded",
        about: "A signed message forwarded by another domain: SPF no longer matches, the DKIM signature survives, ARC records the forwarder's view.",
        message: include_str!("samples/forwarded.eml"),
        zone: include_str!("samples/forwarded.zone"),
    },
    Sample {
        id: "spoofed",
        label: "Spoofed",
        about: "Someone else's server claiming to be bank.example, unsigned: SPF fails, DMARC p=reject.",
        message: include_str!("samples/spoofed.eml"),
        zone: include_str!("samples/spoofed.zone"),
    },
];

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

/// The sample buttons and the evidence bundle import, above the message.
#[function_component(SampleBar)]
pub fn sample_bar(props: &Props) -> Html {
    let state = props.state.clone();
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
                title={sample.about} aria-label={format!("Try the {} sample: {}", sample.label.to_lowercase(), sample.about)}
                disabled={running} {onclick}>
                { sample.label }
            </button>
        }
    });
    html! {
        <section class="panel samples no-print" aria-labelledby="samples-title">
            <h2 id="samples-title" class="small-title">{ "Try a sample" }</h2>
            <div class="row">
                { for buttons }
                <super::evidence::ImportButton state={state.clone()} />
            </div>
            if let Some(s) = state.sample {
                <p class="hint sample-note" data-testid="sample-note">
                    { format!("Sample \u{201c}{}\u{201d} loaded. Its DNS answers are simulated: they come from records shipped with headerscope, and nothing is sent over the network. ", s.label) }
                    { s.about }
                </p>
            }
        </section>
    }
}
