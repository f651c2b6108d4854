//! Crash and restart on a SQLite file: a child process plans and dispatches texts and is
//! killed with SIGKILL at random points, several rounds; after each kill the store is
//! reopened, `recover_interrupted` runs, and every planned text must be exactly one of:
//! sent once (in the carrier's log), still planned (never handed to the carrier), or
//! interrupted (claimed, not confirmed; in the log at most once). Nothing acknowledged
//! is lost and nothing is sent twice, across every round and a final drain.
//!
//! The child is this test binary run again with `SMS_INBOX_CRASH_CHILD_DB` set, which
//! makes the `crash_child` test act as the app server (and do nothing otherwise). Its
//! carrier appends each message id to a log file and fsyncs it before answering, so the
//! log is what the carrier was handed; the child prints `ACK <id>` only after
//! `record_order` returned, so those are the writes it acknowledged. The seed of the kill
//! points is printed; set `SMS_INBOX_CRASH_SEED` to repeat a run.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration as StdDuration, Instant};

use async_trait::async_trait;
use chrono::{Duration, Utc};
use sms_inbox::policy::Hours;
use sms_inbox::{
    AutomationSettings, Carrier, CarrierError, Customer, Inbox, MessageId, MessageStatus,
    MessageStatus::{Interrupted, Planned, Sent},
    Order, OrderId, OrderStatus, OutboundSms, PhoneNumber, SendPolicy, SendReceipt, Shop,
    SimulatedCarrier, SqliteStore, Store,
};

const CHILD_DB: &str = "SMS_INBOX_CRASH_CHILD_DB";
const CHILD_LOG: &str = "SMS_INBOX_CRASH_CHILD_LOG";
const CHILD_TAG: &str = "SMS_INBOX_CRASH_CHILD_TAG";
const CUSTOMERS: usize = 12;

/// A carrier that writes each message id to a file and fsyncs it before it answers.
#[derive(Debug)]
struct LoggingCarrier {
    log: Mutex<std::fs::File>,
}

impl LoggingCarrier {
    fn open(path: &Path) -> Self {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .expect("open the carrier log");
        Self {
            log: Mutex::new(log),
        }
    }
}

#[async_trait]
impl Carrier for LoggingCarrier {
    async fn send(&self, sms: &OutboundSms) -> Result<SendReceipt, CarrierError> {
        // Time on either side of the hand-over, so kills land in both windows: claimed
        // but not handed over, and handed over but not confirmed.
        tokio::time::sleep(StdDuration::from_millis(3)).await;
        {
            let mut log = self.log.lock().unwrap_or_else(|e| e.into_inner());
            writeln!(log, "{}", sms.message_id).expect("write the carrier log");
            log.sync_data().expect("fsync the carrier log");
        }
        tokio::time::sleep(StdDuration::from_millis(3)).await;
        Ok(SendReceipt {
            carrier_id: format!("LOG{}", sms.message_id.as_uuid().simple()),
            status: MessageStatus::Sent,
        })
    }
}

fn always_open() -> AutomationSettings {
    AutomationSettings::default().with_policy(SendPolicy::daily(Hours::new(0, 24), None))
}

fn phone(n: usize) -> PhoneNumber {
    PhoneNumber::parse_international(&format!("+1415555{:04}", 4000 + n)).unwrap()
}

async fn customers(inbox: &Inbox, shop: &Shop) -> Vec<Customer> {
    let mut out = Vec::new();
    for n in 0..CUSTOMERS {
        out.push(inbox.add_customer(shop.id, phone(n), None).await.unwrap());
    }
    out
}

/// Records a placed order, which plans one order-update text due now; returns the
/// planned message ids.
async fn place_order(inbox: &Inbox, shop: &Shop, customer: &Customer, id: &str) -> Vec<MessageId> {
    let now = Utc::now();
    let order = Order {
        id: OrderId::from(id),
        shop_id: shop.id,
        customer_id: customer.id,
        number: Some(format!("#{id}")),
        status: OrderStatus::Placed,
        total_minor: 2_500,
        currency: "USD".into(),
        item_count: 1,
        url: None,
        created_at: now,
        updated_at: now,
    };
    let recorded = inbox.record_order(shop.id, &order).await.unwrap();
    recorded.planned.iter().map(|m| m.id).collect()
}

