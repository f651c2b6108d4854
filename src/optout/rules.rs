//! The phrase rules: one multi-pattern regex over the canonical text, with
//! guards that cancel rules whose words were used in another sense.

use regex_automata::hybrid::LazyStateID;
use regex_automata::hybrid::dfa::{Cache as DfaCache, DFA};
use regex_automata::meta::{Cache, Regex};
use regex_automata::nfa::thompson;
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, Input, MatchKind, PatternSet};
use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
    Look, Repetition,
};

use super::Intent;
use super::keywords::COURTESY;
use super::normalize::fold_pattern;

/// What a rule does when its pattern matches.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Effect {
    /// The message carries this intent.
    Signal(Intent),
    /// The rules with these ids (or id prefixes ending in `*`) are void.
    Guard(&'static [&'static str]),
}

/// One phrase rule, written in plain spelling with `{NAME}` placeholders.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rule {
    pub(crate) id: &'static str,
    pub(crate) effect: Effect,
    pub(crate) pattern: &'static str,
}

impl Rule {
    pub(crate) const fn opt_out(id: &'static str, pattern: &'static str) -> Self {
        Self {
            id,
            effect: Effect::Signal(Intent::OptOut),
            pattern,
        }
    }
    pub(crate) const fn opt_in(id: &'static str, pattern: &'static str) -> Self {
        Self {
            id,
            effect: Effect::Signal(Intent::OptIn),
            pattern,
        }
    }
    pub(crate) const fn help(id: &'static str, pattern: &'static str) -> Self {
        Self {
            id,
            effect: Effect::Signal(Intent::Help),
            pattern,
        }
    }
    pub(crate) const fn guard(
        id: &'static str,
        voids: &'static [&'static str],
        pattern: &'static str,
    ) -> Self {
        Self {
            id,
            effect: Effect::Guard(voids),
            pattern,
        }
    }
}

/// Word classes shared by many rules, expanded before folding.
const PLACEHOLDERS: &[(&str, &str)] = &[
    ("{END}", "(?: {F})*(?: ,(?: {F})*)* $"),
    ("{CLAUSE_END}", "(?: {F})* (?:,|$)"),
    ("{GAP}", "(?: [^ ,]+){0,4}"),
    (
        "{ME}",
        "(?:me|us|my (?:number|cell|cell number|phone|phone number|mobile|mobile number|name|info|contact|contact info|details|line)|this (?:number|phone|phone number|cell|line|mobile)|(?:his|her|their|the) (?:number|phone number|cell)|number|[0-9]{3,}(?: [0-9]+)+|[0-9]{7,})",
    ),
    (
        "{MSGX}",
        "(?:{MSG}|these|them|em|this stuff|this crap|this shit|it all|all this|all of this)",
    ),
    (
        "{MSG}",
        "(?:texts?|txts?|txtz|textz|texting|txting|text messages?|messages?|msgs?|msges|sms|smses|sms messages|messaging|notifications?|notifs?|alerts?|reminders?|promos?|promotions?|promotional [^ ,]+|ads|adverts?|advertising|advertisements?|marketing|spam|newsletters?|emails?|e mails?|mails|updates|blasts?|junk|dms|robotexts?|solicitations?|calls|communications?|correspondence|review requests|survey requests|feedback requests)",
    ),
    (
        "{SENDING}",
        "(?:sending|texting|txting|messaging|msging|spamming|bugging|bothering|harassing|harrassing|pestering|contacting|calling|emailing|hounding|reminding|notifying|pinging|annoying|writing|dming|blowing up my phone|hitting me up|hitting my phone|hitting up my phone|getting (?:{MSGX}|these|this|them)|receiving)",
    ),
];

/// Room for the lazy DFA states of each group, per thread. A group only
/// takes what the text it reads needs: the largest, the word walks over ASCII
/// text, holds about 31 MiB after reading the dev corpus and all held-aside
/// sets, 24,400 replies (`cache_holds_the_corpora` prints each); the cap
/// leaves room for new text. A full cache is cleared and refilled, which
/// costs time, never correctness.
const HYBRID_CACHE_BYTES: usize = 48 << 20;

/// Rules are tracked in a fixed bit set so that evaluation never allocates.
const MAX_RULES: usize = 768;

/// A set of rule indices.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct RuleBits([u64; MAX_RULES / 64]);

