//! Webex Go on both backends (issue 5): eligibility (GO-1), adding a line
//! with its license and number (GO-3, GO-4), activation codes that are
//! single use, superseded by a new one and kept only as hashes (GO-5,
//! GO-10), the carrier's events (GO-15), Lost/Stolen (GO-12) and Delete
//! returning the license (GO-13), over the demo dataset.
mod common;

use std::sync::Arc;

use app::api::{AddWebexGoInput, ApiError, DeviceRef, EmailSettingInput, UserQuery, UserRef};
use common::TestDb;
use domain::{
    Code,
    webex_go::{CarrierEvent, LineStatus},
};
use server::{
    Config, Services, demo,
    store::{MachineKind, MachineRecord, Store},
    tenancy::Caller,
};
use sqlx::Row;

const ADMIN: &str = "admin@archerfarms.example";

struct Demo {
    services: Services,
    caller: Caller,
    org_id: String,
    carrier: MachineRecord,
}

async fn demo_services(db: &TestDb) -> Demo {
    demo::load(&db.store).await.expect("demo loads");
    let services = Services::new(db.store.clone(), Arc::new(Config::new(db.url.clone())));
    let admin = db
        .store
        .admin_by_email(ADMIN)
        .await
        .unwrap()
        .expect("demo admin");
    let grants = db.store.grants_of(&admin.id).await.unwrap();
    let org_id = grants[0].org_id.clone();
    let caller = Caller {
        admin,
        grants,
        language: domain::Language::En,
    };
    db.store
        .insert_machine_credential(MachineKind::Carrier, "test carrier", "hash-of-carrier")
        .await
        .unwrap();
    let carrier = db
        .store
        .use_machine_credential(MachineKind::Carrier, "hash-of-carrier")
        .await
        .unwrap()
        .expect("carrier credential");
    Demo {
        services,
        caller,
        org_id,
        carrier,
    }
}

impl Demo {
    async fn user_id(&self, search: &str) -> String {
        let page = self
            .services
            .list_users(
                &self.caller,
                UserQuery {
                    org_id: self.org_id.clone(),
                    search: search.into(),
                    ..UserQuery::default()
                },
            )
            .await
            .unwrap();
        page.users
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("a demo user matches {search}"))
            .id
    }

    async fn add(
        &self,
        user_id: &str,
        subscription: Option<String>,
    ) -> Result<app::api::AddedWebexGo, ApiError> {
        self.services
            .add_webex_go(
                &self.caller,
                AddWebexGoInput {
                    org_id: self.org_id.clone(),
                    user_id: user_id.into(),
                    subscription_id: subscription,
                    phone_number: None,
                },
            )
            .await
    }

    fn device(&self, id: &str) -> DeviceRef {
        DeviceRef {
            org_id: self.org_id.clone(),
            device_id: id.into(),
        }
    }

    async fn first_subscription(&self) -> String {
        let options = self
            .services
            .webex_go_options(
                &self.caller,
                &UserRef {
                    org_id: self.org_id.clone(),
                    user_id: self.user_id("avery").await,
                },
            )
            .await
            .unwrap();
        options.subscriptions[0].id.clone()
    }
}

async fn go_used(store: &Store, subscription: &str) -> i64 {
    sqlx::query(
        "SELECT sl.used FROM subscription_licenses sl JOIN licenses l ON l.id = sl.license_id
         WHERE sl.subscription_id = $1 AND l.key = 'webex_go'",
    )
    .bind(subscription)
    .fetch_one(store.pool())
    .await
    .unwrap()
    .get("used")
}

fn codes(error: &ApiError) -> Vec<Code> {
    if error.findings.is_empty() {
        vec![error.code]
    } else {
        error.findings.iter().map(|f| f.code).collect()
    }
}

#[tokio::test]
async fn go_1_only_calling_professional_users_in_the_us_or_uk_get_a_line() {
    for db in TestDb::all().await {
        let demo = demo_services(&db).await;
        let canada = demo.user_id("emery").await;
        let standard = demo.user_id("casey").await;
        let subscription = Some(demo.first_subscription().await);
        let refused = demo.add(&canada, subscription.clone()).await.unwrap_err();
        assert_eq!(
            codes(&refused),
            [Code::LocationNotEligible],
            "{}",
            db.label()
        );
        let refused = demo.add(&standard, subscription.clone()).await.unwrap_err();
        assert_eq!(
            codes(&refused),
            [Code::NotCallingProfessional],
            "{}",
            db.label()
        );
        let options = demo
            .services
            .webex_go_options(
                &demo.caller,
                &UserRef {
                    org_id: demo.org_id.clone(),
                    user_id: canada,
                },
            )
            .await
            .unwrap();
        assert_eq!(options.ineligible, [Code::LocationNotEligible]);
        db.close().await;
    }
}

