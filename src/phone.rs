//! E.164 phone numbers, parsed with libphonenumber's metadata and masked in logs.

use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::str::FromStr;

use phonenumber::{Mode, Type};

use crate::error::{Error, Result};

/// Longest input we hand to the parser; real numbers with formatting are far shorter.
const MAX_INPUT: usize = 64;

/// A valid phone number in E.164 form (`+14155552671`).
///
/// `Debug` and `Display` mask the middle digits (`+1415•••2671`) so numbers stay out of
/// logs; [`PhoneNumber::e164`] gives the full number.
///
/// ```
/// use sms_inbox::PhoneNumber;
///
/// let n = PhoneNumber::parse("(415) 555-2671", "US")?;
/// assert_eq!(n.e164(), "+14155552671");
/// assert_eq!(n.to_string(), "+1415•••2671");
/// # Ok::<(), sms_inbox::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PhoneNumber {
    e164: String,
    country_code: u16,
}

impl PhoneNumber {
    /// Parses a number written in national form for `default_region` (an ISO 3166
    /// two-letter code such as `"US"`), or in international form (`+44 …`) for any region.
    pub fn parse(input: &str, default_region: &str) -> Result<Self> {
        let region = phonenumber::country::Id::from_str(&default_region.to_ascii_uppercase())
            .map_err(|_| invalid(input, format!("unknown region {default_region:?}")))?;
        Self::parse_in(input, Some(region))
    }

    /// Parses a number in international form (`+14155552671`, `+44 20 7946 0958`).
    pub fn parse_international(input: &str) -> Result<Self> {
        Self::parse_in(input, None)
    }

    fn parse_in(input: &str, region: Option<phonenumber::country::Id>) -> Result<Self> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(invalid(input, "it is empty".into()));
        }
        if trimmed.len() > MAX_INPUT {
            return Err(invalid(
                input,
                format!("it is longer than {MAX_INPUT} characters"),
            ));
        }
        if let Some(bad) = trimmed
            .chars()
            .find(|c| !(c.is_ascii_digit() || " +-.()/".contains(*c)))
        {
            return Err(invalid(input, format!("it contains {bad:?}")));
        }
        if trimmed.chars().filter(char::is_ascii_digit).count() < 3 {
            return Err(invalid(input, "it has too few digits".into()));
        }
        // The parser has panicked on malformed input in past releases; the character
        // filter above keeps such input out, and this keeps a future regression from
        // taking down the host.
        let parsed = panic::catch_unwind(AssertUnwindSafe(|| {
            let number = phonenumber::parse(region, trimmed).ok()?;
            let valid = phonenumber::is_valid(&number);
            Some((number, valid))
        }));
        let (number, valid) = match parsed {
            Ok(Some(parsed)) => parsed,
            Ok(None) if region.is_none() && !trimmed.starts_with('+') => {
                return Err(invalid(
                    input,
                    "it has no country code: write it as +<country code><number>".into(),
                ));
            }
            Ok(None) | Err(_) => return Err(invalid(input, "it is not a phone number".into())),
        };
        if !valid {
            return Err(invalid(
                input,
                "it is not a valid number for its country".into(),
            ));
        }
        let e164 = number.format().mode(Mode::E164).to_string();
        Ok(Self {
            e164,
            country_code: number.code().value(),
        })
    }

    #[cfg(any(feature = "sqlite", feature = "postgres"))]
    /// Rebuilds a number this crate validated and stored, without running the full
    /// parser again (reading a page of threads would otherwise spend most of its time
    /// there). Anything that does not look like stored E.164 goes through the parser.
    pub(crate) fn from_stored(e164: &str) -> Result<Self> {
        let digits = e164.strip_prefix('+').unwrap_or("");
        let well_formed = (7..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0');
        if well_formed {
            // Country calling codes are prefix-free, so the first prefix that is one
            // is the code.
            let code = (1..=3)
                .filter_map(|len| digits[..len].parse::<u16>().ok())
                .find(|code| phonenumber::metadata::DATABASE.by_code(code).is_some());
            if let Some(country_code) = code {
                return Ok(Self {
                    e164: e164.to_owned(),
                    country_code,
                });
            }
        }
        Self::parse_international(e164)
    }

    /// Whether this number can receive texts, as far as the numbering plan tells.
    ///
    /// Landlines, premium-rate and shared-cost numbers cannot; where a plan does not
    /// tell mobile and fixed lines apart (the US, Canada) the number is assumed to.
    pub fn can_receive_texts(&self) -> bool {
        let line = panic::catch_unwind(|| {
            phonenumber::parse(None, &self.e164)
                .map(|n| n.number_type(&phonenumber::metadata::DATABASE))
                .unwrap_or(Type::Unknown)
        })
        .unwrap_or(Type::Unknown);
        !matches!(
            line,
            Type::FixedLine | Type::PremiumRate | Type::SharedCost | Type::Uan | Type::Voicemail
        )
    }

    /// The full number in E.164 form. Keep it out of logs; use `Display` there.
    pub fn e164(&self) -> &str {
        &self.e164
    }

    /// The country calling code, e.g. `1` for the US and Canada.
    pub fn country_code(&self) -> u16 {
        self.country_code
    }

    /// The number with its middle digits masked, as `Display` shows it.
    pub fn masked(&self) -> String {
        let digits = &self.e164[1..];
        let cc_len = self.country_code.to_string().len();
        let n = digits.len();
        let tail = if n >= 10 { 4 } else { 2 };
        let head = (cc_len + 3).min(n.saturating_sub(tail + 2));
        let hidden = n - head - tail;
        format!(
            "+{}{}{}",
            &digits[..head],
            "•".repeat(hidden),
            &digits[n - tail..]
        )
    }
}

