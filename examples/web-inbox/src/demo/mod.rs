//! Demo mode: a shop with a dozen customers, and a phone to text in as one of them.

mod story;

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use serde_json::json;
use sms_inbox::automation::{AutomationSettings, CartReminder, Template};
use sms_inbox::{
    CustomerId, InboundSms, Message, MessageStatus, OrderStatus, PhoneNumber, SendPolicy, Shop,
    StatusReport, Store,
};

use crate::api::ApiResult;
use crate::events::{EventKind, InboxEvent};
use crate::views::{CustomerView, MessageView};
use crate::{ApiError, AppState};

/// The demo shop's number.
pub const SHOP_NUMBER: &str = "+14155550100";

/// The demo shop's name.
pub const SHOP_NAME: &str = "Acme Socks";

/// The demo shop's automations: one cart reminder an hour after the cart (what carriers
/// allow), order updates in the shop's own words, and the federal sending hours
/// (08:00 to 21:00 in the customer's time zone). The server and the demo data use the
/// same settings, so what the data plans is what the dispatcher sends.
pub fn automations() -> sms_inbox::Result<AutomationSettings> {
    let t = Template::parse;
    let reminder = CartReminder {
        delay: Duration::hours(1),
        template: t(
            "{shop_name}: Hi {first_name}, your {item_count} item(s) are still in \
                     your cart: {cart_url} Reply STOP to opt out.",
        )?,
    };
    Ok(AutomationSettings::default()
        .with_cart_reminders(vec![reminder], false)?
        .with_order_updates(vec![
            (
                OrderStatus::Placed,
                t(
                    "{shop_name}: Thanks {first_name}! Order {order_number} is confirmed. \
                   We will text you when it ships.",
                )?,
            ),
            (
                OrderStatus::Shipped,
                t("{shop_name}: Order {order_number} has shipped! Track it: {order_url}")?,
            ),
            (
                OrderStatus::Delivered,
                t(
                    "{shop_name}: Hi {first_name}, order {order_number} was delivered. If \
                   anything does not fit, reply to this text and we will arrange a free \
                   exchange or a refund, no questions asked. Thank you for shopping with us!",
                )?,
            ),
            (
                OrderStatus::Cancelled,
                t("{shop_name}: Order {order_number} was cancelled.")?,
            ),
        ])
        .with_policy(SendPolicy::federal()))
}

/// The demo shop: found by its number in `store`, or written with its customers,
/// threads and orders when the store has none. The threads' ages count back from
/// `now`; orders and carts go through [`sms_inbox::Inbox::record_order`], so the
/// reminders and order updates in the threads are the ones `settings` plan, sent when
/// they came due before `now` and still planned otherwise.
pub async fn shop(
    store: Arc<dyn Store>,
    settings: AutomationSettings,
    now: DateTime<Utc>,
) -> sms_inbox::Result<Shop> {
    let number = PhoneNumber::parse_international(SHOP_NUMBER)?;
    if let Some(shop) = store.shop_for_number(&number).await? {
        return Ok(shop);
    }
    let mut shop = Shop::new(SHOP_NAME, vec![number], chrono_tz::America::Los_Angeles);
    shop.support_contact = Some("help@acme-socks.example".into());
    story::write(store, settings, &shop, now).await?;
    Ok(shop)
}

/// The body of `POST /api/demo/inbound`.
#[derive(Debug, Deserialize)]
pub struct DemoText {
    /// The customer who texts (their thread's id).
    pub customer_id: String,
    /// What they text.
    pub body: String,
}

/// `POST /api/demo/inbound`: the customer texts the shop, as from their phone. Answers
/// how the inbox read it and the customer's subscription after it. Only in demo mode.
pub async fn inbound(
    State(state): State<AppState>,
    body: Result<Json<DemoText>, JsonRejection>,
) -> ApiResult {
    if !state.options().demo_phone {
        return Err(ApiError::not_found(
            "the demo phone is off: it is served in demo mode only",
        ));
    }
    let Json(text) = body?;
    let customer: CustomerId = text.customer_id.parse()?;
    if text.body.trim().is_empty() {
        return Err(sms_inbox::Error::EmptyBody.into());
    }
    let shop = state.shop();
    let customer = state.inbox().store().customer(shop.id, customer).await?;
    let Some(to) = shop.numbers.first().cloned() else {
        return Err(sms_inbox::Error::Invalid {
            field: "shop numbers",
            reason: "the shop has no number to text".into(),
        }
        .into());
    };
    let received = state
        .inbox()
        .receive(InboundSms::new(customer.phone.clone(), to, text.body))
        .await?;
    crate::twilio::notify_received(&state, &received);
    if let Some(reply) = &received.reply {
        schedule_delivery(&state, reply);
    }
    Ok(Json(json!({
        "intent": received.classification.intent.as_str(),
        "rule": received.classification.rule,
        "customer": CustomerView::from(&received.customer),
        "message": MessageView::from(&received.message),
        "reply": received.reply.as_ref().map(MessageView::from),
        "cancelled": received.cancelled.len(),
    })))
}

/// In demo mode, reports a sent message delivered a moment later, as a carrier's
/// status callback would.
pub fn schedule_delivery(state: &AppState, message: &Message) {
    let Some(delay) = state.options().simulate_delivery else {
        return;
    };
    let Some(carrier_id) = message.carrier_id.clone() else {
        return;
    };
    if message.status != MessageStatus::Sent {
        return;
    }
    let state = state.clone();
    let customer = message.customer_id;
    tokio::spawn(async move {
        tokio::time::sleep(delay).await;
        let report = StatusReport {
            carrier_id,
            status: Some(MessageStatus::Delivered),
            carrier_status: "delivered".into(),
            failure: None,
            at: Utc::now(),
        };
        match state.inbox().apply_status(state.shop().id, &report).await {
            Ok(_) => state.notify(InboxEvent::new(EventKind::Status, customer)),
            Err(e) => tracing::warn!(error = %e, "simulated delivery report not applied"),
        }
    });
}
