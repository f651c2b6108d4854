//! What the SQLite and PostgreSQL stores share: row types, conversions, error mapping
//! and the `Store` implementation, written once as a macro over the two drivers.
//!
//! Both schemas keep times as microseconds since the Unix epoch and ids as UUIDs, so
//! the statements below run unchanged on both; they differ only in how a transaction
//! takes its locks (see `sql_store!`).

use chrono::{DateTime, Utc};

use crate::error::{BoxError, Error, Result};
use crate::model::{ConsentChange, Direction, ThreadFilter};

mod dispatch;
mod inbound;
mod rows;
mod store;

pub(crate) use dispatch::sql_dispatch;
pub(crate) use inbound::sql_inbound;
pub(crate) use rows::{ConsentRow, CustomerRow, MessageRow, OrderRow, ShopRow, shop_from_rows};
pub(crate) use store::sql_store;

/// The name of the table that records which of our migrations ran, kept apart from the
/// host's own `_sqlx_migrations`.
pub(crate) const MIGRATIONS_TABLE: &str = "sms_inbox_migrations";

pub(crate) fn micros(t: DateTime<Utc>) -> i64 {
    t.timestamp_micros()
}

pub(super) fn time(v: i64) -> Result<DateTime<Utc>> {
    DateTime::from_timestamp_micros(v).ok_or_else(|| corrupt(format!("time {v} out of range")))
}

pub(super) fn opt_time(v: Option<i64>) -> Result<Option<DateTime<Utc>>> {
    v.map(time).transpose()
}

pub(super) fn corrupt(what: String) -> Error {
    Error::Store {
        operation: "read a stored row",
        retryable: false,
        source: what.into(),
    }
}

pub(super) fn parsed<T>(value: Option<T>, what: &str, raw: &str) -> Result<T> {
    value.ok_or_else(|| corrupt(format!("unknown {what} {raw:?}")))
}

pub(super) fn time_zone(raw: &str) -> Result<chrono_tz::Tz> {
    raw.parse()
        .map_err(|_| corrupt(format!("unknown time zone {raw:?}")))
}

pub(crate) fn direction_str(d: Direction) -> &'static str {
    match d {
        Direction::Inbound => "inbound",
        Direction::Outbound => "outbound",
    }
}

pub(super) fn direction(raw: &str) -> Result<Direction> {
    match raw {
        "inbound" => Ok(Direction::Inbound),
        "outbound" => Ok(Direction::Outbound),
        _ => Err(corrupt(format!("unknown direction {raw:?}"))),
    }
}

pub(crate) fn change_str(c: ConsentChange) -> &'static str {
    match c {
        ConsentChange::Subscribed => "subscribed",
        ConsentChange::Unsubscribed => "unsubscribed",
    }
}

