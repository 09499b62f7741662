//! Issue 8.5: crash safety of users imports under `kill -9`.
//!
//! The real `switchboard serve` runs as a child process on a fresh database
//! (a SQLite file; PostgreSQL when `SWITCHBOARD_TEST_PG` is set). Imports of
//! 20,000 rows (new users with packages, base licenses, extensions and
//! numbers) are uploaded and applied over the REST API, and the process is
//! killed with SIGKILL (`Child::kill`) at random moments after the import
//! has started writing, then started again: at least 50 kills per database.
//! After every kill, with the process dead, the database must show each row
//! of the file applied whole or not at all, agreeing with the job's own
//! record of its rows; every license pool's count equal to its
//! assignments; the org's user count equal to its users; SQLite's
//! `integrity_check` `ok`; and the job still pending, so the restarted
//! process takes it over. Once an import has been killed often enough it
//! runs to its end, and must have applied every row exactly once, with one
//! audit entry.
//!
//! The kills are placed by a seeded RNG: the seed is printed, and
//! `CRASH_SEED` replays a run. `CRASH_KILLS` sets the kills per database
//! (default 50). The tests are `#[ignore]`d: `cargo xtask soak` runs them
//! (`-- --ignored --nocapture --test-threads=1`) and they print figures.
mod common;

use std::{
    collections::{BTreeMap, HashMap},
    path::PathBuf,
    time::{Duration, Instant},
};

use common::{
    TestDb,
    process::{Served, api_token, free_port, http, switchboard},
};
use domain::users_csv::{UserColumn, template_header};
use rand::{Rng, SeedableRng, rngs::StdRng};
use server::{demo::demo_id, store::Store};
use sqlx::Row;

/// Rows of every import.
const ROWS: usize = 20_000;
/// Kills per database unless `CRASH_KILLS` says otherwise.
const KILLS: usize = 50;
/// Kills of one import before it is let run to its end: several imports
/// per database, each killed again and again while it resumes.
const KILLS_PER_IMPORT: usize = 13;
/// Rows per batch (`SWITCHBOARD_IMPORT_BATCH_ROWS`), one per import: small
/// batches put kills at many points of an import, the default (5,000) is
/// what production runs.
const BATCH_SIZES: [usize; 3] = [1_000, 2_000, 5_000];
/// A restarted process has a new worker id, so it takes a killed job over
/// only once the dead one's lease has passed (`SWITCHBOARD_JOB_LEASE_MS`).
const LEASE_MS: u64 = 500;
/// How long any one wait may take before the run is declared stuck.
const PATIENCE: Duration = Duration::from_secs(120);
const ADMIN: &str = "admin@archerfarms.example";
const LOCATION: &str = "Grand Rapids HQ";
const SITE: &str = "archerfarms";

// ---------------------------------------------------------------- the file

/// What one row of an import asks for, and so what an applied row leaves.
#[derive(Debug, Clone)]
struct Expected {
    email: String,
    first_name: String,
    last_name: String,
    display_name: String,
    package: &'static str,
    extension: Option<String>,
    number: Option<String>,
    jabber_calling: bool,
    /// License keys, sorted: the package's and the base licenses marked.
    licenses: Vec<&'static str>,
}

const FIRST: &[&str] = &["Anna", "Bjørn", "Åse", "Ștefan", "Мария", "Liam", "Wei"];
const LAST: &[&str] = &["Hansen", "Sæther", "Popescu", "Иванова", "Smith", "Xu"];

/// The licenses a package grants (the default catalog).
fn package_licenses(package: UserColumn) -> &'static [&'static str] {
    match package {
        UserColumn::WebexCalling | UserColumn::WebexVoice => &["calling_professional"],
        UserColumn::WebexCallingStandard => &["calling_standard"],
        UserColumn::WebexSuite => &["calling_professional", "meetings"],
        _ => &["meetings"],
    }
}

/// The E.164 numbers import `import` gives out (US, the org's location).
fn number_of(import: usize, n: usize) -> String {
    format!("+1616{}{:04}", 300 + 2 * import + n / 10_000, n % 10_000)
}

fn email_prefix(import: usize) -> String {
    format!("c{import:02}u")
}

