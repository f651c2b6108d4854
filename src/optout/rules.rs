//! The phrase rules: one multi-pattern regex over the canonical text, with
//! guards that cancel rules whose words were used in another sense.

use regex_automata::meta::{Cache, Regex};
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternSet};

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
        "(?:texts?|txts?|txtz|textz|texting|txting|text messages?|messages?|msgs?|msges|sms|smses|sms messages|messaging|notifications?|notifs?|alerts?|reminders?|promos?|promotions?|promotional [^ ,]+|ads|adverts?|advertising|advertisements?|marketing|spam|newsletters?|emails?|e mails?|mails|updates|blasts?|junk|dms|robotexts?|solicitations?|calls|communications?|correspondence)",
    ),
    (
        "{SENDING}",
        "(?:sending|texting|txting|messaging|msging|spamming|bugging|bothering|harassing|harrassing|pestering|contacting|calling|emailing|hounding|reminding|notifying|pinging|annoying|writing|dming|blowing up my phone|hitting me up|getting (?:{MSGX}|these|this|them)|receiving)",
    ),
];

/// Room for the lazy DFA's states, per thread and per regex. Over the dev and
/// held-aside corpora the regexes settle at about 8 MiB of states in all
/// (`cache_holds_the_corpora` prints it); matching every rule at once
/// multiplies their states. With too small a cache the lazy DFA thrashes and
/// the search falls back to the PikeVM, which is ten times slower and whose
/// own cache grew past 100 MiB in a test with a 2 MiB cap. Splitting the
/// Latin rules into regexes of a dozen rules each needs at most about 1.1 MiB
/// per regex, 7 MiB in all, but costs about three times as much per message,
/// so they stay in one regex with twice the room they were seen to need.
const HYBRID_CACHE_BYTES: usize = 16 << 20;

/// Rules per regex among the Latin-script rules (see [`HYBRID_CACHE_BYTES`]).
const LATIN_GROUP_RULES: usize = MAX_RULES;

/// Rules are tracked in a fixed bit set so that evaluation never allocates.
const MAX_RULES: usize = 512;

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

/// One regex over a subset of the rules.
#[derive(Debug, Clone)]
struct Group {
    regex: Regex,
    /// The rule index of each of the regex's patterns.
    rules: Vec<usize>,
}

impl Group {
    fn new(rules: &[Rule], patterns: &[String], members: Vec<usize>) -> Result<Self, String> {
        let regex = Regex::builder()
            .syntax(syntax::Config::new().utf8(false))
            .configure(
                Regex::config()
                    .match_kind(MatchKind::All)
                    .utf8_empty(false)
                    // Nearly every reply holds a candidate literal, so the
                    // literal prefilter only adds a second scan.
                    .auto_prefilter(false)
                    .hybrid_cache_capacity(HYBRID_CACHE_BYTES),
            )
            .build_many(&members.iter().map(|&i| &patterns[i]).collect::<Vec<_>>())
            .map_err(|e| match (e.pattern(), e.syntax_error()) {
                (Some(id), Some(syntax)) => {
                    let i = members[id.as_usize()];
                    format!("rule {} ({}): {syntax}", rules[i].id, patterns[i])
                }
                _ => e.to_string(),
            })?;
        Ok(Self {
            regex,
            rules: members,
        })
    }

    fn scratch(&self) -> GroupScratch {
        GroupScratch {
            cache: self.regex.create_cache(),
            matched: PatternSet::new(self.regex.pattern_len()),
        }
    }

