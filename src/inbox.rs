//! `Inbox`: the one facade a host calls.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use chrono::{DateTime, Utc};

use crate::automation::AutomationSettings;
use crate::carrier::{Carrier, OutboundSms};
use crate::clock::{Clock, SystemClock};
use crate::dispatch::DispatchSettings;
use crate::error::{CarrierErrorKind, Error, Result};
use crate::model::{
    AutomationKind, ConsentChange, ConsentEvent, ConsentSource, Customer, CustomerId, Direction,
    Evidence, Failure, Message, MessageId, MessageStatus, OrderId, Origin, Shop, ShopId,
    Subscription, SystemReply, Thread, ThreadPage, ThreadQuery,
};
use crate::optout::{Classification, Intent, OptOutClassifier};
use crate::phone::PhoneNumber;
use crate::storage::{ChangesBuilder, InboundChanges, InboundText, StatusUpdate, Store};

/// The longest body accepted for sending, in characters (Twilio's limit).
pub const MAX_BODY_CHARS: usize = 1600;

/// Messages shown when a thread is opened; older ones are paged with
/// [`Inbox::older_messages`].
pub const THREAD_PAGE: usize = 50;

/// The carrier error code that means the recipient opted out at the carrier (Twilio's).
pub const CARRIER_OPT_OUT_CODE: &str = "21610";

/// A delivery status the carrier reported for a message it sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusReport {
    /// The carrier's id for the message.
    pub carrier_id: String,
    /// The status, or `None` when the carrier's status has no equivalent.
    pub status: Option<MessageStatus>,
    /// The carrier's own word for it, e.g. `"delivered"`.
    pub carrier_status: String,
    /// Why it failed, for failed and undelivered messages.
    pub failure: Option<Failure>,
    /// When it was reported.
    pub at: DateTime<Utc>,
}

/// How long after a failed automatic reply the dispatcher tries it again.
const REPLY_RETRY: chrono::Duration = chrono::Duration::seconds(30);

/// The texts of the automatic replies. `{shop_name}` and `{support}` are filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutoReplies {
    /// Sent once after an opt-out. It must not promote anything (47 CFR 64.1200(a)(12)).
    pub opt_out: String,
    /// Sent after the customer opts back in.
    pub opt_in: String,
    /// Sent in answer to HELP.
    pub help: String,
    /// A HELP within this long of the last answer gets no second answer.
    pub repeat_window: chrono::Duration,
}

impl Default for AutoReplies {
    fn default() -> Self {
        Self {
            opt_out: "{shop_name}: You are unsubscribed and will receive no more texts. \
                      Reply START to resubscribe."
                .into(),
            opt_in: "{shop_name}: You are subscribed again. Reply HELP for help, STOP to \
                     unsubscribe. Msg & data rates may apply."
                .into(),
            help: "{shop_name}: For help, contact {support}. Reply STOP to unsubscribe. \
                   Msg & data rates may apply."
                .into(),
            repeat_window: chrono::Duration::minutes(10),
        }
    }
}

impl AutoReplies {
    fn render(&self, kind: SystemReply, shop: &Shop) -> String {
        let template = match kind {
            SystemReply::OptOutConfirmation => &self.opt_out,
            SystemReply::OptInConfirmation => &self.opt_in,
            SystemReply::Help => &self.help,
        };
        let support = shop.support_contact.as_deref().unwrap_or("the shop");
        template
            .replace("{shop_name}", &shop.name)
            .replace("{support}", support)
    }
}

/// A text a customer sent, as the carrier delivered it. `Debug` shows the body by its
/// length only.
#[derive(Clone, PartialEq, Eq)]
pub struct InboundSms {
    /// The customer's number.
    pub from: PhoneNumber,
    /// The shop's number it was sent to; it decides the shop.
    pub to: PhoneNumber,
    /// The text.
    pub body: String,
    /// The carrier's id for it (Twilio's `MessageSid`). The same id twice is one message.
    pub carrier_id: Option<String>,
    /// What the carrier's own keyword handling decided (Twilio Advanced Opt-Out's
    /// `OptOutType`): an opt-out or opt-in here stands whatever the classifier reads.
    pub carrier_intent: Option<Intent>,
}

