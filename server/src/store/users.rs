//! Users: the directory's people, with their package, licenses, calling
//! data and search terms. Every change is one transaction: the user row,
//! the licenses it draws from the pools, its number, its search terms, the
//! invitation email and the audit entry commit together or not at all
//! (PH-7: nothing half-applied).
use std::collections::BTreeSet;

use domain::{
    Code, UserStatus,
    user::{CallingData, NewUser, PackageChange},
};
use sqlx::{AnyConnection, Row};

use super::{
    DirectoryError, NewAuditEntry, NewEmail, Store, StoreResult,
    audit::insert_audit,
    devices::{check_line_still_eligible, release_device_licenses_of_user},
    finish,
    licenses::{record_assignment, release_license},
    locations::explain_number_refusal,
    new_id, now_ms,
    outbox::insert_email,
    partner_devices::delete_userless_devices,
};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct UserRecord {
    pub id: String,
    pub org_id: String,
    pub email: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub display_name: String,
    pub sort_name: String,
    pub package_key: String,
    pub package_name: String,
    pub location_id: Option<String>,
    pub location_name: Option<String>,
    pub extension: Option<String>,
    pub phone_number: Option<String>,
    pub status: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// GO-14: the status of the user's Webex Go line, if any.
    pub webex_go_status: Option<String>,
}

/// A license a user holds, and the subscription it is drawn from.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct HeldLicense {
    pub license_key: String,
    pub license_name: String,
    pub subscription_id: String,
}

const USER_SELECT: &str = "SELECT u.id, u.org_id, u.email, u.first_name, u.last_name,
        u.display_name, u.sort_name, p.key AS package_key, p.name AS package_name,
        u.location_id, l.name AS location_name, u.extension, n.e164 AS phone_number,
        u.status, u.created_at, u.updated_at, d.status AS webex_go_status
     FROM users u
     JOIN packages p ON p.id = u.package_id
     LEFT JOIN locations l ON l.id = u.location_id
     LEFT JOIN numbers n ON n.user_id = u.id
     LEFT JOIN devices d ON d.user_id = u.id AND d.kind = 'webex_go'";

/// The users list's sort orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UserOrder {
    #[default]
    Name,
    Email,
}

/// One page request of the users list. `after` is the last row of the
/// previous page as `(sort key, id)`.
#[derive(Debug, Clone, Default)]
pub struct UserListQuery<'a> {
    pub search: &'a str,
    pub order: UserOrder,
    pub descending: bool,
    pub package_key: Option<&'a str>,
    pub location_id: Option<&'a str>,
    pub status: Option<UserStatus>,
    pub after: Option<(String, String)>,
    pub limit: i64,
}

impl UserListQuery<'_> {
    fn has_filters(&self) -> bool {
        self.package_key.is_some() || self.location_id.is_some() || self.status.is_some()
    }
}

/// Lower-cased words of a text: what a search matches by prefix. Splits at
/// anything that is not a letter or digit, so `anna.berg@example.no`
/// yields `anna`, `berg`, `example`, `no`.
pub fn search_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// The terms a user is found by: every word of the names and the email,
/// and the whole email (so a pasted address matches as one prefix).
pub fn terms_of(email: &str, names: &[Option<&str>]) -> BTreeSet<String> {
    let mut terms: BTreeSet<String> = search_words(email).collect();
    terms.insert(email.to_lowercase());
    for name in names.iter().flatten() {
        terms.extend(search_words(name));
    }
    terms
}

/// Most words a search uses; more only narrow what is already narrow.
const SEARCH_WORDS_MAX: usize = 5;

/// A word matching fewer users than this drives a search (see
/// [`Store::list_users`]); counting stops here, so counting is cheap.
/// Sorting this many matches costs a few tens of milliseconds; scanning
/// in page order instead costs as much as the matches lie deep in the
/// order: a first name such as "vera" sits together near the end of a
/// list sorted by name, and scanning 100,000 users for it took 180 ms
/// (issue 9.3).
const SEARCH_DRIVER_LIMIT: i64 = 10_000;

