//! One test per rule family: replies a shopper might send, written for these
//! tests (not copied from the dev corpus), with the negatives each family
//! must leave alone. The written rules are tested alone, with the learned
//! fallback off; `optout_fallback.rs` tests the fallback.

use std::sync::{Arc, LazyLock};

use sms_inbox::optout::InvalidRule;
use sms_inbox::{Intent, OptOutClassifier};

static CLASSIFIER: LazyLock<OptOutClassifier> = LazyLock::new(|| {
    OptOutClassifier::builder()
        .learned_fallback(false)
        .build()
        .expect("built-in rules compile")
});

#[track_caller]
fn expect(intent: Intent, replies: &[&str]) {
    let wrong: Vec<String> = replies
        .iter()
        .map(|r| (r, CLASSIFIER.classify(r)))
        .filter(|(_, c)| c.intent != intent)
        .map(|(r, c)| format!("{r:?} -> {} ({})", c.intent, c.rule))
        .collect();
    assert!(wrong.is_empty(), "expected {intent}:\n{}", wrong.join("\n"));
}

#[test]
fn carrier_keywords_are_exact() {
    for word in [
        "STOP",
        "stopall",
        "Unsubscribe",
        "CANCEL",
        "end",
        "Quit",
        "REVOKE",
        "optout",
        "opt-out",
        "OPT OUT",
        "remove",
        "Arrêt",
        "TD",
        "退订",
    ] {
        let c = CLASSIFIER.classify(word);
        assert_eq!(c.intent, Intent::OptOut, "{word}");
        assert!(c.is_exact_keyword(), "{word}: {}", c.rule);
    }
    for (word, intent) in [
        ("START", Intent::OptIn),
        ("unstop", Intent::OptIn),
        ("Yes", Intent::OptIn),
        ("HELP", Intent::Help),
        ("info", Intent::Help),
    ] {
        let c = CLASSIFIER.classify(word);
        assert_eq!(c.intent, intent, "{word}");
        assert!(c.is_exact_keyword(), "{word}");
    }
}

#[test]
fn keywords_survive_noise_and_disguise() {
    expect(
        Intent::OptOut,
        &[
            "Stop.",
            "STOP!!!",
            "stop 🙏",
            "🛑",
            "⛔",
            "📵",
            "🚫🚫",
            "s t o p",
            "S.T.O.P.",
            "s-t-o-p",
            "s_t_o_p",
            "stooooop",
            "sssstop",
            "5T0P",
            "$TOP",
            "ST0P",
            "ＳＴＯＰ",
            "𝐒𝐓𝐎𝐏",
            "ꜱᴛᴏᴘ",
            "ЅТОР",
            "s\u{200b}t\u{200b}o\u{200b}p",
            "🇸🇹🇴🇵",
            "UN-SUBSCRIBE",
            "unsub",
            "stop now!",
            "stop please",
            "STOP thank you",
            "cancel pls",
            "END!!",
            "quit it",
            "stop stop stop",
            "stopplease",
        ],
    );
    let c = CLASSIFIER.classify("stop please");
    assert!(
        !c.is_exact_keyword(),
        "courtesy words are not exact keywords"
    );
}

#[test]
fn typos_of_keywords() {
    expect(
        Intent::OptOut,
        &[
            "stpo",
            "sotp",
            "srop",
            "stopp",
            "stopo",
            "unsubscrbe",
            "unsuscribe",
            "unsubcribe",
            "usubscribe",
            "qiut",
            "cancle",
            "remvoe",
        ],
    );
    assert!(!CLASSIFIER.classify("stpo").is_exact_keyword());
    expect(
        Intent::None,
        &[
            "shop",
            "top",
            "step",
            "spot",
            "quite",
            "quiet",
            "subscribe and save?",
        ],
    );
}

#[test]
fn stop_verb_with_message_object() {
    expect(
        Intent::OptOut,
        &[
            "stop these messages",
            "quit with the sms",
            "halt all promos",
            "cancel the text alerts",
            "mute the notifications",
            "no more marketing texts",
            "enough messages already",
            "turn off the texts",
            "shut these off please",
            "end all texts to me",
            "pause the reminders",
            "kill the spam",
            "I'm sick of these texts",
            "fed up with your messages",
        ],
    );
}

#[test]
fn stop_doing_something_to_me() {
    expect(
        Intent::OptOut,
        &[
            "stop messaging me",
            "quit contacting me",
            "cease texting",
            "please stop sending me stuff",
            "stop bugging me with deals",
            "quit pestering me",
            "stop reminding me about my cart",
        ],
    );
    expect(
        Intent::None,
        &[
            "don't stop sending me deals!",
            "never stop texting me these coupons",
            "I can't stop buying",
            "can't stop wearing this",
            "please don't stop the sale",
        ],
    );
}

#[test]
fn do_not_text() {
    expect(
        Intent::OptOut,
        &[
            "don't text me",
            "do not message this number",
            "dont msg me anymore",
            "never contact me again",
            "Do not send me any more texts",
            "don't send these again",
        ],
    );
    expect(
        Intent::None,
        &[
            "don't send it yet, I'm away",
            "do not leave it outside",
            "don't forget my coupon",
        ],
    );
}

#[test]
fn removal_requests() {
    expect(
        Intent::OptOut,
        &[
            "remove me",
            "remove my cell number",
            "delete me from your list",
            "take me off",
            "get me off this list",
            "take us off your texts",
            "erase this number",
            "please remove 555 201 3344 from your list",
            "I'd like to be taken off",
            "can I get removed",
            "drop me from the text list",
            "off the list please",
        ],
    );
    expect(
        Intent::None,
        &[
            "remove the hat from my order",
            "can you take $5 off?",
            "take the blue one off my cart",
            "how do I remove a stain",
        ],
    );
}

#[test]
fn unsubscribe_family() {
    expect(
        Intent::OptOut,
        &[
            "unsubscribe from these",
            "I'm opting out",
            "opt out of everything",
            "I revoke my consent",
            "withdraw consent",
            "please unsubscribe this phone",
        ],
    );
    expect(
        Intent::None,
        &[
            "unsubscribe me from emails but keep the texts",
            "opt out of the shipping insurance",
            "I was going to unsubscribe but this deal is great",
        ],
    );
}

#[test]
fn asking_how_to_stop_is_an_opt_out() {
    expect(
        Intent::OptOut,
        &[
            "how do I stop these?",
            "how can I turn these texts off",
            "how to unsubscribe",
            "is there a way to stop these",
            "how do I get off this list",
            "what do I text to stop these",
        ],
    );
    expect(
        Intent::None,
        &[
            "how do I cancel an order?",
            "how do I stop the zipper from sticking?",
        ],
    );
}

#[test]
fn disinterest_and_not_wanting_texts() {
    expect(
        Intent::OptOut,
        &[
            "not interested",
            "Not interested at all, thanks",
            "no longer interested",
            "I don't want any more texts",
            "I don't need these messages",
            "I'd rather not receive texts",
            "done with these",
            "I'm done",
            "I want zero messages",
            "these texts don't interest me",
        ],
    );
    expect(
        Intent::None,
        &[
            "not interested in the red one, but the blue yes",
            "no thanks",
            "nah I'm good",
            "maybe later",
            "I'll pass",
            "not now",
        ],
    );
}

#[test]
fn hostility_at_the_sender() {
    expect(
        Intent::OptOut,
        &[
            "f*** off",
            "fck u",
            "fuck off",
            "f off",
            "screw you",
            "go to hell",
            "piss off",
            "leave me alone",
            "🖕",
            "buzz off",
            "you people are so annoying",
            "stfu",
        ],
    );
    expect(
        Intent::None,
        &[
            "hell yeah!",
            "this sale is fucking amazing",
            "damn these are cute",
            "wtf my order is late",
            "this is bullshit, my package is lost",
        ],
    );
}

#[test]
fn wrong_number_and_wrong_person() {
    expect(
        Intent::OptOut,
        &[
            "wrong number",
            "Wrong #",
            "you've got the wrong person",
            "I'm not Jessica",
            "this isn't Kevin",
            "Not Brenda.",
            "no one named Carl here",
            "This number doesn't belong to Tom anymore",
            "my late husband's phone, please stop",
            "I got this number last month",
        ],
    );
    expect(
        Intent::None,
        &[
            "wrong address on the order",
            "wrong size",
            "I entered the wrong phone number at checkout",
            "wrong item in the box",
            "I'm not sure",
            "I'm not Interested in the hat",
        ],
    );
}

#[test]
fn consent_denial_and_complaints() {
    expect(
        Intent::OptOut,
        &[
            "I never signed up",
            "I didn't agree to texts",
            "never opted in to this",
            "who signed me up for this?",
            "this is unsolicited",
            "why are you still texting me",
            "too many texts",
            "you text way too much",
            "I'm reporting you",
            "blocking this number",
            "spam",
        ],
    );
    expect(
        Intent::Help,
        &[
            "is this spam?",
            "why am I getting this text?",
            "how did you get my number?",
        ],
    );
}

#[test]
fn partial_revocations() {
    expect(
        Intent::OptOut,
        &[
            "stop the promos",
            "no more cart reminders",
            "just shipping updates please, no ads",
            "only order updates from now on",
            "unsubscribe me from marketing",
        ],
    );
    expect(
        Intent::None,
        &[
            "can you text me once a week instead?",
            "only the big sales please",
        ],
    );
}

#[test]
fn long_message_with_opt_out_at_the_end() {
    let story = "Hi! I bought a lamp from you last spring and it still works perfectly, my whole family loves it and \
                 my sister even ordered two more for her apartment. The delivery was fast and the packaging was great. \
                 That said, I get a text almost every day now, which is more than I can handle. Please remove me from your texts.";
    expect(Intent::OptOut, &[story]);
}

#[test]
fn other_senses_of_the_words() {
    expect(
        Intent::None,
        &[
            "stop by the store",
            "I'll stop in later",
            "end of the month",
            "the bus stop",
            "Stop & Shop",
            "cancel my order #1234",
            "stop the shipment",
            "when does the sale end?",
            "quit my job lol",
            "the weekend works",
            "can you send it Friday",
            "it's quite big",
            "restart my order?",
            "TD bank card",
            "我想退货",
            "stop, this is so cute omg",
            "Liked “Reply STOP to opt out”",
            "the tracking stopped moving",
            "can you halt the delivery until Monday?",
            "Please cancel order 44120",
            "cancel my coffee subscription, next box ships Friday",
        ],
    );
}

#[test]
fn languages() {
    expect(
        Intent::OptOut,
        &[
            "ya no me envíen mensajes",
            "no quiero recibir más sms",
            "denme de baja por favor",
            "número equivocado",
            "arrêtez les sms",
            "je veux me désabonner",
            "keine SMS mehr bitte",
            "bitte abmelden",
            "não me mandem mais mensagens",
            "me tira da lista",
            "non scrivetemi più",
            "toglietemi dalla lista",
            "退订",
            "不要再发了",
            "配信停止",
            "수신거부",
            "стоп",
            "отпишите меня",
            "geen berichten meer",
            "sluta skicka sms",
            "berhenti",
            "ALTO",
            "BASTA",
        ],
    );
    expect(
        Intent::None,
        &[
            "quiero cancelar mi pedido",
            "annuler ma commande",
            "Bestellung stornieren",
            "取消订单",
            "basta che sia rosso",
            "talla baja?",
        ],
    );
}

#[test]
fn opt_in() {
    expect(
        Intent::OptIn,
        &[
            "START",
            "Yes",
            "Y",
            "yes!!",
            "YES 🙌",
            "sí",
            "OUI",
            "ja",
            "sim",
            "UNSTOP",
            "subscribe",
            "sign me back up",
            "add me back please",
            "resume the texts",
            "I want your texts again",
            "opt me in",
            "how do I sign up for texts?",
        ],
    );
    expect(
        Intent::None,
        &[
            "yes please",
            "yes that's my address",
            "when does the sale start?",
            "restart the checkout?",
        ],
    );
}

#[test]
fn help() {
    expect(
        Intent::Help,
        &[
            "HELP",
            "help?",
            "INFO",
            "ayuda",
            "aide",
            "who is this",
            "who's texting me?",
            "what store is this?",
            "what is this?",
            "is this legit?",
            "how often do you text?",
            "msg & data rates?",
            "what's your support number?",
        ],
    );
    expect(
        Intent::None,
        &[
            "help, my package is lost",
            "HELP I ordered the wrong size",
            "more information about the fabric?",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "HELP STOP",
            "who is this? stop texting me",
            "how do I stop these",
        ],
    );
}

#[test]
fn strict_mode_honours_carrier_keywords_only() {
    let strict = OptOutClassifier::builder().strict(true).build().unwrap();
    for word in ["STOP", "s t o p", "Ｓｔｏｐ!", "unsubscribe", "END", "QUIT"] {
        assert_eq!(strict.classify(word).intent, Intent::OptOut, "{word}");
    }
    for reply in [
        "please stop texting me",
        "stop please",
        "stpo",
        "leave me alone",
        "wrong number",
        // Read from the text as sent in the full classifier, but not a
        // carrier keyword.
        "Dừng",
    ] {
        assert_eq!(strict.classify(reply).intent, Intent::None, "{reply}");
    }
    assert_eq!(strict.classify("START").intent, Intent::OptIn);
    assert_eq!(strict.classify("HELP").intent, Intent::Help);
}

#[test]
fn shop_keywords_and_phrases() {
    let shop = OptOutClassifier::builder()
        .keyword(Intent::OptIn, "JOINVIP")
        .keyword(Intent::OptOut, "byebye")
        .phrase(Intent::OptOut, "no more punch cards")
        .phrase(Intent::Help, "loyalty points")
        .build()
        .unwrap();
    let c = shop.classify("JoinVIP!");
    assert_eq!(
        (c.intent, c.rule.as_ref()),
        (Intent::OptIn, "custom-keyword:opt_in:JOINVIP")
    );
    assert!(c.is_exact_keyword());
    assert_eq!(shop.classify("byebye").intent, Intent::OptOut);
    let c = shop.classify("ok but NO MORE PUNCH CARDS");
    assert_eq!(
        (c.intent, c.rule.as_ref()),
        (Intent::OptOut, "custom:opt_out:no more punch cards")
    );
    assert_eq!(
        shop.classify("how many loyalty points do I have").intent,
        Intent::Help
    );
    assert_eq!(
        shop.classify("loyalty points? stop texting me").intent,
        Intent::OptOut,
        "opt-out still wins"
    );
    assert_eq!(
        shop.classify("joinvip now please").intent,
        Intent::None,
        "keywords are whole messages"
    );
}

#[test]
fn unusable_shop_rules_are_refused() {
    let err = |b: sms_inbox::OptOutClassifierBuilder| b.build().unwrap_err();
    assert!(matches!(
        err(OptOutClassifier::builder().keyword(Intent::OptOut, "  ")),
        InvalidRule::Empty { .. }
    ));
    assert!(matches!(
        err(OptOutClassifier::builder().phrase(Intent::OptOut, "!!!")),
        InvalidRule::Empty { .. }
    ));
    assert!(matches!(
        err(OptOutClassifier::builder().keyword(Intent::OptIn, "STOP")),
        InvalidRule::ConflictsWithCarrierKeyword { .. }
    ));
    assert!(matches!(
        err(OptOutClassifier::builder().keyword(Intent::None, "x")),
        InvalidRule::NoIntent { .. }
    ));
    assert!(matches!(
        err(OptOutClassifier::builder()
            .keyword(Intent::OptIn, "vip")
            .keyword(Intent::OptOut, "VIP")),
        InvalidRule::Conflicting { .. }
    ));
    let message = err(OptOutClassifier::builder().keyword(Intent::OptOut, "")).to_string();
    assert!(message.contains("no letters or digits"), "{message}");
}