impl std::fmt::Debug for InboundSms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InboundSms")
            .field("from", &self.from)
            .field("to", &self.to)
            .field("body", &crate::model::Redacted(&self.body))
            .field("carrier_id", &self.carrier_id)
            .field("carrier_intent", &self.carrier_intent)
            .finish()
    }
}

impl InboundSms {
    /// A text with no carrier id or carrier decision.
    pub fn new(from: PhoneNumber, to: PhoneNumber, body: impl Into<String>) -> Self {
        Self {
            from,
            to,
            body: body.into(),
            carrier_id: None,
            carrier_intent: None,
        }
    }

    /// Sets the carrier's id for the text.
    pub fn with_carrier_id(mut self, id: impl Into<String>) -> Self {
        self.carrier_id = Some(id.into());
        self
    }
}

/// What [`Inbox::receive`] did with a text.
#[derive(Debug, Clone)]
pub struct Received {
    /// The stored message (the first copy, for a duplicate).
    pub message: Message,
    /// The customer, with their subscription after the text.
    pub customer: Customer,
    /// How the text was read.
    pub classification: Classification,
    /// The carrier had delivered this text before; nothing changed.
    pub duplicate: bool,
    /// The automatic reply, with the status its sending reached.
    pub reply: Option<Message>,
    /// Planned or queued messages an opt-out cancelled.
    pub cancelled: Vec<MessageId>,
}

/// Builds an [`Inbox`] with non-default parts.
#[derive(Debug)]
pub struct InboxBuilder {
    store: Arc<dyn Store>,
    carrier: Arc<dyn Carrier>,
    classifier: Arc<OptOutClassifier>,
    clock: Arc<dyn Clock>,
    replies: AutoReplies,
    automations: AutomationSettings,
    dispatch: DispatchSettings,
}

impl InboxBuilder {
    /// Uses this classifier (e.g. one with a shop's own keywords).
    pub fn classifier(mut self, classifier: Arc<OptOutClassifier>) -> Self {
        self.classifier = classifier;
        self
    }

    /// Uses this clock (e.g. a [`ManualClock`](crate::ManualClock) in tests).
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Uses these automatic reply texts.
    pub fn auto_replies(mut self, replies: AutoReplies) -> Self {
        self.replies = replies;
        self
    }

    /// Uses these automation settings for every shop without its own
    /// ([`Inbox::set_automations`]).
    pub fn automations(mut self, settings: AutomationSettings) -> Self {
        self.automations = settings;
        self
    }

    /// Uses these dispatcher settings.
    pub fn dispatch(mut self, settings: DispatchSettings) -> Self {
        self.dispatch = settings;
        self
    }

    /// The inbox.
    pub fn build(self) -> Inbox {
        Inbox {
            store: self.store,
            carrier: self.carrier,
            classifier: self.classifier,
            clock: self.clock,
            replies: self.replies,
            automations: Arc::new(Automations {
                default: self.automations,
                by_shop: RwLock::new(HashMap::new()),
            }),
            dispatch: self.dispatch,
        }
    }
}

/// The SMS inbox of every shop in one store: receive texts, reply, list and read threads.
///
/// Cheap to clone; clones share the store, carrier and classifier.
#[derive(Debug, Clone)]
pub struct Inbox {
    pub(crate) store: Arc<dyn Store>,
    carrier: Arc<dyn Carrier>,
    classifier: Arc<OptOutClassifier>,
    pub(crate) clock: Arc<dyn Clock>,
    replies: AutoReplies,
    pub(crate) automations: Arc<Automations>,
    pub(crate) dispatch: DispatchSettings,
}

/// Each shop's automation settings, and the default for the rest.
#[derive(Debug)]
pub(crate) struct Automations {
    default: AutomationSettings,
    by_shop: RwLock<HashMap<ShopId, AutomationSettings>>,
}

impl Automations {
    pub(crate) fn for_shop(&self, shop: ShopId) -> AutomationSettings {
        self.by_shop
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&shop)
            .unwrap_or(&self.default)
            .clone()
    }
}

