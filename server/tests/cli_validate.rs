//! `switchboard validate users FILE` (SPEC 5.1), run as the built binary:
//! its output, its exit status and the files admins really save.
use std::process::{Command, Output};

use domain::users_csv::template_header;
use serde_json::Value;

/// A Webex Meetings user with every required cell: a valid row.
const ANA: &str = "ana@example.com,Ana,,,,,,FALSE,FALSE,acme,FALSE,FALSE,FALSE,FALSE,TRUE,,,";
/// Like [`ANA`], with its email and its Jabber Calling cell wrong.
const BAD_EMAIL_NO_JABBER: &str =
    "not-an-email,Bob,,,,,,,FALSE,acme,FALSE,FALSE,FALSE,FALSE,TRUE,,,";

/// A users CSV: the template's header, then `rows`, CRLF-separated.
fn users_csv(rows: &[&str]) -> Vec<u8> {
    let mut text = template_header();
    for row in rows {
        text.push_str("\r\n");
        text.push_str(row);
    }
    text.push_str("\r\n");
    text.into_bytes()
}

/// Writes `bytes` to a temporary file and runs `switchboard validate users`
/// on it with `extra` arguments.
fn validate(bytes: &[u8], extra: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("users.csv");
    std::fs::write(&path, bytes).unwrap();
    run(&[&["validate", "users", path.to_str().unwrap()], extra].concat())
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_switchboard"))
        // An engineer's or CI's environment must not change the result.
        .env_remove("DATABASE_URL")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!("not JSON ({error}): {}", stdout(output));
    })
}