#[test]
fn shared_across_threads() {
    let classifier = Arc::new(OptOutClassifier::default());
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let c = Arc::clone(&classifier);
            std::thread::spawn(move || c.classify("please stop texting me").intent)
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), Intent::OptOut);
    }
}

#[test]
fn intent_serializes_snake_case() {
    assert_eq!(
        serde_json::to_string(&Intent::OptOut).unwrap(),
        "\"opt_out\""
    );
    assert_eq!(
        serde_json::from_str::<Intent>("\"opt_in\"").unwrap(),
        Intent::OptIn
    );
    assert_eq!(Intent::Help.as_str(), "help");
    assert_eq!(Intent::None.as_str(), "none");
}

#[test]
fn keyword_as_a_later_sentence() {
    expect(
        Intent::OptOut,
        &[
            "your texts are way too frequent. Stop.",
            "not buying anything else, unsubscribe",
            "meh. STOP please",
            "I get these every day!! opt out",
            "ok whatever, 🛑",
        ],
    );
    expect(
        Intent::None,
        &[
            "stop, these boots are gorgeous",
            "which stop, the one on 5th?",
            "I'll take the bus, it's the last stop",
            "please don't stop, I love the deals",
        ],
    );
}

#[test]
fn told_you_to_stop() {
    expect(
        Intent::OptOut,
        &[
            "I asked you twice already to stop",
            "I've begged you guys for weeks to unsubscribe me",
            "told u like 5 times to remove me",
        ],
    );
    expect(
        Intent::None,
        &[
            "I told you to ship it to my work address",
            "I asked you to remove the tag",
        ],
    );
}

#[test]
fn idioms_for_stopping_the_texts() {
    expect(
        Intent::OptOut,
        &[
            "cut it out with these messages",
            "knock it off with the promos",
            "please end all communications with me",
            "no more correspondence please",
        ],
    );
    expect(
        Intent::None,
        &[
            "cut it out of the package please",
            "knock it off the price?",
        ],
    );
}

#[test]
fn complaints_name_who_texts_too_much() {
    expect(
        Intent::OptOut,
        &[
            "you all message me way too often",
            "this store texts me too much",
            "they email and text us so much",
        ],
    );
    expect(Intent::None, &["you all are so nice, thanks so much"]);
}

#[test]
fn product_subscriptions_are_not_the_text_list() {
    expect(
        Intent::None,
        &[
            "unsubscribe me from the wine box please",
            "remove me from the coffee plan, too much coffee",
        ],
    );
    expect(
        Intent::OptOut,
        &["remove me from your list", "unsubscribe me from the texts"],
    );
}

#[test]
fn leave_me_alone_in_other_languages() {
    expect(
        Intent::OptOut,
        &[
            "laissez-moi tranquille",
            "fichez-nous la paix avec vos SMS",
            "lass mich bitte in Ruhe",
            "lassen Sie uns zufrieden",
        ],
    );
    expect(
        Intent::None,
        &[
            "la paix soit avec vous, merci",
            "Ruhe bitte, ich schlafe, Paket morgen?",
        ],
    );
}

#[test]
fn delete_my_number_in_german_word_orders() {
    expect(
        Intent::OptOut,
        &[
            "Entfernen Sie bitte meine Nummer",
            "bitte streichen Sie mich",
            "Löschen Sie meine Daten",
        ],
    );
    expect(Intent::None, &["Löschen Sie bitte die zweite Bestellung"]);
}

#[test]
fn enough_messages_in_portuguese() {
    expect(
        Intent::OptOut,
        &[
            "chega dessas mensagens",
            "basta de propaganda",
            "chega com essas promoções",
        ],
    );
    expect(
        Intent::None,
        &["chega amanhã o pedido?", "chegou a encomenda, obrigada"],
    );
}

#[test]
fn romanized_hindi_stop_and_do_not_want() {
    expect(
        Intent::OptOut,
        &[
            "ye sms band kardo",
            "stop kijiye please",
            "mujhe aapke msg nahi chahiye",
            "texts nahin chahiye",
        ],
    );
    expect(
        Intent::None,
        &[
            "order kab aayega?",
            "mujhe naya size chahiye",
            "band wala dress chahiye",
        ],
    );
}

#[test]
fn tagalog_polite_removal() {
    expect(
        Intent::OptOut,
        &[
            "paki alis po ako sa listahan",
            "pakitanggal po ng number ko",
        ],
    );
    expect(
        Intent::None,
        &["paki check po ng order ko", "alis na po ako bukas"],
    );
}

#[test]
fn katakana_stop_keyword() {
    let c = CLASSIFIER.classify("ストップ");
    assert_eq!(c.intent, Intent::OptOut);
    assert!(c.is_exact_keyword(), "{}", c.rule);
    expect(Intent::OptOut, &["ストップ！", "ストップ お願いします"]);
    expect(Intent::None, &["ストップウォッチはありますか"]);
}

#[test]
fn who_is_this_in_more_languages() {
    expect(
        Intent::Help,
        &[
            "どなたですか",
            "누구신가요?",
            "aap kaun ho?",
            "من معي؟",
            "kto pisze?",
            "kim bu?",
            "ai nhắn vậy? ai đấy?",
            "sino po sila?",
            "מי אתם?",
        ],
    );
    expect(
        Intent::None,
        &[
            "AI is cool",
            "kto ma mój paczkę",
            "sino ang magbabayad ng shipping",
        ],
    );
}

#[test]
fn fast_path_agrees_with_the_full_reading() {
    // Bare keywords and short replies take the fast path; disguised or
    // longer forms take the full path. Both must agree.
    for (fast, full) in [
        ("STOP", "S T O P"),
        ("Stop.", "Stop. 🛑"),
        ("stop 🙏", "stop \u{200b}🙏"),
        ("ok", "ok 1"),
        ("thanks!", "thanks! #"),
        ("YES", "ＹＥＳ"),
        ("HELP", "НELP"),
        ("no thanks", "no thanks 😀 ."),
    ] {
        let (a, b) = (CLASSIFIER.classify(fast), CLASSIFIER.classify(full));
        assert_eq!(a.intent, b.intent, "{fast:?} vs {full:?}");
    }
    assert!(CLASSIFIER.classify("Stop.").is_exact_keyword());
    assert!(CLASSIFIER.classify("stooop!!").is_exact_keyword());
    assert_eq!(CLASSIFIER.classify("I'm not Emily").intent, Intent::OptOut);
    assert_eq!(CLASSIFIER.classify("I'm not sure").intent, Intent::None);
    assert_eq!(CLASSIFIER.classify("👍").intent, Intent::None);
    assert_eq!(CLASSIFIER.classify("🛑").intent, Intent::OptOut);
    assert_eq!(CLASSIFIER.classify("s!! t!! o!! p").intent, Intent::None);
}

#[test]
fn shop_keywords_take_the_fast_path_too() {
    let classifier = OptOutClassifier::builder()
        .keyword(Intent::OptIn, "JOINVIP")
        .keyword(Intent::OptOut, "NOVIP")
        .build()
        .unwrap();
    assert_eq!(classifier.classify("joinvip").intent, Intent::OptIn);
    assert_eq!(classifier.classify("NOVIP!").intent, Intent::OptOut);
    assert_eq!(classifier.classify("STOP").intent, Intent::OptOut);
    let strict = OptOutClassifier::builder().strict(true).build().unwrap();
    assert_eq!(strict.classify("stop please").intent, Intent::None);
    assert_eq!(strict.classify("Stop.").intent, Intent::OptOut);
}

#[test]
fn oversize_replies_are_read_at_both_ends() {
    let story = "we loved the jacket and the scarf and the gloves. ".repeat(200);
    assert_eq!(
        CLASSIFIER
            .classify(&format!("{story} please stop texting me"))
            .intent,
        Intent::OptOut
    );
    assert_eq!(
        CLASSIFIER
            .classify(&format!("Stop texting me. {story}"))
            .intent,
        Intent::OptOut
    );
    assert_eq!(CLASSIFIER.classify(&story).intent, Intent::None);
}

#[test]
fn threats_to_report_to_regulators() {
    expect(
        Intent::OptOut,
        &[
            "I'm filing a complaint with the FTC",
            "will report you to the attorney general",
            "this is a TCPA violation",
            "complained to the FCC about these",
        ],
    );
    expect(
        Intent::None,
        &["is the charger FCC certified?", "report on my order please"],
    );
}

#[test]
fn never_a_customer() {
    expect(
        Intent::OptOut,
        &[
            "I never bought anything from this store",
            "never shopped with you people",
            "I've never purchased from you, lose my number",
        ],
    );
    expect(
        Intent::None,
        &[
            "I never ordered the blue one, I ordered red",
            "never bought shoes this comfy",
        ],
    );
}

#[test]
fn why_did_i_get_this_is_a_question() {
    expect(
        Intent::Help,
        &["why did we receive this message", "why did I get a text?"],
    );
    expect(
        Intent::Help,
        &["are you legit or a scam", "is this real or fake?"],
    );
    expect(Intent::OptOut, &["why do you people keep messaging me"]);
}

#[test]
fn exclamations_and_quoted_footers_are_not_requests() {
    expect(
        Intent::None,
        &[
            "omg stop, that jacket is gorgeous",
            "girl stop this is so cute",
            "Text STOP to unsubscribe haha as if",
            "stop the catalog emails, texts are all I want",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "please stop, too many texts",
            "I replied STOP to opt out and you still text me",
        ],
    );
}

#[test]
fn sign_up_for_text_offers_is_an_opt_in() {
    expect(
        Intent::OptIn,
        &[
            "how do I sign up for text coupons",
            "Réabonnez moi svp",
            "schicken Sie mir wieder Angebote",
            "me inscreva novamente",
        ],
    );
}

#[test]
fn more_languages_and_word_families() {
    expect(
        Intent::OptOut,
        &[
            // Spanish: "stop arriving", "nothing of advertising", insults.
            "quiero que dejen de llegarme sms",
            "nada de promociones por favor",
            "vete al carajo con tanto mensaje",
            // Portuguese and German.
            "quero cancelar minha assinatura",
            "nunca me registrei nessa loja",
            "bitte nehmt mich aus eurem Verteiler",
            // Czech, Greek, Hungarian.
            "přestaň mi psát",
            "μην μου στείλετε άλλα",
            "ne küldjön több sms-t",
            "kérem töröljék a számomat",
            // Thai keeps doubled letters; Korean, Japanese, Tagalog.
            "ขอยกเลิกการรับข่าวสาร",
            "틀린 번호입니다",
            "문자 그만",
            "番号が違います",
            "登録していないです",
            "tigilan nyo na ang text",
            // A keyword with a foreign courtesy.
            "STOP merci beaucoup",
            "basta grazie mille",
        ],
    );
    expect(
        Intent::None,
        &[
            "nada de prisa, cuando puedan",
            "el paquete tiene que llegar el lunes",
            "그만큼 좋아요",
            "ne küldjék még, várok",
        ],
    );
}

#[test]
fn wanting_out_and_can_you_not() {
    expect(
        Intent::OptOut,
        &[
            "let me out of these",
            "i wanna out",
            "can you please not text me",
            "can u not lol",
            "I don't want any more of your promos",
            "STAHP",
            "denme de baja por favor",
            "merci de ne plus m'écrire",
            "não quero mais receber isso",
            "不要再傳簡訊了",
        ],
    );
    expect(
        Intent::None,
        &[
            "can you not ship it until Monday?",
            "I want out of this size, can I exchange?",
            "ne plus jamais commander ici? non, j'adore",
            "obrigado, não preciso mais nada",
        ],
    );
}

#[test]
fn slips_abbreviations_and_short_codes() {
    expect(
        Intent::OptOut,
        &[
            "stoip",
            "Stoo",
            "STOP 74421",
            "unsubscribe 55999",
            "rmv me",
            "rmv pls",
            "opt me our",
            "UNREG",
            "quit testing me",
            "stop testing me pls",
            "uninstall me from your texts",
        ],
    );
    expect(
        Intent::None,
        &[
            "stop testing the new app and ship my order",
            "cancel 55123",
            "sto arrivando",
            "stop at 5",
        ],
    );
}

#[test]
fn fed_up_in_slang_and_on_someone_elses_behalf() {
    expect(
        Intent::OptOut,
        &[
            "im done w all these texts",
            "chill with the messages",
            "ease up on the texts fr",
            "this is my dads phone, take him off",
            "please take my grandma off your list",
            "when did we ever agree to this",
            "never even ordered there",
            "marked as spam",
            "reporting this as junk",
            "we are on the do not call registry",
            "I don't know any Brandon",
        ],
    );
    expect(
        Intent::None,
        &[
            "chill with the shipping delays please",
            "I don't know any better",
            "marked as delivered but not here",
        ],
    );
}

#[test]
fn questions_about_the_program_are_help() {
    expect(
        Intent::Help,
        &[
            "did i sign up for this when i ordered?",
            "did my husband sign me up for these?",
            "will I get these texts every day?",
            "do i have to reply to stay on it",
            "could I get these in spanish",
            "what does reply Y mean",
            "whats this vip club thing",
            "is this the real Acme store or a scam?",
            "is this number really yours?",
            "is there a number I can call",
            "can I talk to a real person",
            "who gave you this number?",
        ],
    );
    expect(
        Intent::None,
        &[
            "what does the blue one look like",
            "is this jacket real leather",
        ],
    );
}

#[test]
fn taking_back_a_stop_and_asking_in() {
    expect(
        Intent::OptIn,
        &[
            "count me in for the text deals",
            "I want in on the sms drops",
            "my sister gets these, i want them too",
            "I said stop but turn them back on please",
            "hit stop by accident, undo that",
        ],
    );
    expect(
        Intent::None,
        &["count me in for the raffle", "turn the lights back on"],
    );
    expect(
        Intent::OptOut,
        &[
            "i said stop, dont turn them back on",
            "this is her phone, she passed, take her off",
        ],
    );
}

#[test]
fn order_talk_and_hypotheticals_are_not_opt_outs() {
    expect(
        Intent::None,
        &[
            "stop sending the replacement to my old address",
            "please stop shipping my order until I am back",
            "that discount is a scam, prices went up",
            "if I unsubscribe from emails will I still get my points",
            "ok stop, is this actually 70% off??",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "stop sending me this junk",
            "this is a scam",
            "what a scam, stop texting",
        ],
    );
}

