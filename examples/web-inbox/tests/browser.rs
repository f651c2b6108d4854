//! The merchant's story in a real browser: headless Chromium driven through Debian's
//! chromedriver. Skipped (with a note) when chromedriver is not installed, unless
//! `SMS_INBOX_REQUIRE_BROWSER=1`, as CI sets it, turns the skip into a failure.
//! Screenshots of each step land in `target/web-inbox-screenshots/`.

mod common;

use std::net::TcpListener as StdListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use thirtyfour::prelude::*;

const STEP_TIMEOUT: Duration = Duration::from_secs(15);

/// Stops chromedriver when the test ends, however it ends.
struct ChildGuard(Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn find_program(env: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(env).map(PathBuf::from) {
        return path.is_file().then_some(path);
    }
    let dirs = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&dirs)
        .chain([
            PathBuf::from("/usr/bin"),
            PathBuf::from("/usr/lib/chromium"),
        ])
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

fn screenshot_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("web-inbox-screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    dir
}

/// Polls a JavaScript expression until it is true.
async fn wait_for(driver: &WebDriver, what: &str, expression: &str) {
    let script = format!("return !!({expression});");
    let start = Instant::now();
    loop {
        let ok = driver
            .execute(script.as_str(), Vec::<Value>::new())
            .await
            .map(|r| r.json().as_bool() == Some(true))
            .unwrap_or(false);
        if ok {
            return;
        }
        if start.elapsed() > STEP_TIMEOUT {
            let shot = screenshot_dir().join("failed.png");
            let _ = driver.screenshot(&shot).await;
            panic!(
                "timed out waiting for {what} ({expression}); see {}",
                shot.display()
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn js(driver: &WebDriver, script: &str, args: Vec<Value>) -> Value {
    driver
        .execute(script, args)
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
        .json()
        .clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn merchant_reads_replies_and_the_customer_opts_out() {
    let required = std::env::var("SMS_INBOX_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
    let driver_bin = find_program("CHROMEDRIVER", &["chromedriver"]);
    let browser_bin = find_program(
        "CHROME_BIN",
        &["chromium", "chromium-browser", "google-chrome"],
    );
    let (Some(driver_bin), Some(browser_bin)) = (driver_bin, browser_bin) else {
        assert!(
            !required,
            "SMS_INBOX_REQUIRE_BROWSER=1 but chromedriver or chromium is missing: \
             apt-get install chromium chromium-driver"
        );
        println!(
            "SKIPPED browser test: chromedriver or chromium not found (apt-get install chromium chromium-driver)"
        );
        return;
    };

    // The app, on a real socket.
    let app = common::demo_app(Some(Duration::from_millis(300))).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let router = web_inbox::router(app.state.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });

    // chromedriver, on a free port, stopped by the guard.
    let port = free_port();
    let child = Command::new(&driver_bin)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let _guard = ChildGuard(child);
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    let profile = tempfile::tempdir().unwrap();
    let mut caps = DesiredCapabilities::chrome();
    caps.set_binary(browser_bin.to_str().unwrap()).unwrap();
    for arg in [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1440,900",
        "--lang=en-US",
        &format!("--user-data-dir={}", profile.path().display()),
    ] {
        caps.add_arg(arg).unwrap();
    }
    let driver = WebDriver::new(format!("http://127.0.0.1:{port}"), caps)
        .await
        .expect("a browser session");
    let shots = screenshot_dir();
    let result = story(&driver, &base, &shots, &app.state).await;
    let _ = driver.quit().await;
    result.expect("the story");
    drop(app);
}

async fn story(
    driver: &WebDriver,
    base: &str,
    shots: &Path,
    state: &web_inbox::AppState,
) -> WebDriverResult<()> {
    // 1. The inbox: every thread, newest first, with the total unread in the header.
    driver.goto(base).await?;
    wait_for(
        driver,
        "the thread list",
        "document.querySelectorAll('#thread-list .thread').length === 12",
    )
    .await;
    let total = driver.find(By::Id("unread-total")).await?.text().await?;
    assert_eq!(total, "6 unread");
    driver.screenshot(&shots.join("01-inbox.png")).await?;

    // 2. Dana's thread shows an unread badge.
    let dana = js(driver, "const row = [...document.querySelectorAll('.thread')].find(r => r.querySelector('.thread-name').textContent === 'Dana Whitfield'); return row ? row.dataset.id : null;", vec![]).await;
    let dana = dana.as_str().expect("Dana's thread").to_owned();
    let row_css = format!(".thread[data-id='{dana}']");
    let badge = driver.find(By::Css(format!("{row_css} .badge"))).await?;
    assert_eq!(badge.text().await?, "1");

    // 3. Opening it shows the conversation and clears the badge.
    driver.find(By::Css(row_css.clone())).await?.click().await?;
    wait_for(
        driver,
        "Dana's conversation",
        "document.getElementById('conv-name').textContent === 'Dana Whitfield'",
    )
    .await;
    wait_for(
        driver,
        "the badge to clear",
        &format!("!document.querySelector(\"{row_css} .badge\")"),
    )
    .await;
    wait_for(
        driver,
        "the header count",
        "document.getElementById('unread-total').textContent === '5 unread'",
    )
    .await;
    let order = js(driver, "return [...document.querySelectorAll('#messages .row')].map(r => (r.classList.contains('out') ? 'out:' : 'in:') + r.dataset.status);", vec![]).await;
    assert_eq!(
        order,
        json!([
            "out:delivered",
            "out:delivered",
            "in:received",
            "out:planned"
        ]),
        "oldest at the top, planned last"
    );
    let planned = driver
        .find(By::Css("#messages .row.planned .meta"))
        .await?
        .text()
        .await?;
    assert!(
        planned.contains("Planned") && planned.contains("Cancel"),
        "{planned}"
    );
    let orders = driver.find(By::Id("orders")).await?.text().await?;
    assert!(
        orders.contains("Pending cart") && orders.contains("$42.00"),
        "{orders}"
    );
    assert_eq!(
        driver.find(By::Id("conv-status")).await?.text().await?,
        "Subscribed"
    );
    let subscription = driver
        .find(By::Id("customer-subscription"))
        .await?
        .text()
        .await?;
    assert!(
        subscription.starts_with("Subscribed at checkout") && !subscription.contains("null"),
        "{subscription}"
    );
    let local = driver.find(By::Id("customer-time")).await?.text().await?;
    assert!(local.ends_with("their time · America/Chicago"), "{local}");
    driver.screenshot(&shots.join("02-thread-open.png")).await?;

    // 4. A reply with an emoji: Shift+Enter is a new line, the counter says UCS-2,
    //    Enter sends, and a green bubble appears, then turns delivered.
    let reply_box = driver.find(By::Id("reply-box")).await?;
    reply_box.click().await?;
    reply_box.send_keys("Yes, size M is in stock!").await?;
    reply_box.send_keys(Key::Shift + Key::Enter).await?;
    reply_box
        .send_keys("Want me to hold a pair for you? ")
        .await?;
    let counter = driver.find(By::Id("segment-count")).await?;
    assert_eq!(
        counter.attr("data-encoding").await?.as_deref(),
        Some("GSM-7")
    );
    // chromedriver types only BMP characters; an emoji arrives as text input, as from
    // an emoji picker.
    js(driver, "document.getElementById('reply-box').focus(); document.execCommand('insertText', false, arguments[0]); return true;", vec![json!("🧦")]).await;
    let value = reply_box.prop("value").await?.unwrap_or_default();
    assert_eq!(
        value,
        "Yes, size M is in stock!\nWant me to hold a pair for you? 🧦"
    );
    assert_eq!(
        counter.attr("data-encoding").await?.as_deref(),
        Some("UCS-2")
    );
    assert_eq!(counter.attr("data-segments").await?.as_deref(), Some("1"));
    let info = sms_inbox::segments::analyze(&value);
    let shown = counter.text().await?;
    assert_eq!(shown, format!("UCS-2 · {}/70 · 1 segment", info.units));
    driver.screenshot(&shots.join("03-typing.png")).await?;
    reply_box.send_keys(Key::Enter).await?;
    wait_for(driver, "the green bubble", "[...document.querySelectorAll('#messages .row.out .bubble')].some(b => b.textContent.includes('🧦') && b.textContent.includes('\\n'))").await;
    wait_for(
        driver,
        "the box to empty",
        "document.getElementById('reply-box').value === ''",
    )
    .await;
    let colour = js(driver, "const b = [...document.querySelectorAll('#messages .row.out .bubble')].find(b => b.textContent.includes('🧦')); return getComputedStyle(b).backgroundColor;", vec![]).await;
    assert_eq!(colour, json!("rgb(31, 157, 85)"), "store texts are green");
    let side = js(driver, "const b = [...document.querySelectorAll('#messages .row.out .bubble')].find(b => b.textContent.includes('🧦')); const m = document.getElementById('messages').getBoundingClientRect(); const r = b.getBoundingClientRect(); return r.right > m.left + m.width / 2;", vec![]).await;
    assert_eq!(side, json!(true), "store texts are on the right");
    wait_for(driver, "delivered, live from the event stream", "[...document.querySelectorAll('#messages .row.out')].some(r => r.dataset.status === 'delivered' && r.textContent.includes('🧦'))").await;
    driver.screenshot(&shots.join("04-reply-sent.png")).await?;

    // 5. The demo phone: "stop by the store" is not an opt-out; "STOP" is. The page
    //    learns both from the event stream, without a reload.
    let demo_input = driver.find(By::Id("demo-input")).await?;
    demo_input
        .send_keys("I'll stop by the store on my way home")
        .await?;
    driver.find(By::Id("demo-send")).await?.click().await?;
    wait_for(driver, "the customer's text", "[...document.querySelectorAll('#messages .row.in .bubble')].some(b => b.textContent.includes('on my way home'))").await;
    assert_eq!(
        driver.find(By::Id("conv-status")).await?.text().await?,
        "Subscribed"
    );
    assert!(reply_box.is_enabled().await?);
    demo_input.send_keys("STOP").await?;
    demo_input.send_keys(Key::Enter).await?;
    wait_for(
        driver,
        "the header to say Unsubscribed",
        "document.getElementById('conv-status').textContent === 'Unsubscribed'",
    )
    .await;
    wait_for(
        driver,
        "the reply box to be disabled",
        "document.getElementById('reply-box').disabled",
    )
    .await;
    assert!(!driver.find(By::Id("send-btn")).await?.is_enabled().await?);
    assert!(
        !driver
            .find(By::Id("unsubscribe-btn"))
            .await?
            .is_enabled()
            .await?
    );
    wait_for(driver, "the opt-out confirmation", "[...document.querySelectorAll('#messages .row.out .label')].some(l => l.textContent.includes('opt-out'))").await;
    let planned_left = js(
        driver,
        "return document.querySelectorAll('#messages .row.planned').length;",
        vec![],
    )
    .await;
    assert_eq!(planned_left, json!(0), "the planned reminder was cancelled");
    // The list re-renders on every event: look it up and read it in one script.
    wait_for(
        driver,
        "the list to tag the thread",
        &format!(
            "document.querySelector(\"{row_css} .tag-unsub\")?.textContent === 'Unsubscribed'"
        ),
    )
    .await;
    // We say why: the text and the rule that read it. (Read in one script: every event
    // re-renders the card.)
    wait_for(
        driver,
        "the reason for the opt-out",
        "['“STOP”', 'keyword:stop'].every(t => (document.getElementById('customer-evidence') || {}).textContent?.includes(t))",
    )
    .await;
    driver
        .screenshot(&shots.join("05-unsubscribed.png"))
        .await?;

    // 6. Liam's cart reminder is planned; when the dispatcher sends it, the page shows
    //    it sent, then delivered, from the event stream.
    open_thread(driver, "Liam O'Connor").await?;
    let planned = js(
        driver,
        "const r = document.querySelector('#messages .row.planned'); return r ? r.dataset.id : null;",
        vec![],
    )
    .await;
    let planned = planned
        .as_str()
        .expect("Liam's planned reminder")
        .to_owned();
    let message = state
        .inbox()
        .message(state.shop().id, planned.parse().unwrap())
        .await
        .unwrap();
    let due = message.send_at.expect("a planned time");
    let report = web_inbox::dispatcher::run_once(state, due).await.unwrap();
    assert!(
        report.sent.iter().any(|id| id.to_string() == planned),
        "{report:?}"
    );
    wait_for(
        driver,
        "the reminder delivered, live",
        &format!("document.querySelector(\"#messages .row[data-id='{planned}']\")?.dataset.status === 'delivered'"),
    )
    .await;
    driver
        .screenshot(&shots.join("06-reminder-sent.png"))
        .await?;

    // 7. Sofia opted out in her own words; the card says which words and which rule.
    open_thread(driver, "Sofia García").await?;
    wait_for(
        driver,
        "Sofia's reason",
        "(document.getElementById('customer-evidence') || {}).textContent?.includes('please stop texting me')",
    )
    .await;
    driver
        .screenshot(&shots.join("07-why-unsubscribed.png"))
        .await?;

    // 8. The browser's segment counter agrees with the library's on hard cases.
    let samples: Vec<String> = vec![
        String::new(),
        "Your cart is waiting!".into(),
        "Thanks 🙏".into(),
        "€5 [off]".into(),
        "a".repeat(160),
        "a".repeat(161),
        "€".repeat(81),
        format!("{{{}", "234567890".repeat(20).get(..159).unwrap()),
        format!("😜{}", "234567890".repeat(20).get(..69).unwrap()),
        format!("{}€{}", "a".repeat(152), "b".repeat(10)),
        format!("{}😀{}", "ж".repeat(66), "ж".repeat(10)),
        "1234567890".repeat(31).get(..307).unwrap().to_owned(),
        "family 👩‍👩‍👧‍👦 time".into(),
        "cafe\u{301} line\r\nbreak".into(),
        "Ça va? ¿Qué tal? Größe L".into(),
        "smart “quotes” — dash".into(),
    ];
    let got = js(
        driver,
        "return arguments[0].map(t => SmsSegments.analyze(t));",
        vec![json!(samples)],
    )
    .await;
    for (text, js_info) in samples.iter().zip(got.as_array().unwrap()) {
        let rust = sms_inbox::segments::analyze(text);
        let expected = json!({"encoding": rust.encoding.as_str(), "segments": rust.segments, "units": rust.units});
        assert_eq!(js_info, &expected, "segments of {text:?}");
    }
    Ok(())
}

/// Clicks a customer's row in the thread list and waits for the conversation.
async fn open_thread(driver: &WebDriver, name: &str) -> WebDriverResult<()> {
    // Found and clicked in one script: the list re-renders on every event.
    let id = js(
        driver,
        "const row = [...document.querySelectorAll('.thread')].find(r => r.querySelector('.thread-name').textContent === arguments[0]); if (!row) return null; row.scrollIntoView(); row.click(); return row.dataset.id;",
        vec![json!(name)],
    )
    .await;
    let id = id
        .as_str()
        .unwrap_or_else(|| panic!("{name}'s thread"))
        .to_owned();
    wait_for(
        driver,
        &format!("{name}'s conversation"),
        &format!("document.getElementById('conversation').dataset.open === '{id}' && document.getElementById('conv-name').textContent === {}", json!(name)),
    )
    .await;
    Ok(())
}
