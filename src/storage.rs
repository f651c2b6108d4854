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
    AutomationKind, ConsentChange, ConsentEvent, ConsentEventId, ConsentSource, Customer,
    CustomerId, Failure, Message, MessageId, MessageStatus, Order, OrderId, Origin, Shop, ShopId,
    Subscription, SystemReply, ThreadPage, ThreadQuery,
};
use crate::phone::PhoneNumber;

mod memory;
#[cfg(feature = "postgres")]
mod postgres;
#[cfg(any(feature = "sqlite", feature = "postgres"))]
mod sql;
#[cfg(feature = "sqlite")]
mod sqlite;

pub use memory::MemoryStore;
#[cfg(feature = "postgres")]
#[cfg_attr(docsrs, doc(cfg(feature = "postgres")))]
pub use postgres::PostgresStore;
#[cfg(feature = "sqlite")]
#[cfg_attr(docsrs, doc(cfg(feature = "sqlite")))]
pub use sqlite::SqliteStore;

/// An inbound text for [`Store::record_inbound`]: where it was sent, who sent it, and
/// the message to store. The store finds the shop by the number the text was sent to and
/// the customer by the sender's number in that shop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboundText {
    /// The shop's number the text was sent to.
    pub to: PhoneNumber,
    /// The sender's number.
    pub from: PhoneNumber,
    /// The subscription of a sender the shop does not know yet: they are added as a
    /// customer, first seen at its `since`, with it as their first consent event.
    pub first_seen: Subscription,
    /// The id of the message to store.
    pub id: MessageId,
    /// The text, as it is to be stored.
    pub body: String,
    /// The carrier's id for the text: the same id twice is one message.
    pub carrier_id: Option<String>,
    /// When the text was received.
    pub received_at: DateTime<Utc>,
}

impl InboundText {
    /// The sender as a new customer of `shop`.
    pub fn new_customer(&self, shop: ShopId) -> Customer {
        let created_at = match &self.first_seen {
            Subscription::Subscribed { since, .. } | Subscription::Unsubscribed { since, .. } => {
                *since
            }
        };
        Customer {
            id: CustomerId::new(),
            shop_id: shop,
            phone: self.from.clone(),
            name: None,
            time_zone: None,
            subscription: self.first_seen.clone(),
            created_at,
        }
    }

    /// The message to store in the thread of `customer` at `shop`: inbound, received.
    pub fn message(&self, shop: ShopId, customer: CustomerId) -> Message {
        let mut m = Message::new(
            shop,
            customer,
            crate::Direction::Inbound,
            Origin::Customer,
            MessageStatus::Received,
            self.body.as_str(),
            self.received_at,
        );
        m.id = self.id;
        m.carrier_id.clone_from(&self.carrier_id);
        m
    }
}

/// Builds what an inbound text changes from its shop and its customer (as found, or just
/// added). [`Store::record_inbound`] calls it inside its transaction, so it must be quick
/// and must not block.
pub type ChangesBuilder<'a> = dyn Fn(&Shop, &Customer) -> InboundChanges + Send + Sync + 'a;

/// What an inbound text changes besides its thread.
#[derive(Debug, Clone, Default)]
pub struct InboundChanges {
    /// A consent change the text carries (an opt-out or opt-in). It is applied only when
    /// it changes the customer's subscription, so a second STOP changes nothing.
    pub consent: Option<ConsentEvent>,
    /// An automatic reply to store (status sending) in the same step, when
    /// [`reply_allowed`] says so: a confirmation only when `consent` changed the
    /// subscription (so exactly one per opt-out, even though the customer is now
    /// unsubscribed), any other reply only to a subscribed customer.
    pub reply: Option<Message>,
    /// When set, `reply` is not stored if the customer got a reply of the same origin
    /// less than this long before it (HELP's repeat window).
    pub repeat_window: Option<chrono::Duration>,
}

