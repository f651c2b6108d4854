//! Phrase rules for languages other than English.
//!
//! Written with accents as people type them; folding strips accents of Latin,
//! Greek and Cyrillic letters on both sides, so unaccented messages match too.
//! French elisions lose their apostrophe ("m'envoyer" -> "menvoyer").
//! Scripts without spaces (Chinese, Japanese, Thai) match anywhere. A letter
//! alternation must not split a word (`отпи(?:с|ш)`): a lone Cyrillic letter
//! folds to its Latin look-alike, so spell each word out.

use super::rules::Rule;

/// Asking whether the shop is genuine or a scam ("es real esto o estafa?"): help,
/// and a guard on the complaint that "scam" alone would be.
const GENUINE_OR_SCAM_ES: &str = " (?:es )?(?:legit|real|verdad|confiable|seguro)(?: [^ ,]+){0,2} o (?:scam|estafa|spam|fraude|falso)(?: |$)";
/// The same question in German ("Seid ihr ein echter Shop oder Spam?").
const GENUINE_OR_SCAM_DE: &str = " (?:seid ihr|sind sie|ist das) (?:ein |eine )?(?:echter|echte|seriöser|richtiger) (?:shop|laden|firma) oder (?:spam|betrug|fake)";

/// Asking to receive the texts again, in Tagalog and Portuguese ("Gusto ko na
/// po ulit makatanggap"): an opt-in, and a guard on the opt-out words of the
/// story around it.
const ASK_BACK_IN: &str = " gusto ko na(?: po)? ulit makatanggap| também quer receber";
/// The same in Chinese ("我想重新订阅").
const ASK_BACK_IN_ZH: &str = "(?:想|要)重新(?:订阅|訂閱)";
/// The same in Spanish, French, German and Dutch ("Volved a mandarme
/// mensajes", "Remettez-moi sur la liste", "wieder für die SMS anmelden").
const ASK_BACK_IN_EU: &str = " volved a (?:mandarme|enviarme|escribirme)| volver a dar(?:me)? de alta| (?:apuntadme|apúntame) (?:en|a) la lista| remettez(?: moi)? sur la liste| (?:réactiver|réactivez) (?:vos |les |mes )?(?:sms|messages|notifications)| (?:mich|uns) (?:bitte )?wieder (?:für die sms |für sms )?(?:anmelden|eintragen|aufnehmen)| (?:mogen|mag) (?:me|mij) (?:de )?(?:berichten|sms[^ ]*) weer sturen| zet (?:het|ze) (?:maar )?weer aan";

/// What a playful "stop" ("Stop, die sneakers zijn echt te gek") voids: the
/// keyword and stop-phrase readings, in every language.
const PLAYFUL_STOP_VOIDS: &[&str] = &[
    "intl:*",
    "phrase:keyword-clause",
    "phrase:keyword-sentence",
    "phrase:stop-messages",
];

