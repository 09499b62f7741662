//! SUB-1: an order (subscription) from the ordering system.
//!
//! The ordering system posts JSON to the authenticated order-intake
//! endpoint; [`SubscriptionOrder::parse`] checks it and reports every bad
//! field, named as the JSON names it, so the ordering system's operators
//! learn everything at once. The welcome email to the provisioning contact
//! is the server's, once an order is accepted.
//!
//! Ordering systems retry: the same order may arrive twice. An order with
//! an id already on file is a harmless redelivery when its content is the
//! same and a conflict (`order_conflict`) when it is not
//! ([`SubscriptionOrder::intake`]).

use serde::{Deserialize, Serialize};

use super::{
    Finding, OrgId, display_as_str, first_occurrence, id_type, parse_id, parsed_from_draft,
};
use crate::{Code, Email};

/// The longest subscription id accepted: a UUID has 36 characters; 64
/// leaves room for the ordering systems' own formats without letting an id
/// become a payload.
pub const SUBSCRIPTION_ID_MAX_CHARS: usize = super::ID_MAX_CHARS;

/// The largest quantity of one service in one order. Large enough for any
/// single customer (the biggest Webex orgs have tens of thousands of
/// users); a larger number is a typo in the ordering system.
pub const MAX_QUANTITY: u32 = 100_000;

/// An order as the ordering system sends it. Every field defaults, so a
/// missing field is a finding on that field, not a malformed request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderDraft {
    #[serde(default)]
    pub subscription_id: String,
    #[serde(default)]
    pub services: Vec<ServiceLineDraft>,
    #[serde(default)]
    pub provisioning_contact_email: String,
    /// The partner org the ordering system already knows, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_org_id: Option<String>,
}

/// One line of an order as sent: the service as text, so an unknown
/// service is a finding (`order_service_unknown`) and not a decoding
/// error, and the quantity as any integer, so `0` and `-5` are findings
/// too.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceLineDraft {
    #[serde(default)]
    pub service: String,
    #[serde(default)]
    pub quantity: i64,
}

/// What a line of an order buys (SUB-1). Suite is Meetings and Calling
/// together, so it brings both setup steps (SUB-8, SUB-9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    Meetings,
    Calling,
    Suite,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 3] = [Self::Meetings, Self::Calling, Self::Suite];

    /// The wire name: `meetings`, `calling` or `suite`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Meetings => "meetings",
            Self::Calling => "calling",
            Self::Suite => "suite",
        }
    }

    /// A wire name, trimmed, in any case; anything else is
    /// `order_service_unknown`.
    pub fn parse(input: &str) -> Result<Self, Code> {
        let name = input.trim();
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str().eq_ignore_ascii_case(name))
            .ok_or(Code::OrderServiceUnknown)
    }

    /// Whether this service needs a Meetings site (SUB-8).
    pub const fn needs_meetings(self) -> bool {
        matches!(self, Self::Meetings | Self::Suite)
    }

    /// Whether this service needs a Calling headquarters (SUB-9).
    pub const fn needs_calling(self) -> bool {
        matches!(self, Self::Calling | Self::Suite)
    }
}

display_as_str!(ServiceKind);

id_type!(
    /// The ordering system's id of a subscription, as sent (case kept).
    SubscriptionId,
    Code::OrderSubscriptionIdInvalid
);

/// One service of an accepted order and how many licenses of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ServiceLine {
    kind: ServiceKind,
    quantity: u32,
}

impl ServiceLine {
    pub const fn kind(self) -> ServiceKind {
        self.kind
    }

    /// 1 to [`MAX_QUANTITY`].
    pub const fn quantity(self) -> u32 {
        self.quantity
    }
}

/// An accepted order (SUB-1). Its services are kept in [`ServiceKind`]
/// order, whatever order they were sent in, so equality and
/// [`SubscriptionOrder::fingerprint`] compare content only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "OrderDraft", into = "OrderDraft")]
pub struct SubscriptionOrder {
    subscription_id: SubscriptionId,
    services: Vec<ServiceLine>,
    contact: Email,
    partner_org_id: Option<OrgId>,
}