impl RuleBits {
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    fn union(&mut self, other: &Self) {
        for (word, bits) in self.0.iter_mut().zip(other.0) {
            *word |= bits;
        }
    }
    fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &bits)| {
            let mut bits = bits;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let i = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    w * 64 + i
                })
            })
        })
    }
}

/// Builds the error message for a rule that failed to compile.
fn build_error(
    rules: &[Rule],
    patterns: &[String],
    members: &[usize],
) -> impl Fn(regex_automata::meta::BuildError) -> String {
    move |e| match (e.pattern(), e.syntax_error()) {
        (Some(id), Some(syntax)) => {
            let i = members[id.as_usize()];
            format!("rule {} ({}): {syntax}", rules[i].id, patterns[i])
        }
        _ => e.to_string(),
    }
}

/// Rules searched by anchored walks from each place a match can start.
///
/// An unanchored search over many rules tracks every rule started at every
/// earlier place at once, so nearly every new reply walks lazy DFA states no
/// reply walked before, and building each costs microseconds. Searched from
/// one place at a time, the states only track how far each rule got from that
/// place; they are shared across replies and the cache soon holds them all.
#[derive(Debug, Clone)]
struct WalkGroup {
    dfa: DFA,
    /// Where the walks start.
    from: Starts,
    /// The rule index of each pattern.
    rules: Vec<usize>,
    /// Whether some rule can start at a word (or, walking from every byte,
    /// at a byte) that begins with this byte; other places are not walked.
    starts_with: [bool; 256],
    /// A cache holding the start states and every transition out of them
    /// (see [`first_bytes`]); each thread's cache starts as a copy.
    warm: DfaCache,
}

/// The places a [`WalkGroup`] walks from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Starts {
    /// The space before each word, and the text's start: for rules whose
    /// every match starts at a word.
    Words,
    /// Every byte: for rules that can match inside a word, such as Chinese,
    /// written without spaces. The walks find what one unanchored search
    /// would.
    Bytes,
}

/// Bytes the walks from all words of a text may read, per byte of the text,
/// before the whole text is searched in one pass instead. Real replies need
/// two or three.
const WALK_BUDGET: usize = 16;

impl WalkGroup {
    /// Compiles `members`, each a rule's index and its parsed pattern.
    fn new(members: Vec<(usize, Hir)>, from: Starts) -> Result<Self, String> {
        let (members, hirs): (Vec<usize>, Vec<Hir>) = members.into_iter().unzip();
        let error = |e: &dyn std::fmt::Display| format!("rules walked from {from:?}: {e}");
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .utf8(false)
                    .which_captures(thompson::WhichCaptures::None),
            )
            .build_many_from_hir(&hirs)
            .map_err(|e| error(&e))?;
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    .match_kind(MatchKind::All)
                    .cache_capacity(HYBRID_CACHE_BYTES),
            )
            .build_from_nfa(nfa)
            .map_err(|e| error(&e))?;
        let mut warm = dfa.create_cache();
        let starts_with = first_bytes(&dfa, from, &mut warm).map_err(|e| error(&e))?;
        Ok(Self {
            dfa,
            from,
            starts_with,
            warm,
            rules: members,
        })
    }

    /// Notes every rule that matches `text`, walking from each start. False,
    /// noting nothing, when the walks would read more than [`WALK_BUDGET`]
    /// allows (a long run of words that each restart a rule, such as
    /// "🛑 🛑 🛑 ...") or the lazy DFA declined (as configured it never does):
    /// the text is then searched in one pass instead.
    fn search(&self, text: &str, cache: &mut DfaCache, out: &mut RuleBits) -> bool {
        let mut budget = text.len().saturating_mul(WALK_BUDGET);
        let mut found = RuleBits::default();
        // Replies are short: a plain loop beats memchr's setup here.
        let bytes = text.as_bytes();
        let starts = (0..bytes.len()).filter(|&i| match self.from {
            Starts::Words => {
                bytes[i] == b' '
                    && (i == 0
                        || bytes
                            .get(i + 1)
                            .is_none_or(|&b| self.starts_with[usize::from(b)]))
            }
            Starts::Bytes => self.starts_with[usize::from(bytes[i])],
        });
        for start in starts {
            match self.walk(text.as_bytes(), start, cache, &mut found) {
                Some(walked) if walked <= budget => budget -= walked,
                _ => return false,
            }
        }
        out.union(&found);
        true
    }

    /// Runs the lazy DFA from the word at `start` until no rule can go on,
    /// noting every rule that matched; returns the bytes read, or `None` if
    /// the DFA declined the search.
    fn walk(
        &self,
        bytes: &[u8],
        start: usize,
        cache: &mut DfaCache,
        out: &mut RuleBits,
    ) -> Option<usize> {
        let config = start::Config::new()
            .anchored(Anchored::Yes)
            .look_behind(start.checked_sub(1).map(|i| bytes[i]));
        let mut state = self.dfa.start_state(cache, &config).ok()?;
        for (read, &byte) in bytes[start..].iter().enumerate() {
            state = self.dfa.next_state(cache, state, byte).ok()?;
            if state.is_tagged() {
                if state.is_match() {
                    self.note_matches(cache, state, out);
                } else if state.is_dead() {
                    return Some(read + 1);
                } else if state.is_quit() {
                    return None;
                }
            }
        }
        state = self.dfa.next_eoi_state(cache, state).ok()?;
        if state.is_match() {
            self.note_matches(cache, state, out);
        }
        Some(bytes.len() - start)
    }

    fn note_matches(&self, cache: &DfaCache, state: LazyStateID, out: &mut RuleBits) {
        for i in 0..self.dfa.match_len(cache, state) {
            out.insert(self.rules[self.dfa.match_pattern(cache, state, i).as_usize()]);
        }
    }
}

