//! Webex Go lines in bulk (GO-7 … GO-9) on both backends: a checked file
//! becomes a job that adds each row's line with its license, number, code
//! and email (GO-1 … GO-5 checked again per row), a row whose license ran
//! out meanwhile is refused alone, a key submitted twice is one job, codes
//! are emailed only when asked, and a job left by a dead worker resumes
//! after its last row. Then the HTTP surface: the template, the facts, a
//! refused file and another tenant's org.
mod common;

use std::{sync::Arc, time::Duration};

use app::api::{AddUsersInput, ApiError, DeviceImportJob};
use axum::{
    Router,
    body::Body,
    http::{Method, Request, StatusCode, header},
};
use common::TestDb;
use domain::{
    Code, Language,
    devices_csv::{DevicePlan, template_headers},
    user::{CallingDraft, UserDraft},
    webex_go::LineStatus,
};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use server::{
    Config, Services,
    demo::{self, demo_id},
    http::{AppState, router},
    jobs::DeviceImportRunner,
    services::DeviceImportSubmission,
    store::{CodeDelivery, DeviceImportStatus, ImportedLine, RowApplied, Store},
    tenancy::Caller,
};
use sqlx::Row;
use tower::ServiceExt;

const ADMIN: &str = "admin@archerfarms.example";

struct Demo {
    services: Services,
    caller: Caller,
    org_id: String,
    /// Archer Farms' Webex Go subscriptions: `archer-main`, `archer-go`.
    main: String,
    go: String,
}

async fn demo(db: &TestDb) -> Demo {
    demo::load(&db.store).await.expect("demo loads");
    let services = Services::new(db.store.clone(), Arc::new(Config::new(db.url.clone())));
    let admin = db
        .store
        .admin_by_email(ADMIN)
        .await
        .unwrap()
        .expect("demo admin");
    let grants = db.store.grants_of(&admin.id).await.unwrap();
    Demo {
        services,
        caller: Caller {
            admin,
            grants,
            language: Language::En,
        },
        org_id: demo_id("archer"),
        main: demo_id("archer-main"),
        go: demo_id("archer-go"),
    }
}

impl Demo {
    /// Webex Calling users at Grand Rapids (US): eligible for Webex Go
    /// (GO-1), with an extension and no number of their own.
    async fn add_eligible_users(&self, emails: &[&str], first_extension: u32) {
        let users = emails
            .iter()
            .enumerate()
            .map(|(i, email)| UserDraft {
                email: (*email).into(),
                first_name: "Bulk".into(),
                last_name: format!("User {i}"),
                display_name: String::new(),
                package: "webex_calling".into(),
                calling: CallingDraft {
                    location_id: demo_id("archer-grand-rapids"),
                    extension: (first_extension + i as u32).to_string(),
                    phone_number: String::new(),
                },
            })
            .collect();
        self.services
            .add_users(
                &self.caller,
                AddUsersInput {
                    org_id: self.org_id.clone(),
                    users,
                },
            )
            .await
            .expect("users added");
    }

    async fn submit(
        &self,
        csv: &str,
        key: &str,
        email_codes: bool,
    ) -> Result<(DeviceImportJob, bool), ApiError> {
        self.services
            .submit_device_import(
                &self.caller,
                &self.org_id,
                &DeviceImportSubmission {
                    file_name: "lines.csv",
                    csv,
                    email_codes,
                    idempotency_key: key,
                },
            )
            .await
    }

    fn runner(&self) -> DeviceImportRunner {
        DeviceImportRunner::new(self.services.clone())
    }

    /// The devices CSV header of the org (both Webex Go subscriptions).
    fn header(&self) -> String {
        template_headers(&[self.main.as_str(), self.go.as_str()]).join(",")
    }
}

/// A Webex Go row: no extension or location given, `number` when the user
/// has none (GO-3), TRUE under `archer-main` or `archer-go`.
fn row(email: &str, number: &str, from_go: bool) -> String {
    let (main, go) = if from_go {
        ("FALSE", "TRUE")
    } else {
        ("TRUE", "FALSE")
    };
    format!("{email},USER,,{number},WEBEX_CALLING,Webex Go Device,,,{main},{go}")
}

