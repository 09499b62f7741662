//! SUB-5: both orgs reviewed before they are committed (leaving this step
//! creates the new ones and links the order, so there is no way back past
//! it). A partner provisioning for an existing customer is told it gets
//! the Provisioning admin label there; SUB-6: for a customer, the partner
//! may leave the services to the customer's admin.
use domain::subscription::{OrderFor, OrgChoice, StepAnswer};
use leptos::prelude::*;

use super::{
    StepForm, Wizard, field_error,
    org::{OrgKind, vertical_key},
};
use crate::{
    api::OrderSetup,
    components::field::FieldError,
    i18n::{tr, use_i18n},
    platform,
};

/// How the review names a chosen org: its name, and for a new one what it
/// will be made with.
struct OrgSummary {
    name: Signal<String>,
    /// A new org's vertical key and country code.
    new: Option<(&'static str, domain::Country)>,
}

fn summary(setup: &OrderSetup, kind: OrgKind) -> Option<OrgSummary> {
    let (choice, chosen_name) = match kind {
        OrgKind::Partner => (setup.wizard.partner_org()?, &setup.chosen_partner_name),
        OrgKind::Customer => (setup.wizard.customer_org()?, &setup.chosen_customer_name),
    };
    let (name, new) = match choice {
        OrgChoice::New(org) => (
            org.name().as_str().to_owned(),
            Some((vertical_key(org.vertical()), org.country())),
        ),
        // The server names the existing orgs chosen; the id if it could
        // not (the org was deleted meanwhile).
        OrgChoice::Existing { org_id } => (
            chosen_name
                .clone()
                .unwrap_or_else(|| org_id.as_str().to_owned()),
            None,
        ),
    };
    Some(OrgSummary {
        name: Signal::derive(move || name.clone()),
        new,
    })
}

#[component]
fn OrgReview(title: &'static str, summary: OrgSummary, id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let detail = summary.new.map(|(vertical, country)| {
        move || {
            let names = platform::CountryNames::new(i18n.language.get());
            i18n.t_args(
                "setup-review-new-org",
                &[
                    ("vertical", i18n.t(vertical)),
                    ("country", names.name(country)),
                ],
            )
        }
    });
    view! {
        <section class="org-review" id=id aria-labelledby=format!("{id}-title")>
            <h3 id=format!("{id}-title")>{tr(title)}</h3>
            <p class="org-review-name">{move || summary.name.get()}</p>
            {detail.map(|d| view! { <p class="hint">{d}</p> })}
        </section>
    }
}

#[component]
pub fn ReviewStep(wizard: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let (partner, customer, for_customer, grants_label, saved_flag) =
        wizard.setup.with_untracked(|s| {
            (
                summary(s, OrgKind::Partner),
                summary(s, OrgKind::Customer),
                matches!(s.wizard.order_for(), Some(OrderFor::ForCustomer)),
                s.wizard.grants_provisioning_admin(),
                s.wizard.customer_sets_up_services(),
            )
        });
    let customer_sets_up = RwSignal::new(saved_flag);
    let tried = RwSignal::new(false);
    let flag_error = field_error(wizard, tried, "customer_sets_up_services", || None);
    let customer_name = customer
        .as_ref()
        .map_or_else(|| Signal::derive(String::new), |c| c.name);

    let next = Callback::new(move |()| {
        tried.set(true);
        wizard.submit(StepAnswer::Review {
            customer_sets_up_services: for_customer && customer_sets_up.get_untracked(),
        });
    });

    view! {
        <StepForm wizard on_next=next fields=|f| f == "customer_sets_up_services">
            <p class="lead">{tr("setup-review-lead")}</p>
            <div class="org-reviews">
                {partner.map(|summary| view! { <OrgReview title="setup-step-partner_org" summary id="setup-review-partner" /> })}
                {customer.map(|summary| view! { <OrgReview title="setup-step-customer_org" summary id="setup-review-customer" /> })}
            </div>
            {grants_label.then(|| view! {
                <p class="notice info" role="note" id="setup-provisioning-admin">
                    <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                    {move || i18n.t_args("setup-review-provisioning-admin", &[("customer", customer_name.get())])}
                </p>
            })}
            {for_customer.then(|| view! {
                <div class="field">
                    <label class="checkbox" for="setup-customer-sets-up">
                        <input
                            type="checkbox"
                            id="setup-customer-sets-up"
                            aria-describedby="setup-customer-sets-up-hint"
                            aria-invalid=move || flag_error.get().is_some().to_string()
                            prop:checked=move || customer_sets_up.get()
                            on:change=move |ev| customer_sets_up.set(event_target_checked(&ev))
                        />
                        {tr("setup-review-customer-sets-up")}
                    </label>
                    <p class="hint" id="setup-customer-sets-up-hint">{tr("setup-review-customer-sets-up-hint")}</p>
                    <FieldError id="setup-customer-sets-up-error" code=flag_error />
                </div>
            })}
            <p class="hint">{tr("setup-review-commit-hint")}</p>
        </StepForm>
    }
}
