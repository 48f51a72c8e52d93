//! The input side: the message (paste, drop or pick a file), the identity
//! fields inferred from the headers, the resolver choice and the Inspect button.

use super::drop::{use_file_drop, DropConfig};
use super::lang::use_lang;
use super::run;
use super::settings::ResolverSettings;
use super::state::{Action, AppState, Field, LARGE_TEXT};
use crate::i18n::{Lang, Msg};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Larger files are not e-mail a person pastes; refusing keeps the tab responsive.
const MAX_FILE_BYTES: f64 = 25.0 * 1024.0 * 1024.0;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

#[function_component(InputPanel)]
pub fn input_panel(props: &Props) -> Html {
    let state = props.state.clone();
    let lang = use_lang();
    let drop = use_file_drop(DropConfig {
        max_files: 1,
        max_bytes: MAX_FILE_BYTES,
        too_large: |name, size| crate::app_text!(Msg::FileTooLarge, name = name, size = size),
        on_file: {
            let state = state.clone();
            Callback::from(move |(name, bytes)| state.dispatch(Action::LoadFile { name, bytes }))
        },
        on_text: {
            let state = state.clone();
            Callback::from(move |text: String| {
                if !text.is_empty() {
                    state.dispatch(Action::SetRaw(text));
                }
            })
        },
        on_error: {
            let state = state.clone();
            Callback::from(move |e| state.dispatch(Action::Error(e)))
        },
    });
    let (textarea, on_input, on_paste) = use_message_text(&state, lang);
    let large = state.large_view();
    let show_whole = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowWhole))
    };
    let clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetRaw(String::new())))
    };
    // Ctrl+Enter runs from the text area, so the keyboard never has to leave it.
    let on_keydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                run::start(&state);
            }
        })
    };
    let on_inspect = {
        let state = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            run::start(&state);
        })
    };

    let running = state.running.is_some();
    // After the first render: the worker boots while the user pastes.
    use_effect_with((), |_| super::worker::prestart_when_idle());

    html! {
        <form class="panel input-panel" onsubmit={on_inspect} aria-label={lang.t(Msg::MessageForm)}>
            <div class={classes!("dropzone", drop.dragging.then_some("dragging"))}
                ondragover={drop.ondragover} ondragleave={drop.ondragleave} ondrop={drop.ondrop}>
                <label for="message" class="big-label">{ lang.t(Msg::RawMessage) }</label>
                <p class="hint" id="message-hint">{ lang.t(Msg::MessageHint) }</p>
                <textarea id="message" data-testid="message-input" spellcheck="false"
                    autocomplete="off" aria-describedby="message-hint" translate="no"
                    placeholder="Received: from mail.example.org (mail.example.org [192.0.2.7]) ..."
                    ref={textarea} readonly={large} oninput={on_input} onpaste={on_paste} onkeydown={on_keydown} />
                if large {
                    <div class="banner info" role="status" data-testid="large-note">
                        <span>{ lang.f(Msg::LargeNote, &[("size", &lang.decimal(state.raw.len() as f64 / 1e6, 1))]) }</span>
                        <button type="button" class="button secondary" onclick={show_whole} data-testid="show-whole">
                            { lang.t(Msg::ShowWhole) }
                        </button>
                        <button type="button" class="button secondary" onclick={clear} data-testid="clear-message">
                            { lang.t(Msg::ClearMessage) }
                        </button>
                    </div>
                }
                <div class="row">
                    <button type="button" class="button secondary" onclick={Callback::from(|_: MouseEvent| open_file_picker())}>
                        { lang.t(Msg::OpenMessageFile) }
                    </button>
                    <input id="file-input" data-testid="file-input" class="visually-hidden" type="file" tabindex="-1" aria-hidden="true"
                        accept=".eml,.msg,.txt,message/rfc822,text/plain" onchange={drop.onpick} />
                    if let Some(f) = &state.file {
                        <span class="hint" data-testid="file-note">
                            if f.bytes.starts_with(&crate::message::unwrap::msg::CFB_MAGIC) {
                                { lang.f(Msg::MsgFileNote, &[("name", &f.name)]) }
                            } else {
                                { lang.f(Msg::FileNote, &[("name", &f.name)]) }
                            }
                        </span>
                    }
                </div>
            </div>

            <IdentityFields state={state.clone()} />

            <ResolverSettings state={state.clone()} />

            <div class="row actions">
                <button type="submit" class="button primary" id="inspect" data-testid="inspect-button"
                    disabled={running} aria-busy={running.to_string()}>
                    { if running { lang.t(Msg::Inspecting) } else { lang.t(Msg::Inspect) } }
                </button>
            </div>
        </form>
    }
}

