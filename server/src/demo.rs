//! The demo dataset (`switchboard demo`): idempotent, so it can run on
//! every start of `cargo xtask run`.
use domain::Role;

use crate::{
    auth::password,
    store::{NewAdmin, NewAuditEntry, NewOrg, Store},
};

/// The one password of every demo account. Demo data only: `init` gives
/// real installs a random one-time password.
pub const DEMO_PASSWORD: &str = "Switchboard-demo-2026";

pub struct DemoLogin {
    pub email: &'static str,
    pub role: &'static str,
}

struct DemoOrg {
    key: &'static str,
    name: &'static str,
    partner: Option<&'static str>,
    country: &'static str,
}

const ORGS: &[DemoOrg] = &[
    DemoOrg {
        key: "northwind",
        name: "Northwind Telecom",
        partner: None,
        country: "US",
    },
    DemoOrg {
        key: "globex",
        name: "Globex Partners",
        partner: None,
        country: "GB",
    },
    DemoOrg {
        key: "archer",
        name: "Archer Farms",
        partner: Some("northwind"),
        country: "US",
    },
    DemoOrg {
        key: "contoso",
        name: "Contoso Ltd",
        partner: Some("northwind"),
        country: "GB",
    },
    DemoOrg {
        key: "bergen",
        name: "Bergen Havn AS",
        partner: Some("northwind"),
        country: "NO",
    },
    DemoOrg {
        key: "roma",
        name: "Roma Servizi S.r.l.",
        partner: Some("northwind"),
        country: "IT",
    },
    DemoOrg {
        key: "cluj",
        name: "Cluj Software SRL",
        partner: Some("northwind"),
        country: "RO",
    },
    DemoOrg {
        key: "initech",
        name: "Initech",
        partner: Some("globex"),
        country: "US",
    },
];

struct DemoAdmin {
    email: &'static str,
    name: &'static str,
    org: &'static str,
    role: Role,
    language: &'static str,
}

const ADMINS: &[DemoAdmin] = &[
    DemoAdmin {
        email: "partner@northwind.example",
        name: "Nora Lind",
        org: "northwind",
        role: Role::PartnerFullAdmin,
        language: "en",
    },
    DemoAdmin {
        email: "readonly@northwind.example",
        name: "Rita Reed",
        org: "northwind",
        role: Role::PartnerReadOnly,
        language: "en",
    },
    DemoAdmin {
        email: "admin@archerfarms.example",
        name: "Archie Archer",
        org: "archer",
        role: Role::CustomerFullAdmin,
        language: "en",
    },
    DemoAdmin {
        email: "admin@bergenhavn.example",
        name: "Ola Nordmann",
        org: "bergen",
        role: Role::CustomerFullAdmin,
        language: "nb",
    },
    DemoAdmin {
        email: "partner@globex.example",
        name: "Gloria Gibbs",
        org: "globex",
        role: Role::PartnerFullAdmin,
        language: "en",
    },
];

/// A stable id for a demo object, so reloading finds the same rows.
pub fn demo_id(key: &str) -> String {
    uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_URL,
        format!("switchboard-demo:{key}").as_bytes(),
    )
    .to_string()
}

pub async fn load(store: &Store) -> anyhow::Result<Vec<DemoLogin>> {
    for org in ORGS {
        let id = demo_id(org.key);
        let partner_id = org.partner.map(demo_id);
        let inserted = store
            .insert_org(&NewOrg {
                id: &id,
                name: org.name,
                is_partner: org.partner.is_none(),
                partner_id: partner_id.as_deref(),
                country: Some(org.country),
            })
            .await?;
        if inserted {
            store
                .record_audit(&NewAuditEntry {
                    actor_admin_id: None,
                    actor_email: "switchboard demo",
                    actor_org_id: None,
                    org_id: Some(&id),
                    action: "org_created",
                    detail: org.name,
                })
                .await?;
        }
    }
    let mut logins = Vec::new();
    for admin in ADMINS {
        let existing = store.admin_by_email(admin.email).await?;
        let admin_id = match existing {
            Some(found) => found.id,
            None => {
                let hash = password::hash(DEMO_PASSWORD.to_owned()).await?;
                store
                    .upsert_admin(&NewAdmin {
                        id: &demo_id(admin.email),
                        email: admin.email,
                        display_name: admin.name,
                        password_hash: Some(&hash),
                        language: admin.language,
                    })
                    .await?
            }
        };
        store
            .grant_role(&admin_id, &demo_id(admin.org), admin.role)
            .await?;
        logins.push(DemoLogin {
            email: admin.email,
            role: admin.role.as_str(),
        });
    }
    Ok(logins)
}
