//! Localization completeness (issue 10): every locale has exactly the
//! English keys, every stable code and role has a message, every key is
//! used, and plural messages use exactly their language's CLDR categories.
use std::{collections::BTreeSet, fs, path::Path};

use app::{
    api,
    i18n::{Catalog, SOURCES, code_key},
};
use domain::{Code, Language, Role, UserStatus};
use fluent_syntax::{
    ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey},
    parser,
};

fn keys(source: &str) -> Vec<String> {
    let resource =
        parser::parse(source).unwrap_or_else(|(_, errors)| panic!("syntax errors: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

fn en() -> &'static str {
    SOURCES[0].1
}

#[test]
fn every_locale_parses_and_has_exactly_the_english_keys() {
    let reference: BTreeSet<String> = keys(en()).into_iter().collect();
    for (language, source) in SOURCES {
        let found: BTreeSet<String> = keys(source).into_iter().collect();
        let missing: Vec<_> = reference.difference(&found).collect();
        let extra: Vec<_> = found.difference(&reference).collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language:?} has keys English does not: {extra:?}"
        );
    }
}

#[test]
fn every_stable_code_and_role_has_a_message_in_every_locale() {
    let catalog = Catalog::get();
    for language in Language::ALL {
        for code in Code::ALL {
            assert!(
                catalog.has(language, &code_key(*code)),
                "{language:?}: no message for {code}"
            );
        }
        for role in Role::ALL {
            assert!(
                catalog.has(language, &format!("role-{}", role.as_str())),
                "{language:?}: {role:?}"
            );
        }
    }
}

/// The CLDR cardinal categories each language's plural messages must use.
fn plural_categories(language: Language) -> BTreeSet<&'static str> {
    match language {
        Language::Ru => ["one", "few", "many", "other"].into(),
        Language::Ro => ["one", "few", "other"].into(),
        Language::En | Language::It | Language::Nb => ["one", "other"].into(),
    }
}

fn plural_selectors(pattern: &Pattern<&str>, out: &mut Vec<BTreeSet<String>>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } = element
        {
            if let InlineExpression::VariableReference { id } = selector
                && id.name == "count"
            {
                out.push(
                    variants
                        .iter()
                        .map(|v| match &v.key {
                            VariantKey::Identifier { name } => (*name).to_owned(),
                            VariantKey::NumberLiteral { value } => (*value).to_owned(),
                        })
                        .collect(),
                );
            }
            for variant in variants {
                plural_selectors(&variant.value, out);
            }
        }
    }
}

#[test]
fn plural_messages_use_exactly_their_languages_categories() {
    let mut checked = 0;
    for (language, source) in SOURCES {
        let resource = parser::parse(source).unwrap_or_else(|(_, e)| panic!("{e:?}"));
        let expected: BTreeSet<String> = plural_categories(language)
            .into_iter()
            .map(str::to_owned)
            .collect();
        for entry in &resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let Some(pattern) = &message.value else {
                continue;
            };
            let mut selectors = Vec::new();
            plural_selectors(pattern, &mut selectors);
            for found in selectors {
                assert_eq!(found, expected, "{language:?} {}", message.id.name);
                checked += 1;
            }
        }
    }
    assert!(checked >= 5, "the plural check found no plural messages");
}

/// All Rust source under `dir`, concatenated.
fn sources_under(dir: &Path) -> String {
    let mut text = String::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            text.push_str(&sources_under(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            text.push_str(&fs::read_to_string(&path).unwrap());
        }
    }
    text
}

#[test]
fn every_message_key_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let app_source = sources_under(&root.join("src"));
    let server_source = sources_under(&root.join("../server/src"));
    let unused: Vec<String> = keys(en())
        .into_iter()
        .filter(|key| {
            if let Some(code) = key.strip_prefix("code-") {
                return code.parse::<Code>().is_err();
            }
            if let Some(role) = key.strip_prefix("role-") {
                return Role::parse(role).is_err();
            }
            if let Some(action) = key.strip_prefix("action-") {
                // Actions are recorded by the server and named in its source.
                return !server_source.contains(&format!("\"{action}\""));
            }
            if let Some(sort) = key.strip_prefix("users-sort-") {
                return api::UserSort::parse(sort).is_none();
            }
            if let Some(status) = key.strip_prefix("user-status-") {
                return UserStatus::parse(status).is_none();
            }
            if key.starts_with("email-") || key.starts_with("pdf-") {
                // Emails and PDFs are written by the server.
                return !server_source.contains(&format!("\"{key}\""));
            }
            !app_source.contains(&format!("\"{key}\""))
        })
        .collect();
    assert!(unused.is_empty(), "keys nothing uses: {unused:?}");
}

#[test]
fn a_russian_count_takes_the_russian_plural_forms() {
    let catalog = Catalog::get();
    let count = |n: i64| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", n);
        catalog.format(Language::Ru, "customers-count", Some(&args))
    };
    assert_ne!(count(1), count(2));
    assert_ne!(count(2), count(5));
    assert_eq!(count(21).split(' ').nth(1), count(1).split(' ').nth(1));
}