fn csv(header: &str, rows: &[String]) -> String {
    let mut text = header.to_owned();
    for row in rows {
        text.push_str("\r\n");
        text.push_str(row);
    }
    text.push_str("\r\n");
    text
}

async fn go_pool(store: &Store, subscription: &str) -> (i64, i64) {
    let row = sqlx::query(
        "SELECT sl.quantity, sl.used FROM subscription_licenses sl
         JOIN licenses l ON l.id = sl.license_id
         WHERE sl.subscription_id = $1 AND l.key = 'webex_go'",
    )
    .bind(subscription)
    .fetch_one(store.pool())
    .await
    .unwrap();
    (row.get("quantity"), row.get("used"))
}

async fn set_go_quantity(store: &Store, subscription: &str, quantity: i64) {
    let license: String = sqlx::query("SELECT id FROM licenses WHERE key = 'webex_go'")
        .fetch_one(store.pool())
        .await
        .unwrap()
        .get("id");
    store
        .set_pool_quantity(subscription, &license, quantity)
        .await
        .unwrap();
}

async fn emails_to(store: &Store, addresses: &[&str]) -> i64 {
    let mut count = 0;
    for address in addresses {
        let n: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM email_outbox WHERE to_address = $1 AND subject LIKE '%Webex Go%'",
        )
        .bind(*address)
        .fetch_one(store.pool())
        .await
        .unwrap()
        .get("n");
        count += n;
    }
    count
}

/// The line and number a user has, by email.
async fn line_of(store: &Store, email: &str) -> (Option<String>, Option<String>) {
    let row = sqlx::query(
        "SELECT d.status, n.e164 FROM users u
         LEFT JOIN devices d ON d.user_id = u.id AND d.kind = 'webex_go'
         LEFT JOIN numbers n ON n.user_id = u.id
         WHERE u.email = $1",
    )
    .bind(email)
    .fetch_one(store.pool())
    .await
    .unwrap();
    (row.get("status"), row.get("e164"))
}

async fn run_to_end(runner: &DeviceImportRunner) {
    while runner.run_once().await.unwrap() {}
}

#[tokio::test]
async fn go_9_a_job_adds_each_line_and_refuses_alone_a_row_whose_license_ran_out_meanwhile() {
    for db in TestDb::all().await {
        let demo = demo(&db).await;
        let emails = [
            "bulk.one@archerfarms.example",
            "bulk.two@archerfarms.example",
            "bulk.three@archerfarms.example",
            "bulk.four@archerfarms.example",
        ];
        demo.add_eligible_users(&emails, 7101).await;
        // Three rows take from `archer-go` (5 left when checked), the last
        // from `archer-main`; each user gets a number of Grand Rapids.
        let rows = [
            row(emails[0], "+12314569031", true),
            row(emails[1], "+12314569032", true),
            row(emails[2], "+12314569033", true),
            row(emails[3], "+12314569034", false),
            // Avery has a number and a Webex Calling license (GO-1).
            row("avery.archer@archerfarms.example", "", false),
        ];
        let (job, created) = demo
            .submit(&csv(&demo.header(), &rows), "key-1", true)
            .await
            .unwrap();
        assert!(created, "{}", db.label());
        assert_eq!(
            (job.status.as_str(), job.total_rows, job.done_rows),
            ("queued", 5, 0)
        );
        let main_before = go_pool(&db.store, &demo.main).await;
        // Meanwhile, the `archer-go` pool shrinks to two licenses.
        set_go_quantity(&db.store, &demo.go, 2).await;

        run_to_end(&demo.runner()).await;
        let done = demo
            .services
            .device_import_status(&demo.caller, &demo.org_id, &job.id)
            .await
            .unwrap();
        assert_eq!(
            (
                done.status.as_str(),
                done.done_rows,
                done.applied_rows,
                done.refused_rows
            ),
            ("done", 5, 4, 1),
            "{}",
            db.label()
        );
        let results = demo
            .services
            .device_import_rows(&demo.caller, &demo.org_id, &job.id, 0, 100)
            .await
            .unwrap();
        let outcomes: Vec<(i64, &str, Option<Code>, Option<&str>)> = results
            .items
            .iter()
            .map(|r| (r.row, r.outcome.as_str(), r.code, r.activation.as_deref()))
            .collect();
        assert_eq!(
            outcomes,
            [
                (1, "applied", None, Some("emailed")),
                (2, "applied", None, Some("emailed")),
                (3, "refused", Some(Code::WebexGoLicenseExhausted), None),
                (4, "applied", None, Some("emailed")),
                (5, "applied", None, Some("emailed")),
            ],
            "{}",
            db.label()
        );
        assert_eq!(
            results.items[2].column.as_deref(),
            Some(format!("Webex Go [Sub. {}]", demo.go).as_str())
        );
        assert!(results.items[0].device_id.is_some());
        // GO-3, GO-4: the lines, their numbers and their licenses.
        let pending = Some(LineStatus::ActivationPending.as_str().to_owned());
        assert_eq!(
            line_of(&db.store, emails[0]).await,
            (pending.clone(), Some("+12314569031".into()))
        );
        assert_eq!(
            line_of(&db.store, emails[2]).await,
            (None, None),
            "the refused row left nothing behind"
        );
        assert_eq!(line_of(&db.store, emails[3]).await.0, pending);
        assert_eq!(go_pool(&db.store, &demo.go).await, (2, 2));
        let main_after = go_pool(&db.store, &demo.main).await;
        assert_eq!(main_after.1, main_before.1 + 2);
        // GO-5: one email per line added, none for the refused row.
        assert_eq!(emails_to(&db.store, &emails).await, 3, "{}", db.label());
        assert_eq!(emails_to(&db.store, &[emails[2]]).await, 0);
        let audit: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM audit_log WHERE org_id = $1 AND action = 'webex_go_imported'",
        )
        .bind(&demo.org_id)
        .fetch_one(db.store.pool())
        .await
        .unwrap()
        .get("n");
        assert_eq!(audit, 1);
        db.close().await;
    }
}

