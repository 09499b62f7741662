//! Who is signed in, as the SPA knows it. The server is the authority: this
//! only decides what to show, never what is allowed.
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::{
    api::{self, SessionInfo},
    i18n::I18n,
    platform,
};

#[derive(Clone, Copy)]
pub struct Auth {
    pub session: RwSignal<Option<SessionInfo>>,
    /// False until the server has said whether a session exists.
    pub checked: RwSignal<bool>,
}

impl Auth {
    pub fn provide() -> Self {
        let auth = Auth {
            session: RwSignal::new(None),
            checked: RwSignal::new(false),
        };
        provide_context(auth);
        auth
    }

    /// Asks the server for the current session once, at start.
    pub fn load(self, i18n: I18n) {
        spawn_local(async move {
            if let Ok(Some(session)) = api::get_session().await {
                // Signed in already: the admin's stored language applies.
                i18n.language.set(session.language);
                platform::remember_language(session.language);
                self.session.set(Some(session));
            }
            self.checked.set(true);
        });
    }

    /// After sign-in: a language picked on the sign-in page wins and is
    /// remembered for the admin; otherwise the admin's own language applies.
    pub fn signed_in(self, mut session: SessionInfo, i18n: I18n) {
        let shown = i18n.language.get_untracked();
        if i18n.chosen.get_untracked() && session.language != shown {
            session.language = shown;
            spawn_local(async move {
                let _ = api::set_language(shown).await;
            });
        }
        i18n.language.set(session.language);
        platform::remember_language(session.language);
        self.session.set(Some(session));
    }
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
