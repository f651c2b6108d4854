#![no_main]
//! Twilio webhook bodies as the network sends them: any bytes parse or fail cleanly.

use libfuzzer_sys::fuzz_target;
use sms_inbox::carrier::twilio::{InboundWebhook, StatusCallback};

fuzz_target!(|body: &[u8]| {
    if let Ok(hook) = InboundWebhook::parse(body) {
        let _ = hook.into_inbound_sms();
    }
    if let Ok(callback) = StatusCallback::parse(body) {
        let _ = callback.to_status_report(chrono::DateTime::UNIX_EPOCH);
    }
});