#[tokio::test]
async fn go_9_the_same_idempotency_key_twice_is_one_job_applied_once() {
    for db in TestDb::all().await {
        let demo = demo(&db).await;
        let emails = ["twice.one@archerfarms.example"];
        demo.add_eligible_users(&emails, 7201).await;
        let file = csv(&demo.header(), &[row(emails[0], "+12314569035", false)]);
        let (first, created) = demo.submit(&file, "same-key", false).await.unwrap();
        assert!(created);
        let (again, created) = demo.submit(&file, "same-key", false).await.unwrap();
        assert!(!created, "{}", db.label());
        assert_eq!(again.id, first.id);
        let runner = demo.runner();
        run_to_end(&runner).await;
        // Sent once more after the job ran: still the same job, although
        // the file would now be refused (the user has the line).
        let (late, created) = demo.submit(&file, "same-key", false).await.unwrap();
        assert!(!created);
        assert_eq!(
            (late.id.as_str(), late.applied_rows),
            (first.id.as_str(), 1)
        );
        assert!(!runner.run_once().await.unwrap(), "nothing left to run");
        let lines: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM devices d JOIN users u ON u.id = d.user_id WHERE u.email = $1",
        )
        .bind(emails[0])
        .fetch_one(db.store.pool())
        .await
        .unwrap()
        .get("n");
        assert_eq!(lines, 1, "{}", db.label());
        // A new key for the same file: refused now, with the finding.
        let refused = demo.submit(&file, "other-key", false).await.unwrap_err();
        assert_eq!(refused.code, Code::WebexGoLineExists);
        db.close().await;
    }
}

