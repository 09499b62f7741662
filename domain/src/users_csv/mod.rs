//! The users CSV of SPEC 5.2 (PH-4 … PH-7): its columns and the header
//! rules. Columns are matched by name, case-insensitively and in any order;
//! every column must be present ("never remove columns"), and an unknown
//! one is an error, because a misspelt package column must never be
//! silently ignored.

mod org;
mod read;
mod rows;

use serde::{Deserialize, Serialize};

pub use org::{
    ContextLicense, ContextLocation, ContextPackage, ContextPool, FactNumber, FactUser, FileKeys,
    OrgContext, OrgFacts, PoolChange, Preview, RowKind, RowOutcome, Simulation, simulate,
};
pub use read::{MAX_DATA_ROWS, MAX_FILE_BYTES, Sheet, detect_delimiter, read_sheet};
pub(crate) use read::{Records, read_table};
pub(crate) use rows::Caseless;
pub use rows::{
    ImportMode, RowAction, RowCalling, RowChecker, RowPlan, RowsChecked, Upsert, check_rows,
};

use crate::{Code, Severity};

/// One finding about a file: its data row (the header is row 0, data rows
/// count from 1, SPEC 5.1), the column's header (none for a whole row or
/// the file), the code and its severity, and for some codes a detail (the
/// license that ran out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub row: u32,
    pub column: Option<String>,
    pub code: Code,
    pub severity: Severity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Finding {
    /// A finding with its code's usual severity.
    pub fn new(row: u32, column: Option<String>, code: Code) -> Self {
        Self {
            row,
            column,
            code,
            severity: code.default_severity(),
            detail: None,
        }
    }

    /// A finding that blocks its row.
    pub fn error(row: u32, column: Option<String>, code: Code) -> Self {
        Self {
            severity: Severity::Error,
            ..Self::new(row, column, code)
        }
    }
}

/// A whole file checked: how many data rows it has, the plan of each
/// sound row, the findings of reading and of the rows, and the simulation
/// of the plans against the org. Checking runs in two stages, so the
/// browser and the server can fetch the [`OrgFacts`] about the file's
/// [`FileKeys`] in between: [`FileCheck::read`], then
/// [`FileCheck::simulate`] (again whenever the import mode changes).
#[derive(Debug, Clone, Default)]
pub struct FileCheck {
    pub rows: u32,
    pub plans: Vec<RowPlan>,
    /// Findings of reading the file and of its rows on their own.
    pub row_findings: Vec<Finding>,
    pub simulation: Simulation,
}

impl FileCheck {
    /// Stage 1: reads the file and checks every row; with the org's
    /// context, location names and national numbers are resolved too.
    pub fn read(bytes: &[u8], context: Option<&OrgContext>) -> Self {
        match read_sheet(bytes) {
            Ok(sheet) => {
                let checked = check_rows(&sheet, context);
                Self {
                    rows: u32::try_from(sheet.rows()).unwrap_or(u32::MAX),
                    plans: checked.plans,
                    row_findings: checked.findings,
                    simulation: Simulation::default(),
                }
            }
            Err(findings) => Self {
                row_findings: findings,
                ..Self::default()
            },
        }
    }

    /// The values to learn the org's facts about.
    pub fn keys(&self) -> FileKeys {
        FileKeys::of(&self.plans)
    }

    /// Stage 2: simulates the rows against the org (`None`: only the
    /// file's own repeats are found; the org-aware rules are skipped).
    pub fn simulate(&mut self, org: Option<(&OrgContext, &OrgFacts)>, mode: ImportMode) {
        self.simulation = simulate(&self.plans, org, mode);
    }

    /// Every finding, in row order.
    pub fn findings(&self) -> Vec<Finding> {
        let mut all = self.row_findings.clone();
        all.extend(self.simulation.findings.iter().cloned());
        all.sort_by_key(|f| f.row);
        all
    }

