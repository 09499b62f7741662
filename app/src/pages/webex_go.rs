//! Users → one user → *Add Webex Go device* (GO-2 … GO-6): the subscription
//! (only when the org has several with Webex Go licenses) and the phone
//! number (only when the user has none), then the activation details,
//! shown once.
use domain::{Code, Country, PhoneNumber, user::OrgDirectory};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{components::A, hooks::use_params_map};

use crate::{
    api::{self, AddWebexGoInput, AddedWebexGo, ApiError, UserRef, WebexGoOptions},
    components::{
        activation_panel::ActivationPanel, error_notice::ErrorNotice, field::FieldError,
        focus::focus_later, subscription_option::SubscriptionOption,
    },
    i18n::{tr, use_i18n},
    platform,
};

#[component]
pub fn AddWebexGoPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let user_ref = Memo::new(move |_| UserRef {
        org_id: params.read().get("org").unwrap_or_default(),
        user_id: params.read().get("user").unwrap_or_default(),
    });
    let options = LocalResource::new(move || api::get_webex_go_options(user_ref.get()));
    Effect::new(move |_| platform::set_title(&i18n.t("webex-go-title")));

    view! {
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match options.await {
                    Ok(options) => view! { <AddWebexGo options /> }.into_any(),
                    Err(error) => view! {
                        <h1>{tr("webex-go-title")}</h1>
                        <ErrorNotice error />
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// The page head, and what the user may have: the form, or why not.
#[component]
fn AddWebexGo(options: WebexGoOptions) -> impl IntoView {
    let i18n = use_i18n();
    let org = options.org_id.clone();
    let owner = options.owner.clone();
    let user_href = format!("/orgs/{org}/users/{}", owner.user_id);
    let name = owner.display_name.clone();
    let for_whom = {
        let (name, email) = (owner.display_name.clone(), owner.email.clone());
        move || {
            i18n.t_args(
                "webex-go-for",
                &[("name", name.clone()), ("email", email.clone())],
            )
        }
    };
    let body = if !options.ineligible.is_empty() {
        view! { <IneligibleNotice codes=options.ineligible.clone() /> }.into_any()
    } else if let Some(device_id) = options.existing_device_id.clone() {
        view! { <HasLineNotice org_id=org.clone() device_id name=name.clone() /> }.into_any()
    } else {
        view! { <AddWebexGoForm options=options.clone() /> }.into_any()
    };

    view! {
        <div class="page-head">
            <p class="eyebrow">
                <A href=user_href>{name.clone()}</A>
            </p>
            <h1>{tr("webex-go-title")}</h1>
            <p class="muted">{for_whom}</p>
        </div>
        {body}
    }
}

/// GO-1: why a user cannot have a Webex Go line, every missing condition
/// named.
#[component]
pub fn IneligibleNotice(codes: Vec<Code>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice info" role="note" id="webex-go-ineligible">
            <span class="notice-icon" aria-hidden="true">"ℹ"</span>
            <div>
                <p class="notice-lead">{tr("webex-go-ineligible")}</p>
                <ul class="reasons">
                    {codes
                        .into_iter()
                        .map(|code| view! { <li data-code=code.as_str()>{move || i18n.code(code)}</li> })
                        .collect_view()}
                </ul>
            </div>
        </div>
    }
}

/// One Webex Go line per user: this one has theirs.
#[component]
pub fn HasLineNotice(org_id: String, device_id: String, name: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice info" role="note" id="webex-go-has-line">
            <span class="notice-icon" aria-hidden="true">"ℹ"</span>
            <p class="notice-text">
                {move || i18n.t_args("webex-go-has-line", &[("name", name.clone())])}
                " "
                <A href=format!("/orgs/{org_id}/devices/{device_id}")>{tr("webex-go-open-device")}</A>
            </p>
        </div>
    }
}

#[component]
fn AddWebexGoForm(options: WebexGoOptions) -> impl IntoView {
    let i18n = use_i18n();
    let options = StoredValue::new(options);
    let pick_subscription = options.with_value(|o| o.subscriptions.len() > 1);
    let pick_number = options.with_value(|o| o.primary_number.is_none());
    let subscription = RwSignal::new(String::new());
    let number = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    let added = RwSignal::new(None::<AddedWebexGo>);

    // A number typed in national format is read in the country of the
    // user's location, as the server reads it.
    let country = LocalResource::new(move || {
        let user = UserRef {
            org_id: options.with_value(|o| o.org_id.clone()),
            user_id: options.with_value(|o| o.owner.user_id.clone()),
        };
        async move {
            if !pick_number {
                return None;
            }
            let profile = api::get_user(user.clone()).await.ok()?;
            let directory = api::get_directory_options(user.org_id).await.ok()?;
            directory.location_country(&profile.row.location_id?)
        }
    });
    let parsed_number = Memo::new(move |_| {
        let typed = number.get();
        if typed.trim().is_empty() {
            return Err(Code::PhoneNumberMissing);
        }
        let country: Option<Country> = country.get().flatten();
        PhoneNumber::parse(&typed, country)
            .map(|n| n.as_e164().to_owned())
            .map_err(|e| e.code())
    });
    let remote = move |field: &'static str| {
        server_error.with(|e| {
            e.as_ref()
                .and_then(|e| e.findings.iter().find(|f| f.field == field).map(|f| f.code))
        })
    };
    let subscription_missing =
        Memo::new(move |_| pick_subscription && subscription.with(String::is_empty));
    // `bad_request` on the subscription: none was chosen.
    let subscription_error = Signal::derive(move || {
        let local = (submitted.get() && subscription_missing.get()).then_some(Code::BadRequest);
        local.or(remote("subscription_id"))
    });
    let number_error = Signal::derive(move || {
        let local = if submitted.get() && pick_number {
            parsed_number.get().err()
        } else {
            None
        };
        local.or(remote("phone_number"))
    });
    // Errors of fields this form does not show are said above the button.
    let general_error = move || {
        server_error.get().filter(|e| {
            !e.findings.iter().any(|f| {
                (pick_subscription && f.field == "subscription_id")
                    || (pick_number && f.field == "phone_number")
            })
        })
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        server_error.set(None);
        let number_ok = !pick_number || parsed_number.with_untracked(Result::is_ok);
        if subscription_missing.get_untracked() || !number_ok || busy.get_untracked() {
            platform::focus_first_invalid();
            return;
        }
        let input = options.with_value(|o| AddWebexGoInput {
            org_id: o.org_id.clone(),
            user_id: o.owner.user_id.clone(),
            subscription_id: pick_subscription.then(|| subscription.get_untracked()),
            phone_number: if pick_number {
                parsed_number.get_untracked().ok()
            } else {
                None
            },
        });
        busy.set(true);
        spawn_local(async move {
            match api::add_webex_go(input).await {
                Ok(result) => {
                    added.set(Some(result));
                    focus_later("#webex-go-added");
                }
                Err(error) => {
                    server_error.set(Some(error));
                    platform::focus_first_invalid();
                }
            }
            busy.set(false);
        });
    };

    let form = move || {
        let subscription_field = pick_subscription.then(|| {
        let choices = options.with_value(|o| o.subscriptions.clone());
        view! {
            <div class="field">
                <label for="webex-go-subscription">
                    {tr("webex-go-subscription")}
                    <span class="required" aria-hidden="true">" *"</span>
                </label>
                <select
                    id="webex-go-subscription"
                    aria-required="true"
                    aria-invalid=move || subscription_error.get().is_some().to_string()
                    aria-describedby=move || {
                        subscription_error.get().map(|_| "webex-go-subscription-error")
                    }
                    prop:value=move || subscription.get()
                    on:change=move |ev| subscription.set(event_target_value(&ev))
                    disabled=move || busy.get()
                >
                    <option value="">{tr("webex-go-subscription-choose")}</option>
                    {choices
                        .into_iter()
                        .map(|s| {
                            let available = s.available();
                            view! { <SubscriptionOption id=s.id available quantity=s.quantity /> }
                        })
                        .collect_view()}
                </select>
                <FieldError
                    id="webex-go-subscription-error"
                    code=subscription_error
                    texts=&[(Code::BadRequest, "webex-go-subscription-required")]
                />
            </div>
        }
    });
        let number_field = if pick_number {
            let free = options.with_value(|o| o.free_numbers.clone());
            view! {
            <div class="field">
                <label for="webex-go-number">
                    {tr("webex-go-number")}
                    <span class="required" aria-hidden="true">" *"</span>
                </label>
                <p class="hint" id="webex-go-number-hint">{tr("webex-go-number-hint")}</p>
                <input
                    id="webex-go-number"
                    type="tel"
                    autocomplete="off"
                    list="webex-go-free-numbers"
                    aria-required="true"
                    aria-invalid=move || number_error.get().is_some().to_string()
                    aria-describedby=move || {
                        if number_error.get().is_some() {
                            "webex-go-number-hint webex-go-number-error"
                        } else {
                            "webex-go-number-hint"
                        }
                    }
                    prop:value=move || number.get()
                    on:input=move |ev| number.set(event_target_value(&ev))
                    disabled=move || busy.get()
                />
                <datalist id="webex-go-free-numbers">
                    {free.into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
                </datalist>
                <FieldError id="webex-go-number-error" code=number_error />
            </div>
        }
        .into_any()
        } else {
            let current = options.with_value(|o| o.primary_number.clone().unwrap_or_default());
            view! {
                <p id="webex-go-uses-number">
                    {move || i18n.t_args("webex-go-uses-number", &[("number", current.clone())])}
                </p>
            }
            .into_any()
        };
        let email_note = move || {
            if options.with_value(|o| o.suppress_email) {
                i18n.t("webex-go-email-suppressed")
            } else {
                i18n.t("webex-go-email-sent")
            }
        };

        view! {
            <form class="card webex-go-form" novalidate on:submit=submit aria-labelledby="webex-go-form-title">
                <h2 id="webex-go-form-title">{tr("webex-go-details")}</h2>
                <p class="hint">{tr("webex-go-license-note")}</p>
                {subscription_field}
                {number_field}
                <p class="hint">{email_note}</p>
                {move || general_error().map(|error| view! { <ErrorNotice error /> })}
                <div class="form-actions">
                    <button type="submit" class="button primary" disabled=move || busy.get()>
                        {move || if busy.get() { i18n.t("webex-go-adding") } else { i18n.t("webex-go-add") }}
                    </button>
                </div>
            </form>
        }
        .into_any()
    };

    move || match added.get() {
        None => form(),
        Some(result) => {
            let org = options.with_value(|o| o.org_id.clone());
            let owner = options.with_value(|o| o.owner.clone());
            let device_href = format!("/orgs/{org}/devices/{}", result.device.id);
            let user_href = format!("/orgs/{org}/users/{}", owner.user_id);
            let name = owner.display_name.clone();
            view! {
                <p class="notice success" role="status" id="webex-go-added" tabindex="-1">
                    <span class="notice-icon" aria-hidden="true">"✓"</span>
                    {move || i18n.t_args("webex-go-added", &[("name", name.clone())])}
                </p>
                <ActivationPanel details=result.activation org_id=org owner_name=owner.display_name />
                <div class="button-row no-print">
                    <A href=device_href attr:class="button primary">{tr("webex-go-open-device")}</A>
                    <A href=user_href attr:class="button secondary">{tr("webex-go-back-to-user")}</A>
                </div>
            }
            .into_any()
        }
    }
}
