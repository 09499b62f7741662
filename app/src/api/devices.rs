//! Devices and Webex Go lines (issue 5, GO-1 … GO-15) as they cross the
//! wire.
//!
//! Activation codes are secrets: an [`ActivationDetails`] is the only value
//! that carries one, and the server returns it only from the call that
//! generated the code. Reloading a page never shows a code again.
use domain::{Code, webex_go::LineStatus};
use serde::{Deserialize, Serialize};

/// What kind of device a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceKind {
    WebexGo,
    /// A third-party SIP device managed by a partner (issue 6, PMD-1).
    PartnerManaged,
}

impl DeviceKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::WebexGo => "webex_go",
            Self::PartnerManaged => "partner_managed",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        match input {
            "webex_go" => Some(Self::WebexGo),
            "partner_managed" => Some(Self::PartnerManaged),
            _ => None,
        }
    }
}

/// The workspace a device belongs to (PMD-6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceWorkspace {
    pub id: String,
    pub name: String,
}

/// The user a device belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceOwner {
    pub user_id: String,
    pub email: String,
    pub display_name: String,
}

/// One row of the Devices page and of a user's Devices area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceRow {
    pub id: String,
    pub org_id: String,
    pub kind: DeviceKind,
    /// The model's display name (`Webex Go Device`, `Poly VVX 250`).
    pub model_name: String,
    /// The owner of a Webex Go line; for a partner-managed device its
    /// first user (all of them are in `users`).
    pub owner: Option<DeviceOwner>,
    /// PMD-5: every user of a partner-managed device (empty for Webex Go
    /// lines and workspace devices).
    #[serde(default)]
    pub users: Vec<DeviceOwner>,
    /// PMD-6: the workspace of a workspace's device.
    #[serde(default)]
    pub workspace: Option<DeviceWorkspace>,
    /// PMD-4: a partner-managed device's MAC (12 upper-case hex digits).
    #[serde(default)]
    pub mac: Option<String>,
    /// GO-14: the real status, never "unavailable".
    pub status: LineStatus,
    /// The line's number (E.164): the owner's primary number.
    pub phone_number: Option<String>,
    /// The subscription whose Webex Go license the line holds.
    pub subscription_id: Option<String>,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
}

/// A page of the Devices list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceQuery {
    pub org_id: String,
    /// Matched against the users' names and emails, the model, the
    /// workspace name and the MAC (in any spelling), case-insensitively.
    #[serde(default)]
    pub search: String,
    #[serde(default)]
    pub status: Option<LineStatus>,
    /// The `next` cursor of the previous page.
    #[serde(default)]
    pub after: Option<String>,
    /// Rows per page: 1 to 200, 50 by default.
    #[serde(default)]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevicePage {
    pub devices: Vec<DeviceRow>,
    /// The cursor of the next page; `None` on the last page.
    pub next: Option<String>,
    /// Devices in the org matching the filters.
    pub total: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceRef {
    pub org_id: String,
    pub device_id: String,
}

/// The device page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceDetails {
    pub row: DeviceRow,
    /// When the current activation code expires (GO-5), while one is
    /// outstanding.
    pub code_expires_at_ms: Option<i64>,
    /// The org's *suppress email* setting (GO-6).
    pub suppress_email: bool,
    pub can_write: bool,
    /// A partner-managed device's SIP and disclaimer facts (issue 6).
    #[serde(default)]
    pub partner: Option<super::PartnerDeviceInfo>,
}

/// A Webex Go subscription of the org and what is left in its pool.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoSubscriptionOption {
    pub id: String,
    pub quantity: i64,
    pub used: i64,
}

impl GoSubscriptionOption {
    pub fn available(&self) -> i64 {
        (self.quantity - self.used).max(0)
    }
}

/// What the *Add Webex Go device* page needs for one user (GO-1, GO-3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebexGoOptions {
    pub org_id: String,
    pub owner: DeviceOwner,
    /// GO-1: the conditions the user misses (`not_calling_professional`,
    /// `location_not_eligible`); empty when the user is eligible.
    pub ineligible: Vec<Code>,
    /// The user's line, if they have one already (one per user).
    pub existing_device_id: Option<String>,
    /// The org's subscriptions with Webex Go licenses. GO-3: the page shows
    /// a picker only when there are several.
    pub subscriptions: Vec<GoSubscriptionOption>,
    /// The user's primary number; `None`: GO-3 asks for one.
    pub primary_number: Option<String>,
    /// Free numbers of the user's location, offered when
    /// `primary_number` is `None`.
    pub free_numbers: Vec<String>,
    /// The org's *suppress email* setting (GO-6).
    pub suppress_email: bool,
}

/// GO-2 … GO-4: add a Webex Go line to a user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddWebexGoInput {
    pub org_id: String,
    pub user_id: String,
    /// Required when the org has several Webex Go subscriptions.
    #[serde(default)]
    pub subscription_id: Option<String>,
    /// Required when the user has no primary number (E.164 or national
    /// format of the user's location).
    #[serde(default)]
    pub phone_number: Option<String>,
}

/// A newly generated activation code and what a phone needs to use it
/// (GO-11). Returned once, by the call that generated the code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationDetails {
    pub device_id: String,
    /// The code in groups (`7K3QD-M9XWF-2HRTB-8VNPC-4GZJA`).
    pub code: String,
    /// For Apple devices: SM-DP+ address and code typed by hand.
    pub smdp_address: String,
    /// For Android devices.
    pub network_provider_code: String,
    /// `LPA:1$<SM-DP+ address>$<code>`: what the QR code encodes.
    pub lpa: String,
    /// The QR code as an SVG document (from the `qrcode` crate), drawn by
    /// the server so the browser bundle stays small.
    pub qr_svg: String,
    pub expires_at_ms: i64,
    /// Where the code was emailed (GO-5); `None` when the org suppresses
    /// email and the admin hands it over (GO-6).
    pub emailed_to: Option<String>,
}

/// A Webex Go line just added, with its first activation code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedWebexGo {
    pub device: DeviceRow,
    pub activation: ActivationDetails,
}

/// GO-6: the admin sends the code they were shown to an address they type.
/// The server sends it only if it is the line's current, unused code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendActivationInput {
    pub org_id: String,
    pub device_id: String,
    pub code: String,
    pub to: String,
}

/// The org's *suppress email* setting (GO-6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailSettingInput {
    pub org_id: String,
    pub suppress_email: bool,
}
