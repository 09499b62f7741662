//! The activation details of a Webex Go line (GO-11), shown once, right
//! after a code was generated: the QR code, the SM-DP+ address and code for
//! Apple devices, the network provider code for Android devices, and the
//! expiry date (GO-5). The code was emailed to the user, or, when the org
//! suppresses email (GO-6), the admin copies, sends or prints it here.
use domain::Email;
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::{self, ActivationDetails, ApiError, SendActivationInput},
    components::{error_notice::ErrorNotice, field::FieldError},
    i18n::{tr, use_i18n},
    platform,
};

#[component]
pub fn ActivationPanel(
    details: ActivationDetails,
    /// The org the line belongs to (for *Send to an address*).
    #[prop(into)]
    org_id: String,
    /// The line's owner, named in the QR code's description.
    #[prop(into)]
    owner_name: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let expires = details.expires_at_ms;
    // The server draws an SVG document; inline, its XML prolog is noise.
    let svg = details
        .qr_svg
        .find("<svg")
        .map_or_else(String::new, |start| details.qr_svg[start..].to_owned());
    let qr_label = move || i18n.t_args("activation-qr-label", &[("name", owner_name.clone())]);
    let handover = match details.emailed_to.clone() {
        Some(email) => view! {
            <p class="notice success" role="status" id="activation-emailed">
                <span class="notice-icon" aria-hidden="true">"✓"</span>
                {move || i18n.t_args("activation-emailed", &[("email", email.clone())])}
            </p>
        }
        .into_any(),
        None => view! { <Handover details=details.clone() org_id /> }.into_any(),
    };

    view! {
        <section class="card activation-panel" aria-labelledby="activation-title">
            <h2 id="activation-title">{tr("activation-title")}</h2>
            <p class="notice warning no-print" role="note">
                <span class="notice-icon" aria-hidden="true">"!"</span>
                {tr("activation-once")}
            </p>
            <div class="activation-body">
                <div class="qr-code" role="img" aria-label=qr_label inner_html=svg></div>
                <div class="activation-facts">
                    <h3>{tr("activation-apple")}</h3>
                    <dl class="facts">
                        <dt>{tr("activation-smdp")}</dt>
                        <dd class="mono" id="activation-smdp">{details.smdp_address.clone()}</dd>
                        <dt>{tr("activation-code")}</dt>
                        <dd class="mono code" id="activation-code">{details.code.clone()}</dd>
                    </dl>
                    <h3>{tr("activation-android")}</h3>
                    <dl class="facts">
                        <dt>{tr("activation-provider")}</dt>
                        <dd class="mono" id="activation-provider">{details.network_provider_code.clone()}</dd>
                        <dt>{tr("activation-code")}</dt>
                        <dd class="mono code">{details.code.clone()}</dd>
                    </dl>
                    <p class="expiry" id="activation-expires">
                        {move || {
                            i18n.t_args(
                                "activation-expires-on",
                                &[("date", platform::format_date(expires, i18n.language.get()))],
                            )
                        }}
                    </p>
                </div>
            </div>
            {handover}
        </section>
    }
}

/// GO-6: with email suppressed, the admin hands the code over: copies it,
/// sends it to an address they type, or prints the panel.
#[component]
fn Handover(details: ActivationDetails, org_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let code = StoredValue::new(details.code.clone());
    let copied = RwSignal::new(None::<bool>);
    let address = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let sent_to = RwSignal::new(None::<String>);
    let server_error = RwSignal::new(None::<ApiError>);
    let local_error = Memo::new(move |_| Email::parse(&address.get()).err().map(|e| e.code()));
    let address_error = Signal::derive(move || {
        let remote = server_error.with(|e| {
            e.as_ref()
                .and_then(|e| e.findings.iter().find(|f| f.field == "to").map(|f| f.code))
        });
        if submitted.get() {
            local_error.get().or(remote)
        } else {
            remote
        }
    });
    let general_error = move || {
        server_error
            .get()
            .filter(|e| !e.findings.iter().any(|f| f.field == "to"))
    };
    let device_id = details.device_id.clone();

    let copy = move |_| {
        let text = code.get_value();
        spawn_local(async move {
            copied.set(Some(platform::copy_text(&text).await));
        });
    };
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        server_error.set(None);
        sent_to.set(None);
        if local_error.get_untracked().is_some() || busy.get_untracked() {
            platform::focus_first_invalid();
            return;
        }
        let input = SendActivationInput {
            org_id: org_id.clone(),
            device_id: device_id.clone(),
            code: code.get_value(),
            to: address.get_untracked().trim().to_owned(),
        };
        busy.set(true);
        spawn_local(async move {
            match api::send_activation_code(input.clone()).await {
                Ok(()) => {
                    sent_to.set(Some(input.to));
                    submitted.set(false);
                    address.set(String::new());
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
        <div class="handover no-print">
            <p class="notice info" role="note">
                <span class="notice-icon" aria-hidden="true">"ℹ"</span>
                {tr("activation-not-emailed")}
            </p>
            <div class="button-row">
                <button type="button" class="button secondary" id="activation-copy" on:click=copy>
                    {tr("activation-copy")}
                </button>
                <button type="button" class="button secondary" id="activation-print" on:click=move |_| print_page()>
                    {tr("activation-print")}
                </button>
            </div>
            <p class="status-line" role="status">
                {move || {
                    copied
                        .get()
                        .map(|ok| {
                            if ok { i18n.t("activation-copied") } else { i18n.t("activation-copy-failed") }
                        })
                }}
            </p>
            <form class="send-code" novalidate on:submit=send>
                <h3>{tr("activation-send-to")}</h3>
                <div class="inline-form">
                    <div class="field">
                        <label for="activation-send-address">{tr("activation-send-address")}</label>
                        <input
                            id="activation-send-address"
                            type="email"
                            autocomplete="off"
                            aria-invalid=move || address_error.get().is_some().to_string()
                            aria-describedby=move || address_error.get().map(|_| "activation-send-address-error")
                            prop:value=move || address.get()
                            on:input=move |ev| address.set(event_target_value(&ev))
                        />
                        <FieldError id="activation-send-address-error" code=address_error />
                    </div>
                    <button type="submit" class="button primary" disabled=move || busy.get()>
                        {tr("activation-send")}
                    </button>
                </div>
                {move || general_error().map(|error| view! { <ErrorNotice error /> })}
                <p class="status-line" role="status">
                    {move || {
                        sent_to
                            .get()
                            .map(|email| i18n.t_args("activation-sent", &[("email", email)]))
                    }}
                </p>
            </form>
        </div>
    }
}

/// The browser's print dialog; the print style sheet prints the panel only.
fn print_page() {
    #[cfg(feature = "csr")]
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
