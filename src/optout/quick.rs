//! The fast path for the replies that make up most real traffic: a bare
//! keyword ("STOP", "Stop.", "stop 🙏") or a short acknowledgement ("ok",
//! "thanks!"). Such a reply is reduced, without allocating, to its sequence
//! of words and clause marks, exactly the tokens the full normaliser would
//! produce from it, and looked up in a table of answers that the full
//! classifier computed for common replies when it was built. A reply the
//! fast path cannot reduce, or does not find, takes the full path.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::Classification;

/// Longest reply, in bytes, the fast path looks at.
const MAX_TEXT: usize = 64;
/// Longest key, in bytes.
const MAX_KEY: usize = 48;

/// The reduced form of a reply: lower-case ASCII words with repeated letters
/// squeezed and `,` for clause marks, separated by single spaces, e.g.
/// `"stop , please"`.
struct Key {
    bytes: [u8; MAX_KEY],
    len: usize,
}

impl Key {
    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// Reduces `text` to its key, or `None` when the reply holds anything the
/// fast path does not model (digits, symbols that stand for words, accents,
/// other scripts, stop-sign emoji, apostrophes, invisible characters inside
/// a word), is long, or could be a wrong-person reply ("not Emily"), which
/// needs the original capitals.
fn key(text: &str, limit: usize) -> Option<Key> {
    if text.len() > MAX_TEXT {
        return None;
    }
    let mut key = Key {
        bytes: [0; MAX_KEY],
        len: 0,
    };
    // Words and clause marks as the full tokenizer sees them; `word_len` is
    // the length of the word being read, `pending_marks` the clause marks
    // seen since the last word.
    let mut word_len = 0usize;
    let mut word_start = 0usize;
    let mut pending_marks = 0usize;
    let mut last_word_len = 0usize;
    let mut chars = text.chars().peekable();
    let push = |key: &mut Key, b: u8| -> Option<()> {
        if key.len == limit {
            return None;
        }
        let slot = key.bytes.get_mut(key.len)?;
        *slot = b;
        key.len += 1;
        Some(())
    };
    while let Some(c) = chars.next() {
        let mark = match c {
            'a'..='z' | 'A'..='Z' => {
                let b = c.to_ascii_lowercase() as u8;
                if word_len == 0 {
                    if key.len > 0 || pending_marks > 0 {
                        // Two or more marks between one-letter words break a
                        // spelled-out word ("s!! t!! o!! p") in the full
                        // path; a single mark does not.
                        if pending_marks > 1 && last_word_len == 1 {
                            return None;
                        }
                        if key.len > 0 {
                            push(&mut key, b' ')?;
                            if pending_marks > 0 {
                                push(&mut key, b',')?;
                                push(&mut key, b' ')?;
                            }
                        }
                    }
                    pending_marks = 0;
                    word_start = key.len;
                } else if key.bytes[key.len - 1] == b {
                    word_len += 1;
                    continue;
                }
                push(&mut key, b)?;
                word_len += 1;
                continue;
            }
            ' ' | '\t' => false,
            ',' | '!' | '?' | ';' | ':' | '\n' | '\r' => true,
            // "S.T.O.P" and "ok.thanks" go on; a full stop ends a clause.
            '.' => !chars.peek().is_some_and(|n| n.is_alphanumeric()),
            // Zero-width joiners, variation selectors and skin tones vanish in
            // the full path without ending a word; only allow them between words.
            '\u{200d}' | '\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}' if word_len == 0 => false,
            _ if is_plain_emoji(c) => false,
            _ => return None,
        };
        if word_len > 0 {
            end_word(&key, word_start)?;
            last_word_len = key.len - word_start;
            word_len = 0;
        }
        if mark && key.len > 0 {
            pending_marks += 1;
        }
    }
    if word_len > 0 {
        end_word(&key, word_start)?;
    }
    Some(key)
}

/// Refuses words the full path treats specially by looking at the original
/// text: "not" and "...nt" start a wrong-person check ("I'm not Emily").
fn end_word(key: &Key, start: usize) -> Option<()> {
    let word = &key.bytes[start..key.len];
    (word != b"not" && !word.ends_with(b"nt")).then_some(())
}

/// Emoji the full normaliser drops as noise: not the stop signs, the raised
/// hand or the middle finger (which carry meaning), and not regional
/// indicators (which spell letters).
fn is_plain_emoji(c: char) -> bool {
    matches!(c,
        '\u{1f300}'..='\u{1f5ff}' | '\u{1f600}'..='\u{1f64f}' | '\u{1f680}'..='\u{1f6ff}'
        | '\u{1f900}'..='\u{1f9ff}' | '\u{1fa70}'..='\u{1faff}' | '\u{2600}'..='\u{27bf}')
        && !matches!(
            c,
            '\u{1f3fb}'
                ..='\u{1f3ff}'
                    | '\u{1f6d1}'
                    | '\u{26d4}'
                    | '\u{1f6ab}'
                    | '\u{1f4f5}'
                    | '\u{1f515}'
                    | '\u{270b}'
                    | '\u{1f595}'
        )
        && !c.is_alphanumeric()
}

/// FNV-1a: keys are a few bytes long and built by us, so a simple hash wins.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Answers for common replies, keyed by [`key`].
#[derive(Debug, Default)]
pub(crate) struct QuickTable {
    answers: HashMap<Box<[u8]>, Classification, BuildHasherDefault<Fnv>>,
    /// The longest key held: reading a reply stops once its key is longer.
    longest: usize,
}

impl QuickTable {
    /// Keeps the answer for `reply`, computed by `answer`, for every reply
    /// with the same key; a reply the fast path cannot reduce is left out.
    pub(crate) fn insert(&mut self, reply: &str, answer: impl FnOnce() -> Classification) {
        if let Some(key) = key(reply, MAX_KEY).filter(|k| !k.as_bytes().is_empty()) {
            self.longest = self.longest.max(key.len);
            self.answers.insert(key.as_bytes().into(), answer());
        }
    }

