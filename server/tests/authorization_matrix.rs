//! Issue 8.1: the authorization matrix (T-2, T-3, T-4). Every server
//! function and every REST endpoint, called by every role, against every
//! target org, through the real router on SQLite and PostgreSQL. Each cell
//! of the table below states the expected outcome; every cell is asserted,
//! the mismatches are collected and reported together, and the test fails
//! when a server function or endpoint exists that the table does not list
//! (or the table lists one that no longer exists).
//!
//! Run with `--nocapture` to see the matrix.
//!
//! ## Outcome classes, by the JSON error `code` (domain::Code)
//!
//! - `A` allowed: the request got past authorization. A 2xx answer, or an
//!   error whose code is neither a refusal nor a harness failure: a
//!   validation finding (`email_invalid`, `location_unknown`, …), a state
//!   code (`activation_code_unknown`, `setup_link_invalid`, …), `not_found`
//!   for a made-up object id inside an org the caller may reach, or
//!   `invalid_credentials` from sign-in itself.
//! - `U` refused as unauthenticated: 401 with `unauthenticated` (no
//!   session, or a credential that does not open this API).
//! - `F` refused as forbidden: 403 with `forbidden` (role or tenancy; other
//!   tenants are hidden behind the same answer), or the role refusal with
//!   its own code `not_provisioning_admin` (SUB-5, 422).
//! - never expected, always a mismatch: a 5xx (`internal`), `bad_request`
//!   or `csrf_rejected` (the probe itself is wrong), a 405, a non-JSON
//!   error.
//!
//! ## Roles (columns) and targets
//!
//! Roles, all from the demo data: anonymous; the customer full admin of
//! Archer Farms; a fresh admin holding only the Provisioning admin label in
//! Archer Farms; Northwind's partner read-only admin; Northwind's partner
//! full admin; and the three machine credentials (ordering, carrier, call
//! records). Humans call server functions with a session cookie and the
//! REST API with an API token; machines send their credential as a bearer
//! token to both.
//!
//! Targets (the org a request names): `N` Northwind Telecom (the partners'
//! own org; the customer roles' partner org), `C` Archer Farms (the
//! partners' own customer; the customer roles' own org), `X` Initech (a
//! customer of another partner, Globex). A function that names no org has
//! one cell per role. A fourth target, `Y`, names Archer Farms with
//! Initech's objects (user, location, device, workspace, license, import,
//! order): whoever may act in Archer Farms must still be refused another
//! tenant's object there (`R`), so an object id never crosses tenants. `Y`
//! is derived from the `C` column and asked only of probes that name an
//! object.
mod common;

use std::{
    collections::{BTreeMap, BTreeSet},
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
};

use axum::{
    Router,
    body::Body,
    http::{Method, Request, StatusCode, header},
};
use common::TestDb;
use http_body_util::BodyExt;
use serde_json::{Value, json};
use server::{
    Config, Services, demo,
    http::{AppState, router},
    store::{MachineKind, NewAdmin},
};
use tower::ServiceExt;

const ORIGIN: &str = "http://portal.test";
const HOST: &str = "portal.test";

// --- roles and targets -------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous,
    CustomerAdmin,
    ProvisioningAdmin,
    PartnerReadOnly,
    PartnerFullAdmin,
    OrderingMachine,
    CarrierMachine,
    CallRecordsMachine,
}

/// The columns, in the order of every expectation string.
const ROLES: [Who; 8] = [
    Who::Anonymous,
    Who::CustomerAdmin,
    Who::ProvisioningAdmin,
    Who::PartnerReadOnly,
    Who::PartnerFullAdmin,
    Who::OrderingMachine,
    Who::CarrierMachine,
    Who::CallRecordsMachine,
];

impl Who {
    fn label(self) -> &'static str {
        match self {
            Who::Anonymous => "anon",
            Who::CustomerAdmin => "cust",
            Who::ProvisioningAdmin => "prov",
            Who::PartnerReadOnly => "p-ro",
            Who::PartnerFullAdmin => "p-fa",
            Who::OrderingMachine => "m-ord",
            Who::CarrierMachine => "m-car",
            Who::CallRecordsMachine => "m-cdr",
        }
    }

    fn email(self) -> Option<&'static str> {
        match self {
            Who::CustomerAdmin => Some("admin@archerfarms.example"),
            Who::ProvisioningAdmin => Some(PROVISIONING_ADMIN),
            Who::PartnerReadOnly => Some("readonly@northwind.example"),
            Who::PartnerFullAdmin => Some("partner@northwind.example"),
            _ => None,
        }
    }
}

const PROVISIONING_ADMIN: &str = "provisioning@northwind.example";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// Northwind Telecom.
    N,
    /// Archer Farms, Northwind's customer.
    C,
    /// Initech, Globex's customer.
    X,
    /// Archer Farms named as the org, with Initech's objects: another
    /// tenant's object id under an org the caller may reach. Its expected
    /// outcome is derived from `C`'s (see [`expected_across_tenants`]), so
    /// the table needs no fourth letter.
    Y,
}

/// The targets the expectation strings spell out, in their order.
const TARGETS: [Target; 3] = [Target::N, Target::C, Target::X];

impl Target {
    /// The position of the org the request names.
    fn org_slot(self) -> usize {
        match self {
            Target::N => 0,
            Target::C | Target::Y => 1,
            Target::X => 2,
        }
    }

    /// The position of the org whose objects the request names.
    fn fixture_slot(self) -> usize {
        match self {
            Target::N => 0,
            Target::C => 1,
            Target::X | Target::Y => 2,
        }
    }
}

/// The expectation of a `Y` cell from its row's `C` cell: where the caller
/// may act in Archer Farms (`A`), naming Initech's object there must still
/// be refused (`R`: any refusal or error code, never a 2xx); otherwise the
/// same refusal as `C`.
fn expected_across_tenants(expected_in_own_org: char) -> char {
    match expected_in_own_org {
        'A' => 'R',
        other => other,
    }
}

// --- the table ---------------------------------------------------------------

/// What is called: a server function by its endpoint, or a REST route as
/// the OpenAPI document names it.
#[derive(Debug, Clone, Copy)]
enum Surface {
    Fn(&'static str),
    Rest(&'static str, &'static str),
}

impl Surface {
    fn name(self) -> String {
        match self {
            Surface::Fn(endpoint) => format!("fn {endpoint}"),
            Surface::Rest(method, path) => format!("{method} {path}"),
        }
    }
}

/// One concrete request of a cell.
struct Probe {
    /// For a server function: its JSON arguments. For REST: the body, if
    /// any (JSON unless `content_type` says otherwise).
    body: Option<Value>,
    /// REST only: the concrete path and query below `/api/v1`.
    uri: String,
    raw: Option<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    /// Sign in anew for this call (the function ends the session).
    fresh_session: bool,
}

impl Probe {
    fn args(body: Value) -> Probe {
        Probe {
            body: Some(body),
            uri: String::new(),
            raw: None,
            headers: Vec::new(),
            fresh_session: false,
        }
    }

    fn get(uri: String) -> Probe {
        Probe {
            body: None,
            uri,
            raw: None,
            headers: Vec::new(),
            fresh_session: false,
        }
    }

