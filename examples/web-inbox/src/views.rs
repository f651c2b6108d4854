//! The JSON shapes the API answers with. Phone numbers only ever leave masked.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sms_inbox::{Customer, Evidence, Message, Order, Subscription, Thread, ThreadSummary};

/// A customer as the page shows them.
#[derive(Debug, Clone, Serialize)]
pub struct CustomerView {
    /// The customer's id; the thread's id in URLs.
    pub id: String,
    /// The name, if the shop knows it.
    pub name: Option<String>,
    /// The name, or the masked number.
    pub display_name: String,
    /// The masked number, e.g. `+1415•••0101`.
    pub phone: String,
    /// Whether the shop may text them.
    pub subscribed: bool,
    /// `"subscribed"` or `"unsubscribed"`.
    pub subscription: &'static str,
    /// Since when.
    pub since: DateTime<Utc>,
    /// Who or what changed it last, e.g. `"keyword"`, `"classifier"`, `"merchant"`.
    pub source: &'static str,
    /// Why an unsubscribed customer is unsubscribed: the consent ledger's evidence.
    /// None while subscribed.
    pub evidence: Option<EvidenceView>,
    /// The customer's IANA time zone, e.g. `"America/Chicago"`; quiet hours follow it
    /// (the shop's when it is unknown).
    pub time_zone: Option<&'static str>,
}

/// What proves an opt-out: what the customer texted and the rule that read it, the
/// carrier's code, or who unsubscribed them by hand.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    /// The message that carried the request.
    pub message_id: Option<String>,
    /// What the customer texted.
    pub text: Option<String>,
    /// The classifier rule that decided, e.g. `"keyword:stop"`.
    pub rule: Option<String>,
    /// The carrier's code, e.g. `"21610"`.
    pub carrier_code: Option<String>,
    /// Who did it by hand.
    pub actor: Option<String>,
}

impl From<&Evidence> for EvidenceView {
    fn from(e: &Evidence) -> Self {
        Self {
            message_id: e.message_id.map(|id| id.to_string()),
            text: e.text.clone(),
            rule: e.rule.clone(),
            carrier_code: e.carrier_code.clone(),
            actor: e.actor.clone(),
        }
    }
}

impl From<&Customer> for CustomerView {
    fn from(c: &Customer) -> Self {
        let (subscription, since, source, evidence) = match &c.subscription {
            Subscription::Subscribed { since, source } => {
                ("subscribed", *since, source.as_str(), None)
            }
            Subscription::Unsubscribed {
                since,
                source,
                evidence,
            } => (
                "unsubscribed",
                *since,
                source.as_str(),
                Some(EvidenceView::from(evidence)),
            ),
        };
        Self {
            id: c.id.to_string(),
            name: c.name.clone(),
            display_name: c.display_name(),
            phone: c.phone.masked(),
            subscribed: c.is_subscribed(),
            subscription,
            since,
            source,
            evidence,
            time_zone: c.time_zone.map(|tz| tz.name()),
        }
    }
}

/// One row of the thread list.
#[derive(Debug, Clone, Serialize)]
pub struct ThreadRow {
    /// The customer.
    pub customer: CustomerView,
    /// The start of the last message.
    pub preview: String,
    /// `"inbound"` or `"outbound"`.
    pub last_direction: &'static str,
    /// When the last message came or went.
    pub last_message_at: DateTime<Utc>,
    /// Unread inbound messages.
    pub unread: u32,
}

impl From<&ThreadSummary> for ThreadRow {
    fn from(t: &ThreadSummary) -> Self {
        Self {
            customer: CustomerView::from(&t.customer),
            preview: t.preview.clone(),
            last_direction: direction(t.last_direction),
            last_message_at: t.last_message_at,
            unread: t.unread,
        }
    }
}

/// Why a message was not delivered.
#[derive(Debug, Clone, Serialize)]
pub struct FailureView {
    /// The carrier's code, e.g. `"30003"`.
    pub code: Option<String>,
    /// The carrier's explanation.
    pub reason: String,
}

