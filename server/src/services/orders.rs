//! Subscription orders (issue 7, SUB-1 … SUB-10): intake from the ordering
//! system, the signed *Set up service* link, and the setup wizard. The
//! rules are `domain::subscription`'s; this layer adds what needs the
//! database (which orgs exist and may be used by the caller, whether a
//! site name is free) and commits each step with its effects.
use app::api::{
    ApiError, FieldFinding, OrderLinkInfo, OrderQuery, OrderRow, OrderServiceRow, OrderSetup,
    OrderState, OrderStepInput, OrgOptions, SetupAccountInput,
};
use domain::{
    Code, Country, Email, Language, NewPassword, PersonName, Role,
    subscription::{
        BusinessVertical, Finding, Handover, OrderDraft, OrgCandidate, OrgChoice, OrgId,
        ServiceKind, ServiceLineDraft, Step, SubscriptionOrder, WizardState,
    },
    tenancy::Access,
};

use super::{Services, auth::NewSession};
use crate::{
    auth::{password, setup_link::SetupLink},
    pdf::{
        CallingLocationSummary, MeetingsSiteSummary, OrderSummary, OrderSummaryLabels, OrgSummary,
        ServiceSummary, order_summary_pdf,
    },
    store::{
        CandidateFilter, CandidateRecord, Intake, MachineKind, MachineRecord, NewAdmin,
        NewAuditEntry, NewEmail, NewHeadquarters, NewOrder, NewOrg, NewSite, OrderChange,
        OrderChangeError, OrderRecord, OrgRecord, SetupAdmin, WizardGrant, WizardOrg,
        WizardSubscription, new_id, now_ms,
    },
    tenancy::{Caller, Need, guard},
};

/// The most orders one list shows.
const ORDER_LIST_LIMIT: i64 = 200;

/// The catalog licenses an order's services become (SUB-5): Meetings and
/// Suite lines add up to the `meetings` pool, Calling and Suite lines to
/// `calling_professional` (the domain sums them).
const MEETINGS_LICENSE: &str = "meetings";
const CALLING_LICENSE: &str = "calling_professional";

/// A refusal with one finding per `(field, code)`.
fn refused(found: impl IntoIterator<Item = (String, Code)>) -> ApiError {
    ApiError::invalid(
        found
            .into_iter()
            .map(|(field, code)| FieldFinding {
                row: None,
                field,
                code,
            })
            .collect(),
    )
}

/// The domain's findings as the wire's.
fn field_findings(findings: Vec<Finding>) -> ApiError {
    refused(findings.into_iter().map(|f| (f.field, f.code)))
}

impl From<OrderChangeError> for ApiError {
    fn from(error: OrderChangeError) -> Self {
        match error {
            OrderChangeError::Stale => ApiError::field("step", Code::WizardStepMismatch),
            OrderChangeError::Refused(found) => refused(found),
            OrderChangeError::Store(error) => error.into(),
        }
    }
}

fn order_state(record: &OrderRecord) -> OrderState {
    // Written only from `OrderState::as_str`.
    OrderState::parse(&record.state).unwrap_or(OrderState::New)
}

/// The order as the ordering system sent it, read back through the same
/// parser (so a stored order is a valid one).
fn subscription_order(record: &OrderRecord) -> Result<SubscriptionOrder, ApiError> {
    let draft = OrderDraft {
        subscription_id: record.subscription_id.clone(),
        services: record
            .services
            .iter()
            .map(|(service, quantity)| ServiceLineDraft {
                service: service.clone(),
                quantity: *quantity,
            })
            .collect(),
        provisioning_contact_email: record.contact_email.clone(),
        partner_org_id: record.ordering_partner_org_id.clone(),
    };
    SubscriptionOrder::parse(&draft).map_err(|findings| {
        tracing::error!(order = %record.id, ?findings, "a stored order does not parse");
        ApiError::internal()
    })
}

fn wizard_of(record: &OrderRecord) -> Result<WizardState, ApiError> {
    serde_json::from_str(&record.wizard).map_err(|error| {
        tracing::error!(order = %record.id, %error, "a stored wizard state does not load");
        ApiError::new(Code::WizardStateInvalid, "the saved setup cannot be read")
    })
}

fn wizard_json(wizard: &WizardState) -> String {
    // Plain data: serializing cannot fail.
    serde_json::to_string(wizard).unwrap_or_default()
}

fn service_rows(order: &SubscriptionOrder) -> Vec<OrderServiceRow> {
    order
        .services()
        .iter()
        .map(|line| OrderServiceRow {
            service: line.kind(),
            quantity: line.quantity(),
        })
        .collect()
}

fn order_row(record: &OrderRecord, order: &SubscriptionOrder, step: Step) -> OrderRow {
    OrderRow {
        id: record.id.clone(),
        subscription_id: record.subscription_id.clone(),
        state: order_state(record),
        services: service_rows(order),
        contact_email: record.contact_email.clone(),
        assignee_email: record.assignee_email.clone(),
        partner_org_id: record
            .partner_org_id
            .clone()
            .or_else(|| record.ordering_partner_org_id.clone()),
        partner_org_name: record.partner_org_name.clone(),
        customer_org_id: record.customer_org_id.clone(),
        customer_org_name: record.customer_org_name.clone(),
        step,
        created_at_ms: record.created_at,
        updated_at_ms: record.updated_at,
    }
}

/// A service's product name, as emails and the summary print it (product
/// names are not translated).
fn service_name(kind: ServiceKind) -> &'static str {
    match kind {
        ServiceKind::Meetings => "Webex Meetings",
        ServiceKind::Calling => "Webex Calling",
        ServiceKind::Suite => "Webex Suite",
    }
}

