//! `switchboard validate users FILE` and `switchboard validate devices
//! FILE` (SPEC 5.1): check a users CSV (PH-4 … PH-7) or a devices CSV
//! (GO-7 … GO-9) with the very `domain` rules the browser runs before an
//! import, so an admin or a script can vet a file before uploading it. Messages come from the
//! same catalog as the portal's, in English, so the command line never
//! explains a code differently from the browser or the REST API.
//!
//! Without a database only the rules a file can be checked against on its
//! own run; the rules that need an org's data are listed as skipped, so a
//! clean result is never mistaken for a full check.

use std::{
    fmt::Write as _,
    io::Read as _,
    path::{Path, PathBuf},
    process::ExitCode,
};

use app::i18n::Catalog;
use domain::{
    Code, Language, Severity,
    devices_csv::{DeviceFileCheck, check_devices_file},
    users_csv::{FileCheck, Finding, ImportMode, MAX_FILE_BYTES, check_file},
};
use serde::Serialize;

/// `switchboard validate …`: the files the portal imports.
#[derive(clap::Subcommand)]
pub enum ValidateCommand {
    /// Check a users CSV with the portal's import rules. Exit status: 0
    /// without errors (warnings allowed), 1 with errors, 2 when the file
    /// cannot be read.
    Users(UsersArgs),
    /// Check a devices CSV (Webex Go lines, GO-7 … GO-9) with the portal's
    /// import rules. Exit status as for `users`.
    Devices(DevicesArgs),
}

/// Runs `switchboard validate …`. `database_url_typed`: whether
/// `--database-url` was typed on the command line.
pub async fn run(
    command: &ValidateCommand,
    database_url: &str,
    database_url_typed: bool,
) -> Status {
    match command {
        ValidateCommand::Users(args) => {
            validate_users(args, database_url, database_url_typed).await
        }
        ValidateCommand::Devices(args) => {
            validate_devices(args, database_url, database_url_typed).await
        }
    }
}

#[derive(clap::Args)]
pub struct UsersArgs {
    /// The CSV file to check.
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Check against this org's data too (locations, users, numbers,
    /// licenses), in the database of `--database-url` (or `DATABASE_URL`).
    /// An org id or its exact name.
    #[arg(long, value_name = "ORG")]
    pub org: Option<String>,
    /// How the base licenses are treated (PH-5): `default` or
    /// `add-and-remove-services`.
    #[arg(long, value_enum, default_value_t = Mode::Default)]
    pub mode: Mode,
}

#[derive(clap::Args)]
pub struct DevicesArgs {
    /// The CSV file to check.
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Check against this org's data too (users, numbers, Webex Go
    /// subscriptions and licenses), in the database of `--database-url`
    /// (or `DATABASE_URL`). An org id or its exact name.
    #[arg(long, value_name = "ORG")]
    pub org: Option<String>,
}

/// The import mode, as typed on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    Default,
    AddAndRemoveServices,
}

impl From<Mode> for ImportMode {
    fn from(mode: Mode) -> Self {
        match mode {
            Mode::Default => ImportMode::Default,
            Mode::AddAndRemoveServices => ImportMode::AddAndRemoveServices,
        }
    }
}

/// How the result is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One line per finding, then a summary.
    Text,
    /// One JSON object, for scripts.
    Json,
}

/// The outcome of a validation, as the exit status scripts test (SPEC 5.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// No errors; warnings are allowed.
    Valid = 0,
    /// At least one error.
    Invalid = 1,
    /// Nothing was checked: the file could not be read, or the command
    /// could not run as asked.
    NotChecked = 2,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> Self {
        ExitCode::from(status as u8)
    }
}

/// A rule that needs an org's data, skipped when a file is checked on its
/// own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OrgRule {
    /// A stable short name, for the JSON output.
    pub name: &'static str,
    /// What it checks, for the text output.
    pub description: &'static str,
}

