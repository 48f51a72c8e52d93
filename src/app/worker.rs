//! The page's side of the inspection engine (src/app/engine, a wasm module
//! of its own): runs jobs in a dedicated worker, or, where no worker can
//! start (an old browser, a server that does not serve worker.js, a policy
//! forbidding it), in the page, with the engine loaded by boot.js. Either way
//! the two speak [`super::protocol`], and the page makes the DoH requests
//! the engine encodes.
//!
//! The page starts the worker when it is idle after its first render
//! ([`prestart_when_idle`]), so that fetching and compiling the engine is
//! neither in the way of the page becoming usable nor of the first Inspect.

use super::protocol::{decode, encode, envelope, FromEngine, ToEngine};
pub use super::protocol::{Dns, Ended, Job, Progress};
use crate::dns::doh::transport::{self, HttpRequest};
use crate::message::intake::Intake;
use js_sys::{Function, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where a run reports to.
pub trait Sink {
    fn progress(&self, run: u32, progress: Progress);
    fn ended(&self, run: u32, ended: Ended);
}

/// Where the readings of the message go (see [`read`]): apart from the
/// runs' sink, so that a reading never takes a running replay's end.
pub type Reader = Rc<dyn Fn(u32, Intake)>;

/// Where the engine runs.
#[derive(Clone)]
enum Engine {
    Worker(web_sys::Worker),
    /// In the page: its `receive` export, once boot.js has loaded it.
    Page(Option<Function>),
}

impl Engine {
    /// Posts `msg` with the message bytes beside it (moved to a worker).
    fn post(&self, msg: &ToEngine, raw: Option<&[u8]>) -> bool {
        let Ok(text) = encode(msg) else {
            return false;
        };
        let bytes = raw.map(Uint8Array::from);
        let obj = envelope(&text, bytes.as_ref());
        match self {
            Engine::Worker(worker) => match &bytes {
                Some(b) => worker
                    .post_message_with_transfer(&obj, &js_sys::Array::of1(&b.buffer()))
                    .is_ok(),
                None => worker.post_message(&obj).is_ok(),
            },
            Engine::Page(Some(receive)) => receive.call1(&JsValue::NULL, &obj).is_ok(),
            Engine::Page(None) => false,
        }
    }

    fn stop(&self) {
        if let Engine::Worker(worker) = self {
            worker.terminate();
        }
    }
}

enum EngineState {
    /// Not started yet.
    Idle,
    /// Started; jobs wait for its Ready.
    Booting(Live),
    Ready(Live),
    /// The engine in the page panicked: its instance cannot run again.
    Stopped(String),
}

struct Live {
    engine: Engine,
    /// Jobs sent (or waiting for Ready) and not ended, with their bytes
    /// while they wait.
    pending: Vec<(Job, Option<Rc<Vec<u8>>>)>,
    /// Runs cancelled while they waited for Ready: cancelled as soon as sent.
    cancelled: Vec<u32>,
    reading: Reading,
    sink: Rc<dyn Sink>,
    /// A worker's handlers, kept alive with it.
    _handlers: Option<WorkerHandlers>,
}

/// Only the newest message's reading matters: while one is in the engine,
/// the next waits, and a newer one replaces it (typing a message asks on
/// every keystroke).
#[derive(Default)]
struct Reading {
    in_engine: bool,
    next: Option<(u32, Vec<u8>)>,
}

struct WorkerHandlers {
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Live {
    fn new(engine: Engine, sink: Rc<dyn Sink>, handlers: Option<WorkerHandlers>) -> Live {
        Live {
            engine,
            pending: Vec::new(),
            cancelled: Vec::new(),
            reading: Reading::default(),
            sink,
            _handlers: handlers,
        }
    }

    fn forget(&mut self, run: u32) {
        self.pending.retain(|(j, _)| j.run != run);
    }

    /// Sends the waiting reading, unless one is in the engine already.
    fn send_reading(&mut self) {
        if self.reading.in_engine {
            return;
        }
        if let Some((version, raw)) = self.reading.next.take() {
            self.reading.in_engine = self.engine.post(&ToEngine::Read { version }, Some(&raw));
        }
    }

    /// Sends the jobs that waited for Ready; those that cannot be sent end.
    fn send_waiting(&mut self) {
        let mut failed = Vec::new();
        for (job, raw) in self.pending.iter_mut() {
            if let Some(bytes) = raw.take() {
                if !self
                    .engine
                    .post(&ToEngine::Inspect { job: job.clone() }, Some(&bytes))
                {
                    failed.push(job.run);
                } else if self.cancelled.contains(&job.run) {
                    self.engine.post(&ToEngine::Cancel { run: job.run }, None);
                }
            }
        }
        self.cancelled.clear();
        self.send_reading();
        for run in failed {
            self.forget(run);
            self.sink.ended(
                run,
                Ended::Crashed("the job could not be sent to the engine".into()),
            );
        }
    }
}

thread_local! {
    static ENGINE: RefCell<EngineState> = const { RefCell::new(EngineState::Idle) };
    static READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
    /// Set once a worker failed to start here: later engines start in the page.
    static NO_WORKER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Where an engine started before any job reports: nowhere, until the first
/// job gives it the page's sink (`submit` replaces it).
struct NoJobYet;

impl Sink for NoJobYet {
    fn progress(&self, _: u32, _: Progress) {}
    fn ended(&self, _: u32, _: Ended) {}
}

/// Starts the engine once the page has drawn itself and the browser has a
/// moment (requestIdleCallback, at most `IDLE_WAIT_MS` later; a short timer
/// where there is none): fetching and compiling it is then done before the
/// first Inspect instead of inside it, and never delays the first paint.
pub fn prestart_when_idle() {
    const IDLE_WAIT_MS: u32 = 2000;
    let Some(window) = web_sys::window() else {
        return;
    };
    let start = Closure::once_into_js(prestart);
    let idle = Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    let scheduled = idle.is_some_and(|f| {
        let options = js_sys::Object::new();
        let _ = Reflect::set(&options, &"timeout".into(), &IDLE_WAIT_MS.into());
        f.call2(&window, &start, &options).is_ok()
    });
    if !scheduled {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(start.unchecked_ref(), 200);
    }
}

fn prestart() {
    ENGINE.with(|e| {
        let mut e = e.borrow_mut();
        if matches!(*e, EngineState::Idle) {
            *e = EngineState::Booting(start_engine(Rc::new(NoJobYet)));
        }
    });
}

/// A worker if one starts here, else the engine in the page.
fn start_engine(sink: Rc<dyn Sink>) -> Live {
    if !NO_WORKER.with(|n| n.get()) {
        match spawn_worker(sink.clone()) {
            Ok(live) => return live,
            Err(e) => no_worker(&e),
        }
    }
    load_into_page();
    Live::new(Engine::Page(None), sink, None)
}

fn no_worker(reason: &str) {
    NO_WORKER.with(|n| n.set(true));
    web_sys::console::warn_1(
        &format!("headerscope: no web worker ({reason}); inspecting in the page").into(),
    );
}

/// Runs `job` in the engine, started if need be.
pub fn submit(job: Job, raw: Rc<Vec<u8>>, sink: Rc<dyn Sink>) {
    let refused = ENGINE.with(|e| {
        let mut e = e.borrow_mut();
        if matches!(*e, EngineState::Idle) {
            *e = EngineState::Booting(start_engine(sink.clone()));
        }
        match &mut *e {
            EngineState::Booting(live) => {
                live.sink = sink.clone();
                live.pending.push((job, Some(raw)));
                None
            }
            EngineState::Ready(live) => {
                live.sink = sink.clone();
                if live
                    .engine
                    .post(&ToEngine::Inspect { job: job.clone() }, Some(&raw))
                {
                    live.pending.push((job, None));
                    None
                } else {
                    live.forget(job.run);
                    Some((
                        job.run,
                        "the job could not be sent to the engine".to_string(),
                    ))
                }
            }
            EngineState::Stopped(reason) => Some((job.run, reason.clone())),
            EngineState::Idle => None,
        }
    });
    if let Some((run, reason)) = refused {
        sink.ended(run, Ended::Crashed(reason));
    }
}

/// Has the engine read message number `version` (started if need be): what
/// its headers say arrives at `reader`.
pub fn read(version: u32, raw: Vec<u8>, reader: Reader) {
    READER.with(|r| *r.borrow_mut() = Some(reader));
    prestart();
    ENGINE.with(|e| {
        let mut e = e.borrow_mut();
        if let EngineState::Booting(live) | EngineState::Ready(live) = &mut *e {
            live.reading.next = Some((version, raw));
        }
        if let EngineState::Ready(live) = &mut *e {
            live.send_reading();
        }
    });
}

/// Asks run `run` to stop: pending DNS queries fail as cancelled, so its
/// checks end in temperror and the report still arrives.
pub fn cancel(run: u32) {
    ENGINE.with(|e| match &mut *e.borrow_mut() {
        EngineState::Ready(live) => {
            live.engine.post(&ToEngine::Cancel { run }, None);
        }
        // Still loading: the run starts cancelled, so its report arrives as
        // soon as the engine does, every lookup cancelled.
        EngineState::Booting(live) => live.cancelled.push(run),
        _ => {}
    });
}

/// worker.js, and the engine's JS and wasm (hashed names, from boot.js's
/// tag), as absolute URLs.
fn worker_urls() -> Result<(String, String, String), String> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let tag = doc
        .query_selector("script[data-hs-engine-js]")
        .ok()
        .flatten()
        .ok_or("the page's boot script names no engine")?;
    let base = doc.base_uri().ok().flatten().ok_or("no base URI")?;
    let absolute = |rel: &str| -> Result<String, String> {
        web_sys::Url::new_with_base(rel, &base)
            .map(|u| u.href())
            .map_err(|_| format!("{rel} is not a URL"))
    };
    let attribute = |attr: &str| -> Result<String, String> {
        absolute(
            &tag.get_attribute(attr)
                .ok_or_else(|| format!("the boot script has no {attr}"))?,
        )
    };
    Ok((
        absolute("worker.js")?,
        attribute("data-hs-engine-js")?,
        attribute("data-hs-engine-wasm")?,
    ))
}

fn spawn_worker(sink: Rc<dyn Sink>) -> Result<Live, String> {
    let (script, js, wasm) = worker_urls()?;
    let opts = web_sys::WorkerOptions::new();
    opts.set_type(web_sys::WorkerType::Module);
    opts.set_name("headerscope-inspect");
    let worker = web_sys::Worker::new_with_options(&script, &opts)
        .map_err(|e| format!("{:?}", e.as_string().unwrap_or_else(|| "refused".into())))?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| {
            on_engine_text(&ev.data())
        });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|ev: web_sys::Event| {
        ev.prevent_default();
        let text = ev
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "the worker script failed".into());
        engine_died(&text);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let init = js_sys::Object::new();
    let _ = Reflect::set(&init, &"js".into(), &js.into());
    let _ = Reflect::set(&init, &"wasm".into(), &wasm.into());
    worker
        .post_message(&init)
        .map_err(|_| "the worker refused its start message")?;
    let handlers = WorkerHandlers {
        _on_message: on_message,
        _on_error: on_error,
    };
    Ok(Live::new(Engine::Worker(worker), sink, Some(handlers)))
}

/// Loads the engine into the page (boot.js's `headerscopeEngine`) and opens
/// it; its Ready sends the waiting jobs, as a worker's does.
fn load_into_page() {
    wasm_bindgen_futures::spawn_local(async {
        if let Err(e) = open_engine_in_page().await {
            engine_failed_to_load(&super::js_error_text(&e));
        }
    });
}

async fn open_engine_in_page() -> Result<(), JsValue> {
    let module = super::load_lazy_module("headerscopeEngine").await?;
    let export = |name: &str| -> Result<Function, JsValue> {
        Reflect::get(&module, &JsValue::from_str(name))?
            .dyn_into::<Function>()
            .map_err(|_| JsValue::from_str(&format!("the engine has no {name}")))
    };
    let (open_port, receive) = (export("open_port")?, export("receive")?);
    ENGINE.with(|e| {
        if let EngineState::Booting(live) = &mut *e.borrow_mut() {
            live.engine = Engine::Page(Some(receive));
        }
    });
    // The engine calls this from inside the page's calls to it: handled on
    // a later turn, as a worker's messages are, never while the page is
    // still in the middle of sending.
    let callback = Closure::<dyn FnMut(JsValue)>::new(|text: JsValue| {
        wasm_bindgen_futures::spawn_local(async move { on_engine_text(&text) })
    });
    open_port.call1(&JsValue::NULL, callback.as_ref())?;
    // The engine keeps it for as long as the page lives.
    callback.forget();
    Ok(())
}

/// The engine could not be fetched into the page (offline on a first
/// visit, a broken deployment): its jobs end saying so, and the next
/// Inspect tries again.
fn engine_failed_to_load(reason: &str) {
    let previous = ENGINE.with(|e| std::mem::replace(&mut *e.borrow_mut(), EngineState::Idle));
    // The worker may have failed for the same reason (the network): the
    // next Inspect tries it again.
    NO_WORKER.with(|n| n.set(false));
    let reason = format!("the inspection engine could not be loaded: {reason}");
    web_sys::console::error_1(&format!("headerscope: {reason}").into());
    if let EngineState::Booting(live) | EngineState::Ready(live) = previous {
        for (job, _) in live.pending {
            live.sink.ended(job.run, Ended::Crashed(reason.clone()));
        }
    }
}

/// One message from the engine, as the JSON text it posts.
fn on_engine_text(text: &JsValue) {
    match decode::<FromEngine>(text) {
        Ok(msg) => on_engine_message(msg),
        Err(e) => unreadable_from_engine(&e),
    }
}

fn on_engine_message(msg: FromEngine) {
    match msg {
        FromEngine::Ready => {
            ENGINE.with(|e| {
                let mut e = e.borrow_mut();
                *e = match std::mem::replace(&mut *e, EngineState::Idle) {
                    EngineState::Booting(mut live) => {
                        live.send_waiting();
                        EngineState::Ready(live)
                    }
                    other => other,
                };
            });
            mark_engine_ready();
        }
        FromEngine::BootFailed { message } => engine_died(&message),
        FromEngine::Progress { run, progress } => {
            if let Some(sink) = current_sink() {
                sink.progress(run, progress);
            }
        }
        FromEngine::Ended { run, ended } => {
            let sink = ENGINE.with(|e| match &mut *e.borrow_mut() {
                EngineState::Ready(live) | EngineState::Booting(live) => {
                    live.forget(run);
                    Some(live.sink.clone())
                }
                _ => None,
            });
            if let Some(sink) = sink {
                sink.ended(run, ended);
            }
        }
        FromEngine::Read { version, intake } => {
            ENGINE.with(|e| {
                if let EngineState::Ready(live) = &mut *e.borrow_mut() {
                    live.reading.in_engine = false;
                    live.send_reading();
                }
            });
            if let Some(reader) = READER.with(|r| r.borrow().clone()) {
                reader(version, intake);
            }
        }
        FromEngine::Fetch {
            id,
            request,
            timeout_ms,
        } => fetch_for_engine(id, request, timeout_ms),
        FromEngine::Panicked { message } => {
            web_sys::console::error_1(&format!("headerscope engine panicked: {message}").into());
            engine_died(&message);
        }
    }
}

/// `<html data-engine="ready">` once an engine is running: from then on the
/// page inspects with no network at all (the browser tests wait for it
/// before they go offline).
fn mark_engine_ready() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-engine", "ready");
    }
}

