//! Issue 7 (SUB-1 … SUB-9) on both backends: order intake, the signed
//! *Set up service* link, the setup wizard's persistence and what each
//! step commits, and tenancy, as the services and the REST API see them.
mod common;

use std::sync::Arc;

use app::api::{ApiError, OrderQuery, OrderSetup, OrderState, OrderStepInput, SetupAccountInput};
use axum::{
    body::Body,
    http::{Method, Request, StatusCode, header},
};
use common::TestDb;
use domain::{
    AddressDraft, Code, Role,
    subscription::{
        HeadquartersDraft, MeetingsSetupDraft, NewOrgDraft, OrderDraft, OrderForDraft,
        OrgChoiceDraft, ServiceLineDraft, SiteDraft, Step, StepAnswer,
    },
};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use server::{
    Config, Services,
    auth::setup_link::{SetupLink, VALIDITY_MS},
    demo,
    demo::demo_id,
    http::{AppState, router},
    store::{MachineKind, MachineRecord, Store, now_ms},
    tenancy::Caller,
};
use tower::ServiceExt;

const NORA: &str = "partner@northwind.example";
const GLORIA: &str = "partner@globex.example";
const ARCHIE: &str = "admin@archerfarms.example";
const PUBLIC_URL: &str = "https://portal.test";

struct Env {
    services: Services,
    machine: MachineRecord,
}

async fn env(db: &TestDb) -> Env {
    demo::load(&db.store).await.expect("demo loads");
    let mut config = Config::new(db.url.clone());
    config.public_url = PUBLIC_URL.into();
    Env {
        services: Services::new(db.store.clone(), Arc::new(config)),
        machine: MachineRecord {
            id: "m-1".into(),
            name: "test ordering".into(),
        },
    }
}

async fn caller(store: &Store, email: &str) -> Caller {
    let admin = store.admin_by_email(email).await.unwrap().expect("admin");
    let grants = store.grants_of(&admin.id).await.unwrap();
    Caller {
        admin,
        grants,
        language: domain::Language::En,
    }
}

fn draft(id: &str, contact: &str, services: &[(&str, i64)]) -> OrderDraft {
    OrderDraft {
        subscription_id: id.into(),
        services: services
            .iter()
            .map(|&(service, quantity)| ServiceLineDraft {
                service: service.into(),
                quantity,
            })
            .collect(),
        provisioning_contact_email: contact.into(),
        partner_org_id: None,
    }
}

/// `(subject, body)` of every email queued to `to`, oldest first.
async fn mails_to(store: &Store, to: &str) -> Vec<(String, String)> {
    sqlx::query_as::<_, (String, String)>(
        "SELECT subject, body_text FROM email_outbox WHERE to_address = $1 ORDER BY created_at, id",
    )
    .bind(to)
    .fetch_all(store.pool())
    .await
    .unwrap()
}

/// The token of the last setup link mailed to `to`.
async fn link_to(store: &Store, to: &str) -> String {
    let mails = mails_to(store, to).await;
    let (_, body) = mails.last().expect("a mail");
    let start = body.find("/setup/").expect("a setup link") + "/setup/".len();
    body[start..]
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned()
}

fn codes(error: &ApiError) -> Vec<Code> {
    if error.findings.is_empty() {
        vec![error.code]
    } else {
        error.findings.iter().map(|f| f.code).collect()
    }
}

fn existing(org: &str) -> OrgChoiceDraft {
    OrgChoiceDraft::Existing {
        org_id: demo_id(org),
    }
}

fn new_org(name: &str) -> OrgChoiceDraft {
    OrgChoiceDraft::New(NewOrgDraft {
        name: name.into(),
        vertical: "retail".into(),
        country: "RO".into(),
    })
}

