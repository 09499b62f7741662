//! People's names: a user's first, last and display name.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Code;
use crate::text::Text;

/// The longest first, last or display name. The imitated product's people
/// API caps names at 64 characters; the users list, CSV exports and
/// invitation emails are laid out for it.
pub const PERSON_NAME_MAX_CHARS: usize = 64;

/// A first, last or display name: trimmed, 1 to 64 characters, no control
/// characters, any script (`Øyvind`, `Ștefan`, `Анна`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(Text);

/// Why a string is not a [`PersonName`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PersonNameError {
    /// The name is blank where one is required.
    #[error("a name is required")]
    Empty,
    /// More than [`PERSON_NAME_MAX_CHARS`] characters.
    #[error("a name may have at most 64 characters, this one has {chars}")]
    TooLong {
        /// How many characters the trimmed input has.
        chars: usize,
    },
    /// A control character (line break, tab, …): it would break one-line
    /// displays, CSV exports and email headers.
    #[error("a name may not contain control characters")]
    ControlCharacter,
}

impl PersonNameError {
    /// The stable code: `name_missing`, `name_too_long` or `name_invalid`.
    pub const fn code(&self) -> Code {
        match self {
            Self::Empty => Code::NameMissing,
            Self::TooLong { .. } => Code::NameTooLong,
            Self::ControlCharacter => Code::NameInvalid,
        }
    }
}

impl PersonName {
    /// Validates a name. Surrounding whitespace is trimmed.
    pub fn parse(input: &str) -> Result<Self, PersonNameError> {
        let s = crate::text::trim(input);
        if s.is_empty() {
            return Err(PersonNameError::Empty);
        }
        // One pass for both rules; being too long is reported first. An
        // ASCII name (most of them) is counted by its bytes: each is a
        // character, and its control characters are the bytes below a
        // space and DEL.
        let (chars, control) = if s.is_ascii() {
            let control = s.bytes().any(|b| b.is_ascii_control());
            (s.len(), control)
        } else {
            s.chars().fold((0, false), |(chars, control), c| {
                (chars + 1, control | c.is_control())
            })
        };
        if chars > PERSON_NAME_MAX_CHARS {
            return Err(PersonNameError::TooLong { chars });
        }
        if control {
            return Err(PersonNameError::ControlCharacter);
        }
        Ok(Self(Text::new(s)))
    }

    /// An optional name: blank input is `None`, anything else must parse.
    pub fn parse_optional(input: &str) -> Result<Option<Self>, PersonNameError> {
        if crate::text::trim(input).is_empty() {
            Ok(None)
        } else {
            Self::parse(input).map(Some)
        }
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for PersonName {
    type Error = PersonNameError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<PersonName> for String {
    fn from(value: PersonName) -> Self {
        value.0.into()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_name_is_trimmed() {
        assert_eq!(PersonName::parse("  Øyvind ").unwrap().as_str(), "Øyvind");
    }

    #[test]
    fn a_blank_name_is_missing_but_a_blank_optional_name_is_none() {
        assert_eq!(
            PersonName::parse("   ").unwrap_err().code(),
            Code::NameMissing
        );
        assert_eq!(PersonName::parse_optional("  "), Ok(None));
    }

    #[test]
    fn a_64_character_name_is_accepted_and_65_is_too_long() {
        assert!(PersonName::parse(&"Ș".repeat(64)).is_ok());
        assert_eq!(
            PersonName::parse(&"Ș".repeat(65)).unwrap_err(),
            PersonNameError::TooLong { chars: 65 }
        );
    }

    #[test]
    fn a_name_with_a_line_break_is_invalid() {
        assert_eq!(
            PersonName::parse("Anna\nSmith").unwrap_err().code(),
            Code::NameInvalid
        );
    }

    proptest! {
        #[test]
        fn a_name_is_refused_for_a_control_character_exactly_when_it_has_one(
            input in "[ -~\u{0}-\u{1f}\u{7f}-\u{a0}Øå]{1,70}",
        ) {
            let trimmed = input.trim();
            let chars = trimmed.chars().count();
            let expected = if trimmed.is_empty() {
                Err(PersonNameError::Empty)
            } else if chars > PERSON_NAME_MAX_CHARS {
                Err(PersonNameError::TooLong { chars })
            } else if trimmed.chars().any(char::is_control) {
                Err(PersonNameError::ControlCharacter)
            } else {
                Ok(trimmed)
            };
            let parsed = PersonName::parse(&input);
            prop_assert_eq!(parsed.as_ref().map(PersonName::as_str), expected.as_ref().map(|s| *s));
        }

        #[test]
        fn any_accepted_name_is_trimmed_and_within_the_limit(input in "\\PC{0,80}") {
            if let Ok(name) = PersonName::parse(&input) {
                prop_assert_eq!(name.as_str(), name.as_str().trim());
                prop_assert!(name.as_str().chars().count() <= PERSON_NAME_MAX_CHARS);
                prop_assert!(!name.as_str().is_empty());
            }
        }
    }
}
