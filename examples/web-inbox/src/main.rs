//! `cargo run --release -p web-inbox`: the merchant's SMS inbox on
//! http://127.0.0.1:3000, with demo data, or on Twilio when its variables are set.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use sms_inbox::carrier::twilio::{Credentials, TwilioCarrier};
use sms_inbox::{Carrier, Inbox, PhoneNumber, Shop, SimulatedCarrier, SqliteStore, Store};
use web_inbox::config::{Command, Config, USAGE};
use web_inbox::{AppState, Options, WebhookAuth, demo, dispatcher, router};

#[tokio::main]
async fn main() -> ExitCode {
    let config = match Config::parse(std::env::args().skip(1), |k| std::env::var(k).ok()) {
        Ok(Command::Serve(config)) => config,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("web-inbox: {e}");
            return ExitCode::from(2);
        }
    };
    match serve(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("web-inbox: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    if config.reset {
        for suffix in ["", "-wal", "-shm"] {
            let mut path = config.db.clone().into_os_string();
            path.push(suffix);
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
        }
    }
    let db = config.db.to_str().ok_or("--db must be a UTF-8 path")?;
    let store: Arc<dyn Store> = Arc::new(SqliteStore::connect(db).await?);
    let (state, mode) = match &config.twilio {
        None => {
            let settings = demo::automations()?;
            let shop = demo::shop(store.clone(), settings.clone(), chrono::Utc::now()).await?;
            let inbox = Inbox::builder(store, Arc::new(SimulatedCarrier::new()))
                .automations(settings)
                .build();
            // The demo is the only process on its file: anything still `sending` was cut
            // off when it last stopped. Shown as interrupted, never re-sent blindly.
            let interrupted = inbox.recover_interrupted(chrono::Utc::now()).await?;
            if !interrupted.is_empty() {
                println!(
                    "  {} text(s) interrupted by the last stop",
                    interrupted.len()
                );
            }
            let options = Options {
                demo_phone: true,
                twilio: None,
                simulate_delivery: Some(Duration::from_millis(1500)),
            };
            (
                AppState::new(inbox, shop, options),
                "demo: simulated carrier, demo phone on",
            )
        }
        Some(twilio) => {
            let public_url = config.public_url.clone().ok_or("--public-url is needed")?;
            let number = PhoneNumber::parse_international(&twilio.from_number)?;
            let shop = match store.shop_for_number(&number).await? {
                Some(shop) => shop,
                None => {
                    let shop = Shop::new(
                        &config.shop_name,
                        vec![number],
                        chrono_tz::America::New_York,
                    );
                    store.put_shop(&shop).await?;
                    shop
                }
            };
            let carrier: Arc<dyn Carrier> = Arc::new(
                TwilioCarrier::builder(
                    &twilio.account_sid,
                    Credentials::auth_token(&twilio.auth_token),
                )
                .status_callback(format!("{public_url}/twilio/status"))
                .build()?,
            );
            let options = Options {
                demo_phone: false,
                twilio: Some(WebhookAuth {
                    auth_token: twilio.auth_token.clone(),
                    public_url: public_url.clone(),
                }),
                simulate_delivery: None,
            };
            let state = AppState::new(Inbox::new(store, carrier), shop, options);
            (
                state,
                "Twilio: webhooks at {public}/twilio/inbound and /twilio/status",
            )
        }
    };
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    let addr = listener.local_addr()?;
    println!("sms-inbox web inbox for {:?}", state.shop().name);
    println!(
        "  mode:     {}",
        mode.replace("{public}", config.public_url.as_deref().unwrap_or(""))
    );
    println!("  database: {}", config.db.display());
    println!(
        "  planned:  sent every {} s when due, 08:00 to 21:00 in each customer's time zone",
        dispatcher::INTERVAL.as_secs()
    );
    println!("  open      http://{addr}");
    // In Twilio mode several instances may share a database: dispatch_due claims each
    // text atomically and marks only long-stale `sending` ones interrupted.
    let dispatching = dispatcher::spawn(state.clone(), dispatcher::INTERVAL);
    axum::serve(listener, router(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    dispatching.abort();
    Ok(())
}
