//! An in-memory [`Store`], always compiled: for tests, demos and doctests.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, MutexGuard};

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{
    ChangesBuilder, Claim, ClaimOutcome, ConsentOutcome, ConsentQuery, InboundOutcome, InboundText,
    Stats, StatsBuilder, StatusUpdate, Store, allowed_after_opt_out, attributable,
    changes_subscription, counts_toward_cap, initial_consent, leaves_plan, next_status, preview,
    repeats_reply, reply_allowed,
};
use crate::error::{Error, Result};
use crate::model::{
    AutomationKind, ConsentChange, ConsentEvent, Customer, CustomerId, Direction, Failure, Message,
    MessageId, MessageStatus, Order, OrderId, Origin, Shop, ShopId, ThreadCursor, ThreadFilter,
    ThreadPage, ThreadQuery, ThreadSummary,
};
use crate::phone::PhoneNumber;

/// A [`Store`] that keeps everything in memory, behind one lock, so every operation is
/// trivially atomic. Nothing survives the process.
///
/// ```
/// use std::sync::Arc;
/// use sms_inbox::{MemoryStore, Store};
///
/// let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
/// # let _ = store;
/// ```
#[derive(Debug, Default)]
pub struct MemoryStore {
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    shops: HashMap<ShopId, Shop>,
    numbers: HashMap<String, ShopId>,
    customers: HashMap<CustomerId, Customer>,
    by_phone: HashMap<(ShopId, String), CustomerId>,
    messages: HashMap<MessageId, Message>,
    by_carrier_id: HashMap<(ShopId, String), MessageId>,
    /// Each thread's messages ordered by (timeline time, id).
    timelines: HashMap<CustomerId, BTreeSet<(DateTime<Utc>, MessageId)>>,
    threads: HashMap<CustomerId, ThreadState>,
    orders: HashMap<(ShopId, OrderId), Order>,
    consent: HashMap<CustomerId, Vec<ConsentEvent>>,
}

#[derive(Debug, Clone)]
struct ThreadState {
    last_message_at: DateTime<Utc>,
    preview: String,
    last_direction: Direction,
    unread: u32,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave a half-applied change: every
        // method checks before it writes.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl State {
    fn customer(&self, shop: ShopId, id: CustomerId) -> Result<&Customer> {
        self.customers
            .get(&id)
            .filter(|c| c.shop_id == shop)
            .ok_or_else(|| Error::not_found("customer", id))
    }

    fn message(&self, shop: ShopId, id: MessageId) -> Result<&Message> {
        self.messages
            .get(&id)
            .filter(|m| m.shop_id == shop)
            .ok_or_else(|| Error::not_found("message", id))
    }

    /// Adds a customer with their first consent event.
    fn add_customer(&mut self, customer: Customer) {
        self.by_phone.insert(
            (customer.shop_id, customer.phone.e164().to_owned()),
            customer.id,
        );
        self.consent
            .entry(customer.id)
            .or_default()
            .push(initial_consent(&customer));
        self.customers.insert(customer.id, customer);
    }

    /// When the customer last got a message of this origin, if ever.
    fn last_reply(&self, customer: CustomerId, origin: Origin) -> Option<DateTime<Utc>> {
        self.timelines
            .get(&customer)?
            .iter()
            .filter_map(|(_, id)| self.messages.get(id))
            .filter(|m| m.origin == origin)
            .map(|m| m.created_at)
            .max()
    }

    fn insert_message(&mut self, message: Message) {
        if let Some(carrier_id) = &message.carrier_id {
            self.by_carrier_id
                .insert((message.shop_id, carrier_id.clone()), message.id);
        }
        self.timelines
            .entry(message.customer_id)
            .or_default()
            .insert((message.timeline_at(), message.id));
        if message.status != MessageStatus::Planned {
            self.touch_thread(&message);
        }
        self.messages.insert(message.id, message);
    }

