//! SUB-5, T-2: a partner who provisioned this org holds only the
//! *Provisioning admin* label here until the customer grants full admin.
//! The org's own customer full admins see the pending requests on its
//! overview (the request email links here) and grant or decline each.
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::{self, ApiError, FullAdminRequestRow},
    components::error_notice::ErrorNotice,
    i18n::{tr, use_i18n},
    platform,
};

/// What the last answer did, translated when shown (the language may
/// change after it).
#[derive(Clone)]
struct Answered {
    granted: bool,
    name: String,
}

/// The pending requests, shown only when there is one (or an answer or an
/// error to tell). `on_granted` gets the new full admin's email, so the
/// page's list of admins shows the new role without a reload.
#[component]
pub fn FullAdminRequests(org_id: String, on_granted: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let requests = RwSignal::new(Vec::<FullAdminRequestRow>::new());
    let answered = RwSignal::new(None::<Answered>);
    let error = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let org_id = StoredValue::new(org_id);
    spawn_local(async move {
        match api::list_full_admin_requests(org_id.get_value()).await {
            Ok(list) => requests.set(list),
            Err(refused) => error.set(Some(refused)),
        }
    });
    let answer = move |request: FullAdminRequestRow, grant: bool| {
        busy.set(true);
        answered.set(None);
        error.set(None);
        spawn_local(async move {
            let admin_id = request.admin_id.clone();
            match api::answer_full_admin_request(org_id.get_value(), admin_id.clone(), grant).await
            {
                Ok(()) => {
                    requests.update(|list| list.retain(|r| r.admin_id != admin_id));
                    answered.set(Some(Answered {
                        granted: grant,
                        name: request.display_name.clone(),
                    }));
                    if grant {
                        on_granted.run(request.email);
                    }
                }
                Err(refused) => error.set(Some(refused)),
            }
            busy.set(false);
        });
    };
    let visible =
        move || !requests.read().is_empty() || answered.read().is_some() || error.read().is_some();
    let answered_text = move || {
        answered.get().map(|a| {
            let key = match a.granted {
                true => "full-admin-granted",
                false => "full-admin-declined",
            };
            i18n.t_args(key, &[("name", a.name)])
        })
    };

    view! {
        <Show when=visible>
            <section class="card attention" id="full-admin-requests" aria-labelledby="full-admin-requests-title">
                <h2 id="full-admin-requests-title">{tr("full-admin-requests-title")}</h2>
                <Show when=move || !requests.read().is_empty()>
                    <p class="hint">{tr("full-admin-requests-intro")}</p>
                </Show>
                <ul class="plain-list request-list">
                    <For each=move || requests.get() key=|r| r.admin_id.clone() let:request>
                        {
                            let line_id = format!("full-admin-request-{}", request.admin_id);
                            let (name, email, at) = (
                                request.display_name.clone(),
                                request.email.clone(),
                                request.requested_at_ms,
                            );
                            let line = move || {
                                let date = platform::format_date(at, i18n.language.get());
                                i18n.t_args(
                                    "full-admin-request-line",
                                    &[("name", name.clone()), ("email", email.clone()), ("date", date)],
                                )
                            };
                            let (grant, decline) = (request.clone(), request);
                            view! {
                                <li class="request">
                                    <span id=line_id.clone()>{line}</span>
                                    <span class="actions">
                                        <button
                                            type="button"
                                            class="button primary"
                                            aria-describedby=line_id.clone()
                                            disabled=move || busy.get()
                                            on:click=move |_| answer(grant.clone(), true)
                                        >
                                            {tr("full-admin-grant")}
                                        </button>
                                        <button
                                            type="button"
                                            class="button secondary"
                                            aria-describedby=line_id
                                            disabled=move || busy.get()
                                            on:click=move |_| answer(decline.clone(), false)
                                        >
                                            {tr("full-admin-decline")}
                                        </button>
                                    </span>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <p class="status-line" role="status" id="full-admin-answered">{answered_text}</p>
                {move || error.get().map(|error| view! { <ErrorNotice error /> })}
            </section>
        </Show>
    }
}
