//! One inspection: the core over the chosen DoH resolver, with live progress.

use super::state::{Action, AppState, Outcome, Progress};
use crate::dns::doh::{DohEndpoint, DohResolver};
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
    inner: DohResolver,
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
    start_with_boundary(state, state.boundary)
}

/// Moves the trust boundary (a Received header index, `None` for the automatic
/// choice) and inspects again; the handle is a snapshot, so the new boundary
/// is passed along rather than read back from the state.
pub fn start_with_boundary(state: &UseReducerHandle<AppState>, boundary: Option<usize>) {
    if state.running.is_some() {
        return;
    }
    state.dispatch(Action::SetBoundary(boundary));
    start_inner(state, boundary)
}

fn start_inner(state: &UseReducerHandle<AppState>, boundary: Option<usize>) {
    if state.running.is_some() {
        return;
    }
    let endpoint: DohEndpoint = match state.settings.endpoint() {
        Ok(e) => e,
        Err(e) => return state.dispatch(Action::Error(e)),
    };
    let overrides: Overrides = match state.fields.overrides(&state.inferred) {
        Ok(o) => Overrides { boundary, ..o },
        Err(e) => return state.dispatch(Action::Error(e)),
    };
    let raw = to_crlf(&state.message_bytes());
    let run = state.last_run.wrapping_add(1);
    state.dispatch(Action::Start(run));
    let handle = state.clone();
    let progress = {
        let handle = state.clone();
        Callback::from(move |progress| handle.dispatch(Action::Progress { run, progress }))
    };
    wasm_bindgen_futures::spawn_local(async move {
        let resolver = Counting {
            inner: DohResolver::new(endpoint),
            started: Cell::new(0),
            finished: Cell::new(0),
            report: progress,
        };
        // The clock for signature times, no receiver name: the rest as the core defaults.
        let options = Options {
            overrides,
            ..Default::default()
        };
        let outcome = match crate::inspect(&raw, &options, &resolver).await {
            Ok(report) => Outcome::Report(Rc::new(report)),
            Err(e) => Outcome::InputError(e.0),
        };
        handle.dispatch(Action::Finished { run, outcome });
    });
}
