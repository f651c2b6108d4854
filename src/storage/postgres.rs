//! The PostgreSQL store: for hosts that run many app servers.

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use super::sql::{MIGRATIONS_TABLE, sql_store, store_error};
use crate::error::Result;

/// A [`Store`](crate::Store) in PostgreSQL.
///
/// Every write locks the customer's row (`SELECT … FOR UPDATE`, or for an inbound text
/// the update of the customer's thread, which returns the row as stored) before it reads
/// or changes anything else of that customer, so an opt-out and a send to the same
/// customer are serialized and the consent gate holds across any number of app servers.
#[derive(Debug, Clone)]
pub struct PostgresStore {
    pool: PgPool,
}

impl PostgresStore {
    /// A store over the host's own pool. Call [`PostgresStore::migrate`] once before use.
    pub fn new(pool: PgPool) -> Self {
        Self { pool }
    }

    /// Connects to `url` (`postgres://user@host/db`) and migrates the schema.
    pub async fn connect(url: &str) -> Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .connect(url)
            .await
            .map_err(store_error("connect to PostgreSQL"))?;
        let store = Self::new(pool);
        store.migrate().await?;
        Ok(store)
    }

    /// Brings the schema up to date. Running it again is a no-op. Our migrations are
    /// recorded in their own table (`sms_inbox_migrations`), apart from the host's.
    pub async fn migrate(&self) -> Result<()> {
        let mut migrator = sqlx::migrate!("migrations/postgres");
        migrator.dangerous_set_table_name(MIGRATIONS_TABLE);
        migrator
            .run(&self.pool)
            .await
            .map_err(|e| crate::Error::Store {
                operation: "migrate PostgreSQL schema",
                retryable: false,
                source: e.into(),
            })
    }

    /// The pool the store uses.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }
}

sql_store!(
    PostgresStore,
    sqlx::Postgres,
    begin = "BEGIN",
    lock = " FOR UPDATE OF c",
    claim_lock = " FOR UPDATE OF c SKIP LOCKED"
);