/// What an order whose id may already be on file is (SUB-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderIntake {
    /// No order with this id yet: store it and send the welcome email.
    New,
    /// The same order again (a retry): answer as the first time did, and
    /// send no second email.
    Redelivery,
}

impl SubscriptionOrder {
    /// Checks an order and reports every problem:
    ///
    /// - `subscriptionId`: `order_subscription_id_invalid`;
    /// - `services`: `order_services_empty`;
    /// - `services[i].service`: `order_service_unknown`,
    ///   `order_service_duplicate` (on the later line);
    /// - `services[i].quantity`: `order_quantity_invalid` (not 1 to
    ///   [`MAX_QUANTITY`]);
    /// - `provisioningContactEmail`: `email_missing`, `email_invalid`;
    /// - `partnerOrgId`: `org_id_invalid` (a blank one is no id).
    pub fn parse(draft: &OrderDraft) -> Result<Self, Vec<Finding>> {
        let mut findings = Vec::new();
        let subscription_id = SubscriptionId::parse(&draft.subscription_id)
            .map_err(|code| findings.push(Finding::new("subscriptionId", code)))
            .ok();
        let services = parse_services(&draft.services, &mut findings);
        let contact = Email::parse(&draft.provisioning_contact_email)
            .map_err(|e| findings.push(Finding::new("provisioningContactEmail", e.code())))
            .ok();
        let partner_org_id = match draft.partner_org_id.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(id) => match OrgId::parse(id) {
                Ok(id) => Some(id),
                Err(code) => {
                    findings.push(Finding::new("partnerOrgId", code));
                    None
                }
            },
        };
        match (subscription_id, contact) {
            (Some(subscription_id), Some(contact)) if findings.is_empty() => Ok(Self {
                subscription_id,
                services,
                contact,
                partner_org_id,
            }),
            _ => Err(findings),
        }
    }

    pub fn subscription_id(&self) -> &SubscriptionId {
        &self.subscription_id
    }

    /// At least one line, no service twice, in [`ServiceKind`] order.
    pub fn services(&self) -> &[ServiceLine] {
        &self.services
    }

    /// The provisioning contact, who gets the welcome email (SUB-1) and
    /// whose address finds the partner org (SUB-3).
    pub fn contact(&self) -> &Email {
        &self.contact
    }

    pub fn partner_org_id(&self) -> Option<&OrgId> {
        self.partner_org_id.as_ref()
    }

    /// The Meetings licenses ordered: the Meetings and Suite lines
    /// together, `None` when the order has neither (no SUB-8 step).
    pub fn meetings_quantity(&self) -> Option<u32> {
        self.quantity_where(ServiceKind::needs_meetings)
    }

    /// The Calling licenses ordered: the Calling and Suite lines together,
    /// `None` when the order has neither (no SUB-9 step).
    pub fn calling_quantity(&self) -> Option<u32> {
        self.quantity_where(ServiceKind::needs_calling)
    }

    fn quantity_where(&self, wanted: fn(ServiceKind) -> bool) -> Option<u32> {
        self.services
            .iter()
            .filter(|line| wanted(line.kind))
            .map(|line| line.quantity)
            // At most three lines of at most 100,000: no overflow.
            .reduce(u32::saturating_add)
    }

    /// The order's content as one stable string, for the server to store
    /// beside the order and compare a redelivery with:
    /// `v1;id=Sub-1;contact=a@b.com;partner=;services=meetings:10,calling:5`.
    /// The format is a contract like a [`Code`]: `v1` stays as it is, a
    /// change of content rules makes a `v2`. Neither ids nor emails can
    /// hold `;`, and the services come last, so two different orders never
    /// share a fingerprint.
    pub fn fingerprint(&self) -> String {
        let services: Vec<String> = self
            .services
            .iter()
            .map(|line| format!("{}:{}", line.kind, line.quantity))
            .collect();
        format!(
            "v1;id={};contact={};partner={};services={}",
            self.subscription_id,
            self.contact,
            self.partner_org_id.as_ref().map_or("", OrgId::as_str),
            services.join(",")
        )
    }

    /// SUB-1 redelivery: `stored_fingerprint` is the fingerprint of the
    /// order already on file under this subscription id, if any. The same
    /// content is a [`OrderIntake::Redelivery`]; other content under the
    /// same id is refused with `order_conflict`, because silently
    /// replacing a subscription someone may be setting up would lose their
    /// work.
    pub fn intake(&self, stored_fingerprint: Option<&str>) -> Result<OrderIntake, Code> {
        match stored_fingerprint {
            None => Ok(OrderIntake::New),
            Some(stored) if stored == self.fingerprint() => Ok(OrderIntake::Redelivery),
            Some(_) => Err(Code::OrderConflict),
        }
    }
}

