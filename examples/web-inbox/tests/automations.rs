//! The demo's reminders and order updates come from the library's automations, and the
//! server's dispatcher sends them when they are due, within quiet hours, telling open
//! pages over the event stream.

mod common;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::America::New_York;
use serde_json::Value;
use sms_inbox::{Inbox, MemoryStore, MessageStatus, SimulatedCarrier, Store, ThreadQuery};
use web_inbox::events::EventKind;
use web_inbox::{demo, dispatcher};

use common::http::{all_threads, customer_id, get};
use common::{TestApp, demo_app};

async fn thread(app: &TestApp, name: &str) -> Value {
    let id = customer_id(app, name).await;
    get(app, &format!("/api/threads/{id}")).await.json()
}

fn messages(thread: &Value) -> &Vec<Value> {
    thread["messages"].as_array().unwrap()
}

fn time(v: &Value) -> DateTime<Utc> {
    v.as_str().unwrap().parse().unwrap()
}

/// The one planned message of a thread.
fn planned(thread: &Value) -> Value {
    let planned: Vec<&Value> = messages(thread)
        .iter()
        .filter(|m| m["status"] == "planned")
        .collect();
    assert_eq!(planned.len(), 1, "{thread:#}");
    planned[0].clone()
}

#[tokio::test]
async fn the_demo_threads_are_what_the_automations_planned_and_sent() {
    let app = demo_app(None).await;
    let started = Utc::now();

    // Carts left within the hour: one reminder each, planned, not yet due.
    for name in ["Dana Whitfield", "Liam O'Connor"] {
        let t = thread(&app, name).await;
        let reminder = planned(&t);
        assert_eq!(reminder["origin"], "automation:abandoned_cart", "{name}");
        assert!(
            reminder["body"]
                .as_str()
                .unwrap()
                .contains("are still in your cart"),
            "the shop's template: {reminder}"
        );
        assert!(time(&reminder["send_at"]) > started - chrono::Duration::minutes(1));
        let cart = reminder["order_id"].as_str().unwrap();
        assert!(cart.starts_with("cart-"), "{cart}");
    }

    // Aisha checked out before her reminder: cancelled, and the confirmation went out.
    let aisha = thread(&app, "Aisha Khan").await;
    let kinds: Vec<(&str, &str)> = messages(&aisha)
        .iter()
        .map(|m| (m["origin"].as_str().unwrap(), m["status"].as_str().unwrap()))
        .collect();
    assert!(
        kinds.contains(&("automation:abandoned_cart", "cancelled")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("automation:order_update", "delivered")),
        "{kinds:?}"
    );
    assert!(messages(&aisha).iter().any(|m| {
        m["body"]
            .as_str()
            .unwrap()
            .contains("Order #1038 is confirmed")
    }));
    assert_eq!(aisha["orders"][0]["status"], "paid");
    assert_eq!(aisha["orders"][0]["is_cart"], false);

    // Emma's order shipped, then arrived: one update for each change, delivered.
    let emma = thread(&app, "Emma Rossi").await;
    let updates: Vec<&str> = messages(&emma)
        .iter()
        .filter(|m| m["origin"] == "automation:order_update")
        .map(|m| m["status"].as_str().unwrap())
        .collect();
    assert_eq!(updates, ["delivered", "delivered"]);
    assert_eq!(emma["customer"]["time_zone"], "America/New_York");

    // Every thread: nothing planned for the past, no cart with two planned reminders
    // (recording an order plans once), and the library's own carrier ids.
    let mut carts = std::collections::HashSet::new();
    for row in all_threads(&app, "all", 50).await {
        let id = row["customer"]["id"].as_str().unwrap();
        let t = get(&app, &format!("/api/threads/{id}")).await.json();
        for m in messages(&t) {
            if m["status"] == "planned" {
                assert!(time(&m["send_at"]) > started - chrono::Duration::minutes(1));
                let cart = m["order_id"].as_str().unwrap().to_owned();
                assert!(carts.insert(cart.clone()), "two plans for {cart}");
            }
            if let Some(carrier_id) = m["carrier_id"].as_str() {
                assert!(carrier_id.starts_with("SIM"), "{carrier_id}");
            }
        }
    }
    assert_eq!(carts.len(), 2, "Dana's and Liam's carts: {carts:?}");
}

#[tokio::test]
async fn the_dispatcher_sends_a_due_reminder_once_and_the_page_hears_of_it() {
    let app = demo_app(Some(Duration::from_millis(50))).await;
    let liam = customer_id(&app, "Liam O'Connor").await;
    let reminder = planned(&get(&app, &format!("/api/threads/{liam}")).await.json());
    let due = time(&reminder["send_at"]);
    let sent_before = app.carrier.sent().len();

    let mut events = app.state.subscribe();
    let report = dispatcher::run_once(&app.state, due).await.unwrap();
    assert_eq!(report.sent.len(), 1, "{report:?}");
    assert_eq!(report.sent[0].to_string(), reminder["id"].as_str().unwrap());
    let event = events.try_recv().unwrap();
    assert_eq!(
        (event.kind, event.customer_id.to_string()),
        (EventKind::Outbound, liam.clone())
    );
    let sent = app.carrier.sent();
    assert_eq!(sent.len(), sent_before + 1);
    assert_eq!(sent[sent_before].body, reminder["body"].as_str().unwrap());

    // The simulated carrier reports it delivered a moment later. Events for
    // other customers (reminders the run deferred to their morning, which
    // depends on the hour) may come first: wait for Liam's.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    let m = loop {
        let event = tokio::time::timeout_at(deadline, events.recv())
            .await
            .expect("delivered in time")
            .unwrap();
        if event.customer_id.to_string() != liam {
            continue;
        }
        assert_eq!(event.kind, EventKind::Status);
        let t = get(&app, &format!("/api/threads/{liam}")).await.json();
        let m = messages(&t)
            .iter()
            .find(|m| m["id"] == reminder["id"])
            .unwrap()
            .clone();
        if m["status"] == "delivered" {
            break m;
        }
        assert_eq!(m["status"], "sent");
    };
    assert_eq!(m["status"], "delivered");
    assert!(m["carrier_id"].as_str().unwrap().starts_with("SIM"));
    let rows = all_threads(&app, "all", 50).await;
    let row = rows
        .iter()
        .find(|r| r["customer"]["id"] == liam.as_str())
        .unwrap();
    assert_eq!(row["last_direction"], "outbound");
    assert_eq!(
        row["preview"].as_str().unwrap().get(..10),
        m["body"].as_str().unwrap().get(..10)
    );

    // Run again: nothing is sent twice.
    let report = dispatcher::run_once(&app.state, due).await.unwrap();
    assert!(report.sent.is_empty(), "{report:?}");
    assert_eq!(app.carrier.sent().len(), sent_before + 1);
}

