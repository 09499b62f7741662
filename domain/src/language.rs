//! The portal's UI languages.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Code;

/// A UI language. These five are the languages of the seed articles and of
/// the admins the portal is sold to (Russian, Romanian, Italian, Norwegian)
/// plus English, the fallback for everyone else.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub enum Language {
    /// English, the default.
    #[default]
    En,
    /// Russian.
    Ru,
    /// Romanian.
    Ro,
    /// Italian.
    It,
    /// Norwegian Bokmål. Also chosen for `no` and Nynorsk (`nn`): Norwegian
    /// readers of either written standard read Bokmål, and we ship one
    /// Norwegian translation.
    Nb,
}

/// Why a tag is not a supported [`Language`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LanguageError {
    /// Not one of the five UI languages.
    #[error("`{0}` is not a supported language (en, ru, ro, it, nb)")]
    Unknown(String),
}

impl LanguageError {
    /// The stable code: `language_unknown`.
    pub const fn code(&self) -> Code {
        Code::LanguageUnknown
    }
}

impl Language {
    /// Every UI language, in the order a language picker shows them.
    pub const ALL: [Self; 5] = [Self::En, Self::Ru, Self::Ro, Self::It, Self::Nb];

    /// Parses a BCP 47 language tag case-insensitively, by its primary
    /// subtag: `en`, `en-US`, `ru-RU`, `it_IT` (POSIX style), `nb-NO`, `no`
    /// and `nn` all work. Region and script subtags are ignored because each
    /// language has one translation.
    pub fn parse(tag: &str) -> Result<Self, LanguageError> {
        let trimmed = tag.trim();
        let primary = trimmed.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "en" => Ok(Self::En),
            "ru" => Ok(Self::Ru),
            // `mo` is the withdrawn tag for Romanian as written in Moldova.
            "ro" | "mo" => Ok(Self::Ro),
            "it" => Ok(Self::It),
            "nb" | "no" | "nn" => Ok(Self::Nb),
            _ => Err(LanguageError::Unknown(trimmed.to_owned())),
        }
    }

    /// The two-letter code: `"en"`, `"ru"`, `"ro"`, `"it"`, `"nb"`. It names
    /// the translation folder and is stored as an admin's preference.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ru => "ru",
            Self::Ro => "ro",
            Self::It => "it",
            Self::Nb => "nb",
        }
    }

    /// The language's name in itself, for the language picker: someone who
    /// cannot read the current UI language must still find their own.
    pub const fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Ru => "Русский",
            Self::Ro => "Română",
            Self::It => "Italiano",
            Self::Nb => "Norsk bokmål",
        }
    }

    /// The best supported language of an HTTP `Accept-Language` header
    /// (RFC 9110 §12.5.4), or `None` when it names none of ours (the caller
    /// then uses [`Language::default`]).
    ///
    /// Higher `q` wins; among equal `q` the earlier entry wins; `q=0` means
    /// "not this one"; `*` does not pick a language. Malformed entries are
    /// skipped rather than failing the whole header: browsers and proxies
    /// send all sorts.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut best: Option<(u16, Self)> = None;
        for entry in header.split(',') {
            let mut parts = entry.split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let q = parts.find_map(parse_q).unwrap_or(1000);
            if q == 0 {
                continue;
            }
            let Ok(language) = Self::parse(tag) else {
                continue;
            };
            if best.is_none_or(|(best_q, _)| q > best_q) {
                best = Some((q, language));
            }
        }
        best.map(|(_, language)| language)
    }
}

