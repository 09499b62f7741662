//! What the figures were measured on, for `BENCHMARKS.md`.
use std::{fs, process::Command};

/// One line per fact: date, CPU, cores, memory, system, toolchain,
/// databases and browser.
pub fn describe(postgres: Option<&str>) -> Vec<String> {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, m)| m.trim().to_owned())
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let memory = fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map(|kib| format!("{:.1} GiB memory", kib as f64 / 1_048_576.0))
        .unwrap_or_else(|| "memory unknown".into());
    let mut lines = vec![
        format!(
            "Date: {}",
            first_line("date", &["-u", "+%Y-%m-%d %H:%M UTC"])
        ),
        format!("CPU: {model}, {cores} cores available; {memory}"),
        format!("System: {}", first_line("uname", &["-srm"])),
        format!("Rust: {}", first_line("rustc", &["--version"])),
        "SQLite (bundled with sqlx), WAL, synchronous=FULL, on the local disk".into(),
        format!(
            "Browser: {}",
            first_line("/usr/bin/chromium", &["--version"])
        ),
    ];
    match postgres {
        Some(url) => lines.push(format!(
            "PostgreSQL: {} (127.0.0.1, same machine)",
            first_line("psql", &[url, "-tAc", "SHOW server_version"])
        )),
        None => lines.push("PostgreSQL: not measured (SWITCHBOARD_TEST_PG unset)".into()),
    }
    lines.push(
        "Load generator: wrk on the same machine (it shares the CPUs with the server)".into(),
    );
    lines
}

fn first_line(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .map(|l| l.trim().to_owned())
        })
        .unwrap_or_else(|| format!("{program}: unknown"))
}