    fn json(uri: String, body: Value) -> Probe {
        Probe {
            body: Some(body),
            ..Probe::get(uri)
        }
    }
}

/// A row: the surface, one expectation group per role (in [`ROLES`]
/// order, separated by spaces; three letters for targets `N C X`, or one
/// letter when the request names no org), and the probe.
struct Row {
    surface: Surface,
    expect: &'static str,
    probe: fn(&Ctx, Target) -> Probe,
}

/// Whether the row names a target org (its groups have three letters).
fn targeted(expect: &str) -> bool {
    expect.split(' ').any(|group| group.len() == 3)
}

// Patterns shared by many rows. Columns: anon cust prov p-ro p-fa m-ord
// m-car m-cdr; targets N (Northwind) C (Archer Farms) X (Initech).

/// An org's data, read: its own admins and its partner's admins.
const ORG_READ: &str = "U FAF FAF AAF AAF U U U";
/// An org's data, changed: the same without the read-only partner admin.
const ORG_WRITE: &str = "U FAF FAF FFF AAF U U U";
/// Signed in, any admin, no org named.
const ANY_ADMIN: &str = "U A A A A U U U";
/// Signed in as a partner admin, no org named.
const PARTNER_ADMIN: &str = "U F F A A U U U";
/// A partner org's own data (its catalog names), read: only a partner
/// org is a target, and only its own admins reach it.
const PARTNER_READ: &str = "U FFF FFF AFF AFF U U U";
/// The same, changed.
const PARTNER_WRITE: &str = "U FFF FFF FFF AFF U U U";
/// Public: anyone, signed in or not.
const PUBLIC: &str = "A A A A A A A A";

/// The REST routes the SPA itself calls with plain HTTP (uploads,
/// downloads, the import pages' facts and progress), which take the session
/// cookie as well as a token; a change through them must come from the
/// portal's own origin. Every other route refuses a cookie.
const BROWSER_ROUTES: &[(&str, &str)] = &[
    ("get", "/organizations/{id}/imports/users/context"),
    ("post", "/organizations/{id}/imports/users/facts"),
    ("post", "/organizations/{id}/imports/users"),
    ("get", "/organizations/{id}/imports"),
    ("get", "/organizations/{id}/people.csv"),
    ("get", "/imports/{id}"),
    ("get", "/imports/{id}/rows"),
    ("post", "/imports/{id}/apply"),
    ("post", "/imports/{id}/undo"),
    ("get", "/devices/template"),
    ("post", "/devices/importFacts"),
    ("post", "/devices/imports"),
    ("get", "/devices/imports/{id}"),
    ("get", "/devices/imports/{id}/rows"),
    ("get", "/callRecords"),
    ("get", "/callRecords/export"),
    ("get", "/orders/{id}/summary.pdf"),
];

/// Every server function (`app::api`, registered in
/// `server/src/http/server_fns.rs`).
fn server_function_rows() -> Vec<Row> {
    use Surface::Fn;
    vec![
        // --- session --------------------------------------------------------
        Row {
            surface: Fn("session"),
            expect: PUBLIC,
            probe: |_, _| Probe::args(json!({})),
        },
        Row {
            surface: Fn("sign_in"),
            expect: PUBLIC,
            probe: |ctx, _| {
                Probe::args(json!({"input": {
                    "email": format!("nobody-{}@nowhere.example", ctx.next()),
                    "password": "not the password"
                }}))
            },
        },
        Row {
            surface: Fn("set_language"),
            expect: ANY_ADMIN,
            probe: |_, _| Probe::args(json!({"language": "en"})),
        },
        // --- partner hub, org overview, audit -------------------------------
        Row {
            surface: Fn("list_customers"),
            expect: PARTNER_ADMIN,
            probe: |_, _| Probe::args(json!({"query": {"search": ""}})),
        },
        Row {
            surface: Fn("org_overview"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"org_id": ctx.org(t)})),
        },
        Row {
            surface: Fn("audit_log"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"query": {"org_id": ctx.org(t)}})),
        },
        // --- directory ------------------------------------------------------
        Row {
            surface: Fn("directory_options"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"org_id": ctx.org(t)})),
        },
        Row {
            surface: Fn("list_users"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"query": {"org_id": ctx.org(t)}})),
        },
        Row {
            surface: Fn("get_user"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::args(json!({"user": {"org_id": ctx.org(t), "user_id": ctx.fix(t).user}}))
            },
        },
        Row {
            surface: Fn("add_users"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {"org_id": ctx.org(t), "users": [
                    {"email": format!("matrix-{}@archerfarms.example", ctx.next()), "package": "webex_voice"}
                ]}}))
            },
        },
        Row {
            surface: Fn("change_package"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {
                    "org_id": ctx.org(t), "user_id": ctx.fake(), "package": "webex_voice"
                }}))
            },
        },
        Row {
            surface: Fn("list_locations"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"org_id": ctx.org(t)})),
        },
        Row {
            surface: Fn("add_location"),
            expect: ORG_WRITE,
            probe: |ctx, t| Probe::args(json!({"input": ctx.location_input(t)})),
        },
        Row {
            surface: Fn("update_location"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(
                    json!({"location_id": ctx.fix(t).location, "input": ctx.location_input(t)}),
                )
            },
        },
        Row {
            surface: Fn("list_numbers"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"query": {"org_id": ctx.org(t)}})),
        },
        Row {
            surface: Fn("add_numbers"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {
                    "org_id": ctx.org(t), "location_id": ctx.fake(), "numbers": ["+12025550100"]
                }}))
            },
        },
        // --- catalog --------------------------------------------------------
        Row {
            surface: Fn("catalog"),
            expect: PARTNER_READ,
            probe: |ctx, t| Probe::args(json!({"partner_org_id": ctx.org(t)})),
        },
        Row {
            surface: Fn("rename_catalog_entry"),
            expect: PARTNER_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {
                    "partner_org_id": ctx.org(t), "kind": "package", "key": "webex_voice", "name": null
                }}))
            },
        },
        // --- devices and Webex Go ------------------------------------------
        Row {
            surface: Fn("webex_go_options"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::args(json!({"user": {"org_id": ctx.org(t), "user_id": ctx.fix(t).user}}))
            },
        },
        Row {
            surface: Fn("add_webex_go"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {"org_id": ctx.org(t), "user_id": ctx.fake()}}))
            },
        },
        Row {
            surface: Fn("list_devices"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"query": {"org_id": ctx.org(t)}})),
        },
        Row {
            surface: Fn("get_device"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"device": ctx.device_ref(t)})),
        },
        Row {
            surface: Fn("regenerate_activation_code"),
            expect: ORG_WRITE,
            probe: |ctx, t| Probe::args(json!({"device": ctx.device_ref(t)})),
        },
        Row {
            surface: Fn("report_lost_stolen"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"device": {"org_id": ctx.org(t), "device_id": ctx.fake()}}))
            },
        },
        Row {
            surface: Fn("send_activation_code"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {
                    "org_id": ctx.org(t), "device_id": ctx.fake(),
                    "code": "7K3QD-M9XWF-2HRTB-8VNPC-4GZJA", "to": "someone@archerfarms.example"
                }}))
            },
        },
        Row {
            surface: Fn("set_email_setting"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {"org_id": ctx.org(t), "suppress_email": false}}))
            },
        },
        Row {
            surface: Fn("set_user_language"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {
                    "org_id": ctx.org(t), "user_id": ctx.fix(t).user, "language": null
                }}))
            },
        },
        Row {
            surface: Fn("call_history"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"query": {"org_id": ctx.org(t)}})),
        },
        // --- partner-managed devices ---------------------------------------
        Row {
            surface: Fn("device_catalog"),
            expect: ANY_ADMIN,
            probe: |_, _| Probe::args(json!({})),
        },
        Row {
            surface: Fn("save_device_model"),
            expect: "U F F F A U U U",
            probe: |ctx, _| {
                Probe::args(json!({"input": {
                    "id": ctx.fake(), "key": "", "vendor": "", "model": "",
                    "device_type": "", "min_firmware": "", "line_count": 0, "approved": false
                }}))
            },
        },
        Row {
            surface: Fn("device_management"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"org_id": ctx.org(t)})),
        },
        Row {
            surface: Fn("set_device_management"),
            expect: "U FFF FFF FFF AAF U U U",
            probe: |ctx, t| Probe::args(json!({"input": {"org_id": ctx.org(t), "entitled": true}})),
        },
        Row {
            surface: Fn("add_partner_device"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {
                    "org_id": ctx.org(t), "user_ids": [ctx.fake()],
                    "device": {"model": "no-such-model", "mac": "not a mac", "disclaimer_acknowledged": true}
                }}))
            },
        },
        Row {
            surface: Fn("change_device_users"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {
                    "org_id": ctx.org(t), "device_id": ctx.fake(), "add": [], "remove": []
                }}))
            },
        },
        Row {
            surface: Fn("update_sip_password"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"device": {"org_id": ctx.org(t), "device_id": ctx.fake()}}))
            },
        },
        Row {
            surface: Fn("validate_macs"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::args(json!({"input": {"org_id": ctx.org(t), "macs": ["00:1A:2B:3C:4D:5E"]}}))
            },
        },
        // --- workspaces -----------------------------------------------------
        Row {
            surface: Fn("workspace_options"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"org_id": ctx.org(t)})),
        },
        Row {
            surface: Fn("workspace_free_numbers"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::args(
                    json!({"query": {"org_id": ctx.org(t), "location_id": ctx.fix(t).location}}),
                )
            },
        },
        Row {
            surface: Fn("create_workspace"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {
                    "org_id": ctx.org(t), "name": "", "room_type": "meeting_room", "capacity": "4",
                    "device": {"model": "no-such-model", "mac": "not a mac", "disclaimer_acknowledged": true},
                    "license": "workspace_professional", "location_id": ctx.fix(t).location,
                    "phone_number": ""
                }}))
            },
        },
        Row {
            surface: Fn("list_workspaces"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"org_id": ctx.org(t)})),
        },
        Row {
            surface: Fn("get_workspace"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::args(json!({"workspace": ctx.workspace_ref(t)})),
        },
        Row {
            surface: Fn("add_workspace_device"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"input": {
                    "org_id": ctx.org(t), "workspace_id": ctx.fix(t).workspace,
                    "device": {"model": "no-such-model", "mac": "not a mac", "disclaimer_acknowledged": true}
                }}))
            },
        },
        // --- orders (SUB-1 … SUB-10) ---------------------------------------
        Row {
            surface: Fn("list_orders"),
            expect: ANY_ADMIN,
            probe: |_, _| Probe::args(json!({"query": {}})),
        },
        Row {
            surface: Fn("get_order_setup"),
            expect: "U F-F F-F A-F A-F U U U",
            probe: |ctx, t| Probe::args(json!({"order_id": ctx.fix(t).order})),
        },
        Row {
            surface: Fn("setup_step_back"),
            expect: "U F-F F-F F-F A-F U U U",
            probe: |ctx, t| Probe::args(json!({"order_id": ctx.fix(t).order})),
        },
        Row {
            surface: Fn("submit_setup_step"),
            expect: "U F-F F-F F-F A-F U U U",
            probe: |ctx, t| {
                Probe::args(json!({"input": {
                    "order_id": ctx.fix(t).order,
                    "answer": {"step": "order_for", "answer": {"kind": "for_customer"}}
                }}))
            },
        },
        Row {
            surface: Fn("open_setup_link"),
            expect: PUBLIC,
            probe: |_, _| Probe::args(json!({"token": "not-a-setup-link"})),
        },
        Row {
            surface: Fn("create_setup_account"),
            expect: PUBLIC,
            probe: |_, _| {
                Probe::args(json!({"input": {
                    "token": "not-a-setup-link", "display_name": "Someone", "password": "long enough password"
                }}))
            },
        },
        Row {
            surface: Fn("request_full_admin"),
            expect: "U FFF FAF FFF FFF U U U",
            probe: |ctx, t| Probe::args(json!({"org_id": ctx.org(t)})),
        },
        Row {
            surface: Fn("list_full_admin_requests"),
            expect: "U FAF FFF FFF FFF U U U",
            probe: |ctx, t| Probe::args(json!({"org_id": ctx.org(t)})),
        },
        Row {
            surface: Fn("answer_full_admin_request"),
            expect: "U FAF FFF FFF FFF U U U",
            probe: |ctx, t| {
                Probe::args(json!({"org_id": ctx.org(t), "admin_id": ctx.fake(), "grant": false}))
            },
        },
        // --- destructive: last ---------------------------------------------
        Row {
            surface: Fn("delete_location"),
            expect: ORG_WRITE,
            probe: |ctx, t| Probe::args(json!({"org_id": ctx.org(t), "location_id": ctx.fake()})),
        },
        Row {
            surface: Fn("delete_device"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(json!({"device": {"org_id": ctx.org(t), "device_id": ctx.fake()}}))
            },
        },
        Row {
            surface: Fn("delete_workspace"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::args(
                    json!({"workspace": {"org_id": ctx.org(t), "workspace_id": ctx.fake()}}),
                )
            },
        },
        Row {
            surface: Fn("sign_out"),
            expect: PUBLIC,
            probe: |_, _| Probe {
                fresh_session: true,
                ..Probe::args(json!({}))
            },
        },
    ]
}