fn meetings(sites: &[(&str, u32)]) -> StepAnswer {
    StepAnswer::Meetings(MeetingsSetupDraft {
        sites: sites
            .iter()
            .map(|&(url_name, licenses)| SiteDraft {
                url_name: url_name.into(),
                time_zone: "Europe/Bucharest".into(),
                early_adopter: true,
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

fn for_customer() -> StepAnswer {
    StepAnswer::OrderFor(OrderForDraft::ForCustomer)
}

/// Northwind's answers for one of its customers, through the review.
fn past_review(customer: OrgChoiceDraft, customer_sets_up_services: bool) -> Vec<StepAnswer> {
    vec![
        for_customer(),
        StepAnswer::PartnerOrg(existing("northwind")),
        StepAnswer::CustomerOrg(customer),
        review(customer_sets_up_services),
    ]
}

/// Northwind's answers for one of its customers, up to the customer org.
fn to_customer_org() -> Vec<StepAnswer> {
    vec![
        for_customer(),
        StepAnswer::PartnerOrg(existing("northwind")),
    ]
}

fn review(customer_sets_up_services: bool) -> StepAnswer {
    StepAnswer::Review {
        customer_sets_up_services,
    }
}

impl Env {
    /// SUB-7: the setups waiting for `caller`.
    async fn waiting(&self, caller: &Caller) -> Vec<app::api::OrderRow> {
        self.services
            .list_orders(
                caller,
                OrderQuery {
                    mine_unfinished: true,
                    state: None,
                },
            )
            .await
            .unwrap()
    }

    /// A new account from a setup link.
    async fn sign_up(&self, token: String, name: &str) {
        self.services
            .create_setup_account(
                SetupAccountInput {
                    token,
                    display_name: name.into(),
                    password: "a long enough passphrase".into(),
                },
                None,
            )
            .await
            .unwrap();
    }

    async fn order(&self, id: &str, contact: &str, services: &[(&str, i64)]) -> String {
        let (row, created) = self
            .services
            .intake_order(&self.machine, &draft(id, contact, services))
            .await
            .expect("order accepted");
        assert!(created);
        row.id
    }

    async fn step(
        &self,
        caller: &Caller,
        order_id: &str,
        answer: StepAnswer,
    ) -> Result<OrderSetup, ApiError> {
        self.services
            .submit_setup_step(
                caller,
                OrderStepInput {
                    order_id: order_id.into(),
                    answer,
                },
            )
            .await
    }

    async fn walk(&self, caller: &Caller, order_id: &str, answers: Vec<StepAnswer>) -> OrderSetup {
        let mut last = None;
        for answer in answers {
            let step = answer.step();
            last = Some(
                self.step(caller, order_id, answer)
                    .await
                    .unwrap_or_else(|e| panic!("{step:?} refused: {e:?}")),
            );
        }
        last.expect("at least one answer")
    }
}

#[tokio::test]
async fn sub_1_the_same_order_sent_twice_is_one_order() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let order = draft(
            "Sub-1",
            "ana@ferme.ro",
            &[("meetings", 50), ("calling", 20)],
        );
        let (first, created) = env
            .services
            .intake_order(&env.machine, &order)
            .await
            .unwrap();
        assert!(created, "{}", db.label());
        assert_eq!(first.state, OrderState::New);
        // A retry, lines in another order: the same order, no second email.
        let mut again = order.clone();
        again.services.reverse();
        let (second, created) = env
            .services
            .intake_order(&env.machine, &again)
            .await
            .unwrap();
        assert!(!created);
        assert_eq!(second.id, first.id);
        assert_eq!(mails_to(&db.store, "ana@ferme.ro").await.len(), 1);
        // The same id with other content is a conflict (409).
        let mut changed = order.clone();
        changed.services[0].quantity = 51;
        let error = env
            .services
            .intake_order(&env.machine, &changed)
            .await
            .unwrap_err();
        assert_eq!(error.code, Code::OrderConflict);
        assert_eq!(error.http_status(), 409);
        db.close().await;
    }
}

#[tokio::test]
async fn sub_1_an_order_with_bad_fields_gets_field_level_findings() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let bad = draft("Sub 1", "ana", &[("meetings", 5), ("calling", 0)]);
        let error = env
            .services
            .intake_order(&env.machine, &bad)
            .await
            .unwrap_err();
        assert_eq!(error.http_status(), 422);
        let fields: Vec<(&str, Code)> = error
            .findings
            .iter()
            .map(|f| (f.field.as_str(), f.code))
            .collect();
        assert_eq!(
            fields,
            [
                ("subscriptionId", Code::OrderSubscriptionIdInvalid),
                ("services[1].quantity", Code::OrderQuantityInvalid),
                ("provisioningContactEmail", Code::EmailInvalid),
            ],
            "{}",
            db.label()
        );
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orders")
            .fetch_one(db.store.pool())
            .await
            .unwrap();
        assert_eq!(stored, 0);
        db.close().await;
    }
}

#[tokio::test]
async fn sub_1_the_welcome_email_carries_a_signed_setup_link() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let order_id = env.order("Sub-1", "ana@ferme.ro", &[("suite", 10)]).await;
        let mails = mails_to(&db.store, "ana@ferme.ro").await;
        assert_eq!(mails.len(), 1, "{}", db.label());
        let (subject, body) = &mails[0];
        assert!(subject.contains("Sub-1"), "{subject}");
        assert!(body.contains(&format!("{PUBLIC_URL}/setup/")), "{body}");
        assert!(body.contains("Webex Suite (10)"), "{body}");
        let token = link_to(&db.store, "ana@ferme.ro").await;
        let link =
            SetupLink::verify(&token, &env.services.config.secret_key, now_ms()).expect("valid");
        assert_eq!(link.order_id, order_id);
        assert_eq!(link.email, "ana@ferme.ro");
        // Signed out, the page learns there is no account for the email yet.
        let info = env.services.open_setup_link(None, &token).await.unwrap();
        assert_eq!(info.order_id, order_id);
        assert!(!info.has_account && !info.signed_in);
        // An existing admin's order offers sign-in.
        env.order("Sub-2", NORA, &[("meetings", 5)]).await;
        let token = link_to(&db.store, NORA).await;
        let info = env.services.open_setup_link(None, &token).await.unwrap();
        assert!(info.has_account);
        db.close().await;
    }
}