/// Every rule [`check_file`] runs only with an org's context and facts.
pub const ORG_RULES: [OrgRule; 6] = [
    OrgRule {
        name: "location_names",
        description: "location names",
    },
    OrgRule {
        name: "national_numbers",
        description: "national-format numbers",
    },
    OrgRule {
        name: "users_to_delete",
        description: "users to delete",
    },
    OrgRule {
        name: "held_by_existing_users",
        description: "extensions and numbers held by existing users",
    },
    OrgRule {
        name: "number_inventory",
        description: "number inventory",
    },
    OrgRule {
        name: "licenses_left",
        description: "licenses left",
    },
];

/// Every rule [`check_devices_file`] runs only with the org's facts.
pub const DEVICE_ORG_RULES: [OrgRule; 7] = [
    OrgRule {
        name: "usernames",
        description: "usernames",
    },
    OrgRule {
        name: "webex_go_subscriptions",
        description: "the header's Webex Go subscriptions",
    },
    OrgRule {
        name: "webex_go_eligibility",
        description: "Webex Go eligibility (GO-1)",
    },
    OrgRule {
        name: "webex_go_lines",
        description: "Webex Go lines users have already",
    },
    OrgRule {
        name: "user_location_and_extension",
        description: "users' locations and extensions",
    },
    OrgRule {
        name: "phone_numbers",
        description: "national-format numbers, primary numbers and the number inventory (GO-3)",
    },
    OrgRule {
        name: "webex_go_licenses_left",
        description: "Webex Go licenses left (GO-4)",
    },
];

/// The file's bytes, or why there are none (printed; the command then
/// exits with [`Status::NotChecked`]). A database typed on the command
/// line without `--org` is a mistake worth saying (`database_url_typed`).
fn read_input(file: &Path, org: Option<&str>, database_url_typed: bool) -> Result<Vec<u8>, Status> {
    if database_url_typed && org.is_none() {
        eprintln!("switchboard: --database-url checks against an org's data: add --org ORG");
        return Err(Status::NotChecked);
    }
    read_capped(file).map_err(|error| {
        eprintln!("switchboard: cannot read {}: {error}", file.display());
        Status::NotChecked
    })
}

/// Runs `switchboard validate users`. With `--org`, the org's data comes
/// from `database_url`.
pub async fn validate_users(
    args: &UsersArgs,
    database_url: &str,
    database_url_typed: bool,
) -> Status {
    let bytes = match read_input(&args.file, args.org.as_deref(), database_url_typed) {
        Ok(bytes) => bytes,
        Err(status) => return status,
    };
    let (check, skipped): (FileCheck, &[OrgRule]) = match &args.org {
        None => (check_file(&bytes, None, args.mode.into()), &ORG_RULES),
        Some(org) => match check_with_org(&bytes, org, database_url, args.mode.into()).await {
            Ok(check) => (check, &[]),
            Err(error) => {
                eprintln!("switchboard: {error:#}");
                return Status::NotChecked;
            }
        },
    };
    let (output, status) = report(&check, skipped, args.format);
    print!("{output}");
    status
}

/// Runs `switchboard validate devices`. With `--org`, the org's facts
/// come from `database_url`.
pub async fn validate_devices(
    args: &DevicesArgs,
    database_url: &str,
    database_url_typed: bool,
) -> Status {
    let bytes = match read_input(&args.file, args.org.as_deref(), database_url_typed) {
        Ok(bytes) => bytes,
        Err(status) => return status,
    };
    let (check, skipped): (DeviceFileCheck, &[OrgRule]) = match &args.org {
        None => (check_devices_file(&bytes, None), &DEVICE_ORG_RULES),
        Some(org) => match check_devices_with_org(&bytes, org, database_url).await {
            Ok(check) => (check, &[]),
            Err(error) => {
                eprintln!("switchboard: {error:#}");
                return Status::NotChecked;
            }
        },
    };
    let (output, status) = report_devices(&check, skipped, args.format);
    print!("{output}");
    status
}

/// The store of `database_url` and the org named by id or exact name.
async fn open_org(
    database_url: &str,
    org: &str,
) -> anyhow::Result<(server::store::Store, server::store::OrgRecord)> {
    use anyhow::Context as _;
    let store = server::store::Store::connect(database_url)
        .await
        .context("cannot open the database")?;
    let found = match store.org(org).await? {
        Some(found) => found,
        None => store
            .org_by_name(org)
            .await?
            .with_context(|| format!("no org with the id or name {org:?}"))?,
    };
    Ok((store, found))
}

