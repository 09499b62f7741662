//! Internal extensions: the short number a user is dialled on inside the org.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Code;
use crate::text::Text;

/// Length limits for extensions.
///
/// The default, 2 to 10 digits, is the range the imitated calling platform
/// accepts: a single digit would collide with dial-plan prefixes (`9` for an
/// outside line, `0` for the operator), and more than 10 digits starts to look
/// like a national number. An org with a stricter dial plan (say, exactly 4
/// digits) passes its own rules to [`Extension::parse_with`].
///
/// A rule set with `min_len > max_len` accepts nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ExtensionRules {
    /// Fewest digits allowed.
    pub min_len: u8,
    /// Most digits allowed.
    pub max_len: u8,
}

impl Default for ExtensionRules {
    fn default() -> Self {
        Self {
            min_len: 2,
            max_len: 10,
        }
    }
}

/// A valid extension: ASCII digits only, length within [`ExtensionRules`].
///
/// Leading zeros are significant (`0123` and `123` are different extensions),
/// so the value is kept as text, not as a number.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Extension(Text);

/// Why a string is not an [`Extension`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtensionError {
    /// The input is blank.
    #[error("the extension is empty")]
    Empty,
    /// The input contains something other than digits.
    #[error("an extension may contain digits only")]
    NotDigits,
    /// Fewer digits than the rules allow.
    #[error("an extension needs at least {min} digits")]
    TooShort {
        /// The minimum.
        min: u8,
    },
    /// More digits than the rules allow.
    #[error("an extension may have at most {max} digits")]
    TooLong {
        /// The maximum.
        max: u8,
    },
}

impl ExtensionError {
    /// The stable code: always `extension_invalid`.
    pub const fn code(&self) -> Code {
        Code::ExtensionInvalid
    }
}

impl Extension {
    /// Parses with the default rules (2 to 10 digits).
    pub fn parse(input: &str) -> Result<Self, ExtensionError> {
        Self::parse_with(input, ExtensionRules::default())
    }

    /// Parses with an org's own rules. Surrounding whitespace is trimmed.
    pub fn parse_with(input: &str, rules: ExtensionRules) -> Result<Self, ExtensionError> {
        let s = crate::text::trim(input);
        if s.is_empty() {
            return Err(ExtensionError::Empty);
        }
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ExtensionError::NotDigits);
        }
        // All ASCII from here, so bytes are characters.
        if s.len() < usize::from(rules.min_len) {
            return Err(ExtensionError::TooShort { min: rules.min_len });
        }
        if s.len() > usize::from(rules.max_len) {
            return Err(ExtensionError::TooLong { max: rules.max_len });
        }
        Ok(Self(Text::new(s)))
    }

    /// The digits.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for Extension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Extension {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Extension {
    type Error = ExtensionError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Extension> for String {
    fn from(value: Extension) -> Self {
        value.0.into()
    }
}

impl core::str::FromStr for Extension {
    type Err = ExtensionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_seed_extension_1003_is_valid() {
        assert_eq!(
            Extension::parse("1003").map(|e| e.to_string()),
            Ok("1003".to_owned())
        );
    }

    #[test]
    fn two_and_ten_digit_extensions_are_accepted_by_default() {
        assert!(Extension::parse("12").is_ok());
        assert!(Extension::parse("1234567890").is_ok());
    }

    #[test]
    fn a_one_digit_extension_is_rejected_by_default() {
        assert_eq!(
            Extension::parse("7"),
            Err(ExtensionError::TooShort { min: 2 })
        );
    }

    #[test]
    fn an_eleven_digit_extension_is_rejected_by_default() {
        assert_eq!(
            Extension::parse("12345678901"),
            Err(ExtensionError::TooLong { max: 10 })
        );
    }

    #[test]
    fn leading_zeros_are_kept() {
        assert_eq!(
            Extension::parse("0123").map(|e| e.to_string()),
            Ok("0123".to_owned())
        );
    }

    #[test]
    fn surrounding_whitespace_is_trimmed() {
        assert_eq!(
            Extension::parse(" 1003 ").map(|e| e.to_string()),
            Ok("1003".to_owned())
        );
    }

    #[test]
    fn non_digits_are_rejected() {
        for s in ["10a3", "+1003", "10 03", "10-03", "١٢٣", "x1003"] {
            assert_eq!(Extension::parse(s), Err(ExtensionError::NotDigits), "{s:?}");
        }
    }

    #[test]
    fn a_blank_extension_is_empty() {
        assert_eq!(Extension::parse("  "), Err(ExtensionError::Empty));
    }

    #[test]
    fn an_org_can_require_exactly_four_digits() {
        let rules = ExtensionRules {
            min_len: 4,
            max_len: 4,
        };
        assert!(Extension::parse_with("1003", rules).is_ok());
        assert_eq!(
            Extension::parse_with("100", rules),
            Err(ExtensionError::TooShort { min: 4 })
        );
        assert_eq!(
            Extension::parse_with("10030", rules),
            Err(ExtensionError::TooLong { max: 4 })
        );
    }

    #[test]
    fn every_extension_error_has_the_extension_invalid_code() {
        for e in [
            ExtensionError::Empty,
            ExtensionError::NotDigits,
            ExtensionError::TooShort { min: 2 },
            ExtensionError::TooLong { max: 10 },
        ] {
            assert_eq!(e.code(), Code::ExtensionInvalid);
        }
    }

    #[test]
    fn an_extension_deserializes_through_parse() {
        assert_eq!(
            serde_json::from_str::<Extension>("\"1003\"").ok(),
            Extension::parse("1003").ok()
        );
        assert!(serde_json::from_str::<Extension>("\"1\"").is_err());
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in any::<String>()) {
            let _ = Extension::parse(&s);
        }

        #[test]
        fn digit_strings_of_2_to_10_are_accepted(s in "[0-9]{2,10}") {
            let ext = Extension::parse(&s);
            prop_assert_eq!(ext.as_ref().map(Extension::as_str), Ok(s.as_str()));
        }

        #[test]
        fn parsing_is_idempotent(s in "\\s*[0-9]{1,12}\\s*") {
            if let Ok(ext) = Extension::parse(&s) {
                prop_assert_eq!(Extension::parse(ext.as_str()), Ok(ext.clone()));
            }
        }
    }
}
