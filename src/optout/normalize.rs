//! Turns a raw SMS body into the canonical token string every rule matches.
//!
//! The canonical form is `" tok tok , tok "`: lower-case words separated by
//! single spaces, a lone `,` wherever the sender ended a clause, and a space at
//! both ends so that patterns can use spaces as word boundaries. Rule patterns
//! are folded with [`fold_pattern`], which applies the same per-word folding,
//! so a pattern is written in plain spelling and still matches the canonical
//! form of a message.

use std::ops::{Range, RangeInclusive};
use std::sync::LazyLock;

use unicode_normalization::char::{
    canonical_combining_class, decompose_canonical, is_combining_mark,
};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use super::fuzzy;

/// The token that marks the end of a clause.
pub(crate) const BOUNDARY: &str = ",";
/// The token every stop-meaning emoji (🛑 ⛔ 🚫 📵 🔕) becomes.
pub(crate) const STOP_SIGN: &str = "🛑";
/// The token the raised middle finger becomes.
pub(crate) const MIDDLE_FINGER: &str = "🖕";

/// Reusable buffers, so that classifying a message allocates nothing once
/// the buffers have grown to the size of the longest message seen.
#[derive(Debug)]
pub(crate) struct Normalizer {
    /// Word characters of every token, back to back.
    chars: String,
    /// Where each token sits in `chars`.
    tokens: Vec<Range<usize>>,
    /// Scratch space for folding one word.
    word: String,
    /// The word being read holds a non-ASCII character that [`fold_word`]
    /// may change.
    unfolded: bool,
    /// Facts about recently seen non-ASCII characters, so that Unicode table
    /// lookups (alphabetic, lower case, decomposition, NFKC) run once per
    /// character rather than once per occurrence.
    facts: [(char, Facts); FACT_CACHE],
    /// Off in tests that check the shortcuts against the plain path.
    #[cfg(test)]
    shortcuts: bool,
}

/// Entries in [`Normalizer::facts`]; a power of two.
const FACT_CACHE: usize = 256;

/// What normalising needs to know about one non-ASCII character.
#[derive(Debug, Clone, Copy)]
struct Facts {
    fold: Fold,
    /// Canonical combining class.
    class: u8,
    /// The NFKC quick check passes the character on its own.
    nfkc: bool,
}

impl Facts {
    const UNSET: Self = Facts {
        fold: Fold::Other,
        class: 0,
        nfkc: false,
    };

    fn of(c: char) -> Self {
        Facts {
            fold: Fold::of(c),
            class: canonical_combining_class(c),
            nfkc: is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes,
        }
    }
}

/// How one non-ASCII character takes part in a word. `stays` tells that
/// [`fold_word`] keeps what the character adds to a word as it is (see
/// [`Normalizer::end_word`]).
#[derive(Debug, Clone, Copy)]
enum Fold {
    /// Zero-width, formatting or control: dropped without ending the word.
    Invisible,
    /// A combining mark: kept or dropped depending on the letter before it.
    Mark { stays: bool },
    /// A letter or digit, written as up to three folded characters.
    Letter {
        folded: [char; 3],
        len: u8,
        stays: bool,
    },
    /// Anything else ends the word.
    Other,
}

impl Fold {
    fn of(c: char) -> Self {
        if is_invisible(c) {
            Fold::Invisible
        } else if is_combining_mark(c) {
            Fold::Mark {
                stays: stays_put(c),
            }
        } else if c.is_alphanumeric() {
            let mut folded = ['\0'; 3];
            let mut len = 0;
            let mut stays = true;
            fold_letter(c, |f| {
                if let Some(slot) = folded.get_mut(usize::from(len)) {
                    *slot = f;
                    len += 1;
                    stays &= f.is_ascii_lowercase() || stays_put(f);
                }
            });
            Fold::Letter { folded, len, stays }
        } else {
            Fold::Other
        }
    }
}

impl Default for Normalizer {
    fn default() -> Self {
        Self::new()
    }
}

/// What [`Normalizer::normalize`] found besides the canonical text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Findings {
    /// A word was replaced by the keyword it misspells.
    pub(crate) corrected_typo: bool,
}

impl Normalizer {
    pub(crate) const fn new() -> Self {
        Self {
            chars: String::new(),
            tokens: Vec::new(),
            word: String::new(),
            unfolded: false,
            facts: [('\0', Facts::UNSET); FACT_CACHE],
            #[cfg(test)]
            shortcuts: true,
        }
    }

