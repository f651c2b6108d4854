//! # sms-inbox
//!
//! The SMS conversation between an online shop and its shoppers, with consent done
//! right. One inbox per shop, one thread per customer with an unread count, the
//! customer's orders beside it, automated and manual texts, and opt-outs honoured at
//! once: a shopper who says stop, in any words, is unsubscribed in the same step that
//! records their text, their planned texts are cancelled, and nothing more can be sent
//! to them (US TCPA, FCC 24-18: consent may be revoked "by any reasonable means").
//!
//! The host supplies a [`Store`] (database) and a [`Carrier`] (SMS provider) and calls
//! [`Inbox`].
//!
//! ## Quick start
//!
//! ```
//! use std::sync::Arc;
//! use sms_inbox::{InboundSms, Inbox, MemoryStore, PhoneNumber, Shop, SimulatedCarrier};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let carrier = Arc::new(SimulatedCarrier::new());
//! let inbox = Inbox::new(Arc::new(MemoryStore::new()), carrier.clone());
//!
//! let shop_number = PhoneNumber::parse("(415) 555-0100", "US")?;
//! let shop = Shop::new("Acme Socks", vec![shop_number.clone()], chrono_tz::America::New_York);
//! inbox.put_shop(&shop).await?;
//!
//! // A shopper texts the shop.
//! let shopper = PhoneNumber::parse("(415) 555-2671", "US")?;
//! let got = inbox.receive(InboundSms::new(shopper.clone(), shop_number.clone(), "do you ship to Canada?")).await?;
//! assert_eq!(inbox.unread_total(shop.id).await?, 1);
//!
//! // The merchant answers.
//! inbox.reply(shop.id, got.customer.id, "We do! 🇨🇦").await?;
//!
//! // The shopper opts out: unsubscribed at once, one confirmation, no more texts.
//! let got = inbox.receive(InboundSms::new(shopper, shop_number, "STOP")).await?;
//! assert!(!got.customer.is_subscribed());
//! assert!(inbox.reply(shop.id, got.customer.id, "Wait!").await.is_err());
//! assert_eq!(carrier.sent().len(), 2); // the answer and the confirmation
//! # Ok::<(), sms_inbox::Error>(())
//! # }).unwrap();
//! ```
//!
//! ## Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | — | always | [`Inbox`], [`MemoryStore`], [`SimulatedCarrier`], the classifier, segment counting |
//! | `sqlite` | yes | `SqliteStore`: the embedded store, a file or memory |
//! | `postgres` | no | `PostgresStore`, for many app servers on one database |
//! | `twilio` | no | `carrier::twilio`: REST sending, webhook parsing, signature checks |
//! | `conformance` | no | `conformance`: the suite every store passes, for your own `Store` (not semver-stable) |
//!
//! ## Design
//!
//! Domain types and pure logic ([`phone`], [`segments`], [`optout`], [`model`]) sit at the
//! bottom; the [`Store`] and [`Carrier`] ports above them; [`Inbox`] on top. Stores keep
//! the invariants that must be atomic (the consent gate, total opt-out, idempotent
//! inbound, monotone status, exact unread counts); `Inbox` makes the policy choices.

#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations, unreachable_pub)]
#![deny(rustdoc::broken_intra_doc_links)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod automation;
pub mod carrier;
pub mod clock;
#[cfg(feature = "conformance")]
#[cfg_attr(docsrs, doc(cfg(feature = "conformance")))]
pub mod conformance;
pub mod dispatch;
pub mod error;
pub mod inbox;
mod ledger;
pub mod model;
pub mod optout;
pub mod phone;
pub mod policy;
pub mod segments;
pub mod storage;

pub use automation::{AutomationSettings, CartReminder, Template};
pub use carrier::{Carrier, OutboundSms, SendReceipt, SimulatedCarrier};
pub use clock::{Clock, ManualClock, SystemClock};
pub use dispatch::{DispatchReport, DispatchSettings, OrderRecorded};
pub use error::{CarrierError, CarrierErrorKind, Error, Result};
pub use inbox::{AutoReplies, InboundSms, Inbox, InboxBuilder, Received, StatusReport};
pub use model::{
    AutomationKind, ConsentChange, ConsentEvent, ConsentEventId, ConsentSource, Customer,
    CustomerId, Direction, Evidence, Failure, Message, MessageId, MessageStatus, Order, OrderId,
    OrderStatus, Origin, Shop, ShopId, Subscription, SystemReply, Thread, ThreadCursor,
    ThreadFilter, ThreadPage, ThreadQuery, ThreadSummary,
};
pub use optout::{Classification, Intent, InvalidRule, OptOutClassifier, OptOutClassifierBuilder};
pub use phone::PhoneNumber;
pub use policy::SendPolicy;
pub use segments::{Encoding, SegmentInfo};
#[cfg(feature = "postgres")]
pub use storage::PostgresStore;
#[cfg(feature = "sqlite")]
pub use storage::SqliteStore;
pub use storage::{MemoryStore, Store};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