#[tokio::test]
async fn at_night_in_the_customers_time_zone_the_reminder_waits_for_morning() {
    let app = demo_app(None).await;
    let liam = customer_id(&app, "Liam O'Connor").await;
    let t = get(&app, &format!("/api/threads/{liam}")).await.json();
    assert_eq!(t["customer"]["time_zone"], "America/New_York");
    let reminder = planned(&t);
    let due = time(&reminder["send_at"]);
    // 23:30 in New York, on or after the day it is due: quiet hours there.
    let local_day = due.with_timezone(&New_York).date_naive();
    let at_night = |day: chrono::NaiveDate| {
        New_York
            .from_local_datetime(&day.and_time(NaiveTime::from_hms_opt(23, 30, 0).unwrap()))
            .unwrap()
            .with_timezone(&Utc)
    };
    let mut night = at_night(local_day);
    if night < due {
        night = at_night(local_day.succ_opt().unwrap());
    }
    let morning = New_York
        .from_local_datetime(
            &night
                .with_timezone(&New_York)
                .date_naive()
                .succ_opt()
                .unwrap()
                .and_time(NaiveTime::from_hms_opt(8, 0, 0).unwrap()),
        )
        .unwrap()
        .with_timezone(&Utc);
    let sent_before = app.carrier.sent().len();
    let mut events = app.state.subscribe();

    let report = dispatcher::run_once(&app.state, night).await.unwrap();
    let mine: Vec<_> = report
        .deferred
        .iter()
        .filter(|(id, _)| id.to_string() == reminder["id"].as_str().unwrap())
        .collect();
    assert_eq!(mine.len(), 1, "{report:?}");
    assert_eq!(mine[0].1, morning, "08:00 in New York");
    assert!(
        !report
            .sent
            .iter()
            .any(|id| id.to_string() == reminder["id"].as_str().unwrap())
    );
    let kinds: Vec<(EventKind, String)> = std::iter::from_fn(|| events.try_recv().ok())
        .map(|e| (e.kind, e.customer_id.to_string()))
        .collect();
    assert!(
        kinds.contains(&(EventKind::Status, liam.clone())),
        "{kinds:?}"
    );

    let t = get(&app, &format!("/api/threads/{liam}")).await.json();
    let still = planned(&t);
    assert_eq!(still["id"], reminder["id"]);
    assert_eq!(
        time(&still["send_at"]),
        morning,
        "the page shows the new time"
    );
    assert!(
        !app.carrier
            .sent()
            .iter()
            .skip(sent_before)
            .any(|s| s.body == reminder["body"].as_str().unwrap()),
        "nothing went out at night"
    );
}

#[tokio::test]
async fn the_demo_tells_the_same_story_at_any_hour() {
    // Quiet hours move the texts' times, never the story: started at each hour of a day
    // (across the March daylight-saving change), the demo has the same statuses.
    let settings = demo::automations().unwrap();
    let first = Utc.with_ymd_and_hms(2026, 3, 7, 18, 17, 0).unwrap();
    for hour in 0..24 {
        let now = first + chrono::Duration::hours(hour);
        let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
        let shop = demo::shop(store.clone(), settings.clone(), now)
            .await
            .unwrap();
        let inbox = Inbox::new(store, Arc::new(SimulatedCarrier::new()));
        let query = ThreadQuery {
            limit: 50,
            ..ThreadQuery::default()
        };
        let mut statuses = Vec::new();
        let threads = inbox.threads(shop.id, &query).await.unwrap().threads;
        assert_eq!(threads.len(), 12, "{now}");
        for summary in threads {
            let thread = inbox.thread(shop.id, summary.customer.id).await.unwrap();
            for m in &thread.messages {
                if m.status == MessageStatus::Planned {
                    assert!(m.send_at.unwrap() > now, "{now}: planned for the past");
                }
                statuses.push(m.status);
            }
        }
        let count = |status| statuses.iter().filter(|s| **s == status).count();
        assert_eq!(
            [
                count(MessageStatus::Planned),
                count(MessageStatus::Cancelled),
                count(MessageStatus::Failed),
                count(MessageStatus::Sent),
                count(MessageStatus::Sending) + count(MessageStatus::Interrupted),
            ],
            [2, 2, 1, 0, 0],
            "{now}: planned (Dana, Liam), cancelled (Aisha, Sofia), failed (Tom), \
             the rest delivered"
        );
        assert_eq!(inbox.unread_total(shop.id).await.unwrap(), 6, "{now}");
    }
}
