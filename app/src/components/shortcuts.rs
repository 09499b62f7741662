//! Keyboard shortcuts for admins who work from the keyboard all day: `?`
//! lists them, `/` jumps to the page's search field.
use leptos::prelude::*;

use crate::{components::dialog::Dialog, i18n::tr};

/// Listens for the shortcuts while the signed-in frame is shown.
pub fn install(open: RwSignal<bool>) {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        let handle = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
                return;
            }
            // Typing in a field is typing, not a shortcut.
            let in_field = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                        || el.has_attribute("contenteditable")
                });
            if in_field {
                return;
            }
            match ev.key().as_str() {
                "?" => {
                    ev.prevent_default();
                    open.set(true);
                }
                "/" => {
                    let search = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.query_selector("main input[type=search]").ok().flatten())
                        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
                    if let Some(search) = search {
                        ev.prevent_default();
                        let _ = search.focus();
                    }
                }
                _ => {}
            }
        });
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(feature = "csr"))]
    let _ = open;
}

#[component]
pub fn ShortcutsDialog(open: RwSignal<bool>) -> impl IntoView {
    view! {
        <Dialog open labelled_by="shortcuts-title">
            <h2 id="shortcuts-title">{tr("shortcuts-title")}</h2>
            <dl class="shortcuts">
                <dt><kbd>"?"</kbd></dt>
                <dd>{tr("shortcuts-help")}</dd>
                <dt><kbd>"/"</kbd></dt>
                <dd>{tr("shortcuts-search")}</dd>
                <dt><kbd>"Esc"</kbd></dt>
                <dd>{tr("shortcuts-close")}</dd>
            </dl>
            <form method="dialog" class="dialog-actions">
                <button type="submit" class="button primary" autofocus>{tr("dialog-close")}</button>
            </form>
        </Dialog>
    }
}
