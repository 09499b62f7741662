//! `cargo xtask fuzz [--seconds N]` (issue 8.4): builds the fuzz targets of
//! `domain/fuzz` and `server/fuzz` with cargo-fuzz (no sanitizer: stable
//! Rust), runs each for N seconds (60 by default) on a scratch copy of its
//! committed seeds plus the large seeds generated here, then checks that
//! the native and the wasm builds of the CSV validators agree on every
//! seed. Fails on any crash, on any input that takes over a second, and on
//! any native/wasm difference.
//!
//! Nothing is written into the repository: corpora, artifacts and logs go
//! to a scratch directory under the system's temporary directory, named in
//! the output and removed when everything passed.

use std::{
    fs,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::Instant,
};

use crate::{Result, build_server, cargo, root, step, target_dir, tools};

/// The host triple cargo-fuzz builds for (the only one this machine runs).
const TRIPLE: &str = "x86_64-unknown-linux-gnu";

/// libFuzzer's per-input limit, in seconds: an input slower than this is a
/// failure ("no input under 1 MB taking over 1 s").
const TIMEOUT_SECS: u32 = 1;

/// The largest input libFuzzer makes for the CSV targets: just under 1 MB,
/// the size up to which an input must take under a second.
const CSV_MAX_LEN: usize = 1024 * 1024 - 1;

/// The largest input for the value parsers and the JSON decoders: a cell or
/// a request body, far past any limit the parsers enforce.
const VALUE_MAX_LEN: usize = 64 * 1024;

/// One fuzz target and how it is fed.
struct Target {
    name: &'static str,
    /// The fuzz crate, relative to the workspace root.
    crate_dir: &'static str,
    max_len: usize,
    /// Large seeds made by [`generated_seeds`], if any.
    generated: Option<CsvKind>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CsvKind {
    Users,
    Devices,
}

const DOMAIN_FUZZ: &str = "domain/fuzz";
const SERVER_FUZZ: &str = "server/fuzz";

const TARGETS: &[Target] = &[
    Target {
        name: "users_csv",
        crate_dir: DOMAIN_FUZZ,
        max_len: CSV_MAX_LEN,
        generated: Some(CsvKind::Users),
    },
    Target {
        name: "devices_csv",
        crate_dir: DOMAIN_FUZZ,
        max_len: CSV_MAX_LEN,
        generated: Some(CsvKind::Devices),
    },
    Target {
        name: "mac",
        crate_dir: DOMAIN_FUZZ,
        max_len: VALUE_MAX_LEN,
        generated: None,
    },
    Target {
        name: "phone",
        crate_dir: DOMAIN_FUZZ,
        max_len: VALUE_MAX_LEN,
        generated: None,
    },
    Target {
        name: "extension",
        crate_dir: DOMAIN_FUZZ,
        max_len: VALUE_MAX_LEN,
        generated: None,
    },
    Target {
        name: "workspace_name",
        crate_dir: DOMAIN_FUZZ,
        max_len: VALUE_MAX_LEN,
        generated: None,
    },
    Target {
        name: "activation_code",
        crate_dir: DOMAIN_FUZZ,
        max_len: VALUE_MAX_LEN,
        generated: None,
    },
    Target {
        name: "rest_json",
        crate_dir: SERVER_FUZZ,
        max_len: VALUE_MAX_LEN,
        generated: None,
    },
];

/// What one target's run found.
struct Figures {
    name: &'static str,
    executions: u64,
    execs_per_sec: u64,
    corpus_files: usize,
    corpus_bytes: u64,
    crashes: usize,
    slowest_ms: u64,
    slowest_input: String,
    /// Why the run failed, if it did.
    failure: Option<String>,
}

/// `cargo xtask fuzz [--seconds N]`.
pub fn fuzz(args: &[String]) -> Result {
    let seconds = match args {
        [] => 60,
        [flag, n] if flag == "--seconds" => n
            .parse::<u32>()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| format!("--seconds wants a positive whole number, not {n:?}"))?,
        _ => return Err("usage: cargo xtask fuzz [--seconds N]".into()),
    };
    tools::ensure_cargo_fuzz()?;
    for crate_dir in [DOMAIN_FUZZ, SERVER_FUZZ] {
        step(
            &format!("build the fuzz targets of {crate_dir} (cargo-fuzz, no sanitizer)"),
            Command::new("cargo")
                .args([
                    "fuzz",
                    "build",
                    "--release",
                    "--debug-assertions",
                    "--sanitizer",
                    "none",
                    "--fuzz-dir",
                    crate_dir,
                    "--target-dir",
                ])
                .arg(target_dir()),
        )?;
    }

