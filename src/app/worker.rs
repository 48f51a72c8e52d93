//! Inspections run in a dedicated web worker: hashing the body of a 25 MB
//! message, parsing thousands of headers or a slow custom resolver never
//! freeze the page, and a panic in the core ends that one inspection, not the
//! app. The worker is the same wasm module as the page (www/worker.js loads
//! it); `app::start` sees that it has no window and calls [`serve`].
//!
//! The page and the worker exchange their messages as JSON text, written
//! and read by the same serde_json code that writes and reads evidence
//! bundles (a second serde format for the report would be a second copy of
//! its (de)serializers in the wasm); the message bytes travel separately as
//! a transferred `Uint8Array`, so 25 MB are moved, not copied or turned into
//! a JS array.
//!
//! DNS-over-HTTPS requests are made by the page, not the worker: the worker
//! asks the page for each query. A dedicated worker is not bound by the
//! page's `<meta>` Content-Security-Policy, and `connect-src` must keep
//! deciding where the app may send queries (docs/hosting.md).
//! The page starts the worker when it is idle after its first render
//! ([`prestart_when_idle`]), so that loading the module a second time is
//! neither in the way of the page becoming usable nor of the first Inspect.
//! Where a worker cannot start (an old browser, a server that does not serve
//! worker.js, a policy forbidding it) the inspection runs in the page as
//! before.

use crate::bundle::RecordedOptions;
use crate::dns::doh::{DohEndpoint, DohResolver};
use crate::dns::replay::offline_resolver_from_text;
use crate::dns::{Budget, CancelToken, DnsError, DnsResult, RType, Resolver};
use crate::report::Report;
use futures::future::{FutureExt, LocalBoxFuture};
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What answers DNS for a run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Dns {
    /// Zone-file text (a sample's records or the user's offline records).
    Records(String),
    Doh(DohEndpoint),
}

/// One inspection to run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    pub run: u32,
    pub options: RecordedOptions,
    pub dns: Dns,
}

pub use super::state::Progress;

/// How a run ended.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Ended {
    Report(Box<Report>),
    /// The message could not be inspected (no header section, …).
    InputError(crate::i18n::text::Text),
    /// The records or resolver settings are unusable.
    Setup(crate::i18n::text::Text),
    /// The inspection itself broke (a bug): the message says so.
    Crashed(String),
}

#[derive(Debug, Serialize, Deserialize)]
enum ToWorker {
    /// `raw` (a Uint8Array) sits beside this in the posted object.
    Inspect {
        job: Job,
    },
    Cancel {
        run: u32,
    },
    /// The page's answer to a [`FromWorker::Query`].
    Answer {
        id: u32,
        result: DnsResult,
    },
}

/// Externally tagged (serde's default): an internally tagged enum would
/// buffer the whole report before reading it. www/worker.js writes
/// `{"BootFailed":{"message":…}}` itself.
#[derive(Debug, Serialize, Deserialize)]
enum FromWorker {
    Ready,
    /// www/worker.js could not load or start the module.
    BootFailed {
        message: String,
    },
    Progress {
        run: u32,
        progress: Progress,
    },
    /// A DoH query for the page to make (see the module comment).
    Query {
        run: u32,
        id: u32,
        name: String,
        rtype: RType,
    },
    Ended {
        run: u32,
        ended: Ended,
    },
    /// The core panicked; the worker's wasm instance is unusable from here on.
    Panicked {
        message: String,
    },
}

/// Where a run reports to.
pub trait Sink {
    fn progress(&self, run: u32, progress: Progress);
    fn ended(&self, run: u32, ended: Ended);
}

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

/// The resolver for a job: zone records answer right here; DoH is asked
/// through `doh` (the page's own resolver, or the worker's proxy to it).
fn resolver_for(
    dns: &Dns,
    doh: impl FnOnce(&DohEndpoint) -> Box<dyn Resolver>,
) -> Result<Box<dyn Resolver>, crate::i18n::text::Text> {
    match dns {
        Dns::Records(text) => offline_resolver_from_text(text)
            .map(|z| Box::new(z) as Box<dyn Resolver>)
            .map_err(|e| crate::app_text!(crate::i18n::Msg::OfflineRecordsBad, error = e)),
        Dns::Doh(endpoint) => Ok(doh(endpoint)),
    }
}

