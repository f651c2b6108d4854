//! The demo shop's last few weeks, played through the library as they would have
//! happened: a clock moved back and forth, orders and carts recorded so the automations
//! plan their texts, and the dispatcher run when those texts came due.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::America::{Chicago, Denver, New_York};
use chrono_tz::Tz;
use sms_inbox::{
    AutomationSettings, CarrierError, Customer, InboundSms, Inbox, ManualClock, MessageId,
    MessageStatus, Order, OrderId, OrderRecorded, OrderStatus, PhoneNumber, Shop, SimulatedCarrier,
    StatusReport, Store,
};

/// Writes the demo shop and its story into `store`; `now` is the story's present.
pub(super) async fn write(
    store: Arc<dyn Store>,
    settings: AutomationSettings,
    shop: &Shop,
    now: DateTime<Utc>,
) -> sms_inbox::Result<()> {
    let clock = Arc::new(ManualClock::new(now));
    let carrier = Arc::new(SimulatedCarrier::new());
    let inbox = Inbox::builder(store, carrier.clone())
        .clock(clock.clone())
        .automations(settings)
        .build();
    let story = Story {
        inbox,
        clock,
        carrier,
        shop,
        now,
    };
    story.play().await
}

/// The inbox the story is written through, with its clock and carrier.
struct Story<'a> {
    inbox: Inbox,
    clock: Arc<ManualClock>,
    carrier: Arc<SimulatedCarrier>,
    shop: &'a Shop,
    now: DateTime<Utc>,
}

