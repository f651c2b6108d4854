//! Property tests: no input panics, and disguising a keyword does not change
//! what it means.

use proptest::prelude::*;
use sms_inbox::{Intent, OptOutClassifier};
use std::sync::LazyLock;

static CLASSIFIER: LazyLock<OptOutClassifier> = LazyLock::new(OptOutClassifier::default);

const KEYWORDS: &[(&str, Intent)] = &[
    ("stop", Intent::OptOut),
    ("unsubscribe", Intent::OptOut),
    ("cancel", Intent::OptOut),
    ("quit", Intent::OptOut),
    ("optout", Intent::OptOut),
    ("revoke", Intent::OptOut),
    ("remove", Intent::OptOut),
    ("start", Intent::OptIn),
    ("unstop", Intent::OptIn),
    ("yes", Intent::OptIn),
    ("help", Intent::Help),
    ("info", Intent::Help),
];

/// One disguise applied letter by letter.
#[derive(Debug, Clone, Copy)]
enum Disguise {
    Spaced,
    Dotted,
    Dashed,
    Stretched,
    FullWidth,
    Cyrillic,
    Digits,
    MixedCase,
    ZeroWidth,
    SmallCaps,
    Punctuated,
}

fn disguise(word: &str, how: Disguise, seed: u64) -> String {
    let mut out = String::new();
    for (i, c) in word.chars().enumerate() {
        let upper = seed >> (i % 60) & 1 == 1;
        let letter = match how {
            Disguise::FullWidth => char::from_u32(c as u32 - 'a' as u32 + 0xff41).unwrap_or(c),
            Disguise::Cyrillic => match c {
                'a' => 'а',
                'c' => 'с',
                'e' => 'е',
                'o' => 'о',
                'p' => 'р',
                's' => 'ѕ',
                'y' => 'у',
                'i' => 'і',
                _ => c,
            },
            Disguise::Digits => match c {
                'o' => '0',
                'e' => '3',
                's' => '5',
                't' => '7',
                _ => c,
            },
            Disguise::MixedCase if upper => c.to_ascii_uppercase(),
            Disguise::SmallCaps => match c {
                'a' => 'ᴀ',
                'e' => 'ᴇ',
                'n' => 'ɴ',
                'o' => 'ᴏ',
                'p' => 'ᴘ',
                's' => 'ꜱ',
                't' => 'ᴛ',
                'u' => 'ᴜ',
                _ => c,
            },
            _ => c,
        };
        if i > 0 {
            match how {
                Disguise::Spaced => out.push(' '),
                Disguise::Dotted => out.push('.'),
                Disguise::Dashed => out.push('-'),
                Disguise::ZeroWidth => out.push('\u{200b}'),
                Disguise::Punctuated => out.push_str(". "),
                _ => {}
            }
        }
        out.push(letter);
        if matches!(how, Disguise::Stretched) && upper {
            out.push(letter);
            out.push(letter);
        }
    }
    out
}

fn any_disguise() -> impl Strategy<Value = Disguise> {
    prop_oneof![
        Just(Disguise::Spaced),
        Just(Disguise::Dotted),
        Just(Disguise::Dashed),
        Just(Disguise::Stretched),
        Just(Disguise::FullWidth),
        Just(Disguise::Cyrillic),
        Just(Disguise::Digits),
        Just(Disguise::MixedCase),
        Just(Disguise::ZeroWidth),
        Just(Disguise::SmallCaps),
        Just(Disguise::Punctuated),
    ]
}

fn noise() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "",
        "!",
        "!!!",
        ".",
        "?",
        " 🙏",
        " 😡😡",
        "  ",
        "\n",
        " ...",
        "🛑 ",
        " 👍👍",
        "🙏🏽 ",
        "\u{200d}",
        " ❤️",
        "(",
        " :)",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_classified_without_panicking(text in "\\PC{0,2000}") {
        let _ = CLASSIFIER.classify(&text);
    }

    #[test]
    fn long_text_is_classified_without_panicking(text in prop::collection::vec(any::<char>(), 0..10_000)) {
        let text: String = text.into_iter().collect();
        let _ = CLASSIFIER.classify(&text);
    }

    #[test]
    fn disguised_keywords_keep_their_intent(
        (word, intent) in prop::sample::select(KEYWORDS),
        how in any_disguise(),
        seed in any::<u64>(),
        before in noise(),
        after in noise(),
    ) {
        // A stop sign next to an opt-in or help keyword is an opt-out; keep noise neutral there.
        let before = if intent == Intent::OptOut { before } else { before.trim_end_matches("🛑 ") };
        let after = if intent == Intent::OptOut { after } else { after.trim_start_matches("🛑 ") };
        let text = format!("{before}{}{after}", disguise(word, how, seed));
        let got = CLASSIFIER.classify(&text);
        prop_assert_eq!(got.intent, intent, "{:?} -> {}", text, got.rule);
    }

    #[test]
    fn a_letter_disguise_and_a_spacing_disguise_together_keep_the_intent(
        (word, intent) in prop::sample::select(KEYWORDS),
        letters in prop::sample::select(vec![
            Disguise::Stretched,
            Disguise::FullWidth,
            Disguise::Cyrillic,
            Disguise::Digits,
            Disguise::MixedCase,
            Disguise::SmallCaps,
        ]),
        spacing in prop::sample::select(vec![
            Disguise::Spaced,
            Disguise::Dotted,
            Disguise::Dashed,
            Disguise::Punctuated,
            Disguise::ZeroWidth,
        ]),
        seed in any::<u64>(),
        after in noise(),
    ) {
        let after = if intent == Intent::OptOut { after } else { after.trim_start_matches("🛑 ") };
        let text = format!("{}{after}", disguise(&disguise(word, letters, seed), spacing, seed));
        let got = CLASSIFIER.classify(&text);
        prop_assert_eq!(got.intent, intent, "{:?} -> {}", text, got.rule);
    }

    /// The fast path (bare keywords, short ASCII replies) must answer exactly
    /// as the full path: a trailing zero-width space forces the full path and
    /// changes nothing else.
    #[test]
    fn fast_path_answers_as_the_full_path(
        words in prop::collection::vec(prop::sample::select(vec![
            "stop", "STOP", "Stop", "ok", "thanks", "no", "yes", "Y", "help", "please",
            "cancel", "end", "quit", "s", "t", "o", "p", "not", "sure", "unsubscribe",
            "opt", "out", "stoop", "thank", "you", "info", "start", "me", "pls", "lol",
        ]), 1..5),
        seps in prop::collection::vec(prop::sample::select(vec![" ", ". ", "!", ", ", "  ", " 🙏 ", "!! ", "."]), 5),
        end in prop::sample::select(vec!["", "!", ".", " 😂", "?"]),
    ) {
        let mut text = String::new();
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                text.push_str(seps[i]);
            }
            text.push_str(w);
        }
        text.push_str(end);
        let fast = CLASSIFIER.classify(&text);
        let full = CLASSIFIER.classify(&format!("{text}\u{200b}"));
        prop_assert_eq!(&fast, &full, "{:?}", text);
    }

    #[test]
    fn texts_around_the_window_edge_do_not_panic(
        unit in "\\PC{1,12}",
        bytes in 3_000usize..12_000,
    ) {
        let text: String = unit.chars().cycle().scan(0, |n, c| {
            *n += c.len_utf8();
            (*n <= bytes).then_some(c)
        }).collect();
        let _ = CLASSIFIER.classify(&text);
    }
}
