//! Installs what the build and the tests need, when it is missing: the wasm
//! target, trunk, wasm-bindgen-cli (the exact version in Cargo.lock),
//! wasm-opt (npm's binaryen: Debian's is too old), Chromium, poppler-utils and sqlite3
//! (Debian), the e2e suite's npm packages and cargo-fuzz. Nothing is downloaded but
//! registry packages.
use std::{
    env,
    path::PathBuf,
    process::{Command, Stdio},
};

use crate::{Result, root, step};

const TRUNK_VERSION: &str = "0.21.14";
/// Must equal the `wasm-bindgen` pinned in the workspace Cargo.toml.
const WASM_BINDGEN_VERSION: &str = "0.2.130";
const BINARYEN_VERSION: &str = "132";
/// cargo-fuzz, for `cargo xtask fuzz` (issue 8.4); it runs on stable Rust
/// with `--sanitizer none`.
const CARGO_FUZZ_VERSION: &str = "0.13.2";
/// schemathesis from PyPI, for `cargo xtask soak` (issue 8.7). Its CLI
/// changed at 4.0: keep the flags in `soak.rs` in step when raising it.
const SCHEMATHESIS_VERSION: &str = "4.32.5";
/// twiggy, for `cargo xtask bench`: what takes the space in the wasm
/// (issue 9.1).
const TWIGGY_VERSION: &str = "0.8.0";

/// Our npm-installed tools live outside the clone, so fresh clones (CI)
/// reuse them.
fn tools_dir() -> PathBuf {
    env::var_os("SWITCHBOARD_TOOLS_DIR")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/switchboard-tools")))
        .unwrap_or_else(|| root().join(".tools"))
}

fn cargo_bin() -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default()
        .join("bin")
}

/// `PATH` with our tools first (binaryen's wasm-opt before any system one).
pub fn path_with_tools() -> String {
    let mut parts = vec![
        tools_dir().join("node_modules/.bin").display().to_string(),
        cargo_bin().display().to_string(),
    ];
    if let Ok(path) = env::var("PATH") {
        parts.push(path);
    }
    parts.join(":")
}

pub fn trunk() -> PathBuf {
    cargo_bin().join("trunk")
}

/// The first line a tool prints for `--version`, if it runs.
fn version_of(program: &str, arg: &str) -> Option<String> {
    let output = Command::new(program)
        .arg(arg)
        .env("PATH", path_with_tools())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

fn have_wasm_target() -> bool {
    Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("wasm32-unknown-unknown"))
        .unwrap_or(false)
}

pub fn ensure_spa_tools() -> Result {
    if !have_wasm_target() {
        step(
            "install the wasm32 target",
            Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
        )?;
    }
    if !version_of("trunk", "--version").is_some_and(|v| v.ends_with(TRUNK_VERSION)) {
        step(
            "install trunk",
            Command::new("cargo").args([
                "install",
                "--locked",
                "trunk",
                "--version",
                TRUNK_VERSION,
            ]),
        )?;
    }
    if !version_of("wasm-bindgen", "--version").is_some_and(|v| v.ends_with(WASM_BINDGEN_VERSION)) {
        // Not --locked: its lock file names a crate this registry lacks.
        step(
            "install wasm-bindgen-cli",
            Command::new("cargo").args([
                "install",
                "wasm-bindgen-cli",
                "--version",
                WASM_BINDGEN_VERSION,
            ]),
        )?;
    }
    if !version_of("wasm-opt", "--version")
        .is_some_and(|v| v.contains(&format!("version {BINARYEN_VERSION}")))
    {
        let dir = tools_dir();
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        ensure_node()?;
        step(
            "install wasm-opt (binaryen from npm)",
            Command::new("npm").args([
                "install",
                "--no-save",
                "--no-audit",
                "--no-fund",
                "--prefix",
                &dir.display().to_string(),
                &format!("binaryen@{BINARYEN_VERSION}"),
            ]),
        )?;
    }
    Ok(())
}

/// cargo-fuzz, from crates.io, when missing or another version.
pub fn ensure_cargo_fuzz() -> Result {
    let installed = Command::new("cargo")
        .args(["fuzz", "--version"])
        .env("PATH", path_with_tools())
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    if !installed.is_some_and(|v| v.ends_with(CARGO_FUZZ_VERSION)) {
        step(
            "install cargo-fuzz",
            Command::new("cargo").args([
                "install",
                "--locked",
                "cargo-fuzz",
                "--version",
                CARGO_FUZZ_VERSION,
            ]),
        )?;
    }
    Ok(())
}

