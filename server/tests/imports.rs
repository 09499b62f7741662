//! Users imports on both backends (issue 4): a job re-checks its file
//! against the org as it is when it runs, applies each row whole or not at
//! all (PH-7), keeps license pools equal to their assignments, runs once
//! however often it is queued, and refuses everything when all or nothing
//! was asked and a row fails.
mod common;

use common::TestDb;
use domain::users_csv::{FileCheck, ImportMode, template_header};
use server::{
    demo,
    jobs::ImportRunner,
    store::{ApplyStrategy, BatchOutcome, BatchRow, ImportStatus, NewImport, Store},
};
use sqlx::Row;

const F: &str = "FALSE";

fn csv(rows: &[[&str; 18]]) -> String {
    let mut text = template_header();
    for row in rows {
        text.push_str("\r\n");
        text.push_str(&row.join(","));
    }
    text
}

async fn archer(store: &Store) -> (String, String, String) {
    let org = store.org_by_name("Archer Farms").await.unwrap().unwrap().id;
    let admin = store
        .admin_by_email("partner@northwind.example")
        .await
        .unwrap()
        .unwrap();
    (org, admin.id, admin.email)
}

async fn upload(store: &Store, org: &str, admin: (&str, &str), key: &str, body: &str) -> String {
    let context = store.import_context(org).await.unwrap();
    let mut check = FileCheck::read(body.as_bytes(), Some(&context));
    let facts = store
        .import_facts(org, &context, &check.keys())
        .await
        .unwrap();
    check.simulate(Some((&context, &facts)), ImportMode::Default);
    let (record, _) = store
        .create_import(&NewImport {
            org_id: org,
            admin_id: admin.0,
            admin_email: admin.1,
            idempotency_key: key,
            file_name: "test.csv",
            file_body: body,
            mode: ImportMode::Default,
            total_rows: i64::from(check.rows),
        })
        .await
        .unwrap();
    record.id
}

/// Every pool's `used` equals the assignments drawn from it.
async fn pools_match_assignments(store: &Store) -> bool {
    let rows = sqlx::query(
        "SELECT sl.used, (SELECT COUNT(*) FROM license_assignments a
             WHERE a.subscription_id = sl.subscription_id AND a.license_id = sl.license_id) AS held
         FROM subscription_licenses sl",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    rows.iter()
        .all(|r| r.try_get::<i64, _>("used").unwrap() == r.try_get::<i64, _>("held").unwrap())
}

#[tokio::test]
async fn an_import_applies_each_row_whole_against_the_org_as_it_is_when_it_runs() {
    applies_each_row_whole(ApplyStrategy::Sets).await;
}

#[tokio::test]
async fn the_row_by_row_fallback_applies_each_row_whole_too() {
    applies_each_row_whole(ApplyStrategy::RowByRow).await;
}

