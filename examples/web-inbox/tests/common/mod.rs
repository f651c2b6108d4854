//! A demo app on a real SQLite file, for the handler and browser tests.

#![allow(dead_code)]

pub mod http;

use std::sync::Arc;
use std::time::Duration;

use sms_inbox::{Inbox, SimulatedCarrier, SqliteStore, Store};
use web_inbox::{AppState, Options, WebhookAuth, demo};

pub const AUTH_TOKEN: &str = "test-auth-token-0123456789abcdef";
pub const PUBLIC_URL: &str = "https://inbox.example.com";

pub struct TestApp {
    pub state: AppState,
    pub carrier: Arc<SimulatedCarrier>,
    pub _dir: tempfile::TempDir,
}

/// The demo shop with its data, the demo phone on, Twilio webhooks checked against
/// [`AUTH_TOKEN`] and [`PUBLIC_URL`].
pub async fn demo_app(simulate_delivery: Option<Duration>) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("inbox.db");
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::connect(path.to_str().expect("utf-8 path"))
            .await
            .expect("open store"),
    );
    let settings = demo::automations().expect("demo automations");
    let shop = demo::shop(store.clone(), settings.clone(), chrono::Utc::now())
        .await
        .expect("demo data");
    let carrier = Arc::new(SimulatedCarrier::new());
    let inbox = Inbox::builder(store, carrier.clone())
        .automations(settings)
        .build();
    let options = Options {
        demo_phone: true,
        twilio: Some(WebhookAuth {
            auth_token: AUTH_TOKEN.into(),
            public_url: PUBLIC_URL.into(),
        }),
        simulate_delivery,
    };
    TestApp {
        state: AppState::new(inbox, shop, options),
        carrier,
        _dir: dir,
    }
}
