//! `TwilioCarrier` against a local server that speaks Twilio's Messages API over a real
//! socket on 127.0.0.1. Nothing here touches the network.
#![cfg(feature = "twilio")]

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use sms_inbox::carrier::twilio::{Credentials, RetryPolicy, TwilioCarrier};
use sms_inbox::{
    Carrier, CarrierErrorKind, Error, Inbox, MemoryStore, MessageId, MessageStatus, OutboundSms,
    PhoneNumber, Shop,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const ACCOUNT: &str = "AC0123456789abcdef0123456789abcdef";
const TOKEN: &str = "test-auth-token-do-not-log";
const SHOP: &str = "+14155238886";
const CUSTOMER: &str = "+14155552671";

/// What the server does with the next request.
#[derive(Debug, Clone)]
enum Answer {
    /// An HTTP answer: status, extra header lines, JSON body.
    Http(u16, &'static str, String),
    /// Reads the request, then closes the connection without a word.
    Hangup,
    /// Reads the request, then never answers.
    Silence,
}

fn created(sid: &str) -> Answer {
    Answer::Http(
        201,
        "",
        format!(
            r#"{{"sid": "{sid}", "status": "queued", "account_sid": "{ACCOUNT}", "error_code": null, "error_message": null}}"#
        ),
    )
}

fn twilio_error(status: u16, code: u32, message: &str) -> Answer {
    Answer::Http(
        status,
        "",
        format!(
            r#"{{"code": {code}, "message": "{message}", "more_info": "https://www.twilio.com/docs/errors/{code}", "status": {status}}}"#
        ),
    )
}

/// One request as the server read it.
#[derive(Debug, Clone)]
struct Request {
    request_line: String,
    authorization: Option<String>,
    content_type: Option<String>,
    form: Vec<(String, String)>,
}

impl Request {
    fn param(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A one-connection-per-request HTTP/1.1 server that answers from a script.
struct TwilioServer {
    url: String,
    requests: Arc<Mutex<Vec<Request>>>,
}

impl TwilioServer {
    async fn start(script: Vec<Answer>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new(script.into_iter()));
        let seen = requests.clone();
        tokio::spawn(async move {
            loop {
                let Ok((socket, _)) = listener.accept().await else {
                    return;
                };
                let seen = seen.clone();
                let script = script.clone();
                tokio::spawn(async move {
                    let mut socket = socket;
                    let Some(request) = read_request(&mut socket).await else {
                        return;
                    };
                    seen.lock().unwrap().push(request);
                    let answer = script.lock().unwrap().next();
                    match answer {
                        Some(Answer::Http(status, headers, body)) => {
                            let reply = format!(
                                "HTTP/1.1 {status} Scripted\r\nContent-Type: application/json\r\n\
                                 Content-Length: {}\r\nConnection: close\r\n{headers}\r\n{body}",
                                body.len()
                            );
                            let _ = socket.write_all(reply.as_bytes()).await;
                            let _ = socket.shutdown().await;
                        }
                        Some(Answer::Hangup) => drop(socket),
                        Some(Answer::Silence) => {
                            tokio::time::sleep(Duration::from_secs(30)).await;
                            drop(socket);
                        }
                        None => panic!("the server got more requests than scripted"),
                    }
                });
            }
        });
        Self { url, requests }
    }

    fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }
}

async fn read_request(socket: &mut TcpStream) -> Option<Request> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8(buf[..head_end].to_vec()).ok()?;
    let mut lines = head.split("\r\n");
    let request_line = lines.next()?.to_owned();
    let mut headers = Vec::new();
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':')?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let length: usize = header("content-length")?.parse().ok()?;
    while buf.len() < head_end + length {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let form = sms_inbox::carrier::twilio::FormParams::parse(&buf[head_end..head_end + length])
        .ok()?
        .pairs()
        .into_iter()
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect();
    Some(Request {
        request_line,
        authorization: header("authorization"),
        content_type: header("content-type"),
        form,
    })
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(40),
        max_elapsed: Duration::from_secs(5),
    }
}

