//! Control Hub → Users → Import CSV (issue 4): the admin picks a file, a
//! Web Worker checks it with the `domain` rules against the org's data (so
//! every error shows before anything is sent, and the page never freezes),
//! the page previews what it would do, and sends it to be applied as a
//! background job; the job page shows the progress (it survives a reload:
//! the job lives on the server) and the result of every row.
use std::{collections::BTreeMap, rc::Rc, sync::Arc};

use domain::{
    Code, Severity,
    users_csv::{Finding, ImportMode, MAX_FILE_BYTES},
};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::{
    api::{ApiError, ApplyImport, ImportCheck, ImportJob, ImportRows},
    checker::Checker,
    components::error_notice::ErrorNotice,
    http,
    i18n::{I18n, tr, use_i18n},
    platform,
    validation::{CheckSummary, FindingsPage, Reply, Request},
};

/// Shared data that compares by identity: a signal holding a 100,000-row
/// check must not compare it finding by finding to see whether it changed.
struct Shared<T>(Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The file chosen, as it will be uploaded.
struct Chosen {
    /// One key per chosen file: sending it twice is one import.
    key: String,
    /// The browser's handle on the file: the page never holds its bytes.
    file: platform::PickedFile,
}

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Idle,
    Reading,
    Checking,
    Checked,
    Sending,
}

/// Has the checker check the file, from reading it to the findings (in its
/// worker: the page only posts the file and shows the answer).
async fn check_file(
    org: String,
    picked: platform::PickedFile,
    checker: Rc<Checker>,
    mode: ImportMode,
) -> Result<(Chosen, CheckSummary), ApiError> {
    if picked.size > MAX_FILE_BYTES as u64 {
        return Err(ApiError::new(Code::FileTooLarge, "the file is too large"));
    }
    let summary = match checker.check(&org, &picked, mode).await {
        Reply::Checked { summary } => summary,
        Reply::Failed { error } => return Err(error),
        _ => return Err(ApiError::internal()),
    };
    let chosen = Chosen {
        key: platform::random_key(),
        file: picked,
    };
    Ok((chosen, summary))
}

