//! SUB-2 … SUB-7: the subscription setup wizard as a pure state machine.
//!
//! The steps, in order, and which apply:
//!
//! | step | rule | applies |
//! |---|---|---|
//! | [`Step::OrderFor`] | SUB-2 | always |
//! | [`Step::PartnerOrg`] | SUB-3 | unless the order is handed to someone else |
//! | [`Step::CustomerOrg`] | SUB-4 | only for a customer |
//! | [`Step::Review`] | SUB-5, SUB-6 | with the org steps |
//! | [`Step::Meetings`] | SUB-8 | a Meetings or Suite line, not left to the customer |
//! | [`Step::Calling`] | SUB-9 | a Calling or Suite line, not left to the customer |
//! | [`Step::HandedOver`] | SUB-2, SUB-6 | someone else, or the customer, continues |
//! | [`Step::Done`] | SUB-10 | otherwise |
//!
//! The server saves the [`WizardState`] after every step, so *Set up
//! later* (SUB-7) is simply leaving: at the admin's next sign-in the saved
//! state is loaded and the wizard shows [`WizardState::step`] again. What
//! the server does on the way:
//!
//! - into [`Step::HandedOver`] from SUB-2: email the *Set up service* link
//!   to [`Handover::Person`], who starts with [`WizardState::new`];
//! - out of [`Step::Review`]: the orgs are mapped (SUB-5): create the new
//!   ones, link the subscription, give the partner the Provisioning admin
//!   label where [`WizardState::grants_provisioning_admin`] says so; with
//!   [`Handover::CustomerAdmin`] (SUB-6) email the customer's admin, whose
//!   wizard continues through [`WizardState::resume_for_customer`];
//! - into [`Step::Done`]: provision the sites and the headquarters and
//!   offer the order summary PDF (SUB-10).
//!
//! Because leaving the review commits the orgs, *Back* never crosses it:
//! from the first service step there is no way back.

use serde::{Deserialize, Serialize};

use super::{
    Finding, Headquarters, HeadquartersDraft, MeetingsSetup, MeetingsSetupDraft, NewOrg,
    NewOrgDraft, OrgId, SubscriptionOrder, display_as_str,
};
use crate::{Code, Email};

/// The version of the saved state's shape. A stored state of another
/// version is refused rather than misread; a change of shape adds a
/// version and a migration in the server.
pub const WIZARD_STATE_VERSION: u32 = 1;

/// A step of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// SUB-2: for a customer, for my company, or someone else.
    OrderFor,
    /// SUB-3: the partner org.
    PartnerOrg,
    /// SUB-4: the customer org.
    CustomerOrg,
    /// SUB-5: both orgs reviewed; SUB-6: *My customer will set up their
    /// own services*.
    Review,
    /// SUB-8: Meetings sites.
    Meetings,
    /// SUB-9: the Calling headquarters.
    Calling,
    /// The admin's part is over and someone else continues (SUB-2, SUB-6).
    HandedOver,
    /// Everything the order needs is set up (SUB-10 offers the summary).
    Done,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Self::OrderFor,
        Self::PartnerOrg,
        Self::CustomerOrg,
        Self::Review,
        Self::Meetings,
        Self::Calling,
        Self::HandedOver,
        Self::Done,
    ];

    /// The stable key, for the UI's step indicator and the saved state.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::OrderFor => "order_for",
            Self::PartnerOrg => "partner_org",
            Self::CustomerOrg => "customer_org",
            Self::Review => "review",
            Self::Meetings => "meetings",
            Self::Calling => "calling",
            Self::HandedOver => "handed_over",
            Self::Done => "done",
        }
    }

    /// Whether the wizard ends here: no answer, no way back.
    pub const fn is_final(self) -> bool {
        matches!(self, Self::HandedOver | Self::Done)
    }

    /// Whether this step sets up a service (after the orgs are committed).
    pub const fn sets_up_a_service(self) -> bool {
        matches!(self, Self::Meetings | Self::Calling)
    }
}

display_as_str!(Step);

/// SUB-2: whom the order is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OrderFor {
    /// *This order is for a customer*: the partner provisions on the
    /// customer's behalf (the recommended choice: the partner can support
    /// the customer afterwards).
    ForCustomer,
    /// *This order is for my company*: the partner org is also the
    /// customer (T-1).
    ForMyCompany,
    /// *I want someone else to complete this order*: they get the link.
    SomeoneElse { email: Email },
}

