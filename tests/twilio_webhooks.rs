//! Real-shaped Twilio webhooks, from signature check to what the inbox stores.
//!
//! `tests/data/twilio_webhooks.json` is the project's vector file (see
//! `shared/vectors/twilio_webhooks.md`): 21 form bodies with the fields an inbox should
//! read and the `X-Twilio-Signature` Twilio would send.
#![cfg(feature = "twilio")]

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::Utc;
use serde_json::Value;
use sms_inbox::carrier::twilio::{FormParams, InboundWebhook, StatusCallback, message_status};
use sms_inbox::{
    Carrier, CarrierError, ConsentSource, Error, Inbox, Intent, MemoryStore, MessageStatus,
    OutboundSms, PhoneNumber, SendReceipt, Shop, SimulatedCarrier, Subscription, ThreadQuery,
};

const SHOP_NUMBER: &str = "+14155238886";
const CUSTOMER_NUMBER: &str = "+14155552671";

fn vectors() -> Value {
    serde_json::from_str(include_str!("data/twilio_webhooks.json")).expect("vector file is JSON")
}

fn payloads(kind: &str) -> Vec<Value> {
    let all = vectors()["payloads"].as_array().expect("payloads").clone();
    let some: Vec<Value> = all.into_iter().filter(|p| p["kind"] == kind).collect();
    assert!(!some.is_empty(), "no {kind} payloads");
    some
}

fn payload(id: &str) -> Value {
    vectors()["payloads"]
        .as_array()
        .expect("payloads")
        .iter()
        .find(|p| p["id"] == id)
        .unwrap_or_else(|| panic!("no payload {id}"))
        .clone()
}

fn body(p: &Value) -> &str {
    p["body"].as_str().expect("body")
}

#[test]
fn the_vector_file_has_all_21_payloads() {
    assert_eq!(vectors()["payloads"].as_array().unwrap().len(), 21);
    assert_eq!(payloads("inbound").len(), 11);
    assert_eq!(payloads("status_callback").len(), 10);
}

#[test]
fn every_payload_verifies_with_and_without_the_default_port() {
    for p in vectors()["payloads"].as_array().unwrap() {
        let id = &p["id"];
        let example = &p["signature_example"];
        let token = example["auth_token"].as_str().unwrap();
        let url = example["url"].as_str().unwrap();
        let signed = example["x_twilio_signature"].as_str().unwrap();
        let signed_443 = example["x_twilio_signature_if_signed_with_port_443"]
            .as_str()
            .unwrap();
        let url_443 = url.replacen(".com/", ".com:443/", 1);

        let form = FormParams::parse(body(p).as_bytes()).unwrap();
        for url in [url, url_443.as_str()] {
            assert!(form.verify_signature(token, url, signed), "{id} {url}");
            assert!(
                form.verify_signature(token, url, signed_443),
                "{id} {url} (:443)"
            );
        }
        assert!(
            !form.verify_signature("54321", url, signed),
            "{id} wrong token"
        );
        let other_url = url.replace("/twilio/", "/twilio2/");
        assert!(
            !form.verify_signature(token, &other_url, signed),
            "{id} other URL"
        );

        // Tampering with the body: another status, another text, a dropped parameter.
        let tampered = body(p)
            .replacen("Status=", "Status=x", 1)
            .replacen("Body=", "Body=x", 1);
        let tampered = FormParams::parse(tampered.as_bytes()).unwrap();
        assert!(
            !tampered.verify_signature(token, url, signed),
            "{id} tampered"
        );
        let mut fewer = form.pairs();
        fewer.retain(|(name, _)| *name != "To");
        assert!(
            !sms_inbox::carrier::twilio::verify_signature(token, url, &fewer, signed),
            "{id} without To"
        );
    }
}

