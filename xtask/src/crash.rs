//! The crash-safety soak (issue 8.5): users imports of 20,000 rows killed
//! with SIGKILL at random points, at least 50 times per database, each kill
//! followed by a check of the database and a restart that must resume the
//! job; every import must end applied exactly once. The test lives in
//! `server/tests/crash_safety.rs` (ignored by `cargo test`); this runs it on
//! SQLite and, when `SWITCHBOARD_TEST_PG` is set, PostgreSQL (required with
//! `SWITCHBOARD_REQUIRE_PG=1`). `CRASH_SEED` replays a run's kills,
//! `CRASH_KILLS` changes their number.
use std::{env, time::Instant};

use super::{Result, cargo, step};

pub fn crash_safety() -> Result {
    match env::var("SWITCHBOARD_TEST_PG") {
        Ok(url) if !url.is_empty() => {
            println!("\nThe crash-safety soak runs on SQLite and on PostgreSQL ({url}).")
        }
        _ => println!(
            "\nThe crash-safety soak runs on SQLite only (set SWITCHBOARD_TEST_PG for PostgreSQL)."
        ),
    }
    let began = Instant::now();
    // One database at a time: the kills are timed against the import's
    // pace, which a second run on the same cores would disturb.
    let result = step(
        "crash safety: imports killed with SIGKILL and resumed (issue 8.5)",
        &mut cargo(&[
            "test",
            "-p",
            "server",
            "--test",
            "crash_safety",
            "--",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ]),
    );
    println!(
        "crash safety: {:.1} s in all (build included)",
        began.elapsed().as_secs_f64()
    );
    result
}