/// [`OrderFor`] as the form sends it, the email unchecked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OrderForDraft {
    ForCustomer,
    ForMyCompany,
    SomeoneElse {
        #[serde(default)]
        email: String,
    },
}

impl OrderFor {
    /// Checks the someone-else email (`email`: `email_missing`,
    /// `email_invalid`).
    pub fn parse(draft: &OrderForDraft) -> Result<Self, Vec<Finding>> {
        match draft {
            OrderForDraft::ForCustomer => Ok(Self::ForCustomer),
            OrderForDraft::ForMyCompany => Ok(Self::ForMyCompany),
            OrderForDraft::SomeoneElse { email } => Email::parse(email)
                .map(|email| Self::SomeoneElse { email })
                .map_err(|e| vec![Finding::new("email", e.code())]),
        }
    }
}

/// SUB-3, SUB-4: the org an order is mapped to: one that exists (matched
/// by the contact's account or picked from the domain's candidates), or a
/// new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OrgChoice {
    Existing { org_id: OrgId },
    New(NewOrg),
}

/// [`OrgChoice`] as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OrgChoiceDraft {
    Existing {
        #[serde(default)]
        org_id: String,
    },
    New(NewOrgDraft),
}

impl OrgChoice {
    /// Checks the choice: `org_id` (`org_id_invalid`) or the new org's
    /// fields ([`NewOrg::parse`]). Whether an existing org exists and may
    /// be used by this admin is the server's to check.
    pub fn parse(draft: &OrgChoiceDraft) -> Result<Self, Vec<Finding>> {
        match draft {
            OrgChoiceDraft::Existing { org_id } => OrgId::parse(org_id)
                .map(|org_id| Self::Existing { org_id })
                .map_err(|code| vec![Finding::new("org_id", code)]),
            OrgChoiceDraft::New(draft) => NewOrg::parse(draft).map(Self::New),
        }
    }
}

/// The answer to one step, as the UI sends it with *Next*:
/// `{"step": "partner_org", "answer": {"kind": "existing", "org_id": "…"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", content = "answer", rename_all = "snake_case")]
pub enum StepAnswer {
    OrderFor(OrderForDraft),
    PartnerOrg(OrgChoiceDraft),
    CustomerOrg(OrgChoiceDraft),
    Review {
        /// SUB-6: *My customer will set up their own services*.
        #[serde(default)]
        customer_sets_up_services: bool,
    },
    Meetings(MeetingsSetupDraft),
    Calling(HeadquartersDraft),
}

impl StepAnswer {
    /// The step this answers.
    pub const fn step(&self) -> Step {
        match self {
            Self::OrderFor(_) => Step::OrderFor,
            Self::PartnerOrg(_) => Step::PartnerOrg,
            Self::CustomerOrg(_) => Step::CustomerOrg,
            Self::Review { .. } => Step::Review,
            Self::Meetings(_) => Step::Meetings,
            Self::Calling(_) => Step::Calling,
        }
    }
}

/// Who continues when the admin's part is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handover<'a> {
    /// SUB-2: the person the admin named; they get the *Set up service*
    /// link and become the order's provisioning contact.
    Person(&'a Email),
    /// SUB-6: the customer org's admin sets up the services; the partner
    /// keeps access.
    CustomerAdmin,
}

/// The saved shape: every answer given so far (kept when going back, so
/// the forms come back filled in) and where the wizard stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Saved {
    version: u32,
    step: Step,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    order_for: Option<OrderFor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    partner_org: Option<OrgChoice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    customer_org: Option<OrgChoice>,
    #[serde(default)]
    customer_sets_up_services: bool,
    /// SUB-6: the customer's admin has taken over the service steps.
    #[serde(default)]
    customer_continues: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    meetings: Option<MeetingsSetup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    calling: Option<Headquarters>,
}

impl Saved {
    fn for_customer(&self) -> bool {
        matches!(self.order_for, Some(OrderFor::ForCustomer))
    }

    /// SUB-6 in effect: the service steps are the customer admin's.
    fn left_to_customer(&self) -> bool {
        self.customer_sets_up_services && !self.customer_continues
    }

