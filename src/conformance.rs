//! The conformance suite every [`Store`] must pass.
//!
//! Each check takes an `Arc<dyn Store>` and panics with a message naming the broken
//! invariant. Checks create their own shops, so they can share one store and run in
//! parallel. A host that writes its own store runs them from its tests:
//!
//! ```
//! # tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap().block_on(async {
//! use std::sync::Arc;
//! use sms_inbox::{MemoryStore, conformance};
//!
//! conformance::run_all(Arc::new(MemoryStore::new())).await;
//! # });
//! ```
//!
//! Behind the `conformance` feature; **not covered by semver**: checks are added as the
//! invariants grow.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, Duration, SubsecRound, Utc};

use crate::error::Error;
use crate::model::{
    ConsentChange, ConsentEvent, ConsentSource, Customer, CustomerId, Direction, Evidence, Failure,
    Message, MessageId, MessageStatus, Order, OrderId, OrderStatus, Origin, Shop, Subscription,
    SystemReply, ThreadFilter, ThreadQuery,
};
use crate::phone::PhoneNumber;
use crate::storage::{InboundChanges, InboundOutcome, InboundText, StatusUpdate, Store};

/// Runs every check in turn.
pub async fn run_all(store: Arc<dyn Store>) {
    shops_route_by_number(&store).await;
    customers_are_found_or_added_once(&store).await;
    inbound_routes_by_number(&store).await;
    concurrent_first_texts_add_one_customer(&store).await;
    tenancy(&store).await;
    consent_gate(&store).await;
    opt_out_is_total(&store).await;
    consent_changes_only_when_they_change(&store).await;
    inbound_is_idempotent(&store).await;
    concurrent_duplicates_are_stored_once(&store).await;
    unread_counts_are_exact(&store).await;
    concurrent_receives_lose_no_unread(&store).await;
    status_only_moves_forward(&store).await;
    opt_out_races_sends(&store).await;
    opt_out_by_text_races_sends_and_texts(&store).await;
    replies_respect_their_repeat_window(&store).await;
    threads_page_newest_first(&store).await;
    thread_messages_page_newest_first(&store).await;
    orders_upsert(&store).await;
    dispatch_claims_and_releases(&store).await;
    concurrent_claims_take_each_message_once(&store).await;
    ledger_reads_filter_and_page(&store).await;
    stats_count_by_origin(&store).await;
    opt_out_confirmation_survives_a_retry(&store).await;
}

fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

/// A phone number unlikely to repeat across checks sharing a store.
fn random_phone() -> PhoneNumber {
    loop {
        let n = 2_000_000 + uuid::Uuid::now_v7().as_u128() % 8_000_000;
        if let Ok(phone) = PhoneNumber::parse_international(&format!("+1415{n}")) {
            return phone;
        }
    }
}

async fn new_shop(store: &Arc<dyn Store>) -> Shop {
    let mut shop = Shop::new("Conformance shop", vec![random_phone()], chrono_tz::UTC);
    shop.support_contact = Some("help@example.test".into());
    store.put_shop(&shop).await.expect("put_shop");
    shop
}

async fn new_customer(store: &Arc<dyn Store>, shop: &Shop) -> Customer {
    let at = now();
    let new = Customer {
        id: CustomerId::new(),
        shop_id: shop.id,
        phone: random_phone(),
        name: Some("Dana".into()),
        time_zone: Some(chrono_tz::America::Chicago),
        subscription: Subscription::Subscribed {
            since: at,
            source: ConsentSource::Checkout,
        },
        created_at: at,
    };
    store
        .customer_for_phone(shop.id, &new)
        .await
        .expect("customer_for_phone")
}

fn outbound(customer: &Customer, status: MessageStatus, body: &str) -> Message {
    let mut m = Message::new(
        customer.shop_id,
        customer.id,
        Direction::Outbound,
        Origin::Manual,
        status,
        body,
        now(),
    );
    if status == MessageStatus::Planned {
        m.origin = Origin::Automation(crate::AutomationKind::AbandonedCart);
        m.send_at = Some(now() + Duration::hours(1));
    }
    m
}

/// A text and what it changes, as the checks record it.
#[derive(Debug, Clone)]
struct Inbound {
    text: InboundText,
    changes: InboundChanges,
}

/// A text from `customer` to the first number of `shop`, changing nothing else.
fn inbound(shop: &Shop, customer: &Customer, body: &str, carrier_id: Option<&str>) -> Inbound {
    Inbound {
        text: text_from(shop, &customer.phone, body, carrier_id),
        changes: InboundChanges::default(),
    }
}

/// A text from `from` to the first number of `shop`; a new sender is subscribed since now.
fn text_from(shop: &Shop, from: &PhoneNumber, body: &str, carrier_id: Option<&str>) -> InboundText {
    let at = now();
    InboundText {
        to: shop.numbers[0].clone(),
        from: from.clone(),
        first_seen: Subscription::Subscribed {
            since: at,
            source: ConsentSource::InboundText,
        },
        id: MessageId::new(),
        body: body.into(),
        carrier_id: carrier_id.map(str::to_owned),
        received_at: at,
    }
}

/// Records a text, with a builder of its changes only when it has any.
async fn record(store: &Arc<dyn Store>, rec: Inbound) -> crate::Result<InboundOutcome> {
    let Inbound { text, changes } = rec;
    if changes.consent.is_none() && changes.reply.is_none() {
        return store.record_inbound(&text, None).await;
    }
    store
        .record_inbound(&text, Some(&move |_, _| changes.clone()))
        .await
}

fn opt_out(customer: &Customer, source: ConsentSource) -> ConsentEvent {
    ConsentEvent::new(
        customer.shop_id,
        customer.id,
        ConsentChange::Unsubscribed,
        source,
        Evidence {
            text: Some("stop".into()),
            rule: Some("keyword:stop".into()),
            ..Evidence::default()
        },
        now(),
    )
}

fn sid() -> String {
    format!("SM{}", uuid::Uuid::now_v7().simple())
}

fn is_not_found<T: std::fmt::Debug>(r: crate::Result<T>) -> bool {
    matches!(r, Err(Error::NotFound { .. }))
}