/// Every REST endpoint of the OpenAPI document.
fn rest_rows() -> Vec<Row> {
    use Surface::Rest;
    vec![
        // --- organizations --------------------------------------------------
        Row {
            surface: Rest("get", "/organizations"),
            expect: ANY_ADMIN,
            probe: |_, _| Probe::get("/organizations".into()),
        },
        Row {
            surface: Rest("get", "/organizations/{id}"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/organizations/{}", ctx.org(t))),
        },
        // --- people ---------------------------------------------------------
        Row {
            surface: Rest("get", "/people"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/people?orgId={}", ctx.org(t))),
        },
        Row {
            surface: Rest("post", "/people"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    format!("/people?orgId={}", ctx.org(t)),
                    json!({"emails": [format!("matrix-{}@archerfarms.example", ctx.next())], "package": "webex_voice"}),
                )
            },
        },
        Row {
            surface: Rest("get", "/people/{id}"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/people/{}?orgId={}", ctx.fix(t).user, ctx.org(t))),
        },
        Row {
            surface: Rest("put", "/people/{id}"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    format!("/people/{}?orgId={}", ctx.fix(t).user, ctx.org(t)),
                    json!({}),
                )
            },
        },
        // --- licenses -------------------------------------------------------
        Row {
            surface: Rest("get", "/licenses"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/licenses?orgId={}", ctx.org(t))),
        },
        Row {
            surface: Rest("get", "/licenses/{id}"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::get(format!(
                    "/licenses/{}?orgId={}",
                    ctx.fix(t).license,
                    ctx.org(t)
                ))
            },
        },
        // --- locations ------------------------------------------------------
        Row {
            surface: Rest("get", "/locations"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/locations?orgId={}", ctx.org(t))),
        },
        Row {
            surface: Rest("post", "/locations"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    format!("/locations?orgId={}", ctx.org(t)),
                    ctx.location_write(),
                )
            },
        },
        Row {
            surface: Rest("get", "/locations/{id}"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::get(format!(
                    "/locations/{}?orgId={}",
                    ctx.fix(t).location,
                    ctx.org(t)
                ))
            },
        },
        Row {
            surface: Rest("put", "/locations/{id}"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    format!("/locations/{}?orgId={}", ctx.fix(t).location, ctx.org(t)),
                    ctx.location_write(),
                )
            },
        },
        // --- numbers --------------------------------------------------------
        Row {
            surface: Rest("get", "/numbers"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/numbers?orgId={}", ctx.org(t))),
        },
        Row {
            surface: Rest("post", "/numbers"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    format!("/numbers?orgId={}", ctx.org(t)),
                    json!({"locationId": ctx.fake(), "phoneNumbers": ["+12025550100"]}),
                )
            },
        },
        // --- catalog --------------------------------------------------------
        Row {
            surface: Rest("get", "/catalog"),
            expect: PARTNER_READ,
            probe: |ctx, t| Probe::get(format!("/catalog?partnerOrgId={}", ctx.org(t))),
        },
        Row {
            surface: Rest("put", "/catalog/{kind}/{key}"),
            expect: PARTNER_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    format!("/catalog/packages/webex_voice?partnerOrgId={}", ctx.org(t)),
                    json!({"name": null}),
                )
            },
        },
        // --- users imports --------------------------------------------------
        Row {
            surface: Rest("get", "/imports/users/template"),
            expect: PUBLIC,
            probe: |_, _| Probe::get("/imports/users/template".into()),
        },
        Row {
            surface: Rest("get", "/organizations/{id}/imports/users/context"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::get(format!(
                    "/organizations/{}/imports/users/context",
                    ctx.org(t)
                ))
            },
        },
        Row {
            surface: Rest("post", "/organizations/{id}/imports/users/facts"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    format!("/organizations/{}/imports/users/facts", ctx.org(t)),
                    json!({"emails": [], "extensions": [], "numbers": []}),
                )
            },
        },
        Row {
            surface: Rest("post", "/organizations/{id}/imports/users"),
            expect: ORG_WRITE,
            probe: |ctx, t| Probe {
                raw: Some(("text/csv", String::new())),
                headers: vec![("idempotency-key", format!("matrix-{}", ctx.next()))],
                ..Probe::get(format!("/organizations/{}/imports/users", ctx.org(t)))
            },
        },
        Row {
            surface: Rest("get", "/organizations/{id}/imports"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/organizations/{}/imports", ctx.org(t))),
        },
        Row {
            surface: Rest("get", "/organizations/{id}/people.csv"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/organizations/{}/people.csv", ctx.org(t))),
        },
        Row {
            surface: Rest("get", "/imports/{id}"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/imports/{}", ctx.fix(t).import)),
        },
        Row {
            surface: Rest("get", "/imports/{id}/rows"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/imports/{}/rows", ctx.fix(t).import)),
        },
        Row {
            surface: Rest("post", "/imports/{id}/apply"),
            expect: ORG_WRITE,
            probe: |ctx, t| Probe::json(format!("/imports/{}/apply", ctx.fix(t).import), json!({})),
        },
        Row {
            surface: Rest("post", "/imports/{id}/undo"),
            expect: ORG_WRITE,
            probe: |ctx, t| Probe::json(format!("/imports/{}/undo", ctx.fix(t).import), json!({})),
        },
        // --- devices --------------------------------------------------------
        Row {
            surface: Rest("get", "/devices"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/devices?orgId={}", ctx.org(t))),
        },
        Row {
            surface: Rest("get", "/devices/{id}"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::get(format!(
                    "/devices/{}?orgId={}",
                    ctx.fix(t).device,
                    ctx.org(t)
                ))
            },
        },
        Row {
            surface: Rest("post", "/devices/webexGo"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    "/devices/webexGo".into(),
                    json!({"orgId": ctx.org(t), "personId": ctx.fake()}),
                )
            },
        },
        Row {
            surface: Rest("post", "/devices/{id}/activationCode"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    format!(
                        "/devices/{}/activationCode?orgId={}",
                        ctx.fix(t).device,
                        ctx.org(t)
                    ),
                    json!({}),
                )
            },
        },
        Row {
            surface: Rest("post", "/devices/{id}/lostStolen"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    format!("/devices/{}/lostStolen?orgId={}", ctx.fake(), ctx.org(t)),
                    json!({}),
                )
            },
        },
        Row {
            surface: Rest("get", "/devices/template"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/devices/template?orgId={}", ctx.org(t))),
        },
        Row {
            surface: Rest("post", "/devices/importFacts"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::json(
                    format!("/devices/importFacts?orgId={}", ctx.org(t)),
                    json!({"usernames": [], "numbers": []}),
                )
            },
        },
        Row {
            surface: Rest("post", "/devices/imports"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    format!("/devices/imports?orgId={}", ctx.org(t)),
                    json!({"fileName": "devices.csv", "csv": "", "idempotencyKey": format!("matrix-{}", ctx.next())}),
                )
            },
        },
        Row {
            surface: Rest("get", "/devices/imports/{id}"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::get(format!(
                    "/devices/imports/{}?orgId={}",
                    ctx.fake(),
                    ctx.org(t)
                ))
            },
        },
        Row {
            surface: Rest("get", "/devices/imports/{id}/rows"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::get(format!(
                    "/devices/imports/{}/rows?orgId={}",
                    ctx.fake(),
                    ctx.org(t)
                ))
            },
        },
        Row {
            surface: Rest("post", "/devices/partnerManaged/validateMacs"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::json(
                    "/devices/partnerManaged/validateMacs".into(),
                    json!({"orgId": ctx.org(t), "macs": ["00:1A:2B:3C:4D:5E"]}),
                )
            },
        },
        Row {
            surface: Rest("post", "/devices/partnerManaged/bulk"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    "/devices/partnerManaged/bulk".into(),
                    json!({"orgId": ctx.org(t), "items": [
                        {"action": "delete", "mac": "00:1A:2B:3C:4D:5E"}
                    ]}),
                )
            },
        },
        // --- workspaces -----------------------------------------------------
        Row {
            surface: Rest("get", "/workspaces"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/workspaces?orgId={}", ctx.org(t))),
        },
        Row {
            surface: Rest("post", "/workspaces"),
            expect: ORG_WRITE,
            probe: |ctx, t| {
                Probe::json(
                    "/workspaces".into(),
                    json!({
                        "orgId": ctx.org(t), "displayName": "", "roomType": "meeting_room",
                        "capacity": 4, "license": "workspace_professional",
                        "locationId": ctx.fix(t).location, "phoneNumber": "",
                        "device": {"model": "no-such-model", "mac": "not a mac", "disclaimerAcknowledged": true}
                    }),
                )
            },
        },
        Row {
            surface: Rest("get", "/workspaces/{id}"),
            expect: ORG_READ,
            probe: |ctx, t| {
                Probe::get(format!(
                    "/workspaces/{}?orgId={}",
                    ctx.fix(t).workspace,
                    ctx.org(t)
                ))
            },
        },
        // --- machines: carrier, call records, orders -----------------------
        Row {
            surface: Rest("post", "/carrier/activations"),
            expect: "U U U U U U A U",
            probe: |_, _| {
                Probe::json(
                    "/carrier/activations".into(),
                    json!({"activationCode": "7K3QD-M9XWF-2HRTB-8VNPC-4GZJA"}),
                )
            },
        },
        Row {
            surface: Rest("post", "/carrier/lines/{lineId}/events"),
            expect: "U U U U U U A U",
            probe: |ctx, _| {
                Probe::json(
                    format!("/carrier/lines/{}/events", ctx.fake()),
                    json!({"event": "disabled"}),
                )
            },
        },
        Row {
            surface: Rest("post", "/callRecords"),
            expect: "U U U U U U U AAA",
            probe: |ctx, t| {
                Probe::json(
                    "/callRecords".into(),
                    json!({"orgId": ctx.org(t), "records": [{}]}),
                )
            },
        },
        Row {
            surface: Rest("get", "/callRecords"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/callRecords?orgId={}", ctx.org(t))),
        },
        Row {
            surface: Rest("get", "/callRecords/export"),
            expect: ORG_READ,
            probe: |ctx, t| Probe::get(format!("/callRecords/export?orgId={}", ctx.org(t))),
        },
        Row {
            surface: Rest("post", "/orders"),
            expect: "U U U U U A U U",
            probe: |ctx, _| {
                Probe::json(
                    "/orders".into(),
                    json!({
                        "subscriptionId": format!("Sub-matrix-{}", ctx.next()),
                        "services": [{"service": "meetings", "quantity": 5}],
                        "provisioningContactEmail": "contact@nowhere.example"
                    }),
                )
            },
        },
        Row {
            surface: Rest("get", "/orders/{id}/summary.pdf"),
            expect: "U F-F F-F A-F A-F U U U",
            probe: |ctx, t| Probe::get(format!("/orders/{}/summary.pdf", ctx.fix(t).order)),
        },
        // --- destructive: last ---------------------------------------------
        Row {
            surface: Rest("delete", "/numbers/{id}"),
            expect: ORG_WRITE,
            probe: |ctx, t| Probe::get(format!("/numbers/{}?orgId={}", ctx.fake(), ctx.org(t))),
        },
        Row {
            surface: Rest("delete", "/devices/{id}"),
            expect: ORG_WRITE,
            probe: |ctx, t| Probe::get(format!("/devices/{}?orgId={}", ctx.fake(), ctx.org(t))),
        },
        Row {
            surface: Rest("delete", "/workspaces/{id}"),
            expect: ORG_WRITE,
            probe: |ctx, t| Probe::get(format!("/workspaces/{}?orgId={}", ctx.fake(), ctx.org(t))),
        },
        Row {
            surface: Rest("delete", "/locations/{id}"),
            expect: ORG_WRITE,
            probe: |ctx, t| Probe::get(format!("/locations/{}?orgId={}", ctx.fake(), ctx.org(t))),
        },
        Row {
            surface: Rest("delete", "/people/{id}"),
            expect: ORG_WRITE,
            probe: |ctx, t| Probe::get(format!("/people/{}?orgId={}", ctx.fake(), ctx.org(t))),
        },
    ]
}

// --- the portal and its fixtures ---------------------------------------------

/// Ids of objects in one target org: real ones where the org has them,
/// made-up ones otherwise.
#[derive(Debug, Clone, Default)]
struct Fixtures {
    user: String,
    location: String,
    device: String,
    workspace: String,
    license: String,
    import: String,
    order: String,
}

struct Ctx {
    orgs: [String; 3],
    fixtures: [Fixtures; 3],
    counter: AtomicUsize,
    /// Set when a probe names an object of its target: only such probes
    /// get a `Y` cell.
    named_an_object: AtomicBool,
}

impl Ctx {
    fn org(&self, target: Target) -> &str {
        &self.orgs[target.org_slot()]
    }

    fn fix(&self, target: Target) -> &Fixtures {
        self.named_an_object.store(true, Ordering::Relaxed);
        &self.fixtures[target.fixture_slot()]
    }

    /// A number unique within the run, for names and keys.
    fn next(&self) -> usize {
        self.counter.fetch_add(1, Ordering::Relaxed)
    }

    /// A made-up object id.
    fn fake(&self) -> String {
        uuid::Uuid::new_v4().to_string()
    }

    fn location_input(&self, target: Target) -> Value {
        json!({
            "org_id": self.org(target),
            "name": format!("Matrix {}", self.next()),
            "address": {"line1": "1 Main St", "city": "Springfield", "country": "US"}
        })
    }

    fn location_write(&self) -> Value {
        json!({
            "name": format!("Matrix {}", self.next()),
            "address": {"address1": "1 Main St", "city": "Springfield", "country": "US"}
        })
    }

    fn device_ref(&self, target: Target) -> Value {
        json!({"org_id": self.org(target), "device_id": self.fix(target).device})
    }

    fn workspace_ref(&self, target: Target) -> Value {
        json!({"org_id": self.org(target), "workspace_id": self.fix(target).workspace})
    }
}

struct Reply {
    status: StatusCode,
    headers: header::HeaderMap,
    body: Value,
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes)
        .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()));
    Reply {
        status,
        headers,
        body,
    }
}