    /// The steps that apply, in order (the module's table).
    fn steps(&self, order: &SubscriptionOrder) -> Vec<Step> {
        let mut steps = vec![Step::OrderFor];
        match self.order_for {
            Some(OrderFor::SomeoneElse { .. }) => {
                steps.push(Step::HandedOver);
                return steps;
            }
            Some(OrderFor::ForMyCompany) => steps.extend([Step::PartnerOrg, Step::Review]),
            // Before the first answer the indicator shows the recommended
            // choice's steps.
            Some(OrderFor::ForCustomer) | None => {
                steps.extend([Step::PartnerOrg, Step::CustomerOrg, Step::Review]);
            }
        }
        if self.left_to_customer() {
            steps.push(Step::HandedOver);
            return steps;
        }
        if order.meetings_quantity().is_some() {
            steps.push(Step::Meetings);
        }
        if order.calling_quantity().is_some() {
            steps.push(Step::Calling);
        }
        steps.push(Step::Done);
        steps
    }

    /// Whether the answers are those the step needs: what a stored state
    /// must satisfy to be loaded.
    fn is_consistent(&self) -> bool {
        let for_customer = self.for_customer();
        let someone_else = matches!(self.order_for, Some(OrderFor::SomeoneElse { .. }));
        let orgs_chosen = self.partner_org.is_some() && self.customer_org.is_some() == for_customer;
        let flags_apply = (!self.customer_sets_up_services || for_customer)
            && (!self.customer_continues || self.customer_sets_up_services)
            && (self.customer_org.is_none() || for_customer);
        flags_apply
            && match self.step {
                Step::OrderFor => true,
                Step::PartnerOrg => self.order_for.is_some() && !someone_else,
                Step::CustomerOrg => for_customer && self.partner_org.is_some(),
                Step::Review => orgs_chosen,
                Step::Meetings | Step::Calling | Step::Done => {
                    orgs_chosen && !self.left_to_customer()
                }
                Step::HandedOver => someone_else || (orgs_chosen && self.left_to_customer()),
            }
    }
}

/// Why a saved wizard state cannot be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WizardStateError {
    /// Saved by another version of the wizard.
    #[error("wizard state version {0} is not supported (this is version 1)")]
    UnsupportedVersion(u32),
    /// The step lacks an answer it needs, or holds one that does not apply.
    #[error("the saved wizard state at step {0} does not hold the answers that step needs")]
    Inconsistent(Step),
}

impl WizardStateError {
    /// The stable code: `wizard_state_invalid`.
    pub const fn code(&self) -> Code {
        Code::WizardStateInvalid
    }
}

/// Where one order's setup stands, with every answer so far. Only
/// [`WizardState::new`], [`WizardState::next`], [`WizardState::back`] and
/// [`WizardState::resume_for_customer`] make one, and a saved one is
/// checked when it is read, so the answers always fit the step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Saved", into = "Saved")]
pub struct WizardState {
    saved: Saved,
}

impl Default for WizardState {
    fn default() -> Self {
        Self::new()
    }
}

impl WizardState {
    /// A wizard at its first step (SUB-2), as the welcome email's link
    /// opens it.
    pub const fn new() -> Self {
        Self {
            saved: Saved {
                version: WIZARD_STATE_VERSION,
                step: Step::OrderFor,
                order_for: None,
                partner_org: None,
                customer_org: None,
                customer_sets_up_services: false,
                customer_continues: false,
                meetings: None,
                calling: None,
            },
        }
    }

    /// The step to show.
    pub const fn step(&self) -> Step {
        self.saved.step
    }

    /// The steps that apply to this order with the answers so far, in
    /// order, for the step indicator. The current step is among them.
    pub fn steps(&self, order: &SubscriptionOrder) -> Vec<Step> {
        self.saved.steps(order)
    }

