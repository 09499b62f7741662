//! Translations: Fluent messages for en, ru, ro, it and nb, compiled into
//! the binary so the browser and the server (email, API messages) use the
//! very same text and plural rules.
use std::sync::OnceLock;

use domain::{Code, Language};
use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};
use leptos::prelude::*;

/// Every locale's Fluent source, in `Language::ALL` order.
pub const SOURCES: [(Language, &str); 5] = [
    (Language::En, include_str!("../locales/en/main.ftl")),
    (Language::Ru, include_str!("../locales/ru/main.ftl")),
    (Language::Ro, include_str!("../locales/ro/main.ftl")),
    (Language::It, include_str!("../locales/it/main.ftl")),
    (Language::Nb, include_str!("../locales/nb/main.ftl")),
];

/// The parsed locales. Each is parsed the first time a message of it is
/// asked for: a page shown in Norwegian parses Norwegian (and English, the
/// fallback) only, not all five files (about 330 KB of Fluent source),
/// which matters most in the browser at start-up.
pub struct Catalog {
    bundles: [OnceLock<FluentBundle<FluentResource>>; SOURCES.len()],
}

impl Catalog {
    /// The process-wide catalog.
    pub fn get() -> &'static Catalog {
        static CATALOG: Catalog = Catalog {
            bundles: [const { OnceLock::new() }; SOURCES.len()],
        };
        &CATALOG
    }

    fn bundle(&self, language: Language) -> Option<&FluentBundle<FluentResource>> {
        let index = SOURCES.iter().position(|(l, _)| *l == language)?;
        Some(self.bundles[index].get_or_init(|| parse(language, SOURCES[index].1)))
    }

    /// Whether `language` has its own message for `key`.
    pub fn has(&self, language: Language, key: &str) -> bool {
        self.bundle(language).is_some_and(|b| b.has_message(key))
    }

    /// The message in `language`, else in English, else the key itself (so
    /// a missing message is visible, never a blank).
    pub fn format(&self, language: Language, key: &str, args: Option<&FluentArgs>) -> String {
        for candidate in [language, Language::En] {
            let Some(bundle) = self.bundle(candidate) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        key.to_owned()
    }

    pub fn text(&self, language: Language, key: &str) -> String {
        self.format(language, key, None)
    }

    /// The translated explanation of a stable code (SPEC 5.3).
    pub fn code(&self, language: Language, code: Code) -> String {
        self.text(language, &code_key(code))
    }
}

fn parse(language: Language, source: &str) -> FluentBundle<FluentResource> {
    // A syntax error in a locale file is caught by the locale tests; at run
    // time the valid entries are still served.
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _errors)| partial);
    let tag = language
        .as_str()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No Unicode isolation marks around arguments: our arguments are names
    // and numbers inside plain text.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message key that explains `code`.
pub fn code_key(code: Code) -> String {
    format!("code-{}", code.as_str())
}

/// The admin's language, shared by every component.
#[derive(Clone, Copy)]
pub struct I18n {
    pub language: RwSignal<Language>,
    /// Whether the admin picked the language in this page visit (it then
    /// wins over the one stored for them, and replaces it at sign-in).
    pub chosen: RwSignal<bool>,
}

impl I18n {
    pub fn t(&self, key: &str) -> String {
        Catalog::get().text(self.language.get(), key)
    }

    pub fn t_args(&self, key: &str, args: &[(&'static str, String)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        Catalog::get().format(self.language.get(), key, Some(&fluent_args))
    }

    pub fn t_count(&self, key: &str, count: usize) -> String {
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("count", count);
        Catalog::get().format(self.language.get(), key, Some(&fluent_args))
    }

    pub fn code(&self, code: Code) -> String {
        Catalog::get().code(self.language.get(), code)
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive translated string for use in `view!`.
pub fn tr(key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(key)
}