/// The app server. Runs only when the parent started this binary as a child.
#[test]
fn crash_child() {
    let Ok(db) = std::env::var(CHILD_DB) else {
        return;
    };
    let log = PathBuf::from(std::env::var(CHILD_LOG).expect("carrier log path"));
    let tag = std::env::var(CHILD_TAG).expect("round tag");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let store = Arc::new(SqliteStore::connect(&db).await.unwrap());
        let carrier = Arc::new(LoggingCarrier::open(&log));
        let inbox = Inbox::builder(store.clone(), carrier)
            .automations(always_open())
            .build();
        let shop_id = store.shops().await.unwrap()[0];
        let shop = store.shop(shop_id).await.unwrap();
        let customers = customers(&inbox, &shop).await;
        println!("READY");
        let deadline = Instant::now() + StdDuration::from_secs(20);
        let mut n = 0;
        while Instant::now() < deadline {
            for _ in 0..2 {
                n += 1;
                let c = &customers[n % CUSTOMERS];
                for id in place_order(&inbox, &shop, c, &format!("{tag}-{n}")).await {
                    println!("ACK {id}");
                }
            }
            // Two dispatchers at once, as two worker tasks of one app server.
            let (a, b) = tokio::join!(
                inbox.dispatch_due(Utc::now(), 3),
                inbox.dispatch_due(Utc::now(), 3)
            );
            a.unwrap();
            b.unwrap();
        }
    });
}

/// A seeded xorshift for the kill points.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

fn carrier_log(path: &Path) -> HashMap<MessageId, u32> {
    let mut counts = HashMap::new();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    for line in text.lines().filter(|l| !l.is_empty()) {
        let id: MessageId = line.parse().expect("a message id in the carrier log");
        *counts.entry(id).or_default() += 1;
    }
    counts
}

/// What one look at the store found.
#[derive(Debug, Default)]
struct Fates {
    sent: usize,
    planned: usize,
    interrupted: usize,
}

