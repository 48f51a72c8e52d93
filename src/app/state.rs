//! The app's state and every change to it: plain Rust with no browser API,
//! so it also compiles natively and its reducer is unit-tested there
//! (`cargo test --lib app::state`). What the user typed (message, identity
//! fields, resolver settings) is written to localStorage by effects in the
//! app's root (mod.rs) when it changes, so a reload or an error loses
//! nothing; what was stored comes in once, as [`Saved`], before the first render.

use crate::dns::doh::{DohEndpoint, DohFormat};
use crate::i18n::text::Text;
use crate::i18n::{Lang, Msg};
use crate::message::intake::Intake;
use crate::message::unwrap::msg;
use crate::message::{self, Overrides};
use crate::report::{Identities, Report};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

pub const KEY_RAW: &str = "headerscope.message";
pub const KEY_SETTINGS: &str = "headerscope.settings";
pub const KEY_FIELDS: &str = "headerscope.identities";

/// Which DNS-over-HTTPS service answers the lookups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    #[default]
    Cloudflare,
    Google,
    Quad9,
    Custom,
    /// Records the user pasted (BIND syntax); no query leaves the browser.
    Offline,
    /// No DNS at all: what reads the message alone runs, the rest says
    /// "not checked: no DNS".
    NoDns,
}

impl Provider {
    pub const ALL: [Provider; 6] = [
        Provider::Cloudflare,
        Provider::Google,
        Provider::Quad9,
        Provider::Custom,
        // Offline stays last, where keyboard users (and tests/e2e/a11y.test.mjs) find it.
        Provider::NoDns,
        Provider::Offline,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Provider::Cloudflare => "cloudflare",
            Provider::Google => "google",
            Provider::Quad9 => "quad9",
            Provider::Custom => "custom",
            Provider::Offline => "offline",
            Provider::NoDns => "nodns",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Provider::Cloudflare => "Cloudflare (JSON)",
            Provider::Google => "Google (JSON)",
            Provider::Quad9 => lang.t(Msg::ProviderQuad9),
            Provider::Custom => lang.t(Msg::ProviderCustom),
            Provider::Offline => lang.t(Msg::ProviderOffline),
            Provider::NoDns => lang.t(Msg::ProviderNoDns),
        }
    }

    pub fn from_id(id: &str) -> Provider {
        Provider::ALL
            .into_iter()
            .find(|p| p.id() == id)
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub provider: Provider,
    pub custom_url: String,
    pub custom_format: DohFormat,
    /// Zone-file records for [`Provider::Offline`], as pasted.
    pub offline_records: String,
    /// The language the user picked; `None` follows the browser.
    pub lang: Option<Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            provider: Provider::Cloudflare,
            custom_url: String::new(),
            custom_format: DohFormat::Json,
            offline_records: String::new(),
            lang: None,
        }
    }
}

impl Settings {
    /// The endpoint to query, or why the custom URL cannot be used.
    pub fn endpoint(&self) -> Result<DohEndpoint, Text> {
        match self.provider {
            Provider::Cloudflare => Ok(DohEndpoint::cloudflare()),
            Provider::Google => Ok(DohEndpoint::google()),
            Provider::Quad9 => Ok(DohEndpoint::quad9()),
            Provider::Offline | Provider::NoDns => Err(crate::app_text!(Msg::EndpointOffline)),
            Provider::Custom => {
                let url = self.custom_url.trim();
                if url.is_empty() {
                    return Err(crate::app_text!(Msg::EndpointCustomEmpty));
                }
                let lower = url.to_ascii_lowercase();
                let rest = lower
                    .strip_prefix("https://")
                    .or_else(|| lower.strip_prefix("http://"));
                match rest {
                    Some(r) if !r.is_empty() && !r.starts_with('/') => Ok(DohEndpoint {
                        url: url.to_string(),
                        format: self.custom_format,
                    }),
                    _ => Err(crate::app_text!(Msg::EndpointCustomBad, url = url)),
                }
            }
        }
    }
}

