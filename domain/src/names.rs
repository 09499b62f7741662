//! Organization names (SUB-3) and Meetings site URL names (SUB-8).

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Code;
use crate::text::Text;

/// The longest organization name. Long enough for any registered company
/// name ("Internationale Nederlanden Groep … B.V."), short enough to fit
/// Partner Hub's customer list, the order-summary PDF and email subjects.
pub const ORG_NAME_MAX_CHARS: usize = 128;

/// A Meetings site URL name is a DNS label (`<name>.webex.com`): at most 63
/// octets (RFC 1035).
pub const SITE_NAME_MAX_LEN: usize = 63;

/// Shorter site names are reserved by the platform (`www`, `api`, two-letter
/// country names) and are too easy to mistype in a URL.
pub const SITE_NAME_MIN_LEN: usize = 3;

/// The domain every Meetings site lives under.
pub const SITE_DOMAIN: &str = "webex.com";

// ---------------------------------------------------------------------------
// OrgName

/// A customer or partner organization's display name: trimmed, 1 to 128
/// characters, no control characters. Any script is allowed: the portal's
/// customers are in Russia, Romania, Italy and Norway.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OrgName(String);

/// Why a string is not an [`OrgName`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrgNameError {
    /// The name is blank.
    #[error("an organization name is required")]
    Empty,
    /// More than [`ORG_NAME_MAX_CHARS`] characters.
    #[error("an organization name may have at most 128 characters, this one has {chars}")]
    TooLong {
        /// How many characters the trimmed input has.
        chars: usize,
    },
    /// A control character (line break, tab, …): it would break one-line
    /// displays, CSV exports and email headers.
    #[error("an organization name may not contain control characters")]
    ControlCharacter,
}

impl OrgNameError {
    /// The stable code: `org_name_empty`, `org_name_too_long` or
    /// `org_name_invalid`.
    pub const fn code(&self) -> Code {
        match self {
            Self::Empty => Code::OrgNameEmpty,
            Self::TooLong { .. } => Code::OrgNameTooLong,
            Self::ControlCharacter => Code::OrgNameInvalid,
        }
    }
}

impl OrgName {
    /// Validates an organization name. Surrounding whitespace is trimmed.
    pub fn parse(input: &str) -> Result<Self, OrgNameError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(OrgNameError::Empty);
        }
        let chars = s.chars().count();
        if chars > ORG_NAME_MAX_CHARS {
            return Err(OrgNameError::TooLong { chars });
        }
        if s.chars().any(char::is_control) {
            return Err(OrgNameError::ControlCharacter);
        }
        Ok(Self(s.to_owned()))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// ---------------------------------------------------------------------------
// SiteName

/// A Meetings site URL name (SUB-8), the `acme` of `acme.webex.com`:
/// trimmed, lower-cased, 3 to 63 ASCII letters, digits and hyphens, not
/// starting or ending with a hyphen (RFC 1035 labels), and without `--` in
/// the third and fourth position, which DNS reserves for encodings such as
/// punycode (`xn--`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SiteName(Text);

/// Why a string is not a [`SiteName`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SiteNameError {
    /// The name is blank.
    #[error("a site URL name is required")]
    Empty,
    /// More than [`SITE_NAME_MAX_LEN`] characters.
    #[error("a site URL name may have at most 63 characters, this one has {chars}")]
    TooLong {
        /// How many characters the trimmed input has.
        chars: usize,
    },
    /// Fewer than [`SITE_NAME_MIN_LEN`] characters.
    #[error("a site URL name needs at least 3 characters")]
    TooShort,
    /// Not an ASCII letter, digit or hyphen.
    #[error("a site URL name may contain only letters a-z, digits and hyphens, not `{0}`")]
    InvalidCharacter(char),
    /// Starts or ends with `-`.
    #[error("a site URL name may not start or end with a hyphen")]
    HyphenAtEdge,
    /// `--` in positions 3 and 4.
    #[error("a site URL name may not have `--` as its third and fourth characters")]
    ReservedHyphens,
}

