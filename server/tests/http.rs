//! The HTTP surface end to end in-process: sign-in, sessions, throttling,
//! CSRF, body limits, tenancy and headers, through the real router.
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

const ORIGIN: &str = "http://portal.test";
const HOST: &str = "portal.test";

struct Portal {
    app: Router,
    db: TestDb,
}

struct Reply {
    status: StatusCode,
    headers: header::HeaderMap,
    body: Value,
}

impl Portal {
    async fn start() -> Portal {
        let db = TestDb::sqlite().await;
        demo::load(&db.store).await.unwrap();
        let app = Portal::router_on(&db);
        Portal { app, db }
    }

    /// Another "replica": a second router with its own pool on the same
    /// database.
    fn router_on(db: &TestDb) -> Router {
        let mut config = Config::new(db.url.clone());
        config.dist_dir = std::path::PathBuf::from("/nonexistent");
        config.body_limit = 64 * 1024;
        router(AppState::new(Services::new(
            db.store.clone(),
            Arc::new(config),
        )))
    }

    async fn send(&self, request: Request<Body>) -> Reply {
        send(&self.app, request).await
    }

    async fn call(&self, function: &str, args: Value, cookie: Option<&str>) -> Reply {
        self.send(server_fn(function, args, cookie)).await
    }

    async fn sign_in(&self, email: &str, password: &str) -> Reply {
        self.call(
            "sign_in",
            json!({"input": {"email": email, "password": password}}),
            None,
        )
        .await
    }

    /// Signs in and returns the `name=value` cookie pair.
    async fn session(&self, email: &str) -> String {
        let reply = self.sign_in(email, demo::DEMO_PASSWORD).await;
        assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.body);
        cookie_pair(&reply)
    }
}

fn server_fn(function: &str, args: Value, cookie: Option<&str>) -> Request<Body> {
    let mut builder = Request::builder()
        .method(Method::POST)
        .uri(format!("/api/{function}"))
        .header(header::HOST, HOST)
        .header(header::ORIGIN, ORIGIN)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT, "application/json");
    if let Some(cookie) = cookie {
        builder = builder.header(header::COOKIE, cookie);
    }
    builder.body(Body::from(args.to_string())).unwrap()
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes)
        .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()));
    Reply {
        status,
        headers,
        body,
    }
}

fn cookie_pair(reply: &Reply) -> String {
    let set_cookie = reply
        .headers
        .get(header::SET_COOKIE)
        .expect("a session cookie")
        .to_str()
        .unwrap();
    set_cookie.split(';').next().unwrap().to_owned()
}

async fn org_id(portal: &Portal, name: &str) -> String {
    portal
        .db
        .store
        .org_by_name(name)
        .await
        .unwrap()
        .expect(name)
        .id
}

#[tokio::test]
async fn signing_in_sets_a_host_prefixed_httponly_strict_cookie() {
    let portal = Portal::start().await;
    let reply = portal
        .sign_in("partner@northwind.example", demo::DEMO_PASSWORD)
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["email"], "partner@northwind.example");
    let cookie = reply
        .headers
        .get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap();
    assert!(cookie.starts_with("__Host-switchboard_session="));
    for flag in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(flag), "{cookie}");
    }
    portal.db.close().await;
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_account_get_the_same_answer() {
    let portal = Portal::start().await;
    let wrong = portal
        .sign_in("partner@northwind.example", "wrong password")
        .await;
    let unknown = portal
        .sign_in("nobody@northwind.example", "wrong password")
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.body["code"], "invalid_credentials");
    assert_eq!(unknown.status, wrong.status);
    assert_eq!(unknown.body, wrong.body);
    portal.db.close().await;
}

#[tokio::test]
async fn the_server_rejects_an_invalid_email_like_the_browser_does() {
    let portal = Portal::start().await;
    let reply = portal.sign_in("not-an-email", "whatever").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.body["code"], "email_invalid");
    assert_eq!(reply.body["findings"][0]["field"], "email");
    portal.db.close().await;
}

