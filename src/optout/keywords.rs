//! Whole-message keywords: a reply that is nothing but a keyword, perhaps
//! with courtesy words around it ("STOP", "Stop please", "BAJA gracias").

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::Intent;
use super::normalize::{BOUNDARY, fold_pattern};
use super::quick::Fnv;

/// Words that may surround a keyword without changing what it asks for.
pub(crate) const COURTESY: &[&str] = &[
    "please",
    "pls",
    "plz",
    "plez",
    "pleas",
    "plse",
    "thanks",
    "thank",
    "thx",
    "ty",
    "tx",
    "tnx",
    "tysm",
    "thankyou",
    "cheers",
    "you",
    "u",
    "now",
    "right",
    "asap",
    "immediately",
    "seriously",
    "srsly",
    "already",
    "again",
    "ok",
    "okay",
    "k",
    "just",
    "it",
    "this",
    "these",
    "those",
    "them",
    "that",
    "all",
    "me",
    "everything",
    "forever",
    "permanently",
    "good",
    "for",
    "i",
    "mean",
    "said",
    "told",
    "to",
    "ugh",
    "omg",
    "dude",
    "bro",
    "bruh",
    "wey",
    "güey",
    "guey",
    "bestie",
    "fam",
    "fr",
    "ngl",
    "tbh",
    "lmao",
    "man",
    "mate",
    "sorry",
    "lol",
    "ffs",
    "jeez",
    "god",
    "damn",
    "dammit",
    "hey",
    "hi",
    "hello",
    "yo",
    "guys",
    "sir",
    "maam",
    "enough",
    "merci",
    "beaucoup",
    "mille",
    "molte",
    "muchas",
    "vielen",
    "dank",
    "muito",
    "gracias",
    "grazie",
    "danke",
    "obrigado",
    "obrigada",
    "svp",
    "stp",
    "por",
    "favor",
    "porfa",
    "porfavor",
    "pf",
    "bitte",
    "per",
    "favore",
    "graag",
    "aub",
    "alsjeblieft",
    "tak",
    "takk",
    "kiitos",
    "tack",
    "prosze",
    "dziekuje",
    "ya",
    "jetzt",
    "sofort",
    "agora",
    "ahora",
    "maintenant",
    "subito",
    "adesso",
    "ora",
    "nu",
    "x",
    "xx",
    "and",
    "pronto",
    "vite",
    "ja",
    "na",
    "po",
    "aja",
    "dong",
    "спасибо",
    "пожалуйста",
    "谢谢",
    "请",
    "了",
    "吧",
];

/// Courtesy words in more languages, accepted around a bare keyword ("STOP
/// tafadhali") but kept out of the phrase rules, whose automata every word
/// in [`COURTESY`] enlarges.
const KEYWORD_COURTESY: &[&str] = &[
    // ✋ beside a keyword ("stop ✋"); alone it may mean "wait".
    "raisedhand",
    // "x fa", "xfa": "por favor" as Spanish speakers text it.
    "x",
    "fa",
    "xfa",
    "porfis",
    "plis",
    // Portuguese and French texting: "pfv", "obg", "vlw", "slt", "bjr".
    "pfv",
    "pfvr",
    "obg",
    "obgd",
    "obgda",
    "vlw",
    "valeu",
    "slt",
    "bjr",
    // "please" in Arabic beside a keyword ("STOP لو سمحت").
    "لو",
    "سمحت",
    // "enough" and "SMS" beside a keyword ("🛑 assez", "🚫 sms").
    "assez",
    "sms",
    // "please" and "do" beside a keyword in Hebrew, Bengali and Urdu.
    "בבקשה",
    "করুন",
    "کریں",
    "کرو",
    // German and Italian: "danke dir", "lg", "grz".
    "dir",
    "lg",
    "vg",
    "grz",
    "bien",
    "tafadhali",
    "asante",
    "sana",
    "terima",
    "kasih",
    "makasih",
    "tolong",
    "köszönöm",
    "köszi",
    "kérem",
    "prosím",
    "děkuji",
    "díky",
    "salamat",
    "ngiyabonga",
    "ngiyacela",
    "si",
    "us",
    "plau",
    "gràcies",
    "mesedez",
    "eskerrik",
    "asko",
    "молим",
    "хвала",
    "моля",
    "благодаря",
    "дякую",
    "будь",
    "ласка",
    "hvala",
    "molim",
    "唔該",
    "唔该",
    "多謝",
    "多谢",
    "dhanyavad",
    "dhanyavaad",
    "dhanyawad",
    "shukriya",
    "kripya",
    "shukran",
    "شكرا",
    "lütfen",
    "teşekkürler",
    "mulțumesc",
    "vă",
    "rog",
    "bedankt",
    "dankjewel",
    "alstublieft",
    "tusen",
    "ευχαριστώ",
    "παρακαλώ",
    "תודה",
    "ありがとう",
    "お願いします",
    "감사합니다",
];

