//! `/api/v1/catalog`: the packages and licenses as a partner's customers
//! see them, and renaming them (partner full admins), through the same
//! service methods as Partner Hub.
use app::api::{ApiError, CatalogEntryRow, CatalogView, RenameCatalogEntryInput};
use axum::{
    Json,
    extract::{Path, State},
};
use domain::CatalogKind;

use super::{
    ApiJson, ApiQuery, RestError, TokenCaller,
    schema::{Catalog, CatalogEntry, CatalogRename, PartnerParam},
};
use crate::http::AppState;

fn entry(row: CatalogEntryRow) -> CatalogEntry {
    let is_package = row.kind == CatalogKind::Package;
    CatalogEntry {
        key: row.key,
        name: row.name,
        default_name: row.default_name,
        licenses: is_package.then_some(row.license_keys),
        granted_to_everyone: (!is_package).then_some(row.default_grant),
    }
}

fn catalog(view: CatalogView) -> Catalog {
    Catalog {
        partner_org_id: view.partner_org_id,
        packages: view.packages.into_iter().map(entry).collect(),
        licenses: view.licenses.into_iter().map(entry).collect(),
    }
}

/// The catalog with the partner's display names.
#[utoipa::path(get, path = "/catalog", tag = "catalog", params(PartnerParam),
    responses((status = 200, body = Catalog), (status = 403, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get_catalog(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    ApiQuery(partner): ApiQuery<PartnerParam>,
) -> Result<Json<Catalog>, RestError> {
    let view = state
        .services
        .catalog(&caller, partner.partner_org_id.as_deref())
        .await?;
    Ok(Json(catalog(view)))
}

/// Renames a package or license for the partner's customers; a `null`
/// name resets it. `kind` is `packages` or `licenses`.
#[utoipa::path(put, path = "/catalog/{kind}/{key}", tag = "catalog",
    params(("kind" = String, Path), ("key" = String, Path), PartnerParam),
    request_body = CatalogRename,
    responses((status = 200, body = Catalog), (status = 404, body = super::schema::ErrorBody),
        (status = 422, body = super::schema::ErrorBody)),
    security(("bearer" = [])))]
pub async fn rename_catalog_entry(
    State(state): State<AppState>,
    TokenCaller(caller): TokenCaller,
    Path((kind, key)): Path<(String, String)>,
    ApiQuery(partner): ApiQuery<PartnerParam>,
    ApiJson(body): ApiJson<CatalogRename>,
) -> Result<Json<Catalog>, RestError> {
    let kind = match kind.as_str() {
        "packages" => CatalogKind::Package,
        "licenses" => CatalogKind::License,
        _ => return Err(ApiError::not_found().into()),
    };
    let view = state
        .services
        .rename_catalog_entry(
            &caller,
            RenameCatalogEntryInput {
                // Empty: the caller's first partner org, as for reading.
                partner_org_id: partner.partner_org_id.unwrap_or_default(),
                kind,
                key,
                name: body.name,
            },
        )
        .await?;
    Ok(Json(catalog(view)))
}