#[tokio::test]
async fn go_9_codes_are_emailed_only_when_asked_and_never_when_the_org_suppresses_email() {
    for db in TestDb::all().await {
        let demo = demo(&db).await;
        let quiet = ["quiet.one@archerfarms.example"];
        let suppressed = ["suppressed.one@archerfarms.example"];
        demo.add_eligible_users(&quiet, 7301).await;
        demo.add_eligible_users(&suppressed, 7311).await;
        let header = demo.header();
        let (job, _) = demo
            .submit(
                &csv(&header, &[row(quiet[0], "+12314569036", false)]),
                "quiet",
                false,
            )
            .await
            .unwrap();
        run_to_end(&demo.runner()).await;
        let rows = demo
            .services
            .device_import_rows(&demo.caller, &demo.org_id, &job.id, 0, 10)
            .await
            .unwrap();
        assert_eq!(rows.items[0].outcome, "applied");
        assert_eq!(rows.items[0].activation.as_deref(), Some("not_emailed"));
        assert_eq!(emails_to(&db.store, &quiet).await, 0, "{}", db.label());

        // GO-6: the org suppresses email; the file asks for it anyway.
        demo.services
            .set_email_setting(
                &demo.caller,
                app::api::EmailSettingInput {
                    org_id: demo.org_id.clone(),
                    suppress_email: true,
                },
            )
            .await
            .unwrap();
        let (job, _) = demo
            .submit(
                &csv(&header, &[row(suppressed[0], "+12314569037", false)]),
                "suppressed",
                true,
            )
            .await
            .unwrap();
        assert!(job.email_activation_codes);
        run_to_end(&demo.runner()).await;
        let rows = demo
            .services
            .device_import_rows(&demo.caller, &demo.org_id, &job.id, 0, 10)
            .await
            .unwrap();
        assert_eq!(rows.items[0].activation.as_deref(), Some("not_emailed"));
        assert_eq!(emails_to(&db.store, &suppressed).await, 0, "{}", db.label());
        db.close().await;
    }
}

#[tokio::test]
async fn go_9_a_file_with_an_error_is_refused_whole_and_nothing_is_stored() {
    for db in TestDb::all().await {
        let demo = demo(&db).await;
        let emails = ["whole.one@archerfarms.example"];
        demo.add_eligible_users(&emails, 7401).await;
        let rows = [
            row(emails[0], "+12314569038", false),
            row("ghost@archerfarms.example", "", false),
            // Toronto: not in the US or the UK (GO-1).
            row("emery.tremblay@archerfarms.example", "", false),
        ];
        let refused = demo
            .submit(&csv(&demo.header(), &rows), "with-errors", true)
            .await
            .unwrap_err();
        let findings: Vec<(Option<u32>, &str, Code)> = refused
            .findings
            .iter()
            .map(|f| (f.row, f.field.as_str(), f.code))
            .collect();
        assert_eq!(
            findings,
            [
                (Some(2), "Username", Code::UsernameUnknown),
                (Some(3), "Location", Code::LocationNotEligible),
            ],
            "{}",
            db.label()
        );
        assert_eq!(refused.code, Code::UsernameUnknown);
        assert_eq!(refused.http_status(), 422);
        assert!(
            db.store
                .device_import_by_key(&demo.org_id, "with-errors")
                .await
                .unwrap()
                .is_none()
        );
        assert_eq!(line_of(&db.store, emails[0]).await, (None, None));
        db.close().await;
    }
}

#[tokio::test]
async fn go_9_a_job_left_by_a_dead_worker_resumes_after_its_last_row_without_repeating_it() {
    for db in TestDb::all().await {
        let demo = demo(&db).await;
        let emails = [
            "resume.one@archerfarms.example",
            "resume.two@archerfarms.example",
        ];
        demo.add_eligible_users(&emails, 7501).await;
        let rows = [
            row(emails[0], "+12314569026", false),
            row(emails[1], "+12314569027", false),
        ];
        let (job, _) = demo
            .submit(&csv(&demo.header(), &rows), "resume", false)
            .await
            .unwrap();
        // A worker claims the job, commits its first row (the user was
        // deleted meanwhile, say) and dies: its lease is already over.
        let claimed = db
            .store
            .claim_device_import("dead-worker", -1)
            .await
            .unwrap()
            .expect("the job is claimed");
        assert_eq!(claimed.status, DeviceImportStatus::Running);
        let plans: Vec<DevicePlan> = db.store.device_import_plans(&job.id).await.unwrap();
        let first = ImportedLine {
            plan: &plans[0],
            line: None,
            delivery: CodeDelivery::NotEmailed,
        };
        let applied = db
            .store
            .apply_device_import_row(&job.id, "dead-worker", -1, &first)
            .await
            .unwrap();
        assert!(matches!(
            applied,
            RowApplied::Refused {
                code: Code::UsernameUnknown,
                ..
            }
        ));

        // Another replica picks the job up and does the rest.
        let runner = demo.runner().with_batches(1, Duration::ZERO);
        assert!(runner.run_once().await.unwrap());
        let done = db.store.device_import(&job.id).await.unwrap().unwrap();
        assert_eq!(
            (
                done.status,
                done.done_rows,
                done.applied_rows,
                done.refused_rows
            ),
            (DeviceImportStatus::Done, 2, 1, 1),
            "{}",
            db.label()
        );
        assert_eq!(
            line_of(&db.store, emails[0]).await.0,
            None,
            "row 1 not repeated"
        );
        assert!(line_of(&db.store, emails[1]).await.0.is_some());
        // The dead worker, back, cannot write into the job any more.
        let late = db
            .store
            .apply_device_import_row(&job.id, "dead-worker", 60_000, &first)
            .await
            .unwrap();
        assert_eq!(late, RowApplied::LeaseLost);
        db.close().await;
    }
}