/// One whole-message keyword.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Keyword {
    pub(crate) intent: Intent,
    /// Rule id when the message is exactly this keyword.
    pub(crate) exact_rule: &'static str,
    /// Rule id when courtesy words, repeats or a typo came with it.
    pub(crate) variant_rule: &'static str,
    /// Carrier keywords are the ones strict mode honours.
    pub(crate) carrier: bool,
    /// "yes please" answers a question; only a bare YES is an opt-in.
    pub(crate) bare_only: bool,
    /// Colloquial forms ("unsub", "mute") never count as exact keywords.
    pub(crate) exact_allowed: bool,
}

macro_rules! kw {
    ($intent:ident, $word:literal, $($flag:ident),*) => {{
        #[allow(unused_mut)]
        let mut k = Keyword {
            intent: Intent::$intent,
            exact_rule: concat!("keyword:", $word),
            variant_rule: concat!("keyword-variant:", $word),
            carrier: false,
            bare_only: false,
            exact_allowed: true,
        };
        $(kw!(@flag k, $flag);)*
        ($word, k)
    }};
    (@flag $k:ident, carrier) => { $k.carrier = true; };
    (@flag $k:ident, bare) => { $k.bare_only = true; };
    (@flag $k:ident, colloquial) => { $k.exact_allowed = false; };
}