    fn touch_thread(&mut self, message: &Message) {
        let at = message.timeline_at();
        let thread = self
            .threads
            .entry(message.customer_id)
            .or_insert_with(|| ThreadState {
                last_message_at: at,
                preview: String::new(),
                last_direction: message.direction,
                unread: 0,
            });
        if at >= thread.last_message_at {
            thread.last_message_at = at;
            thread.preview = preview(&message.body);
            thread.last_direction = message.direction;
        }
        if message.direction == Direction::Inbound {
            thread.unread += 1;
        }
    }

    fn apply_consent(&mut self, event: &ConsentEvent) -> Result<ConsentOutcome> {
        let customer = self.customer(event.shop_id, event.customer_id)?.clone();
        if !changes_subscription(&customer, event) {
            return Ok(ConsentOutcome {
                customer,
                cancelled: Vec::new(),
            });
        }
        let mut cancelled = Vec::new();
        if event.change == ConsentChange::Unsubscribed {
            let ids: Vec<MessageId> = self
                .timelines
                .get(&customer.id)
                .map(|t| t.iter().map(|(_, id)| *id).collect())
                .unwrap_or_default();
            for id in ids {
                if let Some(m) = self.messages.get_mut(&id)
                    && m.status.is_pending()
                {
                    m.status = MessageStatus::Cancelled;
                    cancelled.push(id);
                }
            }
        }
        let customer = {
            let c = self
                .customers
                .get_mut(&customer.id)
                .ok_or_else(|| Error::not_found("customer", customer.id))?;
            c.subscription = event.subscription();
            c.clone()
        };
        self.consent
            .entry(customer.id)
            .or_default()
            .push(event.clone());
        Ok(ConsentOutcome {
            customer,
            cancelled,
        })
    }
}

#[async_trait]
impl Store for MemoryStore {
    async fn put_shop(&self, shop: &Shop) -> Result<()> {
        let mut state = self.lock();
        for number in &shop.numbers {
            if let Some(owner) = state.numbers.get(number.e164())
                && *owner != shop.id
            {
                return Err(Error::Invalid {
                    field: "shop numbers",
                    reason: format!("{number} already belongs to another shop"),
                });
            }
        }
        if let Some(old) = state.shops.get(&shop.id).cloned() {
            for number in &old.numbers {
                state.numbers.remove(number.e164());
            }
        }
        for number in &shop.numbers {
            state.numbers.insert(number.e164().to_owned(), shop.id);
        }
        state.shops.insert(shop.id, shop.clone());
        Ok(())
    }

    async fn shop(&self, shop: ShopId) -> Result<Shop> {
        self.lock()
            .shops
            .get(&shop)
            .cloned()
            .ok_or_else(|| Error::not_found("shop", shop))
    }

    async fn shop_for_number(&self, number: &PhoneNumber) -> Result<Option<Shop>> {
        let state = self.lock();
        Ok(state
            .numbers
            .get(number.e164())
            .and_then(|id| state.shops.get(id))
            .cloned())
    }

    async fn customer_for_phone(&self, shop: ShopId, new: &Customer) -> Result<Customer> {
        let mut state = self.lock();
        if !state.shops.contains_key(&shop) {
            return Err(Error::not_found("shop", shop));
        }
        let key = (shop, new.phone.e164().to_owned());
        if let Some(id) = state.by_phone.get(&key) {
            return state.customer(shop, *id).cloned();
        }
        let mut customer = new.clone();
        customer.shop_id = shop;
        state.add_customer(customer.clone());
        Ok(customer)
    }

    async fn customer(&self, shop: ShopId, customer: CustomerId) -> Result<Customer> {
        self.lock().customer(shop, customer).cloned()
    }

