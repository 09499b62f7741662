//! The Webex Go activation code (GO-5, GO-11): a code built from any 16
//! random bytes parses back to itself however it is written, and whatever
//! the parser accepts is 25 characters of Crockford's base 32 that parse
//! back to the same code, grouped or not, in any case.
#![no_main]

use domain::webex_go::{ACTIVATION_CODE_CHARS, ActivationCode};
use libfuzzer_sys::fuzz_target;

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn round_trips(code: &ActivationCode) {
    let plain = code.as_str();
    assert_eq!(plain.len(), ACTIVATION_CODE_CHARS);
    assert!(plain.chars().all(|c| ALPHABET.contains(c)));
    assert!(ActivationCode::parse(plain).as_ref() == Ok(code));
    let grouped = code.grouped();
    assert!(ActivationCode::parse(&grouped).as_ref() == Ok(code));
    assert!(ActivationCode::parse(&grouped.to_ascii_lowercase()).as_ref() == Ok(code));
    assert!(ActivationCode::parse(&grouped.replace('-', " ")).as_ref() == Ok(code));
}

fuzz_target!(|data: &[u8]| {
    if let Some(bytes) = data.get(..16).and_then(|b| <[u8; 16]>::try_from(b).ok()) {
        round_trips(&ActivationCode::from_random(bytes));
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(code) = ActivationCode::parse(text) {
        round_trips(&code);
    }
});
