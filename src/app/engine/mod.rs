//! The inspection engine: the side of [`super::protocol`] that verifies.
//! Built into its own wasm module (src/bin/engine.rs), which www/worker.js
//! starts in a dedicated worker ([`serve_worker`]) and boot.js loads into
//! the page where no worker can start ([`open_in_page`]): hashing the body of
//! a 25 MB message, parsing thousands of headers or a slow custom resolver
//! never freeze the page, and a panic ends the engine, not the app.
//!
//! DNS-over-HTTPS requests are made by the page, not here: the engine encodes
//! each query and asks the page to send it ([`FromEngine::Fetch`]), so that
//! the page's Content-Security-Policy decides where queries may go.

pub mod webcrypto;

use super::protocol::{decode, encode, Dns, Ended, FromEngine, Job, Progress, ToEngine};
use crate::dns::doh::transport::{HttpRequest, HttpResponse};
use crate::dns::doh::{DohEndpoint, DohResolver};
use crate::dns::replay::{offline_resolver_from_text, ReplayResolver};
use crate::dns::{Budget, CancelToken, DnsError, DnsResult, RType, Resolver};
use futures::channel::oneshot;
use futures::future::{FutureExt, LocalBoxFuture};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Counts the queries that reach the network (the core's recorder shares
/// repeated ones before they get here), so the page can show lookups in flight.
struct Counting<F: Fn(Progress)> {
    inner: Box<dyn Resolver>,
    started: Cell<usize>,
    finished: Cell<usize>,
    report: F,
}

impl<F: Fn(Progress)> Counting<F> {
    fn emit(&self) {
        (self.report)(Progress {
            started: self.started.get(),
            finished: self.finished.get(),
        });
    }
}

impl<F: Fn(Progress)> Resolver for Counting<F> {
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

/// The resolver for a job: zone records and a bundle's recorded answers
/// answer right here; DoH is asked of the page.
fn resolver_for(job: &Job) -> Result<Box<dyn Resolver>, crate::i18n::text::Text> {
    match &job.dns {
        Dns::Records(text) => offline_resolver_from_text(text)
            .map(|z| Box::new(z) as Box<dyn Resolver>)
            .map_err(|e| crate::app_text!(crate::i18n::Msg::OfflineRecordsBad, error = e)),
        Dns::Replay(log) => Ok(Box::new(ReplayResolver::from_log(log))),
        Dns::Doh(endpoint) => Ok(Box::new(PageResolver::new(endpoint))),
    }
}

/// Runs one job, reporting its progress to the page.
async fn execute(job: &Job, raw: &[u8], cancel: CancelToken) -> Ended {
    let inner = match resolver_for(job) {
        Ok(r) => r,
        Err(e) => return Ended::Setup(e),
    };
    let run = job.run;
    let resolver = Counting {
        inner,
        started: Cell::new(0),
        finished: Cell::new(0),
        report: |progress| post(&FromEngine::Progress { run, progress }),
    };
    let options = job
        .options
        .to_options(job.now.unwrap_or_else(crate::unix_now));
    let budget = Budget {
        cancel: Some(cancel),
        ..Budget::default()
    };
    let hasher = webcrypto::WebCrypto::default();
    match crate::inspect_with_platform(raw, &options, &resolver, budget, Some(&hasher)).await {
        Ok(report) => Ended::Report(Box::new(report)),
        Err(e) => Ended::InputError(e.0),
    }
}

thread_local! {
    /// Requests waiting for the page's response, by request id.
    static WAITING: RefCell<HashMap<u32, Waiting>> = RefCell::new(HashMap::new());
    static NEXT_REQUEST: Cell<u32> = const { Cell::new(0) };
    /// Where this engine's messages go: `None` in a worker (its page).
    static PAGE_CALLBACK: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// The runs in progress, to cancel.
    static CANCELS: RefCell<HashMap<u32, CancelToken>> = RefCell::new(HashMap::new());
}

type Waiting = oneshot::Sender<Result<HttpResponse, DnsError>>;

/// A DoH resolver whose HTTP requests the page makes: the query is encoded
/// and the answer decoded here.
struct PageResolver {
    doh: DohResolver,
}

impl PageResolver {
    fn new(endpoint: &DohEndpoint) -> PageResolver {
        PageResolver {
            doh: DohResolver::new(endpoint.clone()),
        }
    }

    /// Has the page make `request`.
    async fn fetch(&self, request: HttpRequest) -> Result<HttpResponse, DnsError> {
        let (tx, rx) = oneshot::channel();
        let id = NEXT_REQUEST.with(|n| {
            let id = n.get().wrapping_add(1);
            n.set(id);
            id
        });
        WAITING.with(|w| w.borrow_mut().insert(id, tx));
        post(&FromEngine::Fetch {
            id,
            request,
            timeout_ms: self.doh.timeout_ms,
        });
        // A dropped sender means the page went away.
        rx.await.unwrap_or(Err(DnsError::Cancelled))
    }
}

impl Resolver for PageResolver {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        async move {
            let response = self.fetch(self.doh.request(name, rtype)?).await?;
            self.doh.answer(&response, name, rtype)
        }
        .boxed_local()
    }

    fn describe(&self) -> String {
        self.doh.describe()
    }
}

fn post_value(v: &JsValue) {
    let sent = PAGE_CALLBACK.with(|c| match &*c.borrow() {
        Some(callback) => callback.call1(&JsValue::NULL, v).map(|_| ()),
        None => match worker_scope() {
            Some(scope) => scope.post_message(v),
            None => Err(JsValue::from_str(
                "neither in a worker nor opened in the page",
            )),
        },
    });
    if let Err(e) = sent {
        web_sys::console::error_2(&"headerscope engine: cannot post".into(), &e);
    }
}

fn post(msg: &FromEngine) {
    match encode(msg) {
        Ok(v) => post_value(&v),
        Err(e) => {
            // A report that cannot cross (it never should) still ends the run.
            if let FromEngine::Ended { run, .. } = msg {
                let fallback = FromEngine::Ended {
                    run: *run,
                    ended: Ended::Crashed(format!(
                        "the result could not be passed to the page ({e})"
                    )),
                };
                if let Ok(v) = encode(&fallback) {
                    post_value(&v);
                }
            }
        }
    }
}

/// After a panic the instance is dead: the page hears it (and starts a new
/// worker, or says the engine stopped).
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        post(&FromEngine::Panicked {
            message: info.to_string(),
        });
    }));
}