/// A country as the summary PDF names it: its English name (the server has
/// no translated country names; the browser takes them from `Intl`), or the
/// stored text when it is not an ISO code.
fn country_name(code: &str) -> String {
    Country::parse(code).map_or_else(|_| code.to_owned(), |c| c.english_name().to_owned())
}

/// SUB-10: the summary PDF's headings in the admin's language.
fn summary_labels(language: Language) -> OrderSummaryLabels {
    let catalog = app::i18n::Catalog::get();
    let text = |key: &str| catalog.text(language, key);
    OrderSummaryLabels {
        language: language.as_str().to_owned(),
        title: text("pdf-order-title"),
        subscription_id: text("pdf-order-subscription-id"),
        date: text("pdf-order-date"),
        organizations: text("pdf-order-organizations"),
        partner: text("pdf-order-partner"),
        customer: text("pdf-order-customer"),
        services: text("pdf-order-services"),
        service: text("pdf-order-service"),
        quantity: text("pdf-order-quantity"),
        meetings_sites: text("pdf-order-meetings-sites"),
        site_url: text("pdf-order-site-url"),
        time_zone: text("pdf-order-time-zone"),
        early_adopter: text("pdf-order-early-adopter"),
        licenses: text("pdf-order-licenses"),
        yes: text("pdf-order-yes"),
        no: text("pdf-order-no"),
        calling_location: text("pdf-order-calling-location"),
        location_name: text("pdf-order-location-name"),
        country: text("pdf-order-country"),
        address: text("pdf-order-address"),
    }
}

/// The services as an email lists them.
fn services_text(order: &SubscriptionOrder) -> String {
    order
        .services()
        .iter()
        .map(|line| format!("{} ({})", service_name(line.kind()), line.quantity()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn candidate(record: CandidateRecord) -> Option<OrgCandidate> {
    Some(OrgCandidate {
        org_id: OrgId::parse(&record.id).ok()?,
        name: record.name,
        verified_domains: record.domains,
        active_users: u32::try_from(record.active_users).unwrap_or(u32::MAX),
        last_activity_ms: record.last_activity,
    })
}

/// An audit entry of the caller's, acting in `org_id` itself.
pub(super) fn caller_audit<'a>(
    caller: &'a Caller,
    org_id: Option<&'a str>,
    action: &'a str,
    detail: &'a str,
) -> NewAuditEntry<'a> {
    super::auth::caller_entry(caller, org_id, None, action, detail)
}

/// An email the order's setup sends: which message, to whom, in which
/// language, with its link.
struct SetupMail<'a> {
    subject_key: &'a str,
    body_key: &'a str,
    to: &'a str,
    language: Language,
    link: SetupLink,
    args: Vec<(&'static str, String)>,
}

/// An email ready for the outbox.
pub(super) struct OwnedEmail {
    pub(super) to: String,
    pub(super) subject: String,
    pub(super) body: String,
    pub(super) language: Language,
}

impl OwnedEmail {
    pub(super) fn new_email(&self) -> NewEmail<'_> {
        NewEmail {
            to_address: &self.to,
            subject: &self.subject,
            body_text: &self.body,
            language: self.language.as_str(),
        }
    }
}

/// What the review commits (SUB-5), owned until the change is built.
struct MappedOrgs {
    partner_id: String,
    customer_id: String,
    new_orgs: Vec<(String, domain::subscription::NewOrg, Option<String>)>,
    grants: Vec<(String, Role)>,
}

impl Services {
    // --- intake (SUB-1) -------------------------------------------------------

    /// The ordering system behind a machine credential, or
    /// `unauthenticated`.
    pub async fn require_ordering(&self, token: &str) -> Result<MachineRecord, ApiError> {
        self.store
            .use_machine_credential(
                MachineKind::Ordering,
                &crate::auth::secret::token_hash(token),
            )
            .await?
            .ok_or_else(ApiError::unauthenticated)
    }

    /// SUB-1: a new order, stored with its welcome email to the
    /// provisioning contact; the same order again answers as the first time
    /// (`false`: not created now); other content under the same
    /// subscription id is `order_conflict`.
    pub async fn intake_order(
        &self,
        machine: &MachineRecord,
        draft: &OrderDraft,
    ) -> Result<(OrderRow, bool), ApiError> {
        let order = SubscriptionOrder::parse(draft).map_err(field_findings)?;
        if let Some(existing) = self
            .store
            .order_by_subscription(order.subscription_id().as_str())
            .await?
        {
            return Self::redelivered(&order, &existing);
        }
        let id = new_id();
        let contact = order.contact().as_str();
        let wizard = WizardState::new();
        let mail = self
            .setup_mail(
                "email-order-welcome-subject",
                "email-order-welcome-body",
                contact,
                SetupLink::new(&id, contact, 1, now_ms()),
                &order,
                Vec::new(),
            )
            .await?;
        let services: Vec<(&str, i64)> = order
            .services()
            .iter()
            .map(|line| (line.kind().as_str(), i64::from(line.quantity())))
            .collect();
        let actor = format!("ordering system {}", machine.name);
        let intake = self
            .store
            .intake_order(
                &NewOrder {
                    id: &id,
                    subscription_id: order.subscription_id().as_str(),
                    fingerprint: &order.fingerprint(),
                    ordering_partner_org_id: order.partner_org_id().map(OrgId::as_str),
                    contact_email: contact,
                    state: OrderState::New.as_str(),
                    wizard: &wizard_json(&wizard),
                    services: &services,
                },
                &mail.new_email(),
                &NewAuditEntry {
                    actor_admin_id: None,
                    actor_email: &actor,
                    actor_org_id: None,
                    org_id: None,
                    action: "order_received",
                    detail: order.subscription_id().as_str(),
                },
            )
            .await?;
        match intake {
            Intake::Created(record) => {
                tracing::info!(order = %record.id, subscription = %record.subscription_id, "order received");
                Ok((order_row(&record, &order, wizard.step()), true))
            }
            Intake::Existing(record) => Self::redelivered(&order, &record),
        }
    }

