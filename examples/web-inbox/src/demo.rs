//! Demo mode: a shop with a dozen customers, and a phone to text in as one of them.

use std::sync::Arc;

use async_trait::async_trait;
use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use serde_json::json;
use sms_inbox::{
    AutomationKind, Carrier, CarrierError, Customer, CustomerId, Direction, InboundSms, Inbox,
    ManualClock, Message, MessageStatus, Order, OrderId, OrderStatus, Origin, OutboundSms,
    PhoneNumber, SendReceipt, Shop, SimulatedCarrier, StatusReport, Store,
};

use crate::api::ApiResult;
use crate::events::{EventKind, InboxEvent};
use crate::views::{CustomerView, MessageView};
use crate::{ApiError, AppState};

/// The demo shop's number.
pub const SHOP_NUMBER: &str = "+14155550100";

/// The demo shop's name.
pub const SHOP_NAME: &str = "Acme Socks";

/// The demo's carrier: a [`SimulatedCarrier`] whose ids are unique for good.
///
/// `SimulatedCarrier` numbers its ids from `SIM…0001` in every instance, so a restarted
/// demo on the same database file would hand out an id the store already holds (its
/// carrier ids are unique per shop). This one answers with an id made from the
/// message's own id, shaped like Twilio's (`SM` and 32 hex digits).
#[derive(Debug, Default)]
pub struct DemoCarrier {
    inner: Arc<SimulatedCarrier>,
}

impl DemoCarrier {
    /// A demo carrier over `inner`, which records what is sent and scripts failures.
    pub fn new(inner: Arc<SimulatedCarrier>) -> Self {
        Self { inner }
    }
}

#[async_trait]
impl Carrier for DemoCarrier {
    async fn send(&self, sms: &OutboundSms) -> Result<SendReceipt, CarrierError> {
        let mut receipt = self.inner.send(sms).await?;
        receipt.carrier_id = format!("SM{}", sms.message_id.to_string().replace('-', ""));
        Ok(receipt)
    }
}

/// The demo shop: found by its number in `store`, or written with its customers,
/// threads, orders and planned reminders when the store has none. The threads' ages
/// count back from `now`.
pub async fn shop(store: Arc<dyn Store>, now: DateTime<Utc>) -> sms_inbox::Result<Shop> {
    let number = PhoneNumber::parse_international(SHOP_NUMBER)?;
    if let Some(shop) = store.shop_for_number(&number).await? {
        return Ok(shop);
    }
    let mut shop = Shop::new(SHOP_NAME, vec![number], chrono_tz::America::Los_Angeles);
    shop.support_contact = Some("help@acme-socks.example".into());
    Seeder::new(store, now).write(&shop).await?;
    Ok(shop)
}

/// Writes the demo data through an inbox whose clock is moved back and forth, so every
/// message has the time a real one would have.
struct Seeder {
    inbox: Inbox,
    clock: Arc<ManualClock>,
    carrier: Arc<SimulatedCarrier>,
    now: DateTime<Utc>,
}

impl Seeder {
    fn new(store: Arc<dyn Store>, now: DateTime<Utc>) -> Self {
        let clock = Arc::new(ManualClock::new(now));
        let carrier = Arc::new(SimulatedCarrier::new());
        let inbox = Inbox::builder(store, Arc::new(DemoCarrier::new(carrier.clone())))
            .clock(clock.clone())
            .build();
        Self {
            inbox,
            clock,
            carrier,
            now,
        }
    }

    fn at(&self, ago: Duration) {
        self.clock.set(self.now - ago);
    }

    async fn customer(
        &self,
        shop: &Shop,
        n: u32,
        name: Option<&str>,
    ) -> sms_inbox::Result<Customer> {
        let phone = PhoneNumber::parse_international(&format!("+1415555{:04}", 100 + n))?;
        self.inbox
            .add_customer(shop.id, phone, name.map(str::to_owned))
            .await
    }

