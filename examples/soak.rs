//! The load-and-fault soak: four app servers on one database, driven hard, checked
//! against an independent record of what was done.
//!
//! ```text
//! cargo run --release --example soak -- --store postgres|sqlite --messages N
//!     [--customers 10000] [--shops 20] [--workers 16] [--seed 1]
//! ```
//!
//! Four `Inbox` instances, each with its own connection pool as separate app servers
//! would have, share one PostgreSQL schema (`SMS_INBOX_POSTGRES_URL`, default
//! `postgres://postgres@127.0.0.1:5432/test`; a fresh schema per run, dropped at the
//! end) or one SQLite file. Worker tasks deliver `N` inbound texts from the customers of
//! the shops (3% opt-outs in varied wording, 5% delivered twice at once through two
//! instances, merchants replying, some replies racing the customer's opt-out), record
//! order events that plan automated texts, and mark threads read. Meanwhile all four
//! instances run `dispatch_due` in a loop, and status callbacks for every accepted text
//! arrive shuffled (a late "sent" after "delivered", some twice). The carrier is the
//! library's `SimulatedCarrier` behind a wrapper that fails 20% of sends with a
//! retryable error and 1% with "recipient opted out", seeded.
//!
//! Automated texts use an always-open sending policy (`SendPolicy::daily(Hours::new(0,
//! 24), None)`), cart reminders two seconds after the cart and retries from 200 ms, on
//! the system clock, so planned texts come due during the run. When the drivers are
//! done, the dispatchers drain what is left with `now` two minutes ahead (so retries
//! and the 30-second retry of automatic replies come due without waiting), then every
//! figure is checked. Each correctness figure must be 0; the process exits 1 otherwise.
//!
//! How "sent after the customer's opt-out committed" is measured: the store each
//! instance uses is wrapped, and the wrapper notes the instant each opt-out's write
//! (`record_inbound` carrying an opt-out, or `record_consent` for a carrier refusal)
//! *returned*: the commit happened no later. It also notes the instant each outbound
//! message was *asked* to be stored for sending (`queue_outbound`, replies stored with an
//! inbound text) and each `claim` that succeeded was *asked* for. A store or claim
//! asked for after the opt-out returned is certainly ordered after its commit, so it is
//! a violation. The carrier wrapper notes when each send was handed to the carrier. A
//! carrier call after the opt-out is a violation when the message's latest store or
//! claim before that call was itself after the opt-out; when the claim came first, the
//! message was legitimately in flight and is counted separately as information. The
//! opt-out's own confirmation is exempt.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration as StdDuration, Instant};

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use sms_inbox::policy::Hours;
use sms_inbox::storage::{
    ChangesBuilder, ClaimOutcome, ConsentOutcome, ConsentQuery, InboundOutcome, InboundText, Stats,
    StatusUpdate,
};
use sms_inbox::{
    AutomationKind, AutomationSettings, Carrier, CarrierError, CarrierErrorKind, CartReminder,
    ConsentChange, ConsentEvent, Customer, CustomerId, DispatchSettings, Error, Failure,
    InboundSms, Inbox, Intent, Message, MessageId, MessageStatus, OptOutClassifier, Order, OrderId,
    OrderStatus, Origin, OutboundSms, PhoneNumber, SendPolicy, SendReceipt, Shop, ShopId,
    SimulatedCarrier, Store, SystemReply, Template, ThreadPage, ThreadQuery,
};
use tokio::sync::mpsc;

/// How many app servers share the database.
pub const INSTANCES: usize = 4;

/// Where the soak keeps its data.
#[derive(Debug, Clone)]
pub enum StoreKind {
    /// One SQLite file at this path.
    Sqlite(std::path::PathBuf),
    /// A PostgreSQL server; the run uses a fresh schema in it.
    Postgres(String),
}

/// The size and shape of a run.
#[derive(Debug, Clone)]
pub struct Config {
    /// The database.
    pub store: StoreKind,
    /// Inbound texts to deliver (duplicate deliveries not counted).
    pub messages: usize,
    /// Customers, spread over the shops; two customers of different shops share each
    /// phone number.
    pub customers: usize,
    /// Shops.
    pub shops: usize,
    /// Concurrent driver tasks.
    pub workers: usize,
    /// Seed for every random choice.
    pub seed: u64,
    /// Sends failing with a retryable error, per 10,000.
    pub transient_per_10k: u64,
    /// Sends failing with "recipient opted out", per 10,000.
    pub opted_out_per_10k: u64,
}

impl Config {
    /// The full run's defaults on `store`.
    pub fn new(store: StoreKind, messages: usize) -> Self {
        Self {
            store,
            messages,
            customers: 10_000,
            shops: 20,
            workers: 16,
            seed: 1,
            transient_per_10k: 2_000,
            opted_out_per_10k: 100,
        }
    }
}

// ---------------------------------------------------------------------------------------
// A seeded xorshift: reproducible choices without a dependency.

#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        let mut r = Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn index(&mut self, n: usize) -> usize {
        usize::try_from(self.below(n as u64)).unwrap_or(0)
    }

    /// True `per_10k` times in 10,000.
    fn chance(&mut self, per_10k: u64) -> bool {
        self.below(10_000) < per_10k
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.index(items.len())]
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

// ---------------------------------------------------------------------------------------
// The carrier: the library's SimulatedCarrier, failing at seeded rates, logging each call.

/// One call to the carrier.
#[derive(Debug, Clone)]
struct SendCall {
    message: MessageId,
    from: PhoneNumber,
    to: PhoneNumber,
    started: Instant,
    accepted: Option<String>,
    error: Option<CarrierErrorKind>,
}

/// A carrier that fails a seeded share of sends and logs every call. A suggested
/// library change: `SimulatedCarrier` with failure rates of its own.
#[derive(Debug)]
struct FaultyCarrier {
    inner: SimulatedCarrier,
    rng: Mutex<Rng>,
    transient_per_10k: u64,
    opted_out_per_10k: u64,
    calls: Mutex<Vec<SendCall>>,
    /// Where accepted texts go for their status callbacks; taken to end them.
    accepted: Mutex<Option<mpsc::UnboundedSender<(PhoneNumber, String)>>>,
}

#[async_trait]
impl Carrier for FaultyCarrier {
    async fn send(&self, sms: &OutboundSms) -> Result<SendReceipt, CarrierError> {
        let started = Instant::now();
        let (roll, delay) = {
            let mut rng = lock(&self.rng);
            (rng.below(10_000), rng.below(1_500))
        };
        // The carrier takes a moment, so claims stay in flight while opt-outs land.
        tokio::time::sleep(StdDuration::from_micros(delay)).await;
        if roll < self.transient_per_10k {
            self.inner.fail_next(CarrierError::transient(
                "simulated: carrier busy, try again",
            ));
        } else if roll < self.transient_per_10k + self.opted_out_per_10k {
            self.inner.fail_next(CarrierError::recipient_opted_out(
                Some("21610"),
                "simulated: the recipient replied STOP at the carrier",
            ));
        }
        let result = self.inner.send(sms).await;
        let call = SendCall {
            message: sms.message_id,
            from: sms.from.clone(),
            to: sms.to.clone(),
            started,
            accepted: result.as_ref().ok().map(|r| r.carrier_id.clone()),
            error: result.as_ref().err().map(|e| e.kind),
        };
        if let (Some(id), Some(tx)) = (&call.accepted, lock(&self.accepted).as_ref()) {
            let _ = tx.send((sms.from.clone(), id.clone()));
        }
        lock(&self.calls).push(call);
        result
    }
}

// ---------------------------------------------------------------------------------------
// The store wrapper: when opt-outs returned, and when messages were stored or claimed.

#[derive(Debug, Default)]
struct Observations {
    inner: Mutex<Observed>,
}

