//! Backups of the embedded database (issue 11.4). SQLite's `VACUUM INTO`
//! copies a live database from one read transaction: writers carry on, and
//! the copy holds exactly the transactions committed before it began. A
//! restore checks the copy (integrity, a schema this binary knows) before
//! it puts it in place. PostgreSQL is backed up with `pg_dump` (README).
use std::path::{Path, PathBuf};

use sqlx::Row;

use super::{Backend, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "`switchboard backup` and `restore` copy SQLite databases; back up PostgreSQL \
         with pg_dump and restore with pg_restore (see the README)"
    )]
    NotSqlite,
    #[error("{0} exists already: choose a new file (a backup never overwrites one)")]
    BackupExists(PathBuf),
    #[error("{0} exists: stop Switchboard first and pass --replace to restore over it")]
    DatabaseExists(PathBuf),
    #[error("{path} is not a usable backup: {reason}")]
    NotABackup { path: PathBuf, reason: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What a backup or restore wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    pub path: PathBuf,
    pub bytes: u64,
    pub schema_version: i64,
}

/// The file of a `sqlite://` URL (`None` for other databases and memory).
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    let path = url.strip_prefix("sqlite:")?.trim_start_matches("//");
    let path = path.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_owned(),
        source,
    }
}

impl Store {
    /// Writes an online, consistent copy of this SQLite database to `to`,
    /// which must not exist, and checks it.
    pub async fn backup_sqlite(&self, to: &Path) -> Result<BackupReport, BackupError> {
        if self.backend() != Backend::Sqlite {
            return Err(BackupError::NotSqlite);
        }
        if to.exists() {
            return Err(BackupError::BackupExists(to.to_owned()));
        }
        if let Some(parent) = to.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        let target = to.to_str().ok_or_else(|| BackupError::NotABackup {
            path: to.to_owned(),
            reason: "the path is not UTF-8".into(),
        })?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(self.pool())
            .await
            .map_err(StoreError::from)?;
        check_copy(to).await
    }
}

/// Opens a copy and checks that it is whole and of a schema this binary
/// knows: its size and schema version.
async fn check_copy(path: &Path) -> Result<BackupReport, BackupError> {
    let not_a_backup = |reason: String| BackupError::NotABackup {
        path: path.to_owned(),
        reason,
    };
    let copy = Store::connect(&format!("sqlite://{}", path.display())).await?;
    let checked = async {
        let integrity: String = sqlx::query("PRAGMA integrity_check")
            .fetch_one(copy.pool())
            .await
            .map_err(|e| not_a_backup(e.to_string()))?
            .try_get(0)
            .map_err(|e| not_a_backup(e.to_string()))?;
        if integrity != "ok" {
            return Err(not_a_backup(format!("integrity check: {integrity}")));
        }
        let version = copy.check_schema().await?;
        if version == 0 {
            return Err(not_a_backup("it holds no Switchboard schema".into()));
        }
        Ok(version)
    }
    .await;
    copy.pool().close().await;
    let schema_version = checked?;
    let bytes = std::fs::metadata(path).map_err(io(path))?.len();
    Ok(BackupReport {
        path: path.to_owned(),
        bytes,
        schema_version,
    })
}

/// Puts the backup `from` in place of the SQLite database of
/// `database_url`. The copy is checked first (at a temporary name beside
/// the database, so a failed check leaves the database as it was) and
/// then renamed over it; the database's old WAL files go with it. An
/// older schema is migrated by the next `switchboard serve` or `migrate`.
pub async fn restore_sqlite(
    from: &Path,
    database_url: &str,
    replace: bool,
) -> Result<BackupReport, BackupError> {
    let target = sqlite_file(database_url).ok_or(BackupError::NotSqlite)?;
    if target.exists() && !replace {
        return Err(BackupError::DatabaseExists(target));
    }
    if !from.is_file() {
        return Err(BackupError::NotABackup {
            path: from.to_owned(),
            reason: "no such file".into(),
        });
    }
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    let staging = target.with_extension("restoring");
    let _ = std::fs::remove_file(&staging);
    std::fs::copy(from, &staging).map_err(io(&staging))?;
    let checked = check_copy(&staging).await;
    for leftover in [wal_of(&staging, "-wal"), wal_of(&staging, "-shm")] {
        let _ = std::fs::remove_file(leftover);
    }
    let report = match checked {
        Ok(report) => report,
        Err(error) => {
            let _ = std::fs::remove_file(&staging);
            return Err(error);
        }
    };
    std::fs::File::open(&staging)
        .and_then(|f| f.sync_all())
        .map_err(io(&staging))?;
    for stale in [wal_of(&target, "-wal"), wal_of(&target, "-shm")] {
        match std::fs::remove_file(&stale) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(&stale)(e)),
            _ => {}
        }
    }
    std::fs::rename(&staging, &target).map_err(io(&target))?;
    Ok(BackupReport {
        path: target,
        ..report
    })
}

/// `x.db` → `x.db-wal` (SQLite's names for a database's side files).
fn wal_of(database: &Path, suffix: &str) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_of_a_sqlite_url_is_found_without_its_options() {
        assert_eq!(
            sqlite_file("sqlite://data/switchboard.db?mode=rwc"),
            Some(PathBuf::from("data/switchboard.db"))
        );
        assert_eq!(
            sqlite_file("sqlite:///var/lib/sb.db"),
            Some(PathBuf::from("/var/lib/sb.db"))
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://db/x"), None);
    }
}
