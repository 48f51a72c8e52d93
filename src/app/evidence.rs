//! Evidence and exports: the evidence bundle (JSON download, import and replay
//! with no network), the Authentication-Results header and the helpdesk
//! Markdown (clipboard), printing, and the badges that say where the DNS
//! answers of the report on screen came from.

use super::drop::{use_file_drop, DropConfig};
use super::run;
use super::state::{Action, AppState, Field, Outcome, ReplayInfo, RunInput};
use super::worker::{self, Dns, Ended, Job, Progress, Sink};
use crate::bundle::{self, Bundle};
use crate::export;
use crate::i18n::{Lang, Msg};
use crate::report::Report;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A bundle is JSON text: anything this large is not one.
const MAX_BUNDLE_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

/// "Import evidence bundle…": a real button opening a hidden file input.
#[function_component(ImportButton)]
pub fn import_button(props: &Props) -> Html {
    let state = props.state.clone();
    let lang = super::lang::use_lang();
    let drop = use_file_drop(DropConfig {
        max_files: 1,
        max_bytes: MAX_BUNDLE_BYTES,
        too_large: |name, _| crate::app_text!(Msg::BundleTooLarge, name = name),
        on_file: {
            let state = state.clone();
            Callback::from(move |(name, bytes): (String, Vec<u8>)| {
                replay(&state, name, &String::from_utf8_lossy(&bytes), lang)
            })
        },
        // A picker only: nothing is dropped here.
        on_text: Callback::noop(),
        on_error: {
            let state = state.clone();
            Callback::from(move |e| state.dispatch(Action::Error(e)))
        },
    });
    let open = Callback::from(|_: MouseEvent| {
        if let Some(el) = super::html_element("bundle-input") {
            el.click();
        }
    });
    html! {
        <>
            <button type="button" class="button secondary" data-testid="import-bundle"
                disabled={state.running.is_some()} onclick={open}>
                { lang.t(Msg::ImportBundle) }
            </button>
            <input id="bundle-input" data-testid="bundle-input" class="visually-hidden" type="file"
                tabindex="-1" aria-hidden="true" accept=".json,application/json" onchange={drop.onpick} />
        </>
    }
}

/// Replays a bundle with no network: the recorded DNS answers, `now` and options.
/// A bundle with only the digest replays the message in the text area, if it is the same one.
fn replay(state: &UseReducerHandle<AppState>, name: String, text: &str, lang: Lang) {
    if state.running.is_some() {
        return;
    }
    let fail = |e: String| {
        state.dispatch(Action::Error(crate::app_text!(
            Msg::BundleError,
            name = name,
            error = e
        )))
    };
    let bundle = match Bundle::from_json(text) {
        Ok(b) => b,
        Err(e) => return fail(e.to_string()),
    };
    let raw = match bundle.stored_message() {
        Ok(Some(raw)) => {
            match String::from_utf8(raw.clone()) {
                Ok(text) => state.dispatch(Action::SetRaw(text)),
                Err(_) => state.dispatch(Action::LoadFile {
                    name: name.clone(),
                    bytes: raw.clone(),
                }),
            }
            raw
        }
        Ok(None) => {
            let current = state.inspected_bytes();
            if bundle.check_message(&current).is_err() {
                return fail(lang.f(Msg::BundleDigestOnly, &[("digest", &bundle.message.sha256)]));
            }
            current
        }
        Err(e) => return fail(e.to_string()),
    };
    // The identities the recording used, where they overrode the headers, go
    // back into the fields: inspecting again then asks the same question.
    let o = &bundle.options;
    for (field, value) in [
        (Field::Ip, o.ip.map(|ip| ip.to_string())),
        (Field::Helo, o.helo.clone()),
        (Field::MailFrom, o.mail_from.clone()),
    ] {
        if let Some(v) = value {
            state.dispatch(Action::SetField(field, v));
        }
    }
    let run = state.last_run.wrapping_add(1);
    state.dispatch(Action::Start(run));
    let raw = Rc::new(raw);
    state.dispatch(Action::SetRunInput(Rc::new(RunInput {
        raw: raw.clone(),
        options: bundle.options.clone(),
    })));
    // The engine replays it (the recorded answers, clock and options); `raw`
    // matches the bundle's digest, checked above either way.
    let job = Job {
        run,
        options: bundle.options.clone(),
        dns: Dns::Replay(bundle.report.dns.clone()),
        now: Some(bundle.now),
    };
    let sink = ReplaySink {
        state: state.clone(),
        file: name,
        bundle,
    };
    worker::submit(job, raw, Rc::new(sink));
}

