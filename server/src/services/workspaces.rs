//! Workspaces (issue 6, PMD-6 … PMD-8): the wizard's options, creating a
//! workspace with its Calling service and first device, the list, the
//! detail, more devices, and delete.
use app::api::{
    AddWorkspaceDeviceInput, AddedPartnerDevice, ApiError, CreateWorkspaceInput, CreatedWorkspace,
    FieldFinding, FreeNumbersQuery, WorkspaceDetails, WorkspaceLocationOption, WorkspaceOptions,
    WorkspaceRef, WorkspaceRow, WorkspaceSubscriptionOption,
};
use domain::{
    Capacity, Code, Country, Extension, PhoneNumber, RoomType, WorkspaceLicense, WorkspaceName,
    tenancy::Access,
};

use super::{Services, partner_devices::model_row};
use crate::{
    store::{DeviceHolder, DeviceListQuery, NewWorkspace, NumberState, WorkspaceRecord, new_id},
    tenancy::{Caller, Need, guard},
};

/// Free numbers offered per location (PMD-6).
const FREE_NUMBER_SUGGESTIONS: i64 = 100;

fn workspace_row(record: WorkspaceRecord) -> WorkspaceRow {
    // The columns are written only from the domain types' `as_str`.
    let license =
        WorkspaceLicense::parse(&record.license_kind).unwrap_or(WorkspaceLicense::CommonArea);
    WorkspaceRow {
        id: record.id,
        org_id: record.org_id,
        name: record.name,
        room_type: RoomType::parse(&record.room_type).unwrap_or(RoomType::Other),
        capacity: u16::try_from(record.capacity).unwrap_or_default(),
        license,
        subscription_id: record.subscription_id,
        location_id: record.location_id,
        location_name: record.location_name,
        extension: record.extension,
        phone_number: record.phone_number,
        device_count: u32::try_from(record.device_count).unwrap_or_default(),
        device_limit: u32::try_from(license.device_limit()).unwrap_or_default(),
        created_at_ms: record.created_at,
    }
}

fn finding(field: &str, code: Code) -> FieldFinding {
    FieldFinding {
        row: None,
        field: field.into(),
        code,
    }
}

impl Services {
    /// What the *Add workspace* wizard offers (PMD-6).
    pub async fn workspace_options(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<WorkspaceOptions, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        let subscriptions = self
            .store
            .pools_of(&scope.org.id)
            .await?
            .into_iter()
            .filter_map(|pool| {
                let license = WorkspaceLicense::ALL
                    .into_iter()
                    .find(|l| l.license_key() == pool.license_key)?;
                Some(WorkspaceSubscriptionOption {
                    subscription_id: pool.subscription_id,
                    license,
                    quantity: pool.quantity,
                    used: pool.used,
                })
            })
            .collect();
        let locations = self
            .store
            .locations_of(&scope.org.id)
            .await?
            .into_iter()
            .map(|l| WorkspaceLocationOption {
                id: l.id,
                name: l.name,
                free_numbers: u32::try_from(l.free_number_count).unwrap_or_default(),
            })
            .collect();
        let models = self
            .store
            .device_models()
            .await?
            .into_iter()
            .filter(|m| m.approved)
            .map(model_row)
            .collect();
        Ok(WorkspaceOptions {
            org_id: scope.org.id.clone(),
            device_management: scope.org.device_management,
            room_types: RoomType::ALL.to_vec(),
            models,
            subscriptions,
            locations,
        })
    }

    /// PMD-6: the free numbers of one location of the org.
    pub async fn workspace_free_numbers(
        &self,
        caller: &Caller,
        query: FreeNumbersQuery,
    ) -> Result<Vec<String>, ApiError> {
        let scope = guard(&self.store, caller, &query.org_id, Need::Read).await?;
        if self
            .store
            .location(&scope.org.id, &query.location_id)
            .await?
            .is_none()
        {
            return Err(ApiError::field("location_id", Code::LocationUnknown));
        }
        Ok(self
            .store
            .numbers_of(
                &scope.org.id,
                Some(&query.location_id),
                NumberState::Free,
                None,
                FREE_NUMBER_SUGGESTIONS,
            )
            .await?
            .into_iter()
            .map(|n| n.e164)
            .collect())
    }

