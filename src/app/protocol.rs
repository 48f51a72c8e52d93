//! What the page and the inspection engine say to each other. The engine is
//! a wasm module of its own (src/bin/engine.rs): the page's module holds the
//! interface and the report's rendering, the engine the verification, so the
//! page's first download does not carry the verification code. The engine
//! runs in a dedicated worker, or in the page where no worker can start
//! (engine::open_port); the messages are the same either way.
//!
//! Messages cross as JSON text, written and read by the same serde_json code
//! that writes and reads evidence bundles (a second serde format for the
//! report would be a second copy of its (de)serializers in each module); the
//! message bytes travel beside them as a `Uint8Array`, transferred to a
//! worker, so 25 MB are moved, not copied or turned into a JS array.

use crate::bundle::RecordedOptions;
use crate::dns::doh::transport::{HttpRequest, HttpResponse};
use crate::dns::doh::DohEndpoint;
use crate::dns::{DnsError, QueryLog};
use crate::i18n::text::Text;
use crate::message::intake::Intake;
use crate::report::Report;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

pub use super::state::Progress;

/// What answers DNS for a run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Dns {
    /// Zone-file text (a sample's records or the user's offline records).
    Records(String),
    /// A DoH service, which the engine asks through the page (engine::PageResolver).
    Doh(DohEndpoint),
    /// An evidence bundle's recorded answers: the run is its replay.
    Replay(Vec<QueryLog>),
}

/// One inspection to run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    pub run: u32,
    pub options: RecordedOptions,
    pub dns: Dns,
    /// The clock for signature times: a replayed bundle's own, else now.
    pub now: Option<u64>,
}

/// How a run ended.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Ended {
    Report(Box<Report>),
    /// The message could not be inspected (no header section, …).
    InputError(Text),
    /// The records or resolver settings are unusable.
    Setup(Text),
    /// The inspection itself broke (a bug): the message says so.
    Crashed(String),
}

#[derive(Debug, Serialize, Deserialize)]
pub enum ToEngine {
    /// `raw` (a Uint8Array) sits beside this in the posted object.
    Inspect {
        job: Job,
    },
    Cancel {
        run: u32,
    },
    /// The message changed: read what its headers say (`raw` beside this,
    /// as for Inspect). `version` counts the page's message changes.
    Read {
        version: u32,
    },
    /// The page's answer to a [`FromEngine::Fetch`].
    Fetched {
        id: u32,
        result: Result<HttpResponse, DnsError>,
    },
}

/// Externally tagged (serde's default): an internally tagged enum would
/// buffer the whole report before reading it. www/worker.js writes
/// `{"BootFailed":{"message":…}}` itself.
#[derive(Debug, Serialize, Deserialize)]
pub enum FromEngine {
    Ready,
    /// www/worker.js (or boot.js, in the page) could not load the engine.
    BootFailed {
        message: String,
    },
    Progress {
        run: u32,
        progress: Progress,
    },
    /// A DoH request for the page to make, encoded by the engine: a
    /// dedicated worker is not bound by the page's `<meta>`
    /// Content-Security-Policy, and `connect-src` must keep deciding where
    /// the app may send queries (docs/hosting.md). The page only fetches, so
    /// it carries none of the DNS codec.
    Fetch {
        id: u32,
        request: HttpRequest,
        timeout_ms: u64,
    },
    Ended {
        run: u32,
        ended: Ended,
    },
    /// The answer to a [`ToEngine::Read`].
    Read {
        version: u32,
        intake: Intake,
    },
    /// The engine panicked; its wasm instance is unusable from here on.
    Panicked {
        message: String,
    },
}

/// A message as it crosses. Pretty, like a bundle: one serde_json formatter
/// in the wasm rather than two (the whitespace costs the parser next to
/// nothing).
pub fn encode(msg: &impl Serialize) -> Result<JsValue, serde_json::Error> {
    serde_json::to_string_pretty(msg).map(|s| JsValue::from_str(&s))
}

pub fn decode<T: for<'de> Deserialize<'de>>(v: &JsValue) -> Result<T, String> {
    let text = v.as_string().ok_or("not a string")?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

/// The object posted to the engine: the message, and the bytes beside it.
pub fn envelope(msg: &JsValue, raw: Option<&js_sys::Uint8Array>) -> js_sys::Object {
    let obj = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&obj, &"msg".into(), msg);
    if let Some(raw) = raw {
        let _ = js_sys::Reflect::set(&obj, &"raw".into(), raw);
    }
    obj
}
