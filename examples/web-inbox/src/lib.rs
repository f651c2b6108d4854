//! # web-inbox
//!
//! The merchant's SMS inbox over [`sms_inbox`]: an axum server with one HTML page, its
//! static assets compiled into the binary, and the JSON API the page calls. A host
//! copies it and puts its own sign-in in front.
//!
//! - [`router`] builds the whole app from an [`AppState`]; tests drive it with
//!   `tower::ServiceExt::oneshot`, the binary serves it.
//! - [`demo`] writes the demo shop and plays the customer's phone.
//! - [`dispatcher`] sends planned texts when they come due, in the background.
//! - [`twilio`] serves Twilio's inbound and status webhooks, signatures checked.
//! - [`events`] tells open pages what changed, as server-sent events.

#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations, unreachable_pub)]

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use sms_inbox::{Inbox, Shop};
use tokio::sync::broadcast;

pub mod api;
pub mod config;
pub mod demo;
pub mod dispatcher;
pub mod error;
pub mod events;
pub mod page;
pub mod twilio;
pub mod views;

pub use config::Config;
pub use error::ApiError;
pub use events::InboxEvent;

/// What a Twilio webhook is checked against.
#[derive(Clone)]
pub struct WebhookAuth {
    /// The account's auth token: the key of `X-Twilio-Signature`.
    pub auth_token: String,
    /// The public URL Twilio calls, without a trailing slash, e.g.
    /// `https://inbox.example.com`; the webhook paths are appended to it.
    pub public_url: String,
}

impl fmt::Debug for WebhookAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookAuth")
            .field("public_url", &self.public_url)
            .finish_non_exhaustive()
    }
}

/// How the app runs beside its inbox and shop.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Serve the demo phone (`POST /api/demo/inbound`), so a visitor can text in as a
    /// customer.
    pub demo_phone: bool,
    /// Serve `/twilio/inbound` and `/twilio/status`, checking signatures with this.
    pub twilio: Option<WebhookAuth>,
    /// Pretend the carrier reports "delivered" this long after each send (the simulated
    /// carrier sends no status callbacks of its own).
    pub simulate_delivery: Option<Duration>,
}

/// Everything a handler needs. Cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    inner: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    inbox: Inbox,
    shop: Shop,
    options: Options,
    events: broadcast::Sender<InboxEvent>,
}

impl AppState {
    /// The state of an app that serves `shop` from `inbox`.
    pub fn new(inbox: Inbox, shop: Shop, options: Options) -> Self {
        let (events, _) = broadcast::channel(256);
        Self {
            inner: Arc::new(Shared {
                inbox,
                shop,
                options,
                events,
            }),
        }
    }

    /// The inbox.
    pub fn inbox(&self) -> &Inbox {
        &self.inner.inbox
    }

    /// The shop this app is the inbox of.
    pub fn shop(&self) -> &Shop {
        &self.inner.shop
    }

    /// How the app runs.
    pub fn options(&self) -> &Options {
        &self.inner.options
    }

    /// Tells every open page that something changed. Nobody listening is fine.
    pub fn notify(&self, event: InboxEvent) {
        let _ = self.inner.events.send(event);
    }

    /// Listens to what changes from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<InboxEvent> {
        self.inner.events.subscribe()
    }
}

/// The whole app: the page, its assets, the JSON API, the event stream, and the demo
/// phone or Twilio webhooks as [`Options`] say.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(page::inbox))
        .route("/assets/{name}", get(page::asset))
        .route("/api/shop", get(api::shop))
        .route("/api/threads", get(api::threads))
        .route("/api/threads/{customer}", get(api::thread))
        .route(
            "/api/threads/{customer}/messages",
            get(api::older_messages).post(api::reply),
        )
        .route("/api/threads/{customer}/read", post(api::mark_read))
        .route(
            "/api/threads/{customer}/unsubscribe",
            post(api::unsubscribe),
        )
        .route("/api/messages/{message}/cancel", post(api::cancel_message))
        .route("/api/events", get(events::stream))
        .route("/api/demo/inbound", post(demo::inbound))
        .route("/twilio/inbound", post(twilio::inbound))
        .route("/twilio/status", post(twilio::status))
        .fallback(api::not_found)
        .with_state(state)
}
