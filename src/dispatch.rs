//! Planned messages: recording orders into automations, and the dispatcher that sends
//! what is due within the sending policy.
//!
//! `dispatch_due` is safe to run from several app instances at once: each message is
//! claimed atomically (PostgreSQL: row locks with `SKIP LOCKED`; SQLite: one writer at a
//! time) with a consent check in the same step, so nothing is sent twice and nothing is
//! claimed for a customer who opted out. Delivery is at most once: a message claimed but
//! not confirmed sent when its process died is marked *interrupted* and shown to the
//! merchant, never re-sent blindly.

use chrono::{DateTime, Duration, Utc};

use crate::automation::{self, Plan};
use crate::error::{Error, Result};
use crate::inbox::Inbox;
use crate::model::{AutomationKind, Failure, Message, MessageId, MessageStatus, Order, ShopId};
use crate::storage::ClaimOutcome;

/// How the dispatcher retries and recovers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DispatchSettings {
    /// Sending attempts for one message before a retryable error fails it.
    pub max_attempts: u32,
    /// The wait before the first retry; each further retry waits twice as long.
    pub first_retry: Duration,
    /// A message still `sending` this long after its claim belongs to a process that
    /// died; [`Inbox::dispatch_due`] marks it interrupted.
    pub stale_after: Duration,
}

impl Default for DispatchSettings {
    fn default() -> Self {
        Self {
            max_attempts: 5,
            first_retry: Duration::minutes(1),
            stale_after: Duration::minutes(10),
        }
    }
}

/// What one [`Inbox::dispatch_due`] run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DispatchReport {
    /// Messages the carrier accepted.
    pub sent: Vec<MessageId>,
    /// Messages that failed for good (or whose outcome is unknown).
    pub failed: Vec<MessageId>,
    /// Messages put back for a retryable carrier error.
    pub retried: Vec<MessageId>,
    /// Messages held back by quiet hours or a frequency cap, with their new times.
    pub deferred: Vec<(MessageId, DateTime<Utc>)>,
    /// Messages cancelled at claim time because the customer had opted out.
    pub cancelled: Vec<MessageId>,
    /// Messages found still `sending` from a process that stopped, now interrupted.
    pub interrupted: Vec<MessageId>,
}

/// What recording an order planned and cancelled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrderRecorded {
    /// Messages now planned (shown in the thread until they go out).
    pub planned: Vec<Message>,
    /// Planned cart reminders cancelled because the cart converted or went away.
    pub cancelled: Vec<MessageId>,
}