    /// Whether to skip work whose result is known (always, but in tests).
    #[cfg(not(test))]
    const fn shortcuts(&self) -> bool {
        true
    }

    #[cfg(test)]
    const fn shortcuts(&self) -> bool {
        self.shortcuts
    }

    /// The facts about `c`, from the cache.
    fn facts_of(&mut self, c: char) -> &Facts {
        let slot = ((c as u32).wrapping_mul(0x9e37_79b9) >> 24) as usize % FACT_CACHE;
        let (cached, facts) = &mut self.facts[slot];
        if *cached != c {
            *cached = c;
            *facts = Facts::of(c);
        }
        facts
    }

    /// Writes the canonical form of `text` into `out` (cleared first).
    pub(crate) fn normalize(&mut self, text: &str, out: &mut String) -> Findings {
        out.clear();
        let nfkc = if self.shortcuts() {
            self.tokenize(text.chars(), true)
        } else {
            is_nfkc_quick(text.chars()) == IsNormalized::Yes && self.tokenize(text.chars(), false)
        };
        if !nfkc {
            self.tokenize(text.nfkc(), false);
        }
        self.assemble(out)
    }

    /// Splits `chars` into tokens and returns true. With `check_nfkc`, it
    /// gives up and returns false as soon as `is_nfkc_quick(chars)` cannot
    /// answer Yes, checking each character from the cache: ASCII resets the
    /// combining class; any other character fails unless its own quick check
    /// passes and its class, when not zero, is not below the last one.
    fn tokenize(&mut self, chars: impl Iterator<Item = char>, check_nfkc: bool) -> bool {
        self.chars.clear();
        self.tokens.clear();
        let mut chars = chars.peekable();
        let mut word_start = 0;
        let mut last_class = 0;
        while let Some(c) = chars.next() {
            let fold = if c.is_ascii() {
                last_class = 0;
                None
            } else {
                let &Facts { fold, class, nfkc } = self.facts_of(c);
                if check_nfkc && (!nfkc || (class != 0 && class < last_class)) {
                    self.unfolded = false;
                    return false;
                }
                last_class = class;
                Some(fold)
            };
            match c {
                'a'..='z' | '0'..='9' | '*' | '$' | '@' => self.chars.push(c),
                'A'..='Z' => self.chars.push(c.to_ascii_lowercase()),
                // Apostrophes join contractions ("don't" -> "dont").
                '\'' | '\u{2018}' | '\u{2019}' | '`' | '\u{2bc}' | '\u{b4}' => {}
                '.' => {
                    // "S.T.O.P" and "example.com" keep going; a full stop ends a clause.
                    let inside_word = chars.peek().is_some_and(|n| n.is_alphanumeric());
                    self.end_word(&mut word_start);
                    if !inside_word {
                        self.push_token(BOUNDARY, &mut word_start);
                    }
                }
                ',' | '!' | '?' | ';' | ':' | '\n' | '\r' | '\u{2026}' | '\u{a1}' | '\u{bf}'
                | '\u{3001}' | '\u{3002}' | '\u{ff01}' | '\u{ff0c}' | '\u{ff1f}' | '\u{61f}'
                | '\u{60c}' | '\u{964}' => {
                    self.end_word(&mut word_start);
                    self.push_token(BOUNDARY, &mut word_start);
                }
                '#' => {
                    // "#1234" is an order number; a lone "#" means "number" ("wrong #").
                    self.end_word(&mut word_start);
                    if !chars.peek().is_some_and(char::is_ascii_digit) {
                        self.push_token("number", &mut word_start);
                    }
                }
                '&' | '+' if !chars.peek().is_some_and(char::is_ascii_digit) => {
                    self.end_word(&mut word_start);
                    self.push_token("and", &mut word_start);
                }
                '\u{1f6d1}' | '\u{26d4}' | '\u{1f6ab}' | '\u{1f4f5}' | '\u{1f515}' | '\u{23f9}'
                | '\u{270b}' => {
                    self.end_word(&mut word_start);
                    let token = if c == '\u{270b}' {
                        "raisedhand"
                    } else {
                        STOP_SIGN
                    };
                    self.push_token(token, &mut word_start);
                }
                '\u{1f595}' => {
                    self.end_word(&mut word_start);
                    self.push_token(MIDDLE_FINGER, &mut word_start);
                }
                // Regional indicators spell letters: 🇸🇹🇴🇵.
                '\u{1f1e6}'..='\u{1f1ff}' => {
                    let offset = c as u32 - 0x1f1e6;
                    self.chars.push(char::from(b'a' + offset as u8));
                }
                // So do negative circled and squared letters, which NFKC
                // leaves alone: ST🅾️P.
                '\u{1f150}'..='\u{1f169}' | '\u{1f170}'..='\u{1f189}' => {
                    let offset = (c as u32 - 0x1f150) % 0x20;
                    self.chars.push(char::from(b'a' + offset as u8));
                }
                _ => match fold {
                    // Other ASCII: spaces and punctuation end the word, controls vanish.
                    None => {
                        if !c.is_ascii_control() || c.is_whitespace() {
                            self.end_word(&mut word_start);
                        }
                    }
                    Some(Fold::Invisible) => {}
                    Some(Fold::Mark { stays }) => {
                        // Accents on Latin, Greek and Cyrillic letters carry no meaning
                        // for opt-out; marks of other scripts (Devanagari, Thai) are
                        // part of the letter.
                        let last = self.chars[word_start..].chars().next_back();
                        if last.is_some_and(|l| !is_accent_free_script(l)) {
                            self.chars.push(c);
                            self.unfolded |= !stays;
                        }
                    }
                    Some(Fold::Letter { folded, len, stays }) => {
                        self.chars.extend(&folded[..usize::from(len)]);
                        self.unfolded |= !stays;
                    }
                    Some(Fold::Other) => self.end_word(&mut word_start),
                },
            }
        }
        self.end_word(&mut word_start);
        true
    }

