//! Locations and the number inventory. Every query is scoped by `org_id`:
//! the service layer has checked tenancy, and the store never lets an id
//! from another org through.
use domain::{Address, Code, LocationName};
use sqlx::{
    Row,
    any::{AnyArguments, AnyRow},
    query::Query,
};

use super::{DirectoryError, Store, StoreResult, finish, new_id, now_ms};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct LocationRecord {
    pub id: String,
    pub org_id: String,
    pub name: String,
    pub line1: String,
    pub line2: Option<String>,
    pub city: String,
    pub state: Option<String>,
    pub postal_code: Option<String>,
    pub country: String,
    pub user_count: i64,
    pub number_count: i64,
    pub free_number_count: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NumberRecord {
    pub id: String,
    pub location_id: String,
    pub location_name: String,
    pub e164: String,
    pub user_id: Option<String>,
    pub user_display_name: Option<String>,
}

const LOCATION_SELECT: &str = "SELECT l.id, l.org_id, l.name, l.line1, l.line2, l.city, l.state,
        l.postal_code, l.country,
        (SELECT COUNT(*) FROM users u WHERE u.location_id = l.id) AS user_count,
        (SELECT COUNT(*) FROM numbers n WHERE n.location_id = l.id) AS number_count,
        (SELECT COUNT(*) FROM numbers n WHERE n.location_id = l.id AND n.user_id IS NULL
            AND n.workspace_id IS NULL)
            AS free_number_count
     FROM locations l";

const NUMBER_SELECT: &str = "SELECT n.id, n.location_id, l.name AS location_name, n.e164,
        n.user_id, u.display_name AS user_display_name
     FROM numbers n
     JOIN locations l ON l.id = n.location_id
     LEFT JOIN users u ON u.id = n.user_id";

/// Which numbers a listing shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumberState {
    #[default]
    Any,
    Free,
    Assigned,
}

pub(crate) fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

/// [`Store::insert_location`] with any executor (SUB-9: the headquarters
/// is created in the same transaction as the rest of the order's setup).
pub(crate) async fn insert_location_with<'e, E>(
    executor: E,
    org_id: &str,
    id: &str,
    name: &LocationName,
    address: &Address,
) -> Result<(), DirectoryError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let inserted = sqlx::query(
        "INSERT INTO locations (id, org_id, name, name_key, line1, line2, city, state,
             postal_code, country, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(id)
    .bind(org_id);
    let inserted = bind_location(inserted, name, address)
        .bind(now_ms())
        .execute(executor)
        .await;
    match inserted {
        Ok(_) => Ok(()),
        Err(e) if is_unique_violation(&e) => Err(name_in_use()),
        Err(e) => Err(e.into()),
    }
}

/// Binds `$3` … `$10` of a location's INSERT or UPDATE: the name, its
/// case-folded key (unique per org) and the address fields.
fn bind_location<'q>(
    query: Query<'q, sqlx::Any, AnyArguments<'q>>,
    name: &'q LocationName,
    address: &'q Address,
) -> Query<'q, sqlx::Any, AnyArguments<'q>> {
    query
        .bind(name.as_str())
        .bind(name.as_str().to_lowercase())
        .bind(address.line1.as_str())
        .bind(address.line2.as_deref())
        .bind(address.city.as_str())
        .bind(address.state.as_deref())
        .bind(address.postal_code.as_deref())
        .bind(address.country.code())
}

/// Another location of the org has this name (in any case).
fn name_in_use() -> DirectoryError {
    DirectoryError::refused(0, "name", Code::LocationNameInUse)
}

impl Store {
    /// Adds a location; a name the org uses already (in any case) is
    /// refused with `location_name_in_use`.
    pub async fn insert_location(
        &self,
        org_id: &str,
        id: &str,
        name: &LocationName,
        address: &Address,
    ) -> Result<(), DirectoryError> {
        insert_location_with(self.pool(), org_id, id, name, address).await
    }

    /// Renames or re-addresses a location.
    pub async fn update_location(
        &self,
        org_id: &str,
        id: &str,
        name: &LocationName,
        address: &Address,
    ) -> Result<(), DirectoryError> {
        let updated = sqlx::query(
            "UPDATE locations SET name = $3, name_key = $4, line1 = $5, line2 = $6, city = $7,
                 state = $8, postal_code = $9, country = $10
             WHERE org_id = $1 AND id = $2",
        )
        .bind(org_id)
        .bind(id);
        let updated = bind_location(updated, name, address)
            .execute(self.pool())
            .await;
        match updated {
            Ok(done) if done.rows_affected() == 0 => Err(DirectoryError::NotFound),
            Ok(_) => Ok(()),
            Err(e) if is_unique_violation(&e) => Err(name_in_use()),
            Err(e) => Err(e.into()),
        }
    }

    /// Deletes a location that no user and no number refers to.
    pub async fn delete_location(&self, org_id: &str, id: &str) -> Result<(), DirectoryError> {
        let deleted = sqlx::query(
            "DELETE FROM locations WHERE org_id = $1 AND id = $2
               AND NOT EXISTS (SELECT 1 FROM users WHERE location_id = $2)
               AND NOT EXISTS (SELECT 1 FROM numbers WHERE location_id = $2)",
        )
        .bind(org_id)
        .bind(id)
        .execute(self.pool())
        .await?;
        if deleted.rows_affected() == 1 {
            return Ok(());
        }
        match self.location(org_id, id).await? {
            Some(_) => Err(DirectoryError::refused(0, "id", Code::LocationInUse)),
            None => Err(DirectoryError::NotFound),
        }
    }

