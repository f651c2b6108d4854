//! The records the inbox keeps: shops, customers, messages, orders and consent events.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::phone::PhoneNumber;
use crate::segments::Encoding;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A new, time-ordered id (UUID v7).
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }

            /// Wraps an existing UUID, e.g. one read back from a database.
            pub fn from_uuid(id: Uuid) -> Self {
                Self(id)
            }

            /// The UUID inside.
            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }

        impl FromStr for $name {
            type Err = crate::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self).map_err(|e| crate::Error::Invalid {
                    field: $what,
                    reason: format!("{s:?} is not a UUID: {e}"),
                })
            }
        }
    };
}

uuid_id!(
    /// Identifies a [`Shop`].
    ShopId,
    "shop id"
);
uuid_id!(
    /// Identifies a [`Customer`] within a shop.
    CustomerId,
    "customer id"
);
uuid_id!(
    /// Identifies a [`Message`].
    MessageId,
    "message id"
);
uuid_id!(
    /// Identifies a [`ConsentEvent`].
    ConsentEventId,
    "consent event id"
);

/// The host's own id for an order or cart, unique within a shop.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OrderId(pub String);

impl fmt::Display for OrderId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for OrderId {
    fn from(s: &str) -> Self {
        Self(s.to_owned())
    }
}

/// A merchant: one inbox, shared by everything that texts its customers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shop {
    /// The shop's id.
    pub id: ShopId,
    /// The name customers know it by; used in automatic replies.
    pub name: String,
    /// The numbers it texts from; inbound texts to these numbers belong to this shop.
    /// The first one sends.
    pub numbers: Vec<PhoneNumber>,
    /// The shop's time zone, used for customers whose own zone is unknown.
    pub time_zone: Tz,
    /// Where customers get support, quoted in the HELP reply (a URL, e-mail or phone).
    pub support_contact: Option<String>,
}

impl Shop {
    /// A new shop with a fresh id.
    pub fn new(name: impl Into<String>, numbers: Vec<PhoneNumber>, time_zone: Tz) -> Self {
        Self {
            id: ShopId::new(),
            name: name.into(),
            numbers,
            time_zone,
            support_contact: None,
        }
    }
}

/// A shopper who texts with a shop. The same person at two shops is two customers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    /// The customer's id.
    pub id: CustomerId,
    /// The shop the customer belongs to.
    pub shop_id: ShopId,
    /// The customer's mobile number.
    pub phone: PhoneNumber,
    /// The customer's name, when the shop knows it.
    pub name: Option<String>,
    /// The customer's time zone, when known; quiet hours follow it.
    pub time_zone: Option<Tz>,
    /// Whether the shop may text the customer.
    pub subscription: Subscription,
    /// When the customer was first seen.
    pub created_at: DateTime<Utc>,
}

impl Customer {
    /// Whether the shop may text this customer now.
    pub fn is_subscribed(&self) -> bool {
        matches!(self.subscription, Subscription::Subscribed { .. })
    }

    /// The name, or the masked number when there is none.
    pub fn display_name(&self) -> String {
        self.name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| self.phone.masked())
    }
}

/// Whether a customer may be texted, and since when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Subscription {
    /// The shop may text the customer.
    Subscribed {
        /// When consent was given.
        since: DateTime<Utc>,
        /// How consent was given.
        source: ConsentSource,
    },
    /// The customer opted out (or was opted out); nothing may be sent.
    Unsubscribed {
        /// When the opt-out took effect.
        since: DateTime<Utc>,
        /// Who or what opted the customer out.
        source: ConsentSource,
        /// What proves it.
        evidence: Evidence,
    },
}

/// Who or what changed a customer's consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ConsentSource {
    /// The customer texted a bare carrier keyword (STOP, START, ...).
    Keyword,
    /// The customer's free-form text was read as a request by the opt-out classifier.
    Classifier,
    /// The merchant changed it by hand.
    Merchant,
    /// The carrier refused a send because the recipient opted out (Twilio 21610).
    CarrierRefusal,
    /// The carrier's own keyword handling (Twilio Advanced Opt-Out) reported it.
    CarrierKeyword,
    /// The host recorded an opt-in, e.g. a checkbox at checkout.
    Checkout,
    /// The customer texted the shop first, so the shop may answer.
    InboundText,
}