fn builtin() -> Vec<(&'static str, Keyword)> {
    vec![
        // Twilio and AWS End User Messaging carrier keywords.
        kw!(OptOut, "stop", carrier),
        kw!(OptOut, "stopall", carrier),
        kw!(OptOut, "unsubscribe", carrier),
        kw!(OptOut, "cancel", carrier),
        kw!(OptOut, "end", carrier),
        kw!(OptOut, "quit", carrier),
        kw!(OptOut, "revoke", carrier),
        kw!(OptOut, "optout", carrier),
        kw!(OptOut, "remove", carrier),
        kw!(OptOut, "arret", carrier),
        kw!(OptOut, "td", carrier),
        kw!(OptOut, "退订", carrier),
        kw!(OptIn, "start", carrier),
        kw!(OptIn, "unstop", carrier),
        kw!(OptIn, "yes", carrier, bare),
        kw!(Help, "help", carrier),
        kw!(Help, "info", carrier),
        // Per se keywords in other languages.
        kw!(OptOut, "alto",),
        kw!(OptOut, "parar",),
        kw!(OptOut, "para",),
        kw!(OptOut, "pare",),
        kw!(OptOut, "baja",),
        kw!(OptOut, "cancelar",),
        kw!(OptOut, "basta",),
        kw!(OptOut, "abmelden",),
        kw!(OptOut, "ende", bare),
        kw!(OptOut, "aufhören",),
        kw!(OptOut, "fin", bare),
        kw!(OptOut, "sair",),
        kw!(OptOut, "desuscribir",),
        kw!(OptOut, "desinscribir",),
        kw!(OptOut, "desabonner",),
        kw!(OptOut, "desinscrire",),
        kw!(OptOut, "annuler",),
        kw!(OptOut, "arreter",),
        kw!(OptOut, "arretez",),
        kw!(OptOut, "cancella",),
        kw!(OptOut, "disiscrivi",),
        kw!(OptOut, "afmelden",),
        kw!(OptOut, "uitschrijven",),
        kw!(OptOut, "afmeld",),
        kw!(OptOut, "avmeld",),
        kw!(OptOut, "avsluta",),
        kw!(OptOut, "lopeta",),
        kw!(OptOut, "berhenti",),
        kw!(OptOut, "stoppen",),
        kw!(OptOut, "ret",),
        kw!(OptOut, "στοπ",),
        kw!(OptOut, "ايقاف",),
        kw!(OptOut, "إيقاف",),
        kw!(OptOut, "الغاء",),
        kw!(OptOut, "إلغاء",),
        kw!(OptOut, "لغو",),
        kw!(OptOut, "הסר",),
        kw!(OptOut, "ยกเลิก",),
        kw!(OptOut, "iptal",),
        kw!(OptOut, "стоп",),
        kw!(OptOut, "отписаться",),
        kw!(OptOut, "отписка",),
        kw!(OptOut, "停止",),
        kw!(OptOut, "取消",),
        kw!(OptOut, "取消订阅",),
        kw!(OptOut, "配信停止",),
        kw!(OptOut, "ストップ",),
        kw!(OptOut, "수신거부",),
        kw!(OptIn, "subscribe",),
        kw!(OptIn, "y", bare),
        kw!(OptIn, "si", bare),
        kw!(OptIn, "oui", bare),
        kw!(OptIn, "ja", bare),
        kw!(OptIn, "sim", bare),
        kw!(OptIn, "да", bare),
        kw!(OptIn, "evet", bare),
        kw!(OptIn, "はい", bare),
        kw!(OptIn, "haan", bare),
        kw!(OptIn, "da", bare),
        kw!(OptIn, "kyllä", bare),
        kw!(OptIn, "igen", bare),
        kw!(OptIn, "ano", bare),
        kw!(OptIn, "wi", bare),
        kw!(OptIn, "ใช่", bare),
        kw!(OptIn, "כן", bare),
        kw!(OptIn, "ہاں", bare),
        kw!(OptIn, "是", bare),
        kw!(OptIn, "হ্যাঁ", bare),
        kw!(OptIn, "네", bare),
        kw!(OptIn, "بله", bare),
        kw!(OptIn, "نعم", bare),
        kw!(OptIn, "አዎ", bare),
        kw!(OptIn, "ndiyo", bare),
        kw!(OptIn, "comenzar",),
        kw!(OptIn, "reanudar",),
        kw!(OptIn, "resubscribe",),
        kw!(OptIn, "optin",),
        kw!(OptIn, "join",),
        kw!(OptIn, "rejoin",),
        kw!(OptIn, "resume",),
        kw!(Help, "ayuda",),
        kw!(Help, "aide",),
        kw!(Help, "hilfe",),
        kw!(Help, "ajuda",),
        kw!(Help, "aiuto",),
        kw!(Help, "帮助",),
        kw!(Help, "помощь",),
        kw!(Help, "pomoc",),
        kw!(Help, "ヘルプ",),
        kw!(Help, "幫助",),
        // The same keywords in more languages: the usual words for stop,
        // unsubscribe and cancel, subscribe or start, and help.
        kw!(OptOut, "detener",),
        kw!(OptOut, "desuscribirme",),
        kw!(OptOut, "descadastrar",),
        kw!(OptOut, "desabonnement",),
        kw!(OptOut, "desinscription",),
        kw!(OptOut, "abbestellen",),
        kw!(OptOut, "austragen",),
        kw!(OptOut, "kundigen",),
        kw!(OptOut, "beenden",),
        kw!(OptOut, "annulla",),
        kw!(OptOut, "disiscrivimi",),
        kw!(OptOut, "cancellami",),
        kw!(OptOut, "opzeggen",),
        kw!(OptOut, "avregistrera",),
        kw!(OptOut, "avslutt",),
        kw!(OptOut, "frameld",),
        kw!(OptOut, "peruuta",),
        kw!(OptOut, "koniec",),
        kw!(OptOut, "wypisz",),
        kw!(OptOut, "anuluj",),
        kw!(OptOut, "konec",),
        kw!(OptOut, "odhlasit",),
        kw!(OptOut, "zrusit",),
        kw!(OptOut, "leiratkozas",),
        kw!(OptOut, "dezabonare",),
        kw!(OptOut, "odjava",),
        kw!(OptOut, "dur",),
        kw!(OptOut, "durdur",),
        kw!(OptOut, "batal",),
        kw!(OptOut, "tigil",),
        kw!(OptOut, "itigil",),
        kw!(OptOut, "huy",),
        kw!(OptOut, "sispann",),
        kw!(OptOut, "sitisha",),
        kw!(OptOut, "simamisha",),
        kw!(OptOut, "ספאם",),
        kw!(OptOut, "kanpe", bare),
        kw!(OptOut, "отвали",),
        kw!(OptOut, "отстаньте",),
        kw!(OptOut, "滚",),
        kw!(OptOut, "滚蛋",),
        kw!(OptOut, "꺼져",),
        kw!(OptOut, "بند",),
        kw!(OptOut, "отменить",),
        kw!(OptOut, "відписатися",),
        kw!(OptOut, "скасувати",),
        kw!(OptOut, "отписване",),
        kw!(OptOut, "διακοπή",),
        kw!(OptOut, "σταμάτα",),
        kw!(OptOut, "σταματήστε",),
        kw!(OptOut, "توقف",),
        kw!(OptOut, "עצור",),
        kw!(OptOut, "הפסק",),
        kw!(OptOut, "הסרה",),
        kw!(OptOut, "ביטול",),
        kw!(OptOut, "रोकें",),
        kw!(OptOut, "रोको",),
        kw!(OptOut, "बंद",),
        kw!(OptOut, "বন্ধ",),
        kw!(OptOut, "หยุด",),
        kw!(OptOut, "退訂",),
        kw!(OptOut, "配信解除",),
        kw!(OptOut, "중지",),
        kw!(OptIn, "alta",),
        kw!(OptIn, "suscribir",),
        kw!(OptIn, "suscribirme",),
        kw!(OptIn, "anmelden",),
        kw!(OptIn, "abonnieren",),
        kw!(OptIn, "iscrivimi",),
        kw!(OptIn, "aanmelden",),
        kw!(OptIn, "zapisz",),
        kw!(OptIn, "подписаться",),
        kw!(OptIn, "订阅",),
        kw!(OptIn, "訂閱",),
        kw!(OptIn, "구독",),
        kw!(OptIn, "구독하기",),
        kw!(OptIn, "اشترك",),
        kw!(OptIn, "langganan",),
        kw!(Help, "hulp",),
        kw!(Help, "hjalp",),
        kw!(Help, "hjelp",),
        kw!(Help, "hjaelp",),
        kw!(Help, "apua",),
        kw!(Help, "ajutor",),
        kw!(Help, "segitseg",),
        kw!(Help, "yardim",),
        kw!(Help, "bantuan",),
        kw!(Help, "tulong",),
        kw!(Help, "msaada",),
        kw!(Help, "βοήθεια",),
        kw!(Help, "допомога",),
        kw!(Help, "помощ",),
        kw!(Help, "مساعدة",),
        kw!(Help, "עזרה",),
        kw!(Help, "मदद",),
        kw!(Help, "सहायता",),
        kw!(Help, "ช่วยเหลือ",),
        kw!(Help, "도움말",),
        kw!(Help, "도움",),
        kw!(Help, "caawimaad",),
        kw!(Help, "informazioni",),
        kw!(Help, "informationen",),
        kw!(Help, "informação",),
        kw!(Help, "información",),
        kw!(Help, "እርዳታ",),
        kw!(Help, "مدد",),
        kw!(Help, "সাহায্য",),
        kw!(Help, "راهنما",),
        // Colloquial whole-message revocations (guide, judgment call 4).
        kw!(OptOut, "unsub", colloquial),
        kw!(OptOut, "mute", colloquial),
        kw!(OptOut, "exit", colloquial),
        kw!(OptOut, "halt", colloquial),
        kw!(OptOut, "stahp", colloquial),
        kw!(OptOut, "pause", colloquial),
        kw!(OptOut, "unenroll", colloquial),
        kw!(OptOut, "blocked", colloquial),
        kw!(OptOut, "block", colloquial),
        kw!(OptOut, "spam", colloquial),
        kw!(OptOut, "cease", colloquial),
        kw!(OptOut, "desist", colloquial),
        kw!(OptOut, "discontinue", colloquial),
        kw!(OptOut, "terminate", colloquial),
        kw!(OptOut, "delete", colloquial),
        kw!(OptOut, "erase", colloquial),
        kw!(OptOut, "unreg", colloquial),
        kw!(OptOut, "rmv", colloquial),
        kw!(OptOut, "sto", colloquial, bare),
        // Alone, "stp" is stop without its o; beside words it is the French
        // "s'il te plaît".
        kw!(OptOut, "stp", colloquial, bare),
        kw!(OptOut, "chega", colloquial),
        kw!(OptOut, "хватит", colloquial),
        kw!(OptOut, "🛑", colloquial),
        kw!(OptOut, "🖕", colloquial),
        kw!(OptIn, "subscribed", colloquial),
        kw!(Help, "information", colloquial),
        kw!(Help, "infos", colloquial),
    ]
}

