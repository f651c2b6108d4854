//! The `Store` port: where the inbox keeps its records, and the in-memory store.
//!
//! A store keeps the invariants that must hold atomically (consent gate, idempotency,
//! monotone status, unread counts) and makes no policy choices: those live in
//! [`Inbox`](crate::Inbox).

use std::fmt::Debug;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::error::Result;
use crate::model::{
    ConsentChange, ConsentEvent, Customer, CustomerId, Failure, Message, MessageId, MessageStatus,
    Order, Origin, Shop, ShopId, SystemReply, ThreadPage, ThreadQuery,
};
use crate::phone::PhoneNumber;

mod memory;

pub use memory::MemoryStore;

/// An inbound text to record, with what it changes.
#[derive(Debug, Clone)]
pub struct InboundRecord {
    /// The message, direction inbound, status received.
    pub message: Message,
    /// A consent change the text carries (an opt-out or opt-in). It is applied only when
    /// it changes the customer's subscription, so a second STOP changes nothing.
    pub consent: Option<ConsentEvent>,
    /// An automatic reply to store (status sending) in the same step, when
    /// [`reply_allowed`] says so: a confirmation only when `consent` changed the
    /// subscription (so exactly one per opt-out, even though the customer is now
    /// unsubscribed), any other reply only to a subscribed customer.
    pub reply: Option<Message>,
}

/// What recording an inbound text did.
#[derive(Debug, Clone)]
pub struct InboundOutcome {
    /// The stored message (the earlier copy when this was a duplicate).
    pub message: Message,
    /// The customer after the change.
    pub customer: Customer,
    /// Whether the carrier id had been recorded before; then nothing changed.
    pub duplicate: bool,
    /// The reply that was queued, if any.
    pub reply: Option<Message>,
    /// Planned or queued messages that an opt-out cancelled.
    pub cancelled: Vec<MessageId>,
}

/// What applying a consent event did.
#[derive(Debug, Clone)]
pub struct ConsentOutcome {
    /// The customer after the change.
    pub customer: Customer,
    /// Planned or queued messages that an opt-out cancelled.
    pub cancelled: Vec<MessageId>,
}

/// A move of a message's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusUpdate {
    /// The new status; ignored unless the current one [may become](MessageStatus::can_become)
    /// it. `None` when the carrier reported a status with no equivalent.
    pub status: Option<MessageStatus>,
    /// The carrier's own word for the status, recorded as the message's latest
    /// `carrier_status` whatever `status` is.
    pub carrier_status: Option<String>,
    /// When it happened.
    pub at: DateTime<Utc>,
    /// The carrier's id, recorded when the message has none yet.
    pub carrier_id: Option<String>,
    /// Why it failed, kept with a failed or undelivered status.
    pub failure: Option<Failure>,
}

impl StatusUpdate {
    /// A move to `status` at `at`.
    pub fn new(status: MessageStatus, at: DateTime<Utc>) -> Self {
        Self {
            status: Some(status),
            carrier_status: None,
            at,
            carrier_id: None,
            failure: None,
        }
    }
}

