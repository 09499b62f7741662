//! Workspaces → *Add workspace* (PMD-6): three steps, each checked in the
//! browser with the server's own `domain` rules before the next one shows.
//! 1. The workspace: its name (PMD-7, judged as it is typed), room type and
//!    capacity.
//! 2. Its first device: an approved device type, the MAC address and the
//!    SIP-credential disclaimer (PMD-1; Next stays disabled until ticked).
//! 3. Calling: the workspace license (and its subscription, picked only
//!    when several have it), the location, one of that location's free
//!    numbers and an optional extension.
//!
//! Then the SIP credentials, shown once (PMD-9). Without the Device
//! Management integration (PMD-3) the page says so and offers nothing.
use domain::{Capacity, Code, Extension, RoomType, WorkspaceLicense, WorkspaceName};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{components::A, hooks::use_params_map};

use crate::{
    api::{
        self, ApiError, CreateWorkspaceInput, CreatedWorkspace, FreeNumbersQuery, WorkspaceOptions,
    },
    components::{
        error_notice::ErrorNotice,
        field::FieldError,
        focus::focus_later,
        partner_device_fields::{DeviceDraft, PartnerDeviceFields, server_finding},
        sip_credentials::SipCredentialsPanel,
        steps::StepIndicator,
        subscription_option::SubscriptionOption,
    },
    i18n::{tr, use_i18n},
    pages::workspaces::{license_key, room_type_key},
    platform,
};

const STEPS: &[&str] = &[
    "add-workspace-step-workspace",
    "add-workspace-step-device",
    "add-workspace-step-calling",
];

/// The fields of each step, as the server names them in its findings: a
/// refusal takes the admin back to the first step with a problem.
const STEP_FIELDS: [&[&str]; 3] = [
    &["name", "room_type", "capacity"],
    &["model", "mac", "disclaimer_acknowledged"],
    &[
        "license",
        "subscription_id",
        "location_id",
        "phone_number",
        "extension",
    ],
];

