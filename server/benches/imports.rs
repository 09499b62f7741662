//! The users-import benchmark (issue 4, item 11, the native half).
//!
//! 1. Validation: a users CSV of 20,000 and of 100,000 rows read and
//!    simulated against an org (`FileCheck::read` + `simulate`), against
//!    the limit of parsing the same bytes with `csv` and nothing else. The
//!    goal is within 3x of that limit. Best of 5 runs each.
//! 2. Import: a file of new users stored, queued and applied by the import
//!    runner (which checks the file again, then applies it in batches) in
//!    a fresh database, on SQLite and (with `SWITCHBOARD_BENCH_PG`)
//!    PostgreSQL. The limit is a raw bulk insert of the same users into
//!    `users` (of a second org, after the import) with multi-row INSERTs in
//!    one transaction; a second limit inserts every row an import writes
//!    (users, search terms, license assignments, row results). The goal is
//!    100,000 rows in under 5 s on SQLite.
//!
//! `SWITCHBOARD_BENCH_IMPORT_ROWS` sets the import's size (default
//! 100,000). Run it with `cargo xtask bench`. It asserts nothing: figures,
//! not a test.
use std::{
    hint::black_box,
    time::{Duration, Instant},
};

use csv::{ReaderBuilder, StringRecord};
use domain::{
    Address, AddressDraft, Country, LocationName,
    users_csv::{
        ContextLicense, ContextLocation, ContextPackage, ContextPool, FileCheck, ImportMode,
        OrgContext, OrgFacts, UserColumn, template_header,
    },
};
use server::{
    jobs::ImportRunner,
    store::{
        Backend, ImportStatus, NewAdmin, NewImport, NewOrg, Store, new_id, now_ms, sort_name_of,
        terms_of,
    },
};
use sqlx::{Connection, Executor};

mod figures;

const VALIDATION_SIZES: [usize; 2] = [20_000, 100_000];
const RUNS: usize = 5;
const IMPORT_ROWS: usize = 100_000;
/// Rows per multi-row INSERT of the raw-insert limit.
const CHUNK: usize = 500;
const ORG: &str = "bench-org";
/// The orgs the raw-insert limits write their copies of the users into.
const RAW_ORG: &str = "bench-raw";
const RAW_ALL_ORG: &str = "bench-raw-all";
const LOCATION: &str = "Oslo";
const SITE: &str = "acme";

/// `(as written, in an email address)`.
const FIRST: &[(&str, &str)] = &[
    ("Anna", "anna"),
    ("Bjørn", "bjorn"),
    ("Øystein", "oystein"),
    ("Åse", "ase"),
    ("Kari", "kari"),
    ("Nils", "nils"),
    ("Ingrid", "ingrid"),
    ("Sven", "sven"),
    ("Мария", "mariya"),
    ("Ольга", "olga"),
    ("Дмитрий", "dmitriy"),
    ("Павел", "pavel"),
    ("Ștefan", "stefan"),
    ("Giulia", "giulia"),
    ("Alex", "alex"),
    ("Maria", "maria"),
    ("Liam", "liam"),
    ("Wei", "wei"),
    ("Farah", "farah"),
    ("Jonas", "jonas"),
];
const LAST: &[(&str, &str)] = &[
    ("Hansen", "hansen"),
    ("Johansen", "johansen"),
    ("Olsen", "olsen"),
    ("Larsen", "larsen"),
    ("Sæther", "saether"),
    ("Løkken", "lokken"),
    ("Nordmann", "nordmann"),
    ("Berg", "berg"),
    ("Иванова", "ivanova"),
    ("Петров", "petrov"),
    ("Смирнов", "smirnov"),
    ("Волков", "volkov"),
    ("Popescu", "popescu"),
    ("Rossi", "rossi"),
    ("Smith", "smith"),
    ("Garcia", "garcia"),
    ("Taylor", "taylor"),
    ("Xu", "xu"),
    ("Kowalski", "kowalski"),
    ("Andersen", "andersen"),
];