#[test]
fn a_fourth_round_of_languages() {
    expect(
        Intent::OptOut,
        &[
            "como hago para dejar de recibir estos mensajes",
            "je veux plus recevoir vos messages",
            "comment ne plus recevoir vos sms",
            "nie angemeldet! bitte sofort löschen",
            "tem como cancelar essas mensagens",
            "smettila con questi messaggi",
            "houd op met die berichten",
            "hoe kan ik afmelden",
            "sluta skicka sms",
            "hold op med at sende sms",
            "en halua enää mainoksia",
            "nie chcę więcej wiadomości",
            "nechci žádné zprávy",
            "nu mai vreau sms uri",
            "stamata na mou steleis",
            "відпишіть мене",
            "stoppen",
            "RET",
            "ΣΤΟΠ",
            "إيقاف",
            "הסר",
            "ยกเลิก",
            "galat number hai",
            "আর এসএমএস পাঠাবেন না",
            "پیغام نہ بھیجیں",
            "ga mau terima sms lagi",
            "sitaki tena sms",
            "tu choi",
            "STOP na po",
        ],
    );
    expect(
        Intent::Help,
        &[
            "¿es una estafa?",
            "qual empresa é essa",
            "kdo jste",
            "vem är det",
            "hvem er det her",
            "kuka te olette",
            "хто це",
            "आप कौन हैं",
            "ini siapa",
            "你們是誰",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "vuelvan a mandarme ofertas",
            "réabonnez-moi, je me suis désinscrite par erreur",
            "подпишите меня обратно",
            "dobara list mein add karo",
            "daftarkan lagi, kepencet berhenti",
            "配信を再開してください",
            "다시 받고 싶어요",
        ],
    );
    expect(
        Intent::None,
        &[
            "comment annuler une commande ?",
            "cómo cancelo mi pedido",
            "hoe laat gaan jullie open",
            "ki szállítja?",
        ],
    );
}

#[test]
fn formal_letters_threats_and_scrambled_keywords() {
    expect(
        Intent::OptOut,
        &[
            "Please refrain from sending any further messages to this number.",
            "I ask that you no longer send texts to this phone",
            "we never gave you guys our number",
            "dont need the cart reminders",
            "turn off the promo ones please",
            "im good on the texts, thanks",
            "one more text and I'm reporting you",
            "if I get another text I swear",
            "no more survey requests",
            "sopt",
            "spto",
        ],
    );
    expect(
        Intent::Help,
        &["hlep", "is this the shoe store from the mall?"],
    );
    expect(
        Intent::None,
        &[
            "spot",
            "yelp",
            "one more question about my order",
            "im good on sizes, thanks",
            "if I order one more will it ship together",
        ],
    );
}

#[test]
fn coming_back_and_opting_into_other_things() {
    expect(
        Intent::OptIn,
        &[
            "I unsubscribed last year, can you put me back on the text list?",
            "opted out by mistake, can I get back on?",
            "yes I want to get the texts",
            "send me the deals again",
        ],
    );
    expect(
        Intent::None,
        &[
            "how do I opt in to the rewards program?",
            "signed up for the birthday reward yet?",
            "unsubscribe me from emails but keep texting",
            "Reply STOP to opt out is on every text, I know lol",
            "is the spam musubi kit back in stock?",
            "was about to block you but that code saved you",
            "i would rather die than unsubscribe",
            "honestly I should unsubscribe from my boyfriend lol",
        ],
    );
}

#[test]
fn a_fifth_round_of_languages() {
    expect(
        Intent::OptOut,
        &[
            "mera number list se hata do",
            "ye sms kaise band karu",
            "lasst mich mit euren sms in ruhe",
            "kein Interesse",
            "bitte keine Kurzmitteilungen mehr",
            "veuillez cesser l'envoi de sms",
            "arrêtez de m'texter, chu pus intéressé",
            "como é que eu faço pra parar de receber",
            "ส่งผิดเบอร์",
            "打錯了",
            "唔好再send嘢嚟",
            "请把我的号码从名单里删掉",
            "بطلوا رسايل",
            "أرجو إزالة رقمي",
            "إلغاء",
            "matb3atlish tany",
            "el rakam ghalat",
            "se pa bon nimewo",
            "ভুল নম্বর",
            "தவறான நம்பர்",
            "የተሳሳተ ቁጥር",
            "hủy nhận tin nhắn",
            "ondoa namba yangu",
        ],
    );
    expect(
        Intent::Help,
        &[
            "Woher habt ihr meine Nummer?",
            "¿quiénes son?",
            "¿de dónde sacaron mi número?",
            "¿cada cuánto mandan mensajes?",
            "یہ کون ہے",
            "আপনারা কারা",
            "இது யாரு",
            "ይሄ ማነው",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "me coloca de volta na lista",
            "رجعوني على القائمة",
            "chcę znowu dostawać sms",
            "phir se bhejo offers",
            "다시 문자 받고 싶어요",
            "また配信してほしい",
        ],
    );
    expect(
        Intent::None,
        &[
            "kein Problem",
            "la commande est arrivée",
            "ana mesh fahem el order",
        ],
    );
}

#[test]
fn voice_slips_wishes_and_counted_texts() {
    expect(
        Intent::OptOut,
        &[
            "please stock sending me texts",
            "can yall stop hitting my phone",
            "my mom wants these to stop",
            "I would prefer that these messages cease",
            "keep the order texts, lose the promos",
            "stop the review requests",
            "which keyword do I reply to end these?",
            "I ain't sign up for this",
            "who keeps giving yall my number",
            "I'm the new owner of this number",
            "you texted me 9 times today",
            "Reply STOP to opt out. ok, STOP",
        ],
    );
    expect(
        Intent::None,
        &[
            "stop sending me the wrong size",
            "which bus do I take to the store",
            "I want the sale to go on",
            "please stop the sale from ending lol",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "yes, add me",
            "changed my mind, text me again",
            "accidentally hit unsubscribe, can I get back on?",
            "stop the emails and sign me up for texts instead",
        ],
    );
    expect(
        Intent::Help,
        &[
            "which company is sending these?",
            "is there an email for customer support?",
            "who be this",
            "what is this text club exactly?",
        ],
    );
}

#[test]
fn a_sixth_round_of_languages() {
    expect(
        Intent::OptOut,
        &[
            "ya no me estén mandando mensajes",
            "ya paren con los mensajes",
            "ese número ya no es de Carlos",
            "esse número agora é meu",
            "je veux pus recevoir vos textos",
            "meldet mich bitte von diesen sms ab",
            "hou maar op met die sms",
            "ik heb me nooit aangemeld",
            "nie zapisywałam się",
            "gata cu mesajele",
            "βγάλτε με από τη λίστα",
            "я новий власник цього номера",
            "وقفوا الرسائل",
            "بطّلوا تبعتولي رسايل",
            "khalas matb3atleesh tany",
            "لغو",
            "ਮੈਸੇਜ ਬੰਦ ਕਰੋ",
            "મેસેજ બંધ કરો",
            "మెసేజ్లు ఆపండి",
            "怎么取消这些短信",
            "私は登録していません",
            "pakitigil po",
            "wag nyo na ako i-text",
            "fadlan jooji",
            "e ma fi message ranse si mi",
        ],
    );
    expect(
        Intent::Help,
        &[
            "¿cómo consiguieron mi número?",
            "numaramı nereden buldunuz",
            "شما کی هستید",
            "ఇది ఏ కంపెనీ",
            "આ કોણ છે",
            "yaad tahay",
            "ta ni eleyi",
            "ki moun sa a",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "zet me weer op de lijst",
            "підпишіть мене знову",
            "tekrar sms almak istiyorum",
            "đăng ký nhận tin lại",
            "もう一度登録したい",
        ],
    );
    expect(
        Intent::None,
        &[
            "quiero darme de baja de la caja mensual, pero los mensajes sí me sirven",
            "el pedido ya llegó",
            "dekuji",
        ],
    );
}

#[test]
fn a_reaction_needs_its_quote() {
    expect(
        Intent::None,
        &[
            "Liked “Reply STOP to opt out”",
            "Loved \"Sale ends tonight! Reply STOP to unsubscribe\"",
            "Reacted 😂 to “Your cart misses you. Txt STOP to end”",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "Loved my order, but please remove my number from the list",
            "Liked the sale, still, stop texting me",
        ],
    );
}

#[test]
fn rather_not_bots_fees_and_coming_back() {
    expect(
        Intent::OptOut,
        &[
            "all good, no need to text me going forward",
            "we'd rather you didn't message us",
            "I'm so over your promos",
            "no one asked for all these texts",
            "my number should not be on any marketing list",
            "next time you text me I'm reporting you",
            "my phone is not your billboard",
            "she hasn't used this number since 2019",
            "that isn't him anymore, he changed his number",
            "the man you're texting passed away in March",
            "STOP terima kasih",
            "stop köszönöm",
            "Stop, asante sana",
            "STOP dhanyavaad",
            "¿cómo hago para dejar de recibir estos mensajes?",
            "no autoricé que me enviaran esto",
            "怎么才能不再收到这些短信",
            "문자 그만 받고 싶어요",
            "falsche Nummer, bitte löschen",
            "tolong jangan hantar mesej lagi",
        ],
    );
    expect(
        Intent::Help,
        &[
            "can I talk to an agent please",
            "are you a bot or a person?",
            "is there a real human here",
            "are there any fees for these texts",
            "will these messages eat up my data?",
            "how do I manage my text preferences",
            "which store sent this?",
            "do I know you?",
            "what even is this",
            "how did my number end up on this list?",
            "POMOC",
            "是诈骗吗？",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "restart my text alerts",
            "please re-enable sms",
            "ignore my earlier stop, I want the deals",
            "subscribe my number",
            "add my new number 415 555 0100 to your text list",
            "I'd love to get text updates",
            "text me again",
            "how do I get on the text list?",
            "أرجو إعادة اشتراكي",
        ],
    );
    expect(
        Intent::None,
        &[
            "no need to gift wrap it",
            "I'd rather you ship it Monday",
            "the game is over these days",
            "I never asked for the blue one, I ordered red",
            "if you text me the tracking number I'll be home",
            "my phone is not charging, can you call instead",
            "is there a cheaper option?",
            "which store is closest to me?",
            "do I know when it ships?",
            "what even is the return window",
            "restart the checkout for me?",
            "text me when it's back",
            "no way I'm unsubscribing, these deals slap",
            "unsubscribe my dad from the coffee box, he's gluten free now",
            "take me off the email list, I only read the texts",
            "STOP it's so cute",
        ],
    );
}

#[test]
fn keeping_texts_hypotheticals_and_other_removals() {
    expect(
        Intent::None,
        &[
            "unsubscribe me from the newsletter, keep texting me the codes",
            "if you double the texts I might unsubscribe, but it's fine for now",
            "remove me as the recipient and send it to my sister",
            "omg stop, that dress is everything",
            "Die SMS möchte ich behalten, nur den Newsletter abbestellen",
            "no quiero que dejen de mandarme ofertas",
            "tokonya berhenti jual yang warna merah?",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "opted out by accident, please undo",
            "hit stop by mistake, fix that",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "if I wanted texts I'd ask, stop",
            "remove me from your list",
            "stop texting me, that dress is not everything",
        ],
    );
}

#[test]
fn ending_texts_counting_them_and_keeping_order_updates() {
    expect(
        Intent::OptOut,
        &[
            "end these texts please",
            "time to put an end to these texts",
            "why are you messaging me every morning",
            "another text!! that's the 3rd today",
            "promo texts no, shipping updates are fine",
            "I only need order updates, not promos",
            "kindly discontinue",
            "no use for your promos",
            "go to h*ll",
            "zero interest, thanks",
            "my brother had this number before",
            "pas le bon numéro",
            "falsche Nr.",
            "como faço para parar de receber?",
        ],
    );
    expect(
        Intent::None,
        &[
            "see you at the end of the month",
            "is it over by the weekend?",
            "the sale ends at midnight?",
            "another order, that's the 3rd this year lol",
            "zero interest financing available?",
            "unsubscribed from the emails, just want texts now",
            "my brother had this jacket before",
        ],
    );
    expect(Intent::OptIn, &["riattivate gli sms per favore"]);
    expect(Intent::Help, &["这是什么短信？"]);
}

#[test]
fn nerves_flash_sales_and_someone_else() {
    expect(
        Intent::OptOut,
        &[
            "give it a rest with the promos",
            "your texts are driving me up the wall",
            "no coupon texts pls",
            "I'm fine on the daily deal texts, please stop those",
            "I think you meant to text somebody else",
            "uninterested, thanks",
        ],
    );
    expect(
        Intent::Help,
        &[
            "is this a scam or what",
            "will replying cost me anything",
            "what's the name of your store?",
            "これはどこからですか",
            "ये कौन है",
        ],
    );
    expect(
        Intent::None,
        &[
            "STOP this price is insane in a good way",
            "me dieron de baja del trabajo, puedo pagar luego?",
            "no sale this weekend?",
            "I meant to order the blue one",
        ],
    );
}

#[test]
fn keywords_in_more_languages() {
    for (intent, words) in [
        (
            Intent::OptOut,
            &[
                "Detener",
                "ABBESTELLEN",
                "kündigen",
                "Annulla",
                "opzeggen",
                "Peruuta",
                "KONIEC",
                "Zrušit",
                "leiratkozás",
                "DUR",
                "Batal",
                "tigil",
                "HỦY",
                "Отменить",
                "Скасувати",
                "Διακοπή",
                "توقف",
                "עצור",
                "ביטול",
                "बंद",
                "หยุด",
                "退訂",
                "중지",
            ][..],
        ),
        (
            Intent::OptIn,
            &[
                "ALTA",
                "Anmelden",
                "aanmelden",
                "订阅",
                "구독",
                "Подписаться",
            ][..],
        ),
        (
            Intent::Help,
            &[
                "HULP",
                "hjälp",
                "Hjælp",
                "apua",
                "Yardım",
                "bantuan",
                "Βοήθεια",
                "مساعدة",
                "עזרה",
                "मदद",
                "도움말",
                "ช่วยเหลือ",
            ][..],
        ),
    ] {
        expect(intent, words);
        let with_thanks: Vec<String> = words.iter().map(|w| format!("{w} gracias")).collect();
        let with_thanks: Vec<&str> = with_thanks.iter().map(String::as_str).collect();
        expect(intent, &with_thanks);
    }
    expect(
        Intent::None,
        &[
            "la alta costura",
            "dur de la semaine",
            "batal ke pesan ulang?",
            "hulp met mijn bestelling 4411",
        ],
    );
}

#[test]
fn keeps_texting_scam_questions_and_guarded_words() {
    expect(
        Intent::OptOut,
        &[
            "who the heck keeps texting me",
            "dtop",
            "There's no Marcus here",
            "what word ends these texts",
            "شماره ام را حذف کنید لطفا",
            "我从来没有注册过这个",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "my son typed stop as a joke, add me back",
            "let me back on the text list",
            "Zapisz mnie ponownie",
            "bitte wieder die SMS senden",
        ],
    );
    expect(
        Intent::Help,
        &[
            "fake or legit?",
            "am I charged for texting back?",
            "what type of deals will you text me",
            "weekly or monthly?",
            "bu numara kime ait acaba",
            "ai nhắn tin vậy",
        ],
    );
    expect(
        Intent::None,
        &[
            "no worries here",
            "No Thanks",
            "dá pra cancelar um item do pedido?",
            "posso annullare l'ordine 3321?",
            "more info on the sizing for the boots",
            "what kind of leather do you use?",
            "I don't charge my phone at night",
        ],
    );
}

