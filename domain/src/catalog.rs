//! The catalog's display names (issue 3). Packages and licenses are found by
//! their stable key; the name is what admins read, and a partner full admin
//! may rename an entry for their own customers. These are the rules for
//! such a name, shared by the Partner Hub form, the server and the REST API.

use serde::{Deserialize, Serialize};

use crate::Code;

/// The longest display name of a package or license: it has to fit a
/// package picker, a users-list cell and a CSV header-free export column.
pub const CATALOG_NAME_MAX_CHARS: usize = 60;

/// Which list of the catalog an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CatalogKind {
    Package,
    License,
}

impl CatalogKind {
    pub const ALL: [CatalogKind; 2] = [CatalogKind::Package, CatalogKind::License];

    /// `"package"` or `"license"`, as stored and as in the REST API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Package => "package",
            Self::License => "license",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == input)
    }
}

/// A package's or license's display name: trimmed, 1 to 60 characters, on
/// one line.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CatalogName(String);

impl CatalogName {
    /// Validates a name alone. Surrounding whitespace is trimmed.
    pub fn parse(input: &str) -> Result<Self, Code> {
        let s = input.trim();
        if s.is_empty() {
            return Err(Code::CatalogNameEmpty);
        }
        if s.chars().count() > CATALOG_NAME_MAX_CHARS {
            return Err(Code::CatalogNameTooLong);
        }
        if s.chars().any(char::is_control) {
            return Err(Code::CatalogNameInvalid);
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CatalogName {
    type Error = Code;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<CatalogName> for String {
    fn from(value: CatalogName) -> Self {
        value.0
    }
}

/// Validates a new name for the entry `key` among the entries of the same
/// kind as the partner's customers see them (`(key, current name)`): two
/// packages, or two licenses, may not read the same, ignoring case, or an
/// admin could not tell which one they are picking.
pub fn validate_catalog_rename<'a>(
    key: &str,
    input: &str,
    siblings: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<CatalogName, Code> {
    let name = CatalogName::parse(input)?;
    let folded = name.as_str().to_lowercase();
    let clash = siblings
        .into_iter()
        .any(|(other, current)| other != key && current.trim().to_lowercase() == folded);
    if clash {
        return Err(Code::CatalogNameInUse);
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PACKAGES: [(&str, &str); 3] = [
        ("webex_calling", "Webex Calling"),
        ("webex_suite", "Webex Suite"),
        ("webex_voice", "Webex Voice"),
    ];

    #[test]
    fn a_name_is_trimmed() {
        assert_eq!(
            CatalogName::parse("  Calling Pro ").unwrap().as_str(),
            "Calling Pro"
        );
    }

    #[test]
    fn a_blank_name_is_rejected() {
        assert_eq!(CatalogName::parse(" \t "), Err(Code::CatalogNameEmpty));
    }

    #[test]
    fn a_60_character_name_is_accepted_and_61_is_rejected() {
        assert!(CatalogName::parse(&"é".repeat(60)).is_ok());
        assert_eq!(
            CatalogName::parse(&"é".repeat(61)),
            Err(Code::CatalogNameTooLong)
        );
    }

    #[test]
    fn a_name_with_a_line_break_is_rejected() {
        assert_eq!(
            CatalogName::parse("Webex\nCalling"),
            Err(Code::CatalogNameInvalid)
        );
    }

    #[test]
    fn a_name_another_package_already_has_is_rejected_whatever_the_case() {
        assert_eq!(
            validate_catalog_rename("webex_calling", "webex SUITE", PACKAGES),
            Err(Code::CatalogNameInUse)
        );
    }

    #[test]
    fn an_entry_may_keep_or_recase_its_own_name() {
        assert!(validate_catalog_rename("webex_suite", "WEBEX Suite", PACKAGES).is_ok());
    }

    #[test]
    fn a_new_unique_name_is_accepted() {
        assert_eq!(
            validate_catalog_rename("webex_voice", "Voice Only", PACKAGES)
                .unwrap()
                .as_str(),
            "Voice Only"
        );
    }

    #[test]
    fn kinds_round_trip_through_their_strings() {
        for kind in CatalogKind::ALL {
            assert_eq!(CatalogKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(CatalogKind::parse("packages"), None);
    }
}