#[tokio::test]
async fn five_failed_sign_ins_in_a_minute_lock_the_account_from_that_address() {
    let portal = Portal::start().await;
    for _ in 0..server::services::SIGN_IN_LIMIT {
        let reply = portal
            .sign_in("partner@northwind.example", "wrong password")
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    // Even the right password is refused now.
    let reply = portal
        .sign_in("partner@northwind.example", demo::DEMO_PASSWORD)
        .await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(reply.body["code"], "rate_limited");
    // Another account from the same address is not locked.
    let other = portal
        .sign_in("partner@globex.example", demo::DEMO_PASSWORD)
        .await;
    assert_eq!(other.status, StatusCode::OK);
    portal.db.close().await;
}

#[tokio::test]
async fn a_session_works_on_another_replica_and_ends_everywhere_at_sign_out() {
    let portal = Portal::start().await;
    let cookie = portal.session("partner@northwind.example").await;
    let replica = Portal::router_on(&portal.db);
    let reply = send(&replica, server_fn("session", json!({}), Some(&cookie))).await;
    assert_eq!(
        reply.body["email"], "partner@northwind.example",
        "{:?}",
        reply.body
    );

    let out = portal.call("sign_out", json!({}), Some(&cookie)).await;
    assert_eq!(out.status, StatusCode::OK);
    assert!(
        out.headers
            .get(header::SET_COOKIE)
            .unwrap()
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    let after = send(
        &replica,
        server_fn(
            "list_customers",
            json!({"query": {"search": ""}}),
            Some(&cookie),
        ),
    )
    .await;
    assert_eq!(
        after.status,
        StatusCode::UNAUTHORIZED,
        "the old cookie is dead server-side"
    );
    portal.db.close().await;
}

#[tokio::test]
async fn signing_in_always_issues_a_new_session_id() {
    let portal = Portal::start().await;
    let first = portal.session("partner@northwind.example").await;
    // Sign in again presenting the first cookie (as a fixed session would).
    let reply = portal
        .call(
            "sign_in",
            json!({"input": {"email": "partner@northwind.example", "password": demo::DEMO_PASSWORD}}),
            Some(&first),
        )
        .await;
    let second = cookie_pair(&reply);
    assert_ne!(first, second);
    let old = portal.call("session", json!({}), Some(&first)).await;
    assert_eq!(
        old.body,
        Value::Null,
        "the session presented at sign-in is ended"
    );
    portal.db.close().await;
}

#[tokio::test]
async fn server_functions_refuse_cross_site_requests_and_other_methods() {
    let portal = Portal::start().await;
    let cookie = portal.session("partner@northwind.example").await;
    let mut cross_site = server_fn(
        "list_customers",
        json!({"query": {"search": ""}}),
        Some(&cookie),
    );
    cross_site
        .headers_mut()
        .insert(header::ORIGIN, "https://evil.example".parse().unwrap());
    let reply = portal.send(cross_site).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(reply.body["code"], "csrf_rejected");

    let mut no_origin = server_fn(
        "list_customers",
        json!({"query": {"search": ""}}),
        Some(&cookie),
    );
    no_origin.headers_mut().remove(header::ORIGIN);
    assert_eq!(portal.send(no_origin).await.status, StatusCode::FORBIDDEN);

    let get = Request::builder()
        .uri("/api/session")
        .header(header::HOST, HOST)
        .body(Body::empty())
        .unwrap();
    assert_eq!(
        portal.send(get).await.status,
        StatusCode::METHOD_NOT_ALLOWED
    );
    portal.db.close().await;
}

#[tokio::test]
async fn an_oversized_body_is_refused_with_413() {
    let portal = Portal::start().await;
    let big = "x".repeat(100 * 1024);
    let reply = portal
        .call(
            "sign_in",
            json!({"input": {"email": big, "password": "p"}}),
            None,
        )
        .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        reply.headers.contains_key(header::CONTENT_SECURITY_POLICY),
        "errors are hardened too"
    );
    portal.db.close().await;
}

#[tokio::test]
async fn t3_tenancy_is_enforced_on_every_org_read() {
    let portal = Portal::start().await;
    let archer = org_id(&portal, "Archer Farms").await;
    let contoso = org_id(&portal, "Contoso Ltd").await;
    let initech = org_id(&portal, "Initech").await;
    let overview = |cookie: String, org: String| {
        let portal = &portal;
        async move {
            portal
                .call("org_overview", json!({"org_id": org}), Some(&cookie))
                .await
        }
    };

    let partner = portal.session("partner@northwind.example").await;
    let reply = overview(partner.clone(), archer.clone()).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["can_write"], true);
    let subscriptions = reply.body["subscriptions"].as_array().unwrap();
    assert_eq!(subscriptions.len(), 2, "Archer Farms has two subscriptions");
    let go = &subscriptions[1]["pools"][0];
    assert_eq!(
        (
            go["license_key"].as_str(),
            go["quantity"].as_i64(),
            go["used"].as_i64()
        ),
        (Some("webex_go"), Some(5), Some(0))
    );
    assert_eq!(
        overview(partner.clone(), initech.clone()).await.status,
        StatusCode::FORBIDDEN,
        "another partner's customer"
    );

    let read_only = portal.session("readonly@northwind.example").await;
    let reply = overview(read_only, archer.clone()).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["can_write"], false);

    let customer = portal.session("admin@archerfarms.example").await;
    assert_eq!(
        overview(customer.clone(), archer.clone()).await.status,
        StatusCode::OK
    );
    let refused = overview(customer.clone(), contoso).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.body["code"], "forbidden");
    let customers = portal
        .call(
            "list_customers",
            json!({"query": {"search": ""}}),
            Some(&customer),
        )
        .await;
    assert_eq!(
        customers.status,
        StatusCode::FORBIDDEN,
        "customer admins have no customers list"
    );
    let audit = portal
        .call(
            "audit_log",
            json!({"query": {"org_id": initech, "before": null}}),
            Some(&partner),
        )
        .await;
    assert_eq!(audit.status, StatusCode::FORBIDDEN);

    let anonymous = portal
        .call("org_overview", json!({"org_id": archer}), None)
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    portal.db.close().await;
}

