//! Devices → Add device → a user → *Cisco phone, ATA, or 3rd party device*
//! → *Partner Managed Devices* (PMD-4): the device type from the approved
//! catalog (PMD-2), its MAC address, and the SIP-credential disclaimer
//! (PMD-1) before Save; then the credentials, shown once.
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{components::A, hooks::use_params_map};

use crate::{
    api::{self, AddPartnerDeviceInput, AddedPartnerDevice, ApiError, DeviceModelRow, UserRef},
    components::{
        error_notice::ErrorNotice,
        focus::focus_later,
        partner_device_fields::{DeviceDraft, PartnerDeviceFields},
        sip_credentials::SipCredentialsPanel,
    },
    i18n::{tr, use_i18n},
    platform,
};

/// What the page needs before it can show the form.
#[derive(Clone)]
struct Loaded {
    user_name: String,
    entitled: bool,
    models: Vec<DeviceModelRow>,
}

#[component]
pub fn AddPartnerDevicePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let user_ref = Memo::new(move |_| UserRef {
        org_id: params.read().get("org").unwrap_or_default(),
        user_id: params.read().get("user").unwrap_or_default(),
    });
    let loaded = LocalResource::new(move || {
        let user_ref = user_ref.get();
        async move {
            let user = api::get_user(user_ref.clone()).await?;
            let management = api::get_device_management(user_ref.org_id).await?;
            let catalog = api::get_device_catalog().await?;
            Ok::<_, ApiError>(Loaded {
                user_name: user.row.display_name,
                entitled: management.entitled,
                models: catalog.models.into_iter().filter(|m| m.approved).collect(),
            })
        }
    });
    Effect::new(move |_| platform::set_title(&i18n.t("partner-device-title")));

    view! {
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                let user_ref = user_ref.get_untracked();
                let devices_href = format!("/orgs/{}/devices", user_ref.org_id);
                match loaded.await {
                    Ok(loaded) => {
                        let name = loaded.user_name.clone();
                        view! {
                            <div class="page-head">
                                <p class="eyebrow">
                                    <A href=devices_href>{tr("devices-title")}</A>
                                </p>
                                <h1>{tr("partner-device-title")}</h1>
                                <p class="muted">
                                    {move || i18n.t_args("partner-device-for", &[("name", name.clone())])}
                                </p>
                            </div>
                            {if loaded.entitled {
                                view! { <PartnerDeviceForm user_ref loaded /> }.into_any()
                            } else {
                                view! { <NotEntitledNotice /> }.into_any()
                            }}
                        }
                        .into_any()
                    }
                    Err(error) => view! {
                        <h1>{tr("partner-device-title")}</h1>
                        <ErrorNotice error />
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// PMD-3: without the org's Device Management integration nothing is
/// offered.
#[component]
pub fn NotEntitledNotice() -> impl IntoView {
    view! {
        <p class="notice info" role="note" id="device-management-off">
            <span class="notice-icon" aria-hidden="true">"ℹ"</span>
            {tr("partner-device-not-entitled")}
        </p>
    }
}

#[component]
fn PartnerDeviceForm(user_ref: UserRef, loaded: Loaded) -> impl IntoView {
    let i18n = use_i18n();
    let draft = DeviceDraft::default();
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    let added = RwSignal::new(None::<AddedPartnerDevice>);
    let user_ref = StoredValue::new(user_ref);
    // Errors of no field this form shows are said above the button.
    let general_error = move || {
        server_error.get().filter(|e| {
            !e.findings.iter().any(|f| {
                matches!(
                    f.field.as_str(),
                    "mac" | "model" | "disclaimer_acknowledged"
                )
            })
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
        let input = user_ref.with_value(|u| AddPartnerDeviceInput {
            org_id: u.org_id.clone(),
            user_ids: vec![u.user_id.clone()],
            device: draft.input(),
        });
        busy.set(true);
        spawn_local(async move {
            match api::add_partner_device(input).await {
                Ok(result) => {
                    added.set(Some(result));
                    focus_later("#partner-device-added");
                }
                Err(error) => {
                    server_error.set(Some(error));
                    platform::focus_first_invalid();
                }
            }
            busy.set(false);
        });
    };
    let models = loaded.models.clone();
    let form = move || {
        view! {
            <form class="card" novalidate on:submit=submit aria-labelledby="partner-device-form-title">
                <h2 id="partner-device-form-title">{tr("partner-device-details")}</h2>
                <fieldset class="choices">
                    <legend>{tr("partner-device-management")}</legend>
                    <label>
                        <input type="radio" name="partner-device-management" checked disabled=move || busy.get() />
                        {tr("partner-device-managed")}
                    </label>
                    <p class="hint">{tr("partner-device-managed-hint")}</p>
                </fieldset>
                <PartnerDeviceFields models=models.clone() draft submitted server_error disabled=busy />
                {move || general_error().map(|error| view! { <ErrorNotice error /> })}
                <div class="form-actions">
                    <A
                        href=user_ref.with_value(|u| format!("/orgs/{}/devices/new", u.org_id))
                        attr:class="button secondary"
                    >
                        {tr("cancel")}
                    </A>
                    <button
                        type="submit"
                        class="button primary"
                        id="partner-device-save"
                        aria-describedby="partner-device-save-hint"
                        disabled=move || busy.get() || !draft.disclaimer.get()
                    >
                        {move || if busy.get() { i18n.t("partner-device-saving") } else { i18n.t("partner-device-save") }}
                    </button>
                </div>
                <p class="hint" id="partner-device-save-hint">
                    {move || (!draft.disclaimer.get()).then(|| i18n.t("partner-device-save-hint"))}
                </p>
            </form>
        }
        .into_any()
    };

    move || match added.get() {
        None => form(),
        Some(result) => {
            let org = user_ref.with_value(|u| u.org_id.clone());
            let device_href = format!("/orgs/{org}/devices/{}", result.device.id);
            let name = loaded.user_name.clone();
            view! {
                <p class="notice success" role="status" id="partner-device-added" tabindex="-1">
                    <span class="notice-icon" aria-hidden="true">"✓"</span>
                    {move || i18n.t_args("partner-device-added", &[("name", name.clone())])}
                </p>
                <SipCredentialsPanel credentials=result.credentials />
                <div class="button-row">
                    <A href=device_href attr:class="button primary">{tr("webex-go-open-device")}</A>
                    <A href=format!("/orgs/{org}/devices") attr:class="button secondary">
                        {tr("partner-device-back-to-devices")}
                    </A>
                </div>
            }
            .into_any()
        }
    }
}
