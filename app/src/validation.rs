//! Checking a users CSV in the browser (issue 4, item 2): the state of one
//! file between its stages (read and checked row by row; simulated against
//! the org's facts, again for each import mode; its error report; a row as
//! written). It runs in a Web Worker (`src/worker.rs`), so a 100,000-row
//! file never freezes the page, and on the page itself where a worker
//! cannot start. Either way it is the same `domain` code the server runs.
//!
//! The worker does the whole check of a file itself (issue 4, item 11): it
//! reads the file the page posts it, fetches the org's context and facts
//! (same origin, with the page's session cookie) and answers with a page
//! of findings. The page's thread never holds the file's bytes, its keys
//! or the org's facts: 100,000 emails encoded and decoded there took it
//! over 100 ms at a time.
use std::collections::BTreeMap;

use domain::{
    Code, Severity,
    users_csv::{
        FileCheck, FileKeys, Finding, ImportMode, OrgContext, OrgFacts, Preview, RowChecker, Sheet,
        UserColumn, error_report, read_sheet,
    },
};
use serde::{Deserialize, Serialize};

use crate::{api::ApiError, http};

/// Rows checked between two progress reports.
pub const PROGRESS_EVERY: usize = 5_000;

/// Findings sent to the page at once: a page of a table, not 100,000 rows
/// for the page's thread to decode (the error report has them all).
pub const FINDINGS_SHOWN: usize = 200;

/// What the page shows of a checked file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckSummary {
    /// The file could be read (its header is sound): there are rows.
    pub readable: bool,
    pub rows: u32,
    pub errors: u32,
    pub warnings: u32,
    /// The first [`FINDINGS_SHOWN`] findings, in row order.
    pub findings: Vec<Finding>,
    /// The codes found, each once, for the filter.
    pub codes: Vec<Code>,
    pub preview: Preview,
}

/// A page of findings that pass a filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingsPage {
    pub findings: Vec<Finding>,
    /// How many findings pass the filter in all.
    pub matching: u32,
}

/// One file being checked.
pub struct Validation {
    bytes: Vec<u8>,
    sheet: Option<Sheet>,
    context: OrgContext,
    facts: OrgFacts,
    check: FileCheck,
    /// Every finding of the last simulation, in row order.
    findings: Vec<Finding>,
}

impl Validation {
    /// Stage 1: reads the file and checks its rows against the org's
    /// context, reporting `(rows checked, rows)` as it goes.
    pub fn read(bytes: Vec<u8>, context: OrgContext, mut progress: impl FnMut(u32, u32)) -> Self {
        let (sheet, check) = match read_sheet(&bytes) {
            Ok(sheet) => {
                let total = u32::try_from(sheet.rows()).unwrap_or(u32::MAX);
                let mut checker = RowChecker::new(&sheet, Some(&context));
                while checker.check_next(PROGRESS_EVERY) {
                    progress(u32::try_from(checker.done()).unwrap_or(u32::MAX), total);
                }
                progress(total, total);
                let rows = checker.finish();
                let check = FileCheck {
                    rows: total,
                    plans: rows.plans,
                    row_findings: rows.findings,
                    simulation: Default::default(),
                };
                (Some(sheet), check)
            }
            Err(findings) => (
                None,
                FileCheck {
                    row_findings: findings,
                    ..FileCheck::default()
                },
            ),
        };
        Self {
            bytes,
            sheet,
            context,
            facts: OrgFacts::default(),
            check,
            findings: Vec::new(),
        }
    }

    /// The values to learn the org's facts about; `None` when the file
    /// cannot be read at all.
    pub fn keys(&self) -> Option<FileKeys> {
        self.sheet.as_ref().map(|_| self.check.keys())
    }

    /// The whole check of a file of org `org`: the org's context (fetched
    /// while `bytes` are read), the rows read and checked against it, the
    /// org's facts about the file's keys, and the simulation in `mode`.
    pub async fn check(
        org: &str,
        bytes: impl Future<Output = Option<Vec<u8>>>,
        mode: ImportMode,
        mut progress: impl FnMut(u32, u32),
    ) -> Result<(Self, CheckSummary), ApiError> {
        let context: OrgContext = http::get_json(&format!(
            "/api/v1/organizations/{org}/imports/users/context"
        ))
        .await?;
        let bytes = bytes
            .await
            .ok_or_else(|| ApiError::new(Code::FileEmpty, "the file cannot be read"))?;
        let mut validation = Self::read(bytes, context, &mut progress);
        let facts = match validation.keys() {
            Some(keys) => Some(
                http::post_json::<_, OrgFacts>(
                    &format!("/api/v1/organizations/{org}/imports/users/facts"),
                    &keys,
                )
                .await?,
            ),
            None => None,
        };
        let summary = validation.simulate(facts, mode);
        Ok((validation, summary))
    }

