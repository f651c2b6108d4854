//! The learned fallback: it decides only replies no rule decides, and it can
//! be turned off.

use std::sync::LazyLock;

use serde_json::Value;
use sms_inbox::{Intent, OptOutClassifier};

static FULL: LazyLock<OptOutClassifier> = LazyLock::new(OptOutClassifier::default);
static RULES_ONLY: LazyLock<OptOutClassifier> = LazyLock::new(|| {
    OptOutClassifier::builder()
        .learned_fallback(false)
        .build()
        .expect("built-in rules compile")
});

/// Replies no written rule matches, worded unlike any labelled row.
const ONLY_THE_MODEL_KNOWS: &[&str] = &[
    "もうメッセージいらないです",
    "ya no quiero saber nada de sus mensajes",
    "quit hitting my line with this junk",
    "sms von euch brauch ich nicht",
];

#[test]
fn fallback_reads_opt_outs_no_rule_knows() {
    for text in ONLY_THE_MODEL_KNOWS {
        assert_eq!(RULES_ONLY.classify(text).rule, "none", "{text}");
        let c = FULL.classify(text);
        assert_eq!(
            (c.intent, c.rule.as_ref()),
            (Intent::OptOut, "model:opt-out"),
            "{text}"
        );
        assert!(!c.is_exact_keyword());
    }
}

#[test]
fn fallback_leaves_ordinary_replies_alone() {
    for text in [
        "what's your return policy?",
        "can I swap the size?",
        "love the new colors",
        "where is my package",
        "the discount didn't work at checkout",
        "I'll be home after 6",
        "is the sale still on?",
        "who do I contact about a refund",
        "stop on by anytime",
        "sto arrivando",
        "please stop the sale from ending lol",
        "",
        "🙂",
        // One plain word never goes to the model.
        "spot",
        "yelp",
        "quiet",
    ] {
        assert_eq!(FULL.classify(text).intent, Intent::None, "{text:?}");
    }
}

#[test]
fn fallback_never_changes_a_rule_or_guard_decision() {
    let sets = [
        include_str!("data/optout-dev.jsonl"),
        include_str!("data/optout-heldaside.jsonl"),
        include_str!("data/optout-heldaside-2.jsonl"),
        include_str!("data/optout-heldaside-3.jsonl"),
        include_str!("data/optout-heldaside-4.jsonl"),
        include_str!("data/optout-heldaside-5.jsonl"),
        include_str!("data/optout-heldaside-6.jsonl"),
        include_str!("data/optout-heldaside-7.jsonl"),
        include_str!("data/optout-heldaside-8.jsonl"),
        include_str!("data/optout-heldaside-9.jsonl"),
        include_str!("data/optout-heldaside-10.jsonl"),
        include_str!("data/optout-heldaside-11.jsonl"),
        include_str!("data/optout-heldaside-12.jsonl"),
        include_str!("data/optout-heldaside-13.jsonl"),
        include_str!("data/optout-heldaside-14.jsonl"),
        include_str!("data/optout-heldaside-15.jsonl"),
        include_str!("data/optout-heldaside-16.jsonl"),
        include_str!("data/optout-heldaside-17.jsonl"),
        include_str!("data/optout-heldaside-18.jsonl"),
        include_str!("data/optout-heldaside-19.jsonl"),
        include_str!("data/optout-heldaside-20.jsonl"),
        include_str!("data/optout-heldaside-21.jsonl"),
        include_str!("data/optout-heldaside-22.jsonl"),
        include_str!("data/optout-heldaside-23.jsonl"),
        include_str!("data/optout-heldaside-24.jsonl"),
        include_str!("data/optout-heldaside-25.jsonl"),
        include_str!("data/optout-heldaside-26.jsonl"),
        include_str!("data/optout-heldaside-27.jsonl"),
        include_str!("data/optout-heldaside-28.jsonl"),
        include_str!("data/optout-heldaside-29.jsonl"),
        include_str!("data/optout-heldaside-30.jsonl"),
        include_str!("data/optout-heldaside-31.jsonl"),
        include_str!("data/optout-heldaside-32.jsonl"),
        include_str!("data/optout-heldaside-33.jsonl"),
        include_str!("data/optout-heldaside-34.jsonl"),
        include_str!("data/optout-heldaside-35.jsonl"),
        include_str!("data/optout-heldaside-36.jsonl"),
        include_str!("data/optout-heldaside-37.jsonl"),
        include_str!("data/optout-heldaside-38.jsonl"),
        include_str!("data/optout-heldaside-39.jsonl"),
        include_str!("data/optout-heldaside-40.jsonl"),
        include_str!("data/optout-heldaside-41.jsonl"),
        include_str!("data/optout-heldaside-42.jsonl"),
        include_str!("data/optout-heldaside-43.jsonl"),
        include_str!("data/optout-heldaside-44.jsonl"),
        include_str!("data/optout-heldaside-45.jsonl"),
        include_str!("data/optout-heldaside-46.jsonl"),
        include_str!("data/optout-heldaside-47.jsonl"),
        include_str!("data/optout-heldaside-48.jsonl"),
        include_str!("data/optout-heldaside-49.jsonl"),
        include_str!("data/optout-heldaside-50.jsonl"),
        include_str!("data/optout-heldaside-51.jsonl"),
        include_str!("data/optout-heldaside-52.jsonl"),
        include_str!("data/optout-heldaside-53.jsonl"),
        include_str!("data/optout-heldaside-54.jsonl"),
        include_str!("data/optout-heldaside-55.jsonl"),
        include_str!("data/optout-heldaside-56.jsonl"),
        include_str!("data/optout-heldaside-57.jsonl"),
        include_str!("data/optout-heldaside-58.jsonl"),
        include_str!("data/optout-heldaside-59.jsonl"),
        include_str!("data/optout-heldaside-60.jsonl"),
        include_str!("data/optout-heldaside-61.jsonl"),
        include_str!("data/optout-heldaside-62.jsonl"),
        include_str!("data/optout-heldaside-63.jsonl"),
        include_str!("data/optout-heldaside-64.jsonl"),
        include_str!("data/optout-holdout.jsonl"),
    ];
    let mut decided_by_model = 0;
    for line in sets.iter().flat_map(|s| s.lines()) {
        let row: Value = serde_json::from_str(line).unwrap();
        let text = row["text"].as_str().unwrap();
        let (rules, full) = (RULES_ONLY.classify(text), FULL.classify(text));
        if rules.rule == "none" {
            if full.rule.starts_with("model:") {
                decided_by_model += 1;
            } else {
                assert_eq!(full.rule, "none", "{text}");
            }
        } else {
            assert_eq!(full, rules, "{text}");
        }
    }
    // The check above is not vacuous: some replies reach the model.
    assert!(decided_by_model > 0);
}

#[test]
fn strict_mode_and_the_switch_turn_it_off() {
    let strict = OptOutClassifier::builder().strict(true).build().unwrap();
    for text in ONLY_THE_MODEL_KNOWS {
        assert_eq!(strict.classify(text).intent, Intent::None, "{text}");
        assert_eq!(RULES_ONLY.classify(text).intent, Intent::None, "{text}");
    }
    assert_eq!(RULES_ONLY.classify("STOP").intent, Intent::OptOut);
}
