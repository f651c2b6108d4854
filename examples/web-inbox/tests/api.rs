//! The handlers, driven directly with `oneshot`: the merchant's day on the JSON API,
//! and every kind of bad input, bad signature and unknown id.

mod common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use sms_inbox::carrier::twilio::compute_signature;
use tower::ServiceExt;
use web_inbox::events::EventKind;
use web_inbox::router;

use common::http::{all_threads, call, customer_id, get, post_empty, post_json, unread_total};
use common::{AUTH_TOKEN, PUBLIC_URL, TestApp, demo_app};

#[tokio::test]
async fn the_page_and_its_assets_are_served_from_the_binary() {
    let app = demo_app(None).await;
    let page = get(&app, "/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.content_type.starts_with("text/html"),
        "{}",
        page.content_type
    );
    assert!(page.text.contains("Acme Socks"));
    assert!(
        page.text.contains("6 unread"),
        "the header counts unread texts"
    );
    assert!(page.text.contains("Demo phone"));
    for (name, kind) in [
        ("app.js", "javascript"),
        ("segments.js", "javascript"),
        ("app.css", "css"),
        ("icon.svg", "svg"),
    ] {
        let a = get(&app, &format!("/assets/{name}")).await;
        assert_eq!(a.status, StatusCode::OK, "{name}");
        assert!(a.content_type.contains(kind), "{name}: {}", a.content_type);
    }
    let a = get(&app, "/assets/../Cargo.toml").await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    let a = get(&app, "/assets/nope.js").await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::NOT_FOUND, "not_found")
    );
    let a = get(&app, "/no/such/page").await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::NOT_FOUND, "not_found")
    );
}

#[tokio::test]
async fn threads_list_newest_first_with_filters_and_cursor_pages() {
    let app = demo_app(None).await;
    let all = all_threads(&app, "all", 5).await;
    assert_eq!(all.len(), 12, "a dozen customers");
    let mut ids: Vec<&str> = all
        .iter()
        .map(|t| t["customer"]["id"].as_str().unwrap())
        .collect();
    let times: Vec<&str> = all
        .iter()
        .map(|t| t["last_message_at"].as_str().unwrap())
        .collect();
    assert!(
        times.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {times:?}"
    );
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 12, "pages neither repeat nor skip a thread");
    assert_eq!(all[0]["customer"]["name"], "Marcus Lee");
    assert_eq!(all[0]["unread"], 2);

    let unread = all_threads(&app, "unread", 2).await;
    assert_eq!(unread.len(), 4);
    assert!(unread.iter().all(|t| t["unread"].as_u64().unwrap() > 0));
    let total: u64 = unread.iter().map(|t| t["unread"].as_u64().unwrap()).sum();
    assert_eq!(total, unread_total(&app).await);
    let stranger = unread
        .iter()
        .find(|t| t["customer"]["name"].is_null())
        .expect("the unknown number");
    assert_eq!(
        stranger["customer"]["display_name"], "+1415•••0104",
        "masked, never in full"
    );

    let unsubscribed = all_threads(&app, "unsubscribed", 50).await;
    assert_eq!(unsubscribed.len(), 1);
    assert_eq!(unsubscribed[0]["customer"]["name"], "Sofia García");
    assert_eq!(unsubscribed[0]["customer"]["subscribed"], false);

    for (uri, code) in [
        ("/api/threads?filter=spam", "invalid"),
        ("/api/threads?after=garbage", "invalid"),
        ("/api/threads?limit=0", "invalid"),
        ("/api/threads?limit=201", "invalid"),
        ("/api/threads?limit=many", "bad_query"),
    ] {
        let a = get(&app, uri).await;
        assert_eq!(
            a.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{uri}: {}",
            a.text
        );
        assert_eq!(a.error_code(), code, "{uri}");
    }
    let whole = get(&app, "/api/threads").await.text;
    assert!(
        !whole.contains("+14155550"),
        "no phone number leaves unmasked"
    );
}

