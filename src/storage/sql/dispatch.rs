//! The dispatcher's and the ledger's statements for the SQL stores: due messages,
//! claims, releases, crash recovery, consent ledger reads and statistics.
//!
//! Generated as inherent methods (`*_impl`) that the `Store` implementation in
//! `store.rs` forwards to, so each file keeps one job.

/// Implements the dispatcher and ledger methods for a SQL store type. `$claim_lock` is
/// appended to the statement that locks the customer's row in a claim: PostgreSQL
/// skips a customer another transaction holds (that dispatcher, or an opt-out, is busy
/// with them; the message stays planned for the next round) instead of waiting, so
/// dispatchers never queue up or deadlock behind each other.
macro_rules! sql_dispatch {
    ($store:ty, $db:ty, claim_lock = $claim_lock:literal) => {
        impl $store {
            async fn shops_impl(&self) -> $crate::Result<Vec<$crate::ShopId>> {
                let ids: Vec<uuid::Uuid> =
                    sqlx::query_scalar("SELECT shop_id FROM shops ORDER BY shop_id")
                        .fetch_all(&self.pool)
                        .await
                        .map_err($crate::storage::sql::store_error("list shops"))?;
                Ok(ids.into_iter().map($crate::ShopId::from_uuid).collect())
            }

            async fn cancel_planned_impl(
                &self,
                shop: $crate::ShopId,
                order: &$crate::OrderId,
                kind: $crate::AutomationKind,
            ) -> $crate::Result<Vec<$crate::MessageId>> {
                let ids: Vec<uuid::Uuid> = sqlx::query_scalar(
                    "UPDATE messages SET status = 'cancelled' WHERE shop_id = $1 \
                     AND order_id = $2 AND origin = $3 AND status = 'planned' \
                     RETURNING message_id",
                )
                .bind(shop.as_uuid())
                .bind(order.0.as_str())
                .bind($crate::Origin::Automation(kind).as_str())
                .fetch_all(&self.pool)
                .await
                .map_err($crate::storage::sql::store_error("cancel planned messages"))?;
                let mut ids: Vec<_> = ids.into_iter().map($crate::MessageId::from_uuid).collect();
                ids.sort();
                Ok(ids)
            }

            async fn due_impl(
                &self,
                shop: $crate::ShopId,
                now: chrono::DateTime<chrono::Utc>,
                limit: usize,
            ) -> $crate::Result<Vec<$crate::MessageId>> {
                let ids: Vec<uuid::Uuid> = sqlx::query_scalar(
                    "SELECT message_id FROM messages WHERE shop_id = $1 AND status = 'planned' \
                     AND send_at <= $2 ORDER BY send_at, message_id LIMIT $3",
                )
                .bind(shop.as_uuid())
                .bind($crate::storage::sql::micros(now))
                .bind(i64::try_from(limit).unwrap_or(i64::MAX))
                .fetch_all(&self.pool)
                .await
                .map_err($crate::storage::sql::store_error("list due messages"))?;
                Ok(ids.into_iter().map($crate::MessageId::from_uuid).collect())
            }

            async fn claim_impl(
                &self,
                shop: $crate::ShopId,
                message: $crate::MessageId,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::Result<$crate::storage::ClaimOutcome> {
                use $crate::storage::ClaimOutcome;
                use $crate::storage::sql::{customer_columns, micros, store_error};
                const OP: &str = "claim a due message";
                let current = match <Self as $crate::Store>::message(self, shop, message).await {
                    Ok(current) => current,
                    Err($crate::Error::NotFound { .. }) => return Ok(ClaimOutcome::Gone),
                    Err(e) => return Err(e),
                };
                let mut tx = self.begin(OP).await?;
                let customer = sqlx::query_as::<_, $crate::storage::sql::CustomerRow>(concat!(
                    "SELECT ",
                    customer_columns!(),
                    " WHERE c.shop_id = $1 AND c.customer_id = $2",
                    $claim_lock
                ))
                .bind(shop.as_uuid())
                .bind(current.customer_id.as_uuid())
                .fetch_optional(&mut *tx)
                .await
                .map_err(store_error(OP))?;
                // A claim that takes nothing rolls back at once rather than on drop, which
                // would leave the customer's row locked until the connection is next used
                // (and a claim right after it skipping the customer).
                let Some(customer) = customer else {
                    tx.rollback().await.map_err(store_error(OP))?;
                    return Ok(ClaimOutcome::Gone);
                };
                let customer = customer.into_customer()?;
                let current = Self::read_message(&mut *tx, shop, message, OP).await?;
                if current.status != $crate::MessageStatus::Planned
                    || current.send_at.is_some_and(|t| t > now)
                {
                    tx.rollback().await.map_err(store_error(OP))?;
                    return Ok(ClaimOutcome::Gone);
                }
                if !customer.is_subscribed()
                    && !$crate::storage::allowed_after_opt_out(&current)
                {
                    sqlx::query(
                        "UPDATE messages SET status = 'cancelled' \
                         WHERE shop_id = $1 AND message_id = $2",
                    )
                    .bind(shop.as_uuid())
                    .bind(message.as_uuid())
                    .execute(&mut *tx)
                    .await
                    .map_err(store_error(OP))?;
                    tx.commit().await.map_err(store_error(OP))?;
                    return Ok(ClaimOutcome::Cancelled);
                }
                sqlx::query(
                    "UPDATE messages SET status = 'sending', claimed_at = $3, \
                     attempts = attempts + 1 WHERE shop_id = $1 AND message_id = $2",
                )
                .bind(shop.as_uuid())
                .bind(message.as_uuid())
                .bind(micros(now))
                .execute(&mut *tx)
                .await
                .map_err(store_error(OP))?;
                let mut claimed = current;
                claimed.status = $crate::MessageStatus::Sending;
                claimed.claimed_at = Some(now);
                claimed.attempts += 1;
                Self::touch_thread(&mut tx, &claimed, OP).await?;
                let recent: Vec<i64> = sqlx::query_scalar(
                    "SELECT claimed_at FROM messages WHERE shop_id = $1 AND customer_id = $2 \
                     AND message_id <> $3 AND origin LIKE 'automation:%' \
                     AND status NOT IN ('planned', 'cancelled', 'failed') \
                     AND claimed_at > $4 AND claimed_at <= $5",
                )
                .bind(shop.as_uuid())
                .bind(customer.id.as_uuid())
                .bind(message.as_uuid())
                .bind(micros(now - chrono::Duration::hours(24)))
                .bind(micros(now))
                .fetch_all(&mut *tx)
                .await
                .map_err(store_error(OP))?;
                tx.commit().await.map_err(store_error(OP))?;
                Ok(ClaimOutcome::Claimed(Box::new($crate::storage::Claim {
                    message: claimed,
                    customer,
                    recent_automated: recent
                        .into_iter()
                        .filter_map(chrono::DateTime::from_timestamp_micros)
                        .collect(),
                })))
            }

            async fn release_impl(
                &self,
                shop: $crate::ShopId,
                message: $crate::MessageId,
                send_at: chrono::DateTime<chrono::Utc>,
                failure: Option<$crate::Failure>,
            ) -> $crate::Result<$crate::Message> {
                use $crate::storage::sql::{micros, store_error};
                const OP: &str = "return a message to the plan";
                let current = <Self as $crate::Store>::message(self, shop, message).await?;
                let mut tx = self.begin(OP).await?;
                Self::lock_customer(&mut tx, shop, current.customer_id, OP).await?;
                let done = sqlx::query(
                    "UPDATE messages SET status = 'planned', send_at = $3, timeline_at = $3, \
                     failure_code = COALESCE($4, failure_code), \
                     failure_reason = COALESCE($5, failure_reason) \
                     WHERE shop_id = $1 AND message_id = $2 AND status = 'sending'",
                )
                .bind(shop.as_uuid())
                .bind(message.as_uuid())
                .bind(micros(send_at))
                .bind(failure.as_ref().and_then(|f| f.code.as_deref()))
                .bind(failure.as_ref().map(|f| f.reason.as_str()))
                .execute(&mut *tx)
                .await
                .map_err(store_error(OP))?;
                tx.commit().await.map_err(store_error(OP))?;
                if done.rows_affected() == 0 {
                    return Ok(current);
                }
                <Self as $crate::Store>::message(self, shop, message).await
            }

            async fn mark_interrupted_impl(
                &self,
                shop: $crate::ShopId,
                claimed_before: chrono::DateTime<chrono::Utc>,
            ) -> $crate::Result<Vec<$crate::MessageId>> {
                let ids: Vec<uuid::Uuid> = sqlx::query_scalar(
                    "UPDATE messages SET status = 'interrupted' WHERE shop_id = $1 \
                     AND status = 'sending' AND claimed_at < $2 RETURNING message_id",
                )
                .bind(shop.as_uuid())
                .bind($crate::storage::sql::micros(claimed_before))
                .fetch_all(&self.pool)
                .await
                .map_err($crate::storage::sql::store_error("mark interrupted messages"))?;
                let mut ids: Vec<_> = ids.into_iter().map($crate::MessageId::from_uuid).collect();
                ids.sort();
                Ok(ids)
            }

            async fn consent_events_impl(
                &self,
                shop: $crate::ShopId,
                query: &$crate::storage::ConsentQuery,
            ) -> $crate::Result<Vec<$crate::ConsentEvent>> {
                let rows = sqlx::query_as::<_, $crate::storage::sql::ConsentRow>(concat!(
                    "SELECT ",
                    $crate::storage::sql::consent_columns!(),
                    " WHERE shop_id = $1 AND ($2 IS NULL OR source = $2) \
                     AND ($3 IS NULL OR change = $3) AND ($4 IS NULL OR event_id > $4) \
                     ORDER BY event_id LIMIT $5"
                ))
                .bind(shop.as_uuid())
                .bind(query.source.map(|s| s.as_str()))
                .bind(query.change.map($crate::storage::sql::change_str))
                .bind(query.after.map(|e| e.as_uuid()))
                .bind(i64::try_from(query.limit).unwrap_or(i64::MAX))
                .fetch_all(&self.pool)
                .await
                .map_err($crate::storage::sql::store_error("read the consent ledger"))?;
                rows.into_iter().map(|r| r.into_event()).collect()
            }

            async fn stats_impl(
                &self,
                shop: $crate::ShopId,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::Result<$crate::storage::Stats> {
                use $crate::storage::sql::{micros, store_error};
                const OP: &str = "compute statistics";
                let mut stats = $crate::storage::StatsBuilder::default();
                let outbound: Vec<(String, String, i64)> = sqlx::query_as(
                    "SELECT origin, status, COUNT(*) FROM messages WHERE shop_id = $1 \
                     AND direction = 'outbound' AND timeline_at >= $2 AND timeline_at < $3 \
                     GROUP BY origin, status",
                )
                .bind(shop.as_uuid())
                .bind(micros(from))
                .bind(micros(to))
                .fetch_all(&self.pool)
                .await
                .map_err(store_error(OP))?;
                for (origin, status, n) in outbound {
                    let (Some(origin), Some(status)) =
                        ($crate::Origin::parse(&origin), $crate::MessageStatus::parse(&status))
                    else {
                        continue;
                    };
                    stats.outbound(origin, status, u64::try_from(n).unwrap_or(0));
                }
                let replies: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM messages WHERE shop_id = $1 AND direction = 'inbound' \
                     AND created_at >= $2 AND created_at < $3",
                )
                .bind(shop.as_uuid())
                .bind(micros(from))
                .bind(micros(to))
                .fetch_one(&self.pool)
                .await
                .map_err(store_error(OP))?;
                stats.replies(u64::try_from(replies).unwrap_or(0));
                let opt_outs: Vec<Option<String>> = sqlx::query_scalar(
                    "SELECT (SELECT m.origin FROM messages m WHERE m.shop_id = e.shop_id \
                     AND m.customer_id = e.customer_id AND m.direction = 'outbound' \
                     AND m.status NOT IN ('planned', 'cancelled') \
                     AND m.origin <> 'system:opt_out_confirmation' AND m.timeline_at <= e.at \
                     ORDER BY m.timeline_at DESC, m.message_id DESC LIMIT 1) \
                     FROM consent_events e WHERE e.shop_id = $1 AND e.change = 'unsubscribed' \
                     AND e.at >= $2 AND e.at < $3",
                )
                .bind(shop.as_uuid())
                .bind(micros(from))
                .bind(micros(to))
                .fetch_all(&self.pool)
                .await
                .map_err(store_error(OP))?;
                for origin in opt_outs {
                    stats.opt_out(origin.as_deref().and_then($crate::Origin::parse));
                }
                Ok(stats.finish())
            }
        }
    };
}
pub(crate) use sql_dispatch;