    let scratch = std::env::temp_dir().join(format!("switchboard-fuzz-{}", std::process::id()));
    fs::create_dir_all(&scratch)
        .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    println!(
        "\nScratch corpora, artifacts and logs: {}",
        scratch.display()
    );

    // The seeds, committed and generated, before fuzzing adds to them: the
    // native-vs-wasm check runs on these.
    let mut seed_dirs = Vec::new();
    let mut figures = Vec::new();
    for target in TARGETS {
        let dir = scratch.join(target.name);
        let seeds = dir.join("seeds");
        copy_dir(
            &root()
                .join(target.crate_dir)
                .join("corpus")
                .join(target.name),
            &seeds,
        )?;
        if let Some(kind) = target.generated {
            for (name, bytes) in generated_seeds(kind) {
                write(&seeds.join(name), &bytes)?;
            }
            seed_dirs.push((kind, seeds.clone()));
        }
        let corpus = dir.join("corpus");
        copy_dir(&seeds, &corpus)?;
        println!(
            "\n==> fuzz {} for {seconds} s ({} seeds)",
            target.name,
            files_in(&corpus)?.len()
        );
        figures.push(run_target(target, &dir, &corpus, seconds)?);
    }

    println!("\nFuzzing ({seconds} s per target, -timeout={TIMEOUT_SECS}):");
    println!(
        "  {:<16} {:>12} {:>9} {:>8} {:>10} {:>7}  slowest input",
        "target", "executions", "exec/s", "corpus", "bytes", "crashes"
    );
    for f in &figures {
        println!(
            "  {:<16} {:>12} {:>9} {:>8} {:>10} {:>7}  {} ms ({})",
            f.name,
            f.executions,
            f.execs_per_sec,
            f.corpus_files,
            f.corpus_bytes,
            f.crashes,
            f.slowest_ms,
            f.slowest_input
        );
    }
    let failures: Vec<String> = figures
        .iter()
        .filter_map(|f| f.failure.as_ref().map(|why| format!("{}: {why}", f.name)))
        .collect();
    if !failures.is_empty() {
        return Err(format!("fuzzing failed:\n  {}", failures.join("\n  ")));
    }

    native_vs_wasm(&seed_dirs)?;
    // All green: nothing to look at. (A failure keeps the directory, with
    // the artifact that reproduces it.)
    let _ = fs::remove_dir_all(&scratch);
    Ok(())
}

