//! Demo partner-managed devices (issue 6): Archer Farms has the Device
//! Management integration (Contoso does not, so the refusal can be seen),
//! two desk phones on demo users (one shared by two users, PMD-5) and one
//! workspace of each license kind (PMD-8).
//!
//! Demo credentials are sealed with a throwaway key and never shown: an
//! admin who wants to register a demo phone uses *Update password*.
use domain::{
    RoomType, WorkspaceLicense,
    partner_devices::{SIP_PASSWORD_RANDOM_BYTES, SipPassword},
};
use rand::{RngCore, rngs::OsRng};

use super::{demo_id, user_by_email};
use crate::{
    auth::sealing::{Ha1, SecretKey},
    store::{
        DeviceHolder, NewAuditEntry, NewPartnerDevice, NewWorkspace, SealedCredentials, Store,
    },
};

const ACTOR: &str = "switchboard demo";

/// `(MAC, catalog key, users' emails)`.
const USER_DEVICES: &[(&str, &str, &[&str])] = &[
    (
        "0004F2A1B201",
        "poly_vvx_350",
        // Not Avery Archer: the Webex Go walkthrough starts from a user
        // without devices.
        &["finley.roy@archerfarms.example"],
    ),
    (
        "805EC0A1B202",
        "yealink_t54w",
        &[
            // Users no spec looks at, so the Webex Go and call history
            // specs see Blake Morgan's line as his only device.
            "bailey.adams001@archerfarms.example",
            "cameron.adams002@archerfarms.example",
        ],
    ),
];

/// `(key, name, room type, capacity, license, number, extension, MAC,
/// catalog key)`.
type DemoWorkspace = (
    &'static str,
    &'static str,
    RoomType,
    i64,
    WorkspaceLicense,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const WORKSPACES: &[DemoWorkspace] = &[
    (
        "archer-ws-boardroom",
        "Boardroom",
        RoomType::MeetingRoom,
        12,
        WorkspaceLicense::Professional,
        "+12314569028",
        "7001",
        "0004F2A1B203",
        "poly_vvx_450",
    ),
    (
        "archer-ws-lobby",
        "Front lobby",
        RoomType::Lobby,
        6,
        WorkspaceLicense::CommonArea,
        "+12314569029",
        "7002",
        "C074ADA1B204",
        "grandstream_grp2612",
    ),
];

fn audit<'a>(org_id: &'a str, action: &'a str, detail: &'a str) -> NewAuditEntry<'a> {
    NewAuditEntry {
        actor_admin_id: None,
        actor_email: ACTOR,
        actor_org_id: None,
        org_id: Some(org_id),
        action,
        detail,
    }
}

/// Sealed demo credentials for `device_id` (see the module comment).
fn demo_credentials(key: &SecretKey, device_id: &str, user_name: &str) -> anyhow::Result<Sealed> {
    // A password nobody sees: the demo phone gets a real one by PMD-9.
    let mut bytes = [0u8; SIP_PASSWORD_RANDOM_BYTES];
    OsRng.fill_bytes(&mut bytes);
    let password = SipPassword::from_random(bytes);
    let ha1 = Ha1::of(user_name, "sip.switchboard.localhost", password.as_str());
    let sealed = key.seal(device_id, ha1.to_record().as_bytes())?;
    Ok(Sealed {
        user_name: user_name.to_owned(),
        key_id: sealed.key_id,
        nonce: sealed.nonce,
        ciphertext: sealed.ciphertext,
    })
}

struct Sealed {
    user_name: String,
    key_id: String,
    nonce: String,
    ciphertext: String,
}

impl Sealed {
    fn record(&self) -> SealedCredentials<'_> {
        SealedCredentials {
            user_name: &self.user_name,
            realm: "sip.switchboard.localhost",
            key_id: &self.key_id,
            nonce: &self.nonce,
            sealed_ha1: &self.ciphertext,
        }
    }
}

pub async fn load(store: &Store) -> anyhow::Result<()> {
    let org_id = demo_id("archer");
    let entitled = audit(&org_id, "device_management_set", "on");
    store
        .set_device_management(&org_id, true, &entitled)
        .await?;
    let key = SecretKey::ephemeral();
    for (index, (mac, model, emails)) in USER_DEVICES.iter().enumerate() {
        if store.device_by_mac(mac).await?.is_some() {
            continue;
        }
        let mut users = Vec::new();
        for email in *emails {
            users.push(user_by_email(store, &org_id, email).await?.id);
        }
        let model = store
            .device_model(model)
            .await?
            .ok_or_else(|| anyhow::anyhow!("the catalog has no {model}"))?;
        let id = demo_id(&format!("pmd-{mac}"));
        let sealed = demo_credentials(&key, &id, &format!("pmddemo{index:08}"))?;
        let added = audit(&org_id, "partner_device_added", mac);
        store
            .add_partner_device(&NewPartnerDevice {
                id: &id,
                org_id: &org_id,
                model_id: &model.id,
                mac,
                holder: DeviceHolder::Users(&users),
                disclaimer_admin_id: ACTOR,
                disclaimer_email: ACTOR,
                credentials: sealed.record(),
                audit: &added,
            })
            .await?;
    }
    for (index, (key_name, name, room, capacity, license, number, extension, mac, model)) in
        WORKSPACES.iter().enumerate()
    {
        let id = demo_id(key_name);
        if store.workspace(&org_id, &id).await?.is_some() {
            continue;
        }
        let model = store
            .device_model(model)
            .await?
            .ok_or_else(|| anyhow::anyhow!("the catalog has no {model}"))?;
        let device_id = demo_id(&format!("pmd-{mac}"));
        let sealed = demo_credentials(&key, &device_id, &format!("pmddemows{index:06}"))?;
        let added = audit(&org_id, "partner_device_added", mac);
        let created = audit(&org_id, "workspace_created", name);
        store
            .create_workspace(&NewWorkspace {
                id: &id,
                org_id: &org_id,
                name,
                room_type: room.as_str(),
                capacity: *capacity,
                license: *license,
                subscription_id: Some(&demo_id("archer-main")),
                location_id: &demo_id("archer-grand-rapids"),
                phone_number: number,
                extension: Some(extension),
                first_device: &NewPartnerDevice {
                    id: &device_id,
                    org_id: &org_id,
                    model_id: &model.id,
                    mac,
                    holder: DeviceHolder::Workspace(&id),
                    disclaimer_admin_id: ACTOR,
                    disclaimer_email: ACTOR,
                    credentials: sealed.record(),
                    audit: &added,
                },
                audit: &created,
            })
            .await?;
    }
    Ok(())
}