    async fn text_in(&self, shop: &Shop, c: &Customer, body: &str) -> sms_inbox::Result<()> {
        let sms = InboundSms::new(c.phone.clone(), shop.numbers[0].clone(), body);
        self.inbox.receive(sms).await.map(drop)
    }

    async fn reply(&self, shop: &Shop, c: &Customer, body: &str) -> sms_inbox::Result<Message> {
        self.inbox.reply(shop.id, c.id, body).await
    }

    async fn automated(
        &self,
        shop: &Shop,
        c: &Customer,
        kind: AutomationKind,
        body: &str,
        order: Option<&str>,
    ) -> sms_inbox::Result<Message> {
        self.inbox
            .send_automated(shop.id, c.id, kind, body, order.map(OrderId::from))
            .await
    }

    async fn delivered(&self, shop: &Shop, m: &Message, after: Duration) -> sms_inbox::Result<()> {
        let Some(carrier_id) = m.carrier_id.clone() else {
            return Ok(());
        };
        let report = StatusReport {
            carrier_id,
            status: Some(MessageStatus::Delivered),
            carrier_status: "delivered".into(),
            failure: None,
            at: m.created_at + after,
        };
        self.inbox.apply_status(shop.id, &report).await.map(drop)
    }

    async fn read(&self, shop: &Shop, c: &Customer) -> sms_inbox::Result<()> {
        self.inbox.mark_read(shop.id, c.id).await
    }

    #[allow(clippy::too_many_arguments)]
    async fn order(
        &self,
        shop: &Shop,
        c: &Customer,
        id: &str,
        number: Option<&str>,
        status: OrderStatus,
        total_minor: i64,
        items: u32,
    ) -> sms_inbox::Result<()> {
        let url = match number {
            Some(_) => format!("https://acme-socks.example/orders/{id}"),
            None => format!("https://acme-socks.example/cart/{id}"),
        };
        let order = Order {
            id: OrderId::from(id),
            shop_id: shop.id,
            customer_id: c.id,
            number: number.map(str::to_owned),
            status,
            total_minor,
            currency: "USD".into(),
            item_count: items,
            url: Some(url),
            created_at: self.clock_now(),
            updated_at: self.clock_now(),
        };
        self.inbox.record_order(shop.id, &order).await.map(drop)
    }

    fn clock_now(&self) -> DateTime<Utc> {
        sms_inbox::Clock::now(self.clock.as_ref())
    }

    async fn plan(
        &self,
        shop: &Shop,
        c: &Customer,
        body: &str,
        due_in: Duration,
        order: &str,
    ) -> sms_inbox::Result<()> {
        let mut message = Message::new(
            shop.id,
            c.id,
            Direction::Outbound,
            Origin::Automation(AutomationKind::AbandonedCart),
            MessageStatus::Planned,
            body,
            self.clock_now(),
        );
        message.send_at = Some(self.now + due_in);
        message.order_id = Some(OrderId::from(order));
        self.inbox.store().queue_outbound(shop.id, &message).await
    }

