//! Admins (people who use the portal) and their roles in orgs (T-2).
use domain::Role;
use sqlx::{Row, any::AnyRow};

use super::{
    NewAuditEntry, NewEmail, Store, StoreResult, audit::insert_audit, now_ms, outbox::insert_email,
};

#[derive(Clone, PartialEq, Eq)]
pub struct AdminRecord {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub language: String,
}

impl std::fmt::Debug for AdminRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdminRecord")
            .field("id", &self.id)
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

pub struct NewAdmin<'a> {
    pub id: &'a str,
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: Option<&'a str>,
    pub language: &'a str,
}

fn admin_from_row(row: &AnyRow) -> Result<AdminRecord, sqlx::Error> {
    Ok(AdminRecord {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        display_name: row.try_get("display_name")?,
        password_hash: row.try_get("password_hash")?,
        language: row.try_get("language")?,
    })
}

/// A role grant with the org's name and tree position, as the tenancy
/// guard and the SPA need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantRecord {
    pub org_id: String,
    pub org_name: String,
    pub role: Role,
}

impl Store {
    /// Inserts the admin unless the email exists; returns the admin's id
    /// (the existing one when it was already there).
    pub async fn upsert_admin(&self, admin: &NewAdmin<'_>) -> StoreResult<String> {
        sqlx::query(
            "INSERT INTO admins (id, email, display_name, password_hash, language, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING",
        )
        .bind(admin.id)
        .bind(admin.email)
        .bind(admin.display_name)
        .bind(admin.password_hash)
        .bind(admin.language)
        .bind(now_ms())
        .execute(self.pool())
        .await?;
        let row = sqlx::query("SELECT id FROM admins WHERE email = $1")
            .bind(admin.email)
            .fetch_one(self.pool())
            .await?;
        Ok(row.try_get("id")?)
    }

