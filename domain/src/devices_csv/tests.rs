//! The devices CSV (GO-7 … GO-9): the template, reading, the rules of a
//! row on its own and against the org's facts.

use proptest::prelude::*;

use super::*;
use crate::{Country, Email, PhoneNumber};

const SEED_SUBSCRIPTION: &str = "1b7da88e-7665-4713-b8fe-c4662e78d2c0";
const OTHER_SUBSCRIPTION: &str = "5e0c1f7a-2b1d-4c59-9a6e-0d3f1e2a7b44";
const SEED_HEADER: &str = "Username,Type,Extension,Phone Number,Device Type,Model,MAC Address,Location,Webex Go [Sub. 1b7da88e-7665-4713-b8fe-c4662e78d2c0]";
const SEED_ROW: &str =
    "archer@farms.com,USER,1003,231-456-9000,WEBEX_CALLING,Webex Go Device,,Dallas,TRUE";

/// A file of the seed's header and `rows`, CRLF-separated.
fn file(rows: &[&str]) -> Vec<u8> {
    with_header(SEED_HEADER, rows)
}

fn with_header(header: &str, rows: &[&str]) -> Vec<u8> {
    let mut text = header.to_owned();
    for row in rows {
        text.push_str("\r\n");
        text.push_str(row);
    }
    text.push_str("\r\n");
    text.into_bytes()
}

/// A Webex Go row of the seed's header for `username`, with its phone
/// number, extension and location.
fn go_row(username: &str, extension: &str, number: &str, location: &str) -> String {
    format!("{username},USER,{extension},{number},WEBEX_CALLING,Webex Go Device,,{location},TRUE")
}

/// A user eligible for Webex Go at Dallas (US), with extension and number.
fn user(email: &str, extension: Option<&str>, number: Option<&str>) -> UserFacts {
    UserFacts {
        email: email.into(),
        license_keys: vec!["calling_professional".into(), "basic_messaging".into()],
        location_name: Some("Dallas".into()),
        location_country: Some(Country::US),
        extension: extension.map(Into::into),
        primary_number: number.map(Into::into),
        has_webex_go: false,
    }
}

fn number(e164: &str, location: &str, taken_by: Option<&str>) -> NumberFacts {
    NumberFacts {
        e164: e164.into(),
        location_name: location.into(),
        taken_by: taken_by.map(Into::into),
    }
}

/// The seed's org: archer@farms.com as GO-8's example row describes him,
/// one Webex Go license left in the seed's subscription.
fn seed_facts() -> DeviceImportFacts {
    DeviceImportFacts {
        subscriptions: vec![GoSubscription {
            id: SEED_SUBSCRIPTION.into(),
            available: 1,
        }],
        users: vec![user("archer@farms.com", Some("1003"), Some("+12314569000"))],
        numbers: vec![number("+12314569000", "Dallas", Some("archer@farms.com"))],
    }
}

/// Facts with `users`, free numbers +1 231-456-9001 … 9009 at Dallas, one
/// at Austin, and `available` licenses in the seed's subscription.
fn facts(users: Vec<UserFacts>, available: i64) -> DeviceImportFacts {
    let mut numbers: Vec<NumberFacts> = (1..10)
        .map(|i| number(&format!("+1231456900{i}"), "Dallas", None))
        .collect();
    numbers.push(number("+15125550100", "Austin", None));
    DeviceImportFacts {
        subscriptions: vec![GoSubscription {
            id: SEED_SUBSCRIPTION.into(),
            available,
        }],
        users,
        numbers,
    }
}

fn codes(check: &DeviceFileCheck) -> Vec<(u32, Code)> {
    check.findings().iter().map(|f| (f.row, f.code)).collect()
}

fn columns(check: &DeviceFileCheck) -> Vec<Option<String>> {
    check.findings().into_iter().map(|f| f.column).collect()
}

fn structural(rows: &[&str]) -> DeviceFileCheck {
    check_devices_file(&file(rows), None)
}

fn against(rows: &[&str], facts: &DeviceImportFacts) -> DeviceFileCheck {
    check_devices_file(&file(rows), Some(facts))
}

// --- the template (GO-7, GO-8) ------------------------------------------

