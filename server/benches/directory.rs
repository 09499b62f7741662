//! The users-search benchmark (issue 3): one org with 100,000 users, the
//! users list's page of 50 under search, filters, sorts and deep keyset
//! paging, on SQLite and (with `SWITCHBOARD_BENCH_PG`) PostgreSQL.
//! Prints p50/p99 per case; the goal is p99 under 20 ms. Run it with
//! `cargo xtask bench`. It asserts nothing: figures, not a test.
use std::time::{Duration, Instant};

use domain::UserStatus;
use server::store::{Backend, NewOrg, Store, UserListQuery, UserOrder, sort_name_of, terms_of};
use sqlx::{Connection, Executor};

mod figures;

const USERS: usize = 100_000;
const RUNS: usize = 300;
const PAGE: i64 = 51; // a page of 50 and one to know there is a next page
const ORG: &str = "bench-org";

const FIRST: &[&str] = &[
    "Alex",
    "Anna",
    "Bjørn",
    "Carla",
    "David",
    "Elena",
    "Farah",
    "Giulia",
    "Hiro",
    "Ioana",
    "Jonas",
    "Kari",
    "Liam",
    "Maria",
    "Nils",
    "Olga",
    "Pavel",
    "Quinn",
    "Rosa",
    "Sven",
    "Tomas",
    "Ulla",
    "Vera",
    "Wei",
    "Xenia",
    "Yusuf",
    "Zoe",
    "Ștefan",
    "Øystein",
    "Мария",
];
const LAST: &[&str] = &[
    "Andersen", "Bianchi", "Costa", "Dumitru", "Eriksen", "Fischer", "Garcia", "Hansen", "Ivanova",
    "Johansen", "Kowalski", "Larsen", "Moreau", "Nielsen", "Olsen", "Popescu", "Quist", "Rossi",
    "Smith", "Taylor", "Urban", "Volkov", "Williams", "Xu", "Young", "Zanetti", "Berg", "Nordmann",
    "Ionescu", "Romano", "Petrov", "Lind",
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

async fn seed(store: &Store) -> anyhow::Result<Vec<String>> {
    store.migrate().await?;
    store
        .insert_org(&NewOrg {
            id: ORG,
            name: "Bench Org",
            is_partner: false,
            partner_id: None,
            country: Some("US"),
        })
        .await?;
    let mut locations = Vec::new();
    for i in 0..20 {
        let id = format!("bench-loc-{i}");
        sqlx::query(
            "INSERT INTO locations (id, org_id, name, name_key, line1, city, country, created_at)
             VALUES ($1, $2, $3, $4, '1 Main St', 'City', 'US', 0)",
        )
        .bind(&id)
        .bind(ORG)
        .bind(format!("Site {i}"))
        .bind(format!("site {i}"))
        .execute(store.pool())
        .await?;
        locations.push(id);
    }
    let packages: Vec<String> = sqlx::query_scalar("SELECT id FROM packages ORDER BY key")
        .fetch_all(store.pool())
        .await?;
    let mut rng = Lcg(7);
    let mut ids = Vec::with_capacity(USERS);
    let mut conn = store.pool().acquire().await?;
    let mut tx = conn.begin().await?;
    const CHUNK: usize = 500;
    for chunk in 0..USERS.div_ceil(CHUNK) {
        let mut users = String::from(
            "INSERT INTO users (id, org_id, email, first_name, last_name, display_name, sort_name,
                 package_id, location_id, extension, status, created_at, updated_at) VALUES ",
        );
        let mut terms =
            String::from("INSERT INTO user_terms (org_id, term, sort_name, user_id) VALUES ");
        let mut user_binds: Vec<Option<String>> = Vec::new();
        let mut term_binds: Vec<String> = Vec::new();
        for n in chunk * CHUNK..((chunk + 1) * CHUNK).min(USERS) {
            let first = FIRST[rng.next(FIRST.len())];
            let last = LAST[rng.next(LAST.len())];
            let email = format!(
                "{}.{}{n}@bench.example",
                first.to_lowercase(),
                last.to_lowercase()
            );
            let display = format!("{first} {last}");
            let id = format!("u{n:07}");
            let calling = rng.next(3) == 0;
            if !user_binds.is_empty() {
                users.push(',');
            }
            let base = user_binds.len();
            users.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, 0, 0)",
                base + 1,
                base + 2,
                base + 3,
                base + 4,
                base + 5,
                base + 6,
                base + 7,
                base + 8,
                base + 9,
                base + 10,
                base + 11
            ));
            user_binds.extend([
                Some(id.clone()),
                Some(ORG.to_owned()),
                Some(email.clone()),
                Some(first.to_owned()),
                Some(last.to_owned()),
                Some(display.clone()),
                Some(sort_name_of(&display)),
                Some(packages[rng.next(packages.len())].clone()),
                calling.then(|| locations[rng.next(locations.len())].clone()),
                calling.then(|| format!("{}", 100_000 + n)),
                Some(UserStatus::ALL[rng.next(3)].as_str().to_owned()),
            ]);
            for term in terms_of(&email, &[Some(first), Some(last), Some(&display)]) {
                if !term_binds.is_empty() {
                    terms.push(',');
                }
                let base = term_binds.len();
                terms.push_str(&format!(
                    "(${}, ${}, ${}, ${})",
                    base + 1,
                    base + 2,
                    base + 3,
                    base + 4
                ));
                term_binds.extend([ORG.to_owned(), term, sort_name_of(&display), id.clone()]);
            }
            ids.push(id);
        }
        let mut query = sqlx::query(&users);
        for value in &user_binds {
            query = query.bind(value.clone());
        }
        query.execute(&mut *tx).await?;
        let mut query = sqlx::query(&terms);
        for value in &term_binds {
            query = query.bind(value.clone());
        }
        query.execute(&mut *tx).await?;
    }
    sqlx::query("UPDATE orgs SET user_count = $2 WHERE id = $1")
        .bind(ORG)
        .bind(USERS as i64)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    // Fresh statistics and, on PostgreSQL, a visibility map, as a database
    // has them once autovacuum has seen a bulk import: without it every
    // index-only scan of the terms index visits the table too.
    match store.backend() {
        Backend::Postgres => conn.execute("VACUUM ANALYZE").await?,
        Backend::Sqlite => conn.execute("ANALYZE").await?,
    };
    ids.sort();
    Ok(ids)
}