/// The outcome of a whole-message keyword match.
#[derive(Debug, Clone, Copy)]
pub(crate) struct KeywordMatch {
    pub(crate) intent: Intent,
    pub(crate) rule: &'static str,
}

/// Folded keyword and courtesy words, looked up token by token.
#[derive(Debug, Clone)]
pub(crate) struct KeywordTable {
    keywords: HashMap<String, Keyword, BuildHasherDefault<Fnv>>,
    courtesy: HashMap<String, (), BuildHasherDefault<Fnv>>,
}

/// Messages longer than this are never a bare keyword.
const MAX_TOKENS: usize = 8;

impl KeywordTable {
    pub(crate) fn new() -> Self {
        let keywords = builtin()
            .into_iter()
            .map(|(word, k)| (fold_pattern(word), k))
            .collect();
        let courtesy = COURTESY
            .iter()
            .chain(KEYWORD_COURTESY)
            .map(|w| (fold_pattern(w), ()))
            .collect();
        Self { keywords, courtesy }
    }

    /// Every keyword, folded.
    pub(crate) fn words(&self) -> impl Iterator<Item = &str> {
        self.keywords.keys().map(String::as_str)
    }

    /// The keyword `normalized` consists of, if it is nothing more.
    pub(crate) fn match_message(
        &self,
        normalized: &str,
        strict: bool,
        corrected_typo: bool,
    ) -> Option<KeywordMatch> {
        let mut tokens = normalized
            .split(' ')
            .filter(|t| !t.is_empty() && *t != BOUNDARY);
        let mut count = 0;
        let mut best: Option<Keyword> = None;
        let mut keyword_tokens = 0;
        for token in tokens.by_ref() {
            count += 1;
            if count > MAX_TOKENS {
                return None;
            }
            if let Some(keyword) = self.lookup(token) {
                keyword_tokens += 1;
                if best.is_none_or(|b| keyword.intent.precedence() < b.intent.precedence()) {
                    best = Some(keyword);
                }
            } else if !self.courtesy.contains_key(token) {
                return None;
            }
        }
        let keyword = best?;
        let bare = count == 1;
        if strict {
            return (bare && keyword.carrier && !corrected_typo).then_some(KeywordMatch {
                intent: keyword.intent,
                rule: keyword.exact_rule,
            });
        }
        if keyword.bare_only && count > keyword_tokens {
            return None;
        }
        let exact = bare && keyword.exact_allowed && !corrected_typo;
        Some(KeywordMatch {
            intent: keyword.intent,
            rule: if exact {
                keyword.exact_rule
            } else {
                keyword.variant_rule
            },
        })
    }

