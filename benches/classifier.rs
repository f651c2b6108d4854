//! Classifier throughput over the dev corpus and over a realistic mix of
//! traffic, against an exact-keyword baseline in the same run, plus
//! worst-case 10 kB inputs.
//!
//! `cargo bench --bench classifier`

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sms_inbox::{Intent, OptOutClassifier};

const CARRIER_KEYWORDS: [&str; 8] = [
    "STOP",
    "STOPALL",
    "UNSUBSCRIBE",
    "CANCEL",
    "END",
    "QUIT",
    "REVOKE",
    "OPTOUT",
];

/// What a carrier does: the whole message, trimmed, case-insensitive.
fn exact_keyword(text: &str) -> Intent {
    let text = text.trim();
    if CARRIER_KEYWORDS
        .iter()
        .any(|k| k.eq_ignore_ascii_case(text))
    {
        Intent::OptOut
    } else {
        Intent::None
    }
}

fn corpus() -> Vec<String> {
    texts("optout-dev.jsonl")
}

/// Every held-aside set (not the held-out one).
fn held_aside() -> Vec<String> {
    [
        "optout-heldaside.jsonl",
        "optout-heldaside-2.jsonl",
        "optout-heldaside-3.jsonl",
        "optout-heldaside-4.jsonl",
        "optout-heldaside-5.jsonl",
        "optout-heldaside-6.jsonl",
        "optout-heldaside-7.jsonl",
        "optout-heldaside-8.jsonl",
        "optout-heldaside-9.jsonl",
        "optout-heldaside-10.jsonl",
        "optout-heldaside-11.jsonl",
        "optout-heldaside-12.jsonl",
        "optout-heldaside-13.jsonl",
        "optout-heldaside-14.jsonl",
        "optout-heldaside-15.jsonl",
        "optout-heldaside-16.jsonl",
        "optout-heldaside-17.jsonl",
        "optout-heldaside-18.jsonl",
        "optout-heldaside-19.jsonl",
        "optout-heldaside-20.jsonl",
        "optout-heldaside-21.jsonl",
        "optout-heldaside-22.jsonl",
        "optout-heldaside-23.jsonl",
        "optout-heldaside-24.jsonl",
        "optout-heldaside-25.jsonl",
        "optout-heldaside-26.jsonl",
        "optout-heldaside-27.jsonl",
        "optout-heldaside-28.jsonl",
        "optout-heldaside-29.jsonl",
        "optout-heldaside-30.jsonl",
        "optout-heldaside-31.jsonl",
        "optout-heldaside-32.jsonl",
        "optout-heldaside-33.jsonl",
        "optout-heldaside-34.jsonl",
        "optout-heldaside-35.jsonl",
        "optout-heldaside-36.jsonl",
        "optout-heldaside-37.jsonl",
        "optout-heldaside-38.jsonl",
        "optout-heldaside-39.jsonl",
        "optout-heldaside-40.jsonl",
        "optout-heldaside-41.jsonl",
        "optout-heldaside-42.jsonl",
        "optout-heldaside-43.jsonl",
        "optout-heldaside-44.jsonl",
        "optout-heldaside-45.jsonl",
        "optout-heldaside-46.jsonl",
        "optout-heldaside-47.jsonl",
        "optout-heldaside-48.jsonl",
        "optout-heldaside-49.jsonl",
        "optout-heldaside-50.jsonl",
        "optout-heldaside-51.jsonl",
        "optout-heldaside-52.jsonl",
        "optout-heldaside-53.jsonl",
        "optout-heldaside-54.jsonl",
        "optout-heldaside-55.jsonl",
        "optout-heldaside-56.jsonl",
        "optout-heldaside-57.jsonl",
        "optout-heldaside-58.jsonl",
        "optout-heldaside-59.jsonl",
        "optout-heldaside-60.jsonl",
        "optout-heldaside-61.jsonl",
        "optout-heldaside-62.jsonl",
        "optout-heldaside-63.jsonl",
        "optout-heldaside-64.jsonl",
    ]
    .into_iter()
    .flat_map(texts)
    .collect()
}

