//! Partner Hub → Device types (PMD-2): the approved catalog of third-party
//! SIP devices, each with its minimum firmware. Only approved types can be
//! added to users and workspaces. Partner full admins add and change
//! entries (checked with the `domain` rules the server applies); everyone
//! else reads the catalog.
use domain::{
    Code,
    partner_devices::{DeviceType, catalog_field, line_count},
};
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::{self, ApiError, DeviceCatalog, DeviceModelRow, SaveDeviceModelInput},
    components::{
        dialog::Dialog,
        error_notice::ErrorNotice,
        field::FieldError,
        partner_device_fields::{device_type_key, server_finding},
    },
    i18n::{tr, use_i18n},
    platform,
};

#[component]
pub fn DeviceTypesPage() -> impl IntoView {
    let i18n = use_i18n();
    // The catalog as last loaded or saved; a save answers with the new one.
    let catalog = RwSignal::new(None::<Result<DeviceCatalog, ApiError>>);
    spawn_local(async move { catalog.set(Some(api::get_device_catalog().await)) });
    let editing = RwSignal::new(None::<DeviceModelRow>);
    let dialog_open = RwSignal::new(false);
    let announcement = RwSignal::new(String::new());
    Effect::new(move |_| platform::set_title(&i18n.t("device-types-title")));
    let can_edit = move || catalog.with(|c| matches!(c, Some(Ok(c)) if c.can_edit));
    let open = move |row: Option<DeviceModelRow>| {
        editing.set(row);
        dialog_open.set(true);
    };

    view! {
        <div class="page-head split">
            <h1>{tr("device-types-title")}</h1>
            <Show when=can_edit>
                <button type="button" class="button primary" id="device-type-add" on:click=move |_| open(None)>
                    {tr("device-types-add")}
                </button>
            </Show>
        </div>
        <p class="lead">{tr("device-types-intro")}</p>
        <p class="visually-hidden" role="status">{move || announcement.get()}</p>
        {move || match catalog.get() {
            None => view! { <p role="status">{tr("loading")}</p> }.into_any(),
            Some(Err(error)) => view! { <ErrorNotice error /> }.into_any(),
            Some(Ok(view)) => {
                let read_only = (!view.can_edit)
                    .then(|| {
                        view! {
                            <p class="notice info" role="note" id="device-types-read-only">
                                <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                                {tr("device-types-read-only")}
                            </p>
                        }
                    });
                let table = if view.models.is_empty() {
                    view! { <p class="empty">{tr("device-types-empty")}</p> }.into_any()
                } else {
                    view! { <DeviceTypesTable rows=view.models can_edit=view.can_edit on_edit=Callback::new(move |row: DeviceModelRow| open(Some(row))) /> }
                        .into_any()
                };
                view! {
                    {read_only}
                    <section class="card" aria-labelledby="device-types-list">
                        <h2 id="device-types-list">{tr("device-types-list")}</h2>
                        {table}
                    </section>
                }
                .into_any()
            }
        }}
        <DeviceTypeDialog open=dialog_open editing catalog announcement />
    }
}

