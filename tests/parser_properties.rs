//! The fuzz targets' entry points under proptest, so stable CI covers them: phone
//! numbers and the segment counter on any input (the classifier, webhook parser and
//! signature checks have their own property files).

use proptest::prelude::*;
use sms_inbox::PhoneNumber;
use sms_inbox::segments::{Encoding, analyze};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn phone_parsing_never_panics(text in "\\PC{0,80}", region in "[A-Za-z]{0,3}") {
        let parsed = [PhoneNumber::parse(&text, &region), PhoneNumber::parse_international(&text)];
        for n in parsed.into_iter().flatten() {
            prop_assert!(n.e164().starts_with('+'));
            prop_assert!(n.masked().contains('•'));
        }
    }

    #[test]
    fn phone_like_input_never_panics(text in "[0-9 +()\\-.#*x/]{0,40}") {
        let _ = PhoneNumber::parse(&text, "US");
        let _ = PhoneNumber::parse(&text, "CH");
        let _ = PhoneNumber::parse_international(&text);
    }

    #[test]
    fn formatting_does_not_change_a_valid_number(n in 2_000_000u32..9_999_999) {
        let plain = format!("+1415{n}");
        if let Ok(number) = PhoneNumber::parse_international(&plain) {
            let spaced = format!("+1 (415) {}-{}", &plain[5..8], &plain[8..]);
            prop_assert_eq!(PhoneNumber::parse(&spaced, "US").unwrap(), number);
        }
    }

    #[test]
    fn segment_counts_are_consistent(text in "\\PC{0,700}") {
        let info = analyze(&text);
        prop_assert_eq!(info.segments == 0, text.is_empty());
        let per = match info.encoding {
            Encoding::Gsm7 => 153,
            Encoding::Ucs2 => 67,
        };
        let single = match info.encoding {
            Encoding::Gsm7 => 160,
            Encoding::Ucs2 => 70,
        };
        if info.units <= single {
            prop_assert!(info.segments <= 1);
        } else {
            prop_assert!(info.segments >= info.units.div_ceil(per));
        }
        if info.encoding == Encoding::Ucs2 {
            prop_assert_eq!(info.units, text.encode_utf16().count());
        }
    }

    #[test]
    fn gsm_text_of_plain_ascii_counts_one_unit_per_char(text in "[A-Za-z0-9 .,!?]{0,500}") {
        let info = analyze(&text);
        prop_assert_eq!(info.encoding, Encoding::Gsm7);
        prop_assert_eq!(info.units, text.len());
        let expected = if text.is_empty() { 0 } else if text.len() <= 160 { 1 } else { text.len().div_ceil(153) };
        prop_assert_eq!(info.segments, expected);
    }
}
