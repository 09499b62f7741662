//! `/`: sends the admin to where they work.
use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::session::use_auth;

#[component]
pub fn Landing() -> impl IntoView {
    let auth = use_auth();
    move || {
        auth.session
            .get()
            .map(|session| view! { <Redirect path=session.landing_path() /> })
    }
}
