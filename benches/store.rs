//! Store benchmarks: ingest (`Inbox::receive`) against the raw-statement floor, with 1
//! task and, on PostgreSQL, 8 concurrent tasks; and the read paths (thread list, next
//! page, one thread) at 10 k, 100 k and 1 M messages.
//!
//! `cargo bench --bench store --features postgres` (PostgreSQL parts run when
//! `SMS_INBOX_POSTGRES_URL` is set; each run uses a fresh schema).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sms_inbox::storage::Store;
use sms_inbox::{
    CustomerId, InboundSms, Inbox, MemoryStore, PhoneNumber, Shop, ShopId, SimulatedCarrier,
    SqliteStore, ThreadQuery,
};
use tokio::runtime::Runtime;

static SEQ: AtomicU64 = AtomicU64::new(0);

fn next_sid() -> String {
    format!("SMbench{:026}", SEQ.fetch_add(1, Ordering::Relaxed))
}

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

fn shop_number() -> PhoneNumber {
    PhoneNumber::parse_international("+14155550100").expect("number")
}

/// 100 customers texting the shop in turn.
fn shoppers() -> Vec<PhoneNumber> {
    (0..100)
        .map(|i| PhoneNumber::parse_international(&format!("+1415555{:04}", 2000 + i)).expect("n"))
        .collect()
}

/// An inbox with the bench shop and its 100 customers (ids in `shoppers()` order).
async fn inbox_on(store: Arc<dyn Store>) -> (Inbox, Shop, Arc<Vec<CustomerId>>) {
    let inbox = Inbox::new(store, Arc::new(SimulatedCarrier::new()));
    let shop = Shop::new("Bench", vec![shop_number()], chrono_tz::UTC);
    inbox.put_shop(&shop).await.expect("shop");
    let mut customers = Vec::new();
    for p in shoppers() {
        let c = inbox
            .add_customer(shop.id, p, None)
            .await
            .expect("customer");
        customers.push(c.id);
    }
    (inbox, shop, Arc::new(customers))
}

/// Receives `n` texts with `tasks` concurrent callers; returns the elapsed time.
async fn receive_n(inbox: &Inbox, n: u64, tasks: u64) -> Duration {
    let phones = Arc::new(shoppers());
    let to = shop_number();
    let start = Instant::now();
    let handles: Vec<_> = (0..tasks)
        .map(|t| {
            let inbox = inbox.clone();
            let phones = phones.clone();
            let to = to.clone();
            tokio::spawn(async move {
                let mut i = t;
                while i < n {
                    let from = phones[(i % 100) as usize].clone();
                    let sms = InboundSms::new(from, to.clone(), "is my order on its way?")
                        .with_carrier_id(next_sid());
                    inbox.receive(sms).await.expect("receive");
                    i += tasks;
                }
            })
        })
        .collect();
    for h in handles {
        h.await.expect("task");
    }
    start.elapsed()
}

fn ingest(c: &mut Criterion) {
    let rt = runtime();
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Elements(1));
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(5));

    let (memory, _, _) = rt.block_on(inbox_on(Arc::new(MemoryStore::new())));
    group.bench_function("receive/memory", |b| {
        b.iter_custom(|iters| rt.block_on(receive_n(&memory, iters, 1)))
    });

    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("bench.db");
    let sqlite = rt
        .block_on(SqliteStore::connect(path.to_str().expect("path")))
        .expect("sqlite");
    let pool = sqlite.pool().clone();
    let (inbox, shop, customers) = rt.block_on(inbox_on(Arc::new(sqlite)));
    group.bench_function("receive/sqlite-file", |b| {
        b.iter_custom(|iters| rt.block_on(receive_n(&inbox, iters, 1)))
    });
    group.bench_function("raw-floor/sqlite-file", |b| {
        b.iter_custom(|iters| rt.block_on(raw::sqlite(&pool, shop.id, &customers, iters, 1)))
    });

    #[cfg(feature = "postgres")]
    if let Some(url) = std::env::var("SMS_INBOX_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        let (store, schema) = rt.block_on(pg::fresh(&url, 16));
        let pool = store.pool().clone();
        let (inbox, shop, customers) = rt.block_on(inbox_on(Arc::new(store)));
        for tasks in [1, 8] {
            group.bench_function(BenchmarkId::new("receive/postgres", tasks), |b| {
                b.iter_custom(|iters| rt.block_on(receive_n(&inbox, iters, tasks)))
            });
            group.bench_function(BenchmarkId::new("raw-floor/postgres", tasks), |b| {
                b.iter_custom(|iters| {
                    rt.block_on(raw::postgres(&pool, shop.id, &customers, iters, tasks))
                })
            });
        }
        rt.block_on(pg::drop_schema(&url, &schema));
    } else {
        eprintln!("skipped: PostgreSQL ingest (set SMS_INBOX_POSTGRES_URL)");
    }
    group.finish();
}

