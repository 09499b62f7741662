//! Switchboard's browser application (Leptos, client-side rendered) and the
//! server-function declarations it calls.
//!
//! Dependency rule: `domain` ← `app` ← `server`. Pages validate with
//! `domain` before they submit; the server validates again with the same
//! code. Server-only items are behind the `ssr` feature, in `api::ssr`.
pub mod api;
pub mod checker;
pub mod components;
pub mod first_load;
pub mod http;
pub mod i18n;
pub mod pages;
pub mod platform;
pub mod session;
pub mod validation;

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::{
    components::shell::Shell,
    i18n::{I18n, tr},
    pages::{
        add_partner_device::AddPartnerDevicePage,
        add_users::AddUsersPage,
        add_workspace::AddWorkspacePage,
        audit::AuditPage,
        call_history::CallHistoryPage,
        catalog::CatalogPage,
        customers::CustomersPage,
        device::DevicePage,
        device_types::DeviceTypesPage,
        devices::{AddDevicePage, DevicesPage},
        import_devices::{DeviceImportJobPage, ImportDevicesPage},
        import_users::{ImportJobPage, ImportUsersPage},
        landing::Landing,
        locations::LocationsPage,
        not_found::NotFound,
        order_setup::OrderSetupPage,
        orders::OrdersPage,
        overview::OverviewPage,
        setup_link::SetupLinkPage,
        sign_in::SignInPage,
        user::UserPage,
        users::UsersPage,
        webex_go::AddWebexGoPage,
        workspaces::{WorkspacePage, WorkspacesPage},
    },
    session::Auth,
};

#[component]
pub fn App() -> impl IntoView {
    // A language chosen earlier in this browser counts as chosen; else the
    // browser's preference is only a starting point.
    let stored = platform::stored_language();
    let i18n = I18n {
        language: RwSignal::new(
            stored
                .or_else(platform::browser_language)
                .unwrap_or_default(),
        ),
        chosen: RwSignal::new(stored.is_some()),
    };
    provide_context(i18n);
    let auth = Auth::provide();
    auth.load(i18n);
    first_load::FirstLoad::start(auth);

    Effect::new(move |_| platform::set_document_language(i18n.language.get()));

    view! {
        <Router>
            <Show
                when=move || auth.checked.get()
                fallback=|| view! { <p class="boot" role="status">{tr("loading")}</p> }
            >
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/sign-in") view=SignInPage />
                    // SUB-1: the welcome email's link works signed out too.
                    <Route path=path!("/setup/:token") view=SetupLinkPage />
                    <Route
                        path=path!("/orders/:order/setup")
                        view=|| view! { <Shell><OrderSetupPage /></Shell> }
                    />
                    <Route path=path!("/") view=|| view! { <Shell><Landing /></Shell> } />
                    <Route
                        path=path!("/partner/customers")
                        view=|| view! { <Shell><CustomersPage /></Shell> }
                    />
                    <Route
                        path=path!("/partner/orders")
                        view=|| view! { <Shell><OrdersPage /></Shell> }
                    />
                    <Route
                        path=path!("/partner/catalog")
                        view=|| view! { <Shell><CatalogPage /></Shell> }
                    />
                    <Route
                        path=path!("/partner/device-types")
                        view=|| view! { <Shell><DeviceTypesPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/overview")
                        view=|| view! { <Shell><OverviewPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/users")
                        view=|| view! { <Shell><UsersPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/users/new")
                        view=|| view! { <Shell><AddUsersPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/users/import")
                        view=|| view! { <Shell><ImportUsersPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/imports/:import")
                        view=|| view! { <Shell><ImportJobPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/users/:user")
                        view=|| view! { <Shell><UserPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/users/:user/webex-go")
                        view=|| view! { <Shell><AddWebexGoPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/devices")
                        view=|| view! { <Shell><DevicesPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/devices/new")
                        view=|| view! { <Shell><AddDevicePage /></Shell> }
                    />
                    // GO-2's second entry point: the same page, under Devices.
                    <Route
                        path=path!("/orgs/:org/devices/new/webex-go/:user")
                        view=|| view! { <Shell><AddWebexGoPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/devices/new/partner/:user")
                        view=|| view! { <Shell><AddPartnerDevicePage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/devices/import")
                        view=|| view! { <Shell><ImportDevicesPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/devices/imports/:import")
                        view=|| view! { <Shell><DeviceImportJobPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/devices/:device")
                        view=|| view! { <Shell><DevicePage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/workspaces")
                        view=|| view! { <Shell><WorkspacesPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/workspaces/new")
                        view=|| view! { <Shell><AddWorkspacePage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/workspaces/:workspace")
                        view=|| view! { <Shell><WorkspacePage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/locations")
                        view=|| view! { <Shell><LocationsPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/audit")
                        view=|| view! { <Shell><AuditPage /></Shell> }
                    />
                    <Route
                        path=path!("/orgs/:org/reports/calls")
                        view=|| view! { <Shell><CallHistoryPage /></Shell> }
                    />
                </Routes>
            </Show>
        </Router>
    }
}
