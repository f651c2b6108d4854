//! Stores for the tests: every backend, each test on a fresh database.
#![allow(dead_code)]

use std::sync::Arc;

use sms_inbox::Store;

/// A store and whatever keeps its database alive; dropping it cleans up.
pub struct Fixture {
    pub store: Arc<dyn Store>,
    _guard: Option<Box<dyn Send + Sync>>,
}

pub async fn memory() -> Option<Fixture> {
    Some(Fixture {
        store: Arc::new(sms_inbox::MemoryStore::new()),
        _guard: None,
    })
}

pub async fn sqlite_memory() -> Option<Fixture> {
    let store = sms_inbox::SqliteStore::connect("sqlite::memory:")
        .await
        .expect("open in-memory SQLite");
    Some(Fixture {
        store: Arc::new(store),
        _guard: None,
    })
}

pub async fn sqlite_file() -> Option<Fixture> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("inbox.db");
    let store = sms_inbox::SqliteStore::connect(path.to_str().expect("utf-8 path"))
        .await
        .expect("open SQLite file");
    Some(Fixture {
        store: Arc::new(store),
        _guard: Some(Box::new(dir)),
    })
}

/// The PostgreSQL server named by `SMS_INBOX_POSTGRES_URL`, or `None` (with a note on
/// stderr) when it is not set. With `SMS_INBOX_REQUIRE_POSTGRES=1`, as CI sets it, a
/// missing server fails the test instead.
pub fn postgres_url() -> Option<String> {
    match std::env::var("SMS_INBOX_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("SMS_INBOX_REQUIRE_POSTGRES").is_err(),
                "SMS_INBOX_REQUIRE_POSTGRES is set but SMS_INBOX_POSTGRES_URL is not"
            );
            eprintln!("skipped: set SMS_INBOX_POSTGRES_URL to run the PostgreSQL tests");
            None
        }
    }
}

#[cfg(feature = "postgres")]
pub async fn postgres() -> Option<Fixture> {
    use sqlx::Executor;
    use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
    use std::str::FromStr;

    let url = postgres_url()?;
    let schema = format!("t_{}", uuid::Uuid::now_v7().simple());
    let admin = sqlx::PgPool::connect(&url)
        .await
        .expect("connect to PostgreSQL");
    admin
        .execute(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
        .await
        .expect("create schema");
    let options = PgConnectOptions::from_str(&url)
        .expect("PostgreSQL URL")
        .options([("search_path", schema.as_str())]);
    let pool = PgPoolOptions::new()
        .max_connections(10)
        .connect_with(options)
        .await
        .expect("connect to PostgreSQL");
    let store = sms_inbox::PostgresStore::new(pool);
    store.migrate().await.expect("migrate");
    Some(Fixture {
        store: Arc::new(store),
        _guard: Some(Box::new(DropSchema { url, schema })),
    })
}

#[cfg(not(feature = "postgres"))]
pub async fn postgres() -> Option<Fixture> {
    if postgres_url().is_some() {
        eprintln!("skipped: built without the `postgres` feature");
    }
    None
}

/// Drops a test's schema when the test ends.
struct DropSchema {
    url: String,
    schema: String,
}

#[cfg(feature = "postgres")]
impl Drop for DropSchema {
    fn drop(&mut self) {
        let url = self.url.clone();
        let sql = format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema);
        // Tests run inside a runtime that cannot block; a thread of its own can.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async {
                use sqlx::Executor;
                if let Ok(pool) = sqlx::PgPool::connect(&url).await {
                    let _ = pool.execute(sqlx::AssertSqlSafe(sql)).await;
                }
            });
        })
        .join();
    }
}
