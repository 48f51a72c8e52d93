//! One inspection: the core over the chosen DoH resolver, with live progress.

use super::state::{Action, AppState, Outcome, Progress, Provider, RunInput};
use crate::dns::doh::DohResolver;
use crate::dns::replay::offline_resolver_from_text;
use crate::dns::{DnsResult, RType, Resolver};
use crate::message::Overrides;
use crate::Options;
use futures::future::{FutureExt, LocalBoxFuture};
use std::cell::Cell;
use std::rc::Rc;
use yew::{Callback, UseReducerHandle};

/// Counts the queries that reach the network (the core's recorder shares
/// repeated ones before they get here), so the page can show lookups in flight.
struct Counting {
    inner: Box<dyn Resolver>,
    started: Cell<usize>,
    finished: Cell<usize>,
    report: Callback<Progress>,
}

impl Counting {
    fn emit(&self) {
        self.report.emit(Progress {
            started: self.started.get(),
            finished: self.finished.get(),
        });
    }
}

impl Resolver for Counting {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        async move {
            self.started.set(self.started.get() + 1);
            self.emit();
            let res = self.inner.query(name, rtype).await;
            self.finished.set(self.finished.get() + 1);
            self.emit();
            res
        }
        .boxed_local()
    }

    fn describe(&self) -> String {
        self.inner.describe()
    }

    fn is_offline(&self) -> bool {
        self.inner.is_offline()
    }
}

/// What answers DNS for this run: a sample's own records, the records the user
/// pasted, or the chosen DoH service.
fn resolver_for(state: &AppState) -> Result<Box<dyn Resolver>, String> {
    if let Some(sample) = state.sample {
        return offline_resolver_from_text(sample.zone)
            .map(|z| Box::new(z) as Box<dyn Resolver>)
            .map_err(|e| format!("The sample's records cannot be read ({e})."));
    }
    if state.settings.provider == Provider::Offline {
        let text = &state.settings.offline_records;
        if text.trim().is_empty() {
            return Err("Paste the DNS records to answer from (zone-file lines such as: example.org. TXT \"v=spf1 -all\"), or pick a DNS-over-HTTPS service.".into());
        }
        return offline_resolver_from_text(text)
            .map(|z| Box::new(z) as Box<dyn Resolver>)
            .map_err(|e| format!("The offline records cannot be read: {e}."));
    }
    Ok(Box::new(DohResolver::new(state.settings.endpoint()?)))
}

/// Mail arrives over SMTP with CRLF line ends; a paste or a Unix mbox file has
/// bare LF. Canonicalization and body hashes are defined on the CRLF form.
pub fn to_crlf(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 32);
    let mut prev = 0u8;
    for &b in raw {
        if b == b'\n' && prev != b'\r' {
            out.push(b'\r');
        }
        out.push(b);
        prev = b;
    }
    out
}

/// Starts an inspection of the current message with the current fields and settings.
pub fn start(state: &UseReducerHandle<AppState>) {
    start_from(state, state);
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
    let inner = match resolver_for(snapshot) {
        Ok(r) => r,
        Err(e) => return state.dispatch(Action::Error(e)),
    };
    let overrides: Overrides = match snapshot.fields.overrides(&snapshot.inferred) {
        Ok(o) => Overrides { boundary, ..o },
        Err(e) => return state.dispatch(Action::Error(e)),
    };
    let raw = to_crlf(&snapshot.message_bytes());
    let run = snapshot.last_run.wrapping_add(1);
    // The clock for signature times, no receiver name: the rest as the core defaults.
    let options = Options {
        overrides,
        ..Default::default()
    };
    state.dispatch(Action::Start(run));
    state.dispatch(Action::SetRunInput(Rc::new(RunInput {
        raw: raw.clone(),
        options: crate::bundle::RecordedOptions::from_options(&options),
    })));
    let handle = state.clone();
    let progress = {
        let handle = state.clone();
        Callback::from(move |progress| handle.dispatch(Action::Progress { run, progress }))
    };
    wasm_bindgen_futures::spawn_local(async move {
        let resolver = Counting {
            inner,
            started: Cell::new(0),
            finished: Cell::new(0),
            report: progress,
        };
        let outcome = match crate::inspect(&raw, &options, &resolver).await {
            Ok(report) => Outcome::Report(Rc::new(report)),
            Err(e) => Outcome::InputError(e.0),
        };
        handle.dispatch(Action::Finished { run, outcome });
    });
}