/// Deterministic pseudo-random numbers (no dependency, same data each run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

type Row = [String; 18];

/// `rows` data rows in template order: 75 % Webex Calling users with a
/// unique extension at [`LOCATION`], 20 % Webex Meetings users, 5 % Webex
/// Suite; Norwegian, Cyrillic and other names, some display names quoted
/// for their comma. With `errors`, one row in 500 is wrong (a bad email,
/// an extension with a letter, a repeated email, two packages, an unknown
/// location).
fn rows(count: usize, errors: bool) -> Vec<Row> {
    use UserColumn as C;
    let mut rng = Lcg(11);
    let bool_cell = |b: bool| if b { "TRUE" } else { "FALSE" }.to_owned();
    let mut out: Vec<Row> = Vec::with_capacity(count);
    for n in 0..count {
        let (first, first_ascii) = FIRST[rng.next(FIRST.len())];
        let (last, last_ascii) = LAST[rng.next(LAST.len())];
        let mut row: Row = Default::default();
        let mut set = |column: C, value: String| row[column as usize] = value;
        set(
            C::Email,
            format!("{first_ascii}.{last_ascii}{n}@bench.example"),
        );
        set(C::FirstName, first.to_owned());
        set(C::LastName, last.to_owned());
        set(
            C::DisplayName,
            match rng.next(10) {
                0..=3 => String::new(), // defaulted from the names
                4 => format!("{last}, {first}"),
                _ => format!("{first} {last}"),
            },
        );
        let package = match rng.next(100) {
            0..=74 => C::WebexCalling,
            75..=94 => C::WebexMeetings,
            _ => C::WebexSuite,
        };
        if package.needs_calling() {
            set(C::Extension, format!("{}", 100_000 + n));
            set(C::Location, LOCATION.to_owned());
        }
        set(
            C::JabberCalling,
            bool_cell(package.needs_calling() && rng.next(2) == 0),
        );
        set(C::JabberWithWebexTeams, bool_cell(false));
        set(C::PreferredWebexSite, SITE.to_owned());
        for column in UserColumn::PACKAGES {
            set(column, bool_cell(column == package));
        }
        if rng.next(4) == 0 {
            for column in UserColumn::SERVICES {
                set(column, bool_cell(true));
            }
        }
        if errors && n % 500 == 499 {
            match (n / 500) % 5 {
                0 => set(C::Email, format!("{first_ascii}.at.bench.example")),
                1 if package.needs_calling() => set(C::Extension, format!("{}a", 1000 + n)),
                1 => set(C::WebexVoice, bool_cell(true)),
                2 => set(C::Email, out[n - 1][C::Email as usize].clone()),
                3 => set(C::WebexVoice, bool_cell(true)),
                _ => {
                    set(C::Location, "Bergen".to_owned());
                    set(C::Extension, format!("{}", 100_000 + n));
                }
            }
        }
        out.push(row);
    }
    out
}

/// The rows as a file: the template's header, CRLF, quoted where needed.
fn file(rows: &[Row]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer
        .write_record(template_header().split(','))
        .expect("header");
    for row in rows {
        writer.write_record(row).expect("row");
    }
    writer.into_inner().expect("flush")
}

