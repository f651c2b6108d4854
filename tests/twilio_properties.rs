//! Properties of the signature check and the webhook parsers.
#![cfg(feature = "twilio")]

use proptest::prelude::*;
use sms_inbox::carrier::twilio::{
    FormParams, InboundWebhook, StatusCallback, compute_signature, verify_signature,
    verify_signature_json,
};

fn token() -> impl Strategy<Value = String> {
    "[ -~]{1,40}"
}

fn url() -> impl Strategy<Value = String> {
    (
        "https?",
        "[a-z]{1,10}\\.[a-z]{2,4}",
        "(:[0-9]{2,5})?",
        "(/[A-Za-z0-9._~-]{0,12}){0,3}",
        "(\\?[A-Za-z0-9=&%+]{0,20})?",
    )
        .prop_map(|(scheme, host, port, path, query)| {
            format!("{scheme}://{host}{port}{path}{query}")
        })
}

fn params() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec(("[A-Za-z][A-Za-z0-9]{0,12}", "[ -~]{0,24}"), 0..8)
}

fn borrowed(params: &[(String, String)]) -> Vec<(&str, &str)> {
    params
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect()
}

/// `s` with the byte at `at` (modulo its length) replaced by another printable ASCII byte.
fn change_one_byte(s: &str, at: usize, by: u8) -> String {
    let mut bytes = s.as_bytes().to_vec();
    let i = at % bytes.len();
    let old = bytes[i];
    // Printable ASCII is 95 values; adding 1..=94 (mod 95) always lands on another one.
    bytes[i] = b' ' + (old - b' ' + 1 + by % 94) % 95;
    String::from_utf8(bytes).expect("ASCII stays UTF-8")
}

proptest! {
    #[test]
    fn verify_accepts_what_sign_made(token in token(), url in url(), params in params()) {
        let params = borrowed(&params);
        let signature = compute_signature(&token, &url, &params);
        prop_assert!(verify_signature(&token, &url, &params, &signature));
        // Reordering the parameters changes nothing.
        let mut reversed = params.clone();
        reversed.reverse();
        prop_assert!(verify_signature(&token, &url, &reversed, &signature));
    }

    #[test]
    fn any_single_byte_change_fails(
        token in token(),
        url in url(),
        params in params(),
        which in 0usize..4,
        at in any::<usize>(),
        by in any::<u8>(),
    ) {
        let owned = params;
        let params = borrowed(&owned);
        let signature = compute_signature(&token, &url, &params);
        match which {
            0 => {
                let token = change_one_byte(&token, at, by);
                prop_assert!(!verify_signature(&token, &url, &params, &signature));
            }
            1 => {
                let url = change_one_byte(&url, at, by);
                prop_assert!(!verify_signature(&token, &url, &params, &signature));
            }
            2 => {
                let signature = change_one_byte(&signature, at, by);
                prop_assert!(!verify_signature(&token, &url, &params, &signature));
            }
            _ => {
                // A byte of one parameter's name or value.
                prop_assume!(!owned.is_empty());
                let joined: Vec<String> = owned.iter().map(|(n, v)| format!("{n}{v}")).collect();
                let total: usize = joined.iter().map(String::len).sum();
                let mut k = at % total;
                let mut changed = owned.clone();
                for (name, value) in changed.iter_mut() {
                    if k < name.len() {
                        *name = change_one_byte(name, k, by);
                        break;
                    }
                    k -= name.len();
                    if k < value.len() {
                        *value = change_one_byte(value, k, by);
                        break;
                    }
                    k -= value.len();
                }
                prop_assert!(!verify_signature(&token, &url, &borrowed(&changed), &signature));
            }
        }
    }

    #[test]
    fn json_verify_accepts_what_sign_made_and_no_other_body(
        token in token(),
        body in "[ -~]{0,60}",
        at in any::<usize>(),
        by in any::<u8>(),
    ) {
        use sha2::{Digest, Sha256};
        let hash: String = Sha256::digest(body.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        let url = format!("https://inbox.example.com/twilio/json?bodySHA256={hash}");
        let signature = compute_signature(&token, &url, &[]);
        prop_assert!(verify_signature_json(&token, &url, &body, &signature));
        if !body.is_empty() {
            let tampered = change_one_byte(&body, at, by);
            prop_assert!(!verify_signature_json(&token, &url, &tampered, &signature));
        }
    }

    #[test]
    fn parsers_never_panic_on_arbitrary_bytes(body in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = FormParams::parse(&body);
        let _ = InboundWebhook::parse(&body);
        let _ = StatusCallback::parse(&body);
    }

    #[test]
    fn parsers_never_panic_on_form_shaped_input(
        pairs in prop::collection::vec(
            (
                prop_oneof![
                    Just("From".to_owned()), Just("To".to_owned()), Just("Body".to_owned()),
                    Just("MessageSid".to_owned()), Just("AccountSid".to_owned()),
                    Just("NumMedia".to_owned()), Just("MediaUrl0".to_owned()),
                    Just("MediaContentType0".to_owned()), Just("NumSegments".to_owned()),
                    Just("OptOutType".to_owned()), Just("MessageStatus".to_owned()),
                    Just("ErrorCode".to_owned()), Just("MessagingServiceSid".to_owned()),
                    "[A-Za-z%+]{0,8}",
                ],
                "([ -~]|%[0-9A-Fa-f]{2}|%)*",
            ),
            0..16,
        ),
    ) {
        let body = pairs
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("&");
        if let Ok(form) = FormParams::parse(body.as_bytes()) {
            let _ = InboundWebhook::from_params(&form);
            let _ = StatusCallback::from_params(&form);
            let _ = form.verify_signature("token", "https://a.example/x", "c2lnbmF0dXJl");
        }
    }

    #[test]
    fn verify_never_panics(token in ".{0,20}", url in ".{0,60}", signature in ".{0,40}") {
        let _ = verify_signature(&token, &url, &[("a", "b")], &signature);
        let _ = verify_signature_json(&token, &url, "{}", &signature);
    }
}