    fn search(&self, text: &str, scratch: &mut GroupScratch, out: &mut RuleBits) {
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
struct GroupScratch {
    cache: Cache,
    matched: PatternSet,
}

/// Per-thread search state for one [`RuleSet`]: the lazy DFAs' caches.
#[derive(Debug, Clone)]
pub(crate) struct RuleScratch {
    latin: Vec<GroupScratch>,
    other: GroupScratch,
}

impl RuleScratch {
    /// Bytes held by the lazy DFA caches.
    #[cfg(test)]
    pub(crate) fn memory_usage(&self) -> usize {
        self.latin
            .iter()
            .map(|g| g.cache.memory_usage())
            .sum::<usize>()
            + self.other.cache.memory_usage()
    }
}

/// The compiled phrase rules.
#[derive(Debug, Clone)]
pub(crate) struct RuleSet {
    /// Rules that can match text with nothing but ASCII after folding.
    latin: Vec<Group>,
    /// Rules written only in other scripts (Chinese, Cyrillic, Arabic...):
    /// they cannot match ASCII text, so they run only on non-ASCII text.
    other: Group,
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
        let (latin, other): (Vec<usize>, Vec<usize>) =
            (0..rules.len()).partition(|&i| can_match_ascii(&patterns[i]));
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
        Ok(Self {
            latin: latin
                .chunks(LATIN_GROUP_RULES)
                .map(|chunk| Group::new(&rules, &patterns, chunk.to_vec()))
                .collect::<Result<_, _>>()?,
            other: Group::new(&rules, &patterns, other)?,
            rules,
            voids,
        })
    }

    pub(crate) fn scratch(&self) -> RuleScratch {
        RuleScratch {
            latin: self.latin.iter().map(Group::scratch).collect(),
            other: self.other.scratch(),
        }
    }

    /// Evaluates every rule against the canonical text `normalized`.
    pub(crate) fn evaluate(&self, normalized: &str, scratch: &mut RuleScratch) -> Option<Verdict> {
        let mut matched = RuleBits::default();
        for (group, scratch) in self.latin.iter().zip(&mut scratch.latin) {
            group.search(normalized, scratch, &mut matched);
        }
        if !normalized.is_ascii() {
            self.other
                .search(normalized, &mut scratch.other, &mut matched);
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
        match best {
            Some((intent, i)) => Some(Verdict {
                intent,
                rule: self.rules[i].id,
            }),
            None => voided_by.map(|rule| Verdict {
                intent: Intent::None,
                rule,
            }),
        }
    }
}

/// False when every way `pattern` can match needs a non-ASCII letter: the
/// pattern has no ASCII letter at all outside escapes and classes. Such
/// patterns (Chinese, Cyrillic, Arabic, ...) cannot match ASCII text.
fn can_match_ascii(pattern: &str) -> bool {
    let mut in_class = false;
    let mut escaped = false;
    // Inside "(?i:" or "(?:": flag letters, not literals.
    let mut in_flags = false;
    let mut previous = ' ';
    for c in pattern.chars() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '[' {
            in_class = true;
        } else if c == ']' {
            in_class = false;
        } else if c == '?' && previous == '(' {
            in_flags = true;
        } else if c == ':' || c == ')' {
            in_flags = false;
        } else if c.is_ascii_alphabetic() && !in_class && !in_flags {
            return true;
        }
        previous = c;
    }
    // A pattern that could match without any letter at all (only classes,
    // spaces or digits) must run on ASCII text too.
    !pattern.chars().any(|c| !c.is_ascii() && c.is_alphabetic())
}

fn id_matches(selector: &str, id: &str) -> bool {
    match selector.strip_suffix('*') {
        Some(prefix) => id.starts_with(prefix),
        None => selector == id,
    }
}

#[cfg(test)]
mod tests {
    use super::{HYBRID_CACHE_BYTES, RuleSet};
    use crate::optout::normalize::normalize;
    use crate::optout::{rules_en, rules_intl};

    /// The lazy DFA caches must hold every state the corpora need without
    /// being cleared; `cargo test --lib cache -- --nocapture` prints the size.
    #[test]
    fn cache_holds_the_corpora() {
        let mut all = rules_en::RULES.to_vec();
        all.extend_from_slice(rules_intl::RULES);
        let rules = RuleSet::new(all).unwrap();
        let mut scratch = rules.scratch();
        for corpus in [
            include_str!("../../tests/data/optout-dev.jsonl"),
            include_str!("../../tests/data/optout-heldaside.jsonl"),
            include_str!("../../tests/data/optout-heldaside-2.jsonl"),
            include_str!("../../tests/data/optout-heldaside-3.jsonl"),
        ] {
            for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
                let row: serde_json::Value = serde_json::from_str(line).unwrap();
                rules.evaluate(&normalize(row["text"].as_str().unwrap()), &mut scratch);
            }
        }
        let used = scratch.memory_usage();
        println!(
            "lazy DFA caches: {:.1} MiB",
            used as f64 / f64::from(1 << 20)
        );
        assert!(used < HYBRID_CACHE_BYTES, "{used} bytes");
    }

    #[test]
    fn only_non_latin_rules_skip_ascii_text() {
        let mut all = rules_en::RULES.to_vec();
        all.extend_from_slice(rules_intl::RULES);
        let rules = RuleSet::new(all).unwrap();
        let skipped: Vec<&str> = rules
            .other
            .rules
            .iter()
            .map(|&i| rules.rules[i].id)
            .collect();
        for id in &skipped {
            assert!(
                [
                    "intl:zh",
                    "intl:ja",
                    "intl:ko",
                    "intl:ar",
                    "intl:he-fa",
                    "intl:el",
                    "intl:ru-uk"
                ]
                .contains(id),
                "{id} can match ASCII text but would be skipped on it"
            );
        }
        assert!(skipped.contains(&"intl:zh"));
    }
}
