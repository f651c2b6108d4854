//! Calling the router as a client would, with `oneshot`, and reading JSON answers.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;
use web_inbox::router;

use super::TestApp;

pub struct Answer {
    pub status: StatusCode,
    pub content_type: String,
    pub text: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    pub fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    }
}

pub async fn call(app: &TestApp, request: Request<Body>) -> Answer {
    let response = router(app.state.clone())
        .oneshot(request)
        .await
        .expect("infallible");
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    Answer {
        status,
        content_type,
        text: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub async fn get(app: &TestApp, uri: &str) -> Answer {
    call(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

pub async fn post_json(app: &TestApp, uri: &str, body: Value) -> Answer {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    call(app, request).await
}

pub async fn post_empty(app: &TestApp, uri: &str) -> Answer {
    call(app, Request::post(uri).body(Body::empty()).unwrap()).await
}

/// Every thread of a filter, following the cursor page by page.
pub async fn all_threads(app: &TestApp, filter: &str, limit: usize) -> Vec<Value> {
    let mut rows = Vec::new();
    let mut after = String::new();
    loop {
        let a = get(
            app,
            &format!("/api/threads?filter={filter}&limit={limit}&after={after}"),
        )
        .await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.text);
        let page = a.json();
        rows.extend(page["threads"].as_array().unwrap().iter().cloned());
        match page["next"].as_str() {
            Some(next) => after = next.to_owned(),
            None => return rows,
        }
    }
}

pub async fn customer_id(app: &TestApp, name: &str) -> String {
    all_threads(app, "all", 50)
        .await
        .into_iter()
        .find(|t| t["customer"]["name"] == name)
        .unwrap_or_else(|| panic!("no thread of {name}"))["customer"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

pub async fn unread_total(app: &TestApp) -> u64 {
    get(app, "/api/shop").await.json()["unread_total"]
        .as_u64()
        .unwrap()
}