async fn applies_each_row_whole(strategy: ApplyStrategy) {
    for db in TestDb::all().await {
        let store = &db.store;
        demo::load(store).await.unwrap();
        let (org, admin_id, admin_email) = archer(store).await;
        let users_before = store.count_users(&org).await.unwrap();
        let body = csv(&[
            [
                "imp.meetings@archer.example",
                "Ana",
                "",
                "",
                "",
                "",
                "",
                F,
                F,
                "acme",
                F,
                F,
                F,
                F,
                "TRUE",
                "",
                "",
                "",
            ],
            [
                "imp.calling@archer.example",
                "Bo",
                "",
                "",
                "7391",
                "",
                "Grand Rapids HQ",
                "TRUE",
                F,
                "acme",
                "TRUE",
                F,
                F,
                F,
                F,
                "",
                "",
                "",
            ],
            [
                "imp.late@archer.example",
                "Cy",
                "",
                "",
                "7392",
                "",
                "Grand Rapids HQ",
                "TRUE",
                F,
                "acme",
                "TRUE",
                F,
                F,
                F,
                F,
                "",
                "",
                "",
            ],
            [
                "ghost@archer.example",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                F,
                F,
                F,
                F,
                F,
                "",
                "",
                "",
            ],
        ]);
        let id = upload(store, &org, (&admin_id, &admin_email), "k1", &body).await;
        // The same key is the same import.
        assert_eq!(
            upload(store, &org, (&admin_id, &admin_email), "k1", &body).await,
            id,
            "{}",
            db.label()
        );
        assert!(
            store
                .queue_import(&id, ImportMode::Default, false)
                .await
                .unwrap()
        );
        assert!(
            !store
                .queue_import(&id, ImportMode::Default, false)
                .await
                .unwrap()
        );

        // Between the upload and the run, someone takes extension 7392.
        let taken = sqlx::query(
            "UPDATE users SET extension = '7392' WHERE org_id = $1 AND email = 'avery.archer@archerfarms.example'",
        )
        .bind(&org)
        .execute(store.pool())
        .await
        .unwrap();
        assert_eq!(taken.rows_affected(), 1);

        let runner = ImportRunner::new(store.clone()).with_strategy(strategy);
        assert!(runner.run_once().await.unwrap());
        assert!(
            !runner.run_once().await.unwrap(),
            "{}: ran once",
            db.label()
        );
        let job = store.import(&id).await.unwrap().unwrap();
        assert_eq!(job.status, ImportStatus::Done, "{}: {job:?}", db.label());
        assert_eq!(
            (job.done_rows, job.applied_rows, job.refused_rows),
            (4, 2, 2),
            "{}",
            db.label()
        );
        let rows = store.import_rows(&id, 0, 10).await.unwrap();
        let codes: Vec<(i64, &str, Option<&str>)> = rows
            .iter()
            .map(|r| (r.row, r.outcome.as_str(), r.code.as_deref()))
            .collect();
        assert_eq!(
            codes,
            [
                (1, "applied", None),
                (2, "applied", None),
                (3, "refused", Some("extension_in_use")),
                (4, "refused", Some("user_unknown_for_delete")),
            ],
            "{}",
            db.label()
        );
        assert_eq!(store.count_users(&org).await.unwrap(), users_before + 2);
        assert!(pools_match_assignments(store).await, "{}", db.label());
        db.close().await;
    }
}

#[tokio::test]
async fn an_all_or_nothing_import_with_a_refused_row_leaves_the_org_as_it_was() {
    for db in TestDb::all().await {
        let store = &db.store;
        demo::load(store).await.unwrap();
        let (org, admin_id, admin_email) = archer(store).await;
        let users_before = store.count_users(&org).await.unwrap();
        let body = csv(&[
            [
                "aon.one@archer.example",
                "",
                "",
                "",
                "7393",
                "",
                "Grand Rapids HQ",
                "TRUE",
                F,
                "acme",
                "TRUE",
                F,
                F,
                F,
                F,
                "",
                "",
                "",
            ],
            [
                "ghost@archer.example",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                F,
                F,
                F,
                F,
                F,
                "",
                "",
                "",
            ],
        ]);
        let id = upload(store, &org, (&admin_id, &admin_email), "k2", &body).await;
        assert!(
            store
                .queue_import(&id, ImportMode::Default, true)
                .await
                .unwrap()
        );
        ImportRunner::new(store.clone()).run_once().await.unwrap();
        let job = store.import(&id).await.unwrap().unwrap();
        assert_eq!(job.status, ImportStatus::Failed, "{}", db.label());
        assert_eq!(
            (job.applied_rows, job.refused_rows),
            (0, 1),
            "{}",
            db.label()
        );
        assert_eq!(store.count_users(&org).await.unwrap(), users_before);
        assert!(pools_match_assignments(store).await, "{}", db.label());
        db.close().await;
    }
}

#[tokio::test]
async fn undo_restores_every_row_but_those_changed_since() {
    undo_restores(ApplyStrategy::Sets).await;
}

#[tokio::test]
async fn undo_restores_rows_applied_row_by_row_too() {
    undo_restores(ApplyStrategy::RowByRow).await;
}

