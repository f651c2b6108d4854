//! Every kind of bad input a network or a person can send, and what each gets: a clear
//! error that says what is wrong, and nothing lost or half-written. The README's
//! bad-input table lists these tests one row each.

mod common;

use std::sync::Arc;

use sms_inbox::carrier::twilio::{
    InboundWebhook, StatusCallback, compute_signature, verify_signature,
};
use sms_inbox::{
    Error, InboundSms, Inbox, MessageStatus, Order, OrderId, OrderStatus, PhoneNumber, Shop,
    SimulatedCarrier, Store, ThreadQuery,
};

const SHOP: &str = "+14155550100";
const SHOPPER: &str = "+14155552671";

async fn setup(store: Arc<dyn Store>) -> (Inbox, Shop, Arc<SimulatedCarrier>) {
    let carrier = Arc::new(SimulatedCarrier::new());
    let inbox = Inbox::new(store, carrier.clone());
    let shop = Shop::new(
        "Acme",
        vec![PhoneNumber::parse_international(SHOP).unwrap()],
        chrono_tz::UTC,
    );
    inbox.put_shop(&shop).await.unwrap();
    (inbox, shop, carrier)
}

fn phone(s: &str) -> PhoneNumber {
    PhoneNumber::parse_international(s).unwrap()
}

async fn memory() -> (Inbox, Shop, Arc<SimulatedCarrier>) {
    setup(common::memory().await.unwrap().store).await
}

#[test]
fn invalid_phone_numbers_say_what_is_wrong() {
    for (input, reason) in [
        ("call me maybe", "contains 'c'"),
        ("", "it is empty"),
        ("+1 555 123 4567", "not a valid number"),
        ("4155552671", "no country code"),
        (&*"9".repeat(80), "longer than 64"),
        ("+1 415\u{0}555 2671", "contains '\\0'"),
    ] {
        let err = PhoneNumber::parse_international(input).unwrap_err();
        assert!(matches!(err, Error::InvalidPhone { .. }), "{input:?}");
        assert!(err.to_string().contains(reason), "{input:?}: {err}");
    }
}

#[tokio::test]
async fn a_landline_cannot_be_added_as_a_customer() {
    let (inbox, shop, _) = memory().await;
    let landline = phone("+442079460958");
    let err = inbox
        .add_customer(shop.id, landline, None)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("cannot receive texts"), "{err}");
    assert!(!err.to_string().contains("79460958"), "masked: {err}");
    let page = inbox
        .threads(shop.id, &ThreadQuery::default())
        .await
        .unwrap();
    assert!(page.threads.is_empty());
}

#[tokio::test]
async fn empty_blank_and_overlong_bodies_are_refused_and_nothing_is_sent() {
    let (inbox, shop, carrier) = memory().await;
    let c = inbox
        .add_customer(shop.id, phone(SHOPPER), None)
        .await
        .unwrap();
    for (body, expected) in [
        (String::new(), "message body is empty"),
        (" \t\n ".to_string(), "message body is empty"),
        ("x".repeat(1601), "1601 characters; the limit is 1600"),
        ("nul \0 byte".to_string(), "control character U+0000"),
        ("bell \u{7}".to_string(), "control character U+0007"),
    ] {
        let err = inbox.reply(shop.id, c.id, &body).await.unwrap_err();
        assert!(err.to_string().contains(expected), "{err}");
    }
    assert!(
        inbox.reply(shop.id, c.id, &"é".repeat(1600)).await.is_ok(),
        "1,600 is fine"
    );
    assert_eq!(carrier.sent().len(), 1);
    assert_eq!(inbox.thread(shop.id, c.id).await.unwrap().messages.len(), 1);
}

#[tokio::test]
async fn control_characters_in_an_inbound_text_are_dropped_not_the_text() {
    let (inbox, _, _) = memory().await;
    let got = inbox
        .receive(InboundSms::new(
            phone(SHOPPER),
            phone(SHOP),
            "where\0 is my\u{1b} order?",
        ))
        .await
        .unwrap();
    assert_eq!(got.message.body, "where is my order?");
}

