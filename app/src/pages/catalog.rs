//! Partner Hub → Catalog: the packages and licenses with the names this
//! partner's customers see. A partner full admin renames an entry (checked
//! with the same `domain` rule the server applies) or resets it; keys never
//! change, so scripts and CSV files keep working.
use domain::{CatalogKind, Code};
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::{self, ApiError, CatalogEntryRow, CatalogView, RenameCatalogEntryInput},
    components::{dialog::Dialog, error_notice::ErrorNotice, field::FieldError},
    i18n::{tr, use_i18n},
    platform,
};

#[component]
pub fn CatalogPage() -> impl IntoView {
    let i18n = use_i18n();
    // The view as last loaded or saved; a save answers with the new view.
    let view_state = RwSignal::new(None::<Result<CatalogView, ApiError>>);
    spawn_local(async move { view_state.set(Some(api::get_catalog(None).await)) });
    let renaming = RwSignal::new(None::<CatalogEntryRow>);
    let dialog_open = RwSignal::new(false);
    let announcement = RwSignal::new(String::new());
    Effect::new(move |_| platform::set_title(&i18n.t("catalog-title")));

    let on_rename = Callback::new(move |row: CatalogEntryRow| {
        renaming.set(Some(row));
        dialog_open.set(true);
    });
    let on_reset = Callback::new(move |row: CatalogEntryRow| {
        let Some(Ok(view)) = view_state.get_untracked() else {
            return;
        };
        let input = RenameCatalogEntryInput {
            partner_org_id: view.partner_org_id,
            kind: row.kind,
            key: row.key,
            name: None,
        };
        spawn_local(async move {
            match api::rename_catalog_entry(input).await {
                Ok(view) => {
                    announcement.set(
                        i18n.t_args("catalog-reset-done", &[("name", row.default_name.clone())]),
                    );
                    view_state.set(Some(Ok(view)));
                }
                Err(error) => view_state.set(Some(Err(error))),
            }
        });
    });

    view! {
        <div class="page-head">
            <h1>{tr("catalog-title")}</h1>
        </div>
        <p class="lead">{tr("catalog-intro")}</p>
        <p class="visually-hidden" role="status">{move || announcement.get()}</p>
        {move || match view_state.get() {
            None => view! { <p role="status">{tr("loading")}</p> }.into_any(),
            Some(Err(error)) => view! { <ErrorNotice error /> }.into_any(),
            Some(Ok(view)) => {
                let can_write = view.can_write;
                let license_names: Vec<(String, String)> = view
                    .licenses
                    .iter()
                    .map(|l| (l.key.clone(), l.name.clone()))
                    .collect();
                view! {
                    <section class="card" aria-labelledby="catalog-packages">
                        <h2 id="catalog-packages">{tr("catalog-packages")}</h2>
                        <CatalogTable
                            kind=CatalogKind::Package
                            rows=view.packages
                            license_names
                            can_write
                            on_rename
                            on_reset
                        />
                    </section>
                    <section class="card" aria-labelledby="catalog-licenses">
                        <h2 id="catalog-licenses">{tr("catalog-licenses")}</h2>
                        <CatalogTable
                            kind=CatalogKind::License
                            rows=view.licenses
                            license_names=Vec::new()
                            can_write
                            on_rename
                            on_reset
                        />
                    </section>
                }
                    .into_any()
            }
        }}
        <RenameDialog open=dialog_open renaming view_state announcement />
    }
}

