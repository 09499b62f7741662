//! Partner Hub → Customers (PH-1): the partner's customer orgs, searchable,
//! each with *Launch Control Hub* (T-3).
use futures_channel::oneshot;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    api::{self, CustomerQuery},
    components::{error_notice::ErrorNotice, unfinished_orders::UnfinishedOrdersNotice},
    first_load::FirstLoad,
    i18n::{tr, use_i18n},
    platform,
};

#[component]
pub fn CustomersPage() -> impl IntoView {
    let i18n = use_i18n();
    let search = RwSignal::new(String::new());
    // The list asked for at start-up, if the browser opened on this page.
    let first_load = StoredValue::new(FirstLoad::take_customers());
    let customers = LocalResource::new(move || {
        let query = CustomerQuery {
            search: search.get(),
        };
        let early = first_load.try_update_value(Option::take).flatten();
        async move {
            match early {
                Some(answer) if query.search.is_empty() => match answer.await {
                    Ok(list) => list,
                    // Never answered (cannot happen while the app runs).
                    Err(oneshot::Canceled) => api::list_customers(query).await,
                },
                _ => api::list_customers(query).await,
            }
        }
    });

    Effect::new(move |_| platform::set_title(&i18n.t("customers-title")));

    view! {
        <div class="page-head">
            <h1>{tr("customers-title")}</h1>
        </div>
        // SUB-7: setups left for later are offered after sign-in.
        <UnfinishedOrdersNotice />
        <div class="toolbar">
            <label class="search">
                <span class="label-text">{tr("customers-search")}</span>
                <input type="search" bind:value=search autocomplete="off" />
            </label>
        </div>
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match customers.await {
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    Ok(rows) if rows.is_empty() => {
                        view! { <p class="empty" role="status">{tr("customers-empty")}</p> }.into_any()
                    }
                    Ok(rows) => {
                        let count = rows.len();
                        view! {
                            <p class="count" role="status">
                                {move || i18n.t_count("customers-count", count)}
                            </p>
                            <table class="data-table">
                                <caption class="visually-hidden">{tr("customers-title")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{tr("customers-col-name")}</th>
                                        <th scope="col">{tr("customers-col-country")}</th>
                                        <th scope="col" class="numeric">{tr("customers-col-admins")}</th>
                                        <th scope="col">{tr("customers-col-created")}</th>
                                        <th scope="col">
                                            <span class="visually-hidden">{tr("customers-col-actions")}</span>
                                        </th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|row| {
                                            let name = row.name.clone();
                                            let launch_label = move || {
                                                i18n.t_args("customers-launch-label", &[("name", name.clone())])
                                            };
                                            view! {
                                                <tr>
                                                    <th scope="row">{row.name.clone()}</th>
                                                    <td>{row.country.clone().unwrap_or_default()}</td>
                                                    <td class="numeric">
                                                        {move || platform::format_number(i64::from(row.admin_count), i18n.language.get())}
                                                    </td>
                                                    <td>
                                                        {move || platform::format_date(row.created_at_ms, i18n.language.get())}
                                                    </td>
                                                    <td class="actions">
                                                        <A
                                                            href=format!("/orgs/{}/overview", row.id)
                                                            attr:class="button primary small"
                                                            attr:aria-label=launch_label
                                                        >
                                                            {tr("customers-launch")}
                                                        </A>
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}
