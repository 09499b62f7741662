//! The demo dataset seen by the admins of issue 6's tests: Archer Farms'
//! customer full admin (the org has the Device Management integration)
//! and Northwind's partner full admin (Contoso, its customer, has not).
use std::sync::Arc;

use app::api::{
    AddPartnerDeviceInput, AddedPartnerDevice, ApiError, DeviceRef, NewDeviceInput, UserQuery,
};
use domain::Code;
use server::{Config, Services, demo, tenancy::Caller};

use super::TestDb;

pub const ARCHER_ADMIN: &str = "admin@archerfarms.example";
pub const PARTNER_ADMIN: &str = "partner@northwind.example";

pub struct Pmd {
    pub services: Services,
    pub archer: Caller,
    pub partner: Caller,
    pub org_id: String,
    pub contoso_id: String,
}

async fn caller(db: &TestDb, email: &str) -> Caller {
    let admin = db
        .store
        .admin_by_email(email)
        .await
        .unwrap()
        .expect("demo admin");
    let grants = db.store.grants_of(&admin.id).await.unwrap();
    Caller {
        admin,
        grants,
        language: domain::Language::En,
    }
}

pub async fn pmd(db: &TestDb) -> Pmd {
    demo::load(&db.store).await.expect("demo loads");
    let services = Services::new(db.store.clone(), Arc::new(Config::new(db.url.clone())));
    let archer = caller(db, ARCHER_ADMIN).await;
    let partner = caller(db, PARTNER_ADMIN).await;
    Pmd {
        services,
        org_id: server::demo::demo_id("archer"),
        contoso_id: server::demo::demo_id("contoso"),
        archer,
        partner,
    }
}

pub fn device(model: &str, mac: &str) -> NewDeviceInput {
    NewDeviceInput {
        model: model.into(),
        mac: mac.into(),
        disclaimer_acknowledged: true,
    }
}

/// The codes of an error: its findings', or its own.
pub fn codes(error: &ApiError) -> Vec<Code> {
    if error.findings.is_empty() {
        vec![error.code]
    } else {
        error.findings.iter().map(|f| f.code).collect()
    }
}

impl Pmd {
    pub async fn user_id(&self, search: &str) -> String {
        let page = self
            .services
            .list_users(
                &self.archer,
                UserQuery {
                    org_id: self.org_id.clone(),
                    search: search.into(),
                    ..UserQuery::default()
                },
            )
            .await
            .unwrap();
        page.users
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("a demo user matches {search}"))
            .id
    }

    pub async fn add_to_users(
        &self,
        users: &[String],
        model: &str,
        mac: &str,
    ) -> Result<AddedPartnerDevice, ApiError> {
        self.services
            .add_partner_device(
                &self.archer,
                AddPartnerDeviceInput {
                    org_id: self.org_id.clone(),
                    user_ids: users.to_vec(),
                    device: device(model, mac),
                },
            )
            .await
    }

    pub fn device_ref(&self, id: &str) -> DeviceRef {
        DeviceRef {
            org_id: self.org_id.clone(),
            device_id: id.into(),
        }
    }
}
