//! `/orders/<id>/setup`: the subscription setup wizard (SUB-2 … SUB-10).
//!
//! One screen per step, the steps those of [`OrderSetup::steps`] (they
//! depend on the answers: SUB-2's *someone else* ends the wizard early).
//! Each step checks its form with the `domain` parser the server runs
//! (T-4) before it sends anything, and shows the server's findings under
//! the fields they name. The server saves the wizard after every step, so
//! *Set up later* (SUB-7) only leaves the page: the order opens at the
//! same step next time.
mod calling;
mod finish;
mod meetings;
mod order_for;
mod org;
mod review;

use domain::{Code, subscription::Step};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{components::A, hooks::use_params_map};

use crate::{
    api::{self, ApiError, OrderSetup, OrderStepInput},
    components::{
        error_notice::ErrorNotice, focus::focus_later, order_facts::services_text,
        steps::StepIndicator,
    },
    i18n::{tr, use_i18n},
    platform,
    session::use_auth,
};

/// The translation key of a step's name.
pub fn step_key(step: Step) -> &'static str {
    match step {
        Step::OrderFor => "setup-step-order_for",
        Step::PartnerOrg => "setup-step-partner_org",
        Step::CustomerOrg => "setup-step-customer_org",
        Step::Review => "setup-step-review",
        Step::Meetings => "setup-step-meetings",
        Step::Calling => "setup-step-calling",
        Step::HandedOver => "setup-step-handed_over",
        Step::Done => "setup-step-done",
    }
}

/// The heading every step's screen starts with: focus moves to it when
/// the step changes, so a screen reader reads the new step's name.
const STEP_HEADING: &str = "#setup-step-title";

