#![no_main]
//! Segment counting on any text: no panic, and the counts are consistent.

use libfuzzer_sys::fuzz_target;
use sms_inbox::segments::{Encoding, analyze};

fuzz_target!(|text: &str| {
    let info = analyze(text);
    assert_eq!(info.segments == 0, text.is_empty());
    let per = match info.encoding {
        Encoding::Gsm7 => 153,
        Encoding::Ucs2 => 67,
    };
    assert!(info.segments >= info.units.div_ceil(per).max(usize::from(!text.is_empty())));
});
