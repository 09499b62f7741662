//! `/api/{fn}`: the SPA's server functions. POST only, same-origin only;
//! the caller's session and address go into the request context where the
//! function bodies (in `app::api`) find them.
use std::net::{IpAddr, SocketAddr};

use app::api::{ApiError, ssr::RequestMeta};
use axum::{
    body::Body,
    extract::{ConnectInfo, Request, State},
    http::{Method, StatusCode, header},
    response::{IntoResponse, Response},
};
use domain::{Code, Language};
use leptos::prelude::provide_context;

use super::{AppState, rest::error_response, security::same_origin};

/// Every server function, registered explicitly so none depends on link-time
/// inventory collection.
pub fn register() {
    use app::api::*;
    use leptos::server_fn::axum::register_explicit;
    register_explicit::<GetSession>();
    register_explicit::<SignIn>();
    register_explicit::<SignOut>();
    register_explicit::<SetLanguage>();
    register_explicit::<ListCustomers>();
    register_explicit::<OrgOverview>();
    register_explicit::<AuditLog>();
    register_explicit::<GetDirectoryOptions>();
    register_explicit::<ListUsers>();
    register_explicit::<GetUser>();
    register_explicit::<AddUsers>();
    register_explicit::<ChangePackage>();
    register_explicit::<ListLocations>();
    register_explicit::<AddLocation>();
    register_explicit::<ListNumbers>();
    register_explicit::<AddNumbers>();
    register_explicit::<UpdateLocation>();
    register_explicit::<DeleteLocation>();
    register_explicit::<GetCatalog>();
    register_explicit::<RenameCatalogEntry>();
    register_explicit::<GetWebexGoOptions>();
    register_explicit::<AddWebexGo>();
    register_explicit::<ListDevices>();
    register_explicit::<GetDevice>();
    register_explicit::<RegenerateActivationCode>();
    register_explicit::<ReportLostStolen>();
    register_explicit::<DeleteDevice>();
    register_explicit::<SendActivationCode>();
    register_explicit::<SetEmailSetting>();
    register_explicit::<SetUserLanguage>();
    register_explicit::<CallHistory>();
    register_explicit::<GetDeviceCatalog>();
    register_explicit::<SaveDeviceModel>();
    register_explicit::<GetDeviceManagement>();
    register_explicit::<SetDeviceManagement>();
    register_explicit::<AddPartnerDevice>();
    register_explicit::<ChangeDeviceUsers>();
    register_explicit::<UpdateSipPassword>();
    register_explicit::<ValidateMacs>();
    register_explicit::<GetWorkspaceOptions>();
    register_explicit::<ListWorkspaceFreeNumbers>();
    register_explicit::<CreateWorkspace>();
    register_explicit::<ListWorkspaces>();
    register_explicit::<GetWorkspace>();
    register_explicit::<AddWorkspaceDevice>();
    register_explicit::<DeleteWorkspace>();
    register_explicit::<ListOrders>();
    register_explicit::<GetOrderSetup>();
    register_explicit::<SubmitSetupStep>();
    register_explicit::<SetupStepBack>();
    register_explicit::<OpenSetupLink>();
    register_explicit::<CreateSetupAccount>();
    register_explicit::<RequestFullAdmin>();
    register_explicit::<ListFullAdminRequests>();
    register_explicit::<AnswerFullAdminRequest>();
}

/// The client's address: the socket peer. (Behind a reverse proxy, every
/// client shares the proxy's address for throttling; see the README.)
pub fn client_ip(request: &Request) -> IpAddr {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::from([127, 0, 0, 1]))
}

/// The paths of the registered server functions, read once from
/// server_fn's registry (filled by [`register`] before the first request):
/// a set lookup per request instead of building a service to find out.
pub(super) fn registered_paths() -> &'static std::collections::HashSet<&'static str> {
    static PATHS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    PATHS.get_or_init(|| {
        server_fn::axum::server_fn_paths()
            .map(|(path, _)| path)
            .collect()
    })
}

/// The server functions that run without a session: signing in and out,
/// what the SPA asks before it knows whether it is signed in, and a *Set up
/// service* link's first steps (SUB-1: its holder may have no account yet).
pub const PUBLIC_FUNCTIONS: &[&str] = &[
    "session",
    "sign_in",
    "sign_out",
    "open_setup_link",
    "create_setup_account",
];

pub async fn handle(State(state): State<AppState>, request: Request<Body>) -> Response {
    // `/api/{*fn_name}` also matches the REST API's unknown paths, and
    // names no registered function: both are a 404 in our error shape, for
    // any method (leptos would answer a plain-text 400).
    let path = request.uri().path();
    if path.starts_with("/api/v1/") || !registered_paths().contains(path) {
        return error_response(&ApiError::not_found());
    }
    if request.method() != Method::POST {
        let mut response = error_response(&ApiError::new(
            Code::BadRequest,
            "server functions take POST only",
        ));
        *response.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
        response
            .headers_mut()
            .insert(header::ALLOW, header::HeaderValue::from_static("POST"));
        return response;
    }
    if !same_origin(request.headers()) {
        return error_response(&ApiError::new(
            Code::CsrfRejected,
            "cross-site request refused",
        ));
    }
    let session_token = state.services.cookie_policy().read(request.headers());
    // Without a session cookie, only the public functions run at all: the
    // rest are refused before their arguments are even decoded.
    let endpoint = request.uri().path().trim_start_matches("/api/");
    if session_token.is_none() && !PUBLIC_FUNCTIONS.contains(&endpoint) {
        return error_response(&ApiError::unauthenticated());
    }
    let meta = RequestMeta {
        session_token,
        client_ip: client_ip(&request),
        language: request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(Language::from_accept_language)
            .unwrap_or(Language::En),
    };
    // Read the body within the limit here, so a body without a
    // Content-Length that runs over it is a 413, not a failed function.
    let (parts, body) = request.into_parts();
    let bytes = match axum::body::to_bytes(body, state.services.config.body_limit).await {
        Ok(bytes) => bytes,
        Err(_) => {
            return error_response(&ApiError::new(
                Code::PayloadTooLarge,
                "the request body is too large",
            ));
        }
    };
    let request = Request::from_parts(parts, Body::from(bytes));
    let portal = state.portal.clone();
    let response = leptos_axum::handle_server_fns_with_context(
        move || {
            provide_context(portal.clone());
            provide_context(meta.clone());
        },
        request,
    )
    .await
    .into_response();
    status_of_code(response).await
}

/// Largest error body whose status is checked (ours are far smaller).
const ERROR_BODY_LIMIT: usize = 256 * 1024;

/// A request whose arguments do not decode fails before the function body
/// runs, so nothing sets the status of its error: server_fn answers 500 for
/// a `bad_request`. Give every error the status of its code (only
/// `internal` is a 5xx).
async fn status_of_code(response: Response) -> Response {
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, ERROR_BODY_LIMIT).await else {
        return error_response(&ApiError::internal());
    };
    if let Ok(error) = serde_json::from_slice::<ApiError>(&bytes)
        && let Ok(status) = StatusCode::from_u16(error.http_status())
    {
        parts.status = status;
    }
    Response::from_parts(parts, Body::from(bytes))
}
