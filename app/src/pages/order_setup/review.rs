//! SUB-5: both orgs reviewed before they are committed (leaving this step
//! creates the new ones and links the order, so there is no way back past
//! it). A partner provisioning for an existing customer is told it gets
//! the Provisioning admin label there; SUB-6: for a customer, the partner
//! may leave the services to the customer's admin.
use domain::subscription::{OrderFor, OrgChoice, StepAnswer};
use leptos::prelude::*;

use super::{
    StepForm, Wizard, field_error,
    org::{OrgKind, options_of, vertical_key},
};
use crate::{
    api::{self, CustomerQuery, OrderSetup},
    components::field::FieldError,
    i18n::{tr, use_i18n},
    platform,
    session::use_auth,
};

/// How the review names a chosen org: its name, and for a new one what it
/// will be made with.
struct OrgSummary {
    name: Signal<String>,
    /// A new org's vertical key and country code.
    new: Option<(&'static str, domain::Country)>,
}

fn summary(setup: &OrderSetup, kind: OrgKind) -> Option<OrgSummary> {
    let (choice, known_id, known_name) = match kind {
        OrgKind::Partner => (
            setup.wizard.partner_org()?,
            &setup.order.partner_org_id,
            &setup.order.partner_org_name,
        ),
        OrgKind::Customer => (
            setup.wizard.customer_org()?,
            &setup.order.customer_org_id,
            &setup.order.customer_org_name,
        ),
    };
    Some(match choice {
        OrgChoice::New(org) => {
            let name = org.name().as_str().to_owned();
            OrgSummary {
                name: Signal::derive(move || name.clone()),
                new: Some((vertical_key(org.vertical()), org.country())),
            }
        }
        OrgChoice::Existing { org_id } => {
            // The order knows the org once linked; before, the step's
            // candidates may; else it is looked up.
            let options = options_of(setup, kind);
            let known = known_id
                .as_deref()
                .filter(|id| *id == org_id.as_str())
                .and(known_name.clone())
                .or_else(|| {
                    options
                        .matched
                        .iter()
                        .chain(&options.by_domain)
                        .chain(&options.others)
                        .find(|c| c.org_id == *org_id)
                        .map(|c| c.name.clone())
                });
            OrgSummary {
                name: match known {
                    Some(name) => Signal::derive(move || name.clone()),
                    None => name_of(org_id.as_str().to_owned()),
                },
                new: None,
            }
        }
    })
}

/// The name of an org the admin chose: one of their own (a partner org
/// they administer) or one of their customers; its id until known.
fn name_of(org_id: String) -> Signal<String> {
    let auth = use_auth();
    let own = auth.session.with_untracked(|s| {
        s.as_ref()
            .and_then(|s| s.grants.iter().find(|g| g.org_id == org_id))
            .map(|g| g.org_name.clone())
    });
    if let Some(name) = own {
        return Signal::derive(move || name.clone());
    }
    let customers = LocalResource::new(|| api::list_customers(CustomerQuery::default()));
    Signal::derive(move || {
        customers
            .get()
            .and_then(Result::ok)
            .and_then(|rows| rows.into_iter().find(|r| r.id == org_id))
            .map_or_else(|| org_id.clone(), |row| row.name)
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
