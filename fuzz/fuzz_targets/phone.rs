#![no_main]
//! Phone numbers as people type them: parse or fail cleanly; a parsed number masks.

use libfuzzer_sys::fuzz_target;
use sms_inbox::PhoneNumber;

fuzz_target!(|input: (&str, &str)| {
    let (text, region) = input;
    for parsed in [PhoneNumber::parse(text, region), PhoneNumber::parse_international(text)] {
        if let Ok(n) = parsed {
            assert!(n.e164().starts_with('+'));
            assert!(n.masked().contains('•'));
            let _ = n.can_receive_texts();
        }
    }
});
