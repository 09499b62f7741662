//! SUB-8: Meetings. Each site gets a URL name (`<name>.webex.com`, judged
//! as it is typed with `domain::SiteName`), a time zone and the
//! early-adopter choice; *I need additional URLs* adds sites, up to
//! `domain`'s [`MAX_SITES`], and with several the ordered licenses are
//! distributed among them: the page counts them as they are typed and
//! refuses a split that does not add up before anything is sent.
use domain::{
    Code, SITE_DOMAIN, SiteName,
    limits::SITE_NAME_MIN_LEN,
    subscription::{MAX_SITES, MeetingsSetup, MeetingsSetupDraft, SiteDraft, StepAnswer, TimeZone},
};
use leptos::prelude::*;

use super::{StepForm, Wizard};
use crate::{
    components::{field::FieldError, focus::focus_later},
    i18n::{tr, use_i18n},
    platform,
};

/// One site's inputs. The key keeps a site's inputs (and focus) in place
/// while others are added or removed.
#[derive(Clone, Copy)]
struct SiteFields {
    key: u32,
    url_name: RwSignal<String>,
    time_zone: RwSignal<String>,
    early_adopter: RwSignal<bool>,
    licenses: RwSignal<String>,
    /// The URL name was left once: short names are judged from then on.
    left: RwSignal<bool>,
}

impl SiteFields {
    fn new(key: u32, draft: SiteDraft) -> Self {
        Self {
            key,
            url_name: RwSignal::new(draft.url_name),
            time_zone: RwSignal::new(draft.time_zone),
            early_adopter: RwSignal::new(draft.early_adopter),
            licenses: RwSignal::new(if draft.licenses == 0 {
                String::new()
            } else {
                draft.licenses.to_string()
            }),
            left: RwSignal::new(false),
        }
    }

    /// A blank or non-numeric share counts as none, which `domain`
    /// refuses for a site among several.
    fn draft(&self) -> SiteDraft {
        SiteDraft {
            url_name: self.url_name.get(),
            time_zone: self.time_zone.get(),
            early_adopter: self.early_adopter.get(),
            licenses: self.licenses.with(|l| l.trim().parse().unwrap_or(0)),
        }
    }
}

/// A new site's time zone: the browser's, when `domain` knows it.
fn default_time_zone() -> String {
    platform::browser_time_zone()
        .and_then(|zone| TimeZone::parse(&zone).ok())
        .unwrap_or(TimeZone::UTC)
        .as_str()
        .to_owned()
}