struct Case<'a> {
    name: &'static str,
    query: UserListQuery<'a>,
}

fn cases(deep_cursor: (String, String), email: &str) -> Vec<Case<'_>> {
    fn q(query: UserListQuery<'_>) -> UserListQuery<'_> {
        UserListQuery {
            limit: PAGE,
            ..query
        }
    }
    vec![
        Case {
            name: "first page, by name",
            query: q(UserListQuery::default()),
        },
        Case {
            name: "deep page (keyset), by name",
            query: q(UserListQuery {
                after: Some(deep_cursor),
                ..Default::default()
            }),
        },
        Case {
            name: "by email, descending",
            query: q(UserListQuery {
                order: UserOrder::Email,
                descending: true,
                ..Default::default()
            }),
        },
        Case {
            name: "search common prefix \"a\"",
            query: q(UserListQuery {
                search: "a",
                ..Default::default()
            }),
        },
        Case {
            name: "search name \"kowalski\"",
            query: q(UserListQuery {
                search: "kowalski",
                ..Default::default()
            }),
        },
        Case {
            name: "search two words \"maria ross\"",
            query: q(UserListQuery {
                search: "maria ross",
                ..Default::default()
            }),
        },
        Case {
            name: "search one email",
            query: q(UserListQuery {
                search: email,
                ..Default::default()
            }),
        },
        Case {
            name: "search without match",
            query: q(UserListQuery {
                search: "zzzz",
                ..Default::default()
            }),
        },
        Case {
            name: "filter location, by email",
            query: q(UserListQuery {
                location_id: Some("bench-loc-7"),
                order: UserOrder::Email,
                ..Default::default()
            }),
        },
        Case {
            name: "filter package + status + search",
            query: q(UserListQuery {
                package_key: Some("webex_calling"),
                status: Some(UserStatus::Active),
                search: "ol",
                ..Default::default()
            }),
        },
    ]
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

async fn run(label: &str, store: &Store) -> anyhow::Result<()> {
    let started = Instant::now();
    seed(store).await?;
    println!(
        "{label}: seeded {USERS} users in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // A cursor half-way down the list.
    let middle: (String, String) = {
        let row: (String, String) = sqlx::query_as(
            "SELECT sort_name, id FROM users WHERE org_id = $1 ORDER BY sort_name, id
             LIMIT 1 OFFSET 50000",
        )
        .bind(ORG)
        .fetch_one(store.pool())
        .await?;
        row
    };
    println!(
        "{:<10} {:<36} {:>8} {:>8} {:>6}",
        "backend", "case (page of 50 + total)", "p50 ms", "p99 ms", "rows"
    );
    // An email that exists: the generated names are random.
    let email: String = sqlx::query_scalar("SELECT email FROM users WHERE id = 'u0042424'")
        .fetch_one(store.pool())
        .await?;
    for case in cases(middle, &email) {
        let mut times = Vec::with_capacity(RUNS);
        let mut rows = 0;
        for _ in 0..RUNS {
            let t = Instant::now();
            let page = store.list_users(ORG, &case.query).await?;
            let _total = store.count_users(ORG).await?;
            times.push(t.elapsed());
            rows = page.len();
        }
        times.sort();
        let (p50, p99) = (percentile(&times, 0.50), percentile(&times, 0.99));
        figures::record(
            "scale",
            &format!("store query alone, one client, {label}: {}", case.name),
            &format!("p50 {p50:.2} ms, p99 {p99:.2} ms"),
            Some("p99 under 20 ms"),
            Some(p99 < 20.0),
        );
        println!(
            "{label:<10} {:<36} {:>8.2} {:>8.2} {:>6}",
            case.name,
            percentile(&times, 0.50),
            percentile(&times, 0.99),
            rows.min(50)
        );
    }
    Ok(())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    println!("users-search: {USERS} users in one org, {RUNS} runs per case");
    let dir = tempfile::tempdir()?;
    // `SWITCHBOARD_BENCH_SQLITE=path` keeps the SQLite database for study.
    let path = std::env::var("SWITCHBOARD_BENCH_SQLITE")
        .unwrap_or_else(|_| format!("{}/bench.db", dir.path().display()));
    let sqlite = Store::connect(&format!("sqlite://{path}")).await?;
    run("sqlite", &sqlite).await?;
    sqlite.pool().close().await;

    match std::env::var("SWITCHBOARD_BENCH_PG") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let name = format!("sb_bench_{}", std::process::id());
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
                run("postgres", &pg).await?;
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
