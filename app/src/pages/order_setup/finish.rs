//! Where the wizard ends: handed over (SUB-2 to the person named, SUB-6 to
//! the customer's admin), or done (SUB-8, SUB-9 reviewed, SUB-10 the
//! order summary as PDF, SUB-5 *Request full admin*).
use domain::subscription::{Handover, MeetingsSetup};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::components::A;

use crate::{
    api::{self, ApiError},
    components::error_notice::ErrorNotice,
    i18n::{tr, use_i18n},
    platform,
};

use super::{Wizard, leave_href};

#[component]
pub fn HandedOver(wizard: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let person = wizard.setup.with_untracked(|s| match s.wizard.handover() {
        Some(Handover::Person(email)) => Some(email.as_str().to_owned()),
        _ => None,
    });
    let text = move || match &person {
        Some(email) => i18n.t_args("setup-handed-over-person", &[("email", email.clone())]),
        None => i18n.t("setup-handed-over-customer"),
    };
    view! {
        <section class="card setup-step" id="setup-step-handed_over" aria-labelledby="setup-step-title">
            <h2 id="setup-step-title" tabindex="-1">{tr("setup-step-handed_over")}</h2>
            <p class="notice success" id="setup-handed-over">
                <span class="notice-icon" aria-hidden="true">"✓"</span>
                <span>{text}</span>
            </p>
            <div class="form-actions">
                <A href=leave_href() attr:class="button primary" attr:id="setup-close">{tr("setup-close")}</A>
            </div>
        </section>
    }
}

#[component]
pub fn Done(wizard: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let setup = wizard.setup.get_untracked();
    let order = setup.order.clone();
    let subscription_id = order.subscription_id.clone();
    let summary_href = format!("/api/v1/orders/{}/summary.pdf", order.id);
    let requested = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let request_error = RwSignal::new(None::<ApiError>);
    let customer_org = order.customer_org_id.clone();
    let request_full_admin = move |_| {
        let Some(org_id) = customer_org.clone() else {
            return;
        };
        busy.set(true);
        request_error.set(None);
        spawn_local(async move {
            match api::request_full_admin(org_id).await {
                Ok(()) => requested.set(true),
                Err(error) => request_error.set(Some(error)),
            }
            busy.set(false);
        });
    };
    let customer_name = order.customer_org_name.clone().unwrap_or_default();

    view! {
        <section class="card setup-step" id="setup-step-done" aria-labelledby="setup-step-title">
            <h2 id="setup-step-title" tabindex="-1">{tr("setup-step-done")}</h2>
            <p class="notice success" id="setup-done">
                <span class="notice-icon" aria-hidden="true">"✓"</span>
                <span>{move || i18n.t_args("setup-done-text", &[("id", subscription_id.clone())])}</span>
            </p>
            <dl class="facts setup-summary">
                {order.partner_org_name.clone().map(|name| view! {
                    <dt>{tr("setup-step-partner_org")}</dt>
                    <dd>{name}</dd>
                })}
                {order.customer_org_name.clone().map(|name| view! {
                    <dt>{tr("setup-step-customer_org")}</dt>
                    <dd>{name}</dd>
                })}
                {setup.wizard.meetings().cloned().map(|meetings| view! { <SitesSummary meetings /> })}
                {setup.wizard.calling().cloned().map(|hq| {
                    let address = hq.address().clone();
                    let country = hq.country();
                    let lines = [Some(address.line1), address.line2, Some(address.city), address.state, address.postal_code]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ");
                    view! {
                        <dt>{tr("setup-step-calling")}</dt>
                        <dd id="setup-summary-hq">
                            <strong>{hq.name().as_str().to_owned()}</strong>
                            <br />
                            {lines}
                            <br />
                            {move || platform::CountryNames::new(i18n.language.get()).name(country)}
                        </dd>
                    }
                })}
            </dl>
            {setup.can_request_full_admin.then(|| view! {
                <div class="full-admin">
                    <p class="hint">
                        {move || i18n.t_args("setup-full-admin-hint", &[("customer", customer_name.clone())])}
                    </p>
                    <Show
                        when=move || requested.get()
                        fallback=move || view! {
                            <button
                                type="button"
                                class="button secondary"
                                id="setup-request-full-admin"
                                disabled=move || busy.get()
                                on:click=request_full_admin.clone()
                            >
                                {tr("setup-request-full-admin")}
                            </button>
                        }
                    >
                        <p class="notice success" role="status" id="setup-full-admin-requested">
                            <span class="notice-icon" aria-hidden="true">"✓"</span>
                            {tr("setup-full-admin-requested")}
                        </p>
                    </Show>
                    {move || request_error.get().map(|error| view! { <ErrorNotice error /> })}
                </div>
            })}
            <div class="form-actions">
                {setup.summary_available.then(|| view! {
                    // A plain link: the server sends the PDF as an attachment.
                    <a class="button secondary" id="setup-summary-pdf" href=summary_href download>
                        {tr("setup-download-summary")}
                    </a>
                })}
                <A href=leave_href() attr:class="button primary" attr:id="setup-close">{tr("setup-close")}</A>
            </div>
        </section>
    }
}

/// The Meetings sites as set up (SUB-8's review).
#[component]
fn SitesSummary(meetings: MeetingsSetup) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dt>{tr("setup-step-meetings")}</dt>
        <dd>
            <ul class="plain-list" id="setup-summary-sites">
                {meetings
                    .sites()
                    .iter()
                    .map(|site| {
                        let url = site.url_name().host();
                        let zone = site.time_zone().as_str();
                        let licenses = site.licenses() as usize;
                        let early = site.early_adopter();
                        view! {
                            <li>
                                <strong>{url}</strong>
                                " · "
                                {zone.replace('_', " ")}
                                " · "
                                {move || i18n.t_count("setup-summary-licenses", licenses)}
                                {early.then(|| view! { " · " {tr("setup-meetings-early-adopter")} })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </dd>
    }
}
