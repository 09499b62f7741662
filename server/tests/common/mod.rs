//! Test databases: a fresh SQLite file, and — when `SWITCHBOARD_TEST_PG`
//! names a PostgreSQL server — a fresh PostgreSQL database per test, dropped
//! afterwards. With `SWITCHBOARD_REQUIRE_PG=1` (CI) a missing or unreachable
//! PostgreSQL fails the suite instead of skipping it.
#![allow(dead_code)]

pub mod pmd;
pub mod poppler;
pub mod process;

use server::store::Store;
use sqlx::{Connection, Executor};

pub struct TestDb {
    pub store: Store,
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    Sqlite(tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        TestDb::sqlite_at(i64::MAX).await
    }

    /// A fresh SQLite database migrated up to schema `version`.
    pub async fn sqlite_at(version: i64) -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}/test.db", dir.path().display());
        let store = Store::connect(&url).await.expect("sqlite connects");
        store.migrate_to(version).await.expect("migrations apply");
        TestDb {
            store,
            url,
            cleanup: Cleanup::Sqlite(dir),
        }
    }

    /// A fresh PostgreSQL database, or `None` when PostgreSQL is not
    /// configured (and not required).
    pub async fn postgres() -> Option<TestDb> {
        TestDb::postgres_at(i64::MAX).await
    }

    /// A fresh PostgreSQL database migrated up to schema `version`.
    pub async fn postgres_at(version: i64) -> Option<TestDb> {
        let admin_url = match std::env::var("SWITCHBOARD_TEST_PG") {
            Ok(url) if !url.is_empty() => url,
            _ => {
                assert!(
                    std::env::var("SWITCHBOARD_REQUIRE_PG").is_err(),
                    "SWITCHBOARD_REQUIRE_PG is set but SWITCHBOARD_TEST_PG is not"
                );
                return None;
            }
        };
        let name = format!("sb_test_{}", uuid::Uuid::new_v4().simple());
        let mut admin = sqlx::PgConnection::connect(&admin_url)
            .await
            .unwrap_or_else(|e| panic!("PostgreSQL at {admin_url} is unreachable: {e}"));
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create test database");
        let url = match admin_url.rsplit_once('/') {
            Some((server, _db)) => format!("{server}/{name}"),
            None => panic!("SWITCHBOARD_TEST_PG must name a database: {admin_url}"),
        };
        let store = Store::connect(&url).await.expect("postgres connects");
        store.migrate_to(version).await.expect("migrations apply");
        Some(TestDb {
            store,
            url,
            cleanup: Cleanup::Postgres { admin_url, name },
        })
    }

    /// Every backend this run covers: SQLite always, PostgreSQL when set.
    pub async fn all() -> Vec<TestDb> {
        TestDb::all_at(i64::MAX).await
    }

    /// Every backend this run covers, migrated up to schema `version`.
    pub async fn all_at(version: i64) -> Vec<TestDb> {
        let mut dbs = vec![TestDb::sqlite_at(version).await];
        if let Some(pg) = TestDb::postgres_at(version).await {
            dbs.push(pg);
        }
        dbs
    }

    pub async fn close(self) {
        self.store.pool().close().await;
        if let Cleanup::Postgres { admin_url, name } = &self.cleanup
            && let Ok(mut admin) = sqlx::PgConnection::connect(admin_url).await
        {
            let _ = admin
                .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                .await;
        }
    }

    pub fn label(&self) -> &'static str {
        match self.cleanup {
            Cleanup::Sqlite(_) => "sqlite",
            Cleanup::Postgres { .. } => "postgres",
        }
    }
}
