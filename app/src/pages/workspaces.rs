//! Control Hub → Workspaces (PMD-6 … PMD-8): the org's rooms with their
//! license, number and partner-managed devices; one workspace's page with
//! *Add device* (refused, in words, once the license's device limit is
//! reached: 5 for Professional, 1 for Common Area) and *Delete*.
use domain::{RoomType, WorkspaceLicense};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};

use crate::{
    api::{
        self, AddWorkspaceDeviceInput, AddedPartnerDevice, ApiError, DeviceModelRow,
        WorkspaceDetails, WorkspaceRef, WorkspaceRow,
    },
    components::{
        confirm::ConfirmDelete,
        error_notice::ErrorNotice,
        focus::focus_later,
        partner_device_fields::{DeviceDraft, PartnerDeviceFields},
        sip_credentials::SipCredentialsPanel,
    },
    i18n::{I18n, tr, use_i18n},
    platform,
};

/// The translation key of a room type.
pub fn room_type_key(room: RoomType) -> &'static str {
    match room {
        RoomType::MeetingRoom => "room-type-meeting_room",
        RoomType::HuddleRoom => "room-type-huddle_room",
        RoomType::Lobby => "room-type-lobby",
        RoomType::OpenSpace => "room-type-open_space",
        RoomType::Office => "room-type-office",
        RoomType::Other => "room-type-other",
    }
}

/// The translation key of a workspace license.
pub fn license_key(license: WorkspaceLicense) -> &'static str {
    match license {
        WorkspaceLicense::Professional => "workspace-license-professional",
        WorkspaceLicense::CommonArea => "workspace-license-common_area",
    }
}

/// "3 of 5": a workspace's devices against its license's limit (PMD-8).
fn device_count(i18n: I18n, count: u32, limit: u32) -> String {
    i18n.t_args(
        "workspace-device-count",
        &[("count", count.to_string()), ("limit", limit.to_string())],
    )
}