#[test]
fn coming_back_consent_and_other_senses_of_the_words() {
    expect(
        Intent::OptOut,
        &[
            "I never gave my number to you guys",
            "didn't share my phone number with anyone, how'd you get it",
            "subscribe me from these please",
            "keep the order updates but no more promos",
            "I just want shipping confirmations, not ads",
            "I keep getting texts meant for someone else, take me off",
            "这个号码已经换人了",
            "abonelikten nasıl çıkabilirim",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "I unsubscribed a while back but I want back in",
            "opted out last year and now I miss the texts, can I get them again",
            "can I get those text deals too?",
            "me pueden volver a agregar?",
            "podem me cadastrar de novo?",
            "könnt ihr mich wieder eintragen",
            "我想重新接收短信",
            "muốn nhận lại tin nhắn",
        ],
    );
    expect(
        Intent::Help,
        &[
            "is this the shop I bought the green rug from?",
            "are you associated with Target?",
            "more info on the VIP text club?",
            "c'est quelle boutique ?",
            "bu hangi mağaza",
            "你们怎么知道我的电话？",
            "I don't have your number saved, who's this",
        ],
    );
    expect(
        Intent::None,
        &[
            "please don't ever remove me from this list, love it",
            "I never signed for the parcel, where is it?",
            "how do I unsubscribe from the monthly coffee box?",
            "oops sent that to the wrong number, ignore",
            "stoppp these sandals are everything",
            "能停止发货吗",
        ],
    );
    expect(
        Intent::OptOut,
        &["I unsubscribed but I want these texts to stop for real"],
    );
}

#[test]
fn program_questions_across_languages() {
    expect(
        Intent::Help,
        &[
            "any fees for getting these?",
            "do you guys text on sundays?",
            "is this spam or a real store?",
            "¿de dónde sacaron mi número?",
            "como vocês conseguiram meu número?",
            "qui m'écrit ?",
            "woher haben Sie meine Nummer?",
            "chi mi scrive?",
            "hoe komen jullie aan mijn nummer?",
            "kto to pisze?",
            "откуда у вас мой номер?",
            "numaramı nereden buldunuz?",
            "من أين حصلتم على رقمي؟",
            "מאיפה יש לכם את המספר?",
            "aap kaun ho",
            "saan nyo nakuha ang number ko?",
            "dapat nomor saya dari mana?",
            "多久发一次？",
            "문자 요금이 나오나요?",
            "¿cada cuánto mandan mensajes?",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "أريد الاشتراك مرة أخرى",
            "またメッセージを受け取りたい",
            "kampanyaları tekrar almak istiyorum",
            "jeg vil ha sms igjen",
        ],
    );
    expect(
        Intent::None,
        &[
            "I opted out of the gift wrap, can I add it back?",
            "too many emails, cancel those but leave the texts",
            "¿cada cuánto hacen rebajas de zapatos? es gratis el envío?",
            "运费免费吗？",
            "送料はかかりますか",
            "ist das kostenlos mit dem Versand?",
        ],
    );
}

#[test]
fn more_languages_gift_notes_and_deposits() {
    expect(
        Intent::OptOut,
        &[
            "keine Angebote mehr bitte",
            "salah nombor",
            "ayoko na ng mga text",
            "no m'envieu més",
            "איך לבטל את ההודעות?",
            "jak się wypisać?",
            "надоели ваши смски",
            "die Nummer gehört nicht mehr zu Herrn Braun",
            "no me interesa, gracias",
            "Hören Sie bitte auf damit",
            "Schicken Sie mir keine SMS mehr",
            "mwen pa vle mesaj ankò",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "vuelvan a anotarme porfa",
            "ich möchte wieder SMS bekommen",
            "me cadastra de novo",
            "pengen dapat promo lagi",
        ],
    );
    expect(
        Intent::None,
        &[
            "please leave off the price tag, it's a present",
            "bitte keine Grußkarte dazu",
            "我想退押金",
            "entrar de novo no app não funciona",
            "the tracking page says exception, what does that mean?",
            "no me interesa el color rojo, tienen azul?",
        ],
    );
}

#[test]
fn forgetting_a_number_and_saying_yes_to_something_else() {
    expect(
        Intent::OptOut,
        &["just forget my number", "lose this number forever"],
    );
    expect(Intent::Help, &["yeh kaun bhej raha hai"]);
    expect(
        Intent::None,
        &[
            "yes please 🙏",
            "yeah thanks",
            "forget my number on the order, use the new one",
            "the wrong number of cups arrived",
            "I was gonna ask you to stop texting but that deal got me",
        ],
    );
    expect(Intent::OptIn, &["yes"]);
}

#[test]
fn price_shock_and_official_numbers() {
    expect(
        Intent::None,
        &[
            "stop, this jacket for 30??",
            "wait, stop. 70 off everything?",
            "Stopp, das ist ja krass",
        ],
    );
    expect(
        Intent::OptOut,
        &["stop. 20 off won't change my mind, stop texting"],
    );
    expect(
        Intent::Help,
        &[
            "legit or fake?",
            "is this the official store number?",
            "¿esto tiene algún costo?",
        ],
    );
    expect(Intent::OptIn, &["ich möchte die Angebote wieder bekommen"]);
}

#[test]
fn short_replies_from_the_twentieth_set() {
    expect(
        Intent::OptOut,
        &[
            "रोको",
            "STOP xin cảm ơn",
            "dừng lại!",
            "mera number list se hatao",
        ],
    );
    expect(
        Intent::Help,
        &[
            "why were these sent to my phone?",
            "would I get one daily?",
            "welche Firma ist das",
        ],
    );
    expect(Intent::OptIn, &["put me on your text list"]);
    expect(
        Intent::None,
        &[
            "stop on by anytime",
            "dừng lại ở cửa hàng nào?",
            "stop on",
            "cancel on",
        ],
    );
}

#[test]
fn subtle_complaints_and_ordinary_numbers() {
    expect(
        Intent::OptOut,
        &[
            "I just want shipping updates, none of the promo stuff",
            "only text me when it ships, no deals",
            "no need for these texts anymore",
            "I'd prefer not hearing from you guys by text",
            "I'd like my text subscription cancelled",
            "4th text this week",
            "لا أريد هذه الرسائل",
            "lathos noumero",
            "骚扰短信",
        ],
    );
    expect(
        Intent::Help,
        &[
            "who gave you my number?",
            "can I switch the alerts to my new phone?",
            "scam ba to?",
            "ye sms ke paise lagenge kya",
            "me cobran por los mensajes?",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "ok I want the texts after all",
            "我想订阅",
            "また配信してほしいです",
        ],
    );
    expect(
        Intent::None,
        &[
            "your emails keep going to my spam folder",
            "who is this shipping with?",
            "cancel the email list, I'll stick with the texts",
            "this is a scam, the package never showed and no refund",
            "too many texts, maybe just send the big sales",
            "Nein danke, kein Bedarf",
            "cuál es mi número de guía?",
        ],
    );
    expect(
        Intent::OptOut,
        &["who gave you my number? I never agreed to any of this"],
    );
}

#[test]
fn carts_other_subscriptions_and_spanish_orders() {
    expect(
        Intent::OptOut,
        &[
            "no me vuelvan a escribir",
            "no me vuelvas a mandar nada",
            "stop the cart reminders, I already bought it",
        ],
    );
    expect(
        Intent::Help,
        &["¿con quién hablo?", "¿qué empresa me está escribiendo?"],
    );
    expect(
        Intent::None,
        &[
            "how do I delete an item from my cart?",
            "too many emails, the texts I actually read so keep those",
            "nooo stop, I paid full price yesterday 😭",
            "unsubscribing from Netflix to afford this lol",
            "no manden el pedido todavía",
        ],
    );
}

#[test]
fn wrong_numbers_and_returns_in_more_languages() {
    expect(
        Intent::OptOut,
        &[
            "umekosea namba",
            "شماره را اشتباه گرفتید",
            "ați greșit numărul",
            "ви помилилися номером",
            "вы ошиблись номером",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "vorrei di nuovo ricevere gli sms",
            "phir se offers bhejna shuru karo",
            "不小心退订了，帮我恢复",
        ],
    );
    expect(
        Intent::Help,
        &[
            "où avez-vous eu mon numéro ?",
            "¿esto me cuesta algo?",
            "この番号どこで知ったの？",
        ],
    );
    expect(
        Intent::None,
        &[
            "ho sbagliato numero di scarpe",
            "keine Newsletter mehr bitte, die SMS sind okay",
            "no paran de llegar cosas lindas",
        ],
    );
}

#[test]
fn product_programs_wrong_items_and_ordinary_questions() {
    expect(
        Intent::OptOut,
        &[
            "I only bought a lip balm, I never agreed to weekly texts",
            "didn't consent to marketing texts",
            "Priya had this number before me",
            "the guy who used to have this number before me isn't here",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "text me the restock alerts again please",
            "send me your deals again, I miss them",
            "how do I sign up for your texts?",
            "how can I join the text list",
        ],
    );
    expect(
        Intent::Help,
        &[
            "Are you Bloom Beauty? never heard of you",
            "is this a scam? the link looks weird",
            "Is this spam, I don't recognise the link",
            "where are your text program terms?",
            "is this an automated line or a live person?",
        ],
    );
    expect(
        Intent::None,
        &[
            "how do I opt out of auto-refill for the toner?",
            "unsubscribe me from autoship on the dog food",
            "cancel my auto-renewal on the membership box",
            "you sent the wrong size again. stop sending me small when I order medium",
            "please stop shipping me damaged boxes",
            "how do I stop my foundation from oxidizing",
            "how many points until my next reward?",
            "the dryer shows error code F3, what does that mean",
            "is this a good serum for dry skin?",
        ],
    );
}

#[test]
fn spanish_french_and_portuguese_forms_from_shops_abroad() {
    expect(
        Intent::OptOut,
        &[
            "lárguense a la m*erda con sus promociones",
            "ya no me interesan sus ofertas",
            "dejen ya de escribirme",
            "j'veux pu de textos",
            "je ne veux pas recevoir vos promos",
            "allez vous faire f*tre avec vos textos",
            "lâche-moi avec tes pubs",
            "comment je fais pour bloquer vos sms ?",
            "Pouvez-vous me retirer de votre liste d'envoi ?",
            "só quero notícias da minha encomenda, sem promoções",
            "chega de promoção por sms",
            "não tenho interesse em receber mensagens",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "me di de baja por error, vuélvanme a suscribir",
            "désabonné par erreur, rajoutez-moi à la liste svp",
            "¿dónde me inscribo para las ofertas por sms?",
            "quero me cadastrar para receber as ofertas por sms",
            "je voudrais m'abonner à vos alertes",
        ],
    );
    expect(
        Intent::Help,
        &[
            "¿cuántos textos mandan por semana?",
            "combien de sms vous envoyez par mois ?",
            "quantas mensagens vocês mandam por semana?",
        ],
    );
    expect(
        Intent::None,
        &[
            "sáquenme las botas del pedido, ya no las quiero",
            "remove o casaco do carrinho por favor",
            "retirez le sac de ma commande svp",
            "váyanse al cine, es broma, me encantó el taladro",
            "je veux plus de couleurs pour ce modèle",
        ],
    );
}

#[test]
fn other_european_and_asian_forms_from_shops_abroad() {
    expect(
        Intent::OptOut,
        &[
            "come posso non ricevere più questi sms?",
            "このメッセージどうやって止めればいい？",
            "配信を止めたい",
            "numaramı listenizden silin",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "wo melde ich mich für die Angebote per SMS an?",
            "ik wil me inschrijven voor de sms-berichten",
            "hoe meld ik me aan bij de sms-aanbiedingen?",
            "gusto ko po ulit matanggap ang mga promo",
            "đăng ký nhận tin nhắn khuyến mãi",
        ],
    );
    expect(
        Intent::Help,
        &[
            "kosten die SMS etwas?",
            "wie viele SMS schickt ihr pro Woche?",
            "quanti messaggi mandate al mese?",
            "यह किस दुकान का मैसेज है?",
        ],
    );
    expect(
        Intent::None,
        &[
            "habt ihr keine Akkus mehr auf Lager?",
            "ya no hay taladros en stock?",
            "le modèle est plus en stock ?",
            "acabou o estoque da furadeira?",
            "werkt deze stekker met een Belgisch stopcontact?",
        ],
    );
}

#[test]
fn resigned_sarcastic_and_regional_english() {
    expect(
        Intent::OptOut,
        &[
            "oh wonderful, yet another text from you",
            "I can't handle one more message about dog food",
            "three texts today. enough already.",
            "not fussed about getting your texts, cheers",
            "I'd prefer not to hear from you guys again",
            "how do I get rid of these texts",
            "blocked. bye",
            "need off all your lists please",
            "stahp messaging me",
            "wrong fella, sorry",
            "abeg comot my number",
            "we no wan see una text again",
            "how do I cancel my subscription with your store?",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "stick me on the text list",
            "add my mobile to your sms list please",
            "message me the restock alerts again",
        ],
    );
    expect(
        Intent::Help,
        &[
            "what shoe store is this?",
            "Is this Paws & Co? the pet shop?",
            "is this really the shop's official account?",
            "whered you get my mobile from",
            "what's this club I'm signed up for?",
            "what time of day will you send these",
            "are the replies automated?",
            "na which company dey text me?",
        ],
    );
    expect(
        Intent::None,
        &[
            "stop it, is the cat tree really 30 off??",
            "I'd like to keep getting the texts, just not the emails",
            "my wife says I need to unsubscribe bc I keep buying lol nope",
            "I never signed up for the rewards program, how do I join?",
            "who is this fluffy puppy in the photo",
            "please cancel her litter subscription, she moved",
            "great, another bag of treats for the pup",
            "this blanket is exactly what I needed",
        ],
    );
}

#[test]
fn a_grocery_shops_many_languages() {
    expect(
        Intent::OptOut,
        &[
            "order updates only please",
            "no more coupons and recipes thanks",
            "please no text me again",
            "she gave up this number in May",
            "¿por qué me siguen escribiendo?",
            "ya les dije que no",
            "我对这些短信不感兴趣",
            "tôi không hề đăng ký",
            "làm thế nào để ngừng nhận tin nhắn?",
            "동의한 적 없어요",
            "수신 철회합니다",
            "я не давал согласия",
            "ما اشتركت",
            "نمیخوام این پیامکها رو",
            "sispann voye mesaj ban mwen",
            "mwen pa t janm enskri",
            "lambar khaldan",
            "አቁም",
            "mesaj yo anmède m",
            "je suis saoulée de vos sms",
            "vos textos me gonflent",
            "your texts are driving me up the wall",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "I want to subscribe",
            "we'd love to sign up!",
            "수신 동의할게요",
            "paano po sumali sa promo texts?",
            "ibalik niyo po ako sa text list",
            "mwen vle resevwa tèks yo",
            "دوباره پیامک بفرستید",
            "deals wale sms fir se chahiye",
        ],
    );
    expect(
        Intent::Help,
        &[
            "how often will the texts come?",
            "你哋係邊個？",
            "邊間公司嚟㗎",
            "sao bạn biết số điện thoại của tôi?",
            "mere number aapko kahan se mile?",
            "یہ میسج کون بھیجتا ہے؟",
            "kouman ou jwenn nimewo mwen?",
        ],
    );
    expect(
        Intent::None,
        &[
            "sign me up for the veggie box, 2 people",
            "wrong address, it's apt 4B",
            "¿me doy de baja del plan semanal y paso al mensual?",
            "dalabka Jimcaha jooji fadlan",
            "no more deals on the rice? when is the next sale",
            "is the box for 4 people only?",
            "I want to subscribe to the coffee box",
            "我对这个颜色不感兴趣，有红色吗",
        ],
    );
}

