//! No phone number in full, message body or token in any log line (at every level) or
//! `Debug` output, through the whole story: texts in, replies out, an opt-out, the
//! dispatcher, a carrier failure.

use std::io::Write;
use std::sync::{Arc, Mutex};

use chrono::{Duration, TimeZone, Utc};
use sms_inbox::carrier::twilio::{Credentials, TwilioCarrier};
use sms_inbox::{
    CarrierError, InboundSms, Inbox, ManualClock, MemoryStore, Order, OrderId, OrderStatus,
    PhoneNumber, Shop, SimulatedCarrier,
};

const TOKEN: &str = "tok_3f9a8e7d6c5b4a3f2e1d";
const SECRET_BODY: &str = "my door code is 4471";
const FULL_NUMBERS: [&str; 2] = ["4155552671", "4155550100"];

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn assert_clean(what: &str, text: &str) {
    for number in FULL_NUMBERS {
        assert!(
            !text.contains(number),
            "{what} shows a full phone number:\n{text}"
        );
    }
    assert!(
        !text.contains(SECRET_BODY),
        "{what} shows a message body:\n{text}"
    );
    assert!(
        !text.contains("door code"),
        "{what} shows part of a body:\n{text}"
    );
    assert!(!text.contains(TOKEN), "{what} shows the token:\n{text}");
}

#[tokio::test]
async fn the_story_logs_no_numbers_bodies_or_tokens() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 6, 10, 15, 0, 0).unwrap(),
    ));
    let carrier = Arc::new(SimulatedCarrier::new());
    let inbox = Inbox::builder(Arc::new(MemoryStore::new()), carrier.clone())
        .clock(clock.clone())
        .build();
    let shop_number = PhoneNumber::parse_international("+14155550100").unwrap();
    let shopper = PhoneNumber::parse_international("+14155552671").unwrap();
    let shop = Shop::new(
        "Acme",
        vec![shop_number.clone()],
        chrono_tz::America::New_York,
    );
    inbox.put_shop(&shop).await.unwrap();

    let got = inbox
        .receive(InboundSms::new(
            shopper.clone(),
            shop_number.clone(),
            SECRET_BODY,
        ))
        .await
        .unwrap();
    let customer = got.customer.id;
    let sent = inbox.reply(shop.id, customer, SECRET_BODY).await.unwrap();
    carrier.fail_next(CarrierError::permanent(Some("30003"), "unreachable"));
    let failed = inbox
        .reply(shop.id, customer, SECRET_BODY)
        .await
        .unwrap_err();
    let now = clock_now(&clock);
    let cart = Order {
        id: OrderId::from("cart-1"),
        shop_id: shop.id,
        customer_id: customer,
        number: None,
        status: OrderStatus::CartPending,
        total_minor: 100,
        currency: "USD".into(),
        item_count: 1,
        url: None,
        created_at: now,
        updated_at: now,
    };
    let recorded = inbox.record_order(shop.id, &cart).await.unwrap();
    clock.advance(Duration::hours(2));
    let report = inbox.dispatch_due(clock_now(&clock), 10).await.unwrap();
    let stop = inbox
        .receive(InboundSms::new(
            shopper.clone(),
            shop_number.clone(),
            "stop texting me, my door code is 4471",
        ))
        .await
        .unwrap();
    let thread = inbox.thread(shop.id, customer).await.unwrap();
    let twilio = TwilioCarrier::builder(
        "AC0123456789abcdef0123456789abcdef",
        Credentials::auth_token(TOKEN),
    )
    .build()
    .unwrap();

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("inbound text recorded"),
        "logging was captured:\n{logs}"
    );
    assert_clean("the logs", &logs);
    for (what, debug) in [
        ("Received", format!("{got:?}")),
        ("Message", format!("{sent:?}")),
        ("Error", format!("{failed:?} {failed}")),
        ("OrderRecorded", format!("{recorded:?}")),
        ("DispatchReport", format!("{report:?}")),
        ("opt-out Received", format!("{stop:?}")),
        ("Thread", format!("{thread:?}")),
        (
            "InboundSms",
            format!(
                "{:?}",
                InboundSms::new(shopper.clone(), shop_number.clone(), SECRET_BODY)
            ),
        ),
        ("sent texts", format!("{:?}", carrier.sent())),
        ("TwilioCarrier", format!("{twilio:?}")),
        ("PhoneNumber", format!("{shopper:?} {shopper}")),
    ] {
        assert_clean(what, &debug);
    }
}

fn clock_now(clock: &ManualClock) -> chrono::DateTime<Utc> {
    sms_inbox::Clock::now(clock)
}