    async fn write(&self, shop: &Shop) -> sms_inbox::Result<()> {
        let h = Duration::hours;
        let m = Duration::minutes;
        let d = Duration::days;
        self.at(d(30));
        self.inbox.put_shop(shop).await?;
        use AutomationKind::{AbandonedCart, OrderUpdate};

        // Noah asked for HELP a week ago.
        self.at(d(8));
        let noah = self.customer(shop, 10, Some("Noah Williams")).await?;
        self.at(d(8) - m(3));
        self.text_in(shop, &noah, "HELP").await?;
        self.read(shop, &noah).await?;

        // Sofia said stop in her own words: unsubscribed, her planned reminder cancelled.
        self.at(d(6) + h(2));
        let sofia = self.customer(shop, 5, Some("Sofia García")).await?;
        self.order(
            shop,
            &sofia,
            "cart-5512",
            None,
            OrderStatus::CartPending,
            3_850,
            2,
        )
        .await?;
        let sent = self
            .automated(shop, &sofia, AbandonedCart, "Sofia, your wool socks are still in your cart: https://acme-socks.example/cart/cart-5512", Some("cart-5512"))
            .await?;
        self.delivered(shop, &sent, Duration::seconds(4)).await?;
        self.plan(
            shop,
            &sofia,
            "Last call, Sofia: your cart expires tonight",
            h(3),
            "cart-5512",
        )
        .await?;
        self.at(d(6));
        self.text_in(shop, &sofia, "please stop texting me").await?;
        self.read(shop, &sofia).await?;

        // Emma got a long order update (three segments).
        self.at(d(5));
        let emma = self.customer(shop, 11, Some("Emma Rossi")).await?;
        self.order(
            shop,
            &emma,
            "order-1031",
            Some("#1031"),
            OrderStatus::Delivered,
            6_400,
            4,
        )
        .await?;
        let sent = self
            .automated(shop, &emma, OrderUpdate, "Hi Emma, good news: order #1031 has been delivered. We hope the merino crew socks fit perfectly. If anything is not right, reply to this text and we will arrange a free exchange or a refund, no questions asked. Thank you for shopping with Acme Socks!", Some("order-1031"))
            .await?;
        self.delivered(shop, &sent, Duration::seconds(6)).await?;

        // Priya and the merchant chatted three days ago.
        self.at(d(3) + m(20));
        let priya = self.customer(shop, 3, Some("Priya Raman")).await?;
        self.text_in(shop, &priya, "Do the bamboo socks come in kids' sizes?")
            .await?;
        self.read(shop, &priya).await?;
        self.at(d(3) + m(12));
        let sent = self
            .reply(shop, &priya, "They do! Sizes 4–12, in six colours 🌈")
            .await?;
        self.delivered(shop, &sent, Duration::seconds(3)).await?;
        self.at(d(3));
        self.text_in(shop, &priya, "Perfect, thank you!").await?;
        self.read(shop, &priya).await?;

        // Aisha's order was paid two days ago.
        self.at(d(2));
        let aisha = self.customer(shop, 7, Some("Aisha Khan")).await?;
        self.order(
            shop,
            &aisha,
            "order-1038",
            Some("#1038"),
            OrderStatus::Paid,
            2_900,
            1,
        )
        .await?;
        let sent = self
            .automated(shop, &aisha, OrderUpdate, "Acme Socks: thanks Aisha, order #1038 is confirmed. We will text you when it ships.", Some("order-1038"))
            .await?;
        self.delivered(shop, &sent, Duration::seconds(2)).await?;

        // Tom's shipping update never reached his phone.
        self.at(d(1) + h(5));
        let tom = self.customer(shop, 6, Some("Tom Becker")).await?;
        self.order(
            shop,
            &tom,
            "order-1040",
            Some("#1040"),
            OrderStatus::Shipped,
            5_200,
            3,
        )
        .await?;
        self.carrier.fail_next(CarrierError::permanent(
            Some("30003"),
            "Unreachable destination handset: the phone is off or out of coverage",
        ));
        let failed = self
            .automated(
                shop,
                &tom,
                OrderUpdate,
                "Tom, order #1040 has shipped! Track it: https://acme-socks.example/t/1040",
                Some("order-1040"),
            )
            .await;
        debug_assert!(failed.is_err());

        // Liam has a cart, a reminder out yesterday and another one planned.
        self.at(d(1));
        let liam = self.customer(shop, 8, Some("Liam O'Connor")).await?;
        self.order(
            shop,
            &liam,
            "cart-5530",
            None,
            OrderStatus::CartPending,
            1_800,
            1,
        )
        .await?;
        let sent = self
            .automated(shop, &liam, AbandonedCart, "Liam, you left the hiking socks behind! Finish your order: https://acme-socks.example/cart/cart-5530", Some("cart-5530"))
            .await?;
        self.delivered(shop, &sent, Duration::seconds(5)).await?;
        self.plan(
            shop,
            &liam,
            "Still thinking it over? Here's 10% off your cart: SOCKS10",
            h(20),
            "cart-5530",
        )
        .await?;

        // Mei will stop by the store, which is not an opt-out.
        self.at(h(4) + m(10));
        let mei = self.customer(shop, 9, Some("Mei Chen")).await?;
        self.order(
            shop,
            &mei,
            "order-1041",
            Some("#1041"),
            OrderStatus::Fulfilled,
            2_400,
            2,
        )
        .await?;
        self.text_in(
            shop,
            &mei,
            "I'll stop by the store on Saturday to pick up my order",
        )
        .await?;
        self.read(shop, &mei).await?;
        self.at(h(4));
        let sent = self
            .reply(
                shop,
                &mei,
                "See you Saturday! It's ready at the front desk.",
            )
            .await?;
        self.delivered(shop, &sent, Duration::seconds(3)).await?;

        // Dana: a cart, a reminder, a question still unread, and a reminder planned.
        self.at(h(2) + m(30));
        let dana = self.customer(shop, 1, Some("Dana Whitfield")).await?;
        self.order(
            shop,
            &dana,
            "cart-5541",
            None,
            OrderStatus::CartPending,
            4_200,
            3,
        )
        .await?;
        self.at(h(2));
        let sent = self
            .automated(
                shop,
                &dana,
                AbandonedCart,
                "Dana, your socks are waiting: https://acme-socks.example/cart/cart-5541",
                Some("cart-5541"),
            )
            .await?;
        self.delivered(shop, &sent, Duration::seconds(4)).await?;
        self.plan(
            shop,
            &dana,
            "Last call: your cart expires tonight",
            h(22),
            "cart-5541",
        )
        .await?;
        self.at(d(40));
        self.order(
            shop,
            &dana,
            "order-0988",
            Some("#988"),
            OrderStatus::Delivered,
            2_100,
            2,
        )
        .await?;
        self.at(m(20));
        self.text_in(shop, &dana, "Is this still in stock in size M?")
            .await?;

        // An unknown number asks about gift cards.
        self.at(h(1));
        let stranger = self.customer(shop, 4, None).await?;
        self.at(h(1) - m(1));
        self.text_in(shop, &stranger, "Hi, do you sell gift cards?")
            .await?;

        // Jamal wants an exchange.
        self.at(d(4));
        let jamal = self.customer(shop, 12, Some("Jamal Brooks")).await?;
        self.order(
            shop,
            &jamal,
            "order-1035",
            Some("#1035"),
            OrderStatus::Delivered,
            3_300,
            2,
        )
        .await?;
        self.at(m(34));
        self.text_in(shop, &jamal, "The socks from #1035 are too small")
            .await?;
        self.at(m(33));
        self.text_in(shop, &jamal, "Can I exchange them for a size L?")
            .await?;

        // Marcus asks about his shipped order, twice.
        self.at(d(1) + h(2));
        let marcus = self.customer(shop, 2, Some("Marcus Lee")).await?;
        self.order(
            shop,
            &marcus,
            "order-1042",
            Some("#1042"),
            OrderStatus::Shipped,
            7_450,
            5,
        )
        .await?;
        let sent = self
            .automated(
                shop,
                &marcus,
                OrderUpdate,
                "Marcus, order #1042 is on its way 🚚 Track it: https://acme-socks.example/t/1042",
                Some("order-1042"),
            )
            .await?;
        self.delivered(shop, &sent, Duration::seconds(8)).await?;
        self.at(m(6));
        self.text_in(shop, &marcus, "Thanks! When will it arrive?")
            .await?;
        self.at(m(5));
        self.text_in(
            shop,
            &marcus,
            "Also, can I still change the delivery address?",
        )
        .await?;

        Ok(())
    }
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