    /// *Next*: checks `answer` against the current step and the order and,
    /// when it is complete and valid, returns the wizard at the next step
    /// that applies. Otherwise the findings say what to fix, and the
    /// wizard stays where it is.
    ///
    /// `step`: `wizard_step_mismatch` when `answer` is for another step
    /// (a stale browser tab, or the step no longer applies to `order`).
    /// `customer_sets_up_services`: `customer_setup_not_applicable` when
    /// ticked for an order that is not for a customer. Other fields as the
    /// answer's parser names them.
    pub fn next(
        &self,
        order: &SubscriptionOrder,
        answer: &StepAnswer,
    ) -> Result<Self, Vec<Finding>> {
        let current = self.saved.step;
        if answer.step() != current || !self.saved.steps(order).contains(&current) {
            return Err(vec![Finding::new("step", Code::WizardStepMismatch)]);
        }
        let mut saved = self.saved.clone();
        match answer {
            StepAnswer::OrderFor(draft) => {
                let order_for = OrderFor::parse(draft)?;
                if order_for != OrderFor::ForCustomer {
                    // The customer's answers no longer apply.
                    saved.customer_org = None;
                    saved.customer_sets_up_services = false;
                }
                saved.order_for = Some(order_for);
            }
            StepAnswer::PartnerOrg(draft) => saved.partner_org = Some(OrgChoice::parse(draft)?),
            StepAnswer::CustomerOrg(draft) => {
                saved.customer_org = Some(OrgChoice::parse(draft)?);
            }
            StepAnswer::Review {
                customer_sets_up_services,
            } => {
                if *customer_sets_up_services && !saved.for_customer() {
                    return Err(vec![Finding::new(
                        "customer_sets_up_services",
                        Code::CustomerSetupNotApplicable,
                    )]);
                }
                saved.customer_sets_up_services = *customer_sets_up_services;
            }
            StepAnswer::Meetings(draft) => {
                let ordered = order.meetings_quantity().unwrap_or(0);
                saved.meetings = Some(MeetingsSetup::parse(draft, ordered)?);
            }
            StepAnswer::Calling(draft) => saved.calling = Some(Headquarters::parse(draft)?),
        }
        saved.step = saved
            .steps(order)
            .into_iter()
            .skip_while(|&step| step != current)
            .nth(1)
            .unwrap_or(Step::Done);
        Ok(Self { saved })
    }

    /// *Back*: the wizard at the previous step that applies, its answers
    /// kept. `None` at the first step, at a final step, and at the first
    /// service step, because leaving the review committed the orgs.
    pub fn back(&self, order: &SubscriptionOrder) -> Option<Self> {
        let current = self.saved.step;
        if current.is_final() {
            return None;
        }
        let steps = self.saved.steps(order);
        let at = steps.iter().position(|&step| step == current)?;
        let previous = *steps.get(at.checked_sub(1)?)?;
        if current.sets_up_a_service() && !previous.sets_up_a_service() {
            return None;
        }
        let mut saved = self.saved.clone();
        saved.step = previous;
        Some(Self { saved })
    }

    /// SUB-6: the customer's admin opens the emailed link. From a wizard
    /// the partner left to the customer, the wizard at the first service
    /// step (or done, if the order needs no setup). Anything else is
    /// `wizard_step_mismatch`.
    pub fn resume_for_customer(&self, order: &SubscriptionOrder) -> Result<Self, Code> {
        if self.saved.step != Step::HandedOver || !self.saved.left_to_customer() {
            return Err(Code::WizardStepMismatch);
        }
        let mut saved = self.saved.clone();
        saved.customer_continues = true;
        saved.step = saved
            .steps(order)
            .into_iter()
            .find(|step| step.sets_up_a_service())
            .unwrap_or(Step::Done);
        Ok(Self { saved })
    }

    /// Who continues, once the wizard is at [`Step::HandedOver`].
    pub fn handover(&self) -> Option<Handover<'_>> {
        if self.saved.step != Step::HandedOver {
            return None;
        }
        match &self.saved.order_for {
            Some(OrderFor::SomeoneElse { email }) => Some(Handover::Person(email)),
            _ if self.saved.left_to_customer() => Some(Handover::CustomerAdmin),
            _ => None,
        }
    }

    /// SUB-5: a partner provisioning for an *existing* customer org gets
    /// the Provisioning admin label there (T-2); a new customer org is the
    /// partner's own creation and needs no label.
    pub fn grants_provisioning_admin(&self) -> bool {
        self.saved.for_customer()
            && matches!(self.saved.customer_org, Some(OrgChoice::Existing { .. }))
    }

    pub fn order_for(&self) -> Option<&OrderFor> {
        self.saved.order_for.as_ref()
    }

    pub fn partner_org(&self) -> Option<&OrgChoice> {
        self.saved.partner_org.as_ref()
    }

    /// Only for an order for a customer.
    pub fn customer_org(&self) -> Option<&OrgChoice> {
        self.saved.customer_org.as_ref()
    }

    /// SUB-6, as ticked at the review.
    pub fn customer_sets_up_services(&self) -> bool {
        self.saved.customer_sets_up_services
    }

    pub fn meetings(&self) -> Option<&MeetingsSetup> {
        self.saved.meetings.as_ref()
    }

    pub fn calling(&self) -> Option<&Headquarters> {
        self.saved.calling.as_ref()
    }
}

