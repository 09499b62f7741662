//! Partner-managed SIP devices (issue 6): the approved catalog (PMD-2),
//! the Device Management entitlement (PMD-3), devices of users (PMD-4,
//! PMD-5), SIP credentials (PMD-1, PMD-9) and the MAC check (PMD-10).
//!
//! SIP passwords are drawn here from the operating system's CSPRNG, turned
//! into HA1 digests and sealed under the server's key; the plaintext leaves
//! this module only in the one response that shows it ([`SipCredentials`]),
//! and is never logged (`SipPassword`'s `Debug` hides it).
use app::api::{
    AddPartnerDeviceInput, AddedPartnerDevice, ApiError, DeviceCatalog, DeviceDetails,
    DeviceManagement, DeviceModelRow, DeviceRef, DeviceUsersInput, MacCheckRow, NewDeviceInput,
    SaveDeviceModelInput, SetDeviceManagementInput, SipCredentials, ValidateMacsInput,
};
use domain::{
    Code, MacAddress, Role,
    partner_devices::{
        DeviceType, SIP_PASSWORD_RANDOM_BYTES, SIP_USER_NAME_RANDOM_BYTES, SipPassword,
        SipUserName, catalog_field, classify_macs, line_count,
    },
    tenancy::Access,
};
use rand::{RngCore, rngs::OsRng};

use super::Services;
use crate::{
    auth::sealing::Ha1,
    store::{
        DeviceHolder, DeviceModelChange, DeviceModelRecord, NewAuditEntry, NewPartnerDevice,
        OrgRecord, PARTNER_MANAGED, SealedCredentials, new_id,
    },
    tenancy::{Caller, Need, OrgScope, guard},
};

/// The most MACs one validate call or bulk request takes (PMD-10).
pub const BULK_MAX_DEVICES: usize = 500;

/// A fresh SIP password from the OS CSPRNG (PMD-1: at least 20 characters).
fn new_sip_password() -> SipPassword {
    let mut bytes = [0u8; SIP_PASSWORD_RANDOM_BYTES];
    OsRng.fill_bytes(&mut bytes);
    SipPassword::from_random(bytes)
}

fn new_sip_user_name() -> SipUserName {
    let mut bytes = [0u8; SIP_USER_NAME_RANDOM_BYTES];
    OsRng.fill_bytes(&mut bytes);
    SipUserName::from_random(bytes)
}

pub(super) fn model_row(record: DeviceModelRecord) -> DeviceModelRow {
    DeviceModelRow {
        id: record.id,
        key: record.key,
        vendor: record.vendor,
        model: record.model,
        // Written only from `DeviceType::as_str`.
        device_type: DeviceType::parse(&record.device_type).unwrap_or(DeviceType::Phone),
        min_firmware: record.min_firmware,
        line_count: record.line_count,
        approved: record.approved,
    }
}

/// Whether the caller is a partner full admin of the org's partner (or of
/// the org itself, when it is a partner provisioning for itself): who may
/// grant the Device Management integration (PMD-3).
fn is_partner_full_admin_of(caller: &Caller, org: &OrgRecord) -> bool {
    caller.grants.iter().any(|g| {
        g.role == Role::PartnerFullAdmin
            && (org.partner_id.as_deref() == Some(g.org_id.as_str())
                || (org.is_partner && g.org_id == org.id))
    })
}

/// A device's credentials just generated: the password for the one
/// response, the sealed digests for the store.
pub(super) struct NewCredentials {
    pub user_name: SipUserName,
    pub password: SipPassword,
    pub realm: String,
    pub key_id: String,
    pub nonce: String,
    pub sealed_ha1: String,
}

impl NewCredentials {
    pub(super) fn sealed(&self) -> SealedCredentials<'_> {
        SealedCredentials {
            user_name: self.user_name.as_str(),
            realm: &self.realm,
            key_id: &self.key_id,
            nonce: &self.nonce,
            sealed_ha1: &self.sealed_ha1,
        }
    }

    pub(super) fn reveal(self, device_id: &str) -> SipCredentials {
        SipCredentials {
            device_id: device_id.to_owned(),
            user_name: self.user_name.as_str().to_owned(),
            realm: self.realm,
            password: self.password.reveal(),
        }
    }
}

