//! What only a real SQLite file shows: restarts, atomic operations, lock contention,
//! and migrations that live beside the host's own.

mod common;

use std::sync::Arc;
use std::time::Duration;

use sms_inbox::storage::{InboundChanges, InboundText, Store};
use sms_inbox::{
    Error, InboundSms, Inbox, MessageId, MessageStatus, Order, OrderId, OrderStatus, Origin,
    PhoneNumber, Shop, SimulatedCarrier, SqliteStore, ThreadQuery,
};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};

fn shop_number() -> PhoneNumber {
    PhoneNumber::parse_international("+14155550100").unwrap()
}

fn shopper() -> PhoneNumber {
    PhoneNumber::parse_international("+14155552671").unwrap()
}

#[tokio::test]
async fn everything_acknowledged_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("inbox.db");
    let path = path.to_str().unwrap();

    let (shop, customer, thread_before, ledger_before) = {
        let store = Arc::new(SqliteStore::connect(path).await.unwrap());
        let inbox = Inbox::new(store.clone(), Arc::new(SimulatedCarrier::new()));
        let shop = Shop::new("Acme", vec![shop_number()], chrono_tz::America::Denver);
        inbox.put_shop(&shop).await.unwrap();
        let got = inbox
            .receive(
                InboundSms::new(shopper(), shop_number(), "where is my order?")
                    .with_carrier_id("SM1"),
            )
            .await
            .unwrap();
        let customer = got.customer.id;
        inbox
            .reply(shop.id, customer, "On its way 🚚")
            .await
            .unwrap();
        let order = Order {
            id: OrderId::from("o-1"),
            shop_id: shop.id,
            customer_id: customer,
            number: Some("#1001".into()),
            status: OrderStatus::Shipped,
            total_minor: 2_500,
            currency: "USD".into(),
            item_count: 1,
            url: None,
            created_at: chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
            updated_at: chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
        };
        inbox.record_order(shop.id, &order).await.unwrap();
        inbox
            .receive(InboundSms::new(shopper(), shop_number(), "STOP").with_carrier_id("SM2"))
            .await
            .unwrap();
        let thread = inbox.thread(shop.id, customer).await.unwrap();
        let ledger = inbox.consent_history(shop.id, customer).await.unwrap();
        store.pool().close().await;
        (shop, customer, thread, ledger)
    };

    let store = Arc::new(SqliteStore::connect(path).await.unwrap());
    let inbox = Inbox::new(store, Arc::new(SimulatedCarrier::new()));
    assert_eq!(inbox.store().shop(shop.id).await.unwrap(), shop);
    let thread = inbox.thread(shop.id, customer).await.unwrap();
    assert_eq!(thread, thread_before, "the whole thread is back");
    let statuses: Vec<_> = thread.messages.iter().map(|m| m.status).collect();
    assert_eq!(
        statuses.len(),
        5,
        "question, reply, shipping update, STOP, confirmation"
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == MessageStatus::Cancelled)
            .count(),
        1,
        "the STOP cancelled the planned shipping update"
    );
    assert!(!thread.customer.is_subscribed());
    assert_eq!(
        inbox.consent_history(shop.id, customer).await.unwrap(),
        ledger_before
    );
    assert_eq!(inbox.unread_total(shop.id).await.unwrap(), 2);
    let page = inbox
        .threads(shop.id, &ThreadQuery::default())
        .await
        .unwrap();
    assert_eq!(page.threads.len(), 1);
    // The same webhook after the restart is still a duplicate.
    let again = inbox
        .receive(InboundSms::new(shopper(), shop_number(), "STOP").with_carrier_id("SM2"))
        .await
        .unwrap();
    assert!(again.duplicate);
}