/// The three editable SMTP identities, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Fields {
    pub ip: String,
    pub helo: String,
    pub mail_from: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Ip,
    Helo,
    MailFrom,
}

impl Fields {
    fn from_identities(id: &Identities) -> Fields {
        Fields {
            ip: id.ip.clone().unwrap_or_default(),
            helo: id.helo.clone().unwrap_or_default(),
            mail_from: id.mail_from.clone().unwrap_or_default(),
        }
    }

    /// The fields the user changed from what the headers say become overrides;
    /// an emptied field means "use the headers".
    pub fn overrides(&self, inferred: &Identities) -> Result<Overrides, Text> {
        fn changed(typed: &str, inferred: &Option<String>) -> Option<String> {
            let t = typed.trim();
            (!t.is_empty() && Some(t) != inferred.as_deref()).then(|| t.to_string())
        }
        let ip = match changed(&self.ip, &inferred.ip) {
            Some(s) => Some(
                s.parse()
                    .map_err(|_| crate::app_text!(Msg::BadIp, ip = s))?,
            ),
            None => None,
        };
        // The core grows Overrides (trust boundary, ...): those stay at their defaults.
        #[allow(clippy::needless_update)]
        Ok(Overrides {
            ip,
            helo: changed(&self.helo, &inferred.helo),
            mail_from: changed(&self.mail_from, &inferred.mail_from)
                .map(|m| message::angle_addr(&m)),
            ..Default::default()
        })
    }
}

/// A message loaded from a file whose bytes are not UTF-8: inspected as is,
/// since re-encoding would change what DKIM hashed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileBytes {
    pub name: String,
    pub bytes: Rc<Vec<u8>>,
}

impl FileBytes {
    fn new(name: String, bytes: Vec<u8>) -> FileBytes {
        FileBytes {
            name,
            bytes: Rc::new(bytes),
        }
    }
}

/// How far a run is: DNS queries started and answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Progress {
    pub started: usize,
    pub finished: usize,
}

/// A sample message shipped with the app (see samples.rs for the list).
#[derive(Debug, PartialEq, Eq)]
pub struct Sample {
    pub id: &'static str,
    pub label: Msg,
    /// What the sample shows, for the button's description.
    pub about: Msg,
    pub message: &'static str,
    /// BIND zone-file records: the sample's whole DNS.
    pub zone: &'static str,
}

impl PartialEq for Outcome {
    fn eq(&self, other: &Outcome) -> bool {
        match (self, other) {
            (Outcome::Report(a), Outcome::Report(b)) => Rc::ptr_eq(a, b),
            (Outcome::InputError(a), Outcome::InputError(b)) => a == b,
            (Outcome::Failed(a), Outcome::Failed(b)) => a == b,
            _ => false,
        }
    }
}

/// Compared by identity: Yew compares the whole state before re-rendering
/// each component, and a deep comparison of reports would cost every render.
#[derive(Debug, Clone)]
pub enum Outcome {
    Report(Rc<Report>),
    /// The message could not be inspected at all.
    InputError(Text),
    /// The run could not start or broke off; the text says why.
    Failed(Text),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    /// Shared, not copied: the reducer clones the state on every action.
    /// `Rc<String>`, not `Rc<str>`: Yew compares states before each render,
    /// and only an `Rc` of a sized `Eq` type compares by pointer first —
    /// `Rc<str>` compared 25 MB byte by byte for every component.
    pub raw: Rc<String>,
    /// Counts changes of `raw` that did not come from typing in the text
    /// area (files, samples, bundles), which the text area must then show.
    pub raw_version: u32,
    /// The user asked to see and edit a large message whole.
    pub show_whole: bool,
    pub file: Option<FileBytes>,
    pub fields: Fields,
    /// What the headers alone say, for the hints under the fields: read by
    /// the inspection engine after each change of the message
    /// ([`Action::Read`]), empty until it answers.
    pub inferred: Identities,
    /// Counts the changes of the message, so that a reading of an older
    /// one is told from the current one's.
    pub message_version: u32,
    pub settings: Settings,
    /// The browser's preferred language, read once at start; the app shows
    /// it until the user picks one (see [`AppState::lang`]).
    pub browser_lang: Lang,
    /// The run in flight (its id), if any.
    pub running: Option<u32>,
    pub last_run: u32,
    pub progress: Progress,
    /// The user pressed Cancel on the running run.
    pub cancelling: bool,
    pub outcome: Option<Outcome>,
    /// A problem to show in the banner (bad input, bad settings, storage full).
    pub error: Option<Text>,
    /// The trust boundary the user moved in the hop table (a Received header
    /// index); cleared when the message changes.
    pub boundary: Option<usize>,
    /// The sample loaded with "Try a sample", while the message is unchanged:
    /// it runs on the sample's own records, never the network.
    pub sample: Option<&'static Sample>,
    /// What the last run inspected, for the evidence bundle and the exports.
    pub last_input: Option<Rc<RunInput>>,
    /// Set when the report on screen was replayed from an evidence bundle.
    pub replayed: Option<Rc<ReplayInfo>>,
    /// The user chose to inspect the wrapper (a forward, a bounce, a
    /// report) rather than the message inside; cleared when the message changes.
    pub outer: bool,
}

