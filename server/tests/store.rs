//! The store suite: every test runs on SQLite and, when configured, on
//! PostgreSQL (see `common`). One SQL text must behave the same on both.
mod common;

use std::collections::HashSet;

use common::TestDb;
use domain::Role;
use server::store::{
    AssignError, NewAdmin, NewAuditEntry, NewEmail, NewOrg, Store, StoreError, now_ms,
};

async fn org(store: &Store, id: &str, name: &str, partner: Option<&str>) {
    store
        .insert_org(&NewOrg {
            id,
            name,
            is_partner: partner.is_none(),
            partner_id: partner,
            country: Some("US"),
        })
        .await
        .unwrap();
}

async fn admin(store: &Store, email: &str) -> String {
    store
        .upsert_admin(&NewAdmin {
            id: &uuid::Uuid::new_v4().to_string(),
            email,
            display_name: email,
            password_hash: None,
            language: "en",
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn migrations_are_idempotent_and_a_newer_schema_is_refused() {
    for db in TestDb::all().await {
        let store = &db.store;
        assert_eq!(
            store.migrate().await.unwrap(),
            Vec::<i64>::new(),
            "{}",
            db.label()
        );
        assert_eq!(
            store.schema_version().await.unwrap(),
            server::store::MIGRATIONS.len() as i64
        );
        sqlx::query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)",
        )
        .execute(store.pool())
        .await
        .unwrap();
        assert!(
            matches!(store.migrate().await, Err(StoreError::Migrate(_))),
            "{}",
            db.label()
        );
        assert!(store.check_schema().await.is_err());
        db.close().await;
    }
}

#[tokio::test]
async fn t1_customers_are_listed_per_partner_and_searched_literally() {
    for db in TestDb::all().await {
        let store = &db.store;
        org(store, "p1", "Partner One", None).await;
        org(store, "p2", "Partner Two", None).await;
        org(store, "c1", "Acme 100% Corp", Some("p1")).await;
        org(store, "c2", "Beta_Co", Some("p1")).await;
        org(store, "c3", "Other partner's customer", Some("p2")).await;
        assert!(
            !store
                .insert_org(&NewOrg {
                    id: "c1",
                    name: "dup",
                    is_partner: false,
                    partner_id: None,
                    country: None
                })
                .await
                .unwrap()
        );

        let all: Vec<String> = store
            .customers_of("p1", "", 100)
            .await
            .unwrap()
            .into_iter()
            .map(|(o, _)| o.name)
            .collect();
        assert_eq!(all, ["Acme 100% Corp", "Beta_Co"], "{}", db.label());
        let percent = store.customers_of("p1", "%", 100).await.unwrap();
        assert_eq!(
            percent.len(),
            1,
            "% is a literal, not a wildcard ({})",
            db.label()
        );
        let underscore = store.customers_of("p1", "a_c", 100).await.unwrap();
        assert_eq!(underscore.len(), 1, "_ is a literal ({})", db.label());
        assert_eq!(
            store.customers_of("p1", "ACME", 100).await.unwrap().len(),
            1,
            "case-insensitive"
        );
        db.close().await;
    }
}

#[tokio::test]
async fn t2_roles_are_granted_replaced_and_listed() {
    for db in TestDb::all().await {
        let store = &db.store;
        org(store, "p1", "Partner", None).await;
        org(store, "c1", "Customer", Some("p1")).await;
        let id = admin(store, "a@example.com").await;
        assert_eq!(
            admin(store, "a@example.com").await,
            id,
            "upsert keeps the existing admin"
        );
        store
            .grant_role(&id, "p1", Role::PartnerReadOnly)
            .await
            .unwrap();
        store
            .grant_role(&id, "p1", Role::PartnerFullAdmin)
            .await
            .unwrap();
        store
            .grant_role(&id, "c1", Role::ProvisioningAdmin)
            .await
            .unwrap();
        let grants = store.grants_of(&id).await.unwrap();
        let roles: Vec<(String, Role)> = grants.into_iter().map(|g| (g.org_id, g.role)).collect();
        assert_eq!(
            roles,
            [
                ("c1".into(), Role::ProvisioningAdmin),
                ("p1".into(), Role::PartnerFullAdmin)
            ],
            "{}",
            db.label()
        );
        assert_eq!(store.admins_of("c1").await.unwrap().len(), 1);
        db.close().await;
    }
}

#[tokio::test]
async fn sessions_expire_and_end_on_delete() {
    for db in TestDb::all().await {
        let store = &db.store;
        let id = admin(store, "s@example.com").await;
        store
            .insert_session("live", &id, now_ms() + 60_000)
            .await
            .unwrap();
        store
            .insert_session("dead", &id, now_ms() - 1)
            .await
            .unwrap();
        assert!(
            store.session("live").await.unwrap().is_some(),
            "{}",
            db.label()
        );
        assert!(
            store.session("dead").await.unwrap().is_none(),
            "expired sessions are not returned"
        );
        assert_eq!(store.delete_expired_sessions().await.unwrap(), 1);
        store.delete_session("live").await.unwrap();
        assert!(store.session("live").await.unwrap().is_none());
        db.close().await;
    }
}

#[tokio::test]
async fn sign_in_failures_are_counted_in_a_window_and_cleared() {
    for db in TestDb::all().await {
        let store = &db.store;
        for _ in 0..3 {
            store.record_sign_in_failure(&["k", "ip"]).await.unwrap();
        }
        assert_eq!(
            store.sign_in_failures("k", 60_000).await.unwrap(),
            3,
            "{}",
            db.label()
        );
        store.clear_sign_in_failures("k").await.unwrap();
        assert_eq!(store.sign_in_failures("k", 60_000).await.unwrap(), 0);
        assert_eq!(store.sign_in_failures("ip", 60_000).await.unwrap(), 3);
        db.close().await;
    }
}

#[tokio::test]
async fn the_audit_log_pages_newest_first_by_keyset() {
    for db in TestDb::all().await {
        let store = &db.store;
        org(store, "p1", "Partner", None).await;
        org(store, "c1", "Customer", Some("p1")).await;
        for i in 0..5 {
            store
                .record_audit(&NewAuditEntry {
                    actor_admin_id: None,
                    actor_email: "x@example.com",
                    actor_org_id: Some("p1"),
                    org_id: Some("c1"),
                    action: "test",
                    detail: &i.to_string(),
                })
                .await
                .unwrap();
        }
        let first = store.audit_page("c1", None, 3).await.unwrap();
        let details: Vec<&str> = first.iter().map(|r| r.detail.as_str()).collect();
        assert_eq!(details, ["4", "3", "2"], "{}", db.label());
        assert_eq!(first[0].actor_org_name.as_deref(), Some("Partner"));
        let rest = store.audit_page("c1", Some(&first[2].id), 3).await.unwrap();
        let details: Vec<&str> = rest.iter().map(|r| r.detail.as_str()).collect();
        assert_eq!(details, ["1", "0"]);
        assert!(
            store.audit_page("p1", None, 3).await.unwrap().is_empty(),
            "entries belong to their org"
        );
        db.close().await;
    }
}

#[tokio::test]
async fn api_tokens_are_found_by_hash_only() {
    for db in TestDb::all().await {
        let store = &db.store;
        let id = admin(store, "t@example.com").await;
        store.insert_api_token(&id, "ci", "hash-1").await.unwrap();
        let found = store
            .use_api_token("hash-1")
            .await
            .unwrap()
            .expect("token found");
        assert_eq!(found.admin_id, id, "{}", db.label());
        assert!(store.use_api_token("hash-2").await.unwrap().is_none());
        db.close().await;
    }
}

#[tokio::test]
async fn concurrent_outbox_claims_never_share_an_email() {
    for db in TestDb::all().await {
        let store = &db.store;
        for i in 0..40 {
            store
                .enqueue_email(&NewEmail {
                    to_address: &format!("u{i}@example.com"),
                    subject: "s",
                    body_text: "b",
                    language: "en",
                })
                .await
                .unwrap();
        }
        let claimers = (0..4).map(|w| {
            let store = store.clone();
            tokio::spawn(async move {
                let mut mine = Vec::new();
                loop {
                    let batch = store
                        .claim_emails(&format!("w{w}"), 60_000, 3)
                        .await
                        .unwrap();
                    if batch.is_empty() {
                        break;
                    }
                    mine.extend(batch.into_iter().map(|e| e.id));
                }
                mine
            })
        });
        let mut seen = HashSet::new();
        let mut total = 0;
        for claimer in claimers {
            for id in claimer.await.unwrap() {
                total += 1;
                assert!(
                    seen.insert(id),
                    "an email was claimed twice ({})",
                    db.label()
                );
            }
        }
        assert_eq!(total, 40, "{}", db.label());
        db.close().await;
    }
}

#[tokio::test]
async fn an_expired_claim_is_claimed_again_and_failures_are_retried_later() {
    for db in TestDb::all().await {
        let store = &db.store;
        let id = store
            .enqueue_email(&NewEmail {
                to_address: "a@example.com",
                subject: "s",
                body_text: "b",
                language: "en",
            })
            .await
            .unwrap();
        // A worker claims with a lease that has already run out (it died).
        assert_eq!(store.claim_emails("dead", -1, 10).await.unwrap().len(), 1);
        let again = store.claim_emails("alive", 60_000, 10).await.unwrap();
        assert_eq!(again.len(), 1, "{}", db.label());
        store
            .mark_email_failed(&id, "alive", "smtp down", Some(now_ms() + 60_000))
            .await
            .unwrap();
        assert!(
            store
                .claim_emails("alive", 60_000, 10)
                .await
                .unwrap()
                .is_empty(),
            "not due yet"
        );
        store
            .mark_email_failed(&id, "dead", "stale worker", None)
            .await
            .unwrap();
        assert_eq!(
            store.outbox_counts().await.unwrap(),
            [("pending".to_owned(), 1)],
            "a stale worker cannot touch a claim it lost"
        );
        db.close().await;
    }
}

/// A customer org with one subscription whose `license_key` pool holds
/// `quantity` licenses; returns (subscription id, license id).
async fn pool(store: &Store, license_key: &str, quantity: i64) -> (String, String) {
    org(store, "p1", "Partner", None).await;
    org(store, "c1", "Customer", Some("p1")).await;
    let subscription = uuid::Uuid::new_v4().to_string();
    assert!(
        store
            .insert_subscription(&subscription, "c1")
            .await
            .unwrap()
    );
    let license = store
        .license_id(license_key)
        .await
        .unwrap()
        .expect("seeded license");
    store
        .set_pool_quantity(&subscription, &license, quantity)
        .await
        .unwrap();
    (subscription, license)
}

#[tokio::test]
async fn the_default_catalog_is_seeded_once_and_edits_survive() {
    for db in TestDb::all().await {
        let store = &db.store;
        sqlx::query("UPDATE packages SET name = 'Calling (renamed)' WHERE key = 'webex_calling'")
            .execute(store.pool())
            .await
            .unwrap();
        store.seed_catalog().await.unwrap();
        let (count, name): (i64, String) = {
            use sqlx::Row;
            let count = sqlx::query("SELECT COUNT(*) AS n FROM packages")
                .fetch_one(store.pool())
                .await
                .unwrap()
                .get("n");
            let name = sqlx::query("SELECT name FROM packages WHERE key = 'webex_calling'")
                .fetch_one(store.pool())
                .await
                .unwrap()
                .get("name");
            (count, name)
        };
        assert_eq!(count, 5, "{}", db.label());
        assert_eq!(name, "Calling (renamed)", "a seed never overwrites an edit");
        db.close().await;
    }
}

#[tokio::test]
async fn the_last_license_goes_to_exactly_one_of_many_concurrent_requests() {
    for db in TestDb::all().await {
        let (subscription, license) = pool(&db.store, "calling_professional", 1).await;
        let attempts = (0..8).map(|i| {
            let store = db.store.clone();
            let (subscription, license) = (subscription.clone(), license.clone());
            tokio::spawn(async move {
                store
                    .assign_license(&format!("user-{i}"), &subscription, &license)
                    .await
            })
        });
        let mut won = 0;
        let mut exhausted = 0;
        for attempt in attempts {
            match attempt.await.unwrap() {
                Ok(()) => won += 1,
                Err(AssignError::Exhausted) => exhausted += 1,
                Err(other) => panic!("unexpected {other} ({})", db.label()),
            }
        }
        assert_eq!((won, exhausted), (1, 7), "{}", db.label());
        let pools = db.store.pools_of("c1").await.unwrap();
        assert_eq!((pools[0].quantity, pools[0].used), (1, 1), "{}", db.label());
        db.close().await;
    }
}

#[tokio::test]
async fn a_returned_license_is_available_again_and_nobody_holds_one_twice() {
    for db in TestDb::all().await {
        let store = &db.store;
        let (subscription, license) = pool(store, "webex_go", 2).await;
        store
            .assign_license("u1", &subscription, &license)
            .await
            .unwrap();
        assert!(
            matches!(
                store.assign_license("u1", &subscription, &license).await,
                Err(AssignError::AlreadyHeld)
            ),
            "{}",
            db.label()
        );
        assert_eq!(
            store.pools_of("c1").await.unwrap()[0].used,
            1,
            "a refused assignment leaves the count alone"
        );
        store
            .assign_license("u2", &subscription, &license)
            .await
            .unwrap();
        assert!(matches!(
            store.assign_license("u3", &subscription, &license).await,
            Err(AssignError::Exhausted)
        ));
        assert!(store.unassign_license("u1", &license).await.unwrap());
        assert!(
            !store.unassign_license("u1", &license).await.unwrap(),
            "returned once only"
        );
        store
            .assign_license("u3", &subscription, &license)
            .await
            .unwrap();
        assert_eq!(store.pools_of("c1").await.unwrap()[0].used, 2);
        assert!(
            store
                .set_pool_quantity(&subscription, &license, 1)
                .await
                .is_err(),
            "a pool cannot shrink below its use"
        );
        db.close().await;
    }
}

#[tokio::test]
async fn a_delivered_email_keeps_no_body_so_no_activation_code_outlives_delivery() {
    for db in TestDb::all().await {
        let store = &db.store;
        let id = store
            .enqueue_email(&NewEmail {
                to_address: "a@example.com",
                subject: "Your Webex Go activation code",
                body_text: "Your activation code: 7K3QD-M9XWF-2HRTB-8VNPC-4GZJA",
                language: "en",
            })
            .await
            .unwrap();
        assert_eq!(store.claim_emails("w", 60_000, 10).await.unwrap().len(), 1);
        store.mark_email_sent(&id, "w").await.unwrap();
        let left: i64 = {
            use sqlx::Row;
            sqlx::query("SELECT COUNT(*) AS n FROM email_outbox WHERE body_text LIKE '%7K3QD%'")
                .fetch_one(store.pool())
                .await
                .unwrap()
                .get("n")
        };
        assert_eq!(left, 0, "{}", db.label());
        db.close().await;
    }
}