/// A failure half-way through an operation leaves nothing of it behind.
#[tokio::test]
async fn a_failed_operation_writes_nothing() {
    let fixture = common::sqlite_file().await.unwrap();
    let store = fixture.store.clone();
    let shop = Shop::new("Acme", vec![shop_number()], chrono_tz::UTC);
    store.put_shop(&shop).await.unwrap();
    let inbox = Inbox::new(store.clone(), Arc::new(SimulatedCarrier::new()));
    let customer = inbox.add_customer(shop.id, shopper(), None).await.unwrap();
    let existing = inbox.reply(shop.id, customer.id, "hello").await.unwrap();

    // An opt-out whose confirmation collides with a stored message id: the insert of the
    // confirmation fails after the message and the consent change were written.
    let text = InboundText {
        to: shop_number(),
        from: shopper(),
        first_seen: customer.subscription.clone(),
        id: MessageId::new(),
        body: "STOP".into(),
        carrier_id: None,
        received_at: chrono::Utc::now(),
    };
    let mut reply = existing.clone();
    reply.origin = Origin::System(sms_inbox::SystemReply::OptOutConfirmation);
    reply.carrier_id = None;
    let event = sms_inbox::ConsentEvent::new(
        shop.id,
        customer.id,
        sms_inbox::ConsentChange::Unsubscribed,
        sms_inbox::ConsentSource::Keyword,
        sms_inbox::Evidence::default(),
        chrono::Utc::now(),
    );
    let changes = InboundChanges {
        consent: Some(event),
        reply: Some(reply),
        repeat_window: None,
    };
    let err = store
        .record_inbound(&text, Some(&|_, _| changes.clone()))
        .await
        .unwrap_err();
    match &err {
        Error::Store { operation, .. } => assert_eq!(*operation, "record inbound message"),
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("record inbound message"), "{err}");
    assert!(matches!(
        store.message(shop.id, text.id).await,
        Err(Error::NotFound { .. })
    ));
    let after = store.customer(shop.id, customer.id).await.unwrap();
    assert!(after.is_subscribed(), "the consent change was rolled back");
    assert_eq!(store.unread(shop.id, customer.id).await.unwrap(), 0);
    let ledger = store.consent_history(shop.id, customer.id).await.unwrap();
    assert_eq!(
        ledger.len(),
        1,
        "only the opt-in from when the customer was added"
    );
}

/// A database locked by another process becomes a retryable store error naming the
/// operation, and nothing is written.
#[tokio::test]
async fn a_locked_database_is_a_clear_retryable_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("inbox.db");
    SqliteStore::connect(path.to_str().unwrap()).await.unwrap();
    let options = SqliteConnectOptions::new()
        .filename(&path)
        .busy_timeout(Duration::from_millis(50));
    let pool = SqlitePoolOptions::new()
        .connect_with(options.clone())
        .await
        .unwrap();
    let store = SqliteStore::new(pool);
    let shop = Shop::new("Acme", vec![shop_number()], chrono_tz::UTC);

    let locker = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .unwrap();
    let mut conn = locker.acquire().await.unwrap();
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut *conn)
        .await
        .unwrap();
    let err = store.put_shop(&shop).await.unwrap_err();
    assert!(err.is_retryable(), "{err:?}");
    assert!(
        err.to_string().starts_with("store failed to save shop"),
        "{err}"
    );
    sqlx::query("ROLLBACK").execute(&mut *conn).await.unwrap();
    drop(conn);

    assert!(matches!(
        store.shop(shop.id).await,
        Err(Error::NotFound { .. })
    ));
    store
        .put_shop(&shop)
        .await
        .expect("works once the lock is gone");
}

#[tokio::test]
async fn a_constraint_violation_names_the_operation() {
    let fixture = common::sqlite_memory().await.unwrap();
    let store = fixture.store;
    let shop = Shop::new("Acme", vec![shop_number()], chrono_tz::UTC);
    store.put_shop(&shop).await.unwrap();
    let inbox = Inbox::new(store.clone(), Arc::new(SimulatedCarrier::new()));
    let customer = inbox.add_customer(shop.id, shopper(), None).await.unwrap();
    let sent = inbox.reply(shop.id, customer.id, "hi").await.unwrap();
    let mut again = sent.clone();
    again.carrier_id = None;
    let err = store.queue_outbound(shop.id, &again).await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Store {
                operation: "queue outbound message",
                retryable: false,
                ..
            }
        ),
        "{err:?}"
    );
}

/// Our migrations keep their own table, run twice as a no-op, and live beside a host's
/// own sqlx migrations in the same database.
#[tokio::test]
async fn migrations_are_idempotent_and_apart_from_the_hosts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("host.db");
    let options = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true);
    let pool = SqlitePoolOptions::new()
        .connect_with(options)
        .await
        .unwrap();
    // The host's own migrations table, as sqlx names it by default.
    sqlx::query(
        "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, \
         installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL, \
         checksum BLOB NOT NULL, execution_time BIGINT NOT NULL)",
    )
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (1, 'host users', TRUE, x'00', 0)",
    )
    .execute(&pool)
    .await
    .unwrap();

    let store = SqliteStore::new(pool.clone());
    store.migrate().await.unwrap();
    store.migrate().await.unwrap();
    let ours: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sms_inbox_migrations")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(ours, 1, "one migration recorded once");
    let hosts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(hosts, 1, "the host's table is untouched");
    let shop = Shop::new("Acme", vec![shop_number()], chrono_tz::UTC);
    store.put_shop(&shop).await.unwrap();
}

#[tokio::test]
async fn bad_targets_are_clear_errors() {
    let err = SqliteStore::connect("/nonexistent-dir/for/sure/inbox.db")
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("store failed to open SQLite database"),
        "{err}"
    );
}
