//! Inbound texts for the SQL stores: routing by number, finding or adding the sender,
//! and recording the text with what it changes, in one transaction.
//!
//! Generated as inherent methods that the `Store` implementation in `store.rs` forwards
//! to, so each file keeps one job.

/// Implements the inbound path for a SQL store type.
macro_rules! sql_inbound {
    ($store:ty, $db:ty) => {
        impl $store {
            async fn record_inbound_impl(
                &self,
                text: &$crate::storage::InboundText,
                changes: Option<&$crate::storage::ChangesBuilder<'_>>,
            ) -> $crate::Result<$crate::storage::InboundOutcome> {
                use $crate::storage::sql::store_error;
                const OP: &str = "record inbound message";
                if changes.is_none()
                    && let Some(outcome) = self.record_plain_inbound(text).await?
                {
                    return Ok(outcome);
                }
                let mut tx = self.begin(OP).await?;
                // Every write takes the customer's row before the messages. A known
                // sender's thread is found, locked, bumped and read by one statement.
                let (customer, shop) = match Self::bump_routed(&mut tx, text, OP).await? {
                    Some(row) if row.is_subscribed() => (row.into_customer()?, None),
                    Some(row) => {
                        let id = $crate::CustomerId::from_uuid(row.customer_id());
                        let shop = $crate::ShopId::from_uuid(row.shop_id());
                        let row = Self::read_customer(&mut *tx, shop, id).await?;
                        (row.into_customer()?, None)
                    }
                    None => {
                        let (shop, found) =
                            Self::route(&mut tx, text, OP).await?.ok_or_else(|| {
                                $crate::Error::UnknownNumber {
                                    number: text.to.masked(),
                                }
                            })?;
                        let found = match found {
                            Some(row) => row,
                            None => {
                                Self::add_customer(&mut tx, &text.new_customer(shop.id), OP).await?
                            }
                        };
                        let read_event = found.consent_event_id();
                        let customer = found.into_customer()?;
                        let bump = text.message(shop.id, customer.id);
                        // The consent the update returns says whether the customer read
                        // above is still current.
                        let customer =
                            if Self::touch_thread(&mut tx, &bump, OP).await? == read_event {
                                customer
                            } else {
                                Self::read_customer(&mut *tx, shop.id, customer.id)
                                    .await?
                                    .into_customer()?
                            };
                        (customer, Some(shop))
                    }
                };
                let shop_id = customer.shop_id;
                let message = text.message(shop_id, customer.id);
                if !Self::insert_row(&mut tx, &message, OP).await? {
                    // The carrier delivered this text before: return the first copy, and
                    // roll the thread's update back.
                    // Only a carrier id can clash (message ids are new), so it is set.
                    let carrier_id = message.carrier_id.as_deref().unwrap_or_default();
                    let existing =
                        Self::read_message_by_carrier_id(&mut *tx, shop_id, carrier_id, OP).await?;
                    tx.rollback().await.map_err(store_error(OP))?;
                    return Ok($crate::storage::InboundOutcome {
                        shop: shop_id,
                        message: existing,
                        customer,
                        duplicate: true,
                        reply: None,
                        cancelled: Vec::new(),
                    });
                }
                let changes = match changes {
                    Some(build) => {
                        let shop = match shop {
                            Some(shop) => shop,
                            None => Self::read_shop(&mut *tx, shop_id, OP).await?,
                        };
                        let changes = build(&shop, &customer);
                        changes.check_belongs_to(shop_id, customer.id)?;
                        changes
                    }
                    None => $crate::storage::InboundChanges::default(),
                };
                let applied = changes
                    .consent
                    .as_ref()
                    .filter(|e| $crate::storage::changes_subscription(&customer, e));
                let (customer, cancelled) = match applied {
                    Some(event) => {
                        let cancelled = Self::apply_consent(&mut tx, event, OP).await?;
                        let mut customer = customer;
                        customer.subscription = event.subscription();
                        (customer, cancelled)
                    }
                    None => (customer, Vec::new()),
                };
                let mut reply = changes
                    .reply
                    .filter(|r| $crate::storage::reply_allowed(r, applied.is_some(), &customer));
                if let (Some(r), Some(window)) = (&reply, changes.repeat_window) {
                    let last = Self::last_reply(&mut tx, r, OP).await?;
                    if $crate::storage::repeats_reply(window, last, r.created_at) {
                        reply = None;
                    }
                }
                if let Some(reply) = &reply {
                    Self::insert_new_message(&mut tx, reply, OP).await?;
                }
                tx.commit().await.map_err(store_error(OP))?;
                Ok($crate::storage::InboundOutcome {
                    shop: shop_id,
                    message,
                    customer,
                    duplicate: false,
                    reply,
                    cancelled,
                })
            }

            /// Bumps the thread of the text's sender at the shop that sends from `text.to`
            /// and returns their row as stored, without the evidence of an opt-out (so
            /// `None` for an unknown number or a sender new to the shop). One statement
            /// routes, takes the customer's row lock and reads it.
            async fn bump_routed(
                tx: &mut sqlx::Transaction<'static, $db>,
                text: &$crate::storage::InboundText,
                operation: &'static str,
            ) -> $crate::Result<Option<$crate::storage::sql::CustomerRow>> {
                sqlx::query_as::<_, $crate::storage::sql::CustomerRow>(concat!(
                    "UPDATE customers SET ",
                    $crate::storage::sql::thread_bump!(),
                    " WHERE shop_id = (SELECT n.shop_id FROM shop_numbers n WHERE n.number = $1) \
                     AND phone = $2",
                    $crate::storage::sql::bumped_customer!()
                ))
                .bind(text.to.e164())
                .bind(text.from.e164())
                .bind(1_i64)
                .bind($crate::storage::sql::micros(text.received_at))
                .bind($crate::storage::preview(&text.body))
                .bind($crate::storage::sql::direction_str(
                    $crate::Direction::Inbound,
                ))
                .fetch_optional(&mut **tx)
                .await
                .map_err($crate::storage::sql::store_error(operation))
            }

            /// Reads, in one statement, the shop that sends from `text.to` (`None` when no
            /// shop does) and the customer with the sender's phone there, if any.
            async fn route(
                tx: &mut sqlx::Transaction<'static, $db>,
                text: &$crate::storage::InboundText,
                operation: &'static str,
            ) -> $crate::Result<Option<($crate::Shop, Option<$crate::storage::sql::CustomerRow>)>>
            {
                use sqlx::{FromRow, Row};
                use $crate::storage::sql::{CustomerRow, ShopRow, store_error};
                let rows = sqlx::query(concat!(
                    "SELECT ",
                    $crate::storage::sql::shop_columns!(),
                    ", n2.number, ",
                    $crate::storage::sql::customer_fields!(),
                    " FROM shop_numbers n JOIN shops s ON s.shop_id = n.shop_id \
                     JOIN shop_numbers n2 ON n2.shop_id = n.shop_id \
                     LEFT JOIN customers c ON c.shop_id = n.shop_id AND c.phone = $2 \
                     LEFT JOIN consent_events e \
                     ON e.shop_id = c.shop_id AND e.event_id = c.consent_event_id \
                     WHERE n.number = $1 ORDER BY n2.position"
                ))
                .bind(text.to.e164())
                .bind(text.from.e164())
                .fetch_all(&mut **tx)
                .await
                .map_err(store_error(operation))?;
                let Some(first) = rows.first() else {
                    return Ok(None);
                };
                let customer = match first
                    .try_get::<Option<uuid::Uuid>, _>("customer_id")
                    .map_err(store_error(operation))?
                {
                    Some(_) => Some(CustomerRow::from_row(first).map_err(store_error(operation))?),
                    None => None,
                };
                let shop = rows
                    .iter()
                    .map(ShopRow::from_row)
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(store_error(operation))?;
                Ok($crate::storage::sql::shop_from_rows(shop)?.map(|shop| (shop, customer)))
            }

            /// Adds a customer with their first consent event, unless the shop already
            /// has one with that phone (added a moment ago by another transaction), and
            /// returns the customer as stored.
            async fn add_customer(
                tx: &mut sqlx::Transaction<'static, $db>,
                new: &$crate::Customer,
                operation: &'static str,
            ) -> $crate::Result<$crate::storage::sql::CustomerRow> {
                use $crate::storage::sql::{customer_columns, micros, store_error};
                let (since, source) = match &new.subscription {
                    $crate::Subscription::Subscribed { since, source } => (since, source),
                    $crate::Subscription::Unsubscribed { since, source, .. } => (since, source),
                };
                let added = sqlx::query(
                    "INSERT INTO customers (shop_id, customer_id, phone, name, time_zone, \
                     subscribed, consent_at, consent_source, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
                     ON CONFLICT (shop_id, phone) DO NOTHING",
                )
                .bind(new.shop_id.as_uuid())
                .bind(new.id.as_uuid())
                .bind(new.phone.e164())
                .bind(new.name.as_deref())
                .bind(new.time_zone.map(|tz| tz.name()))
                .bind(new.is_subscribed())
                .bind(micros(*since))
                .bind(source.as_str())
                .bind(micros(new.created_at))
                .execute(&mut **tx)
                .await
                .map_err(store_error(operation))?
                .rows_affected();
                if added == 1 {
                    Self::insert_consent_event(
                        tx,
                        &$crate::storage::initial_consent(new),
                        operation,
                    )
                    .await?;
                }
                sqlx::query_as::<_, $crate::storage::sql::CustomerRow>(concat!(
                    "SELECT ",
                    customer_columns!(),
                    " WHERE c.shop_id = $1 AND c.phone = $2"
                ))
                .bind(new.shop_id.as_uuid())
                .bind(new.phone.e164())
                .fetch_one(&mut **tx)
                .await
                .map_err(store_error(operation))
            }

            /// When the customer last got a message of the reply's origin, if ever.
            async fn last_reply(
                tx: &mut sqlx::Transaction<'static, $db>,
                reply: &$crate::Message,
                operation: &'static str,
            ) -> $crate::Result<Option<chrono::DateTime<chrono::Utc>>> {
                let last: Option<i64> = sqlx::query_scalar(
                    "SELECT MAX(created_at) FROM messages WHERE shop_id = $1 \
                     AND customer_id = $2 AND origin = $3",
                )
                .bind(reply.shop_id.as_uuid())
                .bind(reply.customer_id.as_uuid())
                .bind(reply.origin.as_str())
                .fetch_one(&mut **tx)
                .await
                .map_err($crate::storage::sql::store_error(operation))?;
                Ok(last.and_then(chrono::DateTime::from_timestamp_micros))
            }
        }
    };
}
pub(crate) use sql_inbound;