/// The `text` of each line of a labelled file in tests/data.
fn texts(file: &str) -> Vec<String> {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

/// Replies that dominate real traffic: bare keywords in their usual forms and
/// short acknowledgements.
const SHORT_REPLIES: &[&str] = &[
    "STOP",
    "Stop",
    "stop",
    "Stop.",
    "STOP!",
    "stop 🙏",
    "Stop please",
    "ok",
    "Ok",
    "thanks!",
    "Thank you",
    "YES",
    "Y",
    "yes",
    "HELP",
    "no thanks",
    "👍",
    "lol",
    "k",
    "Cancel",
    "END",
    "UNSUBSCRIBE",
    "Unsubscribe",
    "stop!!",
    "STOP STOP",
    "Thanks",
    "ok thanks",
    "Quit",
    "START",
    "no",
];

/// 70% short replies and 30% dev-corpus rows, interleaved.
fn realistic_mix(corpus: &[String]) -> Vec<String> {
    (0..1_000)
        .map(|i| {
            if i % 10 < 7 {
                SHORT_REPLIES[i % SHORT_REPLIES.len()].to_string()
            } else {
                corpus[(i * 7) % corpus.len()].clone()
            }
        })
        .collect()
}

fn adversarial() -> Vec<(&'static str, String)> {
    let fill = |unit: &str| {
        unit.repeat(10_240 / unit.len() + 1)[..]
            .chars()
            .scan(0, |n, c| {
                *n += c.len_utf8();
                (*n <= 10_240).then_some(c)
            })
            .collect::<String>()
    };
    vec![
        ("spaced-stop", fill("s t o p ")),
        ("emoji-run", fill("😀🛑🙏")),
        ("mixed-scripts", fill("Ѕtор ストップ 停止 ѕтоп ")),
        ("one-letter", fill("o")),
        ("words", fill("please stop texting me about the order ")),
        ("zero-width", fill("s\u{200b}t\u{200b}o\u{200b}p ")),
        ("accents", fill("ééé ñ ü ")),
    ]
}

fn bench(c: &mut Criterion) {
    let classifier = OptOutClassifier::default();
    let messages = corpus();

    let mix = realistic_mix(&messages);
    for (name, set) in [("dev-corpus", &messages), ("realistic-mix", &mix)] {
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Elements(set.len() as u64));
        group.bench_function("classifier", |b| {
            b.iter(|| {
                set.iter()
                    .filter(|m| classifier.classify(black_box(m)).intent == Intent::OptOut)
                    .count()
            })
        });
        group.bench_function("exact-keyword-baseline", |b| {
            b.iter(|| {
                set.iter()
                    .filter(|m| exact_keyword(black_box(m)) == Intent::OptOut)
                    .count()
            })
        });
        group.finish();
    }

    let mut group = c.benchmark_group("adversarial-10kB");
    for (name, text) in adversarial() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| classifier.classify(black_box(&text))));
    }
    group.finish();

    report(&classifier, &messages, &mix);
}

/// Prints the ratios and the worst single input, which criterion does not.
fn report(classifier: &OptOutClassifier, messages: &[String], mix: &[String]) {
    let time = |f: &dyn Fn()| {
        // Best of five rounds of 200 passes, to damp noise from other work.
        (0..5)
            .map(|_| {
                let start = Instant::now();
                for _ in 0..200 {
                    f();
                }
                start.elapsed() / 200
            })
            .min()
            .unwrap_or_default()
    };
    for (name, set) in [("dev corpus", messages), ("realistic mix", mix)] {
        let ours = time(&|| {
            for m in set {
                black_box(classifier.classify(black_box(m)));
            }
        });
        let baseline = time(&|| {
            for m in set {
                black_box(exact_keyword(black_box(m)));
            }
        });
        let per_second = |d: Duration| set.len() as f64 / d.as_secs_f64();
        println!(
            "\nsummary: {name}: classifier {:.0} msg/s, baseline {:.0} msg/s, cost ratio {:.1}x",
            per_second(ours),
            per_second(baseline),
            ours.as_secs_f64() / baseline.as_secs_f64()
        );
    }
    // The passes above repeat the same replies, so the regex caches hold every
    // state they need. Real replies are new text: a new thread (empty caches)
    // reads the dev corpus once, then the held-aside sets, which it has not seen.
    let unseen = held_aside();
    let (first, later) = std::thread::scope(|s| {
        s.spawn(|| {
            let pass = |set: &[String]| {
                let start = Instant::now();
                for m in set {
                    black_box(classifier.classify(black_box(m)));
                }
                set.len() as f64 / start.elapsed().as_secs_f64()
            };
            (pass(messages), pass(&unseen))
        })
        .join()
        .unwrap_or_default()
    });
    println!(
        "summary: new text: dev corpus as the first pass of a new thread {first:.0} msg/s; \
         then {} held-aside replies not seen before {later:.0} msg/s",
        unseen.len()
    );
    let mut worst = (Duration::ZERO, "");
    for (name, text) in adversarial() {
        // The first reading, on a thread whose caches have seen the dev corpus
        // but not this input; the median of several new threads, as one
        // reading is at the mercy of other work on the machine.
        let mut firsts: Vec<Duration> = (0..9)
            .map(|_| {
                std::thread::scope(|s| {
                    s.spawn(|| {
                        for m in messages {
                            black_box(classifier.classify(m));
                        }
                        let start = Instant::now();
                        black_box(classifier.classify(black_box(&text)));
                        start.elapsed()
                    })
                    .join()
                    .unwrap_or_default()
                })
            })
            .collect();
        firsts.sort();
        let first = firsts[firsts.len() / 2];
        println!(
            "summary: {name:<14} first reading {:>8.1} µs",
            first.as_secs_f64() * 1e6
        );
        // Best of many readings: a 10 kB reply takes tens of microseconds, so
        // a few readings are at the mercy of other work on the machine.
        let mut best = Duration::MAX;
        for _ in 0..200 {
            let start = Instant::now();
            black_box(classifier.classify(black_box(&text)));
            best = best.min(start.elapsed());
        }
        println!("summary: {name:<14} {:>8.1} µs", best.as_secs_f64() * 1e6);
        if best > worst.0 {
            worst = (best, name);
        }
    }
    let mut slowest_corpus = Duration::ZERO;
    for m in messages {
        let start = Instant::now();
        black_box(classifier.classify(m));
        slowest_corpus = slowest_corpus.max(start.elapsed());
    }
    println!(
        "summary: worst 10 kB input {} at {:.1} µs; slowest dev message {:.1} µs",
        worst.1,
        worst.0.as_secs_f64() * 1e6,
        slowest_corpus.as_secs_f64() * 1e6
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
