//! A partner-managed device's SIP credentials, shown in full exactly once:
//! right after the call that generated them (PMD-1, PMD-9). The panel holds
//! the password only in memory; leaving or reloading the page drops it, and
//! the server never sends it again.
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::SipCredentials,
    i18n::{tr, use_i18n},
    platform,
};

/// Which value a copy button copied, for the status line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    UserName,
    Password,
    Failed,
}

#[component]
pub fn SipCredentialsPanel(credentials: SipCredentials) -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(None::<Copied>);
    let user_name = StoredValue::new(credentials.user_name.clone());
    let password = StoredValue::new(credentials.password.clone());
    let copy = move |what: Copied| {
        let text = match what {
            Copied::Password => password.get_value(),
            _ => user_name.get_value(),
        };
        spawn_local(async move {
            let ok = platform::copy_to_clipboard(&text).await;
            copied.set(Some(if ok { what } else { Copied::Failed }));
        });
    };

    view! {
        <section class="card sip-credentials" aria-labelledby="sip-credentials-title" id="sip-credentials">
            <h2 id="sip-credentials-title">{tr("sip-credentials-title")}</h2>
            <p class="notice warning" role="note" id="sip-credentials-warning">
                <span class="notice-icon" aria-hidden="true">"⚠"</span>
                {tr("sip-credentials-last-time")}
            </p>
            <dl class="facts">
                <dt>{tr("sip-user-name")}</dt>
                <dd>
                    <code id="sip-user-name">{credentials.user_name}</code>
                    " "
                    <button
                        type="button"
                        class="button secondary small"
                        id="sip-copy-user-name"
                        on:click=move |_| copy(Copied::UserName)
                    >
                        {tr("sip-copy-user-name")}
                    </button>
                </dd>
                <dt>{tr("sip-realm")}</dt>
                <dd>
                    <code id="sip-realm">{credentials.realm}</code>
                </dd>
                <dt>{tr("sip-password")}</dt>
                <dd>
                    <code id="sip-password" class="secret">{credentials.password}</code>
                    " "
                    <button
                        type="button"
                        class="button primary small"
                        id="sip-copy-password"
                        on:click=move |_| copy(Copied::Password)
                    >
                        {tr("sip-copy-password")}
                    </button>
                </dd>
            </dl>
            <p class="status-line" role="status">
                {move || {
                    copied
                        .get()
                        .map(|what| match what {
                            Copied::UserName => i18n.t("sip-copied-user-name"),
                            Copied::Password => i18n.t("sip-copied-password"),
                            Copied::Failed => i18n.t("activation-copy-failed"),
                        })
                }}
            </p>
        </section>
    }
}
