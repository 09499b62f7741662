//! Control Hub → Devices → one partner-managed device: its type, MAC,
//! status, SIP user name and who acknowledged the credentials disclaimer
//! (PMD-1, PMD-2); its users, added and removed (PMD-5); *Update password*
//! (PMD-9), shown once; and *Delete*.
use leptos::{prelude::*, task::spawn_local};
use leptos_router::components::A;

use crate::{
    api::{
        self, ApiError, DeviceDetails, DeviceOwner, DeviceRef, DeviceUsersInput, SipCredentials,
        UserQuery,
    },
    components::{
        confirm::Confirm, error_notice::ErrorNotice, focus::focus_later,
        line_status::LineStatusBadge, sip_credentials::SipCredentialsPanel,
    },
    i18n::{I18n, tr, use_i18n},
    pages::{add_partner_device::NotEntitledNotice, device::DeleteDeviceDialog},
    platform,
};

#[component]
pub fn PartnerDeviceView(
    details: DeviceDetails,
    device_ref: DeviceRef,
    i18n: I18n,
) -> impl IntoView {
    let details = RwSignal::new(details);
    let device_ref = StoredValue::new(device_ref);
    let credentials = RwSignal::new(None::<SipCredentials>);
    let password_open = RwSignal::new(false);
    let delete_open = RwSignal::new(false);
    let info = move || details.with(|d| d.partner.clone().unwrap_or_default());
    let entitled =
        details.with_untracked(|d| d.partner.as_ref().is_some_and(|p| p.device_management));
    let can_manage = details.with_untracked(|d| d.can_write) && entitled;
    let row = move || details.with(|d| d.row.clone());
    let org = device_ref.with_value(|r| r.org_id.clone());
    let created = details.with_untracked(|d| d.row.created_at_ms);
    let personal = details.with_untracked(|d| d.row.workspace.is_none());
    let date = move |ms: Option<i64>| {
        ms.map_or_else(
            || "—".to_owned(),
            |ms| platform::format_date(ms, i18n.language.get()),
        )
    };
    let mac = move || {
        row()
            .mac
            .and_then(|m| domain::MacAddress::parse(&m).ok())
            .map_or_else(|| "—".to_owned(), |m| m.to_colon_form())
    };

    view! {
        <div class="page-head">
            <p class="eyebrow">
                <A href=format!("/orgs/{org}/devices")>{tr("devices-title")}</A>
            </p>
            <h1>{move || row().model_name}</h1>
            <p class="muted mono" id="device-mac">{mac}</p>
        </div>
        {(!entitled).then(|| view! { <NotEntitledNotice /> })}
        {move || {
            credentials
                .get()
                .map(|credentials| {
                    view! {
                        <p class="notice success" role="status" id="device-password-updated" tabindex="-1">
                            <span class="notice-icon" aria-hidden="true">"✓"</span>
                            {tr("partner-device-password-updated")}
                        </p>
                        <SipCredentialsPanel credentials />
                    }
                })
        }}
        <section class="card" aria-labelledby="device-facts">
            <h2 id="device-facts">{tr("device-details")}</h2>
            <dl class="facts">
                <dt>{tr("device-model")}</dt>
                <dd>{move || row().model_name}</dd>
                <dt>{tr("partner-device-vendor")}</dt>
                <dd>{move || info().vendor}</dd>
                <dt>{tr("partner-device-mac")}</dt>
                <dd class="mono">{mac}</dd>
                <dt>{tr("devices-col-status")}</dt>
                <dd id="device-status">{move || view! { <LineStatusBadge status=row().status /> }}</dd>
                {move || {
                    row()
                        .workspace
                        .map(|w| {
                            view! {
                                <dt>{tr("partner-device-workspace")}</dt>
                                <dd id="device-workspace">
                                    <A href=format!("/orgs/{}/workspaces/{}", row().org_id, w.id)>{w.name}</A>
                                </dd>
                            }
                        })
                }}
                <dt>{tr("sip-user-name")}</dt>
                <dd class="mono" id="device-sip-user">{move || info().sip_user_name.unwrap_or_else(|| "—".into())}</dd>
                <dt>{tr("sip-realm")}</dt>
                <dd class="mono">{move || info().sip_realm.unwrap_or_else(|| "—".into())}</dd>
                <dt>{tr("partner-device-password-changed")}</dt>
                <dd>{move || date(info().credentials_updated_at_ms)}</dd>
                <dt>{tr("partner-device-disclaimer-by")}</dt>
                <dd id="device-disclaimer">
                    {move || {
                        let info = info();
                        match (info.disclaimer_by, info.disclaimer_at_ms) {
                            (Some(by), Some(at)) => {
                                i18n.t_args(
                                    "partner-device-disclaimer-when",
                                    &[("admin", by), ("date", platform::format_date(at, i18n.language.get()))],
                                )
                            }
                            _ => "—".to_owned(),
                        }
                    }}
                </dd>
                <dt>{tr("devices-col-added")}</dt>
                <dd>{move || platform::format_date(created, i18n.language.get())}</dd>
            </dl>
        </section>
        // Rendered once: re-rendering on every change of the details
        // would drop the users' search while it is being answered.
        {personal.then(|| view! { <DeviceUsers details device_ref can_manage /> })}
        {can_manage
            .then(|| {
                view! {
                    <section class="card no-print" aria-labelledby="device-actions">
                        <h2 id="device-actions">{tr("device-actions")}</h2>
                        <div class="device-actions-list">
                            <div class="device-action">
                                <button
                                    type="button"
                                    class="button secondary"
                                    id="device-update-password"
                                    aria-describedby="device-update-password-hint"
                                    on:click=move |_| password_open.set(true)
                                >
                                    {tr("partner-device-update-password")}
                                </button>
                                <p class="hint" id="device-update-password-hint">
                                    {tr("partner-device-update-password-hint")}
                                </p>
                            </div>
                            <div class="device-action">
                                <button
                                    type="button"
                                    class="button danger"
                                    id="device-delete"
                                    aria-describedby="device-delete-hint"
                                    on:click=move |_| delete_open.set(true)
                                >
                                    {tr("button-delete")}
                                </button>
                                <p class="hint" id="device-delete-hint">{tr("partner-device-delete-hint")}</p>
                            </div>
                        </div>
                    </section>
                    <UpdatePasswordDialog open=password_open device_ref credentials />
                    <DeleteDeviceDialog
                        open=delete_open
                        device_ref
                        title="partner-device-delete-title"
                        body="partner-device-delete-body"
                    />
                }
            })}
    }
}