/// Shops are saved, read back, updated, and found by their numbers; a number cannot
/// belong to two shops.
pub async fn shops_route_by_number(store: &Arc<dyn Store>) {
    let mut shop = new_shop(store).await;
    assert_eq!(
        store.shop(shop.id).await.expect("shop"),
        shop,
        "shop reads back"
    );
    let routed = store
        .shop_for_number(&shop.numbers[0])
        .await
        .expect("route");
    assert_eq!(routed.map(|s| s.id), Some(shop.id), "routes by number");
    assert!(
        store
            .shop_for_number(&random_phone())
            .await
            .expect("route")
            .is_none(),
        "an unknown number routes nowhere"
    );
    let second = random_phone();
    shop.numbers.push(second.clone());
    shop.name = "Renamed".into();
    store.put_shop(&shop).await.expect("update shop");
    assert_eq!(
        store.shop(shop.id).await.expect("shop"),
        shop,
        "update reads back"
    );
    let other = Shop::new("Other", vec![second], chrono_tz::UTC);
    assert!(
        matches!(store.put_shop(&other).await, Err(Error::Invalid { .. })),
        "a number cannot belong to two shops"
    );
    assert!(
        is_not_found(store.shop(other.id).await),
        "the refused shop was not saved"
    );
}

/// `customer_for_phone` adds a customer once and then returns the same one.
pub async fn customers_are_found_or_added_once(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    assert_eq!(store.customer(shop.id, c.id).await.expect("customer"), c);
    let mut again = c.clone();
    again.id = CustomerId::new();
    again.name = Some("Someone else".into());
    let found = store
        .customer_for_phone(shop.id, &again)
        .await
        .expect("find");
    assert_eq!(found, c, "the same phone is the same customer");
    let mut stray = c.clone();
    stray.id = CustomerId::new();
    let renamed = store
        .update_customer(shop.id, c.id, None, Some(chrono_tz::Europe::Paris))
        .await
        .expect("update");
    assert_eq!(
        (renamed.name.as_deref(), renamed.time_zone),
        (None, Some(chrono_tz::Europe::Paris))
    );
    assert_eq!(store.customer(shop.id, c.id).await.expect("read"), renamed);
    assert!(is_not_found(
        store
            .update_customer(crate::ShopId::new(), c.id, None, None)
            .await
    ));
    let unknown_shop = crate::ShopId::new();
    assert!(
        is_not_found(store.customer_for_phone(unknown_shop, &stray).await),
        "no customer in a shop that does not exist"
    );
}

/// Inbound texts go to the shop that owns the number they were sent to. An unknown
/// number is refused before anything is built or written; a first text from a new phone
/// adds the sender as a customer, once, with their first consent event; the same phone
/// texting two shops is two customers.
pub async fn inbound_routes_by_number(store: &Arc<dyn Store>) {
    let a = new_shop(store).await;
    let b = new_shop(store).await;
    let phone = random_phone();

    let built = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut nowhere = text_from(&a, &phone, "hello?", None);
    nowhere.to = random_phone();
    let seen = built.clone();
    let refused = store
        .record_inbound(
            &nowhere,
            Some(&move |_, _| {
                seen.store(true, std::sync::atomic::Ordering::SeqCst);
                InboundChanges::default()
            }),
        )
        .await;
    assert!(
        matches!(refused, Err(Error::UnknownNumber { .. })),
        "an unknown number is refused: {refused:?}"
    );
    assert!(
        !built.load(std::sync::atomic::Ordering::SeqCst),
        "nothing is built for an unknown number"
    );

    let first_text = text_from(&a, &phone, "hi, is this the shop?", Some(&sid()));
    let first = store
        .record_inbound(&first_text, None)
        .await
        .expect("first text");
    assert_eq!(first.shop, a.id, "routed to the shop that owns the number");
    assert!(!first.duplicate);
    let customer = first.customer.clone();
    assert_eq!(
        (customer.shop_id, &customer.phone, customer.is_subscribed()),
        (a.id, &phone, true),
        "the sender is added as a subscribed customer of the shop"
    );
    assert_eq!(
        (first.message.id, first.message.customer_id),
        (first_text.id, customer.id)
    );
    assert_eq!(
        store.customer(a.id, customer.id).await.expect("customer"),
        customer,
        "returned as stored"
    );
    let again = store
        .record_inbound(&text_from(&a, &phone, "hello again", None), None)
        .await
        .expect("second text");
    assert_eq!(
        again.customer, customer,
        "the same phone is the same customer"
    );
    let history = store
        .consent_history(a.id, customer.id)
        .await
        .expect("history");
    assert_eq!(history.len(), 1, "one first consent event");
    assert_eq!(
        (history[0].change, history[0].source, history[0].at),
        (
            ConsentChange::Subscribed,
            ConsentSource::InboundText,
            first_text.received_at
        )
    );
    assert_eq!(store.unread(a.id, customer.id).await.expect("unread"), 2);

    // The same phone's first text to shop B is an opt-out: a second customer, added and
    // unsubscribed in one step.
    let stop = text_from(&b, &phone, "STOP", None);
    let at_b = store
        .record_inbound(
            &stop,
            Some(&|_, c: &Customer| InboundChanges {
                consent: Some(opt_out(c, ConsentSource::Keyword)),
                ..InboundChanges::default()
            }),
        )
        .await
        .expect("text to B");
    assert_eq!((at_b.shop, at_b.customer.shop_id), (b.id, b.id));
    assert_ne!(
        at_b.customer.id, customer.id,
        "the same phone at another shop is another customer"
    );
    assert!(!at_b.customer.is_subscribed(), "the first text opted out");
    let history_b = store
        .consent_history(b.id, at_b.customer.id)
        .await
        .expect("history B");
    assert_eq!(
        history_b.iter().map(|e| e.change).collect::<Vec<_>>(),
        [ConsentChange::Subscribed, ConsentChange::Unsubscribed]
    );
    assert_eq!(store.unread(a.id, customer.id).await.expect("unread A"), 2);
    assert_eq!(
        store
            .unread(b.id, at_b.customer.id)
            .await
            .expect("unread B"),
        1
    );
    assert!(is_not_found(store.customer(b.id, customer.id).await));
    assert!(
        store
            .customer(a.id, customer.id)
            .await
            .expect("customer A")
            .is_subscribed(),
        "B's opt-out is not A's"
    );
}

/// 8 first texts at once from a phone the shop does not know add one customer, with one
/// first consent event, and every text lands in their thread.
pub async fn concurrent_first_texts_add_one_customer(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let phone = random_phone();
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let store = store.clone();
            let text = text_from(&shop, &phone, &format!("first text {i}"), Some(&sid()));
            tokio::spawn(async move { store.record_inbound(&text, None).await })
        })
        .collect();
    let mut customers = HashSet::new();
    for t in tasks {
        let outcome = t.await.expect("task").expect("first text");
        assert!(!outcome.duplicate);
        customers.insert(outcome.customer.id);
    }
    assert_eq!(customers.len(), 1, "one customer for one phone");
    let id = customers.into_iter().next().expect("customer");
    assert_eq!(store.unread(shop.id, id).await.expect("unread"), 8);
    let msgs = store
        .messages(shop.id, id, None, 50)
        .await
        .expect("messages");
    assert_eq!(msgs.len(), 8, "every text is kept");
    let history = store.consent_history(shop.id, id).await.expect("history");
    assert_eq!(history.len(), 1, "one first consent event");
}

