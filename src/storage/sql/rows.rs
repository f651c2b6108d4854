//! Rows as the stores read them, and their conversion into the crate's records.

use uuid::Uuid;

use super::{corrupt, direction, opt_time, parsed, time, time_zone};
use crate::error::Result;
use crate::model::{
    ConsentChange, ConsentEvent, ConsentEventId, ConsentSource, Customer, CustomerId, Direction,
    Evidence, Failure, Message, MessageId, MessageStatus, Order, OrderId, OrderStatus, Origin,
    Shop, ShopId, Subscription, ThreadSummary,
};
use crate::phone::PhoneNumber;
use crate::segments::Encoding;
use chrono::{DateTime, Utc};

#[derive(sqlx::FromRow)]
pub(crate) struct CustomerRow {
    shop_id: Uuid,
    customer_id: Uuid,
    phone: String,
    name: Option<String>,
    time_zone: Option<String>,
    subscribed: bool,
    consent_at: i64,
    consent_source: String,
    consent_event_id: Option<Uuid>,
    created_at: i64,
    last_message_at: Option<i64>,
    preview: Option<String>,
    last_direction: Option<String>,
    unread: i64,
    ev_message_id: Option<Uuid>,
    ev_text: Option<String>,
    ev_rule: Option<String>,
    ev_carrier_code: Option<String>,
    ev_actor: Option<String>,
}

impl CustomerRow {
    /// The consent event behind the current subscription; a change of subscription
    /// always changes it.
    pub(crate) fn consent_event_id(&self) -> Option<Uuid> {
        self.consent_event_id
    }

    pub(crate) fn shop_id(&self) -> Uuid {
        self.shop_id
    }

    pub(crate) fn customer_id(&self) -> Uuid {
        self.customer_id
    }

    pub(crate) fn is_subscribed(&self) -> bool {
        self.subscribed
    }

    pub(crate) fn unread(&self) -> u32 {
        u32::try_from(self.unread).unwrap_or(u32::MAX)
    }

    pub(crate) fn into_customer(self) -> Result<Customer> {
        Ok(self.split()?.0)
    }

    pub(crate) fn into_summary(self) -> Result<ThreadSummary> {
        let unread = self.unread();
        let (customer, thread) = self.split()?;
        let (last_message_at, preview, last_direction) =
            thread.ok_or_else(|| corrupt("a listed thread has no activity".into()))?;
        Ok(ThreadSummary {
            customer,
            last_message_at,
            preview,
            last_direction,
            unread,
        })
    }

