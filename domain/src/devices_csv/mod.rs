//! The devices CSV (GO-7 … GO-9): Webex Go lines added in bulk.
//!
//! The template (GO-7, GO-8) has eight fixed columns, then one
//! `Webex Go [Sub. <subscription id>]` column per subscription of the org
//! with Webex Go licenses; a row's `TRUE` in one of them says which
//! subscription the line's license comes from.
//!
//! A file is read as the users CSV is (SPEC 5.2: UTF-8 with or without a
//! byte-order mark, `,` or `;`, CRLF or LF, RFC 4180 quoting, at most
//! [`MAX_DATA_ROWS`] rows of at most [`MAX_FILE_BYTES`]), with the same
//! reading code, and checked in two stages, so the browser can fetch the
//! org's facts about the file's [`DeviceFileKeys`] in between:
//!
//! 1. [`DeviceFileCheck::read`]: the header and every row on its own
//!    (cells, booleans, the model, repeated usernames);
//! 2. [`DeviceFileCheck::simulate`]: the rows in file order against the
//!    [`DeviceImportFacts`] (unknown users, GO-1 eligibility, a line the
//!    user has already, the user's location, extension and primary number,
//!    GO-3's number when the user has none, GO-4's licenses), giving the
//!    [`DevicePlan`] of each row that would apply.
//!
//! Only Webex Go rows are supported for now: partner-managed SIP devices
//! (PMD) will come through the same file, with their models from the
//! device catalog ([`DeviceModel::parse`] is where the model is decided).

mod org;
mod rows;

use core::fmt;

use serde::{Deserialize, Serialize};

pub use crate::users_csv::{Finding, MAX_DATA_ROWS, MAX_FILE_BYTES};
pub use org::{
    DeviceFileKeys, DeviceImportFacts, DevicePlan, DeviceSimulation, GoSubscription, NumberFacts,
    UserFacts, simulate,
};
pub use rows::{DeviceRow, NumberCell};

use crate::users_csv::{REPORT_COLUMN, read_table};
use crate::{Code, Severity};

/// The `Type` a row must have: the device belongs to a user.
pub const TYPE_USER: &str = "USER";

/// The `Device Type` a row must have.
pub const DEVICE_TYPE_WEBEX_CALLING: &str = "WEBEX_CALLING";

/// How the header of a Webex Go column starts and ends, around the
/// subscription's id: `Webex Go [Sub. 1b7da88e-…]`.
const WEBEX_GO_PREFIX: &str = "Webex Go [Sub. ";
const WEBEX_GO_SUFFIX: &str = "]";

/// A fixed column of the devices CSV, in the template's order. The
/// `Webex Go [Sub. …]` columns follow them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeviceColumn {
    Username,
    Type,
    Extension,
    PhoneNumber,
    DeviceType,
    Model,
    MacAddress,
    Location,
}

impl DeviceColumn {
    /// Every fixed column, in the template's order (GO-8).
    pub const ALL: [DeviceColumn; 8] = [
        Self::Username,
        Self::Type,
        Self::Extension,
        Self::PhoneNumber,
        Self::DeviceType,
        Self::Model,
        Self::MacAddress,
        Self::Location,
    ];

    /// The header text, exactly as the template writes it.
    pub const fn header(self) -> &'static str {
        match self {
            Self::Username => "Username",
            Self::Type => "Type",
            Self::Extension => "Extension",
            Self::PhoneNumber => "Phone Number",
            Self::DeviceType => "Device Type",
            Self::Model => "Model",
            Self::MacAddress => "MAC Address",
            Self::Location => "Location",
        }
    }

    /// The column a header names: trimmed, any case.
    pub fn from_header(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::ALL
            .into_iter()
            .find(|c| c.header().eq_ignore_ascii_case(text))
    }
}

/// The header of the Webex Go column of a subscription (GO-7).
pub fn webex_go_header(subscription_id: &str) -> String {
    format!("{WEBEX_GO_PREFIX}{subscription_id}{WEBEX_GO_SUFFIX}")
}

/// The subscription id a `Webex Go [Sub. …]` header names (trimmed; the
/// words in any case); `None` when the header is not one, or names no id.
pub fn webex_go_subscription_of(header: &str) -> Option<&str> {
    let text = header.trim();
    // The space before the id is optional: `Webex Go [Sub.1b7d…]` too.
    let wanted = WEBEX_GO_PREFIX.trim_end();
    let prefix = text.get(..wanted.len())?;
    let rest = text.get(wanted.len()..)?;
    if !prefix.eq_ignore_ascii_case(wanted) {
        return None;
    }
    let id = rest.strip_suffix(WEBEX_GO_SUFFIX)?.trim();
    (!id.is_empty()).then_some(id)
}