/// A device as typed, checked with `domain` and against the catalog.
pub(super) struct CheckedDevice {
    pub model: DeviceModelRecord,
    pub mac: MacAddress,
}

impl Services {
    /// PMD-3: refuses when the org lacks the Device Management integration.
    pub(super) fn require_device_management(scope: &OrgScope) -> Result<(), ApiError> {
        if scope.org.device_management {
            Ok(())
        } else {
            Err(ApiError::new(
                Code::DeviceManagementNotEntitled,
                Code::DeviceManagementNotEntitled.to_string(),
            ))
        }
    }

    /// Generates credentials for `device_id` (PMD-1, PMD-9); `user_name`
    /// keeps an existing one.
    pub(super) fn new_credentials(
        &self,
        device_id: &str,
        user_name: Option<SipUserName>,
    ) -> Result<NewCredentials, ApiError> {
        let user_name = user_name.unwrap_or_else(new_sip_user_name);
        let password = new_sip_password();
        let realm = self.config.sip_realm.clone();
        let ha1 = Ha1::of(user_name.as_str(), &realm, password.as_str());
        let sealed = self
            .config
            .secret_key
            .seal(device_id, ha1.to_record().as_bytes())
            .map_err(|error| {
                tracing::error!(%error, "cannot seal SIP credentials");
                ApiError::internal()
            })?;
        Ok(NewCredentials {
            user_name,
            password,
            realm,
            key_id: sealed.key_id,
            nonce: sealed.nonce,
            sealed_ha1: sealed.ciphertext,
        })
    }

    /// PMD-1, PMD-2, PMD-4: the disclaimer, the MAC and the catalog type of
    /// a device as typed. The store checks the type and the MAC again in
    /// the transaction that adds the device.
    pub(super) async fn check_new_device(
        &self,
        device: &NewDeviceInput,
    ) -> Result<CheckedDevice, ApiError> {
        let mut findings = Vec::new();
        if !device.disclaimer_acknowledged {
            findings.push(finding(
                "disclaimer_acknowledged",
                Code::DisclaimerNotAcknowledged,
            ));
        }
        let mac = MacAddress::parse(&device.mac)
            .map_err(|e| findings.push(finding("mac", e.code())))
            .ok();
        let model = match self.store.device_model(device.model.trim()).await? {
            None => {
                findings.push(finding("model", Code::ModelUnknown));
                None
            }
            Some(model) if !model.approved => {
                findings.push(finding("model", Code::DeviceTypeInvalid));
                None
            }
            Some(model) => Some(model),
        };
        match (model, mac) {
            (Some(model), Some(mac)) if findings.is_empty() => Ok(CheckedDevice { model, mac }),
            _ => Err(ApiError::invalid(findings)),
        }
    }

