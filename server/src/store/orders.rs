//! Subscription orders (SUB-1 … SUB-10): intake, the saved wizard, and
//! everything a step commits, each in one transaction with the wizard's
//! new state, so an order never shows a step whose effects are missing
//! (SUB-7: leaving is saving).
//!
//! Every change names the wizard state and link version it was computed
//! from; a change computed from a stale read (another tab, a concurrent
//! handover) matches no row and is refused as such.
use domain::{Address, Code, LocationName, Role};
use sqlx::{Row, any::AnyRow};

use super::{
    NewAuditEntry, NewEmail, NewOrg, Store, StoreError, StoreResult,
    audit::insert_audit,
    finish,
    licenses::{insert_subscription_with, set_pool_quantity_with},
    locations::{insert_location_with, is_unique_violation},
    now_ms,
    orgs::insert_org_with,
    outbox::insert_email,
};

/// An order as stored, with its orgs' names and its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderRecord {
    pub id: String,
    pub subscription_id: String,
    pub fingerprint: String,
    pub ordering_partner_org_id: Option<String>,
    pub contact_email: String,
    pub assignee_email: String,
    pub link_version: i64,
    pub setup_admin_id: Option<String>,
    pub state: String,
    /// The wizard state's JSON.
    pub wizard: String,
    pub partner_org_id: Option<String>,
    pub partner_org_name: Option<String>,
    pub customer_org_id: Option<String>,
    pub customer_org_name: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// `(service, quantity)`, by service.
    pub services: Vec<(String, i64)>,
}

const ORDER_SELECT: &str = "SELECT o.id, o.subscription_id, o.fingerprint,
        o.ordering_partner_org_id, o.contact_email, o.assignee_email, o.link_version,
        o.setup_admin_id, o.state, o.wizard, o.partner_org_id, p.name AS partner_org_name,
        o.customer_org_id, c.name AS customer_org_name, o.created_at, o.updated_at
     FROM orders o
     LEFT JOIN orgs p ON p.id = o.partner_org_id
     LEFT JOIN orgs c ON c.id = o.customer_org_id";

fn order_from_row(row: &AnyRow) -> Result<OrderRecord, sqlx::Error> {
    Ok(OrderRecord {
        id: row.try_get("id")?,
        subscription_id: row.try_get("subscription_id")?,
        fingerprint: row.try_get("fingerprint")?,
        ordering_partner_org_id: row.try_get("ordering_partner_org_id")?,
        contact_email: row.try_get("contact_email")?,
        assignee_email: row.try_get("assignee_email")?,
        link_version: row.try_get("link_version")?,
        setup_admin_id: row.try_get("setup_admin_id")?,
        state: row.try_get("state")?,
        wizard: row.try_get("wizard")?,
        partner_org_id: row.try_get("partner_org_id")?,
        partner_org_name: row.try_get("partner_org_name")?,
        customer_org_id: row.try_get("customer_org_id")?,
        customer_org_name: row.try_get("customer_org_name")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        services: Vec::new(),
    })
}

/// A new order from the ordering system (SUB-1).
pub struct NewOrder<'a> {
    pub id: &'a str,
    pub subscription_id: &'a str,
    pub fingerprint: &'a str,
    pub ordering_partner_org_id: Option<&'a str>,
    pub contact_email: &'a str,
    pub state: &'a str,
    pub wizard: &'a str,
    /// `(service, quantity)`.
    pub services: &'a [(&'a str, i64)],
}

/// What an intake did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intake {
    /// Stored now, with its welcome email queued.
    Created(OrderRecord),
    /// An order with this subscription id was on file already (nothing
    /// was written): the caller compares fingerprints.
    Existing(OrderRecord),
}

/// An org the wizard creates when the review is left (SUB-5).
pub struct WizardOrg<'a> {
    pub org: NewOrg<'a>,
    /// domain's `BusinessVertical` key.
    pub vertical: &'a str,
}

/// A role a step grants.
pub struct WizardGrant<'a> {
    pub admin_id: &'a str,
    pub org_id: &'a str,
    pub role: Role,
}

/// SUB-5: the subscription of a mapped order and its pools, as
/// `(license key, quantity)`.
pub struct WizardSubscription<'a> {
    pub id: &'a str,
    pub org_id: &'a str,
    pub pools: &'a [(&'a str, i64)],
}

