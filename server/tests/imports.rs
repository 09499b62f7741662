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
    store::{ImportStatus, NewImport, Store},
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

        let runner = ImportRunner::new(store.clone());
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