    /// The device row of a device just written.
    pub(super) async fn device_row_of(
        &self,
        org_id: &str,
        device_id: &str,
    ) -> Result<app::api::DeviceRow, ApiError> {
        let record = self
            .store
            .device(org_id, device_id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        let mut rows = self.device_rows(vec![record]).await?;
        rows.pop().ok_or_else(ApiError::internal)
    }

    /// Adds a checked device to users or a workspace, with fresh
    /// credentials; the response carries the password once.
    pub(super) async fn insert_checked_device(
        &self,
        caller: &Caller,
        scope: &OrgScope,
        device: CheckedDevice,
        holder: DeviceHolder<'_>,
    ) -> Result<AddedPartnerDevice, ApiError> {
        let id = new_id();
        let credentials = self.new_credentials(&id, None)?;
        let detail = format!("{} {}", device.model.key, device.mac.as_str());
        let audit = Self::audit_entry(caller, scope, "partner_device_added", &detail);
        self.store
            .add_partner_device(&self.new_device_record(
                caller,
                scope,
                &id,
                &device,
                holder,
                &credentials,
                &audit,
            ))
            .await?;
        Ok(AddedPartnerDevice {
            device: self.device_row_of(&scope.org.id, &id).await?,
            credentials: credentials.reveal(&id),
        })
    }

    #[expect(clippy::too_many_arguments, reason = "one record from its parts")]
    pub(super) fn new_device_record<'a>(
        &self,
        caller: &'a Caller,
        scope: &'a OrgScope,
        id: &'a str,
        device: &'a CheckedDevice,
        holder: DeviceHolder<'a>,
        credentials: &'a NewCredentials,
        audit: &'a NewAuditEntry<'a>,
    ) -> NewPartnerDevice<'a> {
        NewPartnerDevice {
            id,
            org_id: &scope.org.id,
            model_id: &device.model.id,
            mac: device.mac.as_str(),
            holder,
            disclaimer_admin_id: &caller.admin.id,
            disclaimer_email: &caller.admin.email,
            credentials: credentials.sealed(),
            audit,
        }
    }

    /// PMD-2: the approved catalog.
    pub async fn device_catalog(&self, caller: &Caller) -> Result<DeviceCatalog, ApiError> {
        // Any signed-in admin may read the catalog: it is the same for
        // every tenant and holds no tenant data.
        let models = self
            .store
            .device_models()
            .await?
            .into_iter()
            .map(model_row)
            .collect();
        Ok(DeviceCatalog {
            models,
            can_edit: caller
                .grants
                .iter()
                .any(|g| g.role == Role::PartnerFullAdmin),
        })
    }

    /// PMD-2: partner full admins add and change catalog entries.
    pub async fn save_device_model(
        &self,
        caller: &Caller,
        input: SaveDeviceModelInput,
    ) -> Result<DeviceCatalog, ApiError> {
        let Some(partner) = caller
            .grants
            .iter()
            .find(|g| g.role == Role::PartnerFullAdmin)
        else {
            return Err(ApiError::forbidden());
        };
        let scope = guard(&self.store, caller, &partner.org_id, Need::Write).await?;
        let mut findings = Vec::new();
        let mut field = |name: &str, value: &str| {
            catalog_field(value)
                .map_err(|code| findings.push(finding(name, code)))
                .unwrap_or_default()
        };
        let key = field("key", &input.key);
        let vendor = field("vendor", &input.vendor);
        let model = field("model", &input.model);
        let min_firmware = field("min_firmware", &input.min_firmware);
        let key_ok = key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !key_ok {
            findings.push(finding("key", Code::DeviceCatalogFieldInvalid));
        }
        let device_type = DeviceType::parse(&input.device_type)
            .map_err(|code| findings.push(finding("device_type", code)))
            .ok();
        let lines = line_count(input.line_count)
            .map_err(|code| findings.push(finding("line_count", code)))
            .ok();
        let (Some(device_type), Some(lines)) = (device_type, lines) else {
            return Err(ApiError::invalid(findings));
        };
        if !findings.is_empty() {
            return Err(ApiError::invalid(findings));
        }
        let detail = format!("{key}: {vendor} {model}");
        let audit = Self::audit_entry(caller, &scope, "device_catalog_changed", &detail);
        self.store
            .save_device_model(
                &DeviceModelChange {
                    id: input.id.as_deref().filter(|id| !id.is_empty()),
                    key: &key,
                    vendor: &vendor,
                    model: &model,
                    device_type: device_type.as_str(),
                    min_firmware: &min_firmware,
                    line_count: lines,
                    approved: input.approved,
                },
                &audit,
            )
            .await?;
        self.device_catalog(caller).await
    }

    /// PMD-3: the org's entitlement, and whether the caller may change it.
    pub async fn device_management(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<DeviceManagement, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        Ok(DeviceManagement {
            org_id: scope.org.id.clone(),
            entitled: scope.org.device_management,
            can_change: is_partner_full_admin_of(caller, &scope.org),
        })
    }

    /// PMD-3: partner full admins turn the entitlement on or off for a
    /// customer org.
    pub async fn set_device_management(
        &self,
        caller: &Caller,
        input: SetDeviceManagementInput,
    ) -> Result<DeviceManagement, ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        if !is_partner_full_admin_of(caller, &scope.org) {
            return Err(ApiError::forbidden());
        }
        let detail = if input.entitled { "on" } else { "off" };
        let audit = Self::audit_entry(caller, &scope, "device_management_set", detail);
        self.store
            .set_device_management(&scope.org.id, input.entitled, &audit)
            .await?;
        self.device_management(caller, &scope.org.id).await
    }

    /// PMD-1, PMD-4, PMD-5: a partner-managed device for one or more users.
    pub async fn add_partner_device(
        &self,
        caller: &Caller,
        input: AddPartnerDeviceInput,
    ) -> Result<AddedPartnerDevice, ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        Self::require_device_management(&scope)?;
        let device = self.check_new_device(&input.device).await?;
        let mut users = input.user_ids.clone();
        users.sort();
        users.dedup();
        if users.is_empty() {
            return Err(ApiError::field("user_ids", Code::DeviceNeedsUser));
        }
        self.insert_checked_device(caller, &scope, device, DeviceHolder::Users(&users))
            .await
    }

    /// A partner-managed device of the org, for a change (PMD-3 checked).
    async fn partner_device_for_change(
        &self,
        caller: &Caller,
        device: &DeviceRef,
    ) -> Result<(OrgScope, app::api::DeviceRow), ApiError> {
        let scope = guard(&self.store, caller, &device.org_id, Need::Write).await?;
        Self::require_device_management(&scope)?;
        let row = self.device_row_of(&scope.org.id, &device.device_id).await?;
        if row.kind.as_str() != PARTNER_MANAGED {
            return Err(ApiError::field("device_id", Code::DeviceNotPartnerManaged));
        }
        Ok((scope, row))
    }

    /// PMD-5: adds and removes users of a personal device.
    pub async fn change_device_users(
        &self,
        caller: &Caller,
        input: DeviceUsersInput,
    ) -> Result<DeviceDetails, ApiError> {
        let device = DeviceRef {
            org_id: input.org_id.clone(),
            device_id: input.device_id.clone(),
        };
        let (scope, row) = self.partner_device_for_change(caller, &device).await?;
        let detail = format!(
            "{}: +{} -{}",
            row.mac.as_deref().unwrap_or(&row.id),
            input.add.join(" +"),
            input.remove.join(" -")
        );
        let audit = Self::audit_entry(caller, &scope, "partner_device_users_changed", &detail);
        self.store
            .change_device_users(&scope.org.id, &row.id, &input.add, &input.remove, &audit)
            .await?;
        self.get_device(caller, &device).await
    }

    /// PMD-9: a new password for the device's SIP user, shown once; the
    /// change is audit-logged (without the password).
    pub async fn update_sip_password(
        &self,
        caller: &Caller,
        device: &DeviceRef,
    ) -> Result<SipCredentials, ApiError> {
        let (scope, row) = self.partner_device_for_change(caller, device).await?;
        let user_name = self
            .store
            .sip_user_name(&row.id)
            .await?
            .and_then(|name| SipUserName::parse(&name));
        let credentials = self.new_credentials(&row.id, user_name)?;
        let detail = row.mac.clone().unwrap_or_else(|| row.id.clone());
        let audit = Self::audit_entry(caller, &scope, "sip_password_updated", &detail);
        self.store
            .replace_sip_credentials(&scope.org.id, &row.id, &credentials.sealed(), &audit)
            .await?;
        Ok(credentials.reveal(&row.id))
    }

    /// PMD-10: classifies MACs before anything is created. A MAC another
    /// org uses is UNAVAILABLE, without saying whose.
    pub async fn validate_macs(
        &self,
        caller: &Caller,
        input: ValidateMacsInput,
    ) -> Result<Vec<MacCheckRow>, ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Read).await?;
        Self::require_device_management(&scope)?;
        if input.macs.len() > BULK_MAX_DEVICES {
            return Err(ApiError::field("macs", Code::DevicesTooMany));
        }
        let parsed: Vec<String> = input
            .macs
            .iter()
            .filter_map(|m| MacAddress::parse(m).ok())
            .map(|m| m.as_str().to_owned())
            .collect();
        let in_use = self.store.macs_in_use(&parsed).await?;
        Ok(classify_macs(&input.macs, |mac| {
            in_use.iter().any(|used| used == mac.as_str())
        })
        .into_iter()
        .zip(input.macs)
        .map(|((mac, result), input)| MacCheckRow {
            input,
            mac: mac.map(|m| m.as_str().to_owned()),
            result,
        })
        .collect())
    }

    /// PMD-3: whether the device page offers partner-device actions.
    pub(super) fn can_manage_devices(scope: &OrgScope) -> bool {
        scope.org.device_management && scope.access >= Access::Write
    }
}

