//! localStorage, where the browser allows it (private modes may not).

use crate::i18n::Msg;

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

pub fn remove(key: &str) {
    if let Some(s) = store() {
        let _ = s.remove_item(key);
    }
}
