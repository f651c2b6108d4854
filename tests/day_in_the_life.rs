//! A day in a shop's life on a fake clock, on every store: carts and their reminders, a
//! conversion that cancels its reminder, order updates, quiet-hour deferrals in two
//! time zones, a customer at the 3-per-24-hours cap, an opt-out in the middle of a
//! sequence, and two dispatchers racing on the same store. Every message's fate is
//! checked at the end.

mod common;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::America::{Los_Angeles, New_York};
use sms_inbox::{
    AutomationKind, AutomationSettings, CartReminder, Customer, DispatchReport, Error, InboundSms,
    Inbox, ManualClock, Message, MessageStatus, Order, OrderId, OrderStatus, Origin, PhoneNumber,
    SendPolicy, Shop, SimulatedCarrier, SystemReply, Template,
};

fn at(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    // Times are written in New York time, the shop's zone (EDT, UTC-4, in June).
    New_York
        .with_ymd_and_hms(2026, 6, day, hour, minute, 0)
        .unwrap()
        .with_timezone(&Utc)
}

struct Day {
    inbox: Inbox,
    second: Inbox,
    clock: Arc<ManualClock>,
    shop: Shop,
    reports: Vec<DispatchReport>,
}

impl Day {
    async fn customer(&self, n: u32, name: &str, tz: Option<chrono_tz::Tz>) -> Customer {
        let phone = PhoneNumber::parse_international(&format!("+1415555{:04}", 3000 + n)).unwrap();
        let c = self
            .inbox
            .add_customer(self.shop.id, phone, Some(name.into()))
            .await
            .unwrap();
        self.inbox
            .update_customer(self.shop.id, c.id, c.name, tz)
            .await
            .unwrap()
    }

    async fn order(&self, c: &Customer, id: &str, status: OrderStatus) -> sms_inbox::OrderRecorded {
        let now = sms_inbox::Clock::now(self.clock.as_ref());
        let order = Order {
            id: OrderId::from(id),
            shop_id: self.shop.id,
            customer_id: c.id,
            number: Some(format!("#{id}")),
            status,
            total_minor: 3_000,
            currency: "USD".into(),
            item_count: 2,
            url: Some(format!("https://acme.test/{id}")),
            created_at: now,
            updated_at: now,
        };
        self.inbox.record_order(self.shop.id, &order).await.unwrap()
    }

    /// Moves the clock to `until` in 15-minute ticks, with both dispatchers running at
    /// every tick.
    async fn run_until(&mut self, until: DateTime<Utc>) {
        loop {
            let now = sms_inbox::Clock::now(self.clock.as_ref());
            let (a, b) = tokio::join!(
                self.inbox.dispatch_due(now, 100),
                self.second.dispatch_due(now, 100)
            );
            self.reports.push(a.unwrap());
            self.reports.push(b.unwrap());
            if now >= until {
                break;
            }
            self.clock.advance(Duration::minutes(15));
        }
    }
}