#[test]
fn every_inbound_payload_parses_to_the_expected_fields() {
    for p in payloads("inbound") {
        let id = &p["id"];
        let expected = &p["expected"];
        let inbound =
            InboundWebhook::parse(body(&p).as_bytes()).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(
            inbound.message_sid,
            expected["message_sid"].as_str().unwrap(),
            "{id}"
        );
        assert_eq!(
            inbound.from.e164(),
            expected["from"].as_str().unwrap(),
            "{id}"
        );
        assert_eq!(inbound.to.e164(), expected["to"].as_str().unwrap(), "{id}");
        assert_eq!(inbound.body, expected["body"].as_str().unwrap(), "{id}");
        assert_eq!(
            u64::from(inbound.num_media),
            expected["num_media"].as_u64().unwrap(),
            "{id}"
        );
        assert_eq!(
            inbound.num_segments.map(u64::from),
            expected["num_segments"].as_u64(),
            "{id}"
        );
        assert_eq!(
            inbound.messaging_service_sid.as_deref(),
            expected["messaging_service_sid"].as_str(),
            "{id}"
        );
        let media = expected["media"].as_array().unwrap();
        assert_eq!(inbound.media.len(), media.len(), "{id}");
        for (got, want) in inbound.media.iter().zip(media) {
            assert_eq!(got.url, want["url"].as_str().unwrap(), "{id}");
            assert_eq!(
                got.content_type,
                want["content_type"].as_str().unwrap(),
                "{id}"
            );
        }
        let intent = match expected["opt_out_type"].as_str() {
            Some("STOP") => Some(Intent::OptOut),
            Some("START") => Some(Intent::OptIn),
            Some("HELP") => Some(Intent::Help),
            None => None,
            Some(other) => panic!("{id}: unexpected OptOutType {other}"),
        };
        assert_eq!(
            inbound.opt_out_type.as_ref().and_then(|t| t.intent()),
            intent,
            "{id}"
        );
        assert_eq!(
            inbound.account_sid, "AC0123456789abcdef0123456789abcdef",
            "{id}"
        );

        // Debug output keeps the customer's number and text out of logs.
        let debug = format!("{inbound:?}");
        assert!(!debug.contains(CUSTOMER_NUMBER), "{id}: {debug}");
        if inbound.body.len() > 4 && inbound.opt_out_type.is_none() {
            assert!(!debug.contains(&inbound.body), "{id}: {debug}");
        }
        assert!(!debug.contains("api.twilio.com"), "{id}: {debug}");

        let sms = inbound.clone().into_inbound_sms();
        assert_eq!(
            sms.carrier_id.as_deref(),
            Some(inbound.message_sid.as_str())
        );
        assert_eq!(sms.carrier_intent, intent, "{id}");
        assert_eq!(sms.body, inbound.body);
    }
}

#[test]
fn every_status_payload_parses_to_the_expected_fields() {
    for p in payloads("status_callback") {
        let id = &p["id"];
        let expected = &p["expected"];
        let callback =
            StatusCallback::parse(body(&p).as_bytes()).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(
            callback.message_sid,
            expected["message_sid"].as_str().unwrap(),
            "{id}"
        );
        assert_eq!(
            callback.message_status,
            expected["status"].as_str().unwrap(),
            "{id}"
        );
        assert_eq!(
            callback.error_code.map(u64::from),
            expected["error_code"].as_u64(),
            "{id}"
        );
        assert_eq!(
            callback.raw_dlr_done_date.as_deref(),
            expected["raw_dlr_done_date"].as_str(),
            "{id}"
        );
        // The sending number routes the callback to its shop, WhatsApp prefix or not.
        assert_eq!(
            callback.from.as_ref().map(|n| n.e164()),
            Some(SHOP_NUMBER),
            "{id}"
        );

        let report = callback.to_status_report(Utc::now());
        assert_eq!(report.carrier_id, callback.message_sid);
        assert_eq!(report.carrier_status, callback.message_status);
        assert_eq!(report.status, message_status(&callback.message_status));
        match callback.error_code {
            Some(code) => {
                let failure = report.failure.expect("failure for an error code");
                assert_eq!(failure.code, Some(code.to_string()), "{id}");
                assert!(!failure.reason.is_empty(), "{id}");
            }
            None => assert_eq!(report.failure, None, "{id}"),
        }
    }
}