fn finding(field: &str, code: Code) -> app::api::FieldFinding {
    app::api::FieldFinding {
        row: None,
        field: field.into(),
        code,
    }
}

/// One item of a bulk request (PMD-10), keyed by MAC.
#[derive(Debug, Clone)]
pub enum BulkDeviceAction {
    /// Adds the device unless this org has it already (then unchanged).
    Create {
        mac: String,
        model: String,
        user_ids: Vec<String>,
        workspace_id: Option<String>,
        disclaimer_acknowledged: bool,
    },
    /// Sets the device's users to exactly `user_ids` (when given) and
    /// generates a new password when asked.
    Update {
        mac: String,
        user_ids: Option<Vec<String>>,
        new_password: bool,
    },
    /// Deletes the device; a MAC the org does not have is already absent.
    Delete { mac: String },
}

/// What happened to one bulk item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkOutcome {
    Created,
    Updated,
    Unchanged,
    Deleted,
    Absent,
    Refused,
}

impl BulkOutcome {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Created => "CREATED",
            Self::Updated => "UPDATED",
            Self::Unchanged => "UNCHANGED",
            Self::Deleted => "DELETED",
            Self::Absent => "ABSENT",
            Self::Refused => "ERROR",
        }
    }
}

/// One bulk item's result: the password only when this item generated one.
#[derive(Debug, Clone)]
pub struct BulkDeviceResult {
    pub mac: String,
    pub outcome: BulkOutcome,
    pub device_id: Option<String>,
    pub credentials: Option<SipCredentials>,
    pub error: Option<ApiError>,
}

