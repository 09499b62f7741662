//! Devices and Webex Go lines (issue 5): the admin's actions (GO-1 …
//! GO-14) and the carrier's (GO-15).
//!
//! Codes are drawn here from the operating system's CSPRNG, hashed for
//! the store, drawn as a QR code, and put in the email; the plaintext code
//! leaves this module only in the one response that shows it.
use app::{
    api::{
        ActivationDetails, AddWebexGoInput, AddedWebexGo, ApiError, DeviceDetails, DeviceKind,
        DeviceOwner, DevicePage, DeviceQuery, DeviceRef, DeviceRow, DeviceWorkspace,
        EmailSettingInput, GoSubscriptionOption, PartnerDeviceInfo, SendActivationInput, UserRef,
        WebexGoOptions,
    },
    i18n::Catalog,
};
use domain::{
    Code, Email, Language, PhoneNumber,
    tenancy::Access,
    webex_go::{
        ACTIVATION_CODE_RANDOM_BYTES, ActivationCode, CarrierEvent, CodeRecord, eligibility,
        lpa_string,
    },
};
use qrcode::{EcLevel, QrCode, render::svg};
use rand::{RngCore, rngs::OsRng};

use super::Services;
use crate::{
    auth::secret,
    store::{
        CarrierError, DeviceChange, DeviceListQuery, DeviceRecord, DeviceUserRecord, MachineKind,
        MachineRecord, NewCode, NewEmail, NewWebexGo, NumberState, PARTNER_MANAGED, now_ms,
    },
    tenancy::{Caller, Need, OrgScope, guard},
};

const DEVICES_PAGE: u32 = 50;
const DEVICES_PAGE_MAX: u32 = 200;
const SEARCH_MAX_CHARS: usize = 200;
/// Free numbers offered on the add page (GO-3).
const FREE_NUMBER_SUGGESTIONS: i64 = 50;
/// The model name of a Webex Go line (seeded catalog data in a later
/// issue; the only model so far).
const WEBEX_GO_MODEL: &str = "Webex Go Device";

/// A fresh activation code from the OS CSPRNG (GO-5: at least 120 bits).
fn new_code() -> ActivationCode {
    let mut bytes = [0u8; ACTIVATION_CODE_RANDOM_BYTES];
    OsRng.fill_bytes(&mut bytes);
    ActivationCode::from_random(bytes)
}

/// The stored form of a code: the codes carry 125 random bits, so a fast
/// hash is enough (there is nothing to guess).
fn code_hash(code: &ActivationCode) -> String {
    secret::token_hash(code.as_str())
}

/// The QR code of an eSIM activation string as an SVG document (GO-11).
pub fn qr_svg(lpa: &str) -> String {
    match QrCode::with_error_correction_level(lpa.as_bytes(), EcLevel::M) {
        Ok(code) => code
            .render::<svg::Color<'_>>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .build(),
        // An LPA string is under 100 bytes; a QR code holds 2,000.
        Err(error) => {
            tracing::error!(%error, "cannot draw the activation QR code");
            String::new()
        }
    }
}