    pub fn errors(&self) -> usize {
        self.row_findings
            .iter()
            .chain(&self.simulation.findings)
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.row_findings.len() + self.simulation.findings.len() - self.errors()
    }
}

/// Checks a file in one call, both stages. `facts` must cover the file's
/// keys (more is harmless).
pub fn check_file(
    bytes: &[u8],
    org: Option<(&OrgContext, &OrgFacts)>,
    mode: ImportMode,
) -> FileCheck {
    let mut check = FileCheck::read(bytes, org.map(|(context, _)| context));
    check.simulate(org, mode);
    check
}

/// A column of the users CSV, in the template's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserColumn {
    Email,
    FirstName,
    LastName,
    DisplayName,
    Extension,
    PhoneNumber,
    Location,
    JabberCalling,
    JabberWithWebexTeams,
    PreferredWebexSite,
    WebexCalling,
    WebexCallingStandard,
    WebexSuite,
    WebexVoice,
    WebexMeetings,
    BasicMessaging,
    BasicSpaceMeetings,
    CallOnWebex,
}

impl UserColumn {
    /// Every column, in the template's order.
    pub const ALL: [UserColumn; 18] = [
        Self::Email,
        Self::FirstName,
        Self::LastName,
        Self::DisplayName,
        Self::Extension,
        Self::PhoneNumber,
        Self::Location,
        Self::JabberCalling,
        Self::JabberWithWebexTeams,
        Self::PreferredWebexSite,
        Self::WebexCalling,
        Self::WebexCallingStandard,
        Self::WebexSuite,
        Self::WebexVoice,
        Self::WebexMeetings,
        Self::BasicMessaging,
        Self::BasicSpaceMeetings,
        Self::CallOnWebex,
    ];

    /// The wholesale package columns: exactly one `TRUE` adds or modifies
    /// the user, all `FALSE` deletes it (PH-6).
    pub const PACKAGES: [UserColumn; 5] = [
        Self::WebexCalling,
        Self::WebexCallingStandard,
        Self::WebexSuite,
        Self::WebexVoice,
        Self::WebexMeetings,
    ];

    /// The base-license columns (PH-5), in template order.
    pub const SERVICES: [UserColumn; 3] = [
        Self::BasicMessaging,
        Self::BasicSpaceMeetings,
        Self::CallOnWebex,
    ];

    /// PH-4: the package needs a location and an extension or a number.
    pub const fn needs_calling(self) -> bool {
        matches!(
            self,
            Self::WebexCalling | Self::WebexCallingStandard | Self::WebexSuite
        )
    }

    /// PH-4: without a preferred Webex site the package warns (every
    /// package but Webex Voice).
    pub const fn needs_meeting_site(self) -> bool {
        self.package_key().is_some() && !matches!(self, Self::WebexVoice)
    }

    /// The catalog key of a base-license column.
    pub const fn service_key(self) -> Option<&'static str> {
        match self {
            Self::BasicMessaging => Some("basic_messaging"),
            Self::BasicSpaceMeetings => Some("basic_space_meetings"),
            Self::CallOnWebex => Some("call_on_webex"),
            _ => None,
        }
    }

    /// The header text, exactly as the template writes it.
    pub const fn header(self) -> &'static str {
        match self {
            Self::Email => "User ID/Email (Required)",
            Self::FirstName => "First Name",
            Self::LastName => "Last Name",
            Self::DisplayName => "Display Name",
            Self::Extension => "Extension",
            Self::PhoneNumber => "Phone Number",
            Self::Location => "Location",
            Self::JabberCalling => "Jabber Calling",
            Self::JabberWithWebexTeams => "Jabber with Webex Teams",
            Self::PreferredWebexSite => "Preferred Webex Site",
            Self::WebexCalling => "Webex Calling",
            Self::WebexCallingStandard => "Webex Calling Standard",
            Self::WebexSuite => "Webex Suite",
            Self::WebexVoice => "Webex Voice",
            Self::WebexMeetings => "Webex Meetings",
            Self::BasicMessaging => "Basic Messaging",
            Self::BasicSpaceMeetings => "Basic Space Meetings",
            Self::CallOnWebex => "Call on Webex",
        }
    }

    /// The catalog key of a package column.
    pub const fn package_key(self) -> Option<&'static str> {
        match self {
            Self::WebexCalling => Some("webex_calling"),
            Self::WebexCallingStandard => Some("webex_calling_standard"),
            Self::WebexSuite => Some("webex_suite"),
            Self::WebexVoice => Some("webex_voice"),
            Self::WebexMeetings => Some("webex_meetings"),
            _ => None,
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

/// A problem with the header row: the code and the header text it is about
/// (the missing column's name, or the unknown or repeated header as typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderFinding {
    pub code: Code,
    pub header: String,
}

