//! Typo correction for the handful of words opt-out rules hinge on.
//!
//! Only words that are not themselves English words are corrected, and each
//! target allows the kinds of slip people make on a phone keyboard: swapped
//! letters, a neighbouring key, a doubled or dropped letter. Inputs and
//! targets are already folded (lower case, repeated letters squeezed).

/// A misspelt target word and how far a typo may stray from it.
struct Target {
    word: &'static str,
    /// [`letter_set`] of `word`.
    letters: u32,
    max_distance: usize,
    /// Real words within reach that must stay as they are.
    real_words: &'static [&'static str],
}

const TARGETS: &[Target] = &[
    Target {
        word: "unsubscribe",
        letters: letter_set_of("unsubscribe"),
        max_distance: 2,
        real_words: &["subscribe", "unsubscribed", "resubscribe", "subscriber"],
    },
    Target {
        word: "subscribe",
        letters: letter_set_of("subscribe"),
        max_distance: 1,
        real_words: &["subscribed", "subscriber", "subscribes", "subscript"],
    },
    Target {
        word: "remove",
        letters: letter_set_of("remove"),
        max_distance: 1,
        real_words: &["removed", "remover", "removes", "remote", "reove"],
    },
    Target {
        word: "cancel",
        letters: letter_set_of("cancel"),
        max_distance: 1,
        real_words: &[
            "cancer", "canceled", "camel", "chancel", "cancels", "cancelo", "cancela", "cancele",
            "canceli",
        ],
    },
    Target {
        word: "texting",
        letters: letter_set_of("texting"),
        max_distance: 1,
        real_words: &[
            "testing", "textile", "texting", "tenting", "vexing", "taxing",
        ],
    },
    Target {
        word: "mesages",
        letters: letter_set_of("mesages"),
        max_distance: 1,
        real_words: &["mesage", "mesaged", "pasages", "masages", "mesas"],
    },
    Target {
        word: "optout",
        letters: letter_set_of("optout"),
        max_distance: 1,
        real_words: &["output", "outputs"],
    },
];

/// "stop", "quit" and "help" with their [`letter_set`]s. They are short
/// enough that an edit distance of one reaches many real words ("top",
/// "shop", "quite"), so only swaps, a neighbouring key and an extra letter
/// count.
const SHORT_TARGETS: [(&str, u32); 3] = [
    ("stop", letter_set_of("stop")),
    ("quit", letter_set_of("quit")),
    ("help", letter_set_of("help")),
];

/// The keyword `word` misspells, if it is a known slip of one.
pub(crate) fn correct(word: &str) -> Option<&'static str> {
    let letters = screen(word)?;
    if let Some(fixed) = correct_short(word, letters) {
        return Some(fixed);
    }
    if word.starts_with("unsub") {
        // Every "unsub..." form is matched by prefix already.
        return None;
    }
    TARGETS.iter().find_map(|target| {
        let close = target.in_reach(word)
            && letters_in_reach(letters, target.letters, target.max_distance)
            && within_distance(word.as_bytes(), target.word.as_bytes(), target.max_distance)
            && !target.real_words.contains(&word);
        close.then_some(target.word)
    })
}

/// The [`letter_set`] of `word` if it could be a slip of some target by its
/// first letter and length; `None` rejects it before any comparison.
fn screen(word: &str) -> Option<u32> {
    // A typo keeps the target's first letter, swaps it with the second
    // ("tsop", "uqit"), or hits a key beside the s of "stop" ("dtop").
    let could_be_typo = word
        .as_bytes()
        .first()
        .is_some_and(|b| b"sqtucrmohdwezx".contains(b));
    if !could_be_typo || !(4..=14).contains(&word.len()) {
        return None;
    }
    letter_set(word.as_bytes())
}

impl Target {
    /// Whether `word` starts like this target and is near it in length.
    fn in_reach(&self, word: &str) -> bool {
        self.word.as_bytes()[0] == word.as_bytes()[0]
            && self.word.len().abs_diff(word.len()) <= self.max_distance
            && self.word != word
    }
}