#[tokio::test]
async fn go_4_a_line_takes_one_license_from_the_chosen_subscription_and_delete_returns_it() {
    for db in TestDb::all().await {
        let demo = demo_services(&db).await;
        let avery = demo.user_id("avery").await;
        let subscription = demo.first_subscription().await;
        let before = go_used(&db.store, &subscription).await;
        // GO-3: the demo org has two Webex Go subscriptions, so one must be chosen.
        let refused = demo.add(&avery, None).await.unwrap_err();
        assert_eq!(codes(&refused), [Code::BadRequest], "{}", db.label());
        let added = demo.add(&avery, Some(subscription.clone())).await.unwrap();
        assert_eq!(added.device.status, LineStatus::ActivationPending);
        assert_eq!(
            added.device.subscription_id.as_deref(),
            Some(subscription.as_str())
        );
        assert_eq!(
            go_used(&db.store, &subscription).await,
            before + 1,
            "{}",
            db.label()
        );
        let again = demo
            .add(&avery, Some(subscription.clone()))
            .await
            .unwrap_err();
        assert_eq!(codes(&again), [Code::WebexGoLineExists], "{}", db.label());
        // The code is emailed (GO-5) and only its hash is stored.
        assert_eq!(
            added.activation.emailed_to.as_deref(),
            Some("avery.archer@archerfarms.example")
        );
        assert!(added.activation.lpa.ends_with(&added.activation.code));
        let stored: i64 =
            sqlx::query("SELECT COUNT(*) AS n FROM activation_codes WHERE code_hash LIKE $1")
                .bind(format!("%{}%", added.activation.code.replace('-', "")))
                .fetch_one(db.store.pool())
                .await
                .unwrap()
                .get("n");
        assert_eq!(stored, 0, "the plaintext code is never stored");
        demo.services
            .delete_device(&demo.caller, &demo.device(&added.device.id))
            .await
            .unwrap();
        assert_eq!(
            go_used(&db.store, &subscription).await,
            before,
            "{}",
            db.label()
        );
        db.close().await;
    }
}

#[tokio::test]
async fn go_15_a_code_is_single_use_and_a_new_one_supersedes_it() {
    for db in TestDb::all().await {
        let demo = demo_services(&db).await;
        let avery = demo.user_id("avery").await;
        let added = demo
            .add(&avery, Some(demo.first_subscription().await))
            .await
            .unwrap();
        let device = demo.device(&added.device.id);
        let first = added.activation.code.clone();
        // GO-10: while pending, a new code supersedes the first.
        let second = demo
            .services
            .new_activation_code(&demo.caller, &device, false)
            .await
            .unwrap()
            .code;
        let refused = demo
            .services
            .redeem_activation_code(&demo.carrier, &first)
            .await
            .unwrap_err();
        assert_eq!(
            refused.code,
            Code::ActivationCodeSuperseded,
            "{}",
            db.label()
        );
        // Typed in lower case with spaces, it is the same code.
        let typed = second.to_lowercase().replace('-', " ");
        let line = demo
            .services
            .redeem_activation_code(&demo.carrier, &typed)
            .await
            .unwrap();
        assert_eq!(line.status, LineStatus::Online);
        let used = demo
            .services
            .redeem_activation_code(&demo.carrier, &second)
            .await
            .unwrap_err();
        assert_eq!(used.code, Code::ActivationCodeUsed);
        let unknown = demo
            .services
            .redeem_activation_code(&demo.carrier, "00000-00000-00000-00000-00000")
            .await
            .unwrap_err();
        assert_eq!(unknown.code, Code::ActivationCodeUnknown);
        // GO-10: no new code while the line is online.
        let refused = demo
            .services
            .new_activation_code(&demo.caller, &device, false)
            .await
            .unwrap_err();
        assert_eq!(
            codes(&refused),
            [Code::ActivationNotPending],
            "{}",
            db.label()
        );
        // GO-15 events: disabled → offline, enabled → online, removed → pending.
        for (event, status) in [
            (CarrierEvent::Disabled, LineStatus::Offline),
            (CarrierEvent::Enabled, LineStatus::Online),
            (CarrierEvent::Removed, LineStatus::ActivationPending),
        ] {
            let line = demo
                .services
                .carrier_event(&demo.carrier, &device.device_id, event)
                .await
                .unwrap();
            assert_eq!(line.status, status, "{event:?} ({})", db.label());
        }
        let refused = demo
            .services
            .carrier_event(&demo.carrier, &device.device_id, CarrierEvent::Disabled)
            .await
            .unwrap_err();
        assert_eq!(refused.code, Code::LineNotActive);
        // Removed from the phone: a new code may be generated again.
        demo.services
            .new_activation_code(&demo.caller, &device, false)
            .await
            .unwrap();
        db.close().await;
    }
}

