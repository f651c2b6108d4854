//! A small learned fallback for replies no rule decides.
//!
//! The rules catch the phrasings someone wrote down; a reply worded some other
//! way ("this number shouldn't be on your list", "别再给我发短信了") matches
//! none of them. For those replies a linear model over hashed features of the
//! canonical text (whole words, word pairs, and runs of two to four
//! characters inside each word) gives each intent a probability, and the
//! reply takes the likeliest intent when that probability reaches
//! [`THRESHOLD`].
//!
//! The model never overrides a rule: it reads only replies that no rule and
//! no guard matched, so "cancel my order" stays an order question, and never
//! a single plain word (the classifier checks both). Its
//! weights are trained from the labelled sets under `tests/data` (never the
//! held-out set) by the test `model_is_up_to_date`,
//! which also checks that `model.bin` is what training gives today:
//! `SMS_INBOX_RETRAIN=1 cargo test --release --lib model_is_up_to_date`
//! rewrites it after the data, the rules or the normaliser change (rows no
//! rule decides weigh more in training, so a rule change moves the weights).

use super::Intent;
use super::normalize::BOUNDARY;

/// Features are hashed into `1 << BUCKET_BITS` buckets.
const BUCKET_BITS: u32 = 16;
const BUCKETS: usize = 1 << BUCKET_BITS;
/// The intents the model scores, in the order of its weights.
const CLASSES: [Intent; 4] = [Intent::OptOut, Intent::OptIn, Intent::Help, Intent::None];
/// The least probability at which the model's likeliest intent is taken.
pub(crate) const THRESHOLD: f32 = 0.7;

/// The first bytes of a model file; the digit is the format version.
const MAGIC: &[u8; 8] = b"smsopt01";
/// Magic, bias per class and weight scale, before the weights.
const HEADER: usize = MAGIC.len() + 4 * CLASSES.len() + 4;

/// The weights trained from the labelled sets.
static TRAINED: &[u8] = include_bytes!("model.bin");

/// A linear model: one signed byte per bucket and class, times `scale`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Model {
    bias: [f32; 4],
    scale: f32,
    /// One `i8` per class for each bucket.
    weights: &'static [[u8; 4]; BUCKETS],
}

impl Model {
    /// The model that ships with the crate.
    pub(crate) fn trained() -> Result<Self, String> {
        Self::from_bytes(TRAINED)
    }

    fn from_bytes(bytes: &'static [u8]) -> Result<Self, String> {
        let not_a_model = || "the opt-out model file is not a version 1 model".to_string();
        if bytes.len() != HEADER + BUCKETS * CLASSES.len() || !bytes.starts_with(MAGIC) {
            return Err(not_a_model());
        }
        let (rows, _) = bytes[HEADER..].as_chunks::<4>();
        let weights = rows.try_into().map_err(|_| not_a_model())?;
        let float = |at: usize| {
            let mut le = [0; 4];
            le.copy_from_slice(&bytes[at..at + 4]);
            f32::from_le_bytes(le)
        };
        let bias = std::array::from_fn(|c| float(MAGIC.len() + 4 * c));
        Ok(Self {
            bias,
            scale: float(MAGIC.len() + 4 * CLASSES.len()),
            weights,
        })
    }

    /// The likeliest intent for the canonical text `normalized` and its
    /// probability.
    pub(crate) fn predict(&self, normalized: &str) -> (Intent, f32) {
        let mut sums = [0i32; 4];
        let mut count = 0u32;
        features(normalized, |bucket| {
            let row = self.weights[bucket];
            for (sum, w) in sums.iter_mut().zip(row) {
                *sum += i32::from(w as i8);
            }
            count += 1;
        });
        let norm = if count == 0 {
            0.0
        } else {
            self.scale / (count as f32).sqrt()
        };
        let scores: [f32; 4] = std::array::from_fn(|c| self.bias[c] + sums[c] as f32 * norm);
        let (best, top) =
            scores
                .iter()
                .enumerate()
                .fold((0, f32::NEG_INFINITY), |(bi, bs), (i, &s)| {
                    if s > bs { (i, s) } else { (bi, bs) }
                });
        let total: f32 = scores.iter().map(|&s| (s - top).exp()).sum();
        (CLASSES[best], 1.0 / total)
    }
}

/// Characters of a word read for character runs.
const LONGEST_WORD: usize = 32;
/// Words read from each end of a longer text (real replies are shorter).
const READ_WORDS: usize = 64;