/// Shop B can neither read nor change shop A's records: it sees "not found".
pub async fn tenancy(store: &Arc<dyn Store>) {
    let a = new_shop(store).await;
    let b = new_shop(store).await;
    let ca = new_customer(store, &a).await;
    let sid_a = sid();
    let rec = inbound(&a, &ca, "hello from A", Some(&sid_a));
    let msg_a = rec.text.id;
    record(store, rec).await.expect("inbound A");
    let order = test_order(&ca, "A-1");
    store.put_order(a.id, &order).await.expect("order A");

    assert!(is_not_found(store.customer(b.id, ca.id).await), "customer");
    assert!(is_not_found(store.message(b.id, msg_a).await), "message");
    assert!(
        is_not_found(store.message_by_carrier_id(b.id, &sid_a).await),
        "carrier id"
    );
    assert!(
        is_not_found(store.messages(b.id, ca.id, None, 10).await),
        "messages"
    );
    assert!(
        is_not_found(store.consent_history(b.id, ca.id).await),
        "consent history"
    );
    assert!(is_not_found(store.orders(b.id, ca.id).await), "orders");
    assert!(is_not_found(store.unread(b.id, ca.id).await), "unread");
    assert!(
        is_not_found(store.mark_read(b.id, ca.id).await),
        "mark_read"
    );
    let update = StatusUpdate::new(MessageStatus::Delivered, now());
    assert!(
        is_not_found(store.update_status(b.id, msg_a, &update).await),
        "update_status"
    );
    let mut cross = opt_out(&ca, ConsentSource::Merchant);
    cross.shop_id = b.id;
    assert!(
        is_not_found(store.record_consent(b.id, &cross).await),
        "record_consent"
    );
    let mut cross_msg = outbound(&ca, MessageStatus::Queued, "from B");
    cross_msg.shop_id = b.id;
    assert!(
        is_not_found(store.queue_outbound(b.id, &cross_msg).await),
        "queue_outbound"
    );
    let into_b = text_from(&b, &ca.phone, "into B", None);
    let for_a = opt_out(&ca, ConsentSource::Keyword);
    assert!(
        matches!(
            store
                .record_inbound(
                    &into_b,
                    Some(&move |_, _| InboundChanges {
                        consent: Some(for_a.clone()),
                        ..InboundChanges::default()
                    })
                )
                .await,
            Err(Error::Invalid { .. })
        ),
        "record_inbound refuses changes for another shop's customer"
    );
    let mut cross_order = order.clone();
    cross_order.shop_id = b.id;
    assert!(
        is_not_found(store.put_order(b.id, &cross_order).await),
        "put_order"
    );
    let page = store
        .threads(b.id, &ThreadQuery::default())
        .await
        .expect("threads B");
    assert!(page.threads.is_empty(), "B lists none of A's threads");
    assert_eq!(store.unread_total(b.id).await.expect("unread B"), 0);
    let ledger_b = store
        .consent_events(
            b.id,
            &crate::storage::ConsentQuery {
                limit: 10,
                ..Default::default()
            },
        )
        .await
        .expect("ledger B");
    assert!(
        ledger_b.is_empty(),
        "the refused text added no customer to B"
    );

    // Nothing B tried reached A.
    let ca_now = store.customer(a.id, ca.id).await.expect("customer A");
    assert!(ca_now.is_subscribed(), "A's customer is still subscribed");
    assert_eq!(store.unread(a.id, ca.id).await.expect("unread A"), 1);
    let msgs = store
        .messages(a.id, ca.id, None, 10)
        .await
        .expect("messages A");
    assert_eq!(msgs.len(), 1, "A's thread holds only its own message");
    assert_eq!(msgs[0].status, MessageStatus::Received);
    assert_eq!(
        store.orders(a.id, ca.id).await.expect("orders A"),
        vec![order]
    );
}

fn test_order(customer: &Customer, id: &str) -> Order {
    let at = now();
    Order {
        id: OrderId::from(id),
        shop_id: customer.shop_id,
        customer_id: customer.id,
        number: Some(format!("#{id}")),
        status: OrderStatus::Placed,
        total_minor: 1_999,
        currency: "USD".into(),
        item_count: 2,
        url: Some("https://shop.example.test/o/1".into()),
        created_at: at,
        updated_at: at,
    }
}

/// No outbound message is stored for an unsubscribed customer.
pub async fn consent_gate(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    store
        .record_consent(shop.id, &opt_out(&c, ConsentSource::Merchant))
        .await
        .expect("opt out");
    for status in [
        MessageStatus::Planned,
        MessageStatus::Queued,
        MessageStatus::Sending,
    ] {
        let m = outbound(&c, status, "refused");
        let r = store.queue_outbound(shop.id, &m).await;
        assert!(
            matches!(r, Err(Error::Unsubscribed { .. })),
            "{status:?} to an unsubscribed customer: {r:?}"
        );
        assert!(
            is_not_found(store.message(shop.id, m.id).await),
            "nothing written"
        );
    }
}

/// An opt-out cancels every planned and queued message of the customer, and only those.
pub async fn opt_out_is_total(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let other = new_customer(store, &shop).await;
    let planned = outbound(&c, MessageStatus::Planned, "planned");
    let queued = outbound(&c, MessageStatus::Queued, "queued");
    let sending = outbound(&c, MessageStatus::Sending, "sending");
    let others = outbound(&other, MessageStatus::Planned, "someone else's");
    for m in [&planned, &queued, &sending, &others] {
        store.queue_outbound(shop.id, m).await.expect("queue");
    }
    let outcome = store
        .record_consent(shop.id, &opt_out(&c, ConsentSource::Classifier))
        .await
        .expect("opt out");
    let cancelled: HashSet<MessageId> = outcome.cancelled.iter().copied().collect();
    assert_eq!(
        cancelled,
        HashSet::from([planned.id, queued.id]),
        "cancelled set"
    );
    assert!(!outcome.customer.is_subscribed());
    for (m, want) in [
        (&planned, MessageStatus::Cancelled),
        (&queued, MessageStatus::Cancelled),
        (&sending, MessageStatus::Sending),
        (&others, MessageStatus::Planned),
    ] {
        let got = store.message(shop.id, m.id).await.expect("message").status;
        assert_eq!(got, want, "{} after the opt-out", m.body);
    }
    let read = store.customer(shop.id, c.id).await.expect("customer");
    match read.subscription {
        Subscription::Unsubscribed {
            source, evidence, ..
        } => {
            assert_eq!(source, ConsentSource::Classifier);
            assert_eq!(
                evidence.rule.as_deref(),
                Some("keyword:stop"),
                "evidence kept"
            );
        }
        s => panic!("still subscribed: {s:?}"),
    }
}

