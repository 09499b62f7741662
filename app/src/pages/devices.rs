//! Control Hub → Devices: every device of the org with its real status
//! (GO-14), searched, filtered by status and paged by keyset cursor; and
//! *Add device* → *Existing user* → search → Next → *Webex Go device*
//! (GO-2), which leads to the add page of the user.
use domain::webex_go::LineStatus;
use leptos::prelude::*;
use leptos_router::{
    NavigateOptions,
    components::A,
    hooks::{use_navigate, use_params_map, use_query_map},
};

use crate::{
    api::{self, DeviceQuery, UserQuery},
    components::{
        error_notice::ErrorNotice,
        focus::focus_later,
        line_status::{LineStatusBadge, status_key},
        pager::{Cursors, PageCount, Pager},
    },
    i18n::{tr, use_i18n},
    pages::webex_go::{HasLineNotice, IneligibleNotice},
    platform,
};

#[component]
pub fn DevicesPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query_map = use_query_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    let search = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let cursors = Cursors::new();

    // The directory options say whether the admin may change anything.
    let options = LocalResource::new(move || api::get_directory_options(org_id.get()));
    let page = LocalResource::new(move || {
        let query = DeviceQuery {
            org_id: org_id.get(),
            search: search.get(),
            status: LineStatus::parse(&status.get()),
            after: cursors.current(),
            limit: None,
        };
        async move { api::list_devices(query).await }
    });
    let deleted = move || query_map.read().get("deleted").is_some();

    Effect::new(move |_| platform::set_title(&i18n.t("devices-title")));

    let add_button = move |can_write: bool| {
        if can_write {
            view! {
                <div class="button-row">
                    // GO-7 … GO-9: Webex Go lines in bulk.
                    <A href=format!("/orgs/{}/devices/import", org_id.get()) attr:class="button secondary">
                        {tr("device-import-link")}
                    </A>
                    <A href=format!("/orgs/{}/devices/new", org_id.get()) attr:class="button primary">
                        {tr("devices-add")}
                    </A>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="button primary" disabled aria-describedby="read-only-note">
                    {tr("devices-add")}
                </button>
            }
            .into_any()
        }
    };

    view! {
        <div class="page-head split">
            <h1>{tr("devices-title")}</h1>
            <Transition>
                {move || Suspend::new(async move { options.await.ok().map(|o| add_button(o.can_write)) })}
            </Transition>
        </div>
        {move || {
            deleted()
                .then(|| {
                    view! {
                        <p class="notice success" role="status">
                            <span class="notice-icon" aria-hidden="true">"✓"</span>
                            {tr("devices-deleted")}
                        </p>
                    }
                })
        }}
        <Transition>
            {move || Suspend::new(async move {
                options
                    .await
                    .ok()
                    .filter(|o| !o.can_write)
                    .map(|_| {
                        view! {
                            <p class="notice info" role="note" id="read-only-note">
                                <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                                {tr("overview-read-only")}
                            </p>
                        }
                    })
            })}
        </Transition>
        <div class="toolbar" role="search">
            <label class="search">
                <span class="label-text">{tr("devices-search")}</span>
                <input
                    type="search"
                    autocomplete="off"
                    prop:value=move || search.get()
                    on:input=move |ev| {
                        search.set(event_target_value(&ev));
                        cursors.reset();
                    }
                />
            </label>
            <label class="filter">
                <span class="label-text">{tr("devices-col-status")}</span>
                <select
                    prop:value=move || status.get()
                    on:change=move |ev| {
                        status.set(event_target_value(&ev));
                        cursors.reset();
                    }
                >
                    <option value="">{tr("users-filter-all")}</option>
                    {LineStatus::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.as_str()>{move || i18n.t(status_key(s))}</option> })
                        .collect_view()}
                </select>
            </label>
        </div>
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    Ok(page) => {
                        let total = page.total;
                        let page_number = cursors.page();
                        let org = org_id.get_untracked();
                        let next = page.next.clone();
                        view! {
                            <PageCount key="devices-count" total page=page_number />
                            {if page.devices.is_empty() {
                                view! { <p class="empty">{tr("devices-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <div class="table-scroll">
                                        <table class="data-table" id="devices-table">
                                            <caption class="visually-hidden">{tr("devices-title")}</caption>
                                            <thead>
                                                <tr>
                                                    <th scope="col">{tr("devices-col-device")}</th>
                                                    <th scope="col">{tr("devices-col-owner")}</th>
                                                    <th scope="col">{tr("devices-col-status")}</th>
                                                    <th scope="col">{tr("devices-col-number")}</th>
                                                    <th scope="col">{tr("devices-col-added")}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {page
                                                    .devices
                                                    .into_iter()
                                                    .map(|device| {
                                                        let created = device.created_at_ms;
                                                        // A workspace's device belongs to the room; a
                                                        // personal one to every user of it (PMD-5).
                                                        let users = if device.users.is_empty() {
                                                            device.owner.into_iter().collect()
                                                        } else {
                                                            device.users
                                                        };
                                                        let owner = match device.workspace {
                                                            Some(w) => view! {
                                                                <A href=format!("/orgs/{org}/workspaces/{}", w.id)>{w.name}</A>
                                                                <span class="email muted">{tr("devices-workspace")}</span>
                                                            }
                                                            .into_any(),
                                                            None => users
                                                                .into_iter()
                                                                .map(|o| {
                                                                    view! {
                                                                        <span class="device-user">
                                                                            <A href=format!("/orgs/{org}/users/{}", o.user_id)>
                                                                                {o.display_name}
                                                                            </A>
                                                                            <span class="email muted">{o.email}</span>
                                                                        </span>
                                                                    }
                                                                })
                                                                .collect_view()
                                                                .into_any(),
                                                        };
                                                        let mac = device
                                                            .mac
                                                            .and_then(|m| domain::MacAddress::parse(&m).ok())
                                                            .map(|m| view! { <span class="email muted mono">{m.to_colon_form()}</span> });
                                                        view! {
                                                            <tr data-device=device.id.clone()>
                                                                <th scope="row">
                                                                    <A href=format!("/orgs/{org}/devices/{}", device.id)>
                                                                        {device.model_name}
                                                                    </A>
                                                                    {mac}
                                                                </th>
                                                                <td class="owner">{owner}</td>
                                                                <td><LineStatusBadge status=device.status /></td>
                                                                <td class="mono nowrap">{device.phone_number.unwrap_or_default()}</td>
                                                                <td class="nowrap">
                                                                    {move || platform::format_date(created, i18n.language.get())}
                                                                </td>
                                                            </tr>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tbody>
                                        </table>
                                    </div>
                                }
                                .into_any()
                            }}
                            <Pager cursors next label="devices-pages" />
                        }
                        .into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// A user found in the first step of *Add device*.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Picked {
    id: String,
    name: String,
}

/// *Add device* (GO-2): for an existing user, searched by name or email;
/// then the device type. Webex Go is offered only to an eligible user
/// without a line (GO-1).
#[component]
pub fn AddDevicePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    let search = RwSignal::new(String::new());
    let picked = RwSignal::new(None::<Picked>);
    let step_two = RwSignal::new(false);
    let user_missing = RwSignal::new(false);
    // PMD-6: a device for a new workspace starts the workspace wizard.
    let new_workspace = RwSignal::new(false);
    let navigate = use_navigate();
    Effect::new(move |_| platform::set_title(&i18n.t("add-device-title")));

    let users = LocalResource::new(move || {
        let query = UserQuery {
            org_id: org_id.get(),
            search: search.get(),
            limit: Some(10),
            ..UserQuery::default()
        };
        async move { api::list_users(query).await }
    });
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if new_workspace.get_untracked() {
            let target = format!("/orgs/{}/workspaces/new", org_id.get_untracked());
            navigate(&target, NavigateOptions::default());
            return;
        }
        if picked.with_untracked(Option::is_none) {
            user_missing.set(true);
            focus_later("input[name=add-device-user]");
            return;
        }
        step_two.set(true);
        focus_later("#add-device-type-title");
    };

    // The step shown changes only on Next and Back, not with each choice
    // (the first step keeps its search field and focus while choosing).
    let second_step = Memo::new(move |_| picked.get().filter(|_| step_two.get()));
    let step_one = move || {
        view! {
            <form class="card" novalidate on:submit=next.clone() aria-labelledby="add-device-user-title">
                <h2 id="add-device-user-title">{tr("add-device-step-user")}</h2>
                <fieldset class="choices">
                    <legend>{tr("add-device-for")}</legend>
                    <label>
                        <input
                            type="radio"
                            name="add-device-for"
                            value="existing"
                            prop:checked=move || !new_workspace.get()
                            on:change=move |_| new_workspace.set(false)
                        />
                        {tr("add-device-existing-user")}
                    </label>
                    <label>
                        <input
                            type="radio"
                            name="add-device-for"
                            value="workspace"
                            prop:checked=move || new_workspace.get()
                            on:change=move |_| new_workspace.set(true)
                        />
                        {tr("add-device-new-workspace")}
                    </label>
                </fieldset>
                <div class="user-pick" hidden=move || new_workspace.get()>
                    <label class="search field">
                        <span class="label-text">{tr("add-device-user-search")}</span>
                        <input
                            type="search"
                            id="add-device-search"
                            autocomplete="off"
                            prop:value=move || search.get()
                            on:input=move |ev| search.set(event_target_value(&ev))
                        />
                    </label>
                    <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
                        {move || Suspend::new(async move {
                            match users.await {
                                Err(error) => view! { <ErrorNotice error /> }.into_any(),
                                Ok(page) if page.users.is_empty() => {
                                    view! { <p class="empty" role="status">{tr("add-device-no-users")}</p> }.into_any()
                                }
                                Ok(page) => view! {
                                    <fieldset
                                        class="choices user-choices"
                                        aria-describedby=move || user_missing.get().then_some("add-device-user-error")
                                    >
                                        <legend>{tr("add-device-choose-user")}</legend>
                                        {page
                                            .users
                                            .into_iter()
                                            .map(|user| {
                                                let this = Picked { id: user.id.clone(), name: user.display_name.clone() };
                                                let id = user.id.clone();
                                                view! {
                                                    <label>
                                                        <input
                                                            type="radio"
                                                            name="add-device-user"
                                                            value=user.id.clone()
                                                            prop:checked=move || picked.with(|p| p.as_ref().is_some_and(|p| p.id == id))
                                                            on:change=move |_| {
                                                                picked.set(Some(this.clone()));
                                                                user_missing.set(false);
                                                            }
                                                        />
                                                        <span>
                                                            {user.display_name}
                                                            <span class="muted">" · " {user.email}</span>
                                                        </span>
                                                    </label>
                                                }
                                            })
                                            .collect_view()}
                                    </fieldset>
                                }
                                .into_any(),
                            }
                        })}
                    </Transition>
                    {move || {
                        user_missing
                            .get()
                            .then(|| view! { <p class="field-error" id="add-device-user-error">{tr("add-device-user-required")}</p> })
                    }}
                </div>
                <div class="form-actions">
                    <A href=move || format!("/orgs/{}/devices", org_id.get()) attr:class="button secondary">
                        {tr("cancel")}
                    </A>
                    <button type="submit" class="button primary">{tr("add-device-next")}</button>
                </div>
            </form>
        }
    };

    view! {
        <div class="page-head">
            <p class="eyebrow">
                <A href=move || format!("/orgs/{}/devices", org_id.get())>{tr("devices-title")}</A>
            </p>
            <h1>{tr("add-device-title")}</h1>
        </div>
        {move || {
            match second_step.get() {
                Some(user) => view! { <DeviceTypeStep org_id=org_id.get_untracked() user step_two /> }.into_any(),
                None => step_one().into_any(),
            }
        }}
    }
}

/// The second step: which device. Webex Go only for an eligible user
/// without a line (otherwise the reason, GO-1); a partner-managed device
/// only when the org has the Device Management integration (PMD-3, PMD-4).
#[component]
fn DeviceTypeStep(org_id: String, user: Picked, step_two: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let chosen = RwSignal::new(None::<&'static str>);
    let type_missing = RwSignal::new(false);
    let user_ref = api::UserRef {
        org_id: org_id.clone(),
        user_id: user.id.clone(),
    };
    let options = LocalResource::new(move || {
        let user_ref = user_ref.clone();
        async move {
            let webex_go = api::get_webex_go_options(user_ref.clone()).await?;
            let management = api::get_device_management(user_ref.org_id).await?;
            Ok::<_, api::ApiError>((webex_go, management.entitled))
        }
    });
    let targets = StoredValue::new((
        format!("/orgs/{org_id}/devices/new/webex-go/{}", user.id),
        format!("/orgs/{org_id}/devices/new/partner/{}", user.id),
    ));
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let target = match chosen.get_untracked() {
            Some("webex_go") => targets.with_value(|t| t.0.clone()),
            Some(_) => targets.with_value(|t| t.1.clone()),
            None => {
                type_missing.set(true);
                focus_later("input[name=add-device-type]");
                return;
            }
        };
        navigate(&target, NavigateOptions::default());
    };
    let name = user.name.clone();
    let title = move || i18n.t_args("add-device-step-type", &[("name", name.clone())]);
    let choose = move |kind: &'static str| {
        chosen.set(Some(kind));
        type_missing.set(false);
    };

    view! {
        <form class="card" novalidate on:submit=next aria-labelledby="add-device-type-title">
            <h2 id="add-device-type-title" tabindex="-1">{title}</h2>
            <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
                {move || {
                    let (org_id, name) = (org_id.clone(), user.name.clone());
                    Suspend::new(async move {
                        match options.await {
                            Err(error) => view! { <ErrorNotice error /> }.into_any(),
                            Ok((o, entitled)) => {
                                let webex_go = if !o.ineligible.is_empty() {
                                    view! { <IneligibleNotice codes=o.ineligible /> }.into_any()
                                } else if let Some(device_id) = o.existing_device_id {
                                    view! { <HasLineNotice org_id device_id name /> }.into_any()
                                } else {
                                    view! {
                                        <label>
                                            <input
                                                type="radio"
                                                name="add-device-type"
                                                value="webex_go"
                                                aria-describedby="add-device-webex-go-hint"
                                                on:change=move |_| choose("webex_go")
                                            />
                                            {tr("add-device-webex-go")}
                                        </label>
                                        <p class="hint" id="add-device-webex-go-hint">{tr("add-device-webex-go-hint")}</p>
                                    }
                                    .into_any()
                                };
                                let partner = entitled.then(|| view! {
                                    <label>
                                        <input
                                            type="radio"
                                            name="add-device-type"
                                            value="partner_managed"
                                            aria-describedby="add-device-partner-hint"
                                            on:change=move |_| choose("partner_managed")
                                        />
                                        {tr("add-device-partner")}
                                    </label>
                                    <p class="hint" id="add-device-partner-hint">{tr("add-device-partner-hint")}</p>
                                });
                                view! {
                                    <fieldset
                                        class="choices"
                                        aria-describedby=move || type_missing.get().then_some("add-device-type-error")
                                    >
                                        <legend>{tr("add-device-type")}</legend>
                                        {webex_go}
                                        {partner}
                                    </fieldset>
                                    {move || {
                                        type_missing
                                            .get()
                                            .then(|| view! { <p class="field-error" id="add-device-type-error">{tr("add-device-type-required")}</p> })
                                    }}
                                }
                                .into_any()
                            }
                        }
                    })
                }}
            </Transition>
            <div class="form-actions">
                <button type="button" class="button secondary" on:click=move |_| {
                    step_two.set(false);
                    focus_later("#add-device-search");
                }>
                    {tr("add-device-back")}
                </button>
                <button type="submit" class="button primary">{tr("add-device-next")}</button>
            </div>
        </form>
    }
}