/// An org as `Store::import_context` gives it: one location, the default
/// catalog (licenses by key, packages by key) and one subscription with
/// pools for every license the packages and defaults grant.
fn context() -> OrgContext {
    let keys = [
        "basic_messaging",
        "basic_space_meetings",
        "call_on_webex",
        "calling_professional",
        "calling_standard",
        "common_area",
        "meetings",
        "webex_go",
        "workspace_professional",
    ];
    let licenses = keys
        .iter()
        .map(|key| ContextLicense {
            id: format!("lic-{key}"),
            key: (*key).to_owned(),
            name: (*key).to_owned(),
        })
        .collect();
    let package = |key: &str, licenses: &[u16]| ContextPackage {
        key: key.to_owned(),
        licenses: licenses.to_vec(),
    };
    OrgContext {
        locations: vec![ContextLocation {
            id: "loc-oslo".into(),
            name: LOCATION.into(),
            country: Country::parse("NO").expect("country"),
        }],
        licenses,
        packages: vec![
            package("webex_calling", &[3]),
            package("webex_calling_standard", &[4]),
            package("webex_meetings", &[6]),
            package("webex_suite", &[3, 6]),
            package("webex_voice", &[3]),
        ],
        defaults: vec![0, 1, 2],
        pools: [0, 1, 2, 3, 4, 6]
            .into_iter()
            .map(|license| ContextPool {
                subscription_id: "sub-1".into(),
                license,
                quantity: 1_000_000,
                used: 0,
            })
            .collect(),
    }
}

/// The best of [`RUNS`] runs of `work`, and what its last run made (the
/// result is dropped outside the time taken).
fn best<T>(mut work: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(RUNS);
    let mut last = None;
    for _ in 0..RUNS {
        drop(last.take());
        let started = Instant::now();
        let made = black_box(work());
        times.push(started.elapsed());
        last = Some(made);
    }
    let made = last.expect("RUNS > 0");
    (times.into_iter().min().unwrap_or_default(), made)
}

fn per_second(rows: usize, time: Duration) -> String {
    thousands((rows as f64 / time.as_secs_f64()).round() as usize)
}

/// Thousands separated, for reading at a glance.
fn thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn validation() {
    println!("\nvalidation (native), best of {RUNS} runs each");
    println!(
        "{:<8} {:<44} {:>9} {:>11} {:>8}",
        "rows", "case", "ms", "rows/s", "x raw"
    );
    let context = context();
    let facts = OrgFacts::default();
    for size in VALIDATION_SIZES {
        let bytes = file(&rows(size, true));
        let (raw, _) = best(|| {
            let mut reader = ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(bytes.as_slice());
            let mut record = StringRecord::new();
            let mut records = 0usize;
            while reader.read_record(&mut record).expect("csv") {
                records += black_box(record.len()).min(1);
            }
            records
        });
        let (checked, check) = best(|| {
            let mut check = FileCheck::read(&bytes, Some(&context));
            check.simulate(Some((&context, &facts)), ImportMode::Default);
            check
        });
        let mb = bytes.len() as f64 / 1_048_576.0;
        println!(
            "{size:<8} {:<44} {:>9.1} {:>11}",
            format!("raw csv parse, {mb:.1} MB (limit)"),
            raw.as_secs_f64() * 1000.0,
            per_second(size, raw),
        );
        println!(
            "{size:<8} {:<44} {:>9.1} {:>11} {:>8.2}   goal: within 3x",
            "FileCheck::read + simulate",
            checked.as_secs_f64() * 1000.0,
            per_second(size, checked),
            checked.as_secs_f64() / raw.as_secs_f64(),
        );
        let ratio = checked.as_secs_f64() / raw.as_secs_f64();
        figures::record(
            "bulk",
            &format!(
                "validate {} rows, native (FileCheck::read + simulate)",
                thousands(size)
            ),
            &format!(
                "{:.0} ms, {} rows/s; {ratio:.2}x the raw CSV parse ({:.0} ms)",
                checked.as_secs_f64() * 1000.0,
                per_second(size, checked),
                raw.as_secs_f64() * 1000.0
            ),
            Some("within 3x of the raw CSV parse"),
            Some(ratio <= 3.0),
        );
        println!(
            "{size:<8}   ({} rows, {} plans, {} adds, {} errors, {} warnings)",
            check.rows,
            check.plans.len(),
            check.simulation.preview.add,
            check.errors(),
            check.warnings()
        );
    }
}

