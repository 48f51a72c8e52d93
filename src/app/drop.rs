//! Reading a file the user dropped or picked: one way for every drop zone
//! and file input (the message, a DMARC report, an evidence bundle). The
//! size is checked before anything is read, the bytes come in without
//! blocking the page, and a failure is a sentence for the error banner.

use super::lang::use_lang;
use crate::i18n::text::Text;
use crate::i18n::Msg;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

/// What a drop zone does with what it gets.
pub struct DropConfig {
    /// Larger files are refused before they are read.
    pub max_bytes: f64,
    /// Files taken from one drop or pick: 1 for a message, more for reports.
    pub max_files: u32,
    /// The refusal: from the file's name and its size in MiB, as written in
    /// the page's language.
    pub too_large: fn(name: String, size: String) -> Text,
    /// A file's name and bytes, read in.
    pub on_file: Callback<(String, Vec<u8>)>,
    /// Text dragged from another window, which arrives as data, not a file
    /// (possibly empty).
    pub on_text: Callback<String>,
    /// Why a file could not be used.
    pub on_error: Callback<Text>,
}

/// The handlers to put on the zone and its `<input type="file">`.
pub struct FileDrop {
    /// A file is being dragged over the zone (for its highlight).
    pub dragging: bool,
    pub ondragover: Callback<DragEvent>,
    pub ondragleave: Callback<DragEvent>,
    pub ondrop: Callback<DragEvent>,
    pub onpick: Callback<Event>,
}

#[hook]
pub fn use_file_drop(config: DropConfig) -> FileDrop {
    let lang = use_lang();
    let dragging = use_state(|| false);
    let read = {
        let DropConfig {
            max_bytes,
            too_large,
            on_file,
            on_error,
            ..
        } = &config;
        let (max_bytes, too_large) = (*max_bytes, *too_large);
        let (on_file, on_error) = (on_file.clone(), on_error.clone());
        move |file: web_sys::File| {
            let name = file.name();
            if file.size() > max_bytes {
                let size = lang.decimal(file.size() / 1_048_576.0, 1);
                return on_error.emit(too_large(name, size));
            }
            let (on_file, on_error) = (on_file.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match JsFuture::from(file.array_buffer()).await {
                    Ok(buf) => on_file.emit((name, js_sys::Uint8Array::new(&buf).to_vec())),
                    Err(_) => on_error.emit(crate::app_text!(Msg::FileUnreadable, name = name)),
                }
            });
        }
    };
    let max_files = config.max_files.max(1);
    let read_all = {
        let read = read.clone();
        move |files: web_sys::FileList| {
            for i in 0..files.length().min(max_files) {
                if let Some(file) = files.get(i) {
                    read(file);
                }
            }
        }
    };
    let onpick = {
        let read_all = read_all.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                read_all(files);
            }
            // Picking the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        let on_text = config.on_text.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let data = e.data_transfer();
            match data
                .as_ref()
                .and_then(|d| d.files())
                .filter(|f| f.length() > 0)
            {
                Some(files) => read_all(files),
                None => on_text.emit(
                    data.and_then(|d| d.get_data("text").ok())
                        .unwrap_or_default(),
                ),
            }
        })
    };
    FileDrop {
        dragging: *dragging,
        ondragover,
        ondragleave,
        ondrop,
        onpick,
    }
}