impl ConsentSource {
    /// The snake_case name used in storage and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentSource::Keyword => "keyword",
            ConsentSource::Classifier => "classifier",
            ConsentSource::Merchant => "merchant",
            ConsentSource::CarrierRefusal => "carrier_refusal",
            ConsentSource::CarrierKeyword => "carrier_keyword",
            ConsentSource::Checkout => "checkout",
            ConsentSource::InboundText => "inbound_text",
        }
    }

    /// Parses [`ConsentSource::as_str`]'s output.
    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Keyword,
            Self::Classifier,
            Self::Merchant,
            Self::CarrierRefusal,
            Self::CarrierKeyword,
            Self::Checkout,
            Self::InboundText,
        ]
        .into_iter()
        .find(|v| v.as_str() == s)
    }
}

/// Shows a text in `Debug` output by its length only, so message bodies stay out of
/// logs and panic messages.
pub(crate) struct Redacted<'a>(pub(crate) &'a str);

impl fmt::Debug for Redacted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} chars>", self.0.chars().count())
    }
}

/// What a consent change rests on, kept for a compliance audit.
///
/// `Debug` shows the customer's text by its length only.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The message that carried the request, if any.
    pub message_id: Option<MessageId>,
    /// The text the customer sent, if any.
    pub text: Option<String>,
    /// The classifier rule that decided, e.g. `"keyword:stop"`.
    pub rule: Option<String>,
    /// The carrier's code, e.g. `"21610"`.
    pub carrier_code: Option<String>,
    /// Who made the change by hand (a merchant's user name or e-mail).
    pub actor: Option<String>,
}

impl fmt::Debug for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Evidence")
            .field("message_id", &self.message_id)
            .field("text", &self.text.as_deref().map(Redacted))
            .field("rule", &self.rule)
            .field("carrier_code", &self.carrier_code)
            .field("actor", &self.actor)
            .finish()
    }
}

/// Which way a consent change went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentChange {
    /// The customer may be texted from now on.
    Subscribed,
    /// The customer must not be texted from now on.
    Unsubscribed,
}

/// One entry of the consent ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentEvent {
    /// The event's id.
    pub id: ConsentEventId,
    /// The shop.
    pub shop_id: ShopId,
    /// The customer whose consent changed.
    pub customer_id: CustomerId,
    /// Subscribed or unsubscribed.
    pub change: ConsentChange,
    /// Who or what made the change.
    pub source: ConsentSource,
    /// What proves it.
    pub evidence: Evidence,
    /// When it took effect.
    pub at: DateTime<Utc>,
}

impl ConsentEvent {
    /// A new event with a fresh id.
    pub fn new(
        shop_id: ShopId,
        customer_id: CustomerId,
        change: ConsentChange,
        source: ConsentSource,
        evidence: Evidence,
        at: DateTime<Utc>,
    ) -> Self {
        Self {
            id: ConsentEventId::new(),
            shop_id,
            customer_id,
            change,
            source,
            evidence,
            at,
        }
    }

    /// The subscription this event leaves the customer with.
    pub fn subscription(&self) -> Subscription {
        match self.change {
            ConsentChange::Subscribed => Subscription::Subscribed {
                since: self.at,
                source: self.source,
            },
            ConsentChange::Unsubscribed => Subscription::Unsubscribed {
                since: self.at,
                source: self.source,
                evidence: self.evidence.clone(),
            },
        }
    }
}

/// Whether a message came from the customer or went to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// From the customer to the shop.
    Inbound,
    /// From the shop to the customer.
    Outbound,
}

/// Why a message exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", content = "kind", rename_all = "snake_case")]
pub enum Origin {
    /// The customer sent it.
    Customer,
    /// The merchant wrote it.
    Manual,
    /// An automation sent it.
    Automation(AutomationKind),
    /// An automatic reply required by the messaging rules.
    System(SystemReply),
}

