//! SUB-3 and SUB-4: map the order to the partner org, then to the
//! customer org, by the provisioning contact's email:
//!
//! - an org whose admin has exactly that email is shown alone: *Next*;
//! - else the orgs with the email's domain are candidates, each with what
//!   tells the right one from a forgotten one (verified or claimed
//!   domains, active users, the last user activity, and a hint when it
//!   looks stale), beside *Create a new organization*;
//! - else a new org: company name, business vertical, country or region.
use domain::{
    Code,
    subscription::{
        BusinessVertical, NewOrgDraft, OrgCandidate, OrgChoice, OrgChoiceDraft, StepAnswer,
    },
};
use leptos::prelude::*;

use super::{StepForm, Wizard, field_error};
use crate::{
    api::OrgOptions,
    components::{
        address_fields::CountryField,
        field::{FieldError, TextField},
    },
    i18n::{tr, use_i18n},
    platform,
};

/// Which org a mapping step is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgKind {
    Partner,
    Customer,
}

/// The radio value that stands for *Create a new organization*.
const NEW: &str = "";

/// The translation key of a business vertical.
pub fn vertical_key(vertical: BusinessVertical) -> &'static str {
    match vertical {
        BusinessVertical::Education => "vertical-education",
        BusinessVertical::Government => "vertical-government",
        BusinessVertical::Healthcare => "vertical-healthcare",
        BusinessVertical::FinancialServices => "vertical-financial_services",
        BusinessVertical::Manufacturing => "vertical-manufacturing",
        BusinessVertical::Retail => "vertical-retail",
        BusinessVertical::Technology => "vertical-technology",
        BusinessVertical::ProfessionalServices => "vertical-professional_services",
        BusinessVertical::Hospitality => "vertical-hospitality",
        BusinessVertical::NonProfit => "vertical-non_profit",
        BusinessVertical::Media => "vertical-media",
        BusinessVertical::Transportation => "vertical-transportation",
        BusinessVertical::EnergyUtilities => "vertical-energy_utilities",
        BusinessVertical::Telecommunications => "vertical-telecommunications",
        BusinessVertical::Other => "vertical-other",
    }
}

/// The org options of one mapping step.
pub fn options_of(setup: &crate::api::OrderSetup, kind: OrgKind) -> &OrgOptions {
    match kind {
        OrgKind::Partner => &setup.partner_orgs,
        OrgKind::Customer => &setup.customer_orgs,
    }
}

