//! `/api/v1` people, licenses, locations and numbers: thin adapters from
//! the REST shapes to the same service methods the SPA's server functions
//! call, so both refuse the same input with the same codes (T-4).
use app::api::{
    AddNumbersInput, AddUsersInput, ApiError, ChangePackageInput, LocationRow, NewLocationInput,
    NumberQuery, NumberRow, NumberStateFilter, UserDetails, UserQuery, UserRef, UserRow, UserSort,
};
use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use domain::{
    AddressDraft, Code, UserStatus,
    user::{CallingDraft, UserDraft},
};

use super::{
    ApiJson, ApiQuery, RestError, TokenCaller,
    schema::{
        License, LicenseList, Location, LocationAddress, LocationList, LocationWrite, Number,
        NumberList, NumberLocation, NumberOwner, NumbersCreate, NumbersQuery, OrgParam,
        PeopleQuery, Person, PersonCreate, PersonList, PersonUpdate, PhoneNumberEntry,
    },
};
use crate::{
    http::AppState,
    tenancy::{Caller, Need, guard},
};

/// The org a request names, else the caller's own.
fn org_of(caller: &Caller, org_id: Option<String>) -> Result<String, ApiError> {
    org_id
        .filter(|o| !o.is_empty())
        .or_else(|| caller.home_org_id().map(str::to_owned))
        .ok_or_else(ApiError::forbidden)
}

fn person(org_id: &str, row: UserRow, details: Option<&UserDetails>) -> Person {
    Person {
        emails: vec![row.email],
        display_name: row.display_name,
        first_name: details.and_then(|d| d.first_name.clone()),
        last_name: details.and_then(|d| d.last_name.clone()),
        org_id: org_id.to_owned(),
        package: row.package_key,
        location_id: row.location_id,
        extension: row.extension,
        phone_numbers: row
            .phone_number
            .into_iter()
            .map(|value| PhoneNumberEntry {
                kind: "work".into(),
                value,
            })
            .collect(),
        licenses: details
            .map(|d| {
                d.licenses
                    .iter()
                    .map(|l| format!("{}:{}", l.subscription_id, l.license_key))
                    .collect()
            })
            .unwrap_or_default(),
        status: row.status.as_str().into(),
        created: details.map(|d| d.created_at_ms),
        id: row.id,
    }
}

fn person_details(org_id: &str, details: UserDetails) -> Person {
    person(org_id, details.row.clone(), Some(&details))
}

pub(super) fn first_number(numbers: &[PhoneNumberEntry]) -> String {
    numbers.first().map(|n| n.value.clone()).unwrap_or_default()
}

fn location(org_id: &str, row: LocationRow) -> Location {
    Location {
        id: row.id,
        name: row.name,
        org_id: org_id.to_owned(),
        address: LocationAddress {
            address1: row.address.line1,
            address2: row.address.line2,
            city: row.address.city,
            state: row.address.state,
            postal_code: row.address.postal_code,
            country: row.address.country,
        },
        user_count: row.user_count,
        number_count: row.number_count,
        free_number_count: row.free_number_count,
    }
}

fn number(row: NumberRow) -> Number {
    Number {
        id: row.id,
        phone_number: row.e164,
        location: NumberLocation {
            id: row.location_id,
            name: row.location_name,
        },
        state: if row.user_id.is_some() {
            "assigned"
        } else {
            "available"
        }
        .into(),
        owner: row.user_id.map(|id| NumberOwner {
            id,
            display_name: row.user_display_name,
        }),
    }
}