/// A replay's end: the report, and how it compares with the recorded one.
struct ReplaySink {
    state: UseReducerHandle<AppState>,
    file: String,
    bundle: Bundle,
}

impl Sink for ReplaySink {
    fn progress(&self, run: u32, progress: Progress) {
        self.state.dispatch(Action::Progress { run, progress });
    }

    fn ended(&self, run: u32, ended: Ended) {
        let Ended::Report(report) = ended else {
            let outcome = run::outcome_of(ended);
            return self.state.dispatch(Action::Finished { run, outcome });
        };
        let info = Rc::new(ReplayInfo {
            file: self.file.clone(),
            made_by: self.bundle.headerscope.clone(),
            created_at: self.bundle.created_at,
            verdicts_equal: bundle::verdicts_equal(&self.bundle.report, &report),
        });
        self.state.dispatch(Action::Finished {
            run,
            outcome: Outcome::Report(Rc::new(*report)),
        });
        self.state.dispatch(Action::Replayed { run, info });
    }
}

/// `2026-11-23 19:11 UTC` for unix seconds.
fn utc(t: u64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(t as f64 * 1000.0));
    let iso = String::from(d.to_iso_string());
    match (iso.get(..10), iso.get(11..16)) {
        (Some(day), Some(hm)) => format!("{day} {hm} UTC"),
        _ => iso,
    }
}

/// Saves the evidence bundle of `report` (with the message itself when
/// `include` is set) as a download, and says so in the status line.
fn export_callback(
    lang: Lang,
    report: Rc<Report>,
    raw: Option<Rc<RunInput>>,
    include: bool,
    status: UseStateHandle<Option<Status>>,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let Some(input) = &raw else { return };
        let b = bundle::create(
            &input.raw,
            &input.options.to_options(report.run.now),
            &report,
            include,
        );
        let name = format!(
            "headerscope-evidence-{}.json",
            b.message.sha256.get(..12).unwrap_or("message")
        );
        status.set(Some(
            match download(&name, "application/json", &b.to_json()) {
                Ok(()) => Status::Done(lang.f(
                    if include {
                        Msg::SavedWithMessage
                    } else {
                        Msg::SavedDigestOnly
                    },
                    &[("name", &name)],
                )),
                Err(_) => Status::Done(lang.t(Msg::DownloadRefused).into()),
            },
        ));
    })
}

/// Where this report's DNS answers came from, above the verdicts.
fn badges(lang: Lang, props: &ToolsProps) -> Html {
    let r = &props.report;
    html! {
        <div class="run-badges" data-testid="run-badges">
            if let Some(info) = &props.replayed {
                <span class="run-badge replayed" data-testid="badge-replayed">{ lang.t(Msg::BadgeReplayed) }</span>
                <span class="hint" data-testid="replay-note">
                    { lang.f(Msg::ReplayNote, &[("file", &info.file), ("version", &info.made_by), ("date", &utc(info.created_at))]) }
                    <strong data-testid="replay-equal">
                        { if info.verdicts_equal {
                            lang.t(Msg::ReplayEqual)
                        } else {
                            lang.t(Msg::ReplayDiffers)
                        } }
                    </strong>
                </span>
            } else if props.no_dns {
                <span class="run-badge offline" data-testid="badge-no-dns">{ lang.t(Msg::ProviderNoDns) }</span>
            } else if r.run.offline {
                <span class="run-badge offline" data-testid="badge-offline">{ lang.t(Msg::BadgeOffline) }</span>
                <span class="hint">{ lang.f(Msg::OfflineNote, &[("resolver", &r.run.resolver)]) }</span>
            }
            if props.sample {
                <span class="run-badge sample" data-testid="badge-sample">{ lang.t(Msg::BadgeSample) }</span>
            }
        </div>
    }
}

fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download has started from the URL by the time this runs.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

async fn copy(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
        return Err(JsValue::from_str("no clipboard"));
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
}

/// What a copy or export did, for the status line.
#[derive(Clone, PartialEq)]
enum Status {
    Done(String),
    /// The clipboard refused: the text is shown to select by hand.
    Manual(String, Rc<String>),
}