#[component]
pub fn OrgStep(wizard: Wizard, kind: OrgKind) -> impl IntoView {
    let i18n = use_i18n();
    let (options, saved, verticals) = wizard.setup.with_untracked(|s| {
        let saved = match kind {
            OrgKind::Partner => s.wizard.partner_org(),
            OrgKind::Customer => s.wizard.customer_org(),
        };
        let verticals = if s.verticals.is_empty() {
            BusinessVertical::ALL.to_vec()
        } else {
            s.verticals.clone()
        };
        (options_of(s, kind).clone(), saved.cloned(), verticals)
    });
    let candidates: Vec<OrgCandidate> = options
        .by_domain
        .iter()
        .chain(&options.others)
        .cloned()
        .collect();
    // The saved answer wins (Back), then the exact match, then nothing
    // chosen; with no candidate at all, a new org is the only way on.
    let (start_choice, start_org) = match saved {
        Some(OrgChoice::Existing { org_id }) => {
            (org_id.as_str().to_owned(), NewOrgDraft::default())
        }
        Some(OrgChoice::New(org)) => (NEW.to_owned(), NewOrgDraft::from(org)),
        None => match &options.matched {
            Some(matched) => (matched.org_id.as_str().to_owned(), NewOrgDraft::default()),
            None if candidates.is_empty() => (NEW.to_owned(), NewOrgDraft::default()),
            None => ("?".to_owned(), NewOrgDraft::default()),
        },
    };
    let choice = RwSignal::new(start_choice);
    let name = RwSignal::new(start_org.name);
    let vertical = RwSignal::new(start_org.vertical);
    let country = RwSignal::new(start_org.country);
    let tried = RwSignal::new(false);
    let creating = move || choice.with(|c| c == NEW);

    let draft = move || {
        let chosen = choice.get();
        if chosen == NEW {
            OrgChoiceDraft::New(NewOrgDraft {
                name: name.get(),
                vertical: vertical.get(),
                country: country.get(),
            })
        } else {
            OrgChoiceDraft::Existing { org_id: chosen }
        }
    };
    let findings = Memo::new(move |_| {
        if choice.with(|c| c == "?") {
            return vec![("org_id".to_owned(), Code::BadRequest)];
        }
        OrgChoice::parse(&draft())
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|f| (f.field, f.code))
            .collect::<Vec<_>>()
    });
    let local = move |field: &'static str| {
        move || findings.with(|f| f.iter().find(|(n, _)| n == field).map(|(_, c)| *c))
    };
    let choice_error = field_error(wizard, tried, "org_id", local("org_id"));
    let name_error = Signal::derive({
        let check = local("name");
        // The name is judged as it is typed, as the server will judge it.
        move || {
            let typed = name.with(|n| !n.is_empty());
            (typed || tried.get())
                .then(&check)
                .flatten()
                .or_else(|| wizard.finding("name"))
        }
    });
    let vertical_error = field_error(wizard, tried, "vertical", local("vertical"));
    let country_error = field_error(wizard, tried, "country", local("country"));

    let next = Callback::new(move |()| {
        tried.set(true);
        if findings.with(Vec::is_empty) {
            wizard.submit(match kind {
                OrgKind::Partner => StepAnswer::PartnerOrg(draft()),
                OrgKind::Customer => StepAnswer::CustomerOrg(draft()),
            });
        } else {
            platform::focus_first_invalid();
        }
    });

    let new_org_form = move || {
        let verticals = verticals.clone();
        view! {
            <div class="new-org" id="setup-new-org">
                <TextField
                    id="setup-org-name"
                    label="setup-org-name"
                    value=name
                    error=name_error
                    required=true
                    autocomplete="organization"
                />
                <div class="row-grid">
                    <div class="field">
                        <label for="setup-org-vertical">
                            {tr("setup-org-vertical")}
                            <span class="required" aria-hidden="true">" *"</span>
                        </label>
                        <select
                            id="setup-org-vertical"
                            aria-required="true"
                            aria-invalid=move || vertical_error.get().is_some().to_string()
                            aria-describedby=move || vertical_error.get().map(|_| "setup-org-vertical-error")
                            prop:value=move || vertical.get()
                            on:change=move |ev| vertical.set(event_target_value(&ev))
                        >
                            <option value="">{tr("setup-org-vertical-choose")}</option>
                            {verticals
                                .into_iter()
                                .map(|v| {
                                    view! {
                                        <option value=v.as_str() selected=vertical.get_untracked() == v.as_str()>
                                            {tr(vertical_key(v))}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                        <FieldError id="setup-org-vertical-error" code=vertical_error />
                    </div>
                    <CountryField id="setup-org-country" label="setup-org-country" value=country error=country_error />
                </div>
            </div>
        }
        .into_any()
    };

    let intro_key = if options.matched.is_some() {
        "setup-org-matched"
    } else if !options.by_domain.is_empty() {
        "setup-org-candidates"
    } else if candidates.is_empty() {
        "setup-org-none"
    } else {
        // SUB-4: no match, but the partner's own customers to pick from.
        "setup-org-customers"
    };
    let body = match options.matched.clone() {
        // The exact match is shown alone: it is the org (SUB-3).
        Some(matched) => view! {
            <div class="org-candidates">
                <CandidateCard candidate=matched />
            </div>
        }
        .into_any(),
        None if candidates.is_empty() => new_org_form().into_any(),
        None => {
            let legend = match kind {
                OrgKind::Partner => "setup-org-pick-partner",
                OrgKind::Customer => "setup-org-pick-customer",
            };
            view! {
                <fieldset
                    class="choices org-candidates"
                    aria-describedby=move || choice_error.get().map(|_| "setup-org-choice-error")
                >
                    <legend>{tr(legend)}</legend>
                    {candidates
                        .into_iter()
                        .map(|candidate| {
                            let id = candidate.org_id.as_str().to_owned();
                            let value = id.clone();
                            view! {
                                <label class="choice candidate">
                                    <input
                                        type="radio"
                                        name="setup-org-choice"
                                        value=id.clone()
                                        aria-invalid=move || choice_error.get().is_some().to_string()
                                        prop:checked=move || choice.with(|c| *c == id)
                                        on:change=move |_| choice.set(value.clone())
                                    />
                                    <CandidateCard candidate />
                                </label>
                            }
                            .into_any()
                        })
                        .collect_view()}
                    <label class="choice">
                        <input
                            type="radio"
                            name="setup-org-choice"
                            value=NEW
                            id="setup-org-new"
                            aria-invalid=move || choice_error.get().is_some().to_string()
                            prop:checked=creating
                            on:change=move |_| choice.set(NEW.to_owned())
                        />
                        <span class="choice-label">{tr("setup-org-create")}</span>
                    </label>
                </fieldset>
                <FieldError
                    id="setup-org-choice-error"
                    code=choice_error
                    texts=&[(Code::BadRequest, "setup-org-choose")]
                />
                <Show when=creating>{new_org_form.clone()}</Show>
            }
            .into_any()
        }
    };

    view! {
        <StepForm wizard on_next=next fields=|f| matches!(f, "org_id" | "name" | "vertical" | "country")>
            <p class="lead" id="setup-org-intro">{move || i18n.t(intro_key)}</p>
            {body}
        </StepForm>
    }
}

/// What tells one candidate org from another (SUB-3): its name, its
/// verified or claimed domains, active users, the last user activity; an
/// org with neither domains nor activity in a year is flagged.
#[component]
pub fn CandidateCard(candidate: OrgCandidate) -> impl IntoView {
    let i18n = use_i18n();
    let stale = candidate.looks_stale(platform::now_ms());
    let domains = candidate.verified_domains.join(", ");
    let users = candidate.active_users as usize;
    let last = candidate.last_activity_ms;
    view! {
        <span class="candidate-card">
            <span class="candidate-name">{candidate.name.clone()}</span>
            <span class="candidate-facts">
                <span>
                    {move || {
                        if domains.is_empty() {
                            i18n.t("setup-org-no-domains")
                        } else {
                            i18n.t_args("setup-org-domains", &[("domains", domains.clone())])
                        }
                    }}
                </span>
                <span>{move || i18n.t_count("setup-org-active-users", users)}</span>
                <span>
                    {move || match last {
                        Some(at) => {
                            i18n.t_args(
                                "setup-org-last-activity",
                                &[("date", platform::format_date(at, i18n.language.get()))],
                            )
                        }
                        None => i18n.t("setup-org-no-activity"),
                    }}
                </span>
            </span>
            {stale.then(|| view! { <span class="candidate-stale">"⚠ " {tr("setup-org-stale")}</span> })}
        </span>
    }
}
