//! Sign-in. The email is checked with `domain` before anything is sent; the
//! server checks again and answers wrong credentials and throttling with
//! codes the page explains.
use domain::{Code, Email};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::{
    api::{self, ApiError, SignInInput},
    components::{error_notice::ErrorNotice, public_frame::PublicFrame},
    i18n::{tr, use_i18n},
    platform,
    session::use_auth,
};

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let navigate = use_navigate();
    let query = use_query_map();
    // A *Set up service* link sends its email along (SUB-1).
    let email = RwSignal::new(query.read_untracked().get("email").unwrap_or_default());
    let password = RwSignal::new(String::new());
    let email_problem = RwSignal::new(None::<Code>);
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);

    Effect::new(move |_| platform::set_title(&i18n.t("sign-in-title")));

    // Signed in (just now, or already: the back button): on to the page
    // that sent the admin here (`next`, a path of this site only), else
    // where they belong. One place decides, so a sign-in never races it.
    Effect::new(move |_| {
        if let Some(session) = auth.session.get() {
            let target = query
                .read_untracked()
                .get("next")
                .filter(|n| n.starts_with('/') && !n.starts_with("//"))
                .unwrap_or_else(|| session.landing_path());
            navigate(&target, Default::default());
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        let checked = Email::parse(&email.get_untracked());
        email_problem.set(checked.as_ref().err().map(|e| e.code()));
        if checked.is_err() || pending.get_untracked() {
            return;
        }
        pending.set(true);
        let input = SignInInput {
            email: email.get_untracked(),
            password: password.get_untracked(),
        };
        spawn_local(async move {
            match api::sign_in(input).await {
                Ok(session) => auth.signed_in(session, i18n),
                Err(e) => {
                    password.set(String::new());
                    error.set(Some(e));
                }
            }
            pending.set(false);
        });
    };

    view! {
        <PublicFrame title="sign-in-title">
                <form on:submit=on_submit novalidate>
                    {move || error.get().map(|e| view! { <ErrorNotice error=e id="sign-in-error" /> })}
                    <div class="field">
                        <label for="email">{tr("sign-in-email")}</label>
                        <input
                            id="email"
                            name="email"
                            type="email"
                            autocomplete="username"
                            required
                            bind:value=email
                            aria-invalid=move || email_problem.get().is_some().to_string()
                            aria-describedby=move || {
                                email_problem.get().map(|_| "email-problem".to_string())
                            }
                        />
                        {move || {
                            email_problem
                                .get()
                                .map(|code| {
                                    view! {
                                        <p class="field-error" id="email-problem">
                                            {move || i18n.code(code)}
                                        </p>
                                    }
                                })
                        }}
                    </div>
                    <div class="field">
                        <label for="password">{tr("sign-in-password")}</label>
                        <input
                            id="password"
                            name="password"
                            type="password"
                            autocomplete="current-password"
                            required
                            bind:value=password
                            aria-describedby=move || error.get().map(|_| "sign-in-error".to_string())
                        />
                    </div>
                    <button type="submit" class="button primary" disabled=move || pending.get()>
                        {move || {
                            if pending.get() { i18n.t("sign-in-pending") } else { i18n.t("sign-in-submit") }
                        }}
                    </button>
                </form>
        </PublicFrame>
    }
}
