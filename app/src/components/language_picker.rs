//! The language switcher: remembered in this browser and, once signed in,
//! for the admin on the server.
use domain::Language;
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api,
    i18n::{tr, use_i18n},
    platform,
    session::use_auth,
};

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let on_change = move |ev: leptos::ev::Event| {
        let Ok(language) = Language::parse(&event_target_value(&ev)) else {
            return;
        };
        i18n.language.set(language);
        i18n.chosen.set(true);
        platform::remember_language(language);
        if auth.session.get_untracked().is_some() {
            spawn_local(async move {
                let _ = api::set_language(language).await;
            });
        }
    };

    view! {
        <label class="language-picker">
            <span class="label-text">{tr("language-label")}</span>
            <select on:change=on_change>
                {Language::ALL
                    .iter()
                    .map(|language| {
                        let language = *language;
                        view! {
                            <option
                                value=language.as_str()
                                lang=language.as_str()
                                selected=move || i18n.language.get() == language
                            >
                                {language.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