#[tokio::test]
async fn a_tampered_expired_or_superseded_setup_link_is_refused() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let order_id = env.order("Sub-1", NORA, &[("meetings", 5)]).await;
        let token = link_to(&db.store, NORA).await;
        let key = &env.services.config.secret_key;
        let refused = |result: Result<app::api::OrderLinkInfo, ApiError>| {
            result.map(|_| ()).unwrap_err().code
        };
        let mut tampered = token.clone();
        tampered.insert(3, 'A');
        assert_eq!(
            refused(env.services.open_setup_link(None, &tampered).await),
            Code::SetupLinkInvalid,
            "{}",
            db.label()
        );
        let expired = SetupLink::new(&order_id, NORA, 1, now_ms() - VALIDITY_MS - 1).sign(key);
        assert_eq!(
            refused(env.services.open_setup_link(None, &expired).await),
            Code::SetupLinkExpired
        );
        // SUB-2 supersedes every earlier link.
        let nora = caller(&db.store, NORA).await;
        env.step(
            &nora,
            &order_id,
            StepAnswer::OrderFor(OrderForDraft::SomeoneElse {
                email: "ion@ferme.ro".into(),
            }),
        )
        .await
        .unwrap();
        let error = env
            .services
            .open_setup_link(None, &token)
            .await
            .unwrap_err();
        assert_eq!(error.code, Code::SetupLinkSuperseded);
        assert_eq!(error.http_status(), 410);
        db.close().await;
    }
}

#[tokio::test]
async fn sub_2_someone_else_receives_the_link_and_the_old_one_stops_working() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let order_id = env.order("Sub-1", NORA, &[("meetings", 5)]).await;
        let nora = caller(&db.store, NORA).await;
        let old = link_to(&db.store, NORA).await;
        let shown = env
            .step(
                &nora,
                &order_id,
                StepAnswer::OrderFor(OrderForDraft::SomeoneElse {
                    email: "Ion@Ferme.ro".into(),
                }),
            )
            .await
            .unwrap();
        assert_eq!(shown.wizard.step(), Step::HandedOver, "{}", db.label());
        let mails = mails_to(&db.store, "ion@ferme.ro").await;
        assert_eq!(mails.len(), 1);
        assert!(mails[0].1.contains("Nora Lind"), "{}", mails[0].1);
        let new = link_to(&db.store, "ion@ferme.ro").await;
        assert!(env.services.open_setup_link(None, &old).await.is_err());
        let info = env.services.open_setup_link(None, &new).await.unwrap();
        assert_eq!(info.email, "ion@ferme.ro");
        assert_eq!(info.state, OrderState::New);
        // Ion starts afresh; Nora, no partner of the order, is out.
        let error = env
            .services
            .get_order_setup(&nora, &order_id)
            .await
            .unwrap_err();
        assert_eq!(error.code, Code::Forbidden);
        // Ion creates an account from the link and drives the wizard.
        env.sign_up(new.clone(), "Ion Popescu").await;
        let ion = caller(&db.store, "ion@ferme.ro").await;
        let setup = env.services.get_order_setup(&ion, &order_id).await.unwrap();
        assert_eq!(setup.wizard.step(), Step::OrderFor);
        let again = env
            .services
            .create_setup_account(
                SetupAccountInput {
                    token: new,
                    display_name: "Ion".into(),
                    password: "another long passphrase".into(),
                },
                None,
            )
            .await
            .map(|_| ())
            .unwrap_err();
        assert_eq!(codes(&again), [Code::EmailInUse]);
        db.close().await;
    }
}