impl Inbox {
    /// An inbox with the default classifier, system clock and reply texts.
    pub fn new(store: Arc<dyn Store>, carrier: Arc<dyn Carrier>) -> Self {
        Self::builder(store, carrier).build()
    }

    /// Starts building an inbox.
    pub fn builder(store: Arc<dyn Store>, carrier: Arc<dyn Carrier>) -> InboxBuilder {
        InboxBuilder {
            store,
            carrier,
            classifier: default_classifier(),
            clock: Arc::new(SystemClock),
            replies: AutoReplies::default(),
            automations: AutomationSettings::default(),
            dispatch: DispatchSettings::default(),
        }
    }

    /// Sets one shop's automation settings (templates, cart sequence, sending policy).
    pub fn set_automations(&self, shop: ShopId, settings: AutomationSettings) {
        self.automations
            .by_shop
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(shop, settings);
    }

    /// The store behind the inbox.
    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// Adds or updates a shop.
    pub async fn put_shop(&self, shop: &Shop) -> Result<()> {
        if shop.name.trim().is_empty() {
            return Err(Error::Invalid {
                field: "shop name",
                reason: "it is empty".into(),
            });
        }
        self.store.put_shop(shop).await
    }

    /// Adds a customer who opted in at checkout, or returns the existing one with this
    /// number unchanged (an opted-out customer stays opted out). A number that cannot
    /// receive texts (a landline, a premium-rate line) is refused with
    /// [`Error::InvalidPhone`].
    pub async fn add_customer(
        &self,
        shop: ShopId,
        phone: PhoneNumber,
        name: Option<String>,
    ) -> Result<Customer> {
        if !phone.can_receive_texts() {
            return Err(Error::InvalidPhone {
                input: phone.masked(),
                reason: "it is a landline or another line that cannot receive texts".into(),
            });
        }
        let now = self.clock.now();
        let new = Customer {
            id: CustomerId::new(),
            shop_id: shop,
            phone,
            name,
            time_zone: None,
            subscription: Subscription::Subscribed {
                since: now,
                source: ConsentSource::Checkout,
            },
            created_at: now,
        };
        self.store.customer_for_phone(shop, &new).await
    }

    /// Changes a customer's name and time zone. Quiet hours follow the customer's zone;
    /// without one, the shop's.
    pub async fn update_customer(
        &self,
        shop: ShopId,
        customer: CustomerId,
        name: Option<String>,
        time_zone: Option<chrono_tz::Tz>,
    ) -> Result<Customer> {
        self.store
            .update_customer(shop, customer, name, time_zone)
            .await
    }