/// The SMTP identities the checks use: read from the receiver's headers,
/// each overridable, with where its value came from.
#[function_component(IdentityFields)]
fn identity_fields(props: &Props) -> Html {
    let state = props.state.clone();
    let lang = use_lang();
    let field = |id: &'static str,
                 label: &str,
                 which: Field,
                 value: &str,
                 source: &str,
                 placeholder: &'static str| {
        let state = state.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetField(which, input.value()));
        });
        let hint_id = format!("{id}-hint");
        html! {
            <div class="field">
                <label for={id}>{ label.to_string() }</label>
                <input id={id} data-testid={id} type="text" spellcheck="false" autocomplete="off"
                    value={value.to_string()} {oninput} {placeholder}
                    aria-describedby={hint_id.clone()} />
                <small id={hint_id} class="hint" data-i18n="content">{ source.to_string() }</small>
            </div>
        }
    };

    let inf = &state.inferred;
    let src =
        |typed: &str, inferred: &Option<String>, source: &crate::i18n::text::Text| -> String {
            let t = typed.trim();
            if t.is_empty() {
                lang.t(Msg::SrcEmpty).to_string()
            } else if Some(t) == inferred.as_deref() {
                lang.f(Msg::SrcFrom, &[("source", &lang.core(source))])
            } else {
                lang.t(Msg::SrcOverride).to_string()
            }
        };
    let ip_src = src(&state.fields.ip, &inf.ip, &inf.sources.ip);
    let helo_src = src(&state.fields.helo, &inf.helo, &inf.sources.helo);
    let mf_src = src(
        &state.fields.mail_from,
        &inf.mail_from,
        &inf.sources.mail_from,
    );
    let reset = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ResetFields))
    };
    html! {
    <fieldset class="identities">
        <legend>{ lang.t(Msg::SmtpIdentities) }</legend>
        <p class="hint">{ lang.t(Msg::IdentitiesHint) }</p>
        <div class="fields">
            { field("ip", lang.t(Msg::ConnectingIp), Field::Ip, &state.fields.ip, &ip_src, "192.0.2.7") }
            { field("helo", lang.t(Msg::HeloName), Field::Helo, &state.fields.helo, &helo_src, "mail.example.org") }
            { field("mail-from", "MAIL FROM", Field::MailFrom, &state.fields.mail_from, &mf_src, "bounce@example.org") }
        </div>
        <button type="button" class="button secondary" onclick={reset} data-testid="reset-identities">
            { lang.t(Msg::UseHeaderValues) }
        </button>
    </fieldset>
    }
}