    async fn update_customer(
        &self,
        shop: ShopId,
        customer: CustomerId,
        name: Option<String>,
        time_zone: Option<chrono_tz::Tz>,
    ) -> Result<Customer> {
        let mut state = self.lock();
        state.customer(shop, customer)?;
        let c = state
            .customers
            .get_mut(&customer)
            .ok_or_else(|| Error::not_found("customer", customer))?;
        c.name = name;
        c.time_zone = time_zone;
        Ok(c.clone())
    }

    async fn record_inbound(
        &self,
        text: &InboundText,
        changes: Option<&ChangesBuilder<'_>>,
    ) -> Result<InboundOutcome> {
        let mut state = self.lock();
        let shop = state
            .numbers
            .get(text.to.e164())
            .and_then(|id| state.shops.get(id))
            .cloned()
            .ok_or_else(|| Error::UnknownNumber {
                number: text.to.masked(),
            })?;
        let known = state
            .by_phone
            .get(&(shop.id, text.from.e164().to_owned()))
            .copied();
        let customer = match known {
            Some(id) => state.customer(shop.id, id)?.clone(),
            None => text.new_customer(shop.id),
        };
        if let Some(carrier_id) = &text.carrier_id
            && let Some(id) = state.by_carrier_id.get(&(shop.id, carrier_id.clone()))
        {
            let existing = state.message(shop.id, *id)?.clone();
            return Ok(InboundOutcome {
                shop: shop.id,
                message: existing,
                customer,
                duplicate: true,
                reply: None,
                cancelled: Vec::new(),
            });
        }
        let changes = changes.map(|build| build(&shop, &customer));
        if let Some(changes) = &changes {
            changes.check_belongs_to(shop.id, customer.id)?;
        }
        let changes = changes.unwrap_or_default();
        if known.is_none() {
            state.add_customer(customer.clone());
        }
        let message = text.message(shop.id, customer.id);
        state.insert_message(message.clone());
        let applied = changes
            .consent
            .as_ref()
            .filter(|e| changes_subscription(&customer, e));
        let (customer, cancelled) = match applied {
            Some(event) => {
                let outcome = state.apply_consent(event)?;
                (outcome.customer, outcome.cancelled)
            }
            None => (customer, Vec::new()),
        };
        let reply = changes.reply.filter(|r| {
            reply_allowed(r, applied.is_some(), &customer)
                && !changes.repeat_window.is_some_and(|window| {
                    repeats_reply(
                        window,
                        state.last_reply(customer.id, r.origin),
                        r.created_at,
                    )
                })
        });
        if let Some(reply) = &reply {
            state.insert_message(reply.clone());
        }
        Ok(InboundOutcome {
            shop: shop.id,
            message,
            customer,
            duplicate: false,
            reply,
            cancelled,
        })
    }

    async fn queue_outbound(&self, shop: ShopId, message: &Message) -> Result<()> {
        let mut state = self.lock();
        let customer = state.customer(shop, message.customer_id)?;
        if message.shop_id != shop {
            return Err(Error::not_found("customer", message.customer_id));
        }
        if !customer.is_subscribed() {
            return Err(Error::Unsubscribed {
                customer: customer.id,
            });
        }
        if state.messages.contains_key(&message.id) {
            return Err(Error::Invalid {
                field: "message id",
                reason: format!("message {} is already stored", message.id),
            });
        }
        state.insert_message(message.clone());
        Ok(())
    }

    async fn update_status(
        &self,
        shop: ShopId,
        message: MessageId,
        update: &StatusUpdate,
    ) -> Result<Message> {
        let mut state = self.lock();
        let current = state.message(shop, message)?.clone();
        let Some(next) = next_status(&current, update) else {
            return Ok(current);
        };
        if current.carrier_id.is_none()
            && let Some(carrier_id) = &next.carrier_id
        {
            state
                .by_carrier_id
                .insert((shop, carrier_id.clone()), message);
        }
        if leaves_plan(current.status, next.status) {
            state.touch_thread(&next);
        }
        state.messages.insert(message, next.clone());
        Ok(next)
    }

