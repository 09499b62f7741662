//! Control Hub → Users: the org's users, searched by name or email, sorted,
//! filtered by package, location and status, and paged by keyset cursor
//! (the server answers a page in the same time at 100 or 100,000 users).
use domain::UserStatus;
use leptos::prelude::*;
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};

use crate::{
    api::{self, DirectoryOptions, UserQuery, UserSort},
    components::{
        error_notice::ErrorNotice,
        line_status::LineStatusBadge,
        pager::{Cursors, PageCount, Pager},
    },
    i18n::{tr, use_i18n},
    platform,
};

#[component]
pub fn UsersPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query_map = use_query_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    let search = RwSignal::new(String::new());
    let sort = RwSignal::new(UserSort::NameAsc);
    let package = RwSignal::new(String::new());
    let location = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let cursors = Cursors::new();
    let first_page = move || cursors.reset();

    let options = LocalResource::new(move || api::get_directory_options(org_id.get()));
    let page = LocalResource::new(move || {
        let query = UserQuery {
            org_id: org_id.get(),
            search: search.get(),
            sort: sort.get(),
            package: Some(package.get()).filter(|p| !p.is_empty()),
            location_id: Some(location.get()).filter(|l| !l.is_empty()),
            status: UserStatus::parse(&status.get()),
            after: cursors.current(),
            limit: None,
        };
        async move { api::list_users(query).await }
    });
    let added = move || {
        query_map
            .read()
            .get("added")
            .and_then(|n| n.parse::<usize>().ok())
    };

    Effect::new(move |_| platform::set_title(&i18n.t("users-title")));

    let filter_select =
        move |label: &'static str, signal: RwSignal<String>, choices: Vec<(String, String)>| {
            view! {
                <label class="filter">
                    <span class="label-text">{tr(label)}</span>
                    <select
                        prop:value=move || signal.get()
                        on:change=move |ev| {
                            signal.set(event_target_value(&ev));
                            first_page();
                        }
                    >
                        <option value="">{tr("users-filter-all")}</option>
                        {choices
                            .into_iter()
                            .map(|(value, text)| view! { <option value=value>{text}</option> })
                            .collect_view()}
                    </select>
                </label>
            }
        };
    let filters = move |options: DirectoryOptions| {
        let packages = options
            .packages
            .iter()
            .map(|p| (p.key.clone(), p.name.clone()))
            .collect();
        let locations = options
            .locations
            .iter()
            .map(|l| (l.id.clone(), l.name.clone()))
            .collect();
        let statuses = UserStatus::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str().to_owned(),
                    i18n.t(&format!("user-status-{}", s.as_str())),
                )
            })
            .collect();
        view! {
            {filter_select("users-filter-package", package, packages)}
            {filter_select("users-filter-location", location, locations)}
            {filter_select("users-filter-status", status, statuses)}
        }
    };
    let add_button = move |can_write: bool| {
        if can_write {
            view! {
                <A href=format!("/orgs/{}/users/import", org_id.get()) attr:class="button secondary">
                    {tr("users-import")}
                </A>
                <A href=format!("/orgs/{}/users/new", org_id.get()) attr:class="button primary">
                    {tr("users-add")}
                </A>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="button primary" disabled aria-describedby="read-only-note">
                    {tr("users-add")}
                </button>
            }
            .into_any()
        }
    };

    view! {
        <div class="page-head split">
            <h1>{tr("users-title")}</h1>
            <div class="button-row">
                <a
                    class="button secondary"
                    href=move || format!("/api/v1/organizations/{}/people.csv", org_id.get())
                    download="users.csv"
                >
                    {tr("users-export")}
                </a>
                <Transition>
                    {move || Suspend::new(async move {
                        options.await.ok().map(|o| add_button(o.can_write))
                    })}
                </Transition>
            </div>
        </div>
        {move || {
            added()
                .map(|n| {
                    view! {
                        <p class="notice success" role="status">
                            <span class="notice-icon" aria-hidden="true">"✓"</span>
                            {move || i18n.t_count("users-added", n)}
                        </p>
                    }
                })
        }}
        <Transition>
            {move || Suspend::new(async move {
                options
                    .await
                    .ok()
                    .filter(|o| !o.can_write)
                    .map(|_| {
                        view! {
                            <p class="notice info" role="note" id="read-only-note">
                                <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                                {tr("overview-read-only")}
                            </p>
                        }
                    })
            })}
        </Transition>
        <div class="toolbar" role="search">
            <label class="search">
                <span class="label-text">{tr("users-search")}</span>
                <input
                    type="search"
                    autocomplete="off"
                    prop:value=move || search.get()
                    on:input=move |ev| {
                        search.set(event_target_value(&ev));
                        first_page();
                    }
                />
            </label>
            <label class="filter">
                <span class="label-text">{tr("users-sort")}</span>
                <select
                    prop:value=move || sort.get().as_str()
                    on:change=move |ev| {
                        sort.set(UserSort::parse(&event_target_value(&ev)).unwrap_or_default());
                        first_page();
                    }
                >
                    {UserSort::ALL
                        .into_iter()
                        .map(|s| {
                            let key = format!("users-sort-{}", s.as_str());
                            view! { <option value=s.as_str()>{move || i18n.t(&key)}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
            <Transition>
                {move || Suspend::new(async move { options.await.ok().map(filters) })}
            </Transition>
        </div>
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    Ok(page) => {
                        let total = page.total_in_org;
                        let next = page.next.clone();
                        let page_number = cursors.page();
                        let org = org_id.get_untracked();
                        view! {
                            <PageCount key="users-count" total page=page_number />
                            {if page.users.is_empty() {
                                view! { <p class="empty">{tr("users-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <div class="table-scroll">
                                    <table class="data-table" id="users-table">
                                        <caption class="visually-hidden">{tr("users-title")}</caption>
                                        <thead>
                                            <tr>
                                                <th scope="col">{tr("users-col-name")}</th>
                                                <th scope="col">{tr("users-col-email")}</th>
                                                <th scope="col">{tr("users-col-package")}</th>
                                                <th scope="col">{tr("users-col-location")}</th>
                                                <th scope="col">{tr("users-col-extension")}</th>
                                                <th scope="col">{tr("users-col-number")}</th>
                                                <th scope="col">{tr("users-col-status")}</th>
                                                <th scope="col">{tr("users-col-webex-go")}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {page
                                                .users
                                                .into_iter()
                                                .map(|user| {
                                                    let status_key = format!("user-status-{}", user.status.as_str());
                                                    view! {
                                                        <tr>
                                                            <th scope="row">
                                                                <A href=format!("/orgs/{org}/users/{}", user.id)>
                                                                    {user.display_name}
                                                                </A>
                                                            </th>
                                                            <td class="email">{user.email}</td>
                                                            <td>{user.package_name}</td>
                                                            <td>{user.location_name.unwrap_or_default()}</td>
                                                            <td>{user.extension.unwrap_or_default()}</td>
                                                            <td class="mono nowrap">{user.phone_number.unwrap_or_default()}</td>
                                                            <td>
                                                                <span class=format!("status status-{}", user.status.as_str())>
                                                                    {move || i18n.t(&status_key)}
                                                                </span>
                                                            </td>
                                                            <td class="webex-go">
                                                                {user
                                                                    .webex_go_status
                                                                    .map(|status| view! { <LineStatusBadge status /> })}
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
                            }}
                            <Pager cursors next label="users-pages" />
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}
