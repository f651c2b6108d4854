//! Opt-out classification of shopper replies.
//!
//! US law (TCPA, FCC 24-18) lets a consumer revoke consent to texts "by any
//! reasonable means", so a reply such as "take me off your list" or
//! "wrong number" must stop the texts just like the carrier keyword STOP.
//! [`OptOutClassifier`] reads one reply and returns a [`Classification`]: the
//! [`Intent`] and the id of the rule that decided it.
//!
//! The classifier is deterministic and needs no network and no files at run
//! time: its rules and its small learned model are compiled into the crate.
//! Build it once and share it (it is `Send + Sync`; wrap it in an `Arc`).
//!
//! # How a reply is read
//!
//! 0. A bare keyword or a common short reply in plain ASCII ("STOP",
//!    "Stop.", "stop 🙏", "ok thanks") is answered from a table the full
//!    path filled when the classifier was built; everything else takes the
//!    full path below. A reply longer than 4 kB (no real SMS in ASCII is) is
//!    read by its first 3 kB and last 1 kB, which bounds the time any input
//!    takes.
//! 1. The text is normalised: Unicode NFKC, case, accents, invisible
//!    characters, full-width, small-capital and mathematical letters, Latin
//!    look-alikes from other scripts (UTS #39), digits and symbols used as
//!    letters, letters split by spaces, dots or dashes, stretched letters,
//!    emoji and punctuation, and typos of the key words.
//! 2. A reply that is nothing but a keyword (with courtesy words such as
//!    "please" or "thanks") is decided by the keyword.
//! 3. Otherwise phrase rules for each intent run in one pass (rules written
//!    only in other scripts, such as Chinese or Cyrillic, run only when the
//!    reply has non-ASCII letters), and guards void
//!    rules whose words were used in another sense ("stop by the store",
//!    "cancel my order", "keep the texts coming").
//!
//! 4. A reply no rule matched and no guard matched (a guard marks a reply as
//!    ordinary even when it voids no rule), unless it is one plain word, goes
//!    to a learned fallback: a linear model over hashed words,
//!    word pairs and character runs, trained from the labelled sets, which
//!    decides it when its likeliest intent is at least 70% likely (rule ids
//!    `model:opt-out`, `model:opt-in`, `model:help`). It never overrides a
//!    rule. [`OptOutClassifierBuilder::learned_fallback`] turns it off.
//!
//! When several intents match, `opt_out` wins over `opt_in`, which wins over
//! `help`: a reply that revokes consent anywhere in it is an opt-out.

mod fuzzy;
mod keywords;
mod model;
mod normalize;
mod quick;
mod rules;
mod rules_en;
mod rules_intl;

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::sync::{Arc, LazyLock};

use regex_automata::meta::Regex;

use keywords::KeywordTable;
use model::Model;
use normalize::Normalizer;
use quick::QuickTable;
use rules::{RuleScratch, RuleSet};

/// What a reply asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// Stop texting this number (all texts, or one program such as marketing).
    OptOut,
    /// Start or resume texting this number.
    OptIn,
    /// A question about the messaging program or who is sending it.
    Help,
    /// Anything else: orders, products, thanks, declining an offer.
    None,
}

impl Intent {
    /// The intent as written in labelled data: `"opt_out"`, `"opt_in"`,
    /// `"help"` or `"none"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::OptOut => "opt_out",
            Intent::OptIn => "opt_in",
            Intent::Help => "help",
            Intent::None => "none",
        }
    }

    /// Lower wins when a reply carries several intents.
    fn precedence(self) -> u8 {
        match self {
            Intent::OptOut => 0,
            Intent::OptIn => 1,
            Intent::Help => 2,
            Intent::None => 3,
        }
    }
}

