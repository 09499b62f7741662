//! The fields of a new partner-managed device (PMD-1, PMD-2, PMD-4): the
//! device type from the approved catalog, the MAC address checked as it is
//! typed with the server's own rule (`domain::MacAddress`), and the
//! SIP-credential disclaimer, which must be ticked before anything is
//! saved. Used wherever a device is added: a new workspace, a workspace,
//! a user.
use domain::{Code, MacAddress};
use leptos::prelude::*;

use crate::{
    api::{ApiError, DeviceModelRow, NewDeviceInput},
    components::field::FieldError,
    i18n::{tr, use_i18n},
};

/// What the admin typed for one new device.
#[derive(Debug, Clone, Copy)]
pub struct DeviceDraft {
    pub model: RwSignal<String>,
    pub mac: RwSignal<String>,
    pub disclaimer: RwSignal<bool>,
}

impl Default for DeviceDraft {
    fn default() -> Self {
        Self {
            model: RwSignal::new(String::new()),
            mac: RwSignal::new(String::new()),
            disclaimer: RwSignal::new(false),
        }
    }
}

impl DeviceDraft {
    /// `model_unknown` until a device type is chosen.
    pub fn model_error(&self) -> Option<Code> {
        self.model
            .with(String::is_empty)
            .then_some(Code::ModelUnknown)
    }

    pub fn mac_error(&self) -> Option<Code> {
        self.mac
            .with(|mac| MacAddress::parse(mac).err().map(|e| e.code()))
    }

    /// Whether the fields may be posted (PMD-1: the disclaimer is ticked).
    pub fn is_complete(&self) -> bool {
        self.model_error().is_none() && self.mac_error().is_none() && self.disclaimer.get()
    }

    pub fn input(&self) -> NewDeviceInput {
        NewDeviceInput {
            model: self.model.get_untracked(),
            mac: self.mac.get_untracked().trim().to_owned(),
            disclaimer_acknowledged: self.disclaimer.get_untracked(),
        }
    }

    pub fn clear(&self) {
        self.model.set(String::new());
        self.mac.set(String::new());
        self.disclaimer.set(false);
    }
}

/// The code the server found for `field`, if it refused the input.
pub fn server_finding(error: RwSignal<Option<ApiError>>, field: &'static str) -> Option<Code> {
    error.with(|e| {
        e.as_ref()
            .and_then(|e| e.findings.iter().find(|f| f.field == field).map(|f| f.code))
    })
}

#[component]
pub fn PartnerDeviceFields(
    /// The approved device types to choose from.
    models: Vec<DeviceModelRow>,
    draft: DeviceDraft,
    /// Errors of untouched fields show once the admin tries to go on.
    #[prop(into)]
    submitted: Signal<bool>,
    server_error: RwSignal<Option<ApiError>>,
    /// While a save is under way.
    #[prop(into, default = Signal::stored(false))]
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let model_error = Signal::derive(move || {
        let local = submitted.get().then(|| draft.model_error()).flatten();
        local.or_else(|| server_finding(server_error, "model"))
    });
    // A MAC is judged as soon as something is typed.
    let mac_error = Signal::derive(move || {
        let typed = draft.mac.with(|m| !m.trim().is_empty());
        let local = (typed || submitted.get())
            .then(|| draft.mac_error())
            .flatten();
        local.or_else(|| server_finding(server_error, "mac"))
    });
    let disclaimer_error = Signal::derive(move || {
        server_finding(server_error, "disclaimer_acknowledged").filter(|_| !draft.disclaimer.get())
    });

    view! {
        <div class="field">
            <label for="device-model">
                {tr("pmd-device-type")}
                <span class="required" aria-hidden="true">" *"</span>
            </label>
            <select
                id="device-model"
                aria-required="true"
                aria-invalid=move || model_error.get().is_some().to_string()
                aria-describedby=move || model_error.get().map(|_| "device-model-error")
                prop:value=move || draft.model.get()
                on:change=move |ev| draft.model.set(event_target_value(&ev))
                disabled=move || disabled.get()
            >
                <option value="">{tr("pmd-device-type-choose")}</option>
                {models
                    .into_iter()
                    .map(|m| {
                        let kind = m.device_type;
                        let (vendor, model, firmware) = (m.vendor, m.model, m.min_firmware);
                        let text = move || {
                            i18n.t_args(
                                "pmd-device-type-option",
                                &[
                                    ("vendor", vendor.clone()),
                                    ("model", model.clone()),
                                    ("type", i18n.t(device_type_key(kind))),
                                    ("firmware", firmware.clone()),
                                ],
                            )
                        };
                        view! { <option value=m.id>{text}</option> }
                    })
                    .collect_view()}
            </select>
            <FieldError id="device-model-error" code=model_error texts=&[(Code::ModelUnknown, "add-device-type-required")] />
        </div>
        <div class="field">
            <label for="device-mac">
                {tr("pmd-mac")}
                <span class="required" aria-hidden="true">" *"</span>
            </label>
            <p class="hint" id="device-mac-hint">{tr("pmd-mac-hint")}</p>
            <input
                id="device-mac"
                class="mono"
                autocomplete="off"
                spellcheck="false"
                aria-required="true"
                aria-invalid=move || mac_error.get().is_some().to_string()
                aria-describedby=move || {
                    if mac_error.get().is_some() { "device-mac-hint device-mac-error" } else { "device-mac-hint" }
                }
                prop:value=move || draft.mac.get()
                on:input=move |ev| draft.mac.set(event_target_value(&ev))
                disabled=move || disabled.get()
            />
            <FieldError id="device-mac-error" code=mac_error />
            <p class="hint" id="device-mac-normalised">
                {move || {
                    draft
                        .mac
                        .with(|mac| MacAddress::parse(mac).ok())
                        .map(|mac| i18n.t_args("partner-device-mac-reads", &[("mac", mac.to_colon_form())]))
                }}
            </p>
        </div>
        <div class="field disclaimer">
            <label class="checkbox">
                <input
                    type="checkbox"
                    id="device-disclaimer"
                    aria-invalid=move || disclaimer_error.get().is_some().to_string()
                    aria-describedby=move || disclaimer_error.get().map(|_| "device-disclaimer-error")
                    prop:checked=move || draft.disclaimer.get()
                    on:change=move |ev| draft.disclaimer.set(event_target_checked(&ev))
                    disabled=move || disabled.get()
                />
                <span>{tr("pmd-disclaimer")}</span>
            </label>
            <FieldError id="device-disclaimer-error" code=disclaimer_error />
        </div>
    }
}

/// The translation key of a device type.
pub fn device_type_key(kind: domain::partner_devices::DeviceType) -> &'static str {
    match kind {
        domain::partner_devices::DeviceType::Phone => "pmd-type-phone",
        domain::partner_devices::DeviceType::Ata => "pmd-type-ata",
    }
}
