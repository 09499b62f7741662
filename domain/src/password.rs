//! Passwords an admin chooses (first sign-in after `switchboard init`,
//! password change, reset).

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Code;

/// The shortest password accepted. NIST SP 800-63B asks for at least 8
/// characters; 12 is the usual floor for accounts with admin rights, and a
/// portal admin can provision numbers and read SIP credentials (PMD-9).
pub const MIN_CHARS: usize = 12;

/// The longest password accepted. Long passphrases are welcome, but the
/// server hashes the password with a memory-hard function, and an unbounded
/// input would let anyone make it hash megabytes (a cheap denial of service).
pub const MAX_CHARS: usize = 256;

/// A password an admin chose, checked for length only.
///
/// No composition rules ("one digit, one symbol"): NIST SP 800-63B advises
/// against them because they push people towards predictable patterns.
/// Nothing is trimmed: spaces are legitimate password characters.
///
/// `Debug` prints `NewPassword(***)`, and there is no `Display`, so the value
/// cannot reach a log by accident; read it with [`NewPassword::expose`] at
/// the one place that hashes it. It does implement serde (as a plain string)
/// because server functions carry it from the browser to the server.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct NewPassword(String);

/// Why a string is not an acceptable [`NewPassword`]. Never includes the
/// password itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NewPasswordError {
    /// Fewer than [`MIN_CHARS`] characters.
    #[error("a password needs at least 12 characters")]
    TooShort,
    /// More than [`MAX_CHARS`] characters.
    #[error("a password may have at most 256 characters")]
    TooLong,
}

impl NewPasswordError {
    /// The stable code: `password_too_short` or `password_too_long`.
    pub const fn code(&self) -> Code {
        match self {
            Self::TooShort => Code::PasswordTooShort,
            Self::TooLong => Code::PasswordTooLong,
        }
    }
}

impl NewPassword {
    /// Checks the length, counted in characters (a Cyrillic passphrase is as
    /// long as it looks).
    pub fn parse(input: &str) -> Result<Self, NewPasswordError> {
        let chars = input.chars().count();
        if chars < MIN_CHARS {
            return Err(NewPasswordError::TooShort);
        }
        if chars > MAX_CHARS {
            return Err(NewPasswordError::TooLong);
        }
        Ok(Self(input.to_owned()))
    }

    /// The password itself, for hashing. The name makes every use stand out
    /// in review.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl TryFrom<String> for NewPassword {
    type Error = NewPasswordError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<NewPassword> for String {
    fn from(value: NewPassword) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_12_character_password_is_accepted() {
        let p = NewPassword::parse("correct hors");
        assert_eq!(p.as_ref().map(NewPassword::expose), Ok("correct hors"));
    }

    #[test]
    fn an_11_character_password_is_too_short() {
        assert_eq!(
            NewPassword::parse("correct hor"),
            Err(NewPasswordError::TooShort)
        );
        assert_eq!(NewPasswordError::TooShort.code(), Code::PasswordTooShort);
    }

    #[test]
    fn a_257_character_password_is_too_long() {
        assert!(NewPassword::parse(&"x".repeat(256)).is_ok());
        assert_eq!(
            NewPassword::parse(&"x".repeat(257)),
            Err(NewPasswordError::TooLong)
        );
        assert_eq!(NewPasswordError::TooLong.code(), Code::PasswordTooLong);
    }

    #[test]
    fn length_is_counted_in_characters_not_bytes() {
        // 6 Cyrillic letters are 12 bytes but only 6 characters.
        assert_eq!(
            NewPassword::parse("пароль"),
            Err(NewPasswordError::TooShort)
        );
        assert!(NewPassword::parse("секретныйпароль").is_ok());
    }

    #[test]
    fn surrounding_spaces_are_part_of_the_password() {
        let p = NewPassword::parse("  twelve chars  ");
        assert_eq!(p.as_ref().map(NewPassword::expose), Ok("  twelve chars  "));
    }

    #[test]
    fn debug_never_prints_the_password() {
        let p = NewPassword::parse("hunter2hunter2");
        let shown = format!("{p:?}");
        assert_eq!(shown, "Ok(NewPassword(***))");
        assert!(!shown.contains("hunter2"));
    }

    #[test]
    fn a_password_deserializes_through_parse() {
        assert!(serde_json::from_str::<NewPassword>("\"short\"").is_err());
        let p = serde_json::from_str::<NewPassword>("\"long enough password\"");
        assert_eq!(
            p.ok().map(String::from),
            Some("long enough password".to_owned())
        );
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in any::<String>()) {
            let _ = NewPassword::parse(&s);
        }

        #[test]
        fn the_debug_form_never_contains_the_password(s in "\\PC{12,40}") {
            if let Ok(p) = NewPassword::parse(&s) {
                prop_assert_eq!(format!("{p:?}"), "NewPassword(***)");
            }
        }
    }
}
