//! A modal dialog on the native `<dialog>` element: `showModal()` makes the
//! rest of the page inert and keeps Tab inside, `Esc` closes it, and focus
//! goes back to whatever opened it.
use leptos::{html, prelude::*};

#[component]
pub fn Dialog(
    /// Whether the dialog is shown; set to false when it closes.
    open: RwSignal<bool>,
    /// The id of the dialog's heading, for `aria-labelledby`.
    #[prop(into)]
    labelled_by: String,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    #[cfg(feature = "csr")]
    {
        let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
        Effect::new(move |_| {
            use wasm_bindgen::JsCast;
            let Some(element) = dialog.get() else { return };
            if open.get() {
                if !element.open() {
                    opener.set_value(
                        web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.active_element())
                            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
                    );
                    let _ = element.show_modal();
                }
            } else if element.open() {
                element.close();
            }
        });
        // `close` fires however the dialog closed (Esc, a close button).
        let on_close = move |_| {
            open.set(false);
            if let Some(opener) = opener.get_value() {
                let _ = opener.focus();
            }
        };
        view! {
            <dialog node_ref=dialog class="dialog" aria-labelledby=labelled_by on:close=on_close>
                {children()}
            </dialog>
        }
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = open;
        view! {
            <dialog node_ref=dialog class="dialog" aria-labelledby=labelled_by>
                {children()}
            </dialog>
        }
    }
}