    async fn message(&self, shop: ShopId, message: MessageId) -> Result<Message> {
        self.lock().message(shop, message).cloned()
    }

    async fn message_by_carrier_id(&self, shop: ShopId, carrier_id: &str) -> Result<Message> {
        let state = self.lock();
        let id = state
            .by_carrier_id
            .get(&(shop, carrier_id.to_owned()))
            .ok_or_else(|| Error::not_found("message", carrier_id))?;
        state.message(shop, *id).cloned()
    }

    async fn messages(
        &self,
        shop: ShopId,
        customer: CustomerId,
        before: Option<MessageId>,
        limit: usize,
    ) -> Result<Vec<Message>> {
        let state = self.lock();
        state.customer(shop, customer)?;
        let Some(timeline) = state.timelines.get(&customer) else {
            return Ok(Vec::new());
        };
        let end = match before {
            Some(id) => {
                let m = state
                    .message(shop, id)
                    .ok()
                    .filter(|m| m.customer_id == customer)
                    .ok_or_else(|| Error::not_found("message", id))?;
                Some((m.timeline_at(), id))
            }
            None => None,
        };
        Ok(timeline
            .iter()
            .rev()
            .filter(|key| end.is_none_or(|end| **key < end))
            .take(limit)
            .filter_map(|(_, id)| state.messages.get(id).cloned())
            .collect())
    }

    async fn record_consent(&self, shop: ShopId, event: &ConsentEvent) -> Result<ConsentOutcome> {
        let mut state = self.lock();
        if event.shop_id != shop {
            return Err(Error::not_found("customer", event.customer_id));
        }
        state.apply_consent(event)
    }

    async fn consent_history(
        &self,
        shop: ShopId,
        customer: CustomerId,
    ) -> Result<Vec<ConsentEvent>> {
        let state = self.lock();
        state.customer(shop, customer)?;
        Ok(state.consent.get(&customer).cloned().unwrap_or_default())
    }

    async fn threads(&self, shop: ShopId, query: &ThreadQuery) -> Result<ThreadPage> {
        let state = self.lock();
        let mut rows: Vec<ThreadSummary> = state
            .threads
            .iter()
            .filter_map(|(id, t)| {
                let customer = state.customers.get(id).filter(|c| c.shop_id == shop)?;
                let keep = match query.filter {
                    ThreadFilter::All => true,
                    ThreadFilter::Unread => t.unread > 0,
                    ThreadFilter::Unsubscribed => !customer.is_subscribed(),
                };
                let key = ThreadCursor {
                    last_message_at: t.last_message_at,
                    customer_id: *id,
                };
                let after = query.after.is_none_or(|a| {
                    (key.last_message_at, key.customer_id) < (a.last_message_at, a.customer_id)
                });
                (keep && after).then(|| ThreadSummary {
                    customer: customer.clone(),
                    last_message_at: t.last_message_at,
                    preview: t.preview.clone(),
                    last_direction: t.last_direction,
                    unread: t.unread,
                })
            })
            .collect();
        rows.sort_by(|a, b| {
            (b.last_message_at, b.customer.id).cmp(&(a.last_message_at, a.customer.id))
        });
        let more = rows.len() > query.limit;
        rows.truncate(query.limit);
        let next = if more {
            rows.last().map(ThreadSummary::cursor)
        } else {
            None
        };
        Ok(ThreadPage {
            threads: rows,
            next,
        })
    }

    async fn unread(&self, shop: ShopId, customer: CustomerId) -> Result<u32> {
        let state = self.lock();
        state.customer(shop, customer)?;
        Ok(state.threads.get(&customer).map_or(0, |t| t.unread))
    }

    async fn mark_read(&self, shop: ShopId, customer: CustomerId) -> Result<()> {
        let mut state = self.lock();
        state.customer(shop, customer)?;
        if let Some(t) = state.threads.get_mut(&customer) {
            t.unread = 0;
        }
        Ok(())
    }

