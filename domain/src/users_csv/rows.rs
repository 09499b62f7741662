//! The rules of one data row (PH-4 … PH-6), run without the org's users:
//! cells, booleans, emails (a repeat in the file is refused on the later
//! row, whatever its case), the package columns, the columns each package
//! requires and, given the org's [`OrgContext`], location names and the
//! numbers read in their location's country.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use super::{Finding, OrgContext, Sheet, UserColumn, org::LocationNames, parse_bool, read_cell};
use crate::hash::CheckHashState;
use crate::{Code, Email, Extension, PersonName, PhoneNumber, SiteName};

/// What a valid row asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowPlan {
    /// The data row, counted from 1.
    pub row: u32,
    pub email: Email,
    pub action: RowAction,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowAction {
    /// Exactly one package column is `TRUE`: add the user, or modify it.
    Upsert(Box<Upsert>),
    /// Every package column is `FALSE` (PH-6).
    Delete,
}

/// A user as a row describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upsert {
    /// The package column that is `TRUE`.
    pub package: UserColumn,
    pub first_name: Option<PersonName>,
    pub last_name: Option<PersonName>,
    pub display_name: Option<PersonName>,
    pub calling: Option<RowCalling>,
    pub jabber_calling: bool,
    pub jabber_teams: bool,
    pub preferred_site: Option<SiteName>,
    /// The base-license columns ([`UserColumn::SERVICES`]); `None` is blank.
    pub services: [Option<bool>; 3],
}

/// A row's calling data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowCalling {
    /// The location's name as written in the file.
    pub location: String,
    /// Its index in [`OrgContext::locations`], when the org was consulted.
    pub location_index: Option<u32>,
    pub extension: Option<Extension>,
    /// `None` when blank, or when it is written in national format and the
    /// org (which says the location's country) was not consulted.
    pub phone_number: Option<PhoneNumber>,
}

/// How import treats the base licenses (PH-5).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportMode {
    /// Every user also gets the org's default licenses (Basic Messaging,
    /// Basic Space Meetings, Call on Webex).
    #[default]
    Default,
    /// The file is authoritative for the three base-license columns: `TRUE`
    /// adds the license, `FALSE` or blank removes it.
    AddAndRemoveServices,
}

impl ImportMode {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::AddAndRemoveServices => "add_and_remove_services",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        [Self::Default, Self::AddAndRemoveServices]
            .into_iter()
            .find(|m| m.as_str() == input)
    }
}

/// The rows of a file, checked on their own.
#[derive(Debug, Clone, Default)]
pub struct RowsChecked {
    /// One plan per row without errors (warnings allowed), in file order.
    pub plans: Vec<RowPlan>,
    pub findings: Vec<Finding>,
}

/// Checks every data row of a sheet. With the org's context, location
/// names are resolved and national-format numbers read in the location's
/// country; without it those rules are skipped.
pub fn check_rows(sheet: &Sheet, org: Option<&OrgContext>) -> RowsChecked {
    let mut checker = RowChecker::new(sheet, org);
    checker.check_next(usize::MAX);
    checker.finish()
}

/// [`check_rows`] a slice at a time, so a browser worker can report how
/// many rows it has checked while it goes.
pub struct RowChecker<'a> {
    sheet: &'a Sheet,
    org: Option<(&'a OrgContext, LocationNames)>,
    next: usize,
    /// The addresses of the rows checked so far, as the file writes them.
    emails: HashSet<Caseless<'a>, CheckHashState>,
    checked: RowsChecked,
}

/// An ASCII text compared and hashed without regard to case: an email
/// address as a file writes it is the same key as its lower-cased
/// [`Email`], without making the lower-cased copy.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Caseless<'a>(pub(crate) &'a str);

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Caseless<'_> {}

impl Hash for Caseless<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Lower-cased a piece at a time on the stack: equal texts write
        // the same bytes, whatever their case.
        let mut piece = [0u8; 64];
        for chunk in self.0.as_bytes().chunks(piece.len()) {
            let lowered = &mut piece[..chunk.len()];
            lowered.copy_from_slice(chunk);
            lowered.make_ascii_lowercase();
            state.write(lowered);
        }
        state.write_u8(0xff);
    }
}

impl<'a> RowChecker<'a> {
    pub fn new(sheet: &'a Sheet, org: Option<&'a OrgContext>) -> Self {
        Self {
            sheet,
            org: org.map(|context| (context, LocationNames::new(context))),
            next: 0,
            emails: HashSet::with_capacity_and_hasher(sheet.records.len(), CheckHashState::new()),
            checked: RowsChecked {
                plans: Vec::with_capacity(sheet.records.len()),
                findings: Vec::new(),
            },
        }
    }

