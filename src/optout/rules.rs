//! The phrase rules: one multi-pattern regex over the canonical text, with
//! guards that cancel rules whose words were used in another sense.

use regex_automata::meta::Regex;
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
        "(?:texts?|txts?|txtz|textz|texting|txting|text messages?|messages?|msgs?|msges|sms|smses|sms messages|messaging|notifications?|notifs?|alerts?|reminders?|promos?|promotions?|promotional [^ ,]+|ads|adverts?|advertising|advertisements?|marketing|spam|newsletters?|emails?|e mails?|mails|updates|blasts?|junk|dms|robotexts?|solicitations?|calls)",
    ),
    (
        "{SENDING}",
        "(?:sending|texting|txting|messaging|msging|spamming|bugging|bothering|harassing|harrassing|pestering|contacting|calling|emailing|hounding|reminding|notifying|pinging|annoying|writing|dming|blowing up my phone|hitting me up|getting (?:{MSGX}|these|this|them)|receiving)",
    ),
];

/// The lazy DFA over all rules needs room for its states; with the default
/// capacity it gives up and falls back to a much slower engine.
const HYBRID_CACHE_BYTES: usize = 16 << 20;

/// Rules are tracked in a fixed array so that evaluation never allocates.
const MAX_RULES: usize = 512;

/// The compiled phrase rules.
#[derive(Debug, Clone)]
pub(crate) struct RuleSet {
    regex: Regex,
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
                fold_pattern(&pattern.replace("{F}", &format!("(?:{courtesy})")))
            })
            .collect();
        let regex = Regex::builder()
            .configure(
                Regex::config()
                    .match_kind(MatchKind::All)
                    .hybrid_cache_capacity(HYBRID_CACHE_BYTES),
            )
            .build_many(&patterns)
            .map_err(|e| match (e.pattern(), e.syntax_error()) {
                (Some(id), Some(syntax)) => format!(
                    "rule {} ({}): {syntax}",
                    rules[id.as_usize()].id,
                    patterns[id.as_usize()]
                ),
                _ => e.to_string(),
            })?;
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
            regex,
            rules,
            voids,
        })
    }

    /// Evaluates every rule against the canonical text `normalized`.
    pub(crate) fn evaluate(&self, normalized: &str, matched: &mut PatternSet) -> Option<Verdict> {
        matched.clear();
        self.regex
            .which_overlapping_matches(&Input::new(normalized), matched);
        if matched.is_empty() {
            return None;
        }
        let mut voided_by: Option<&'static str> = None;
        let mut live = [true; MAX_RULES];
        for pattern in matched.iter() {
            for &i in &self.voids[pattern.as_usize()] {
                if matched.contains(regex_automata::PatternID::must(i)) {
                    voided_by.get_or_insert(self.rules[pattern.as_usize()].id);
                }
                live[i] = false;
            }
        }
        let best = matched
            .iter()
            .map(|p| p.as_usize())
            .filter(|&i| live[i])
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

    pub(crate) fn pattern_len(&self) -> usize {
        self.regex.pattern_len()
    }

    pub(crate) fn pattern_set(&self) -> PatternSet {
        PatternSet::new(self.regex.pattern_len())
    }
}

fn id_matches(selector: &str, id: &str) -> bool {
    match selector.strip_suffix('*') {
        Some(prefix) => id.starts_with(prefix),
        None => selector == id,
    }
}
