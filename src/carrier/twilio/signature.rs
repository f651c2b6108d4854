//! `X-Twilio-Signature` verification: HMAC-SHA1 over the URL and the sorted parameters.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256};

type HmacSha1 = Hmac<Sha1>;

/// Checks an `X-Twilio-Signature` header for a form-encoded (or GET) webhook.
///
/// `url` is the full URL Twilio requested, query string included, exactly as it is
/// configured in Twilio (behind a proxy, rebuild the public URL, not the internal one).
/// `params` are the decoded POST parameters in any order; pass an empty slice for GET,
/// whose parameters are in the URL.
///
/// The signed string is the URL followed by every parameter name immediately followed by
/// its value, sorted by name and, for a repeated name, by value, as Twilio's Python
/// helper library does. The URL is tried as given and with its default port added or
/// removed (`:443` for https, `:80` for http), because Twilio signs some requests one way
/// and some the other. Other ports are never added or removed.
///
/// The comparison is constant-time. An empty auth token or a signature that is not
/// base64 of a 20-byte MAC never verifies.
///
/// ```
/// use sms_inbox::carrier::twilio::verify_signature;
///
/// // From the request validator tests of Twilio's helper libraries.
/// let params = [
///     ("CallSid", "CA1234567890ABCDE"),
///     ("Caller", "+14158675309"),
///     ("Digits", "1234"),
///     ("From", "+14158675309"),
///     ("To", "+18005551212"),
/// ];
/// let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
/// assert!(verify_signature("12345", url, &params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
/// assert!(!verify_signature("54321", url, &params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
/// ```
pub fn verify_signature(
    auth_token: &str,
    url: &str,
    params: &[(&str, &str)],
    signature: &str,
) -> bool {
    let Some(expected) = decode_signature(signature) else {
        return false;
    };
    let Some(key) = keyed_mac(auth_token) else {
        return false;
    };
    let sorted = sorted_params(params);
    // Both candidates are always computed, so timing does not tell which one matched.
    let mut ok = false;
    for candidate in url_candidates(url) {
        ok |= mac_over(&key, &candidate, &sorted)
            .verify_slice(&expected)
            .is_ok();
    }
    ok
}

/// Checks an `X-Twilio-Signature` header for a webhook with a JSON body.
///
/// Twilio puts the hex SHA-256 of the body in the URL's `bodySHA256` query parameter and
/// signs the URL alone, with no parameters appended. Both must match: the signature over
/// `url` (with or without the default port, as in [`verify_signature`]) and the body's
/// hash. A URL without `bodySHA256` never verifies.
///
/// ```
/// use sms_inbox::carrier::twilio::verify_signature_json;
///
/// // From the request validator tests of Twilio's helper libraries.
/// let body = r#"{"property": "value", "boolean": true}"#;
/// let url = "https://mycompany.com/myapp.php?foo=1&bar=2\
///            &bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
/// assert!(verify_signature_json("12345", url, body, "a9nBmqA0ju/hNViExpshrM61xv4="));
/// assert!(!verify_signature_json("12345", url, "{}", "a9nBmqA0ju/hNViExpshrM61xv4="));
/// ```
pub fn verify_signature_json(auth_token: &str, url: &str, body: &str, signature: &str) -> bool {
    let Some(claimed) = query_param(url, "bodySHA256") else {
        return false;
    };
    // The hash and the body are both in the attacker's hands, so an ordinary comparison
    // leaks nothing; the secret-dependent part is the signature below.
    let hash_ok = hex_sha256(body.as_bytes()).eq_ignore_ascii_case(claimed);
    let signature_ok = verify_signature(auth_token, url, &[], signature);
    hash_ok & signature_ok
}

/// Computes the `X-Twilio-Signature` Twilio would send for `url` and `params`, as
/// [`verify_signature`] expects it. For tests and for hosts that forward webhooks.
///
/// ```
/// use sms_inbox::carrier::twilio::{compute_signature, verify_signature};
///
/// let params = [("Body", "hi"), ("From", "+14155552671")];
/// let url = "https://inbox.example.com/twilio/inbound";
/// let signature = compute_signature("token", url, &params);
/// assert!(verify_signature("token", url, &params, &signature));
/// ```
pub fn compute_signature(auth_token: &str, url: &str, params: &[(&str, &str)]) -> String {
    // HMAC takes keys of any length, so this never returns early.
    let Ok(key) = HmacSha1::new_from_slice(auth_token.as_bytes()) else {
        return String::new();
    };
    let mac = mac_over(&key, url, &sorted_params(params));
    BASE64.encode(mac.finalize().into_bytes())
}