#[tokio::test]
async fn sub_3_candidates_by_exact_email_then_by_domain() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        // Nora's own email: her partner org, exactly.
        let nora = caller(&db.store, NORA).await;
        let order_id = env.order("Sub-1", NORA, &[("meetings", 5)]).await;
        let setup = env.step(&nora, &order_id, for_customer()).await.unwrap();
        assert_eq!(setup.wizard.step(), Step::PartnerOrg);
        let matched = setup.partner_orgs.matched.expect("matched by email");
        assert_eq!(
            matched.org_id.as_str(),
            demo_id("northwind"),
            "{}",
            db.label()
        );
        // SUB-4: only Northwind's customers are offered, Globex's never.
        let setup = env
            .step(
                &nora,
                &order_id,
                StepAnswer::PartnerOrg(existing("northwind")),
            )
            .await
            .unwrap();
        let offered: Vec<String> = setup
            .customer_orgs
            .others
            .iter()
            .map(|c| c.name.clone())
            .collect();
        assert!(offered.contains(&"Archer Farms".to_owned()), "{offered:?}");
        assert!(!offered.contains(&"Initech".to_owned()), "{offered:?}");

        // A colleague without an account: Northwind by its verified domain.
        env.order("Sub-2", "new.person@northwind.example", &[("meetings", 5)])
            .await;
        let token = link_to(&db.store, "new.person@northwind.example").await;
        env.sign_up(token, "New Person").await;
        let newcomer = caller(&db.store, "new.person@northwind.example").await;
        let orders = env.waiting(&newcomer).await;
        assert_eq!(orders.len(), 1);
        let setup = env
            .step(&newcomer, &orders[0].id, for_customer())
            .await
            .unwrap();
        assert!(setup.partner_orgs.matched.is_none());
        let by_domain = &setup.partner_orgs.by_domain;
        assert_eq!(by_domain.len(), 1, "{by_domain:?}");
        assert_eq!(by_domain[0].org_id.as_str(), demo_id("northwind"));
        assert_eq!(by_domain[0].verified_domains, ["northwind.example"]);
        // Picking it needs a partner role there (T-3); a new org is fine.
        let error = env
            .step(
                &newcomer,
                &orders[0].id,
                StepAnswer::PartnerOrg(existing("northwind")),
            )
            .await
            .unwrap_err();
        assert_eq!(codes(&error), [Code::Forbidden]);
        let setup = env
            .step(
                &newcomer,
                &orders[0].id,
                StepAnswer::PartnerOrg(new_org("Ferme Noi")),
            )
            .await
            .unwrap();
        assert_eq!(setup.wizard.step(), Step::CustomerOrg);
        db.close().await;
    }
}

