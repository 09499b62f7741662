//! A partner-managed device's SIP credentials (PMD-1, PMD-9), shown once:
//! right after the call that generated them (adding a device, creating a
//! workspace, *Update password*). The server keeps only digests, so this
//! panel is the admin's one chance to copy the password; reloading the
//! page never shows it again.
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::SipCredentials,
    i18n::{tr, use_i18n},
    platform,
};

#[component]
pub fn SipCredentialsPanel(credentials: SipCredentials) -> impl IntoView {
    // Which value was copied last, and whether the browser allowed it.
    let copied = RwSignal::new(None::<(&'static str, bool)>);
    let i18n = use_i18n();
    let row = move |label: &'static str,
                    copy_label: &'static str,
                    id: &'static str,
                    value: String| {
        let text = StoredValue::new(value.clone());
        let copy = move |_| {
            let text = text.get_value();
            spawn_local(async move {
                copied.set(Some((label, platform::copy_text(&text).await)));
            });
        };
        view! {
            <dt>{tr(label)}</dt>
            <dd>
                <span class="mono secret" id=id>{value}</span>
                <button type="button" class="button secondary small" id=format!("{id}-copy") on:click=copy>
                    {tr(copy_label)}
                </button>
            </dd>
        }
    };

    view! {
        <section class="card sip-credentials" aria-labelledby="sip-credentials-title">
            <h2 id="sip-credentials-title" tabindex="-1">{tr("sip-credentials-title")}</h2>
            <p class="notice warning" role="note" id="sip-credentials-once">
                <span class="notice-icon" aria-hidden="true">"!"</span>
                {tr("sip-credentials-once")}
            </p>
            <dl class="facts">
                {row("sip-user-name", "sip-copy-user-name", "sip-user-name", credentials.user_name)}
                {row("sip-realm", "sip-copy-realm", "sip-realm", credentials.realm)}
                {row("sip-password", "sip-copy-password", "sip-password", credentials.password)}
            </dl>
            <p class="status-line" role="status">
                {move || {
                    copied
                        .get()
                        .map(|(label, ok)| {
                            if ok {
                                i18n.t_args("sip-copied", &[("what", i18n.t(label))])
                            } else {
                                i18n.t("sip-copy-failed")
                            }
                        })
                }}
            </p>
        </section>
    }
}
