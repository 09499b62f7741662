//! The rules of one data row of a devices file on its own (GO-8): the
//! username, the fixed cells a Webex Go row must have, the Webex Go
//! columns (exactly one `TRUE`), and the extension and the number when
//! given. A username repeated in the file, in any case, is refused on the
//! later row.

use std::collections::HashSet;

use super::{DEVICE_TYPE_WEBEX_CALLING, DeviceColumn, DeviceColumns, DeviceModel, TYPE_USER};
use crate::hash::CheckHashState;
use crate::users_csv::{Caseless, Finding, Records, parse_bool, read_cell};
use crate::{Code, Email, Extension, PhoneNumber, PhoneNumberError};

/// A row the file's own rules accept: what it asks for, before the org's
/// facts are consulted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRow {
    /// The data row, counted from 1.
    pub row: u32,
    /// The user the line is for (`Username`).
    pub email: Email,
    pub model: DeviceModel,
    /// The Webex Go column that is `TRUE`: an index into
    /// [`DeviceColumns::webex_go`] (and [`super::DeviceFileCheck::webex_go_columns`]).
    pub webex_go_column: usize,
    pub extension: Option<Extension>,
    pub phone_number: NumberCell,
    /// The location's name as written, if given.
    pub location: Option<String>,
}

/// The `Phone Number` cell of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberCell {
    Blank,
    /// A number in international form: read without the org's data.
    Number(PhoneNumber),
    /// A number in national form, as written: it is read in the country
    /// of the user's location, which only the org's facts say.
    National(String),
}

impl NumberCell {
    fn read(text: &str) -> Result<Self, Code> {
        if text.is_empty() {
            return Ok(Self::Blank);
        }
        match PhoneNumber::parse(text, None) {
            Ok(number) => Ok(Self::Number(number)),
            Err(PhoneNumberError::NotInternational) => Ok(Self::National(text.to_owned())),
            Err(error) => Err(error.code()),
        }
    }
}

/// Checks every data row: the rows accepted, and the findings.
pub(super) fn check_rows(
    columns: &DeviceColumns,
    records: &Records,
) -> (Vec<DeviceRow>, Vec<Finding>) {
    let mut accepted = Vec::with_capacity(records.len());
    let mut findings = Vec::new();
    let mut usernames: HashSet<Caseless<'_>, CheckHashState> =
        HashSet::with_capacity_and_hasher(records.len(), CheckHashState::new());
    for (index, record) in records.iter().enumerate() {
        let row = u32::try_from(index + 1).unwrap_or(u32::MAX);
        if record.iter().all(|cell| crate::text::trim(cell).is_empty()) {
            // Spreadsheets leave rows of empty cells behind: not a row.
            continue;
        }
        if record.len() != columns.width() {
            findings.push(Finding::error(row, None, Code::RowWidthMismatch));
            continue;
        }
        let cell = |position: usize| read_cell(record.get(position).unwrap_or(""));
        let mut check = RowCheck {
            row,
            columns,
            findings: &mut findings,
            errors: 0,
        };
        if let Some(accepted_row) = check.check(&cell, &mut usernames) {
            accepted.push(accepted_row);
        }
    }
    (accepted, findings)
}

struct RowCheck<'a> {
    row: u32,
    columns: &'a DeviceColumns,
    findings: &'a mut Vec<Finding>,
    errors: usize,
}

impl RowCheck<'_> {
    fn error(&mut self, column: Option<String>, code: Code) {
        self.errors += 1;
        self.findings.push(Finding::error(self.row, column, code));
    }

    fn fixed_error(&mut self, column: DeviceColumn, code: Code) {
        self.error(Some(column.header().to_owned()), code);
    }

    fn check<'c>(
        &mut self,
        cell: &impl Fn(usize) -> &'c str,
        usernames: &mut HashSet<Caseless<'c>, CheckHashState>,
    ) -> Option<DeviceRow> {
        let columns = self.columns;
        let fixed = |column: DeviceColumn| cell(columns.position(column));

        let username = fixed(DeviceColumn::Username);
        let email = match Email::parse(username) {
            // A valid address is ASCII and `parse` only trims and
            // lower-cases it: the cell is the same key.
            Ok(email) if usernames.insert(Caseless(username)) => Some(email),
            Ok(_) => {
                self.fixed_error(DeviceColumn::Username, Code::EmailDuplicateInFile);
                None
            }
            Err(error) => {
                self.fixed_error(DeviceColumn::Username, error.code());
                None
            }
        };
        if !fixed(DeviceColumn::Type).eq_ignore_ascii_case(TYPE_USER) {
            self.fixed_error(DeviceColumn::Type, Code::TypeInvalid);
        }
        if !fixed(DeviceColumn::DeviceType).eq_ignore_ascii_case(DEVICE_TYPE_WEBEX_CALLING) {
            self.fixed_error(DeviceColumn::DeviceType, Code::DeviceTypeInvalid);
        }
        let model = match DeviceModel::parse(fixed(DeviceColumn::Model)) {
            Ok(model) => {
                if !model.has_mac_address() && !fixed(DeviceColumn::MacAddress).is_empty() {
                    self.fixed_error(DeviceColumn::MacAddress, Code::MacNotAllowed);
                }
                Some(model)
            }
            Err(code) => {
                self.fixed_error(DeviceColumn::Model, code);
                None
            }
        };
        let webex_go_column = self.webex_go_column(cell);
        let extension = match fixed(DeviceColumn::Extension) {
            "" => None,
            text => Extension::parse(text).map_or_else(
                |error| {
                    self.fixed_error(DeviceColumn::Extension, error.code());
                    None
                },
                Some,
            ),
        };
        let phone_number = NumberCell::read(fixed(DeviceColumn::PhoneNumber)).map_or_else(
            |code| {
                self.fixed_error(DeviceColumn::PhoneNumber, code);
                None
            },
            Some,
        );
        let location = match fixed(DeviceColumn::Location) {
            "" => None,
            text => Some(text.to_owned()),
        };
        match (email, model, webex_go_column, phone_number) {
            (Some(email), Some(model), Some(webex_go_column), Some(phone_number))
                if self.errors == 0 =>
            {
                Some(DeviceRow {
                    row: self.row,
                    email,
                    model,
                    webex_go_column,
                    extension,
                    phone_number,
                    location,
                })
            }
            _ => None,
        }
    }

    /// The one Webex Go column that is `TRUE` (a blank cell is `FALSE`).
    /// `None` after a finding: a cell that is not a boolean, a second
    /// `TRUE` (on its column), or none at all.
    fn webex_go_column<'c>(&mut self, cell: &impl Fn(usize) -> &'c str) -> Option<usize> {
        let columns = self.columns;
        let mut chosen = None;
        let mut failed = false;
        for (index, column) in columns.webex_go().iter().enumerate() {
            let text = cell(column.position);
            if text.is_empty() {
                continue;
            }
            match parse_bool(text) {
                Ok(true) if chosen.is_some() => {
                    self.error(Some(column.header()), Code::WebexGoSubscriptionMultiple);
                    failed = true;
                }
                Ok(true) => chosen = Some(index),
                Ok(false) => {}
                Err(code) => {
                    self.error(Some(column.header()), code);
                    failed = true;
                }
            }
        }
        if failed {
            return None;
        }
        if chosen.is_none() {
            let first = columns.webex_go().first().map(|c| c.header());
            self.error(first, Code::WebexGoColumnMissing);
        }
        chosen
    }
}