/// Maps a driver error to the crate's error, saying which operation failed and whether
/// trying again may help (lock contention, lost connections, serialization failures).
pub(crate) fn store_error(operation: &'static str) -> impl FnOnce(sqlx::Error) -> Error {
    move |e| {
        let retryable = match &e {
            sqlx::Error::Io(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::WorkerCrashed => true,
            sqlx::Error::Database(db) => matches!(
                db.code().as_deref(),
                // SQLite: busy, locked; PostgreSQL: serialization failure, deadlock,
                // too many connections, admin shutdown, cannot connect now.
                Some("5" | "6" | "517" | "262" | "40001" | "40P01" | "53300" | "57P01" | "57P03")
            ),
            _ => false,
        };
        Error::Store {
            operation,
            retryable,
            source: BoxError::from(e),
        }
    }
}

/// The customer columns every customer query selects, with the evidence of the consent
/// event behind the current subscription.
macro_rules! customer_columns {
    () => {
        concat!(
            "c.shop_id, ",
            $crate::storage::sql::customer_fields!(),
            " FROM customers c LEFT JOIN consent_events e \
             ON e.shop_id = c.shop_id AND e.event_id = c.consent_event_id"
        )
    };
}
pub(crate) use customer_columns;

/// The customer columns other than the shop id, for a statement that selects the shop
/// id from another table; it must join consent events as `e`.
macro_rules! customer_fields {
    () => {
        concat!(
            $crate::storage::sql::customer_own_fields!("c."),
            ", e.message_id AS ev_message_id, e.text AS ev_text, e.rule AS ev_rule, \
             e.carrier_code AS ev_carrier_code, e.actor AS ev_actor"
        )
    };
}
pub(crate) use customer_fields;

/// The columns of the customers row itself but the shop id, each name after `$table`
/// (`"c."` in a join, `""` where the row is the only one in scope).
macro_rules! customer_own_fields {
    ($table:literal) => {
        concat!(
            $table,
            "customer_id, ",
            $table,
            "phone, ",
            $table,
            "name, ",
            $table,
            "time_zone, ",
            $table,
            "subscribed, ",
            $table,
            "consent_at, ",
            $table,
            "consent_source, ",
            $table,
            "consent_event_id, ",
            $table,
            "created_at, ",
            $table,
            "last_message_at, ",
            $table,
            "preview, ",
            $table,
            "last_direction, ",
            $table,
            "unread"
        )
    };
}
pub(crate) use customer_own_fields;

/// How a message bumps its thread: it becomes the latest activity (unless a later
/// message already is) and counts unread when inbound. Parameters: `$3` unread increment,
/// `$4` the message's timeline time, `$5` its preview, `$6` its direction.
macro_rules! thread_bump {
    () => {
        "unread = unread + $3, \
         preview = CASE WHEN last_message_at IS NULL OR last_message_at <= $4 \
           THEN $5 ELSE preview END, \
         last_direction = CASE WHEN last_message_at IS NULL OR last_message_at <= $4 \
           THEN $6 ELSE last_direction END, \
         last_message_at = CASE WHEN last_message_at IS NULL OR last_message_at <= $4 \
           THEN $4 ELSE last_message_at END"
    };
}
pub(crate) use thread_bump;

/// What an update of a customer's thread returns: the row as stored, without the
/// evidence of the consent event (read apart when the customer has opted out).
macro_rules! bumped_customer {
    () => {
        concat!(
            " RETURNING shop_id, ",
            $crate::storage::sql::customer_own_fields!(""),
            ", CAST(NULL AS UUID) AS ev_message_id, CAST(NULL AS TEXT) AS ev_text, \
             CAST(NULL AS TEXT) AS ev_rule, CAST(NULL AS TEXT) AS ev_carrier_code, \
             CAST(NULL AS TEXT) AS ev_actor"
        )
    };
}
pub(crate) use bumped_customer;

/// The shop columns of a statement that joins `shops s` with one of its numbers,
/// named apart from the customer columns.
macro_rules! shop_columns {
    () => {
        "s.shop_id, s.name AS shop_name, s.time_zone AS shop_time_zone, s.support_contact"
    };
}
pub(crate) use shop_columns;

macro_rules! message_columns {
    () => {
        "shop_id, message_id, customer_id, direction, body, origin, status, created_at, send_at, \
         claimed_at, attempts, sent_at, delivered_at, carrier_id, failure_code, failure_reason, carrier_status, \
         encoding, segments, order_id FROM messages"
    };
}
pub(crate) use message_columns;

macro_rules! order_columns {
    () => {
        "shop_id, order_id, customer_id, number, status, total_minor, currency, item_count, url, \
         created_at, updated_at FROM orders"
    };
}
pub(crate) use order_columns;

macro_rules! consent_columns {
    () => {
        "shop_id, event_id, customer_id, change, source, message_id, text, rule, carrier_code, \
         actor, at FROM consent_events"
    };
}
pub(crate) use consent_columns;

/// The statements that list threads for a filter: the first page, and a page after a
/// cursor. One pair per filter, so each matches its own partial index.
pub(crate) fn thread_list_sql(filter: ThreadFilter) -> (&'static str, &'static str) {
    macro_rules! list {
        ($filter:literal) => {
            (
                concat!(
                    "SELECT ",
                    customer_columns!(),
                    " WHERE c.shop_id = $1 AND c.last_message_at IS NOT NULL",
                    $filter,
                    " ORDER BY c.last_message_at DESC, c.customer_id DESC LIMIT $2"
                ),
                concat!(
                    "SELECT ",
                    customer_columns!(),
                    " WHERE c.shop_id = $1 AND c.last_message_at IS NOT NULL",
                    $filter,
                    " AND (c.last_message_at, c.customer_id) < ($3, $4)",
                    " ORDER BY c.last_message_at DESC, c.customer_id DESC LIMIT $2"
                ),
            )
        };
    }
    match filter {
        ThreadFilter::All => list!(""),
        ThreadFilter::Unread => list!(" AND c.unread > 0"),
        ThreadFilter::Unsubscribed => list!(" AND NOT c.subscribed"),
    }
}

/// The statement that reads the newest messages of a thread.
pub(crate) const LATEST_MESSAGES_SQL: &str = concat!(
    "SELECT ",
    message_columns!(),
    " WHERE shop_id = $1 AND customer_id = $2 ORDER BY timeline_at DESC, message_id DESC LIMIT $3"
);
