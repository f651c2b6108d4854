//! Reads a customer's text as an opt-out, opt-in, help request or none of these.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// What a customer's text asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// Stop texting me.
    OptOut,
    /// Start (again) texting me.
    OptIn,
    /// Who are you / how does this work.
    Help,
    /// Anything else.
    None,
}

impl Intent {
    /// `"opt_out"`, `"opt_in"`, `"help"` or `"none"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::OptOut => "opt_out",
            Intent::OptIn => "opt_in",
            Intent::Help => "help",
            Intent::None => "none",
        }
    }
}

/// The classifier's verdict and the rule that reached it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classification {
    /// What the text asks for.
    pub intent: Intent,
    /// A stable id of the deciding rule, e.g. `"keyword:stop"`; `"none"` when none matched.
    pub rule: Cow<'static, str>,
}

impl Classification {
    /// Whether the whole text was a bare carrier keyword.
    pub fn is_exact_keyword(&self) -> bool {
        self.rule.starts_with("keyword:")
    }
}

const KEYWORDS: &[(&str, Intent)] = &[
    ("stop", Intent::OptOut),
    ("stopall", Intent::OptOut),
    ("unsubscribe", Intent::OptOut),
    ("cancel", Intent::OptOut),
    ("end", Intent::OptOut),
    ("quit", Intent::OptOut),
    ("revoke", Intent::OptOut),
    ("optout", Intent::OptOut),
    ("start", Intent::OptIn),
    ("unstop", Intent::OptIn),
    ("yes", Intent::OptIn),
    ("help", Intent::Help),
    ("info", Intent::Help),
];

/// Free-form requests to stop, matched anywhere in the lower-cased text.
const STOP_PHRASES: &[&str] = &[
    "stop texting",
    "stop messaging",
    "stop sending",
    "unsubscribe me",
    "take me off",
    "remove me",
    "remove my number",
];

/// Decides whether a text opts out, opts in or asks for help.
#[derive(Debug, Clone, Default)]
pub struct OptOutClassifier {
    _private: (),
}

impl OptOutClassifier {
    /// Classifies one text.
    pub fn classify(&self, text: &str) -> Classification {
        let word: String = text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        for (keyword, intent) in KEYWORDS {
            if word == *keyword {
                return Classification {
                    intent: *intent,
                    rule: Cow::Owned(format!("keyword:{keyword}")),
                };
            }
        }
        let lower = text.to_lowercase();
        if STOP_PHRASES.iter().any(|p| lower.contains(p)) {
            return Classification {
                intent: Intent::OptOut,
                rule: Cow::Borrowed("phrase:stop-texting"),
            };
        }
        Classification {
            intent: Intent::None,
            rule: Cow::Borrowed("none"),
        }
    }
}