#[tokio::test]
async fn opening_a_thread_shows_it_oldest_first_and_reading_clears_the_badge() {
    let app = demo_app(None).await;
    let dana = customer_id(&app, "Dana Whitfield").await;
    let a = get(&app, &format!("/api/threads/{dana}")).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let thread = a.json();
    let statuses: Vec<&str> = thread["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["delivered", "delivered", "received", "planned"],
        "order #988's confirmation and delivery, her question, her cart's reminder"
    );
    let planned = &thread["messages"][3];
    assert_eq!(planned["direction"], "outbound");
    assert!(planned["send_at"].is_string());
    assert_eq!(thread["unread"], 1);
    let orders = thread["orders"].as_array().unwrap();
    assert_eq!(orders.len(), 2);
    assert!(
        orders
            .iter()
            .any(|o| o["is_cart"] == true && o["total_minor"] == 4200)
    );
    assert!(orders.iter().any(|o| o["number"] == "#988"));

    let before = unread_total(&app).await;
    let mut events = app.state.subscribe();
    let a = post_empty(&app, &format!("/api/threads/{dana}/read")).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert_eq!(a.json()["unread_total"].as_u64().unwrap(), before - 1);
    assert_eq!(events.try_recv().unwrap().kind, EventKind::Read);
    let a = get(&app, &format!("/api/threads/{dana}")).await;
    assert_eq!(a.json()["unread"], 0);

    // Tom's update failed: the carrier's reason is there.
    let tom = customer_id(&app, "Tom Becker").await;
    let thread = get(&app, &format!("/api/threads/{tom}")).await.json();
    let failed = thread["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["status"] == "failed")
        .expect("the failed shipping update");
    assert_eq!(failed["origin"], "automation:order_update");
    assert_eq!(failed["failure"]["code"], "30003");
    assert!(
        failed["failure"]["reason"]
            .as_str()
            .unwrap()
            .contains("Unreachable")
    );

    // Older messages, a page at a time.
    let marcus = customer_id(&app, "Marcus Lee").await;
    let thread = get(&app, &format!("/api/threads/{marcus}")).await.json();
    let last = thread["messages"].as_array().unwrap().last().unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let a = get(
        &app,
        &format!("/api/threads/{marcus}/messages?before={last}&limit=1"),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let page = a.json();
    assert_eq!(page["messages"].as_array().unwrap().len(), 1);
    assert_eq!(page["has_older"], true);
    let a = get(&app, &format!("/api/threads/{dana}/messages?before={last}")).await;
    assert_eq!(
        a.status,
        StatusCode::NOT_FOUND,
        "another thread's message: {}",
        a.text
    );
    let a = get(&app, &format!("/api/threads/{marcus}/messages")).await;
    assert_eq!(
        a.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "before is required"
    );
}

#[tokio::test]
async fn unknown_and_malformed_ids_are_clear_json_errors() {
    let app = demo_app(None).await;
    let unknown = sms_inbox::CustomerId::new();
    for uri in [
        format!("/api/threads/{unknown}"),
        format!(
            "/api/threads/{unknown}/messages?before={}",
            sms_inbox::MessageId::new()
        ),
    ] {
        let a = get(&app, &uri).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{uri}: {}", a.text);
        assert_eq!(a.error_code(), "not_found");
        assert!(a.content_type.starts_with("application/json"));
    }
    for uri in [
        format!("/api/threads/{unknown}/read"),
        format!("/api/threads/{unknown}/unsubscribe"),
        format!("/api/messages/{}/cancel", sms_inbox::MessageId::new()),
    ] {
        let a = post_empty(&app, &uri).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{uri}: {}", a.text);
    }
    let a = post_json(
        &app,
        &format!("/api/threads/{unknown}/messages"),
        json!({"body": "hi"}),
    )
    .await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::NOT_FOUND, "not_found")
    );
    let a = get(&app, "/api/threads/not-a-uuid").await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, "invalid")
    );
    assert!(
        a.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("customer id")
    );
}

