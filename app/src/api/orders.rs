//! Subscription orders and their setup wizard (issue 7, SUB-1 … SUB-10) as
//! they cross the wire, and the server functions the wizard calls.
//!
//! The rules are `domain::subscription`'s: the browser may run them for
//! instant feedback, the server runs them again on every call (T-4) and
//! saves the [`WizardState`] after every step, so leaving the page is
//! *Set up later* (SUB-7).
use domain::subscription::{
    BusinessVertical, OrgCandidate, ServiceKind, Step, StepAnswer, WizardState,
};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use super::{ApiError, SessionInfo};

/// Where an order stands, for the Partner Hub orders page (SUB-7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderState {
    /// Received; nobody has answered a step yet (again, after SUB-2).
    New,
    /// Someone is part way through the wizard.
    InProgress,
    /// SUB-6: the customer's admin sets up the services.
    HandedToCustomer,
    /// Everything the order needs is set up (SUB-10: the summary).
    Provisioned,
}

impl OrderState {
    pub const ALL: [OrderState; 4] = [
        Self::New,
        Self::InProgress,
        Self::HandedToCustomer,
        Self::Provisioned,
    ];

    /// The stable key, as stored and sent.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::InProgress => "in_progress",
            Self::HandedToCustomer => "handed_to_customer",
            Self::Provisioned => "provisioned",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == input)
    }

    /// Whether someone still has setup to do (SUB-7: offered at sign-in).
    pub const fn is_unfinished(self) -> bool {
        !matches!(self, Self::Provisioned)
    }
}

/// One service line of an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderServiceRow {
    pub service: ServiceKind,
    pub quantity: u32,
}

/// Which orders to list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderQuery {
    /// SUB-7: only the caller's own unfinished setups (the ones assigned to
    /// the caller, or left to the caller's customer org), for the prompt
    /// after sign-in.
    #[serde(default)]
    pub mine_unfinished: bool,
    /// Only orders in this state.
    #[serde(default)]
    pub state: Option<OrderState>,
}

/// A row of the Partner Hub orders page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderRow {
    pub id: String,
    /// The ordering system's id.
    pub subscription_id: String,
    pub state: OrderState,
    pub services: Vec<OrderServiceRow>,
    /// The provisioning contact the order named.
    pub contact_email: String,
    /// Who the current *Set up service* link was sent to (SUB-2 changes it).
    pub assignee_email: String,
    pub partner_org_id: Option<String>,
    pub partner_org_name: Option<String>,
    pub customer_org_id: Option<String>,
    pub customer_org_name: Option<String>,
    /// The step the wizard resumes at (SUB-7).
    pub step: Step,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
}

/// The orgs a mapping step offers (SUB-3, SUB-4), best first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgOptions {
    /// The org an admin with exactly the contact's email administers:
    /// shown alone, with *Next*.
    pub matched: Option<OrgCandidate>,
    /// Orgs with the email's domain verified or claimed, ranked by
    /// `OrgCandidate::rank`, when nothing matched exactly.
    pub by_domain: Vec<OrgCandidate>,
    /// SUB-4 only: the partner's other customers, to pick by name (a
    /// partner sees customer candidates only among its own customers).
    pub others: Vec<OrgCandidate>,
}

/// Everything the wizard page needs for one order: where it stands, the
/// answers so far, and what the current step offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderSetup {
    pub order: OrderRow,
    /// The saved state with every answer so far (forms come back filled
    /// in); its `step()` is the step to show.
    pub wizard: WizardState,
    /// The steps that apply, in order, for the step indicator.
    pub steps: Vec<Step>,
    /// Whether *Back* is offered (never past the review, SUB-5).
    pub can_go_back: bool,
    /// SUB-5: the names of the existing orgs chosen so far (partner, then
    /// customer), so the review names them.
    pub chosen_partner_name: Option<String>,
    pub chosen_customer_name: Option<String>,
    /// SUB-3: the partner org candidates (at the partner-org step).
    pub partner_orgs: OrgOptions,
    /// SUB-4: the customer org candidates (at the customer-org step).
    pub customer_orgs: OrgOptions,
    /// The verticals of the new-org form.
    pub verticals: Vec<BusinessVertical>,
    /// SUB-8: the Meetings licenses to distribute among the sites.
    pub meetings_quantity: Option<u32>,
    /// SUB-9: the Calling licenses ordered.
    pub calling_quantity: Option<u32>,
    /// SUB-5: the caller holds the Provisioning admin label in the customer
    /// org and may ask its admins for full admin.
    pub can_request_full_admin: bool,
    /// SUB-10: the order summary PDF can be downloaded.
    pub summary_available: bool,
}

