//! Detailed call history (GO-16) on both backends, through the real
//! router: the calling platform's ingest behind its own machine credential
//! (idempotent by external id, one result per record), Webex Go calls
//! stored as `Mobile_Network`, the report's filters and keyset paging, its
//! CSV export, and tenancy (T-3).
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
    Config, Services,
    auth::secret,
    demo,
    http::{AppState, router},
    store::{MachineKind, Store, UserListQuery},
};
use tower::ServiceExt;

const CALLS_TOKEN: &str = "sbm_test-call-records-credential";
const CARRIER_TOKEN: &str = "sbm_test-carrier-credential";
const ARCHER_ADMIN_TOKEN: &str = "sbt_test-archer-admin";
const GLOBEX_PARTNER_TOKEN: &str = "sbt_test-globex-partner";
const NORTHWIND_PARTNER_TOKEN: &str = "sbt_test-northwind-partner";

struct Api {
    app: Router,
    store: Store,
    archer: String,
    contoso: String,
}

struct Reply {
    status: StatusCode,
    headers: header::HeaderMap,
    text: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
}

async fn api_token(store: &Store, email: &str, token: &str) {
    let admin = store.admin_by_email(email).await.unwrap().expect(email);
    store
        .insert_api_token(&admin.id, "test", &secret::token_hash(token))
        .await
        .unwrap();
}

async fn start(db: &TestDb) -> Api {
    demo::load(&db.store).await.expect("demo loads");
    let mut config = Config::new(db.url.clone());
    config.dist_dir = std::path::PathBuf::from("/nonexistent");
    let app = router(AppState::new(Services::new(
        db.store.clone(),
        Arc::new(config),
    )));
    db.store
        .insert_machine_credential(
            MachineKind::CallRecords,
            "test platform",
            &secret::token_hash(CALLS_TOKEN),
        )
        .await
        .unwrap();
    db.store
        .insert_machine_credential(
            MachineKind::Carrier,
            "test carrier",
            &secret::token_hash(CARRIER_TOKEN),
        )
        .await
        .unwrap();
    api_token(&db.store, "admin@archerfarms.example", ARCHER_ADMIN_TOKEN).await;
    api_token(&db.store, "partner@globex.example", GLOBEX_PARTNER_TOKEN).await;
    api_token(
        &db.store,
        "partner@northwind.example",
        NORTHWIND_PARTNER_TOKEN,
    )
    .await;
    let org = |name: &'static str| {
        let store = db.store.clone();
        async move { store.org_by_name(name).await.unwrap().expect(name).id }
    };
    Api {
        app,
        store: db.store.clone(),
        archer: org("Archer Farms").await,
        contoso: org("Contoso Ltd").await,
    }
}