    #[allow(clippy::type_complexity)]
    fn split(self) -> Result<(Customer, Option<(DateTime<Utc>, String, Direction)>)> {
        let since = time(self.consent_at)?;
        let source = parsed(
            ConsentSource::parse(&self.consent_source),
            "consent source",
            &self.consent_source,
        )?;
        let subscription = if self.subscribed {
            Subscription::Subscribed { since, source }
        } else {
            Subscription::Unsubscribed {
                since,
                source,
                evidence: Evidence {
                    message_id: self.ev_message_id.map(MessageId::from_uuid),
                    text: self.ev_text,
                    rule: self.ev_rule,
                    carrier_code: self.ev_carrier_code,
                    actor: self.ev_actor,
                },
            }
        };
        let customer = Customer {
            id: CustomerId::from_uuid(self.customer_id),
            shop_id: ShopId::from_uuid(self.shop_id),
            phone: PhoneNumber::from_stored(&self.phone)?,
            name: self.name,
            time_zone: self.time_zone.as_deref().map(time_zone).transpose()?,
            subscription,
            created_at: time(self.created_at)?,
        };
        let thread = match (self.last_message_at, self.last_direction) {
            (Some(at), Some(d)) => {
                Some((time(at)?, self.preview.unwrap_or_default(), direction(&d)?))
            }
            _ => None,
        };
        Ok((customer, thread))
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct MessageRow {
    shop_id: Uuid,
    message_id: Uuid,
    customer_id: Uuid,
    direction: String,
    body: String,
    origin: String,
    status: String,
    created_at: i64,
    send_at: Option<i64>,
    claimed_at: Option<i64>,
    attempts: i64,
    sent_at: Option<i64>,
    delivered_at: Option<i64>,
    carrier_id: Option<String>,
    failure_code: Option<String>,
    failure_reason: Option<String>,
    carrier_status: Option<String>,
    encoding: String,
    segments: i64,
    order_id: Option<String>,
}

impl MessageRow {
    pub(crate) fn into_message(self) -> Result<Message> {
        let encoding = match self.encoding.as_str() {
            "GSM-7" => Encoding::Gsm7,
            "UCS-2" => Encoding::Ucs2,
            other => return Err(corrupt(format!("unknown encoding {other:?}"))),
        };
        let failure = match (self.failure_code, self.failure_reason) {
            (None, None) => None,
            (code, reason) => Some(Failure {
                code,
                reason: reason.unwrap_or_default(),
            }),
        };
        Ok(Message {
            id: MessageId::from_uuid(self.message_id),
            shop_id: ShopId::from_uuid(self.shop_id),
            customer_id: CustomerId::from_uuid(self.customer_id),
            direction: direction(&self.direction)?,
            origin: parsed(Origin::parse(&self.origin), "origin", &self.origin)?,
            status: parsed(MessageStatus::parse(&self.status), "status", &self.status)?,
            body: self.body,
            created_at: time(self.created_at)?,
            send_at: opt_time(self.send_at)?,
            claimed_at: opt_time(self.claimed_at)?,
            attempts: u32::try_from(self.attempts).unwrap_or(u32::MAX),
            sent_at: opt_time(self.sent_at)?,
            delivered_at: opt_time(self.delivered_at)?,
            carrier_id: self.carrier_id,
            failure,
            carrier_status: self.carrier_status,
            encoding,
            segments: u32::try_from(self.segments).unwrap_or(u32::MAX),
            order_id: self.order_id.map(OrderId),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct OrderRow {
    shop_id: Uuid,
    order_id: String,
    customer_id: Uuid,
    number: Option<String>,
    status: String,
    total_minor: i64,
    currency: String,
    item_count: i64,
    url: Option<String>,
    created_at: i64,
    updated_at: i64,
}

impl OrderRow {
    pub(crate) fn into_order(self) -> Result<Order> {
        Ok(Order {
            id: OrderId(self.order_id),
            shop_id: ShopId::from_uuid(self.shop_id),
            customer_id: CustomerId::from_uuid(self.customer_id),
            number: self.number,
            status: parsed(
                OrderStatus::parse(&self.status),
                "order status",
                &self.status,
            )?,
            total_minor: self.total_minor,
            currency: self.currency,
            item_count: u32::try_from(self.item_count).unwrap_or(u32::MAX),
            url: self.url,
            created_at: time(self.created_at)?,
            updated_at: time(self.updated_at)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ConsentRow {
    shop_id: Uuid,
    event_id: Uuid,
    customer_id: Uuid,
    change: String,
    source: String,
    message_id: Option<Uuid>,
    text: Option<String>,
    rule: Option<String>,
    carrier_code: Option<String>,
    actor: Option<String>,
    at: i64,
}

impl ConsentRow {
    pub(crate) fn into_event(self) -> Result<ConsentEvent> {
        let change = match self.change.as_str() {
            "subscribed" => ConsentChange::Subscribed,
            "unsubscribed" => ConsentChange::Unsubscribed,
            other => return Err(corrupt(format!("unknown consent change {other:?}"))),
        };
        Ok(ConsentEvent {
            id: ConsentEventId::from_uuid(self.event_id),
            shop_id: ShopId::from_uuid(self.shop_id),
            customer_id: CustomerId::from_uuid(self.customer_id),
            change,
            source: parsed(
                ConsentSource::parse(&self.source),
                "consent source",
                &self.source,
            )?,
            evidence: Evidence {
                message_id: self.message_id.map(MessageId::from_uuid),
                text: self.text,
                rule: self.rule,
                carrier_code: self.carrier_code,
                actor: self.actor,
            },
            at: time(self.at)?,
        })
    }
}

/// One row of a shop joined with one of its numbers (none for a shop without numbers).
#[derive(sqlx::FromRow)]
pub(crate) struct ShopRow {
    shop_id: Uuid,
    #[sqlx(rename = "shop_name")]
    name: String,
    #[sqlx(rename = "shop_time_zone")]
    time_zone: String,
    support_contact: Option<String>,
    number: Option<String>,
}

/// The shop the rows describe, numbers in order; `None` for no rows.
pub(crate) fn shop_from_rows(rows: Vec<ShopRow>) -> Result<Option<Shop>> {
    let mut rows = rows.into_iter();
    let Some(first) = rows.next() else {
        return Ok(None);
    };
    let mut numbers = Vec::new();
    if let Some(n) = &first.number {
        numbers.push(PhoneNumber::from_stored(n)?);
    }
    for row in rows {
        if let Some(n) = &row.number {
            numbers.push(PhoneNumber::from_stored(n)?);
        }
    }
    Ok(Some(Shop {
        id: ShopId::from_uuid(first.shop_id),
        name: first.name,
        numbers,
        time_zone: time_zone(&first.time_zone)?,
        support_contact: first.support_contact,
    }))
}