impl fmt::Display for Intent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The classifier's decision about one reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classification {
    /// What the reply asks for.
    pub intent: Intent,
    /// Stable id of the rule that decided: `keyword:stop` (the whole reply is
    /// the keyword), `keyword-variant:stop` (with courtesy words, repeats or a
    /// typo), `phrase:remove-me`, `hostile`, `wrong-number`, `intl:es`,
    /// `guard:order-action` (a guard voided an opt-out reading), `model:opt-out`,
    /// `model:opt-in` or `model:help` (no rule matched; the learned fallback
    /// decided), `none` when nothing matched, and
    /// `custom-keyword:<intent>:<word>` or `custom:<intent>:<phrase>` for a
    /// shop's own rules.
    pub rule: Cow<'static, str>,
}

impl Classification {
    /// True when the whole reply is a bare keyword, such as `STOP` (after
    /// normalisation: case, spacing, look-alike letters, punctuation and
    /// emoji), or a shop's own keyword. False for courtesy words around a
    /// keyword, typos, phrases, hostility and every other rule; those are the
    /// decisions a merchant may want to review.
    pub fn is_exact_keyword(&self) -> bool {
        self.rule.starts_with("keyword:") || self.rule.starts_with("custom-keyword:")
    }

    fn none() -> Self {
        Self {
            intent: Intent::None,
            rule: Cow::Borrowed("none"),
        }
    }
}

/// Why [`OptOutClassifierBuilder::build`] refused a shop's rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvalidRule {
    /// The keyword or phrase has no letters or digits left after
    /// normalisation (it was empty, blank, or only punctuation).
    Empty {
        /// The keyword or phrase as given.
        text: String,
    },
    /// A keyword must be one word or a short phrase, not a sentence.
    TooLong {
        /// The keyword or phrase as given.
        text: String,
    },
    /// The keyword is a carrier keyword with another meaning (for example
    /// `STOP` as an opt-in). Carriers act on these keywords themselves, so
    /// redefining them would put the shop's records out of step with the
    /// carrier's.
    ConflictsWithCarrierKeyword {
        /// The keyword as given.
        text: String,
        /// What carriers take the keyword to mean.
        carrier_intent: Intent,
    },
    /// The same keyword or phrase was given for two different intents.
    Conflicting {
        /// The keyword or phrase as given.
        text: String,
    },
    /// `Intent::None` cannot be given to a keyword or phrase.
    NoIntent {
        /// The keyword or phrase as given.
        text: String,
    },
    /// The built-in rules failed to compile (a bug in this crate).
    Internal(String),
}

impl fmt::Display for InvalidRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidRule::Empty { text } => {
                write!(
                    f,
                    "keyword or phrase {text:?} has no letters or digits after normalisation"
                )
            }
            InvalidRule::TooLong { text } => write!(
                f,
                "keyword or phrase {text:?} is longer than {MAX_CUSTOM_CHARS} characters"
            ),
            InvalidRule::ConflictsWithCarrierKeyword {
                text,
                carrier_intent,
            } => write!(
                f,
                "keyword {text:?} is a carrier keyword meaning {carrier_intent} and cannot be given another intent"
            ),
            InvalidRule::Conflicting { text } => {
                write!(
                    f,
                    "keyword or phrase {text:?} was given for two different intents"
                )
            }
            InvalidRule::NoIntent { text } => {
                write!(
                    f,
                    "keyword or phrase {text:?} needs an intent other than none"
                )
            }
            InvalidRule::Internal(message) => {
                write!(f, "built-in opt-out rules failed to compile: {message}")
            }
        }
    }
}

impl std::error::Error for InvalidRule {}

/// Longest custom keyword or phrase accepted, in characters.
const MAX_CUSTOM_CHARS: usize = 200;

/// A shop's own keyword or phrase, already normalised.
#[derive(Debug, Clone)]
struct CustomRule {
    intent: Intent,
    /// Canonical form without the outer spaces (`"stop vip"`).
    normalized: String,
    rule: String,
}