/// A consent event that does not change the subscription writes nothing; the ledger
/// holds each change once, in order.
pub async fn consent_changes_only_when_they_change(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let first = opt_out(&c, ConsentSource::Keyword);
    store
        .record_consent(shop.id, &first)
        .await
        .expect("opt out");
    store
        .record_consent(shop.id, &opt_out(&c, ConsentSource::Merchant))
        .await
        .expect("second opt out");
    let back_in = ConsentEvent::new(
        shop.id,
        c.id,
        ConsentChange::Subscribed,
        ConsentSource::Keyword,
        Evidence {
            text: Some("START".into()),
            ..Evidence::default()
        },
        now() + Duration::seconds(1),
    );
    let outcome = store
        .record_consent(shop.id, &back_in)
        .await
        .expect("opt in");
    assert!(outcome.customer.is_subscribed());
    let history = store.consent_history(shop.id, c.id).await.expect("history");
    assert_eq!(
        history.len(),
        3,
        "the first opt-in and one entry per change"
    );
    assert_eq!(
        (history[0].change, history[0].source),
        (ConsentChange::Subscribed, ConsentSource::Checkout),
        "adding the customer recorded their opt-in"
    );
    assert_eq!(history[1..], [first, back_in], "oldest first");
}

/// The same inbound carrier id twice is one message, counted once; the second time
/// changes nothing, not even consent.
pub async fn inbound_is_idempotent(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let carrier_id = sid();
    let first = record(store, inbound(&shop, &c, "hi", Some(&carrier_id)))
        .await
        .expect("first");
    assert!(!first.duplicate);
    let mut again = inbound(&shop, &c, "STOP", Some(&carrier_id));
    again.changes.consent = Some(opt_out(&c, ConsentSource::Keyword));
    let second = record(store, again).await.expect("second");
    assert!(second.duplicate, "second delivery is a duplicate");
    assert_eq!(
        second.message.id, first.message.id,
        "returns the first copy"
    );
    assert!(
        second.customer.is_subscribed(),
        "a duplicate changes no consent"
    );
    assert_eq!(store.unread(shop.id, c.id).await.expect("unread"), 1);
    assert_eq!(
        store
            .messages(shop.id, c.id, None, 10)
            .await
            .expect("msgs")
            .len(),
        1
    );
}

/// The same carrier id delivered by 8 tasks at once is stored once and counted once.
pub async fn concurrent_duplicates_are_stored_once(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let carrier_id = sid();
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let store = store.clone();
            let rec = inbound(&shop, &c, "are you open today?", Some(&carrier_id));
            tokio::spawn(async move { record(&store, rec).await })
        })
        .collect();
    let mut fresh = 0;
    for t in tasks {
        let outcome = t.await.expect("task").expect("record_inbound");
        fresh += usize::from(!outcome.duplicate);
    }
    assert_eq!(fresh, 1, "exactly one delivery is new");
    assert_eq!(
        store.unread(shop.id, c.id).await.expect("unread"),
        1,
        "counted once"
    );
    let msgs = store
        .messages(shop.id, c.id, None, 50)
        .await
        .expect("messages");
    assert_eq!(msgs.len(), 1, "stored once");
}

/// Unread counts equal the inbound messages since the thread was last marked read;
/// outbound messages never count.
pub async fn unread_counts_are_exact(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let d = new_customer(store, &shop).await;
    for _ in 0..3 {
        record(store, inbound(&shop, &c, "c", None))
            .await
            .expect("in");
    }
    record(store, inbound(&shop, &d, "d", None))
        .await
        .expect("in");
    store
        .queue_outbound(shop.id, &outbound(&c, MessageStatus::Sending, "reply"))
        .await
        .expect("out");
    assert_eq!(store.unread(shop.id, c.id).await.expect("unread"), 3);
    assert_eq!(store.unread_total(shop.id).await.expect("total"), 4);
    store.mark_read(shop.id, c.id).await.expect("mark");
    assert_eq!(store.unread(shop.id, c.id).await.expect("unread"), 0);
    assert_eq!(store.unread_total(shop.id).await.expect("total"), 1);
    record(store, inbound(&shop, &c, "again", None))
        .await
        .expect("in");
    assert_eq!(store.unread(shop.id, c.id).await.expect("unread"), 1);
    let unread_page = store
        .threads(
            shop.id,
            &ThreadQuery {
                filter: ThreadFilter::Unread,
                ..ThreadQuery::default()
            },
        )
        .await
        .expect("threads");
    let counts: Vec<u32> = unread_page.threads.iter().map(|t| t.unread).collect();
    assert_eq!(counts.iter().sum::<u32>(), 2);
    assert!(is_not_found(store.unread_total(crate::ShopId::new()).await));
}

