//! Control Hub → Audit log: every change in the org, newest first, with who
//! did it and from which org (T-3).
use leptos::{prelude::*, task::spawn_local};
use leptos_router::hooks::use_params_map;

use crate::{
    api::{self, ApiError, AuditEntry, AuditQuery},
    components::error_notice::ErrorNotice,
    i18n::{tr, use_i18n},
    platform,
};

#[component]
pub fn AuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let entries = RwSignal::new(Vec::<AuditEntry>::new());
    let next_before = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<ApiError>);
    let loading = RwSignal::new(true);

    let load = move |before: Option<String>| {
        let org_id = params.read_untracked().get("org").unwrap_or_default();
        loading.set(true);
        spawn_local(async move {
            match api::audit_log(AuditQuery {
                org_id,
                before: before.clone(),
            })
            .await
            {
                Ok(page) => {
                    if before.is_none() {
                        entries.set(page.entries);
                    } else {
                        entries.update(|all| all.extend(page.entries));
                    }
                    next_before.set(page.next_before);
                    error.set(None);
                }
                Err(e) => error.set(Some(e)),
            }
            loading.set(false);
        });
    };
    Effect::new(move |_| {
        params.track();
        load(None);
    });
    Effect::new(move |_| platform::set_title(&i18n.t("audit-title")));

    view! {
        <div class="page-head">
            <h1>{tr("audit-title")}</h1>
        </div>
        {move || error.get().map(|error| view! { <ErrorNotice error /> })}
        <Show when=move || error.get().is_none()>
            <Show
                when=move || !entries.read().is_empty() || loading.get()
                fallback=|| view! { <p class="empty" role="status">{tr("audit-empty")}</p> }
            >
                <table class="data-table">
                    <caption class="visually-hidden">{tr("audit-title")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr("audit-col-when")}</th>
                            <th scope="col">{tr("audit-col-who")}</th>
                            <th scope="col">{tr("audit-col-action")}</th>
                            <th scope="col">{tr("audit-col-detail")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || entries.get() key=|e| e.id.clone() let:entry>
                            <AuditRow entry />
                        </For>
                    </tbody>
                </table>
            </Show>
        </Show>
        <p role="status" class="status-line">
            {move || loading.get().then(|| i18n.t("loading"))}
        </p>
        <Show when=move || next_before.get().is_some()>
            <button
                type="button"
                class="button secondary"
                disabled=move || loading.get()
                on:click=move |_| load(next_before.get_untracked())
            >
                {tr("audit-more")}
            </button>
        </Show>
    }
}

#[component]
fn AuditRow(entry: AuditEntry) -> impl IntoView {
    let i18n = use_i18n();
    let action_key = format!("action-{}", entry.action);
    let at = entry.at_ms;
    let via = entry.actor_org_name.clone();
    view! {
        <tr>
            <td>{move || platform::format_timestamp(at, i18n.language.get())}</td>
            <td>
                {entry.actor_email.clone()}
                {via
                    .map(|org| {
                        view! {
                            <span class="muted">
                                " " {move || i18n.t_args("audit-acting-from", &[("org", org.clone())])}
                            </span>
                        }
                    })}
            </td>
            <td>{move || i18n.t(&action_key)}</td>
            <td class="detail">{entry.detail.clone()}</td>
        </tr>
    }
}