/// Calls `emit` with the bucket of every feature of `normalized`: each word,
/// each pair of neighbouring words within a clause, and each run of two to
/// four characters of a word padded with a space at both ends. Only the first
/// and last [`READ_WORDS`] words are read.
fn features(normalized: &str, mut emit: impl FnMut(usize)) {
    // A long text is read by its first and last words, which bounds the cost.
    // Words are at least one byte and a space apart, so only a text this long
    // can have more.
    let skipped = if normalized.len() > 4 * READ_WORDS {
        words(normalized).count().saturating_sub(2 * READ_WORDS)
    } else {
        0
    };
    let mut previous: Option<u64> = None;
    for (i, token) in words(normalized).enumerate() {
        if i == READ_WORDS && skipped > 0 {
            previous = None;
        }
        if (READ_WORDS..READ_WORDS + skipped).contains(&i) {
            continue;
        }
        if token == BOUNDARY {
            previous = None;
            continue;
        }
        let word = hash_bytes(0x9e37_79b9_7f4a_7c15, token.as_bytes());
        emit(bucket(word));
        if let Some(previous) = previous {
            emit(bucket(mix(previous ^ 0x5851_f42d_4c95_7f2d, word)));
        }
        previous = Some(word);
        // Character runs, with a space marking the word's ends; a word longer
        // than `LONGEST_WORD` characters is read by its start.
        let mut chars = [u64::from(b' '); LONGEST_WORD + 2];
        let mut len = 1;
        for c in token.chars().take(LONGEST_WORD) {
            chars[len] = u64::from(c);
            len += 1;
        }
        let padded = &chars[..len + 1];
        for (start, &first) in padded.iter().enumerate() {
            let mut h = mix(0x2545_f491_4f6c_dd1d, first);
            for (n, &c) in (1..).zip(&padded[start + 1..(start + 4).min(padded.len())]) {
                h = mix(h, c);
                emit(bucket(h ^ n));
            }
        }
    }
}

/// The words of a canonical text (clause marks included).
fn words(normalized: &str) -> impl Iterator<Item = &str> {
    // Tokens are short: a plain byte loop beats a memchr search here.
    let mut rest = normalized;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(' ');
        let end = rest.bytes().position(|b| b == b' ').unwrap_or(rest.len());
        let (word, tail) = rest.split_at(end);
        rest = tail;
        (!word.is_empty()).then_some(word)
    })
}

fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |h, &b| mix(h, u64::from(b)))
}

fn mix(h: u64, value: u64) -> u64 {
    (h ^ value).wrapping_mul(0x0100_0000_01b3).rotate_left(23)
}