/// `(row, column, code, severity)` of every finding.
fn findings(report: &Value) -> Vec<(u64, Option<&str>, &str, &str)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["row"].as_u64().unwrap(),
                f["column"].as_str(),
                f["code"].as_str().unwrap(),
                f["severity"].as_str().unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_valid_file_exits_0_with_its_summary() {
    let output = validate(&users_csv(&[ANA]), &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let text = stdout(&output);
    assert!(text.contains("1 row, 0 errors, 0 warnings"), "{text}");
    assert!(
        text.contains("skipped (need --database-url and --org): location names"),
        "{text}"
    );
}

#[test]
fn errors_exit_1_and_json_names_each_row_column_and_code() {
    let output = validate(
        &users_csv(&[ANA, BAD_EMAIL_NO_JABBER]),
        &["--format", "json"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let report = json(&output);
    assert_eq!(report["rows"], 2);
    assert_eq!(report["errors"], 2);
    assert_eq!(report["warnings"], 0);
    assert_eq!(
        findings(&report),
        [
            (
                2,
                Some("User ID/Email (Required)"),
                "email_invalid",
                "error"
            ),
            (2, Some("Jabber Calling"), "jabber_calling_missing", "error"),
        ]
    );
    let message = report["findings"][0]["message"].as_str().unwrap();
    assert!(
        !message.is_empty() && !message.starts_with("code-"),
        "{message}"
    );
    let skipped = report["skipped"].as_array().unwrap();
    assert!(
        skipped.iter().any(|rule| rule == "licenses_left"),
        "{skipped:?}"
    );
}

#[test]
fn errors_in_text_name_the_row_and_column() {
    let output = validate(&users_csv(&[BAD_EMAIL_NO_JABBER]), &[]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("row 1, Jabber Calling: error jabber_calling_missing: "),
        "{text}"
    );
    assert!(text.contains("1 row, 2 errors, 0 warnings"), "{text}");
}

#[test]
fn a_missing_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.csv");
    let output = run(&["validate", "users", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read"));
}

#[test]
fn with_an_org_the_rules_that_need_its_data_run_too() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("demo.db").display());
    let demo = run(&["--database-url", &url, "demo"]);
    assert!(
        demo.status.success(),
        "{}",
        String::from_utf8_lossy(&demo.stderr)
    );
    let ghost = "ghost@archerfarms.example,,,,,,,,,,FALSE,FALSE,FALSE,FALSE,FALSE,,,";
    let unknown_location = "new@archerfarms.example,,,,7391,,Atlantis,FALSE,FALSE,acme,TRUE,FALSE,FALSE,FALSE,FALSE,,,";
    let output = validate(
        &users_csv(&[ANA, ghost, unknown_location]),
        &[
            "--database-url",
            &url,
            "--org",
            "Archer Farms",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let codes: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["user_unknown_for_delete", "location_unknown"]);
    assert_eq!(json["skipped"], serde_json::json!([]));

    // A database without an org to check against is a mistake, said so.
    let output = validate(&users_csv(&[ANA]), &["--database-url", &url]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--org"));
    let output = validate(
        &users_csv(&[ANA]),
        &["--database-url", &url, "--org", "Nobody Inc"],
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_semicolon_file_with_a_byte_order_mark_and_crlf_is_accepted() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(
        String::from_utf8(users_csv(&[ANA]))
            .unwrap()
            .replace(',', ";")
            .into_bytes(),
    );
    let output = validate(&bytes, &["--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let report = json(&output);
    assert_eq!(report["rows"], 1);
    assert_eq!(findings(&report), []);
}

#[test]
fn a_latin_1_byte_is_not_utf8_on_its_row() {
    let mut bytes = users_csv(&[ANA]);
    bytes.extend_from_slice(
        b"jorn@example.com,J\xf8rn,,,,,,FALSE,FALSE,acme,FALSE,FALSE,FALSE,FALSE,TRUE,,,\r\n",
    );
    let output = validate(&bytes, &["--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert_eq!(findings(&json(&output)), [(2, None, "not_utf8", "error")]);
}

// --- `switchboard validate devices` (GO-7 … GO-9) ---------------------------

/// GO-8's example: the seed's header and row.
const SEED_HEADER: &str = "Username,Type,Extension,Phone Number,Device Type,Model,MAC Address,Location,Webex Go [Sub. 1b7da88e-7665-4713-b8fe-c4662e78d2c0]";
const SEED_ROW: &str =
    "archer@farms.com,USER,1003,231-456-9000,WEBEX_CALLING,Webex Go Device,,Dallas,TRUE";

/// A devices CSV: `header`, then `rows`, CRLF-separated.
fn devices_csv(header: &str, rows: &[&str]) -> Vec<u8> {
    let mut text = header.to_owned();
    for row in rows {
        text.push_str("\r\n");
        text.push_str(row);
    }
    text.push_str("\r\n");
    text.into_bytes()
}

/// Runs `switchboard validate devices` on `bytes` with `extra` arguments.
fn validate_devices(bytes: &[u8], extra: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("devices.csv");
    std::fs::write(&path, bytes).unwrap();
    run(&[&["validate", "devices", path.to_str().unwrap()], extra].concat())
}

#[test]
fn the_seeds_devices_file_passes_and_says_which_org_rules_were_skipped() {
    let output = validate_devices(&devices_csv(SEED_HEADER, &[SEED_ROW]), &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let text = stdout(&output);
    assert!(text.contains("1 row, 0 errors, 0 warnings"), "{text}");
    assert!(
        text.contains("skipped (need --database-url and --org): usernames,"),
        "{text}"
    );
    assert!(text.contains("Webex Go licenses left (GO-4)"), "{text}");

    let output = validate_devices(
        &devices_csv(SEED_HEADER, &[SEED_ROW]),
        &["--format", "json"],
    );
    assert_eq!(output.status.code(), Some(0));
    let report = json(&output);
    assert_eq!(report["rows"], 1);
    assert_eq!(findings(&report), []);
    let skipped = report["skipped"].as_array().unwrap();
    assert!(
        skipped.iter().any(|rule| rule == "webex_go_eligibility"),
        "{skipped:?}"
    );
}

#[test]
fn devices_errors_exit_1_and_json_names_each_row_column_and_code() {
    let bad =
        "archer@farms.com,PHONE,1003,,WEBEX_CALLING,Webex Go Device,00:1a:2b:3c:4d:5e,Dallas,yes";
    let output = validate_devices(&devices_csv(SEED_HEADER, &[bad]), &["--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let report = json(&output);
    assert_eq!(report["errors"], 3);
    let go_column = "Webex Go [Sub. 1b7da88e-7665-4713-b8fe-c4662e78d2c0]";
    assert_eq!(
        findings(&report),
        [
            (1, Some("Type"), "type_invalid", "error"),
            (1, Some("MAC Address"), "mac_not_allowed", "error"),
            (1, Some(go_column), "boolean_invalid", "error"),
        ]
    );
    let message = report["findings"][1]["message"].as_str().unwrap();
    assert!(message.contains("MAC"), "{message}");
}

#[test]
fn a_devices_file_without_a_webex_go_column_is_refused_on_its_header() {
    let header = domain::devices_csv::template_headers(&[]).join(",");
    let output = validate_devices(&devices_csv(&header, &[]), &[]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.starts_with("header: error webex_go_column_missing: "),
        "{text}"
    );
}

#[test]
fn a_semicolon_devices_file_with_a_byte_order_mark_is_accepted() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(
        String::from_utf8(devices_csv(SEED_HEADER, &[SEED_ROW]))
            .unwrap()
            .replace(',', ";")
            .into_bytes(),
    );
    let output = validate_devices(&bytes, &["--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(findings(&json(&output)), []);
}

#[test]
fn a_missing_devices_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.csv");
    let output = run(&["validate", "devices", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read"));
}

#[test]
fn devices_with_an_org_run_the_rules_that_need_its_data() {
    use server::demo::demo_id;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("demo.db").display());
    let demo = run(&["--database-url", &url, "demo"]);
    assert!(
        demo.status.success(),
        "{}",
        String::from_utf8_lossy(&demo.stderr)
    );
    // Archer Farms' two Webex Go subscriptions, and one it does not have.
    let (main, go) = (demo_id("archer-main"), demo_id("archer-go"));
    let stranger = "00000000-0000-4000-8000-000000000000";
    let header =
        domain::devices_csv::template_headers(&[main.as_str(), go.as_str(), stranger]).join(",");
    let rows = [
        // Webex Calling, Grand Rapids (US), 1001, +1 231-456-9000: eligible.
        "avery.archer@archerfarms.example,USER,1001,231-456-9000,WEBEX_CALLING,Webex Go Device,,Grand Rapids HQ,TRUE,FALSE,FALSE",
        // Webex Calling Standard: no Calling Professional license (GO-1);
        // no number of her own, so she takes a free one (GO-3).
        "casey.nguyen@archerfarms.example,USER,,231-456-9010,WEBEX_CALLING,Webex Go Device,,,FALSE,TRUE,FALSE",
        // Toronto: not in the US or the UK (GO-1).
        "emery.tremblay@archerfarms.example,USER,,,WEBEX_CALLING,Webex Go Device,,,TRUE,FALSE,FALSE",
        "ghost@archerfarms.example,USER,,,WEBEX_CALLING,Webex Go Device,,,FALSE,FALSE,TRUE",
    ];
    let output = validate_devices(
        &devices_csv(&header, &rows),
        &[
            "--database-url",
            &url,
            "--org",
            "Archer Farms",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = json(&output);
    let stranger_column = format!("Webex Go [Sub. {stranger}]");
    assert_eq!(
        findings(&report),
        [
            (
                0,
                Some(stranger_column.as_str()),
                "webex_go_subscription_unknown",
                "error"
            ),
            (2, Some("Username"), "not_calling_professional", "error"),
            (3, Some("Location"), "location_not_eligible", "error"),
            (
                4,
                Some(stranger_column.as_str()),
                "webex_go_subscription_unknown",
                "error"
            ),
            (4, Some("Username"), "username_unknown", "error"),
        ]
    );
    assert_eq!(report["skipped"], serde_json::json!([]));

    // A database without an org to check against is a mistake, said so.
    let output = validate_devices(
        &devices_csv(SEED_HEADER, &[SEED_ROW]),
        &["--database-url", &url],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--org"));
}