impl Origin {
    /// A stable text form: `customer`, `manual`, `automation:abandoned_cart`,
    /// `system:opt_out_confirmation`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Customer => "customer",
            Origin::Manual => "manual",
            Origin::Automation(AutomationKind::AbandonedCart) => "automation:abandoned_cart",
            Origin::Automation(AutomationKind::OrderUpdate) => "automation:order_update",
            Origin::System(SystemReply::OptOutConfirmation) => "system:opt_out_confirmation",
            Origin::System(SystemReply::OptInConfirmation) => "system:opt_in_confirmation",
            Origin::System(SystemReply::Help) => "system:help",
        }
    }

    /// Parses [`Origin::as_str`]'s output.
    pub fn parse(s: &str) -> Option<Self> {
        use AutomationKind::*;
        use SystemReply::*;
        [
            Origin::Customer,
            Origin::Manual,
            Origin::Automation(AbandonedCart),
            Origin::Automation(OrderUpdate),
            Origin::System(OptOutConfirmation),
            Origin::System(OptInConfirmation),
            Origin::System(Help),
        ]
        .into_iter()
        .find(|o| o.as_str() == s)
    }
}

/// The automations that text customers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AutomationKind {
    /// A reminder about a cart that was not checked out.
    AbandonedCart,
    /// News about an order: placed, shipped, delivered, ...
    OrderUpdate,
}

/// Automatic replies the inbox sends on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SystemReply {
    /// The one confirmation after an opt-out.
    OptOutConfirmation,
    /// The confirmation after an opt-in (START, UNSTOP).
    OptInConfirmation,
    /// The answer to HELP.
    Help,
}

/// Where a message is in its life. Status only moves forward (see
/// [`MessageStatus::can_become`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MessageStatus {
    /// Scheduled by an automation; shown in the thread, not yet sent.
    Planned,
    /// Waiting to be sent.
    Queued,
    /// Handed to the carrier; no answer yet.
    Sending,
    /// Claimed for sending by a process that stopped before the carrier answered;
    /// it may or may not have gone out, so it is never re-sent on its own.
    Interrupted,
    /// The carrier accepted it.
    Sent,
    /// The handset received it.
    Delivered,
    /// The carrier could not deliver it.
    Undelivered,
    /// Sending failed.
    Failed,
    /// Cancelled before it was sent.
    Cancelled,
    /// An inbound message, received.
    Received,
}

impl MessageStatus {
    /// Every status, in a stable order.
    pub const ALL: [MessageStatus; 10] = [
        Self::Planned,
        Self::Queued,
        Self::Sending,
        Self::Interrupted,
        Self::Sent,
        Self::Delivered,
        Self::Undelivered,
        Self::Failed,
        Self::Cancelled,
        Self::Received,
    ];

    fn rank(self) -> u8 {
        match self {
            Self::Planned => 0,
            Self::Queued => 1,
            Self::Sending => 2,
            Self::Interrupted => 3,
            Self::Sent => 4,
            Self::Delivered | Self::Undelivered | Self::Failed | Self::Cancelled => 5,
            Self::Received => 6,
        }
    }

    /// Whether a message in this status may move to `next`. Status moves forward only:
    /// a late "sent" never overwrites "delivered"; only planned or queued messages can
    /// be cancelled; final statuses never change; inbound messages stay received.
    pub fn can_become(self, next: MessageStatus) -> bool {
        if self == Self::Received || next == Self::Received {
            return false;
        }
        if next == Self::Cancelled {
            return matches!(self, Self::Planned | Self::Queued);
        }
        self.rank() < next.rank()
    }

    /// Whether nothing more will happen to the message.
    pub fn is_final(self) -> bool {
        self.rank() >= 5
    }

    /// Whether the message is waiting to go out (planned or queued), so an opt-out
    /// cancels it.
    pub fn is_pending(self) -> bool {
        matches!(self, Self::Planned | Self::Queued)
    }