#[tokio::test]
async fn the_partner_sees_only_its_own_customers() {
    let portal = Portal::start().await;
    let cookie = portal.session("partner@northwind.example").await;
    let reply = portal
        .call(
            "list_customers",
            json!({"query": {"search": ""}}),
            Some(&cookie),
        )
        .await;
    let names: Vec<&str> = reply
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Archer Farms",
            "Bergen Havn AS",
            "Cluj Software SRL",
            "Contoso Ltd",
            "Roma Servizi S.r.l."
        ]
    );
    portal.db.close().await;
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let portal = Portal::start().await;
    for (method, uri) in [
        (Method::GET, "/"),
        (Method::GET, "/no/such/page"),
        (Method::GET, "/missing.wasm"),
        (Method::GET, "/healthz"),
        (Method::GET, "/api/v1/organizations"),
        (Method::GET, "/api/v1/nope"),
    ] {
        let request = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::HOST, HOST)
            .body(Body::empty())
            .unwrap();
        let reply = portal.send(request).await;
        let csp = reply
            .headers
            .get(header::CONTENT_SECURITY_POLICY)
            .unwrap_or_else(|| panic!("no CSP on {uri}"))
            .to_str()
            .unwrap();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
            "{uri}"
        );
        assert!(
            !csp.contains("'unsafe-inline'") && !csp.contains(" 'unsafe-eval'"),
            "{uri}"
        );
        assert_eq!(
            reply.headers[header::X_CONTENT_TYPE_OPTIONS],
            "nosniff",
            "{uri}"
        );
        assert!(reply.headers.contains_key(header::REFERRER_POLICY), "{uri}");
    }
    portal.db.close().await;
}

#[tokio::test]
async fn the_rest_api_needs_a_token_and_applies_tenancy() {
    let portal = Portal::start().await;
    let get = |uri: String, token: Option<String>| {
        let mut builder = Request::builder().uri(uri).header(header::HOST, HOST);
        if let Some(token) = token {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        builder.body(Body::empty()).unwrap()
    };
    let anonymous = portal.send(get("/api/v1/organizations".into(), None)).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(anonymous.body["code"], "unauthenticated");

    let admin = portal
        .db
        .store
        .admin_by_email("partner@northwind.example")
        .await
        .unwrap()
        .unwrap();
    let token = server::auth::secret::new_api_token();
    portal
        .db
        .store
        .insert_api_token(&admin.id, "test", &server::auth::secret::token_hash(&token))
        .await
        .unwrap();
    let list = portal
        .send(get("/api/v1/organizations".into(), Some(token.clone())))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(
        list.body["items"].as_array().unwrap().len(),
        6,
        "own org and five customers"
    );
    let initech = org_id(&portal, "Initech").await;
    let foreign = portal
        .send(get(format!("/api/v1/organizations/{initech}"), Some(token)))
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);
    assert_eq!(foreign.body["code"], "forbidden");
    portal.db.close().await;
}

#[tokio::test]
async fn an_api_error_message_follows_the_requested_language() {
    let portal = Portal::start().await;
    let request = Request::builder()
        .uri("/api/v1/organizations")
        .header(header::HOST, HOST)
        .header(header::ACCEPT_LANGUAGE, "nb-NO, en;q=0.5")
        .body(Body::empty())
        .unwrap();
    let reply = portal.send(request).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        reply.body["code"], "unauthenticated",
        "the code never changes"
    );
    let expected =
        app::i18n::Catalog::get().code(domain::Language::Nb, domain::Code::Unauthenticated);
    assert_eq!(reply.body["message"], expected.as_str());
    assert_ne!(
        expected,
        app::i18n::Catalog::get().code(domain::Language::En, domain::Code::Unauthenticated)
    );
    assert!(reply.headers.contains_key(header::WWW_AUTHENTICATE));
    portal.db.close().await;
}

/// A REST request with a bearer token and an optional JSON body.
fn rest(method: Method, uri: &str, token: &str, body: Option<Value>) -> Request<Body> {
    let builder = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::HOST, HOST)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json");
    builder
        .body(body.map_or_else(Body::empty, |b| Body::from(b.to_string())))
        .unwrap()
}

async fn api_token(portal: &Portal, email: &str) -> String {
    let admin = portal
        .db
        .store
        .admin_by_email(email)
        .await
        .unwrap()
        .unwrap();
    let token = server::auth::secret::new_api_token();
    portal
        .db
        .store
        .insert_api_token(&admin.id, "test", &server::auth::secret::token_hash(&token))
        .await
        .unwrap();
    token
}

