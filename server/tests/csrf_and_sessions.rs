//! Issue 8.2: every server function — found in the registry, so a new one
//! is covered without being listed — refuses a cross-site request and, but
//! for the few public ones, a request without a session; sign-out ends the
//! session on the server; a session id chosen before sign-in is never the
//! one after it.
mod common;

use std::sync::Arc;

use axum::{
    Router,
    body::Body,
    http::{Method, Request, StatusCode, header},
};
use common::TestDb;
use http_body_util::BodyExt;
use serde_json::{Value, json};
use server::{
    Config, Services, demo,
    http::{AppState, router},
};
use tower::ServiceExt;

const HOST: &str = "portal.test";
const ORIGIN: &str = "http://portal.test";
const COOKIE_NAME: &str = "__Host-switchboard_session";

/// The functions that run without a session (the rest must answer 401).
const PUBLIC: &[&str] = &[
    "/api/session",
    "/api/sign_in",
    "/api/sign_out",
    "/api/open_setup_link",
    "/api/create_setup_account",
];

async fn app() -> (Router, TestDb) {
    let db = TestDb::sqlite().await;
    demo::load(&db.store).await.unwrap();
    let mut config = Config::new(db.url.clone());
    config.dist_dir = std::path::PathBuf::from("/nonexistent");
    let app = router(AppState::new(Services::new(
        db.store.clone(),
        Arc::new(config),
    )));
    (app, db)
}

/// Every registered server function's path (the router registers them).
fn registered() -> Vec<String> {
    let mut paths: Vec<String> = server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

async fn post(
    app: &Router,
    path: &str,
    headers: &[(header::HeaderName, &str)],
    body: Value,
) -> (StatusCode, Value, Option<String>) {
    let mut request = Request::builder()
        .method(Method::POST)
        .uri(path)
        .header(header::HOST, HOST)
        .header(header::CONTENT_TYPE, "application/json");
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::from(body.to_string())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let set_cookie = response
        .headers()
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, body, set_cookie)
}

async fn sign_in(app: &Router, cookie: Option<&str>) -> String {
    let mut headers = vec![(header::ORIGIN, ORIGIN)];
    if let Some(cookie) = cookie {
        headers.push((header::COOKIE, cookie));
    }
    let input =
        json!({"input": {"email": "partner@northwind.example", "password": demo::DEMO_PASSWORD}});
    let (status, body, set_cookie) = post(app, "/api/sign_in", &headers, input).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let set_cookie = set_cookie.expect("a session cookie");
    set_cookie.split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn every_server_function_refuses_a_cross_site_request() {
    let (app, db) = app().await;
    let functions = registered();
    assert!(functions.len() > 50, "the registry holds {functions:?}");
    let cookie = sign_in(&app, None).await;
    let mut wrong = Vec::new();
    for path in &functions {
        for (what, headers) in [
            (
                "another origin",
                vec![
                    (header::ORIGIN, "https://evil.example"),
                    (header::COOKIE, cookie.as_str()),
                ],
            ),
            ("no origin", vec![(header::COOKIE, cookie.as_str())]),
            (
                "a cross-site fetch naming our origin",
                vec![
                    (header::ORIGIN, ORIGIN),
                    (
                        header::HeaderName::from_static("sec-fetch-site"),
                        "cross-site",
                    ),
                    (header::COOKIE, cookie.as_str()),
                ],
            ),
        ] {
            let (status, body, _) = post(&app, path, &headers, json!({})).await;
            if status != StatusCode::FORBIDDEN || body["code"] != "csrf_rejected" {
                wrong.push(format!("{path} with {what}: {status} {body}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "not refused as cross-site:\n{}",
        wrong.join("\n")
    );
    db.close().await;
}

#[tokio::test]
async fn every_server_function_but_the_public_ones_refuses_a_request_without_a_session() {
    let (app, db) = app().await;
    let functions = registered();
    for public in PUBLIC {
        assert!(
            functions.iter().any(|f| f == public),
            "{public} is not registered"
        );
    }
    let mut wrong = Vec::new();
    for path in functions.iter().filter(|f| !PUBLIC.contains(&f.as_str())) {
        let (status, body, _) = post(&app, path, &[(header::ORIGIN, ORIGIN)], json!({})).await;
        if status != StatusCode::UNAUTHORIZED || body["code"] != "unauthenticated" {
            wrong.push(format!("{path}: {status} {body}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "ran without a session:\n{}",
        wrong.join("\n")
    );
    db.close().await;
}

#[tokio::test]
async fn sign_out_ends_the_session_on_the_server_and_sign_in_never_keeps_a_chosen_id() {
    let (app, db) = app().await;
    let session = |cookie: String| {
        let app = app.clone();
        async move {
            let headers = [(header::ORIGIN, ORIGIN), (header::COOKIE, cookie.as_str())];
            post(&app, "/api/session", &headers, json!({})).await.1
        }
    };

    // Fixation: an id planted before sign-in is replaced, and means nothing.
    let planted = format!("{COOKIE_NAME}=planted-by-an-attacker-0123456789");
    let cookie = sign_in(&app, Some(&planted)).await;
    assert_ne!(cookie, planted);
    assert!(
        session(planted.clone()).await.is_null(),
        "the planted id is no session"
    );
    assert_eq!(
        session(cookie.clone()).await["email"],
        "partner@northwind.example"
    );

    // Sign-out: the same cookie, replayed afterwards, is no session.
    let headers = [(header::ORIGIN, ORIGIN), (header::COOKIE, cookie.as_str())];
    let (status, _, cleared) = post(&app, "/api/sign_out", &headers, json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert!(cleared.is_some_and(|c| c.contains("Max-Age=0")));
    assert!(
        session(cookie.clone()).await.is_null(),
        "the session outlived sign-out"
    );
    let (status, body, _) = post(
        &app,
        "/api/org_overview",
        &headers,
        json!({"org_id": demo::demo_id("archer")}),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("unauthenticated"))
    );
    db.close().await;
}