    /// The snake_case name used in storage and APIs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Queued => "queued",
            Self::Sending => "sending",
            Self::Interrupted => "interrupted",
            Self::Sent => "sent",
            Self::Delivered => "delivered",
            Self::Undelivered => "undelivered",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Received => "received",
        }
    }

    /// Parses [`MessageStatus::as_str`]'s output.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// Why a message was not delivered, as the carrier said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    /// The carrier's error code, e.g. `"30003"`.
    pub code: Option<String>,
    /// The carrier's explanation, for the merchant to read.
    pub reason: String,
}

/// One text in a thread.
///
/// `Debug` shows the body by its length only.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The message's id.
    pub id: MessageId,
    /// The shop.
    pub shop_id: ShopId,
    /// The customer whose thread it is in.
    pub customer_id: CustomerId,
    /// From the customer, or to them.
    pub direction: Direction,
    /// The text.
    pub body: String,
    /// Why it exists.
    pub origin: Origin,
    /// Where it is in its life.
    pub status: MessageStatus,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
    /// When a planned message is due to go out.
    pub send_at: Option<DateTime<Utc>>,
    /// When a dispatcher last took it for sending.
    pub claimed_at: Option<DateTime<Utc>>,
    /// How many times sending was tried.
    pub attempts: u32,
    /// When the carrier accepted it.
    pub sent_at: Option<DateTime<Utc>>,
    /// When it was delivered.
    pub delivered_at: Option<DateTime<Utc>>,
    /// The carrier's id for it (Twilio's `MessageSid`).
    pub carrier_id: Option<String>,
    /// Why it failed, when it did.
    pub failure: Option<Failure>,
    /// The last status the carrier reported, in its own words (e.g. `"read"`), kept even
    /// when it has no [`MessageStatus`] equivalent.
    pub carrier_status: Option<String>,
    /// GSM-7 or UCS-2.
    pub encoding: Encoding,
    /// How many SMS segments it takes.
    pub segments: u32,
    /// The order or cart it is about, if any.
    pub order_id: Option<OrderId>,
}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Message")
            .field("id", &self.id)
            .field("shop_id", &self.shop_id)
            .field("customer_id", &self.customer_id)
            .field("direction", &self.direction)
            .field("body", &Redacted(&self.body))
            .field("origin", &self.origin)
            .field("status", &self.status)
            .field("created_at", &self.created_at)
            .field("send_at", &self.send_at)
            .field("claimed_at", &self.claimed_at)
            .field("attempts", &self.attempts)
            .field("sent_at", &self.sent_at)
            .field("delivered_at", &self.delivered_at)
            .field("carrier_id", &self.carrier_id)
            .field("failure", &self.failure)
            .field("carrier_status", &self.carrier_status)
            .field("encoding", &self.encoding)
            .field("segments", &self.segments)
            .field("order_id", &self.order_id)
            .finish()
    }
}

impl Message {
    /// A message with its encoding and segment count worked out from `body`.
    pub fn new(
        shop_id: ShopId,
        customer_id: CustomerId,
        direction: Direction,
        origin: Origin,
        status: MessageStatus,
        body: impl Into<String>,
        created_at: DateTime<Utc>,
    ) -> Self {
        let body = body.into();
        let info = crate::segments::analyze(&body);
        Self {
            id: MessageId::new(),
            shop_id,
            customer_id,
            direction,
            body,
            origin,
            status,
            created_at,
            send_at: None,
            claimed_at: None,
            attempts: 0,
            sent_at: None,
            delivered_at: None,
            carrier_id: None,
            failure: None,
            carrier_status: None,
            encoding: info.encoding,
            segments: u32::try_from(info.segments).unwrap_or(u32::MAX),
            order_id: None,
        }
    }

    /// Where the message sits in its thread: planned messages at their planned time,
    /// everything else when it was recorded.
    pub fn timeline_at(&self) -> DateTime<Utc> {
        self.send_at.unwrap_or(self.created_at)
    }
}

/// Where an order or cart is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrderStatus {
    /// A cart that has not been checked out.
    CartPending,
    /// Checked out.
    Placed,
    /// Paid for.
    Paid,
    /// Packed and ready to ship.
    Fulfilled,
    /// On its way.
    Shipped,
    /// Arrived.
    Delivered,
    /// Cancelled.
    Cancelled,
    /// Refunded.
    Refunded,
}