#[component]
pub fn MeetingsStep(wizard: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let (saved, quantity) = wizard.setup.with_untracked(|s| {
        let saved = s
            .wizard
            .meetings()
            .map(|m| MeetingsSetupDraft::from(m.clone()).sites)
            .unwrap_or_default();
        (saved, s.meetings_quantity.unwrap_or(0))
    });
    let next_key = StoredValue::new(0u32);
    let new_site = move |draft: SiteDraft| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        SiteFields::new(key, draft)
    };
    let start: Vec<SiteFields> = if saved.is_empty() {
        vec![new_site(SiteDraft {
            time_zone: default_time_zone(),
            ..SiteDraft::default()
        })]
    } else {
        saved.into_iter().map(new_site).collect()
    };
    let sites = RwSignal::new(start);
    let tried = RwSignal::new(false);
    let several = Memo::new(move |_| sites.with(|s| s.len() > 1));

    let draft = move || MeetingsSetupDraft {
        sites: sites.with(|s| s.iter().map(SiteFields::draft).collect()),
    };
    let findings = Memo::new(move |_| {
        MeetingsSetup::parse(&draft(), quantity)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|f| (f.field, f.code))
            .collect::<Vec<_>>()
    });
    let local =
        move |field: &str| findings.with(|f| f.iter().find(|(n, _)| n == field).map(|(_, c)| *c));
    let distributed = Memo::new(move |_| {
        sites.with(|s| {
            s.iter()
                .map(|site| {
                    site.licenses
                        .with(|l| u64::from(l.trim().parse::<u32>().unwrap_or(0)))
                })
                .sum::<u64>()
        })
    });
    // The split is judged as typed once every site has a share: until
    // then the admin is still distributing.
    let all_shares_typed = move || {
        sites.with(|s| {
            s.iter()
                .all(|site| site.licenses.with(|l| !l.trim().is_empty()))
        })
    };
    let split_error = Signal::derive(move || {
        let local = local("sites").filter(|_| tried.get() || (several.get() && all_shares_typed()));
        local.or_else(|| wizard.finding("sites"))
    });

    let add_site = move |_| {
        if sites.with(Vec::len) >= MAX_SITES {
            return;
        }
        let site = new_site(SiteDraft {
            time_zone: sites
                .with(|s| s.first().map(|f| f.time_zone.get()))
                .unwrap_or_else(default_time_zone),
            ..SiteDraft::default()
        });
        sites.update(|s| s.push(site));
        focus_later(".site:last-of-type input.site-url-name");
    };
    // *I need additional URLs*: ticked, a second site; unticked, back to one.
    let toggle_additional = move |ev| {
        if event_target_checked(&ev) {
            add_site(());
        } else {
            sites.update(|s| s.truncate(1));
        }
    };
    let remove_site = move |key: u32| {
        sites.update(|s| s.retain(|site| site.key != key));
        focus_later("#setup-additional-urls");
    };

    let next = Callback::new(move |()| {
        tried.set(true);
        if findings.with(Vec::is_empty) {
            wizard.submit(StepAnswer::Meetings(draft()));
        } else {
            platform::focus_first_invalid();
        }
    });

    let split_status = move || {
        let (sum, total) = (distributed.get(), u64::from(quantity));
        let language = i18n.language.get();
        let number =
            |n: u64| platform::format_number(i64::try_from(n).unwrap_or(i64::MAX), language);
        let args = [("sum", number(sum)), ("total", number(total))];
        let (key, extra) = match sum.cmp(&total) {
            std::cmp::Ordering::Equal => ("setup-meetings-split-ok", None),
            std::cmp::Ordering::Less => ("setup-meetings-split-left", Some(number(total - sum))),
            std::cmp::Ordering::Greater => ("setup-meetings-split-over", Some(number(sum - total))),
        };
        let mut args = args.to_vec();
        if let Some(extra) = extra {
            args.push(("difference", extra));
        }
        (i18n.t_args(key, &args), sum == total)
    };

    view! {
        <StepForm wizard on_next=next fields=|f| f == "sites" || f.starts_with("sites[")>
            <p class="lead">
                {move || {
                    i18n.t_args(
                        "setup-meetings-lead",
                        &[("quantity", platform::format_number(i64::from(quantity), i18n.language.get()))],
                    )
                }}
            </p>
            <div class="sites">
                <For
                    each=move || sites.get()
                    key=|site| site.key
                    children=move |site| {
                        let index = Memo::new(move |_| {
                            sites.with(|s| s.iter().position(|x| x.key == site.key).unwrap_or(0))
                        });
                        view! {
                            <SiteFieldset
                                site
                                index
                                several
                                wizard
                                tried
                                local=findings
                                on_remove=Callback::new(remove_site)
                            />
                        }
                    }
                />
            </div>
            <label class="checkbox" for="setup-additional-urls">
                <input
                    type="checkbox"
                    id="setup-additional-urls"
                    prop:checked=move || several.get()
                    on:change=toggle_additional
                />
                {tr("setup-meetings-additional")}
            </label>
            <Show when=move || several.get() && sites.with(Vec::len) < MAX_SITES>
                <button type="button" class="button secondary" id="setup-add-site" on:click=move |_| add_site(())>
                    {tr("setup-meetings-add-site")}
                </button>
            </Show>
            <Show when=move || several.get()>
                <p
                    class=move || if split_status().1 { "split-status ok" } else { "split-status" }
                    id="setup-split-status"
                    role="status"
                >
                    {move || split_status().0}
                </p>
            </Show>
            <FieldError id="setup-sites-error" code=split_error />
        </StepForm>
    }
}