    pub async fn locations_of(&self, org_id: &str) -> StoreResult<Vec<LocationRecord>> {
        Ok(sqlx::query_as::<_, LocationRecord>(&format!(
            "{LOCATION_SELECT} WHERE l.org_id = $1 ORDER BY l.name_key"
        ))
        .bind(org_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn location(&self, org_id: &str, id: &str) -> StoreResult<Option<LocationRecord>> {
        Ok(sqlx::query_as::<_, LocationRecord>(&format!(
            "{LOCATION_SELECT} WHERE l.org_id = $1 AND l.id = $2"
        ))
        .bind(org_id)
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Adds several numbers to a location, all or none; the first that is
    /// in an inventory already names its row.
    pub async fn insert_numbers(
        &self,
        org_id: &str,
        location_id: &str,
        numbers: &[&str],
    ) -> Result<Vec<String>, DirectoryError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<_, DirectoryError> = async {
            let mut ids = Vec::with_capacity(numbers.len());
            let now = now_ms();
            for (row, e164) in numbers.iter().enumerate() {
                let id = new_id();
                let inserted = sqlx::query(
                    "INSERT INTO numbers (id, org_id, location_id, e164, created_at)
                 SELECT $1, $2, $3, $4, $5 WHERE EXISTS
                     (SELECT 1 FROM locations WHERE org_id = $2 AND id = $3)",
                )
                .bind(&id)
                .bind(org_id)
                .bind(location_id)
                .bind(*e164)
                .bind(now)
                .execute(&mut *tx)
                .await;
                match inserted {
                    Ok(done) if done.rows_affected() == 0 => {
                        return Err(DirectoryError::refused(
                            row,
                            "location",
                            Code::LocationUnknown,
                        ));
                    }
                    Ok(_) => ids.push(id),
                    Err(e) if is_unique_violation(&e) => {
                        return Err(DirectoryError::refused(
                            row,
                            "phone_number",
                            Code::NumberExists,
                        ));
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Ok(ids)
        }
        .await;
        finish(tx, result).await
    }

    /// Removes a free number from the inventory.
    pub async fn delete_number(&self, org_id: &str, id: &str) -> Result<(), DirectoryError> {
        let deleted =
            sqlx::query("DELETE FROM numbers WHERE org_id = $1 AND id = $2 AND user_id IS NULL AND workspace_id IS NULL")
                .bind(org_id)
                .bind(id)
                .execute(self.pool())
                .await?;
        if deleted.rows_affected() == 1 {
            return Ok(());
        }
        match self.number(org_id, id).await? {
            Some(_) => Err(DirectoryError::refused(0, "id", Code::NumberInUse)),
            None => Err(DirectoryError::NotFound),
        }
    }

    pub async fn number(&self, org_id: &str, id: &str) -> StoreResult<Option<NumberRecord>> {
        Ok(sqlx::query_as::<_, NumberRecord>(&format!(
            "{NUMBER_SELECT} WHERE n.org_id = $1 AND n.id = $2"
        ))
        .bind(org_id)
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// The org's numbers with these ids, in E.164 order, in one query (the
    /// caller bounds how many: one placeholder each).
    pub async fn numbers_with_ids(
        &self,
        org_id: &str,
        ids: &[String],
    ) -> StoreResult<Vec<NumberRecord>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let placeholders: Vec<String> = (2..ids.len() + 2).map(|n| format!("${n}")).collect();
        let sql = format!(
            "{NUMBER_SELECT} WHERE n.org_id = $1 AND n.id IN ({}) ORDER BY n.e164",
            placeholders.join(", ")
        );
        let mut query = sqlx::query_as::<_, NumberRecord>(&sql).bind(org_id);
        for id in ids {
            query = query.bind(id);
        }
        Ok(query.fetch_all(self.pool()).await?)
    }

    /// A page of the org's numbers in E.164 order, after `after` (an E.164).
    pub async fn numbers_of(
        &self,
        org_id: &str,
        location_id: Option<&str>,
        state: NumberState,
        after: Option<&str>,
        limit: i64,
    ) -> StoreResult<Vec<NumberRecord>> {
        let state = match state {
            NumberState::Any => "",
            NumberState::Free => " AND n.user_id IS NULL AND n.workspace_id IS NULL",
            NumberState::Assigned => " AND (n.user_id IS NOT NULL OR n.workspace_id IS NOT NULL)",
        };
        let sql = format!(
            "{NUMBER_SELECT} WHERE n.org_id = $1 AND ($2 = '' OR n.location_id = $2)
               AND n.e164 > $3{state}
             ORDER BY n.e164 LIMIT {limit}"
        );
        Ok(sqlx::query_as::<_, NumberRecord>(&sql)
            .bind(org_id)
            .bind(location_id.unwrap_or_default())
            .bind(after.unwrap_or_default())
            .fetch_all(self.pool())
            .await?)
    }
}

/// Why a number could not be given to a user: read after the conditional
/// UPDATE found nothing to take.
pub(crate) async fn explain_number_refusal(
    conn: &mut sqlx::AnyConnection,
    org_id: &str,
    user_id: &str,
    location_id: &str,
    e164: &str,
) -> Result<Option<Code>, sqlx::Error> {
    let row: Option<AnyRow> =
        sqlx::query("SELECT location_id, user_id FROM numbers WHERE org_id = $1 AND e164 = $2")
            .bind(org_id)
            .bind(e164)
            .fetch_optional(&mut *conn)
            .await?;
    let Some(row) = row else {
        return Ok(Some(Code::NumberUnknown));
    };
    let holder: Option<String> = row.try_get("user_id")?;
    let number_location: String = row.try_get("location_id")?;
    Ok(if number_location != location_id {
        Some(Code::NumberOtherLocation)
    } else if holder.as_deref() == Some(user_id) {
        // The user keeps the number they have.
        None
    } else {
        Some(Code::NumberInUse)
    })
}