/// Reads shopper replies and decides whether they opt out, opt in or ask for
/// help. See the [module documentation](self) for how.
///
/// ```
/// use sms_inbox::{Intent, OptOutClassifier};
///
/// let classifier = OptOutClassifier::default();
/// let reply = classifier.classify("pls take me off ur list");
/// assert_eq!(reply.intent, Intent::OptOut);
/// assert!(!reply.is_exact_keyword());
/// assert!(classifier.classify("STOP").is_exact_keyword());
/// assert_eq!(classifier.classify("cancel my order #1234").intent, Intent::None);
/// ```
#[derive(Debug, Clone)]
pub struct OptOutClassifier {
    strict: bool,
    keywords: KeywordTable,
    rules: &'static RuleSet,
    custom_keywords: Vec<CustomRule>,
    custom_phrases: Vec<CustomRule>,
    /// "I'm not Emily", "no Ana here": needs the original capital letter to
    /// tell a name from "I'm not sure".
    wrong_person: Regex,
    /// An iMessage reaction to the shop's own text ("Liked “Reply STOP to opt
    /// out”"): told apart from "Loved my order, but ..." by the quote mark,
    /// which normalisation removes.
    tapback: Regex,
    /// Answers for bare keywords and common short replies, computed by the
    /// full path when the classifier was built.
    quick: Arc<QuickTable>,
    /// The learned fallback for replies no rule decides; `None` when turned
    /// off.
    model: Option<Model>,
}

/// The built-in phrase rules, compiled once per process and shared by every
/// classifier, so that each thread keeps one set of regex caches for them.
static BUILTIN_RULES: LazyLock<Result<RuleSet, String>> = LazyLock::new(|| {
    let mut all_rules = rules_en::RULES.to_vec();
    all_rules.extend_from_slice(rules_intl::RULES);
    RuleSet::new(all_rules)
});

