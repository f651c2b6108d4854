//! "We say why": an unsubscribed customer comes with the consent ledger's evidence, so
//! the merchant sees what the customer texted and which rule read it as an opt-out.

mod common;

use serde_json::json;
use web_inbox::api::MERCHANT_ACTOR;

use common::demo_app;
use common::http::{all_threads, customer_id, get, post_empty, post_json};

#[tokio::test]
async fn an_opt_out_in_the_customers_own_words_shows_the_text_and_the_rule() {
    let app = demo_app(None).await;
    let sofia = customer_id(&app, "Sofia García").await;
    let thread = get(&app, &format!("/api/threads/{sofia}")).await.json();
    let customer = &thread["customer"];
    assert_eq!(customer["subscription"], "unsubscribed");
    assert_eq!(customer["source"], "classifier");
    let evidence = &customer["evidence"];
    assert_eq!(evidence["text"], "please stop texting me");
    let rule = evidence["rule"].as_str().unwrap();
    assert!(
        !rule.is_empty() && !rule.starts_with("keyword:"),
        "a classifier rule: {rule}"
    );
    // The evidence points at the text in the thread.
    let inbound = thread["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == evidence["message_id"])
        .expect("the opt-out text is in the thread");
    assert_eq!(inbound["direction"], "inbound");
    assert_eq!(inbound["body"], "please stop texting me");
    // Her planned reminder was cancelled by the opt-out.
    assert!(
        thread["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["origin"] == "automation:abandoned_cart" && m["status"] == "cancelled")
    );

    // The list shows it too, for the Unsubscribed filter.
    let rows = all_threads(&app, "unsubscribed", 50).await;
    assert_eq!(
        rows[0]["customer"]["evidence"]["text"],
        "please stop texting me"
    );

    // Subscribed customers have none.
    let mei = customer_id(&app, "Mei Chen").await;
    let thread = get(&app, &format!("/api/threads/{mei}")).await.json();
    assert!(thread["customer"]["evidence"].is_null());
}

#[tokio::test]
async fn a_keyword_and_the_merchants_hand_are_told_apart() {
    let app = demo_app(None).await;
    let mei = customer_id(&app, "Mei Chen").await;
    let a = post_json(
        &app,
        "/api/demo/inbound",
        json!({"customer_id": mei, "body": "STOP"}),
    )
    .await;
    let customer = &a.json()["customer"];
    assert_eq!(customer["source"], "keyword");
    assert_eq!(customer["evidence"]["text"], "STOP");
    assert_eq!(customer["evidence"]["rule"], "keyword:stop");
    assert!(customer["evidence"]["actor"].is_null());

    let dana = customer_id(&app, "Dana Whitfield").await;
    let a = post_empty(&app, &format!("/api/threads/{dana}/unsubscribe")).await;
    let customer = &a.json()["customer"];
    assert_eq!(customer["source"], "merchant");
    assert_eq!(customer["evidence"]["actor"], MERCHANT_ACTOR);
    assert!(customer["evidence"]["text"].is_null());
}