impl OrderStatus {
    /// Every status, in a stable order.
    pub const ALL: [OrderStatus; 8] = [
        Self::CartPending,
        Self::Placed,
        Self::Paid,
        Self::Fulfilled,
        Self::Shipped,
        Self::Delivered,
        Self::Cancelled,
        Self::Refunded,
    ];

    /// The snake_case name used in storage and APIs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CartPending => "cart_pending",
            Self::Placed => "placed",
            Self::Paid => "paid",
            Self::Fulfilled => "fulfilled",
            Self::Shipped => "shipped",
            Self::Delivered => "delivered",
            Self::Cancelled => "cancelled",
            Self::Refunded => "refunded",
        }
    }

    /// Parses [`OrderStatus::as_str`]'s output.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// Whether this is a cart rather than a placed order.
    pub fn is_cart(self) -> bool {
        self == Self::CartPending
    }
}

/// An order or pending cart, shown beside the thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    /// The host's id for it.
    pub id: OrderId,
    /// The shop.
    pub shop_id: ShopId,
    /// The customer who placed it.
    pub customer_id: CustomerId,
    /// The order number customers see, e.g. `"#1042"`; none for a cart.
    pub number: Option<String>,
    /// Where it is.
    pub status: OrderStatus,
    /// The total in minor units (cents).
    pub total_minor: i64,
    /// ISO 4217 currency code, e.g. `"USD"`.
    pub currency: String,
    /// How many items it holds.
    pub item_count: u32,
    /// A link to the order or to recover the cart.
    pub url: Option<String>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

/// One row of the thread list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadSummary {
    /// The customer.
    pub customer: Customer,
    /// When the last message came or went.
    pub last_message_at: DateTime<Utc>,
    /// The start of the last message.
    pub preview: String,
    /// Whether the last message came from the customer.
    pub last_direction: Direction,
    /// Inbound messages not yet read.
    pub unread: u32,
}

impl ThreadSummary {
    /// The cursor that continues the list after this row.
    pub fn cursor(&self) -> ThreadCursor {
        ThreadCursor {
            last_message_at: self.last_message_at,
            customer_id: self.customer.id,
        }
    }
}

/// A customer's whole conversation, as the merchant opens it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thread {
    /// The customer, with their subscription.
    pub customer: Customer,
    /// Messages oldest first, planned ones included at their planned time.
    pub messages: Vec<Message>,
    /// Whether older messages exist than the first one here.
    pub has_older: bool,
    /// The customer's orders and carts, newest first.
    pub orders: Vec<Order>,
    /// Inbound messages not yet read (before opening marks them read).
    pub unread: u32,
}

/// Which threads to list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThreadFilter {
    /// Every thread.
    #[default]
    All,
    /// Threads with unread messages.
    Unread,
    /// Threads of customers who opted out.
    Unsubscribed,
}

/// A position in the thread list (keyset pagination).
///
/// Its text form is stable and URL-safe, for use in web APIs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ThreadCursor {
    /// The last row's activity time.
    pub last_message_at: DateTime<Utc>,
    /// The last row's customer.
    pub customer_id: CustomerId,
}

impl fmt::Display for ThreadCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}_{}",
            self.last_message_at.timestamp_micros(),
            self.customer_id
        )
    }
}

impl FromStr for ThreadCursor {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || crate::Error::Invalid {
            field: "cursor",
            reason: format!("{s:?} is not a cursor from a previous page"),
        };
        let (micros, id) = s.split_once('_').ok_or_else(bad)?;
        let micros: i64 = micros.parse().map_err(|_| bad())?;
        let last_message_at = DateTime::from_timestamp_micros(micros).ok_or_else(bad)?;
        let customer_id = id.parse().map_err(|_| bad())?;
        Ok(Self {
            last_message_at,
            customer_id,
        })
    }
}

