//! Inbound-message webhooks and status callbacks, read from their form bodies.

use std::fmt;

use chrono::{DateTime, Utc};

use super::codes;
use super::form::{FormParams, quoted_name};
use crate::error::{Error, Result};
use crate::inbox::{InboundSms, StatusReport};
use crate::model::{Failure, MessageStatus};
use crate::optout::Intent;
use crate::phone::PhoneNumber;

/// More media than Twilio ever sends (it allows ten); bounds the work on a forged body.
const MAX_MEDIA: u32 = 100;

/// What Twilio's Advanced Opt-Out decided about an inbound text (`OptOutType`). Twilio
/// sends it only when the whole text is one of the Messaging Service's keywords.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum OptOutType {
    /// An opt-out keyword (STOP, UNSUBSCRIBE, …): Twilio has blocked further texts.
    Stop,
    /// An opt-in keyword (START, UNSTOP, …): Twilio allows texts again.
    Start,
    /// A help keyword (HELP, INFO).
    Help,
    /// A value this crate does not know, kept as sent; the classifier reads the text.
    Other(String),
}

impl OptOutType {
    fn parse(value: &str) -> Self {
        match value.trim().to_ascii_uppercase().as_str() {
            "STOP" => Self::Stop,
            "START" => Self::Start,
            "HELP" => Self::Help,
            _ => Self::Other(value.chars().take(32).collect()),
        }
    }

    /// The inbox's reading of it: STOP is an opt-out, START an opt-in, HELP a help
    /// request; an unknown value is `None`.
    pub fn intent(&self) -> Option<Intent> {
        match self {
            Self::Stop => Some(Intent::OptOut),
            Self::Start => Some(Intent::OptIn),
            Self::Help => Some(Intent::Help),
            Self::Other(_) => None,
        }
    }
}

/// One media item of an MMS (`MediaUrl{N}`, `MediaContentType{N}`).
#[derive(Clone, PartialEq, Eq)]
pub struct Media {
    /// Where Twilio serves it.
    pub url: String,
    /// Its MIME type, e.g. `image/jpeg`.
    pub content_type: String,
}

impl fmt::Debug for Media {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The URL leads to the customer's picture; keep it out of logs.
        f.debug_struct("Media")
            .field("content_type", &self.content_type)
            .finish_non_exhaustive()
    }
}

/// A text a customer sent to one of the shop's Twilio numbers: the webhook Twilio posts
/// to the number's "A message comes in" URL.
///
/// `Debug` masks the numbers and leaves out the text and the media URLs.
///
/// ```
/// use sms_inbox::Intent;
/// use sms_inbox::carrier::twilio::InboundWebhook;
///
/// let body = b"MessageSid=SM0123456789abcdef0123456789abcdef\
///     &AccountSid=AC0123456789abcdef0123456789abcdef\
///     &From=%2B14155552671&To=%2B14155238886&Body=sToP&NumMedia=0&OptOutType=STOP";
/// let inbound = InboundWebhook::parse(body)?;
/// let sms = inbound.into_inbound_sms();
/// assert_eq!(sms.body, "sToP");
/// assert_eq!(sms.carrier_intent, Some(Intent::OptOut));
///
/// let err = InboundWebhook::parse(b"Body=hi").unwrap_err();
/// assert_eq!(err.to_string(), "invalid MessageSid: it is missing from the webhook");
/// # Ok::<(), sms_inbox::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct InboundWebhook {
    /// Twilio's id for the text (`MessageSid`, `SM…` or `MM…`).
    pub message_sid: String,
    /// The Twilio account it arrived on (`AccountSid`).
    pub account_sid: String,
    /// The Messaging Service of the number, when it is in one.
    pub messaging_service_sid: Option<String>,
    /// The customer (`From`).
    pub from: PhoneNumber,
    /// The shop's number (`To`).
    pub to: PhoneNumber,
    /// The text (`Body`); empty for a picture without words.
    pub body: String,
    /// How many media items came with it (`NumMedia`).
    pub num_media: u32,
    /// The media items, in order.
    pub media: Vec<Media>,
    /// How many SMS segments it arrived in (`NumSegments`), when Twilio said.
    pub num_segments: Option<u32>,
    /// Advanced Opt-Out's reading of the text (`OptOutType`), when Twilio sent one.
    pub opt_out_type: Option<OptOutType>,
}

impl fmt::Debug for InboundWebhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InboundWebhook")
            .field("message_sid", &self.message_sid)
            .field("account_sid", &self.account_sid)
            .field("messaging_service_sid", &self.messaging_service_sid)
            .field("from", &self.from)
            .field("to", &self.to)
            .field("body_chars", &self.body.chars().count())
            .field("num_media", &self.num_media)
            .field("media", &self.media)
            .field("num_segments", &self.num_segments)
            .field("opt_out_type", &self.opt_out_type)
            .finish()
    }
}