/// Makes the DoH request the engine asked for and hands it the response.
fn fetch_for_engine(id: u32, request: HttpRequest, timeout_ms: u64) {
    // The response goes to the engine that asked, even if another has
    // started since: a new engine numbers its requests anew, so one of its
    // own could otherwise take this answer for its own.
    let asked = ENGINE.with(|e| match &*e.borrow() {
        EngineState::Ready(live) | EngineState::Booting(live) => Some(live.engine.clone()),
        _ => None,
    });
    let Some(engine) = asked else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let result = transport::fetch(request, timeout_ms).await;
        engine.post(&ToEngine::Fetched { id, result }, None);
    });
}

/// An engine that has not said Ready and speaks otherwise is not one this
/// page can use (a worker.js cached from another version of the app posts
/// its boot failure as an object): the page inspects by itself.
fn unreadable_from_engine(error: &str) {
    let booting = ENGINE.with(|e| matches!(*e.borrow(), EngineState::Booting(_)));
    let reason = format!("unreadable message from the engine: {error}");
    if booting {
        engine_died(&reason);
    } else {
        web_sys::console::error_1(&format!("headerscope: {reason}").into());
    }
}

fn current_sink() -> Option<Rc<dyn Sink>> {
    ENGINE.with(|e| match &*e.borrow() {
        EngineState::Ready(live) | EngineState::Booting(live) => Some(live.sink.clone()),
        _ => None,
    })
}