/// Runs one job here (in whichever thread this is), reporting to `progress`.
async fn execute(
    job: &Job,
    raw: &[u8],
    cancel: CancelToken,
    doh: impl FnOnce(&DohEndpoint) -> Box<dyn Resolver>,
    progress: impl Fn(Progress),
) -> Ended {
    let inner = match resolver_for(&job.dns, doh) {
        Ok(r) => r,
        Err(e) => return Ended::Setup(e),
    };
    let resolver = Counting {
        inner,
        started: Cell::new(0),
        finished: Cell::new(0),
        report: progress,
    };
    // The clock for signature times: the same options a bundle records.
    let options = job.options.to_options(crate::unix_now());
    let budget = Budget {
        cancel: Some(cancel),
        ..Budget::default()
    };
    let hasher = super::webcrypto::WebCryptoHasher::default();
    match crate::inspect_with_hasher(raw, &options, &resolver, budget, Some(&hasher)).await {
        Ok(report) => Ended::Report(Box::new(report)),
        Err(e) => Ended::InputError(e.0),
    }
}

// ---------------------------------------------------------------- worker side

thread_local! {
    /// The worker's queries waiting for the page's answer, by query id.
    static WAITING: RefCell<HashMap<u32, futures::channel::oneshot::Sender<DnsResult>>> =
        RefCell::new(HashMap::new());
    static NEXT_QUERY: Cell<u32> = const { Cell::new(0) };
}

/// In the worker: a DoH resolver whose requests the page makes.
struct PageResolver {
    run: u32,
    /// How the page's resolver names itself, for the report.
    described: String,
}

impl Resolver for PageResolver {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        let (tx, rx) = futures::channel::oneshot::channel();
        let id = NEXT_QUERY.with(|n| {
            let id = n.get().wrapping_add(1);
            n.set(id);
            id
        });
        WAITING.with(|w| w.borrow_mut().insert(id, tx));
        post_from_worker(&FromWorker::Query {
            run: self.run,
            id,
            name: name.to_string(),
            rtype,
        });
        // A dropped sender means the page went away or ended the run.
        async move { rx.await.unwrap_or(Err(DnsError::Cancelled)) }.boxed_local()
    }

    fn describe(&self) -> String {
        self.described.clone()
    }
}

fn scope() -> web_sys::DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Is this code running in a dedicated worker (rather than the page)?
pub fn in_worker() -> bool {
    js_sys::global()
        .dyn_ref::<web_sys::DedicatedWorkerGlobalScope>()
        .is_some()
}

/// A message as it crosses between page and worker. Pretty, like a bundle:
/// one serde_json formatter in the wasm rather than two (the whitespace
/// costs the parser next to nothing).
fn encode(msg: &impl Serialize) -> Result<JsValue, serde_json::Error> {
    serde_json::to_string_pretty(msg).map(|s| JsValue::from_str(&s))
}

fn decode<T: for<'de> Deserialize<'de>>(v: &JsValue) -> Result<T, String> {
    let text = v.as_string().ok_or("not a string")?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

fn post_from_worker(msg: &FromWorker) {
    match encode(msg) {
        Ok(v) => {
            if let Err(e) = scope().post_message(&v) {
                web_sys::console::error_2(&"headerscope worker: cannot post".into(), &e);
            }
        }
        Err(e) => {
            // A report that cannot cross (it never should) still ends the run.
            if let FromWorker::Ended { run, .. } = msg {
                let fallback = FromWorker::Ended {
                    run: *run,
                    ended: Ended::Crashed(format!(
                        "the result could not be passed to the page ({e})"
                    )),
                };
                if let Ok(v) = encode(&fallback) {
                    let _ = scope().post_message(&v);
                }
            }
        }
    }
}

/// The worker's entry: answers Inspect and Cancel messages from the page.
pub fn serve() {
    // After a panic the instance is dead; the page hears it and starts a new worker.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        post_from_worker(&FromWorker::Panicked {
            message: info.to_string(),
        });
    }));
    let cancels: Rc<RefCell<HashMap<u32, CancelToken>>> = Rc::default();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            let msg = js_sys::Reflect::get(&data, &"msg".into())
                .ok()
                .and_then(|m| decode::<ToWorker>(&m).ok());
            match msg {
                Some(ToWorker::Inspect { job }) => {
                    let raw = js_sys::Reflect::get(&data, &"raw".into())
                        .ok()
                        .and_then(|r| r.dyn_into::<js_sys::Uint8Array>().ok())
                        .map(|a| a.to_vec())
                        .unwrap_or_default();
                    let cancel = CancelToken::new();
                    cancels.borrow_mut().insert(job.run, cancel.clone());
                    let cancels = cancels.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let run = job.run;
                        let doh = |endpoint: &DohEndpoint| {
                            Box::new(PageResolver {
                                run,
                                described: DohResolver::new(endpoint.clone()).describe(),
                            }) as Box<dyn Resolver>
                        };
                        let ended = execute(&job, &raw, cancel, doh, |progress| {
                            post_from_worker(&FromWorker::Progress { run, progress })
                        })
                        .await;
                        cancels.borrow_mut().remove(&run);
                        post_from_worker(&FromWorker::Ended { run, ended });
                    });
                }
                Some(ToWorker::Cancel { run }) => {
                    if let Some(token) = cancels.borrow().get(&run) {
                        token.cancel();
                    }
                }
                Some(ToWorker::Answer { id, result }) => {
                    if let Some(tx) = WAITING.with(|w| w.borrow_mut().remove(&id)) {
                        // The query may have been given up (cancel, time budget) meanwhile.
                        let _ = tx.send(result);
                    }
                }
                None => web_sys::console::error_1(&"headerscope worker: unreadable message".into()),
            }
        });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post_from_worker(&FromWorker::Ready);
}