impl InboundChanges {
    /// Checks that the consent event and the reply belong to this shop and customer
    /// (`Error::Invalid` otherwise), so a builder cannot write across shops.
    pub fn check_belongs_to(&self, shop: ShopId, customer: CustomerId) -> Result<()> {
        let ours = |s: ShopId, c: CustomerId| s == shop && c == customer;
        let belongs = self
            .consent
            .as_ref()
            .is_none_or(|e| ours(e.shop_id, e.customer_id))
            && self
                .reply
                .as_ref()
                .is_none_or(|r| ours(r.shop_id, r.customer_id));
        if belongs {
            Ok(())
        } else {
            Err(crate::Error::Invalid {
                field: "inbound changes",
                reason: "they name another shop or customer than the one the text came to".into(),
            })
        }
    }
}

/// Whether a reply stored at `reply_at` would repeat, within `window`, the last one of
/// its kind (stored at `last`).
pub fn repeats_reply(
    window: chrono::Duration,
    last: Option<DateTime<Utc>>,
    reply_at: DateTime<Utc>,
) -> bool {
    last.is_some_and(|last| reply_at - last < window)
}

/// What recording an inbound text did.
#[derive(Debug, Clone)]
pub struct InboundOutcome {
    /// The shop the text was routed to.
    pub shop: ShopId,
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

/// A message a dispatcher has claimed for sending.
#[derive(Debug, Clone)]
pub struct Claim {
    /// The message, as claimed.
    pub message: Message,
    /// Its customer, subscribed at the moment of the claim.
    pub customer: Customer,
    /// When the customer's other automated messages were claimed in the 24 hours
    /// before the claim, for frequency caps.
    pub recent_automated: Vec<DateTime<Utc>>,
}

/// What [`Store::claim`] found.
#[derive(Debug, Clone)]
pub enum ClaimOutcome {
    /// The message is now `sending`, claimed at the given time, and is the caller's to send.
    Claimed(Box<Claim>),
    /// The customer had opted out: the message was cancelled instead.
    Cancelled,
    /// The message is no longer planned and due (another dispatcher took it, the merchant
    /// cancelled it, or it was rescheduled).
    Gone,
}

/// Which consent events to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsentQuery {
    /// Only events from this source.
    pub source: Option<ConsentSource>,
    /// Only events of this kind.
    pub change: Option<ConsentChange>,
    /// Only events after this one (the last of a previous page), in ledger order.
    pub after: Option<ConsentEventId>,
    /// At most this many.
    pub limit: usize,
}

/// Counts for one kind of outbound message over a time window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct SendCounts {
    /// Accepted by the carrier (sent, delivered or undelivered later).
    pub sent: u64,
    /// Confirmed delivered.
    pub delivered: u64,
    /// Failed or undelivered.
    pub failed: u64,
    /// Opt-outs whose customer's last outbound message before the opt-out was of this kind.
    pub opt_outs: u64,
}

/// What a shop's texting did over a time window.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Outbound counts per origin (manual, each automation, system replies).
    pub by_origin: Vec<(Origin, SendCounts)>,
    /// Texts customers sent.
    pub replies: u64,
    /// Customers who opted out (by any source).
    pub opt_outs: u64,
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