#[tokio::test]
async fn sub_5_the_partner_becomes_provisioning_admin_in_an_existing_customer_org() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let nora = caller(&db.store, NORA).await;
        let order_id = env
            .order("Sub-1", NORA, &[("meetings", 40), ("suite", 10)])
            .await;
        // At the review, both chosen orgs are named by the server.
        let mut answers = past_review(existing("archer"), false);
        let last = answers.pop().unwrap();
        let at_review = env.walk(&nora, &order_id, answers).await;
        assert_eq!(at_review.wizard.step(), Step::Review, "{}", db.label());
        assert_eq!(
            (
                at_review.chosen_partner_name.as_deref(),
                at_review.chosen_customer_name.as_deref()
            ),
            (Some("Northwind Telecom"), Some("Archer Farms"))
        );
        let setup = env.walk(&nora, &order_id, vec![last]).await;
        assert_eq!(setup.wizard.step(), Step::Meetings, "{}", db.label());
        assert_eq!(setup.order.state, OrderState::InProgress);
        assert_eq!(setup.order.customer_org_id, Some(demo_id("archer")));
        assert!(!setup.can_go_back, "no way back past the review");
        let nora = caller(&db.store, NORA).await;
        assert!(
            nora.grants
                .iter()
                .any(|g| g.org_id == demo_id("archer") && g.role == Role::ProvisioningAdmin)
        );
        // The subscription is Archer's, with a pool per service.
        let mut pools: Vec<(String, i64)> = db
            .store
            .pools_of(&demo_id("archer"))
            .await
            .unwrap()
            .into_iter()
            .filter(|p| p.subscription_id == "Sub-1")
            .map(|p| (p.license_key, p.quantity))
            .collect();
        pools.sort();
        assert_eq!(
            pools,
            [("calling_professional".into(), 10), ("meetings".into(), 50)]
        );
        // SUB-5: ask Archer's full admin for full admin.
        env.services
            .request_full_admin(&nora, &demo_id("archer"))
            .await
            .unwrap();
        let mails = mails_to(&db.store, ARCHIE).await;
        assert!(mails.last().unwrap().1.contains(NORA));
        let archie = caller(&db.store, ARCHIE).await;
        let error = env
            .services
            .request_full_admin(&archie, &demo_id("archer"))
            .await
            .unwrap_err();
        assert_eq!(error.code, Code::NotProvisioningAdmin);

        // A new customer org is created under the partner, with its vertical.
        let second = env.order("Sub-2", NORA, &[("calling", 3)]).await;
        let setup = env
            .walk(
                &nora,
                &second,
                past_review(new_org("Fermele Bucovinei SRL"), false),
            )
            .await;
        let customer = setup.order.customer_org_id.expect("a customer org");
        let org = db.store.org(&customer).await.unwrap().unwrap();
        assert_eq!(org.partner_id, Some(demo_id("northwind")));
        assert_eq!(
            db.store.org_vertical(&customer).await.unwrap().as_deref(),
            Some("retail")
        );
        db.close().await;
    }
}

#[tokio::test]
async fn sub_5_only_the_customers_full_admin_grants_or_declines_full_admin() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let nora = caller(&db.store, NORA).await;
        let order_id = env.order("Sub-1", NORA, &[("meetings", 5)]).await;
        env.walk(&nora, &order_id, past_review(existing("archer"), false))
            .await;
        let archer = demo_id("archer");
        let nora = caller(&db.store, NORA).await;
        let role_of_nora = || async {
            caller(&db.store, NORA)
                .await
                .grants
                .into_iter()
                .find(|g| g.org_id == archer)
                .map(|g| g.role)
        };
        env.services
            .request_full_admin(&nora, &archer)
            .await
            .unwrap();
        // The email links to the org's overview, where the request waits.
        let (_, body) = mails_to(&db.store, ARCHIE).await.pop().unwrap();
        assert!(
            body.contains(&format!("{PUBLIC_URL}/orgs/{archer}/overview")),
            "{body}"
        );
        // Neither the asker, nor another partner, may see or answer it.
        let gloria = caller(&db.store, GLORIA).await;
        for outsider in [&nora, &gloria] {
            let listed = env.services.full_admin_requests(outsider, &archer).await;
            assert_eq!(listed.unwrap_err().code, Code::Forbidden, "{}", db.label());
            let nora_id = nora.admin.id.clone();
            let answered = env
                .services
                .answer_full_admin_request(outsider, &archer, &nora_id, true)
                .await;
            assert_eq!(answered.unwrap_err().code, Code::Forbidden);
        }
        assert_eq!(role_of_nora().await, Some(Role::ProvisioningAdmin));

        // Archer's full admin sees it, and declines: Nora keeps the label.
        let archie = caller(&db.store, ARCHIE).await;
        let pending = env
            .services
            .full_admin_requests(&archie, &archer)
            .await
            .unwrap();
        assert_eq!(
            pending.iter().map(|r| r.email.as_str()).collect::<Vec<_>>(),
            [NORA]
        );
        env.services
            .answer_full_admin_request(&archie, &archer, &nora.admin.id, false)
            .await
            .unwrap();
        assert!(
            env.services
                .full_admin_requests(&archie, &archer)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(role_of_nora().await, Some(Role::ProvisioningAdmin));
        // An answered request cannot be answered again.
        let again = env
            .services
            .answer_full_admin_request(&archie, &archer, &nora.admin.id, true)
            .await;
        assert_eq!(again.unwrap_err().code, Code::NotFound);

        // Asked again and granted: Nora is a full admin of Archer.
        env.services
            .request_full_admin(&nora, &archer)
            .await
            .unwrap();
        env.services
            .answer_full_admin_request(&archie, &archer, &nora.admin.id, true)
            .await
            .unwrap();
        assert_eq!(role_of_nora().await, Some(Role::CustomerFullAdmin));
        let nora = caller(&db.store, NORA).await;
        let asked = env.services.request_full_admin(&nora, &archer).await;
        assert_eq!(asked.unwrap_err().code, Code::NotProvisioningAdmin);
        db.close().await;
    }
}

