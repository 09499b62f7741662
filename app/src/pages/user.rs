//! Control Hub → Users → one user: profile, package and licenses, calling
//! data, devices; and *Change package* (PH-8), which for a calling package
//! takes the calling data in the same step.
use domain::{
    Code, Language,
    user::{CallingDraft, OrgDirectory, UserField, UserFinding, validate_package_change},
};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{components::A, hooks::use_params_map};

use crate::{
    api::{
        self, ApiError, ChangePackageInput, DirectoryOptions, UserDetails, UserLanguageInput,
        UserRef,
    },
    components::{
        calling_fields::{CallingErrors, CallingFields},
        dialog::Dialog,
        error_notice::ErrorNotice,
        field::FieldError,
        line_status::LineStatusBadge,
        menu::MenuButton,
    },
    i18n::{I18n, tr, use_i18n},
    pages::webex_go::IneligibleNotice,
    platform,
};

#[component]
pub fn UserPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let user_ref = Memo::new(move |_| UserRef {
        org_id: params.read().get("org").unwrap_or_default(),
        user_id: params.read().get("user").unwrap_or_default(),
    });
    let options = LocalResource::new(move || api::get_directory_options(user_ref.get().org_id));
    let user = LocalResource::new(move || api::get_user(user_ref.get()));

    view! {
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match (user.await, options.await) {
                    (Ok(user), Ok(options)) => {
                        platform::set_title(&user.row.display_name);
                        view! { <UserView user options i18n /> }.into_any()
                    }
                    (Err(error), _) | (_, Err(error)) => {
                        platform::set_title(&i18n.code(error.code));
                        view! {
                            <h1>{tr("user-title")}</h1>
                            <ErrorNotice error />
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}

#[component]
fn UserView(user: UserDetails, options: DirectoryOptions, i18n: I18n) -> impl IntoView {
    let details = RwSignal::new(user);
    let options = StoredValue::new(options);
    let dialog_open = RwSignal::new(false);
    let changed = RwSignal::new(false);
    let row = move || details.with(|d| d.row.clone());
    let dash = |v: Option<String>| v.filter(|v| !v.is_empty()).unwrap_or_else(|| "—".into());
    let can_write = details.with_untracked(|d| d.can_write);
    let created = details.with_untracked(|d| d.created_at_ms);

    view! {
        <div class="page-head">
            <p class="eyebrow">
                <A href=move || format!("/orgs/{}/users", options.with_value(|o| o.org_id.clone()))>
                    {tr("users-title")}
                </A>
            </p>
            <h1>{move || row().display_name}</h1>
            <p class="muted">{move || row().email}</p>
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
            changed
                .get()
                .then(|| {
                    view! {
                        <p class="notice success" role="status">
                            <span class="notice-icon" aria-hidden="true">"✓"</span>
                            {move || {
                                i18n.t_args("user-package-changed", &[("package", row().package_name)])
                            }}
                        </p>
                    }
                })
        }}
        <section class="card" aria-labelledby="user-profile">
            <h2 id="user-profile">{tr("user-profile")}</h2>
            <dl class="facts">
                <dt>{tr("add-users-first-name")}</dt>
                <dd>{move || dash(details.with(|d| d.first_name.clone()))}</dd>
                <dt>{tr("add-users-last-name")}</dt>
                <dd>{move || dash(details.with(|d| d.last_name.clone()))}</dd>
                <dt>{tr("add-users-email")}</dt>
                <dd>{move || row().email}</dd>
                <dt>{tr("users-col-status")}</dt>
                <dd>{move || i18n.t(&format!("user-status-{}", row().status.as_str()))}</dd>
                <dt>{tr("user-created")}</dt>
                <dd>{move || platform::format_date(created, i18n.language.get())}</dd>
                <dt>
                    <label for="user-email-language">{tr("user-email-language")}</label>
                </dt>
                <dd>
                    <EmailLanguage details can_write org_id=options.with_value(|o| o.org_id.clone()) />
                </dd>
            </dl>
        </section>
        <section class="card" aria-labelledby="user-package">
            <div class="card-head">
                <h2 id="user-package">{tr("user-package")}</h2>
                <button
                    type="button"
                    class="button secondary"
                    id="change-package"
                    disabled=!can_write
                    aria-describedby=(!can_write).then_some("read-only-note")
                    on:click=move |_| dialog_open.set(true)
                >
                    {tr("user-change-package")}
                </button>
            </div>
            <dl class="facts">
                <dt>{tr("user-package")}</dt>
                <dd id="user-package-name">{move || row().package_name}</dd>
                <dt>{tr("user-licenses")}</dt>
                <dd>
                    <ul class="plain-list">
                        {move || {
                            details
                                .with(|d| d.licenses.clone())
                                .into_iter()
                                .map(|l| view! { <li>{l.license_name}</li> })
                                .collect_view()
                        }}
                    </ul>
                </dd>
            </dl>
        </section>
        <section class="card" aria-labelledby="user-calling">
            <h2 id="user-calling">{tr("user-calling")}</h2>
            <dl class="facts">
                <dt>{tr("calling-location")}</dt>
                <dd>{move || dash(row().location_name)}</dd>
                <dt>{tr("calling-extension")}</dt>
                <dd>{move || dash(row().extension)}</dd>
                <dt>{tr("calling-number")}</dt>
                <dd class="mono">{move || dash(row().phone_number)}</dd>
            </dl>
        </section>
        <DevicesArea details org_id=options.with_value(|o| o.org_id.clone()) />
        <ChangePackageDialog open=dialog_open details options changed />
    }
}

/// GO-5: the language of the mail the user receives (their activation
/// codes, for one), saved as soon as it is chosen.
#[component]
fn EmailLanguage(details: RwSignal<UserDetails>, can_write: bool, org_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let saved = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let current = move || details.with(|d| d.language);
    let choose = move |value: String| {
        let language = value.parse::<Language>().ok();
        let input = UserLanguageInput {
            org_id: org_id.clone(),
            user_id: details.with_untracked(|d| d.row.id.clone()),
            language,
        };
        saved.set(false);
        error.set(None);
        spawn_local(async move {
            match api::set_user_language(input).await {
                Ok(()) => {
                    details.update(|d| d.language = language);
                    saved.set(true);
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    view! {
        <select
            id="user-email-language"
            disabled=!can_write
            aria-describedby="user-email-language-hint"
            on:change=move |ev| choose(event_target_value(&ev))
        >
            <option value="" selected=move || current().is_none()>
                {tr("user-email-language-default")}
            </option>
            {Language::ALL
                .iter()
                .map(|&language| {
                    view! {
                        <option
                            value=language.as_str()
                            lang=language.as_str()
                            selected=move || current() == Some(language)
                        >
                            {language.native_name()}
                        </option>
                    }
                })
                .collect_view()}
        </select>
        <p class="hint" id="user-email-language-hint">
            {tr("user-email-language-hint")}
        </p>
        <p role="status" class="hint">
            {move || saved.get().then(|| i18n.t("user-email-language-saved"))}
        </p>
        {move || error.get().map(|error| view! { <ErrorNotice error /> })}
    }
}

/// The user's devices (GO-2, GO-14) and, in the "…" menu, *Add Webex Go
/// device* for an eligible user without a line; for an ineligible user the
/// missing conditions instead (GO-1).
#[component]
fn DevicesArea(details: RwSignal<UserDetails>, org_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let (user_id, name, can_write) =
        details.with_untracked(|d| (d.row.id.clone(), d.row.display_name.clone(), d.can_write));
    let user_ref = UserRef {
        org_id: org_id.clone(),
        user_id: user_id.clone(),
    };
    // Asked again after a change of package, which can change eligibility.
    let webex_go = LocalResource::new(move || {
        details.track();
        api::get_webex_go_options(user_ref.clone())
    });
    let add_href = StoredValue::new(format!("/orgs/{org_id}/users/{user_id}/webex-go"));
    let menu_label =
        Signal::derive(move || i18n.t_args("user-device-actions", &[("name", name.clone())]));
    let devices = move || details.with(|d| d.devices.clone());
    let org = StoredValue::new(org_id);

    view! {
        <section class="card" aria-labelledby="user-devices">
            <div class="card-head">
                <h2 id="user-devices">{tr("user-devices")}</h2>
                <Transition>
                    {move || Suspend::new(async move {
                        webex_go
                            .await
                            .ok()
                            .filter(|o| {
                                can_write && o.ineligible.is_empty() && o.existing_device_id.is_none()
                            })
                            .map(|_| {
                                view! {
                                    <MenuButton id="user-device-menu" label=menu_label>
                                        <li role="none">
                                            <A
                                                href=add_href.get_value()
                                                attr:role="menuitem"
                                                attr:tabindex="-1"
                                                attr:id="add-webex-go"
                                            >
                                                {tr("user-add-webex-go")}
                                            </A>
                                        </li>
                                    </MenuButton>
                                }
                            })
                    })}
                </Transition>
            </div>
            {move || {
                let devices = devices();
                if devices.is_empty() {
                    view! { <p class="empty">{tr("user-devices-empty")}</p> }.into_any()
                } else {
                    let org = org.get_value();
                    view! {
                        <table class="data-table" id="user-devices-table">
                            <caption class="visually-hidden">{tr("user-devices")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{tr("devices-col-device")}</th>
                                    <th scope="col">{tr("devices-col-status")}</th>
                                    <th scope="col">{tr("devices-col-number")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {devices
                                    .into_iter()
                                    .map(|device| {
                                        view! {
                                            <tr>
                                                <th scope="row">
                                                    <A href=format!("/orgs/{org}/devices/{}", device.id)>
                                                        {device.model_name}
                                                    </A>
                                                </th>
                                                <td><LineStatusBadge status=device.status /></td>
                                                <td class="mono nowrap">{device.phone_number.unwrap_or_default()}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                    .into_any()
                }
            }}
            <Transition>
                {move || Suspend::new(async move {
                    webex_go
                        .await
                        .ok()
                        .filter(|o| !o.ineligible.is_empty())
                        .map(|o| view! { <IneligibleNotice codes=o.ineligible /> })
                })}
            </Transition>
        </section>
    }
}

#[component]
fn ChangePackageDialog(
    open: RwSignal<bool>,
    details: RwSignal<UserDetails>,
    options: StoredValue<DirectoryOptions>,
    changed: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let package = RwSignal::new(String::new());
    let calling = RwSignal::new(CallingDraft::default());
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    // Each opening starts from the user's current package and calling data.
    Effect::new(move |_| {
        if open.get() {
            let row = details.with_untracked(|d| d.row.clone());
            package.set(row.package_key.clone());
            calling.set(CallingDraft {
                location_id: row.location_id.unwrap_or_default(),
                extension: row.extension.unwrap_or_default(),
                phone_number: row.phone_number.unwrap_or_default(),
            });
            submitted.set(false);
            server_error.set(None);
        }
    });
    let verdict = Memo::new(move |_| {
        let (package, calling) = (package.get(), calling.get());
        options.with_value(|o| {
            validate_package_change(&package, &calling, o)
                .err()
                .unwrap_or_default()
        })
    });
    let error_for = move |field: UserField| {
        Signal::derive(move || {
            let local = verdict.with(|v| {
                v.iter()
                    .find(|f: &&UserFinding| f.field == field)
                    .map(|f| f.code)
            });
            let remote = server_error.with(|e| {
                e.as_ref().and_then(|e| {
                    e.findings
                        .iter()
                        .find(|f| f.field == field.as_str())
                        .map(|f| f.code)
                })
            });
            if submitted.get() {
                local.or(remote)
            } else {
                remote
            }
        })
    };
    let needs_calling = Signal::derive(move || {
        let package = package.get();
        options.with_value(|o| o.package(&package).is_some_and(|p| p.needs_calling))
    });
    let package_error = error_for(UserField::Package);
    let general_error = move || {
        server_error
            .get()
            .filter(|e| e.findings.is_empty() || e.code == Code::LicenseExhausted)
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        server_error.set(None);
        if !verdict.with(Vec::is_empty) || busy.get() {
            platform::focus_first_invalid();
            return;
        }
        let (org_id, user_id) = details
            .with_untracked(|d| (options.with_value(|o| o.org_id.clone()), d.row.id.clone()));
        let input = ChangePackageInput {
            org_id,
            user_id,
            package: package.get_untracked(),
            calling: calling.get_untracked(),
        };
        busy.set(true);
        spawn_local(async move {
            match api::change_package(input).await {
                Ok(updated) => {
                    details.set(updated);
                    changed.set(true);
                    open.set(false);
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
        <Dialog open labelled_by="change-package-title">
            <form novalidate on:submit=submit class="dialog-form">
                <h2 id="change-package-title">{tr("user-change-package")}</h2>
                <div class="field">
                    <label for="new-package">{tr("user-new-package")}</label>
                    <select
                        id="new-package"
                        aria-invalid=move || package_error.get().is_some().to_string()
                        prop:value=move || package.get()
                        on:change=move |ev| package.set(event_target_value(&ev))
                    >
                        {options
                            .with_value(|o| o.packages.clone())
                            .into_iter()
                            .map(|p| view! { <option value=p.key>{p.name}</option> })
                            .collect_view()}
                    </select>
                    <FieldError id="new-package-error" code=package_error />
                </div>
                <p class="hint" id="calling-needed">
                    {move || {
                        if needs_calling.get() {
                            i18n.t("user-calling-required")
                        } else {
                            i18n.t("user-calling-optional")
                        }
                    }}
                </p>
                <CallingFields
                    id_prefix="change"
                    draft=calling
                    options
                    errors=CallingErrors {
                        location: error_for(UserField::Location),
                        extension: error_for(UserField::Extension),
                        phone_number: error_for(UserField::PhoneNumber),
                    }
                    required=needs_calling
                    disabled=Signal::derive(move || busy.get())
                    on_blur=move |_| {}
                />
                {move || general_error().map(|error| view! { <ErrorNotice error /> })}
                <div class="dialog-actions">
                    <button type="button" class="button secondary" on:click=move |_| open.set(false)>
                        {tr("cancel")}
                    </button>
                    <button type="submit" class="button primary" disabled=move || busy.get()>
                        {tr("user-change")}
                    </button>
                </div>
            </form>
        </Dialog>
    }
}