#[component]
fn DeviceTypesTable(
    rows: Vec<DeviceModelRow>,
    can_edit: bool,
    on_edit: Callback<DeviceModelRow>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-scroll">
            <table class="data-table" id="device-types-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("device-types-col-model")}</th>
                        <th scope="col">{tr("device-types-col-vendor")}</th>
                        <th scope="col">{tr("device-types-col-type")}</th>
                        <th scope="col">{tr("device-types-col-firmware")}</th>
                        <th scope="col" class="numeric">{tr("device-types-col-lines")}</th>
                        <th scope="col">{tr("device-types-col-approved")}</th>
                        {can_edit
                            .then(|| {
                                view! {
                                    <th scope="col">
                                        <span class="visually-hidden">{tr("customers-col-actions")}</span>
                                    </th>
                                }
                            })}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let kind = row.device_type;
                            let approved = row.approved;
                            let edit_label = {
                                let name = format!("{} {}", row.vendor, row.model);
                                move || i18n.t_args("device-types-edit-label", &[("name", name.clone())])
                            };
                            let for_edit = row.clone();
                            view! {
                                <tr data-key=row.key.clone()>
                                    <th scope="row">
                                        {row.model.clone()}
                                        <span class="hint mono">{row.key.clone()}</span>
                                    </th>
                                    <td>{row.vendor.clone()}</td>
                                    <td>{move || i18n.t(device_type_key(kind))}</td>
                                    <td class="mono">{row.min_firmware.clone()}</td>
                                    <td class="numeric">{row.line_count}</td>
                                    <td>
                                        {move || {
                                            i18n.t(if approved { "device-types-approved-yes" } else { "device-types-approved-no" })
                                        }}
                                    </td>
                                    {can_edit
                                        .then(|| {
                                            view! {
                                                <td class="actions">
                                                    <button
                                                        type="button"
                                                        class="button secondary small"
                                                        aria-label=edit_label
                                                        on:click=move |_| on_edit.run(for_edit.clone())
                                                    >
                                                        {tr("device-types-edit")}
                                                    </button>
                                                </td>
                                            }
                                        })}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Adds (`editing` is `None`) or changes one catalog entry. Every field is
/// checked as the server checks it; the server's findings show under
/// their fields.
#[component]
fn DeviceTypeDialog(
    open: RwSignal<bool>,
    editing: RwSignal<Option<DeviceModelRow>>,
    catalog: RwSignal<Option<Result<DeviceCatalog, ApiError>>>,
    announcement: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = RwSignal::new(String::new());
    let vendor = RwSignal::new(String::new());
    let model = RwSignal::new(String::new());
    let kind = RwSignal::new(DeviceType::Phone.as_str().to_owned());
    let firmware = RwSignal::new(String::new());
    let lines = RwSignal::new(String::new());
    let approved = RwSignal::new(true);
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| {
        if open.get() {
            let row = editing.get_untracked();
            key.set(row.as_ref().map(|r| r.key.clone()).unwrap_or_default());
            vendor.set(row.as_ref().map(|r| r.vendor.clone()).unwrap_or_default());
            model.set(row.as_ref().map(|r| r.model.clone()).unwrap_or_default());
            kind.set(
                row.as_ref()
                    .map_or(DeviceType::Phone, |r| r.device_type)
                    .as_str()
                    .to_owned(),
            );
            firmware.set(
                row.as_ref()
                    .map(|r| r.min_firmware.clone())
                    .unwrap_or_default(),
            );
            lines.set(row.as_ref().map_or(1, |r| r.line_count).to_string());
            approved.set(row.as_ref().is_none_or(|r| r.approved));
            submitted.set(false);
            server_error.set(None);
        }
    });
    let is_new = move || editing.with(Option::is_none);
    // The server's rule for keys: lower-case letters, digits and `_`.
    let key_check = move || {
        catalog_field(&key.get()).and_then(|k| {
            k.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                .then_some(k)
                .ok_or(Code::DeviceCatalogFieldInvalid)
        })
    };
    let parsed_lines = move || {
        lines
            .get()
            .trim()
            .parse::<i64>()
            .map_err(|_| Code::LineCountInvalid)
            .and_then(line_count)
    };
    let error_of = move |field: &'static str, local: Option<Code>| {
        submitted
            .get()
            .then_some(local)
            .flatten()
            .or_else(|| server_finding(server_error, field))
    };
    let key_error = Signal::derive(move || {
        let local = is_new().then(|| key_check().err()).flatten();
        error_of("key", local)
    });
    let vendor_error =
        Signal::derive(move || error_of("vendor", catalog_field(&vendor.get()).err()));
    let model_error = Signal::derive(move || error_of("model", catalog_field(&model.get()).err()));
    let firmware_error =
        Signal::derive(move || error_of("min_firmware", catalog_field(&firmware.get()).err()));
    let lines_error = Signal::derive(move || error_of("line_count", parsed_lines().err()));
    let general_error = move || {
        server_error.get().filter(|e| {
            !e.findings.iter().any(|f| {
                ["key", "vendor", "model", "min_firmware", "line_count"].contains(&f.field.as_str())
            })
        })
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        server_error.set(None);
        let invalid = [
            key_error,
            vendor_error,
            model_error,
            firmware_error,
            lines_error,
        ]
        .iter()
        .any(|e| e.get_untracked().is_some());
        if invalid || busy.get_untracked() {
            platform::focus_first_invalid();
            return;
        }
        let input = SaveDeviceModelInput {
            id: editing.with_untracked(|r| r.as_ref().map(|r| r.id.clone())),
            key: key.get_untracked().trim().to_owned(),
            vendor: vendor.get_untracked().trim().to_owned(),
            model: model.get_untracked().trim().to_owned(),
            device_type: kind.get_untracked(),
            min_firmware: firmware.get_untracked().trim().to_owned(),
            line_count: parsed_lines().unwrap_or_default(),
            approved: approved.get_untracked(),
        };
        let name = format!("{} {}", input.vendor, input.model);
        busy.set(true);
        spawn_local(async move {
            match api::save_device_model(input).await {
                Ok(saved) => {
                    open.set(false);
                    announcement.set(i18n.t_args("device-types-saved", &[("name", name)]));
                    catalog.set(Some(Ok(saved)));
                }
                Err(error) => {
                    server_error.set(Some(error));
                    platform::focus_first_invalid();
                }
            }
            busy.set(false);
        });
    };
    let title = move || {
        if is_new() {
            i18n.t("device-types-add")
        } else {
            let name = editing.with(|r| {
                r.as_ref()
                    .map(|r| format!("{} {}", r.vendor, r.model))
                    .unwrap_or_default()
            });
            i18n.t_args("device-types-edit-label", &[("name", name)])
        }
    };
    let text_field = move |id: &'static str,
                           label: &'static str,
                           value: RwSignal<String>,
                           error: Signal<Option<Code>>| {
        let error_id = format!("{id}-error");
        let described = error_id.clone();
        view! {
            <div class="field">
                <label for=id>{tr(label)}</label>
                <input
                    id=id
                    autocomplete="off"
                    aria-invalid=move || error.get().is_some().to_string()
                    aria-describedby=move || error.get().map(|_| described.clone())
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                <FieldError id=error_id code=error />
            </div>
        }
    };

    view! {
        <Dialog open labelled_by="device-type-dialog-title">
            <form novalidate on:submit=submit class="dialog-form">
                <h2 id="device-type-dialog-title">{title}</h2>
                {text_field("device-type-vendor", "device-types-col-vendor", vendor, vendor_error)}
                {text_field("device-type-model", "device-types-col-model", model, model_error)}
                <Show when=is_new>
                    {text_field("device-type-key", "device-types-key", key, key_error)}
                </Show>
                <div class="field">
                    <label for="device-type-kind">{tr("device-types-col-type")}</label>
                    <select
                        id="device-type-kind"
                        prop:value=move || kind.get()
                        on:change=move |ev| kind.set(event_target_value(&ev))
                    >
                        {DeviceType::ALL
                            .into_iter()
                            .map(|t| view! { <option value=t.as_str()>{tr(device_type_key(t))}</option> })
                            .collect_view()}
                    </select>
                </div>
                {text_field("device-type-firmware", "device-types-col-firmware", firmware, firmware_error)}
                <div class="field">
                    <label for="device-type-lines">{tr("device-types-col-lines")}</label>
                    <input
                        id="device-type-lines"
                        type="number"
                        inputmode="numeric"
                        min="1"
                        max=domain::partner_devices::MAX_LINE_COUNT
                        aria-invalid=move || lines_error.get().is_some().to_string()
                        aria-describedby=move || lines_error.get().map(|_| "device-type-lines-error")
                        prop:value=move || lines.get()
                        on:input=move |ev| lines.set(event_target_value(&ev))
                    />
                    <FieldError id="device-type-lines-error" code=lines_error />
                </div>
                <label class="checkbox">
                    <input
                        type="checkbox"
                        id="device-type-approved"
                        prop:checked=move || approved.get()
                        on:change=move |ev| approved.set(event_target_checked(&ev))
                    />
                    <span>{tr("device-types-approved-label")}</span>
                </label>
                {move || general_error().map(|error| view! { <ErrorNotice error /> })}
                <div class="dialog-actions">
                    <button type="button" class="button secondary" on:click=move |_| open.set(false)>
                        {tr("cancel")}
                    </button>
                    <button type="submit" class="button primary" disabled=move || busy.get()>
                        {tr("button-save")}
                    </button>
                </div>
            </form>
        </Dialog>
    }
}