#[tokio::test]
async fn sub_6_the_customers_admin_sets_up_the_services_and_the_partner_keeps_access() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let nora = caller(&db.store, NORA).await;
        let order_id = env.order("Sub-1", NORA, &[("meetings", 5)]).await;
        let setup = env
            .walk(&nora, &order_id, past_review(existing("archer"), true))
            .await;
        assert_eq!(setup.wizard.step(), Step::HandedOver, "{}", db.label());
        assert_eq!(setup.order.state, OrderState::HandedToCustomer);
        let token = link_to(&db.store, ARCHIE).await;
        let archie = caller(&db.store, ARCHIE).await;
        let waiting = env.waiting(&archie).await;
        assert_eq!(waiting.len(), 1);
        env.services
            .open_setup_link(Some(&archie), &token)
            .await
            .unwrap();
        let setup = env
            .services
            .get_order_setup(&archie, &order_id)
            .await
            .unwrap();
        assert_eq!(setup.wizard.step(), Step::Meetings);
        let done = env
            .step(&archie, &order_id, meetings(&[("archer", 0)]))
            .await
            .unwrap();
        assert_eq!(done.order.state, OrderState::Provisioned);
        // The partner still sees it.
        let seen = env
            .services
            .get_order_setup(&nora, &order_id)
            .await
            .unwrap();
        assert!(seen.summary_available);
        db.close().await;
    }
}

#[tokio::test]
async fn sub_7_the_wizard_resumes_at_the_saved_step() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let nora = caller(&db.store, NORA).await;
        let order_id = env.order("Sub-1", NORA, &[("suite", 5)]).await;
        env.walk(&nora, &order_id, to_customer_org()).await;
        // Set up later: a new sign-in lists it, at the saved step.
        let nora = caller(&db.store, NORA).await;
        let waiting = env.waiting(&nora).await;
        assert_eq!(waiting.len(), 1, "{}", db.label());
        assert_eq!(waiting[0].step, Step::CustomerOrg);
        assert_eq!(waiting[0].state, OrderState::InProgress);
        let setup = env
            .services
            .get_order_setup(&nora, &order_id)
            .await
            .unwrap();
        assert_eq!(setup.wizard.step(), Step::CustomerOrg);
        assert_eq!(
            setup.steps,
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
        // Back keeps the answer; a stale answer is a step mismatch.
        let back = env
            .services
            .setup_step_back(&nora, &order_id)
            .await
            .unwrap();
        assert_eq!(back.wizard.step(), Step::PartnerOrg);
        assert!(back.wizard.partner_org().is_some());
        let stale = env
            .step(
                &nora,
                &order_id,
                StepAnswer::CustomerOrg(existing("archer")),
            )
            .await
            .unwrap_err();
        assert_eq!(codes(&stale), [Code::WizardStepMismatch]);
        db.close().await;
    }
}

#[tokio::test]
async fn sub_8_a_site_url_name_is_unique_across_the_deployment() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let nora = caller(&db.store, NORA).await;
        let first = env.order("Sub-1", NORA, &[("meetings", 50)]).await;
        env.walk(&nora, &first, past_review(existing("bergen"), false))
            .await;
        let split = env
            .step(&nora, &first, meetings(&[("bergen", 30), ("bergen-2", 30)]))
            .await
            .unwrap_err();
        assert_eq!(
            codes(&split),
            [Code::LicenseSplitMismatch],
            "{}",
            db.label()
        );
        let done = env
            .step(&nora, &first, meetings(&[("bergen", 30), ("Bergen-2", 20)]))
            .await
            .unwrap();
        assert_eq!(done.order.state, OrderState::Provisioned);
        assert_eq!(
            db.store.meeting_sites_of(&demo_id("bergen")).await.unwrap(),
            [("bergen".to_owned(), 30), ("bergen-2".to_owned(), 20)]
        );
        let second = env.order("Sub-2", NORA, &[("meetings", 5)]).await;
        env.walk(&nora, &second, past_review(existing("bergen"), false))
            .await;
        let taken = env
            .step(&nora, &second, meetings(&[("fresh", 2), ("BERGEN-2", 3)]))
            .await
            .unwrap_err();
        assert_eq!(taken.findings.len(), 1);
        assert_eq!(taken.findings[0].field, "sites[1].url_name");
        assert_eq!(taken.findings[0].code, Code::SiteNameTaken);
        db.close().await;
    }
}