#[derive(Debug, Default)]
struct Observed {
    owner: HashMap<MessageId, (ShopId, CustomerId)>,
    /// Each time a message was asked to be stored for sending or claimed, and it was.
    taken: HashMap<MessageId, Vec<Instant>>,
    opt_out_returned: HashMap<(ShopId, CustomerId), Instant>,
    confirmations: HashSet<MessageId>,
}

impl Observed {
    fn take(&mut self, m: MessageId, shop: ShopId, customer: CustomerId, at: Instant) {
        self.owner.insert(m, (shop, customer));
        self.taken.entry(m).or_default().push(at);
    }

    fn opted_out(&mut self, shop: ShopId, customer: CustomerId, at: Instant) {
        self.opt_out_returned.entry((shop, customer)).or_insert(at);
    }
}

/// A `Store` that forwards to another and notes the instants the soak checks.
#[derive(Debug)]
struct ObservedStore {
    inner: Arc<dyn Store>,
    seen: Arc<Observations>,
}

type R<T> = sms_inbox::Result<T>;

#[async_trait]
impl Store for ObservedStore {
    async fn put_shop(&self, shop: &Shop) -> R<()> {
        self.inner.put_shop(shop).await
    }
    async fn shop(&self, shop: ShopId) -> R<Shop> {
        self.inner.shop(shop).await
    }
    async fn shop_for_number(&self, number: &PhoneNumber) -> R<Option<Shop>> {
        self.inner.shop_for_number(number).await
    }
    async fn customer_for_phone(&self, shop: ShopId, new: &Customer) -> R<Customer> {
        self.inner.customer_for_phone(shop, new).await
    }
    async fn customer(&self, shop: ShopId, customer: CustomerId) -> R<Customer> {
        self.inner.customer(shop, customer).await
    }
    async fn update_customer(
        &self,
        shop: ShopId,
        customer: CustomerId,
        name: Option<String>,
        time_zone: Option<chrono_tz::Tz>,
    ) -> R<Customer> {
        self.inner
            .update_customer(shop, customer, name, time_zone)
            .await
    }
    async fn record_inbound(
        &self,
        text: &InboundText,
        changes: Option<&ChangesBuilder<'_>>,
    ) -> R<InboundOutcome> {
        let asked = Instant::now();
        let opting_out = AtomicBool::new(false);
        let observed = changes.map(|build| {
            |shop: &Shop, customer: &Customer| {
                let changes = build(shop, customer);
                let unsubscribes = changes
                    .consent
                    .as_ref()
                    .is_some_and(|e| e.change == ConsentChange::Unsubscribed);
                opting_out.store(unsubscribes, Ordering::Relaxed);
                changes
            }
        });
        let outcome = self
            .inner
            .record_inbound(text, observed.as_ref().map(|b| b as &ChangesBuilder<'_>))
            .await?;
        let returned = Instant::now();
        let shop = outcome.shop;
        let mut seen = lock(&self.seen.inner);
        if opting_out.load(Ordering::Relaxed) && !outcome.customer.is_subscribed() {
            seen.opted_out(shop, outcome.customer.id, returned);
        }
        if let Some(reply) = &outcome.reply {
            if reply.origin == Origin::System(SystemReply::OptOutConfirmation) {
                seen.confirmations.insert(reply.id);
            }
            seen.take(reply.id, shop, reply.customer_id, asked);
        }
        Ok(outcome)
    }
    async fn queue_outbound(&self, shop: ShopId, message: &Message) -> R<()> {
        let asked = Instant::now();
        self.inner.queue_outbound(shop, message).await?;
        lock(&self.seen.inner).take(message.id, shop, message.customer_id, asked);
        Ok(())
    }
    async fn update_status(
        &self,
        shop: ShopId,
        message: MessageId,
        update: &StatusUpdate,
    ) -> R<Message> {
        self.inner.update_status(shop, message, update).await
    }
    async fn message(&self, shop: ShopId, message: MessageId) -> R<Message> {
        self.inner.message(shop, message).await
    }
    async fn message_by_carrier_id(&self, shop: ShopId, carrier_id: &str) -> R<Message> {
        self.inner.message_by_carrier_id(shop, carrier_id).await
    }
    async fn messages(
        &self,
        shop: ShopId,
        customer: CustomerId,
        before: Option<MessageId>,
        limit: usize,
    ) -> R<Vec<Message>> {
        self.inner.messages(shop, customer, before, limit).await
    }
    async fn record_consent(&self, shop: ShopId, event: &ConsentEvent) -> R<ConsentOutcome> {
        let outcome = self.inner.record_consent(shop, event).await?;
        if event.change == ConsentChange::Unsubscribed && !outcome.customer.is_subscribed() {
            lock(&self.seen.inner).opted_out(shop, outcome.customer.id, Instant::now());
        }
        Ok(outcome)
    }
    async fn consent_history(&self, shop: ShopId, customer: CustomerId) -> R<Vec<ConsentEvent>> {
        self.inner.consent_history(shop, customer).await
    }
    async fn threads(&self, shop: ShopId, query: &ThreadQuery) -> R<ThreadPage> {
        self.inner.threads(shop, query).await
    }
    async fn unread(&self, shop: ShopId, customer: CustomerId) -> R<u32> {
        self.inner.unread(shop, customer).await
    }
    async fn mark_read(&self, shop: ShopId, customer: CustomerId) -> R<()> {
        self.inner.mark_read(shop, customer).await
    }
    async fn unread_total(&self, shop: ShopId) -> R<u64> {
        self.inner.unread_total(shop).await
    }
    async fn put_order(&self, shop: ShopId, order: &Order) -> R<Option<Order>> {
        self.inner.put_order(shop, order).await
    }
    async fn orders(&self, shop: ShopId, customer: CustomerId) -> R<Vec<Order>> {
        self.inner.orders(shop, customer).await
    }
    async fn shops(&self) -> R<Vec<ShopId>> {
        self.inner.shops().await
    }
    async fn cancel_planned(
        &self,
        shop: ShopId,
        order: &OrderId,
        kind: AutomationKind,
    ) -> R<Vec<MessageId>> {
        self.inner.cancel_planned(shop, order, kind).await
    }
    async fn due(&self, shop: ShopId, now: DateTime<Utc>, limit: usize) -> R<Vec<MessageId>> {
        self.inner.due(shop, now, limit).await
    }
    async fn claim(&self, shop: ShopId, message: MessageId, now: DateTime<Utc>) -> R<ClaimOutcome> {
        let asked = Instant::now();
        let outcome = self.inner.claim(shop, message, now).await?;
        if let ClaimOutcome::Claimed(claim) = &outcome {
            lock(&self.seen.inner).take(message, shop, claim.customer.id, asked);
        }
        Ok(outcome)
    }
    async fn release(
        &self,
        shop: ShopId,
        message: MessageId,
        send_at: DateTime<Utc>,
        failure: Option<Failure>,
    ) -> R<Message> {
        self.inner.release(shop, message, send_at, failure).await
    }
    async fn mark_interrupted(
        &self,
        shop: ShopId,
        claimed_before: DateTime<Utc>,
    ) -> R<Vec<MessageId>> {
        self.inner.mark_interrupted(shop, claimed_before).await
    }
    async fn consent_events(&self, shop: ShopId, query: &ConsentQuery) -> R<Vec<ConsentEvent>> {
        self.inner.consent_events(shop, query).await
    }
    async fn stats(&self, shop: ShopId, from: DateTime<Utc>, to: DateTime<Utc>) -> R<Stats> {
        self.inner.stats(shop, from, to).await
    }
}

// ---------------------------------------------------------------------------------------
// What the customers say.

const OPT_OUTS: &[&str] = &[
    "STOP",
    "stop",
    "Stop.",
    "STOP ALL",
    "unsubscribe",
    "Unsubscribe me please",
    "please stop texting me",
    "stop texting me",
    "no more texts please",
    "remove me from your list",
    "take me off this list",
    "wrong number",
    "quit",
    "end",
    "opt out",
    "leave me alone",
    "stop sending me messages",
    "ARRET",
    "baja",
    "STOPP",
];

const TEXTS: &[&str] = &[
    "do you ship to Canada?",
    "is the blue one still in stock",
    "thanks so much!",
    "when will my order arrive",
    "can I change the size to M",
    "love the socks 😍",
    "what is your return policy",
    "ok great",
    "Is there a discount code for new customers?",
    "my package says delivered but I can't find it",
];

const HELP: &[&str] = &["HELP", "help", "INFO"];

/// The wordings the library's classifier reads as intended (the soak relies on its
/// own record of who opted out). Wordings it reads otherwise are dropped and reported.
fn checked_wordings() -> (Vec<&'static str>, Vec<&'static str>, Vec<String>) {
    let classifier = OptOutClassifier::default();
    let mut dropped = Vec::new();
    let mut keep = |list: &[&'static str], want: Intent| {
        list.iter()
            .copied()
            .filter(|t| {
                let got = classifier.classify(t).intent;
                if got != want {
                    dropped.push(format!("{t:?} reads as {got:?}, not {want:?}"));
                }
                got == want
            })
            .collect::<Vec<_>>()
    };
    let opt_outs = keep(OPT_OUTS, Intent::OptOut);
    let texts = keep(TEXTS, Intent::None);
    (opt_outs, texts, dropped)
}

// ---------------------------------------------------------------------------------------
// The independent record.

#[derive(Debug, Default)]
struct CustomerRecord {
    /// Carrier ids of the texts delivered, and whether `receive` acknowledged each.
    texts: HashMap<String, bool>,
    expected_unread: u32,
    opted_out: bool,
    replies: Vec<MessageId>,
    replies_refused: u32,
    auto_replies: Vec<MessageId>,
    planned: Vec<MessageId>,
    order_seq: u32,
    order: Option<Order>,
}

#[derive(Debug, Default)]
struct Latencies {
    receive: Vec<StdDuration>,
    reply: Vec<StdDuration>,
    dispatch: Vec<StdDuration>,
    record_order: Vec<StdDuration>,
    apply_status: Vec<StdDuration>,
}

impl Latencies {
    fn merge(&mut self, other: Latencies) {
        self.receive.extend(other.receive);
        self.reply.extend(other.reply);
        self.dispatch.extend(other.dispatch);
        self.record_order.extend(other.record_order);
        self.apply_status.extend(other.apply_status);
    }
}

#[derive(Debug, Default)]
struct Counters {
    receives: AtomicU64,
    duplicate_deliveries: AtomicU64,
    opt_out_texts: AtomicU64,
    replies: AtomicU64,
    order_events: AtomicU64,
    mark_reads: AtomicU64,
    dispatch_runs: AtomicU64,
    dispatched_sent: AtomicU64,
    dispatched_retried: AtomicU64,
    dispatched_failed: AtomicU64,
    dispatched_cancelled: AtomicU64,
    dispatched_deferred: AtomicU64,
    dispatched_interrupted: AtomicU64,
    callbacks: AtomicU64,
    callbacks_early: AtomicU64,
    store_errors: AtomicU64,
    unexpected_errors: AtomicU64,
}

fn bump(c: &AtomicU64) {
    c.fetch_add(1, Ordering::Relaxed);
}

// ---------------------------------------------------------------------------------------
// The world: shops, customers, instances.

struct World {
    instances: Vec<Inbox>,
    raw: Arc<dyn Store>,
    shops: Vec<Shop>,
    customers: Vec<Customer>,
    counters: Counters,
    first_error: Mutex<Option<String>>,
    _guard: Option<Box<dyn Send + Sync>>,
}

impl World {
    fn shop_of(&self, k: usize) -> &Shop {
        &self.shops[k % self.shops.len()]
    }

    fn note_error(&self, what: &str, e: &Error) {
        bump(&self.counters.unexpected_errors);
        let mut first = lock(&self.first_error);
        if first.is_none() {
            *first = Some(format!("{what}: {e}"));
        }
    }
}

fn shop_number(s: usize) -> PhoneNumber {
    PhoneNumber::parse_international(&format!("+1650555{:04}", 100 + s)).expect("shop number")
}

fn customer_phone(k: usize) -> PhoneNumber {
    // Customers 2j and 2j+1 share a number at two different shops.
    PhoneNumber::parse_international(&format!("+1415{:07}", 5_550_000 + k / 2))
        .expect("customer number")
}

async fn open_stores(
    kind: &StoreKind,
) -> Result<(Vec<Arc<dyn Store>>, Option<Box<dyn Send + Sync>>), String> {
    match kind {
        StoreKind::Sqlite(path) => {
            let path = path.to_str().ok_or("the SQLite path is not UTF-8")?;
            let mut stores: Vec<Arc<dyn Store>> = Vec::new();
            for _ in 0..INSTANCES {
                let store = sms_inbox::SqliteStore::connect(path)
                    .await
                    .map_err(|e| e.to_string())?;
                stores.push(Arc::new(store));
            }
            Ok((stores, None))
        }
        StoreKind::Postgres(url) => postgres_stores(url).await,
    }
}

async fn postgres_stores(
    url: &str,
) -> Result<(Vec<Arc<dyn Store>>, Option<Box<dyn Send + Sync>>), String> {
    use sqlx::Executor;
    use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
    use std::str::FromStr;

    let schema = format!("soak_{}", uuid::Uuid::now_v7().simple());
    let admin = sqlx::PgPool::connect(url)
        .await
        .map_err(|e| format!("connect to PostgreSQL: {e}"))?;
    admin
        .execute(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
        .await
        .map_err(|e| format!("create schema: {e}"))?;
    let guard: Box<dyn Send + Sync> = Box::new(DropSchema {
        url: url.to_owned(),
        schema: schema.clone(),
    });
    let options = PgConnectOptions::from_str(url)
        .map_err(|e| format!("PostgreSQL URL: {e}"))?
        .options([("search_path", schema.as_str())]);
    let mut stores: Vec<Arc<dyn Store>> = Vec::new();
    for i in 0..INSTANCES {
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .connect_with(options.clone())
            .await
            .map_err(|e| format!("connect to PostgreSQL: {e}"))?;
        let store = sms_inbox::PostgresStore::new(pool);
        if i == 0 {
            store.migrate().await.map_err(|e| e.to_string())?;
        }
        stores.push(Arc::new(store));
    }
    Ok((stores, Some(guard)))
}

/// Drops the run's schema when the run ends.
struct DropSchema {
    url: String,
    schema: String,
}

impl Drop for DropSchema {
    fn drop(&mut self) {
        let url = self.url.clone();
        let sql = format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema);
        // Dropped inside a runtime that cannot block; a thread of its own can.
        let _ = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
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

fn automations() -> AutomationSettings {
    AutomationSettings::default()
        .with_cart_reminders(
            vec![CartReminder {
                delay: Duration::seconds(2),
                template: Template::parse(
                    "{shop_name}: {first_name}, your cart is waiting: {cart_url} Reply STOP to opt out.",
                )
                .expect("template"),
            }],
            false,
        )
        .expect("cart reminders")
        .with_policy(SendPolicy::daily(Hours::new(0, 24), None))
}

// ---------------------------------------------------------------------------------------
// The drivers.

struct Worker {
    rng: Rng,
    records: HashMap<usize, CustomerRecord>,
    lat: Latencies,
    seq: u64,
    id: usize,
}

enum Event {
    Text(usize),
    Order(usize),
    MarkRead(usize),
}

impl Worker {
    fn instance<'w>(&mut self, world: &'w World) -> (usize, &'w Inbox) {
        let i = self.rng.index(INSTANCES);
        (i, &world.instances[i])
    }

    fn other(&mut self, world: &World, i: usize) -> usize {
        let _ = world;
        (i + 1 + self.rng.index(INSTANCES - 1)) % INSTANCES
    }

    async fn receive(
        &mut self,
        world: &World,
        i: usize,
        sms: InboundSms,
    ) -> Option<sms_inbox::Received> {
        for _ in 0..5 {
            let t = Instant::now();
            let got = world.instances[i].receive(sms.clone()).await;
            self.lat.receive.push(t.elapsed());
            bump(&world.counters.receives);
            match got {
                Ok(r) => return Some(r),
                Err(e) if e.is_retryable() => bump(&world.counters.store_errors),
                Err(e) => {
                    world.note_error("receive", &e);
                    return None;
                }
            }
        }
        None
    }

    fn note_received(&mut self, k: usize, cid: &str, got: &Option<sms_inbox::Received>) {
        let rec = self.records.entry(k).or_default();
        let Some(got) = got else { return };
        let acked = rec.texts.entry(cid.to_owned()).or_insert(false);
        if !*acked {
            *acked = true;
            rec.expected_unread += 1;
        }
        if let Some(reply) = &got.reply
            && !rec.auto_replies.contains(&reply.id)
        {
            rec.auto_replies.push(reply.id);
        }
    }

    async fn reply(&mut self, world: &World, i: usize, k: usize, body: String) {
        let shop = world.shop_of(k).id;
        let customer = world.customers[k].id;
        let t = Instant::now();
        let got = world.instances[i].reply(shop, customer, &body).await;
        self.lat.reply.push(t.elapsed());
        bump(&world.counters.replies);
        let rec = self.records.entry(k).or_default();
        match got {
            Ok(m) => rec.replies.push(m.id),
            Err(Error::Carrier {
                message: Some(id), ..
            }) => rec.replies.push(id),
            Err(Error::Unsubscribed { .. }) => rec.replies_refused += 1,
            Err(e) if e.is_retryable() => bump(&world.counters.store_errors),
            Err(e) => world.note_error("reply", &e),
        }
    }

    async fn text(&mut self, world: &World, k: usize, wordings: &Wordings) {
        let shop_ix = k % world.shops.len();
        self.seq += 1;
        let cid = format!("SMw{}n{}", self.id, self.seq);
        let roll = self.rng.below(10_000);
        let opt_out = roll < 300;
        let help = (300..500).contains(&roll);
        let body = if opt_out {
            (*self.rng.pick(&wordings.opt_outs)).to_owned()
        } else if help {
            (*self.rng.pick(HELP)).to_owned()
        } else {
            format!("[s{shop_ix:02}] {}", self.rng.pick(&wordings.texts))
        };
        let sms = InboundSms::new(customer_phone(k), world.shop_of(k).numbers[0].clone(), body)
            .with_carrier_id(cid.clone());
        self.records
            .entry(k)
            .or_default()
            .texts
            .insert(cid.clone(), false);
        let (a, _) = self.instance(world);
        let b = self.other(world, a);
        let duplicate = self.rng.chance(500);
        let race_reply = opt_out && self.rng.chance(5_000);
        let reply_after = !opt_out && self.rng.chance(2_000);
        if opt_out {
            bump(&world.counters.opt_out_texts);
        }
        if duplicate {
            bump(&world.counters.duplicate_deliveries);
            let mut twin = Worker {
                rng: Rng::new(self.rng.next()),
                records: HashMap::new(),
                lat: Latencies::default(),
                seq: 0,
                id: self.id,
            };
            let (x, y) = tokio::join!(
                self.receive(world, a, sms.clone()),
                twin.receive(world, b, sms)
            );
            self.lat.merge(twin.lat);
            if let (Some(x), Some(y)) = (&x, &y)
                && x.duplicate == y.duplicate
            {
                // Exactly one of two deliveries is the first; both alike is a bug the
                // store check also sees.
                eprintln!(
                    "soak: both deliveries of one text said duplicate={}",
                    x.duplicate
                );
            }
            self.note_received(k, &cid, &x);
            self.note_received(k, &cid, &y);
            self.after_opt_out(world, k, opt_out, &x.or(y));
        } else if race_reply {
            let mut twin = Worker {
                rng: Rng::new(self.rng.next()),
                records: HashMap::new(),
                lat: Latencies::default(),
                seq: 0,
                id: self.id,
            };
            let body = format!("[s{shop_ix:02}] wait, before you go: {}", self.seq);
            let (got, ()) =
                tokio::join!(self.receive(world, a, sms), twin.reply(world, b, k, body));
            let twin_rec = twin.records.remove(&k).unwrap_or_default();
            let rec = self.records.entry(k).or_default();
            rec.replies.extend(twin_rec.replies);
            rec.replies_refused += twin_rec.replies_refused;
            self.lat.merge(twin.lat);
            self.note_received(k, &cid, &got);
            self.after_opt_out(world, k, opt_out, &got);
        } else {
            let got = self.receive(world, a, sms).await;
            self.note_received(k, &cid, &got);
            self.after_opt_out(world, k, opt_out, &got);
        }
        if reply_after {
            let body = format!("[s{shop_ix:02}] thanks for your message ({})", self.seq);
            self.reply(world, b, k, body).await;
        }
    }

    fn after_opt_out(
        &mut self,
        world: &World,
        k: usize,
        opt_out: bool,
        got: &Option<sms_inbox::Received>,
    ) {
        if !opt_out {
            return;
        }
        let rec = self.records.entry(k).or_default();
        rec.opted_out = true;
        if let Some(got) = got
            && got.customer.is_subscribed()
        {
            world.note_error(
                "opt-out",
                &Error::Invalid {
                    field: "opt-out",
                    reason: "receive returned a subscribed customer".into(),
                },
            );
        }
    }

    async fn order(&mut self, world: &World, k: usize) {
        let shop = world.shop_of(k).id;
        let customer = world.customers[k].id;
        let now = Utc::now();
        let converts = self.rng.chance(6_000);
        let rec = self.records.entry(k).or_default();
        let next = match rec.order.as_ref().map(|o| o.status) {
            Some(OrderStatus::CartPending) if converts => Some(OrderStatus::Placed),
            Some(OrderStatus::Placed) => Some(OrderStatus::Shipped),
            Some(OrderStatus::Shipped) => Some(OrderStatus::Delivered),
            _ => None,
        };
        let order = match (next, rec.order.take()) {
            (Some(status), Some(mut order)) => {
                order.status = status;
                order.number = Some(format!("#{}", 1000 + rec.order_seq));
                order.updated_at = now;
                order
            }
            _ => {
                rec.order_seq += 1;
                Order {
                    id: OrderId(format!("c{k}-{}", rec.order_seq)),
                    shop_id: shop,
                    customer_id: customer,
                    number: None,
                    status: OrderStatus::CartPending,
                    total_minor: 1_000 + i64::from(rec.order_seq) * 7,
                    currency: "USD".into(),
                    item_count: 1 + rec.order_seq % 4,
                    url: Some(format!(
                        "https://shop{}.test/cart/{k}",
                        k % world.shops.len()
                    )),
                    created_at: now,
                    updated_at: now,
                }
            }
        };
        rec.order = Some(order.clone());
        let (_, inbox) = self.instance(world);
        let t = Instant::now();
        let got = inbox.record_order(shop, &order).await;
        self.lat.record_order.push(t.elapsed());
        bump(&world.counters.order_events);
        match got {
            Ok(recorded) => {
                let rec = self.records.entry(k).or_default();
                rec.planned.extend(recorded.planned.iter().map(|m| m.id));
            }
            Err(e) if e.is_retryable() => bump(&world.counters.store_errors),
            Err(e) => world.note_error("record_order", &e),
        }
    }

    async fn mark_read(&mut self, world: &World, k: usize) {
        let (_, inbox) = self.instance(world);
        match inbox
            .mark_read(world.shop_of(k).id, world.customers[k].id)
            .await
        {
            Ok(()) => self.records.entry(k).or_default().expected_unread = 0,
            Err(e) => world.note_error("mark_read", &e),
        }
        bump(&world.counters.mark_reads);
    }
}

struct Wordings {
    opt_outs: Vec<&'static str>,
    texts: Vec<&'static str>,
}

/// Splits the run into per-worker event lists; a customer belongs to one worker, so
/// each customer's events happen in order and the record of them is exact.
fn plan_events(config: &Config, customers: usize) -> Vec<Vec<Event>> {
    let mut rng = Rng::new(config.seed);
    let mut lists: Vec<Vec<Event>> = (0..config.workers).map(|_| Vec::new()).collect();
    for _ in 0..config.messages {
        let k = rng.index(customers);
        let w = k % config.workers;
        lists[w].push(Event::Text(k));
        if rng.chance(1_000) {
            lists[w].push(Event::Order(k));
        }
        if rng.chance(300) {
            lists[w].push(Event::MarkRead(k));
        }
    }
    lists
}

async fn dispatcher(world: Arc<World>, i: usize, stop: Arc<AtomicBool>) -> Latencies {
    let mut lat = Latencies::default();
    while !stop.load(Ordering::Relaxed) {
        let busy = dispatch_once(&world, i, Utc::now(), 25, &mut lat).await;
        if !busy {
            tokio::time::sleep(StdDuration::from_millis(20)).await;
        }
    }
    lat
}

/// One `dispatch_due` run; whether it found anything to do.
async fn dispatch_once(
    world: &World,
    i: usize,
    now: DateTime<Utc>,
    limit: usize,
    lat: &mut Latencies,
) -> bool {
    let t = Instant::now();
    let got = world.instances[i].dispatch_due(now, limit).await;
    lat.dispatch.push(t.elapsed());
    bump(&world.counters.dispatch_runs);
    match got {
        Ok(r) => {
            let c = &world.counters;
            c.dispatched_sent
                .fetch_add(r.sent.len() as u64, Ordering::Relaxed);
            c.dispatched_retried
                .fetch_add(r.retried.len() as u64, Ordering::Relaxed);
            c.dispatched_failed
                .fetch_add(r.failed.len() as u64, Ordering::Relaxed);
            c.dispatched_cancelled
                .fetch_add(r.cancelled.len() as u64, Ordering::Relaxed);
            c.dispatched_deferred
                .fetch_add(r.deferred.len() as u64, Ordering::Relaxed);
            c.dispatched_interrupted
                .fetch_add(r.interrupted.len() as u64, Ordering::Relaxed);
            !(r.sent.is_empty()
                && r.retried.is_empty()
                && r.failed.is_empty()
                && r.cancelled.is_empty()
                && r.deferred.is_empty())
        }
        Err(e) if e.is_retryable() => {
            bump(&world.counters.store_errors);
            true
        }
        Err(e) => {
            world.note_error("dispatch_due", &e);
            true
        }
    }
}

/// A status callback still to deliver.
struct Callback {
    from: PhoneNumber,
    report: sms_inbox::StatusReport,
    tries: u32,
}

/// Delivers status callbacks for accepted texts, shuffled in batches: "sent" and the
/// final status in either order, some twice. Returns the final status each carrier id
/// must end in, and the callbacks that never found their message.
async fn callbacks(
    world: Arc<World>,
    mut accepted: mpsc::UnboundedReceiver<(PhoneNumber, String)>,
    seed: u64,
) -> (HashMap<String, MessageStatus>, u64, Latencies) {
    let mut rng = Rng::new(seed ^ 0xCA11);
    let mut expected = HashMap::new();
    let mut pending: VecDeque<Callback> = VecDeque::new();
    let mut lat = Latencies::default();
    let mut closed = false;
    let mut gave_up = 0;
    let shop_by_number: HashMap<String, ShopId> = world
        .shops
        .iter()
        .map(|s| (s.numbers[0].e164().to_owned(), s.id))
        .collect();
    loop {
        // Take what has arrived.
        loop {
            match accepted.try_recv() {
                Ok((from, carrier_id)) => {
                    let delivered = rng.chance(9_000);
                    let (status, word, failure) = if delivered {
                        (MessageStatus::Delivered, "delivered", None)
                    } else {
                        (
                            MessageStatus::Undelivered,
                            "undelivered",
                            Some(Failure {
                                code: Some("30003".into()),
                                reason: "Unreachable destination handset".into(),
                            }),
                        )
                    };
                    expected.insert(carrier_id.clone(), status);
                    let report = |status, word: &str, failure: Option<Failure>| Callback {
                        from: from.clone(),
                        report: sms_inbox::StatusReport {
                            carrier_id: carrier_id.clone(),
                            status: Some(status),
                            carrier_status: word.into(),
                            failure,
                            at: Utc::now(),
                        },
                        tries: 0,
                    };
                    pending.push_back(report(MessageStatus::Sent, "sent", None));
                    pending.push_back(report(status, word, failure.clone()));
                    if rng.chance(500) {
                        pending.push_back(report(status, word, failure));
                    }
                }
                Err(mpsc::error::TryRecvError::Empty) => break,
                Err(mpsc::error::TryRecvError::Disconnected) => {
                    closed = true;
                    break;
                }
            }
        }
        if pending.is_empty() {
            if closed {
                break;
            }
            tokio::time::sleep(StdDuration::from_millis(10)).await;
            continue;
        }
        // Shuffle the batch: callbacks arrive out of order.
        let mut batch: Vec<Callback> = pending.drain(..).collect();
        for i in (1..batch.len()).rev() {
            batch.swap(i, rng.index(i + 1));
        }
        let mut chunks: Vec<Vec<Callback>> = (0..INSTANCES).map(|_| Vec::new()).collect();
        for (n, cb) in batch.into_iter().enumerate() {
            chunks[n % INSTANCES].push(cb);
        }
        let runs = chunks.into_iter().enumerate().map(|(i, chunk)| {
            let world = &world;
            let shop_by_number = &shop_by_number;
            async move {
                let mut again = Vec::new();
                let mut lat = Vec::new();
                for mut cb in chunk {
                    let Some(shop) = shop_by_number.get(cb.from.e164()) else {
                        continue;
                    };
                    let t = Instant::now();
                    let got = world.instances[i].apply_status(*shop, &cb.report).await;
                    lat.push(t.elapsed());
                    bump(&world.counters.callbacks);
                    match got {
                        Ok(_) => {}
                        // The callback came before the send's answer was recorded; the
                        // carrier tries again later.
                        Err(Error::NotFound { .. }) => {
                            bump(&world.counters.callbacks_early);
                            cb.tries += 1;
                            again.push(cb);
                        }
                        Err(e) if e.is_retryable() => {
                            bump(&world.counters.store_errors);
                            cb.tries += 1;
                            again.push(cb);
                        }
                        Err(e) => world.note_error("apply_status", &e),
                    }
                }
                (again, lat)
            }
        });
        let results = futures_join_all(runs).await;
        for (again, l) in results {
            lat.apply_status.extend(l);
            for cb in again {
                if cb.tries > 200 {
                    gave_up += 1;
                } else {
                    pending.push_back(cb);
                }
            }
        }
        if !pending.is_empty() {
            tokio::time::sleep(StdDuration::from_millis(5)).await;
        }
    }
    (expected, gave_up, lat)
}

/// Runs futures concurrently on the current task (no `futures` dependency needed).
async fn futures_join_all<F: std::future::Future>(
    futures: impl Iterator<Item = F>,
) -> Vec<F::Output> {
    let handles: Vec<_> = futures.collect();
    let mut outputs = Vec::with_capacity(handles.len());
    // Four at most: join them pairwise with tokio::join!.
    let mut it = handles.into_iter();
    loop {
        match (it.next(), it.next()) {
            (Some(a), Some(b)) => {
                let (x, y) = tokio::join!(a, b);
                outputs.push(x);
                outputs.push(y);
            }
            (Some(a), None) => outputs.push(a.await),
            _ => break,
        }
    }
    outputs
}

// ---------------------------------------------------------------------------------------
// The run.

/// Every figure a run measured.
#[derive(Debug, Default)]
pub struct Report {
    /// The correctness figures, in print order; each must be 0.
    pub correctness: Vec<(&'static str, u64)>,
    /// Everything else worth reading.
    pub info: Vec<(String, String)>,
    /// Wordings dropped because the classifier reads them otherwise.
    pub dropped_wordings: Vec<String>,
    /// The first unexpected error, if any.
    pub first_error: Option<String>,
}

impl Report {
    /// Whether every correctness figure is 0.
    pub fn passed(&self) -> bool {
        self.correctness.iter().all(|(_, n)| *n == 0)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (name, n) in &self.correctness {
            writeln!(f, "{name}: {n}")?;
        }
        for (name, v) in &self.info {
            writeln!(f, "{name}: {v}")?;
        }
        for d in &self.dropped_wordings {
            writeln!(f, "dropped wording: {d}")?;
        }
        if let Some(e) = &self.first_error {
            writeln!(f, "first unexpected error: {e}")?;
        }
        write!(f, "result: {}", if self.passed() { "PASS" } else { "FAIL" })
    }
}

fn percentile(sorted: &[StdDuration], p: usize) -> StdDuration {
    if sorted.is_empty() {
        return StdDuration::ZERO;
    }
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

fn latency_line(mut v: Vec<StdDuration>) -> String {
    v.sort();
    format!(
        "n={} p50={:.2}ms p99={:.2}ms max={:.2}ms",
        v.len(),
        percentile(&v, 50).as_secs_f64() * 1e3,
        percentile(&v, 99).as_secs_f64() * 1e3,
        v.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    )
}

/// Runs the soak and checks it.
pub async fn run(config: Config) -> Result<Report, String> {
    let (opt_outs, texts, dropped) = checked_wordings();
    let wordings = Arc::new(Wordings { opt_outs, texts });
    let customers_n = config.customers.max(config.shops * 2);
    let (stores, guard) = open_stores(&config.store).await?;
    let seen = Arc::new(Observations::default());
    let (tx, rx) = mpsc::unbounded_channel();
    let carrier = Arc::new(FaultyCarrier {
        inner: SimulatedCarrier::new(),
        rng: Mutex::new(Rng::new(config.seed ^ 0xC0FFEE)),
        transient_per_10k: config.transient_per_10k,
        opted_out_per_10k: config.opted_out_per_10k,
        calls: Mutex::new(Vec::new()),
        accepted: Mutex::new(Some(tx)),
    });
    let dispatch = DispatchSettings {
        max_attempts: 5,
        first_retry: Duration::milliseconds(200),
        stale_after: Duration::minutes(10),
    };
    let raw = stores[0].clone();
    let instances: Vec<Inbox> = stores
        .into_iter()
        .map(|inner| {
            let observed: Arc<dyn Store> = Arc::new(ObservedStore {
                inner,
                seen: seen.clone(),
            });
            Inbox::builder(observed, carrier.clone())
                .automations(automations())
                .dispatch(dispatch.clone())
                .build()
        })
        .collect();

    // Shops and customers (set-up, not measured).
    let zones = [
        chrono_tz::America::New_York,
        chrono_tz::America::Chicago,
        chrono_tz::America::Denver,
        chrono_tz::America::Los_Angeles,
        chrono_tz::Pacific::Honolulu,
    ];
    let mut shops = Vec::new();
    for s in 0..config.shops {
        let mut shop = Shop::new(format!("Shop {s:02}"), vec![shop_number(s)], zones[s % 5]);
        shop.support_contact = Some(format!("help@shop{s}.test"));
        instances[s % INSTANCES]
            .put_shop(&shop)
            .await
            .map_err(|e| e.to_string())?;
        shops.push(shop);
    }
    let mut customers = Vec::with_capacity(customers_n);
    for k in 0..customers_n {
        let inbox = &instances[k % INSTANCES];
        let shop = &shops[k % config.shops];
        let mut c = inbox
            .add_customer(shop.id, customer_phone(k), Some(format!("Customer {k}")))
            .await
            .map_err(|e| e.to_string())?;
        if k % 4 == 0 {
            c = inbox
                .update_customer(shop.id, c.id, c.name.clone(), Some(zones[(k / 4) % 5]))
                .await
                .map_err(|e| e.to_string())?;
        }
        customers.push(c);
    }
    let world = Arc::new(World {
        instances,
        raw,
        shops,
        customers,
        counters: Counters::default(),
        first_error: Mutex::new(None),
        _guard: guard,
    });

    // The load.
    let started = Instant::now();
    let stop = Arc::new(AtomicBool::new(false));
    let dispatchers: Vec<_> = (0..INSTANCES)
        .map(|i| tokio::spawn(dispatcher(world.clone(), i, stop.clone())))
        .collect();
    let callback_task = tokio::spawn(callbacks(world.clone(), rx, config.seed));
    let mut workers = Vec::new();
    for (w, events) in plan_events(&config, customers_n).into_iter().enumerate() {
        let world = world.clone();
        let wordings = wordings.clone();
        let seed = config.seed.wrapping_add(w as u64 * 7919);
        workers.push(tokio::spawn(async move {
            let mut worker = Worker {
                rng: Rng::new(seed),
                records: HashMap::new(),
                lat: Latencies::default(),
                seq: 0,
                id: w,
            };
            for event in events {
                match event {
                    Event::Text(k) => worker.text(&world, k, &wordings).await,
                    Event::Order(k) => worker.order(&world, k).await,
                    Event::MarkRead(k) => worker.mark_read(&world, k).await,
                }
            }
            (worker.records, worker.lat)
        }));
    }
    let mut records: HashMap<usize, CustomerRecord> = HashMap::new();
    let mut lat = Latencies::default();
    for w in workers {
        let (r, l) = w.await.map_err(|e| format!("worker panicked: {e}"))?;
        records.extend(r);
        lat.merge(l);
    }
    let load_time = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    for d in dispatchers {
        lat.merge(d.await.map_err(|e| format!("dispatcher panicked: {e}"))?);
    }

    // Drain: all four dispatchers at once with the clock two minutes and more ahead,
    // until two rounds find nothing to do.
    let mut idle_rounds = 0;
    let mut drain_rounds: i64 = 0;
    while idle_rounds < 2 && drain_rounds < 500 {
        drain_rounds += 1;
        // Each round ten seconds further ahead: whatever a round put back for a retry
        // (at most 1.6 s later) is due in the next, so an idle round means nothing is left.
        let now = Utc::now() + Duration::minutes(2) + Duration::seconds(10 * drain_rounds);
        let runs = (0..INSTANCES).map(|i| {
            let world = &world;
            async move {
                let mut l = Latencies::default();
                let busy = dispatch_once(world, i, now, 500, &mut l).await;
                (busy, l)
            }
        });
        let results = futures_join_all(runs).await;
        let mut busy = false;
        for (b, l) in results {
            busy |= b;
            lat.merge(l);
        }
        idle_rounds = if busy { 0 } else { idle_rounds + 1 };
    }
    let drain_time = started.elapsed() - load_time;
    // No more sends: closing the channel lets the callback task finish its queue.
    lock(&carrier.accepted).take();
    let (expected_final, gave_up, cb_lat) = callback_task
        .await
        .map_err(|e| format!("callback task panicked: {e}"))?;
    let carrier_calls = std::mem::take(&mut *lock(&carrier.calls));
    let simulated_accepted = carrier.inner.sent().len();
    let simulated_attempts = carrier.inner.attempts();
    lat.merge(cb_lat);
    let total_time = started.elapsed();

    // The check.
    let observed = std::mem::take(&mut *lock(&seen.inner));
    let mut report = verify(&world, &records, &observed, &carrier_calls, &expected_final).await?;
    report.dropped_wordings = dropped;
    report.first_error = lock(&world.first_error).clone();
    let c = &world.counters;
    let n = |a: &AtomicU64| a.load(Ordering::Relaxed);
    report
        .correctness
        .push(("unexpected errors", n(&c.unexpected_errors)));
    report
        .correctness
        .push(("status callbacks never matched", gave_up));
    let ops = n(&c.receives)
        + n(&c.replies)
        + n(&c.order_events)
        + n(&c.mark_reads)
        + n(&c.dispatch_runs)
        + n(&c.callbacks);
    let info = &mut report.info;
    info.push((
        "workload".into(),
        format!(
            "{} inbound texts ({} receive calls, {} duplicate deliveries, {} opt-out texts), \
             {} replies, {} order events, {} mark-reads, {} customers, {} shops, {} workers, \
             {INSTANCES} instances",
            config.messages,
            n(&c.receives),
            n(&c.duplicate_deliveries),
            n(&c.opt_out_texts),
            n(&c.replies),
            n(&c.order_events),
            n(&c.mark_reads),
            customers_n,
            config.shops,
            config.workers
        ),
    ));
    info.push((
        "carrier".into(),
        format!(
            "{} calls, {} accepted ({} per SimulatedCarrier of {} attempts), {} retryable \
             failures, {} recipient-opted-out",
            carrier_calls.len(),
            carrier_calls
                .iter()
                .filter(|c| c.accepted.is_some())
                .count(),
            simulated_accepted,
            simulated_attempts,
            carrier_calls
                .iter()
                .filter(|c| c.error == Some(CarrierErrorKind::Transient))
                .count(),
            carrier_calls
                .iter()
                .filter(|c| c.error == Some(CarrierErrorKind::RecipientOptedOut))
                .count(),
        ),
    ));
    info.push((
        "dispatch".into(),
        format!(
            "{} runs: {} sent, {} retried, {} failed, {} cancelled at claim, {} deferred, \
             {} interrupted; drain took {drain_rounds} rounds",
            n(&c.dispatch_runs),
            n(&c.dispatched_sent),
            n(&c.dispatched_retried),
            n(&c.dispatched_failed),
            n(&c.dispatched_cancelled),
            n(&c.dispatched_deferred),
            n(&c.dispatched_interrupted),
        ),
    ));
    info.push((
        "status callbacks".into(),
        format!(
            "{} applied, {} arrived before the send was recorded (retried)",
            n(&c.callbacks),
            n(&c.callbacks_early)
        ),
    ));
    info.push((
        "retryable store errors (retried)".into(),
        n(&c.store_errors).to_string(),
    ));
    info.push((
        "wall time".into(),
        format!(
            "load {:.1}s, drain {:.1}s, load to the last status callback {:.1}s (set-up and check excluded)",
            load_time.as_secs_f64(),
            drain_time.as_secs_f64(),
            total_time.as_secs_f64()
        ),
    ));
    info.push((
        "throughput".into(),
        format!(
            "{:.0} receive calls/s during the load, {:.0} operations/s to the last callback",
            n(&c.receives) as f64 / load_time.as_secs_f64(),
            ops as f64 / total_time.as_secs_f64()
        ),
    ));
    info.push(("latency receive".into(), latency_line(lat.receive)));
    info.push(("latency reply".into(), latency_line(lat.reply)));
    info.push(("latency dispatch_due".into(), latency_line(lat.dispatch)));
    info.push((
        "latency record_order".into(),
        latency_line(lat.record_order),
    ));
    info.push((
        "latency apply_status".into(),
        latency_line(lat.apply_status),
    ));
    drop(world);
    Ok(report)
}

/// A customer's index in the run, by id.
fn customer_index(world: &World) -> HashMap<CustomerId, usize> {
    world
        .customers
        .iter()
        .enumerate()
        .map(|(k, c)| (c.id, k))
        .collect()
}

/// The shop a body was tagged with (`[s07] ...`), if any.
fn body_shop(body: &str) -> Option<usize> {
    body.strip_prefix("[s")?.get(..2)?.parse().ok()
}

/// Checks the store and the carrier's log against the record.
async fn verify(
    world: &World,
    records: &HashMap<usize, CustomerRecord>,
    seen: &Observed,
    calls: &[SendCall],
    expected_final: &HashMap<String, MessageStatus>,
) -> Result<Report, String> {
    let err = |e: Error| e.to_string();
    let empty = CustomerRecord::default();
    let by_id = customer_index(world);
    let shops = world.shops.len();
    let mut text_owner: HashMap<&str, usize> = HashMap::new();
    let mut outbound_owner: HashMap<MessageId, usize> = HashMap::new();
    for (k, rec) in records {
        for cid in rec.texts.keys() {
            text_owner.insert(cid.as_str(), *k);
        }
        for id in rec
            .replies
            .iter()
            .chain(&rec.auto_replies)
            .chain(&rec.planned)
        {
            outbound_owner.insert(*id, *k);
        }
    }
    for (id, (_, c)) in &seen.owner {
        if let Some(k) = by_id.get(c) {
            outbound_owner.entry(*id).or_insert(*k);
        }
    }

    let (mut lost, mut duplicates, mut cross_shop, mut unknown_rows) = (0u64, 0u64, 0u64, 0u64);
    let (mut unread_mismatch, mut stuck, mut not_honoured) = (0u64, 0u64, 0u64);
    let mut refused_while_subscribed = 0u64;
    let mut stuck_examples = Vec::new();
    let mut stored: HashMap<MessageId, Message> = HashMap::new();
    let mut expected_unread_by_customer: HashMap<CustomerId, u32> = HashMap::new();
    for (k, customer) in world.customers.iter().enumerate() {
        let shop_ix = k % shops;
        let shop = &world.shops[shop_ix];
        let rec = records.get(&k).unwrap_or(&empty);
        let messages = world
            .raw
            .messages(shop.id, customer.id, None, 1_000_000)
            .await
            .map_err(err)?;
        let mut inbound_ids: HashMap<&str, u32> = HashMap::new();
        let ids: HashSet<MessageId> = messages.iter().map(|m| m.id).collect();
        for m in &messages {
            if m.shop_id != shop.id || m.customer_id != customer.id {
                cross_shop += 1;
            }
            if body_shop(&m.body).is_some_and(|s| s != shop_ix) {
                cross_shop += 1;
            }
            match (&m.direction, &m.carrier_id) {
                (sms_inbox::Direction::Inbound, Some(cid)) => {
                    *inbound_ids.entry(cid.as_str()).or_default() += 1;
                    match text_owner.get(cid.as_str()) {
                        Some(owner) if *owner == k => {}
                        Some(_) => cross_shop += 1,
                        None => unknown_rows += 1,
                    }
                }
                (sms_inbox::Direction::Inbound, None) => unknown_rows += 1,
                (sms_inbox::Direction::Outbound, _) => {
                    match outbound_owner.get(&m.id) {
                        Some(owner) if *owner == k => {}
                        Some(_) => cross_shop += 1,
                        None => unknown_rows += 1,
                    }
                    if matches!(
                        m.status,
                        MessageStatus::Planned
                            | MessageStatus::Queued
                            | MessageStatus::Sending
                            | MessageStatus::Interrupted
                    ) {
                        stuck += 1;
                        if stuck_examples.len() < 5 {
                            stuck_examples.push(format!(
                                "{:?} {} attempts={} send_at={:?} claimed_at={:?} failure={:?} \
                                 subscribed={}",
                                m.status,
                                m.origin.as_str(),
                                m.attempts,
                                m.send_at,
                                m.claimed_at,
                                m.failure,
                                world
                                    .raw
                                    .customer(shop.id, customer.id)
                                    .await
                                    .map_err(err)?
                                    .is_subscribed()
                            ));
                        }
                    }
                }
            }
        }
        duplicates += inbound_ids.values().map(|n| u64::from(n - 1)).sum::<u64>();
        lost += rec
            .texts
            .iter()
            .filter(|(cid, acked)| **acked && !inbound_ids.contains_key(cid.as_str()))
            .count() as u64;
        lost += rec
            .replies
            .iter()
            .chain(&rec.auto_replies)
            .chain(&rec.planned)
            .filter(|id| !ids.contains(id))
            .count() as u64;
        let unread = world.raw.unread(shop.id, customer.id).await.map_err(err)?;
        if unread != rec.expected_unread {
            unread_mismatch += 1;
        }
        expected_unread_by_customer.insert(customer.id, rec.expected_unread);
        let now = world
            .raw
            .customer(shop.id, customer.id)
            .await
            .map_err(err)?;
        if rec.opted_out && now.is_subscribed() {
            not_honoured += 1;
        }
        if rec.replies_refused > 0 && now.is_subscribed() {
            refused_while_subscribed += u64::from(rec.replies_refused);
        }
        stored.extend(messages.into_iter().map(|m| (m.id, m)));
    }

    // Per shop: the unread total and every row of the thread list.
    for (s, shop) in world.shops.iter().enumerate() {
        let expected: u64 = world
            .customers
            .iter()
            .enumerate()
            .filter(|(k, _)| k % shops == s)
            .map(|(k, _)| u64::from(records.get(&k).map_or(0, |r| r.expected_unread)))
            .sum();
        if world.raw.unread_total(shop.id).await.map_err(err)? != expected {
            unread_mismatch += 1;
        }
        let mut query = ThreadQuery {
            limit: 200,
            ..ThreadQuery::default()
        };
        loop {
            let page = world.raw.threads(shop.id, &query).await.map_err(err)?;
            for row in &page.threads {
                let ours = by_id.get(&row.customer.id).is_some_and(|k| k % shops == s);
                if row.customer.shop_id != shop.id || !ours {
                    cross_shop += 1;
                }
                if expected_unread_by_customer.get(&row.customer.id) != Some(&row.unread) {
                    unread_mismatch += 1;
                }
            }
            match page.next {
                Some(next) => query.after = Some(next),
                None => break,
            }
        }
    }

    // The carrier's log.
    let mut accepted_per_message: HashMap<MessageId, u64> = HashMap::new();
    let mut sent_after_opt_out = 0u64;
    let mut in_flight_at_opt_out = 0u64;
    let mut status_mismatch = 0u64;
    for call in calls {
        if call.accepted.is_some() {
            *accepted_per_message.entry(call.message).or_default() += 1;
        }
        let Some((shop_id, customer_id)) = seen.owner.get(&call.message) else {
            unknown_rows += 1;
            continue;
        };
        let Some(k) = by_id.get(customer_id) else {
            unknown_rows += 1;
            continue;
        };
        let shop = &world.shops[k % shops];
        if shop.id != *shop_id
            || call.from != shop.numbers[0]
            || call.to != world.customers[*k].phone
        {
            cross_shop += 1;
        }
        if let Some(opted_out) = seen.opt_out_returned.get(&(*shop_id, *customer_id))
            && call.started > *opted_out
            && !seen.confirmations.contains(&call.message)
        {
            let taken = seen
                .taken
                .get(&call.message)
                .and_then(|ts| ts.iter().filter(|t| **t <= call.started).max());
            match taken {
                Some(t) if t <= opted_out => in_flight_at_opt_out += 1,
                _ => sent_after_opt_out += 1,
            }
        }
        if let Some(carrier_id) = &call.accepted {
            let want = expected_final.get(carrier_id);
            let got = stored.get(&call.message).map(|m| m.status);
            if want.is_some() && got != want.copied() {
                status_mismatch += 1;
            }
        }
    }
    let sent_twice = accepted_per_message.values().filter(|n| **n > 1).count() as u64;
    let mut taken_after_opt_out = 0u64;
    for (id, times) in &seen.taken {
        if seen.confirmations.contains(id) {
            continue;
        }
        let Some(owner) = seen.owner.get(id) else {
            continue;
        };
        if let Some(opted_out) = seen.opt_out_returned.get(owner) {
            taken_after_opt_out += times.iter().filter(|t| *t > opted_out).count() as u64;
        }
    }

    let mut report = Report {
        correctness: vec![
            ("messages lost", lost),
            ("duplicates stored", duplicates),
            (
                "messages stored for sending or claimed after the customer's opt-out committed",
                taken_after_opt_out,
            ),
            (
                "messages sent after the customer's opt-out committed (carrier calls started after \
             it, for messages stored or claimed after it)",
                sent_after_opt_out,
            ),
            ("messages sent twice", sent_twice),
            ("unread-count mismatches", unread_mismatch),
            ("cross-shop rows", cross_shop),
            ("rows or sends nobody asked for", unknown_rows),
            (
                "outbound messages left planned, queued, sending or interrupted",
                stuck,
            ),
            ("opt-outs not honoured", not_honoured),
            (
                "final statuses other than the last status reported",
                status_mismatch,
            ),
        ],
        ..Report::default()
    };
    report.info.push((
        "carrier calls after an opt-out for messages claimed before it (allowed: in flight)".into(),
        in_flight_at_opt_out.to_string(),
    ));
    report.info.push((
        "opt-outs committed (texts and carrier refusals)".into(),
        seen.opt_out_returned.len().to_string(),
    ));
    report.info.push((
        "replies refused as unsubscribed to customers still subscribed at the end".into(),
        refused_while_subscribed.to_string(),
    ));
    for example in stuck_examples {
        report.info.push(("left unfinished".into(), example));
    }
    report
        .info
        .push(("messages in the store".into(), stored.len().to_string()));
    Ok(report)
}

const USAGE: &str = "usage: cargo run --release --example soak -- --store postgres|sqlite \
                     --messages N [--customers N] [--shops N] [--workers N] [--seed N]\n\
                     PostgreSQL: SMS_INBOX_POSTGRES_URL (default \
                     postgres://postgres@127.0.0.1:5432/test)";

fn parse_args(args: &[String], sqlite_path: &std::path::Path) -> Result<Config, String> {
    let mut store = None;
    let mut config = Config::new(StoreKind::Sqlite(sqlite_path.to_owned()), 100_000);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = || {
            value
                .replace('_', "")
                .parse::<usize>()
                .map_err(|_| format!("{flag}: {value:?} is not a number"))
        };
        match flag.as_str() {
            "--store" => store = Some(value.clone()),
            "--messages" => config.messages = number()?,
            "--customers" => config.customers = number()?,
            "--shops" => config.shops = number()?.max(1),
            "--workers" => config.workers = number()?.max(1),
            "--seed" => config.seed = number()? as u64,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    config.store = match store.as_deref() {
        Some("sqlite") => StoreKind::Sqlite(sqlite_path.to_owned()),
        Some("postgres") => StoreKind::Postgres(
            std::env::var("SMS_INBOX_POSTGRES_URL")
                .ok()
                .filter(|u| !u.is_empty())
                .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/test".into()),
        ),
        Some(other) => return Err(format!("--store {other}: use postgres or sqlite")),
        None => return Err("--store is required".into()),
    };
    Ok(config)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(e) => {
            eprintln!("soak: no temporary directory: {e}");
            return ExitCode::FAILURE;
        }
    };
    let config = match parse_args(&args, &dir.path().join("soak.db")) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("soak: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    println!(
        "command: cargo run --release --example soak -- {}",
        args.join(" ")
    );
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("soak: no runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(config)) {
        Ok(report) => {
            println!("{report}");
            if report.passed() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("soak: {e}");
            ExitCode::FAILURE
        }
    }
}