    pub(crate) fn lookup(&self, token: &str) -> Option<Keyword> {
        if let Some(keyword) = self.keywords.get(token) {
            return Some(*keyword);
        }
        if token.starts_with("unsub") {
            return self.keywords.get("unsub").copied();
        }
        // Run-together replies: "optoutasap", "stopplease".
        ["stop", "optout", "unsubscribe", "cancel", "remove"]
            .into_iter()
            .find_map(|word| {
                let rest = token.strip_prefix(word)?;
                // Squeezing may have eaten a letter shared by both words ("stop"+"please").
                let last = &word[word.len() - 1..];
                let courtesy = !rest.is_empty()
                    && (self.courtesy.contains_key(rest)
                        || self.courtesy.contains_key(&format!("{last}{rest}")));
                courtesy.then(|| {
                    self.keywords.get(word).map(|k| Keyword {
                        exact_allowed: false,
                        ..*k
                    })
                })?
            })
    }
}

#[cfg(test)]
mod tests {
    use super::KeywordTable;
    use crate::optout::Intent;
    use crate::optout::normalize::normalize;

    fn check(text: &str) -> Option<(Intent, &'static str)> {
        KeywordTable::new()
            .match_message(&normalize(text), false, false)
            .map(|m| (m.intent, m.rule))
    }

    #[test]
    fn bare_and_polite_keywords() {
        assert_eq!(check("STOP"), Some((Intent::OptOut, "keyword:stop")));
        assert_eq!(
            check("Stop please"),
            Some((Intent::OptOut, "keyword-variant:stop"))
        );
        assert_eq!(
            check("BAJA gracias"),
            Some((Intent::OptOut, "keyword-variant:baja"))
        );
        assert_eq!(
            check("optoutasap"),
            Some((Intent::OptOut, "keyword-variant:optout"))
        );
        assert_eq!(check("Yes!!"), Some((Intent::OptIn, "keyword:yes")));
        assert_eq!(check("help?"), Some((Intent::Help, "keyword:help")));
        assert_eq!(
            check("HELP STOP"),
            Some((Intent::OptOut, "keyword-variant:stop"))
        );
    }

    #[test]
    fn answers_are_not_keywords() {
        assert_eq!(check("yes please"), None);
        assert_eq!(check("stop by later"), None);
        assert_eq!(check("the end"), None);
    }
}
