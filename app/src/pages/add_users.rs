//! Control Hub → Users → Add users manually (PH-2): up to 25 rows, each
//! validated with `domain` as it is typed (errors show once a field is
//! left, or on submit), then sent in one request that the server applies
//! all or none.
use domain::user::{
    CallingDraft, MANUAL_ADD_MAX_USERS, OrgDirectory, UserDraft, UserField, UserFinding,
    validate_manual_add,
};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::{
    api::{self, AddUsersInput, ApiError, DirectoryOptions},
    components::{
        calling_fields::{CallingErrors, CallingFields},
        error_notice::ErrorNotice,
        field::FieldError,
    },
    i18n::{tr, use_i18n},
    platform,
};

/// One row of the form. Signals are `Copy`, so rows are too.
#[derive(Clone, Copy)]
struct Row {
    key: usize,
    draft: RwSignal<UserDraft>,
    calling: RwSignal<CallingDraft>,
    touched: RwSignal<bool>,
}

impl Row {
    fn new(key: usize) -> Self {
        Row {
            key,
            draft: RwSignal::new(UserDraft::default()),
            calling: RwSignal::new(CallingDraft::default()),
            touched: RwSignal::new(false),
        }
    }

    fn to_draft(self) -> UserDraft {
        UserDraft {
            calling: self.calling.get(),
            ..self.draft.get()
        }
    }
}

