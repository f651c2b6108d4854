#![no_main]
//! Signature checks on any URL, parameters and header: never a panic, and a signature
//! computed for the input always verifies.

use libfuzzer_sys::fuzz_target;
use sms_inbox::carrier::twilio::{compute_signature, verify_signature, verify_signature_json};

fuzz_target!(|input: (&str, &str, Vec<(&str, &str)>, &str)| {
    let (token, url, params, header) = input;
    let _ = verify_signature(token, url, &params, header);
    let _ = verify_signature_json(token, url, header, header);
    if !token.is_empty() {
        let signature = compute_signature(token, url, &params);
        assert!(verify_signature(token, url, &params, &signature));
    }
});
