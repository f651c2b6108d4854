//! How `Inbox` drives the carrier: exactly when it sends, and what it does with each
//! kind of carrier failure. The carrier is a mock; the store is the real in-memory one.

use std::sync::Arc;

use async_trait::async_trait;
use mockall::predicate::function;
use sms_inbox::{
    Carrier, CarrierError, CarrierErrorKind, ConsentSource, Error, InboundSms, Inbox, MemoryStore,
    MessageStatus, OutboundSms, PhoneNumber, SendReceipt, Shop, StatusReport, Subscription,
};

mockall::mock! {
    #[derive(Debug)]
    pub Sms {}
    #[async_trait]
    impl Carrier for Sms {
        async fn send(&self, sms: &OutboundSms) -> Result<SendReceipt, CarrierError>;
    }
}

struct Setup {
    inbox: Inbox,
    shop: Shop,
    shop_number: PhoneNumber,
    customer_phone: PhoneNumber,
}

async fn setup(carrier: MockSms) -> Setup {
    let inbox = Inbox::new(Arc::new(MemoryStore::new()), Arc::new(carrier));
    let shop_number = PhoneNumber::parse_international("+14155550100").unwrap();
    let shop = Shop::new("Acme", vec![shop_number.clone()], chrono_tz::UTC);
    inbox.put_shop(&shop).await.unwrap();
    Setup {
        inbox,
        shop,
        shop_number,
        customer_phone: PhoneNumber::parse_international("+14155552671").unwrap(),
    }
}

impl Setup {
    async fn customer(&self) -> sms_inbox::Customer {
        self.inbox
            .add_customer(self.shop.id, self.customer_phone.clone(), None)
            .await
            .unwrap()
    }
}

fn ok_receipt(id: &str) -> Result<SendReceipt, CarrierError> {
    Ok(SendReceipt {
        carrier_id: id.into(),
        status: MessageStatus::Sent,
    })
}

#[tokio::test]
async fn a_reply_is_sent_exactly_once_from_the_shop_number() {
    let mut carrier = MockSms::new();
    carrier
        .expect_send()
        .with(function(|s: &OutboundSms| {
            s.body == "hello" && s.from.e164() == "+14155550100" && s.to.e164() == "+14155552671"
        }))
        .times(1)
        .returning(|_| ok_receipt("SM1"));
    let s = setup(carrier).await;
    let c = s.customer().await;
    let m = s.inbox.reply(s.shop.id, c.id, "hello").await.unwrap();
    assert_eq!(m.carrier_id.as_deref(), Some("SM1"));
    assert_eq!(m.status, MessageStatus::Sent);
}

#[tokio::test]
async fn nothing_is_sent_to_an_unsubscribed_customer() {
    let mut carrier = MockSms::new();
    carrier.expect_send().never();
    let s = setup(carrier).await;
    let c = s.customer().await;
    let c = s
        .inbox
        .unsubscribe(s.shop.id, c.id, "ops@acme.test")
        .await
        .unwrap();
    match &c.subscription {
        Subscription::Unsubscribed {
            source, evidence, ..
        } => {
            assert_eq!(*source, ConsentSource::Merchant);
            assert_eq!(evidence.actor.as_deref(), Some("ops@acme.test"));
        }
        other => panic!("{other:?}"),
    }
    let err = s.inbox.reply(s.shop.id, c.id, "hi").await.unwrap_err();
    assert!(matches!(err, Error::Unsubscribed { .. }));
    let thread = s.inbox.thread(s.shop.id, c.id).await.unwrap();
    assert!(thread.messages.is_empty(), "nothing stored");
}

#[tokio::test]
async fn bad_bodies_are_refused_before_the_carrier() {
    let mut carrier = MockSms::new();
    carrier.expect_send().never();
    let s = setup(carrier).await;
    let c = s.customer().await;
    for (body, expect) in [
        ("", "empty"),
        ("   \n ", "empty"),
        (&*"x".repeat(1601), "1601 characters"),
        ("bell\u{7}", "control character"),
    ] {
        let err = s.inbox.reply(s.shop.id, c.id, body).await.unwrap_err();
        assert!(err.to_string().contains(expect), "{err}");
    }
    assert!(
        s.inbox
            .thread(s.shop.id, c.id)
            .await
            .unwrap()
            .messages
            .is_empty()
    );
}

