//! The `Store` implementation shared by the SQLite and PostgreSQL stores.

/// Implements [`Store`](crate::Store) for a store type holding `pool: sqlx::Pool<$db>`.
///
/// `$begin` opens a write transaction and `$lock` is appended to the statement that
/// reads a customer row inside one. Every write first locks the customer's row (an
/// inbound text by updating its thread there, which returns the row as stored; on
/// SQLite, `BEGIN IMMEDIATE` locks the whole database), so all changes to one customer's
/// consent, thread and messages are serialized, always in the same order: customer row
/// first, then messages. That order is what keeps the consent gate atomic: an opt-out and
/// a send to the same customer can never interleave.
macro_rules! sql_store {
    ($store:ty, $db:ty, begin = $begin:literal, lock = $lock:literal, claim_lock = $claim_lock:literal) => {
        $crate::storage::sql::sql_dispatch!($store, $db, claim_lock = $claim_lock);
        $crate::storage::sql::sql_inbound!($store, $db);

        impl $store {
            async fn begin(&self, operation: &'static str) -> $crate::Result<sqlx::Transaction<'static, $db>> {
                self.pool
                    .begin_with($begin)
                    .await
                    .map_err($crate::storage::sql::store_error(operation))
            }

            async fn lock_customer(
                tx: &mut sqlx::Transaction<'static, $db>,
                shop: $crate::ShopId,
                customer: $crate::CustomerId,
                operation: &'static str,
            ) -> $crate::Result<$crate::Customer> {
                sqlx::query_as::<_, $crate::storage::sql::CustomerRow>(concat!(
                    "SELECT ",
                    $crate::storage::sql::customer_columns!(),
                    " WHERE c.shop_id = $1 AND c.customer_id = $2",
                    $lock
                ))
                .bind(shop.as_uuid())
                .bind(customer.as_uuid())
                .fetch_optional(&mut **tx)
                .await
                .map_err($crate::storage::sql::store_error(operation))?
                .ok_or_else(|| $crate::Error::not_found("customer", customer))?
                .into_customer()
            }

            async fn read_customer<'e, E>(
                executor: E,
                shop: $crate::ShopId,
                customer: $crate::CustomerId,
            ) -> $crate::Result<$crate::storage::sql::CustomerRow>
            where
                E: sqlx::Executor<'e, Database = $db>,
            {
                sqlx::query_as::<_, $crate::storage::sql::CustomerRow>(concat!(
                    "SELECT ",
                    $crate::storage::sql::customer_columns!(),
                    " WHERE c.shop_id = $1 AND c.customer_id = $2"
                ))
                .bind(shop.as_uuid())
                .bind(customer.as_uuid())
                .fetch_optional(executor)
                .await
                .map_err($crate::storage::sql::store_error("read customer"))?
                .ok_or_else(|| $crate::Error::not_found("customer", customer))
            }

            async fn read_message<'e, E>(
                executor: E,
                shop: $crate::ShopId,
                message: $crate::MessageId,
                operation: &'static str,
            ) -> $crate::Result<$crate::Message>
            where
                E: sqlx::Executor<'e, Database = $db>,
            {
                sqlx::query_as::<_, $crate::storage::sql::MessageRow>(concat!(
                    "SELECT ",
                    $crate::storage::sql::message_columns!(),
                    " WHERE shop_id = $1 AND message_id = $2"
                ))
                .bind(shop.as_uuid())
                .bind(message.as_uuid())
                .fetch_optional(executor)
                .await
                .map_err($crate::storage::sql::store_error(operation))?
                .ok_or_else(|| $crate::Error::not_found("message", message))?
                .into_message()
            }

            /// Reads the message the carrier knows by `carrier_id`.
            async fn read_message_by_carrier_id<'e, E>(
                executor: E,
                shop: $crate::ShopId,
                carrier_id: &str,
                operation: &'static str,
            ) -> $crate::Result<$crate::Message>
            where
                E: sqlx::Executor<'e, Database = $db>,
            {
                sqlx::query_as::<_, $crate::storage::sql::MessageRow>(concat!(
                    "SELECT ",
                    $crate::storage::sql::message_columns!(),
                    " WHERE shop_id = $1 AND carrier_id = $2"
                ))
                .bind(shop.as_uuid())
                .bind(carrier_id)
                .fetch_optional(executor)
                .await
                .map_err($crate::storage::sql::store_error(operation))?
                .ok_or_else(|| $crate::Error::not_found("message", carrier_id))?
                .into_message()
            }

            /// Inserts a message and bumps its thread. Returns false, writing nothing,
            /// when a message with the same carrier id is already stored.
            async fn insert_message(
                tx: &mut sqlx::Transaction<'static, $db>,
                m: &$crate::Message,
                operation: &'static str,
            ) -> $crate::Result<bool> {
                if !Self::insert_row(tx, m, operation).await? {
                    return Ok(false);
                }
                if m.status != $crate::MessageStatus::Planned {
                    Self::touch_thread(tx, m, operation).await?;
                }
                Ok(true)
            }

            /// Inserts a message's row only. Returns false, writing nothing, when a
            /// message with the same carrier id is already stored.
            async fn insert_row(
                tx: &mut sqlx::Transaction<'static, $db>,
                m: &$crate::Message,
                operation: &'static str,
            ) -> $crate::Result<bool> {
                use $crate::storage::sql::{direction_str, micros};
                let failure = m.failure.as_ref();
                let done = sqlx::query(
                    "INSERT INTO messages (shop_id, message_id, customer_id, direction, body, \
                     origin, status, created_at, send_at, timeline_at, sent_at, delivered_at, \
                     carrier_id, failure_code, failure_reason, carrier_status, encoding, \
                     segments, order_id, claimed_at, attempts) VALUES ($1, $2, $3, $4, $5, $6, \
                     $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) \
                     ON CONFLICT (shop_id, carrier_id) WHERE carrier_id IS NOT NULL DO NOTHING",
                )
                .bind(m.shop_id.as_uuid())
                .bind(m.id.as_uuid())
                .bind(m.customer_id.as_uuid())
                .bind(direction_str(m.direction))
                .bind(m.body.as_str())
                .bind(m.origin.as_str())
                .bind(m.status.as_str())
                .bind(micros(m.created_at))
                .bind(m.send_at.map(micros))
                .bind(micros(m.timeline_at()))
                .bind(m.sent_at.map(micros))
                .bind(m.delivered_at.map(micros))
                .bind(m.carrier_id.as_deref())
                .bind(failure.and_then(|f| f.code.as_deref()))
                .bind(failure.map(|f| f.reason.as_str()))
                .bind(m.carrier_status.as_deref())
                .bind(m.encoding.as_str())
                .bind(i64::from(m.segments))
                .bind(m.order_id.as_ref().map(|o| o.0.as_str()))
                .bind(m.claimed_at.map(micros))
                .bind(i64::from(m.attempts))
                .execute(&mut **tx)
                .await
                .map_err($crate::storage::sql::store_error(operation))?;
                Ok(done.rows_affected() == 1)
            }

            /// Inserts a message that must be new: a carrier id already stored is an error.
            async fn insert_new_message(
                tx: &mut sqlx::Transaction<'static, $db>,
                m: &$crate::Message,
                operation: &'static str,
            ) -> $crate::Result<()> {
                if Self::insert_message(tx, m, operation).await? {
                    Ok(())
                } else {
                    Err($crate::Error::Invalid {
                        field: "carrier id",
                        reason: format!("message {} has a carrier id already stored", m.id),
                    })
                }
            }

            /// Makes `m` the thread's latest activity (unless a later message already
            /// is) and counts it unread when inbound. Returns the id of the consent event
            /// behind the customer's subscription as stored, which changes with every
            /// change of subscription.
            async fn touch_thread(
                tx: &mut sqlx::Transaction<'static, $db>,
                m: &$crate::Message,
                operation: &'static str,
            ) -> $crate::Result<Option<uuid::Uuid>> {
                use $crate::storage::sql::{direction_str, micros};
                let unread = i64::from(m.direction == $crate::Direction::Inbound);
                sqlx::query_scalar(concat!(
                    "UPDATE customers SET ",
                    $crate::storage::sql::thread_bump!(),
                    " WHERE shop_id = $1 AND customer_id = $2 RETURNING consent_event_id"
                ))
                .bind(m.shop_id.as_uuid())
                .bind(m.customer_id.as_uuid())
                .bind(unread)
                .bind(micros(m.timeline_at()))
                .bind($crate::storage::preview(&m.body))
                .bind(direction_str(m.direction))
                .fetch_one(&mut **tx)
                .await
                .map_err($crate::storage::sql::store_error(operation))
            }

            async fn insert_consent_event(
                tx: &mut sqlx::Transaction<'static, $db>,
                event: &$crate::ConsentEvent,
                operation: &'static str,
            ) -> $crate::Result<()> {
                use $crate::storage::sql::{change_str, micros, store_error};
                let ev = &event.evidence;
                sqlx::query(
                    "INSERT INTO consent_events (shop_id, event_id, customer_id, change, source, \
                     message_id, text, rule, carrier_code, actor, at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                )
                .bind(event.shop_id.as_uuid())
                .bind(event.id.as_uuid())
                .bind(event.customer_id.as_uuid())
                .bind(change_str(event.change))
                .bind(event.source.as_str())
                .bind(ev.message_id.map(|m| m.as_uuid()))
                .bind(ev.text.as_deref())
                .bind(ev.rule.as_deref())
                .bind(ev.carrier_code.as_deref())
                .bind(ev.actor.as_deref())
                .bind(micros(event.at))
                .execute(&mut **tx)
                .await
                .map_err(store_error(operation))?;
                Ok(())
            }

            /// Applies a consent event that changes the subscription: ledger entry,
            /// customer row, and on an opt-out the cancellation of every pending message.
            async fn apply_consent(
                tx: &mut sqlx::Transaction<'static, $db>,
                event: &$crate::ConsentEvent,
                operation: &'static str,
            ) -> $crate::Result<Vec<$crate::MessageId>> {
                use $crate::storage::sql::{micros, store_error};
                Self::insert_consent_event(tx, event, operation).await?;
                let subscribed = event.change == $crate::ConsentChange::Subscribed;
                sqlx::query(
                    "UPDATE customers SET subscribed = $3, consent_at = $4, consent_source = $5, \
                     consent_event_id = $6 WHERE shop_id = $1 AND customer_id = $2",
                )
                .bind(event.shop_id.as_uuid())
                .bind(event.customer_id.as_uuid())
                .bind(subscribed)
                .bind(micros(event.at))
                .bind(event.source.as_str())
                .bind(event.id.as_uuid())
                .execute(&mut **tx)
                .await
                .map_err(store_error(operation))?;
                if subscribed {
                    return Ok(Vec::new());
                }
                let ids: Vec<uuid::Uuid> = sqlx::query_scalar(
                    "UPDATE messages SET status = 'cancelled' WHERE shop_id = $1 \
                     AND customer_id = $2 AND status IN ('planned', 'queued') \
                     RETURNING message_id",
                )
                .bind(event.shop_id.as_uuid())
                .bind(event.customer_id.as_uuid())
                .fetch_all(&mut **tx)
                .await
                .map_err(store_error(operation))?;
                Ok(ids.into_iter().map($crate::MessageId::from_uuid).collect())
            }

            async fn read_shop<'e, E>(
                executor: E,
                shop: $crate::ShopId,
                operation: &'static str,
            ) -> $crate::Result<$crate::Shop>
            where
                E: sqlx::Executor<'e, Database = $db>,
            {
                let rows: Vec<$crate::storage::sql::ShopRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::storage::sql::shop_columns!(),
                    ", n.number FROM shops s LEFT JOIN shop_numbers n ON n.shop_id = s.shop_id \
                     WHERE s.shop_id = $1 ORDER BY n.position"
                ))
                .bind(shop.as_uuid())
                .fetch_all(executor)
                .await
                .map_err($crate::storage::sql::store_error(operation))?;
                $crate::storage::sql::shop_from_rows(rows)?
                    .ok_or_else(|| $crate::Error::not_found("shop", shop))
            }

            async fn require_shop<'e, E>(
                executor: E,
                shop: $crate::ShopId,
                operation: &'static str,
            ) -> $crate::Result<()>
            where
                E: sqlx::Executor<'e, Database = $db>,
            {
                let exists: bool =
                    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM shops WHERE shop_id = $1)")
                        .bind(shop.as_uuid())
                        .fetch_one(executor)
                        .await
                        .map_err($crate::storage::sql::store_error(operation))?;
                if exists {
                    Ok(())
                } else {
                    Err($crate::Error::not_found("shop", shop))
                }
            }
        }

        #[async_trait::async_trait]
        impl $crate::Store for $store {
            async fn put_shop(&self, shop: &$crate::Shop) -> $crate::Result<()> {
                use $crate::storage::sql::store_error;
                const OP: &str = "save shop";
                let mut tx = self.begin(OP).await?;
                for number in &shop.numbers {
                    let owner: Option<uuid::Uuid> =
                        sqlx::query_scalar("SELECT shop_id FROM shop_numbers WHERE number = $1")
                            .bind(number.e164())
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(store_error(OP))?;
                    if owner.is_some_and(|o| o != shop.id.as_uuid()) {
                        return Err($crate::Error::Invalid {
                            field: "shop numbers",
                            reason: format!("{number} already belongs to another shop"),
                        });
                    }
                }
                sqlx::query(
                    "INSERT INTO shops (shop_id, name, time_zone, support_contact) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (shop_id) DO UPDATE SET \
                     name = excluded.name, time_zone = excluded.time_zone, \
                     support_contact = excluded.support_contact",
                )
                .bind(shop.id.as_uuid())
                .bind(shop.name.as_str())
                .bind(shop.time_zone.name())
                .bind(shop.support_contact.as_deref())
                .execute(&mut *tx)
                .await
                .map_err(store_error(OP))?;
                sqlx::query("DELETE FROM shop_numbers WHERE shop_id = $1")
                    .bind(shop.id.as_uuid())
                    .execute(&mut *tx)
                    .await
                    .map_err(store_error(OP))?;
                for (position, number) in shop.numbers.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO shop_numbers (shop_id, number, position) VALUES ($1, $2, $3)",
                    )
                    .bind(shop.id.as_uuid())
                    .bind(number.e164())
                    .bind(i64::try_from(position).unwrap_or(i64::MAX))
                    .execute(&mut *tx)
                    .await
                    .map_err(store_error(OP))?;
                }
                tx.commit().await.map_err(store_error(OP))
            }

            async fn shop(&self, shop: $crate::ShopId) -> $crate::Result<$crate::Shop> {
                Self::read_shop(&self.pool, shop, "read shop").await
            }

            async fn shop_for_number(
                &self,
                number: &$crate::PhoneNumber,
            ) -> $crate::Result<Option<$crate::Shop>> {
                let rows: Vec<$crate::storage::sql::ShopRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::storage::sql::shop_columns!(),
                    ", n2.number FROM shop_numbers n JOIN shops s ON s.shop_id = n.shop_id \
                     JOIN shop_numbers n2 ON n2.shop_id = n.shop_id \
                     WHERE n.number = $1 ORDER BY n2.position"
                ))
                .bind(number.e164())
                .fetch_all(&self.pool)
                .await
                .map_err($crate::storage::sql::store_error("route by shop number"))?;
                $crate::storage::sql::shop_from_rows(rows)
            }

            async fn customer_for_phone(
                &self,
                shop: $crate::ShopId,
                new: &$crate::Customer,
            ) -> $crate::Result<$crate::Customer> {
                use $crate::storage::sql::{customer_columns, store_error};
                const OP: &str = "find or add customer";
                let existing = sqlx::query_as::<_, $crate::storage::sql::CustomerRow>(concat!(
                    "SELECT ",
                    customer_columns!(),
                    " WHERE c.shop_id = $1 AND c.phone = $2"
                ))
                .bind(shop.as_uuid())
                .bind(new.phone.e164())
                .fetch_optional(&self.pool)
                .await
                .map_err(store_error(OP))?;
                if let Some(row) = existing {
                    return row.into_customer();
                }
                Self::require_shop(&self.pool, shop, OP).await?;
                let mut tx = self.begin(OP).await?;
                let mut first = new.clone();
                first.shop_id = shop;
                let added = Self::add_customer(&mut tx, &first, OP).await?;
                tx.commit().await.map_err(store_error(OP))?;
                added.into_customer()
            }

            async fn customer(
                &self,
                shop: $crate::ShopId,
                customer: $crate::CustomerId,
            ) -> $crate::Result<$crate::Customer> {
                Self::read_customer(&self.pool, shop, customer)
                    .await?
                    .into_customer()
            }

            async fn update_customer(
                &self,
                shop: $crate::ShopId,
                customer: $crate::CustomerId,
                name: Option<String>,
                time_zone: Option<chrono_tz::Tz>,
            ) -> $crate::Result<$crate::Customer> {
                let done = sqlx::query(
                    "UPDATE customers SET name = $3, time_zone = $4 \
                     WHERE shop_id = $1 AND customer_id = $2",
                )
                .bind(shop.as_uuid())
                .bind(customer.as_uuid())
                .bind(name.as_deref())
                .bind(time_zone.map(|tz| tz.name()))
                .execute(&self.pool)
                .await
                .map_err($crate::storage::sql::store_error("update customer"))?;
                if done.rows_affected() == 0 {
                    return Err($crate::Error::not_found("customer", customer));
                }
                <Self as $crate::Store>::customer(self, shop, customer).await
            }

            async fn record_inbound(
                &self,
                text: &$crate::storage::InboundText,
                changes: Option<&$crate::storage::ChangesBuilder<'_>>,
            ) -> $crate::Result<$crate::storage::InboundOutcome> {
                self.record_inbound_impl(text, changes).await
            }

            async fn queue_outbound(
                &self,
                shop: $crate::ShopId,
                message: &$crate::Message,
            ) -> $crate::Result<()> {
                const OP: &str = "queue outbound message";
                if message.shop_id != shop {
                    return Err($crate::Error::not_found("customer", message.customer_id));
                }
                let mut tx = self.begin(OP).await?;
                let customer = Self::lock_customer(&mut tx, shop, message.customer_id, OP).await?;
                if !customer.is_subscribed() {
                    // Release the row lock now, not when the pool reuses the connection.
                    tx.rollback()
                        .await
                        .map_err($crate::storage::sql::store_error(OP))?;
                    return Err($crate::Error::Unsubscribed {
                        customer: customer.id,
                    });
                }
                Self::insert_new_message(&mut tx, message, OP).await?;
                tx.commit()
                    .await
                    .map_err($crate::storage::sql::store_error(OP))
            }

            async fn update_status(
                &self,
                shop: $crate::ShopId,
                message: $crate::MessageId,
                update: &$crate::storage::StatusUpdate,
            ) -> $crate::Result<$crate::Message> {
                use $crate::storage::sql::{micros, store_error};
                const OP: &str = "update message status";
                let customer = self.message(shop, message).await?.customer_id;
                let mut tx = self.begin(OP).await?;
                Self::lock_customer(&mut tx, shop, customer, OP).await?;
                let current = Self::read_message(&mut *tx, shop, message, OP).await?;
                let Some(next) = $crate::storage::next_status(&current, update) else {
                    tx.rollback()
                        .await
                        .map_err($crate::storage::sql::store_error(OP))?;
                    return Ok(current);
                };
                let failure = next.failure.as_ref();
                sqlx::query(
                    "UPDATE messages SET status = $3, sent_at = $4, delivered_at = $5, \
                     carrier_id = $6, failure_code = $7, failure_reason = $8, carrier_status = $9 \
                     WHERE shop_id = $1 AND message_id = $2",
                )
                .bind(shop.as_uuid())
                .bind(message.as_uuid())
                .bind(next.status.as_str())
                .bind(next.sent_at.map(micros))
                .bind(next.delivered_at.map(micros))
                .bind(next.carrier_id.as_deref())
                .bind(failure.and_then(|f| f.code.as_deref()))
                .bind(failure.map(|f| f.reason.as_str()))
                .bind(next.carrier_status.as_deref())
                .execute(&mut *tx)
                .await
                .map_err(store_error(OP))?;
                if $crate::storage::leaves_plan(current.status, next.status) {
                    Self::touch_thread(&mut tx, &next, OP).await?;
                }
                tx.commit().await.map_err(store_error(OP))?;
                Ok(next)
            }

            async fn message(
                &self,
                shop: $crate::ShopId,
                message: $crate::MessageId,
            ) -> $crate::Result<$crate::Message> {
                Self::read_message(&self.pool, shop, message, "read message").await
            }

            async fn message_by_carrier_id(
                &self,
                shop: $crate::ShopId,
                carrier_id: &str,
            ) -> $crate::Result<$crate::Message> {
                Self::read_message_by_carrier_id(
                    &self.pool,
                    shop,
                    carrier_id,
                    "find message by carrier id",
                )
                .await
            }

            async fn messages(
                &self,
                shop: $crate::ShopId,
                customer: $crate::CustomerId,
                before: Option<$crate::MessageId>,
                limit: usize,
            ) -> $crate::Result<Vec<$crate::Message>> {
                use $crate::storage::sql::{message_columns, micros, store_error};
                const OP: &str = "read thread messages";
                Self::read_customer(&self.pool, shop, customer).await?;
                let limit = i64::try_from(limit).unwrap_or(i64::MAX);
                let rows = match before {
                    None => sqlx::query_as::<_, $crate::storage::sql::MessageRow>(
                        $crate::storage::sql::LATEST_MESSAGES_SQL,
                    )
                    .bind(shop.as_uuid())
                    .bind(customer.as_uuid())
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await
                    .map_err(store_error(OP))?,
                    Some(before) => {
                        let anchor = self.message(shop, before).await?;
                        if anchor.customer_id != customer {
                            return Err($crate::Error::not_found("message", before));
                        }
                        sqlx::query_as::<_, $crate::storage::sql::MessageRow>(concat!(
                            "SELECT ",
                            message_columns!(),
                            " WHERE shop_id = $1 AND customer_id = $2 \
                             AND (timeline_at, message_id) < ($3, $4) \
                             ORDER BY timeline_at DESC, message_id DESC LIMIT $5"
                        ))
                        .bind(shop.as_uuid())
                        .bind(customer.as_uuid())
                        .bind(micros(anchor.timeline_at()))
                        .bind(before.as_uuid())
                        .bind(limit)
                        .fetch_all(&self.pool)
                        .await
                        .map_err(store_error(OP))?
                    }
                };
                rows.into_iter().map(|r| r.into_message()).collect()
            }

            async fn record_consent(
                &self,
                shop: $crate::ShopId,
                event: &$crate::ConsentEvent,
            ) -> $crate::Result<$crate::storage::ConsentOutcome> {
                const OP: &str = "record consent change";
                if event.shop_id != shop {
                    return Err($crate::Error::not_found("customer", event.customer_id));
                }
                let mut tx = self.begin(OP).await?;
                let mut customer = Self::lock_customer(&mut tx, shop, event.customer_id, OP).await?;
                if !$crate::storage::changes_subscription(&customer, event) {
                    tx.rollback()
                        .await
                        .map_err($crate::storage::sql::store_error(OP))?;
                    return Ok($crate::storage::ConsentOutcome {
                        customer,
                        cancelled: Vec::new(),
                    });
                }
                let cancelled = Self::apply_consent(&mut tx, event, OP).await?;
                tx.commit()
                    .await
                    .map_err($crate::storage::sql::store_error(OP))?;
                customer.subscription = event.subscription();
                Ok($crate::storage::ConsentOutcome {
                    customer,
                    cancelled,
                })
            }

            async fn consent_history(
                &self,
                shop: $crate::ShopId,
                customer: $crate::CustomerId,
            ) -> $crate::Result<Vec<$crate::ConsentEvent>> {
                Self::read_customer(&self.pool, shop, customer).await?;
                let rows = sqlx::query_as::<_, $crate::storage::sql::ConsentRow>(concat!(
                    "SELECT ",
                    $crate::storage::sql::consent_columns!(),
                    " WHERE shop_id = $1 AND customer_id = $2 ORDER BY at, event_id"
                ))
                .bind(shop.as_uuid())
                .bind(customer.as_uuid())
                .fetch_all(&self.pool)
                .await
                .map_err($crate::storage::sql::store_error("read consent history"))?;
                rows.into_iter().map(|r| r.into_event()).collect()
            }

            async fn threads(
                &self,
                shop: $crate::ShopId,
                query: &$crate::ThreadQuery,
            ) -> $crate::Result<$crate::ThreadPage> {
                use $crate::storage::sql::{micros, store_error};
                const OP: &str = "list threads";
                let (first, after) = $crate::storage::sql::thread_list_sql(query.filter);
                let limit = i64::try_from(query.limit).unwrap_or(i64::MAX - 1) + 1;
                let rows = match &query.after {
                    None => sqlx::query_as::<_, $crate::storage::sql::CustomerRow>(first)
                        .bind(shop.as_uuid())
                        .bind(limit)
                        .fetch_all(&self.pool)
                        .await,
                    Some(cursor) => sqlx::query_as::<_, $crate::storage::sql::CustomerRow>(after)
                        .bind(shop.as_uuid())
                        .bind(limit)
                        .bind(micros(cursor.last_message_at))
                        .bind(cursor.customer_id.as_uuid())
                        .fetch_all(&self.pool)
                        .await,
                }
                .map_err(store_error(OP))?;
                let mut threads = rows
                    .into_iter()
                    .map(|r| r.into_summary())
                    .collect::<$crate::Result<Vec<_>>>()?;
                let more = threads.len() > query.limit;
                threads.truncate(query.limit);
                let next = if more {
                    threads.last().map(|t| t.cursor())
                } else {
                    None
                };
                Ok($crate::ThreadPage { threads, next })
            }

            async fn unread(
                &self,
                shop: $crate::ShopId,
                customer: $crate::CustomerId,
            ) -> $crate::Result<u32> {
                Ok(Self::read_customer(&self.pool, shop, customer).await?.unread())
            }

            async fn mark_read(
                &self,
                shop: $crate::ShopId,
                customer: $crate::CustomerId,
            ) -> $crate::Result<()> {
                let done = sqlx::query(
                    "UPDATE customers SET unread = 0 WHERE shop_id = $1 AND customer_id = $2",
                )
                .bind(shop.as_uuid())
                .bind(customer.as_uuid())
                .execute(&self.pool)
                .await
                .map_err($crate::storage::sql::store_error("mark thread read"))?;
                if done.rows_affected() == 0 {
                    return Err($crate::Error::not_found("customer", customer));
                }
                Ok(())
            }

            async fn unread_total(&self, shop: $crate::ShopId) -> $crate::Result<u64> {
                use $crate::storage::sql::store_error;
                const OP: &str = "count unread messages";
                Self::require_shop(&self.pool, shop, OP).await?;
                let total: Option<i64> = sqlx::query_scalar(
                    "SELECT CAST(SUM(unread) AS BIGINT) FROM customers WHERE shop_id = $1 AND unread > 0",
                )
                .bind(shop.as_uuid())
                .fetch_one(&self.pool)
                .await
                .map_err(store_error(OP))?;
                Ok(u64::try_from(total.unwrap_or(0)).unwrap_or(0))
            }

            async fn put_order(
                &self,
                shop: $crate::ShopId,
                order: &$crate::Order,
            ) -> $crate::Result<Option<$crate::Order>> {
                use $crate::storage::sql::{micros, order_columns, store_error};
                const OP: &str = "save order";
                if order.shop_id != shop {
                    return Err($crate::Error::not_found("customer", order.customer_id));
                }
                let mut tx = self.begin(OP).await?;
                Self::lock_customer(&mut tx, shop, order.customer_id, OP).await?;
                let previous = sqlx::query_as::<_, $crate::storage::sql::OrderRow>(concat!(
                    "SELECT ",
                    order_columns!(),
                    " WHERE shop_id = $1 AND order_id = $2"
                ))
                .bind(shop.as_uuid())
                .bind(order.id.0.as_str())
                .fetch_optional(&mut *tx)
                .await
                .map_err(store_error(OP))?
                .map(|r| r.into_order())
                .transpose()?;
                if previous.as_ref().is_some_and(|p| p.customer_id != order.customer_id) {
                    return Err($crate::Error::Invalid {
                        field: "order",
                        reason: format!("order {} belongs to another customer", order.id),
                    });
                }
                sqlx::query(
                    "INSERT INTO orders (shop_id, order_id, customer_id, number, status, \
                     total_minor, currency, item_count, url, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                     ON CONFLICT (shop_id, order_id) DO UPDATE SET number = excluded.number, \
                     status = excluded.status, total_minor = excluded.total_minor, \
                     currency = excluded.currency, item_count = excluded.item_count, \
                     url = excluded.url, updated_at = excluded.updated_at",
                )
                .bind(shop.as_uuid())
                .bind(order.id.0.as_str())
                .bind(order.customer_id.as_uuid())
                .bind(order.number.as_deref())
                .bind(order.status.as_str())
                .bind(order.total_minor)
                .bind(order.currency.as_str())
                .bind(i64::from(order.item_count))
                .bind(order.url.as_deref())
                .bind(micros(order.created_at))
                .bind(micros(order.updated_at))
                .execute(&mut *tx)
                .await
                .map_err(store_error(OP))?;
                tx.commit().await.map_err(store_error(OP))?;
                Ok(previous)
            }

            async fn orders(
                &self,
                shop: $crate::ShopId,
                customer: $crate::CustomerId,
            ) -> $crate::Result<Vec<$crate::Order>> {
                Self::read_customer(&self.pool, shop, customer).await?;
                let rows = sqlx::query_as::<_, $crate::storage::sql::OrderRow>(concat!(
                    "SELECT ",
                    $crate::storage::sql::order_columns!(),
                    " WHERE shop_id = $1 AND customer_id = $2 ORDER BY created_at DESC, order_id DESC"
                ))
                .bind(shop.as_uuid())
                .bind(customer.as_uuid())
                .fetch_all(&self.pool)
                .await
                .map_err($crate::storage::sql::store_error("read orders"))?;
                rows.into_iter().map(|r| r.into_order()).collect()
            }

            async fn shops(&self) -> $crate::Result<Vec<$crate::ShopId>> {
                self.shops_impl().await
            }

            async fn cancel_planned(
                &self,
                shop: $crate::ShopId,
                order: &$crate::OrderId,
                kind: $crate::AutomationKind,
            ) -> $crate::Result<Vec<$crate::MessageId>> {
                self.cancel_planned_impl(shop, order, kind).await
            }

            async fn due(
                &self,
                shop: $crate::ShopId,
                now: chrono::DateTime<chrono::Utc>,
                limit: usize,
            ) -> $crate::Result<Vec<$crate::MessageId>> {
                self.due_impl(shop, now, limit).await
            }

            async fn claim(
                &self,
                shop: $crate::ShopId,
                message: $crate::MessageId,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::Result<$crate::storage::ClaimOutcome> {
                self.claim_impl(shop, message, now).await
            }

            async fn release(
                &self,
                shop: $crate::ShopId,
                message: $crate::MessageId,
                send_at: chrono::DateTime<chrono::Utc>,
                failure: Option<$crate::Failure>,
            ) -> $crate::Result<$crate::Message> {
                self.release_impl(shop, message, send_at, failure).await
            }

            async fn mark_interrupted(
                &self,
                shop: $crate::ShopId,
                claimed_before: chrono::DateTime<chrono::Utc>,
            ) -> $crate::Result<Vec<$crate::MessageId>> {
                self.mark_interrupted_impl(shop, claimed_before).await
            }

            async fn consent_events(
                &self,
                shop: $crate::ShopId,
                query: &$crate::storage::ConsentQuery,
            ) -> $crate::Result<Vec<$crate::ConsentEvent>> {
                self.consent_events_impl(shop, query).await
            }

            async fn stats(
                &self,
                shop: $crate::ShopId,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::Result<$crate::storage::Stats> {
                self.stats_impl(shop, from, to).await
            }
        }
    };
}
pub(crate) use sql_store;
