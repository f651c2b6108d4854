//! Classifies shopper replies from JSON lines, or scores a labelled file.
//!
//! ```text
//! cargo run --release --example classify < replies.jsonl
//! cargo run --release --example classify -- --eval tests/data/optout-dev.jsonl
//! cargo run --release --example classify -- --eval FILE --floor tests/data/optout-floor.json
//! cargo run --release --example classify -- --eval FILE --min-opt-out-precision 0.97 \
//!     --min-opt-out-recall 0.97 --min-accuracy 0.93
//! cargo run --release --example classify -- --eval FILE --baseline
//! cargo run --release --example classify -- --eval FILE --rules-only
//! ```
//!
//! `--baseline` scores the exact-keyword filter carriers apply instead (the whole
//! message, trimmed, case-insensitive, one of STOP, STOPALL, UNSUBSCRIBE, CANCEL, END,
//! QUIT, REVOKE, OPTOUT), for comparison. `--rules-only` turns off the learned
//! fallback, so that only the written rules decide.
//!
//! Classify mode reads one JSON object per line with a `text` field (other
//! fields are ignored) and writes one line per input line, in order:
//! `{"intent": "opt_out", "rule": "keyword:stop"}`. A line that is not such an
//! object still gets an output line, `{"intent": null, "rule": null, "error":
//! "..."}`, so output line N always answers input line N; the error is also
//! reported on stderr with its line number, and the exit code is 1 if any line
//! was bad. Blank lines are skipped without output.
//!
//! Eval mode reads a labelled file (`label` is `opt_out`, `opt_in`, `help` or
//! `other`) and prints a confusion matrix, per-intent precision, recall and
//! F1, four-way accuracy and the misclassified rows. With floors it exits
//! with code 2 when a figure falls below its floor.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use serde_json::{Value, json};
use sms_inbox::{Intent, OptOutClassifier};

const LABELS: [&str; 4] = ["opt_out", "opt_in", "help", "other"];

#[derive(Debug, Default)]
struct Floors {
    opt_out_precision: Option<f64>,
    opt_out_recall: Option<f64>,
    accuracy: Option<f64>,
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(64)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let mut args = std::env::args().skip(1);
    let mut eval_file = None;
    let mut floors = Floors::default();
    let mut baseline = false;
    let mut rules_only = false;
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--eval" => eval_file = Some(value("--eval")?),
            "--baseline" => baseline = true,
            "--rules-only" => rules_only = true,
            "--floor" => floors = read_floor_file(&value("--floor")?)?,
            "--min-opt-out-precision" => {
                floors.opt_out_precision = Some(parse_ratio(&value(&arg)?)?)
            }
            "--min-opt-out-recall" => floors.opt_out_recall = Some(parse_ratio(&value(&arg)?)?),
            "--min-accuracy" => floors.accuracy = Some(parse_ratio(&value(&arg)?)?),
            "-h" | "--help" => {
                println!(
                    "usage: classify [--rules-only] [--eval FILE [--baseline] [--floor FILE] [--min-opt-out-precision X] [--min-opt-out-recall X] [--min-accuracy X]] < lines.jsonl"
                );
                return Ok(ExitCode::SUCCESS);
            }
            other => return Err(format!("unknown argument {other:?} (try --help)")),
        }
    }
    let classifier = OptOutClassifier::builder()
        .learned_fallback(!rules_only)
        .build()
        .map_err(|e| e.to_string())?;
    match eval_file {
        Some(path) => evaluate(&classifier, baseline, &path, &floors),
        None => classify_stdin(&classifier),
    }
}

fn parse_ratio(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{text:?} is not a number between 0 and 1")),
    }
}

fn read_floor_file(path: &str) -> Result<Floors, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let value: Value =
        serde_json::from_str(&text).map_err(|e| format!("{path} is not JSON: {e}"))?;
    let field = |name: &str| value.get(name).and_then(Value::as_f64);
    Ok(Floors {
        opt_out_precision: field("opt_out_precision"),
        opt_out_recall: field("opt_out_recall"),
        accuracy: field("accuracy"),
    })
}

fn text_field(line: &str) -> Result<String, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    match value.get("text") {
        Some(Value::String(text)) => Ok(text.clone()),
        Some(_) => Err("\"text\" is not a string".to_string()),
        None => Err("no \"text\" field".to_string()),
    }
}