    /// The answer for `text` when the fast path knows it: a kept reply, or a
    /// reply without a single word.
    pub(crate) fn answer(&self, text: &str) -> Option<Classification> {
        let key = key(text, self.longest)?;
        if key.as_bytes().is_empty() {
            return Some(Classification::none());
        }
        self.answers.get(key.as_bytes()).cloned()
    }
}

/// Common replies whose answers are worth keeping: acknowledgements,
/// declines and greetings. Keywords are added from the keyword table.
pub(crate) const COMMON_REPLIES: &[&str] = &[
    "ok",
    "okay",
    "k",
    "kk",
    "ok thanks",
    "ok thank you",
    "okay thanks",
    "thanks",
    "thank you",
    "thanks so much",
    "thank you so much",
    "thx",
    "ty",
    "tysm",
    "cool",
    "great",
    "awesome",
    "nice",
    "perfect",
    "sounds good",
    "got it",
    "sure",
    "lol",
    "haha",
    "lmao",
    "omg",
    "wow",
    "no",
    "nope",
    "nah",
    "no thanks",
    "no thank you",
    "no ty",
    "maybe later",
    "not now",
    "im good",
    "all good",
    "pass",
    "yes please",
    "yeah",
    "yep",
    "yup",
    "ya",
    "yea",
    "hi",
    "hello",
    "hey",
    "who",
    "what",
    "why",
    "when",
    "where",
    "how",
    "love it",
    "love this",
    "i love it",
    "good",
    "fine",
    "done",
    "bought it",
    "already bought it",
    "i already bought it",
    "cute",
    "so cute",
    "lit",
    "yay",
    "hmm",
    "idk",
    "please",
    "stop it",
    "stop stop",
    "stop stop stop",
    "stop now",
    "stop please",
    "please stop",
    "pls stop",
    "stop pls",
    "stop thanks",
    "stop thank you",
    "stop asap",
    "unsubscribe please",
    "unsubscribe me",
    "remove me",
    "opt out",
    "cancel please",
    "end please",
    "quit please",
    "help please",
    "yes yes",
];