#[tokio::test]
async fn go_5_a_code_older_than_90_days_is_expired() {
    for db in TestDb::all().await {
        let demo = demo_services(&db).await;
        let avery = demo.user_id("avery").await;
        let added = demo
            .add(&avery, Some(demo.first_subscription().await))
            .await
            .unwrap();
        let day = 24 * 60 * 60 * 1000_i64;
        sqlx::query(
            "UPDATE activation_codes SET created_at = created_at - $1, expires_at = expires_at - $1",
        )
        .bind(90 * day)
        .execute(db.store.pool())
        .await
        .unwrap();
        let refused = demo
            .services
            .redeem_activation_code(&demo.carrier, &added.activation.code)
            .await
            .unwrap_err();
        assert_eq!(refused.code, Code::ActivationCodeExpired, "{}", db.label());
        db.close().await;
    }
}

#[tokio::test]
async fn go_15_of_100_concurrent_redemptions_of_one_code_exactly_one_succeeds() {
    for db in TestDb::all().await {
        let demo = Arc::new(demo_services(&db).await);
        let avery = demo.user_id("avery").await;
        let code = demo
            .add(&avery, Some(demo.first_subscription().await))
            .await
            .unwrap()
            .activation
            .code;
        let attempts: Vec<_> = (0..100)
            .map(|_| {
                let demo = demo.clone();
                let code = code.clone();
                tokio::spawn(async move {
                    demo.services
                        .redeem_activation_code(&demo.carrier, &code)
                        .await
                })
            })
            .collect();
        let mut won = 0;
        for attempt in attempts {
            match attempt.await.unwrap() {
                Ok(_) => won += 1,
                Err(error) => assert_eq!(error.code, Code::ActivationCodeUsed, "{}", db.label()),
            }
        }
        assert_eq!(won, 1, "{}", db.label());
        db.close().await;
    }
}

#[tokio::test]
async fn go_12_lost_stolen_deactivates_the_line_and_issues_new_details() {
    for db in TestDb::all().await {
        let demo = demo_services(&db).await;
        let avery = demo.user_id("avery").await;
        let added = demo
            .add(&avery, Some(demo.first_subscription().await))
            .await
            .unwrap();
        let device = demo.device(&added.device.id);
        demo.services
            .redeem_activation_code(&demo.carrier, &added.activation.code)
            .await
            .unwrap();
        let fresh = demo
            .services
            .new_activation_code(&demo.caller, &device, true)
            .await
            .unwrap();
        assert_ne!(fresh.code, added.activation.code);
        let details = demo
            .services
            .get_device(&demo.caller, &device)
            .await
            .unwrap();
        assert_eq!(
            details.row.status,
            LineStatus::ActivationPending,
            "{}",
            db.label()
        );
        assert!(details.code_expires_at_ms.is_some());
        let line = demo
            .services
            .redeem_activation_code(&demo.carrier, &fresh.code)
            .await
            .unwrap();
        assert_eq!(line.status, LineStatus::Online);
        db.close().await;
    }
}

