//! The dev corpus and held-aside sets 2 to 64 must not regress below
//! tests/data/optout-floor.json.

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
    score(include_str!("data/optout-dev.jsonl"));
}

/// Held-aside sets were each scored once before any rule was fitted to them
/// (first-reading opt_out recall: set 2 0.946, set 3 0.911, set 4 0.766,
/// set 5 0.790, set 6 0.793, set 7 0.894, set 8 0.810, set 9 0.920, set 10 0.875,
/// set 11 0.895 by the rules alone; set 9 0.975, set 10 0.930 and set 11 0.965
/// with the learned fallback trained on the sets before it);
/// rules were then fixed against their misses and the learned fallback
/// trained on them, and they now guard against regressions.
#[test]
fn held_aside_sets_stay_above_the_floor() {
    for (set, corpus) in [
        (2, include_str!("data/optout-heldaside-2.jsonl")),
        (3, include_str!("data/optout-heldaside-3.jsonl")),
        (4, include_str!("data/optout-heldaside-4.jsonl")),
        (5, include_str!("data/optout-heldaside-5.jsonl")),
        (6, include_str!("data/optout-heldaside-6.jsonl")),
        (7, include_str!("data/optout-heldaside-7.jsonl")),
        (8, include_str!("data/optout-heldaside-8.jsonl")),
        (9, include_str!("data/optout-heldaside-9.jsonl")),
        (10, include_str!("data/optout-heldaside-10.jsonl")),
        (11, include_str!("data/optout-heldaside-11.jsonl")),
        (12, include_str!("data/optout-heldaside-12.jsonl")),
        (13, include_str!("data/optout-heldaside-13.jsonl")),
        (14, include_str!("data/optout-heldaside-14.jsonl")),
        (15, include_str!("data/optout-heldaside-15.jsonl")),
        (16, include_str!("data/optout-heldaside-16.jsonl")),
        (17, include_str!("data/optout-heldaside-17.jsonl")),
        (18, include_str!("data/optout-heldaside-18.jsonl")),
        (19, include_str!("data/optout-heldaside-19.jsonl")),
        (20, include_str!("data/optout-heldaside-20.jsonl")),
        (21, include_str!("data/optout-heldaside-21.jsonl")),
        (22, include_str!("data/optout-heldaside-22.jsonl")),
        (23, include_str!("data/optout-heldaside-23.jsonl")),
        (24, include_str!("data/optout-heldaside-24.jsonl")),
        (25, include_str!("data/optout-heldaside-25.jsonl")),
        (26, include_str!("data/optout-heldaside-26.jsonl")),
        (27, include_str!("data/optout-heldaside-27.jsonl")),
        (28, include_str!("data/optout-heldaside-28.jsonl")),
        (29, include_str!("data/optout-heldaside-29.jsonl")),
        (30, include_str!("data/optout-heldaside-30.jsonl")),
        (31, include_str!("data/optout-heldaside-31.jsonl")),
        (32, include_str!("data/optout-heldaside-32.jsonl")),
        (33, include_str!("data/optout-heldaside-33.jsonl")),
        (34, include_str!("data/optout-heldaside-34.jsonl")),
        (35, include_str!("data/optout-heldaside-35.jsonl")),
        (36, include_str!("data/optout-heldaside-36.jsonl")),
        (37, include_str!("data/optout-heldaside-37.jsonl")),
        (38, include_str!("data/optout-heldaside-38.jsonl")),
        (39, include_str!("data/optout-heldaside-39.jsonl")),
        (40, include_str!("data/optout-heldaside-40.jsonl")),
        (41, include_str!("data/optout-heldaside-41.jsonl")),
        (42, include_str!("data/optout-heldaside-42.jsonl")),
        (43, include_str!("data/optout-heldaside-43.jsonl")),
        (44, include_str!("data/optout-heldaside-44.jsonl")),
        (45, include_str!("data/optout-heldaside-45.jsonl")),
        (46, include_str!("data/optout-heldaside-46.jsonl")),
        (47, include_str!("data/optout-heldaside-47.jsonl")),
        (48, include_str!("data/optout-heldaside-48.jsonl")),
        (49, include_str!("data/optout-heldaside-49.jsonl")),
        (50, include_str!("data/optout-heldaside-50.jsonl")),
        (51, include_str!("data/optout-heldaside-51.jsonl")),
        (52, include_str!("data/optout-heldaside-52.jsonl")),
        (53, include_str!("data/optout-heldaside-53.jsonl")),
        (54, include_str!("data/optout-heldaside-54.jsonl")),
        (55, include_str!("data/optout-heldaside-55.jsonl")),
        (56, include_str!("data/optout-heldaside-56.jsonl")),
        (57, include_str!("data/optout-heldaside-57.jsonl")),
        (58, include_str!("data/optout-heldaside-58.jsonl")),
        (59, include_str!("data/optout-heldaside-59.jsonl")),
        (60, include_str!("data/optout-heldaside-60.jsonl")),
        (61, include_str!("data/optout-heldaside-61.jsonl")),
        (62, include_str!("data/optout-heldaside-62.jsonl")),
        (63, include_str!("data/optout-heldaside-63.jsonl")),
        (64, include_str!("data/optout-heldaside-64.jsonl")),
    ] {
        println!("held-aside set {set}");
        score(corpus);
    }
}

fn score(corpus: &str) {
    let classifier = OptOutClassifier::default();
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
