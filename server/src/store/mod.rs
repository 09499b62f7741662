//! Storage: one module, one SQL text for SQLite and PostgreSQL.
//!
//! The backend is chosen at run time by the database URL. Queries use only
//! what both engines share (`$n` placeholders, `ON CONFLICT`, `RETURNING`,
//! TEXT and BIGINT columns); where they differ (row locking for job claims)
//! the difference is one named fragment from [`Backend`].
mod admins;
mod audit;
mod backup;
mod bulk;
mod call_records;
mod catalog;
mod device_imports;
mod devices;
mod devices_facts;
mod imports;
mod licenses;
mod locations;
mod machines;
mod migrate;
mod orders;
mod orgs;
mod outbox;
mod partner_devices;
mod queues;
mod sessions;
mod throttle;
mod tokens;
mod users;
mod workspaces;

pub use admins::{AdminRecord, FullAdminRequest, GrantRecord, NewAdmin};
pub use audit::{AuditRecord, NewAuditEntry};
pub use backup::{BackupError, BackupReport, restore_sqlite, sqlite_file};
pub use call_records::{CallListQuery, CallRecordRow, IngestOutcome};
pub use catalog::{CatalogNames, LicenseRecord, PackageRecord};
pub use device_imports::{
    CodeDelivery, DeviceImportRecord, DeviceImportRowRecord, DeviceImportStatus, ImportedLine,
    NewDeviceImport, RowApplied,
};
pub use devices::{
    CarrierError, DeviceChange, DeviceListQuery, DeviceRecord, GoCandidate, GoPool, NewCode,
    NewWebexGo, WEBEX_GO,
};
pub use imports::{
    ApplyStrategy, BatchOutcome, BatchRow, ImportRecord, ImportRowRecord, ImportStatus, NewImport,
    RowResult, UndoRow,
};
pub use licenses::{AssignError, PoolRecord};
pub use locations::{LocationRecord, NumberRecord, NumberState};
pub use machines::{MachineKind, MachineRecord};
pub use migrate::{LATEST_VERSION, MIGRATIONS, MigrateError};
pub use orders::{
    CandidateFilter, CandidateRecord, Intake, NewHeadquarters, NewOrder, NewSite, OrderChange,
    OrderChangeError, OrderRecord, SetupAdmin, WizardGrant, WizardOrg, WizardSubscription,
};
pub use orgs::{NewOrg, OrgRecord};
pub use outbox::{NewEmail, OutboxEmail};
pub use partner_devices::{
    DeviceHolder, DeviceModelChange, DeviceModelRecord, DeviceUserRecord, NewPartnerDevice,
    PARTNER_MANAGED, PartnerDeviceFacts, SealedCredentials,
};
pub use queues::{QUEUES, Queue, QueueBacklog, QueueCount};
pub use sessions::SessionRecord;
pub use tokens::TokenRecord;
pub use users::{
    HeldLicense, UserListQuery, UserOrder, UserRecord, UserToAdd, search_words, sort_name_of,
    terms_of,
};
pub use workspaces::{NewWorkspace, WorkspaceRecord};

use std::{str::FromStr, time::Duration};

