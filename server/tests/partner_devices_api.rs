//! PMD-10 through the public REST API on both backends: the MAC check,
//! bulk create / update / delete idempotent by MAC with a result per item,
//! and workspaces, as an automation script with an API token sees them.
mod common;

use std::sync::Arc;

use axum::{
    Router,
    body::Body,
    http::{Method, Request, StatusCode, header},
};
use common::{TestDb, pmd::ARCHER_ADMIN};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use server::{
    Config, Services, demo,
    http::{AppState, router},
};
use tower::ServiceExt;

struct Api {
    app: Router,
    token: String,
}

impl Api {
    async fn start(db: &TestDb) -> Api {
        demo::load(&db.store).await.unwrap();
        let mut config = Config::new(db.url.clone());
        config.dist_dir = std::path::PathBuf::from("/nonexistent");
        let app = router(AppState::new(Services::new(
            db.store.clone(),
            Arc::new(config),
        )));
        let admin = db
            .store
            .admin_by_email(ARCHER_ADMIN)
            .await
            .unwrap()
            .unwrap();
        let token = server::auth::secret::new_api_token();
        db.store
            .insert_api_token(&admin.id, "test", &server::auth::secret::token_hash(&token))
            .await
            .unwrap();
        Api { app, token }
    }

    async fn send(&self, method: Method, uri: &str, body: Option<Value>) -> (StatusCode, Value) {
        let request = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::HOST, "portal.test")
            .header(header::AUTHORIZATION, format!("Bearer {}", self.token))
            .header(header::CONTENT_TYPE, "application/json")
            .body(body.map_or_else(Body::empty, |b| Body::from(b.to_string())))
            .unwrap();
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    async fn bulk(&self, items: Value) -> Vec<Value> {
        let (status, body) = self
            .send(
                Method::POST,
                "/api/v1/devices/partnerManaged/bulk",
                Some(json!({ "items": items })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body["items"].as_array().unwrap().clone()
    }
}

async fn person_id(api: &Api, search: &str) -> String {
    let (_, body) = api
        .send(
            Method::GET,
            &format!("/api/v1/people?search={search}"),
            None,
        )
        .await;
    body["items"][0]["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn pmd_10_macs_are_validated_and_devices_managed_in_bulk_idempotently_by_mac() {
    for db in TestDb::all().await {
        let api = Api::start(&db).await;
        let avery = person_id(&api, "avery").await;
        let blake = person_id(&api, "blake").await;
        let (status, checked) = api
            .send(
                Method::POST,
                "/api/v1/devices/partnerManaged/validateMacs",
                Some(json!({ "macs": ["00:11:22:33:99:01", "0004F2A1B201", "001122339901", "x"] })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{checked}");
        let statuses: Vec<&str> = checked["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["status"].as_str().unwrap())
            .collect();
        assert_eq!(
            statuses,
            ["AVAILABLE", "UNAVAILABLE", "DUPLICATE_IN_LIST", "INVALID"],
            "{}",
            db.label()
        );

        let creates = json!([
            { "action": "create", "mac": "00:11:22:33:99:01", "model": "poly_vvx_250",
              "personIds": [avery], "disclaimerAcknowledged": true },
            { "action": "create", "mac": "00:11:22:33:99:02", "model": "yealink_t33g",
              "workspaceId": demo::demo_id("archer-ws-boardroom"), "disclaimerAcknowledged": true },
            { "action": "create", "mac": "00:11:22:33:99:03", "model": "poly_vvx_250",
              "personIds": [avery], "disclaimerAcknowledged": false },
            { "action": "create", "mac": "not a mac", "model": "poly_vvx_250",
              "personIds": [avery], "disclaimerAcknowledged": true },
        ]);
        let first = api.bulk(creates.clone()).await;
        let results: Vec<&str> = first
            .iter()
            .map(|i| i["result"].as_str().unwrap())
            .collect();
        assert_eq!(
            results,
            ["CREATED", "CREATED", "ERROR", "ERROR"],
            "{}",
            db.label()
        );
        assert!(first[0]["sipPassword"].as_str().unwrap().len() >= 20);
        assert_eq!(first[2]["code"], "disclaimer_not_acknowledged");
        assert_eq!(first[3]["code"], "mac_invalid");
        // The same request again changes nothing and shows no password.
        let again = api.bulk(creates).await;
        assert_eq!(again[0]["result"], "UNCHANGED");
        assert_eq!(again[1]["result"], "UNCHANGED");
        assert!(again[0]["sipPassword"].is_null());

        let updated = api
            .bulk(json!([
                { "action": "update", "mac": "001122339901", "personIds": [avery, blake],
                  "newPassword": true },
                { "action": "update", "mac": "00:11:22:33:99:77" },
            ]))
            .await;
        assert_eq!(updated[0]["result"], "UPDATED");
        assert_ne!(updated[0]["sipPassword"], first[0]["sipPassword"]);
        assert_eq!(updated[1]["code"], "not_found");
        let device_id = first[0]["deviceId"].as_str().unwrap();
        let (_, device) = api
            .send(Method::GET, &format!("/api/v1/devices/{device_id}"), None)
            .await;
        assert_eq!(device["personIds"].as_array().unwrap().len(), 2);
        assert_eq!(device["mac"], "001122339901");
        assert_eq!(device["product"], "partner_managed");

        let deleted = api
            .bulk(json!([{ "action": "delete", "mac": "00:11:22:33:99:01" }]))
            .await;
        assert_eq!(deleted[0]["result"], "DELETED");
        let absent = api
            .bulk(json!([{ "action": "delete", "mac": "00:11:22:33:99:01" }]))
            .await;
        assert_eq!(absent[0]["result"], "ABSENT", "{}", db.label());
        db.close().await;
    }
}

#[tokio::test]
async fn pmd_6_workspaces_are_created_listed_read_and_deleted_through_the_api() {
    for db in TestDb::all().await {
        let api = Api::start(&db).await;
        let (status, list) = api.send(Method::GET, "/api/v1/workspaces", None).await;
        assert_eq!(status, StatusCode::OK, "{list}");
        assert_eq!(list["items"].as_array().unwrap().len(), 2, "the demo's");
        let (status, created) = api
            .send(
                Method::POST,
                "/api/v1/workspaces",
                Some(json!({
                    "displayName": "Training room",
                    "roomType": "meeting_room",
                    "capacity": 20,
                    "license": "professional",
                    "locationId": demo::demo_id("archer-grand-rapids"),
                    "phoneNumber": "+12314569037",
                    "device": { "model": "poly_vvx_450", "mac": "00:11:22:33:99:10",
                                "disclaimerAcknowledged": true },
                })),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created} on {}", db.label());
        assert!(created["sipPassword"].as_str().unwrap().len() >= 20);
        let id = created["workspace"]["id"].as_str().unwrap();
        let (status, read) = api
            .send(Method::GET, &format!("/api/v1/workspaces/{id}"), None)
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(read["deviceLimit"], 5);
        assert_eq!(read["phoneNumber"], "+12314569037");
        let (status, _) = api
            .send(Method::DELETE, &format!("/api/v1/workspaces/{id}"), None)
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = api
            .send(Method::GET, &format!("/api/v1/workspaces/{id}"), None)
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (_, doc) = api.send(Method::GET, "/api/v1/openapi.json", None).await;
        for path in [
            "/devices/partnerManaged/bulk",
            "/devices/partnerManaged/validateMacs",
            "/workspaces",
            "/workspaces/{id}",
        ] {
            assert!(doc["paths"].get(path).is_some(), "{path} is documented");
        }
        db.close().await;
    }
}