#[tokio::test]
async fn go_6_with_email_suppressed_the_code_is_handed_over_and_sent_only_if_current() {
    for db in TestDb::all().await {
        let demo = demo_services(&db).await;
        demo.services
            .set_email_setting(
                &demo.caller,
                EmailSettingInput {
                    org_id: demo.org_id.clone(),
                    suppress_email: true,
                },
            )
            .await
            .unwrap();
        let mails_before: i64 = sqlx::query("SELECT COUNT(*) AS n FROM email_outbox")
            .fetch_one(db.store.pool())
            .await
            .unwrap()
            .get("n");
        let avery = demo.user_id("avery").await;
        let added = demo
            .add(&avery, Some(demo.first_subscription().await))
            .await
            .unwrap();
        assert_eq!(added.activation.emailed_to, None, "{}", db.label());
        let mails_after: i64 = sqlx::query("SELECT COUNT(*) AS n FROM email_outbox")
            .fetch_one(db.store.pool())
            .await
            .unwrap()
            .get("n");
        assert_eq!(mails_after, mails_before, "no mail while suppressed");
        let send = |code: String, to: &str| app::api::SendActivationInput {
            org_id: demo.org_id.clone(),
            device_id: added.device.id.clone(),
            code,
            to: to.into(),
        };
        demo.services
            .send_activation_code(
                &demo.caller,
                send(added.activation.code.clone(), "avery@home.example"),
            )
            .await
            .unwrap();
        let refused = demo
            .services
            .send_activation_code(
                &demo.caller,
                send("00000-00000-00000-00000-00000".into(), "avery@home.example"),
            )
            .await
            .unwrap_err();
        assert_eq!(codes(&refused), [Code::ActivationCodeSuperseded]);
        let refused = demo
            .services
            .send_activation_code(
                &demo.caller,
                send(added.activation.code.clone(), "not an address"),
            )
            .await
            .unwrap_err();
        assert_eq!(codes(&refused), [Code::EmailInvalid]);
        db.close().await;
    }
}

#[tokio::test]
async fn go_14_the_users_list_shows_the_line_status() {
    for db in TestDb::all().await {
        let demo = demo_services(&db).await;
        let avery = demo.user_id("avery").await;
        let added = demo
            .add(&avery, Some(demo.first_subscription().await))
            .await
            .unwrap();
        demo.services
            .redeem_activation_code(&demo.carrier, &added.activation.code)
            .await
            .unwrap();
        let page = demo
            .services
            .list_users(
                &demo.caller,
                UserQuery {
                    org_id: demo.org_id.clone(),
                    search: "avery".into(),
                    ..UserQuery::default()
                },
            )
            .await
            .unwrap();
        assert_eq!(
            page.users[0].webex_go_status,
            Some(LineStatus::Online),
            "{}",
            db.label()
        );
        db.close().await;
    }
}

#[tokio::test]
async fn deleting_a_user_returns_the_license_of_their_line() {
    for db in TestDb::all().await {
        let demo = demo_services(&db).await;
        let avery = demo.user_id("avery").await;
        let subscription = demo.first_subscription().await;
        let before = go_used(&db.store, &subscription).await;
        demo.add(&avery, Some(subscription.clone())).await.unwrap();
        demo.services
            .delete_user(
                &demo.caller,
                &UserRef {
                    org_id: demo.org_id.clone(),
                    user_id: avery,
                },
            )
            .await
            .unwrap();
        assert_eq!(
            go_used(&db.store, &subscription).await,
            before,
            "{}",
            db.label()
        );
        db.close().await;
    }
}

#[tokio::test]
async fn go_1_a_user_with_a_line_keeps_calling_professional_until_the_line_is_deleted() {
    for db in TestDb::all().await {
        let demo = demo_services(&db).await;
        let avery = demo.user_id("avery").await;
        let added = demo
            .add(&avery, Some(demo.first_subscription().await))
            .await
            .unwrap();
        let to_meetings = app::api::ChangePackageInput {
            org_id: demo.org_id.clone(),
            user_id: avery.clone(),
            package: "webex_meetings".into(),
            calling: Default::default(),
        };
        let refused = demo
            .services
            .change_package(&demo.caller, to_meetings.clone())
            .await
            .unwrap_err();
        assert_eq!(
            codes(&refused),
            [Code::NotCallingProfessional],
            "{}",
            db.label()
        );
        demo.services
            .delete_device(&demo.caller, &demo.device(&added.device.id))
            .await
            .unwrap();
        demo.services
            .change_package(&demo.caller, to_meetings)
            .await
            .unwrap();
        db.close().await;
    }
}
