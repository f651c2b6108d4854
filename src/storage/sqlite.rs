//! The SQLite store: the embedded default.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use super::sql::{MIGRATIONS_TABLE, sql_store, store_error};
use crate::error::Result;

/// A [`Store`](crate::Store) in a SQLite database: a file for a real inbox, or memory
/// for tests.
///
/// Writes take the database's write lock at their start (`BEGIN IMMEDIATE`), so every
/// [`Inbox`](crate::Inbox) operation is one transaction that either happens whole or not
/// at all, and concurrent writers queue instead of failing.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// use sms_inbox::SqliteStore;
///
/// let dir = tempfile::tempdir().unwrap();
/// let store = SqliteStore::connect(dir.path().join("inbox.db").to_str().unwrap()).await?;
/// # let _ = store;
/// # Ok::<(), sms_inbox::Error>(())
/// # }).unwrap();
/// ```
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// A store over the host's own pool. Call [`SqliteStore::migrate`] once before use.
    pub fn new(pool: SqlitePool) -> Self {
        Self { pool }
    }

    /// Opens (creating it when missing) and migrates a database.
    ///
    /// `target` is a file path (`inbox.db`), a `sqlite:` URL, or `sqlite::memory:` for a
    /// private in-memory database. Files use WAL journaling, `synchronous=NORMAL` and a
    /// five-second busy timeout.
    pub async fn connect(target: &str) -> Result<Self> {
        let memory = matches!(target, ":memory:" | "sqlite::memory:" | "sqlite://:memory:");
        let options = if memory {
            SqliteConnectOptions::from_str("sqlite::memory:")
        } else if target.starts_with("sqlite:") {
            SqliteConnectOptions::from_str(target)
        } else {
            Ok(SqliteConnectOptions::new().filename(Path::new(target)))
        }
        .map_err(store_error("open SQLite database"))?
        .create_if_missing(true)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
        let pool = if memory {
            // Each connection to ":memory:" is its own database, so keep exactly one,
            // forever.
            SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
                .connect_with(options)
                .await
        } else {
            let options = options
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal);
            SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(options)
                .await
        }
        .map_err(store_error("open SQLite database"))?;
        let store = Self::new(pool);
        store.migrate().await?;
        Ok(store)
    }

    /// Brings the schema up to date. Running it again is a no-op. Our migrations are
    /// recorded in their own table (`sms_inbox_migrations`), apart from the host's.
    pub async fn migrate(&self) -> Result<()> {
        let mut migrator = sqlx::migrate!("migrations/sqlite");
        migrator.dangerous_set_table_name(MIGRATIONS_TABLE);
        migrator
            .run(&self.pool)
            .await
            .map_err(|e| crate::Error::Store {
                operation: "migrate SQLite schema",
                retryable: false,
                source: e.into(),
            })
    }

    /// The pool the store uses.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

impl SqliteStore {
    /// SQLite has no data-modifying `WITH`, so every inbound text takes the transaction
    /// in `record_inbound`, which for a known sender already runs the raw floor's
    /// statements.
    async fn record_plain_inbound(
        &self,
        _text: &crate::storage::InboundText,
    ) -> Result<Option<crate::storage::InboundOutcome>> {
        Ok(None)
    }
}

sql_store!(
    SqliteStore,
    sqlx::Sqlite,
    begin = "BEGIN IMMEDIATE",
    lock = "",
    claim_lock = ""
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ThreadFilter;
    use crate::storage::sql::{LATEST_MESSAGES_SQL, thread_list_sql};

    async fn plan(store: &SqliteStore, sql: &'static str) -> String {
        // EXPLAIN QUERY PLAN rows are (id, parent, notused, detail); unbound
        // parameters are NULL, which does not change the plan.
        let rows: Vec<(i64, i64, i64, String)> =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("EXPLAIN QUERY PLAN {sql}")))
                .fetch_all(&store.pool)
                .await
                .expect("explain");
        rows.into_iter().map(|r| r.3).collect::<Vec<_>>().join("\n")
    }

    /// The thread list and the thread page are index range scans in index order: no
    /// table scan, no sort, whatever the table's size.
    #[tokio::test]
    async fn reading_uses_indexes_without_sorting() {
        let store = SqliteStore::connect("sqlite::memory:").await.unwrap();
        for (filter, index) in [
            (ThreadFilter::All, "customers_activity"),
            (ThreadFilter::Unread, "customers_unread"),
            (ThreadFilter::Unsubscribed, "customers_unsubscribed"),
        ] {
            let (first, after) = thread_list_sql(filter);
            for sql in [first, after] {
                let plan = plan(&store, sql).await;
                assert!(plan.contains(index), "{filter:?} uses {index}:\n{plan}");
                assert!(!plan.contains("TEMP B-TREE"), "{filter:?} sorts:\n{plan}");
            }
        }
        let plan = plan(&store, LATEST_MESSAGES_SQL).await;
        assert!(plan.contains("messages_timeline"), "{plan}");
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
    }
}
