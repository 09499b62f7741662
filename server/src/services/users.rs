//! The directory's services (issue 3): users, packages, locations and
//! numbers. The browser validated with `domain` already; everything is
//! validated again here with the same functions over the same
//! [`DirectoryOptions`] (T-4), then applied by the store in one transaction.
use app::{
    api::{
        AddNumbersInput, AddUsersInput, ApiError, ChangePackageInput, DirectoryOptions,
        FieldFinding, HeldLicenseRow, LocationOption, LocationRow, NewLocationInput, NumberPage,
        NumberQuery, NumberRow, NumberStateFilter, PackageOption, UserDetails, UserLanguageInput,
        UserPage, UserQuery, UserRef, UserRow, UserSort,
    },
    i18n::Catalog,
};
use domain::{
    Address, AddressDraft, CatalogKind, Code, Country, Language, LocationName, PhoneNumber,
    UserStatus,
    tenancy::Access,
    user::{MANUAL_ADD_MAX_USERS, UserFinding, validate_manual_add, validate_package_change},
};

use super::Services;
use crate::{
    store::{
        CatalogNames, DirectoryError, LocationRecord, NewAuditEntry, NewEmail, NumberRecord,
        NumberState, UserListQuery, UserOrder, UserRecord, UserToAdd, new_id,
    },
    tenancy::{Caller, Need, OrgScope, guard},
};

/// Users per page unless the request asks otherwise, and the most it may.
const USERS_PAGE: u32 = 50;
const USERS_PAGE_MAX: u32 = 200;
const NUMBERS_PAGE: i64 = 100;
/// Free numbers offered per location in the forms' suggestions.
const FREE_NUMBER_SUGGESTIONS: i64 = 50;
/// Longest search accepted: a search, not a document.
const SEARCH_MAX_CHARS: usize = 200;
/// Most numbers added in one request.
const NUMBERS_PER_ADD: usize = 500;
/// Separates the sort key from the id in a page cursor. Names and emails
/// cannot contain control characters, so it never occurs in either.
const CURSOR_SEPARATOR: char = '\n';

/// Findings of `domain` as wire findings, rows counted from 0.
fn findings_error(findings: Vec<UserFinding>) -> ApiError {
    ApiError::invalid(
        findings
            .into_iter()
            .map(|f| FieldFinding {
                row: u32::try_from(f.row).ok(),
                field: f.field.as_str().into(),
                code: f.code,
            })
            .collect(),
    )
}

impl From<DirectoryError> for ApiError {
    fn from(error: DirectoryError) -> Self {
        match error {
            DirectoryError::Refused { row, field, code } => ApiError::invalid(vec![FieldFinding {
                row: u32::try_from(row).ok(),
                field: field.into(),
                code,
            }]),
            DirectoryError::NotFound => ApiError::not_found(),
            DirectoryError::Store(error) => error.into(),
        }
    }
}

/// A user as lists show it, with the package named as the org's partner
/// named it.
pub fn user_row(record: UserRecord, names: &CatalogNames) -> UserRow {
    let package_name = names.resolve(
        CatalogKind::Package,
        &record.package_key,
        record.package_name,
    );
    UserRow {
        status: UserStatus::parse(&record.status).unwrap_or(UserStatus::Inactive),
        id: record.id,
        email: record.email,
        display_name: record.display_name,
        package_key: record.package_key,
        package_name,
        location_id: record.location_id,
        location_name: record.location_name,
        extension: record.extension,
        phone_number: record.phone_number,
        webex_go_status: record
            .webex_go_status
            .as_deref()
            .and_then(domain::webex_go::LineStatus::parse),
    }
}

fn location_row(record: LocationRecord) -> LocationRow {
    let count = |n: i64| u64::try_from(n).unwrap_or_default();
    LocationRow {
        user_count: count(record.user_count),
        number_count: count(record.number_count),
        free_number_count: count(record.free_number_count),
        id: record.id,
        name: record.name,
        address: AddressDraft {
            line1: record.line1,
            line2: record.line2.unwrap_or_default(),
            city: record.city,
            state: record.state.unwrap_or_default(),
            postal_code: record.postal_code.unwrap_or_default(),
            country: record.country,
        },
    }
}

fn number_row(record: NumberRecord) -> NumberRow {
    NumberRow {
        id: record.id,
        e164: record.e164,
        location_id: record.location_id,
        location_name: record.location_name,
        user_id: record.user_id,
        user_display_name: record.user_display_name,
    }
}