// ------------------------------------------------------------------ page side

enum WorkerState {
    /// Not started yet.
    Idle,
    /// Started; jobs wait for its Ready.
    Booting(Live),
    Ready(Live),
    /// Cannot start here: jobs run in the page.
    Unavailable,
}

struct Live {
    worker: web_sys::Worker,
    /// Jobs sent (or waiting for Ready) and not ended, with their bytes
    /// while they wait.
    pending: Vec<(Job, Option<Vec<u8>>)>,
    /// The DoH resolver of each run in the worker, which answers its queries.
    resolvers: HashMap<u32, Rc<DohResolver>>,
    sink: Rc<dyn Sink>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Live {
    fn register(&mut self, job: &Job) {
        if let Dns::Doh(endpoint) = &job.dns {
            self.resolvers
                .insert(job.run, Rc::new(DohResolver::new(endpoint.clone())));
        }
    }

    fn forget(&mut self, run: u32) {
        self.pending.retain(|(j, _)| j.run != run);
        self.resolvers.remove(&run);
    }
}

thread_local! {
    static WORKER: RefCell<WorkerState> = const { RefCell::new(WorkerState::Idle) };
    /// Cancel tokens of runs executing in the page.
    static LOCAL: RefCell<HashMap<u32, CancelToken>> = RefCell::new(HashMap::new());
}

/// Where a worker started before any job reports: nowhere, until the first
/// job gives it the page's sink (`submit` replaces it).
struct NoJobYet;

impl Sink for NoJobYet {
    fn progress(&self, _: u32, _: Progress) {}
    fn ended(&self, _: u32, _: Ended) {}
}

/// Starts the worker once the page has drawn itself and the browser has a
/// moment (requestIdleCallback, at most `IDLE_WAIT_MS` later; a short timer
/// where there is none): its second instantiation of the module is then
/// done before the first Inspect instead of inside it, and never delays the
/// page's first paint. A worker that cannot start leaves the page inspecting
/// by itself, as when `submit` finds that out.
pub fn prestart_when_idle() {
    const IDLE_WAIT_MS: u32 = 2000;
    let Some(window) = web_sys::window() else {
        return;
    };
    let start = Closure::once_into_js(prestart);
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let scheduled = idle.is_some_and(|f| {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"timeout".into(), &IDLE_WAIT_MS.into());
        f.call2(&window, &start, &options).is_ok()
    });
    if !scheduled {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(start.unchecked_ref(), 200);
    }
}

fn prestart() {
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        if matches!(*w, WorkerState::Idle) {
            *w = start_or_give_up(Rc::new(NoJobYet));
        }
    });
}

fn start_or_give_up(sink: Rc<dyn Sink>) -> WorkerState {
    match spawn_worker(sink) {
        Ok(live) => WorkerState::Booting(live),
        Err(e) => {
            web_sys::console::warn_1(
                &format!("headerscope: no web worker ({e}); inspecting in the page").into(),
            );
            WorkerState::Unavailable
        }
    }
}

