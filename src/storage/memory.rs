//! An in-memory [`Store`], always compiled: for tests, demos and doctests.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, MutexGuard};

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{
    ConsentOutcome, InboundOutcome, InboundRecord, StatusUpdate, Store, changes_subscription,
    preview, reply_allowed,
};
use crate::error::{Error, Result};
use crate::model::{
    ConsentChange, ConsentEvent, Customer, CustomerId, Direction, Message, MessageId,
    MessageStatus, Order, OrderId, Shop, ShopId, ThreadCursor, ThreadFilter, ThreadPage,
    ThreadQuery, ThreadSummary,
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
        state.by_phone.insert(key, customer.id);
        state.customers.insert(customer.id, customer.clone());
        Ok(customer)
    }

    async fn customer(&self, shop: ShopId, customer: CustomerId) -> Result<Customer> {
        self.lock().customer(shop, customer).cloned()
    }

    async fn record_inbound(&self, shop: ShopId, record: InboundRecord) -> Result<InboundOutcome> {
        let mut state = self.lock();
        let message = record.message;
        let customer = state.customer(shop, message.customer_id)?.clone();
        if message.shop_id != shop {
            return Err(Error::not_found("customer", message.customer_id));
        }
        if let Some(carrier_id) = &message.carrier_id
            && let Some(id) = state.by_carrier_id.get(&(shop, carrier_id.clone()))
        {
            let existing = state.message(shop, *id)?.clone();
            return Ok(InboundOutcome {
                message: existing,
                customer,
                duplicate: true,
                reply: None,
                cancelled: Vec::new(),
            });
        }
        state.insert_message(message.clone());
        let changes = record
            .consent
            .as_ref()
            .filter(|e| changes_subscription(&customer, e));
        let (customer, cancelled) = match changes {
            Some(event) => {
                let outcome = state.apply_consent(event)?;
                (outcome.customer, outcome.cancelled)
            }
            None => (customer, Vec::new()),
        };
        let reply = record
            .reply
            .filter(|r| reply_allowed(r, changes.is_some(), &customer));
        if let Some(reply) = &reply {
            state.insert_message(reply.clone());
        }
        Ok(InboundOutcome {
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
        let mut next = current.clone();
        if let Some(word) = &update.carrier_status {
            next.carrier_status = Some(word.clone());
        }
        let moves = update.status.filter(|s| current.status.can_become(*s));
        if let Some(status) = moves {
            next.status = status;
            match status {
                MessageStatus::Sent => next.sent_at = Some(update.at),
                MessageStatus::Delivered => {
                    next.delivered_at = Some(update.at);
                    next.sent_at.get_or_insert(update.at);
                }
                _ => {}
            }
            if update.failure.is_some() {
                next.failure = update.failure.clone();
            }
            if current.status == MessageStatus::Planned && status != MessageStatus::Cancelled {
                state.touch_thread(&next);
            }
        }
        if next.carrier_id.is_none()
            && let Some(carrier_id) = &update.carrier_id
        {
            next.carrier_id = Some(carrier_id.clone());
            state
                .by_carrier_id
                .insert((shop, carrier_id.clone()), message);
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
                let m = state.message(shop, id)?;
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

    async fn put_order(&self, shop: ShopId, order: &Order) -> Result<()> {
        let mut state = self.lock();
        state.customer(shop, order.customer_id)?;
        if order.shop_id != shop {
            return Err(Error::not_found("customer", order.customer_id));
        }
        let key = (shop, order.id.clone());
        let mut order = order.clone();
        if let Some(existing) = state.orders.get(&key) {
            if existing.customer_id != order.customer_id {
                return Err(Error::Invalid {
                    field: "order",
                    reason: format!("order {} belongs to another customer", order.id),
                });
            }
            order.created_at = existing.created_at;
        }
        state.orders.insert(key, order);
        Ok(())
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
}