async fn undo_restores(strategy: ApplyStrategy) {
    for db in TestDb::all().await {
        let store = &db.store;
        demo::load(store).await.unwrap();
        let (org, admin_id, admin_email) = archer(store).await;
        let users_before = store.count_users(&org).await.unwrap();
        // Avery holds a number, an extension and licenses: deleted, then
        // restored by the undo.
        let avery = sqlx::query(
            "SELECT u.id, u.extension, n.e164 FROM users u JOIN numbers n ON n.user_id = u.id
             WHERE u.email = 'avery.archer@archerfarms.example'",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        let avery_id: String = avery.try_get("id").unwrap();
        let licenses_of = |id: String| async move {
            let rows = sqlx::query("SELECT license_id FROM license_assignments WHERE holder_id = $1 ORDER BY license_id")
                .bind(id)
                .fetch_all(store.pool())
                .await
                .unwrap();
            rows.iter()
                .map(|r| r.try_get::<String, _>("license_id").unwrap())
                .collect::<Vec<_>>()
        };
        let avery_licenses = licenses_of(avery_id.clone()).await;
        let body = csv(&[
            [
                "undo.kept@archer.example",
                "Kept",
                "",
                "",
                "",
                "",
                "",
                F,
                F,
                "acme",
                F,
                F,
                F,
                F,
                "TRUE",
                "",
                "",
                "",
            ],
            [
                "undo.gone@archer.example",
                "Gone",
                "",
                "",
                "7394",
                "",
                "Grand Rapids HQ",
                "TRUE",
                F,
                "acme",
                "TRUE",
                F,
                F,
                F,
                F,
                "",
                "",
                "",
            ],
            [
                "avery.archer@archerfarms.example",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                F,
                F,
                F,
                F,
                F,
                "",
                "",
                "",
            ],
        ]);
        let id = upload(store, &org, (&admin_id, &admin_email), "u1", &body).await;
        store
            .queue_import(&id, ImportMode::Default, false)
            .await
            .unwrap();
        let runner = ImportRunner::new(store.clone()).with_strategy(strategy);
        runner.run_once().await.unwrap();
        assert_eq!(
            store.import(&id).await.unwrap().unwrap().applied_rows,
            3,
            "{}",
            db.label()
        );
        assert_eq!(store.count_users(&org).await.unwrap(), users_before + 1);

        // Someone edits one of the new users after the import.
        sqlx::query("UPDATE users SET display_name = 'Kept Edited', updated_at = updated_at + 1 WHERE email = 'undo.kept@archer.example'")
            .execute(store.pool())
            .await
            .unwrap();
        assert!(
            !store.request_undo(&id, i64::MAX).await.unwrap(),
            "too late"
        );
        assert!(store.request_undo(&id, 0).await.unwrap());
        assert!(!store.request_undo(&id, 0).await.unwrap(), "once");
        assert!(runner.run_once().await.unwrap());
        let job = store.import(&id).await.unwrap().unwrap();
        assert_eq!(job.status, ImportStatus::Undone, "{}", db.label());
        assert_eq!(
            (job.undone_rows, job.undo_conflicts),
            (2, 1),
            "{}",
            db.label()
        );
        let rows = store.import_rows(&id, 0, 10).await.unwrap();
        let undo: Vec<(&str, Option<&str>)> = rows
            .iter()
            .map(|r| (r.undo_outcome.as_deref().unwrap(), r.undo_code.as_deref()))
            .collect();
        assert_eq!(
            undo,
            [
                ("conflict", Some("changed_since_import")),
                ("undone", None),
                ("undone", None)
            ],
            "{}",
            db.label()
        );
        // Avery is back with the same id, extension, number and licenses.
        let back = sqlx::query(
            "SELECT u.extension, n.e164 FROM users u JOIN numbers n ON n.user_id = u.id WHERE u.id = $1",
        )
        .bind(&avery_id)
        .fetch_one(store.pool())
        .await
        .unwrap();
        assert_eq!(
            back.try_get::<Option<String>, _>("extension").unwrap(),
            avery.try_get::<Option<String>, _>("extension").unwrap()
        );
        assert_eq!(
            back.try_get::<String, _>("e164").unwrap(),
            avery.try_get::<String, _>("e164").unwrap()
        );
        assert_eq!(
            licenses_of(avery_id.clone()).await,
            avery_licenses,
            "{}",
            db.label()
        );
        // The user added and untouched is gone; the edited one stays.
        assert_eq!(store.count_users(&org).await.unwrap(), users_before + 1);
        assert!(pools_match_assignments(store).await, "{}", db.label());
        db.close().await;
    }
}

/// A calling user's row of the template: email, extension, number,
/// location, Webex Calling.
fn calling_row<'a>(
    email: &'a str,
    extension: &'a str,
    number: &'a str,
    location: &'a str,
) -> [&'a str; 18] {
    [
        email, "", "", "", extension, number, location, "TRUE", F, "acme", "TRUE", F, F, F, F, "",
        "", "",
    ]
}

