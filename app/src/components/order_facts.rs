//! How an order is named wherever it shows (the orders list, the setup
//! link, the wizard, the sign-in reminder): its subscription id, its
//! services in words, its state in words.
use domain::subscription::ServiceKind;
use leptos::prelude::*;

use crate::{
    api::{OrderServiceRow, OrderState},
    i18n::{I18n, tr, use_i18n},
    platform,
};

/// The translation key of an order's state.
pub fn order_state_key(state: OrderState) -> &'static str {
    match state {
        OrderState::New => "order-state-new",
        OrderState::InProgress => "order-state-in_progress",
        OrderState::HandedToCustomer => "order-state-handed_to_customer",
        OrderState::Provisioned => "order-state-provisioned",
    }
}

/// The translation key of an ordered service.
pub fn service_key(service: ServiceKind) -> &'static str {
    match service {
        ServiceKind::Meetings => "service-meetings",
        ServiceKind::Calling => "service-calling",
        ServiceKind::Suite => "service-suite",
    }
}

/// "Webex Meetings × 100, Webex Calling × 20", in the admin's language
/// and number format.
pub fn services_text(i18n: I18n, services: &[OrderServiceRow]) -> String {
    let language = i18n.language.get();
    services
        .iter()
        .map(|line| {
            format!(
                "{} × {}",
                i18n.t(service_key(line.service)),
                platform::format_number(i64::from(line.quantity), language)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Where an order's setup is done: the wizard, at its saved step.
pub fn setup_path(order_id: &str) -> String {
    format!("/orders/{order_id}/setup")
}

/// The order's subscription id and services, as a list of facts.
#[component]
pub fn OrderFacts(subscription_id: String, services: Vec<OrderServiceRow>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="facts order-facts">
            <dt>{tr("orders-col-subscription")}</dt>
            <dd class="mono" id="order-subscription-id">{subscription_id}</dd>
            <dt>{tr("orders-col-services")}</dt>
            <dd id="order-services">{move || services_text(i18n, &services)}</dd>
        </dl>
    }
}