fn reading(c: &mut Criterion) {
    let rt = runtime();
    let mut group = c.benchmark_group("read");
    group.sample_size(30);
    group.measurement_time(Duration::from_secs(3));
    let dir = tempfile::tempdir().expect("dir");
    for messages in [10_000_u64, 100_000, 1_000_000] {
        let path = dir.path().join(format!("read-{messages}.db"));
        let store = rt
            .block_on(SqliteStore::connect(path.to_str().expect("path")))
            .expect("db");
        let (shop, customer) = rt.block_on(seed::sqlite(&store, messages));
        let inbox = Inbox::new(Arc::new(store), Arc::new(SimulatedCarrier::new()));
        read_paths(&mut group, &rt, &inbox, shop, customer, "sqlite", messages);
    }
    #[cfg(feature = "postgres")]
    if let Some(url) = std::env::var("SMS_INBOX_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        for messages in [10_000_u64, 100_000, 1_000_000] {
            let (store, schema) = rt.block_on(pg::fresh(&url, 4));
            let (shop, customer) = rt.block_on(seed::postgres(&store, messages));
            let inbox = Inbox::new(Arc::new(store), Arc::new(SimulatedCarrier::new()));
            read_paths(
                &mut group, &rt, &inbox, shop, customer, "postgres", messages,
            );
            rt.block_on(pg::drop_schema(&url, &schema));
        }
    } else {
        eprintln!("skipped: PostgreSQL reads (set SMS_INBOX_POSTGRES_URL)");
    }
    group.finish();
}

fn read_paths(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    rt: &Runtime,
    inbox: &Inbox,
    shop: ShopId,
    customer: CustomerId,
    backend: &str,
    messages: u64,
) {
    let first = ThreadQuery::default();
    let page = rt.block_on(inbox.threads(shop, &first)).expect("threads");
    assert_eq!(page.threads.len(), 50);
    let later = ThreadQuery {
        after: page.next,
        ..ThreadQuery::default()
    };
    group.bench_function(
        BenchmarkId::new(format!("first-page/{backend}"), messages),
        |b| b.iter(|| rt.block_on(inbox.threads(shop, &first)).expect("threads")),
    );
    group.bench_function(
        BenchmarkId::new(format!("next-page/{backend}"), messages),
        |b| b.iter(|| rt.block_on(inbox.threads(shop, &later)).expect("threads")),
    );
    group.bench_function(
        BenchmarkId::new(format!("open-thread/{backend}"), messages),
        |b| b.iter(|| rt.block_on(inbox.thread(shop, customer)).expect("thread")),
    );
}

/// The floor: the same rows `receive` writes, by plain statements in one transaction.
mod raw {
    use super::*;
    use sqlx::{PgPool, SqlitePool};

    const INSERT: &str = "INSERT INTO messages (shop_id, message_id, customer_id, direction, \
        body, origin, status, created_at, timeline_at, carrier_id, encoding, segments) \
        VALUES ($1, $2, $3, 'inbound', 'is my order on its way?', 'customer', 'received', $4, $4, \
        $5, 'GSM-7', 1)";
    const BUMP: &str = "UPDATE customers SET unread = unread + 1, last_message_at = $3, \
        preview = 'is my order on its way?', last_direction = 'inbound' \
        WHERE shop_id = $1 AND customer_id = $2";

