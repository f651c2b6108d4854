//! A terminal walk-through of the inbox on the embedded SQLite store: a cart reminder,
//! a question, a reply with an emoji, and an opt-out in the customer's own words.
//!
//! `cargo run --example demo [-- --db PATH]` (default: a fresh file in the temp folder)

use std::sync::Arc;

use sms_inbox::{
    AutomationKind, Direction, InboundSms, Inbox, Message, PhoneNumber, Shop, SimulatedCarrier,
    SqliteStore, ThreadQuery,
};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), sms_inbox::Error> {
    let db = match std::env::args().skip_while(|a| a != "--db").nth(1) {
        Some(path) => std::path::PathBuf::from(path),
        None => std::env::temp_dir().join("sms-inbox-demo.db"),
    };
    for suffix in ["", "-wal", "-shm"] {
        let mut file = db.clone().into_os_string();
        file.push(suffix);
        let _ = std::fs::remove_file(file);
    }
    let store = SqliteStore::connect(&db.to_string_lossy()).await?;
    println!("Inbox database: {}", db.display());
    let carrier = Arc::new(SimulatedCarrier::new());
    let inbox = Inbox::new(Arc::new(store), carrier.clone());

    let shop_number = PhoneNumber::parse("(415) 555-0100", "US")?;
    let shop = Shop::new(
        "Acme Socks",
        vec![shop_number.clone()],
        chrono_tz::America::Los_Angeles,
    );
    inbox.put_shop(&shop).await?;
    let phone = PhoneNumber::parse("(415) 555-2671", "US")?;
    let dana = inbox
        .add_customer(shop.id, phone.clone(), Some("Dana".into()))
        .await?;
    println!(
        "Shop {:?} texts from {shop_number}; customer Dana is {phone}.\n",
        shop.name
    );

    step("Dana left 3 pairs in her cart; the reminder goes out");
    inbox
        .send_automated(
            shop.id,
            dana.id,
            AutomationKind::AbandonedCart,
            "Dana, your socks are waiting: https://acme.test/cart/77",
            None,
        )
        .await?;

    step("Dana asks a question");
    let text = InboundSms::new(
        phone.clone(),
        shop_number.clone(),
        "is this still in stock?",
    );
    let got = inbox.receive(text).await?;
    println!(
        "  read as {:?} (rule {}); unread in the shop: {}",
        got.classification.intent,
        got.classification.rule,
        inbox.unread_total(shop.id).await?
    );

    step("The merchant opens the thread and answers with an emoji");
    inbox.mark_read(shop.id, dana.id).await?;
    let answer = inbox
        .reply(
            shop.id,
            dana.id,
            "Yes! Still in stock 🧦 want me to hold them?",
        )
        .await?;
    println!(
        "  unread now {}; the answer is {} in {} segment(s)",
        inbox.unread_total(shop.id).await?,
        answer.encoding.as_str(),
        answer.segments
    );

    step("Dana texts \"stop texting me\"");
    let got = inbox
        .receive(InboundSms::new(
            phone.clone(),
            shop_number.clone(),
            "stop texting me",
        ))
        .await?;
    println!(
        "  read as {:?} (rule {}); subscribed: {}; confirmation sent: {}",
        got.classification.intent,
        got.classification.rule,
        got.customer.is_subscribed(),
        got.reply.is_some()
    );

    step("The merchant tries to reply anyway");
    match inbox.reply(shop.id, dana.id, "Wait, 20% off!").await {
        Ok(_) => println!("  sent (this must never happen)"),
        Err(e) => println!("  refused: {e}"),
    }

    step("The thread as the merchant sees it");
    let thread = inbox.thread(shop.id, dana.id).await?;
    for m in &thread.messages {
        print_message(m);
    }
    let page = inbox.threads(shop.id, &ThreadQuery::default()).await?;
    for t in &page.threads {
        println!(
            "\n  thread list: {} · {:?} · unread {} · subscribed {}",
            t.customer.display_name(),
            t.preview,
            t.unread,
            t.customer.is_subscribed()
        );
    }
    println!("\nThe carrier sent {} texts in all.", carrier.sent().len());
    Ok(())
}

fn step(title: &str) {
    println!("▸ {title}");
}

fn print_message(m: &Message) {
    let side = match m.direction {
        Direction::Inbound => "Dana  ",
        Direction::Outbound => "  shop",
    };
    println!(
        "  {side} [{:<9}] {}",
        m.status.as_str(),
        m.body.replace('\n', " ")
    );
}
