//! One subscription in a license picker (GO-3, PMD-6): its id and how many
//! of its licenses are left. A used-up subscription is shown but cannot be
//! chosen, so the admin sees why it is not offered.
use leptos::prelude::*;

use crate::{i18n::use_i18n, platform};

#[component]
pub fn SubscriptionOption(
    /// The subscription's id, also the option's value.
    id: String,
    available: i64,
    quantity: i64,
) -> impl IntoView {
    let i18n = use_i18n();
    let available = available.max(0);
    let value = id.clone();
    let text = move || {
        i18n.t_args(
            "webex-go-subscription-option",
            &[
                ("id", id.clone()),
                (
                    "available",
                    platform::format_number(available, i18n.language.get()),
                ),
                (
                    "quantity",
                    platform::format_number(quantity, i18n.language.get()),
                ),
            ],
        )
    };
    view! { <option value=value disabled=available == 0>{text}</option> }
}
