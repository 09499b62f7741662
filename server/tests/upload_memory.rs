//! Issue 8.8: bodies over the limits are refused with 413 and the server's
//! memory does not grow with them (at most 10 MB over a run of refused
//! uploads). The real `switchboard` binary runs as its own process, so its
//! resident set (`VmRSS` in `/proc/<pid>/status`) is what is measured; the
//! bodies are streamed from one reused buffer, so the test itself stays
//! small too.
mod common;

use std::{
    io::{Read, Write},
    net::TcpStream,
    time::Duration,
};

use common::process::{Served, api_token, status_of, switchboard};

/// A users CSV may be 50 MB; this is over it.
const UPLOAD_BYTES: usize = 60 * 1024 * 1024;
/// Server functions take 2 MiB by default; this is over it.
const FUNCTION_BYTES: usize = 3 * 1024 * 1024;
const MAX_GROWTH_KB: u64 = 10 * 1024;

/// The demo data, an API token of Archer's admin, and the server.
fn start() -> (Served, String, tempfile::TempDir) {
    let data = tempfile::tempdir().expect("a data directory");
    let url = format!("sqlite://{}/db.sqlite", data.path().display());
    switchboard(&url, data.path(), &["demo"]);
    let token = api_token(&url, data.path(), "admin@archerfarms.example");
    let server = Served::start(&url, data.path(), &[]);
    server
        .wait_ready(Duration::from_secs(30))
        .expect("the server becomes ready");
    (server, token, data)
}

enum Body {
    /// `n` bytes with a `Content-Length`.
    Sized(usize),
    /// `n` bytes, chunked: the server learns the size only by reading.
    Chunked(usize),
}

/// One HTTP/1.1 request on its own connection; the raw answer (the server
/// may answer and close before the body is sent: write errors are fine).
fn request(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: Body) -> String {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return String::new();
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(60)));
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    match body {
        Body::Sized(n) => head.push_str(&format!("Content-Length: {n}\r\n\r\n")),
        Body::Chunked(_) => head.push_str("Transfer-Encoding: chunked\r\n\r\n"),
    }
    if stream.write_all(head.as_bytes()).is_ok() {
        let block = vec![b'a'; 1024 * 1024];
        let _ = match body {
            Body::Sized(n) => (0..n / block.len()).try_for_each(|_| stream.write_all(&block)),
            Body::Chunked(n) => (0..n / block.len())
                .try_for_each(|_| {
                    stream.write_all(format!("{:x}\r\n", block.len()).as_bytes())?;
                    stream.write_all(&block)?;
                    stream.write_all(b"\r\n")
                })
                .and_then(|_| stream.write_all(b"0\r\n\r\n")),
        };
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
}

#[test]
fn bodies_over_the_limits_get_413_and_the_server_does_not_grow() {
    let (server, token, _data) = start();
    let org = server::demo::demo_id("archer");
    let upload = format!("/api/v1/organizations/{org}/imports/users");
    let bearer = format!("Bearer {token}");
    let upload_headers = [
        ("Authorization", bearer.as_str()),
        ("Content-Type", "text/csv"),
    ];
    let origin = format!("http://127.0.0.1:{}", server.port);
    let function_headers = [
        ("Origin", origin.as_str()),
        ("Content-Type", "application/json"),
    ];
    let rounds = |n: usize| {
        let mut statuses = Vec::new();
        for _ in 0..n {
            for body in [Body::Sized(UPLOAD_BYTES), Body::Chunked(UPLOAD_BYTES)] {
                statuses.push(status_of(&request(
                    server.port,
                    "POST",
                    &upload,
                    &upload_headers,
                    body,
                )));
            }
            for body in [Body::Sized(FUNCTION_BYTES), Body::Chunked(FUNCTION_BYTES)] {
                statuses.push(status_of(&request(
                    server.port,
                    "POST",
                    "/api/sign_in",
                    &function_headers,
                    body,
                )));
            }
        }
        statuses
    };
    // A first round warms the allocator and the pools; then the baseline.
    let warm = rounds(1);
    assert!(
        warm.iter().all(|s| *s == 413),
        "not all refused with 413: {warm:?}"
    );
    let before = server.rss_kb();
    let statuses = rounds(5);
    let after = server.rss_kb();
    println!(
        "refused uploads: {} requests ({} MB sent); server RSS {before} KiB before, {after} KiB after ({:+} KiB)",
        statuses.len(),
        5 * 2 * (UPLOAD_BYTES + FUNCTION_BYTES) / (1024 * 1024),
        after as i64 - before as i64
    );
    assert!(
        statuses.iter().all(|s| *s == 413),
        "not all refused with 413: {statuses:?}"
    );
    assert!(
        after.saturating_sub(before) <= MAX_GROWTH_KB,
        "the server grew by {} KiB over refused bodies",
        after - before
    );
}