/// SUB-8: a Meetings site to create.
pub struct NewSite<'a> {
    pub id: &'a str,
    pub url_name: &'a str,
    pub time_zone: &'a str,
    pub early_adopter: bool,
    pub licenses: i64,
}

/// SUB-9: the headquarters to create.
pub struct NewHeadquarters<'a> {
    pub id: &'a str,
    pub name: &'a LocationName,
    pub address: &'a Address,
}

/// Who the order's setup admin becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupAdmin<'a> {
    Keep,
    Clear,
    Set(&'a str),
}

/// One step of an order's setup: the wizard's new state and everything it
/// commits, applied together or not at all.
pub struct OrderChange<'a> {
    pub order_id: &'a str,
    /// The wizard JSON the change was computed from.
    pub from_wizard: &'a str,
    /// The link version the change was computed from.
    pub from_link_version: i64,
    pub wizard: &'a str,
    pub state: &'a str,
    /// SUB-2: a new assignee; the link version is bumped, so every earlier
    /// link is superseded.
    pub new_assignee: Option<&'a str>,
    pub setup_admin: SetupAdmin<'a>,
    /// Created first, in this order.
    pub new_orgs: Vec<WizardOrg<'a>>,
    pub partner_org_id: Option<&'a str>,
    pub customer_org_id: Option<&'a str>,
    /// Granted unless the admin holds a role in that org already: a label
    /// never replaces a stronger role (SUB-5).
    pub grants: Vec<WizardGrant<'a>>,
    pub subscription: Option<WizardSubscription<'a>>,
    /// SUB-8, in the customer org.
    pub sites: Vec<NewSite<'a>>,
    /// SUB-9, in the customer org.
    pub headquarters: Option<NewHeadquarters<'a>>,
    pub emails: Vec<NewEmail<'a>>,
    pub audit: Vec<NewAuditEntry<'a>>,
}

impl<'a> OrderChange<'a> {
    /// A change that only saves the wizard (and the state).
    pub fn save(order: &'a OrderRecord, wizard: &'a str, state: &'a str) -> Self {
        Self {
            order_id: &order.id,
            from_wizard: &order.wizard,
            from_link_version: order.link_version,
            wizard,
            state,
            new_assignee: None,
            setup_admin: SetupAdmin::Keep,
            new_orgs: Vec::new(),
            partner_org_id: None,
            customer_org_id: None,
            grants: Vec::new(),
            subscription: None,
            sites: Vec::new(),
            headquarters: None,
            emails: Vec::new(),
            audit: Vec::new(),
        }
    }
}

/// Why a change was not made.
#[derive(Debug, thiserror::Error)]
pub enum OrderChangeError {
    /// The order moved on since it was read (another tab, a handover).
    #[error("the order changed since it was read")]
    Stale,
    /// A rule only the database can check, as `(field, code)`.
    #[error("refused: {0:?}")]
    Refused(Vec<(String, Code)>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for OrderChangeError {
    fn from(error: sqlx::Error) -> Self {
        Self::Store(error.into())
    }
}

/// An org that may be offered as a candidate (SUB-3, SUB-4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateRecord {
    pub id: String,
    pub name: String,
    /// Verified or claimed domains, by name.
    pub domains: Vec<String>,
    pub active_users: i64,
    /// The latest of a user's last change and a user's last call.
    pub last_activity: Option<i64>,
}

/// Which orgs to offer.
#[derive(Debug, Clone, Copy)]
pub enum CandidateFilter<'a> {
    /// Orgs where the admin with exactly this email holds a role: a
    /// partner role in a partner org (`customers_of: None`), or any role
    /// in a customer of that partner.
    AdminEmail {
        email: &'a str,
        customers_of: Option<&'a str>,
    },
    /// Orgs with this domain verified or claimed: partner orgs, or the
    /// customers of that partner.
    Domain {
        domain: &'a str,
        customers_of: Option<&'a str>,
    },
    /// Every customer of the partner.
    CustomersOf(&'a str),
}

impl CandidateFilter<'_> {
    /// The WHERE clause over `orgs o` and its binds, in order.
    fn clause(&self) -> (String, Vec<&str>) {
        let (mut clause, mut binds) = match *self {
            Self::AdminEmail { email, .. } => (
                "o.id IN (SELECT r.org_id FROM admin_roles r JOIN admins a ON a.id = r.admin_id
                    WHERE a.email = $1"
                    .to_owned(),
                vec![email],
            ),
            Self::Domain { domain, .. } => (
                "o.id IN (SELECT d.org_id FROM org_domains d WHERE d.domain = $1".to_owned(),
                vec![domain],
            ),
            Self::CustomersOf(partner) => ("o.partner_id = $1".to_owned(), vec![partner]),
        };
        let customers_of = match *self {
            Self::AdminEmail { customers_of, .. } | Self::Domain { customers_of, .. } => {
                customers_of
            }
            Self::CustomersOf(_) => return (clause, binds),
        };
        if matches!(self, Self::AdminEmail { .. }) && customers_of.is_none() {
            clause.push_str(&format!(
                " AND r.role IN ('{}', '{}')",
                Role::PartnerFullAdmin.as_str(),
                Role::PartnerReadOnly.as_str()
            ));
        }
        clause.push(')');
        match customers_of {
            Some(partner) => {
                clause.push_str(" AND o.partner_id = $2");
                binds.push(partner);
            }
            None => clause.push_str(" AND o.is_partner = 1"),
        }
        (clause, binds)
    }
}