/// For each byte, whether a walk that reads it first can match: walking from
/// words, whether the anchored DFA is still alive after a space and that
/// byte; walking from every byte, after that byte alone. Rules use no word
/// boundaries, so every start but the text's own behaves alike; several
/// preceding bytes are tried all the same. Words at the text's start are
/// always walked; a walk from every byte may start there too.
///
/// The transitions it builds in `cache`, out of the start states, are the
/// costliest a lazy DFA over many rules makes (tens of microseconds each:
/// those states hold every rule's start), so `cache` is kept as every
/// thread's first cache.
fn first_bytes(dfa: &DFA, from: Starts, cache: &mut DfaCache) -> Result<[bool; 256], String> {
    let mut alive = [false; 256];
    let mid_text = [b'a', b'0', b',', b' ', 0x80, 0xbf, b'\n'].map(Some);
    for behind in mid_text.into_iter().chain([None]) {
        let config = start::Config::new()
            .anchored(Anchored::Yes)
            .look_behind(behind);
        let mut start = dfa.start_state(cache, &config).map_err(|e| e.to_string())?;
        if from == Starts::Words {
            start = dfa
                .next_state(cache, start, b' ')
                .map_err(|e| e.to_string())?;
        }
        let counts = behind.is_some() || from == Starts::Bytes;
        for byte in 0..=u8::MAX {
            let next = dfa
                .next_state(cache, start, byte)
                .map_err(|e| e.to_string())?;
            alive[usize::from(byte)] |= counts && !next.is_dead();
        }
    }
    Ok(alive)
}

/// The compiled NFA of one group may take this many bytes: the one-pass
/// group holds every rule, and outgrew the regex crate's default of 10 MiB.
const NFA_SIZE_LIMIT: usize = 32 << 20;

/// Rules searched in one unanchored pass over the whole text, when their
/// walks give up.
#[derive(Debug, Clone)]
struct AnywhereGroup {
    regex: Regex,
    /// The rule index of each of the regex's patterns.
    rules: Vec<usize>,
}

impl AnywhereGroup {
    fn new(rules: &[Rule], patterns: &[String], members: Vec<usize>) -> Result<Self, String> {
        let regex = Regex::builder()
            .syntax(syntax::Config::new().utf8(false))
            .configure(
                Regex::config()
                    .match_kind(MatchKind::All)
                    .utf8_empty(false)
                    .nfa_size_limit(Some(NFA_SIZE_LIMIT))
                    .hybrid_cache_capacity(HYBRID_CACHE_BYTES),
            )
            .build_many(&members.iter().map(|&i| &patterns[i]).collect::<Vec<_>>())
            .map_err(build_error(rules, patterns, &members))?;
        Ok(Self {
            regex,
            rules: members,
        })
    }

    fn scratch(&self) -> AnywhereScratch {
        AnywhereScratch {
            cache: self.regex.create_cache(),
            matched: PatternSet::new(self.regex.pattern_len()),
        }
    }