#[tokio::test]
async fn the_rest_api_runs_a_customers_directory_with_the_portals_rules() {
    let portal = Portal::start().await;
    let token = api_token(&portal, "partner@northwind.example").await;
    let archer = org_id(&portal, "Archer Farms").await;
    let send = |method: Method, uri: String, body: Option<Value>| {
        portal.send(rest(method, &uri, &token, body))
    };

    let page = send(
        Method::GET,
        format!("/api/v1/people?orgId={archer}&max=50"),
        None,
    )
    .await;
    assert_eq!(page.status, StatusCode::OK, "{:?}", page.body);
    assert_eq!(page.body["items"].as_array().unwrap().len(), 50);
    let next = page.body["next"].as_str().expect("a next page");
    let second = send(
        Method::GET,
        format!(
            "/api/v1/people?orgId={archer}&max=50&after={}",
            urlencode(next)
        ),
        None,
    )
    .await;
    assert_ne!(second.body["items"][0]["id"], page.body["items"][0]["id"]);

    // The same rules as the browser: a bad email, a calling package
    // without calling data.
    let bad = send(
        Method::POST,
        format!("/api/v1/people?orgId={archer}"),
        Some(json!({"emails": ["not-an-email"], "package": "webex_meetings"})),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.body["code"], "email_invalid");
    assert_eq!(bad.body["findings"][0]["field"], "email");
    let no_calling = send(
        Method::POST,
        format!("/api/v1/people?orgId={archer}"),
        Some(json!({"emails": ["rest@archerfarms.example"], "package": "webex_calling"})),
    )
    .await;
    let codes: Vec<&str> = no_calling.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["location_missing", "extension_or_number_missing"]);

    let locations = send(
        Method::GET,
        format!("/api/v1/locations?orgId={archer}"),
        None,
    )
    .await;
    let grand_rapids = locations.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["name"] == "Grand Rapids HQ")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let created = send(
        Method::POST,
        format!("/api/v1/people?orgId={archer}"),
        Some(json!({
            "emails": ["rest@archerfarms.example"], "firstName": "Rae", "lastName": "Stone",
            "package": "webex_calling", "locationId": grand_rapids, "extension": "1999",
            "phoneNumbers": [{"type": "work", "value": "231-456-9039"}]
        })),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    assert_eq!(created.body["displayName"], "Rae Stone");
    assert_eq!(created.body["phoneNumbers"][0]["value"], "+12314569039");
    assert_eq!(created.body["licenses"].as_array().unwrap().len(), 4);
    let person = created.body["id"].as_str().unwrap().to_owned();

    // The number is taken now: the inventory says so, and nobody else gets it.
    let taken = send(
        Method::POST,
        format!("/api/v1/people?orgId={archer}"),
        Some(json!({
            "emails": ["rest2@archerfarms.example"], "package": "webex_calling",
            "locationId": grand_rapids, "phoneNumbers": [{"type": "work", "value": "+12314569039"}]
        })),
    )
    .await;
    assert_eq!(taken.body["code"], "number_in_use");

    let to_meetings = send(
        Method::PUT,
        format!("/api/v1/people/{person}?orgId={archer}"),
        Some(json!({"package": "webex_meetings", "displayName": "Rae S."})),
    )
    .await;
    assert_eq!(to_meetings.status, StatusCode::OK, "{:?}", to_meetings.body);
    assert_eq!(to_meetings.body["package"], "webex_meetings");
    assert_eq!(to_meetings.body["displayName"], "Rae S.");
    assert_eq!(to_meetings.body["phoneNumbers"], json!([]));
    let deleted = send(
        Method::DELETE,
        format!("/api/v1/people/{person}?orgId={archer}"),
        None,
    )
    .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    let gone = send(
        Method::GET,
        format!("/api/v1/people/{person}?orgId={archer}"),
        None,
    )
    .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);

    // Locations and numbers.
    let incomplete = send(
        Method::POST,
        format!("/api/v1/locations?orgId={archer}"),
        Some(json!({"name": "Lansing", "address": {"address1": "1 Capitol Ave", "city": "", "country": "US"}})),
    )
    .await;
    assert_eq!(incomplete.body["code"], "city_missing");
    let lansing = send(
        Method::POST,
        format!("/api/v1/locations?orgId={archer}"),
        Some(json!({"name": "Lansing", "address": {"address1": "1 Capitol Ave", "city": "Lansing", "state": "MI", "country": "US"}})),
    )
    .await;
    assert_eq!(lansing.status, StatusCode::CREATED, "{:?}", lansing.body);
    let lansing_id = lansing.body["id"].as_str().unwrap().to_owned();
    let numbers = send(
        Method::POST,
        format!("/api/v1/numbers?orgId={archer}"),
        Some(json!({"locationId": lansing_id, "phoneNumbers": ["517-555-0100", "+15175550101"]})),
    )
    .await;
    assert_eq!(numbers.status, StatusCode::CREATED, "{:?}", numbers.body);
    assert_eq!(
        numbers.body["phoneNumbers"][0]["phoneNumber"],
        "+15175550100"
    );
    let again = send(
        Method::POST,
        format!("/api/v1/numbers?orgId={archer}"),
        Some(json!({"locationId": lansing_id, "phoneNumbers": ["+15175550101"]})),
    )
    .await;
    assert_eq!(again.body["code"], "number_exists");
    let in_use = send(
        Method::DELETE,
        format!("/api/v1/locations/{lansing_id}?orgId={archer}"),
        None,
    )
    .await;
    assert_eq!(in_use.body["code"], "location_in_use");

    let licenses = send(
        Method::GET,
        format!("/api/v1/licenses?orgId={archer}"),
        None,
    )
    .await;
    let pro = licenses.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["name"] == "Webex Calling Professional")
        .unwrap()
        .clone();
    assert_eq!(pro["totalUnits"], 200);
    assert!(pro["consumedUnits"].as_i64().unwrap() > 0);

    let broken = portal
        .send(
            Request::builder()
                .method(Method::POST)
                .uri(format!("/api/v1/people?orgId={archer}"))
                .header(header::HOST, HOST)
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from("{not json"))
                .unwrap(),
        )
        .await;
    assert_eq!(broken.status, StatusCode::BAD_REQUEST);
    assert_eq!(broken.body["code"], "bad_request");
    portal.db.close().await;
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn a_read_only_admin_changes_nothing_through_either_door() {
    let portal = Portal::start().await;
    let archer = org_id(&portal, "Archer Farms").await;
    let token = api_token(&portal, "readonly@northwind.example").await;
    let listed = portal
        .send(rest(
            Method::GET,
            &format!("/api/v1/people?orgId={archer}"),
            &token,
            None,
        ))
        .await;
    assert_eq!(listed.status, StatusCode::OK, "reading is allowed");
    let created = portal
        .send(rest(
            Method::POST,
            &format!("/api/v1/people?orgId={archer}"),
            &token,
            Some(json!({"emails": ["ro@archerfarms.example"], "package": "webex_meetings"})),
        ))
        .await;
    assert_eq!(created.status, StatusCode::FORBIDDEN);
    let location = portal
        .send(rest(
            Method::POST,
            &format!("/api/v1/locations?orgId={archer}"),
            &token,
            Some(json!({"name": "X", "address": {"address1": "1", "city": "X", "country": "US"}})),
        ))
        .await;
    assert_eq!(location.status, StatusCode::FORBIDDEN);

    let cookie = portal.session("readonly@northwind.example").await;
    let added = portal
        .call(
            "add_users",
            json!({"input": {"org_id": archer, "users": [{"email": "ro@archerfarms.example", "package": "webex_meetings"}]}}),
            Some(&cookie),
        )
        .await;
    assert_eq!(added.status, StatusCode::FORBIDDEN);
    assert_eq!(added.body["code"], "forbidden");
    let options = portal
        .call(
            "directory_options",
            json!({"org_id": archer}),
            Some(&cookie),
        )
        .await;
    assert_eq!(options.status, StatusCode::OK);
    assert_eq!(
        options.body["can_write"], false,
        "the UI disables its controls"
    );
    portal.db.close().await;
}

