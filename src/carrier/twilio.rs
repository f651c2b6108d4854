//! The Twilio adapter (feature `twilio`): sending through the Messages REST API, reading
//! inbound-message webhooks and status callbacks, and checking `X-Twilio-Signature`.
//!
//! No web framework is involved: the host's HTTP handler hands over the request URL,
//! the `X-Twilio-Signature` header and the raw body, and answers Twilio itself.
//!
//! # Receiving a text
//!
//! ```
//! use std::sync::Arc;
//! use sms_inbox::carrier::twilio::{FormParams, InboundWebhook, compute_signature};
//! use sms_inbox::{Inbox, MemoryStore, PhoneNumber, Shop, SimulatedCarrier};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let inbox = Inbox::new(Arc::new(MemoryStore::new()), Arc::new(SimulatedCarrier::new()));
//! let shop_number = PhoneNumber::parse_international("+14155238886")?;
//! inbox.put_shop(&Shop::new("Acme", vec![shop_number], chrono_tz::UTC)).await?;
//!
//! // What the host's handler received (here signed by hand, as Twilio would).
//! let auth_token = "12345";
//! let url = "https://inbox.example.com/twilio/inbound";
//! let body = b"MessageSid=SM0123456789abcdef0123456789abcdef\
//!     &AccountSid=AC0123456789abcdef0123456789abcdef\
//!     &From=%2B14155552671&To=%2B14155238886&Body=Where+is+my+order%3F&NumMedia=0";
//! # let form = FormParams::parse(body)?;
//! # let header = compute_signature(auth_token, url, &form.pairs());
//!
//! let form = FormParams::parse(body)?; // 400 Bad Request on error
//! if !form.verify_signature(auth_token, url, &header) {
//!     panic!("answer 403 Forbidden and store nothing");
//! }
//! let sms = InboundWebhook::from_params(&form)?.into_inbound_sms();
//! let received = inbox.receive(sms).await?; // Error::UnknownNumber: no shop owns `To`
//! assert_eq!(received.message.body, "Where is my order?");
//! # Ok::<(), sms_inbox::Error>(())
//! # }).unwrap();
//! ```
//!
//! Status callbacks go the same way: [`StatusCallback::from_params`], then
//! [`Inbox::apply_status`](crate::Inbox::apply_status) with
//! [`StatusCallback::to_status_report`]. Status only moves forward, a status with no
//! equivalent (see [`message_status`]) is kept in Twilio's words, and an `ErrorCode` is
//! kept as the message's [`Failure`](crate::Failure).
//!
//! # Sending, and when a send is retried
//!
//! [`TwilioCarrier`] sorts every failure by one question: *could Twilio have created the
//! message?* Twilio's Messages API takes no idempotency key, so repeating a request whose
//! first copy was created texts the shopper twice. Hence:
//!
//! | what happened | kind | retried |
//! |---|---|---|
//! | could not connect (refused, DNS, TLS, connect timeout): nothing was sent | [`Transient`](crate::CarrierErrorKind::Transient) | yes |
//! | 429 Too Many Requests, 503 Service Unavailable, 408, code 21611 (queue full): turned away before any message was created | [`Transient`](crate::CarrierErrorKind::Transient) | yes |
//! | code 21610: the recipient replied STOP | [`RecipientOptedOut`](crate::CarrierErrorKind::RecipientOptedOut) | no; the inbox unsubscribes them |
//! | other 4xx (21211, 21614 and the other invalid-recipient codes, bad credentials), 3xx | [`Permanent`](crate::CarrierErrorKind::Permanent) | no |
//! | 500, 502, 504 and other 5xx | [`Unknown`](crate::CarrierErrorKind::Unknown) | no |
//! | timed out, or the connection dropped, after the request was written | [`Unknown`](crate::CarrierErrorKind::Unknown) | no |
//! | 2xx without a readable Message SID | [`Unknown`](crate::CarrierErrorKind::Unknown) | no |
//!
//! Twilio's documentation says 500 and 503 may be retried. We retry 503, which says the
//! service did not take the request, but not 500: an internal error can happen after the
//! message was written, and a duplicate text costs more (money, the shopper's patience,
//! an opt-out) than a text the merchant resends by hand. [`Inbox`](crate::Inbox) marks a
//! message whose send ended [`Unknown`](crate::CarrierErrorKind::Unknown) as
//! [`Interrupted`](crate::MessageStatus::Interrupted) and never re-sends it on its own;
//! if Twilio did create it, its status callbacks still name the Message SID.
//!
//! Retries are bounded by [`RetryPolicy`]: three attempts and ten seconds by default,
//! exponential backoff with jitter, and `Retry-After` honoured within that budget.
//!
//! # Signatures
//!
//! [`verify_signature`] and [`verify_signature_json`] follow Twilio's helper libraries
//! (the URL with and without its default port, repeated parameters sorted by value as
//! the Python library does) with two deliberate differences: a non-default port is never
//! stripped (the Python, Java and Go libraries also accept `https://host:1234/…` signed
//! as `https://host/…`), and an empty auth token never verifies. The comparison is
//! constant-time (`Mac::verify_slice`).

mod codes;
mod form;
mod rest;
mod retry;
mod signature;
mod webhook;

pub use codes::{RECIPIENT_OPTED_OUT, error_title};
pub use form::{FormParams, MAX_FORM_BYTES};
pub use rest::{Credentials, DEFAULT_BASE_URL, TwilioCarrier, TwilioCarrierBuilder};
pub use retry::RetryPolicy;
pub use signature::{compute_signature, verify_signature, verify_signature_json};
pub use webhook::{InboundWebhook, Media, OptOutType, StatusCallback, message_status};
