//! The users CSV validator (SPEC 5.2, PH-4 … PH-7) on arbitrary bytes: both
//! stages, with a small org context so location names and national numbers
//! are resolved too, then the error report. Besides "no panic, no
//! timeout", the counts a page and the CLI show must agree with the list.
#![no_main]

use domain::{
    Country, Severity,
    users_csv::{
        ContextLocation, FileCheck, ImportMode, MAX_DATA_ROWS, OrgContext, OrgFacts, error_report,
        read_sheet,
    },
};
use libfuzzer_sys::fuzz_target;

fn context() -> OrgContext {
    OrgContext {
        locations: vec![
            ContextLocation {
                id: "loc-hq".into(),
                name: "Grand Rapids HQ".into(),
                country: Country::US,
            },
            ContextLocation {
                id: "loc-bergen".into(),
                name: "Bergen havnekontor".into(),
                country: Country::NO,
            },
        ],
        ..OrgContext::default()
    }
}

fuzz_target!(|data: &[u8]| {
    // The mode is part of the input, so both get fuzzed.
    let mode = if data.len().is_multiple_of(2) {
        ImportMode::Default
    } else {
        ImportMode::AddAndRemoveServices
    };
    let context = context();
    let mut check = FileCheck::read(data, Some(&context));
    check.simulate(Some((&context, &OrgFacts::default())), mode);

    let findings = check.findings();
    assert_eq!(check.errors() + check.warnings(), findings.len());
    assert_eq!(
        check.errors(),
        findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    );
    assert!(findings.windows(2).all(|w| w[0].row <= w[1].row));
    assert!(check.rows as usize <= MAX_DATA_ROWS);
    if check.rows > 0 {
        assert!(findings.iter().all(|f| f.row <= check.rows));
    } else {
        // Unread (or no data rows): a refusal names the row where reading
        // stopped, past `rows`, and only errors refuse.
        assert!(findings.iter().all(|f| f.severity == Severity::Error));
        assert!(findings.iter().all(|f| f.row as usize <= MAX_DATA_ROWS + 1));
    }
    // A plan is made only for a row the file has.
    assert!(check.plans.len() <= check.rows as usize);

    // The error report exists exactly when the file can be read. Both read
    // the file again, so only small inputs check it: the time libFuzzer
    // measures on a large one stays the validator's own (the 1 s limit).
    if data.len() <= 64 * 1024 {
        let report = error_report(data, &findings, |f| f.code.as_str().to_owned());
        assert_eq!(report.is_some(), read_sheet(data).is_ok());
    }
});