/// The lines of an order, checked, duplicates refused, in kind order.
fn parse_services(drafts: &[ServiceLineDraft], findings: &mut Vec<Finding>) -> Vec<ServiceLine> {
    if drafts.is_empty() {
        findings.push(Finding::new("services", Code::OrderServicesEmpty));
    }
    let mut lines: Vec<ServiceLine> = Vec::with_capacity(drafts.len().min(ServiceKind::ALL.len()));
    let mut seen = Vec::with_capacity(ServiceKind::ALL.len());
    for (i, draft) in drafts.iter().enumerate() {
        let kind = first_occurrence(
            ServiceKind::parse(&draft.service),
            &mut seen,
            format!("services[{i}].service"),
            Code::OrderServiceDuplicate,
            findings,
        );
        let quantity = u32::try_from(draft.quantity)
            .ok()
            .filter(|q| (1..=MAX_QUANTITY).contains(q));
        if quantity.is_none() {
            findings.push(Finding::new(
                format!("services[{i}].quantity"),
                Code::OrderQuantityInvalid,
            ));
        }
        if let (Some(kind), Some(quantity)) = (kind, quantity) {
            lines.push(ServiceLine { kind, quantity });
        }
    }
    lines.sort_by_key(|line| line.kind);
    lines
}

parsed_from_draft!(SubscriptionOrder => OrderDraft);