/// Persistence for the inbox. Every method except [`Store::shop_for_number`] and
/// [`Store::record_inbound`], which find the shop by its number, is scoped by shop: a
/// record of another shop is "not found".
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
    /// A new customer's subscription is also written to the consent ledger.
    async fn customer_for_phone(&self, shop: ShopId, new: &Customer) -> Result<Customer>;

    /// Reads a customer.
    async fn customer(&self, shop: ShopId, customer: CustomerId) -> Result<Customer>;

    /// Changes a customer's name and time zone (not their number or consent).
    async fn update_customer(
        &self,
        shop: ShopId,
        customer: CustomerId,
        name: Option<String>,
        time_zone: Option<chrono_tz::Tz>,
    ) -> Result<Customer>;

    /// Records an inbound text in one atomic step: routes it to the shop that sends from
    /// `text.to` (`Error::UnknownNumber` when none does, and nothing is written), finds
    /// the sender among the shop's customers or adds them
    /// ([`InboundText::new_customer`], with their first consent event), and stores the
    /// [message](InboundText::message) (once per carrier id) with the thread's activity
    /// and unread count. When `changes` is given, the store calls it with the shop and
    /// the customer and applies what it returns in the same step: the consent change
    /// with its cancellations, and the reply. Changes that do not
    /// [belong](InboundChanges::check_belongs_to) to that shop and customer are refused
    /// with `Error::Invalid`, and nothing is written. A carrier id stored before is a
    /// duplicate: nothing changes and `changes` is not called.
    async fn record_inbound(
        &self,
        text: &InboundText,
        changes: Option<&ChangesBuilder<'_>>,
    ) -> Result<InboundOutcome>;

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

    /// Inserts or updates an order (keyed by shop and order id) and returns the version
    /// it replaced. An order id cannot move to another customer (`Error::Invalid`).
    async fn put_order(&self, shop: ShopId, order: &Order) -> Result<Option<Order>>;

    /// A customer's orders, newest first.
    async fn orders(&self, shop: ShopId, customer: CustomerId) -> Result<Vec<Order>>;

    /// Every shop's id.
    async fn shops(&self) -> Result<Vec<ShopId>>;

    /// Cancels the planned messages of one automation about one order (a converted cart's
    /// reminders); returns the ids cancelled.
    async fn cancel_planned(
        &self,
        shop: ShopId,
        order: &OrderId,
        kind: AutomationKind,
    ) -> Result<Vec<MessageId>>;

    /// Planned messages due at `now`, earliest first, at most `limit`. Reading them
    /// claims nothing.
    async fn due(&self, shop: ShopId, now: DateTime<Utc>, limit: usize) -> Result<Vec<MessageId>>;

    /// Claims one planned, due message for sending, atomically with a consent check:
    /// the customer's row is locked, and if they opted out the message is cancelled
    /// instead (unless it is [allowed after an opt-out](allowed_after_opt_out)). A claimed message is `sending`, with `claimed_at = now` and its attempt
    /// counted, so no other dispatcher can claim it.
    async fn claim(
        &self,
        shop: ShopId,
        message: MessageId,
        now: DateTime<Utc>,
    ) -> Result<ClaimOutcome>;

    /// Returns a claimed (`sending`) message to the plan at `send_at`: quiet hours, a
    /// frequency cap, or a retryable carrier error. Does nothing to a message in any
    /// other status.
    async fn release(
        &self,
        shop: ShopId,
        message: MessageId,
        send_at: DateTime<Utc>,
        failure: Option<Failure>,
    ) -> Result<Message>;

    /// Marks `interrupted` every message claimed before `claimed_before` that is still
    /// `sending`: its process stopped before the carrier answered, so it may or may not
    /// have gone out and is never sent again on its own.
    async fn mark_interrupted(
        &self,
        shop: ShopId,
        claimed_before: DateTime<Utc>,
    ) -> Result<Vec<MessageId>>;

    /// The shop's consent ledger, oldest first, filtered and paged by `query`.
    async fn consent_events(&self, shop: ShopId, query: &ConsentQuery)
    -> Result<Vec<ConsentEvent>>;

    /// What the shop's texting did between `from` (inclusive) and `to` (exclusive).
    async fn stats(&self, shop: ShopId, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Stats>;
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

/// The message after `update`, or `None` when the update changes nothing. Status only
/// moves where [`MessageStatus::can_become`] allows; the carrier's word is recorded
/// either way; the carrier id is set once. A planned message that leaves the plan
/// (other than by cancellation) must also bump its thread's activity.
pub fn next_status(current: &Message, update: &StatusUpdate) -> Option<Message> {
    let mut next = current.clone();
    if let Some(word) = &update.carrier_status {
        next.carrier_status = Some(word.clone());
    }
    if next.carrier_id.is_none() {
        next.carrier_id.clone_from(&update.carrier_id);
    }
    if let Some(status) = update.status.filter(|s| current.status.can_become(*s)) {
        next.status = status;
        match status {
            MessageStatus::Sent => next.sent_at = Some(update.at),
            MessageStatus::Delivered => {
                next.delivered_at = Some(update.at);
                next.sent_at.get_or_insert(update.at);
            }
            _ => {}
        }
        if update.failure.is_some() {
            next.failure.clone_from(&update.failure);
        }
    }
    (next != *current).then_some(next)
}

/// Whether a status move takes a planned message out of the plan towards sending, which
/// makes it thread activity (a cancelled plan never was).
pub fn leaves_plan(before: MessageStatus, after: MessageStatus) -> bool {
    before == MessageStatus::Planned
        && !matches!(after, MessageStatus::Planned | MessageStatus::Cancelled)
}

/// The ledger entry for a customer's first subscription, written when the customer is
/// added.
pub fn initial_consent(customer: &Customer) -> ConsentEvent {
    let (change, since, source, evidence) = match &customer.subscription {
        crate::Subscription::Subscribed { since, source } => (
            ConsentChange::Subscribed,
            *since,
            *source,
            crate::Evidence::default(),
        ),
        crate::Subscription::Unsubscribed {
            since,
            source,
            evidence,
        } => (
            ConsentChange::Unsubscribed,
            *since,
            *source,
            evidence.clone(),
        ),
    };
    ConsentEvent::new(
        customer.shop_id,
        customer.id,
        change,
        source,
        evidence,
        since,
    )
}

/// Whether a message may go to a customer who opted out: only the one confirmation of
/// their opt-out, which the law allows (47 CFR 64.1200(a)(12)). Claims let it through so
/// a confirmation put back after a carrier hiccup still goes out.
pub fn allowed_after_opt_out(m: &Message) -> bool {
    m.origin == Origin::System(SystemReply::OptOutConfirmation)
}

/// Whether an automated message counts toward a customer's cap at `now`: it was taken
/// for sending within the 24 hours before and did not fail outright.
pub fn counts_toward_cap(m: &Message, now: DateTime<Utc>) -> bool {
    matches!(m.origin, Origin::Automation(_))
        && !matches!(
            m.status,
            MessageStatus::Planned | MessageStatus::Cancelled | MessageStatus::Failed
        )
        && m.claimed_at
            .is_some_and(|t| t > now - chrono::Duration::hours(24) && t <= now)
}

/// Whether an outbound message can be the one an opt-out is attributed to in
/// [`Stats`]: it reached (or was on its way to) the customer, and is not the opt-out's
/// own confirmation.
pub fn attributable(m: &Message) -> bool {
    m.direction == crate::Direction::Outbound
        && !matches!(m.status, MessageStatus::Planned | MessageStatus::Cancelled)
        && m.origin != Origin::System(SystemReply::OptOutConfirmation)
}

/// Sums messages and opt-outs into [`Stats`].
#[derive(Debug, Default)]
pub(crate) struct StatsBuilder {
    by_origin: std::collections::BTreeMap<&'static str, (Origin, SendCounts)>,
    replies: u64,
    opt_outs: u64,
}

impl StatsBuilder {
    /// Counts `n` texts customers sent.
    pub(crate) fn replies(&mut self, n: u64) {
        self.replies += n;
    }

    fn counts(&mut self, origin: Origin) -> &mut SendCounts {
        &mut self
            .by_origin
            .entry(origin.as_str())
            .or_insert((origin, SendCounts::default()))
            .1
    }

    /// Counts `n` outbound messages of one origin in one status.
    pub(crate) fn outbound(&mut self, origin: Origin, status: MessageStatus, n: u64) {
        let c = self.counts(origin);
        use MessageStatus::*;
        c.sent += n * u64::from(matches!(status, Sent | Delivered | Undelivered));
        c.delivered += n * u64::from(status == Delivered);
        c.failed += n * u64::from(matches!(status, Failed | Undelivered));
    }

    pub(crate) fn opt_out(&mut self, attributed_to: Option<Origin>) {
        self.opt_outs += 1;
        if let Some(origin) = attributed_to {
            self.counts(origin).opt_outs += 1;
        }
    }

    pub(crate) fn finish(self) -> Stats {
        Stats {
            by_origin: self.by_origin.into_values().collect(),
            replies: self.replies,
            opt_outs: self.opt_outs,
        }
    }
}

impl Stats {
    /// Opt-outs per outbound message sent, over all origins (0 when nothing was sent).
    pub fn opt_out_rate(&self) -> f64 {
        let sent: u64 = self.by_origin.iter().map(|(_, c)| c.sent).sum();
        if sent == 0 {
            0.0
        } else {
            self.opt_outs as f64 / sent as f64
        }
    }
}

impl SendCounts {
    /// Opt-outs attributed to this kind per message of it sent (0 when none was sent).
    pub fn opt_out_rate(&self) -> f64 {
        if self.sent == 0 {
            0.0
        } else {
            self.opt_outs as f64 / self.sent as f64
        }
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