/// Where each column is in a file: `position[column]` is its index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnMap {
    positions: [usize; UserColumn::ALL.len()],
    width: usize,
}

impl ColumnMap {
    /// Reads a header row. A byte-order mark before the first header is
    /// ignored. Every finding is reported, not only the first, so one
    /// round trip fixes the header.
    pub fn parse<'a>(
        headers: impl IntoIterator<Item = &'a str>,
    ) -> Result<Self, Vec<HeaderFinding>> {
        let mut positions = [usize::MAX; UserColumn::ALL.len()];
        let mut findings = Vec::new();
        let mut width = 0;
        for (index, raw) in headers.into_iter().enumerate() {
            width = index + 1;
            let text = if index == 0 {
                raw.trim_start_matches('\u{feff}')
            } else {
                raw
            };
            if text.trim().eq_ignore_ascii_case(REPORT_COLUMN) {
                // An error report fixed in a spreadsheet and uploaded again.
                continue;
            }
            match UserColumn::from_header(text) {
                None => findings.push(HeaderFinding {
                    code: Code::HeaderUnknownColumn,
                    header: text.trim().to_owned(),
                }),
                Some(column) if positions[column as usize] != usize::MAX => {
                    findings.push(HeaderFinding {
                        code: Code::HeaderDuplicateColumn,
                        header: text.trim().to_owned(),
                    })
                }
                Some(column) => positions[column as usize] = index,
            }
        }
        if width == 0 {
            return Err(vec![HeaderFinding {
                code: Code::FileEmpty,
                header: String::new(),
            }]);
        }
        for column in UserColumn::ALL {
            if positions[column as usize] == usize::MAX {
                findings.push(HeaderFinding {
                    code: Code::HeaderMissingColumn,
                    header: column.header().to_owned(),
                });
            }
        }
        if findings.is_empty() {
            Ok(Self { positions, width })
        } else {
            Err(findings)
        }
    }

    /// The index of a column's cells in a record.
    pub fn position(&self, column: UserColumn) -> usize {
        self.positions[column as usize]
    }

    /// How many cells every record must have.
    pub fn width(&self) -> usize {
        self.width
    }
}

/// A `TRUE`/`FALSE` cell, in any case, surrounding spaces ignored.
pub fn parse_bool(cell: &str) -> Result<bool, Code> {
    let cell = crate::text::trim(cell);
    // The cases a spreadsheet writes, compared whole; any other case below.
    match cell.as_bytes() {
        b"TRUE" | b"true" => return Ok(true),
        b"FALSE" | b"false" => return Ok(false),
        _ => {}
    }
    if cell.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if cell.eq_ignore_ascii_case("false") {
        Ok(false)
    } else {
        Err(Code::BooleanInvalid)
    }
}

/// A cell as an export writes it: one that a spreadsheet would read as a
/// formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return)
/// gets a leading apostrophe, so opening an export never runs code that a
/// user smuggled into a name. Other cells are unchanged.
pub fn neutralise_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// The column an error report adds; ignored when the report comes back.
pub const REPORT_COLUMN: &str = "Errors";