#[component]
pub fn OrderSetupPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let order_id = Memo::new(move |_| params.read().get("order").unwrap_or_default());
    let setup = LocalResource::new(move || api::get_order_setup(order_id.get()));
    Effect::new(move |_| platform::set_title(&i18n.t("setup-title")));

    view! {
        <Transition fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match setup.await {
                    Ok(setup) => view! { <WizardPage setup /> }.into_any(),
                    Err(error) => view! {
                        <div class="page-head">
                            <h1>{tr("setup-title")}</h1>
                        </div>
                        <ErrorNotice error id="setup-load-error" />
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// The wizard as every step sees it: the saved setup, and the calls that
/// move it on or back.
#[derive(Clone, Copy)]
pub struct Wizard {
    pub setup: RwSignal<OrderSetup>,
    /// A step is being saved: Next and Back wait.
    pub busy: RwSignal<bool>,
    /// The server's refusal of the last Next, with its findings.
    pub server_error: RwSignal<Option<ApiError>>,
    /// Said politely to screen readers: "Saved".
    pub status: RwSignal<Option<&'static str>>,
}

impl Wizard {
    fn new(setup: OrderSetup) -> Self {
        Self {
            setup: RwSignal::new(setup),
            busy: RwSignal::new(false),
            server_error: RwSignal::new(None),
            status: RwSignal::new(None),
        }
    }

    fn order_id(self) -> String {
        self.setup.with_untracked(|s| s.order.id.clone())
    }

    /// *Next*: the answer goes to the server, which checks it again and
    /// saves the wizard at the next step.
    pub fn submit(self, answer: domain::subscription::StepAnswer) {
        if self.busy.get_untracked() {
            return;
        }
        let input = OrderStepInput {
            order_id: self.order_id(),
            answer,
        };
        self.busy.set(true);
        self.server_error.set(None);
        spawn_local(async move {
            let result = api::submit_setup_step(input).await;
            self.moved(result);
        });
    }

    /// *Back*, with every answer kept.
    pub fn back(self) {
        if self.busy.get_untracked() {
            return;
        }
        let order_id = self.order_id();
        self.busy.set(true);
        self.server_error.set(None);
        spawn_local(async move {
            let result = api::setup_step_back(order_id).await;
            self.moved(result);
        });
    }

    fn moved(self, result: Result<OrderSetup, ApiError>) {
        match result {
            Ok(setup) => {
                self.setup.set(setup);
                self.status.set(Some("setup-saved"));
                focus_later(STEP_HEADING);
            }
            Err(error) => {
                self.status.set(None);
                self.server_error.set(Some(error));
                platform::focus_first_invalid();
            }
        }
        self.busy.set(false);
    }

    /// The code the server found for `field` (`name`, `sites[1].url_name`,
    /// `address.city`), if it refused the last answer.
    pub fn finding(self, field: &str) -> Option<Code> {
        self.server_error.with(|e| {
            e.as_ref()
                .and_then(|e| e.findings.iter().find(|f| f.field == field))
                .map(|f| f.code)
        })
    }

    /// A refusal that names none of `fields`: shown above the actions.
    pub fn general_error(self, fields: impl Fn(&str) -> bool) -> Option<ApiError> {
        self.server_error
            .get()
            .filter(|e| !e.findings.iter().any(|f| fields(&f.field)))
    }
}

/// The error to show under one field: the browser's own finding once the
/// admin tried to go on (or as typed, where `live`), else the server's.
pub fn field_error(
    wizard: Wizard,
    tried: RwSignal<bool>,
    field: impl Into<String>,
    local: impl Fn() -> Option<Code> + Send + Sync + 'static,
) -> Signal<Option<Code>> {
    let field = field.into();
    Signal::derive(move || {
        tried
            .get()
            .then(&local)
            .flatten()
            .or_else(|| wizard.finding(&field))
    })
}

#[component]
fn WizardPage(setup: OrderSetup) -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::new(setup);
    let step = Memo::new(move |_| wizard.setup.with(|s| s.wizard.step()));
    let keys = Signal::derive(move || {
        wizard
            .setup
            .with(|s| s.steps.iter().map(|&s| step_key(s)).collect::<Vec<_>>())
    });
    let position = Signal::derive(move || {
        wizard.setup.with(|s| {
            let current = s.wizard.step();
            s.steps.iter().position(|&s| s == current).unwrap_or(0)
        })
    });
    let (subscription_id, services) = wizard
        .setup
        .with_untracked(|s| (s.order.subscription_id.clone(), s.order.services.clone()));
    let title_id = subscription_id.clone();
    Effect::new(move |_| {
        platform::set_title(&i18n.t_args("setup-heading", &[("id", title_id.clone())]));
    });

    view! {
        <div class="page-head">
            <p class="eyebrow">{tr("setup-title")}</p>
            <h1>{move || i18n.t_args("setup-heading", &[("id", subscription_id.clone())])}</h1>
        </div>
        <p class="lead" id="order-services">{move || services_text(i18n, &services)}</p>
        <StepIndicator steps=keys current=position />
        <p class="visually-hidden" role="status" id="setup-status">
            {move || wizard.status.get().map(|key| i18n.t(key))}
        </p>
        {move || match step.get() {
            Step::OrderFor => view! { <order_for::OrderForStep wizard /> }.into_any(),
            Step::PartnerOrg => view! { <org::OrgStep wizard kind=org::OrgKind::Partner /> }.into_any(),
            Step::CustomerOrg => view! { <org::OrgStep wizard kind=org::OrgKind::Customer /> }.into_any(),
            Step::Review => view! { <review::ReviewStep wizard /> }.into_any(),
            Step::Meetings => view! { <meetings::MeetingsStep wizard /> }.into_any(),
            Step::Calling => view! { <calling::CallingStep wizard /> }.into_any(),
            Step::HandedOver => view! { <finish::HandedOver wizard /> }.into_any(),
            Step::Done => view! { <finish::Done wizard /> }.into_any(),
        }}
    }
}

/// One step's form: its heading, its fields, the refusal that names no
/// field, and *Back*, *Set up later* and *Next*.
#[component]
pub fn StepForm(
    wizard: Wizard,
    /// Checks the fields and, when they pass, sends the answer.
    on_next: Callback<()>,
    /// The fields this step's findings name; a refusal naming none of them
    /// shows above the buttons.
    fields: fn(&str) -> bool,
    /// The *Next* button's words, when not "Next".
    #[prop(optional)]
    next_key: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let step = wizard.setup.with_untracked(|s| s.wizard.step());
    let can_go_back = move || wizard.setup.with(|s| s.can_go_back);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !wizard.busy.get_untracked() {
            on_next.run(());
        }
    };
    let next_label = move || {
        if wizard.busy.get() {
            i18n.t("setup-saving")
        } else {
            i18n.t(next_key.unwrap_or("setup-next"))
        }
    };
    view! {
        <form
            class="card setup-step"
            id=format!("setup-step-{}", step.as_str())
            novalidate
            on:submit=submit
            aria-labelledby="setup-step-title"
        >
            <h2 id="setup-step-title" tabindex="-1">{tr(step_key(step))}</h2>
            {children()}
            {move || wizard.general_error(fields).map(|error| view! { <ErrorNotice error id="setup-error" /> })}
            <div class="form-actions">
                <Show when=can_go_back>
                    <button
                        type="button"
                        class="button secondary"
                        id="setup-back"
                        disabled=move || wizard.busy.get()
                        on:click=move |_| wizard.back()
                    >
                        {tr("setup-back")}
                    </button>
                </Show>
                <SetUpLater />
                <button type="submit" class="button primary" id="setup-next" disabled=move || wizard.busy.get()>
                    {next_label}
                </button>
            </div>
        </form>
    }
}

/// Where leaving the wizard goes (*Set up later*, *Close*): the orders
/// page for a partner admin, else where the admin lands.
pub fn leave_href() -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let auth = use_auth();
    move || {
        let partner = auth
            .session
            .read()
            .as_ref()
            .is_some_and(|s| s.is_partner_admin());
        if partner { "/partner/orders" } else { "/" }.to_owned()
    }
}

/// SUB-7: the wizard is saved after every step, so leaving is all *Set up
/// later* does.
#[component]
fn SetUpLater() -> impl IntoView {
    view! {
        <A href=leave_href() attr:class="button secondary" attr:id="setup-later">
            {tr("setup-later")}
        </A>
    }
}
