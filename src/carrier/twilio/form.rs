//! Decoding `application/x-www-form-urlencoded` webhook bodies.

use std::fmt;

use crate::error::{Error, Result};

/// The largest webhook body accepted. Twilio's are a few kilobytes (a body is at most
/// 1600 characters, plus up to ten media URLs).
pub const MAX_FORM_BYTES: usize = 64 * 1024;

const MAX_NAME_IN_ERRORS: usize = 40;

/// The decoded parameters of a form-encoded webhook body, in the order they came.
///
/// Parse once, check the signature with [`FormParams::verify_signature`], then read the
/// webhook with [`InboundWebhook::from_params`](super::InboundWebhook::from_params) or
/// [`StatusCallback::from_params`](super::StatusCallback::from_params).
///
/// `Debug` shows the parameter names only: values hold phone numbers and texts.
///
/// ```
/// use sms_inbox::carrier::twilio::FormParams;
///
/// let form = FormParams::parse(b"Body=Tom+%26+Jerry&NumMedia=0")?;
/// assert_eq!(form.get("Body"), Some("Tom & Jerry"));
/// assert_eq!(format!("{form:?}"), r#"FormParams(["Body", "NumMedia"])"#);
/// assert!(FormParams::parse(b"Body=%FF").is_err()); // not UTF-8
/// # Ok::<(), sms_inbox::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Default)]
pub struct FormParams {
    pairs: Vec<(String, String)>,
}

impl FormParams {
    /// Decodes a form body: `+` is a space, `%XX` a byte, and every name and value must
    /// be UTF-8 once decoded. A `%` not followed by two hex digits is kept as it is, as
    /// browsers and Twilio's helper libraries do.
    pub fn parse(body: &[u8]) -> Result<Self> {
        if body.len() > MAX_FORM_BYTES {
            return Err(bad_form(format!(
                "it has {} bytes; a Twilio webhook has at most {MAX_FORM_BYTES}",
                body.len()
            )));
        }
        let mut pairs = Vec::new();
        for (index, part) in body.split(|b| *b == b'&').enumerate() {
            if part.is_empty() {
                continue;
            }
            let (raw_name, raw_value) = match part.iter().position(|b| *b == b'=') {
                Some(eq) => (&part[..eq], &part[eq + 1..]),
                None => (part, &b""[..]),
            };
            let name = String::from_utf8(percent_decode(raw_name)).map_err(|_| {
                bad_form(format!(
                    "the name of parameter {} is not UTF-8 once decoded",
                    index + 1
                ))
            })?;
            let value = String::from_utf8(percent_decode(raw_value)).map_err(|_| {
                bad_form(format!(
                    "the value of {} is not UTF-8 once decoded",
                    quoted_name(&name)
                ))
            })?;
            pairs.push((name, value));
        }
        Ok(Self { pairs })
    }

    /// The first value of `name`, if present.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every parameter as a `(name, value)` pair, in the order they came: what
    /// [`verify_signature`](super::verify_signature) takes.
    pub fn pairs(&self) -> Vec<(&str, &str)> {
        self.pairs
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect()
    }

    /// How many parameters there are, repeated names counted each time.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether there are no parameters.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// Checks the request's `X-Twilio-Signature` against these parameters; see
    /// [`verify_signature`](super::verify_signature).
    pub fn verify_signature(&self, auth_token: &str, url: &str, signature: &str) -> bool {
        super::verify_signature(auth_token, url, &self.pairs(), signature)
    }
}

impl fmt::Debug for FormParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("FormParams")
            .field(&self.pairs.iter().map(|(n, _)| n).collect::<Vec<_>>())
            .finish()
    }
}

/// A parameter name for an error message: quoted, and cut short, since it came from
/// the request.
pub(crate) fn quoted_name(name: &str) -> String {
    let short: String = name.chars().take(MAX_NAME_IN_ERRORS).collect();
    if short.len() < name.len() {
        format!("{short:?}…")
    } else {
        format!("{short:?}")
    }
}

fn bad_form(reason: String) -> Error {
    Error::Invalid {
        field: "webhook form body",
        reason,
    }
}

fn percent_decode(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'+' => out.push(b' '),
            b'%' => match (raw.get(i + 1).and_then(hex), raw.get(i + 2).and_then(hex)) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            other => out.push(other),
        }
        i += 1;
    }
    out
}

fn hex(b: &u8) -> Option<u8> {
    char::from(*b)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_twilio_encodes() {
        let form = FormParams::parse(b"A=1+2&B=%2B1%20x&C&D=&=e&&F=100%&G=%zz").unwrap();
        assert_eq!(
            form.pairs(),
            vec![
                ("A", "1 2"),
                ("B", "+1 x"),
                ("C", ""),
                ("D", ""),
                ("", "e"),
                ("F", "100%"),
                ("G", "%zz"),
            ]
        );
    }

    #[test]
    fn repeated_names_are_all_kept() {
        let form = FormParams::parse(b"Digits=5678&Digits=1234").unwrap();
        assert_eq!(form.get("Digits"), Some("5678"));
        assert_eq!(form.len(), 2);
    }

    #[test]
    fn invalid_utf8_names_the_parameter() {
        let err = FormParams::parse(b"To=%2B1&Body=caf%E9").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid webhook form body: the value of \"Body\" is not UTF-8 once decoded"
        );
        let err = FormParams::parse(b"To=1&%FF=x").unwrap_err();
        assert!(err.to_string().contains("parameter 2"), "{err}");
        assert!(FormParams::parse(&[b'a'; MAX_FORM_BYTES + 1]).is_err());
    }
}