    fn push_token(&mut self, token: &str, word_start: &mut usize) {
        let start = self.chars.len();
        self.chars.push_str(token);
        self.tokens.push(start..self.chars.len());
        *word_start = self.chars.len();
    }

    /// Closes the word that started at `word_start`, folding it in place.
    ///
    /// Folding is skipped when it would change nothing: the ASCII characters
    /// pass [`is_folded`] and the non-ASCII ones all pass [`stays_put`], so
    /// [`fold_word`] finds no digit or symbol to drop or read as a letter,
    /// nothing to squeeze and no look-alike.
    fn end_word(&mut self, word_start: &mut usize) {
        let start = *word_start;
        let unfolded = std::mem::take(&mut self.unfolded);
        if start < self.chars.len()
            && !unfolded
            && self.shortcuts()
            && is_folded(&self.chars.as_bytes()[start..])
        {
            self.tokens.push(start..self.chars.len());
        } else if start < self.chars.len() {
            self.word.clear();
            fold_word(&self.chars[start..], &mut self.word);
            self.chars.truncate(start);
            if !self.word.is_empty() {
                self.chars.push_str(&self.word);
                self.tokens.push(start..self.chars.len());
            }
        }
        *word_start = self.chars.len();
    }

    /// Joins spelled-out and split words, fixes typos and writes the result.
    fn assemble(&mut self, out: &mut String) -> Findings {
        let mut findings = Findings::default();
        let tokens = &self.tokens;
        let text = |i: usize| &self.chars[tokens[i].clone()];
        let mut i = 0;
        while i < tokens.len() {
            let token = text(i);
            if token == BOUNDARY {
                if !out.is_empty() && !out.ends_with(" ,") {
                    out.push_str(" ,");
                }
                i += 1;
                continue;
            }
            out.push(' ');
            let run_end = spelled_run_end(tokens.len(), i, &text);
            if run_end > i {
                // "s t o p", "S.T.O.P", "s-t-o-p": one letter per token.
                self.word.clear();
                for j in (i..run_end).filter(|&j| text(j) != BOUNDARY) {
                    self.word.push_str(text(j));
                }
                let mut joined = String::new();
                fold_word(&self.word, &mut joined);
                push_corrected(&joined, out, &mut findings);
                i = run_end;
            } else if let Some(merged) = tokens
                .get(i + 1)
                .and_then(|_| merge_split_word(token, text(i + 1)))
            {
                out.push_str(merged);
                i += 2;
            } else {
                push_corrected(token, out, &mut findings);
                i += 1;
            }
        }
        while out.ends_with(" ,") {
            out.truncate(out.len() - 2);
        }
        if !out.is_empty() {
            out.push(' ');
        }
        findings
    }
}