    fn search(&self, text: &str, scratch: &mut AnywhereScratch, out: &mut RuleBits) {
        if self.rules.is_empty() {
            return;
        }
        scratch.matched.clear();
        self.regex.which_overlapping_matches_with(
            &mut scratch.cache,
            &Input::new(text),
            &mut scratch.matched,
        );
        // The set iterates over every pattern; stop at the last match.
        for p in scratch.matched.iter().take(scratch.matched.len()) {
            out.insert(self.rules[p.as_usize()]);
        }
    }
}

#[derive(Debug, Clone)]
struct AnywhereScratch {
    cache: Cache,
    matched: PatternSet,
}

/// Per-thread search state for one [`RuleSet`]: the lazy DFAs' caches.
#[derive(Debug, Clone)]
pub(crate) struct RuleScratch {
    words: DfaCache,
    words_ascii: DfaCache,
    other_walks: DfaCache,
    /// Made on the first text that needs it; most threads never do.
    whole_text: Option<AnywhereScratch>,
    anywhere_latin: AnywhereScratch,
    /// Made on the first text that needs it, as `whole_text`.
    anywhere_other: Option<AnywhereScratch>,
}

impl RuleScratch {
    /// Bytes held by each lazy DFA cache.
    #[cfg(test)]
    pub(crate) fn memory_usage(&self) -> [usize; 6] {
        let one_pass =
            |s: &Option<AnywhereScratch>| s.as_ref().map_or(0, |s| s.cache.memory_usage());
        [
            self.words.memory_usage(),
            self.words_ascii.memory_usage(),
            self.other_walks.memory_usage(),
            one_pass(&self.whole_text),
            self.anywhere_latin.cache.memory_usage(),
            one_pass(&self.anywhere_other),
        ]
    }
}

/// The compiled phrase rules.
#[derive(Debug, Clone)]
pub(crate) struct RuleSet {
    /// Rules whose matches start at a word: nearly all of them. They run on
    /// text with some non-ASCII character.
    words: WalkGroup,
    /// The same rules cut down to what can match ASCII text, for such text:
    /// without other scripts' bytes the lazy DFA has a quarter of the byte
    /// classes, so its states take a quarter of the memory.
    words_ascii: WalkGroup,
    /// The word rules as one unanchored search over the whole text, for a
    /// text whose word walks give up.
    whole_text: AnywhereGroup,
    /// Rules that can match inside a word and can match ASCII text.
    anywhere_latin: AnywhereGroup,
    /// Rules that can match inside a word but need a non-ASCII letter
    /// (Chinese, Japanese, Thai...): they run only on non-ASCII text,
    /// walked from every byte.
    other_walks: WalkGroup,
    /// The same rules in one unanchored pass, for a text whose walks give up.
    anywhere_other: AnywhereGroup,
    rules: Vec<Rule>,
    /// For each rule, the rules it voids when it is a guard.
    voids: Vec<Vec<usize>>,
}

/// What the phrase rules decided.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Verdict {
    pub(crate) intent: Intent,
    pub(crate) rule: &'static str,
}

