//! SUB-9: Calling. All the wizard asks is the headquarters location: its
//! name, the country or region where most users are (it decides how the
//! location's numbers are read) and its address. More locations are added
//! later in Control Hub.
use domain::{
    AddressDraft, AddressField,
    subscription::{Headquarters, HeadquartersDraft, StepAnswer},
};
use leptos::prelude::*;

use super::{StepForm, Wizard, field_error};
use crate::{
    components::{
        address_fields::{AddressFields, CountryField},
        field::{FieldError, TextField},
    },
    i18n::{tr, use_i18n},
    platform,
};

#[component]
pub fn CallingStep(wizard: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let (saved, quantity) = wizard.setup.with_untracked(|s| {
        (
            s.wizard
                .calling()
                .map(|hq| HeadquartersDraft::from(hq.clone()))
                .unwrap_or_default(),
            s.calling_quantity.unwrap_or(0),
        )
    });
    let name = RwSignal::new(saved.name);
    let country = RwSignal::new(saved.country);
    // The address's own country is left blank: it is the headquarters'.
    let address = RwSignal::new(AddressDraft {
        country: String::new(),
        ..saved.address
    });
    let tried = RwSignal::new(false);

    let draft = move || HeadquartersDraft {
        name: name.get(),
        country: country.get(),
        address: address.get(),
    };
    let findings = Memo::new(move |_| {
        Headquarters::parse(&draft())
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|f| (f.field, f.code))
            .collect::<Vec<_>>()
    });
    let error = move |field: String| {
        let wanted = field.clone();
        field_error(wizard, tried, field, move || {
            findings.with(|f| f.iter().find(|(n, _)| *n == wanted).map(|(_, c)| *c))
        })
    };
    let name_error = error("name".to_owned());
    let country_error = error("country".to_owned());
    let address_country_error = error("address.country".to_owned());

    let next = Callback::new(move |()| {
        tried.set(true);
        if findings.with(Vec::is_empty) {
            wizard.submit(StepAnswer::Calling(draft()));
        } else {
            platform::focus_first_invalid();
        }
    });

    view! {
        <StepForm
            wizard
            on_next=next
            fields=|f| matches!(f, "name" | "country") || f.starts_with("address.")
            next_key="setup-finish"
        >
            <p class="lead">
                {move || {
                    i18n.t_args(
                        "setup-calling-lead",
                        &[("quantity", platform::format_number(i64::from(quantity), i18n.language.get()))],
                    )
                }}
            </p>
            <div class="row-grid">
                <TextField id="setup-hq-name" label="setup-calling-name" value=name error=name_error required=true />
                <CountryField id="setup-hq-country" label="setup-calling-country" value=country error=country_error />
            </div>
            <fieldset class="address user-row">
                <legend>{tr("setup-calling-address")}</legend>
                <div class="row-grid">
                    <AddressFields
                        id_prefix="setup-hq"
                        address
                        errors=Callback::new(move |field: AddressField| error(format!("address.{}", field.as_str())))
                    />
                </div>
                <FieldError id="setup-hq-address-country-error" code=address_country_error />
            </fieldset>
            <p class="hint">{tr("setup-calling-more-later")}</p>
        </StepForm>
    }
}
