//! Users as admins add and change them: the rules of PH-2 (manual add) and
//! PH-8 (change package), and the calling data a calling package needs
//! (PH-4). The browser runs these on every keystroke; the server runs them
//! again on what it receives (T-4).
//!
//! The catalog is data: which package needs calling data comes from the
//! org's catalog through [`OrgDirectory`], never from a package's name.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::{Code, Country, Email, Extension, PersonName, PhoneNumber};

/// PH-2: the most users one manual add accepts.
pub const MANUAL_ADD_MAX_USERS: usize = 25;

/// A user's state in the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserStatus {
    /// Added, invitation sent, not signed in yet.
    Invited,
    /// Signed in at least once.
    Active,
    /// Deactivated by an admin: keeps its data, holds no sessions.
    Inactive,
}

impl UserStatus {
    pub const ALL: [UserStatus; 3] = [Self::Invited, Self::Active, Self::Inactive];

    /// The stable wire string.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Invited => "invited",
            Self::Active => "active",
            Self::Inactive => "inactive",
        }
    }

    /// Parses the wire string; `None` for anything else.
    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == input)
    }
}

/// What the catalog says a package requires (PH-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageRules {
    /// A location and an extension or a number are required.
    pub needs_calling: bool,
}

/// The org data the rules consult: the catalog's packages and the org's
/// locations. The browser implements it over what it has loaded, the
/// server over the database.
pub trait OrgDirectory {
    /// The rules of the package with this catalog key, `None` if unknown.
    fn package(&self, key: &str) -> Option<PackageRules>;
    /// The country of the org's location with this id, `None` if the org
    /// has no such location.
    fn location_country(&self, location_id: &str) -> Option<Country>;
}

/// A field of the user form, as findings name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserField {
    Email,
    FirstName,
    LastName,
    DisplayName,
    Package,
    Location,
    Extension,
    PhoneNumber,
}

impl UserField {
    /// The field's wire name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::FirstName => "first_name",
            Self::LastName => "last_name",
            Self::DisplayName => "display_name",
            Self::Package => "package",
            Self::Location => "location",
            Self::Extension => "extension",
            Self::PhoneNumber => "phone_number",
        }
    }
}

/// One problem with one field of one row (`row` counts from 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserFinding {
    pub row: usize,
    pub field: UserField,
    pub code: Code,
}

/// Calling data as typed: a location id and an extension and/or a number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallingDraft {
    #[serde(default)]
    pub location_id: String,
    #[serde(default)]
    pub extension: String,
    #[serde(default)]
    pub phone_number: String,
}

impl CallingDraft {
    fn is_blank(&self) -> bool {
        self.location_id.trim().is_empty()
            && self.extension.trim().is_empty()
            && self.phone_number.trim().is_empty()
    }
}

/// A user as typed into the manual add form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDraft {
    pub email: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub display_name: String,
    /// The package's catalog key.
    pub package: String,
    #[serde(default)]
    pub calling: CallingDraft,
}

/// Valid calling data: a location of the org and at least one of an
/// extension and a number, the number read in the location's country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallingData {
    pub location_id: String,
    pub extension: Option<Extension>,
    pub phone_number: Option<PhoneNumber>,
}

/// A valid new user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub email: Email,
    pub first_name: Option<PersonName>,
    pub last_name: Option<PersonName>,
    pub display_name: PersonName,
    pub package: String,
    pub calling: Option<CallingData>,
}

/// Validates calling data for a package. With a package that needs no
/// calling data, blank calling data is `None` and anything typed is still
/// validated (it is kept: a Webex Meetings user may have a number).
pub fn validate_calling(
    rules: PackageRules,
    draft: &CallingDraft,
    directory: &dyn OrgDirectory,
    row: usize,
    findings: &mut Vec<UserFinding>,
) -> Option<CallingData> {
    let mut push = |field, code| findings.push(UserFinding { row, field, code });
    if !rules.needs_calling && draft.is_blank() {
        return None;
    }
    let location_id = draft.location_id.trim();
    let country = if location_id.is_empty() {
        push(UserField::Location, Code::LocationMissing);
        None
    } else {
        let country = directory.location_country(location_id);
        if country.is_none() {
            push(UserField::Location, Code::LocationUnknown);
        }
        country
    };
    let extension = match draft.extension.trim() {
        "" => None,
        text => match Extension::parse(text) {
            Ok(extension) => Some(extension),
            Err(error) => {
                push(UserField::Extension, error.code());
                None
            }
        },
    };
    let phone_number = match draft.phone_number.trim() {
        "" => None,
        text => match PhoneNumber::parse(text, country) {
            Ok(number) => Some(number),
            Err(error) => {
                push(UserField::PhoneNumber, error.code());
                None
            }
        },
    };
    if draft.extension.trim().is_empty() && draft.phone_number.trim().is_empty() {
        push(UserField::Extension, Code::ExtensionOrNumberMissing);
    }
    Some(CallingData {
        location_id: location_id.to_owned(),
        extension,
        phone_number,
    })
}