#[component]
pub fn ImportUsersPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    let phase = RwSignal::new(Phase::Idle);
    let progress = RwSignal::new(None::<(u32, u32)>);
    let error = RwSignal::new(None::<ApiError>);
    let chosen = RwSignal::new(None::<Shared<Chosen>>);
    let summary = RwSignal::new(None::<Shared<CheckSummary>>);
    let mode = RwSignal::new(ImportMode::Default);
    let all_or_nothing = RwSignal::new(false);
    let checker = StoredValue::new_local(Rc::new(Checker::start(move |done, total| {
        // The first report: the file is read, its rows are being checked.
        if phase.get_untracked() == Phase::Reading {
            phase.set(Phase::Checking);
        }
        progress.set(Some((done, total)))
    })));
    let recent = LocalResource::new(move || {
        let org = org_id.get();
        async move {
            http::get_json::<Vec<ImportJob>>(&format!("/api/v1/organizations/{org}/imports")).await
        }
    });
    Effect::new(move |_| platform::set_title(&i18n.t("import-title")));

    let on_pick = move |event: leptos::ev::Event| {
        let Some(picked) = platform::picked_file(&event) else {
            return;
        };
        chosen.set(None);
        summary.set(None);
        error.set(None);
        progress.set(None);
        phase.set(Phase::Reading);
        let org = org_id.get_untracked();
        let checker = checker.get_value();
        spawn_local(async move {
            match check_file(org, picked, checker, mode.get_untracked()).await {
                Ok((file, checked)) => {
                    chosen.set(Some(Shared(Arc::new(file))));
                    summary.set(Some(Shared(Arc::new(checked))));
                    phase.set(Phase::Checked);
                }
                Err(failure) => {
                    error.set(Some(failure));
                    phase.set(Phase::Idle);
                }
            }
        });
    };

    // A new mode: the worker simulates the rows again (no new request).
    let on_mode = Callback::new(move |new_mode: ImportMode| {
        mode.set(new_mode);
        let checker = checker.get_value();
        spawn_local(async move {
            let request = Request::Simulate { mode: new_mode };
            if let Reply::Simulated { summary: checked } = checker.ask(request).await {
                summary.set(Some(Shared(Arc::new(checked))));
            }
        });
    });

    let navigate = use_navigate();
    let apply = move |()| {
        let Some(Shared(file)) = chosen.get_untracked() else {
            return;
        };
        let org = org_id.get_untracked();
        let chosen_mode = ApplyImport {
            mode: mode.get_untracked(),
            all_or_nothing: all_or_nothing.get_untracked(),
        };
        phase.set(Phase::Sending);
        error.set(None);
        let navigate = navigate.clone();
        spawn_local(async move {
            let url = format!(
                "/api/v1/organizations/{org}/imports/users?fileName={}&mode={}",
                encode(&file.file.name),
                chosen_mode.mode.as_str()
            );
            let sent = async {
                let uploaded: ImportCheck = http::post_file(
                    &url,
                    "text/csv",
                    &[("Idempotency-Key", file.key.as_str())],
                    &file.file,
                )
                .await?;
                let job: ImportJob = http::post_json(
                    &format!("/api/v1/imports/{}/apply", uploaded.job.id),
                    &chosen_mode,
                )
                .await?;
                Ok::<_, ApiError>(job)
            };
            match sent.await {
                Ok(job) => navigate(
                    &format!("/orgs/{org}/imports/{}", job.id),
                    Default::default(),
                ),
                Err(failure) => {
                    error.set(Some(failure));
                    phase.set(Phase::Checked);
                }
            }
        });
    };

    view! {
        <div class="page-head split">
            <h1>{tr("import-title")}</h1>
            <div class="button-row">
                <a class="button secondary" href="/api/v1/imports/users/template" download="users-template.csv">
                    {tr("import-template")}
                </a>
            </div>
        </div>
        <p class="lead">{tr("import-lead")}</p>
        <section class="card" aria-labelledby="import-file-heading">
            <h2 id="import-file-heading">{tr("import-step-file")}</h2>
            <label class="field">
                <span class="label-text">{tr("import-choose")}</span>
                <input
                    type="file"
                    id="import-file"
                    accept=".csv,text/csv"
                    aria-describedby="import-file-hint"
                    on:change=on_pick
                />
                <span class="hint" id="import-file-hint">{tr("import-choose-hint")}</span>
            </label>
            {move || (phase.get() == Phase::Checking).then(|| {
                let (done, total) = progress.get().unwrap_or((0, 0));
                view! {
                    <progress id="import-check-progress" max=total.max(1) value=done
                        aria-label=move || i18n.t("import-checking")></progress>
                }
            })}
            <p role="status" class="status-line" id="import-status">
                {move || match phase.get() {
                    Phase::Reading => i18n.t("import-reading"),
                    Phase::Checking => match progress.get() {
                        Some((done, total)) => i18n.t_args(
                            "import-checking-rows",
                            &[
                                ("done", platform::format_number(done.into(), i18n.language.get())),
                                ("total", platform::format_number(total.into(), i18n.language.get())),
                            ],
                        ),
                        None => i18n.t("import-checking"),
                    },
                    Phase::Sending => i18n.t("import-sending"),
                    Phase::Checked => summary
                        .get()
                        .map(|Shared(c)| {
                            i18n.t_args(
                                "import-checked",
                                &[
                                    ("rows", c.rows.to_string()),
                                    ("errors", c.errors.to_string()),
                                    ("warnings", c.warnings.to_string()),
                                ],
                            )
                        })
                        .unwrap_or_default(),
                    Phase::Idle => String::new(),
                }}
            </p>
            {move || error.get().map(|error| view! { <ErrorNotice error /> })}
        </section>
        {move || {
            let Shared(checked) = summary.get()?;
            let name = chosen.get().map(|Shared(c)| c.file.name.clone()).unwrap_or_default();
            Some(view! {
                <Findings summary=checked.clone() name checker=checker.get_value() />
                <PreviewCard summary=checked mode on_mode all_or_nothing phase apply=Callback::new(apply.clone()) />
            })
        }}
        <RecentImports org_id recent />
    }
}