#[test]
fn short_replies_in_many_languages() {
    expect(
        Intent::OptOut,
        &[
            "enough already",
            "ok enough!!",
            "blocking u",
            "取 消",
            "停 止",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "ik wil me opnieuw inschrijven",
            "Nachrichten wieder einschalten bitte",
            "구독 신청할게요",
        ],
    );
    expect(
        Intent::None,
        &[
            "unsubscribe me from emails, keep the texts",
            "stop the newsletters but keep my text alerts",
            "Ja, gerne",
            "Oui, merci",
            "Sim, obrigado",
            "not enough stock?",
            "I have enough shoes lol",
        ],
    );
}

#[test]
fn long_replies_that_rejoin_or_ask() {
    expect(
        Intent::OptIn,
        &[
            "I texted STOP last month because the sales were too much but honestly I miss them, can you add me back to the list?",
            "I replied END to the wrong thread, I want the texts back please",
            "opting back in, sorry about that",
            "me di de baja de las promociones sin querer, ¿me pueden volver a agregar?",
            "je me suis désabonnée de vos sms par erreur, pouvez-vous me réinscrire ?",
            "saí da lista de sms por engano, podem me colocar de volta?",
            "przypadkiem wypisałem się z SMS, proszę zapisać mnie z powrotem",
            "Ich habe mich versehentlich von den SMS abgemeldet, bitte melden Sie mich wieder an",
            "うっかり配信を停止しました。もう一度登録してください",
            "실수로 수신거부했어요. 다시 문자 받게 등록해 주세요",
            "不小心取消了，能重新帮我订阅吗",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "no more. I bought one thing",
            "not interested in any more of your promo texts, the lamp is great though",
            "BAJA, ya no quiero nada",
            "e smettetela con gli avvisi del carrello",
            "proszę nie wysyłać mi więcej SMS-ów",
            "usunąć mój numer, dziękuję",
        ],
    );
    expect(
        Intent::Help,
        &[
            "who sends these texts?",
            "is this the official account for the store? got a weird refund text",
            "what kinds of texts will I get now that I joined?",
            "new phone, how do I change my number for your texts",
            "question about the text club, do I get free shipping?",
            "do the texts ever come on sundays",
            "HELP what are these messages I'm getting, is this some kind of rewards program?",
            "어느 쇼핑몰에서 보낸 문자예요?",
            "どの店からのメッセージですか？",
            "kto do mnie pisze?",
            "Ist diese SMS echt oder Betrug?",
        ],
    );
    expect(
        Intent::None,
        &[
            "the app says it was delivered but there's nothing at my door",
            "o rastreio diz que foi entregue mas não recebi nada",
            "配達の人が荷物を玄関に置いていきました",
            "Baja California shipping takes how long?",
        ],
    );
}

#[test]
fn rejoining_after_an_opt_out_and_asking_who_writes() {
    expect(
        Intent::OptIn,
        &[
            "I unsubscribed in the spring when money was tight but now I want the sale texts again",
            "I'd like to get the texts again. I know I replied stop last year",
            "can I get back on the text list? I opted out a while ago",
            "START. I texted stop by accident and want the alerts back",
            "me di de baja hace meses, pero ahora sí, vuelvan a agregarme por favor",
            "yanlışlıkla abonelikten çıktım, beni tekrar ekleyebilir misiniz?",
            "я случайно отписался, подключите меня обратно",
            "ألغيت الاشتراك بالخطأ، أريد إعادة اشتراكي",
            "mình lỡ tay hủy đăng ký, thêm mình lại nhé",
            "saya tidak sengaja berhenti langganan, bisa didaftarkan ulang?",
            "我上周不小心回了TD退订，请帮我重新订阅",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "I opted out last month and you still text me, I don't want them again",
            "I unsubscribed and now I get texts again and again",
            "me di de baja y no vuelvan a agregarme",
            "I'd like to not receive any more texts from you",
            "I want to cancel the text messages, please don't cancel my order though",
            "solo quiero los avisos de mi pedido, no las promociones",
            "ya no me los manden",
            "Merci d'arrêter de m'envoyer des messages",
            "vous vous trompez de personne",
            "ye sms band kaise kare?",
            "berhenti hantar mesej",
            "tolong berhenti",
        ],
    );
    expect(
        Intent::Help,
        &[
            "is this your official text line or a third party?",
            "is this number monitored by a real person?",
            "will someone actually read my reply?",
            "what is this short code for?",
            "not sure what I signed up for",
            "chi mi sta scrivendo?",
            "bu mesajları kim gönderiyor?",
            "кто мне пишет?",
            "من المرسل؟",
        ],
    );
    expect(
        Intent::None,
        &[
            "what's the jersey number limit?",
            "the link in the text didn't open",
            "is there a way to opt out of gift wrap for one item?",
            "Стоп, это правда скидка 40%?",
            "paketnya berhenti di gudang transit",
            "anak saya tidak berhenti main dengan mainannya",
        ],
    );
}

#[test]
fn a_us_home_shops_quarter() {
    expect(
        Intent::OptOut,
        &[
            "stop ✋",
            "I'd rather not get the sale ones at all, shipping texts are fine",
            "मुझे ये एसएमएस नहीं चाहिए",
            "ya pagué, dejen de recordarme el carrito",
            "hindi po ako nag sign up dito",
            "paki-remove na po ako",
        ],
    );
    expect(Intent::Help, &["这是什么店？", "什麼公司啊"]);
    expect(
        Intent::None,
        &[
            "✋",
            "lol stop it, I paid full price and now it's on sale? can I get the difference",
        ],
    );
}

#[test]
fn spanish_of_a_us_shops_customers() {
    expect(
        Intent::OptOut,
        &[
            "ALTO x fa",
            "oiga ya no me mande mensajes",
            "no me texteen",
            "dejen de fregar con sus promos",
            "me tienen hasta la madre con tanto mensaje",
            "paren ya por favor",
            "¿cómo me quito de esta lista?",
            "¿cómo se desactivan estos mensajes?",
            "how do I hacer que dejen de llegar los texts",
            "ese número ya no es de Rosa",
            "Yo no soy la señora Gutiérrez",
            "xq me siguen mandando promos",
            "cancel los mensajes porfa",
            "solo quiero los avisos de mi pedido, las ofertas ya no",
            "ya no quiero recibir promos",
            "bájale con tus mensajitos",
            "no más mensajitos",
            "ya estuvo con tantas promos",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "apúntenme en la lista de ofertas",
            "reactiven los mensajes por favor",
            "sí, quiero recibir las promociones",
            "me quiero unir",
            "borré los mensajes sin querer, los quiero de vuelta",
        ],
    );
    expect(
        Intent::Help,
        &[
            "quiero más información sobre estos mensajes",
            "quien habla?",
            "q es esto",
            "¿cuál es el número de servicio al cliente?",
            "¿por qué me llegan estos mensajes?",
            "¿cómo cambio mi número para los mensajes?",
            "es real esto o estafa?",
        ],
    );
    expect(
        Intent::None,
        &[
            "me inscribo para los mensajes de ofertas",
            "no dejen de sacar modelos así",
            "¿las sandalias vienen en negro?",
            "cancelen el pedido de las botas porfa",
            "stop, están hermosos",
            "unsubscribe me de los emails pero los texts sí los quiero",
            "no quiero recibir el paquete antes del lunes",
        ],
    );
}

#[test]
fn young_shoppers_slang() {
    expect(
        Intent::OptOut,
        &[
            "never hmu again",
            "can u stop texting me",
            "stop it, i mean the texts not the shoes",
            "f*ck these texts",
            "take me tf out",
            "take my number off",
            "she doesn't even live here anymore",
            "not interested bruh",
            "leave my phone alone",
            "cancel my subscription idk what i signed up for",
            "tama na po ang mga text",
            "Stop the promos, I only want the restock stuff",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "your drop texts can come back now",
            "bring back the restock alerts",
            "pa add ulit ako",
        ],
    );
    expect(
        Intent::Help,
        &[
            "what r these",
            "is this real fr",
            "what time do the restock texts come",
            "where are the rules for the text club",
            "how do i know this is really u",
            "ano ba to",
        ],
    );
    expect(
        Intent::None,
        &[
            "bro stop these are so clean",
            "who is this hoodie for",
            "the stop sign keychain is so funny",
            "the only reason i haven't unsubbed is the drops",
            "yes bestie",
            "help i need these so bad",
            "i spam clicked checkout and still lost",
            "support hasn't answered my email about the refund",
            "di ako makatigil bumili",
        ],
    );
}

#[test]
fn brazilian_and_european_portuguese() {
    expect(
        Intent::OptOut,
        &[
            "PARAR pfv",
            "sair obg",
            "desativem as notificações",
            "me deixem em paz",
            "vtnc com essas msg",
            "parem de encher o saco",
            "porra, todo dia mensagem de vcs",
            "já comprei, para",
            "n dei meu número pra vcs",
            "não autorizei receber",
            "é engano, não sou a Juliana",
            "aqui não tem nenhum Carlos ",
            "a Bia n usa mais esse número",
            "esse cel era da minha tia",
            "cmo saio dessa lista",
            "como eu desativo essas msgs?",
            "n tenho interesse nenhum",
            "pq vcs vivem me mandando promo?",
            "chega de lembretes",
            "n precisa mais me mandar",
            "quero ser removida da lista",
            "deixem de me enviar promoções",
            "retirem o meu número",
            "anulo a subscrição destas mensagens",
            "cancelem o envio de sms",
            "Bloqueado",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "como faço pra me inscrever nas promos?",
            "podem voltar a me mandar as ofertas",
            "sim, me cadastra",
            "desbloqueei vcs",
            "me coloca no clube de ofertas",
            "reativem as mensagens pfv",
            "quero voltar a subscrever",
        ],
    );
    expect(
        Intent::Help,
        &[
            "q loja é essa?",
            "de que empresa é esse número?",
            "onde vcs conseguiram o meu número?",
            "qual o número do SAC?",
            "essas mensagens são cobradas?",
            "pq recebi essa mensagem?",
            "que msg é essa?",
            "quem fala?",
        ],
    );
    expect(
        Intent::None,
        &[
            "gente para, que preço é esse",
            "quero cancelar a assinatura do clube do vinho",
            "para de mandar email, sms pode continuar",
            "nunca parem de mandar promo",
            "Curtiu “Frete grátis hoje! Responda SAIR para cancelar”",
            "vocês param na portaria?",
        ],
    );
}

#[test]
fn french_of_france_quebec_and_africa() {
    expect(
        Intent::OptOut,
        &[
            "STOP ça suffit",
            "chu écoeuré de vos textos",
            "je me suis jamais inscrite",
            "je n'ai jamais accepté ça",
            "jveux pu",
            "retirez-moi svp",
            "ce numéro n'appartient plus à Mme Diallo",
            "on m'a attribué ce numéro en mars",
            "comment on bloque ces sms ?",
            "ça m'intéresse plus",
            "pk vous m'envoyez des sms tous les jours",
            "arrêtez les rappels panier",
            "résilier mon abonnement",
            "allez vous faire voir",
            "Bloquée",
            "Je ne suis pas Kevin, vous vous trompez",
            "je ne veux plus recevoir vos offres",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "désabonnée par erreur, remettez-moi sur la liste",
            "vous pouvez recommencer à m'envoyer les offres",
            "oui, abonnez-moi",
            "ajoutez-moi au club sms",
            "rajoutez mon numéro à la liste",
            "j'aimerais recevoir vos promos",
            "réactivez les textos",
        ],
    );
    expect(
        Intent::Help,
        &[
            "c qui ?",
            "bonjour, c'est de la part de qui ?",
            "vous êtes qui ?",
            "quel est le numéro du SAV ?",
            "pourquoi je reçois ce message ?",
            "c'est quoi ce texto ?",
            "c'est quelle compagnie ?",
            "vous êtes une vraie boutique ?",
        ],
    );
    expect(
        Intent::None,
        &[
            "arrête, c'est trop joli",
            "stop, j'ai craqué",
            "n'arrêtez surtout pas les promos",
            "les sms ça me va, arrêtez juste les mails",
            "désabonnez-moi de la box beauté",
            "A aimé « Répondez STOP pour vous désabonner »",
            "une fois par semaine ça suffit",
            "Gardez les SMS de livraison",
        ],
    );
}

#[test]
fn a_us_gadget_shops_inbox() {
    expect(
        Intent::OptIn,
        &[
            "I replied STOP by accident, please start again",
            "hit stop by mistake, can I still get the deals?",
            "sign up 555 0100 for the sms deals",
        ],
    );
    expect(
        Intent::OptOut,
        &["I don't want these massages anymore", "stop sending me tax"],
    );
    expect(
        Intent::Help,
        &[
            "is this legit or a phishing text? the link is weird",
            "whats this short code",
            "which company is this message from?",
            "how do I change the number that gets these texts?",
            "what number do I call for support?",
        ],
    );
    expect(
        Intent::None,
        &[
            "do I need to opt in to the trade-in credit or is it automatic?",
            "how do I turn off the app notifications? not your texts, those are fine",
        ],
    );
}

#[test]
fn german_and_italian_as_texted() {
    expect(
        Intent::OptOut,
        &[
            "ENDE",
            "stopp, lg",
            "bitte nichts mehr",
            "nix mehr schicken bitte",
            "hab keine Lust mehr auf eure Werbung",
            "bitte mich aus dem Verteiler rausnehmen",
            "löscht meine Handynummer",
            "Frau Weber wohnt nicht mehr unter dieser Nummer",
            "warum schickt ihr mir ständig SMS",
            "wie krieg ich die Werbung los",
            "Angebote bitte abbestellen",
            "interessiert mich überhaupt nicht",
            "haut ab mit eurer Werbung",
            "hört endlich auf mit dem Spam",
            "Abo kündigen bitte",
            "Ich bin nicht Herr Schmidt",
            "cancella grz",
            "nn mandate sms",
            "vorrei essere rimosso dalla lista",
            "gradirei non ricevere più promozioni",
            "ho questo numero da un mese",
            "non ho mai dato il consenso",
            "xké continuate a scrivermi",
            "come mi disiscrivo da questi sms?",
            "niente più offerte",
            "basta cu sti promo",
            "andate a quel paese",
            "vi ho bloccati",
            "disattivate le notifiche",
            "Non sono Marco",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "tragt mich für die Angebote ein",
            "ich will die Deals per SMS bekommen",
            "ja, meldet mich an",
            "nehmt mich wieder in die Liste auf",
            "scritto stop per errore, rimettetemi in lista",
            "come mi iscrivo alle offerte?",
            "voglio entrare nel club",
            "riattivatemi",
            "aggiungete il mio numero alla lista",
            "voglio tornare a ricevere le promo",
        ],
    );
    expect(
        Intent::Help,
        &[
            "von welchem Shop ist das?",
            "ist das echt?",
            "kostet es was wenn ich antworte",
            "wie oft bekomme ich die Nachrichten?",
            "gibt es eine Hotline?",
            "warum bekomme ich diese SMS?",
            "seid ihr ein echter Laden oder Spam?",
            "che azienda è questa?",
            "quanto costano gli sms?",
            "numero del servizio clienti?",
            "perché ricevo questi messaggi?",
            "da dove arrivano questi sms?",
        ],
    );
    expect(
        Intent::None,
        &[
            "hör auf, das Sofa ist so schön",
            "hört bloß nicht auf mit den Rabatten",
            "beim Fitnessstudio gekündigt, jetzt brauch ich Hanteln",
            "sto provando a smettere di fumare",
            "non riesco a smettere di comprare",
            "basta, ho deciso: lo prendo",
            "stop, è bellissimo",
            "niente mail ma gli sms li voglio",
        ],
    );
}

