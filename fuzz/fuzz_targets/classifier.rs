#![no_main]
//! The classifier on any text: it never panics and always names a rule.

use libfuzzer_sys::fuzz_target;
use sms_inbox::OptOutClassifier;

fuzz_target!(|text: &str| {
    thread_local! {
        static CLASSIFIER: OptOutClassifier = OptOutClassifier::default();
    }
    CLASSIFIER.with(|c| assert!(!c.classify(text).rule.is_empty()));
});
