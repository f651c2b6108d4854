//! Server-sent events: every open page hears which thread changed and reloads what it
//! shows. Events carry ids only, never texts or numbers.

use std::convert::Infallible;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use serde::Serialize;
use sms_inbox::CustomerId;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

use crate::AppState;

/// What changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A customer texted in.
    Inbound,
    /// The shop sent (or tried to send) a text.
    Outbound,
    /// A message's delivery status moved, or a planned one was cancelled.
    Status,
    /// A customer's subscription changed.
    Consent,
    /// A thread was read.
    Read,
}

/// One change, as sent to pages (the SSE event `inbox`, JSON data).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct InboxEvent {
    /// What changed.
    pub kind: EventKind,
    /// Whose thread.
    pub customer_id: CustomerId,
}

impl InboxEvent {
    /// A change of `kind` in `customer`'s thread.
    pub fn new(kind: EventKind, customer_id: CustomerId) -> Self {
        Self { kind, customer_id }
    }
}

/// `GET /api/events`: the event stream. A page that falls behind gets a `resync` event
/// and reloads everything.
pub async fn stream(
    State(state): State<AppState>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let events = BroadcastStream::new(state.subscribe()).map(|item| {
        Ok(match item {
            Ok(event) => Event::default()
                .event("inbox")
                .json_data(event)
                .unwrap_or_else(|_| Event::default().event("resync").data("{}")),
            Err(_lagged) => Event::default().event("resync").data("{}"),
        })
    });
    Sse::new(events).keep_alive(KeepAlive::default())
}
