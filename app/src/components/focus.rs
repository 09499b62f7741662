//! Moving focus to what a step just showed, so keyboard and screen-reader
//! users land where the page changed.
use leptos::prelude::*;

/// Focuses the first element matching `selector` once the view shows it.
pub fn focus_later(selector: &'static str) {
    request_animation_frame(move || {
        use leptos::wasm_bindgen::JsCast;
        if let Some(element) = document()
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}
