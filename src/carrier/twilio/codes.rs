//! What Twilio's error codes mean for the inbox.

use crate::error::CarrierErrorKind;

/// The recipient replied STOP (or another opt-out keyword) to this sender.
pub const RECIPIENT_OPTED_OUT: u32 = 21610;

/// "Queue overflow" on create: too many messages queued for the sender; nothing was
/// created, so a later retry is safe.
const QUEUE_FULL: u32 = 21611;

/// Twilio's "Too Many Requests".
const TOO_MANY_REQUESTS: u32 = 20429;

/// Titles from Twilio's error dictionary, for merchants reading why a text failed.
const TITLES: &[(u32, &str)] = &[
    (
        20003,
        "Authentication failed: check the Account SID and auth token or API key",
    ),
    (20404, "The requested resource was not found"),
    (20429, "Too many requests"),
    (21211, "Invalid 'To' phone number"),
    (21408, "Sending to this region is not enabled"),
    (21602, "Message body is required"),
    (
        21606,
        "The 'From' number cannot send texts to this destination",
    ),
    (21610, "The recipient replied STOP and is unsubscribed"),
    (21611, "Too many messages queued for this sender"),
    (21612, "The 'To' number cannot be reached by SMS"),
    (21614, "The 'To' number is not a valid mobile number"),
    (21617, "The message body exceeds the 1600 character limit"),
    (30001, "Queue overflow"),
    (30002, "Account suspended"),
    (30003, "Unreachable destination handset"),
    (30004, "Message blocked"),
    (30005, "Unknown destination handset"),
    (30006, "Landline or unreachable carrier"),
    (30007, "Message filtered by the carrier"),
    (30008, "Unknown error"),
    (63018, "Rate limit exceeded for the channel"),
];

/// A short English title for a Twilio error code, when we know it.
pub fn error_title(code: u32) -> Option<&'static str> {
    TITLES.iter().find(|(c, _)| *c == code).map(|(_, t)| *t)
}

/// How to handle a Twilio REST answer that is not a success, from the HTTP status and
/// Twilio's own error code (when the body had one).
///
/// * the opt-out code (21610) on any status: the recipient opted out;
/// * 429 (or code 20429), 503, 408 and the queue-full code 21611: the request was turned
///   away before any message was created, so it is safe to send again;
/// * any other 4xx (21211, 21614 and the other invalid-recipient codes, bad credentials,
///   a body Twilio refuses) and any 3xx (a wrong base URL: the API never redirects): the
///   same request will fail again;
/// * 500, 502, 504 and every other 5xx: the request reached Twilio and the message may
///   have been created before the failure; sending again could text the shopper twice.
pub(crate) fn classify(http_status: u16, code: Option<u32>) -> CarrierErrorKind {
    match (http_status, code) {
        (_, Some(RECIPIENT_OPTED_OUT)) => CarrierErrorKind::RecipientOptedOut,
        (429 | 503 | 408, _) | (_, Some(TOO_MANY_REQUESTS | QUEUE_FULL)) => {
            CarrierErrorKind::Transient
        }
        (300..=499, _) => CarrierErrorKind::Permanent,
        _ => CarrierErrorKind::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CarrierErrorKind::*;

    #[test]
    fn codes_and_statuses_map_to_kinds() {
        assert_eq!(classify(400, Some(21610)), RecipientOptedOut);
        assert_eq!(classify(400, Some(21211)), Permanent);
        assert_eq!(classify(400, Some(21614)), Permanent);
        assert_eq!(classify(400, Some(21611)), Transient);
        assert_eq!(classify(401, Some(20003)), Permanent);
        assert_eq!(classify(404, None), Permanent);
        assert_eq!(classify(429, Some(20429)), Transient);
        assert_eq!(classify(429, None), Transient);
        assert_eq!(classify(503, None), Transient);
        assert_eq!(classify(500, None), Unknown);
        assert_eq!(classify(502, None), Unknown);
        assert_eq!(classify(504, Some(20500)), Unknown);
        assert_eq!(classify(302, None), Permanent);
        assert_eq!(classify(200, None), Unknown);
    }

    #[test]
    fn known_codes_have_titles() {
        assert_eq!(error_title(30003), Some("Unreachable destination handset"));
        assert_eq!(error_title(12345), None);
    }
}
