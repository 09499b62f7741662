//! The REST API's JSON request bodies (issue 8.4): the first byte picks the
//! operation, the rest is its body, decoded as the handler decodes it and
//! converted as far as the API goes without a store
//! (`server::http::decode_request_body`). Besides "no panic, no timeout",
//! a refusal is always the caller's fault: a 4xx, never a 500.
#![no_main]

use libfuzzer_sys::fuzz_target;
use server::http::{REQUEST_BODIES, decode_request_body};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let index = usize::from(selector) % REQUEST_BODIES.len();
    if let Err(error) = decode_request_body(index, body) {
        let status = error.http_status();
        assert!(
            (400..500).contains(&status),
            "{} answered {status} ({:?}: {})",
            REQUEST_BODIES[index],
            error.code,
            error.message
        );
    }
});
