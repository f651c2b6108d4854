#![no_main]
//! Segment counting on any text: no panic, and the counts are consistent.

use libfuzzer_sys::fuzz_target;
use sms_inbox::segments::{Encoding, analyze};

fuzz_target!(|text: &str| {
    let info = analyze(text);
    assert_eq!(info.segments == 0, text.is_empty());
    let (single, per) = match info.encoding {
        Encoding::Gsm7 => (160, 153),
        Encoding::Ucs2 => (70, 67),
    };
    if info.units <= single {
        assert!(info.segments <= 1);
    } else {
        assert!(info.segments >= info.units.div_ceil(per));
    }
    if info.encoding == Encoding::Ucs2 {
        assert_eq!(info.units, text.encode_utf16().count());
    }
});
