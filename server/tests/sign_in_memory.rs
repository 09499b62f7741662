//! Issue 8.6: many clients signing in at once do not grow the server by a
//! password hash's memory (19 MiB) per client. The load test saw 100
//! concurrent sign-ins take the server from 144 MiB to 4.6 GiB resident;
//! hashing now takes turns in a few slots whose memory is allocated once
//! and reused. The real binary runs as its own process so its resident set
//! (`VmRSS`) is what is measured.
mod common;

use std::time::Duration;

use common::process::{Served, http, switchboard};

const CLIENTS: usize = 64;
/// The slots' memory at their most (8 × 19 MiB), with 64 MiB to spare for
/// connections and the allocator: without the slots every client held a
/// hash's memory at once (64 × 19 MiB = 1.2 GiB), and without reusing it
/// the allocator kept hundreds of MiB after the sign-ins.
const MAX_GROWTH_KB: u64 = (8 * 19 + 64) * 1024;
const PASSWORD: &str = "Switchboard-demo-2026";

/// The demo data and the server.
fn start() -> (Served, tempfile::TempDir) {
    let data = tempfile::tempdir().expect("a data directory");
    let url = format!("sqlite://{}/db.sqlite", data.path().display());
    switchboard(&url, data.path(), &["demo"]);
    let server = Served::start(&url, data.path(), &[]);
    server
        .wait_ready(Duration::from_secs(30))
        .expect("the server becomes ready");
    (server, data)
}

fn sign_in(port: u16) -> u16 {
    let body = format!(
        "{{\"input\":{{\"email\":\"partner@northwind.example\",\"password\":\"{PASSWORD}\"}}}}"
    );
    let origin = format!("http://127.0.0.1:{port}");
    http(
        port,
        "POST",
        "/api/sign_in",
        &[
            ("Origin", origin.as_str()),
            ("Content-Type", "application/json"),
            ("Accept", "application/json"),
        ],
        body.as_bytes(),
    )
    .0
}

#[test]
fn sixty_four_clients_signing_in_at_once_do_not_hold_a_password_hash_each() {
    let (server, _data) = start();
    // One sign-in first, so what is measured is the concurrent ones.
    assert_eq!(sign_in(server.port), 200);
    let before = server.rss_kb();
    let port = server.port;
    let clients: Vec<_> = (0..CLIENTS)
        .map(|_| std::thread::spawn(move || sign_in(port)))
        .collect();
    for client in clients {
        assert_eq!(client.join().expect("a client"), 200);
    }
    let growth = server.rss_kb().saturating_sub(before);
    println!(
        "{CLIENTS} concurrent sign-ins: server RSS {} MiB before, grew by {} MiB",
        before / 1024,
        growth / 1024
    );
    assert!(
        growth <= MAX_GROWTH_KB,
        "{CLIENTS} concurrent sign-ins grew the server by {} MiB",
        growth / 1024
    );
}