#[test]
fn the_template_lists_the_fixed_columns_in_order_then_one_webex_go_column_per_subscription() {
    assert_eq!(
        template_headers(&[SEED_SUBSCRIPTION]).join(","),
        SEED_HEADER
    );
    let two = template_headers(&[SEED_SUBSCRIPTION, OTHER_SUBSCRIPTION]);
    assert_eq!(two.len(), 10);
    assert_eq!(two[8], format!("Webex Go [Sub. {SEED_SUBSCRIPTION}]"));
    assert_eq!(two[9], format!("Webex Go [Sub. {OTHER_SUBSCRIPTION}]"));
    assert_eq!(template_headers(&[]).len(), 8);
}

#[test]
fn the_template_file_is_its_header_line_ended_by_crlf() {
    assert_eq!(
        template_csv(&[SEED_SUBSCRIPTION]),
        format!("{SEED_HEADER}\r\n")
    );
}

#[test]
fn the_template_read_back_has_no_rows_and_no_findings() {
    let check = check_devices_file(template_csv(&[SEED_SUBSCRIPTION]).as_bytes(), None);
    assert_eq!(codes(&check), []);
    assert_eq!(check.rows, 0);
    assert_eq!(check.webex_go_columns, [SEED_SUBSCRIPTION]);
}

#[test]
fn a_webex_go_header_names_its_subscription_in_any_case_with_or_without_the_space() {
    assert_eq!(
        webex_go_subscription_of(" webex go [SUB. abc-1] "),
        Some("abc-1")
    );
    assert_eq!(
        webex_go_subscription_of("Webex Go [Sub.abc-1]"),
        Some("abc-1")
    );
    for not_one in [
        "Webex Go",
        "Webex Go [Sub. ]",
        "Webex Go [Sub. abc",
        "Webex Gø [Sub. a]",
    ] {
        assert_eq!(webex_go_subscription_of(not_one), None, "{not_one:?}");
    }
}

// --- the seed (GO-8) -----------------------------------------------------

#[test]
fn the_seeds_example_row_passes_and_plans_a_line_from_the_seeds_subscription() {
    let check = against(&[SEED_ROW], &seed_facts());
    assert_eq!(codes(&check), []);
    assert_eq!(
        check.plans(),
        [DevicePlan {
            row: 1,
            email: Email::parse("archer@farms.com").unwrap(),
            subscription_id: SEED_SUBSCRIPTION.into(),
            assign_number: None,
        }]
    );
    assert_eq!(
        check.summary(),
        DeviceCheckSummary {
            rows: 1,
            valid_rows: 1,
            errors: 0,
            warnings: 0
        }
    );
}

#[test]
fn the_seeds_example_row_passes_the_files_own_rules_and_names_its_keys() {
    let check = structural(&[SEED_ROW]);
    assert_eq!(codes(&check), []);
    assert_eq!(check.summary().valid_rows, 1);
    assert!(check.plans().is_empty(), "no plan without the org's facts");
    let row = &check.rows_read[0];
    assert_eq!(row.webex_go_column, 0);
    assert_eq!(row.model, DeviceModel::WebexGo);
    assert_eq!(
        row.phone_number,
        NumberCell::National("231-456-9000".into())
    );
    assert_eq!(
        check.keys(),
        DeviceFileKeys {
            usernames: vec!["archer@farms.com".into()],
            numbers: vec!["+12314569000".into()],
        }
    );
}