    fn redelivered(
        order: &SubscriptionOrder,
        record: &OrderRecord,
    ) -> Result<(OrderRow, bool), ApiError> {
        order
            .intake(Some(&record.fingerprint))
            .map_err(|code| ApiError::new(code, "an order with this subscription id differs"))?;
        let step = wizard_of(record).map_or(Step::OrderFor, |w| w.step());
        Ok((order_row(record, order, step), false))
    }

    /// The language of mail to `email`: the admin's with that address,
    /// else English.
    async fn mail_language(&self, email: &str) -> Result<Language, ApiError> {
        Ok(self
            .store
            .admin_by_email(email)
            .await?
            .and_then(|admin| Language::parse(&admin.language).ok())
            .unwrap_or_default())
    }

    /// Writes a setup email with its signed link.
    async fn setup_mail(
        &self,
        subject_key: &str,
        body_key: &str,
        to: &str,
        link: SetupLink,
        order: &SubscriptionOrder,
        args: Vec<(&'static str, String)>,
    ) -> Result<OwnedEmail, ApiError> {
        let language = self.mail_language(to).await?;
        Ok(self.write_mail(
            &SetupMail {
                subject_key,
                body_key,
                to,
                language,
                link,
                args,
            },
            order,
        ))
    }

    fn write_mail(&self, mail: &SetupMail<'_>, order: &SubscriptionOrder) -> OwnedEmail {
        let token = mail.link.sign(&self.config.secret_key);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("subscription", order.subscription_id().as_str().to_owned());
        args.set("services", services_text(order));
        args.set("link", format!("{}/setup/{token}", self.config.public_url));
        args.set("expires", super::iso_date(mail.link.expires_at_ms));
        for (name, value) in &mail.args {
            args.set(*name, value.clone());
        }
        let catalog = app::i18n::Catalog::get();
        OwnedEmail {
            to: mail.to.to_owned(),
            subject: catalog.format(mail.language, mail.subject_key, Some(&args)),
            body: catalog.format(mail.language, mail.body_key, Some(&args)),
            language: mail.language,
        }
    }

    // --- access ---------------------------------------------------------------

    /// What the caller may do with an order: the person it is assigned to
    /// (or who opened its link) drives it; the partner org's admins and,
    /// once it is handed to the customer, the customer org's admins reach
    /// it through the tenancy guard.
    async fn order_access(
        &self,
        caller: &Caller,
        record: &OrderRecord,
    ) -> Result<Access, ApiError> {
        if record.setup_admin_id.as_deref() == Some(caller.admin.id.as_str())
            || record.assignee_email == caller.admin.email
        {
            return Ok(Access::Write);
        }
        let customer_reaches = matches!(
            order_state(record),
            OrderState::HandedToCustomer | OrderState::Provisioned
        );
        let orgs = [
            record.partner_org_id.as_deref(),
            record.ordering_partner_org_id.as_deref(),
            record
                .customer_org_id
                .as_deref()
                .filter(|_| customer_reaches),
        ];
        let mut best = Access::None;
        for org_id in orgs.into_iter().flatten() {
            match guard(&self.store, caller, org_id, Need::Read).await {
                Ok(scope) => best = best.max(scope.access),
                Err(error) if error.code == Code::Forbidden => {}
                Err(error) => return Err(error),
            }
        }
        Ok(best)
    }

    /// The order, if the caller may `need` it; `forbidden` for an order
    /// that does not exist too, so ids cannot be probed.
    async fn order_for(
        &self,
        caller: &Caller,
        order_id: &str,
        need: Need,
    ) -> Result<(OrderRecord, Access), ApiError> {
        let Some(record) = self.store.order(order_id).await? else {
            return Err(ApiError::forbidden());
        };
        let access = self.order_access(caller, &record).await?;
        let enough = match need {
            Need::Read => access >= Access::Read,
            Need::Write => access >= Access::Write,
        };
        if !enough {
            tracing::info!(admin = %caller.admin.id, order = %order_id, ?need, "order refused");
            return Err(ApiError::forbidden());
        }
        Ok((record, access))
    }

    // --- the wizard (SUB-2 … SUB-9) -----------------------------------------

    /// SUB-7: the orders the caller may see, newest first; with
    /// `mine_unfinished`, only those waiting for the caller.
    pub async fn list_orders(
        &self,
        caller: &Caller,
        query: OrderQuery,
    ) -> Result<Vec<OrderRow>, ApiError> {
        let records = self
            .store
            .orders_concerning(&caller.admin.id, &caller.admin.email, ORDER_LIST_LIMIT)
            .await?;
        let mut rows = Vec::new();
        for record in records {
            let state = order_state(&record);
            if query.state.is_some_and(|wanted| wanted != state) {
                continue;
            }
            if query.mine_unfinished && !self.waits_for(caller, &record) {
                continue;
            }
            if self.order_access(caller, &record).await? == Access::None {
                continue;
            }
            let order = subscription_order(&record)?;
            let step = wizard_of(&record).map_or(Step::OrderFor, |w| w.step());
            rows.push(order_row(&record, &order, step));
        }
        Ok(rows)
    }

    /// SUB-7: whether the caller has setup to do on this order: it is
    /// assigned to them and not handed on, or it is left to their
    /// customer org (SUB-6).
    fn waits_for(&self, caller: &Caller, record: &OrderRecord) -> bool {
        match order_state(record) {
            OrderState::New | OrderState::InProgress => {
                record.assignee_email == caller.admin.email
                    || record.setup_admin_id.as_deref() == Some(caller.admin.id.as_str())
            }
            OrderState::HandedToCustomer => self.is_customer_admin(caller, record),
            OrderState::Provisioned => false,
        }
    }

    /// Whether the caller holds a role in the order's customer org itself
    /// (not through the partner).
    fn is_customer_admin(&self, caller: &Caller, record: &OrderRecord) -> bool {
        record
            .customer_org_id
            .as_deref()
            .is_some_and(|org| caller.holds(org, Role::CustomerFullAdmin))
    }

    pub async fn get_order_setup(
        &self,
        caller: &Caller,
        order_id: &str,
    ) -> Result<OrderSetup, ApiError> {
        let (record, access) = self.order_for(caller, order_id, Need::Read).await?;
        let record = self.resume_for_customer(caller, record, access).await?;
        let wizard = wizard_of(&record)?;
        self.setup_view(caller, &record, &wizard, access).await
    }

    /// SUB-6: the customer's admin opens an order left to them: the wizard
    /// continues at the first service step, saved.
    async fn resume_for_customer(
        &self,
        caller: &Caller,
        record: OrderRecord,
        access: Access,
    ) -> Result<OrderRecord, ApiError> {
        let wizard = wizard_of(&record)?;
        if access < Access::Write
            || wizard.handover() != Some(Handover::CustomerAdmin)
            || !self.is_customer_admin(caller, &record)
        {
            return Ok(record);
        }
        let order = subscription_order(&record)?;
        let Ok(resumed) = wizard.resume_for_customer(&order) else {
            return Ok(record);
        };
        self.store
            .set_setup_admin(
                &record.id,
                record.link_version,
                &caller.admin.id,
                Some((&record.wizard, &wizard_json(&resumed))),
                &self.order_audit(caller, &record, "order_link_opened"),
            )
            .await?;
        self.store
            .order(&record.id)
            .await?
            .ok_or_else(ApiError::forbidden)
    }

    /// An audit entry of the order's setup, in its customer (else partner)
    /// org once mapped.
    fn order_audit<'a>(
        &self,
        caller: &'a Caller,
        record: &'a OrderRecord,
        action: &'a str,
    ) -> NewAuditEntry<'a> {
        let org_id = record
            .customer_org_id
            .as_deref()
            .or(record.partner_org_id.as_deref());
        caller_audit(caller, org_id, action, &record.subscription_id)
    }

    /// The org with this id, when there is an id and the org still exists.
    async fn org_if_any(&self, id: Option<&str>) -> Result<Option<OrgRecord>, ApiError> {
        match id {
            Some(id) => Ok(self.store.org(id).await?),
            None => Ok(None),
        }
    }

    async fn setup_view(
        &self,
        caller: &Caller,
        record: &OrderRecord,
        wizard: &WizardState,
        access: Access,
    ) -> Result<OrderSetup, ApiError> {
        let order = subscription_order(record)?;
        let contact = Email::parse(&record.assignee_email).ok();
        let partner_orgs = match (wizard.step(), &contact) {
            (Step::PartnerOrg, Some(email)) => self.org_options(email, None).await?,
            _ => OrgOptions::default(),
        };
        let customer_orgs = match (wizard.step(), wizard.partner_org(), &contact) {
            (Step::CustomerOrg, Some(OrgChoice::Existing { org_id }), Some(email)) => {
                self.org_options(email, Some(org_id.as_str())).await?
            }
            _ => OrgOptions::default(),
        };
        let can_request_full_admin = record
            .customer_org_id
            .as_deref()
            .is_some_and(|org| caller.holds(org, Role::ProvisioningAdmin));
        // The wizard only holds orgs its steps offered the caller, so their
        // names may be shown.
        let existing = |choice: Option<&OrgChoice>| match choice {
            Some(OrgChoice::Existing { org_id }) => Some(org_id.as_str().to_owned()),
            _ => None,
        };
        let chosen_partner_name = self
            .org_if_any(existing(wizard.partner_org()).as_deref())
            .await?
            .map(|org| org.name);
        let chosen_customer_name = self
            .org_if_any(existing(wizard.customer_org()).as_deref())
            .await?
            .map(|org| org.name);
        Ok(OrderSetup {
            chosen_partner_name,
            chosen_customer_name,
            order: order_row(record, &order, wizard.step()),
            steps: wizard.steps(&order),
            can_go_back: access >= Access::Write && wizard.back(&order).is_some(),
            wizard: wizard.clone(),
            partner_orgs,
            customer_orgs,
            verticals: BusinessVertical::ALL.to_vec(),
            meetings_quantity: order.meetings_quantity(),
            calling_quantity: order.calling_quantity(),
            can_request_full_admin,
            summary_available: order_state(record) == OrderState::Provisioned,
        })
    }

    /// SUB-3 (`customers_of: None`) and SUB-4: the org of an admin with
    /// exactly the contact's email; else the orgs with its domain; for a
    /// customer, only among the partner's customers, which are all offered
    /// too.
    async fn org_options(
        &self,
        email: &Email,
        customers_of: Option<&str>,
    ) -> Result<OrgOptions, ApiError> {
        let mut matched = self
            .candidates(CandidateFilter::AdminEmail {
                email: email.as_str(),
                customers_of,
            })
            .await?
            .into_iter();
        let mut options = OrgOptions {
            matched: matched.next(),
            ..OrgOptions::default()
        };
        options.others.extend(matched);
        if options.matched.is_none() {
            let mut by_domain = self
                .candidates(CandidateFilter::Domain {
                    domain: email.domain(),
                    customers_of,
                })
                .await?;
            OrgCandidate::rank(&mut by_domain, now_ms());
            options.by_domain = by_domain;
        }
        if let Some(partner) = customers_of {
            let listed: Vec<OrgId> = options
                .matched
                .iter()
                .chain(&options.by_domain)
                .chain(&options.others)
                .map(|c| c.org_id.clone())
                .collect();
            let more = self
                .candidates(CandidateFilter::CustomersOf(partner))
                .await?
                .into_iter()
                .filter(|c| !listed.contains(&c.org_id));
            options.others.extend(more);
        }
        Ok(options)
    }

    async fn candidates(&self, filter: CandidateFilter<'_>) -> Result<Vec<OrgCandidate>, ApiError> {
        Ok(self
            .store
            .org_candidates(filter)
            .await?
            .into_iter()
            .filter_map(candidate)
            .collect())
    }

    /// Existing orgs chosen so far must be usable by the caller: a partner
    /// org where the caller writes, and a customer of that partner org
    /// (T-3: a partner maps orders only to its own customers).
    async fn check_org_choices(
        &self,
        caller: &Caller,
        wizard: &WizardState,
    ) -> Result<(), ApiError> {
        let refused = || ApiError::field("org_id", Code::Forbidden);
        let partner = match wizard.partner_org() {
            Some(OrgChoice::Existing { org_id }) => {
                let scope = guard(&self.store, caller, org_id.as_str(), Need::Write)
                    .await
                    .map_err(|_| refused())?;
                if !scope.org.is_partner {
                    return Err(refused());
                }
                Some(scope.org.id)
            }
            _ => None,
        };
        if let Some(OrgChoice::Existing { org_id }) = wizard.customer_org() {
            let scope = guard(&self.store, caller, org_id.as_str(), Need::Write)
                .await
                .map_err(|_| refused())?;
            if partner.is_none() || scope.org.partner_id != partner {
                return Err(refused());
            }
        }
        Ok(())
    }

    /// *Next*: the answer is checked by the domain wizard against the saved
    /// state and the order, then against the database; the new state is
    /// saved with everything leaving the step commits.
    pub async fn submit_setup_step(
        &self,
        caller: &Caller,
        input: OrderStepInput,
    ) -> Result<OrderSetup, ApiError> {
        let (record, access) = self.order_for(caller, &input.order_id, Need::Write).await?;
        let order = subscription_order(&record)?;
        let wizard = wizard_of(&record)?;
        let next = wizard.next(&order, &input.answer).map_err(field_findings)?;
        let from = wizard.step();
        if matches!(from, Step::PartnerOrg | Step::CustomerOrg | Step::Review) {
            self.check_org_choices(caller, &next).await?;
        }
        if from.sets_up_a_service() {
            // Sites and the headquarters go into the customer org: whoever
            // holds the link must also be allowed to change that org.
            let customer = record
                .customer_org_id
                .as_deref()
                .or(record.partner_org_id.as_deref())
                .ok_or_else(ApiError::forbidden)?;
            guard(&self.store, caller, customer, Need::Write).await?;
        }
        if let Some(meetings) = next.meetings().filter(|_| from == Step::Meetings) {
            self.check_site_names(meetings).await?;
        }
        if let Some(Handover::Person(email)) = next.handover() {
            let email = email.clone();
            self.hand_over(caller, &record, &order, &next, &email)
                .await?;
            // The caller's part is over: they see the handover, and the
            // saved wizard starts afresh for the new assignee.
            return self.setup_view(caller, &record, &next, Access::Read).await;
        }
        let state = match (next.handover(), next.step()) {
            (Some(Handover::CustomerAdmin), _) => OrderState::HandedToCustomer,
            (_, Step::Done) => OrderState::Provisioned,
            _ if order_state(&record) == OrderState::HandedToCustomer => {
                OrderState::HandedToCustomer
            }
            _ => OrderState::InProgress,
        };
        let json = wizard_json(&next);
        if from == Step::Review {
            self.commit_review(caller, &record, &order, &next, &json, state)
                .await?;
        } else {
            let customer_org = record
                .customer_org_id
                .clone()
                .or_else(|| record.partner_org_id.clone());
            self.commit_step(
                caller,
                &record,
                &next,
                &json,
                state,
                customer_org.as_deref(),
            )
            .await?;
        }
        let record = self
            .store
            .order(&record.id)
            .await?
            .ok_or_else(ApiError::forbidden)?;
        self.setup_view(caller, &record, &next, access).await
    }

    /// SUB-8: a URL name another site of the deployment has is refused at
    /// the Meetings step already (and again, atomically, when the sites are
    /// created).
    async fn check_site_names(
        &self,
        meetings: &domain::subscription::MeetingsSetup,
    ) -> Result<(), ApiError> {
        let names: Vec<&str> = meetings
            .sites()
            .iter()
            .map(|s| s.url_name().as_str())
            .collect();
        let taken = self.store.taken_site_names(&names).await?;
        let findings: Vec<(String, Code)> = names
            .iter()
            .enumerate()
            .filter(|(_, name)| taken.iter().any(|t| t == *name))
            .map(|(i, _)| (format!("sites[{i}].url_name"), Code::SiteNameTaken))
            .collect();
        if findings.is_empty() {
            Ok(())
        } else {
            Err(refused(findings))
        }
    }

    /// SUB-2: someone else completes the order: a new link to them (every
    /// earlier one superseded), the wizard afresh for them.
    async fn hand_over(
        &self,
        caller: &Caller,
        record: &OrderRecord,
        order: &SubscriptionOrder,
        next: &WizardState,
        email: &Email,
    ) -> Result<(), ApiError> {
        debug_assert_eq!(next.step(), Step::HandedOver);
        let version = record.link_version + 1;
        let mail = self
            .setup_mail(
                "email-order-handover-subject",
                "email-order-handover-body",
                email.as_str(),
                SetupLink::new(&record.id, email.as_str(), version, now_ms()),
                order,
                vec![("admin", caller.admin.display_name.clone())],
            )
            .await?;
        let fresh = wizard_json(&WizardState::new());
        let mut change = OrderChange::save(record, &fresh, OrderState::New.as_str());
        change.new_assignee = Some(email.as_str());
        change.setup_admin = SetupAdmin::Clear;
        change.emails.push(mail.new_email());
        let mut audit = self.order_audit(caller, record, "order_handed_over");
        audit.detail = email.as_str();
        change.audit.push(audit);
        self.store.change_order(&change).await?;
        Ok(())
    }

    /// A step that commits nothing but the wizard, or (into `Done`) the
    /// sites and the headquarters (SUB-8, SUB-9) in `customer_org`.
    async fn commit_step(
        &self,
        caller: &Caller,
        record: &OrderRecord,
        next: &WizardState,
        json: &str,
        state: OrderState,
        customer_org: Option<&str>,
    ) -> Result<(), ApiError> {
        let provision = Provision::of(next);
        let mut change = OrderChange::save(record, json, state.as_str());
        change.setup_admin = SetupAdmin::Set(&caller.admin.id);
        if next.step() == Step::Done {
            change.customer_org_id = customer_org;
            provision.apply(&mut change);
            change
                .audit
                .push(self.order_audit(caller, record, "order_provisioned"));
        }
        self.store.change_order(&change).await?;
        Ok(())
    }

    /// SUB-5 (and SUB-6): leaving the review creates the new orgs, links
    /// the subscription to the customer org with its pools, gives the
    /// partner the Provisioning admin label in an existing customer org,
    /// and either emails the customer's admins or goes on to the services.
    async fn commit_review(
        &self,
        caller: &Caller,
        record: &OrderRecord,
        order: &SubscriptionOrder,
        next: &WizardState,
        json: &str,
        state: OrderState,
    ) -> Result<(), ApiError> {
        let mapped = Self::map_orgs(next);
        let mut emails = Vec::new();
        if next.handover() == Some(Handover::CustomerAdmin) {
            let admins: Vec<_> = self
                .store
                .admins_of(&mapped.customer_id)
                .await?
                .into_iter()
                .filter(|(_, role)| *role == Role::CustomerFullAdmin)
                .collect();
            if admins.is_empty() {
                return Err(ApiError::field(
                    "customer_sets_up_services",
                    Code::CustomerHasNoAdmin,
                ));
            }
            for (admin, _) in admins {
                let language = Language::parse(&admin.language).unwrap_or_default();
                emails.push(self.write_mail(
                    &SetupMail {
                        subject_key: "email-order-customer-setup-subject",
                        body_key: "email-order-customer-setup-body",
                        to: &admin.email,
                        language,
                        link: SetupLink::new(
                            &record.id,
                            &admin.email,
                            record.link_version,
                            now_ms(),
                        ),
                        args: vec![
                            ("admin", caller.admin.display_name.clone()),
                            ("org", self.org_name(&mapped.customer_id).await?),
                        ],
                    },
                    order,
                ));
            }
        }
        let pools: Vec<(&str, i64)> = [
            (MEETINGS_LICENSE, order.meetings_quantity()),
            (CALLING_LICENSE, order.calling_quantity()),
        ]
        .into_iter()
        .filter_map(|(key, quantity)| Some((key, i64::from(quantity?))))
        .collect();
        let names: Vec<(String, String, String)> = mapped
            .new_orgs
            .iter()
            .map(|(id, org, _)| {
                (
                    id.clone(),
                    org.name().as_str().to_owned(),
                    org.country().code().to_owned(),
                )
            })
            .collect();
        let provision = Provision::of(next);
        let mut change = OrderChange::save(record, json, state.as_str());
        change.setup_admin = SetupAdmin::Set(&caller.admin.id);
        change.partner_org_id = Some(&mapped.partner_id);
        change.customer_org_id = Some(&mapped.customer_id);
        change.new_orgs = mapped
            .new_orgs
            .iter()
            .zip(&names)
            .map(|((_, org, partner), (id, name, country))| WizardOrg {
                org: NewOrg {
                    id,
                    name,
                    is_partner: partner.is_none(),
                    partner_id: partner.as_deref(),
                    country: Some(country),
                },
                vertical: org.vertical().as_str(),
            })
            .collect();
        change.grants = mapped
            .grants
            .iter()
            .map(|(org_id, role)| WizardGrant {
                admin_id: &caller.admin.id,
                org_id,
                role: *role,
            })
            .collect();
        change.subscription = Some(WizardSubscription {
            id: order.subscription_id().as_str(),
            org_id: &mapped.customer_id,
            pools: &pools,
        });
        change.emails = emails.iter().map(OwnedEmail::new_email).collect();
        for (id, name, _) in &names {
            change
                .audit
                .push(caller_audit(caller, Some(id), "org_created", name));
        }
        let mut audit = self.order_audit(caller, record, "order_orgs_mapped");
        audit.org_id = Some(&mapped.customer_id);
        change.audit.push(audit);
        if next.step() == Step::Done {
            provision.apply(&mut change);
        }
        self.store.change_order(&change).await?;
        Ok(())
    }

    async fn org_name(&self, org_id: &str) -> Result<String, ApiError> {
        Ok(self
            .store
            .org(org_id)
            .await?
            .map(|org| org.name)
            .unwrap_or_default())
    }

    /// The orgs the review maps (SUB-5): existing ones by id, new ones
    /// with fresh ids; a new partner org makes the caller its full admin,
    /// an existing customer org gives the caller the Provisioning admin
    /// label (never replacing a role they hold there).
    fn map_orgs(next: &WizardState) -> MappedOrgs {
        let mut new_orgs = Vec::new();
        let mut grants = Vec::new();
        let partner_id = match next.partner_org() {
            Some(OrgChoice::Existing { org_id }) => org_id.as_str().to_owned(),
            Some(OrgChoice::New(org)) => {
                let id = new_id();
                new_orgs.push((id.clone(), org.clone(), None));
                grants.push((id.clone(), Role::PartnerFullAdmin));
                id
            }
            // The review is reached only with a partner org chosen.
            None => String::new(),
        };
        let customer_id = match next.customer_org() {
            Some(OrgChoice::Existing { org_id }) => {
                if next.grants_provisioning_admin() {
                    grants.push((org_id.as_str().to_owned(), Role::ProvisioningAdmin));
                }
                org_id.as_str().to_owned()
            }
            Some(OrgChoice::New(org)) => {
                let id = new_id();
                new_orgs.push((id.clone(), org.clone(), Some(partner_id.clone())));
                id
            }
            // T-1: an order for the partner's own company.
            None => partner_id.clone(),
        };
        MappedOrgs {
            partner_id,
            customer_id,
            new_orgs,
            grants,
        }
    }

    /// *Back*, answers kept; never past the review.
    pub async fn setup_step_back(
        &self,
        caller: &Caller,
        order_id: &str,
    ) -> Result<OrderSetup, ApiError> {
        let (record, access) = self.order_for(caller, order_id, Need::Write).await?;
        let order = subscription_order(&record)?;
        let wizard = wizard_of(&record)?;
        let back = wizard
            .back(&order)
            .ok_or_else(|| ApiError::field("step", Code::WizardStepMismatch))?;
        let json = wizard_json(&back);
        let change = OrderChange::save(&record, &json, &record.state);
        self.store.change_order(&change).await?;
        let record = self
            .store
            .order(order_id)
            .await?
            .ok_or_else(ApiError::forbidden)?;
        self.setup_view(caller, &record, &back, access).await
    }

    // --- the summary (SUB-10) ------------------------------------------------

    /// SUB-10: the order summary PDF of a provisioned order, with its file
    /// name. Read access to the order is enough (the partner keeps it).
    pub async fn order_summary_pdf(
        &self,
        caller: &Caller,
        order_id: &str,
    ) -> Result<(String, Vec<u8>), ApiError> {
        let (record, _) = self.order_for(caller, order_id, Need::Read).await?;
        if order_state(&record) != OrderState::Provisioned {
            return Err(ApiError::new(
                Code::NotFound,
                "the summary exists once the order is set up",
            ));
        }
        let order = subscription_order(&record)?;
        let wizard = wizard_of(&record)?;
        let org = |id: Option<&str>| {
            let id = id.map(str::to_owned);
            async move {
                Ok::<_, ApiError>(self.org_if_any(id.as_deref()).await?.map(|org| OrgSummary {
                    name: org.name,
                    country: org.country.as_deref().map(country_name).unwrap_or_default(),
                }))
            }
        };
        let customer = org(record.customer_org_id.as_deref())
            .await?
            .unwrap_or_default();
        let partner = match record.partner_org_id != record.customer_org_id {
            true => org(record.partner_org_id.as_deref()).await?,
            // T-1: an order for the partner's own company.
            false => None,
        };
        let summary = OrderSummary {
            subscription_id: record.subscription_id.clone(),
            date: super::iso_date(record.updated_at),
            partner,
            customer,
            services: order
                .services()
                .iter()
                .map(|line| ServiceSummary {
                    name: service_name(line.kind()).to_owned(),
                    quantity: line.quantity(),
                })
                .collect(),
            meetings_sites: wizard
                .meetings()
                .map(|m| {
                    m.sites()
                        .iter()
                        .map(|site| MeetingsSiteSummary {
                            site_url: site.url_name().host(),
                            time_zone: site.time_zone().as_str().to_owned(),
                            early_adopter: site.early_adopter(),
                            licenses: site.licenses(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            calling_location: wizard.calling().map(|hq| {
                let address = hq.address();
                let city = [address.postal_code.as_deref(), Some(address.city.as_str())]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                CallingLocationSummary {
                    name: hq.name().as_str().to_owned(),
                    country: hq.country().english_name().to_owned(),
                    address_lines: [
                        Some(address.line1.clone()),
                        address.line2.clone(),
                        Some(city),
                        address.state.clone(),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                }
            }),
        };
        let pdf = order_summary_pdf(&summary, &summary_labels(caller.language));
        Ok((format!("order-summary-{}.pdf", record.subscription_id), pdf))
    }

    // --- the link (SUB-1) -----------------------------------------------------

    /// A link's order, when the link is valid and current.
    async fn linked_order(&self, token: &str) -> Result<(SetupLink, OrderRecord), ApiError> {
        let link = SetupLink::verify(token, &self.config.secret_key, now_ms())
            .map_err(|code| ApiError::new(code, "the setup link cannot be used"))?;
        let record = self
            .store
            .order(&link.order_id)
            .await?
            .ok_or_else(|| ApiError::new(Code::SetupLinkInvalid, "no such order"))?;
        link.check_current(record.link_version)
            .map_err(|code| ApiError::new(code, "the setup link cannot be used"))?;
        Ok((link, record))
    }

    /// Opens a *Set up service* link. Signed in, the caller becomes the
    /// order's setup admin (SUB-7: their next sign-in offers it); signed
    /// out, the page learns whether to offer sign-in or a new account.
    pub async fn open_setup_link(
        &self,
        caller: Option<&Caller>,
        token: &str,
    ) -> Result<OrderLinkInfo, ApiError> {
        let (link, mut record) = self.linked_order(token).await?;
        if let Some(caller) = caller {
            let wizard = wizard_of(&record)?;
            let order = subscription_order(&record)?;
            // SUB-6: a customer admin's link continues at the services.
            let resumed = (wizard.handover() == Some(Handover::CustomerAdmin)
                && self.is_customer_admin(caller, &record))
            .then(|| wizard.resume_for_customer(&order).ok())
            .flatten()
            .map(|w| wizard_json(&w));
            self.store
                .set_setup_admin(
                    &record.id,
                    record.link_version,
                    &caller.admin.id,
                    resumed.as_deref().map(|to| (record.wizard.as_str(), to)),
                    &self.order_audit(caller, &record, "order_link_opened"),
                )
                .await?;
            record = self
                .store
                .order(&record.id)
                .await?
                .ok_or_else(ApiError::forbidden)?;
        }
        let has_account = self
            .store
            .admin_by_email(&link.email)
            .await?
            .is_some_and(|admin| admin.password_hash.is_some());
        let order = subscription_order(&record)?;
        Ok(OrderLinkInfo {
            order_id: record.id.clone(),
            subscription_id: record.subscription_id.clone(),
            services: service_rows(&order),
            email: link.email,
            has_account,
            signed_in: caller.is_some(),
            state: order_state(&record),
        })
    }

    /// A new provisioning contact's account: the link's email, a name and
    /// a password (Argon2id, as sign-in checks it); signed in at once and
    /// made the order's setup admin. An account that can sign in already
    /// is `email_in_use`: its owner signs in instead.
    pub async fn create_setup_account(
        &self,
        input: SetupAccountInput,
        previous_token: Option<&str>,
    ) -> Result<NewSession, ApiError> {
        let (link, record) = self.linked_order(&input.token).await?;
        let mut findings = Vec::new();
        let name = PersonName::parse(&input.display_name)
            .map_err(|e| findings.push(("display_name", e.code())))
            .ok();
        let password = NewPassword::parse(&input.password)
            .map_err(|e| findings.push(("password", e.code())))
            .ok();
        let existing = self.store.admin_by_email(&link.email).await?;
        if existing.as_ref().is_some_and(|a| a.password_hash.is_some()) {
            findings.push(("email", Code::EmailInUse));
        }
        let (Some(name), Some(password), true) = (name, password, findings.is_empty()) else {
            return Err(refused(
                findings
                    .into_iter()
                    .map(|(field, code)| (field.to_owned(), code)),
            ));
        };
        let hash = password::hash(password.expose().to_owned())
            .await
            .map_err(|error| {
                tracing::error!(%error, "password hashing failed");
                ApiError::internal()
            })?;
        let admin_id = match existing {
            Some(admin) => {
                self.store.set_admin_password(&admin.id, &hash).await?;
                admin.id
            }
            None => {
                self.store
                    .upsert_admin(&NewAdmin {
                        id: &new_id(),
                        email: &link.email,
                        display_name: name.as_str(),
                        password_hash: Some(&hash),
                        language: Language::default().as_str(),
                    })
                    .await?
            }
        };
        let admin = self
            .store
            .admin(&admin_id)
            .await?
            .ok_or_else(ApiError::internal)?;
        let session = self.open_session(admin, previous_token).await?;
        let caller = self
            .caller_from_session(Some(&session.token))
            .await?
            .ok_or_else(ApiError::internal)?;
        self.store
            .set_setup_admin(
                &record.id,
                record.link_version,
                &admin_id,
                None,
                &self.order_audit(&caller, &record, "order_link_opened"),
            )
            .await?;
        Ok(session)
    }
}

/// SUB-8, SUB-9: what the wizard's `Done` creates, owned.
struct Provision {
    sites: Vec<(String, String, String, bool, i64)>,
    headquarters: Option<(String, domain::subscription::Headquarters)>,
}

impl Provision {
    fn of(wizard: &WizardState) -> Self {
        let sites = wizard
            .meetings()
            .map(|m| {
                m.sites()
                    .iter()
                    .map(|site| {
                        (
                            new_id(),
                            site.url_name().as_str().to_owned(),
                            site.time_zone().as_str().to_owned(),
                            site.early_adopter(),
                            i64::from(site.licenses()),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        Self {
            sites,
            headquarters: wizard.calling().map(|hq| (new_id(), hq.clone())),
        }
    }

    fn apply<'a>(&'a self, change: &mut OrderChange<'a>) {
        change.sites = self
            .sites
            .iter()
            .map(
                |(id, url_name, time_zone, early_adopter, licenses)| NewSite {
                    id,
                    url_name,
                    time_zone,
                    early_adopter: *early_adopter,
                    licenses: *licenses,
                },
            )
            .collect();
        change.headquarters = self.headquarters.as_ref().map(|(id, hq)| NewHeadquarters {
            id,
            name: hq.name(),
            address: hq.address(),
        });
    }
}
