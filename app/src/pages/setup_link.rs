//! `/setup/<token>`: the welcome email's *Set up service* link (SUB-1).
//!
//! The page shows the order and gets the person in: signed in, they go
//! straight on to the wizard (the server has made them the order's setup
//! admin); with an account, they sign in (their email filled in) and come
//! back here; without one, they create it here, with the password rule the
//! server applies (`domain::NewPassword`). A link that cannot be used says
//! why in words.
use domain::{Code, NewPassword, PersonName, limits::PASSWORD_MIN_CHARS};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_params_map},
    location::Url,
};

use crate::{
    api::{self, ApiError, OrderLinkInfo, SetupAccountInput},
    components::{
        error_notice::ErrorNotice,
        field::TextField,
        order_facts::{OrderFacts, setup_path},
        public_frame::PublicFrame,
    },
    i18n::{tr, use_i18n},
    platform,
    session::use_auth,
};

#[component]
pub fn SetupLinkPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let link = LocalResource::new(move || api::open_setup_link(token.get()));
    Effect::new(move |_| platform::set_title(&i18n.t("setup-link-title")));

    view! {
        <PublicFrame title="setup-link-title" class="setup-link-card">
                <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
                    {move || Suspend::new(async move {
                        match link.await {
                            Err(error) => view! { <LinkRefused error /> }.into_any(),
                            Ok(info) => view! { <LinkOpened info token=token.get_untracked() /> }.into_any(),
                        }
                    })}
                </Transition>
        </PublicFrame>
    }
}

/// A link that cannot be used: why, and the way in for someone who has
/// set the order up already.
#[component]
fn LinkRefused(error: ApiError) -> impl IntoView {
    view! {
        <ErrorNotice error id="setup-link-error" />
        <p class="hint">{tr("setup-link-refused-hint")}</p>
        <a class="button secondary" href="/sign-in">{tr("setup-link-go-sign-in")}</a>
    }
}

#[component]
fn LinkOpened(info: OrderLinkInfo, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let order_id = info.order_id.clone();
    // Signed in: the link has done its work, the wizard takes over.
    if info.signed_in {
        let target = setup_path(&order_id);
        request_animation_frame(move || {
            navigate(
                &target,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        });
    }
    let email = info.email.clone();
    let sign_in_href = format!(
        "/sign-in?next={}&email={}",
        Url::escape(&format!("/setup/{token}")),
        Url::escape(&email)
    );
    let next = if info.signed_in {
        view! { <p role="status">{tr("setup-link-opening")}</p> }.into_any()
    } else if info.has_account {
        let email = email.clone();
        view! {
            <p>{move || i18n.t_args("setup-link-sign-in-hint", &[("email", email.clone())])}</p>
            <a class="button primary" id="setup-link-sign-in" href=sign_in_href>
                {tr("setup-link-sign-in")}
            </a>
        }
        .into_any()
    } else {
        view! { <CreateAccount token email=email.clone() order_id /> }.into_any()
    };
    view! {
        <p class="lead">{tr("setup-link-lead")}</p>
        <OrderFacts subscription_id=info.subscription_id services=info.services />
        {next}
    }
}

/// SUB-1: the provisioning contact has no account yet: a name and a
/// password, checked as `domain` checks them before anything is sent.
#[component]
fn CreateAccount(token: String, email: String, order_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    let server_finding = move |field: &'static str| {
        server_error.with(|e| {
            e.as_ref()
                .and_then(|e| e.findings.iter().find(|f| f.field == field).map(|f| f.code))
        })
    };
    let name_error = Signal::derive(move || {
        let local = PersonName::parse(&name.get()).err().map(|e| e.code());
        tried
            .get()
            .then_some(local)
            .flatten()
            .or_else(|| server_finding("display_name"))
    });
    // The length rule is shown as the password is typed: it is the one
    // rule, and waiting for a refusal to learn it helps nobody.
    let password_error = Signal::derive(move || {
        let typed = password.with(|p| !p.is_empty());
        let local = NewPassword::parse(&password.get())
            .err()
            .map(|e| e.code())
            .filter(|_| typed || tried.get());
        local.or_else(|| server_finding("password"))
    });
    // A mismatch is only this form's concern: `bad_request` in this
    // field's own words, shown once the repeat is as long as the password
    // (before, the admin is still typing it) or at Next.
    let repeat_error = Signal::derive(move || {
        let (typed, wanted) = (repeat.get(), password.get());
        let finished = tried.get() || (!typed.is_empty() && typed.len() >= wanted.len());
        (finished && typed != wanted).then_some(Code::BadRequest)
    });
    // What the fields do not show: a link gone stale meanwhile, an account
    // made for this email in another tab (`email_in_use`).
    let general_error = move || {
        server_error.get().filter(|e| {
            !e.findings
                .iter()
                .any(|f| matches!(f.field.as_str(), "display_name" | "password"))
        })
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        server_error.set(None);
        if name_error.get_untracked().is_some()
            || password_error.get_untracked().is_some()
            || repeat_error.get_untracked().is_some()
            || busy.get_untracked()
        {
            platform::focus_first_invalid();
            return;
        }
        let input = SetupAccountInput {
            token: token.clone(),
            display_name: name.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        };
        let order_id = order_id.clone();
        let navigate = navigate.clone();
        busy.set(true);
        spawn_local(async move {
            match api::create_setup_account(input).await {
                Ok(session) => {
                    // The new account is the order's setup admin now.
                    auth.signed_in(session, i18n);
                    navigate(&setup_path(&order_id), Default::default());
                }
                Err(error) => {
                    password.set(String::new());
                    repeat.set(String::new());
                    server_error.set(Some(error));
                    platform::focus_first_invalid();
                }
            }
            busy.set(false);
        });
    };

    let hint_email = email.clone();
    view! {
        <form novalidate on:submit=submit id="setup-account-form" aria-labelledby="setup-account-title">
            <h2 id="setup-account-title">{tr("setup-account-title")}</h2>
            <p class="hint">
                {move || i18n.t_args("setup-account-hint", &[("email", hint_email.clone())])}
            </p>
            {move || general_error().map(|error| view! { <ErrorNotice error id="setup-account-error" /> })}
            <div class="field">
                <label for="setup-account-email">{tr("sign-in-email")}</label>
                <input id="setup-account-email" type="email" autocomplete="username" readonly prop:value=email />
            </div>
            <TextField
                id="setup-account-name"
                label="setup-account-name"
                value=name
                error=name_error
                required=true
                autocomplete="name"
            />
            <TextField
                id="setup-account-password"
                label="setup-account-password"
                value=password
                error=password_error
                required=true
                input_type="password"
                autocomplete="new-password"
                hint=Signal::derive(move || {
                    i18n.t_args("setup-account-password-hint", &[("min", PASSWORD_MIN_CHARS.to_string())])
                })
            />
            <TextField
                id="setup-account-repeat"
                label="setup-account-repeat"
                value=repeat
                error=repeat_error
                required=true
                input_type="password"
                autocomplete="new-password"
                texts=&[(Code::BadRequest, "setup-account-repeat-mismatch")]
            />
            <button type="submit" class="button primary" id="setup-account-submit" disabled=move || busy.get()>
                {move || i18n.t(if busy.get() { "setup-account-pending" } else { "setup-account-submit" })}
            </button>
        </form>
    }
}
