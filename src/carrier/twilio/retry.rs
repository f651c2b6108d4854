//! How often and how long a send is retried.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

/// Bounds on retrying a send that failed in a way that is safe to retry
/// ([`CarrierErrorKind::Transient`](crate::CarrierErrorKind::Transient): a connection
/// that could not be made, 429, 503, Twilio's queue-full code).
///
/// Waits grow exponentially from `initial_backoff`, capped at `max_backoff`, with "equal
/// jitter" (a random wait between half and all of the step) so that many workers do not
/// retry in step. A `Retry-After` header is honoured when it is longer. Retrying stops
/// after `max_attempts` attempts in all, or when the next wait would end past
/// `max_elapsed` after the first attempt started; the last error is then returned, still
/// transient, so the caller may try again later.
///
/// ```
/// use std::time::Duration;
/// use sms_inbox::carrier::twilio::RetryPolicy;
///
/// let policy = RetryPolicy {
///     max_attempts: 5,
///     ..RetryPolicy::default()
/// };
/// assert_eq!(RetryPolicy::none().max_attempts, 1);
/// # let _ = policy;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; `1` never retries. `0` is read as `1`.
    pub max_attempts: u32,
    /// The wait before the first retry, before jitter.
    pub initial_backoff: Duration,
    /// The longest wait between two attempts.
    pub max_backoff: Duration,
    /// No retry starts later than this after the first attempt started.
    pub max_elapsed: Duration,
}

impl Default for RetryPolicy {
    /// Three attempts, waits of about 0.5 s and 1 s, at most 10 s in all.
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(5),
            max_elapsed: Duration::from_secs(10),
        }
    }
}

impl RetryPolicy {
    /// Never retry: one attempt, whatever the failure.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// The wait before attempt `attempt + 1`, given that `attempt` attempts (1-based)
    /// have failed, `elapsed` has passed since the first started, and the server asked
    /// for `retry_after`; `None` when the policy says stop.
    pub(crate) fn next_delay(
        &self,
        attempt: u32,
        elapsed: Duration,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts.max(1) {
            return None;
        }
        let step = self
            .initial_backoff
            .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)))
            .min(self.max_backoff);
        let jittered = step / 2 + step.mul_f64(random_fraction() / 2.0);
        let delay = retry_after.map_or(jittered, |asked| asked.max(jittered));
        (elapsed.saturating_add(delay) <= self.max_elapsed).then_some(delay)
    }
}

/// A number in [0, 1) that differs from call to call. Jitter needs spread, not
/// unpredictability, so the standard library's randomly keyed hasher is enough.
fn random_fraction() -> f64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64),
    );
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_and_stay_within_bounds() {
        let policy = RetryPolicy {
            max_attempts: 10,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(400),
            max_elapsed: Duration::from_secs(60),
        };
        let zero = Duration::ZERO;
        for _ in 0..100 {
            let first = policy.next_delay(1, zero, None).unwrap();
            assert!((50..=100).contains(&first.as_millis()), "{first:?}");
            let second = policy.next_delay(2, zero, None).unwrap();
            assert!((100..=200).contains(&second.as_millis()), "{second:?}");
            let capped = policy.next_delay(8, zero, None).unwrap();
            assert!((200..=400).contains(&capped.as_millis()), "{capped:?}");
        }
    }

    #[test]
    fn stops_at_the_attempt_count_and_the_time_budget() {
        let policy = RetryPolicy::default();
        assert!(policy.next_delay(2, Duration::ZERO, None).is_some());
        assert_eq!(policy.next_delay(3, Duration::ZERO, None), None);
        assert_eq!(policy.next_delay(1, Duration::from_secs(10), None), None);
        assert_eq!(
            RetryPolicy::none().next_delay(1, Duration::ZERO, None),
            None
        );
        let zero = RetryPolicy {
            max_attempts: 0,
            ..policy
        };
        assert_eq!(zero.next_delay(1, Duration::ZERO, None), None);
    }

    #[test]
    fn retry_after_is_honoured_within_the_budget() {
        let policy = RetryPolicy::default();
        let asked = Duration::from_secs(3);
        assert_eq!(
            policy.next_delay(1, Duration::ZERO, Some(asked)),
            Some(asked)
        );
        assert_eq!(
            policy.next_delay(1, Duration::from_secs(8), Some(asked)),
            None
        );
    }
}
