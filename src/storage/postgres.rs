//! The PostgreSQL store: for hosts that run many app servers.

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use uuid::Uuid;

use super::sql::{
    CustomerRow, MIGRATIONS_TABLE, bumped_customer, direction_str, micros, sql_store, store_error,
    thread_bump,
};
use crate::error::Result;
use crate::storage::{InboundOutcome, InboundText, Store, preview};
use crate::{CustomerId, ShopId};

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
    ///
    /// The pool does not ping a connection before each use (a round trip per text);
    /// a connection the server dropped fails its next statement with a retryable
    /// [`Error::Store`](crate::Error::Store) and leaves the pool.
    pub async fn connect(url: &str) -> Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .test_before_acquire(false)
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

impl PostgresStore {
    /// Records a text that changes nothing but its thread, from a sender the shop
    /// already knows, in one statement: the message is added unless its carrier id is
    /// stored already, and only then is the thread bumped (unread + 1) and the customer
    /// returned. `None`, with nothing written, for an unknown number, a new sender or a
    /// text delivered before: the transaction in `record_inbound` handles those.
    ///
    /// One statement is one round trip and one commit instead of four. It keeps the
    /// lock order of every other write: the customer's row is locked (`k`) before the
    /// message that `m` inserts from it.
    async fn record_plain_inbound(&self, text: &InboundText) -> Result<Option<InboundOutcome>> {
        const OP: &str = "record inbound message";
        // The lookup supplies the shop and customer; nothing else of the message
        // depends on them.
        let mut message = text.message(
            ShopId::from_uuid(Uuid::nil()),
            CustomerId::from_uuid(Uuid::nil()),
        );
        let row = sqlx::query_as::<_, CustomerRow>(concat!(
            "WITH k AS (SELECT c.shop_id, c.customer_id FROM customers c \
             WHERE c.shop_id = (SELECT n.shop_id FROM shop_numbers n WHERE n.number = $1) \
             AND c.phone = $2 FOR UPDATE OF c), \
             m AS (INSERT INTO messages (shop_id, message_id, customer_id, direction, body, \
             origin, status, created_at, timeline_at, carrier_id, encoding, segments, attempts) \
             SELECT k.shop_id, $7, k.customer_id, $6, $8, $9, $10, $15, $4, $11, $12, $13, $14 \
             FROM k ON CONFLICT (shop_id, carrier_id) WHERE carrier_id IS NOT NULL DO NOTHING \
             RETURNING shop_id, customer_id) \
             UPDATE customers SET ",
            thread_bump!(),
            " WHERE (shop_id, customer_id) IN (SELECT shop_id, customer_id FROM m)",
            bumped_customer!()
        ))
        .bind(text.to.e164())
        .bind(text.from.e164())
        .bind(1_i64)
        .bind(micros(message.timeline_at()))
        .bind(preview(&message.body))
        .bind(direction_str(message.direction))
        .bind(message.id.as_uuid())
        .bind(message.body.as_str())
        .bind(message.origin.as_str())
        .bind(message.status.as_str())
        .bind(message.carrier_id.as_deref())
        .bind(message.encoding.as_str())
        .bind(i64::from(message.segments))
        .bind(i64::from(message.attempts))
        .bind(micros(message.created_at))
        .fetch_optional(&self.pool)
        .await
        .map_err(store_error(OP))?;
        let Some(row) = row else {
            return Ok(None);
        };
        let shop = ShopId::from_uuid(row.shop_id());
        let customer = CustomerId::from_uuid(row.customer_id());
        let customer = if row.is_subscribed() {
            row.into_customer()?
        } else {
            // The opt-out's evidence is kept on its consent event.
            <Self as Store>::customer(self, shop, customer).await?
        };
        message.shop_id = shop;
        message.customer_id = customer.id;
        Ok(Some(InboundOutcome {
            shop,
            message,
            customer,
            duplicate: false,
            reply: None,
            cancelled: Vec::new(),
        }))
    }
}

sql_store!(
    PostgresStore,
    sqlx::Postgres,
    begin = "BEGIN",
    lock = " FOR UPDATE OF c",
    claim_lock = " FOR UPDATE OF c SKIP LOCKED"
);