#[test]
fn every_twilio_status_in_the_vector_file_has_a_decision() {
    let decided = |word: &str| match word {
        "accepted" | "scheduled" | "queued" => Some(MessageStatus::Queued),
        "sending" => Some(MessageStatus::Sending),
        "sent" => Some(MessageStatus::Sent),
        "delivered" | "read" => Some(MessageStatus::Delivered),
        "undelivered" => Some(MessageStatus::Undelivered),
        "failed" => Some(MessageStatus::Failed),
        "canceled" => Some(MessageStatus::Cancelled),
        "partially_delivered" | "receiving" | "received" => None,
        other => panic!("the vector file has a status this test does not decide: {other}"),
    };
    let statuses = vectors()["message_status_values"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(statuses.len(), 13);
    for s in statuses {
        let word = s["status"].as_str().unwrap();
        assert_eq!(message_status(word), decided(word), "{word}");
    }
}

#[test]
fn malformed_bodies_name_the_field() {
    let base = body(&payload("in-derived-004")).to_owned();
    let without = |name: &str| {
        base.split('&')
            .filter(|pair| !pair.starts_with(&format!("{name}=")))
            .collect::<Vec<_>>()
            .join("&")
    };
    let error = |body: &str| {
        InboundWebhook::parse(body.as_bytes())
            .unwrap_err()
            .to_string()
    };

    for field in ["From", "To", "Body", "MessageSid", "AccountSid"] {
        let message = error(&without(field));
        assert_eq!(
            message,
            format!("invalid {field}: it is missing from the webhook")
        );
    }
    assert!(error(&without("MediaUrl1")).contains("\"MediaUrl1\" is missing though NumMedia is 2"));
    assert!(error(&without("MediaContentType0")).contains("\"MediaContentType0\""));
    assert!(error(&base.replace("NumMedia=2", "NumMedia=two")).starts_with("invalid NumMedia:"));
    assert!(
        error(&base.replace("NumMedia=2", "NumMedia=4000000000")).starts_with("invalid NumMedia:")
    );
    assert!(
        error(&base.replace("NumSegments=1", "NumSegments=-1")).starts_with("invalid NumSegments:")
    );

    // A bad number is named without repeating it in full.
    let message = error(&base.replace("From=%2B14155552671", "From=%2B1415555267"));
    assert!(message.starts_with("invalid From:"), "{message}");
    assert!(!message.contains("1415555267"), "{message}");
    let message = error(&base.replace("From=%2B14155552671", "From=whatsapp%3A%2B14155552671"));
    assert!(message.contains("\"whatsapp\" address"), "{message}");
    assert!(
        error(&base.replace("MessageSid=MM", "MessageSid=M%2FM"))
            .starts_with("invalid MessageSid:")
    );

    // Bytes that are not UTF-8 once decoded.
    let mut bytes = base.clone().into_bytes();
    bytes.extend_from_slice(b"&Body2=%C3%28");
    let message = InboundWebhook::parse(&bytes).unwrap_err().to_string();
    assert!(message.contains("\"Body2\" is not UTF-8"), "{message}");
    let mut raw = b"Body=caf".to_vec();
    raw.push(0xE9);
    let message = InboundWebhook::parse(&raw).unwrap_err().to_string();
    assert!(message.contains("\"Body\" is not UTF-8"), "{message}");

    // Status callbacks.
    let status = body(&payload("st-derived-004")).to_owned();
    let status_error = |body: &str| {
        StatusCallback::parse(body.as_bytes())
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        status_error(&status.replace("MessageStatus=undelivered&", "")),
        "invalid MessageStatus: it is missing from the webhook"
    );
    assert!(
        status_error(&status.replace("ErrorCode=30003", "ErrorCode=oops"))
            .starts_with("invalid ErrorCode:")
    );
    assert!(
        status_error(&status.replace("MessageStatus=undelivered", "MessageStatus=%3Cscript%3E"))
            .starts_with("invalid MessageStatus:")
    );
    assert!(status_error("MessageStatus=sent").starts_with("invalid MessageSid:"));
}

// ----- end to end through Inbox and MemoryStore -----

fn number(e164: &str) -> PhoneNumber {
    PhoneNumber::parse_international(e164).unwrap()
}

async fn inbox_with_shop(carrier: Arc<dyn Carrier>) -> (Inbox, Shop) {
    let inbox = Inbox::new(Arc::new(MemoryStore::new()), carrier);
    let shop = Shop::new(
        "Acme Socks",
        vec![number(SHOP_NUMBER)],
        chrono_tz::America::Los_Angeles,
    );
    inbox.put_shop(&shop).await.unwrap();
    (inbox, shop)
}

async fn receive(inbox: &Inbox, body: &str) -> sms_inbox::Result<sms_inbox::Received> {
    let form = FormParams::parse(body.as_bytes())?;
    inbox
        .receive(InboundWebhook::from_params(&form)?.into_inbound_sms())
        .await
}

#[tokio::test]
async fn every_inbound_payload_is_stored_once() {
    let (inbox, shop) = inbox_with_shop(Arc::new(SimulatedCarrier::new())).await;
    for p in payloads("inbound") {
        let first = receive(&inbox, body(&p)).await.unwrap();
        assert!(!first.duplicate, "{}", p["id"]);
        // Twilio may deliver the same webhook twice; the Message SID makes it one message.
        let again = receive(&inbox, body(&p)).await.unwrap();
        assert!(again.duplicate, "{}", p["id"]);
        assert_eq!(again.message.id, first.message.id);
        assert_eq!(
            first.message.carrier_id.as_deref(),
            p["expected"]["message_sid"].as_str()
        );
    }
    let page = inbox
        .threads(shop.id, &ThreadQuery::default())
        .await
        .unwrap();
    assert_eq!(page.threads.len(), 1);
}

#[tokio::test]
async fn a_text_to_a_number_no_shop_owns_is_refused_and_nothing_is_stored() {
    let inbox = Inbox::new(
        Arc::new(MemoryStore::new()),
        Arc::new(SimulatedCarrier::new()),
    );
    let shop = Shop::new("Other shop", vec![number("+14155550100")], chrono_tz::UTC);
    inbox.put_shop(&shop).await.unwrap();

    let error = receive(&inbox, body(&payload("in-derived-001")))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::UnknownNumber { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.starts_with("no shop owns the number"), "{message}");
    assert!(
        !message.contains(SHOP_NUMBER),
        "the number is masked: {message}"
    );

    assert_eq!(inbox.unread_total(shop.id).await.unwrap(), 0);
    let page = inbox
        .threads(shop.id, &ThreadQuery::default())
        .await
        .unwrap();
    assert!(page.threads.is_empty());
}

#[tokio::test]
async fn advanced_opt_out_stop_unsubscribes_even_when_the_classifier_would_not() {
    let carrier = Arc::new(SimulatedCarrier::new());
    let (inbox, shop) = inbox_with_shop(carrier.clone()).await;
    let first = receive(&inbox, body(&payload("in-derived-001")))
        .await
        .unwrap();
    assert!(first.customer.is_subscribed());

    // A Messaging Service can have its own opt-out keywords; Twilio reports a match as
    // OptOutType=STOP whatever the word. Our classifier does not know this one.
    let custom = body(&payload("in-derived-005"))
        .replace("Body=STOP", "Body=Pineapple")
        .replace(
            "SMe4da3b7fbbce2345d7772b0674a318d5",
            "SM00000000000000000000000000000001",
        );
    let got = receive(&inbox, &custom).await.unwrap();
    assert_eq!(got.classification.intent, Intent::OptOut);
    assert!(!got.customer.is_subscribed());
    match &got.customer.subscription {
        Subscription::Unsubscribed { source, .. } => {
            assert_eq!(*source, ConsentSource::CarrierKeyword)
        }
        other => panic!("still subscribed: {other:?}"),
    }
    // Twilio answers its own keywords, so the inbox sends no second confirmation.
    assert!(got.reply.is_none());
    assert!(carrier.sent().is_empty());
    assert!(
        inbox
            .reply(shop.id, got.customer.id, "Wait, 20% off!")
            .await
            .is_err()
    );

    // START from Advanced Opt-Out subscribes again ("Start", OptOutType=START).
    let got = receive(&inbox, body(&payload("in-derived-007")))
        .await
        .unwrap();
    assert_eq!(got.classification.intent, Intent::OptIn);
    assert!(got.customer.is_subscribed());
    let history = inbox
        .consent_history(shop.id, got.customer.id)
        .await
        .unwrap();
    assert!(
        history
            .iter()
            .all(|event| event.source != ConsentSource::Classifier),
        "the carrier's keyword decided, not the classifier"
    );
}

#[tokio::test]
async fn stop_without_advanced_opt_out_is_still_read_by_the_classifier() {
    let (inbox, _shop) = inbox_with_shop(Arc::new(SimulatedCarrier::new())).await;
    // A number outside any Messaging Service: no OptOutType, the text is bare STOP.
    let got = receive(&inbox, body(&payload("in-derived-010")))
        .await
        .unwrap();
    assert_eq!(got.classification.intent, Intent::OptOut);
    assert!(!got.customer.is_subscribed());
    // Here the inbox confirms, since Twilio did not handle the keyword.
    assert!(got.reply.is_some());
}

/// Answers each send with the next Message SID from a list, as Twilio would.
#[derive(Debug, Default)]
struct ScriptedSids(Mutex<Vec<String>>);

#[async_trait]
impl Carrier for ScriptedSids {
    async fn send(&self, _sms: &OutboundSms) -> Result<SendReceipt, CarrierError> {
        let sid = self.0.lock().unwrap().remove(0);
        Ok(SendReceipt {
            carrier_id: sid,
            status: MessageStatus::Sent,
        })
    }
}

/// An inbox holding one reply the shop sent, whose Message SID is `sid`.
async fn sent_reply(sid: &str) -> (Inbox, Shop, sms_inbox::Message) {
    let carrier = Arc::new(ScriptedSids(Mutex::new(vec![sid.to_owned()])));
    let (inbox, shop) = inbox_with_shop(carrier).await;
    let customer = inbox
        .add_customer(shop.id, number(CUSTOMER_NUMBER), None)
        .await
        .unwrap();
    let message = inbox
        .reply(shop.id, customer.id, "Your socks shipped today")
        .await
        .unwrap();
    assert_eq!(message.status, MessageStatus::Sent);
    (inbox, shop, message)
}

async fn apply(inbox: &Inbox, body: &str) -> sms_inbox::Message {
    let callback = StatusCallback::parse(body.as_bytes()).unwrap();
    let shop = inbox
        .shop_for_number(callback.from.as_ref().expect("From"))
        .await
        .unwrap();
    inbox
        .apply_status(shop.id, &callback.to_status_report(Utc::now()))
        .await
        .unwrap()
}

fn with_status(body: &str, from: &str, to: &str) -> String {
    body.replace(&format!("SmsStatus={from}"), &format!("SmsStatus={to}"))
        .replace(
            &format!("MessageStatus={from}"),
            &format!("MessageStatus={to}"),
        )
}

#[tokio::test]
async fn every_status_payload_applies_to_the_message_it_names() {
    for p in payloads("status_callback") {
        let id = &p["id"];
        let sid = p["expected"]["message_sid"].as_str().unwrap();
        let (inbox, _shop, sent) = sent_reply(sid).await;
        let updated = apply(&inbox, body(&p)).await;
        assert_eq!(updated.id, sent.id, "{id}");
        let word = p["expected"]["status"].as_str().unwrap();
        assert_eq!(updated.carrier_status.as_deref(), Some(word), "{id}");
        // The message was Sent when the send returned; the status only moves forward.
        let expected = match word {
            "delivered" | "read" => MessageStatus::Delivered,
            "undelivered" => MessageStatus::Undelivered,
            "failed" => MessageStatus::Failed,
            "sending" | "sent" | "canceled" => MessageStatus::Sent,
            other => panic!("{id}: {other}"),
        };
        assert_eq!(updated.status, expected, "{id}");
        if let Some(code) = p["expected"]["error_code"].as_u64() {
            let failure = updated.failure.expect("the merchant sees why");
            assert_eq!(failure.code, Some(code.to_string()), "{id}");
        }
    }
}

#[tokio::test]
async fn a_late_sent_never_overwrites_delivered() {
    let delivered = payload("st-derived-003");
    let sid = delivered["expected"]["message_sid"].as_str().unwrap();
    let (inbox, _shop, _) = sent_reply(sid).await;
    let message = apply(&inbox, body(&delivered)).await;
    assert_eq!(message.status, MessageStatus::Delivered);
    let delivered_at = message.delivered_at;

    for late in ["sent", "sending", "queued", "undelivered"] {
        let message = apply(&inbox, &with_status(body(&delivered), "delivered", late)).await;
        assert_eq!(
            message.status,
            MessageStatus::Delivered,
            "after a late {late}"
        );
        assert_eq!(message.delivered_at, delivered_at);
        assert_eq!(
            message.carrier_status.as_deref(),
            Some(late),
            "the last word is kept"
        );
    }
}

#[tokio::test]
async fn undelivered_keeps_the_error_code_for_the_merchant() {
    let undelivered = payload("st-derived-005"); // 30007, carrier filtering
    let sid = undelivered["expected"]["message_sid"].as_str().unwrap();
    let (inbox, shop, sent) = sent_reply(sid).await;
    apply(&inbox, body(&undelivered)).await;
    // A late "delivered" (or anything) does not clear the failure.
    apply(
        &inbox,
        &with_status(body(&undelivered), "undelivered", "delivered"),
    )
    .await;
    let message = inbox.store().message(shop.id, sent.id).await.unwrap();
    assert_eq!(message.status, MessageStatus::Undelivered);
    let failure = message.failure.unwrap();
    assert_eq!(failure.code.as_deref(), Some("30007"));
    assert_eq!(failure.reason, "Message filtered by the carrier");
}

#[tokio::test]
async fn unknown_statuses_are_kept_not_guessed() {
    let sent = payload("st-derived-002");
    let sid = sent["expected"]["message_sid"].as_str().unwrap();
    let (inbox, _shop, _) = sent_reply(sid).await;
    for word in ["partially_delivered", "teleported"] {
        let message = apply(&inbox, &with_status(body(&sent), "sent", word)).await;
        assert_eq!(message.status, MessageStatus::Sent, "{word}");
        assert_eq!(message.carrier_status.as_deref(), Some(word));
    }
}

#[tokio::test]
async fn a_failed_callback_with_21610_unsubscribes_the_customer() {
    let failed = payload("st-derived-007");
    let sid = failed["expected"]["message_sid"].as_str().unwrap();
    let (inbox, shop, sent) = sent_reply(sid).await;
    let message = apply(&inbox, body(&failed)).await;
    assert_eq!(message.status, MessageStatus::Failed);
    let customer = inbox
        .store()
        .customer(shop.id, sent.customer_id)
        .await
        .unwrap();
    assert!(!customer.is_subscribed());
}
