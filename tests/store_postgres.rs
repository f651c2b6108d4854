//! What only a real PostgreSQL server shows: connection errors, migrations beside the
//! host's, and several app servers (pools) racing on one customer.
#![cfg(feature = "postgres")]

mod common;

use std::sync::Arc;

use sms_inbox::{
    Error, InboundSms, Inbox, MessageStatus, PhoneNumber, PostgresStore, Shop, SimulatedCarrier,
    Store,
};
use sqlx::Executor;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use std::str::FromStr;

#[tokio::test]
async fn an_unreachable_server_is_a_clear_retryable_error() {
    // Port 1 on loopback: nothing listens there, so every connection is refused.
    let pool = PgPoolOptions::new()
        .acquire_timeout(std::time::Duration::from_millis(500))
        .connect_lazy("postgres://postgres@127.0.0.1:1/test")
        .unwrap();
    let store = PostgresStore::new(pool);
    let shop = Shop::new("Acme", vec![], chrono_tz::UTC);
    let err = store.put_shop(&shop).await.unwrap_err();
    assert!(err.is_retryable(), "{err:?}");
    assert!(
        err.to_string().starts_with("store failed to save shop"),
        "{err}"
    );
    let err = store.shop(shop.id).await.unwrap_err();
    assert!(
        err.to_string().starts_with("store failed to read shop"),
        "{err}"
    );
}

/// A pool on a fresh schema of the test server, as a separate app server would have.
async fn pool_on(url: &str, schema: &str) -> sqlx::PgPool {
    let options = PgConnectOptions::from_str(url)
        .unwrap()
        .options([("search_path", schema)]);
    PgPoolOptions::new()
        .max_connections(4)
        .connect_with(options)
        .await
        .unwrap()
}

async fn fresh_schema(url: &str) -> String {
    let schema = format!("t_{}", uuid::Uuid::now_v7().simple());
    let admin = sqlx::PgPool::connect(url).await.unwrap();
    admin
        .execute(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
        .await
        .unwrap();
    schema
}

async fn drop_schema(url: &str, schema: &str) {
    let admin = sqlx::PgPool::connect(url).await.unwrap();
    admin
        .execute(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
        .await
        .unwrap();
}

#[tokio::test]
async fn migrations_are_idempotent_and_apart_from_the_hosts() {
    let Some(url) = common::postgres_url() else {
        return;
    };
    let schema = fresh_schema(&url).await;
    let pool = pool_on(&url, &schema).await;
    pool.execute("CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY)")
        .await
        .unwrap();
    pool.execute("INSERT INTO _sqlx_migrations VALUES (20240101)")
        .await
        .unwrap();
    let store = PostgresStore::new(pool.clone());
    store.migrate().await.unwrap();
    store.migrate().await.unwrap();
    let ours: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sms_inbox_migrations")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(ours, 1);
    let hosts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(hosts, 1);
    pool.close().await;
    drop_schema(&url, &schema).await;
}

/// Four app servers, each with its own pool, reply to one customer while a fifth
/// receives STOP: nothing is sent after the opt-out, and exactly one confirmation goes.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn app_servers_racing_an_opt_out_send_nothing_after_it() {
    let Some(url) = common::postgres_url() else {
        return;
    };
    let schema = fresh_schema(&url).await;
    let shop_number = PhoneNumber::parse_international("+14155550100").unwrap();
    let phone = PhoneNumber::parse_international("+14155552671").unwrap();
    let first = PostgresStore::new(pool_on(&url, &schema).await);
    first.migrate().await.unwrap();
    let shop = Shop::new("Acme", vec![shop_number.clone()], chrono_tz::UTC);
    first.put_shop(&shop).await.unwrap();

    let carrier = Arc::new(SimulatedCarrier::new());
    let mut servers = Vec::new();
    for _ in 0..5 {
        let store = PostgresStore::new(pool_on(&url, &schema).await);
        servers.push(Inbox::new(Arc::new(store), carrier.clone()));
    }
    let customer = servers[0]
        .add_customer(shop.id, phone.clone(), None)
        .await
        .unwrap();

    let stopped = Arc::new(std::sync::Mutex::new(None::<std::time::Instant>));
    let mut repliers = Vec::new();
    for inbox in &servers[..4] {
        let inbox = inbox.clone();
        let stopped = stopped.clone();
        let customer = customer.id;
        let shop = shop.id;
        repliers.push(tokio::spawn(async move {
            let mut late = 0;
            for i in 0..15 {
                let started = std::time::Instant::now();
                let after = stopped.lock().unwrap().is_some_and(|t| t < started);
                match inbox.reply(shop, customer, &format!("reply {i}")).await {
                    Ok(_) if after => late += 1,
                    Ok(_) | Err(Error::Unsubscribed { .. }) => {}
                    Err(e) => panic!("reply failed: {e}"),
                }
            }
            late
        }));
    }
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let got = servers[4]
        .receive(InboundSms::new(phone.clone(), shop_number, "STOP").with_carrier_id("SMstop"))
        .await
        .unwrap();
    *stopped.lock().unwrap() = Some(std::time::Instant::now());
    assert!(!got.customer.is_subscribed());
    for r in repliers {
        assert_eq!(
            r.await.unwrap(),
            0,
            "a reply was stored after the opt-out committed"
        );
    }
    // Replies committed before the opt-out may still be in flight when it lands (their
    // clock was read earlier or later than the STOP's); what must hold is that none was
    // stored after it, and that exactly one confirmation went out.
    let thread = servers[0].thread(shop.id, customer.id).await.unwrap();
    let confirmations = thread
        .messages
        .iter()
        .filter(|m| {
            m.origin == sms_inbox::Origin::System(sms_inbox::SystemReply::OptOutConfirmation)
        })
        .count();
    assert_eq!(confirmations, 1);
    let ok_replies = thread
        .messages
        .iter()
        .filter(|m| m.origin == sms_inbox::Origin::Manual && m.status == MessageStatus::Sent)
        .count();
    assert_eq!(
        carrier.sent().len(),
        ok_replies + 1,
        "every stored reply and the confirmation"
    );
    drop(servers);
    drop(first);
    drop_schema(&url, &schema).await;
}
