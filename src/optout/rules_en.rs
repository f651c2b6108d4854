//! English phrase rules.
//!
//! Patterns run over the canonical text (see `normalize`): every token is
//! preceded by a space, `,` marks the end of a clause, and words are written in
//! plain spelling because patterns are folded like messages. Order matters only
//! within one intent: the first matching rule names the decision.

use super::rules::Rule;

/// A past opt-out and an explicit request to be added back ("I unsubscribed by
/// mistake, add me back"): an opt-in, and a guard on the opt-out words.
const REJOIN_REQUEST: &str = " (?:i |we )?(?:opted out|optedout|unsubscribed|unsubbed|replied stop|texted stop|said stop|replied end|texted end|sent stop|sent end|stopped (?:the |your )?texts)(?: [^ ,]+| ,){0,25} (?:add me back|add us back|sign me back up|put me back|opt me back in|resubscribe me|re subscribe me|(?:want|need|would like) (?:them|the texts|your texts|those texts) back|add me (?:back )?to (?:the |your )?(?:text |texting |sms )?list(?: again)?|restore (?:my|the) (?:subscription|texts|text alerts)|(?:i )?take (?:it|that) back|changed my mind|opt (?:me |us )?back in(?:to)?)(?: |$)";

/// A keyword sent by mistake ("I hit STOP by accident"): the shopper wants the
/// texts, so an opt-in, and a guard on the opt-out words.
const ACCIDENTAL_STOP: &str = " (?:hit|pressed|tapped|clicked|sent|typed|texted|replied|wrote) (?:stop|unsubscribe|end) (?:by mistake|by accident|accidentally|on accident|on the wrong thread|in the wrong chat|to the wrong number)(?: |$)";

/// A past opt-out reported beside a wish for the texts again ("I said stop in
/// August, but I want the texts again"): an opt-in, and a guard on the opt-out
/// words. The wish needs its own subject, so "I don't want them again" is not one.
const REJOIN_AFTER_OPT_OUT: &str = " (?:opted out|optedout|unsubscribed|unsubbed|said stop|texted stop|replied stop|sent stop|said end|replied end|stopped (?:the |your )?texts)(?: [^ ,]+| ,){0,30} (?:i|we|id|i d|im|i m|and|but|so) (?:really |now |do |just )?(?:want|wanna|would like|d like|like|need|am ready|m ready) (?:to )?(?:get |receive |have |see |hear about )?(?:the |your |those |them |these |text |sms )?(?:[^ ,]+ ){0,4}(?:again|back)(?: |$)| (?:i|we|id|i d) (?:really |now )?(?:want|wanna|would like|d like|like|need) (?:to )?(?:get|receive|have) (?:the |your |those )?(?:texts|{MSG}|alerts|deals)(?: [^ ,]+){0,2} again(?: [^ ,]+| ,){0,30} (?:opted out|unsubscribed|said stop|texted stop|replied stop)(?: |$)| (?:(?:can|could|may) (?:i|we)|too late to) (?:get|go|come) back on (?:the |your )?(?:text |texting |sms )?(?:list|texts)(?: [^ ,]+| ,){0,30} (?:opted out|unsubscribed|said stop|texted stop|replied stop)(?: |$)";

/// An explicit request to be subscribed again ("please subscribe this number
/// again", "sign me back up"), wherever it stands: an opt-in, and a guard on
/// the opt-out words of the story around it ("I unsubscribed when I moved").
macro_rules! rejoin {
    () => {
        " (?:subscribe|resubscribe|re subscribe) (?:me|us|this number|my number|her|him)(?: [^ ,]+){0,3} again| resubscribe (?:me|us|this number|my number)| re add (?:me|us|my number|this number)| sign (?:me|us|her|him) back up| (?:i |we )?want back in| (?:i |we )?want (?:the|your) (?:texts|{MSG}|deals|offers|codes) (?:back|again)(?: |$)| (?:cancel|undo|reverse) (?:my|the|that) (?:opt out|optout|unsubscribe|stop)(?: |$)| (?:be|get) (?:resubscribed|re subscribed)(?: |$)| how (?:do|can|could) (?:i|we) get back on(?: the (?:list|texts|text list))?{END}| (?:quit|unsubscribed from|stopped|opted out of) (?:your |the )?texts(?: [^ ,]+| ,){0,4} (?:i )?want them back| remove (?:me|my number|this number) from (?:the|your) (?:do not text|do not contact|dnc|opt out|blocked) list|^ (?:{F} )*unstop(?: |$)| opt (?:me |us )?back in| re enroll(?:ed)? in| (?:turn|switch) (?:them|the texts|it) back on| (?:put|add) (?:me|us|her|him|my number|this number|his number|her number) back(?: on| in| to)?(?: |$)| (?:can|could|may) i subscribe this number| add (?:me|us) to your (?:[^ ,]+ )?(?:text|sms|texting) (?:list|club)| (?:get|be) back on the (?:text|texting|sms) list| rejoin (?:the )?(?:texts|text list|text club|sms list|texting list)| add (?:this|my) (?:new )?number to (?:your|the) (?:text|texts|list|sms)| (?:please )?start (?:sending|texting)(?: me)?(?: the| your)?(?: texts| deals| promos)? again| turn (?:my|the) texts (?:back )?on| (?:would love|d love|want|d like|would like) to (?:get|receive|start getting) (?:your |the )?(?:texts|promos|{MSG}|deals)(?: [^ ,]+){0,2} again| sign (?:me|us|her|him) up again| (?:i )?want to unstop| (?:be )?added back to (?:the|your) (?:text|texting|sms) (?:club|list)| (?:d like|would like|want) to (?:actually )?receive your (?:texts|{MSG}|promos)| sign up this (?:new )?number| (?:im|i m) back on(?: the (?:list|text list|texts|sms list))?(?: so| and| now| right|{END})| (?:i|we|me|us|to|please|pls|just|can i|could i) sign back up|^ (?:{F} )*sign back up| subscribe (?:me|us|this number|my number|her|him) to (?:the |your )?(?:[^ ,]+ )?(?:texts|text list|text club|sms)| subscribe this number(?: {F})*{CLAUSE_END}"
    };
}
const REJOIN: &str = rejoin!();
/// The same request negated ("don't turn them back on"): an opt-out, which
/// the guard on [`REJOIN`] leaves alone.
const NEGATED_REJOIN: &str = concat!(
    " (?:dont|do not|doesnt|does not|never|please dont)(?: ever)?(?:",
    rejoin!(),
    ")"
);

/// Every English rule, opt-out first.
/// An opt-out told as past and taken back ("I unsubscribed in a moment of
/// weakness, undo that"): an opt-in, and a guard on the opt-out words.
const UNDO_OPT_OUT: &str = " (?:unsubscribed|unsubbed|opted out|stopped (?:these|them|the texts)|said stop|texted stop|replied stop)(?: [^ ,]+| ,){0,8} (?:undo (?:that|it|this)|can i (?:have|get) them back|i want them back)";