#[test]
fn portuguese_and_french_once_more() {
    expect(
        Intent::OptOut,
        &[
            "aqui não é a Fernanda",
            "ela trocou de número",
            "n quero mais receber essas msgs",
            "q eu respondo pra parar?",
            "parem de encher meu celular",
            "me remove da lista",
            "deixa eu em paz",
            "c plus le numéro de ma femme",
            "il a changé de numéro",
            "je tape quoi pour ne plus rien recevoir",
            "j'veux plus recevoir vos msg",
            "ça suffit les sms",
            "merci de m'oublier",
            "jamais inscrite chez vous",
            "pas intéressé du tout mdr",
            "lâchez-moi la grappe",
            "je ne souhaite plus être contactée",
            "mettez les sms en pause",
            "supprimez mon numéro de votre fichier",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "podem me cadastrar na lista de ofertas?",
            "quero entrar no clube",
            "comment je fais pour recevoir vos offres par sms ?",
            "how can I get the text deals?",
            "pode me inscrever no sms?",
        ],
    );
    expect(
        Intent::Help,
        &[
            "vcs enviam mensagens com que frequência?",
            "c'est quoi ce magasin ?",
            "c'est une arnaque ou pas ?",
            "vous avez eu mon numéro où ?",
            "vous écrivez tous les combien ?",
            "do you charge for these texts?",
        ],
    );
    expect(
        Intent::None,
        &[
            "chegou no whats o link",
            "sai mais barato no boleto?",
            "arrêtez de me faire craquer avec ces prix",
            "pouvez-vous arrêter l'envoi ? je serai absente",
            "continuez les promos !",
            "une fois par mois ça suffit",
        ],
    );
}

#[test]
fn german_nouns_are_not_names() {
    // German capitalises nouns, so "ich bin nicht" needs a title before a name.
    expect(
        Intent::None,
        &[
            "Ich bin nicht Zuhause, bitte beim Nachbarn abgeben",
            "ich bin nicht Kunde bei euch gewesen, aber das Sofa gefällt mir",
        ],
    );
    expect(Intent::OptOut, &["Ich bin nicht Frau Klein"]);
}

#[test]
fn a_capitalised_keyword_is_not_a_name() {
    // "not Stop" has the shape of "not Dave" but names nobody.
    expect(Intent::None, &["not Stop", "I'm not Cancel"]);
    expect(Intent::OptOut, &["not Dave"]);
}

#[test]
fn german_dialects_and_written_out_umlauts() {
    expect(
        Intent::OptOut,
        &[
            "bitte ka werbung mehr",
            "kei Nachrichte meh bitte",
            "schickt mir net mehr so viel",
            "Hörät uf!",
            "lasst mi in Ruah",
            "loescht meine Handynummer bitte",
            "Hier ist nicht Frau Berger",
            "die Nummer gehört seit März mir",
            "diese Nummer war früher von meinem Onkel",
            "wie kommt man aus dem Newsletter raus",
            "die Newsletter könnt ihr euch sparen",
            "kuendigt bitte mein Abo",
            "halt doch einfach die Klappe",
            "pausiert bitte die Werbung",
            "hab eure Nummer grad blockiert",
            "eure Werbung nervt, tschüss",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "tragt mich bitte wieder ein",
            "schaltet die SMS wieder an",
            "wieder aktivieren für die Newsletter bitte",
        ],
    );
    expect(
        Intent::Help,
        &[
            "wie oft schickt ihr sowas?",
            "kostet es was, wenn man antwortet?",
            "wer isch das",
            "gibts ne Hotline?",
        ],
    );
    expect(
        Intent::None,
        &[
            "die SMS will ich aber weiter bekommen, nur keine Mails",
            "Stopp, der Mantel ist echt traumhaft",
            "Stopp! Das Paket bitte zum Nachbarn",
            "habt ihr die Jacke noch in Größe M?",
            "Gefällt mir „Antworte STOPP zum Abmelden“",
            "die Versandkosten sind okay",
            "der Paketbote nervt, schon wieder nicht geklingelt",
        ],
    );
}

#[test]
fn italian_shorthand_and_dialect() {
    expect(
        Intent::OptOut,
        &[
            "disicrivetemi",
            "nn voglio più promo",
            "mi avete stufato con questi messaggi",
            "nun me mannate niente cchiù",
            "smettila o no di scrivermi",
            "sto numero era di mio cugino",
            "sarà il precedente intestatario",
            "nn mi sono mai registrato",
            "eliminate il mio numero grazie",
            "disdico l'abbonamento",
        ],
    );
    expect(
        Intent::OptIn,
        &["rimettetemi nella lista", "vorrei tornare nel club"],
    );
    expect(Intent::Help, &["ki sei?", "ke azienda è?", "è una truffa?"]);
    expect(
        Intent::None,
        &[
            "mi avete rotto con sti ritardi, il pacco dov'è",
            "lasciatelo pure dal vicino",
            "gli sms tenetemeli, le email no",
            "Stop, questo vestito è bellissimo",
            "Ha messo \"Mi piace\" a \"Rispondi STOP per disiscriverti\"",
            "disdico l'abbonamento alla box di caffè",
        ],
    );
}

#[test]
fn french_portuguese_and_spanish_as_texted() {
    expect(
        Intent::OptOut,
        &[
            "retirez mon num svp",
            "pas intéressé par vos promos",
            "encore des sms, j'ai jamais rien demandé",
            "je l'ai jamais donné mon numéro",
            "sacrez-moi la paix",
            "c'est pas le numéro de Kevin",
            "l'ancien propriétaire du numéro c'était pas moi",
            "chega de msgs",
            "descadastar",
            "naum quero nada de vcs",
            "removam o meu contato da vossa base",
            "não pretendo receber mais mensagens",
            "vão tomar no cu",
            "para de encher o saco",
            "esse número era da minha tia",
            "mi número ya no es de Rosa",
            "no me frieguen con sus promociones",
            "no quiero nada de ustedes",
            "nunca les di mi número",
            "borren mis datos",
            "no me interesa nada",
            "cancelad mi suscripción",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "pourriez-vous me réinscrire ?",
            "reativem as msg",
            "podem mandar as ofertas de novo",
            "apúntame",
        ],
    );
    expect(
        Intent::Help,
        &[
            "vous êtes quelle marque ?",
            "pq je reçois des sms ?",
            "combien de sms par mois ?",
            "répondre est payant ?",
            "pq to recebendo isso",
            "responder é cobrado?",
            "qual o telefone do atendimento?",
            "¿contestar tiene costo?",
        ],
    );
    expect(
        Intent::None,
        &[
            "não para de mandar cupom não, tô amando",
            "sigan así, me encantan las ofertas",
            "o motoboy foi no número errado",
            "quero descadastrar o endereço antigo",
            "quiero dar de baja la tarjeta vieja",
            "sácame de una duda: ¿hacen envíos?",
            "bájame el precio porfa",
            "quítenme el seguro del pedido",
            "ya no me manden correos, pero los sms sí",
            "cancelen mi suscripción de la caja de té",
        ],
    );
}

#[test]
fn english_from_speakers_of_other_languages() {
    expect(
        Intent::OptOut,
        &[
            "please stop to send me messages",
            "I never gave you my consent",
        ],
    );
    expect(Intent::OptIn, &["put me back on the list please"]);
    expect(Intent::Help, &["what is this store?"]);
    expect(
        Intent::None,
        &[
            "stop to think about it, the bag is great",
            "what is this store's address",
        ],
    );
}

#[test]
fn indirect_requests_in_a_us_shops_inbox() {
    expect(
        Intent::OptOut,
        &[
            "we're good on the texts, thanks",
            "don't need these constant alerts",
            "I'm gonna pass on the messages",
            "we're moving on from this store",
            "keep your ads off my phone",
            "this number is for work only",
            "time to break up with you",
            "unfollowed you, texts too",
            "opt us out of this",
            "I'd prefer to not hear from your company",
            "it would be great if you would not send any more",
            "please remove my cell number from your database",
            "remove my daughter.",
            "it's my late father's phone",
            "you must have my number by mistake",
            "kick rocks",
            "who the heck keeps texting me",
            "why do you guys text me every single day",
            "daily, and sometimes three times",
            "sure, keep texting me nonstop 🙄 that means stop",
            "I'm not Marcus and I never shopped there",
        ],
    );
    expect(Intent::OptIn, &["alerts back on", "sbuscribe"]);
    expect(
        Intent::Help,
        &[
            "are you a real person?",
            "r u a bot",
            "somebody pretending to be the store?",
            "I don't recognize the name",
            "what's this about?",
            "how often",
        ],
    );
    expect(
        Intent::None,
        &[
            "I'm good, thanks",
            "don't need the receipt",
            "I'll pass on the blue one",
            "my phone is cracked, can you resend the code",
            "is this my son's order?",
            "the label says do not remove",
            "can I cut the tag off the pillow?",
            "unsubscribed from all other stores but kept you",
            "how often do you restock?",
            "I'm not Sure and Marcus isn't either",
        ],
    );
}

#[test]
fn short_replies_in_more_languages() {
    expect(Intent::OptOut, &["SISPANN", "Mwen pa janm mande nou sa"]);
    expect(
        Intent::OptIn,
        &[
            "да",
            "EVET",
            "はい",
            "haan",
            "구독하기",
            "اشترك",
            "abone ol 🙏",
            "zapisz mnie",
            "denme de alta",
            "je m'abonne",
            "quero me cadastrar",
            "重新给我发短信吧",
            "اريد الاشتراك",
        ],
    );
    expect(Intent::Help, &["trợ giúp"]);
    expect(
        Intent::OptOut,
        &[
            "párale con los mensajes",
            "mi celular es solo para trabajo",
            "tigilan mo na ang pag text",
        ],
    );
    expect(
        Intent::None,
        &[
            "¿cómo doy de baja los envíos automáticos?",
            "yung tracking hindi gumagalaw",
            "quero me cadastrar no site, como faço a compra?",
        ],
    );
}

#[test]
fn one_word_yes_help_and_stop_in_more_languages() {
    expect(
        Intent::OptIn,
        &[
            "KYLLÄ",
            "igen!",
            "ano",
            "Wi",
            "ใช่",
            "כן",
            "ہاں",
            "是",
            "হ্যাঁ",
            "네",
            "بله",
            "نعم",
            "አዎ",
            "Ndiyo",
            "Comenzar",
            "reanudar por favor",
        ],
    );
    expect(
        Intent::Help,
        &[
            "CAAWIMAAD",
            "እርዳታ",
            "مدد",
            "সাহায্য",
            "راهنما",
            "who sent me this?",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "বন্ধ করুন",
            "بند کرو",
            "עצור בבקשה",
            "iga saar",
            "dáwọ́ dúró",
            "አትላኩልኝ",
            "ST🅾️P",
            "🅂🅃🄾🄿",
            "🆂🆃🅾🅿",
            "stp",
            "arrêtez stp",
        ],
    );
    expect(
        Intent::None,
        &[
            "Takk",
            "tak",
            "merci stp",
            "is this the same as last year?",
            "stop the emails, texts are fine",
            "stfu this is so cute",
            "stop it, I need this",
        ],
    );
}

#[test]
fn requests_phrased_the_long_way_round() {
    expect(
        Intent::OptOut,
        &[
            "is there a way I could no longer get these alerts",
            "could your messages be stopped for this line",
            "pls top texting me",
            "stop pestering us",
            "I'm not doing your promos anymore",
            "I've had it with all your ads",
            "would you mind not messaging me",
            "these promo texts need to go.",
            "let this be the last text I get from you",
            "make that your last message",
            "hold all the texts",
            "mute those",
            "keep me left off future mailings",
            "please delist my number",
            "bin this number",
            "take. me. off.",
            "nah, off the list",
            "email instead of texts please",
            "texts? no.",
            "only text me about my order from now on",
            "opt me out of the rewards texts",
            "I'm not your customer",
            "I never gave your store permission to text me",
            "wrong digits",
            "Les pediría que dejaran de escribirme",
            "ما اريد رسائل",
            "Bitte nehmen Sie mich aus dem WhatsApp-Verteiler",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "undo that stop",
            "I'd like to start getting your alerts",
            "put me down for the text club",
            "send the texts to this number instead",
            "subscribe my husband's cell",
            "can we get back on the list?",
            "please opt me back in",
            "I texted stop last week but changed my mind",
            "unsubscribed by accident, please restore my subscription",
        ],
    );
    expect(
        Intent::Help,
        &[
            "who am I speaking with?",
            "is this Acme or another company?",
            "which brand are you with?",
            "how'd you guys get my cell number",
            "will you sell my number?",
            "what did we sign up for",
            "can I talk to a real person",
            "what's this text program?",
            "are these automated?",
            "why did I get this text?",
            "what commands can I text?",
            "¿cuánto cuestan los mensajes?",
        ],
    );
    expect(
        Intent::None,
        &[
            "only text me for the big sales",
            "who is this package from?",
            "somebody on ebay is selling these for less, is this a scam?",
            "you keep sending me the wrong color",
            "remove me from the baby registry",
            "one more question and I'll stop bugging you",
            "stop including the paper receipts please",
            "hold the package at the store",
        ],
    );
}

#[test]
fn spanish_from_a_us_shops_customers() {
    expect(
        Intent::OptOut,
        &[
            "paso de tus promos",
            "les pido que me borraran de su lista",
            "como me doy de baja de esto",
            "ya no me sigan mensajeando",
            "basta ya con las promociones",
            "pls stop enviándome cosas",
            "num equivocado",
            "ojalá ya no me mandaran más mensajes",
            "a la mierda tus ofertas",
            "nunca he comprado nada en su tienda",
            "favor de no escribirme",
            "no more msjs",
            "cancel mi suscripción",
            "paren de textearme",
            "otra vez? ya basta",
            "ya no más",
            "eliminen los avisos del carrito",
            "FIN",
            "BAJA ya güey",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "denme de alta porfa",
            "como puedo pa recibir las ofertas?",
            "quiero las promos de nuevo",
            "acepto recibir sus mensajes",
            "start otra vez",
            "resume mis mensajes",
            "turn on los textos",
            "agrégame a su lista",
            "me arrepentí de darme de baja",
            "agreguen mi número nuevo a la lista",
        ],
    );
    expect(
        Intent::Help,
        &[
            "quién te pasó mi celular?",
            "esto es de la empresa de tazas o de qué?",
            "de qué empresa son",
            "quiero hablar con una persona",
            "teléfono de servicio al cliente?",
            "tienen los mensajes en inglés?",
            "a quién le escribo?",
            "qué son las tarifas de mensajes y datos?",
            "es gratis o me cobran?",
            "porque me llegan estos?",
            "como me suscribí a esto?",
            "cada cuanto van a mandar?",
        ],
    );
    expect(
        Intent::None,
        &[
            "di de baja mi card vieja",
            "no escriban el nombre en la caja",
            "no me manden la factura impresa",
            "cancelar la suscripción mensual de la caja de té",
            "anótenme en la lista de espera",
            "con una a la semana basta",
            "¿basta con una caja?",
            "¿envían a Palo Alto?",
            "fin de semana",
        ],
    );
}

