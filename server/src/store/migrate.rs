//! Forward-only migrations, embedded in the binary and applied in order.
//! A database whose schema is newer than this binary is refused, so an old
//! replica can never write into a schema it does not understand.
use sqlx::{Acquire, Executor, Row};

use super::{Backend, Store, StoreResult, now_ms};

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        sql: include_str!("../../migrations/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        name: "catalog_and_subscriptions",
        sql: include_str!("../../migrations/0002_catalog_and_subscriptions.sql"),
    },
    Migration {
        version: 3,
        name: "directory",
        sql: include_str!("../../migrations/0003_directory.sql"),
    },
    Migration {
        version: 4,
        name: "catalog_names",
        sql: include_str!("../../migrations/0004_catalog_names.sql"),
    },
    Migration {
        version: 5,
        name: "user_imports",
        sql: include_str!("../../migrations/0005_user_imports.sql"),
    },
    Migration {
        version: 6,
        name: "license_holder_index",
        sql: include_str!("../../migrations/0006_license_holder_index.sql"),
    },
    Migration {
        version: 7,
        name: "webex_go",
        sql: include_str!("../../migrations/0007_webex_go.sql"),
    },
    Migration {
        version: 8,
        name: "device_imports",
        sql: include_str!("../../migrations/0008_device_imports.sql"),
    },
    Migration {
        version: 9,
        name: "call_records",
        sql: include_str!("../../migrations/0009_call_records.sql"),
    },
    Migration {
        version: 10,
        name: "partner_devices",
        sql: include_str!("../../migrations/0010_partner_devices.sql"),
    },
    Migration {
        version: 11,
        name: "subscription_orders",
        sql: include_str!("../../migrations/0011_subscription_orders.sql"),
    },
    Migration {
        version: 12,
        name: "full_admin_requests",
        sql: include_str!("../../migrations/0012_full_admin_requests.sql"),
    },
    Migration {
        version: 13,
        name: "ordered_search_terms",
        sql: include_str!("../../migrations/0013_ordered_search_terms.sql"),
    },
];

/// The schema this binary writes.
pub const LATEST_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].version;

/// The one word a migration may use where the engines differ: a column
/// compared byte by byte (for prefix ranges and keyset paging).
const BYTEWISE: &str = " BYTEWISE ";

impl Backend {
    fn bytewise_collation(self) -> &'static str {
        match self {
            Backend::Sqlite => " COLLATE BINARY ",
            Backend::Postgres => " COLLATE \"C\" ",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error(
        "the database schema is version {database}, newer than this switchboard \
         (which knows up to version {binary}); run a newer switchboard"
    )]
    DatabaseNewer { database: i64, binary: i64 },
}

/// Statements of a migration: split at lines that end with `;`. Migrations
/// hold no procedural code, so this is exact.
fn statements(sql: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in sql.lines() {
        let code = line.split("--").next().unwrap_or_default();
        if code.trim().is_empty() {
            continue;
        }
        current.push_str(code);
        current.push('\n');
        if code.trim_end().ends_with(';') {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    out
}

impl Store {
    /// The newest schema version applied, 0 for an empty database.
    pub async fn schema_version(&self) -> StoreResult<i64> {
        self.ensure_migrations_table().await?;
        let row = sqlx::query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations")
            .fetch_one(self.pool())
            .await?;
        Ok(row.try_get::<i64, _>("v")?)
    }

    async fn ensure_migrations_table(&self) -> StoreResult<()> {
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                version BIGINT PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at BIGINT NOT NULL
            )",
        )
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Applies every migration not yet applied, each in its own transaction.
    /// Safe when several replicas start at once: on PostgreSQL they queue on
    /// an advisory lock; SQLite has one writer.
    pub async fn migrate(&self) -> StoreResult<Vec<i64>> {
        self.migrate_to(i64::MAX).await
    }

    /// Applies the migrations up to `version` (upgrade tests start from an
    /// older schema with data in it).
    pub async fn migrate_to(&self, version: i64) -> StoreResult<Vec<i64>> {
        let mut conn = self.pool().acquire().await?;
        if self.backend() == Backend::Postgres {
            conn.execute("SELECT pg_advisory_lock(727274)").await?;
        }
        let result = async {
            let current = self.check_schema().await?;
            let mut applied = Vec::new();
            for migration in MIGRATIONS
                .iter()
                .filter(|m| m.version > current && m.version <= version)
            {
                let mut tx = conn.begin().await?;
                for statement in statements(migration.sql) {
                    let statement =
                        statement.replace(BYTEWISE, self.backend().bytewise_collation());
                    tx.execute(statement.as_str()).await?;
                }
                sqlx::query(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                )
                .bind(migration.version)
                .bind(migration.name)
                .bind(now_ms())
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                tracing::info!(
                    version = migration.version,
                    name = migration.name,
                    "migrated"
                );
                applied.push(migration.version);
            }
            // The default catalog: data every install needs, added where
            // missing, never overwriting an admin's edits. Written for the
            // newest schema, so only once the database has it (an upgrade
            // test stops at older versions).
            if version >= LATEST_VERSION {
                self.seed_catalog().await?;
                self.seed_device_catalog().await?;
            }
            Ok(applied)
        }
        .await;
        if self.backend() == Backend::Postgres {
            conn.execute("SELECT pg_advisory_unlock(727274)").await?;
        }
        result
    }

    /// The current schema version, or an error when the database is newer
    /// than this binary (checked before anything is changed).
    pub async fn check_schema(&self) -> StoreResult<i64> {
        let latest = LATEST_VERSION;
        let current = self.schema_version().await?;
        if current > latest {
            return Err(MigrateError::DatabaseNewer {
                database: current,
                binary: latest,
            }
            .into());
        }
        Ok(current)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_in_order_without_gaps() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i as i64 + 1, "{}", m.name);
        }
    }

    #[test]
    fn statements_split_at_semicolons_and_drop_comments() {
        let sql =
            "-- a comment\nCREATE TABLE a (\n  x TEXT -- inline\n);\nCREATE INDEX i ON a (x);\n";
        let parts = statements(sql);
        assert_eq!(parts.len(), 2);
        assert!(!parts[0].contains("comment"));
        assert!(!parts[0].contains("inline"));
    }
}