/// Percent-encodes a query value.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn severity_text(i18n: I18n, severity: Severity) -> String {
    match severity {
        Severity::Error => i18n.t("severity-error"),
        Severity::Warning => i18n.t("severity-warning"),
    }
}

/// The message of a finding in the admin's language, with its detail.
fn finding_message(i18n: I18n, finding: &Finding) -> String {
    let message = i18n.code(finding.code);
    match &finding.detail {
        Some(detail) => format!("{message} ({detail})"),
        None => message,
    }
}

#[component]
fn Findings(summary: Arc<CheckSummary>, name: String, checker: Rc<Checker>) -> impl IntoView {
    let i18n = use_i18n();
    if summary.findings.is_empty() {
        return view! {
            <section class="card" aria-labelledby="import-findings-heading">
                <h2 id="import-findings-heading">{tr("import-findings")}</h2>
                <p class="notice success" role="note">{tr("import-no-findings")}</p>
            </section>
        }
        .into_any();
    }
    let severity = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let shown_row = RwSignal::new(None::<(u32, Vec<(String, String)>)>);
    let codes = summary.codes.clone();
    let total = summary.errors + summary.warnings;
    // The page shows one page of findings; the worker filters them all.
    let filtered = RwSignal::new(FindingsPage {
        findings: summary.findings.clone(),
        matching: total,
    });
    let checker = StoredValue::new_local(checker);
    let refilter = move || {
        let severity = match severity.get_untracked().as_str() {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            _ => None,
        };
        let code = code.get_untracked().parse::<Code>().ok();
        let checker = checker.get_value();
        spawn_local(async move {
            if let Reply::Findings { page } =
                checker.ask(Request::Findings { severity, code }).await
            {
                filtered.set(page);
            }
        });
    };
    let report = {
        let codes = codes.clone();
        move |_| {
            let messages: BTreeMap<Code, String> =
                codes.iter().map(|&c| (c, i18n.code(c))).collect();
            let stem = name.trim_end_matches(".csv").to_owned();
            let checker = checker.get_value();
            spawn_local(async move {
                if let Reply::Report { text: Some(text) } =
                    checker.ask(Request::Report { messages }).await
                {
                    platform::download_text(&format!("{stem}-errors.csv"), &text);
                }
            });
        }
    };
    let show_row = move |row: u32| {
        let checker = checker.get_value();
        spawn_local(async move {
            if let Reply::Row { cells } = checker.ask(Request::Row { row }).await {
                shown_row.set(Some((row, cells)));
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="import-findings-heading">
            <div class="card-head">
                <h2 id="import-findings-heading">{tr("import-findings")}</h2>
                <button type="button" class="button secondary" id="import-error-report" on:click=report disabled=!summary.readable>
                    {tr("import-error-report")}
                </button>
            </div>
            <div class="filters">
                <label class="filter">
                    <span class="label-text">{tr("import-filter-severity")}</span>
                    <select id="import-filter-severity" on:change=move |ev| { severity.set(event_target_value(&ev)); refilter(); }>
                        <option value="">{tr("users-filter-all")}</option>
                        <option value="error">{tr("severity-error")}</option>
                        <option value="warning">{tr("severity-warning")}</option>
                    </select>
                </label>
                <label class="filter">
                    <span class="label-text">{tr("import-filter-code")}</span>
                    <select id="import-filter-code" on:change=move |ev| { code.set(event_target_value(&ev)); refilter(); }>
                        <option value="">{tr("users-filter-all")}</option>
                        {codes
                            .into_iter()
                            .map(|c| view! { <option value=c.as_str()>{move || i18n.code(c)}</option> })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <div class="table-scroll">
                <table class="data-table" id="import-findings">
                    <caption class="visually-hidden">{tr("import-findings")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr("import-col-row")}</th>
                            <th scope="col">{tr("import-col-column")}</th>
                            <th scope="col">{tr("import-col-severity")}</th>
                            <th scope="col">{tr("import-col-problem")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            filtered
                                .get()
                                .findings
                                .into_iter()
                                .map(|f| {
                                    let row = f.row;
                                    let severity = f.severity;
                                    let message = finding_message(i18n, &f);
                                    view! {
                                        <tr data-code=f.code.as_str() class=format!("finding {}", severity.as_str())>
                                            <th scope="row">
                                                {if row == 0 {
                                                    view! { <span>{tr("import-header-row")}</span> }.into_any()
                                                } else {
                                                    view! {
                                                        <button
                                                            type="button"
                                                            class="link-button"
                                                            aria-controls="import-row-cells"
                                                            on:click=move |_| show_row(row)
                                                        >
                                                            {row}
                                                        </button>
                                                    }
                                                        .into_any()
                                                }}
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
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            {move || {
                let page = filtered.get();
                let more = (page.matching as usize).saturating_sub(page.findings.len());
                (more > 0).then(|| view! { <p class="hint">{i18n.t_count("import-more-findings", more)}</p> })
            }}
            <div id="import-row-cells" aria-live="polite">
                {move || {
                    let (row, cells) = shown_row.get()?;
                    Some(view! {
                        <h3>{i18n.t_args("import-row-cells", &[("row", row.to_string())])}</h3>
                        <dl class="row-cells">
                            {cells
                                .into_iter()
                                .map(|(header, value)| view! { <dt>{header}</dt><dd>{value}</dd> })
                                .collect_view()}
                        </dl>
                    })
                }}
            </div>
        </section>
    }
    .into_any()
}

#[component]
fn PreviewCard(
    summary: Arc<CheckSummary>,
    mode: RwSignal<ImportMode>,
    on_mode: Callback<ImportMode>,
    all_or_nothing: RwSignal<bool>,
    phase: RwSignal<Phase>,
    apply: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    if !summary.readable || summary.rows == 0 {
        return ().into_any();
    }
    let preview = summary.preview.clone();
    let errors = summary.errors as usize;
    let rows = (preview.add + preview.modify + preview.delete) as usize;
    let number = move |n: u64| platform::format_number(n as i64, i18n.language.get());
    let blocked =
        move || (all_or_nothing.get() && errors > 0) || rows == 0 || phase.get() == Phase::Sending;
    view! {
        <section class="card" aria-labelledby="import-preview-heading" id="import-preview">
            <h2 id="import-preview-heading">{tr("import-preview")}</h2>
            <dl class="figures">
                <div><dt>{tr("import-preview-add")}</dt><dd id="import-preview-add">{move || number(preview.add.into())}</dd></div>
                <div><dt>{tr("import-preview-modify")}</dt><dd id="import-preview-modify">{move || number(preview.modify.into())}</dd></div>
                <div><dt>{tr("import-preview-delete")}</dt><dd id="import-preview-delete">{move || number(preview.delete.into())}</dd></div>
            </dl>
            {(!preview.pools.is_empty()).then(|| view! {
                <div class="table-scroll">
                    <table class="data-table" id="import-preview-licenses">
                        <caption>{tr("import-preview-licenses")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr("import-col-license")}</th>
                                <th scope="col">{tr("import-col-subscription")}</th>
                                <th scope="col" class="numeric">{tr("import-col-consumed")}</th>
                                <th scope="col" class="numeric">{tr("import-col-freed")}</th>
                                <th scope="col" class="numeric">{tr("import-col-left")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {preview.pools.iter().map(|p| {
                                let left = (p.quantity + p.freed).saturating_sub(p.used_before + p.consumed);
                                let (consumed, freed) = (p.consumed, p.freed);
                                let license = if p.license_name.is_empty() { p.license_key.clone() } else { p.license_name.clone() };
                                view! {
                                    <tr>
                                        <th scope="row">{license}</th>
                                        <td class="mono">{p.subscription_id.clone()}</td>
                                        <td class="numeric">{move || number(consumed)}</td>
                                        <td class="numeric">{move || number(freed)}</td>
                                        <td class="numeric">{move || number(left)}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
            <fieldset class="choices">
                <legend>{tr("import-mode")}</legend>
                <label>
                    <input type="radio" name="import-mode" value="default"
                        prop:checked=move || mode.get() == ImportMode::Default
                        on:change=move |_| on_mode.run(ImportMode::Default) />
                    {tr("import-mode-default")}
                </label>
                <label>
                    <input type="radio" name="import-mode" value="add_and_remove_services"
                        prop:checked=move || mode.get() == ImportMode::AddAndRemoveServices
                        on:change=move |_| on_mode.run(ImportMode::AddAndRemoveServices) />
                    {tr("import-mode-authoritative")}
                </label>
            </fieldset>
            <label class="checkbox">
                <input type="checkbox" id="import-all-or-nothing"
                    prop:checked=move || all_or_nothing.get()
                    on:change=move |ev| all_or_nothing.set(event_target_checked(&ev)) />
                {tr("import-all-or-nothing")}
            </label>
            {move || (all_or_nothing.get() && errors > 0).then(|| view! {
                <p class="notice error" role="alert">{tr("import-blocked-all-or-nothing")}</p>
            })}
            {move || (!all_or_nothing.get() && errors > 0).then(|| view! {
                <p class="notice info" role="note">{i18n.t_count("import-rows-skipped", errors)}</p>
            })}
            <div class="button-row">
                <button type="button" class="button primary" id="import-apply"
                    disabled=blocked
                    on:click=move |_| apply.run(())>
                    {move || if phase.get() == Phase::Sending {
                        i18n.t("import-sending")
                    } else {
                        i18n.t_count("import-apply", rows)
                    }}
                </button>
            </div>
        </section>
    }
    .into_any()
}

#[component]
fn RecentImports(
    org_id: Memo<String>,
    recent: LocalResource<Result<Vec<ImportJob>, ApiError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="import-recent-heading">
            <h2 id="import-recent-heading">{tr("import-recent")}</h2>
            {move || match recent.get() {
                None => view! { <p role="status">{tr("loading")}</p> }.into_any(),
                Some(Err(error)) => view! { <ErrorNotice error /> }.into_any(),
                Some(Ok(jobs)) if jobs.is_empty() => view! { <p class="empty">{tr("import-recent-empty")}</p> }.into_any(),
                Some(Ok(jobs)) => view! {
                    <ul class="plain-list" id="import-recent">
                        {jobs.into_iter().map(|job| {
                            let href = format!("/orgs/{}/imports/{}", org_id.get_untracked(), job.id);
                            let status = job.status.clone();
                            let created = job.created_at;
                            view! {
                                <li>
                                    <a href=href>{job.file_name.clone()}</a>
                                    " · "
                                    {move || i18n.t(status_key(&status))}
                                    " · "
                                    {move || platform::format_timestamp(created, i18n.language.get())}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>
    }
}

/// One import job: its progress while it runs (polled, so a reload or a
/// server restart only resumes the bar) and the result of every row.
#[component]
pub fn ImportJobPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let org_id = Memo::new(move |_| params.read().get("org").unwrap_or_default());
    let job_id = Memo::new(move |_| params.read().get("import").unwrap_or_default());
    let job = RwSignal::new(None::<Result<ImportJob, ApiError>>);
    let rows = RwSignal::new(Vec::<crate::api::ImportRowResult>::new());
    let next_after = RwSignal::new(None::<i64>);
    Effect::new(move |_| platform::set_title(&i18n.t("import-job-title")));

    let load_rows = move |after: i64| {
        let id = job_id.get_untracked();
        spawn_local(async move {
            if let Ok(page) = http::get_json::<ImportRows>(&format!(
                "/api/v1/imports/{id}/rows?afterRow={after}&limit=200"
            ))
            .await
            {
                rows.update(|r| r.extend(page.items));
                next_after.set(page.next_after_row);
            }
        });
    };
    // Polls while the job has work ahead; loads the row results once done.
    let poll = move |id: String| {
        spawn_local(async move {
            loop {
                let current = http::get_json::<ImportJob>(&format!("/api/v1/imports/{id}")).await;
                let pending = current.as_ref().is_ok_and(ImportJob::is_pending);
                job.set(Some(current));
                if !pending {
                    rows.set(Vec::new());
                    load_rows(0);
                    break;
                }
                gloo_sleep(500).await;
            }
        });
    };
    Effect::new(move |_| poll(job_id.get()));
    let undo_error = RwSignal::new(None::<ApiError>);
    let on_undo = Callback::new(move |()| {
        let id = job_id.get_untracked();
        spawn_local(async move {
            match http::post_json::<(), ImportJob>(&format!("/api/v1/imports/{id}/undo"), &()).await
            {
                Ok(queued) => {
                    undo_error.set(None);
                    job.set(Some(Ok(queued)));
                    poll(id);
                }
                Err(error) => undo_error.set(Some(error)),
            }
        });
    });

    view! {
        <div class="page-head split">
            <h1>{tr("import-job-title")}</h1>
            <div class="button-row">
                <a class="button secondary" href=move || format!("/orgs/{}/users", org_id.get())>{tr("import-back-to-users")}</a>
                <a class="button secondary" href=move || format!("/orgs/{}/users/import", org_id.get())>{tr("import-another")}</a>
            </div>
        </div>
        {move || match job.get() {
            None => view! { <p role="status">{tr("loading")}</p> }.into_any(),
            Some(Err(error)) => view! { <ErrorNotice error /> }.into_any(),
            Some(Ok(job)) => view! { <JobSummary job on_undo /> }.into_any(),
        }}
        {move || undo_error.get().map(|error| view! { <ErrorNotice error /> })}
        {move || (!rows.get().is_empty()).then(|| view! {
            <section class="card" aria-labelledby="import-results-heading">
                <h2 id="import-results-heading">{tr("import-results")}</h2>
                <div class="table-scroll">
                    <table class="data-table" id="import-results">
                        <thead>
                            <tr>
                                <th scope="col">{tr("import-col-row")}</th>
                                <th scope="col">{tr("import-col-email")}</th>
                                <th scope="col">{tr("import-col-action")}</th>
                                <th scope="col">{tr("import-col-outcome")}</th>
                                <th scope="col">{tr("import-col-problem")}</th>
                                <th scope="col">{tr("import-col-undo")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.get().into_iter().map(|r| {
                                let undo = r.undo_outcome.clone().map(|outcome| {
                                    let code = r.undo_code;
                                    move || {
                                        let text = if outcome == "undone" {
                                            i18n.t("import-undo-outcome-undone")
                                        } else {
                                            i18n.t("import-undo-outcome-conflict")
                                        };
                                        match code {
                                            Some(code) => format!("{text}: {}", i18n.code(code)),
                                            None => text,
                                        }
                                    }
                                });
                                let kind = r.kind.clone();
                                let outcome = r.outcome.clone();
                                let problem = r.code.map(|code| {
                                    let detail = r.detail.clone();
                                    let column = r.column.clone();
                                    move || {
                                        let mut text = i18n.code(code);
                                        if let Some(detail) = &detail {
                                            text = format!("{text} ({detail})");
                                        }
                                        match &column {
                                            Some(column) => format!("{column}: {text}"),
                                            None => text,
                                        }
                                    }
                                });
                                view! {
                                    <tr data-outcome=r.outcome.clone()>
                                        <th scope="row">{r.row}</th>
                                        <td>{r.email.clone()}</td>
                                        <td>{move || kind.as_deref().map(|k| i18n.t(kind_key(k))).unwrap_or_default()}</td>
                                        <td><span class=format!("badge {outcome}")>{ let o = outcome.clone(); move || i18n.t(outcome_key(&o)) }</span></td>
                                        <td>{problem}</td>
                                        <td class="undo-outcome">{undo}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {move || next_after.get().map(|after| view! {
                    <button type="button" class="button secondary" on:click=move |_| load_rows(after)>{tr("import-more-rows")}</button>
                })}
            </section>
        })}
    }
}

#[component]
fn JobSummary(job: ImportJob, #[prop(into)] on_undo: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let (done, total) = (job.done_rows, job.total_rows.max(1));
    let status = job.status.clone();
    let failure = job.failure.clone();
    let number = move |n: i64| platform::format_number(n, i18n.language.get());
    view! {
        <section class="card" aria-labelledby="import-job-heading">
            <h2 id="import-job-heading">{job.file_name.clone()}</h2>
            <p id="import-job-status">
                <span class=format!("badge {status}")>{ let s = status.clone(); move || i18n.t(status_key(&s)) }</span>
            </p>
            <label class="progress" for="import-progress">
                {move || i18n.t_args("import-progress", &[("done", number(done)), ("total", number(job.total_rows))])}
            </label>
            <progress id="import-progress" max=total value=done></progress>
            <dl class="figures">
                <div><dt>{tr("import-outcome-applied")}</dt><dd id="import-applied">{move || number(job.applied_rows)}</dd></div>
                <div><dt>{tr("import-outcome-refused")}</dt><dd id="import-refused">{move || number(job.refused_rows)}</dd></div>
            </dl>
            {failure.map(|f| view! {
                <p class="notice error" role="alert">{move || i18n.t(failure_key(&f))}</p>
            })}
            {(job.undone_rows + job.undo_conflicts > 0).then(|| view! {
                <dl class="figures">
                    <div><dt>{tr("import-undone-rows")}</dt><dd id="import-undone">{move || number(job.undone_rows)}</dd></div>
                    <div><dt>{tr("import-undo-conflicts")}</dt><dd id="import-undo-conflicts">{move || number(job.undo_conflicts)}</dd></div>
                </dl>
            })}
            {job.undo_until.map(|until| view! { <UndoOffer until on_undo /> })}
        </section>
    }
}

/// The offer to undo a finished import, with a confirmation step.
#[component]
fn UndoOffer(until: i64, on_undo: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    view! {
        <div class="undo">
            <p class="hint">
                {move || i18n.t_args("import-undo-until", &[("time", platform::format_timestamp(until, i18n.language.get()))])}
            </p>
            {move || if confirming.get() {
                view! {
                    <div class="notice info" role="alert">
                        <p>{tr("import-undo-confirm")}</p>
                        <div class="button-row">
                            <button type="button" class="button danger" id="import-undo-yes"
                                on:click=move |_| { confirming.set(false); on_undo.run(()); }>
                                {tr("import-undo-yes")}
                            </button>
                            <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>
                                {tr("cancel")}
                            </button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button secondary" id="import-undo" on:click=move |_| confirming.set(true)>
                        {tr("import-undo")}
                    </button>
                }.into_any()
            }}
        </div>
    }
}

/// The message key of a job status (unknown ones read as not applied).
fn status_key(status: &str) -> &'static str {
    match status {
        "queued" => "import-status-queued",
        "running" => "import-status-running",
        "done" => "import-status-done",
        "failed" => "import-status-failed",
        "undo_queued" => "import-status-undo_queued",
        "undoing" => "import-status-undoing",
        "undone" => "import-status-undone",
        _ => "import-status-draft",
    }
}

fn outcome_key(outcome: &str) -> &'static str {
    match outcome {
        "applied" => "import-outcome-applied",
        "refused" => "import-outcome-refused",
        _ => "import-outcome-skipped",
    }
}

fn kind_key(kind: &str) -> &'static str {
    match kind {
        "add" => "import-kind-add",
        "delete" => "import-kind-delete",
        _ => "import-kind-modify",
    }
}

fn failure_key(failure: &str) -> &'static str {
    match failure {
        "rows_refused" => "import-failure-rows_refused",
        "file_unreadable" => "import-failure-file_unreadable",
        _ => "import-failure-internal",
    }
}

/// Waits `ms` milliseconds (a browser timer; nothing outside the browser).
async fn gloo_sleep(ms: u32) {
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