/// Every non-English rule, opt-out first.
pub(crate) const RULES: &[Rule] = &[
    // --- Spanish ---------------------------------------------------------------
    Rule::opt_out(
        "intl:es",
        " (?:deja|dejen|dejes|dejad|deje|dejar|para|paren|parad|pare|parar|basta|alto|detengan|detén|detener|cancela|cancelen|suspende|suspendan) (?:de )?(?:me )?(?:enviar|mandar|escribir|mandarme|enviarme|escribirme|molestar|molestarme|textear|mensajear|llamar)",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:no|ya no|nunca|nunca más) (?:me |nos )?(?:envíen|manden|escriban|envíes|mandes|escribas|contacten|molesten|mandan|envían|escribas|textees|mande|envíe|escriba|texteen|textee|texten)",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:no|ya no) (?:quiero|deseo|necesito|me interesa) (?:recibir |más |ningún |ningun |sus |tus |los |las |estos |estas )*(?:mensajes|sms|textos|promociones|promos|notificaciones|publicidad|ofertas|mensajitos)",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:basta|suficiente|no más|nada más|ya no más|cero) (?:de )?(?:mensajes|mensajitos|sms|textos|spam|promociones|publicidad)| ya estuvo (?:con )?(?:sus|tus|los|las|tanto|tantos|tantas) (?:mensajes|mensajitos|promociones|promos|textos)| (?:parar|para|paren|detener|detengan|alto|cancelar|cancela|cancelen|cancel|suspender|stop|basta) (?:los |las |estos |estas |de |sus |tus )?(?:mensajes|sms|textos|notificaciones|promociones|alertas)",
    ),
    Rule::opt_out(
        "intl:es",
        " de baja| desuscrib[^ ]*| desinscrib[^ ]*| (?:cancelar|anular|anulo|cancela|cancele|cancelem|cancelo) (?:la |mi |a |minha )?(?:suscripción|inscripción|inscrição|assinatura|subscrição)(?: (?:destas|dessas|das) (?:mensagens|sms))?(?: |$)| (?:quítame|quítenme|sácame|sáquenme|bórrame|bórrenme|elimíname|elimínenme|desuscríbeme|desuscríbanme|bájame|bájenme|dame de baja|denme de baja)(?: |$)",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:quita|saca|borra|elimina|borren|eliminen|quiten|saquen|borrar|eliminar|quitar|sacar|quiero salir)(?: [^ ,]+){0,4} (?:lista|listas|número|base de datos)",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:número|persona) equivocad[oa]| equivoca(?:do|da|ste|ron|dos|das)? (?:de )?(?:número|persona)| te equivocaste| se equivocaron| (?:este|ese) no es el (?:número|celular|teléfono) de",
    ),
    Rule::opt_out(
        "intl:es",
        " nunca me (?:registré|suscribí|inscribí|apunté)| no me (?:registré|suscribí|inscribí|apunté)| no (?:di|he dado|doy) (?:mi )?(?:permiso|consentimiento|número)| cómo (?:me )?(?:doy de baja|desuscribo|cancelo (?:los |las |estos )?(?:mensajes|sms)|dejo de recibir|salgo de la lista)| no me interesa(?:n)?(?: {F})* (?:,|$)",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:dejen|deja|dejan|dejar|deje) de (?:llegar|llegarme|recibir)| para que (?:dejen|deje|dejes) de| nada de (?:publicidad|promociones|spam|ofertas|mensajes|propaganda|marketing|sms)| (?:vete|váyanse|vayanse|vayan|váyase|vete|andate|ándate) (?:a la mierda|al carajo|al diablo)| a la mierda con| (?:jódete|jodete|jódanse|jodanse|chinga tu madre|chinguen a su madre)(?: |$)",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:cómo|como|hay forma de|hay manera de|se puede) (?:hago para |puedo )?(?:dejar de recibir|cancelar|cancelo|parar|paro|quitar|quito|desactivar|desactivo|detener|detengo) (?:estos |estas |los |las |sus |tus )?(?:mensajes|sms|textos|notificaciones|promociones|alertas|msj)",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:no|ya no|nunca) (?:me |nos )?(?:estén|esten|sigan|estes) (?:mandando|enviando|escribiendo|molestando)| (?:paren|para|pare|basta|ya|bájenle|bajenle) (?:ya )?con (?:los|las|tantos|tantas|estos|estas|sus|tus) (?:textos|mensajes|sms|promociones|promos|msj)| (?:este|ese) (?:número|numero|celular) (?:ya )?no es de| (?:no|ya no) (?:quiero|deseo) (?:más |mas )?(?:promos|promociones|ofertas)",
    ),
    // --- French ------------------------------------------------------------------
    Rule::opt_out(
        "intl:fr",
        " (?:arrêt|arrête|arrêtez|arrêter|darrêter|stop|cessez|cesser|stoppez) (?:de m|de me|les|vos|d|de|des|tout)? ?(?:envoyer|menvoyer|écrire|mécrire|contacter|harceler|messages|sms|textos|spam|notifications|envois|pub|publicités|texto)",
    ),
    Rule::opt_out(
        "intl:fr",
        " plus de (?:sms|messages|textos|notifications|pub|publicité|publicités|promos|spam|texto)| ne (?:me |m)?(?:écrivez|envoyez|contactez|écris|envoie|textez|harcelez)(?: plus| pas| jamais)| n?(?:mécrivez|menvoyez|mécris|menvoie) plus| ne plus (?:menvoyer|envoyer|mécrire|écrire|me contacter|contacter|me texter|recevoir)",
    ),
    Rule::opt_out(
        "intl:fr",
        " (?:me )?désabonn[^ ]*| désinscri[^ ]*| (?:retirez|enlevez|supprimez|effacez|retirer|enlever|supprimer|effacer|radiez|radier)(?: [^ ,]+){0,4} (?:liste|numéro|listes|base|fichier|registre)| (?:trompé|trompés|trompez|tromper|mauvais|erreur de) (?:de )?(?:numéro|personne)| faux numéro| numéro erroné| (?:foutez|fichez|foutez|fous|fiche|fous|laissez|laisse|lâchez|lâche)(?: moi| nous)? (?:la paix|tranquille|tranquilles)",
    ),
    Rule::opt_out(
        "intl:fr",
        " je (?:ne )?(?:veux|souhaite) plus (?:recevoir |de )?(?:vos |ces |les |de )?(?:sms|messages|textos|notifications|promotions|offres|promos|pubs|publicités|alertes)",
    ),
    Rule::opt_out(
        "intl:fr",
        " (?:plus|pus) recevoir (?:vos |ces |les |de |des |tes )?(?:sms|messages|textos|notifications|promos|pubs|publicités|texto)| (?:comment|moyen de|possible de) (?:ne plus|arrêter|stopper|me désabonner|me désinscrire|annuler (?:les |vos |ces )?(?:sms|messages|notifications|textos))",
    ),
    Rule::opt_out(
        "intl:fr",
        " (?:cesser|cessez|arrêter|arrêtez|arrête|stopper) (?:lenvoi|lenvoie|les envois|denvoyer|de menvoyer|de men envoyer|de me texter|de mtexter|de texter)| (?:pus|plus|pas|vraiment pas) (?:intéressé|intéressée|intéressés)(?: du tout)?(?: {F}| mdr| merci)* (?:,|$)",
    ),
    // --- German ------------------------------------------------------------------
    Rule::opt_out(
        "intl:de",
        " (?:keine|nicht mehr|nie wieder) (?:[^ ,]+ ){0,2}(?:sms|nachrichten|werbung|erinnerungen|angebote|werbemails|mitteilungen|kurzmitteilungen|textnachrichten|werbenachrichten|texte|benachrichtigungen|newsletter|mails|e mails)| (?:hört|hören|hör) (?:sie |ihr )?(?:bitte )?(?:endlich |doch )?auf| (?:schicken|senden|schickt|sendet|schick|schreiben|schreibt) (?:sie |ihr )?(?:mir|uns) (?:bitte )?(?:keine|nichts mehr|nicht mehr|nie wieder)| abmelden| abbestellen| austragen| abmeldung| abbestellung| melde[nt]? (?:ich |mich |uns |bitte )*(?:[^ ,]+ ){0,3}ab(?: |$)",
    ),
    Rule::opt_out(
        "intl:de",
        " (?:nummer|mich)(?: [^ ,]+){0,3} (?:löschen|entfernen|austragen|streichen)| (?:lösch|lösche|löscht|löschen|entferne|entfernt|entfernen|streicht|streichen|austragen)(?: [^ ,]+){0,3} (?:nummer|mich|daten|handynummer|telefonnummer|mobilnummer)| (?:lass|lasst|lassen sie|lassen) (?:mich|uns)(?: [^ ,]+){0,3} (?:in ruhe|zufrieden)| (?:schreib|schreibt|schreiben) (?:sie )?mir nicht mehr| (?:nicht|nie) mehr (?:schreiben|kontaktieren|anschreiben|simsen)| falsche nummer| falscher (?:empfänger|kontakt)",
    ),
    Rule::opt_out(
        "intl:de",
        " (?:nehmen|nehmt|nimm|streichen|streicht|streich|entfernen|entfernt|entferne)(?: sie)? (?:mich|meine nummer|uns)(?: [^ ,]+){0,2} (?:aus|von) (?:dem |der |ihrem |ihrer |eurem |eurer |diesem |dieser |ihren |euren )?(?:sms |whatsapp )?(?:verteiler|liste|newsletter|smsliste|kartei|datenbank)| aus (?:dem|eurem|ihrem) verteiler",
    ),
    Rule::opt_out(
        "intl:de",
        " (?:nie|niemals|nicht|nirgends) (?:[^ ,]+ ){0,3}(?:angemeldet|registriert|eingetragen|zugestimmt|eingewilligt|bestellt)| (?:sofort |bitte |umgehend |endlich )+(?:löschen|entfernen|abmelden|aufhören)(?: {F})* (?:,|$)| kein interesse(?: {F})* (?:,|$)",
    ),
    // --- Portuguese ----------------------------------------------------------------
    Rule::opt_out(
        "intl:pt",
        " (?:para|pare|parem|parar|chega|basta)(?: de)? (?:me )?(?:mandar|enviar|mandarem|enviarem|incomodar|mandando|enviando)| (?:não|nunca mais) (?:quero|desejo|preciso) (?:receber |mais |nenhuma |nenhum )*(?:sms|mensagens|mensagem|textos|promoções|notificações)| (?:chega|basta|chega já) (?:de|com|dessas|destas|desses|destes|das|dos) (?:essas |estas |suas |tantas )?(?:sms|mensagens|mensagem|textos|promoções|notificações|spam|propaganda)",
    ),
    Rule::opt_out(
        "intl:pt",
        " descadastr[^ ]*| desinscrev[^ ]*| (?:sair|sai|saia|tirar|tira|tirem|tire|retirar|retira|retirem|retire|remover|remove|remova|removam|exclui|excluir|exclua|excluam|apagar|apaga|apaguem)(?: [^ ,]+){0,3} (?:lista|número|cadastro)| não (?:me )?(?:mande|mandem|envie|enviem|manda|escreva|escrevam)(?: mais)?",
    ),
    Rule::opt_out(
        "intl:pt",
        " número errado| não (?:quero|desejo) mais (?:receber|isso)(?: |$)| não preciso mais (?:receber|disso)(?: |$)| (?:esse|este) número não é d[aeo]| (?:esse|este) (?:número|cel|celular|nº) (?:agora )?é meu| não conheço (?:nenhum|nenhuma) | (?:não|nunca) (?:me )?(?:cadastrei|inscrevi|registrei|assinei|autorizei)",
    ),
    Rule::opt_out(
        "intl:pt",
        " (?:tem como|como (?:eu )?(?:faço para |faco pra |posso )?|dá pra|da pra) (?:parar|cancelar|sair|deixar de receber|paro|cancelo|saio|desativar|bloquear)(?: (?:de )?(?:receber )?(?:essas|estas|as|suas|esses|estes|os)?)? ?(?:(?:msg|msgs|mensagens|mensagem|sms|notificações|promoções|isso)(?: |$)|,|$)| (?:para|pare|parem|chega) (?:com )?(?:essas|estas|as|de) (?:msg|msgs|mensagens|sms)",
    ),
    Rule::opt_out(
        "intl:pt",
        " como (?:é que |e que )?(?:eu )?(?:faço |faco |posso )?(?:para |pra )?(?:parar de receber|deixar de receber|parar|cancelar|sair|desativar|bloquear)(?: |$)",
    ),
    // --- Italian -------------------------------------------------------------------
    Rule::opt_out(
        "intl:it",
        " (?:non )?(?:mandatemi|inviatemi|scrivetemi|contattatemi|mandarmi|inviarmi|scrivermi) più| non (?:mi )?(?:mandate|inviate|scrivete|contattate|mandare|inviare|scrivere)(?: [^ ,]+)? più| (?:basta|niente più|stop) (?:con |ai |agli |i |gli |le |coi |cu |co )?(?:sti |questi )?(?:messaggi|sms|notifiche|promozioni|pubblicità|promemoria|promo|offerte|avvisi)| basta così| smett(?:etela|ila|ete|i|ere|etе) di| non (?:voglio|desidero) più (?:ricevere )?(?:i |gli |le |vostri |questi )?(?:messaggi|sms|notifiche|promozioni)",
    ),
    Rule::opt_out(
        "intl:it",
        " (?:disiscriv|cancellami|cancellatemi|toglietemi|toglimi|rimuovetemi|rimuovimi|eliminatemi|disdic)[^ ]*| (?:togliete|rimuovete|cancellate|eliminate)(?: [^ ,]+){0,3} (?:lista|numero)| numero sbagliato| (?:ha|hai|hanno|avete) sbagliato numero| sbagliato numero",
    ),
    Rule::opt_out(
        "intl:it",
        " (?:smettila|smettetela|finitela|piantatela|piantala|basta) (?:con|di|co|cu|coi|con i|con gli)(?: [^ ,]+){0,2} (?:messaggi|sms|mandare|inviare|scrivere|scrivermi|mandarmi|spam|notifiche|promozioni|pubblicità|promemoria|avvisi|offerte)",
    ),
    // --- Dutch, Scandinavian, Finnish -----------------------------------------------
    Rule::opt_out(
        "intl:nl",
        " geen (?:[^ ,]+ )?(?:berichten|sms|smsjes|meldingen|reclame|nieuwsbrief)(?: meer)?| afmeld[^ ]*| uitschrijv[^ ]*| (?:haal|verwijder|schrap)(?: [^ ,]+){0,3} (?:lijst|nummer)| stop (?:met|de) (?:berichten|sms|sturen)| verkeerd(?:e)? (?:nummer|persoon)",
    ),
    Rule::opt_out(
        "intl:nl",
        " (?:hou|houd|houden|stop|stoppen|kappen) (?:nou |eens |toch |alsjeblieft |aub |nu |maar )*(?:op )?met (?:die |de |deze |jullie |uw |je |al die |al dat )?(?:sms[^ ]*|berichten|berichtjes|spam|appjes|reclame|gesms)| meld (?:ik |je |u )?(?:me |mij )?af| (?:nooit|nergens) (?:[^ ,]+ ){0,2}(?:aangemeld|ingeschreven)| hoe (?:kan ik |moet ik )?(?:stoppen|afmelden|uitschrijven)",
    ),
    Rule::opt_out(
        "intl:nordic",
        " sluta (?:skicka|smsa|messa)| avsluta (?:prenumeration|prenumerationen|sms)| avregistrera| avanmäl[^ ]*| ta bort (?:mitt|mig|numret)| fel nummer| inga (?:fler )?(?:sms|meddelanden)| afmeld[^ ]*| stop med at (?:sende|skrive)| fjern (?:mit|mig|nummeret|mitt|meg)| forkert nummer| ingen (?:flere )?(?:sms|beskeder|meldinger)| ikke send| avmeld[^ ]*| meld meg av| slutt (?:med )?å sende| feil nummer",
    ),
    Rule::opt_out(
        "intl:nordic",
        " sluta (?:att )?(?:sms|smsa|skicka|messa|skriva|höra av)[^ ]*| (?:stop|hold op|hør op|slutt|stopp) (?:med )?(?:at |å )?(?:sende|skrive|sms)[^ ]*",
    ),
    Rule::opt_out(
        "intl:fi",
        " lopett(?:akaa|aa|ka)| lopeta| älkää (?:enää )?lähettäkö| älä lähetä| peru(?:uta|kaa) (?:tilaus|viestit)| poista(?:kaa)? (?:numeroni|minut)| väärä numero| ei enää viestejä",
    ),
    Rule::opt_out(
        "intl:fi",
        " en (?:halua|tahdo|tarvitse) (?:enää )?(?:[^ ,]+ )?(?:viestejä|tekstiviestejä|mainoksia|sms|viestejänne|markkinointia)",
    ),
    // --- Central and Eastern Europe -----------------------------------------------------
    Rule::opt_out(
        "intl:pl",
        " nie (?:piszcie|wysyłajcie|przysyłajcie|pisz|wysyłaj|dzwońcie)| wypis[^ ]*| rezygnuj[^ ]*| (?:usuń|usuńcie)(?: [^ ,]+){0,2} (?:numer|mnie)| przestańcie| przestań| (?:zły|błędny) numer| pomyłka| nie chcę (?:więcej )?(?:smsów|wiadomości)",
    ),
    Rule::opt_out(
        "intl:cs-ro",
        " neposílejte| nepište| přestaňte| přestaň| nechci (?:už |další |žádné )*(?:zprávy|sms|reklamu)| odhlaste mě| odhlásit| (?:jak )?se odhlásím| odhlaste| zrušit odběr| smažte| špatné číslo| nu(?: mi)? mai (?:trimiteți|trimite|scrieți)| dezabon[^ ]*| opriți (?:mesajele|sms)| ștergeți (?:numărul|mă)| număr greșit",
    ),
    Rule::opt_out(
        "intl:pl",
        " nie (?:chce|chcę|chcemy)(?: [^ ,]+){0,2} (?:sms[^ ]*|wiadomości|wiadomosci|powiadomień|powiadomien|reklam|ofert)| nie (?:zapisywałem|zapisywałam|zapisałem|zapisałam|zgadzałem|zgadzałam|wyrażałem|wyrażałam|rejestrowałem|rejestrowałam)",
    ),
    Rule::opt_out(
        "intl:cs-ro",
        " nechci (?:[^ ,]+ ){0,2}(?:sms|zprávy|zpravy|esemesky|reklamy)| nu (?:mai )?(?:vreau|doresc)(?: [^ ,]+){0,2} (?:mesaje|sms|sms uri|notificări|reclame)| gata cu (?:mesajele|sms urile|sms|reclamele)| scoateți mă| scoate mă| ștergeți mă",
    ),
    Rule::opt_out(
        "intl:hu",
        " ne (?:küldjenek|küldjön|küldj|küldjetek|írjanak|írjon|írj) (?:több|nekem|már|sms|üzenet)| leiratkoz[^ ]*| (?:töröljenek|töröljék|töröljetek|törölje|töröljön)(?: [^ ,]+){0,2} (?:számom|számomat|listáról|engem)| (?:rossz|téves) szám| nem kérek (?:több |semmilyen )?(?:üzenetet|sms[^ ]*|reklámot|értesítést)| elég (?:a |az )?(?:üzenetekből|sms[^ ]*|reklámból)",
    ),
    Rule::opt_out(
        "intl:el",
        " lathos (?:noumero|arithmos|numero)| (?:umekosea|mmekosea|umekosewa) (?:namba|nambari)| شماره(?: رو| را)? اشتباه| (?:ați|ai) greșit numărul| număr greșit| (?:ви |ти )?(?:помилилися|помилились|помилився) номером| (?:вы |ты )?(?:ошиблись|ошибся) номером| неправильн(?:ий|ый) номер| σταματήστε| σταμάτα| (?:βγάλτε|βγάλε) με| (?:αφαιρέστε|διαγράψτε) (?:με|τον αριθμό)| (?:stamatiste|stamata|stamatate|stamatiseis) (?:na |ta )?(?:mou |mas )?(?:stelnete|steleis|sms|minimata|mynhmata)| (?:μη|μην) (?:μου )?(?:ξανα)?(?:στέλνετε|στέλνεις|στείλετε|στείλεις)| απεγγραφή| διαγράψτε| λάθος αριθμός",
    ),
    Rule::opt_out(
        "intl:ru-uk",
        " стоп| отпис[^ ]*| отпиш[^ ]*| (?:не|больше не) (?:пишите|присылайте|отправляйте|пиши|присылай|звоните)| (?:перестаньте|прекратите|хватит|перестань|прекрати) (?:[^ ,]+ )?(?:присылать|писать|слать|отправлять|спамить|рассылку|сообщения|смс)| (?:удалите|удали|уберите|исключите)(?: [^ ,]+){0,3} (?:номер|меня)| (?:не тот|неправильный) номер| ошиблись номером",
    ),
    Rule::opt_out(
        "intl:ru-uk",
        " (?:видаліть|видали|приберіть)(?: [^ ,]+){0,3} (?:номер|мене)| відпис[^ ]*| відпиш[^ ]*| (?:вже )?не (?:номер|мій номер)| новий власник| новый владелец| не (?:пишіть|надсилайте|присилайте)| припиніть| перестаньте",
    ),
    Rule::opt_out(
        "intl:tr",
        " (?:göndermeyi|yazmayı|atmayı) (?:bırakın|kesin|bırak|kes)| (?:göndermeyin|atmayın|yazmayın)| abonelikten (?:çık|çıkar)[^ ]*| abonelik iptal| numaramı (?:silin|sil|kaldırın)| listeden (?:çıkar|çık)[^ ]*| yanlış numara| (?:mesaj|sms|bildirim)[^ ]* istemiyorum| (?:mesajlardan|listeden|abonelikten|bildirimlerden)(?: [^ ,]+)? (?:nasıl )?(?:çıkabilirim|çıkarım|çıkarabilirim|çıkarılırım)| nasıl (?:iptal ederim|durdurabilirim|engellerim|abonelikten çıkarım)",
    ),
    // --- Middle East and South Asia --------------------------------------------------
    // Arabizi is written as messages fold it: digits that stand for letters
    // become the letters ("matb3atlish" -> "matbeatlish").
    Rule::opt_out(
        "intl:ar",
        " لا (?:أريد|اريد|ابغى|أبغى|عايز|بدي) (?:هذه |هذي |هاي |هالـ)?(?:الرسائل|رسائل|الرسايل|المسجات)| (?:kefaya|kfaya|kifaya|khalas) (?:rasayel|rasael|rasa2el|msgs|messages|sms)| لا (?:ترسل|ترسلوا|ترسلي|تراسل|تبعث|تبعثوا)| (?:الغ|ألغ|إلغ|الغاء|إلغاء|ألغوا|الغوا)[^ ]* (?:اشتراك|الاشتراك)| (?:توقف|أوقف|اوقف|توقفوا|أوقفوا)| (?:احذف|احذفوا|امسح|امسحوا)(?: [^ ,]+){0,2} رقمي| رقم (?:خطأ|خاطئ|غلط)| (?:إزالة|ازالة|شيلوا|شيل|حذف) رقمي| (?:بطلوا|بطل|وقفوا|بلاش) (?:[^ ,]+ )?(?:تبعتولي|تبعتوا|تبعت|ترسلوا|رسايل|رسائل|الرسائل|الرسايل|المسجات)| matb[^ ]*l(?:i|e)sh| (?:matbeatlish|matbeatlesh|matbaetlish|matbetlish|matbetlesh|matebtesh|matbetoulesh|matbetoulish)| (?:rakam|ra2am|nomra|nimra) (?:ghalat|8alat|ghalt|khata|sata)",
    ),
    Rule::opt_out(
        "intl:he-fa",
        " (?:להסיר|הסר|הסירו|תסירו|תוריד|הורידו)| (?:תפסיקו|הפסיקו|תפסיק|די)(?: [^ ,]+)? (?:לשלוח|עם)| מספר (?:שגוי|לא נכון)| טעות במספר| (?:אל תשלחו|לא לשלוח)| (?:نفرستید|نفرست|نفرستین)| لغو (?:اشتراک|عضویت)| (?:شماره|شمارم|شمارهام|شماره ام)(?: [^ ,]+){0,2} (?:را |رو )?(?:حذف|پاک)| (?:پیام|پیامک) (?:ندهید|نده)| شماره اشتباه",
    ),
    Rule::opt_out(
        "intl:hi",
        " (?:मत|न) (?:भेज|भेजो|भेजिए|भेजें|भेजना|करो|करें)| (?:बंद|बन्द) (?:करो|करें|करिए|कीजिए)| (?:message|msg|sms|messages|texts)(?: [^ ,]+)? (?:mat|na|nahi) (?:bhejo|bhejna|bhejiye|karo|kariye|bhejen)| (?:band|bandh|bund|stop|stopp) (?:karo|kar do|kardo|kijiye|karein|kar dijiye|kariye|karu|karun|karoon|kru|krdo|kr do)(?: |$)| (?:mera|mere|meri) (?:number|no|naam|nmbr)(?: [^ ,]+){0,3} (?:hata|hatao|hata do|hata dijiye|hatayein|hataiye|nikal|nikalo|remove|delete)| (?:message|messages|msg|msgs|sms|text|texts)(?: [^ ,]+)? (?:nahi|nahin|nai|mat) (?:chahiye|chahie|chaiye|chahte|chahta|chahti|bhejo)| galat number",
    ),
    Rule::opt_out(
        "intl:hi",
        " (?:गलत|ग़लत) (?:नंबर|नम्बर)| (?:galat|glt|galt) (?:number|no|nmbr|num)(?: |$)| (?:mujhe|mera number|mera no|mere number|hume|humein)(?: [^ ,]+){0,3} (?:se )?(?:hata|hatao|hata do|hatado|nikal|nikalo|nikal do|nikaldo|remove karo|remove kar do)(?: |$)| (?:kitne|itne|kitna|itna) (?:sare |saare )?(?:msg|msgs|message|messages|sms) (?:bhejoge|bhejte ho|bhej rahe ho|bhejne|bhejenge)",
    ),
    Rule::opt_out(
        "intl:bn-ur",
        " (?:মেসেজ|ম্যাসেজ|এসএমএস|বার্তা|sms|msg|message)(?: [^ ,]+)? (?:পাঠাবেন|পাঠাবে|দিবেন|দেবেন|পাঠাও|diben|deben|pathaben|pathabe|dio|diyo) (?:না|na)(?: |$)| (?:মেসেজ|ম্যাসেজ|এসএমএস)[^ ,]*(?: [^ ,]+)? বন্ধ| (?:میسج|میسجز|پیغام|پیغامات|ایس ایم ایس)(?: [^ ,]+){0,2} (?:نہ|مت) (?:بھیجیں|بھیجو|بھیجا|کریں)| (?:میسج|میسجز|پیغام|پیغامات)(?: [^ ,]+){0,3} بند| غلط نمبر| ভুল (?:নম্বর|নাম্বার)",
    ),
    Rule::opt_out(
        "intl:pa-gu-te",
        " (?:ਮੈਸੇਜ|ਸੁਨੇਹੇ|ਮੈਸਜ)(?: [^ ,]+)? ਬੰਦ| ਨਾ ਭੇਜੋ| (?:મેસેજ|સંદેશ|મેસેજો)(?: [^ ,]+)? બંધ| (?:ના|નહીં) મોકલ| (?:మెసేజ్|సందేశాలు|మెసేజ్లు|మెసేజులు)(?: [^ ,]+)? ఆపండి| పంపకండి| పంపొద్దు| (?:یہ )?نمبر (?:اب )?(?:[^ ,]+ )?کا نہیں",
    ),
    Rule::opt_out(
        "intl:so-yo",
        " jooji| ha (?:ii )?(?:soo )?dirin| dekun| ma fi (?:message|messages|oro|ifiranse|sms) ranse",
    ),
    Rule::opt_out(
        "intl:ta-am-ht",
        " (?:அனுப்ப வேண்டாம்|அனுப்பாதீர்கள்|அனுப்பாதே|அனுப்பாதீங்க)| தவறான (?:நம்பர்|எண்)| (?:የተሳሳተ|የተሳሳተ ስልክ|ስህተት) ቁጥር| (?:መላክ|መልእክት መላክ) (?:ያቁሙ|አቁሙ|አቁም|ይቁም|አቁሚ)| (?:se pa|pa) bon nimewo| nimewo (?:a )?pa bon| (?:sispann|sispan|rete) (?:voye|ekri|voye mesaj)| pa voye (?:m|mwen) (?:mesaj|tèks)",
    ),
    // --- East and South-East Asia, Africa, Caribbean --------------------------------------
    Rule::opt_out(
        "intl:zh",
        "垃圾短信|垃圾簡訊|骚扰短信|騷擾簡訊|已举报|已舉報|(?:号码|號碼)(?:已经|已經)?(?:换人|換人|换主人|換主人)|不是(?:原来|原來)的(?:机主|機主|主人)|退订|退訂|取消订阅|取消訂閱|取消短信|取消(?:这些|這些|那些)(?:短信|簡訊|信息)|取消簡訊|(?:别|別)(?:再)?(?:发|發|传|傳)|不要(?:再)?(?:给我|給我)?(?:发|發|传|傳)|不要再|停止(?:发送|发|推送|發送)|删(?:掉|除)?(?:我的)?(?:号码|手机号)|(?:号码|手机号).{0,3}删|发错(?:人)?了|打错了|打錯|發錯|傳錯|我不是.{1,4}(?:小姐|先生|太太)|唔好再(?:send|發|发|傳|寄|send嘢)|唔(?:想)?再收到|名单(?:里|中)?删|名單(?:裡|中)?刪|(?:号码|手机号|號碼).{0,10}(?:删|刪)|拒收|不需要(?:短信|信息)|骚扰",
    ),
    Rule::opt_out(
        "intl:ja",
        "(?:^| )ストップ(?:して)?(?: ?(?:ください|下さい|お願いします|おねがいします))?(?: |$)|配信(?:を)?(?:停止|止め|解除|不要|いらない)|送信(?:を)?(?:やめ|止め|停止)|(?:やめて|止めて|辞めて)(?:ください|下さい)?(?: |$)|送らないで|解除して|登録解除|番号.{0,3}(?:間違|違い|違う|違っ|ちが)|登録(?:した覚え|してな|していな|してませ|していません)|前の持ち主|もう(?:いらない|結構)",
    ),
    Rule::opt_out(
        "intl:ko",
        "수신 ?거부|보내지 ?마|그만 ?(?:보내|해)| 그만(?:요)? |구독 ?취소|해지|번호 ?잘못|잘못 ?보내|잘못된 ?번호|틀린 ?번호",
    ),
    Rule::opt_out(
        "intl:th-vi",
        "(?:เลิก|หยุด)ส่ง|ไม่ต้องส่ง|ยกเลิก(?:การ)?(?:รับ|สมัคร)|อย่าส่ง|เบอร์ผิด|ผิดเบอร์|ส่งผิด",
    ),
    Rule::opt_out(
        "intl:th-vi",
        " (?:ngừng|dừng|thôi) (?:nhắn tin|gửi|nhắn|spam)| không (?:muốn )?(?:nhận|gửi) (?:tin|tin nhắn)| hủy đăng ký| (?:hủy|ngừng) (?:nhận )?(?:tin|tin nhắn)| (?:xóa|gỡ) (?:số|số điện thoại)| nhầm số| sai số|^ (?:{F} )*dừng lại(?: {F})* (?:,|$)|^ (?:{F} )*(?:stop|dừng|hủy)(?: {F})*(?: ,)? (?:xin )?(?:cảm|cám) ơn(?: {F})* (?:,|$)|^ (?:{F} )*từ chối(?: nhận)?(?: tin| tin nhắn| sms)?(?: {F})* (?:,|$)",
    ),
    Rule::opt_out(
        "intl:id-tl",
        "^ (?:{F} )*berhenti{END}| berhenti (?:kirim|mengirim|mengirimi|hantar|menghantar|terima|menerima|dapat|sms|pesan|mesej|langganan|berlangganan|spam|hubungi|menghubungi|chat)| (?:tolong|mohon|harap|tlg|pls|please|udah|sudah|nak|mau|ingin|macam mana nak|gimana cara|bagaimana cara) berhenti(?: |$)| jangan (?:kirim|sms|hubungi)| (?:hapus|keluarkan)(?: [^ ,]+){0,2} (?:nomor|saya)| salah (?:nomor|nombor|sambung)| (?:tidak|tak|gak|nggak|ga) (?:mau|nak|mahu|ingin|perlu) (?:terima|menerima|dapat|dapet|lagi)| (?:paki ?(?:tanggal|tanggalin|alis|alisin|bura|burahin)|tanggalin|alisin|burahin)(?: [^ ,]+){0,3} (?:listahan|numero|number|ako)| (?:huwag|wag) (?:na )?(?:po )?(?:kayong |nyo |niyo |kayo |mo )?(?:mag )?(?:message|text|txt|magtext|magmessage|padala|itext)| itigil| pakitigil| (?:huwag|wag) (?:[^ ,]+ ){0,3}(?:i )?(?:text|txt|message|itext|magtext)(?: |$)| ayaw (?:ko|namin|na ko) (?:na )?(?:po )?(?:ng |sa )?(?:[^ ,]+ )?(?:texts|text|messages|promo|promos)| tigilan (?:[^ ,]+ ){0,3}(?:pag )?(?:text|txt|message|sms|padala|ako|mag text)| (?:mali|maling) (?:number|numero)",
    ),
    Rule::opt_out(
        "intl:sw-ht",
        " (?:acha|acheni|wacha) (?:ku|kunitumia|kutuma)[^ ]*| (?:usinitumie|msinitumie)| sitaki (?:tena )?(?:ujumbe|jumbe|meseji|sms)| (?:niondoe|niondoeni|nitoe|mnitoe|nitoeni)| ondoa (?:namba|nambari|jina) yangu| nisipokee| sitaki kupokea| namba (?:si sahihi|mbaya)| retire (?:m|mwen)| sispann (?:voye|ekri)| pa vle (?:mesaj|tèks|teks|sms)| pa voye",
    ),
    // --- guards ----------------------------------------------------------------------
    Rule::guard(
        "guard:accidental-opt-out",
        &["intl:*"],
        " (?:descadastrei|saí|sai|desinscrevi)(?: [^ ,]+){0,3} (?:sem querer|por engano|por erro)| (?:me suis |je me suis )?(?:désinscrit|désinscrite|désabonné|désabonnée) (?:par erreur|par accident|sans faire exprès|sans le vouloir)| me (?:salí|di de baja|desuscribí|desinscribí) (?:sin querer|por error|por accidente)| (?:descadastrei|saí|desinscrevi) (?:sem querer|por engano|por erro)| (?:versehentlich|aus versehen) (?:abgemeldet|gestoppt)| (?:kepencet|ketekan) (?:berhenti|stop|unreg)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["intl:*"],
        " (?:los|las|sus|tus) (?:mensajes|sms|textos|ofertas)(?: [^ ,]+){0,3} (?:sí|si) me (?:sirven|gustan|interesan)| (?:de baja|cancelar) (?:de )?(?:la|el|mi) (?:caja|suscripción de|membresía|plan)| (?:die )?sms (?:will ich|möchte ich|würde ich gern|bitte) (?:behalten|weiter bekommen|weiterhin)| (?:no quiero|ni) (?:que )?(?:dejen|dejes|paren|paréis) de (?:mandarme|enviarme|mandar|enviar|escribirme)| berhenti (?:jual|menjual|berjualan|produksi|stok|buka|restock)| (?:me dieron|me dan|me van a dar|estoy|estar|me di|di) de baja (?:en|del|de la|de mi) (?:el |la )?(?:trabajo|chamba|empresa|médica|incapacidad|chamba)",
    ),
    Rule::guard(
        "guard:shoe-size",
        &["intl:*"],
        " numero (?:di )?(?:scarpe|scarpa|taglia|piede)| (?:número|numero) (?:de )?(?:sapato|zapato|calçado|calzado)| schuh(?:größe|nummer)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["intl:*"],
        " (?:die )?sms (?:sind|ist) (?:okay|ok|gut|in ordnung|fein)| (?:los )?(?:sms|mensajes de texto) (?:están|estan|son) (?:bien|ok)| (?:os )?(?:sms|torpedos) (?:estão|estao|são) (?:ok|bons|ótimos)| les sms (?:sont|c est) (?:ok|bien|parfaits)",
    ),
    Rule::guard(
        "guard:never-stops-coming",
        &[],
        " (?:não|nao|no) (?:para|paran|param|deja|dejan) de (?:chegar|llegar|sair|salir|aparecer|lançar|lancar|sacar)",
    ),
    Rule::guard(
        "guard:accidental-opt-out",
        &["intl:*"],
        "不小心[^ ,]{0,30}(?:退订|退訂|取消)|误(?:退订|退訂)|誤(?:退訂|退订)",
    ),
    Rule::guard(
        "guard:order-number",
        &[],
        " (?:numero|número) de (?:guia|guía|rastreo|rastreio|rastreamento|seguimiento|pedido|orden|envio|envío)| (?:numéro|numero) de (?:suivi|commande)| (?:sendungsnummer|bestellnummer|trackingnummer|auftragsnummer)| numero (?:di tracciamento|d ordine|dordine|ordine|di spedizione)| номер (?:заказа|отслеживания|посылки)| (?:takip|sipariş|kargo) (?:numara|numarası|numaram|no)| (?:tracking|order|confirmation) (?:number|#|no|num)(?: |$)",
    ),
    Rule::guard(
        "guard:order-number",
        &[],
        "订单号|單號|单号|追踪号|快递单号|注文番号|追跡番号|주문번호|송장번호",
    ),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        " no (?:me |nos )?(?:manden|envíen|envien|mandes|envies|mande|envíe) (?:todavía |todavia |aún |aun )?(?:el|la|los|las|mi|mis|ese|esa) (?:paquete|pedido|orden|envío|envio|caja|producto|compra|regalo)| (?:cancelar|cancela|cancele|cancelen|cancelo|anular|annullare|annulla|annuler|stornieren|anuluj|iptal)(?: [^ ,]+){0,4} (?:pedido|pedidos|encomenda|compra|ordine|ordini|articolo|commande|bestellung|orden|producto|produto|artículo|zamówienie|sipariş|siparişi|siparişimi)(?: |$)",
    ),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        "退订金|退定金|退押金|(?:停止|取消|暂停|暫停|别|別|不要)(?:再)?(?:发货|發貨|送货|送貨|配送|订单|訂單)",
    ),
    // --- asking how to stop, and wrong numbers, across languages ---------------------
    Rule::opt_out(
        "intl:how-to-stop",
        " no (?:me|nos) (?:vuelvan|vuelvas|vuelva|volváis) a (?:escribir|mandar|enviar|contactar|molestar|textear|llamar)| no (?:m |me |em )?(?:envieu|envïeu|envies|enviïs) (?:més|mes)| menvieu (?:més|mes)| (?:com |cóm )?(?:em |m )?(?:dono|donar|donarme|donar me) de baixa| (?:איך|כיצד) (?:מסירים|להסיר|אני מסיר|אפשר להסיר|מבטלים|לבטל|יוצאים|לצאת)| jak (?:przestać|przestac|wyłączyć|wylaczyc|zrezygnować|zrezygnowac|się wypisać|sie wypisac|wypisać|wypisac)| (?:достали|задолбали|надоели|замучили|заколебали)(?: [^ ,]+){0,3} (?:смс[^ ]*|сообщени[^ ]*|рассылк[^ ]*|спам[^ ]*)| (?:смс[^ ]*|сообщени[^ ]*|рассылк[^ ]*) (?:достали|надоели|задолбали)| ayoko na(?: po)?(?: ng| sa)?(?: mga)? (?:text|texts|mensahe|sms|message|messages)| (?:diese|die|meine alte) nummer gehört nicht (?:mehr )?| (?:não tenho (?:mais )?interesse|sem interesse|no me interesa(?: nada)?|no estoy interesad[oa]|pas intéressée?|kein interesse mehr|non mi interessa(?: più)?|non sono interessat[oa]|nie jestem zainteresowan[ya]|не интересно|niet geïnteresseerd|geen interesse){CLAUSE_END}| (?:como|cómo) (?:le )?(?:hago|puedo|faço|posso|cancelo|paro|desactivo|quito|dejo de recibir|deixo de receber|paro de receber)(?: [^ ,]+){0,6} (?:mensajes|mensagens|sms|textos|notificaciones|notificações)| (?:como|cómo) (?:cancelo|cancelar|desativo|desactivo|quito|tiro|paro)(?: (?:essas|esses|estas|estos|as|os|las|los|sus|suas))? (?:mensagens|mensajes|sms|textos|notificações|notificaciones)| ya no me (?:los |las )?(?:lleguen|llegue|manden|envíen)| (?:no|nunca) (?:autoricé|autorice|autorizé|acepté|di permiso|di mi consentimiento|me suscribí)(?: [^ ,]+){0,3} (?:mensajes|sms|textos|esto|que me)| (?:jamais|pas) (?:donné|accepté|autorisé)(?: [^ ,]+){0,3} (?:accord|consentement|autorisation|ces messages|sms|numéro|numero|num|cell|cellulaire)| (?:arrêtez|arrête|arretez|arrete)(?: svp| s il vous plaît| s il te plaît| stp)?(?: ,| $)",
    ),
    Rule::opt_out(
        "intl:asia",
        "(?:怎么|怎样|怎麼|怎樣|如何)(?:才能)?(?:不再|取消|退订|退訂|停止)|(?:没|沒)(?:有)?(?:订阅|訂閱|注册|註冊|报名|報名)过|(?:从来|從來)(?:都)?(?:没|沒)(?:有)?(?:订阅|訂閱|注册|註冊)|不再(?:收到|接收)|(?:没|沒)(?:有)?同意(?:接收|收)|发错号码|發錯號碼|搵錯人|唔係[^ ,]{1,3}(?:生|小姐|太)|もう送ってこないで|送ってこないで|送らないでください|문자(?: ?[^ ,]+){0,2} ?[^ ,]*(?:끊|그만|안 받|받기 싫|거부)|받기 싫어|광고 문자[^ ,]* 싫|(?:मैसेज|मेसेज|संदेश|एसएमएस)(?: [^ ,]+){0,3} (?:बंद|रोक)|नपठाउनुहोस्|नपठाउनु",
    ),
    Rule::opt_out(
        "intl:how-to-stop",
        " الرقم (?:غلط|خطأ|خاطئ)| in der nummer (?:geirrt|vertan)| falsche (?:nummer|nr|handynummer|telefonnummer)| (?:pas le bon|mauvais|faux) (?:numéro|num|numero|no)(?: |$)| como (?:paro|parar|faço para parar|eu paro) de receber| (?:move|mal) nimewo| mali (?:po )?(?:ang )?(?:number|numero)| (?:jangan|tak usah|gak usah|ga usah|nggak usah|usah) (?:[^ ,]+ )?(?:hantar|kirim|kirim kirim|send) (?:[^ ,]+ )?(?:mesej|pesan|sms|mesejnya)| (?:не шаљите|не шаљи|не пращайте|спрете да ми пращате|спрете да пращате)| (?:deixeu|deixa|deixi) d enviar| ez (?:bidali|bidal)(?: [^ ,]+){0,2} (?:mezu|mezurik)| (?:ningangithumeleli|ungangithumeleli|musa ukungithumelela)| (?:numaramı|numaramızı|beni) (?:listeden|listenizden) (?:silin|çıkarın|sil|çıkar)",
    ),
    // --- opt-in ----------------------------------------------------------------------
    Rule::opt_in(
        "opt-in:intl",
        " (?:di nuovo|de nuevo|de novo|à nouveau|a nouveau|wieder|novamente|otra vez) (?:recibir|receber|recevoir|ricevere|erhalten|bekommen|ontvangen)| (?:dobara|phir se|fir se|firse)(?: [^ ,]+){0,5} (?:bhejna shuru|shuru karo|chalu karo|bhejo|bhejiye|bhejna)(?: |$)| (?:vuelvan|vuelve|volvé|vuelvas) a (?:agregarme|añadirme|anotarme|inscribirme|suscribirme|meterme)| (?:hätte|haette|möchte|würde|will) (?:gern |gerne )?wieder(?: [^ ,]+){0,3} (?:sms|nachrichten|angebote)| (?:will|möchte|hätte gern|würde gern) (?:die |eure |ihre )?(?:sms|nachrichten|angebote)(?: [^ ,]+)? wieder (?:bekommen|erhalten|haben)| (?:me )?(?:inscreve|inscreva|cadastra|cadastre|coloca|coloque|adiciona|adicione|bota|bote)(?: me)? (?:de novo|novamente|outra vez)| (?:mau|ingin|pengen|pingin) (?:langganan|berlangganan|terima|dapat|dapet)(?: [^ ,]+){0,3} lagi| (?:yeniden|tekrar) (?:almak|görmek|gelsin)| (?:vil ha|ønsker|vill ha|vil gerne have|vill få)(?: [^ ,]+){0,3} (?:igjen|igen)(?: |$)| (?:pueden|puedes|podrían|podrian|podrías|podrias) (?:volver a )?(?:agregarme|añadirme|anotarme|inscribirme|suscribirme)| (?:me )?(?:pueden|puedes|podrían|podrian) volver a (?:agregar|añadir|anotar|inscribir|suscribir)| volver a (?:agregarme|añadirme|anotarme|inscribirme|suscribirme)| (?:podem|pode|poderiam) me (?:cadastrar|inscrever|adicionar|colocar|incluir) (?:de novo|novamente|outra vez|na lista)| (?:mich|uns) wieder (?:eintragen|anmelden|aufnehmen|hinzufügen)| nhận lại (?:tin|tin nhắn|thông báo)| (?:gusto ko|gusto kong) (?:ulit|muli) (?:makatanggap|matanggap)| (?:makatanggap|matanggap) (?:ulit|muli)| zapisz(?:cie|my)? mnie(?: [^ ,]+){0,2} (?:z powrotem|ponownie|znowu)| riattiva(?:te|re|temi)? (?:gli |le |i )?(?:sms|messaggi|notifiche)| (?:recibir|receber|recevoir|ricevere|erhalten|bekommen|ontvangen)(?: [^ ,]+){0,3} (?:de nuevo|de novo|à nouveau|a nouveau|di nuovo|wieder|otra vez|novamente|opnieuw)| (?:suscríbanme|suscríbeme|suscribirme|inscríbanme|iscrivermi|iscrivimi|inscrevam|inscreva me|abonnez moi)(?: |$)| wieder (?:[^ ,]+ ){0,4}anmelden| wieder (?:die )?(?:sms|nachrichten|textnachrichten) (?:schicken|senden|zuschicken|bekommen|erhalten)| volver a recibir| voltar a receber| réabonn[^ ]*| réinscri[^ ]*| (?:me )?(?:inscreva|inscrevam|cadastre|cadastrem|inscribe|inscriban)(?: me)? (?:de novo|novamente|outra vez|de nuevo|otra vez)| (?:schickt|schicken|sendet|senden|schick|schreibt)(?: sie)? (?:mir|uns) wieder| 重新订阅| 订阅短信| (?:vuelvan|vuelve|volver|vuelvas|pueden volver) a (?:mandarme|enviarme|mandar|enviar|escribirme)| (?:me )?(?:inscreve|inscreva|inscrevam|cadastra|cadastre|adiciona|adicione)(?: me)? (?:na|nas|no|nos|em) (?:[^ ,]+ )?(?:promos|promoções|lista|sms|mensagens|ofertas)| aanmelden (?:voor|bij)| (?:подпишите|подпиши|верните|включите|підпишіть|підпиши) (?:меня |мне |мене )?(?:снова|обратно|опять|знову)| zet (?:me|mij|ons) (?:weer|terug) op| tekrar (?:sms|mesaj)(?: [^ ,]+)? (?:almak|istiyorum)| (?:ارجع|أرجع) (?:اشترك|أشترك)| đăng ký (?:nhận tin )?lại| (?:message|messages|msg|sms) chahiye| add kar (?:do|dijiye|dena)| (?:wapas|dobara|phir se|fir se) (?:[^ ,]+ ){0,4}(?:add|jod|joD|shamil|subscribe)| daftar(?:in|kan)? (?:lagi|kembali|ulang)| (?:me )?(?:coloca|coloque|põe|poe|bota|adiciona|adicione)(?: me)? de volta| (?:رجعوني|ارجعوني|أعيدوني|اعيدوني)| (?:chcę|chce) (?:znowu|znów|ponownie) (?:dostawać|otrzymywać|dostawac)| (?:wapas|dobara|phir se|fir se) (?:bhejo|bhejiye|bhejna|shuru karo)| pa ?subscribe(?: [^ ,]+){0,2} ulit| (?:isali|idagdag|ibalik) (?:[^ ,]+ ){0,2}ulit",
    ),
    Rule::opt_in(
        "opt-in:intl",
        "(?:الاشتراك|اشترك|أشترك)(?: [^ ,]+){0,3} (?:مرة أخرى|مره اخرى|من جديد)|إعادة الاشتراك|また(?:sms|メッセージ|通知|配信)(?:を)?受け取りたい|再(?:び)?受け取りたい|我(?:想|要)(?:订阅|訂閱)|(?:また|もう一度)(?:[^ ,]{0,30})(?:送って|配信して)(?:ほしい|欲しい|ください)|重新(?:接收|订阅|訂閱|收到)|帮我恢复|幫我恢復|恢复订阅|恢復訂閱|(?:恢复|恢復)(?:接收|发送|發送|短信|簡訊)|(?:配信|通知|SMS)(?:を)?再開|إعادة اشتراكي|اعادة اشتراكي|знову отримувати|снова получать|再登録|다시(?: 문자| 메시지)? ?(?:받고 ?싶|보내|구독|신청)|재구독|また配信|配信してほしい|再配信|もう一度登録",
    ),
    // --- help --------------------------------------------------------------------------
    Rule::help(
        "help:intl",
        " (?:como|cómo) (?:vocês |voces |ustedes |usted |vcs |vc )?(?:consiguieron|obtuvieron|tienen|sacaron|consiguió|obtuvo|conseguiram|pegaram|obtiveram|têm|tem|arrumaram) (?:mi|meu|o meu) (?:número|numero|celular|teléfono|telefone)| de (?:dónde|donde|onde) (?:vocês |voces |ustedes |usted )?(?:sacaron|consiguieron|tienen|obtuvieron|pegaram|tiraram|conseguiram) (?:mi|meu|o meu) (?:número|numero|celular|teléfono|telefone)| esto tiene (?:algún |algun )?(?:costo|cargo)| (?:cada cuánto|con qué frecuencia|com que frequência|de quanto em quanto tempo) (?:me |nos )?(?:van a |vão |vao )?(?:envían|mandan|escriben|llegan|enviam|mandam|chegam|enviar|mandar|escrever|llegar|chegar)| (?:los mensajes|estos mensajes|recibir (?:los |estos )?mensajes|as mensagens|essas mensagens|receber (?:as |essas )?mensagens)(?: [^ ,]+)? (?:tiene|tienen|tem|têm) (?:algún |algum )?(?:costo|custo|cargo)| (?:los mensajes|estos mensajes|as mensagens|essas mensagens|(?:recibir|receber) (?:los |estos |as |essas )?(?:mensajes|mensagens|sms)) (?:son|es|são|é|e) (?:gratis|gratuitos?|pagos?)(?: |$)| comment (?:avez vous|vous avez|as tu|tu as) (?:eu|obtenu|trouvé|trouve) mon (?:numéro|numero)| (?:les )?(?:sms|messages) (?:sont|cest|c est) payants?| à quelle fréquence (?:vous )?(?:envoyez|allez|écrivez|ecrivez)| qui (?:est ce|êtes vous|etes vous|m écrit|m ecrit|mecrit|m envoie|menvoie|vous êtes|vous etes)(?: |$)| wer (?:ist das|sind sie|seid ihr|schreibt mir|schreibt hier|bist du)(?: |$)| welche (?:firma|marke|shop|laden|geschäft|nummer) (?:ist das|sind sie|seid ihr|schreibt)| woher haben sie (?:meine|die) (?:nummer|handynummer|telefonnummer)| woher habt ihr (?:meine|die) (?:nummer|handynummer)| wie oft (?:kommen|bekomme|schicken|sendet|senden)| kosten (?:die|diese) (?:sms|nachrichten)| (?:sind|ist) (?:die|diese) (?:sms|nachrichten) kostenlos| chi (?:è|e|siete|sei|mi scrive)(?: |$)| (?:dove|come) avete (?:preso|avuto|ottenuto|trovato) il mio numero| ogni quanto (?:mandate|inviate|arrivano|scrivete|mi scrivete|mi mandate)| wie (?:stuurt|stuurde|is dit|bent u|ben jij|zijn jullie)(?: |$)| hoe (?:komen jullie|komt u|kom je) aan mijn (?:nummer|telefoonnummer)| kto (?:to|pisze|mi to wysyła)(?: |$)| skąd (?:macie|masz|ma pan|mają|wzięliście) (?:mój|moj) (?:numer|telefon)| jak często (?:wysyłacie|będziecie|przychodzą|piszecie)| czy (?:te )?(?:sms|wiadomości) (?:są )?płatne| кто (?:это|вы|пишет)(?: |$)| откуда у (?:вас|тебя) мой (?:номер|телефон)| как часто (?:вы )?(?:присылаете|пишете|будете|приходят)| (?:сообщения|смс) платные| хто (?:це|ви|пише)(?: |$)| звідки у (?:вас|тебе) мій (?:номер|телефон)| numaramı (?:nereden|nerden) (?:buldunuz|aldınız|aldiniz|buldun)| ne sıklıkla (?:mesaj|sms|gönder|yaz)| (?:mesajlar|sms|mesaj)[^ ,]* (?:ücretli|paralı) m[ıi]| (?:من|مين) (?:انتم|أنتم|معي|هذا|حضرتك)(?: |$)| (?:من أين|من اين|منين|كيف) (?:حصلتم|جبتم|أخذتم|اخذتم)(?: على)? رقمي| (?:الرسائل|رسائل|هذه الرسائل)(?: [^ ,]+)? (?:مجانية|مجانيه|بفلوس|مدفوعة)| מי (?:זה|אתם|שולח)(?: |$)| (?:מאיפה|איך) (?:יש לכם|השגתם|קיבלתם)(?: את)? (?:המספר|מספר)| شما (?:کی|کیه|کی هستید)| شماره(?: من| منو| مرا)? (?:را )?از کجا| (?:आप|आप लोग) कौन| मेरा (?:नंबर|नम्बर) कहाँ से| (?:aap|ap) kaun(?: ho| hai| hain)?(?: |$)| (?:ye|yeh|ya) (?:kaun|kon) (?:bhej|message kar|msg kar|text kar|hai|h)(?: |$)| (?:mera|mere) (?:number|no) kaha?n se| sino (?:po )?(?:ito|to|kayo|sila)(?: |$)| saan (?:nyo|ninyo|niyo) (?:po )?nakuha (?:ang )?(?:number|numero) ko| legit (?:po )?(?:ba|ba ito|ba to)(?: |$)| (?:scam|totoo|peke) (?:po )?ba(?: to| ito| yan)?(?: |$)| (?:sms|msg|message|messages)(?: [^ ,]+)? (?:ke )?(?:paise|charge|charges) (?:lagenge|lagte|lagega|katenge|lagta)| (?:me )?(?:cobran|cobrarán|cobraran|cobra) (?:algo )?(?:por )?(?:recibir )?(?:estos |los |sus )?(?:mensajes|sms)| (?:dapat|dapet) nomor (?:saya|aku|ku|gue) dari mana| (?:sms|pesan)(?: [^ ,]+)? (?:ini )?berbayar| seberapa sering (?:kalian |anda )?(?:kirim|mengirim|sms)| nani (?:huyu|anatuma|ametuma)| mmepata (?:namba|nambari) yangu wapi| sao (?:có|biết) số| (?:tin nhắn|nhận tin)(?: [^ ,]+)? có mất phí| (?:con quién|con quien) (?:hablo|estoy hablando|tengo el gusto)| (?:qué|que) (?:negocio|empresa|tienda|compañía|compania|marca) (?:me |nos )?(?:está|esta|es|son|escribe|manda|envía)| (?:où|ou) (?:avez vous|vous avez|as tu|tu as) (?:eu|obtenu|trouvé|trouve|pris) (?:mon|ce) (?:numéro|numero)| (?:esto|los mensajes|estos mensajes) (?:me |nos )?(?:cuesta|cuestan) algo| (?:cest|c est|ce est) quelle (?:entreprise|societe|société|boutique|marque|compagnie|magasin)| quelle (?:entreprise|societe|boutique|marque) (?:est ce|cest)| (?:bu )?hangi (?:firma|şirket|sirket|mağaza|magaza)| kitől (?:jön|jött|van|érkezett)| (?:यह|ये) (?:मैसेज|मेसेज|संदेश|एसएमएस) (?:किसका|किसने|कहाँ से)| это не (?:мошенники|мошенничество|развод|спам)| (?:isso|isto|esse|essa|isso aqui) (?:é|e) golpe| (?:es|esto es) (?:una )?estafa(?: |$)| quién (?:me )?(?:escribe|es|eres|son|manda|envía)| (?:bu )?(?:numara|numarası)(?: [^ ,]+)? kime ait| (?:siz )?kimsiniz| ai (?:đang nhắn|nhắn|vậy|đấy|đây|thế)(?: |$)| (?:यह|ये|इस) (?:किसका|किस का) (?:नंबर|नम्बर)| (?:ye|yeh|ya) (?:kiska|kis ka) (?:number|no|nmbr)| ce firmă| ce firma e| kiyès sa| (?:siapa|sapa) (?:ni|ini|nih)(?: |$)| kdo (?:mi )?(?:to )?(?:píše|je to|jste)| (?:czy|to) (?:mogę|moge) (?:porozmawiać|rozmawiać) z (?:konsultantem|człowiekiem|kimś)| hoe vaak (?:sturen|stuurt|krijg)| (?:ini|itu) penipuan| από πού (?:βρήκατε|πήρατε)| sao có số| এটা কে| quiénes (?:son|eres|serán|me escriben)| de dónde (?:sacaron|sacaste|obtuvieron|tienen) mi (?:número|numero|celular|teléfono)| cómo (?:consiguieron|obtuvieron|sacaron|tienen) mi (?:número|numero|celular|teléfono)| (?:numaramı|numarayı|numaramızı) nereden (?:buldunuz|aldınız|buldun)| (?:شما|تو) (?:کی|کیستید|کی هستید)| مين (?:هاد|هدا)| (?:ఇది )?ఏ కంపెనీ| (?:ఎవరు|మీరు ఎవరు)| (?:આ )?કોણ છે| কোন (?:দোকান|কোম্পানি)| yaad (?:tahay|tihiin)| ta ni (?:eleyi|e|yin|o)(?: |$)| ki moun (?:sa|ou ye|nou ye)| cada cuánto (?:mandan|envían|me mandan|llegan|escriben)| woher (?:habt ihr|haben sie|hast du) (?:meine|die|diese) (?:nummer|handynummer|daten)| (?:kiyès|kilès|ki moun) (?:k ap|kap|ki ap|ou ye|nou ye)| (?:আপনারা|তোমরা) কারা| (?:இது|நீங்க|நீங்கள்) (?:யாரு|யார்)| (?:ይሄ|ይህ|እናንተ) (?:ማነው|ማን ነው|ማን ናችሁ)| qué (?:tienda|empresa|negocio) es| qué es esto| qui (?:êtes vous|est ce|mécrit)| cest qui| quest ce que cest| wer (?:schreibt|ist|sind)| was ist das| quem (?:está|é|manda|envia|fala|está falando)| o que é isso| chi (?:siete|è|sei|scrive)| cosè| wie (?:is dit|ben je|bent u)| что это| кто это| кто вы| (?:kaun|kon) (?:hai|ho|h|hain)(?: |$)| (?:aap|ap|tum) (?:kaun|kon)(?: |$)| من (?:أنت|انت|أنتم|انتم|معي|هذا)(?: |$)| kto (?:to|pisze|mówi)(?: |$)| co to (?:jest|za)(?: |$)| (?:kimsiniz|kimsin|kim bu)(?: |$)| ai (?:vậy|đấy|thế|đó|nhắn)(?: |$)| sino (?:to|ito|po ito|kayo|ka|po kayo|po sila)(?: |$)| מי (?:זה|אתם|אתה|את|זאת)(?: |$)| (?:es|esto es|eso es|será) (?:una |un )?(?:estafa|fraude|timo)| (?:que|qual) (?:loja|empresa|marca) (?:é|e) (?:essa|esta|esse|este|vocês)| kdo (?:jste|jsi|je to|píše)| cine (?:sunteți|sunteti|ești|esti|e|scrie)| ki (?:ez|az|vagy|maga|maguk)(?: {F})* (?:,|$)| vem (?:är|e) (?:det|ni|du|detta)| hvem (?:er|e) (?:i|dette|det|du|dere|jer|det her)| kuka (?:tämä|te|sinä|olet|olette|on)| ποιος (?:είναι|είσαι|είστε)| хто (?:це|ви|ти)| مين (?:معي|انت|انتو|هذا|حضرتك)| (?:आप|तुम) कौन| (?:আপনি|তুমি|আপনারা) কে| (?:آپ|تم|یہ) کون| (?:ini|ni) siapa| siapa (?:ini|ya|nih|kamu|anda)| nani (?:huyu|wewe|ninyi|anatuma)| ni nani",
    ),
    Rule::help(
        "help:intl",
        "哪个(?:平台|公司|商家|店|网站)|哪個(?:平台|公司|商家|店|網站)|多久(?:发|發)一次|(?:短信|信息|簡訊|消息)[^ ,]{0,3}(?:收费|收費|要钱|要錢|免费|免費)|どこで(?:私の)?(?:番号|電話番号)(?:を)?(?:知|入手|手に入)|(?:この|私の)?(?:番号|電話番号)(?:を|は)?(?:どこで|どうやって)(?:知|入手|手に入)|(?:配信|送信|メッセージ|sms)(?:の)?頻度|どのくらいの頻度で(?:届|送|配信)|(?:sms|メッセージ|受信)[^ ,]{0,4}料金|누구(?:세요|신가요|시죠)|번호(?:를|는)? ?어떻게|(?:상담원|상담사)(?:이랑|과|하고|랑)? ?(?:통화|연결|대화)|얼마나 자주 (?:보내|오|문자)|(?:문자|메시지|수신)[^ ,]* ?(?:요금|유료)|ได้เบอร์(?:ฉัน|ผม|เรา)?(?:มา)?จากไหน|(?:ข้อความ|sms)[^ ,]*เสียเงิน|(?:怎么|怎麼|哪里|哪裡|从哪|從哪)(?:会|會)?(?:有|拿到|得到|弄到|来的|來的|知道)(?:我的)?(?:号码|號碼|电话|電話|手机号|手機號)|是(?:詐騙|诈骗)(?:嗎|吗)|どこから(?:ですか|来|の)|(?:यह|ये) कौन (?:है|हैं)|这是什么(?:短信|信息)|這是什麼(?:簡訊|訊息)|是不是(?:詐騙|诈骗)|你们是(?:谁|哪)|你們是(?:誰|哪)|你是谁|你是誰|是誰|ใคร(?:คะ|ครับ|ค่ะ|เนี่ย|ส่ง)|นี่ใคร|哪家|是谁|誰ですか|どなた(?:ですか|様)|どちら様|누구(?:세요|신가요|시죠|십니까|야)",
    ),
    // --- seen in shops that sell abroad -----------------------------------------------
    Rule::opt_out(
        "intl:es",
        " (?:vete|váyanse|vayanse|vayan|váyase|andate|ándate|lárguense|larguense|lárgate|largate) (?:a la|al) (?:mierda|m\\*+erda|m\\*+|chingada|ch\\*+ngada|ching\\*+da|ch\\*+|carajo|c\\*+rajo|verga|v\\*+rga|diablo)| (?:no|ya no) me (?:interesan|interesa) (?:sus |tus |los |las |estos |estas |esos |esas )?(?:mensajes|mensajitos|sms|textos|promociones|ofertas|notificaciones|alertas)| (?:paren|para|pare|dejen|deja|deje|basta) ya (?:de )?(?:me )?(?:enviar|mandar|escribir|mandarme|enviarme|escribirme|molestar|textear|mensajear)",
    ),
    Rule::opt_out(
        "intl:fr",
        " (?:je|j) ?(?:ne )?(?:veux|veut|souhaite|voudrais) (?:plus|pu|pus|pas|vraiment pas|plus jamais|pu jamais) (?:recevoir |de |avoir )?(?:vos |ces |les |de |des |tes )?(?:sms|messages|textos|texto|notifications|promos|pubs|publicités|alertes|msg|msgs|offres|promotions)| (?:va|allez) (?:te|vous) faire (?:foutre|f\\*+utre|f\\*+tre|f\\*+|fout\\*+) (?:avec|toi|vous|et)| (?:lâchez|lâche|lachez|lache|foutez|fous|fichez|fiche)(?: moi| nous)?(?: un peu)? avec (?:vos|tes|ces|les) (?:[^ ,]+ )?(?:promos|pubs|sms|textos|messages|spams|notifications|offres|publicités)| comment (?:on fait|je fais|fait on|faire) (?:pour )?(?:arrêter|stopper|bloquer|ne plus recevoir|désactiver) (?:ces |vos |les |tes )?(?:messages|sms|textos|notifications|promos|alertes)| (?:pouvez vous|pourriez vous|vous pouvez) (?:menlever|me retirer|menlevez|me supprimer|effacer mon numéro)(?: [^ ,]+){0,3} (?:liste|listes)",
    ),
    Rule::opt_out(
        "intl:fr",
        " (?:vos|tes|ces) (?:sms|messages|textos|promos|pubs) me (?:saoulent|soûlent|gonflent|cassent les pieds|fatiguent|énervent|saoule|soûle)| (?:saoulé|soûlé|saoulée|soûlée|marre|ras le bol) (?:de|par|avec) (?:vos|tes|ces) (?:sms|messages|textos|promos|pubs)",
    ),
    Rule::opt_out(
        "intl:pt",
        " (?:só|so|somente|apenas) (?:quero|preciso|desejo) (?:saber|receber|notícias|noticias|atualizações|atualizacoes)(?: [^ ,]+){0,4} (?:pedido|entrega|compra|encomenda)(?: [^ ,]+){0,2} ,? (?:sem|nada de) (?:promoção|promoções|promo|promos|propaganda|ofertas|publicidade|marketing)| (?:sem|nada de|chega de) (?:promoção|promoções|promos|propaganda|ofertas|publicidade) (?:por|no|via) (?:sms|mensagem|texto|whats)| não tenho (?:mais )?interesse (?:nessas|nestas|nas|em suas|nas suas|em receber) (?:[^ ,]+ )?(?:mensagens|sms|promoções|ofertas)",
    ),
    Rule::opt_out(
        "intl:it",
        " come (?:faccio|posso|si fa) (?:a |per )?(?:non ricevere più|nn ricevere più|smettere di ricevere|disattivare|bloccare|disiscrivermi|cancellarmi)",
    ),
    Rule::opt_out(
        "intl:asia",
        "(?:この|その|これらの)?(?:sms|メッセージ|メール|通知|配信)(?:は|を)?(?:どうやって|どうすれば|どうしたら)(?:止め|停止|解除|拒否)|(?:止め|停止し|解除し)(?:たい|方)",
    ),
    Rule::opt_out(
        "intl:tr",
        " (?:beni|numaramı|numaramızı) (?:sms |mesaj )?(?:listenizden|listeden|listesinden|sms listenizden) (?:çıkarın|çıkar|silin|sil|kaldırın|kaldır)",
    ),
    Rule::guard(
        "guard:accidental-opt-out",
        &["intl:*"],
        " (?:me equivoqué|me equivoque|por error|sin querer|por accidente|accidentalmente|por equivocación)(?: [^ ,]+){0,3} (?:de baja|desuscrib[^ ]*|cancelé|cancele)| (?:désabonné|désabonnée|désinscrit|désinscrite) (?:[^ ,]+ )?(?:par erreur|par accident|sans faire exprès|sans le vouloir)",
    ),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        " (?:quita|quiten|quítenme|quítame|saca|saquen|sácame|sáquenme|elimina|eliminen|elimíname|borra|borren|bórrame|quitar|sacar|eliminar|borrar)(?: [^ ,]+){0,4} del (?:carrito|pedido|orden|carro|canasta)(?: |$)| (?:tira|tirem|tire|remove|remova|removam|exclui|exclua|excluam|tirar|remover|excluir)(?: [^ ,]+){0,4} do (?:carrinho|pedido)(?: |$)| (?:enlevez|enlève|enleve|retirez|retire|supprimez|supprime|enlever|retirer|supprimer)(?: [^ ,]+){0,4} (?:du panier|de (?:la|ma) commande)(?: |$)",
    ),
    Rule::guard(
        "guard:order-number",
        &[],
        " (?:keine|kein|nicht mehr|nichts mehr)(?: [^ ,]+){0,3} (?:mehr )?(?:auf lager|am lager|vorrätig|lieferbar|verfügbar)| (?:ya no hay|no hay más|no queda|no quedan|ya no tienen)(?: [^ ,]+){0,3} (?:en )?(?:stock|existencia|existencias|inventario)| (?:plus|pu) (?:en stock|disponible|disponibles)| (?:não tem|não há|acabou|acabaram)(?: [^ ,]+){0,3} (?:em |no )?estoque| non (?:c è|ce|ci sono) più(?: [^ ,]+){0,3} (?:disponibil[^ ]*|in magazzino)| stopcontact[^ ]*| stekker[^ ]*",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:vuélvanme|vuelvanme|vuélveme|vuelveme) a (?:agregar|añadir|anotar|inscribir|suscribir|meter|poner|mandar|enviar)| (?:me remettre|remettez moi|remets moi|remettez nous|me rajouter|rajoutez moi|me réinscrire)(?: [^ ,]+){0,2} (?:sur|à|dans) (?:la|votre|ta|vos|tes) (?:liste|alertes|sms|textos)| (?:cómo|como|quiero|puedo|dónde|donde) (?:me )?(?:suscribo|suscribirme|inscribo|inscribirme|anoto|anotarme|registro|registrarme|apunto|apuntarme)(?: [^ ,]+){0,3} (?:mensajes|sms|textos|ofertas|promociones|alertas|lista)| (?:como|quero|posso|onde) (?:eu )?(?:me )?(?:cadastro|cadastrar|inscrevo|inscrever|assino|assinar)(?: [^ ,]+){0,4} (?:mensagens|msg|msgs|sms|promoções|promocoes|promo|promos|ofertas|alertas|lista|clube)| (?:comment|je veux|je voudrais|où|ou) (?:je fais pour |faire pour |on fait pour |est ce quon peut |puis je )?(?:minscrire|mabonner|je minscris|je mabonne)(?: [^ ,]+){0,3} (?:alertes|sms|textos|messages|promos|liste|offres)| (?:wie|wo|kann ich) (?:melde|trage|registriere) (?:ich |man )?(?:mich |sich )?(?:[^ ,]+ ){0,3}(?:sms|nachrichten|angebote|newsletter)(?: [^ ,]+){0,2} (?:an|ein)(?: |$)| (?:hoe|waar|wil|kan) (?:schrijf|meld) (?:ik )?(?:me|mij) (?:in|aan) (?:voor|bij)| (?:inschrijven|aanmelden|abonneren) (?:voor|op) (?:de |jullie |uw )?(?:sms|berichten|aanbiedingen|nieuwsbrief)| (?:gusto ko|gusto kong|gusto namin)(?: po)? (?:ulit|muli) (?:makatanggap|matanggap)| đăng ký (?:nhận )?(?:tin nhắn |tin |thông báo )?lại| đăng ký nhận (?:tin nhắn|tin|thông báo|khuyến mãi)",
    ),
    Rule::help(
        "help:intl",
        " (?:cuántos|cuantos|cuántas|cuantas) (?:mensajes|sms|textos|texts|promociones)(?: [^ ,]+){0,4} (?:al|por|a la|cada) (?:mes|semana|día|dia)| combien de (?:textos|sms|messages|promos|notifications)(?: [^ ,]+){0,4} (?:par|chaque) (?:semaine|mois|jour)| (?:quantas|quantos) (?:mensagens|msg|msgs|sms|promoções)(?: [^ ,]+){0,4} (?:por|ao|na|no) (?:semana|mês|mes|dia)| wie viele (?:sms|nachrichten)(?: [^ ,]+){0,4} (?:pro|im|in der|am) (?:woche|monat|tag)| quanti (?:messaggi|sms)(?: [^ ,]+){0,4} (?:al|alla|a|ogni) (?:settimana|mese|giorno)| (?:kostet|kosten) (?:mich |uns )?(?:diese|die|eure|ihre) (?:sms|nachrichten) (?:etwas|was|geld)| (?:किस|कौन सी|कौनसी) (?:कंपनी|दुकान|ब्रांड) (?:का|की|से)",
    ),
    // --- seen in a grocery shop's many-language inbox ------------------------------------
    Rule::opt_out(
        "intl:es",
        " (?:por qué|porque|por que|pa qué|xq|pq|porq|x q) (?:me |nos )?(?:siguen|sigue|continúan|siguen ustedes) (?:mandando|enviando|escribiendo|textiando|molestando)| ya (?:les |te )?dije (?:que|q) (?:no|paren|pararan|me dejen|me quiten|ya no)",
    ),
    Rule::opt_out(
        "intl:asia",
        "^ (?:我|我真的|真的)?(?:对(?:这些|你们的|你們的|這些)?(?:短信|信息|消息|广告|簡訊|訊息|廣告)?)?(?:不感兴趣|不感興趣|没兴趣|沒興趣|没有兴趣|沒有興趣)(?:了|啦|谢谢|謝謝)?(?: |$)",
    ),
    Rule::opt_out(
        "intl:th-vi",
        " (?:tôi |mình |em |tui )?(?:chưa|không) (?:bao giờ |từng |hề )*(?:đăng ký|đồng ý)| (?:làm sao|làm thế nào|cách nào) (?:để )?(?:không|ngừng|dừng|hủy) (?:nhận )?(?:[^ ,]+ ){0,2}tin nhắn",
    ),
    Rule::opt_out(
        "intl:ko",
        "가입한 ?적 ?(?:없|이 없)|가입 ?안 ?했|동의한 ?적 ?(?:없|이 없)|동의 ?안 ?했|번호 ?(?:좀 ?)?(?:지워|삭제)|(?:동의|수신) ?철회",
    ),
    Rule::opt_out(
        "intl:ru-uk",
        " (?:я )?не (?:подписывался|подписывалась|подписывался|давал согласия|давала согласия|соглашался|соглашалась|регистрировался|регистрировалась|підписувався|підписувалася|давав згоди|давала згоди)",
    ),
    Rule::opt_out(
        "intl:ar",
        " (?:لم|ما) (?:أشترك|اشترك|أسجل|اسجل|أوافق|اوافق|اشتركت|سجلت|وافقت)",
    ),
    Rule::opt_out(
        "intl:he-fa",
        " (?:نمیخواهم|نمیخوام|نمی خواهم|نمی خوام) (?:[^ ,]+ ){0,3}(?:پیامک|پیام)",
    ),
    Rule::opt_out(
        "intl:sw-ht",
        " (?:kijan|kouman) (?:pou )?(?:m |mwen )?(?:fè )?(?:mesaj|tèks|sms)(?: [^ ,]+){0,3} sispann| (?:mesaj|tèks|sms)(?: [^ ,]+){0,2} (?:anmède|fatige|nwi) (?:m|mwen)| sispann (?:voye|ekri|tèks)| (?:pa|pa janm) (?:voye|ekri) (?:mwen|m)| efase nimewo (?:mwen|m)| retire (?:mwen|nimewo mwen)| (?:m|mwen) pa (?:t )?(?:janm )?enskri| pa vle (?:resevwa|jwenn) (?:mesaj|tèks|sms)",
    ),
    Rule::opt_out(
        "intl:so-yo",
        " (?:nambar|lambar|number) (?:khaldan|qaldan|khalad)| ma ihi [^ ,]+(?: |$)",
    ),
    Rule::opt_out("intl:ta-am-ht", " (?:አቁሙ|አቁም|አቁሚ)(?: |$)"),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        " (?:dalabka|dalab|amarka|gaarsiinta|keenista)(?: [^ ,]+){0,2} jooji| de baja del (?:plan|caja|club de vinos|box|kit|gimnasio|servicio de comida)",
    ),
    Rule::opt_in("opt-in:intl", "수신 ?동의(?:합니다|해요|할게요|함|할래요)?"),
    Rule::opt_in(
        "opt-in:intl",
        " paano (?:po )?(?:mag sign up|magsign up|mag subscribe|magsubscribe|sumali|mag register|magparehistro)| (?:pakibalik|ibalik) (?:niyo |nyo |ninyo )?(?:po )?(?:ako|kami) sa (?:text list|listahan|list)| gusto ko (?:po )?ulit ng (?:promo|promos|text|texts|mensahe)| resevwa (?:[^ ,]+ ){0,3}ankò| (?:m|mwen) vle (?:resevwa|jwenn) (?:mesaj|tèks|sms|pwomosyon)| دوباره (?:[^ ,]+ ){0,3}(?:دریافت|بفرستید|بفرستین|ارسال کنید)| (?:phir se|fir se|dobara)(?: [^ ,]+){0,2} chahiye| subscribe kar (?:do|dijiye|dena|de)",
    ),
    Rule::help(
        "help:intl",
        "(?:咩|邊間|边间|乜嘢)(?:公司|舖頭|铺头|店)|(?:你|你哋|你們)?係邊個|係邊位",
    ),
    Rule::help(
        "help:intl",
        " (?:sao|tại sao|làm sao|ở đâu) (?:các bạn |bạn |anh chị |shop |bên bạn )?(?:có|lấy|biết) (?:được )?số(?: điện thoại)?(?: của)? (?:tôi|mình|em|tui)| (?:mera|mere) (?:number|no) (?:aapko|apko|tumhe|aap logo ko|aap ko) (?:kaha|kahan|kahaan) se| (?:پیغام|میسج|مسیج)(?: [^ ,]+)? کون| (?:kijan|kouman|ki kote) (?:nou|ou) (?:fè )?(?:jwenn|gen|pran) nimewo (?:m|mwen)",
    ),
    // --- seen in long replies -------------------------------------------------------------
    Rule::guard(
        "guard:accidental-opt-out",
        &["intl:*"],
        " (?:di de baja|dí de baja|desuscribí|desinscribí|salí|cancelé)(?: [^ ,]+){0,5} (?:por error|sin querer|por accidente|por equivocación)| (?:por error|sin querer|por accidente) (?:me )?(?:di de baja|dí de baja|desuscribí|salí)| (?:désinscrit|désinscrite|désabonné|désabonnée)(?: [^ ,]+){0,5} (?:par erreur|par accident|sans faire exprès|sans le vouloir)| (?:saí|sai|descadastrei|desinscrevi|cancelei)(?: [^ ,]+){0,6} (?:sem querer|por engano|por erro|por acidente)| (?:przez przypadek|przypadkiem|niechcący) (?:[^ ,]+ ){0,2}(?:wypisał[^ ]*|zrezygnował[^ ]*)| wypisał[^ ]*(?: [^ ,]+){0,4} (?:przez przypadek|przypadkiem|niechcący)| (?:aus versehen|versehentlich)(?: [^ ,]+){0,5} (?:abgemeldet|ausgetragen|gestoppt|abbestellt)| 실수로(?: [^ ,]+){0,3} (?:[^ ,]+)?(?:수신 ?거부|구독 ?취소|해지)",
    ),
    Rule::guard(
        "guard:accidental-opt-out",
        &["intl:*"],
        "(?:間違えて|誤って|うっかり)[^ ,]{0,45}(?:停止|解除|退会)",
    ),
    Rule::opt_out("intl:es", "^ (?:{F} )*(?:baja|alto|basta)(?: {F})* ,"),
    Rule::opt_out(
        "intl:pl",
        " (?:już )?nie (?:wysyłać|wysylac|przysyłać|pisać|pisac) (?:mi |nam )?(?:[^ ,]+ )?(?:sms|smsów|sms ów|wiadomości|wiadomosci|promocji|reklam)| (?:usunąć|usunac|usuńcie|usunięcie) (?:mój |moj |mojego )?(?:numer|numeru)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:melden|melde|meldet) (?:sie |ihr )?(?:mich|uns) wieder (?:[^ ,]+ ){0,4}an(?: |$)| (?:podem|pode|poderiam|vocês podem) me (?:colocar|adicionar|incluir|botar|por) de volta| (?:zapisz|zapiszcie|zapisać|zapisac)(?: mnie)?(?: [^ ,]+){0,2} (?:z powrotem|ponownie|znowu)| mnie (?:zapisać|zapisac|dopisać|dopisac)(?: [^ ,]+){0,2} (?:z powrotem|ponownie|znowu)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        "重新(?:帮我|幫我|給我|给我)(?:订阅|訂閱|开通|開通)|다시(?: ?[^ ,]+){0,5} ?(?:등록|신청|구독)(?:해|하)",
    ),
    Rule::help(
        "help:intl",
        "어느 ?(?:쇼핑몰|가게|회사|업체|매장|사이트)(?:에서|이|인가요)|どの(?:お店|店|会社|ショップ|サイト)(?:から|の)",
    ),
    Rule::help(
        "help:intl",
        " kto (?:do mnie |mi )?(?:pisze|wysyła|wysyla)| (?:ist|sind) (?:das|die|diese)(?: hier| sms| nachricht| nachrichten)? (?:echt|seriös|legitim|real) oder (?:betrug|fake|spam|abzocke)",
    ),
    Rule::opt_out("intl:zh", "^ (?:退 (?:订|訂|定)|停 止|取 消)(?: {F})*{END}"),
    Rule::opt_in(
        "opt-in:intl",
        " (?:weer|opnieuw) (?:aanmelden|inschrijven|abonneren)| (?:me|mij) (?:weer|opnieuw) (?:aanmelden|inschrijven|aan)(?: |$)| (?:sms|nachrichten|benachrichtigungen|textnachrichten) wieder (?:aktivieren|einschalten|anmachen|anschalten)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        "(?:^| )구독 ?(?:할게요|할게|할래요|합니다|하겠습니다|하고 ?싶어요|신청(?:합니다|할게요|해요)?)",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:dejen|deja|deje|dejar|paren|para) de (?:recordarme|recordar|avisarme|notificarme|insistir)(?: |$)",
    ),
    Rule::opt_out(
        "intl:hi",
        " (?:मैसेज|मेसेज|संदेश|एसएमएस)(?: [^ ,]+){0,2} नहीं चाहिए",
    ),
    Rule::opt_out(
        "intl:id-tl",
        " hindi (?:po )?(?:ako|kami) (?:nag sign up|nagsign up|nag signup|nag subscribe|nagsubscribe|nagparehistro|nag register|nagregister)| paki (?:remove|tanggal|alis)(?: na)?(?: po)? (?:ako|kami|number ko|ang number ko)",
    ),
    Rule::help(
        "help:intl",
        "(?:这|這)是(?:什么|什麼|哪)(?:公司|店|商家|平台|品牌)|(?:什么|什麼)(?:公司|店铺|店鋪)",
    ),
    // --- rejoining and asking who writes, across languages ----------------------------------
    Rule::guard(
        "guard:accidental-opt-out",
        &["intl:*"],
        " yanlışlıkla (?:[^ ,]+ ){0,2}(?:abonelikten|aboneliği|listeden)| случайно (?:[^ ,]+ ){0,2}(?:отписался|отписалась|отписал|отключил|отключила)| (?:ألغيت|الغيت) الاشتراك(?: [^ ,]+){0,3} (?:بالخطأ|بالغلط|عن طريق الخطأ)| (?:lỡ tay|nhầm|vô tình) (?:[^ ,]+ ){0,2}(?:hủy|huỷ)| (?:tidak sengaja|tak sengaja|gak sengaja|nggak sengaja|ga sengaja|kepencet) (?:[^ ,]+ ){0,2}(?:berhenti|stop|keluar|unsubscribe)",
    ),
    Rule::guard(
        "guard:accidental-opt-out",
        &["intl:*"],
        " me di de baja(?: [^ ,]+| ,){0,30}(?: ,| pero| y| ahora| favor| pueden| podrían| podrian) (?:vuelvan a (?:agregarme|suscribirme|anotarme|inscribirme)|vuélvanme a (?:agregar|suscribir|anotar))",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:beni )?tekrar (?:ekleyebilir|ekler|ekleyin|ekle)| (?:подключите|добавьте|верните|включите) (?:меня )?(?:обратно|снова|опять)| (?:thêm|cho) (?:mình|tôi|em|tui) (?:vào )?lại| (?:didaftarkan|daftarkan|didaftarin) (?:ulang|lagi|kembali)",
    ),
    Rule::opt_out(
        "intl:es",
        " solo quiero (?:los |las )?(?:avisos|notificaciones|mensajes|actualizaciones) de (?:mi |mis )?(?:pedido|pedidos|envío|envio|compra|compras)(?: [^ ,]+){0,2} ,? (?:no (?:las |los )?(?:promociones|ofertas|descuentos|promos)|(?:las |los )?(?:promociones|ofertas|descuentos|promos) ya no)",
    ),
    Rule::opt_out(
        "intl:hi",
        " (?:messages|message|msg|msgs|sms|massage|mesage)(?: [^ ,]+)? (?:band|bandh|bnd) (?:kaise|kese|kaisey|kaise bhi) (?:karu|karun|karoon|kare|karein|kar|hoga|honge)",
    ),
    Rule::guard(
        "guard:playful-stop",
        &["intl:*"],
        "^ (?:{F} )*(?:стоп|alto|para|pare|arrête|basta|stop) ,? (?:это (?:правда|реально|серьезно|серьёзно)|неужели|es en serio|en serio|c est vrai|cest vrai|é sério|e serio|sério)",
    ),
    Rule::help(
        "help:intl",
        " chi (?:mi |ci )?(?:sta scrivendo|scrive|manda|invia|sta mandando)| (?:bu )?(?:mesajları|mesajlar|smsleri|sms leri) kim (?:gönderiyor|yolluyor|atıyor)| kim (?:gönderiyor|yazıyor)| кто (?:мне |нам )?(?:пишет|присылает|шлёт|шлет)| من (?:المرسل|يرسل|يراسلني|الراسل)",
    ),
    // --- a US shop's Spanish-speaking customers --------------------------------------------
    Rule::opt_out(
        "intl:es",
        " (?:dejen de|deja de|deje de|no) (?:joder|jodan|chingar|chinguen|chingues|jodas|fregar|frieguen|friegues)(?: más| mas)?(?: con)?| (?:me tienen|me tiene|ya me tienen|me tenés|me tienes|me traen) (?:harta|harto|hasta la madre|cansada|cansado|tired|aburrida|aburrido|podrida|podrido|hastiada|hastiado|loca|loco) (?:con|de)| (?:paren|para|pare|basta) ya(?: carajo| coño| joder| por dios| porfa| por favor)*{END}| (?:cómo|como) (?:me )?(?:salgo|salirme|quito|quitarme|borro|borrarme) de (?:esta|la|su|sus|tu|estas) (?:lista|listas|mensajes)| (?:cómo|como) se (?:cancelan|cancela|quitan|quita|paran|desactivan|detienen) (?:estos|los|sus|esos|estas|las) (?:mensajes|sms|textos|texts|promos)| (?:hacer|hago) que (?:paren|dejen|pare)(?: de)?(?: [^ ,]+)? (?:los |las |estos |sus )?(?:texts|mensajes|sms|textos)| (?:este|ese) (?:cel|celular|número|numero|teléfono|telefono) ya no es de",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:anótenme|anotenme|anótame|anotame|apúntenme|apuntenme|apúntame|apuntame|agréguenme|agreguenme|agrégame|agregame|inscríbanme|inscribanme|suscríbanme|suscribanme)(?: [^ ,]+){0,4} (?:lista|mensajes|promos|promociones|ofertas|texto|textos|sms|club|alertas)| (?:activen|actívenme|reactiven|reactívenme|prendan) (?:los |las |mis )?(?:mensajes|alertas|notificaciones|promos|sms|textos)|^ (?:{F} )*quiero recibir (?:los |las |sus |tus |más )?(?:mensajes|promos|promociones|ofertas|textos|sms|alertas)| (?:,|sí|si|yo|ahora|también|tambien)(?: ,)? quiero recibir (?:los |las |sus |tus |más )?(?:mensajes|promos|promociones|ofertas|textos|sms|alertas)| (?:me quiero unir|quiero unirme|quiero entrar (?:al|a la) (?:club|lista|grupo))| (?:los|las) quiero de vuelta| quiero (?:los mensajes|las promos|las ofertas|los textos) de vuelta",
    ),
    Rule::help(
        "help:intl",
        " (?:más|mas) (?:información|info|informacion|detalles) (?:sobre|de) (?:estos|los|sus|este|esta) (?:mensajes|textos|sms|programa|club|texts)| (?:quién|quien) (?:habla|sos|eres|es usted|me habla)(?: |$)| (?:qué|que|q) (?:es|e) (?:esto|eto|este text|este texto|este mensaje|esta vaina)(?: |$)| (?:número|numero|teléfono|telefono|correo|whatsapp) de (?:atención al cliente|atencion al cliente|servicio al cliente|soporte)| (?:por qué|porque|por que|xq|pq) me (?:llega|llegan|mandan|envían|escriben) (?:este|estos|esto|el|sus) (?:mensaje|mensajes|sms|texto|textos)(?: |$)| (?:cómo|como) (?:cambio|actualizo|cambiar|actualizar) (?:el|mi) (?:número|numero|celular|teléfono|telefono)(?: [^ ,]+){0,5} (?:mensajes|sms|textos|alertas)",
    ),
    Rule::help("help:intl", GENUINE_OR_SCAM_ES),
    Rule::guard(
        "guard:help-question",
        &["complaint:*", "intl:*"],
        GENUINE_OR_SCAM_ES,
    ),
    Rule::guard(
        "guard:never-stops-coming",
        &["intl:*"],
        " no (?:dejen|deje|dejes|paren|pares|pare) de (?:mandar|enviar|mandarme|enviarme|escribirme|sacar|subir)| (?:inscribo|inscribirme|suscribo|suscribirme|anoto|anotarme|registro|registrarme|apunto|apuntarme|unirme|entrar|es|son|sirve|listo|lista|número|numero|celular|teléfono|telefono|correo|cuenta|código|codigo|link|enlace) para (?:los|las|sus|tus|estos|estas) (?:mensajes|textos|sms|promociones|ofertas|alertas)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["phrase:*", "complaint:*", "intl:*"],
        " (?:los|las) (?:texts|textos|mensajes|sms) (?:sí|si) (?:los|las) quiero| pero (?:los|las) (?:texts|textos|mensajes|sms) (?:sí|si)(?: |$)",
    ),
    Rule::guard(
        "guard:product-detail",
        &[],
        " (?:vienen|viene|los hay|las hay|tienen|hay) (?:en|de) (?:talla|tallas|color|colores|rosa|negro|negra|blanco|blanca|azul|rojo|roja|verde|gris|otro|otra|tamaño|número)(?: |$)",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:párale|parale|páralen|paralen|bájale|bajale) (?:ya )?(?:con|a) (?:los|las|tus|sus|tanto|tantos|tantas) (?:mensajes|textos|sms|promos|mensajitos)",
    ),
    Rule::opt_out(
        "intl:id-tl",
        " tama na (?:po )?(?:yung |ang |sa )?(?:mga )?(?:text|texts|mensahe|sms|message|messages)(?: |$)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " pa ?add (?:ulit|uli|po ulit) (?:ako|kami)(?: |$)",
    ),
    Rule::help(
        "help:intl",
        "^ (?:{F} )*ano (?:po )?(?:to|ito|ba to|ba ito)(?: {F})*{END}",
    ),
    // --- Portuguese (Brazil and Portugal) ------------------------------------------------------
    Rule::opt_out(
        "intl:pt",
        " (?:desativar|desative|desativem|desativa|desligar|desliga|desliguem) (?:as |os |o |a |essas |esses )?(?:sms|mensagens|msg|msgs|notificações|promoções|alertas)| (?:me )?(?:deixa|deixe|deixem) (?:me )?em paz| (?:vsf|vtnc|vai se foder|vão se foder|vao se foder|vai se f\\*+der|vão se f\\*+der|vao se f\\*+der|vai tomar no cu|vai à merda|vai a merda)| (?:parem|para|pare) de (?:me )?encher (?:o saco|a paciência)| (?:que saco|caralho|porra)(?: ,)?(?: [^ ,]+){0,6} (?:msg|msgs|mensagem|mensagens|sms)(?: |$)| , (?:para|parem|pare|chega)(?: {F})*{END}",
    ),
    Rule::opt_out(
        "intl:pt",
        " (?:nunca|não|n) (?:dei|passei|forneci) (?:o )?(?:meu )?(?:número|numero|nº|contato|cel|celular)| (?:não|n|nunca) (?:autorizei|aceitei|concordei)(?: (?:em )?receber| com)?| (?:nunca|não|n) (?:subscrevi|me inscrevi|aderi)| é engano(?: |$)| (?:não|n) sou (?:o|a) [^ ,]+(?: |$)| aqui (?:não|n) tem (?:nenhum|nenhuma|ninguém) | (?:não|n) usa mais (?:esse|este) (?:número|numero|nº|cel|celular)| (?:esse|este) (?:número|numero|nº|cel|celular) era d[aoe] ",
    ),
    Rule::opt_out(
        "intl:pt",
        " (?:como|cmo|cm) (?:é que )?(?:eu )?(?:saio|sair|me tiro|me removo) (?:dessa|desta|da) lista| (?:como|cmo) (?:é que )?(?:eu )?(?:cancelo|desativo|paro|bloqueio) (?:essas|esses|estas|estes|as|os)? ?(?:mensagens|msg|msgs|sms|notificações)| (?:não|n|nao) tenho (?:mais )?(?:nenhum )?interesse(?: nenhum| algum)?(?: nisso| nessas? mensage[^ ]*| nas mensagens| em receber)?{CLAUSE_END}| (?:por que|porque|pq|por quê) (?:vcs |vocês |voces )?(?:ficam|continuam|vivem) (?:me )?(?:mandando|enviando)| (?:para|pare|parem|chega) (?:com|de) (?:os |as |esses |essas )?(?:lembretes|avisos|mensagens|msgs|msg|sms|promoções|notificações)| (?:não|n) precisa(?:m)? mais (?:me )?(?:mandar|enviar)| (?:ser |ficar )?(?:removid[oa]|retirad[oa]|excluíd[oa]|tirad[oa]) (?:da|das|do) (?:lista|listas)| (?:deixem|deixe|deixa) de (?:me )?(?:enviar|mandar)| (?:cancelem|cancela|cancele|cancelar|parem|suspendam|suspender) o envio (?:de|das|dos) (?:sms|mensagens|promoções)",
    ),
    Rule::opt_out(
        "intl:fr",
        "^ (?:{F} )*(?:bloqueado|bloqueada|bloqueei|bloqué|bloquée|blockiert|gesperrt|bloccato)(?: {F})*{END}|^ (?:{F} |stop |arrêtez |arrête )*(?:ça|ca|cela) suffit(?: maintenant)?(?: (?:les|vos|avec les|avec vos) (?:textos|sms|messages|promos))?{CLAUSE_END}| (?:chu|je suis|jsuis|j suis) (?:tanné|tannée|écoeuré|écœuré|écoeurée|fatigué|fatiguée|saoulé|saoulée) (?:de|des) (?:vos|tes|ces|les) (?:textos|sms|messages|promos)| arrêtez ça(?: {F})*{END}| (?:je |j )?(?:ne )?(?:me suis|m suis|mes) jamais (?:inscrit|inscrite|abonné|abonnée)| jamais (?:inscrit|inscrite|abonné|abonnée) (?:à|a|chez|aux)| (?:n ai|nai|j ai|jai) jamais (?:accepté|autorisé|consenti)| (?:jveux|je veux|jveut) (?:plus|pu)(?: {F})*{CLAUSE_END}| (?:merci de m oublier|merci de moublier|oubliez moi)| (?:lâchez|lache|lâche|lachez) moi la grappe| (?:ne )?(?:souhaite|veux|désire) plus être (?:contacté|contactée|sollicité|sollicitée|dérangé|dérangée)| (?:mettez|mets|mettre) (?:les |vos )?(?:messages|sms|textos|notifications|envois) en pause| (?:retirez|enlevez|supprimez|effacez|désinscrivez|radiez) moi(?: {F})*{CLAUSE_END}",
    ),
    Rule::opt_out(
        "intl:fr",
        " (?:ce|mon) (?:numéro|numero|natel|portable|cell|cellulaire|téléphone) (?:n est plus|nest plus|n appartient plus|nappartient plus)| (?:on m a|on ma) (?:attribué|donné) ce (?:numéro|numero)| je ne connais (?:pas de|personne du nom de|aucun|aucune) | comment (?:on |j |je )?(?:arrête|arrete|stoppe|bloque|désactive|annule) (?:ces|vos|les) (?:sms|messages|textos|notifications|alertes|promos)| (?:ça|ca|cela) (?:ne )?(?:m intéresse|mintéresse|m interesse|minteresse) (?:pas|plus)(?: du tout)?{CLAUSE_END}| (?:pourquoi|pk|pq|pkoi) (?:vous |vs )?(?:m écrivez|mécrivez|m envoyez|menvoyez|me textez)(?: [^ ,]+){0,2} (?:tout le temps|sans arrêt|tous les jours|autant|encore)| (?:arrêtez|arrête|arrêter|stop|stoppez) (?:les |vos |ces )?(?:relances|rappels)| (?:résilier|résiliez|annuler|annulez|résilie) (?:mon|l|cet) (?:abonnement|abonnement sms)(?: {F})*{CLAUSE_END}| (?:allez|va) (?:vous|te) faire (?:voir|cuire un œuf)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:como|cmo) (?:eu )?(?:faço|faco|posso)(?: para| pra)? (?:me )?(?:cadastrar|inscrever|assinar|receber)(?: [^ ,]+){0,4} (?:sms|mensagens|msg|msgs|promoções|promos|ofertas|alertas|clube)| (?:pode|podem|podes) voltar a (?:me )?(?:mandar|enviar)| (?:voltem|volta|volte) a (?:me )?(?:mandar|enviar)| me (?:inscreve|inscreva|inscrevam|cadastra|cadastre|cadastrem)(?: {F})*{CLAUSE_END}| (?:podem|pode) (?:mandar|enviar)(?: [^ ,]+){0,3} de novo| desbloqueei| (?:me )?(?:cadastra|cadastre|inscreve|inscreva|coloca|coloque|adiciona|adicione|bota) (?:no|na|nos|nas) (?:clube|lista|grupo)| (?:ativa|ative|ativem|reativa|reative|reativem|liga|ligue) (?:as |os |minhas )?(?:mensagens|sms|msgs|notificações|promoções|alertas)| voltar a (?:subscrever|assinar)| adicionem me (?:outra vez|de novo|novamente)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " remettez moi(?: {F})*(?:{CLAUSE_END}| (?:sur|dans) )| recommencer à (?:m envoyer|menvoyer|envoyer)| (?:recommencez|reprenez) (?:à |a )?(?:m envoyer|menvoyer|les envois)| (?:inscrivez|inscris|abonnez|abonne|ajoutez|rajoutez) moi(?: {F})*(?:{CLAUSE_END}| (?:au|à la|a la|aux|sur la) (?:club|liste|alertes|sms|newsletter))| (?:rajoutez|ajoutez|remettez) (?:mon numéro|mon numero|moi) (?:à|a|sur|dans) (?:la|votre|vos) (?:liste|alertes)| comment (?:je fais|on fait|faire) pour recevoir (?:vos |les |des )?(?:offres|promos|sms|textos|alertes)| (?:j aimerais|jaimerais|je voudrais|je veux|je souhaite) recevoir (?:vos |les |des )?(?:offres|promos|sms|textos|messages|alertes)| (?:réactivez|réactiver|réactive|activez|rallumez) (?:les |mes )?(?:sms|textos|notifications|alertes|messages)",
    ),
    Rule::help(
        "help:intl",
        " (?:q|que|qual) (?:loja|empresa|marca) (?:é|e) (?:essa|esta|esse|este)| de (?:q|que|qual) (?:empresa|loja) (?:é|e) (?:esse|este|essa)| (?:onde|de onde) (?:vcs|vocês|voces) (?:conseguiram|pegaram|arrumaram|acharam) (?:o )?(?:meu|o meu) (?:número|numero|contato|cel)| (?:número|numero|telefone|contato|whats|whatsapp|email|e mail) do (?:sac|atendimento|suporte)| (?:as|essas|estas|esses|estes|os) (?:mensagens|msg|msgs|sms) (?:são|sao|é) (?:cobrad[oa]s|pag[oa]s|gratuit[oa]s|grátis)| (?:as|essas|estas) (?:mensagens|msg|msgs|sms) (?:têm|tem) (?:algum )?(?:custo|cobrança)| (?:por que|porque|pq|por quê) (?:eu )?(?:recebi|estou recebendo|to recebendo|tô recebendo) (?:essa|esta|essas|estas) (?:mensagem|mensagens|msg|sms)| (?:q|que) (?:msg|mensagem|sms) (?:é|e) (?:essa|esta)| (?:vcs|vocês|voces) são de onde| é loja mesmo",
    ),
    Rule::help(
        "help:intl",
        " (?:c|cest|c est|ces) qui(?: {F})*{CLAUSE_END}| de la part de qui| (?:vous êtes|vous etes|vs etes|t es|tes) qui| (?:numéro|numero|téléphone|mail|email|adresse) (?:du|de) (?:service client|service clientèle|sav|support)| pourquoi (?:je |j )?(?:reçois|recois|ai reçu|ai recu) (?:ce|ces|vos) (?:message|messages|sms|texto|textos)| (?:c est|cest|c) quoi (?:ce|ces|cette) (?:texto|textos|message|messages|sms|numéro|liste|boutique|entreprise|compagnie|magasin|société)| (?:c est|cest) une arnaque ou (?:quoi|pas)| (?:vous avez|vs avez) (?:eu|obtenu|trouvé) mon (?:numéro|numero|num) (?:comment|où|ou)| tous les combien| (?:vous êtes|vous etes|c est|cest) une vraie (?:boutique|entreprise|compagnie|société)",
    ),
    Rule::guard(
        "guard:playful-stop",
        PLAYFUL_STOP_VOIDS,
        "^ (?:{F} |gente )*(?:para|pare|parem)(?: ,)? (?:que|q) (?:promo|promoção|preço|oferta)|^ (?:{F} )*(?:stop|arrête|arrete|arrêtez|arretez)(?: ,)? (?:c est|cest)? ?(?:trop (?:beau|belle|beaux|mignon|mignonne|bien|cool|canon|stylé|joli|jolie)|j ai craqué|jai craqué|je vais me ruiner|je craque)| arrêtez de baisser les prix|^ (?:{F} )*(?:hör|hört|hören sie) auf(?: ,)? (?:die|der|das|du|ihr) (?:[^ ,]+ ){0,3}(?:sind|ist) (?:der hammer|mega|so schön|zu schön|genial|traumhaft|wunderschön|zu gut|zu süß|so süß)|^ (?:{F} )*(?:stop|basta)(?: ,)? (?:è|e) (?:bellissim[oa]|stupend[oa]|troppo bell[oa])|^ (?:{F} )*basta ,? ho deciso",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["intl:*", "phrase:*"],
        " (?:sms|mensagens|msg) (?:pode|podem) continuar| (?:os )?sms (?:tudo bem|ok|pode ser)(?: |$)| (?:les )?sms (?:ça me va|ca me va|c est bon|cest bon|ça va)| (?:j aime bien|jaime bien|j aime|jaime) les sms",
    ),
    Rule::guard(
        "guard:never-stops-coming",
        &["intl:*"],
        " nunca (?:parem|pare|para) de (?:mandar|enviar)| (?:não|n) (?:parem|pare) de (?:mandar|enviar)| (?:n arrêtez|narrêtez|n arretez|narretez) (?:surtout )?pas| (?:como|cmo) (?:eu )?(?:faço|faco|posso)(?: para| pra)? (?:me )?(?:cadastrar|inscrever|registrar|assinar|receber)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["intl:*"],
        " (?:assinatura|subscrição|suscripción) (?:do|da|de|del) (?:clube|box|caixa|kit|revista|café|vinho|plano)| (?:de|du) (?:la |le |ma |mon )?(?:box|boîte|coffret) (?:beauté|mensuel|mensuelle|café|vin)",
    ),
    Rule::guard(
        "guard:fewer-texts",
        &[],
        " (?:un|une|deux|1|2) (?:sms|message|texto) par (?:semaine|mois|jour) (?:max|maximum)",
    ),
    Rule::opt_out(
        "intl:pt",
        " aqui (?:não|n|nao) é (?:o|a) [^ ,]+| (?:ele|ela) (?:trocou|mudou) de (?:número|numero|nº|cel|celular)| (?:não|n) precisa(?:m)? (?:me )?(?:mandar|enviar)(?: [^ ,]+)? mais| (?:n|não|nao) quero (?:mais )?(?:receber )?(?:essas |esses |as |os |suas )?(?:msg|msgs|mensagens|sms|promoções|promo)| (?:o )?(?:q|que) (?:q )?(?:eu )?(?:respondo|mando|escrevo|digito) (?:pra|para) (?:parar|não receber|n receber|sair|cancelar)| (?:parem|pare|para) de encher (?:o |meu |o meu )?(?:celular|cel|telefone|whats|zap)| (?:deixa|deixe|deixem) eu em paz",
    ),
    Rule::opt_out(
        "intl:fr",
        " (?:c est|cest|c) plus (?:le|la) (?:cell|numéro|numero|portable|tel|téléphone) de| (?:il|elle) a changé de (?:numéro|numero|num|cell)| (?:je )?(?:réponds|reponds|écris|ecris|envoie|tape) quoi pour (?:ne )?plus (?:rien )?recevoir| pour (?:ne )?plus rien recevoir",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:pode|podem|poderia) me (?:inscrever|cadastrar|colocar|adicionar)(?: (?:no|na|nos|nas) (?:[^ ,]+ ){0,2}(?:sms|ofertas|promoções|lista|clube))?| quero entrar (?:no|na) (?:clube|lista|grupo)",
    ),
    Rule::help(
        "help:intl",
        " (?:mandam|enviam|manda|envia) (?:msg|msgs|mensagens|sms) com (?:que|q) frequência",
    ),
    Rule::guard(
        "guard:received-none",
        &["phrase:no-messages", "phrase:no-more"],
        " (?:inscrever|inscreva|inscreve|cadastrar|cadastra|cadastre|entrar|assinar|ativar|ativa|receber|recebo|chegou|chega|vem|veio|aparece|apareceu|clique|clica|link) no (?:sms|whats|zap|app|site)",
    ),
    Rule::guard(
        "guard:playful-stop",
        &["intl:*"],
        " sai (?:mais )?(?:barato|caro|por)(?: |$)| parar de vender| vou falir| arrête(?:z)? de me faire (?:rêver|craquer|baver)",
    ),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        " (?:je serai|j serai|jserai|je ne serai) (?:pas là|pas la|absent|absente|en vacances)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["intl:*", "phrase:*"],
        " continuez (?:les|vos) (?:promos|sms|textos|offres)| gardez (?:les|vos) (?:sms|textos){CLAUSE_END}",
    ),
    Rule::guard(
        "guard:fewer-texts",
        &[],
        " une fois par (?:mois|semaine) (?:ça|ca) suffit| (?:juste|seulement) les (?:grosses|grandes) promos",
    ),
    // --- German (Germany, Austria, Switzerland) ----------------------------------------------
    Rule::opt_out(
        "intl:de",
        " bitte (?:nix|nichts) mehr(?: {F})*{CLAUSE_END}| (?:nix|nichts) mehr (?:schicken|senden|zuschicken|schreiben)| (?:kein|keine|keinen) (?:bock|lust|nerv) mehr auf (?:eure|ihre|die|diese) (?:sms|nachrichten|werbung|angebote)| (?:mich|meine nummer|uns)(?: bitte)? (?:aus|von) (?:dem |der |ihrem |ihrer |eurem |eurer )?(?:[^ ,]+ )?(?:verteiler|liste|kartei|datenbank|smsliste|sms liste|sms verteiler)(?: [^ ,]+)? (?:nehmen|raus|rausnehmen|streichen|löschen|austragen|entfernen)| (?:ist|wohnt) (?:hier )?nicht mehr (?:erreichbar|unter dieser nummer)| (?:die|diese) nummer (?:hab|habe) ich (?:erst )?seit| warum (?:schreibt|schickt|sendet|textet) (?:ihr|sie) (?:mir|uns) (?:dauernd|ständig|immer|andauernd|jeden tag|so oft)| wie (?:krieg|kriege|bekomme|bekomm|werde) ich (?:die|diese|eure|ihre) (?:sms|nachrichten|werbung)(?: [^ ,]+)? (?:weg|los|ab)(?: |$)",
    ),
    Rule::opt_out(
        "intl:de",
        " (?:werbung|angebote|sms|nachrichten|erinnerungen)(?: bitte)? (?:abstellen|abbestellen|einstellen|stoppen|deaktivieren|ausschalten|abschalten|pausieren|anhalten)| (?:interessiert|interessieren) mich (?:null|nicht|kein bisschen|überhaupt nicht|nicht die bohne)(?: {F})*{CLAUSE_END}| (?:verpisst euch|verpiss dich|schleicht euch|schleichts euch|schleich dich|haut ab|hau ab|leckt mich|lasst mich in ruhe|lass mich in ruhe)| (?:hörts|hört|hören sie|hör) (?:endlich |doch |bitte |jetzt )?auf mit (?:den|der|eurer|ihrer|diesen|dem|euren) (?:sms|nachrichten|werbung|spam)|^ (?:{F} )*(?:abo|abonnement|mein abo) (?:kündigen|beenden|stornieren)(?: {F})*{END}",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:trag|tragt|tragen sie) (?:mich|uns) (?:bitte )?(?:für|in) (?:die |den |eure )?(?:[^ ,]+ )?(?:sms|angebote|liste|verteiler|newsletter)(?: [^ ,]+)? ein| (?:per|als) sms (?:bekommen|erhalten|haben)| (?:meldet|melden sie|meld) (?:mich|uns) (?:bitte )?an(?: {F})*{CLAUSE_END}| (?:nehmt|nehmen sie|nimm) (?:mich|uns) (?:bitte )?wieder (?:in|auf) (?:die |den |eure )?(?:[^ ,]+ )?(?:liste|verteiler|sms liste)",
    ),
    Rule::help(
        "help:intl",
        " (?:von )?(?:welchem|welcher|welches) (?:laden|shop|geschäft|firma|unternehmen) (?:kommt|kommen|ist)| (?:ist das|sind das|ist diese sms|ist die sms) (?:betrug|echt|seriös|fake|abzocke)(?: {F})*{CLAUSE_END}| kostet (?:mich |uns )?(?:das|es) (?:was|etwas) wenn (?:ich|man) (?:antworte|antwortet)| wie oft (?:bekomm|bekomme|krieg|kriege|erhalte) ich (?:diese|die|eure) (?:sms|nachrichten)| (?:habt ihr|haben sie|gibt es) (?:eine |einen )?(?:hotline|kundenservice|kundendienst|servicenummer)| warum (?:krieg|kriege|bekomme|bekomm|erhalte) ich (?:diese|die|eure|ihre) (?:nachricht|nachrichten|sms)",
    ),
    Rule::help("help:intl", GENUINE_OR_SCAM_DE),
    Rule::guard(
        "guard:help-question",
        &["complaint:*", "intl:*"],
        GENUINE_OR_SCAM_DE,
    ),
    Rule::guard(
        "guard:never-stops-coming",
        &["intl:*"],
        " (?:hört|hören sie|hör) (?:bloß |bitte |ja )?nicht auf| smettere di (?:fumare|bere|mangiare|correre)| (?:non riesco a|non posso) smettere di (?:comprare|guardare|ordinare)| non (?:smetterò|smettero|smetto) mai di| non smettete mai di| (?:im|beim|vom) (?:fitnessstudio|verein|gym|studio|kurs) (?:abgemeldet|gekündigt)",
    ),
    // --- Italian ---------------------------------------------------------------------------
    Rule::opt_out(
        "intl:it",
        " (?:nn|non) (?:mi )?(?:mandate|inviate|scrivete|mandare|inviare)(?: [^ ,]+)? (?:sms|messaggi|messaggini)| (?:essere )?(?:rimoss[oa]|cancellat[oa]|tolt[oa]|eliminat[oa]) (?:dalla|dalle|dal) (?:lista|liste|mailing)| (?:gradirei|vorrei|preferirei|desidero) non ricevere più| (?:ho|abbiamo) questo numero da (?:poco|pochi giorni|qualche|un mese|una settimana)| non mi sono mai (?:iscritt[oa]|registrat[oa])| non ho mai dato (?:il )?(?:consenso|mio numero)| (?:perché|perche|xké|xke|xche) (?:continuate|continui|continua) a (?:scrivermi|mandarmi|inviarmi|scrivere)| (?:dove|come) mi (?:cancello|disiscrivo|tolgo) (?:da|dai|dalla|dalle) (?:questi |sti |vostri )?(?:sms|messaggi|lista)| niente più (?:promo|promozioni|offerte|sms|messaggi|pubblicità)",
    ),
    Rule::opt_out(
        "intl:it",
        " (?:vaffanculo|vaffa|fanculo|andate a quel paese|andate a cagare|mi avete rotto (?:le palle|il cazzo|le scatole)|lasciatemi in pace|lasciami in pace)| (?:vi ho|ti ho|ho) bloccat[oi]| (?:sospendete|sospendi|sospendere|disattivate|disattiva|disattivare) (?:gli |i |le |questi )?(?:sms|messaggi|notifiche|promozioni)",
    ),
    Rule::guard(
        "guard:accidental-opt-out",
        &["intl:*"],
        " (?:disiscritt[oa]|cancellat[oa]) (?:per sbaglio|per errore)| per sbaglio (?:mi sono )?(?:disiscritt[oa]|cancellat[oa])| (?:scritto|mandato|inviato) stop per (?:errore|sbaglio)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:mi )?(?:rimettete|rimetti|rimettetemi|rimettimi|riaggiungete|riaggiungetemi)(?: [^ ,]+){0,2}(?: in| nella)? (?:lista|elenco)| (?:come|dove) mi (?:iscrivo|registro) (?:agli|alle|ai|alla) (?:sms|offerte|promozioni|lista|messaggi)| voglio (?:entrare|iscrivermi) (?:nel|nella|al|alla) (?:club|lista|gruppo)| riattivatemi| riattivami| (?:aggiungete|aggiungetemi|aggiungi|inserite|inseritemi) (?:questo numero |il mio numero )?(?:agli|alla|alle|ai|nella) (?:sms|lista|offerte|promozioni)| tornare a ricevere",
    ),
    Rule::help(
        "help:intl",
        " (?:che|quale) (?:negozio|azienda|ditta|società|marca) (?:è|e) (?:questo|questa|questo numero)| quanto (?:costano|costa) (?:questi|gli|i|ricevere) (?:sms|messaggi)| (?:numero|telefono|mail|email) del (?:servizio clienti|assistenza|customer service)| (?:perché|perche|xké) (?:ricevo|mi arriva|mi arrivano) (?:questo|questi|sti) (?:messaggio|messaggi|sms)| da dove (?:arriva|arrivano|viene) (?:questo|questi) (?:messaggio|messaggi|sms)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["intl:*", "phrase:*"],
        " gli sms li voglio| (?:gli )?sms (?:vanno bene|li tengo)",
    ),
    // --- as texted in German, Italian, French, Portuguese and Spanish -----------------------
    // Dialect and SMS spellings ("kei SMS meh", "nn voglio", "naum quero"), umlauts
    // written out ("loescht"), and the requests, questions and other senses seen
    // beside them.
    Rule::opt_out(
        "intl:de",
        " (?:kei|ka|kane|koa|koane|keini) (?:[^ ,]+ ){0,2}(?:sms|nachrichten|nachrichte|werbung|angebote|mitteilungen|texte|newsletter|mails)| (?:schreib|schreibt|schreiben|schick|schickt|schicken|sendet|senden)(?: sie| ihr)? (?:mir|mia|mer|uns|mi) (?:bitte |pls |jetzt )?(?:ned|net|nimmer|nimma|nix|nüt|nümme|nümm|nöd) (?:mehr|meh|mea)| (?:höred|hörät|hörid|hörend|hoered|hoeret|hoert|hoeren) (?:bitte )?(?:uf|auf)| (?:hört|hören|hör) (?:bitte )?uf| (?:lönd|lönt|lass|lasst|lassts|losst|loss) (?:mi|mich|uns) (?:bitte |endlich |doch )?(?:in rue|in ruah|in ruh|in ruhe|in frieden|zfride|zfriede)| (?:loesch|loesche|loescht|loeschen|loeschts) (?:[^ ,]+ ){0,3}(?:nummer|mich|daten|handynummer|kontakt)| (?:nummer|mich)(?: [^ ,]+){0,3} (?:loeschen|loescht)",
    ),
    Rule::opt_out(
        "intl:de",
        " hier ist nicht (?:herr|frau|der|die) | (?:die |diese |meine )?nummer (?:gehört|gehoert) (?:jetzt |nun |inzwischen |seit [^ ,]+ )*mir| (?:die|diese) nummer (?:gehörte|gehoerte|war) (?:früher|frueher|vorher|mal|bis)| (?:vorbesitzer|vorbesitzerin|vorheriger besitzer|vorherigen besitzer)| wie (?:komm|komme|kommt|kom) (?:ich|man|i) (?:da |hier )?(?:aus|von) (?:dem |der |den |diesem |dieser |eurem |eurer |ihrem |ihrer )?(?:sms|newsletter|liste|verteiler|abo|nachrichten|werbe)[^ ,]*(?: [^ ,]+)? (?:wieder )?raus| (?:erinnerungen|sms|nachrichten|werbung|newsletter|mails|angebote|texte)(?: [^ ,]+){0,2} (?:könnt|koennt|können|koennen|kannst) (?:ihr|sie|du) (?:euch|sich|dir) (?:[^ ,]+ )?sparen",
    ),
    Rule::opt_out(
        "intl:de",
        " (?:kündigt|kündigen|kündige|kuendigt|kuendigen|kuendige)(?: sie)? (?:bitte )?(?:mein|meine|das|unser) (?:abo|abonnement|sms abo|newsletter)| (?:sms|nachrichten|nachricht|werbung|spam)(?: ,)? (?:nervt|nerven|nervig|nervts|sind nervig|ist nervig)| halt (?:doch |einfach |mal |jetzt |endlich )*(?:die|deine|eure|ihre|dei) (?:klappe|fresse|schnauze|gosch|goschn)| (?:klappe|schnauze|fresse) halten| (?:pausiert|pausieren|pausier|stoppt|stoppen sie) (?:die |eure |ihre |bitte |erstmal |mal )*(?:sms|nachrichten|werbung|newsletter|erinnerungen)| (?:hab|habe|han) (?:euch|sie|dich|die nummer|eure nummer|diese nummer|ihre nummer) (?:jetzt |schon |gerade |grad |mal )?(?:blockiert|gesperrt)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:trag|tragt|tragen sie) (?:mich|uns) (?:bitte |pls )?wieder ein| (?:schaltet|schalte|schalten sie) (?:die |meine |eure )?(?:nachrichten|sms|benachrichtigungen|angebote) (?:bitte )?wieder (?:frei|ein|an)| wieder (?:ahmälde|amälde|aamälde|aktiviere|aktivieren) (?:für|fürd|zu|zum|bei)(?: d| die| den| eure| ihre)? (?:sms|nachrichten|newsletter|liste)",
    ),
    Rule::help(
        "help:intl",
        " wie oft (?:schreibt|schickt|sendet|schreiben|schicken|senden|textet) (?:ihr|sie)| kost(?:et|en)(?: [^ ,]+){0,4}(?: ,)? wenn (?:ich|man)(?: [^ ,]+){0,3} (?:antworte|antwortet|zurückschreibe|zurückschreibt|antworten)| (?:wär|wer) (?:isch|is|isses|bisch) (?:das|des|dä|dis)| (?:habt ihr|haben sie|gibts|gibt es) (?:ne|n|eine|einen) (?:hotline|kundenservice|kundendienst|servicenummer|support)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["intl:*", "phrase:*"],
        " (?:die )?sms (?:will|möchte|moechte|würde|mag) ich (?:aber |gerne |gern |weiter |weiterhin |schon )*(?:behalten|bekommen|kriegen|haben)| (?:die )?sms (?:aber |bitte )+(?:behalten|weiter schicken|weiterhin schicken)| (?:ma |però |pero )?(?:gli |i )?sms (?:tenetemeli|lasciatemeli|teneteli|mandatemeli|continuate a mandarli)| (?:los |pero los |y los )(?:sms|mensajes|textos) (?:sí|si)(?: {F})*{CLAUSE_END}| (?:abbonamento|labbonamento|suscripción|assinatura|abo|abonnement|labonnement) (?:mensual |mensile |mensal |mensuel |monatliches )?(?:alla|alle|al|ai|a la|de la|del|à la|au|do|da|für die|zur) (?:[^ ,]+ )?(?:box|caja|caixa|kit|coffret|club|cassetta|capsule|caffè|scatola)| (?:ma |però |pero )?(?:gli |i )?sms lasciateli| continuem com os sms| (?:mas )?(?:os )?sms (?:continuem|mantenham)",
    ),
    Rule::guard(
        "guard:playful-stop",
        PLAYFUL_STOP_VOIDS,
        "^ (?:{F} )*(?:stop|stopp)(?: ,)? (?:die|der|das|questa|questo|sta|sto|quella|quel)(?: [^ ,]+){0,2} (?:ist|sind|è|e) (?:ja |echt |so |voll |davvero |troppo |proprio )?(?:der hammer|mega|genial|traumhaft|wunderschön|zu schön|so schön|zu süß|stupend[oa]|bellissim[oa]|fantastic[oa]|meravigliosa|meraviglioso|pazzesc[oa])",
    ),
    Rule::guard(
        "guard:order-action",
        PLAYFUL_STOP_VOIDS,
        "^ (?:{F} )*(?:stop|stopp|halt)(?: ,)? (?:die |das |der |mein |meine |il |la |lo |l )?(?:sendung|paket|lieferung|bestellung|päckchen|pacco|spedizione|consegna|ordine|lordine)",
    ),
    Rule::guard(
        "guard:product-question",
        &[],
        " (?:habt ihr|haben sie|gibt es|gibts)(?: [^ ,]+){1,5} (?:noch )?in (?:schwarz|weiß|weiss|rot|blau|grün|grau|beige|braun|rosa|größe|gr)(?: |$)| meses sin intereses",
    ),
    Rule::opt_out(
        "intl:it",
        " (?:disicriv|discriv|disiscirv)[^ ]*| (?:nn|non|nun) (?:voglio|vojo|desidero|vorrei) (?:più|piu|chiù|cchiù) (?:ricevere |avere )?(?:i |gli |le |vostri |vostre |questi |sti |ste |nessun )?(?:messaggi|sms|notifiche|promozioni|promo|offerte|messaggini|pubblicità)| mi (?:avete|hai|ha) (?:proprio )?(?:rotto|stufato|scocciato|stancato|sfinito|fracassato)(?: le scatole| le palle| il cazzo| i coglioni)? (?:con|co|cu|coi|cn) (?:sti |questi |ste |queste |i |gli |le |vostri |vostre |tutti sti |tutti questi )?(?:sms|messaggi|promo|offerte|notifiche|messaggini|pubblicità|spam)| nun (?:me|mi) (?:scrivite|scrivete|mannate|mandate|scassate)| (?:la )?smett(?:ete|ila|etela|i) o no di",
    ),
    Rule::opt_out(
        "intl:it",
        " (?:questo|sto|il) numero (?:era|apparteneva) (?:di|a|del|della|al|alla)| (?:vecchio|precedente|ex) (?:proprietario|titolare|intestatario)| (?:nn|non) mi sono mai (?:iscritt[oa]|registrat[oa])| mai (?:iscritt[oa]|registrat[oa]) a (?:niente|nulla|nessuna)| (?:cancellare|cancelli|cancellate|eliminare|elimini|eliminate|rimuovere|rimuova|rimuovete|togliere|tolga|togliete) (?:il mio numero|i miei dati|il mio contatto|il mio recapito|il numero)| (?:disdite|disdire|disdico|disdici|disdica|annullate|annullare|cancellate) (?:l abbonamento|labbonamento|il mio abbonamento|abbonamento|liscrizione|la mia iscrizione)",
    ),
    Rule::guard(
        "guard:order-complaint",
        &["intl:*"],
        " mi avete rotto (?:le scatole |le palle |il cazzo )?con (?:sti |questi |i |ste |queste |le |gli |tutti sti )?(?:ritardi|ritardo|consegne|spedizioni|corriere|corrieri|attese)",
    ),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        " (?:lasciatelo|lasciatela|lasciateli|lasciatemelo|lasciate) (?:pure )?(?:al|alla|dal|dalla|davanti|sul|sulla) (?:portiere|portineria|vicino|vicina|porta|cancello|negozio|pianerottolo|zerbino)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:rimettimi|rimettetemi|riaggiungimi|riaggiungetemi|reinseritemi|reinseriscimi) (?:negli|nella|nelle|nei|in) (?:sms|lista|messaggi|offerte|promo)| (?:voglio|vorrei) (?:rientrare|ritornare|tornare) (?:nel|nella|negli|in) (?:club|lista|gruppo|sms|programma)",
    ),
    Rule::help(
        "help:intl",
        " (?:chi|ki) (?:sei|6|siete|è|e)(?: {F})*{CLAUSE_END}| (?:che|ke|quale) (?:negozio|azienda|ditta|marca) (?:è|e|siete)| (?:è|e) una truffa(?: {F})*{CLAUSE_END}",
    ),
    Rule::opt_out(
        "intl:fr",
        " (?:retirez|enlevez|supprimez|effacez|retire|enlève|supprime) (?:mon |le |ce )?(?:num|numéro|numero|06|contact)(?: |$)| pas (?:intéressé|intéressée|interesse) par (?:vos|les|ces|tes) (?:msg|sms|messages|offres|promos|textos)| (?:msg|sms|messages|textos|texto|pubs)(?: ,)* (?:jai|j ai|je nai|moi jai) (?:jamais |rien )*demandé| (?:je lai|jlai|je ne lai) jamais donné| jamais donné (?:mon numéro|mon num|mon numero)| (?:crissez|crisse|sacrez|sacre|câlissez|calissez) (?:moi|nous) (?:patience|la paix|le camp)| (?:ce nest|cest|c est|ce n est) pas (?:le )?(?:numéro|num|numero|cell|portable) de| (?:ce )?numéro (?:était|appartenait) à| (?:ancien|ancienne|lancien|lancienne|précédent|précédente) (?:propriétaire|titulaire) (?:du|de ce) (?:numéro|num)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:pouvez|pourriez|vous pouvez) (?:vous )?me (?:remettre|réinscrire|rajouter|réabonner)(?: {F})*(?:{CLAUSE_END}| (?:sur|dans) )",
    ),
    Rule::help(
        "help:intl",
        " vous êtes (?:quelle|quel) (?:boutique|magasin|entreprise|société|marque|compagnie)| (?:pk|pq|pkoi|pourquoi) (?:je |j )?(?:reçois|recois|ai reçu) (?:ce|ces|vos|des|un) (?:msg|message|messages|sms|texto|textos)| combien de (?:msg|messages|sms|textos|texto) (?:par|chaque|tous)| (?:cest|c est|est ce|est il|ça|ca) (?:payant|gratuit) (?:de )?répondre| répondre (?:est |c est |cest )?(?:payant|gratuit)",
    ),
    Rule::opt_out(
        "intl:pt",
        " chega (?:de|dessas|destas|com) (?:msg|msgs|mensagi|mensage|mensagis|torpedo|torpedos|promo|promos)| descadast[^ ]*| (?:naum|nao|não|ñ|n) (?:quero|pretendo|desejo) (?:mais )?(?:receber )?nada (?:de|d) (?:vcs|vocês|vc|vós)| (?:retirem|retire|retirar|removam|remova|tirem|tire|apaguem|excluam) (?:o |a )?(?:meu |minha )?(?:contacto|contato|número|nº|telemóvel|cel|celular) (?:da|de|do|das|dos) (?:vossa |sua |vossas |suas )?(?:lista|listas|base|cadastro|sistema)| (?:não|n|naum) (?:pretendo|quero|desejo) receber mais (?:sms|mensagens|msg|msgs|promoções|nada)| (?:vai|vão|va) (?:tomar|toma) no| (?:para|pare|parem) de encher(?: o saco| o meu saco| a paciência)?(?: {F})*{CLAUSE_END}| me erra(?: {F})*(?:{CLAUSE_END}| loja| vcs| vocês)| (?:esse|este) número era d[aoe] | (?:antigo|antiga|ex) (?:dono|dona|titular) (?:do|deste|desse) número",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:reativa|reativem|reative|reativar)(?: aí)? (?:minhas |as |meus |os )?(?:msg|msgs|mensagens|sms|promoções|notificações|ofertas)| (?:podem|pode) (?:enviar|mandar) (?:as |os |suas )?(?:promoções|promos|mensagens|msg|sms|ofertas) (?:outra vez|de novo|novamente)",
    ),
    Rule::help(
        "help:intl",
        " (?:pq|por que|porque|porquê|pra que) (?:eu )?(?:to|tô|estou|fico) recebendo| responder(?: (?:essa|esta|a|as|essas) (?:msg|mensagem|sms|mensagens))? (?:é|e|tem) (?:cobrado|pago|gratuito|grátis|custo)| (?:qual|qual é) (?:o )?(?:contacto|contato|número|telefone) (?:do|de) (?:apoio|atendimento|suporte|sac)| (?:responder|contestar) (?:tiene|cuesta|cobra|es) (?:algún |algun )?(?:costo|cargo|gratis)",
    ),
    Rule::guard(
        "guard:never-stops-coming",
        &["intl:*"],
        " (?:não|nao|n) (?:para|pare|parem) de (?:mandar|enviar)(?: [^ ,]+){0,2} (?:não|nao)(?: |$)| (?:sigan|sigue|continúen) (?:así|mandando|enviando)",
    ),
    Rule::guard(
        "guard:wrong-address",
        &["intl:*"],
        " número (?:errado|equivocado) d[aoe] (?:rua|casa|prédio|apartamento|apto|endereço|porta|bloco|lote|calle|departamento)| (?:entregador|motoboy|carteiro|correio|transportadora|repartidor|paquetería)(?: [^ ,]+){0,3} (?:no|o|pro|num|al|el) número (?:errado|equivocado)",
    ),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        " descadastr[^ ]* (?:o |meu |o meu |um )?(?:cartão|endereço|pix)| de baja (?:la |mi |una )?(?:tarjeta|dirección|credit card|card|cuenta de banco)| (?:sácame|sáquenme) de (?:dudas|una duda|la duda)| (?:bájame|bájenme|bájale|bájenle) (?:el|un|tantito|poquito) (?:precio|costo|envío|descuento|poco)| (?:quítenme|quítame|sáquenme|sácame|bórrenme|bórrame) (?:el|la|los|las|ese|esa|este|esta) (?:envío|cargo|costo|producto|artículo|seguro|pedido|descuento|cupón|talla|color)",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:mi|este|ese) número (?:ya )?no es de| (?:este|ese|mi) número era de| (?:antiguo|anterior|ex) (?:dueño|dueña|titular) (?:del|de este) número| no (?:me |nos )?(?:jodan|jodas|chinguen|frieguen|friegues|fastidien) (?:más |mas )?con (?:los |las |sus |tus |tantos |tantas |esos |estos |esas |estas )?(?:mensajes|mensajitos|sms|textos|promos|promociones|ofertas)| no quiero (?:recibir )?nada (?:más |mas )?de (?:ustedes|uds|ti|vos|su tienda|esta tienda)| (?:jamás|jamas|nunca) (?:les )?di (?:mi )?(?:número|celular|teléfono|permiso|consentimiento)| (?:eliminen|borren|borrad|eliminad|quiten) (?:mis datos|mi número|mi contacto|mi info|mi información)| no me interesa(?:n)? nada(?: de esto| de eso| de ustedes)?(?: {F})*{CLAUSE_END}| (?:cancelen|cancelad|cancélenme|cancélame) (?:mi |la )?(?:suscripción|subscripción|inscripción)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:anótame|anótenme|apúntame|apúntenme|inscríbeme|inscríbanme|suscríbeme)(?: {F})*{CLAUSE_END}",
    ),
    // --- short replies and indirect requests in other languages ----------------------
    Rule::opt_in(
        "opt-in:intl",
        "^ (?:{F} )*(?:abone ol|abone olmak istiyorum|zapisz mnie|darme de alta|dame de alta|denme de alta|je mabonne|jmabonne|quero me inscrever|quero me cadastrar|quero assinar|subscribe (?:karo|kar do|kardo|kijiye))(?: {F})*{END}",
    ),
    Rule::opt_in(
        "opt-in:intl",
        "重新给我(?:发|發)|(?:أريد|اريد|أبغى|ابغى|ابي) (?:الاشتراك|اشترك|أشترك)",
    ),
    Rule::help("help:intl", "^ (?:{F} )*trợ giúp(?: {F})*{END}"),
    Rule::opt_out(
        "intl:es",
        " (?:párenle|párale|paren|párele) (?:ya )?con (?:los|las|tantos|tantas|estos|estas|sus|tus) (?:textos|mensajes|mensajitos|sms|promociones|promos|msj)| (?:mi )?(?:teléfono|celular|número) es (?:solo|sólo|nomás|nada más) para (?:la )?(?:familia|amigos|trabajo)",
    ),
    Rule::opt_out(
        "intl:id-tl",
        " tigilan (?:niyo|nyo|mo|ninyo)(?: na)?(?: po)?(?: ang)? (?:pagte text|pagtetext|pag text|pagtext|pag message|text|texts|mensahe)",
    ),
    Rule::opt_out(
        "intl:sw-ht",
        " (?:mwen|m) pa (?:janm|jamè|janmen) (?:di|mande|bay) (?:nou|ou)",
    ),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        " de baja (?:el|la|los|las|mi|mis) (?:envío|envíos|pedido|pedidos|entrega|entregas|compra|compras|pago|pagos)",
    ),
    Rule::guard(
        "guard:delivery-status",
        &[],
        " (?:yung|ang|yong) (?:tracking|parcel|package|order|delivery)",
    ),
    Rule::opt_out(
        "intl:so-yo",
        " iga (?:saar|saara|tirtir)(?: liiska| lambarka)?(?: |$)| dáwọ́ dúró| (?:መልዕክት |መልእክት )?አትላኩልኝ",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:dejaran|dejasen|dejaras|pararan|parasen) de (?:mandar|enviar|escribir|mandarme|enviarme|escribirme|molestar|molestarme)",
    ),
    Rule::opt_out(
        "intl:ar",
        " (?:لا|ما) (?:أريد|اريد|ابغى|أبغى|بدي) (?:أي |اي )?(?:رسائل|رسايل|مسجات)",
    ),
    Rule::help(
        "help:intl",
        " (?:cuánto|cuanto) (?:me )?(?:cuesta|cuestan|cobran) (?:recibir )?(?:estos |los |sus )?(?:mensajes|sms|textos)",
    ),
    Rule::help("help:intl", "어디서 보낸"),
    // --- Spanish from a US shop's customers, as texted -------------------------------
    Rule::opt_out(
        "intl:es",
        " paso de (?:sus|tus|los|estos) (?:mensajes|textos|promos|ofertas|sms)| (?:me )?(?:quitaran|quitasen|sacaran|borraran|eliminaran) de (?:la|su|sus) (?:lista|listas|base)| (?:cómo|como) (?:me )?(?:salgo|doy de baja|quito|desuscribo) de (?:esto|esta lista|la lista|aquí)| (?:no|ya no) (?:me |nos )?(?:estén|sigan|estes) (?:texteando|mensajeando|spameando)| basta ya (?:de|con) (?:mensajes|textos|sms|promos|promociones)| stop (?:mandándome|enviándome|mandando|enviando)| (?:nro|num|núm) equivocado| (?:ya )?no me (?:enviara|enviaran|mandara|mandaran|escribiera|escribieran|enviasen|mandasen) (?:más )?(?:mensajes|textos|sms|promos)",
    ),
    Rule::opt_out(
        "intl:es",
        " a la mierda (?:sus|tus|los|las) (?:promos|mensajes|textos|ofertas|promociones|sms)| (?:jamás|nunca) (?:he comprado|compré|he pedido) (?:nada )?(?:en|con|a) (?:su|esta|tu|ustedes)| favor de no (?:mandarme|enviarme|escribirme|mandar|enviar)| (?:métanse|métete) (?:sus|tus|los|las) (?:[^ ,]+ )?por donde| no more (?:textos|mensajes|mensajitos|msj|msjs)| cancel (?:my|mi) (?:suscripción|subscripción)| (?:dejen|deja|deje|paren) de (?:spamear|spamearme|textear|textearme|mensajear)| , (?:basta|ya basta|basta ya)(?: {F})*{END}|^ (?:{F} )*ya no (?:más|mas)(?: {F})*{END}",
    ),
    Rule::opt_out(
        "partial:drop-marketing",
        " (?:quiten|quitan|paren|eliminen|desactiven|cancelen) (?:los |las |sus )?(?:recordatorios|avisos|mensajes|alertas) (?:del|de) (?:carrito|carrito abandonado)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:dénme|dame|deme|darme|darnos) de alta| (?:cómo|como) (?:le )?(?:hago|puedo) (?:pa|para) recibir (?:sus |las |los )?(?:promos|promociones|ofertas|mensajes|textos)| (?:quiero|quisiera) (?:los |las |sus )?(?:texts|textos|mensajes|promos|ofertas)(?: [^ ,]+){0,3} (?:otra vez|de nuevo|nuevamente)| acepto recibir (?:los |sus )?(?:mensajes|textos|promos|sms)| start (?:de nuevo|otra vez|nuevamente)| resume (?:los|las|mis) (?:mensajes|textos|promos)| turn on (?:los |las )?(?:mensajes|textos)| (?:súmenme|súmame|agréguenme|agrégame) (?:a|en) (?:la|su) lista| arrepentí de (?:darme de baja|salirme|desuscribirme)| text me (?:the )?(?:promos|deals|offers) again| (?:agreguen|añadan|sumen) (?:este|mi) (?:nuevo|número nuevo|nuevo número|número) a la lista",
    ),
    Rule::guard(
        "guard:rescinded-stop",
        &["intl:*"],
        " (?:me )?arrepentí de (?:darme de baja|salirme|desuscribirme)| (?:puse|mandé|escribí|envié) (?:stop|alto|baja) (?:sin querer|por error|por accidente)",
    ),
    Rule::help(
        "help:intl",
        " (?:quién|quien) (?:les|te|le) (?:dio|pasó|dieron) mi (?:número|cel|celular|teléfono)| (?:esto|eso|es) (?:es )?de (?:la |una )?(?:tienda|empresa|compañía)(?: de [^ ,]+){0,2} o (?:de )?(?:qué|quién)| de (?:q|qué) (?:compañía|empresa|tienda|negocio) (?:es|son)| (?:hablar con|comunicarme con) (?:alguien|una persona|un agente|un humano)| (?:número|teléfono) (?:de|para) (?:atención al cliente|servicio al cliente|customer service)| (?:mandan|envían|tienen) (?:los )?(?:mensajes|textos|sms) en (?:español|inglés)| (?:con quién|a quién) (?:me comunico|hablo|le escribo|contacto)| tarifas de (?:mensajes|msj) y datos| o me cobran(?: {F})*{CLAUSE_END}| (?:por qué|porque|xq|pq|porq) me (?:llega|llegan|llegó|mandan|envían|escriben) (?:esto|estos|este|estas|esta)| (?:cómo|como) (?:es que )?me (?:inscribí|suscribí|registré|apunté) (?:a|en) (?:esto|esta|este)| cada (?:cuánto|cuanto) (?:me |nos )?(?:van a |vas a )?(?:estar )?(?:mandando|enviando|mandar|enviar|escribir|llegar)",
    ),
    Rule::guard(
        "guard:product-question",
        &["opt-in:*", "intl:*"],
        " lista de espera| no (?:escriban|escribas|escriba) (?:el|la|los|las|ningún|nada en) | no me (?:manden|envíen|mandes) (?:la|el) (?:factura|recibo|ticket|catálogo)",
    ),
    Rule::guard(
        "guard:fewer-texts",
        &[],
        " (?:mándenme|manden|envíen|envíenme) menos (?:mensajes|textos|promos)| con (?:uno|una|dos) (?:a la|por) semana basta",
    ),
    Rule::guard(
        "guard:product-question",
        &[],
        "^ (?:{F} )*basta con (?:un|una|dos|medio|media) ",
    ),
    Rule::guard("guard:delivery-status", &[], " palo alto"),
    Rule::opt_in(
        "opt-in:intl",
        " reiscriv[^ ]*| (?:i|pa|mag|paki) ?subscribe(?: [^ ,]+){0,2} ulit| colocar (?:de volta|novamente) na lista",
    ),
    Rule::opt_out(
        "intl:es",
        " (?:ya )?no le (?:manden|envíen|mande|envíe|escriban) (?:nada|más|mensajes)",
    ),
    Rule::opt_out(
        "intl:ko",
        "(?:원래|예전에)(?: [^ ,]+){0,2} (?:쓰시던|쓰던|사용하던|사용하시던) 번호",
    ),
    Rule::guard(
        "guard:unsubscribed-but-back",
        &["intl:*", "complaint:*"],
        " (?:quisiera|quiero|me gustaría) (?:volver a recibir|seguir recibiendo)| (?:muốn )?đăng ký lại",
    ),
    Rule::opt_out(
        "negated:rejoin",
        " no (?:quiero|quisiera|deseo|me gustaría) (?:volver a recibir|seguir recibiendo)",
    ),
    Rule::opt_out(
        "intl:zh",
        "(?:别|別|不要)再(?:给我|給我)?(?:发|發|传|傳)(?:短信|信息|消息|簡訊|訊息)",
    ),
    Rule::opt_out(
        "intl:id-tl",
        " tigil na(?: po)?(?: ang| nyo| ninyo)? (?:pagte text|pagtetext|pag text|pagtext|text|texts|mensahe)",
    ),
    // --- German, Italian, French and Portuguese once more -------------------------------
    Rule::opt_out(
        "intl:de",
        " (?:habe|hab) ich (?:euch|ihnen|dir) (?:nie|niemals) (?:gegeben|gesagt)| genug von (?:euren|ihren|den|diesen|deinen) (?:sms|nachrichten|werbe[^ ,]*|mails)| (?:will|möchte|brauche|brauch|mag) (?:eure|ihre|diese|die|deine) (?:sms|nachrichten|werbung|angebote)(?: mehr| echt| wirklich)? (?:nicht|net|ned|nimmer)| (?:eure|ihre|diese|die) (?:sms|nachrichten|werbung) (?:will|möchte|brauche|brauch|mag) ich (?:nicht|net|ned|nimmer)| widerrufe (?:ich )?(?:hiermit )?(?:meine |die )?(?:einwilligung|zustimmung)| (?:mini|mine|mei|meine) (?:nummer|nr) (?:us|aus) (?:de|der|dr) (?:lischte|liste)| (?:seine|ihre|die|diese) nummer (?:aus|von) (?:dem|der|eurem|ihrem) (?:system|liste|verteiler|kartei)| (?:hörts|hört|hören sie|hör) (?:endlich |doch |bitte |jetzt )?auf mit (?:dem|den|der|eurem) (?:schas|mist|scheiß|blödsinn|zeug|spam)| stop (?:alle|allen) (?:nachrichten|sms|mitteilungen)| (?:ned|net|nimmer|nimma) mehr (?:schreiben|schicken|senden|zuschicken|simsen)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " wieder (?:dabei sein|dabi si)| (?:mich|uns) wieder in (?:den |die |eure |ihre )?(?:[^ ,]+ )?(?:verteiler|liste|newsletter) (?:aufnehmen|eintragen|reinnehmen)| (?:bitte )?wieder (?:aktivieren|eintragen|einschalten)(?: {F})*{CLAUSE_END}| (?:ab jetzt|künftig|in zukunft) (?:hierhin|an diese nummer|auf diese nummer) (?:schicken|senden)| envoyez(?: moi)? (?:les |vos )?(?:promos|sms|offres|messages) ici| (?:mandate|inviate)(?:mi)? (?:le |gli |i )?(?:offerte|sms|messaggi|promo) (?:a questo|su questo|qui)| quero continuar a receber| (?:podem|pode) mandar (?:as |os )?(?:promos|promoções|msg|mensagens|ofertas) (?:pra|para) (?:esse|este)| (?:je veux|jveux|je voudrais|j aimerais|jaimerais) revenir dans (?:le|la|les) (?:club|liste|programme|alertes)| (?:quero|queria|gostaria de) aderir ao (?:clube|programa|grupo)| quero me (?:inscrever|cadastrar)(?: {F})*{CLAUSE_END}",
    ),
    Rule::guard(
        "guard:accidental-opt-out",
        &["intl:*"],
        " (?:abgemeldet|abbestellt)(?: ,)? (?:das )?war ein (?:fehler|versehen)| aus versehen (?:stop|stopp) (?:geschrieben|geantwortet|gesendet|geschickt)",
    ),
    Rule::help(
        "help:intl",
        " (?:telefonnummer|nummer|hotline) (?:vom|des|für den) (?:kundendienst|kundenservice|support)| (?:ist das|ist dies|sind das) (?:betrug|fake|spam|abzocke) oder (?:echt|seriös|real)| mit wem (?:hab|habe|spreche|schreibe|rede) ich| was (?:isch|ist) (?:das|des) für (?:e|eine|ne) (?:nummer|firma|laden|sms)| (?:questi |gli |i )?(?:sms|messaggi) sono a pagamento| (?:numero|telefono|contatto) (?:dellassistenza|del servizio clienti)| quelle (?:entreprise|boutique|société|marque|compagnie) (?:m envoie|menvoie|mécrit|me texte)| (?:à|a) quelle fréquence(?: {F})*{CLAUSE_END}| (?:numéro|téléphone) pour joindre (?:le )?(?:service client|sav|support)| de onde (?:vem|veio|vêm) (?:esta|essa|estas|essas) (?:mensagem|mensagens|msg|sms)| onde (?:conseguiram|arranjaram|obtiveram|arrumaram|pegaram|foram buscar) (?:o )?(?:meu|o meu) (?:número|contacto|contato)| (?:isto|isso) (?:é|e) (?:verdadeiro|verdade|real) ou (?:é )?(?:burla|golpe|fraude|falso)| (?:tem|há) algum custo (?:receber|para receber)",
    ),
    Rule::opt_out(
        "intl:it",
        " revoco (?:il |ogni |qualsiasi )?consenso| come (?:ci si|mi) (?:cancella|cancello|disiscrive|disiscrivo|toglie|tolgo)(?: {F})*{CLAUSE_END}| (?:questo|sto) numero (?:adesso |ora )?(?:è|e) mio| (?:nn|non) voglio (?:più )?ricevere (?:[^ ,]+ )?(?:sms|messaggi|notifiche|offerte|promo)| non ho mai comprato (?:niente |nulla )?(?:da voi|da te|qui|nel vostro)| (?:rimuovermi|togliermi|cancellarmi|eliminarmi) (?:dalla|dalle|dal) (?:lista|mailing|newsletter|elenco)",
    ),
    Rule::opt_out(
        "intl:fr",
        " (?:jen|j en|je n en) veux (?:plus|pu|pus) de (?:vos|ces|tes|les) (?:sms|messages|textos|promos|pubs|offres)| (?:veux|veut) (?:pu|plus|pus) rien recevoir| (?:ôtez|ôte|enlevez|sortez|retirez) moi de (?:la|votre|vos|cette) (?:liste|listes)| (?:chu|j suis|je suis|jsuis) tanné(?:e)? de (?:recevoir|vos)| (?:je )?retire mon consentement",
    ),
    Rule::opt_out(
        "intl:pt",
        " sai fora(?: {F})*{CLAUSE_END}| (?:não|n|nao) quero (?:as )?(?:suas|vossas|essas) (?:ofertas|promoções|promos|mensagens)| (?:o )?(?:anterior dono|dono anterior)| revogo (?:o |meu )?consentimento",
    ),
    Rule::opt_out("intl:es", " revoco (?:mi |el )?consentimiento"),
    Rule::guard(
        "guard:playful-stop",
        PLAYFUL_STOP_VOIDS,
        "^ (?:{F} )*(?:stop|stopp|basta)(?: ,)? (?:ma |mais |aber )?(?:è|e|elle est|il est|cest|c est|ist|sind) (?:trop |so |troppo |davvero |ja )?(?:bellissim[oa]|stupend[oa]|belle|beau|magnifique|der hammer|wunderschön|genial)| basta così(?: ,)? (?:prendo|compro|ne prendo|ordino)|^ (?:{F} )*(?:arrête|arrêtez)(?: ,)? (?:ce prix|ces prix|cette promo|c est trop|cest trop)| (?:n arrêtez|narrêtez) jamais",
    ),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        " (?:kundenkonto|konto|account|profil) (?:abmelden|löschen|kündigen)| (?:désinscri[^ ]*|désabonn[^ ]*) (?:de|du) (?:la |le )?(?:salle|gym|club de|cours|école|journal|magazine)| (?:livreur|facteur|transporteur|coursier|chauffeur)(?: [^ ,]+){0,3} (?:trompé|erreur) de numéro| (?:arrêter|stopper|bloquer|suspendre) (?:lenvoi|la livraison|lexpédition) (?:du|de mon|de la) (?:colis|commande|paquet)",
    ),
    // --- thirty-nine languages at once ---------------------------------------------------
    Rule::opt_in(
        "opt-in:intl",
        " θέλω να (?:γραφτώ|εγγραφώ)| mo fẹ́ (?:máa )?gba| (?:jag vill|vill) prenumerera| přihlásit k odběru| subscribe pannunga| thirumba anupp[^ ]*| haluan tilata| хочу (?:підписатися|подписаться)| (?:רוצה|רוצים) להצטרף| (?:vil gerne|vil) (?:tilmeldes|tilmelde mig)| nataka kujiunga| (?:tekrar )?kaydolmak istiyorum| (?:میخوام|می خواهم|میخواهم) عضو| دوبارہ شروع| (?:chalu|shuru) kar (?:do|dijiye)| আবার চালু| (?:mau|ingin|pengen) daftar (?:[^ ,]+ ){0,3}(?:sms|promo)| (?:szeretnék )?feliratkozni| መቀበል እፈልጋለሁ| (?:nak|mahu|ingin) langgan",
    ),
    Rule::opt_in("opt-in:intl", "(?:お知らせ|配信|通知)(?:を)?再開|สมัครรับ"),
    Rule::help(
        "help:intl",
        " (?:nyinyi|ninyi) ni (?:akina )?nani| kost het ontvangen| (?:що|что) (?:це|это) за (?:магазин|компанія|компания|фірма|фирма)| ποιοι είστε| czy to (?:jakieś )?oszustwo| honnan van meg a számom| kik (?:maguk|önök|vagytok)| kuinka usein| zákaznick(?:ou|á) podpor[^ ]*| (?:انتوا|انتو) مين| رقمي منين| dari toko mana| hvem sender| ta ni (?:eyin|ẹ̀yin)",
    ),
    Rule::help("help:intl", "どこから送られ"),
    Rule::help("help:intl", " mấy lần (?:một|1) (?:tuần|tháng|ngày)"),
    Rule::opt_out(
        "intl:how-to-stop",
        " dige (?:payam|sms|peygham) (?:nadid|nafrestid|nafrest)| (?:dajcie|daj) mi (?:wreszcie |już )?spokój| (?:ghalat|galat|glt) (?:number|no|nmbr)| nooit toestemming gegeven| haal (?:me|mij) (?:eraf|van de lijst)| sitaki tena(?: [^ ,]+){0,2} (?:jumbe|ujumbe|meseji|sms)| afiste me (?:isixo|isyxo)| (?:नंबर|नम्बर) (?:लिस्ट|सूची) से हटा| (?:vão|vai) se ferrar| nọ́mbà (?:yín )?kò tọ́| èmi kì í ṣe| (?:tak|tidak) pernah daftar| buang nombor saya| διαγραφή από (?:τη|την) λίστα",
    ),
    Rule::opt_out("intl:asia", "どうやって解除"),
    Rule::guard(
        "guard:product-question",
        &["intl:*"],
        " מדבקת המחיר| no me canso de",
    ),
    // --- short replies once more ----------------------------------------------------------
    Rule::opt_out(
        "intl:th-vi",
        "^ (?:{F} )*(?:stop|ngừng)(?: nha| nhé| giùm| dùm)?(?: cảm ơn| cám ơn)?(?: {F})*{END}",
    ),
    Rule::opt_out("intl:es", "^ (?:{F} )*no (?:más|mas)(?: {F})*{END}"),
    Rule::opt_out(
        "intl:es",
        " (?:qué|que) (?:flojera|hueva|pereza|lata|fastidio) (?:con )?(?:sus|tus|los|estos) (?:mensajes|textos|sms|promos)",
    ),
    Rule::opt_out("intl:id-tl", "^ (?:{F} )*tama na(?: po)?(?: {F})*{END}"),
    Rule::opt_in("opt-in:intl", ASK_BACK_IN),
    Rule::guard(
        "guard:unsubscribed-but-back",
        &["intl:*", "complaint:*"],
        ASK_BACK_IN,
    ),
    Rule::opt_in("opt-in:intl", ASK_BACK_IN_ZH),
    Rule::guard("guard:unsubscribed-but-back", &["intl:*"], ASK_BACK_IN_ZH),
    Rule::guard("guard:keep-texts", &["intl:*"], "다른 (?:쇼핑몰|가게|업체)"),
    Rule::help(
        "help:intl",
        " (?:đây là|đây|là|bên) cửa hàng nào| sino po ba (?:ito|to|kayo)",
    ),
    // --- Dutch and Polish; German, Italian, French and Portuguese again -----------
    Rule::opt_out(
        "intl:nl",
        " haal (?:me|mij|ons|mijn nummer)(?: [^ ,]+){0,4} (?:af|uit)(?: |$)| (?:mijn )?nummer (?:[^ ,]+ )?verwijderen| niet meer (?:sturen|smsen|appen|mailen|versturen|toesturen|berichten)| kap (?:er )?mee| kap ermee| (?:laat|laten) (?:me|mij|ons) (?:toch |nou |gewoon )?met rust| (?:sms[^ ]*|berichten|herinneringen|meldingen|reclame|mails|aanbiedingen)(?: [^ ,]+){0,4} hoeven (?:echt |toch |dus |nu )?niet meer| waarom (?:sturen|smsen|appen|mailen) (?:jullie|u|je) (?:me|mij) (?:steeds|constant|de hele tijd|altijd|elke dag|telkens)| (?:dit|het) nummer was van",
    ),
    Rule::opt_out(
        "intl:pl",
        " nie interesuje mnie| nie jestem zainteresowan[^ ]*| (?:czemu|dlaczego|po co) (?:ciągle |wciąż |znowu |ciagle )?(?:do mnie )?(?:piszecie|wysyłacie|esemesujecie|spamujecie)| anuluj(?:cie)? (?:moją )?subskrypcj[^ ]*| nie chcę od was nic| (?:odwalcie|odczepcie|odpierdolcie|odwal|odczep) się| spadajcie| zablokował[^ ]*",
    ),
    Rule::opt_out(
        "intl:pt",
        " (?:não|nao) (?:quero )?receber mais| desapareçam| desapareça(?: {F})*{CLAUSE_END}",
    ),
    Rule::opt_out(
        "intl:de",
        " (?:werbe sms|sms|nachrichten|werbung|mails|werbemails|newsletter)(?: [^ ,]+){0,2} (?:lassen|sein lassen|bleiben lassen)(?: {F})*{CLAUSE_END}| (?:ist|das ist) nicht mehr (?:die )?nummer von",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " riattiva(?:temi|rmi|teci)| (?:re)?iscrivetemi| iscrivimi| rimettetemi (?:nella|in) (?:lista|elenco)| (?:me|mij|ons) (?:weer|opnieuw) (?:toevoegen|aanmelden|inschrijven)| stuur (?:me|mij|ons) (?:weer|opnieuw)| wil (?:weer|opnieuw) (?:[^ ,]+ )?(?:ontvangen|krijgen)| (?:dodajcie|dodaj|zapiszcie|zapisz|włączcie|włącz)(?: mnie| mi)?(?: [^ ,]+)? z powrotem| (?:zapiszcie|zapisz) mnie| wrócić na listę",
    ),
    Rule::guard(
        "guard:accidental-opt-out",
        &["intl:*"],
        " per (?:ongeluk|abuis|vergissing) (?:afgemeld|uitgeschreven)| (?:afgemeld|uitgeschreven) per (?:ongeluk|abuis|vergissing)| wypisał[^ ]* się przez (?:pomyłkę|przypadek)| przez (?:pomyłkę|przypadek) (?:się )?wypisał[^ ]*",
    ),
    Rule::help(
        "help:intl",
        " kost (?:het|dat) (?:mij |me |ons )?(?:geld|iets)(?: [^ ,]+){0,3} (?:als|om) (?:ik |jullie |u )?(?:terug )?(?:sms|smsen|antwoord|reageer)| czy (?:odpowiedź|odpisanie)(?: [^ ,]+){0,2} (?:jest )?płatn[^ ]*| (?:dlaczego|czemu) (?:dostaję|otrzymuję) (?:(?:tę|te|ten|tego) )?(?:wiadomość|sms[^ ]*)| (?:pegaram|conseguiram|arrumaram|acharam) (?:o )?meu (?:número|contato|celular)| (?:qué|que) es este programa",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["intl:*", "phrase:*", "complaint:*"],
        " (?:die )?sms sind mir lieber| (?:via )?sms (?:mag|mogen) (?:gewoon )?blijven| (?:sms|smsjes|berichten)(?: [^ ,]+){0,3} (?:mogen|mag) (?:gewoon )?blijven komen| sms (?:is|zijn) prima| continua(?:m|r)? (?:mandando|enviando) (?:sms|mensagens)| sms[^ ]* zostawcie| sms[^ ]* (?:mogą|moga) zostać",
    ),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        " (?:subscrição|assinatura) (?:das|dos|da|do) (?:cápsulas|café|caixa|box|ração|vinho|vinhos|flores|meias)| (?:hose|jacke|schuhe|kleid|pullover|artikel|teil|paar|bestellung|lieferung|paket|shirt|mantel|tasche|stiefel)(?: [^ ,]+)? abbestellen| wypis[^ ]* (?:fakturę|rachunek|paragon|zaświadczenie|receptę)",
    ),
    Rule::guard(
        "guard:wrong-address",
        &["intl:*"],
        " número da (?:porta|casa|rua)| (?:zły|błędny) numer (?:mieszkania|domu|lokalu|bloku|ulicy)| gestopt met (?:updaten|bijwerken|werken|laden)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:sin querer|por error|por accidente|por equivocación)(?: [^ ,]+| ,){0,6} (?:quiero|quisiera) seguir recibiendo",
    ),
    Rule::opt_out(
        "clarified:stop-getting",
        " cancelar (?:los|las|sus|estos|tus) (?:mensajes|textos|sms|notificaciones)",
    ),
    Rule::guard(
        "guard:product-detail",
        &[],
        " no más de (?:[0-9]+|dos|tres|cuatro|cinco|una|uno) (?:[^ ,]+ )?por (?:persona|cliente|pedido|orden|compra)",
    ),
    Rule::guard(
        "guard:fewer-texts",
        &[],
        " una volta (?:a|alla|al|ogni) (?:settimana|mese)",
    ),
    Rule::guard(
        "guard:playful-stop",
        PLAYFUL_STOP_VOIDS,
        "^ (?:[^ ,]+ (?:, )?){0,2}(?:stop|stopp|стоп|arrête|arrêtez|hör auf|hört auf|przestań|przestańcie|para|pare)(?: ,)? (?:[^ ,]+ (?:, )?){0,6}(?:te gek|der hammer|trop belle|trop beau|przepiękn[^ ]*|piękn[^ ]*|hermos[^ ]*|preciosas?|so pretty|too cute|so cute|lindas?|lindos?|magnifique|wunderschön|bellissim[^ ]*|prachtig|schattig|(?:wie|so|zu|total|voll|echt|mega) süß|carin[oa]|мило|милый|милая|lucu|unreal)(?: |$)| (?:you|yall|y all|u) (?:have to|gotta|got to|need to) stop(?: ,)? (?:[^ ,]+ ){0,6}(?:cute|pretty|gorgeous|adorable|beautiful|amazing|unreal|insane)(?: |$)",
    ),
    // --- thirty languages at once, again -----------------------------------------------------
    Rule::guard(
        "guard:playful-stop",
        &["intl:*"],
        "^ (?:그만해|그만|멈춰)(?: [^ ,]+){0,3} 귀엽",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["intl:*", "phrase:*", "complaint:*"],
        " (?:смс|sms)(?: [^ ,]+)? (?:оставьте|оставте|залиште)| sms (?:চালু|চালু রাখুন)| sms ale (?:chci|nechte)| sms (?:chci|nechte) (?:dál|dal)",
    ),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        " العنوان (?:غلط|خطأ|خاطئ)| (?:توقف|توقفون|توقفوا|وقف|أوقف|اوقف|وقفوا) (?:ال)?(?:شحنة|طلب|طلبية)| λάθος διεύθυνση| (?:dar de baja|pausar|cancelar|suspender) (?:el|la|mi) (?:autoship|auto ship|envío automático|pedido automático)",
    ),
    Rule::guard(
        "guard:declined",
        &[],
        " نہیں شکریہ| नहीं धन्यवाद| nahi shukriya",
    ),
    // "Đúng rồi" (that's right) folds like "dừng rồi".
    Rule::guard("guard:yes-and-more", &[], "^ dung roi(?: [^ ,]+)?{END}"),
    Rule::opt_out(
        "intl:fr",
        " (?:ce n est|ce nest|c est|cest|c) pas mon (?:numéro|numero|num|tel|téléphone)(?: |$)| je (?:ne )?connais (?:pas|personne) (?:de |d )(?:[^ ,]+)(?: {F})*{CLAUSE_END}",
    ),
    Rule::opt_out(
        "intl:pl",
        " nie zamawiał[^ ]* (?:żadnych )?(?:sms[^ ]*|wiadomości)| usuńcie (?:go|mój numer|ten numer|mnie)",
    ),
    Rule::opt_out(
        "intl:tr",
        " nasıl durdur[^ ]*| (?:mesajlar[^ ]*|sms[^ ]*) (?:nasıl )?durdur[^ ]*",
    ),
    Rule::opt_out(
        "intl:ru-uk",
        " достали(?: уже)?(?: [^ ,]+){0,2} (?:рекламой|смс|сообщениями|рассылкой|спамом)| ne (?:pishite|prisylajte|prisylayte|otpravlyajte)| не цікавить| не цікавлять",
    ),
    Rule::opt_out(
        "intl:ar",
        " (?:w2fo|wa2fo|wa2afo|w2af|wa2af|wa2afoo)(?: el| al)? (?:rasayel|rasa2el|rasayil|msgs|messages|sms)",
    ),
    Rule::opt_out(
        "intl:he-fa",
        " ספאם(?: {F})*{CLAUSE_END}| די כבר| dige (?:payam|sms|message)(?: [^ ,]+)? (?:nadin|nafrestin|nafrestid|nadid)| payam nadin",
    ),
    Rule::opt_out(
        "intl:south-asia",
        " (?:मेरा|मेरे) नंबर (?:हटाओ|हटा दो|हटाइए|हटाएं|डिलीट)| कभी सब्सक्राइब नहीं| (?:kivabe|kibhabe) (?:bondho|bondo|bandho) (?:korbo|kori|koro|korte)| sms (?:gulo )?(?:bondho|bondo) (?:koren|korun|koro|kore din)",
    ),
    Rule::opt_out("intl:ko", " 스팸 신고| 스팸(?: {F})*{CLAUSE_END}"),
    Rule::opt_in(
        "opt-in:intl",
        " (?:मैसेज|मेसेज|एसएमएस|sms)(?: [^ ,]+)? फिर से (?:चाहिए|भेजो|भेजें|भेजिए|शुरू)| (?:ma|mă) (?:abonez|reabonez|abonati|abonați) din nou| reabon[^ ]*",
    ),
    Rule::help(
        "help:intl",
        " ano (?:po )?(?:ba )?(?:itong|ito|yung) (?:text|mensahe|message)| berapa kerap| seberapa sering| kolik (?:mě |me )?(?:[^ ,]+ ){0,2}(?:stojí|stoji)| hur ofta (?:skickar|kommer|får)",
    ),
    // --- Spanish written to fool a detector -----------------------------------------------
    Rule::opt_out(
        "intl:es",
        " no (?:deseo|quiero) que (?:me|nos) (?:contacten|escriban|manden|envíen|mensajeen)| no le (?:escriban|manden|envíen|mande|escriba)(?: {F})*{CLAUSE_END}| salirme de (?:esta|la|su|sus) (?:lista|listas)| (?:cuántas|cuantas) veces (?:tengo que|les tengo que|debo) (?:pedir|decir)(?: [^ ,]+)? que (?:paren|dejen|me borren|me quiten)| (?:que )?este sea el (?:último|ultimo) (?:mensaje|texto|sms)| (?:pero )?las (?:promociones|promos|ofertas) ya no(?: {F})*{CLAUSE_END}",
    ),
    Rule::guard(
        "guard:someone-else-unsubscribed",
        &["intl:*"],
        " (?:hermana|hermano|mamá|madre|papá|padre|hija|hijo|esposa|esposo|amiga|amigo|novia|novio|prima|primo|tía|tío|vecina|vecino) se (?:dio|dieron) de baja| no me quiero dar de baja| no quiero darme de baja",
    ),
    Rule::guard(
        "guard:wrong-address",
        &["intl:*"],
        " (?:número|numero) equivocado en (?:mi|la) (?:dirección|calle|casa)",
    ),
    // --- long replies in six European languages -----------------------------------------
    Rule::opt_in("opt-in:intl", ASK_BACK_IN_EU),
    Rule::guard(
        "guard:unsubscribed-but-back",
        &["intl:*", "complaint:*", "phrase:*"],
        ASK_BACK_IN_EU,
    ),
    Rule::opt_out(
        "intl:es",
        " (?:pausad|parad|cortad|quitad|sacad|borrad|eliminad)(?: [^ ,]+){0,2} (?:mensajes|sms|número|ofertas|promociones)| dejadme en paz| (?:quitadme|sacadme|borradme|eliminadme|dadme de baja)| no (?:me )?(?:mandéis|enviéis|escribáis) más",
    ),
    Rule::help(
        "help:intl",
        " cada (?:cuánto|cuanto) (?:mandáis|mandan|enviáis|envían)| de (?:dónde|donde) (?:habéis|han|has|ha) (?:sacado|conseguido|obtenido) (?:mi|el) (?:número|móvil)| (?:li|le) pago io| mi costa(?: [^ ,]+)? qualcosa| quantas (?:mensagens|sms|msgs)(?: [^ ,]+){0,3} (?:por|pela|na) (?:semana|mês|dia)| (?:têm|tem) algum custo| woher (?:ihr|sie|habt ihr|haben sie) (?:meine )?(?:handynummer|nummer|telefonnummer)| is dit (?:oplichting|nep|echt|betrouwbaar)",
    ),
    Rule::guard(
        "guard:order-action",
        &["intl:*"],
        " de baja (?:por|de) (?:maternidad|paternidad|enfermedad|médica|laboral)| cancelado el pedido| (?:mauvais|faux) (?:numéro|numero) de (?:rue|maison|porte|appartement|commande|suivi)| (?:non riesco a|non posso) smettere di (?:mettere|indossare|usare|comprare|guardare|pensare)",
    ),
    Rule::guard(
        "guard:unsubscribed-but-back",
        &["intl:*", "opt-in:*"],
        " volví a (?:marcar|apuntarme|suscribirme|darme de alta)| je me suis (?:réinscrit|reinscrit)[^ ]*",
    ),
    Rule::guard(
        "guard:someone-else-unsubscribed",
        &["intl:*"],
        " (?:quelle|elle|il|quil|sœur|soeur|mère|frère|fille|fils|copine|copain|femme|mari|amie|ami|conjoint|conjointe) (?:s était|sétait|s est|sest) (?:désabonn|désinscri)[^ ]*| (?:namorada|namorado|mãe|pai|irmã|irmão|esposa|marido|amiga|amigo|filha|filho) se (?:descadastrou|desinscreveu)",
    ),
    Rule::guard(
        "guard:keep-texts",
        &["intl:*", "phrase:*"],
        " (?:los sms|los mensajes) seguid| seguid (?:mandándomelos|mandando|enviando)| gardez moi (?:bien )?(?:pour|sur) les (?:sms|textos)| non smettete di (?:mandar|inviar|scriver)[^ ]*| (?:não|nao|nunca) parem(?: {F})*{CLAUSE_END}| continuem a (?:enviar|mandar)",
    ),
    Rule::guard(
        "guard:received-none",
        &["phrase:no-messages"],
        " no clube (?:sms|de sms|vip|de vantagens)",
    ),
    Rule::opt_out(
        "intl:fr",
        " mettez (?:mes|les|vos) (?:sms|messages|notifications|textos) en pause| merci de les couper| (?:coupez|arrêtez|stoppez) les relances| les relances(?: [^ ,]+| ,){0,10} (?:couper|arrêter|stopper)",
    ),
    Rule::opt_out(
        "intl:it",
        " (?:come faccio|come posso) (?:a )?(?:far )?(?:smettere|fermare|bloccare|disattivare)(?: [^ ,]+){0,2} (?:messaggi|sms|notifiche)| fermateli| fermatele| (?:bloccate|fermate|disattivate)(?: [^ ,]+){0,2} (?:promozioni|promemoria|sms|messaggi)",
    ),
    Rule::opt_out(
        "intl:pt",
        " por favor parem| parem(?: {F})*{CLAUSE_END}| suspendam(?: [^ ,]+)? (?:as )?(?:mensagens|sms|notificações|promoções)| insistem em (?:mandar|enviar)| (?:jeito|forma|como)(?: [^ ,]+){0,3} parar de receber",
    ),
    Rule::opt_out(
        "intl:de",
        " keinerlei (?:werbung|sms|nachrichten)| (?:nachrichten|sms|werbung)(?: [^ ,]+){1,3} (?:bitte )?einstellen| weder (?:mails|e mails|emails|newsletter) noch sms| (?:bitte )?komplett raus",
    ),
    Rule::opt_out(
        "intl:nl",
        " (?:nummer|mij|me) van (?:jullie|de|uw) (?:[^ ,]+ )?lijst (?:afhalen|halen|verwijderen)| (?:hoezo|waarom) blijven (?:jullie|u|je) (?:me|mij) (?:smsen|sturen|appen|berichten)",
    ),
    Rule::opt_in(
        "opt-in:intl",
        " (?:recommencer|recommence) à recevoir| (?:j aimerais|jaimerais|je veux|je voudrais) (?:de nouveau|à nouveau) recevoir",
    ),
    Rule::guard(
        "guard:accidental-opt-out",
        &["intl:*", "phrase:*"],
        " (?:répondu|envoyé|écrit) (?:stop|arrêt|arret) par (?:erreur|accident)",
    ),
    Rule::opt_out(
        "partial:drop-marketing",
        " ya no quiero recibir (?:las |sus |tus )?(?:promociones|ofertas|promos)",
    ),
    // --- replies to order updates -------------------------------------------
    Rule::opt_out(
        "clarified:stop-getting",
        " (?:cancela|cancelen|cancelar|cancele|paren|para|detengan|detener) (?:[^ ,]+ ){1,3}y (?:tambien |ademas )?(?:cancel[^ ]* |paren |detengan )?(?:los|sus|tus|estos|todos los) (?:mensajes|sms|textos|msjs)(?: |$)",
    ),
    // "Não cancela não, ainda quero!": keep the order.
    Rule::guard(
        "guard:negated-removal",
        &["phrase:*", "intl:*"],
        " (?:nao|no|non) (?:me |lo |la |mi )?(?:cancela|cancele|cancelem|cancelen|cancelar|cancellate|cancellare|cancelli|cancella)(?: |$)",
    ),
    // A product's subscription (取消月度盒子的订阅): not the texts.
    Rule::guard(
        "guard:product-subscription",
        &[],
        "(?:盒子|订购|會員|会员|套餐|咖啡|月度|包裹)的?(?:订阅|訂閱)",
    ),
    Rule::opt_out(
        "intl:es",
        " pierd(?:an|e|as) mi (?:numero|contacto)| (?:hagan|haz|haga) (?:de )?cuenta (?:que )?nunca (?:tuvieron|tuviste|tuvo) mi (?:numero|contacto)| (?:proximo|siguiente) (?:mensaje|sms|texto) (?:lo |los )?(?:reporto|denuncio|bloqueo)| (?:los|las|les) voy a (?:bloquear|reportar|denunciar)| (?:fue|es|ha sido) suficiente (?:con )?(?:tanto|tantos) (?:mensaje|mensajes|sms|textos)",
    ),
];