impl Services {
    /// PMD-10: creates, updates and deletes many partner-managed devices,
    /// each item on its own (one transaction each), idempotent by MAC, with
    /// a result per item.
    pub async fn bulk_partner_devices(
        &self,
        caller: &Caller,
        org_id: &str,
        items: Vec<BulkDeviceAction>,
    ) -> Result<Vec<BulkDeviceResult>, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Write).await?;
        Self::require_device_management(&scope)?;
        if items.len() > BULK_MAX_DEVICES {
            return Err(ApiError::field("items", Code::DevicesTooMany));
        }
        let mut results = Vec::with_capacity(items.len());
        for item in items {
            let mac_text = match &item {
                BulkDeviceAction::Create { mac, .. }
                | BulkDeviceAction::Update { mac, .. }
                | BulkDeviceAction::Delete { mac } => mac.clone(),
            };
            let result = match self.bulk_item(caller, &scope, item).await {
                Ok(result) => result,
                Err(error) => BulkDeviceResult {
                    mac: mac_text,
                    outcome: BulkOutcome::Refused,
                    device_id: None,
                    credentials: None,
                    error: Some(error),
                },
            };
            results.push(result);
        }
        Ok(results)
    }

    /// The org's partner-managed device with `mac`, if any; a MAC of
    /// another org's device is `mac_duplicate` (without saying whose).
    async fn own_device_by_mac(
        &self,
        scope: &OrgScope,
        mac: &MacAddress,
    ) -> Result<Option<String>, ApiError> {
        match self.store.device_by_mac(mac.as_str()).await? {
            None => Ok(None),
            Some((org, id)) if org == scope.org.id => Ok(Some(id)),
            Some(_) => Err(ApiError::field("mac", Code::MacDuplicate)),
        }
    }

    async fn bulk_item(
        &self,
        caller: &Caller,
        scope: &OrgScope,
        item: BulkDeviceAction,
    ) -> Result<BulkDeviceResult, ApiError> {
        let done =
            |mac: &MacAddress, outcome, device_id: Option<String>, credentials| BulkDeviceResult {
                mac: mac.as_str().to_owned(),
                outcome,
                device_id,
                credentials,
                error: None,
            };
        match item {
            BulkDeviceAction::Create {
                mac,
                model,
                user_ids,
                workspace_id,
                disclaimer_acknowledged,
            } => {
                let parsed =
                    MacAddress::parse(&mac).map_err(|e| ApiError::field("mac", e.code()))?;
                if let Some(id) = self.own_device_by_mac(scope, &parsed).await? {
                    return Ok(done(&parsed, BulkOutcome::Unchanged, Some(id), None));
                }
                let device = self
                    .check_new_device(&NewDeviceInput {
                        model,
                        mac,
                        disclaimer_acknowledged,
                    })
                    .await?;
                let added = match workspace_id.filter(|w| !w.is_empty()) {
                    Some(workspace_id) => {
                        self.add_workspace_device(
                            caller,
                            app::api::AddWorkspaceDeviceInput {
                                org_id: scope.org.id.clone(),
                                workspace_id,
                                device: NewDeviceInput {
                                    model: device.model.id,
                                    mac: device.mac.as_str().to_owned(),
                                    disclaimer_acknowledged,
                                },
                            },
                        )
                        .await?
                    }
                    None => {
                        let mut users = user_ids;
                        users.sort();
                        users.dedup();
                        if users.is_empty() {
                            return Err(ApiError::field("user_ids", Code::DeviceNeedsUser));
                        }
                        self.insert_checked_device(
                            caller,
                            scope,
                            device,
                            DeviceHolder::Users(&users),
                        )
                        .await?
                    }
                };
                Ok(done(
                    &parsed,
                    BulkOutcome::Created,
                    Some(added.device.id),
                    Some(added.credentials),
                ))
            }
            BulkDeviceAction::Update {
                mac,
                user_ids,
                new_password,
            } => {
                let parsed =
                    MacAddress::parse(&mac).map_err(|e| ApiError::field("mac", e.code()))?;
                let id = self
                    .own_device_by_mac(scope, &parsed)
                    .await?
                    .ok_or_else(ApiError::not_found)?;
                let device = DeviceRef {
                    org_id: scope.org.id.clone(),
                    device_id: id.clone(),
                };
                let mut outcome = BulkOutcome::Unchanged;
                if let Some(wanted) = user_ids {
                    let (_, row) = self.partner_device_for_change(caller, &device).await?;
                    let current: Vec<String> = row.users.into_iter().map(|u| u.user_id).collect();
                    let add: Vec<String> = wanted
                        .iter()
                        .filter(|u| !current.contains(u))
                        .cloned()
                        .collect();
                    let remove: Vec<String> = current
                        .iter()
                        .filter(|u| !wanted.contains(u))
                        .cloned()
                        .collect();
                    if !add.is_empty() || !remove.is_empty() {
                        self.change_device_users(
                            caller,
                            DeviceUsersInput {
                                org_id: scope.org.id.clone(),
                                device_id: id.clone(),
                                add,
                                remove,
                            },
                        )
                        .await?;
                        outcome = BulkOutcome::Updated;
                    }
                }
                let credentials = if new_password {
                    outcome = BulkOutcome::Updated;
                    Some(self.update_sip_password(caller, &device).await?)
                } else {
                    None
                };
                Ok(done(&parsed, outcome, Some(id), credentials))
            }
            BulkDeviceAction::Delete { mac } => {
                let parsed =
                    MacAddress::parse(&mac).map_err(|e| ApiError::field("mac", e.code()))?;
                let Some(id) = self.own_device_by_mac(scope, &parsed).await? else {
                    return Ok(done(&parsed, BulkOutcome::Absent, None, None));
                };
                self.delete_device(
                    caller,
                    &DeviceRef {
                        org_id: scope.org.id.clone(),
                        device_id: id.clone(),
                    },
                )
                .await?;
                Ok(done(&parsed, BulkOutcome::Deleted, Some(id), None))
            }
        }
    }
}
