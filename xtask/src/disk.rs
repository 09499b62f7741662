//! Room on the disk that holds the cargo target directory.
//!
//! The target directory lives outside the clone so CI reuses builds, which
//! also means it only grows: every change of a dependency, profile or path
//! leaves its old artifacts behind. A CI run that found the disk nearly
//! full failed half-way ("No space left on device" while linking the
//! server), so `cargo xtask test` makes room before it builds anything.
use std::{
    fs, io,
    path::{Path, PathBuf},
    process::Command,
};

use crate::Result;

/// What one whole `cargo xtask test` writes into an empty target directory
/// (debug, release for fuzzing and the SPA's wasm profile), with a margin.
const ROOM_A_RUN_NEEDS: u64 = 40 * GIB;
const GIB: u64 = 1024 * 1024 * 1024;

/// Makes sure a whole test run fits: first drops incremental caches (the
/// largest part, and rebuilt at once), then, if that is not enough, the
/// whole target directory. Says what it did and how much room there is.
pub fn make_room(target: &Path) -> Result {
    let Some(free) = free_bytes(target)? else {
        println!("\n==> room on disk: unknown (df could not tell); going on");
        return Ok(());
    };
    println!("\n==> room on disk for {}: {}", target.display(), gib(free));
    if free >= ROOM_A_RUN_NEEDS {
        return Ok(());
    }
    for cache in incremental_caches(target) {
        remove(&cache)?;
    }
    let free = free_bytes(target)?.unwrap_or(0);
    if free >= ROOM_A_RUN_NEEDS {
        println!("    after dropping incremental caches: {}", gib(free));
        return Ok(());
    }
    remove(target)?;
    let free = free_bytes(target)?.unwrap_or(0);
    println!("    after removing the target directory: {}", gib(free));
    if free < ROOM_A_RUN_NEEDS {
        return Err(format!(
            "only {} free for the build; a test run needs about {}",
            gib(free),
            gib(ROOM_A_RUN_NEEDS)
        ));
    }
    Ok(())
}

/// Free bytes on the file system holding `path` (or its nearest existing
/// parent), from POSIX `df -Pk`.
fn free_bytes(path: &Path) -> Result<Option<u64>> {
    let existing = path
        .ancestors()
        .find(|p| p.exists())
        .unwrap_or(Path::new("/"));
    let output = Command::new("df")
        .arg("-Pk")
        .arg(existing)
        .output()
        .map_err(|e| format!("room on disk: could not start df: {e}"))?;
    if !output.status.success() {
        return Ok(None);
    }
    Ok(available_kib(&String::from_utf8_lossy(&output.stdout)).map(|kib| kib * 1024))
}

/// The "Available" column of `df -P`'s one data line.
fn available_kib(df_output: &str) -> Option<u64> {
    df_output
        .lines()
        .nth(1)?
        .split_whitespace()
        .nth(3)?
        .parse()
        .ok()
}

/// `incremental/` of every profile and target triple under the target dir.
fn incremental_caches(target: &Path) -> Vec<PathBuf> {
    let mut caches = Vec::new();
    let mut profile_dirs = vec![target.to_path_buf()];
    // Cross-compiled profiles sit one level deeper (wasm32-unknown-unknown/…).
    if let Ok(entries) = fs::read_dir(target) {
        profile_dirs.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()));
    }
    for dir in profile_dirs {
        if let Ok(entries) = fs::read_dir(&dir) {
            caches.extend(
                entries
                    .flatten()
                    .map(|e| e.path().join("incremental"))
                    .filter(|p| p.is_dir()),
            );
        }
    }
    caches
}

fn remove(path: &Path) -> Result {
    println!("    removing {}", path.display());
    match fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("could not remove {}: {e}", path.display())),
    }
}

fn gib(bytes: u64) -> String {
    format!("{:.1} GiB", bytes as f64 / GIB as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_available_column_is_read_from_posix_df_output() {
        let output = "Filesystem     1024-blocks      Used Available Capacity Mounted on\n\
                      /dev/vda         263174212  12345678  83886080      13% /\n";
        assert_eq!(available_kib(output), Some(83_886_080));
    }

    #[test]
    fn df_output_without_a_data_line_tells_nothing() {
        assert_eq!(
            available_kib("Filesystem 1024-blocks Used Available\n"),
            None
        );
    }

    #[test]
    fn incremental_caches_are_found_for_native_and_cross_compiled_profiles() {
        let target = std::env::temp_dir().join(format!("xtask-disk-{}", std::process::id()));
        for dir in [
            "debug/incremental/a",
            "release/incremental",
            "wasm32-unknown-unknown/wasm-release/incremental",
            "debug/deps",
        ] {
            fs::create_dir_all(target.join(dir)).unwrap();
        }
        let mut found = incremental_caches(&target);
        found.sort();
        fs::remove_dir_all(&target).unwrap();
        assert_eq!(
            found,
            vec![
                target.join("debug/incremental"),
                target.join("release/incremental"),
                target.join("wasm32-unknown-unknown/wasm-release/incremental"),
            ]
        );
    }
}
