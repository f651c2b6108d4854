//! The product's story, end to end on the in-memory store and the simulated carrier:
//! a cart reminder, a question, a reply with an emoji, and an opt-out that ends it all.

use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use sms_inbox::storage::Store;
use sms_inbox::{
    AutomationKind, AutomationSettings, CartReminder, Clock, ConsentChange, ConsentSource,
    Encoding, Error, InboundSms, Inbox, ManualClock, MemoryStore, Message, MessageStatus, Order,
    OrderId, OrderStatus, Origin, PhoneNumber, Shop, SimulatedCarrier, Subscription, SystemReply,
    Template, ThreadQuery,
};

#[tokio::test]
async fn cart_reminder_question_reply_and_opt_out() {
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 2, 15, 0, 0).unwrap(),
    ));
    let store = Arc::new(MemoryStore::new());
    let carrier = Arc::new(SimulatedCarrier::new());
    // Two cart reminders: an hour after the cart, and a last call the next day (a second
    // reminder is beyond the carriers' default, so the shop opts in explicitly).
    let reminders = AutomationSettings::default()
        .with_cart_reminders(
            vec![
                CartReminder {
                    delay: Duration::hours(1),
                    template: Template::parse("{first_name}, your socks are waiting: {cart_url}")
                        .unwrap(),
                },
                CartReminder {
                    delay: Duration::hours(24),
                    template: Template::parse("Last call: your cart expires tonight").unwrap(),
                },
            ],
            true,
        )
        .unwrap();
    let inbox = Inbox::builder(store.clone(), carrier.clone())
        .clock(clock.clone())
        .automations(reminders)
        .build();

    let shop_number = PhoneNumber::parse("(415) 555-0100", "US").unwrap();
    let shop = Shop::new(
        "Acme Socks",
        vec![shop_number.clone()],
        chrono_tz::America::Los_Angeles,
    );
    inbox.put_shop(&shop).await.unwrap();
    let phone = PhoneNumber::parse("(415) 555-2671", "US").unwrap();
    let customer = inbox
        .add_customer(shop.id, phone.clone(), Some("Dana".into()))
        .await
        .unwrap();

    // A pending cart, shown beside the thread.
    let cart = Order {
        id: OrderId::from("cart-77"),
        shop_id: shop.id,
        customer_id: customer.id,
        number: None,
        status: OrderStatus::CartPending,
        total_minor: 4_200,
        currency: "USD".into(),
        item_count: 3,
        url: Some("https://acme.test/cart/77".into()),
        created_at: clock.now(),
        updated_at: clock.now(),
    };
    let recorded = inbox.record_order(shop.id, &cart).await.unwrap();
    assert_eq!(
        recorded.planned.len(),
        2,
        "both reminders are planned in the thread"
    );
    let planned = recorded.planned[1].clone();

    // An hour later the dispatcher sends the first reminder (16:00 UTC is 08:00 in
    // Los Angeles, inside the sending hours).
    clock.advance(Duration::hours(1));
    let report = inbox.dispatch_due(clock.now(), 10).await.unwrap();
    assert_eq!(report.sent, vec![recorded.planned[0].id]);
    let reminder = inbox
        .message(shop.id, recorded.planned[0].id)
        .await
        .unwrap();
    assert_eq!(reminder.status, MessageStatus::Sent);
    assert_eq!(
        reminder.origin,
        Origin::Automation(AutomationKind::AbandonedCart)
    );
    assert_eq!(
        reminder.body,
        "Dana, your socks are waiting: https://acme.test/cart/77"
    );

    // The customer asks a question: one unread.
    clock.advance(Duration::minutes(5));
    let got = inbox
        .receive(
            InboundSms::new(
                phone.clone(),
                shop_number.clone(),
                "is this still in stock?",
            )
            .with_carrier_id("SM00000000000000000000000000000001"),
        )
        .await
        .unwrap();
    assert!(got.reply.is_none());
    assert_eq!(inbox.unread_total(shop.id).await.unwrap(), 1);
    let page = inbox
        .threads(shop.id, &ThreadQuery::default())
        .await
        .unwrap();
    assert_eq!(page.threads.len(), 1);
    assert_eq!(page.threads[0].unread, 1);
    assert_eq!(page.threads[0].preview, "is this still in stock?");

    // The merchant opens the thread: reminder, question, then the planned message.
    let thread = inbox.thread(shop.id, customer.id).await.unwrap();
    let bodies: Vec<_> = thread.messages.iter().map(|m| m.status).collect();
    assert_eq!(
        bodies,
        [
            MessageStatus::Sent,
            MessageStatus::Received,
            MessageStatus::Planned
        ]
    );
    assert_eq!(thread.orders, vec![cart.clone()]);
    inbox.mark_read(shop.id, customer.id).await.unwrap();
    assert_eq!(inbox.unread_total(shop.id).await.unwrap(), 0);

    // ... and replies with an emoji: UCS-2, segment count recorded.
    clock.advance(Duration::minutes(2));
    let answer = inbox
        .reply(
            shop.id,
            customer.id,
            "Yes! Still in stock 🧦 want me to hold them?",
        )
        .await
        .unwrap();
    assert_eq!(answer.status, MessageStatus::Sent);
    assert_eq!(answer.encoding, Encoding::Ucs2);
    assert_eq!(answer.segments, 1);
    assert!(answer.carrier_id.is_some());

    // The customer says stop, in their own words.
    clock.advance(Duration::minutes(10));
    let got = inbox
        .receive(
            InboundSms::new(phone.clone(), shop_number.clone(), "stop texting me")
                .with_carrier_id("SM00000000000000000000000000000002"),
        )
        .await
        .unwrap();
    assert!(!got.customer.is_subscribed());
    match &got.customer.subscription {
        Subscription::Unsubscribed {
            source, evidence, ..
        } => {
            assert_eq!(*source, ConsentSource::Classifier);
            assert_eq!(evidence.text.as_deref(), Some("stop texting me"));
            assert_eq!(evidence.message_id, Some(got.message.id));
            assert!(evidence.rule.is_some());
        }
        other => panic!("still subscribed: {other:?}"),
    }
    assert_eq!(got.cancelled, vec![planned.id]);
    let confirmation = got.reply.expect("one confirmation");
    assert_eq!(
        confirmation.origin,
        Origin::System(SystemReply::OptOutConfirmation)
    );
    assert_eq!(confirmation.status, MessageStatus::Sent);

    // The same webhook delivered again changes nothing and sends nothing.
    let again = inbox
        .receive(
            InboundSms::new(phone.clone(), shop_number.clone(), "stop texting me")
                .with_carrier_id("SM00000000000000000000000000000002"),
        )
        .await
        .unwrap();
    assert!(again.duplicate);
    assert!(again.reply.is_none());
    // A second STOP in other words gets no second confirmation.
    let second = inbox
        .receive(InboundSms::new(phone.clone(), shop_number.clone(), "STOP"))
        .await
        .unwrap();
    assert!(second.reply.is_none());

    // Nothing more can be sent.
    let sent_before = carrier.sent().len();
    let refused = inbox
        .reply(shop.id, customer.id, "Sorry to see you go!")
        .await;
    assert!(
        matches!(refused, Err(Error::Unsubscribed { .. })),
        "{refused:?}"
    );
    let refused = inbox
        .send_automated(
            shop.id,
            customer.id,
            AutomationKind::AbandonedCart,
            "Your cart!",
            None,
        )
        .await;
    assert!(matches!(refused, Err(Error::Unsubscribed { .. })));
    assert!(matches!(
        store.queue_outbound(shop.id, &planned_copy(&planned)).await,
        Err(Error::Unsubscribed { .. })
    ));
    assert_eq!(carrier.sent().len(), sent_before);

    // What the carrier sent, in order: reminder, answer, confirmation.
    let sent: Vec<_> = carrier.sent().into_iter().map(|s| s.body).collect();
    assert_eq!(sent.len(), 3);
    assert!(sent[0].contains("socks are waiting"));
    assert!(sent[1].contains("🧦"));
    assert!(sent[2].contains("unsubscribed"));
    assert!(
        carrier
            .sent()
            .iter()
            .all(|s| s.to == phone && s.from == shop_number)
    );

    // The thread tells the whole story, and the ledger holds one opt-out.
    let thread = inbox.thread(shop.id, customer.id).await.unwrap();
    let planned_now = thread.messages.iter().find(|m| m.id == planned.id).unwrap();
    assert_eq!(planned_now.status, MessageStatus::Cancelled);
    assert_eq!(thread.unread, 2);
    let ledger = inbox.consent_history(shop.id, customer.id).await.unwrap();
    let changes: Vec<_> = ledger.iter().map(|e| (e.change, e.source)).collect();
    assert_eq!(
        changes,
        [
            (ConsentChange::Subscribed, ConsentSource::Checkout),
            (ConsentChange::Unsubscribed, ConsentSource::Classifier)
        ]
    );
    let page = inbox
        .threads(
            shop.id,
            &ThreadQuery {
                filter: sms_inbox::ThreadFilter::Unsubscribed,
                ..ThreadQuery::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(page.threads.len(), 1);
}

fn planned_copy(m: &Message) -> Message {
    let mut copy = m.clone();
    copy.id = sms_inbox::MessageId::new();
    copy.status = MessageStatus::Planned;
    copy
}