impl SiteNameError {
    /// The stable code: `site_name_empty`, `site_name_too_long` or
    /// `site_name_invalid`.
    pub const fn code(&self) -> Code {
        match self {
            Self::Empty => Code::SiteNameEmpty,
            Self::TooLong { .. } => Code::SiteNameTooLong,
            Self::TooShort
            | Self::InvalidCharacter(_)
            | Self::HyphenAtEdge
            | Self::ReservedHyphens => Code::SiteNameInvalid,
        }
    }
}

impl SiteName {
    /// Validates and lower-cases a site URL name.
    pub fn parse(input: &str) -> Result<Self, SiteNameError> {
        let s = crate::text::trim(input);
        if s.is_empty() {
            return Err(SiteNameError::Empty);
        }
        // One pass: the length, and the first character not allowed.
        let (mut chars, mut invalid) = (0, None);
        for c in s.chars() {
            chars += 1;
            if invalid.is_none() && !(c.is_ascii_alphanumeric() || c == '-') {
                invalid = Some(c);
            }
        }
        if chars > SITE_NAME_MAX_LEN {
            return Err(SiteNameError::TooLong { chars });
        }
        if let Some(c) = invalid {
            return Err(SiteNameError::InvalidCharacter(c));
        }
        // ASCII from here on: bytes are characters.
        if s.len() < SITE_NAME_MIN_LEN {
            return Err(SiteNameError::TooShort);
        }
        if s.starts_with('-') || s.ends_with('-') {
            return Err(SiteNameError::HyphenAtEdge);
        }
        if s.get(2..4) == Some("--") {
            return Err(SiteNameError::ReservedHyphens);
        }
        Ok(Self(Text::ascii_lowercase(s)))
    }

    /// The lower-cased name.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The site's host name, `<name>.webex.com`, as the wizard, its
    /// summary and the summary PDF show it.
    pub fn host(&self) -> String {
        format!("{}.{SITE_DOMAIN}", self.0.as_str())
    }
}

macro_rules! string_newtype_impls {
    ($($ty:ident => $err:ident),+) => {$(
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $ty {
            type Error = $err;

            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(&value)
            }
        }

        impl From<$ty> for String {
            fn from(value: $ty) -> Self {
                value.0.into()
            }
        }

        impl core::str::FromStr for $ty {
            type Err = $err;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }
    )+};
}