/// *Next* on one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderStepInput {
    pub order_id: String,
    /// `{"step": "partner_org", "answer": {...}}`.
    pub answer: StepAnswer,
}

/// What a *Set up service* link is, as the page behind it needs to know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLinkInfo {
    pub order_id: String,
    pub subscription_id: String,
    pub services: Vec<OrderServiceRow>,
    /// The address the link was sent to.
    pub email: String,
    /// Whether an account with that email can sign in: the page offers
    /// sign-in, else account creation ([`create_setup_account`]).
    pub has_account: bool,
    /// Whether the caller is signed in; then the caller is now the order's
    /// setup admin and the page goes on to the wizard.
    pub signed_in: bool,
    pub state: OrderState,
}

/// A new provisioning contact sets a password (SUB-1: the welcome email
/// reaches people who have no account yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetupAccountInput {
    /// The link's token: the account's email is the one it was sent to.
    pub token: String,
    pub display_name: String,
    pub password: String,
}

/// SUB-7: the orders page, or (`mine_unfinished`) the setups waiting for
/// the caller.
#[server(endpoint = "list_orders", input = Json)]
pub async fn list_orders(query: OrderQuery) -> Result<Vec<OrderRow>, ApiError> {
    ssr_call!(|portal, req| portal.list_orders(&req, query))
}

/// The wizard page of one order, at the step it resumes at.
#[server(endpoint = "get_order_setup", input = Json)]
pub async fn get_order_setup(order_id: String) -> Result<OrderSetup, ApiError> {
    ssr_call!(|portal, req| portal.get_order_setup(&req, order_id))
}

/// *Next*: validates the answer with `domain`, saves the wizard and does
/// what leaving the step does (SUB-2 handover, SUB-5 orgs, SUB-8/9
/// provisioning). Findings come back as a 422 with field paths.
#[server(endpoint = "submit_setup_step", input = Json)]
pub async fn submit_setup_step(input: OrderStepInput) -> Result<OrderSetup, ApiError> {
    ssr_call!(|portal, req| portal.submit_setup_step(&req, input))
}

/// *Back*, answers kept.
#[server(endpoint = "setup_step_back", input = Json)]
pub async fn setup_step_back(order_id: String) -> Result<OrderSetup, ApiError> {
    ssr_call!(|portal, req| portal.setup_step_back(&req, order_id))
}

/// Opens a *Set up service* link (`/setup/<token>`). Signed in, the caller
/// becomes the order's setup admin.
#[server(endpoint = "open_setup_link", input = Json)]
pub async fn open_setup_link(token: String) -> Result<OrderLinkInfo, ApiError> {
    ssr_call!(|portal, req| portal.open_setup_link(&req, token))
}

/// Creates the account of the link's email and signs it in.
#[server(endpoint = "create_setup_account", input = Json)]
pub async fn create_setup_account(input: SetupAccountInput) -> Result<SessionInfo, ApiError> {
    let (portal, req) = super::ssr::portal()?;
    let signed_in = super::ssr::reply(portal.create_setup_account(&req, input).await)?;
    super::ssr::set_cookie(&signed_in.set_cookie);
    Ok(signed_in.session)
}

/// SUB-5: a Provisioning admin asks the customer org's full admins for
/// full admin; they are emailed.
#[server(endpoint = "request_full_admin", input = Json)]
pub async fn request_full_admin(org_id: String) -> Result<(), ApiError> {
    ssr_call!(|portal, req| portal.request_full_admin(&req, org_id))
}

/// A Provisioning admin's pending request for full admin in an org
/// (SUB-5), as its customer full admins see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FullAdminRequestRow {
    pub admin_id: String,
    pub display_name: String,
    pub email: String,
    pub requested_at_ms: i64,
}

/// SUB-5: the org's pending requests for full admin. Only the org's own
/// customer full admins see them (the partner may not answer its own).
#[server(endpoint = "list_full_admin_requests", input = Json)]
pub async fn list_full_admin_requests(
    org_id: String,
) -> Result<Vec<FullAdminRequestRow>, ApiError> {
    ssr_call!(|portal, req| portal.list_full_admin_requests(&req, org_id))
}

/// SUB-5, T-2: a customer full admin grants (the Provisioning admin
/// becomes a full admin of the org) or declines a pending request.
#[server(endpoint = "answer_full_admin_request", input = Json)]
pub async fn answer_full_admin_request(
    org_id: String,
    admin_id: String,
    grant: bool,
) -> Result<(), ApiError> {
    ssr_call!(|portal, req| portal.answer_full_admin_request(&req, org_id, admin_id, grant))
}