fn sort_key(record: &UserRecord, order: UserOrder) -> &str {
    match order {
        UserOrder::Name => &record.sort_name,
        UserOrder::Email => &record.email,
    }
}

impl Services {
    pub(super) fn audit_entry<'a>(
        caller: &'a Caller,
        scope: &'a OrgScope,
        action: &'a str,
        detail: &'a str,
    ) -> NewAuditEntry<'a> {
        super::auth::caller_entry(
            caller,
            Some(&scope.org.id),
            scope.acting_from.as_deref(),
            action,
            detail,
        )
    }

    /// The org's catalog view and locations, as the forms get them and as
    /// the server validates against. Free-number suggestions (one query per
    /// location) are for the forms only; validation passes `false`.
    async fn directory(
        &self,
        scope: &OrgScope,
        with_suggestions: bool,
    ) -> Result<DirectoryOptions, ApiError> {
        let names = self.catalog_names_for(&scope.org).await?;
        let mut packages: Vec<PackageOption> = self
            .store
            .packages()
            .await?
            .into_iter()
            .map(|p| PackageOption {
                name: names.resolve(CatalogKind::Package, &p.key, p.name),
                key: p.key,
                needs_calling: p.needs_calling,
            })
            .collect();
        packages.sort_by_key(|p| p.name.to_lowercase());
        let mut locations = Vec::new();
        for location in self.store.locations_of(&scope.org.id).await? {
            let free_numbers = if with_suggestions {
                self.store
                    .numbers_of(
                        &scope.org.id,
                        Some(&location.id),
                        NumberState::Free,
                        None,
                        FREE_NUMBER_SUGGESTIONS,
                    )
                    .await?
                    .into_iter()
                    .map(|n| n.e164)
                    .collect()
            } else {
                Vec::new()
            };
            let Ok(country) = Country::parse(&location.country) else {
                tracing::error!(location = %location.id, "stored location has an unknown country");
                continue;
            };
            locations.push(LocationOption {
                id: location.id,
                name: location.name,
                country,
                free_numbers,
            });
        }
        Ok(DirectoryOptions {
            org_id: scope.org.id.clone(),
            org_name: scope.org.name.clone(),
            packages,
            locations,
            can_write: scope.access >= Access::Write,
        })
    }

    pub async fn directory_options(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<DirectoryOptions, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        self.directory(&scope, true).await
    }

    pub async fn list_users(
        &self,
        caller: &Caller,
        query: UserQuery,
    ) -> Result<UserPage, ApiError> {
        let scope = guard(&self.store, caller, &query.org_id, Need::Read).await?;
        if query.search.chars().count() > SEARCH_MAX_CHARS {
            return Err(ApiError::field("search", Code::BadRequest));
        }
        let after = match query.after.as_deref() {
            None | Some("") => None,
            Some(cursor) => match cursor.split_once(CURSOR_SEPARATOR) {
                Some((key, id)) => Some((key.to_owned(), id.to_owned())),
                None => return Err(ApiError::field("after", Code::BadRequest)),
            },
        };
        let limit = query.limit.unwrap_or(USERS_PAGE).clamp(1, USERS_PAGE_MAX);
        let (order, descending) = match query.sort {
            UserSort::NameAsc => (UserOrder::Name, false),
            UserSort::NameDesc => (UserOrder::Name, true),
            UserSort::EmailAsc => (UserOrder::Email, false),
            UserSort::EmailDesc => (UserOrder::Email, true),
        };
        let mut records = self
            .store
            .list_users(
                &scope.org.id,
                &UserListQuery {
                    search: &query.search,
                    order,
                    descending,
                    package_key: query.package.as_deref().filter(|p| !p.is_empty()),
                    location_id: query.location_id.as_deref().filter(|l| !l.is_empty()),
                    status: query.status,
                    after,
                    limit: i64::from(limit) + 1,
                },
            )
            .await?;
        let next = if records.len() > limit as usize {
            records.truncate(limit as usize);
            records
                .last()
                .map(|last| format!("{}{CURSOR_SEPARATOR}{}", sort_key(last, order), last.id))
        } else {
            None
        };
        let names = self.catalog_names_for(&scope.org).await?;
        Ok(UserPage {
            users: records
                .into_iter()
                .map(|record| user_row(record, &names))
                .collect(),
            next,
            total_in_org: u64::try_from(self.store.count_users(&scope.org.id).await?)
                .unwrap_or_default(),
        })
    }

    pub async fn get_user(&self, caller: &Caller, user: &UserRef) -> Result<UserDetails, ApiError> {
        let scope = guard(&self.store, caller, &user.org_id, Need::Read).await?;
        self.user_details(&scope, &user.user_id).await
    }

    async fn user_details(&self, scope: &OrgScope, user_id: &str) -> Result<UserDetails, ApiError> {
        let Some(record) = self.store.user(&scope.org.id, user_id).await? else {
            return Err(ApiError::not_found());
        };
        let names = self.catalog_names_for(&scope.org).await?;
        let mut licenses: Vec<HeldLicenseRow> = self
            .store
            .licenses_held(&record.id)
            .await?
            .into_iter()
            .map(|l| HeldLicenseRow {
                license_name: names.resolve(CatalogKind::License, &l.license_key, l.license_name),
                license_key: l.license_key,
                subscription_id: l.subscription_id,
            })
            .collect();
        licenses.sort_by_key(|l| l.license_name.to_lowercase());
        let devices = self.devices_of_user(&scope.org.id, &record.id).await?;
        Ok(UserDetails {
            devices,
            first_name: record.first_name.clone(),
            last_name: record.last_name.clone(),
            created_at_ms: record.created_at,
            can_write: scope.access >= Access::Write,
            licenses,
            language: self
                .store
                .user_language(&record.id)
                .await?
                .and_then(|l| l.parse().ok()),
            row: user_row(record, &names),
        })
    }

    /// GO-5: the language of the mail the user receives (full admins).
    pub async fn set_user_language(
        &self,
        caller: &Caller,
        input: UserLanguageInput,
    ) -> Result<(), ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        let language = input.language.map(Language::as_str);
        let detail = format!("{} {}", input.user_id, language.unwrap_or("default"));
        let audit = Self::audit_entry(caller, &scope, "user_language_set", &detail);
        if self
            .store
            .set_user_language(&scope.org.id, &input.user_id, language, &audit)
            .await?
        {
            Ok(())
        } else {
            Err(ApiError::not_found())
        }
    }

    /// PH-2: validates every row (as the browser did), then adds all users
    /// or none, each with an invitation email through the outbox.
    pub async fn add_users(
        &self,
        caller: &Caller,
        input: AddUsersInput,
    ) -> Result<Vec<String>, ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        if input.users.len() > MANUAL_ADD_MAX_USERS {
            return Err(ApiError::field("users", Code::TooManyUsers));
        }
        if input.users.is_empty() {
            return Err(ApiError::field("users", Code::BadRequest));
        }
        let directory = self.directory(&scope, false).await?;
        let users = validate_manual_add(&input.users, &directory).map_err(findings_error)?;
        let catalog = Catalog::get();
        let language = caller.language;
        let args = |name: &str| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("org", scope.org.name.clone());
            args.set("admin", caller.admin.display_name.clone());
            args.set("name", name.to_owned());
            args
        };
        let subject = catalog.format(language, "email-invitation-subject", Some(&args("")));
        let bodies: Vec<String> = users
            .iter()
            .map(|user| {
                let args = args(user.display_name.as_str());
                catalog.format(language, "email-invitation-body", Some(&args))
            })
            .collect();
        let to_add: Vec<UserToAdd<'_>> = users
            .iter()
            .zip(&bodies)
            .map(|(user, body)| UserToAdd {
                user,
                invitation: Some(NewEmail {
                    to_address: user.email.as_str(),
                    subject: &subject,
                    body_text: body,
                    language: language.as_str(),
                }),
            })
            .collect();
        let detail = users
            .iter()
            .map(|u| u.email.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let audit = Self::audit_entry(caller, &scope, "users_added", &detail);
        Ok(self
            .store
            .insert_users(&scope.org.id, &to_add, &audit)
            .await?)
    }

    /// PH-8: a calling package only with calling data, in one step.
    pub async fn change_package(
        &self,
        caller: &Caller,
        input: ChangePackageInput,
    ) -> Result<UserDetails, ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        let Some(user) = self.store.user(&scope.org.id, &input.user_id).await? else {
            return Err(ApiError::not_found());
        };
        let directory = self.directory(&scope, false).await?;
        let change = validate_package_change(&input.package, &input.calling, &directory)
            .map_err(findings_error)?;
        let detail = format!("{}: {} → {}", user.email, user.package_key, change.package);
        let audit = Self::audit_entry(caller, &scope, "package_changed", &detail);
        self.store
            .change_package(&scope.org.id, &user.id, &change, &audit)
            .await?;
        self.user_details(&scope, &user.id).await
    }

    pub async fn list_locations(
        &self,
        caller: &Caller,
        org_id: &str,
    ) -> Result<Vec<LocationRow>, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        Ok(self
            .store
            .locations_of(&scope.org.id)
            .await?
            .into_iter()
            .map(location_row)
            .collect())
    }

    pub async fn get_location(
        &self,
        caller: &Caller,
        org_id: &str,
        location_id: &str,
    ) -> Result<LocationRow, ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Read).await?;
        match self.store.location(&scope.org.id, location_id).await? {
            Some(location) => Ok(location_row(location)),
            None => Err(ApiError::not_found()),
        }
    }

    fn parse_location(
        name: &str,
        address: &AddressDraft,
    ) -> Result<(LocationName, Address), ApiError> {
        let mut findings = Vec::new();
        let name = LocationName::parse(name)
            .map_err(|code| {
                findings.push(FieldFinding {
                    row: None,
                    field: "name".into(),
                    code,
                })
            })
            .ok();
        let address = Address::parse(address)
            .map_err(|found| {
                findings.extend(found.into_iter().map(|(field, code)| FieldFinding {
                    row: None,
                    field: field.as_str().into(),
                    code,
                }))
            })
            .ok();
        match (name, address) {
            (Some(name), Some(address)) if findings.is_empty() => Ok((name, address)),
            _ => Err(ApiError::invalid(findings)),
        }
    }

    pub async fn add_location(
        &self,
        caller: &Caller,
        input: NewLocationInput,
    ) -> Result<LocationRow, ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        let (name, address) = Self::parse_location(&input.name, &input.address)?;
        let id = new_id();
        self.store
            .insert_location(&scope.org.id, &id, &name, &address)
            .await?;
        self.audit(
            caller,
            Some(&scope.org.id),
            scope.acting_from.as_deref(),
            "location_added",
            name.as_str(),
        )
        .await?;
        self.get_location(caller, &scope.org.id, &id).await
    }

    pub async fn update_location(
        &self,
        caller: &Caller,
        location_id: &str,
        input: NewLocationInput,
    ) -> Result<LocationRow, ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        let (name, address) = Self::parse_location(&input.name, &input.address)?;
        self.store
            .update_location(&scope.org.id, location_id, &name, &address)
            .await?;
        self.audit(
            caller,
            Some(&scope.org.id),
            scope.acting_from.as_deref(),
            "location_changed",
            name.as_str(),
        )
        .await?;
        self.get_location(caller, &scope.org.id, location_id).await
    }

    pub async fn delete_location(
        &self,
        caller: &Caller,
        org_id: &str,
        location_id: &str,
    ) -> Result<(), ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Write).await?;
        self.store
            .delete_location(&scope.org.id, location_id)
            .await?;
        self.audit(
            caller,
            Some(&scope.org.id),
            scope.acting_from.as_deref(),
            "location_deleted",
            location_id,
        )
        .await
    }

    pub async fn list_numbers(
        &self,
        caller: &Caller,
        query: NumberQuery,
    ) -> Result<NumberPage, ApiError> {
        let scope = guard(&self.store, caller, &query.org_id, Need::Read).await?;
        let state = match query.state {
            NumberStateFilter::Any => NumberState::Any,
            NumberStateFilter::Free => NumberState::Free,
            NumberStateFilter::Assigned => NumberState::Assigned,
        };
        let mut numbers = self
            .store
            .numbers_of(
                &scope.org.id,
                query.location_id.as_deref().filter(|l| !l.is_empty()),
                state,
                query.after.as_deref(),
                NUMBERS_PAGE + 1,
            )
            .await?;
        let next = if numbers.len() as i64 > NUMBERS_PAGE {
            numbers.truncate(NUMBERS_PAGE as usize);
            numbers.last().map(|n| n.e164.clone())
        } else {
            None
        };
        Ok(NumberPage {
            numbers: numbers.into_iter().map(number_row).collect(),
            next,
        })
    }

    /// Adds numbers to a location, read in the location's country; all or
    /// none are checked before any is added.
    pub async fn add_numbers(
        &self,
        caller: &Caller,
        input: AddNumbersInput,
    ) -> Result<Vec<NumberRow>, ApiError> {
        let scope = guard(&self.store, caller, &input.org_id, Need::Write).await?;
        if input.numbers.is_empty() || input.numbers.len() > NUMBERS_PER_ADD {
            return Err(ApiError::field("numbers", Code::BadRequest));
        }
        let Some(location) = self
            .store
            .location(&scope.org.id, &input.location_id)
            .await?
        else {
            return Err(ApiError::field("location", Code::LocationUnknown));
        };
        let country = Country::parse(&location.country).ok();
        let mut findings = Vec::new();
        let mut parsed = Vec::new();
        for (row, text) in input.numbers.iter().enumerate() {
            match PhoneNumber::parse(text, country) {
                Ok(number) if parsed.contains(&number) => findings.push(FieldFinding {
                    row: u32::try_from(row).ok(),
                    field: "phone_number".into(),
                    code: Code::NumberExists,
                }),
                Ok(number) => parsed.push(number),
                Err(error) => findings.push(FieldFinding {
                    row: u32::try_from(row).ok(),
                    field: "phone_number".into(),
                    code: error.code(),
                }),
            }
        }
        if !findings.is_empty() {
            return Err(ApiError::invalid(findings));
        }
        let e164: Vec<&str> = parsed.iter().map(PhoneNumber::as_e164).collect();
        let ids = self
            .store
            .insert_numbers(&scope.org.id, &location.id, &e164)
            .await?;
        self.audit(
            caller,
            Some(&scope.org.id),
            scope.acting_from.as_deref(),
            "numbers_added",
            &e164.join(", "),
        )
        .await?;
        Ok(self
            .store
            .numbers_with_ids(&scope.org.id, &ids)
            .await?
            .into_iter()
            .map(number_row)
            .collect())
    }

    pub async fn delete_number(
        &self,
        caller: &Caller,
        org_id: &str,
        number_id: &str,
    ) -> Result<(), ApiError> {
        let scope = guard(&self.store, caller, org_id, Need::Write).await?;
        self.store.delete_number(&scope.org.id, number_id).await?;
        self.audit(
            caller,
            Some(&scope.org.id),
            scope.acting_from.as_deref(),
            "number_deleted",
            number_id,
        )
        .await
    }

    /// REST: renames a user.
    pub async fn rename_user(
        &self,
        caller: &Caller,
        user: &UserRef,
        first_name: &str,
        last_name: &str,
        display_name: &str,
    ) -> Result<UserDetails, ApiError> {
        let scope = guard(&self.store, caller, &user.org_id, Need::Write).await?;
        let mut findings = Vec::new();
        let mut name = |field: &str, text: &str, required: bool| {
            let parsed = if required {
                domain::PersonName::parse(text).map(Some)
            } else {
                domain::PersonName::parse_optional(text)
            };
            parsed
                .map_err(|e| {
                    findings.push(FieldFinding {
                        row: None,
                        field: field.into(),
                        code: e.code(),
                    })
                })
                .ok()
                .flatten()
        };
        let first = name("first_name", first_name, false);
        let last = name("last_name", last_name, false);
        let display = name("display_name", display_name, true);
        let Some(display) = display.filter(|_| findings.is_empty()) else {
            return Err(ApiError::invalid(findings));
        };
        let audit = Self::audit_entry(caller, &scope, "user_renamed", display.as_str());
        self.store
            .rename_user(
                &scope.org.id,
                &user.user_id,
                first.as_ref().map(|n| n.as_str()),
                last.as_ref().map(|n| n.as_str()),
                display.as_str(),
                &audit,
            )
            .await?;
        self.user_details(&scope, &user.user_id).await
    }

    pub async fn delete_user(&self, caller: &Caller, user: &UserRef) -> Result<(), ApiError> {
        let scope = guard(&self.store, caller, &user.org_id, Need::Write).await?;
        let audit = Self::audit_entry(caller, &scope, "user_deleted", &user.user_id);
        Ok(self
            .store
            .delete_user(&scope.org.id, &user.user_id, &audit)
            .await?)
    }
}