/// Runs one target for `seconds`, then every input of its final corpus once
/// more to time it; the figures, with a failure if there was a crash, a
/// timeout or an input slower than [`TIMEOUT_SECS`].
fn run_target(target: &Target, dir: &Path, corpus: &Path, seconds: u32) -> Result<Figures> {
    let binary = target_dir().join(TRIPLE).join("release").join(target.name);
    let artifacts = dir.join("artifacts");
    fs::create_dir_all(&artifacts).map_err(|e| format!("{}: {e}", artifacts.display()))?;
    let log_path = dir.join("fuzz.log");
    let log = fs::File::create(&log_path).map_err(|e| format!("{}: {e}", log_path.display()))?;
    let status = Command::new(&binary)
        .arg(corpus)
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-timeout={TIMEOUT_SECS}"))
        .arg(format!("-max_len={}", target.max_len))
        .arg("-rss_limit_mb=2048")
        .arg("-print_final_stats=1")
        .arg(format!("-artifact_prefix={}/", artifacts.display()))
        .stdout(Stdio::null())
        .stderr(log)
        .status()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let text = fs::read_to_string(&log_path).unwrap_or_default();
    let stat = |key: &str| -> u64 {
        text.lines()
            .find_map(|line| line.strip_prefix(&format!("stat::{key}:")))
            .and_then(|value| value.trim().parse().ok())
            .unwrap_or(0)
    };
    let crashes = files_in(&artifacts)?.len();
    let mut failure = None;
    if !status.success() || crashes > 0 {
        let tail: Vec<&str> = text.lines().rev().take(30).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        eprintln!("{}", tail.join("\n"));
        failure = Some(format!(
            "libFuzzer stopped ({status}) with {crashes} artifact(s) in {}; log {}",
            artifacts.display(),
            log_path.display()
        ));
    }

    // Every input of the final corpus once more, each timed by libFuzzer
    // itself ("Executed FILE in N ms"): the slowest input by name.
    let inputs = files_in(corpus)?;
    let corpus_bytes = inputs
        .iter()
        .map(|p| fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .sum();
    let (mut slowest_ms, mut slowest_input) = (0, String::from("-"));
    for batch in inputs.chunks(500) {
        let output = Command::new(&binary)
            .arg(format!("-timeout={TIMEOUT_SECS}"))
            .arg("-rss_limit_mb=2048")
            .arg(format!("-artifact_prefix={}/", artifacts.display()))
            .args(batch)
            .stdout(Stdio::null())
            .output()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
        let text = String::from_utf8_lossy(&output.stderr);
        for line in text.lines() {
            let Some(rest) = line.strip_prefix("Executed ") else {
                continue;
            };
            let Some((path, time)) = rest.rsplit_once(" in ") else {
                continue;
            };
            let ms = time
                .trim_end_matches(" ms")
                .trim()
                .parse::<u64>()
                .unwrap_or(0);
            if ms >= slowest_ms {
                let name = Path::new(path)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let bytes = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
                slowest_ms = ms;
                slowest_input = format!("{name}, {bytes} bytes");
            }
        }
        if !output.status.success() && failure.is_none() {
            failure = Some(format!(
                "replaying the corpus failed ({}): {}",
                output.status,
                text.lines().rev().take(10).collect::<Vec<_>>().join(" | ")
            ));
        }
    }
    if slowest_ms > u64::from(TIMEOUT_SECS) * 1000 && failure.is_none() {
        failure = Some(format!("{slowest_input} took {slowest_ms} ms"));
    }
    Ok(Figures {
        name: target.name,
        executions: stat("number_of_executed_units"),
        execs_per_sec: stat("average_exec_per_sec"),
        corpus_files: inputs.len(),
        corpus_bytes,
        crashes: files_in(&artifacts)?.len(),
        slowest_ms,
        slowest_input,
        failure,
    })
}

/// The native `switchboard validate` and the wasm build of the same
/// validators must give identical findings on every seed of the CSV
/// targets (`domain/fuzz/native-vs-wasm.mjs`).
fn native_vs_wasm(seed_dirs: &[(CsvKind, PathBuf)]) -> Result {
    let manifest = root().join(DOMAIN_FUZZ).join("wasm-check/Cargo.toml");
    step(
        "build the CSV validators for wasm32 (the browser bundle's profile)",
        cargo(&["build", "--release", "--target", "wasm32-unknown-unknown"])
            .arg("--manifest-path")
            .arg(&manifest)
            .arg("--target-dir")
            .arg(target_dir()),
    )?;
    let wasm = target_dir().join("wasm32-unknown-unknown/release/domain_wasm_check.wasm");
    let bin = build_server()?;
    let started = Instant::now();
    let mut command = Command::new("node");
    command
        .arg(root().join(DOMAIN_FUZZ).join("native-vs-wasm.mjs"))
        .arg(&bin)
        .arg(&wasm);
    for (kind, dir) in seed_dirs {
        let kind = match kind {
            CsvKind::Users => "users",
            CsvKind::Devices => "devices",
        };
        command.arg(format!("{kind}:{}", dir.display()));
    }
    step(
        "native vs wasm: the same findings on every CSV seed",
        &mut command,
    )?;
    println!(
        "(native vs wasm took {:.1} s)",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The seeds too large to commit, made the same way on every run: a huge
/// field, thousands of columns, a quote left open over a huge tail, a file
/// of NULs and a file of valid rows just under 1 MB.
fn generated_seeds(kind: CsvKind) -> Vec<(&'static str, Vec<u8>)> {
    let (header, row): (Vec<String>, Vec<String>) = match kind {
        CsvKind::Users => (
            [
                "User ID/Email (Required)",
                "First Name",
                "Last Name",
                "Display Name",
                "Extension",
                "Phone Number",
                "Location",
                "Jabber Calling",
                "Jabber with Webex Teams",
                "Preferred Webex Site",
                "Webex Calling",
                "Webex Calling Standard",
                "Webex Suite",
                "Webex Voice",
                "Webex Meetings",
                "Basic Messaging",
                "Basic Space Meetings",
                "Call on Webex",
            ]
            .map(String::from)
            .to_vec(),
            [
                "user{i}@example.com",
                "First",
                "Last",
                "",
                "",
                "",
                "",
                "FALSE",
                "FALSE",
                "example",
                "FALSE",
                "FALSE",
                "FALSE",
                "FALSE",
                "TRUE",
                "",
                "",
                "",
            ]
            .map(String::from)
            .to_vec(),
        ),
        CsvKind::Devices => (
            [
                "Username",
                "Type",
                "Extension",
                "Phone Number",
                "Device Type",
                "Model",
                "MAC Address",
                "Location",
                "Webex Go [Sub. Sub1b7d0c]",
            ]
            .map(String::from)
            .to_vec(),
            [
                "user{i}@example.com",
                "USER",
                "{ext}",
                "",
                "WEBEX_CALLING",
                "Webex Go Device",
                "",
                "Grand Rapids HQ",
                "TRUE",
            ]
            .map(String::from)
            .to_vec(),
        ),
    };
    let line = |cells: &[String]| cells.join(",") + "\r\n";
    let row_at = |i: usize| -> Vec<String> {
        row.iter()
            .map(|c| {
                c.replace("{i}", &i.to_string())
                    .replace("{ext}", &(10_000 + i % 90_000).to_string())
            })
            .collect()
    };
    let header_line = line(&header);

    // One field of 200 KB in an otherwise valid row.
    let mut huge = row_at(1);
    huge[1] = "x".repeat(200 * 1024);
    let huge_field = format!("{header_line}{}", line(&huge));

    // A header of 5,000 columns, and a row as wide.
    let mut wide_header = header.clone();
    let mut wide_row = row_at(1);
    for i in 0..5_000 - header.len() {
        wide_header.push(format!("Extra {i}"));
        wide_row.push(format!("v{i}"));
    }
    let wide = format!("{}{}", line(&wide_header), line(&wide_row));

    // A quote opened in the first data row and never closed.
    let open_quote = format!("{header_line}\"{}", "a,b\r\n".repeat(40_000));

    // NULs, after a BOM.
    let mut nuls = vec![0xEF, 0xBB, 0xBF];
    nuls.extend(std::iter::repeat_n(0u8, 256 * 1024));

    // Valid rows up to just under 1 MB, with a BOM and `;` as Excel writes.
    let mut many = String::from("\u{feff}");
    many.push_str(&header.join(";"));
    many.push_str("\r\n");
    let mut i = 1;
    loop {
        let next = row_at(i).join(";") + "\r\n";
        if many.len() + next.len() >= CSV_MAX_LEN {
            break;
        }
        many.push_str(&next);
        i += 1;
    }

    vec![
        ("generated-huge-field.csv", huge_field.into_bytes()),
        ("generated-5000-columns.csv", wide.into_bytes()),
        ("generated-open-quote.csv", open_quote.into_bytes()),
        ("generated-nuls.csv", nuls),
        ("generated-rows-under-1mb.csv", many.into_bytes()),
    ]
}

fn files_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    Ok(files)
}

fn copy_dir(from: &Path, to: &Path) -> Result {
    fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    for file in files_in(from)? {
        if let Some(name) = file.file_name() {
            fs::copy(&file, to.join(name))
                .map_err(|e| format!("cannot copy {}: {e}", file.display()))?;
        }
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
