//! Partner Hub → Orders (SUB-1, SUB-7): the subscriptions the ordering
//! system sent, where each one's setup stands, and *Resume* for the ones
//! still unfinished: the wizard opens at the step it was left at.
use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    api::{self, OrderQuery, OrderRow, OrderState},
    components::{
        error_notice::ErrorNotice,
        order_facts::{order_state_key, services_text, setup_path},
    },
    i18n::{tr, use_i18n},
    platform,
};

#[component]
pub fn OrdersPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(String::new());
    let orders = LocalResource::new(move || {
        let query = OrderQuery {
            mine_unfinished: false,
            state: OrderState::parse(&state.get()),
        };
        async move { api::list_orders(query).await }
    });
    Effect::new(move |_| platform::set_title(&i18n.t("orders-title")));

    view! {
        <div class="page-head">
            <h1>{tr("orders-title")}</h1>
            <p class="lead">{tr("orders-lead")}</p>
        </div>
        <div class="toolbar">
            <div class="filter">
                <label for="orders-state">{tr("orders-col-state")}</label>
                <select
                    id="orders-state"
                    prop:value=move || state.get()
                    on:change=move |ev| state.set(event_target_value(&ev))
                >
                    <option value="">{tr("orders-state-all")}</option>
                    {OrderState::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.as_str()>{tr(order_state_key(s))}</option> })
                        .collect_view()}
                </select>
            </div>
        </div>
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match orders.await {
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    Ok(rows) if rows.is_empty() => {
                        view! { <p class="empty" role="status">{tr("orders-empty")}</p> }.into_any()
                    }
                    Ok(rows) => view! { <OrdersTable rows /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn OrdersTable(rows: Vec<OrderRow>) -> impl IntoView {
    let i18n = use_i18n();
    let count = rows.len();
    view! {
        <p class="count" role="status">{move || i18n.t_count("orders-count", count)}</p>
        <div class="table-scroll">
            <table class="data-table" id="orders-table">
                <caption class="visually-hidden">{tr("orders-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("orders-col-subscription")}</th>
                        <th scope="col">{tr("orders-col-services")}</th>
                        <th scope="col">{tr("orders-col-state")}</th>
                        <th scope="col">{tr("orders-col-assignee")}</th>
                        <th scope="col">{tr("orders-col-customer")}</th>
                        <th scope="col">{tr("orders-col-updated")}</th>
                        <th scope="col">
                            <span class="visually-hidden">{tr("orders-col-actions")}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>{rows.into_iter().map(|row| view! { <OrderLine row /> }).collect_view()}</tbody>
            </table>
        </div>
    }
}

#[component]
fn OrderLine(row: OrderRow) -> impl IntoView {
    let i18n = use_i18n();
    let services = row.services.clone();
    let id = row.subscription_id.clone();
    let unfinished = row.state.is_unfinished();
    // Both actions open the wizard: an unfinished setup at its saved step,
    // a finished one at its summary (SUB-10).
    let action_label = move || {
        let key = if unfinished {
            "orders-resume-label"
        } else {
            "orders-open-label"
        };
        i18n.t_args(key, &[("id", id.clone())])
    };
    let customer = row
        .customer_org_name
        .clone()
        .unwrap_or_else(|| "—".to_owned());
    view! {
        <tr>
            <th scope="row" class="mono">{row.subscription_id.clone()}</th>
            <td>{move || services_text(i18n, &services)}</td>
            <td>
                <span class=format!("badge order-state {}", row.state.as_str())>
                    {tr(order_state_key(row.state))}
                </span>
            </td>
            <td class="email">{row.assignee_email.clone()}</td>
            <td>{customer}</td>
            <td class="nowrap">
                {move || platform::format_timestamp(row.updated_at_ms, i18n.language.get())}
            </td>
            <td class="actions">
                <A
                    href=setup_path(&row.id)
                    attr:class=if unfinished { "button primary small" } else { "button secondary small" }
                    attr:aria-label=action_label
                >
                    {tr(if unfinished { "orders-resume" } else { "orders-open" })}
                </A>
            </td>
        </tr>
    }
}
