//! Control Hub → Locations: the org's sites with their addresses and
//! number inventories. A location is added with the same `domain` rules the
//! server applies; numbers are added per location, typed in E.164 or in
//! the location's national format, all or none.
use domain::{Address, AddressDraft, AddressField, Code, Country, LocationName, PhoneNumber};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::hooks::use_params_map;

use crate::{
    api::{self, AddNumbersInput, ApiError, LocationRow, NewLocationInput, NumberQuery},
    components::{
        address_fields::{AddressFields, CountrySelect},
        dialog::Dialog,
        error_notice::ErrorNotice,
        field::FieldError,
        pager::{Cursors, Pager},
    },
    i18n::{tr, use_i18n},
    platform,
};

#[component]
pub fn LocationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    let reload = RwSignal::new(0u32);
    let options = LocalResource::new(move || api::get_directory_options(org_id.get()));
    let locations = LocalResource::new(move || {
        reload.track();
        api::list_locations(org_id.get())
    });
    let numbers_of = RwSignal::new(String::new());
    let cursors = Cursors::new();
    let numbers = LocalResource::new(move || {
        reload.track();
        let query = NumberQuery {
            org_id: org_id.get(),
            location_id: Some(numbers_of.get()).filter(|l| !l.is_empty()),
            after: cursors.current(),
            ..NumberQuery::default()
        };
        async move { api::list_numbers(query).await }
    });
    let location_open = RwSignal::new(false);
    let numbers_open = RwSignal::new(false);
    let delete_open = RwSignal::new(false);
    // The location the edit or delete dialog is about; `None` when adding.
    let editing = RwSignal::new(None::<LocationRow>);
    let deleting = RwSignal::new(None::<LocationRow>);
    let can_write = Signal::derive(move || {
        options
            .get()
            .and_then(|o| o.ok())
            .is_some_and(|o| o.can_write)
    });
    let on_edit = Callback::new(move |row: LocationRow| {
        editing.set(Some(row));
        location_open.set(true);
    });
    let on_delete = Callback::new(move |row: LocationRow| {
        deleting.set(Some(row));
        delete_open.set(true);
    });
    Effect::new(move |_| platform::set_title(&i18n.t("locations-title")));

    view! {
        <div class="page-head split">
            <h1>{tr("locations-title")}</h1>
            <div class="button-row">
                <button
                    type="button"
                    class="button secondary"
                    disabled=move || !can_write.get()
                    on:click=move |_| numbers_open.set(true)
                >
                    {tr("numbers-add")}
                </button>
                <button
                    type="button"
                    class="button primary"
                    disabled=move || !can_write.get()
                    on:click=move |_| {
                        editing.set(None);
                        location_open.set(true);
                    }
                >
                    {tr("locations-add")}
                </button>
            </div>
        </div>
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match locations.await {
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    Ok(rows) => view! { <LocationsTable rows can_write on_edit on_delete /> }.into_any(),
                }
            })}
        </Transition>
        <section class="card" aria-labelledby="numbers-heading">
            <div class="card-head">
                <h2 id="numbers-heading">{tr("numbers-title")}</h2>
                <label class="filter">
                    <span class="label-text">{tr("calling-location")}</span>
                    <select on:change=move |ev| {
                        numbers_of.set(event_target_value(&ev));
                        cursors.reset();
                    }>
                        <option value="">{tr("users-filter-all")}</option>
                        {move || {
                            locations
                                .get()
                                .and_then(|r| r.ok())
                                .unwrap_or_default()
                                .into_iter()
                                .map(|l| view! { <option value=l.id>{l.name}</option> })
                                .collect_view()
                        }}
                    </select>
                </label>
            </div>
            <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
                {move || Suspend::new(async move {
                    match numbers.await {
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                        Ok(page) if page.numbers.is_empty() => {
                            view! { <p class="empty">{tr("numbers-empty")}</p> }.into_any()
                        }
                        Ok(page) => {
                            let next = page.next.clone();
                            view! {
                            <table class="data-table" id="numbers-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{tr("calling-number")}</th>
                                        <th scope="col">{tr("calling-location")}</th>
                                        <th scope="col">{tr("numbers-col-state")}</th>
                                        <th scope="col">{tr("numbers-col-user")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {page
                                        .numbers
                                        .into_iter()
                                        .map(|n| {
                                            let assigned = n.user_id.is_some();
                                            view! {
                                                <tr>
                                                    <th scope="row" class="mono">{n.e164}</th>
                                                    <td>{n.location_name}</td>
                                                    <td>
                                                        {move || {
                                                            if assigned {
                                                                i18n.t("numbers-assigned")
                                                            } else {
                                                                i18n.t("numbers-free")
                                                            }
                                                        }}
                                                    </td>
                                                    <td>{n.user_display_name.unwrap_or_default()}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                            <Pager cursors next label="numbers-pages" />
                            }
                            .into_any()
                        }
                    }
                })}
            </Transition>
        </section>
        <LocationDialog open=location_open org_id reload editing />
        <DeleteLocationDialog open=delete_open org_id reload deleting />
        <AddNumbersDialog open=numbers_open org_id reload locations />
    }
}

#[component]
fn LocationsTable(
    rows: Vec<LocationRow>,
    can_write: Signal<bool>,
    on_edit: Callback<LocationRow>,
    on_delete: Callback<LocationRow>,
) -> impl IntoView {
    let i18n = use_i18n();
    if rows.is_empty() {
        return view! { <p class="empty">{tr("locations-empty")}</p> }.into_any();
    }
    let number = move |n: u64| move || platform::format_number(n as i64, i18n.language.get());
    view! {
        <div class="table-scroll">
            <table class="data-table" id="locations-table">
                <caption class="visually-hidden">{tr("locations-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("locations-col-name")}</th>
                        <th scope="col">{tr("locations-col-address")}</th>
                        <th scope="col">{tr("locations-col-country")}</th>
                        <th scope="col" class="numeric">{tr("locations-col-users")}</th>
                        <th scope="col" class="numeric">{tr("locations-col-numbers")}</th>
                        <th scope="col" class="numeric">{tr("locations-col-free")}</th>
                        <th scope="col">
                            <span class="visually-hidden">{tr("customers-col-actions")}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|l| {
                            let address = [
                                l.address.line1.as_str(),
                                l.address.line2.as_str(),
                                l.address.postal_code.as_str(),
                                l.address.city.as_str(),
                                l.address.state.as_str(),
                            ]
                            .into_iter()
                            .filter(|p| !p.is_empty())
                            .collect::<Vec<_>>()
                            .join(", ");
                            let name = l.name.clone();
                            let edit_label = {
                                let name = name.clone();
                                move || i18n.t_args("locations-edit-label", &[("name", name.clone())])
                            };
                            let delete_label = move || {
                                i18n.t_args("locations-delete-label", &[("name", name.clone())])
                            };
                            let for_edit = l.clone();
                            let for_delete = l.clone();
                            view! {
                                <tr>
                                    <th scope="row">{l.name}</th>
                                    <td>{address}</td>
                                    <td>{l.address.country}</td>
                                    <td class="numeric">{number(l.user_count)}</td>
                                    <td class="numeric">{number(l.number_count)}</td>
                                    <td class="numeric">{number(l.free_number_count)}</td>
                                    <td class="actions">
                                        <button
                                            type="button"
                                            class="button secondary small"
                                            aria-label=edit_label
                                            disabled=move || !can_write.get()
                                            on:click=move |_| on_edit.run(for_edit.clone())
                                        >
                                            {tr("button-edit")}
                                        </button>
                                        <button
                                            type="button"
                                            class="button danger small"
                                            aria-label=delete_label
                                            disabled=move || !can_write.get()
                                            on:click=move |_| on_delete.run(for_delete.clone())
                                        >
                                            {tr("button-delete")}
                                        </button>
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
}

/// Adds a location, or edits `editing` when it holds one.
#[component]
fn LocationDialog(
    open: RwSignal<bool>,
    org_id: Memo<String>,
    reload: RwSignal<u32>,
    editing: RwSignal<Option<LocationRow>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(String::new());
    let address = RwSignal::new(AddressDraft::default());
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    // Each opening starts from the location being edited, or a blank form.
    Effect::new(move |_| {
        if !open.get() {
            return;
        }
        let (start_name, start_address) = match editing.get_untracked() {
            Some(row) => (row.name, row.address),
            None => (
                String::new(),
                AddressDraft {
                    country: "US".into(),
                    ..AddressDraft::default()
                },
            ),
        };
        name.set(start_name);
        address.set(start_address);
        submitted.set(false);
        server_error.set(None);
    });
    let is_edit = move || editing.with(Option::is_some);
    let findings = Memo::new(move |_| {
        let mut found: Vec<(&'static str, Code)> = Vec::new();
        if let Err(code) = LocationName::parse(&name.get()) {
            found.push(("name", code));
        }
        if let Err(errors) = address.with(Address::parse) {
            found.extend(errors.into_iter().map(|(f, c)| (f.as_str(), c)));
        }
        found
    });
    let error_for = move |field: &'static str| {
        Signal::derive(move || {
            let remote = server_error.with(|e| {
                e.as_ref()
                    .and_then(|e| e.findings.iter().find(|f| f.field == field).map(|f| f.code))
            });
            let local = findings.with(|f| f.iter().find(|(n, _)| *n == field).map(|(_, c)| *c));
            if submitted.get() {
                local.or(remote)
            } else {
                remote
            }
        })
    };
    let name_error = error_for("name");
    let country_error = error_for("country");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        server_error.set(None);
        if !findings.with(Vec::is_empty) || busy.get() {
            platform::focus_first_invalid();
            return;
        }
        let request = NewLocationInput {
            org_id: org_id.get_untracked(),
            name: name.get_untracked(),
            address: address.get_untracked(),
        };
        let editing_id = editing.with_untracked(|e| e.as_ref().map(|row| row.id.clone()));
        busy.set(true);
        spawn_local(async move {
            let saved = match editing_id {
                Some(location_id) => api::update_location(location_id, request).await,
                None => api::add_location(request).await,
            };
            match saved {
                Ok(_) => {
                    open.set(false);
                    reload.update(|n| *n += 1);
                }
                Err(error) => {
                    server_error.set(Some(error));
                    platform::focus_first_invalid();
                }
            }
            busy.set(false);
        });
    };
    view! {
        <Dialog open labelled_by="add-location-title">
            <form novalidate on:submit=submit class="dialog-form">
                <h2 id="add-location-title">
                    {move || i18n.t(if is_edit() { "locations-edit" } else { "locations-add" })}
                </h2>
                <div class="field">
                    <label for="location-name">{tr("locations-col-name")}</label>
                    <input
                        id="location-name"
                        autocomplete="off"
                        aria-invalid=move || name_error.get().is_some().to_string()
                        aria-describedby=move || name_error.get().is_some().then_some("location-name-error")
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                    <FieldError id="location-name-error" code=name_error />
                </div>
                <AddressFields
                    id_prefix="location"
                    address
                    errors=Callback::new(move |field: AddressField| error_for(field.as_str()))
                />
                <div class="field">
                    <label for="location-country">{tr("locations-col-country")}</label>
                    <CountrySelect
                        id="location-country"
                        value=Signal::derive(move || address.with(|a| a.country.clone()))
                        on_change=Callback::new(move |code| address.update(|a| a.country = code))
                        error=country_error
                    />
                </div>
                {move || {
                    server_error
                        .get()
                        .filter(|e| e.findings.is_empty())
                        .map(|error| view! { <ErrorNotice error /> })
                }}
                <div class="dialog-actions">
                    <button type="button" class="button secondary" on:click=move |_| open.set(false)>
                        {tr("cancel")}
                    </button>
                    <button type="submit" class="button primary" disabled=move || busy.get()>
                        {move || i18n.t(if is_edit() { "button-save" } else { "locations-add" })}
                    </button>
                </div>
            </form>
        </Dialog>
    }
}

/// Asks before deleting a location; one that users or numbers still use
/// cannot be deleted, so the dialog says so instead of offering to.
#[component]
fn DeleteLocationDialog(
    open: RwSignal<bool>,
    org_id: Memo<String>,
    reload: RwSignal<u32>,
    deleting: RwSignal<Option<LocationRow>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| {
        if open.get() {
            server_error.set(None);
        }
    });
    let name = move || deleting.with(|d| d.as_ref().map(|l| l.name.clone()).unwrap_or_default());
    let in_use = move || {
        deleting.with(|d| {
            d.as_ref()
                .is_some_and(|l| l.user_count > 0 || l.number_count > 0)
        })
    };
    let confirm = move |_| {
        let Some(location_id) = deleting.with_untracked(|d| d.as_ref().map(|l| l.id.clone()))
        else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            match api::delete_location(org_id.get_untracked(), location_id).await {
                Ok(()) => {
                    open.set(false);
                    reload.update(|n| *n += 1);
                }
                Err(error) => server_error.set(Some(error)),
            }
            busy.set(false);
        });
    };
    view! {
        <Dialog open labelled_by="delete-location-title">
            <div class="dialog-form">
                <h2 id="delete-location-title">
                    {move || i18n.t_args("locations-delete-title", &[("name", name())])}
                </h2>
                {move || {
                    if in_use() {
                        view! {
                            <p class="notice error" role="alert">
                                <span class="notice-icon" aria-hidden="true">"⚠"</span>
                                {i18n.code(Code::LocationInUse)}
                            </p>
                        }
                            .into_any()
                    } else {
                        view! { <p>{tr("locations-delete-body")}</p> }.into_any()
                    }
                }}
                {move || server_error.get().map(|error| view! { <ErrorNotice error /> })}
                <div class="dialog-actions">
                    <button type="button" class="button secondary" on:click=move |_| open.set(false)>
                        {tr("cancel")}
                    </button>
                    <Show when=move || !in_use()>
                        <button
                            type="button"
                            class="button danger"
                            disabled=move || busy.get()
                            on:click=confirm
                        >
                            {tr("button-delete")}
                        </button>
                    </Show>
                </div>
            </div>
        </Dialog>
    }
}

#[component]
fn AddNumbersDialog(
    open: RwSignal<bool>,
    org_id: Memo<String>,
    reload: RwSignal<u32>,
    locations: LocalResource<Result<Vec<LocationRow>, ApiError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let location = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    let rows = move || locations.get().and_then(|r| r.ok()).unwrap_or_default();
    let lines = move || -> Vec<String> {
        text.get()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    };
    // Each line checked as typed, in the chosen location's country.
    let problems = Memo::new(move |_| {
        let country = rows()
            .into_iter()
            .find(|l| l.id == location.get())
            .and_then(|l| Country::parse(&l.address.country).ok());
        let mut found = Vec::new();
        if location.get().is_empty() {
            found.push((None, Code::LocationMissing));
        }
        for (row, line) in lines().iter().enumerate() {
            if let Err(error) = PhoneNumber::parse(line, country) {
                found.push((Some(row), error.code()));
            }
        }
        found
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        server_error.set(None);
        if !problems.with(Vec::is_empty) || lines().is_empty() || busy.get() {
            platform::focus_first_invalid();
            return;
        }
        let request = AddNumbersInput {
            org_id: org_id.get_untracked(),
            location_id: location.get_untracked(),
            numbers: lines(),
        };
        busy.set(true);
        spawn_local(async move {
            match api::add_numbers(request).await {
                Ok(_) => {
                    open.set(false);
                    text.set(String::new());
                    submitted.set(false);
                    reload.update(|n| *n += 1);
                }
                Err(error) => server_error.set(Some(error)),
            }
            busy.set(false);
        });
    };
    let shown = move || {
        let mut messages: Vec<String> = Vec::new();
        if submitted.get() {
            for (row, code) in problems.get() {
                messages.push(match row {
                    Some(row) => i18n.t_args(
                        "numbers-line-problem",
                        &[
                            ("line", (row + 1).to_string()),
                            ("problem", i18n.code(code)),
                        ],
                    ),
                    None => i18n.code(code),
                });
            }
        }
        if let Some(error) = server_error.get() {
            if error.findings.is_empty() {
                messages.push(i18n.code(error.code));
            }
            for finding in error.findings {
                let line = finding.row.map_or(0, |r| r + 1);
                messages.push(i18n.t_args(
                    "numbers-line-problem",
                    &[
                        ("line", line.to_string()),
                        ("problem", i18n.code(finding.code)),
                    ],
                ));
            }
        }
        messages
    };
    view! {
        <Dialog open labelled_by="add-numbers-title">
            <form novalidate on:submit=submit class="dialog-form">
                <h2 id="add-numbers-title">{tr("numbers-add")}</h2>
                <div class="field">
                    <label for="numbers-location">{tr("calling-location")}</label>
                    <select
                        id="numbers-location"
                        aria-invalid=move || {
                            (submitted.get() && location.get().is_empty()).to_string()
                        }
                        on:change=move |ev| location.set(event_target_value(&ev))
                    >
                        <option value="">{tr("calling-location-none")}</option>
                        {move || {
                            rows()
                                .into_iter()
                                .map(|l| view! { <option value=l.id>{l.name}</option> })
                                .collect_view()
                        }}
                    </select>
                </div>
                <div class="field">
                    <label for="numbers-text">{tr("numbers-text")}</label>
                    <textarea
                        id="numbers-text"
                        rows="6"
                        aria-describedby="numbers-hint numbers-problems"
                        aria-invalid=move || (submitted.get() && !problems.with(Vec::is_empty)).to_string()
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                    <p class="hint" id="numbers-hint">{tr("numbers-hint")}</p>
                    <ul class="field-errors" id="numbers-problems" role="alert">
                        {move || {
                            shown()
                                .into_iter()
                                .map(|m| view! { <li class="field-error">{m}</li> })
                                .collect_view()
                        }}
                    </ul>
                </div>
                <div class="dialog-actions">
                    <button type="button" class="button secondary" on:click=move |_| open.set(false)>
                        {tr("cancel")}
                    </button>
                    <button type="submit" class="button primary" disabled=move || busy.get()>
                        {tr("numbers-add")}
                    </button>
                </div>
            </form>
        </Dialog>
    }
}