impl Inbox {
    /// Inserts or updates an order or cart, shown beside the customer's thread, and
    /// runs the shop's automations on the change: a new cart plans its reminders, a
    /// converted cart cancels them, an enabled status change plans an update text.
    /// Nothing is planned for a customer who opted out.
    pub async fn record_order(&self, shop: ShopId, order: &Order) -> Result<OrderRecorded> {
        validate_order(shop, order)?;
        let shop_record = self.store.shop(shop).await?;
        let customer = self.store.customer(shop, order.customer_id).await?;
        let previous = self.store.put_order(shop, order).await?;
        let settings = self.automations.for_shop(shop);
        let Plan {
            schedule,
            cancel_cart_reminders,
        } = automation::plan(
            &settings,
            &shop_record,
            &customer,
            previous.as_ref(),
            order,
            self.clock.now(),
        );
        let mut recorded = OrderRecorded::default();
        if cancel_cart_reminders {
            recorded.cancelled = self
                .store
                .cancel_planned(shop, &order.id, AutomationKind::AbandonedCart)
                .await?;
        }
        for message in schedule {
            match self.store.queue_outbound(shop, &message).await {
                Ok(()) => recorded.planned.push(message),
                Err(Error::Unsubscribed { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(recorded)
    }

    /// Sends what is due at `now`, at most `limit` messages across all shops.
    ///
    /// Each due message is claimed with a consent check; held back when the shop's
    /// sending policy does not allow it now in the customer's time zone (the shop's when
    /// the customer's is unknown) or the customer reached the cap, and planned again for
    /// the first allowed minute; otherwise handed to the carrier. Retryable carrier
    /// errors are retried with exponential backoff up to
    /// [`DispatchSettings::max_attempts`]. Messages left `sending` by a process that
    /// stopped are marked interrupted.
    pub async fn dispatch_due(&self, now: DateTime<Utc>, limit: usize) -> Result<DispatchReport> {
        let mut report = DispatchReport::default();
        let mut budget = limit;
        for shop in self.store.shops().await? {
            report.interrupted.extend(
                self.store
                    .mark_interrupted(shop, now - self.dispatch.stale_after)
                    .await?,
            );
            if budget == 0 {
                continue;
            }
            let due = self.store.due(shop, now, budget).await?;
            if due.is_empty() {
                continue;
            }
            let shop_record = self.store.shop(shop).await?;
            let policy = self.automations.for_shop(shop).policy;
            for id in due {
                let claim = match self.store.claim(shop, id, now).await? {
                    ClaimOutcome::Claimed(claim) => claim,
                    ClaimOutcome::Cancelled => {
                        report.cancelled.push(id);
                        continue;
                    }
                    ClaimOutcome::Gone => continue,
                };
                budget = budget.saturating_sub(1);
                let message = claim.message;
                // System replies answer the customer; automations wait for the policy.
                if matches!(message.origin, crate::Origin::Automation(_)) {
                    let tz = claim.customer.time_zone.unwrap_or(shop_record.time_zone);
                    let next = policy.next_send_time(now, tz, &claim.recent_automated);
                    match next {
                        Some(at) if at <= now => {}
                        Some(at) => {
                            self.store.release(shop, id, at, None).await?;
                            report.deferred.push((id, at));
                            continue;
                        }
                        None => {
                            let failure = Failure {
                                code: None,
                                reason: "the shop's sending policy allows no time to send".into(),
                            };
                            self.fail_claimed(shop, id, failure).await?;
                            report.failed.push(id);
                            continue;
                        }
                    }
                }
                let retry_at = (message.attempts < self.dispatch.max_attempts)
                    .then(|| now + backoff(self.dispatch.first_retry, message.attempts));
                match self
                    .deliver(&shop_record, &claim.customer, message, retry_at)
                    .await
                {
                    Ok(_) => report.sent.push(id),
                    Err(Error::Carrier { source, .. })
                        if source.is_retryable() && retry_at.is_some() =>
                    {
                        report.retried.push(id)
                    }
                    Err(Error::Carrier { .. }) => report.failed.push(id),
                    Err(e) => return Err(e),
                }
            }
        }
        tracing::info!(
            sent = report.sent.len(),
            failed = report.failed.len(),
            retried = report.retried.len(),
            deferred = report.deferred.len(),
            cancelled = report.cancelled.len(),
            interrupted = report.interrupted.len(),
            "dispatch run"
        );
        Ok(report)
    }

    /// Marks interrupted every message still `sending` that was claimed before
    /// `claimed_before`, in every shop. Call it when an app instance starts, with the
    /// time it started when it is the only instance; with several instances, pass a time
    /// older than the longest send (`now - DispatchSettings::stale_after`), so another
    /// instance's message in flight is left alone.
    pub async fn recover_interrupted(
        &self,
        claimed_before: DateTime<Utc>,
    ) -> Result<Vec<MessageId>> {
        let mut marked = Vec::new();
        for shop in self.store.shops().await? {
            marked.extend(self.store.mark_interrupted(shop, claimed_before).await?);
        }
        if !marked.is_empty() {
            tracing::warn!(
                count = marked.len(),
                "messages interrupted by a stop; not re-sent"
            );
        }
        Ok(marked)
    }

    async fn fail_claimed(&self, shop: ShopId, message: MessageId, failure: Failure) -> Result<()> {
        let mut update = crate::storage::StatusUpdate::new(MessageStatus::Failed, self.clock.now());
        update.failure = Some(failure);
        self.store.update_status(shop, message, &update).await?;
        Ok(())
    }
}

/// The wait before retry number `attempt` (1 after the first failure): doubling from
/// `first`, capped at a day.
fn backoff(first: Duration, attempt: u32) -> Duration {
    let factor = 1_i32 << attempt.saturating_sub(1).min(20);
    (first * factor).min(Duration::days(1))
}

fn validate_order(shop: ShopId, order: &Order) -> Result<()> {
    if order.shop_id != shop {
        return Err(Error::Invalid {
            field: "order",
            reason: "its shop id is not the shop it is recorded for".into(),
        });
    }
    if order.currency.len() != 3 || !order.currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(Error::Invalid {
            field: "order currency",
            reason: format!(
                "{:?} is not an ISO 4217 code such as \"USD\"",
                order.currency
            ),
        });
    }
    if order.id.0.trim().is_empty() {
        return Err(Error::Invalid {
            field: "order id",
            reason: "it is empty".into(),
        });
    }
    if order.total_minor < 0 {
        return Err(Error::Invalid {
            field: "order total",
            reason: format!("{} is negative", order.total_minor),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_stops_at_a_day() {
        let first = Duration::minutes(1);
        assert_eq!(backoff(first, 1), Duration::minutes(1));
        assert_eq!(backoff(first, 2), Duration::minutes(2));
        assert_eq!(backoff(first, 4), Duration::minutes(8));
        assert_eq!(backoff(first, 40), Duration::days(1));
    }
}
