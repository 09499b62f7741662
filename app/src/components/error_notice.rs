//! An error from the server, in the admin's language.
use leptos::prelude::*;

use crate::{api::ApiError, i18n::use_i18n};

#[component]
pub fn ErrorNotice(error: ApiError, #[prop(optional, into)] id: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let code = error.code;
    view! {
        <div class="notice error" role="alert" id=id data-code=code.as_str()>
            <span class="notice-icon" aria-hidden="true">"⚠"</span>
            <span>{move || i18n.code(code)}</span>
        </div>
    }
}