#[tokio::test]
async fn sub_9_the_headquarters_becomes_a_location_and_sub_10_the_summary_is_a_pdf() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let nora = caller(&db.store, NORA).await;
        let order_id = env.order("Sub-1", NORA, &[("calling", 5)]).await;
        let done = env
            .walk(
                &nora,
                &order_id,
                vec![
                    StepAnswer::OrderFor(OrderForDraft::ForMyCompany),
                    StepAnswer::PartnerOrg(existing("northwind")),
                    review(false),
                    calling(),
                ],
            )
            .await;
        assert_eq!(done.wizard.step(), Step::Done, "{}", db.label());
        assert_eq!(done.order.state, OrderState::Provisioned);
        let locations = db.store.locations_of(&demo_id("northwind")).await.unwrap();
        let hq = locations
            .iter()
            .find(|l| l.name == "Sediul central")
            .expect("the headquarters");
        assert_eq!((hq.city.as_str(), hq.country.as_str()), ("Suceava", "RO"));
        // SUB-10: the summary PDF, for those who may read the order.
        let (name, pdf) = env
            .services
            .order_summary_pdf(&nora, &order_id)
            .await
            .unwrap();
        assert_eq!(name, "order-summary-Sub-1.pdf");
        let text = common::poppler::text_of(&pdf);
        for fact in [
            "Order summary",
            "Northwind Telecom",
            "Sediul central",
            "Romania",
        ] {
            assert!(text.contains(fact), "{fact} not in:\n{text}");
        }
        // In the admin's language: the headings, not the data, change.
        let romanian = Caller {
            language: domain::Language::Ro,
            ..nora.clone()
        };
        let (_, pdf) = env
            .services
            .order_summary_pdf(&romanian, &order_id)
            .await
            .unwrap();
        let text = common::poppler::text_of(&pdf);
        for fact in ["Rezumatul comenzii", "Țară/regiune", "Sediul central"] {
            assert!(text.contains(fact), "{fact} not in:\n{text}");
        }
        let gloria = caller(&db.store, GLORIA).await;
        let refused = env
            .services
            .order_summary_pdf(&gloria, &order_id)
            .await
            .map(|_| ())
            .unwrap_err();
        assert_eq!(refused.code, Code::Forbidden);
        let unfinished = env.order("Sub-2", NORA, &[("calling", 5)]).await;
        let early = env
            .services
            .order_summary_pdf(&nora, &unfinished)
            .await
            .map(|_| ())
            .unwrap_err();
        assert_eq!(early.code, Code::NotFound);
        db.close().await;
    }
}

#[tokio::test]
async fn another_partners_admin_cannot_read_or_drive_the_order() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let nora = caller(&db.store, NORA).await;
        let gloria = caller(&db.store, GLORIA).await;
        let order_id = env.order("Sub-1", NORA, &[("meetings", 5)]).await;
        env.walk(&nora, &order_id, to_customer_org()).await;
        let read = env
            .services
            .get_order_setup(&gloria, &order_id)
            .await
            .unwrap_err();
        assert_eq!(read.code, Code::Forbidden, "{}", db.label());
        let drive = env
            .step(
                &gloria,
                &order_id,
                StepAnswer::CustomerOrg(existing("initech")),
            )
            .await
            .unwrap_err();
        assert_eq!(drive.code, Code::Forbidden);
        let listed = env
            .services
            .list_orders(&gloria, OrderQuery::default())
            .await
            .unwrap();
        assert!(listed.is_empty());
        // Nora cannot map it to Globex's customer either.
        let foreign = env
            .step(
                &nora,
                &order_id,
                StepAnswer::CustomerOrg(existing("initech")),
            )
            .await
            .unwrap_err();
        assert_eq!(codes(&foreign), [Code::Forbidden]);
        db.close().await;
    }
}

