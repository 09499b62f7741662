//! The MAC address parser (GO-9): whatever it accepts is 12 upper-case hex
//! digits of a unicast, non-zero address, and every form it prints parses
//! back to the same address.
#![no_main]

use domain::MacAddress;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(mac) = MacAddress::parse(text) else {
        return;
    };
    let hex = mac.as_str();
    assert_eq!(hex.len(), 12);
    assert!(
        hex.bytes()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
    );
    let octets = mac.octets();
    assert_ne!(octets, [0; 6]);
    assert_ne!(octets, [0xFF; 6]);
    assert_eq!(octets[0] & 1, 0, "a multicast address was accepted");
    assert_eq!(MacAddress::parse(hex).as_ref(), Ok(&mac));
    assert_eq!(MacAddress::parse(&mac.to_colon_form()).as_ref(), Ok(&mac));
    assert_eq!(
        MacAddress::parse(&hex.to_ascii_lowercase()).as_ref(),
        Ok(&mac)
    );
});