/// A role's credentials.
#[derive(Default, Clone)]
struct Credentials {
    /// `name=value` of the session cookie (humans).
    cookie: Option<String>,
    /// Bearer token: an API token (humans) or a machine credential.
    bearer: Option<String>,
}

struct Portal {
    app: Router,
    db: TestDb,
}

impl Portal {
    async fn start(db: TestDb) -> Portal {
        demo::load(&db.store).await.unwrap();
        let mut config = Config::new(db.url.clone());
        config.dist_dir = std::path::PathBuf::from("/nonexistent");
        let app = router(AppState::new(Services::new(
            db.store.clone(),
            Arc::new(config),
        )));
        Portal { app, db }
    }

    fn server_fn(&self, endpoint: &str, args: &Value, who: &Credentials) -> Request<Body> {
        let mut builder = Request::builder()
            .method(Method::POST)
            .uri(format!("/api/{endpoint}"))
            .header(header::HOST, HOST)
            .header(header::ORIGIN, ORIGIN)
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::ACCEPT, "application/json");
        if let Some(cookie) = &who.cookie {
            builder = builder.header(header::COOKIE, cookie);
        }
        if let Some(bearer) = &who.bearer {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {bearer}"));
        }
        builder.body(Body::from(args.to_string())).unwrap()
    }

    fn rest(&self, method: &str, probe: &Probe, bearer: Option<&str>) -> Request<Body> {
        let method = Method::from_bytes(method.to_ascii_uppercase().as_bytes()).unwrap();
        let mut builder = Request::builder()
            .method(method)
            .uri(format!("/api/v1{}", probe.uri))
            .header(header::HOST, HOST)
            .header(header::ACCEPT, "application/json");
        if let Some(bearer) = bearer {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {bearer}"));
        }
        for (name, value) in &probe.headers {
            builder = builder.header(*name, value);
        }
        let body = match (&probe.raw, &probe.body) {
            (Some((content_type, text)), _) => {
                builder = builder.header(header::CONTENT_TYPE, *content_type);
                Body::from(text.clone())
            }
            (None, Some(json)) => {
                builder = builder.header(header::CONTENT_TYPE, "application/json");
                Body::from(json.to_string())
            }
            (None, None) => Body::empty(),
        };
        builder.body(body).unwrap()
    }

    async fn session(&self, email: &str) -> String {
        let reply = send(
            &self.app,
            self.server_fn(
                "sign_in",
                &json!({"input": {"email": email, "password": demo::DEMO_PASSWORD}}),
                &Credentials::default(),
            ),
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK, "{email}: {:?}", reply.body);
        let set_cookie = reply
            .headers
            .get(header::SET_COOKIE)
            .expect("a session cookie")
            .to_str()
            .unwrap();
        set_cookie.split(';').next().unwrap().to_owned()
    }

    async fn api_token(&self, email: &str) -> String {
        let admin = self.db.store.admin_by_email(email).await.unwrap().unwrap();
        let token = server::auth::secret::new_api_token();
        self.db
            .store
            .insert_api_token(
                &admin.id,
                "matrix",
                &server::auth::secret::token_hash(&token),
            )
            .await
            .unwrap();
        token
    }

    async fn machine(&self, kind: MachineKind) -> String {
        let token = server::auth::secret::new_api_token();
        self.db
            .store
            .insert_machine_credential(kind, "matrix", &server::auth::secret::token_hash(&token))
            .await
            .unwrap();
        token
    }

    async fn org_id(&self, name: &str) -> String {
        self.db
            .store
            .org_by_name(name)
            .await
            .unwrap()
            .expect(name)
            .id
    }

    /// A REST call as a fixture builder, which must succeed.
    async fn setup(&self, method: &str, probe: Probe, token: &str) -> Value {
        let uri = probe.uri.clone();
        let reply = send(&self.app, self.rest(method, &probe, Some(token))).await;
        assert!(
            reply.status.is_success(),
            "fixture {method} {uri}: {} {:?}",
            reply.status,
            reply.body
        );
        reply.body
    }
}

