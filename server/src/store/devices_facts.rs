//! What the org-aware rules of a devices CSV consult (GO-1, GO-3, GO-4,
//! GO-9): the org's Webex Go subscriptions and what is left in them, and
//! the users and numbers a file names. Read only.
use std::collections::HashMap;

use domain::{
    Country,
    devices_csv::{DeviceFileKeys, DeviceImportFacts, GoSubscription, NumberFacts, UserFacts},
    webex_go::WEBEX_GO_LICENSE,
};
use sqlx::Row;

use super::{
    Store, StoreResult,
    bulk::{Cell, fetch_in},
};

impl Store {
    /// The facts about a devices file's keys: every Webex Go subscription
    /// of the org (oldest first) with the licenses left in it, the users
    /// the file names (by email) with their licenses, location, extension,
    /// number and whether they have a Webex Go line, and the inventory
    /// entries of the numbers it names, with who holds them.
    pub async fn device_import_facts(
        &self,
        org_id: &str,
        keys: &DeviceFileKeys,
    ) -> StoreResult<DeviceImportFacts> {
        let backend = self.backend();
        let mut conn = self.pool().acquire().await?;
        let org = [Cell::from(org_id)];

        let subscriptions = sqlx::query(
            "SELECT sl.subscription_id, sl.quantity, sl.used
             FROM subscription_licenses sl
             JOIN subscriptions s ON s.id = sl.subscription_id
             JOIN licenses l ON l.id = sl.license_id
             WHERE s.org_id = $1 AND l.key = $2
             ORDER BY s.created_at, s.id",
        )
        .bind(org_id)
        .bind(WEBEX_GO_LICENSE)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| {
            let quantity: i64 = row.try_get("quantity")?;
            let used: i64 = row.try_get("used")?;
            Ok(GoSubscription {
                id: row.try_get("subscription_id")?,
                available: quantity.saturating_sub(used),
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;

        let rows = fetch_in(&mut conn, backend, &org, &keys.usernames, |lead, list| {
            format!(
                "SELECT u.id, u.email, u.extension, l.name AS location_name, l.country, n.e164
                 FROM users u
                 LEFT JOIN locations l ON l.id = u.location_id
                 LEFT JOIN numbers n ON n.user_id = u.id
                 WHERE u.org_id = {} AND u.email IN ({list})",
                lead[0]
            )
        })
        .await?;
        let mut users = Vec::with_capacity(rows.len());
        let mut ids = Vec::with_capacity(rows.len());
        for row in rows {
            let country: Option<String> = row.try_get("country")?;
            ids.push(row.try_get::<String, _>("id")?);
            users.push(UserFacts {
                email: row.try_get("email")?,
                license_keys: Vec::new(),
                location_name: row.try_get("location_name")?,
                location_country: country.and_then(|c| Country::parse(&c).ok()),
                extension: row.try_get("extension")?,
                primary_number: row.try_get("e164")?,
                has_webex_go: false,
            });
        }
        let index: HashMap<&str, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i))
            .collect();

        let held = fetch_in(&mut conn, backend, &[], &ids, |_, list| {
            format!(
                "SELECT a.holder_id, li.key FROM license_assignments a
                 JOIN licenses li ON li.id = a.license_id
                 WHERE a.holder_id IN ({list})"
            )
        })
        .await?;
        for row in held {
            let holder: String = row.try_get("holder_id")?;
            if let Some(&i) = index.get(holder.as_str()) {
                users[i].license_keys.push(row.try_get("key")?);
            }
        }

        // A user's Webex Go line, from the devices table of migration 0007.
        let lines = fetch_in(&mut conn, backend, &org, &ids, |lead, list| {
            format!(
                "SELECT user_id FROM devices
                 WHERE org_id = {} AND kind = 'webex_go' AND user_id IN ({list})",
                lead[0]
            )
        })
        .await?;
        for row in lines {
            let user: String = row.try_get("user_id")?;
            if let Some(&i) = index.get(user.as_str()) {
                users[i].has_webex_go = true;
            }
        }

        let numbers = fetch_in(&mut conn, backend, &org, &keys.numbers, |lead, list| {
            format!(
                "SELECT n.e164, l.name AS location_name, u.email
                 FROM numbers n
                 JOIN locations l ON l.id = n.location_id
                 LEFT JOIN users u ON u.id = n.user_id
                 WHERE n.org_id = {} AND n.e164 IN ({list})",
                lead[0]
            )
        })
        .await?
        .iter()
        .map(|row| {
            Ok(NumberFacts {
                e164: row.try_get("e164")?,
                location_name: row.try_get("location_name")?,
                taken_by: row.try_get("email")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;

        Ok(DeviceImportFacts {
            subscriptions,
            users,
            numbers,
        })
    }
}