/// `ROWS` new users; the CSV and what each row should leave.
fn import_file(import: usize, rng: &mut StdRng) -> (String, Vec<Expected>) {
    use UserColumn as C;
    let mut text = template_header();
    let mut expected = Vec::with_capacity(ROWS);
    for n in 0..ROWS {
        let package = match rng.gen_range(0..10) {
            0..=4 => C::WebexCalling,
            5 => C::WebexCallingStandard,
            6 => C::WebexSuite,
            7 => C::WebexVoice,
            _ => C::WebexMeetings,
        };
        let first = FIRST[rng.gen_range(0..FIRST.len())];
        let last = LAST[rng.gen_range(0..LAST.len())];
        let calling = package.needs_calling();
        let extension = calling.then(|| format!("8{import:02}{n:05}"));
        let number = (calling && rng.gen_bool(0.7)).then(|| number_of(import, n));
        let jabber_calling = calling && rng.gen_bool(0.5);
        let services: [bool; 3] = std::array::from_fn(|_| rng.gen_bool(0.5));
        let mut licenses: Vec<&'static str> = package_licenses(package).to_vec();
        for (column, held) in C::SERVICES.iter().zip(services) {
            if held && let Some(key) = column.service_key() {
                licenses.push(key);
            }
        }
        licenses.sort_unstable();
        let row = Expected {
            email: format!("{}{n:05}@archerfarms.example", email_prefix(import)),
            first_name: first.to_owned(),
            last_name: last.to_owned(),
            display_name: format!("{first} {last} {n}"),
            package: package.package_key().unwrap_or_default(),
            extension,
            number,
            jabber_calling,
            licenses,
        };
        let bool_cell = |b: bool| if b { "TRUE" } else { "FALSE" }.to_owned();
        let cells: Vec<String> = C::ALL
            .iter()
            .map(|column| match column {
                C::Email => row.email.clone(),
                C::FirstName => row.first_name.clone(),
                C::LastName => row.last_name.clone(),
                C::DisplayName => row.display_name.clone(),
                C::Extension => row.extension.clone().unwrap_or_default(),
                C::PhoneNumber => row.number.clone().unwrap_or_default(),
                C::Location if calling => LOCATION.to_owned(),
                C::Location => String::new(),
                C::JabberCalling => bool_cell(row.jabber_calling),
                C::JabberWithWebexTeams => bool_cell(false),
                C::PreferredWebexSite if package == C::WebexVoice => String::new(),
                C::PreferredWebexSite => SITE.to_owned(),
                C::BasicMessaging => bool_cell(services[0]),
                C::BasicSpaceMeetings => bool_cell(services[1]),
                C::CallOnWebex => bool_cell(services[2]),
                other => bool_cell(*other == package),
            })
            .collect();
        text.push_str("\r\n");
        text.push_str(&cells.join(","));
        expected.push(row);
    }
    (text, expected)
}

// ---------------------------------------------------------------- the server

/// Everything one database's run shares.
struct Fixture {
    db: TestDb,
    /// The server's data directory (its secret key, mail, log).
    data: tempfile::TempDir,
    org: String,
    location: String,
    token: String,
}

struct Server {
    served: Served,
    started: Instant,
}

impl Server {
    fn start(fixture: &Fixture, batch_rows: usize) -> Server {
        let started = Instant::now();
        let served = Served::start_on(
            free_port(),
            &fixture.db.url,
            fixture.data.path(),
            &[
                ("SWITCHBOARD_JOB_LEASE_MS", &LEASE_MS.to_string()),
                ("SWITCHBOARD_IMPORT_BATCH_ROWS", &batch_rows.to_string()),
            ],
            &log_path(fixture),
        );
        Server { served, started }
    }

    fn wait_ready(&self, fixture: &Fixture) {
        if let Err(error) = self.served.wait_ready(PATIENCE) {
            fail(fixture, &error);
        }
    }

    fn port(&self) -> u16 {
        self.served.port
    }

    /// SIGKILL, and wait until the process is gone.
    fn kill(self) {
        self.served.kill();
    }

    /// The prefix of the worker ids of this process's runners.
    fn worker_prefix(&self) -> String {
        self.served.worker_prefix()
    }
}

fn log_path(fixture: &Fixture) -> PathBuf {
    fixture.data.path().join("server.log")
}

