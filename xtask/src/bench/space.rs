//! What takes the space in the app's wasm (issue 9.1): `twiggy top` over
//! the module cargo built (before wasm-bindgen and wasm-opt, so function
//! names are still there), summed by crate.
use std::{collections::HashMap, path::Path, process::Command};

use super::records::Records;
use crate::{Result, bundle::kib, tools};

/// Crates the issue keeps out of the browser's wasm: heavy, and the
/// browser has its own (RegExp, Intl) where the app needs one.
const KEPT_OUT: &[&str] = &[
    "regex",
    "regex_automata",
    "regex_syntax",
    "phonenumber",
    "chrono",
    "chrono_tz",
];

/// Crates shown by name; the rest are summed into one line.
const CRATES_SHOWN: usize = 14;
/// Single items shown.
const ITEMS_SHOWN: usize = 8;

pub fn report(wasm: &Path, records: &Records) -> Result {
    let output = Command::new(tools::twiggy())
        .args(["top", "-n", "100000", "-f", "csv"])
        .arg(wasm)
        .output()
        .map_err(|e| format!("cannot run twiggy: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "twiggy failed on {}: {}",
            wasm.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let mut reader = csv_rows(&text);
    let header = reader.next().unwrap_or_default();
    let (name_at, size_at) = (
        header.iter().position(|h| h == "Name").unwrap_or(0),
        header.iter().position(|h| h == "ShallowSize").unwrap_or(1),
    );
    // Custom sections (function names, wasm-bindgen's descriptions) are
    // cargo's, not the browser's: wasm-bindgen and wasm-opt drop them.
    let items: Vec<(String, u64)> = reader
        .filter_map(|row| {
            let size = row.get(size_at)?.parse().ok()?;
            Some((row.get(name_at)?.clone(), size))
        })
        .filter(|(name, _)| !is_custom_section(name))
        .collect();
    let total: u64 = items.iter().map(|(_, size)| size).sum();
    if total == 0 {
        return Err(format!("twiggy found nothing in {}", wasm.display()));
    }
    let mut by_crate: HashMap<String, u64> = HashMap::new();
    for (name, size) in &items {
        *by_crate.entry(crate_of(name)).or_default() += size;
    }
    let mut crates: Vec<(String, u64)> = by_crate.into_iter().collect();
    crates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let share = |size: u64| format!("{} ({:.1}%)", kib(size), size as f64 * 100.0 / total as f64);
    records.record(
        "space",
        "the app's wasm as cargo built it, without its custom sections",
        &format!("{} in {} items", kib(total), items.len()),
        None,
        None,
    )?;
    for (name, size) in crates.iter().take(CRATES_SHOWN) {
        records.record("space", &format!("crate {name}"), &share(*size), None, None)?;
    }
    let rest: u64 = crates.iter().skip(CRATES_SHOWN).map(|(_, s)| s).sum();
    records.record(
        "space",
        &format!("{} other crates", crates.len().saturating_sub(CRATES_SHOWN)),
        &share(rest),
        None,
        None,
    )?;
    let found: Vec<&str> = KEPT_OUT
        .iter()
        .copied()
        .filter(|name| crates.iter().any(|(c, _)| c == name))
        .collect();
    records.record(
        "space",
        "crates kept out of the wasm (regex, phonenumber, chrono, chrono-tz)",
        &if found.is_empty() {
            "none of them has code in the wasm".to_owned()
        } else {
            format!("found: {}", found.join(", "))
        },
        Some("none"),
        Some(found.is_empty()),
    )?;
    let mut largest = items.clone();
    largest.sort_by_key(|(_, size)| std::cmp::Reverse(*size));
    for (name, size) in largest.iter().take(ITEMS_SHOWN) {
        let short: String = name.chars().take(90).collect();
        records.record(
            "space",
            &format!("item `{short}`"),
            &share(*size),
            None,
            None,
        )?;
    }
    Ok(())
}

fn is_custom_section(name: &str) -> bool {
    name.starts_with("custom section") || name.ends_with(" subsection")
}

/// The crate a twiggy item belongs to: the first path segment of its
/// demangled name (`<leptos::X as tachys::Y>::f` counts for `leptos`);
/// data segments and the module's own sections by kind.
fn crate_of(name: &str) -> String {
    let name = name.trim_start_matches(['<', '&', '*', '(']);
    let name = name.strip_prefix("mut ").unwrap_or(name);
    let name = name.strip_prefix("dyn ").unwrap_or(name);
    if name.starts_with("data[") || name.starts_with("data segment") {
        return "(data segments: strings, tables)".into();
    }
    match name.find("::") {
        Some(at) if name[..at].chars().all(|c| c.is_alphanumeric() || c == '_') => {
            name[..at].to_owned()
        }
        _ if name.starts_with("code[") => "(unnamed functions)".into(),
        _ => "(wasm sections: types, imports, exports, tables, names)".into(),
    }
}

/// The rows of twiggy's CSV (quoted fields may hold commas).
fn csv_rows(text: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    text.lines().map(|line| {
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = !quoted,
                ',' if !quoted => fields.push(std::mem::take(&mut field)),
                _ => field.push(c),
            }
        }
        fields.push(field);
        fields
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_counted_for_the_crate_their_name_starts_with() {
        assert_eq!(crate_of("leptos::mount::mount_to::h0123"), "leptos");
        assert_eq!(
            crate_of("<tachys::html::element::HtmlElement<E> as tachys::view::Render>::build"),
            "tachys"
        );
        assert_eq!(crate_of("&mut domain::users_csv::read"), "domain");
        assert_eq!(crate_of("data[12]"), "(data segments: strings, tables)");
        assert_eq!(
            crate_of("data segment \".rodata\""),
            "(data segments: strings, tables)"
        );
        assert!(is_custom_section("\"function names\" subsection"));
        assert!(is_custom_section(
            "custom section '__wasm_bindgen_unstable'"
        ));
        assert_eq!(crate_of("code[3]"), "(unnamed functions)");
        assert_eq!(
            crate_of("\"function names\" subsection"),
            "(wasm sections: types, imports, exports, tables, names)"
        );
    }

    #[test]
    fn quoted_csv_fields_keep_their_commas() {
        let rows: Vec<Vec<String>> =
            csv_rows("Name,ShallowSize\n\"<a as b<c, d>>::f\",12\n").collect();
        assert_eq!(
            rows[1],
            vec!["<a as b<c, d>>::f".to_owned(), "12".to_owned()]
        );
    }
}
