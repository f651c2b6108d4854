//! The dev corpus must not regress below tests/data/optout-floor.json.

use serde_json::Value;
use sms_inbox::{Intent, OptOutClassifier};

fn label(intent: Intent) -> &'static str {
    match intent {
        Intent::None => "other",
        other => other.as_str(),
    }
}

fn floor(name: &str) -> f64 {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/optout-floor.json"
    ))
    .unwrap();
    let floors: Value = serde_json::from_str(&text).unwrap();
    floors[name]
        .as_f64()
        .unwrap_or_else(|| panic!("floor file lacks {name}"))
}

#[test]
fn dev_corpus_stays_above_the_floor() {
    let classifier = OptOutClassifier::default();
    let corpus = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/optout-dev.jsonl"
    ))
    .unwrap();
    let (mut tp, mut fp, mut fn_, mut correct, mut total) = (0.0, 0.0, 0.0, 0.0, 0.0);
    let mut misses = Vec::new();
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let row: Value = serde_json::from_str(line).unwrap();
        let text = row["text"].as_str().unwrap();
        let expected = row["label"].as_str().unwrap();
        let got = label(classifier.classify(text).intent);
        total += 1.0;
        if got == expected {
            correct += 1.0;
        } else {
            misses.push(format!("{expected} -> {got}: {text}"));
        }
        match (expected == "opt_out", got == "opt_out") {
            (true, true) => tp += 1.0,
            (false, true) => fp += 1.0,
            (true, false) => fn_ += 1.0,
            (false, false) => {}
        }
    }
    let precision = tp / (tp + fp);
    let recall = tp / (tp + fn_);
    let accuracy = correct / total;
    let report = format!(
        "precision {precision:.4} recall {recall:.4} accuracy {accuracy:.4}\n{}",
        misses.join("\n")
    );
    assert!(precision >= floor("opt_out_precision"), "{report}");
    assert!(recall >= floor("opt_out_recall"), "{report}");
    assert!(accuracy >= floor("accuracy"), "{report}");
}
