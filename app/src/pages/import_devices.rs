//! Control Hub → Devices → Import CSV (GO-7 … GO-9): Webex Go lines in
//! bulk. The admin downloads the org's template, fills it in and picks
//! it; the page checks it with the `domain` rules against the org's facts
//! about the file's usernames and numbers, so every error shows before
//! anything is sent; with none left, the admin chooses whether users get
//! their activation codes by email (GO-9) and submits. The server checks
//! the file again (T-4) and applies it as a background job, whose page
//! shows the progress (it survives a reload) and the result of each row.
use std::sync::Arc;

use domain::{
    Code, Severity,
    devices_csv::{
        DeviceCheckSummary, DeviceFileCheck, DeviceImportFacts, Finding, MAX_FILE_BYTES,
    },
};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{
    components::A,
    hooks::{use_navigate, use_params_map},
};

use crate::{
    api::{
        ApiError, DeviceImportJob, DeviceImportRowResult, DeviceImportRows, FieldFinding,
        SubmitDeviceImport,
    },
    components::error_notice::ErrorNotice,
    http,
    i18n::{I18n, tr, use_i18n},
    platform,
};

/// Findings the page lists at most (the rest are counted).
const FINDINGS_SHOWN: usize = 200;
/// Row results fetched per page.
const ROWS_PAGE: i64 = 200;
/// Between two looks at a running job.
const POLL_MS: u32 = 500;

/// A checked file: what the page shows and, with no error, what it sends.
/// Compared by identity (a signal must not compare a large file).
#[derive(Clone)]
struct Checked(Arc<CheckedFile>);

impl PartialEq for Checked {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

struct CheckedFile {
    name: String,
    /// One key per chosen file: sending it twice is one job.
    key: String,
    /// The file's text; `None` when it is not UTF-8 (an error finding).
    text: Option<String>,
    summary: DeviceCheckSummary,
    findings: Vec<Finding>,
    /// Lines to add per subscription, in the file's column order.
    per_subscription: Vec<(String, usize)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Idle,
    Checking,
    Checked,
    Sending,
}

/// Reads a picked file and checks it: the rows on their own, then against
/// the org's facts about the file's keys (one request).
async fn check_file(org: String, picked: platform::PickedFile) -> Result<CheckedFile, ApiError> {
    if picked.size > MAX_FILE_BYTES as u64 {
        return Err(ApiError::new(Code::FileTooLarge, "the file is too large"));
    }
    let bytes = platform::read_file(&picked)
        .await
        .ok_or_else(|| ApiError::new(Code::BadRequest, "the browser could not read the file"))?;
    let mut check = DeviceFileCheck::read(&bytes);
    // A header without a Webex Go column is an error already; with one,
    // the org says whether its subscriptions exist and the rows apply.
    if !check.webex_go_columns.is_empty() {
        let facts: DeviceImportFacts = http::post_json(
            &format!("/api/v1/devices/importFacts?orgId={org}"),
            &check.keys(),
        )
        .await?;
        check.simulate(&facts);
    }
    let mut per_subscription: Vec<(String, usize)> = Vec::new();
    for plan in check.plans() {
        match per_subscription
            .iter_mut()
            .find(|(id, _)| *id == plan.subscription_id)
        {
            Some((_, count)) => *count += 1,
            None => per_subscription.push((plan.subscription_id.clone(), 1)),
        }
    }
    Ok(CheckedFile {
        name: picked.name.clone(),
        key: platform::random_key(),
        text: String::from_utf8(bytes).ok(),
        summary: check.summary(),
        findings: check.findings(),
        per_subscription,
    })
}

#[component]
pub fn ImportDevicesPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    let phase = RwSignal::new(Phase::Idle);
    let error = RwSignal::new(None::<ApiError>);
    let checked = RwSignal::new(None::<Checked>);
    let email_codes = RwSignal::new(false);
    Effect::new(move |_| platform::set_title(&i18n.t("device-import-title")));