/// The exact input of a run: the bytes as inspected (CRLF) and the options.
/// `Eq`, so that comparing `Rc<RunInput>`s (every render, see [`Outcome`])
/// checks the pointer first instead of megabytes of bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunInput {
    /// Shared with the job sent to the engine: megabytes, never copied for it.
    pub raw: Rc<Vec<u8>>,
    pub options: crate::bundle::RecordedOptions,
}

/// Where a replayed report came from and whether it agrees with the recording.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplayInfo {
    pub file: String,
    /// The headerscope version that made the bundle, and when (unix seconds).
    pub made_by: String,
    pub created_at: u64,
    /// The replay gave the same verdicts, traces and DNS answers as recorded.
    pub verdicts_equal: bool,
}

pub enum Action {
    /// The text area changed (typing, pasting).
    Typed(String),
    /// The message text was replaced from elsewhere (a bundle, a dropped text).
    SetRaw(String),
    /// Show a large message whole in the text area.
    ShowWhole,
    /// A file was dropped or picked.
    LoadFile {
        name: String,
        bytes: Vec<u8>,
    },
    SetField(Field, String),
    /// Puts back what the headers say into the identity fields.
    ResetFields,
    SetProvider(Provider),
    SetCustomUrl(String),
    SetCustomFormat(DohFormat),
    Start(u32),
    Progress {
        run: u32,
        progress: Progress,
    },
    Finished {
        run: u32,
        outcome: Outcome,
    },
    /// The user pressed Cancel while `run` was running.
    Cancelling(u32),
    Error(Text),
    DismissError,
    /// The user moved the trust boundary (`None`: back to the automatic choice).
    SetBoundary(Option<usize>),
    /// Inspect the wrapper itself (`true`) or the message inside it.
    SetOuter(bool),
    SetOfflineRecords(String),
    /// The language switcher: wins over the browser's language from now on.
    SetLang(Lang),
    /// "Try a sample": its message replaces the text, its records answer DNS.
    LoadSample(&'static Sample),
    /// Sent right after `Start`: what that run inspects.
    SetRunInput(Rc<RunInput>),
    /// The engine read message number `version`: what its headers say
    /// (and a .msg file's text).
    Read {
        version: u32,
        intake: Box<Intake>,
    },
    /// Sent after `Finished` of a bundle replay.
    Replayed {
        run: u32,
        info: Rc<ReplayInfo>,
    },
}

/// Messages longer than this are shown as their header section only (see
/// inspect.rs), unless the user asks for the whole text.
pub const LARGE_TEXT: usize = 1_000_000;

/// Larger messages are not written to localStorage: browsers give a page
/// about 5 MB, and trying to store a bigger message only costs time on every
/// keystroke.
pub const MAX_SAVED_RAW: usize = 4_000_000;

/// What localStorage held when the app started, as stored (JSON for the
/// settings and fields); whatever does not parse is ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Saved {
    pub raw: Option<String>,
    pub settings: Option<String>,
    pub fields: Option<String>,
}