/// What [`Inbox::threads`](crate::Inbox::threads) lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadQuery {
    /// Which threads.
    pub filter: ThreadFilter,
    /// At most this many rows (1 to 200).
    pub limit: usize,
    /// Continue after this row of a previous page.
    pub after: Option<ThreadCursor>,
}

impl Default for ThreadQuery {
    fn default() -> Self {
        Self {
            filter: ThreadFilter::All,
            limit: 50,
            after: None,
        }
    }
}

/// One page of the thread list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadPage {
    /// Threads, newest activity first.
    pub threads: Vec<ThreadSummary>,
    /// Pass this as [`ThreadQuery::after`] for the next page; `None` on the last page.
    pub next: Option<ThreadCursor>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_moves_forward_only() {
        use MessageStatus::*;
        assert!(Planned.can_become(Queued));
        assert!(Queued.can_become(Sending));
        assert!(Sending.can_become(Sent));
        assert!(Sent.can_become(Delivered));
        assert!(Sent.can_become(Undelivered));
        assert!(Sending.can_become(Failed));
        assert!(Interrupted.can_become(Delivered));
        assert!(!Delivered.can_become(Sent));
        assert!(!Delivered.can_become(Failed));
        assert!(!Sent.can_become(Sending));
        assert!(!Sent.can_become(Cancelled));
        assert!(!Sending.can_become(Cancelled));
        assert!(Planned.can_become(Cancelled));
        assert!(Queued.can_become(Cancelled));
        assert!(!Cancelled.can_become(Queued));
        assert!(!Received.can_become(Delivered));
        assert!(!Sent.can_become(Received));
        for s in MessageStatus::ALL {
            assert!(!s.can_become(s), "{s:?} to itself");
            assert_eq!(MessageStatus::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn text_forms_round_trip() {
        for o in OrderStatus::ALL {
            assert_eq!(OrderStatus::parse(o.as_str()), Some(o));
        }
        for s in [
            ConsentSource::Keyword,
            ConsentSource::Classifier,
            ConsentSource::Merchant,
            ConsentSource::CarrierRefusal,
            ConsentSource::CarrierKeyword,
            ConsentSource::Checkout,
            ConsentSource::InboundText,
        ] {
            assert_eq!(ConsentSource::parse(s.as_str()), Some(s));
        }
        let o = Origin::Automation(AutomationKind::AbandonedCart);
        assert_eq!(Origin::parse(o.as_str()), Some(o));
        assert_eq!(Origin::parse("nonsense"), None);
    }

    #[test]
    fn cursor_round_trips_and_rejects_garbage() {
        let c = ThreadCursor {
            last_message_at: DateTime::from_timestamp_micros(1_700_000_000_123_456).unwrap(),
            customer_id: CustomerId::new(),
        };
        assert_eq!(c.to_string().parse::<ThreadCursor>().unwrap(), c);
        for bad in ["", "abc", "12_notauuid", "x_0190"] {
            assert!(bad.parse::<ThreadCursor>().is_err(), "{bad}");
        }
    }

    #[test]
    fn debug_output_holds_no_message_text() {
        let m = Message::new(
            ShopId::new(),
            CustomerId::new(),
            Direction::Inbound,
            Origin::Customer,
            MessageStatus::Received,
            "my secret address is 12 Elm St",
            Utc::now(),
        );
        let shown = format!("{m:?}");
        assert!(!shown.contains("Elm"), "{shown}");
        assert!(shown.contains("<30 chars>"), "{shown}");
        let e = Evidence {
            text: Some("stop texting me".into()),
            rule: Some("phrase:stop".into()),
            ..Evidence::default()
        };
        let shown = format!("{e:?}");
        assert!(!shown.contains("texting"), "{shown}");
        assert!(shown.contains("phrase:stop"), "{shown}");
    }

    #[test]
    fn new_message_counts_its_segments() {
        let m = Message::new(
            ShopId::new(),
            CustomerId::new(),
            Direction::Outbound,
            Origin::Manual,
            MessageStatus::Queued,
            "On its way 🚚",
            Utc::now(),
        );
        assert_eq!(m.encoding, Encoding::Ucs2);
        assert_eq!(m.segments, 1);
    }
}
