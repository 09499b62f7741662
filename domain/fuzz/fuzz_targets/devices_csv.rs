//! The devices CSV validator (GO-7 … GO-9) on arbitrary bytes. Besides "no
//! panic, no timeout", the summary a page and the CLI show must agree with
//! the findings listed.
#![no_main]

use domain::{Severity, devices_csv::check_devices_file};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let check = check_devices_file(data, None);
    let findings = check.findings();
    let summary = check.summary();
    assert_eq!(summary.errors + summary.warnings, findings.len());
    assert_eq!(
        summary.errors,
        findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    );
    assert!(findings.windows(2).all(|w| w[0].row <= w[1].row));
    if summary.rows > 0 {
        assert!(findings.iter().all(|f| f.row <= summary.rows));
    } else {
        // Unread (or no data rows): a refusal names the row where reading
        // stopped, past `rows`, and only errors refuse.
        assert!(findings.iter().all(|f| f.severity == Severity::Error));
    }
    assert!(summary.valid_rows <= summary.rows);
    // A row the file's own rules accept is a row without an error.
    let rows_with_errors = findings
        .iter()
        .filter(|f| f.row > 0 && f.severity == Severity::Error)
        .map(|f| f.row)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let header_error = findings
        .iter()
        .any(|f| f.row == 0 && f.severity == Severity::Error);
    if !header_error && summary.rows > 0 {
        assert!(summary.valid_rows as usize + rows_with_errors <= summary.rows as usize);
    }
});
