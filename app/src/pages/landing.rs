//! `/`: sends the admin to where they work. An account that administers no
//! org yet (made for a *Set up service* link, SUB-1) has nowhere else to
//! go: it stays here, where its unfinished setups are offered (SUB-7).
use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::{components::unfinished_orders::UnfinishedOrdersNotice, i18n::tr, session::use_auth};

#[component]
pub fn Landing() -> impl IntoView {
    let auth = use_auth();
    move || {
        auth.session.get().map(|session| {
            if session.grants.is_empty() {
                view! {
                    <div class="page-head">
                        <h1>{tr("landing-title")}</h1>
                    </div>
                    <UnfinishedOrdersNotice />
                    <p class="lead">{tr("landing-no-org")}</p>
                }
                .into_any()
            } else {
                view! { <Redirect path=session.landing_path() /> }.into_any()
            }
        })
    }
}
