//! `X-Twilio-Signature` checks against the vectors in Twilio's own helper libraries'
//! tests, and against our own tampering.
#![cfg(feature = "twilio")]

use sms_inbox::carrier::twilio::{compute_signature, verify_signature, verify_signature_json};

// The request shared by the request validator tests of twilio-python
// (tests/unit/test_request_validator.py), twilio-java
// (src/test/java/com/twilio/security/RequestValidatorTest.java) and twilio-go
// (client/request_validator_test.go).
const TOKEN: &str = "12345";
const URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";
const PARAMS: [(&str, &str); 5] = [
    ("CallSid", "CA1234567890ABCDE"),
    ("Digits", "1234"),
    ("From", "+14158675309"),
    ("To", "+18005551212"),
    ("Caller", "+14158675309"),
];
const SIGNATURE: &str = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
const BODY: &str = r#"{"property": "value", "boolean": true}"#;
const BODY_HASH: &str = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

#[test]
fn helper_library_vector_verifies() {
    // python test_compute_signature / test_validation; java testValidate; go "succeeds".
    assert!(verify_signature(TOKEN, URL, &PARAMS, SIGNATURE));
    assert_eq!(compute_signature(TOKEN, URL, &PARAMS), SIGNATURE);
}

#[test]
fn helper_library_wrong_signatures_fail() {
    // java testFailsWhenIncorrect; go "returns false when validation fails".
    assert!(!verify_signature(
        TOKEN,
        URL,
        &PARAMS,
        "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8="
    ));
    assert!(!verify_signature(TOKEN, URL, &PARAMS, "WRONG SIGNATURE"));
}

#[test]
fn helper_library_default_port_vectors() {
    // python test_validation_adds_port_on_https; java testValidateAddsPortHttps:
    // signed with :443, checked against the URL without it.
    assert!(verify_signature(
        TOKEN,
        URL,
        &PARAMS,
        "kvajT1Ptam85bY51eRf/AJRuM3w="
    ));
    // python test_validation_adds_port_on_http; java testValidateAddsPortHttp.
    let http = URL.replace("https", "http");
    assert!(verify_signature(
        TOKEN,
        &http,
        &PARAMS,
        "0ZXoZLH/DfblKGATFgpif+LLRf4="
    ));
    // The other way round: the host's URL has the port, Twilio signed without it.
    let with_443 = URL.replace(".com", ".com:443");
    assert!(verify_signature(TOKEN, &with_443, &PARAMS, SIGNATURE));
    let http_with_80 = http.replace(".com", ".com:80");
    assert!(verify_signature(
        TOKEN,
        &http_with_80,
        &PARAMS,
        "0ZXoZLH/DfblKGATFgpif+LLRf4="
    ));
}

#[test]
fn helper_library_non_default_port_vectors() {
    // python test_validation_removes_port_on_http; java testValidateRemovesPortHttp;
    // go "http and port is specified and signature is generated with it": the
    // signature covers :1234, which is kept.
    let url = URL.replace(".com", ".com:1234").replace("https", "http");
    assert!(verify_signature(
        TOKEN,
        &url,
        &PARAMS,
        "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="
    ));
}

#[test]
fn a_non_default_port_is_never_stripped() {
    // python test_validation_removes_port_on_https, java testValidateRemovesPortHttps and
    // go "https and port is specified but signature is generated without it" accept a
    // signature made for https://mycompany.com/… on https://mycompany.com:1234/…. We do
    // not, on purpose: those are different origins, and a signature for one should not
    // open the other. Only the scheme's default port is optional.
    let url = URL.replace(".com", ".com:1234");
    assert!(!verify_signature(TOKEN, &url, &PARAMS, SIGNATURE));
    // Nor is :443 on http (or :80 on https) a default port.
    let odd = URL.replace(".com", ".com:80");
    assert!(!verify_signature(TOKEN, &odd, &PARAMS, SIGNATURE));
}

#[test]
fn helper_library_repeated_parameter_vector() {
    // python test_compute_signature_duplicate_multi_dict / _query_dict.
    let params = [
        ("Sid", "CA123"),
        ("SidAccount", "AC123"),
        ("Digits", "5678"),
        ("Digits", "1234"),
    ];
    assert!(verify_signature(
        TOKEN,
        URL,
        &params,
        "IK+Dwps556ElfBT0I3Rgjkr1wJU="
    ));
    // Repeated values are sorted, so their order in the body does not matter.
    let reordered = [
        ("Digits", "1234"),
        ("SidAccount", "AC123"),
        ("Digits", "5678"),
        ("Sid", "CA123"),
    ];
    assert!(verify_signature(
        TOKEN,
        URL,
        &reordered,
        "IK+Dwps556ElfBT0I3Rgjkr1wJU="
    ));
    // But dropping one of them, or changing one, does.
    assert!(!verify_signature(
        TOKEN,
        URL,
        &params[..3],
        "IK+Dwps556ElfBT0I3Rgjkr1wJU="
    ));
    let changed = [params[0], params[1], params[2], ("Digits", "1235")];
    assert!(!verify_signature(
        TOKEN,
        URL,
        &changed,
        "IK+Dwps556ElfBT0I3Rgjkr1wJU="
    ));
}

