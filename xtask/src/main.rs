//! `cargo xtask`: the project's two front doors and their building blocks.
//!
//! - `cargo xtask run`  — install what is missing, build the SPA (release),
//!   migrate `./data/switchboard.db`, load the demo data, serve on :8080.
//! - `cargo xtask test` — install what is missing, then every check CI runs.
//! - `cargo xtask spa`  — build the SPA only (release).
//! - `cargo xtask e2e`  — the browser suite only (expects a built SPA).
//! - `cargo xtask bench` — every speed and size figure (issue 9), written
//!   to `BENCHMARKS.md`.
//! - `cargo xtask fuzz [--seconds N]` — every fuzz target for N seconds
//!   (60 by default), then native vs wasm on the CSV seeds.
//! - `cargo xtask soak` — the long checks `test` leaves out, figures
//!   printed: imports killed and resumed (issue 8.5), load (issue 8.6) and
//!   the API under schemathesis (issue 8.7).
mod bench;
mod bundle;
mod crash;
mod disk;
mod fuzz;
mod server;
mod soak;
mod tools;

use std::{
    env,
    path::{Path, PathBuf},
    process::{Command, ExitCode},
};

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test(),
        Some("spa") => tools::ensure_spa_tools().and_then(|_| build_spa().map(drop)),
        Some("e2e") => tools::ensure_e2e_tools()
            .and_then(|_| build_server())
            .and_then(|bin| e2e(&bin)),
        Some("bench") => bench::bench(),
        Some("fuzz") => fuzz::fuzz(&args[1..]),
        Some("soak") => soak::soak(),
        _ => {
            eprintln!("usage: cargo xtask <run|test|spa|e2e|bench|fuzz|soak>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (the parent of this crate's directory).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn target_dir() -> PathBuf {
    env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

/// Runs a command in the workspace root, failing with its description.
fn step(title: &str, command: &mut Command) -> Result {
    println!("\n==> {title}");
    if command.get_current_dir().is_none() {
        command.current_dir(root());
    }
    let status = command
        .env("TRUNK_SKIP_VERSION_CHECK", "true")
        .env("PATH", tools::path_with_tools())
        .status()
        .map_err(|e| format!("{title}: could not start: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{title}: failed ({status})"))
    }
}

fn cargo(args: &[&str]) -> Command {
    let mut command = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.args(args);
    command
}

/// Builds the SPA into `dist/` and writes its compressed copies; returns
/// the files' sizes.
fn build_spa() -> Result<Vec<bundle::FileSize>> {
    // Trunk builds offline (Trunk.toml): fetch the wasm-only crates first,
    // or a fresh machine fails on the first crate only the browser uses.
    step("fetch the crates (all targets)", &mut cargo(&["fetch"]))?;
    step(
        "build the SPA (trunk, release)",
        Command::new(tools::trunk()).args([
            "build",
            "--release",
            "--cargo-profile",
            "wasm-release",
        ]),
    )?;
    println!("\n==> compress the SPA's files (brotli, gzip)");
    bundle::compress(&root().join("dist"))
}

fn build_server() -> Result<PathBuf> {
    step("build the server", &mut cargo(&["build", "-p", "server"]))?;
    Ok(target_dir().join("debug").join("switchboard"))
}

fn run(extra: &[String]) -> Result {
    tools::ensure_spa_tools()?;
    build_spa()?;
    step(
        "build the server (release)",
        &mut cargo(&["build", "--release", "-p", "server"]),
    )?;
    let bin = target_dir().join("release").join("switchboard");
    step(
        "migrate ./data/switchboard.db",
        Command::new(&bin).arg("migrate"),
    )?;
    step("load the demo data", Command::new(&bin).arg("demo"))?;
    println!("\nOpen http://127.0.0.1:8080 and sign in with one of the demo accounts above.");
    step(
        "serve on http://127.0.0.1:8080",
        Command::new(&bin).arg("serve").args(extra),
    )
}

fn test() -> Result {
    disk::make_room(&target_dir())?;
    tools::ensure_spa_tools()?;
    tools::ensure_e2e_tools()?;
    step("format", &mut cargo(&["fmt", "--all", "--check"]))?;
    step(
        "clippy (native)",
        &mut cargo(&[
            "clippy",
            "-p",
            "domain",
            "-p",
            "server",
            "-p",
            "xtask",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    step(
        "clippy (app, native)",
        &mut cargo(&[
            "clippy",
            "-p",
            "app",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    step(
        "clippy (wasm)",
        &mut cargo(&[
            "clippy",
            "-p",
            "app",
            "-p",
            "domain",
            "--features",
            "app/csr",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    match env::var("SWITCHBOARD_TEST_PG") {
        Ok(url) if !url.is_empty() => {
            println!("\nThe store suite runs on SQLite and on PostgreSQL ({url}).")
        }
        _ => println!(
            "\nThe store suite runs on SQLite only (set SWITCHBOARD_TEST_PG for PostgreSQL)."
        ),
    }
    step(
        "unit, property and store tests",
        &mut cargo(&[
            "test", "-p", "domain", "-p", "app", "-p", "server", "-p", "xtask",
        ]),
    )?;
    // Issue 8.4: every fuzz target for 60 s, then native vs wasm.
    fuzz::fuzz(&[])?;
    // Issue 9.6: a bundle over its recorded budget fails the run.
    bundle::check_budget(&build_spa()?)?;
    let bin = build_server()?;
    e2e(&bin)
}

fn e2e(bin: &Path) -> Result {
    step(
        "end-to-end tests (Playwright, headless Chromium)",
        Command::new("npx")
            .args(["playwright", "test"])
            .current_dir(root().join("e2e"))
            .env("SWITCHBOARD_BIN", bin)
            .env("SWITCHBOARD_DIST", root().join("dist"))
            // The whole suite ran: the secrets check must have seen every
            // kind of secret (issue 8.9).
            .env("E2E_REQUIRE_EVERY_SECRET", "1"),
    )
}