/// True when the ASCII characters of `word` are lower-case letters, none
/// repeated back to back; for an ASCII word, folding then leaves it as it is.
fn is_folded(word: &[u8]) -> bool {
    let mut last = 0;
    word.iter().all(|&b| {
        let folded = !b.is_ascii() || (b.is_ascii_lowercase() && b != last);
        last = b;
        folded
    })
}

fn push_corrected(token: &str, out: &mut String, findings: &mut Findings) {
    match fuzzy::correct(token) {
        Some(fixed) => {
            findings.corrected_typo = true;
            out.push_str(fixed);
        }
        None => out.push_str(token),
    }
}

/// End (exclusive) of a run of at least three one-letter tokens starting at
/// `start`, allowing clause marks between them ("S. T. O. P."); `start` when
/// there is no such run.
fn spelled_run_end<'a>(len: usize, start: usize, text: &impl Fn(usize) -> &'a str) -> usize {
    let is_letter = |t: &str| t.len() == 1 && t != BOUNDARY;
    let mut letters = 0;
    let mut end = start;
    let mut j = start;
    while j < len {
        let t = text(j);
        if is_letter(t) {
            letters += 1;
            j += 1;
            end = j;
        } else if t == BOUNDARY && j + 1 < len && is_letter(text(j + 1)) && letters > 0 {
            j += 1;
        } else {
            break;
        }
    }
    if letters >= 3 { end } else { start }
}

/// Words that a stray space split in two ("st op", "un subscribe", "opt out").
fn merge_split_word(first: &str, second: &str) -> Option<&'static str> {
    const JOINED: &[&str] = &[
        "stop",
        "optout",
        "optin",
        "unsubscribe",
        "unsub",
        "texting",
        "texts",
        "mesages",
        "remove",
        "cancel",
        "unstop",
        "stopal",
    ];
    if first.len() + second.len() > 11 {
        return None;
    }
    JOINED.iter().copied().find(|joined| {
        joined.len() == first.len() + second.len()
            && joined.starts_with(first)
            && joined.ends_with(second)
    })
}

