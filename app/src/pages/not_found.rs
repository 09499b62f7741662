use leptos::prelude::*;

use crate::i18n::tr;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <main id="main" class="plain-page">
            <h1>{tr("not-found-title")}</h1>
            <p>
                <a href="/">{tr("not-found-back")}</a>
            </p>
        </main>
    }
}
