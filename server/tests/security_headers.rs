//! Issue 8.3: the foundation's security headers and cookie flags on every
//! kind of answer — the page (HTML), the SPA's wasm, JS and CSS, API JSON
//! from the REST API and from server functions, 404s and a 500 — through
//! the real router with a `dist/` of trunk's shape.
mod common;

use std::sync::Arc;

use axum::{
    Router,
    body::Body,
    http::{HeaderMap, Method, Request, StatusCode, header},
};
use base64::{Engine, engine::general_purpose::STANDARD};
use common::TestDb;
use http_body_util::BodyExt;
use serde_json::json;
use server::{
    Config, Services, demo,
    http::{AppState, router},
};
use sha2::{Digest, Sha256};
use tower::ServiceExt;

const HOST: &str = "portal.test";
const ORIGIN: &str = "https://portal.test";
/// trunk's loader, inlined in `index.html`: the CSP allows it by hash.
const LOADER: &str = "import init from '/switchboard-app-0123456789abcdef.js'; init();";

/// The headers every answer carries, whatever it is.
const HARDENING: &[(&str, &str)] = &[
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=()",
    ),
    (
        "strict-transport-security",
        "max-age=31536000; includeSubDomains",
    ),
];

/// A `dist/` as trunk writes it: `index.html` with the inline loader and
/// content-hashed wasm, JS and CSS.
fn dist() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary dist");
    let index = format!(
        "<!doctype html><html><head><link rel=\"stylesheet\" href=\"/main-0123456789abcdef.css\">\
         <script type=\"module\">{LOADER}</script></head><body></body></html>"
    );
    for (name, body) in [
        ("index.html", index.as_bytes()),
        (
            "switchboard-app-0123456789abcdef_bg.wasm",
            b"\0asm\x01\0\0\0",
        ),
        (
            "switchboard-app-0123456789abcdef.js",
            b"export default function init() {}",
        ),
        ("main-0123456789abcdef.css", b"body { margin: 0 }"),
        // `cargo xtask spa` writes compressed copies beside each file
        // (issue 9.1); their bytes here only need to be told apart.
        ("switchboard-app-0123456789abcdef.js.br", b"brotli copy"),
        ("switchboard-app-0123456789abcdef.js.gz", b"gzip copy"),
    ] {
        std::fs::write(dir.path().join(name), body).expect("write a dist file");
    }
    dir
}

struct Portal {
    app: Router,
    db: TestDb,
    _dist: tempfile::TempDir,
}

impl Portal {
    async fn start() -> Portal {
        let db = TestDb::sqlite().await;
        demo::load(&db.store).await.unwrap();
        let dist = dist();
        let mut config = Config::new(db.url.clone());
        config.dist_dir = dist.path().to_path_buf();
        config.hsts = true;
        config.insecure_cookies = false;
        let app = router(AppState::new(Services::new(
            db.store.clone(),
            Arc::new(config),
        )));
        Portal {
            app,
            db,
            _dist: dist,
        }
    }

    async fn send(&self, request: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
        let response = self.app.clone().oneshot(request).await.unwrap();
        let (status, headers) = (response.status(), response.headers().clone());
        let body = response.into_body().collect().await.unwrap().to_bytes();
        (status, headers, body.to_vec())
    }