/// The words of a search: a token with `@` is kept whole (it matches the
/// whole-email term), anything else is split like the terms are.
fn query_words(search: &str) -> Vec<String> {
    let mut words = Vec::new();
    for token in search.split_whitespace() {
        if token.contains('@') {
            words.push(token.to_lowercase());
        } else {
            words.extend(search_words(token));
        }
    }
    words.sort();
    words.dedup();
    words.truncate(SEARCH_WORDS_MAX);
    words
}

/// The exclusive upper bound of a prefix range: every string that starts
/// with `prefix` sorts (bytewise) below `prefix` + U+10FFFF.
fn prefix_end(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

pub(super) fn refused(row: usize, field: &'static str, code: Code) -> DirectoryError {
    DirectoryError::refused(row, field, code)
}

/// Maps a unique violation on `users` to the finding it means.
pub(super) fn user_conflict(row: usize, error: sqlx::Error) -> DirectoryError {
    if let sqlx::Error::Database(e) = &error
        && e.is_unique_violation()
    {
        let what = format!("{} {}", e.message(), e.constraint().unwrap_or_default());
        if what.contains("extension") {
            return refused(row, "extension", Code::ExtensionInUse);
        }
        if what.contains("email") {
            return refused(row, "email", Code::EmailInUse);
        }
    }
    error.into()
}

/// The key of the users list's name order: the lower-cased display name.
/// Kept on the user and on each of its search terms (migration 13).
pub fn sort_name_of(display_name: &str) -> String {
    display_name.to_lowercase()
}

/// Writes a user's search terms anew, each with the user's sort name so a
/// search reads its page in name order from the terms index.
pub(super) async fn write_terms(
    conn: &mut AnyConnection,
    org_id: &str,
    user_id: &str,
    email: &str,
    [first_name, last_name, display_name]: [Option<&str>; 3],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM user_terms WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    let sort_name = sort_name_of(display_name.unwrap_or_default());
    for term in terms_of(email, &[first_name, last_name, display_name]) {
        sqlx::query(
            "INSERT INTO user_terms (org_id, term, sort_name, user_id) VALUES ($1, $2, $3, $4)",
        )
        .bind(org_id)
        .bind(term)
        .bind(&sort_name)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Takes one license from the first pool of the org that has one left.
/// The conditional UPDATE re-checks `used < quantity` under the row lock,
/// so concurrent takers can never overdraw a pool.
pub(super) async fn take_license(
    conn: &mut AnyConnection,
    org_id: &str,
    holder_id: &str,
    license_id: &str,
) -> Result<bool, sqlx::Error> {
    let taken = sqlx::query(
        "UPDATE subscription_licenses SET used = used + 1
         WHERE license_id = $2 AND used < quantity AND subscription_id = (
             SELECT sl.subscription_id FROM subscription_licenses sl
             JOIN subscriptions s ON s.id = sl.subscription_id
             WHERE s.org_id = $1 AND sl.license_id = $2 AND sl.used < sl.quantity
             ORDER BY s.created_at, s.id LIMIT 1)
         RETURNING subscription_id",
    )
    .bind(org_id)
    .bind(license_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = taken else {
        return Ok(false);
    };
    let subscription_id: String = row.try_get("subscription_id")?;
    record_assignment(conn, &subscription_id, license_id, holder_id).await?;
    Ok(true)
}

pub(super) async fn ids(
    conn: &mut AnyConnection,
    sql: &str,
    bind: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let rows = sqlx::query(sql).bind(bind).fetch_all(&mut *conn).await?;
    rows.iter().map(|r| r.try_get(0)).collect()
}

async fn package_license_ids(
    conn: &mut AnyConnection,
    package_key: &str,
) -> Result<Vec<String>, sqlx::Error> {
    ids(
        conn,
        "SELECT pl.license_id FROM package_licenses pl
         JOIN packages p ON p.id = pl.package_id WHERE p.key = $1 ORDER BY pl.license_id",
        package_key,
    )
    .await
}

/// PH-5: the default-grant licenses the org subscribes to.
async fn default_license_ids(
    conn: &mut AnyConnection,
    org_id: &str,
) -> Result<Vec<String>, sqlx::Error> {
    ids(
        conn,
        "SELECT DISTINCT sl.license_id FROM subscription_licenses sl
         JOIN subscriptions s ON s.id = sl.subscription_id
         JOIN licenses l ON l.id = sl.license_id
         WHERE s.org_id = $1 AND l.default_grant = 1 ORDER BY sl.license_id",
        org_id,
    )
    .await
}

/// Gives the user the number, which must be free and in the user's
/// location; a number the user holds already is kept.
pub(super) async fn take_number(
    conn: &mut AnyConnection,
    org_id: &str,
    user_id: &str,
    calling: &CallingData,
    row: usize,
) -> Result<(), DirectoryError> {
    let Some(number) = &calling.phone_number else {
        return Ok(());
    };
    let taken = sqlx::query(
        "UPDATE numbers SET user_id = $3
         WHERE org_id = $1 AND e164 = $2 AND location_id = $4 AND user_id IS NULL
               AND workspace_id IS NULL",
    )
    .bind(org_id)
    .bind(number.as_e164())
    .bind(user_id)
    .bind(&calling.location_id)
    .execute(&mut *conn)
    .await?;
    if taken.rows_affected() == 1 {
        return Ok(());
    }
    match explain_number_refusal(
        conn,
        org_id,
        user_id,
        &calling.location_id,
        number.as_e164(),
    )
    .await?
    {
        None => Ok(()),
        Some(code) => Err(refused(row, "phone_number", code)),
    }
}

/// PMD-8: an extension a workspace holds is taken, though the users
/// table's unique index only sees users' extensions.
async fn check_extension_not_a_workspaces(
    conn: &mut AnyConnection,
    org_id: &str,
    calling: Option<&CallingData>,
    row: usize,
) -> Result<(), DirectoryError> {
    let Some(extension) = calling.and_then(|c| c.extension.as_ref()) else {
        return Ok(());
    };
    let held = sqlx::query("SELECT 1 FROM workspaces WHERE org_id = $1 AND extension = $2")
        .bind(org_id)
        .bind(extension.as_str())
        .fetch_optional(&mut *conn)
        .await?;
    match held {
        Some(_) => Err(refused(row, "extension", Code::ExtensionInUse)),
        None => Ok(()),
    }
}

/// The location must belong to the org (the id came from the client).
async fn check_location(
    conn: &mut AnyConnection,
    org_id: &str,
    calling: Option<&CallingData>,
    row: usize,
) -> Result<(), DirectoryError> {
    let Some(calling) = calling else {
        return Ok(());
    };
    let found = sqlx::query("SELECT 1 FROM locations WHERE org_id = $1 AND id = $2")
        .bind(org_id)
        .bind(&calling.location_id)
        .fetch_optional(&mut *conn)
        .await?;
    match found {
        Some(_) => Ok(()),
        None => Err(refused(row, "location", Code::LocationUnknown)),
    }
}

/// One user of a manual add, with the invitation it sends (none for
/// imported demo data).
pub struct UserToAdd<'a> {
    pub user: &'a NewUser,
    pub invitation: Option<NewEmail<'a>>,
}

impl Store {
    /// Adds users, all or none (PH-2, PH-7): each gets its package's
    /// licenses and the org's default licenses (PH-5), its number, its
    /// search terms and its invitation, in one transaction. The first
    /// refusal rolls everything back and names the row.
    pub async fn insert_users(
        &self,
        org_id: &str,
        users: &[UserToAdd<'_>],
        audit: &NewAuditEntry<'_>,
    ) -> Result<Vec<String>, DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<_, DirectoryError> = async {
            let defaults = default_license_ids(&mut tx, org_id).await?;
            let mut ids = Vec::with_capacity(users.len());
            let now = now_ms();
            for (row, UserToAdd { user, invitation }) in users.iter().enumerate() {
                check_location(&mut tx, org_id, user.calling.as_ref(), row).await?;
                check_extension_not_a_workspaces(&mut tx, org_id, user.calling.as_ref(), row)
                    .await?;
                let id = new_id();
                let inserted = sqlx::query(
                    "INSERT INTO users (id, org_id, email, first_name, last_name, display_name,
                     sort_name, package_id, location_id, extension, status, created_at, updated_at)
                 SELECT $1, $2, $3, $4, $5, $6, $7, p.id, $9, $10, $11, $12, $12
                 FROM packages p WHERE p.key = $8",
                )
                .bind(&id)
                .bind(org_id)
                .bind(user.email.as_str())
                .bind(user.first_name.as_ref().map(|n| n.as_str()))
                .bind(user.last_name.as_ref().map(|n| n.as_str()))
                .bind(user.display_name.as_str())
                .bind(sort_name_of(user.display_name.as_str()))
                .bind(&user.package)
                .bind(user.calling.as_ref().map(|c| c.location_id.as_str()))
                .bind(
                    user.calling
                        .as_ref()
                        .and_then(|c| c.extension.as_ref())
                        .map(|e| e.as_str()),
                )
                .bind(UserStatus::Invited.as_str())
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(|e| user_conflict(row, e))?;
                if inserted.rows_affected() == 0 {
                    return Err(refused(row, "package", Code::PackageUnknown));
                }
                write_terms(
                    &mut tx,
                    org_id,
                    &id,
                    user.email.as_str(),
                    [
                        user.first_name.as_ref().map(|n| n.as_str()),
                        user.last_name.as_ref().map(|n| n.as_str()),
                        Some(user.display_name.as_str()),
                    ],
                )
                .await?;
                if let Some(calling) = &user.calling {
                    take_number(&mut tx, org_id, &id, calling, row).await?;
                }
                let mut licenses = package_license_ids(&mut tx, &user.package).await?;
                licenses.extend(defaults.iter().cloned());
                licenses.sort();
                licenses.dedup();
                for license in &licenses {
                    if !take_license(&mut tx, org_id, &id, license).await? {
                        return Err(refused(row, "package", Code::LicenseExhausted));
                    }
                }
                if let Some(invitation) = invitation {
                    insert_email(&mut *tx, invitation).await?;
                }
                ids.push(id);
            }
            sqlx::query("UPDATE orgs SET user_count = user_count + $2 WHERE id = $1")
                .bind(org_id)
                .bind(ids.len() as i64)
                .execute(&mut *tx)
                .await?;
            insert_audit(&mut *tx, audit).await?;
            Ok(ids)
        }
        .await;
        finish(tx, result).await
    }

    /// Changes a user's package (PH-8) and calling data in one step:
    /// licenses of the old package go back to their pools, the new
    /// package's are taken, the number moves; all or nothing.
    pub async fn change_package(
        &self,
        org_id: &str,
        user_id: &str,
        change: &PackageChange,
        audit: &NewAuditEntry<'_>,
    ) -> Result<(), DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<_, DirectoryError> = async {
            // The write comes first, so the user's row is locked before any
            // read (and SQLite takes its write lock at once).
            let calling = change.calling.as_ref();
            let updated = sqlx::query(
                "UPDATE users SET package_id = (SELECT id FROM packages WHERE key = $3),
                 location_id = COALESCE($4, location_id), extension = $5, updated_at = $6
             WHERE org_id = $1 AND id = $2",
            )
            .bind(org_id)
            .bind(user_id)
            .bind(&change.package)
            .bind(calling.map(|c| c.location_id.as_str()))
            .bind(
                calling
                    .and_then(|c| c.extension.as_ref())
                    .map(|e| e.as_str()),
            )
            .bind(now_ms())
            .execute(&mut *tx)
            .await
            .map_err(|e| user_conflict(0, e))?;
            if updated.rows_affected() == 0 {
                return Err(DirectoryError::NotFound);
            }
            check_location(&mut tx, org_id, calling, 0).await?;
            check_extension_not_a_workspaces(&mut tx, org_id, calling, 0).await?;
            // The number: released unless it is the one asked for.
            let wanted = calling
                .and_then(|c| c.phone_number.as_ref())
                .map(|n| n.as_e164().to_owned())
                .unwrap_or_default();
            sqlx::query("UPDATE numbers SET user_id = NULL WHERE user_id = $1 AND e164 <> $2")
                .bind(user_id)
                .bind(&wanted)
                .execute(&mut *tx)
                .await?;
            if let Some(calling) = calling {
                take_number(&mut tx, org_id, user_id, calling, 0).await?;
            }
            // Licenses: the package's licenses change; default grants stay.
            let defaults: BTreeSet<String> = default_license_ids(&mut tx, org_id)
                .await?
                .into_iter()
                .collect();
            let held: BTreeSet<String> = ids(
                &mut tx,
                "SELECT license_id FROM license_assignments WHERE holder_id = $1",
                user_id,
            )
            .await?
            .into_iter()
            .collect();
            let wanted: BTreeSet<String> = package_license_ids(&mut tx, &change.package)
                .await?
                .into_iter()
                .collect();
            for license in held.difference(&wanted) {
                if !defaults.contains(license) {
                    release_license(&mut tx, user_id, license).await?;
                }
            }
            for license in wanted.difference(&held) {
                if !take_license(&mut tx, org_id, user_id, license).await? {
                    return Err(refused(0, "package", Code::LicenseExhausted));
                }
            }
            check_line_still_eligible(&mut tx, org_id, user_id).await?;
            insert_audit(&mut *tx, audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await
    }

    /// Renames a user (first, last and display name) and re-indexes them.
    pub async fn rename_user(
        &self,
        org_id: &str,
        user_id: &str,
        first_name: Option<&str>,
        last_name: Option<&str>,
        display_name: &str,
        audit: &NewAuditEntry<'_>,
    ) -> Result<(), DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<_, DirectoryError> = async {
            let updated = sqlx::query(
                "UPDATE users SET first_name = $3, last_name = $4, display_name = $5,
                 sort_name = $6, updated_at = $7
             WHERE org_id = $1 AND id = $2 RETURNING email",
            )
            .bind(org_id)
            .bind(user_id)
            .bind(first_name)
            .bind(last_name)
            .bind(display_name)
            .bind(sort_name_of(display_name))
            .bind(now_ms())
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = updated else {
                return Err(DirectoryError::NotFound);
            };
            let email: String = row.try_get("email")?;
            write_terms(
                &mut tx,
                org_id,
                user_id,
                &email,
                [first_name, last_name, Some(display_name)],
            )
            .await?;
            insert_audit(&mut *tx, audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await
    }

    /// Deletes a user: its licenses go back to their pools, its number
    /// becomes free, its search terms go with it.
    pub async fn delete_user(
        &self,
        org_id: &str,
        user_id: &str,
        audit: &NewAuditEntry<'_>,
    ) -> Result<(), DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<_, DirectoryError> = async {
            release_device_licenses_of_user(&mut tx, user_id).await?;
            let deleted = sqlx::query("DELETE FROM users WHERE org_id = $1 AND id = $2")
                .bind(org_id)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            if deleted.rows_affected() == 0 {
                return Err(DirectoryError::NotFound);
            }
            delete_userless_devices(&mut tx, org_id).await?;
            sqlx::query("UPDATE orgs SET user_count = user_count - 1 WHERE id = $1")
                .bind(org_id)
                .execute(&mut *tx)
                .await?;
            for license in ids(
                &mut tx,
                "SELECT license_id FROM license_assignments WHERE holder_id = $1",
                user_id,
            )
            .await?
            {
                release_license(&mut tx, user_id, &license).await?;
            }
            insert_audit(&mut *tx, audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await
    }

    pub async fn user(&self, org_id: &str, user_id: &str) -> StoreResult<Option<UserRecord>> {
        Ok(sqlx::query_as::<_, UserRecord>(&format!(
            "{USER_SELECT} WHERE u.org_id = $1 AND u.id = $2"
        ))
        .bind(org_id)
        .bind(user_id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Sets the language of the mail a user of the org receives, with its
    /// audit entry; `false` when the org has no such user.
    pub async fn set_user_language(
        &self,
        org_id: &str,
        user_id: &str,
        language: Option<&str>,
        audit: &NewAuditEntry<'_>,
    ) -> StoreResult<bool> {
        let mut tx = self.pool().begin().await?;
        let result: StoreResult<bool> = async {
            let changed =
                sqlx::query("UPDATE users SET language = $3 WHERE org_id = $1 AND id = $2")
                    .bind(org_id)
                    .bind(user_id)
                    .bind(language)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            if changed == 1 {
                insert_audit(&mut *tx, audit).await?;
            }
            Ok(changed == 1)
        }
        .await;
        finish(tx, result).await
    }

    /// The language of the mail a user receives, if one was set.
    pub async fn user_language(&self, user_id: &str) -> StoreResult<Option<String>> {
        let row = sqlx::query("SELECT language FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(match row {
            Some(row) => row.try_get("language")?,
            None => None,
        })
    }

    pub async fn licenses_held(&self, holder_id: &str) -> StoreResult<Vec<HeldLicense>> {
        Ok(sqlx::query_as::<_, HeldLicense>(
            "SELECT l.key AS license_key, l.name AS license_name, a.subscription_id
             FROM license_assignments a JOIN licenses l ON l.id = a.license_id
             WHERE a.holder_id = $1 ORDER BY l.name",
        )
        .bind(holder_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Sets a user's status (the demo's active users; sign-in of users
    /// comes with a later issue).
    pub async fn set_user_status(
        &self,
        org_id: &str,
        user_id: &str,
        status: UserStatus,
    ) -> StoreResult<()> {
        sqlx::query("UPDATE users SET status = $3 WHERE org_id = $1 AND id = $2")
            .bind(org_id)
            .bind(user_id)
            .bind(status.as_str())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// How many terms start with `prefix`, counted up to
    /// [`SEARCH_DRIVER_LIMIT`].
    async fn count_term_prefix(&self, org_id: &str, prefix: &str) -> StoreResult<i64> {
        let row = sqlx::query(&format!(
            "SELECT COUNT(*) AS n FROM (SELECT 1 FROM user_terms
                 WHERE org_id = $1 AND term >= $2 AND term < $3 LIMIT {SEARCH_DRIVER_LIMIT}) t"
        ))
        .bind(org_id)
        .bind(prefix)
        .bind(prefix_end(prefix))
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("n")?)
    }

    /// Refreshes the query planner's statistics of the directory's tables
    /// after a bulk change. Without them both engines plan a search as if
    /// the org were small: SQLite then walks every user of the org and
    /// probes each word's whole term range per user (a two-word search
    /// took 215 ms at 20,000 users, 6 ms with statistics; issue 9.3).
    /// SQLite samples at most 1,000 index entries per index, so this costs
    /// milliseconds at any size.
    pub async fn refresh_directory_statistics(&self) -> StoreResult<()> {
        match self.backend() {
            super::Backend::Postgres => {
                sqlx::query("ANALYZE users, user_terms, license_assignments, numbers")
                    .execute(self.pool())
                    .await?;
            }
            super::Backend::Sqlite => {
                // One transaction, so one connection: the limit is a
                // setting of the connection.
                let mut tx = self.pool().begin().await?;
                for statement in [
                    "PRAGMA analysis_limit = 1000",
                    "ANALYZE users",
                    "ANALYZE user_terms",
                    "ANALYZE license_assignments",
                    "ANALYZE numbers",
                ] {
                    sqlx::query(statement).execute(&mut *tx).await?;
                }
                tx.commit().await?;
            }
        }
        Ok(())
    }

    /// The org's users, from the counter kept with every add and delete.
    pub async fn count_users(&self, org_id: &str) -> StoreResult<i64> {
        let row = sqlx::query("SELECT user_count AS n FROM orgs WHERE id = $1")
            .bind(org_id)
            .fetch_one(self.pool())
            .await?;
        Ok(row.try_get("n")?)
    }

    /// One page of the users list: filters, prefix search on every word of
    /// the query, keyset paging in the chosen order. Each filter and each
    /// order has an index, and search words are answered from
    /// `user_terms`, so a page costs the same at 100 users or 100,000.
    pub async fn list_users(
        &self,
        org_id: &str,
        query: &UserListQuery<'_>,
    ) -> StoreResult<Vec<UserRecord>> {
        let words = query_words(query.search);
        if words.is_empty() && !query.search.trim().is_empty() {
            // Only punctuation: nothing is found by it.
            return Ok(Vec::new());
        }
        let limit = query.limit.clamp(1, 1000);
        let (key, direction, compare) = match (query.order, query.descending) {
            (UserOrder::Name, false) => ("sort_name", "ASC", ">"),
            (UserOrder::Name, true) => ("sort_name", "DESC", "<"),
            (UserOrder::Email, false) => ("email", "ASC", ">"),
            (UserOrder::Email, true) => ("email", "DESC", "<"),
        };
        // How the words find users, by what they match:
        // - one common word: users are scanned in page order and each is
        //   probed for the word, which stops as soon as the page is full;
        // - one rare word: in name order the page itself is read from the
        //   terms index, as each term carries its user's sort name
        //   (migration 13): only the matches' narrow index entries are
        //   sorted, and only the page's users are fetched;
        // - several words, or email order: the matching users come from
        //   the terms index and are fetched and sorted, but in name order
        //   on PostgreSQL, whose page of several words is read from the
        //   terms index too ([`super::Backend::reads_page_from_terms_for_several_words`]).
        let driven = match words.as_slice() {
            [] => false,
            [word] => self.count_term_prefix(org_id, word).await? < SEARCH_DRIVER_LIMIT,
            _ => true,
        };
        let page_from_terms =
            words.len() == 1 || self.backend().reads_page_from_terms_for_several_words();
        let mut sql = BoundSql::new(format!("{USER_SELECT} WHERE u.org_id = $1"), org_id);
        match (driven, query.order) {
            (false, _) => {
                push_filters(&mut sql, "u", query);
                if let Some(word) = words.first() {
                    sql.push(
                        " AND EXISTS (SELECT 1 FROM user_terms t
                             WHERE t.user_id = u.id AND t.term >= ${0} AND t.term < ${1})",
                        &[word, &prefix_end(word)],
                    );
                }
                push_after(&mut sql, [&format!("u.{key}"), "u.id"], compare, query);
            }
            (true, UserOrder::Name) if page_from_terms => {
                sql.push(
                    " AND u.id IN (SELECT page.user_id FROM (
                         SELECT DISTINCT t0.sort_name, t0.user_id FROM user_terms t0",
                    &[],
                );
                if query.has_filters() {
                    sql.push(" JOIN users f ON f.id = t0.user_id", &[]);
                    push_filters(&mut sql, "f", query);
                }
                push_term_matches(&mut sql, &words);
                push_after(&mut sql, ["t0.sort_name", "t0.user_id"], compare, query);
                sql.push(
                    &format!(
                        " ORDER BY t0.sort_name {direction}, t0.user_id {direction}
                         LIMIT {limit}) page)"
                    ),
                    &[],
                );
            }
            (true, _) => {
                push_filters(&mut sql, "u", query);
                sql.push(" AND u.id IN (SELECT t0.user_id FROM user_terms t0", &[]);
                push_term_matches(&mut sql, &words);
                sql.push(")", &[]);
                push_after(&mut sql, [&format!("u.{key}"), "u.id"], compare, query);
            }
        }
        // A driven search orders by an expression no index provides, so
        // neither engine is tempted to walk the whole name index in page
        // order, probing 100,000 users for a few dozen matches.
        let unindexed = if driven { " || ''" } else { "" };
        sql.push(
            &format!(
                " ORDER BY u.{key}{unindexed} {direction}, u.id{unindexed} {direction} LIMIT {limit}"
            ),
            &[],
        );
        let mut q = sqlx::query_as::<_, UserRecord>(&sql.text)
            // PostgreSQL would plan a reused statement once for any words,
            // as if each matched a fixed share of the terms; the plan of
            // a common word is wrong for a rare one, so plan each search.
            // A list without words keeps its prepared plan (planning anew
            // halved the reads per second on one core).
            .persistent(self.backend() == super::Backend::Sqlite || words.is_empty());
        for value in &sql.binds {
            q = q.bind(value);
        }
        Ok(q.fetch_all(self.pool()).await?)
    }
}

/// SQL text and its bind values; fragments number their placeholders
/// `${0}`, `${1}`, … and get the next free `$n` as they are added.
struct BoundSql {
    text: String,
    binds: Vec<String>,
}

impl BoundSql {
    /// Starts with `text`, whose `$1` is `first`.
    fn new(text: String, first: &str) -> Self {
        BoundSql {
            text,
            binds: vec![first.to_owned()],
        }
    }

    fn push(&mut self, fragment: &str, values: &[&str]) {
        let mut fragment = fragment.to_owned();
        for (i, value) in values.iter().enumerate() {
            self.binds.push((*value).to_owned());
            fragment = fragment.replace(&format!("${{{i}}}"), &format!("${}", self.binds.len()));
        }
        self.text.push_str(&fragment);
    }
}

/// The list's filters on the users table known as `alias`.
fn push_filters(sql: &mut BoundSql, alias: &str, query: &UserListQuery<'_>) {
    if let Some(package) = query.package_key {
        sql.push(
            &format!(" AND {alias}.package_id = (SELECT id FROM packages WHERE key = ${{0}})"),
            &[package],
        );
    }
    if let Some(location) = query.location_id {
        sql.push(&format!(" AND {alias}.location_id = ${{0}}"), &[location]);
    }
    if let Some(status) = query.status {
        sql.push(&format!(" AND {alias}.status = ${{0}}"), &[status.as_str()]);
    }
}

/// Keyset paging: rows after the previous page's last `(key, id)`, given
/// the columns that hold them.
fn push_after(sql: &mut BoundSql, [key, id]: [&str; 2], compare: &str, query: &UserListQuery<'_>) {
    if let Some((after_key, after_id)) = &query.after {
        sql.push(
            &format!(" AND ({key}, {id}) {compare} (${{0}}, ${{1}})"),
            &[after_key, after_id],
        );
    }
}

/// Term rows `t0` of the first word's range whose user also has a term
/// in every other word's range. Every probe names the org, so both engines
/// answer it from the primary key alone and expect few users out of it.
fn push_term_matches(sql: &mut BoundSql, words: &[String]) {
    let Some((first, rest)) = words.split_first() else {
        return;
    };
    sql.push(
        " WHERE t0.org_id = $1 AND t0.term >= ${0} AND t0.term < ${1}",
        &[first, &prefix_end(first)],
    );
    for word in rest {
        sql.push(
            " AND EXISTS (SELECT 1 FROM user_terms tn WHERE tn.org_id = $1
                 AND tn.user_id = t0.user_id AND tn.term >= ${0} AND tn.term < ${1})",
            &[word, &prefix_end(word)],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_the_lower_cased_words_of_names_and_email() {
        let terms = terms_of(
            "anna.berg@example.no",
            &[Some("Ånna"), None, Some("Anna Berg")],
        );
        let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
        assert_eq!(
            terms,
            [
                "anna",
                "anna.berg@example.no",
                "berg",
                "example",
                "no",
                "ånna"
            ]
        );
    }

    #[test]
    fn a_search_keeps_an_email_whole_and_splits_the_rest() {
        assert_eq!(
            query_words("Anna.Berg@Example.no  berg-hansen"),
            ["anna.berg@example.no", "berg", "hansen"]
        );
        assert!(query_words(" %% ").is_empty());
    }

    #[test]
    fn a_prefix_range_covers_every_longer_word() {
        let end = prefix_end("ber");
        for word in ["ber", "berg", "berzzz", "berø"] {
            assert!(word >= "ber" && word < end.as_str(), "{word}");
        }
        assert!("bes" >= end.as_str());
    }
}
