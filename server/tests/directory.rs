//! The directory on both backends (issue 3): all-or-none manual add
//! (PH-2, PH-7), unique extensions and numbers, license pools that follow
//! assignments, package changes (PH-8), and the users list's search,
//! filters and keyset paging.
mod common;

use common::TestDb;
use domain::{
    Address, AddressDraft, CatalogKind, CatalogName, Code, LocationName,
    user::{
        CallingDraft, NewUser, OrgDirectory, PackageRules, UserDraft, validate_manual_add,
        validate_package_change,
    },
};
use server::store::{
    Backend, DirectoryError, NewAuditEntry, NewEmail, NewOrg, Store, UserListQuery, UserOrder,
    UserToAdd,
};

const ORG: &str = "org-a";

fn audit() -> NewAuditEntry<'static> {
    NewAuditEntry {
        actor_admin_id: None,
        actor_email: "test",
        actor_org_id: None,
        org_id: Some(ORG),
        action: "users_added",
        detail: "",
    }
}

/// An org with one US location ("loc-us") holding two numbers, and a
/// subscription with `quantity` of every license.
async fn org_with(store: &Store, org: &str, quantity: i64) {
    store
        .insert_org(&NewOrg {
            id: org,
            name: org,
            is_partner: false,
            partner_id: None,
            country: Some("US"),
        })
        .await
        .unwrap();
    let address = Address::parse(&AddressDraft {
        line1: "1 Main St".into(),
        city: "Grand Rapids".into(),
        country: "US".into(),
        ..AddressDraft::default()
    })
    .unwrap();
    for (id, name) in [("loc-us", "Grand Rapids"), ("loc-us-2", "Detroit")] {
        let id = format!("{org}-{id}");
        store
            .insert_location(org, &id, &LocationName::parse(name).unwrap(), &address)
            .await
            .unwrap();
    }
    let numbers: Vec<String> = (0..2).map(|i| format!("+1231456900{i}")).collect();
    if org == ORG {
        let numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();
        store
            .insert_numbers(org, &format!("{org}-loc-us"), &numbers)
            .await
            .unwrap();
    }
    let subscription = format!("sub-{org}");
    store.insert_subscription(&subscription, org).await.unwrap();
    for key in [
        "calling_professional",
        "meetings",
        "basic_messaging",
        "basic_space_meetings",
        "call_on_webex",
    ] {
        let license = store.license_id(key).await.unwrap().unwrap();
        store
            .set_pool_quantity(&subscription, &license, quantity)
            .await
            .unwrap();
    }
}

/// The default catalog's rules, and the test org's locations.
struct Directory;

impl OrgDirectory for Directory {
    fn package(&self, key: &str) -> Option<PackageRules> {
        let needs_calling = match key {
            "webex_calling" | "webex_suite" => true,
            "webex_meetings" => false,
            _ => return None,
        };
        Some(PackageRules { needs_calling })
    }

    fn location_country(&self, location_id: &str) -> Option<domain::Country> {
        location_id.starts_with(ORG).then_some(domain::Country::US)
    }
}

fn draft(email: &str, package: &str, extension: &str, number: &str) -> UserDraft {
    UserDraft {
        email: email.into(),
        first_name: "Test".into(),
        last_name: email.split('@').next().unwrap().into(),
        package: package.into(),
        calling: if package == "webex_meetings" {
            CallingDraft::default()
        } else {
            CallingDraft {
                location_id: format!("{ORG}-loc-us"),
                extension: extension.into(),
                phone_number: number.into(),
            }
        },
        ..UserDraft::default()
    }
}

fn users(drafts: &[UserDraft]) -> Vec<NewUser> {
    validate_manual_add(drafts, &Directory).expect("valid drafts")
}

async fn add(store: &Store, users: &[NewUser]) -> Result<Vec<String>, DirectoryError> {
    let to_add: Vec<UserToAdd<'_>> = users
        .iter()
        .map(|user| UserToAdd {
            user,
            invitation: Some(NewEmail {
                to_address: user.email.as_str(),
                subject: "Welcome",
                body_text: "Hello",
                language: "en",
            }),
        })
        .collect();
    store.insert_users(ORG, &to_add, &audit()).await
}

async fn used(store: &Store, key: &str) -> i64 {
    store
        .pools_of(ORG)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.license_key == key)
        .map_or(0, |p| p.used)
}