/// Folds one word: digits and symbols standing for letters, look-alike
/// letters from other scripts, and stretched letters.
pub(crate) fn fold_word(word: &str, out: &mut String) {
    let has_letter = word.bytes().any(|b| b.is_ascii_alphabetic())
        || (!word.is_ascii() && word.chars().any(char::is_alphabetic));
    if !has_letter {
        // Order numbers and prices stay; lone symbols go.
        out.extend(word.chars().filter(char::is_ascii_digit));
        if out.is_empty() {
            out.extend(word.chars().filter(|c| !matches!(c, '*' | '$' | '@')));
        }
        return;
    }
    let start = out.len();
    let has_ascii_letter = word.bytes().any(|b| b.is_ascii_lowercase());
    let leet = has_ascii_letter
        && word
            .bytes()
            .any(|b| b.is_ascii_digit() || b == b'$' || b == b'@');
    let mut last = None;
    for c in word.chars() {
        let c = if leet { unleet(c) } else { c };
        if c == '$' || c == '@' {
            continue;
        }
        // Stretched letters ("stoooop") are squeezed only in the scripts
        // people stretch; elsewhere a doubled letter is spelling ("ยกเลิกการ").
        if Some(c) == last && c.is_alphabetic() && is_accent_free_script(c) {
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    if !word.is_ascii() {
        replace_homoglyphs(out, start);
    }
}

/// Maps a word written in look-alike letters of other scripts ("ЅТОР") to
/// Latin, using the UTS #39 skeleton of each letter. Words that are genuinely
/// Cyrillic or Greek keep their script because some letter has no Latin twin.
fn replace_homoglyphs(out: &mut String, start: usize) {
    let word = &out[start..];
    if word
        .chars()
        .all(|c| c.is_ascii() || !is_confusable_script(c))
    {
        return;
    }
    let mut latin = [0u8; 64];
    let mut len = 0;
    for c in word.chars() {
        let letter = if c.is_ascii() {
            c as u8
        } else {
            match latin_twin(c) {
                Some(l) => l,
                None => return,
            }
        };
        if len > 0 && latin[len - 1] == letter && !c.is_ascii() {
            continue;
        }
        if len == latin.len() {
            return;
        }
        latin[len] = letter;
        len += 1;
    }
    out.truncate(start);
    // Only ASCII bytes were written.
    out.extend(latin[..len].iter().map(|&b| char::from(b)));
}

/// The lower-case Latin letter `c` looks like (UTS #39 skeleton), if any.
/// Letters of the scripts that hold look-alikes come from a table built once.
fn latin_twin(c: char) -> Option<u8> {
    static TABLE: LazyLock<Vec<u8>> = LazyLock::new(|| {
        CONFUSABLE_RANGES
            .iter()
            .flat_map(|r| r.clone())
            .map(|u| char::from_u32(u).and_then(skeleton_letter).unwrap_or(0))
            .collect()
    });
    let mut offset = 0;
    for range in CONFUSABLE_RANGES {
        if range.contains(&(c as u32)) {
            let l = TABLE[offset + (c as u32 - range.start()) as usize];
            return (l != 0).then_some(l);
        }
        offset += range.clone().count();
    }
    skeleton_letter(c)
}

fn skeleton_letter(c: char) -> Option<u8> {
    let mut utf8 = [0; 4];
    let mut skeleton = unicode_security::skeleton(c.encode_utf8(&mut utf8));
    let (Some(first), None) = (skeleton.next(), skeleton.next()) else {
        return None;
    };
    let first = small_capital(first).unwrap_or(first).to_ascii_lowercase();
    first.is_ascii_lowercase().then_some(first as u8)
}

const CONFUSABLE_RANGES: [RangeInclusive<u32>; 3] =
    [0x370..=0x52f, 0x13a0..=0x13ff, 0x1f00..=0x1fff];

fn is_confusable_script(c: char) -> bool {
    CONFUSABLE_RANGES.iter().any(|r| r.contains(&(c as u32)))
}

/// True when [`fold_word`] keeps `c` wherever it stands: `c` is not ASCII,
/// and its script neither squeezes doubled letters nor has Latin look-alikes.
fn stays_put(c: char) -> bool {
    !is_accent_free_script(c) && !is_confusable_script(c)
}

fn unleet(c: char) -> char {
    match c {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        '@' => 'a',
        _ => c,
    }
}

/// Folds one letter, passing the result to `push` a character at a time:
/// small capitals, case, and accents of Latin, Greek and Cyrillic letters.
fn fold_letter(c: char, mut push: impl FnMut(char)) {
    if let Some(plain) = small_capital(c) {
        return push(plain);
    }
    match c {
        'ß' => return "ss".chars().for_each(push),
        'æ' | 'Æ' => return "ae".chars().for_each(push),
        'œ' | 'Œ' => return "oe".chars().for_each(push),
        'ø' | 'Ø' => return push('o'),
        'ł' | 'Ł' => return push('l'),
        'đ' | 'Đ' => return push('d'),
        'ı' => return push('i'),
        'ς' => return push('σ'),
        _ => {}
    }
    // Outside Latin, Greek and Cyrillic only upper-case letters have a lower
    // case, so the search of the case table can be skipped (tested below).
    if !c.is_uppercase() && !is_accent_free_script(c) {
        return push(c);
    }
    for lower in c.to_lowercase() {
        // "İ" lower-cases to "i" and a combining dot, an accent like any other.
        if is_combining_mark(lower) && is_accent_free_script(c) {
            continue;
        }
        if is_accent_free_script(lower) && !lower.is_ascii() {
            let mut base = None;
            decompose_canonical(lower, |d| {
                if base.is_none() {
                    base = Some(d);
                }
            });
            push(base.unwrap_or(lower));
        } else {
            push(lower);
        }
    }
}

/// Scripts whose accents we drop (Latin, Greek, Cyrillic).
fn is_accent_free_script(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{24f}' | '\u{370}'..='\u{52f}' | '\u{1e00}'..='\u{1fff}')
}

fn small_capital(c: char) -> Option<char> {
    Some(match c {
        'ᴀ' => 'a',
        'ʙ' => 'b',
        'ᴄ' => 'c',
        'ᴅ' => 'd',
        'ᴇ' => 'e',
        'ꜰ' => 'f',
        'ɢ' => 'g',
        'ʜ' => 'h',
        'ɪ' => 'i',
        'ᴊ' => 'j',
        'ᴋ' => 'k',
        'ʟ' => 'l',
        'ᴍ' => 'm',
        'ɴ' => 'n',
        'ᴏ' => 'o',
        'ᴘ' => 'p',
        'ǫ' => 'q',
        'ʀ' => 'r',
        'ꜱ' => 's',
        'ᴛ' => 't',
        'ᴜ' => 'u',
        'ᴠ' => 'v',
        'ᴡ' => 'w',
        'ʏ' => 'y',
        'ᴢ' => 'z',
        'ĸ' => 'k',
        _ => return None,
    })
}

/// Zero-width, formatting and control characters that hide inside words,
/// and the Arabic vowel marks and tatweel that writers add or leave out at
/// will ("بطّلوا" is "بطلوا").
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{61c}'
            | '\u{640}'
            | '\u{64b}'..='\u{65f}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
            | '\u{e0000}'..='\u{e01ef}'
            | '\u{1f3fb}'..='\u{1f3ff}'
    ) || (c.is_control() && !c.is_whitespace())
}