impl AppState {
    /// A file's text is the message now; `file` keeps its bytes where the
    /// text alone would lose something (a .msg, bytes that are not UTF-8).
    fn file_loaded(&mut self, text: String, file: Option<FileBytes>) {
        self.raw = Rc::new(text);
        self.file = file;
        self.raw_version = self.raw_version.wrapping_add(1);
        self.sample = None;
        self.message_changed();
    }

    /// The state as the user left it, in a browser preferring `browser_lang`.
    pub fn restore(saved: Saved, browser_lang: Lang) -> AppState {
        let raw = saved.raw.unwrap_or_default();
        let settings = saved
            .settings
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        // Empty fields are filled when the engine has read the message.
        let fields = saved
            .fields
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        AppState {
            raw: Rc::new(raw),
            fields,
            settings,
            browser_lang,
            ..Default::default()
        }
    }

    /// The language the app shows: the user's choice, else the browser's.
    pub fn lang(&self) -> Lang {
        self.settings.lang.unwrap_or(self.browser_lang)
    }

    /// Is the text area showing only the header section of a large message?
    pub fn large_view(&self) -> bool {
        self.raw.len() > LARGE_TEXT && !self.show_whole
    }

    /// The bytes to inspect: a non-UTF-8 file as loaded, else the text.
    pub fn message_slice(&self) -> &[u8] {
        match &self.file {
            Some(f) => f.bytes.as_slice(),
            None => self.raw.as_bytes(),
        }
    }

    /// [`AppState::message_slice`] as a copy of its own.
    pub fn message_bytes(&self) -> Vec<u8> {
        self.message_slice().to_vec()
    }

    /// The bytes the core inspects: CRLF line ends, except for an Outlook .msg
    /// file, a binary container whose bytes must stay as they are.
    pub fn inspected_bytes(&self) -> Vec<u8> {
        let bytes = self.message_slice();
        if bytes.starts_with(&msg::CFB_MAGIC) {
            bytes.to_vec()
        } else {
            to_crlf(bytes)
        }
    }

    fn message_changed(&mut self) {
        self.boundary = None;
        self.outer = false;
        if self.raw.len() <= LARGE_TEXT {
            self.show_whole = false;
        }
        // Until the engine has read the new message (Action::Read): an empty
        // field means "what the headers say", so a run started meanwhile
        // gets exactly that, from the engine's own reading.
        self.message_version = self.message_version.wrapping_add(1);
        self.inferred = Identities::default();
        self.fields = Fields::default();
    }

    /// The engine's reading of the current message: the hints, the fields
    /// the user has not filled, and the text of a .msg file.
    fn message_read(&mut self, intake: Intake) {
        if let Some(headers) = intake.headers {
            self.raw = Rc::new(headers);
            self.raw_version = self.raw_version.wrapping_add(1);
        }
        self.inferred = intake.identities;
        let from_headers = Fields::from_identities(&self.inferred);
        for (field, read) in [
            (&mut self.fields.ip, from_headers.ip),
            (&mut self.fields.helo, from_headers.helo),
            (&mut self.fields.mail_from, from_headers.mail_from),
        ] {
            if field.trim().is_empty() {
                *field = read;
            }
        }
    }
}

/// Mail arrives over SMTP with CRLF line ends; a paste or a Unix mbox file has
/// bare LF. Canonicalization and body hashes are defined on the CRLF form.
fn to_crlf(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 32);
    let mut copied = 0;
    // Only the LFs are looked at: the text between them is copied in runs.
    for lf in memchr::memchr_iter(b'\n', raw) {
        if lf == 0 || raw.get(lf - 1) != Some(&b'\r') {
            out.extend_from_slice(raw.get(copied..lf).unwrap_or_default());
            out.push(b'\r');
            copied = lf;
        }
    }
    out.extend_from_slice(raw.get(copied..).unwrap_or_default());
    out
}

