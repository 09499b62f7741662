//! Control Hub → Devices → one device: model, owner, number, status (GO-14)
//! and the current code's expiry (GO-5); for writers *Generate new
//! activation code* (GO-10, only while activation is pending), *Lost/Stolen*
//! (GO-12) and *Delete* (GO-13).
use domain::webex_go::LineStatus;
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{components::A, hooks::use_params_map};

use crate::{
    api::{self, ActivationDetails, ApiError, DeviceDetails, DeviceKind, DeviceRef},
    components::{
        activation_panel::ActivationPanel,
        confirm::{Confirm, ConfirmDelete},
        error_notice::ErrorNotice,
        line_status::LineStatusBadge,
    },
    i18n::{I18n, tr, use_i18n},
    pages::partner_device::PartnerDeviceView,
    platform,
};

#[component]
pub fn DevicePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let device_ref = Memo::new(move |_| DeviceRef {
        org_id: params.read().get("org").unwrap_or_default(),
        device_id: params.read().get("device").unwrap_or_default(),
    });
    let device = LocalResource::new(move || api::get_device(device_ref.get()));

    view! {
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match device.await {
                    Ok(details) => {
                        platform::set_title(&details.row.model_name);
                        let device_ref = device_ref.get_untracked();
                        match details.row.kind {
                            DeviceKind::WebexGo => {
                                view! { <DeviceView details device_ref i18n /> }.into_any()
                            }
                            DeviceKind::PartnerManaged => {
                                view! { <PartnerDeviceView details device_ref i18n /> }.into_any()
                            }
                        }
                    }
                    Err(error) => {
                        platform::set_title(&i18n.code(error.code));
                        view! {
                            <h1>{tr("device-title")}</h1>
                            <ErrorNotice error />
                        }
                        .into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// What the admin did last, for the notice above the new details.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Issued {
    NewCode,
    LostStolen,
}

#[component]
fn DeviceView(details: DeviceDetails, device_ref: DeviceRef, i18n: I18n) -> impl IntoView {
    let details = RwSignal::new(details);
    let device_ref = StoredValue::new(device_ref);
    let activation = RwSignal::new(None::<(Issued, ActivationDetails)>);
    let busy = RwSignal::new(false);
    let action_error = RwSignal::new(None::<ApiError>);
    let lost_open = RwSignal::new(false);
    let delete_open = RwSignal::new(false);
    let can_write = details.with_untracked(|d| d.can_write);
    let org = device_ref.with_value(|r| r.org_id.clone());
    let row = move || details.with(|d| d.row.clone());
    let status = move || details.with(|d| d.row.status);
    let owner_name = move || {
        details.with(|d| {
            d.row
                .owner
                .as_ref()
                .map(|o| o.display_name.clone())
                .unwrap_or_default()
        })
    };
    let created = details.with_untracked(|d| d.row.created_at_ms);

    // Reads the device again after a change (status, code expiry).
    let refresh = move || {
        spawn_local(async move {
            if let Ok(fresh) = api::get_device(device_ref.get_value()).await {
                details.set(fresh);
            }
        });
    };
    let regenerate = move |_| {
        busy.set(true);
        action_error.set(None);
        spawn_local(async move {
            match api::regenerate_activation_code(device_ref.get_value()).await {
                Ok(issued) => {
                    activation.set(Some((Issued::NewCode, issued)));
                    refresh();
                }
                Err(error) => action_error.set(Some(error)),
            }
            busy.set(false);
        });
    };

    let devices_href = format!("/orgs/{org}/devices");
    view! {
        <div class="page-head">
            <p class="eyebrow">
                <A href=devices_href>{tr("devices-title")}</A>
            </p>
            <h1>{move || row().model_name}</h1>
            <p class="muted">{owner_name}</p>
        </div>
        {(!can_write)
            .then(|| {
                view! {
                    <p class="notice info" role="note" id="read-only-note">
                        <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                        {tr("overview-read-only")}
                    </p>
                }
            })}
        {move || {
            activation
                .get()
                .map(|(what, issued)| {
                    let key = match what {
                        Issued::NewCode => "device-new-code",
                        Issued::LostStolen => "device-lost-done",
                    };
                    view! {
                        <p class="notice success no-print" role="status" id="device-issued">
                            <span class="notice-icon" aria-hidden="true">"✓"</span>
                            {move || i18n.t(key)}
                        </p>
                        <ActivationPanel
                            details=issued
                            org_id=device_ref.with_value(|r| r.org_id.clone())
                            owner_name=owner_name()
                        />
                    }
                })
        }}
        <section class="card" aria-labelledby="device-facts">
            <h2 id="device-facts">{tr("device-details")}</h2>
            <dl class="facts">
                <dt>{tr("device-model")}</dt>
                <dd>{move || row().model_name}</dd>
                <dt>{tr("devices-col-owner")}</dt>
                <dd id="device-owner">
                    {move || {
                        row()
                            .owner
                            .map(|o| {
                                view! {
                                    <A href=format!("/orgs/{}/users/{}", row().org_id, o.user_id)>
                                        {o.display_name}
                                    </A>
                                }
                                .into_any()
                            })
                            .unwrap_or_else(|| "—".into_any())
                    }}
                </dd>
                <dt>{tr("devices-col-number")}</dt>
                <dd class="mono" id="device-number">{move || row().phone_number.unwrap_or_else(|| "—".into())}</dd>
                <dt>{tr("devices-col-status")}</dt>
                <dd id="device-status">{move || view! { <LineStatusBadge status=status() /> }}</dd>
                <dt>{tr("device-subscription")}</dt>
                <dd class="mono">{move || row().subscription_id.unwrap_or_else(|| "—".into())}</dd>
                <dt>{tr("devices-col-added")}</dt>
                <dd>{move || platform::format_date(created, i18n.language.get())}</dd>
                <dt>{tr("device-code-expires")}</dt>
                <dd id="device-code-expires">
                    {move || {
                        details
                            .with(|d| d.code_expires_at_ms)
                            .map_or_else(
                                || i18n.t("device-no-code"),
                                |ms| platform::format_date(ms, i18n.language.get()),
                            )
                    }}
                </dd>
            </dl>
        </section>
        {can_write
            .then(|| {
                view! {
                    <section class="card no-print" aria-labelledby="device-actions">
                        <h2 id="device-actions">{tr("device-actions")}</h2>
                        <div class="device-actions-list">
                        <div class="device-action">
                            <button
                                type="button"
                                class="button secondary"
                                id="device-regenerate"
                                aria-describedby="device-regenerate-hint"
                                disabled=move || busy.get() || status() != LineStatus::ActivationPending
                                on:click=regenerate
                            >
                                {tr("device-regenerate")}
                            </button>
                            <p class="hint" id="device-regenerate-hint">
                                {move || {
                                    if status() == LineStatus::ActivationPending {
                                        i18n.t("device-regenerate-hint")
                                    } else {
                                        i18n.t("device-regenerate-unavailable")
                                    }
                                }}
                            </p>
                        </div>
                        <div class="device-action">
                            <button
                                type="button"
                                class="button secondary"
                                id="device-lost-stolen"
                                aria-describedby="device-lost-hint"
                                disabled=move || busy.get()
                                on:click=move |_| lost_open.set(true)
                            >
                                {tr("device-lost-stolen")}
                            </button>
                            <p class="hint" id="device-lost-hint">{tr("device-lost-hint")}</p>
                        </div>
                        <div class="device-action">
                            <button
                                type="button"
                                class="button danger"
                                id="device-delete"
                                aria-describedby="device-delete-hint"
                                disabled=move || busy.get()
                                on:click=move |_| delete_open.set(true)
                            >
                                {tr("button-delete")}
                            </button>
                            <p class="hint" id="device-delete-hint">{tr("device-delete-hint")}</p>
                        </div>
                        </div>
                        {move || action_error.get().map(|error| view! { <ErrorNotice error /> })}
                    </section>
                    <LostStolenDialog open=lost_open device_ref activation on_done=Callback::new(move |()| refresh()) />
                    <DeleteDeviceDialog
                        open=delete_open
                        device_ref
                        title="device-delete-title"
                        body="device-delete-body"
                    />
                }
            })}
    }
}

/// GO-12: asks before disabling the line on the lost phone.
#[component]
fn LostStolenDialog(
    open: RwSignal<bool>,
    device_ref: StoredValue<DeviceRef>,
    activation: RwSignal<Option<(Issued, ActivationDetails)>>,
    on_done: Callback<()>,
) -> impl IntoView {
    view! {
        <Confirm
            open
            id="lost-stolen-title"
            title="device-lost-title"
            body="device-lost-body"
            confirm="device-lost-confirm"
            danger=true
            action=move || async move {
                let issued = api::report_lost_stolen(device_ref.get_value()).await?;
                activation.set(Some((Issued::LostStolen, issued)));
                on_done.run(());
                Ok(())
            }
        />
    }
}

/// GO-13: asks before deleting; the license returns to the pool. `title`
/// and `body` are message keys: what deleting means depends on the device.
#[component]
pub fn DeleteDeviceDialog(
    open: RwSignal<bool>,
    device_ref: StoredValue<DeviceRef>,
    title: &'static str,
    body: &'static str,
) -> impl IntoView {
    view! {
        <ConfirmDelete
            open
            id="delete-device-title"
            title
            body
            confirm="button-delete"
            action=move || async move {
                let device = device_ref.get_value();
                let done = format!("/orgs/{}/devices?deleted=1", device.org_id);
                api::delete_device(device).await.map(|()| done)
            }
        />
    }
}
