//! The frame of the pages that work signed out (sign-in, a *Set up
//! service* link): the product's name, the language picker, one card.
use leptos::prelude::*;

use crate::{components::language_picker::LanguagePicker, i18n::tr};

#[component]
pub fn PublicFrame(
    /// The card's heading's translation key.
    title: &'static str,
    /// An extra class for the card (a wider one).
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="sign-in-layout">
            <header class="sign-in-header">
                <span class="brand">{tr("app-name")}</span>
                <LanguagePicker />
            </header>
            <main id="main" class=format!("sign-in-card {class}")>
                <h1>{tr(title)}</h1>
                {children()}
            </main>
        </div>
    }
}
