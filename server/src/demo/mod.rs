//! The demo dataset (`switchboard demo`): idempotent, so it can run on
//! every start of `cargo xtask run`.
mod call_records;
mod devices;
mod directory;
mod partner_devices;

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

/// The demo user with `email` in `org_id`.
async fn user_by_email(
    store: &Store,
    org_id: &str,
    email: &str,
) -> anyhow::Result<crate::store::UserRecord> {
    let users = store
        .list_users(
            org_id,
            &crate::store::UserListQuery {
                search: email,
                limit: 1,
                ..crate::store::UserListQuery::default()
            },
        )
        .await?;
    users
        .into_iter()
        .find(|u| u.email == email)
        .ok_or_else(|| anyhow::anyhow!("the demo has no user {email}"))
}

/// SUB-3, SUB-4: the domains demo orgs own (`true`: verified) or claim, so
/// an order's contact at one of them finds candidate orgs.
const DOMAINS: &[(&str, &str, bool)] = &[
    ("northwind", "northwind.example", true),
    ("globex", "globex.example", true),
    ("archer", "archerfarms.example", true),
    ("bergen", "bergenhavn.example", false),
];

/// One demo subscription: its org, a key for its stable id, and its pools
/// as `(license key, quantity)`.
struct DemoSubscription {
    org: &'static str,
    key: &'static str,
    pools: &'static [(&'static str, i64)],
}

/// Archer Farms has two subscriptions with Webex Go licenses (GO-3 offers a
/// choice then); its main one has enough for a bulk import of 50 lines
/// (GO-9) beside the single adds.
const SUBSCRIPTIONS: &[DemoSubscription] = &[
    DemoSubscription {
        org: "archer",
        key: "archer-main",
        pools: &[
            ("calling_professional", 200),
            ("calling_standard", 20),
            ("meetings", 200),
            ("webex_go", 80),
            ("basic_messaging", 1500),
            ("basic_space_meetings", 1500),
            ("call_on_webex", 1500),
            ("workspace_professional", 5),
            ("common_area", 5),
        ],
    },
    DemoSubscription {
        org: "archer",
        key: "archer-go",
        pools: &[("webex_go", 5)],
    },
    DemoSubscription {
        org: "contoso",
        key: "contoso-main",
        pools: &[
            ("calling_standard", 20),
            ("calling_professional", 10),
            ("webex_go", 3),
            ("basic_messaging", 100),
        ],
    },
    DemoSubscription {
        org: "bergen",
        key: "bergen-main",
        pools: &[
            ("calling_professional", 10),
            ("meetings", 10),
            ("common_area", 4),
        ],
    },
    DemoSubscription {
        org: "roma",
        key: "roma-main",
        pools: &[("meetings", 25)],
    },
    DemoSubscription {
        org: "cluj",
        key: "cluj-main",
        pools: &[("calling_professional", 15), ("workspace_professional", 5)],
    },
    DemoSubscription {
        org: "initech",
        key: "initech-main",
        pools: &[("calling_professional", 30)],
    },
];

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
    for (org, domain, verified) in DOMAINS {
        store
            .set_org_domain(&demo_id(org), domain, *verified)
            .await?;
    }
    for demo in SUBSCRIPTIONS {
        let subscription = demo_id(demo.key);
        store
            .insert_subscription(&subscription, &demo_id(demo.org))
            .await?;
        // Pools are (re)sized on every load: demo sizes only ever grow.
        for (license_key, quantity) in demo.pools {
            let license = store
                .license_id(license_key)
                .await?
                .ok_or_else(|| anyhow::anyhow!("the catalog has no license {license_key}"))?;
            store
                .set_pool_quantity(&subscription, &license, *quantity)
                .await?;
        }
    }
    directory::load(store).await?;
    devices::load(store).await?;
    partner_devices::load(store).await?;
    call_records::load(store).await?;
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