#[component]
fn CatalogTable(
    kind: CatalogKind,
    rows: Vec<CatalogEntryRow>,
    /// `(key, name)` of every license, to name what a package grants.
    license_names: Vec<(String, String)>,
    can_write: bool,
    on_rename: Callback<CatalogEntryRow>,
    on_reset: Callback<CatalogEntryRow>,
) -> impl IntoView {
    let i18n = use_i18n();
    let detail_heading = match kind {
        CatalogKind::Package => "catalog-col-grants",
        CatalogKind::License => "catalog-col-everyone",
    };
    let license_name = move |key: &str| {
        license_names
            .iter()
            .find(|(k, _)| k == key)
            .map_or_else(|| key.to_owned(), |(_, name)| name.clone())
    };
    view! {
        <div class="table-scroll">
            <table class="data-table" id=format!("catalog-{}-table", kind.as_str())>
                <thead>
                    <tr>
                        <th scope="col">{tr("catalog-col-name")}</th>
                        <th scope="col">{tr("catalog-col-key")}</th>
                        <th scope="col">{tr(detail_heading)}</th>
                        <th scope="col">
                            <span class="visually-hidden">{tr("customers-col-actions")}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let detail = match kind {
                                CatalogKind::Package => row
                                    .license_keys
                                    .iter()
                                    .map(|k| license_name(k))
                                    .collect::<Vec<_>>()
                                    .join(", "),
                                CatalogKind::License => String::new(),
                            };
                            let everyone = row.default_grant;
                            let default_name = row.default_name.clone();
                            let renamed = row.renamed;
                            let name = row.name.clone();
                            let rename_label = {
                                let name = name.clone();
                                move || i18n.t_args("catalog-rename-label", &[("name", name.clone())])
                            };
                            let reset_label = {
                                let name = name.clone();
                                move || i18n.t_args("catalog-reset-label", &[("name", name.clone())])
                            };
                            let for_rename = row.clone();
                            let for_reset = row.clone();
                            view! {
                                <tr data-key=row.key.clone()>
                                    <th scope="row">
                                        {name.clone()}
                                        <Show when=move || renamed>
                                            <span class="hint">
                                                {
                                                    let default_name = default_name.clone();
                                                    move || i18n.t_args("catalog-default-name", &[("name", default_name.clone())])
                                                }
                                            </span>
                                        </Show>
                                    </th>
                                    <td class="mono">{row.key.clone()}</td>
                                    <td>
                                        {match kind {
                                            CatalogKind::Package => detail.into_any(),
                                            CatalogKind::License => {
                                                (move || i18n.t(if everyone { "catalog-everyone-yes" } else { "catalog-everyone-no" }))
                                                    .into_any()
                                            }
                                        }}
                                    </td>
                                    <td class="actions">
                                        <button
                                            type="button"
                                            class="button secondary small"
                                            aria-label=rename_label
                                            disabled=!can_write
                                            on:click=move |_| on_rename.run(for_rename.clone())
                                        >
                                            {tr("catalog-rename")}
                                        </button>
                                        <Show when=move || renamed>
                                            {
                                                let for_reset = for_reset.clone();
                                                let reset_label = reset_label.clone();
                                                view! {
                                                    <button
                                                        type="button"
                                                        class="button secondary small"
                                                        aria-label=reset_label
                                                        disabled=!can_write
                                                        on:click=move |_| on_reset.run(for_reset.clone())
                                                    >
                                                        {tr("catalog-reset")}
                                                    </button>
                                                }
                                            }
                                        </Show>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Renames one entry: the name is checked as it is typed, with the same
/// rule (length, one line, no clash with a sibling) the server applies.
#[component]
fn RenameDialog(
    open: RwSignal<bool>,
    renaming: RwSignal<Option<CatalogEntryRow>>,
    view_state: RwSignal<Option<Result<CatalogView, ApiError>>>,
    announcement: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| {
        if open.get() {
            name.set(
                renaming.with_untracked(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default()),
            );
            submitted.set(false);
            server_error.set(None);
        }
    });
    let local_error = Memo::new(move |_| {
        let entry = renaming.get()?;
        view_state.with(|v| match v {
            Some(Ok(view)) => view
                .validate_rename(entry.kind, &entry.key, &name.get())
                .err(),
            _ => None,
        })
    });
    let error = Signal::derive(move || {
        let remote = server_error.with(|e| {
            e.as_ref().map(|e| {
                e.findings
                    .iter()
                    .find(|f| f.field == "name")
                    .map_or(e.code, |f| f.code)
            })
        });
        let local = local_error.get();
        // Errors show once the admin tries to save, or as soon as the
        // name is too long or clashes: those are worth knowing while typing.
        let early = matches!(
            local,
            Some(Code::CatalogNameTooLong | Code::CatalogNameInUse | Code::CatalogNameInvalid)
        );
        if submitted.get() || early {
            local.or(remote)
        } else {
            remote
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        server_error.set(None);
        if local_error.get_untracked().is_some() || busy.get_untracked() {
            platform::focus_first_invalid();
            return;
        }
        let Some(entry) = renaming.get_untracked() else {
            return;
        };
        let Some(Ok(view)) = view_state.get_untracked() else {
            return;
        };
        let new_name = name.get_untracked().trim().to_owned();
        let input = RenameCatalogEntryInput {
            partner_org_id: view.partner_org_id,
            kind: entry.kind,
            key: entry.key,
            name: Some(new_name.clone()),
        };
        busy.set(true);
        spawn_local(async move {
            match api::rename_catalog_entry(input).await {
                Ok(view) => {
                    open.set(false);
                    announcement.set(i18n.t_args("catalog-renamed", &[("name", new_name)]));
                    view_state.set(Some(Ok(view)));
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
        let current = renaming.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default());
        i18n.t_args("catalog-rename-title", &[("name", current)])
    };
    let default_hint = move || {
        let default_name = renaming.with(|r| {
            r.as_ref()
                .map(|r| r.default_name.clone())
                .unwrap_or_default()
        });
        i18n.t_args("catalog-default-name", &[("name", default_name)])
    };
    view! {
        <Dialog open labelled_by="rename-catalog-title">
            <form novalidate on:submit=submit class="dialog-form">
                <h2 id="rename-catalog-title">{title}</h2>
                <div class="field">
                    <label for="catalog-name">{tr("catalog-col-name")}</label>
                    <input
                        id="catalog-name"
                        autocomplete="off"
                        maxlength=domain::limits::CATALOG_NAME_MAX_CHARS * 2
                        aria-invalid=move || error.get().is_some().to_string()
                        aria-describedby=move || {
                            if error.get().is_some() {
                                "catalog-name-hint catalog-name-error"
                            } else {
                                "catalog-name-hint"
                            }
                        }
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                    <p class="hint" id="catalog-name-hint">{default_hint}</p>
                    <FieldError id="catalog-name-error" code=error />
                </div>
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