fn carrier(server_url: &str) -> TwilioCarrier {
    TwilioCarrier::builder(ACCOUNT, Credentials::auth_token(TOKEN))
        .base_url(server_url)
        .status_callback("https://inbox.example.com/twilio/status")
        .retry(fast_retries())
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap()
}

fn number(e164: &str) -> PhoneNumber {
    PhoneNumber::parse_international(e164).unwrap()
}

fn sms() -> OutboundSms {
    OutboundSms {
        message_id: MessageId::new(),
        from: number(SHOP),
        to: number(CUSTOMER),
        body: "Your order #1042 shipped & is on its way 🚚".into(),
    }
}

#[tokio::test]
async fn a_send_is_one_form_post_with_basic_auth() {
    let server = TwilioServer::start(vec![created("SM0123456789abcdef0123456789abcdef")]).await;
    let receipt = carrier(&server.url).send(&sms()).await.unwrap();
    assert_eq!(receipt.carrier_id, "SM0123456789abcdef0123456789abcdef");
    assert_eq!(receipt.status, MessageStatus::Sent);

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(
        request.request_line,
        format!("POST /2010-04-01/Accounts/{ACCOUNT}/Messages.json HTTP/1.1")
    );
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{ACCOUNT}:{TOKEN}"));
    assert_eq!(
        request.authorization.as_deref(),
        Some(format!("Basic {basic}").as_str())
    );
    assert_eq!(
        request.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(request.param("To"), Some(CUSTOMER));
    assert_eq!(request.param("From"), Some(SHOP));
    assert_eq!(request.param("Body"), Some(sms().body.as_str()));
    assert_eq!(
        request.param("StatusCallback"),
        Some("https://inbox.example.com/twilio/status")
    );
    assert_eq!(request.param("MessagingServiceSid"), None);
}

#[tokio::test]
async fn an_api_key_and_a_messaging_service_replace_the_token_and_from() {
    let server = TwilioServer::start(vec![created("SM0123456789abcdef0123456789abcdef")]).await;
    let carrier = TwilioCarrier::builder(
        ACCOUNT,
        Credentials::api_key("SK0123456789abcdef0123456789abcdef", "key-secret"),
    )
    .base_url(&server.url)
    .messaging_service_sid("MGfedcba9876543210fedcba9876543210")
    .build()
    .unwrap();
    carrier.send(&sms()).await.unwrap();
    let request = &server.requests()[0];
    let basic = base64::engine::general_purpose::STANDARD
        .encode("SK0123456789abcdef0123456789abcdef:key-secret");
    assert_eq!(
        request.authorization.as_deref(),
        Some(format!("Basic {basic}").as_str())
    );
    assert_eq!(
        request.param("MessagingServiceSid"),
        Some("MGfedcba9876543210fedcba9876543210")
    );
    assert_eq!(request.param("From"), None);
    assert_eq!(request.param("StatusCallback"), None);
}

#[tokio::test]
async fn code_21610_means_the_recipient_opted_out() {
    let server = TwilioServer::start(vec![twilio_error(
        400,
        21610,
        "Attempt to send to unsubscribed recipient",
    )])
    .await;
    let error = carrier(&server.url).send(&sms()).await.unwrap_err();
    assert_eq!(error.kind, CarrierErrorKind::RecipientOptedOut);
    assert_eq!(error.code.as_deref(), Some("21610"));
    assert!(!error.is_retryable());
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn invalid_recipients_are_permanent_and_their_numbers_masked() {
    for (code, text) in [
        (
            21211,
            format!("The 'To' number {CUSTOMER} is not a valid phone number."),
        ),
        (
            21614,
            format!("'To' number {CUSTOMER} is not a valid mobile number"),
        ),
        (
            21612,
            "The 'To' phone number is not currently reachable via SMS".to_owned(),
        ),
    ] {
        let server = TwilioServer::start(vec![twilio_error(400, code, &text)]).await;
        let error = carrier(&server.url).send(&sms()).await.unwrap_err();
        assert_eq!(error.kind, CarrierErrorKind::Permanent, "{code}");
        assert_eq!(error.code, Some(code.to_string()));
        assert!(!error.message.contains(CUSTOMER), "{}", error.message);
        assert!(!error.to_string().contains(CUSTOMER), "{error}");
        assert_eq!(server.requests().len(), 1, "{code} is not retried");
    }
}

#[tokio::test]
async fn a_429_then_success_is_retried() {
    let server = TwilioServer::start(vec![
        twilio_error(429, 20429, "Too Many Requests"),
        created("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    ])
    .await;
    let receipt = carrier(&server.url).send(&sms()).await.unwrap();
    assert_eq!(receipt.carrier_id, "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(
        requests[0].form, requests[1].form,
        "the same request, sent again"
    );
}

#[tokio::test]
async fn a_retry_after_beyond_the_budget_stops_retrying() {
    let server = TwilioServer::start(vec![Answer::Http(
        429,
        "Retry-After: 60\r\n",
        r#"{"code": 20429, "message": "Too Many Requests", "status": 429}"#.into(),
    )])
    .await;
    let started = Instant::now();
    let error = carrier(&server.url).send(&sms()).await.unwrap_err();
    assert_eq!(
        error.kind,
        CarrierErrorKind::Transient,
        "the caller may try later"
    );
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_503_is_retried_a_bounded_number_of_times() {
    let unavailable = Answer::Http(503, "", "Service Unavailable".into());
    let server = TwilioServer::start(vec![unavailable; 3]).await;
    let error = carrier(&server.url).send(&sms()).await.unwrap_err();
    assert_eq!(error.kind, CarrierErrorKind::Transient);
    assert_eq!(server.requests().len(), 3, "max_attempts is 3");
}

#[tokio::test]
async fn a_500_is_never_retried_because_the_message_may_exist() {
    let failure = twilio_error(500, 20500, "Internal Server Error");
    let server = TwilioServer::start(vec![failure.clone(), failure.clone(), failure]).await;
    let error = carrier(&server.url).send(&sms()).await.unwrap_err();
    assert_eq!(error.kind, CarrierErrorKind::Unknown);
    assert!(!error.is_retryable());
    assert_eq!(server.requests().len(), 1, "one request, not three");
}

#[tokio::test]
async fn a_timeout_after_sending_is_an_unknown_outcome() {
    let server = TwilioServer::start(vec![Answer::Silence]).await;
    let started = Instant::now();
    let error = carrier(&server.url).send(&sms()).await.unwrap_err();
    assert_eq!(error.kind, CarrierErrorKind::Unknown);
    assert!(
        error.message.contains("may or may not"),
        "{}",
        error.message
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(server.requests().len(), 1, "not retried");
}

#[tokio::test]
async fn a_dropped_connection_after_sending_is_an_unknown_outcome() {
    let server = TwilioServer::start(vec![Answer::Hangup]).await;
    let error = carrier(&server.url).send(&sms()).await.unwrap_err();
    assert_eq!(error.kind, CarrierErrorKind::Unknown);
    assert_eq!(server.requests().len(), 1, "not retried");
}

#[tokio::test]
async fn a_refused_connection_is_retried_then_reported_transient() {
    // A port with nothing listening: the request never left.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let started = Instant::now();
    let error = carrier(&url).send(&sms()).await.unwrap_err();
    assert_eq!(error.kind, CarrierErrorKind::Transient, "{error}");
    assert!(
        error.message.contains("nothing was sent"),
        "{}",
        error.message
    );
    // Two waits of at least 5 ms and 10 ms (half the step, jittered) were taken.
    assert!(started.elapsed() >= Duration::from_millis(15));
}

#[tokio::test]
async fn a_success_without_a_message_sid_is_an_unknown_outcome() {
    for body in ["not json", r#"{"status": "queued"}"#, r#"{"sid": "../x"}"#] {
        let server = TwilioServer::start(vec![Answer::Http(201, "", body.into())]).await;
        let error = carrier(&server.url).send(&sms()).await.unwrap_err();
        assert_eq!(error.kind, CarrierErrorKind::Unknown, "{body}");
        assert_eq!(server.requests().len(), 1);
    }
}

#[tokio::test]
async fn a_created_but_failed_message_is_a_failure() {
    let server = TwilioServer::start(vec![Answer::Http(
        201,
        "",
        r#"{"sid": "SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "status": "failed", "error_code": 30007, "error_message": null}"#.into(),
    )])
    .await;
    let error = carrier(&server.url).send(&sms()).await.unwrap_err();
    assert_eq!(error.kind, CarrierErrorKind::Permanent);
    assert_eq!(error.code.as_deref(), Some("30007"));
}

#[test]
fn the_token_never_shows_in_debug() {
    let carrier = carrier("http://127.0.0.1:9");
    let debug = format!("{carrier:?}");
    assert!(!debug.contains(TOKEN), "{debug}");
    let carrier = TwilioCarrier::builder(
        ACCOUNT,
        Credentials::api_key("SK0123456789abcdef0123456789abcdef", "key-secret"),
    )
    .build()
    .unwrap();
    assert!(!format!("{carrier:?}").contains("key-secret"));
}

#[test]
fn bad_configuration_is_refused() {
    let build = |sid: &str, base: &str| {
        TwilioCarrier::builder(sid, Credentials::auth_token(TOKEN))
            .base_url(base)
            .build()
    };
    assert!(matches!(
        build("AC123/../../evil", "https://api.twilio.com"),
        Err(Error::Invalid {
            field: "Account SID",
            ..
        })
    ));
    assert!(matches!(
        build(ACCOUNT, "http://api.twilio.com"),
        Err(Error::Invalid {
            field: "base URL",
            ..
        })
    ));
    assert!(build(ACCOUNT, "https://api.twilio.com/").is_ok());
}

// ----- through the inbox -----

async fn inbox_with_customer(server_url: &str) -> (Inbox, Shop, sms_inbox::Customer) {
    let inbox = Inbox::new(Arc::new(MemoryStore::new()), Arc::new(carrier(server_url)));
    let shop = Shop::new("Acme Socks", vec![number(SHOP)], chrono_tz::UTC);
    inbox.put_shop(&shop).await.unwrap();
    let customer = inbox
        .add_customer(shop.id, number(CUSTOMER), None)
        .await
        .unwrap();
    (inbox, shop, customer)
}

#[tokio::test]
async fn through_the_inbox_21610_unsubscribes_the_customer() {
    let server = TwilioServer::start(vec![twilio_error(
        400,
        21610,
        "Attempt to send to unsubscribed recipient",
    )])
    .await;
    let (inbox, shop, customer) = inbox_with_customer(&server.url).await;
    let error = inbox
        .reply(shop.id, customer.id, "Still there?")
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Carrier { .. }), "{error:?}");
    let customer = inbox.store().customer(shop.id, customer.id).await.unwrap();
    assert!(!customer.is_subscribed());
    // Nothing more goes out: the next reply is refused before reaching Twilio.
    assert!(matches!(
        inbox.reply(shop.id, customer.id, "Hello?").await,
        Err(Error::Unsubscribed { .. })
    ));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn through_the_inbox_a_500_leaves_the_message_interrupted() {
    let server = TwilioServer::start(vec![twilio_error(500, 20500, "Internal Server Error")]).await;
    let (inbox, shop, customer) = inbox_with_customer(&server.url).await;
    let error = inbox
        .reply(shop.id, customer.id, "Your order shipped")
        .await
        .unwrap_err();
    let Error::Carrier {
        message: Some(id), ..
    } = error
    else {
        panic!("{error:?}");
    };
    let message = inbox.store().message(shop.id, id).await.unwrap();
    assert_eq!(message.status, MessageStatus::Interrupted);
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn through_the_inbox_a_send_records_the_message_sid() {
    let server = TwilioServer::start(vec![created("SMcccccccccccccccccccccccccccccccc")]).await;
    let (inbox, shop, customer) = inbox_with_customer(&server.url).await;
    let message = inbox.reply(shop.id, customer.id, "Thanks!").await.unwrap();
    assert_eq!(message.status, MessageStatus::Sent);
    assert_eq!(
        message.carrier_id.as_deref(),
        Some("SMcccccccccccccccccccccccccccccccc")
    );
}