/// The labelled sets in `tests/data`, for tests that need real replies and
/// for training the learned fallback. The held-out set
/// (`optout-holdout.jsonl`) is left out on purpose: it measures how the
/// classifier does on replies nothing was fitted to.
#[cfg(test)]
const LABELLED_SETS: &[&str] = &[
    include_str!("../../tests/data/optout-dev.jsonl"),
    include_str!("../../tests/data/optout-heldaside.jsonl"),
    include_str!("../../tests/data/optout-heldaside-2.jsonl"),
    include_str!("../../tests/data/optout-heldaside-3.jsonl"),
    include_str!("../../tests/data/optout-heldaside-4.jsonl"),
    include_str!("../../tests/data/optout-heldaside-5.jsonl"),
    include_str!("../../tests/data/optout-heldaside-6.jsonl"),
    include_str!("../../tests/data/optout-heldaside-7.jsonl"),
    include_str!("../../tests/data/optout-heldaside-8.jsonl"),
    include_str!("../../tests/data/optout-heldaside-9.jsonl"),
    include_str!("../../tests/data/optout-heldaside-10.jsonl"),
    include_str!("../../tests/data/optout-heldaside-11.jsonl"),
    include_str!("../../tests/data/optout-heldaside-12.jsonl"),
    include_str!("../../tests/data/optout-heldaside-13.jsonl"),
    include_str!("../../tests/data/optout-heldaside-14.jsonl"),
    include_str!("../../tests/data/optout-heldaside-15.jsonl"),
    include_str!("../../tests/data/optout-heldaside-16.jsonl"),
    include_str!("../../tests/data/optout-heldaside-17.jsonl"),
    include_str!("../../tests/data/optout-heldaside-18.jsonl"),
    include_str!("../../tests/data/optout-heldaside-19.jsonl"),
    include_str!("../../tests/data/optout-heldaside-20.jsonl"),
    include_str!("../../tests/data/optout-heldaside-21.jsonl"),
    include_str!("../../tests/data/optout-heldaside-22.jsonl"),
    include_str!("../../tests/data/optout-heldaside-23.jsonl"),
    include_str!("../../tests/data/optout-heldaside-24.jsonl"),
    include_str!("../../tests/data/optout-heldaside-25.jsonl"),
    include_str!("../../tests/data/optout-heldaside-26.jsonl"),
    include_str!("../../tests/data/optout-heldaside-27.jsonl"),
    include_str!("../../tests/data/optout-heldaside-28.jsonl"),
    include_str!("../../tests/data/optout-heldaside-29.jsonl"),
    include_str!("../../tests/data/optout-heldaside-30.jsonl"),
    include_str!("../../tests/data/optout-heldaside-31.jsonl"),
    include_str!("../../tests/data/optout-heldaside-32.jsonl"),
    include_str!("../../tests/data/optout-heldaside-33.jsonl"),
    include_str!("../../tests/data/optout-heldaside-34.jsonl"),
    include_str!("../../tests/data/optout-heldaside-35.jsonl"),
    include_str!("../../tests/data/optout-heldaside-36.jsonl"),
    include_str!("../../tests/data/optout-heldaside-37.jsonl"),
    include_str!("../../tests/data/optout-heldaside-38.jsonl"),
    include_str!("../../tests/data/optout-heldaside-39.jsonl"),
    include_str!("../../tests/data/optout-heldaside-40.jsonl"),
    include_str!("../../tests/data/optout-heldaside-41.jsonl"),
    include_str!("../../tests/data/optout-heldaside-42.jsonl"),
    include_str!("../../tests/data/optout-heldaside-43.jsonl"),
    include_str!("../../tests/data/optout-heldaside-44.jsonl"),
    include_str!("../../tests/data/optout-heldaside-45.jsonl"),
    include_str!("../../tests/data/optout-heldaside-46.jsonl"),
    include_str!("../../tests/data/optout-heldaside-47.jsonl"),
    include_str!("../../tests/data/optout-heldaside-48.jsonl"),
    include_str!("../../tests/data/optout-heldaside-49.jsonl"),
    include_str!("../../tests/data/optout-heldaside-50.jsonl"),
    include_str!("../../tests/data/optout-heldaside-51.jsonl"),
    include_str!("../../tests/data/optout-heldaside-52.jsonl"),
    include_str!("../../tests/data/optout-heldaside-53.jsonl"),
    include_str!("../../tests/data/optout-heldaside-54.jsonl"),
    include_str!("../../tests/data/optout-heldaside-55.jsonl"),
    include_str!("../../tests/data/optout-heldaside-56.jsonl"),
    include_str!("../../tests/data/optout-heldaside-57.jsonl"),
    include_str!("../../tests/data/optout-heldaside-58.jsonl"),
    include_str!("../../tests/data/optout-heldaside-59.jsonl"),
    include_str!("../../tests/data/optout-heldaside-60.jsonl"),
    include_str!("../../tests/data/optout-heldaside-61.jsonl"),
    include_str!("../../tests/data/optout-heldaside-62.jsonl"),
    include_str!("../../tests/data/optout-heldaside-63.jsonl"),
    include_str!("../../tests/data/optout-heldaside-64.jsonl"),
];

/// The text of every row of [`LABELLED_SETS`].
#[cfg(test)]
fn labelled_texts() -> impl Iterator<Item = String> {
    LABELLED_SETS
        .iter()
        .copied()
        .flat_map(str::lines)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let row: serde_json::Value = serde_json::from_str(l).unwrap();
            row["text"].as_str().unwrap().to_string()
        })
}

/// Whether the reply is the Vietnamese "Dừng" (stop) alone, with punctuation
/// or emoji around it. Folding its accents would make it "dung", which is
/// also "Đúng" (right, yes), so it is read from the text as sent.
fn is_vietnamese_stop(text: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    let word = text.trim_matches(|c: char| !c.is_alphabetic());
    word.len() <= 16 && word.nfc().flat_map(char::to_lowercase).eq("dừng".chars())
}

/// The learned fallback's weights, read once per process.
static TRAINED_MODEL: LazyLock<Result<Model, String>> = LazyLock::new(Model::trained);