impl TryFrom<Saved> for WizardState {
    type Error = WizardStateError;

    fn try_from(saved: Saved) -> Result<Self, Self::Error> {
        if saved.version != WIZARD_STATE_VERSION {
            return Err(WizardStateError::UnsupportedVersion(saved.version));
        }
        if !saved.is_consistent() {
            return Err(WizardStateError::Inconsistent(saved.step));
        }
        Ok(Self { saved })
    }
}

impl From<WizardState> for Saved {
    fn from(state: WizardState) -> Self {
        state.saved
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::AddressDraft;
    use crate::subscription::test_support::{field_codes, round_trips};
    use crate::subscription::{OrderDraft, ServiceLineDraft, SiteDraft};

    fn order(services: &[(&str, i64)]) -> SubscriptionOrder {
        SubscriptionOrder::parse(&OrderDraft {
            subscription_id: "Sub-12345".into(),
            services: services
                .iter()
                .map(|&(service, quantity)| ServiceLineDraft {
                    service: service.into(),
                    quantity,
                })
                .collect(),
            provisioning_contact_email: "ana@ferme.ro".into(),
            partner_org_id: None,
        })
        .unwrap()
    }

    fn suite() -> SubscriptionOrder {
        order(&[("suite", 100)])
    }

    fn for_customer() -> StepAnswer {
        StepAnswer::OrderFor(OrderForDraft::ForCustomer)
    }

    fn existing(id: &str) -> OrgChoiceDraft {
        OrgChoiceDraft::Existing { org_id: id.into() }
    }

    fn new_org() -> OrgChoiceDraft {
        OrgChoiceDraft::New(NewOrgDraft {
            name: "Fermele Bucovinei SRL".into(),
            vertical: "retail".into(),
            country: "RO".into(),
        })
    }

    fn review(customer_sets_up_services: bool) -> StepAnswer {
        StepAnswer::Review {
            customer_sets_up_services,
        }
    }

    fn meetings(sites: &[(&str, u32)]) -> StepAnswer {
        StepAnswer::Meetings(MeetingsSetupDraft {
            sites: sites
                .iter()
                .map(|&(url_name, licenses)| SiteDraft {
                    url_name: url_name.into(),
                    time_zone: "Europe/Bucharest".into(),
                    early_adopter: false,
                    licenses,
                })
                .collect(),
        })
    }

    fn calling() -> StepAnswer {
        StepAnswer::Calling(HeadquartersDraft {
            name: "Sediul central".into(),
            country: "RO".into(),
            address: AddressDraft {
                line1: "Strada Fermelor 12".into(),
                city: "Suceava".into(),
                ..AddressDraft::default()
            },
        })
    }

    /// Answers in turn, failing the test on the first refusal.
    fn walk(order: &SubscriptionOrder, answers: &[StepAnswer]) -> WizardState {
        answers.iter().fold(WizardState::new(), |state, answer| {
            state.next(order, answer).unwrap_or_else(|f| {
                panic!("{:?} refused at {:?}: {f:?}", answer.step(), state.step())
            })
        })
    }

    #[test]
    fn a_wizard_for_a_customer_with_a_suite_order_runs_through_every_step() {
        let order = suite();
        let state = WizardState::new();
        assert_eq!(
            state.steps(&order),
            [
                Step::OrderFor,
                Step::PartnerOrg,
                Step::CustomerOrg,
                Step::Review,
                Step::Meetings,
                Step::Calling,
                Step::Done
            ]
        );
        let state = walk(
            &order,
            &[
                for_customer(),
                StepAnswer::PartnerOrg(existing("partner-1")),
                StepAnswer::CustomerOrg(new_org()),
                review(false),
                meetings(&[("ferme", 0)]),
            ],
        );
        assert_eq!(state.step(), Step::Calling);
        let state = state.next(&order, &calling()).unwrap();
        assert_eq!(state.step(), Step::Done);
        assert_eq!(state.meetings().map(|m| m.sites()[0].licenses()), Some(100));
        assert!(state.calling().is_some());
        assert!(state.back(&order).is_none());
    }

    #[test]
    fn a_wizard_for_my_company_skips_the_customer_org_step() {
        let order = suite();
        let state = walk(
            &order,
            &[
                StepAnswer::OrderFor(OrderForDraft::ForMyCompany),
                StepAnswer::PartnerOrg(new_org()),
            ],
        );
        assert_eq!(state.step(), Step::Review);
        assert!(!state.steps(&order).contains(&Step::CustomerOrg));
    }

    #[test]
    fn an_order_of_calling_only_has_no_meetings_step() {
        let order = order(&[("calling", 20)]);
        let state = walk(
            &order,
            &[
                StepAnswer::OrderFor(OrderForDraft::ForMyCompany),
                StepAnswer::PartnerOrg(existing("partner-1")),
                review(false),
            ],
        );
        assert_eq!(state.step(), Step::Calling);
        assert!(!state.steps(&order).contains(&Step::Meetings));
    }

    #[test]
    fn sub_2_handing_the_order_to_someone_else_ends_the_wizard_with_their_email() {
        let order = suite();
        let state = WizardState::new()
            .next(
                &order,
                &StepAnswer::OrderFor(OrderForDraft::SomeoneElse {
                    email: " Ion@Ferme.ro ".into(),
                }),
            )
            .unwrap();
        assert_eq!(state.step(), Step::HandedOver);
        assert_eq!(state.steps(&order), [Step::OrderFor, Step::HandedOver]);
        let Some(Handover::Person(email)) = state.handover() else {
            panic!("a person expected");
        };
        assert_eq!(email.as_str(), "ion@ferme.ro");
        assert!(state.back(&order).is_none());
    }

    #[test]
    fn sub_2_someone_else_needs_a_valid_email() {
        let answer = StepAnswer::OrderFor(OrderForDraft::SomeoneElse {
            email: "ion".into(),
        });
        assert_eq!(
            field_codes(WizardState::new().next(&suite(), &answer)),
            vec![("email".into(), Code::EmailInvalid)]
        );
    }

    #[test]
    fn sub_6_a_customer_setting_up_their_own_services_skips_the_service_steps() {
        let order = suite();
        let state = walk(
            &order,
            &[
                for_customer(),
                StepAnswer::PartnerOrg(existing("partner-1")),
                StepAnswer::CustomerOrg(existing("customer-1")),
                review(true),
            ],
        );
        assert_eq!(state.step(), Step::HandedOver);
        assert_eq!(state.handover(), Some(Handover::CustomerAdmin));
        assert!(!state.steps(&order).contains(&Step::Meetings));

        // The customer's admin continues at the services.
        let customer = state.resume_for_customer(&order).unwrap();
        assert_eq!(customer.step(), Step::Meetings);
        assert!(customer.back(&order).is_none());
        let customer = customer.next(&order, &meetings(&[("ferme", 0)])).unwrap();
        assert_eq!(
            customer.next(&order, &calling()).unwrap().step(),
            Step::Done
        );
        assert_eq!(
            customer.resume_for_customer(&order),
            Err(Code::WizardStepMismatch)
        );
    }

    #[test]
    fn sub_6_only_an_order_for_a_customer_can_be_left_to_the_customer() {
        let order = suite();
        let state = walk(
            &order,
            &[
                StepAnswer::OrderFor(OrderForDraft::ForMyCompany),
                StepAnswer::PartnerOrg(existing("partner-1")),
            ],
        );
        assert_eq!(
            field_codes(state.next(&order, &review(true))),
            vec![(
                "customer_sets_up_services".into(),
                Code::CustomerSetupNotApplicable
            )]
        );
    }

    #[test]
    fn sub_5_a_partner_provisioning_for_an_existing_customer_gets_the_provisioning_admin_label() {
        let order = suite();
        let start = [
            for_customer(),
            StepAnswer::PartnerOrg(existing("partner-1")),
        ];
        let existing_customer = walk(
            &order,
            &[
                start[0].clone(),
                start[1].clone(),
                StepAnswer::CustomerOrg(existing("customer-1")),
            ],
        );
        assert!(existing_customer.grants_provisioning_admin());
        let new_customer = walk(
            &order,
            &[
                start[0].clone(),
                start[1].clone(),
                StepAnswer::CustomerOrg(new_org()),
            ],
        );
        assert!(!new_customer.grants_provisioning_admin());
    }

    #[test]
    fn an_answer_for_another_step_is_a_step_mismatch() {
        assert_eq!(
            field_codes(WizardState::new().next(&suite(), &review(false))),
            vec![("step".into(), Code::WizardStepMismatch)]
        );
    }

    #[test]
    fn an_incomplete_org_answer_is_refused_with_its_field_findings() {
        let state = walk(&suite(), &[for_customer()]);
        let blank = StepAnswer::PartnerOrg(OrgChoiceDraft::New(NewOrgDraft::default()));
        assert_eq!(
            field_codes(state.next(&suite(), &blank)),
            vec![
                ("name".into(), Code::OrgNameEmpty),
                ("vertical".into(), Code::BusinessVerticalUnknown),
                ("country".into(), Code::CountryUnknown),
            ]
        );
        assert_eq!(
            field_codes(state.next(&suite(), &StepAnswer::PartnerOrg(existing(" ")))),
            vec![("org_id".into(), Code::OrgIdInvalid)]
        );
    }

    #[test]
    fn sub_8_the_meetings_step_checks_the_license_split_against_the_order() {
        let order = order(&[("meetings", 50)]);
        let state = walk(
            &order,
            &[
                StepAnswer::OrderFor(OrderForDraft::ForMyCompany),
                StepAnswer::PartnerOrg(existing("partner-1")),
                review(false),
            ],
        );
        assert_eq!(
            field_codes(state.next(&order, &meetings(&[("ferme", 30), ("ferme-cluj", 30)]))),
            vec![("sites".into(), Code::LicenseSplitMismatch)]
        );
        let done = state
            .next(&order, &meetings(&[("ferme", 30), ("ferme-cluj", 20)]))
            .unwrap();
        assert_eq!(done.step(), Step::Done);
    }

    #[test]
    fn back_keeps_the_answers_and_stops_at_the_first_step() {
        let order = suite();
        let state = walk(
            &order,
            &[
                for_customer(),
                StepAnswer::PartnerOrg(existing("partner-1")),
            ],
        );
        let back = state.back(&order).unwrap();
        assert_eq!(back.step(), Step::PartnerOrg);
        assert!(back.partner_org().is_some());
        let first = back.back(&order).unwrap();
        assert_eq!(first.step(), Step::OrderFor);
        assert!(first.back(&order).is_none());
    }

    #[test]
    fn back_from_calling_returns_to_meetings_but_not_past_the_review() {
        let order = suite();
        let at_calling = walk(
            &order,
            &[
                StepAnswer::OrderFor(OrderForDraft::ForMyCompany),
                StepAnswer::PartnerOrg(existing("partner-1")),
                review(false),
                meetings(&[("ferme", 0)]),
            ],
        );
        let at_meetings = at_calling.back(&order).unwrap();
        assert_eq!(at_meetings.step(), Step::Meetings);
        assert!(at_meetings.back(&order).is_none());
    }

    #[test]
    fn switching_from_a_customer_to_my_company_drops_the_customer_answers() {
        let order = suite();
        let at_review = walk(
            &order,
            &[
                for_customer(),
                StepAnswer::PartnerOrg(existing("partner-1")),
                StepAnswer::CustomerOrg(existing("customer-1")),
            ],
        );
        let mut state = at_review;
        while state.step() != Step::OrderFor {
            state = state.back(&order).unwrap();
        }
        let state = state
            .next(&order, &StepAnswer::OrderFor(OrderForDraft::ForMyCompany))
            .unwrap();
        assert_eq!(state.customer_org(), None);
        assert!(state.partner_org().is_some());
    }

    #[test]
    fn sub_7_a_saved_wizard_resumes_at_the_same_step_with_its_answers() {
        let order = suite();
        let state = walk(
            &order,
            &[
                for_customer(),
                StepAnswer::PartnerOrg(new_org()),
                StepAnswer::CustomerOrg(existing("customer-1")),
                review(false),
            ],
        );
        assert!(round_trips(&state));
        assert_eq!(state.step(), Step::Meetings);
        assert!(state.partner_org().is_some() && state.customer_org().is_some());
    }

    #[test]
    fn the_saved_state_is_plain_json_with_a_version() {
        let state = walk(&suite(), &[for_customer()]);
        assert_eq!(
            serde_json::to_string(&state).ok(),
            Some(
                r#"{"version":1,"step":"partner_org","order_for":{"kind":"for_customer"},"customer_sets_up_services":false,"customer_continues":false}"#
                    .into()
            )
        );
    }

    #[test]
    fn a_saved_state_of_another_version_or_without_the_answers_its_step_needs_is_refused() {
        let other_version = r#"{"version":2,"step":"order_for"}"#;
        assert!(serde_json::from_str::<WizardState>(other_version).is_err());
        let skipped = r#"{"version":1,"step":"review","order_for":{"kind":"for_customer"}}"#;
        assert!(serde_json::from_str::<WizardState>(skipped).is_err());
        let customer_for_my_company = r#"{"version":1,"step":"review",
            "order_for":{"kind":"for_my_company"},
            "partner_org":{"kind":"existing","org_id":"p"},
            "customer_org":{"kind":"existing","org_id":"c"}}"#;
        assert!(serde_json::from_str::<WizardState>(customer_for_my_company).is_err());
        assert_eq!(
            WizardStateError::UnsupportedVersion(2).code(),
            Code::WizardStateInvalid
        );
    }