/// Fails the test with the end of the server's log.
fn fail(fixture: &Fixture, message: &str) -> ! {
    let log = std::fs::read_to_string(log_path(fixture)).unwrap_or_default();
    let tail: Vec<&str> = log.lines().rev().take(40).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    panic!(
        "{} ({}): {message}\nthe server's log ends:\n{}",
        fixture.db.label(),
        fixture.db.url,
        tail.join("\n")
    );
}

/// The demo data, an API token of Archer Farms' admin, and room in Archer's
/// license pools for every import of the run.
async fn fixture(db: TestDb) -> Fixture {
    let data = tempfile::tempdir().expect("a data directory");
    switchboard(&db.url, data.path(), &["demo"]);
    let token = api_token(&db.url, data.path(), ADMIN);
    let org = demo_id("archer");
    sqlx::query(
        "UPDATE subscription_licenses SET quantity = 10000000
         WHERE subscription_id IN (SELECT id FROM subscriptions WHERE org_id = $1)",
    )
    .bind(&org)
    .execute(db.store.pool())
    .await
    .expect("grow the pools");
    Fixture {
        db,
        data,
        org,
        location: demo_id("archer-grand-rapids"),
        token,
    }
}

/// The numbers an import gives out, added to the location's inventory.
async fn add_numbers(fixture: &Fixture, import: usize) {
    let store = &fixture.db.store;
    let mut tx = store.pool().begin().await.expect("a transaction");
    for chunk in (0..ROWS).collect::<Vec<_>>().chunks(500) {
        let mut sql =
            String::from("INSERT INTO numbers (id, org_id, location_id, e164, created_at) VALUES ");
        let values: Vec<String> = chunk
            .iter()
            .map(|&n| {
                format!(
                    "('{}', '{}', '{}', '{}', 0)",
                    server::store::new_id(),
                    fixture.org,
                    fixture.location,
                    number_of(import, n)
                )
            })
            .collect();
        sql.push_str(&values.join(", "));
        sqlx::query(&sql)
            .execute(&mut *tx)
            .await
            .expect("add numbers");
    }
    tx.commit().await.expect("commit the numbers");
}