/// Replies longer than this many bytes are read as their first
/// [`HEAD_BYTES`] and last [`TAIL_BYTES`], so that no input costs more than
/// about 100 µs. Twilio accepts at most 1,600 characters per message, so a
/// real reply in ASCII is always read whole, and one in another script is
/// read whole up to about 1,000 characters.
const WINDOW_BYTES: usize = 4_096;
const HEAD_BYTES: usize = 3_072;
const TAIL_BYTES: usize = 1_024;

impl Default for OptOutClassifier {
    /// The full classifier: keywords, phrases and guards, no shop rules.
    fn default() -> Self {
        // The built-in rules are fixed and covered by tests, so this only fails
        // if the crate itself is broken.
        OptOutClassifierBuilder::default()
            .build()
            .expect("built-in opt-out rules compile")
    }
}

/// Per-thread scratch buffers, so classification does not allocate once warm.
struct Scratch {
    normalizer: Normalizer,
    normalized: String,
    rules: Option<RuleScratch>,
}

impl Scratch {
    const fn new() -> Self {
        Scratch {
            normalizer: Normalizer::new(),
            normalized: String::new(),
            rules: None,
        }
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = const { RefCell::new(Scratch::new()) };
}

impl OptOutClassifier {
    /// Starts a classifier with shop-specific keywords, phrases or strict mode.
    pub fn builder() -> OptOutClassifierBuilder {
        OptOutClassifierBuilder::default()
    }

    /// Classifies one reply. Never panics, whatever the input.
    pub fn classify(&self, text: &str) -> Classification {
        self.quick
            .answer(text)
            .unwrap_or_else(|| self.classify_fully(text))
    }