#[test]
fn facts_travel_as_json_and_back() {
    let facts = seed_facts();
    let json = serde_json::to_string(&facts).unwrap();
    assert!(json.contains("\"location_country\":\"US\""), "{json}");
    let back: DeviceImportFacts = serde_json::from_str(&json).unwrap();
    assert_eq!(back, facts);
    let sparse: UserFacts = serde_json::from_str(r#"{"email":"a@b.com"}"#).unwrap();
    assert!(!sparse.has_webex_go && sparse.license_keys.is_empty());
}

// --- reading --------------------------------------------------------------

#[test]
fn a_semicolon_file_as_excel_saves_it_is_read() {
    let text = String::from_utf8(file(&[SEED_ROW]))
        .unwrap()
        .replace(',', ";");
    let check = check_devices_file(text.as_bytes(), Some(&seed_facts()));
    assert_eq!(codes(&check), []);
    assert_eq!(check.plans().len(), 1);
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(file(&[SEED_ROW]));
    let check = check_devices_file(&bytes, Some(&seed_facts()));
    assert_eq!(codes(&check), []);
    assert_eq!(check.plans().len(), 1);
}

#[test]
fn quoted_cells_and_lf_line_ends_are_read() {
    let text = format!(
        "{SEED_HEADER}\n\"archer@farms.com\",USER,1003,\"231-456-9000\",WEBEX_CALLING,\"Webex Go Device\",,\"Dallas\",TRUE\n"
    );
    let check = check_devices_file(text.as_bytes(), Some(&seed_facts()));
    assert_eq!(codes(&check), []);
}

#[test]
fn headers_match_in_any_case_and_order() {
    let header = "WEBEX GO [SUB. 1b7da88e-7665-4713-b8fe-c4662e78d2c0],location,mac address,model,device type,phone number,extension,type,USERNAME";
    let row = "TRUE,Dallas,,Webex Go Device,WEBEX_CALLING,231-456-9000,1003,USER,archer@farms.com";
    let check = check_devices_file(&with_header(header, &[row]), Some(&seed_facts()));
    assert_eq!(codes(&check), []);
    assert_eq!(check.plans()[0].subscription_id, SEED_SUBSCRIPTION);
}

#[test]
fn a_latin_1_file_is_not_utf8_on_its_row() {
    let mut bytes = file(&[SEED_ROW]);
    bytes.extend_from_slice(b"j\xf8rn@farms.com,USER,,,WEBEX_CALLING,Webex Go Device,,,TRUE\r\n");
    assert_eq!(
        codes(&check_devices_file(&bytes, None)),
        [(2, Code::NotUtf8)]
    );
}

#[test]
fn an_empty_file_is_empty() {
    for empty in [&b""[..], b" \r\n", "\u{feff}".as_bytes()] {
        assert_eq!(
            codes(&check_devices_file(empty, None)),
            [(0, Code::FileEmpty)]
        );
    }
}

#[test]
fn one_row_more_than_the_limit_refuses_the_file() {
    let mut text = SEED_HEADER.to_owned();
    text.push_str(&"\n,,,,,,,,".repeat(MAX_DATA_ROWS));
    assert_eq!(
        check_devices_file(text.as_bytes(), None).rows as usize,
        MAX_DATA_ROWS
    );
    text.push_str("\n,,,,,,,,");
    assert_eq!(
        codes(&check_devices_file(text.as_bytes(), None)),
        [(MAX_DATA_ROWS as u32 + 1, Code::TooManyRows)]
    );
}

#[test]
fn a_file_larger_than_the_limit_is_refused() {
    let bytes = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(
        codes(&check_devices_file(&bytes, None)),
        [(0, Code::FileTooLarge)]
    );
}

#[test]
fn a_row_of_another_width_is_refused_and_blank_rows_are_skipped() {
    let check = structural(&[
        "archer@farms.com,USER",
        ",,,,,,,,",
        SEED_ROW.replace("archer", "bo").as_str(),
    ]);
    assert_eq!(codes(&check), [(1, Code::RowWidthMismatch)]);
    assert_eq!(check.rows, 3);
    assert_eq!(check.rows_read.len(), 1);
    assert_eq!(check.rows_read[0].row, 3);
}

// --- the header -----------------------------------------------------------

#[test]
fn a_missing_fixed_column_is_named() {
    let header = SEED_HEADER.replace("MAC Address,", "");
    let findings = check_devices_file(&with_header(&header, &[]), None).findings();
    assert_eq!(
        findings,
        [Finding::error(
            0,
            Some("MAC Address".into()),
            Code::HeaderMissingColumn
        )]
    );
}

#[test]
fn an_unknown_column_is_refused_by_its_header() {
    let header = format!("{SEED_HEADER},Notes");
    let check = check_devices_file(&with_header(&header, &[]), None);
    assert_eq!(codes(&check), [(0, Code::HeaderUnknownColumn)]);
    assert_eq!(columns(&check), [Some("Notes".to_owned())]);
}

#[test]
fn a_repeated_column_or_subscription_is_refused() {
    let header = format!(
        "{SEED_HEADER},model,Webex Go [Sub. {}]",
        SEED_SUBSCRIPTION.to_uppercase()
    );
    let check = check_devices_file(&with_header(&header, &[]), None);
    assert_eq!(
        codes(&check),
        [
            (0, Code::HeaderDuplicateColumn),
            (0, Code::HeaderDuplicateColumn)
        ]
    );
}

#[test]
fn a_file_without_a_webex_go_column_is_refused() {
    let header = template_headers(&[]).join(",");
    let check = check_devices_file(&with_header(&header, &[]), None);
    assert_eq!(
        check.findings(),
        [Finding::error(0, None, Code::WebexGoColumnMissing)]
    );
}

#[test]
fn an_error_report_column_is_ignored() {
    let header = format!("{SEED_HEADER},Errors");
    let check = check_devices_file(
        &with_header(&header, &[&format!("{SEED_ROW},")]),
        Some(&seed_facts()),
    );
    assert_eq!(codes(&check), []);
}

// --- a row on its own -----------------------------------------------------

#[test]
fn a_blank_username_is_missing_and_a_malformed_one_invalid() {
    let check = structural(&[&go_row("", "", "", ""), &go_row("not-an-email", "", "", "")]);
    assert_eq!(
        codes(&check),
        [(1, Code::EmailMissing), (2, Code::EmailInvalid)]
    );
    assert_eq!(columns(&check)[0].as_deref(), Some("Username"));
}

#[test]
fn a_username_repeated_in_any_case_is_refused_on_the_later_row() {
    let check = structural(&[
        &go_row("Archer@Farms.com", "", "", ""),
        &go_row("archer@farms.COM", "", "", ""),
    ]);
    assert_eq!(codes(&check), [(2, Code::EmailDuplicateInFile)]);
    assert_eq!(check.rows_read.len(), 1);
}

#[test]
fn the_type_must_be_user_in_any_case() {
    let lower = SEED_ROW.replace(",USER,", ",user,");
    let place = SEED_ROW.replace(",USER,", ",PLACE,");
    let blank = SEED_ROW.replace(",USER,", ",,").replace("archer", "bo");
    let check = structural(&[&lower, &place.replace("archer", "cy"), &blank]);
    assert_eq!(
        codes(&check),
        [(2, Code::TypeInvalid), (3, Code::TypeInvalid)]
    );
    assert_eq!(columns(&check)[0].as_deref(), Some("Type"));
}

#[test]
fn the_device_type_must_be_webex_calling() {
    let check = structural(&[&SEED_ROW.replace("WEBEX_CALLING", "SIP")]);
    assert_eq!(codes(&check), [(1, Code::DeviceTypeInvalid)]);
    assert_eq!(columns(&check)[0].as_deref(), Some("Device Type"));
}

#[test]
fn only_the_webex_go_model_is_known_trimmed_and_in_any_case() {
    let shouted = SEED_ROW.replace("Webex Go Device", "  WEBEX GO DEVICE ");
    let phone = SEED_ROW
        .replace("Webex Go Device", "Cisco 8845")
        .replace("archer", "bo");
    let check = structural(&[&shouted, &phone]);
    assert_eq!(codes(&check), [(2, Code::ModelUnknown)]);
    assert_eq!(columns(&check)[0].as_deref(), Some("Model"));
    assert_eq!(
        DeviceModel::parse("webex go device"),
        Ok(DeviceModel::WebexGo)
    );
    assert_eq!(DeviceModel::WebexGo.to_string(), "Webex Go Device");
}

#[test]
fn a_webex_go_line_has_no_mac_address() {
    let check =
        structural(&[&SEED_ROW.replace("Device,,Dallas", "Device,00:1A:2B:3C:4D:5E,Dallas")]);
    assert_eq!(codes(&check), [(1, Code::MacNotAllowed)]);
    assert_eq!(columns(&check)[0].as_deref(), Some("MAC Address"));
}

#[test]
fn a_webex_go_cell_that_is_not_true_or_false_is_invalid() {
    let check = structural(&[&SEED_ROW.replace(",TRUE", ",yes")]);
    assert_eq!(codes(&check), [(1, Code::BooleanInvalid)]);
    assert_eq!(
        columns(&check)[0],
        Some(format!("Webex Go [Sub. {SEED_SUBSCRIPTION}]"))
    );
}

#[test]
fn a_row_without_a_true_webex_go_column_says_the_column_is_missing() {
    let check = structural(&[
        &SEED_ROW.replace(",TRUE", ",FALSE"),
        &SEED_ROW.replace(",TRUE", ",").replace("archer", "bo"),
    ]);
    assert_eq!(
        codes(&check),
        [
            (1, Code::WebexGoColumnMissing),
            (2, Code::WebexGoColumnMissing)
        ]
    );
    assert_eq!(
        columns(&check)[0],
        Some(format!("Webex Go [Sub. {SEED_SUBSCRIPTION}]"))
    );
}

#[test]
fn two_true_webex_go_columns_are_refused_on_the_second() {
    let header = template_headers(&[SEED_SUBSCRIPTION, OTHER_SUBSCRIPTION]).join(",");
    let two = format!("{SEED_ROW},true");
    let second = format!(
        "{},True",
        SEED_ROW.replace(",TRUE", ",false").replace("archer", "bo")
    );
    let blank_first = format!(
        "{},TRUE",
        SEED_ROW.replace(",TRUE", ",").replace("archer", "cy")
    );
    let check = check_devices_file(&with_header(&header, &[&two, &second, &blank_first]), None);
    assert_eq!(codes(&check), [(1, Code::WebexGoSubscriptionMultiple)]);
    assert_eq!(
        columns(&check)[0],
        Some(format!("Webex Go [Sub. {OTHER_SUBSCRIPTION}]"))
    );
    let chosen: Vec<usize> = check.rows_read.iter().map(|r| r.webex_go_column).collect();
    assert_eq!(chosen, [1, 1]);
}

#[test]
fn an_extension_when_given_must_be_valid() {
    let check = structural(&[
        &go_row("a@farms.com", "12a", "", ""),
        &go_row("b@farms.com", "", "", ""),
    ]);
    assert_eq!(codes(&check), [(1, Code::ExtensionInvalid)]);
    assert_eq!(check.rows_read[0].extension, None);
}

#[test]
fn a_number_is_invalid_on_its_own_when_international_and_in_the_users_country_when_national() {
    let check = structural(&[
        &go_row("a@farms.com", "", "+1 231 x", ""),
        &go_row("b@farms.com", "", "+1234", ""),
        &go_row("c@farms.com", "", "123", ""),
    ]);
    assert_eq!(
        codes(&check),
        [(1, Code::PhoneNumberInvalid), (2, Code::PhoneNumberInvalid)]
    );
    let check = against(
        &[&go_row("c@farms.com", "", "123", "")],
        &facts(vec![user("c@farms.com", None, None)], 1),
    );
    assert_eq!(codes(&check), [(1, Code::PhoneNumberInvalid)]);
    assert_eq!(columns(&check)[0].as_deref(), Some("Phone Number"));
}

// --- against the org (GO-1, GO-3, GO-4) -----------------------------------

#[test]
fn an_unknown_username_is_refused() {
    let check = against(&[&go_row("ghost@farms.com", "", "", "")], &seed_facts());
    assert_eq!(codes(&check), [(1, Code::UsernameUnknown)]);
    assert_eq!(columns(&check)[0].as_deref(), Some("Username"));
    assert_eq!(check.summary().valid_rows, 0);
}

#[test]
fn a_username_is_found_whatever_the_case_of_the_facts() {
    let mut facts = seed_facts();
    facts.users[0].email = "Archer@Farms.COM".into();
    assert_eq!(codes(&against(&[SEED_ROW], &facts)), []);
}

#[test]
fn a_column_for_a_subscription_the_org_has_not_is_refused_with_its_rows() {
    let header = template_headers(&[SEED_SUBSCRIPTION, OTHER_SUBSCRIPTION]).join(",");
    let chooses_other = format!("{},TRUE", SEED_ROW.replace(",TRUE", ",FALSE"));
    let check = check_devices_file(
        &with_header(&header, &[&chooses_other]),
        Some(&seed_facts()),
    );
    assert_eq!(
        codes(&check),
        [
            (0, Code::WebexGoSubscriptionUnknown),
            (1, Code::WebexGoSubscriptionUnknown)
        ]
    );
    let other = Some(format!("Webex Go [Sub. {OTHER_SUBSCRIPTION}]"));
    assert_eq!(columns(&check), [other.clone(), other]);
    assert!(check.plans().is_empty());
}

#[test]
fn a_user_without_calling_professional_is_not_eligible() {
    let mut facts = seed_facts();
    facts.users[0].license_keys = vec!["calling_standard".into()];
    let check = against(&[SEED_ROW], &facts);
    assert_eq!(codes(&check), [(1, Code::NotCallingProfessional)]);
    assert_eq!(columns(&check)[0].as_deref(), Some("Username"));
}

#[test]
fn a_user_outside_the_us_and_the_uk_is_not_eligible() {
    let mut facts = seed_facts();
    facts.users[0].location_country = Some(Country::CA);
    let check = against(&[SEED_ROW], &facts);
    assert_eq!(codes(&check), [(1, Code::LocationNotEligible)]);
    assert_eq!(columns(&check)[0].as_deref(), Some("Location"));
}

#[test]
fn a_user_lacking_both_conditions_hears_of_both() {
    let mut facts = seed_facts();
    facts.users[0].license_keys.clear();
    facts.users[0].location_country = None;
    facts.users[0].location_name = None;
    let check = against(&[&go_row("archer@farms.com", "", "", "")], &facts);
    assert_eq!(
        codes(&check),
        [
            (1, Code::NotCallingProfessional),
            (1, Code::LocationNotEligible)
        ]
    );
}

#[test]
fn a_user_in_the_uk_is_eligible_and_its_national_number_is_read_as_british() {
    let london = UserFacts {
        location_name: Some("London".into()),
        location_country: Some(Country::GB),
        ..user("harriet@farms.com", None, None)
    };
    let facts = DeviceImportFacts {
        numbers: vec![number("+442079460000", "london", None)],
        ..facts(vec![london], 1)
    };
    let rows = [go_row("harriet@farms.com", "", "020 7946 0000", "LONDON")];
    let check = against(&[&rows[0]], &facts);
    assert_eq!(codes(&check), []);
    assert_eq!(
        check.plans()[0].assign_number.as_ref().map(|n| n.as_e164()),
        Some("+442079460000")
    );
    assert!(check.keys().numbers.contains(&"+442079460000".to_owned()));
}

#[test]
fn a_user_who_has_a_webex_go_line_gets_no_second() {
    let mut facts = seed_facts();
    facts.users[0].has_webex_go = true;
    assert_eq!(
        codes(&against(&[SEED_ROW], &facts)),
        [(1, Code::WebexGoLineExists)]
    );
}

#[test]
fn a_location_when_given_must_be_the_users_in_any_case() {
    let facts = seed_facts();
    assert_eq!(
        codes(&against(&[&SEED_ROW.replace("Dallas", "DALLAS")], &facts)),
        []
    );
    let check = against(&[&SEED_ROW.replace("Dallas", "Austin")], &facts);
    assert_eq!(codes(&check), [(1, Code::LocationMismatch)]);
    assert_eq!(columns(&check)[0].as_deref(), Some("Location"));
    assert_eq!(
        codes(&against(&[&SEED_ROW.replace("Dallas", "")], &facts)),
        []
    );
}

#[test]
fn an_extension_when_given_must_be_the_users() {
    let facts = seed_facts();
    let check = against(&[&SEED_ROW.replace(",1003,", ",1004,")], &facts);
    assert_eq!(codes(&check), [(1, Code::ExtensionMismatch)]);
    assert_eq!(columns(&check)[0].as_deref(), Some("Extension"));
    assert_eq!(
        codes(&against(&[&SEED_ROW.replace(",1003,", ",,")], &facts)),
        []
    );
}

#[test]
fn a_user_with_a_primary_number_keeps_it_and_the_cell_may_only_repeat_it() {
    let facts = seed_facts();
    for same in [",231-456-9000,", ",+1 (231) 456-9000,", ",,"] {
        let check = against(&[&SEED_ROW.replace(",231-456-9000,", same)], &facts);
        assert_eq!(codes(&check), [], "{same}");
        assert_eq!(check.plans()[0].assign_number, None);
    }
    let check = against(&[&SEED_ROW.replace("9000", "9001")], &facts);
    assert_eq!(codes(&check), [(1, Code::NumberMismatch)]);
    assert_eq!(columns(&check)[0].as_deref(), Some("Phone Number"));
}

#[test]
fn a_user_without_a_number_must_be_given_one() {
    let facts = facts(vec![user("ana@farms.com", None, None)], 1);
    let check = against(&[&go_row("ana@farms.com", "", "", "")], &facts);
    assert_eq!(codes(&check), [(1, Code::PhoneNumberMissing)]);
    assert_eq!(columns(&check)[0].as_deref(), Some("Phone Number"));
}

#[test]
fn a_user_without_a_number_gets_a_free_one_of_its_location() {
    let facts = facts(vec![user("ana@farms.com", None, None)], 1);
    let check = against(
        &[&go_row("ana@farms.com", "", "(231) 456-9001", "")],
        &facts,
    );
    assert_eq!(codes(&check), []);
    assert_eq!(
        check.plans()[0].assign_number,
        Some(PhoneNumber::parse("+12314569001", None).unwrap())
    );
}

#[test]
fn a_number_outside_the_inventory_is_unknown() {
    let facts = facts(vec![user("ana@farms.com", None, None)], 1);
    let check = against(&[&go_row("ana@farms.com", "", "231-456-9999", "")], &facts);
    assert_eq!(codes(&check), [(1, Code::NumberUnknown)]);
}

#[test]
fn a_number_of_another_location_is_refused() {
    let facts = facts(vec![user("ana@farms.com", None, None)], 1);
    let check = against(
        &[&go_row("ana@farms.com", "", "+1 512 555 0100", "")],
        &facts,
    );
    assert_eq!(codes(&check), [(1, Code::NumberOtherLocation)]);
}

#[test]
fn a_number_another_user_holds_is_in_use() {
    let mut facts = facts(vec![user("ana@farms.com", None, None)], 1);
    facts.numbers[0].taken_by = Some("bo@farms.com".into());
    let check = against(&[&go_row("ana@farms.com", "", "231-456-9001", "")], &facts);
    assert_eq!(codes(&check), [(1, Code::NumberInUse)]);
}

#[test]
fn a_number_claimed_twice_in_a_file_is_in_use_on_the_later_row() {
    let facts = facts(
        vec![
            user("ana@farms.com", None, None),
            user("bo@farms.com", None, None),
        ],
        5,
    );
    let check = against(
        &[
            &go_row("ana@farms.com", "", "231-456-9001", ""),
            &go_row("bo@farms.com", "", "+12314569001", ""),
        ],
        &facts,
    );
    assert_eq!(codes(&check), [(2, Code::NumberInUse)]);
    assert_eq!(check.plans().len(), 1);
}

#[test]
fn a_refused_row_claims_no_number() {
    let mut refused = user("ana@farms.com", None, None);
    refused.has_webex_go = true;
    let facts = facts(vec![refused, user("bo@farms.com", None, None)], 5);
    let check = against(
        &[
            &go_row("ana@farms.com", "", "231-456-9001", ""),
            &go_row("bo@farms.com", "", "231-456-9001", ""),
        ],
        &facts,
    );
    assert_eq!(codes(&check), [(1, Code::WebexGoLineExists)]);
    assert_eq!(check.plans()[0].row, 2);
}

#[test]
fn licenses_run_out_in_file_order_and_refused_rows_take_none() {
    let users: Vec<UserFacts> = ["a", "b", "c", "d"]
        .iter()
        .map(|name| user(&format!("{name}@farms.com"), None, Some("+12314569000")))
        .collect();
    let mut facts = facts(users, 2);
    facts.users[0].has_webex_go = true;
    let check = against(
        &[
            &go_row("a@farms.com", "", "", ""),
            &go_row("b@farms.com", "", "", ""),
            &go_row("c@farms.com", "", "", ""),
            &go_row("d@farms.com", "", "", ""),
        ],
        &facts,
    );
    assert_eq!(
        codes(&check),
        [
            (1, Code::WebexGoLineExists),
            (4, Code::WebexGoLicenseExhausted)
        ]
    );
    let planned: Vec<u32> = check.plans().iter().map(|p| p.row).collect();
    assert_eq!(planned, [2, 3]);
    let exhausted = &check.findings()[1];
    assert_eq!(exhausted.detail.as_deref(), Some(SEED_SUBSCRIPTION));
    assert_eq!(
        exhausted.column,
        Some(format!("Webex Go [Sub. {SEED_SUBSCRIPTION}]"))
    );
    assert_eq!(
        check.summary(),
        DeviceCheckSummary {
            rows: 4,
            valid_rows: 2,
            errors: 2,
            warnings: 0
        }
    );
}

#[test]
fn each_subscription_counts_its_own_licenses() {
    let header = template_headers(&[SEED_SUBSCRIPTION, OTHER_SUBSCRIPTION]).join(",");
    let users: Vec<UserFacts> = ["a", "b", "c"]
        .iter()
        .map(|name| user(&format!("{name}@farms.com"), None, Some("+12314569000")))
        .collect();
    let mut facts = facts(users, 1);
    facts.subscriptions.push(GoSubscription {
        id: OTHER_SUBSCRIPTION.to_uppercase(),
        available: 1,
    });
    let first = |name: &str| format!("{},FALSE", go_row(name, "", "", ""));
    let second = |name: &str| {
        format!(
            "{},TRUE",
            go_row(name, "", "", "").replace(",TRUE", ",FALSE")
        )
    };
    let check = check_devices_file(
        &with_header(
            &header,
            &[
                &first("a@farms.com"),
                &second("b@farms.com"),
                &second("c@farms.com"),
            ],
        ),
        Some(&facts),
    );
    assert_eq!(codes(&check), [(3, Code::WebexGoLicenseExhausted)]);
    let chosen: Vec<&str> = check
        .plans()
        .iter()
        .map(|p| p.subscription_id.as_str())
        .collect();
    assert_eq!(
        chosen,
        [
            SEED_SUBSCRIPTION.to_owned(),
            OTHER_SUBSCRIPTION.to_uppercase()
        ]
    );
}

#[test]
fn keys_list_each_username_and_every_reading_of_a_national_number() {
    let check = structural(&[
        &go_row("Ana@Farms.com", "", "020 7946 0000", ""),
        &go_row("bo@farms.com", "", "+47 412 34 567", ""),
        &go_row("cy@farms.com", "", "", ""),
    ]);
    let keys = check.keys();
    assert_eq!(
        keys.usernames,
        ["ana@farms.com", "bo@farms.com", "cy@farms.com"]
    );
    assert!(
        keys.numbers.contains(&"+442079460000".to_owned()),
        "{keys:?}"
    );
    assert!(keys.numbers.contains(&"+4741234567".to_owned()), "{keys:?}");
    assert!(keys.numbers.windows(2).all(|w| w[0] < w[1]));
}

// --- never a panic ------------------------------------------------------------

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("TRUE".to_owned()),
        Just("false".to_owned()),
        Just("USER".to_owned()),
        Just("WEBEX_CALLING".to_owned()),
        Just("Webex Go Device".to_owned()),
        Just("archer@farms.com".to_owned()),
        Just("231-456-9000".to_owned()),
        Just("+12314569001".to_owned()),
        Just("Dallas".to_owned()),
        Just("1003".to_owned()),
        "[a-zA-Z0-9@.+()\\- ]{0,12}",
        ".{0,8}",
    ]
}

