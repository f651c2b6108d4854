//! How many SMS segments a text takes, and in which encoding.
//!
//! Follows Twilio's message-segment-calculator: a text is GSM-7 when every grapheme is
//! one character of the GSM 03.38 basic or extension table, otherwise UCS-2. A single
//! segment holds 160 septets or 70 UTF-16 code units; a longer text is split into
//! segments of 153 septets or 67 code units (the rest carries the concatenation header).
//! A segment boundary never splits a grapheme cluster, so an escape pair, a surrogate
//! pair or an emoji sequence always lands whole in one segment.

use unicode_segmentation::UnicodeSegmentation;

/// Bits in one segment's payload (140 bytes).
const SEGMENT_BITS: usize = 1120;
/// Bits the concatenation header takes from each segment of a multi-part text.
const HEADER_BITS: usize = 48;

/// The character encoding a text is sent in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Encoding {
    /// The GSM 03.38 7-bit alphabet: 160 characters in one segment.
    #[serde(rename = "GSM-7")]
    Gsm7,
    /// UTF-16: 70 code units in one segment.
    #[serde(rename = "UCS-2")]
    Ucs2,
}

impl Encoding {
    /// The name carriers use: `"GSM-7"` or `"UCS-2"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "GSM-7",
            Encoding::Ucs2 => "UCS-2",
        }
    }

    fn bits_per_unit(self) -> usize {
        match self {
            Encoding::Gsm7 => 7,
            Encoding::Ucs2 => 16,
        }
    }
}

/// The encoding and size of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct SegmentInfo {
    /// The encoding the text needs.
    pub encoding: Encoding,
    /// How many segments it is sent as (0 for an empty text).
    pub segments: usize,
    /// Septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2.
    pub units: usize,
}

/// Works out the encoding and segment count of `text`.
///
/// ```
/// use sms_inbox::segments::{analyze, Encoding};
///
/// let info = analyze("Your cart is waiting!");
/// assert_eq!((info.encoding, info.segments, info.units), (Encoding::Gsm7, 1, 21));
/// let info = analyze("Thanks 🙏");
/// assert_eq!((info.encoding, info.segments, info.units), (Encoding::Ucs2, 1, 9));
/// ```
pub fn analyze(text: &str) -> SegmentInfo {
    let encoding = if text.graphemes(true).all(is_gsm7_grapheme) {
        Encoding::Gsm7
    } else {
        Encoding::Ucs2
    };
    let unit_count = |g: &str| match encoding {
        Encoding::Gsm7 => g.chars().map(|c| gsm7_septets(c).unwrap_or(1)).sum(),
        Encoding::Ucs2 => g.encode_utf16().count(),
    };
    let units: usize = text.graphemes(true).map(unit_count).sum();
    let bits = encoding.bits_per_unit();
    if units * bits <= SEGMENT_BITS {
        let segments = usize::from(units > 0);
        return SegmentInfo {
            encoding,
            segments,
            units,
        };
    }
    let capacity = (SEGMENT_BITS - HEADER_BITS) / bits;
    let mut segments = 1;
    let mut used = 0;
    for g in text.graphemes(true) {
        let n = unit_count(g);
        if used + n > capacity && used > 0 {
            segments += 1;
            used = 0;
        }
        used += n;
        // A grapheme longer than a whole segment (a very long emoji sequence) cannot
        // stay in one piece; it spills over as many segments as it fills.
        while used > capacity {
            segments += 1;
            used -= capacity;
        }
    }
    SegmentInfo {
        encoding,
        segments,
        units,
    }
}

/// A grapheme is GSM-7 when it is a single character of the GSM tables. A cluster of
/// several characters (a letter with a combining accent, `\r\n`) is not, as in Twilio's
/// calculator.
fn is_gsm7_grapheme(g: &str) -> bool {
    let mut chars = g.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if gsm7_septets(c).is_some())
}

