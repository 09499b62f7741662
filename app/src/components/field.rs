//! Inline field errors: a message tied to its input by id, so a screen
//! reader announces it with the field (`aria-describedby`), and the input
//! marked `aria-invalid`.
use domain::Code;
use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The error under a field, when there is one.
#[component]
pub fn FieldError(
    /// The id the input's `aria-describedby` points at.
    #[prop(into)]
    id: String,
    /// The code to explain, or `None` for no error.
    code: Signal<Option<Code>>,
    /// Codes this field explains in its own words (`(code, message key)`):
    /// "Choose a location" says more under a select than the code's
    /// general message.
    #[prop(optional)]
    texts: &'static [(Code, &'static str)],
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        code.get().map(|code| {
            let text = texts
                .iter()
                .find(|(c, _)| *c == code)
                .map_or_else(|| i18n.code(code), |(_, key)| i18n.t(key));
            view! {
                <p class="field-error" id=id.clone() data-code=code.as_str()>
                    {text}
                </p>
            }
        })
    }
}
