//! Partner-managed SIP devices on both backends (issue 6): the disclaimer
//! and the secrecy of SIP passwords (PMD-1), the approved catalog (PMD-2),
//! the Device Management entitlement (PMD-3), adding a device to users
//! with a system-wide unique MAC (PMD-4), several users per device
//! (PMD-5), *Update password* (PMD-9) and the MAC check (PMD-10), over the
//! demo dataset.
mod common;

use std::{
    io::Write,
    sync::{Arc, Mutex},
};

use app::api::{
    AddPartnerDeviceInput, DeviceKind, DeviceQuery, DeviceUsersInput, SaveDeviceModelInput,
    SetDeviceManagementInput, ValidateMacsInput,
};
use common::{
    TestDb,
    pmd::{codes, device, pmd},
};
use domain::{Code, partner_devices::MacCheck};
use server::auth::sealing::{Ha1, Sealed};
use sqlx::Row;

#[tokio::test]
async fn pmd_1_a_device_is_refused_without_the_disclaimer_and_records_who_acknowledged_it() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let avery = pmd.user_id("avery").await;
        let mut unacknowledged = device("poly_vvx_250", "00:11:22:33:44:01");
        unacknowledged.disclaimer_acknowledged = false;
        let refused = pmd
            .services
            .add_partner_device(
                &pmd.archer,
                AddPartnerDeviceInput {
                    org_id: pmd.org_id.clone(),
                    user_ids: vec![avery.clone()],
                    device: unacknowledged,
                },
            )
            .await
            .unwrap_err();
        assert_eq!(
            codes(&refused),
            [Code::DisclaimerNotAcknowledged],
            "{}",
            db.label()
        );
        let added = pmd
            .add_to_users(&[avery], "poly_vvx_250", "00:11:22:33:44:01")
            .await
            .unwrap();
        let details = pmd
            .services
            .get_device(&pmd.archer, &pmd.device_ref(&added.device.id))
            .await
            .unwrap();
        let partner = details.partner.expect("partner device facts");
        assert_eq!(
            partner.disclaimer_by.as_deref(),
            Some(common::pmd::ARCHER_ADMIN)
        );
        assert!(partner.disclaimer_at_ms.is_some());
        assert_eq!(
            partner.sip_user_name.as_deref(),
            Some(added.credentials.user_name.as_str())
        );
        db.close().await;
    }
}