fn refusal(result: Result<Vec<String>, DirectoryError>) -> (usize, &'static str, Code) {
    match result {
        Err(DirectoryError::Refused { row, field, code }) => (row, field, code),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn a_manual_add_applies_every_user_with_licenses_number_and_invitation() {
    for db in TestDb::all().await {
        let store = &db.store;
        org_with(store, ORG, 10).await;
        let ids = add(
            store,
            &users(&[
                draft("anna@a.example", "webex_calling", "1001", "(231) 456-9000"),
                draft("bjorn@a.example", "webex_meetings", "", ""),
            ]),
        )
        .await
        .unwrap();
        assert_eq!(ids.len(), 2, "{}", db.label());
        let anna = store.user(ORG, &ids[0]).await.unwrap().unwrap();
        assert_eq!(anna.phone_number.as_deref(), Some("+12314569000"));
        assert_eq!(anna.extension.as_deref(), Some("1001"));
        assert_eq!(anna.status, "invited");
        // PH-5: the package's license and the three default licenses.
        let held: Vec<String> = store
            .licenses_held(&ids[0])
            .await
            .unwrap()
            .into_iter()
            .map(|l| l.license_key)
            .collect();
        assert_eq!(held.len(), 4, "{held:?}");
        assert_eq!(used(store, "calling_professional").await, 1);
        assert_eq!(used(store, "meetings").await, 1);
        assert_eq!(used(store, "basic_messaging").await, 2);
        let outbox: i64 = store
            .outbox_counts()
            .await
            .unwrap()
            .into_iter()
            .map(|(_, n)| n)
            .sum();
        assert_eq!(outbox, 2, "one invitation per user");
        assert_eq!(
            store.count_users(ORG).await.unwrap(),
            2,
            "the counter follows"
        );
        db.close().await;
    }
}

#[tokio::test]
async fn a_refused_row_leaves_nothing_of_the_whole_add() {
    for db in TestDb::all().await {
        let store = &db.store;
        org_with(store, ORG, 10).await;
        add(
            store,
            &users(&[draft("first@a.example", "webex_calling", "1001", "")]),
        )
        .await
        .unwrap();
        // Row 1 repeats an extension that is in use: nothing is applied.
        let result = add(
            store,
            &users(&[
                draft("second@a.example", "webex_calling", "1002", "+12314569000"),
                draft("third@a.example", "webex_calling", "1001", ""),
            ]),
        )
        .await;
        assert_eq!(refusal(result), (1, "extension", Code::ExtensionInUse));
        assert_eq!(store.count_users(ORG).await.unwrap(), 1, "{}", db.label());
        assert_eq!(used(store, "calling_professional").await, 1);
        let free = store
            .numbers_of(ORG, None, server::store::NumberState::Free, None, 10)
            .await
            .unwrap();
        assert_eq!(free.len(), 2, "the number row 0 took is free again");
        // The same email again.
        let result = add(
            store,
            &users(&[draft("FIRST@a.example", "webex_meetings", "", "")]),
        )
        .await;
        assert_eq!(refusal(result), (0, "email", Code::EmailInUse));
        db.close().await;
    }
}

#[tokio::test]
async fn numbers_are_taken_only_when_free_in_the_users_location() {
    for db in TestDb::all().await {
        let store = &db.store;
        org_with(store, ORG, 10).await;
        add(
            store,
            &users(&[draft("a@a.example", "webex_calling", "", "+12314569000")]),
        )
        .await
        .unwrap();
        let taken = add(
            store,
            &users(&[draft("b@a.example", "webex_calling", "", "+12314569000")]),
        )
        .await;
        assert_eq!(refusal(taken), (0, "phone_number", Code::NumberInUse));
        let unknown = add(
            store,
            &users(&[draft("b@a.example", "webex_calling", "", "+12314569999")]),
        )
        .await;
        assert_eq!(refusal(unknown), (0, "phone_number", Code::NumberUnknown));
        let mut elsewhere = draft("b@a.example", "webex_calling", "", "+12314569001");
        elsewhere.calling.location_id = format!("{ORG}-loc-us-2");
        let elsewhere = add(store, &users(&[elsewhere])).await;
        assert_eq!(
            refusal(elsewhere),
            (0, "phone_number", Code::NumberOtherLocation),
            "{}",
            db.label()
        );
        db.close().await;
    }
}

#[tokio::test]
async fn extensions_are_unique_per_org_not_across_orgs() {
    for db in TestDb::all().await {
        let store = &db.store;
        org_with(store, ORG, 10).await;
        org_with(store, "org-b", 10).await;
        add(
            store,
            &users(&[draft("a@a.example", "webex_calling", "1001", "")]),
        )
        .await
        .unwrap();
        let other = validate_manual_add(
            &[UserDraft {
                calling: CallingDraft {
                    location_id: "org-b-loc-us".into(),
                    extension: "1001".into(),
                    phone_number: String::new(),
                },
                ..draft("a@b.example", "webex_calling", "", "")
            }],
            &AnyLocation,
        )
        .unwrap();
        let to_add = [UserToAdd {
            user: &other[0],
            invitation: None,
        }];
        store
            .insert_users("org-b", &to_add, &audit())
            .await
            .expect("another org may use the same extension");
        db.close().await;
    }
}

#[tokio::test]
async fn a_location_of_another_org_is_refused() {
    for db in TestDb::all().await {
        let store = &db.store;
        org_with(store, ORG, 10).await;
        org_with(store, "org-b", 10).await;
        let mut foreign = draft("a@a.example", "webex_calling", "1001", "");
        foreign.calling.location_id = "org-b-loc-us".into();
        // The browser would not offer it; a forged request names it anyway.
        let user = validate_manual_add(&[foreign.clone()], &AnyLocation).unwrap();
        let result = add(store, &user).await;
        assert_eq!(refusal(result), (0, "location", Code::LocationUnknown));
        db.close().await;
    }
}

/// A directory that believes in every location, like a forged request.
struct AnyLocation;

impl OrgDirectory for AnyLocation {
    fn package(&self, key: &str) -> Option<PackageRules> {
        Directory.package(key)
    }

    fn location_country(&self, _: &str) -> Option<domain::Country> {
        Some(domain::Country::US)
    }
}

#[tokio::test]
async fn the_last_license_goes_to_the_first_row_and_the_add_is_refused() {
    for db in TestDb::all().await {
        let store = &db.store;
        org_with(store, ORG, 1).await;
        let result = add(
            store,
            &users(&[
                draft("a@a.example", "webex_meetings", "", ""),
                draft("b@a.example", "webex_meetings", "", ""),
            ]),
        )
        .await;
        assert_eq!(refusal(result), (1, "package", Code::LicenseExhausted));
        assert_eq!(used(store, "meetings").await, 0, "{}", db.label());
        assert_eq!(used(store, "basic_messaging").await, 0);
        db.close().await;
    }
}

#[tokio::test]
async fn changing_the_package_moves_licenses_and_the_number_in_one_step() {
    for db in TestDb::all().await {
        let store = &db.store;
        org_with(store, ORG, 10).await;
        let ids = add(
            store,
            &users(&[draft("a@a.example", "webex_meetings", "", "")]),
        )
        .await
        .unwrap();
        assert_eq!(used(store, "meetings").await, 1);
        let change = validate_package_change(
            "webex_calling",
            &CallingDraft {
                location_id: format!("{ORG}-loc-us"),
                extension: "2001".into(),
                phone_number: "+12314569001".into(),
            },
            &Directory,
        )
        .unwrap();
        store
            .change_package(ORG, &ids[0], &change, &audit())
            .await
            .unwrap();
        let user = store.user(ORG, &ids[0]).await.unwrap().unwrap();
        assert_eq!(user.package_key, "webex_calling", "{}", db.label());
        assert_eq!(user.phone_number.as_deref(), Some("+12314569001"));
        assert_eq!(used(store, "meetings").await, 0);
        assert_eq!(used(store, "calling_professional").await, 1);
        assert_eq!(used(store, "basic_messaging").await, 1, "defaults stay");
        // Back to Meetings: the number is freed, calling license returned.
        let back = validate_package_change("webex_meetings", &CallingDraft::default(), &Directory)
            .unwrap();
        store
            .change_package(ORG, &ids[0], &back, &audit())
            .await
            .unwrap();
        let user = store.user(ORG, &ids[0]).await.unwrap().unwrap();
        assert_eq!(user.phone_number, None);
        assert_eq!(user.extension, None);
        assert_eq!(used(store, "calling_professional").await, 0);
        // Deleting returns every license.
        store.delete_user(ORG, &ids[0], &audit()).await.unwrap();
        assert_eq!(store.count_users(ORG).await.unwrap(), 0);
        assert_eq!(used(store, "meetings").await, 0);
        assert_eq!(used(store, "basic_messaging").await, 0);
        db.close().await;
    }
}

#[tokio::test]
async fn the_users_list_searches_by_word_prefix_filters_and_pages_without_gaps() {
    for db in TestDb::all().await {
        let store = &db.store;
        org_with(store, ORG, 100).await;
        let drafts: Vec<UserDraft> = (0..23)
            .map(|i| {
                let package = if i % 3 == 0 {
                    "webex_calling"
                } else {
                    "webex_meetings"
                };
                let extension = format!("{}", 3000 + i);
                draft(&format!("user{i:02}@a.example"), package, &extension, "")
            })
            .collect();
        let mut drafts = drafts;
        drafts.push(UserDraft {
            first_name: "Øyvind".into(),
            last_name: "Berg-Hansen".into(),
            ..draft("oyvind@bergen.example", "webex_meetings", "", "")
        });
        add(store, &users(&drafts)).await.unwrap();

        let list = |query: UserListQuery<'static>| async move {
            store.list_users(ORG, &query).await.unwrap()
        };
        let found = list(UserListQuery {
            search: "berg",
            limit: 50,
            ..Default::default()
        })
        .await;
        assert_eq!(found.len(), 1, "{}", db.label());
        assert_eq!(found[0].email, "oyvind@bergen.example");
        // Every word must match some term; words match by prefix.
        assert_eq!(
            list(UserListQuery {
                search: "øyv HANS",
                limit: 50,
                ..Default::default()
            })
            .await
            .len(),
            1
        );
        assert!(
            list(UserListQuery {
                search: "øyv nobody",
                limit: 50,
                ..Default::default()
            })
            .await
            .is_empty()
        );
        // A LIKE wildcard is just a character.
        assert!(
            list(UserListQuery {
                search: "%",
                limit: 50,
                ..Default::default()
            })
            .await
            .is_empty()
        );
        let calling = list(UserListQuery {
            package_key: Some("webex_calling"),
            limit: 50,
            ..Default::default()
        })
        .await;
        assert_eq!(calling.len(), 8);

        // Keyset pages of 5 in each order cover every match exactly once,
        // in order: without words (index order), with a word or two (read
        // from the terms index, issue 9.3) and with a filter on top.
        let everyone = list(UserListQuery {
            limit: 1000,
            ..Default::default()
        })
        .await;
        assert_eq!(everyone.len(), 24);
        for (search, package) in [
            ("", None),
            ("test", None),
            ("test a.ex", None),
            ("test", Some("webex_meetings")),
            ("use exam", Some("webex_calling")),
        ] {
            for (order, descending) in [
                (UserOrder::Name, false),
                (UserOrder::Name, true),
                (UserOrder::Email, false),
                (UserOrder::Email, true),
            ] {
                let key_of = |user: &server::store::UserRecord| match order {
                    UserOrder::Name => (user.sort_name.clone(), user.id.clone()),
                    UserOrder::Email => (user.email.clone(), user.id.clone()),
                };
                let mut expected: Vec<_> = everyone
                    .iter()
                    .filter(|u| search.is_empty() || u.email != "oyvind@bergen.example")
                    .filter(|u| package.is_none_or(|p| u.package_key == p))
                    .collect();
                expected.sort_by_key(|u| key_of(u));
                if descending {
                    expected.reverse();
                }
                let expected: Vec<&str> = expected.iter().map(|u| u.email.as_str()).collect();
                let mut seen = Vec::new();
                let mut after = None;
                loop {
                    let page = store
                        .list_users(
                            ORG,
                            &UserListQuery {
                                search,
                                package_key: package,
                                order,
                                descending,
                                after: after.clone(),
                                limit: 5,
                                ..Default::default()
                            },
                        )
                        .await
                        .unwrap();
                    let Some(last) = page.last() else { break };
                    after = Some(key_of(last));
                    seen.extend(page.into_iter().map(|u| u.email));
                }
                assert_eq!(
                    seen,
                    expected,
                    "{}: {search:?} {package:?} {order:?} descending {descending}",
                    db.label()
                );
            }
        }
        db.close().await;
    }
}

#[tokio::test]
async fn catalog_names_belong_to_one_partner_and_reset_to_the_default() {
    for db in TestDb::all().await {
        let store = &db.store;
        for partner in ["partner-a", "partner-b"] {
            store
                .insert_org(&NewOrg {
                    id: partner,
                    name: partner,
                    is_partner: true,
                    partner_id: None,
                    country: None,
                })
                .await
                .unwrap();
        }
        let name = CatalogName::parse("Calling Pro").unwrap();
        let entry = |action| NewAuditEntry {
            org_id: Some("partner-a"),
            action,
            ..audit()
        };
        store
            .set_catalog_name(
                "partner-a",
                CatalogKind::Package,
                "webex_calling",
                Some(&name),
                &entry("catalog_renamed"),
            )
            .await
            .unwrap();
        let seen = |names: &server::store::CatalogNames| {
            names.resolve(
                CatalogKind::Package,
                "webex_calling",
                "Webex Calling".into(),
            )
        };
        let a = store.catalog_names(Some("partner-a")).await.unwrap();
        assert_eq!(seen(&a), "Calling Pro");
        assert_eq!(
            a.resolve(CatalogKind::License, "webex_calling", "default".into()),
            "default",
            "a package's name is not a license's"
        );
        let b = store.catalog_names(Some("partner-b")).await.unwrap();
        assert_eq!(seen(&b), "Webex Calling");
        assert_eq!(
            seen(&store.catalog_names(None).await.unwrap()),
            "Webex Calling"
        );

        // Renaming again replaces the name; resetting removes it.
        let again = CatalogName::parse("Calling Premium").unwrap();
        store
            .set_catalog_name(
                "partner-a",
                CatalogKind::Package,
                "webex_calling",
                Some(&again),
                &entry("catalog_renamed"),
            )
            .await
            .unwrap();
        assert_eq!(
            seen(&store.catalog_names(Some("partner-a")).await.unwrap()),
            "Calling Premium"
        );
        store
            .set_catalog_name(
                "partner-a",
                CatalogKind::Package,
                "webex_calling",
                None,
                &entry("catalog_renamed"),
            )
            .await
            .unwrap();
        let reset = store.catalog_names(Some("partner-a")).await.unwrap();
        assert!(!reset.is_renamed(CatalogKind::Package, "webex_calling"));
        let entries = store.audit_page("partner-a", None, 10).await.unwrap();
        assert_eq!(entries.len(), 3, "every change has its audit entry");
        db.close().await;
    }
}

/// Issue 9.3: after a bulk change the planner has statistics for the
/// search terms on both engines (without them SQLite walked every user of
/// the org for a two-word search).
#[tokio::test]
async fn refreshing_statistics_gives_the_planner_figures_for_the_search_terms() {
    for db in TestDb::all().await {
        let store = &db.store;
        org_with(store, ORG, 10).await;
        add(
            store,
            &users(&[
                draft("anna@a.example", "webex_meetings", "", ""),
                draft("bjorn@a.example", "webex_meetings", "", ""),
            ]),
        )
        .await
        .unwrap();
        store.refresh_directory_statistics().await.unwrap();
        let sql = match store.backend() {
            Backend::Sqlite => "SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'user_terms'",
            Backend::Postgres => {
                "SELECT COUNT(*) FROM pg_stats
                 WHERE schemaname = current_schema() AND tablename = 'user_terms'"
            }
        };
        let figures: i64 = sqlx::query_scalar(sql)
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert!(figures > 0, "{}: no statistics for user_terms", db.label());
        db.close().await;
    }
}

/// Issue 9.3, migration 13: users whose terms an older schema wrote are
/// found after the upgrade, in name order, on both engines.
#[tokio::test]
async fn terms_written_before_migration_13_are_found_in_name_order_after_it() {
    for db in TestDb::all_at(12).await {
        let store = &db.store;
        // Written as schema 12 had it (nothing is seeded before the last
        // version).
        for statement in [
            "INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'Org A', 0)",
            "INSERT INTO packages (id, key, name, created_at)
             VALUES ('pkg-m', 'webex_meetings', 'Webex Meetings', 0)",
        ] {
            sqlx::query(statement).execute(store.pool()).await.unwrap();
        }
        let package = "pkg-m";
        for (id, email, display) in [
            ("u-zoe", "zoe@a.example", "Zoe Berg"),
            ("u-anna", "anna@a.example", "Anna Berg"),
            ("u-bo", "bo@a.example", "Bo Lind"),
        ] {
            sqlx::query(
                "INSERT INTO users (id, org_id, email, display_name, sort_name, package_id,
                     status, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, 'active', 0, 0)",
            )
            .bind(id)
            .bind(ORG)
            .bind(email)
            .bind(display)
            .bind(display.to_lowercase())
            .bind(package)
            .execute(store.pool())
            .await
            .unwrap();
            for term in server::store::terms_of(email, &[Some(display)]) {
                sqlx::query("INSERT INTO user_terms (org_id, term, user_id) VALUES ($1, $2, $3)")
                    .bind(ORG)
                    .bind(term)
                    .bind(id)
                    .execute(store.pool())
                    .await
                    .unwrap();
            }
        }
        let applied = store.migrate().await.unwrap();
        assert!(applied.contains(&13), "{}: {applied:?}", db.label());
        let found = store
            .list_users(
                ORG,
                &UserListQuery {
                    search: "berg",
                    limit: 50,
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        let names: Vec<&str> = found.iter().map(|u| u.display_name.as_str()).collect();
        assert_eq!(names, ["Anna Berg", "Zoe Berg"], "{}", db.label());
        db.close().await;
    }
}