/// PMD-9: asks before replacing the password (the device stops
/// registering until the new one is entered on it).
#[component]
fn UpdatePasswordDialog(
    open: RwSignal<bool>,
    device_ref: StoredValue<DeviceRef>,
    credentials: RwSignal<Option<SipCredentials>>,
) -> impl IntoView {
    view! {
        <Confirm
            open
            id="update-password-title"
            title="partner-device-update-password-title"
            body="partner-device-update-password-body"
            confirm="partner-device-update-password-confirm"
            action=move || async move {
                let fresh = api::update_sip_password(device_ref.get_value()).await?;
                credentials.set(Some(fresh));
                focus_later("#device-password-updated");
                Ok(())
            }
        />
    }
}

/// PMD-5: the users of a personal device; writers add users by search and
/// remove any but the last.
#[component]
fn DeviceUsers(
    details: RwSignal<DeviceDetails>,
    device_ref: StoredValue<DeviceRef>,
    can_manage: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let search = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    let done = RwSignal::new(None::<String>);
    let users = move || details.with(|d| d.row.users.clone());
    let org_id = device_ref.with_value(|r| r.org_id.clone());
    let candidates = LocalResource::new(move || {
        let query = UserQuery {
            org_id: device_ref.with_value(|r| r.org_id.clone()),
            search: search.get(),
            limit: Some(5),
            ..UserQuery::default()
        };
        async move {
            if query.search.trim().is_empty() {
                return Ok(Vec::new());
            }
            api::list_users(query).await.map(|page| page.users)
        }
    });
    let change = move |add: Vec<String>, remove: Vec<String>, name: String, added: bool| {
        let input = device_ref.with_value(|r| DeviceUsersInput {
            org_id: r.org_id.clone(),
            device_id: r.device_id.clone(),
            add,
            remove,
        });
        busy.set(true);
        server_error.set(None);
        done.set(None);
        spawn_local(async move {
            match api::change_device_users(input).await {
                Ok(fresh) => {
                    details.set(fresh);
                    search.set(String::new());
                    let key = if added {
                        "partner-device-user-added"
                    } else {
                        "partner-device-user-removed"
                    };
                    done.set(Some(i18n.t_args(key, &[("name", name)])));
                }
                Err(error) => server_error.set(Some(error)),
            }
            busy.set(false);
        });
    };

    view! {
        <section class="card" aria-labelledby="device-users-title">
            <h2 id="device-users-title">{tr("partner-device-users")}</h2>
            <ul class="plain-list device-users" id="device-users">
                {move || {
                    let list = users();
                    let last = list.len() <= 1;
                    list.into_iter()
                        .map(|user: DeviceOwner| {
                            let name = user.display_name.clone();
                            let label = i18n.t_args("partner-device-remove-user", &[("name", name.clone())]);
                            let id = user.user_id.clone();
                            view! {
                                <li data-user=user.user_id.clone()>
                                    <A href=format!("/orgs/{}/users/{}", org_id, user.user_id)>{user.display_name}</A>
                                    <span class="muted">" · " {user.email}</span>
                                    {can_manage
                                        .then(|| {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="button secondary small"
                                                    aria-label=label
                                                    disabled=move || busy.get() || last
                                                    title=move || last.then(|| i18n.t("partner-device-last-user"))
                                                    on:click=move |_| change(Vec::new(), vec![id.clone()], name.clone(), false)
                                                >
                                                    {tr("partner-device-remove")}
                                                </button>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            {can_manage
                .then(|| {
                    view! {
                        <label class="search field">
                            <span class="label-text">{tr("partner-device-add-user")}</span>
                            <input
                                type="search"
                                id="device-add-user-search"
                                autocomplete="off"
                                prop:value=move || search.get()
                                on:input=move |ev| search.set(event_target_value(&ev))
                            />
                        </label>
                        <Transition>
                            {move || Suspend::new(async move {
                                let current: Vec<String> = users().into_iter().map(|u| u.user_id).collect();
                                match candidates.await {
                                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                                    Ok(found) => view! {
                                        <ul class="plain-list" id="device-user-candidates">
                                            {found
                                                .into_iter()
                                                .filter(|u| !current.contains(&u.id))
                                                .map(|u| {
                                                    let name = u.display_name.clone();
                                                    let label = i18n.t_args("partner-device-add-this-user", &[("name", name.clone())]);
                                                    let id = u.id.clone();
                                                    view! {
                                                        <li>
                                                            {u.display_name}
                                                            <span class="muted">" · " {u.email}</span>
                                                            <button
                                                                type="button"
                                                                class="button secondary small"
                                                                aria-label=label
                                                                disabled=move || busy.get()
                                                                on:click=move |_| change(vec![id.clone()], Vec::new(), name.clone(), true)
                                                            >
                                                                {tr("partner-device-add")}
                                                            </button>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                    .into_any(),
                                }
                            })}
                        </Transition>
                    }
                })}
            <p class="status-line" role="status">{move || done.get()}</p>
            {move || server_error.get().map(|error| view! { <ErrorNotice error /> })}
        </section>
    }
}