fn classify_stdin(classifier: &OptOutClassifier) -> Result<ExitCode, String> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut bad_lines = 0usize;
    for (index, line) in stdin.lines().enumerate() {
        let number = index + 1;
        let line = line.map_err(|e| format!("line {number}: cannot read stdin: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let record = match text_field(&line) {
            Ok(text) => {
                let c = classifier.classify(&text);
                json!({"intent": c.intent.as_str(), "rule": c.rule})
            }
            Err(message) => {
                bad_lines += 1;
                eprintln!("line {number}: {message}");
                json!({"intent": null, "rule": null, "error": format!("line {number}: {message}")})
            }
        };
        writeln!(out, "{record}").map_err(|e| format!("cannot write stdout: {e}"))?;
    }
    out.flush()
        .map_err(|e| format!("cannot write stdout: {e}"))?;
    Ok(if bad_lines == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn label_index(intent: Intent) -> usize {
    match intent {
        Intent::OptOut => 0,
        Intent::OptIn => 1,
        Intent::Help => 2,
        Intent::None => 3,
    }
}

fn evaluate(
    classifier: &OptOutClassifier,
    baseline: bool,
    path: &str,
    floors: &Floors,
) -> Result<ExitCode, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut confusion = [[0usize; 4]; 4];
    let mut misses = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let number = index + 1;
        let value: Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{number}: not JSON: {e}"))?;
        let text = value
            .get("text")
            .and_then(Value::as_str)
            .ok_or(format!("{path}:{number}: no text"))?;
        let label = value
            .get("label")
            .and_then(Value::as_str)
            .ok_or(format!("{path}:{number}: no label"))?;
        let expected = LABELS
            .iter()
            .position(|l| *l == label)
            .ok_or(format!("{path}:{number}: unknown label {label:?}"))?;
        let got = if baseline {
            exact_keyword(text)
        } else {
            classifier.classify(text)
        };
        let predicted = label_index(got.intent);
        confusion[expected][predicted] += 1;
        if expected != predicted {
            misses.push(format!(
                "{number:>5}  {label:>7} -> {:<7} {:<28} {text}",
                LABELS[predicted], got.rule
            ));
        }
    }
    let total: usize = confusion.iter().flatten().sum();
    if total == 0 {
        return Err(format!("{path} has no labelled rows"));
    }
    println!("confusion matrix (rows: label, columns: predicted), {total} rows");
    println!(
        "{:>10} {:>8} {:>8} {:>8} {:>8}",
        "", LABELS[0], LABELS[1], LABELS[2], LABELS[3]
    );
    for (i, row) in confusion.iter().enumerate() {
        println!(
            "{:>10} {:>8} {:>8} {:>8} {:>8}",
            LABELS[i], row[0], row[1], row[2], row[3]
        );
    }
    println!();
    println!(
        "{:>10} {:>9} {:>9} {:>9} {:>7}",
        "intent", "precision", "recall", "f1", "support"
    );
    let mut opt_out = (0.0, 0.0);
    for i in 0..4 {
        let true_positive = confusion[i][i] as f64;
        let predicted: usize = confusion.iter().map(|row| row[i]).sum();
        let support: usize = confusion[i].iter().sum();
        let precision = ratio(true_positive, predicted as f64);
        let recall = ratio(true_positive, support as f64);
        let f1 = ratio(2.0 * precision * recall, precision + recall);
        if i == 0 {
            opt_out = (precision, recall);
        }
        println!(
            "{:>10} {precision:>9.4} {recall:>9.4} {f1:>9.4} {support:>7}",
            LABELS[i]
        );
    }
    let accuracy = (0..4).map(|i| confusion[i][i]).sum::<usize>() as f64 / total as f64;
    println!("\nfour-way accuracy {accuracy:.4}\n");
    println!("misclassified ({}):", misses.len());
    for miss in &misses {
        println!("{miss}");
    }
    let mut failed = false;
    let mut check = |name: &str, value: f64, floor: Option<f64>| {
        if let Some(floor) = floor
            && value + 1e-9 < floor
        {
            eprintln!("FAIL: {name} {value:.4} is below the floor {floor:.4}");
            failed = true;
        }
    };
    check("opt_out precision", opt_out.0, floors.opt_out_precision);
    check("opt_out recall", opt_out.1, floors.opt_out_recall);
    check("four-way accuracy", accuracy, floors.accuracy);
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn ratio(numerator: f64, denominator: f64) -> f64 {
    if denominator == 0.0 {
        0.0
    } else {
        numerator / denominator
    }
}

/// The carriers' filter: the whole message, trimmed, is one of their opt-out keywords.
fn exact_keyword(text: &str) -> sms_inbox::Classification {
    const KEYWORDS: [&str; 8] = [
        "STOP",
        "STOPALL",
        "UNSUBSCRIBE",
        "CANCEL",
        "END",
        "QUIT",
        "REVOKE",
        "OPTOUT",
    ];
    let word = text.trim();
    let hit = KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(word));
    sms_inbox::Classification {
        intent: if hit { Intent::OptOut } else { Intent::None },
        rule: if hit { "baseline:keyword" } else { "none" }.into(),
    }
}