string_newtype_impls!(OrgName => OrgNameError, SiteName => SiteNameError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn an_org_name_is_trimmed() {
        assert_eq!(
            OrgName::parse("  Farms Inc.  ").map(String::from),
            Ok("Farms Inc.".to_owned())
        );
    }

    #[test]
    fn org_names_in_any_script_are_accepted() {
        for s in [
            "ООО «Ромашка»",
            "Fermele Bucovinei SRL",
            "Fattorie Riunite S.p.A.",
            "Gårdene AS",
        ] {
            assert!(OrgName::parse(s).is_ok(), "{s:?}");
        }
    }

    #[test]
    fn a_blank_org_name_is_empty() {
        assert_eq!(OrgName::parse(" \n "), Err(OrgNameError::Empty));
        assert_eq!(OrgNameError::Empty.code(), Code::OrgNameEmpty);
    }

    #[test]
    fn a_129_character_org_name_is_rejected() {
        assert!(OrgName::parse(&"ø".repeat(128)).is_ok());
        assert_eq!(
            OrgName::parse(&"ø".repeat(129)),
            Err(OrgNameError::TooLong { chars: 129 })
        );
        assert_eq!(
            OrgNameError::TooLong { chars: 129 }.code(),
            Code::OrgNameTooLong
        );
    }

    #[test]
    fn an_org_name_with_a_line_break_is_invalid() {
        assert_eq!(
            OrgName::parse("Farms\nInc."),
            Err(OrgNameError::ControlCharacter)
        );
        assert_eq!(OrgNameError::ControlCharacter.code(), Code::OrgNameInvalid);
    }

    #[test]
    fn a_site_name_is_trimmed_and_lower_cased() {
        assert_eq!(
            SiteName::parse(" Farms-Dallas ").map(String::from),
            Ok("farms-dallas".to_owned())
        );
    }

    #[test]
    fn a_sites_host_is_its_name_under_webex_com() {
        let site = SiteName::parse("Archer-Farms").unwrap();
        assert_eq!(site.host(), "archer-farms.webex.com");
    }

    #[test]
    fn a_blank_site_name_is_empty() {
        assert_eq!(SiteName::parse(""), Err(SiteNameError::Empty));
        assert_eq!(SiteNameError::Empty.code(), Code::SiteNameEmpty);
    }

    #[test]
    fn a_64_character_site_name_is_too_long() {
        assert!(SiteName::parse(&"a".repeat(63)).is_ok());
        assert_eq!(
            SiteName::parse(&"a".repeat(64)),
            Err(SiteNameError::TooLong { chars: 64 })
        );
        assert_eq!(
            SiteNameError::TooLong { chars: 64 }.code(),
            Code::SiteNameTooLong
        );
    }

    #[test]
    fn a_two_character_site_name_is_invalid() {
        assert!(SiteName::parse("abc").is_ok());
        assert_eq!(SiteName::parse("ab"), Err(SiteNameError::TooShort));
    }

    #[test]
    fn a_site_name_with_a_dot_space_or_accent_is_invalid() {
        assert_eq!(
            SiteName::parse("farms.com"),
            Err(SiteNameError::InvalidCharacter('.'))
        );
        assert_eq!(
            SiteName::parse("farms us"),
            Err(SiteNameError::InvalidCharacter(' '))
        );
        assert_eq!(
            SiteName::parse("gårdene"),
            Err(SiteNameError::InvalidCharacter('å'))
        );
        assert_eq!(
            SiteName::parse("farms_us"),
            Err(SiteNameError::InvalidCharacter('_'))
        );
    }

    #[test]
    fn a_site_name_starting_or_ending_with_a_hyphen_is_invalid() {
        assert_eq!(SiteName::parse("-farms"), Err(SiteNameError::HyphenAtEdge));
        assert_eq!(SiteName::parse("farms-"), Err(SiteNameError::HyphenAtEdge));
    }

    #[test]
    fn a_site_name_with_hyphens_in_positions_3_and_4_is_reserved() {
        assert_eq!(
            SiteName::parse("xn--farms"),
            Err(SiteNameError::ReservedHyphens)
        );
        assert_eq!(
            SiteName::parse("ab--cd"),
            Err(SiteNameError::ReservedHyphens)
        );
        assert!(SiteName::parse("abc--d").is_ok());
        assert!(SiteName::parse("a--bcd").is_ok());
    }

    #[test]
    fn every_site_name_error_but_empty_and_too_long_is_site_name_invalid() {
        for e in [
            SiteNameError::TooShort,
            SiteNameError::InvalidCharacter('.'),
            SiteNameError::HyphenAtEdge,
            SiteNameError::ReservedHyphens,
        ] {
            assert_eq!(e.code(), Code::SiteNameInvalid);
        }
    }

    #[test]
    fn names_deserialize_through_parse() {
        assert_eq!(
            serde_json::from_str::<SiteName>("\"Farms\"")
                .ok()
                .map(String::from),
            Some("farms".to_owned())
        );
        assert!(serde_json::from_str::<SiteName>("\"-x-\"").is_err());
        assert!(serde_json::from_str::<OrgName>("\"  \"").is_err());
    }

    proptest! {
        #[test]
        fn org_name_parsing_never_panics(s in any::<String>()) {
            let _ = OrgName::parse(&s);
        }

        #[test]
        fn site_name_parsing_never_panics(s in any::<String>()) {
            let _ = SiteName::parse(&s);
        }

        #[test]
        fn org_name_parsing_is_idempotent(s in "\\PC{0,140}") {
            if let Ok(name) = OrgName::parse(&s) {
                prop_assert_eq!(OrgName::parse(name.as_str()), Ok(name.clone()));
            }
        }

        #[test]
        fn site_name_parsing_is_idempotent(s in "[A-Za-z0-9-]{0,70}") {
            if let Ok(name) = SiteName::parse(&s) {
                prop_assert_eq!(SiteName::parse(name.as_str()), Ok(name.clone()));
                prop_assert_eq!(name.as_str(), s.to_ascii_lowercase());
            }
        }

        #[test]
        fn dns_style_labels_are_accepted(s in "[a-z0-9]{3}([a-z0-9-]{0,58}[a-z0-9])?") {
            prop_assert!(SiteName::parse(&s).is_ok(), "{}", s);
        }
    }
}