/// Uploads and applies an import: its job id.
fn start_import(fixture: &Fixture, server: &Server, import: usize, csv: &str) -> String {
    let bearer = format!("Bearer {}", fixture.token);
    let key = format!("crash-{import}");
    let path = format!(
        "/api/v1/organizations/{}/imports/users?mode=add_and_remove_services&fileName={}",
        fixture.org,
        file_name(import)
    );
    let (status, body) = http(
        server.port(),
        "POST",
        &path,
        &[
            ("Authorization", &bearer),
            ("Content-Type", "text/csv"),
            ("Idempotency-Key", &key),
        ],
        csv.as_bytes(),
    );
    if status != 201 {
        fail(fixture, &format!("upload: {status} {body}"));
    }
    let check: serde_json::Value = serde_json::from_str(&body).expect("the upload's JSON");
    if check["errors"].as_u64() != Some(0) || check["rows"].as_u64() != Some(ROWS as u64) {
        let findings: Vec<_> = check["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .take(5)
            .collect();
        fail(fixture, &format!("the file has errors: {findings:?}"));
    }
    let id = check["job"]["id"].as_str().expect("a job id").to_owned();
    let (status, body) = http(
        server.port(),
        "POST",
        &format!("/api/v1/imports/{id}/apply"),
        &[
            ("Authorization", &bearer),
            ("Content-Type", "application/json"),
        ],
        br#"{"mode":"add_and_remove_services","allOrNothing":false}"#,
    );
    if status != 202 {
        fail(fixture, &format!("apply: {status} {body}"));
    }
    id
}

fn file_name(import: usize) -> String {
    format!("crash-{import:02}.csv")
}

// ---------------------------------------------------------------- the checks

#[derive(Debug, Clone)]
struct JobState {
    status: String,
    total: i64,
    done: i64,
    applied: i64,
    refused: i64,
    claimed_by: Option<String>,
}

async fn job_state(store: &Store, id: &str) -> JobState {
    let row = sqlx::query(
        "SELECT status, total_rows, done_rows, applied_rows, refused_rows, claimed_by
         FROM imports WHERE id = $1",
    )
    .bind(id)
    .fetch_one(store.pool())
    .await
    .expect("the job");
    JobState {
        status: row.get("status"),
        total: row.get("total_rows"),
        done: row.get("done_rows"),
        applied: row.get("applied_rows"),
        refused: row.get("refused_rows"),
        claimed_by: row.get("claimed_by"),
    }
}

/// A user of an import's rows as the database has it.
#[derive(Debug)]
struct Found {
    id: String,
    first_name: Option<String>,
    last_name: Option<String>,
    display_name: String,
    package: String,
    location_id: Option<String>,
    extension: Option<String>,
    number: Option<String>,
    jabber_calling: bool,
    jabber_teams: bool,
    preferred_site: Option<String>,
    licenses: Vec<String>,
    terms: i64,
}

/// Checks the database as a kill left it (or as a finished import left
/// it): every row of import `import` applied whole or not at all, and in
/// agreement with the job's results; the invariants that span the org.
/// Returns the rows applied.
async fn check_import(
    fixture: &Fixture,
    import: usize,
    job_id: &str,
    expected: &[Expected],
) -> Result<usize, String> {
    let store = &fixture.db.store;
    let pool = store.pool();
    let prefix = format!("{}%", email_prefix(import));
    let mut found: HashMap<String, Found> = HashMap::new();
    let users = sqlx::query(
        "SELECT u.id, u.email, u.first_name, u.last_name, u.display_name, u.location_id,
            u.extension, u.jabber_calling, u.jabber_teams, u.preferred_site,
            p.key AS package_key, n.e164
         FROM users u JOIN packages p ON p.id = u.package_id
         LEFT JOIN numbers n ON n.user_id = u.id
         WHERE u.org_id = $1 AND u.email LIKE $2",
    )
    .bind(&fixture.org)
    .bind(&prefix)
    .fetch_all(pool)
    .await
    .map_err(|e| e.to_string())?;
    let mut by_id: HashMap<String, String> = HashMap::new();
    for row in &users {
        let email: String = row.get("email");
        let user = Found {
            id: row.get("id"),
            first_name: row.get("first_name"),
            last_name: row.get("last_name"),
            display_name: row.get("display_name"),
            package: row.get("package_key"),
            location_id: row.get("location_id"),
            extension: row.get("extension"),
            number: row.get("e164"),
            jabber_calling: row.get::<i64, _>("jabber_calling") != 0,
            jabber_teams: row.get::<i64, _>("jabber_teams") != 0,
            preferred_site: row.get("preferred_site"),
            licenses: Vec::new(),
            terms: 0,
        };
        by_id.insert(user.id.clone(), email.clone());
        if found.insert(email.clone(), user).is_some() {
            return Err(format!("{email}: two users, or a user with two numbers"));
        }
    }
    let held = sqlx::query(
        "SELECT a.holder_id, l.key FROM license_assignments a
         JOIN licenses l ON l.id = a.license_id
         JOIN users u ON u.id = a.holder_id
         WHERE u.org_id = $1 AND u.email LIKE $2",
    )
    .bind(&fixture.org)
    .bind(&prefix)
    .fetch_all(pool)
    .await
    .map_err(|e| e.to_string())?;
    for row in &held {
        let holder: String = row.get("holder_id");
        if let Some(user) = by_id.get(&holder).and_then(|email| found.get_mut(email)) {
            user.licenses.push(row.get("key"));
        }
    }
    let terms = sqlx::query(
        "SELECT t.user_id, COUNT(*) AS terms FROM user_terms t JOIN users u ON u.id = t.user_id
         WHERE u.org_id = $1 AND u.email LIKE $2 GROUP BY t.user_id",
    )
    .bind(&fixture.org)
    .bind(&prefix)
    .fetch_all(pool)
    .await
    .map_err(|e| e.to_string())?;
    for row in &terms {
        let holder: String = row.get("user_id");
        if let Some(user) = by_id.get(&holder).and_then(|email| found.get_mut(email)) {
            user.terms = row.get("terms");
        }
    }
    // The numbers of the run's imports that someone holds.
    let mut taken: BTreeMap<String, String> = BTreeMap::new();
    for row in sqlx::query(
        "SELECT e164, user_id FROM numbers
         WHERE org_id = $1 AND e164 LIKE '+1616%' AND user_id IS NOT NULL",
    )
    .bind(&fixture.org)
    .fetch_all(pool)
    .await
    .map_err(|e| e.to_string())?
    {
        taken.insert(row.get("e164"), row.get("user_id"));
    }
    // The job's own record of its rows.
    let mut results: BTreeMap<i64, (String, String, Option<String>)> = BTreeMap::new();
    for row in sqlx::query(
        "SELECT row_number, email, outcome, user_id FROM import_rows WHERE import_id = $1",
    )
    .bind(job_id)
    .fetch_all(pool)
    .await
    .map_err(|e| e.to_string())?
    {
        let number: i64 = row.get("row_number");
        if results
            .insert(
                number,
                (row.get("email"), row.get("outcome"), row.get("user_id")),
            )
            .is_some()
        {
            return Err(format!("row {number} has two results"));
        }
    }

    let mut applied = 0;
    for (index, row) in expected.iter().enumerate() {
        let number = index as i64 + 1;
        let result = results.get(&number);
        match found.get(&row.email) {
            None => {
                if let Some(result) = result {
                    return Err(format!(
                        "row {number} ({}): the job records it as {} but the user does not exist",
                        row.email, result.1
                    ));
                }
                if let Some(n) = &row.number
                    && let Some(holder) = taken.get(n)
                {
                    return Err(format!(
                        "row {number} ({}): not applied, yet its number {n} is held by {holder}",
                        row.email
                    ));
                }
            }
            Some(user) => {
                let Some((email, outcome, user_id)) = result else {
                    return Err(format!(
                        "row {number} ({}): the user exists but the job has no result for \
                         the row (it would be applied again)",
                        row.email
                    ));
                };
                if email != &row.email || outcome != "applied" || user_id.as_ref() != Some(&user.id)
                {
                    return Err(format!(
                        "row {number} ({}): the job records {email} {outcome} {user_id:?}",
                        row.email
                    ));
                }
                let mut licenses = user.licenses.clone();
                licenses.sort_unstable();
                let calling = row.extension.is_some();
                let whole = user.first_name.as_deref() == Some(&row.first_name)
                    && user.last_name.as_deref() == Some(&row.last_name)
                    && user.display_name == row.display_name
                    && user.package == row.package
                    && user.extension == row.extension
                    && user.number == row.number
                    && (user.location_id.as_deref() == Some(fixture.location.as_str())) == calling
                    && user.jabber_calling == row.jabber_calling
                    && !user.jabber_teams
                    && (user.preferred_site.as_deref() == Some(SITE))
                        == (row.package != "webex_voice")
                    && licenses == row.licenses
                    && user.terms > 0;
                if !whole {
                    return Err(format!(
                        "row {number}: applied in part: wanted {row:?}, found {user:?}"
                    ));
                }
                applied += 1;
            }
        }
    }
    if results.len() != applied {
        return Err(format!(
            "the job has {} row results for {applied} rows applied",
            results.len()
        ));
    }
    let job = job_state(store, job_id).await;
    if job.done != applied as i64 || job.applied != applied as i64 || job.refused != 0 {
        return Err(format!(
            "the job counts {} done, {} applied, {} refused; {applied} rows are applied",
            job.done, job.applied, job.refused
        ));
    }
    check_org(fixture).await?;
    Ok(applied)
}

/// What holds across the org and the database: pools count their
/// assignments, the org counts its users, nothing is orphaned, and SQLite's
/// file is sound.
async fn check_org(fixture: &Fixture) -> Result<(), String> {
    let pool = fixture.db.store.pool();
    let drifted = sqlx::query(
        "SELECT sl.subscription_id, sl.license_id, sl.used,
            (SELECT COUNT(*) FROM license_assignments a
             WHERE a.subscription_id = sl.subscription_id AND a.license_id = sl.license_id) AS held
         FROM subscription_licenses sl",
    )
    .fetch_all(pool)
    .await
    .map_err(|e| e.to_string())?;
    for row in &drifted {
        let (used, held): (i64, i64) = (row.get("used"), row.get("held"));
        if used != held {
            return Err(format!(
                "pool {} / {}: used {used}, {held} assigned",
                row.get::<String, _>("subscription_id"),
                row.get::<String, _>("license_id")
            ));
        }
    }
    let counts = sqlx::query(
        "SELECT o.user_count, (SELECT COUNT(*) FROM users u WHERE u.org_id = o.id) AS users
         FROM orgs o WHERE o.id = $1",
    )
    .bind(&fixture.org)
    .fetch_one(pool)
    .await
    .map_err(|e| e.to_string())?;
    let (count, users): (i64, i64) = (counts.get("user_count"), counts.get("users"));
    if count != users {
        return Err(format!("the org counts {count} users and has {users}"));
    }
    let orphans = sqlx::query(
        "SELECT COUNT(*) AS n FROM license_assignments a
         WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = a.holder_id)
           AND NOT EXISTS (SELECT 1 FROM devices d WHERE d.id = a.holder_id)
           AND NOT EXISTS (SELECT 1 FROM workspaces w WHERE w.id = a.holder_id)",
    )
    .fetch_one(pool)
    .await
    .map_err(|e| e.to_string())?;
    let orphans: i64 = orphans.get("n");
    if orphans != 0 {
        return Err(format!("{orphans} license assignments without a holder"));
    }
    if fixture.db.label() == "sqlite" {
        let rows = sqlx::query("PRAGMA integrity_check")
            .fetch_all(pool)
            .await
            .map_err(|e| e.to_string())?;
        let said: Vec<String> = rows.iter().map(|r| r.get::<String, _>(0)).collect();
        if said != ["ok"] {
            return Err(format!("integrity_check: {said:?}"));
        }
        let broken = sqlx::query("PRAGMA foreign_key_check")
            .fetch_all(pool)
            .await
            .map_err(|e| e.to_string())?;
        if !broken.is_empty() {
            return Err(format!("foreign_key_check: {} rows", broken.len()));
        }
    }
    Ok(())
}