/// Every text of every row of every table, for the secret search.
async fn dump_text(db: &TestDb) -> String {
    let tables: Vec<String> = if db.label() == "sqlite" {
        sqlx::query("SELECT name FROM sqlite_master WHERE type = 'table'")
            .fetch_all(db.store.pool())
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>("name"))
            .collect()
    } else {
        sqlx::query(
            "SELECT CAST(table_name AS TEXT) AS name FROM information_schema.tables
             WHERE table_schema = 'public'",
        )
        .fetch_all(db.store.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<String, _>("name"))
        .collect()
    };
    let mut dump = String::new();
    for table in tables {
        let columns: Vec<String> = if db.label() == "sqlite" {
            sqlx::query(&format!("SELECT name FROM pragma_table_info('{table}')"))
                .fetch_all(db.store.pool())
                .await
                .unwrap()
                .iter()
                .map(|r| r.get::<String, _>("name"))
                .collect()
        } else {
            sqlx::query(
                "SELECT CAST(column_name AS TEXT) AS name FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = $1
                   AND data_type IN ('text', 'character varying')",
            )
            .bind(&table)
            .fetch_all(db.store.pool())
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>("name"))
            .collect()
        };
        for column in columns {
            let rows = sqlx::query(&format!(
                "SELECT CAST(\"{column}\" AS TEXT) AS v FROM \"{table}\""
            ))
            .fetch_all(db.store.pool())
            .await
            .unwrap();
            for row in rows {
                if let Ok(Some(value)) = row.try_get::<Option<String>, _>("v") {
                    dump.push_str(&value);
                    dump.push('\n');
                }
            }
        }
    }
    dump
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn pmd_1_and_pmd_9_a_sip_password_is_shown_once_and_found_nowhere_else() {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let avery = pmd.user_id("avery").await;
        let added = pmd
            .add_to_users(&[avery], "yealink_t57w", "00:11:22:33:44:02")
            .await
            .unwrap();
        let first = added.credentials.password.clone();
        assert!(first.chars().count() >= 20, "PMD-1: at least 20 characters");
        let device = pmd.device_ref(&added.device.id);
        let second = pmd
            .services
            .update_sip_password(&pmd.archer, &device)
            .await
            .unwrap();
        assert_ne!(second.password, first);
        assert_eq!(second.user_name, added.credentials.user_name);
        // What is stored opens to the HA1 digests of the new password only.
        let row = sqlx::query(
            "SELECT key_id, nonce, sealed_ha1 FROM sip_credentials WHERE device_id = $1",
        )
        .bind(&added.device.id)
        .fetch_one(db.store.pool())
        .await
        .unwrap();
        let sealed = Sealed {
            key_id: row.get("key_id"),
            nonce: row.get("nonce"),
            ciphertext: row.get("sealed_ha1"),
        };
        let opened = pmd
            .services
            .config
            .secret_key
            .open(&added.device.id, &sealed)
            .unwrap();
        let expected = Ha1::of(&second.user_name, &second.realm, &second.password);
        assert_eq!(String::from_utf8(opened).unwrap(), expected.to_record());
        // Reading the device, the list and the audit log never shows it.
        let details = pmd.services.get_device(&pmd.archer, &device).await.unwrap();
        let page = pmd
            .services
            .list_devices(
                &pmd.archer,
                DeviceQuery {
                    org_id: pmd.org_id.clone(),
                    ..DeviceQuery::default()
                },
            )
            .await
            .unwrap();
        let later_responses = format!(
            "{}{}",
            serde_json::to_string(&details).unwrap(),
            serde_json::to_string(&page).unwrap()
        );
        let dump = dump_text(&db).await;
        assert!(
            dump.contains("sip_password_updated"),
            "PMD-9 is audit-logged"
        );
        let captured = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
        for password in [&first, &second.password] {
            assert!(
                !later_responses.contains(password.as_str()),
                "{}",
                db.label()
            );
            assert!(!dump.contains(password.as_str()), "{}", db.label());
            assert!(!captured.contains(password.as_str()), "{}", db.label());
        }
        // The debug form of the credentials never shows the password either.
        assert!(!format!("{second:?}").contains(&second.password));
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_2_only_approved_catalog_types_can_be_added_and_only_partner_full_admins_edit_them() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let avery = pmd.user_id("avery").await;
        let catalog = pmd.services.device_catalog(&pmd.archer).await.unwrap();
        assert!(catalog.models.len() >= 10, "the seeded catalog");
        assert!(!catalog.can_edit, "a customer admin reads it only");
        let unknown = pmd
            .add_to_users(std::slice::from_ref(&avery), "acme_x1", "00:11:22:33:44:03")
            .await
            .unwrap_err();
        assert_eq!(codes(&unknown), [Code::ModelUnknown], "{}", db.label());
        let vvx = catalog
            .models
            .iter()
            .find(|m| m.key == "poly_vvx_250")
            .unwrap()
            .clone();
        let withdraw = SaveDeviceModelInput {
            id: Some(vvx.id.clone()),
            key: vvx.key.clone(),
            vendor: vvx.vendor.clone(),
            model: vvx.model.clone(),
            device_type: "phone".into(),
            min_firmware: vvx.min_firmware.clone(),
            line_count: vvx.line_count,
            approved: false,
        };
        let forbidden = pmd
            .services
            .save_device_model(&pmd.archer, withdraw.clone())
            .await
            .unwrap_err();
        assert_eq!(forbidden.code, Code::Forbidden);
        let edited = pmd
            .services
            .save_device_model(&pmd.partner, withdraw)
            .await
            .unwrap();
        assert!(edited.can_edit);
        let refused = pmd
            .add_to_users(&[avery], "poly_vvx_250", "00:11:22:33:44:03")
            .await
            .unwrap_err();
        assert_eq!(codes(&refused), [Code::DeviceTypeInvalid], "{}", db.label());
        let bad = pmd
            .services
            .save_device_model(
                &pmd.partner,
                SaveDeviceModelInput {
                    id: None,
                    key: "fax_9000".into(),
                    vendor: " ".into(),
                    model: "Fax 9000".into(),
                    device_type: "fax".into(),
                    min_firmware: "1.0".into(),
                    line_count: 0,
                    approved: true,
                },
            )
            .await
            .unwrap_err();
        assert_eq!(
            codes(&bad),
            [
                Code::DeviceCatalogFieldInvalid,
                Code::DeviceTypeInvalid,
                Code::LineCountInvalid
            ]
        );
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_3_without_the_device_management_integration_partner_devices_are_refused() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let contoso = pmd
            .services
            .device_management(&pmd.partner, &pmd.contoso_id)
            .await
            .unwrap();
        assert!(!contoso.entitled && contoso.can_change);
        let refused = pmd
            .services
            .add_partner_device(
                &pmd.partner,
                AddPartnerDeviceInput {
                    org_id: pmd.contoso_id.clone(),
                    user_ids: vec!["anyone".into()],
                    device: device("poly_vvx_250", "00:11:22:33:44:04"),
                },
            )
            .await
            .unwrap_err();
        assert_eq!(refused.code, Code::DeviceManagementNotEntitled);
        // A customer admin cannot grant it to their own org.
        let archer = pmd
            .services
            .device_management(&pmd.archer, &pmd.org_id)
            .await
            .unwrap();
        assert!(archer.entitled && !archer.can_change);
        let forbidden = pmd
            .services
            .set_device_management(
                &pmd.archer,
                SetDeviceManagementInput {
                    org_id: pmd.org_id.clone(),
                    entitled: false,
                },
            )
            .await
            .unwrap_err();
        assert_eq!(forbidden.code, Code::Forbidden);
        // The partner turns it off for Archer: every action is refused.
        let off = pmd
            .services
            .set_device_management(
                &pmd.partner,
                SetDeviceManagementInput {
                    org_id: pmd.org_id.clone(),
                    entitled: false,
                },
            )
            .await
            .unwrap();
        assert!(!off.entitled);
        let page = pmd
            .services
            .list_devices(
                &pmd.archer,
                DeviceQuery {
                    org_id: pmd.org_id.clone(),
                    search: "0004F2A1B201".into(),
                    ..DeviceQuery::default()
                },
            )
            .await
            .unwrap();
        let demo_device = pmd.device_ref(&page.devices[0].id);
        let details = pmd
            .services
            .get_device(&pmd.archer, &demo_device)
            .await
            .unwrap();
        assert!(!details.partner.unwrap().device_management, "not offered");
        for refused in [
            pmd.services
                .update_sip_password(&pmd.archer, &demo_device)
                .await
                .unwrap_err(),
            pmd.services
                .delete_device(&pmd.archer, &demo_device)
                .await
                .unwrap_err(),
        ] {
            assert_eq!(
                refused.code,
                Code::DeviceManagementNotEntitled,
                "{}",
                db.label()
            );
        }
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_4_a_mac_is_unique_across_the_whole_system_in_any_spelling() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let avery = pmd.user_id("avery").await;
        let added = pmd
            .add_to_users(
                std::slice::from_ref(&avery),
                "cisco_ata_191",
                "0011.2233.4405",
            )
            .await
            .unwrap();
        assert_eq!(added.device.mac.as_deref(), Some("001122334405"));
        assert_eq!(added.device.kind, DeviceKind::PartnerManaged);
        assert_eq!(added.device.model_name, "Cisco ATA 191");
        let again = pmd
            .add_to_users(
                std::slice::from_ref(&avery),
                "poly_vvx_250",
                "00-11-22-33-44-05",
            )
            .await
            .unwrap_err();
        assert_eq!(codes(&again), [Code::MacDuplicate], "{}", db.label());
        // A demo device's MAC, in another spelling.
        let demo = pmd
            .add_to_users(&[avery], "poly_vvx_250", "00:04:f2:a1:b2:01")
            .await
            .unwrap_err();
        assert_eq!(codes(&demo), [Code::MacDuplicate]);
        // The list finds it by MAC (any spelling) and by model.
        for search in ["00:11:22:33:44:05", "ata 191"] {
            let page = pmd
                .services
                .list_devices(
                    &pmd.archer,
                    DeviceQuery {
                        org_id: pmd.org_id.clone(),
                        search: search.into(),
                        ..DeviceQuery::default()
                    },
                )
                .await
                .unwrap();
            assert_eq!(page.total, 1, "{search} on {}", db.label());
            assert_eq!(page.devices[0].id, added.device.id);
        }
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_4_two_concurrent_adds_of_one_mac_make_exactly_one_device() {
    for db in TestDb::all().await {
        let pmd = Arc::new(pmd(&db).await);
        let avery = pmd.user_id("avery").await;
        let blake = pmd.user_id("blake").await;
        let mut tasks = Vec::new();
        for (user, spelling) in [(avery, "00:11:22:33:44:06"), (blake, "001122334406")] {
            let pmd = pmd.clone();
            tasks.push(tokio::spawn(async move {
                pmd.add_to_users(&[user], "yealink_t33g", spelling).await
            }));
        }
        let mut ok = 0;
        for task in tasks {
            match task.await.unwrap() {
                Ok(_) => ok += 1,
                Err(error) => assert_eq!(codes(&error), [Code::MacDuplicate], "{}", db.label()),
            }
        }
        assert_eq!(ok, 1, "{}", db.label());
        let count: i64 =
            sqlx::query("SELECT COUNT(*) AS n FROM devices WHERE mac = '001122334406'")
                .fetch_one(db.store.pool())
                .await
                .unwrap()
                .get("n");
        assert_eq!(count, 1);
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_5_a_device_has_several_users_and_keeps_at_least_one() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let avery = pmd.user_id("avery").await;
        let blake = pmd.user_id("blake").await;
        let added = pmd
            .add_to_users(
                std::slice::from_ref(&avery),
                "audiocodes_445hd",
                "00:11:22:33:44:07",
            )
            .await
            .unwrap();
        let details = pmd
            .services
            .change_device_users(
                &pmd.archer,
                DeviceUsersInput {
                    org_id: pmd.org_id.clone(),
                    device_id: added.device.id.clone(),
                    add: vec![blake.clone()],
                    remove: Vec::new(),
                },
            )
            .await
            .unwrap();
        let users: Vec<&str> = details
            .row
            .users
            .iter()
            .map(|u| u.user_id.as_str())
            .collect();
        assert_eq!(users.len(), 2, "{}", db.label());
        assert!(users.contains(&avery.as_str()) && users.contains(&blake.as_str()));
        // Both users' pages list the device.
        for user in [&avery, &blake] {
            let page = pmd
                .services
                .get_user(
                    &pmd.archer,
                    &app::api::UserRef {
                        org_id: pmd.org_id.clone(),
                        user_id: user.clone(),
                    },
                )
                .await
                .unwrap();
            assert!(page.devices.iter().any(|d| d.id == added.device.id));
        }
        let details = pmd
            .services
            .change_device_users(
                &pmd.archer,
                DeviceUsersInput {
                    org_id: pmd.org_id.clone(),
                    device_id: added.device.id.clone(),
                    add: Vec::new(),
                    remove: vec![avery.clone()],
                },
            )
            .await
            .unwrap();
        assert_eq!(details.row.users.len(), 1);
        let refused = pmd
            .services
            .change_device_users(
                &pmd.archer,
                DeviceUsersInput {
                    org_id: pmd.org_id.clone(),
                    device_id: added.device.id.clone(),
                    add: Vec::new(),
                    remove: vec![blake],
                },
            )
            .await
            .unwrap_err();
        assert_eq!(codes(&refused), [Code::DeviceNeedsUser], "{}", db.label());
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_5_a_shared_device_outlives_one_of_its_users_and_goes_with_the_last() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let avery = pmd.user_id("avery").await;
        let blake = pmd.user_id("blake").await;
        let added = pmd
            .add_to_users(
                &[avery.clone(), blake.clone()],
                "audiocodes_445hd",
                "00:11:22:33:44:08",
            )
            .await
            .unwrap();
        let device_exists = || async {
            sqlx::query("SELECT 1 FROM devices WHERE id = $1")
                .bind(&added.device.id)
                .fetch_optional(db.store.pool())
                .await
                .unwrap()
                .is_some()
        };
        for (user, left) in [(&avery, true), (&blake, false)] {
            pmd.services
                .delete_user(
                    &pmd.archer,
                    &app::api::UserRef {
                        org_id: pmd.org_id.clone(),
                        user_id: user.clone(),
                    },
                )
                .await
                .unwrap();
            assert_eq!(device_exists().await, left, "{}", db.label());
        }
        // Its SIP credentials went with it.
        let credentials: i64 =
            sqlx::query("SELECT COUNT(*) AS n FROM sip_credentials WHERE device_id = $1")
                .bind(&added.device.id)
                .fetch_one(db.store.pool())
                .await
                .unwrap()
                .get("n");
        assert_eq!(credentials, 0, "{}", db.label());
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_10_macs_are_checked_before_anything_is_created() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let checked = pmd
            .services
            .validate_macs(
                &pmd.archer,
                ValidateMacsInput {
                    org_id: pmd.org_id.clone(),
                    macs: vec![
                        "00:11:22:33:44:08".into(),
                        "0004.f2a1.b201".into(),
                        "001122334408".into(),
                        "zz".into(),
                    ],
                },
            )
            .await
            .unwrap();
        let results: Vec<MacCheck> = checked.iter().map(|c| c.result).collect();
        assert_eq!(
            results,
            [
                MacCheck::Available,
                MacCheck::Unavailable,
                MacCheck::DuplicateInList,
                MacCheck::Invalid
            ],
            "{}",
            db.label()
        );
        db.close().await;
    }
}