/// The first `id` of a REST list (`{"items": [...]}` or a bare array).
fn first_id(list: &Value) -> Option<String> {
    let items = list.get("items").unwrap_or(list);
    items
        .as_array()?
        .first()?
        .get("id")?
        .as_str()
        .map(str::to_owned)
}

async fn fixtures_of(portal: &Portal, org: &str, token: &str) -> Fixtures {
    let fake = || uuid::Uuid::new_v4().to_string();
    let mut ids = BTreeMap::new();
    for (key, uri) in [
        ("user", format!("/people?orgId={org}&max=1")),
        ("location", format!("/locations?orgId={org}")),
        ("device", format!("/devices?orgId={org}")),
        ("workspace", format!("/workspaces?orgId={org}")),
        ("license", format!("/licenses?orgId={org}")),
    ] {
        let list = portal.setup("get", Probe::get(uri), token).await;
        ids.insert(key, first_id(&list).unwrap_or_else(fake));
    }
    let import = portal
        .setup(
            "post",
            Probe {
                raw: Some((
                    "text/csv",
                    format!("{}\r\n", domain::users_csv::template_header()),
                )),
                headers: vec![("idempotency-key", format!("fixture-{org}"))],
                ..Probe::get(format!("/organizations/{org}/imports/users"))
            },
            token,
        )
        .await;
    Fixtures {
        user: ids.remove("user").unwrap(),
        location: ids.remove("location").unwrap(),
        device: ids.remove("device").unwrap(),
        workspace: ids.remove("workspace").unwrap(),
        license: ids.remove("license").unwrap(),
        import: import["job"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("an import id: {import:?}"))
            .to_owned(),
        order: fake(),
    }
}