/// Lists people: search, filters and keyset paging as in Control Hub.
#[utoipa::path(get, path = "/people", tag = "people", params(PeopleQuery),
    responses((status = 200, body = PersonList), (status = 401, body = super::schema::ErrorBody),
        (status = 403, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_people(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiQuery(query): ApiQuery<PeopleQuery>,
) -> Result<Json<PersonList>, RestError> {
    let org_id = org_of(&caller, query.org_id)?;
    let status = match query.status.as_deref() {
        None | Some("") => None,
        Some(text) => Some(
            UserStatus::parse(text).ok_or_else(|| ApiError::field("status", Code::BadRequest))?,
        ),
    };
    let sort = match query.sort.as_deref() {
        None | Some("") => UserSort::default(),
        Some(text) => {
            UserSort::parse(text).ok_or_else(|| ApiError::field("sort", Code::BadRequest))?
        }
    };
    let page = state
        .services
        .list_users(
            &caller,
            UserQuery {
                org_id: org_id.clone(),
                search: query.search.unwrap_or_default(),
                sort,
                package: query.package,
                location_id: query.location_id,
                status,
                after: query.after,
                limit: query.max,
            },
        )
        .await?;
    Ok(Json(PersonList {
        items: page
            .users
            .into_iter()
            .map(|row| person(&org_id, row, None))
            .collect(),
        next: page.next,
    }))
}

#[utoipa::path(get, path = "/people/{id}", tag = "people", params(("id" = String, Path), OrgParam),
    responses((status = 200, body = Person), (status = 404, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get_person(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<Json<Person>, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    let details = state
        .services
        .get_user(
            &caller,
            &UserRef {
                org_id: org_id.clone(),
                user_id: id,
            },
        )
        .await?;
    Ok(Json(person_details(&org_id, details)))
}

/// The manual add's draft of a new person: exactly one email.
pub(super) fn user_draft(body: PersonCreate) -> Result<UserDraft, ApiError> {
    let [email] = <[String; 1]>::try_from(body.emails)
        .map_err(|_| ApiError::field("emails", Code::EmailMissing))?;
    Ok(UserDraft {
        email,
        first_name: body.first_name,
        last_name: body.last_name,
        display_name: body.display_name,
        package: body.package,
        calling: CallingDraft {
            location_id: body.location_id,
            extension: body.extension,
            phone_number: first_number(&body.phone_numbers),
        },
    })
}

/// Adds one person with an invitation email, as the manual add does.
#[utoipa::path(post, path = "/people", tag = "people", params(OrgParam), request_body = PersonCreate,
    responses((status = 201, body = Person), (status = 422, body = super::schema::ErrorBody),
        (status = 403, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn create_person(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiQuery(org): ApiQuery<OrgParam>,
    ApiJson(body): ApiJson<PersonCreate>,
) -> Result<(StatusCode, Json<Person>), RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    let draft = user_draft(body)?;
    let ids = state
        .services
        .add_users(
            &caller,
            AddUsersInput {
                org_id: org_id.clone(),
                users: vec![draft],
            },
        )
        .await?;
    let id = ids.into_iter().next().ok_or_else(ApiError::internal)?;
    let details = state
        .services
        .get_user(
            &caller,
            &UserRef {
                org_id: org_id.clone(),
                user_id: id,
            },
        )
        .await?;
    Ok((StatusCode::CREATED, Json(person_details(&org_id, details))))
}

/// Renames a person and, with `package`, changes the package (PH-8).
#[utoipa::path(put, path = "/people/{id}", tag = "people", params(("id" = String, Path), OrgParam),
    request_body = PersonUpdate,
    responses((status = 200, body = Person), (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn update_person(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
    ApiJson(body): ApiJson<PersonUpdate>,
) -> Result<Json<Person>, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    // A write, whatever the body holds: a body that changes nothing must
    // not let a read-only admin through (T-2, T-4).
    guard(&state.services.store, &caller, &org_id, Need::Write).await?;
    let user = UserRef {
        org_id: org_id.clone(),
        user_id: id,
    };
    let mut details = state.services.get_user(&caller, &user).await?;
    if body.first_name.is_some() || body.last_name.is_some() || body.display_name.is_some() {
        details = state
            .services
            .rename_user(
                &caller,
                &user,
                body.first_name
                    .as_deref()
                    .or(details.first_name.as_deref())
                    .unwrap_or_default(),
                body.last_name
                    .as_deref()
                    .or(details.last_name.as_deref())
                    .unwrap_or_default(),
                body.display_name
                    .as_deref()
                    .unwrap_or(&details.row.display_name),
            )
            .await?;
    }
    if let Some(package) = body.package {
        details = state
            .services
            .change_package(
                &caller,
                ChangePackageInput {
                    org_id: org_id.clone(),
                    user_id: user.user_id.clone(),
                    package,
                    calling: CallingDraft {
                        location_id: body.location_id,
                        extension: body.extension,
                        phone_number: first_number(&body.phone_numbers),
                    },
                },
            )
            .await?;
    }
    Ok(Json(person_details(&org_id, details)))
}

/// Deletes a person: licenses return to their pools, the number is freed.
#[utoipa::path(delete, path = "/people/{id}", tag = "people", params(("id" = String, Path), OrgParam),
    responses((status = 204), (status = 404, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn delete_person(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<StatusCode, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    state
        .services
        .delete_user(
            &caller,
            &UserRef {
                org_id,
                user_id: id,
            },
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The org's license pools, per subscription.
#[utoipa::path(get, path = "/licenses", tag = "licenses", params(OrgParam),
    responses((status = 200, body = LicenseList)), security(("bearer" = [])))]
pub async fn list_licenses(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<Json<LicenseList>, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    let overview = state.services.org_overview(&caller, &org_id).await?;
    let items = overview
        .subscriptions
        .into_iter()
        .flat_map(|s| {
            s.pools.into_iter().map(move |pool| License {
                id: format!("{}:{}", s.id, pool.license_key),
                name: pool.license_name,
                total_units: pool.quantity,
                consumed_units: pool.used,
                subscription_id: s.id.clone(),
            })
        })
        .collect();
    Ok(Json(LicenseList { items }))
}

#[utoipa::path(get, path = "/licenses/{id}", tag = "licenses", params(("id" = String, Path), OrgParam),
    responses((status = 200, body = License), (status = 404, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get_license(
    state: State<AppState>,
    caller: TokenCaller,
    Path(id): Path<String>,
    org: ApiQuery<OrgParam>,
) -> Result<Json<License>, RestError> {
    let Json(list) = list_licenses(state, caller, org).await?;
    list.items
        .into_iter()
        .find(|l| l.id == id)
        .map(Json)
        .ok_or_else(|| ApiError::not_found().into())
}

#[utoipa::path(get, path = "/locations", tag = "locations", params(OrgParam),
    responses((status = 200, body = LocationList)), security(("bearer" = [])))]
pub async fn list_locations(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<Json<LocationList>, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    let rows = state.services.list_locations(&caller, &org_id).await?;
    Ok(Json(LocationList {
        items: rows.into_iter().map(|row| location(&org_id, row)).collect(),
    }))
}

#[utoipa::path(get, path = "/locations/{id}", tag = "locations", params(("id" = String, Path), OrgParam),
    responses((status = 200, body = Location), (status = 404, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get_location(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<Json<Location>, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    let row = state.services.get_location(&caller, &org_id, &id).await?;
    Ok(Json(location(&org_id, row)))
}

pub(super) fn location_input(org_id: &str, body: LocationWrite) -> NewLocationInput {
    NewLocationInput {
        org_id: org_id.to_owned(),
        name: body.name,
        address: AddressDraft {
            line1: body.address.address1,
            line2: body.address.address2,
            city: body.address.city,
            state: body.address.state,
            postal_code: body.address.postal_code,
            country: body.address.country,
        },
    }
}

#[utoipa::path(post, path = "/locations", tag = "locations", params(OrgParam), request_body = LocationWrite,
    responses((status = 201, body = Location), (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn create_location(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiQuery(org): ApiQuery<OrgParam>,
    ApiJson(body): ApiJson<LocationWrite>,
) -> Result<(StatusCode, Json<Location>), RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    let row = state
        .services
        .add_location(&caller, location_input(&org_id, body))
        .await?;
    Ok((StatusCode::CREATED, Json(location(&org_id, row))))
}

#[utoipa::path(put, path = "/locations/{id}", tag = "locations", params(("id" = String, Path), OrgParam),
    request_body = LocationWrite,
    responses((status = 200, body = Location), (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn update_location(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
    ApiJson(body): ApiJson<LocationWrite>,
) -> Result<Json<Location>, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    let row = state
        .services
        .update_location(&caller, &id, location_input(&org_id, body))
        .await?;
    Ok(Json(location(&org_id, row)))
}

/// Deletes a location no user and no number refers to.
#[utoipa::path(delete, path = "/locations/{id}", tag = "locations", params(("id" = String, Path), OrgParam),
    responses((status = 204), (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn delete_location(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<StatusCode, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    state
        .services
        .delete_location(&caller, &org_id, &id)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/numbers", tag = "numbers", params(NumbersQuery),
    responses((status = 200, body = NumberList)), security(("bearer" = [])))]
pub async fn list_numbers(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiQuery(query): ApiQuery<NumbersQuery>,
) -> Result<Json<NumberList>, RestError> {
    let org_id = org_of(&caller, query.org_id)?;
    let filter = match query.state.as_deref() {
        None | Some("") => NumberStateFilter::Any,
        Some("available") => NumberStateFilter::Free,
        Some("assigned") => NumberStateFilter::Assigned,
        Some(_) => return Err(ApiError::field("state", Code::BadRequest).into()),
    };
    let page = state
        .services
        .list_numbers(
            &caller,
            NumberQuery {
                org_id,
                location_id: query.location_id,
                state: filter,
                after: query.after,
            },
        )
        .await?;
    Ok(Json(NumberList {
        phone_numbers: page.numbers.into_iter().map(number).collect(),
        next: page.next,
    }))
}

/// Adds numbers to a location's inventory, all or none.
#[utoipa::path(post, path = "/numbers", tag = "numbers", params(OrgParam), request_body = NumbersCreate,
    responses((status = 201, body = NumberList), (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn create_numbers(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiQuery(org): ApiQuery<OrgParam>,
    ApiJson(body): ApiJson<NumbersCreate>,
) -> Result<(StatusCode, Json<NumberList>), RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    let rows = state
        .services
        .add_numbers(
            &caller,
            AddNumbersInput {
                org_id,
                location_id: body.location_id,
                numbers: body.phone_numbers,
            },
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(NumberList {
            phone_numbers: rows.into_iter().map(number).collect(),
            next: None,
        }),
    ))
}

/// Removes a free number from the inventory.
#[utoipa::path(delete, path = "/numbers/{id}", tag = "numbers", params(("id" = String, Path), OrgParam),
    responses((status = 204), (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn delete_number(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path(id): Path<String>,
    ApiQuery(org): ApiQuery<OrgParam>,
) -> Result<StatusCode, RestError> {
    let org_id = org_of(&caller, org.org_id)?;
    state.services.delete_number(&caller, &org_id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