    async fn unread_total(&self, shop: ShopId) -> Result<u64> {
        let state = self.lock();
        if !state.shops.contains_key(&shop) {
            return Err(Error::not_found("shop", shop));
        }
        Ok(state
            .threads
            .iter()
            .filter(|(id, _)| state.customers.get(id).is_some_and(|c| c.shop_id == shop))
            .map(|(_, t)| u64::from(t.unread))
            .sum())
    }

    async fn put_order(&self, shop: ShopId, order: &Order) -> Result<Option<Order>> {
        let mut state = self.lock();
        state.customer(shop, order.customer_id)?;
        if order.shop_id != shop {
            return Err(Error::not_found("customer", order.customer_id));
        }
        let key = (shop, order.id.clone());
        let mut order = order.clone();
        let previous = state.orders.get(&key).cloned();
        if let Some(existing) = &previous {
            if existing.customer_id != order.customer_id {
                return Err(Error::Invalid {
                    field: "order",
                    reason: format!("order {} belongs to another customer", order.id),
                });
            }
            order.created_at = existing.created_at;
        }
        state.orders.insert(key, order);
        Ok(previous)
    }

    async fn orders(&self, shop: ShopId, customer: CustomerId) -> Result<Vec<Order>> {
        let state = self.lock();
        state.customer(shop, customer)?;
        let mut orders: Vec<Order> = state
            .orders
            .values()
            .filter(|o| o.shop_id == shop && o.customer_id == customer)
            .cloned()
            .collect();
        orders.sort_by(|a, b| (b.created_at, &b.id).cmp(&(a.created_at, &a.id)));
        Ok(orders)
    }

    async fn shops(&self) -> Result<Vec<ShopId>> {
        let mut ids: Vec<ShopId> = self.lock().shops.keys().copied().collect();
        ids.sort();
        Ok(ids)
    }

    async fn cancel_planned(
        &self,
        shop: ShopId,
        order: &OrderId,
        kind: AutomationKind,
    ) -> Result<Vec<MessageId>> {
        let mut state = self.lock();
        let mut cancelled = Vec::new();
        for m in state.messages.values_mut() {
            if m.shop_id == shop
                && m.status == MessageStatus::Planned
                && m.origin == Origin::Automation(kind)
                && m.order_id.as_ref() == Some(order)
            {
                m.status = MessageStatus::Cancelled;
                cancelled.push(m.id);
            }
        }
        cancelled.sort();
        Ok(cancelled)
    }

    async fn due(&self, shop: ShopId, now: DateTime<Utc>, limit: usize) -> Result<Vec<MessageId>> {
        let state = self.lock();
        let mut due: Vec<(DateTime<Utc>, MessageId)> = state
            .messages
            .values()
            .filter(|m| m.shop_id == shop && m.status == MessageStatus::Planned)
            .filter_map(|m| m.send_at.filter(|t| *t <= now).map(|t| (t, m.id)))
            .collect();
        due.sort();
        Ok(due.into_iter().take(limit).map(|(_, id)| id).collect())
    }

    async fn claim(
        &self,
        shop: ShopId,
        message: MessageId,
        now: DateTime<Utc>,
    ) -> Result<ClaimOutcome> {
        let mut state = self.lock();
        let current = state.message(shop, message)?.clone();
        if current.status != MessageStatus::Planned || current.send_at.is_some_and(|t| t > now) {
            return Ok(ClaimOutcome::Gone);
        }
        let customer = state.customer(shop, current.customer_id)?.clone();
        let entry = state
            .messages
            .get_mut(&message)
            .ok_or_else(|| Error::not_found("message", message))?;
        if !customer.is_subscribed() && !allowed_after_opt_out(entry) {
            entry.status = MessageStatus::Cancelled;
            return Ok(ClaimOutcome::Cancelled);
        }
        entry.status = MessageStatus::Sending;
        entry.claimed_at = Some(now);
        entry.attempts += 1;
        let claimed = entry.clone();
        state.touch_thread(&claimed);
        let recent_automated = state
            .messages
            .values()
            .filter(|m| m.customer_id == customer.id && m.id != message)
            .filter(|m| counts_toward_cap(m, now))
            .filter_map(|m| m.claimed_at)
            .collect();
        Ok(ClaimOutcome::Claimed(Box::new(Claim {
            message: claimed,
            customer,
            recent_automated,
        })))
    }

