//! `TwilioCarrier`: sending through Twilio's Messages REST API.

use std::time::{Duration, Instant};

use async_trait::async_trait;
use reqwest::header::RETRY_AFTER;
use secrecy::{ExposeSecret, SecretString};

use super::codes::{self, RECIPIENT_OPTED_OUT};
use super::retry::RetryPolicy;
use crate::carrier::{Carrier, OutboundSms, SendReceipt};
use crate::error::{CarrierError, CarrierErrorKind, Error, Result};
use crate::model::MessageStatus;
use crate::phone::PhoneNumber;

/// Twilio's API host.
pub const DEFAULT_BASE_URL: &str = "https://api.twilio.com";

const USER_AGENT: &str = concat!("sms-inbox/", env!("CARGO_PKG_VERSION"));
const MAX_REASON_CHARS: usize = 300;

/// How the carrier proves who it is to Twilio (HTTP Basic auth).
///
/// `Debug` never shows the token or secret.
#[derive(Debug, Clone)]
pub enum Credentials {
    /// The account's auth token; the user name is the Account SID.
    AuthToken(SecretString),
    /// An API key (`SK…`) and its secret; preferred, since a key can be revoked alone.
    ApiKey {
        /// The key's SID, `SK…`.
        sid: String,
        /// The key's secret.
        secret: SecretString,
    },
}

impl Credentials {
    /// The account's auth token.
    pub fn auth_token(token: impl Into<String>) -> Self {
        Self::AuthToken(SecretString::from(token.into()))
    }

    /// An API key SID and its secret.
    pub fn api_key(sid: impl Into<String>, secret: impl Into<String>) -> Self {
        Self::ApiKey {
            sid: sid.into(),
            secret: SecretString::from(secret.into()),
        }
    }
}

/// Who Twilio sends from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Sender {
    /// The shop's number in [`OutboundSms::from`] (`From`).
    ShopNumber,
    /// A Messaging Service (`MessagingServiceSid`), which picks the number.
    MessagingService(String),
}

/// Sends texts through Twilio's Messages API
/// (`POST /2010-04-01/Accounts/{AccountSid}/Messages.json`).
///
/// Build it with [`TwilioCarrier::builder`]. Each send is one form POST with `To`,
/// `From` (or `MessagingServiceSid`), `Body` and, when set, `StatusCallback`. A 2xx
/// answer with a Message SID is a [`SendReceipt`] in status [`MessageStatus::Sent`]
/// (Twilio has accepted the text; its `queued` or `accepted` is an earlier step the
/// inbox has already passed). Failures are sorted as the [module docs](super) explain,
/// and only the ones that are safe to repeat are retried, within the [`RetryPolicy`].
///
/// `Debug` shows neither the auth token nor the API secret.
///
/// ```
/// use sms_inbox::carrier::twilio::{Credentials, TwilioCarrier};
///
/// let carrier = TwilioCarrier::builder(
///     "AC0123456789abcdef0123456789abcdef",
///     Credentials::auth_token("your-auth-token"),
/// )
/// .status_callback("https://inbox.example.com/twilio/status")
/// .build()?;
/// assert!(!format!("{carrier:?}").contains("your-auth-token"));
/// # Ok::<(), sms_inbox::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct TwilioCarrier {
    client: reqwest::Client,
    messages_url: String,
    account_sid: String,
    credentials: Credentials,
    sender: Sender,
    status_callback: Option<String>,
    retry: RetryPolicy,
    timeout: Duration,
}

/// Builds a [`TwilioCarrier`].
#[derive(Debug, Clone)]
pub struct TwilioCarrierBuilder {
    account_sid: String,
    credentials: Credentials,
    sender: Sender,
    status_callback: Option<String>,
    base_url: String,
    retry: RetryPolicy,
    timeout: Duration,
    connect_timeout: Duration,
    client: Option<reqwest::Client>,
}

impl TwilioCarrier {
    /// Starts building a carrier for the account `account_sid` (`AC…`).
    pub fn builder(
        account_sid: impl Into<String>,
        credentials: Credentials,
    ) -> TwilioCarrierBuilder {
        TwilioCarrierBuilder {
            account_sid: account_sid.into(),
            credentials,
            sender: Sender::ShopNumber,
            status_callback: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            retry: RetryPolicy::default(),
            timeout: Duration::from_secs(15),
            connect_timeout: Duration::from_secs(5),
            client: None,
        }
    }

