import type { Intent, Tone, Violation } from "../shared/assessment";
import { gated } from "../shared/gated";
import { ironyAtCircumstances, swornAtCircumstances } from "./circumstance";
import { failureFact, meantIrony, notAComplaint, transitOnTheWay } from "./coming-back";
import { isIronicEmoji } from "./emoji";
import { wordKey } from "./fold";
import { LEXICON } from "./lexicon";
import { negatedAt, neverOnce } from "./negation";
import { keysIn, type Normalised, sentenceStart, type Token } from "./normalise";
import { type Hit, insidePhrase } from "./phrase-list";

/**
 * The tone of a comment from its words, emoji, shouting and the model's toxicity. Praise with an irony marker
 * ("Danke für nichts", "toller Service 🙄") is criticism; a negated complaint ("kein Problem") is not one.
 */
export interface ToneReading {
  tone: Tone;
  /** 0 calm to 1 furious. */
  anger: number;
  positive: number;
  negative: number;
  irony: boolean;
  question: boolean;
}

/** "Frage zum …:", "Kurze Frage an die Technik:", "Quick q:", "Question:": a comment that says it is a question. */
const ANNOUNCED_QUESTION =
  /^\s*(?:(?:hallo|hi|hey|moin|servus)[\s,!]+(?:\p{L}+[\s,!]+)?)?(?:(?:kurze|kleine|eine|noch ne|ne)\s)?frage\s?(?:zu[mr]?\s|an\s|als\s[^:?]{1,60}:|für (?:eine|einen|meine|meinen|ne) (?:recherche|artikel|bericht|reportage|beitrag)|:)|^\s*(?:(?:hi|hello|hey)[\s,!]+(?:\p{L}+[\s,!]+)?)?(?:quick\s|small\s|a\s)?(?:q|question)\s?(?::|about\s|for\s|as\s[^:?]{1,60}:)/iu;

/**
 * A question asked without its mark ("… vergessen 🙈 wie kann ich das zurücksetzen", "how do I change it", "wie krieg
 * ich das zurückgesetzt", "geht das bei euch dass ihr das schon passend mahlt", "… bzw was kostet das", "… die mir mein
 * verstorbener Mann geschenkt hat, haben Sie auch einen entkoffeinierten Kaffee …", "is there anyone at rheinwerk i can
 * talk to in english", "i cant figure out from the site if you even send to the netherlands", "nur wo und bei wem weiß
 * ich nich", "… birthday party there … is that something you do or would we just have to show up", "wollte wissen ob
 * ich das bei euch irgendwie anmelden muss", "kann man das abo irgendwie auf eis legen", "idk if you guys even do
 * sundays", "muss ich das … extra melden oder reicht das …", "wie ist denn euer Entkoffeinierter eigentlich
 * entkoffeiniert", "Was ich noch nicht rausgefunden habe ist ob …", "wie viele wochen dauert das ungefähr", "schickt ihr
 * sowas eigentlich auch zu uns runter", "wie stopp ich das abo so lange", "is the Ottensen one open Sunday morning or
 * do you guys have a lie-in 😄").
 */