/// Folds the letters of a regex pattern the way messages are folded, leaving
/// regex syntax (which must not use letter escapes such as `\b`) untouched.
pub(crate) fn fold_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut word = String::new();
    let mut folded = String::new();
    let flush = |word: &mut String, folded: &mut String, out: &mut String| {
        if !word.is_empty() {
            folded.clear();
            fold_word(word, folded);
            out.push_str(folded);
            word.clear();
        }
    };
    for c in pattern.nfkc() {
        if c.is_alphabetic() || is_combining_mark(c) {
            if is_combining_mark(c) && word.chars().next_back().is_some_and(is_accent_free_script) {
                continue;
            }
            if c.is_alphabetic() {
                fold_letter(c, |f| word.push(f));
            } else {
                word.push(c);
            }
        } else {
            flush(&mut word, &mut folded, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut folded, &mut out);
    out
}

/// The canonical form of `text`, for building rules and for tests.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::new();
    Normalizer::default().normalize(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use unicode_normalization::{IsNormalized, is_nfkc_quick};

    use super::{Normalizer, is_accent_free_script, normalize};

    #[test]
    fn spacing_dots_and_dashes_join_letters() {
        for text in [
            "s t o p",
            "S.T.O.P",
            "s-t-o-p",
            "S. T. O. P.",
            "S T O P !!!",
        ] {
            assert_eq!(normalize(text), " stop ", "{text}");
        }
    }

    #[test]
    fn look_alikes_fold_to_latin() {
        for text in [
            "ЅТОР",
            "ＳＴＯＰ",
            "𝐒𝐓𝐎𝐏",
            "ꜱᴛᴏᴘ",
            "5T0P",
            "$top",
            "stoooop",
            "🇸🇹🇴🇵",
            "s\u{200b}top",
        ] {
            assert_eq!(normalize(text), " stop ", "{text}");
        }
    }

    #[test]
    fn genuine_cyrillic_keeps_its_script() {
        assert_eq!(normalize("СТОП рассылка"), " стоп расылка ");
    }

    #[test]
    fn clauses_and_contractions() {
        assert_eq!(
            normalize("Don't text me. Thanks!"),
            " dont text me , thanks "
        );
        assert_eq!(normalize("wrong #"), " wrong number ");
        assert_eq!(normalize("Stop & Shop"), " stop and shop ");
        assert_eq!(normalize("¡Para! 🛑"), " para , 🛑 ");
    }

    #[test]
    fn accents_fold_only_where_harmless() {
        assert_eq!(normalize("Désabonnement"), " desabonement ");
        assert_eq!(normalize("मत भेजिए"), " मत भेजिए ");
    }

    #[test]
    fn empty_and_noise_only() {
        assert_eq!(normalize(""), "");
        assert_eq!(normalize("!!! 😂 ..."), "");
    }

    #[test]
    fn lower_case_only_for_upper_case_or_accent_free_script() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if !c.is_uppercase() && !is_accent_free_script(c) {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
        }
    }

    /// Every corpus text, tricky strings, and each character of the first two
    /// planes in a few settings normalise the same with and without the
    /// shortcuts, and the cached NFKC quick check agrees with the library's.
    #[test]
    fn shortcuts_change_nothing() {
        let mut texts = Vec::new();
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
        for entry in std::fs::read_dir(data).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy();
            if name.starts_with("optout-") && name.ends_with(".jsonl") {
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    let record: serde_json::Value = serde_json::from_str(line).unwrap();
                    texts.push(record["text"].as_str().unwrap().to_owned());
                }
            }
        }
        assert!(texts.len() > 2000, "corpus files not found in {data}");
        let tricky = [
            // Combining marks after Latin, Cyrillic, Greek, Devanagari, Thai.
            "Ste\u{301}p sto\u{308}p S\u{30c}TOP a\u{301}\u{301} e\u{301}e\u{301}",
            "с\u{301}топ и\u{306} е\u{308}е\u{308} α\u{301}α\u{301} ο\u{342}",
            "क\u{93c} क\u{94d}\u{93c} क\u{93c}\u{94d} मत भेजिए नमस्ते क\u{483}\u{483} क\u{483}",
            "ก\u{e34}\u{e34} ยกเลิก \u{e33} ก\u{e33}",
            // Combining marks in and out of canonical order.
            "a\u{323}\u{301} a\u{301}\u{323} q\u{301}\u{323} \u{301}\u{323}x \u{323}",
            "x\u{310}\u{316} x\u{316}\u{310} ب\u{64f}\u{64e} ب\u{64e}\u{64f} א\u{5b1}\u{5b0}",
            // Hangul jamo and syllables, kana with voicing marks.
            "\u{1100}\u{1161}\u{11a8} \u{1100}\u{1161} 한국어 \u{1100}\u{1100} 그만",
            "か\u{3099} ガ ｶﾞ ﾃﾞ ストップ ススス \u{3099}",
            // Full-width letters, ligatures, compatibility forms.
            "ＳＴＯＰ ｓｔｏｐ！ ﬁ ﬀ ﬆop Œuvre æ ① ² ½ ℌ ﷺ K ſ ǅ ǈ İstanbul ẞ ẛ ḁ",
            // Greek, including final sigma.
            "ΣΤΑΜΑΤΗΣΤΕ στάσις ς σς ΣΣ",
            // Cyrillic and Cherokee look-alikes.
            "ЅТОР ѕтоп стоп Ѕtор СТОП рассылка ᏚᎢᎾᏢ",
            // Digits and symbols standing for letters.
            "5t0p $top @ll st0p 5тор ストップ1 ٣٤ ٣a 123 *** $ @ s*t*o*p 4ll 0ff",
            // Stretched letters.
            "stoooop стоооп ยกเลิกกก ððð þþ ßß straße ß ŋŋ ɐɐ 停止停止 aa",
            // Zero-width and formatting characters inside words.
            "s\u{200b}t\u{200b}o\u{200b}p ス\u{200b}トップ e\u{200d}e o\u{feff}o s\u{ad}s",
            // Spelled-out letters, emoji, regional indicators, clause marks.
            "S.T.O.P s t o p 🛑 ✋ 🖕 🇸🇹🇴🇵 wrong # a & b ¿qué? 「止めて」。",
        ];
        texts.extend(tricky.iter().map(|t| t.to_string()));
        texts.extend(tricky.iter().flat_map(|t| t.split(' ')).map(str::to_owned));
        for c in (0x80..0x20000).filter_map(char::from_u32) {
            texts.push(format!("{c} {c}{c} s{c}{c}p क{c}{c} ス{c} 5{c} {c}a{c}"));
            // Marks of the quick check's classes 230 and 10 around `c`.
            texts.push(format!("x\u{310}{c} ש{c}\u{5b0} e{c}\u{301}"));
        }
        let mut fast = Normalizer::new();
        let mut slow = Normalizer::new();
        slow.shortcuts = false;
        let (mut fast_out, mut slow_out) = (String::new(), String::new());
        for text in &texts {
            assert_eq!(
                fast.tokenize(text.chars(), true),
                is_nfkc_quick(text.chars()) == IsNormalized::Yes,
                "{text:?}"
            );
            let fast_findings = fast.normalize(text, &mut fast_out);
            let slow_findings = slow.normalize(text, &mut slow_out);
            assert_eq!(fast_out, slow_out, "{text:?}");
            assert_eq!(fast_findings, slow_findings, "{text:?}");
        }
    }
}
