//! Workspaces on both backends (issue 6): creating one with its name
//! (PMD-7), room, Calling license, a number of its location and an
//! extension (PMD-6), and the device limits of its license (PMD-8), over
//! the demo dataset.
mod common;

use app::api::{
    AddUsersInput, AddWorkspaceDeviceInput, CreateWorkspaceInput, FreeNumbersQuery, WorkspaceRef,
};
use common::{
    TestDb,
    pmd::{Pmd, codes, device, pmd},
};
use domain::{
    Code, WorkspaceLicense,
    user::{CallingDraft, UserDraft},
    users_csv::FileKeys,
};
use server::demo::demo_id;
use sqlx::Row;

async fn free_numbers(pmd: &Pmd, location: &str) -> Vec<String> {
    pmd.services
        .workspace_free_numbers(
            &pmd.archer,
            FreeNumbersQuery {
                org_id: pmd.org_id.clone(),
                location_id: demo_id(location),
            },
        )
        .await
        .unwrap()
}

fn input(pmd: &Pmd, name: &str, license: &str, number: &str, mac: &str) -> CreateWorkspaceInput {
    CreateWorkspaceInput {
        org_id: pmd.org_id.clone(),
        name: name.into(),
        room_type: "huddle_room".into(),
        capacity: "4".into(),
        device: device("yealink_t54w", mac),
        license: license.into(),
        subscription_id: None,
        location_id: demo_id("archer-grand-rapids"),
        phone_number: number.into(),
        extension: None,
    }
}

async fn pool_used(db: &TestDb, license_key: &str) -> i64 {
    sqlx::query(
        "SELECT sl.used FROM subscription_licenses sl JOIN licenses l ON l.id = sl.license_id
         WHERE sl.subscription_id = $1 AND l.key = $2",
    )
    .bind(demo_id("archer-main"))
    .bind(license_key)
    .fetch_one(db.store.pool())
    .await
    .unwrap()
    .get("used")
}