/// Yew's reducer is [`AppState::apply`]; only wasm has Yew.
#[cfg(target_arch = "wasm32")]
impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        self.apply(action)
    }
}

impl AppState {
    /// Every change to the state: a pure function of the state and the
    /// action (no storage, no browser), returning the same `Rc` when nothing
    /// changed so that Yew skips the render.
    // Long on purpose: one arm per action, each a few lines, so every
    // transition of the app can be read (and is tested) in one place.
    pub fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Typed(raw) => {
                // Text that grew large by typing or an unusual paste goes to the header view.
                if raw.len() > LARGE_TEXT && s.raw.len() <= LARGE_TEXT {
                    s.raw_version = s.raw_version.wrapping_add(1);
                }
                s.raw = Rc::new(raw);
                s.file = None;
                s.sample = None;
                s.message_changed();
            }
            Action::SetRaw(raw) => {
                s.raw = Rc::new(raw);
                s.raw_version = s.raw_version.wrapping_add(1);
                s.file = None;
                s.sample = None;
                s.message_changed();
            }
            Action::LoadFile { name, bytes } if bytes.starts_with(&msg::CFB_MAGIC) => {
                // An Outlook .msg: the text area shows its transport headers
                // once the engine has read them (Action::Read); the
                // inspection reads the file's bytes.
                s.file_loaded(String::new(), Some(FileBytes::new(name, bytes)));
            }
            Action::LoadFile { name, bytes } => match String::from_utf8(bytes) {
                Ok(text) => s.file_loaded(text, None),
                // Not UTF-8: shown as best it can be, inspected from the bytes.
                Err(e) => {
                    let bytes = e.into_bytes();
                    let text = String::from_utf8_lossy(&bytes).into_owned();
                    s.file_loaded(text, Some(FileBytes::new(name, bytes)));
                }
            },
            Action::SetField(f, v) => match f {
                Field::Ip => s.fields.ip = v,
                Field::Helo => s.fields.helo = v,
                Field::MailFrom => s.fields.mail_from = v,
            },
            Action::ResetFields => {
                s.fields = Fields::from_identities(&s.inferred);
            }
            Action::SetProvider(p) => {
                s.settings.provider = p;
            }
            Action::SetCustomUrl(u) => {
                s.settings.custom_url = u;
            }
            Action::SetCustomFormat(f) => {
                s.settings.custom_format = f;
            }
            Action::Start(run) => {
                s.running = Some(run);
                s.last_run = run;
                s.progress = Progress::default();
                s.cancelling = false;
                s.error = None;
                s.replayed = None;
            }
            Action::Progress { run, progress } => {
                if s.running != Some(run) {
                    return self;
                }
                s.progress = progress;
            }
            Action::Finished { run, outcome } => {
                if s.running != Some(run) {
                    return self;
                }
                s.running = None;
                s.cancelling = false;
                match &outcome {
                    Outcome::InputError(e) => {
                        s.error = Some(crate::app_text!(Msg::CannotInspect, error = e))
                    }
                    Outcome::Failed(e) => s.error = Some(e.clone()),
                    Outcome::Report(_) => {}
                }
                s.outcome = Some(outcome);
            }
            Action::ShowWhole => s.show_whole = true,
            Action::Cancelling(run) => {
                if s.running == Some(run) {
                    s.cancelling = true;
                }
            }
            Action::Error(e) => s.error = Some(e),
            Action::DismissError => s.error = None,
            Action::SetBoundary(b) => s.boundary = b,
            Action::SetOuter(o) => s.outer = o,
            Action::SetLang(l) => {
                s.settings.lang = Some(l);
            }
            Action::SetOfflineRecords(t) => {
                s.settings.offline_records = t;
            }
            Action::LoadSample(sample) => {
                s.raw = Rc::new(sample.message.to_string());
                s.raw_version = s.raw_version.wrapping_add(1);
                s.file = None;
                s.message_changed();
                s.sample = Some(sample);
            }
            Action::SetRunInput(input) => s.last_input = Some(input),
            Action::Read { version, intake } => {
                if version != s.message_version {
                    return self;
                }
                s.message_read(*intake);
            }
            Action::Replayed { run, info } => {
                if s.last_run == run {
                    s.replayed = Some(info);
                }
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSAGE: &str = "Received: from mx.example.org (mx.example.org [192.0.2.7])\r\n\
        \tby mx.example.net with ESMTP; Mon, 1 Jan 2024 00:00:00 +0000\r\n\
        Return-Path: <bounce@example.org>\r\n\
        From: a@example.org\r\n\r\nbody\r\n";

    fn apply(state: AppState, actions: Vec<Action>) -> Rc<AppState> {
        actions.into_iter().fold(Rc::new(state), AppState::apply)
    }

    /// A fresh state with the file `name` of `bytes` loaded.
    fn loaded(name: &str, bytes: &[u8]) -> Rc<AppState> {
        apply(
            AppState::default(),
            vec![Action::LoadFile {
                name: name.into(),
                bytes: bytes.to_vec(),
            }],
        )
    }

    /// What the engine answers when the page asks it to read the current message.
    fn engine_reads(s: &AppState) -> Action {
        Action::Read {
            version: s.message_version,
            intake: Box::new(crate::message::intake::read(&s.message_bytes())),
        }
    }

    fn read_by_engine(s: Rc<AppState>) -> Rc<AppState> {
        let read = engine_reads(&s);
        s.apply(read)
    }

    #[test]
    fn restore_reads_what_was_saved_and_ignores_what_does_not_parse() {
        let saved = Saved {
            raw: Some(MESSAGE.into()),
            settings: Some(r#"{"provider":"quad9","lang":"de"}"#.into()),
            fields: Some("not json".into()),
        };
        let s = AppState::restore(saved, Lang::Uk);
        assert_eq!(s.settings.provider, Provider::Quad9);
        assert_eq!(s.lang(), Lang::De);
        // Unreadable saved fields fall back to what the headers say, once
        // the engine has read them.
        assert_eq!(s.fields, Fields::default());
        let s = read_by_engine(Rc::new(s));
        assert_eq!(s.fields.ip, "192.0.2.7");
        assert_eq!(s.fields.mail_from, "bounce@example.org");
    }

    #[test]
    fn the_browser_language_shows_until_the_user_picks_one() {
        let s = AppState::restore(Saved::default(), Lang::Uk);
        assert_eq!(s.lang(), Lang::Uk);
        let s = apply(s, vec![Action::SetLang(Lang::De)]);
        assert_eq!(s.lang(), Lang::De);
        assert_eq!(s.settings.lang, Some(Lang::De));
    }

    #[test]
    fn typing_a_message_fills_the_identity_fields_and_clears_the_boundary() {
        let s = apply(
            AppState::default(),
            vec![Action::SetBoundary(Some(3)), Action::Typed(MESSAGE.into())],
        );
        let s = read_by_engine(s);
        assert_eq!(s.raw.as_str(), MESSAGE);
        assert_eq!(s.inferred.ip.as_deref(), Some("192.0.2.7"));
        assert_eq!(s.fields.helo, s.inferred.helo.clone().unwrap_or_default());
        assert_eq!(s.boundary, None);
        // Typing is not a replacement the text area has to be told about.
        assert_eq!(s.raw_version, 0);
    }

    #[test]
    fn a_reading_of_an_older_message_changes_nothing() {
        let first = apply(AppState::default(), vec![Action::Typed(MESSAGE.into())]);
        let stale = engine_reads(&first);
        let s = first.apply(Action::Typed(MESSAGE.replace("192.0.2.7", "192.0.2.8")));
        let after = s.clone().apply(stale);
        assert!(Rc::ptr_eq(&s, &after), "a stale reading must not re-render");
        assert_eq!(after.fields, Fields::default());
        assert_eq!(read_by_engine(after).fields.ip, "192.0.2.8");
    }

    #[test]
    fn a_field_typed_before_the_reading_arrives_is_kept() {
        let s = apply(
            AppState::default(),
            vec![
                Action::Typed(MESSAGE.into()),
                Action::SetField(Field::Ip, "198.51.100.1".into()),
            ],
        );
        let s = read_by_engine(s);
        assert_eq!(s.fields.ip, "198.51.100.1");
        assert_eq!(s.fields.mail_from, "bounce@example.org");
        assert_eq!(s.inferred.ip.as_deref(), Some("192.0.2.7"));
    }

    #[test]
    fn an_outlook_file_shows_the_headers_the_engine_read_from_it() {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/unwrap/outlook.msg"
        ))
        .expect("the fixture is in the repository");
        let s = loaded("outlook.msg", &bytes);
        assert_eq!(s.raw.as_str(), "");
        let version_before = s.raw_version;
        let s = read_by_engine(s);
        assert!(s.raw.contains("Received:"), "{}", s.raw);
        assert!(s.raw_version != version_before, "the text area is told");
        assert_eq!(
            s.message_bytes(),
            bytes,
            "the file is inspected, not the text"
        );
        assert!(!s.fields.ip.is_empty());
    }