async fn send(app: &axum::Router, token: &str, body: Value) -> (StatusCode, Value) {
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/orders")
        .header(header::HOST, "portal.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

#[tokio::test]
async fn sub_1_the_ordering_system_posts_orders_with_its_own_credential() {
    for db in TestDb::all().await {
        demo::load(&db.store).await.unwrap();
        let mut config = Config::new(db.url.clone());
        config.dist_dir = std::path::PathBuf::from("/nonexistent");
        let app = router(AppState::new(Services::new(
            db.store.clone(),
            Arc::new(config),
        )));
        let credential = |kind| {
            let store = db.store.clone();
            async move {
                let token = server::auth::secret::new_machine_token();
                store
                    .insert_machine_credential(
                        kind,
                        "test",
                        &server::auth::secret::token_hash(&token),
                    )
                    .await
                    .unwrap();
                token
            }
        };
        let ordering = credential(MachineKind::Ordering).await;
        let carrier = credential(MachineKind::Carrier).await;
        let order = json!({
            "subscriptionId": "Sub-77",
            "services": [{"service": "meetings", "quantity": 10}],
            "provisioningContactEmail": "ana@ferme.ro"
        });
        let (status, body) = send(&app, &ordering, order.clone()).await;
        assert_eq!(status, StatusCode::CREATED, "{} {body}", db.label());
        assert_eq!(body["subscriptionId"], "Sub-77");
        assert_eq!(body["state"], "new");
        let (status, again) = send(&app, &ordering, order.clone()).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(again["id"], body["id"]);
        let mut changed = order.clone();
        changed["services"][0]["quantity"] = json!(11);
        let (status, conflict) = send(&app, &ordering, changed).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(conflict["code"], "order_conflict");
        let mut bad = order.clone();
        bad["services"] = json!([{"service": "fax", "quantity": 0}]);
        let (status, invalid) = send(&app, &ordering, bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(invalid["findings"][0]["field"], "services[0].service");
        assert_eq!(invalid["findings"][1]["field"], "services[0].quantity");
        let (status, _) = send(&app, &carrier, order).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        // SUB-10's download is for admins who may read the order.
        let summary = format!(
            "/api/v1/orders/{}/summary.pdf",
            body["id"].as_str().unwrap()
        );
        let nora = db.store.admin_by_email(NORA).await.unwrap().unwrap();
        let api_token = server::auth::secret::new_api_token();
        db.store
            .insert_api_token(
                &nora.id,
                "test",
                &server::auth::secret::token_hash(&api_token),
            )
            .await
            .unwrap();
        for (authorization, expected) in [
            (None, StatusCode::UNAUTHORIZED),
            (Some(api_token), StatusCode::FORBIDDEN),
        ] {
            let mut request = Request::builder()
                .uri(summary.as_str())
                .header(header::HOST, "portal.test");
            if let Some(token) = authorization {
                request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
            }
            let response = app
                .clone()
                .oneshot(request.body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(response.status(), expected);
        }
        let request = Request::builder()
            .uri("/api/v1/openapi.json")
            .header(header::HOST, "portal.test")
            .body(Body::empty())
            .unwrap();
        let response = app.clone().oneshot(request).await.unwrap();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let document: Value = serde_json::from_slice(&bytes).unwrap();
        assert!(document["paths"]["/orders"]["post"].is_object());
        assert!(document["paths"]["/orders/{id}/summary.pdf"]["get"].is_object());
        db.close().await;
    }
}

#[tokio::test]
async fn a_link_holder_who_may_not_change_the_customer_org_cannot_set_up_its_services() {
    for db in TestDb::all().await {
        let env = env(&db).await;
        let nora = caller(&db.store, NORA).await;
        let order_id = env.order("Sub-1", NORA, &[("meetings", 5)]).await;
        env.walk(&nora, &order_id, past_review(existing("archer"), true))
            .await;
        let token = link_to(&db.store, ARCHIE).await;
        let archie = caller(&db.store, ARCHIE).await;
        env.services
            .open_setup_link(Some(&archie), &token)
            .await
            .unwrap();
        // The link reaches another partner's admin: they may open it, not
        // create sites in Archer Farms.
        let gloria = caller(&db.store, GLORIA).await;
        env.services
            .open_setup_link(Some(&gloria), &token)
            .await
            .unwrap();
        let error = env
            .step(&gloria, &order_id, meetings(&[("archer", 0)]))
            .await
            .unwrap_err();
        assert_eq!(error.code, Code::Forbidden, "{}", db.label());
        assert!(
            db.store
                .meeting_sites_of(&demo_id("archer"))
                .await
                .unwrap()
                .is_empty()
        );
        db.close().await;
    }
}
