//! Demo call records for Archer Farms (GO-16): a week of calls on desk
//! phones, the desktop, mobile and web apps, and on Blake Morgan's and
//! Devon Patel's Webex Go lines, which the report shows as
//! `Mobile_Network`. Checked with `domain` and stored through the same
//! store call as the ingest API, each under a fixed external id, so
//! loading the demo again adds nothing.
use domain::call_history::{CallRecord, CallRecordDraft, format_rfc3339};

use super::demo_id;
use crate::store::{IngestOutcome, Store, UserListQuery, UserRecord, now_ms};

/// One demo call: `(user's email, on their Webex Go line, hours before the
/// start of today (UTC), minutes into that hour, seconds long, direction,
/// the other party, what the platform said)`.
type DemoCall = (
    &'static str,
    bool,
    i64,
    i64,
    i64,
    &'static str,
    &'static str,
    Option<&'static str>,
);

const BLAKE: &str = "blake.morgan@archerfarms.example";
const DEVON: &str = "devon.patel@archerfarms.example";
const AVERY: &str = "avery.archer@archerfarms.example";
const CASEY: &str = "casey.nguyen@archerfarms.example";
const EMERY: &str = "emery.tremblay@archerfarms.example";

const CALLS: &[DemoCall] = &[
    (BLAKE, true, 2, 14, 312, "ORIGINATING", "+16165550142", None),
    (BLAKE, true, 5, 3, 47, "TERMINATING", "+13125550187", None),
    (
        BLAKE,
        false,
        9,
        40,
        1_260,
        "ORIGINATING",
        "+16165550100",
        Some("Desktop"),
    ),
    (
        AVERY,
        false,
        10,
        5,
        184,
        "TERMINATING",
        "+12314569006",
        Some("Desk_Phone"),
    ),
    (
        CASEY,
        false,
        20,
        30,
        65,
        "ORIGINATING",
        "+14165550199",
        Some("Browser"),
    ),
    // The platform said Mobile_App, but the call was on the Webex Go line.
    (
        BLAKE,
        true,
        28,
        12,
        905,
        "ORIGINATING",
        "+12125550123",
        Some("Mobile_App"),
    ),
    (
        AVERY,
        false,
        30,
        50,
        22,
        "ORIGINATING",
        "+12314569002",
        Some("Mobile_App"),
    ),
    (
        DEVON,
        true,
        44,
        18,
        431,
        "TERMINATING",
        "+16165550177",
        None,
    ),
    (
        EMERY,
        false,
        52,
        0,
        3_725,
        "TERMINATING",
        "+14165550111",
        Some("Desktop"),
    ),
    (
        BLAKE,
        true,
        75,
        45,
        128,
        "TERMINATING",
        "+16165550142",
        None,
    ),
    (
        CASEY,
        false,
        99,
        20,
        0,
        "ORIGINATING",
        "+18005550100",
        Some("Desk_Phone"),
    ),
    (DEVON, true, 120, 8, 76, "ORIGINATING", "+13125550166", None),
];

async fn user(store: &Store, org_id: &str, email: &str) -> anyhow::Result<UserRecord> {
    store
        .list_users(
            org_id,
            &UserListQuery {
                search: email,
                limit: 1,
                ..UserListQuery::default()
            },
        )
        .await?
        .into_iter()
        .find(|u| u.email == email)
        .ok_or_else(|| anyhow::anyhow!("the demo has no user {email}"))
}

pub async fn load(store: &Store) -> anyhow::Result<()> {
    let org_id = demo_id("archer");
    let now = now_ms();
    let today = now - now.rem_euclid(24 * 60 * 60 * 1000);
    let mut records = Vec::new();
    for (index, (email, on_go_line, hours, minutes, seconds, direction, other, stated)) in
        CALLS.iter().enumerate()
    {
        let user = user(store, &org_id, email).await?;
        let device_id = if *on_go_line {
            let candidate = store
                .webex_go_candidate(&org_id, &user.id)
                .await?
                .and_then(|c| c.webex_go_device_id);
            Some(candidate.ok_or_else(|| anyhow::anyhow!("{email} has no Webex Go line"))?)
        } else {
            None
        };
        let own = user.phone_number.clone().or(user.extension.clone());
        let (calling, called) = if *direction == "ORIGINATING" {
            (own, Some((*other).to_owned()))
        } else {
            (Some((*other).to_owned()), own)
        };
        let start = today - hours * 60 * 60 * 1000 + minutes * 60 * 1000;
        let draft = CallRecordDraft {
            id: Some(format!("demo-archer-call-{:02}", index + 1)),
            start_time: Some(format_rfc3339(start)),
            duration_seconds: Some(*seconds),
            direction: Some((*direction).to_owned()),
            calling_number: calling,
            called_number: called,
            user_id: Some(user.id),
            device_id,
            sub_client_type: stated.map(str::to_owned),
        };
        records.push(
            CallRecord::parse(&draft, now)
                .map_err(|findings| anyhow::anyhow!("demo call {index}: {findings:?}"))?,
        );
    }
    for outcome in store.ingest_call_records(&org_id, &records).await? {
        if let IngestOutcome::Refused(findings) = outcome {
            anyhow::bail!("a demo call was refused: {findings:?}");
        }
    }
    Ok(())
}