async fn a_day_in_the_life(store: Arc<dyn sms_inbox::Store>) {
    let clock = Arc::new(ManualClock::new(at(10, 8, 45)));
    let carrier = Arc::new(SimulatedCarrier::new());
    let two_step = AutomationSettings::default()
        .with_cart_reminders(
            vec![
                CartReminder {
                    delay: Duration::hours(1),
                    template: Template::parse("{shop_name}: {first_name}, your cart: {cart_url}")
                        .unwrap(),
                },
                CartReminder {
                    delay: Duration::hours(24),
                    template: Template::parse("{shop_name}: last call for your cart").unwrap(),
                },
            ],
            true,
        )
        .unwrap()
        .with_policy(SendPolicy::florida());
    let build = || {
        Inbox::builder(store.clone(), carrier.clone())
            .clock(clock.clone())
            .automations(two_step.clone())
            .build()
    };
    let shop_number = PhoneNumber::parse_international("+14155550100").unwrap();
    let shop = Shop::new("Acme", vec![shop_number.clone()], New_York);
    let mut day = Day {
        inbox: build(),
        second: build(),
        clock: clock.clone(),
        shop,
        reports: Vec::new(),
    };
    day.inbox.put_shop(&day.shop).await.unwrap();

    // Customers. Ana's zone is Los Angeles; the others fall back to the shop's.
    let ana = day.customer(1, "Ana", Some(Los_Angeles)).await;
    let ben = day.customer(2, "Ben", None).await;
    let cleo = day.customer(3, "Cleo", None).await;
    let dan = day.customer(4, "Dan", None).await;
    let eve = day.customer(5, "Eve", None).await;

    // 08:45 — ready; 09:00 — carts and orders come in.
    day.run_until(at(10, 9, 0)).await;
    let ana_cart = day
        .order(&ana, "ana-cart", OrderStatus::CartPending)
        .await
        .planned;
    // 10:00 in New York is 07:00 in Los Angeles: the first reminder waits for 08:00 there.
    assert_eq!(ana_cart[0].send_at, Some(at(10, 11, 0)));

    let cleo_cart = day
        .order(&cleo, "cleo-cart", OrderStatus::CartPending)
        .await;
    assert_eq!(cleo_cart.planned.len(), 2);
    let eve_cart = day.order(&eve, "eve-cart", OrderStatus::CartPending).await;
    let dan_placed = day.order(&dan, "dan-1", OrderStatus::Placed).await;
    assert_eq!(dan_placed.planned.len(), 1);
    day.run_until(at(10, 9, 30)).await;

    // 09:30 — Cleo checks out: her reminders are cancelled, her confirmation planned.
    let converted = day.order(&cleo, "cleo-cart", OrderStatus::Placed).await;
    let cleo_reminders: HashSet<_> = cleo_cart.planned.iter().map(|m| m.id).collect();
    assert_eq!(
        converted.cancelled.iter().copied().collect::<HashSet<_>>(),
        cleo_reminders
    );
    assert_eq!(converted.planned.len(), 1);
    day.run_until(at(10, 10, 0)).await;
    // 10:00 — Dan's order ships; 11:00 it is delivered and he starts a new cart: the
    // cart reminder at 12:00 would be his fourth automated text in 24 hours.
    day.order(&dan, "dan-1", OrderStatus::Shipped).await;
    day.run_until(at(10, 11, 0)).await;
    day.order(&dan, "dan-1", OrderStatus::Delivered).await;
    let dan_cart = day.order(&dan, "dan-cart", OrderStatus::CartPending).await;
    day.run_until(at(10, 11, 30)).await;

    // 11:30 — Eve got her first reminder at 10:00 and tells the shop to stop.
    let got = day
        .inbox
        .receive(InboundSms::new(
            eve.phone.clone(),
            shop_number.clone(),
            "please stop texting me",
        ))
        .await
        .unwrap();
    assert!(!got.customer.is_subscribed());
    let eve_second = eve_cart.planned[1].id;
    assert_eq!(
        got.cancelled,
        vec![eve_second],
        "the rest of her sequence is cancelled"
    );
    let refused = day.inbox.reply(day.shop.id, eve.id, "Sorry!").await;
    assert!(matches!(refused, Err(Error::Unsubscribed { .. })));

    // 19:30 — Ben leaves a cart; its reminder at 20:30 is past Florida's 20:00.
    day.run_until(at(10, 19, 30)).await;
    let ben_cart = day.order(&ben, "ben-cart", OrderStatus::CartPending).await;
    assert_eq!(
        ben_cart.planned[0].send_at,
        Some(at(11, 8, 0)),
        "deferred to 08:00"
    );

    // Through the night to 13:00 the next day.
    day.run_until(at(11, 13, 0)).await;

    // Fates.
    let store = day.inbox.store().clone();
    let shop_id = day.shop.id;
    let fate = |m: &Message| {
        let store = store.clone();
        let id = m.id;
        async move { store.message(shop_id, id).await.unwrap() }
    };
    let sent_ids: Vec<_> = carrier.sent().iter().map(|s| s.message_id).collect();
    let unique: HashSet<_> = sent_ids.iter().copied().collect();
    assert_eq!(
        sent_ids.len(),
        unique.len(),
        "two dispatchers sent a message twice"
    );

    let ana_first = fate(&ana_cart[0]).await;
    assert_eq!(ana_first.status, MessageStatus::Sent);
    assert_eq!(
        ana_first.sent_at,
        Some(at(10, 11, 0)),
        "08:00 in Los Angeles"
    );
    let ana_second = fate(&ana_cart[1]).await;
    assert_eq!(ana_second.status, MessageStatus::Sent);
    assert_eq!(
        ana_second.sent_at,
        Some(at(11, 11, 0)),
        "24 hours later is 06:00 in Los Angeles: held until 08:00 there"
    );

    for m in &cleo_cart.planned {
        assert_eq!(
            fate(m).await.status,
            MessageStatus::Cancelled,
            "converted cart"
        );
    }
    let cleo_update = fate(&converted.planned[0]).await;
    assert_eq!(cleo_update.status, MessageStatus::Sent);
    assert_eq!(
        cleo_update.origin,
        Origin::Automation(AutomationKind::OrderUpdate)
    );

    let dan_reminder = fate(&dan_cart.planned[0]).await;
    assert_eq!(dan_reminder.status, MessageStatus::Sent);
    assert_eq!(
        dan_reminder.sent_at,
        Some(at(11, 9, 0)),
        "held until the first of his three texts was 24 hours old"
    );
    assert!(
        day.reports
            .iter()
            .any(|r| r.deferred.iter().any(|(id, _)| *id == dan_reminder.id))
    );

    let eve_first = fate(&eve_cart.planned[0]).await;
    assert_eq!(eve_first.status, MessageStatus::Sent);
    assert_eq!(
        fate(&eve_cart.planned[1]).await.status,
        MessageStatus::Cancelled
    );
    let to_eve: Vec<_> = carrier
        .sent()
        .into_iter()
        .filter(|s| s.to == eve.phone)
        .collect();
    assert_eq!(
        to_eve.len(),
        2,
        "the first reminder and the one confirmation"
    );
    let eve_thread = day.inbox.thread(day.shop.id, eve.id).await.unwrap();
    let confirmations = eve_thread
        .messages
        .iter()
        .filter(|m| m.origin == Origin::System(SystemReply::OptOutConfirmation))
        .count();
    assert_eq!(confirmations, 1);

    let ben_first = fate(&ben_cart.planned[0]).await;
    assert_eq!(ben_first.status, MessageStatus::Sent);
    assert_eq!(ben_first.sent_at, Some(at(11, 8, 0)));
    assert_eq!(
        fate(&ben_cart.planned[1]).await.status,
        MessageStatus::Planned
    );

    // Per customer, what went out.
    let mut per_customer: HashMap<String, usize> = HashMap::new();
    for s in carrier.sent() {
        *per_customer.entry(s.to.e164().to_owned()).or_default() += 1;
    }
    assert_eq!(per_customer[ana.phone.e164()], 2);
    assert_eq!(per_customer[cleo.phone.e164()], 1);
    assert_eq!(
        per_customer[dan.phone.e164()],
        5,
        "placed, shipped, delivered, then both cart reminders once the cap allowed"
    );
    assert_eq!(per_customer[ben.phone.e164()], 1);

    // The merchant's review and the statistics see Eve's opt-out.
    let review = day
        .inbox
        .classifier_opt_outs(day.shop.id, None, 10)
        .await
        .unwrap();
    assert_eq!(review.len(), 1);
    assert_eq!(review[0].customer_id, eve.id);
    assert_eq!(
        review[0].evidence.text.as_deref(),
        Some("please stop texting me")
    );
    let stats = day
        .inbox
        .stats(day.shop.id, at(10, 0, 0), at(12, 0, 0))
        .await
        .unwrap();
    assert_eq!(stats.opt_outs, 1);
    let cart_counts = stats
        .by_origin
        .iter()
        .find(|(o, _)| *o == Origin::Automation(AutomationKind::AbandonedCart))
        .map(|(_, c)| *c)
        .unwrap();
    assert_eq!(cart_counts.opt_outs, 1, "attributed to the cart reminder");
    assert_eq!(
        cart_counts.sent, 6,
        "Ana's and Dan's two reminders, Eve's and Ben's first"
    );
    let mut export = Vec::new();
    let lines = day
        .inbox
        .export_consent(day.shop.id, &mut export)
        .await
        .unwrap();
    assert_eq!(lines, 6, "five opt-ins and Eve's opt-out");
    assert_eq!(String::from_utf8(export).unwrap().lines().count(), 6);
}

macro_rules! on_every_store {
    ($($backend:ident),+) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $backend() {
                let Some(fixture) = common::$backend().await else { return };
                a_day_in_the_life(fixture.store.clone()).await;
            }
        )+
    };
}

on_every_store!(memory, sqlite_file, postgres);