fn correct_short(word: &str, letters: u32) -> Option<&'static str> {
    const REAL: &[&str] = &[
        "shop", "shops", "atop", "stomp", "strop", "stops", "spot", "post", "pots", "tops",
    ];
    if word.len() > 5 {
        return None;
    }
    let fix = SHORT_TARGETS
        .into_iter()
        .find_map(|(target, target_letters)| {
            let (w, t) = (word.as_bytes(), target.as_bytes());
            // Every slip below leaves at most one letter that is not the target's.
            if !letters_in_reach(letters, target_letters, 1) {
                return None;
            }
            let fixed = match w.len().cmp(&t.len()) {
                // "help" is one key from real words ("yelp", "hemp"): swaps only.
                std::cmp::Ordering::Equal if target == "help" => is_swap(w, t),
                std::cmp::Ordering::Equal => {
                    is_swap(w, t)
                        || is_neighbour_key_slip(w, t, target == "stop")
                        || is_scrambled_stop(w, target)
                }
                std::cmp::Ordering::Greater => {
                    w.len() == t.len() + 1
                        && target == "stop"
                        && (w.starts_with(t) || is_fat_finger_insertion(w, t))
                }
                std::cmp::Ordering::Less => false,
            };
            (fixed && w != t).then_some(target)
        });
    fix.filter(|_| !REAL.contains(&word))
}

/// The set of letters in `word`, one bit per letter; `None` unless every
/// byte is a lower-case ASCII letter.
fn letter_set(word: &[u8]) -> Option<u32> {
    word.iter().try_fold(0, |set, &b| {
        b.is_ascii_lowercase().then(|| set | 1 << (b - b'a'))
    })
}

/// [`letter_set`] of a target word, at compile time.
const fn letter_set_of(word: &str) -> u32 {
    let bytes = word.as_bytes();
    let mut set = 0;
    let mut i = 0;
    while i < bytes.len() {
        set |= 1 << (bytes[i] - b'a');
        i += 1;
    }
    set
}

/// Whether a word whose [`letter_set`] is `letters` holds at most `max`
/// distinct letters that a target's set `target` lacks. Each missing letter needs an
/// edit of its own, so this is a lower bound on the edit distance: a bitmask
/// test that rejects most words before any comparison.
fn letters_in_reach(letters: u32, target: u32, max: usize) -> bool {
    (letters & !target).count_ones() as usize <= max
}

/// "sopt", "spto": the letters of "stop" after its s, in another order.
fn is_scrambled_stop(w: &[u8], target: &str) -> bool {
    let mut letters = [0u8; 4];
    letters.copy_from_slice(w);
    letters.sort_unstable();
    target == "stop" && w[0] == b's' && &letters == b"opst"
}

fn is_swap(w: &[u8], t: &[u8]) -> bool {
    let Some(i) = (0..w.len()).find(|&i| w[i] != t[i]) else {
        return false;
    };
    i + 1 < w.len() && w[i] == t[i + 1] && w[i + 1] == t[i] && w[i + 2..] == t[i + 2..]
}

/// `w` is `t` with one extra letter inside it, typed by a finger that also
/// touched the neighbouring key ("stoip": the i beside the o).
fn is_fat_finger_insertion(w: &[u8], t: &[u8]) -> bool {
    (1..w.len() - 1).any(|i| {
        w[..i] == t[..i]
            && w[i + 1..] == t[i..]
            && (are_neighbour_keys(w[i], w[i - 1]) || are_neighbour_keys(w[i], w[i + 1]))
    })
}

/// `w` is `t` with one letter typed on a neighbouring key; the first letter
/// only when `first_too`.
fn is_neighbour_key_slip(w: &[u8], t: &[u8], first_too: bool) -> bool {
    let mut diffs = (0..w.len()).filter(|&i| w[i] != t[i]);
    match (diffs.next(), diffs.next()) {
        (Some(i), None) => (i > 0 || first_too) && are_neighbour_keys(w[i], t[i]),
        _ => false,
    }
}

fn are_neighbour_keys(a: u8, b: u8) -> bool {
    const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
    let position = |k: u8| {
        ROWS.iter().enumerate().find_map(|(row, keys)| {
            keys.iter()
                .position(|&c| c == k)
                .map(|col| (row as i32, col as i32))
        })
    };
    match (position(a), position(b)) {
        (Some((ra, ca)), Some((rb, cb))) => {
            (ra - rb).abs() <= 1 && (ca - cb).abs() <= 1 && (ra, ca) != (rb, cb)
        }
        _ => false,
    }
}