/// Septets a character takes in GSM-7: 1 in the basic table, 2 in the extension table
/// (escape + character), `None` when it has no GSM-7 form.
fn gsm7_septets(c: char) -> Option<usize> {
    const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
                         ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    const EXTENSION: &str = "\u{c}^{}\\[~]|€";
    if c.is_ascii_alphanumeric() || c == ' ' || BASIC.contains(c) {
        Some(1)
    } else if EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(text: &str) -> (Encoding, usize, usize) {
        let i = analyze(text);
        (i.encoding, i.segments, i.units)
    }

    // The four published examples of Twilio's message-segment-calculator test suite.
    #[test]
    fn twilio_calculator_examples() {
        let digits = "234567890".repeat(20);
        let gsm_one = format!("{{{}", &digits[..158]);
        assert_eq!(seg(&gsm_one), (Encoding::Gsm7, 1, 160));
        let gsm_two = format!("{{{}", &digits[..159]);
        assert_eq!(seg(&gsm_two), (Encoding::Gsm7, 2, 161));
        let ucs_one = format!("😜{}", &digits[..68]);
        assert_eq!(seg(&ucs_one), (Encoding::Ucs2, 1, 70));
        let ucs_two = format!("😜{}", &digits[..69]);
        assert_eq!(seg(&ucs_two), (Encoding::Ucs2, 2, 71));
    }

    // Twilio's segment test: 307 GSM characters leave one character in a third segment,
    // and a 135-unit UCS-2 text likewise.
    #[test]
    fn twilio_calculator_third_segment_examples() {
        let gsm = "1234567890".repeat(31);
        assert_eq!(seg(&gsm[..307]), (Encoding::Gsm7, 3, 307));
        assert_eq!(seg(&gsm[..306]), (Encoding::Gsm7, 2, 306));
        let digits = "2345678901".repeat(14);
        let ucs = format!("😜{}", &digits[..133]);
        assert_eq!(seg(&ucs), (Encoding::Ucs2, 3, 135));
    }

    #[test]
    fn empty_text_is_zero_segments() {
        assert_eq!(seg(""), (Encoding::Gsm7, 0, 0));
    }

    #[test]
    fn extension_characters_count_two_septets() {
        assert_eq!(seg("€5 [off]"), (Encoding::Gsm7, 1, 11));
        assert_eq!(seg(&"€".repeat(80)), (Encoding::Gsm7, 1, 160));
        assert_eq!(seg(&"€".repeat(81)), (Encoding::Gsm7, 2, 162));
    }

    #[test]
    fn escape_pair_is_never_split() {
        // 152 plain septets then an extension character: the pair would straddle the
        // 153-septet boundary, so it moves whole into the second segment.
        let text = format!("{}€{}", "a".repeat(152), "b".repeat(10));
        let info = analyze(&text);
        assert_eq!(info.units, 164);
        assert_eq!(info.segments, 2);
        let text = format!("{}€{}", "a".repeat(152), "b".repeat(151));
        // Split without moving the pair would fit in 2 × 153 = 306 septets; moving it
        // means 152 + (2 + 151) = 152 + 153.
        assert_eq!(analyze(&text).segments, 2);
        let text = format!("{}€{}", "a".repeat(152), "b".repeat(152));
        assert_eq!(analyze(&text).segments, 3);
    }

    #[test]
    fn surrogate_pair_is_never_split() {
        // 66 units then an emoji (2 units): it moves whole into the second segment.
        let text = format!("{}😀{}", "ж".repeat(66), "ж".repeat(10));
        let info = analyze(&text);
        assert_eq!((info.encoding, info.units), (Encoding::Ucs2, 78));
        assert_eq!(info.segments, 2);
        let text = format!("{}😀{}", "ж".repeat(66), "ж".repeat(66));
        // 66 | 2 + 66 = 68 > 67 → 3 segments, where a splitting counter would say 2.
        assert_eq!(analyze(&text).segments, 3);
    }

    #[test]
    fn grapheme_cluster_is_never_split() {
        let family = "👨‍👩‍👧"; // 8 UTF-16 units, one grapheme
        let text = format!("{}{family}", "ж".repeat(62));
        assert_eq!(analyze(&text).units, 70);
        assert_eq!(analyze(&text).segments, 1);
        let text = format!("{}{family}", "ж".repeat(63));
        let info = analyze(&text);
        assert_eq!(info.units, 71);
        // 63 + 8 > 67: the family moves whole into segment 2.
        assert_eq!(info.segments, 2);
    }

    #[test]
    fn any_non_gsm_character_makes_the_text_ucs2() {
        assert_eq!(analyze("Thanks!").encoding, Encoding::Gsm7);
        assert_eq!(analyze("Thanks’").encoding, Encoding::Ucs2);
        assert_eq!(analyze("Ça va? ÄÖÜ ñ à").encoding, Encoding::Gsm7);
        assert_eq!(analyze("ç").encoding, Encoding::Ucs2);
        // A combining accent is a two-character cluster, so UCS-2.
        assert_eq!(analyze("e\u{301}").encoding, Encoding::Ucs2);
        assert_eq!(Encoding::Ucs2.as_str(), "UCS-2");
    }

    #[test]
    fn giant_single_grapheme_spills_over() {
        let zalgo = format!("a{}", "\u{301}".repeat(200));
        let info = analyze(&zalgo);
        assert_eq!(info.units, 201);
        assert_eq!(info.segments, 3);
    }
}
