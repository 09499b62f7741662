//! The SPA's bundle (issue 9.1 and 9.6): every file of trunk's `dist/`
//! compressed ahead of time, brotli and gzip beside the original (the
//! server sends them to browsers that accept them), the sizes a browser
//! downloads, and the budget the test command holds the bundle to.
use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
};

use serde_json::Value;

use crate::{Result, root};

/// The recorded budget: the brotli size of the whole SPA, in bytes.
const BUDGET_FILE: &str = "xtask/bundle-budget.json";
/// How far over the recorded budget the bundle may grow before the test
/// command fails: a size, never a time.
const ALLOWED_GROWTH: f64 = 0.10;
/// Issue 9.1's goal for the whole SPA, brotli.
pub const GOAL_BROTLI_BYTES: u64 = 350 * 1024;

/// One file as the browser may download it.
#[derive(Debug, Clone)]
pub struct FileSize {
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl FileSize {
    /// Whether the first page load fetches it: everything but the
    /// users-CSV checker's worker, which starts only when a file is checked.
    pub fn is_initial(&self) -> bool {
        !self.name.starts_with("switchboard-worker")
    }
}

/// Sums of a set of files.
#[derive(Debug, Default, Clone, Copy)]
pub struct Totals {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

pub fn totals<'a>(files: impl IntoIterator<Item = &'a FileSize>) -> Totals {
    files.into_iter().fold(Totals::default(), |t, f| Totals {
        raw: t.raw + f.raw,
        gzip: t.gzip + f.gzip,
        brotli: t.brotli + f.brotli,
    })
}

/// Files worth compressing: text and wasm. Images other than SVG are
/// compressed already.
fn is_compressible(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("js" | "wasm" | "css" | "html" | "svg" | "json" | "map")
    )
}

fn originals(dist: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dist)
        .map_err(|e| format!("cannot read {}: {e}", dist.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file() && is_compressible(path))
        .collect();
    files.sort();
    Ok(files)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Writes `name.br` and `name.gz` beside every compressible file of
/// `dist` (brotli at its best quality, gzip at level 9: done once per
/// build, so the slow settings cost nothing per request), and returns the
/// sizes.
pub fn compress(dist: &Path) -> Result<Vec<FileSize>> {
    let mut sizes = Vec::new();
    for path in originals(dist)? {
        let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let brotli = brotli_of(&bytes)?;
        let gzip = gzip_of(&bytes)?;
        for (suffix, compressed) in [(".br", &brotli), (".gz", &gzip)] {
            let target = with_suffix(&path, suffix);
            fs::write(&target, compressed)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        }
        sizes.push(FileSize {
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            raw: bytes.len() as u64,
            gzip: gzip.len() as u64,
            brotli: brotli.len() as u64,
        });
    }
    if sizes.is_empty() {
        return Err(format!("{} holds no SPA files", dist.display()));
    }
    Ok(sizes)
}

fn brotli_of(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
        .map_err(|e| format!("brotli: {e}"))?;
    Ok(out)
}

fn gzip_of(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|_| encoder.finish())
        .map_err(|e| format!("gzip: {e}"))
}

/// The recorded brotli budget of the whole SPA, in bytes.
pub fn budget() -> Result<u64> {
    let path = root().join(BUDGET_FILE);
    let text =
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let json: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", path.display()))?;
    json["brotliBytes"]
        .as_u64()
        .ok_or_else(|| format!("{} has no whole-number brotliBytes", path.display()))
}

/// Issue 9.6: fails when the whole SPA, brotli, is more than
/// [`ALLOWED_GROWTH`] over the recorded budget.
pub fn check_budget(sizes: &[FileSize]) -> Result {
    let whole = totals(sizes);
    let budget = budget()?;
    let limit = (budget as f64 * (1.0 + ALLOWED_GROWTH)).floor() as u64;
    println!(
        "\nThe SPA is {} brotli ({} gzip, {} raw); budget {} (+{:.0}% allowed: {}).",
        kib(whole.brotli),
        kib(whole.gzip),
        kib(whole.raw),
        kib(budget),
        ALLOWED_GROWTH * 100.0,
        kib(limit)
    );
    if whole.brotli > limit {
        let mut biggest: Vec<&FileSize> = sizes.iter().collect();
        biggest.sort_by_key(|f| std::cmp::Reverse(f.brotli));
        let list: Vec<String> = biggest
            .iter()
            .take(4)
            .map(|f| format!("{} {}", f.name, kib(f.brotli)))
            .collect();
        return Err(format!(
            "the SPA grew to {} brotli, over its budget of {} by more than {:.0}% \
             (largest files: {}). Trim it (`cargo xtask bench` shows what takes the \
             space), or raise brotliBytes in {BUDGET_FILE} in the same commit and \
             say why.",
            kib(whole.brotli),
            kib(budget),
            ALLOWED_GROWTH * 100.0,
            list.join(", ")
        ));
    }
    Ok(())
}

/// Bytes as KiB with one decimal (`123.4 KiB`).
pub fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_copies_are_written_beside_each_file_and_round_trip() {
        let dir = std::env::temp_dir().join(format!("xtask-bundle-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let text = "function f() { return 1; }\n".repeat(200);
        fs::write(dir.join("app-0123456789abcdef.js"), &text).unwrap();
        fs::write(dir.join("photo.png"), [0u8; 64]).unwrap();

        let sizes = compress(&dir).unwrap();

        assert_eq!(sizes.len(), 1, "only compressible files: {sizes:?}");
        let js = &sizes[0];
        assert_eq!(js.raw, text.len() as u64);
        assert!(js.brotli < js.gzip && js.gzip < js.raw, "{js:?}");
        let gz = fs::read(dir.join("app-0123456789abcdef.js.gz")).unwrap();
        let mut unzipped = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut unzipped)
            .unwrap();
        assert_eq!(unzipped, text);
        let br = fs::read(dir.join("app-0123456789abcdef.js.br")).unwrap();
        let mut unbrotlied = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut unbrotlied).unwrap();
        assert_eq!(unbrotlied, text.as_bytes());
        assert!(!dir.join("photo.png.br").exists());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_worker_is_not_part_of_the_first_load() {
        let file = |name: &str| FileSize {
            name: name.into(),
            raw: 0,
            gzip: 0,
            brotli: 0,
        };
        assert!(file("switchboard-app-0123456789abcdef_bg.wasm").is_initial());
        assert!(file("main-0123456789abcdef.css").is_initial());
        assert!(!file("switchboard-worker_bg.wasm").is_initial());
    }
}