/// The template's header (GO-7, GO-8): the fixed columns in order, then a
/// `Webex Go [Sub. <id>]` column for each of the org's subscriptions with
/// Webex Go licenses, in the order given. An org without any gets no
/// Webex Go column, and its file is refused (`webex_go_column_missing`).
pub fn template_headers(webex_go_subscription_ids: &[&str]) -> Vec<String> {
    DeviceColumn::ALL
        .iter()
        .map(|c| c.header().to_owned())
        .chain(
            webex_go_subscription_ids
                .iter()
                .map(|id| webex_go_header(id)),
        )
        .collect()
}

/// The template file to download (GO-7): its header line, CRLF-ended.
pub fn template_csv(webex_go_subscription_ids: &[&str]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(template_headers(webex_go_subscription_ids));
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

/// A device model the file can add. The model cell is read in one place,
/// [`DeviceModel::parse`], which will look partner-managed models up in
/// the device catalog (PMD-2) when the file takes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeviceModel {
    /// A Webex Go line: an eSIM on the user's own phone (GO-8).
    WebexGo,
}

impl DeviceModel {
    /// The model's name as the template's example row writes it.
    pub const fn name(self) -> &'static str {
        match self {
            Self::WebexGo => "Webex Go Device",
        }
    }

    /// The model a `Model` cell names: trimmed, any case.
    pub fn parse(cell: &str) -> Result<Self, Code> {
        let cell = cell.trim();
        [Self::WebexGo]
            .into_iter()
            .find(|model| model.name().eq_ignore_ascii_case(cell))
            .ok_or(Code::ModelUnknown)
    }

    /// Whether a device of this model has a MAC address (a Webex Go line
    /// has none: its `MAC Address` cell must be empty).
    pub const fn has_mac_address(self) -> bool {
        match self {
            Self::WebexGo => false,
        }
    }
}

impl fmt::Display for DeviceModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A Webex Go column of a file: where it is, and the subscription id its
/// header names (as written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebexGoColumn {
    pub position: usize,
    pub subscription_id: String,
}

impl WebexGoColumn {
    /// The column's header as the template writes it.
    pub fn header(&self) -> String {
        webex_go_header(&self.subscription_id)
    }
}

/// Where each column is in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceColumns {
    fixed: [usize; DeviceColumn::ALL.len()],
    webex_go: Vec<WebexGoColumn>,
    width: usize,
}

impl DeviceColumns {
    /// Reads a header row: columns by name, any case and order, a
    /// byte-order mark before the first ignored, and the column an error
    /// report adds ([`REPORT_COLUMN`]) skipped. Every problem is reported
    /// (row 0), not only the first: a missing or repeated fixed column, an
    /// unknown column, a repeated Webex Go subscription, and no Webex Go
    /// column at all (`webex_go_column_missing`).
    pub fn parse<'a>(headers: impl IntoIterator<Item = &'a str>) -> Result<Self, Vec<Finding>> {
        let mut fixed = [usize::MAX; DeviceColumn::ALL.len()];
        let mut webex_go: Vec<WebexGoColumn> = Vec::new();
        let mut findings = Vec::new();
        let mut width = 0;
        let header_finding = |code, text: &str| {
            let column = (!text.is_empty()).then(|| text.to_owned());
            Finding::error(0, column, code)
        };
        for (index, raw) in headers.into_iter().enumerate() {
            width = index + 1;
            let text = if index == 0 {
                raw.trim_start_matches('\u{feff}')
            } else {
                raw
            };
            let text = text.trim();
            if text.eq_ignore_ascii_case(REPORT_COLUMN) {
                continue;
            }
            if let Some(column) = DeviceColumn::from_header(text) {
                let slot = &mut fixed[column as usize];
                if *slot == usize::MAX {
                    *slot = index;
                } else {
                    findings.push(header_finding(Code::HeaderDuplicateColumn, text));
                }
            } else if let Some(id) = webex_go_subscription_of(text) {
                if webex_go
                    .iter()
                    .any(|c| c.subscription_id.eq_ignore_ascii_case(id))
                {
                    findings.push(header_finding(Code::HeaderDuplicateColumn, text));
                } else {
                    webex_go.push(WebexGoColumn {
                        position: index,
                        subscription_id: id.to_owned(),
                    });
                }
            } else {
                findings.push(header_finding(Code::HeaderUnknownColumn, text));
            }
        }
        if width == 0 {
            return Err(vec![Finding::error(0, None, Code::FileEmpty)]);
        }
        for column in DeviceColumn::ALL {
            if fixed[column as usize] == usize::MAX {
                findings.push(header_finding(Code::HeaderMissingColumn, column.header()));
            }
        }
        if webex_go.is_empty() {
            findings.push(Finding::error(0, None, Code::WebexGoColumnMissing));
        }
        if findings.is_empty() {
            Ok(Self {
                fixed,
                webex_go,
                width,
            })
        } else {
            Err(findings)
        }
    }

    /// The index of a fixed column's cells in a record.
    pub fn position(&self, column: DeviceColumn) -> usize {
        self.fixed[column as usize]
    }

    /// The Webex Go columns, in file order (at least one).
    pub fn webex_go(&self) -> &[WebexGoColumn] {
        &self.webex_go
    }

    /// How many cells every record must have.
    pub fn width(&self) -> usize {
        self.width
    }
}