/// `YYYY-MM-DD` (UTC) of a time in ms: the expiry date in emails.
pub fn iso_date(ms: i64) -> String {
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let days = ms.div_euclid(86_400_000);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A device's row; `users` are a partner-managed device's users (PMD-5).
fn device_row(record: DeviceRecord, users: Vec<DeviceUserRecord>) -> DeviceRow {
    let users: Vec<DeviceOwner> = users
        .into_iter()
        .map(|u| DeviceOwner {
            user_id: u.user_id,
            email: u.email,
            display_name: u.display_name,
        })
        .collect();
    let owner = match (record.user_id, record.user_email, record.user_display_name) {
        (Some(user_id), Some(email), Some(display_name)) => Some(DeviceOwner {
            user_id,
            email,
            display_name,
        }),
        _ => users.first().cloned(),
    };
    let model_name = match (record.model_vendor, record.model_name) {
        (Some(vendor), Some(model)) => format!("{vendor} {model}"),
        _ => WEBEX_GO_MODEL.into(),
    };
    let workspace = match (record.workspace_id, record.workspace_name) {
        (Some(id), Some(name)) => Some(DeviceWorkspace { id, name }),
        _ => None,
    };
    DeviceRow {
        id: record.id,
        org_id: record.org_id,
        kind: DeviceKind::parse(&record.kind).unwrap_or(DeviceKind::WebexGo),
        model_name,
        owner,
        users,
        workspace,
        mac: record.mac,
        status: record.status,
        phone_number: record.phone_number,
        subscription_id: record.subscription_id,
        created_at_ms: record.created_at,
        updated_at_ms: record.updated_at,
    }
}

impl From<CarrierError> for ApiError {
    fn from(error: CarrierError) -> Self {
        match error {
            CarrierError::Refused(code) => ApiError::new(code, code.to_string()),
            CarrierError::NotFound => ApiError::not_found(),
            CarrierError::Store(error) => error.into(),
        }
    }
}

/// A code just generated, and the email that carries it (if sent).
pub(super) struct Issued {
    code: ActivationCode,
    hash: String,
    created_at: i64,
    email: Option<(String, String, String, Language)>,
}

impl Issued {
    pub(super) fn new_code(&self) -> NewCode<'_> {
        NewCode {
            hash: &self.hash,
            created_at: self.created_at,
        }
    }

    pub(super) fn new_email(&self) -> Option<NewEmail<'_>> {
        self.email
            .as_ref()
            .map(|(to, subject, body, language)| NewEmail {
                to_address: to,
                subject,
                body_text: body,
                language: language.as_str(),
            })
    }
}

impl Services {
    /// A new code, and its email to `to` in `language` unless `to` is
    /// `None` (GO-5, GO-6).
    pub(super) fn issue_code(&self, to: Option<(&str, &str, Language)>, org_name: &str) -> Issued {
        let code = new_code();
        let created_at = now_ms();
        let email = to.map(|(address, name, language)| {
            let (subject, body) =
                self.activation_email(&code, created_at, name, org_name, language);
            (address.to_owned(), subject, body, language)
        });
        Issued {
            hash: code_hash(&code),
            code,
            created_at,
            email,
        }
    }

    fn activation_email(
        &self,
        code: &ActivationCode,
        created_at: i64,
        name: &str,
        org_name: &str,
        language: Language,
    ) -> (String, String) {
        let catalog = Catalog::get();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("name", name.to_owned());
        args.set("org", org_name.to_owned());
        args.set("code", code.grouped());
        args.set("smdp", self.config.smdp_address.clone());
        args.set("provider", self.config.network_provider_code.clone());
        args.set("expires", iso_date(expires_at(created_at)));
        (
            catalog.format(language, "email-webex-go-subject", Some(&args)),
            catalog.format(language, "email-webex-go-body", Some(&args)),
        )
    }

    fn activation_details(
        &self,
        device_id: &str,
        issued: &Issued,
        emailed_to: Option<String>,
    ) -> ActivationDetails {
        let lpa = lpa_string(&self.config.smdp_address, &issued.code);
        ActivationDetails {
            device_id: device_id.to_owned(),
            code: issued.code.grouped(),
            smdp_address: self.config.smdp_address.clone(),
            network_provider_code: self.config.network_provider_code.clone(),
            qr_svg: qr_svg(&lpa),
            lpa,
            expires_at_ms: expires_at(issued.created_at),
            emailed_to,
        }
    }

    /// The owner's address, name and mail language, unless the org
    /// suppresses email (GO-6).
    pub(super) async fn code_recipient(
        &self,
        scope: &OrgScope,
        user_id: &str,
    ) -> Result<Option<(String, String, Language)>, ApiError> {
        if scope.org.suppress_email {
            return Ok(None);
        }
        let Some(user) = self.store.user(&scope.org.id, user_id).await? else {
            return Ok(None);
        };
        let language = self
            .store
            .user_language(user_id)
            .await?
            .and_then(|l| Language::parse(&l).ok())
            .unwrap_or_default();
        Ok(Some((user.email, user.display_name, language)))
    }