/// 8 tasks receiving at once into one thread lose no unread count, and a read mark
/// taken in the middle leaves exactly the messages after it.
pub async fn concurrent_receives_lose_no_unread(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let store = store.clone();
            let shop = shop.clone();
            let c = c.clone();
            tokio::spawn(async move {
                for j in 0..5 {
                    let rec = inbound(&shop, &c, &format!("{i}-{j}"), Some(&sid()));
                    record(&store, rec).await.expect("inbound");
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("task");
    }
    assert_eq!(store.unread(shop.id, c.id).await.expect("unread"), 40);
    store.mark_read(shop.id, c.id).await.expect("mark");
    for _ in 0..3 {
        record(store, inbound(&shop, &c, "later", None))
            .await
            .expect("in");
    }
    assert_eq!(store.unread(shop.id, c.id).await.expect("unread"), 3);
}

/// Delivery status only moves forward, whatever order the updates arrive in; the
/// carrier's word and the failure are kept.
pub async fn status_only_moves_forward(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let orders: [&[MessageStatus]; 4] = [
        &[MessageStatus::Sent, MessageStatus::Delivered],
        &[MessageStatus::Delivered, MessageStatus::Sent],
        &[
            MessageStatus::Undelivered,
            MessageStatus::Sent,
            MessageStatus::Delivered,
        ],
        &[
            MessageStatus::Failed,
            MessageStatus::Sending,
            MessageStatus::Delivered,
        ],
    ];
    for sequence in orders {
        let m = outbound(&c, MessageStatus::Sending, "status");
        store.queue_outbound(shop.id, &m).await.expect("queue");
        let carrier_id = sid();
        let mut first = true;
        for status in sequence {
            let mut update = StatusUpdate::new(*status, now());
            update.carrier_status = Some(status.as_str().to_owned());
            if first {
                update.carrier_id = Some(carrier_id.clone());
                first = false;
            }
            if matches!(status, MessageStatus::Undelivered | MessageStatus::Failed) {
                update.failure = Some(Failure {
                    code: Some("30003".into()),
                    reason: "Unreachable destination handset".into(),
                });
            }
            store
                .update_status(shop.id, m.id, &update)
                .await
                .expect("update");
        }
        let final_status = sequence.iter().fold(MessageStatus::Sending, |s, n| {
            if s.can_become(*n) { *n } else { s }
        });
        let got = store.message(shop.id, m.id).await.expect("message");
        assert_eq!(got.status, final_status, "after {sequence:?}");
        assert_eq!(got.carrier_id.as_deref(), Some(carrier_id.as_str()));
        assert_eq!(
            got.carrier_status.as_deref(),
            sequence.last().map(|s| s.as_str()),
            "the carrier's last word is kept"
        );
        if matches!(
            final_status,
            MessageStatus::Undelivered | MessageStatus::Failed
        ) {
            assert_eq!(got.failure.and_then(|f| f.code).as_deref(), Some("30003"));
        }
        let by_sid = store
            .message_by_carrier_id(shop.id, &carrier_id)
            .await
            .expect("by sid");
        assert_eq!(by_sid.id, m.id);
    }
    let m = outbound(&c, MessageStatus::Sending, "unknown word");
    store.queue_outbound(shop.id, &m).await.expect("queue");
    let update = StatusUpdate {
        status: None,
        carrier_status: Some("partially_delivered".into()),
        at: now(),
        carrier_id: None,
        failure: None,
    };
    let got = store
        .update_status(shop.id, m.id, &update)
        .await
        .expect("update");
    assert_eq!(
        got.status,
        MessageStatus::Sending,
        "an unknown status is not guessed"
    );
    assert_eq!(got.carrier_status.as_deref(), Some("partially_delivered"));
}

/// 8 tasks queue replies and planned messages for one customer while another task
/// records an opt-out: no message is stored for sending after the opt-out committed,
/// and nothing planned or queued survives it.
pub async fn opt_out_races_sends(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let done = Arc::new(std::sync::Mutex::new(None::<Instant>));
    let senders: Vec<_> = (0..8)
        .map(|i| {
            let store = store.clone();
            let c = c.clone();
            let done = done.clone();
            tokio::spawn(async move {
                let mut late_successes = 0;
                for j in 0..10 {
                    let status = if (i + j) % 2 == 0 {
                        MessageStatus::Planned
                    } else {
                        MessageStatus::Sending
                    };
                    let started = Instant::now();
                    let after_opt_out = done
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .is_some_and(|d| d < started);
                    match store
                        .queue_outbound(c.shop_id, &outbound(&c, status, "race"))
                        .await
                    {
                        Ok(()) if after_opt_out => late_successes += 1,
                        Ok(()) | Err(Error::Unsubscribed { .. }) => {}
                        Err(e) => panic!("queue_outbound failed: {e}"),
                    }
                    tokio::task::yield_now().await;
                }
                late_successes
            })
        })
        .collect();
    tokio::task::yield_now().await;
    let outcome = store
        .record_consent(shop.id, &opt_out(&c, ConsentSource::Keyword))
        .await
        .expect("opt out");
    *done.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
    assert!(!outcome.customer.is_subscribed());
    for s in senders {
        assert_eq!(
            s.await.expect("sender"),
            0,
            "stored after the opt-out committed"
        );
    }
    let msgs = store
        .messages(shop.id, c.id, None, 1000)
        .await
        .expect("messages");
    let pending = msgs.iter().filter(|m| m.status.is_pending()).count();
    assert_eq!(
        pending, 0,
        "a planned or queued message survived the opt-out"
    );
    assert!(
        msgs.iter().all(|m| m.status != MessageStatus::Planned),
        "every planned message is cancelled"
    );
}

/// An opt-out by text races 8 senders, each also texting in as the customer: nothing is
/// stored for sending after the opt-out returned, no planned or queued message survives
/// it, its confirmation is stored, a text received after it sees the customer
/// unsubscribed, and every text is counted unread.
pub async fn opt_out_by_text_races_sends_and_texts(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let done = Arc::new(std::sync::Mutex::new(None::<Instant>));
    let after = |done: &std::sync::Mutex<Option<Instant>>, started: Instant| {
        done.lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some_and(|d| d < started)
    };
    let senders: Vec<_> = (0..8)
        .map(|i| {
            let store = store.clone();
            let shop = shop.clone();
            let c = c.clone();
            let done = done.clone();
            tokio::spawn(async move {
                let mut late = 0;
                for j in 0..5 {
                    let status = if (i + j) % 2 == 0 {
                        MessageStatus::Planned
                    } else {
                        MessageStatus::Queued
                    };
                    let started = Instant::now();
                    match store
                        .queue_outbound(c.shop_id, &outbound(&c, status, "race"))
                        .await
                    {
                        Ok(()) if after(&done, started) => late += 1,
                        Ok(()) | Err(Error::Unsubscribed { .. }) => {}
                        Err(e) => panic!("queue_outbound failed: {e}"),
                    }
                    let started = Instant::now();
                    let text = record(&store, inbound(&shop, &c, "is it shipped?", Some(&sid())))
                        .await
                        .expect("text");
                    if after(&done, started) && text.customer.is_subscribed() {
                        late += 1;
                    }
                }
                late
            })
        })
        .collect();
    tokio::task::yield_now().await;
    let mut stop = inbound(&shop, &c, "STOP", Some(&sid()));
    stop.changes.consent = Some(opt_out(&c, ConsentSource::Keyword));
    let mut confirmation = outbound(&c, MessageStatus::Sending, "You are unsubscribed");
    confirmation.origin = Origin::System(SystemReply::OptOutConfirmation);
    stop.changes.reply = Some(confirmation.clone());
    let outcome = record(store, stop).await.expect("opt out");
    *done.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
    assert!(!outcome.customer.is_subscribed());
    assert_eq!(outcome.reply.map(|r| r.id), Some(confirmation.id));
    for s in senders {
        assert_eq!(
            s.await.expect("sender"),
            0,
            "stored for sending, or seen subscribed, after the opt-out committed"
        );
    }
    let msgs = store
        .messages(shop.id, c.id, None, 1000)
        .await
        .expect("messages");
    assert_eq!(
        msgs.iter().filter(|m| m.status.is_pending()).count(),
        0,
        "a planned or queued message survived the opt-out"
    );
    assert_eq!(
        store.unread(shop.id, c.id).await.expect("unread"),
        41,
        "every text is counted"
    );
    let later = record(store, inbound(&shop, &c, "hello?", None))
        .await
        .expect("later text");
    assert_eq!(
        later.customer,
        store.customer(shop.id, c.id).await.expect("customer"),
        "a text returns the customer as stored, with the opt-out's evidence"
    );
}

/// A reply with a repeat window is stored only when the customer got no reply of its
/// kind within the window: HELP twice in a row gets one answer.
pub async fn replies_respect_their_repeat_window(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let t0 = now();
    let help = |at: DateTime<Utc>, window: Option<Duration>| {
        let mut rec = inbound(&shop, &c, "HELP", Some(&sid()));
        let mut reply = outbound(&c, MessageStatus::Sending, "help text");
        reply.origin = Origin::System(SystemReply::Help);
        reply.created_at = at;
        rec.changes.reply = Some(reply);
        rec.changes.repeat_window = window;
        rec
    };
    let window = Some(Duration::minutes(10));
    let mut answered = Vec::new();
    for (minutes, window) in [(0, window), (5, window), (10, window), (11, None)] {
        let outcome = record(store, help(t0 + Duration::minutes(minutes), window))
            .await
            .expect("help");
        answered.push(outcome.reply.is_some());
    }
    assert_eq!(
        answered,
        [true, false, true, true],
        "the second HELP is within the window; the third is not; the last has none"
    );
    assert_eq!(store.unread(shop.id, c.id).await.expect("unread"), 4);
    let replies = store
        .messages(shop.id, c.id, None, 50)
        .await
        .expect("messages")
        .into_iter()
        .filter(|m| m.origin == Origin::System(SystemReply::Help))
        .count();
    assert_eq!(replies, 3);
}

/// Threads list newest activity first and page by cursor without gaps or repeats;
/// filters select unread and unsubscribed threads.
pub async fn threads_page_newest_first(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let base = now() - Duration::hours(10);
    let mut customers = Vec::new();
    for i in 0..7 {
        let c = new_customer(store, &shop).await;
        let mut rec = inbound(&shop, &c, &format!("message {i}"), None);
        rec.text.received_at = base + Duration::minutes(i);
        record(store, rec).await.expect("inbound");
        customers.push(c);
    }
    // A planned message is not activity; a reply is.
    store
        .queue_outbound(
            shop.id,
            &outbound(&customers[0], MessageStatus::Planned, "later"),
        )
        .await
        .expect("planned");
    let mut reply = outbound(&customers[1], MessageStatus::Sending, "newest reply");
    reply.created_at = base + Duration::hours(1);
    store.queue_outbound(shop.id, &reply).await.expect("reply");
    store
        .mark_read(shop.id, customers[2].id)
        .await
        .expect("mark");
    store
        .record_consent(shop.id, &opt_out(&customers[3], ConsentSource::Merchant))
        .await
        .expect("opt out");

    let mut seen = Vec::new();
    let mut query = ThreadQuery {
        limit: 3,
        ..ThreadQuery::default()
    };
    loop {
        let page = store.threads(shop.id, &query).await.expect("threads");
        seen.extend(
            page.threads
                .iter()
                .map(|t| (t.customer.id, t.preview.clone())),
        );
        match page.next {
            Some(cursor) => query.after = Some(cursor),
            None => break,
        }
    }
    let expected_order: Vec<CustomerId> = [1, 6, 5, 4, 3, 2, 0]
        .iter()
        .map(|i| customers[*i].id)
        .collect();
    let ids: Vec<CustomerId> = seen.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids, expected_order,
        "newest activity first, no gaps or repeats"
    );
    assert_eq!(seen[0].1, "newest reply", "preview is the last message");
    assert_eq!(
        seen[6].1, "message 0",
        "a planned message is not the preview"
    );

    let unread = store
        .threads(
            shop.id,
            &ThreadQuery {
                filter: ThreadFilter::Unread,
                ..ThreadQuery::default()
            },
        )
        .await
        .expect("unread");
    assert_eq!(unread.threads.len(), 6, "all but the one marked read");
    assert!(
        unread
            .threads
            .iter()
            .all(|t| t.customer.id != customers[2].id)
    );
    let unsubscribed = store
        .threads(
            shop.id,
            &ThreadQuery {
                filter: ThreadFilter::Unsubscribed,
                ..ThreadQuery::default()
            },
        )
        .await
        .expect("unsubscribed");
    let ids: Vec<CustomerId> = unsubscribed.threads.iter().map(|t| t.customer.id).collect();
    assert_eq!(ids, vec![customers[3].id]);
    assert!(unsubscribed.next.is_none());
}

/// A thread's messages come newest first by timeline (planned ones at their planned
/// time) and page by the oldest message seen.
pub async fn thread_messages_page_newest_first(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let base = now() - Duration::hours(1);
    let mut ids = Vec::new();
    for i in 0..5 {
        let mut rec = inbound(&shop, &c, &format!("m{i}"), None);
        rec.text.received_at = base + Duration::minutes(i);
        ids.push(rec.text.id);
        record(store, rec).await.expect("inbound");
    }
    let planned = outbound(&c, MessageStatus::Planned, "planned");
    store
        .queue_outbound(shop.id, &planned)
        .await
        .expect("planned");
    let first = store
        .messages(shop.id, c.id, None, 3)
        .await
        .expect("page 1");
    let got: Vec<MessageId> = first.iter().map(|m| m.id).collect();
    assert_eq!(got, vec![planned.id, ids[4], ids[3]], "planned is newest");
    let rest = store
        .messages(shop.id, c.id, Some(ids[3]), 10)
        .await
        .expect("page 2");
    let got: Vec<MessageId> = rest.iter().map(|m| m.id).collect();
    assert_eq!(got, vec![ids[2], ids[1], ids[0]]);
    let reply = outbound(&c, MessageStatus::Sending, "system");
    let mut reply = reply;
    reply.origin = Origin::System(SystemReply::Help);
    store.queue_outbound(shop.id, &reply).await.expect("reply");
    let stored = store.message(shop.id, reply.id).await.expect("reply");
    assert_eq!(stored, reply, "every field reads back as written");
}

/// Orders are inserted and updated by id, listed newest first, and an order id cannot
/// move to another customer.
pub async fn orders_upsert(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let d = new_customer(store, &shop).await;
    let mut cart = test_order(&c, "cart-1");
    cart.status = OrderStatus::CartPending;
    cart.number = None;
    cart.created_at -= Duration::hours(1);
    let previous = store.put_order(shop.id, &cart).await.expect("cart");
    assert_eq!(previous, None, "a new order replaces nothing");
    let placed = test_order(&c, "order-2");
    store.put_order(shop.id, &placed).await.expect("order");
    let mut converted = cart.clone();
    converted.status = OrderStatus::Placed;
    converted.number = Some("#1001".into());
    converted.updated_at = now();
    let previous = store.put_order(shop.id, &converted).await.expect("update");
    assert_eq!(previous, Some(cart), "an update returns what it replaced");
    let orders = store.orders(shop.id, c.id).await.expect("orders");
    assert_eq!(
        orders,
        vec![placed.clone(), converted],
        "newest first, updated in place"
    );
    let mut stolen = placed.clone();
    stolen.customer_id = d.id;
    assert!(
        matches!(
            store.put_order(shop.id, &stolen).await,
            Err(Error::Invalid { .. })
        ),
        "an order cannot move to another customer"
    );
    assert!(
        store
            .orders(shop.id, d.id)
            .await
            .expect("orders")
            .is_empty()
    );
}

fn planned_at(customer: &Customer, at: DateTime<Utc>, order: Option<&str>) -> Message {
    let mut m = outbound(customer, MessageStatus::Planned, "your cart is waiting");
    m.send_at = Some(at);
    m.order_id = order.map(OrderId::from);
    m
}

/// Planned messages come due in time order; a claim takes one for sending once, with
/// its attempt counted; a release puts it back at a later time; a crash leaves it
/// interrupted; a converted cart's reminders are cancelled by order.
pub async fn dispatch_claims_and_releases(store: &Arc<dyn Store>) {
    use crate::storage::ClaimOutcome;
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let t0 = now();
    let first = planned_at(&c, t0 - Duration::minutes(2), Some("cart-1"));
    let second = planned_at(&c, t0 - Duration::minutes(1), Some("cart-2"));
    let later = planned_at(&c, t0 + Duration::hours(1), Some("cart-1"));
    for m in [&later, &second, &first] {
        store.queue_outbound(shop.id, m).await.expect("planned");
    }
    assert_eq!(
        store.due(shop.id, t0, 10).await.expect("due"),
        vec![first.id, second.id],
        "due messages, earliest first"
    );
    assert_eq!(
        store.due(shop.id, t0, 1).await.expect("due"),
        vec![first.id]
    );

    let claimed = match store.claim(shop.id, first.id, t0).await.expect("claim") {
        ClaimOutcome::Claimed(claim) => {
            assert_eq!(claim.customer.id, c.id);
            assert!(claim.recent_automated.is_empty(), "nothing sent before");
            claim.message
        }
        other => panic!("expected a claim, got {other:?}"),
    };
    assert_eq!(claimed.status, MessageStatus::Sending);
    assert_eq!((claimed.claimed_at, claimed.attempts), (Some(t0), 1));
    assert_eq!(
        store.message(shop.id, first.id).await.expect("read"),
        claimed
    );
    assert!(matches!(
        store
            .claim(shop.id, first.id, t0)
            .await
            .expect("claim again"),
        ClaimOutcome::Gone
    ));
    assert!(
        matches!(
            store.claim(shop.id, later.id, t0).await.expect("early"),
            ClaimOutcome::Gone
        ),
        "a message is not claimed before it is due"
    );
    match store
        .claim(shop.id, second.id, t0)
        .await
        .expect("claim second")
    {
        ClaimOutcome::Claimed(claim) => assert_eq!(
            claim.recent_automated,
            vec![t0],
            "the first claim counts toward a cap"
        ),
        other => panic!("expected a claim, got {other:?}"),
    }

    // Quiet hours: back to the plan, due later.
    let retry_at = t0 + Duration::minutes(30);
    let failure = Failure {
        code: None,
        reason: "rate limited".into(),
    };
    let released = store
        .release(shop.id, first.id, retry_at, Some(failure.clone()))
        .await
        .expect("release");
    assert_eq!(released.status, MessageStatus::Planned);
    assert_eq!(released.send_at, Some(retry_at));
    assert_eq!(released.failure, Some(failure));
    assert!(store.due(shop.id, t0, 10).await.expect("due").is_empty());
    assert_eq!(
        store.due(shop.id, retry_at, 10).await.expect("due"),
        vec![first.id]
    );
    match store
        .claim(shop.id, first.id, retry_at)
        .await
        .expect("claim")
    {
        ClaimOutcome::Claimed(claim) => assert_eq!(claim.message.attempts, 2),
        other => panic!("expected a claim, got {other:?}"),
    }
    let sent = store
        .update_status(
            shop.id,
            first.id,
            &StatusUpdate::new(MessageStatus::Sent, retry_at),
        )
        .await
        .expect("sent");
    let unchanged = store
        .release(shop.id, first.id, retry_at, None)
        .await
        .expect("release a sent message");
    assert_eq!(
        unchanged, sent,
        "only a claimed message goes back to the plan"
    );

    // A crash: `second` is still sending; recovery marks it interrupted, once.
    let marked = store
        .mark_interrupted(shop.id, t0 + Duration::seconds(1))
        .await
        .expect("mark");
    assert_eq!(marked, vec![second.id]);
    let second_now = store.message(shop.id, second.id).await.expect("read");
    assert_eq!(second_now.status, MessageStatus::Interrupted);
    assert!(
        store
            .mark_interrupted(shop.id, t0 + Duration::hours(2))
            .await
            .expect("again")
            .is_empty()
    );

    // The cart converted: its remaining reminder is cancelled, nothing else.
    let cancelled = store
        .cancel_planned(
            shop.id,
            &OrderId::from("cart-1"),
            crate::AutomationKind::AbandonedCart,
        )
        .await
        .expect("cancel");
    assert_eq!(cancelled, vec![later.id]);
    let shops = store.shops().await.expect("shops");
    assert!(shops.contains(&shop.id));
}

/// 4 dispatchers claiming the same 24 due messages at once take each exactly once.
pub async fn concurrent_claims_take_each_message_once(store: &Arc<dyn Store>) {
    use crate::storage::ClaimOutcome;
    let shop = new_shop(store).await;
    let t0 = now();
    let mut all = HashSet::new();
    for _ in 0..6 {
        let c = new_customer(store, &shop).await;
        for i in 0..4 {
            let m = planned_at(&c, t0 - Duration::minutes(i), None);
            store.queue_outbound(shop.id, &m).await.expect("planned");
            all.insert(m.id);
        }
    }
    let tasks: Vec<_> = (0..4)
        .map(|_| {
            let store = store.clone();
            let shop = shop.id;
            tokio::spawn(async move {
                let mut mine = Vec::new();
                // A dispatcher that skips a busy customer comes back in a later round.
                for _ in 0..20 {
                    let due = store.due(shop, t0, 100).await.expect("due");
                    if due.is_empty() {
                        break;
                    }
                    for id in due {
                        if let ClaimOutcome::Claimed(claim) =
                            store.claim(shop, id, t0).await.expect("claim")
                        {
                            mine.push(claim.message.id);
                        }
                    }
                    tokio::task::yield_now().await;
                }
                mine
            })
        })
        .collect();
    let mut claimed = Vec::new();
    for t in tasks {
        claimed.extend(t.await.expect("dispatcher"));
    }
    let unique: HashSet<MessageId> = claimed.iter().copied().collect();
    assert_eq!(claimed.len(), unique.len(), "a message was claimed twice");
    assert_eq!(unique, all, "every due message was claimed");
}

/// The consent ledger reads back a shop's events oldest first, by source and change,
/// in pages, and never another shop's.
pub async fn ledger_reads_filter_and_page(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let other = new_shop(store).await;
    let mut customers = Vec::new();
    for _ in 0..3 {
        customers.push(new_customer(store, &shop).await);
    }
    new_customer(store, &other).await;
    store
        .record_consent(shop.id, &opt_out(&customers[0], ConsentSource::Classifier))
        .await
        .expect("opt out");
    store
        .record_consent(shop.id, &opt_out(&customers[1], ConsentSource::Merchant))
        .await
        .expect("opt out");
    let all = store
        .consent_events(
            shop.id,
            &crate::storage::ConsentQuery {
                limit: 100,
                ..Default::default()
            },
        )
        .await
        .expect("ledger");
    assert_eq!(
        all.len(),
        5,
        "3 opt-ins and 2 opt-outs, none of the other shop's"
    );
    assert!(all.windows(2).all(|w| w[0].id < w[1].id), "oldest first");
    let classifier = store
        .consent_events(
            shop.id,
            &crate::storage::ConsentQuery {
                source: Some(ConsentSource::Classifier),
                change: Some(ConsentChange::Unsubscribed),
                limit: 100,
                ..Default::default()
            },
        )
        .await
        .expect("review");
    assert_eq!(classifier.len(), 1);
    assert_eq!(classifier[0].customer_id, customers[0].id);
    assert_eq!(classifier[0].evidence.rule.as_deref(), Some("keyword:stop"));
    let mut paged = Vec::new();
    let mut after = None;
    loop {
        let page = store
            .consent_events(
                shop.id,
                &crate::storage::ConsentQuery {
                    after,
                    limit: 2,
                    ..Default::default()
                },
            )
            .await
            .expect("page");
        let Some(last) = page.last() else { break };
        after = Some(last.id);
        paged.extend(page);
    }
    assert_eq!(paged, all, "pages join up without gaps or repeats");
}

/// Statistics count outbound messages by origin and status, replies, and opt-outs
/// attributed to the last message before them.
pub async fn stats_count_by_origin(store: &Arc<dyn Store>) {
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let d = new_customer(store, &shop).await;
    let from = now() - Duration::hours(1);
    let mut cart = outbound(&c, MessageStatus::Sending, "cart");
    cart.origin = Origin::Automation(crate::AutomationKind::AbandonedCart);
    let manual = outbound(&d, MessageStatus::Sending, "manual");
    let failed = outbound(&d, MessageStatus::Sending, "failed");
    for m in [&cart, &manual, &failed] {
        store.queue_outbound(shop.id, m).await.expect("queue");
    }
    let t = now();
    store
        .update_status(
            shop.id,
            cart.id,
            &StatusUpdate::new(MessageStatus::Delivered, t),
        )
        .await
        .expect("delivered");
    store
        .update_status(
            shop.id,
            manual.id,
            &StatusUpdate::new(MessageStatus::Sent, t),
        )
        .await
        .expect("sent");
    store
        .update_status(
            shop.id,
            failed.id,
            &StatusUpdate::new(MessageStatus::Failed, t),
        )
        .await
        .expect("failed");
    record(store, inbound(&shop, &c, "STOP", None))
        .await
        .expect("reply");
    let mut event = opt_out(&c, ConsentSource::Keyword);
    event.at = now() + Duration::seconds(1);
    store
        .record_consent(shop.id, &event)
        .await
        .expect("opt out");
    let stats = store
        .stats(shop.id, from, now() + Duration::hours(1))
        .await
        .expect("stats");
    let of = |o: Origin| {
        stats
            .by_origin
            .iter()
            .find(|(origin, _)| *origin == o)
            .map(|(_, c)| *c)
            .unwrap_or_default()
    };
    let cart_counts = of(Origin::Automation(crate::AutomationKind::AbandonedCart));
    assert_eq!(
        (cart_counts.sent, cart_counts.delivered, cart_counts.failed),
        (1, 1, 0)
    );
    assert_eq!(
        cart_counts.opt_outs, 1,
        "the opt-out followed the cart reminder"
    );
    let manual_counts = of(Origin::Manual);
    assert_eq!(
        (
            manual_counts.sent,
            manual_counts.failed,
            manual_counts.opt_outs
        ),
        (1, 1, 0)
    );
    assert_eq!((stats.replies, stats.opt_outs), (1, 1));
    assert!(
        (stats.opt_out_rate() - 0.5).abs() < 1e-9,
        "1 opt-out per 2 sent"
    );
    let empty = store
        .stats(shop.id, from - Duration::days(2), from - Duration::days(1))
        .await
        .expect("stats");
    assert_eq!(empty, crate::storage::Stats::default());
}

/// The one confirmation of an opt-out, put back after a failed send, is still claimed
/// for the customer who opted out; any other message of theirs is cancelled instead.
pub async fn opt_out_confirmation_survives_a_retry(store: &Arc<dyn Store>) {
    use crate::storage::ClaimOutcome;
    let shop = new_shop(store).await;
    let c = new_customer(store, &shop).await;
    let planned = planned_at(&c, now() + Duration::minutes(5), None);
    store
        .queue_outbound(shop.id, &planned)
        .await
        .expect("planned");
    let mut stop = inbound(&shop, &c, "STOP", None);
    stop.changes.consent = Some(opt_out(&c, ConsentSource::Keyword));
    let mut confirmation = outbound(&c, MessageStatus::Sending, "You are unsubscribed");
    confirmation.origin = Origin::System(SystemReply::OptOutConfirmation);
    stop.changes.reply = Some(confirmation.clone());
    let outcome = record(store, stop).await.expect("opt out");
    assert_eq!(outcome.reply.map(|r| r.id), Some(confirmation.id));
    let retry_at = now();
    store
        .release(shop.id, confirmation.id, retry_at, None)
        .await
        .expect("release");
    match store
        .claim(shop.id, confirmation.id, retry_at)
        .await
        .expect("claim")
    {
        ClaimOutcome::Claimed(claim) => {
            assert_eq!(claim.message.id, confirmation.id);
            assert!(!claim.customer.is_subscribed());
        }
        other => panic!("the confirmation was not claimed: {other:?}"),
    }
    let cancelled = store.message(shop.id, planned.id).await.expect("read");
    assert_eq!(
        cancelled.status,
        MessageStatus::Cancelled,
        "the opt-out cancelled the plan"
    );
}