    async fn get(&self, uri: &str, token: Option<&str>) -> (StatusCode, HeaderMap, Vec<u8>) {
        let mut request = Request::builder().uri(uri).header(header::HOST, HOST);
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    async fn call(&self, function: &str, cookie: Option<&str>) -> (StatusCode, HeaderMap, Vec<u8>) {
        let mut request = Request::builder()
            .method(Method::POST)
            .uri(format!("/api/{function}"))
            .header(header::HOST, HOST)
            .header(header::ORIGIN, ORIGIN)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        self.send(request.body(Body::from("{}")).unwrap()).await
    }

    async fn sign_in(&self) -> (StatusCode, HeaderMap, Vec<u8>) {
        let body = json!({"input": {"email": "partner@northwind.example", "password": demo::DEMO_PASSWORD}});
        let request = Request::builder()
            .method(Method::POST)
            .uri("/api/sign_in")
            .header(header::HOST, HOST)
            .header(header::ORIGIN, ORIGIN)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(request).await
    }

    async fn api_token(&self) -> String {
        let admin = self
            .db
            .store
            .admin_by_email("partner@northwind.example")
            .await
            .unwrap()
            .unwrap();
        let token = server::auth::secret::new_api_token();
        self.db
            .store
            .insert_api_token(
                &admin.id,
                "headers",
                &server::auth::secret::token_hash(&token),
            )
            .await
            .unwrap();
        token
    }
}

/// Every hardening header and the CSP, on one answer; the failures of all
/// answers are collected so one run names them all.
fn check(what: &str, headers: &HeaderMap, failures: &mut Vec<String>) {
    for (name, expected) in HARDENING {
        match headers.get(*name).and_then(|v| v.to_str().ok()) {
            Some(value) if value == *expected => {}
            other => failures.push(format!("{what}: {name} is {other:?}, not {expected:?}")),
        }
    }
    let csp = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let loader_hash = format!("'sha256-{}'", STANDARD.encode(Sha256::digest(LOADER)));
    for part in [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        loader_hash.as_str(),
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ] {
        if !csp.contains(part) {
            failures.push(format!("{what}: the CSP lacks {part:?}: {csp:?}"));
        }
    }
    if csp.contains("'unsafe-inline'") || csp.contains("'unsafe-eval'") {
        failures.push(format!("{what}: the CSP allows inline or eval: {csp:?}"));
    }
}

fn header(headers: &HeaderMap, name: header::HeaderName) -> &str {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

#[tokio::test]
async fn every_kind_of_answer_carries_the_security_headers() {
    let portal = Portal::start().await;
    let token = portal.api_token().await;
    let mut failures = Vec::new();
    let mut expect = |what: &str, status: StatusCode, wanted: StatusCode, headers: &HeaderMap| {
        if status != wanted {
            failures.push(format!("{what}: status {status}, not {wanted}"));
        }
        check(what, headers, &mut failures);
    };

    // The page, at its root and at a deep link; the files it loads.
    for (what, uri, content_type, cache) in [
        ("the page", "/", "text/html", "no-cache"),
        ("a deep link", "/orgs/x/overview", "text/html", "no-cache"),
        (
            "the wasm",
            "/switchboard-app-0123456789abcdef_bg.wasm",
            "application/wasm",
            "immutable",
        ),
        (
            "the JS",
            "/switchboard-app-0123456789abcdef.js",
            "javascript",
            "immutable",
        ),
        (
            "the CSS",
            "/main-0123456789abcdef.css",
            "text/css",
            "immutable",
        ),
    ] {
        let (status, headers, _) = portal.get(uri, None).await;
        assert!(
            header(&headers, header::CONTENT_TYPE).contains(content_type),
            "{what}: {headers:?}"
        );
        assert!(
            header(&headers, header::CACHE_CONTROL).contains(cache),
            "{what}: {headers:?}"
        );
        expect(what, status, StatusCode::OK, &headers);
    }

    // API JSON: the REST API, a server function; neither is cached.
    let (status, headers, _) = portal.get("/api/v1/organizations", Some(&token)).await;
    assert_eq!(header(&headers, header::CACHE_CONTROL), "no-store");
    expect("REST JSON", status, StatusCode::OK, &headers);
    let (status, headers, _) = portal.sign_in().await;
    assert_eq!(header(&headers, header::CACHE_CONTROL), "no-store");
    expect("a server function", status, StatusCode::OK, &headers);

    // Refusals and 404s.
    let (status, headers, _) = portal.get("/api/v1/organizations", None).await;
    expect(
        "REST without a token",
        status,
        StatusCode::UNAUTHORIZED,
        &headers,
    );
    let (status, headers, _) = portal.get("/api/v1/no-such-endpoint", Some(&token)).await;
    expect("a REST 404", status, StatusCode::NOT_FOUND, &headers);
    let (status, headers, _) = portal.get("/missing-0123456789abcdef.js", None).await;
    expect("a missing file", status, StatusCode::NOT_FOUND, &headers);
    let (status, headers, _) = portal.call("no_such_function", None).await;
    expect(
        "an unknown server function",
        status,
        StatusCode::NOT_FOUND,
        &headers,
    );

    // A 500: the database is gone under a running server.
    portal.db.store.pool().close().await;
    let (status, headers, body) = portal.get("/api/v1/organizations", Some(&token)).await;
    let body = String::from_utf8_lossy(&body);
    assert!(
        !body.contains("sqlx") && !body.contains("pool"),
        "a 500 names no internals: {body}"
    );
    expect("a 500", status, StatusCode::INTERNAL_SERVER_ERROR, &headers);

    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Issue 9.1: a browser that accepts brotli or gzip gets the copy
/// compressed at build time, with the same type, caching and hardening
/// as the file itself; one that accepts neither gets the file.
#[tokio::test]
async fn precompressed_copies_go_to_browsers_that_accept_them() {
    let portal = Portal::start().await;
    let js = "/switchboard-app-0123456789abcdef.js";
    let mut failures = Vec::new();
    for (accepts, encoding, body) in [
        (Some("gzip, deflate, br"), Some("br"), &b"brotli copy"[..]),
        (Some("gzip, deflate"), Some("gzip"), b"gzip copy"),
        (None, None, b"export default function init() {}"),
    ] {
        let mut request = Request::builder().uri(js).header(header::HOST, HOST);
        if let Some(accepts) = accepts {
            request = request.header(header::ACCEPT_ENCODING, accepts);
        }
        let (status, headers, got) = portal.send(request.body(Body::empty()).unwrap()).await;
        let what = format!("{js} accepting {accepts:?}");
        assert_eq!(status, StatusCode::OK, "{what}");
        assert_eq!(
            headers
                .get(header::CONTENT_ENCODING)
                .and_then(|v| v.to_str().ok()),
            encoding,
            "{what}: {headers:?}"
        );
        assert_eq!(got, body, "{what}");
        assert!(
            header(&headers, header::CONTENT_TYPE).contains("javascript"),
            "{what}: {headers:?}"
        );
        assert!(
            header(&headers, header::CACHE_CONTROL).contains("immutable"),
            "{what}: {headers:?}"
        );
        assert!(
            header(&headers, header::VARY)
                .to_ascii_lowercase()
                .contains("accept-encoding"),
            "{what}: {headers:?}"
        );
        check(&what, &headers, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn the_session_cookie_is_host_prefixed_secure_httponly_strict_and_cleared_the_same_way() {
    let portal = Portal::start().await;
    let (status, headers, _) = portal.sign_in().await;
    assert_eq!(status, StatusCode::OK);
    let set = header(&headers, header::SET_COOKIE).to_owned();
    assert!(set.starts_with("__Host-switchboard_session="), "{set}");
    for flag in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
        assert!(set.contains(flag), "{flag} missing: {set}");
    }
    assert!(
        !set.contains("Domain="),
        "a __Host- cookie has no Domain: {set}"
    );
    let cookie = set.split(';').next().unwrap().to_owned();

    let (status, headers, _) = portal.call("sign_out", Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    let cleared = header(&headers, header::SET_COOKIE);
    assert!(
        cleared.starts_with("__Host-switchboard_session=;"),
        "{cleared}"
    );
    for flag in [
        "HttpOnly",
        "Secure",
        "SameSite=Strict",
        "Path=/",
        "Max-Age=0",
    ] {
        assert!(cleared.contains(flag), "{flag} missing: {cleared}");
    }
    let mut failures = Vec::new();
    check("sign-out", &headers, &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    portal.db.close().await;
}