    /// One floor function per driver; they differ only in how the transaction begins.
    /// Like `receive_n`, `tasks` concurrent callers write `n` texts from the customers
    /// in turn.
    macro_rules! floor {
        ($name:ident, $pool:ty, $begin:literal) => {
            pub(super) async fn $name(
                pool: &$pool,
                shop: ShopId,
                customers: &Arc<Vec<CustomerId>>,
                n: u64,
                tasks: u64,
            ) -> Duration {
                let start = Instant::now();
                let handles: Vec<_> = (0..tasks)
                    .map(|t| {
                        let pool = pool.clone();
                        let customers = customers.clone();
                        tokio::spawn(async move {
                            let mut i = t;
                            while i < n {
                                let c = customers[(i % customers.len() as u64) as usize];
                                let now = chrono::Utc::now().timestamp_micros();
                                let mut tx = pool.begin_with($begin).await.expect("begin");
                                sqlx::query(INSERT)
                                    .bind(shop.as_uuid())
                                    .bind(uuid::Uuid::now_v7())
                                    .bind(c.as_uuid())
                                    .bind(now)
                                    .bind(next_sid())
                                    .execute(&mut *tx)
                                    .await
                                    .expect("insert");
                                sqlx::query(BUMP)
                                    .bind(shop.as_uuid())
                                    .bind(c.as_uuid())
                                    .bind(now)
                                    .execute(&mut *tx)
                                    .await
                                    .expect("bump");
                                tx.commit().await.expect("commit");
                                i += tasks;
                            }
                        })
                    })
                    .collect();
                for h in handles {
                    h.await.expect("task");
                }
                start.elapsed()
            }
        };
    }

    floor!(sqlite, SqlitePool, "BEGIN IMMEDIATE");
    floor!(postgres, PgPool, "BEGIN");
}

/// Bulk data for the read benchmarks: `messages / 20` threads of 20 messages, written
/// by set-based SQL so a million rows take seconds.
mod seed {
    use super::*;