/// One text in a thread.
#[derive(Debug, Clone, Serialize)]
pub struct MessageView {
    /// The message's id.
    pub id: String,
    /// `"inbound"` (from the customer) or `"outbound"` (from the shop).
    pub direction: &'static str,
    /// The text.
    pub body: String,
    /// Why it exists: `"customer"`, `"manual"`, `"automation:abandoned_cart"`,
    /// `"system:opt_out_confirmation"`, ...
    pub origin: &'static str,
    /// `"planned"`, `"sending"`, `"sent"`, `"delivered"`, `"failed"`, `"cancelled"`,
    /// `"received"`, ...
    pub status: &'static str,
    /// The carrier's last word for the status, when it said one.
    pub carrier_status: Option<String>,
    /// The carrier's id for it (Twilio's Message SID), once handed over.
    pub carrier_id: Option<String>,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
    /// When a planned message is due.
    pub send_at: Option<DateTime<Utc>>,
    /// When the carrier accepted it.
    pub sent_at: Option<DateTime<Utc>>,
    /// When it was delivered.
    pub delivered_at: Option<DateTime<Utc>>,
    /// Why it failed, when it did.
    pub failure: Option<FailureView>,
    /// `"GSM-7"` or `"UCS-2"`.
    pub encoding: &'static str,
    /// SMS segments.
    pub segments: u32,
    /// The order or cart it is about.
    pub order_id: Option<String>,
}

impl From<&Message> for MessageView {
    fn from(m: &Message) -> Self {
        Self {
            id: m.id.to_string(),
            direction: direction(m.direction),
            body: m.body.clone(),
            origin: m.origin.as_str(),
            status: m.status.as_str(),
            carrier_status: m.carrier_status.clone(),
            carrier_id: m.carrier_id.clone(),
            created_at: m.created_at,
            send_at: m.send_at,
            sent_at: m.sent_at,
            delivered_at: m.delivered_at,
            failure: m.failure.as_ref().map(|f| FailureView {
                code: f.code.clone(),
                reason: f.reason.clone(),
            }),
            encoding: m.encoding.as_str(),
            segments: m.segments,
            order_id: m.order_id.as_ref().map(|o| o.0.clone()),
        }
    }
}

/// An order or pending cart.
#[derive(Debug, Clone, Serialize)]
pub struct OrderView {
    /// The host's id for it.
    pub id: String,
    /// The number customers see, e.g. `"#1042"`; none for a cart.
    pub number: Option<String>,
    /// `"cart_pending"`, `"placed"`, `"paid"`, `"shipped"`, ...
    pub status: &'static str,
    /// Whether it is a cart not yet checked out.
    pub is_cart: bool,
    /// The total in minor units (cents).
    pub total_minor: i64,
    /// ISO 4217 code.
    pub currency: String,
    /// Items in it.
    pub item_count: u32,
    /// A link to it.
    pub url: Option<String>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl From<&Order> for OrderView {
    fn from(o: &Order) -> Self {
        Self {
            id: o.id.0.clone(),
            number: o.number.clone(),
            status: o.status.as_str(),
            is_cart: o.status.is_cart(),
            total_minor: o.total_minor,
            currency: o.currency.clone(),
            item_count: o.item_count,
            url: o.url.clone(),
            created_at: o.created_at,
            updated_at: o.updated_at,
        }
    }
}

/// A whole conversation.
#[derive(Debug, Clone, Serialize)]
pub struct ThreadView {
    /// The customer and their subscription.
    pub customer: CustomerView,
    /// Messages oldest first; planned ones at their planned time.
    pub messages: Vec<MessageView>,
    /// Whether older messages can be loaded.
    pub has_older: bool,
    /// Orders and carts, newest first.
    pub orders: Vec<OrderView>,
    /// Unread inbound messages when it was opened.
    pub unread: u32,
}

impl From<&Thread> for ThreadView {
    fn from(t: &Thread) -> Self {
        Self {
            customer: CustomerView::from(&t.customer),
            messages: t.messages.iter().map(MessageView::from).collect(),
            has_older: t.has_older,
            orders: t.orders.iter().map(OrderView::from).collect(),
            unread: t.unread,
        }
    }
}

fn direction(d: sms_inbox::Direction) -> &'static str {
    match d {
        sms_inbox::Direction::Inbound => "inbound",
        sms_inbox::Direction::Outbound => "outbound",
    }
}