    fn classify_fully(&self, text: &str) -> Classification {
        let windowed;
        let text = if text.len() > WINDOW_BYTES {
            let head = text.floor_char_boundary(HEAD_BYTES);
            let tail = text.ceil_char_boundary(text.len() - TAIL_BYTES);
            windowed = format!("{}\n{}", &text[..head], &text[tail..]);
            windowed.as_str()
        } else {
            text
        };
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => self.classify_with(text, &mut scratch),
            // Only reachable if classify were re-entered on this thread.
            Err(_) => self.classify_with(text, &mut Scratch::new()),
        })
    }

    fn classify_with(&self, text: &str, scratch: &mut Scratch) -> Classification {
        let Scratch {
            normalizer,
            normalized,
            rules,
        } = scratch;
        if self.tapback.is_match(text) {
            return Classification {
                intent: Intent::None,
                rule: Cow::Borrowed("guard:tapback"),
            };
        }
        let findings = normalizer.normalize(text, normalized);
        if normalized.is_empty() {
            return Classification::none();
        }
        if let Some(custom) = self.custom_keyword(normalized) {
            return custom;
        }
        let keyword = self
            .keywords
            .match_message(normalized, self.strict, findings.corrected_typo);
        if let Some(keyword) = keyword {
            return Classification {
                intent: keyword.intent,
                rule: Cow::Borrowed(keyword.rule),
            };
        }
        if !self.strict && is_vietnamese_stop(text) {
            return Classification {
                intent: Intent::OptOut,
                rule: Cow::Borrowed("keyword:dừng"),
            };
        }
        let custom = self.custom_phrase(normalized);
        if self.strict {
            return custom.unwrap_or_else(Classification::none);
        }
        let rules = rules.get_or_insert_with(|| self.rules.scratch());
        let mut verdict = self
            .rules
            .evaluate(normalized, rules)
            .map(|v| Classification {
                intent: v.intent,
                rule: Cow::Borrowed(v.rule),
            });
        if verdict.as_ref().is_none_or(|v| v.intent != Intent::OptOut)
            && self.is_wrong_person(text, normalized)
        {
            verdict = Some(Classification {
                intent: Intent::OptOut,
                rule: Cow::Borrowed("wrong-number"),
            });
        }
        match (verdict, custom) {
            (Some(v), Some(c)) => Some(if c.intent.precedence() < v.intent.precedence() {
                c
            } else {
                v
            }),
            (v, c) => v.or(c),
        }
        .unwrap_or_else(|| self.fall_back(normalized))
    }

    /// The learned model's reading of a reply no rule matched, when it is
    /// confident enough.
    fn fall_back(&self, normalized: &str) -> Classification {
        let Some(model) = &self.model else {
            return Classification::none();
        };
        // One plain word is too little for a learned guess ("spot", "yelp");
        // single words are the keyword table's and its typo checks'. A reply
        // in a script without spaces is one token and still goes to the model.
        let text = normalized.trim_matches(' ');
        if text.is_ascii() && !text.contains(' ') {
            return Classification::none();
        }
        match model.predict(normalized) {
            (intent, p) if intent != Intent::None && p >= model::THRESHOLD => Classification {
                intent,
                rule: Cow::Borrowed(match intent {
                    Intent::OptOut => "model:opt-out",
                    Intent::OptIn => "model:opt-in",
                    _ => "model:help",
                }),
            },
            _ => Classification::none(),
        }
    }

    /// The replies whose answers the fast path keeps: every keyword alone and
    /// with the commonest courtesy words, the shop's keywords, and common
    /// acknowledgements.
    fn quick_seeds(&self) -> Vec<String> {
        let mut seeds: Vec<String> = quick::COMMON_REPLIES
            .iter()
            .map(|s| s.to_string())
            .collect();
        for word in self
            .keywords
            .words()
            .chain(self.custom_keywords.iter().map(|k| k.normalized.as_str()))
        {
            seeds.push(word.to_string());
            for courtesy in ["please", "pls", "thanks", "thank you", "now", "ok"] {
                seeds.push(format!("{word} {courtesy}"));
                seeds.push(format!("{courtesy} {word}"));
            }
        }
        seeds
    }

    fn custom_keyword(&self, normalized: &str) -> Option<Classification> {
        if self.custom_keywords.is_empty() {
            return None;
        }
        let tokens = normalized
            .split(' ')
            .filter(|t| !t.is_empty() && *t != normalize::BOUNDARY);
        self.custom_keywords
            .iter()
            .find(|k| k.normalized.split(' ').eq(tokens.clone()))
            .map(|k| Classification {
                intent: k.intent,
                rule: Cow::Owned(k.rule.clone()),
            })
    }

    fn custom_phrase(&self, normalized: &str) -> Option<Classification> {
        self.custom_phrases
            .iter()
            .filter(|p| {
                let text = normalized.trim_matches(' ');
                text.match_indices(p.normalized.as_str()).any(|(at, _)| {
                    let before = text[..at].chars().next_back();
                    let after = text[at + p.normalized.len()..].chars().next();
                    before.is_none_or(|c| c == ' ') && after.is_none_or(|c| c == ' ')
                })
            })
            .min_by_key(|p| p.intent.precedence())
            .map(|p| Classification {
                intent: p.intent,
                rule: Cow::Owned(p.rule.clone()),
            })
    }

    fn is_wrong_person(&self, text: &str, normalized: &str) -> bool {
        const NOT_NAMES: &[&str] = &[
            "Sure",
            "Interested",
            "Happy",
            "Ready",
            "Available",
            "Here",
            "Home",
            "Mine",
            "Right",
            "Correct",
            "Okay",
            "Ok",
            "Good",
            "Bad",
            "Free",
            "Yours",
            "It",
            "That",
            "This",
            "Me",
            "You",
            "Done",
            "Kidding",
            "Joking",
            "Really",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "Today",
            "Yet",
            "Now",
            "Anymore",
            "Worried",
            "Mad",
            "Upset",
            "Satisfied",
            "Impressed",
            "Buying",
            "Paying",
            "Going",
            "Working",
            "Complaining",
            "Sorry",
            "Again",
            "Much",
            "Enough",
            "Bothered",
        ];
        [
            " no ", "not ", "nt ", " pas ", "nao ", " n sou ", "nicht ", " non ",
        ]
        .iter()
        .any(|negation| normalized.contains(negation))
            && normalized.len() < 80
            && self.wrong_person.captures_iter(text).any(|caps| {
                caps.get_group(1)
                    .or_else(|| caps.get_group(2))
                    .is_some_and(|name| {
                        let name = &text[name.range()];
                        // "not Stop" negates a keyword; it names nobody.
                        !NOT_NAMES.contains(&name)
                            && self.keywords.lookup(&name.to_lowercase()).is_none()
                    })
            })
    }
}