/// Both stages of the check, with the org's context and the facts about
/// the file's keys read from the database (read only: nothing is written).
async fn check_with_org(
    bytes: &[u8],
    org: &str,
    database_url: &str,
    mode: ImportMode,
) -> anyhow::Result<FileCheck> {
    let (store, org) = open_org(database_url, org).await?;
    let context = store.import_context(&org.id).await?;
    let mut check = FileCheck::read(bytes, Some(&context));
    let facts = store.import_facts(&org.id, &context, &check.keys()).await?;
    check.simulate(Some((&context, &facts)), mode);
    Ok(check)
}

/// Both stages of a devices check, with the facts about the file's
/// usernames and numbers read from the database (read only).
async fn check_devices_with_org(
    bytes: &[u8],
    org: &str,
    database_url: &str,
) -> anyhow::Result<DeviceFileCheck> {
    let (store, org) = open_org(database_url, org).await?;
    let mut check = DeviceFileCheck::read(bytes);
    let facts = store.device_import_facts(&org.id, &check.keys()).await?;
    check.simulate(&facts);
    Ok(check)
}

/// Reads a file, but at most one byte more than [`MAX_FILE_BYTES`]: enough
/// for `domain` to refuse a file that is too large with `file_too_large`,
/// without loading a huge one into memory first.
fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    let limit = u64::try_from(MAX_FILE_BYTES).unwrap_or(u64::MAX) + 1;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The printed result of a check and its exit status. `skipped` names the
/// rules that did not run (none when the org's data was consulted).
pub fn report(check: &FileCheck, skipped: &[OrgRule], format: Format) -> (String, Status) {
    let counts = Counts {
        rows: check.rows,
        errors: check.errors(),
        warnings: check.warnings(),
    };
    render(counts, &check.findings(), skipped, format)
}

/// [`report`] for a devices file.
pub fn report_devices(
    check: &DeviceFileCheck,
    skipped: &[OrgRule],
    format: Format,
) -> (String, Status) {
    let summary = check.summary();
    let counts = Counts {
        rows: summary.rows,
        errors: summary.errors,
        warnings: summary.warnings,
    };
    render(counts, &check.findings(), skipped, format)
}

/// The figures a report sums up with.
#[derive(Clone, Copy)]
struct Counts {
    rows: u32,
    errors: usize,
    warnings: usize,
}

fn render(
    counts: Counts,
    findings: &[Finding],
    skipped: &[OrgRule],
    format: Format,
) -> (String, Status) {
    let status = if counts.errors == 0 {
        Status::Valid
    } else {
        Status::Invalid
    };
    let output = match format {
        Format::Text => text_report(counts, findings, skipped),
        Format::Json => json_report(counts, findings, skipped),
    };
    (output, status)
}

/// The English explanation of a code, as the portal shows it.
fn message(code: Code) -> String {
    Catalog::get().code(Language::En, code)
}

fn text_report(counts: Counts, findings: &[Finding], skipped: &[OrgRule]) -> String {
    let mut out = String::new();
    for finding in findings {
        let place = match finding.row {
            0 => "header".to_owned(),
            row => format!("row {row}"),
        };
        let column = finding
            .column
            .as_deref()
            .map(|column| format!(", {column}"))
            .unwrap_or_default();
        let detail = finding
            .detail
            .as_deref()
            .map(|detail| format!(" ({detail})"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{place}{column}: {} {}: {}{detail}",
            finding.severity,
            finding.code,
            message(finding.code)
        );
    }
    let _ = writeln!(
        out,
        "{}, {}, {}",
        counted(counts.rows as usize, "row"),
        counted(counts.errors, "error"),
        counted(counts.warnings, "warning")
    );
    if !skipped.is_empty() {
        let descriptions: Vec<&str> = skipped.iter().map(|rule| rule.description).collect();
        let _ = writeln!(
            out,
            "skipped (need --database-url and --org): {}",
            descriptions.join(", ")
        );
    }
    out
}

/// "1 row", "2 rows".
fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// The JSON object of SPEC 5.1.
#[derive(Serialize)]
struct JsonReport<'a> {
    rows: u32,
    errors: usize,
    warnings: usize,
    findings: Vec<JsonFinding<'a>>,
    skipped: Vec<&'static str>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    row: u32,
    column: Option<&'a str>,
    code: Code,
    severity: Severity,
    message: String,
    /// What the text output adds in parentheses (the license that ran
    /// out); left out when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
}