#[component]
pub fn AddUsersPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    let options = LocalResource::new(move || api::get_directory_options(org_id.get()));
    Effect::new(move |_| platform::set_title(&i18n.t("add-users-title")));

    view! {
        <div class="page-head">
            <p class="eyebrow">{tr("users-title")}</p>
            <h1>{tr("add-users-title")}</h1>
        </div>
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match options.await {
                    Ok(options) => view! { <AddUsersForm options /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn AddUsersForm(options: DirectoryOptions) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let can_write = options.can_write;
    let org_id = options.org_id.clone();
    let options = StoredValue::new(options);
    let next_key = StoredValue::new(1usize);
    let rows = RwSignal::new(vec![Row::new(0)]);
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);

    // Every finding of every row, recomputed as the admin types.
    let verdict = Memo::new(move |_| {
        let drafts: Vec<UserDraft> = rows.get().iter().map(|r| r.to_draft()).collect();
        options.with_value(|o| validate_manual_add(&drafts, o).err().unwrap_or_default())
    });
    let position = move |key: usize| rows.with(|rs| rs.iter().position(|r| r.key == key));
    // The code to show on a field: the browser's own finding once the row
    // was left or submitted, else what the server said about it.
    let error_for = move |key: usize, field: UserField| {
        Signal::derive(move || {
            let row = position(key)?;
            let shown = submitted.get() || rows.with(|rs| rs[row].touched.get());
            let local = verdict.with(|v| {
                v.iter()
                    .find(|f: &&UserFinding| f.row == row && f.field == field)
                    .map(|f| f.code)
            });
            let remote = server_error.with(|e| {
                e.as_ref().and_then(|e| {
                    e.findings
                        .iter()
                        .find(|f| f.row == Some(row as u32) && f.field == field.as_str())
                        .map(|f| f.code)
                })
            });
            if shown { local.or(remote) } else { remote }
        })
    };
    let at_limit = move || rows.with(Vec::len) >= MANUAL_ADD_MAX_USERS;
    let add_row = move |_| {
        if at_limit() {
            return;
        }
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        rows.update(|rs| rs.push(Row::new(key)));
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        server_error.set(None);
        if !verdict.with(Vec::is_empty) || busy.get() {
            platform::focus_first_invalid();
            return;
        }
        let input = AddUsersInput {
            org_id: org_id.clone(),
            users: rows.get().iter().map(|r| r.to_draft()).collect(),
        };
        let count = input.users.len();
        let navigate = navigate.clone();
        let org_id = org_id.clone();
        busy.set(true);
        spawn_local(async move {
            match api::add_users(input).await {
                Ok(_) => navigate(
                    &format!("/orgs/{org_id}/users?added={count}"),
                    Default::default(),
                ),
                Err(error) => {
                    server_error.set(Some(error));
                    busy.set(false);
                    platform::focus_first_invalid();
                }
            }
        });
    };

    let row_view = move |row: Row| {
        let key = row.key;
        let id = move |field: &str| format!("user-{key}-{field}");
        let needs_calling = Signal::derive(move || {
            let package = row.draft.with(|d| d.package.clone());
            options.with_value(|o| o.package(&package).is_some_and(|p| p.needs_calling))
        });
        let text_field = move |field: UserField, label: &'static str, kind: &'static str| {
            let input_id = id(field.as_str());
            let error_id = format!("{input_id}-error");
            let code = error_for(key, field);
            let described = error_id.clone();
            view! {
                <div class="field">
                    <label for=input_id.clone()>
                        {tr(label)}
                        {(field == UserField::Email)
                            .then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
                    </label>
                    <input
                        id=input_id
                        type=kind
                        autocomplete="off"
                        aria-required=(field == UserField::Email).to_string()
                        aria-invalid=move || code.get().is_some().to_string()
                        aria-describedby=move || code.get().is_some().then(|| described.clone())
                        prop:value=move || row.draft.with(|d| field_value(d, field).to_owned())
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            row.draft.update(|d| *field_value_mut(d, field) = value);
                        }
                        on:blur=move |_| row.touched.set(true)
                        disabled=!can_write
                    />
                    <FieldError id=error_id code />
                </div>
            }
        };
        let package_id = id("package");
        let package_error = error_for(key, UserField::Package);
        let remove_label = move || {
            let n = position(key).map_or(0, |p| p + 1);
            i18n.t_args("add-users-remove-row", &[("row", n.to_string())])
        };
        let legend = move || {
            let n = position(key).map_or(0, |p| p + 1);
            i18n.t_args("add-users-row", &[("row", n.to_string())])
        };
        view! {
            <fieldset class="user-row card" data-row=key>
                <legend>{legend}</legend>
                <div class="row-grid">
                    {text_field(UserField::Email, "add-users-email", "email")}
                    {text_field(UserField::FirstName, "add-users-first-name", "text")}
                    {text_field(UserField::LastName, "add-users-last-name", "text")}
                    {text_field(UserField::DisplayName, "add-users-display-name", "text")}
                    <div class="field">
                        <label for=package_id.clone()>
                            {tr("add-users-package")}
                            <span class="required" aria-hidden="true">" *"</span>
                        </label>
                        <select
                            id=package_id.clone()
                            aria-required="true"
                            aria-invalid=move || package_error.get().is_some().to_string()
                            aria-describedby=move || {
                                package_error.get().is_some().then(|| format!("user-{key}-package-error"))
                            }
                            prop:value=move || row.draft.with(|d| d.package.clone())
                            on:change=move |ev| {
                                let value = event_target_value(&ev);
                                row.draft.update(|d| d.package = value);
                            }
                            on:blur=move |_| row.touched.set(true)
                            disabled=!can_write
                        >
                            <option value="">{tr("add-users-package-choose")}</option>
                            {options
                                .with_value(|o| o.packages.clone())
                                .into_iter()
                                .map(|p| view! { <option value=p.key>{p.name}</option> })
                                .collect_view()}
                        </select>
                        <FieldError id=format!("user-{key}-package-error") code=package_error />
                    </div>
                </div>
                <Show when=move || needs_calling.get()>
                    <div class="row-grid calling">
                        <CallingFields
                            id_prefix=format!("user-{key}")
                            draft=row.calling
                            options
                            errors=CallingErrors {
                                location: error_for(key, UserField::Location),
                                extension: error_for(key, UserField::Extension),
                                phone_number: error_for(key, UserField::PhoneNumber),
                            }
                            required=needs_calling
                            disabled=!can_write
                            on_blur=move |_| row.touched.set(true)
                        />
                    </div>
                </Show>
                <Show when=move || { rows.with(Vec::len) > 1 }>
                    <button
                        type="button"
                        class="button secondary small"
                        aria-label=remove_label
                        on:click=move |_| rows.update(|rs| rs.retain(|r| r.key != key))
                    >
                        {tr("add-users-remove")}
                    </button>
                </Show>
            </fieldset>
        }
    };

    view! {
        {(!can_write)
            .then(|| {
                view! {
                    <p class="notice info" role="note">
                        <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                        {tr("overview-read-only")}
                    </p>
                }
            })}
        <p class="hint">
            {move || i18n.t_args("add-users-intro", &[("max", MANUAL_ADD_MAX_USERS.to_string())])}
        </p>
        <form novalidate on:submit=submit>
            <For each=move || rows.get() key=|row| row.key let:row>
                {row_view(row)}
            </For>
            {move || {
                server_error
                    .get()
                    .filter(|e| e.findings.iter().all(|f| f.row.is_none()))
                    .map(|error| view! { <ErrorNotice error /> })
            }}
            {move || {
                (submitted.get() && !verdict.with(Vec::is_empty))
                    .then(|| {
                        let count = verdict.with(Vec::len);
                        view! {
                            <p class="notice error" role="alert">
                                <span class="notice-icon" aria-hidden="true">"⚠"</span>
                                {move || i18n.t_count("add-users-fix", count)}
                            </p>
                        }
                    })
            }}
            <div class="form-actions">
                <button
                    type="button"
                    class="button secondary"
                    on:click=add_row
                    disabled=move || !can_write || at_limit()
                    aria-describedby="row-limit"
                >
                    {tr("add-users-add-row")}
                </button>
                <span class="hint" id="row-limit" aria-live="polite">
                    {move || {
                        i18n.t_args(
                            "add-users-row-count",
                            &[
                                ("count", rows.with(Vec::len).to_string()),
                                ("max", MANUAL_ADD_MAX_USERS.to_string()),
                            ],
                        )
                    }}
                </span>
                <button type="submit" class="button primary" disabled=move || !can_write || busy.get()>
                    {move || {
                        if busy.get() {
                            i18n.t("add-users-saving")
                        } else {
                            i18n.t_count("add-users-submit", rows.with(Vec::len))
                        }
                    }}
                </button>
            </div>
        </form>
    }
}

fn field_value(draft: &UserDraft, field: UserField) -> &str {
    match field {
        UserField::Email => &draft.email,
        UserField::FirstName => &draft.first_name,
        UserField::LastName => &draft.last_name,
        UserField::DisplayName => &draft.display_name,
        _ => "",
    }
}

fn field_value_mut(draft: &mut UserDraft, field: UserField) -> &mut String {
    match field {
        UserField::FirstName => &mut draft.first_name,
        UserField::LastName => &mut draft.last_name,
        UserField::DisplayName => &mut draft.display_name,
        _ => &mut draft.email,
    }
}