impl InboundWebhook {
    /// Reads an inbound-message webhook from its form body.
    ///
    /// Fails with [`Error::Invalid`] naming the field when one is missing (`MessageSid`,
    /// `AccountSid`, `From`, `To`, `Body`, a `MediaUrl{N}` below `NumMedia`) or bad (a
    /// number that is not E.164, a count that is not a number, a body that is not UTF-8).
    /// Check the signature first, with [`FormParams::verify_signature`].
    pub fn parse(body: &[u8]) -> Result<Self> {
        Self::from_params(&FormParams::parse(body)?)
    }

    /// Reads an inbound-message webhook from parameters already decoded.
    pub fn from_params(form: &FormParams) -> Result<Self> {
        let message_sid = sid(form, "MessageSid")?;
        let account_sid = sid(form, "AccountSid")?;
        let messaging_service_sid = optional(form, "MessagingServiceSid")
            .map(|_| sid(form, "MessagingServiceSid"))
            .transpose()?;
        let from = phone(form, "From")?;
        let to = phone(form, "To")?;
        let body = required(form, "Body")?.to_owned();
        let num_media = count(form, "NumMedia")?.unwrap_or(0);
        if num_media > MAX_MEDIA {
            return Err(invalid(
                "NumMedia",
                format!("{num_media} is more media than a text can carry"),
            ));
        }
        let media = (0..num_media)
            .map(|n| media_item(form, n, num_media))
            .collect::<Result<Vec<_>>>()?;
        let num_segments = count(form, "NumSegments")?;
        let opt_out_type = optional(form, "OptOutType").map(OptOutType::parse);
        Ok(Self {
            message_sid,
            account_sid,
            messaging_service_sid,
            from,
            to,
            body,
            num_media,
            media,
            num_segments,
            opt_out_type,
        })
    }

    /// The text as [`Inbox::receive`](crate::Inbox::receive) takes it: the Message SID
    /// as carrier id (so a webhook Twilio sends twice is stored once) and `OptOutType`
    /// as the carrier's intent (STOP unsubscribes and START resubscribes whatever the
    /// classifier reads). Media are not carried over: the inbox stores text only.
    pub fn into_inbound_sms(self) -> InboundSms {
        let carrier_intent = self.opt_out_type.as_ref().and_then(OptOutType::intent);
        let mut sms =
            InboundSms::new(self.from, self.to, self.body).with_carrier_id(self.message_sid);
        sms.carrier_intent = carrier_intent;
        sms
    }
}

impl From<InboundWebhook> for InboundSms {
    fn from(webhook: InboundWebhook) -> Self {
        webhook.into_inbound_sms()
    }
}

/// A delivery status Twilio reports for a text the shop sent: the webhook posted to the
/// message's `StatusCallback` URL.
///
/// ```
/// use chrono::Utc;
/// use sms_inbox::MessageStatus;
/// use sms_inbox::carrier::twilio::StatusCallback;
///
/// let body = b"MessageSid=SMc9e1074f5b3f9fc8ea15d152add07294&MessageStatus=undelivered\
///     &ErrorCode=30003&AccountSid=AC0123456789abcdef0123456789abcdef";
/// let report = StatusCallback::parse(body)?.to_status_report(Utc::now());
/// assert_eq!(report.status, Some(MessageStatus::Undelivered));
/// assert_eq!(report.failure.unwrap().code.as_deref(), Some("30003"));
/// # Ok::<(), sms_inbox::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct StatusCallback {
    /// Twilio's id for the text (`MessageSid`), the [`SendReceipt::carrier_id`](crate::SendReceipt::carrier_id).
    pub message_sid: String,
    /// The Twilio account (`AccountSid`), when sent.
    pub account_sid: Option<String>,
    /// Twilio's status word (`MessageStatus`), e.g. `delivered`, as sent.
    pub message_status: String,
    /// Twilio's error code (`ErrorCode`), for failed and undelivered texts.
    pub error_code: Option<u32>,
    /// Twilio's explanation (`ErrorMessage`), when sent.
    pub error_message: Option<String>,
    /// The sending number (`From`), for routing to the shop with
    /// [`Inbox::shop_for_number`](crate::Inbox::shop_for_number); `None` when absent or not
    /// a phone number (an alphanumeric sender, a short code). A channel prefix such as
    /// `whatsapp:` is dropped.
    pub from: Option<PhoneNumber>,
    /// The carrier's delivery-receipt time (`RawDlrDoneDate`, `YYMMDDhhmm`, no time
    /// zone), as sent.
    pub raw_dlr_done_date: Option<String>,
}