impl RuleSet {
    pub(crate) fn new(rules: Vec<Rule>) -> Result<Self, String> {
        if rules.len() > MAX_RULES {
            return Err(format!("at most {MAX_RULES} phrase rules are supported"));
        }
        let courtesy = COURTESY.join("|");
        let patterns: Vec<String> = rules
            .iter()
            .map(|rule| {
                let mut pattern = rule.pattern.to_string();
                // Placeholders may contain placeholders.
                while let Some((name, expansion)) =
                    PLACEHOLDERS.iter().find(|(name, _)| pattern.contains(name))
                {
                    pattern = pattern.replace(name, expansion);
                }
                let folded = fold_pattern(&pattern.replace("{F}", &format!("(?:{courtesy})")));
                // Byte classes: a token is whatever lies between spaces, and
                // spelling out every UTF-8 sequence of "any character but a
                // space" multiplies the lazy DFA's states many times over.
                folded
                    .replace("[^ ,]", "(?-u:[^ ,])")
                    .replace("[^ ]", "(?-u:[^ ])")
                    .replace(".*", "(?-u:[^\\n])*")
            })
            .collect();
        let (mut words, mut words_ascii, mut anywhere_latin, mut other_walks) =
            (vec![], vec![], vec![], vec![]);
        for (i, pattern) in patterns.iter().enumerate() {
            let hir = syntax::parse_with(pattern, &syntax::Config::new().utf8(false))
                .map_err(|e| format!("rule {} ({pattern}): {e}", rules[i].id))?;
            let ascii = ascii_only(&hir);
            if starts_at_word(&hir) {
                if let Some(ascii) = ascii {
                    words_ascii.push((i, ascii));
                }
                words.push((i, hir));
            } else if ascii.is_some() {
                anywhere_latin.push(i);
            } else {
                other_walks.push((i, hir));
            }
        }
        let voids = rules
            .iter()
            .map(|rule| match rule.effect {
                Effect::Signal(_) => Vec::new(),
                Effect::Guard(ids) => (0..rules.len())
                    .filter(|&i| {
                        matches!(rules[i].effect, Effect::Signal(_))
                            && ids.iter().any(|id| id_matches(id, rules[i].id))
                    })
                    .collect(),
            })
            .collect();
        let whole_text = words.iter().map(|&(i, _)| i).collect();
        let anywhere_other = other_walks.iter().map(|&(i, _)| i).collect();
        Ok(Self {
            whole_text: AnywhereGroup::new(&rules, &patterns, whole_text)?,
            words: WalkGroup::new(words, Starts::Words)?,
            words_ascii: WalkGroup::new(words_ascii, Starts::Words)?,
            anywhere_latin: AnywhereGroup::new(&rules, &patterns, anywhere_latin)?,
            other_walks: WalkGroup::new(other_walks, Starts::Bytes)?,
            anywhere_other: AnywhereGroup::new(&rules, &patterns, anywhere_other)?,
            rules,
            voids,
        })
    }

    pub(crate) fn scratch(&self) -> RuleScratch {
        RuleScratch {
            words: self.words.warm.clone(),
            words_ascii: self.words_ascii.warm.clone(),
            other_walks: self.other_walks.warm.clone(),
            whole_text: None,
            anywhere_latin: self.anywhere_latin.scratch(),
            anywhere_other: None,
        }
    }

    /// Evaluates every rule against the canonical text `normalized`.
    pub(crate) fn evaluate(&self, normalized: &str, scratch: &mut RuleScratch) -> Option<Verdict> {
        let mut matched = RuleBits::default();
        let ascii = normalized.is_ascii();
        let walked = if ascii {
            self.words_ascii
                .search(normalized, &mut scratch.words_ascii, &mut matched)
        } else {
            self.words
                .search(normalized, &mut scratch.words, &mut matched)
        };
        if !walked {
            let whole = scratch
                .whole_text
                .get_or_insert_with(|| self.whole_text.scratch());
            self.whole_text.search(normalized, whole, &mut matched);
        }
        self.anywhere_latin
            .search(normalized, &mut scratch.anywhere_latin, &mut matched);
        if !ascii
            && !self
                .other_walks
                .search(normalized, &mut scratch.other_walks, &mut matched)
        {
            let one_pass = scratch
                .anywhere_other
                .get_or_insert_with(|| self.anywhere_other.scratch());
            self.anywhere_other
                .search(normalized, one_pass, &mut matched);
        }
        if matched.is_empty() {
            return None;
        }
        let mut voided_by: Option<&'static str> = None;
        let mut live = matched;
        for rule in matched.iter() {
            for &i in &self.voids[rule] {
                if matched.contains(i) {
                    voided_by.get_or_insert(self.rules[rule].id);
                }
                live.0[i / 64] &= !(1 << (i % 64));
            }
        }
        let best = live
            .iter()
            .filter_map(|i| match self.rules[i].effect {
                Effect::Signal(intent) => Some((intent, i)),
                Effect::Guard(_) => None,
            })
            .min_by_key(|&(intent, i)| (intent.precedence(), i));
        // A guard that matched but voided nothing still tells that the
        // reply uses the words in another sense ("cancel one item of the
        // order"), so it is decided, and the learned fallback does not guess.
        let guarded = || {
            matched
                .iter()
                .find(|&i| matches!(self.rules[i].effect, Effect::Guard(_)))
                .map(|i| self.rules[i].id)
        };
        match best {
            Some((intent, i)) => Some(Verdict {
                intent,
                rule: self.rules[i].id,
            }),
            None => voided_by.or_else(guarded).map(|rule| Verdict {
                intent: Intent::None,
                rule,
            }),
        }
    }
}