#[tokio::test]
async fn a_26th_user_is_refused_by_the_server_with_too_many_users() {
    let portal = Portal::start().await;
    let archer = org_id(&portal, "Archer Farms").await;
    let cookie = portal.session("partner@northwind.example").await;
    let users: Vec<Value> = (0..26)
        .map(|i| json!({"email": format!("u{i}@archerfarms.example"), "package": "webex_meetings"}))
        .collect();
    let reply = portal
        .call(
            "add_users",
            json!({"input": {"org_id": archer, "users": users}}),
            Some(&cookie),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.body["code"], "too_many_users");
    let ok = portal
        .call(
            "add_users",
            json!({"input": {"org_id": archer, "users": users[..25]}}),
            Some(&cookie),
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{:?}", ok.body);
    assert_eq!(ok.body.as_array().unwrap().len(), 25);
    portal.db.close().await;
}

#[tokio::test]
async fn the_openapi_document_is_generated_from_the_handlers() {
    let portal = Portal::start().await;
    let reply = portal
        .send(
            Request::builder()
                .uri("/api/v1/openapi.json")
                .header(header::HOST, HOST)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let paths = reply.body["paths"].as_object().unwrap();
    for path in [
        "/organizations",
        "/organizations/{id}",
        "/people",
        "/people/{id}",
        "/licenses",
        "/locations",
        "/locations/{id}",
        "/numbers",
        "/numbers/{id}",
    ] {
        assert!(paths.contains_key(path), "{path} is documented");
    }
    for method in ["get", "post"] {
        assert!(paths["/people"].get(method).is_some(), "/people {method}");
    }
    let person = &reply.body["components"]["schemas"]["Person"]["properties"];
    for field in [
        "emails",
        "firstName",
        "lastName",
        "displayName",
        "locationId",
        "extension",
        "phoneNumbers",
        "licenses",
        "orgId",
    ] {
        assert!(person.get(field).is_some(), "Person.{field}");
    }
    assert_eq!(
        reply.body["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    portal.db.close().await;
}

#[tokio::test]
async fn a_partner_renames_the_catalog_for_its_own_customers_only() {
    let portal = Portal::start().await;
    let northwind = org_id(&portal, "Northwind Telecom").await;
    let archer = org_id(&portal, "Archer Farms").await;
    let initech = org_id(&portal, "Initech").await;
    let partner = portal.session("partner@northwind.example").await;
    let rename = |partner_org_id: &str, kind: &str, key: &str, name: Value| json!({"input": {"partner_org_id": partner_org_id, "kind": kind, "key": key, "name": name}});

    let renamed = portal
        .call(
            "rename_catalog_entry",
            rename(
                &northwind,
                "package",
                "webex_calling",
                json!("  Northwind Calling Pro "),
            ),
            Some(&partner),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{:?}", renamed.body);
    let entry = renamed.body["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["key"] == "webex_calling")
        .unwrap();
    assert_eq!(entry["name"], "Northwind Calling Pro");
    assert_eq!(entry["default_name"], "Webex Calling");

    // The customer's admin sees the partner's name in forms and lists.
    let customer = portal.session("admin@archerfarms.example").await;
    let options = portal
        .call(
            "directory_options",
            json!({"org_id": archer}),
            Some(&customer),
        )
        .await;
    let names: Vec<&str> = options.body["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Northwind Calling Pro"), "{names:?}");
    let users = portal
        .call(
            "list_users",
            json!({"query": {"org_id": archer, "search": "", "sort": "name_asc", "package": "webex_calling", "limit": 5}}),
            Some(&customer),
        )
        .await;
    assert_eq!(
        users.body["users"][0]["package_name"],
        "Northwind Calling Pro"
    );

    // Another partner's customers keep the catalog's name.
    let globex = portal.session("partner@globex.example").await;
    let other = portal
        .call(
            "directory_options",
            json!({"org_id": initech}),
            Some(&globex),
        )
        .await;
    assert!(
        other.body["packages"]
            .to_string()
            .contains("\"Webex Calling\"")
    );
    let trespass = portal
        .call(
            "rename_catalog_entry",
            rename(&northwind, "package", "webex_calling", json!("Mine now")),
            Some(&globex),
        )
        .await;
    assert_eq!(trespass.status, StatusCode::FORBIDDEN);

    // The same rules as the form: a clash, a long name, an unknown key.
    for (key, name, status, code) in [
        (
            "webex_voice",
            json!("webex SUITE"),
            StatusCode::UNPROCESSABLE_ENTITY,
            "catalog_name_in_use",
        ),
        (
            "webex_voice",
            json!("x".repeat(61)),
            StatusCode::UNPROCESSABLE_ENTITY,
            "catalog_name_too_long",
        ),
        (
            "webex_voice",
            json!(" "),
            StatusCode::UNPROCESSABLE_ENTITY,
            "catalog_name_empty",
        ),
        (
            "no_such_package",
            json!("X"),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
    ] {
        let refused = portal
            .call(
                "rename_catalog_entry",
                rename(&northwind, "package", key, name),
                Some(&partner),
            )
            .await;
        assert_eq!(refused.status, status, "{:?}", refused.body);
        assert_eq!(refused.body["code"], code);
    }

    // Read-only partners and customer admins change nothing.
    let read_only = portal.session("readonly@northwind.example").await;
    for cookie in [&read_only, &customer] {
        let refused = portal
            .call(
                "rename_catalog_entry",
                rename(&northwind, "license", "meetings", json!("Meetings+")),
                Some(cookie),
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
    }
    let customer_read = portal
        .call(
            "catalog",
            json!({"partner_org_id": archer}),
            Some(&customer),
        )
        .await;
    assert_eq!(
        customer_read.status,
        StatusCode::FORBIDDEN,
        "only partners have a catalog page"
    );

    // The REST API: rename a license, then reset the package.
    let token = api_token(&portal, "partner@northwind.example").await;
    let put = portal
        .send(rest(
            Method::PUT,
            "/api/v1/catalog/licenses/meetings",
            &token,
            Some(json!({"name": "Northwind Meetings"})),
        ))
        .await;
    assert_eq!(put.status, StatusCode::OK, "{:?}", put.body);
    let overview = portal
        .call("org_overview", json!({"org_id": archer}), Some(&customer))
        .await;
    assert!(overview.body.to_string().contains("Northwind Meetings"));
    let reset = portal
        .send(rest(
            Method::PUT,
            &format!("/api/v1/catalog/packages/webex_calling?partnerOrgId={northwind}"),
            &token,
            Some(json!({"name": null})),
        ))
        .await;
    assert_eq!(reset.status, StatusCode::OK, "{:?}", reset.body);
    let calling = reset.body["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["key"] == "webex_calling")
        .unwrap();
    assert_eq!(calling["name"], "Webex Calling");
    assert_eq!(calling["licenses"], json!(["calling_professional"]));

    let audit = portal
        .call(
            "audit_log",
            json!({"query": {"org_id": northwind}}),
            Some(&partner),
        )
        .await;
    let renames = audit.body["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "catalog_renamed")
        .count();
    assert_eq!(renames, 3, "{:?}", audit.body);
    portal.db.close().await;
}

/// A users CSV row in template order (18 cells).
fn csv_row(cells: [&str; 18]) -> String {
    cells.join(",")
}

fn users_csv(rows: &[String]) -> String {
    let mut text = domain::users_csv::template_header();
    for row in rows {
        text.push_str("\r\n");
        text.push_str(row);
    }
    text
}

fn upload(token: &str, org: &str, key: &str, csv: String, query: &str) -> Request<Body> {
    Request::builder()
        .method(Method::POST)
        .uri(format!(
            "/api/v1/organizations/{org}/imports/users?fileName=team.csv{query}"
        ))
        .header(header::HOST, HOST)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header("idempotency-key", key)
        .header(header::CONTENT_TYPE, "text/csv")
        .body(Body::from(csv))
        .unwrap()
}

#[tokio::test]
async fn a_users_csv_is_checked_stored_once_and_applied_row_by_row_in_the_background() {
    let portal = Portal::start().await;
    let token = api_token(&portal, "partner@northwind.example").await;
    let archer = org_id(&portal, "Archer Farms").await;
    let send = |method: Method, uri: String, body: Option<Value>| {
        portal.send(rest(method, &uri, &token, body))
    };
    let people = send(
        Method::GET,
        format!("/api/v1/people?orgId={archer}&max=1"),
        None,
    )
    .await;
    let leaving = people.body["items"][0]["emails"][0]
        .as_str()
        .unwrap()
        .to_owned();
    let users_before = portal.db.store.count_users(&archer).await.unwrap();

    let context = send(
        Method::GET,
        format!("/api/v1/organizations/{archer}/imports/users/context"),
        None,
    )
    .await;
    assert_eq!(context.status, StatusCode::OK, "{:?}", context.body);
    assert!(
        context.body["locations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["name"] == "Grand Rapids HQ")
    );

    let f = "FALSE";
    let csv = users_csv(&[
        csv_row([
            "new.meetings@archer.example",
            "Ana",
            "Ñúñez",
            "",
            "",
            "",
            "",
            f,
            f,
            "archer",
            f,
            f,
            f,
            f,
            "TRUE",
            "",
            "",
            "",
        ]),
        csv_row([
            "not-an-email",
            "",
            "",
            "",
            "",
            "",
            "",
            f,
            f,
            "archer",
            f,
            f,
            f,
            f,
            "TRUE",
            "",
            "",
            "",
        ]),
        csv_row([
            "new.calling@archer.example",
            "Bo",
            "Berg",
            "",
            "7391",
            "",
            "grand rapids hq",
            "TRUE",
            f,
            "archer",
            "TRUE",
            f,
            f,
            f,
            f,
            "",
            "",
            "",
        ]),
        csv_row([
            "ghost@archer.example",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            f,
            f,
            f,
            f,
            f,
            "",
            "",
            "",
        ]),
        csv_row([
            &leaving, "", "", "", "", "", "", "", "", "", f, f, f, f, f, "", "", "",
        ]),
    ]);
    let checked = portal
        .send(upload(&token, &archer, "upload-1", csv.clone(), ""))
        .await;
    assert_eq!(checked.status, StatusCode::CREATED, "{:?}", checked.body);
    let codes: Vec<(i64, &str)> = checked.body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["row"].as_i64().unwrap(), f["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        codes,
        [(2, "email_invalid"), (4, "user_unknown_for_delete")]
    );
    assert_eq!(checked.body["preview"]["add"], 2);
    assert_eq!(checked.body["preview"]["delete"], 1);
    assert_eq!(checked.body["job"]["status"], "draft");
    assert_eq!(checked.body["job"]["totalRows"], 5);
    let id = checked.body["job"]["id"].as_str().unwrap().to_owned();

    // The same upload again is the same import.
    let again = portal
        .send(upload(&token, &archer, "upload-1", csv, ""))
        .await;
    assert_eq!(again.body["job"]["id"], id.as_str());

    // Applying twice queues once; nothing changes before the runner runs.
    for _ in 0..2 {
        let queued = send(
            Method::POST,
            format!("/api/v1/imports/{id}/apply"),
            Some(json!({})),
        )
        .await;
        assert_eq!(queued.status, StatusCode::ACCEPTED, "{:?}", queued.body);
        assert_eq!(queued.body["status"], "queued");
    }
    assert_eq!(
        portal.db.store.count_users(&archer).await.unwrap(),
        users_before
    );
    let runner = server::jobs::ImportRunner::new(portal.db.store.clone());
    assert!(runner.run_once().await.unwrap());
    assert!(!runner.run_once().await.unwrap(), "the job ran once");

    let job = send(Method::GET, format!("/api/v1/imports/{id}"), None).await;
    assert_eq!(job.body["status"], "done", "{:?}", job.body);
    assert_eq!(
        (
            &job.body["doneRows"],
            &job.body["appliedRows"],
            &job.body["refusedRows"]
        ),
        (&json!(5), &json!(3), &json!(2))
    );
    let rows = send(Method::GET, format!("/api/v1/imports/{id}/rows"), None).await;
    let outcomes: Vec<(&str, &str)> = rows.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["outcome"].as_str().unwrap(),
                r["kind"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            ("applied", "add"),
            ("refused", "-"),
            ("applied", "add"),
            ("refused", "-"),
            ("applied", "delete")
        ]
    );
    assert_eq!(
        portal.db.store.count_users(&archer).await.unwrap(),
        users_before + 1
    );
    let found = send(
        Method::GET,
        format!("/api/v1/people?orgId={archer}&search=new.calling@archer.example"),
        None,
    )
    .await;
    let person = &found.body["items"][0];
    assert_eq!(person["extension"], "7391", "{:?}", found.body);
    assert_eq!(person["package"], "webex_calling");
}

#[tokio::test]
async fn an_all_or_nothing_import_with_a_refused_row_applies_nothing() {
    let portal = Portal::start().await;
    let token = api_token(&portal, "partner@northwind.example").await;
    let archer = org_id(&portal, "Archer Farms").await;
    let users_before = portal.db.store.count_users(&archer).await.unwrap();
    let f = "FALSE";
    let csv = users_csv(&[
        csv_row([
            "fine@archer.example",
            "",
            "",
            "",
            "",
            "",
            "",
            f,
            f,
            "archer",
            f,
            f,
            f,
            f,
            "TRUE",
            "",
            "",
            "",
        ]),
        csv_row([
            "ghost@archer.example",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            f,
            f,
            f,
            f,
            f,
            "",
            "",
            "",
        ]),
    ]);
    let checked = portal.send(upload(&token, &archer, "k", csv, "")).await;
    let id = checked.body["job"]["id"].as_str().unwrap().to_owned();
    let queued = portal
        .send(rest(
            Method::POST,
            &format!("/api/v1/imports/{id}/apply"),
            &token,
            Some(json!({"allOrNothing": true})),
        ))
        .await;
    assert_eq!(queued.body["allOrNothing"], true);
    server::jobs::ImportRunner::new(portal.db.store.clone())
        .run_once()
        .await
        .unwrap();
    let job = portal
        .send(rest(
            Method::GET,
            &format!("/api/v1/imports/{id}"),
            &token,
            None,
        ))
        .await;
    assert_eq!(job.body["status"], "failed");
    assert_eq!(job.body["appliedRows"], 0);
    assert_eq!(
        portal.db.store.count_users(&archer).await.unwrap(),
        users_before
    );
}

#[tokio::test]
async fn uploads_are_refused_over_50_mb_without_a_key_across_sites_and_to_other_tenants() {
    let portal = Portal::start().await;
    let token = api_token(&portal, "partner@northwind.example").await;
    let archer = org_id(&portal, "Archer Farms").await;
    let initech = org_id(&portal, "Initech").await;
    // A big file within the limit is read whole (60,000 rows, ~6 MB).
    let f = "FALSE";
    let many: Vec<String> = (0..60_000)
        .map(|i| {
            csv_row([
                &format!("bulk.{i}@archer.example"),
                "Bjørn",
                "Ødegård",
                "",
                "",
                "",
                "",
                f,
                f,
                "archer",
                f,
                f,
                f,
                f,
                "TRUE",
                "",
                "",
                "",
            ])
        })
        .collect();
    let body = users_csv(&many);
    assert!(body.len() > 5_000_000);
    let checked = portal.send(upload(&token, &archer, "many", body, "")).await;
    assert_eq!(
        checked.status,
        StatusCode::CREATED,
        "{:?}",
        checked.body["code"]
    );
    assert_eq!(checked.body["rows"], 60_000);
    let big = "x".repeat(domain::users_csv::MAX_FILE_BYTES + 70 * 1024);
    let too_big = portal.send(upload(&token, &archer, "big", big, "")).await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);

    let header_only = users_csv(&[]);
    let no_key = portal
        .send(upload(&token, &archer, "", header_only.clone(), ""))
        .await;
    assert_eq!(no_key.status, StatusCode::BAD_REQUEST, "{:?}", no_key.body);
    let latin1 = portal
        .send(upload(
            &token,
            &archer,
            "l1",
            format!("{header_only}\r\n\u{00f8}"),
            "",
        ))
        .await;
    assert_eq!(
        latin1.status,
        StatusCode::CREATED,
        "UTF-8 text is fine: {:?}",
        latin1.body
    );
    let other_tenant = portal
        .send(upload(&token, &initech, "k", header_only.clone(), ""))
        .await;
    assert_eq!(other_tenant.status, StatusCode::FORBIDDEN);

    // With the session cookie, a cross-site POST is refused (CSRF).
    let cookie = portal.session("partner@northwind.example").await;
    let cross_site = Request::builder()
        .method(Method::POST)
        .uri(format!("/api/v1/organizations/{archer}/imports/users"))
        .header(header::HOST, HOST)
        .header(header::ORIGIN, "https://evil.example")
        .header(header::COOKIE, &cookie)
        .header("idempotency-key", "x")
        .body(Body::from(header_only.clone()))
        .unwrap();
    assert_eq!(portal.send(cross_site).await.status, StatusCode::FORBIDDEN);
    let same_site = Request::builder()
        .method(Method::POST)
        .uri(format!("/api/v1/organizations/{archer}/imports/users"))
        .header(header::HOST, HOST)
        .header(header::ORIGIN, ORIGIN)
        .header(header::COOKIE, &cookie)
        .header("idempotency-key", "x")
        .body(Body::from(header_only))
        .unwrap();
    assert_eq!(portal.send(same_site).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn an_export_is_safe_to_open_and_imports_back_as_changes_to_the_same_users() {
    let portal = Portal::start().await;
    let token = api_token(&portal, "partner@northwind.example").await;
    let archer = org_id(&portal, "Archer Farms").await;
    let request = |token: &str| {
        Request::builder()
            .uri(format!("/api/v1/organizations/{archer}/people.csv"))
            .header(header::HOST, HOST)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap()
    };
    let response = portal.app.clone().oneshot(request(&token)).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .contains("users.csv")
    );
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let export = String::from_utf8(bytes.to_vec()).unwrap();
    let lines: Vec<&str> = export.lines().collect();
    assert_eq!(lines[0], domain::users_csv::template_header());
    assert_eq!(
        lines.len() as i64 - 1,
        portal.db.store.count_users(&archer).await.unwrap()
    );
    let avery = lines
        .iter()
        .find(|l| l.starts_with("avery.archer@"))
        .unwrap();
    assert!(
        avery.contains(",'+12314569000,"),
        "numbers are neutralised: {avery}"
    );

    let rows = lines.len() - 1;
    let checked = portal
        .send(upload(&token, &archer, "round-trip", export.clone(), ""))
        .await;
    assert_eq!(checked.status, StatusCode::CREATED, "{:?}", checked.body);
    assert_eq!(checked.body["errors"], 0, "{:?}", checked.body["findings"]);
    assert_eq!(checked.body["preview"]["add"], 0);
    assert_eq!(checked.body["preview"]["delete"], 0);
    assert_eq!(checked.body["preview"]["modify"], json!(rows));

    // Another partner's token cannot export Archer Farms.
    let globex = api_token(&portal, "partner@globex.example").await;
    let refused = portal.app.clone().oneshot(request(&globex)).await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}