use sqlx::{
    AnyPool, Executor,
    any::{AnyConnectOptions, AnyPoolOptions},
};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] MigrateError),
    #[error("unsupported database URL {0:?}: use sqlite://… or postgres://…")]
    UnsupportedUrl(String),
    #[error("could not create the database directory: {0}")]
    Io(#[from] std::io::Error),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Why a directory change was not made.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// A rule only the database can check (uniqueness, what is left in a
    /// pool, who holds a number), on `row` of the request (0 for a single
    /// object) and `field`.
    #[error("row {row}, {field}: {code}")]
    Refused {
        row: usize,
        field: &'static str,
        code: domain::Code,
    },
    /// No such object in this org.
    #[error("no such object in this org")]
    NotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl DirectoryError {
    pub fn refused(row: usize, field: &'static str, code: domain::Code) -> Self {
        Self::Refused { row, field, code }
    }
}

impl From<sqlx::Error> for DirectoryError {
    fn from(error: sqlx::Error) -> Self {
        Self::Store(error.into())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// Whether a search of several words in name order reads its page from
    /// the terms index (as one rare word does) rather than sorting every
    /// user in the words' intersection. Measured at 100,000 users (issue
    /// 9.3): SQLite plans the intersection well from its statistics ("maria
    /// ross" 11 ms sorted, 16 ms from the index). PostgreSQL assumes the
    /// words independent and expects a far larger intersection than there
    /// is: for "jonas ros" (250 users) it sorted the whole org, 9.5 MB
    /// spilled to disk, 420 ms; read from the index it takes 23 ms, and
    /// the search under 100 clients went 21 → 90 req/s.
    pub fn reads_page_from_terms_for_several_words(self) -> bool {
        match self {
            Backend::Sqlite => false,
            Backend::Postgres => true,
        }
    }

    /// Appended to a job-claiming subquery: on PostgreSQL, concurrent
    /// claimers skip each other's rows; SQLite has a single writer, so the
    /// claiming UPDATE is atomic as it stands.
    pub fn skip_locked(self) -> &'static str {
        match self {
            Backend::Sqlite => "",
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        }
    }

    /// Appended to a SELECT that reads a row the transaction will change:
    /// PostgreSQL locks it now; SQLite's writer already holds the database.
    pub fn for_update(self) -> &'static str {
        match self {
            Backend::Sqlite => "",
            Backend::Postgres => " FOR UPDATE",
        }
    }

    /// [`Backend::for_update`] for a join: locks only the rows of the
    /// table aliased `alias` (PostgreSQL refuses to lock the nullable side of
    /// an outer join).
    pub fn for_update_of(self, alias: &str) -> String {
        match self {
            Backend::Sqlite => String::new(),
            Backend::Postgres => format!(" FOR UPDATE OF {alias}"),
        }
    }
}

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend)
            .finish()
    }
}

impl Store {
    /// Connects (creating a SQLite file and its directory if needed). Does
    /// not migrate: call [`Store::migrate`].
    pub async fn connect(url: &str) -> StoreResult<Store> {
        sqlx::any::install_default_drivers();
        let (backend, url) = if let Some(rest) = url.strip_prefix("sqlite:") {
            let path = rest.trim_start_matches("//");
            let path = path.split('?').next().unwrap_or_default();
            if path != ":memory:"
                && let Some(parent) = std::path::Path::new(path).parent()
                && !parent.as_os_str().is_empty()
            {
                std::fs::create_dir_all(parent)?;
            }
            let url = if url.contains("mode=") {
                url.to_owned()
            } else if url.contains('?') {
                format!("{url}&mode=rwc")
            } else {
                format!("{url}?mode=rwc")
            };
            (Backend::Sqlite, url)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (Backend::Postgres, url.to_owned())
        } else {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        };
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                // One writer at a time anyway; a few readers in WAL mode.
                Backend::Sqlite => 8,
                Backend::Postgres => 16,
            })
            .acquire_timeout(Duration::from_secs(15))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL for concurrent readers; FULL so a committed
                        // transaction survives power loss; foreign keys are
                        // off by default in SQLite; wait for the writer lock
                        // instead of failing at once. A page cache of up to
                        // 64 MiB (the default is 2 MiB) keeps the indexes of
                        // an org of 100,000 users in memory while an import
                        // writes to them.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 15000; \
                             PRAGMA cache_size = -65536;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        Ok(Store { pool, backend })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Whether the database answers (for `/readyz`).
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }
}

/// Ends a transaction: commits on success; on failure rolls back at once.
/// (A transaction merely dropped is rolled back only when its connection is
/// next used, and until then keeps its locks: SQLite's write lock, or
/// PostgreSQL's row locks.)
pub(crate) async fn finish<T, E: From<sqlx::Error>>(
    tx: sqlx::Transaction<'_, sqlx::Any>,
    result: Result<T, E>,
) -> Result<T, E> {
    match result {
        Ok(value) => {
            tx.commit().await?;
            Ok(value)
        }
        Err(error) => {
            rollback(tx).await;
            Err(error)
        }
    }
}

/// Rolls a transaction back at once (see [`finish`]).
pub(crate) async fn rollback(tx: sqlx::Transaction<'_, sqlx::Any>) {
    if let Err(error) = tx.rollback().await {
        tracing::warn!(%error, "rollback failed; the connection will be discarded");
    }
}

/// Milliseconds since the Unix epoch: every time column uses it.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

/// A new time-ordered id.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern.
pub fn like_contains(needle: &str) -> String {
    let mut pattern = String::with_capacity(needle.len() + 2);
    pattern.push('%');
    for c in needle.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}