/// A cell as an import reads it: trimmed, and with the apostrophe that
/// [`neutralise_cell`] put before a formula character taken off again, so
/// an export imports back unchanged.
pub fn read_cell(cell: &str) -> &str {
    let cell = crate::text::trim(cell);
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

/// The error report of a file (issue 4, item 3): its header and every data
/// row as they were, with an [`REPORT_COLUMN`] column that says what is
/// wrong with the row, in the admin's language (`message`). Fixed in a
/// spreadsheet, it can be uploaded again as it is. `None` when the file
/// cannot be read at all (then there are no rows to report on).
pub fn error_report(
    bytes: &[u8],
    findings: &[Finding],
    message: impl Fn(&Finding) -> String,
) -> Option<String> {
    let sheet = read_sheet(bytes).ok()?;
    let mut by_row: std::collections::BTreeMap<u32, Vec<String>> = Default::default();
    for finding in findings.iter().filter(|f| f.row > 0) {
        let text = match &finding.column {
            Some(column) => format!("{column}: {}", message(finding)),
            None => message(finding),
        };
        by_row.entry(finding.row).or_default().push(text);
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(sheet.delimiter)
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    let mut header: Vec<&str> = UserColumn::ALL.iter().map(|c| c.header()).collect();
    header.push(REPORT_COLUMN);
    writer.write_record(&header).ok()?;
    for (index, record) in sheet.records.iter().enumerate() {
        let row = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let mut cells: Vec<String> = UserColumn::ALL
            .iter()
            .map(|&column| {
                record
                    .get(sheet.columns.position(column))
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect();
        let errors = by_row.get(&row).map(|m| m.join("; ")).unwrap_or_default();
        cells.push(neutralise_cell(&errors).into_owned());
        writer.write_record(&cells).ok()?;
    }
    String::from_utf8(writer.into_inner().ok()?).ok()
}

/// A user as an export writes it: one row of the template's columns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportUser {
    pub email: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub display_name: String,
    pub extension: Option<String>,
    pub phone_number: Option<String>,
    pub location: Option<String>,
    pub jabber_calling: bool,
    pub jabber_teams: bool,
    pub preferred_site: Option<String>,
    /// The package's catalog key (one package column is `TRUE`).
    pub package_key: String,
    /// Whether the user holds each base license ([`UserColumn::SERVICES`]).
    pub services: [bool; 3],
}

/// Writes an export (issue 4, item 1): the template's header, then one row
/// per user, every cell neutralised against formula injection. Imported
/// again unchanged, it modifies nobody's package or calling data.
pub fn write_export(users: impl IntoIterator<Item = ExportUser>) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let bool_cell = |value: bool| if value { "TRUE" } else { "FALSE" };
    // Writing to a Vec cannot fail; a row that did would only be missing.
    let _ = writer.write_record(UserColumn::ALL.iter().map(|c| c.header()));
    for user in users {
        let cells = UserColumn::ALL.map(|column| -> String {
            let text: &str = match column {
                UserColumn::Email => &user.email,
                UserColumn::FirstName => user.first_name.as_deref().unwrap_or(""),
                UserColumn::LastName => user.last_name.as_deref().unwrap_or(""),
                UserColumn::DisplayName => &user.display_name,
                UserColumn::Extension => user.extension.as_deref().unwrap_or(""),
                UserColumn::PhoneNumber => user.phone_number.as_deref().unwrap_or(""),
                UserColumn::Location => user.location.as_deref().unwrap_or(""),
                UserColumn::JabberCalling => bool_cell(user.jabber_calling),
                UserColumn::JabberWithWebexTeams => bool_cell(user.jabber_teams),
                UserColumn::PreferredWebexSite => user.preferred_site.as_deref().unwrap_or(""),
                UserColumn::BasicMessaging => bool_cell(user.services[0]),
                UserColumn::BasicSpaceMeetings => bool_cell(user.services[1]),
                UserColumn::CallOnWebex => bool_cell(user.services[2]),
                package => bool_cell(package.package_key() == Some(user.package_key.as_str())),
            };
            neutralise_cell(text).into_owned()
        });
        let _ = writer.write_record(&cells);
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

/// The template's header row, comma-separated.
pub fn template_header() -> String {
    UserColumn::ALL
        .iter()
        .map(|c| c.header())
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers() -> Vec<&'static str> {
        UserColumn::ALL.iter().map(|c| c.header()).collect()
    }

    #[test]
    fn the_template_header_is_accepted_with_every_column_where_it_stands() {
        let map = ColumnMap::parse(headers()).unwrap();
        for (index, column) in UserColumn::ALL.into_iter().enumerate() {
            assert_eq!(map.position(column), index);
        }
        assert_eq!(map.width(), 18);
    }

    #[test]
    fn headers_match_in_any_case_and_order_and_after_a_byte_order_mark() {
        let mut shuffled: Vec<String> = headers().iter().rev().map(|h| h.to_uppercase()).collect();
        shuffled[0] = format!("\u{feff}{}", shuffled[0]);
        let map = ColumnMap::parse(shuffled.iter().map(String::as_str)).unwrap();
        assert_eq!(map.position(UserColumn::CallOnWebex), 0);
        assert_eq!(map.position(UserColumn::Email), 17);
    }

    #[test]
    fn a_missing_column_is_named() {
        let without: Vec<&str> = headers()
            .into_iter()
            .filter(|h| *h != "Webex Voice")
            .collect();
        assert_eq!(
            ColumnMap::parse(without),
            Err(vec![HeaderFinding {
                code: Code::HeaderMissingColumn,
                header: "Webex Voice".into()
            }])
        );
    }

    #[test]
    fn a_misspelt_package_column_is_unknown_and_its_column_missing() {
        let misspelt: Vec<&str> = headers()
            .into_iter()
            .map(|h| if h == "Webex Suite" { "Webex Suit" } else { h })
            .collect();
        let findings = ColumnMap::parse(misspelt).unwrap_err();
        let codes: Vec<Code> = findings.iter().map(|f| f.code).collect();
        assert_eq!(
            codes,
            [Code::HeaderUnknownColumn, Code::HeaderMissingColumn]
        );
        assert_eq!(findings[0].header, "Webex Suit");
    }

    #[test]
    fn a_repeated_column_is_refused() {
        let mut repeated = headers();
        repeated.push("location");
        let findings = ColumnMap::parse(repeated).unwrap_err();
        assert_eq!(findings[0].code, Code::HeaderDuplicateColumn);
    }

    #[test]
    fn an_empty_header_row_means_an_empty_file() {
        assert_eq!(ColumnMap::parse([]).unwrap_err()[0].code, Code::FileEmpty);
    }

    #[test]
    fn booleans_accept_true_and_false_in_any_case_only() {
        assert_eq!(parse_bool(" True "), Ok(true));
        assert_eq!(parse_bool("FALSE"), Ok(false));
        for bad in ["", "yes", "1", "TRUE1"] {
            assert_eq!(parse_bool(bad), Err(Code::BooleanInvalid), "{bad:?}");
        }
    }

    #[test]
    fn package_columns_name_catalog_keys() {
        for column in UserColumn::PACKAGES {
            assert!(column.package_key().is_some());
        }
        assert_eq!(UserColumn::Location.package_key(), None);
    }

    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_are_neutralised_on_export() {
        for risky in ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise_cell(risky), format!("'{risky}"), "{risky:?}");
        }
        for plain in ["Anna", "anna@example.no", "", "1000", "'quoted"] {
            assert_eq!(neutralise_cell(plain), plain);
        }
    }

    #[test]
    fn the_template_header_lists_the_columns_in_order() {
        assert!(template_header().starts_with("User ID/Email (Required),First Name,"));
        assert!(template_header().ends_with(",Call on Webex"));
    }
}

#[cfg(test)]
mod file_tests;