    pub async fn admin_by_email(&self, email: &str) -> StoreResult<Option<AdminRecord>> {
        let row = sqlx::query(
            "SELECT id, email, display_name, password_hash, language FROM admins WHERE email = $1",
        )
        .bind(email)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(admin_from_row).transpose()?)
    }

    pub async fn admin(&self, id: &str) -> StoreResult<Option<AdminRecord>> {
        let row = sqlx::query(
            "SELECT id, email, display_name, password_hash, language FROM admins WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(admin_from_row).transpose()?)
    }

    pub async fn set_admin_language(&self, admin_id: &str, language: &str) -> StoreResult<()> {
        sqlx::query("UPDATE admins SET language = $1 WHERE id = $2")
            .bind(language)
            .bind(admin_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn set_admin_password(&self, admin_id: &str, password_hash: &str) -> StoreResult<()> {
        sqlx::query("UPDATE admins SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(admin_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Grants `role` in `org_id`, replacing any role the admin had there.
    pub async fn grant_role(&self, admin_id: &str, org_id: &str, role: Role) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO admin_roles (admin_id, org_id, role, granted_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (admin_id, org_id)
             DO UPDATE SET role = excluded.role, full_admin_requested_at = NULL",
        )
        .bind(admin_id)
        .bind(org_id)
        .bind(role.as_str())
        .bind(now_ms())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The admin's roles, with org names; unknown role strings (from a newer
    /// binary) are skipped rather than trusted.
    pub async fn grants_of(&self, admin_id: &str) -> StoreResult<Vec<GrantRecord>> {
        let rows = sqlx::query(
            "SELECT r.org_id, o.name AS org_name, r.role
             FROM admin_roles r JOIN orgs o ON o.id = r.org_id
             WHERE r.admin_id = $1 ORDER BY o.name, r.org_id",
        )
        .bind(admin_id)
        .fetch_all(self.pool())
        .await?;
        let mut grants = Vec::with_capacity(rows.len());
        for row in &rows {
            let role: String = row.try_get("role")?;
            if let Ok(role) = Role::parse(&role) {
                grants.push(GrantRecord {
                    org_id: row.try_get("org_id")?,
                    org_name: row.try_get("org_name")?,
                    role,
                });
            }
        }
        Ok(grants)
    }

    /// The admins of one org with their role there.
    pub async fn admins_of(&self, org_id: &str) -> StoreResult<Vec<(AdminRecord, Role)>> {
        let rows = sqlx::query(
            "SELECT a.id, a.email, a.display_name, a.password_hash, a.language, r.role
             FROM admin_roles r JOIN admins a ON a.id = r.admin_id
             WHERE r.org_id = $1 ORDER BY a.display_name, a.email",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?;
        let mut admins = Vec::with_capacity(rows.len());
        for row in &rows {
            let role: String = row.try_get("role")?;
            if let Ok(role) = Role::parse(&role) {
                admins.push((admin_from_row(row)?, role));
            }
        }
        Ok(admins)
    }

    /// SUB-5: records a Provisioning admin's request for full admin in
    /// `org_id` with the emails that ask for it, in one transaction. False,
    /// and nothing written, when the admin is not a Provisioning admin
    /// there. Asking again refreshes the request (and mails again).
    pub async fn request_full_admin(
        &self,
        admin_id: &str,
        org_id: &str,
        emails: &[NewEmail<'_>],
        audit: &NewAuditEntry<'_>,
    ) -> StoreResult<bool> {
        let mut tx = self.pool().begin().await?;
        let result: StoreResult<bool> = async {
            let marked = sqlx::query(
                "UPDATE admin_roles SET full_admin_requested_at = $1
                 WHERE admin_id = $2 AND org_id = $3 AND role = $4",
            )
            .bind(now_ms())
            .bind(admin_id)
            .bind(org_id)
            .bind(Role::ProvisioningAdmin.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if marked == 0 {
                return Ok(false);
            }
            for email in emails {
                insert_email(&mut *tx, email).await?;
            }
            insert_audit(&mut *tx, audit).await?;
            Ok(true)
        }
        .await;
        super::finish(tx, result).await
    }

    /// SUB-5: the pending requests for full admin in one org, oldest first.
    pub async fn full_admin_requests(&self, org_id: &str) -> StoreResult<Vec<FullAdminRequest>> {
        let rows = sqlx::query(
            "SELECT a.id, a.email, a.display_name, a.password_hash, a.language,
                    r.full_admin_requested_at
             FROM admin_roles r JOIN admins a ON a.id = r.admin_id
             WHERE r.org_id = $1 AND r.role = $2 AND r.full_admin_requested_at IS NOT NULL
             ORDER BY r.full_admin_requested_at, a.email",
        )
        .bind(org_id)
        .bind(Role::ProvisioningAdmin.as_str())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(FullAdminRequest {
                    admin: admin_from_row(row)?,
                    requested_at: row.try_get("full_admin_requested_at")?,
                })
            })
            .collect()
    }

    /// SUB-5: answers a pending request: granting makes the Provisioning
    /// admin a customer full admin of `org_id`, declining clears the
    /// request. False, and nothing written, when no request is pending
    /// (already answered by another admin, or never made).
    pub async fn answer_full_admin_request(
        &self,
        admin_id: &str,
        org_id: &str,
        grant: bool,
        audit: &NewAuditEntry<'_>,
    ) -> StoreResult<bool> {
        let role = match grant {
            true => Role::CustomerFullAdmin,
            false => Role::ProvisioningAdmin,
        };
        let mut tx = self.pool().begin().await?;
        let result: StoreResult<bool> = async {
            let answered = sqlx::query(
                "UPDATE admin_roles SET full_admin_requested_at = NULL,
                    granted_at = CASE WHEN role = $1 THEN granted_at ELSE $2 END, role = $1
                 WHERE admin_id = $3 AND org_id = $4 AND role = $5
                   AND full_admin_requested_at IS NOT NULL",
            )
            .bind(role.as_str())
            .bind(now_ms())
            .bind(admin_id)
            .bind(org_id)
            .bind(Role::ProvisioningAdmin.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if answered == 0 {
                return Ok(false);
            }
            insert_audit(&mut *tx, audit).await?;
            Ok(true)
        }
        .await;
        super::finish(tx, result).await
    }
}

/// A Provisioning admin's pending request for full admin (SUB-5).
#[derive(Debug, Clone)]
pub struct FullAdminRequest {
    pub admin: AdminRecord,
    /// When it was asked, ms since the epoch.
    pub requested_at: i64,
}