impl Api {
    async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Reply {
            status,
            headers,
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    async fn ingest_with(&self, token: Option<&str>, org_id: &str, records: Value) -> Reply {
        let mut builder = Request::builder()
            .method(Method::POST)
            .uri("/api/v1/callRecords")
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(token) = token {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        let body = json!({"orgId": org_id, "records": records});
        self.send(builder.body(Body::from(body.to_string())).unwrap())
            .await
    }

    async fn ingest(&self, org_id: &str, records: Value) -> Value {
        let reply = self.ingest_with(Some(CALLS_TOKEN), org_id, records).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        reply.json()
    }

    async fn get(&self, token: &str, path: &str) -> Reply {
        self.send(
            Request::builder()
                .uri(path)
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    /// The report as the Archer Farms admin sees it.
    async fn report(&self, query: &str) -> Value {
        let reply = self
            .get(
                ARCHER_ADMIN_TOKEN,
                &format!("/api/v1/callRecords?orgId={}&{query}", self.archer),
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        reply.json()
    }

    async fn user_id(&self, email: &str) -> String {
        self.store
            .list_users(
                &self.archer,
                &UserListQuery {
                    search: email,
                    limit: 1,
                    ..UserListQuery::default()
                },
            )
            .await
            .unwrap()
            .into_iter()
            .find(|u| u.email == email)
            .expect(email)
            .id
    }

    async fn go_line_of(&self, email: &str) -> String {
        let user = self.user_id(email).await;
        self.store
            .webex_go_candidate(&self.archer, &user)
            .await
            .unwrap()
            .and_then(|c| c.webex_go_device_id)
            .expect("the demo gives this user a Webex Go line")
    }
}

fn call(id: &str, start: &str, user_id: &str, sub_client_type: Option<&str>) -> Value {
    json!({
        "id": id,
        "startTime": start,
        "durationSeconds": 60,
        "direction": "ORIGINATING",
        "callingNumber": "+12314569001",
        "calledNumber": "+16165550142",
        "userId": user_id,
        "subClientType": sub_client_type,
    })
}

fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["externalId"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn go_16_ingest_is_idempotent_by_external_id_with_a_result_per_record() {
    for db in TestDb::all().await {
        let api = start(&db).await;
        let avery = api.user_id("avery.archer@archerfarms.example").await;
        let mut bad = call("idem-3", "2025-06-02T09:00:00Z", &avery, None);
        bad["durationSeconds"] = json!(-5);
        let batch = json!([
            call("idem-1", "2025-06-02T08:00:00Z", &avery, Some("Desk_Phone")),
            call("idem-2", "2025-06-02T08:30:00+02:00", &avery, None),
            bad,
            "not a record",
        ]);
        let first = api.ingest(&api.archer, batch.clone()).await;
        assert_eq!(
            (&first["accepted"], &first["duplicates"], &first["refused"]),
            (&json!(2), &json!(0), &json!(2)),
            "{}: {first}",
            db.label()
        );
        let results = first["results"].as_array().unwrap();
        assert_eq!(results[0]["status"], "accepted");
        assert_eq!(results[0]["subClientType"], "Desk_Phone");
        assert_eq!(results[1]["subClientType"], "Other");
        assert_eq!(results[2]["status"], "refused");
        assert_eq!(results[2]["code"], "call_duration_invalid");
        assert_eq!(results[2]["findings"][0]["field"], "durationSeconds");
        assert_eq!(results[3]["code"], "call_record_invalid");

        let again = api.ingest(&api.archer, batch).await;
        assert_eq!(
            (&again["accepted"], &again["duplicates"]),
            (&json!(0), &json!(2)),
            "{}: {again}",
            db.label()
        );
        assert_eq!(
            again["results"][0]["recordId"],
            first["results"][0]["recordId"]
        );
        let page = api.report("from=2025-06-02&to=2025-06-02").await;
        assert_eq!(ids(&page), ["idem-1", "idem-2"], "{}", db.label());
        // 08:30 at +02:00 is 06:30 UTC.
        assert_eq!(page["items"][1]["startTime"], "2025-06-02T06:30:00Z");
        assert_eq!(page["items"][0]["userName"], "Avery Archer");
        db.close().await;
    }
}

#[tokio::test]
async fn go_16_a_call_on_a_webex_go_line_is_mobile_network() {
    for db in TestDb::all().await {
        let api = start(&db).await;
        let line = api.go_line_of("blake.morgan@archerfarms.example").await;
        let blake = api.user_id("blake.morgan@archerfarms.example").await;
        let mut on_line = call("go-1", "2025-07-01T12:00:00Z", "", Some("Desktop"));
        on_line["deviceId"] = json!(line);
        let result = api
            .ingest(
                &api.archer,
                json!([
                    on_line,
                    call("go-2", "2025-07-01T13:00:00Z", &blake, Some("desktop"))
                ]),
            )
            .await;
        assert_eq!(result["results"][0]["subClientType"], "Mobile_Network");
        assert_eq!(result["results"][1]["subClientType"], "Desktop");
        let page = api
            .report("from=2025-07-01&to=2025-07-01&subClientType=Mobile_Network")
            .await;
        assert_eq!(ids(&page), ["go-1"], "{}", db.label());
        // The line's owner is the call's user.
        assert_eq!(page["items"][0]["userId"], json!(blake));
        assert_eq!(page["items"][0]["deviceId"], json!(line));
        // The demo's own Webex Go calls are in the default range (the last
        // seven days) and show as Mobile_Network too.
        let recent = api.report("subClientType=MOBILE_NETWORK").await;
        assert!(recent["total"].as_u64().unwrap() >= 5, "{recent}");
        db.close().await;
    }
}

#[tokio::test]
async fn go_16_records_naming_unknown_or_mismatched_users_and_devices_are_refused() {
    for db in TestDb::all().await {
        let api = start(&db).await;
        let avery = api.user_id("avery.archer@archerfarms.example").await;
        let line = api.go_line_of("blake.morgan@archerfarms.example").await;
        let mut mismatch = call("ref-2", "2025-07-02T10:00:00Z", &avery, None);
        mismatch["deviceId"] = json!(line);
        let mut no_device = call("ref-3", "2025-07-02T10:00:00Z", "", None);
        no_device["deviceId"] = json!("00000000-0000-0000-0000-000000000000");
        let result = api
            .ingest(
                &api.archer,
                json!([
                    call("ref-1", "2025-07-02T10:00:00Z", "no-such-user", None),
                    mismatch,
                    no_device,
                ]),
            )
            .await;
        let codes: Vec<&str> = result["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["code"].as_str().unwrap())
            .collect();
        assert_eq!(
            codes,
            [
                "call_user_unknown",
                "call_device_user_mismatch",
                "call_device_unknown"
            ]
        );
        // Another org's user is unknown here (T-3).
        let contoso_call = call("ref-4", "2025-07-02T10:00:00Z", &avery, None);
        let result = api.ingest(&api.contoso, json!([contoso_call])).await;
        assert_eq!(result["results"][0]["code"], "call_user_unknown");
        // Too many records, and an org that does not exist.
        let many: Vec<Value> = (0..1_001)
            .map(|i| call(&format!("m-{i}"), "2025-07-02T10:00:00Z", "", None))
            .collect();
        let reply = api
            .ingest_with(Some(CALLS_TOKEN), &api.archer, json!(many))
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(reply.json()["code"], "call_records_too_many");
        let reply = api
            .ingest_with(Some(CALLS_TOKEN), "no-such-org", json!([]))
            .await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND);
        db.close().await;
    }
}

#[tokio::test]
async fn go_16_the_report_filters_by_dates_user_and_sub_client_type_and_pages_newest_first() {
    for db in TestDb::all().await {
        let api = start(&db).await;
        let avery = api.user_id("avery.archer@archerfarms.example").await;
        let casey = api.user_id("casey.nguyen@archerfarms.example").await;
        let mut records = Vec::new();
        for day in 1..=5 {
            records.push(call(
                &format!("a-{day}"),
                &format!("2025-08-0{day}T09:00:00Z"),
                &avery,
                Some("Desktop"),
            ));
            records.push(call(
                &format!("c-{day}"),
                &format!("2025-08-0{day}T10:00:00Z"),
                &casey,
                Some("Browser"),
            ));
        }
        // Two calls in the same millisecond: the id breaks the tie.
        records.push(call(
            "c-tie",
            "2025-08-03T10:00:00Z",
            &casey,
            Some("Browser"),
        ));
        api.ingest(&api.archer, json!(records)).await;

        let range = api.report("from=2025-08-02&to=2025-08-04").await;
        assert_eq!(range["total"], 7, "{}", db.label());
        assert_eq!(ids(&range)[0], "c-4");
        assert_eq!(ids(&range).last().unwrap(), "a-2");

        let by_name = api
            .report("from=2025-08-01&to=2025-08-05&user=NGUYEN")
            .await;
        assert_eq!(by_name["total"], 6);
        let by_id = api
            .report(&format!("from=2025-08-01&to=2025-08-05&user={avery}"))
            .await;
        assert_eq!(
            ids(&by_id),
            ["a-5", "a-4", "a-3", "a-2", "a-1"],
            "{}",
            db.label()
        );
        let desktop = api
            .report("from=2025-08-01&to=2025-08-05&subClientType=Desktop")
            .await;
        assert_eq!(desktop["total"], 5);

        // Pages of 2 walk every call once, newest first.
        let mut seen = Vec::new();
        let mut after = String::new();
        loop {
            let page = api
                .report(&format!(
                    "from=2025-08-01&to=2025-08-05&limit=2&after={after}"
                ))
                .await;
            assert!(page["items"].as_array().unwrap().len() <= 2);
            seen.extend(ids(&page));
            match page["next"].as_str() {
                Some(next) => after = next.to_owned(),
                None => break,
            }
        }
        assert_eq!(seen.len(), 11, "{}: {seen:?}", db.label());
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 11, "{seen:?}");
        assert_eq!(&seen[..2], ["c-5", "a-5"]);
        assert!(seen.contains(&"c-3".to_owned()) && seen.contains(&"c-tie".to_owned()));

        // Ranges the report refuses.
        for (query, code) in [
            ("from=2025-08-05&to=2025-08-01", "date_range_invalid"),
            ("from=2025-07-01&to=2025-08-05", "date_range_too_long"),
            ("from=yesterday&to=2025-08-05", "date_range_invalid"),
            ("subClientType=Pager", "sub_client_type_unknown"),
        ] {
            let reply = api
                .get(
                    ARCHER_ADMIN_TOKEN,
                    &format!("/api/v1/callRecords?orgId={}&{query}", api.archer),
                )
                .await;
            assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
            assert_eq!(reply.json()["code"], code, "{query}");
        }
        db.close().await;
    }
}

#[tokio::test]
async fn go_16_another_orgs_records_are_invisible() {
    for db in TestDb::all().await {
        let api = start(&db).await;
        let contoso_user = api
            .store
            .list_users(
                &api.contoso,
                &UserListQuery {
                    limit: 1,
                    ..UserListQuery::default()
                },
            )
            .await
            .unwrap()
            .remove(0)
            .id;
        api.ingest(
            &api.contoso,
            json!([call(
                "contoso-1",
                "2025-09-01T10:00:00Z",
                &contoso_user,
                None
            )]),
        )
        .await;
        let archer = api.report("from=2025-09-01&to=2025-09-01").await;
        assert_eq!(archer["total"], 0, "{}", db.label());
        // Archer's admin may not read Contoso's report, nor may a partner
        // that does not manage Contoso; Contoso's partner may.
        for token in [ARCHER_ADMIN_TOKEN, GLOBEX_PARTNER_TOKEN] {
            let reply = api
                .get(
                    token,
                    &format!(
                        "/api/v1/callRecords?orgId={}&from=2025-09-01&to=2025-09-01",
                        api.contoso
                    ),
                )
                .await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.text);
            let export = api
                .get(
                    token,
                    &format!(
                        "/api/v1/callRecords/export?orgId={}&from=2025-09-01&to=2025-09-01",
                        api.contoso
                    ),
                )
                .await;
            assert_eq!(export.status, StatusCode::FORBIDDEN);
        }
        let partner = api
            .get(
                NORTHWIND_PARTNER_TOKEN,
                &format!(
                    "/api/v1/callRecords?orgId={}&from=2025-09-01&to=2025-09-01",
                    api.contoso
                ),
            )
            .await;
        assert_eq!(partner.status, StatusCode::OK);
        assert_eq!(ids(&partner.json()), ["contoso-1"]);
        db.close().await;
    }
}

#[tokio::test]
async fn go_16_only_a_call_records_credential_may_ingest() {
    for db in TestDb::all().await {
        let api = start(&db).await;
        let batch = json!([call("auth-1", "2025-06-02T08:00:00Z", "", None)]);
        for token in [
            None,
            Some(CARRIER_TOKEN),
            Some(ARCHER_ADMIN_TOKEN),
            Some("sbm_unknown"),
        ] {
            let reply = api.ingest_with(token, &api.archer, batch.clone()).await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{token:?}");
            assert_eq!(reply.json()["code"], "unauthenticated");
        }
        // A call-records credential opens neither the report nor the
        // carrier API.
        let report = api
            .get(
                CALLS_TOKEN,
                &format!("/api/v1/callRecords?orgId={}", api.archer),
            )
            .await;
        assert_eq!(report.status, StatusCode::UNAUTHORIZED);
        let carrier = api
            .send(
                Request::builder()
                    .method(Method::POST)
                    .uri("/api/v1/carrier/activations")
                    .header(header::AUTHORIZATION, format!("Bearer {CALLS_TOKEN}"))
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from(r#"{"activationCode":"x"}"#))
                    .unwrap(),
            )
            .await;
        assert_eq!(carrier.status, StatusCode::UNAUTHORIZED);
        let reply = api.ingest_with(Some(CALLS_TOKEN), &api.archer, batch).await;
        assert_eq!(reply.status, StatusCode::OK);
        db.close().await;
    }
}

#[tokio::test]
async fn go_16_the_csv_export_has_its_header_and_neutralised_cells() {
    for db in TestDb::all().await {
        let api = start(&db).await;
        let line = api.go_line_of("blake.morgan@archerfarms.example").await;
        let mut hostile = call("csv-1", "2025-10-01T10:00:00Z", "", None);
        hostile["deviceId"] = json!(line);
        hostile["direction"] = json!("TERMINATING");
        hostile["callingNumber"] = json!("=HYPERLINK(\"http://x\")");
        api.ingest(&api.archer, json!([hostile])).await;
        let reply = api
            .get(
                ARCHER_ADMIN_TOKEN,
                &format!(
                    "/api/v1/callRecords/export?orgId={}&from=2025-10-01&to=2025-10-01&subClientType=Mobile_Network&user=blake",
                    api.archer
                ),
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        assert!(
            reply.headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        assert!(
            reply.headers[header::CONTENT_DISPOSITION]
                .to_str()
                .unwrap()
                .starts_with("attachment")
        );
        let mut lines = reply.text.lines();
        assert_eq!(
            lines.next(),
            Some(
                "Start Time (UTC),User,User Email,Direction,Calling Number,Called Number,\
                 Duration (s),Sub Client Type,Device ID,Call Record ID"
            )
        );
        let row = lines.next().expect("one call");
        assert!(
            row.starts_with("2025-10-01T10:00:00Z,Blake Morgan,"),
            "{row}"
        );
        assert!(row.contains("TERMINATING,\"'=HYPERLINK"), "{row}");
        assert!(row.contains(",Mobile_Network,"), "{row}");
        assert!(row.ends_with(",csv-1"), "{row}");
        assert_eq!(lines.next(), None);
        db.close().await;
    }
}
