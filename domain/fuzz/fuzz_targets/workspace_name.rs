//! The workspace name parser (PMD-7): whatever it accepts is the trimmed
//! input, 1 to 30 characters, none of them forbidden or a control
//! character, and parses back to itself.
#![no_main]

use domain::{WorkspaceName, limits::WORKSPACE_NAME_FORBIDDEN, limits::WORKSPACE_NAME_MAX_CHARS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(name) = WorkspaceName::parse(text) else {
        return;
    };
    let value = name.as_str();
    assert_eq!(value, text.trim());
    assert!(!value.is_empty());
    assert!(value.chars().count() <= WORKSPACE_NAME_MAX_CHARS);
    assert!(
        !value
            .chars()
            .any(|c| WORKSPACE_NAME_FORBIDDEN.contains(&c) || c.is_control())
    );
    assert_eq!(WorkspaceName::parse(value).as_ref(), Ok(&name));
});
