//! Issue 8.7: the REST API answers as its OpenAPI document says. Each test
//! here is a disagreement `cargo xtask soak`'s schemathesis run found,
//! kept so it cannot come back.
mod common;

use std::sync::Arc;

use axum::{
    Router,
    body::Body,
    http::{Method, Request, StatusCode, header},
};
use common::TestDb;
use http_body_util::BodyExt;
use serde_json::Value;
use server::{
    Config, Services, demo,
    http::{AppState, router},
};
use tower::ServiceExt;

const PARTNER_ADMIN: &str = "partner@northwind.example";

struct Api {
    app: Router,
    token: String,
    _db: TestDb,
}

impl Api {
    async fn start() -> Api {
        let db = TestDb::sqlite().await;
        demo::load(&db.store).await.unwrap();
        let mut config = Config::new(db.url.clone());
        config.dist_dir = std::path::PathBuf::from("/nonexistent");
        let app = router(AppState::new(Services::new(
            db.store.clone(),
            Arc::new(config),
        )));
        let admin = db
            .store
            .admin_by_email(PARTNER_ADMIN)
            .await
            .unwrap()
            .unwrap();
        let token = server::auth::secret::new_api_token();
        db.store
            .insert_api_token(&admin.id, "test", &server::auth::secret::token_hash(&token))
            .await
            .unwrap();
        Api {
            app,
            token,
            _db: db,
        }
    }

    async fn send(&self, method: Method, uri: &str, body: Option<&str>) -> (StatusCode, Value) {
        let request = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::HOST, "portal.test")
            .header(header::AUTHORIZATION, format!("Bearer {}", self.token))
            .header(header::CONTENT_TYPE, "application/json")
            .body(body.map_or_else(Body::empty, |b| Body::from(b.to_owned())))
            .unwrap();
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    async fn document(&self) -> Value {
        let (status, document) = self.send(Method::GET, "/api/v1/openapi.json", None).await;
        assert_eq!(status, StatusCode::OK);
        document
    }
}

#[tokio::test]
async fn a_rest_error_always_carries_its_findings_list_even_when_empty() {
    let api = Api::start().await;
    let (status, body) = api
        .send(Method::GET, "/api/v1/people/no-such-person", None)
        .await;
    assert!(status.is_client_error(), "{status}");
    assert_eq!(body["findings"], Value::Array(vec![]), "{body}");
    assert!(body["code"].is_string() && body["message"].is_string());
}

#[tokio::test]
async fn every_operation_documents_the_error_shape_for_the_statuses_it_does_not_name() {
    let api = Api::start().await;
    let document = api.document().await;
    let paths = document["paths"].as_object().unwrap();
    assert!(!paths.is_empty());
    for (path, item) in paths {
        for (method, operation) in item.as_object().unwrap() {
            let default = &operation["responses"]["default"];
            assert_eq!(
                default["content"]["application/json"]["schema"]["$ref"],
                "#/components/schemas/ErrorBody",
                "{method} {path} has no default error response"
            );
        }
    }
}