/// Runs `job` in the worker if one can run, in the page otherwise.
pub fn submit(job: Job, raw: Vec<u8>, sink: Rc<dyn Sink>) {
    let mut fallback = None;
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        if matches!(*w, WorkerState::Idle) {
            *w = start_or_give_up(sink.clone());
        }
        match &mut *w {
            WorkerState::Booting(live) => {
                live.sink = sink.clone();
                live.register(&job);
                live.pending.push((job, Some(raw)));
            }
            WorkerState::Ready(live) => {
                live.sink = sink.clone();
                if send(&live.worker, &job, &raw) {
                    live.register(&job);
                    live.pending.push((job, None));
                } else {
                    fallback = Some((job, raw));
                }
            }
            WorkerState::Idle | WorkerState::Unavailable => fallback = Some((job, raw)),
        }
    });
    if let Some((job, raw)) = fallback {
        run_in_page(job, raw, sink);
    }
}

/// Asks run `run` to stop: pending DNS queries fail as cancelled, so its
/// checks end in temperror and the report still arrives.
pub fn cancel(run: u32) {
    if let Some(token) = LOCAL.with(|l| l.borrow().get(&run).cloned()) {
        token.cancel();
        return;
    }
    WORKER.with(|w| {
        if let WorkerState::Ready(live) = &*w.borrow() {
            post_to_worker(&live.worker, &ToWorker::Cancel { run });
        }
    });
}

fn post_to_worker(worker: &web_sys::Worker, msg: &ToWorker) {
    if let Ok(msg) = encode(msg) {
        let obj = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&obj, &"msg".into(), &msg);
        let _ = worker.post_message(&obj);
    }
}

fn run_in_page(job: Job, raw: Vec<u8>, sink: Rc<dyn Sink>) {
    let cancel = CancelToken::new();
    LOCAL.with(|l| l.borrow_mut().insert(job.run, cancel.clone()));
    wasm_bindgen_futures::spawn_local(async move {
        let run = job.run;
        let progress_sink = sink.clone();
        let doh = |endpoint: &DohEndpoint| {
            Box::new(DohResolver::new(endpoint.clone())) as Box<dyn Resolver>
        };
        let ended = execute(&job, &raw, cancel, doh, move |p| {
            progress_sink.progress(run, p)
        })
        .await;
        LOCAL.with(|l| l.borrow_mut().remove(&run));
        sink.ended(run, ended);
    });
}

/// Posts a job with its bytes moved (transferred) to the worker.
fn send(worker: &web_sys::Worker, job: &Job, raw: &[u8]) -> bool {
    let Ok(msg) = encode(&ToWorker::Inspect { job: job.clone() }) else {
        return false;
    };
    let bytes = js_sys::Uint8Array::from(raw);
    let obj = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&obj, &"msg".into(), &msg);
    let _ = js_sys::Reflect::set(&obj, &"raw".into(), &bytes);
    let transfer = js_sys::Array::of1(&bytes.buffer());
    worker.post_message_with_transfer(&obj, &transfer).is_ok()
}

/// The app's own JS and wasm (hashed names), as boot.js loaded them.
fn module_urls() -> Result<(String, String), String> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let tag = doc
        .query_selector("script[data-hs-js]")
        .ok()
        .flatten()
        .ok_or("the page has no boot script tag")?;
    let base = doc.base_uri().ok().flatten().ok_or("no base URI")?;
    let absolute = |attr: &str| -> Result<String, String> {
        let rel = tag
            .get_attribute(attr)
            .ok_or_else(|| format!("the boot script has no {attr}"))?;
        web_sys::Url::new_with_base(&rel, &base)
            .map(|u| u.href())
            .map_err(|_| format!("{attr} is not a URL"))
    };
    Ok((absolute("data-hs-js")?, absolute("data-hs-wasm")?))
}

fn spawn_worker(sink: Rc<dyn Sink>) -> Result<Live, String> {
    let (js, wasm) = module_urls()?;
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .ok_or("no base URI")?;
    let script = web_sys::Url::new_with_base("worker.js", &base)
        .map_err(|_| "worker.js is not a URL")?
        .href();
    let opts = web_sys::WorkerOptions::new();
    opts.set_type(web_sys::WorkerType::Module);
    opts.set_name("headerscope-inspect");
    let worker = web_sys::Worker::new_with_options(&script, &opts)
        .map_err(|e| format!("{:?}", e.as_string().unwrap_or_else(|| "refused".into())))?;
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
        |ev: web_sys::MessageEvent| match decode::<FromWorker>(&ev.data()) {
            Ok(msg) => on_worker_message(msg),
            Err(e) => unreadable_from_worker(&e),
        },
    );
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|ev: web_sys::Event| {
        ev.prevent_default();
        let text = ev
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "the worker script failed".into());
        worker_died(&text);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let init = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&init, &"js".into(), &js.into());
    let _ = js_sys::Reflect::set(&init, &"wasm".into(), &wasm.into());
    worker
        .post_message(&init)
        .map_err(|_| "the worker refused its start message")?;
    Ok(Live {
        worker,
        pending: Vec::new(),
        resolvers: HashMap::new(),
        sink,
        _on_message: on_message,
        _on_error: on_error,
    })
}