/// True when every match of `hir` begins with a space or at the start of the
/// text, that is at a word of the canonical text. False when unsure.
fn starts_at_word(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Literal(literal) => literal.0.first() == Some(&b' '),
        HirKind::Class(class) => class.literal().as_deref() == Some(b" "),
        HirKind::Look(look) => *look == Look::Start,
        HirKind::Repetition(repetition) => repetition.min > 0 && starts_at_word(&repetition.sub),
        HirKind::Capture(capture) => starts_at_word(&capture.sub),
        HirKind::Alternation(alternatives) => alternatives.iter().all(starts_at_word),
        HirKind::Concat(parts) => match parts.split_first() {
            Some((first, rest)) => {
                starts_at_word(first)
                    && (matches!(first.kind(), HirKind::Look(Look::Start))
                        || first.properties().minimum_len() != Some(0)
                        || starts_at_word(&Hir::concat(rest.to_vec())))
            }
            None => false,
        },
        HirKind::Empty => false,
    }
}

/// What of `hir` can match text made of ASCII alone, or `None` when nothing
/// can: such rules (Chinese, Cyrillic, Arabic, ...) need not run on ASCII
/// text, and the rest run there without the byte classes their other
/// scripts would add.
fn ascii_only(hir: &Hir) -> Option<Hir> {
    Some(match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => hir.clone(),
        HirKind::Literal(literal) => {
            if !literal.0.is_ascii() {
                return None;
            }
            hir.clone()
        }
        HirKind::Class(Class::Unicode(class)) => {
            let mut ascii = ClassUnicode::new([ClassUnicodeRange::new('\0', '\x7f')]);
            ascii.intersect(class);
            if ascii.ranges().is_empty() {
                return None;
            }
            Hir::class(Class::Unicode(ascii))
        }
        HirKind::Class(Class::Bytes(class)) => {
            let mut ascii = ClassBytes::new([ClassBytesRange::new(0, 0x7f)]);
            ascii.intersect(class);
            if ascii.ranges().is_empty() {
                return None;
            }
            Hir::class(Class::Bytes(ascii))
        }
        HirKind::Repetition(repetition) => match ascii_only(&repetition.sub) {
            Some(sub) => Hir::repetition(Repetition {
                sub: Box::new(sub),
                ..repetition.clone()
            }),
            None if repetition.min == 0 => Hir::empty(),
            None => return None,
        },
        HirKind::Capture(capture) => Hir::capture(Capture {
            sub: Box::new(ascii_only(&capture.sub)?),
            ..capture.clone()
        }),
        HirKind::Concat(parts) => Hir::concat(parts.iter().map(ascii_only).collect::<Option<_>>()?),
        HirKind::Alternation(alternatives) => {
            let left: Vec<Hir> = alternatives.iter().filter_map(ascii_only).collect();
            if left.is_empty() {
                return None;
            }
            Hir::alternation(left)
        }
    })
}

fn id_matches(selector: &str, id: &str) -> bool {
    match selector.strip_suffix('*') {
        Some(prefix) => id.starts_with(prefix),
        None => selector == id,
    }
}

#[cfg(test)]
mod tests {
    use super::{HYBRID_CACHE_BYTES, RuleBits, RuleSet, Starts};
    use crate::optout::normalize::normalize;