fn json_report(counts: Counts, findings: &[Finding], skipped: &[OrgRule]) -> String {
    let report = JsonReport {
        rows: counts.rows,
        errors: counts.errors,
        warnings: counts.warnings,
        findings: findings
            .iter()
            .map(|finding| JsonFinding {
                row: finding.row,
                column: finding.column.as_deref(),
                code: finding.code,
                severity: finding.severity,
                message: message(finding.code),
                detail: finding.detail.as_deref(),
            })
            .collect(),
        skipped: skipped.iter().map(|rule| rule.name).collect(),
    };
    // Plain data with string keys: serializing cannot fail.
    let mut json = serde_json::to_string_pretty(&report).unwrap_or_default();
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(rows: &[&str]) -> FileCheck {
        let mut text = domain::users_csv::template_header();
        for row in rows {
            text.push('\n');
            text.push_str(row);
        }
        check_file(text.as_bytes(), None, ImportMode::Default)
    }

    #[test]
    fn text_names_the_row_column_severity_code_and_message_then_sums_up() {
        let check = checked(&[
            "ana@example.com,Ana,,,1,,HQ,FALSE,FALSE,acme,TRUE,FALSE,FALSE,FALSE,FALSE,,,",
        ]);
        let (text, status) = report(&check, &ORG_RULES, Format::Text);
        assert_eq!(status, Status::Invalid);
        let expected = format!(
            "row 1, Extension: error extension_invalid: {}\n1 row, 1 error, 0 warnings\n",
            message(Code::ExtensionInvalid)
        );
        assert!(text.starts_with(&expected), "{text}");
        assert!(text.contains("skipped (need --database-url and --org): location names,"));
    }

    #[test]
    fn header_findings_say_header_and_a_detail_is_shown_in_parentheses() {
        let mut check = checked(&[]);
        check.row_findings = vec![Finding {
            detail: Some("webex_meetings".into()),
            ..Finding::error(0, None, Code::LicenseExhausted)
        }];
        let (text, _) = report(&check, &[], Format::Text);
        assert!(
            text.starts_with("header: error license_exhausted: ")
                && text.lines().next().unwrap().ends_with(" (webex_meetings)"),
            "{text}"
        );
        assert!(!text.contains("skipped"));
    }

    #[test]
    fn a_devices_file_is_reported_as_a_users_file_is_with_its_own_skipped_rules() {
        let header = domain::devices_csv::template_headers(&["sub-1"]).join(",");
        let text =
            format!("{header}\nana@example.com,PHONE,,,WEBEX_CALLING,Webex Go Device,,,TRUE\n");
        let check = check_devices_file(text.as_bytes(), None);
        let (output, status) = report_devices(&check, &DEVICE_ORG_RULES, Format::Text);
        assert_eq!(status, Status::Invalid);
        let expected = format!(
            "row 1, Type: error type_invalid: {}\n1 row, 1 error, 0 warnings\n",
            message(Code::TypeInvalid)
        );
        assert!(output.starts_with(&expected), "{output}");
        assert!(
            output.contains("skipped (need --database-url and --org): usernames, "),
            "{output}"
        );
    }

    #[test]
    fn warnings_alone_keep_the_file_valid() {
        let check =
            checked(&["ana@example.com,Ana,,,,,,FALSE,FALSE,,FALSE,FALSE,FALSE,FALSE,TRUE,,,"]);
        let (json, status) = report(&check, &ORG_RULES, Format::Json);
        assert_eq!(status, Status::Valid);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["warnings"], 1);
        assert_eq!(value["findings"][0]["code"], "preferred_site_missing");
        assert_eq!(value["findings"][0]["severity"], "warning");
        assert_eq!(value["findings"][0]["column"], "Preferred Webex Site");
        assert!(value["findings"][0].get("detail").is_none());
        assert_eq!(value["skipped"].as_array().unwrap().len(), ORG_RULES.len());
    }
}