    async fn release(
        &self,
        shop: ShopId,
        message: MessageId,
        send_at: DateTime<Utc>,
        failure: Option<Failure>,
    ) -> Result<Message> {
        let mut state = self.lock();
        state.message(shop, message)?;
        let (customer, old_key, new_key) = {
            let m = state
                .messages
                .get_mut(&message)
                .ok_or_else(|| Error::not_found("message", message))?;
            if m.status != MessageStatus::Sending {
                return Ok(m.clone());
            }
            let old_key = (m.timeline_at(), m.id);
            m.status = MessageStatus::Planned;
            m.send_at = Some(send_at);
            if failure.is_some() {
                m.failure = failure;
            }
            (m.customer_id, old_key, (m.timeline_at(), m.id))
        };
        if let Some(timeline) = state.timelines.get_mut(&customer) {
            timeline.remove(&old_key);
            timeline.insert(new_key);
        }
        state.message(shop, message).cloned()
    }

    async fn mark_interrupted(
        &self,
        shop: ShopId,
        claimed_before: DateTime<Utc>,
    ) -> Result<Vec<MessageId>> {
        let mut state = self.lock();
        let mut marked = Vec::new();
        for m in state.messages.values_mut() {
            if m.shop_id == shop
                && m.status == MessageStatus::Sending
                && m.claimed_at.is_some_and(|t| t < claimed_before)
            {
                m.status = MessageStatus::Interrupted;
                marked.push(m.id);
            }
        }
        marked.sort();
        Ok(marked)
    }

    async fn consent_events(
        &self,
        shop: ShopId,
        query: &ConsentQuery,
    ) -> Result<Vec<ConsentEvent>> {
        let state = self.lock();
        let mut events: Vec<&ConsentEvent> = state
            .consent
            .values()
            .flatten()
            .filter(|e| e.shop_id == shop)
            .filter(|e| query.source.is_none_or(|s| e.source == s))
            .filter(|e| query.change.is_none_or(|c| e.change == c))
            .collect();
        events.sort_by_key(|e| e.id);
        Ok(events
            .into_iter()
            .filter(|e| query.after.is_none_or(|after| e.id > after))
            .take(query.limit)
            .cloned()
            .collect())
    }

    async fn stats(&self, shop: ShopId, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Stats> {
        let state = self.lock();
        let in_window = |t: DateTime<Utc>| t >= from && t < to;
        let mut stats = StatsBuilder::default();
        for m in state.messages.values().filter(|m| m.shop_id == shop) {
            match m.direction {
                Direction::Inbound if in_window(m.created_at) => stats.replies(1),
                Direction::Outbound if in_window(m.timeline_at()) => {
                    stats.outbound(m.origin, m.status, 1)
                }
                _ => {}
            }
        }
        for e in state.consent.values().flatten() {
            if e.shop_id != shop || e.change != ConsentChange::Unsubscribed || !in_window(e.at) {
                continue;
            }
            let last = state
                .timelines
                .get(&e.customer_id)
                .into_iter()
                .flatten()
                .rev()
                .filter_map(|(_, id)| state.messages.get(id))
                .find(|m| attributable(m) && m.timeline_at() <= e.at);
            stats.opt_out(last.map(|m| m.origin));
        }
        Ok(stats.finish())
    }
}
