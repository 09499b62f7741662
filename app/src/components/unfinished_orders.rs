//! SUB-7: *Set up later* leaves an order unprovisioned, and the setup
//! resumes at the admin's next sign-in: the page they land on says how
//! many setups wait for them and links each one (the wizard opens at the
//! step it was left at). Nothing shows when none wait, or when the list
//! cannot be had: the notice is a reminder, never in the way.
use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    api::{self, OrderQuery},
    components::order_facts::{services_text, setup_path},
    i18n::{tr, use_i18n},
    session::use_auth,
};

#[component]
pub fn UnfinishedOrdersNotice() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let orders = LocalResource::new(|| {
        api::list_orders(OrderQuery {
            mine_unfinished: true,
            state: None,
        })
    });
    let is_partner = move || {
        auth.session
            .read()
            .as_ref()
            .is_some_and(|s| s.is_partner_admin())
    };
    move || {
        let rows = orders.get().and_then(Result::ok).unwrap_or_default();
        if rows.is_empty() {
            return None;
        }
        let count = rows.len();
        Some(view! {
            <section class="notice info unfinished-orders" id="unfinished-orders" aria-labelledby="unfinished-orders-title">
                <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                <div>
                    <p class="notice-lead" id="unfinished-orders-title">
                        {move || i18n.t_count("orders-unfinished", count)}
                    </p>
                    <ul class="plain-list">
                        {rows
                            .into_iter()
                            .map(|row| {
                                let id = row.subscription_id.clone();
                                let services = row.services.clone();
                                view! {
                                    <li>
                                        <A href=setup_path(&row.id)>
                                            {move || i18n.t_args("orders-unfinished-resume", &[("id", id.clone())])}
                                        </A>
                                        " "
                                        <span class="muted">{move || services_text(i18n, &services)}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <Show when=is_partner>
                        <p class="notice-text">
                            <A href="/partner/orders">{tr("orders-unfinished-all")}</A>
                        </p>
                    </Show>
                </div>
            </section>
        })
    }
}