#[tokio::test]
async fn carrier_opt_out_unsubscribes_and_cancels() {
    let mut carrier = MockSms::new();
    carrier.expect_send().times(1).returning(|_| {
        Err(CarrierError::recipient_opted_out(
            Some("21610"),
            "Attempt to send to unsubscribed recipient",
        ))
    });
    let s = setup(carrier).await;
    let c = s.customer().await;
    let err = s.inbox.reply(s.shop.id, c.id, "hi").await.unwrap_err();
    let Error::Carrier {
        message: Some(id),
        source,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(source.kind, CarrierErrorKind::RecipientOptedOut);
    assert!(!err.is_retryable());
    let m = s.inbox.store().message(s.shop.id, *id).await.unwrap();
    assert_eq!(m.status, MessageStatus::Failed);
    assert_eq!(m.failure.unwrap().code.as_deref(), Some("21610"));
    let c = s.inbox.store().customer(s.shop.id, c.id).await.unwrap();
    match c.subscription {
        Subscription::Unsubscribed {
            source, evidence, ..
        } => {
            assert_eq!(source, ConsentSource::CarrierRefusal);
            assert_eq!(evidence.carrier_code.as_deref(), Some("21610"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn transient_failure_is_recorded_and_retryable() {
    let mut carrier = MockSms::new();
    carrier
        .expect_send()
        .times(1)
        .returning(|_| Err(CarrierError::transient("Too Many Requests")));
    let s = setup(carrier).await;
    let c = s.customer().await;
    let err = s.inbox.reply(s.shop.id, c.id, "hi").await.unwrap_err();
    assert!(err.is_retryable());
    let thread = s.inbox.thread(s.shop.id, c.id).await.unwrap();
    assert_eq!(thread.messages[0].status, MessageStatus::Failed);
    assert!(thread.customer.is_subscribed());
}

#[tokio::test]
async fn unknown_outcome_is_marked_interrupted_not_failed() {
    let mut carrier = MockSms::new();
    carrier.expect_send().times(1).returning(|_| {
        Err(CarrierError::new(
            CarrierErrorKind::Unknown,
            None,
            "connection reset after the request was sent",
        ))
    });
    let s = setup(carrier).await;
    let c = s.customer().await;
    let err = s.inbox.reply(s.shop.id, c.id, "hi").await.unwrap_err();
    assert!(!err.is_retryable(), "retrying could send twice");
    let thread = s.inbox.thread(s.shop.id, c.id).await.unwrap();
    assert_eq!(thread.messages[0].status, MessageStatus::Interrupted);
}

#[tokio::test]
async fn stop_gets_one_confirmation_even_when_repeated() {
    let mut carrier = MockSms::new();
    carrier
        .expect_send()
        .with(function(|s: &OutboundSms| s.body.contains("unsubscribed")))
        .times(1)
        .returning(|_| ok_receipt("SMc"));
    let s = setup(carrier).await;
    for (i, text) in ["STOP", "stop", "Stop.", "STOP"].iter().enumerate() {
        let got = s
            .inbox
            .receive(
                InboundSms::new(s.customer_phone.clone(), s.shop_number.clone(), *text)
                    .with_carrier_id(format!("SM{i}")),
            )
            .await
            .unwrap();
        assert!(!got.customer.is_subscribed());
        assert_eq!(got.reply.is_some(), i == 0, "{text}");
    }
}

#[tokio::test]
async fn carrier_keyword_opt_out_gets_no_second_confirmation() {
    let mut carrier = MockSms::new();
    carrier.expect_send().never();
    let s = setup(carrier).await;
    let mut sms = InboundSms::new(s.customer_phone.clone(), s.shop_number.clone(), "sToP");
    sms.carrier_intent = Some(sms_inbox::Intent::OptOut);
    let got = s.inbox.receive(sms).await.unwrap();
    assert!(!got.customer.is_subscribed());
    assert!(got.reply.is_none(), "the carrier already confirmed");
}

#[tokio::test]
async fn start_resubscribes_and_confirms_help_answers() {
    let mut carrier = MockSms::new();
    let mut seq = mockall::Sequence::new();
    for expected in ["unsubscribed", "subscribed again", "For help"] {
        carrier
            .expect_send()
            .with(function(move |s: &OutboundSms| s.body.contains(expected)))
            .times(1)
            .in_sequence(&mut seq)
            .returning(|_| ok_receipt("SMx"));
    }
    let s = setup(carrier).await;
    for text in ["STOP", "HELP", "START", "START", "HELP"] {
        s.inbox
            .receive(InboundSms::new(
                s.customer_phone.clone(),
                s.shop_number.clone(),
                text,
            ))
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn text_to_a_number_no_shop_owns_is_refused() {
    let mut carrier = MockSms::new();
    carrier.expect_send().never();
    let s = setup(carrier).await;
    let stranger = PhoneNumber::parse_international("+14155550199").unwrap();
    let err = s
        .inbox
        .receive(InboundSms::new(s.customer_phone.clone(), stranger, "hi"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::UnknownNumber { .. }), "{err}");
    assert!(!err.to_string().contains("5550199"), "masked: {err}");
    assert_eq!(s.inbox.unread_total(s.shop.id).await.unwrap(), 0);
}

#[tokio::test]
async fn late_status_never_moves_back_and_21610_unsubscribes() {
    let mut carrier = MockSms::new();
    carrier.expect_send().times(2).returning({
        let mut n = 0;
        move |_| {
            n += 1;
            ok_receipt(&format!("SM{n}"))
        }
    });
    let s = setup(carrier).await;
    let c = s.customer().await;
    s.inbox.reply(s.shop.id, c.id, "one").await.unwrap();
    s.inbox.reply(s.shop.id, c.id, "two").await.unwrap();
    let report = |id: &str, status, word: &str| StatusReport {
        carrier_id: id.into(),
        status,
        carrier_status: word.into(),
        failure: None,
        at: chrono::Utc::now(),
    };
    let m = s
        .inbox
        .apply_status(
            s.shop.id,
            &report("SM1", Some(MessageStatus::Delivered), "delivered"),
        )
        .await
        .unwrap();
    assert_eq!(m.status, MessageStatus::Delivered);
    let m = s
        .inbox
        .apply_status(s.shop.id, &report("SM1", Some(MessageStatus::Sent), "sent"))
        .await
        .unwrap();
    assert_eq!(m.status, MessageStatus::Delivered, "late sent ignored");
    assert_eq!(m.carrier_status.as_deref(), Some("sent"));
    let m = s
        .inbox
        .apply_status(s.shop.id, &report("SM1", None, "read"))
        .await
        .unwrap();
    assert_eq!(m.status, MessageStatus::Delivered);
    assert_eq!(m.carrier_status.as_deref(), Some("read"), "kept as such");

    let mut failed = report("SM2", Some(MessageStatus::Failed), "failed");
    failed.failure = Some(sms_inbox::Failure {
        code: Some("21610".into()),
        reason: "unsubscribed recipient".into(),
    });
    let m = s.inbox.apply_status(s.shop.id, &failed).await.unwrap();
    assert_eq!(m.status, MessageStatus::Failed);
    assert_eq!(m.failure.unwrap().code.as_deref(), Some("21610"));
    let c = s.inbox.store().customer(s.shop.id, c.id).await.unwrap();
    assert!(!c.is_subscribed());

    let err = s
        .inbox
        .apply_status(
            s.shop.id,
            &report("SMnope", Some(MessageStatus::Sent), "sent"),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }));
}

#[tokio::test]
async fn the_merchant_cancels_a_planned_message_but_not_a_sent_one() {
    let mut carrier = MockSms::new();
    carrier
        .expect_send()
        .times(1)
        .returning(|_| ok_receipt("SMs"));
    let s = setup(carrier).await;
    let c = s.customer().await;
    let mut planned = sms_inbox::Message::new(
        s.shop.id,
        c.id,
        sms_inbox::Direction::Outbound,
        sms_inbox::Origin::Automation(sms_inbox::AutomationKind::AbandonedCart),
        MessageStatus::Planned,
        "Your cart is waiting",
        chrono::Utc::now(),
    );
    planned.send_at = Some(chrono::Utc::now() + chrono::Duration::hours(1));
    s.inbox
        .store()
        .queue_outbound(s.shop.id, &planned)
        .await
        .unwrap();
    let cancelled = s.inbox.cancel_message(s.shop.id, planned.id).await.unwrap();
    assert_eq!(cancelled.status, MessageStatus::Cancelled);
    let sent = s.inbox.reply(s.shop.id, c.id, "hi").await.unwrap();
    let still = s.inbox.cancel_message(s.shop.id, sent.id).await.unwrap();
    assert_eq!(still.status, MessageStatus::Sent, "too late to cancel");
}

/// The one confirmation of an opt-out still goes out when the carrier is briefly down:
/// it is put back for the dispatcher, which lets it through the consent check.
#[tokio::test]
async fn a_confirmation_that_failed_once_is_sent_by_the_dispatcher() {
    use chrono::{Duration, TimeZone, Utc};
    let clock = Arc::new(sms_inbox::ManualClock::new(
        Utc.with_ymd_and_hms(2026, 6, 10, 15, 0, 0).unwrap(),
    ));
    let carrier = Arc::new(sms_inbox::SimulatedCarrier::new());
    let inbox = Inbox::builder(Arc::new(MemoryStore::new()), carrier.clone())
        .clock(clock.clone())
        .build();
    let shop_number = PhoneNumber::parse_international("+14155550100").unwrap();
    let shop = Shop::new("Acme", vec![shop_number.clone()], chrono_tz::UTC);
    inbox.put_shop(&shop).await.unwrap();
    carrier.fail_next(CarrierError::transient("carrier busy"));
    let shopper = PhoneNumber::parse_international("+14155552671").unwrap();
    let got = inbox
        .receive(InboundSms::new(shopper, shop_number, "STOP"))
        .await
        .unwrap();
    let reply = got.reply.expect("a confirmation was stored");
    assert_eq!(reply.status, MessageStatus::Planned, "put back for a retry");
    assert!(carrier.sent().is_empty());
    clock.advance(Duration::minutes(1));
    let now = sms_inbox::Clock::now(clock.as_ref());
    let report = inbox.dispatch_due(now, 10).await.unwrap();
    assert_eq!(report.sent, vec![reply.id]);
    assert!(report.cancelled.is_empty());
    assert_eq!(carrier.sent().len(), 1);
    assert!(carrier.sent()[0].body.contains("unsubscribed"));
}