fn invalid(input: &str, reason: String) -> Error {
    let input: String = input.chars().take(MAX_INPUT).collect();
    Error::InvalidPhone { input, reason }
}

impl FromStr for PhoneNumber {
    type Err = Error;

    /// Parses a number in international form; see [`PhoneNumber::parse_international`].
    fn from_str(s: &str) -> Result<Self> {
        Self::parse_international(s)
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PhoneNumber({})", self.masked())
    }
}

impl serde::Serialize for PhoneNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.e164)
    }
}

impl<'de> serde::Deserialize<'de> for PhoneNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse_international(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_and_international_forms_give_one_e164() {
        for input in [
            "(415) 555-2671",
            "415.555.2671",
            "+1 415 555 2671",
            "1-415-555-2671",
        ] {
            let n = PhoneNumber::parse(input, "US").unwrap();
            assert_eq!(n.e164(), "+14155552671", "{input}");
            assert_eq!(n.country_code(), 1);
        }
        let uk = PhoneNumber::parse("07911 123456", "GB").unwrap();
        assert_eq!(uk.e164(), "+447911123456");
        let intl: PhoneNumber = "+447911123456".parse().unwrap();
        assert_eq!(intl, uk);
    }

    #[test]
    fn display_and_debug_mask_the_middle() {
        let n = PhoneNumber::parse("+14155552671", "US").unwrap();
        assert_eq!(n.to_string(), "+1415•••2671");
        assert_eq!(format!("{n:?}"), "PhoneNumber(+1415•••2671)");
        assert!(!format!("{n:?}").contains("5552671"));
        let uk = PhoneNumber::parse_international("+447911123456").unwrap();
        assert_eq!(uk.to_string(), "+44791•••3456");
    }

    #[test]
    fn bad_input_says_what_is_wrong() {
        let cases = [
            ("", "empty"),
            ("   ", "empty"),
            ("call me", "contains 'c'"),
            ("12", "too few digits"),
            ("555-2671x", "contains 'x'"),
            ("+1 555 123 4567", "not a valid number"),
            ("+1 000 000 0000", "not a phone number"),
            ("4155552671", "no country code"),
        ];
        for (input, reason) in cases {
            match PhoneNumber::parse_international(input) {
                Err(Error::InvalidPhone { reason: r, .. }) => {
                    assert!(r.contains(reason), "{input:?}: {r}")
                }
                other => panic!("{input:?}: {other:?}"),
            }
        }
        let long = "1".repeat(100);
        assert!(matches!(
            PhoneNumber::parse(&long, "US"),
            Err(Error::InvalidPhone { .. })
        ));
        assert!(matches!(
            PhoneNumber::parse("4155552671", "XX"),
            Err(Error::InvalidPhone { reason, .. }) if reason.contains("unknown region")
        ));
    }

    #[test]
    fn inputs_that_once_panicked_the_parser_are_errors() {
        for input in [
            "  2 22#:",
            "003-836-4618x3001",
            "+",
            "++1",
            "(((((1)))))",
            "+0 0",
        ] {
            assert!(PhoneNumber::parse(input, "CH").is_err(), "{input:?}");
        }
    }

    #[test]
    fn landlines_cannot_receive_texts() {
        let uk_landline = PhoneNumber::parse_international("+442079460958").unwrap();
        assert!(!uk_landline.can_receive_texts());
        let uk_mobile = PhoneNumber::parse_international("+447911123456").unwrap();
        assert!(uk_mobile.can_receive_texts());
        let us = PhoneNumber::parse_international("+14155552671").unwrap();
        assert!(us.can_receive_texts());
    }

    #[cfg(any(feature = "sqlite", feature = "postgres"))]
    #[test]
    fn stored_numbers_rebuild_as_parsed() {
        for input in [
            "+14155552671",
            "+447911123456",
            "+33612345678",
            "+8613812345678",
            "+2348031234567",
        ] {
            let parsed = PhoneNumber::parse_international(input).unwrap();
            let stored = PhoneNumber::from_stored(parsed.e164()).unwrap();
            assert_eq!(stored, parsed, "{input}");
            assert_eq!(stored.masked(), parsed.masked());
        }
        assert!(PhoneNumber::from_stored("garbage").is_err());
    }

    #[test]
    fn serde_round_trips_the_full_number() {
        let n = PhoneNumber::parse_international("+14155552671").unwrap();
        let json = serde_json::to_string(&n).unwrap();
        assert_eq!(json, "\"+14155552671\"");
        assert_eq!(serde_json::from_str::<PhoneNumber>(&json).unwrap(), n);
        assert!(serde_json::from_str::<PhoneNumber>("\"not a number\"").is_err());
    }
}