impl Story<'_> {
    fn at(&self, ago: Duration) {
        self.clock.set(self.now - ago);
    }

    fn clock_now(&self) -> DateTime<Utc> {
        sms_inbox::Clock::now(self.clock.as_ref())
    }

    async fn customer(
        &self,
        n: u32,
        name: Option<&str>,
        time_zone: Option<Tz>,
    ) -> sms_inbox::Result<Customer> {
        let phone = PhoneNumber::parse_international(&format!("+1415555{:04}", 100 + n))?;
        let name = name.map(str::to_owned);
        let customer = self
            .inbox
            .add_customer(self.shop.id, phone, name.clone())
            .await?;
        match time_zone {
            Some(tz) => {
                self.inbox
                    .update_customer(self.shop.id, customer.id, name, Some(tz))
                    .await
            }
            None => Ok(customer),
        }
    }

    /// The customer texts the shop; an automatic reply (help, opt-out confirmation) is
    /// delivered a few seconds later.
    async fn text_in(&self, c: &Customer, body: &str) -> sms_inbox::Result<()> {
        let sms = InboundSms::new(c.phone.clone(), self.shop.numbers[0].clone(), body);
        let received = self.inbox.receive(sms).await?;
        if let Some(reply) = received.reply {
            self.delivered(reply.id, Duration::seconds(3)).await?;
        }
        Ok(())
    }

    async fn reply(&self, c: &Customer, body: &str) -> sms_inbox::Result<()> {
        let sent = self.inbox.reply(self.shop.id, c.id, body).await?;
        self.delivered(sent.id, Duration::seconds(3)).await
    }

    async fn read(&self, c: &Customer) -> sms_inbox::Result<()> {
        self.inbox.mark_read(self.shop.id, c.id).await
    }

    /// The carrier reports a sent message delivered `after` it was sent.
    async fn delivered(&self, id: MessageId, after: Duration) -> sms_inbox::Result<()> {
        let message = self.inbox.message(self.shop.id, id).await?;
        let (Some(carrier_id), MessageStatus::Sent) = (message.carrier_id, message.status) else {
            return Ok(());
        };
        let report = StatusReport {
            carrier_id,
            status: Some(MessageStatus::Delivered),
            carrier_status: "delivered".into(),
            failure: None,
            at: message.sent_at.unwrap_or(message.created_at) + after,
        };
        self.inbox
            .apply_status(self.shop.id, &report)
            .await
            .map(drop)
    }

    /// A new order (with its number) or cart (without) of `c`, created now.
    fn order(
        &self,
        c: &Customer,
        id: &str,
        number: Option<&str>,
        status: OrderStatus,
        total_minor: i64,
        items: u32,
    ) -> Order {
        let now = self.clock_now();
        let mut order = Order {
            id: OrderId::from(id),
            shop_id: self.shop.id,
            customer_id: c.id,
            number: None,
            status,
            total_minor,
            currency: "USD".into(),
            item_count: items,
            url: Some(format!("https://acme-socks.example/cart/{id}")),
            created_at: now,
            updated_at: now,
        };
        if let Some(number) = number {
            number_order(&mut order, number);
        }
        order
    }

    /// Records an order change now; the automations plan (and cancel) what it calls for.
    async fn record(&self, order: &Order) -> sms_inbox::Result<OrderRecorded> {
        self.inbox.record_order(self.shop.id, order).await
    }

    /// Moves `order` to `status` now (a checked-out cart gets its order number) and
    /// records it.
    async fn change(
        &self,
        order: &mut Order,
        status: OrderStatus,
        number: Option<&str>,
    ) -> sms_inbox::Result<OrderRecorded> {
        order.status = status;
        order.updated_at = self.clock_now();
        if let Some(number) = number {
            number_order(order, number);
        }
        self.record(order).await
    }

    /// Runs the dispatcher at the planned time of each planned text that came due before
    /// the story's present, and has the carrier deliver what it sent. Texts due later
    /// stay planned: the server's dispatcher sends them when their time comes.
    async fn dispatch(&self, recorded: &OrderRecorded) -> sms_inbox::Result<()> {
        for planned in &recorded.planned {
            let Some(at) = planned.send_at.filter(|at| *at <= self.now) else {
                continue;
            };
            self.clock.set(at);
            let report = self.inbox.dispatch_due(at, 100).await?;
            for id in report.sent {
                self.delivered(id, Duration::seconds(5)).await?;
            }
        }
        Ok(())
    }

    async fn play(&self) -> sms_inbox::Result<()> {
        let h = Duration::hours;
        let m = Duration::minutes;
        let d = Duration::days;
        use OrderStatus::{CartPending, Delivered, Fulfilled, Paid, Placed, Shipped};
        self.at(d(60));
        self.inbox.put_shop(self.shop).await?;

        // Dana bought socks last month; the delivery text went out then.
        self.at(d(40));
        let dana = self
            .customer(1, Some("Dana Whitfield"), Some(Chicago))
            .await?;
        let mut order = self.order(&dana, "order-988", Some("988"), Placed, 2_100, 2);
        let placed = self.record(&order).await?;
        self.dispatch(&placed).await?;
        self.at(d(38));
        let delivered = self.change(&mut order, Delivered, None).await?;
        self.dispatch(&delivered).await?;

        // Liam ordered last week; the confirmation went out.
        self.at(d(9));
        let liam = self
            .customer(8, Some("Liam O'Connor"), Some(New_York))
            .await?;
        let order = self.order(&liam, "order-1036", Some("1036"), Placed, 3_600, 3);
        let placed = self.record(&order).await?;
        self.dispatch(&placed).await?;

        // Noah asked for HELP a week ago.
        self.at(d(8));
        let noah = self.customer(10, Some("Noah Williams"), None).await?;
        self.at(d(8) - m(3));
        self.text_in(&noah, "HELP").await?;
        self.read(&noah).await?;

        // Sofia's order arrived; then she left a cart, and before its reminder went out
        // she said stop in her own words: unsubscribed, the reminder cancelled.
        self.at(d(7));
        let sofia = self.customer(5, Some("Sofia García"), Some(Denver)).await?;
        let mut order = self.order(&sofia, "order-1029", Some("1029"), Shipped, 5_100, 3);
        let shipped = self.record(&order).await?;
        self.dispatch(&shipped).await?;
        self.at(d(6) + h(20));
        let delivered = self.change(&mut order, Delivered, None).await?;
        self.dispatch(&delivered).await?;
        self.at(d(6) + m(20));
        let cart = self.order(&sofia, "cart-5512", None, CartPending, 3_850, 2);
        self.record(&cart).await?;
        self.at(d(6));
        self.text_in(&sofia, "please stop texting me").await?;
        self.read(&sofia).await?;

        // Emma's order shipped, then arrived: two updates, the second one long.
        self.at(d(6));
        let emma = self
            .customer(11, Some("Emma Rossi"), Some(New_York))
            .await?;
        let mut order = self.order(&emma, "order-1031", Some("1031"), Shipped, 6_400, 4);
        let shipped = self.record(&order).await?;
        self.dispatch(&shipped).await?;
        self.at(d(5));
        let delivered = self.change(&mut order, Delivered, None).await?;
        self.dispatch(&delivered).await?;

        // Jamal's order arrived four days ago.
        self.at(d(4));
        let jamal = self
            .customer(12, Some("Jamal Brooks"), Some(Chicago))
            .await?;
        let order = self.order(&jamal, "order-1035", Some("1035"), Delivered, 3_300, 2);
        let delivered = self.record(&order).await?;
        self.dispatch(&delivered).await?;

        // Priya and the merchant chatted three days ago.
        self.at(d(3) + m(20));
        let priya = self.customer(3, Some("Priya Raman"), None).await?;
        self.text_in(&priya, "Do the bamboo socks come in kids' sizes?")
            .await?;
        self.read(&priya).await?;
        self.at(d(3) + m(12));
        self.reply(&priya, "They do! Sizes 4–12, in six colours 🌈")
            .await?;
        self.at(d(3));
        self.text_in(&priya, "Perfect, thank you!").await?;
        self.read(&priya).await?;

        // Tom's order was confirmed; its shipping update never reached his phone.
        self.at(d(3));
        let tom = self.customer(6, Some("Tom Becker"), Some(New_York)).await?;
        let mut order = self.order(&tom, "order-1040", Some("1040"), Placed, 5_200, 3);
        let placed = self.record(&order).await?;
        self.dispatch(&placed).await?;
        self.at(d(1) + h(5));
        let shipped = self.change(&mut order, Shipped, None).await?;
        self.carrier.fail_next(CarrierError::permanent(
            Some("30003"),
            "Unreachable destination handset: the phone is off or out of coverage",
        ));
        self.dispatch(&shipped).await?;

        // Aisha left a cart and checked out a quarter of an hour later: the reminder
        // was cancelled, the confirmation sent.
        self.at(d(2) + m(40));
        let aisha = self.customer(7, Some("Aisha Khan"), Some(Chicago)).await?;
        let mut order = self.order(&aisha, "cart-5520", None, CartPending, 2_900, 1);
        self.record(&order).await?;
        self.at(d(2) + m(25));
        let placed = self.change(&mut order, Placed, Some("1038")).await?;
        self.dispatch(&placed).await?;
        self.at(d(2) + m(24));
        self.change(&mut order, Paid, None).await?;

        // Marcus asks about his shipped order, twice.
        self.at(d(1) + h(2));
        let marcus = self.customer(2, Some("Marcus Lee"), Some(New_York)).await?;
        let order = self.order(&marcus, "order-1042", Some("1042"), Shipped, 7_450, 5);
        let shipped = self.record(&order).await?;
        self.dispatch(&shipped).await?;
        self.at(m(6));
        self.text_in(&marcus, "Thanks! When will it arrive?")
            .await?;
        self.at(m(5));
        self.text_in(&marcus, "Also, can I still change the delivery address?")
            .await?;

        // Mei will stop by the store, which is not an opt-out.
        self.at(h(4) + m(10));
        let mei = self.customer(9, Some("Mei Chen"), None).await?;
        let order = self.order(&mei, "order-1041", Some("1041"), Fulfilled, 2_400, 2);
        self.record(&order).await?;
        self.text_in(
            &mei,
            "I'll stop by the store on Saturday to pick up my order",
        )
        .await?;
        self.read(&mei).await?;
        self.at(h(4));
        self.reply(&mei, "See you Saturday! It's ready at the front desk.")
            .await?;

        // An unknown number asks about gift cards.
        self.at(h(1));
        let stranger = self.customer(4, None, None).await?;
        self.at(h(1) - m(1));
        self.text_in(&stranger, "Hi, do you sell gift cards?")
            .await?;

        // Liam left a cart just under an hour ago: its reminder goes out in a few
        // minutes (or, at night, when his morning comes).
        self.at(m(58));
        let cart = self.order(&liam, "cart-5546", None, CartPending, 1_800, 1);
        self.record(&cart).await?;

        // Dana left a cart and asked a question, still unread; her reminder is planned.
        self.at(m(40));
        let cart = self.order(&dana, "cart-5541", None, CartPending, 4_200, 3);
        self.record(&cart).await?;
        self.at(m(20));
        self.text_in(&dana, "Is this still in stock in size M?")
            .await?;

        // Jamal wants an exchange.
        self.at(m(34));
        self.text_in(&jamal, "The socks from #1035 are too small")
            .await?;
        self.at(m(33));
        self.text_in(&jamal, "Can I exchange them for a size L?")
            .await?;

        Ok(())
    }
}

/// Gives a checked-out order its number and the link to it.
fn number_order(order: &mut Order, number: &str) {
    order.number = Some(format!("#{number}"));
    order.url = Some(format!("https://acme-socks.example/orders/{number}"));
}