    #[test]
    fn a_step_answer_is_read_from_the_uis_json() {
        let json = r#"{"step":"partner_org","answer":{"kind":"new","name":"Gårdene AS",
            "vertical":"hospitality","country":"NO"}}"#;
        let answer: StepAnswer = serde_json::from_str(json).unwrap();
        assert_eq!(answer.step(), Step::PartnerOrg);
        let json = r#"{"step":"review","answer":{"customer_sets_up_services":true}}"#;
        assert_eq!(
            serde_json::from_str::<StepAnswer>(json).ok(),
            Some(review(true))
        );
    }

    /// Answers of every step, valid and not, for the random walks.
    fn answers() -> Vec<StepAnswer> {
        vec![
            for_customer(),
            StepAnswer::OrderFor(OrderForDraft::ForMyCompany),
            StepAnswer::OrderFor(OrderForDraft::SomeoneElse {
                email: "ion@ferme.ro".into(),
            }),
            StepAnswer::OrderFor(OrderForDraft::SomeoneElse {
                email: String::new(),
            }),
            StepAnswer::PartnerOrg(existing("partner-1")),
            StepAnswer::PartnerOrg(new_org()),
            StepAnswer::PartnerOrg(existing("")),
            StepAnswer::CustomerOrg(existing("customer-1")),
            StepAnswer::CustomerOrg(new_org()),
            review(false),
            review(true),
            meetings(&[("ferme", 0)]),
            meetings(&[("ferme", 40), ("ferme-cluj", 60)]),
            meetings(&[("ferme", 40), ("ferme", 60)]),
            calling(),
            StepAnswer::Calling(HeadquartersDraft::default()),
        ]
    }

    proptest! {
        /// Whatever the admin clicks, the wizard stands on a step that
        /// applies, and its saved form reads back as itself.
        #[test]
        fn any_sequence_of_answers_and_backs_keeps_the_wizard_consistent(
            services in prop::sample::select(vec![
                vec![("meetings", 100)],
                vec![("calling", 100)],
                vec![("suite", 100)],
                vec![("meetings", 100), ("calling", 7)],
            ]),
            moves in prop::collection::vec(
                prop_oneof![Just(None), (0..16usize).prop_map(Some)],
                0..40,
            ),
            customer_resumes in any::<bool>(),
        ) {
            let order = order(&services);
            let pool = answers();
            let mut state = WizardState::new();
            for choice in moves {
                let moved = match choice {
                    None => state.back(&order),
                    // Mostly an answer for the step shown (valid or not),
                    // sometimes one for another step.
                    Some(i) => {
                        let fitting: Vec<&StepAnswer> =
                            pool.iter().filter(|a| a.step() == state.step()).collect();
                        let answer = match fitting.get(i % fitting.len().max(1)) {
                            Some(&answer) if i % 5 != 0 => answer,
                            _ => &pool[i],
                        };
                        state.next(&order, answer).ok()
                    }
                };
                if let Some(moved) = moved {
                    state = moved;
                }
                if customer_resumes && let Ok(resumed) = state.resume_for_customer(&order) {
                    state = resumed;
                }
                prop_assert!(state.steps(&order).contains(&state.step()));
                prop_assert!(round_trips(&state));
            }
        }
    }
}