/// The hex SHA-256 of `body`, as Twilio puts it in `bodySHA256`.
pub(crate) fn hex_sha256(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let mut out = String::with_capacity(64);
    for byte in digest {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    out
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn keyed_mac(auth_token: &str) -> Option<HmacSha1> {
    // An empty key is public knowledge: anyone could sign with it.
    if auth_token.is_empty() {
        return None;
    }
    HmacSha1::new_from_slice(auth_token.as_bytes()).ok()
}

fn decode_signature(signature: &str) -> Option<Vec<u8>> {
    let bytes = BASE64.decode(signature.trim()).ok()?;
    (bytes.len() == 20).then_some(bytes)
}

fn sorted_params<'a>(params: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut sorted = params.to_vec();
    // By name, then by value for repeated names: what twilio-python's
    // `compute_signature` does (`sorted(set(names))`, then `sorted(values)`).
    sorted.sort_unstable();
    sorted
}

fn mac_over(key: &HmacSha1, url: &str, sorted: &[(&str, &str)]) -> HmacSha1 {
    let mut mac = key.clone();
    mac.update(url.as_bytes());
    for (name, value) in sorted {
        mac.update(name.as_bytes());
        mac.update(value.as_bytes());
    }
    mac
}

/// The URL as given, and the same URL with the scheme's default port added when it has
/// no port, or removed when it has exactly the default port.
fn url_candidates(url: &str) -> Vec<String> {
    let mut out = vec![url.to_owned()];
    if let Some(other) = toggle_default_port(url) {
        out.push(other);
    }
    out
}

fn toggle_default_port(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let default_port = if scheme.eq_ignore_ascii_case("https") {
        "443"
    } else if scheme.eq_ignore_ascii_case("http") {
        "80"
    } else {
        return None;
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let host_start = authority.rfind('@').map_or(0, |at| at + 1);
    let (userinfo, host_port) = authority.split_at(host_start);
    // An IPv6 literal has colons of its own; a port can only follow its closing bracket.
    let port_colon = match host_port.rfind(']') {
        Some(bracket) => host_port[bracket..].find(':').map(|i| bracket + i),
        None => host_port.rfind(':'),
    };
    let host_port = match port_colon {
        Some(colon) if &host_port[colon + 1..] == default_port => host_port[..colon].to_owned(),
        Some(_) => return None,
        None if host_port.is_empty() => return None,
        None => format!("{host_port}:{default_port}"),
    };
    Some(format!("{scheme}://{userinfo}{host_port}{tail}"))
}

/// The raw value of the first query parameter `name` in `url` (no percent-decoding:
/// Twilio writes the hash in plain hex).
fn query_param<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    let query = url.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or(query);
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_ports_are_toggled_and_others_kept() {
        let t = |u: &str| toggle_default_port(u);
        assert_eq!(t("https://a.com/x").as_deref(), Some("https://a.com:443/x"));
        assert_eq!(t("https://a.com:443/x").as_deref(), Some("https://a.com/x"));
        assert_eq!(
            t("http://a.com?q=1").as_deref(),
            Some("http://a.com:80?q=1")
        );
        assert_eq!(t("http://a.com:80").as_deref(), Some("http://a.com"));
        assert_eq!(t("https://a.com:8443/x"), None);
        assert_eq!(t("http://a.com:443/x"), None);
        assert_eq!(t("https://[::1]/x").as_deref(), Some("https://[::1]:443/x"));
        assert_eq!(t("https://[::1]:443/x").as_deref(), Some("https://[::1]/x"));
        assert_eq!(
            t("https://u:p@a.com/x").as_deref(),
            Some("https://u:p@a.com:443/x")
        );
        assert_eq!(t("ftp://a.com/x"), None);
        assert_eq!(t("not a url"), None);
        assert_eq!(t("https://"), None);
    }

    #[test]
    fn body_hash_is_lowercase_hex() {
        assert_eq!(
            hex_sha256(br#"{"property": "value", "boolean": true}"#),
            "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"
        );
    }

    #[test]
    fn query_params_are_found_by_exact_name() {
        let url = "https://a.com/x?xbodySHA256=1&bodySHA256=abc#frag";
        assert_eq!(query_param(url, "bodySHA256"), Some("abc"));
        assert_eq!(query_param("https://a.com/x", "bodySHA256"), None);
    }

    #[test]
    fn empty_token_never_verifies() {
        let signature = compute_signature("", "https://a.com/x", &[]);
        assert!(!verify_signature("", "https://a.com/x", &[], &signature));
    }
}