    #[test]
    fn a_file_that_is_not_utf8_is_kept_as_bytes() {
        let mut bytes = MESSAGE.as_bytes().to_vec();
        bytes.extend_from_slice(b"caf\xe9\r\n");
        let s = loaded("latin1.eml", &bytes);
        let file = s.file.as_ref().expect("non-UTF-8 bytes are kept");
        assert_eq!(file.bytes.as_slice(), bytes.as_slice());
        assert_eq!(s.message_bytes(), bytes);
        assert_eq!(s.raw_version, 1);
    }

    #[test]
    fn progress_of_a_run_that_is_not_running_changes_nothing() {
        let before = apply(AppState::default(), vec![Action::Start(1)]);
        let progress = Progress {
            started: 2,
            finished: 1,
        };
        let after = before.clone().apply(Action::Progress { run: 9, progress });
        assert!(
            Rc::ptr_eq(&before, &after),
            "a stale run must not re-render"
        );
        let after = before.apply(Action::Progress { run: 1, progress });
        assert_eq!(after.progress, progress);
    }

    #[test]
    fn an_input_error_ends_the_run_and_reaches_the_banner() {
        let cause = Text::verbatim("no header section");
        let s = apply(
            AppState::default(),
            vec![
                Action::Start(1),
                Action::Finished {
                    run: 1,
                    outcome: Outcome::InputError(cause.clone()),
                },
            ],
        );
        assert_eq!(s.running, None);
        let banner = s.error.as_ref().expect("the error is shown");
        assert_eq!(
            banner.key(),
            Some(crate::i18n::text::Key::App(Msg::CannotInspect))
        );
        // The cause is outside text: it stays as written, in any language.
        assert!(
            matches!(banner.arg("error"), Some(crate::i18n::text::Arg::Data(d)) if d == "no header section")
        );
        // A new run clears it.
        let s = s.apply(Action::Start(2));
        assert_eq!(s.error, None);
    }

    #[test]
    fn to_crlf_gives_each_lf_without_a_cr_one() {
        for raw in crate::auth::dkim::canon::line_break_strings() {
            let mut expected = Vec::new();
            for (i, &c) in raw.iter().enumerate() {
                if c == b'\n' && (i == 0 || raw[i - 1] != b'\r') {
                    expected.push(b'\r');
                }
                expected.push(c);
            }
            assert_eq!(to_crlf(&raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn an_outlook_file_is_inspected_as_it_is() {
        let mut file = msg::CFB_MAGIC.to_vec();
        file.extend_from_slice(b"\n\nbinary\n");
        let s = loaded("a.msg", &file);
        assert_eq!(s.inspected_bytes(), file);
        let s = apply(AppState::default(), vec![Action::SetRaw("a\nb".into())]);
        assert_eq!(s.inspected_bytes(), b"a\r\nb");
    }
}