#[component]
fn SiteFieldset(
    site: SiteFields,
    index: Memo<usize>,
    several: Memo<bool>,
    wizard: Wizard,
    tried: RwSignal<bool>,
    local: Memo<Vec<(String, Code)>>,
    on_remove: Callback<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let field = move |name: &str| format!("sites[{}].{name}", index.get());
    let error = move |name: &'static str, live: bool| {
        Signal::derive(move || {
            let path = field(name);
            let found = local.with(|f| f.iter().find(|(n, _)| *n == path).map(|(_, c)| *c));
            found
                .filter(|_| tried.get() || live)
                .or_else(|| wizard.finding(&path))
        })
    };
    // The URL name is judged as it is typed; a short one only once left,
    // since every name is short while it is being typed.
    let name_live = Signal::derive(move || {
        site.url_name.with(|n| {
            let typed = n.trim();
            !typed.is_empty() && (typed.len() >= SITE_NAME_MIN_LEN || site.left.get())
        })
    });
    let name_error = Signal::derive(move || error("url_name", name_live.get()).get());
    let zone_error = error("time_zone", false);
    let licenses_error = error("licenses", false);
    let preview = move || {
        site.url_name
            .with(|n| SiteName::parse(n).ok())
            .map(|name| name.host())
    };
    let id = move |name: &str| format!("setup-site-{}-{name}", site.key);
    let (name_id, zone_id, early_id, licenses_id) =
        (id("url-name"), id("time-zone"), id("early"), id("licenses"));
    let (name_error_id, preview_id) = (id("url-name-error"), id("url-name-preview"));
    let (zone_error_id, licenses_error_id) = (id("time-zone-error"), id("licenses-error"));
    let early_hint_id = id("early-hint");
    let early_for = early_id.clone();

    view! {
        <fieldset class="site user-row">
            <legend>
                {move || i18n.t_args("setup-meetings-site", &[("n", (index.get() + 1).to_string())])}
            </legend>
            <div class="row-grid">
                <div class="field">
                    <label for=name_id.clone()>
                        {tr("setup-meetings-url-name")}
                        <span class="required" aria-hidden="true">" *"</span>
                    </label>
                    <div class="input-suffix">
                        <input
                            id=name_id
                            class="site-url-name"
                            autocomplete="off"
                            spellcheck="false"
                            autocapitalize="none"
                            aria-required="true"
                            aria-invalid=move || name_error.get().is_some().to_string()
                            aria-describedby={
                                let (e, p) = (name_error_id.clone(), preview_id.clone());
                                move || if name_error.get().is_some() { e.clone() } else { p.clone() }
                            }
                            prop:value=move || site.url_name.get()
                            on:input=move |ev| site.url_name.set(event_target_value(&ev))
                            on:blur=move |_| site.left.set(true)
                        />
                        <span class="suffix" aria-hidden="true">{format!(".{SITE_DOMAIN}")}</span>
                    </div>
                    <p class="site-preview" id=preview_id aria-live="polite">
                        {move || preview().map(|url| i18n.t_args("setup-meetings-url-preview", &[("url", url)]))}
                    </p>
                    <FieldError id=name_error_id code=name_error />
                </div>
                <div class="field">
                    <label for=zone_id.clone()>
                        {tr("setup-meetings-time-zone")}
                        <span class="required" aria-hidden="true">" *"</span>
                    </label>
                    <TimeZoneSelect id=zone_id value=site.time_zone error=zone_error error_id=zone_error_id.clone() />
                    <FieldError id=zone_error_id code=zone_error />
                </div>
                <Show when=move || several.get()>
                    <div class="field">
                        <label for=licenses_id.clone()>
                            {tr("setup-meetings-licenses")}
                            <span class="required" aria-hidden="true">" *"</span>
                        </label>
                        <input
                            id=licenses_id.clone()
                            class="site-licenses"
                            inputmode="numeric"
                            autocomplete="off"
                            aria-required="true"
                            aria-invalid=move || licenses_error.get().is_some().to_string()
                            aria-describedby={
                                let e = licenses_error_id.clone();
                                move || licenses_error.get().map(|_| e.clone()).unwrap_or_else(|| "setup-split-status".to_owned())
                            }
                            prop:value=move || site.licenses.get()
                            on:input=move |ev| site.licenses.set(event_target_value(&ev))
                        />
                        <FieldError id=licenses_error_id.clone() code=licenses_error />
                    </div>
                </Show>
            </div>
            <label class="checkbox" for=early_for>
                <input
                    type="checkbox"
                    id=early_id
                    aria-describedby=early_hint_id.clone()
                    prop:checked=move || site.early_adopter.get()
                    on:change=move |ev| site.early_adopter.set(event_target_checked(&ev))
                />
                {tr("setup-meetings-early-adopter")}
            </label>
            <p class="hint" id=early_hint_id>{tr("setup-meetings-early-adopter-hint")}</p>
            <Show when=move || { index.get() > 0 }>
                <button
                    type="button"
                    class="button danger small"
                    on:click=move |_| on_remove.run(site.key)
                    aria-label=move || i18n.t_args("setup-meetings-remove-site", &[("n", (index.get() + 1).to_string())])
                >
                    {tr("setup-meetings-remove")}
                </button>
            </Show>
        </fieldset>
    }
}

/// Every time zone `domain` knows, grouped by region (`Europe`, …) so the
/// list can be skimmed; typing a name's first letters jumps to it.
#[component]
fn TimeZoneSelect(
    id: String,
    value: RwSignal<String>,
    error: Signal<Option<Code>>,
    error_id: String,
) -> impl IntoView {
    let mut groups: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for zone in TimeZone::all().map(TimeZone::as_str) {
        let region = zone.split_once('/').map_or(zone, |(region, _)| region);
        match groups.last_mut() {
            Some((last, zones)) if *last == region => zones.push(zone),
            _ => groups.push((region, vec![zone])),
        }
    }
    let chosen = value.get_untracked();
    view! {
        <select
            id=id
            aria-required="true"
            aria-invalid=move || error.get().is_some().to_string()
            aria-describedby=move || error.get().map(|_| error_id.clone())
            prop:value=move || value.get()
            on:change=move |ev| value.set(event_target_value(&ev))
        >
            <option value="">{tr("setup-meetings-time-zone-choose")}</option>
            {groups
                .into_iter()
                .map(|(region, zones)| {
                    view! {
                        <optgroup label=region>
                            {zones
                                .into_iter()
                                .map(|zone| {
                                    view! {
                                        <option value=zone selected=chosen == zone>
                                            {zone.replace('_', " ")}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </optgroup>
                    }
                })
                .collect_view()}
        </select>
    }
}
