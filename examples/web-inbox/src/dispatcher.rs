//! The dispatcher: a background task that sends planned texts (cart reminders, order
//! updates, automatic replies waiting for a retry) when they come due, within the
//! shop's sending policy, and tells open pages what it did.

use std::collections::HashSet;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sms_inbox::{DispatchReport, MessageId};
use tokio::task::JoinHandle;

use crate::AppState;
use crate::events::{EventKind, InboxEvent};

/// How often the server looks for due texts.
pub const INTERVAL: Duration = Duration::from_secs(5);

/// At most this many texts per run; the rest wait for the next one.
pub const BATCH: usize = 100;

/// Sends what is due at `now` and notifies the pages of the threads it touched: sent
/// and failed texts as `outbound`, texts held back by quiet hours or a cap (now planned
/// for later), cancelled or interrupted as `status`. In demo mode the sent ones are
/// reported delivered a moment later.
///
/// [`Inbox::dispatch_due`](sms_inbox::Inbox::dispatch_due) serves every shop in the
/// store; this app shows one, so only its messages are announced.
pub async fn run_once(state: &AppState, now: DateTime<Utc>) -> sms_inbox::Result<DispatchReport> {
    let report = state.inbox().dispatch_due(now, BATCH).await?;
    let deferred: Vec<MessageId> = report.deferred.iter().map(|(id, _)| *id).collect();
    let groups = [
        (EventKind::Outbound, &report.sent),
        (EventKind::Outbound, &report.failed),
        (EventKind::Outbound, &report.retried),
        (EventKind::Status, &deferred),
        (EventKind::Status, &report.cancelled),
        (EventKind::Status, &report.interrupted),
    ];
    let mut announced = HashSet::new();
    for (kind, ids) in groups {
        for id in ids {
            let message = match state.inbox().message(state.shop().id, *id).await {
                Ok(message) => message,
                Err(sms_inbox::Error::NotFound { .. }) => continue,
                Err(e) => return Err(e),
            };
            if kind == EventKind::Outbound {
                crate::demo::schedule_delivery(state, &message);
            }
            if announced.insert((kind, message.customer_id)) {
                state.notify(InboxEvent::new(kind, message.customer_id));
            }
        }
    }
    Ok(report)
}

/// Runs [`run_once`] every `every` until the runtime stops. A failed run is logged and
/// the next one tries again.
pub fn spawn(state: AppState, every: Duration) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            if let Err(e) = run_once(&state, Utc::now()).await {
                tracing::warn!(error = %e, retryable = e.is_retryable(), "dispatcher run failed");
            }
        }
    })
}