/// A fresh org like the real one: a location, a subscription with pools
/// for every license an imported user takes, `quantity` each.
async fn seed_org(store: &Store, org: &str, quantity: i64) -> anyhow::Result<()> {
    store
        .insert_org(&NewOrg {
            id: org,
            name: org,
            is_partner: false,
            partner_id: None,
            country: Some("NO"),
        })
        .await?;
    let address = Address::parse(&AddressDraft {
        line1: "Karl Johans gate 1".into(),
        city: "Oslo".into(),
        postal_code: "0154".into(),
        country: "NO".into(),
        ..AddressDraft::default()
    })
    .map_err(|e| anyhow::anyhow!("address: {e:?}"))?;
    let location = format!("{org}-loc-oslo");
    let name = LocationName::parse(LOCATION).map_err(|e| anyhow::anyhow!("location: {e:?}"))?;
    store
        .insert_location(org, &location, &name, &address)
        .await?;
    let subscription = format!("sub-{org}");
    store.insert_subscription(&subscription, org).await?;
    for key in [
        "calling_professional",
        "meetings",
        "basic_messaging",
        "basic_space_meetings",
        "call_on_webex",
    ] {
        let license = store
            .license_id(key)
            .await?
            .ok_or_else(|| anyhow::anyhow!("no license {key}"))?;
        store
            .set_pool_quantity(&subscription, &license, quantity)
            .await?;
    }
    Ok(())
}

/// A value of a raw INSERT.
enum Value {
    Text(Option<String>),
    Int(i64),
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(Some(text.to_owned()))
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(Some(text))
    }
}

impl From<Option<String>> for Value {
    fn from(text: Option<String>) -> Self {
        Value::Text(text)
    }
}

impl From<i64> for Value {
    fn from(number: i64) -> Self {
        Value::Int(number)
    }
}