    /// GO-1, GO-3: what the add page needs for one user.
    pub async fn webex_go_options(
        &self,
        caller: &Caller,
        user: &UserRef,
    ) -> Result<WebexGoOptions, ApiError> {
        let scope = guard(&self.store, caller, &user.org_id, Need::Read).await?;
        let Some(record) = self.store.user(&scope.org.id, &user.user_id).await? else {
            return Err(ApiError::not_found());
        };
        let Some(candidate) = self
            .store
            .webex_go_candidate(&scope.org.id, &user.user_id)
            .await?
        else {
            return Err(ApiError::not_found());
        };
        let ineligible = match eligibility(
            candidate.license_keys.iter().map(String::as_str),
            candidate.location_country,
        ) {
            Ok(()) => Vec::new(),
            Err(why) => why.codes().collect(),
        };
        let free_numbers = match (&candidate.primary_number, &candidate.location_id) {
            (None, Some(location)) => self
                .store
                .numbers_of(
                    &scope.org.id,
                    Some(location),
                    NumberState::Free,
                    None,
                    FREE_NUMBER_SUGGESTIONS,
                )
                .await?
                .into_iter()
                .map(|n| n.e164)
                .collect(),
            _ => Vec::new(),
        };
        let subscriptions = self
            .store
            .webex_go_pools(&scope.org.id)
            .await?
            .into_iter()
            .map(|p| GoSubscriptionOption {
                id: p.subscription_id,
                quantity: p.quantity,
                used: p.used,
            })
            .collect();
        Ok(WebexGoOptions {
            org_id: scope.org.id.clone(),
            owner: DeviceOwner {
                user_id: record.id,
                email: record.email,
                display_name: record.display_name,
            },
            ineligible,
            existing_device_id: candidate.webex_go_device_id,
            subscriptions,
            primary_number: candidate.primary_number,
            free_numbers,
            suppress_email: scope.org.suppress_email,
        })
    }