/// Persistence for the inbox. Every method except [`Store::shop_for_number`] is scoped by
/// shop: a record of another shop is "not found".
///
/// Implementations must keep the invariants listed in the crate's design: tenancy,
/// the consent gate, total opt-out, idempotent inbound, monotone status, exact unread
/// counts, and durability for file-backed stores.
#[async_trait]
pub trait Store: Send + Sync + Debug + 'static {
    /// Inserts or updates a shop. Fails with `Error::Invalid` when one of its numbers
    /// belongs to another shop.
    async fn put_shop(&self, shop: &Shop) -> Result<()>;

    /// Reads a shop.
    async fn shop(&self, shop: ShopId) -> Result<Shop>;

    /// Finds the shop that sends from `number`, for routing inbound texts.
    async fn shop_for_number(&self, number: &PhoneNumber) -> Result<Option<Shop>>;

    /// Returns the customer with this phone, creating it from `new` when there is none.
    async fn customer_for_phone(&self, shop: ShopId, new: &Customer) -> Result<Customer>;

    /// Reads a customer.
    async fn customer(&self, shop: ShopId, customer: CustomerId) -> Result<Customer>;

    /// Records an inbound text atomically: the message (once per carrier id), the thread's
    /// activity and unread count, the consent change with its cancellations, and the reply.
    async fn record_inbound(&self, shop: ShopId, record: InboundRecord) -> Result<InboundOutcome>;

    /// Inserts an outbound message (planned, queued or sending) only if its customer is
    /// subscribed when the write commits; otherwise `Error::Unsubscribed` and nothing is
    /// written.
    async fn queue_outbound(&self, shop: ShopId, message: &Message) -> Result<()>;

    /// Moves a message's status forward and returns it as stored. A move the current
    /// status does not allow is ignored, not an error; the carrier's own status word is
    /// recorded either way.
    async fn update_status(
        &self,
        shop: ShopId,
        message: MessageId,
        update: &StatusUpdate,
    ) -> Result<Message>;

    /// Reads a message.
    async fn message(&self, shop: ShopId, message: MessageId) -> Result<Message>;

    /// Finds a message by the carrier's id for it.
    async fn message_by_carrier_id(&self, shop: ShopId, carrier_id: &str) -> Result<Message>;

    /// A thread's messages, newest first: at most `limit`, those before `before` when given.
    async fn messages(
        &self,
        shop: ShopId,
        customer: CustomerId,
        before: Option<MessageId>,
        limit: usize,
    ) -> Result<Vec<Message>>;

    /// Applies a consent change atomically when it [changes](changes_subscription) the
    /// subscription (otherwise nothing is written); an unsubscribe cancels every planned
    /// or queued message of the customer in the same step.
    async fn record_consent(&self, shop: ShopId, event: &ConsentEvent) -> Result<ConsentOutcome>;

    /// A customer's consent events, oldest first.
    async fn consent_history(
        &self,
        shop: ShopId,
        customer: CustomerId,
    ) -> Result<Vec<ConsentEvent>>;

    /// Lists threads, newest activity first.
    async fn threads(&self, shop: ShopId, query: &ThreadQuery) -> Result<ThreadPage>;

    /// Unread inbound messages in one thread.
    async fn unread(&self, shop: ShopId, customer: CustomerId) -> Result<u32>;

    /// Marks every inbound message of a thread read.
    async fn mark_read(&self, shop: ShopId, customer: CustomerId) -> Result<()>;

    /// Unread inbound messages across the shop.
    async fn unread_total(&self, shop: ShopId) -> Result<u64>;

    /// Inserts or updates an order (keyed by shop and order id).
    async fn put_order(&self, shop: ShopId, order: &Order) -> Result<()>;

    /// A customer's orders, newest first.
    async fn orders(&self, shop: ShopId, customer: CustomerId) -> Result<Vec<Order>>;
}

/// Whether a consent event changes the customer's subscription. Stores apply only
/// events that do, so repeated keywords leave one ledger entry.
pub fn changes_subscription(customer: &Customer, event: &ConsentEvent) -> bool {
    match event.change {
        ConsentChange::Subscribed => !customer.is_subscribed(),
        ConsentChange::Unsubscribed => customer.is_subscribed(),
    }
}

/// Whether an automatic reply may be stored with an inbound text: confirmations only
/// when the consent change was applied, anything else only to a subscribed customer
/// (`customer` is the customer after the change).
pub fn reply_allowed(reply: &Message, consent_applied: bool, customer: &Customer) -> bool {
    match reply.origin {
        Origin::System(SystemReply::OptOutConfirmation | SystemReply::OptInConfirmation) => {
            consent_applied
        }
        _ => customer.is_subscribed(),
    }
}

/// The start of a message as the thread list shows it.
pub(crate) fn preview(body: &str) -> String {
    const MAX: usize = 100;
    let mut out = String::with_capacity(body.len().min(MAX * 4));
    for (i, word) in body.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
        if out.chars().count() > MAX {
            let cut: String = out.chars().take(MAX - 1).collect();
            return cut + "…";
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::preview;

    #[test]
    fn preview_collapses_whitespace_and_cuts_long_text() {
        assert_eq!(
            preview("  is this\n\nstill   in stock? "),
            "is this still in stock?"
        );
        let long = "ж".repeat(300);
        let p = preview(&long);
        assert_eq!(p.chars().count(), 100);
        assert!(p.ends_with('…'));
    }
}