    let on_pick = move |event: leptos::ev::Event| {
        let Some(picked) = platform::picked_file(&event) else {
            return;
        };
        checked.set(None);
        error.set(None);
        phase.set(Phase::Checking);
        let org = org_id.get_untracked();
        spawn_local(async move {
            match check_file(org, picked).await {
                Ok(file) => {
                    checked.set(Some(Checked(Arc::new(file))));
                    phase.set(Phase::Checked);
                }
                Err(failure) => {
                    error.set(Some(failure));
                    phase.set(Phase::Idle);
                }
            }
        });
    };

    let navigate = use_navigate();
    let submit = Callback::new(move |()| {
        let Some(Checked(file)) = checked.get_untracked() else {
            return;
        };
        let Some(text) = file.text.clone() else {
            return;
        };
        let org = org_id.get_untracked();
        let body = SubmitDeviceImport {
            file_name: file.name.clone(),
            csv: text,
            email_activation_codes: email_codes.get_untracked(),
            idempotency_key: file.key.clone(),
        };
        phase.set(Phase::Sending);
        error.set(None);
        let navigate = navigate.clone();
        spawn_local(async move {
            let sent: Result<DeviceImportJob, ApiError> =
                http::post_json(&format!("/api/v1/devices/imports?orgId={org}"), &body).await;
            match sent {
                Ok(job) => navigate(
                    &format!("/orgs/{org}/devices/imports/{}", job.id),
                    Default::default(),
                ),
                Err(failure) => {
                    error.set(Some(failure));
                    phase.set(Phase::Checked);
                }
            }
        });
    });

    view! {
        <div class="page-head split">
            <h1>{tr("device-import-title")}</h1>
            <div class="button-row">
                <A href=move || format!("/orgs/{}/devices", org_id.get()) attr:class="button secondary">
                    {tr("device-import-back")}
                </A>
                <a
                    class="button secondary"
                    id="device-import-template"
                    href=move || format!("/api/v1/devices/template?orgId={}", org_id.get())
                    download="webex-go-template.csv"
                >
                    {tr("device-import-template")}
                </a>
            </div>
        </div>
        <p class="lead">{tr("device-import-lead")}</p>
        <section class="card" aria-labelledby="device-import-file-heading">
            <h2 id="device-import-file-heading">{tr("device-import-step-file")}</h2>
            <label class="field">
                <span class="label-text">{tr("device-import-choose")}</span>
                <input
                    type="file"
                    id="device-import-file"
                    accept=".csv,text/csv"
                    aria-describedby="device-import-file-hint"
                    on:change=on_pick
                />
                <span class="hint" id="device-import-file-hint">{tr("device-import-choose-hint")}</span>
            </label>
            <p role="status" class="status-line" id="device-import-status">
                {move || match phase.get() {
                    Phase::Checking => i18n.t("device-import-checking"),
                    Phase::Sending => i18n.t("device-import-sending"),
                    Phase::Checked => checked
                        .get()
                        .map(|Checked(c)| {
                            i18n.t_args(
                                "device-import-checked",
                                &[
                                    ("rows", c.summary.rows.to_string()),
                                    ("errors", c.summary.errors.to_string()),
                                ],
                            )
                        })
                        .unwrap_or_default(),
                    Phase::Idle => String::new(),
                }}
            </p>
            {move || error.get().map(|error| view! { <SubmitError error /> })}
        </section>
        {move || {
            let Checked(file) = checked.get()?;
            Some(view! {
                <FindingsCard file=file.clone() />
                <SubmitCard file email_codes phase submit />
            })
        }}
    }
}

/// A refusal from the server: its code, and the findings of a file the
/// server refused (the org changed since the page's check).
#[component]
fn SubmitError(error: ApiError) -> impl IntoView {
    let i18n = use_i18n();
    let findings = error.findings.clone();
    view! {
        <ErrorNotice error id="device-import-error" />
        {(!findings.is_empty()).then(|| view! {
            <ul class="field-errors" id="device-import-server-findings">
                {findings
                    .into_iter()
                    .map(|f: FieldFinding| {
                        let FieldFinding { row, field, code } = f;
                        move || {
                            let message = i18n.code(code);
                            let place = match (row, field.is_empty()) {
                                (Some(row), false) => format!("{row}, {field}: "),
                                (Some(row), true) => format!("{row}: "),
                                (None, _) => String::new(),
                            };
                            view! { <li>{format!("{place}{message}")}</li> }
                        }
                    })
                    .collect_view()}
            </ul>
        })}
    }
}