    /// PMD-6 … PMD-8: creates a workspace, its license, its number and its
    /// first device. Every field is checked with `domain` here, and again
    /// by the store where only the database knows (the pool, the number,
    /// the extension, the MAC).
    pub async fn create_workspace(
        &self,
        caller: &Caller,
        input: CreateWorkspaceInput,
    ) -> Result<CreatedWorkspace, ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        Self::require_device_management(&scope)?;
        let mut findings = Vec::new();
        let name = WorkspaceName::parse(&input.name)
            .map_err(|e| findings.push(finding("name", e.code())))
            .ok();
        let room_type = RoomType::parse(&input.room_type)
            .map_err(|code| findings.push(finding("room_type", code)))
            .ok();
        let capacity = Capacity::parse(&input.capacity)
            .map_err(|code| findings.push(finding("capacity", code)))
            .ok();
        let license = WorkspaceLicense::parse(&input.license)
            .map_err(|code| findings.push(finding("license", code)))
            .ok();
        let location = self
            .store
            .location(&scope.org.id, &input.location_id)
            .await?;
        if location.is_none() {
            findings.push(finding("location_id", Code::LocationUnknown));
        }
        let country = location
            .as_ref()
            .and_then(|l| Country::parse(&l.country).ok());
        let number = PhoneNumber::parse(&input.phone_number, country)
            .map_err(|e| findings.push(finding("phone_number", e.code())))
            .ok();
        let extension = match input.extension.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(typed) => Extension::parse(typed)
                .map_err(|e| findings.push(finding("extension", e.code())))
                .ok(),
        };
        let device = match self.check_new_device(&input.device).await {
            Ok(device) => Some(device),
            Err(error) => {
                findings.extend(error.findings);
                None
            }
        };
        let (
            Some(name),
            Some(room_type),
            Some(capacity),
            Some(license),
            Some(number),
            Some(device),
        ) = (name, room_type, capacity, license, number, device)
        else {
            return Err(ApiError::invalid(findings));
        };
        if !findings.is_empty() {
            return Err(ApiError::invalid(findings));
        }
        let workspace_id = new_id();
        let device_id = new_id();
        let credentials = self.new_credentials(&device_id, None)?;
        let device_audit =
            Self::audit_entry(caller, &scope, "partner_device_added", device.mac.as_str());
        let first_device = self.new_device_record(
            caller,
            &scope,
            &device_id,
            &device,
            DeviceHolder::Workspace(&workspace_id),
            &credentials,
            &device_audit,
        );
        let audit = Self::audit_entry(caller, &scope, "workspace_created", name.as_str());
        let record = self
            .store
            .create_workspace(&NewWorkspace {
                id: &workspace_id,
                org_id: &scope.org.id,
                name: name.as_str(),
                room_type: room_type.as_str(),
                capacity: i64::from(capacity.get()),
                license,
                subscription_id: input.subscription_id.as_deref().filter(|s| !s.is_empty()),
                location_id: &input.location_id,
                phone_number: number.as_e164(),
                extension: extension.as_ref().map(Extension::as_str),
                first_device: &first_device,
                audit: &audit,
            })
            .await?;
        Ok(CreatedWorkspace {
            workspace: workspace_row(record),
            device: self.device_row_of(&scope.org.id, &device_id).await?,
            credentials: credentials.reveal(&device_id),
        })
    }

    pub async fn list_workspaces(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<Vec<WorkspaceRow>, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        Ok(self
            .store
            .workspaces_of(&scope.org.id)
            .await?
            .into_iter()
            .map(workspace_row)
            .collect())
    }

    pub async fn get_workspace(
        &self,
        caller: &Caller,
        workspace: &WorkspaceRef,
    ) -> Result<WorkspaceDetails, ApiError> {
        let scope = guard(&self.store, caller, &workspace.org_id, Need::Read).await?;
        let record = self
            .store
            .workspace(&scope.org.id, &workspace.workspace_id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        let (devices, _) = self
            .store
            .list_devices(
                &scope.org.id,
                &DeviceListQuery {
                    workspace_id: Some(&record.id),
                    limit: 50,
                    ..DeviceListQuery::default()
                },
            )
            .await?;
        Ok(WorkspaceDetails {
            row: workspace_row(record),
            devices: self.device_rows(devices).await?,
            can_write: scope.access >= Access::Write,
            device_management: scope.org.device_management,
        })
    }

    /// PMD-8: another device for a workspace, within its license's limit.
    pub async fn add_workspace_device(
        &self,
        caller: &Caller,
        input: AddWorkspaceDeviceInput,
    ) -> Result<AddedPartnerDevice, ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        Self::require_device_management(&scope)?;
        let record = self
            .store
            .workspace(&scope.org.id, &input.workspace_id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        let device = self.check_new_device(&input.device).await?;
        // Checked again with the workspace locked in the store.
        let limit = workspace_row(record.clone()).license;
        limit
            .check_can_add(usize::try_from(record.device_count).unwrap_or(usize::MAX))
            .map_err(|code| ApiError::field("workspace_id", code))?;
        self.insert_checked_device(caller, &scope, device, DeviceHolder::Workspace(&record.id))
            .await
    }

    pub async fn delete_workspace(
        &self,
        caller: &Caller,
        workspace: &WorkspaceRef,
    ) -> Result<(), ApiError> {
        let scope = guard(&self.store, caller, &workspace.org_id, Need::Write).await?;
        Self::require_device_management(&scope)?;
        let record = self
            .store
            .workspace(&scope.org.id, &workspace.workspace_id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        let audit = Self::audit_entry(caller, &scope, "workspace_deleted", &record.name);
        self.store
            .delete_workspace(&scope.org.id, &record.id, &audit)
            .await?;
        Ok(())
    }
}