fn any_facts() -> impl Strategy<Value = DeviceImportFacts> {
    (
        0i64..3,
        proptest::collection::vec(
            (
                prop_oneof![
                    Just("archer@farms.com"),
                    Just("ana@farms.com"),
                    Just("ARCHER@farms.com")
                ],
                any::<bool>(),
                any::<bool>(),
                proptest::option::of(Just("+12314569000")),
            ),
            0..4,
        ),
    )
        .prop_map(|(available, users)| {
            let users = users
                .into_iter()
                .map(|(email, professional, go, number)| UserFacts {
                    license_keys: if professional {
                        vec!["calling_professional".into()]
                    } else {
                        Vec::new()
                    },
                    has_webex_go: go,
                    ..user(email, Some("1003"), number)
                })
                .collect();
            facts(users, available)
        })
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let check = check_devices_file(&bytes, Some(&seed_facts()));
        let summary = check.summary();
        prop_assert!(summary.valid_rows <= summary.rows);
    }

    #[test]
    fn arbitrary_rows_under_a_sound_header_never_panic_and_plan_only_clean_rows(
        rows in proptest::collection::vec(proptest::collection::vec(cell(), 0..11), 0..8),
        facts in any_facts(),
        semicolons in any::<bool>(),
    ) {
        let separator = if semicolons { ";" } else { "," };
        let lines: Vec<String> = rows.iter().map(|cells| {
            cells.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect::<Vec<_>>().join(separator)
        }).collect();
        let header = SEED_HEADER.replace(',', separator);
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let check = check_devices_file(&with_header(&header, &lines), Some(&facts));
        let findings = check.findings();
        for plan in check.plans() {
            prop_assert!(findings.iter().all(|f| f.row != plan.row));
        }
        let planned = check.plans().len() as i64;
        prop_assert!(planned <= facts.subscriptions[0].available.max(0));
    }
}