/// An order received from the ordering system for `partner_org`.
async fn order_for(portal: &Portal, ordering: &str, partner_org: &str, key: &str) -> String {
    let reply = portal
        .setup(
            "post",
            Probe::json(
                "/orders".into(),
                json!({
                    "subscriptionId": format!("Sub-fixture-{key}"),
                    "services": [{"service": "meetings", "quantity": 5}],
                    "provisioningContactEmail": format!("contact-{key}@nowhere.example"),
                    "partnerOrgId": partner_org
                }),
            ),
            ordering,
        )
        .await;
    reply["id"].as_str().expect("an order id").to_owned()
}

// --- classification ------------------------------------------------------------

/// The outcome class of a reply (see the module documentation), or why it
/// is no class at all.
fn classify(reply: &Reply) -> Result<char, String> {
    if reply.status.is_success() {
        return Ok('A');
    }
    let code = reply.body.get("code").and_then(Value::as_str);
    let Some(code) = code else {
        return Err(format!("{} without an error code", reply.status));
    };
    let parsed: domain::Code = code
        .parse()
        .map_err(|_| format!("{} with an unknown code {code}", reply.status))?;
    use domain::Code;
    match parsed {
        Code::Unauthenticated if reply.status == StatusCode::UNAUTHORIZED => Ok('U'),
        Code::Forbidden if reply.status == StatusCode::FORBIDDEN => Ok('F'),
        // SUB-5: asking for full admin without the label is refused with
        // its own code (422), a refusal by role all the same.
        Code::NotProvisioningAdmin => Ok('F'),
        Code::Internal
        | Code::BadRequest
        | Code::CsrfRejected
        | Code::Unauthenticated
        | Code::Forbidden => Err(format!("{} {code}", reply.status)),
        _ if reply.status.is_server_error() => Err(format!("{} {code}", reply.status)),
        _ => Ok('A'),
    }
}

// --- completeness ----------------------------------------------------------------

/// `endpoint = "…"` of every `#[server]` in the app's source.
fn declared_endpoints() -> BTreeSet<String> {
    fn walk(dir: &std::path::Path, found: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (index, _) in text.match_indices("#[server(") {
                    let rest = &text[index..];
                    let attribute = &rest[..rest.find(")]").expect("attribute end")];
                    let start = attribute.find("endpoint = \"").unwrap_or_else(|| {
                        panic!("{}: #[server] without endpoint", path.display())
                    }) + "endpoint = \"".len();
                    let end = attribute[start..].find('"').unwrap() + start;
                    found.insert(attribute[start..end].to_owned());
                }
            }
        }
    }
    let mut found = BTreeSet::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src"),
        &mut found,
    );
    found
}

/// How many `register_explicit::<…>()` calls `server_fns.rs` makes.
fn explicit_registrations() -> usize {
    include_str!("../src/http/server_fns.rs")
        .lines()
        .filter(|line| line.trim_start().starts_with("register_explicit::<"))
        .count()
}