/// Inserts `rows` into `table (columns)` with multi-row INSERTs of
/// [`CHUNK`] rows each, in the caller's transaction.
async fn insert_rows<const N: usize>(
    conn: &mut sqlx::AnyConnection,
    backend: Backend,
    table: &str,
    rows: Vec<[Value; N]>,
) -> anyhow::Result<()> {
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<[Value; N]> = rows.by_ref().take(CHUNK).collect();
        let mut sql = format!("INSERT INTO {table} VALUES ");
        for i in 0..chunk.len() {
            sql.push_str(if i == 0 { "(" } else { ", (" });
            for k in 0..N {
                if k > 0 {
                    sql.push_str(", ");
                }
                match backend {
                    // Nameless: sqlx looks every named SQLite parameter up
                    // by name, a linear search each, so `$n` would make a
                    // long INSERT quadratic in its rows.
                    Backend::Sqlite => sql.push('?'),
                    Backend::Postgres => sql.push_str(&format!("${}", i * N + k + 1)),
                }
            }
            sql.push(')');
        }
        let mut query = sqlx::query(&sql);
        for row in chunk {
            for value in row {
                query = match value {
                    Value::Text(text) => query.bind(text),
                    Value::Int(number) => query.bind(number),
                };
            }
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The limits: the file's users inserted raw, in one transaction, into
/// `org` (one with a location and pools like [`ORG`]'s). Only into `users`,
/// or (`everything`) with every row an import writes besides: the search
/// terms, the license assignments (the package's and the defaults) and a
/// row result each (of `import_id`).
async fn raw_insert(
    store: &Store,
    rows: &[Row],
    org: &str,
    everything: Option<&str>,
) -> anyhow::Result<Duration> {
    use UserColumn as C;
    let location = format!("{org}-loc-oslo");
    let subscription = format!("sub-{org}");
    let packages: Vec<(String, String)> = sqlx::query_as("SELECT key, id FROM packages")
        .fetch_all(store.pool())
        .await?;
    // The licenses a user of each package holds, by package key.
    let grants: Vec<(String, String)> = sqlx::query_as(
        "SELECT p.key, pl.license_id FROM packages p
         JOIN package_licenses pl ON pl.package_id = p.id
         UNION ALL
         SELECT p.key, l.id FROM packages p, licenses l WHERE l.default_grant = 1",
    )
    .fetch_all(store.pool())
    .await?;
    let backend = store.backend();
    let started = Instant::now();
    let mut conn = store.pool().acquire().await?;
    let mut tx = conn.begin().await?;
    let now = now_ms();
    let mut users: Vec<[Value; 16]> = Vec::with_capacity(rows.len());
    let mut terms: Vec<[Value; 4]> = Vec::new();
    let mut licenses: Vec<[Value; 5]> = Vec::new();
    let mut results: Vec<[Value; 13]> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let cell = |c: C| Some(row[c as usize].clone()).filter(|v| !v.is_empty());
        let package = UserColumn::PACKAGES
            .into_iter()
            .find(|c| row[*c as usize] == "TRUE")
            .and_then(UserColumn::package_key)
            .unwrap_or_default();
        let display = cell(C::DisplayName).unwrap_or_else(|| {
            format!(
                "{} {}",
                row[C::FirstName as usize],
                row[C::LastName as usize]
            )
        });
        let calling = !row[C::Extension as usize].is_empty();
        let id = new_id();
        let email = row[C::Email as usize].as_str();
        if let Some(import_id) = everything {
            for term in terms_of(
                email,
                &[
                    cell(C::FirstName).as_deref(),
                    cell(C::LastName).as_deref(),
                    Some(&display),
                ],
            ) {
                terms.push([
                    org.into(),
                    term.into(),
                    sort_name_of(&display).into(),
                    id.as_str().into(),
                ]);
            }
            for (_, license) in grants.iter().filter(|(key, _)| key == package) {
                licenses.push([
                    new_id().into(),
                    subscription.as_str().into(),
                    license.as_str().into(),
                    id.as_str().into(),
                    now.into(),
                ]);
            }
            results.push([
                import_id.into(),
                (index as i64 + 1).into(),
                email.into(),
                "add".into(),
                "applied".into(),
                Value::Text(None),
                Value::Text(None),
                Value::Text(None),
                id.as_str().into(),
                Value::Text(None),
                now.into(),
                Value::Text(None),
                Value::Text(None),
            ]);
        }
        users.push([
            id.into(),
            org.into(),
            email.into(),
            cell(C::FirstName).into(),
            cell(C::LastName).into(),
            display.as_str().into(),
            sort_name_of(&display).into(),
            packages
                .iter()
                .find(|(key, _)| key == package)
                .map(|(_, id)| id.clone())
                .into(),
            calling.then(|| location.clone()).into(),
            cell(C::Extension).into(),
            "invited".into(),
            now.into(),
            now.into(),
            i64::from(row[C::JabberCalling as usize] == "TRUE").into(),
            0i64.into(),
            SITE.into(),
        ]);
    }
    // The columns in the order the migrations made them.
    let users_table = "users (id, org_id, email, first_name, last_name, display_name, sort_name,
        package_id, location_id, extension, status, created_at, updated_at, jabber_calling,
        jabber_teams, preferred_site)";
    insert_rows(&mut tx, backend, users_table, users).await?;
    insert_rows(
        &mut tx,
        backend,
        "user_terms (org_id, term, sort_name, user_id)",
        terms,
    )
    .await?;
    insert_rows(
        &mut tx,
        backend,
        "license_assignments (id, subscription_id, license_id, holder_id, assigned_at)",
        licenses,
    )
    .await?;
    insert_rows(
        &mut tx,
        backend,
        "import_rows (import_id, row_number, email, kind, outcome, code, column_name, detail,
            user_id, before_state, applied_at, undo_outcome, undo_code)",
        results,
    )
    .await?;
    tx.commit().await?;
    Ok(started.elapsed())
}

