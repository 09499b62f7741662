//! Control Hub → Overview of one org: name, managing partner, admins. The
//! org id comes from the URL; the server decides whether the caller may see
//! it, so an edited URL is refused there, not merely hidden here.
mod full_admin_requests;

use domain::Role;
use leptos::{prelude::*, task::spawn_local};
use leptos_router::hooks::use_params_map;

use crate::{
    api::{
        self, ApiError, DeviceManagement, EmailSettingInput, OrgDetails, SetDeviceManagementInput,
    },
    components::{error_notice::ErrorNotice, unfinished_orders::UnfinishedOrdersNotice},
    i18n::{I18n, tr, use_i18n},
    pages::overview::full_admin_requests::FullAdminRequests,
    platform,
    session::use_auth,
};

#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let overview = LocalResource::new(move || {
        let org_id = params.read().get("org").unwrap_or_default();
        async move { api::org_overview(org_id).await }
    });
    // SUB-7: a customer admin lands here, and is reminded of the setups
    // waiting for them (SUB-6); a partner admin is, on Customers.
    let auth = use_auth();
    let lands_here = move || {
        auth.session
            .read()
            .as_ref()
            .is_some_and(|s| !s.is_partner_admin())
    };

    view! {
        <Show when=lands_here>
            <UnfinishedOrdersNotice />
        </Show>
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(org) => view! { <Overview org i18n /> }.into_any(),
                    Err(error) => {
                        platform::set_title(&i18n.code(error.code));
                        view! {
                            <h1>{tr("overview-title")}</h1>
                            <ErrorNotice error />
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}

#[component]
fn Overview(org: OrgDetails, i18n: I18n) -> impl IntoView {
    let auth = use_auth();
    let title = org.name.clone();
    Effect::new(move |_| platform::set_title(&title));
    // A partner admin acting in a customer's org is told so (T-3).
    let acting_banner = {
        let org_name = org.name.clone();
        let own_org = auth
            .session
            .get_untracked()
            .map(|s| s.grants.iter().any(|g| g.org_id == org.id))
            .unwrap_or(false);
        org.partner.clone().filter(|_| !own_org).map(|partner| {
            view! {
                <p class="notice info" role="note">
                    <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                    {move || {
                        i18n.t_args(
                            "overview-acting-as",
                            &[("org", org_name.clone()), ("partner", partner.name.clone())],
                        )
                    }}
                </p>
            }
        })
    };
    let created = org.created_at_ms;
    // SUB-5: only the org's own customer full admins answer requests for
    // full admin; a granted one shows in the admins' table at once.
    let answers_requests = auth.session.get_untracked().is_some_and(|s| {
        s.grants
            .iter()
            .any(|g| g.org_id == org.id && g.role == Role::CustomerFullAdmin)
    });
    let admins = RwSignal::new(org.admins.clone());
    let on_granted = Callback::new(move |email: String| {
        admins.update(|list| {
            for admin in list.iter_mut().filter(|a| a.email == email) {
                admin.role = Role::CustomerFullAdmin;
            }
        });
    });

    view! {
        <div class="page-head">
            <p class="eyebrow">{tr("overview-title")}</p>
            <h1>{org.name.clone()}</h1>
        </div>
        {acting_banner}
        {answers_requests.then(|| view! { <FullAdminRequests org_id=org.id.clone() on_granted /> })}
        {(!org.can_write)
            .then(|| {
                view! {
                    <p class="notice info" role="note">
                        <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                        {tr("overview-read-only")}
                    </p>
                }
            })}
        <section class="card" aria-labelledby="org-facts">
            <h2 id="org-facts">{tr("overview-details")}</h2>
            <dl class="facts">
                <dt>{tr("overview-partner")}</dt>
                <dd>
                    {match org.partner.clone() {
                        Some(partner) => partner.name.into_any(),
                        None => tr("overview-no-partner").into_any(),
                    }}
                </dd>
                <dt>{tr("overview-country")}</dt>
                <dd>{org.country.clone().unwrap_or_else(|| "—".into())}</dd>
                <dt>{tr("overview-created")}</dt>
                <dd>{move || platform::format_date(created, i18n.language.get())}</dd>
            </dl>
        </section>
        <section class="card" aria-labelledby="org-subscriptions">
            <h2 id="org-subscriptions">{tr("overview-subscriptions")}</h2>
            {if org.subscriptions.is_empty() {
                view! { <p class="empty">{tr("overview-no-subscriptions")}</p> }.into_any()
            } else {
                view! {
                    <table class="data-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr("overview-col-license")}</th>
                                <th scope="col">{tr("overview-col-subscription")}</th>
                                <th scope="col" class="numeric">{tr("overview-col-used")}</th>
                                <th scope="col" class="numeric">{tr("overview-col-available")}</th>
                                <th scope="col" class="numeric">{tr("overview-col-total")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {org
                                .subscriptions
                                .iter()
                                .flat_map(|subscription| {
                                    subscription
                                        .pools
                                        .iter()
                                        .map(|pool| {
                                            let (used, available, quantity) =
                                                (pool.used, pool.available(), pool.quantity);
                                            let number = move |n: i64| {
                                                move || platform::format_number(n, i18n.language.get())
                                            };
                                            view! {
                                                <tr>
                                                    <th scope="row">{pool.license_name.clone()}</th>
                                                    <td class="mono">{subscription.id.clone()}</td>
                                                    <td class="numeric">{number(used)}</td>
                                                    <td class="numeric">{number(available)}</td>
                                                    <td class="numeric">{number(quantity)}</td>
                                                </tr>
                                            }
                                        })
                                        .collect::<Vec<_>>()
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                }
                    .into_any()
            }}
        </section>
        <EmailSetting org_id=org.id.clone() can_write=org.can_write initial=org.suppress_email />
        <DeviceManagementSetting org_id=org.id.clone() />
        <section class="card" aria-labelledby="org-admins">
            <h2 id="org-admins">{tr("overview-admins")}</h2>
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("overview-col-name")}</th>
                        <th scope="col">{tr("overview-col-email")}</th>
                        <th scope="col">{tr("overview-col-role")}</th>
                    </tr>
                </thead>
                <tbody id="org-admins-rows">
                    {move || {
                        admins
                            .get()
                            .into_iter()
                            .map(|admin| {
                                let role_key = format!("role-{}", admin.role.as_str());
                                view! {
                                    <tr>
                                        <th scope="row">{admin.display_name}</th>
                                        <td>{admin.email}</td>
                                        <td>{move || i18n.t(&role_key)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </section>
    }
}

/// GO-6: whether activation codes are emailed to users, or handed over by
/// the admins (copied, sent to an address they type, printed).
#[component]
fn EmailSetting(org_id: String, can_write: bool, initial: bool) -> impl IntoView {
    let i18n = use_i18n();
    let suppress = RwSignal::new(initial);
    let busy = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let org_id = StoredValue::new(org_id);
    let toggle = move |ev: leptos::ev::Event| {
        let wanted = event_target_checked(&ev);
        suppress.set(wanted);
        saved.set(false);
        error.set(None);
        busy.set(true);
        let input = EmailSettingInput {
            org_id: org_id.get_value(),
            suppress_email: wanted,
        };
        spawn_local(async move {
            match api::set_email_setting(input).await {
                Ok(()) => saved.set(true),
                Err(refused) => {
                    suppress.set(!wanted);
                    error.set(Some(refused));
                }
            }
            busy.set(false);
        });
    };
    let state = move || {
        if suppress.get() {
            i18n.t("overview-suppress-email-on")
        } else {
            i18n.t("overview-suppress-email-off")
        }
    };

    view! {
        <section class="card" aria-labelledby="org-email">
            <h2 id="org-email">{tr("overview-email")}</h2>
            {if can_write {
                view! {
                    <label class="switch">
                        <input
                            type="checkbox"
                            role="switch"
                            id="suppress-email"
                            aria-describedby="suppress-email-hint"
                            prop:checked=move || suppress.get()
                            disabled=move || busy.get()
                            on:change=toggle
                        />
                        <span class="switch-track" aria-hidden="true"></span>
                        <span>{tr("overview-suppress-email")}</span>
                    </label>
                    <p class="hint" id="suppress-email-hint">{tr("overview-suppress-email-hint")}</p>
                    <p class="status-line" role="status">
                        {move || saved.get().then(state)}
                    </p>
                    {move || error.get().map(|error| view! { <ErrorNotice error /> })}
                }
                .into_any()
            } else {
                view! {
                    <dl class="facts">
                        <dt>{tr("overview-suppress-email")}</dt>
                        <dd id="suppress-email-state">{state}</dd>
                    </dl>
                    <p class="hint">{tr("overview-suppress-email-hint")}</p>
                }
                .into_any()
            }}
        </section>
    }
}

/// PMD-3: the org's *Device Management integration*. A partner full admin
/// of the org's partner turns it on or off; everyone else reads its state,
/// always in words.
#[component]
fn DeviceManagementSetting(org_id: String) -> impl IntoView {
    let state = RwSignal::new(None::<Result<DeviceManagement, ApiError>>);
    {
        let org_id = org_id.clone();
        spawn_local(async move { state.set(Some(api::get_device_management(org_id).await)) });
    }
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let org_id = StoredValue::new(org_id);
    let entitled = move || state.with(|s| matches!(s, Some(Ok(d)) if d.entitled));
    // Whether the switch or the words show: a toggle does not redraw them,
    // so the switch keeps its focus.
    let can_change = Memo::new(move |_| {
        state.with(|s| {
            s.as_ref()
                .map(|r| r.as_ref().map(|d| d.can_change).map_err(Clone::clone))
        })
    });
    let toggle = move |ev: leptos::ev::Event| {
        let wanted = event_target_checked(&ev);
        error.set(None);
        busy.set(true);
        let input = SetDeviceManagementInput {
            org_id: org_id.get_value(),
            entitled: wanted,
        };
        spawn_local(async move {
            match api::set_device_management(input).await {
                Ok(now) => state.set(Some(Ok(now))),
                Err(refused) => {
                    error.set(Some(refused));
                    // The switch goes back to the state the server still has.
                    state.update(|_| ());
                }
            }
            busy.set(false);
        });
    };
    let words = move || {
        if entitled() {
            tr("overview-device-management-on")()
        } else {
            tr("overview-device-management-off")()
        }
    };

    view! {
        <section class="card" aria-labelledby="org-device-management">
            <h2 id="org-device-management">{tr("overview-device-management")}</h2>
            {move || match can_change.get() {
                None => view! { <p role="status">{tr("loading")}</p> }.into_any(),
                Some(Err(error)) => view! { <ErrorNotice error /> }.into_any(),
                Some(Ok(true)) => view! {
                    <label class="switch">
                        <input
                            type="checkbox"
                            role="switch"
                            id="device-management"
                            aria-describedby="device-management-hint device-management-state"
                            prop:checked=entitled
                            disabled=move || busy.get()
                            on:change=toggle
                        />
                        <span class="switch-track" aria-hidden="true"></span>
                        <span>{tr("overview-device-management-switch")}</span>
                    </label>
                    <p class="status-line" id="device-management-state" role="status">
                        {words}
                    </p>
                }
                .into_any(),
                Some(Ok(false)) => view! {
                    <dl class="facts">
                        <dt>{tr("overview-device-management-switch")}</dt>
                        <dd id="device-management-state">{words}</dd>
                    </dl>
                }
                .into_any(),
            }}
            <p class="hint" id="device-management-hint">{tr("overview-device-management-hint")}</p>
            {move || error.get().map(|error| view! { <ErrorNotice error /> })}
        </section>
    }
}