#[component]
pub fn AddWorkspacePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    let options = LocalResource::new(move || api::get_workspace_options(org_id.get()));
    Effect::new(move |_| platform::set_title(&i18n.t("add-workspace-title")));

    view! {
        <div class="page-head">
            <p class="eyebrow">
                <A href=move || format!("/orgs/{}/workspaces", org_id.get())>{tr("workspaces-title")}</A>
            </p>
            <h1>{tr("add-workspace-title")}</h1>
        </div>
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match options.await {
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    Ok(options) if !options.device_management => view! {
                        <p class="notice info" role="note" id="add-workspace-not-entitled" data-code="device_management_not_entitled">
                            <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                            {move || i18n.code(Code::DeviceManagementNotEntitled)}
                        </p>
                    }
                    .into_any(),
                    Ok(options) => view! { <AddWorkspaceWizard options /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn AddWorkspaceWizard(options: WorkspaceOptions) -> impl IntoView {
    let i18n = use_i18n();
    let options = StoredValue::new(options);
    let step = RwSignal::new(0usize);
    // Step 1.
    let name = RwSignal::new(String::new());
    let room_type = RwSignal::new(String::new());
    let capacity = RwSignal::new(String::new());
    // Step 2.
    let draft = DeviceDraft::default();
    // Step 3.
    let license = RwSignal::new(String::new());
    let subscription = RwSignal::new(String::new());
    let location = RwSignal::new(String::new());
    let number = RwSignal::new(String::new());
    let extension = RwSignal::new(String::new());
    // Which steps the admin tried to leave: their errors show from then on.
    let tried = RwSignal::new([false; 3]);
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    let created = RwSignal::new(None::<CreatedWorkspace>);

    let tried_step = move |n: usize| Signal::derive(move || tried.with(|t| t[n]));
    let shown = move |field: &'static str, n: usize, local: Option<Code>| {
        tried
            .with(|t| t[n])
            .then_some(local)
            .flatten()
            .or_else(|| server_finding(server_error, field))
    };
    // PMD-7: the name is judged as it is typed, with the server's rule.
    let name_check = move || WorkspaceName::parse(&name.get()).err().map(|e| e.code());
    let name_error = Signal::derive(move || {
        let typed = name.with(|n| !n.is_empty());
        let local = name_check().filter(|_| typed || tried.with(|t| t[0]));
        local.or_else(|| server_finding(server_error, "name"))
    });
    let room_error =
        Signal::derive(move || shown("room_type", 0, RoomType::parse(&room_type.get()).err()));
    let capacity_error =
        Signal::derive(move || shown("capacity", 0, Capacity::parse(&capacity.get()).err()));
    let step_one_ok = move || {
        name_check().is_none()
            && RoomType::parse(&room_type.get_untracked()).is_ok()
            && Capacity::parse(&capacity.get_untracked()).is_ok()
    };

    // Step 3: the subscriptions with the chosen license; a picker only
    // when there are several.
    let chosen_license = Memo::new(move |_| WorkspaceLicense::parse(&license.get()).ok());
    let subscriptions = Memo::new(move |_| {
        let wanted = chosen_license.get();
        options.with_value(|o| {
            o.subscriptions
                .iter()
                .filter(|s| Some(s.license) == wanted)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let pick_subscription = Memo::new(move |_| subscriptions.with(|s| s.len() > 1));
    // Only the chosen location's free numbers are offered.
    let free_numbers = LocalResource::new(move || {
        let query = FreeNumbersQuery {
            org_id: options.with_value(|o| o.org_id.clone()),
            location_id: location.get(),
        };
        async move {
            if query.location_id.is_empty() {
                return Ok(Vec::new());
            }
            api::list_workspace_free_numbers(query).await
        }
    });
    Effect::new(move |_| {
        location.track();
        number.set(String::new());
    });
    Effect::new(move |_| {
        license.track();
        subscription.set(String::new());
    });
    let license_error = Signal::derive(move || {
        let local = chosen_license
            .get()
            .is_none()
            .then_some(Code::WorkspaceLicenseUnknown);
        shown("license", 2, local)
    });
    let subscription_error = Signal::derive(move || {
        let local = (pick_subscription.get() && subscription.with(String::is_empty))
            .then_some(Code::BadRequest);
        shown("subscription_id", 2, local)
    });
    let location_error = Signal::derive(move || {
        shown(
            "location_id",
            2,
            location
                .with(String::is_empty)
                .then_some(Code::LocationMissing),
        )
    });
    let number_error = Signal::derive(move || {
        shown(
            "phone_number",
            2,
            number
                .with(String::is_empty)
                .then_some(Code::PhoneNumberMissing),
        )
    });
    let extension_check = move || {
        let typed = extension.get();
        if typed.trim().is_empty() {
            None
        } else {
            Extension::parse(typed.trim()).err().map(|e| e.code())
        }
    };
    let extension_error = Signal::derive(move || {
        let typed = extension.with(|e| !e.trim().is_empty());
        extension_check()
            .filter(|_| typed)
            .or_else(|| server_finding(server_error, "extension"))
    });
    let step_three_ok = move || {
        license_error.get_untracked().is_none()
            && subscription_error.get_untracked().is_none()
            && location_error.get_untracked().is_none()
            && number_error.get_untracked().is_none()
            && extension_check().is_none()
    };
    let general_error = move || {
        server_error.get().filter(|e| {
            !e.findings.iter().any(|f| {
                STEP_FIELDS
                    .iter()
                    .any(|fields| fields.contains(&f.field.as_str()))
            })
        })
    };

    let go = move |to: usize| {
        step.set(to);
        focus_later("#add-workspace-step-title");
    };
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let current = step.get_untracked();
        tried.update(|t| t[current] = true);
        let ok = match current {
            0 => step_one_ok(),
            1 => draft.is_complete(),
            _ => step_three_ok(),
        };
        if !ok || busy.get_untracked() {
            platform::focus_first_invalid();
            return;
        }
        if current < 2 {
            go(current + 1);
            return;
        }
        server_error.set(None);
        let input = options.with_value(|o| CreateWorkspaceInput {
            org_id: o.org_id.clone(),
            name: name.get_untracked().trim().to_owned(),
            room_type: room_type.get_untracked(),
            capacity: capacity.get_untracked().trim().to_owned(),
            device: draft.input(),
            license: license.get_untracked(),
            subscription_id: pick_subscription
                .get_untracked()
                .then(|| subscription.get_untracked()),
            location_id: location.get_untracked(),
            phone_number: number.get_untracked(),
            extension: Some(extension.get_untracked().trim().to_owned()).filter(|e| !e.is_empty()),
        });
        busy.set(true);
        spawn_local(async move {
            match api::create_workspace(input).await {
                Ok(result) => {
                    created.set(Some(result));
                    focus_later("#workspace-created");
                }
                Err(error) => {
                    let back = STEP_FIELDS.iter().position(|fields| {
                        error
                            .findings
                            .iter()
                            .any(|f| fields.contains(&f.field.as_str()))
                    });
                    server_error.set(Some(error));
                    if let Some(back) = back.filter(|b| *b < 2) {
                        step.set(back);
                    }
                    platform::focus_first_invalid();
                }
            }
            busy.set(false);
        });
    };

    let step_one = move || {
        view! {
            <div class="field">
                <label for="workspace-name">
                    {tr("workspace-name")}
                    <span class="required" aria-hidden="true">" *"</span>
                </label>
                <p class="hint" id="workspace-name-hint">{tr("workspace-name-hint")}</p>
                <input
                    id="workspace-name"
                    autocomplete="off"
                    aria-required="true"
                    aria-invalid=move || name_error.get().is_some().to_string()
                    aria-describedby=move || {
                        if name_error.get().is_some() { "workspace-name-hint workspace-name-error" } else { "workspace-name-hint" }
                    }
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <FieldError id="workspace-name-error" code=name_error />
            </div>
            <div class="row-grid">
                <div class="field">
                    <label for="workspace-room-type">
                        {tr("workspace-room-type")}
                        <span class="required" aria-hidden="true">" *"</span>
                    </label>
                    <select
                        id="workspace-room-type"
                        aria-required="true"
                        aria-invalid=move || room_error.get().is_some().to_string()
                        aria-describedby=move || room_error.get().map(|_| "workspace-room-type-error")
                        prop:value=move || room_type.get()
                        on:change=move |ev| room_type.set(event_target_value(&ev))
                    >
                        <option value="">{tr("workspace-room-type-choose")}</option>
                        {options
                            .with_value(|o| o.room_types.clone())
                            .into_iter()
                            .map(|r| view! { <option value=r.as_str()>{tr(room_type_key(r))}</option> })
                            .collect_view()}
                    </select>
                    <FieldError id="workspace-room-type-error" code=room_error />
                </div>
                <div class="field">
                    <label for="workspace-capacity">
                        {tr("workspace-capacity")}
                        <span class="required" aria-hidden="true">" *"</span>
                    </label>
                    <input
                        id="workspace-capacity"
                        inputmode="numeric"
                        autocomplete="off"
                        aria-required="true"
                        aria-invalid=move || capacity_error.get().is_some().to_string()
                        aria-describedby=move || capacity_error.get().map(|_| "workspace-capacity-error")
                        prop:value=move || capacity.get()
                        on:input=move |ev| capacity.set(event_target_value(&ev))
                    />
                    <FieldError id="workspace-capacity-error" code=capacity_error />
                </div>
            </div>
        }
        .into_any()
    };

    let step_two = move || {
        let models = options.with_value(|o| o.models.clone());
        if models.is_empty() {
            return view! {
                <p class="notice info" role="note" id="add-workspace-no-models">
                    <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                    {tr("add-workspace-no-models")}
                </p>
            }
            .into_any();
        }
        view! { <PartnerDeviceFields models draft submitted=tried_step(1) server_error /> }
            .into_any()
    };

    let step_three = move || {
        let locations = options.with_value(|o| o.locations.clone());
        view! {
            <fieldset
                class="choices"
                aria-describedby=move || license_error.get().map(|_| "workspace-license-error")
            >
                <legend>{tr("workspace-license")}</legend>
                {WorkspaceLicense::ALL
                    .into_iter()
                    .map(|l| {
                        let available: i64 = options.with_value(|o| {
                            o.subscriptions
                                .iter()
                                .filter(|s| s.license == l)
                                .map(|s| (s.quantity - s.used).max(0))
                                .sum()
                        });
                        let hint = move || {
                            i18n.t_args(
                                "add-workspace-license-option",
                                &[
                                    ("license", i18n.t(license_key(l))),
                                    ("limit", l.device_limit().to_string()),
                                    ("available", platform::format_number(available, i18n.language.get())),
                                ],
                            )
                        };
                        view! {
                            <label>
                                <input
                                    type="radio"
                                    name="workspace-license"
                                    value=l.as_str()
                                    disabled={available == 0}
                                    aria-invalid=move || license_error.get().is_some().to_string()
                                    prop:checked=move || license.with(|v| v == l.as_str())
                                    on:change=move |_| license.set(l.as_str().to_owned())
                                />
                                <span>{hint}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <FieldError id="workspace-license-error" code=license_error />
            <Show when=move || pick_subscription.get()>
                <div class="field">
                    <label for="workspace-subscription">
                        {tr("workspace-subscription")}
                        <span class="required" aria-hidden="true">" *"</span>
                    </label>
                    <select
                        id="workspace-subscription"
                        aria-required="true"
                        aria-invalid=move || subscription_error.get().is_some().to_string()
                        aria-describedby=move || subscription_error.get().map(|_| "workspace-subscription-error")
                        prop:value=move || subscription.get()
                        on:change=move |ev| subscription.set(event_target_value(&ev))
                    >
                        <option value="">{tr("webex-go-subscription-choose")}</option>
                        {move || {
                            subscriptions
                                .get()
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <SubscriptionOption
                                            id=s.subscription_id
                                            available=s.quantity - s.used
                                            quantity=s.quantity
                                        />
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                    <FieldError
                        id="workspace-subscription-error"
                        code=subscription_error
                        texts=&[(Code::BadRequest, "add-workspace-subscription-required")]
                    />
                </div>
            </Show>
            <div class="row-grid">
                <div class="field">
                    <label for="workspace-location">
                        {tr("workspace-location")}
                        <span class="required" aria-hidden="true">" *"</span>
                    </label>
                    <select
                        id="workspace-location"
                        aria-required="true"
                        aria-invalid=move || location_error.get().is_some().to_string()
                        aria-describedby=move || location_error.get().map(|_| "workspace-location-error")
                        prop:value=move || location.get()
                        on:change=move |ev| location.set(event_target_value(&ev))
                    >
                        <option value="">{tr("add-workspace-location-choose")}</option>
                        {locations
                            .into_iter()
                            .map(|l| {
                                let (name, free) = (l.name.clone(), l.free_numbers);
                                let text = move || {
                                    i18n.t_args(
                                        "add-workspace-location-option",
                                        &[("name", name.clone()), ("free", free.to_string())],
                                    )
                                };
                                view! { <option value=l.id disabled={free == 0}>{text}</option> }
                            })
                            .collect_view()}
                    </select>
                    <FieldError
                        id="workspace-location-error"
                        code=location_error
                        texts=&[(Code::LocationMissing, "add-workspace-location-required")]
                    />
                </div>
                <div class="field">
                    <label for="workspace-number">
                        {tr("workspace-number")}
                        <span class="required" aria-hidden="true">" *"</span>
                    </label>
                    <select
                        id="workspace-number"
                        aria-required="true"
                        aria-invalid=move || number_error.get().is_some().to_string()
                        aria-describedby=move || number_error.get().map(|_| "workspace-number-error")
                        prop:value=move || number.get()
                        on:change=move |ev| number.set(event_target_value(&ev))
                        disabled=move || location.with(String::is_empty)
                    >
                        <option value="">{tr("add-workspace-number-choose")}</option>
                        {move || {
                            free_numbers
                                .get()
                                .and_then(Result::ok)
                                .unwrap_or_default()
                                .into_iter()
                                .map(|n| {
                                    let value = n.clone();
                                    view! { <option value=value>{n}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                    <FieldError
                        id="workspace-number-error"
                        code=number_error
                        texts=&[(Code::PhoneNumberMissing, "add-workspace-number-required")]
                    />
                </div>
                <div class="field">
                    <label for="workspace-extension">{tr("workspace-extension")}</label>
                    <input
                        id="workspace-extension"
                        inputmode="numeric"
                        autocomplete="off"
                        aria-invalid=move || extension_error.get().is_some().to_string()
                        aria-describedby=move || extension_error.get().map(|_| "workspace-extension-error")
                        prop:value=move || extension.get()
                        on:input=move |ev| extension.set(event_target_value(&ev))
                    />
                    <FieldError id="workspace-extension-error" code=extension_error />
                </div>
            </div>
        }
        .into_any()
    };

    let form = move || {
        let current = step.get();
        let body = match current {
            0 => step_one(),
            1 => step_two(),
            _ => step_three(),
        };
        let next_label = move || {
            if current < 2 {
                i18n.t("add-device-next")
            } else if busy.get() {
                i18n.t("add-workspace-saving")
            } else {
                i18n.t("button-save")
            }
        };
        // PMD-1: no going on from the device step before the disclaimer is
        // ticked.
        let blocked = move || busy.get() || (current == 1 && !draft.disclaimer.get());
        view! {
            <StepIndicator steps=STEPS.to_vec() current=step.into() />
            <form class="card add-workspace" novalidate on:submit=next aria-labelledby="add-workspace-step-title">
                <h2 id="add-workspace-step-title" tabindex="-1">{tr(STEPS[current])}</h2>
                {body}
                {move || general_error().map(|error| view! { <ErrorNotice error id="add-workspace-error" /> })}
                <div class="form-actions">
                    {if current == 0 {
                        view! {
                            <A
                                href=options.with_value(|o| format!("/orgs/{}/workspaces", o.org_id))
                                attr:class="button secondary"
                            >
                                {tr("cancel")}
                            </A>
                        }
                        .into_any()
                    } else {
                        view! {
                            <button type="button" class="button secondary" on:click=move |_| go(current - 1)>
                                {tr("add-device-back")}
                            </button>
                        }
                        .into_any()
                    }}
                    <button type="submit" class="button primary" id="add-workspace-next" disabled=blocked>
                        {next_label}
                    </button>
                </div>
            </form>
        }
        .into_any()
    };

    move || match created.get() {
        None => form(),
        Some(result) => {
            let org = options.with_value(|o| o.org_id.clone());
            let name = result.workspace.name.clone();
            view! {
                <p class="notice success" role="status" id="workspace-created" tabindex="-1">
                    <span class="notice-icon" aria-hidden="true">"✓"</span>
                    {move || i18n.t_args("add-workspace-created", &[("name", name.clone())])}
                </p>
                <SipCredentialsPanel credentials=result.credentials />
                <div class="button-row">
                    <A href=format!("/orgs/{org}/workspaces/{}", result.workspace.id) attr:class="button primary">
                        {tr("add-workspace-open")}
                    </A>
                    <A href=format!("/orgs/{org}/workspaces") attr:class="button secondary">
                        {tr("workspaces-title")}
                    </A>
                </div>
            }
            .into_any()
        }
    }
}