    /// Records a text from a customer.
    ///
    /// The text is routed to the shop that owns the number it was sent to, stored once
    /// per carrier id, counted unread, and read by the classifier. An opt-out
    /// unsubscribes the customer and cancels their planned messages in the same store
    /// step, then one confirmation is sent; an opt-in by an unsubscribed customer
    /// resubscribes them; HELP gets the help text.
    pub async fn receive(&self, sms: InboundSms) -> Result<Received> {
        let body = strip_control_characters(&sms.body);
        let now = self.clock.now();
        let (classification, source) = match sms.carrier_intent {
            Some(intent @ (Intent::OptOut | Intent::OptIn)) => (
                Classification {
                    intent,
                    rule: "carrier-keyword".into(),
                },
                ConsentSource::CarrierKeyword,
            ),
            _ => {
                let c = self.classifier.classify(&body);
                let source = if c.is_exact_keyword() {
                    ConsentSource::Keyword
                } else {
                    ConsentSource::Classifier
                };
                (c, source)
            }
        };
        // The carrier answers its own keywords, so the inbox does not answer them again.
        let carrier_answers = source == ConsentSource::CarrierKeyword;
        let (change, reply_kind) = match classification.intent {
            Intent::OptOut => (
                Some(ConsentChange::Unsubscribed),
                Some(SystemReply::OptOutConfirmation).filter(|_| !carrier_answers),
            ),
            Intent::OptIn => (
                Some(ConsentChange::Subscribed),
                Some(SystemReply::OptInConfirmation).filter(|_| !carrier_answers),
            ),
            Intent::Help => (None, Some(SystemReply::Help)),
            Intent::None => (None, None),
        };
        let text = InboundText {
            to: sms.to,
            from: sms.from,
            first_seen: Subscription::Subscribed {
                since: now,
                source: ConsentSource::InboundText,
            },
            id: MessageId::new(),
            body,
            carrier_id: sms.carrier_id,
            received_at: now,
        };
        // Only an opt-out, an opt-in or HELP changes more than the thread. The consent
        // event needs the customer's id and the reply's text the shop, so the store builds
        // them once it has found both, in the same transaction.
        let build = |shop: &Shop, customer: &Customer| {
            let consent = change.map(|change| {
                let evidence = Evidence {
                    message_id: Some(text.id),
                    text: Some(text.body.clone()),
                    rule: Some(classification.rule.to_string()),
                    ..Evidence::default()
                };
                ConsentEvent::new(shop.id, customer.id, change, source, evidence, now)
            });
            let reply = reply_kind.map(|kind| {
                let mut m = Message::new(
                    shop.id,
                    customer.id,
                    Direction::Outbound,
                    Origin::System(kind),
                    MessageStatus::Sending,
                    self.replies.render(kind, shop),
                    now,
                );
                m.claimed_at = Some(now);
                m.attempts = 1;
                m
            });
            InboundChanges {
                consent,
                reply,
                repeat_window: (reply_kind == Some(SystemReply::Help))
                    .then_some(self.replies.repeat_window),
            }
        };
        let changes = (change.is_some() || reply_kind.is_some()).then_some(&build);
        let outcome = self
            .store
            .record_inbound(&text, changes.map(|b| b as &ChangesBuilder<'_>))
            .await?;
        let shop = outcome.shop;
        tracing::info!(
            shop = %shop,
            customer = %outcome.customer.id,
            message = %outcome.message.id,
            intent = classification.intent.as_str(),
            rule = %classification.rule,
            duplicate = outcome.duplicate,
            cancelled = outcome.cancelled.len(),
            "inbound text recorded"
        );
        let reply = match outcome.reply {
            Some(reply) => Some(self.send_reply(shop, &outcome.customer, reply, now).await?),
            None => None,
        };
        Ok(Received {
            message: outcome.message,
            customer: outcome.customer,
            classification,
            duplicate: outcome.duplicate,
            reply,
            cancelled: outcome.cancelled,
        })
    }

    /// Sends an automatic reply stored with an inbound text. A carrier failure does not
    /// fail the receive: the reply stays in the thread with its status (back in the plan
    /// for a retry, or failed).
    async fn send_reply(
        &self,
        shop: ShopId,
        customer: &Customer,
        reply: Message,
        now: DateTime<Utc>,
    ) -> Result<Message> {
        let shop = self.store.shop(shop).await?;
        match self
            .deliver(&shop, customer, reply, Some(now + REPLY_RETRY))
            .await
        {
            Ok(sent) => Ok(sent),
            Err(e) => {
                tracing::warn!(shop = %shop.id, error = %e, "automatic reply not sent");
                match &e {
                    Error::Carrier {
                        message: Some(id), ..
                    } => self.store.message(shop.id, *id).await,
                    _ => Err(e),
                }
            }
        }
    }

    /// Sends a reply written by the merchant.
    ///
    /// Refused with [`Error::Unsubscribed`] when the customer opted out (checked again
    /// atomically as the message is stored), and with [`Error::EmptyBody`] or
    /// [`Error::BodyTooLong`] for a body that cannot be sent. When the carrier fails,
    /// the message stays in the thread as failed and the error is returned.
    pub async fn reply(&self, shop: ShopId, customer: CustomerId, body: &str) -> Result<Message> {
        self.send_now(shop, customer, Origin::Manual, body, None)
            .await
    }

    /// Sends an automated text now, e.g. an abandoned-cart reminder, under the same
    /// consent rules as a reply.
    pub async fn send_automated(
        &self,
        shop: ShopId,
        customer: CustomerId,
        kind: AutomationKind,
        body: &str,
        order: Option<OrderId>,
    ) -> Result<Message> {
        self.send_now(shop, customer, Origin::Automation(kind), body, order)
            .await
    }

    async fn send_now(
        &self,
        shop: ShopId,
        customer: CustomerId,
        origin: Origin,
        body: &str,
        order: Option<OrderId>,
    ) -> Result<Message> {
        validate_body(body)?;
        let shop = self.store.shop(shop).await?;
        let customer = self.store.customer(shop.id, customer).await?;
        if !customer.is_subscribed() {
            return Err(Error::Unsubscribed {
                customer: customer.id,
            });
        }
        let mut message = Message::new(
            shop.id,
            customer.id,
            Direction::Outbound,
            origin,
            MessageStatus::Sending,
            body,
            self.clock.now(),
        );
        message.order_id = order;
        message.claimed_at = Some(message.created_at);
        message.attempts = 1;
        self.store.queue_outbound(shop.id, &message).await?;
        self.deliver(&shop, &customer, message, None).await
    }

    /// Hands a claimed (`sending`) message to the carrier and records what happened. A
    /// transient failure goes back to the plan at `retry_at` when given, and fails the
    /// message otherwise.
    pub(crate) async fn deliver(
        &self,
        shop: &Shop,
        customer: &Customer,
        message: Message,
        retry_at: Option<DateTime<Utc>>,
    ) -> Result<Message> {
        let Some(from) = shop.numbers.first().cloned() else {
            let failure = Failure {
                code: None,
                reason: "the shop has no sending number".into(),
            };
            self.fail(shop.id, message.id, failure).await?;
            return Err(Error::Invalid {
                field: "shop numbers",
                reason: "the shop has no number to send from".into(),
            });
        };
        let sms = OutboundSms {
            message_id: message.id,
            from,
            to: customer.phone.clone(),
            body: message.body.clone(),
        };
        match self.carrier.send(&sms).await {
            Ok(receipt) => {
                let mut update = StatusUpdate::new(receipt.status, self.clock.now());
                update.carrier_id = Some(receipt.carrier_id);
                tracing::info!(shop = %shop.id, message = %message.id, "text sent");
                self.store.update_status(shop.id, message.id, &update).await
            }
            Err(error) => {
                tracing::warn!(shop = %shop.id, message = %message.id, error = %error, "send failed");
                let failure = Failure {
                    code: error.code.clone(),
                    reason: error.message.clone(),
                };
                match (error.kind, retry_at) {
                    (CarrierErrorKind::Unknown, _) => {
                        let mut update =
                            StatusUpdate::new(MessageStatus::Interrupted, self.clock.now());
                        update.failure = Some(failure);
                        self.store
                            .update_status(shop.id, message.id, &update)
                            .await?;
                    }
                    (CarrierErrorKind::Transient, Some(at)) => {
                        self.store
                            .release(shop.id, message.id, at, Some(failure))
                            .await?;
                    }
                    _ => {
                        self.fail(shop.id, message.id, failure).await?;
                    }
                }
                if error.kind == CarrierErrorKind::RecipientOptedOut {
                    self.carrier_refused(shop.id, customer.id, message.id, error.code.clone())
                        .await?;
                }
                Err(Error::Carrier {
                    message: Some(message.id),
                    source: error,
                })
            }
        }
    }

    async fn fail(&self, shop: ShopId, message: MessageId, failure: Failure) -> Result<Message> {
        let mut update = StatusUpdate::new(MessageStatus::Failed, self.clock.now());
        update.failure = Some(failure);
        self.store.update_status(shop, message, &update).await
    }

    pub(crate) async fn carrier_refused(
        &self,
        shop: ShopId,
        customer: CustomerId,
        message: MessageId,
        code: Option<String>,
    ) -> Result<()> {
        let event = ConsentEvent::new(
            shop,
            customer,
            ConsentChange::Unsubscribed,
            ConsentSource::CarrierRefusal,
            Evidence {
                message_id: Some(message),
                carrier_code: code,
                ..Evidence::default()
            },
            self.clock.now(),
        );
        let outcome = self.store.record_consent(shop, &event).await?;
        tracing::info!(shop = %shop, customer = %customer, cancelled = outcome.cancelled.len(),
            "carrier reports the recipient opted out; unsubscribed");
        Ok(())
    }

    /// Unsubscribes a customer by hand. `actor` names who did it, for the consent
    /// ledger. Planned and queued messages are cancelled in the same store step.
    pub async fn unsubscribe(
        &self,
        shop: ShopId,
        customer: CustomerId,
        actor: &str,
    ) -> Result<Customer> {
        let existing = self.store.customer(shop, customer).await?;
        if !existing.is_subscribed() {
            return Ok(existing);
        }
        let event = ConsentEvent::new(
            shop,
            customer,
            ConsentChange::Unsubscribed,
            ConsentSource::Merchant,
            Evidence {
                actor: Some(actor.to_owned()),
                ..Evidence::default()
            },
            self.clock.now(),
        );
        Ok(self.store.record_consent(shop, &event).await?.customer)
    }

    /// Cancels a planned or queued message before it goes out. A message that is already
    /// on its way (or gone) is returned unchanged; check its status.
    pub async fn cancel_message(&self, shop: ShopId, message: MessageId) -> Result<Message> {
        let update = StatusUpdate::new(MessageStatus::Cancelled, self.clock.now());
        self.store.update_status(shop, message, &update).await
    }

    /// Finds the shop that texts from `number`, e.g. to route a status callback.
    pub async fn shop_for_number(&self, number: &PhoneNumber) -> Result<Shop> {
        self.store
            .shop_for_number(number)
            .await?
            .ok_or_else(|| Error::UnknownNumber {
                number: number.masked(),
            })
    }

    /// Records a delivery status the carrier reported for one of the shop's messages.
    /// Status only moves forward; a status with no equivalent is kept in the carrier's
    /// words; a failure with the carrier's opt-out code (Twilio 21610) unsubscribes the
    /// customer.
    pub async fn apply_status(&self, shop: ShopId, report: &StatusReport) -> Result<Message> {
        let message = self
            .store
            .message_by_carrier_id(shop, &report.carrier_id)
            .await?;
        let opted_out = report
            .failure
            .as_ref()
            .and_then(|f| f.code.as_deref())
            .is_some_and(|code| code == CARRIER_OPT_OUT_CODE);
        let update = StatusUpdate {
            status: report.status,
            carrier_status: Some(report.carrier_status.clone()),
            at: report.at,
            carrier_id: None,
            failure: report.failure.clone(),
        };
        let updated = self.store.update_status(shop, message.id, &update).await?;
        if opted_out {
            self.carrier_refused(
                shop,
                message.customer_id,
                message.id,
                Some(CARRIER_OPT_OUT_CODE.into()),
            )
            .await?;
        }
        Ok(updated)
    }

    /// Lists the shop's threads, newest activity first.
    pub async fn threads(&self, shop: ShopId, query: &ThreadQuery) -> Result<ThreadPage> {
        if !(1..=200).contains(&query.limit) {
            return Err(Error::Invalid {
                field: "limit",
                reason: format!("{} is outside 1 to 200", query.limit),
            });
        }
        self.store.threads(shop, query).await
    }

    /// Opens a customer's thread: the customer and subscription, the latest
    /// [`THREAD_PAGE`] messages oldest first (planned ones at their planned time) and
    /// the orders. It does not mark the thread read; call [`Inbox::mark_read`].
    pub async fn thread(&self, shop: ShopId, customer: CustomerId) -> Result<Thread> {
        let customer = self.store.customer(shop, customer).await?;
        let mut messages = self
            .store
            .messages(shop, customer.id, None, THREAD_PAGE + 1)
            .await?;
        let has_older = messages.len() > THREAD_PAGE;
        messages.truncate(THREAD_PAGE);
        messages.reverse();
        let orders = self.store.orders(shop, customer.id).await?;
        let unread = self.store.unread(shop, customer.id).await?;
        Ok(Thread {
            customer,
            messages,
            has_older,
            orders,
            unread,
        })
    }

    /// Messages before `before` in a thread, oldest first, at most `limit`.
    pub async fn older_messages(
        &self,
        shop: ShopId,
        customer: CustomerId,
        before: MessageId,
        limit: usize,
    ) -> Result<Vec<Message>> {
        let mut messages = self
            .store
            .messages(shop, customer, Some(before), limit.min(200))
            .await?;
        messages.reverse();
        Ok(messages)
    }

    /// Reads one message of the shop.
    pub async fn message(&self, shop: ShopId, message: MessageId) -> Result<Message> {
        self.store.message(shop, message).await
    }

    /// Marks every inbound message of a thread read.
    pub async fn mark_read(&self, shop: ShopId, customer: CustomerId) -> Result<()> {
        self.store.mark_read(shop, customer).await
    }

    /// Unread inbound messages across the shop.
    pub async fn unread_total(&self, shop: ShopId) -> Result<u64> {
        self.store.unread_total(shop).await
    }

    /// A customer's consent events, oldest first.
    pub async fn consent_history(
        &self,
        shop: ShopId,
        customer: CustomerId,
    ) -> Result<Vec<ConsentEvent>> {
        self.store.consent_history(shop, customer).await
    }
}

/// The default classifier, built once per process: its rules take a moment to compile,
/// and every inbox can share them.
fn default_classifier() -> Arc<OptOutClassifier> {
    static DEFAULT: std::sync::LazyLock<Arc<OptOutClassifier>> =
        std::sync::LazyLock::new(|| Arc::new(OptOutClassifier::default()));
    DEFAULT.clone()
}

/// Checks that a body can be sent: not blank, at most [`MAX_BODY_CHARS`] characters, and
/// no control characters other than line breaks and tabs.
pub fn validate_body(body: &str) -> Result<()> {
    if body.trim().is_empty() {
        return Err(Error::EmptyBody);
    }
    let chars = body.chars().count();
    if chars > MAX_BODY_CHARS {
        return Err(Error::BodyTooLong {
            chars,
            max: MAX_BODY_CHARS,
        });
    }
    if let Some(c) = body.chars().find(|c| is_unwanted_control(*c)) {
        return Err(Error::Invalid {
            field: "body",
            reason: format!("it contains the control character U+{:04X}", u32::from(c)),
        });
    }
    Ok(())
}

fn is_unwanted_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

/// Inbound texts are kept whatever they hold, less control characters that databases
/// refuse (NUL) or that only garble a screen.
fn strip_control_characters(body: &str) -> String {
    if body.chars().any(is_unwanted_control) {
        body.chars().filter(|c| !is_unwanted_control(*c)).collect()
    } else {
        body.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_checked() {
        assert!(matches!(validate_body(""), Err(Error::EmptyBody)));
        assert!(matches!(validate_body(" \n\t "), Err(Error::EmptyBody)));
        assert!(validate_body(&"a".repeat(1600)).is_ok());
        assert!(matches!(
            validate_body(&"a".repeat(1601)),
            Err(Error::BodyTooLong {
                chars: 1601,
                max: 1600
            })
        ));
        assert!(validate_body(&"😀".repeat(1600)).is_ok());
        assert!(validate_body("line one\nline two\ttab").is_ok());
        let err = validate_body("nul\0byte").unwrap_err();
        assert!(err.to_string().contains("U+0000"), "{err}");
    }

    #[test]
    fn inbound_control_characters_are_dropped() {
        assert_eq!(strip_control_characters("st\0op\u{7}"), "stop");
        assert_eq!(strip_control_characters("a\nb"), "a\nb");
    }

    #[test]
    fn reply_templates_fill_in_the_shop() {
        let mut shop = Shop::new("Acme", vec![], chrono_tz::UTC);
        let replies = AutoReplies::default();
        let text = replies.render(SystemReply::OptOutConfirmation, &shop);
        assert!(text.starts_with("Acme: You are unsubscribed"), "{text}");
        shop.support_contact = Some("help@acme.test".into());
        let text = replies.render(SystemReply::Help, &shop);
        assert!(text.contains("help@acme.test"), "{text}");
    }
}