/// Takes one posted `{msg, raw}` object from the page.
pub fn receive(data: &JsValue) {
    let msg = js_sys::Reflect::get(data, &"msg".into())
        .ok()
        .and_then(|m| decode::<ToEngine>(&m).ok());
    let raw = || {
        js_sys::Reflect::get(data, &"raw".into())
            .ok()
            .and_then(|r| r.dyn_into::<js_sys::Uint8Array>().ok())
            .map(|a| a.to_vec())
            .unwrap_or_default()
    };
    match msg {
        Some(ToEngine::Inspect { job }) => {
            let raw = raw();
            let cancel = CancelToken::new();
            CANCELS.with(|c| c.borrow_mut().insert(job.run, cancel.clone()));
            wasm_bindgen_futures::spawn_local(async move {
                let ended = execute(&job, &raw, cancel).await;
                CANCELS.with(|c| c.borrow_mut().remove(&job.run));
                post(&FromEngine::Ended {
                    run: job.run,
                    ended,
                });
            });
        }
        Some(ToEngine::Read { version }) => post(&FromEngine::Read {
            version,
            intake: crate::message::intake::read(&raw()),
        }),
        Some(ToEngine::Cancel { run }) => {
            if let Some(token) = CANCELS.with(|c| c.borrow().get(&run).cloned()) {
                token.cancel();
            }
        }
        Some(ToEngine::Fetched { id, result }) => {
            if let Some(tx) = WAITING.with(|w| w.borrow_mut().remove(&id)) {
                // The query may have been given up (cancel, time budget) meanwhile.
                let _ = tx.send(result);
            }
        }
        None => web_sys::console::error_1(&"headerscope engine: unreadable message".into()),
    }
}

/// The dedicated worker this code runs in, if it runs in one.
fn worker_scope() -> Option<web_sys::DedicatedWorkerGlobalScope> {
    js_sys::global().dyn_into().ok()
}

/// Is this code running in a dedicated worker (rather than the page)?
pub fn in_worker() -> bool {
    worker_scope().is_some()
}

/// The worker's entry: answers the page's messages.
pub fn serve_worker() {
    let Some(scope) = worker_scope() else {
        return;
    };
    install_panic_hook();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| {
            receive(&ev.data())
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&FromEngine::Ready);
}

/// In the page (no worker could start): messages go to `callback`, which
/// takes each as JSON text, as a worker's page would.
pub fn open_in_page(callback: js_sys::Function) {
    install_panic_hook();
    PAGE_CALLBACK.with(|c| *c.borrow_mut() = Some(callback));
    post(&FromEngine::Ready);
}
