//! Inline field errors: a message tied to its input by id, so a screen
//! reader announces it with the field (`aria-describedby`), and the input
//! marked `aria-invalid`.
use domain::Code;
use leptos::prelude::*;

use crate::i18n::{tr, use_i18n};

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

/// A labelled text input with its hint and its error, tied together for
/// screen readers (`aria-describedby`, `aria-invalid`).
#[component]
pub fn TextField(
    /// The input's id; its hint and error take `<id>-hint`, `<id>-error`.
    id: &'static str,
    /// The label's translation key.
    label: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<Code>>,
    #[prop(optional)] required: bool,
    /// `email`, `password`, …; `text` when absent.
    #[prop(optional)]
    input_type: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// A line under the label that says what the field takes.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// As [`FieldError`]'s: codes this field explains in its own words.
    #[prop(optional)]
    texts: &'static [(Code, &'static str)],
    /// Called when the input loses focus (to reveal its errors).
    #[prop(optional, into)]
    on_blur: Option<Callback<()>>,
) -> impl IntoView {
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let has_hint = hint.is_some();
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = [
                has_hint.then_some(hint_id.as_str()),
                error.get().map(|_| error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field">
            <label for=id>
                {tr(label)}
                {required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{move || hint.get()}</p> })}
            <input
                id=id
                type=input_type.unwrap_or("text")
                autocomplete=autocomplete.unwrap_or("off")
                aria-required=required.then_some("true")
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                on:blur=move |_| {
                    if let Some(on_blur) = on_blur {
                        on_blur.run(());
                    }
                }
            />
            <FieldError id=error_id code=error texts />
        </div>
    }
}