/// Configures an [`OptOutClassifier`] for one shop.
///
/// ```
/// use sms_inbox::{Intent, OptOutClassifier};
///
/// let classifier = OptOutClassifier::builder()
///     .keyword(Intent::OptIn, "JOINVIP")
///     .phrase(Intent::OptOut, "no more punch cards")
///     .build()?;
/// assert_eq!(classifier.classify("joinvip!").intent, Intent::OptIn);
/// assert_eq!(classifier.classify("ok but no more punch cards").intent, Intent::OptOut);
/// # Ok::<(), sms_inbox::optout::InvalidRule>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct OptOutClassifierBuilder {
    strict: bool,
    no_model: bool,
    keywords: Vec<(Intent, String)>,
    phrases: Vec<(Intent, String)>,
}

impl OptOutClassifierBuilder {
    /// Strict mode honours carrier keywords only, and only when they are the
    /// whole reply after normalisation (`STOP`, `s t o p`, `Ｓｔｏｐ!`), the way
    /// Twilio processes them: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT,
    /// REVOKE, OPTOUT, plus AWS's REMOVE, ARRET, TD and 退订; START, YES,
    /// UNSTOP; HELP, INFO. The shop's own keywords and phrases still apply.
    pub fn strict(mut self, on: bool) -> Self {
        self.strict = on;
        self
    }

    /// Turns the learned fallback on (the default) or off. It reads only
    /// replies that no rule matched, and decides them (rule ids
    /// `model:opt-out`, `model:opt-in`, `model:help`) when its likeliest
    /// intent is at least 70% likely. Off, those replies are `none`, and
    /// every decision names a written rule.
    pub fn learned_fallback(mut self, on: bool) -> Self {
        self.no_model = !on;
        self
    }

    /// Adds a keyword that decides `intent` when it is the whole reply
    /// (after normalisation and ignoring punctuation and emoji).
    pub fn keyword(mut self, intent: Intent, word: &str) -> Self {
        self.keywords.push((intent, word.to_string()));
        self
    }

    /// Adds a phrase that decides `intent` wherever it appears in a reply, on
    /// word boundaries, after normalisation. Opt-out still takes precedence.
    pub fn phrase(mut self, intent: Intent, phrase: &str) -> Self {
        self.phrases.push((intent, phrase.to_string()));
        self
    }

