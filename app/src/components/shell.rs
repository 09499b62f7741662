//! The signed-in frame: banner with navigation, language and sign-out, and
//! the main landmark the page renders into. Without a session it sends the
//! admin to sign in and comes back afterwards.
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{
    components::{A, Redirect},
    hooks::{use_location, use_navigate, use_params_map},
};

use crate::{
    api,
    components::{
        language_picker::LanguagePicker,
        shortcuts::{self, ShortcutsDialog},
    },
    i18n::{tr, use_i18n},
    platform,
    session::use_auth,
};

#[component]
pub fn Shell(children: ChildrenFn) -> impl IntoView {
    let auth = use_auth();
    let location = use_location();
    let children = StoredValue::new(children);
    Effect::new(move |_| {
        if auth.session.get_untracked().is_some() {
            platform::focus_main_after_navigation();
        }
    });

    move || match auth.session.get() {
        None => {
            let next = location.pathname.get_untracked();
            view! { <Redirect path=format!("/sign-in?next={next}") /> }.into_any()
        }
        Some(_) => view! {
            // The router would treat `#main` as a navigation: focus directly.
            <a
                class="skip-link"
                href="#main"
                on:click=|ev| {
                    ev.prevent_default();
                    platform::focus_main();
                }
            >
                {tr("skip-to-content")}
            </a>
            <Banner />
            <main id="main" tabindex="-1">{children.read_value()()}</main>
        }
        .into_any(),
    }
}

#[component]
fn Banner() -> impl IntoView {
    let auth = use_auth();
    let i18n = use_i18n();
    let params = use_params_map();
    let navigate = use_navigate();
    let org = move || params.read().get("org");
    let shortcuts_open = RwSignal::new(false);
    shortcuts::install(shortcuts_open);
    let is_partner = move || {
        auth.session
            .read()
            .as_ref()
            .is_some_and(|s| s.is_partner_admin())
    };
    let email = move || {
        auth.session
            .read()
            .as_ref()
            .map(|s| s.email.clone())
            .unwrap_or_default()
    };

    let sign_out = move |_| {
        let navigate = navigate.clone();
        spawn_local(async move {
            // Signed out locally even if the server is unreachable: the
            // server-side session then expires on its own.
            let _ = api::sign_out().await;
            auth.session.set(None);
            navigate("/sign-in", Default::default());
        });
    };

    view! {
        <header class="banner">
            <a class="brand" href="/">{tr("app-name")}</a>
            <nav aria-label=tr("nav-main")>
                <ul class="nav">
                    <Show when=is_partner>
                        <li class="nav-hub">{tr("nav-partner-hub")}</li>
                        <li>
                            <A href="/partner/customers">{tr("nav-customers")}</A>
                        </li>
                        <li>
                            <A href="/partner/orders">{tr("nav-orders")}</A>
                        </li>
                        <li>
                            <A href="/partner/catalog">{tr("nav-catalog")}</A>
                        </li>
                        <li>
                            <A href="/partner/device-types">{tr("nav-device-types")}</A>
                        </li>
                    </Show>
                    {move || {
                        org()
                            .map(|org| {
                                view! {
                                    <li class="nav-hub">{tr("nav-control-hub")}</li>
                                    <li>
                                        <A href=format!("/orgs/{org}/overview")>
                                            {tr("nav-overview")}
                                        </A>
                                    </li>
                                    <li>
                                        <A href=format!("/orgs/{org}/users")>{tr("nav-users")}</A>
                                    </li>
                                    <li>
                                        <A href=format!("/orgs/{org}/devices")>{tr("nav-devices")}</A>
                                    </li>
                                    <li>
                                        <A href=format!("/orgs/{org}/workspaces")>
                                            {tr("nav-workspaces")}
                                        </A>
                                    </li>
                                    <li>
                                        <A href=format!("/orgs/{org}/locations")>
                                            {tr("nav-locations")}
                                        </A>
                                    </li>
                                    <li>
                                        <A href=format!("/orgs/{org}/reports/calls")>
                                            {tr("nav-call-history")}
                                        </A>
                                    </li>
                                    <li>
                                        <A href=format!("/orgs/{org}/audit")>{tr("nav-audit")}</A>
                                    </li>
                                }
                            })
                    }}
                </ul>
            </nav>
            <div class="banner-tools">
                <LanguagePicker />
                <span class="whoami">
                    {move || i18n.t_args("signed-in-as", &[("email", email())])}
                </span>
                <button
                    type="button"
                    class="button secondary"
                    aria-keyshortcuts="?"
                    on:click=move |_| shortcuts_open.set(true)
                >
                    {tr("shortcuts-open")}
                </button>
                <button type="button" class="button secondary" on:click=sign_out>
                    {tr("sign-out")}
                </button>
            </div>
            <ShortcutsDialog open=shortcuts_open />
        </header>
    }
}