impl fmt::Debug for StatusCallback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StatusCallback")
            .field("message_sid", &self.message_sid)
            .field("account_sid", &self.account_sid)
            .field("message_status", &self.message_status)
            .field("error_code", &self.error_code)
            .field("has_error_message", &self.error_message.is_some())
            .field("from", &self.from)
            .field("raw_dlr_done_date", &self.raw_dlr_done_date)
            .finish()
    }
}

impl StatusCallback {
    /// Reads a status callback from its form body. Fails with [`Error::Invalid`] naming
    /// the field when `MessageSid` or `MessageStatus` is missing or malformed, or
    /// `ErrorCode` is not a number. Check the signature first, with
    /// [`FormParams::verify_signature`].
    pub fn parse(body: &[u8]) -> Result<Self> {
        Self::from_params(&FormParams::parse(body)?)
    }

    /// Reads a status callback from parameters already decoded.
    pub fn from_params(form: &FormParams) -> Result<Self> {
        let message_sid = sid(form, "MessageSid")?;
        let account_sid = optional(form, "AccountSid")
            .map(|_| sid(form, "AccountSid"))
            .transpose()?;
        let message_status = required(form, "MessageStatus")?.trim().to_owned();
        let word_ok = !message_status.is_empty()
            && message_status.len() <= 40
            && message_status
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if !word_ok {
            return Err(invalid(
                "MessageStatus",
                "it is not a status word such as \"delivered\"".into(),
            ));
        }
        let error_code = match optional(form, "ErrorCode").map(str::trim) {
            None | Some("") => None,
            Some(code) => Some(
                code.parse::<u32>()
                    .map_err(|_| invalid("ErrorCode", "it is not a number such as 30003".into()))?,
            ),
        };
        let error_message = optional(form, "ErrorMessage")
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(|m| m.chars().take(300).collect());
        let from = optional(form, "From").and_then(|raw| {
            let number = raw.rsplit_once(':').map_or(raw, |(_, n)| n);
            PhoneNumber::parse_international(number).ok()
        });
        let raw_dlr_done_date = optional(form, "RawDlrDoneDate")
            .filter(|d| !d.is_empty())
            .map(|d| d.chars().take(20).collect());
        Ok(Self {
            message_sid,
            account_sid,
            message_status,
            error_code,
            error_message,
            from,
            raw_dlr_done_date,
        })
    }

    /// The inbox's status for Twilio's word; see [`message_status`].
    pub fn status(&self) -> Option<MessageStatus> {
        message_status(&self.message_status)
    }

    /// The failure an `ErrorCode` describes: the code, with `ErrorMessage`, or Twilio's
    /// title for the code, as the reason.
    pub fn failure(&self) -> Option<Failure> {
        let code = self.error_code?;
        let reason = self
            .error_message
            .clone()
            .or_else(|| codes::error_title(code).map(str::to_owned))
            .unwrap_or_else(|| format!("Twilio error {code}"));
        Some(Failure {
            code: Some(code.to_string()),
            reason,
        })
    }

    /// The report for [`Inbox::apply_status`](crate::Inbox::apply_status), stamped
    /// `at` (when the callback arrived). A status with no equivalent has `status: None`
    /// and keeps Twilio's word in `carrier_status`.
    pub fn to_status_report(&self, at: DateTime<Utc>) -> StatusReport {
        StatusReport {
            carrier_id: self.message_sid.clone(),
            status: self.status(),
            carrier_status: self.message_status.clone(),
            failure: self.failure(),
            at,
        }
    }
}

/// The inbox's status for a Twilio `MessageStatus` word (case-insensitive).
///
/// | Twilio | inbox | why |
/// |---|---|---|
/// | `accepted`, `scheduled`, `queued` | [`Queued`](MessageStatus::Queued) | waiting at Twilio to go out |
/// | `sending` | [`Sending`](MessageStatus::Sending) | |
/// | `sent` | [`Sent`](MessageStatus::Sent) | |
/// | `delivered` | [`Delivered`](MessageStatus::Delivered) | |
/// | `read` | [`Delivered`](MessageStatus::Delivered) | a read receipt proves delivery (WhatsApp, RCS); the word is kept |
/// | `undelivered` | [`Undelivered`](MessageStatus::Undelivered) | |
/// | `failed` | [`Failed`](MessageStatus::Failed) | |
/// | `canceled` | [`Cancelled`](MessageStatus::Cancelled) | |
/// | `partially_delivered` | `None` | Twilio does not say what it means for a text; not guessed |
/// | `receiving`, `received` | `None` | statuses of inbound texts, never of a text the shop sent |
/// | anything else | `None` | unknown; kept in Twilio's words |
///
/// Since status only moves forward, a `queued` or `sending` that arrives after the send
/// returned (the inbox records [`Sent`](MessageStatus::Sent) then) changes nothing.
pub fn message_status(word: &str) -> Option<MessageStatus> {
    Some(match word.trim().to_ascii_lowercase().as_str() {
        "accepted" | "scheduled" | "queued" => MessageStatus::Queued,
        "sending" => MessageStatus::Sending,
        "sent" => MessageStatus::Sent,
        "delivered" | "read" => MessageStatus::Delivered,
        "undelivered" => MessageStatus::Undelivered,
        "failed" => MessageStatus::Failed,
        "canceled" => MessageStatus::Cancelled,
        _ => return None,
    })
}