fn delete_row(email: &str) -> [&str; 18] {
    [
        email, "", "", "", "", "", "", "", "", "", F, F, F, F, F, "", "", "",
    ]
}

#[tokio::test]
async fn a_batch_frees_and_takes_extensions_numbers_and_licenses_in_file_order() {
    for strategy in [ApplyStrategy::Sets, ApplyStrategy::RowByRow] {
        frees_and_takes_in_file_order(strategy).await;
    }
}

async fn frees_and_takes_in_file_order(strategy: ApplyStrategy) {
    for db in TestDb::all().await {
        let store = &db.store;
        demo::load(store).await.unwrap();
        let (org, admin_id, admin_email) = archer(store).await;
        let avery = sqlx::query(
            "SELECT u.extension, n.e164, l.name FROM users u
             JOIN numbers n ON n.user_id = u.id JOIN locations l ON l.id = n.location_id
             WHERE u.email = 'avery.archer@archerfarms.example'",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        let extension: String = avery.try_get("extension").unwrap();
        let number: String = avery.try_get("e164").unwrap();
        let location: String = avery.try_get("name").unwrap();
        // Every Webex Calling license of the org is in use: only one that
        // a row frees can be taken.
        sqlx::query(
            "UPDATE subscription_licenses SET quantity = used
             WHERE license_id IN (SELECT id FROM licenses WHERE key = 'calling_professional')
               AND subscription_id IN (SELECT id FROM subscriptions WHERE org_id = $1)",
        )
        .bind(&org)
        .execute(store.pool())
        .await
        .unwrap();
        let body = csv(&[
            // Too early: Avery still holds the extension and the number.
            calling_row("early@archer.example", &extension, "", &location),
            delete_row("avery.archer@archerfarms.example"),
            // Takes what the delete freed: extension, number, license.
            calling_row("heir@archer.example", &extension, &number, &location),
            // No license left.
            calling_row("late@archer.example", "7398", "", &location),
        ]);
        let id = upload(store, &org, (&admin_id, &admin_email), "order", &body).await;
        store
            .queue_import(&id, ImportMode::Default, false)
            .await
            .unwrap();
        ImportRunner::new(store.clone())
            .with_strategy(strategy)
            .run_once()
            .await
            .unwrap();
        let rows = store.import_rows(&id, 0, 10).await.unwrap();
        let codes: Vec<(i64, &str, Option<&str>)> = rows
            .iter()
            .map(|r| (r.row, r.outcome.as_str(), r.code.as_deref()))
            .collect();
        assert_eq!(
            codes,
            [
                (1, "refused", Some("extension_in_use")),
                (2, "applied", None),
                (3, "applied", None),
                (4, "refused", Some("license_exhausted")),
            ],
            "{} {strategy:?}",
            db.label()
        );
        let heir = sqlx::query(
            "SELECT u.extension, n.e164 FROM users u JOIN numbers n ON n.user_id = u.id
             WHERE u.email = 'heir@archer.example'",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        assert_eq!(heir.try_get::<String, _>("extension").unwrap(), extension);
        assert_eq!(heir.try_get::<String, _>("e164").unwrap(), number);
        assert!(pools_match_assignments(store).await, "{}", db.label());
        // What a large import runs between batches, on either backend.
        store.refresh_directory_statistics().await.unwrap();
        db.close().await;
    }
}

#[tokio::test]
async fn a_batch_is_checked_again_inside_its_transaction() {
    for db in TestDb::all().await {
        let store = &db.store;
        demo::load(store).await.unwrap();
        let (org, admin_id, admin_email) = archer(store).await;
        let body = csv(&[calling_row(
            "stale@archer.example",
            "7395",
            "",
            "Grand Rapids HQ",
        )]);
        let id = upload(store, &org, (&admin_id, &admin_email), "stale", &body).await;
        store
            .queue_import(&id, ImportMode::Default, false)
            .await
            .unwrap();
        let job = store.claim_import("test", 60_000).await.unwrap().unwrap();
        assert_eq!(job.id, id);
        // The job checks its file ...
        let context = store.import_context(&org).await.unwrap();
        let mut check = FileCheck::read(body.as_bytes(), Some(&context));
        let facts = store
            .import_facts(&org, &context, &check.keys())
            .await
            .unwrap();
        check.simulate(Some((&context, &facts)), ImportMode::Default);
        assert_eq!(check.simulation.outcomes.len(), 1);
        // ... then, before its batch runs, someone takes the extension.
        sqlx::query(
            "UPDATE users SET extension = '7395'
             WHERE org_id = $1 AND email = 'avery.archer@archerfarms.example'",
        )
        .bind(&org)
        .execute(store.pool())
        .await
        .unwrap();
        let rows: Vec<BatchRow<'_>> = check
            .simulation
            .outcomes
            .iter()
            .map(|o| BatchRow::Apply(&check.plans[o.plan], o))
            .collect();
        let outcome = store
            .apply_import_batch(
                &job,
                "test",
                60_000,
                &context,
                &rows,
                false,
                ApplyStrategy::Sets,
            )
            .await
            .unwrap();
        assert!(
            matches!(
                outcome,
                BatchOutcome::Committed {
                    applied: 0,
                    refused: 1
                }
            ),
            "{}: {outcome:?}",
            db.label()
        );
        let rows = store.import_rows(&id, 0, 10).await.unwrap();
        assert_eq!(rows[0].code.as_deref(), Some("extension_in_use"));
        let stale =
            sqlx::query("SELECT COUNT(*) AS n FROM users WHERE email = 'stale@archer.example'")
                .fetch_one(store.pool())
                .await
                .unwrap();
        assert_eq!(stale.try_get::<i64, _>("n").unwrap(), 0, "{}", db.label());
        db.close().await;
    }
}

/// GO-1 holds for as long as a user has a Webex Go line: a row that takes
/// Calling Professional away from Blake Morgan (whose line is online) is
/// refused, on either path, and his line and license stay.
#[tokio::test]
async fn go_1_a_row_may_not_take_calling_professional_from_a_user_with_a_webex_go_line() {
    for strategy in [ApplyStrategy::Sets, ApplyStrategy::RowByRow] {
        for db in TestDb::all().await {
            let store = &db.store;
            demo::load(store).await.unwrap();
            let (org, admin_id, admin_email) = archer(store).await;
            let blake = "blake.morgan@archerfarms.example";
            let mut to_meetings = delete_row(blake);
            to_meetings[7] = F;
            to_meetings[8] = F;
            to_meetings[9] = "acme";
            to_meetings[14] = "TRUE";
            let body = csv(&[to_meetings]);
            let id = upload(store, &org, (&admin_id, &admin_email), "go-1", &body).await;
            store
                .queue_import(&id, ImportMode::Default, false)
                .await
                .unwrap();
            ImportRunner::new(store.clone())
                .with_strategy(strategy)
                .run_once()
                .await
                .unwrap();
            let rows = store.import_rows(&id, 0, 10).await.unwrap();
            let codes: Vec<(&str, Option<&str>)> = rows
                .iter()
                .map(|r| (r.outcome.as_str(), r.code.as_deref()))
                .collect();
            assert_eq!(
                codes,
                [("refused", Some("not_calling_professional"))],
                "{} {strategy:?}",
                db.label()
            );
            let lines: i64 = sqlx::query(
                "SELECT COUNT(*) AS n FROM devices d JOIN users u ON u.id = d.user_id
                 JOIN license_assignments a ON a.holder_id = u.id
                 JOIN licenses l ON l.id = a.license_id
                 WHERE u.email = $1 AND d.kind = 'webex_go' AND l.key = 'calling_professional'",
            )
            .bind(blake)
            .fetch_one(store.pool())
            .await
            .unwrap()
            .try_get("n")
            .unwrap();
            assert_eq!(lines, 1, "{} {strategy:?}", db.label());
            db.close().await;
        }
    }
}
