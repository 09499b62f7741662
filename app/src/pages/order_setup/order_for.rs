//! SUB-2: whom the order is for: a customer (recommended: the partner can
//! support the customer afterwards), the partner's own company, or
//! someone else, whose email then gets the *Set up service* link.
use domain::{
    Code,
    subscription::{OrderFor, OrderForDraft, StepAnswer},
};
use leptos::prelude::*;

use super::{StepForm, Wizard, field_error};
use crate::{
    components::field::{FieldError, TextField},
    i18n::{tr, use_i18n},
    platform,
};

const CHOICES: [(&str, &str, &str); 3] = [
    (
        "for_customer",
        "setup-order-for-customer",
        "setup-order-for-customer-hint",
    ),
    (
        "for_my_company",
        "setup-order-for-my-company",
        "setup-order-for-my-company-hint",
    ),
    (
        "someone_else",
        "setup-order-for-someone-else",
        "setup-order-for-someone-else-hint",
    ),
];

#[component]
pub fn OrderForStep(wizard: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    // The saved answer, so Back finds the form as it was left.
    let (start_kind, start_email) = wizard.setup.with_untracked(|s| match s.wizard.order_for() {
        Some(OrderFor::ForCustomer) => ("for_customer", String::new()),
        Some(OrderFor::ForMyCompany) => ("for_my_company", String::new()),
        Some(OrderFor::SomeoneElse { email }) => ("someone_else", email.as_str().to_owned()),
        None => ("", String::new()),
    });
    let kind = RwSignal::new(start_kind.to_owned());
    let email = RwSignal::new(start_email);
    let tried = RwSignal::new(false);
    let email_touched = RwSignal::new(false);

    let draft = move || match kind.get().as_str() {
        "for_customer" => Some(OrderForDraft::ForCustomer),
        "for_my_company" => Some(OrderForDraft::ForMyCompany),
        "someone_else" => Some(OrderForDraft::SomeoneElse { email: email.get() }),
        _ => None,
    };
    // Nothing chosen is this form's own refusal, in its own words.
    let choice_error = field_error(wizard, tried, "kind", move || {
        kind.with(String::is_empty).then_some(Code::BadRequest)
    });
    let email_error = Signal::derive(move || {
        let local = match draft() {
            Some(draft @ OrderForDraft::SomeoneElse { .. }) => OrderFor::parse(&draft)
                .err()
                .and_then(|f| f.first().map(|f| f.code)),
            _ => None,
        };
        (tried.get() || email_touched.get())
            .then_some(local)
            .flatten()
            .or_else(|| wizard.finding("email"))
    });
    let someone_else = move || kind.with(|k| k == "someone_else");

    let next = Callback::new(move |()| {
        tried.set(true);
        match draft() {
            Some(draft) if OrderFor::parse(&draft).is_ok() => {
                wizard.submit(StepAnswer::OrderFor(draft));
            }
            _ => platform::focus_first_invalid(),
        }
    });

    view! {
        <StepForm wizard on_next=next fields=|f| matches!(f, "email" | "kind")>
            <fieldset
                class="choices order-for"
                aria-describedby=move || choice_error.get().map(|_| "setup-order-for-error")
            >
                <legend>{tr("setup-order-for-legend")}</legend>
                {CHOICES
                    .into_iter()
                    .map(|(value, label, hint)| {
                        let hint_id = format!("setup-order-for-{value}-hint");
                        view! {
                            <label class="choice">
                                <input
                                    type="radio"
                                    name="setup-order-for"
                                    value=value
                                    aria-describedby=hint_id.clone()
                                    aria-invalid=move || choice_error.get().is_some().to_string()
                                    prop:checked=move || kind.with(|k| k == value)
                                    on:change=move |_| kind.set(value.to_owned())
                                />
                                <span>
                                    <span class="choice-label">{tr(label)}</span>
                                    <span class="hint" id=hint_id>{tr(hint)}</span>
                                </span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <FieldError
                id="setup-order-for-error"
                code=choice_error
                texts=&[(Code::BadRequest, "setup-order-for-required")]
            />
            <Show when=someone_else>
                <div class="narrow">
                    <TextField
                        id="setup-someone-else-email"
                        label="setup-someone-else-email"
                        value=email
                        error=email_error
                        required=true
                        input_type="email"
                        autocomplete="email"
                        on_blur=Callback::new(move |()| email_touched.set(true))
                    />
                </div>
            </Show>
            <p class="hint">{move || i18n.t("setup-order-for-contact-hint")}</p>
        </StepForm>
    }
}
