//! Calling data inputs (PH-4, PH-8): a location, an extension and a phone
//! number, with the location's free numbers offered as suggestions. Used by
//! the manual add rows and by the change-package dialog.
use domain::{Code, user::CallingDraft};
use leptos::prelude::*;

use crate::{
    api::DirectoryOptions,
    components::field::FieldError,
    i18n::{tr, use_i18n},
};

/// The errors to show on each calling field.
#[derive(Clone, Copy)]
pub struct CallingErrors {
    pub location: Signal<Option<Code>>,
    pub extension: Signal<Option<Code>>,
    pub phone_number: Signal<Option<Code>>,
}

#[component]
pub fn CallingFields(
    /// A prefix that makes this group's element ids unique on the page.
    #[prop(into)]
    id_prefix: String,
    draft: RwSignal<CallingDraft>,
    options: StoredValue<DirectoryOptions>,
    errors: CallingErrors,
    /// Whether the package needs this data (marks the fields required).
    required: Signal<bool>,
    #[prop(into)] disabled: Signal<bool>,
    /// Called when a field loses focus (to reveal its errors).
    #[prop(into)]
    on_blur: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = |field: &str| format!("{id_prefix}-{field}");
    let (location_id, extension_id, number_id, numbers_id) = (
        id("location"),
        id("extension"),
        id("number"),
        id("free-numbers"),
    );
    let error_id = move |field: &str| format!("{}-error", id(field));
    let (location_error, extension_error, number_error) = (
        error_id("location"),
        error_id("extension"),
        error_id("number"),
    );
    let free_numbers = move || {
        let location = draft.with(|d| d.location_id.clone());
        options.with_value(|o| {
            o.locations
                .iter()
                .find(|l| l.id == location)
                .map(|l| l.free_numbers.clone())
                .unwrap_or_default()
        })
    };
    let invalid = |code: Signal<Option<Code>>| move || code.get().is_some().to_string();
    let described =
        |code: Signal<Option<Code>>, id: String| move || code.get().is_some().then(|| id.clone());

    view! {
        <div class="field">
            <label for=location_id.clone()>
                {tr("calling-location")}
                {move || required.get().then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            <select
                id=location_id
                aria-required=move || required.get().to_string()
                aria-invalid=invalid(errors.location)
                aria-describedby=described(errors.location, location_error.clone())
                prop:value=move || draft.with(|d| d.location_id.clone())
                on:change=move |ev| draft.update(|d| d.location_id = event_target_value(&ev))
                on:blur=move |_| on_blur.run(())
                disabled=move || disabled.get()
            >
                <option value="">{tr("calling-location-none")}</option>
                {options
                    .with_value(|o| o.locations.clone())
                    .into_iter()
                    .map(|l| {
                        let label = format!("{} ({})", l.name, l.country.code());
                        view! { <option value=l.id>{label}</option> }
                    })
                    .collect_view()}
            </select>
            <FieldError id=error_id("location") code=errors.location />
        </div>
        <div class="field">
            <label for=extension_id.clone()>{tr("calling-extension")}</label>
            <input
                id=extension_id
                inputmode="numeric"
                autocomplete="off"
                aria-invalid=invalid(errors.extension)
                aria-describedby=described(errors.extension, extension_error.clone())
                prop:value=move || draft.with(|d| d.extension.clone())
                on:input=move |ev| draft.update(|d| d.extension = event_target_value(&ev))
                on:blur=move |_| on_blur.run(())
                disabled=move || disabled.get()
            />
            <FieldError id=error_id("extension") code=errors.extension />
        </div>
        <div class="field">
            <label for=number_id.clone()>{tr("calling-number")}</label>
            <input
                id=number_id
                type="tel"
                autocomplete="off"
                list=numbers_id.clone()
                aria-invalid=invalid(errors.phone_number)
                aria-describedby=described(errors.phone_number, number_error.clone())
                prop:value=move || draft.with(|d| d.phone_number.clone())
                on:input=move |ev| draft.update(|d| d.phone_number = event_target_value(&ev))
                on:blur=move |_| on_blur.run(())
                disabled=move || disabled.get()
            />
            <datalist id=numbers_id>
                {move || {
                    free_numbers()
                        .into_iter()
                        .map(|n| view! { <option value=n></option> })
                        .collect_view()
                }}
            </datalist>
            <FieldError id=error_id("number") code=errors.phone_number />
        </div>
        <p class="hint">{move || i18n.t("calling-hint")}</p>
    }
}