    /// The Account SID it sends for.
    pub fn account_sid(&self) -> &str {
        &self.account_sid
    }
}

impl TwilioCarrierBuilder {
    /// Sends through a Messaging Service (`MG…`) instead of from the shop's number;
    /// needed for Advanced Opt-Out, which reports `OptOutType` on inbound texts.
    pub fn messaging_service_sid(mut self, sid: impl Into<String>) -> Self {
        self.sender = Sender::MessagingService(sid.into());
        self
    }

    /// The URL Twilio posts delivery status callbacks to.
    pub fn status_callback(mut self, url: impl Into<String>) -> Self {
        self.status_callback = Some(url.into());
        self
    }

    /// The API's base URL, [`DEFAULT_BASE_URL`] unless changed. Plain `http` is only
    /// accepted for a loopback host (a test server), so credentials never cross a
    /// network unencrypted.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// How sends that are safe to repeat are retried.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The longest one attempt may take, from connecting to the end of the answer
    /// (15 s by default). An attempt that times out after connecting has an unknown
    /// outcome and is not retried.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The longest connecting may take (5 s by default). Nothing has been sent when it
    /// runs out, so the send is retried. Ignored with [`Self::http_client`], whose
    /// own setting applies.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Uses the host's own HTTP client (shared connection pool, proxy settings). Give
    /// it a connect timeout and no redirects: the API never redirects.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.client = Some(client);
        self
    }

    /// The carrier. Fails with [`Error::Invalid`] for an Account SID, API key SID or
    /// Messaging Service SID that is not a Twilio SID, a base URL that is not https (or
    /// http on a loopback host), or when the HTTP client cannot be set up.
    pub fn build(self) -> Result<TwilioCarrier> {
        check_sid("Account SID", &self.account_sid, "AC")?;
        if let Credentials::ApiKey { sid, .. } = &self.credentials {
            check_sid("API key SID", sid, "SK")?;
        }
        if let Sender::MessagingService(sid) = &self.sender {
            check_sid("Messaging Service SID", sid, "MG")?;
        }
        let base = self.base_url.trim_end_matches('/');
        check_base_url(base)?;
        let client = match self.client {
            Some(client) => client,
            None => reqwest::Client::builder()
                .user_agent(USER_AGENT)
                .connect_timeout(self.connect_timeout)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(|e| Error::Invalid {
                    field: "HTTP client",
                    reason: e.to_string(),
                })?,
        };
        Ok(TwilioCarrier {
            client,
            messages_url: format!(
                "{base}/2010-04-01/Accounts/{}/Messages.json",
                self.account_sid
            ),
            account_sid: self.account_sid,
            credentials: self.credentials,
            sender: self.sender,
            status_callback: self.status_callback,
            retry: self.retry,
            timeout: self.timeout,
        })
    }
}

fn check_sid(field: &'static str, sid: &str, prefix: &str) -> Result<()> {
    let ok = sid.len() == 34
        && sid.starts_with(prefix)
        && sid.bytes().all(|b| b.is_ascii_alphanumeric());
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid {
            field,
            reason: format!("a Twilio {field} is {prefix} followed by 32 letters and digits"),
        })
    }
}

fn check_base_url(base: &str) -> Result<()> {
    let lower = base.to_ascii_lowercase();
    let ok = if let Some(rest) = lower.strip_prefix("https://") {
        !rest.is_empty()
    } else if let Some(rest) = lower.strip_prefix("http://") {
        ["127.0.0.1", "localhost", "[::1]"]
            .iter()
            .any(|host| rest == *host || rest.starts_with(&format!("{host}:")))
    } else {
        false
    };
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid {
            field: "base URL",
            reason: "use https (plain http only for a test server on 127.0.0.1 or localhost)"
                .into(),
        })
    }
}

/// One failed attempt: the error, and how long the server asked us to wait.
struct Attempt {
    error: CarrierError,
    retry_after: Option<Duration>,
}

impl From<CarrierError> for Attempt {
    fn from(error: CarrierError) -> Self {
        Self {
            error,
            retry_after: None,
        }
    }
}

#[async_trait]
impl Carrier for TwilioCarrier {
    async fn send(&self, sms: &OutboundSms) -> Result<SendReceipt, CarrierError> {
        let started = Instant::now();
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let failed = match self.attempt(sms).await {
                Ok(receipt) => return Ok(receipt),
                Err(failed) => failed,
            };
            if !failed.error.is_retryable() {
                return Err(failed.error);
            }
            let Some(delay) = self
                .retry
                .next_delay(attempt, started.elapsed(), failed.retry_after)
            else {
                return Err(failed.error);
            };
            tracing::debug!(
                message = %sms.message_id,
                attempt,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                error = %failed.error,
                "Twilio send failed before anything was sent; retrying"
            );
            tokio::time::sleep(delay).await;
        }
    }
}