/// The name shown when none is given: "First Last", else the email's local
/// part (what the imitated product shows for a user without a name).
pub fn default_display_name(
    first: Option<&PersonName>,
    last: Option<&PersonName>,
    email: &Email,
) -> Option<PersonName> {
    let joined = [first, last]
        .into_iter()
        .flatten()
        .map(PersonName::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    let source = if joined.is_empty() {
        email.local_part()
    } else {
        &joined
    };
    // Two 64-character names joined exceed the limit: keep the first 64.
    let clipped: String = source
        .chars()
        .take(crate::person::PERSON_NAME_MAX_CHARS)
        .collect();
    PersonName::parse(&clipped).ok()
}

/// Validates one row of the form (`row` is its index, for the findings).
pub fn validate_user(
    draft: &UserDraft,
    directory: &dyn OrgDirectory,
    row: usize,
    findings: &mut Vec<UserFinding>,
) -> Option<NewUser> {
    let before = findings.len();
    let email = match Email::parse(&draft.email) {
        Ok(email) => Some(email),
        Err(error) => {
            findings.push(UserFinding {
                row,
                field: UserField::Email,
                code: error.code(),
            });
            None
        }
    };
    let mut name = |field, text: &str| match PersonName::parse_optional(text) {
        Ok(name) => name,
        Err(error) => {
            findings.push(UserFinding {
                row,
                field,
                code: error.code(),
            });
            None
        }
    };
    let first_name = name(UserField::FirstName, &draft.first_name);
    let last_name = name(UserField::LastName, &draft.last_name);
    let display_name = name(UserField::DisplayName, &draft.display_name);
    let package = draft.package.trim();
    let calling = if package.is_empty() {
        findings.push(UserFinding {
            row,
            field: UserField::Package,
            code: Code::PackageMissing,
        });
        None
    } else if let Some(rules) = directory.package(package) {
        validate_calling(rules, &draft.calling, directory, row, findings)
    } else {
        findings.push(UserFinding {
            row,
            field: UserField::Package,
            code: Code::PackageUnknown,
        });
        None
    };
    let email = email?;
    if findings.len() > before {
        return None;
    }
    let display_name = display_name
        .or_else(|| default_display_name(first_name.as_ref(), last_name.as_ref(), &email))?;
    Some(NewUser {
        email,
        first_name,
        last_name,
        display_name,
        package: package.to_owned(),
        calling,
    })
}

/// Validates a whole manual add (PH-2): at most
/// [`MANUAL_ADD_MAX_USERS`] rows, each valid, and no email, extension or
/// number twice. Returns every finding of every row, or the users.
pub fn validate_manual_add(
    drafts: &[UserDraft],
    directory: &dyn OrgDirectory,
) -> Result<Vec<NewUser>, Vec<UserFinding>> {
    if drafts.len() > MANUAL_ADD_MAX_USERS {
        return Err(vec![UserFinding {
            row: MANUAL_ADD_MAX_USERS,
            field: UserField::Email,
            code: Code::TooManyUsers,
        }]);
    }
    let mut findings = Vec::new();
    let mut users = Vec::with_capacity(drafts.len());
    for (row, draft) in drafts.iter().enumerate() {
        if let Some(user) = validate_user(draft, directory, row, &mut findings) {
            users.push((row, user));
        }
    }
    find_repeats(&users, &mut findings);
    if findings.is_empty() {
        Ok(users.into_iter().map(|(_, user)| user).collect())
    } else {
        findings.sort_by_key(|f| f.row);
        Err(findings)
    }
}

/// A later row that repeats an earlier row's email, extension (within the
/// org) or number is refused on the later row.
fn find_repeats(users: &[(usize, NewUser)], findings: &mut Vec<UserFinding>) {
    let mut emails = HashMap::new();
    let mut extensions = HashMap::new();
    let mut numbers = HashMap::new();
    for (row, user) in users {
        if emails.insert(user.email.as_str(), *row).is_some() {
            findings.push(UserFinding {
                row: *row,
                field: UserField::Email,
                code: Code::EmailDuplicateInFile,
            });
        }
        let Some(calling) = &user.calling else {
            continue;
        };
        if let Some(extension) = &calling.extension
            && extensions.insert(extension.as_str(), *row).is_some()
        {
            findings.push(UserFinding {
                row: *row,
                field: UserField::Extension,
                code: Code::ExtensionInUse,
            });
        }
        if let Some(number) = &calling.phone_number
            && numbers.insert(number.as_e164(), *row).is_some()
        {
            findings.push(UserFinding {
                row: *row,
                field: UserField::PhoneNumber,
                code: Code::NumberInUse,
            });
        }
    }
}

/// A valid package change (PH-8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageChange {
    pub package: String,
    pub calling: Option<CallingData>,
}