fn severity_text(i18n: I18n, severity: Severity) -> String {
    match severity {
        Severity::Error => i18n.t("severity-error"),
        Severity::Warning => i18n.t("severity-warning"),
    }
}

#[component]
fn FindingsCard(file: Arc<CheckedFile>) -> impl IntoView {
    let i18n = use_i18n();
    if file.findings.is_empty() {
        return view! {
            <section class="card" aria-labelledby="device-import-findings-heading">
                <h2 id="device-import-findings-heading">{tr("device-import-findings")}</h2>
                <p class="notice success" role="note" id="device-import-no-findings">
                    {tr("device-import-no-findings")}
                </p>
            </section>
        }
        .into_any();
    }
    let more = file.findings.len().saturating_sub(FINDINGS_SHOWN);
    let rows = file
        .findings
        .iter()
        .take(FINDINGS_SHOWN)
        .map(|f| {
            let (row, severity, code) = (f.row, f.severity, f.code);
            let detail = f.detail.clone();
            let message = move || match &detail {
                Some(detail) => format!("{} ({detail})", i18n.code(code)),
                None => i18n.code(code),
            };
            view! {
                <tr data-code=code.as_str() class=format!("finding {}", severity.as_str())>
                    <th scope="row">
                        {move || if row == 0 { i18n.t("device-import-header-row") } else { row.to_string() }}
                    </th>
                    <td>{f.column.clone().unwrap_or_default()}</td>
                    <td>
                        <span class=format!("badge {}", severity.as_str())>
                            {move || severity_text(i18n, severity)}
                        </span>
                    </td>
                    <td>{message}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="device-import-findings-heading">
            <h2 id="device-import-findings-heading">{tr("device-import-findings")}</h2>
            <div class="table-scroll">
                <table class="data-table" id="device-import-findings">
                    <caption class="visually-hidden">{tr("device-import-findings")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr("device-import-col-row")}</th>
                            <th scope="col">{tr("device-import-col-column")}</th>
                            <th scope="col">{tr("device-import-col-severity")}</th>
                            <th scope="col">{tr("device-import-col-problem")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {(more > 0).then(|| view! { <p class="hint">{move || i18n.t_count("device-import-more-findings", more)}</p> })}
        </section>
    }
    .into_any()
}

#[component]
fn SubmitCard(
    file: Arc<CheckedFile>,
    email_codes: RwSignal<bool>,
    phase: RwSignal<Phase>,
    submit: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = file.summary;
    let lines = summary.valid_rows as usize;
    let errors = summary.errors;
    let number = move |n: usize| platform::format_number(n as i64, i18n.language.get());
    let unreadable = file.text.is_none();
    let blocked = move || errors > 0 || lines == 0 || unreadable || phase.get() == Phase::Sending;
    let subscriptions = file.per_subscription.clone();
    view! {
        <section class="card" aria-labelledby="device-import-submit-heading" id="device-import-summary">
            <h2 id="device-import-submit-heading">{tr("device-import-step-submit")}</h2>
            <dl class="figures">
                <div><dt>{tr("device-import-rows")}</dt><dd id="device-import-rows">{move || number(summary.rows as usize)}</dd></div>
                <div><dt>{tr("device-import-lines")}</dt><dd id="device-import-lines">{move || number(lines)}</dd></div>
                <div><dt>{tr("device-import-errors")}</dt><dd id="device-import-errors">{move || number(errors)}</dd></div>
            </dl>
            {(!subscriptions.is_empty()).then(|| view! {
                <div class="table-scroll">
                    <table class="data-table" id="device-import-subscriptions">
                        <caption>{tr("device-import-per-subscription")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr("device-import-col-subscription")}</th>
                                <th scope="col" class="numeric">{tr("device-import-col-lines")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {subscriptions.into_iter().map(|(id, count)| view! {
                                <tr>
                                    <th scope="row" class="mono">{id}</th>
                                    <td class="numeric">{move || number(count)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
            {(errors > 0).then(|| view! {
                <p class="notice error" role="alert" id="device-import-blocked">
                    {move || i18n.t_count("device-import-blocked", errors)}
                </p>
            })}
            <label class="checkbox">
                <input type="checkbox" id="device-import-email"
                    aria-describedby="device-import-email-hint"
                    prop:checked=move || email_codes.get()
                    on:change=move |ev| email_codes.set(event_target_checked(&ev)) />
                {tr("device-import-email")}
            </label>
            <p class="hint" id="device-import-email-hint">
                {move || if email_codes.get() {
                    i18n.t("device-import-email-on")
                } else {
                    i18n.t("device-import-email-off")
                }}
            </p>
            <div class="button-row">
                <button type="button" class="button primary" id="device-import-submit"
                    disabled=blocked
                    on:click=move |_| submit.run(())>
                    {move || if phase.get() == Phase::Sending {
                        i18n.t("device-import-sending")
                    } else {
                        i18n.t_count("device-import-submit", lines)
                    }}
                </button>
            </div>
        </section>
    }
}

/// One devices import: its progress while it runs (polled, so a reload or
/// a server restart only resumes the bar) and the result of every row.
#[component]
pub fn DeviceImportJobPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    let job_id = Memo::new(move |_| params.read().get("import").unwrap_or_default());
    let job = RwSignal::new(None::<Result<DeviceImportJob, ApiError>>);
    let rows = RwSignal::new(Vec::<DeviceImportRowResult>::new());
    let next_after = RwSignal::new(None::<i64>);
    Effect::new(move |_| platform::set_title(&i18n.t("device-import-job-title")));

    let load_rows = move |after: i64| {
        let (org, id) = (org_id.get_untracked(), job_id.get_untracked());
        spawn_local(async move {
            if let Ok(page) = http::get_json::<DeviceImportRows>(&format!(
                "/api/v1/devices/imports/{id}/rows?orgId={org}&afterRow={after}&limit={ROWS_PAGE}"
            ))
            .await
            {
                rows.update(|r| r.extend(page.items));
                next_after.set(page.next_after_row);
            }
        });
    };
    Effect::new(move |_| {
        let (org, id) = (org_id.get(), job_id.get());
        spawn_local(async move {
            loop {
                let current = http::get_json::<DeviceImportJob>(&format!(
                    "/api/v1/devices/imports/{id}?orgId={org}"
                ))
                .await;
                let pending = current.as_ref().is_ok_and(DeviceImportJob::is_pending);
                job.set(Some(current));
                if !pending {
                    rows.set(Vec::new());
                    load_rows(0);
                    break;
                }
                sleep(POLL_MS).await;
            }
        });
    });

    view! {
        <div class="page-head split">
            <h1>{tr("device-import-job-title")}</h1>
            <div class="button-row">
                <A href=move || format!("/orgs/{}/devices", org_id.get()) attr:class="button secondary">
                    {tr("device-import-back")}
                </A>
                <A href=move || format!("/orgs/{}/devices/import", org_id.get()) attr:class="button secondary">
                    {tr("device-import-another")}
                </A>
            </div>
        </div>
        {move || match job.get() {
            None => view! { <p role="status">{tr("loading")}</p> }.into_any(),
            Some(Err(error)) => view! { <ErrorNotice error /> }.into_any(),
            Some(Ok(job)) => view! { <JobProgress job /> }.into_any(),
        }}
        {move || (!rows.get().is_empty()).then(|| view! {
            <RowResults org_id rows=rows.get() />
            {move || next_after.get().map(|after| view! {
                <button type="button" class="button secondary" id="device-import-more-rows"
                    on:click=move |_| load_rows(after)>
                    {tr("device-import-more-rows")}
                </button>
            })}
        })}
    }
}

#[component]
fn JobProgress(job: DeviceImportJob) -> impl IntoView {
    let i18n = use_i18n();
    let (done, total) = (job.done_rows, job.total_rows);
    let status = job.status.clone();
    let number = move |n: i64| platform::format_number(n, i18n.language.get());
    let email_key = if job.email_activation_codes {
        "device-import-job-email-on"
    } else {
        "device-import-job-email-off"
    };
    view! {
        <section class="card" aria-labelledby="device-import-job-heading">
            <h2 id="device-import-job-heading">{job.file_name.clone()}</h2>
            <p id="device-import-job-status">
                <span class=format!("badge {status}")>{ let s = status.clone(); move || i18n.t(status_key(&s)) }</span>
            </p>
            <label class="progress" for="device-import-progress" id="device-import-progress-text">
                {move || i18n.t_args("device-import-progress", &[("done", number(done)), ("total", number(total))])}
            </label>
            <progress id="device-import-progress" max=total.max(1) value=done></progress>
            <dl class="figures">
                <div><dt>{tr("device-import-applied")}</dt><dd id="device-import-applied">{move || number(job.applied_rows)}</dd></div>
                <div><dt>{tr("device-import-refused")}</dt><dd id="device-import-refused">{move || number(job.refused_rows)}</dd></div>
            </dl>
            <p class="hint">{tr(email_key)}</p>
            {job.failure.map(|_| view! {
                <p class="notice error" role="alert">{tr("device-import-failed")}</p>
            })}
        </section>
    }
}

#[component]
fn RowResults(org_id: Memo<String>, rows: Vec<DeviceImportRowResult>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="device-import-results-heading">
            <h2 id="device-import-results-heading">{tr("device-import-results")}</h2>
            <div class="table-scroll">
                <table class="data-table" id="device-import-results">
                    <thead>
                        <tr>
                            <th scope="col">{tr("device-import-col-row")}</th>
                            <th scope="col">{tr("device-import-col-username")}</th>
                            <th scope="col">{tr("device-import-col-outcome")}</th>
                            <th scope="col">{tr("device-import-col-activation")}</th>
                            <th scope="col">{tr("device-import-col-device")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|r| {
                            let outcome = r.outcome.clone();
                            let applied = outcome == "applied";
                            let activation = r.activation.clone();
                            let (code, column) = (r.code, r.column.clone());
                            let detail = move || {
                                if let Some(code) = code {
                                    let message = i18n.code(code);
                                    return match &column {
                                        Some(column) => format!("{column}: {message}"),
                                        None => message,
                                    };
                                }
                                match activation.as_deref() {
                                    Some("emailed") => i18n.t("device-import-activation-emailed"),
                                    _ => i18n.t("device-import-activation-pending"),
                                }
                            };
                            let owner = r.email.clone();
                            let device = r.device_id.clone().map(|id| view! {
                                <A href=format!("/orgs/{}/devices/{id}", org_id.get_untracked())>
                                    {tr("device-import-open-device")}
                                    // Each row's link is told apart by its user.
                                    <span class="visually-hidden">{format!(" ({owner})")}</span>
                                </A>
                            });
                            view! {
                                <tr data-outcome=outcome.clone()>
                                    <th scope="row">{r.row}</th>
                                    <td class="email">{r.email.clone()}</td>
                                    <td>
                                        <span class=format!("badge {outcome}")>
                                            {move || if applied { i18n.t("device-import-outcome-applied") } else { i18n.t("device-import-outcome-refused") }}
                                        </span>
                                    </td>
                                    <td>{detail}</td>
                                    <td>{device}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn status_key(status: &str) -> &'static str {
    match status {
        "queued" => "device-import-status-queued",
        "running" => "device-import-status-running",
        "done" => "device-import-status-done",
        _ => "device-import-status-failed",
    }
}

/// Waits `ms` milliseconds (a browser timer; nothing outside the browser).
async fn sleep(ms: u32) {
    #[cfg(feature = "csr")]
    {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
    #[cfg(not(feature = "csr"))]
    let _ = ms;
}