impl TwilioCarrier {
    async fn attempt(&self, sms: &OutboundSms) -> Result<SendReceipt, Attempt> {
        let mut form = vec![("To", sms.to.e164()), ("Body", sms.body.as_str())];
        match &self.sender {
            Sender::ShopNumber => form.push(("From", sms.from.e164())),
            Sender::MessagingService(sid) => form.push(("MessagingServiceSid", sid)),
        }
        if let Some(url) = &self.status_callback {
            form.push(("StatusCallback", url));
        }
        let (user, secret) = match &self.credentials {
            Credentials::AuthToken(token) => (self.account_sid.as_str(), token),
            Credentials::ApiKey { sid, secret } => (sid.as_str(), secret),
        };
        let response = self
            .client
            .post(&self.messages_url)
            .basic_auth(user, Some(secret.expose_secret()))
            .timeout(self.timeout)
            .form(&form)
            .send()
            .await
            .map_err(transport_error)?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let body = response.bytes().await;
        let redact = |text: &str| redact_numbers(text, &[&sms.to, &sms.from]);
        if (200..300).contains(&status) {
            let body = body.map_err(|_| {
                CarrierError::new(
                    CarrierErrorKind::Unknown,
                    None,
                    "Twilio accepted the request but its answer was cut off; \
                     the text may have been sent",
                )
            })?;
            return accepted(&body, redact).map_err(Attempt::from);
        }
        let body = body.unwrap_or_default();
        let (code, message) = error_body(&body);
        let kind = codes::classify(status, code);
        let message = message
            .map(|m| redact(&m))
            .or_else(|| code.and_then(codes::error_title).map(str::to_owned))
            .unwrap_or_else(|| format!("Twilio answered HTTP {status}"));
        let code = code.map(|c| c.to_string());
        Err(Attempt {
            error: CarrierError::new(kind, code.as_deref(), message),
            retry_after,
        })
    }
}

/// The receipt for a 2xx answer; an answer without a Message SID is an unknown outcome.
fn accepted(body: &[u8], redact: impl Fn(&str) -> String) -> Result<SendReceipt, CarrierError> {
    let unknown = |what: &str| {
        CarrierError::new(
            CarrierErrorKind::Unknown,
            None,
            format!("Twilio accepted the request but {what}; the text may have been sent"),
        )
    };
    let json: serde_json::Value =
        serde_json::from_slice(body).map_err(|_| unknown("its answer is not JSON"))?;
    let sid = json
        .get("sid")
        .and_then(|v| v.as_str())
        .filter(|sid| {
            !sid.is_empty() && sid.len() <= 64 && sid.bytes().all(|b| b.is_ascii_alphanumeric())
        })
        .ok_or_else(|| unknown("its answer has no Message SID"))?;
    let status = json.get("status").and_then(|v| v.as_str()).unwrap_or("");
    if matches!(status, "failed" | "undelivered" | "canceled") {
        let code = json.get("error_code").and_then(json_code);
        let message = json
            .get("error_message")
            .and_then(|v| v.as_str())
            .map(&redact)
            .or_else(|| code.and_then(codes::error_title).map(str::to_owned))
            .unwrap_or_else(|| format!("Twilio created the message as {status}"));
        let kind = if code == Some(RECIPIENT_OPTED_OUT) {
            CarrierErrorKind::RecipientOptedOut
        } else {
            CarrierErrorKind::Permanent
        };
        return Err(CarrierError::new(
            kind,
            code.map(|c| c.to_string()).as_deref(),
            message,
        ));
    }
    Ok(SendReceipt {
        carrier_id: sid.to_owned(),
        status: MessageStatus::Sent,
    })
}

/// Twilio's error code and message from an error answer
/// (`{"code": 21211, "message": "...", "more_info": "...", "status": 400}`).
fn error_body(body: &[u8]) -> (Option<u32>, Option<String>) {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(body) else {
        return (None, None);
    };
    let code = json.get("code").and_then(json_code);
    let message = json
        .get("message")
        .and_then(|v| v.as_str())
        .filter(|m| !m.trim().is_empty())
        .map(str::to_owned);
    (code, message)
}

