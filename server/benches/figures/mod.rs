//! The figures a benchmark hands to `cargo xtask bench`, which writes
//! `BENCHMARKS.md` from them: one JSON object a line, appended to the file
//! `SWITCHBOARD_BENCH_FIGURES` names. Run alone (`cargo bench`), a
//! benchmark only prints.
use std::io::Write;

/// One figure: where it goes, what it measured, the goal it is read
/// against and whether it met it (`None` where there is no goal).
pub fn record(section: &str, case: &str, figure: &str, goal: Option<&str>, met: Option<bool>) {
    let Some(path) = std::env::var_os("SWITCHBOARD_BENCH_FIGURES") else {
        return;
    };
    let line = serde_json::json!({
        "section": section,
        "case": case,
        "figure": figure,
        "goal": goal,
        "met": met,
    });
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| writeln!(file, "{line}"));
    if let Err(error) = written {
        eprintln!("cannot append to {}: {error}", path.to_string_lossy());
    }
}