fn check_completeness(rows: &[Row], openapi: &Value, problems: &mut Vec<String>) {
    let table_fns: BTreeSet<String> = rows
        .iter()
        .filter_map(|row| match row.surface {
            Surface::Fn(endpoint) => Some(endpoint.to_owned()),
            Surface::Rest(..) => None,
        })
        .collect();
    let table_rest: BTreeSet<(String, String)> = rows
        .iter()
        .filter_map(|row| match row.surface {
            Surface::Rest(method, path) => Some((method.to_owned(), path.to_owned())),
            Surface::Fn(_) => None,
        })
        .collect();
    let fn_rows = rows
        .iter()
        .filter(|r| matches!(r.surface, Surface::Fn(_)))
        .count();
    let rest_rows = rows.len() - fn_rows;
    if table_fns.len() != fn_rows || table_rest.len() != rest_rows {
        problems.push("the table lists a function or endpoint twice".into());
    }

    // (a) server functions: what server_fn has registered (the router
    // registers them), the `#[server]` declarations, and the explicit
    // registrations, each against the table.
    let registered: BTreeSet<String> = server_fn::axum::server_fn_paths()
        .map(|(path, method)| {
            assert_eq!(method, Method::POST, "{path}");
            path.strip_prefix("/api/")
                .unwrap_or_else(|| panic!("{path} outside /api/"))
                .to_owned()
        })
        .collect();
    for (source, set) in [
        ("registered with server_fn", &registered),
        ("declared with #[server]", &declared_endpoints()),
    ] {
        for missing in set.difference(&table_fns) {
            problems.push(format!(
                "server function {missing} ({source}) is not in the table"
            ));
        }
        for stale in table_fns.difference(set) {
            problems.push(format!(
                "the table lists server function {stale}, which is not {source}"
            ));
        }
    }
    if explicit_registrations() != table_fns.len() {
        problems.push(format!(
            "server_fns.rs registers {} functions explicitly, the table lists {}",
            explicit_registrations(),
            table_fns.len()
        ));
    }

    // (b) REST: the OpenAPI document's operations against the table.
    let mut documented = BTreeSet::new();
    for (path, item) in openapi["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("path item").keys() {
            if [
                "get", "put", "post", "delete", "patch", "head", "options", "trace",
            ]
            .contains(&method.as_str())
            {
                documented.insert((method.clone(), path.clone()));
            }
        }
    }
    for (method, path) in documented.difference(&table_rest) {
        problems.push(format!("endpoint {method} {path} is not in the table"));
    }
    for (method, path) in table_rest.difference(&documented) {
        problems.push(format!(
            "the table lists {method} {path}, which the OpenAPI document does not"
        ));
    }
}

// --- the test ------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_function_and_endpoint_by_every_role_against_every_target() {
    // Tenancy lives in the handlers and in each store query's `WHERE`: both
    // databases run the whole table.
    for db in TestDb::all().await {
        println!("\n== {} ==", db.label());
        matrix_on(Portal::start(db).await).await;
    }
}

