//! The Domain tools and report viewer as a wasm module of their own, built by
//! Trunk beside the inspector (index.html) and loaded by the page when their
//! tab first opens (src/app/tools_tab.rs, www/boot.js). Its one export mounts
//! the tools into an element of the page.

#[cfg(target_arch = "wasm32")]
mod module {
    use headerscope::app::tools::{self, RootProps, ToolsConfig, ToolsRoot};
    use headerscope::i18n::text::Text;
    use js_sys::{Function, Uint8Array};
    use wasm_bindgen::prelude::*;
    use yew::{AppHandle, Callback};

    /// The mounted tools, for the page to tell of a new language or settings.
    #[wasm_bindgen]
    pub struct Tools {
        app: AppHandle<ToolsRoot>,
        on_error: Callback<Text>,
        on_inspect: Callback<(String, Vec<u8>)>,
    }

    #[wasm_bindgen]
    impl Tools {
        /// Takes the page's new [`ToolsConfig`] (JSON); what was typed stays.
        pub fn update(&mut self, config: &str) -> Result<(), JsError> {
            let props = RootProps {
                config: read_config(config)?,
                on_error: self.on_error.clone(),
                on_inspect: self.on_inspect.clone(),
            };
            self.app.update(props);
            Ok(())
        }
    }

    /// Mounts the tools in `root`. `on_error(json)` gets a sentence for the
    /// page's banner; `on_inspect(name, bytes)` a file for the inspector.
    #[wasm_bindgen]
    pub fn mount(
        root: web_sys::Element,
        config: &str,
        on_error: Function,
        on_inspect: Function,
    ) -> Result<Tools, JsError> {
        let on_error = Callback::from(move |text: Text| {
            let json = serde_json::to_string(&text).unwrap_or_default();
            let _ = on_error.call1(&JsValue::NULL, &JsValue::from_str(&json));
        });
        let on_inspect = Callback::from(move |(name, bytes): (String, Vec<u8>)| {
            let bytes = Uint8Array::from(bytes.as_slice());
            let _ = on_inspect.call2(&JsValue::NULL, &JsValue::from_str(&name), &bytes);
        });
        let props = RootProps {
            config: read_config(config)?,
            on_error: on_error.clone(),
            on_inspect: on_inspect.clone(),
        };
        Ok(Tools {
            app: tools::mount(root, props),
            on_error,
            on_inspect,
        })
    }

    fn read_config(config: &str) -> Result<ToolsConfig, JsError> {
        serde_json::from_str(config).map_err(|e| JsError::new(&e.to_string()))
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("headerscope-tools is the browser build's second module; run `trunk serve` (see the README)");
}