#[test]
fn invalid_utf8_in_a_webhook_body_names_the_field() {
    let body = b"MessageSid=SM1&From=%2B14155552671&To=%2B14155550100&Body=%FF%FEstop";
    let err = InboundWebhook::parse(body).unwrap_err();
    assert!(err.to_string().contains("UTF-8"), "{err}");
    assert!(err.to_string().contains("Body"), "names the field: {err}");
}

#[test]
fn missing_webhook_fields_are_named() {
    let cases: [(&[u8], &str); 5] = [
        (
            b"AccountSid=AC1&From=%2B14155552671&To=%2B14155550100&Body=hi",
            "MessageSid",
        ),
        (
            b"MessageSid=SMabc&From=%2B14155552671&To=%2B14155550100&Body=hi",
            "AccountSid",
        ),
        (
            b"AccountSid=AC1&MessageSid=SMabc&To=%2B14155550100&Body=hi",
            "From",
        ),
        (
            b"AccountSid=AC1&MessageSid=SMabc&From=%2B14155552671&Body=hi",
            "To",
        ),
        (
            b"AccountSid=AC1&MessageSid=SMabc&From=not-a-number&To=%2B14155550100&Body=hi",
            "From",
        ),
    ];
    for (body, field) in cases {
        let err = InboundWebhook::parse(body).unwrap_err();
        assert!(err.to_string().contains(field), "{field}: {err}");
    }
    let err = StatusCallback::parse(b"MessageSid=SMabc").unwrap_err();
    assert!(err.to_string().contains("MessageStatus"), "{err}");
}

#[tokio::test]
async fn a_text_to_a_number_no_shop_owns_is_refused_and_nothing_stored() {
    let (inbox, shop, _) = memory().await;
    let err = inbox
        .receive(InboundSms::new(phone(SHOPPER), phone("+14155550199"), "hi"))
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("no shop owns the number +1415•••0199"),
        "{err}"
    );
    assert_eq!(inbox.unread_total(shop.id).await.unwrap(), 0);
    assert!(
        inbox
            .threads(shop.id, &ThreadQuery::default())
            .await
            .unwrap()
            .threads
            .is_empty()
    );
}

#[tokio::test]
async fn a_replayed_webhook_is_stored_and_counted_once() {
    let (inbox, shop, carrier) = memory().await;
    for _ in 0..3 {
        inbox
            .receive(
                InboundSms::new(phone(SHOPPER), phone(SHOP), "STOP").with_carrier_id("SMreplay"),
            )
            .await
            .unwrap();
    }
    assert_eq!(inbox.unread_total(shop.id).await.unwrap(), 1);
    assert_eq!(carrier.sent().len(), 1, "one confirmation");
}

#[test]
fn a_wrong_signature_fails_verification() {
    let url = "https://inbox.example.com/twilio/inbound";
    let params = [
        ("Body", "STOP"),
        ("From", SHOPPER),
        ("MessageSid", "SM1"),
        ("To", SHOP),
    ];
    let good = compute_signature("token", url, &params);
    assert!(verify_signature("token", url, &params, &good));
    assert!(!verify_signature("other-token", url, &params, &good));
    assert!(!verify_signature(
        "token",
        url,
        &params,
        "bm90IGEgc2lnbmF0dXJl"
    ));
    assert!(!verify_signature("token", url, &params, ""));
    assert!(!verify_signature("token", url, &params, "%%% not base64"));
    let tampered = [
        ("Body", "START"),
        ("From", SHOPPER),
        ("MessageSid", "SM1"),
        ("To", SHOP),
    ];
    assert!(!verify_signature("token", url, &tampered, &good));
}

#[tokio::test]
async fn an_unknown_status_is_kept_as_such_not_guessed() {
    let (inbox, shop, _) = memory().await;
    let c = inbox
        .add_customer(shop.id, phone(SHOPPER), None)
        .await
        .unwrap();
    let sent = inbox.reply(shop.id, c.id, "hi").await.unwrap();
    let carrier_id = sent.carrier_id.clone().unwrap();
    let body = format!(
        "MessageSid={carrier_id}&MessageStatus=teleported&To=%2B14155552671&From=%2B14155550100"
    );
    let callback = StatusCallback::parse(body.as_bytes()).unwrap();
    let m = inbox
        .apply_status(shop.id, &callback.to_status_report(chrono::Utc::now()))
        .await
        .unwrap();
    assert_eq!(m.status, MessageStatus::Sent, "status unchanged");
    assert_eq!(m.carrier_status.as_deref(), Some("teleported"));
}