#[tokio::test]
async fn replies_are_sent_and_bad_ones_refused() {
    let app = demo_app(None).await;
    let dana = customer_id(&app, "Dana Whitfield").await;
    let uri = format!("/api/threads/{dana}/messages");
    let sent_before = app.carrier.sent().len();

    for (body, status, code) in [
        (
            json!({"body": ""}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "empty_body",
        ),
        (
            json!({"body": "  \n "}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "empty_body",
        ),
        (
            json!({"body": "x".repeat(1601)}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "body_too_long",
        ),
        (
            json!({"body": "nul\u{0}"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
        ),
        (
            json!({"text": "hi"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad_json",
        ),
        (
            json!({"body": 42}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad_json",
        ),
    ] {
        let a = post_json(&app, &uri, body.clone()).await;
        assert_eq!(a.status, status, "{body}: {}", a.text);
        assert_eq!(a.error_code(), code, "{body}");
    }
    let a = call(
        &app,
        Request::post(&uri)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from("{not json"))
            .unwrap(),
    )
    .await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::BAD_REQUEST, "bad_json")
    );
    let a = call(
        &app,
        Request::post(&uri).body(Body::from("body=hi")).unwrap(),
    )
    .await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::UNSUPPORTED_MEDIA_TYPE, "bad_json")
    );
    assert_eq!(
        app.carrier.sent().len(),
        sent_before,
        "nothing bad was sent"
    );

    let mut events = app.state.subscribe();
    let a = post_json(&app, &uri, json!({"body": "Yes! Size M is in stock 🧦"})).await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.text);
    let m = &a.json()["message"];
    assert_eq!(
        (
            m["status"].as_str(),
            m["encoding"].as_str(),
            m["segments"].as_u64()
        ),
        (Some("sent"), Some("UCS-2"), Some(1))
    );
    assert_eq!(m["origin"], "manual");
    assert_eq!(app.carrier.sent().len(), sent_before + 1);
    assert_eq!(events.try_recv().unwrap().kind, EventKind::Outbound);
    let thread = get(&app, &format!("/api/threads/{dana}")).await.json();
    let bodies: Vec<&str> = thread["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["body"].as_str().unwrap())
        .collect();
    assert_eq!(
        bodies[bodies.len() - 2],
        "Yes! Size M is in stock 🧦",
        "before the planned one"
    );

    // A carrier failure is a 502, and the message stays in the thread as failed.
    app.carrier.fail_next(sms_inbox::CarrierError::permanent(
        Some("21211"),
        "Invalid 'To' phone number",
    ));
    let a = post_json(&app, &uri, json!({"body": "Are you there?"})).await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::BAD_GATEWAY, "carrier")
    );
    let thread = get(&app, &format!("/api/threads/{dana}")).await.json();
    assert!(
        thread["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["status"] == "failed" && m["failure"]["code"] == "21211")
    );
}

#[tokio::test]
async fn an_unsubscribed_customer_cannot_be_texted_even_by_a_crafted_request() {
    let app = demo_app(None).await;
    let sofia = customer_id(&app, "Sofia García").await;
    let thread = get(&app, &format!("/api/threads/{sofia}")).await.json();
    let count = thread["messages"].as_array().unwrap().len();
    assert!(
        thread["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["status"] == "cancelled"),
        "her plan was cancelled"
    );
    let sent = app.carrier.sent().len();
    let a = post_json(
        &app,
        &format!("/api/threads/{sofia}/messages"),
        json!({"body": "Come back! 20% off"}),
    )
    .await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::CONFLICT, "unsubscribed")
    );
    assert!(
        a.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("START")
    );
    assert_eq!(app.carrier.sent().len(), sent);
    let thread = get(&app, &format!("/api/threads/{sofia}")).await.json();
    assert_eq!(
        thread["messages"].as_array().unwrap().len(),
        count,
        "nothing stored"
    );
}

#[tokio::test]
async fn the_merchant_unsubscribes_and_cancels_planned_messages() {
    let app = demo_app(None).await;
    let liam = customer_id(&app, "Liam O'Connor").await;
    let thread = get(&app, &format!("/api/threads/{liam}")).await.json();
    let planned = thread["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["status"] == "planned")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let delivered = thread["messages"][0]["id"].as_str().unwrap().to_owned();

    let a = post_empty(&app, &format!("/api/messages/{planned}/cancel")).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert_eq!(a.json()["message"]["status"], "cancelled");
    let a = post_empty(&app, &format!("/api/messages/{delivered}/cancel")).await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::CONFLICT, "not_cancellable")
    );
    let a = post_empty(&app, "/api/messages/zzz/cancel").await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY);

    let dana = customer_id(&app, "Dana Whitfield").await;
    let a = post_empty(&app, &format!("/api/threads/{dana}/unsubscribe")).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert_eq!(a.json()["customer"]["subscribed"], false);
    assert_eq!(a.json()["customer"]["source"], "merchant");
    let thread = get(&app, &format!("/api/threads/{dana}")).await.json();
    assert!(
        thread["messages"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["status"] != "planned"),
        "planned reminder cancelled"
    );
    let a = post_json(
        &app,
        &format!("/api/threads/{dana}/messages"),
        json!({"body": "hello"}),
    )
    .await;
    assert_eq!(a.status, StatusCode::CONFLICT);
    let a = post_empty(&app, &format!("/api/threads/{dana}/unsubscribe")).await;
    assert_eq!(a.status, StatusCode::OK, "unsubscribing twice is fine");
}

