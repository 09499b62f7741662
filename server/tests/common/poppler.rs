//! poppler-utils (`pdftotext`, `pdfinfo`) for tests that read a PDF back
//! as a reader would. Without poppler they fail rather than skip: a
//! silently skipped check would let unextractable text ship.
use std::{io::Write, process::Command};

/// Runs a poppler tool on `pdf` (`tool [before] file [after]`) and returns
/// its standard output.
pub fn poppler(tool: &str, pdf: &[u8], before: &[&str], after: &[&str]) -> String {
    let mut file = tempfile::Builder::new()
        .suffix(".pdf")
        .tempfile()
        .expect("temporary file");
    file.write_all(pdf).expect("write the PDF");
    let output = Command::new(tool)
        .args(before)
        .arg(file.path())
        .args(after)
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "cannot run `{tool}` ({error}): install Debian's poppler-utils \
                 (`apt-get install poppler-utils`; `cargo xtask test` does it)"
            )
        });
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// The text a reader extracts, in UTF-8 ("-": to standard output).
pub fn text_of(pdf: &[u8]) -> String {
    poppler("pdftotext", pdf, &["-enc", "UTF-8"], &["-"])
}