/// Quotes, semicolons, comments and backslashes in every text field are stored and read
/// back as written: every statement binds its parameters.
async fn sql_metacharacters_round_trip(store: Arc<dyn Store>) {
    // It drops "orders", not "messages": the classifier's learned fallback reads
    // "drop ... messages" as a request to stop the texts, and this test is about
    // storage, not opt-outs.
    let nasty = "Robert'); DROP TABLE orders;-- \" \\ %_ /* */ ' OR '1'='1";
    let carrier = Arc::new(SimulatedCarrier::new());
    let inbox = Inbox::new(store.clone(), carrier);
    let mut shop = Shop::new(nasty, vec![phone(SHOP)], chrono_tz::UTC);
    shop.support_contact = Some(nasty.into());
    inbox.put_shop(&shop).await.unwrap();
    let got = inbox
        .receive(InboundSms::new(phone(SHOPPER), phone(SHOP), nasty).with_carrier_id(nasty))
        .await
        .unwrap();
    let c = inbox
        .update_customer(shop.id, got.customer.id, Some(nasty.into()), None)
        .await
        .unwrap();
    inbox.reply(shop.id, c.id, nasty).await.unwrap();
    let now = chrono::Utc::now();
    let order = Order {
        id: OrderId::from(nasty),
        shop_id: shop.id,
        customer_id: c.id,
        number: Some(nasty.into()),
        status: OrderStatus::Placed,
        total_minor: 1,
        currency: "USD".into(),
        item_count: 1,
        url: Some(nasty.into()),
        created_at: now,
        updated_at: now,
    };
    inbox.record_order(shop.id, &order).await.unwrap();
    inbox.unsubscribe(shop.id, c.id, nasty).await.unwrap();

    assert_eq!(store.shop(shop.id).await.unwrap().name, nasty);
    let thread = inbox.thread(shop.id, c.id).await.unwrap();
    assert_eq!(thread.customer.name.as_deref(), Some(nasty));
    assert_eq!(thread.messages[0].body, nasty);
    assert_eq!(thread.messages[0].carrier_id.as_deref(), Some(nasty));
    assert_eq!(thread.messages[1].body, nasty);
    assert_eq!(thread.orders[0].id.0, nasty);
    assert_eq!(thread.orders[0].url.as_deref(), Some(nasty));
    let ledger = inbox.consent_history(shop.id, c.id).await.unwrap();
    assert_eq!(
        ledger.last().unwrap().evidence.actor.as_deref(),
        Some(nasty)
    );
    let found = store.message_by_carrier_id(shop.id, nasty).await.unwrap();
    assert_eq!(found.id, thread.messages[0].id);
}

#[tokio::test]
async fn sql_metacharacters_in_every_text_field_on_sqlite() {
    sql_metacharacters_round_trip(common::sqlite_file().await.unwrap().store).await;
}

#[tokio::test]
async fn sql_metacharacters_in_every_text_field_on_postgres() {
    let Some(fixture) = common::postgres().await else {
        return;
    };
    sql_metacharacters_round_trip(fixture.store.clone()).await;
}

#[tokio::test]
async fn bad_ids_and_cursors_are_clear_errors() {
    let err = "not-a-uuid".parse::<sms_inbox::CustomerId>().unwrap_err();
    assert!(err.to_string().contains("not a UUID"), "{err}");
    let err = "garbage".parse::<sms_inbox::ThreadCursor>().unwrap_err();
    assert!(err.to_string().contains("not a cursor"), "{err}");
    let (inbox, shop, _) = memory().await;
    let query = ThreadQuery {
        limit: 0,
        ..ThreadQuery::default()
    };
    let err = inbox.threads(shop.id, &query).await.unwrap_err();
    assert!(err.to_string().contains("0 is outside 1 to 200"), "{err}");
    let err = inbox
        .thread(shop.id, sms_inbox::CustomerId::new())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }));
}