async fn import(label: &str, store: &Store, size: usize) -> anyhow::Result<()> {
    store.migrate().await?;
    if store.backend() == Backend::Postgres {
        let autovacuum: String = sqlx::query_scalar("SHOW autovacuum")
            .fetch_one(store.pool())
            .await?;
        if autovacuum != "on" {
            // Every imported user's licenses update the same few pool rows;
            // without vacuum their dead versions pile up for the run.
            println!("{label:<9}   (this server runs with autovacuum = {autovacuum})");
        }
    }
    let quantity = i64::try_from(size * 2).unwrap_or(i64::MAX).max(1_000);
    for org in [ORG, RAW_ORG, RAW_ALL_ORG] {
        seed_org(store, org, quantity).await?;
    }
    let rows = rows(size, false);
    let body = String::from_utf8(file(&rows))?;

    // What the upload does before the import is queued; the runner does
    // it again (against the org as it then is) before applying.
    let started = Instant::now();
    let context = store.import_context(ORG).await?;
    let mut check = FileCheck::read(body.as_bytes(), Some(&context));
    let facts = store.import_facts(ORG, &context, &check.keys()).await?;
    check.simulate(Some((&context, &facts)), ImportMode::Default);
    let checked = started.elapsed();

    let admin_email = "admin@bench.example";
    let admin_id = store
        .upsert_admin(&NewAdmin {
            id: &new_id(),
            email: admin_email,
            display_name: "Bench Admin",
            password_hash: None,
            language: "en",
        })
        .await?;
    let (record, _) = store
        .create_import(&NewImport {
            org_id: ORG,
            admin_id: &admin_id,
            admin_email,
            idempotency_key: "bench",
            file_name: "bench.csv",
            file_body: &body,
            mode: ImportMode::Default,
            total_rows: i64::from(check.rows),
        })
        .await?;
    store
        .queue_import(&record.id, ImportMode::Default, false)
        .await?;
    let started = Instant::now();
    // The server's setting, so its effect on the figures can be measured.
    let batch_rows = match std::env::var("SWITCHBOARD_IMPORT_BATCH_ROWS") {
        Ok(text) if !text.is_empty() => text.parse()?,
        _ => server::jobs::BATCH_ROWS,
    };
    let ran = ImportRunner::new(store.clone())
        .with_batches(batch_rows, std::time::Duration::ZERO)
        .run_once()
        .await?;
    let imported = started.elapsed();
    let done = store
        .import(&record.id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the import is gone"))?;

    // The limits, in the same database, after the import.
    let raw = raw_insert(store, &rows, RAW_ORG, None).await?;
    let (raw_record, _) = store
        .create_import(&NewImport {
            org_id: RAW_ALL_ORG,
            admin_id: &admin_id,
            admin_email,
            idempotency_key: "bench-raw",
            file_name: "bench.csv",
            file_body: "",
            mode: ImportMode::Default,
            total_rows: i64::from(check.rows),
        })
        .await?;
    let raw_all = raw_insert(store, &rows, RAW_ALL_ORG, Some(&raw_record.id)).await?;

    let goal = if label == "sqlite" {
        "   goal: 100,000 rows in < 5 s"
    } else {
        ""
    };
    println!(
        "{label:<9} {:<46} {:>8.2} {:>11}",
        "check at upload (context, read, facts, simulate)",
        checked.as_secs_f64(),
        per_second(size, checked),
    );
    println!(
        "{label:<9} {:<46} {:>8.2} {:>11}",
        format!("raw INSERT users, {CHUNK} rows each, 1 tx (limit)"),
        raw.as_secs_f64(),
        per_second(size, raw),
    );
    println!(
        "{label:<9} {:<46} {:>8.2} {:>11}",
        "raw INSERT all rows an import writes (limit 2)",
        raw_all.as_secs_f64(),
        per_second(size, raw_all),
    );
    println!(
        "{label:<9} {:<46} {:>8.2} {:>11} {:>8.1}  ({:.1}x limit 2){goal}",
        format!("import: ImportRunner::run_once, {batch_rows} rows a batch"),
        imported.as_secs_f64(),
        per_second(size, imported),
        imported.as_secs_f64() / raw.as_secs_f64(),
        imported.as_secs_f64() / raw_all.as_secs_f64(),
    );
    let complete = done.status == ImportStatus::Done && done.applied_rows == size as i64;
    figures::record(
        "bulk",
        &format!(
            "import {} new users, {label} (check at upload, then the runner)",
            thousands(size)
        ),
        &format!(
            "check {:.2} s; import {:.2} s, {} rows/s; {:.1}x the raw INSERT of the users \
             ({:.2} s), {:.1}x the raw INSERT of every row it writes ({:.2} s){}",
            checked.as_secs_f64(),
            imported.as_secs_f64(),
            per_second(size, imported),
            imported.as_secs_f64() / raw.as_secs_f64(),
            raw.as_secs_f64(),
            imported.as_secs_f64() / raw_all.as_secs_f64(),
            raw_all.as_secs_f64(),
            if complete {
                ""
            } else {
                "; NOT every row applied"
            },
        ),
        (label == "sqlite").then_some("100,000 rows in under 5 s on SQLite"),
        (label == "sqlite")
            .then_some(complete && imported.as_secs_f64() * 100_000.0 / size as f64 <= 5.0),
    );
    println!(
        "{label:<9}   (ran: {ran}, status {}{}, {} of {} rows done, {} applied, {} refused)",
        done.status.as_str(),
        done.failure.map(|f| format!(" ({f})")).unwrap_or_default(),
        done.done_rows,
        done.total_rows,
        done.applied_rows,
        done.refused_rows
    );
    if done.status != ImportStatus::Done || done.applied_rows != size as i64 {
        println!("{label:<9}   NOTE: expected done with {size} applied");
    }
    Ok(())
}

async fn import_on_both(size: usize) -> anyhow::Result<()> {
    println!("\nimport of {size} new users (fresh database, one org)");
    println!("(x raw: the import's time over the raw INSERT of users; limit 2: over the raw");
    println!(" INSERT of users, search terms, license assignments and row results)");
    println!(
        "{:<9} {:<46} {:>8} {:>11} {:>8}",
        "backend", "case", "s", "rows/s", "x raw"
    );
    let dir = tempfile::tempdir()?;
    // `SWITCHBOARD_BENCH_SQLITE=path` keeps the SQLite database for study.
    let path = std::env::var("SWITCHBOARD_BENCH_SQLITE")
        .unwrap_or_else(|_| format!("{}/imports.db", dir.path().display()));
    let sqlite = Store::connect(&format!("sqlite://{path}")).await?;
    import("sqlite", &sqlite, size).await?;
    sqlite.pool().close().await;

    match std::env::var("SWITCHBOARD_BENCH_PG") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let name = format!("sb_bench_imports_{}", std::process::id());
            let mut admin = sqlx::PgConnection::connect(&admin_url).await?;
            admin
                .execute(format!("CREATE DATABASE {name}").as_str())
                .await?;
            let url = match admin_url.rsplit_once('/') {
                Some((server, _)) => format!("{server}/{name}"),
                None => anyhow::bail!("SWITCHBOARD_BENCH_PG must name a database"),
            };
            let result = async {
                let pg = Store::connect(&url).await?;
                import("postgres", &pg, size).await?;
                pg.pool().close().await;
                anyhow::Ok(())
            }
            .await;
            // `SWITCHBOARD_BENCH_PG_KEEP=1` keeps the database for study.
            if std::env::var_os("SWITCHBOARD_BENCH_PG_KEEP").is_some() {
                println!("postgres: kept database {name}");
            } else {
                admin
                    .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                    .await?;
            }
            result?;
        }
        _ => println!("postgres: skipped (set SWITCHBOARD_BENCH_PG=postgres://…/db to include it)"),
    }
    Ok(())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    println!("users-import: validation and import of users CSV files");
    validation();
    let size = match std::env::var("SWITCHBOARD_BENCH_IMPORT_ROWS") {
        Ok(text) if !text.is_empty() => text.parse()?,
        _ => IMPORT_ROWS,
    };
    import_on_both(size).await
}