export const ASKS_WITHOUT_MARK =
  /(?<!\p{L})kommt (?:das|der|die|es) (?:überhaupt |auch |denn |eigentlich )*bis (?:zu|nach)(?!\p{L})|(?<!\p{L})(?:mit )?was (?:muss|müsste|sollte) ich (?:da |dafür |denn )?(?:preislich |kostenmäßig )?(?:ca\.? |ungefähr |so )?rechnen(?!\p{L})|\bis (?:the|your) (?:[\p{L}-]+ ){1,3}open (?:on )?(?:sundays?|saturdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|today|tomorrow|tonight|early|late|at \d)|^(?:hi |hey |hello )?is (?:the|your|ur) (?:[\p{L}-]+ ){1,3}(?:dog|pet|kid|child|family|wheelchair|buggy|pram)[- ](?:friendly|accessible)\b|(?<!\p{L})(?:wollte|will|möchte|moechte|wollt)\s(?:\p{L}+\s){0,2}wissen,?\s(?:ob|wie|wann|wo)(?!\p{L})|(?<!\p{L})kann man\s(?:\p{L}+\s){1,4}irgendwie(?!\p{L})|\b(?:i )?(?:wanted|want|was wondering|would like) to know (?:if|whether|how|when)\b|(?<!\p{L})is (?:that|this) something (?:you|u|y'all)(?: guys)? (?:do|offer|host|allow|provide|could do)\b|(?<!\p{L})(?:macht|bietet|erlaubt) ihr (?:so ?was|sowas)(?!\p{L})|,\s(?:haben|führen|verkaufen|bieten) sie (?:auch |eigentlich |denn )*(?:einen|eine|ein|welche)\s|(?<![\p{L}])(?:(?:kindly|please) (?:share|provide|send|tell) (?:me |us )?(?:the|your)\s|wie (?:geht|funktioniert) das(?: denn| eigentlich| genau)?\s*(?=[,.]|$)|is there (?:any|a) way (?:to|i|we|of)|is there (?:anyone|anybody|someone|somebody) (?:at|i|we|who|here|there|that)\b|(?:can'?t|cannot|couldn'?t) (?:figure|work) out (?:from [^.!?]{1,30}? )?(?:if|whether|how|where|what)\b|asking (?:here |you )?(?:whether|if)\b|(?:wo|wie|wann|bei wem|an wen)(?: und (?:wo|wie|wann|bei wem|an wen))? wei(?:ß|ss) ich (?:nich|nicht|net)\b|gibt es (?:eine |irgendeine )?möglichkeit|wie kann ich|wie kann man|wie (?:krieg|kriege|bekomm|bekomme) ich|wie (?:mach|mache) ich (?:das|den|die|es)\b|geht das (?:bei euch |bei ihnen )?(?:dass|auch)|any chance (?:the|you|that|of|u)|(?:bzw\.?|und|oder) was kostet (?:das|der|die)|wo kann (?:ich|man)|wo finde ich|wie komm(?:e)? ich|weiß jemand|how (?:do|can) i|where (?:do|can) i|fragezeichen|(?:quick|short|honest|genuine) q(?:uestion)?\b[^.!?]{0,40}\b(?:is|are|do|does|can|will|could|would)\s|wei(?:ß|ss) nur nich[t]? (?:bis wann|wann|ob|wo|wie)|wei(?:ß|ss|s) (?:nich|nicht|net) (?:mehr|mer),? (?:wie|wo|ob|wann)|does any(?:one|body) know (?:if|whether|when|how|where)|wo (?:tipp|trag|geb|meld)\p{L}* (?:ich|man)|question mark|any (?:update|updates|news) (?:on|about) (?:when|my|the|whether|if)|gibt es (?:schon |schon mal |inzwischen )?(?:neuigkeiten|was neues|ein update) (?:zu|bei|wegen)|is it possible to|(?:mich|uns) würde (?:\p{L}+ )?interessieren,? (?:wie|wann|ob|was|warum|welche)|(?:würde|würden) (?:mich|uns) (?:\p{L}+ )?interessieren,? (?:wie|wann|ob|was|warum|welche)|lässt sich (?:\p{L}+ ){0,4}irgendwie|(?:ich )?würde gern(?:e)? wissen,? (?:wie|wann|ob|was|warum|welche)|(?:will|möchte|moechte|wollen|möchten) (?:jetzt |gern(?:e)? |nun |halt )?wissen,? (?:wie|wann|ob|was|warum|welche|wieviele|wie viele)|i(?:'d|’d| would) (?:genuinely |really |honestly )?(?:like|love) to (?:know|hear|understand) (?:how|when|whether|if|what|why|which)|i wonder (?:how|when|whether|if|what|why|which)|(?:ich )?frag(?:e)? (?:ich )?mich,? (?:wie|wann|ob|was|warum|wieso|weshalb|welche)|(?:(?:i|we)(?:'d|’d| would) |would )(?:love|like) to see the (?:data|numbers|figures|source|sources|study|evidence|research)|(?:ich )?würde (?:gern(?:e)? )?(?:die )?(?:daten|zahlen|quelle|quellen|studie) (?:dazu |dahinter )?(?:gern(?:e)? )?sehen|(?:ich )?wollte (?:mal |nur |kurz |euch |sie |dich )?(?:mal |kurz )?(?:fragen|nachfragen),? (?:ob|wie|wann|wo|was|warum|welche)|i was wondering (?:how|when|where|what)|let (?:me|us) know (?:whether|if|when|how|what|which)|(?:fragt|fragen|fragte) (?:\p{L}+ ){0,5}?(?:(?:jeden tag|ständig|dauernd|immer),?\s)?(?:wann|wie lange|wie|ob|wo)|ich frag(?:e)? (?:mal )?hier\b|kann ich (?:\p{L}+ ){0,3}(?:selber|selbst) \p{L}+|(?:oder |od\.? )?geht das (?:auch |irgendwie |vielleicht ){0,2}(?:selber|selbst|online|per app|über die app)(?![\p{L}])|(?:fragt|fragte|asks|asked|wonders|wondered),\s(?:ob|wann|wie|wo|whether|if|when|how)\b|(?:keeps|kept) asking (?:me )?(?:when|how|whether|if)|(?:ich )?finde (?:nirgends|nirgendwo|keine info(?:s)?(?: dazu)?),? (?:wie|wo|ob|eine info)|(?<!(?:ihr habt|du hast|sie haben) )keine ahnung,? (?:wo|wie|ob)|blick\p{L}* (?:\p{L}+ ){0,4}nicht durch,? (?:ob|wie|wo)|wei(?:ß|ss) (?:grad |gerade |jetzt )?nicht weiter|(?:can'?t|cannot|couldn'?t) find (?:anywhere |anything )?(?:on (?:your|the) (?:site|website|page|spec sheet) )?(?:whether|if|how|where|about)|would be good to know (?:if|whether|how)|nothing i'?ve read (?:\p{L}+ ){0,4}has (?:really )?settled|(?<=^|[.!]\s{1,3})welche[rs]? (?:nummer|telefonnummer|adresse|mail|e-mail|hotline) (?:hat|haben|hast|habt|gilt)\b|(?:idk|dunno|not sure|no idea) (?:if|whether) (?:you|u|ya|y'all)|(?:is|was) whether (?:you|u|y'all)|(?<!\p{L})wondering (?:if|whether)|(?:muss|kann|darf|soll) (?:ich|man|wir) (?:[\p{L}\d-]+ ){0,10}?oder (?:reicht|genügt|genuegt|geht) (?:das|es)|wie (?:ist|sind|wird|werden) (?:denn )?(?:euer|eure|ihr|ihre) (?:[\p{L}\d-]+ ){0,3}?(?:eigentlich|denn|genau)|(?:nicht|nich) (?:raus|heraus)gefunden(?: habe| hab)?,? (?:ist,? )?(?:ob|wie|wo|wann)|wie (?:viele|lang|lange) (?:\p{L}+ )?(?:dauert|dauern|braucht|brauchen)|(?:macht|schickt|liefert|bietet|verkauft|installiert) (?:ihr|\p{L}+) (?:so ?was|sowas) (?:eigentlich |auch |überhaupt )+|wie (?:stopp|stoppe|pausier|pausiere|kündig|kündige|änder|ändere|meld|melde) ich)\b/iu;
/**
 * A question asked without its mark, verb first: "Schickt ihr eigentlich auch nach Graz", "Bieten Sie die WP 12
 * eigentlich auch im Leasing an oder nur zum Kauf", "what number do i call if …", "Kann man das irgendwie aussetzen",
 * "gibts die röstung mit dem fuchs noch", "😭 do you guys do a decaf that's actually good".
 */
const VERB_FIRST_QUESTION =
  /(?:^|[.!:]\s+)(?:@[\w.-]+\s+)?(?:(?:hallo|hi|hey|moin|servus|guten tag|hello)(?: (?:liebe|lieber|liebes|lieben|ihr|zusammen|leute|team|all|guys|there)){0,2},?\s+)?(?:schickt|liefert|versendet|bietet|bieten|habt|haben|gibt|macht|machen|nehmt|nehmen|verkauft|verkaufen|kann|könnt|können|darf|dürfen|baut|bauen|installiert|installieren|mahlt|mahlen) (?:ihr|sie|es|man)(?: [\p{L}\d-]+){0,4}? (?:eigentlich|denn|auch|überhaupt|ueberhaupt|irgendwie|schon)\b|,\s(?:baut|macht|bietet|habt|verkauft|liefert|installiert|montiert) (?:ihr|sie) (?:[\p{L}\d-]+ ){0,3}?(?:auch|eigentlich)\b[^.!?]{0,80}\boder\b|(?:^|[.!:]\s+|\p{Extended_Pictographic}\s*)(?:gibts|gibt's|gibt es) (?:[\p{L}\d-]+ ){1,8}?noch\b(?![^.!?]{0,40}\b(?:leute|menschen|firmen|jemand)\b)|(?:^|[.!:]\s+|\p{Extended_Pictographic}\s*)(?:kann|darf) ich (?:[\p{L}\d-]+ ){0,4}?(?:bei euch|bei ihnen) (?:[\p{L}\d-]+ ){0,5}?[\p{L}]+ oder\b|(?:^|[.!:]\s+|\p{Extended_Pictographic}\s*)(?:kriegt|kriegen|bekommt|bekommen) (?:ihr|sie|man)(?: [\p{L}\d-]+){0,4}? (?:eigentlich|denn|auch|überhaupt|ueberhaupt)\b[^.!?]{0,60}\boder\b|(?:^|[.!:]\s+|\p{Extended_Pictographic}\s*)(?:gibts|gibt's|gibt es) (?:[\p{L}\d-]+ ){0,4}?(?:auch|eigentlich|eig|eigtl|denn)\b[^.!?]{0,60}\boder (?:muss|soll|kann) (?:ich|man)\b|(?:^|[.!:]\s+)(?:what|which) (?:number|email|address|hotline|phone) (?:do|should|can) (?:i|we)\b|(?:^|[.!:]\s+|\p{Extended_Pictographic}\s*)(?:@[\p{L}\d_.-]+\s+)?(?:(?:hi|hey|hello)(?: (?:there|team|guys|all))?,?\s+)?(?:do|are|can|could|will) (?:you|u|ya|y'all)(?: guys| all| folks| lot)?(?: even| actually| also)? (?:ship|deliver|send|sell|offer|open|still|have|take|accept|do|install|stock|serve)\b/iu;
/**
 * Two ways asked between, without a mark: "kann ich das was jeden monat abgebucht wird irgendwie selber runtersetzen
 * oder muss ich da anrufen", "can I change it myself or do I have to call", "can I get your stuff sent over to
 * Dublin or is it germany only".
 */
const EITHER_OR =
  /(?:^|[.!:]\s+|\p{Extended_Pictographic}\s*)(?:hat|haben|ist|sind) (?:der|die|das) (?:laden|café|cafe|filiale|shop|hotline) (?:[\p{L}\d-]+ ){0,6}?(?:auf|offen|geöffnet|zu) oder\b|(?:^|[.!:]\s+|\p{Extended_Pictographic}\s*)(?:kann|muss|darf|soll) (?:ich|man|wir) (?:[\p{L}\d-]+ ){0,10}?oder (?:muss|soll|kann|darf) (?:ich|man|wir)\b|(?:^|[.!:]\s+|\p{Extended_Pictographic}\s*)(?:can|do|should) (?:i|we) (?:[\p{L}\d'-]+ ){0,10}?or (?:do|does|should|can|must) (?:i|we)\b|(?:^|[.!:,]\s+|\p{Extended_Pictographic}\s*)(?:can|could) (?:i|we) (?:[\p{L}\d'-]+ ){0,10}?or (?:is|are) (?:it|that|this|shipping|delivery) (?:[\p{L}\d'-]+ )?only\b|(?:^|[.!:,]\s+)is (?:the|your|ur) (?:[\p{L}\d'-]+ ){1,8}?or (?:do|am|will|should|can) (?:i|we)\b|(?:^|[.!:,]\s+|\p{Extended_Pictographic}\s*)(?:kommt|liefert|schickt|versendet|habt|könnt|koennt|macht|seid) ihr (?:[\p{L}\d-]+ ){0,10}?oder (?:muss|soll|kann|darf) (?:ich|man|wir)\b/iu;
/**
 * "Wer bei euch Kunde ist, ist selber schuld", "Wer nochmal bei Rheinwerk unterschreibt, dem ist nicht mehr zu
 * helfen", "Whoever …, deserves …": a saying about people, asked of nobody.
 */
const SAYING =
  /^\W*(?:wer|whoever)\b[^?]*,\s*(?:(?:der|die|dem|den|denen)\s+)?(?:ist|hat|muss|soll|sollte|kann|braucht|darf|verdient|is|has|deserves|should|must|can)\b|^\W*wie\s(?:so\s)?(?:ein|eine|einer|der|die|das|mein|meine)\s(?:\S+\s){1,3}?(?:sagte|sagt|meinte|schrieb|schreibt)\b/iu;
/**
 * Irony said to be irony: "#not", "#ironie", a closing "/s", "NOT!", or a lone "Nicht." after the last sentence
 * ("Komm ganz bestimmt wieder. Nicht.").
 */
export const SARCASM_TAG =
  /#(?:not|ironie|ironieoff|sarkasmus|sarcasm|irony)(?![\p{L}\d])|(?:^|\s)\/s\b|\b(?:not|nicht)!+\s*$|(?<=[.!]\s{1,2})(?:nicht|not)[.!]*\s*(?:\p{Extended_Pictographic}\s*)*$/iu;
/** "Heute sagenhafte 0,4 kWh", "a whopping 0.3 kWh": a boast before less than one is a figure laughed at. */
const BOASTED_NOTHING =
  /(?<!\p{L})(?:sagenhafte|sagenhaften|stolze|stolzen|satte|satten|gewaltige|gewaltigen|gigantische|gigantischen|unglaubliche|unglaublichen|sensationelle|sensationellen|whopping|staggering|massive|mighty|impressive|incredible)\s0(?:[.,]\d+)?(?!\d)/iu;
const ONLY = new Set(["nur", "only"]);
/**
 * "Kann User nicht ernst nehmen, die nur melden": "(ich) kann …" with its subject dropped says, it does not ask; so does
 * "muss mal sagen: …".
 */
const SUBJECT_DROPPED =
  /^\W*(?:kann|muss|will|darf|soll|könnte|koennte|würde|wuerde)\s(?!(?:ich|man|sie|er|es|ihr|du|wir|das|der|die|dies|jemand|einer|mir|mich|uns|euch|mal|noch)(?!\p{L}))\p{L}+[^?]*$|^\W*(?:muss|will|wollt|wollte|möchte|moechte)\s(?:ich\s)?(?:(?:auch|einfach|nur|kurz|mal|hier|jetzt)\s){0,4}(?:sagen|loswerden|gesagt werden|erzählen|loben)(?!\p{L})[^?]*$/iu;
const IN_ADVANCE = /^(?:in advance|im voraus|vorab|schon mal|schonmal)(?:\s|$)/u;
/** "Thanks in advance!", "Danke im Voraus": thanks for help not yet given, a courtesy and no praise. */
export function inAdvance(tokens: readonly Token[], hit: Hit): boolean {
  return IN_ADVANCE.test(keysIn(tokens, hit.to + 1, hit.to + 3));
}
const DENYING_AUXILIARY = new Set(["havent", "hasnt", "hadnt", "wouldnt", "wont"]);
const REFUSED = new Set(["nee", "nein", "no", "noe", "ne", "nah", "nope"]);
/** "Nice, but …": what follows the turn is what the comment is about. */
const CONTRAST = new Set(["but", "however", "aber", "jedoch", "allerdings", "trotzdem", "schade"].map(wordKey));
const HEAVY: ReadonlySet<string> = new Set(["insult", "identity-hate", "threat", "harassment"]);

/**
 * Counts hits, negated ones apart. Around a turn ("…, but …") praise before it weighs half and complaints after
 * it one and a half, so that polite praise before the real point does not outweigh it.
 */
function countUnnegated(
  normalised: Normalised,
  hits: readonly Hit[],
  turn: number,
  side: "praise" | "complaint",
): { kept: number; negated: number } {
  let kept = 0;
  let negated = 0;
  for (const hit of hits) {
    const before = turn >= 0 && hit.from < turn;
    const weight = turn < 0 ? 1 : side === "praise" ? (before ? 0.5 : 1) : before ? 1 : 1.5;
    // "Not a complaint exactly, but …", "Keine Kritik, aber …": a hedge before the point, nothing good said.
    if (side === "complaint" && hedged(normalised.tokens, hit)) continue;
    if (
      negatedAt(normalised, hit.from, 2) ||
      // "the reason I haven't recommended you", "I wouldn't recommend them": praise denied by an auxiliary the
      // violations do not read as a negation ("won't stop calling you …" still insults).
      (side === "praise" && DENYING_AUXILIARY.has(normalised.tokens[hit.from - 1]?.key ?? "")) ||
      (side === "complaint" && (resolved(normalised, hit) || neverOnce(normalised.tokens, hit.from)))
    )
      negated += weight;
    else kept += weight;
  }
  return { kept, negated };
}

/** "Not a complaint exactly, but", "keine Kritik, aber": a complaint word denied only to say the point comes after. */
function hedged(tokens: Normalised["tokens"], hit: Hit): boolean {
  return (
    hit.from === hit.to &&
    /^(?:complaint|criticism|kritik|beschwerde|gemecker|rant|moan)$/u.test(tokens[hit.from]?.key ?? "") &&
    tokens.slice(Math.max(0, hit.from - 2), hit.from).some((token) => /^(?:not|no|keine|kein)$/u.test(token.key)) &&
    tokens.slice(hit.to + 1, hit.to + 3).some((token) => token.key === "but" || token.key === "aber")
  );
}

/**
 * "Habt ihr sie eigentlich noch alle?", "Geht's noch?", "are you lot having a laugh?": an outburst with a question
 * mark asks nothing; a comment whose every question is one is no question.
 */
const RHETORICAL =
  /^(?:\p{P}|\s)*(?:habt ihr (?:sie|se)\s(?:(?:eigentlich|denn|echt|wirklich|noch)\s)*alle|geht'?s noch|seid ihr (?:(?:eigentlich|denn|echt|noch)\s)*(?:bescheuert|irre|verrückt|wahnsinnig|zu retten)|(?:are|r) (?:you|u)(?: lot| guys)? (?:kidding|serious|joking|having a laugh)|(?:is )?any(?:one|body) (?:alive|awake|home|working)(?: over)?(?: there| at \p{L}+)?|(?:is )?any(?:one|body)(?: at \p{L}+)? (?:actually |even )?capable of|who (?:signs off on|approves|came up with|thought up) (?:this|that)|lebt (?:da|bei euch) (?:noch )?(?:jemand|wer)|schlaft ihr)\b[^?]*\?+\s*$|^(?:\p{P}|\s)*(?:echt jetzt|ernsthaft|seriously|wie bitte)\s*\?+\s*$|^(?:\p{P}|\s)*(?:mal ehrlich,?\s)?(?:wer liest|who (?:even |actually )?reads)\b[^?]*\?+\s*$|\bmerkt ihr (?:das |es )?(?:selbst|eigentlich|noch)\b[^?]*\?+\s*$|\bwie passt das (?:\p{L}+ )?zusammen\s*\?+\s*$|\b(?:fair|nachhaltig|transparent|regional|grün|fair to) (?:für wen|whom)(?: genau)?\s*\?+|^(?:\p{P}|\s)*[\p{L}-]+,\s(?:wa|ne|nä|gell|gelle|woll|newa|innit)\s*\?+\s*$|\b(?:honestly|ehrlich gesagt|ganz ehrlich)\s*\?+\s*$|\b(?:ich glaub(?:e)?|glaube ich|i think)\s(?:sie|er|she|he|her name|his name)\s(?:heißt|heisst|hieß|hiess|is|was)(?: called)?\s\p{L}+\s*\?+\)?(?=\s|$)/iu;
const JUST_ME =
  /\b(?:is it (?:just|only) me,? or|am i the only one|bin ich (?:der|die) einzige|kommt (?:es|das) nur mir so vor|ist das nur bei mir so)\b/iu;
/**
 * A name guessed in brackets: "an die frau an der hotline (schubert? schuster? irgendwas mit sch)", "(Anton, glaub
 * ich?)". Nothing in it is asked of the company.
 */
const GUESSED =
  /\((?![^()]*(?<!\p{L})(?:wann|wo|wie|was|warum|wieso|wer|welche\p{L}*|when|where|how|what|why|who|which)(?!\p{L}))[^()?]{0,30}\?[^()]{0,40}\)/giu;
/**
 * "Wärmepumpe von Rheinwerk? Da erfrier ich lieber gleich.", "Your oat latte? No thanks, I'd rather …": a thing of
 * ours echoed as a question and turned down at once asks nothing.
 */
const ECHO_TURNED_DOWN =
  /^\s*(?:[\p{L}\d-]+\s){0,4}[\p{L}\d-]+\?+\s+(?:(?:da|dann|na dann|nee|nein|no)\b[^.!?]{0,60}\b(?:lieber|rather|danke|thanks)\b|(?:no thanks|nein danke|nee danke|lieber nicht|i'?d rather))/iu;
function onlyRhetorical(whole: string): boolean {
  const text = whole.replace(GUESSED, " ");
  if (ECHO_TURNED_DOWN.test(text) && askingSentences(text).length === 1) return true;
  if (text !== whole && !text.includes("?")) return true;
  // "… lower than the quote?? I'm deeply suspicious 🤨😂 Jokes aside, huge thanks to Marek": what came before the joke
  // is set aside asks nothing.
  const aside = JOKES_ASIDE.exec(text);
  if (aside && !text.slice(aside.index).includes("?")) return true;
  const asking = askingSentences(text);
  // "decaf actually tastes like coffee??? … thank u": amazement, thanked for, asks nothing; "shoutout to … also the
  // decaf is actually good?? who knew" too.
  if (
    asking.length > 0 &&
    asking.every((sentence) => AMAZED.test(sentence)) &&
    /\b(?:thank|thanks|thx|danke|shout-?\s?out|kudos|props)/iu.test(text)
  )
    return true;
  // "Plastikdeckel bei To-go? Ernsthaft, 2025?": a thing named, then disbelief; nothing is asked.
  if (
    asking.some((sentence) => DISBELIEF.test(sentence.trim())) &&
    asking.every((sentence) => DISBELIEF.test(sentence.trim()) || NAMED_ONLY.test(sentence.trim()))
  )
    return true;
  return asking.length > 0 && asking.every((sentence) => RHETORICAL.test(sentence.trim()));
}

/** Disbelief as a question: "Ernsthaft?", "Ernsthaft, 2025?", "seriously, in 2025?", "Echt jetzt?". */
const DISBELIEF =
  /^(?:\p{P}|\s)*(?:echt jetzt|ernsthaft|seriously|wie bitte|really)(?:,?\s(?:im jahr\s|in\s)?(?:19|20)\d{2})?\s*\?+\s*$/iu;
/** A thing named with a question mark and no word that asks: "Plastikdeckel bei To-go?". */
const NAMED_ONLY =
  /^(?!.*(?<!\p{L})(?:wie|was|wann|wo|warum|wieso|weshalb|welche\p{L}*|wer|kann|können|koennen|gibt|habt|haben|hat|ist|sind|seid|macht|how|what|when|where|why|which|who|can|do|does|is|are|will)(?!\p{L}))(?:\S+\s){0,4}\S+\?+$/iu;

/** The sentences of a comment that carry a question mark. */
function askingSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/u).filter((sentence) => sentence.includes("?"));
}

/** Every question a doubled mark with no question word or verb to open it: "for real??", "and no extra charge??". */
function amazedOnly(text: string): boolean {
  const asking = askingSentences(text);
  // Not "€18.50 for 250g now?? love your Ethiopia roast but …": a price asked about in disbelief, and a "but".
  return (
    asking.length > 0 &&
    asking.every(
      (sentence) =>
        (EXCLAIMED.test(sentence.trim()) || PRAISE_ASKED.test(sentence)) &&
        !/[€£$]|\d/u.test(sentence) &&
        // "If it packs in on a Sunday night who do I ring??": what to do, asked late in the sentence.
        !/\b(?:who|where|how|when|what|wen|wo|wie|wann|was)\s(?:do|can|should|shall|muss|kann|soll)\s(?:i|we|ich|wir)\b/iu.test(
          sentence,
        ),
    ) &&
    // "… instead of plastic?? small thing but I noticed 👌": a "but" that only plays the praise down is no turn.
    !/\b(?:but|aber|however|jedoch|allerdings)\b/iu.test(
      text.replace(/\bsmall thing,? but\b|\bkleinigkeit,? aber\b|\bkleine sache,? aber\b/giu, " "),
    )
  );
}
// "Guten Tag, wo finde ich die Rechnung??": a question after a greeting is still asked.
/** "who gave you permission to make oat flat whites this good??", "wer hat euch erlaubt, so guten Kuchen zu backen?". */
const PRAISE_ASKED =
  /\b(?:who|wer)\s(?:gave|allowed|said|hat)\b[^?]{0,60}\b(?:permission|erlaubt|allowed)\b[^?]{0,60}\b(?:this|so)\s(?:good|tasty|delicious|gut\p{L}*|lecker\p{L}*)/iu;
const EXCLAIMED =
  /^(?!(?:(?:guten (?:tag|morgen|abend)|hallo|hi|hey|moin|servus|hello|good morning)[,!]?\s+)?(?:\S+\s+)?(?:wann|wo|wie|was|warum|wieso|wer|welche\p{L}*|when|where|how|what|why|who|which|can|could|do|does|did|is|are|r|u|will|would|should|have|has|habt|hast|gibt|gibts|kann|kannst|könnt|koennt|können|ist|sind|seid|macht|bietet|liefert)\b)[^?]*(?:\?{2,}|\?!|!\?)$/iu;

const AMAZED =
  /^(?!\s*(?:wann|wo|wie|was|warum|wer|when|where|how|what|why|who|which|can|do|does|is|are)\b)[^?]*\b(?:actually|really|tatsächlich|wirklich|echt)\b[^?:]*\?{2,}/iu;
const JOKES_ASIDE =
  /\b(?:jok(?:es|ing) aside|all jokes aside|kidding aside|spa(?:ß|ss) beiseite|spa(?:ß|ss) bei seite|im ernst)\b/iu;

/** Nouns of a process a customer asks about; in a question they are its topic, not a complaint. */
const ASKED_TOPICS = new Set(
  [
    "erstattung",
    "rueckerstattung",
    "gutschrift",
    "retoure",
    "ruecksendung",
    "kuendigung",
    "stornierung",
    "storno",
    "refund",
    "refunds",
    "return",
    "returns",
    "cancellation",
    "reimbursement",
  ].map(wordKey),
);

/** Undoing a problem: "sorted my issue", "hat mein Problem gelöst", "fixed the bug". */
const RESOLVING = new Set(
  [
    "sorted",
    "solved",
    "fixed",
    "resolved",
    "sorting",
    "solving",
    "fixing",
    "resolving",
    "geloest",
    "behoben",
    "geklaert",
    "erledigt",
    "repariert",
    "loesen",
    "beheben",
  ].map(wordKey),
);

/**
 * A problem someone solved: a resolving word two tokens before or five after, itself not negated ("never fixed my
 * issue", "immer noch nicht gelöst").
 */
function resolved(normalised: Normalised, hit: { from: number; to: number }): boolean {
  const { tokens } = normalised;
  // German puts the participle last: "hat mein Problem in 5 Minuten gelöst".
  for (let at = Math.max(0, hit.from - 2); at <= Math.min(tokens.length - 1, hit.to + 5); at++) {
    const token = tokens[at];
    // "the fixed-price tariff": a word of a compound, nothing fixed.
    if (token && RESOLVING.has(token.key) && normalised.text.charAt(token.end) !== "-" && !negatedAt(normalised, at, 3))
      return true;
  }
  return false;
}

/** "a mug that says …", "ein Schild mit der Aufschrift …": what is printed on a thing. */
const PRINTED_ON =
  /(?<!\p{L})(?:mug|cup|shirt|t-shirt|sign|poster|sticker|tasse|becher|schild|aufkleber|plakat)\s(?:that|which|with|die|das|der|mit)?\s?(?:says|reads|said|sagt|aufschrift|drauf)(?:\s\p{L}+)?$/u;

const OFFER_WORDS = new Set(["happy", "glad", "pleased"]);
const OFFER_VERBS = new Set([
  "share",
  "help",
  "send",
  "provide",
  "explain",
  "discuss",
  "talk",
  "chat",
  "show",
  "assist",
  "answer",
  "support",
  // "Happy to sort it out, just need to know how", "happy to pay the difference": willing, not pleased.
  "sort",
  "pay",
  "wait",
  "return",
  "swap",
  "resend",
  "fix",
]);

function offers(tokens: Normalised["tokens"], hit: { from: number; to: number }): boolean {
  if (hit.from !== hit.to) return false;
  // "I'd love to understand how …", "would love to see the data": a wish, not praise.
  if (tokens[hit.from]?.key === "love" && tokens[hit.to + 1]?.key === "to") {
    return WISHING.has(tokens[hit.from - 1]?.key ?? "");
  }
  // "I'd appreciate a bit more honesty in the marketing", "would really appreciate an answer": a request.
  if (tokens[hit.from]?.key.startsWith("appreciat")) {
    const before = tokens[hit.from - 1]?.key ?? "";
    return (
      WISHING.has(before) ||
      (/^(?:really|greatly|much|very)$/u.test(before) && WISHING.has(tokens[hit.from - 2]?.key ?? ""))
    );
  }
  // "It would be good to see real data", "wäre schön, wenn …": a wish, not praise.
  if (
    WISHED.has(tokens[hit.from]?.key ?? "") &&
    /\b(?:would be|d be|waere|wuerde)$/u.test(keysIn(tokens, hit.from - 2, hit.from))
  ) {
    return true;
  }
  if (!OFFER_WORDS.has(tokens[hit.from]?.key ?? "")) return false;
  return tokens[hit.to + 1]?.key === "to" && OFFER_VERBS.has(tokens[hit.to + 2]?.key ?? "");
}
const WISHING = new Set(["id", "would", "wed", "youd", "shed", "hed", "theyd"]);
const WISHED = new Set(["good", "great", "nice", "helpful", "useful", "gut", "schoen", "toll", "super", "hilfreich"]);

/** "With respect, …", "with all due respect", "bei allem Respekt": the opener of an objection, no praise. */
function withRespect(tokens: Normalised["tokens"], hit: { from: number; to: number }): boolean {
  const key = tokens[hit.from]?.key ?? "";
  if (key !== "respect" && key !== "respekt") return false;
  const before = keysIn(tokens, hit.from - 3, hit.from);
  return /\b(?:with|allem|aller)$|\bwith all (?:due )?$|\bwith due$/u.test(before);
}

/** "Schon wieder Wartung mitten im Abschluss? Ernsthaft?": a sentence of its own that only asks whether they mean it. */
const EXASPERATED = gated(
  // A word every arm needs: most comments hold none.
  /\b(?:ernsthaft|echt|ernst|wirklich|seriously|really|serious|kidding|schwer|verlangt|ask|kill|friend|freund|age|20\d\d)\b/iu,
  /(?:^|[.!?…]\s*)(?:ernsthaft|echt jetzt|im ernst|wirklich jetzt|seriously|really|are you serious|are you kidding(?: me)?)(?:,?\s(?:im jahr\s|in\s)?20\d\d)?\s*[?!]*\?[?!]*\s*(?:[🙄😤😡🤦]\S*\s*)*$|\b(?:wäre (?:das|es|eine?n?)\b[^.!?]{0,60}\bso schwer|(?:ist|wäre) (?:das|es) zu viel verlangt|is (?:it|that) too much to ask|would it kill (?:you|them))\b[^.!?]*\?|\basking for a friend\b|\bfrage für einen freund\b|\b(?:im jahr(?:e)?|(?<!\b(?:back|since|seit|from|until|till|bis)\s)in)\s+20(?:2[4-9]|[3-9]\d)\s*\?|\bin this day and age\b|(?:^|[.!?]\s*)(?:it'?s|it is|wir haben) 20\d\d[.!]*\s*$/iu,
);

const MODAL = new Set(["can", "could", "will", "would", "may", "might", "do", "does"]);
function stillPossible(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.key !== "still") return false;
  return MODAL.has(tokens[at - 1]?.key ?? "") || MODAL.has(tokens[at - 2]?.key ?? "");
}

const STILL_LEFT =
  /^(?:(?:about|around|roughly|over|nearly|almost)\s)?(?:(?:a|an)\s)?(?:quarter|half|third|full|halfway)(?:\s|$)/u;

/** "seit gut einem Jahr", "a good three weeks": "gut" before an amount of time is "a little more than", no praise. */
export function approximately(tokens: readonly Token[], hit: Hit): boolean {
  if (hit.from !== hit.to || !/^(?:gut|gute|good)$/u.test(tokens[hit.from]?.key ?? "")) return false;
  const next = tokens[hit.from + 1]?.key ?? "";
  const unit = tokens[hit.from + 2]?.key ?? "";
  // "ein Angebot, das gut 8.000 € über dem eines Heizungsbauers lag": a good eight thousand, an amount.
  // "kommt zu gut 40 % aus Erdgas": any figure after it.
  if (/^\d/u.test(next)) return true;
  // "gut die Hälfte der Menschen", "a good half of them": a share.
  if (/^(?:die|ein|a)$/u.test(next) && /^(?:haelfte|drittel|viertel|half|third|quarter)$/u.test(unit)) return true;
  return (
    /^(?:ein|eine|einem|einen|einer|zwei|drei|vier|fuenf|sechs|zehn|zwanzig|a|two|three|four|five|ten|twenty|\d+)$/u.test(
      next,
    ) &&
    /^(?:jahr|jahre|jahren|jahres|monat|monate|monaten|woche|wochen|tag|tage|tagen|stunde|stunden|minuten|year|years|month|months|week|weeks|day|days|hour|hours|minutes|halbe)$/u.test(
      unit,
    )
  );
}

/** What tastes sour: "mein Kaffee … so sauer", "der Espresso war sauer". */
const SOUR_DRINK =
  /^(?:\p{L}*kaffee|espresso|cappuccino|bohnen|brew|aufguss|shot|tasse|siebtraeger|schmeckt|schmecken|schmeckte)$/u;
/** A drink just before "sauer", and no one who could be cross ("Kaffee kalt, ich bin sauer"). */
function sourDrink(before: readonly Token[]): boolean {
  return before.some((token) => SOUR_DRINK.test(token.key)) && !before.some((token) => CROSS_ONE.has(token.key));
}
const CROSS_ONE = new Set(["ich", "bin", "wir", "sind", "mich", "uns"]);
const SOUR_BEFORE = new Set([
  "schmeckt",
  "schmecken",
  "schmeckte",
  "schmeckten",
  "zu",
  "leicht",
  "etwas",
  "bisschen",
  "ziemlich",
]);
const GUTTED_BY = new Set(["you", "to", "they", "we", "i", "will", "would", "did", "completely", "totally", "just"]);

const THANK_YOU_THING = /^dankes(?:karte|karten|brief|briefe|schreiben|rede|worte)$/u;

export function readTone(normalised: Normalised, violations: readonly Violation[], toxicity: number): ToneReading {
  const { tokens, emoji } = normalised;
  // "Schlange bis zur Tür und trotzdem nach 3 Minuten meinen Flat White": "and still", said of the praise, no turn.
  // "Schöne Kampagne. Nur: bei Ihnen heißt das …": "only", followed by a colon, turns as "but" does.
  const turn = tokens.findIndex(
    (token, index) =>
      index > 0 &&
      token.kind === "word" &&
      (CONTRAST.has(token.key) || (ONLY.has(token.key) && /^\s*:/u.test(normalised.text.slice(token.end)))) &&
      !(token.key === "trotzdem" && tokens[index - 1]?.key === "und") &&
      // "Small thing, but it makes a real difference", "Kleinigkeit, aber …": the praise made bigger, not turned.
      !/(?:^|\s)(?:small|little|tiny) things?$|(?:^|\s)(?:kleinigkeit|kleine sache)$/u.test(
        keysIn(tokens, index - 3, index),
      ),
  );
  // "Happy to share the data", "gerne helfen wir": an offer, not praise; "I'd love to know": a wish.
  // "your customer service used to be great", "Ich bestelle seit 3 Jahren bei euch und war immer zufrieden": praise of
  // what it was is no praise now.
  // "the app is super slow", "drains super quickly": a word of praise that only strengthens a complaint or sits inside
  // a failure praises nothing.
  const complaintHitsRaw = LEXICON.complaints.find(tokens);
  const failed = [...LEXICON.failure.find(tokens), ...complaintHitsRaw.filter((hit) => hit.to > hit.from)];
  const complaintStarts = new Set(complaintHitsRaw.map((hit) => hit.from));
  const praiseHits = LEXICON.praise
    .find(tokens)
    .filter(
      (hit) =>
        !complaintStarts.has(hit.to + 1) &&
        !failed.some((failure) => failure.from <= hit.from && hit.to <= failure.to) &&
        !offers(tokens, hit) &&
        !once(tokens, hit) &&
        !almost(tokens, hit) &&
        !withRespect(tokens, hit) &&
        !approximately(tokens, hit),
    )
    // "switches off perfectly good nuclear plants": a thing that still works, said of it before its noun; no praise.
    .filter(
      (hit) =>
        !(
          tokens[hit.from]?.key === "good" &&
          tokens[hit.from - 1]?.key === "perfectly" &&
          tokens[hit.from + 1]?.kind === "word" &&
          !/^\s*[,.;!?]/u.test(normalised.text.slice(tokens[hit.from]?.end ?? 0))
        ),
    )
    // "out of a mug that says World's Best Boss": words printed on a thing are no praise of ours.
    .filter((hit) => !PRINTED_ON.test(keysIn(tokens, hit.from - 6, hit.from)))
    // "Its been a long wait! Thanks in advance!", "Danke im Voraus": thanks for help not yet given are a courtesy.
    .filter((hit) => !inAdvance(tokens, hit))

    // "what happens when you gut local news": the English verb, not the German "gut".
    .filter((hit) => !(tokens[hit.from]?.key === "gut" && GUTTED_BY.has(tokens[hit.from - 1]?.key ?? "")))
    // "Guten Morgen, wo finde ich …": a greeting is no praise.
    .filter(
      (hit) =>
        !(
          /^gute[nr]?$/u.test(tokens[hit.from]?.key ?? "") &&
          /^(?:morgen|tag|abend|nachmittag|mittag)$/u.test(tokens[hit.from + 1]?.key ?? "")
        ),
    )
    // "my gas boiler works perfectly fine thank you very much": thanks that wave the company off.
    .filter(
      (hit) =>
        !(
          THANKS.has(tokens[hit.from]?.key ?? "") &&
          /^thank/u.test(tokens[hit.from]?.key ?? "") &&
          WAVED_OFF.test(normalised.text)
        ),
    )
    // "… am Ende kassiert ihr ab. Nee danke.", "no thanks": thanks refused.
    .filter((hit) => !(THANKS.has(tokens[hit.from]?.key ?? "") && REFUSED.has(tokens[hit.from - 1]?.key ?? "")))
    // "I'd be way more impressed if you published what you pay": praise wished for, not given.
    .filter((hit) => !/(?:^|\s)(?:id|would) be (?:\p{L}+ )?more$/u.test(keysIn(tokens, hit.from - 4, hit.from)))
    // "Sticker, Dankeskarte, Flyer": a thank-you card in the parcel is a thing, not thanks.
    .filter((hit) => !THANK_YOU_THING.test(tokens[hit.from]?.key ?? ""))
    // "my German is not good enough for a phone call": the writer's own skill, no judgement of anyone's work.
    .filter((hit) => !OWN_SKILL.test(keysIn(tokens, Math.max(0, hit.from - 5), hit.from)))
    // "noch NIE so schnell bedient worden": "schnell" inside the praise phrase is not praise denied by its "nie".
    .filter(
      (hit, _, all) =>
        !all.some((outer) => outer !== hit && outer.from < hit.from && outer.to >= hit.to && outer.to > outer.from),
    );
  const praise = countUnnegated(normalised, praiseHits, turn, "praise");
  // "… wie lange dauert die Erstattung?": a refund asked about is a topic, not a complaint.
  const asked = normalised.questionMarks > 0;
  const complaintHits = complaintHitsRaw
    .filter((hit) => !(asked && hit.from === hit.to && ASKED_TOPICS.has(tokens[hit.from]?.key ?? "")))
    // "can you still install a heat pump there?": whether it is possible, asked; no "still waiting".
    .filter((hit) => !(asked && hit.from === hit.to && stillPossible(tokens, hit.from)))
    .filter((hit) => !notAComplaint(normalised, hit))
    // "My German is terrible and he walked me through every bean": the writer's own skill, no fault of anyone's.
    .filter((hit) => !OWN_SKILL.test(keysIn(tokens, Math.max(0, hit.from - 5), hit.from)))
    .filter((hit) => !ownTrouble(tokens, hit.from))
    // "Ours is a 6,000 litre tank … still about a quarter full": how much is left, nothing still wrong.
    .filter(
      (hit) => !(tokens[hit.from]?.key === "still" && STILL_LEFT.test(keysIn(tokens, hit.from + 1, hit.from + 5))),
    )
    // "… do you sell your Guatemala as green beans? Still curious 🙂": still keen to know, nothing still wrong.
    .filter((hit) => !(tokens[hit.from]?.key === "still" && STILL_KEEN.has(tokens[hit.from + 1]?.key ?? "")))
    // "I've been trying to recreate it for a week and failing 😂": the writer's own attempt, no fault of ours.
    .filter((hit) => !OWN_ATTEMPT.test(keysIn(tokens, Math.max(0, hit.from - 9), hit.from)))
    // "oder gibt das Ärger mitm Vertrag 🤔": trouble asked about, none had.
    .filter(
      (hit) =>
        !(
          tokens[hit.from]?.key === "aerger" &&
          /(?:^|\s)(?:gibt|gibts)(?: das)?$/u.test(keysIn(tokens, hit.from - 2, hit.from))
        ),
    )
    // "I feel a lot less lost now", "zwei Winter ohne Probleme": a bad thing lessened or denied.
    .filter((hit) => !LESSENED_BY.has(tokens[hit.from - 1]?.key ?? ""))
    // "Hatte mich vor zwei Wochen hier beschwert weil mein Paket kaputt ankam … Ersatz war 3 Tage später da": what
    // was complained of before, told as the start of the story.
    .filter((hit) => !complainedBefore(normalised, hit.from))
    // "the panels … started feeding in again", "works again": something back at work, nothing gone wrong again.
    .filter((hit) => !(tokens[hit.from]?.key === "again" && hit.from === hit.to && resumed(tokens, hit.from)))
    // "never had so little to complain about", "zero mess": a complaint word inside a phrase of praise.
    .filter((hit) => !insidePhrase(praiseHits, hit));
  const complaints = countUnnegated(normalised, complaintHits, turn, "complaint");
  // "10/10 for the WP 9", "Holiday Blend >>>": a top rating, or a thing set above everything, is praise.
  const rated = TOP_RATING.test(normalised.text) ? 1 : 0;
  // "that oat flat white in Kreuzberg this morning 🔥🔥": fire beside food or drink, and nothing else violent or
  // negative, is the highest praise; beside anything else it may be arson and is never read as praise.
  const fire =
    complaints.kept === 0 &&
    emoji.violent > 0 &&
    emoji.violent === (normalised.text.match(/🔥/gu)?.length ?? 0) &&
    ON_FIRE.test(normalised.text)
      ? 1
      : 0;
  // "The last bags tasted … burnt. Please don't go mainstream on us 🙏": folded hands after a plea, beside a complaint,
  // beg; they thank nobody. Not "bitte nie die Röstung ändern 🙏" of a roast loved.
  const begged = emoji.thanks > 0 && complaints.kept > 0 && BEGGED.test(normalised.text) ? 1 : 0;
  const positive = praise.kept + emoji.positive + emoji.thanks - begged + complaints.negated + rated + fire;
  // "unfassbar gut", "unfassbar lecker": a word of outrage before praise only makes the praise stronger.
  // "ein Filterkaffee, der nicht sauer ist": a word of anger denied right before it says nothing angry.
  const angerWords = LEXICON.anger.find(tokens).filter(
    (hit) =>
      !praiseHits.some((p) => p.from === hit.to + 1) &&
      !negatedAt(normalised, hit.from, 1) &&
      // "Hate to be that guy but your café is in Ottensen": the idiom that opens a correction.
      !(tokens[hit.from]?.key === "hate" && keysIn(tokens, hit.from + 1, hit.from + 4) === "to be that") &&
      // "schmeckt sauer", "etwas zu sauer", "warum mein Kaffee immer so sauer war": sour, not cross.
      !(
        tokens[hit.from]?.key === "sauer" &&
        (SOUR_BEFORE.has(tokens[hit.from - 1]?.key ?? "") ||
          // "warum mein Siebträger so sauer zieht": a shot extracted sour.
          /^(?:schmeck|zieht$|ziehen$|zog$)/u.test(tokens[hit.from + 1]?.key ?? "") ||
          sourDrink(tokens.slice(Math.max(0, hit.from - 5), hit.from)))
      ),
  ).length;
  const exasperated = EXASPERATED.test(normalised.text) ? 1 : 0;
  // "the new flavour is SO good 😭😭": crying beside praise is being overwhelmed, not sadness.
  // "🥹" beside praise, counted as crying but not as sad, takes nothing below zero.
  const sad = praise.kept > 0 && complaints.kept === 0 ? Math.max(0, emoji.sad - emoji.crying) : emoji.sad;
  // "Love the beans, but for a brand that talks this much about sustainability it's strange that …": praise before a
  // "but" that opens a long point of its own, with no praise and no question after it, is the criticism's preface.
  const turned =
    turn > 0 &&
    praise.kept > 0 &&
    !praiseHits.some((hit) => hit.from > turn) &&
    !/\?/u.test(normalised.text.slice(tokens[turn]?.end ?? 0)) &&
    tokens.slice(turn + 1).filter((token) => token.kind === "word").length >= 10
      ? 1
      : 0;
  const lowRated = LOW_RATING.test(normalised.text) ? 1 : 0;
  const negative = complaints.kept + sad + praise.negated + angerWords + exasperated + turned + lowRated;
  // Praise in scare quotes says the opposite: a quoted kind word, or one quoted lower-case word alone
  // ('Danke für die "schnelle" Bearbeitung', 'thanks for the "quick" reply'); a quoted name ("Nordlicht") is not.
  const quotedPraise =
    LEXICON.positive.find(tokens).some(
      (hit) =>
        tokens[hit.from]?.quoted === true &&
        !titled(normalised, hit.from) &&
        // 'Mein Schwager meinte ja, … heißt es am Ende eh nur „Danke für nichts“': words cited, not mocked.
        !tokens.slice(Math.max(0, hit.from - 7), hit.from).some((before) => CITING.has(before.key)),
    ) || tokens.some((token, at) => scareQuoted(normalised, at) && token.kind === "word");
  const irony =
    quotedPraise ||
    (praise.kept > 0 &&
      (ironic(normalised, negative) ||
        (emoji.ironic > 0 && !ironyAtCircumstances(tokens) && !praisedAfterRolledEyes(normalised, praiseHits)) ||
        SARCASM_TAG.test(normalised.text) ||
        BOASTED_NOTHING.test(normalised.text) ||
        (emoji.laughing > 0 && negative > 0)));

  const kinds = new Set(violations.map((violation) => violation.kind));
  const heavy = [...kinds].some((kind) => HEAVY.has(kind));
  // Sworn at the weather or the day: no anger at anyone, whatever the model makes of the word.
  const circumstantial = !heavy && swornAtCircumstances(tokens);
  const anger = Math.min(
    1,
    (circumstantial ? 0 : 0.45 * toxicity) +
      0.25 * Math.min(2, angerWords) +
      0.2 * Math.min(2, emoji.angry) +
      (normalised.shouting > 0.6 ? 0.25 : 0) +
      (normalised.exclamations >= 3 ? 0.15 : 0) +
      (heavy ? 0.4 : 0) +
      (kinds.has("profanity") && !circumstantial ? 0.15 : 0) +
      0.05 * Math.min(3, negative),
  );

  // "#Synode gibt #Bischof Ring großen Spielraum …": a headline's verb after its tag opens no question.
  const first = tokens.find((token) => token.kind === "word" || token.kind === "hashtag");
  // "is it just me or is the oat cortado in Ottensen the best thing in Hamburg right now??", "Bin ich der Einzige,
  // der den Störungsdienst feiert?": praise asked for agreement, no question for us.
  const praiseAsked = JUST_ME.test(normalised.text) && praise.kept > 0 && negative === 0;
  // "the Kenya Nyeri … is unreal. blackcurrant notes for real?? ordering a bag tonight", "and no extra charge for
  // oat?? you just gained a regular": amazement beside praise asks nothing.
  // "🔥🔥🔥 huila decaf tastes like actual coffee?? wild": glad emoji alone carry the amazement too.
  const amazed = (praise.kept > 0 || emoji.positive > 0) && negative === 0 && amazedOnly(normalised.text);
  const question =
    !onlyRhetorical(normalised.text) &&
    !praiseAsked &&
    !amazed &&
    (normalised.questionMarks > 0 ||
      ASKS_WITHOUT_MARK.test(normalised.text) ||
      VERB_FIRST_QUESTION.test(normalised.text) ||
      EITHER_OR.test(normalised.text) ||
      (first !== undefined &&
        LEXICON.questionStarts.hasToken(first) &&
        tokens.length < 25 &&
        // "wie lange habt ihr am samstag offen 🙂": a smile is politeness, not praise that answers the question.
        positive - emoji.positive + negative === 0 &&
        !SAYING.test(normalised.text) &&
        !WHOEVER.test(normalised.text) &&
        !SUBJECT_DROPPED.test(normalised.text)));

  let tone: Tone = "neutral";
  if (anger >= 0.5) tone = "angry";
  // A tie goes to criticism, unless the comment thanks someone ("… thanks to the driver who waited for me!").
  // "Frage zum Entkoffeinierten „Mitternacht“: … auf der Packung steht leider nix dazu": a question announced as one
  // stays one, whatever regret it voices on the way.
  else if (
    !(question && !irony && ANNOUNCED_QUESTION.test(normalised.text)) &&
    (irony || (negative > 0 && (negative > positive || (negative === positive && !thanks(normalised)))))
  )
    tone = "critical";
  else if (question) tone = "question";
  else if (positive > 0) tone = "positive";
  return { tone, anger: round(anger), positive, negative, irony, question };
}

/** Before "again": a thing that started or works again, and no word of it stopping or failing. */
function resumed(tokens: readonly Token[], at: number): boolean {
  const before = keysIn(tokens, Math.max(0, at - 4), at);
  return (
    /(?:^|\s)(?:started|starts|works|working|worked|runs|running|feeding|back|fine|normal)(?:\s(?:in|up|on|properly))?$/u.test(
      before,
    ) && !/(?:^|\s)(?:stopped|stops|not|isnt|wasnt|never|broke|broken)(?:\s|$)/u.test(before)
  );
}

/**
 * "Kleiner Shoutout 🙄 … Danke an Ole für die geduldige Beratung!", "dat wird nix 🙃 … Hut ab!!": praise said after the
 * rolled eyes answers them; the eyes were rolled at the writer's own doubts or habits. Not "🙄 Toller Service": praise
 * right after them is what they roll at.
 */
export function praisedAfterRolledEyes(normalised: Normalised, praise: readonly Hit[]): boolean {
  const { tokens, text } = normalised;
  const lastRolled = Math.max(
    ...[...text.matchAll(/\p{Extended_Pictographic}/gu)]
      .filter((match) => isIronicEmoji(match[0]))
      .map((match) => match.index),
  );
  return praise.some((hit) => {
    const start = tokens[hit.from]?.start ?? 0;
    return (
      tokens.filter((token) => token.kind === "word" && token.start > lastRolled && token.start < start).length >= 2
    );
  });
}

/** "a lot less lost", "ohne Probleme": the word before a complaint that lessens or denies it. */
export const LESSENED_BY: ReadonlySet<string> = new Set(["less", "weniger", "ohne", "without"]);
const SPOKEN = new Set(
  "german english deutsch englisch french franzoesisch spanish spanisch italian italienisch turkish tuerkisch polish polnisch".split(
    " ",
  ),
);
const LOST_ONE = new Set("i he she we they you dad mum mom father mother grandpa grandma".split(" "));
/**
 * A person's own trouble, no thing of ours that failed: "my very broken German", "their German has gotten pretty
 * rusty" (a language spoken haltingly), "whenever he got lost" (someone who lost the thread).
 */
export function ownTrouble(tokens: readonly Token[], at: number): boolean {
  const key = tokens[at]?.key;
  return (
    (key === "broken" && SPOKEN.has(tokens[at + 1]?.key ?? "")) ||
    ((key === "rusty" || key === "eingerostet") &&
      tokens.slice(Math.max(0, at - 5), at).some((token) => SPOKEN.has(token.key))) ||
    (key === "lost" &&
      /^(?:got|get|gets|getting)$/u.test(tokens[at - 1]?.key ?? "") &&
      LOST_ONE.has(tokens[at - 2]?.key ?? ""))
  );
}
const OWN_SKILL =
  /\b(?:my (?:german|english|french|spanish|italian|turkish|polish|eyesight|hearing|memory) is|mein (?:deutsch|englisch|gedaechtnis) ist)(?: (?:not|nicht|isnt|so|that|very|sehr|besonders|still|really|pretty|quite|noch|echt|wirklich))*$/u;
/** "works perfectly fine, thank you very much": thanks that close a rebuff. */
const WAVED_OFF =
  /\b(?:fine|perfectly well|just fine|happy where i am|no need)\b[^.!?]{0,20}\bthank you (?:very much|kindly)\b|\b(?:danke|nein danke),? (?:auch|schön|sehr)? ?(?:aber|doch)? ?(?:ich bleibe|wir bleiben|bleib ich)\b/iu;
/** "(I've been) trying to … and" before "failing": what the writer attempts at home. */
const OWN_ATTEMPT = /(?:^|\s)(?:ive been|i am|im|i was|i)? ?(?:trying|tried) to (?:\S+ ){1,7}and$/u;
const LOW_RATING = /(?<![\d/])(?:[0-3]\/10|[01]\/5)(?![\d/])/u;
/**
 * "Wer die Grünen wählt, kriegt höhere Strompreise": whoever does one thing gets another, the verb last in its
 * clause; nothing is asked. Not "Wer macht eure Fotos", "Wer von euch ist morgen im Café, …".
 */
const WHOEVER =
  /^\s*(?:wer\s(?:die|der|das|den|dem|ein\p{L}*|sein\p{L}*|ihr\p{L}*|sich|mit|bei|noch|schon|heute|jetzt|hier|so|zu|im|in|auf|um|euch|uns|eure?\p{L}*|unsere?\p{L}*)\s[^,?.!]{0,80}?\p{L}(?:t|en)|whoever\s[^,?.!]{2,80}),\s/iu;
const ON_FIRE =
  /\b(?:flat white|latte|cappuccino|cappu|espresso|cortado|kaffee|coffee|brew|roast|röstung|bohnen|beans|kuchen|cake|croissant|zimtschnecke|cinnamon roll|cookie|brownie|bagel)\b[^.!?]{0,60}🔥/iu;
export const TOP_RATING = /(?<![\d/])(?:10\/10|11\/10|5\/5|6\/5|100\/100)(?![\d/])|\p{L}\s?>{3,}(?!\s?\p{L})/u;

/**
 * The set phrases of irony. "wie immer", "as usual", "once again" also praise sincerely ("Wie immer top!"): they are
 * ironic only beside something negative.
 */
function ironic(normalised: Normalised, negative: number): boolean {
  const { tokens } = normalised;
  const hits = meantIrony(normalised);
  if (hits.length === 0) return false;
  // "Wie immer zu spät, toll gemacht": a failure told is as negative as a complaint word.
  const facts = LEXICON.sarcasmFacts
    .find(tokens)
    .filter((hit) => failureFact(tokens, hit) && !transitOnTheWay(normalised, hit));
  const failed = LEXICON.failure.find(tokens).filter((hit) => !transitOnTheWay(normalised, hit));
  if (negative > 0 || failed.length > 0 || facts.length > 0) return true;
  return hits.some((hit) => !TWO_EDGED.has(keysIn(tokens, hit.from, hit.to + 1)));
}
const STILL_KEEN = new Set(["curious", "wondering", "interested", "keen", "hoping", "loving", "love"]);

/** Whether the word at `at` is what an earlier complaint was about, in the same sentence after it. */
function complainedBefore(normalised: Normalised, at: number): boolean {
  const start = normalised.tokens[at]?.start ?? 0;
  const sentence = normalised.text.slice(sentenceStart(normalised.text, start), start);
  return PAST_COMPLAINT.test(sentence);
}
const PAST_COMPLAINT =
  /(?<!\p{L})(?:hatte|hab|habe|had|i've|i’ve|ive)\s(?:mich\s|me\s)?(?:[\p{L}\d]+\s){0,5}(?:beschwert|reklamiert|complained|gemeckert)\s(?:weil|dass|da|because|that|about|über|wegen)\s/iu;
const TWO_EDGED = new Set([
  "wie immer",
  "as usual",
  "once again",
  "yet again",
  "wieder mal",
  "mal wieder",
  "schon wieder",
]);

const CITING = new Set(
  "steht stand stehen heisst hiess lautet zeigt zeigte sagt sagte meint meinte says said reads read shows showed displays".split(
    " ",
  ),
);

/**
 * "won 'Best Filter Coffee' at the Hamburg Coffee Fest": a quoted title of several words, each capitalised, is a
 * name, whatever kind word it holds.
 */
function titled({ tokens, text }: Normalised, at: number): boolean {
  let first = at;
  while (tokens[first - 1]?.quoted) first--;
  let last = at;
  while (tokens[last + 1]?.quoted) last++;
  if (last === first) return false;
  // Every word capitalised, as English titles are: not a German slogan ('Handverlesen mit Liebe ❤️').
  return tokens.slice(first, last + 1).every((token) => {
    const letter = text.charAt(token.start);
    return token.kind !== "word" || letter !== letter.toLowerCase();
  });
}

function scareQuoted({ tokens, text }: Normalised, at: number): boolean {
  const token = tokens[at];
  if (!token?.quoted || tokens[at - 1]?.quoted || tokens[at + 1]?.quoted) return false;
  // 'Im Brief steht für den 14. März nur „vormittags“', 'the app says "pending"': a word quoted from what a letter
  // or a screen says is cited, not mocked.
  if (tokens.slice(Math.max(0, at - 7), at).some((before) => CITING.has(before.key))) return false;
  // "got twelve beginners from 'blob' to 'slightly lopsided tulip'": where someone started, described, not mocked.
  if (tokens[at - 1]?.key === "from" && tokens[at + 1]?.key === "to") return false;
  // "with my 4yo's 'help'", "mit der „Hilfe“ meiner Tochter": a child's or a pet's doings quoted fondly mock nobody.
  if (
    FONDLY.test(text.slice(Math.max(0, token.start - 24), token.start)) ||
    FONDLY_AFTER.test(text.slice(token.end, token.end + 30))
  )
    return false;
  const first = text.charAt(token.start);
  return first !== first.toUpperCase();
}

const FAMILY =
  "(?:\\d+\\s?(?:yo|y\\/o|year old|jährige[nrs]?|jaehrige[nrs]?)|kids?|son|daughter|toddler|little one|baby|grandkids?|grandson|granddaughter|puppy|dog|cat|husband|wife|Tochter|Sohn|Sohnes|Kleine[nr]?|Kinder|Kindes|Kind|Enkel\\p{L}*|Hund\\p{L}*|Katze|Kater|Mann|Mannes)";
const FONDLY = new RegExp(
  `(?<!\\p{L})(?:my|our|meine[rsn]?|unsere[rsn]?|der|des)\\s(?:\\p{L}+\\s)?${FAMILY}(?:'s|s'|s)?\\s\\W{0,2}$`,
  "iu",
);
const FONDLY_AFTER = new RegExp(
  `^\\W{0,2}\\s(?:von|meine[rsn]?|unsere[rsn]?|des|der|from|of)\\s(?:my\\s|our\\s|meine[rsn]?\\s|unsere[rsn]?\\s)?${FAMILY}(?!\\p{L})`,
  "iu",
);

/** A plea, and the folded hands after it: "Please don't go mainstream on us 🙏", "bitte nicht ändern 🙏". */
const BEGGED = /(?<!\p{L})(?:please|pls|plz|bitte|bitteee*)(?!\p{L})[^.!?🙏]{0,60}🙏/iu;
const ONCE =
  /(?:^|\s)(?:used to be|used to|war mal|waren mal|war früher|war frueher|waren früher|waren frueher|was once|once was|war immer|waren immer|war bisher|waren bisher|war bislang|waren bislang|was always|were always|have always been)$/u;

/** "findet man so gut wie nichts": "so gut wie" means "almost", no praise. */
function almost(tokens: readonly Token[], hit: Hit): boolean {
  return (
    hit.from === hit.to &&
    tokens[hit.from]?.key === "gut" &&
    tokens[hit.from - 1]?.key === "so" &&
    tokens[hit.to + 1]?.key === "wie"
  );
}

function once(tokens: readonly Token[], hit: Hit): boolean {
  const before = tokens
    .slice(Math.max(0, hit.from - 4), hit.from)
    .filter((token) => token.kind === "word")
    .map((token) => token.key)
    .join(" ");
  return ONCE.test(before) || ONCE.test(before.replace(/\s\S+$/u, ""));
}

export function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/**
 * The tone once the intent is known: sarcasm is criticism, never praise, and a customer's stated problem is
 * criticism even when it is told calmly.
 */
export function withIntent(
  reading: ToneReading,
  intent: Pick<Intent, "sarcasm" | "complaint" | "mockery">,
  putRight = false,
): ToneReading {
  if (reading.tone === "angry") return reading;
  // "Wollt mal Danke sagen! … nach 40 Minuten lief die Wärmepumpe wieder … Ganz großes Kino, so muss Service!": a
  // failure put right and thanked for; the ironic-looking praise is meant.
  if (putRight && !intent.sarcasm && !intent.complaint && reading.tone === "critical" && reading.positive > 0)
    return { ...reading, tone: "positive", irony: false };
  // "… mit euren tollen Wärmepumpen 🥶😂 viel Spaß beim Frieren": a taunt's kind word makes it no praise.
  if (intent.mockery && reading.tone === "positive") return { ...reading, tone: "critical" };
  if (intent.sarcasm || (intent.complaint && reading.tone !== "critical")) {
    return { ...reading, tone: "critical", irony: reading.irony || intent.sarcasm };
  }
  return reading;
}

// "shoutout to the engineer who came out when our heat pump died": a shout-out thanks someone as "thanks" does.
const THANKS = new Set(["danke", "dankeschoen", "thanks", "thank", "thx", "merci", "shoutout", "kudos", "cheers"]);

function thanks(normalised: Normalised): boolean {
  return normalised.emoji.thanks > 0 || normalised.tokens.some((token) => THANKS.has(token.key));
}