    /// Stage 2: the rows simulated against the org's facts (kept for the
    /// next mode) in `mode`.
    pub fn simulate(&mut self, facts: Option<OrgFacts>, mode: ImportMode) -> CheckSummary {
        if let Some(facts) = facts {
            self.facts = facts;
        }
        if self.sheet.is_some() {
            self.check
                .simulate(Some((&self.context, &self.facts)), mode);
        }
        self.findings = self.check.findings();
        let mut codes: Vec<Code> = self.findings.iter().map(|f| f.code).collect();
        codes.sort();
        codes.dedup();
        CheckSummary {
            readable: self.sheet.is_some(),
            rows: self.check.rows,
            errors: u32::try_from(self.check.errors()).unwrap_or(u32::MAX),
            warnings: u32::try_from(self.check.warnings()).unwrap_or(u32::MAX),
            findings: self.findings.iter().take(FINDINGS_SHOWN).cloned().collect(),
            codes,
            preview: self.check.simulation.preview.clone(),
        }
    }

    /// The first [`FINDINGS_SHOWN`] findings with this severity and code
    /// (`None`: any), and how many there are.
    pub fn findings(&self, severity: Option<Severity>, code: Option<Code>) -> FindingsPage {
        let mut matching = self
            .findings
            .iter()
            .filter(|f| severity.is_none_or(|s| f.severity == s))
            .filter(|f| code.is_none_or(|c| f.code == c));
        let findings: Vec<Finding> = matching.by_ref().take(FINDINGS_SHOWN).cloned().collect();
        let more = matching.count();
        FindingsPage {
            matching: u32::try_from(findings.len() + more).unwrap_or(u32::MAX),
            findings,
        }
    }

    /// The error report, each finding explained by `messages` (by code, in
    /// the admin's language).
    pub fn report(&self, messages: &BTreeMap<Code, String>) -> Option<String> {
        let findings = self.check.findings();
        error_report(&self.bytes, &findings, |finding| {
            let message = messages
                .get(&finding.code)
                .cloned()
                .unwrap_or_else(|| finding.code.as_str().to_owned());
            match &finding.detail {
                Some(detail) => format!("{message} ({detail})"),
                None => message,
            }
        })
    }

    /// A data row's cells by header, as written in the file.
    pub fn row(&self, row: u32) -> Vec<(String, String)> {
        let Some(sheet) = &self.sheet else {
            return Vec::new();
        };
        let Some(record) = (row as usize)
            .checked_sub(1)
            .and_then(|index| sheet.records.get(index))
        else {
            return Vec::new();
        };
        UserColumn::ALL
            .iter()
            .map(|&column| {
                let value = record.get(sheet.columns.position(column)).unwrap_or("");
                (column.header().to_owned(), value.to_owned())
            })
            .collect()
    }
}

/// A request to the worker; a check's file (a `File`, not its bytes)
/// travels beside it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Request {
    /// The whole check of a new file ([`Validation::check`]), answered
    /// with [`Reply::Checked`] or [`Reply::Failed`].
    Check {
        org: String,
        mode: ImportMode,
    },
    /// The file checked simulated again in another mode.
    Simulate {
        mode: ImportMode,
    },
    Report {
        messages: BTreeMap<Code, String>,
    },
    Row {
        row: u32,
    },
    Findings {
        severity: Option<Severity>,
        code: Option<Code>,
    },
}

/// A message from the worker.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reply {
    /// The worker is listening (sent once, when it has started).
    Ready,
    Progress {
        done: u32,
        total: u32,
    },
    /// A file checked.
    Checked {
        summary: CheckSummary,
    },
    /// A file could not be checked (unreadable, or the org's data could
    /// not be fetched).
    Failed {
        error: ApiError,
    },
    Simulated {
        summary: CheckSummary,
    },
    Report {
        text: Option<String>,
    },
    Row {
        cells: Vec<(String, String)>,
    },
    Findings {
        page: FindingsPage,
    },
    /// The request came before a file was read.
    NoFile,
}

impl Validation {
    /// Answers a request about the file held in `slot` (the worker's and
    /// the page's fallback share this). A check is asynchronous: its
    /// caller runs [`Validation::check`] and fills the slot.
    pub fn answer(slot: &mut Option<Validation>, request: Request) -> Reply {
        match request {
            Request::Check { .. } => Reply::NoFile,
            Request::Simulate { mode } => match slot {
                Some(validation) => Reply::Simulated {
                    summary: validation.simulate(None, mode),
                },
                None => Reply::NoFile,
            },
            Request::Report { messages } => match slot {
                Some(validation) => Reply::Report {
                    text: validation.report(&messages),
                },
                None => Reply::NoFile,
            },
            Request::Findings { severity, code } => match slot {
                Some(validation) => Reply::Findings {
                    page: validation.findings(severity, code),
                },
                None => Reply::NoFile,
            },
            Request::Row { row } => match slot {
                Some(validation) => Reply::Row {
                    cells: validation.row(row),
                },
                None => Reply::NoFile,
            },
        }
    }
}