/// Checks every acknowledged message against the store and the carrier's log.
async fn check(store: &SqliteStore, shop: &Shop, acked: &HashSet<MessageId>, log: &Path) -> Fates {
    let sends = carrier_log(log);
    let twice: Vec<_> = sends.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "sent twice: {twice:?}");
    let mut fates = Fates::default();
    for id in acked {
        let m = store
            .message(shop.id, *id)
            .await
            .unwrap_or_else(|e| panic!("acknowledged message {id} lost: {e}"));
        let handed = sends.get(id).copied().unwrap_or(0);
        match m.status {
            Sent => {
                assert_eq!(
                    handed, 1,
                    "{id} is sent but the carrier had it {handed} times"
                );
                fates.sent += 1;
            }
            Planned => {
                assert_eq!(handed, 0, "{id} is planned again after the carrier had it");
                fates.planned += 1;
            }
            Interrupted => fates.interrupted += 1,
            other => panic!("{id} is {other:?} after recovery"),
        }
    }
    // Whatever the carrier was handed is a message the store knows, sent or interrupted.
    for id in sends.keys() {
        let m = store
            .message(shop.id, *id)
            .await
            .expect("a sent message is stored");
        assert!(
            matches!(m.status, Sent | Interrupted),
            "{id} went to the carrier but is {:?}",
            m.status
        );
    }
    fates
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_dispatchers_lose_nothing_and_send_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("inbox.db");
    let log = dir.path().join("carrier.log");
    let db_str = db.to_str().unwrap().to_owned();
    let seed = std::env::var("SMS_INBOX_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!("crash seed: {seed} (set SMS_INBOX_CRASH_SEED={seed} to repeat)");
    let mut rng = Rng(seed | 1);

    // Set-up: a shop, customers and a first batch of planned texts, acknowledged.
    let mut acked = HashSet::new();
    let shop = Shop::new(
        "Crash Test Socks",
        vec![PhoneNumber::parse_international("+16505550199").unwrap()],
        chrono_tz::America::New_York,
    );
    {
        let store = Arc::new(SqliteStore::connect(&db_str).await.unwrap());
        let inbox = Inbox::builder(store.clone(), Arc::new(SimulatedCarrier::new()))
            .automations(always_open())
            .build();
        inbox.put_shop(&shop).await.unwrap();
        let customers = customers(&inbox, &shop).await;
        for n in 0..60 {
            acked.extend(
                place_order(
                    &inbox,
                    &shop,
                    &customers[n % CUSTOMERS],
                    &format!("setup-{n}"),
                )
                .await,
            );
        }
        store.pool().close().await;
    }

    let exe = std::env::current_exe().unwrap();
    let mut totals = Fates::default();
    let mut rounds = 0;
    let mut interrupted_seen = 0;
    while rounds < 5 || (interrupted_seen == 0 && rounds < 10) {
        rounds += 1;
        let mut child = Command::new(&exe)
            .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_DB, &db)
            .env(CHILD_LOG, &log)
            .env(CHILD_TAG, format!("r{rounds}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut acks = Vec::new();
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                // The test harness may print "test crash_child ... " before the first line.
                if line.ends_with("READY") {
                    let _ = ready_tx.send(());
                } else if let Some(at) = line.find("ACK ") {
                    let id = line[at + 4..].trim();
                    // A kill can cut the last line short; only whole ids count.
                    if let Ok(id) = id.parse::<MessageId>() {
                        acks.push(id);
                    }
                }
            }
            acks
        });
        ready_rx
            .recv_timeout(StdDuration::from_secs(60))
            .expect("the child started");
        let after = StdDuration::from_millis(50 + rng.next() % 600);
        std::thread::sleep(after);
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let acks = reader.join().unwrap();
        acked.extend(acks.iter().copied());

        // Restart: reopen the file, recover, check.
        let store = Arc::new(SqliteStore::connect(&db_str).await.unwrap());
        let inbox = Inbox::new(store.clone(), Arc::new(SimulatedCarrier::new()));
        let recovered = inbox
            .recover_interrupted(Utc::now() + Duration::seconds(1))
            .await
            .unwrap();
        let fates = check(&store, &shop, &acked, &log).await;
        eprintln!(
            "round {rounds}: killed after {after:?}; {} acknowledged this round; {} marked \
             interrupted now; {} sent, {} planned, {} interrupted of {} acknowledged so far",
            acks.len(),
            recovered.len(),
            fates.sent,
            fates.planned,
            fates.interrupted,
            acked.len()
        );
        interrupted_seen += recovered.len();
        totals = fates;
        store.pool().close().await;
    }

    // Final restart: one last server drains what is still planned.
    let store = Arc::new(SqliteStore::connect(&db_str).await.unwrap());
    let inbox = Inbox::builder(store.clone(), Arc::new(LoggingCarrier::open(&log)))
        .automations(always_open())
        .build();
    inbox.recover_interrupted(Utc::now()).await.unwrap();
    loop {
        let report = inbox.dispatch_due(Utc::now(), 100).await.unwrap();
        if report.sent.is_empty() && report.failed.is_empty() && report.retried.is_empty() {
            break;
        }
    }
    let last = check(&store, &shop, &acked, &log).await;
    assert_eq!(last.planned, 0, "everything due was sent in the end");
    assert_eq!(
        last.interrupted, totals.interrupted,
        "interrupted messages are never re-sent"
    );
    assert!(
        interrupted_seen > 0,
        "no kill landed between a claim and its confirmation in {rounds} rounds"
    );
    eprintln!(
        "after {rounds} rounds: {} acknowledged: {} sent once, {} interrupted (never re-sent)",
        acked.len(),
        last.sent,
        last.interrupted
    );
}
