//! The directory's wire types: users, packages, locations and numbers.
use domain::{
    AddressDraft, Country, UserStatus,
    user::{CallingDraft, OrgDirectory, PackageRules, UserDraft},
    webex_go::LineStatus,
};
use serde::{Deserialize, Serialize};

/// A package of the catalog, as forms offer it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageOption {
    pub key: String,
    pub name: String,
    /// PH-4: a location and an extension or number are required.
    pub needs_calling: bool,
}

/// A location of the org, as forms offer it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocationOption {
    pub id: String,
    pub name: String,
    pub country: Country,
    /// Free numbers of the location, for the number field's suggestions.
    pub free_numbers: Vec<String>,
}

/// What the user forms need to validate and offer choices: the catalog's
/// packages and the org's locations. The browser validates against it; the
/// server builds the same value from the database and validates again with
/// the same code (T-4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryOptions {
    pub org_id: String,
    pub org_name: String,
    pub packages: Vec<PackageOption>,
    pub locations: Vec<LocationOption>,
    pub can_write: bool,
}

impl OrgDirectory for DirectoryOptions {
    fn package(&self, key: &str) -> Option<PackageRules> {
        self.packages
            .iter()
            .find(|p| p.key == key)
            .map(|p| PackageRules {
                needs_calling: p.needs_calling,
            })
    }

    fn location_country(&self, location_id: &str) -> Option<Country> {
        self.locations
            .iter()
            .find(|l| l.id == location_id)
            .map(|l| l.country)
    }
}

/// The users list's orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserSort {
    #[default]
    NameAsc,
    NameDesc,
    EmailAsc,
    EmailDesc,
}

impl UserSort {
    pub const ALL: [UserSort; 4] = [
        Self::NameAsc,
        Self::NameDesc,
        Self::EmailAsc,
        Self::EmailDesc,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NameAsc => "name_asc",
            Self::NameDesc => "name_desc",
            Self::EmailAsc => "email_asc",
            Self::EmailDesc => "email_desc",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == input)
    }
}

/// One page request of the users list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserQuery {
    pub org_id: String,
    /// Words matched by prefix against names and email.
    #[serde(default)]
    pub search: String,
    #[serde(default)]
    pub sort: UserSort,
    /// A package key.
    #[serde(default)]
    pub package: Option<String>,
    #[serde(default)]
    pub location_id: Option<String>,
    #[serde(default)]
    pub status: Option<UserStatus>,
    /// The `next` cursor of the previous page.
    #[serde(default)]
    pub after: Option<String>,
    /// Rows per page: 1 to 200, 50 by default.
    #[serde(default)]
    pub limit: Option<u32>,
}

/// One row of the users list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRow {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub package_key: String,
    pub package_name: String,
    pub location_id: Option<String>,
    pub location_name: Option<String>,
    pub extension: Option<String>,
    pub phone_number: Option<String>,
    pub status: UserStatus,
    /// GO-14: the status of the user's Webex Go line, if they have one.
    #[serde(default)]
    pub webex_go_status: Option<LineStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserPage {
    pub users: Vec<UserRow>,
    /// The cursor of the next page; `None` on the last page.
    pub next: Option<String>,
    /// Users in the org (not only those matching).
    pub total_in_org: u64,
}

/// A license a user holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldLicenseRow {
    pub license_key: String,
    pub license_name: String,
    pub subscription_id: String,
}

/// The user page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDetails {
    pub row: UserRow,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub licenses: Vec<HeldLicenseRow>,
    pub created_at_ms: i64,
    pub can_write: bool,
    /// The user's devices (GO-2: the Devices area of the user page).
    #[serde(default)]
    pub devices: Vec<super::DeviceRow>,
    /// The language of the mail the user receives (GO-5); `None`: English.
    #[serde(default)]
    pub language: Option<domain::Language>,
}

/// GO-5: the language of the mail a user receives; `None` sets it back to
/// the default (English).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserLanguageInput {
    pub org_id: String,
    pub user_id: String,
    pub language: Option<domain::Language>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRef {
    pub org_id: String,
    pub user_id: String,
}

/// PH-2: up to 25 users, all added or none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddUsersInput {
    pub org_id: String,
    pub users: Vec<UserDraft>,
}

/// PH-8: a new package and, for a calling package, the calling data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangePackageInput {
    pub org_id: String,
    pub user_id: String,
    pub package: String,
    #[serde(default)]
    pub calling: CallingDraft,
}

/// A location with its address and how much of it is used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocationRow {
    pub id: String,
    pub name: String,
    pub address: AddressDraft,
    pub user_count: u64,
    pub number_count: u64,
    pub free_number_count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewLocationInput {
    pub org_id: String,
    pub name: String,
    pub address: AddressDraft,
}

/// Numbers to add to a location's inventory, one per entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddNumbersInput {
    pub org_id: String,
    pub location_id: String,
    pub numbers: Vec<String>,
}

/// A number of the inventory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberRow {
    pub id: String,
    pub e164: String,
    pub location_id: String,
    pub location_name: String,
    pub user_id: Option<String>,
    pub user_display_name: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberStateFilter {
    #[default]
    Any,
    Free,
    Assigned,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberQuery {
    pub org_id: String,
    #[serde(default)]
    pub location_id: Option<String>,
    #[serde(default)]
    pub state: NumberStateFilter,
    /// The last E.164 of the previous page.
    #[serde(default)]
    pub after: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberPage {
    pub numbers: Vec<NumberRow>,
    pub next: Option<String>,
}
