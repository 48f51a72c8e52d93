//! localStorage, where the browser allows it (private modes may not): read
//! once at start ([`saved`]), written by effects ([`use_persist`]), never
//! from the reducer.

use super::state::{Action, AppState, Saved, KEY_FIELDS, KEY_RAW, KEY_SETTINGS, MAX_SAVED_RAW};
use crate::i18n::text::Text;
use crate::i18n::{Lang, Msg};
use yew::prelude::*;

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    store()?.get_item(key).ok().flatten()
}

/// Saves `value`; the error says why it could not be (quota, storage disabled).
pub fn set(key: &str, value: &str) -> Result<(), Msg> {
    let s = store().ok_or(Msg::StorageNone)?;
    s.set_item(key, value).map_err(|_| Msg::StorageQuota)
}

/// What the app saved last time, read once before the first render.
pub fn saved() -> Saved {
    Saved {
        raw: get(KEY_RAW),
        settings: get(KEY_SETTINGS),
        fields: get(KEY_FIELDS),
    }
}

pub fn remove(key: &str) {
    if let Some(s) = store() {
        let _ = s.remove_item(key);
    }
}

/// Saves what the user typed whenever it changes — the message, the identity
/// fields, the settings — but not at start, when it was just read from here.
/// A message that cannot be saved says why in the error banner.
#[hook]
pub fn use_persist(state: &UseReducerHandle<AppState>) {
    let started = use_mut_ref(|| false);
    {
        let started = started.clone();
        let dispatcher = state.dispatcher();
        let lang = state.lang();
        use_effect_with(state.raw.clone(), move |raw| {
            if *started.borrow() {
                if let Err(e) = save_raw(raw, lang) {
                    dispatcher.dispatch(Action::Error(e));
                }
            }
        });
    }
    {
        let started = started.clone();
        use_effect_with(state.settings.clone(), move |settings| {
            if *started.borrow() {
                save_json(KEY_SETTINGS, settings);
            }
        });
    }
    {
        let started = started.clone();
        use_effect_with(state.fields.clone(), move |fields| {
            if *started.borrow() {
                save_json(KEY_FIELDS, fields);
            }
        });
    }
    use_effect(move || *started.borrow_mut() = true);
}

fn save_raw(raw: &str, lang: Lang) -> Result<(), Text> {
    if raw.len() > MAX_SAVED_RAW {
        remove(KEY_RAW);
        let size = lang.decimal(raw.len() as f64 / 1e6, 1);
        return Err(crate::app_text!(Msg::TooLargeToSave, size = size));
    }
    set(KEY_RAW, raw).map_err(|e| crate::app_text!(Msg::SaveRawFailed, error = crate::app_text!(e)))
}

/// Settings and fields are small; a failure to save them shows when the
/// message itself cannot be saved.
fn save_json(key: &str, value: &impl serde::Serialize) {
    if let Ok(s) = serde_json::to_string(value) {
        let _ = set(key, &s);
    }
}