/// The most candidates one list offers.
const CANDIDATE_LIMIT: i64 = 100;

impl Store {
    /// SUB-1: stores a new order with its lines, its welcome email and its
    /// audit entry; an order with this subscription id on file already is
    /// returned untouched (two deliveries racing: one inserts).
    pub async fn intake_order(
        &self,
        order: &NewOrder<'_>,
        email: &NewEmail<'_>,
        audit: &NewAuditEntry<'_>,
    ) -> StoreResult<Intake> {
        let now = now_ms();
        let mut tx = self.pool().begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO orders (id, subscription_id, fingerprint, ordering_partner_org_id,
                 contact_email, assignee_email, state, wizard, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $8)
             ON CONFLICT (subscription_id) DO NOTHING",
        )
        .bind(order.id)
        .bind(order.subscription_id)
        .bind(order.fingerprint)
        .bind(order.ordering_partner_org_id)
        .bind(order.contact_email)
        .bind(order.state)
        .bind(order.wizard)
        .bind(now)
        .execute(&mut *tx)
        .await;
        let inserted = match inserted {
            Ok(done) => done.rows_affected() == 1,
            Err(error) => {
                super::rollback(tx).await;
                return Err(error.into());
            }
        };
        if !inserted {
            super::rollback(tx).await;
            return self
                .order_by_subscription(order.subscription_id)
                .await?
                .map(Intake::Existing)
                .ok_or_else(|| StoreError::Database(sqlx::Error::RowNotFound));
        }
        let result: StoreResult<()> = async {
            for (service, quantity) in order.services {
                sqlx::query(
                    "INSERT INTO order_services (order_id, service, quantity) VALUES ($1, $2, $3)",
                )
                .bind(order.id)
                .bind(*service)
                .bind(*quantity)
                .execute(&mut *tx)
                .await?;
            }
            insert_email(&mut *tx, email).await?;
            insert_audit(&mut *tx, audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await?;
        self.order(order.id)
            .await?
            .map(Intake::Created)
            .ok_or_else(|| StoreError::Database(sqlx::Error::RowNotFound))
    }

    pub async fn order(&self, id: &str) -> StoreResult<Option<OrderRecord>> {
        self.order_where("o.id = $1", id).await
    }

    pub async fn order_by_subscription(
        &self,
        subscription_id: &str,
    ) -> StoreResult<Option<OrderRecord>> {
        self.order_where("o.subscription_id = $1", subscription_id)
            .await
    }

    async fn order_where(&self, clause: &str, bind: &str) -> StoreResult<Option<OrderRecord>> {
        let row = sqlx::query(&format!("{ORDER_SELECT} WHERE {clause}"))
            .bind(bind)
            .fetch_optional(self.pool())
            .await?;
        match row {
            Some(row) => {
                let mut order = order_from_row(&row)?;
                order.services = self.order_services(&order.id).await?;
                Ok(Some(order))
            }
            None => Ok(None),
        }
    }

    async fn order_services(&self, order_id: &str) -> StoreResult<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT service, quantity FROM order_services WHERE order_id = $1 ORDER BY service",
        )
        .bind(order_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("service")?, row.try_get("quantity")?)))
            .collect()
    }

    /// The orders an admin may be concerned with, newest first: assigned
    /// to their email, opened by them, of a partner org where they hold a
    /// partner role, or of an org where they hold any role. The service
    /// layer checks each with the tenancy guard before showing it.
    pub async fn orders_concerning(
        &self,
        admin_id: &str,
        email: &str,
        limit: i64,
    ) -> StoreResult<Vec<OrderRecord>> {
        let rows = sqlx::query(&format!(
            "{ORDER_SELECT}
             WHERE o.assignee_email = $1 OR o.setup_admin_id = $2
                OR o.partner_org_id IN (SELECT org_id FROM admin_roles WHERE admin_id = $2)
                OR o.ordering_partner_org_id IN
                    (SELECT org_id FROM admin_roles WHERE admin_id = $2)
                OR o.customer_org_id IN (SELECT org_id FROM admin_roles WHERE admin_id = $2)
                OR o.customer_org_id IN (SELECT c.id FROM orgs c
                    JOIN admin_roles r ON r.org_id = c.partner_id WHERE r.admin_id = $2)
             ORDER BY o.created_at DESC, o.id DESC
             LIMIT $3"
        ))
        .bind(email)
        .bind(admin_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        let mut orders = Vec::with_capacity(rows.len());
        for row in &rows {
            let mut order = order_from_row(row)?;
            order.services = self.order_services(&order.id).await?;
            orders.push(order);
        }
        Ok(orders)
    }

    /// Makes `admin_id` the setup admin of the order (a link opened signed
    /// in), unless a newer link was issued meanwhile.
    pub async fn set_setup_admin(
        &self,
        order_id: &str,
        link_version: i64,
        admin_id: &str,
        wizard: Option<(&str, &str)>,
        audit: &NewAuditEntry<'_>,
    ) -> Result<(), OrderChangeError> {
        let mut tx = self.pool().begin().await?;
        let result: Result<(), OrderChangeError> = async {
            let done = match wizard {
                // SUB-6: the customer's admin resumes the wizard.
                Some((from, to)) => {
                    sqlx::query(
                        "UPDATE orders SET setup_admin_id = $1, wizard = $2, updated_at = $3
                         WHERE id = $4 AND link_version = $5 AND wizard = $6",
                    )
                    .bind(admin_id)
                    .bind(to)
                    .bind(now_ms())
                    .bind(order_id)
                    .bind(link_version)
                    .bind(from)
                    .execute(&mut *tx)
                    .await?
                }
                None => {
                    sqlx::query(
                        "UPDATE orders SET setup_admin_id = $1, updated_at = $2
                         WHERE id = $3 AND link_version = $4",
                    )
                    .bind(admin_id)
                    .bind(now_ms())
                    .bind(order_id)
                    .bind(link_version)
                    .execute(&mut *tx)
                    .await?
                }
            };
            if done.rows_affected() != 1 {
                return Err(OrderChangeError::Stale);
            }
            insert_audit(&mut *tx, audit).await?;
            Ok(())
        }
        .await;
        finish(tx, result).await
    }

    /// Applies one step of an order's setup ([`OrderChange`]), all or
    /// nothing.
    pub async fn change_order(&self, change: &OrderChange<'_>) -> Result<(), OrderChangeError> {
        let mut tx = self.pool().begin().await?;
        let result = apply_change(&mut tx, change).await;
        finish(tx, result).await
    }

    /// Meetings site URL names among `names` that a site of the deployment
    /// has already (SUB-8).
    pub async fn taken_site_names(&self, names: &[&str]) -> StoreResult<Vec<String>> {
        let mut taken = Vec::new();
        for name in names {
            let row = sqlx::query("SELECT url_name FROM meeting_sites WHERE url_name = $1")
                .bind(*name)
                .fetch_optional(self.pool())
                .await?;
            if let Some(row) = row {
                taken.push(row.try_get("url_name")?);
            }
        }
        Ok(taken)
    }

    /// The Meetings sites of an org, as `(url name, licenses)`.
    pub async fn meeting_sites_of(&self, org_id: &str) -> StoreResult<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT url_name, licenses FROM meeting_sites WHERE org_id = $1
             ORDER BY created_at, url_name",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("url_name")?, row.try_get("licenses")?)))
            .collect()
    }

    /// Records that `org_id` owns (`verified`) or says it owns (`claimed`)
    /// `domain` (SUB-3's candidates).
    pub async fn set_org_domain(
        &self,
        org_id: &str,
        domain: &str,
        verified: bool,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO org_domains (org_id, domain, status, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (org_id, domain) DO UPDATE SET status = excluded.status",
        )
        .bind(org_id)
        .bind(domain.to_lowercase())
        .bind(if verified { "verified" } else { "claimed" })
        .bind(now_ms())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// An org's business vertical, if the wizard made it.
    pub async fn org_vertical(&self, org_id: &str) -> StoreResult<Option<String>> {
        let row = sqlx::query("SELECT business_vertical FROM orgs WHERE id = $1")
            .bind(org_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(match row {
            Some(row) => row.try_get("business_vertical")?,
            None => None,
        })
    }

    /// SUB-3, SUB-4: orgs to offer, by name, with their domains, active
    /// users and last activity.
    pub async fn org_candidates(
        &self,
        filter: CandidateFilter<'_>,
    ) -> StoreResult<Vec<CandidateRecord>> {
        let (clause, binds) = filter.clause();
        let limit_at = binds.len() + 1;
        let sql = format!(
            "SELECT o.id, o.name,
                (SELECT COUNT(*) FROM users u WHERE u.org_id = o.id AND u.status = 'active')
                    AS active_users,
                (SELECT MAX(u.updated_at) FROM users u WHERE u.org_id = o.id) AS last_change,
                (SELECT MAX(r.start_ms) FROM call_records r WHERE r.org_id = o.id) AS last_call
             FROM orgs o WHERE {clause}
             ORDER BY o.name, o.id LIMIT ${limit_at}"
        );
        let mut query = sqlx::query(&sql);
        for bind in &binds {
            query = query.bind(*bind);
        }
        let rows = query.bind(CANDIDATE_LIMIT).fetch_all(self.pool()).await?;
        let mut candidates = Vec::with_capacity(rows.len());
        for row in &rows {
            let last_change: Option<i64> = row.try_get("last_change")?;
            let last_call: Option<i64> = row.try_get("last_call")?;
            candidates.push(CandidateRecord {
                id: row.try_get("id")?,
                name: row.try_get("name")?,
                domains: Vec::new(),
                active_users: row.try_get("active_users")?,
                last_activity: last_change.max(last_call),
            });
        }
        let sql = format!(
            "SELECT d.org_id, d.domain FROM org_domains d JOIN orgs o ON o.id = d.org_id
             WHERE {clause} ORDER BY d.domain"
        );
        let mut query = sqlx::query(&sql);
        for bind in &binds {
            query = query.bind(*bind);
        }
        for row in query.fetch_all(self.pool()).await? {
            let org_id: String = row.try_get("org_id")?;
            if let Some(candidate) = candidates.iter_mut().find(|c| c.id == org_id) {
                candidate.domains.push(row.try_get("domain")?);
            }
        }
        Ok(candidates)
    }
}

async fn apply_change(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    change: &OrderChange<'_>,
) -> Result<(), OrderChangeError> {
    let now = now_ms();
    let link_version = change.from_link_version + i64::from(change.new_assignee.is_some());
    let (set_admin, admin) = match change.setup_admin {
        SetupAdmin::Keep => (false, None),
        SetupAdmin::Clear => (true, None),
        SetupAdmin::Set(id) => (true, Some(id)),
    };
    // First, so a stale change writes nothing else.
    let done = sqlx::query(
        "UPDATE orders SET wizard = $1, state = $2, link_version = $3,
             assignee_email = COALESCE($4, assignee_email),
             setup_admin_id = CASE WHEN $5 = 1 THEN $6 ELSE setup_admin_id END,
             updated_at = $7
         WHERE id = $8 AND wizard = $9 AND link_version = $10",
    )
    .bind(change.wizard)
    .bind(change.state)
    .bind(link_version)
    .bind(change.new_assignee)
    .bind(i64::from(set_admin))
    .bind(admin)
    .bind(now)
    .bind(change.order_id)
    .bind(change.from_wizard)
    .bind(change.from_link_version)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() != 1 {
        return Err(OrderChangeError::Stale);
    }
    for new in &change.new_orgs {
        insert_org_with(&mut **tx, &new.org).await?;
        sqlx::query("UPDATE orgs SET business_vertical = $1 WHERE id = $2")
            .bind(new.vertical)
            .bind(new.org.id)
            .execute(&mut **tx)
            .await?;
    }
    if change.partner_org_id.is_some() || change.customer_org_id.is_some() {
        sqlx::query(
            "UPDATE orders SET partner_org_id = COALESCE($1, partner_org_id),
                 customer_org_id = COALESCE($2, customer_org_id)
             WHERE id = $3",
        )
        .bind(change.partner_org_id)
        .bind(change.customer_org_id)
        .bind(change.order_id)
        .execute(&mut **tx)
        .await?;
    }
    for grant in &change.grants {
        sqlx::query(
            "INSERT INTO admin_roles (admin_id, org_id, role, granted_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (admin_id, org_id) DO NOTHING",
        )
        .bind(grant.admin_id)
        .bind(grant.org_id)
        .bind(grant.role.as_str())
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    if let Some(subscription) = &change.subscription {
        apply_subscription(tx, subscription).await?;
    }
    if let Some(org_id) = change.customer_org_id.or(change.partner_org_id) {
        apply_sites(tx, org_id, change).await?;
        if let Some(hq) = &change.headquarters {
            insert_location_with(&mut **tx, org_id, hq.id, hq.name, hq.address)
                .await
                .map_err(|error| match error {
                    super::DirectoryError::Refused { field, code, .. } => {
                        OrderChangeError::Refused(vec![(field.to_owned(), code)])
                    }
                    super::DirectoryError::NotFound => {
                        OrderChangeError::Refused(vec![("name".into(), Code::NotFound)])
                    }
                    super::DirectoryError::Store(error) => OrderChangeError::Store(error),
                })?;
        }
    }
    for email in &change.emails {
        insert_email(&mut **tx, email).await?;
    }
    for entry in &change.audit {
        insert_audit(&mut **tx, entry).await?;
    }
    Ok(())
}

/// SUB-5: the subscription in the customer org, with a pool per license.
/// A subscription of this id in another org is an `order_conflict`.
async fn apply_subscription(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    subscription: &WizardSubscription<'_>,
) -> Result<(), OrderChangeError> {
    insert_subscription_with(&mut **tx, subscription.id, subscription.org_id).await?;
    let owner: String = sqlx::query("SELECT org_id FROM subscriptions WHERE id = $1")
        .bind(subscription.id)
        .fetch_one(&mut **tx)
        .await?
        .try_get("org_id")?;
    if owner != subscription.org_id {
        return Err(OrderChangeError::Refused(vec![(
            "subscriptionId".into(),
            Code::OrderConflict,
        )]));
    }
    for (license_key, quantity) in subscription.pools {
        let license: Option<String> = sqlx::query("SELECT id FROM licenses WHERE key = $1")
            .bind(*license_key)
            .fetch_optional(&mut **tx)
            .await?
            .map(|row| row.try_get("id"))
            .transpose()?;
        // The catalog is seeded at every start; a missing key is ours.
        let license = license.ok_or(OrderChangeError::Store(StoreError::Database(
            sqlx::Error::RowNotFound,
        )))?;
        set_pool_quantity_with(&mut **tx, subscription.id, &license, *quantity).await?;
    }
    Ok(())
}

/// SUB-8: the sites, each URL name unique across the deployment. Every
/// taken name is reported at once, on its site.
async fn apply_sites(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    org_id: &str,
    change: &OrderChange<'_>,
) -> Result<(), OrderChangeError> {
    let mut taken = Vec::new();
    for (i, site) in change.sites.iter().enumerate() {
        let exists = sqlx::query("SELECT 1 AS one FROM meeting_sites WHERE url_name = $1")
            .bind(site.url_name)
            .fetch_optional(&mut **tx)
            .await?
            .is_some();
        if exists {
            taken.push((format!("sites[{i}].url_name"), Code::SiteNameTaken));
        }
    }
    if !taken.is_empty() {
        return Err(OrderChangeError::Refused(taken));
    }
    for (i, site) in change.sites.iter().enumerate() {
        let inserted = sqlx::query(
            "INSERT INTO meeting_sites (id, org_id, order_id, url_name, time_zone, early_adopter,
                 licenses, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(site.id)
        .bind(org_id)
        .bind(change.order_id)
        .bind(site.url_name)
        .bind(site.time_zone)
        .bind(i64::from(site.early_adopter))
        .bind(site.licenses)
        .bind(now_ms())
        .execute(&mut **tx)
        .await;
        match inserted {
            Ok(_) => {}
            // Another setup took the name since the check.
            Err(error) if is_unique_violation(&error) => {
                return Err(OrderChangeError::Refused(vec![(
                    format!("sites[{i}].url_name"),
                    Code::SiteNameTaken,
                )]));
            }
            Err(error) => return Err(error.into()),
        }
    }
    Ok(())
}