    /// How many data rows are checked.
    pub fn done(&self) -> usize {
        self.next
    }

    /// Checks up to `rows` more rows; `false` once every row is checked.
    pub fn check_next(&mut self, rows: usize) -> bool {
        let sheet = self.sheet;
        let end = self.next.saturating_add(rows).min(sheet.records.len());
        for index in self.next..end {
            let Some(record) = sheet.records.get(index) else {
                break;
            };
            let row = u32::try_from(index + 1).unwrap_or(u32::MAX);
            if record.iter().all(|cell| crate::text::trim(cell).is_empty()) {
                // Spreadsheets leave rows of empty cells behind: not a row.
                continue;
            }
            if record.len() != sheet.columns.width() {
                self.checked
                    .findings
                    .push(Finding::error(row, None, Code::RowWidthMismatch));
                continue;
            }
            let cell = |column: UserColumn| {
                read_cell(record.get(sheet.columns.position(column)).unwrap_or(""))
            };
            let mut row_check = RowCheck {
                row,
                findings: &mut self.checked.findings,
                errors: 0,
            };
            if let Some(plan) = row_check.check(&cell, self.org.as_ref(), &mut self.emails) {
                self.checked.plans.push(plan);
            }
        }
        self.next = end;
        self.next < sheet.records.len()
    }

    pub fn finish(self) -> RowsChecked {
        self.checked
    }
}

struct RowCheck<'a> {
    row: u32,
    findings: &'a mut Vec<Finding>,
    errors: usize,
}