#[test]
fn long_replies_that_ask_to_rejoin_or_about_the_program() {
    expect(
        Intent::OptIn,
        &[
            "I unsubscribed last spring when I moved, but please subscribe this number again",
            "Could you re-add me? I think the phone switch unsubscribed me",
            "I told you to stop texting me in May. Sign me back up, I miss the deals",
            "My dad opted out by mistake. Please put him back on.",
            "We want back in. We unsubscribed because there were too many texts",
            "Hi, I texted stop by accident while replying to a store that texts way too much",
            "I'd like to sign up to get your texts, can I just join from here?",
            "Pwede po bang i-subscribe ulit ang number ko?",
            "Potete reiscrivermi? Ho scritto STOP per sbaglio",
            "Se canceló mi suscripción al cambiar de compañía. Quisiera volver a recibir las ofertas",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "don't add me back to anything",
            "never sign me back up, I mean it",
            "no quiero volver a recibir sus mensajes",
            "Consider this my formal revocation of consent to be texted",
            "I did not knowingly agree to any of this",
            "this phone is for emergencies only, take it off your list",
            "My sister might like the texts instead, but take my number off your text list",
            "이 번호는 원래 제 동생이 쓰던 번호예요",
        ],
    );
    expect(
        Intent::Help,
        &[
            "I just want to understand what I signed up for",
            "Is there a monthly fee for this?",
            "Can you confirm this is really from the store?",
            "Please identify yourselves before I answer",
            "I've had texts from two short codes claiming to be you, which is real?",
            "Who has access to my number?",
            "INFO. What is this program exactly?",
        ],
    );
    expect(
        Intent::None,
        &[
            "I unsubscribed from like 20 newsletters this week but kept yours, love the restock texts",
            "Your last text said Reply STOP to end, HELP for help. Anyway, is the hoodie back?",
            "I'm not trying to scam you, I just ordered a day too early",
            "My grandmother passed away, can I return the towels she ordered?",
            "Help! I ordered the wrong size",
            "My daughter put my number in at the register, what's the coupon code?",
        ],
    );
}

#[test]
fn a_us_outdoor_shops_month() {
    expect(
        Intent::OptOut,
        &[
            "put me on your no text list",
            "不要再给我发信息",
            "別再傳簡訊給我",
            "tigil na po ang text",
        ],
    );
    expect(Intent::Help, &["am I chatting with a human?"]);
    expect(
        Intent::None,
        &[
            "the bank blocked my card, can you hold the order",
            "别再等了，快下单",
        ],
    );
}

#[test]
fn german_italian_french_and_portuguese_once_more() {
    expect(
        Intent::OptOut,
        &[
            "Aufhören bitte",
            "ich hab genug von euren Nachrichten",
            "ich will eure SMS nicht",
            "die Werbung brauch ich net",
            "die Nummer hab ich euch nie gegeben",
            "Ich widerrufe meine Zustimmung",
            "bitte mini Nr us de Liste lösche",
            "nehmt seine Nummer aus dem Verteiler, er ist verstorben",
            "hört endlich auf mit dem Mist",
            "Stopp allen SMS",
            "bitte net mehr schicken",
            "revoco ogni consenso",
            "come ci si disiscrive?",
            "sto numero ora è mio",
            "Non sono la signora Conti",
            "nn voglio ricevere offerte",
            "non ho mai comprato nulla da voi",
            "potete togliermi dalla lista?",
            "j'en veux plus de vos promos",
            "je veux pus rien recevoir",
            "sortez-moi de votre liste",
            "chu tannée de vos textos",
            "je retire mon consentement",
            "sai fora",
            "não quero essas promoções",
            "deve ter sido o dono anterior",
            "revogo o consentimento",
            "revoco mi consentimiento",
            "🛑 assez",
            "🚫 SMS",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "möchte wieder dabei sein",
            "nehmt mich wieder in die Liste auf, bitte: könnt ihr mich wieder in die SMS-Liste eintragen",
            "bitte wieder aktivieren",
            "neue Nummer, künftig an diese Nummer schicken",
            "envoyez-moi les offres ici",
            "mandatemi le offerte qui",
            "quero continuar a receber",
            "podem mandar as ofertas para este",
            "je voudrais revenir dans le club",
            "gostaria de aderir ao clube",
            "quero me cadastrar!",
        ],
    );
    expect(
        Intent::Help,
        &[
            "Hotline vom Kundendienst?",
            "ist das Fake oder echt?",
            "mit wem rede ich?",
            "was isch das für e Firma",
            "gli sms sono a pagamento?",
            "numero dell'assistenza?",
            "quelle marque m'envoie ça",
            "à quelle fréquence ?",
            "un téléphone pour joindre le SAV ?",
            "de onde veio essa mensagem?",
            "onde arranjaram o meu contacto?",
            "isso é real ou golpe?",
            "há algum custo para receber?",
            "Informazioni",
        ],
    );
    expect(
        Intent::None,
        &[
            "Gefällt mir: „Antworte STOPP zum Abmelden“",
            "kann ich mein Konto löschen und als Gast bestellen?",
            "Info: bin nächste Woche im Urlaub",
            "basta così, prendo anche la borsa",
            "disdico l'abbonamento alle capsule",
            "Stop, ma è bellissima!",
            "Arrête, ce prix c'est fou",
            "je me désabonne du magazine, pas de vous",
            "le livreur s'est trompé de numéro de rue",
            "pouvez-vous stopper la livraison du colis ?",
            "n'arrêtez jamais les promos",
            "cancelem os emails mas continuem com os SMS",
            "cancellatemi dalle email ma gli sms lasciateli",
        ],
    );
}

#[test]
fn replies_written_to_fool_a_detector() {
    expect(
        Intent::OptOut,
        &[
            "we never agreed to this",
            "there's no point texting me, I moved away",
            "no thanks to your messages",
            "please turn off the review request texts",
            "turn off the points texts, order texts are fine",
            "I've had my fill of your texts",
            "ugh. off the list please",
            "not interested in your promos",
            "different owner now, not whoever signed up",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "yes to the texts",
            "put my number on the VIP text list",
            "I replied stop on the wrong thread, sorry!",
        ],
    );
    expect(
        Intent::Help,
        &[
            "can I get these on another phone?",
            "daily texts or just weekly?",
            "can I reply to this number?",
            "is this the Maple Goods text line?",
            "do we pay for these messages?",
            "info on how this works",
            "can you tell me what I subscribed to?",
        ],
    );
    expect(
        Intent::None,
        &[
            "I nearly bought from a scam site, glad I found you",
            "I thought your text was spam at first lol",
            "other stores spam me, you don't",
            "the wrong number is on the label, it's 12 not 21",
            "wrong chat lol that was for my mom",
            "email the receipt please, don't text it",
            "stop sending catalogs in the mail, texts only",
            "my husband says I should unsubscribe. not happening",
            "I should really unsubscribe but I won't",
            "I told the pizza place to stop, not you",
            "your deals are so good, stop it",
            "stop tempting me",
            "sold out again?",
            "you canceled my order without telling me",
            "unsubscribe me from emails, texting is easier",
            "el correo me llegó a spam",
            "mi esposo dice que me dé de baja, pero ni loca",
        ],
    );
}

#[test]
fn thirty_nine_languages_at_once() {
    expect(
        Intent::OptIn,
        &[
            "DA",
            "θέλω να γραφτώ",
            "jag vill prenumerera",
            "chci se přihlásit k odběru",
            "haluan tilata",
            "хочу підписатися",
            "nataka kujiunga",
            "kaydolmak istiyorum",
            "SMS wapas chalu kar do",
            "mau daftar promo sms",
            "szeretnék feliratkozni",
            "nak langgan",
            "配信を再開してください",
        ],
    );
    expect(
        Intent::Help,
        &[
            "ninyi ni nani?",
            "kost het ontvangen geld?",
            "что это за магазин?",
            "ποιοι είστε;",
            "czy to oszustwo?",
            "honnan van meg a számom?",
            "kuinka usein?",
            "hvem sender dette?",
            "dari toko mana?",
            "これはどこから送られていますか",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "STOP لو سمحت",
            "dige payam nadid",
            "dajcie mi spokój",
            "galat number hai",
            "ik heb nooit toestemming gegeven",
            "haal me van de lijst",
            "sitaki tena jumbe",
            "मेरा नंबर लिस्ट से हटा दो",
            "vai se ferrar",
            "saya tidak pernah daftar",
            "このメールはどうやって解除するの",
            "Erinnerungen bitte abschalten",
        ],
    );
    expect(
        Intent::None,
        &["אפשר להסיר את מדבקת המחיר?", "no me canso de estos aretes"],
    );
}

#[test]
fn short_replies_once_more() {
    expect(
        Intent::OptOut,
        &[
            "Kanpe",
            "⏹️",
            "отстаньте",
            "滚蛋",
            "꺼져",
            "stop nhé cám ơn",
            "ngừng nha",
            "no mas",
            "qué flojera sus mensajes diarios",
            "tama na",
        ],
    );
    expect(
        Intent::None,
        &[
            "start date?",
            "no más de dos por persona?",
            "tama na ang size",
        ],
    );
}

#[test]
fn long_replies_once_more() {
    expect(
        Intent::OptIn,
        &[
            "I opted out in May when my order was late. It got sorted, so I'd like to rejoin the texts",
            "I texted stop from my old phone. Can you sign up this new number?",
            "I unsubscribed last month, lesson learned. Please start sending me the texts again",
            "I told you to stop texting me back then, but I've cooled off. How do I sign back up?",
            "Please subscribe me to the VIP texts, I opted out by mistake",
            "my dad unsubscribed from everything, can you add his number back?",
            "my mom wants in on it too",
            "I would like to be re-enrolled in your SMS program",
            "Nag-STOP po ako dati. Paki-subscribe po ulit itong number ko",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "Your message says reply STOP to opt out, so here I am, replying",
            "please turn off the cart reminders, new arrival texts are fine",
            "He doesn't want the texts. Take his number off",
            "no quiero seguir recibiendo publicidad",
        ],
    );
    expect(
        Intent::Help,
        &[
            "How many texts a week is it?",
            "can I get the texts in Spanish?",
            "did my signup go through? am I on the list?",
            "đây là cửa hàng nào vậy?",
        ],
    );
    expect(
        Intent::None,
        &[
            "your text ends with reply STOP to opt out, fine, but is the zipper covered?",
            "I'm not unsubscribing, don't worry, just a question about points",
            "I unsubscribed from like fifteen stores this week but kept you",
            "I texted STOP to my pharmacy by accident once, never again",
            "my sister keeps telling me to unsubscribe lol",
            "can you stop the shipment on order 4410?",
            "I've been on hold with your customer service line for an hour",
            "I need to cancel my razor subscription",
            "remove my name from the gift message please",
            "at the end of the day I just want a sturdy couch",
            "I want to make sure this isn't a scam before I order",
        ],
    );
}

#[test]
fn dutch_and_polish_with_german_italian_french_and_portuguese_again() {
    expect(
        Intent::OptOut,
        &[
            "haal mijn nummer alsjeblieft van die lijst af",
            "kunnen jullie mijn nummer even verwijderen?",
            "graag niet meer sturen, dank je",
            "Kap er mee!",
            "laat me toch met rust",
            "die sms'jes over aanbiedingen hoeven echt niet meer",
            "waarom sturen jullie me constant berichten",
            "dit nummer was van mijn vader",
            "nie interesuje mnie ta oferta",
            "po co ciągle do mnie piszecie?",
            "anulujcie moją subskrypcję",
            "odczepcie się",
            "zablokowałem was",
            "como faço para não receber mais mensagens?",
            "desapareçam",
            "könnt ihr die Nachrichten bitte sein lassen",
            "das ist nicht mehr die Nummer von Herrn Wolf",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "ho annullato per errore, riattivatemi per favore",
            "iscrivimi",
            "Ik ben per abuis uitgeschreven, kunnen jullie mij weer aanmelden?",
            "stuur me weer de aanbiedingen",
            "ik wil weer berichten krijgen",
            "wypisałem się przez przypadek, zapiszcie mnie z powrotem",
            "chciałabym wrócić na listę",
            "me salí sin querer, quiero seguir recibiendo las promos",
        ],
    );
    expect(
        Intent::Help,
        &[
            "kost dat iets als ik antwoord?",
            "czy odpowiedź jest płatna?",
            "dlaczego dostaję tego smsa?",
            "onde vocês conseguiram meu número?",
            "qué es este programa de puntos?",
        ],
    );
    expect(
        Intent::None,
        &[
            "Stop, die jurk is echt prachtig, hebben jullie hem in het blauw?",
            "Hör auf, die Stiefel sind wunderschön",
            "Arrête, il est trop beau ce manteau",
            "Przestań, ta kurtka jest piękna",
            "„Gefällt mir“ für „Neue Kollektion! Abmelden mit STOP“",
            "keine Newsletter mehr bitte, die SMS sind mir lieber",
            "ik wil de mails niet, sms mag blijven",
            "wypiszcie mnie z newslettera, ale smsy zostawcie",
            "podem parar os emails mas continuem mandando sms",
            "ich möchte die Jacke abbestellen, die ist zu groß",
            "kann ich das zweite Paar abbestellen?",
            "proszę wypisać rachunek na firmę",
            "quero cancelar a assinatura da caixa de vinhos",
            "o número da casa está errado",
            "zły numer domu, powinno być 7",
            "mijn pakket is gestopt met updaten",
            "mandatemi pure le offerte, ma una volta al mese",
            "quiero seguir recibiendo los textos, solo cancelé los correos",
            // Keeping the texts, like "I want to keep getting texts": not a
            // request to start them.
            "quisiera seguir recibiendo",
        ],
    );
}

