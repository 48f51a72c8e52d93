//! One inspection: the core over the chosen DoH resolver (in the web worker
//! when there is one, see worker.rs), with live progress and a cancel.

use super::state::{Action, AppState, Outcome, Provider, RunInput};
use super::worker::{self, Dns, Ended, Job, Progress, Sink};
use crate::i18n::text::Text;
use crate::i18n::Msg;
use crate::message::Overrides;
use crate::Options;
use std::rc::Rc;
use yew::prelude::*;

/// What answers DNS for this run: a sample's own records, the records the user
/// pasted, or the chosen DoH service.
fn dns_for(state: &AppState) -> Result<Dns, Text> {
    if let Some(sample) = state.sample {
        return Ok(Dns::Records(sample.zone.to_string()));
    }
    if no_dns(state) {
        // The core asks nothing (Options::no_dns); an empty zone stands by.
        return Ok(Dns::Records(String::new()));
    }
    if state.settings.provider == Provider::Offline {
        // The engine reads them: a typo ends the run at once, saying where
        // (Ended::Setup), without a zone parser in the page's module.
        return Ok(Dns::Records(state.settings.offline_records.clone()));
    }
    Ok(Dns::Doh(state.settings.endpoint()?))
}

/// No resolver: "No DNS" chosen, or offline with no records typed. The
/// message is inspected all the same, never refused: what reads the message
/// alone runs, the rest says "not checked: no DNS".
fn no_dns(state: &AppState) -> bool {
    state.sample.is_none()
        && match state.settings.provider {
            Provider::NoDns => true,
            Provider::Offline => state.settings.offline_records.trim().is_empty(),
            _ => false,
        }
}

/// Starts an inspection of the current message with the current fields and settings.
pub fn start(state: &UseReducerHandle<AppState>) {
    start_from(state, state);
}

/// Inspects the wrapper itself (`outer`) or the message inside it, again.
pub fn start_with_outer(state: &UseReducerHandle<AppState>, outer: bool) {
    if state.running.is_some() {
        return;
    }
    state.dispatch(Action::SetOuter(outer));
    let mut snapshot = (**state).clone();
    snapshot.outer = outer;
    start_inner(state, &snapshot, snapshot.boundary)
}

/// Moves the trust boundary (a Received header index, `None` for the automatic
/// choice) and inspects again; the handle is a snapshot, so the new boundary
/// is passed along rather than read back from the state.
pub fn start_with_boundary(state: &UseReducerHandle<AppState>, boundary: Option<usize>) {
    if state.running.is_some() {
        return;
    }
    state.dispatch(Action::SetBoundary(boundary));
    start_inner(state, state, boundary)
}

/// [`start`] reading the input from `snapshot`: the state a just-dispatched
/// action leads to, which the handle does not show yet.
pub fn start_from(state: &UseReducerHandle<AppState>, snapshot: &AppState) {
    start_inner(state, snapshot, snapshot.boundary)
}

fn start_inner(state: &UseReducerHandle<AppState>, snapshot: &AppState, boundary: Option<usize>) {
    if snapshot.running.is_some() {
        return;
    }
    let dns = match dns_for(snapshot) {
        Ok(d) => d,
        Err(e) => return state.dispatch(Action::Error(e)),
    };
    let overrides: Overrides = match snapshot.fields.overrides(&snapshot.inferred) {
        Ok(o) => Overrides { boundary, ..o },
        Err(e) => return state.dispatch(Action::Error(e)),
    };
    let raw = Rc::new(snapshot.inspected_bytes());
    let run = snapshot.last_run.wrapping_add(1);
    // The clock for signature times, no receiver name: the rest as the core defaults.
    let options = crate::bundle::RecordedOptions::from_options(&Options {
        overrides,
        outer: snapshot.outer,
        no_dns: no_dns(snapshot),
        ..Default::default()
    });
    state.dispatch(Action::Start(run));
    state.dispatch(Action::SetRunInput(Rc::new(RunInput {
        raw: raw.clone(),
        options: options.clone(),
    })));
    let job = Job {
        run,
        options,
        dns,
        now: None,
    };
    worker::submit(job, raw, Rc::new(PageSink(state.clone())));
}

/// Has the engine read the message each time it changes: what its headers
/// say comes back as [`Action::Read`], for the hints and the empty fields.
#[hook]
pub fn use_message_reading(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    // The handle holds the state of this render: the message of `version`.
    let snapshot = state.clone();
    use_effect_with(state.message_version, move |&version| {
        let bytes = snapshot.message_bytes();
        // Nothing to read: the fields stay empty, with no engine started for it.
        if !bytes.is_empty() {
            let reader = Rc::new(move |version, intake| {
                dispatcher.dispatch(Action::Read {
                    version,
                    intake: Box::new(intake),
                })
            });
            worker::read(version, bytes, reader);
        }
    });
}

/// Stops the running inspection: its pending lookups end as cancelled.
pub fn cancel(state: &UseReducerHandle<AppState>) {
    if let Some(run) = state.running {
        state.dispatch(Action::Cancelling(run));
        worker::cancel(run);
    }
}

/// Delivers a run's progress and end to the app state.
struct PageSink(UseReducerHandle<AppState>);

impl Sink for PageSink {
    fn progress(&self, run: u32, progress: Progress) {
        self.0.dispatch(Action::Progress { run, progress });
    }

    fn ended(&self, run: u32, ended: Ended) {
        let outcome = outcome_of(ended);
        self.0.dispatch(Action::Finished { run, outcome });
    }
}

/// What the page shows for how a run ended.
pub fn outcome_of(ended: Ended) -> Outcome {
    match ended {
        Ended::Report(report) => Outcome::Report(Rc::new(*report)),
        Ended::InputError(e) => Outcome::InputError(e),
        Ended::Setup(e) => Outcome::Failed(e),
        Ended::Crashed(e) => Outcome::Failed(crate::app_text!(Msg::InternalError, error = e)),
    }
}