    pub(super) async fn sqlite(store: &SqliteStore, messages: u64) -> (ShopId, CustomerId) {
        let shop = Shop::new("Bench", vec![], chrono_tz::UTC);
        store.put_shop(&shop).await.expect("shop");
        let threads = (messages / 20) as i64;
        let pool = store.pool();
        sqlx::query(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2) \
             INSERT INTO customers (shop_id, customer_id, phone, subscribed, consent_at, \
             consent_source, created_at, last_message_at, preview, last_direction, unread) \
             SELECT $1, CAST(printf('%016d', i) AS BLOB), printf('+1415%07d', 2000000 + i), \
             i % 50 <> 0, 0, 'checkout', 0, 1700000000000000 + i * 1000000, 'hello', \
             'inbound', i % 3 FROM n",
        )
        .bind(shop.id.as_uuid())
        .bind(threads)
        .execute(pool)
        .await
        .expect("customers");
        sqlx::query(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $2 - 1) \
             INSERT INTO messages (shop_id, message_id, customer_id, direction, body, origin, \
             status, created_at, timeline_at, encoding, segments) \
             SELECT $1, randomblob(16), CAST(printf('%016d', i / 20 + 1) AS BLOB), \
             CASE WHEN i % 2 = 0 THEN 'inbound' ELSE 'outbound' END, \
             'Thanks, your order is on its way', \
             CASE WHEN i % 2 = 0 THEN 'customer' ELSE 'manual' END, \
             CASE WHEN i % 2 = 0 THEN 'received' ELSE 'delivered' END, \
             1600000000000000 + i * 1000, 1600000000000000 + i * 1000, 'GSM-7', 1 FROM n",
        )
        .bind(shop.id.as_uuid())
        .bind(messages as i64)
        .execute(pool)
        .await
        .expect("messages");
        sqlx::query("ANALYZE").execute(pool).await.expect("analyze");
        let customer: uuid::Uuid = sqlx::query_scalar(
            "SELECT customer_id FROM customers WHERE shop_id = $1 ORDER BY last_message_at DESC \
             LIMIT 1",
        )
        .bind(shop.id.as_uuid())
        .fetch_one(pool)
        .await
        .expect("customer");
        (shop.id, CustomerId::from_uuid(customer))
    }

    #[cfg(feature = "postgres")]
    pub(super) async fn postgres(
        store: &sms_inbox::PostgresStore,
        messages: u64,
    ) -> (ShopId, CustomerId) {
        let shop = Shop::new("Bench", vec![], chrono_tz::UTC);
        store.put_shop(&shop).await.expect("shop");
        let threads = (messages / 20) as i64;
        let pool = store.pool();
        sqlx::query(
            "INSERT INTO customers (shop_id, customer_id, phone, subscribed, consent_at, \
             consent_source, created_at, last_message_at, preview, last_direction, unread) \
             SELECT $1, md5(i::text)::uuid, '+1415' || (2000000 + i)::text, i % 50 <> 0, 0, \
             'checkout', 0, 1700000000000000 + i * 1000000, 'hello', 'inbound', i % 3 \
             FROM generate_series(1, $2) AS i",
        )
        .bind(shop.id.as_uuid())
        .bind(threads)
        .execute(pool)
        .await
        .expect("customers");
        sqlx::query(
            "INSERT INTO messages (shop_id, message_id, customer_id, direction, body, origin, \
             status, created_at, timeline_at, encoding, segments) \
             SELECT $1, gen_random_uuid(), md5((i / 20 + 1)::text)::uuid, \
             CASE WHEN i % 2 = 0 THEN 'inbound' ELSE 'outbound' END, \
             'Thanks, your order is on its way', \
             CASE WHEN i % 2 = 0 THEN 'customer' ELSE 'manual' END, \
             CASE WHEN i % 2 = 0 THEN 'received' ELSE 'delivered' END, \
             1600000000000000 + i * 1000, 1600000000000000 + i * 1000, 'GSM-7', 1 \
             FROM generate_series(0, $2 - 1) AS i",
        )
        .bind(shop.id.as_uuid())
        .bind(messages as i64)
        .execute(pool)
        .await
        .expect("messages");
        sqlx::query("ANALYZE").execute(pool).await.expect("analyze");
        let customer: uuid::Uuid = sqlx::query_scalar(
            "SELECT customer_id FROM customers WHERE shop_id = $1 ORDER BY last_message_at DESC \
             LIMIT 1",
        )
        .bind(shop.id.as_uuid())
        .fetch_one(pool)
        .await
        .expect("customer");
        (shop.id, CustomerId::from_uuid(customer))
    }
}

#[cfg(feature = "postgres")]
mod pg {
    use sqlx::Executor;
    use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
    use std::str::FromStr;

    pub(super) async fn fresh(url: &str, connections: u32) -> (sms_inbox::PostgresStore, String) {
        let schema = format!("bench_{}", uuid::Uuid::now_v7().simple());
        let admin = sqlx::PgPool::connect(url).await.expect("connect");
        admin
            .execute(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
            .await
            .expect("schema");
        let options = PgConnectOptions::from_str(url)
            .expect("url")
            .options([("search_path", schema.as_str())]);
        let pool = PgPoolOptions::new()
            .max_connections(connections)
            // As `PostgresStore::connect` does: no ping before each use.
            .test_before_acquire(false)
            .connect_with(options)
            .await
            .expect("pool");
        let store = sms_inbox::PostgresStore::new(pool);
        store.migrate().await.expect("migrate");
        (store, schema)
    }

    pub(super) async fn drop_schema(url: &str, schema: &str) {
        let admin = sqlx::PgPool::connect(url).await.expect("connect");
        admin
            .execute(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
            .await
            .expect("drop schema");
    }
}

criterion_group!(benches, ingest, reading);
criterion_main!(benches);
