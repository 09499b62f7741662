//! A postal address's lines, city, state and postal code, each with its
//! error tied to it: the locations dialog and the wizard's headquarters
//! (SUB-9) ask for the same address the same way. The country is the
//! caller's, with [`CountrySelect`]: one form asks "the location's
//! country", the other "where most users are".
use domain::{AddressDraft, AddressField, Code, Country};
use leptos::prelude::*;

use crate::{
    components::field::FieldError,
    i18n::{tr, use_i18n},
    platform,
};

/// The address fields below the country, in the order they are asked.
const FIELDS: [(AddressField, &str); 5] = [
    (AddressField::Line1, "locations-line1"),
    (AddressField::Line2, "locations-line2"),
    (AddressField::City, "locations-city"),
    (AddressField::State, "locations-state"),
    (AddressField::PostalCode, "locations-postal-code"),
];

#[component]
pub fn AddressFields(
    /// Makes the inputs' ids unique on the page: `<prefix>-line1`.
    id_prefix: &'static str,
    address: RwSignal<AddressDraft>,
    /// The error to show under each field.
    errors: Callback<AddressField, Signal<Option<Code>>>,
) -> impl IntoView {
    FIELDS
        .into_iter()
        .map(|(field, label)| {
            let id = format!("{id_prefix}-{}", field.as_str());
            let error_id = format!("{id}-error");
            let described = error_id.clone();
            let code = errors.run(field);
            view! {
                <div class="field">
                    <label for=id.clone()>{tr(label)}</label>
                    <input
                        id=id
                        autocomplete="off"
                        aria-invalid=move || code.get().is_some().to_string()
                        aria-describedby=move || code.get().is_some().then(|| described.clone())
                        prop:value=move || address.with(|a| value(a, field).to_owned())
                        on:input=move |ev| {
                            let typed = event_target_value(&ev);
                            address.update(|a| *value_mut(a, field) = typed);
                        }
                    />
                    <FieldError id=error_id code />
                </div>
            }
        })
        .collect_view()
}

/// Every country and region, named in the admin's language and sorted in
/// that language's order, the ISO code beside each name.
#[component]
pub fn CountrySelect(
    id: &'static str,
    /// The chosen ISO code; empty for none.
    value: Signal<String>,
    on_change: Callback<String>,
    error: Signal<Option<Code>>,
    /// The first option's words, for a form that starts with no country.
    #[prop(optional)]
    choose_key: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <select
            id=id
            aria-invalid=move || error.get().is_some().to_string()
            aria-describedby=move || error.get().is_some().then(|| described.clone())
            prop:value=move || value.get()
            on:change=move |ev| on_change.run(event_target_value(&ev))
        >
            {choose_key.map(|key| view! { <option value="">{tr(key)}</option> })}
            {move || {
                let names = platform::CountryNames::new(i18n.language.get());
                let mut countries: Vec<(String, Country)> =
                    Country::all().map(|c| (names.name(c), c)).collect();
                countries.sort_by_key(|(name, _)| name.to_lowercase());
                let chosen = value.get_untracked();
                countries
                    .into_iter()
                    .map(|(name, c)| {
                        let label = format!("{name} ({})", c.code());
                        // Rebuilt options keep the choice (a language change).
                        view! { <option value=c.code() selected=chosen == c.code()>{label}</option> }
                    })
                    .collect_view()
            }}
        </select>
        <FieldError id=error_id code=error />
    }
}

/// [`CountrySelect`] with its label, for a form that asks for a country
/// of its own (a new org, the headquarters).
#[component]
pub fn CountryField(
    id: &'static str,
    /// The label's translation key.
    label: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<Code>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>
                {tr(label)}
                <span class="required" aria-hidden="true">" *"</span>
            </label>
            <CountrySelect
                id
                value=value.into()
                on_change=Callback::new(move |code| value.set(code))
                error
                choose_key="setup-org-country-choose"
            />
        </div>
    }
}

fn value(address: &AddressDraft, field: AddressField) -> &str {
    match field {
        AddressField::Line1 => &address.line1,
        AddressField::Line2 => &address.line2,
        AddressField::City => &address.city,
        AddressField::State => &address.state,
        AddressField::PostalCode => &address.postal_code,
        AddressField::Country => &address.country,
    }
}

fn value_mut(address: &mut AddressDraft, field: AddressField) -> &mut String {
    match field {
        AddressField::Line1 => &mut address.line1,
        AddressField::Line2 => &mut address.line2,
        AddressField::City => &mut address.city,
        AddressField::State => &mut address.state,
        AddressField::PostalCode => &mut address.postal_code,
        AddressField::Country => &mut address.country,
    }
}