    /// Builds the classifier, or says which keyword or phrase is unusable.
    pub fn build(self) -> Result<OptOutClassifier, InvalidRule> {
        let keywords = KeywordTable::new();
        let rules = BUILTIN_RULES
            .as_ref()
            .map_err(|e| InvalidRule::Internal(e.clone()))?;
        let wrong_person = Regex::new(
            r"(?:(?i:\bi'?m not|\bi am not|\bthis (?:is not|isn'?t|ain'?t)|\bit'?s not|\bthat'?s not|\bi (?:do not|don'?t) know (?:any|anyone named|anybody named|a|an)|(?:\byo )?\bno soy(?: (?:la|el))?(?: (?:señora|señor|señorita|sra\.?|sr\.?|srta\.?|doña|don))?|(?:\beu )?\b(?:não|nao|n) sou(?: (?:o|a))?(?: (?:senhora|senhor|sra\.?|sr\.?|dona|seu))?|\bje ne suis pas(?: (?:mme|madame|m\.|monsieur|mlle))?|\bich bin nicht (?:der|die|herr|frau)|\bnon sono(?: (?:il|la))?(?: (?:sig\.?|signor|signora|sig\.ra))?)|^\s*(?i:not)) (\p{Lu}\p{Ll}+)(?:[\s.!?,]*$|,| (?i:and|but|&) )|^\s*(?i:(?:there'?s |there is )?no) ([A-Z][a-z]+) (?i:here|lives here|at this number|on this number)\b",
        )
        .map_err(|e| InvalidRule::Internal(e.to_string()))?;
        let tapback = Regex::new(
            r#"^\s*(?i:liked|loved|laughed at|emphasi[sz]ed|disliked|questioned|reacted(?: \S+)? to|curtiu|amou|riu de|enfatizou|não curtiu|questionou|a aimé|a adoré|a ri de|a mis en évidence|n'a pas aimé|a mis en question|le gustó|le encantó|se rió de|enfatizó|no le gustó|cuestionó|gefällt mir|gefällt|ha messo\s*["“”]mi piace["“”]\s*a|mi piace|ha riso di)\s*:?\s*["“”‘’«„]|^\s*["„“](?i:gefällt mir)["“”]\s+(?i:für)\s*["„“]"#,
        )
        .map_err(|e| InvalidRule::Internal(e.to_string()))?;

        let custom_keywords = custom_rules(
            &self.keywords,
            "custom-keyword",
            |intent, text, normalized| match keywords.match_message(
                &format!(" {normalized} "),
                true,
                false,
            ) {
                Some(carrier) if carrier.intent != intent => {
                    Err(InvalidRule::ConflictsWithCarrierKeyword {
                        text: text.to_string(),
                        carrier_intent: carrier.intent,
                    })
                }
                _ => Ok(()),
            },
        )?;
        let custom_phrases = custom_rules(&self.phrases, "custom", |_, _, _| Ok(()))?;
        let mut classifier = OptOutClassifier {
            strict: self.strict,
            keywords,
            rules,
            custom_keywords,
            custom_phrases,
            wrong_person,
            tapback,
            quick: Arc::default(),
            model: if self.no_model {
                None
            } else {
                Some(
                    *TRAINED_MODEL
                        .as_ref()
                        .map_err(|e| InvalidRule::Internal(e.clone()))?,
                )
            },
        };
        let seeds = classifier.quick_seeds();
        let mut quick = QuickTable::default();
        for seed in &seeds {
            quick.insert(seed, || classifier.classify_fully(seed));
        }
        classifier.quick = Arc::new(quick);
        Ok(classifier)
    }
}

fn custom_rules(
    given: &[(Intent, String)],
    prefix: &str,
    check: impl Fn(Intent, &str, &str) -> Result<(), InvalidRule>,
) -> Result<Vec<CustomRule>, InvalidRule> {
    let mut rules: Vec<CustomRule> = Vec::with_capacity(given.len());
    for (intent, text) in given {
        if *intent == Intent::None {
            return Err(InvalidRule::NoIntent { text: text.clone() });
        }
        if text.chars().count() > MAX_CUSTOM_CHARS {
            return Err(InvalidRule::TooLong { text: text.clone() });
        }
        let normalized: String = normalize::normalize(text)
            .split(' ')
            .filter(|t| !t.is_empty() && *t != normalize::BOUNDARY)
            .collect::<Vec<_>>()
            .join(" ");
        if normalized.is_empty() {
            return Err(InvalidRule::Empty { text: text.clone() });
        }
        check(*intent, text, &normalized)?;
        match rules.iter().find(|r| r.normalized == normalized) {
            Some(existing) if existing.intent != *intent => {
                return Err(InvalidRule::Conflicting { text: text.clone() });
            }
            Some(_) => continue,
            None => {}
        }
        let rule = format!("{prefix}:{}:{}", intent.as_str(), text.trim());
        rules.push(CustomRule {
            intent: *intent,
            normalized,
            rule,
        });
    }
    Ok(rules)
}