/// Validates a package change (PH-8): a package that needs calling data
/// must come with it, in the same step.
pub fn validate_package_change(
    package: &str,
    calling: &CallingDraft,
    directory: &dyn OrgDirectory,
) -> Result<PackageChange, Vec<UserFinding>> {
    let mut findings = Vec::new();
    let package = package.trim();
    let Some(rules) = directory.package(package) else {
        let code = if package.is_empty() {
            Code::PackageMissing
        } else {
            Code::PackageUnknown
        };
        return Err(vec![UserFinding {
            row: 0,
            field: UserField::Package,
            code,
        }]);
    };
    let calling = validate_calling(rules, calling, directory, 0, &mut findings);
    if findings.is_empty() {
        Ok(PackageChange {
            package: package.to_owned(),
            calling,
        })
    } else {
        Err(findings)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The default catalog's calling rules and two locations.
    struct Demo;

    impl OrgDirectory for Demo {
        fn package(&self, key: &str) -> Option<PackageRules> {
            match key {
                "webex_calling" | "webex_suite" | "webex_calling_standard" => Some(PackageRules {
                    needs_calling: true,
                }),
                "webex_meetings" | "webex_voice" => Some(PackageRules {
                    needs_calling: false,
                }),
                _ => None,
            }
        }

        fn location_country(&self, location_id: &str) -> Option<Country> {
            match location_id {
                "loc-us" => Some(Country::US),
                "loc-no" => Country::parse("NO").ok(),
                _ => None,
            }
        }
    }

    fn meetings_user(email: &str) -> UserDraft {
        UserDraft {
            email: email.into(),
            first_name: "Anna".into(),
            last_name: "Berg".into(),
            package: "webex_meetings".into(),
            ..UserDraft::default()
        }
    }

    fn calling_user(email: &str, extension: &str, number: &str) -> UserDraft {
        UserDraft {
            package: "webex_calling".into(),
            calling: CallingDraft {
                location_id: "loc-us".into(),
                extension: extension.into(),
                phone_number: number.into(),
            },
            ..meetings_user(email)
        }
    }

    fn codes(findings: &[UserFinding]) -> Vec<(usize, &'static str, Code)> {
        findings
            .iter()
            .map(|f| (f.row, f.field.as_str(), f.code))
            .collect()
    }

    #[test]
    fn a_meetings_user_needs_no_calling_data() {
        let users = validate_manual_add(&[meetings_user("anna@example.com")], &Demo).unwrap();
        assert_eq!(users[0].calling, None);
        assert_eq!(users[0].display_name.as_str(), "Anna Berg");
    }

    #[test]
    fn a_calling_user_without_location_or_extension_gets_both_findings() {
        let mut draft = calling_user("a@example.com", "", "");
        draft.calling.location_id.clear();
        let findings = validate_manual_add(&[draft], &Demo).unwrap_err();
        assert_eq!(
            codes(&findings),
            vec![
                (0, "location", Code::LocationMissing),
                (0, "extension", Code::ExtensionOrNumberMissing)
            ]
        );
    }

    #[test]
    fn a_national_number_is_read_in_the_location_country() {
        let users =
            validate_manual_add(&[calling_user("a@example.com", "", "231-456-9000")], &Demo)
                .unwrap();
        let calling = users[0].calling.as_ref().unwrap();
        assert_eq!(
            calling.phone_number.as_ref().unwrap().as_e164(),
            "+12314569000"
        );
    }

    #[test]
    fn an_unknown_location_and_an_unknown_package_are_refused() {
        let mut draft = calling_user("a@example.com", "1001", "");
        draft.calling.location_id = "elsewhere".into();
        let mut other = meetings_user("b@example.com");
        other.package = "Webex Calling".into();
        let findings = validate_manual_add(&[draft, other], &Demo).unwrap_err();
        assert_eq!(
            codes(&findings),
            vec![
                (0, "location", Code::LocationUnknown),
                (1, "package", Code::PackageUnknown)
            ]
        );
    }

    #[test]
    fn an_invalid_email_is_reported_on_its_row_only() {
        let drafts = [
            meetings_user("ok@example.com"),
            meetings_user("not-an-email"),
            meetings_user("also-ok@example.com"),
        ];
        let findings = validate_manual_add(&drafts, &Demo).unwrap_err();
        assert_eq!(codes(&findings), vec![(1, "email", Code::EmailInvalid)]);
    }

    #[test]
    fn twenty_five_users_are_accepted_and_a_26th_is_too_many() {
        let drafts: Vec<UserDraft> = (0..26)
            .map(|i| meetings_user(&format!("u{i}@example.com")))
            .collect();
        assert_eq!(validate_manual_add(&drafts[..25], &Demo).unwrap().len(), 25);
        let findings = validate_manual_add(&drafts, &Demo).unwrap_err();
        assert_eq!(findings[0].code, Code::TooManyUsers);
    }

    #[test]
    fn a_repeated_email_extension_or_number_is_refused_on_the_later_row() {
        let drafts = [
            calling_user("a@example.com", "1001", "+12314569000"),
            calling_user("A@example.com", "1001", "(231) 456-9000"),
        ];
        let findings = validate_manual_add(&drafts, &Demo).unwrap_err();
        assert_eq!(
            codes(&findings),
            vec![
                (1, "email", Code::EmailDuplicateInFile),
                (1, "extension", Code::ExtensionInUse),
                (1, "phone_number", Code::NumberInUse)
            ]
        );
    }

    #[test]
    fn changing_to_a_calling_package_without_calling_data_is_refused() {
        let findings =
            validate_package_change("webex_calling", &CallingDraft::default(), &Demo).unwrap_err();
        assert_eq!(
            codes(&findings),
            vec![
                (0, "location", Code::LocationMissing),
                (0, "extension", Code::ExtensionOrNumberMissing)
            ]
        );
        let change = validate_package_change(
            "webex_calling",
            &CallingDraft {
                location_id: "loc-no".into(),
                extension: "".into(),
                phone_number: "22 33 44 55".into(),
            },
            &Demo,
        )
        .unwrap();
        assert_eq!(
            change.calling.unwrap().phone_number.unwrap().as_e164(),
            "+4722334455"
        );
    }

    #[test]
    fn a_display_name_defaults_to_the_email_local_part() {
        let draft = UserDraft {
            email: "kari.nordmann@example.no".into(),
            package: "webex_meetings".into(),
            ..UserDraft::default()
        };
        let users = validate_manual_add(&[draft], &Demo).unwrap();
        assert_eq!(users[0].display_name.as_str(), "kari.nordmann");
    }

    #[test]
    fn user_status_round_trips_through_its_wire_string() {
        for status in UserStatus::ALL {
            assert_eq!(UserStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(UserStatus::parse("Active"), None);
    }

    proptest! {
        /// Whatever is typed, validation answers without panicking, and a
        /// user it accepts has calling data whenever the package needs it.
        #[test]
        fn any_draft_is_either_valid_or_explained(
            email in "\\PC{0,30}",
            first in "\\PC{0,70}",
            package in prop::sample::select(vec!["webex_calling", "webex_meetings", "", "x"]),
            location in prop::sample::select(vec!["loc-us", "loc-no", "", "nope"]),
            extension in "[0-9a-z]{0,12}",
            number in "[0-9+() -]{0,16}",
        ) {
            let draft = UserDraft {
                email, first_name: first, package: package.into(),
                calling: CallingDraft { location_id: location.into(), extension, phone_number: number },
                ..UserDraft::default()
            };
            match validate_manual_add(std::slice::from_ref(&draft), &Demo) {
                Ok(users) => {
                    let needs = Demo.package(&users[0].package).unwrap().needs_calling;
                    if needs {
                        let calling = users[0].calling.as_ref().unwrap();
                        prop_assert!(calling.extension.is_some() || calling.phone_number.is_some());
                    }
                }
                Err(findings) => prop_assert!(!findings.is_empty()),
            }
        }
    }
}
