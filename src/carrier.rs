//! The `Carrier` port: how texts leave the inbox, and a simulated carrier.

use std::collections::VecDeque;
use std::fmt::Debug;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

use async_trait::async_trait;

use crate::error::CarrierError;
use crate::model::{MessageId, MessageStatus};
use crate::phone::PhoneNumber;

#[cfg(feature = "twilio")]
#[cfg_attr(docsrs, doc(cfg(feature = "twilio")))]
pub mod twilio;

/// A text to hand to the carrier. `Debug` shows the body by its length only.
#[derive(Clone, PartialEq, Eq)]
pub struct OutboundSms {
    /// The inbox's id for the message, for correlation in logs and callbacks.
    pub message_id: MessageId,
    /// The shop's sending number.
    pub from: PhoneNumber,
    /// The customer's number.
    pub to: PhoneNumber,
    /// The text.
    pub body: String,
}

impl std::fmt::Debug for OutboundSms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutboundSms")
            .field("message_id", &self.message_id)
            .field("from", &self.from)
            .field("to", &self.to)
            .field("body", &crate::model::Redacted(&self.body))
            .finish()
    }
}

/// What the carrier said when it accepted a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendReceipt {
    /// The carrier's id for the message (Twilio's `MessageSid`); status callbacks name it.
    pub carrier_id: String,
    /// The status the carrier reports (usually [`MessageStatus::Sent`]).
    pub status: MessageStatus,
}

/// Sends texts. Implement it to plug in a carrier; the crate ships a Twilio adapter
/// (feature `twilio`) and [`SimulatedCarrier`].
#[async_trait]
pub trait Carrier: Send + Sync + Debug + 'static {
    /// Sends one text. Errors say whether trying again is safe
    /// ([`CarrierError::is_retryable`]) and whether the recipient opted out.
    async fn send(&self, sms: &OutboundSms) -> Result<SendReceipt, CarrierError>;
}

/// A carrier that sends nothing: it records every text and answers as told.
///
/// By default every send succeeds with an id `SIM` + the message id;
/// [`SimulatedCarrier::fail_next`] scripts failures in order.
///
/// ```
/// # tokio_test_block(async {
/// use sms_inbox::{Carrier, CarrierError, MessageId, OutboundSms, PhoneNumber, SimulatedCarrier};
///
/// let carrier = SimulatedCarrier::new();
/// let sms = OutboundSms {
///     message_id: MessageId::new(),
///     from: PhoneNumber::parse_international("+14155550100").unwrap(),
///     to: PhoneNumber::parse_international("+14155552671").unwrap(),
///     body: "Your order shipped".into(),
/// };
/// carrier.fail_next(CarrierError::transient("rate limited"));
/// assert!(carrier.send(&sms).await.is_err());
/// assert!(carrier.send(&sms).await.is_ok());
/// assert_eq!(carrier.sent().len(), 1);
/// # });
/// # fn tokio_test_block(f: impl std::future::Future<Output = ()>) {
/// #     tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
/// # }
/// ```
#[derive(Debug, Default)]
pub struct SimulatedCarrier {
    sent: Mutex<Vec<OutboundSms>>,
    attempts: AtomicU64,
    script: Mutex<VecDeque<CarrierError>>,
}

impl SimulatedCarrier {
    /// A carrier on which every send succeeds.
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes the next send that has no earlier scripted failure fail with `error`.
    pub fn fail_next(&self, error: CarrierError) {
        lock(&self.script).push_back(error);
    }

    /// Every text accepted so far, oldest first.
    pub fn sent(&self) -> Vec<OutboundSms> {
        lock(&self.sent).clone()
    }

    /// How many sends were attempted, failed ones included.
    pub fn attempts(&self) -> u64 {
        self.attempts.load(Ordering::Relaxed)
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[async_trait]
impl Carrier for SimulatedCarrier {
    async fn send(&self, sms: &OutboundSms) -> Result<SendReceipt, CarrierError> {
        self.attempts.fetch_add(1, Ordering::Relaxed);
        if let Some(error) = lock(&self.script).pop_front() {
            return Err(error);
        }
        lock(&self.sent).push(sms.clone());
        // Derived from the message id, so ids stay unique across carriers and restarts.
        Ok(SendReceipt {
            carrier_id: format!("SIM{}", sms.message_id.as_uuid().simple()),
            status: MessageStatus::Sent,
        })
    }
}