/// The figures of a checked file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceCheckSummary {
    /// Data rows in the file (the header is row 0).
    pub rows: u32,
    /// Rows that would apply: with the org's facts, those with a
    /// [`DevicePlan`]; without, those the file's own rules accept.
    pub valid_rows: u32,
    pub errors: usize,
    pub warnings: usize,
}

/// A whole devices file checked, in two stages: [`DeviceFileCheck::read`],
/// then (with the facts about [`DeviceFileCheck::keys`])
/// [`DeviceFileCheck::simulate`].
#[derive(Debug, Clone, Default)]
pub struct DeviceFileCheck {
    /// Data rows in the file.
    pub rows: u32,
    /// The subscription id of each Webex Go column, as the header writes
    /// it, in file order; [`DeviceRow::webex_go_column`] indexes it.
    pub webex_go_columns: Vec<String>,
    /// Each row that the file's own rules accept, in file order.
    pub rows_read: Vec<DeviceRow>,
    /// Findings of reading the file and of its rows on their own.
    pub row_findings: Vec<Finding>,
    /// The rows against the org's facts; `None` until simulated.
    pub simulation: Option<DeviceSimulation>,
}

impl DeviceFileCheck {
    /// Stage 1: reads the file and checks every row on its own.
    pub fn read(bytes: &[u8]) -> Self {
        match read_table(bytes, |header| DeviceColumns::parse(header.iter())) {
            Ok((columns, _delimiter, records)) => {
                let (rows_read, row_findings) = rows::check_rows(&columns, &records);
                Self {
                    rows: u32::try_from(records.len()).unwrap_or(u32::MAX),
                    webex_go_columns: columns
                        .webex_go()
                        .iter()
                        .map(|c| c.subscription_id.clone())
                        .collect(),
                    rows_read,
                    row_findings,
                    simulation: None,
                }
            }
            Err(row_findings) => Self {
                row_findings,
                ..Self::default()
            },
        }
    }

    /// The usernames and numbers to learn the org's facts about.
    pub fn keys(&self) -> DeviceFileKeys {
        DeviceFileKeys::of(&self.rows_read)
    }

    /// Stage 2: the rows against the org's facts, in file order.
    pub fn simulate(&mut self, facts: &DeviceImportFacts) {
        self.simulation = Some(simulate(&self.rows_read, &self.webex_go_columns, facts));
    }

    /// The plan of each row that would apply (none before
    /// [`DeviceFileCheck::simulate`]).
    pub fn plans(&self) -> &[DevicePlan] {
        self.simulation.as_ref().map_or(&[], |s| &s.plans)
    }

    fn all_findings(&self) -> impl Iterator<Item = &Finding> {
        self.row_findings
            .iter()
            .chain(self.simulation.iter().flat_map(|s| &s.findings))
    }

    /// Every finding, in row order (file-level findings, row 0, first).
    pub fn findings(&self) -> Vec<Finding> {
        let mut all: Vec<Finding> = self.all_findings().cloned().collect();
        all.sort_by_key(|f| f.row);
        all
    }

    pub fn errors(&self) -> usize {
        self.all_findings()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.all_findings().count() - self.errors()
    }

    pub fn summary(&self) -> DeviceCheckSummary {
        let valid = match &self.simulation {
            Some(simulation) => simulation.plans.len(),
            None => self.rows_read.len(),
        };
        DeviceCheckSummary {
            rows: self.rows,
            valid_rows: u32::try_from(valid).unwrap_or(u32::MAX),
            errors: self.errors(),
            warnings: self.warnings(),
        }
    }
}

/// Checks a devices file in one call: both stages with the org's facts
/// (which must cover the file's keys; more is harmless), the first alone
/// without.
pub fn check_devices_file(bytes: &[u8], facts: Option<&DeviceImportFacts>) -> DeviceFileCheck {
    let mut check = DeviceFileCheck::read(bytes);
    if let Some(facts) = facts {
        check.simulate(facts);
    }
    check
}

#[cfg(test)]
mod tests;