impl RowCheck<'_> {
    fn error(&mut self, column: UserColumn, code: Code) {
        self.errors += 1;
        self.findings.push(Finding::error(
            self.row,
            Some(column.header().to_owned()),
            code,
        ));
    }

    fn boolean(&mut self, column: UserColumn, text: &str) -> Option<bool> {
        if text.is_empty() {
            return None;
        }
        match parse_bool(text) {
            Ok(value) => Some(value),
            Err(code) => {
                self.error(column, code);
                None
            }
        }
    }

    fn name(&mut self, column: UserColumn, text: &str) -> Option<PersonName> {
        PersonName::parse_optional(text).unwrap_or_else(|error| {
            self.error(column, error.code());
            None
        })
    }

    fn check<'c>(
        &mut self,
        cell: &impl Fn(UserColumn) -> &'c str,
        org: Option<&(&OrgContext, LocationNames)>,
        emails: &mut HashSet<Caseless<'c>, CheckHashState>,
    ) -> Option<RowPlan> {
        let text = cell(UserColumn::Email);
        let email = match Email::parse(text) {
            Ok(email) => {
                // A valid address is ASCII, and `parse` only trims and
                // lower-cases it: the trimmed text is the same key.
                if emails.insert(Caseless(crate::text::trim(text))) {
                    Some(email)
                } else {
                    self.error(UserColumn::Email, Code::EmailDuplicateInFile);
                    None
                }
            }
            Err(error) => {
                self.error(UserColumn::Email, error.code());
                None
            }
        };
        let action = self.package(cell).and_then(|package| match package {
            None => Some(RowAction::Delete),
            Some(package) => self
                .upsert(package, cell, org)
                .map(|u| RowAction::Upsert(Box::new(u))),
        });
        match (email, action) {
            (Some(email), Some(action)) if self.errors == 0 => Some(RowPlan {
                row: self.row,
                email,
                action,
            }),
            _ => None,
        }
    }

    /// `Some(Some(column))` for one `TRUE`, `Some(None)` for a delete (all
    /// written `FALSE`), `None` after a finding. A blank package cell is
    /// never read as `FALSE` for a delete: deleting needs every cell said.
    fn package<'c>(&mut self, cell: &impl Fn(UserColumn) -> &'c str) -> Option<Option<UserColumn>> {
        let mut chosen = None;
        let mut all_false = true;
        let mut failed = false;
        for column in UserColumn::PACKAGES {
            match self.boolean(column, cell(column)) {
                Some(true) => {
                    all_false = false;
                    if chosen.is_some() {
                        self.error(column, Code::PackageMultiple);
                        failed = true;
                    }
                    chosen.get_or_insert(column);
                }
                Some(false) => {}
                None => {
                    all_false = false;
                    failed |= !cell(column).is_empty();
                }
            }
        }
        if failed {
            return None;
        }
        match chosen {
            Some(column) => Some(Some(column)),
            None if all_false => Some(None),
            None => {
                self.error(UserColumn::WebexCalling, Code::PackageMissing);
                None
            }
        }
    }

    fn upsert<'c>(
        &mut self,
        package: UserColumn,
        cell: &impl Fn(UserColumn) -> &'c str,
        org: Option<&(&OrgContext, LocationNames)>,
    ) -> Option<Upsert> {
        let first_name = self.name(UserColumn::FirstName, cell(UserColumn::FirstName));
        let last_name = self.name(UserColumn::LastName, cell(UserColumn::LastName));
        let display_name = self.name(UserColumn::DisplayName, cell(UserColumn::DisplayName));
        let required = |this: &mut Self, column, missing| {
            let text = cell(column);
            if text.is_empty() {
                this.error(column, missing);
                false
            } else {
                this.boolean(column, text).unwrap_or(false)
            }
        };
        let jabber_calling = required(self, UserColumn::JabberCalling, Code::JabberCallingMissing);
        let jabber_teams = required(
            self,
            UserColumn::JabberWithWebexTeams,
            Code::JabberTeamsMissing,
        );
        let preferred_site = match cell(UserColumn::PreferredWebexSite) {
            "" => {
                if package.needs_meeting_site() {
                    self.findings.push(Finding::new(
                        self.row,
                        Some(UserColumn::PreferredWebexSite.header().to_owned()),
                        Code::PreferredSiteMissing,
                    ));
                }
                None
            }
            text => SiteName::parse(text).map_or_else(
                |error| {
                    self.error(UserColumn::PreferredWebexSite, error.code());
                    None
                },
                Some,
            ),
        };
        let services = UserColumn::SERVICES.map(|column| self.boolean(column, cell(column)));
        let calling = self.calling(package, cell, org);
        Some(Upsert {
            package,
            first_name,
            last_name,
            display_name,
            calling,
            jabber_calling,
            jabber_teams,
            preferred_site,
            services,
        })
    }

    fn calling<'c>(
        &mut self,
        package: UserColumn,
        cell: &impl Fn(UserColumn) -> &'c str,
        org: Option<&(&OrgContext, LocationNames)>,
    ) -> Option<RowCalling> {
        let (location, extension, number) = (
            cell(UserColumn::Location),
            cell(UserColumn::Extension),
            cell(UserColumn::PhoneNumber),
        );
        if !package.needs_calling()
            && location.is_empty()
            && extension.is_empty()
            && number.is_empty()
        {
            return None;
        }
        let mut location_index = None;
        let mut country = None;
        if location.is_empty() {
            self.error(UserColumn::Location, Code::LocationMissing);
        } else if let Some((context, names)) = org {
            match names
                .find(location)
                .and_then(|index| Some((index, context.locations.get(index)?)))
            {
                Some((index, found)) => {
                    location_index = Some(u32::try_from(index).unwrap_or(u32::MAX));
                    country = Some(found.country);
                }
                None => self.error(UserColumn::Location, Code::LocationUnknown),
            }
        }
        let extension = match extension {
            "" => None,
            text => Extension::parse(text).map_or_else(
                |error| {
                    self.error(UserColumn::Extension, error.code());
                    None
                },
                Some,
            ),
        };
        let phone_number = match number {
            "" => None,
            // A national-format number is read in its location's country;
            // without one (no org data, or a location already refused) the
            // rule is skipped rather than reported twice.
            text if country.is_none() && !text.starts_with('+') => None,
            text => PhoneNumber::parse(text, country).map_or_else(
                |error| {
                    self.error(UserColumn::PhoneNumber, error.code());
                    None
                },
                Some,
            ),
        };
        if cell(UserColumn::Extension).is_empty() && number.is_empty() {
            self.error(UserColumn::Extension, Code::ExtensionOrNumberMissing);
        }
        Some(RowCalling {
            location: location.to_owned(),
            location_index,
            extension,
            phone_number,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::hash_map::RandomState;
    use std::hash::BuildHasher;

    use super::*;

    #[test]
    fn an_address_in_any_ascii_case_is_the_same_key_and_hashes_alike() {
        let state = RandomState::new();
        let long = "Someone.With.A.Rather.Long.Address.Of.Many.Parts@Example.COM";
        for (a, b) in [
            ("Anna@Example.no", "anna@example.no"),
            (long, &long.to_lowercase()),
        ] {
            assert_eq!(Caseless(a), Caseless(b));
            assert_eq!(state.hash_one(Caseless(a)), state.hash_one(Caseless(b)));
        }
        assert_ne!(Caseless("anna@example.no"), Caseless("anna@example.com"));
    }
}