fn bucket(h: u64) -> usize {
    // The high bits of a multiplicative hash are the well-mixed ones.
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - BUCKET_BITS)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optout::normalize::Normalizer;
    use crate::optout::{LABELLED_SETS, OptOutClassifier};

    /// Passes over the training rows.
    const EPOCHS: usize = 12;
    /// Step size of AdaGrad.
    const LEARNING_RATE: f32 = 1.0;
    /// Weight decay, applied to the weights a row touches.
    const DECAY: f32 = 1e-5;
    /// How much more a row counts when no rule decides it. The model reads
    /// only such replies, so these rows (the hard negatives the rules leave
    /// alone, such as "stop at 5") are the ones it must get right.
    const RULELESS_WEIGHT: f32 = 8.0;

    /// Each row's feature buckets, class index and weight.
    fn rows(sets: &[&str]) -> Vec<(Vec<usize>, usize, f32)> {
        let rules = OptOutClassifier::builder()
            .learned_fallback(false)
            .build()
            .unwrap();
        let mut normalizer = Normalizer::new();
        let mut normalized = String::new();
        sets.iter()
            .flat_map(|set| set.lines())
            .filter(|line| !line.trim().is_empty())
            .map(|line| {
                let row: serde_json::Value = serde_json::from_str(line).unwrap();
                normalizer.normalize(row["text"].as_str().unwrap(), &mut normalized);
                let mut buckets = Vec::new();
                features(&normalized, |b| buckets.push(b));
                let class = match row["label"].as_str().unwrap() {
                    "opt_out" => 0,
                    "opt_in" => 1,
                    "help" => 2,
                    "other" => 3,
                    label => panic!("unknown label {label:?}"),
                };
                let weight = if rules.classify(row["text"].as_str().unwrap()).rule == "none" {
                    RULELESS_WEIGHT
                } else {
                    1.0
                };
                (buckets, class, weight)
            })
            .collect()
    }

    /// Trains a model on `sets` and returns it in the file format.
    fn train(sets: &[&str]) -> Vec<u8> {
        let rows = rows(sets);
        let mut counts = [0usize; 4];
        for (_, class, _) in &rows {
            counts[*class] += 1;
        }
        // Each class weighs the same in all, however many rows it has.
        let class_weight: [f32; 4] =
            std::array::from_fn(|c| rows.len() as f32 / (4.0 * counts[c].max(1) as f32));
        let mut weights = vec![[0f32; 4]; BUCKETS];
        let mut squares = vec![[1e-6f32; 4]; BUCKETS];
        let mut bias = [0f32; 4];
        let mut bias_squares = [1e-6f32; 4];
        // A fixed shuffle (xorshift), so training is reproducible.
        let mut order: Vec<usize> = (0..rows.len()).collect();
        let mut state = 0x853c_49e6_748f_ea9bu64;
        for _ in 0..EPOCHS {
            for i in (1..order.len()).rev() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                order.swap(i, (state % (i as u64 + 1)) as usize);
            }
            for &r in &order {
                let (buckets, class, row_weight) = &rows[r];
                let x = if buckets.is_empty() {
                    0.0
                } else {
                    1.0 / (buckets.len() as f32).sqrt()
                };
                let mut scores = bias;
                for &b in buckets {
                    for c in 0..4 {
                        scores[c] += weights[b][c] * x;
                    }
                }
                let top = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                let exps = scores.map(|s| (s - top).exp());
                let total: f32 = exps.iter().sum();
                for c in 0..4 {
                    let target = if c == *class { 1.0 } else { 0.0 };
                    let gradient = (exps[c] / total - target) * class_weight[*class] * row_weight;
                    bias_squares[c] += gradient * gradient;
                    bias[c] -= LEARNING_RATE * gradient / bias_squares[c].sqrt();
                    for &b in buckets {
                        let g = gradient * x + DECAY * weights[b][c];
                        squares[b][c] += g * g;
                        weights[b][c] -= LEARNING_RATE * g / squares[b][c].sqrt();
                    }
                }
            }
        }
        let largest = weights
            .iter()
            .flatten()
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(f32::MIN_POSITIVE);
        let scale = largest / 127.0;
        let mut file = MAGIC.to_vec();
        for b in bias {
            file.extend_from_slice(&b.to_le_bytes());
        }
        file.extend_from_slice(&scale.to_le_bytes());
        for row in &weights {
            for &w in row {
                file.push((w / scale).round() as i8 as u8);
            }
        }
        file
    }

    #[test]
    fn model_is_up_to_date() {
        let trained = train(LABELLED_SETS);
        if std::env::var_os("SMS_INBOX_RETRAIN").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/optout/model.bin");
            std::fs::write(path, &trained).unwrap();
            return;
        }
        assert!(
            trained == TRAINED,
            "src/optout/model.bin is not what the labelled sets train today; rerun with \
             SMS_INBOX_RETRAIN=1 cargo test --release --lib model_is_up_to_date"
        );
    }

    #[test]
    fn the_shipped_model_loads_and_rejects_other_files() {
        assert!(Model::trained().is_ok());
        assert!(Model::from_bytes(b"smsopt01").is_err());
        let mut wrong_magic = TRAINED.to_vec();
        wrong_magic[0] = b'x';
        assert!(Model::from_bytes(Box::leak(wrong_magic.into_boxed_slice())).is_err());
    }

    #[test]
    fn features_cover_words_pairs_and_character_runs() {
        let mut buckets = Vec::new();
        features(" stop it , now ", |b| buckets.push(b));
        // "stop": word, 5 + 4 + 3 runs; "it": word, pair, 3 + 2 + 1 runs;
        // "now" after the clause mark: word, 4 + 3 + 2 runs, no pair.
        assert_eq!(buckets.len(), (1 + 12) + (1 + 1 + 6) + (1 + 9));
        let mut again = Vec::new();
        features(" stop it , now ", |b| again.push(b));
        assert_eq!(buckets, again);
        let mut none = Vec::new();
        features("  ,  ", |b| none.push(b));
        assert!(none.is_empty());
        // A long text costs no more than its first and last words.
        let (mut long, mut ends) = (0, 0);
        features(&" x".repeat(10 * READ_WORDS), |_| long += 1);
        features(&" x".repeat(2 * READ_WORDS), |_| ends += 1);
        assert_eq!(long, ends - 1);
    }
}
