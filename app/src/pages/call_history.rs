//! Control Hub → Call history (GO-16): the detailed call history report.
//! Calls the calling platform sent, filtered by date range (whole UTC
//! days, at most 31), user and sub-client type, newest first and paged by
//! keyset cursor, with a CSV export of the same filters. A call on a Webex
//! Go line shows sub-client type `Mobile_Network`.
use domain::call_history::{
    Direction, ReportRange, SubClientType, format_duration, format_rfc3339, format_utc,
};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_params_map};

use crate::{
    api::{self, ApiError, CallHistoryQuery, CallRow},
    components::{
        error_notice::ErrorNotice,
        pager::{Cursors, PageCount, Pager},
    },
    i18n::{tr, use_i18n},
    platform,
};

/// The option text of a sub-client type (the value is its wire string).
fn sub_client_key(kind: SubClientType) -> &'static str {
    match kind {
        SubClientType::MobileNetwork => "calls-sub-mobile-network",
        SubClientType::Desktop => "calls-sub-desktop",
        SubClientType::MobileApp => "calls-sub-mobile-app",
        SubClientType::DeskPhone => "calls-sub-desk-phone",
        SubClientType::Browser => "calls-sub-browser",
        SubClientType::Other => "calls-sub-other",
    }
}

fn direction_key(direction: Direction) -> &'static str {
    match direction {
        Direction::Originating => "calls-direction-originating",
        Direction::Terminating => "calls-direction-terminating",
    }
}

#[component]
pub fn CallHistoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    // The last 7 days up to today (UTC), as the server would pick them.
    let default_range = ReportRange::ending_at(platform::now_ms());
    let from = RwSignal::new(default_range.from_date());
    let to = RwSignal::new(default_range.to_date());
    let user = RwSignal::new(String::new());
    let sub_client_type = RwSignal::new(String::new());
    let cursors = Cursors::new();
    let first_page = move || cursors.reset();

    // The range is checked here with the server's own rule (T-4), so a
    // wrong range is explained at once and never sent.
    let range_error = Memo::new(move |_| ReportRange::parse(&from.get(), &to.get()).err());
    let query = Memo::new(move |_| CallHistoryQuery {
        org_id: org_id.get(),
        from: from.get(),
        to: to.get(),
        user: user.get(),
        sub_client_type: SubClientType::parse(&sub_client_type.get()),
        after: cursors.current(),
        limit: None,
    });
    let page = LocalResource::new(move || {
        let query = query.get();
        let invalid = range_error.get();
        async move {
            match invalid {
                Some(finding) => Err(ApiError::field(finding.field, finding.code)),
                None => api::call_history(query).await,
            }
        }
    });
    // No link while the range is refused: the export would be refused too.
    let export_href = move || {
        range_error.get().is_none().then(|| {
            CallHistoryQuery {
                after: None,
                ..query.get()
            }
            .export_path()
        })
    };

    Effect::new(move |_| platform::set_title(&i18n.t("calls-title")));

    let date_input = move |id: &'static str, label: &'static str, signal: RwSignal<String>| {
        view! {
            <label class="filter" for=id>
                <span class="label-text">{tr(label)}</span>
                <input
                    id=id
                    type="date"
                    required
                    aria-describedby="calls-range-hint"
                    aria-invalid=move || range_error.get().is_some().then_some("true")
                    prop:value=move || signal.get()
                    on:change=move |ev| {
                        signal.set(event_target_value(&ev));
                        first_page();
                    }
                />
            </label>
        }
    };

    view! {
        <div class="page-head split">
            <h1>{tr("calls-title")}</h1>
            <div class="button-row">
                <a
                    class="button secondary"
                    href=export_href
                    download="call-history.csv"
                    aria-disabled=move || range_error.get().is_some().then_some("true")
                >
                    {tr("calls-export")}
                </a>
            </div>
        </div>
        <p class="intro">{tr("calls-intro")}</p>
        <div class="toolbar" role="search" aria-label=tr("calls-filters")>
            {date_input("calls-from", "calls-from", from)}
            {date_input("calls-to", "calls-to", to)}
            <label class="search" for="calls-user">
                <span class="label-text">{tr("calls-user")}</span>
                <input
                    id="calls-user"
                    type="search"
                    autocomplete="off"
                    maxlength="200"
                    prop:value=move || user.get()
                    on:input=move |ev| {
                        user.set(event_target_value(&ev));
                        first_page();
                    }
                />
            </label>
            <label class="filter" for="calls-sub-client">
                <span class="label-text">{tr("calls-sub-client")}</span>
                <select
                    id="calls-sub-client"
                    prop:value=move || sub_client_type.get()
                    on:change=move |ev| {
                        sub_client_type.set(event_target_value(&ev));
                        first_page();
                    }
                >
                    <option value="">{tr("calls-sub-all")}</option>
                    {SubClientType::ALL
                        .into_iter()
                        .map(|kind| {
                            let key = sub_client_key(kind);
                            view! {
                                <option value=kind.as_str()>
                                    {move || format!("{} – {}", kind.as_str(), i18n.t(key))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
        <p class="hint" id="calls-range-hint">{tr("calls-range-hint")}</p>
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Err(error) => view! { <ErrorNotice error id="calls-error" /> }.into_any(),
                    Ok(page) => {
                        let total = page.total;
                        let next = page.next.clone();
                        let page_number = cursors.page();
                        let org = org_id.get_untracked();
                        view! {
                            <PageCount key="calls-count" total page=page_number />
                            {if page.calls.is_empty() {
                                view! { <p class="empty">{tr("calls-empty")}</p> }.into_any()
                            } else {
                                view! { <CallTable calls=page.calls org /> }.into_any()
                            }}
                            <Pager cursors next label="calls-pages" />
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}

#[component]
fn CallTable(calls: Vec<CallRow>, org: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-scroll">
            <table class="data-table" id="calls-table">
                <caption class="visually-hidden">{tr("calls-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("calls-col-time")}</th>
                        <th scope="col">{tr("calls-col-user")}</th>
                        <th scope="col">{tr("calls-col-direction")}</th>
                        <th scope="col">{tr("calls-col-calling")}</th>
                        <th scope="col">{tr("calls-col-called")}</th>
                        <th scope="col">{tr("calls-col-duration")}</th>
                        <th scope="col">{tr("calls-col-sub-client")}</th>
                    </tr>
                </thead>
                <tbody>
                    {calls
                        .into_iter()
                        .map(|call| {
                            let direction = direction_key(call.direction);
                            let user = match (call.user_id, call.user_name) {
                                (Some(id), Some(name)) => view! {
                                    <A href=format!("/orgs/{org}/users/{id}")>{name}</A>
                                    <span class="muted email">{call.user_email.unwrap_or_default()}</span>
                                }
                                    .into_any(),
                                _ => view! { <span class="muted">{tr("calls-no-user")}</span> }.into_any(),
                            };
                            view! {
                                <tr data-sub-client=call.sub_client_type.as_str()>
                                    <th scope="row" class="mono">
                                        <time datetime=format_rfc3339(call.start_ms)>
                                            {format_utc(call.start_ms)}
                                        </time>
                                    </th>
                                    <td class="owner">{user}</td>
                                    <td>{move || i18n.t(direction)}</td>
                                    <td class="mono nowrap">{call.calling_number.unwrap_or_default()}</td>
                                    <td class="mono nowrap">{call.called_number.unwrap_or_default()}</td>
                                    <td class="mono nowrap">{format_duration(call.duration_seconds)}</td>
                                    <td class="mono nowrap">{call.sub_client_type.as_str()}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