    /// GO-2 … GO-5. The browser checked eligibility and the choices; the
    /// store checks them again inside the transaction that adds the line.
    pub async fn add_webex_go(
        &self,
        caller: &Caller,
        input: AddWebexGoInput,
    ) -> Result<AddedWebexGo, ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        let Some(candidate) = self
            .store
            .webex_go_candidate(&scope.org.id, &input.user_id)
            .await?
        else {
            return Err(ApiError::not_found());
        };
        // GO-1 first, with every missing condition named.
        if let Err(why) = eligibility(
            candidate.license_keys.iter().map(String::as_str),
            candidate.location_country,
        ) {
            return Err(ApiError::invalid(
                why.codes()
                    .map(|code| app::api::FieldFinding {
                        row: None,
                        field: "user_id".into(),
                        code,
                    })
                    .collect(),
            ));
        }
        let pools = self.store.webex_go_pools(&scope.org.id).await?;
        let subscription_id = match input.subscription_id.as_deref().filter(|s| !s.is_empty()) {
            Some(id) if pools.iter().any(|p| p.subscription_id == id) => Some(id.to_owned()),
            Some(_) => {
                return Err(ApiError::field(
                    "subscription_id",
                    Code::WebexGoSubscriptionUnknown,
                ));
            }
            // GO-3: the picker is shown only when there are several.
            None if pools.len() > 1 => {
                return Err(ApiError::field("subscription_id", Code::BadRequest));
            }
            None => None,
        };
        let phone_number = match (&candidate.primary_number, input.phone_number.as_deref()) {
            (Some(_), _) => None,
            (None, None | Some("")) => {
                return Err(ApiError::field("phone_number", Code::PhoneNumberMissing));
            }
            (None, Some(typed)) => Some(
                PhoneNumber::parse(typed, candidate.location_country)
                    .map_err(|e| ApiError::field("phone_number", e.code()))?
                    .as_e164()
                    .to_owned(),
            ),
        };
        let recipient = self.code_recipient(&scope, &input.user_id).await?;
        let issued = self.issue_code(
            recipient
                .as_ref()
                .map(|(to, name, language)| (to.as_str(), name.as_str(), *language)),
            &scope.org.name,
        );
        let detail = recipient
            .as_ref()
            .map_or_else(|| input.user_id.clone(), |(to, _, _)| to.clone());
        let audit = Self::audit_entry(caller, &scope, "webex_go_added", &detail);
        let record = self
            .store
            .add_webex_go(&NewWebexGo {
                org_id: &scope.org.id,
                user_id: &input.user_id,
                subscription_id: subscription_id.as_deref(),
                phone_number: phone_number.as_deref(),
                code: issued.new_code(),
                email: issued.new_email(),
                audit: &audit,
            })
            .await?;
        let activation =
            self.activation_details(&record.id, &issued, recipient.map(|(to, _, _)| to));
        Ok(AddedWebexGo {
            device: device_row(record, Vec::new()),
            activation,
        })
    }

    pub async fn list_devices(
        &self,
        caller: &Caller,
        query: DeviceQuery,
    ) -> Result<DevicePage, ApiError> {
        let scope = guard(&self.store, caller, &query.org_id, Need::Read).await?;
        if query.search.chars().count() > SEARCH_MAX_CHARS {
            return Err(ApiError::field("search", Code::BadRequest));
        }
        let after = match query.after.as_deref() {
            None | Some("") => None,
            Some(cursor) => match cursor.split_once('/') {
                Some((at, id)) => Some((
                    at.parse::<i64>()
                        .map_err(|_| ApiError::field("after", Code::BadRequest))?,
                    id.to_owned(),
                )),
                None => return Err(ApiError::field("after", Code::BadRequest)),
            },
        };
        let limit = query
            .limit
            .unwrap_or(DEVICES_PAGE)
            .clamp(1, DEVICES_PAGE_MAX);
        let (mut records, total) = self
            .store
            .list_devices(
                &scope.org.id,
                &DeviceListQuery {
                    search: &query.search,
                    status: query.status,
                    user_id: None,
                    workspace_id: None,
                    after,
                    limit: i64::from(limit) + 1,
                },
            )
            .await?;
        let next = if records.len() > limit as usize {
            records.truncate(limit as usize);
            records.last().map(|r| format!("{}/{}", r.created_at, r.id))
        } else {
            None
        };
        Ok(DevicePage {
            devices: self.device_rows(records).await?,
            next,
            total: u64::try_from(total).unwrap_or_default(),
        })
    }

    /// The devices of one user, for the user page.
    pub(super) async fn devices_of_user(
        &self,
        org_id: &str,
        user_id: &str,
    ) -> Result<Vec<DeviceRow>, ApiError> {
        let (records, _) = self
            .store
            .list_devices(
                org_id,
                &DeviceListQuery {
                    user_id: Some(user_id),
                    limit: i64::from(DEVICES_PAGE_MAX),
                    ..DeviceListQuery::default()
                },
            )
            .await?;
        self.device_rows(records).await
    }

    /// Rows of devices, with each partner-managed device's users (one
    /// query for all of them).
    pub(super) async fn device_rows(
        &self,
        records: Vec<DeviceRecord>,
    ) -> Result<Vec<DeviceRow>, ApiError> {
        let ids: Vec<String> = records
            .iter()
            .filter(|r| r.kind == PARTNER_MANAGED)
            .map(|r| r.id.clone())
            .collect();
        let mut users = self.store.users_of_devices(&ids).await?;
        Ok(records
            .into_iter()
            .map(|r| {
                let of_device = users.remove(&r.id).unwrap_or_default();
                device_row(r, of_device)
            })
            .collect())
    }

    pub async fn get_device(
        &self,
        caller: &Caller,
        device: &DeviceRef,
    ) -> Result<DeviceDetails, ApiError> {
        let scope = guard(&self.store, caller, &device.org_id, Need::Read).await?;
        let record = self
            .store
            .device(&scope.org.id, &device.device_id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        let code_expires_at_ms = self.store.current_code_expiry(&record.id).await?;
        let partner = if record.kind == PARTNER_MANAGED {
            let facts = self.store.partner_device_facts(&record.id).await?;
            Some(PartnerDeviceInfo {
                vendor: record.model_vendor.clone().unwrap_or_default(),
                sip_user_name: facts.sip_user_name,
                sip_realm: facts.sip_realm,
                credentials_updated_at_ms: facts.credentials_updated_at,
                disclaimer_by: facts.disclaimer_email,
                disclaimer_at_ms: facts.disclaimer_at,
                device_management: Self::can_manage_devices(&scope),
            })
        } else {
            None
        };
        let mut rows = self.device_rows(vec![record]).await?;
        Ok(DeviceDetails {
            row: rows.pop().ok_or_else(ApiError::internal)?,
            code_expires_at_ms,
            suppress_email: scope.org.suppress_email,
            can_write: scope.access >= Access::Write,
            partner,
        })
    }

    /// The device, in the caller's org, for a change.
    async fn device_for_change(
        &self,
        caller: &Caller,
        device: &DeviceRef,
    ) -> Result<(OrgScope, DeviceRecord), ApiError> {
        let scope = guard(&self.store, caller, &device.org_id, Need::Write).await?;
        let record = self
            .store
            .device(&scope.org.id, &device.device_id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        Ok((scope, record))
    }

    /// GO-10 (`lost_stolen: false`) and GO-12 (`true`): a new code, emailed
    /// or handed over, every earlier code superseded.
    pub async fn new_activation_code(
        &self,
        caller: &Caller,
        device: &DeviceRef,
        lost_stolen: bool,
    ) -> Result<ActivationDetails, ApiError> {
        let (scope, record) = self.device_for_change(caller, device).await?;
        if !lost_stolen {
            // Checked again under the device's lock in the store.
            record
                .status
                .check_can_regenerate()
                .map_err(|code| ApiError::field("device_id", code))?;
        }
        let recipient = match &record.user_id {
            Some(user_id) => self.code_recipient(&scope, user_id).await?,
            None => None,
        };
        let issued = self.issue_code(
            recipient
                .as_ref()
                .map(|(to, name, language)| (to.as_str(), name.as_str(), *language)),
            &scope.org.name,
        );
        let detail = record
            .user_email
            .clone()
            .unwrap_or_else(|| record.id.clone());
        let action = if lost_stolen {
            "webex_go_lost_stolen"
        } else {
            "webex_go_code_regenerated"
        };
        let audit = Self::audit_entry(caller, &scope, action, &detail);
        let change = DeviceChange {
            org_id: &scope.org.id,
            device_id: &record.id,
            email: issued.new_email(),
            audit: &audit,
        };
        if lost_stolen {
            self.store
                .report_lost_stolen(&change, &issued.new_code())
                .await?;
        } else {
            self.store
                .regenerate_activation_code(&change, &issued.new_code())
                .await?;
        }
        Ok(self.activation_details(&record.id, &issued, recipient.map(|(to, _, _)| to)))
    }

    /// GO-13.
    pub async fn delete_device(&self, caller: &Caller, device: &DeviceRef) -> Result<(), ApiError> {
        let (scope, record) = self.device_for_change(caller, device).await?;
        if record.kind == PARTNER_MANAGED {
            // PMD-3: without the entitlement partner devices are not managed.
            Self::require_device_management(&scope)?;
        }
        let detail = record
            .user_email
            .clone()
            .or_else(|| record.mac.clone())
            .unwrap_or_else(|| record.id.clone());
        let audit = Self::audit_entry(caller, &scope, "device_deleted", &detail);
        self.store
            .delete_device(&DeviceChange {
                org_id: &scope.org.id,
                device_id: &record.id,
                email: None,
                audit: &audit,
            })
            .await?;
        Ok(())
    }

    /// GO-6: sends the line's current code to an address the admin typed.
    /// The admin's browser holds the code (it was shown once); the server
    /// sends it only if it is the line's outstanding code, so this cannot
    /// mail arbitrary text.
    pub async fn send_activation_code(
        &self,
        caller: &Caller,
        input: SendActivationInput,
    ) -> Result<(), ApiError> {
        let device = DeviceRef {
            org_id: input.org_id.clone(),
            device_id: input.device_id.clone(),
        };
        let (scope, record) = self.device_for_change(caller, &device).await?;
        let to = Email::parse(&input.to).map_err(|e| ApiError::field("to", e.code()))?;
        let code = ActivationCode::parse(&input.code).map_err(|c| ApiError::field("code", c))?;
        if !self
            .store
            .is_current_code(&record.id, &code_hash(&code))
            .await?
        {
            return Err(ApiError::field("code", Code::ActivationCodeSuperseded));
        }
        let created_at = self
            .store
            .current_code_expiry(&record.id)
            .await?
            .map_or_else(now_ms, |expires| {
                expires - domain::webex_go::ACTIVATION_CODE_VALID_MS
            });
        let name = record.user_display_name.clone().unwrap_or_default();
        let (subject, body) =
            self.activation_email(&code, created_at, &name, &scope.org.name, caller.language);
        let audit = Self::audit_entry(caller, &scope, "webex_go_code_sent", to.as_str());
        self.store
            .queue_email(
                &NewEmail {
                    to_address: to.as_str(),
                    subject: &subject,
                    body_text: &body,
                    language: caller.language.as_str(),
                },
                &audit,
            )
            .await?;
        Ok(())
    }

    /// GO-6: the org's *suppress email* setting (full admins only).
    pub async fn set_email_setting(
        &self,
        caller: &Caller,
        input: EmailSettingInput,
    ) -> Result<(), ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        let detail = if input.suppress_email { "on" } else { "off" };
        let audit = Self::audit_entry(caller, &scope, "suppress_email_set", detail);
        self.store
            .set_suppress_email(&scope.org.id, input.suppress_email, &audit)
            .await?;
        Ok(())
    }

    /// The carrier behind a machine credential, or `unauthenticated`.
    pub async fn require_carrier(&self, token: &str) -> Result<MachineRecord, ApiError> {
        self.store
            .use_machine_credential(MachineKind::Carrier, &secret::token_hash(token))
            .await?
            .ok_or_else(ApiError::unauthenticated)
    }

    /// GO-15: a phone redeems a code; the line goes *Online*.
    pub async fn redeem_activation_code(
        &self,
        carrier: &MachineRecord,
        code: &str,
    ) -> Result<DeviceRow, ApiError> {
        let code =
            ActivationCode::parse(code).map_err(|code| ApiError::new(code, code.to_string()))?;
        let actor = format!("carrier {}", carrier.name);
        Ok(device_row(
            self.store
                .redeem_activation_code(&code_hash(&code), &actor)
                .await?,
            Vec::new(),
        ))
    }

    /// GO-15: the line was disabled, enabled or removed on the phone.
    pub async fn carrier_event(
        &self,
        carrier: &MachineRecord,
        device_id: &str,
        event: CarrierEvent,
    ) -> Result<DeviceRow, ApiError> {
        let actor = format!("carrier {}", carrier.name);
        Ok(device_row(
            self.store.carrier_event(device_id, event, &actor).await?,
            Vec::new(),
        ))
    }
}

