//! The two CSV validators as the browser runs them (wasm32, the bundle's
//! profile), behind a byte-buffer interface Node can call without glue:
//!
//! 1. `input_buffer(len)` returns where to write the file's `len` bytes;
//! 2. `check(kind)` (0: users, 1: devices) checks them without an org, as
//!    `switchboard validate users|devices FILE --format json` does, and
//!    returns the length of the JSON result;
//! 3. `output_ptr()` returns where that JSON is.
//!
//! The JSON has the CLI's fields except `message` and `skipped` (which
//! come from the server's catalog, not from the validators).
//!
//! `#[unsafe(no_mangle)]` is the only unsafe here: the exports need stable
//! names. This crate is outside the workspace, whose lints forbid it.

use std::cell::RefCell;

use domain::{
    Code, Severity,
    devices_csv::check_devices_file,
    users_csv::{Finding, ImportMode, check_file},
};
use serde::Serialize;

thread_local! {
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static OUTPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

#[derive(Serialize)]
struct Report<'a> {
    rows: u32,
    errors: usize,
    warnings: usize,
    findings: Vec<ReportFinding<'a>>,
}

#[derive(Serialize)]
struct ReportFinding<'a> {
    row: u32,
    column: Option<&'a str>,
    code: Code,
    severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
}

fn report(rows: u32, errors: usize, warnings: usize, findings: &[Finding]) -> Vec<u8> {
    let report = Report {
        rows,
        errors,
        warnings,
        findings: findings
            .iter()
            .map(|f| ReportFinding {
                row: f.row,
                column: f.column.as_deref(),
                code: f.code,
                severity: f.severity,
                detail: f.detail.as_deref(),
            })
            .collect(),
    };
    serde_json::to_vec(&report).unwrap_or_default()
}

/// Makes room for `len` input bytes and returns where they go.
#[unsafe(no_mangle)]
pub extern "C" fn input_buffer(len: usize) -> *mut u8 {
    INPUT.with(|input| {
        let mut input = input.borrow_mut();
        input.clear();
        input.resize(len, 0);
        input.as_mut_ptr()
    })
}

/// Checks the input (0: users CSV, 1: devices CSV); the JSON's length.
#[unsafe(no_mangle)]
pub extern "C" fn check(kind: u32) -> usize {
    let json = INPUT.with(|input| {
        let bytes = input.borrow();
        if kind == 0 {
            let check = check_file(&bytes, None, ImportMode::Default);
            report(
                check.rows,
                check.errors(),
                check.warnings(),
                &check.findings(),
            )
        } else {
            let check = check_devices_file(&bytes, None);
            let summary = check.summary();
            report(
                summary.rows,
                summary.errors,
                summary.warnings,
                &check.findings(),
            )
        }
    });
    OUTPUT.with(|output| {
        let mut output = output.borrow_mut();
        *output = json;
        output.len()
    })
}

/// Where the last result is.
#[unsafe(no_mangle)]
pub extern "C" fn output_ptr() -> *const u8 {
    OUTPUT.with(|output| output.borrow().as_ptr())
}