fn json_code(value: &serde_json::Value) -> Option<u32> {
    match value {
        serde_json::Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Sorts an error from the HTTP client by whether the request could have reached Twilio.
fn transport_error(error: reqwest::Error) -> Attempt {
    let error = error.without_url();
    let carrier_error = if error.is_connect() {
        CarrierError::new(
            CarrierErrorKind::Transient,
            None,
            format!("could not connect to Twilio, so nothing was sent: {error}"),
        )
    } else if error.is_builder() {
        CarrierError::permanent(None, format!("the request could not be built: {error}"))
    } else if error.is_timeout() {
        CarrierError::new(
            CarrierErrorKind::Unknown,
            None,
            "Twilio did not answer in time; the text may or may not have been sent",
        )
    } else {
        CarrierError::new(
            CarrierErrorKind::Unknown,
            None,
            format!(
                "the connection to Twilio failed after the request was sent; \
                 the text may or may not have been sent: {error}"
            ),
        )
    };
    Attempt::from(carrier_error)
}

/// Masks phone numbers in a text from Twilio ("The 'To' number +1… is not valid"), which
/// ends up in logs and in the message's failure reason, and cuts it short.
fn redact_numbers(text: &str, known: &[&PhoneNumber]) -> String {
    let mut text = text.to_owned();
    for number in known {
        text = text.replace(number.e164(), &number.masked());
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let plus = chars[i] == '+';
        let mut j = if plus { i + 1 } else { i };
        while j < chars.len() && chars[j].is_ascii_digit() {
            j += 1;
        }
        let digits = j - if plus { i + 1 } else { i };
        let before_ok = start == 0 || !chars[start - 1].is_alphanumeric();
        let after_ok = j == chars.len() || !chars[j].is_alphanumeric();
        if digits >= 7 && before_ok && after_ok {
            if plus {
                out.push('+');
            }
            let first = if plus { i + 1 } else { i };
            out.extend(&chars[first..first + 2]);
            out.extend(std::iter::repeat_n('•', digits - 4));
            out.extend(&chars[j - 2..j]);
            i = j;
        } else if digits > 0 {
            out.extend(&chars[start..j]);
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    if out.chars().count() > MAX_REASON_CHARS {
        out = out.chars().take(MAX_REASON_CHARS).collect::<String>() + "…";
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_masked_in_twilio_messages() {
        let to = PhoneNumber::parse_international("+14155552671").unwrap();
        let text = "The 'To' number +14155552671 is not a valid phone number.";
        assert_eq!(
            redact_numbers(text, &[&to]),
            "The 'To' number +1415•••2671 is not a valid phone number."
        );
        assert_eq!(
            redact_numbers("number 5005550001 and +447911123456 here", &[]),
            "number 50••••••01 and +44••••••••56 here"
        );
        let sid = "Account AC0123456789abcdef0123456789abcdef, code 21211";
        assert_eq!(redact_numbers(sid, &[]), sid);
        assert_eq!(redact_numbers("+", &[]), "+");
        assert!(redact_numbers(&"x".repeat(1000), &[]).chars().count() <= MAX_REASON_CHARS + 1);
    }

    #[test]
    fn sids_and_base_urls_are_checked() {
        assert!(check_sid("Account SID", "AC0123456789abcdef0123456789abcdef", "AC").is_ok());
        assert!(check_sid("Account SID", "AC01/../x", "AC").is_err());
        assert!(check_sid("Account SID", "SK0123456789abcdef0123456789abcdef", "AC").is_err());
        assert!(check_base_url("https://api.twilio.com").is_ok());
        assert!(check_base_url("http://127.0.0.1:8080").is_ok());
        assert!(check_base_url("http://localhost").is_ok());
        assert!(check_base_url("http://api.twilio.com").is_err());
        assert!(check_base_url("http://127.0.0.1.evil.test").is_err());
        assert!(check_base_url("ftp://x").is_err());
    }

    #[test]
    fn error_bodies_give_code_and_message() {
        let (code, message) =
            error_body(br#"{"code": 21610, "message": "Attempt to send to unsubscribed recipient", "status": 400}"#);
        assert_eq!(code, Some(21610));
        assert_eq!(
            message.as_deref(),
            Some("Attempt to send to unsubscribed recipient")
        );
        assert_eq!(error_body(b"<html>oops</html>"), (None, None));
        assert_eq!(error_body(br#"{"code": "21211"}"#).0, Some(21211));
    }
}
