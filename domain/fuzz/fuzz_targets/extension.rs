//! The extension parser: the first two bytes are an org's dial-plan rules
//! (fewest and most digits). Whatever it accepts is the trimmed input, ASCII
//! digits only, within the rules, and parses back to itself.
#![no_main]

use domain::{Extension, ExtensionRules};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let [min_len, max_len, rest @ ..] = data else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let rules = ExtensionRules {
        min_len: *min_len,
        max_len: *max_len,
    };
    // The default rules are fuzzed on the same text.
    if let Ok(extension) = Extension::parse(text) {
        assert!((2..=10).contains(&extension.as_str().len()));
    }
    let Ok(extension) = Extension::parse_with(text, rules) else {
        return;
    };
    let digits = extension.as_str();
    assert_eq!(digits, text.trim());
    assert!(digits.bytes().all(|b| b.is_ascii_digit()));
    assert!(digits.len() >= usize::from(rules.min_len));
    assert!(digits.len() <= usize::from(rules.max_len));
    assert_eq!(
        Extension::parse_with(digits, rules).as_ref(),
        Ok(&extension)
    );
});