    /// Every built-in rule, compiled once for all tests (a debug build takes
    /// a while).
    fn builtin() -> &'static RuleSet {
        crate::optout::BUILTIN_RULES
            .as_ref()
            .expect("built-in rules compile")
    }

    /// The lazy DFA caches must hold every state the corpora need without
    /// being cleared; `cargo test --lib cache -- --nocapture` prints the size.
    #[test]
    fn cache_holds_the_corpora() {
        let rules = builtin();
        let mut scratch = rules.scratch();
        for text in crate::optout::labelled_texts() {
            rules.evaluate(&normalize(&text), &mut scratch);
        }
        let used = scratch.memory_usage();
        println!(
            "lazy DFA caches (words, words in ASCII text, other scripts' walks, whole-text \
             pass, anywhere Latin, other scripts' pass): {:?} KiB",
            used.map(|b| b >> 10)
        );
        assert!(used.iter().all(|&b| b < HYBRID_CACHE_BYTES), "{used:?}");
    }

    /// Searching from each word finds exactly what one unanchored pass over
    /// the whole text finds: every rule in the word group really does start
    /// at a word, and the walks miss nothing. Likewise the walks from every
    /// byte for rules of other scripts. Every fourth labelled reply is read
    /// (the one-pass search is slow in a debug build), with long adversarial
    /// texts.
    #[test]
    fn word_walks_agree_with_one_pass_over_the_text() {
        let rules = builtin();
        let adversarial = [
            "😀🛑🙏".repeat(300),
            "stop ".repeat(500),
            "please stop texting me about the order ".repeat(50),
            "x stop 🛑 please ".repeat(200),
            "стоп пожалуйста ".repeat(200),
            "退订停止ストップ".repeat(200),
        ];
        let mut whole = rules.whole_text.scratch();
        let mut other = rules.anywhere_other.scratch();
        let texts: Vec<(String, RuleBits, RuleBits)> = crate::optout::labelled_texts()
            .step_by(4)
            .chain(adversarial)
            .map(|t| {
                let text = normalize(&t);
                let (mut words, mut others) = (RuleBits::default(), RuleBits::default());
                rules.whole_text.search(&text, &mut whole, &mut words);
                rules.anywhere_other.search(&text, &mut other, &mut others);
                (text, words, others)
            })
            .collect();
        // The ASCII group is only ever asked about ASCII text.
        for (group, ascii_only) in [
            (&rules.words, false),
            (&rules.words_ascii, true),
            (&rules.other_walks, false),
        ] {
            let mut cache = group.warm.clone();
            let (mut read, mut walked_all) = (0, 0);
            for (text, words, others) in texts.iter().filter(|(t, ..)| t.is_ascii() || !ascii_only)
            {
                read += 1;
                let one_pass = if group.from == Starts::Words {
                    words
                } else {
                    others
                };
                let mut walked = RuleBits::default();
                if group.search(text, &mut cache, &mut walked) {
                    assert_eq!(&walked, one_pass, "{text}");
                    walked_all += 1;
                } else {
                    assert!(walked.is_empty(), "{text}");
                }
            }
            assert!(walked_all > read / 2, "{:?} walks gave up", group.from);
        }
        assert!(texts.iter().any(|(_, _, others)| !others.is_empty()));
    }

    #[test]
    fn only_non_latin_rules_skip_ascii_text() {
        let rules = builtin();
        let skipped: Vec<&str> = rules
            .anywhere_other
            .rules
            .iter()
            .map(|&i| rules.rules[i].id)
            .collect();
        for id in &skipped {
            assert!(
                [
                    "intl:zh",
                    "intl:asia",
                    "intl:ja",
                    "intl:ko",
                    "intl:ar",
                    "intl:he-fa",
                    "intl:el",
                    "intl:ru-uk",
                    "intl:th-vi",
                    "help:intl",
                    "opt-in:intl",
                    "guard:accidental-opt-out",
                    "guard:gift-note-or-tag",
                    "guard:order-action",
                    "guard:order-number",
                    "guard:unsubscribed-but-back",
                    "guard:keep-texts",
                    "guard:product-subscription",
                ]
                .contains(id),
                "{id} can match ASCII text but would be skipped on it"
            );
        }
        assert!(skipped.contains(&"intl:zh"));
    }

    /// Long runs of ordinary words are walked word by word within the
    /// budget: a rule with an unbounded gap (`(?: [^ ,]+)*`) would keep every
    /// walk going to the end of the text and send it to the slow one-pass
    /// search, whose first reading of a long text takes milliseconds.
    #[test]
    fn long_ordinary_texts_stay_within_the_walk_budget() {
        let rules = builtin();
        let mut cache = rules.words_ascii.dfa.create_cache();
        for unit in [
            "please stop texting me about the order ",
            "you sent the wrong size and the text said ",
            "texting my mom about the message and the text ",
            "stop ",
        ] {
            let text = normalize(&unit.repeat(100));
            let mut found = RuleBits::default();
            assert!(
                rules.words_ascii.search(&text, &mut cache, &mut found),
                "{unit:?} ran over the walk budget"
            );
        }
    }

    /// A built-in rule that matches ASCII text inside a word would need an
    /// unanchored pass over every reply; the word walks are cheaper. Write
    /// such a rule's other-script part as a rule of its own.
    #[test]
    fn every_latin_rule_starts_at_a_word() {
        let rules = builtin();
        let inside_words: Vec<&str> = rules
            .anywhere_latin
            .rules
            .iter()
            .map(|&i| rules.rules[i].id)
            .collect();
        assert!(inside_words.is_empty(), "{inside_words:?}");
    }
}