/// twiggy, from crates.io, when missing or another version.
pub fn ensure_twiggy() -> Result {
    if !version_of(&twiggy().display().to_string(), "--version")
        .is_some_and(|v| v.ends_with(TWIGGY_VERSION))
    {
        step(
            "install twiggy",
            Command::new("cargo").args([
                "install",
                "--locked",
                "twiggy",
                "--version",
                TWIGGY_VERSION,
            ]),
        )?;
    }
    Ok(())
}

pub fn twiggy() -> PathBuf {
    cargo_bin().join("twiggy")
}

/// wrk (Debian) for the load test and schemathesis (PyPI, in its own
/// virtualenv under the tools directory) for the API check.
pub fn ensure_soak_tools() -> Result {
    // wrk exits 1 even for `--version`: that it starts at all is enough.
    if Command::new("wrk")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_err()
    {
        apt_install(&["wrk"])?;
    }
    let version = version_of(&schemathesis().display().to_string(), "--version");
    if !version.is_some_and(|v| v.ends_with(SCHEMATHESIS_VERSION)) {
        let venv = schemathesis_venv();
        if !venv.join("bin/pip").exists() {
            step(
                "create a Python virtualenv for schemathesis",
                Command::new("python3").arg("-m").arg("venv").arg(&venv),
            )?;
        }
        step(
            "install schemathesis (PyPI)",
            Command::new(venv.join("bin/pip")).args([
                "install",
                "--quiet",
                &format!("schemathesis=={SCHEMATHESIS_VERSION}"),
            ]),
        )?;
    }
    Ok(())
}

fn schemathesis_venv() -> PathBuf {
    tools_dir().join("schemathesis-venv")
}

pub fn schemathesis() -> PathBuf {
    schemathesis_venv().join("bin/schemathesis")
}

fn ensure_node() -> Result {
    if version_of("npm", "--version").is_none() {
        apt_install(&["nodejs", "npm"])?;
    }
    Ok(())
}

fn apt_install(packages: &[&str]) -> Result {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let (program, prefix): (&str, &[&str]) = if is_root {
        ("apt-get", &[])
    } else {
        ("sudo", &["apt-get"])
    };
    step(
        "refresh Debian's package lists",
        Command::new(program).args(prefix).args(["update"]),
    )?;
    step(
        &format!("install {}", packages.join(", ")),
        Command::new(program)
            .args(prefix)
            .args(["install", "-y", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

pub fn ensure_e2e_tools() -> Result {
    ensure_node()?;
    // Chromium (with the fonts its pages render in) for the browser suite;
    // poppler-utils' pdftotext and pdfinfo read back the order summary PDF
    // in the server tests (SUB-10); sqlite3 dumps the e2e run's database for
    // its secrets check. One apt run for whatever is missing.
    let wanted: [(&str, &[&str]); 3] = [
        ("/usr/bin/chromium", &["chromium", "fonts-dejavu-core"]),
        ("/usr/bin/pdftotext", &["poppler-utils"]),
        // The e2e suite's secrets check reads the run's database.
        ("/usr/bin/sqlite3", &["sqlite3"]),
    ];
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|(program, _)| !PathBuf::from(program).exists())
        .flat_map(|(_, packages)| packages.iter().copied())
        .collect();
    if !missing.is_empty() {
        apt_install(&missing)?;
    }
    let e2e = root().join("e2e");
    if !e2e.join("node_modules/@playwright/test").exists() || lock_is_newer(&e2e) {
        step(
            "install the e2e suite's npm packages",
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&e2e)
                .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
        )?;
    }
    Ok(())
}

/// Whether `package-lock.json` changed since npm last installed from it
/// (npm keeps its own copy in `node_modules/.package-lock.json`), so a
/// checkout that gained a package installs it on the next run.
fn lock_is_newer(e2e: &std::path::Path) -> bool {
    let modified = |path: PathBuf| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    match (
        modified(e2e.join("package-lock.json")),
        modified(e2e.join("node_modules/.package-lock.json")),
    ) {
        (Some(lock), Some(installed)) => lock > installed,
        _ => true,
    }
}