// --- HTTP ---------------------------------------------------------------

const HOST: &str = "portal.test";

struct Reply {
    status: StatusCode,
    headers: header::HeaderMap,
    body: Value,
    text: String,
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Reply {
        status,
        headers,
        body,
        text,
    }
}

fn rest(method: Method, uri: &str, token: &str, body: Option<Value>) -> Request<Body> {
    Request::builder()
        .method(method)
        .uri(uri)
        .header(header::HOST, HOST)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.map_or_else(Body::empty, |b| Body::from(b.to_string())))
        .unwrap()
}

async fn api_token(store: &Store, email: &str) -> String {
    let admin = store.admin_by_email(email).await.unwrap().unwrap();
    let token = server::auth::secret::new_api_token();
    store
        .insert_api_token(&admin.id, "test", &server::auth::secret::token_hash(&token))
        .await
        .unwrap();
    token
}

#[tokio::test]
async fn the_devices_import_endpoints_serve_the_template_facts_jobs_and_refusals() {
    let db = TestDb::sqlite().await;
    let demo = demo(&db).await;
    let mut config = Config::new(db.url.clone());
    config.dist_dir = std::path::PathBuf::from("/nonexistent");
    let app = router(AppState::new(Services::new(
        db.store.clone(),
        Arc::new(config),
    )));
    let token = api_token(&db.store, ADMIN).await;
    let org = &demo.org_id;

    // GO-7: the template's last header names the org's last Webex Go
    // subscription.
    let template = send(
        &app,
        rest(
            Method::GET,
            &format!("/api/v1/devices/template?orgId={org}"),
            &token,
            None,
        ),
    )
    .await;
    assert_eq!(template.status, StatusCode::OK, "{}", template.text);
    assert!(
        template.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        template.headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let header_line = template.text.lines().next().unwrap().to_owned();
    assert!(header_line.starts_with(
        "Username,Type,Extension,Phone Number,Device Type,Model,MAC Address,Location,"
    ));
    assert_eq!(
        header_line.rsplit(',').next(),
        Some(format!("Webex Go [Sub. {}]", demo.go).as_str())
    );

    // The facts about a file's keys.
    let facts = send(
        &app,
        rest(
            Method::POST,
            &format!("/api/v1/devices/importFacts?orgId={org}"),
            &token,
            Some(json!({
                "usernames": ["avery.archer@archerfarms.example", "ghost@archerfarms.example"],
                "numbers": ["+12314569039"]
            })),
        ),
    )
    .await;
    assert_eq!(facts.status, StatusCode::OK, "{}", facts.text);
    assert_eq!(facts.body["subscriptions"].as_array().unwrap().len(), 2);
    assert_eq!(facts.body["users"].as_array().unwrap().len(), 1);
    assert_eq!(
        facts.body["users"][0]["email"],
        "avery.archer@archerfarms.example"
    );
    assert_eq!(facts.body["numbers"][0]["e164"], "+12314569039");

    // A file with an error: 422, every finding, nothing stored.
    let refused = send(
        &app,
        rest(
            Method::POST,
            &format!("/api/v1/devices/imports?orgId={org}"),
            &token,
            Some(json!({
                "fileName": "bad.csv",
                "csv": csv(&demo.header(), &[row("ghost@archerfarms.example", "", false)]),
                "emailActivationCodes": true,
                "idempotencyKey": "bad-file"
            })),
        ),
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.body["code"], "username_unknown");
    assert!(refused.body["message"].is_string());
    assert_eq!(refused.body["findings"][0]["row"], 1);
    assert_eq!(refused.body["findings"][0]["field"], "Username");
    assert_eq!(refused.body["findings"][0]["code"], "username_unknown");

    // A good file: 202 with the job, then its progress and rows.
    let accepted = send(
        &app,
        rest(
            Method::POST,
            &format!("/api/v1/devices/imports?orgId={org}"),
            &token,
            Some(json!({
                "fileName": "good.csv",
                "csv": csv(&demo.header(), &[row("avery.archer@archerfarms.example", "", true)]),
                "emailActivationCodes": false,
                "idempotencyKey": "good-file"
            })),
        ),
    )
    .await;
    assert_eq!(accepted.status, StatusCode::ACCEPTED, "{}", accepted.text);
    assert_eq!(accepted.body["status"], "queued");
    assert_eq!(accepted.body["totalRows"], 1);
    let id = accepted.body["id"].as_str().unwrap().to_owned();
    run_to_end(&demo.runner()).await;
    let job = send(
        &app,
        rest(
            Method::GET,
            &format!("/api/v1/devices/imports/{id}?orgId={org}"),
            &token,
            None,
        ),
    )
    .await;
    assert_eq!(job.status, StatusCode::OK);
    assert_eq!(
        (
            &job.body["status"],
            &job.body["doneRows"],
            &job.body["appliedRows"]
        ),
        (&json!("done"), &json!(1), &json!(1))
    );
    let rows = send(
        &app,
        rest(
            Method::GET,
            &format!("/api/v1/devices/imports/{id}/rows?orgId={org}"),
            &token,
            None,
        ),
    )
    .await;
    assert_eq!(rows.status, StatusCode::OK);
    assert_eq!(rows.body["items"][0]["outcome"], "applied");
    assert_eq!(rows.body["items"][0]["activation"], "not_emailed");
    assert!(rows.body["items"][0]["deviceId"].is_string());

    // T-3: Archer's admin reaches no other org, and another org's id does
    // not find Archer's job.
    let contoso = demo_id("contoso");
    for (method, uri, body) in [
        (
            Method::GET,
            format!("/api/v1/devices/template?orgId={contoso}"),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/devices/importFacts?orgId={contoso}"),
            Some(json!({"usernames": [], "numbers": []})),
        ),
        (
            Method::POST,
            format!("/api/v1/devices/imports?orgId={contoso}"),
            Some(
                json!({"fileName": "x.csv", "csv": "", "emailActivationCodes": false, "idempotencyKey": "x"}),
            ),
        ),
        (
            Method::GET,
            format!("/api/v1/devices/imports/{id}?orgId={contoso}"),
            None,
        ),
    ] {
        let reply = send(&app, rest(method, &uri, &token, body)).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{uri}");
        assert_eq!(reply.body["code"], "forbidden");
    }
    let contoso_token = api_token(&db.store, "partner@northwind.example").await;
    let foreign = send(
        &app,
        rest(
            Method::GET,
            &format!("/api/v1/devices/imports/{id}?orgId={contoso}"),
            &contoso_token,
            None,
        ),
    )
    .await;
    assert_eq!(
        foreign.status,
        StatusCode::NOT_FOUND,
        "a job of another org"
    );

    // Too many keys for one facts request.
    let many: Vec<String> = (0..=domain::devices_csv::MAX_DATA_ROWS)
        .map(|i| format!("u{i}@x.example"))
        .collect();
    let too_many = send(
        &app,
        rest(
            Method::POST,
            &format!("/api/v1/devices/importFacts?orgId={org}"),
            &token,
            Some(json!({"usernames": many, "numbers": []})),
        ),
    )
    .await;
    assert_eq!(too_many.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(too_many.body["code"], "too_many_rows");

    // The endpoints are in the OpenAPI document.
    let document = send(
        &app,
        Request::builder()
            .uri("/api/v1/openapi.json")
            .header(header::HOST, HOST)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    for path in [
        "/devices/template",
        "/devices/importFacts",
        "/devices/imports",
        "/devices/imports/{id}",
        "/devices/imports/{id}/rows",
    ] {
        assert!(document.body["paths"].get(path).is_some(), "{path}");
    }
    db.close().await;
}