fn expires_at(created_at: i64) -> i64 {
    CodeRecord {
        created_at_ms: created_at,
        used_at_ms: None,
        superseded_at_ms: None,
    }
    .expires_at_ms()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the dark modules back from the SVG `qr_svg` draws (one
    /// `M{x} {y}h{w}v{h}…` run per dark rectangle) and decodes them with an
    /// independent QR decoder.
    fn decode(svg: &str) -> String {
        let size: usize = svg
            .split("width=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|w| w.parse().ok())
            .expect("the SVG has a width");
        let path = svg.split(" d=\"").nth(1).expect("the SVG has a path");
        let mut dark = vec![false; size * size];
        for run in path.split('M').skip(1) {
            let numbers: Vec<usize> = run
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .take(4)
                .map(|s| s.parse().unwrap())
                .collect();
            let [left, top, width, height] = numbers[..] else {
                panic!("a run is M x y h w v h: {run}");
            };
            for y in top..top + height {
                for x in left..left + width {
                    dark[y * size + x] = true;
                }
            }
        }
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
            if dark[y * size + x] { 0 } else { 255 }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code in the picture");
        grids[0].decode().expect("the QR code decodes").1
    }

    #[test]
    fn the_qr_code_decodes_to_the_esim_activation_string() {
        let code = ActivationCode::from_random([0x3C; 16]);
        let lpa = lpa_string("smdp.switchboard.example", &code);
        assert_eq!(decode(&qr_svg(&lpa)), lpa);
        assert!(lpa.starts_with("LPA:1$smdp.switchboard.example$"));
    }

    #[test]
    fn an_expiry_date_is_printed_as_an_iso_date() {
        assert_eq!(iso_date(0), "1970-01-01");
        // 2026-12-03T13:00:00Z and 90 days later.
        assert_eq!(iso_date(1_796_302_800_000), "2026-12-03");
        assert_eq!(
            iso_date(1_796_302_800_000 + domain::webex_go::ACTIVATION_CODE_VALID_MS),
            "2027-03-03"
        );
        assert_eq!(iso_date(951_782_400_000), "2000-02-29");
    }

    #[test]
    fn generated_codes_differ() {
        assert_ne!(new_code(), new_code());
    }
}