/// The message text area's node and its input and paste handlers.
#[hook]
fn use_message_text(
    state: &UseReducerHandle<AppState>,
    lang: Lang,
) -> (NodeRef, Callback<InputEvent>, Callback<Event>) {
    let state = state.clone();
    // The text area is not bound to the state's text on every render: Yew
    // would read the whole value back from the DOM each time to compare. The
    // text goes in only when it came from elsewhere (a file, a sample, the
    // saved text: `raw_version` counts those) or the view changes. A message
    // over LARGE_TEXT is shown as its header section only: the browser lays
    // out every line of a text area, which for 25 MB blocks the page for
    // many seconds, and again on later layouts.
    let textarea = use_node_ref();
    let large = state.large_view();
    {
        let textarea = textarea.clone();
        let raw = state.raw.clone();
        use_effect_with(
            (state.raw_version, large, lang),
            move |&(_, large, lang)| {
                if let Some(ta) = textarea.cast::<HtmlTextAreaElement>() {
                    if large {
                        ta.set_value(&large_preview(lang, &raw));
                        show_top(&ta);
                    } else if *ta.value() != *raw {
                        ta.set_value(&raw);
                    }
                }
            },
        );
    }

    // A paste that replaces the whole text is a new message: the browser
    // leaves the caret, and the view, at its end (the body), so the input
    // that follows moves both to the top, where the headers are.
    let pasted_whole = use_mut_ref(|| false);
    let on_input = {
        let state = state.clone();
        let pasted_whole = pasted_whole.clone();
        Callback::from(move |e: InputEvent| {
            let ta: HtmlTextAreaElement = e.target_unchecked_into();
            if pasted_whole.replace(false) {
                show_top(&ta);
            }
            state.dispatch(Action::Typed(ta.value()));
        })
    };
    // A large paste never enters the text area (see above): the text is
    // spliced in at the selection here, as the browser would have.
    let on_paste = {
        let state = state.clone();
        let pasted_whole = pasted_whole.clone();
        Callback::from(move |e: Event| {
            let Some(e) = e.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let Some(pasted) = e.clipboard_data().and_then(|d| d.get_data("text").ok()) else {
                return;
            };
            let ta: HtmlTextAreaElement = e.target_unchecked_into();
            if pasted.len() <= LARGE_TEXT {
                *pasted_whole.borrow_mut() = selects_all(&ta);
                return;
            }
            e.prevent_default();
            let text = if ta.read_only() {
                pasted
            } else {
                splice_at_selection(&ta, &pasted)
            };
            state.dispatch(Action::SetRaw(text));
        })
    };
    (textarea, on_input, on_paste)
}

/// What the text area shows of a large message: its header section and a
/// line saying what is not shown.
fn large_preview(lang: Lang, raw: &str) -> String {
    let head = crate::message::header_section(raw.as_bytes());
    let head = String::from_utf8_lossy(head);
    let size = lang.decimal(raw.len().saturating_sub(head.len()) as f64 / 1e6, 1);
    format!(
        "{head}\n{}\n",
        lang.f(Msg::LargePreview, &[("size", &size)])
    )
}

/// Whether the selection covers the whole text (an empty box counts): what
/// is pasted now replaces everything. Offsets and length are UTF-16 units.
fn selects_all(ta: &HtmlTextAreaElement) -> bool {
    let start = ta.selection_start().ok().flatten().unwrap_or(0);
    let end = ta.selection_end().ok().flatten().unwrap_or(0);
    start == 0 && end >= ta.text_length()
}

/// The caret and the view at the first line, where a message's headers are.
fn show_top(ta: &HtmlTextAreaElement) {
    let _ = ta.set_selection_range(0, 0);
    ta.set_scroll_top(0);
}

/// The text area's text with `pasted` in place of its selection. Selection
/// offsets count UTF-16 units, so the splice is done on the JS string.
fn splice_at_selection(ta: &HtmlTextAreaElement, pasted: &str) -> String {
    let value = js_sys::JsString::from(ta.value());
    let len = value.length();
    let start = ta.selection_start().ok().flatten().unwrap_or(len).min(len);
    let end = ta
        .selection_end()
        .ok()
        .flatten()
        .unwrap_or(start)
        .clamp(start, len);
    let joined = value
        .slice(0, start)
        .concat(&js_sys::JsString::from(pasted).into())
        .concat(&value.slice(end, len).into());
    String::from(joined)
}

/// The native file input is hidden (it cannot be styled); a real button,
/// reachable by keyboard, opens its picker.
fn open_file_picker() {
    if let Some(el) = super::html_element("file-input") {
        el.click();
    }
}