/// What the toolbar needs: the report and the input it came from, by
/// pointer, and where its answers came from. Not the whole state, so a
/// progress tick does not re-render it (or re-make its exports).
#[derive(Properties)]
pub struct ToolsProps {
    pub report: Rc<Report>,
    /// The message and options inspected: the bundle export and the
    /// Authentication-Results' body hashes need them.
    pub input: Option<Rc<RunInput>>,
    pub replayed: Option<Rc<ReplayInfo>>,
    pub no_dns: bool,
    pub sample: bool,
}

impl PartialEq for ToolsProps {
    fn eq(&self, other: &ToolsProps) -> bool {
        fn same<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
        }
        Rc::ptr_eq(&self.report, &other.report)
            && same(&self.input, &other.input)
            && same(&self.replayed, &other.replayed)
            && self.no_dns == other.no_dns
            && self.sample == other.sample
    }
}

/// The toolbar over a report: exports, copies, print; and the badges.
#[function_component(ResultTools)]
pub fn result_tools(props: &ToolsProps) -> Html {
    let lang = super::lang::use_lang();
    let include_message = use_state(|| false);
    let status = use_state(|| None::<Status>);
    let report = &props.report;
    let raw: Option<Rc<RunInput>> = props.input.clone();
    // Made again only for another report or language, not when a copy's
    // status line changes.
    let exports = {
        let report = report.clone();
        let key = (lang, Rc::as_ptr(&report) as usize);
        use_memo(key, move |_| {
            let authres = Rc::new(export::authentication_results_header(
                &report,
                export::DEFAULT_AUTHSERV_ID,
            ));
            let markdown = Rc::new(export::helpdesk_markdown_in(
                &report,
                export::DEFAULT_AUTHSERV_ID,
                lang,
            ));
            (authres, markdown)
        })
    };
    let (authres, markdown) = (exports.0.clone(), exports.1.clone());

    let on_include = {
        let include_message = include_message.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            include_message.set(input.checked());
        })
    };
    let on_export = export_callback(
        lang,
        report.clone(),
        raw.clone(),
        *include_message,
        status.clone(),
    );
    let copier = |(done, manual): (Msg, Msg), text: Rc<String>| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(match copy(&text).await {
                    Ok(()) => Status::Done(lang.t(done).to_string()),
                    Err(_) => Status::Manual(lang.t(manual).to_string(), text),
                }));
            });
        })
    };
    let on_copy_ar = copier((Msg::CopiedAuthres, Msg::ManualAuthres), authres.clone());
    let on_copy_md = copier((Msg::CopiedMarkdown, Msg::ManualMarkdown), markdown);
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    html! {
        <section class="result-tools" aria-label={lang.t(Msg::EvidenceExports)}>
            { badges(lang, props) }
            <div class="toolbar row no-print">
                <label class="check">
                    <input type="checkbox" data-testid="include-message" checked={*include_message} onchange={on_include} />
                    { " " }{ lang.t(Msg::IncludeMessage) }
                </label>
                <button type="button" class="button secondary" data-testid="export-bundle"
                    disabled={raw.is_none()} onclick={on_export}>
                    { lang.t(Msg::ExportEvidence) }
                </button>
                <button type="button" class="button secondary" data-testid="copy-authres" onclick={on_copy_ar}>
                    { lang.t(Msg::CopyAuthres) }
                </button>
                <button type="button" class="button secondary" data-testid="copy-markdown" onclick={on_copy_md}>
                    { lang.t(Msg::CopyMarkdown) }
                </button>
                <button type="button" class="button secondary" data-testid="print" onclick={on_print}>
                    { lang.t(Msg::Print) }
                </button>
            </div>
            <p class="hint no-print" role="status" data-testid="export-status">
                { match &*status {
                    Some(Status::Done(t)) | Some(Status::Manual(t, _)) => t.clone(),
                    None => String::new(),
                } }
            </p>
            if let Some(Status::Manual(_, text)) = &*status {
                <textarea class="manual-copy no-print" readonly=true aria-label={lang.t(Msg::TextToCopy)} value={text.to_string()} />
            }
            <details class="authres">
                <summary>{ lang.t(Msg::AuthresWeWouldWrite) }</summary>
                <pre data-testid="authres-preview">{ authres.to_string() }</pre>
            </details>
        </section>
    }
}