/// After an import's end: done, every row applied once, one audit entry.
async fn check_finished(
    fixture: &Fixture,
    import: usize,
    job_id: &str,
    expected: &[Expected],
) -> Result<(), String> {
    let job = job_state(&fixture.db.store, job_id).await;
    let rows = ROWS as i64;
    if job.status != "done" || job.total != rows || job.done != rows || job.applied != rows {
        return Err(format!("the job ended as {job:?}"));
    }
    let applied = check_import(fixture, import, job_id, expected).await?;
    if applied != ROWS {
        return Err(format!("{applied} of {ROWS} rows applied"));
    }
    let audits = sqlx::query(
        "SELECT detail FROM audit_log WHERE org_id = $1 AND action = 'users_imported'
            AND detail LIKE $2",
    )
    .bind(&fixture.org)
    .bind(format!("{}:%", file_name(import)))
    .fetch_all(fixture.db.store.pool())
    .await
    .map_err(|e| e.to_string())?;
    let details: Vec<String> = audits.iter().map(|r| r.get("detail")).collect();
    let want = format!("{}: {ROWS} rows applied, 0 refused", file_name(import));
    if details != [want.clone()] {
        return Err(format!("audit entries {details:?}, wanted one: {want}"));
    }
    Ok(())
}

// ---------------------------------------------------------------- the run

