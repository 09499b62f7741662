//! A Webex Go line's status (GO-14): a coloured dot and the words, so the
//! status never rests on colour alone. The dot is decoration for screen
//! readers; the text says it all.
use domain::webex_go::LineStatus;
use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The message key of a status (a literal per status, so the locale test
/// sees every key used).
pub const fn status_key(status: LineStatus) -> &'static str {
    match status {
        LineStatus::ActivationPending => "line-status-activation_pending",
        LineStatus::Online => "line-status-online",
        LineStatus::Offline => "line-status-offline",
    }
}

#[component]
pub fn LineStatusBadge(status: LineStatus) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=format!("line-status line-status-{}", status.as_str()) data-status=status.as_str()>
            <span class="dot" aria-hidden="true"></span>
            {move || i18n.t(status_key(status))}
        </span>
    }
}