pub(crate) const RULES: &[Rule] = &[
    // --- opt-out: the sender stops or refuses the texts -------------------
    Rule::opt_out(
        "phrase:stop-messages",
        " (?:stop|stopall|stopping|quit|cease|halt|discontinue|pause|end|kill|mute|silence|block|cancel|turn off|shut off|switch off|shut down|disable|unsubscribe|unsub|optout|suspend|terminate|put an end to|put a stop to|no more|enough|zero|done with|done w|sick of|tired of|fed up with|chill with|chill on|ease up on|ease up with|easy with|easy on|slow down with|calm down with|get rid of|ditch|knock off|knock it off|cut it out|cut out|lay off|hold off on|skip the|spare me|lose the|ditch the|give it a rest with|give it a rest on){GAP} {MSG} ",
    ),
    Rule::opt_out(
        "phrase:stop-sending",
        " (?:stop|stp|stock|quit|cease|discontinue|halt|pause|end|no more|enough|enough with the|done|quit with the|stop with the|stop w) {SENDING} ",
    ),
    Rule::opt_out(
        "phrase:do-not-text",
        " (?:dont|do not|dnt|never|quit|stop) (?:ever |again |u |you |yall |even |pls |please )?(?:(?:text|txt|txting|texting|msg|message|messaging|sms|spam)(?: |$)|testing (?:me|us|this number)(?: |$)|(?:bother|bug|contact|email|dm|hit up|hit|call|send|reach out to) (?:me|us|this|my|him|her|again))",
    ),
    Rule::opt_out(
        "phrase:do-not-send",
        " (?:dont|do not|never|stop|quit|no need to) (?:ever )?send(?:ing)? (?:me |us )?(?:any |anymore |more |any more |these |those |your |the |all |all the |all these )*(?:{MSG}|these|them|stuff|anything|crap|things|links|deals|offers|promos|this) ",
    ),
    Rule::opt_out(
        "phrase:do-not-send",
        " (?:no longer|refrain from|cease|discontinue|desist from) (?:send|sending|texting|messaging|contacting)(?: me| us| this number| this phone| this telephone)?(?: any| further| more| additional)* (?:{MSG}|texts|to this|to my|me|us)",
    ),
    Rule::opt_out(
        "phrase:do-not-contact",
        " (?:dont|do not|never) (?:want|wish|like|need) (?:to be|being) (?:contacted|texted|messaged|bothered|spammed|called|sent|on)",
    ),
    Rule::opt_out(
        "phrase:do-not-text-list",
        " (?:do not|dont|no) (?:text|call|contact|disturb|message|sms|email) (?:list|registry|register) | dnc ",
    ),
    Rule::opt_out(
        "phrase:no-messages",
        " no(?: [^ ,]+)? (?:texts|txts|messages|msgs|sms|smses|texting|messaging|marketing|promos|promotions|promotional [^ ,]+|ads|advertising|spam|reminders|newsletters|junk|notifications|alerts|review requests|survey requests|requests for reviews) ",
    ),
    Rule::opt_out(
        "phrase:no-more",
        " no more(?: of (?:these|this|them|it|that|your [^ ,]+|the [^ ,]+))?{END}",
    ),
    Rule::opt_out(
        "phrase:remove-me",
        " (?:remove|rmv|removing|delete|deleting|erase|wipe|purge|unlist|unenroll|unregister|deregister|unsubscribe|unsub|scratch|strike|exclude|uninstall) {ME} ",
    ),
    Rule::opt_out(
        "phrase:take-me-off",
        " (?:take|get|cross|strike|kick|pull|opt|sign|count|leave) (?:{ME}|him|her|them|my (?:mom|mother|dad|father|wife|husband|son|daughter|grandma|grandpa|kid|kids|child|partner)) (?:off|out|of)(?: |$)| opt (?:me|us) our(?: |$)",
    ),
    Rule::opt_out(
        "phrase:off-list",
        " (?:remove|rmv|removed|delete|deleted|erase|drop|unsubscribe|unsub[^ ]*|opt|optout|kick|scratch|strike|wipe|purge|exit|leave|quit|uninstall)(?: [^ ,]+){0,5} (?:off|from|out of|of) (?:of )?(?:(?:your|the|this|ur|that|these|all|yall|ya|whatever|any|every|all of your|all the|all your|those|its|my) )*(?:[^ ,]+ )?(?:lists?|texting list|mailing list|databases?|systems?|contacts?|club|{MSG}|this list)(?: |$)| (?:want|like|need|wanna|get|be) (?:me )?(?:off|out of) (?:of )?(?:your|the|this|ur|that|all|these|all your) (?:[^ ,]+ )?(?:lists?|club|{MSG})(?: |$)",
    ),
    Rule::opt_out(
        "phrase:be-removed",
        " (?:be|get|been|being|getting|to be) (?:removed|unsubscribed|deleted|taken off|opted out|unenrolled|unlisted|unsubbed)",
    ),
    Rule::opt_out(
        "phrase:leave-list",
        "(?:^(?: {F})* of|(?: exit| leave| leaving| quit| quitting| unjoin| get off| drop off| be off| want off| me off)(?: of)?) (?:the|this|your|ur|that|these) (?:[^ ,]+ )?(?:list|club|program|texts|text club|vip list)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:unsubscribe",
        " (?:on |an |un )?subscribe (?:me|us|my number|this number) from| (?:unsub[^ ]*|optout|opting out|opted out|opt outs|optouts|revoke|revoking|revoked|withdraw(?:ing)? (?:my )?consent|desubscribe|unenroll(?:ing)?|deregister)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:cancel-subscription",
        " (?:cancel|end|stop|terminate|discontinue) (?:my |the |this |your |our |all )?(?:sms |text |texting |message |txt )?(?:subscription|subscriptions|membership to (?:texts|the texts))(?: (?:with|from|to) (?:you|yall|u|ya|you guys|you lot|your store|your shop|this store|this shop))?{CLAUSE_END}",
    ),
    Rule::opt_out(
        "phrase:how-to-stop",
        " (?:how|what|where|which)(?: [^ ,]+){0,5} (?:stops?|ends?|quit|quits|cancels?|turn off|turns off|shut off|shuts off|mute|mutes|block|blocks|disable|disables|get off|get out of|pause) (?:these|them|this|em|{MSG}|getting|receiving|the list|this list|your list|all this)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:how-to-stop",
        " how (?:do|can|does|to|would|should)(?: [^ ,]+){0,3} (?:stop|end|quit|opt out|get off|turn off|get removed|be removed){END}",
    ),
    Rule::opt_out(
        "phrase:how-to-stop",
        " (?:way|option|button|link|place|setting) to (?:stop|end|quit|unsubscribe|unsub|optout|get off|turn off|turn these off|turn them off|block|mute|cancel (?:these|the texts|{MSG}))",
    ),
    Rule::opt_out(
        "phrase:said-stop",
        " (?:said|say|saying|replied|reply|replying|responded|texted|typed|sent|wrote|told you to|told u to|asked you to|asked u to|asked to|asking you to|asked) (?:stop|stopall|unsubscribe|unsub|optout|remove me|remove (?:{F} )*(?:,|$)|end|quit|cancel|to stop|to be removed)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:said-stop",
        " (?:told|asked|begged|requested) (?:you|u|yall|you guys|you people|ya)(?: [^ ,]+){0,4} to (?:stop|quit|unsubscribe|unsub|optout|opt me out|remove me|take me off|stop texting|stop sending)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:want-it-to-stop",
        " (?:want|wants|need|needs|would like|like|wish|wishes|make|get|let|can you make|how do i make|prefer that|ask that|request that)(?: [^ ,]+){0,2} (?:{MSG}|these|them|this|it|em|the texting) (?:to )?(?:stop|end|cease|go away|quit|be stopped|be discontinued)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:turn-off",
        " (?:turn|shut|switch|cut) (?:these |the |my |your |all |all the |all these |all of these |all of the |of )*(?:{MSG}|these|them|this|it|em|those) off| (?:turn|shut|switch) off (?:the |all |all the |your |these |those |my )?(?:[^ ,]+ )?(?:{MSG}|ones|blasts)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:keyword-clause",
        " (?:stop|stopall|remove|unsubscribe|unsub|optout|🛑)(?: {F})* (?:,|$)",
    ),
    Rule::opt_out(
        "phrase:keyword-clause",
        "^ (?:{F} )*(?:stop|stopall|unsubscribe|unsub|optout|remove|🛑)(?: {F})* ,",
    ),
    Rule::opt_out(
        "phrase:keyword-clause",
        "^ (?:{F} )*(?:stop|unsubscribe|unsub|optout) (?:who|why|what|wtf|i|im|ive|u|you|your|ur|we|this is|these|seriously|already|now|asap|immediately|damn|dammit|ffs|goddamn|fucking|fuckin|the texts|the {MSG}|and|for real|forever|right now|please|pls) ",
    ),
    Rule::opt_out(
        "phrase:keyword-clause",
        "^ (?:{F} )*(?:stop|stopall|unsubscribe|unsub|optout)(?: [0-9]{4,6})(?: {F})* (?:,|$)",
    ),
    Rule::opt_out(
        "phrase:keyword-after-quote",
        "^ (?:reply|text|txt|send) (?:stop|stopall|unsubscribe) to (?:opt out|optout|unsubscribe|unsub|end|cancel|quit|stop)(?: {F})* ,(?: {F})*(?: ,)? (?:stop|stopall|unsubscribe|unsub|optout|🛑)(?: {F})*(?: ,(?: {F})*)* $",
    ),
    Rule::opt_out(
        "phrase:not-interested",
        " (?:not|no longer|not really|nt|never|not even|no) (?:at all )?(?:interested|intrested|interesed|intersted)(?: (?:at all|anymore|any more|whatsoever|really|in (?:these|this|them|it|that|any of (?:this|these|it|that|your [^ ,]+)|(?:your|the|these|any|receiving|getting|being on)(?: [^ ,]+)? (?:{MSG}|offers|deals|stuff|products|company|store|brand|shop|list|club))|in receiving|in getting|in texts|in {MSG}))*{CLAUSE_END}",
    ),
    Rule::opt_out(
        "phrase:not-interested",
        " no (?:interest|thanks no more)(?: {F})* (?:,|$)| (?:{MSGX}|you) (?:dont|do not|doesnt) interest me",
    ),
    Rule::opt_out(
        "phrase:do-not-want",
        " (?:dont|do not|dnt|no longer|never|didnt|did not) (?:really )?(?:want|need|wish to (?:receive|get)|care for|care about|like)(?: to)?(?: (?:receive|get|getting|receiving|be getting|be sent|see|have))?(?: (?:any|these|those|the|your|ur|more|anymore|any more|all|all these|all the|all of these|all your|a|yall|such|so many|daily|constant|of))*(?: [^ ,]+)? {MSG} ",
    ),
    Rule::opt_out(
        "phrase:do-not-want",
        " (?:dont|do not|no longer|never) (?:really )?(?:want|need|wish to (?:receive|get))(?: to)?(?: (?:receive|get|getting|receiving|be getting|see))?(?: (?:any|more|any more|all))* (?:these|them|em|any of (?:these|this|it|them))(?: (?:anymore|any more|again|no more|ever))*{CLAUSE_END}",
    ),
    Rule::opt_out(
        "phrase:do-not-want",
        " (?:prefer|rather|like|want|wish|choose|request) not (?:to )?(?:receive|get|be getting|be sent|be texted|be contacted|be messaged|have|get any)(?: (?:any|these|those|the|your|more|text))* (?:{MSG}|these|them|texts)",
    ),
    Rule::opt_out(
        "phrase:done",
        " (?:im|i am|were|we are|i m) (?:so |totally |really )?(?:done|finished|over it|out|leaving|gone){END}",
    ),
    Rule::opt_out(
        "phrase:done",
        " (?:i want|i wanna|we want|let me|let us|get me|get us) out(?: of (?:this|these|it|here|them|that|all this|this list|your list|the list|these texts))?{END}",
    ),
    Rule::opt_out(
        "phrase:not-interested",
        " (?:im|i am|were|we are) (?:good|ok|okay|fine|set|all set) on (?:the |your |these |all the )?(?:{MSG}|texting)(?: |$)",
    ),
    Rule::opt_out(
        "complaint:too-many",
        " (?:one|1|another|a single) more (?:text|{MSG})(?: from (?:you|u|yall|this number))?(?: and| i swear| im|{END})| if (?:i|we) (?:get|receive|see) (?:one|1|another|a single)(?: more)? (?:text|{MSG})",
    ),
    Rule::opt_out(
        "phrase:do-not-text",
        "^ (?:{F} )*can (?:you|u|yall|ya) (?:please |pls |just )?not(?: (?:text|txt|message|msg|contact|spam|send)(?: me| us| this number)?)?{END}",
    ),
    Rule::opt_out(
        "phrase:done",
        " (?:done|finished|over) with (?:this|these|them|you|you guys|yall|it all|your [^ ,]+|the {MSG}|all this|all of this)(?: |$)",
    ),
    // --- opt-out: complaints about being texted ----------------------------
    Rule::opt_out(
        "complaint:too-many",
        " (?:too|to|way too|so|way to) (?:many|much|often|frequent|frequently) (?:{MSG}|texting|messaging)| (?:you|u|yall|ya|you guys|you people|you all|this store|this company|they) (?:text|texts|message|messages|msg|send|sends|spam|spams|txt|email|emails|contact|contacts)(?: and (?:text|texts|message|messages|email|emails|call|calls))?(?: me| us)?(?: [^ ,]+)? (?:too|way too|way to|so) (?:much|often|many)",
    ),
    Rule::opt_out(
        "complaint:too-many",
        " (?:these|the|your|ur|all these|all the|so many|all your) {MSG} (?:are|is|r) (?:so |getting |really |very |way too |too )?(?:annoying|too much|excessive|spam|old|a lot|ridiculous|insane|obnoxious|nonstop|constant|unwanted|unnecessary|harassment|irritating|overwhelming|out of control|wearing me out|driving me (?:crazy|nuts|mad|insane|up the wall|bonkers)|doing my head in|getting on my nerves|exhausting|tiring)",
    ),
    Rule::opt_out(
        "complaint:too-many",
        " (?:texted|messaged|sent|hit) (?:me|us|my phone)(?: like)? (?:[0-9]+|so many|a hundred|a million|too many) (?:times|texts|messages)",
    ),
    // Ordinals reach the rules as the normaliser reads digits beside letters:
    // "3rd", "4th" and "5th" become "erd", "ath" and "sth".
    Rule::opt_out(
        "complaint:keep-texting",
        " (?:why|y|how come)(?: [^ ,]+){0,3} (?:keep|keeps|still|always|constantly|continue to|continuing to) (?:texting|messaging|sending|contacting|spamming|hitting|bugging|bothering|getting|receiving)| who(?: the (?:hell|heck|fuck|fck|f|fk))? (?:keeps|keep) (?:texting|messaging|spamming|txting|sending|bugging|bothering) (?:me|this|us)(?: |$)| (?:why|y|how come) (?:are|r|do) (?:you|u|yall|ya) (?:texting|messaging|txting|spamming|text|message) (?:me )?(?:every|each|all) (?:single )?(?:day|morning|night|week|hour|time)| (?:second|third|fourth|fifth|2nd|3rd|erd|ath|sth|[0-9]+th) (?:text|message|msg|txt|one) (?:today|this week|this morning|tonight|in a row|in an hour|this hour)(?: |$)| (?:another|yet another) (?:text|message|txt|msg)(?: {F})*(?: ,)* (?:this is|thats|that s|its|it s) (?:the |my )?[^ ,]+ (?:one |text |message )?(?:today|this week|this morning|in a row)",
    ),
    Rule::opt_out(
        "complaint:keep-texting",
        " (?:you|u|yall|they|these|{MSG}|it) (?:never|dont|wont|just wont|just dont|cant|keep|keeps|still) (?:stop|quit|end)(?:ping)?(?: |$)| (?:i )?keep getting (?:these|this|{MSG}|your {MSG}|texts)",
    ),
    Rule::opt_out(
        "complaint:report",
        " (?:report|reporting|reported|complain|complaining|complained|file a complaint|filing a complaint)(?: [^ ,]+){0,3} (?:to|with) (?:the )?(?:fcc|ftc|attorney general|better business bureau|bbb|authorities)(?: |$)| (?:fcc|ftc|tcpa) (?:complaint|violation|violations)(?: |$)",
    ),
    Rule::opt_out(
        "complaint:spam",
        " (?:spam|spamming|spammy|spammers?|scammers?|scam|harassment|harassing|robotext|robotexts)(?: |$)",
    ),
    Rule::opt_out(
        "complaint:report",
        " (?:block|blocking|blocked|report|reporting|reported|flag|flagging|flagged) (?:this|you|u|your|ur|the|this) (?:number|sender|company|store|account|texts|messages|#|spam|as spam)| (?:reported|reporting|report|marked|marking|mark|flagged|flagging|flag)(?: (?:this|it|you|u|these|them|yall|your texts|this number))? as (?:junk|spam)(?: |$)| (?:blocked|reported|blocking you|reporting you|reporting this|blocking this|block this|report this|block you|report you){CLAUSE_END}| (?:to|will|gonna|going to|about to|should|i ll) (?:block|report) (?:you|this|your|ur)",
    ),
    Rule::opt_out(
        "consent-denied",
        " (?:never|didnt|did not|dont remember|do not remember|dont recall|do not recall|never ever|havent|have not|hadnt|aint|ain t)(?: [^ ,]+)? (?:sign up|signed up|signup|subscribe|subscribed|opt in|optin|opted in|consent|consented|give (?:you )?(?:my )?(?:consent|permission|number|it|this number)|gave (?:you |u |yall |ya |you guys |them )?(?:my |our )?(?:consent|permission|number|it|this number|you my number)|(?:agree|agreed|ask|asked|register|registered|enroll|enrolled|join|joined|request|requested|authorize|authorized|want|wanted)(?: to| for| for any| to receive| to get| to be on)?(?: any of| all of| none of)? (?:these|this|them|texts|{MSG}|your list|the list|being texted|be texted))",
    ),
    Rule::opt_out(
        "consent-denied",
        " (?:never|didnt|did not) (?:ever )?(?:put|gave|give|giving|entered|enter|typed|shared|share|provided|provide|handed out) (?:you |u |yall |ya |it |this )?(?:it|my number|this number|my phone|my digits|my info|my cell|the number|my phone number|my cell number)(?: in| out| down| to (?:you|u|anyone|anybody)| with (?:you|u|anyone|anybody)| anywhere| online)*(?: |$)",
    ),
    Rule::opt_out(
        "consent-denied",
        " (?:never|not once) (?:ever |even )?(?:ordered|shopped|bought|purchased|been a customer)(?: anything| a thing)? (?:here|there|from (?:you|u|yall|your store|this store|this company|them)|with (?:you|u|yall|this store|this company)|at (?:your|this) (?:store|shop))(?: |$)",
    ),
    Rule::opt_out(
        "consent-denied",
        " who (?:signed|put|added|subscribed|registered|enrolled) (?:me|this number|my number|you my number)| who (?:keeps?|kept) (?:giving|selling|sharing|handing out) (?:you|u|yall|ya|out) (?:my|this|our) (?:number|digits|info)| when did (?:i|we) (?:ever )?(?:agree|sign up|signup|subscribe|opt in|optin|consent|ask|give (?:you )?(?:my number|permission|consent))(?: |$)| without (?:my )?(?:consent|permission|asking)| (?:dont|do not|never) (?:have|had|gave|give) (?:my )?(?:consent|permission)| no (?:consent|permission)(?: |$)| (?:unsolicited|unwanted|unauthorized) ",
    ),
    Rule::opt_out(
        "wrong-number",
        " (?:wrong|wrng|incorrect) (?:number|phone number|phone|cell|cell number|person|guy|girl|lady|contact|recipient|texter|#|num)(?: |$)| (?:not|isnt|is not|aint) (?:the )?(?:right|correct) (?:number|person)| (?:have|got) the wrong (?:person|guy|girl|one)",
    ),
    Rule::opt_out(
        "wrong-number",
        " (?:number|phone|cell|line)(?: [0-9]+)*(?: is| s)? (?:not|isnt|no longer|aint|not for) [^ ,]+s(?: |$)| (?:not|isnt|is not|aint) (?:[^ ,]+s|his|her|their|my|mine) (?:number|phone|cell)| (?:doesnt|does not|no longer|dont|do not|doesn t) (?:have|has|use|own|uses|owns) (?:this|that|the|his|her) (?:number|phone|cell)| (?:number|phone|cell|line) (?:doesnt|does not|no longer|dont|isnt) (?:belong|belongs|belonging) to",
    ),
    Rule::opt_out(
        "wrong-number",
        " number (?:has )?changed (?:owners|hands)| (?:number|phone) (?:was|is|got|has been|has) (?:reassigned|recycled|transferred|ported|changed)| (?:previous|old|former|last|prior) (?:owner|user|holder)| new (?:owner|user) of (?:this|the) (?:number|phone|line)| (?:got|have|bought|received|inherited) this number| new number(?: [^ ,]+)*(?: ,)?(?: [^ ,]+)* (?:doesnt|does not|no longer|isnt|is not|dont)",
    ),
    Rule::opt_out(
        "wrong-number",
        " (?:late|deceased|dead) (?:mother|father|mom|mum|dad|husband|wife|son|daughter|grandmother|grandfather|grandma|grandpa|brother|sister|aunt|uncle|partner|friend|spouse)s?| (?:mother|father|mom|mum|dad|husband|wife|son|daughter|grandmother|grandfather|grandma|grandpa|brother|sister|aunt|uncle|partner|he|she|owner) (?:passed|passed away|has passed|has died|is deceased|died)(?: |$)| no one (?:here |by that name |named|called|with that name|lives here)| (?:nobody|noone) (?:here |named|called|by (?:that|the) name)| dont know (?:any|anyone|anybody|a) (?:one )?(?:named|called|by)| (?:not|isnt|is not) (?:the|a|an) (?:account holder|account owner|owner|customer|subscriber|person you|right person|client)",
    ),
    Rule::opt_out(
        "hostile",
        " (?:fuck|fuk|fck|fk|fuc|f\\*+|f\\*+k|f\\*+ck|fu\\*+|fu\\*+k|f\\*+\\*|phuck|eff|f|frick|frig|freaking|screw|piss|bugger|buzz|shove|naf|f ck) (?:of|off|you|u|ya|yourself|urself|youself)(?: |$)|^ back off{END}",
    ),
    Rule::opt_out(
        "hostile",
        " go (?:to hell|to h\\*+ll|to heck|die|screw yourself|f yourself|fuck yourself|jump|away{END})|(?:^| ,) (?:please |pls |just |now )?go away| (?:leave|let) (?:me|us|my phone|my number|my inbox) (?:alone|be|in peace|the hell alone|tf alone|the fuck alone|the f alone)| (?:get lost|drop dead|bite me|get bent|screw you|screw u|lose my number|piss off|kiss my|eat shit|up yours)(?: |$)",
    ),
    Rule::opt_out(
        "hostile",
        " (?:you|u|ur|youre|you are|ya|yall are|you guys are|you people are|you people|yall|bunch of|fucking|stupid) (?:so |really |very |fucking |such |the most )?(?:idiots?|morons?|losers?|scammers?|spammers?|creeps?|clowns?|assholes?|jerks?|pests?|annoying|a joke|the worst|a scam|scum|garbage|trash|pathetic|relentless|a nuisance|fucking annoying|so annoying|bots?|leeches|vultures)| (?:stfu|gtfo|gfy|foad|kys|fu|fuck this|fuck these|fuck your|fuck ur|wtf is this)(?: |$)| 🖕",
    ),
    // --- opt-out: scope of the revocation ---------------------------------
    Rule::opt_out(
        "phrase:partial",
        " (?:only|just) (?:send (?:me )?)?(?:the |my )?(?:order|shipping|delivery|tracking|transactional|shipment|order status|receipt)(?: [^ ,]+)? (?:updates|texts|notifications|info|alerts|messages|confirmations)| (?:order|shipping|delivery|tracking) (?:updates|texts|notifications|alerts) (?:are|r|is) (?:fine|ok|okay|enough|all i need|good)",
    ),
    // "Keep the order texts, lose the promos": the keeping does not void it.
    Rule::opt_out(
        "partial:drop-marketing",
        " (?:marketing|promo|promos|promotional|promotions|sale|sales|ad|ads|deal|deals) (?:texts|messages|sms|alerts|ones)(?: [^ ,]+){0,2}(?: ,)? (?:the )?(?:order|shipping|tracking|delivery|shipment) (?:texts|updates|text|sms|messages|alerts|notifications|ones) (?:are|is|r) (?:fine|ok|okay|good|all i need)| (?:i )?(?:just |only )?(?:want|need) (?:the )?(?:tracking|order|shipping|delivery) (?:info|updates|texts|notifications|alerts|confirmations|confirmation texts)(?: only)? ,? not (?:the )?(?:ads|promos|marketing|spam|sales|deals|promotions){CLAUSE_END}| (?:only|just) (?:want|need) (?:the )?(?:order|shipping|delivery|tracking) (?:[^ ,]+ )?(?:updates|texts|confirmations|alerts|notifications)(?: ,)? (?:none of|not|no|nothing of) (?:the |your )?(?:sale|sales|promo|promos|marketing|ads|deals|offers)| only (?:text|message|msg|contact) (?:me|us) (?:when|about|if|for)(?: [^ ,]+){0,5}(?: ,)? (?:no|not|none of the|nothing) (?:[^ ,]+ )?(?:sales?|promos?|promotions?|marketing|ads|deals|offers|stuff)(?: |$)| keep (?:the |my )?(?:order|shipping|tracking|delivery|shipment) (?:texts|updates|alerts|messages|notifications)(?: [^ ,]+){0,2}(?: ,)? (?:but )?(?:no more|not the|not any|stop the|lose the|drop the|without the|no) (?:[^ ,]+ )?(?:sales?|promos?|promotions?|marketing|ads|deals|offers|coupons|discounts)(?: |$)| (?:lose|drop|ditch|skip|cut|kill|nix|no more|stop) (?:the |all the |your |those )?(?:[^ ,]+ )?(?:promos|promotions|promo texts|marketing|marketing texts|ads|sale texts|sales texts|deal texts|blasts|promotional texts|sale blasts)(?: texts| messages| sms| ones)?{CLAUSE_END}",
    ),
    // A keyword that is a sentence of its own, after other sentences.
    Rule::opt_out(
        "phrase:keyword-sentence",
        " , (?:{F} )*(?:stop|stopall|unsubscribe|unsub|optout|🛑)(?: {F})* (?:,|$)",
    ),
    Rule::opt_out(
        "phrase:would-rather-not",
        " no need to (?:text|txt|message|msg|contact|send|sms|write) (?:me|us)(?: |$)| no (?:need|use) for (?:these|the|your|any more|more|any|those) (?:texts|{MSG}|text messages|alerts)(?: |$)| (?:appreciate|prefer|rather) not (?:hearing from|getting|receiving|being texted|being contacted|being messaged)| (?:like|want|need) (?:my |the |this )?(?:sms |text |texting )?(?:subscription|membership) (?:cancelled|canceled|ended|terminated|stopped)(?: {F})* (?:,|$)| (?:i d|id|i would|we d|wed|we would) rather (?:you|u|yall) (?:didnt|did not|not|wouldnt|would not|stopped|quit) (?:text|txt|message|msg|contact|send|sms|spam)| (?:so|im|i m|i am|we re|totally|completely|officially|pretty much) over (?:these|your|the|all these|this|all the|all your) (?:{MSG}|sms|spam)(?: |$)| (?:nobody|no one|noone|nobody ever|we never|i never|i didnt|i did not) asked for (?:(?:these|this|your|the|any of these|any of this|all these|all this|all your|all the) {MSG}|(?:these|them|any of these|any of this|all these|all this|this)(?: {F})* (?:,|$))",
    ),
    Rule::opt_out(
        "phrase:would-rather-not",
        " (?:this|my|that) (?:number|phone|phone number|#|cell) (?:shouldnt|should not|should never|isnt supposed to|is not supposed to|doesnt belong|does not belong) (?:be )?on (?:your|the|ur|this|any|a) (?:[^ ,]+ )?list",
    ),
    Rule::opt_out(
        "hostile",
        " (?:if|when|next time|one more time) (?:u|you|yall|ya|this number) (?:text|message|txt|msg|send|contact|hit) (?:me|us|this number)?(?: [^ ,]+){0,3}(?: ,)? (?:im|i m|i am|i ll|ill|i will|we ll|we will|gonna|i m gonna|im gonna|i am going to) (?:block|blocking|report|reporting|sue|suing)| (?:my phone|this phone|my number) (?:is|isnt|is not) (?:not )?(?:a|an|your) (?:billboard|ad board|dumping ground|trash can|inbox for)",
    ),
    Rule::opt_out(
        "wrong-number",
        " (?:hasnt|has not|havent|have not|hasn t|hadnt|had not) (?:had|used|owned) (?:this|that|the) (?:number|phone|phone number|line)| (?:this|that) (?:isnt|is not|aint) (?:her|him|them|his|hers) (?:anymore|any more|no more|now)| (?:she|he|they) (?:got|has|have|changed) (?:a )?(?:new|different) (?:phone|number|phone number|cell)| (?:person|guy|lady|woman|man|owner|customer) (?:you re|youre|you are|u r|ur) (?:trying to reach|texting|looking for|messaging|trying to text|after) (?:died|passed|passed away|is dead|is deceased|has died|is gone|no longer|doesnt|does not|isnt)",
    ),
    Rule::opt_out(
        "phrase:discontinue",
        " (?:please |pls |kindly )?discontinue(?: (?:it|them|these|this|service))?(?: {F})* (?:,|$)| (?:have |got )?no use for (?:these|your|the|any of these|all these|all your) {MSG}",
    ),
    Rule::opt_out(
        "phrase:not-interested",
        " (?:zero|no|0|absolutely no|not the slightest) interest(?: in (?:these|this|your|them|it))?(?: {F})* (?:,|$)|^ (?:{F} )*uninterested{END}",
    ),
    Rule::opt_out(
        "wrong-number",
        " (?:my|his|her|their|the) (?:[^ ,]+ )?(?:had|used to have|owned|used) this (?:number|phone|phone number|#|cell) (?:before|previously|until|years ago|last year)",
    ),
    Rule::opt_out(
        "phrase:forget-my-number",
        " (?:forget|lose|burn|shred|erase) (?:about )?(?:this|my|our|the) (?:number|phone number|cell|cell number|digits)(?: exists| ever existed| forever| for good)?{CLAUSE_END}",
    ),
    Rule::opt_out(
        "complaint:too-many",
        " (?:{MSG}|these|they|ur texts|your texts) (?:are|is|r) (?:getting on my nerves|getting on my last nerve|driving me (?:crazy|nuts|insane|up the wall)|doing my head in)",
    ),
    Rule::opt_out(
        "partial:drop-marketing",
        " no (?:more )?(?:[^ ,]+ ){0,2}(?:sale|sales|promo|promotional|deal|deals|marketing|ad|advertising|discount|coupon) (?:texts|messages|sms|alerts|blasts)(?: {F})* (?:,|$)",
    ),
    Rule::opt_out(
        "wrong-number",
        " (?:meant|mean|means|trying|tried|want|wanted) to (?:text|message|reach|contact|msg) (?:someone|somebody|some one|a different person|another person) else",
    ),
    // --- guards: opt-out words in another sense ------------------------------
    Rule::guard(
        "guard:quoted-footer",
        &[
            "phrase:unsubscribe",
            "phrase:keyword-clause",
            "phrase:keyword-sentence",
            "phrase:said-stop",
        ],
        "^ (?:reply|text|txt|send|respond with|msg) (?:stop|stopall|end|cancel|quit|unsubscribe) to (?:opt out|optout|unsubscribe|unsub|end|cancel|quit|stop)(?: |$)",
    ),
    Rule::guard(
        "guard:quoted-footer",
        &["phrase:stop-messages", "phrase:keyword-clause"],
        "^ (?:reply|text|txt|send|respond with|msg) (?:stop|stopall|end|cancel|quit|unsubscribe) to (?:opt out|optout|unsubscribe|unsub|end|cancel|quit|stop) (?:is|s|was|on) ",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*", "consent-denied"],
        " (?:keep (?:the|your|me on|me subscribed to|sending|sending me|me on the)|(?:let me|want to|wanna|i d like to|id like to|like to) keep (?:getting|receiving)|still want|still send|continue|continue sending|leave me on|stay on|i like|i love|i prefer|dont take me off|do not take me off|dont remove me from)(?: [^ ,]+){0,2} (?:texts|text|texting|sms|text messages|the texts|your texts|on texts|on the texts|subscribed to texts)(?: |$)| keep (?:the |your |these |those )?(?:{MSG} |deals |offers |em |them )coming| (?:texts|text|texting|sms|text messages) (?:are|is|r) (?:fine|ok|okay|good|great|better|preferred|all i need|all i want|enough|what i want)| prefer (?:texts|texting|sms)| (?:,|but|and|just|please|pls) keep (?:texting|txting|messaging)(?: |$)| (?:still|always) (?:happy|glad|fine|ok|okay) (?:to get|getting|with) (?:your |the |these )?(?:texts|text|sms)| (?:me|for|i ll take|ill take|i prefer|just|only|send|text me) (?:the |your )?(?:texts|text|texting|sms) instead(?: |$)| stick (?:with|to) (?:the |your )?(?:texts|sms|texting|text messages)(?: |$)| (?:texts|sms|text messages) i (?:actually |do |really |always )?(?:read|like|want|use|love)(?: |$)| leave (?:the |my )?(?:sms|texts|text messages|texting)(?: alone| on| as is| be)?{CLAUSE_END}| (?:i|we) only (?:read|want|like|look at|check|use) (?:the |your )?(?:texts|text messages|sms)(?: |$)| (?:only|just) want (?:the |your )?(?:texts|text messages|sms)(?: now)?(?: |$)",
    ),
    Rule::guard(
        "guard:negated-stop",
        &[
            "phrase:stop-messages",
            "phrase:stop-sending",
            "phrase:keyword-clause",
            "phrase:keyword-sentence",
            "phrase:unsubscribe",
            "phrase:do-not-want",
            "phrase:do-not-text",
            "phrase:do-not-send",
        ],
        " (?:dont|do not|never|cant|can not|cannot|couldnt|wont|will not|didnt|did not|not|wouldnt|would not|shouldnt|hope you never|hope u never|please never|pls never|no way (?:im|i m|i am|i d|id|i would|i will|ill|i ll))(?: ever| even| want to| wanna| need to| gonna| going to| you dare| u dare| plan to| be)* (?:stop|stopping|quit|end|cancel|unsubscribe|unsubscribing|unsub|optout|opting out|remove)(?: |$)",
    ),
    Rule::guard(
        "guard:do-not-want-to-stop",
        &["phrase:do-not-want", "phrase:want-it-to-stop"],
        " (?:dont|do not|never|wouldnt) (?:want|need|wish)(?: [^ ,]+){0,3} (?:to stop|to end|to go away)",
    ),
    Rule::guard(
        "guard:hesitant",
        &["phrase:*", "complaint:*"],
        " (?:was going to|was gonna|almost|nearly|was about to) (?:tell|ask|text) (?:you|yall|u|you guys|ya|y all) to (?:stop|unsub[^ ]*|quit|remove|take)| (?:was going to|was gonna|almost|nearly|thought about|was about to|was thinking about|was tempted to|thinking of|considering|was considering|was planning to) (?:unsub[^ ]*|optout|opt out|opting out|stop[^ ]*|cancel[^ ]*|quit[^ ]*|remove|block|report)| (?:rather|sooner) (?:[^ ,]+ ){0,2}than (?:unsub[^ ]*|stop|quit|cancel|optout|opt out|block)",
    ),
    Rule::guard(
        "guard:accidental-opt-out",
        &["phrase:*", "consent-denied"],
        " (?:unsub[^ ]*|optout|opted out|opt out|stopped|texted stop|replied stop|said stop) (?:by mistake|by accident|accidentally|on accident)| (?:didnt|did not|never) (?:mean|meant|intend) to (?:unsub[^ ]*|optout|opt out|stop|text stop|reply stop)| accidentally (?:unsub[^ ]*|opted out|optout|stopped|texted stop|replied stop|hit stop|hit unsub[^ ]*|hit the (?:stop|unsub[^ ]*))",
    ),
    Rule::guard(
        "guard:order-action",
        &[
            "phrase:stop-messages",
            "phrase:keyword-clause",
            "phrase:cancel-subscription",
            "phrase:how-to-stop",
        ],
        " (?:stop|cancel|halt|pause|end|hold|quit|kill) (?:the |my |this |that |an |our |a |your |it |that |these )?(?:[^ ,]+ )?(?:order|orders|shipment|shipping|delivery|package|payment|charge|subscription box|autoship|auto ship|purchase|transaction|refund|return|item|box|presses|ordering|shopping|buying|membership|renewal|plan|trial|preorder|pre order)(?: |$)",
    ),
    Rule::guard(
        "guard:order-action",
        &["phrase:stop-sending", "phrase:stop-messages"],
        " (?:stop|quit|cease|halt|pause|hold) (?:sending|shipping|delivering|mailing|charging|processing) (?:me |us )?(?:the |my |this |that |an |our |a |your |it |these )?(?:[^ ,]+ )?(?:order|orders|shipment|package|packages|parcel|item|items|box|refund|replacement|card|payment|size|sizes|color|colors|product|products)(?: |$)",
    ),
    Rule::guard(
        "guard:deal-complaint",
        &["complaint:spam"],
        " (?:sale|deal|discount|price|prices|offer|coupon|promo|code|shipping)(?: [^ ,]+)? (?:is|was|are|were|s|seems|feels) (?:a |such a |kind of a |kinda a |kinda |just a |total )?(?:scam|ripoff|rip off|joke)(?: |$)",
    ),
    Rule::guard(
        "guard:hypothetical",
        &["phrase:*"],
        "^ (?:{F} )*(?:if|what if|what happens if|when|once) (?:i|we) (?:unsub[^ ]*|optout|opt out|cancel|stop|reply stop|text stop|leave)(?: [^ ,]+){0,6} (?:do|will|would|can|does) (?:i|we|my|it) (?:lose|still|keep|get|be)(?: |$)|^ (?:{F} )*if (?:[^ ,]+ ){1,8}(?:i|we) (?:might|may|could|would|d|will|ll) (?:have to |need to |just |probably )?(?:unsub[^ ]*|optout|opt out|stop|cancel|quit)(?: |$)",
    ),
    Rule::guard(
        "guard:rescinded-stop",
        &["phrase:said-stop", "phrase:keyword-*"],
        " (?:,|but|now|so|please|pls) (?:please |pls |just |can you |could you |can u )?(?:turn|switch|put) (?:them|these|it|the texts|texts|{MSG}) back on| ignore (?:my|the|that|our) (?:earlier |last |previous )?(?:stop|unsubscribe|unsub|opt out|optout)",
    ),
    Rule::guard(
        "guard:coming-back",
        &[
            "phrase:off-list",
            "phrase:unsubscribe",
            "phrase:stop-messages",
            "phrase:keyword-*",
            "phrase:said-stop",
        ],
        " (?:put|add|sign|get|let) (?:me|us|this number|my number) back(?: (?:on|in|up|to|onto)|(?: {F})* (?:,|$))| (?:resubscribe|re subscribe|resub) (?:me|us)(?: |$)",
    ),
    Rule::guard(
        "guard:opt-in-elsewhere",
        &["opt-in:*"],
        " (?:(?:opt|opted|opting|sign|signed|signing|enroll|enrolled|join|joined) (?:me )?(?:in|into|up)|optin|optedin|signup) (?:to |for |with |into )?(?:the |a |my |your )?(?:[^ ,]+ ){0,2}(?:credit|rebate|warranty|protection|insurance|reward|rewards|program|loyalty|birthday|points|discount|membership|account|waitlist|wait list|raffle|giveaway|contest|event|class|newsletter)(?: |$)",
    ),
    Rule::guard(
        "guard:spam-the-food",
        &["complaint:spam"],
        " spam (?:[^ ,]+ ){0,3}(?:in stock|back in stock|available|sold out|on sale|restock|restocked|flavor|flavors|musubi)(?: |$)",
    ),
    Rule::guard(
        "guard:negated-opt-in",
        &["opt-in:resume"],
        " (?:dont|do not|never|no need to|please dont|pls dont) (?:ever )?(?:turn|switch|put|resume|restart|start) ",
    ),
    Rule::guard(
        "guard:who-signed-me-up",
        &["opt-in:*"],
        " (?:did|who|when did|how did|why did|has|have) (?:[^ ,]+ ){0,2}(?:sign|signed|subscribe|subscribed|add|added|put|enroll|enrolled) (?:me|us) (?:up|in|on|to|for)| how (?:did|come) (?:i|we|my number|this number|my phone|this phone|my phone number|my name) (?:get|end up|wind up|land|ended up|got) (?:on|in) ",
    ),
    Rule::guard(
        "guard:other-stop",
        &["phrase:keyword-clause", "phrase:stop-messages"],
        " (?:bus|train|subway|metro|tram|rest|truck|pit|next|last|first|final|one|full|whistle|non|door|photo|the|a|that|your|my|our|each|every|quick|short|brief|two|route|delivery|pick up|pickup|drop off|dropoff|gas|how|can i|should i|do i|i|we|will|cant|could|which|what|whose|nearest|closest|second|third|this) (?:stop|remove)(?: ,| $)| stop and shop ",
    ),
    Rule::guard(
        "guard:playful-stop",
        &[
            "phrase:keyword-clause",
            "phrase:keyword-sentence",
            "phrase:stop-messages",
        ],
        "^ (?:(?:omg|omfg|oh my god|oh my gosh|oh my|oh|wow|lol|haha|ok|okay|girl|gurl|dude|bro|sis|no|no way|nooo|ahh|ah|gosh|lord|yo|wait)(?: ,)? )?stop .*(?:omg|verrückt|krass|wahnsinn|increíble|locura|dingue|for [0-9]+|[0-9]+ off|cute|cutest|cuter|prettiest|prettier|comfiest|softest|coziest|insane|amazing|gorgeous|obsessed|love|wow|beautiful|pretty|perfect|adorable|adding to cart|added to cart|add to cart|in my cart|lol|haha|hahaha|lmao|killing me|dying|crazy|stunning|too good|so good|unreal|fire|gorgeous|is everything|s everything|are everything|full price|in a good way|i need|i want|take my money|is this real|for real|is this actually|is this for real|are you serious|no way| (?:only|really|just) [0-9]+| on sale| the difference| price adjustment| price match| (?:clean|heat|drip|bussin|slaps|tuff|goated|elite|iconic|brutal|brutales|hermos[^ ]*|divin[^ ]*|precios[^ ]*|lind[^ ]*|increíble[^ ]*|buenísim[^ ]*|bell[oa]s?))(?: |$)",
    ),
    Rule::guard(
        "guard:opt-out-of-something-else",
        &[
            "phrase:unsubscribe",
            "phrase:off-list",
            "phrase:remove-me",
            "phrase:cancel-subscription",
            "phrase:how-to-stop",
        ],
        " (?:optout|opt out|opting out|opted out|optedout|unsub[^ ]*|cancel|remove me|take me) (?:me |us |my [^ ,]+ |him |her )?(?:of|from) (?:the |a |my |this |your |our )?(?:[^ ,]+ ){0,2}(?:signature|receipt|paper|insurance|protection|warranty|wrap|wrapping|packaging|samples|inserts|gift message|netflix|hulu|spotify|disney|prime|youtube|hbo|peacock|paramount|patreon|gym|dashpass|instacart|audible|kindle|xbox|playstation|delivery|deliveries|shipments?|route|shipping|box|bag|coffee|autoship|auto ship|membership|plan|renewal|charge|fee|tip|donation|survey|review|program box|rewards|loyalty|wait ?list|waitlist|order|cart|account|wishlist|wish list|registry)(?: |$)| (?:wish|wait|gift|shopping|price|packing|size|registry) list| remove (?:me|my name|my number) as (?:the |a )?(?:recipient|contact|buyer|sender|gift giver)",
    ),
    Rule::guard(
        "guard:opt-out-of-something-else",
        &["phrase:unsubscribe", "phrase:off-list", "phrase:remove-me"],
        " (?:unsub[^ ]*|optout|opt out) from (?:him|her|my (?:boyfriend|girlfriend|husband|wife|bf|gf|ex|mom|dad|family|kids|job|life))(?: |$)",
    ),
    Rule::guard(
        "guard:received-none",
        &["phrase:no-messages", "phrase:no-more"],
        " (?:got|get|getting|received|receive|receiving|had|have|seen|see|there (?:is|was|were)|theres|still|but|with|in|of|and) no| no (?:[^ ,]+ )?(?:texts|messages|updates|alerts|notifications|emails)(?: [^ ,]+)? (?:yet|about|since|from you about|regarding)| no more (?:in|left|available|of the|sizes|colors|stock) ",
    ),
    Rule::guard(
        "guard:not-enough",
        &["phrase:stop-messages", "phrase:said-stop"],
        " not enough | (?:end|over) (?:of|on|by|at) | (?:end|over) the (?:day|week|weekend|month|year|season|sale|promo|line|road|world|street)| (?:the|a|no|what|which) end ",
    ),
    Rule::guard(
        "guard:wrong-number-entered",
        &["wrong-number"],
        " (?:entered|put|typed|gave|used|provided|listed|input|wrote) (?:in |down )?(?:the |a |my )?wrong (?:phone )?number (?:at|on|for|in|when)| wrong (?:number|#) (?:on|for|in) (?:my|the) (?:order|account|profile)| wrong number of | (?:i )?(?:sent|texted|send|messaged) (?:it |that |this |the text |my text |a text |my last text |that text |this text )?to the wrong (?:number|person|chat|contact|thread)| (?:dont|do not|didnt) have (?:this|your|the|that) number saved",
    ),
    Rule::guard(
        "guard:help-question",
        &["complaint:spam"],
        " (?:is|are|was) (?:this|these|it|that|you|this text|this message) (?:a |an |just )?(?:spam|scam|legit|real)(?: |$)| (?:real|legit|legitimate|genuine|official|actual)(?: [^ ,]+){0,3} or (?:a |an |just )?(?:spam|scam|fake|fraud)(?: |$)| (?:spam|scam|fake|fraud) or (?:real|legit|legitimate|genuine|not|nah)(?: |$)| (?:spam|junk) (?:folder|filter|box|mail)| (?:land|lands|landing|go|goes|going|end up|ends up|ending up|went|ended up) (?:in|to) (?:my |the )?(?:spam|junk)| scam (?:po )?ba(?: to| ito| yan)?(?: |$)| (?:thought|think|thinking) (?:it|this|you) (?:was|were|is|are) (?:a )?(?:spam|scam)",
    ),
    Rule::guard(
        "guard:product-question",
        &["help:*"],
        " who (?:is|s) (?:this|it|the order|my order|my package) (?:shipping|shipped|coming|being delivered|being sent|sent|going) (?:with|by|via|through)| (?:tracking|delivery|package|parcel|order|shipment|status|label|error|code|light|lights|display|screen|symbol|icon|warning|fault|beeping|blinking|flashing)(?: [^ ,]+){0,5} (?:,? )?what (?:does|do) (?:that|this|it|they) mean| (?:info|information|details|question|questions) (?:on|about|regarding|for) (?:the |your |this |my |a |an )?(?:[^ ,]+ )?(?:sizing|size|sizes|fit|product|products|item|items|order|shipping|delivery|return|returns|exchange|exchanges|material|fabric|colors|colours|price|prices|stock|restock|ingredients|warranty)(?: |$)| (?:contact|ask|call|email|text (?:you|u|ya|yall|someone|somebody|support|the store|the shop)|talk to|speak to|reach) (?:[^ ,]+ ){0,2}(?:about|regarding|for) (?:a |an |my |the |this |that )?(?:refund|refunds|order|orders|return|returns|exchange|package|delivery|shipment|item|product|charge|payment)(?: |$)",
    ),
    Rule::guard(
        "guard:negated-removal",
        &["phrase:*"],
        " (?:dont|do not|never|dont you dare|dont ever|do not ever|please dont|pls dont)(?: [^ ,]+)? (?:take|remove|drop|kick|delete|unsubscribe|unsub) (?:me|us|my number|this number)(?: (?:off|from|out))?(?: |$)",
    ),
    Rule::guard(
        "guard:unsubscribed-but-back",
        &["phrase:*", "complaint:*"],
        " (?:unsubscribed|unsubbed|opted out|optedout|stopped them|stopped the texts|said stop|texted stop|replied stop)(?: [^ ,]+){0,5}(?: ,)? (?:but|and|now|so) (?:i |we |id |i d )?(?:really )?(?:(?:want|wanna|would like|need|miss)(?: [^ ,]+){0,3} (?:back|again|in)(?: |$)|(?:miss|missing) (?:the |your |ur )?(?:texts|text deals|deals|alerts)(?: |$)|changed my mind)",
    ),
    Rule::guard(
        "guard:package-signature",
        &["consent-denied"],
        " (?:never|didnt|did not) sign(?:ed)? for (?:the |that |this |my |a |an )?(?:package|parcel|delivery|order|box|shipment)(?: |$)",
    ),
    Rule::guard(
        "guard:product-subscription",
        &[
            "phrase:unsubscribe",
            "phrase:how-to-stop",
            "phrase:cancel-subscription",
        ],
        " (?:from|of|to) (?:the |my |your |this |our )?(?:monthly|weekly|quarterly|annual|yearly|sock|wine|coffee|snack|beauty|book|meal|tea|candle|razor|pet food|dog food|cat food|vitamin|skincare|flower|plant) (?:[^ ,]+ )?(?:club|box|subscription|plan|membership|delivery|deliveries)(?: |$)| (?:from|of|to|on) (?:the |my |your |this |our )?(?:auto ?(?:refill|refills|replenish|replenishment|ship|shipment|shipments|delivery|deliveries|renew|renewal|reorder|reorders)|subscribe and save|subscribe save|refill (?:plan|program|club))(?: |$)| (?:my|his|her|our|their|the|your) (?:[^ ,]+ )?(?:food|coffee|wine|snack|treat|treats|litter|toy|toys|meal|vitamin|vitamins|kibble|flea|razor|diaper|diapers|formula|tea|candle|sock|flower|plant|chew|chews) (?:subscription|subscriptions|box|plan|membership|autoship|deliveries)(?: |$)",
    ),
    Rule::guard(
        "guard:cart-item",
        &["phrase:*"],
        " (?:remove|delete|take out|take off|drop) (?:something|an item|items|an order|a product|it|this|that|one|the [^ ,]+|my [^ ,]+|[0-9]+) (?:from|off|out of) (?:my |the |your )?(?:cart|bag|basket|wishlist|wish list|order|checkout)(?: |$)",
    ),
    Rule::guard(
        "guard:ordinary-stop",
        &[],
        "^ (?:{F} )*stop (?:on |over |back |in )?by(?: |$)| stop (?:the |this |that |your )?(?:[^ ,]+ )?(?:sale|deal|promo|discount|offer) from (?:ending|going away|expiring)| sto (?:[^ ,]+ando|[^ ,]+endo)(?: |$)",
    ),
    Rule::guard(
        "guard:gift-note-or-tag",
        &[],
        " (?:price tag|price tags|price sticker|gift (?:card|message|note|receipt|tag)|metk[^ ]*|etichet[^ ]*|etiqueta[^ ]*|étiquette[^ ]*|etikett[^ ]*|preisschild[^ ]*|grußnachricht|grusskarte|grußkarte|tarjeta de regalo|mensaje de (?:la tarjeta|regalo)|cartão de presente|mensagem de presente|biglietto)(?: |$)",
    ),
    Rule::guard(
        "guard:gift-note-or-tag",
        &[],
        "メッセージカード|ギフトカード|礼品卡|贺卡|賀卡",
    ),
    Rule::guard(
        "guard:yes-and-more",
        &[],
        "^ (?:yes|yeah|yep|yea|ya|ye|y|si|oui|ja|sim|da|tak|evet)(?: ,)?(?: [^ ,]+){1,3}{END}",
    ),
    Rule::guard(
        "guard:portuguese-no",
        &["phrase:no-messages", "phrase:stop-messages"],
        " (?:de novo|novamente|outra vez|inscreve|inscreva|me cadastra|me cadastre|entrar|voltar) no (?:sms|zap|whatsapp|app|grupo)",
    ),
    Rule::guard(
        "guard:order-complaint",
        &["complaint:spam"],
        " (?:scam|scams|scammers|ripoff|rip off|fraud)(?: [^ ]+){0,8} (?:package|parcel|refund|refunded|delivery|money back|charged me|chargeback)| (?:package|parcel|refund|delivery|charged me)(?: [^ ,]+){0,8} (?:scam|ripoff|rip off|fraud)(?: |$)",
    ),
    Rule::guard(
        "guard:fewer-texts",
        &["complaint:too-many"],
        " (?:maybe |could you |can you |please |pls )?(?:just|only) (?:send|text)(?: me| us)? (?:the )?(?:big|important|major|best|biggest|good)| (?:fewer|less often|less frequently|once a week|once a month|weekly instead)(?: |$)",
    ),
    Rule::guard(
        "guard:playful",
        &["hostile"],
        " shut up and take my money | get back to (?:you|me) ",
    ),
    // --- opt-in --------------------------------------------------------------
    Rule::opt_in(
        "opt-in:rejoin",
        " (?:unstop|resubscribe|resub|re subscribe|optin|opt (?:me |us |this number |my number )?(?:back )?in|opted (?:back )?in|opting back in|rejoin|re join|re add|re enroll|reenroll|re sign up|resign up)(?: |$)",
    ),
    Rule::opt_in(
        "opt-in:sign-up",
        " (?:sign|signs|subscribe|enroll|enrol|put|get|start|let|pop|stick|chuck|bung|throw) (?:me|us|my number|this number|my phone|this phone|my mobile|this mobile) (?:back )?(?:up|in|back|on (?:the |your |ur )?(?:text |texting |sms |vip |mailing )?list)(?: |$)| (?:subscribe|enroll) (?:me|us|this number|my number|my phone)(?: |$)",
    ),
    Rule::opt_in(
        "opt-in:sign-up",
        " add (?:me|my number|this number|us|this mobile|my mobile|this phone|my phone|my cell|this cell|my new (?:number|one|cell|phone|phone number|mobile)(?: [0-9]+)*) (?:back|again|to (?:the |your |ur )?(?:[^ ,]+ )?(?:list|club|alerts|texts|sms|texting list|text list)|on (?:the |your )?(?:[^ ,]+ )?(?:list|texts))",
    ),
    Rule::opt_in(
        "opt-in:resume",
        " (?:resume|restart|start|begin|turn|switch|re start)(?: [^ ,]+){0,2} (?:{MSG}|texting|sending|messaging|txting)(?: [^ ,]+){0,3} (?:again|back on|back|up again|once more|anew)(?: |$)| (?:resume|restart|reactivate|re activate|re enable|reenable) (?:sending|texting|{MSG}|the {MSG}|my {MSG}|your {MSG}|sms)| (?:enable|activate) (?:the |my )?(?:texts|sms|text messages|text alerts)(?: again)?{END}| start (?:texts|{MSG}|texting) (?:to|for|on) | ignore (?:my|the|that|our) (?:earlier |last |previous )?(?:stop|unsubscribe|unsub|opt out|optout)| start (?:texting|sending|messaging) (?:me|us|texts|{MSG}|again|back)",
    ),
    Rule::opt_in(
        "opt-in:resume",
        " (?:want|like|love|need|get|receive|wanna|miss|give me)(?: [^ ,]+){0,3} (?:{MSG}|texts|them|these|your texts|the texts) (?:again|back)(?: |$)| back (?:on|onto|in) (?:the |your |ur )?(?:list|texts|text list|sms list|texting list|club|alerts)| (?:want|need|like) (?:the |your )?(?:texts|{MSG}|text deals|text alerts) after all(?: |$)| (?:want|wanna|would like|like|need) (?:to )?(?:get |come |be |go )?back (?:in|on)(?: (?:for|on|to)|(?: {F})* (?:,|$))",
    ),
    Rule::opt_in(
        "opt-in:join",
        " (?:count|sign) (?:me|us) in for (?:the |your |ur )?(?:[^ ,]+ ){0,2}(?:texts|text|sms|deals|alerts|list|club|drops|offers|promos)(?: |$)| (?:i|we) (?:want|wanna|would like) in on (?:the |your |ur )?(?:[^ ,]+ ){0,2}(?:texts|text|sms|deals|alerts|list|club|drops|offers|promos)(?: |$)| (?:i|we) (?:want|wanna|would like) (?:them|those|these|text deals|the texts|texts|the deals|in) too(?: |$)| (?:can|could|may) (?:i|we) (?:get|receive|have|sign up for) (?:them|(?:these|those|the|your) (?:texts|text deals|deals|alerts|messages)|texts|text deals) too(?: |$)",
    ),
    Rule::opt_in(
        "opt-in:join",
        " (?:(?:i|we) (?:want|wanna|would like|would love|d like|d love|do want)|id like|id love|wed like|wed love) to (?:get|receive|start getting|be getting) (?:the |your |these |those )?(?:texts|{MSG}|text deals|deals by text|sms deals|text updates|sms updates|text alerts|updates by text|deals by sms)(?: |$)| (?:text|send|message|txt) (?:me|us) (?:the |your |those |all the )?(?:[^ ,]+ ){0,2}(?:{MSG}|sales|deals|offers|promos|codes|discounts|drops|restocks) again(?: |$)",
    ),
    Rule::opt_in(
        "opt-in:sign-up",
        "^ (?:{F} )*(?:yes |yeah |yep |sure |ok |okay )?,? ?add (?:me|us)(?: (?:back|too|in|on))*{END}",
    ),
    Rule::opt_in(
        "opt-in:resume",
        " (?:changed my mind|change of heart|on second thought) ,? (?:you can |please |pls )?(?:text|message|txt) (?:me|us) again(?: |$)| (?:you can|please|pls|go ahead and|ok to|okay to) (?:text|message|txt) (?:me|us) again(?: |$)|^ (?:{F} )*(?:text|message|txt) (?:me|us) again{END}",
    ),
    Rule::opt_in(
        "opt-in:resume",
        " (?:turn|switch|put) (?:them|these|it|the texts|texts|{MSG}) back on(?: |$)| (?:by mistake|by accident|accidentally|on accident) ,? (?:please |pls |can you |could you )?(?:undo|reverse|fix)(?: that| it| this)?{END}| (?:undo|reverse|take back) (?:that|it|the stop|my stop|the unsubscribe|my unsubscribe)(?: |$)| (?:can|could|may|how do|how can) (?:i|we) (?:get|be|go|come) back (?:on|in)(?: the list| the texts| your list| it)?{END}",
    ),
    Rule::opt_in(
        "opt-in:join",
        " (?:join|rejoin|subscribe to|sign up for|signup for|opt into|enroll in|get on|be on|added to|be added to) (?:the |your |ur )?(?:[^ ,]+ ){0,2}(?:texts|text list|list|club|sms|alerts|messages|text club|texting|vip|sms list|text alerts|(?:text|sms|txt|texting) [^ ,]+)(?: |$)",
    ),
    // --- help ------------------------------------------------------------------
    Rule::help(
        "help:who-is-this",
        " who(?: even)?(?: is| s| are| r| s this| dis)? (?:this|that|dis|you|u|ya|yall|these|texting|sending|messaging|writing|even)(?: |$)| (?:are|r) (?:you|u|yall|you guys|these texts|this) (?:affiliated|associated|connected|partnered|related) (?:with|to)| whos (?:this|that|texting|sending)| who (?:even )?(?:is|s) (?:this|that)",
    ),
    Rule::help(
        "help:who-is-this",
        " what(?: [^ ,]+)? (?:company|store|business|shop|brand|place|number|program|list|service|website|site) (?:is|s|are) (?:this|that|it|you|texting|sending)| (?:what|which) (?:[^ ,]+ )?(?:company|store|business|shop|brand) (?:are you|is this|r u|is texting|is sending|sends|is messaging|texts me|sent (?:this|these|that|it|me))| do (?:i|we) (?:know|know you|even know) (?:you|u|yall|this number|who this is)(?: guys)?{END}| who be (?:this|dis|una|you)",
    ),
    Rule::help(
        "help:what-is-this",
        " what(?: even)?(?: is| s| are|s| r)? (?:this|these|that)(?: (?:text|texts|message|messages|number|about|for|program|list|sms|msg|msgs|exactly|even|is|are|all about|from|regarding|thing))*{END}",
    ),
    Rule::help(
        "help:legitimacy",
        " (?:spam|scam|fake|fraud) or (?:real|legit|legitimate|genuine|not|nah)(?: |$)| (?:real|legit|legitimate|genuine) or (?:some |a |an )?(?:fake|scam|spam|fraud|not|phishing)(?: |$)| (?:is|are) (?:this|these|it) (?:really |actually )?(?:the |a |an )?(?:[^ ,]+ )?(?:official|authorized|authorised|genuine|legit)(?: [^ ,]+){0,4} (?:number|account|text|texts|line|store|shop|company|sender|page){END}| (?:is|are) (?:this|these|you|it|yall|this text|this number|this message|this store|this company) (?:a |an |actually |really |just )?(?:real|legit|legitimate|spam|scam|fake|phishing|genuine|official|trustworthy|safe)(?: (?:store|company|business|shop|text|message|number|account|thing|brand))?(?: or (?:a |an |not|just )?(?:real|legit|legitimate|spam|scam|fake|phishing|what)(?: (?:store|company|business|shop|text|message|number|account|brand))?)?{CLAUSE_END}",
    ),
    Rule::help(
        "help:how-you-got-my-number",
        " (?:how|where|howd|whered)(?: did| d| do| does| come)? (?:you|u|yall|they|this store|you guys|ya) (?:even )?(?:get|got|find|found|obtain|have) (?:my|this|the|our) (?:mobile |cell |home )?(?:number|phone|#|contact|info|cell|details|information|phone number|contact info|contact information|digits|mobile)",
    ),
    Rule::help(
        "help:why-am-i-getting-this",
        " (?:why|how come) (?:did|do|would) (?:i|we) (?:get|receive|getting|receiving) (?:this|these|that|a|the|your)(?: (?:text|texts|message|messages|sms|msg|msgs))?{END}| (?:why|how come) (?:was|is|were|are) (?:this|these|that|it|they) (?:sent|texted|messaged|coming) (?:to )?(?:me|us|my number|my phone)| (?:why|how come) (?:am i|do i|i am|im) (?:getting|receiving|being sent|being texted) (?:this|these|{MSG}|them|your|texts|this message|this text)| (?:why|how come) (?:are you|is this number|is this store|is this company|r u) (?:texting|messaging) me",
    ),
    Rule::help(
        "help:program",
        " how (?:often|many|frequently|much)(?: [^ ,]+){0,4} (?:text|texts|{MSG}|you text|will you|do you send|do these|do you text|will i get)| (?:are there|is there|any|are there any) (?:extra )?(?:fees|charges|costs|fee|charge|cost)(?: [^ ,]+){0,2} (?:for |to )?(?:these|this|the|your|receiving|getting)(?: [^ ,]+)? ?(?:texts|{MSG}|texting)| (?:fees|charges|costs|fee|charge|cost) (?:for|to) (?:receiving|getting|reply|replying|get|receive) (?:these|them|this|texts|{MSG})(?: |$)| (?:do|will|would) (?:you|yall|u|you guys) (?:also )?(?:text|send texts|send messages|message|send these)(?: [^ ,]+)? (?:on )?(?:weekends|weekdays|sundays|saturdays|holidays|every day|daily|at night|late at night)(?: |$)| (?:will|do|does|would|can) (?:these|this|the|your) (?:texts|{MSG}) (?:use|cost|count against|eat|eat up|take) (?:up )?(?:my |any )?(?:data|minutes|plan|money|credit)| (?:manage|change|update|edit|adjust) (?:my )?(?:text|sms|notification|message|messaging|texting) (?:settings|preferences|prefs|options)| (?:does|will|would|do) (?:replying|texting back|responding|replies|answering|this|these|it) (?:cost|charge) (?:me )?(?:anything|money|extra|a fee)| (?:whats|what is|what s) (?:the )?name of (?:your|this|the|ur) (?:shop|store|company|business|brand)| (?:msg|message|messaging|data|text) (?:and |& )?(?:data )?rates| (?:{MSG}|these|they) (?:cost|charge)| charged (?:for )?(?:these|the|this|your)? ?(?:texts|{MSG})| cost (?:to|of) (?:receive|get|these|the texts)",
    ),
    Rule::help(
        "help:program",
        " (?:will|would|do|does|am|is) (?:i|we|it|that|this) (?:be |get |getting |being )?(?:charged|billed)(?: [^ ,]+){0,2} (?:for |to |when |if )(?:i )?(?:reply|replying|respond|responding|text|texting|answer|answering|these|this|the texts|messages)| what (?:kind|kinds|sort|sorts|type|types) of (?:[^ ,]+ )?(?:texts|{MSG}|stuff|things|deals|offers|content)(?: [^ ,]+){0,3} (?:do|will|would|are|r) (?:you|u|yall|ya|you guys) (?:send|text|be sending|be texting|sending|texting)| (?:daily|weekly|monthly|every day|once a week) or (?:daily|weekly|monthly|every day|once a week)(?: |$)| (?:terms|privacy policy|terms of service|terms and conditions)(?: [^ ,]+){0,3} (?:text|sms|texting|program|service|this|these|messages)| (?:info|information|details|more info) (?:on|about|regarding) (?:this|the|your|these) (?:text |texting |sms |vip |vip text )?(?:program|texts|messages|text program|list|club|service|alerts|sms)| (?:update|change) my (?:number|phone number|phone) (?:for|on) (?:these|the|your)| help(?: me)? understand",
    ),
    Rule::help(
        "help:contact",
        " (?:support|customer service|customer care|customer support|help|contact) (?:line|number|phone|phone number|email|desk|team)| (?:email|number|phone|line|address|contact) (?:for|to reach) (?:customer )?(?:support|service|care|help|a person|someone)| how (?:do|can|would) (?:i|we) (?:reach|contact|call|talk to|speak to|get in touch with|get ahold of|get a hold of) (?:customer|support|someone|a human|a person|you|an agent|a rep|a real person)",
    ),
    Rule::help(
        "help:program",
        " (?:did|do|have|would) (?:i|we|my [^ ,]+|someone|somebody) (?:sign|signed|subscribe|subscribed|opt|opted|enroll|enrolled)(?: (?:me|us|him|her))?(?: up| in)? (?:for|to) (?:this|these|that|it|them|texts|{MSG})| (?:will|would|do|does) (?:i|we) (?:get|receive|be getting|be receiving) (?:texts|{MSG}|these|them|this|one|a text|a message)(?: [^ ,]+){0,2} (?:every|each|daily|weekly|often|only|just)| (?:do|will|would) (?:i|we) (?:have|need) to (?:pay|reply|respond|text back|answer|do anything|confirm)| (?:can|could|may) (?:i|we) (?:get|receive|have) (?:these|the|your|them|this|texts|{MSG})(?: [^ ,]+)? in (?:spanish|english|french|german|portuguese|chinese|another language|espanol)| what does(?: [^ ,]+){1,6} mean",
    ),
    Rule::help(
        "help:what-is-this",
        " (?:what|whats)(?: is| s)? (?:this|that|the|your) (?:[^ ,]+ ){0,2}(?:club|program|list|membership|rewards program|text club|vip|thing)(?: thing)?(?: (?:i m|im|i am|we re|were) (?:on|in|signed up for|subscribed to))?(?: exactly| again| about| for)?{CLAUSE_END}",
    ),
    Rule::help(
        "help:who-is-this",
        " (?:is|are) (?:this|these|you|yall|you guys) (?:the|a|from the) (?:[^ ,]+ ){0,3}(?:place|company|store|shop|brand|business|boutique|people|guys)(?: [^ ,]+){0,7}{END}",
    ),
    Rule::help(
        "help:program",
        " (?:update|change|switch) (?:my|the) (?:number|phone number|phone|cell)(?: [^ ,]+){0,4} (?:texts|{MSG}|these) (?:go|goes|are sent|get sent|come|arrive)| (?:switch|move|change|send|transfer) (?:these|the|my|your) (?:alerts|texts|{MSG}|notifications) to (?:my |a |another )?(?:work |new |other |different |second )?(?:phone|number|cell|line)",
    ),
    Rule::help(
        "help:legitimacy",
        " (?:is|are) (?:this|these|you|it|this number|this short code|this code) (?:really |actually |truly )?(?:the |a |an )?(?:real|actual|official|legit|genuine)(?: [^ ,]+){1,3} or (?:a |an |just )?(?:fake|scam|spam|bot|imposter|impostor|phishing|copycat)| (?:is|are) (?:this|these|it)(?: [^ ,]+){0,2} (?:really|actually|truly) (?:yours|you|from you|from (?:the )?(?:store|shop|company))",
    ),
    Rule::help(
        "help:contact",
        " (?:is there|do you have|got) (?:a|an|any) (?:number|phone number|phone|email|email address|way|line) (?:i|we) (?:can|could) (?:call|reach|contact|email|text|talk)| (?:talk|speak|chat) (?:to|with) (?:a |an )?(?:real |actual |live )?(?:person|human|agent|rep|representative|someone|consultant)| (?:is there|is this|are you|r u|is it) (?:a |an )?(?:real |actual |live )?(?:human|person|real person|bot|robot|automated|auto|automatic|machine|ai)(?: (?:message|text|texts|number|account|system|reply|replies|here|i can (?:talk|speak|chat) (?:to|with)|or (?:a |an )?(?:bot|robot|person|human|machine)))*{END}",
    ),
    Rule::help(
        "help:how-you-got-my-number",
        " who gave (?:you|u|yall|ya) (?:my|this|our) (?:number|#|phone|info|contact|digits)| how (?:did|come) (?:i|we|my number|this number|my phone|this phone|my phone number|my name) (?:get|end up|wind up|land|ended up|got) (?:on|in) (?:this|your|the|ur|these) (?:[^ ,]+ )?(?:list|texts|system)",
    ),
    Rule::help(
        "help:info",
        " (?:send|more|need|want|get|some|any|gimme|give me|requesting|request) (?:me )?(?:more )?(?:info|information|details)(?: please| pls)?{END}| (?:need|want|get) help(?: ,| $)",
    ),
    // --- seen in a shop's month of replies --------------------------------------
    Rule::opt_out(
        "consent-denied",
        " (?:never|didnt|did not|dont|do not) (?:agree|agreed|consent|consented|ask|asked|opt|opted|sign|signed) (?:in |up )?(?:to|for) (?:any |all |these |your |the |this |daily |weekly |constant |more |marketing |promo |promotional )*(?:texts|{MSG}|texting)(?: |$)",
    ),
    Rule::opt_out(
        "wrong-number",
        " (?:had|used to have|owned|was using|used) (?:this|my|the) (?:number|phone number|phone|cell|cell number|#) (?:before|prior to) (?:me|us|i got it|i did)(?: |$)",
    ),
    Rule::opt_in(
        "opt-in:sign-up",
        " how (?:do|can|would|could) (?:i|we) (?:subscribe|sign up|signup|join|opt in|optin|get on (?:the |your )?(?:text |texting |sms )?list)(?: (?:for|to) (?:the |your |ur )?(?:[^ ,]+ )?(?:texts|text list|text alerts|sms|alerts|messages|text club|texting|deals by text))?{CLAUSE_END}",
    ),
    Rule::help(
        "help:who-is-this",
        " (?:is|are) (?:this|these|you|yall) (?:[^ ,]+ ){1,4}, (?:i )?(?:ve |have )?(?:never|not ever) heard of (?:you|yall|u|you guys|this|it|them|your (?:store|company|brand|shop))(?: |$)",
    ),
    Rule::help(
        "help:program",
        " (?:sms|text|texting|messaging|text club|text program|vip) (?:terms|policy|privacy policy|terms of service|terms and conditions|rules|disclosures)(?: |$)",
    ),
    Rule::help(
        "help:contact",
        " (?:is|are) (?:this|these|you|it) (?:a |an )?(?:automated|auto|automatic|bot|robot|computer|machine)(?: (?:number|text|texts|message|messages|system|line|account))? or (?:a |an )?(?:real |actual |live )?(?:person|human|people|someone)(?: |$)",
    ),
    Rule::guard(
        "guard:wrong-item",
        &["phrase:stop-sending", "phrase:stop-messages"],
        " (?:sent|send|sending|shipped|got|received|gave|give) (?:me |us )?(?:the |a |an )?wrong (?:shade|size|color|colour|item|items|product|scent|flavor|flavour|one|ones|style|model|part|version|order|kind|type)(?: [^ ,]+| ,){0,16} (?:stop|quit) (?:sending|shipping|giving) (?:me |us )?[^ ,]+ (?:when|if|after|whenever) (?:i|we) (?:order|ordered|ask|asked|pick|picked|choose|chose|select|selected|buy|bought)(?: |$)| (?:stop|quit) (?:sending|shipping|giving|packing) (?:me |us )?(?:the |a |an )?(?:wrong|incorrect|damaged|broken|expired|used) (?:[^ ,]+ )?(?:shade|size|color|colour|item|items|product|products|scent|flavor|one|ones|style|model|part|parts|version|order|orders|box|boxes)(?: |$)",
    ),
    Rule::guard(
        "guard:ordinary-stop",
        &[],
        " stop (?:my|the|your|this|these|those|it|them|her|his|our) (?:[^ ,]+ ){0,2}from [^ ,]+ing(?: |$)| how many (?:more )?(?:points|rewards|stars|credits|purchases|orders|stamps) ",
    ),
    Rule::help(
        "help:legitimacy",
        "^ (?:{F} )*(?:is|are) (?:this|these|it|this text|this message|this link|that link|this number) (?:a |an |just |some )?(?:scam|spam|phishing|fake|fraud|legit|real)(?: (?:link|text|message|number|thing))?(?: fr| for real| tho| though| no cap| ong| lol| tbh)*{CLAUSE_END}",
    ),
    Rule::opt_out(
        "complaint:too-many",
        " (?:oh )?(?:great|wonderful|fantastic|lovely|perfect|yay|brilliant|fab|super|awesome) ,? (?:another|more|yet another|one more|even more) (?:text|{MSG})(?: |$)| (?:cant|can not|cannot) (?:take|handle|stand|bear|deal with|do) (?:another|one more|any more|anymore|more|any more of) (?:text|{MSG})| (?:text|texts|texting|txt|message|messages|msg|msgs)(?: [^ ,]+){0,10} , (?:ok |okay |seriously |honestly |right )?enough(?: already| now)?{END}",
    ),
    Rule::opt_out(
        "phrase:do-not-want",
        " not (?:keen|fussed|bothered) (?:on|about|with) (?:getting |receiving )?(?:these|the|your|any|them|all these)? ?(?:texts|{MSG})(?: |$)| (?:never|not|rather not|prefer not to|dont want to|do not want to|dont wanna) (?:to )?hear from (?:you|yall|u|you guys|you lot|ya|your (?:store|shop|company)) (?:again|anymore|ever again|any more)(?: |$)| get rid of (?:you|yall|u|you guys|you lot|ya|these (?:texts|{MSG})|your (?:texts|{MSG})|them texts|the texts)(?: |$)| (?:change|changing) my (?:number|phone number|mobile) (?:to|just to|so) (?:get away|escape|stop|get rid)",
    ),
    Rule::opt_out(
        "phrase:do-not-want",
        "^ (?:{F} )*(?:muted|muting (?:you|u|this|these|yall|ya)|blocked|blocking (?:you|u|this number|this|yall|ya|these))(?: ,)?(?: (?:bye|goodbye|byee|cya|later|done|thanks|ta|cheers))*{END}",
    ),
    Rule::opt_out(
        "phrase:off-list",
        " (?:want|wanna|would like|need|get me) off (?:both|all|your|the|ur|these) (?:[^ ,]+ )?(?:lists|list|texts)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:stop-sending",
        " (?:stahp|stawp|stoop|sotp) {SENDING} ",
    ),
    Rule::opt_out(
        "wrong-number",
        " wrong (?:bloke|guy|fella|fellow|chap|dude|lady|girl|woman|man|geezer|lad|lass|sheila|mate)(?: |$)",
    ),
    Rule::opt_out(
        "intl:pcm",
        " comot (?:my|me|dis|this|our) (?:number|name|phone)?| (?:i|we) no (?:wan|want) (?:dey )?(?:see|hear|receive|get) (?:[^ ,]+ ){0,2}(?:message|messages|text|texts|sms|msg)| (?:stop|una stop) (?:dey )?(?:send|text|message|disturb) (?:me|us)",
    ),
    Rule::help(
        "help:who-is-this",
        " who dey (?:send|text|message|sms)| na (?:which|who) (?:company|store|shop|business|person|people) (?:be|dey)| (?:is|are) (?:this|you) (?:[^ ,]+ ){1,3}, (?:the|a|that) (?:[^ ,]+ ){0,2}(?:place|company|store|shop|brand|business|boutique|people|guys){END}",
    ),
    Rule::help(
        "help:program",
        " what time (?:of day )?(?:do|will|does|would) (?:you|yall|u|you guys|these|(?:the |your )?(?:[^ ,]+ )?(?:texts|{MSG}))(?: [^ ,]+){0,2} (?:send|text|come|arrive|go out)(?: |$)| (?:are|is) (?:these|this|the|your) (?:texts|{MSG}|replies) (?:automated|automatic|auto|a bot|from a bot|bots)(?: |$)",
    ),
    Rule::guard(
        "guard:hypothetical",
        &[
            "phrase:unsubscribe",
            "phrase:keyword-clause",
            "phrase:keyword-sentence",
        ],
        " (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|mom|mum|dad|hubby|wifey|bank|wallet|bank account|accountant) (?:wants|want|told|tells|asked|says|said|keeps telling) (?:me to|us to|i need to|i have to|i should|i gotta|we need to|i must|we should) (?:unsubscribe|unsub|stop|opt out|cancel)(?: [^ ,]+){0,8}(?: ,)? (?:lol|haha|lmao|not happening|no way|nope|not a chance|as if|never)(?: |$)",
    ),
    Rule::guard(
        "guard:signed-up-for-something-else",
        &["consent-denied"],
        " (?:never|didnt|did not|havent|have not) (?:sign|signed) up for (?:the |your |a |an )?(?:loyalty (?:points|program|card|club|account)|rewards (?:points|program|card|club|account)|points|an account|account|birthday club|membership card)(?: |$)",
    ),
    Rule::guard(
        "guard:product-question",
        &["help:*"],
        " who (?:is|s) (?:this|that|the) (?:cute |adorable |handsome |pretty |gorgeous |little |sweet |fluffy )*(?:dog|cat|puppy|pup|kitten|doggo|pupper|model|baby|bunny|pet)(?: |$)",
    ),
    Rule::opt_out(
        "partial:drop-marketing",
        " no more (?:[^ ,]+ )?(?:recipes|deals|offers|coupons|specials|promos|sales)(?: (?:and|or|,) (?:[^ ,]+ )?(?:recipes|deals|offers|coupons|specials|promos|sales))?(?: please| pls| thanks| thank you)?{CLAUSE_END}| (?:only (?:the )?(?:delivery|order|shipping|tracking) (?:updates|texts|alerts|notifications)|(?:delivery|order|shipping|tracking) (?:updates|texts|alerts|notifications) only)(?: please| pls| thanks)?{CLAUSE_END}",
    ),
    Rule::opt_out(
        "phrase:do-not-send",
        " (?:please )?no (?:send|text|message|sms|msg) (?:me|us)(?: [^ ,]+){0,2} (?:anymore|any more|again|no more)(?: |$)",
    ),
    Rule::opt_out(
        "wrong-number",
        " (?:he|she|they) (?:gave up|got rid of|gave away|no longer has|no longer uses|doesnt have|does not have|switched) (?:this|that|the) (?:line|number|phone number|cell|cell number)(?: |$)",
    ),
    Rule::opt_in(
        "opt-in:sign-up",
        " (?:(?:i|we) (?:d|would) (?:like|love) to|id (?:like|love) to|wed (?:like|love) to|(?:i|we) (?:want|wanna) to|(?:i|we) want|(?:i|we) wanna) (?:subscribe|sign up|signup|join|opt in|optin)(?: please| pls| now| too)?{CLAUSE_END}",
    ),
    Rule::help(
        "help:program",
        " how often (?:do|will|would|does) (?:they|these|those|the texts|your texts|texts|the messages|it) (?:come|arrive|go out|be sent|get sent|show up|come in)(?: |$)",
    ),
    Rule::guard(
        "guard:sign-up-for-something-else",
        &["opt-in:sign-up"],
        " sign (?:me|us) up for (?:the |a |an |your |that |this )?(?:[^ ,]+ ){0,3}(?:box|plan|kit|kits|meal|meals|delivery|class|classes|trial|membership|program|rewards|account|event|workshop|raffle|giveaway|tasting|subscription box|preorder|pre order|waitlist|wait list)(?: |$)",
    ),
    Rule::guard(
        "guard:wrong-address",
        &[],
        " (?:wrong|incorrect) (?:address|addy|zip|zip code|postcode|postal code|apartment|apt|unit|house number|street|door)(?: |$)| sai địa chỉ| (?:dirección|direccion) (?:equivocada|incorrecta|mala)| (?:endereço|endereco) (?:errado|incorreto)| (?:mauvaise|fausse) adresse| falsche adresse| (?:неправильный|неверный) адрес",
    ),
    Rule::opt_out(
        "phrase:no-more",
        "^ (?:{F} |stop |🛑 )*no more(?: please| pls| thanks| thank you)?{CLAUSE_END}",
    ),
    Rule::opt_out(
        "phrase:not-interested",
        " (?:not|no longer) interested in (?:any more|anymore|more|any) of (?:these|the|your|those|all these|all the)(?: [^ ,]+)? (?:{MSG}|offers|deals)(?: |$)",
    ),
    Rule::opt_in("opt-in:rejoin", REJOIN_REQUEST),
    Rule::guard(
        "guard:unsubscribed-but-back",
        &["phrase:*", "complaint:*", "consent-denied"],
        REJOIN_REQUEST,
    ),
    Rule::help(
        "help:who-is-this",
        " who (?:sends|sent|is sending|keeps sending|s sending) (?:these|this|the|those|me these|me this|me the) (?:texts|{MSG})(?: |$)",
    ),
    Rule::help(
        "help:legitimacy",
        " (?:is|are) (?:this|these|it) (?:really |actually )?(?:the |a |an )?(?:[^ ,]+ )?(?:official|authorized|authorised) (?:number|account|line|text|texts|sender)(?: (?:for|of|from) (?:the |your |this )?(?:store|shop|company|brand))?{CLAUSE_END}",
    ),
    Rule::help(
        "help:program",
        " what (?:kind|kinds|sort|sorts|type|types) of (?:[^ ,]+ )?(?:texts|{MSG}|stuff|things|deals|offers)(?: [^ ,]+){0,2} (?:will|would|do|am) (?:i|we) (?:get|receive|be getting|be receiving|getting)| (?:update|change) (?:it|my number|my phone number|the number|my new number) (?:for|on|with) (?:these|the|your) (?:texts|{MSG}|alerts)| (?:question|questions) about (?:the |your )?(?:text|texting|sms|vip text|vip) (?:program|club|list|alerts|messages)| (?:does|do|will|would) (?:signing up|joining|being on the list|the text club|the text program) (?:give|get|include|come with|mean)| (?:do|will|would) (?:the |your |these )?(?:texts|{MSG}) (?:ever |also )?(?:come|arrive|go out|get sent|be sent) (?:on )?(?:weekends|weekdays|sundays|saturdays|holidays|at night|every day|daily)| is there (?:a |an )?(?:text|texting|sms|vip|members) (?:club|program|list|text club)",
    ),
    Rule::guard(
        "guard:delivery-status",
        &[],
        " (?:says|said|saying|shows|showed|marked|marked as|listed as|status says) (?:it was |its |it s |it is |as )?delivered| (?:diz|dizendo|consta|mostra) (?:que )?(?:foi |como )?entregue| (?:dice|dijo|aparece) (?:que )?(?:fue |está |como )?entregado| バス停| 置き配| 配達(?:の人|員)",
    ),
    Rule::help(
        "help:what-is-this",
        " what (?:are|is|r) (?:the|these|those|this|all these) (?:texts|{MSG}) (?:i m|im|i am|we re|were|i ve been|ive been|i keep|i have been) (?:getting|receiving|being sent)(?: |$)| (?:is|are) (?:this|these|it|they) (?:some kind of|some sort of|a kind of|part of|some) (?:a |an )?(?:[^ ,]+ )?(?:program|club|list|membership|subscription)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:no-more",
        "^ (?:ok |okay |alright |seriously |geez |omg )?enough(?: already| now| is enough)?{END}",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*", "consent-denied"],
        " (?:,|but|and|just|please|pls) keep (?:the |your |my )?(?:texts|sms|text messages|texting|text alerts)(?: |$)",
    ),
    Rule::opt_out(
        "partial:drop-marketing",
        " (?:rather|prefer to|want to|like to|d like to|would like to) (?:just )?not (?:get|receive|have|see) (?:the |any |your |those |these )?(?:promo|promos|promotional|marketing|sale|sales|deal|deals|ad|ads|discount) (?:ones|texts|messages|sms|alerts)(?: |$)",
    ),
    Rule::opt_in("opt-in:rejoin", REJOIN_AFTER_OPT_OUT),
    Rule::guard(
        "guard:unsubscribed-but-back",
        &["phrase:*", "complaint:*", "consent-denied"],
        REJOIN_AFTER_OPT_OUT,
    ),
    Rule::opt_out(
        "phrase:do-not-want",
        " (?:d like|id like|would like|want|prefer|d prefer|id prefer|rather|d rather|id rather) (?:to )?not (?:get|receive|be sent) (?:any more |anymore |more |any )?(?:texts|{MSG})(?: from (?:you|yall|your store|this number))?(?: |$)",
    ),
    Rule::opt_out(
        "phrase:cancel-texts",
        " (?:want|wanna|would like|d like|id like|need) to cancel (?:the |your |these |all |all the |all your )?(?:text messages|texts|sms|sms messages|text alerts|messages)(?: |$)",
    ),
    Rule::help(
        "help:legitimacy",
        " (?:is|are) (?:this|these|it) (?:really |actually )?(?:the |a |an |your )?(?:[^ ,]+ )?(?:official|authorized|authorised) (?:text |texting |sms )?(?:line|number|account|sender|channel)(?: |$)",
    ),
    Rule::help(
        "help:contact",
        " (?:is|are) (?:this|these|the) (?:number|line|texts|chat|inbox|account) (?:monitored|answered|read|checked|staffed) by (?:a |an )?(?:real |actual |live )?(?:person|human|people|someone|anyone)| will (?:someone|anyone|a person|a human|somebody|a real person) (?:actually |really )?(?:read|see|answer|respond to) (?:it|this|my reply|my replies|my texts|my messages)",
    ),
    Rule::help(
        "help:what-is-this",
        " (?:what|whats) (?:is |s )?(?:this|that) (?:number|short code|code|shortcode|5 digit code|five digit number)(?: for)?{CLAUSE_END}| (?:not sure|dont know|do not know|no idea) what (?:i|we) (?:signed up for|subscribed to|joined|opted into)",
    ),
    Rule::guard(
        "guard:order-number",
        &[],
        " (?:jersey|shirt|house|apartment|apt|tracking|model|part|serial|item|confirmation|page|room|seat|flight|account|invoice|sku|lot|style) (?:number|numbers|#|no)(?: |$)| (?:link|button|code) in the (?:text|message|text message|sms|email) (?:didnt|did not|doesnt|does not|wont|will not|isnt|is not) (?:open|work|load)",
    ),
    Rule::opt_in(
        "opt-in:resume",
        " (?:i|we) (?:really )?(?:want|would like|d like|id like|wanna) (?:the |your |those )?(?:[^ ,]+ ){0,2}(?:texts|{MSG}|deals|alerts|offers) again{CLAUSE_END}",
    ),
    Rule::help(
        "help:program",
        " (?:are|is) (?:these|the|your|this) (?:texts|{MSG}|text) (?:free|free of charge|charged|paid)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:do-not-text",
        " (?:dont|do not|never|stop|quit|no more) (?:hmu|hml)(?: |$)| (?:can|could) (?:you|u|yall|ya) (?:not|stop|quit) (?:text|texting|txt|message|messaging|msg|sms|hmu|hitting me up)(?: me| us)?(?: anymore| any more| again| ever again)?{CLAUSE_END}",
    ),
    Rule::opt_out(
        "phrase:clarified-stop",
        " i mean (?:the |your |these |ur )?(?:texts|{MSG})(?: [^ ,]+)? not (?:the |your |ur )?(?:drops|drop|products|shoes|clothes|sales|deals|stuff|items|restocks)(?: |$)",
    ),
    Rule::opt_out(
        "hostile",
        " (?:f\\*+ck|f\\*+k|f\\*+|fck|fk|frick|freaking|screw) (?:this|these|your|ur|the|all these|all your) (?:texts|{MSG}|spam|alerts)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:unsubscribe",
        " (?:opt|take|get) (?:me|us) (?:tf|the fuck|the f|the hell|the heck|th) out(?: |$)| take (?:this number|my number|the number|that number) off(?: |$)| (?:cancel|end|stop) (?:my |the |this )?subscription (?:idk|i dont know|dont know|no idea|i never|never) (?:what|signed|asked)",
    ),
    Rule::opt_out(
        "wrong-number",
        " (?:he|she|they) (?:doesnt|does not|dont|do not|no longer) (?:even )?(?:live|lives|stay|stays) here(?: anymore| any more)?(?: |$)",
    ),
    Rule::opt_in(
        "opt-in:resume",
        " (?:ur|your|the|my) (?:[^ ,]+ )?(?:texts|{MSG}|alerts) (?:can|may|should|could) (?:come back|start again|resume|start back up|come back now)| bring back (?:my |the |your |ur )?(?:[^ ,]+ )?(?:texts|{MSG}|alerts)(?: |$)",
    ),
    Rule::help(
        "help:program",
        " (?:rules|terms|fine print) (?:for|of) (?:this|the|your|ur) (?:text |sms |vip |texting )?(?:club|program|list|texts)(?: |$)",
    ),
    Rule::help(
        "help:legitimacy",
        " how (?:do|can|would) (?:i|we) know (?:this|these|it) (?:is|are|s) (?:really |actually |legit |real )?(?:you|u|yall|you guys|u guys|from you|your store|legit|real)(?: |$)",
    ),
    Rule::guard(
        "guard:negated-stop",
        &[
            "phrase:unsubscribe",
            "phrase:keyword-clause",
            "phrase:keyword-sentence",
        ],
        " (?:havent|have not|hasnt|didnt|did not|never) (?:yet |even |already )?(?:unsubbed|unsubscribed|opted out|blocked (?:you|u|yall|this number))(?: |$)",
    ),
    Rule::guard(
        "guard:spam-as-a-verb",
        &["complaint:spam"],
        " spam (?:refreshed|refreshing|refresh|clicked|clicking|click|tapped|tapping|called|calling|emailed|emailing)(?: |$)",
    ),
    Rule::guard(
        "guard:order-complaint",
        &["help:contact"],
        " (?:support|customer service|customer support)(?: [^ ,]+){0,2} (?:hasnt|has not|havent|have not|didnt|did not|never|wont|isnt|is not) (?:answered|replied|responded|gotten back|got back|answering|replying|responding)",
    ),
    Rule::guard(
        "guard:product-question",
        &["help:*"],
        " (?:credit|discount|rebate|coupon|code|refund|warranty|points)(?: [^ ,]+){0,3} or (?:is|does) (?:it|that|this) (?:automatic|automatically|apply automatically|happen automatically)(?: |$)| who (?:is|s) (?:this|that|the) (?:[^ ,]+ )?(?:colorway|color|colour|shoe|shoes|hoodie|jacket|fit|drop|size|style|design|set|bundle|gift|box|product|item|one) (?:for|made for|meant for)(?: |$)",
    ),
    Rule::guard(
        "guard:ordinary-stop",
        &[],
        " stop (?:sign|signs|motion|light|lights)(?: |$)|^ (?:{F} )*help(?: me)?(?: ,)? (?:i|im|i m|my|me) (?:need|want|love|cant|can not|am|ordered|bought|got|have)(?: |$)| (?:di|hindi) (?:ako |kami )?(?:maka ?tigil|mapigilan|mapigil)",
    ),
    Rule::opt_in(
        "opt-in:resume",
        " (?:please |pls |can you |could you )?(?:start|restart|resume) (?:again|back up|it again|them again|the texts again|texting me again)(?: {F})*{CLAUSE_END}| (?:sign up|subscribe|add|enroll) (?:[0-9]+ ){1,4}(?:for|to|on) (?:the |your )?(?:[^ ,]+ ){0,2}(?:sms|texts|text|deals|alerts|list)(?: |$)",
    ),
    Rule::opt_out(
        "phrase:do-not-want",
        " (?:dont|do not|never) want (?:these|your|the|any|those|ur) (?:massages|massage|tax|taxes|tex|texas)(?: anymore| any more| no more)?(?: |$)| stop sending (?:me )?(?:tax|taxes|massages|texas)(?: |$)",
    ),
    Rule::help(
        "help:who-is-this",
        " (?:which|what) (?:company|store|business|shop|brand) (?:this|these|the) (?:message|text|texts|messages) (?:is|are|was|were|came|come) from",
    ),
    Rule::help(
        "help:program",
        " (?:change|update|switch) (?:my|the) (?:phone )?(?:number|phone|cell) (?:that|which) (?:gets|receives|get|receive) (?:these|the|your) (?:texts|{MSG})",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*", "consent-denied"],
        " not (?:your|the|ur) (?:texts|sms|text messages)(?: ,)? (?:those|they|these|those texts) (?:are|re|r) (?:fine|ok|okay|good|great)",
    ),
    Rule::guard(
        "guard:rescinded-stop",
        &["phrase:*", "complaint:*", "consent-denied"],
        ACCIDENTAL_STOP,
    ),
    Rule::opt_in("opt-in:rejoin", ACCIDENTAL_STOP),
    Rule::opt_in(
        "opt-in:resume",
        " , (?:i |we )?(?:want|need|would like|d like) (?:the |your )?(?:[^ ,]+ ){0,2}(?:texts|{MSG}|deals|alerts|offers) (?:again|back){CLAUSE_END}",
    ),
    Rule::help(
        "help:contact",
        " what (?:number|phone number|email|email address) (?:do|can|should) (?:i|we) (?:call|text|email|use|contact) (?:for|to reach|about) (?:support|customer service|customer support|help|someone|a person)(?: |$)",
    ),
    Rule::opt_in(
        "opt-in:sign-up",
        " how (?:can|do|would) (?:i|we) (?:get|receive|start getting) (?:the |your )?(?:[^ ,]+ )?(?:texts|text deals|text alerts|sms)(?: on my phone)?{CLAUSE_END}",
    ),
    Rule::help(
        "help:program",
        " (?:do|will|would) (?:you|yall|u) charge (?:me )?(?:for|to receive|to get) (?:these|the|your|this|any) (?:texts|{MSG})",
    ),
    // --- English written by speakers of other languages ------------------------
    Rule::opt_out(
        "phrase:stop-sending",
        " stop to (?:write|writing|text|texting|send|sending|message|messaging|contact|bother) (?:me|us|this number)",
    ),
    Rule::opt_out(
        "consent-denied",
        " never gave (?:you |u |yall |your shop )?(?:the |my |any |a )?(?:permission|consent|authori[sz]ation|approval)",
    ),
    Rule::opt_in(
        "opt-in:rejoin",
        " put (?:me|us|my number) (?:again|back) (?:on|in) (?:the|your) (?:list|texts|sms list|text list|club)",
    ),
    Rule::help(
        "help:what-is-this",
        " what (?:is|s) this (?:shop|store|company|business|brand|website)(?: {F})*{CLAUSE_END}",
    ),
    // --- indirect requests seen in a US shop's inbox ------------------------------
    Rule::opt_out(
        "phrase:do-not-want",
        " (?:im|i m|i am|were|we re|we are) good on (?:these|those|the texts|your texts|texts|them|the messages|the {MSG})| (?:dont|do not) need (?:the |these |your |all the |all these |those )?(?:daily |constant |weekly |endless |nonstop )?(?:pings|texts|{MSG}|alerts|notifications|reminders|promos)(?: |$)| (?:ill|i ll|i will|im gonna|i m gonna|im going to|i m going to) pass on (?:the |these |your |all )?(?:texts|{MSG}|promos|alerts)| (?:im|i m|i am|were|we re) moving on from (?:your|this|the) (?:brand|store|shop|company|texts)| keep (?:them|it|these|those|the ads|your ads|the texts|your texts|that|this) off (?:my|this|our) (?:phone|number|cell)",
    ),
    Rule::opt_out(
        "phrase:do-not-want",
        " (?:my|this) (?:phone|number|cell|cell phone) is (?:only )?for (?:family|friends|work|personal use|emergencies)(?: and [^ ,]+)?(?: only)?{CLAUSE_END}| (?:lets|let s|time to|we need to|i m gonna|im gonna) break up(?: with (?:you|yall|your [^ ,]+))?(?: |$)| unfollow(?:ing|ed)? (?:you|yall|u)(?: [^ ,]+){0,2}(?: ,)? (?:texts|sms|text messages|{MSG}) (?:included|too|as well)| opt (?:me|us) (?:outta|out of this|out of these)",
    ),
    Rule::opt_out(
        "phrase:would-rather-not",
        " (?:id|i d|i would|wed|we d|we would) (?:rather|prefer to) not hear from (?:you|yall|your (?:store|shop|company|brand))",
    ),
    Rule::opt_out(
        "phrase:do-not-send",
        " (?:if you|you) (?:would|could|will) not send (?:me |us )?(?:any more|anymore|any further|further|more|these)",
    ),
    Rule::opt_out(
        "phrase:remove-me",
        " remove (?:my|this) (?:telephone|phone|cell|cell phone|mobile) number from (?:your|the|all) (?:records|list|lists|system|database|files)| remove (?:him|her|them|my (?:son|daughter|kid|child|mom|dad|mother|father|husband|wife|grandma|grandpa))(?: {F})*{CLAUSE_END}",
    ),
    Rule::opt_out(
        "wrong-number",
        " (?:this is|this was|its|it s|that s|thats|this phone is|this number is) my (?:late |little |teenage |12 year old )?(?:son|daughter|kid|child|mom|mother|dad|father|grandma|grandmother|granny|nana|grandpa|grandfather|husband|wife|aunt|uncle|brother|sister)s (?:old )?(?:phone|number|cell|line)| (?:you|u|yall) (?:have|got|ve got|have got|must have) (?:my|this) number (?:by mistake|in error|by accident|mistakenly|wrong)",
    ),
    Rule::opt_out(
        "hostile",
        " (?:go )?kick rocks| who the (?:[^ ,]+ ){1,2}(?:keeps|keep|is) (?:texting|messaging|txting|spamming|sending)",
    ),
    Rule::opt_out(
        "complaint:too-many",
        " why (?:do|does|are|r) (?:you|u|yall|you people|you guys|this store|this number) (?:people |guys )?(?:keep )?(?:text|texting|message|messaging|txt|txting) (?:me|us) (?:every single day|every day|so much|so often|all day|daily|constantly|nonstop)| (?:every day|every single day|daily|all day)(?: ,)? (?:and )?(?:sometimes|even|or) (?:twice|two times|three times|2x|3x)",
    ),
    Rule::opt_out("clarified:means-stop", " (?:that|this) means stop(?: |$)"),
    Rule::opt_in(
        "opt-in:resume",
        " (?:texts|{MSG}|alerts|notifications) back on(?: {F})*{CLAUSE_END}",
    ),
    Rule::help(
        "help:who-is-this",
        " (?:are|r) (?:you|u|yall|ya) (?:a )?(?:bot|robot|real person|human|machine|ai)(?: {F})*{CLAUSE_END}| rua (?:bot|robot|real person|human)(?: {F})*{CLAUSE_END}| (?:someone|somebody|a scammer) pretending to be (?:you|yall|them|the store)| (?:i )?(?:dont|do not) recogni[sz]e (?:the|this|your) (?:name|number|brand|store|company|sender)| what (?:is|s) this (?:about|regarding|for)(?: {F})*{CLAUSE_END}|^ (?:{F} )*how often(?: {F})*{END}",
    ),
    Rule::guard(
        "guard:product-question",
        &["phrase:*"],
        " (?:the )?(?:tag|label|sticker) (?:says|said|reads) (?:do not|dont) remove| cut (?:it|them|the tag|the label|the tags) off (?:the|my|of the) (?:cushion|couch|sofa|pillow|shirt|shoes|sneakers|collar|chair|rug|jacket|bed)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*"],
        " (?:unsubscribed|unsubbed|opted out) (?:from|of) (?:every|all|each) other (?:brand|store|shop|list|company)| but (?:kept|keep|am keeping|still have) (?:you|yall|u|your texts)(?: |$)",
    ),
    Rule::help(
        "help:who-is-this",
        " who sent (?:this|these|that|me this|me these)(?: {F})*{CLAUSE_END}",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*"],
        " (?:emails|e mails|mails)(?: ,)? (?:but )?(?:the )?(?:texts|sms) (?:are )?(?:ok|okay|fine|still ok|are good)(?: {F})*{CLAUSE_END}",
    ),
    Rule::guard(
        "guard:playful-stop",
        &["hostile", "phrase:*"],
        " stfu(?: ,)? (?:these|this|that|they|it)(?: [^ ,]+)? (?:are|is|re|s) (?:so |too |literally )?(?:cute|gorgeous|beautiful|amazing|perfect|fire)|^ (?:{F} )*stop it(?: ,)? (?:i |we )?(?:need|want|love) (?:this|these|it|them)",
    ),
    // --- phrasings a rule-writer does not see coming ------------------------------
    Rule::opt_out(
        "phrase:do-not-want",
        " no longer (?:receive|get|be sent|be texted|receiving|getting) (?:these |the |your |any |those )?(?:texts|{MSG}|promos|alerts)| (?:texts|{MSG}|alerts|promos) (?:be|get|to be) (?:discontinued|stopped|cancelled|canceled|ended|halted|turned off)| top (?:texting|messaging|txting|spamming) (?:me|us)| stop (?:mithering|hassling|pestering|harassing|badgering|bugging|hounding|nagging|annoying|bothering) (?:me|us)| not doing (?:these|the|your|this) (?:texts|{MSG}|promos)| (?:ive|i ve|i have|im|i m|i am) (?:had it|done|over it|sick) with (?:these|the|your|all these|all the|all your) (?:texts|{MSG}|promos|ads|alerts)| (?:mind|consider) not (?:texting|messaging|sending|contacting) (?:me|us)| (?:texts|{MSG}|alerts|promos) (?:have to|has to|need to|needs to|must|gotta) (?:go|stop|end)(?: {F})*{CLAUSE_END}",
    ),
    Rule::opt_out(
        "phrase:do-not-want",
        " (?:this|that) (?:was|is|be|being) the last (?:text|message|msg|one) (?:i get|i receive|youll send|you send|from you)| make (?:this|that) (?:the|your) last (?:one|text|message)| let (?:this|that|it) be the (?:end|last) of (?:the|these|your) (?:texts|{MSG})| hold (?:the|your|all|these|all the) (?:texts|{MSG}|promos)(?: |$)| (?:silence|mute) (?:these|them|those)(?: {F})*{END}| (?:be|been|get|keep me) left off (?:any|all|the|your|future)",
    ),
    Rule::opt_out(
        "phrase:remove-me",
        " delist (?:it|me|my number|this number|us)| bin (?:my|this) (?:number|details|contact|info)| take ,? me ,? off(?: {F})*{END}|^ (?:{F} ,? )*(?:nope|no|nah) ,? off (?:the|your|this) list(?: {F})*{END}",
    ),
    Rule::opt_out(
        "partial:drop-marketing",
        " (?:emails?|e mails?|mail) instead of (?:texts|sms|{MSG}|text)| (?:texts|sms|text messages) , no(?: ,| $)| only (?:text|message|contact) (?:me|us) (?:if|when|about|for) (?:my |an |the |our )?(?:package|order|orders|delivery|deliveries|shipment|shipping|tracking)| (?:opting out|opt out|opt me out|unsubscribe me|unsub) (?:of|from) (?:the |your |all )?(?:[^ ,]+ ){0,2}(?:texts|sms|text messages|text alerts)",
    ),
    Rule::opt_out(
        "consent-denied",
        " (?:i am|im|i m) not your customer| never gave (?:[^ ,]+ ){1,3}(?:permission|consent) to (?:text|message|contact|send)",
    ),
    Rule::opt_out(
        "wrong-number",
        " wrong (?:digits|numba|numbah|numbuh|nomba)",
    ),
    Rule::opt_in(
        "opt-in:rejoin",
        " undo (?:my|the|that) (?:unsubscribe|opt out|optout|stop)| (?:like|want|would like|d like) to (?:start|begin) (?:receiving|getting) (?:the |your )?(?:texts|{MSG}|alerts|promos)| put (?:me|us) down for (?:the |your )?(?:texts|{MSG}|alerts|text club)| send (?:the |your )?(?:texts|{MSG}|alerts) (?:here|to this number) (?:from now on|instead|now)| subscribe my (?:wife|husband|mom|dad|son|daughter|partner|friend|sister|brother)s (?:number|phone|cell)| get back on (?:the|your) (?:text |sms |texting )?(?:list|club|texts)| opt (?:me |us )?back (?:in|into)",
    ),
    Rule::guard(
        "guard:unsubscribed-but-back",
        &["phrase:*"],
        " undo (?:my|the|that) (?:unsubscribe|opt out|optout|stop)| get back on (?:the|your) (?:text |sms |texting )?(?:list|club|texts)",
    ),
    Rule::help(
        "help:who-is-this",
        " who am i (?:talking|speaking|texting|chatting) (?:to|with)| or (?:a )?(?:different|another|some other) (?:store|company|shop|brand)(?: {F})*{CLAUSE_END}| which (?:company|store|shop|brand|business) (?:do|are) (?:you|u|yall) (?:represent|with|from|work for)| same (?:company|store|brand|people) as the (?:emails|app|website|store)",
    ),
    Rule::help(
        "help:how-you-got-my-number",
        " (?:where|how)(?:d| did| d)? (?:you|u|yall|you lot|you guys) (?:get|got|find|obtain) (?:my|this) (?:mobile |cell |phone )?number| (?:do|will|would) (?:you|u|yall) (?:share|sell|give) (?:my|our) (?:number|phone number|info|data|information)",
    ),
    Rule::help(
        "help:program",
        " what (?:exactly )?did (?:i|we) sign up for| (?:reach|talk to|speak to|speak with|talk with) (?:an? )?(?:actual |real |live )(?:human|person|agent|representative)| what (?:is|s) (?:the|this|your) (?:text|sms|vip text|texting) (?:club|program|list|alerts)| (?:are|is) (?:these|this|it|they) automated| (?:someone|anyone|a person|a human) (?:actually )?(?:reading|read|see|sees) (?:my|these) (?:replies|texts|{MSG})| change (?:which|what) (?:phone|number) (?:gets|receives|get)| what (?:keywords|commands|words|options) (?:can|do|should) (?:i|we) (?:reply|text|send|use)| is this (?:about my order|an ad|advertising|marketing|a promo) or",
    ),
    Rule::help(
        "help:why-am-i-getting-this",
        " why (?:did|do|am) (?:i|we) (?:get|got|getting|receive|receiving) (?:a|this|these|your) (?:text|texts|message|{MSG})",
    ),
    Rule::guard(
        "guard:gift-note-or-tag",
        &["help:*"],
        " who is this (?:gift|package|order|parcel|box|present)| (?:someone|somebody|a seller|a guy) on (?:marketplace|facebook|ebay|amazon|instagram|tiktok|craigslist|poshmark|mercari|etsy) (?:is )?(?:selling|sells|listed)",
    ),
    Rule::guard(
        "guard:order-complaint",
        &["complaint:*", "phrase:*"],
        " keep sending (?:me )?(?:the )?wrong (?:size|sizes|item|items|color|colour|order|product|thing|shoes)| (?:off|from) (?:the|your|her|his|their|my) (?:gift |baby |wedding )?registry| (?:ill|i ll|i will|then ill|then i ll) stop (?:bugging|bothering|pestering|annoying) (?:you|yall|u)| stop (?:putting|including|adding) (?:the )?(?:paper )?(?:invoices?|receipts?|packing slips?|catalogs?|samples?|flyers?|inserts?) ",
    ),
    // --- long replies: rejoin stories, questions about the program ------------------
    Rule::opt_in("opt-in:rejoin", REJOIN),
    Rule::guard(
        "guard:unsubscribed-but-back",
        &[
            "phrase:*",
            "complaint:*",
            "consent-denied",
            "wrong-number",
            "hostile",
            "intl:*",
        ],
        REJOIN,
    ),
    Rule::opt_out("negated:rejoin", NEGATED_REJOIN),
    Rule::opt_in(
        "opt-in:sign-up",
        " (?:like|want|would like|d like) to sign up (?:to get|for) (?:your |the )?(?:texts|{MSG}|alerts|text club)| can i (?:just )?join (?:from here|by text|here)",
    ),
    Rule::opt_out(
        "consent-denied",
        " (?:formal )?revocation of (?:any |my |all )?consent| revoke (?:any |my |all )?consent| (?:did not|didnt) knowingly (?:agree|consent|sign up|opt in)",
    ),
    Rule::opt_out(
        "phrase:take-me-off",
        " take (?:it|this number|this phone) off (?:your|the) (?:text |sms )?list",
    ),
    Rule::help(
        "help:program",
        " (?:know|understand|tell me) what (?:i|we) (?:signed|signed up|agreed|subscribed) (?:up )?(?:for|to)| what do (?:i|we) get(?: {F})*{CLAUSE_END}| (?:is there )?(?:a )?(?:membership|monthly|hidden|subscription) fee| confirm (?:this|it) is (?:really |actually )?from| identify yourselves| name of (?:the|your) (?:company|business|store)| (?:short codes?|numbers?) claiming to be (?:you|the store)| what number should i save| by a third party(?: {F})*{CLAUSE_END}| who has access to my (?:phone )?number| what times? (?:of day )?(?:do )?(?:you )?(?:usually )?send| what (?:is|s) the deal with (?:these|the|your) texts| understand the program|^ (?:{F} )*info(?: {F})* , (?:i m|im|i am|what|who|is this|i)(?: |$)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*", "intl:*"],
        " (?:unsubscribed|unsubbed|opted out) from (?:like |about |over )?(?:[0-9]+|two|three|four|five|ten|a bunch of|a few|several|so many|all the|most) (?:other )?(?:stores|brands|newsletters|lists|shops|companies|emails)| (?:dont|do not) want to (?:unsubscribe|opt out) myself| ibang (?:mga )?(?:store|tindahan)| de otras? tiendas?| đừng bao giờ ngừng",
    ),
    Rule::guard(
        "guard:quoted-footer",
        &["phrase:*", "help:*"],
        " (?:said|says|the|your|part) reply (?:stop|end|cancel|quit|stopall) to (?:end|opt out|optout|unsubscribe|cancel|quit|stop)",
    ),
    Rule::guard(
        "guard:order-complaint",
        &["complaint:*", "help:*", "wrong-number"],
        " (?:return|refund|exchange) (?:them|it|this|these|the [^ ,]+|her [^ ,]+|his [^ ,]+)(?: |$)| update (?:the|my) (?:contact|phone) number on| message for (?:the )?customer service| wrong item",
    ),
    Rule::guard(
        "guard:help-question",
        &["complaint:*"],
        " not trying to scam| flagged (?:your|this|the) (?:text|message) as",
    ),
    Rule::guard(
        "guard:who-signed-me-up",
        &["opt-in:*"],
        " (?:she|he|they|someone|my [^ ,]+) put my number in",
    ),
    Rule::help(
        "help:who-is-this",
        " (?:talking|texting|speaking|chatting) (?:to|with) a (?:bot|robot|real person|human|machine)",
    ),
    Rule::guard(
        "guard:order-complaint",
        &[],
        " blocked my (?:card|payment|order|account|purchase)",
    ),
    // --- replies written to fool a detector ------------------------------------------
    Rule::opt_out(
        "consent-denied",
        " (?:i )?(?:didnt|did not|never) agree(?:d)? to (?:that|this|these|it|any of this|being texted)| no point (?:in )?(?:texting|messaging|sending)",
    ),
    Rule::opt_out(
        "phrase:do-not-want",
        " no thanks to (?:the|your|these) (?:texts|{MSG})",
    ),
    Rule::opt_out(
        "partial:drop-marketing",
        " turn off (?:the |your )?(?:[^ ,]+ ){0,2}(?:texts|text alerts|text reminders|sms)(?: |$)| turn off (?:the |your )?(?:abandoned )?cart reminders",
    ),
    Rule::opt_in(
        "opt-in:join",
        " yes to (?:the |your )?(?:texts|{MSG}|alerts)",
    ),
    Rule::help(
        "help:program",
        " (?:get|receive) (?:these|the texts|them) on (?:my )?(?:other|another|a different|new) (?:phone|number)| (?:daily|weekly|every day) (?:texts|{MSG}) or (?:just )?(?:sometimes|weekly|once in a while)",
    ),
    Rule::guard(
        "guard:spam-as-a-verb",
        &["complaint:*"],
        " (?:a |the )?scam (?:site|website|page|text|link|call|account)| scam alert| (?:thought|think|figured) (?:your|this|the) (?:email|text|message)s? (?:was|were|is) spam| (?:other|some|most) (?:shops|stores|brands|companies) spam| pretending to be you| (?:llegó|cayó|se fue) (?:a|al|en) (?:spam|la carpeta de spam|correo no deseado)| make sure (?:this|it) (?:is not|isnt|s not) (?:a )?scam| hindi (?:ito|to) scam",
    ),
    Rule::guard(
        "guard:wrong-number-entered",
        &["wrong-number"],
        " wrong number (?:is )?on the (?:shipping )?(?:label|package|box|receipt|order)| wrong (?:number|person|chat|thread)(?: ,)?(?: lol| haha| oops)* (?:that|this) was (?:for|meant for)",
    ),
    Rule::guard(
        "guard:order-action",
        &["phrase:*"],
        " (?:dont|do not) text (?:it|him|her|them) the (?:receipt|tracking|code|link|invoice|confirmation)| (?:email|send) (?:me )?the receipt(?: [^ ,]+| ,){0,4} (?:dont|do not) text it",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*"],
        " texts only(?: from now on)?(?: |$)| (?:catalogs?|mailers?|flyers?) in the mail| texts are all i (?:read|need|want|check)",
    ),
    Rule::guard(
        "guard:hypothetical",
        &["phrase:*", "complaint:*", "intl:*"],
        " (?:says|said|told me) (?:i|we) (?:should|need to|have to|gotta) (?:block|unsubscribe|unsub|opt out|stop)(?: [^ ,]+| ,){0,4} (?:not happening|i said no|said no|but i wont|nope|no way|never)| (?:should|ought to) (?:really )?(?:unsubscribe|unsub|opt out|block you)(?: [^ ,]+){0,6} but (?:i wont|im not|i cant|never)| told (?:the|my|another|a different) (?:[^ ,]+ ){0,2}(?:place|store|shop|company|brand) to stop| dice que me (?:dé|de) de baja(?: [^ ,]+| ,){0,5} (?:pero )?(?:ni loca|ni loco|jamás|nunca)",
    ),
    Rule::guard(
        "guard:playful",
        &["phrase:*", "complaint:*"],
        " so good(?: ,)? stop it(?: |$)| (?:yours|your texts|your deals) are (?:way |so |much )?(?:more fun|better|the best|actually useful)",
    ),
    Rule::guard(
        "guard:product-question",
        &[],
        " out of stock| sold out| (?:nutrition|product|size|sizing|care) info| (?:cancelled|canceled) my order| stop tempting (?:me|us)| start date",
    ),
    Rule::opt_out(
        "wrong-number",
        " not whoever (?:ordered|signed up|bought|subscribed)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*"],
        " texting is (?:easier|better|fine|best)",
    ),
    Rule::opt_out(
        "phrase:do-not-want",
        " had (?:my|our) fill of (?:these|the|your) (?:texts|{MSG})| , off (?:the|your|this) list(?: {F})*{END}|^ (?:{F} )*off (?:the|your|this) list(?: {F})*{END}| not interested in (?:the |your |these |cart |any )*(?:reminders|texts|{MSG}|promos|alerts|anything)",
    ),
    Rule::opt_in(
        "opt-in:join",
        " put (?:this|my) number on (?:your|the) (?:[^ ,]+ )?(?:text|sms) (?:list|club)",
    ),
    Rule::help(
        "help:program",
        " can i reply to this number| is (?:this|it) (?:a )?no reply| is this the (?:[^ ,]+ ){1,3}text (?:line|club|list|number)| do (?:i|we) (?:pay|get charged|have to pay) for (?:these|the|your) (?:texts|{MSG})| info on how (?:this|it) works",
    ),
    // --- long replies once more ----------------------------------------------------------
    Rule::opt_out(
        "clarified:replying-stop",
        " so here i am(?: ,)? replying| (?:this is me|consider this me) replying",
    ),
    Rule::opt_in(
        "opt-in:join",
        " (?:wants|want) in on (?:it|the texts|this)(?: too)?",
    ),
    Rule::guard(
        "guard:quoted-footer",
        &["phrase:*", "help:*", "complaint:*"],
        " (?:says|said|ends with|ended with|ends in|saw|read|reads|see)(?: [^ ,]+| ,){0,8} (?:reply|text) (?:stop|end|cancel|quit|stopall) to (?:opt out|optout|unsubscribe|cancel|end|quit|stop)| im not unsubscribing",
    ),
    Rule::guard("guard:quoted-footer", &[], " (?:text|reply) help for help"),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*", "intl:*"],
        " (?:unsubscribed|unsubscribing|unsubbed|opted out|texted stop|replied stop) (?:from|to) (?:like |about )?(?:a |my |the )?(?:[0-9]+ |two |three |four |five |ten |fifteen |twenty |a bunch of |a few |several )?(?:other )?(?:pizza place|pharmacy|bank|gym|restaurant|stores|brands|shops|places|restaurants|companies)| (?:keeps|kept) telling me to unsubscribe| bei (?:zwei |drei |vier |mehreren |allen )?anderen (?:shops|läden|händlern) abgemeldet| ohne spam| thích tin nhắn",
    ),
    Rule::guard(
        "guard:help-question",
        &["opt-in:*", "phrase:*", "consent-denied"],
        " before i sign up| what kind of (?:messages|texts) (?:i ll|ill|i will|will i) get| not saying i (?:didnt|did not) (?:give|sign|agree)",
    ),
    Rule::help(
        "help:program",
        " how many (?:texts|{MSG}) (?:a|per) (?:week|month|day)| what kind of (?:messages|texts) (?:i ll|ill|i will|will i) get| (?:get|receive) (?:the |these |your )?(?:texts|{MSG}) in (?:spanish|english|french|chinese|vietnamese|korean)| did (?:the|my) sign ?up go through| am i on the (?:text )?list",
    ),
    Rule::guard(
        "guard:order-action",
        &["phrase:*", "complaint:*", "help:*"],
        " stop the (?:shipment|delivery|package) | on hold with| cancel my (?:[^ ,]+ )?(?:razor|coffee|meal|vitamin|wine|snack|dog food|pet food|blade) subscription| remove my name from the (?:gift|card|note|message|order|package)| at the end of the day",
    ),
    // "enrolled in a program" is often another program; the texting one is a rejoin.
    Rule::opt_in(
        "rejoin:sms-program",
        " re enroll(?:ed)? in (?:your |the )?(?:sms|text|texting) (?:program|list|club|alerts|notifications)",
    ),
    // --- long replies, a third time --------------------------------------------
    // Someone else's opt-out, told as a story: "my friend said she unsubscribed".
    Rule::guard(
        "guard:someone-else-unsubscribed",
        &["phrase:unsubscribe", "phrase:off-list", "wrong-number"],
        " (?:she|he|they) (?:had |has |have |just |already )?(?:unsubscribed|unsubbed|opted out)(?: |$)| (?:friend|mom|mother|dad|father|daughter|son|sister|brother|husband|wife|kids|teenager|roommate|coworker|neighbor|aunt|uncle|grandma|grandpa|cousin|boyfriend|girlfriend)(?: [^ ,]+)? (?:said |says |told me )?(?:she |he |they )?(?:had |has |just |already )?(?:unsubscribed|unsubbed|opted out)(?: |$)",
    ),
    // An opt-out the sender has since undone: "I opted out in the spring, but I
    // signed back up last month".
    Rule::guard(
        "guard:unsubscribed-but-back",
        &[
            "phrase:unsubscribe",
            "phrase:off-list",
            "phrase:be-removed",
            "phrase:said-stop",
            "complaint:too-many",
        ],
        " (?:unsubscribed|unsubbed|opted out|texted stop|replied stop|sent stop)(?: [^ ,]+){0,14}(?: ,)? (?:but|then|and) (?:i |we )?(?:signed|subscribed|opted|joined) (?:back up|up again|back in|in again|back)(?: |$)",
    ),
    Rule::guard(
        "guard:not-leaving",
        &[
            "phrase:unsubscribe",
            "phrase:how-to-stop",
            "phrase:keyword-clause",
            "phrase:off-list",
        ],
        " (?:im|i m|i am) not going anywhere(?: lol| haha| lmao)?{CLAUSE_END}",
    ),
    Rule::guard(
        "guard:not-trying-to-stop",
        &["phrase:*", "complaint:*"],
        " (?:wasnt|was not|im not|i m not|i am not|not) trying to (?:unsubscribe|unsub|opt out|stop (?:you|the texts|your texts|getting))",
    ),
    Rule::guard(
        "guard:someone-else-texting",
        &[
            "phrase:stop-messages",
            "phrase:stop-sending",
            "phrase:do-not-text",
        ],
        " (?:told|tell|asked|ask|telling|keep telling) (?:my )?(?:husband|wife|mom|mother|dad|daughter|son|sister|brother|friend|kids|boyfriend|girlfriend|partner|him|her|them) to (?:stop|quit) (?:texting|sending|calling|messaging)",
    ),
    Rule::guard(
        "guard:fewer-texts",
        &["phrase:do-not-want", "complaint:too-many"],
        " (?:text|message|send) (?:me|us) (?:once a week|once a month|weekly|monthly|every other day) instead",
    ),
    Rule::guard(
        "guard:product-detail",
        &[],
        " remove my (?:last|first|full) name",
    ),
    // A restock alert: "text me when it's back (in stock)".
    Rule::guard(
        "guard:product-detail",
        &["opt-in:*"],
        " (?:text|notify|tell|message|ping) (?:me|us)(?: know)? (?:when|once|if|as soon as) (?:it s|its|it is|they re|theyre|they are|the [^ ,]+ (?:is|are)) back(?: in stock)?(?: |$)",
    ),
    Rule::guard(
        "guard:not-a-question",
        &["help:program"],
        " because of how (?:many|much|often)",
    ),
    Rule::guard(
        "guard:not-a-question",
        &["phrase:partial"],
        " is this (?:the )?(?:[^ ,]+ ){0,3}or (?:just|only) ",
    ),
    Rule::guard("guard:not-enough", &["phrase:stop-messages"], " end up "),
    Rule::help(
        "help:how-you-got-my-number",
        " how(?:d| did| would| does)? (?:my|this|our) (?:number|phone number|cell|cell number) end up (?:on|with|in|at)(?: |$)",
    ),
    Rule::guard(
        "guard:product-detail",
        &["complaint:keep-texting"],
        " (?:wont|dont|never|cant|keeps?) stop (?:slipping|falling|sliding|coming|ripping|peeling|squeaking|leaking|breaking|shedding|pilling|fraying|itching|barking|beeping|blinking|flashing|crashing|glitching|buffering|spinning|unraveling|tangling|sticking|creasing|fogging)(?: |$)",
    ),
    Rule::help(
        "help:who-is-this",
        " who sent (?:it|this|that|this text|the text|me this|me that)(?: |$)|^ (?:{F} )*what is this (?:lol|lmao|haha|hahaha)(?: ,|$)",
    ),
    Rule::guard(
        "guard:order-action",
        &["opt-in:*"],
        " cancel(?:ed|led)? (?:my|the|our) order(?: [^ ,]+| ,){0,14} undo| (?:ill|i ll|i will|we ll|well|we will) turn (?:it|them) back on",
    ),
    // A request to stop getting the texts that a guard on the story around it
    // must not void ("I almost quit your store, but I want to quit getting
    // these texts"; "cancel my order, and cancel the texts too").
    Rule::opt_out(
        "clarified:stop-getting",
        " (?:want|need|would like|d like|id like) to (?:quit|stop) (?:getting|receiving) (?:these|the|your|any) (?:texts|{MSG})| (?:please|pls|and|also|just|can you|could you|go ahead and|you can|,) cancel (?:the|these|your|all|my|all the|all your) (?:texts|text messages|sms|txts|marketing texts|promo texts|text alerts)(?: |$)| (?:still |just )?want (?:off|out of) (?:the|your|these|this) (?:texts|text list|list|{MSG})(?: |$)| remove (?:me|my number) from (?:the|your) (?:sms|text|texting) list",
    ),
    Rule::opt_out(
        "partial:drop-marketing",
        " (?:only|just) (?:want|need) (?:the )?(?:texts|messages|updates|text updates) (?:about|for|on) (?:my )?(?:orders?|shipping|deliveries|order updates)(?: |$)",
    ),
    Rule::help(
        "help:program",
        " (?:explain|tell me|know) what (?:this|these|the) (?:text |texts |sms |texting )?(?:program|club|messages|texts) (?:is|are)(?: |$)| (?:move|transfer|switch) (?:my )?(?:text |sms )?(?:alerts|texts|messages|subscription) (?:over )?to (?:my |the |a )?new (?:number|phone)",
    ),
    // --- a pet shop's month, and thirty languages at once --------------------
    Rule::guard(
        "guard:product-detail",
        &[],
        " (?:anti|stop|no) (?:chew|bark|pull|itch|lick|scratch|bite) (?:spray|collar|harness|drops|gel|solution)",
    ),
    Rule::guard(
        "guard:order-action",
        &["phrase:stop-sending"],
        " stop sending (?:me )?(?:the |those |these |extra )?(?:[^ ,]+ ){0,2}(?:scoops?|samples?|bags?|catalogs?|inserts?|stickers?|freebies|toys?|paper receipts?|flyers?|cards?) (?:with|in)(?: |$)",
    ),
    // A stop for the texts, named as texts, inside an order request that a
    // guard reads ("stop the auto-ship reminder texts").
    Rule::opt_out(
        "clarified:stop-getting",
        "^ (?:{F} )*(?:stop|cancel|no more) (?:the |your |these |all )?(?:[^ ,]+ ){0,2}(?:reminder texts|text reminders|texts|text messages|sms|text alerts)(?: {F})*(?: ,| $)| (?:please|pls|and|also|just|,) (?:stop|cancel) (?:the |your |these |all )?(?:[^ ,]+ ){0,2}(?:reminder texts|text reminders|texts|text messages|sms|text alerts)(?: {F})*(?: ,| $)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*"],
        " (?:rather|prefer to|d rather) (?:just )?(?:get|have|receive|keep) (?:the |your )?(?:texts|sms|text messages)(?: |$)",
    ),
    // --- written to fool a detector ---------------------------------------------------
    Rule::opt_out(
        "phrase:do-not-want",
        " (?:im|i m|i am|id be|i d be|we re|were) (?:honestly |really |just |totally )?(?:good|fine|better off|better) without (?:the |your |these |those |any )?(?:texts|{MSG})| pass on (?:all |any )?(?:future |further |more )?(?:texts|{MSG})| (?:prefer|rather) not (?:to )?(?:get|receive) (?:any more|anymore|any|more)(?: of)? (?:these |the |your )?(?:[^ ,]+ )?(?:texts|{MSG})",
    ),
    Rule::opt_out(
        "phrase:last-message",
        " (?:let this be|make this|consider this|this (?:will be|is|should be|has to be)) (?:the |my |your )?(?:final|last) (?:message|text|msg)(?: (?:i get|i receive|from you|you send|i ll get|ill get))?(?: |$)",
    ),
    Rule::opt_out(
        "consent-denied",
        " take back (?:the |my )?(?:ok|okay|consent|permission|yes)(?: [^ ,]+){0,3} (?:to )?(?:text|message|contact)| never (?:ticked|checked|clicked|selected)(?: [^ ,]+){0,2} (?:box|boxes|option)| who (?:said|told you) (?:you|u|yall) (?:could|can|may) (?:text|message|contact) (?:me|us)| (?:i |we )?(?:shouldnt|should not) be on (?:your|the|this) (?:list|texts|text list)",
    ),
    Rule::opt_out(
        "phrase:remove-me",
        " ghost (?:me|this number|my number)(?: {F})*(?: ,| $| permanently| forever)| take (?:the |a )?hint(?: {F})*{CLAUSE_END}| (?:forget|lose) (?:about )?(?:me|my number)(?: {F})*{CLAUSE_END}| (?:like|want|wanna|need) to leave (?:the |this |your )(?:group chat|group|chat|list|club|text club|text list)| closed to (?:marketing|promotions|ads|texts|solicitations)| (?:you can|u can|just) stop trying| (?:thats|that s) a wrap (?:for|on) (?:me and )?(?:your |these |the )?(?:texts|{MSG})| not (?:today|now) or ever| sierra tango oscar papa| (?:an |the )?off switch for (?:these|this|them|the texts|your texts)| (?:getting|get|make) (?:these|them|the texts|this) to (?:end|stop)(?: |$)",
    ),
    Rule::opt_out(
        "hostile",
        " go (?:bother|bug|annoy|spam|text|pester) (?:someone|somebody) else",
    ),
    Rule::opt_out("wrong-number", " (?:im|i m|i am) not who (?:you|u) think"),
    Rule::opt_out(
        "partial:drop-marketing",
        " (?:blasts|promos|promotions|sale texts|ads|deals|coupons|marketing texts|marketing) (?:have to|need to|gotta|must) go(?: |$)| only want to hear (?:about|when|if) (?:my )?(?:package|order|orders|shipping|delivery)| (?:updates|tracking|order texts|shipping texts) yes , (?:coupons|promos|deals|sales|ads|marketing|promotions|offers) no| retire (?:the |your )?(?:cart )?(?:nudges|reminders|texts|{MSG})",
    ),
    Rule::guard(
        "guard:order-action",
        &["phrase:*"],
        " take (?:me|it|us|them) off (?:backorder|back order|hold|preorder|pre order|autoship|auto ship)| (?:unsubscribe|cancel|remove) (?:me )?from (?:the )?(?:auto replenish|autoship|auto ship|auto delivery|auto refill|subscribe and save|subscription box|monthly box)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*"],
        " (?:texts|sms|text messages) (?:are|is|r) perfect| texts are how (?:i d|id|i) (?:rather|prefer|like to)| , not from (?:your|the|these) (?:texts|{MSG})",
    ),
    Rule::guard(
        "guard:playful-stop",
        &[
            "phrase:keyword-clause",
            "phrase:keyword-sentence",
            "phrase:stop-messages",
        ],
        "^ (?:(?:oh|omg|ok|okay|lol)(?: ,)? )?stop(?: it)?(?: ,)? (?:[^ ,]+ (?:, )?){0,4}(?:you had me at|make me (?:go )?(?:broke|poor)|making me (?:go )?(?:broke|poor))",
    ),
    Rule::guard(
        "guard:someone-else-unsubscribed",
        &[
            "phrase:said-stop",
            "phrase:stop-messages",
            "phrase:keyword-clause",
            "phrase:unsubscribe",
        ],
        " (?:she|he|they|friend|mom|mother|dad|father|daughter|son|sister|brother|husband|wife|kids|teenager|roommate|coworker|neighbor|boyfriend|girlfriend) (?:replied|texted|sent|said|typed) stop(?: |$)| (?:almost|nearly|was going to|was gonna|was about to) (?:replied|reply|text|texted|send|sent|hit) stop(?: |$)| unsubscribe from my own",
    ),
    Rule::guard("guard:product-detail", &[], " (?:which|what) exit"),
    Rule::guard(
        "guard:order-action",
        &["phrase:unsubscribe"],
        " (?:card|account|license|access|payment) (?:got |was |has been )?revoked",
    ),
    // A question about a stop the sender may make one day: help, not a stop.
    Rule::guard(
        "guard:help-question",
        &["phrase:*", "intl:*"],
        " if (?:i |we )?(?:ever|someday|one day|at some point) (?:want|wanted|decide|need) to (?:stop|unsubscribe|opt out|cancel)| not that (?:i|we) want to| just in case(?: {F})*{CLAUSE_END}| si (?:algún|algun) día (?:quiero|quisiera|decido) dejar de recibir",
    ),
    Rule::help(
        "help:program",
        " if (?:i |we )?(?:ever|someday|one day|at some point) (?:want|wanted|decide|need) to (?:stop|unsubscribe|opt out|cancel)| (?:what is|what s|whats) the (?:opt out|optout|stop|unsubscribe) (?:word|keyword|command) just in case| si (?:algún|algun) día (?:quiero|quisiera|decido) dejar de recibir",
    ),
    Rule::help(
        "help:legitimacy",
        " (?:actually |really )?(?:the store|the company|the shop|you) or (?:a |an |some )?(?:scam|scammer|scammers|fake|bot|phishing)(?: |$)",
    ),
    Rule::guard(
        "guard:help-question",
        &["complaint:*"],
        " (?:actually |really )?(?:the store|the company|the shop|you) or (?:a |an |some )?(?:scam|scammer|scammers|fake|bot|phishing)(?: |$)",
    ),
    // --- a US electronics shop's month ------------------------------------------------
    Rule::guard(
        "guard:product-detail",
        &[],
        " stop (?:my|the|this) (?:phone|app|laptop|computer|tv|watch|device|tablet|car|screen|charger) from",
    ),
    Rule::opt_out(
        "phrase:stop-sending",
        " stop asking (?:me )?(?:to|for) (?:review|reviews|a review|feedback|ratings?|rate)",
    ),
    Rule::opt_out(
        "partial:drop-marketing",
        " (?:dont|do not) want (?:the |your |any |these )?(?:sale|promo|marketing|deal|ad|flash sale)s? (?:blasts|texts|messages|alerts)(?: anymore| any more)?(?: |$)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "partial:*", "complaint:*"],
        " (?:dont|do not|never|please dont|pls dont) (?:ever )?stop (?:these |the |your |those )?(?:[^ ,]+ )?(?:texts|{MSG}|deals|offers)(?: |$)",
    ),
    // --- long replies, a fourth time ----------------------------------------------------
    Rule::opt_out(
        "phrase:do-not-text",
        " refrain from (?:texting|messaging|contacting|sending)",
    ),
    Rule::opt_out(
        "complaint:keep-texting",
        " (?:asked|told|requested) (?:you|your [^ ,]+|your [^ ,]+ [^ ,]+) to stop (?:these|them|the texts|texting|sending)",
    ),
    Rule::opt_out(
        "wrong-number",
        " (?:using|used) my number(?: [^ ,]+| ,){0,6} remove (?:it|my number|me)(?: |$)",
    ),
    Rule::guard(
        "guard:who-signed-me-up",
        &["opt-in:*"],
        " no (?:wish|desire|intention|interest) to join",
    ),
    // "I opted back in on your website last week": done already, not a request.
    Rule::guard(
        "guard:unsubscribed-but-back",
        &["opt-in:*", "phrase:said-stop"],
        "(?:^| then| and| i| we) opted back in (?:on|at|via|through|yesterday|last|a few|after|when|online)(?: |$)",
    ),
    Rule::help(
        "help:program",
        " which subscription| is this for the (?:sale|text|sms) alerts| what (?:i d|i would|id) be saying yes to| what (?:this|the) message is(?: |$)| (?:messages|texts|alerts)(?: [^ ,]+)? go to (?:the |my )?new (?:phone|number)| how (?:do |does )?(?:the |your |these )?(?:text alerts|texts|text messages|sms|alerts|text club) work(?: |$)",
    ),
    Rule::help(
        "help:legitimacy",
        " which (?:one|number|short code) is the real one| make sure (?:it s|its|it is) (?:still )?(?:you|really you|the store)| did you (?:switch|change) (?:providers|numbers|your number)",
    ),
    Rule::guard(
        "guard:help-question",
        &["complaint:*"],
        " which (?:one|number|short code) is the real one",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*"],
        " (?:ive|i ve|i have) kept (?:yours|you|your texts)| used to unsubscribe from everything| (?:joking|jokes|joked|talking|threatening) about unsubscrib[^ ]*| (?:hate|sad|shame|bummer) (?:for|if|to see) (?:the |your )?(?:texts|{MSG}) (?:to )?stop",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*", "wrong-number", "clarified:*"],
        " (?:dont|do not|please dont|pls dont) (?:unsubscribe|remove|delete) (?:me|my number|this number)(?: |$)",
    ),
    Rule::guard(
        "guard:order-action",
        &["consent-denied", "phrase:*"],
        " (?:used|using) my (?:card|credit card|account|paypal) without (?:my )?permission| (?:didnt|did not) place (?:this|that|the) order",
    ),
    Rule::guard(
        "guard:product-detail",
        &["hostile"],
        " (?:replies|messages|texts|emails|packages|package|orders|order|parcels|mail|stuff|things|items) (?:get|gets|got|keep getting|getting) lost",
    ),
    Rule::guard(
        "guard:order-action",
        &[],
        " (?:gave|give|put) (?:you |your shop |the shop )?my (?:mum s|mom s|mums|moms|mother s|dad s|dads|wife s|husband s|friend s) number for (?:the )?(?:delivery|order|courier)",
    ),
    // --- an apparel shop's month, and replies to order updates ------------------
    // The texts named beside an order action: "cancel the order AND the texts",
    // "how do I stop the shipping texts", "stop sending order updates".
    Rule::opt_out(
        "clarified:stop-getting",
        " (?:cancel|stop|end|halt)(?: [^ ,]+){1,4} (?:and|plus) (?:also )?(?:cancel |stop |end )?(?:all )?(?:the|these|those|your|ur|any) (?:[^ ,]+ )?(?:texts|text messages|messages|msgs|sms|txts|notifications|text alerts|updates)(?: too| as well| also)?(?: {F})*(?: ,| $)| how (?:do|can|could|would) (?:i|we|you) (?:stop|cancel|turn off|end|opt out of|unsubscribe from) (?:the |these |those |your |all |all the |all your )?(?:[^ ,]+ ){0,2}(?:texts|text messages|sms|text alerts|text notifications|text updates|txts)(?: |$)| (?:stop|quit) (?:sending|texting) (?:me |us )?(?:the |these |your |any |all )?(?:order|shipping|delivery|tracking|shipment) (?:updates|texts|notifications|alerts|messages)(?: |$)| (?:unsubscribe|unsub|remove|opt) (?:me |us )?(?:out )?(?:of|from) (?:the |your |all )?(?:[^ ,]+ ){0,2}(?:texts|text messages|sms)(?: {F})*(?: ,| $)",
    ),
    Rule::opt_out(
        "partial:surveys",
        " no more (?:[^ ,]+ ){0,6}(?:surveys|survey texts|survey requests)(?: {F})*(?: ,| $)",
    ),
    // "I never ordered anything, how did you get my number": not the customer.
    Rule::opt_out(
        "consent-denied",
        " (?:never|have never|ve never) (?:ordered|bought|purchased) (?:anything|a thing)(?: from (?:you|yall|your (?:store|shop|company)|this (?:store|shop|company)))?(?: ,| $)",
    ),
    Rule::opt_out(
        "phrase:how-to-stop",
        " (?:whats|what is) the (?:magic |code |secret )?(?:word|keyword|command) (?:[^ ,]+ ){0,4}(?:stop|unsub[^ ]*|opt out|optout|cancel)(?: |$)",
    ),
    Rule::opt_in(
        "opt-in:sign-up",
        "^ (?:{F} )*(?:yes|yeah|yep|yup|ok|okay|sure)(?: ,)? (?:please |pls )?(?:text|send) me (?:the )?(?:tracking|tracking updates|tracking info|shipping updates|delivery updates|updates)(?: {F})*(?: ,| $)| add (?:this|my) (?:number|phone|cell) (?:for|to) (?:the )?(?:[^ ,]+ )?(?:notifications|alerts|texts|text updates|updates)(?: |$)",
    ),
    Rule::help(
        "help:program",
        "^ (?:{F} )*(?:what|which|wat|wut) order(?: (?:are you|r u|are u|you re|youre) (?:talking about|referring to|on about))?(?: {F})*(?: ,| $)| how (?:often|frequently|many times) (?:are you going to|are you gonna|will you|would you|do you|r u gonna|will i|do i|am i going to) (?:be )?(?:text|texting|message|messaging|get|receive|send|be getting)| (?:one|a|1) (?:text|message|msg) (?:per|for each|every|each) (?:order|shipment|package|update|day|week)| what (?:do|will|would) (?:i|we) get (?:for|from|by) (?:being on|joining|signing up for|subscribing to) (?:the |your )?(?:[^ ,]+ )?(?:list|club|program|alerts)(?: |$)",
    ),
    Rule::guard(
        "guard:order-action",
        &[
            "phrase:stop-sending",
            "phrase:keyword-clause",
            "phrase:stop-messages",
        ],
        " (?:stop|quit) sending (?:it |them |things |stuff |packages |orders |my orders |my packages |my stuff )?to (?:my |the |that |an |this )?(?:old|wrong|previous|former|work|last) (?:address|house|apartment|apt|place|zip|office)| (?:stop|quit) sending (?:me |us )?(?:the )?(?:wrong (?:[^ ,]+ )?(?:size|sizes|color|colors|item|items|one|ones|thing|things|product|products)|smalls|mediums|larges|xls|xxls|queens|kings|twins|fulls|size [^ ,]+|the same (?:size|color|one|item|thing))(?: |$)|^ (?:{F} )*(?:stop|wait|hold on)(?: ,)? (?:i|we) (?:meant|wanted|mean|need|needed|forgot) (?:to )?(?:order|get|buy|change|swap|switch|add|pick|choose|select)(?: |$)",
    ),
    Rule::guard(
        "guard:opt-out-of-something-else",
        &["phrase:*"],
        " (?:optout|opt out|opting out) of (?:needing|having|being|signing|the signature|a signature|signature|waiting)(?: |$)| (?:take|remove|drop) (?:me|us|my name|my number) (?:off|from) (?:the |your |this |that )?(?:[^ ,]+ ){0,2}(?:waitlist|wait list|waiting list|preorder list|pre order list|backorder list|back order list|restock list|notify list)(?: |$)",
    ),
    Rule::guard(
        "guard:product-subscription",
        &["opt-in:*", "phrase:remove-me", "phrase:off-list"],
        " (?:subscribe|sign) (?:me |us )?(?:up )?(?:to|for) (?:the |a |my |your )?(?:refill|replenishment|auto ?ship|auto ?refill|subscribe and save|sock|coffee|wine|snack|beauty|meal|tea|razor|vitamin|skincare|flower|pet food|dog food|cat food) (?:[^ ,]+ )?(?:plan|box|club|subscription|program|membership|delivery)(?: |$)| (?:unsub[^ ]*|remove) (?:me |us )?from (?:the |my |your )?(?:monthly|weekly|quarterly) (?:[^ ,]+ )?(?:club|box|plan|membership)(?: {F})*(?: ,| $)",
    ),
    // Store and product questions the fallback read as help or opt-in.
    Rule::guard(
        "guard:product-question",
        &["help:*", "opt-in:*"],
        " how often do (?:you|yall|u) (?:restock|get new|get more|have sales|have new|drop new|add new)| (?:this|the|your) (?:stores|shops|store s|shop s) (?:address|hours|opening hours|location)(?: |$)| (?:turn|switch|put) (?:the |my |your )?(?:lights?|lamp|power|heat|heater|ac|tv|wifi|oven|fan|camera|device) back on",
    ),
    // --- stop said without the usual words, and the look-alikes ----------------
    Rule::opt_out(
        "phrase:hint",
        " we had a good run| (?:break|breaking) up with (?:you|yall|your texts|your text list|the texts|these texts)(?: |$)| (?:me and|i and) (?:you|your|the) (?:[^ ,]+ )?(?:text list|texts|text club)(?: [^ ,]+){0,2} break up| resignation from (?:the|your) (?:text|sms|texting) (?:club|list)| (?:peace and quiet|radio silence) from (?:you|yall|y all|u|your texts|these texts)| (?:prefer|like|want|need) (?:some |total |complete )?radio silence| (?:hard|firm|big) no on (?:the )?(?:texting|texts|{MSG})| no need to (?:reach out|contact me|text me|message me)(?: [^ ,]+){0,3} (?:anymore|any more)| (?:go back to|prefer) not hearing from (?:you|yall|y all|u)| (?:im|i m|i am) off (?:the|your) (?:text |sms |texting )?list (?:as of|effective|starting|from now)| (?:could|can|would) (?:you|yall|u)(?: [^ ,]+| ,){0,3} not (?:text|message|contact|txt) (?:me|us)(?: (?:anymore|any more|again|ever|at all|going forward|from now on|entirely|{F}))*{CLAUSE_END}| (?:just|please|pls) stop (?:entirely|completely|altogether|all together)(?: {F})*{CLAUSE_END}| any way (?:you|u|yall) could (?:just )?not(?: {F})*{CLAUSE_END}| lose (?:my|this) (?:number|contact|contact info|contact information|digits)(?: |$)| pretend (?:you|yall|u) never (?:had|got) (?:my|this) number| suppress (?:this|my) (?:number|phone|contact)| from all future (?:campaigns|marketing|communications|texts|messages)| email (?:is|s) the only (?:way|method|channel)| only (?:contact|reach|message) me (?:by|via|through) (?:email|e mail)| drop (?:the|these|your|all the|all these) (?:reminders|texts|text messages|messages|alerts|notifications|reminder texts)(?: {F})*{CLAUSE_END}| (?:dont|do not|never) (?:even )?read (?:these|them|your texts|the texts|any of these|em)(?: |$)| no more of (?:this|these|that)(?: |$)| never again would be (?:better|great|nice|preferable)| make it the last(?: one)?(?: {F})*{CLAUSE_END}| (?:got it|heard you|get it|heard it) the first (?:[^ ,]+ )?times?(?: |$)",
    ),
    Rule::opt_out(
        "complaint:legal",
        " (?:know|knows|heard of|familiar with) (?:what )?(?:the )?tcpa| tcpa (?:violation|violations|complaint|lawsuit|claim)| (?:violat[^ ]*|breaking) (?:the )?tcpa| (?:my )?(?:lawyer|attorney)(?: [^ ,]+){0,4} (?:these|your) (?:texts|messages)| screenshot[^ ]* (?:all )?(?:of )?(?:these|this|them|your texts)(?: [^ ,]+){0,3} (?:complaint|report|lawyer|attorney|fcc|ftc)| next (?:one|text|message) (?:gets|is getting|will get|and i) (?:reported|blocked)",
    ),
    Rule::opt_out(
        "consent-denied",
        " (?:gave|give) (?:you |u )?my number(?: [^ ,]+| ,){0,3} (?:wasnt|was not|wasn t) me(?: |$)",
    ),
    Rule::opt_in("opt-in:rejoin", UNDO_OPT_OUT),
    Rule::guard(
        "guard:rescinded-stop",
        &["phrase:*", "complaint:*"],
        UNDO_OPT_OUT,
    ),
    Rule::help(
        "help:legitimacy",
        " (?:is|are) (?:this|these|you|this text|these texts|yall|y all) (?:legit|legitimate|for real) or| fine print (?:on|for|of) (?:this|the|these|your) (?:text|sms|texting)",
    ),
    Rule::guard(
        "guard:negated-removal",
        &["hostile", "phrase:*"],
        " (?:dont|do not|please dont|pls dont|never) lose (?:my|this) (?:number|contact)",
    ),
    Rule::guard(
        "guard:praise",
        &["consent-denied", "hostile", "phrase:done"],
        " permission to be (?:this|so) | take my money| (?:was|is|were) a banger| leave me alone with (?:these|those|the|your) (?:prices|deals|sales|discounts|offers)| done with (?:this|the) (?:heat|weather|cold|rain|snow|humidity|winter|summer)(?: |$)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["partial:*"],
        " (?:less|fewer) (?:texts|{MSG}) (?:and )?more (?:coupons|deals|discounts|codes|sales)| only (?:text|message) (?:me|us) (?:about|for|when) (?:restocks?|new arrivals|big sales|sales|new drops|drops|deals|new stuff)",
    ),
    Rule::guard(
        "guard:product-question",
        &["opt-in:*"],
        " (?:whens|when s|when is|when will|when are) (?:it|they|that|this|those|these)(?: be)? (?:coming|come|be) back| (?:receipt|invoice|tracking|order confirmation)(?: number| info)? (?:texted|sent) to me",
    ),
];