#[derive(Default)]
struct Figures {
    kills: usize,
    imports: usize,
    /// Rows the job had committed at each kill.
    applied_at_kill: Vec<i64>,
    /// From a restart to the job claimed by the new process.
    resume: Vec<Duration>,
    /// Kills that came after the job ended (not counted).
    late: usize,
}

fn median<T: Copy + Ord>(values: &[T]) -> Option<T> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    sorted.get(sorted.len() / 2).copied()
}

fn spread<T: Copy + Ord + std::fmt::Debug>(values: &[T]) -> String {
    let min = values.iter().min();
    let max = values.iter().max();
    match (min, median(values), max) {
        (Some(min), Some(med), Some(max)) => format!("min {min:?} / median {med:?} / max {max:?}"),
        _ => "none".to_owned(),
    }
}

/// Waits until a process whose worker ids start with `prefix` holds the
/// job (or the job ended): when.
async fn wait_for_claim(fixture: &Fixture, job_id: &str, prefix: &str) -> (Instant, JobState) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let job = job_state(&fixture.db.store, job_id).await;
        let ours = job
            .claimed_by
            .as_deref()
            .is_some_and(|w| w.starts_with(prefix));
        if ours || !matches!(job.status.as_str(), "queued" | "running") {
            return (Instant::now(), job);
        }
        if Instant::now() > deadline {
            fail(fixture, &format!("the job was not taken over: {job:?}"));
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

async fn wait_for_end(fixture: &Fixture, job_id: &str) -> JobState {
    let deadline = Instant::now() + PATIENCE * 5;
    loop {
        let job = job_state(&fixture.db.store, job_id).await;
        if !matches!(job.status.as_str(), "queued" | "running") {
            return job;
        }
        if Instant::now() > deadline {
            fail(fixture, &format!("the job did not end: {job:?}"));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn seed() -> u64 {
    std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
        })
}

fn kills_wanted() -> usize {
    std::env::var("CRASH_KILLS")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(KILLS)
}

async fn crash_and_resume(db: TestDb) {
    let label = db.label();
    let seed = seed();
    let wanted = kills_wanted();
    println!("crash safety on {label}: seed {seed} (CRASH_SEED={seed} replays it), {wanted} kills");
    let began = Instant::now();
    let mut rng = StdRng::seed_from_u64(seed);
    let fixture = fixture(db).await;
    let mut figures = Figures::default();
    let mut import = 0;
    while figures.kills < wanted {
        let batch_rows = BATCH_SIZES[rng.gen_range(0..BATCH_SIZES.len())];
        let (csv, expected) = import_file(import, &mut rng);
        add_numbers(&fixture, import).await;
        let mut server = Server::start(&fixture, batch_rows);
        server.wait_ready(&fixture);
        let job_id = start_import(&fixture, &server, import, &csv);
        let target = KILLS_PER_IMPORT.min(wanted - figures.kills);
        // How long a run takes from its claim to its first commit (the
        // longest seen, or the longest a run went without one), and between
        // commits: kills are drawn from the claim to about two batches past
        // the first commit, so most runs commit something and every import
        // moves on.
        let mut first_commit: Option<Duration> = None;
        let mut between: Vec<Duration> = Vec::new();
        let mut kills_here = 0;
        let mut restarted = false;
        loop {
            let (claimed, job) = wait_for_claim(&fixture, &job_id, &server.worker_prefix()).await;
            if restarted {
                figures.resume.push(claimed - server.started);
            }
            if job.status != "running" || kills_here == target {
                break;
            }
            // The first kill of an import waits for its first commit: the
            // import has started writing, and its pace is known.
            // Batches ahead per kill ahead: the kills spread over the
            // whole import, not only its start.
            let ahead = (ROWS as i64 - job.done).max(0) as usize;
            let per_kill = ahead.div_ceil(batch_rows) as f64 / (target - kills_here) as f64;
            let window = match (first_commit, median(&between)) {
                (Some(first), Some(next)) => first + next.mul_f64(2.0 * per_kill.max(1.0)),
                (Some(first), None) => first * 2,
                _ => Duration::ZERO,
            };
            let delay = window.mul_f64(rng.gen_range(0.0..1.0));
            let mut last = (claimed, job.done);
            let mut committed = false;
            let ended = loop {
                let now = Instant::now();
                let job = job_state(&fixture.db.store, &job_id).await;
                if job.status != "running" {
                    break true;
                }
                if job.done != last.1 {
                    if committed {
                        between.push(now - last.0);
                    } else {
                        first_commit = first_commit.max(Some(now - last.0));
                        committed = true;
                    }
                    last = (now, job.done);
                }
                let waited = now - claimed;
                if (window.is_zero() && committed) || (!window.is_zero() && waited >= delay) {
                    break false;
                }
                if waited > PATIENCE {
                    fail(&fixture, &format!("no progress: {job:?}"));
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            };
            if ended {
                break;
            }
            if window.is_zero() {
                // The extra wait of the first kill, drawn now it is known.
                let first = first_commit.unwrap_or_default();
                tokio::time::sleep(first.mul_f64(rng.gen_range(0.0..2.0))).await;
            }
            server.kill();
            if !committed {
                // This run's first commit would have come later still.
                first_commit = first_commit.max(Some(Instant::now() - claimed));
            }
            let job = job_state(&fixture.db.store, &job_id).await;
            if job.status != "running" {
                figures.late += 1;
                server = Server::start(&fixture, batch_rows);
                break;
            }
            figures.kills += 1;
            kills_here += 1;
            figures.applied_at_kill.push(job.applied);
            println!(
                "    kill {:>3}: {:>5} ms after the job was taken, {:>5} rows applied",
                figures.kills,
                (Instant::now() - claimed).as_millis(),
                job.applied
            );
            if let Err(problem) = check_import(&fixture, import, &job_id, &expected).await {
                fail(
                    &fixture,
                    &format!("after kill {} (import {import}): {problem}", figures.kills),
                );
            }
            server = Server::start(&fixture, batch_rows);
            restarted = true;
        }
        let job = wait_for_end(&fixture, &job_id).await;
        if let Err(problem) = check_finished(&fixture, import, &job_id, &expected).await {
            fail(
                &fixture,
                &format!("import {import} ended as {job:?}: {problem}"),
            );
        }
        println!(
            "  {label}: import {import} ({ROWS} rows, batches of {batch_rows}): {kills_here} kills, \
             then done exactly once"
        );
        drop(server);
        figures.imports += 1;
        import += 1;
    }
    let applied_at_kill = spread(&figures.applied_at_kill);
    let resume_ms: Vec<u128> = figures.resume.iter().map(Duration::as_millis).collect();
    println!(
        "crash safety on {label}: {} kills over {} imports of {ROWS} rows (seed {seed}); \
         rows applied at a kill: {applied_at_kill}; time to resume (restart to job taken over, \
         lease {LEASE_MS} ms): {} ms; {} kills after an import's end not counted; total {:.1} s",
        figures.kills,
        figures.imports,
        spread(&resume_ms),
        figures.late,
        began.elapsed().as_secs_f64()
    );
    assert!(figures.kills >= wanted);
    fixture.db.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a soak: `cargo xtask soak` runs it"]
async fn issue_8_5_imports_killed_at_random_points_on_sqlite_apply_every_row_exactly_once() {
    crash_and_resume(TestDb::sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a soak: `cargo xtask soak` runs it"]
async fn issue_8_5_imports_killed_at_random_points_on_postgres_apply_every_row_exactly_once() {
    match TestDb::postgres().await {
        Some(db) => crash_and_resume(db).await,
        None => println!(
            "crash safety on postgres: skipped (set SWITCHBOARD_TEST_PG to a database to create \
             scratch databases from)"
        ),
    }
}

/// Issue 8.5, item 2: the lease is configurable (`SWITCHBOARD_JOB_LEASE_MS`),
/// so a job whose worker died is taken over once that lease has passed,
/// not after the default minute, and not before.
#[tokio::test]
async fn a_job_whose_worker_died_is_taken_over_once_the_configured_lease_has_passed() {
    use server::{
        jobs::ImportRunner,
        store::{ImportStatus, NewImport},
    };
    for db in TestDb::all().await {
        let store = &db.store;
        server::demo::load(store).await.unwrap();
        let org = demo_id("archer");
        let admin = store.admin_by_email(ADMIN).await.unwrap().unwrap();
        let mut body = template_header();
        body.push_str(
            "\r\nlease.taken.over@archerfarms.example,Lea,,,,,,FALSE,FALSE,archerfarms,\
             FALSE,FALSE,FALSE,FALSE,TRUE,,,",
        );
        let (job, _) = store
            .create_import(&NewImport {
                org_id: &org,
                admin_id: &admin.id,
                admin_email: &admin.email,
                idempotency_key: "lease",
                file_name: "lease.csv",
                file_body: &body,
                mode: domain::users_csv::ImportMode::Default,
                total_rows: 1,
            })
            .await
            .unwrap();
        assert!(
            store
                .queue_import(&job.id, domain::users_csv::ImportMode::Default, false)
                .await
                .unwrap()
        );
        // A worker claims the job and dies: it never renews its lease.
        let lease_ms = 300;
        let claimed = store.claim_import("a-dead-worker", lease_ms).await.unwrap();
        assert_eq!(
            claimed.map(|j| j.id),
            Some(job.id.clone()),
            "{}",
            db.label()
        );
        let runner = ImportRunner::new(store.clone()).with_lease(lease_ms);
        assert!(
            !runner.run_once().await.unwrap(),
            "{}: taken over while the lease held",
            db.label()
        );
        tokio::time::sleep(Duration::from_millis(lease_ms as u64 + 50)).await;
        assert!(runner.run_once().await.unwrap(), "{}", db.label());
        let done = store.import(&job.id).await.unwrap().unwrap();
        assert_eq!(
            (done.status, done.applied_rows),
            (ImportStatus::Done, 1),
            "{}",
            db.label()
        );
        db.close().await;
    }
}