#[test]
fn long_replies_a_third_time() {
    expect(
        Intent::OptOut,
        &[
            "I almost quit shopping with you after the mix-up, but anyway I'd like to stop getting these texts",
            "Please cancel order 5521 since it's a duplicate, and cancel the texts too while you're at it",
            "Moving forward I only want texts about my orders. Nothing about sales",
            "I typed it wrong before but I still want off the list, thanks",
            "Hi! Lovely shop, but please remove me from the SMS list",
            "Cancelen el pedido no, cancelar los mensajes, eso es lo que pido",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "Unstop. I didn't mean to unsubscribe the other day, my thumb slipped",
            "I want your texts again. Yes, I asked to be removed last year, things changed",
            "I paused them while traveling and never turned them back on, could you switch them back on?",
        ],
    );
    expect(
        Intent::Help,
        &[
            "how'd my number end up on your list?",
            "Could someone tell me what this text program is? I see messages about points",
            "HELP, a text came with a coupon but no store name. Who sent this?",
            "I'm changing carriers next week, can I move my text alerts over to the new number?",
        ],
    );
    expect(
        Intent::None,
        &[
            "My sister said she unsubscribed and then missed the big sale, anyway is the code still good?",
            "My dad used to get these but he unsubscribed when he got a new phone. He wants the same boots though",
            "I opted out of your texts in June because there were too many, but I signed back up and it's been great",
            "I saw how to unsubscribe at the bottom of your text, but I'm not going anywhere lol. Do you price match?",
            "I wasn't trying to unsubscribe, I just clicked the link by accident while scrolling",
            "I'm not trying to stop you from texting me, I just got the same text three times",
            "I keep telling my husband to stop texting me photos of your grills",
            "Could you text me once a week instead? I don't need one every morning",
            "Can I remove my last name from the review I left?",
            "I was about to unsubscribe because of how many texts there were, but that coupon won me back",
            "Is this the rewards club or just order updates? Which one did I join?",
            "Where do I end up typing the promo code at checkout?",
            "text me when it's back in stock please",
            "The buckle won't stop slipping on these sandals, can I exchange them?",
            "I cancelled my order by accident while changing the address, is there a way to undo it?",
            "Please pause the auto-ship for a month, I'll turn it back on when we're home",
            "Mom was in the hospital and asked me to say she's fine and can sign back up later if she wants, thanks for checking",
        ],
    );
    expect(
        Intent::OptOut,
        &[
            "This is my wife's phone, she's recovering from surgery. Please stop texting her for now, she can sign back up later if she wants.",
        ],
    );
}

#[test]
fn a_pet_shops_month_and_thirty_languages_again() {
    expect(
        Intent::OptOut,
        &[
            "stop the auto-ship reminder texts, I'll order when I need to",
            "please stop the reminder texts",
            "Ce n'est pas mon numéro",
            "je connais personne de Sophie",
            "nie zamawiałem żadnych smsów",
            "usuńcie mój numer",
            "bu smsleri nasıl durdururum",
            "достали уже своей рассылкой",
            "ne pishite mne bolshe",
            "не цікавить",
            "wa2fo el rasa2el please",
            "ספאם",
            "lotfan dige sms nafrestin",
            "मेरा नंबर हटा दो",
            "kivabe bondho korbo ei sms",
            "스팸 신고할게요",
            "Sitisha",
            "Dừng",
            "dừng!! 🙏",
            "Dừng lại",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "mujhe sms फिर से चाहिए",
            "vreau să mă abonez din nou",
            "Please confirm I'm back on so I get the sale texts",
        ],
    );
    expect(
        Intent::Help,
        &[
            "is this legit or a phishing text?",
            "ano po ba itong text?",
            "berapa kerap kamu hantar mesej?",
            "kolik mě to stojí?",
            "hur ofta kommer det sms?",
        ],
    );
    expect(
        Intent::None,
        &[
            "the anti-bark collar stopped working after a week",
            "please stop sending the paper catalogs with every order",
            "can you hold the box until I'm back on the 3rd?",
            "you gotta stop, these new collars are unreal",
            "Stopp, wie süß ist das Hundebett",
            "Stop, è troppo carina questa cuccia",
            "стоп, это так мило",
            "stop kak, lucu banget tasnya",
            "Đúng",
            "đúng rồi ạ",
            "그만해 진짜 귀엽다",
            "отпишите от почты, а смс оставьте",
            "unsubscribe me from the emails, I'd rather just get the texts",
            "العنوان غلط، ممكن توقفون الشحنة؟",
            "Σταματήστε την αποστολή, λάθος διεύθυνση",
            "¿puedo pausar el autoship un mes?",
            "نہیں شکریہ",
            "¿cómo hago para que me llegue el pedido antes?",
            "I can't stop reading your texts lol",
            "don't stop the texts, I love the deals",
        ],
    );
}

#[test]
fn replies_written_to_fool_a_detector_again() {
    expect(
        Intent::OptOut,
        &[
            "Please don't reach out to me on this number again",
            "I'm honestly better off without your texts",
            "I take back the ok I gave you to text me",
            "make this the last text I get from you",
            "ghost me permanently",
            "take the hint",
            "I'll pass on any future messages",
            "forget my number",
            "I want to leave the text club",
            "this phone is closed to marketing",
            "you can stop trying now",
            "not today or ever",
            "is there an off switch for these?",
            "how do I get these to stop",
            "go bug someone else",
            "I'm not who you think I am",
            "I never checked any box for this",
            "who said you could text me?",
            "my sister typed my number at checkout, I shouldn't be on your list",
            "I'd prefer not to get any more of these promo texts",
            "order updates are fine but the sale blasts have to go",
            "I only want to hear about my orders",
            "tracking updates yes, promos no",
            "you can retire the cart reminders",
            "no quiero que me contacten por aquí",
            "es de mi hija, no le escriban",
            "¿cómo puedo salirme de esta lista?",
            "¿cuántas veces tengo que pedir que paren?",
            "que este sea el último mensaje",
            "los avisos del pedido bien, pero las ofertas ya no",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "cancel my opt-out please, I want the deals back",
            "I unsubscribed in May and miss you, how do I get back on?",
            "I quit your texts, dumb idea, I want them back",
            "please remove me from the do-not-text list",
        ],
    );
    expect(
        Intent::Help,
        &[
            "if I ever want to unsubscribe, what do I do?",
            "not that I want to, but what's the stop word just in case?",
            "si algún día quiero dejar de recibirlos, ¿qué hago?",
            "is this really the store or a scammer?",
        ],
    );
    expect(
        Intent::None,
        &[
            "take me off backorder and ship the rest",
            "unsubscribe me from the autoship on the dog food",
            "emails are a lot, texts are perfect",
            "I dropped the emails, texts are how I'd rather hear from you",
            "I need a break from shopping, not from your texts",
            "oh stop, you had me at free returns",
            "Stop it, you're going to make me broke",
            "my roommate replied STOP last week and now she wants the code",
            "I almost replied stop but then I saw the sale",
            "I wish I could unsubscribe from my own cart habit",
            "which exit do I take for the outlet store?",
            "my card got revoked, can I pay another way?",
            "mi prima se dio de baja y ahora quiere el código",
            "número equivocado en mi dirección, es el 12",
            "no me quiero dar de baja, solo cambien mi talla",
        ],
    );
}

#[test]
fn long_replies_in_six_european_languages() {
    expect(
        Intent::OptOut,
        &[
            "Me voy de viaje un mes, pausad los mensajes hasta que vuelva",
            "qué pesados, dejadme en paz",
            "sacad mi número de la lista, gracias",
            "Mettez mes SMS en pause, je reviendrai",
            "les relances du panier, merci de les couper",
            "come faccio a far smettere questi sms?",
            "le promozioni no, fermatele",
            "as promoções, por favor parem",
            "suspendam as mensagens até eu voltar",
            "por que insistem em mandar mensagens?",
            "Ich möchte keinerlei Werbung per SMS",
            "die Nachrichten für meinen Mann bitte einstellen",
            "ich will weder Mails noch SMS, bitte komplett raus",
            "Haal mijn nummer van jullie sms lijst halen aub",
            "hoezo blijven jullie me berichten sturen?",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "Me di de baja pero volved a mandarme mensajes, porfa",
            "¿me podéis volver a dar de alta?",
            "Je m'étais désabonnée, remettez-moi sur la liste SMS",
            "vous pouvez réactiver vos SMS pour moi",
            "Ich hab aus Versehen STOPP geantwortet, bitte mich wieder für die SMS anmelden",
            "Ik had me uitgeschreven, maar jullie mogen me de berichten weer sturen",
        ],
    );
    expect(
        Intent::Help,
        &[
            "¿cada cuánto mandáis mensajes?",
            "¿de dónde habéis sacado mi número?",
            "gli sms li pago io?",
            "quantas mensagens vocês mandam por semana?",
            "as mensagens têm algum custo?",
            "woher habt ihr meine Handynummer?",
            "is dit oplichting?",
            "kost het mij iets als jullie sms'en?",
            "entrei no clube sms ontem, quantas mensagens vocês mandam por semana?",
        ],
    );
    expect(
        Intent::None,
        &[
            "estoy de baja por maternidad, entregad cuando queráis",
            "me habéis cancelado el pedido sin avisar",
            "me di de baja el año pasado pero volví a marcar la casilla y genial",
            "los correos no, pero los SMS seguid mandándomelos",
            "je me suis réinscrite le mois dernier, le code marche ?",
            "ma sœur s'était désabonnée, moi j'adore vos SMS",
            "gardez-moi bien pour les SMS",
            "mauvais numéro de rue sur ma commande",
            "non riesco a smettere di indossare la felpa",
            "non smettete di mandarmeli!",
            "minha irmã se descadastrou mas eu adoro",
            "adoro as mensagens, nunca parem!",
            "ik zeg mijn koffie-abonnement op, de sms'jes mogen gewoon blijven komen",
        ],
    );
}

#[test]
fn a_us_electronics_shops_month() {
    expect(
        Intent::OptOut,
        &[
            "stop asking me for a review, I never leave them",
            "order texts are fine but I don't want the promo texts anymore",
        ],
    );
    expect(
        Intent::None,
        &[
            "how do I stop my laptop from going to sleep?",
            "STOP it, $15 for earbuds?? adding to cart",
            "please don't stop these sale texts, they're how I found you",
        ],
    );
}

#[test]
fn long_replies_a_fourth_time() {
    expect(
        Intent::OptOut,
        &[
            "Kindly refrain from texting this number going forward.",
            "I asked your support team to stop these twice already. Please sort it out.",
            "Someone has been using my number on your site. Please remove it.",
        ],
    );
    expect(
        Intent::OptIn,
        &["My son unsubscribed thinking the texts were his. I'd like to be resubscribed, please."],
    );
    expect(
        Intent::Help,
        &[
            "A text says reply Y to confirm, but which subscription is this?",
            "I don't know what I'd be saying yes to here",
            "My number is changing, how do I get the alerts to go to the new phone?",
            "How do the text alerts work, is it every day?",
            "Which one is the real one? Two numbers say they're you",
            "Did you switch providers? I want to make sure it's still you",
        ],
    );
    expect(
        Intent::None,
        &[
            "I used to unsubscribe from everything, but I've kept yours",
            "the salesman said end of the month for the restock",
            "I texted STOP in May, then opted back in on your site, all good now",
            "Opted back in yesterday and already found a deal!",
            "my brother keeps joking about unsubscribing, ignore him",
            "Don't unsubscribe me! My husband's email was the one to remove",
            "I'd hate for the texts to stop if the store closes",
            "someone used my card without permission, can you stop the order?",
            "my customers' replies get lost on my platform",
            "I gave the shop my mum's number for the delivery, can you call her?",
            "Mon conjoint s'est désabonné, mais moi j'adore vos textos",
        ],
    );
    expect(
        Intent::OptIn,
        &["J'ai répondu STOP par erreur, j'aimerais recommencer à recevoir vos messages"],
    );
    expect(
        Intent::OptOut,
        &["ya no quiero recibir las promociones, lo de mis pedidos sí"],
    );
}

#[test]
fn replies_to_order_updates() {
    expect(
        Intent::OptOut,
        &[
            "cancel the order AND the texts",
            "stop the shipment and stop these messages too",
            "cancel my box and cancel these messages",
            "cancelen el pedido y también los mensajes",
            "how do I stop the shipping texts",
            "Please stop sending order updates to this number, it's my work phone",
            "take me off the text list for order updates",
            "cancel my order and unsubscribe me from the order update texts",
            "no more 'how was your delivery window' surveys please",
            "I never ordered anything, how did you get my number",
            "what's the word to reply so these stop coming",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "yes text me the tracking",
            "please add this number for pickup notifications",
            "my kid somehow unsubscribed me from your texts, please add me back",
        ],
    );
    expect(
        Intent::Help,
        &[
            "what order?",
            "which order are you talking about? haven't bought anything lately",
            "how often are you going to text me about this order?",
            "is it one text per order or one per shipment update?",
            "what do I get for being on the text list?",
        ],
    );
    expect(
        Intent::None,
        &[
            "STOP sending to my old address!! I updated it in the app",
            "Please stop sending queens lol, I ordered a king",
            "stop sending me mediums, I ordered a large",
            "quit sending the wrong size please",
            "is there a way to opt out of needing someone home to sign?",
            "STOP this is the cutest box yet",
            "stop! I meant to order the medium, can you swap it before it ships",
            "take me off the waitlist for the linen duvet, bought one elsewhere",
            "Subscribe me to the refill plan",
            "unsubscribe me from the monthly sock club",
            "Não cancela não, ainda quero!",
            "No cancelen mi pedido por favor",
            "取消月度盒子的订阅",
            "I never ordered anything this big before lol",
            "thanks for the order and the texts, very helpful",
            "what's the word on my order?",
            "what order should I wear these in",
            "how often do you restock?",
            "what is this store's address",
            "turn the lights back on",
        ],
    );
}

#[test]
fn stop_without_the_usual_words() {
    expect(
        Intent::OptOut,
        &[
            "we had a good run, bye",
            "i think it's time i broke up with your texts... breaking up with your texts",
            "consider this my resignation from the text club",
            "honestly i'd prefer radio silence from you guys",
            "put me down as a hard no on the texting",
            "no need to text me anymore, I'll check the site",
            "i'd like to go back to not hearing from you",
            "could you guys maybe... not text me",
            "can you not text me anymore",
            "can you please not text me at all going forward?",
            "can you not text me at midnight? actually just stop entirely",
            "is there any way you could just not?",
            "you can lose my number now",
            "Please suppress this number from all future campaigns.",
            "Going forward, email is the only way I'd like to be contacted.",
            "bought it already, you can drop the reminders",
            "i don't even read these",
            "no more of this please",
            "I know what the TCPA is, keep it up",
            "screenshotting all of these for my complaint",
            "the next text gets reported",
            "who gave you my number? cause it wasn't me",
            "pierdan mi número por favor",
            "el próximo mensaje lo reporto",
            "ya me tienen harta, los voy a bloquear",
            "ya fue suficiente con tanto mensaje",
        ],
    );
    expect(
        Intent::OptIn,
        &[
            "i unsubscribed in a moment of weakness, undo that pls",
            "i stopped these by accident months ago, can i have them back",
        ],
    );
    expect(
        Intent::Help,
        &[
            "is this legit or one of those scam texts",
            "is there fine print on this text deal thing somewhere?",
        ],
    );
    expect(
        Intent::None,
        &[
            "we're done here, the return went through, thanks!",
            "ok who gave you permission to be this cute. adding to cart",
            "3 texts today and every one was a banger. take my money",
            "less texts more coupons pls 😂",
            "only text me about restocks, that's all i care about tbh",
            "leave me alone with these prices, how am i supposed to save money 😭😂",
            "ugh i'm so done with this heat, do you have the linen shorts in tan",
            "can i get the receipt texted to me",
            "no more dark roast?? when's it coming back",
            "don't lose my number, I want the sale alerts",
            "can you drop the price on the boots",
            "I read all of these, love them",
            "can you please not text me before 9am",
        ],
    );
}