/// The engine failed to start or crashed. A worker that never became ready
/// hands its jobs to the engine in the page, and later jobs too. After it
/// was ready, the running jobs end as crashed; the next job starts a fresh
/// worker, while an engine in the page, whose instance cannot run again,
/// stays stopped.
fn engine_died(reason: &str) {
    let previous = ENGINE.with(|e| std::mem::replace(&mut *e.borrow_mut(), EngineState::Idle));
    match previous {
        EngineState::Booting(mut live) if matches!(live.engine, Engine::Worker(_)) => {
            live.engine.stop();
            no_worker(&format!("the web worker did not start ({reason})"));
            load_into_page();
            live.engine = Engine::Page(None);
            live._handlers = None;
            ENGINE.with(|e| *e.borrow_mut() = EngineState::Booting(live));
        }
        EngineState::Booting(live) | EngineState::Ready(live) => {
            live.engine.stop();
            for (job, _) in live.pending {
                live.sink.ended(job.run, Ended::Crashed(reason.to_string()));
            }
            if matches!(live.engine, Engine::Page(_)) {
                let stopped = format!(
                    "the inspection engine stopped after an internal error ({reason}); reload the page"
                );
                ENGINE.with(|e| *e.borrow_mut() = EngineState::Stopped(stopped));
            }
        }
        other => ENGINE.with(|e| *e.borrow_mut() = other),
    }
}
