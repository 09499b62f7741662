//! Issue 9.3 and 9.5 on the release server: 100,000 users imported into
//! one org over the REST API, the users search under 100 clients, the
//! server's memory idle, after the import and under the load, and an
//! authenticated read's requests per second on one core; on SQLite also
//! the browser's start-up and users page against the same server.
use std::{path::Path, process::Command, time::Duration};

use super::records::Records;
use crate::{
    Result, root,
    server::{Database, Load, Server, bearer, seed_users, users_search_script, wrk},
    step,
};

/// The org the users go into: the demo's largest customer.
const ORG: &str = "Archer Farms";

pub struct Settings {
    pub users: usize,
    pub seconds: u32,
}

pub fn measure(bin: &Path, database: &Database, settings: &Settings, records: &Records) -> Result {
    let mut server = Server::start(bin, database)?;
    let db = server.database;
    // Settled: the start-up's allocations done, nothing asked yet.
    std::thread::sleep(Duration::from_secs(2));
    let idle = server.rss_kib();
    records.record(
        "footprint",
        &format!("idle after start, {db}"),
        &mib(idle),
        None,
        None,
    )?;

    let org = server.org_id(ORG)?;
    println!(
        "\n==> {db}: importing {} users into {ORG}",
        thousands(settings.users)
    );
    let (applied, took) = seed_users(&server, &org, settings.users, "bench")?;
    records.record(
        "bulk",
        &format!(
            "import {} users over the REST API, {db} (release server: upload, check, apply)",
            thousands(settings.users)
        ),
        &format!(
            "{:.1} s from upload to done, {} rows/s; {} applied",
            took.as_secs_f64(),
            thousands((applied as f64 / took.as_secs_f64()) as usize),
            thousands(applied as usize)
        ),
        None,
        None,
    )?;
    let after_import = server.rss_kib();
    records.record(
        "footprint",
        &format!("after importing {} users, {db}", thousands(settings.users)),
        &mib(after_import),
        None,
        None,
    )?;

    let search = users_search_script(&server.token, &org);
    let load = Load::clients(settings.seconds);
    let figures = wrk(&server, &format!("{db}-users-search"), &search, &load)?;
    let clean = figures.other == 0 && figures.socket_errors == 0 && figures.ok > 0;
    records.record(
        "scale",
        &format!(
            "users search over HTTP, {} clients for {} s, {db}",
            load.connections, load.seconds
        ),
        &format!(
            "p50 {:.1} ms, p99 {:.1} ms; {:.0} req/s; {} requests, {} errors",
            figures.p50_us as f64 / 1e3,
            figures.p99_us as f64 / 1e3,
            figures.per_second(),
            figures.requests,
            figures.other + figures.socket_errors
        ),
        Some("p99 under 250 ms (about 400 req/s with 100 clients), no error"),
        Some(clean && figures.p99_us < 250_000),
    )?;
    records.record(
        "footprint",
        &format!("peak under the 100-client search load, {db}"),
        &mib(figures.peak_rss_kib),
        None,
        None,
    )?;

    if matches!(database, Database::Sqlite) {
        browser(&server, &org, records)?;
    }

    // One core: the server on CPU 0, wrk on CPU 1.
    server.restart(Some("0"))?;
    let read = format!(
        "{}wrk.path = \"/api/v1/people?orgId={org}&max=50\"\n",
        bearer(&server.token)
    );
    let pinned = Load {
        seconds: settings.seconds,
        connections: 32,
        cpus: Some("1"),
    };
    let one_core = wrk(&server, &format!("{db}-one-core-read"), &read, &pinned)?;
    records.record(
        "footprint",
        &format!("authenticated read on one core: the users list's first page of 50, {db}"),
        &format!(
            "{:.0} req/s; p50 {:.1} ms, p99 {:.1} ms ({} connections); {} errors",
            one_core.per_second(),
            one_core.p50_us as f64 / 1e3,
            one_core.p99_us as f64 / 1e3,
            pinned.connections,
            one_core.other + one_core.socket_errors
        ),
        None,
        None,
    )?;
    Ok(())
}

/// Start-up and the users page in headless Chromium, against `server`.
fn browser(server: &Server, org: &str, records: &Records) -> Result {
    step(
        "start-up and the users page in the browser (headless Chromium)",
        Command::new("npx")
            .args(["playwright", "test", "--config", "bench-live.config.ts"])
            .current_dir(root().join("e2e"))
            .env("BENCH_BASE_URL", server.base())
            .env("BENCH_ORG", org)
            .env("SWITCHBOARD_BENCH_FIGURES", records.path()),
    )
}

pub fn mib(kib: u64) -> String {
    format!("{:.0} MiB", kib as f64 / 1024.0)
}

pub fn thousands(number: usize) -> String {
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