async fn matrix_on(portal: Portal) {
    let store = &portal.db.store;

    // The Provisioning admin: a fresh admin holding only that label in
    // Archer Farms (SUB-5, T-2).
    let archer = portal.org_id("Archer Farms").await;
    let hash = server::auth::password::hash(demo::DEMO_PASSWORD.to_owned())
        .await
        .unwrap();
    let provisioning_id = store
        .upsert_admin(&NewAdmin {
            id: &uuid::Uuid::new_v4().to_string(),
            email: PROVISIONING_ADMIN,
            display_name: "Pat Provisioner",
            password_hash: Some(&hash),
            language: "en",
        })
        .await
        .unwrap();
    store
        .grant_role(&provisioning_id, &archer, domain::Role::ProvisioningAdmin)
        .await
        .unwrap();

    let ordering = portal.machine(MachineKind::Ordering).await;
    let mut sessions = Vec::new();
    let mut tokens = Vec::new();
    for who in ROLES {
        let (cookie, bearer) = match who {
            Who::Anonymous => (None, None),
            Who::OrderingMachine => (None, Some(ordering.clone())),
            Who::CarrierMachine => (None, Some(portal.machine(MachineKind::Carrier).await)),
            Who::CallRecordsMachine => (None, Some(portal.machine(MachineKind::CallRecords).await)),
            human => {
                let email = human.email().unwrap();
                (
                    Some(portal.session(email).await),
                    Some(portal.api_token(email).await),
                )
            }
        };
        // Server functions: humans by cookie, machines by bearer.
        sessions.push(Credentials {
            cookie: cookie.clone(),
            bearer: cookie.is_none().then(|| bearer.clone()).flatten(),
        });
        tokens.push(bearer);
    }

    // Targets and their objects.
    let northwind = portal.org_id("Northwind Telecom").await;
    let initech = portal.org_id("Initech").await;
    let nora = portal.api_token("partner@northwind.example").await;
    let gloria = portal.api_token("partner@globex.example").await;
    // Initech has no directory in the demo: give it a location and a user,
    // so refused requests name objects that exist.
    let location = portal
        .setup(
            "post",
            Probe::json(
                format!("/locations?orgId={initech}"),
                json!({"name": "Initech HQ", "address": {"address1": "1 Initech Way", "city": "Austin", "country": "US"}}),
            ),
            &gloria,
        )
        .await;
    assert!(location["id"].is_string(), "{location:?}");
    portal
        .setup(
            "post",
            Probe::json(
                format!("/people?orgId={initech}"),
                json!({"emails": ["peter@initech.example"], "firstName": "Peter", "lastName": "Gibbons", "package": "webex_voice"}),
            ),
            &gloria,
        )
        .await;
    let mut fixtures = [
        fixtures_of(&portal, &northwind, &nora).await,
        fixtures_of(&portal, &archer, &nora).await,
        fixtures_of(&portal, &initech, &gloria).await,
    ];
    fixtures[Target::N.fixture_slot()].order = order_for(&portal, &ordering, &northwind, "n").await;
    fixtures[Target::X.fixture_slot()].order = order_for(
        &portal,
        &ordering,
        &portal.org_id("Globex Partners").await,
        "x",
    )
    .await;
    let ctx = Ctx {
        orgs: [northwind, archer, initech],
        fixtures,
        counter: AtomicUsize::new(0),
        named_an_object: AtomicBool::new(false),
    };

    let openapi = send(
        &portal.app,
        Request::builder()
            .uri("/api/v1/openapi.json")
            .header(header::HOST, HOST)
            .body(Body::empty())
            .unwrap(),
    )
    .await
    .body;

    let mut rows = server_function_rows();
    rows.extend(rest_rows());
    let mut problems = Vec::new();
    check_completeness(&rows, &openapi, &mut problems);

    // Run every cell, in table order (destructive rows come last in each
    // part).
    let mut printed = Vec::new();
    let mut browser_routes_seen = BTreeSet::new();
    let mut cells = 0;
    let (mut allowed, mut refused, mut across_tenants) = (0, 0, 0);
    for row in &rows {
        let groups: Vec<&str> = row.expect.split(' ').collect();
        assert_eq!(
            groups.len(),
            ROLES.len(),
            "{}: one group per role",
            row.surface.name()
        );
        let is_targeted = targeted(row.expect);
        let mut line = String::new();
        // How the allowed cells answered: `200`, `404 not_found`, …
        let mut allowed_by = BTreeSet::new();
        for (role_index, (who, group)) in ROLES.iter().zip(&groups).enumerate() {
            let group: Vec<char> = group.chars().collect();
            assert!(
                group.len() == 1 || group.len() == 3,
                "{}: {} has {} letters",
                row.surface.name(),
                who.label(),
                group.len()
            );
            let targets: &[Target] = if is_targeted {
                &[Target::N, Target::C, Target::X, Target::Y]
            } else {
                &[Target::C, Target::Y]
            };
            let expected_in = |target: Target| {
                if group.len() == 3 {
                    group[target.org_slot()]
                } else {
                    group[0]
                }
            };
            let mut observed_group = String::new();
            for &target in targets {
                let expected = match target {
                    Target::Y => expected_across_tenants(expected_in(Target::C)),
                    _ => expected_in(target),
                };
                if expected == '-' {
                    observed_group.push('-');
                    continue;
                }
                ctx.named_an_object.store(false, Ordering::Relaxed);
                let probe = (row.probe)(&ctx, target);
                if target == Target::Y && !ctx.named_an_object.load(Ordering::Relaxed) {
                    // The probe names no object: `Y` would repeat `C`.
                    observed_group.push('.');
                    continue;
                }
                let reply = match row.surface {
                    Surface::Fn(endpoint) => {
                        let mut credentials = sessions[role_index].clone();
                        if probe.fresh_session
                            && let Some(email) = who.email()
                        {
                            credentials.cookie = Some(portal.session(email).await);
                        }
                        let args = probe.body.clone().unwrap_or_else(|| json!({}));
                        send(&portal.app, portal.server_fn(endpoint, &args, &credentials)).await
                    }
                    Surface::Rest(method, _) => {
                        send(
                            &portal.app,
                            portal.rest(method, &probe, tokens[role_index].as_deref()),
                        )
                        .await
                    }
                };
                cells += 1;
                let observed = classify(&reply);
                let mut letter = observed.as_ref().copied().unwrap_or('!');
                if target == Target::Y {
                    across_tenants += 1;
                    // Any refusal will do here: forbidden, or an error
                    // code such as `not_found` inside the reachable org.
                    if letter == 'A' && !reply.status.is_success()
                        || expected == 'R' && matches!(letter, 'U' | 'F')
                    {
                        letter = 'R';
                    }
                }
                observed_group.push(letter);
                match letter {
                    'A' => {
                        allowed += 1;
                        allowed_by.insert(match reply.body.get("code").and_then(Value::as_str) {
                            Some(code) if !reply.status.is_success() => {
                                format!("{} {code}", reply.status.as_u16())
                            }
                            _ => reply.status.as_u16().to_string(),
                        });
                    }
                    'U' | 'F' | 'R' => refused += 1,
                    _ => {}
                }
                if letter != expected {
                    let why = match &observed {
                        Ok(_) => String::new(),
                        Err(why) => format!(" ({why})"),
                    };
                    problems.push(format!(
                        "{} as {} on {:?}: expected {expected}, got {letter}{why}: {} {}",
                        row.surface.name(),
                        who.label(),
                        target,
                        reply.status,
                        compact(&reply.body)
                    ));
                }
            }
            line.push_str(&format!(" {observed_group:<6}"));
        }
        // The REST API with a session cookie and no token: only the routes
        // the SPA calls with plain HTTP accept it, exactly as the admin's
        // own token; everywhere else a cookie opens no more than nothing.
        if let Surface::Rest(method, path) = row.surface {
            let takes_cookie = BROWSER_ROUTES.contains(&(method, path));
            browser_routes_seen.insert((method, path));
            let column = if takes_cookie {
                Who::CustomerAdmin
            } else {
                Who::Anonymous
            };
            let letters: Vec<char> = groups[ROLES.iter().position(|w| *w == column).unwrap()]
                .chars()
                .collect();
            let expected = if letters.len() == 1 {
                letters[0]
            } else {
                letters[Target::C.org_slot()]
            };
            let cookie = sessions[ROLES.iter().position(|w| *w == Who::CustomerAdmin).unwrap()]
                .cookie
                .clone()
                .unwrap();
            let with_cookie = |origin: &str, site: &str| {
                let probe = (row.probe)(&ctx, Target::C);
                let mut request = portal.rest(method, &probe, None);
                let headers = request.headers_mut();
                headers.insert(header::COOKIE, cookie.parse().unwrap());
                headers.insert(header::ORIGIN, origin.parse().unwrap());
                headers.insert("sec-fetch-site", site.parse().unwrap());
                request
            };
            // `-`: the row does not ask the customer admin in Archer Farms.
            let reply = send(&portal.app, with_cookie(ORIGIN, "same-origin")).await;
            cells += 1;
            let letter = classify(&reply).unwrap_or('!');
            if expected != '-' && letter != expected {
                problems.push(format!(
                    "{} with only a session cookie: expected {expected} (as {}), got \
                     {letter}: {} {}",
                    row.surface.name(),
                    column.label(),
                    reply.status,
                    compact(&reply.body)
                ));
            }
            line.push_str(&format!(" {letter:<6}"));
            // The same request from another site, where it could change
            // something: refused before anything is read.
            if takes_cookie && method != "get" {
                let reply = send(
                    &portal.app,
                    with_cookie("https://evil.example", "cross-site"),
                )
                .await;
                cells += 1;
                if reply.status != StatusCode::FORBIDDEN || reply.body["code"] != "csrf_rejected" {
                    problems.push(format!(
                        "{} with a session cookie from another site: expected 403 \
                         csrf_rejected, got {} {}",
                        row.surface.name(),
                        reply.status,
                        compact(&reply.body)
                    ));
                }
            }
        } else {
            line.push_str(&format!(" {:<6}", ""));
        }
        let allowed_by: Vec<String> = allowed_by.into_iter().collect();
        printed.push(format!(
            "{:<48}{line} {}",
            row.surface.name(),
            allowed_by.join(", ")
        ));
    }

    for route in BROWSER_ROUTES {
        if !browser_routes_seen.contains(route) {
            problems.push(format!(
                "BROWSER_ROUTES lists {route:?}, which the table does not"
            ));
        }
    }

    // The matrix as observed ('A' allowed, 'U' unauthenticated, 'F'
    // forbidden, 'R' another tenant's object refused, '!' no class, '.'
    // names no object; targets N C X Y, or C Y when no org is named; the
    // `cookie` column: a REST call in Archer Farms with the customer
    // admin's session cookie and no token, as that admin on
    // `BROWSER_ROUTES` and as anonymous elsewhere).
    let mut header = format!("{:<48}", "function / endpoint");
    for who in ROLES {
        header.push_str(&format!(" {:<6}", who.label()));
    }
    header.push_str(&format!(" {:<6}", "cookie"));
    header.push_str(" allowed cells answered");
    println!("{header}");
    for line in &printed {
        println!("{line}");
    }
    let fns = rows
        .iter()
        .filter(|r| matches!(r.surface, Surface::Fn(_)))
        .count();
    println!(
        "{} server functions, {} REST endpoints, {} roles, {} targets: {cells} cells \
         ({allowed} allowed, {refused} refused; {across_tenants} name another tenant's \
         object under a reachable org)",
        fns,
        rows.len() - fns,
        ROLES.len(),
        TARGETS.len() + 1
    );

    let database = portal.db.label();
    portal.db.close().await;
    assert!(
        problems.is_empty(),
        "{database}: {} authorization matrix mismatches:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn compact(body: &Value) -> String {
    let text = body.to_string();
    match text.char_indices().nth(200) {
        Some((index, _)) => format!("{}…", &text[..index]),
        None => text,
    }
}

/// Arguments that do not decode fail before the function body runs: the
/// answer is the client's error, 400 `bad_request`, never a 500. (Without
/// a session it is 401 before anything is decoded.)
#[tokio::test]
async fn a_server_function_with_undecodable_arguments_is_a_400_not_a_500() {
    let portal = Portal::start(TestDb::sqlite().await).await;
    let signed_in = Credentials {
        cookie: Some(portal.session("admin@archerfarms.example").await),
        bearer: None,
    };
    let reply = send(
        &portal.app,
        portal.server_fn(
            "create_workspace",
            &json!({"input": {"org_id": "x"}}),
            &signed_in,
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{:?}", reply.body);
    assert_eq!(reply.body["code"], "bad_request");
    portal.db.close().await;
}
