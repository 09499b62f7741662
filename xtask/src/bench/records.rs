//! The benchmark's figures: one JSON object a line in a file every part
//! appends to (the Rust benchmarks and the browser specs get its path in
//! `SWITCHBOARD_BENCH_FIGURES`), and `BENCHMARKS.md`, written from them.
use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
};

use serde_json::{Value, json};

use crate::Result;

/// The sections of `BENCHMARKS.md`, in order: the key the parts record
/// under, and the heading with what the issue asks.
const SECTIONS: &[(&str, &str, &str)] = &[
    (
        "bundle",
        "1. Bundle",
        "What a browser downloads, raw and as the server sends it (brotli \
         and gzip, compressed at build time). Goal: the whole SPA under 350 \
         KiB brotli.",
    ),
    (
        "space",
        "1b. What takes the space",
        "`twiggy top` over the app's wasm as cargo built it (before \
         wasm-bindgen and wasm-opt, so function names are still there), \
         summed by crate; the shipped file is smaller, the shares are alike.",
    ),
    (
        "startup",
        "2. Start-up",
        "Headless Chromium, from navigation to the signed-in customers list \
         shown with its links (the Performance API's clock), on the release \
         server on localhost. Cold: a new browser profile, nothing cached. \
         Warm: the same profile again. Goal: under 300 ms cold.",
    ),
    (
        "scale",
        "3. Users at scale",
        "One org with 100,000 users. The users-list search over HTTP with \
         100 concurrent clients (wrk, release server) on SQLite and \
         PostgreSQL, the store's query alone with one client, and the users \
         page in the browser.",
    ),
    (
        "bulk",
        "4. Bulk",
        "Validating and importing users CSV files, each against its raw \
         limit measured in the same run.",
    ),
    (
        "footprint",
        "5. Server footprint",
        "Resident memory of the release server (`VmRSS`) and requests per \
         second on one core (the server pinned to CPU 0, wrk to CPU 1).",
    ),
    (
        "budget",
        "6. Regressions",
        "`cargo xtask test` fails when the SPA's brotli size is more than \
         10% over the budget recorded in `xtask/bundle-budget.json` (a \
         size, never a time).",
    ),
];

/// Where the run's figures go.
pub struct Records {
    path: PathBuf,
}

impl Records {
    /// A new, empty figures file in `dir`.
    pub fn create(dir: &Path) -> Result<Records> {
        let path = dir.join("figures.jsonl");
        fs::write(&path, "").map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        Ok(Records { path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// One figure, printed and appended (the same shape as the Rust and
    /// browser benchmarks write).
    pub fn record(
        &self,
        section: &str,
        case: &str,
        figure: &str,
        goal: Option<&str>,
        met: Option<bool>,
    ) -> Result {
        let verdict = match met {
            Some(true) => ", met",
            Some(false) => ", NOT met",
            None => "",
        };
        match goal {
            Some(goal) => println!("  {case}: {figure} (goal: {goal}{verdict})"),
            None => println!("  {case}: {figure}"),
        }
        let line = json!({
            "section": section, "case": case, "figure": figure, "goal": goal, "met": met,
        });
        fs::OpenOptions::new()
            .append(true)
            .open(&self.path)
            .and_then(|mut file| writeln!(file, "{line}"))
            .map_err(|e| format!("cannot append to {}: {e}", self.path.display()))
    }

    fn read(&self) -> Result<Vec<Value>> {
        let text = fs::read_to_string(&self.path)
            .map_err(|e| format!("cannot read {}: {e}", self.path.display()))?;
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).map_err(|e| format!("a figure is not JSON: {e}: {l}")))
            .collect()
    }

    /// `BENCHMARKS.md` from every figure of the run: a table per section,
    /// each figure next to its goal.
    pub fn write_markdown(&self, target: &Path, machine: &[String]) -> Result {
        let figures = self.read()?;
        let mut out = String::from(
            "# Benchmarks\n\n\
             Written by `cargo xtask bench` from one run; figures are printed and recorded, \
             never asserted (only the bundle's size is held to a budget, by `cargo xtask \
             test`). Rerun it to refresh this file.\n\n## Machine\n\n",
        );
        for line in machine {
            out.push_str(&format!("- {line}\n"));
        }
        let mut unmet = Vec::new();
        for (key, heading, about) in SECTIONS {
            out.push_str(&format!("\n## {heading}\n\n{about}\n\n"));
            let rows: Vec<&Value> = figures.iter().filter(|f| f["section"] == *key).collect();
            if rows.is_empty() {
                out.push_str("_No figures in this run._\n");
                continue;
            }
            out.push_str("| Case | Figure | Goal | Met |\n|---|---|---|---|\n");
            for row in rows {
                let text = |field: &str| row[field].as_str().unwrap_or("").replace('|', "\\|");
                let met = match row["met"].as_bool() {
                    Some(true) => "yes",
                    Some(false) => {
                        unmet.push(format!("{}: {}", text("case"), text("figure")));
                        "**no**"
                    }
                    None => "",
                };
                out.push_str(&format!(
                    "| {} | {} | {} | {met} |\n",
                    text("case"),
                    text("figure"),
                    text("goal")
                ));
            }
        }
        out.push_str("\n## Goals not met in this run\n\n");
        if unmet.is_empty() {
            out.push_str("None.\n");
        }
        for line in &unmet {
            out.push_str(&format!("- {line}\n"));
        }
        fs::write(target, out).map_err(|e| format!("cannot write {}: {e}", target.display()))
    }
}
