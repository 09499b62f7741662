//! `cargo xtask bench` (issue 9): every speed and size figure from one
//! run, printed and written to `BENCHMARKS.md` with the machine's
//! description, each next to its goal. It fails only when a measurement
//! cannot run, never because of a time.
//!
//! `BENCH_SECONDS` (30) sets each load's length, `BENCH_USERS` (100,000)
//! the users imported for the scale figures; `SWITCHBOARD_TEST_PG` adds
//! PostgreSQL wherever a figure is per database.
mod machine;
mod records;
mod scale;
mod space;

use std::{env, process::Command};

use records::Records;
use scale::{Settings, thousands};

use crate::{Result, build_spa, bundle, cargo, root, server::Database, step, target_dir, tools};

pub fn bench() -> Result {
    tools::ensure_spa_tools()?;
    tools::ensure_e2e_tools()?;
    tools::ensure_soak_tools()?;
    tools::ensure_twiggy()?;
    let settings = Settings {
        users: number("BENCH_USERS", 100_000)?,
        seconds: number("BENCH_SECONDS", 30)?,
    };
    let postgres = env::var("SWITCHBOARD_TEST_PG")
        .ok()
        .filter(|u| !u.is_empty());
    let scratch = env::temp_dir().join(format!("switchboard-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)
        .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let records = Records::create(&scratch)?;

    // 1 and 6: the bundle, what takes its space, its budget.
    let sizes = build_spa()?;
    bundle_figures(&sizes, &records)?;
    println!("\n==> what takes the space (twiggy)");
    space::report(
        &target_dir().join("wasm32-unknown-unknown/wasm-release/switchboard-app.wasm"),
        &records,
    )?;

    // 3 and 4, native: the store's search query and the users import.
    for (title, name) in [
        ("users search in the store (100,000 users)", "directory"),
        ("users-CSV validation and import (100,000 rows)", "imports"),
    ] {
        let mut command = cargo(&["bench", "-p", "server", "--bench", name]);
        command.env("SWITCHBOARD_BENCH_FIGURES", records.path());
        if let Some(url) = &postgres {
            command.env("SWITCHBOARD_BENCH_PG", url);
        }
        step(title, &mut command)?;
    }

    // 2, 3, 5: the release server, on each database.
    step(
        "build the server (release)",
        &mut cargo(&["build", "--release", "-p", "server"]),
    )?;
    let bin = target_dir().join("release").join("switchboard");
    let mut databases = vec![Database::Sqlite];
    if let Some(url) = &postgres {
        databases.push(Database::Postgres(url.clone()));
    }
    for database in &databases {
        scale::measure(&bin, database, &settings, &records)?;
    }

    // 4, in the browser: the same files checked in Chromium's worker.
    step(
        "users-CSV check in the browser (headless Chromium, Web Worker)",
        Command::new("npx")
            .args(["playwright", "test", "--config", "bench.config.ts"])
            .current_dir(root().join("e2e"))
            .env("SWITCHBOARD_BIN", &bin)
            .env("SWITCHBOARD_DIST", root().join("dist"))
            .env("SWITCHBOARD_BENCH_FIGURES", records.path()),
    )?;

    let target = root().join("BENCHMARKS.md");
    records.write_markdown(&target, &machine::describe(postgres.as_deref()))?;
    let _ = std::fs::remove_dir_all(&scratch);
    println!(
        "\nWrote {} ({} users, {} s loads).",
        target.display(),
        thousands(settings.users),
        settings.seconds
    );
    Ok(())
}

fn number<T: std::str::FromStr>(name: &str, default: T) -> Result<T> {
    match env::var(name) {
        Ok(text) if !text.is_empty() => text
            .parse()
            .map_err(|_| format!("{name} must be a whole number, not {text:?}")),
        _ => Ok(default),
    }
}

/// Per file and in all, raw, gzip and brotli; the goal and the budget.
fn bundle_figures(sizes: &[bundle::FileSize], records: &Records) -> Result {
    use bundle::kib;
    let line = |t: bundle::Totals| {
        format!(
            "{} raw, {} gzip, {} brotli",
            kib(t.raw),
            kib(t.gzip),
            kib(t.brotli)
        )
    };
    let mut files: Vec<&bundle::FileSize> = sizes.iter().collect();
    files.sort_by_key(|f| std::cmp::Reverse(f.raw));
    for file in &files {
        let when = if file.is_initial() {
            "first load"
        } else {
            "when a CSV is checked"
        };
        records.record(
            "bundle",
            &format!("`{}` ({when})", file.name),
            &line(bundle::totals([*file])),
            None,
            None,
        )?;
    }
    let initial = bundle::totals(sizes.iter().filter(|f| f.is_initial()));
    records.record(
        "bundle",
        "first load (page, app, styles)",
        &line(initial),
        None,
        None,
    )?;
    let whole = bundle::totals(sizes);
    records.record(
        "bundle",
        "the whole SPA (with the CSV checker's worker)",
        &line(whole),
        Some("under 350 KiB brotli"),
        Some(whole.brotli < bundle::GOAL_BROTLI_BYTES),
    )?;
    let budget = bundle::budget()?;
    records.record(
        "budget",
        "the whole SPA, brotli, against the recorded budget",
        &format!(
            "{} of a {} budget ({:+.1}%)",
            kib(whole.brotli),
            kib(budget),
            (whole.brotli as f64 / budget as f64 - 1.0) * 100.0
        ),
        Some("at most 10% over the budget"),
        Some(whole.brotli as f64 <= budget as f64 * 1.1),
    )
}
