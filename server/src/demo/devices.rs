//! Demo Webex Go lines in every state (GO-14): one online, one offline and
//! one waiting for activation, added through the same store calls as the
//! portal and moved by the same carrier events.
use domain::webex_go::{ActivationCode, CarrierEvent, LineStatus};

use super::{demo_id, user_by_email};
use crate::{
    auth::secret,
    store::{NewAuditEntry, NewCode, NewWebexGo, Store, now_ms},
};

/// `(org, subscription, user's email, status)`.
const LINES: &[(&str, &str, &str, LineStatus)] = &[
    (
        "archer",
        "archer-main",
        "blake.morgan@archerfarms.example",
        LineStatus::Online,
    ),
    (
        "archer",
        "archer-main",
        "devon.patel@archerfarms.example",
        LineStatus::Offline,
    ),
    (
        "contoso",
        "contoso-main",
        "harriet.clarke@contoso.example",
        LineStatus::ActivationPending,
    ),
];

const ACTOR: &str = "switchboard demo";

pub async fn load(store: &Store) -> anyhow::Result<()> {
    for (index, (org, subscription, email, status)) in LINES.iter().enumerate() {
        let org_id = demo_id(org);
        let user = user_by_email(store, &org_id, email).await?;
        if user.webex_go_status.is_some() {
            continue;
        }
        // Demo codes are not secret: they come from fixed bytes, and no
        // demo line's code is ever shown.
        let code = ActivationCode::from_random([index as u8 + 1; 16]);
        let hash = secret::token_hash(code.as_str());
        let audit = NewAuditEntry {
            actor_admin_id: None,
            actor_email: ACTOR,
            actor_org_id: None,
            org_id: Some(&org_id),
            action: "webex_go_added",
            detail: email,
        };
        let device = store
            .add_webex_go(&NewWebexGo {
                org_id: &org_id,
                user_id: &user.id,
                subscription_id: Some(&demo_id(subscription)),
                phone_number: None,
                code: NewCode {
                    hash: &hash,
                    created_at: now_ms(),
                },
                email: None,
                audit: &audit,
            })
            .await
            .map_err(|e| anyhow::anyhow!("demo Webex Go line for {email}: {e}"))?;
        if *status != LineStatus::ActivationPending {
            store
                .redeem_activation_code(&hash, ACTOR)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        if *status == LineStatus::Offline {
            store
                .carrier_event(&device.id, CarrierEvent::Disabled, ACTOR)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
        }
    }
    Ok(())
}