fn invalid(field: &'static str, reason: String) -> Error {
    Error::Invalid { field, reason }
}

fn optional<'a>(form: &'a FormParams, name: &str) -> Option<&'a str> {
    form.get(name)
}

fn required<'a>(form: &'a FormParams, name: &'static str) -> Result<&'a str> {
    form.get(name)
        .ok_or_else(|| invalid(name, "it is missing from the webhook".into()))
}

fn sid(form: &FormParams, name: &'static str) -> Result<String> {
    let value = required(form, name)?.trim();
    let ok = (2..=64).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_alphanumeric());
    if ok {
        Ok(value.to_owned())
    } else {
        Err(invalid(
            name,
            "it is not a Twilio SID (letters and digits)".into(),
        ))
    }
}

fn phone(form: &FormParams, name: &'static str) -> Result<PhoneNumber> {
    let raw = required(form, name)?.trim();
    if let Some((channel, _)) = raw.split_once(':') {
        let channel: String = channel.chars().take(16).collect();
        return Err(invalid(
            name,
            format!("it is a {channel:?} address; the inbox takes SMS and MMS only"),
        ));
    }
    // The parser's own error would repeat the number in full; say what is wrong only.
    PhoneNumber::parse_international(raw).map_err(|_| {
        invalid(
            name,
            "it is not a phone number in E.164 form (+, country code, number)".into(),
        )
    })
}

fn count(form: &FormParams, name: &'static str) -> Result<Option<u32>> {
    match optional(form, name).map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => value
            .parse::<u32>()
            .map(Some)
            .map_err(|_| invalid(name, "it is not a whole number".into())),
    }
}

fn media_item(form: &FormParams, n: u32, of: u32) -> Result<Media> {
    let url_name = format!("MediaUrl{n}");
    let type_name = format!("MediaContentType{n}");
    let missing = |name: &str| {
        invalid(
            "MediaUrlN/MediaContentTypeN",
            format!("{} is missing though NumMedia is {of}", quoted_name(name)),
        )
    };
    let url = form.get(&url_name).ok_or_else(|| missing(&url_name))?;
    let content_type = form.get(&type_name).ok_or_else(|| missing(&type_name))?;
    Ok(Media {
        url: url.to_owned(),
        content_type: content_type.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_twilio_status_has_a_decision() {
        let cases = [
            ("accepted", Some(MessageStatus::Queued)),
            ("scheduled", Some(MessageStatus::Queued)),
            ("queued", Some(MessageStatus::Queued)),
            ("sending", Some(MessageStatus::Sending)),
            ("sent", Some(MessageStatus::Sent)),
            ("delivered", Some(MessageStatus::Delivered)),
            ("read", Some(MessageStatus::Delivered)),
            ("undelivered", Some(MessageStatus::Undelivered)),
            ("failed", Some(MessageStatus::Failed)),
            ("canceled", Some(MessageStatus::Cancelled)),
            ("partially_delivered", None),
            ("receiving", None),
            ("received", None),
            ("Delivered", Some(MessageStatus::Delivered)),
            ("teleported", None),
        ];
        for (word, expected) in cases {
            assert_eq!(message_status(word), expected, "{word}");
        }
    }

    #[test]
    fn opt_out_types_read_as_intents() {
        assert_eq!(OptOutType::parse("STOP").intent(), Some(Intent::OptOut));
        assert_eq!(OptOutType::parse("start").intent(), Some(Intent::OptIn));
        assert_eq!(OptOutType::parse("HELP").intent(), Some(Intent::Help));
        assert_eq!(
            OptOutType::parse("PAUSE"),
            OptOutType::Other("PAUSE".into())
        );
        assert_eq!(OptOutType::parse("PAUSE").intent(), None);
    }
}
