//! The crate's one error type.

use std::error::Error as StdError;
use std::fmt;

use crate::model::{CustomerId, MessageId};

/// A boxed error from a backend (database driver, HTTP client).
pub type BoxError = Box<dyn StdError + Send + Sync + 'static>;

/// Result alias used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in `sms-inbox`, in terms a caller can act on.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The customer has opted out; nothing was stored or sent.
    #[error("customer {customer} is unsubscribed: nothing can be sent until they text START")]
    Unsubscribed {
        /// The customer who opted out.
        customer: CustomerId,
    },

    /// The shop, customer, message or order does not exist in this shop.
    #[error("{what} {id} not found in this shop")]
    NotFound {
        /// What kind of record was looked up ("shop", "customer", "message", ...).
        what: &'static str,
        /// The id that was looked up.
        id: String,
    },

    /// A phone number could not be parsed or is not one that can receive texts.
    #[error("invalid phone number {input:?}: {reason}")]
    InvalidPhone {
        /// The input as given (truncated when very long).
        input: String,
        /// What is wrong with it.
        reason: String,
    },

    /// A message body is empty or only whitespace.
    #[error("message body is empty: write some text before sending")]
    EmptyBody,

    /// A message body is longer than carriers accept.
    #[error("message body has {chars} characters; the limit is {max}: shorten it")]
    BodyTooLong {
        /// Characters in the body (Unicode scalar values).
        chars: usize,
        /// The most that is accepted.
        max: usize,
    },

    /// A text arrived for a number that no shop sends from.
    #[error("no shop owns the number {number}: add it to a shop's sending numbers")]
    UnknownNumber {
        /// The number the text was sent to (masked).
        number: String,
    },

    /// Input that is well-formed but not acceptable, such as a duplicate sending number.
    #[error("invalid {field}: {reason}")]
    Invalid {
        /// The field or argument at fault.
        field: &'static str,
        /// What is wrong with it.
        reason: String,
    },

    /// The carrier refused or failed to send a message. When the message had been
    /// recorded, `message` names it; its stored status says what happened.
    #[error("carrier could not send{}: {source}", message.map(|m| format!(" message {m}")).unwrap_or_default())]
    Carrier {
        /// The stored message that failed, if it was recorded.
        message: Option<MessageId>,
        /// What the carrier said.
        #[source]
        source: CarrierError,
    },

    /// The store (database) failed.
    #[error("store failed to {operation}: {source}")]
    Store {
        /// The operation that failed, e.g. "record inbound message".
        operation: &'static str,
        /// Whether trying again may succeed (lock contention, lost connection).
        retryable: bool,
        /// The backend's error.
        #[source]
        source: BoxError,
    },
}

impl Error {
    /// Whether the same call may succeed if tried again later.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Carrier { source, .. } => source.is_retryable(),
            Error::Store { retryable, .. } => *retryable,
            _ => false,
        }
    }

    pub(crate) fn not_found(what: &'static str, id: impl fmt::Display) -> Self {
        Error::NotFound {
            what,
            id: id.to_string(),
        }
    }
}

/// How a carrier failure should be handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CarrierErrorKind {
    /// Worth retrying later: rate limits, carrier outages, timeouts before the request was sent.
    Transient,
    /// Will fail again: invalid recipient, unreachable number, content refused.
    Permanent,
    /// The recipient opted out at the carrier (Twilio 21610): unsubscribe them.
    RecipientOptedOut,
    /// The request may or may not have reached the carrier; retrying could send twice.
    Unknown,
}

/// A failure reported by a [`Carrier`](crate::Carrier).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CarrierError {
    /// How to handle it.
    pub kind: CarrierErrorKind,
    /// The carrier's own error code, e.g. `"21610"`.
    pub code: Option<String>,
    /// The carrier's explanation.
    pub message: String,
}

impl CarrierError {
    /// A transient failure worth retrying.
    pub fn transient(message: impl Into<String>) -> Self {
        Self::new(CarrierErrorKind::Transient, None, message)
    }

    /// A permanent failure.
    pub fn permanent(code: Option<&str>, message: impl Into<String>) -> Self {
        Self::new(CarrierErrorKind::Permanent, code, message)
    }

    /// The recipient opted out at the carrier.
    pub fn recipient_opted_out(code: Option<&str>, message: impl Into<String>) -> Self {
        Self::new(CarrierErrorKind::RecipientOptedOut, code, message)
    }

    /// A failure of the given kind.
    pub fn new(kind: CarrierErrorKind, code: Option<&str>, message: impl Into<String>) -> Self {
        Self {
            kind,
            code: code.map(str::to_owned),
            message: message.into(),
        }
    }

    /// Whether sending again may succeed without risking a duplicate.
    pub fn is_retryable(&self) -> bool {
        self.kind == CarrierErrorKind::Transient
    }
}

impl fmt::Display for CarrierError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            CarrierErrorKind::Transient => "temporary failure",
            CarrierErrorKind::Permanent => "permanent failure",
            CarrierErrorKind::RecipientOptedOut => "recipient opted out",
            CarrierErrorKind::Unknown => "outcome unknown",
        };
        match &self.code {
            Some(code) => write!(f, "{kind} (code {code}): {}", self.message),
            None => write!(f, "{kind}: {}", self.message),
        }
    }
}

impl StdError for CarrierError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retryable_follows_the_kind() {
        assert!(CarrierError::transient("rate limited").is_retryable());
        assert!(!CarrierError::permanent(Some("21211"), "bad number").is_retryable());
        assert!(!CarrierError::recipient_opted_out(Some("21610"), "stop").is_retryable());
        let e = Error::Carrier {
            message: None,
            source: CarrierError::transient("busy"),
        };
        assert!(e.is_retryable());
        assert!(!Error::EmptyBody.is_retryable());
    }

    #[test]
    fn messages_say_what_to_do() {
        let e = Error::BodyTooLong {
            chars: 1601,
            max: 1600,
        };
        assert_eq!(
            e.to_string(),
            "message body has 1601 characters; the limit is 1600: shorten it"
        );
        let e = Error::Carrier {
            message: None,
            source: CarrierError::permanent(Some("21211"), "invalid To"),
        };
        assert_eq!(
            e.to_string(),
            "carrier could not send: permanent failure (code 21211): invalid To"
        );
    }
}