/// Reads a `q=0.8` parameter as thousandths (`800`), `None` for any other
/// parameter. An out-of-range or malformed weight counts as `0`, i.e. the
/// entry is ignored, as RFC 9110 allows for invalid weights.
fn parse_q(param: &str) -> Option<u16> {
    let (name, value) = param.split_once('=')?;
    if !name.trim().eq_ignore_ascii_case("q") {
        return None;
    }
    let value = value.trim();
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    let valid = matches!(int, "0" | "1")
        && frac.len() <= 3
        && frac.bytes().all(|b| b.is_ascii_digit())
        && (int == "0" || frac.bytes().all(|b| b == b'0'));
    if !valid {
        return Some(0);
    }
    let mut thousandths: u16 = if int == "1" { 1000 } else { 0 };
    let mut scale = 100;
    for b in frac.bytes() {
        thousandths += u16::from(b - b'0') * scale;
        scale /= 10;
    }
    Some(thousandths)
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for Language {
    type Error = LanguageError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Language> for String {
    fn from(value: Language) -> Self {
        value.as_str().to_owned()
    }
}

impl core::str::FromStr for Language {
    type Err = LanguageError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn tags_are_parsed_by_their_primary_subtag_case_insensitively() {
        for (tag, language) in [
            ("en", Language::En),
            ("en-US", Language::En),
            ("EN-gb", Language::En),
            ("ru-RU", Language::Ru),
            ("ro", Language::Ro),
            ("ro-MD", Language::Ro),
            ("it-IT", Language::It),
            ("it_IT", Language::It),
            ("nb", Language::Nb),
            ("nb-NO", Language::Nb),
        ] {
            assert_eq!(Language::parse(tag), Ok(language), "{tag}");
        }
    }

    #[test]
    fn norwegian_and_nynorsk_fall_back_to_bokmal() {
        assert_eq!(Language::parse("no"), Ok(Language::Nb));
        assert_eq!(Language::parse("nn-NO"), Ok(Language::Nb));
    }

    #[test]
    fn an_unsupported_language_is_unknown() {
        assert_eq!(
            Language::parse("fr-FR"),
            Err(LanguageError::Unknown("fr-FR".to_owned()))
        );
        assert!(Language::parse("").is_err());
        assert!(Language::parse("english").is_err());
        assert_eq!(
            LanguageError::Unknown("fr".into()).code(),
            Code::LanguageUnknown
        );
    }

    #[test]
    fn the_default_language_is_english() {
        assert_eq!(Language::default(), Language::En);
    }

    #[test]
    fn every_language_round_trips_through_its_code() {
        for language in Language::ALL {
            assert_eq!(Language::parse(language.as_str()), Ok(language));
        }
    }

    #[test]
    fn native_names_are_written_in_the_language_itself() {
        let names: Vec<&str> = Language::ALL.iter().map(|l| l.native_name()).collect();
        assert_eq!(
            names,
            ["English", "Русский", "Română", "Italiano", "Norsk bokmål"]
        );
    }

    #[test]
    fn accept_language_picks_the_highest_quality_supported_language() {
        assert_eq!(
            Language::from_accept_language("fr-FR,fr;q=0.9,ru;q=0.8,en;q=0.7"),
            Some(Language::Ru)
        );
        assert_eq!(
            Language::from_accept_language("en;q=0.5, it-IT;q=0.9"),
            Some(Language::It)
        );
        assert_eq!(
            Language::from_accept_language("nb-NO,nb;q=0.9"),
            Some(Language::Nb)
        );
    }

    #[test]
    fn accept_language_prefers_the_earlier_entry_on_equal_quality() {
        assert_eq!(Language::from_accept_language("ro, ru"), Some(Language::Ro));
        assert_eq!(
            Language::from_accept_language("ru;q=0.5, ro;q=0.500"),
            Some(Language::Ru)
        );
    }

    #[test]
    fn accept_language_ignores_q_zero_wildcards_and_garbage() {
        assert_eq!(
            Language::from_accept_language("ru;q=0, en;q=0.1"),
            Some(Language::En)
        );
        assert_eq!(Language::from_accept_language("*"), None);
        assert_eq!(Language::from_accept_language("fr, de;q=0.9"), None);
        assert_eq!(Language::from_accept_language(""), None);
        assert_eq!(
            Language::from_accept_language("ru;q=2, it;q=abc, ro;q=0.3"),
            Some(Language::Ro)
        );
    }

    #[test]
    fn a_language_serializes_as_its_code() {
        assert_eq!(
            serde_json::to_string(&Language::Nb).ok(),
            Some("\"nb\"".to_owned())
        );
        assert_eq!(
            serde_json::from_str::<Language>("\"ru-RU\"").ok(),
            Some(Language::Ru)
        );
        assert!(serde_json::from_str::<Language>("\"fr\"").is_err());
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in any::<String>()) {
            let _ = Language::parse(&s);
            let _ = Language::from_accept_language(&s);
        }

        #[test]
        fn accept_language_parsing_never_panics_on_header_like_input(
            s in "([a-zA-Z*]{1,3}(-[a-zA-Z]{2})?(;q=[0-9.]{0,5})?, ?){0,6}",
        ) {
            let _ = Language::from_accept_language(&s);
        }
    }
}