impl From<SubscriptionOrder> for OrderDraft {
    fn from(order: SubscriptionOrder) -> Self {
        Self {
            subscription_id: order.subscription_id.into(),
            services: order
                .services
                .iter()
                .map(|line| ServiceLineDraft {
                    service: line.kind.as_str().to_owned(),
                    quantity: i64::from(line.quantity),
                })
                .collect(),
            provisioning_contact_email: order.contact.into(),
            partner_org_id: order.partner_org_id.map(String::from),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::subscription::test_support::{field_codes, round_trips};

    fn line(service: &str, quantity: i64) -> ServiceLineDraft {
        ServiceLineDraft {
            service: service.into(),
            quantity,
        }
    }

    fn draft() -> OrderDraft {
        OrderDraft {
            subscription_id: "Sub-12345".into(),
            services: vec![line("meetings", 50), line("calling", 20)],
            provisioning_contact_email: "Ana.Popescu@Ferme.ro".into(),
            partner_org_id: None,
        }
    }

    fn codes(draft: &OrderDraft) -> Vec<(String, Code)> {
        field_codes(SubscriptionOrder::parse(draft))
    }

    #[test]
    fn sub_1_a_complete_order_is_accepted_with_its_quantities() {
        let order = SubscriptionOrder::parse(&draft()).unwrap();
        assert_eq!(order.subscription_id().as_str(), "Sub-12345");
        assert_eq!(order.contact().as_str(), "ana.popescu@ferme.ro");
        assert_eq!(order.meetings_quantity(), Some(50));
        assert_eq!(order.calling_quantity(), Some(20));
        assert_eq!(order.partner_org_id(), None);
    }

    #[test]
    fn the_json_of_the_ordering_system_is_read_in_camel_case() {
        let json = r#"{"subscriptionId":"0195f3c2-7a1b-7c3d-9e8f-001122334455",
            "services":[{"service":"suite","quantity":250}],
            "provisioningContactEmail":"it@farms.com","partnerOrgId":"org-7"}"#;
        let draft: OrderDraft = serde_json::from_str(json).unwrap();
        let order = SubscriptionOrder::parse(&draft).unwrap();
        assert_eq!(order.partner_org_id().map(OrgId::as_str), Some("org-7"));
        assert_eq!(order.meetings_quantity(), Some(250));
        assert_eq!(order.calling_quantity(), Some(250));
    }

    #[test]
    fn a_suite_and_a_meetings_line_add_up_to_the_meetings_quantity() {
        let mut d = draft();
        d.services = vec![line("suite", 10), line("meetings", 5)];
        let order = SubscriptionOrder::parse(&d).unwrap();
        assert_eq!(order.meetings_quantity(), Some(15));
        assert_eq!(order.calling_quantity(), Some(10));
    }

    #[test]
    fn an_order_of_calling_only_has_no_meetings_quantity() {
        let mut d = draft();
        d.services = vec![line("Calling", 3)];
        let order = SubscriptionOrder::parse(&d).unwrap();
        assert_eq!(order.meetings_quantity(), None);
        assert_eq!(order.calling_quantity(), Some(3));
    }

    #[test]
    fn an_order_with_the_same_service_twice_is_rejected() {
        let mut d = draft();
        d.services.push(line("MEETINGS", 5));
        assert_eq!(
            codes(&d),
            vec![("services[2].service".into(), Code::OrderServiceDuplicate)]
        );
    }

    #[test]
    fn an_order_without_services_is_rejected() {
        let mut d = draft();
        d.services.clear();
        assert_eq!(
            codes(&d),
            vec![("services".into(), Code::OrderServicesEmpty)]
        );
    }

    #[test]
    fn an_unknown_service_is_a_finding_on_its_line() {
        let mut d = draft();
        d.services[1].service = "webinars".into();
        assert_eq!(
            codes(&d),
            vec![("services[1].service".into(), Code::OrderServiceUnknown)]
        );
    }

    #[test]
    fn quantities_of_zero_negative_or_over_100000_are_rejected() {
        for quantity in [0, -5, 100_001, i64::MAX] {
            let mut d = draft();
            d.services[1].quantity = quantity;
            assert_eq!(
                codes(&d),
                vec![("services[1].quantity".into(), Code::OrderQuantityInvalid)],
                "{quantity}"
            );
        }
        let mut d = draft();
        d.services[1].quantity = 100_000;
        assert!(SubscriptionOrder::parse(&d).is_ok());
    }

    #[test]
    fn subscription_ids_with_spaces_slashes_or_65_characters_are_rejected() {
        for id in ["", "Sub 1", "Sub/1", &"7".repeat(65)] {
            let mut d = draft();
            d.subscription_id = id.into();
            assert_eq!(
                codes(&d),
                vec![("subscriptionId".into(), Code::OrderSubscriptionIdInvalid)],
                "{id:?}"
            );
        }
    }

    #[test]
    fn every_problem_of_an_order_is_reported_at_once() {
        let d = OrderDraft {
            subscription_id: String::new(),
            services: vec![line("fax", 0)],
            provisioning_contact_email: "nobody".into(),
            partner_org_id: Some("org 7".into()),
        };
        assert_eq!(
            codes(&d),
            vec![
                ("subscriptionId".into(), Code::OrderSubscriptionIdInvalid),
                ("services[0].service".into(), Code::OrderServiceUnknown),
                ("services[0].quantity".into(), Code::OrderQuantityInvalid),
                ("provisioningContactEmail".into(), Code::EmailInvalid),
                ("partnerOrgId".into(), Code::OrgIdInvalid),
            ]
        );
    }

    #[test]
    fn missing_json_fields_are_findings_not_decoding_errors() {
        let draft: OrderDraft = serde_json::from_str("{}").unwrap();
        assert_eq!(
            codes(&draft),
            vec![
                ("subscriptionId".into(), Code::OrderSubscriptionIdInvalid),
                ("services".into(), Code::OrderServicesEmpty),
                ("provisioningContactEmail".into(), Code::EmailMissing),
            ]
        );
    }

    #[test]
    fn a_blank_partner_org_id_is_no_id() {
        let mut d = draft();
        d.partner_org_id = Some("  ".into());
        assert_eq!(SubscriptionOrder::parse(&d).unwrap().partner_org_id(), None);
    }

    #[test]
    fn sub_1_the_same_order_sent_again_in_another_line_order_is_a_redelivery() {
        let first = SubscriptionOrder::parse(&draft()).unwrap();
        let mut again = draft();
        again.services.reverse();
        again.provisioning_contact_email = "ana.popescu@ferme.ro".into();
        let again = SubscriptionOrder::parse(&again).unwrap();
        assert_eq!(again, first);
        assert_eq!(
            again.intake(Some(&first.fingerprint())),
            Ok(OrderIntake::Redelivery)
        );
        assert_eq!(first.intake(None), Ok(OrderIntake::New));
    }

    #[test]
    fn sub_1_the_same_id_with_another_quantity_is_an_order_conflict() {
        let first = SubscriptionOrder::parse(&draft()).unwrap();
        let mut changed = draft();
        changed.services[0].quantity = 51;
        let changed = SubscriptionOrder::parse(&changed).unwrap();
        assert_ne!(changed, first);
        assert_eq!(
            changed.intake(Some(&first.fingerprint())),
            Err(Code::OrderConflict)
        );
    }

    #[test]
    fn the_fingerprint_format_is_stable() {
        let mut d = draft();
        d.partner_org_id = Some("org-7".into());
        assert_eq!(
            SubscriptionOrder::parse(&d).unwrap().fingerprint(),
            "v1;id=Sub-12345;contact=ana.popescu@ferme.ro;partner=org-7;services=meetings:50,calling:20"
        );
    }

    #[test]
    fn an_order_round_trips_through_its_json_and_is_checked_when_read() {
        assert!(round_trips(&SubscriptionOrder::parse(&draft()).unwrap()));
        assert!(serde_json::from_str::<SubscriptionOrder>(r#"{"subscriptionId":"x"}"#).is_err());
    }

    #[test]
    fn suite_needs_both_setups_and_each_single_service_one() {
        assert!(ServiceKind::Suite.needs_meetings() && ServiceKind::Suite.needs_calling());
        assert!(ServiceKind::Meetings.needs_meetings() && !ServiceKind::Meetings.needs_calling());
        assert!(ServiceKind::Calling.needs_calling() && !ServiceKind::Calling.needs_meetings());
    }

    fn arbitrary_line() -> impl Strategy<Value = ServiceLineDraft> {
        (
            prop_oneof![
                Just("meetings".to_owned()),
                Just("calling".to_owned()),
                Just("suite".to_owned()),
                any::<String>()
            ],
            any::<i64>(),
        )
            .prop_map(|(service, quantity)| ServiceLineDraft { service, quantity })
    }

    proptest! {
        #[test]
        fn order_parsing_never_panics(
            subscription_id in any::<String>(),
            services in prop::collection::vec(arbitrary_line(), 0..6),
            provisioning_contact_email in any::<String>(),
            partner_org_id in any::<Option<String>>(),
        ) {
            let draft = OrderDraft { subscription_id, services, provisioning_contact_email, partner_org_id };
            if let Ok(order) = SubscriptionOrder::parse(&draft) {
                // An accepted order reads back as itself.
                prop_assert_eq!(SubscriptionOrder::parse(&OrderDraft::from(order.clone())), Ok(order));
            }
        }

        #[test]
        fn orders_differing_in_any_quantity_have_different_fingerprints(
            a in 1..=MAX_QUANTITY, b in 1..=MAX_QUANTITY,
        ) {
            let order = |q: u32| {
                let mut d = draft();
                d.services[0].quantity = i64::from(q);
                SubscriptionOrder::parse(&d).map(|o| o.fingerprint())
            };
            prop_assert_eq!(order(a) == order(b), a == b);
        }
    }
}