#[tokio::test]
async fn pmd_6_a_workspace_gets_its_license_a_number_of_its_location_and_its_first_device() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let numbers = free_numbers(&pmd, "archer-grand-rapids").await;
        let before = pool_used(&db, "workspace_professional").await;
        let mut new = input(
            &pmd,
            "Huddle 3",
            "professional",
            &numbers[0],
            "00:11:22:33:55:01",
        );
        new.extension = Some("7101".into());
        let created = pmd
            .services
            .create_workspace(&pmd.archer, new)
            .await
            .unwrap();
        assert_eq!(created.workspace.license, WorkspaceLicense::Professional);
        assert_eq!(
            created.workspace.phone_number.as_deref(),
            Some(numbers[0].as_str())
        );
        assert_eq!(created.workspace.device_count, 1);
        assert_eq!(created.workspace.device_limit, 5);
        assert_eq!(
            created.device.workspace.as_ref().map(|w| w.name.as_str()),
            Some("Huddle 3")
        );
        assert!(created.credentials.password.len() >= 20);
        assert_eq!(pool_used(&db, "workspace_professional").await, before + 1);
        // The number is no longer offered.
        assert!(
            !free_numbers(&pmd, "archer-grand-rapids")
                .await
                .contains(&numbers[0])
        );
        let listed = pmd
            .services
            .list_workspaces(&pmd.archer, &pmd.org_id)
            .await
            .unwrap();
        assert_eq!(listed.len(), 3, "two demo workspaces and this one");
        // Delete returns the license and the number.
        pmd.services
            .delete_workspace(
                &pmd.archer,
                &WorkspaceRef {
                    org_id: pmd.org_id.clone(),
                    workspace_id: created.workspace.id.clone(),
                },
            )
            .await
            .unwrap();
        assert_eq!(pool_used(&db, "workspace_professional").await, before);
        assert!(
            free_numbers(&pmd, "archer-grand-rapids")
                .await
                .contains(&numbers[0])
        );
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_6_a_number_of_another_location_a_taken_number_or_extension_is_refused() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let toronto = free_numbers(&pmd, "archer-toronto").await;
        let refused = pmd
            .services
            .create_workspace(
                &pmd.archer,
                input(
                    &pmd,
                    "Room A",
                    "common_area",
                    &toronto[0],
                    "00:11:22:33:55:02",
                ),
            )
            .await
            .unwrap_err();
        assert_eq!(
            codes(&refused),
            [Code::NumberOtherLocation],
            "{}",
            db.label()
        );
        // The demo lobby holds +12314569029.
        let refused = pmd
            .services
            .create_workspace(
                &pmd.archer,
                input(
                    &pmd,
                    "Room A",
                    "common_area",
                    "+12314569029",
                    "00:11:22:33:55:02",
                ),
            )
            .await
            .unwrap_err();
        assert_eq!(codes(&refused), [Code::NumberInUse], "{}", db.label());
        let numbers = free_numbers(&pmd, "archer-grand-rapids").await;
        for extension in ["1001", "7002"] {
            // Avery's extension, then the demo lobby's.
            let mut new = input(
                &pmd,
                "Room A",
                "common_area",
                &numbers[0],
                "00:11:22:33:55:02",
            );
            new.extension = Some(extension.into());
            let refused = pmd
                .services
                .create_workspace(&pmd.archer, new)
                .await
                .unwrap_err();
            assert_eq!(
                codes(&refused),
                [Code::ExtensionInUse],
                "{extension} on {}",
                db.label()
            );
        }
        // Nothing was left behind by the refusals.
        let count: i64 = sqlx::query("SELECT COUNT(*) AS n FROM workspaces")
            .fetch_one(db.store.pool())
            .await
            .unwrap()
            .get("n");
        assert_eq!(count, 2);
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_7_a_31_character_workspace_name_and_other_bad_fields_are_refused() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let mut new = input(&pmd, &"x".repeat(31), "enterprise", "not a number", "zz");
        new.room_type = "garage".into();
        new.capacity = "0".into();
        new.device.disclaimer_acknowledged = false;
        let refused = pmd
            .services
            .create_workspace(&pmd.archer, new)
            .await
            .unwrap_err();
        let found = codes(&refused);
        for code in [
            Code::WorkspaceNameTooLong,
            Code::RoomTypeUnknown,
            Code::CapacityInvalid,
            Code::WorkspaceLicenseUnknown,
            Code::PhoneNumberInvalid,
            Code::DisclaimerNotAcknowledged,
            Code::MacInvalid,
        ] {
            assert!(
                found.contains(&code),
                "{code} in {found:?} on {}",
                db.label()
            );
        }
        let numbers = free_numbers(&pmd, "archer-grand-rapids").await;
        let forbidden = pmd
            .services
            .create_workspace(
                &pmd.archer,
                input(
                    &pmd,
                    "Room #1",
                    "professional",
                    &numbers[0],
                    "00:11:22:33:55:03",
                ),
            )
            .await
            .unwrap_err();
        assert_eq!(codes(&forbidden), [Code::WorkspaceNameForbiddenCharacter]);
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_8_a_professional_workspace_refuses_a_sixth_device() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let boardroom = demo_id("archer-ws-boardroom");
        for n in 2..=5 {
            pmd.services
                .add_workspace_device(
                    &pmd.archer,
                    AddWorkspaceDeviceInput {
                        org_id: pmd.org_id.clone(),
                        workspace_id: boardroom.clone(),
                        device: device("poly_vvx_350", &format!("00:11:22:33:66:0{n}")),
                    },
                )
                .await
                .unwrap();
        }
        let refused = pmd
            .services
            .add_workspace_device(
                &pmd.archer,
                AddWorkspaceDeviceInput {
                    org_id: pmd.org_id.clone(),
                    workspace_id: boardroom.clone(),
                    device: device("poly_vvx_350", "00:11:22:33:66:06"),
                },
            )
            .await
            .unwrap_err();
        assert_eq!(
            codes(&refused),
            [Code::WorkspaceDeviceLimit],
            "{}",
            db.label()
        );
        let details = pmd
            .services
            .get_workspace(
                &pmd.archer,
                &WorkspaceRef {
                    org_id: pmd.org_id.clone(),
                    workspace_id: boardroom,
                },
            )
            .await
            .unwrap();
        assert_eq!(details.devices.len(), 5);
        assert_eq!(details.row.device_count, 5);
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_8_a_common_area_workspace_refuses_a_second_device() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let numbers = free_numbers(&pmd, "archer-grand-rapids").await;
        let created = pmd
            .services
            .create_workspace(
                &pmd.archer,
                input(
                    &pmd,
                    "Kitchen",
                    "common_area",
                    &numbers[0],
                    "00:11:22:33:77:01",
                ),
            )
            .await
            .unwrap();
        assert_eq!(created.workspace.device_limit, 1);
        let refused = pmd
            .services
            .add_workspace_device(
                &pmd.archer,
                AddWorkspaceDeviceInput {
                    org_id: pmd.org_id.clone(),
                    workspace_id: created.workspace.id.clone(),
                    device: device("grandstream_ht812", "00:11:22:33:77:02"),
                },
            )
            .await
            .unwrap_err();
        assert_eq!(
            codes(&refused),
            [Code::WorkspaceDeviceLimit],
            "{}",
            db.label()
        );
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_6_workspace_licenses_come_from_the_pool_until_it_is_exhausted() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        let numbers = free_numbers(&pmd, "archer-grand-rapids").await;
        // The demo's archer-main has 5 Common Area licenses; the lobby holds one.
        let left = 5 - pool_used(&db, "common_area").await;
        for n in 0..left {
            pmd.services
                .create_workspace(
                    &pmd.archer,
                    input(
                        &pmd,
                        &format!("Hall {n}"),
                        "common_area",
                        &numbers[n as usize],
                        &format!("00:11:22:33:88:{n:02}"),
                    ),
                )
                .await
                .unwrap();
        }
        let refused = pmd
            .services
            .create_workspace(
                &pmd.archer,
                input(
                    &pmd,
                    "Hall X",
                    "common_area",
                    &numbers[20],
                    "00:11:22:33:88:99",
                ),
            )
            .await
            .unwrap_err();
        assert_eq!(codes(&refused), [Code::LicenseExhausted], "{}", db.label());
        // The refused workspace took no number and left no device.
        assert!(
            free_numbers(&pmd, "archer-grand-rapids")
                .await
                .contains(&numbers[20])
        );
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_8_a_workspaces_extension_and_number_are_not_free_for_users() {
    for db in TestDb::all().await {
        let pmd = pmd(&db).await;
        // The demo lobby holds extension 7002 and +12314569029.
        let lobby_extension = UserDraft {
            email: "new.user@archer.example".into(),
            first_name: "New".into(),
            last_name: "User".into(),
            display_name: String::new(),
            package: "webex_calling".into(),
            calling: CallingDraft {
                location_id: demo_id("archer-grand-rapids"),
                extension: "7002".into(),
                phone_number: String::new(),
            },
        };
        let refused = pmd
            .services
            .add_users(
                &pmd.archer,
                AddUsersInput {
                    org_id: pmd.org_id.clone(),
                    users: vec![lobby_extension],
                },
            )
            .await
            .unwrap_err();
        assert_eq!(codes(&refused), [Code::ExtensionInUse], "{}", db.label());
        // An import learns the same before it is submitted.
        let keys = FileKeys {
            emails: vec!["new.user@archer.example".into()],
            extensions: vec!["7002".into(), "7999".into()],
            numbers: vec!["+12314569029".into()],
        };
        let facts = pmd
            .services
            .import_facts(&pmd.archer, &pmd.org_id, &keys)
            .await
            .unwrap();
        assert_eq!(facts.workspace_extensions, ["7002"], "{}", db.label());
        assert_eq!(facts.workspace_numbers, ["+12314569029"], "{}", db.label());
        db.close().await;
    }
}