#[test]
fn helper_library_json_body_vectors() {
    // python test_validation_of_body_succeeds; java testValidateWithBody; go ValidateBody.
    let url = format!("{URL}&bodySHA256={BODY_HASH}");
    assert!(verify_signature_json(
        TOKEN,
        &url,
        BODY,
        "a9nBmqA0ju/hNViExpshrM61xv4="
    ));
    // java testValidateWithNoOtherParameters; go "no other parameters".
    let url = format!("https://mycompany.com/myapp.php?bodySHA256={BODY_HASH}");
    assert!(verify_signature_json(
        TOKEN,
        &url,
        BODY,
        "y77kIzt2vzLz71DgmJGsen2scGs="
    ));
    // java testValidateBodyWithoutSignature; go "returns false when validation fails":
    // no bodySHA256 in the URL.
    assert!(!verify_signature_json(TOKEN, URL, BODY, SIGNATURE));
}

#[test]
fn json_body_tampering_fails() {
    let url = format!("{URL}&bodySHA256={BODY_HASH}");
    let signature = "a9nBmqA0ju/hNViExpshrM61xv4=";
    // A changed body no longer matches the hash the signature covers.
    let tampered = BODY.replace("value", "valve");
    assert!(!verify_signature_json(TOKEN, &url, &tampered, signature));
    // A hash changed to match the tampered body breaks the signature.
    let hash = sha256_hex(&tampered);
    let forged_url = format!("{URL}&bodySHA256={hash}");
    assert!(!verify_signature_json(
        TOKEN,
        &forged_url,
        &tampered,
        signature
    ));
    // Wrong token.
    assert!(!verify_signature_json("54321", &url, BODY, signature));
    // The default port is optional here too.
    let with_443 = url.replace(".com", ".com:443");
    assert!(verify_signature_json(TOKEN, &with_443, BODY, signature));
    // The hash may be upper-case hex.
    let upper = format!("{URL}&bodySHA256={}", BODY_HASH.to_uppercase());
    let signature_upper = compute_signature(TOKEN, &upper, &[]);
    assert!(verify_signature_json(TOKEN, &upper, BODY, &signature_upper));
}

/// Hex SHA-256, computed here rather than by the code under test.
fn sha256_hex(body: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn node_library_port_vectors() {
    // twilio-node spec/unit/webhooks/webhooks.spec.js: signed with and without :443,
    // checked with and without it, all four combinations pass; another query fails.
    let token = "s3cr3t";
    let with = "https://example.com:443/path?test=param";
    let without = "https://example.com/path?test=param";
    for signed in [with, without] {
        let signature = compute_signature(token, signed, &[]);
        assert!(verify_signature(token, with, &[], &signature));
        assert!(verify_signature(token, without, &[], &signature));
    }
    let signature = compute_signature(token, without, &[]);
    assert!(!verify_signature(
        token,
        "https://example.com/path?test=param2",
        &[],
        &signature
    ));
}

#[test]
fn our_own_tampering_fails() {
    // Wrong token.
    assert!(!verify_signature("12346", URL, &PARAMS, SIGNATURE));
    // A changed parameter value, name, or an extra or missing parameter.
    let mut changed = PARAMS;
    changed[1] = ("Digits", "1235");
    assert!(!verify_signature(TOKEN, URL, &changed, SIGNATURE));
    changed = PARAMS;
    changed[1] = ("digits", "1234");
    assert!(!verify_signature(TOKEN, URL, &changed, SIGNATURE));
    let mut extra = PARAMS.to_vec();
    extra.push(("Body", "STOP"));
    assert!(!verify_signature(TOKEN, URL, &extra, SIGNATURE));
    assert!(!verify_signature(TOKEN, URL, &PARAMS[1..], SIGNATURE));
    // A changed URL: path, query, scheme, host.
    for url in [
        "https://mycompany.com/myapp.php?foo=1&bar=3",
        "https://mycompany.com/myapp.php?foo=1",
        "https://mycompany.com/other.php?foo=1&bar=2",
        "http://mycompany.com/myapp.php?foo=1&bar=2",
        "https://evil.example/myapp.php?foo=1&bar=2",
    ] {
        assert!(!verify_signature(TOKEN, url, &PARAMS, SIGNATURE), "{url}");
    }
    // Malformed signatures.
    for signature in [
        "",
        "=",
        "RSOYDt4T1cUTdK1PDd93/VVr8B8",
        "RSOYDt4T1cUTdK1PDd93/VVr8B8=AA==",
        "RSOYDt4T1cUTdK1PDd93/VVr8B9=",
    ] {
        assert!(
            !verify_signature(TOKEN, URL, &PARAMS, signature),
            "{signature:?}"
        );
    }
    // Whitespace around the header value is tolerated.
    assert!(verify_signature(
        TOKEN,
        URL,
        &PARAMS,
        " RSOYDt4T1cUTdK1PDd93/VVr8B8=\n"
    ));
}

#[test]
fn an_empty_token_never_verifies() {
    // Skipping verification when unconfigured is how other crates fail open.
    let signature = compute_signature("", URL, &PARAMS);
    assert!(!verify_signature("", URL, &PARAMS, &signature));
    let url = format!("{URL}&bodySHA256={BODY_HASH}");
    let signature = compute_signature("", &url, &[]);
    assert!(!verify_signature_json("", &url, BODY, &signature));
}