#[component]
pub fn WorkspacesPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query_map = use_query_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    let options = LocalResource::new(move || api::get_directory_options(org_id.get()));
    let rows = LocalResource::new(move || api::list_workspaces(org_id.get()));
    let deleted = move || query_map.read().get("deleted").is_some();
    Effect::new(move |_| platform::set_title(&i18n.t("workspaces-title")));

    view! {
        <div class="page-head split">
            <h1>{tr("workspaces-title")}</h1>
            <Transition>
                {move || Suspend::new(async move {
                    options
                        .await
                        .ok()
                        .filter(|o| o.can_write)
                        .map(|_| {
                            view! {
                                <A href=format!("/orgs/{}/workspaces/new", org_id.get()) attr:class="button primary">
                                    {tr("workspaces-add")}
                                </A>
                            }
                        })
                })}
            </Transition>
        </div>
        {move || {
            deleted()
                .then(|| {
                    view! {
                        <p class="notice success" role="status">
                            <span class="notice-icon" aria-hidden="true">"✓"</span>
                            {tr("workspace-deleted")}
                        </p>
                    }
                })
        }}
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    Ok(rows) if rows.is_empty() => view! { <p class="empty">{tr("workspaces-empty")}</p> }.into_any(),
                    Ok(rows) => view! { <WorkspacesTable rows org=org_id.get_untracked() /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn WorkspacesTable(rows: Vec<WorkspaceRow>, org: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-scroll">
            <table class="data-table" id="workspaces-table">
                <caption class="visually-hidden">{tr("workspaces-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("workspace-name")}</th>
                        <th scope="col">{tr("workspace-room-type")}</th>
                        <th scope="col" class="numeric">{tr("workspace-capacity")}</th>
                        <th scope="col">{tr("workspace-license")}</th>
                        <th scope="col">{tr("workspace-location")}</th>
                        <th scope="col">{tr("workspace-number")}</th>
                        <th scope="col">{tr("workspace-devices")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let (room, license) = (row.room_type, row.license);
                            let (count, limit) = (row.device_count, row.device_limit);
                            view! {
                                <tr data-workspace=row.id.clone()>
                                    <th scope="row">
                                        <A href=format!("/orgs/{org}/workspaces/{}", row.id)>{row.name}</A>
                                    </th>
                                    <td>{move || i18n.t(room_type_key(room))}</td>
                                    <td class="numeric">{row.capacity}</td>
                                    <td>{move || i18n.t(license_key(license))}</td>
                                    <td>{row.location_name}</td>
                                    <td class="mono nowrap">{number_text(row.phone_number, row.extension)}</td>
                                    <td class="nowrap">{move || device_count(i18n, count, limit)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// `+40264405003 · 1234`: a workspace's number and extension.
fn number_text(number: Option<String>, extension: Option<String>) -> String {
    [number, extension]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

#[component]
pub fn WorkspacePage() -> impl IntoView {
    let params = use_params_map();
    let workspace_ref = Memo::new(move |_| WorkspaceRef {
        org_id: params.read().get("org").unwrap_or_default(),
        workspace_id: params.read().get("workspace").unwrap_or_default(),
    });
    // The page as last loaded; adding a device reloads it.
    let details = RwSignal::new(None::<Result<WorkspaceDetails, ApiError>>);
    let reload = move || {
        let target = workspace_ref.get_untracked();
        spawn_local(async move { details.set(Some(api::get_workspace(target).await)) });
    };
    Effect::new(move |_| {
        workspace_ref.track();
        reload();
    });

    move || match details.get() {
        None => view! { <p role="status">{tr("loading")}</p> }.into_any(),
        Some(Err(error)) => view! {
            <h1>{tr("workspace-title")}</h1>
            <ErrorNotice error />
        }
        .into_any(),
        Some(Ok(loaded)) => {
            view! { <Workspace details=loaded reload=Callback::new(move |()| reload()) /> }
                .into_any()
        }
    }
}

#[component]
fn Workspace(details: WorkspaceDetails, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let row = details.row.clone();
    let org = row.org_id.clone();
    let title = row.name.clone();
    Effect::new(move |_| platform::set_title(&title));
    let (room, license, count, limit, created) = (
        row.room_type,
        row.license,
        row.device_count,
        row.device_limit,
        row.created_at_ms,
    );
    let delete_open = RwSignal::new(false);
    let workspace_ref = StoredValue::new(WorkspaceRef {
        org_id: org.clone(),
        workspace_id: row.id.clone(),
    });
    let devices = if details.devices.is_empty() {
        view! { <p class="empty">{tr("workspace-no-devices")}</p> }.into_any()
    } else {
        view! {
            <table class="data-table" id="workspace-devices-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("devices-col-device")}</th>
                        <th scope="col">{tr("pmd-mac")}</th>
                        <th scope="col">{tr("devices-col-added")}</th>
                    </tr>
                </thead>
                <tbody>
                    {details
                        .devices
                        .clone()
                        .into_iter()
                        .map(|device| {
                            let added = device.created_at_ms;
                            view! {
                                <tr>
                                    <th scope="row">
                                        <A href=format!("/orgs/{org}/devices/{}", device.id)>{device.model_name}</A>
                                    </th>
                                    <td class="mono">{device.mac.unwrap_or_default()}</td>
                                    <td class="nowrap">{move || platform::format_date(added, i18n.language.get())}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    let add_device = if !details.can_write {
        view! {
            <p class="notice info" role="note">
                <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                {tr("overview-read-only")}
            </p>
        }
        .into_any()
    } else if !details.device_management {
        view! {
            <p class="notice info" role="note" id="workspace-not-entitled">
                <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                {move || i18n.code(domain::Code::DeviceManagementNotEntitled)}
            </p>
        }
        .into_any()
    } else {
        view! { <AddWorkspaceDevice workspace_ref count limit reload /> }.into_any()
    };

    view! {
        <div class="page-head split">
            <div>
                <p class="eyebrow">
                    <A href=format!("/orgs/{}/workspaces", row.org_id)>{tr("workspaces-title")}</A>
                </p>
                <h1>{row.name.clone()}</h1>
            </div>
            {details
                .can_write
                .then(|| {
                    view! {
                        <button type="button" class="button danger" id="workspace-delete" on:click=move |_| delete_open.set(true)>
                            {tr("workspace-delete")}
                        </button>
                    }
                })}
        </div>
        <section class="card" aria-labelledby="workspace-facts">
            <h2 id="workspace-facts">{tr("workspace-details")}</h2>
            <dl class="facts">
                <dt>{tr("workspace-room-type")}</dt>
                <dd>{move || i18n.t(room_type_key(room))}</dd>
                <dt>{tr("workspace-capacity")}</dt>
                <dd>{row.capacity}</dd>
                <dt>{tr("workspace-license")}</dt>
                <dd>{move || i18n.t(license_key(license))}</dd>
                <dt>{tr("workspace-subscription")}</dt>
                <dd class="mono">{row.subscription_id.clone()}</dd>
                <dt>{tr("workspace-location")}</dt>
                <dd>{row.location_name.clone()}</dd>
                <dt>{tr("workspace-number")}</dt>
                <dd class="mono" id="workspace-number">{row.phone_number.clone().unwrap_or_default()}</dd>
                <dt>{tr("workspace-extension")}</dt>
                <dd class="mono">{row.extension.clone().unwrap_or_else(|| "—".into())}</dd>
                <dt>{tr("devices-col-added")}</dt>
                <dd>{move || platform::format_date(created, i18n.language.get())}</dd>
            </dl>
        </section>
        <section class="card" aria-labelledby="workspace-devices">
            <h2 id="workspace-devices">{tr("workspace-devices")}</h2>
            <p class="count" id="workspace-device-count">{move || device_count(i18n, count, limit)}</p>
            {devices}
        </section>
        {add_device}
        // The workspace's license and number return, its devices go.
        <ConfirmDelete
            open=delete_open
            id="delete-workspace-title"
            title="workspace-delete-title"
            body="workspace-delete-body"
            confirm="workspace-delete"
            action=move || async move {
                let workspace = workspace_ref.get_value();
                let done = format!("/orgs/{}/workspaces?deleted=1", workspace.org_id);
                api::delete_workspace(workspace).await.map(|()| done)
            }
        />
    }
}

/// *Add device* (PMD-8): the browser knows the license's limit and says so
/// before anything is posted; the server refuses a device beyond it too.
#[component]
fn AddWorkspaceDevice(
    workspace_ref: StoredValue<WorkspaceRef>,
    count: u32,
    limit: u32,
    reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let full = count >= limit;
    let models = LocalResource::new(move || {
        let org = workspace_ref.with_value(|w| w.org_id.clone());
        async move { api::get_workspace_options(org).await.map(|o| o.models) }
    });

    view! {
        <section class="card" aria-labelledby="workspace-add-device">
            <h2 id="workspace-add-device">{tr("workspace-add-device")}</h2>
            {if full {
                view! {
                    <p class="notice info" role="note" id="workspace-full" data-code="workspace_device_limit">
                        <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                        <span>
                            {move || i18n.code(domain::Code::WorkspaceDeviceLimit)}
                            " "
                            {move || i18n.t_args("workspace-limit", &[("limit", limit.to_string())])}
                        </span>
                    </p>
                    <button type="button" class="button primary" disabled aria-describedby="workspace-full">
                        {tr("workspace-add-device")}
                    </button>
                }
                .into_any()
            } else {
                view! {
                    <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
                        {move || Suspend::new(async move {
                            match models.await {
                                Err(error) => view! { <ErrorNotice error /> }.into_any(),
                                Ok(models) => view! { <AddDeviceForm models workspace_ref reload /> }.into_any(),
                            }
                        })}
                    </Transition>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn AddDeviceForm(
    models: Vec<DeviceModelRow>,
    workspace_ref: StoredValue<WorkspaceRef>,
    reload: Callback<()>,
) -> impl IntoView {
    let draft = DeviceDraft::default();
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    let added = RwSignal::new(None::<AddedPartnerDevice>);
    let general_error = move || {
        server_error.get().filter(|e| {
            !e.findings
                .iter()
                .any(|f| ["model", "mac", "disclaimer_acknowledged"].contains(&f.field.as_str()))
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        server_error.set(None);
        if !draft.is_complete() || busy.get_untracked() {
            platform::focus_first_invalid();
            return;
        }
        let input = workspace_ref.with_value(|w| AddWorkspaceDeviceInput {
            org_id: w.org_id.clone(),
            workspace_id: w.workspace_id.clone(),
            device: draft.input(),
        });
        busy.set(true);
        spawn_local(async move {
            match api::add_workspace_device(input).await {
                Ok(result) => added.set(Some(result)),
                Err(error) => {
                    server_error.set(Some(error));
                    platform::focus_first_invalid();
                }
            }
            busy.set(false);
        });
    };

    move || {
        match added.get() {
        Some(result) => {
            focus_later("#workspace-device-added");
            let org = workspace_ref.with_value(|w| w.org_id.clone());
            view! {
                <p class="notice success" role="status" id="workspace-device-added" tabindex="-1">
                    <span class="notice-icon" aria-hidden="true">"✓"</span>
                    {tr("workspace-device-added")}
                </p>
                <SipCredentialsPanel credentials=result.credentials />
                <div class="button-row">
                    <A href=format!("/orgs/{org}/devices/{}", result.device.id) attr:class="button secondary">
                        {tr("webex-go-open-device")}
                    </A>
                    // The list above counts the new device only after a reload.
                    <button type="button" class="button primary" id="workspace-credentials-done" on:click=move |_| reload.run(())>
                        {tr("workspace-credentials-done")}
                    </button>
                </div>
            }
            .into_any()
        }
        None => view! {
            <form novalidate on:submit=submit aria-labelledby="workspace-add-device">
                <PartnerDeviceFields models=models.clone() draft submitted server_error disabled=busy />
                {move || general_error().map(|error| view! { <ErrorNotice error id="workspace-add-device-error" /> })}
                <div class="form-actions">
                    <button type="submit" class="button primary" disabled=move || busy.get() || !draft.disclaimer.get()>
                        {tr("button-save")}
                    </button>
                </div>
            </form>
        }
        .into_any(),
    }
    }
}