/// Whether the optimal-string-alignment distance (Levenshtein plus adjacent
/// swaps) between `a` and `b` is at most `max`; gives up as soon as a whole
/// row of the table exceeds `max`. Rarely reached, so kept out of line.
#[inline(never)]
fn within_distance(a: &[u8], b: &[u8], max: usize) -> bool {
    const MAX: usize = 16;
    if a.len() >= MAX || b.len() >= MAX {
        return false;
    }
    // u8 cells keep the table at 256 bytes; distances stay below MAX.
    let mut rows = [[0u8; MAX]; MAX];
    for (i, row) in rows.iter_mut().enumerate().take(a.len() + 1) {
        row[0] = i as u8;
    }
    for (j, cell) in rows[0].iter_mut().enumerate().take(b.len() + 1) {
        *cell = j as u8;
    }
    for i in 1..=a.len() {
        let mut row_min = rows[i][0];
        for j in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
            row_min = row_min.min(best);
        }
        // A swap reaches back two rows, so both must be out of reach.
        let previous_min = rows[i - 1][..=b.len()].iter().copied().min().unwrap_or(0);
        if usize::from(row_min.min(previous_min)) > max {
            return false;
        }
    }
    usize::from(rows[a.len()][b.len()]) <= max
}

#[cfg(test)]
mod tests {
    use super::{SHORT_TARGETS, TARGETS, correct, letters_in_reach, screen};

    #[test]
    fn common_slips_are_fixed() {
        for (typo, word) in [
            ("stpo", "stop"),
            ("sotp", "stop"),
            ("srop", "stop"),
            ("stopo", "stop"),
            ("stoip", "stop"),
            ("sopt", "stop"),
            ("spto", "stop"),
            ("hlep", "help"),
            ("stiop", "stop"),
            ("dtop", "stop"),
            ("wtop", "stop"),
            ("quti", "quit"),
            ("qiut", "quit"),
            ("unsuscribe", "unsubscribe"),
            ("remov", "remove"),
            ("reomve", "remove"),
            ("cancle", "cancel"),
            ("textng", "texting"),
            ("otpout", "optout"),
            ("sbuscribe", "subscribe"),
            ("subscibe", "subscribe"),
        ] {
            assert_eq!(correct(typo), Some(word), "{typo}");
        }
    }

    #[test]
    fn real_words_are_left_alone() {
        for word in [
            "stop",
            "top",
            "shop",
            "step",
            "atop",
            "stomp",
            "spot",
            "quite",
            "quiet",
            "quilt",
            "quoit",
            "spot",
            "yelp",
            "helo",
            "suit",
            "subscribe",
            "resubscribe",
            "removed",
            "remote",
            "cancer",
            "testing",
            "output",
            "next",
        ] {
            assert_eq!(correct(word), None, "{word}");
        }
    }

    /// The letter-set test must reject most of the comparisons the first
    /// letter and the length leave, over every word of the labelled replies;
    /// `cargo test --release --lib letter_set -- --nocapture` prints the counts.
    #[test]
    fn letter_set_screen_rejects_most_words() {
        let (mut words, mut screened_in) = (0, 0);
        let (mut without_letters, mut with_letters) = (0, 0);
        for text in crate::optout::labelled_texts() {
            for word in crate::optout::normalize::normalize(&text).split(' ') {
                words += 1;
                let Some(letters) = screen(word) else {
                    continue;
                };
                screened_in += 1;
                let short = SHORT_TARGETS.iter().filter(|_| word.len() <= 5);
                let long = TARGETS.iter().filter(|t| t.in_reach(word));
                without_letters += short.clone().count() + long.clone().count();
                with_letters += short
                    .filter(|(_, set)| letters_in_reach(letters, *set, 1))
                    .count()
                    + long
                        .filter(|t| letters_in_reach(letters, t.letters, t.max_distance))
                        .count();
            }
        }
        println!(
            "{words} words; {screened_in} pass the first-letter and length test; \
             comparisons: {without_letters} without the letter-set test, {with_letters} with it"
        );
        assert!(
            screened_in > 0 && with_letters > 0,
            "the corpora reach the checks"
        );
        assert!(
            with_letters * 10 < without_letters,
            "the letter sets leave {with_letters} of {without_letters} comparisons"
        );
    }
}