#[tokio::test]
async fn the_demo_phone_tells_an_opt_out_from_a_visit_to_the_store() {
    let app = demo_app(None).await;
    let mei = customer_id(&app, "Mei Chen").await;
    let mut events = app.state.subscribe();
    let a = post_json(
        &app,
        "/api/demo/inbound",
        json!({"customer_id": mei, "body": "stop by the store later?"}),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert_eq!(a.json()["intent"], "none");
    assert_eq!(a.json()["customer"]["subscribed"], true);
    assert_eq!(events.try_recv().unwrap().kind, EventKind::Inbound);

    let a = post_json(
        &app,
        "/api/demo/inbound",
        json!({"customer_id": mei, "body": "stop texting me"}),
    )
    .await;
    assert_eq!(a.json()["intent"], "opt_out");
    assert_eq!(a.json()["customer"]["subscribed"], false);
    assert_eq!(a.json()["reply"]["origin"], "system:opt_out_confirmation");
    let kinds: Vec<EventKind> = std::iter::from_fn(|| events.try_recv().ok())
        .map(|e| e.kind)
        .collect();
    assert_eq!(kinds, [EventKind::Inbound, EventKind::Consent]);
    let thread = get(&app, &format!("/api/threads/{mei}")).await.json();
    assert_eq!(thread["customer"]["subscription"], "unsubscribed");

    for (body, status) in [
        (
            json!({"customer_id": mei, "body": "  "}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({"customer_id": sms_inbox::CustomerId::new().to_string(), "body": "hi"}),
            StatusCode::NOT_FOUND,
        ),
        (json!({"body": "hi"}), StatusCode::UNPROCESSABLE_ENTITY),
    ] {
        let a = post_json(&app, "/api/demo/inbound", body.clone()).await;
        assert_eq!(a.status, status, "{body}: {}", a.text);
    }
}

#[tokio::test]
async fn the_demo_reports_delivery_a_moment_after_sending() {
    let app = demo_app(Some(Duration::from_millis(50))).await;
    let dana = customer_id(&app, "Dana Whitfield").await;
    let mut events = app.state.subscribe();
    let a = post_json(
        &app,
        &format!("/api/threads/{dana}/messages"),
        json!({"body": "On it"}),
    )
    .await;
    assert_eq!(a.json()["message"]["status"], "sent");
    let id = a.json()["message"]["id"].as_str().unwrap().to_owned();
    assert_eq!(events.recv().await.unwrap().kind, EventKind::Outbound);
    let event = tokio::time::timeout(Duration::from_secs(5), events.recv())
        .await
        .expect("in time")
        .unwrap();
    assert_eq!(event.kind, EventKind::Status);
    let thread = get(&app, &format!("/api/threads/{dana}")).await.json();
    let m = thread["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(m["status"], "delivered");
}

#[tokio::test]
async fn the_event_stream_sends_ids_only() {
    let app = demo_app(None).await;
    let response = router(app.state.clone())
        .oneshot(Request::get("/api/events").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "text/event-stream"
    );
    let mut body = response.into_body();
    let customer = sms_inbox::CustomerId::new();
    app.state
        .notify(web_inbox::InboxEvent::new(EventKind::Inbound, customer));
    let frame = tokio::time::timeout(Duration::from_secs(5), body.frame())
        .await
        .expect("in time")
        .unwrap()
        .unwrap();
    let text = String::from_utf8(frame.into_data().unwrap().to_vec()).unwrap();
    assert!(text.starts_with("event: inbox\n"), "{text}");
    assert!(
        text.contains(&format!(
            r#"{{"kind":"inbound","customer_id":"{customer}"}}"#
        )),
        "{text}"
    );
}

fn twilio_request(path: &str, params: &[(&str, &str)], signature: Option<String>) -> Request<Body> {
    let body: String = params
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let mut request = Request::builder()
        .method(Method::POST)
        .uri(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(signature) = signature {
        request = request.header("X-Twilio-Signature", signature);
    }
    request.body(Body::from(body)).unwrap()
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn signed(path: &str, params: &[(&str, &str)]) -> Request<Body> {
    let signature = compute_signature(AUTH_TOKEN, &format!("{PUBLIC_URL}{path}"), params);
    twilio_request(path, params, Some(signature))
}

const NEW_CUSTOMER: &str = "+14155550199";

fn inbound_params(body: &str) -> Vec<(&'static str, String)> {
    vec![
        ("MessageSid", "SM0123456789abcdef0123456789abcdef".into()),
        ("AccountSid", "AC0123456789abcdef0123456789abcdef".into()),
        ("From", NEW_CUSTOMER.into()),
        ("To", web_inbox::demo::SHOP_NUMBER.into()),
        ("Body", body.into()),
        ("NumMedia", "0".into()),
    ]
}

fn pairs<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[tokio::test]
async fn twilio_inbound_is_stored_only_with_a_good_signature() {
    let app = demo_app(None).await;
    let params = inbound_params("Do you ship to Canada?");
    let params = pairs(&params);
    let before = unread_total(&app).await;

    let good = compute_signature(AUTH_TOKEN, &format!("{PUBLIC_URL}/twilio/inbound"), &params);
    let wrong_url = compute_signature(
        AUTH_TOKEN,
        "https://evil.example.com/twilio/inbound",
        &params,
    );
    let wrong_token = compute_signature(
        "another-token",
        &format!("{PUBLIC_URL}/twilio/inbound"),
        &params,
    );
    let mut tampered = params.clone();
    tampered[4].1 = "STOP";
    for (name, request) in [
        (
            "no signature",
            twilio_request("/twilio/inbound", &params, None),
        ),
        (
            "garbage",
            twilio_request("/twilio/inbound", &params, Some("bm9wZQ==".into())),
        ),
        (
            "wrong URL",
            twilio_request("/twilio/inbound", &params, Some(wrong_url)),
        ),
        (
            "wrong token",
            twilio_request("/twilio/inbound", &params, Some(wrong_token)),
        ),
        (
            "tampered body",
            twilio_request("/twilio/inbound", &tampered, Some(good.clone())),
        ),
    ] {
        let a = call(&app, request).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "{name}: {}", a.text);
        assert_eq!(a.error_code(), "bad_signature", "{name}");
    }
    assert_eq!(unread_total(&app).await, before, "nothing stored");
    assert_eq!(
        all_threads(&app, "all", 50).await.len(),
        12,
        "no customer created"
    );

    let mut events = app.state.subscribe();
    let a = call(&app, signed("/twilio/inbound", &params)).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert!(a.content_type.starts_with("text/xml"));
    assert!(a.text.contains("<Response></Response>"));
    assert_eq!(events.try_recv().unwrap().kind, EventKind::Inbound);
    assert_eq!(unread_total(&app).await, before + 1);
    let threads = all_threads(&app, "all", 50).await;
    assert_eq!(threads[0]["preview"], "Do you ship to Canada?");
    assert_eq!(threads[0]["customer"]["phone"], "+1415•••0199");

    // Twilio retries: the same MessageSid is one message.
    let a = call(&app, signed("/twilio/inbound", &params)).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(unread_total(&app).await, before + 1);

    // Signed but broken webhooks are refused with the field named.
    let mut missing = params.clone();
    missing.retain(|(k, _)| *k != "From");
    let a = call(&app, signed("/twilio/inbound", &missing)).await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", a.text);
    assert!(a.text.contains("From"));
    let mut elsewhere = params.clone();
    elsewhere[3].1 = "+14155550142";
    elsewhere[0].1 = "SM0123456789abcdef0123456789abcdee";
    let a = call(&app, signed("/twilio/inbound", &elsewhere)).await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, "unknown_number")
    );
    let a = call(
        &app,
        twilio_request("/twilio/inbound", &[], Some("x".into())),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn twilio_stop_unsubscribes_at_once() {
    let app = demo_app(None).await;
    let mut params = inbound_params("STOP");
    params.push(("OptOutType", "STOP".into()));
    let a = call(&app, signed("/twilio/inbound", &pairs(&params))).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let unsubscribed = all_threads(&app, "unsubscribed", 50).await;
    assert!(
        unsubscribed
            .iter()
            .any(|t| t["customer"]["phone"] == "+1415•••0199")
    );
}

#[tokio::test]
async fn twilio_status_callbacks_move_status_with_a_good_signature() {
    let app = demo_app(None).await;
    let dana = customer_id(&app, "Dana Whitfield").await;
    let sent = post_json(
        &app,
        &format!("/api/threads/{dana}/messages"),
        json!({"body": "Shipping today"}),
    )
    .await
    .json();
    let id = sent["message"]["id"].as_str().unwrap().to_owned();
    let sid = sent["message"]["carrier_id"].as_str().unwrap().to_owned();
    assert!(sid.starts_with("SIM") && sid.len() == 35, "{sid}");
    let params = [
        ("MessageSid", sid.as_str()),
        ("MessageStatus", "undelivered"),
        ("ErrorCode", "30003"),
        ("AccountSid", "AC0123456789abcdef0123456789abcdef"),
    ];
    let status_of = |thread: Value| {
        thread["messages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == id.as_str())
            .unwrap()
            .clone()
    };

    let a = call(
        &app,
        twilio_request(
            "/twilio/status",
            &params,
            Some(compute_signature(
                "wrong",
                &format!("{PUBLIC_URL}/twilio/status"),
                &params,
            )),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    let m = status_of(get(&app, &format!("/api/threads/{dana}")).await.json());
    assert_eq!(m["status"], "sent", "a forged callback changes nothing");

    let a = call(&app, signed("/twilio/status", &params)).await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);
    let m = status_of(get(&app, &format!("/api/threads/{dana}")).await.json());
    assert_eq!(m["status"], "undelivered");
    assert_eq!(m["failure"]["code"], "30003");
    assert!(m["failure"]["reason"].as_str().unwrap().len() > 3);

    let unknown = [
        ("MessageSid", "SM99999999999999999999999999999999"),
        ("MessageStatus", "delivered"),
    ];
    let a = call(&app, signed("/twilio/status", &unknown)).await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::NOT_FOUND, "not_found")
    );
    let a = call(&app, signed("/twilio/status", &[("MessageSid", "SM1")])).await;
    assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", a.text);
}

#[tokio::test]
async fn without_twilio_or_the_demo_those_endpoints_are_404() {
    let app = demo_app(None).await;
    let state = web_inbox::AppState::new(
        app.state.inbox().clone(),
        app.state.shop().clone(),
        web_inbox::Options::default(),
    );
    let off = TestApp {
        state,
        carrier: app.carrier.clone(),
        _dir: tempfile::tempdir().unwrap(),
    };
    let params = inbound_params("hi");
    let a = call(&off, signed("/twilio/inbound", &pairs(&params))).await;
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (StatusCode::NOT_FOUND, "not_found")
    );
    let dana = customer_id(&off, "Dana Whitfield").await;
    let a = post_json(
        &off,
        "/api/demo/inbound",
        json!({"customer_id": dana, "body": "STOP"}),
    )
    .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    let page = get(&off, "/").await;
    assert!(!page.text.contains("Demo phone"));
}
