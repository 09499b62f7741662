//! Whole-file rules: PH-4 … PH-6 row by row, and the org-aware rules
//! simulated in file order.

use super::*;
use crate::Country;

/// A row in template order, from `(column, value)` pairs; the rest blank.
fn row(cells: &[(UserColumn, &str)]) -> String {
    UserColumn::ALL
        .iter()
        .map(|column| {
            cells
                .iter()
                .find(|(c, _)| c == column)
                .map_or(String::new(), |(_, v)| {
                    if v.contains(',') {
                        format!("\"{v}\"")
                    } else {
                        (*v).to_owned()
                    }
                })
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn file(rows: &[String]) -> Vec<u8> {
    let mut text = template_header();
    for row in rows {
        text.push_str("\r\n");
        text.push_str(row);
    }
    text.into_bytes()
}

use UserColumn as C;

/// A Webex Calling user at the Oslo location, complete.
fn calling_user(email: &str, extension: &str) -> String {
    calling_user_with(email, &[(C::Extension, extension)])
}

/// [`calling_user`] with more cells.
fn calling_user_with(email: &str, extra: &[(UserColumn, &str)]) -> String {
    let mut cells = extra.to_vec();
    cells.extend([
        (C::Email, email),
        (C::Location, "Oslo"),
        (C::JabberCalling, "FALSE"),
        (C::JabberWithWebexTeams, "FALSE"),
        (C::PreferredWebexSite, "acme"),
        (C::WebexCalling, "TRUE"),
        (C::WebexCallingStandard, "FALSE"),
        (C::WebexSuite, "FALSE"),
        (C::WebexVoice, "FALSE"),
        (C::WebexMeetings, "FALSE"),
    ]);
    row(&cells)
}

fn delete_row(email: &str) -> String {
    row(&[
        (C::Email, email),
        (C::WebexCalling, "FALSE"),
        (C::WebexCallingStandard, "false"),
        (C::WebexSuite, "FALSE"),
        (C::WebexVoice, "FALSE"),
        (C::WebexMeetings, "FALSE"),
    ])
}

fn codes(check: &FileCheck) -> Vec<(u32, Code)> {
    check.findings().iter().map(|f| (f.row, f.code)).collect()
}

fn structural(bytes: &[u8]) -> FileCheck {
    check_file(bytes, None, ImportMode::Default)
}

/// Licenses: 0 calling, 1 meetings, 2 basic messaging, 3 basic space
/// meetings, 4 call on webex. One pool of each; calling has `calling_left`.
fn context(calling_left: u64) -> OrgContext {
    let license = |key: &str| ContextLicense {
        id: format!("lic-{key}"),
        key: key.into(),
        name: key.into(),
    };
    let pool = |license: u16, quantity: u64, used: u64| ContextPool {
        subscription_id: "sub-1".into(),
        license,
        quantity,
        used,
    };
    OrgContext {
        locations: vec![ContextLocation {
            id: "loc-oslo".into(),
            name: "Oslo".into(),
            country: Country::parse("NO").unwrap(),
        }],
        licenses: [
            "calling",
            "meetings",
            "basic_messaging",
            "basic_space_meetings",
            "call_on_webex",
        ]
        .into_iter()
        .map(license)
        .collect(),
        packages: vec![
            ContextPackage {
                key: "webex_calling".into(),
                licenses: vec![0],
            },
            ContextPackage {
                key: "webex_meetings".into(),
                licenses: vec![1],
            },
        ],
        defaults: vec![2, 3, 4],
        pools: vec![
            pool(0, 10, 10 - calling_left),
            pool(1, 10, 0),
            pool(2, 100, 0),
            pool(3, 100, 0),
            pool(4, 100, 0),
        ],
    }
}

fn with_org(bytes: &[u8], context: &OrgContext, facts: OrgFacts, mode: ImportMode) -> FileCheck {
    check_file(bytes, Some((context, &facts)), mode)
}

fn existing(email: &str, extension: &str, holdings: &[u32]) -> FactUser {
    FactUser {
        email: email.into(),
        extension: Some(extension.into()),
        number: None,
        holdings: holdings.to_vec(),
        webex_go: false,
    }
}

/// [`context`] where the calling license is Calling Professional and the
/// org has a location in Austin, US, too: where Webex Go lines are (GO-1).
fn webex_go_context() -> OrgContext {
    let mut context = context(5);
    context.licenses[0].key = crate::webex_go::CALLING_PROFESSIONAL_LICENSE.into();
    context.locations.push(ContextLocation {
        id: "loc-austin".into(),
        name: "Austin".into(),
        country: Country::US,
    });
    context
}

/// Ana, at Austin with Calling Professional and a Webex Go line.
fn webex_go_user() -> OrgFacts {
    OrgFacts {
        users: vec![FactUser {
            webex_go: true,
            ..existing("ana@example.com", "1001", &[0, 2, 3, 4])
        }],
        ..OrgFacts::default()
    }
}

#[test]
fn go_1_a_row_may_not_take_calling_professional_from_a_user_with_a_webex_go_line() {
    let meetings = calling_user_with(
        "ana@example.com",
        &[(C::Location, "Austin"), (C::Extension, "1001")],
    )
    .replace(
        ",TRUE,FALSE,FALSE,FALSE,FALSE",
        ",FALSE,FALSE,FALSE,FALSE,TRUE",
    );
    let check = with_org(
        &file(&[meetings]),
        &webex_go_context(),
        webex_go_user(),
        ImportMode::Default,
    );
    assert_eq!(codes(&check), [(1, Code::NotCallingProfessional)]);
    assert_eq!(
        check.findings()[0].column.as_deref(),
        Some(UserColumn::WebexMeetings.header())
    );
    assert!(check.simulation.outcomes.is_empty());
}

#[test]
fn go_1_a_row_may_not_move_a_user_with_a_webex_go_line_out_of_the_us_and_the_uk() {
    let to_oslo = calling_user("ana@example.com", "1001");
    let check = with_org(
        &file(&[to_oslo]),
        &webex_go_context(),
        webex_go_user(),
        ImportMode::Default,
    );
    assert_eq!(codes(&check), [(1, Code::LocationNotEligible)]);
    assert_eq!(
        check.findings()[0].column.as_deref(),
        Some(UserColumn::Location.header())
    );
}

#[test]
fn go_1_a_user_with_a_webex_go_line_may_change_within_the_rule_or_be_deleted() {
    let stays = calling_user_with(
        "ana@example.com",
        &[(C::Location, "Austin"), (C::Extension, "2002")],
    );
    let check = with_org(
        &file(&[stays]),
        &webex_go_context(),
        webex_go_user(),
        ImportMode::Default,
    );
    assert_eq!(codes(&check), []);
    assert_eq!(check.simulation.preview.modify, 1);
    // Deleting the user deletes the line with it.
    let check = with_org(
        &file(&[delete_row("ana@example.com")]),
        &webex_go_context(),
        webex_go_user(),
        ImportMode::Default,
    );
    assert_eq!(codes(&check), []);
    assert_eq!(check.simulation.preview.delete, 1);
}

#[test]
fn a_complete_calling_row_is_an_add_without_findings() {
    let check = structural(&file(&[calling_user("ana@example.com", "1001")]));
    assert_eq!(codes(&check), []);
    assert_eq!(check.rows, 1);
    assert!(matches!(check.plans[0].action, RowAction::Upsert(_)));
}

#[test]
fn a_calling_package_needs_a_location_and_an_extension_or_number() {
    let bare = row(&[
        (C::Email, "ana@example.com"),
        (C::JabberCalling, "FALSE"),
        (C::JabberWithWebexTeams, "FALSE"),
        (C::PreferredWebexSite, "acme"),
        (C::WebexSuite, "TRUE"),
    ]);
    let check = structural(&file(&[bare]));
    assert_eq!(
        codes(&check),
        [
            (1, Code::LocationMissing),
            (1, Code::ExtensionOrNumberMissing)
        ]
    );
    assert!(check.plans.is_empty());
}

#[test]
fn jabber_columns_are_required_for_every_package() {
    let meetings = row(&[
        (C::Email, "ana@example.com"),
        (C::PreferredWebexSite, "acme"),
        (C::WebexMeetings, "TRUE"),
    ]);
    assert_eq!(
        codes(&structural(&file(&[meetings]))),
        [
            (1, Code::JabberCallingMissing),
            (1, Code::JabberTeamsMissing)
        ]
    );
}

#[test]
fn a_missing_preferred_site_warns_except_for_webex_voice() {
    let without_site = |package| {
        row(&[
            (C::Email, "ana@example.com"),
            (C::JabberCalling, "TRUE"),
            (C::JabberWithWebexTeams, "true"),
            (package, "TRUE"),
        ])
    };
    let meetings = structural(&file(&[without_site(C::WebexMeetings)]));
    assert_eq!(codes(&meetings), [(1, Code::PreferredSiteMissing)]);
    assert_eq!(meetings.findings()[0].severity, Severity::Warning);
    assert_eq!(meetings.plans.len(), 1, "a warning does not block the row");
    assert_eq!(
        codes(&structural(&file(&[without_site(C::WebexVoice)]))),
        []
    );
}

#[test]
fn two_true_packages_are_refused_and_all_false_deletes() {
    let two = calling_user("ana@example.com", "1").replace(
        ",TRUE,FALSE,FALSE,FALSE,FALSE",
        ",TRUE,FALSE,FALSE,FALSE,TRUE",
    );
    let check = structural(&file(&[two, delete_row("bo@example.com")]));
    assert_eq!(codes(&check), [(1, Code::PackageMultiple)]);
    assert_eq!(
        check.findings()[0].column.as_deref(),
        Some("Webex Meetings")
    );
    assert_eq!(check.plans.len(), 1);
    assert_eq!(check.plans[0].action, RowAction::Delete);
}

#[test]
fn blank_package_cells_never_delete_a_user() {
    let blank = row(&[(C::Email, "ana@example.com")]);
    assert_eq!(
        codes(&structural(&file(&[blank]))),
        [(1, Code::PackageMissing)]
    );
}

#[test]
fn a_boolean_that_is_not_true_or_false_is_named_by_column() {
    let yes =
        calling_user("ana@example.com", "1001").replace(",FALSE,FALSE,acme", ",yes,FALSE,acme");
    let check = structural(&file(&[yes]));
    assert_eq!(codes(&check), [(1, Code::BooleanInvalid)]);
    assert_eq!(
        check.findings()[0].column.as_deref(),
        Some("Jabber Calling")
    );
}

#[test]
fn emails_repeated_in_any_case_are_refused_on_the_later_row() {
    let check = structural(&file(&[
        calling_user("Ana@Example.com", "1001"),
        calling_user("ana@example.COM", "1002"),
        calling_user("not-an-email", "1003"),
        calling_user("", "1004"),
    ]));
    assert_eq!(
        codes(&check),
        [
            (2, Code::EmailDuplicateInFile),
            (3, Code::EmailInvalid),
            (4, Code::EmailMissing)
        ]
    );
}

#[test]
fn a_row_with_too_few_cells_is_a_width_mismatch_and_empty_rows_are_skipped() {
    let mut bytes = file(&[
        calling_user("ana@example.com", "1001"),
        ",,,,,,,,,,,,,,,,,".into(),
    ]);
    bytes.extend_from_slice(b"\r\nbo@example.com,Bo");
    let check = structural(&bytes);
    assert_eq!(codes(&check), [(3, Code::RowWidthMismatch)]);
    assert_eq!(check.rows, 3);
}

#[test]
fn names_in_cyrillic_norwegian_and_romanian_letters_are_kept() {
    let cells = |email, extension, first, last| {
        calling_user_with(
            email,
            &[
                (C::Extension, extension),
                (C::FirstName, first),
                (C::LastName, last),
            ],
        )
    };
    let rows = vec![
        cells("a@example.com", "2001", "Анна", "Кузнецова"),
        cells("b@example.com", "2002", "Bjørn", "Ødegård"),
        cells("c@example.com", "2003", "Ștefan", "Țurcanu"),
    ];
    let check = structural(&file(&rows));
    assert_eq!(codes(&check), []);
    let RowAction::Upsert(upsert) = &check.plans[1].action else {
        panic!()
    };
    assert_eq!(upsert.last_name.as_ref().unwrap().as_str(), "Ødegård");
}

#[test]
fn without_the_org_an_extension_wanted_twice_is_still_found() {
    let check = structural(&file(&[
        calling_user("ana@example.com", "1001"),
        calling_user("bo@example.com", "1001"),
    ]));
    assert_eq!(codes(&check), [(2, Code::ExtensionInUse)]);
}

#[test]
fn an_unknown_location_and_an_unknown_user_to_delete_need_the_org() {
    let bytes = file(&[
        calling_user("ana@example.com", "1001").replace("Oslo", "Bergen"),
        delete_row("ghost@example.com"),
    ]);
    assert_eq!(codes(&structural(&bytes)), []);
    let check = with_org(
        &bytes,
        &context(5),
        OrgFacts::default(),
        ImportMode::Default,
    );
    assert_eq!(
        codes(&check),
        [(1, Code::LocationUnknown), (2, Code::UserUnknownForDelete)]
    );
}

#[test]
fn an_extension_another_user_holds_is_in_use_unless_an_earlier_row_frees_it() {
    let facts = OrgFacts {
        users: vec![existing("old@example.com", "1001", &[])],
        ..OrgFacts::default()
    };
    let taken = file(&[calling_user("ana@example.com", "1001")]);
    let check = with_org(&taken, &context(5), facts.clone(), ImportMode::Default);
    assert_eq!(codes(&check), [(1, Code::ExtensionInUse)]);
    let freed_first = file(&[
        delete_row("old@example.com"),
        calling_user("ana@example.com", "1001"),
    ]);
    let check = with_org(&freed_first, &context(5), facts, ImportMode::Default);
    assert_eq!(codes(&check), []);
    assert_eq!(
        (
            check.simulation.preview.add,
            check.simulation.preview.delete
        ),
        (1, 1)
    );
}

#[test]
fn an_extension_or_number_a_workspace_holds_is_never_free_for_a_user() {
    // PMD-8: a workspace's extension and number are the org's like a user's.
    let facts = OrgFacts {
        numbers: vec![FactNumber {
            e164: "+4721000001".into(),
            location: 0,
        }],
        workspace_extensions: vec!["1001".into()],
        workspace_numbers: vec!["+4721000001".into()],
        ..OrgFacts::default()
    };
    let bytes = file(&[
        calling_user("ana@example.com", "1001"),
        calling_user_with("bo@example.com", &[(C::PhoneNumber, "21 00 00 01")]),
    ]);
    let check = with_org(&bytes, &context(5), facts, ImportMode::Default);
    assert_eq!(
        codes(&check),
        [(1, Code::ExtensionInUse), (2, Code::NumberInUse)]
    );
}

#[test]
fn licenses_that_would_run_out_are_refused_on_the_row_that_runs_out() {
    let bytes = file(&[
        calling_user("a@example.com", "1001"),
        calling_user("b@example.com", "1002"),
        calling_user("c@example.com", "1003"),
    ]);
    let check = with_org(
        &bytes,
        &context(2),
        OrgFacts::default(),
        ImportMode::Default,
    );
    assert_eq!(codes(&check), [(3, Code::LicenseExhausted)]);
    assert_eq!(check.findings()[0].detail.as_deref(), Some("calling"));
    assert_eq!(check.findings()[0].column.as_deref(), Some("Webex Calling"));
    let calling = &check.simulation.preview.pools[0];
    assert_eq!(
        (calling.license_key.as_str(), calling.consumed),
        ("calling", 2)
    );
}

#[test]
fn a_package_change_frees_the_old_license_and_takes_the_new_one() {
    let facts = OrgFacts {
        users: vec![existing("ana@example.com", "1001", &[0, 2, 3, 4])],
        ..OrgFacts::default()
    };
    let meetings = calling_user("ana@example.com", "1001").replace(
        ",TRUE,FALSE,FALSE,FALSE,FALSE",
        ",FALSE,FALSE,FALSE,FALSE,TRUE",
    );
    let check = with_org(&file(&[meetings]), &context(0), facts, ImportMode::Default);
    assert_eq!(codes(&check), []);
    assert_eq!(check.simulation.preview.modify, 1);
    let outcome = &check.simulation.outcomes[0];
    assert_eq!(
        (outcome.take.as_slice(), outcome.release.as_slice()),
        (&[1][..], &[0][..])
    );
}

#[test]
fn add_and_remove_services_makes_the_base_license_columns_authoritative() {
    let facts = OrgFacts {
        users: vec![existing("ana@example.com", "1001", &[0, 2, 3, 4])],
        ..OrgFacts::default()
    };
    // Basic Messaging TRUE, the other two blank: both are removed.
    let row = calling_user_with(
        "ana@example.com",
        &[(C::Extension, "1001"), (C::BasicMessaging, "TRUE")],
    );
    let check = with_org(
        &file(std::slice::from_ref(&row)),
        &context(0),
        facts.clone(),
        ImportMode::AddAndRemoveServices,
    );
    assert_eq!(codes(&check), []);
    assert_eq!(check.simulation.outcomes[0].release, [3, 4]);
    let check = with_org(&file(&[row]), &context(0), facts, ImportMode::Default);
    assert_eq!(check.simulation.outcomes[0].release, Vec::<u16>::new());
}

#[test]
fn a_number_must_be_in_the_inventory_of_the_rows_location_and_free() {
    let with_number =
        |email: &str, number: &str| calling_user_with(email, &[(C::PhoneNumber, number)]);
    let facts = OrgFacts {
        users: vec![],
        numbers: vec![FactNumber {
            e164: "+4721000001".into(),
            location: 0,
        }],
        ..OrgFacts::default()
    };
    let bytes = file(&[
        with_number("a@example.com", "21 00 00 01"),
        with_number("b@example.com", "+47 21000001"),
        with_number("c@example.com", "21000002"),
    ]);
    let check = with_org(&bytes, &context(5), facts, ImportMode::Default);
    assert_eq!(
        codes(&check),
        [(2, Code::NumberInUse), (3, Code::NumberUnknown)]
    );
}

#[test]
fn the_keys_sent_for_facts_are_the_files_emails_extensions_and_numbers() {
    let check = structural(&file(&[
        calling_user("ana@example.com", "1001"),
        delete_row("bo@example.com"),
    ]));
    let keys = FileKeys::of(&check.plans);
    assert_eq!(keys.emails, ["ana@example.com", "bo@example.com"]);
    assert_eq!(keys.extensions, ["1001"]);
}

proptest::proptest! {
    #[test]
    fn any_bytes_are_checked_without_panicking(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..2000)) {
        let _ = structural(&bytes);
    }

    #[test]
    fn any_cells_under_the_template_header_are_checked_without_panicking(cells in proptest::collection::vec("[a-zA-Z0-9@.,;\" +\\-\r\n]{0,12}", 18..60)) {
        let mut bytes = file(&[]);
        bytes.extend_from_slice(b"\r\n");
        bytes.extend_from_slice(cells.join(",").as_bytes());
        let check = with_org(&bytes, &context(1), OrgFacts::default(), ImportMode::Default);
        proptest::prop_assert!(check.findings().iter().all(|f| f.row <= check.rows));
    }
}

#[test]
fn the_error_report_keeps_every_row_adds_the_errors_and_imports_back() {
    let bytes = file(&[
        calling_user("ana@example.com", "1001"),
        calling_user("not-an-email", "1002"),
    ]);
    let check = structural(&bytes);
    let report = error_report(&bytes, &check.findings(), |f| f.code.as_str().to_owned()).unwrap();
    let lines: Vec<&str> = report.lines().collect();
    assert!(lines[0].ends_with(",Errors"));
    assert!(
        lines[1].ends_with(','),
        "a sound row has an empty Errors cell"
    );
    assert!(lines[2].ends_with(",User ID/Email (Required): email_invalid"));
    // Fixed in a spreadsheet and uploaded again, the Errors column is ignored.
    let fixed = report.replace("not-an-email", "bo@example.com");
    assert_eq!(codes(&structural(fixed.as_bytes())), []);
}

#[test]
fn an_exported_cell_imports_back_without_its_apostrophe() {
    let number = neutralise_cell("+4721000001");
    assert_eq!(number, "'+4721000001");
    assert_eq!(read_cell(&number), "+4721000001");
    assert_eq!(read_cell("'quoted"), "'quoted");
}

#[test]
fn an_export_imports_back_as_the_same_users_with_its_numbers_unharmed() {
    let export = write_export([ExportUser {
        email: "ana@example.com".into(),
        first_name: Some("=cmd|' /C calc'!A0".into()),
        display_name: "Ana".into(),
        extension: Some("1001".into()),
        phone_number: Some("+4721000001".into()),
        location: Some("Oslo".into()),
        preferred_site: Some("acme".into()),
        package_key: "webex_calling".into(),
        services: [true, false, true],
        ..ExportUser::default()
    }]);
    let lines: Vec<&str> = export.lines().collect();
    assert_eq!(lines[0], template_header());
    assert!(
        lines[1].contains(",'=cmd|"),
        "a formula is neutralised: {}",
        lines[1]
    );
    assert!(lines[1].contains(",'+4721000001,"));
    let facts = OrgFacts {
        users: vec![FactUser {
            email: "ana@example.com".into(),
            extension: Some("1001".into()),
            number: Some("+4721000001".into()),
            holdings: vec![0, 2, 4],
            webex_go: false,
        }],
        numbers: vec![FactNumber {
            e164: "+4721000001".into(),
            location: 0,
        }],
        ..OrgFacts::default()
    };
    let check = with_org(
        export.as_bytes(),
        &context(0),
        facts,
        ImportMode::AddAndRemoveServices,
    );
    assert_eq!(codes(&check), []);
    let outcome = &check.simulation.outcomes[0];
    assert_eq!(outcome.kind, RowKind::Modify);
    assert!(
        outcome.take.is_empty() && outcome.release.is_empty(),
        "{outcome:?}"
    );
    let RowAction::Upsert(upsert) = &check.plans[0].action else {
        panic!()
    };
    assert_eq!(
        upsert.first_name.as_ref().unwrap().as_str(),
        "=cmd|' /C calc'!A0"
    );
}