fn on_worker_message(msg: FromWorker) {
    match msg {
        FromWorker::Ready => {
            WORKER.with(|w| {
                let mut w = w.borrow_mut();
                let state = std::mem::replace(&mut *w, WorkerState::Idle);
                *w = match state {
                    WorkerState::Booting(mut live) => {
                        let mut failed = Vec::new();
                        for (job, raw) in live.pending.iter_mut() {
                            if let Some(bytes) = raw.take() {
                                if !send(&live.worker, job, &bytes) {
                                    failed.push((job.clone(), bytes));
                                }
                            }
                        }
                        live.pending
                            .retain(|(job, _)| !failed.iter().any(|(f, _)| f.run == job.run));
                        for (job, bytes) in failed {
                            run_in_page(job, bytes, live.sink.clone());
                        }
                        WorkerState::Ready(live)
                    }
                    other => other,
                };
            });
        }
        FromWorker::BootFailed { message } => worker_died(&message),
        FromWorker::Progress { run, progress } => {
            if let Some(sink) = current_sink() {
                sink.progress(run, progress);
            }
        }
        FromWorker::Ended { run, ended } => {
            let sink = WORKER.with(|w| match &mut *w.borrow_mut() {
                WorkerState::Ready(live) | WorkerState::Booting(live) => {
                    live.forget(run);
                    Some(live.sink.clone())
                }
                _ => None,
            });
            if let Some(sink) = sink {
                sink.ended(run, ended);
            }
        }
        FromWorker::Query {
            run,
            id,
            name,
            rtype,
        } => {
            let found = WORKER.with(|w| match &*w.borrow() {
                WorkerState::Ready(live) | WorkerState::Booting(live) => {
                    Some((live.worker.clone(), live.resolvers.get(&run).cloned()))
                }
                _ => None,
            });
            if let Some((worker, resolver)) = found {
                wasm_bindgen_futures::spawn_local(async move {
                    let result = match resolver {
                        Some(r) => r.query(&name, rtype).await,
                        None => Err(DnsError::Cancelled),
                    };
                    post_to_worker(&worker, &ToWorker::Answer { id, result });
                });
            }
        }
        FromWorker::Panicked { message } => {
            web_sys::console::error_1(&format!("headerscope worker panicked: {message}").into());
            worker_died(&message);
        }
    }
}

/// A worker that has not said Ready and speaks otherwise is not one this
/// page can use (a worker.js cached from another version of the app posts
/// its boot failure as an object): the page inspects by itself.
fn unreadable_from_worker(error: &str) {
    let booting = WORKER.with(|w| matches!(*w.borrow(), WorkerState::Booting(_)));
    let reason = format!("unreadable message from the worker: {error}");
    if booting {
        worker_died(&reason);
    } else {
        web_sys::console::error_1(&format!("headerscope: {reason}").into());
    }
}

fn current_sink() -> Option<Rc<dyn Sink>> {
    WORKER.with(|w| match &*w.borrow() {
        WorkerState::Ready(live) | WorkerState::Booting(live) => Some(live.sink.clone()),
        _ => None,
    })
}

/// The worker failed to start or crashed. Before it was ever ready, its
/// jobs run in the page and later ones too; after, the running jobs end as
/// crashed and the next job starts a fresh worker.
fn worker_died(reason: &str) {
    let previous = WORKER.with(|w| std::mem::replace(&mut *w.borrow_mut(), WorkerState::Idle));
    match previous {
        WorkerState::Booting(live) => {
            web_sys::console::warn_1(
                &format!(
                    "headerscope: the web worker did not start ({reason}); inspecting in the page"
                )
                .into(),
            );
            live.worker.terminate();
            WORKER.with(|w| *w.borrow_mut() = WorkerState::Unavailable);
            for (job, raw) in live.pending {
                run_in_page(job, raw.unwrap_or_default(), live.sink.clone());
            }
        }
        WorkerState::Ready(live) => {
            live.worker.terminate();
            for (job, _) in live.pending {
                live.sink.ended(job.run, Ended::Crashed(reason.to_string()));
            }
        }
        other => WORKER.with(|w| *w.borrow_mut() = other),
    }
}
