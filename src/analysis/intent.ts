import type { Intent, ProblemKind, QuestionKind } from "../shared/assessment";
import { amountValue, BILLED_INSTEAD } from "../shared/billed-instead";
import { chosenAndGot } from "../shared/chosen-got";
import { CLAIM_CHECKED } from "../shared/claim-checked";
import { DISABLED } from "../shared/disability";
import { gated } from "../shared/gated";
import { GIVEAWAY } from "../shared/giveaway";
import { jokesAboutName, jokesAboutUs } from "../shared/name-joke";
import { OCCASION } from "../shared/occasion";
import { PRICE_NOW } from "../shared/price-now";
import { TAUNT } from "../shared/taunt";
import { SENT_NOT_COME, VISIT_OWED } from "../shared/visit";
import { ironyAtCircumstances } from "./circumstance";
import {
  awayFromFuel,
  crashCourse,
  failureFact,
  feared,
  meantIrony,
  notAComplaint,
  ownWayWithTechnology,
  transitOnTheWay,
} from "./coming-back";
import { wordKey } from "./fold";
import { isFrequentWord } from "./language";
import { LEXICON } from "./lexicon";
import { surnameOfMention } from "./names";
import { deniedBefore, deniedWithin, negatedAt, neverOnce } from "./negation";
import { holdsKey, keysIn, type Normalised, sentenceStart, type Token, written } from "./normalise";
import type { Hit } from "./phrase-list";
import { smallTalkWords } from "./small-talk";
import {
  approximately,
  inAdvance,
  LESSENED_BY,
  ownTrouble,
  praisedAfterRolledEyes,
  SARCASM_TAG,
  TOP_RATING,
} from "./tone";

/**
 * What a comment wants (DESIGN.md's intent): a customer's case stated as a problem, a question and what it is
 * about, praise said of a negative fact (sarcasm, which is criticism), and whom it speaks to — the company,
 * another commenter, or nobody in particular (politics and the world, which the company need not answer).
 */
export interface IntentReading extends Intent {
  /** Evidence for sarcasm and for the addressee, as written. */
  sarcasmWords: string[];
  addressWords: string[];
  /** A failure put right and thanked for: praise however ironic its words of praise may look ("Ganz großes Kino"). */
  putRight: boolean;
}

const SERVICE_HANDLE = /(?:support|help|hilfe|care|service|kundenservice|team|info)s?(?:_?(?:de|uk|us|en))?$/iu;
const PRICE = new RegExp(
  `(?:\\d(?:[.,]\\d{1,2})?\\s?(?:€|euro|eur\\b)|[€£$]\\s?\\d|\\b\\d{1,3},\\d{2}\\s(?:für|for)\\s|${PRICE_NOW.source})`,
  "iu",
);
const CHEAP =
  /\b(?:only|just|still only|nur|bloß|lediglich|günstig|cheap|cheaper|billiger|ohne aufpreis|no extra)\b[^.!?]{0,12}(?:€|£|\$|\d)|\d\s?(?:€|euro)?\s?(?:\/\s?h|\/\s?std|per hour|an hour|pro stunde|die stunde)\b|\b(?:pay|salary|wage|wages|stundenlohn|gehalt|lohn)\b[^.!?]{0,20}\d|\d\s?(?:€|euro|eur)\s(?:zurück|zurueck|gutgeschrieben|erstattet|gutschrift|back|refunded)\b/iu;
// "@Klaus Dietrich wir hatten genau dasselbe mit der WP 12": the same thing had is shared with the reader.
const SHARED = new Set(
  ["auch", "ebenfalls", "genauso", "same", "too", "also", "either", "dasselbe", "dasgleiche", "gleiche", "selbe"].map(
    wordKey,
  ),
);
const USUALLY = new Set(["sonst", "normalerweise", "eigentlich", "usually", "normally", "otherwise"].map(wordKey));
// "seit 3 Jahren … und war immer zufrieden", "have always been happy": a loyal customer's past, before the problem.
const FORMERLY =
  /\b(?:war|waren|was|were) (?:mal|frueher|einmal|einst|once|immer|bisher|bislang|stets|always)\b|\bused to\b|\bhave always been\b/u;
const HEDGED_NOTE =
  /\b(?:(?:one|a|just a|only a|only one) )?(?:small|minor|tiny|little) (?:bug|issue|thing|problem|glitch|request|note|niggle|suggestion)\b|\bkleine[rsn]? (?:bug|fehler|problem|anmerkung|sache|wunsch|hinweis|schönheitsfehler)\b|\beinziger? (?:kritikpunkt|wermutstropfen)\b/iu;
/** "Danke auch." as a comment's last words: German's dry thanks for what was not done. */
const THANKS_TOO = /(?:^|[.!?…]\s*)(?:na\s+)?(?:vielen\s+)?danke?\s+auch\s*[.!]*\s*(?:🙄|😒|🙃)?\s*$/iu;
const SCARE_QUOTED =
  /["'„“‘‚]\s?(?:fast|quick|speedy|express|great|excellent|amazing|free|helpful|friendly|premium|schnell\p{L}*|express\p{L}*|toll\p{L}*|super\p{L}*|kostenlos\p{L}*|gratis|hilfreich\p{L}*|freundlich\p{L}*|kundenfreundlich\p{L}*|service\p{L}*|frisch\p{L}*|fresh\p{L}*)[^"'“”‘’]{0,20}["'“”‘’]/iu;
/** 'Another "planned maintenance"', 'Schon wieder eine „Optimierung“': a repeat put in scare quotes is irony on its own. */
const ANOTHER_SCARE_QUOTED =
  /\b(?:(?:yet )?another|noch (?:so )?(?:ein|eine|einen)|(?:schon )?wieder (?:so )?(?:ein|eine|einen)|erneut (?:ein|eine|einen))\s+["'„“‘‚][^"'“”‘’\n]{2,40}["'“”‘’]/iu;
const QUOTED_PROMISE =
  /["“„'‚][^"”“'‘’\n]{3,40}["”“'‘’]\s*,?\s*(?:they said|you said|he said|she said|we were told|I was told|was the promise|hieß es|hiess es|sagten sie|habt ihr gesagt|haben Sie gesagt|wurde (?:mir |uns )?versprochen)\b/iu;
const QUOTED_TIME =
  /["“„'‚][^"”“'‘’\n]{0,40}\b(?:innerhalb (?:von )?\d+ (?:stunden|tagen|werktagen)|within \d+ (?:hours|days|working days)|in \d+ (?:hours|days|stunden|tagen)|next day|am nächsten tag)\b[^"”“'‘’\n]{0,30}["”“'‘’]/iu;
/** A "but" or a sincere regret ("leider sonntags geschlossen", "shame it's closed on Sundays") is no irony. */
const CONTRAST = new Set(
  [
    "aber",
    "but",
    "jedoch",
    "allerdings",
    "nur",
    "only",
    "though",
    "however",
    "leider",
    "schade",
    "unfortunately",
    "shame",
  ].map(wordKey),
);

function words(normalised: Normalised, hits: readonly Hit[], max = 4): string[] {
  return [...new Set(hits.slice(0, max).map((hit) => written(normalised, hit.from, withParticle(normalised, hit.to))))];
}

function acrossSentences(normalised: Normalised, hit: Hit): boolean {
  const { tokens, text } = normalised;
  // "… nur ganze Bohnen bekommt. Hab keine Mühle": nor into a new sentence about the writer's own things.
  const between = text.slice(tokens[hit.from]?.end ?? 0, tokens[hit.to]?.start ?? 0);
  if (/\?|[.!]\s+(?:hab|habe|ich|wir|i|we)\s/iu.test(between)) return true;
  // "Letzte Woche -12 Grad, lief ohne Murren. Strom ca. 38 €/Monat mehr": "ohne" and the next sentence's noun.
  if (tokens[hit.from]?.key === "ohne" || tokens[hit.from]?.key === "without")
    return /[.!]\s+\p{Lu}/u.test(text.slice(tokens[hit.from]?.end ?? 0, (tokens[hit.to]?.start ?? 0) + 1));
  // "Früher kam ne Karte mit der Post, hat doch auch funktioniert. Nicht jeder lebt am Handy": the "not" opens the
  // next sentence.
  return /[.!]\s+$/u.test(between) && /^(?:nicht|not|kein\p{L}*|no|never|nie)$/u.test(tokens[hit.to]?.key ?? "");
}

/**
 * "Habt ihr an Heiligabend und Silvester offen? Letztes Jahr standen wir in Ottensen vor verschlossener Tür 🙈": what
 * went wrong a year ago, told beside a question, is why they ask, not a case to open now.
 */
function lastYearBesideQuestion(normalised: Normalised, hit: Hit): boolean {
  const { tokens, text } = normalised;
  if (normalised.questionMarks === 0) return false;
  const from = tokens[hit.from]?.start ?? 0;
  const to = tokens[hit.to]?.end ?? 0;
  const start = sentenceStart(text, from);
  const ends = [".", "?", "!"].map((mark) => text.indexOf(mark, to)).filter((at) => at >= 0);
  const sentence = text.slice(start, ends.length ? Math.min(...ends) : text.length);
  // Only a sentence that opens with the year ("Letztes Jahr standen wir …"); not "installed last year …, but it still
  // hasn't arrived", nor "weniger als letztes Jahr".
  return LAST_YEAR.test(sentence) && !/\?/u.test(sentence) && !STILL_NOW.test(sentence);
}
/**
 * "Wer Wärmepumpen in unsanierte Altbauten verkauft, …, verkauft keine Heizung, sondern hohe Stromrechnungen": what
 * whoever does such a thing gets, or a "not X but Y", is an argument, no heating of theirs gone.
 */
function argued(normalised: Normalised, hit: Hit): boolean {
  const { tokens, text } = normalised;
  const from = tokens[hit.from]?.start ?? 0;
  const to = tokens[hit.to]?.end ?? 0;
  const start = sentenceStart(text, from);
  return (
    // "Und wer die Crema kaputt macht, muss …": whoever does it, a rule argued or joked.
    /^\s*(?:(?:und|aber|denn|and|but)\s)?(?:wer|whoever)\s/iu.test(text.slice(start, from)) ||
    /^[^.!?]{0,30}?,?\s+sondern\b/iu.test(text.slice(to)) ||
    // "finde ich es ziemlich schwach, dass man … immer noch keinen dynamischen Stromtarif bekommt": what anyone gets
    // judged, an argument about the offer, not a case of the writer's.
    /\bfinde\s(?:ich\s)?es\s[^.!?]{0,40}?\bdass\sman\b/iu.test(text.slice(start, from))
  );
}
const OF_YOU =
  /\b(?:very|so|how|real|really)\s\p{L}+\sof you\b|(?<!\p{L})(?:sehr|so|echt|wie)\s\p{L}+\svon (?:euch|ihnen)(?!\p{L})/iu;
const LOOKED_UP =
  /\b(?:on|in|auf|im)\s(?:(?:the|your|der|eurer|ihrer|dem|eurem|ihrem)\s)?(?:product page|website|site|page|webseite|homepage|seite|produktseite|faq|shop)\b|\b(?:find|finde|found|gefunden)\s(?:(?:a|an|any|the|no|keine?n?|eine?n?)\s)?(?:language|sprach|dark mode|notification)\p{L}*\s?(?:setting|settings|option|options|einstellung\p{L}*|menu|menü)?\b/iu;
const NO_TROUBLE =
  /^(?:probleme?|stress|verzoegerung\p{L}*|schaeden|schaden|maengel|komplikationen|aerger|zwischenfaelle|beanstandung\p{L}*|murren|umwege)$/u;
const NEEDED = /\b(?:brauche|brauchen|braucht|verbrauche|verbrauchen|verbraucht|need|needs|use|uses)\b/u;
const LAST_YEAR =
  /^\s*(?:\p{Extended_Pictographic}\s*)*(?:(?:letztes|voriges|vergangenes)\s(?:Jahr|Weihnachten|Silvester)|letzten\s(?:Winter|Dezember|Sommer)|last (?:year|christmas|winter|new year's eve))(?!\p{L})/iu;
const STILL_NOW = /\b(?:still|immer noch|noch immer|bis heute|seitdem|since then)\b/iu;

/** "never turned up", "arrived split open": an English verb's particle belongs to the words said back. */
const PARTICLES = new Set(["up", "open", "down", "out", "off", "back", "away"]);
function withParticle(normalised: Normalised, to: number): number {
  const next = normalised.tokens[to + 1];
  const last = normalised.tokens[to];
  if (!next || !last || !PARTICLES.has(next.key)) return to;
  return /^\s$/u.test(normalised.text.slice(last.end, next.start)) ? to + 1 : to;
}

/** The first topic whose words occur, in the table's order. */
function topicOf(
  normalised: Normalised,
  topics: ReadonlyArray<readonly [string, { find: (tokens: readonly Token[]) => Hit[] }]>,
): string | undefined {
  for (const [kind, list] of topics) if (list.find(normalised.tokens).length) return kind;
  return undefined;
}

/** An order, customer or ticket number: a case of the writer's own, whatever else the comment argues. */
const CASE_NUMBER =
  /(?<!\p{L})(?:kundennr|kundennummer|kd-?nr|bestellnr|bestellnummer|bestellung|auftrag|auftragsnummer|vertragsnummer|order|customer no|customer number|ticket|vorgang|ref)\.?:?\s?#?\s?[A-Z]{0,4}-?\d[\d -]{2,}/iu;
/** "wer …", "whoever …", "jeder, der …" opening the words before a failure: said of anyone (`saidOfAnyone`). */
const WHOEVER = /^\s*(?:wer|whoever|anyone who|jeder,? der|everyone who)\s[^,;:]*$/iu;
/** A slip in a number or word of what the company published, pointed out: it corrects, no case of the writer's. */
const SLIP_IN_POST =
  /(?<!\p{L})(?:in|im)\s(?:ihrem|eurem|dem|deinem)\s(?:post|beitrag|artikel|tweet|flyer)(?!\p{L})[^.!?]{0,40}(?<!\p{L})(?:zahlendreher|tippfehler|druckfehler)(?!\p{L})|(?<!\p{L})(?:your|the)\s(?:post|tweet|ad|flyer)\s(?:has|had)\s(?:a|an)\s(?:typo|misprint)(?!\p{L})|(?<!\p{L})(?:your|the)\s(?:[\p{L}-]+\s){0,2}(?:recipe|post|guide|instructions|website|flyer|label|article)\s(?:says|said)\b[^?]{0,140}\b(?:i think you mean|you probably mean|did you mean|surely you mean)(?!\p{L})|(?<!\p{L})(?:im|in eurem|in ihrem)\s(?:rezept|beitrag|post|anleitung|artikel)\s(?:steht|heißt es|heisst es)[^?]{0,140}(?:meint ihr|meinen sie|ihr meint|sie meinen)(?!\p{L})|(?<!\p{L})(?:small|quick|tiny|minor)\scorrection\s(?:on|to|for|about)\s(?:your|the|this)\s(?:post|tweet|ad|article|graphic|flyer)(?!\p{L})|(?<!\p{L})(?:kleine|kurze)\skorrektur\s(?:zu|zum|zur|an)\s(?:eurem|ihrem|dem|deinem|diesem)\s(?:post|beitrag|tweet|artikel|flyer)(?!\p{L})|(?<!\p{L})(?:kleiner|kurzer)\shinweis\s(?:zu|zum)\s(?:eurem|ihrem|dem|deinem|diesem)\s(?:post|beitrag|tweet|artikel|flyer)(?!\p{L})|(?<!\p{L})(?:im|in eurem|in ihrem|in dem)\s(?:post|beitrag|tweet)\ssteht\b[\s\S]{0,160}?(?<!\p{L})(?:auf dem schild|auf der (?:website|webseite|homepage)|auf eurer (?:website|webseite|seite)|in (?:der|meiner) mail)\s(?:an der tür\s)?(?:steht|stand|stehen)(?!\p{L})/iu;
const POST_AMENDED =
  /(?<!\p{L})(?:ergänzung|korrektur|berichtigung)\s(?:\p{L}+\s){0,2}?(?:zu|zum)\s(?:ihrem|eurem|deinem|dem)\s(?:post|beitrag)(?!\p{L})|(?<!\p{L})(?:correction|addition)\s(?:to|for)\s(?:your|the)\s(?:post|update)(?!\p{L})/iu;
/** "Sie schreiben …", "your post says …": the company's own words quoted before a slip is pointed out. */
const WHAT_YOU_WROTE =
  /(?<!\p{L})(?:sie schreiben|ihr schreibt|du schreibst|you write|you wrote|your post (?:says|gives|lists|shows)|im (?:post|beitrag|tweet|artikel) steht|in (?:the|your) (?:post|tweet|article) (?:it )?says)(?!\p{L})/iu;
/** "… in the graphic", "im Beitrag", "in der Grafik": what a company published, after the word for a mistake. */
const PUBLISHED_AFTER =
  /^(?:in|im|on)\s(?:(?:the|your|this|der|dem|eurem|eurer|ihrem|ihrer)\s)?(?:graphic|post|chart|caption|image|video|flyer|ad|infographic|text|beitrag|grafik|bild|artikel|anzeige)\b/u;

/** "Ich finde es nicht gut, dass man …", "I don't think it's fair that people …": a policy argued against. */
const POLICY_ARGUED =
  /(?<!\p{L})(?:ich finde es|finde ich es|ich find(?:e|'?s)?) (?:\p{L}+ )?(?:nicht gut|nicht ok|nicht okay|schade|schlecht|schwach|falsch|schwierig|bedenklich|traurig|unmöglich|unfair),? dass (?:man|ihr|sie|jetzt|bei euch|bei ihnen)\b|\b(?:i don'?t think it'?s (?:fair|right|ok|okay)|it'?s (?:not fair|unfair|wrong)) that (?:people|customers|you|everyone)\b/iu;

/** The text from a hit's first word to the end of the sentence it ends in. */
function sentenceFrom(normalised: Normalised, hit: Hit): string {
  const end = normalised.tokens[hit.to]?.end ?? normalised.text.length;
  const rest = normalised.text.slice(end, end + 200);
  const stop = rest.search(/[.!?\n]/u);
  return normalised.text.slice(normalised.tokens[hit.from]?.start ?? 0, end + (stop < 0 ? rest.length : stop));
}

/** Which languages we serve in: "the English page", "nothing in English", "German only", "nur auf Deutsch". */
const LANGUAGE_OFFERED =
  /\b(?:english|englisch\p{L}*)\s(?:page|version|site|website|support|seite|webseite|service)\b|\bnothing in english\b|\bnichts auf englisch\b|\b(?:german|deutsch)[- ]only\b|\bonly in german\b|\bnur auf deutsch\b/iu;
/** A time or a mood one can spoil: "den Sonntag versaut", "mir den Tag versaut", "die Laune versaut". */
const SPOILT_TIME =
  /^(?:tag|tages|abend|morgen|vormittag|nachmittag|wochenende|urlaub|sonntag|samstag|montag|dienstag|mittwoch|donnerstag|freitag|laune|stimmung|feierabend|geburtstag)$/u;
/**
 * Failures that are not undone ("funktioniert wieder", "kein Problem mehr") and are not the idiom "es geht nicht
 * um …" ("darum geht es nicht").
 */
function failures(normalised: Normalised): Hit[] {
  const { tokens } = normalised;
  // "Danke an euren Monteur, der hat sogar ohne zu fragen den alten Kessel mitgenommen. Top Service!": thanks and
  // praise around a contrast ("ohne zu fragen", "even though I ordered on Sunday") tell what went well.
  const found = LEXICON.failure.find(tokens);
  if (!found.length) return [];
  // "half my office insists heat pumps … simply don't work in older houses … Is that actually true?", "stimmt das
  // dass man bei euch fast ein jahr … wartet??": a claim heard and asked about, no failure of one's own.
  if (CLAIM_CHECKED.test(normalised.text)) return [];
  // "In Ihrem Post zur Hotline ist ein Zahlendreher, die 0221 555 0109 klingelt ins Leere": what goes wrong follows
  // from the slip in what we published, which corrects it.
  if (SLIP_IN_POST.test(normalised.text)) return [];
  // "Kleine Ergänzung bzw. Korrektur zu Ihrem Beitrag: Betroffen war nicht nur Rodenkirchen … Unsere Praxis hatte bis
  // 16 Uhr keinen Strom": what happened to the writer is the evidence for the amendment, not a case.
  if (POST_AMENDED.test(normalised.text)) return [];
  // "Drei Leser:innen aus Köln-Porz schreiben mir, sie warten seit über fünf Monaten … Frage für eine Recherche": what
  // readers told a journalist, asked about; no case of the writer's own.
  if (RESEARCHED.test(normalised.text)) return [];
  const thanks = thanked(normalised);
  // "… der Käsekuchen sowieso, und dass ihr mir jedes Mal ohne zu fragen Hafermilch nehmt … alles super": praise said
  // again and again is as glad as thanks.
  const praised = LEXICON.praise.find(tokens).length;
  const glad = (thanks && praised > 0) || praised >= 3;
  // "shoutout an sinan … hab mich vor 2 wochen beschwert": thanks or credit, read once for every hit below.
  const credited = thanks || CREDITED.test(normalised.text);
  // "Dankeschön an das Team in Leipzig 💛 bei uns ist seit Samstag die Heizung kaputt und wir haben … bei euch … gesessen":
  // trouble at home, and thanks to the place that took them in; nothing of ours failed.
  if (credited && SHELTERED.test(normalised.text)) return [];
  // The words the patterns below need, read once: "wer …", "whoever …"; an old phone.
  const someone = tokens.some((token) => WHOEVER_WORDS.has(token.key));
  // "jeder, der …": said of anyone too (`saidOfAnyone`); "warum", "why": a cause learnt at last (`UNDERSTOOD_WHY`).
  const anyone = someone || tokens.some((token) => token.key === "jeder");
  const why = tokens.some((token) => WHY_WORDS.has(token.key));
  const oldDevice = tokens.some((token) => DEVICE_WORDS.has(token.key));
  return (
    found
      .filter((hit) => !(glad && CONTRAST_ONLY.test(written(normalised, hit.from, hit.to))))
      // "my german falls apart once the phone menu starts": the writer's language, nothing of ours broken.
      .filter(
        (hit) =>
          !(
            /^(?:falls|fell)$/u.test(tokens[hit.from]?.key ?? "") &&
            /^(?:german|deutsch|english|englisch)$/u.test(tokens[hit.from - 1]?.key ?? "")
          ),
      )
      // "the English page on your website hasn't been updated since what, 2021?", "still nothing in English on your
      // website": what is offered in which language is criticised, no fault of theirs to put right.
      .filter((hit) => {
        const start = tokens[hit.from]?.start ?? 0;
        // Not cut at a point inside a figure ("since v2.0"): only a mark before a space ends the sentence here.
        const to = normalised.text.slice(start).search(/[.!?](?:\s|$)/u);
        return !LANGUAGE_OFFERED.test(
          normalised.text.slice(sentenceStart(normalised.text, start), to < 0 ? undefined : start + to),
        );
      })
      // "hab seit 2022 ne wallbox von nem anderen hersteller in der garage": what they own from another maker, no wrong
      // brand sent.
      .filter(
        (hit) =>
          !(
            /^(?:andere|anderen|anderer|other|different)$/u.test(tokens[hit.from]?.key ?? "") &&
            /(?:^|\s)(?:von|from)\s(?:nem|einem|einer|ner|a|an|another)$/u.test(
              keysIn(tokens, hit.from - 2, hit.from),
            ) &&
            /(?:^|\s)(?:hab|habe|haben|hatte|have|got|own|besitze|besitzen)(?:\s|$)/u.test(
              keysIn(tokens, hit.from - 10, hit.from - 2),
            )
          ),
      )
      // "als hätte man ihm persönlich den Sonntag versaut": a day spoilt, pictured; nothing of theirs dirtied.
      .filter(
        (hit) =>
          !(
            tokens[hit.from]?.key === "versaut" &&
            tokens.slice(Math.max(0, hit.from - 4), hit.from).some((token) => SPOILT_TIME.test(token.key))
          ),
      )
      // "Eine Sache lässt mich nicht los": a thought that keeps nagging, no door or app that keeps one out.
      .filter((hit) => !(/^(?:laesst|lassen)$/u.test(tokens[hit.from]?.key ?? "") && tokens[hit.to + 1]?.key === "los"))
      // "beans rattling around loose in the box": things loose in a parcel, no noise of a machine.
      .filter(
        (hit) =>
          !(
            /^rattl/u.test(tokens[hit.from]?.key ?? "") &&
            /^(?:around|about|loose|round)$/u.test(tokens[hit.to + 1]?.key ?? "")
          ),
      )
      // "er selbst kann nicht mehr telefonieren und mit Apps schon gar nicht", "28.000 € kann ich als Rentnerin nicht
      // einfach so hinlegen": what a person can no longer do or afford, nothing of ours that fails.
      .filter(
        (hit) =>
          !(
            tokens
              .slice(hit.from, hit.to + 1)
              .some((token) => /^(?:kann|koennen|konnte|can|cant|cannot)$/u.test(token.key)) &&
            tokens
              .slice(hit.to + 1, hit.to + 5)
              .some((token) =>
                /^(?:telefonieren|laufen|gehen|lesen|sehen|hoeren|sprechen|schreiben|autofahren|treppensteigen|walk|read|see|hear|drive|hinlegen|leisten|stemmen|aufbringen|afford)$/u.test(
                  token.key,
                ),
              )
          ),
      )
      // "when I call the number it's all in german so I just hang up lol": the writer hangs up, no line of ours.
      .filter(
        (hit) =>
          !(/^hang/u.test(tokens[hit.from]?.key ?? "") && /^(?:i|just|we|and)$/u.test(tokens[hit.from - 1]?.key ?? "")),
      )
      // "in der Warteschleife wollte ich deswegen nicht ewig hängen": a wait the writer chose not to sit through.
      .filter(
        (hit) =>
          !(
            /^warteschleife/u.test(tokens[hit.from]?.key ?? "") &&
            /^(?:\S+\s){0,3}(?:wollte|will|moechte|mag)\s(?:\S+\s){0,2}nicht\b/u.test(
              keysIn(tokens, hit.to + 1, hit.to + 8),
            )
          ),
      )
      // "the whole world is going down the drain": an idiom of decline; nothing of anyone's is down.
      .filter(
        (hit) =>
          !(
            tokens[hit.to]?.key === "down" &&
            tokens[hit.to + 1]?.key === "the" &&
            /^(?:drain|toilet|tubes|pan|plughole)$/u.test(tokens[hit.to + 2]?.key ?? "")
          ),
      )
      // "while the world is literally on fire": the world's troubles, pictured; nothing of anyone's burned.
      .filter(
        (hit) =>
          !(
            keysIn(tokens, hit.from, hit.to + 1) === "on fire" &&
            /(?:^|\s)(?:world|planet|earth|country|everything|welt|land)s?(?:\s\S+){0,3}$/u.test(
              keysIn(tokens, hit.from - 4, hit.from),
            )
          ),
      )
      // "Geht da wirklich nichts früher?": sooner asked for, nothing that fails. "Aus dem Post geht das leider nicht
      // hervor": what a post does not make clear, nothing broken.
      .filter(
        (hit) =>
          !(
            /^geht$/u.test(tokens[hit.from]?.key ?? "") &&
            /^(?:frueher|schneller|eher|hervor)$/u.test(tokens[hit.to + 1]?.key ?? "")
          ),
      )
      // "… weil ich ungern 3 Tage ohne Heizung mit Besuch dasitze": what the writer would hate to happen, not what did.
      .filter(
        (hit) =>
          !/(?:^|\s)(?:ungern|nicht gern|nicht gerne|would hate to|dont want to|don't want to)(?:\s\S+){0,3}$/u.test(
            keysIn(tokens, hit.from - 4, hit.from),
          ),
      )
      // "… a public that thinks the tech doesn't work": what others believe, no failure of anyone's.
      .filter(
        (hit) =>
          !/(?:^|\s)(?:public|people|everyone|everybody|folks|leute|alle|viele)\s(?:that\s|who\s|die\s)?(?:think|thinks|believe|believes|glauben|denken|meinen)(?:\s|$)/u.test(
            keysIn(tokens, hit.from - 6, hit.from),
          ),
      )
      // "Team very happy not to be working in scarves anymore": an infinitive, a relief, nothing that fails.
      .filter((hit) => !/^not to\b/iu.test(written(normalised, hit.from, hit.to)))
      .filter((hit) => !askedIfAllowed(normalised, hit) && !neverWithout(normalised, hit))
      // "Bin schon letzte Woche für einen Tag gesperrt worden": a ban served on the platform, no failure of ours.
      .filter((hit) => !bannedFor(normalised, hit))
      // "Meine Mutter (81, kein Internet, kein Smartphone)", "auch für Menschen ohne Internet erreichbar": someone who
      // lives without the internet, no connection of theirs gone.
      .filter(
        (hit) =>
          !(
            tokens.slice(hit.from, hit.to + 1).some((token) => token.key === "internet") &&
            OFFLINE_PERSON.test(normalised.text)
          ),
      )
      // "Didn't get the job in the end, but the interview process was the most respectful …": an application turned
      // down, told before praise; no failure of ours.
      .filter(
        (hit) => !/^(?:didnt|did not) get the (?:job|role|position|place)/u.test(keysIn(tokens, hit.from, hit.to + 4)),
      )
      // "supermarket stuff tastes like cardboard": another's goods, no failure of ours.
      .filter((hit) => !OTHERS_GOODS.test(keysIn(tokens, hit.from - 3, hit.from)))
      // "Endlich versteh ich, warum mein Espresso immer so sauer war (zu grob gemahlen …)": what went wrong at home,
      // understood at last, thanks to us.
      .filter(
        (hit) =>
          !why ||
          !UNDERSTOOD_WHY.test(
            normalised.text.slice(
              sentenceStart(normalised.text, tokens[hit.from]?.start ?? 0),
              tokens[hit.from]?.start ?? 0,
            ),
          ),
      )
      // "Drove past Rheinwerk's new banner on the A57": an ad seen on the way, no van that passed them by.
      .filter(
        (hit) =>
          !(
            tokens[hit.from]?.key === "drove" &&
            /^\s*past\s(?:\S+\s){0,3}?(?:banner|billboard|poster|ad|advert|sign|hoarding)\b/iu.test(
              normalised.text.slice(tokens[hit.from]?.end ?? 0),
            )
          ),
      )
      // "Mir fehlt in der Kampagne jeder Gedanke an Mieter:innen": a thought missing from an argument, nothing undelivered.
      .filter(
        (hit) =>
          !(
            /^fehl(?:t|en)$/u.test(tokens[hit.from]?.key ?? "") &&
            /(?:^|\s)(?:gedanke\S*|blick|wort|hinweis|idee|konzept|ansatz|perspektive|angebot|antwort auf)(?:\s|$)/u.test(
              keysIn(tokens, hit.to + 1, hit.to + 6),
            ) &&
            !/(?:^|\s)(?:mein|meine|meiner|meinem|unser|unsere)(?:\s|$)/u.test(keysIn(tokens, hit.to + 1, hit.to + 4))
          ),
      )
      // "vorher wusste keiner was ein Mahlgrad ist, jetzt wird … gestritten": what nobody knew before, learnt with us.
      .filter((hit) => !/^(?:vorher|zuvor|before|beforehand)$/u.test(tokens[hit.from - 1]?.key ?? ""))
      // "bin nach Graz gezogen und mir fehlt euer Guji sooo sehr 😭": longing, nothing gone missing.
      .filter(
        (hit) =>
          !(
            /^fehl(?:t|en)$/u.test(tokens[hit.from]?.key ?? "") &&
            /^(?:\S+ ){0,3}s+o+ (?:sehr|arg)(?: |$)/u.test(keysIn(tokens, hit.to + 1, hit.to + 7))
          ),
      )
      // "Meanwhile the waiting list for an install is months long": how long everyone waits, argued; nobody's own wait.
      .filter(
        (hit) =>
          !(
            tokens[hit.from]?.key === "waiting" &&
            tokens[hit.from + 1]?.key === "list" &&
            !/(?<!\p{L})(?:i|i'm|im|i've|ive|my|we|we're|our|me|us)(?!\p{L})/iu.test(
              normalised.text.slice(
                sentenceStart(normalised.text, tokens[hit.from]?.start ?? 0),
                normalised.text.slice(tokens[hit.to]?.end ?? 0).search(/[.!?]/u) + (tokens[hit.to]?.end ?? 0),
              ),
            )
          ),
      )
      // "heat pumps fell off, ratio": out of fashion, in the slang of a taunt; nothing came loose.
      .filter(
        (hit) =>
          !(
            tokens[hit.from]?.key === "fell" &&
            (tokens[hit.to + 1]?.key === "ratio" ||
              (/s$/u.test(tokens[hit.from - 1]?.key ?? "") &&
                !/(?:^|\s)(?:my|our|the)(?: \S+)?$/u.test(keysIn(tokens, hit.from - 3, hit.from - 1))))
          ),
      )
      // "Mein Enkel wohnt in Australien und kann nicht helfen": someone who cannot help, nothing of ours that fails.
      .filter(
        (hit) => !(tokens[hit.to + 1]?.key === "helfen" && CANNOT_HELP.test(keysIn(tokens, hit.from - 8, hit.from))),
      )
      // "mein Enkel ist gerade nicht da": someone away from home, nothing that failed to come.
      .filter(
        (hit) =>
          !(
            tokens[hit.from]?.key === "nicht" &&
            tokens[hit.to]?.key === "da" &&
            AWAY.test(keysIn(tokens, hit.from - 6, hit.from))
          ),
      )
      // "muss ich echt in eurer warteschleife hängen damit das weniger wird??": a wait asked about, none had yet.
      .filter(
        (hit) =>
          !(
            /^warteschleife/u.test(tokens[hit.from]?.key ?? "") &&
            /(?:^|\s)(?:muss|soll|muesste|musste) (?:ich|man)(?: \S+){0,3}$/u.test(
              keysIn(tokens, hit.from - 5, hit.from),
            )
          ),
      )
      // "5 months pregnant and missing good coffee so bad 😩": longing, nothing gone missing.
      .filter(
        (hit) =>
          !(
            hit.from === hit.to &&
            tokens[hit.from]?.key === "missing" &&
            /^(?:\S+ ){0,4}so (?:bad|much)(?: |$)/u.test(keysIn(tokens, hit.to + 1, hit.to + 8))
          ),
      )
      // "wer im Februar mit kaputter Ölheizung dasteht, dem hilft …": whoever it may be, no case of the writer's.
      // "Wer im Januar eine defekte Gasheizung hat, wartet nicht bis April": anyone's case, argued, none of theirs.
      .filter((hit) => !(anyone && saidOfAnyone(normalised, hit, someone)))
      // "Hab son altes Handy, da läuft die [App] nicht drauf": the writer's old phone, no failure of ours.
      .filter((hit) => !(oldDevice && saidIn(normalised, hit, OLD_DEVICE)))
      // "Übernehmen Sie auch die Wartung von Bestandsanlagen anderer Hersteller?": another make asked about, not fitted.
      .filter((hit) => !otherMakeAsked(normalised, hit))
      // "my husband tried calling but got lost in the menu", "der nette Herr konnte uns nicht sagen, wie das läuft.
      // Kostet uns das was?": the way to an answer, told before the question they ask; no case of its own.
      .filter((hit) => !wayToAnAnswer(normalised, hit))
      // "Happy to be proven wrong": the idiom of an argument, nothing wrong with a bill.
      .filter(
        (hit) =>
          !/\bprove[dn]?\s(?:me\s)?wrong\b/iu.test(
            normalised.text.slice(
              normalised.tokens[Math.max(0, hit.to - 2)]?.start ?? 0,
              (normalised.tokens[hit.to]?.end ?? 0) + 1,
            ),
          ),
      )
      // "Euer Kaffee schmeckt wie Spülwasser mit Hipster-Aufschlag", "euer kaffee schmeckt nach verbrannter pappe lol":
      // scorn for the taste of all of it, criticism; not a bag gone off. Not a failure told before it ("… bestellt.
      // Geliefert: Filtermahlung. Schmeckt wie Spülwasser"): the scorn is read from the hit's own words on.
      .filter(
        (hit) =>
          !/(?:schmeckt|schmecken|tastes?)\s(?:wie|like)\s(?:\p{L}+\s)?(?:spülwasser|spuelwasser|abwasser|pisse|plörre|ploerre|brühe|bruehe|dishwater|piss|sewage)/iu.test(
            sentenceFrom(normalised, hit),
          ) && !ALL_OF_IT_TASTES.test(normalised.text),
      )
      // "went from first offer to 30 kWp on the roof in two months", "every time I got stuck": how fast it went, and
      // where the writer needed help; "die Zahl geht so nicht auf": an argument that does not add up.
      .filter((hit) => !storyNotFailure(normalised, hit))
      // "my boyfriend … flat out refuses to give up your Südvorstadt blend": someone close who will not, not us.
      .filter((hit) => !closeOneRefuses(normalised.tokens, hit))
      // "Why is Germany shutting down its nuclear plants": what a country or its government does, none of ours.
      .filter(
        (hit) =>
          !normalised.tokens.slice(Math.max(0, hit.from - 2), hit.to + 1).some((token) => STATE_SUBJECT.has(token.key)),
      )
      // "Die Karte … ist beim Umzug verloren gegangen": lost by the writer in their own move, nothing of ours failed.
      .filter(
        (hit) =>
          !(
            /^(?:verloren|lost)$/u.test(normalised.tokens[hit.from]?.key ?? "") &&
            /(?:^|\s)(?:beim umzug|when (?:we|i) moved|in the move)$/u.test(
              keysIn(normalised.tokens, hit.from - 3, hit.from),
            )
          ),
      )
      // "wir standen etwas verloren rum": how the writer felt in a full room, nothing mislaid.
      .filter((hit) => !(normalised.tokens[hit.from]?.key === "verloren" && feltLost(normalised.tokens, hit.from)))
      .filter((hit) => !crashCourse(normalised.tokens, hit))
      // "Your website is no help here: we have a wind turbine …": how useful a page is, judged; no help refused.
      .filter(
        (hit) =>
          !(
            keysIn(normalised.tokens, hit.from, hit.to + 1) === "no help" &&
            /^(?:is|was|are|were|its|thats)$/u.test(normalised.tokens[hit.from - 1]?.key ?? "")
          ),
      )
      // "(war ausverkauft) und mir heute ne tüte zurückgelegt": sold out, and a bag kept back for them.
      .filter(
        (hit) =>
          !(
            /^(?:ausverkauft|sold)$/u.test(normalised.tokens[hit.from]?.key ?? "") &&
            /(?<!\p{L})(?:zurückgelegt|zurueckgelegt|reserviert|beiseitegelegt|aufgehoben|set aside|put aside|kept (?:one|a bag) (?:back|aside))(?!\p{L})/iu.test(
              normalised.text.slice(normalised.tokens[hit.to]?.end ?? 0),
            )
          ),
      )
      // "Wo bleibt die Differenzierung?", "Von einer Rösterei, die sich Kollektiv nennt, erwarte ich mehr Haltung": a
      // virtue missed or expected, in argument; no parcel or refund to chase.
      .filter((hit) => !virtueMissed(normalised, hit))
      // "what does community taste like. burnt oat milk …": a comparison cut off by the end of its sentence is none.
      .filter((hit) => !/(?<!\p{L})(?:like|wie|nach)[.!?]\s/iu.test(written(normalised, hit.from, hit.to)))
      .filter(
        (hit) =>
          !resolvedAfter(tokens, hit) &&
          !aboutFollows(normalised, hit) &&
          !speechless(tokens, hit) &&
          !remedied(tokens, hit) &&
          !withoutByChoice(normalised, hit) &&
          !hypothetical(tokens, hit) &&
          !feared(normalised, hit) &&
          // "bis wann kann ich da aufschlagen? nicht dass …": a phrase is not read across a question's end.
          !acrossSentences(normalised, hit) &&
          !lastYearBesideQuestion(normalised, hit) &&
          // "how is the Colombia decaf decaffeinated? … couldn't find it on the product page": what they looked for on our
          // pages and now ask, not something that failed.
          !(
            normalised.questionMarks > 0 &&
            /\b(?:find|finden|gefunden)\b/iu.test(written(normalised, hit.from, hit.to)) &&
            LOOKED_UP.test(normalised.text)
          ) &&
          // "3:1 in der Nachspielzeit, ich kann immer noch nicht 😂", "I still can't 😭": speechless, the verb left out.
          !(
            /(?:^|\s)(?:immer\s)?noch\snicht$|^(?:i\s)?still\scan'?t$/iu.test(written(normalised, hit.from, hit.to)) &&
            /(?:^|\s)(?:kann|can)(?:\s|$)/u.test(keysIn(tokens, hit.from - 3, hit.to + 1)) &&
            !tokens.slice(hit.to + 1).some((token) => token.kind === "word")
          ) &&
          // "Die Lieferung kam ohne Probleme": without trouble is how it went well.
          !(tokens[hit.to]?.key === "ohne" && NO_TROUBLE.test(tokens[hit.to + 1]?.key ?? "")) &&
          // "Seit der PV aufm Dach brauchen wir nur noch die Hälfte": less needed, nothing delivered short.
          !(tokens[hit.from]?.key === "nur" && NEEDED.test(keysIn(tokens, hit.from - 3, hit.from))) &&
          !argued(normalised, hit) &&
          !othersCase(tokens, hit) &&
          !awayFromFuel(tokens, hit) &&
          !ownWayWithTechnology(tokens, hit) &&
          // "careful about where my coffee comes from": where it is from, not where it is.
          !(
            /^where\b/iu.test(written(normalised, hit.from, hit.to)) &&
            /^\s*(?:comes?|came|is|was|gets?)\s(?:\p{L}+\s)?(?:from|grown|roasted|sourced|made)\b/iu.test(
              normalised.text.slice(tokens[hit.to]?.end ?? 0),
            )
          ) &&
          // "Can't wait to pay extra for the artwork 🙄": longing, said in irony or not, is no failure.
          !/^(?:can'?t|cannot|can not)\s(?:wait|hardly wait)\b/iu.test(written(normalised, hit.from, hit.to)) &&
          // "the running-cost argument falls apart for a lot of families": an argument failing, nothing of theirs.
          !(
            /(?<!\p{L})(?:falls?|fell|falling) apart|(?<!\p{L})(?:faellt|fällt|bricht|brechen|fallen) (?:\p{L}+ )?zusammen/iu.test(
              written(normalised, hit.from, hit.to),
            ) &&
            /(?<!\p{L})(?:argument|arguments|logic|reasoning|claim|claims|theory|narrative|argumentation|logik|rechnung)$/u.test(
              keysIn(tokens, hit.from - 1, hit.from),
            )
          ) &&
          // "Ich finde es nicht gut, dass man fast alles nur noch über die App machen soll … meine Mutter ist 84 und kommt
          // damit überhaupt nicht klar": who is left behind by a policy argued against, not a fault to put right.
          !(
            POLICY_ARGUED.test(normalised.text) &&
            /(?<!\p{L})(?:mutter|vater|mama|papa|oma|opa|eltern|grosseltern|grossmutter|grossvater|nachbarin|nachbar|mother|father|mum|mom|dad|grandma|grandpa|parents|grandparents|neighbour|neighbor)(?!\p{L})/u.test(
              keysIn(tokens, hit.from - 8, hit.from),
            )
          ) &&
          // "Unser jetziger Anbieter hat das zum Jahreswechsel gestrichen": another supplier's doing, why they ask us.
          !OTHER_SUPPLIER.test(
            normalised.text.slice(tokens[Math.max(0, hit.from - 8)]?.start ?? 0, tokens[hit.to]?.end ?? 0),
          ) &&
          // "i cannot find a good coffee here": a search for something good, nothing of ours failed.
          !/^\s(?:a|any)\sgood\b/iu.test(
            normalised.text.slice(tokens[hit.to]?.end ?? 0, (tokens[hit.to]?.end ?? 0) + 8),
          ) &&
          // "mein Enkel sagt das geht nur über die App. Das kann ich nicht.": the writer's own inability, why they ask.
          !(
            /^(?:das\s)?kann ich nicht$/u.test(keysIn(tokens, hit.from, hit.to + 1)) &&
            /^\s*[.!]/u.test(normalised.text.slice(tokens[hit.to]?.end ?? 0))
          ) &&
          // "Erst alles kaputt machen und dann wundern": what politics is said to break, no thing of ours.
          !(
            /^kaputt/u.test(tokens[hit.from]?.key ?? "") &&
            /^(?:alles|land)$/u.test(tokens[hit.from - 1]?.key ?? "") &&
            /^(?:machen|gemacht|macht|machten)$/u.test(tokens[hit.to + 1]?.key ?? "")
          ) &&
          // "Die sollen alle mal ne Woche in Berlin ohne Heizung sitzen": what the writer wishes on others.
          !/(?<!\p{L})(?:die|sie|they)\s(?:sollen|sollten|should)(?!\p{L})/u.test(
            keysIn(tokens, hit.from - 8, hit.from),
          ) &&
          // "Made me feel a lot less lost over here": a bad feeling lessened.
          !/^(?:less|weniger)$/u.test(tokens[hit.from - 1]?.key ?? "") &&
          // "bin seit kurzem ohne Kuhmilch unterwegs": how the writer lives now.
          !/(?<!\p{L})unterwegs$/u.test(keysIn(tokens, hit.from, hit.to + 1)) &&
          // "caffeine makes me shaky but most decaf tastes like cardboard to me": coffee in general, no bag of ours.
          !(
            /^(?:tastes?|tasted|schmeckt|schmecken|schmeckte)$/u.test(tokens[hit.from]?.key ?? "") &&
            /(?<!\p{L})(?:most|meisten|meister|usually|normally|normalerweise|typically|generally)(?!\p{L})/u.test(
              keysIn(tokens, hit.from - 3, hit.from),
            )
          ) &&
          // "just moved to Köln and my german is not phone-ready yet": the writer's own German, nothing of ours.
          !/(?<!\p{L})(?:my|mein)\s(?:german|english|deutsch|englisch)\s(?:is|ist)(?:\s(?:still|noch|just|einfach))?$/u.test(
            keysIn(tokens, hit.from - 5, hit.from),
          ) &&
          // "ich bin immer noch nicht drüber hinweg wie schokoladig der ist": still amazed, nothing failed.
          !/^(?:drueber|darueber|ueber)\s(?:hinweg|weg)$/u.test(keysIn(tokens, hit.to + 1, hit.to + 3)) &&
          // "somehow nobody waited more than two minutes for a cortado": a wait nobody had.
          !/(?<!\p{L})(?:nobody|noone|niemand|keiner)$/u.test(keysIn(tokens, hit.from - 1, hit.from)) &&
          // "wann ungefähr die Handwerker anrücken und wieviele Tage wir dann ohne Heizung dasitzen": days without heating
          // asked about ahead of the fitting, none gone yet.
          !/(?<!\p{L})(?:wieviele|wie viele|wie lange|how long|how many)(?!\p{L})/u.test(
            keysIn(tokens, hit.from - 5, hit.from),
          ) &&
          // "you coming to the cupping … friday?? last one was sick": slang for great, said of an event, nobody ill.
          !(
            tokens[hit.to]?.key === "sick" &&
            /^(?:one|it|that|this|event|night|session|party|show|gig|match|game|cupping|course|workshop|class|set|vibe|vibes)$/u.test(
              tokens[hit.from - 1]?.key ?? "",
            )
          ) &&
          // "Mein Sohn (4) hat … seinen Kakao komplett über den Tisch und meine Jacke gekippt. Emre kam sofort mit
          // Tüchern … Ohne Augenrollen": the child's spill, and a reproach that was spared.
          !(
            /^(?:gekippt|verschuettet|umgekippt|umgeworfen|spilled|knocked)$/u.test(tokens[hit.to]?.key ?? "") &&
            tokens.slice(Math.max(0, hit.from - 12), hit.from).some((token) => KIN.has(token.key))
          ) &&
          !(
            /^(?:ohne|without)$/u.test(tokens[hit.from - 1]?.key ?? "") &&
            /^(?:augenrollen|eye-rolling|eyerolling|stress|murren|meckern)$/u.test(tokens[hit.from]?.key ?? "")
          ) &&
          // "beim Lernen ist mir der Laptop abgeschmiert … da hat sie mir einfach nen Kakao hingestellt": the writer's
          // own laptop, told in thanks for the help.
          !(
            /^(?:abgeschmiert|abgestuerzt|crashed|died)$/u.test(tokens[hit.to]?.key ?? "") &&
            /(?<!\p{L})(?:laptop|notebook|akku)(?!\p{L})/u.test(keysIn(tokens, hit.from - 3, hit.to)) &&
            thanked(normalised)
          ) &&
          // "ich krieg jetzt zumindest ne Tulpe hin (mit Delle)": the dent in the writer's own latte art.
          // "mein erstes Latte-Art-Herz hinbekommen (okay, eher ne Tulpe mit Beule 😅)": likewise.
          !(
            /^(?:dellen?|beulen?)$/u.test(tokens[hit.from]?.key ?? "") &&
            (/(?<!\p{L})(?:krieg|kriege|bekomm|bekomme)(?!\p{L})[\s\S]*(?<!\p{L})hin$/u.test(
              keysIn(tokens, hit.from - 8, hit.from - 1),
            ) ||
              /(?<!\p{L})(?:herz|tulpe|rosetta|schwan|latte-art|latte-art-herz|hinbekommen|hingekriegt)(?!\p{L})/u.test(
                keysIn(tokens, hit.from - 10, hit.from),
              ))
          ) &&
          // "41% of our power now comes off our own roof": where the power comes from, no power gone off.
          !/(?<!\p{L})(?:comes|came|coming)\soff$/u.test(keysIn(tokens, hit.from, hit.to + 1)) &&
          // "Hat heut früh noch jemand in Leipzig das Wackeln gemerkt??": the other readers asked what they felt. Not
          // "Hat noch jemand seit heute früh keinen Strom?": a supply of ours, asked about.
          !(
            READERS_FELT.test(
              normalised.text.slice(
                sentenceStart(normalised.text, tokens[hit.from]?.start ?? 0),
                tokens[hit.to]?.end ?? 0,
              ),
            ) && FELT.test(normalised.text)
          ) &&
          // "der Ableser war dieses Jahr nicht da und ich soll den Zählerstand selbst melden": reading the meter oneself is
          // the way it is done, no visit missed.
          !(
            /^nicht da$/u.test(keysIn(tokens, hit.from, hit.to + 1)) &&
            /(?<!\p{L})(?:ableser|ableserin|ablesedienst)(?!\p{L})/u.test(keysIn(tokens, hit.from - 6, hit.from))
          ) &&
          // "Solange das fehlt, ist 'fair' halt ein Marketingwort": what is missing, set as a condition of an argument.
          !(
            /^(?:fehlt|fehlen|missing|lacking)$/u.test(tokens[hit.to]?.key ?? "") &&
            /(?<!\p{L})(?:solange|so lange|sofern|as long as|until|bis)(?!\p{L})/u.test(
              keysIn(tokens, hit.from - 3, hit.from),
            )
          ) &&
          // "sodass wir keinen einzigen Produktionstag verloren haben", "we didn't lose a single day": nothing was lost.
          !(
            /^(?:verloren|lost|lose|verlieren)$/u.test(tokens[hit.to]?.key ?? "") &&
            /(?<!\p{L})(?:kein\p{L}*|nichts|no|nothing|not a single|never|nie)(?!\p{L})/u.test(
              keysIn(tokens, hit.from - 5, hit.from),
            )
          ) &&
          // "Small but important error in the graphic: … 400%, not 40%": a mistake in what we published is corrected,
          // nothing of the writer's failed.
          !(
            hit.from === hit.to &&
            /^(?:error|errors|mistake|fehler)$/u.test(tokens[hit.from]?.key ?? "") &&
            PUBLISHED_AFTER.test(keysIn(tokens, hit.to + 1, hit.to + 4))
          ) &&
          // "Sie schreiben von 1.200 …, im Geschäftsbericht finde ich aber 1.020. Zahlendreher?": a slip in what the
          // company wrote, which corrects it; no case of the writer's.
          // "your post gives the service line as … I think the last digits got swapped".
          !(
            /(?<!\p{L})(?:zahlendreher|tippfehler|typo|druckfehler|fehler|error|mistake|swapped|vertauscht|verdreht)(?!\p{L})/iu.test(
              written(normalised, hit.from, hit.to),
            ) && WHAT_YOU_WROTE.test(normalised.text)
          ) &&
          // "I spilled my flat white all over her book", "wie du … den ganzen Cappuccino über deinen Laptop gekippt
          // hast": a drink spilt by the writer or a friend, no fault of ours; "hätte sich kaputtgelacht": laughter.
          !(SPILT.test(written(normalised, hit.from, hit.to)) && SPILT_BY_US.test(normalised.text)) &&
          !/^kaputt(?:ge)?lach/u.test(tokens[hit.from]?.key ?? "") &&
          // "Steh jedes mal … wie bestellt und nicht abgeholt vor eurer Tür": the idiom for waiting in vain.
          !/\bwie bestellt und nicht abgeholt\b/iu.test(
            normalised.text.slice(Math.max(0, (tokens[hit.from]?.start ?? 0) - 20), (tokens[hit.to]?.end ?? 0) + 5),
          ) &&
          // "My colleagues still haven't stopped talking about the natural-process Ethiopian": praise, no wait.
          !/^\s*(?:stopped|stop)\s(?:talking|raving|smiling|going on|thinking)\b/iu.test(
            normalised.text.slice(tokens[hit.to]?.end ?? 0),
          ) &&
          // "obwohl die Schlange bis zur Tür ging. Sowas vergisst man nicht": a "nicht" of the next sentence denies
          // nothing that went.
          !(
            hit.to > hit.from + 1 &&
            DENIED_BEFORE.has(tokens[hit.to]?.key ?? "") &&
            /[.!?]/u.test(normalised.text.slice(tokens[hit.from]?.end ?? 0, tokens[hit.to]?.start ?? 0))
          ) &&
          // "Bei Investitionen von 30.000 € erwarte ich da etwas mehr Transparenz": more openness asked for, no fault.
          !(
            tokens[hit.from]?.key === "erwarte" &&
            tokens.slice(hit.to + 1, hit.to + 3).some((token) => OPENNESS.has(token.key))
          ) &&
          // "Das beschädigt den Ruf der Technik insgesamt": a reputation harmed, nothing of theirs damaged.
          !(
            DAMAGING.has(tokens[hit.from]?.key ?? "") &&
            tokens.slice(hit.to + 1, hit.to + 4).some((token) => REPUTATION.has(token.key))
          ) &&
          // 'und hängen bleibt dann: „Wärmepumpe im Altbau funktioniert nicht.“': what people will say, quoted.
          !HEARSAY.test(
            normalised.text.slice(Math.max(0, (tokens[hit.from]?.start ?? 0) - 90), tokens[hit.from]?.start ?? 0),
          ) &&
          // "Quatsch, die Wärmepumpe geht bei Frost nicht aus": another's claim denied, nothing failed.
          !(
            DENIED_BEFORE.has(tokens[hit.to]?.key ?? "") &&
            tokens[hit.to + 1]?.key === "aus" &&
            REBUTTAL.test(normalised.text.slice(sentenceStart(normalised.text, tokens[hit.from]?.start ?? 0)))
          ) &&
          // "die Preise hochziehen bis es quietscht": the idiom of going too far, no noise.
          !(
            /^quietsch|^kracht/u.test(tokens[hit.from]?.key ?? "") &&
            keysIn(tokens, hit.from - 2, hit.from) === "bis es"
          ) &&
          // "Für den Papierkram fehlt uns ehrlich gesagt die Kapazität": their own time short, nothing of ours missing.
          !(
            /^fehl/u.test(tokens[hit.from]?.key ?? "") &&
            tokens.slice(hit.from + 1, hit.from + 6).some((token) => OWN_RESOURCE.has(token.key)) &&
            tokens.slice(hit.from + 1, hit.from + 3).some((token) => token.key === "uns" || token.key === "mir")
          ) &&
          // "komm jeden tach zu spät auf arbeit": the writer late for work, nothing of ours late.
          !(
            /^(?:spaet|late)$/u.test(tokens[hit.to]?.key ?? "") &&
            /^(?:zur|auf|in die|auf die) (?:arbeit|schule|uni|maloche)\b|^(?:to|for) (?:work|school|class)\b/u.test(
              keysIn(tokens, hit.to + 1, hit.to + 3),
            )
          ) &&
          // "meine Kumpels und ich lachen uns jedes mal kaputt": laughter, nothing broken.
          !(/^kaputt/u.test(tokens[hit.to]?.key ?? "") && /\blach\p{L}*/u.test(keysIn(tokens, hit.from - 6, hit.to))) &&
          // "stuck a candle in her vegan chocolate cake": something put somewhere, nobody stuck.
          !(tokens[hit.from]?.key === "stuck" && hit.from === hit.to && PUT_IN.has(tokens[hit.from + 1]?.key ?? "")) &&
          // "Die Musik ist nicht zu laut, das WLAN hält": a fault denied.
          !DENIED_BEFORE.has(tokens[hit.from - 1]?.key ?? "") &&
          !almostDid(normalised, hit) &&
          // "not once has it been late", "kein einziges Mal zu spät": a fault that never happened.
          !neverOnce(tokens, hit.from) &&
          // "Hab den Brief bekommen aber ehrlich gesagt keine Lust …": no wish, nothing missing.
          !(
            /^kein/u.test(tokens[hit.to]?.key ?? "") &&
            /^(?:lust|bock|ahnung|zeit|nerv|nerven)$/u.test(tokens[hit.to + 1]?.key ?? "")
          ) &&
          // "keine einzige Lieferung zu spät": not "no delivery", but not one of them late.
          !(
            /^kein/u.test(tokens[hit.from]?.key ?? "") &&
            /^einzig/u.test(tokens[hit.from + 1]?.key ?? "") &&
            /^\s+(?:\p{L}+\s+)?(?:zu sp(?:ä|ae)t|versp(?:ä|ae)tet|kaputt|besch(?:ä|ae)digt|falsch|late|broken|damaged|wrong)/iu.test(
              normalised.text.slice(tokens[hit.to]?.end ?? 0),
            )
          ) &&
          // "… weil die halbe Fläche reserviert war und dann kam keiner": guests who stayed away, no visit of ours.
          !(CAME_NOBODY.test(written(normalised, hit.from, hit.to)) && !VISIT_OWED.test(normalised.text)) &&
          !transitOnTheWay(normalised, hit) &&
          // "die schoko kam erst viel später dazu": what was added later, in a story, not a delivery late.
          !ADDED.has(tokens[hit.to + 1]?.key ?? "") &&
          // "ich will nicht, dass da 2 Kilo Kaffee vor der Tür liegen": "nicht dass" opens what is feared.
          !(tokens[hit.from]?.key === "nicht" && tokens[hit.from + 1]?.key === "dass") &&
          // "Meine Frau sagt ich soll einfach anrufen aber die Warteschleife…": a call put off for fear of the queue.
          !queueFeared(normalised, hit) &&
          // "no power left on my phone either lol": a battery run down, no supply cut.
          !(tokens[hit.to + 1]?.key === "left" && /^(?:power|charge|battery|akku)$/u.test(tokens[hit.to]?.key ?? "")) &&
          // "keeps heating down to -25 °C": how cold it still heats, no heating gone down.
          !(
            tokens[hit.to]?.key === "down" &&
            /^\s+to\s+[-−–]?\s?\d/u.test(
              normalised.text.slice(tokens[hit.to]?.end ?? 0, (tokens[hit.to]?.end ?? 0) + 12),
            )
          ) &&
          // "Besser kann man Energiewende nicht erklären", "couldn't have done it better": praise at its highest.
          !BETTER.has(tokens[hit.from - 1]?.key ?? "") &&
          // "das kann ich nicht auf einen Schlag zahlen", "ich kann also nicht mal eben vorbeikommen": what the writer
          // cannot do themselves, no fault of ours.
          !ownInability(tokens, hit) &&
          // "hat das recht auf meinungen zu kaffee verloren": a right or a standing lost, nothing mislaid.
          !(
            tokens[hit.to]?.key === "verloren" &&
            tokens.slice(Math.max(0, hit.from - 6), hit.from).some((token) => STANDING.has(token.key))
          ) &&
          // "Mein Sohn meint das geht nicht": what someone else believes of an offer, no failure.
          !(
            REPORTED.test(keysIn(tokens, hit.from - 3, hit.from)) &&
            /^(?:geht|klappt|funktioniert|works?|wont)$/u.test(tokens[hit.from]?.key ?? "")
          ) &&
          // "Is the Ethiopia Guji coming back?? It's been sold out for weeks": asked when it returns, no case.
          !(/^sold$|^ausverkauft/u.test(tokens[hit.from]?.key ?? "") && RETURN_ASKED.test(normalised.text)) &&
          // "means very little without the electricity price you assumed": a figure about the supply, no supply gone.
          !(SUPPLY.has(tokens[hit.to]?.key ?? "") && FIGURE_OF.has(tokens[hit.to + 1]?.key ?? "")) &&
          // "dass die Brücke an der Karl-Heine-Straße schon wieder gesperrt ist": a road closed, no account locked.
          !(/^(?:gesperrt|closed)$/u.test(tokens[hit.from]?.key ?? "") && roadBefore(normalised, hit.from)) &&
          // "my German is… not there yet": not yet able, no one missing.
          !(tokens[hit.to]?.key === "there" && tokens[hit.to + 1]?.key === "yet") &&
          // "Sie hat kein Internet, kein Smartphone": what someone does not own, no connection down; not "wir haben kein
          // Warmwasser", nor "seit gestern kein Internet".
          !(
            /^(?:hat|habe|hab|haben|hast|besitzt|besitze)$/u.test(tokens[hit.from - 1]?.key ?? "") &&
            /^kein\p{L}*\s(?:internet|smartphone|handy|computer|pc|laptop|e-?mail)/iu.test(
              written(normalised, hit.from, hit.to + 1),
            ) &&
            !/\b(?:seit|mehr|heute|gestern|wieder)\b/iu.test(keysIn(tokens, hit.from - 4, hit.to + 3))
          ) &&
          // "mein Holzofen … läuft auch ohne euren Strom": what does without us, no supply of theirs gone.
          !(
            /^(?:ohne|without)$/u.test(tokens[hit.from]?.key ?? "") &&
            /^(?:euren|eure|euer|eurem|ihren|ihre|your)$/u.test(tokens[hit.from + 1]?.key ?? "") &&
            /^(?:auch|even|prima|gut|wunderbar|fine|perfectly)$/u.test(tokens[hit.from - 1]?.key ?? "")
          ) &&
          // "ohne euren Kaffee hält sie das nicht aus": they cannot do without us, which is praise.
          !/(?<!\p{L})(?:ohne|without)\s(?:euren|eure|euer|deinen|ihren|your)\s/iu.test(
            normalised.text.slice(Math.max(0, (tokens[hit.from]?.start ?? 0) - 40), tokens[hit.from]?.start ?? 0),
          ) &&
          // "Pregnant and seriously missing my Kreuzberg flat white 🥲": longing, nothing lost.
          !(
            /^(?:missing|miss)$/u.test(tokens[hit.from]?.key ?? "") &&
            LONGING.has(tokens[hit.from - 1]?.key ?? "") &&
            /^(?:my|our|the)$/u.test(tokens[hit.from + 1]?.key ?? "")
          ) &&
          // "We bought a bag of beans to take home and it's almost gone 😭": used up, and missed.
          !(
            tokens.slice(hit.from, hit.to + 1).some((token) => ALMOST.has(token.key)) &&
            /^(?:gone|empty|leer|alle|weg)$/u.test(tokens[hit.to]?.key ?? "")
          ) &&
          // "my beans run out tomorrow", "der Kaffee geht bald aus": what will run low, feared, not failed.
          !(
            SOON.has(tokens[hit.to + 1]?.key ?? "") &&
            /^(?:run|runs|ausgehen|geht|gehen|leer)$/u.test(tokens[hit.from]?.key ?? "")
          ) &&
          // "Nice post …, but one small error: … is in the North Sea": a fact set right, nothing broken.
          !(
            ERRATUM.has(tokens[hit.from]?.key ?? "") &&
            hit.from === hit.to &&
            SMALL.has(tokens[hit.from - 1]?.key ?? "")
          ) &&
          // "zum Geburtstag eine Chemex gewünscht und auch bekommen, aber leider keine Mühle dazu": a present without its
          // companion, no order of ours.
          !(
            /^(?:bekommen|bekomme|bekam)$/u.test(tokens[hit.from]?.key ?? "") &&
            GIFTED.test(normalised.text) &&
            !ORDER_CODE.test(normalised.text)
          ) &&
          // "everyone told us a heat pump would never work up here": a doubt others voiced, no failure.
          // "alle haben gesagt, Wärmepumpe geht da nicht": the doubters named, and what they said.
          !(
            (WOULD.has(tokens[hit.from - 1]?.key ?? "") ||
              tokens.slice(Math.max(0, hit.from - 8), hit.from).some((token) => DOUBTERS.has(token.key))) &&
            tokens.slice(Math.max(0, hit.from - 10), hit.from).some((token) => DOUBTED.has(token.key))
          ) &&
          // "darf nur lauwarm … sie hat mir extra nen lauwarmen kakao gemacht": lukewarm as asked, nothing gone cold.
          !(
            LUKEWARM.has(tokens[hit.from]?.key ?? "") &&
            tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => AS_ASKED.has(token.key)) &&
            // "Die Duschen sind seit zwei Wochen nur lauwarm", "only lukewarm": "only" is lukewarm as asked only
            // beside a wish or a rule ("darf nur lauwarm").
            tokens
              .slice(Math.max(0, hit.from - 3), hit.from)
              .some((token) => (AS_ASKED.has(token.key) && !ONLY.has(token.key)) || WISHED_SO.has(token.key))
          ) &&
          // "The drink is caffè latte": a latte, not late (the doubled letter read loosely).
          !tokens.slice(hit.from, hit.to + 1).some((token) => token.key === "latte" || token.key === "lattes") &&
          // "hab mich vor 2 wochen beschwert, dass … fehlte. heute nachgeschaut: feld ist da": a complaint told as
          // past, in thanks.
          !(
            credited && tokens.slice(Math.max(0, hit.from - 20), hit.from).some((token) => COMPLAINED.has(token.key))
          ) &&
          // "meinen Ehering gefunden, den ich vor 12 Jahren im Keller verloren hab": lost, and found by them.
          !(
            LOST.has(tokens[hit.to]?.key ?? "") &&
            hit.from === hit.to &&
            tokens.slice(Math.max(0, hit.from - 14), hit.from).some((token) => FOUND.has(token.key))
          ) &&
          // "@ole_hh you lost the bet", "Wette verloren": a game lost, nothing of theirs.
          !(
            LOST.has(tokens[hit.to]?.key ?? "") &&
            tokens
              .slice(Math.max(0, hit.from - 2), hit.to + 3)
              .some((token) => ["bet", "wager", "game", "match", "wette", "spiel"].includes(token.key))
          ) &&
          // "from a photo of a faded old bag": an old thing described, nothing of theirs faded.
          !(
            tokens[hit.from]?.key === "faded" &&
            hit.from === hit.to &&
            ["a", "an", "the", "some", "old"].includes(tokens[hit.from - 1]?.key ?? "")
          ) &&
          // "my late mother's house": someone who died, nothing delayed.
          !(LATE.has(tokens[hit.to]?.key ?? "") && POSSESSIVE.has(tokens[hit.to - 1]?.key ?? "")) &&
          // "sat by the window like a dog waiting for its owner": a simile, no answer awaited.
          !simile(tokens, hit) &&
          // "Gas use in the brewhouse is down by about a third": a figure that fell, nothing broken down.
          !(tokens[hit.to]?.key === "down" && BY.has(tokens[hit.to + 1]?.key ?? "")) &&
          // "so we never had to close during opening hours": what did not need to happen, thanks to the crew.
          !(tokens[hit.to]?.key === "had" && tokens[hit.to + 1]?.key === "to") &&
          // "while I was stuck in hospital for a week": where the writer was, nothing of ours stuck.
          !(
            tokens[hit.to]?.key === "stuck" &&
            tokens[hit.to + 1]?.key === "in" &&
            PLACES_ONE_IS.has(tokens[hit.to + 2]?.key ?? "")
          ) &&
          // "I'm already missing your filter coffee", "pregnant and missing good coffee 😭": longing, nothing lost.
          !(
            tokens[hit.from]?.key === "missing" &&
            hit.from === hit.to &&
            (MISSED.has(tokens[hit.to + 1]?.key ?? "") ||
              (/^(?:good|real|proper|decent)$/u.test(tokens[hit.to + 1]?.key ?? "") &&
                /^(?:coffee|coffees|beans|espresso|cake|cakes)$/u.test(tokens[hit.to + 2]?.key ?? "")))
          ) &&
          // "After this winter I've seen bent rails on three roofs already": seen at others', no case of one's own.
          !tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => SEEN.has(token.key)) &&
          !dreaded(tokens, hit) &&
          !deniedBefore(tokens, hit) &&
          !deniedWithin(tokens, hit) &&
          !costsExploding(tokens, hit) &&
          !aGlassOf(tokens, hit) &&
          // "me and my soaked kids wait out that crazy thunderstorm": people wet from the rain, nothing damaged.
          !(
            SOAKED.has(tokens[hit.from]?.key ?? "") &&
            hit.from === hit.to &&
            WET_PEOPLE.has(tokens[hit.to + 1]?.key ?? "")
          ) &&
          // "I came in totally soaked on saturday … he brought me a towel": the writer wet from the rain.
          !(
            SOAKED.has(tokens[hit.from]?.key ?? "") &&
            hit.from === hit.to &&
            /^(?:in|totally|completely|komplett|total|voellig|voll)$/u.test(tokens[hit.from - 1]?.key ?? "") &&
            tokens.slice(Math.max(0, hit.from - 4), hit.from).some((token) => SELF.has(token.key))
          ) &&
          // "mate you're wrong, the beans are roasted in Hamburg": a reader told they are wrong, nothing sent wrong.
          !(tokens[hit.from]?.key === "wrong" && YOU_ARE.has(tokens[hit.from - 1]?.key ?? "")) &&
          // "is hands down the best in the city": an idiom of praise, nothing down.
          !(tokens[hit.to]?.key === "down" && tokens[hit.to - 1]?.key === "hands") &&
          // "left the garden spotless": left clean, the opposite of a mess.
          !(
            tokens[hit.from]?.key === "left" &&
            tokens.slice(hit.from + 1, hit.to + 3).some((token) => LEFT_CLEAN.has(token.key))
          ) &&
          // "I can't find a single farm name or price paid anywhere on your website": information not published is
          // criticism of what the company tells, not a thing of theirs gone missing.
          !(
            tokens[hit.to]?.key === "find" &&
            tokens.slice(hit.to + 1, hit.to + 3).some((token) => ANY_AT_ALL.has(token.key))
          ) &&
          // "geht das nicht in normalem Deutsch?", "Geht das nicht auch online?": another way asked for, nothing broken.
          !otherWayAsked(normalised, hit) &&
          // "Will da nix kaputt machen": nothing they want to break, nothing broken.
          !(
            tokens[hit.from]?.key === "kaputt" &&
            ["nix", "nichts"].includes(tokens[hit.from - 1]?.key ?? "") &&
            tokens[hit.to + 1]?.key === "machen"
          ) &&
          // "nobody waited more than three minutes for a flat white": a wait kept short is praise.
          !(
            /^(?:min|mins|minutes)$/u.test(tokens[hit.from]?.key ?? "") &&
            /(?:^|\s)(?:than|under|within|only|just|barely|nobody|noone)(?:\s|$)/u.test(
              keysIn(tokens, hit.from - 4, hit.from),
            )
          ) &&
          // "Still can't get over it.", "can't get over how …": a feeling that stays, no heating short of a mark.
          !(tokens[hit.to]?.key === "over" && /^(?:it|this|that|how|what)$/u.test(tokens[hit.to + 1]?.key ?? "")) &&
          // "mit meinem kaputten Knie", "my bad back": the writer's body, nothing of ours broken.
          !(
            /^(?:kaputt|broken)/u.test(tokens[hit.to]?.key ?? "") &&
            BODY_PART.test(tokens[hit.to + 1]?.key ?? "") &&
            /^\s+$/u.test(normalised.text.slice(tokens[hit.to]?.end ?? 0, tokens[hit.to + 1]?.start ?? 0))
          ) &&
          // "for staying open by candlelight during tuesday's blackout": the outage is when something good was done.
          !tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => DURING.has(token.key)) &&
          !quotedToDeny(tokens, hit) &&
          !quotedFromText(normalised, hit) &&
          !askedWhyNot(normalised, hit) &&
          !supposedAndAsked(normalised, hit) &&
          // "the carbon footprint only covers roasting … Green coffee freight … isn't in there at all": what a report
          // leaves out, argued; no parcel of theirs.
          !(
            /(?:^|\s)in there$/u.test(keysIn(tokens, hit.from, hit.to + 1)) &&
            /(?<!\p{L})(?:report|footprint|calculation|study|figures|bericht|bilanz|rechnung|studie)(?!\p{L})/iu.test(
              normalised.text,
            )
          ) &&
          // "Keiner da oben interessiert sich für normale Leute": those in power, no visit missed.
          !(
            /^keiner da$|^niemand da$/u.test(keysIn(tokens, hit.from, hit.to + 1)) && tokens[hit.to + 1]?.key === "oben"
          ) &&
          // "nur ein Tropfen auf den heißen Stein": an idiom for too little, nothing dripping.
          !(
            tokens[hit.from]?.key === "tropfen" &&
            /^auf den heissen stein/u.test(keysIn(tokens, hit.to + 1, hit.to + 5))
          ) &&
          // "heat pumps: pay double to be cold all winter 🥶😂": what anyone pays for a thing, mocked; no bill of theirs.
          !(
            /^(?:pay|paying|zahlen|zahlt|zahlst)$/u.test(tokens[hit.from]?.key ?? "") &&
            /^\s+(?:to\s(?:be|get|stay|freeze|sit)|um\s(?:zu\s)?(?:frieren|warten))(?!\p{L})/iu.test(
              normalised.text.slice(tokens[hit.to]?.end ?? 0),
            )
          ) &&
          // "currently stuck with capsules and want out": what they make do with, nothing of ours stuck. A fault told
          // beside it ("stuck with a broken boiler") is a hit of its own.
          !(hit.from === hit.to && tokens[hit.from]?.key === "stuck" && tokens[hit.to + 1]?.key === "with") &&
          // "I accidentally cancelled my subscription": the writer's own act, which they may want undone; nothing of ours
          // failed. Not "I cancelled … and you still charged me", a phrase of its own.
          !(
            hit.from === hit.to &&
            /^(?:cancelled|canceled|cancel)$/u.test(tokens[hit.from]?.key ?? "") &&
            /(?:^|\s)(?:i|we)(?:\s(?:accidentally|mistakenly|just|already|actually|have|had|ve|d))*$/u.test(
              keysIn(tokens, hit.from - 3, hit.from),
            )
          ) &&
          // "keep getting this after a power cut", "seit dem Stromausfall springt die Pumpe nicht an": the outage set off
          // what is wrong now, which is the case when it is said beside it.
          !(
            OUTAGE.test(keysIn(tokens, hit.from, hit.to + 1)) &&
            AFTER_IT.test(keysIn(tokens, hit.from - 3, hit.from)) &&
            found.some((other) => other.to < hit.from || other.from > hit.to)
          ) &&
          // "So können wir das unseren Mitgliedern nicht guten Gewissens empfehlen": a view, nothing that failed.
          !(
            MODAL.has(tokens[hit.from]?.key ?? "") &&
            tokens.slice(hit.to + 1, hit.to + 5).some((token) => VIEW_VERB.has(token.key))
          ) &&
          // "spotted two missing documents and had everything submitted": a gap someone found for them, praise.
          !(
            /^(?:missing|fehlend\p{L}*)$/u.test(tokens[hit.from]?.key ?? "") &&
            tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => SPOTTED.has(token.key))
          ) &&
          // "So geht man doch nicht mit Kunden um": how one treats people, nothing broken.
          !(
            tokens[hit.from]?.key === "geht" &&
            /^[^.!?]{0,12}\bmit\s[^.!?]{1,40}\bum\b/iu.test(normalised.text.slice(tokens[hit.to]?.end ?? 0))
          ) &&
          // "Die Preisanpassung kam mit vier Wochen Vorlauf und ohne nachvollziehbare Begründung": a decision announced
          // without its reasons is criticism of how it was told, nothing that came short.
          !(
            tokens[hit.to]?.key === "ohne" &&
            tokens.slice(hit.to + 1, hit.to + 4).some((token) => UNEXPLAINED.has(token.key))
          ) &&
          // "die alte Gastherme pfeift aus dem letzten Loch": the idiom for a thing near its end, no whistle to fix.
          !(
            tokens[hit.from]?.key === "pfeift" &&
            /^\s+aus\s+dem\s+letzten\s+loch/iu.test(normalised.text.slice(tokens[hit.to]?.end ?? 0))
          ) &&
          // "Nobody cares about your 'notes of stone fruit and cocoa'": a dismissal of what we say, nobody left alone.
          !(
            tokens[hit.to]?.key === "cares" &&
            tokens[hit.to + 1]?.key === "about" &&
            /^(?:your|ur|the|these|those|this|that)$/u.test(tokens[hit.to + 2]?.key ?? "")
          ) &&
          // "since our account contact has gone quiet": a person silent, no account gone.
          !(
            /^(?:gone|went)$/u.test(tokens[hit.to]?.key ?? "") &&
            /^(?:quiet|silent|mute|awol)$/u.test(tokens[hit.to + 1]?.key ?? "")
          ) &&
          // "Die Förderung läuft nicht mehr übers BAFA, sondern über die KfW": handled elsewhere, nothing failed.
          !viaElsewhere(tokens, hit) &&
          // "kind of lost the vibe", "lost its charm": a place that changed, not a thing gone missing.
          !(
            tokens[hit.to]?.key === "lost" &&
            tokens.slice(hit.to + 1, hit.to + 4).some((token) => LOST_IDIOM.has(token.key))
          ) &&
          // "no power meter now??": a thing named after the supply, not the supply.
          !(SUPPLY_WORD.has(tokens[hit.to]?.key ?? "") && NAMED_AFTER_SUPPLY.has(tokens[hit.to + 1]?.key ?? "")) &&
          // "the Ottensen café didn't open in 2016, it was spring 2017": a date corrected, nothing that failed.
          !(
            OPENED.has(tokens[hit.to]?.key ?? "") &&
            IN_OR_UNTIL.has(tokens[hit.to + 1]?.key ?? "") &&
            /^\d{4}$/u.test(tokens[hit.to + 2]?.key ?? "")
          ) &&
          // "I'm not getting through a kilo before it goes stale": using something up, not a thing not received.
          !(GET.has(tokens[hit.to]?.key ?? "") && tokens[hit.to + 1]?.key === "through") &&
          // "I was sick of waiting", "sick and tired of it": fed up, not ill.
          !(SICK.has(tokens[hit.to]?.key ?? "") && FED_UP.has(tokens[hit.to + 1]?.key ?? "")) &&
          // "dieser grüne Wahnsinn macht das Land kaputt": a country broken is politics, not a thing that failed; "the
          // weather's completely broken" is the weather's.
          !(
            BROKEN.has(tokens[hit.from]?.key ?? "") &&
            tokens.slice(Math.max(0, hit.from - 4), hit.from).some((token) => NATION.has(token.key))
          ) &&
          !(hit.from === hit.to && ownTrouble(tokens, hit.from)),
      )
  );
}

const OTHER_WAY =
  /^\s+(?:auch\s|einfach\w*\s|anders|in\s|im\s|mit\s|ohne\s|per\s|online|digital|schneller|besser|günstiger|kürzer|verständlicher)[^.!?]*\?/iu;
function otherWayAsked(normalised: Normalised, hit: Hit): boolean {
  const { tokens, text } = normalised;
  const more = tokens[hit.to]?.key === "mehr" ? 1 : 0;
  if (hit.to - hit.from !== 2 + more || tokens[hit.from]?.key !== "geht" || tokens[hit.to - more]?.key !== "nicht")
    return false;
  if (!["das", "es"].includes(tokens[hit.from + 1]?.key ?? "")) return false;
  const after = text.slice(tokens[hit.to]?.end ?? 0);
  if (OTHER_WAY.test(after)) return true;
  // "per karte geht das nicht mehr oder": a way named before, asked about with a tag.
  const start = tokens[hit.from]?.start ?? 0;
  return (
    /^\s*(?:mehr\s*)?(?:,\s*)?(?:(?:oder|oda|gell|ne|nä)\s*(?:\?|$)|\?)/iu.test(after) &&
    /(?<!\p{L})(?:per|mit|über|ueber|online|telefonisch|schriftlich)(?!\p{L})/iu.test(
      text.slice(sentenceStart(text, start), start),
    )
  );
}

/**
 * "Wenn da nachts oder am Sonntag plötzlich die Heizung kalt bleibt – wen ruft sie dann an??", "If the heating stops on
 * a Sunday, who do we call?": a failure supposed in a question, asked about before it happens. Also "Die App kann sie
 * nicht bedienen" after it: what the one asked for cannot do, not a fault of ours.
 */
function supposedAndAsked(normalised: Normalised, hit: Hit): boolean {
  const { tokens, text } = normalised;
  const at = tokens[hit.from]?.start ?? 0;
  const opening = text.slice(sentenceStart(text, at), at);
  const rest = text.slice(tokens[hit.to]?.end ?? 0);
  const asked = /^[^.!]*\?/u.test(rest) && !/^[^?]*[.!]/u.test(rest.split("?")[0] ?? "");
  if (/^\s*(?:wenn|falls|if|when|should)\s/iu.test(opening) && asked) return true;
  // "Mal ne Frage für meine Mutter (82) … Die App kann sie nicht bedienen": the one the question is for cannot.
  return (
    /^(?:kann|koennen)\s(?:sie|er)\snicht$/u.test(keysIn(tokens, hit.from, hit.to + 1)) &&
    /(?<!\p{L})(?:frage|question)\s(?:für|fuer|for)\s(?:meine|meinen|my)\s/iu.test(text)
  );
}

/**
 * "Kann man die alte Ölheizung nicht als Reserve stehen lassen?", "Können wir den Termin nicht vorziehen?": a question
 * that opens on "kann man … nicht" asks for a way, nothing failed.
 */
function askedWhyNot(normalised: Normalised, hit: Hit): boolean {
  const { tokens, text } = normalised;
  if (!/^(?:kann|koennen|koennte|koenntet|kannst)$/u.test(tokens[hit.from]?.key ?? "")) return false;
  if (!/^(?:man|ich|wir|ihr|sie|du)$/u.test(tokens[hit.from + 1]?.key ?? "")) return false;
  const start = tokens[hit.from]?.start ?? 0;
  if (text.slice(sentenceStart(text, start), start).trim() !== "") return false;
  const end = text.slice(start).search(/[.!?](?:\s|$)/u);
  return end >= 0 && text[start + end] === "?";
}

/** Where the quotation that holds the hit begins, or `undefined` when the hit is not quoted. */
function quoteStart(tokens: readonly Token[], hit: Hit): number | undefined {
  if (!tokens[hit.from]?.quoted) return undefined;
  let at = hit.from;
  while (at > 0 && tokens[at - 1]?.quoted) at--;
  return at;
}

/** The body a "kaputt" can be said of: "mein kaputtes Knie", "a broken wrist". */
const BODY_PART =
  /^(?:knie|ruecken|huefte|bein|beine|fuss|fuesse|schulter|arm|handgelenk|knee|knees|hip|leg|foot|shoulder|wrist|ankle)$/u;

/** 'sind helle Röstungen nicht "sauer und kaputt"', 'it is not "broken", it is fruity': a word quoted to deny it. */
function quotedToDeny(tokens: readonly Token[], hit: Hit): boolean {
  const at = quoteStart(tokens, hit);
  return at !== undefined && /^(?:nicht|not|kein|keine|no|never|nie)$/u.test(tokens[at - 1]?.key ?? "");
}

/**
 * 'a line in their help file that says essentially "Can't get into your account? Make a new one!"': words a text of
 * ours says, quoted; no failure of the writer's. Not "left after 20 mins saying 'part missing'": what a fitter said;
 * nor "da steht nur 'Anmeldung fehlgeschlagen'": what the app shows them.
 */
function quotedFromText({ tokens, text }: Normalised, hit: Hit): boolean {
  const at = quoteStart(tokens, hit);
  if (at === undefined) return false;
  const start = tokens[at]?.start ?? 0;
  return TEXT_SAYS.test(text.slice(Math.max(0, start - 60), start));
}
const TEXT_SAYS =
  /(?<!\p{L})(?:(?:file|page|site|website|post|line|faq|article|sign|label|letter|notice|text)\s(?:\p{L}+\s){0,2}(?:says|said|saying|reads|states)|(?:faq|hilfeseite|hilfe|website|webseite|beitrag|post|text|artikel)\s(?:\p{L}+\s){0,2}(?:steht|stand|heißt es|heisst es|lautet))\s(?:\p{L}+\s){0,2}["„“'‘»]$/iu;

const DURING = new Set(["during", "waehrend", "despite", "trotz"].map(wordKey));
/** What one notices of a thing: "gemerkt", "mitbekommen", "noticed", "felt". */
const FELT = /(?<!\p{L})(?:gemerkt|bemerkt|gespürt|gespuert|mitbekommen|gehört|gehoert|noticed|felt|heard)(?!\p{L})/iu;
/** A sentence that asks the other readers: "Hat noch jemand …", "Did anyone else …". */
const READERS_FELT =
  /^\s*(?:hat|haben)\s(?:\p{L}+\s){0,2}?(?:noch\s)?(?:jemand|wer|einer)\s[\s\S]*$|^\s*(?:did|has|does)\s(?:anyone|anybody|someone)\s(?:else\s)?[\s\S]*$/iu;
/** An outage of the supply, in its folded keys: "power cut", "Stromausfall", "blackout". */
const OUTAGE = /^(?:power (?:cut|cuts|outage|outages)|(?:strom)?ausfall|stromausfall|blackout|outage)$/u;
/** "after a", "since the", "nach dem", "seit einem": what came after the outage is told. */
const AFTER_IT = /(?:^|\s)(?:after|since|nach|seit)(?:\s(?:a|an|the|that|last|dem|einem|diesem|letzten))*$/u;
const VIEW_VERB = new Set(
  [
    "empfehlen",
    "nachvollziehen",
    "verstehen",
    "glauben",
    "akzeptieren",
    "verantworten",
    "gutheissen",
    "unterstuetzen",
    // "kann das so nicht bestätigen": what one saw oneself says otherwise; nothing failed.
    "bestaetigen",
    "beurteilen",
  ].map(wordKey),
);
const SPOTTED = new Set(
  ["spotted", "found", "noticed", "caught", "flagged", "fand", "gefunden", "entdeckt", "bemerkt", "gesehen"].map(
    wordKey,
  ),
);
const UNEXPLAINED = new Set(
  "begruendung erklaerung grund vorwarnung ankuendigung vorankuendigung vorlauf info infos information informationen hinweis kommentar wort entschuldigung".split(
    " ",
  ),
);
const BROKEN = new Set(["kaputt", "kaputtgemacht", "ruiniert", "broken", "ruined"].map(wordKey));
/** "nie mehr als 5", "never more than 5", "höchstens 5", "under 5": an upper bound, before what it bounds. */
const AT_MOST =
  /(?:^|\s)(?:(?:nie|never|nicht|not|no|keine)\s(?:mehr|more|laenger|longer)\s(?:als|than)|hoechstens|maximal|at most|under|unter|weniger als|less than)\s\S+$/u;
const OPENNESS = new Set(
  "transparenz offenheit ehrlichkeit klarheit information informationen infos aufklaerung respekt transparency honesty openness clarity".split(
    " ",
  ),
);
const OWN_RESOURCE = new Set("kapazitaet kapazitaeten zeit geduld nerv nerven lust kraft energie personal".split(" "));
const DAMAGING = new Set([
  "beschaedigt",
  "beschaedigen",
  "schadet",
  "schaedigt",
  "damages",
  "damaged",
  "harms",
  "hurts",
]);
const REPUTATION = new Set(
  "ruf image ansehen vertrauen glaubwuerdigkeit reputation trust credibility brand branche".split(" "),
);
/**
 * 'und hängen bleibt dann: „…“', 'people will say: "…"', 'am Ende heißt es „…“': what others will say, quoted, up to
 * the hit.
 */
const HEARSAY =
  /(?:hängen bleibt|haengen bleibt|bleibt (?:dann |am ende )?(?:hängen|haengen)|heißt es (?:dann|hinterher|am ende)|(?:am ende|dann|hinterher) heißt es|sagen (?:dann )?(?:alle|die leute)|people (?:will )?(?:say|think)|the (?:story|narrative|takeaway) (?:is|becomes))[^.!?:]{0,20}:?\s*[„"“»][^"”“«»]*$/iu;
/** "Quatsch, …", "Nonsense, …": opening a sentence that denies what someone else claimed. */
const REBUTTAL =
  /^\s*(?:@\p{L}[\p{L} ]*\s)?(?:quatsch|unsinn|blödsinn|bloedsinn|nonsense|rubbish|stimmt nicht|das stimmt so nicht)\b/iu;
const NATION = new Set(
  [
    "land",
    "deutschland",
    "wirtschaft",
    "mittelstand",
    "gesellschaft",
    "country",
    "economy",
    "nation",
    // "weather's completely broken lol": the world's matter, as a country is.
    "weather",
    "weathers",
    "wetter",
    "klima",
    "climate",
  ].map(wordKey),
);

/** "Hab da echt keine Lust auf Warteschleife", "can't face the hold music": a wait dreaded, not one sat through. */
function dreaded(tokens: readonly Token[], hit: Hit): boolean {
  const before = keysIn(tokens, hit.from - 3, hit.from);
  return /(?:^|\s)(?:keine|kein) (?:lust|bock) auf$|(?:^|\s)(?:cant|dont) (?:face|fancy)(?: the| another)?$/u.test(
    before,
  );
}

function viaElsewhere(tokens: readonly Token[], hit: Hit): boolean {
  if (!/^(?:laeuft|lauft|geht|gehen|laufen)$/u.test(tokens[hit.from]?.key ?? "")) return false;
  let next = hit.to + 1;
  if (tokens[next]?.key === "mehr") next++;
  return VIA.has(tokens[next]?.key ?? "");
}
const OPENED = new Set(["open", "opened", "eroeffnet", "aufgemacht"]);
const IN_OR_UNTIL = new Set(["in", "until", "before", "im", "erst", "bis"]);
const GET = new Set(["get", "getting", "got"]);
const VIA = new Set(["ueber", "uebers", "via", "bei", "beim"]);
const ANY_AT_ALL = new Set(["single", "any", "anything", "anywhere"]);
const LOST_IDIOM = new Set([
  "vibe",
  "charm",
  "touch",
  "soul",
  "magic",
  "appeal",
  "way",
  "plot",
  "interest",
  "faith",
  "trust",
  "patience",
]);
const SUPPLY_WORD = new Set(["power", "electricity", "gas", "heating", "heat", "water"]);
const NAMED_AFTER_SUPPLY = new Set([
  "meter",
  "meters",
  "bill",
  "bills",
  "bank",
  "cable",
  "cord",
  "plug",
  "tariff",
  "pump",
]);

const ALMOST = new Set(["almost", "nearly", "fast", "beinahe"]);
const SOON = new Set(["tomorrow", "soon", "morgen", "bald", "uebermorgen"]);
const ROAD =
  /^(?:\p{L}*bruecke|bruecken|\p{L}*strasse|autobahn\p{L}*|\p{L}*bahn|tram|tunnel|strecke|bahnstrecke|radweg|gehweg|kreuzung|bridge|road|street|motorway)$/u;
const STANDING = new Set(
  "recht anspruch glaubwuerdigkeit respekt ansehen vertrauen interesse lust geduld nerven verstand".split(" "),
);
const REPORTED = /\b(?:meint|meinte|behauptet|glaubt|reckons|thinks|claims)(?:\s(?:das|dass|es|that|it))?$/u;
const RETURN_ASKED =
  /\b(?:coming back|come back|back in stock|wieder (?:da|erhältlich|erhaeltlich|lieferbar|verfügbar|verfuegbar|im sortiment|reinkommt|kommt)|kommt (?:der|die|das) \p{L}+ (?:\p{L}+ )?wieder)\b/iu;
const SUPPLY = new Set(["power", "electricity", "gas", "water", "heating", "internet"]);
const FIGURE_OF = new Set(
  "price prices tariff tariffs cost costs bill bills rate rates consumption usage figures market mix".split(" "),
);
/** A road named in the eight words before: "die Brücke an der Karl-Heine-Straße … gesperrt". */
function roadBefore({ tokens, text }: Normalised, at: number): boolean {
  return (
    tokens
      .slice(Math.max(0, at - 8), at)
      // "ob die A7 bei Hamburg … gesperrt ist": a motorway or a federal road by its number.
      .some((token) => ROAD.test(token.key) || /^[AB]\s?\d{1,3}$/u.test(text.slice(token.start, token.end)))
  );
}
const LONGING = new Set(["seriously", "really", "so", "terribly", "badly", "already", "truly"]);
const RENEWS = new Set(["renews", "renew", "verlaengert", "erneuert"]);
const WHEN = new Set(["day", "when", "tag", "wenn", "before", "until", "bevor", "bis"]);
const SITE_NAMED = new Set(["portal", "seite", "webseite", "website", "app", "formular", "form", "page"]);
/** A ban for a spell: "für einen Tag gesperrt", "3 Tage gesperrt worden", "banned for a week", "suspended for 30 days". */
const BANNED_FOR =
  /(?<!\p{L})(?:für\s)?(?:einen|eine|\d+|zwei|drei|vier|fünf|sieben|dreißig)\s(?:tag|tage|woche|wochen|monat|monate|stunden)\s(?:\p{L}+\s)?gesperrt(?!\p{L})|(?<!\p{L})(?:banned|suspended|blocked|restricted)\sfor\s(?:a|an|one|\d+|two|three|seven|thirty)\s(?:day|days|week|weeks|month|months|hours)(?!\p{L})/iu;
const STAFF_ILL = new Set(
  "trainer trainerin barista baristas monteur monteurin techniker technikerin engineer technician installer staff teacher host kursleiter kursleiterin referent referentin".split(
    " ",
  ),
);
const FOR_THAT_PRICE =
  /(?<!\p{L})(?:für den|für diesen|bei dem|bei diesem|for that|for this|at that|at this) (?:preis|price)\s(?:\p{L}+\s){0,3}(?:erwart\p{L}*|kann man|darf man|i'?d expect|i expect|you'?d expect|one expects)(?!\p{L})/iu;
const VISIT_MISSED =
  /(?<!\p{L})(?:engineer|technician|installer|fitter|electrician|plumber)s?(?![\p{L}])[^.!?]{0,40}(?:(?:hasn'?t|hadn'?t|didn'?t|never|not)\s(?:turned|shown|showed|show)\sup|no-?show)/iu;
/** Whether the words hit lie inside what `pattern` finds in the comment. */
function saidIn(normalised: Normalised, hit: Hit, pattern: RegExp): boolean {
  const found = pattern.exec(normalised.text);
  if (!found) return false;
  const start = normalised.tokens[hit.from]?.start ?? 0;
  return start >= found.index && start < found.index + found[0].length;
}
const WHOEVER_WORDS = new Set(["wer", "whoever", "who"]);
const WHY_WORDS = new Set(["warum", "wieso", "weshalb", "why"]);
const DEVICE_WORDS = new Set(["handy", "smartphone", "telefon", "phone", "tablet", "ipad", "iphone", "android"]);
const OLD_DEVICE =
  /(?<!\p{L})(?:alt\p{L}*|old|older) (?:handy|smartphone|telefon|phone|tablet|ipad|iphone)(?!\p{L})[^.!?]{0,30}(?:läuft|laeuft|geht|funktioniert|runs?|works?)\s(?:\p{L}+\s){0,2}(?:nicht|nich|ned|not)\s(?:mehr\s)?(?:drauf|darauf|on it)(?!\p{L})|(?<!\p{L})(?:won'?t|doesn'?t|does not|can'?t) (?:run|work|install) on (?:my |an )?(?:old|older) (?:phone|tablet|ipad|iphone|android)(?!\p{L})/iu;
const RESEARCHED =
  /(?<!\p{L})(?:frage für|für) (?:eine|meine|einen|meinen|ne|'ne|nen) (?:recherche|artikel|bericht|reportage|beitrag im)(?!\p{L})|(?<!\p{L})(?:leser\p{L}*|hörer\p{L}*|zuschauer\p{L}*) (?:\p{L}+ ){0,3}(?:schreiben|berichten|erzählen) mir(?!\p{L})|(?<!\p{L})(?:asking |question )?for (?:a|my|an upcoming) (?:story|article|piece|report|column)(?!\p{L})|(?<!\p{L})(?:readers|listeners|viewers) (?:\p{L}+ ){0,3}(?:tell|told|write to|wrote to|keep telling) me(?!\p{L})|(?<!\p{L})(?:readers|subscribers|followers|listeners|leser\p{L}*|abonnent\p{L}*) (?:of my|meines|meiner) (?:newsletter\p{L}*|blog\p{L}*|column|kolumne|channel\p{L}*|kanal\p{L}*|podcast\p{L}*)(?!\p{L})|(?<!\p{L})(?:i'?m|i am|we'?re|we are) (?:writing|researching|preparing|working on) (?:a|an) (?:feature|article|story|piece|report|column|segment)(?!\p{L})|(?<!\p{L})(?:uns|mich) erreichen (?:seit \p{L}+ )?(?:\p{L}+ )?(?:zuschriften|beschwerden|anfragen|meldungen|hinweise)(?!\p{L})/iu;
const ALL_OF_IT_TASTES =
  /(?<!\p{L})(?:euer|eurer|your|ur)\s(?:ganzer\s|whole\s)?(?:kaffee|coffee|espresso|zeug|stuff)\s(?:schmeckt|tastes)\s(?:wie|like|nach)\s/iu;
const OTHERS_GOODS =
  /(?:^|\s)(?:supermarket|supermarkt|supermarkt\p{L}*|discounter|aldi|lidl|rewe|edeka|tesco|starbucks|nespresso)(?:\s(?:stuff|coffee|kaffee|beans|bohnen|zeug))?$/u;
/**
 * Whether a failure is said of anyone, not of the writer: its clause opens with "wer" or "whoever" (only looked for
 * when `someone`, one of those words, is in the comment), or its sentence does with "wer …", "jeder, der …".
 */
function saidOfAnyone(normalised: Normalised, hit: Hit, someone: boolean): boolean {
  const start = normalised.tokens[hit.from]?.start ?? 0;
  const clause =
    normalised.text
      .slice(0, start)
      .split(/[,.;:!?]/u)
      .pop() ?? "";
  if (
    someone &&
    /^\s*(?:(?:und|and|aber|but|doch|denn)\s+)?(?:wer|whoever|anyone who|anybody who|those who)(?!\p{L})/iu.test(clause)
  )
    return true;
  return WHOEVER.test(normalised.text.slice(sentenceStart(normalised.text, start), start).split(/[:;–]/u).at(-1) ?? "");
}
const OFFLINE_PERSON =
  /(?<!\p{L})kein(?:e|en)? (?:smartphone|handy|computer|pc|e-?mail)[,\s]+(?:und |oder )?kein(?:en)? internet(?!\p{L})|(?<!\p{L})kein(?:en)? internet[,\s]+(?:und |oder )?kein(?:e|en)? (?:smartphone|handy|computer|pc|e-?mail)(?!\p{L})|(?<!\p{L})(?:menschen|leute|kunden|kundinnen|senioren|seniorinnen|ältere|people|customers|seniors) (?:\p{L}+ )?(?:ohne|without) (?:das )?internet(?!\p{L})|(?<!\p{L})no internet,? (?:and |or )?no (?:smartphone|computer|email)(?!\p{L})/iu;
const BANNED = new Set(["gesperrt", "banned", "suspended", "blocked", "restricted"]);

/** Whether the words hit tell a ban for a spell on the platform (`BANNED_FOR`), not a failure of ours. */
function bannedFor(normalised: Normalised, hit: Hit): boolean {
  return (
    normalised.tokens.slice(hit.from, hit.to + 1).some((token) => BANNED.has(token.key)) &&
    BANNED_FOR.test(normalised.text)
  );
}

const BLOCKED_CONTENT = new Set(
  ["video", "videos", "beitrag", "post", "clip", "film", "kommentar", "link", "kanal", "channel", "strasse", "weg"].map(
    wordKey,
  ),
);
/** "auf eurer Website steht 8 bis 12", "your website says open till 6": what a page says, no page broken. */
const PAGE_SAYS = new Set(["steht", "stand", "says", "said", "sagt"]);
/** Not "in der App steht 0 kWh": an app shows a reading, a fault told. */
const WEB_PAGE = new Set(["seite", "webseite", "website", "homepage", "page"]);
/** Their own means or journey: "nicht … zahlen", "nicht mal eben vorbeikommen", "can't afford". */
const OWN_MEANS = new Set(
  "zahlen bezahlen vorbeikommen vorbeifahren hinfahren kommen leisten aufbringen stemmen afford pay come"
    .split(" ")
    .map(wordKey),
);
function ownInability(tokens: readonly Token[], hit: Hit): boolean {
  const first = tokens[hit.from]?.key ?? "";
  if (!/^(?:kann|koennen|konnte|konnten|can|cant|cannot)$/u.test(first)) return false;
  const i = tokens[hit.from + 1]?.key ?? "";
  // "Meine Tochter wohnt in Stuttgart und konnte nicht gleich kommen": family, like the writer, is no one of ours.
  const kin = tokens.slice(Math.max(0, hit.from - 6), hit.from).some((token) => KIN.has(token.key));
  if (first.startsWith("k") && i !== "ich" && i !== "wir" && tokens[hit.from - 1]?.key !== "ich" && !kin) return false;
  const after = tokens.slice(hit.to + 1, hit.to + 7);
  // "kann meine Rechnung nicht online bezahlen": our way of paying fails, not their means.
  if (after.some((token) => CHANNEL.has(token.key))) return false;
  return after.some((token) => OWN_MEANS.has(token.key));
}
const KNEW = new Set(["wusste", "wussten", "kannte", "kannten", "knew"]);
const VOTE_ASKED =
  /(?<!\p{L})(?:wen|welche partei) (?:wählt|waehlt|wählen|waehlen) (?:ihr|sie)(?!\p{L})|\b(?:who|which party) do (?:you|y'?all|you guys) vote for\b/iu;
/** The writer and what is theirs: "ich", "meine", "uns", "my", "we". */
const FIRST_PERSON = new Set(
  "ich mir mich mein meine meinen meinem meiner meins wir uns unser unsere unseren unserem unserer i me my mine we us our ours".split(
    " ",
  ),
);
const SELF = new Set(["ich", "wir", "i", "we"]);
const KIN = new Set(
  "tochter sohn mann frau mutter vater schwester bruder enkel enkelin oma opa eltern kinder daughter son husband wife mother father sister brother".split(
    " ",
  ),
);
/**
 * "my boyfriend is moving back … and flat out refuses to give up your blend": someone close to the writer is who will
 * not, with no one of ours named between. Not "my wife called twice and the shop refused to refund".
 */
function closeOneRefuses(tokens: readonly Token[], hit: Hit): boolean {
  if (!/^(?:refuses|refused|weigert)$/u.test(tokens[hit.from]?.key ?? "")) return false;
  for (let at = hit.from - 1; at >= Math.max(0, hit.from - 14); at--) {
    const key = tokens[at]?.key ?? "";
    if (OURS_ACTING.has(key)) return false;
    if (KIN.has(key) || PARTNER.has(key)) return true;
  }
  return false;
}
/**
 * "wir standen etwas verloren rum", "kam mir total verloren vor", "sah verloren aus": "verloren" as how someone stood
 * or felt, with a verb of standing or feeling before it and "rum", "herum", "vor" or "aus" after.
 */
function feltLost(tokens: readonly Token[], at: number): boolean {
  const before = keysIn(tokens, at - 3, at);
  const after = tokens[at + 1]?.key ?? "";
  return (
    /(?:^|\s)(?:standen|stand|stehen|stehe|sassen|sass|fuehlte|fuehlten|fuehle|fuehlt|kam|kamen|sah|sahen|wirkte|wirkten)(?:\s|$)/u.test(
      before,
    ) && /^(?:rum|herum|umher|vor|aus|da|dort)$/u.test(after)
  );
}
/** Who could be the one refusing on our side: the company, its shop and staff, "you" and "they". */
const OURS_ACTING = new Set(
  "you your they shop store company support staff team barista cafe ihr euer eure sie laden firma".split(" "),
);
/** A public line by its kind or number: "S-Bahn", "RE 5", "Linie 133". */
const PUBLIC_LINE =
  /(?<!\p{L})(?:S-Bahn|U-Bahn|Straßenbahn|Tram|Regionalbahn|Regionalexpress|RE ?\d{1,2}|RB ?\d{1,2}|Linie ?\d{1,3})(?![\p{L}\d])/u;
/** A country, a state or its government as the one that acts: "Germany", "die Regierung", "Brussels". */
const STATE_SUBJECT = new Set(
  "germany deutschland government regierung bundesregierung state staat country brussels eu politicians politiker".split(
    " ",
  ),
);
/** "my boyfriend", "meine Freundin", "the kids", "my dog": people and pets close to the writer. */
const PARTNER = new Set(
  "boyfriend girlfriend partner kids kid children mum mom dad cat dog freund freundin katze hund".split(" "),
);
const CHANNEL = new Set("online app portal paypal karte card website webseite seite lastschrift".split(" "));

/** Where each question on another matter ("Und wo gebe ich eigentlich …?") starts and ends in the text. */
function questionSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(/[^.!?\n]*\?+/gu))
    if (ANOTHER_MATTER.test(match[0])) spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  return spans;
}
/** "Und wo gebe ich …?", "noch ne andere Sache", "btw": a question on another matter than the one told. */
const ANOTHER_MATTER =
  /(?<!\p{L})(?:übrigens|uebrigens|andere (?:sache|frage)|noch (?:ne|eine) frage|btw|by the way)(?!\p{L})|^\s*(?:und|also|and|oh and)\s(?:wo|wie|wann|where|how|when)(?!\p{L})/iu;

function inSpans(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  return spans.some(([from, to]) => at >= from && at < to);
}

/** The grid operator or the register a system is signed up with: "Anmeldung beim Netzbetreiber", "Marktstammdatenregister". */
const GRID_REGISTRATION = /netzbetreiber|marktstammdaten|grid operator|network operator/iu;

/**
 * The problem's kind by its words, leaving out costs that "explode" (no fire, no safety matter). A bill that only
 * labels a reference ("Rechnung KK-B-5502") makes it a billing case only when nothing else names the kind: "(Rechnung
 * KK-B-5502) … 7 Flaschen ausgelaufen" is about leaking bottles, not the bill.
 */
function problemTopic(normalised: Normalised, anchors: readonly Hit[] = []): string | undefined {
  let labelledBill: string | undefined;
  let demandedRefund: string | undefined;
  // Each kind named, in the lists' order, with how far its nearest word stands from the failure told.
  const named: Array<{ kind: string; distance: number }> = [];
  // "… der Wechselrichter steht immer noch auf Standby. Und wo gebe ich eigentlich den Zählerstand ein?": a thing
  // named in a question of its own, after the failure told, is another matter asked about, not the failure's kind.
  const asked = questionSpans(normalised.text);
  const askedApart = (hit: Hit) =>
    anchors.length > 0 &&
    inSpans(asked, normalised.tokens[hit.from]?.start ?? -1) &&
    anchors.every((anchor) => anchor.to < hit.from && !inSpans(asked, normalised.tokens[anchor.from]?.start ?? -1));
  for (const [kind, list] of LEXICON.problemTopics) {
    const found = list.find(normalised.tokens).filter(
      (hit) =>
        !askedApart(hit) &&
        !costsExploding(normalised.tokens, hit) &&
        !batteryCharging(normalised, kind, hit) &&
        // "Credit where it's due", "credit to the team": praise given, no credit owed.
        !(
          normalised.tokens[hit.from]?.key === "credit" &&
          /^(?:where|to)$/u.test(normalised.tokens[hit.from + 1]?.key ?? "")
        ) &&
        // "no pay-by-invoice", "kein Kauf auf Rechnung": a way to pay asked for, no bill in dispute.
        !(
          kind === "billing" &&
          /(?:pay[- ]by[- ]|kauf auf |zahlung auf |per )$/iu.test(
            normalised.text.slice(
              Math.max(0, (normalised.tokens[hit.from]?.start ?? 0) - 12),
              normalised.tokens[hit.from]?.start ?? 0,
            ),
          )
        ) &&
        // "weil der Netzbetreiber die Anmeldung nicht bestätigt": a system registered with the grid, no login.
        !(
          kind === "login" &&
          GRID_REGISTRATION.test(normalised.text) &&
          /^anmeld/u.test(normalised.tokens[hit.from]?.key ?? "")
        ) &&
        // "eure „faire Lieferkette“", "unser Lieferant": the trade's chain and suppliers, no parcel of theirs.
        !(kind === "delivery" && /^liefer(?:kette|ant)/u.test(normalised.tokens[hit.from]?.key ?? "")) &&
        // "Heizlast berechnet, Angebot unterschrieben": a heat load worked out, no sum charged.
        !(
          kind === "billing" &&
          normalised.tokens[hit.from]?.key === "berechnet" &&
          /^(?:heizlast|waermebedarf|heizbedarf|bedarf|leistung|ertrag|verbrauch|alles|genau)$/u.test(
            normalised.tokens[hit.from - 1]?.key ?? "",
          )
        ) &&
        // "Ist da ne Charge verbrannt?": the German "Charge" is a batch, no charge on a bill.
        !(
          kind === "billing" &&
          normalised.tokens[hit.from]?.key === "charge" &&
          GERMAN_ARTICLE.has(normalised.tokens[hit.from - 1]?.key ?? "")
        ) &&
        // "nobody answered … someone who speaks English if something is wrong with my bill?": a bill supposed in a
        // question is not the failure's kind.
        !(
          /(?:^|\s)(?:if|wenn|falls)\s(?:\S+\s){0,4}(?:wrong|falsch|nicht stimmt)\s(?:with|mit)\s(?:my|the|meiner|der)$/u.test(
            keysIn(normalised.tokens, hit.from - 8, hit.from),
          ) && anchors.every((anchor) => anchor.to < hit.from - 8 || anchor.from > hit.to)
        ) &&
        // "I'm not getting e-mail notifications about comments": mails a service sends, no answer awaited from us.
        !(
          kind === "waiting" &&
          /^(?:mail|email|mails|emails)$/u.test(normalised.tokens[hit.to]?.key ?? "") &&
          /^(?:notification|notifications|alert|alerts|benachrichtigung|benachrichtigungen)$/u.test(
            normalised.tokens[hit.to + 1]?.key ?? "",
          )
        ) &&
        // "do you do a wholesale price for small offices?", "Do you offer a 24-month fixed price …?": a price asked
        // for, no bill of theirs.
        !(
          kind === "billing" &&
          /^(?:price|preis)$/u.test(normalised.tokens[hit.from]?.key ?? "") &&
          /^[^.!\n]{0,120}?\?/u.test(normalised.text.slice(normalised.tokens[hit.from]?.start ?? 0)) &&
          [1, 2, 3, 4].some((back) => /^(?:a|an|ein|einen)$/u.test(normalised.tokens[hit.from - back]?.key ?? ""))
        ) &&
        // "Unter eurem letzten Preis-Post …": a post about prices, no bill of theirs.
        !POST_ABOUT.has(normalised.tokens[hit.to + 1]?.key ?? "") &&
        // "Price increase and a regional blackout in the same week", "included at no extra charge": a price rise
        // argued and a charge said not to be made are no bill in dispute.
        !(kind === "billing" && notABill(normalised.tokens, hit)) &&
        // "bitte fixen, bevor sich noch wer verletzt": a harm feared is no injury.
        !(kind === "safety" && hypothetical(normalised.tokens, hit)) &&
        !(kind === "safety" && dangerJudged(normalised.tokens, hit)) &&
        // "imagine paying 18 euros for beans that some guy … set on fire for 12 minutes lmao": roasting, mocked.
        !(kind === "safety" && TAUNT.test(normalised.text)) &&
        // "It got cancelled on the spot because the trainer was sick": the staff's illness, no harm done to them.
        !(
          kind === "safety" &&
          normalised.tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => STAFF_ILL.has(token.key))
        ) &&
        !(kind === "travel" && commuting(normalised, hit)) &&
        // "we'd walked over specially from the hotel": where they set out from, no stay that went wrong.
        !(
          kind === "travel" &&
          /^(?:hotel|hostel)$/u.test(normalised.tokens[hit.from]?.key ?? "") &&
          /^(?:from|near|next) (?:the|our|my)$/u.test(keysIn(normalised.tokens, hit.from - 2, hit.from))
        ) &&
        // "Ihr seid echt zuverlässig wie die Bahn 😂🚆": the railway as a simile, no journey of theirs.
        !(
          kind === "travel" &&
          normalised.tokens
            .slice(Math.max(0, hit.from - 2), hit.from)
            .some((token) => LIKE_A.has(token.key) || token.key === "as")
        ) &&
        // "booked the roasting course … took the train from Lübeck for this": a course booked with us, the train theirs.
        !(kind === "travel" && COURSE.test(normalised.text)) &&
        !(kind === "waiting" && queueFeared(normalised, hit)) &&
        !(kind === "delivery" && yieldsNothing(normalised.tokens, hit)) &&
        // "the engineer hasn't turned up for the solar survey … order 5521098473": the order names the job; a visit
        // not made, no parcel.
        !(
          kind === "delivery" &&
          /^(?:order|orders)$/u.test(normalised.tokens[hit.from]?.key ?? "") &&
          VISIT_MISSED.test(normalised.text)
        ) &&
        // "parkt euer Lieferwagen vor meinem Eingang": the company's van, no delivery of theirs.
        !(kind === "delivery" && /^liefer(?:wagen|auto|fahrzeug)/u.test(normalised.tokens[hit.from]?.key ?? "")) &&
        // "The ramp at the entrance was blocked by delivery crates": the crates, no delivery of theirs.
        !(
          kind === "delivery" &&
          /^(?:crates?|boxes|pallets?|vans?|trucks?|lorry|lorries)$/u.test(normalised.tokens[hit.to + 1]?.key ?? "")
        ) &&
        // "ob Notstrom im Paket enthalten ist": a bundle's contents, no parcel.
        !(kind === "delivery" && BUNDLE.has(normalised.tokens[hit.to + 1]?.key ?? "")) &&
        !(kind === "safety" && aGlassOf(normalised.tokens, hit)) &&
        !(kind === "safety" && fireDevice(normalised.tokens, hit)) &&
        !(kind === "safety" && hairOnThePremises(normalised.tokens, hit)) &&
        // "want replacements not a refund pls": a refund declined is no refund awaited.
        !(kind === "refund" && NOT_A.test(written(normalised, Math.max(0, hit.from - 2), hit.from))) &&
        !(kind === "billing" && wentThrough(normalised.tokens, hit)) &&
        // "euer Zählerstand-Portal lädt nicht": the site named after the bill, not the bill.
        !(kind === "billing" && SITE_NAMED.has(normalised.tokens[hit.to + 1]?.key ?? "")) &&
        !(
          kind === "defect" &&
          WEB_PAGE.has(normalised.tokens[hit.to]?.key ?? "") &&
          PAGE_SAYS.has(normalised.tokens[hit.to + 1]?.key ?? "")
        ) &&
        // "on the exact day my subscription renews": when something happened, no bill disputed.
        !(
          kind === "billing" &&
          RENEWS.has(normalised.tokens[hit.to]?.key ?? "") &&
          normalised.tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => WHEN.has(token.key))
        ) &&
        // "Für den Preis erwart ich a gscheite Verpackung", "for that price I expect …": what the price entitles them
        // to, no bill of theirs.
        !(
          kind === "billing" &&
          FOR_THAT_PRICE.test(normalised.text) &&
          /^(?:preis|price)$/u.test(normalised.tokens[hit.from]?.key ?? "")
        ) &&
        // "showing 0 kWh in the monitoring portal": where the fault is seen, not what failed.
        !(
          kind === "defect" &&
          /portal$/u.test(normalised.tokens[hit.from]?.key ?? "") &&
          normalised.tokens
            .slice(Math.max(0, hit.from - 3), hit.from)
            .some((token) => /^(?:in|im|on|auf)$/u.test(token.key))
        ) &&
        // "Versuche meinen Zählerstand einzugeben und das Portal sagt …": a reading entered, no bill disputed.
        !(
          kind === "billing" &&
          /^zaehlerst/u.test(normalised.tokens[hit.from]?.key ?? "") &&
          /^(?:einzugeben|eingeben|einzutragen|eintragen|melden|durchgeben|durchzugeben)$/u.test(
            normalised.tokens[hit.to + 1]?.key ?? "",
          )
        ) &&
        // "Gleiche Firma, gleicher Preis": a price compared, no bill of theirs.
        !(kind === "billing" && SAME.has(normalised.tokens[hit.from - 1]?.key ?? "")) &&
        // 'feiert auf der E-world den Preis für „Kundennähe“': a prize won, no price.
        !(
          kind === "billing" &&
          normalised.tokens[hit.from]?.key === "preis" &&
          /^\s*(?:für|fuer|for)\s*[„"“]/iu.test(normalised.text.slice(normalised.tokens[hit.from]?.end ?? 0))
        ) &&
        !(kind === "billing" && FREE_OF.test(keysIn(normalised.tokens, hit.from - 2, hit.from))) &&
        // "lernt man bei euch auch was oder nur Rechnungen schreiben??": a sneer at what the company does, no bill.
        !(
          kind === "billing" &&
          /^(?:nur|only)$/u.test(normalised.tokens[hit.from - 1]?.key ?? "") &&
          /^(?:schreiben|verschicken|schicken|stellen|sending|send|write|writing)$/u.test(
            normalised.tokens[hit.to + 1]?.key ?? "",
          )
        ) &&
        // "redeem my voucher … the code comes back as 'invalid'": a gift voucher refused, no bill of theirs.
        !(kind === "billing" && GIFT_VOUCHER.test(normalised.text) && normalised.tokens[hit.from]?.key === "code") &&
        !(kind === "login" && WIFI.test(normalised.text) && PASSWORD.test(normalised.tokens[hit.from]?.key ?? "")) &&
        // "showed up at 10, door locked", "the door was locked at 6:15": a door, no account; 'Display … „Verdichter
        // gesperrt“': a part of the machine.
        !(
          kind === "login" &&
          (normalised.tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => DOOR.has(token.key)) ||
            DOOR.has(normalised.tokens[hit.to + 1]?.key ?? ""))
        ) &&
        !(kind === "login" && roadBefore(normalised, hit.from)) &&
        !(kind === "login" && MACHINE_PART.has(normalised.tokens[hit.from - 1]?.key ?? "")) &&
        // "Bin schon letzte Woche für einen Tag gesperrt worden", "suspended for 30 days": a sentence served on the
        // platform, no account of ours locked.
        !bannedFor(normalised, hit) &&
        // "Das Video ist gesperrt": a video or a post blocked, no account.
        !(
          kind === "login" &&
          normalised.tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => BLOCKED_CONTENT.has(token.key))
        ) &&
        // 'Hab's der Kollegin an der Theke gesagt, Antwort: „ist halt so“': the answer given, quoted, is no wait.
        !(
          kind === "waiting" &&
          /^\s*:?\s*[„"“»]/u.test(normalised.text.slice(normalised.tokens[hit.to]?.end ?? 0)) &&
          /^(?:antwort|answer|reply|response)$/u.test(normalised.tokens[hit.to]?.key ?? "")
        ) &&
        // "Ich hoffe auf Antwort", "bitte um Rückmeldung": an answer hoped for in closing, no wait told.
        !(kind === "waiting" && HOPED_FOR.test(keysIn(normalised.tokens, hit.from - 2, hit.from))),
    );
    if (!found.length) continue;
    // "… trotzdem wieder 39,90 € abgebucht. Ich will mein Geld zurück": the money back is the remedy asked for; the
    // case is the debit, and it is a refund case only when nothing else names one.
    if (kind === "refund" && found.every((hit) => demanded(normalised.tokens, hit))) {
      demandedRefund = kind;
      continue;
    }
    if (kind === "billing" && !found.some((hit) => !labelsReference(normalised, hit))) {
      labelledBill ??= kind;
      continue;
    }

    // Measured from the first failure told: "Die letzten zwei Lieferungen sind nicht angekommen … Abgebucht wurde
    // natürlich trotzdem" is the deliveries' case, the debit said after it.
    // "Dritte Mail, null Antwort. … Handmühle … eiert das Mahlwerk": a reply not had is told first, the failure after.
    const told =
      anchors.find((anchor) => !NO_ANSWER.test(keysIn(normalised.tokens, anchor.from, anchor.to + 1))) ?? anchors[0];
    // "Hab am 7. die Handmühle gekauft (Bestellung 58214), nach 2 Wochen eiert das Mahlwerk": an order named only by
    // its number finds the case; what failed beside it names the kind, when a word of another kind says it.
    const referenceOnly =
      kind === "delivery" &&
      found.every((hit) => ordersReference(normalised, hit)) &&
      faultInFailure(normalised, anchors);
    const distance = referenceOnly
      ? NEAR_FAILURE + 1
      : told
        ? Math.min(...found.map((hit) => gapBetween(hit, told)))
        : Number.POSITIVE_INFINITY;
    named.push({ kind, distance });
    // Without a failure to measure from, or with the first kind named beside it, the first kind wins.
    if (named.length === 1 && (anchors.length === 0 || distance <= NEAR_FAILURE)) break;
  }
  // "Meine Mutter … WP 9 … Seit Samstag zeigt das Display Fehler E4 … und die Stromrechnung für den Heizlüfter …": in a
  // long story the kind named beside the failure is the case, not one named sentences away.
  // A wait said near the failure ("weeks ago … given to someone else") names no kind of its own: it never overrides.
  const [first] = named;
  if (first)
    return (
      named.find((entry) => entry.distance <= NEAR_FAILURE && (entry === first || entry.kind !== "waiting")) ?? first
    ).kind;
  if (!labelledBill && LINE_RUNNING.test(normalised.text)) return "travel";
  return labelledBill ?? demandedRefund;
}

const DEMAND = new Set(
  "will wollen moechte moechten fordere fordern verlange verlangen erwarte erwarten want wants demand need expect expects"
    .split(" ")
    .map(wordKey),
);
/** "Ich will mein Geld zurück", "I want a refund": a remedy demanded, within three words before it. */
function demanded(tokens: readonly Token[], hit: Hit): boolean {
  for (let at = Math.max(0, hit.from - 3); at < hit.from; at++) if (DEMAND.has(tokens[at]?.key ?? "")) return true;
  return false;
}

const NO_ANSWER = /(?:^|\s)(?:antwort|reaktion|rueckmeldung|rueckruf|answer|reply|response|callback)$/u;
/** How near a kind's word must stand to the failure told to be its kind, in words. */
const NEAR_FAILURE = 12;
const HOPED_FOR = /(?:^|\s)(?:hoffe auf|hoffen auf|freue mich auf|freuen uns auf|bitte um|auf eine|um eine)$/u;
function gapBetween(a: Hit, b: Hit): number {
  return Math.max(0, b.from - a.to, a.from - b.to);
}

/** "if the 22 is late one more time", "the 7:42 was cancelled again": a line ridden, by its number alone. */
const LINE_RUNNING =
  /\bthe\s(?:\d{1,3}[a-z]?|\d{1,2}:\d{2})\s(?:(?:bus|tram|train)\s)?(?:is|was|has been|keeps being|got|were)\s(?:\p{L}+\s)?(?:late|delayed|cancell?ed|early|full)\b/iu;

const COPE_VERB = new Set(
  "wont cant cannot couldnt will can could to able not doesnt dont didnt wouldnt would might may must just barely hardly".split(
    " ",
  ),
);
/**
 * A word of mockery at `at`: not "the local transformer won't cope", "Does a heat pump actually cope in a 1930s
 * house?" (the verb), only the taunt "cope", which stands on its own ("cope.", "cope harder").
 */
export function mockingWord(normalised: Normalised, at: number): boolean {
  const { tokens } = normalised;
  const token = tokens[at];
  // "… aber hauptsache Jutebeutel #ratio": the tag of a pile-on; not "a 1:3 ratio".
  if (token?.kind === "hashtag" && token.key === "ratio") return true;
  if (!token || !LEXICON.mockery.hasToken(token)) return false;
  return !(token.key === "cope" && (COPE_VERB.has(tokens[at - 1]?.key ?? "") || /\?/u.test(normalised.text)));
}
/**
 * "nobel prize incoming": a prize mocked for the obvious; "Nächstes Produkt: Kühlschränke für Grönland", "Nächster
 * Post bitte: Wie Opa mit Gas die Energiewende überlebt hat": the next product or post made up in jest.
 */
const MOCK_PRIZE =
  /(?<!\p{L})(?:nobel ?prize (?:incoming|loading|pending)|nobelpreis (?:incoming|kommt|ist unterwegs)|(?:nächstes|naechstes) produkt:|next product:|(?:nächster|naechster) post(?: bitte)?:|next post:)(?!\p{L})/iu;
const SOAKED = new Set(["soaked", "drenched", "durchnaesst", "klatschnass", "pitschnass"]);
const WET_PEOPLE = new Set(
  "kids children kinder family familie dog dogs hund hunde friends freunde son daughter sohn tochter husband wife mann frau".split(
    " ",
  ),
);
/**
 * The readers spoken to, or a show put to them: "Leute …", "Wacht endlich auf Leute", "Wake up people", "Habt ihr
 * gestern die Talkshow gesehen", "did you see the debate".
 */
const READERS_TOLD =
  /^\s*(?:leute|people|folks|guys)(?!\p{L})|(?<!\p{L})(?:habt|hat) ihr (?:schon |auch |eigentlich |mal )*(?:gesehen|gelesen|mitbekommen|gehört),? dass(?!\p{L})|(?<!\p{L})(?:weil|da) hier (?:ja |doch )?(?:so )?viele (?:leute |menschen )?mitlesen(?!\p{L})|(?<!\p{L})(?:unterschreibt|unterzeichnet|sign) (?:bitte |please |alle |all )?(?:die|meine|unsere|the|my|our|this|diese) petition(?!\p{L})|(?<!\p{L})(?:wacht|wach) (?:endlich |mal |doch )*auf,? (?:leute|ihr schafe|menschen)(?!\p{L})|(?<!\p{L})wake up,? (?:people|folks|sheeple|everyone)(?!\p{L})|(?<!\p{L})(?:habt|hat) ihr (?:\p{L}+ ){0,2}(?:die|den|das) (?:talkshow|talk-show|nachrichten|tagesschau|debatte|interview|rede|duell|wahlarena)(?: (?:\p{L}+ ){0,2})?gesehen(?!\p{L})|\bdid (?:you|u|anyone)(?: guys)? (?:see|watch) (?:the |last night'?s |yesterday'?s )?(?:debate|news|interview|speech|talk ?show)\b/iu;
const GOVERNMENT =
  /@(?:bundesregierung|regsprecher|bundeskanzler|bmwk|bmwsb|bundestag|\w*ministerium|\w*minister\w*|govuk|number10gov|10downingstreet|whitehouse)\b/iu;
const BETTER = new Set(["besser", "schoener", "klarer", "einfacher", "better"].map(wordKey));
const NOBODY_DOES = new Set(["keiner", "niemand", "nobody", "noone", "nie", "never"]);
const YOU_ARE = new Set(["youre", "ur", "are", "r", "bist", "seid", "liegst", "liegt"]);
const CALL_PUT_OFF =
  /\b(?:keine lust|kein bock|no desire|can'?t be bothered)\b[^.!?]{0,40}\b(?:hotline|warteschleife|on hold|queue)\b|\b(?:soll|sollte|sollen|müsste|muesste|könnte|koennte|should|could)\b[^.!?]{0,40}\b(?:anrufen|call)\b[^.!?]{0,20}\b(?:aber|but)\s(?:die|the)\s(?:warteschleife|queue|hold)|\b(?:ohne dass|ohne|without|statt|anstatt|instead of)\b[^.!?]{0,50}\b(?:warteschleife|on hold)|\b(?:muss|müsste|muesste|soll)\s(?:ich|man|wir)\s(?:da\s)?(?:echt\s|wirklich\s|jetzt\s)?anrufen\b[^.!?]{0,40}\bwarteschleife\b|\b(?:do|should)\s(?:i|we)\s(?:really\s)?(?:have to\s)?(?:call|ring)\b[^.!?]{0,40}\b(?:on hold|queue)\b/iu;
/**
 * "Meine Frau sagt ich soll einfach anrufen aber die Warteschleife…", "Wie kriegen wir das hin, ohne dass er bei der
 * Hotline in der Warteschleife hängt?", "hier fragen statt wieder ewig in der Warteschleife zu hängen": a call put off for
 * fear of the queue.
 */
function queueFeared(normalised: Normalised, hit: Hit): boolean {
  const { tokens } = normalised;
  if (!/^warteschleife/u.test(tokens[hit.from]?.key ?? "")) return false;
  // "my german is not good enough for the warteschleife": the queue they fear, not one they were kept in.
  const forThe =
    /^(?:the|die|der)$/u.test(tokens[hit.from - 1]?.key ?? "") &&
    /^(?:for|fuer|für)$/u.test(tokens[hit.from - 2]?.key ?? "");
  return forThe || CALL_PUT_OFF.test(normalised.text);
}
const WHERE_ONE_LIVES = new Set(["in", "im", "am", "auf"]);
const NOT_A = /^(?:.*\s)?not\s(?:a\s)?refund$/iu;

const HAIR = new Set(["hair", "hairs", "haar", "haare"]);
const WASH_ROOMS = new Set(
  "shower showers drain drains sink sinks bathroom bathrooms toilet toilets changing locker dusche duschen abfluss waschbecken bad toilette toiletten umkleide umkleiden kabine kabinen".split(
    " ",
  ),
);

/** "Hair in the showers, sticky mats": a dirty washroom, no hair found in what was served. */
function hairOnThePremises(tokens: readonly Token[], hit: Hit): boolean {
  if (!HAIR.has(tokens[hit.from]?.key ?? "")) return false;
  for (let at = hit.to + 1; at <= hit.to + 2 && at < tokens.length; at++)
    if (WASH_ROOMS.has(tokens[at]?.key ?? "")) return true;
  return false;
}

/** "2 € für ein Glas Leitungswasser in Ottensen", "a glass of wine in": a glass served, no shard found. */
function aGlassOf(tokens: readonly Token[], hit: Hit): boolean {
  if (!/^(?:glas|glass)$/u.test(tokens[hit.from]?.key ?? "")) return false;
  return /^(?:ein|einem|einen|a|one|\d+)$/u.test(tokens[hit.from - 1]?.key ?? "") || tokens[hit.from + 1]?.key === "of";
}

/** "wont let me play anything on fire tv": a streaming stick or tablet named, nothing burned. */
function fireDevice(tokens: readonly Token[], hit: Hit): boolean {
  return (
    tokens[hit.to]?.key === "fire" && /^(?:tv|stick|tablet|hd|cube|os|phone)$/u.test(tokens[hit.to + 1]?.key ?? "")
  );
}

/** "liefert die Ostseite vom Dach genau null": a system that yields nothing has delivered no parcel late. */
function yieldsNothing(tokens: readonly Token[], hit: Hit): boolean {
  if (!/^liefer(?:t|n|te|ten)$/u.test(tokens[hit.from]?.key ?? "")) return false;
  // "Vielleicht erstmal Energie liefern, dann posten": the power itself, before the verb.
  if (tokens.slice(Math.max(0, hit.from - 2), hit.from).some((token) => SUPPLIED.has(token.key))) return true;
  return tokens.slice(hit.to + 1, hit.to + 7).some((token) => YIELD.has(token.key));
}
const YIELD = new Set(["null", "nichts", "strom", "kwh", "leistung", "ertrag"]);
const SUPPLIED = new Set(["strom", "energie", "waerme", "gas"]);

const GIFT_VOUCHER = /\b(?:gift ?cards?|gift vouchers?|vouchers?|geschenkgutschein\w*|gutschein\w*)\b/iu;
const REFERENCE_AFTER =
  /^\s*(?:nr\.?\s*|no\.?\s*|nummer\s*|number\s*|#\s*)?(?=[\p{Lu}\d/#-]*\d)[\p{Lu}\d][\p{Lu}\d/#-]*\d/u;

/** "Das WLAN im Café … Passwort auf der Tafel geht nicht": the café's wifi, no account of theirs. */
const WIFI = /\b(?:wlan|wi-?fi|hotspot)\b/iu;
const PASSWORD = /^(?:passwort|password)/u;

/** "Rechnung KK-B-5502", "invoice INV-2231": the word is the reference's label. */
function labelsReference(normalised: Normalised, hit: Hit): boolean {
  const last = normalised.tokens[hit.to];
  return (
    last !== undefined &&
    /^(?:rechnung|invoice|bill)$/u.test(last.key) &&
    REFERENCE_AFTER.test(normalised.text.slice(last.end, last.end + 40))
  );
}

/** Whether a failure told is itself a word of a fault ("eiert das Mahlwerk", "mahlt nur noch Grütze"). */
function faultInFailure(normalised: Normalised, anchors: readonly Hit[]): boolean {
  const defect = LEXICON.problemTopics.find(([kind]) => kind === "defect")?.[1];
  if (!defect) return false;
  return defect
    .find(normalised.tokens)
    .some((hit) => anchors.some((anchor) => hit.from <= anchor.to && anchor.from <= hit.to));
}

/** "Bestellung 58214", "(order #KK-1022)": an order named by its number only. */
function ordersReference(normalised: Normalised, hit: Hit): boolean {
  const last = normalised.tokens[hit.to];
  return (
    last !== undefined &&
    hit.from === hit.to &&
    /^(?:bestellung|bestellnummer|order)$/u.test(last.key) &&
    // Not "warte ich auf Bestellung 55102": the order waited for is what failed.
    !/^(?:auf|for|on)$/u.test(normalised.tokens[hit.from - 1]?.key ?? "") &&
    /^\s?(?:nr\.?\s?|no\.?\s?|number\s)?#?\s?[A-Z]{0,4}-?\d{3,}/u.test(normalised.text.slice(last.end, last.end + 20))
  );
}

/** "Payment went through the same day, but the tracking hasn't moved": the money is fine, the parcel is not. */
function wentThrough(tokens: readonly Token[], hit: Hit): boolean {
  const after = keysIn(tokens, hit.to + 1, hit.to + 3);
  return /^(?:went|gone|goes|ging|ist|war) (?:through|durch)\b/u.test(after);
}

/** "Auto steht halbvoll … ich fahr mit dem Bus zur Arbeit": how they get to work now, a consequence, not the case. */
function commuting(normalised: Normalised, hit: Hit): boolean {
  const { tokens } = normalised;
  if (transitOnTheWay(normalised, hit)) return true;
  const after = keysIn(tokens, hit.to + 1, hit.to + 4);
  // "order not even started … missed my train": a train missed because of us, no journey booked with us.
  const before = keysIn(tokens, hit.from - 2, hit.from);
  // "als Pendlerin um 7:40 auf dem Weg zum Zug", "on my way to the train": where they were headed, no journey of ours.
  if (/\b(?:weg zum|weg zur|way to the|way to my)$/u.test(keysIn(tokens, hit.from - 3, hit.from))) return true;
  // "cracked at the weld after 8 months of commuting": how the thing was used, no journey. "als Pendlerin": who they
  // are.
  if (
    /^(?:commuting|commute|pendeln|pendler|pendlerin|pendlern|commuter|commuters)$/u.test(
      tokens[hit.from]?.key ?? "",
    ) &&
    hit.from === hit.to
  )
    return true;
  return (
    /^(?:zur arbeit|auf arbeit|auf die arbeit|in die arbeit|zum job|ins buero|zur schule|zur uni|to work|for work|to the office|to school)\b/u.test(
      after,
    ) || /\bmissed (?:my|the|our)$/u.test(before)
  );
}
const GERMAN_ARTICLE = new Set(["ne", "eine", "die", "der", "diese", "dieser", "einer", "jede", "welche"]);
const SEEN = new Set(["seen", "saw", "see", "gesehen", "sehe", "sah"].map(wordKey));
const POST_ABOUT = new Set(["post", "posts", "beitrag", "beitraege", "posting", "tweet", "kampagne", "campaign"]);

/** "Our solar battery hasn't charged since the update": a battery or a car charging, not a charge on a bill. */
function batteryCharging(normalised: Normalised, kind: string, hit: Hit): boolean {
  if (kind !== "billing" || !/^(?:charged|charging|charge|charges)$/u.test(normalised.tokens[hit.from]?.key ?? ""))
    return false;
  // "charged it overnight, nothing", "every time i charge my e-bike": a device charged, whatever it is.
  if (/^(?:it|overnight|fully|up)$/u.test(normalised.tokens[hit.from + 1]?.key ?? "")) return true;
  if (
    /^(?:my|the|our|his|her)$/u.test(normalised.tokens[hit.from + 1]?.key ?? "") &&
    /^(?:e|e-?bike|ebike|bike|car|ev|phone|laptop|scooter|battery|tesla)$/u.test(
      normalised.tokens[hit.from + 2]?.key ?? "",
    )
  )
    return true;
  // "hasn't charged", "stopped charging", "won't charge": what a battery does; "charged me twice" stays a bill.
  if (
    !/^(?:hasnt|havent|isnt|wont|doesnt|didnt|not|stopped|never|barely)$/u.test(
      normalised.tokens[hit.from - 1]?.key ?? "",
    )
  )
    return false;
  return /\b(?:battery|batteries|storage|akku|speicher|batteriespeicher|wallbox|charger|ev|car|e-auto)\b/iu.test(
    normalised.text,
  );
}

/** "die Stromrechnung explodiert", "prices have exploded": costs that soar, nothing that blew up. */
function costsExploding(tokens: readonly Token[], hit: Hit): boolean {
  if (!/^(?:explodiert|explodieren|exploded|exploding)$/u.test(tokens[hit.from]?.key ?? "")) return false;
  return tokens
    .slice(Math.max(0, hit.from - 4), hit.from)
    .some((token) =>
      /(?:rechnung|kosten|preise?|abschlag|gebuehr\w*|bill|bills|prices?|costs?|rates?)$/u.test(token.key),
    );
}

const MISSED = new Set(["your", "you", "u", "ur"]);
/** "ok my bad", "selbst schuld", "yes yes my fault": a slip owned up to. */
const OWNED_UP = /\b(?:my bad|my (?:own )?fault|selbst schuld|meine schuld|mein versehen)\b/iu;
const BY = new Set(["by", "um"]);
const LATE = new Set(["late"]);
const POSSESSIVE = new Set(["my", "his", "her", "our", "their", "your"]);
const LIKE_A = new Set(["like", "wie"]);
const A = new Set(["a", "an", "ein", "eine", "einer", "einem"]);
/** "like a dog waiting for its owner", "wie ein Hund, der wartet": a picture, not the writer's own wait. */
function simile(tokens: readonly Token[], hit: Hit): boolean {
  for (let at = hit.from - 2; at >= Math.max(0, hit.from - 4); at--) {
    if (LIKE_A.has(tokens[at]?.key ?? "") && A.has(tokens[at + 1]?.key ?? "")) return true;
  }
  return false;
}
const ERRATUM = new Set(["error", "mistake", "typo", "fehler", "tippfehler"]);
const SMALL = new Set(["small", "minor", "tiny", "little", "kleiner", "kleinen", "kleine"]);
const PLACES_ONE_IS = new Set(["hospital", "bed", "traffic", "quarantine", "isolation", "krankenhaus"]);
/** "sent a second bag straight to the ward at no charge": free of charge is no bill gone wrong. */
const FREE_OF = /(?:^|\s)(?:no|free of|without|ohne|kostenlos|gratis)$/u;
const WOULD_BE = new Set(["waer", "waere", "waers", "wuerde", "would", "itd", "it'd", "wouldve"].map(wordKey));
const ADDED = new Set(["dazu", "hinzu"]);
/** "Im Wohnzimmer hats 15 Grad": a home too cold, told as a figure. */
const INDOOR_COLD =
  /\b(?:im\s(?:wohnzimmer|schlafzimmer|kinderzimmer|bad|badezimmer|haus|büro|buero)|drinnen|indoors|in the (?:living room|house|bedroom|lounge))\b[^.!?]{0,20}?\b(?:1[0-7]|[5-9])(?:[.,]\d)?\s?(?:grad|°\s?c?|degrees)(?!\p{L})|\b(?:1[0-7]|[5-9])(?:[.,]\d)?\s?(?:grad|°\s?c?|degrees)\s(?:im\s(?:wohnzimmer|schlafzimmer|kinderzimmer|haus)|in the (?:living room|house|bedroom|lounge))\b|\b(?:haus|wohnung|bude|house|flat)\s(?:\p{L}+\s){0,3}?(?:nicht|kaum|never|not)\s(?:mehr\s)?(?:über|ueber|above|over)\s(?:1[0-9]|[5-9])\s?(?:grad|°\s?c?|degrees)/iu;
/**
 * "wurde … von einer Wespe in die Lippe gestochen", "was stung on the lip", "hab mir die Zunge verbrüht": someone hurt,
 * told as what happened, with no complaint word; never a harm feared ("bevor noch jemand gestochen wird").
 */
const INJURED =
  // Not "we got stung with fees at the door", "got stung by a german shop before": charged, an idiom.
  /\b(?:(?:was|were|got|been|gets)\s(?:\p{L}+\s){0,2}?stung(?!\s(?:with|for|by)\s(?:\p{L}+\s)?(?:fees?|charges?|costs?|customs|duties|duty|tax|vat|prices?|bills?))(?!\s(?:by|from)\s(?:(?:a|an|the|another|some|one|that)\s)?(?:\p{L}+\s)?(?:shop|store|company|seller|retailer|supplier|website|site|courier|airline|bank|landlord|roaster|brand|firm|provider)s?\b)|(?:wurde|wurden|bin|ist|hat|haben)\b[^.!?]{0,80}?\bgestochen|allergic reaction|allergische[nr]?\s(?:reaktion|schock)|(?<!(?:fast|beinahe|almost|nearly)\s)(?:ausgerutscht|hingefallen|gestürzt|(?:slipped|tripped|fell) (?:on|over)\b(?! it))|(?:verbrüht|verbrannt|scalded|burnt|burned)\b[^.!?]{0,20}?\b(?:zunge|hand|finger|lippe|mund|tongue|hand|finger|lip|mouth)|(?:zunge|hand|finger|lippe|mund|tongue|lip|mouth)\b[^.!?]{0,20}?\b(?:verbrüht|verbrannt|scalded|burnt|burned))\b/iu;
const CREDITED =
  /\bshout-?\s?out\b|\bkudos\b|\bhut ab\b|(?<!\p{L})(?:top|spitze|klasse)\s?!{2,}|\bso macht man das\b|\bthat'?s how it'?s done\b|\bcredit where (?:it'?s |it is )?due\b|\bso muss (?:dat|das|service)\b/iu;
const COMPLAINED = new Set(["beschwert", "complained", "moaned", "gemeckert", "geschimpft", "reklamiert"]);
const LOST = new Set(["lost", "verloren"]);
const FOUND = new Set(["found", "gefunden", "fand", "entdeckt", "wiedergefunden"]);
const GIFTED = /\b(?:zum geburtstag|zu weihnachten|geschenkt|gewünscht|gewuenscht)\b/iu;
const WOULD = new Set(["would", "wuerde", "wuerden"]);
// "Neighbour is telling heat pump will not work", "half the village reckons it'll just give up at minus ten".
const DOUBTED = new Set(
  [
    "told",
    "said",
    "warned",
    "thought",
    "claimed",
    "telling",
    "tells",
    "says",
    "reckons",
    "reckon",
    "insists",
    "sagten",
    "meinten",
    "dachten",
    "hiess",
    "gesagt",
    "sagt",
    "meint",
    "behauptet",
    "behaupten",
  ].map(wordKey),
);
const DOUBTERS = new Set(
  [
    "alle",
    "jeder",
    "viele",
    "nachbarn",
    "nachbar",
    "nachbarin",
    "freunde",
    "dorf",
    "schwager",
    "everyone",
    "everybody",
    "people",
    "neighbours",
    "neighbors",
    "neighbour",
    "neighbor",
    "village",
    "friends",
  ].map(wordKey),
);
const LUKEWARM = new Set(["lauwarm", "lauwarmen", "lauwarmer", "lauwarmes", "lukewarm"]);
const ONLY = new Set(["nur", "only"]);
const WISHED_SO = new Set(
  "darf darfst duerfen soll sollte will moechte mag trinkt trinke drinks drink likes like wants may".split(" "),
);
const AS_ASKED = new Set([
  "nur",
  "darf",
  "extra",
  "extra-",
  "wunsch",
  "gewuenscht",
  "asked",
  "requested",
  "only",
  "wollte",
]);
/** "the little sign said 'vegan' … the sign's wrong", "das Schild war falsch": a label wrong, nothing sent wrong. */
const LABEL_WRONG =
  /\b(?:sign|signs|label|labels|schild|schilder|etikett\p{L}*|beschriftung)(?:'s)?\s(?:(?:is|was|are|were|ist|war|waren)\s)?(?:wrong|falsch)\b|\b(?:wrong|falsche[ns]?)\s(?:sign|label|schild|etikett)/iu;
/** "bestellung KK-67031 über 64 € und null treuepunkte gutgeschrieben": the points, not the order, are missing. */
const POINTS_MISSING =
  /\b(?:null|keine|keinen|no|zero|0)\s(?:\p{L}+\s)?(?:treuepunkte|bonuspunkte|punkte|stempel|points|loyalty points|stamps)\b/iu;
/** "my whole account is just GONE … 'no customer found'", "mein Kundenkonto ist weg": the account, whatever it held. */
// Not "zweimal 412,60 € vom Konto weg": money gone from the bank account, no login lost.
const ACCOUNT_GONE =
  /(?<!\bvom\s|\bfrom my\s|\bfrom the\s)\b(?:account|konto|kundenkonto|profil|profile)\b[^.!?]{0,25}\b(?:gone|deleted|vanished|disappeared|weg|verschwunden|gelöscht|geloescht)\b(?!\s(?:quiet|silent|mute|awol)\b)|\bno (?:customer|account|user) found\b|\bkein(?:en)? (?:kunden|konto|nutzer|benutzer) gefunden\b/iu;
const STAFF_TOLD =
  /\b(?:ihr|euer|eure|der|die|unser)\s(?:techniker\p{L}*|elektriker\p{L}*|monteur\p{L}*|berater\p{L}*|vertriebler\p{L}*|verkäufer\p{L}*|mitarbeiter\p{L}*)\b[^.!?]{0,120}?\b(?:erzählt|behauptet|eingeredet|weisgemacht)\b|\b(?:your|the)\s(?:engineer|technician|installer|electrician|salesman|sales rep|adviser|advisor)\b[^.!?]{0,40}?\btold\s(?:my|our|the)\s(?:mum|mother|dad|father|tenants|neighbours|neighbors|wife|husband|kids)\b/iu;
const DEDUCTED =
  /\b(?:zieht|ziehen|zog|zogen)\b[^.!?]{0,60}?\d[^.!?]{0,40}?\bab\b|\babgezogen\b[^.!?]{0,10}$|\bdeducting\b[^.!?]{0,40}\d/iu;
const CUT_BODY =
  /\bcut (?:my|her|his|our|their) (?:lip|finger|hand|mouth|foot|knee|leg)\b|\b(?:lippe|finger|hand|knie|bein|fuß)\s(?:\p{L}+\s){0,2}?(?:aufgeschnitten|aufgeschlagen|aufgeschürft|blutet|blutete)\b/iu;
/** "enttäuschte Kunden, denen genau das niemand gesagt hat", "customers who were never told": others' case, told. */
const OTHERS = new Set(
  [
    "kunden",
    "leute",
    "menschen",
    "nachbarn",
    "kollegen",
    "customers",
    "people",
    "clients",
    "neighbours",
    "homeowners",
  ].map(wordKey),
);
const WHO = new Set(["denen", "who", "whom"]);
const WAITING = /(?:^|\s)(?:waiting|wait|waited|warten|wartet|warteten|gewartet)(?:\s|$)/u;
const HALF_OF =
  /(?:^|\s)(?:half|halb|halbe|die halbe)\s(?:the\s|my\s|our\s|meine\s|unsere\s)?(?:street|road|neighbourhood|neighborhood|town|village|replies|comments|strasse|nachbarschaft|siedlung|stadt|dorf|kommentare)(?:\s|$)/u;
const WITH = new Set(["mit", "with", "ohne", "without"]);
function othersCase(tokens: readonly Token[], hit: Hit): boolean {
  // "Meine Nachbarn warten seit Februar auf ihre Wärmepumpe": the neighbours' wait, told to argue, not the writer's.
  const subject = tokens[hit.from - 1];
  if (subject && OTHERS.has(subject.key) && /^(?:meine|unsere|my|our)$/u.test(tokens[hit.from - 2]?.key ?? ""))
    return true;
  for (let at = hit.from - 1; at >= Math.max(1, hit.from - 6); at--) {
    if (WHO.has(tokens[at]?.key ?? "") && OTHERS.has(tokens[at - 1]?.key ?? "")) return true;
  }
  // "half the replies under it are people waiting months for an installer", "half my street has been waiting 4+
  // months": others' waits, held up to the company as an argument.
  if (subject && OTHERS.has(subject.key) && WAITING.test(tokens[hit.from]?.key ?? "")) return true;
  if (WAITING.test(keysIn(tokens, hit.from, hit.to + 1)) && HALF_OF.test(keysIn(tokens, hit.from - 6, hit.from)))
    return true;
  // "für Leute mit kaputter Gasheizung keine Option", "for people with a broken boiler": whoever has the fault, in
  // general, not the writer.
  return (
    WITH.has(tokens[hit.from - 1]?.key ?? "") &&
    tokens.slice(Math.max(0, hit.from - 3), hit.from - 1).some((token) => OTHERS.has(token.key))
  );
}

/**
 * "Nearly walked to the wrong building 😅", "I almost missed my train": what the writer almost did did not happen. Not
 * "your driver nearly ran me over": a near miss done to them is the complaint.
 */
function almostDid(normalised: Normalised, hit: Hit): boolean {
  const { tokens, text } = normalised;
  for (let at = hit.from - 1; at >= Math.max(0, hit.from - 4); at--) {
    const token = tokens[at] as Token;
    if (!/^(?:nearly|almost|beinahe)$/u.test(token.key)) continue;
    if (/^(?:always|every|immer|jedes)$/u.test(tokens[at + 1]?.key ?? "")) return false;
    return /(?:^|[.!?…]\s*|\b(?:i|we|ich|wir)\s+)$/iu.test(text.slice(Math.max(0, token.start - 12), token.start));
  }
  return false;
}

/** A sentence opening on a condition: "Ohne vernünftige Dämmung …", "Without proper insulation …". */
const SENTENCE_OPENS_WITHOUT =
  /(?:^|\s)(?:ohne|without)\s(?:[\p{L}\d]+\s){1,4}(?:laeuft|läuft|runs|wird|will|ist|is)\s/u;

const RISE = new Set(["increase", "increases", "rise", "rises", "hike", "hikes", "erhoehung", "anstieg", "steigerung"]);
function notABill(tokens: readonly Token[], hit: Hit): boolean {
  const key = tokens[hit.from]?.key ?? "";
  if (hit.from === hit.to && /^(?:price|preis)$/u.test(key) && RISE.has(tokens[hit.to + 1]?.key ?? "")) return true;
  return (
    hit.from === hit.to &&
    key === "charge" &&
    /(?:^|\s)(?:no|no extra|no additional|at no|at no extra|free of|without|ohne)$/u.test(
      keysIn(tokens, hit.from - 2, hit.from),
    )
  );
}

/**
 * "halte ich fachlich für gefährlich", "a dangerous precedent": a danger judged of an idea or a campaign, nobody put at
 * risk.
 */
const DANGER_JUDGED_BEFORE = new Set([
  "fuer",
  "fachlich",
  "politisch",
  "wirtschaftlich",
  "gesellschaftlich",
  "ethisch",
  "halte",
  "halten",
  "finde",
  "finden",
  "politically",
  "economically",
  "ethically",
  "think",
  "consider",
]);
const DANGER_JUDGED_AFTER =
  /^(?:halbwissen|entwicklung|signal|trend|praezedenzfall|narrativ|rhetorik|spiel|botschaft|denken|idee|ideologie|precedent|message|narrative|rhetoric|game|idea|ideology|thinking|misinformation)$/u;
function dangerJudged(tokens: readonly Token[], hit: Hit): boolean {
  const key = tokens[hit.from]?.key ?? "";
  if (!/^(?:gefaehrlich|dangerous)/u.test(key)) return false;
  return (
    tokens.slice(Math.max(0, hit.from - 4), hit.from).some((token) => DANGER_JUDGED_BEFORE.has(token.key)) ||
    DANGER_JUDGED_AFTER.test(tokens[hit.to + 1]?.key ?? "")
  );
}

/** "bei einem Stromausfall", "in case of a power cut", "falls der Strom ausfällt": a failure supposed, not had. */
function hypothetical(tokens: readonly Token[], hit: Hit): boolean {
  const before = keysIn(tokens, hit.from - 3, hit.from);
  // "if I would just delete the folder, the content would be deleted for all users": what would happen, not what did.
  if (/(?:^|\s)(?:would|wuerde|wuerden)(?:\s(?:be|get|werden))?$/u.test(before)) return true;
  if (
    /(?:^|\s)(?:bei einem|bei einer|im falle eines|im fall eines|falls|in case of|during a|in the event of)$/u.test(
      before,
    )
  )
    return true;
  // "does a heat pump actually cope in a proper cold snap?", "Schafft eine Wärmepumpe das bei minus 15?": any one,
  // asked about.
  if (
    /(?:^|\s)(?:does|do|can|will|would|could|kann|schafft|packt|laeuft|funktioniert)\s(?:a|an|ein|eine)$/u.test(before)
  )
    return true;
  // "how Rheinwerk decides when a house is NOT ready": a case in general, asked about.
  if (
    /(?:^|\s)(?:when|whether|if|ob|wann)\s(?:a|an|ein|eine)\s\S+\s(?:is|ist|isnt|isn't)$/u.test(
      keysIn(tokens, hit.from - 5, hit.from),
    )
  )
    return true;
  // "if the heating keeps going in a blackout": a blackout supposed; not "arrived in a crushed box".
  if (/(?:^|\s)in an?$/u.test(before) && /^(?:blackout|outage|power)/u.test(tokens[hit.from]?.key ?? "")) return true;
  // "checked the bag twice to make sure you didn't send me the wrong one": a doubt ruled out, nothing that failed.
  if (
    /(?:^|\s)(?:make sure|making sure|to check|sicherzugehen|sicher zu gehen)(?:\s(?:that|you|u|ihr|dass))*$/u.test(
      before,
    )
  )
    return true;
  // "dann wundern sich die Leute, wenn die Heizkörper nur lauwarm sind", "Ohne vernünftige Dämmung läuft die WP im
  // Altbau doch auf Anschlag und die Stromrechnung explodiert": what happens to people in general, or on a condition.
  const sentence = keysIn(tokens, Math.max(0, hit.from - 14), hit.from);
  if (
    /(?:^|\s)(?:wundern sich die leute|wundern sich (?:dann )?(?:viele|alle)|people (?:then )?wonder why)(?:\s|$)/u.test(
      sentence,
    )
  )
    return true;
  if (SENTENCE_OPENS_WITHOUT.test(sentence)) return true;
  // "schaltet … bei Netzausfall ab": an outage in general, no article, not one that happened.
  if (/(?:^|\s)bei$/u.test(before) && /ausfall$/u.test(tokens[hit.from]?.key ?? "")) return true;
  // "Wenn bis morgen keiner da ist, geht das an den Anwalt": an ultimatum's condition, not what happened.
  const ultimatum = keysIn(tokens, hit.from - 4, hit.from);
  if (/(?:^|\s)(?:wenn|falls|if)\s(?:bis|by|until|till)(?:\s\p{L}+){1,2}$/u.test(ultimatum)) return true;
  // "If Rheinwerk can't install within a reasonable time you're just …", "while landlords can still say no": a
  // condition argued, or a third party's refusal, not a failure that happened to the writer.
  if (
    /(?:^|\s)(?:if|wenn|falls)\s(?!(?:i|we|my|our|ich|wir|mein\p{L}*|unser\p{L}*)\b)\p{L}+$/u.test(
      keysIn(tokens, hit.from - 2, hit.from),
    )
  )
    return true;
  if (
    /(?:^|\s)(?:landlords?|vermieter\p{L}*|eigentuemer\p{L}*|neighbours?|neighbors?|nachbarn?)(?:\s(?:can|could|still|will|koennen|kann|duerfen))+$/u.test(
      keysIn(tokens, hit.from - 3, hit.from),
    )
  )
    return true;
  // "Nicht dass am Sonntag jemand um halb sieben vor verschlossener Tür steht": what must not happen, feared.
  if (/(?:^|\s)nicht dass(?:\s\p{L}+){0,6}$/u.test(keysIn(tokens, hit.from - 8, hit.from))) return true;
  // "Habt ihr an Feiertagen auf oder stehen wir dann vor verschlossener Tür?", "or will we end up outside a locked
  // door?": what they fear will happen, asked.
  if (
    /(?:^|\s)oder(?:\s\p{L}+){0,2}\s(?:wir|ich|man)\sdann(?:\s\p{L}+){0,2}$|(?:^|\s)or\s(?:will|would|do|am|are|must|should)\s(?:we|i)(?:\s\p{L}+){0,3}$/u.test(
      keysIn(tokens, hit.from - 6, hit.from),
    )
  )
    return true;
  // "meine Frau fragt schon, ob wir dann wochenlang ohne Heizung sind": what they ask will happen, feared.
  if (/(?:^|\s)ob\s(?:wir|ich|man|sie)(?:\s\p{L}+){0,3}$/u.test(keysIn(tokens, hit.from - 5, hit.from))) return true;
  // "habt ihr Karfreitag auf oder steh ich wieder vor verschlossener Tür?": the same fear, asked without "dann".
  if (
    /(?:^|\s)oder\s(?:steh|stehe|stehen|stand)\s(?:ich|wir|man)(?:\s\p{L}+){0,3}$/u.test(
      keysIn(tokens, hit.from - 7, hit.from),
    )
  )
    return true;
  // "bitte fixen, bevor sich noch wer verletzt", "before someone gets hurt": a harm feared, not one done.
  return /(?:^|\s)(?:bevor|ehe|before)(?:\s\p{L}+){0,2}$/u.test(before);
}

/**
 * "Ich bin 82 und habe kein Internet": someone without a connection at all, not a connection that failed. A
 * supply lost says since when, or "mehr" ("seit Freitag kein Strom", "kein Internet mehr").
 */
function withoutByChoice({ tokens, text }: Normalised, hit: Hit): boolean {
  const said = tokens.slice(hit.from, hit.to + 1).map((token) => token.key);
  if (!said.some((key) => key === "internet" || key === "wlan" || key === "computer" || key === "smartphone"))
    return false;
  const before = tokens.slice(Math.max(0, hit.from - 2), hit.from).map((token) => token.key);
  return before.some((key) => HAVE.has(key)) && !LOST_SINCE.test(text);
}
/** "not one day", "keinen einzigen Tag", "not a single hour of production": none of the time went missing. */
const NOT_ONE_DAY =
  /(?:\bnot (?:one|a single)|\bno|\bnever a|\bkeinen(?: einzigen)?|\bnicht eine[n]?|\bkein(?:e)? einzige[r]?)\s(?:day|night|hour|minute|tag|nacht|stunde|minute)(?:\s(?:of|an)\s\p{L}+)?\s$/iu;
/** "not a single hour of production lost", "keinen einzigen Tag ohne Heizung": what never went missing. */
function neverWithout(normalised: Normalised, hit: Hit): boolean {
  if (!/^(?:without|ohne|lost|verloren|ausgefallen)\b/iu.test(written(normalised, hit.from, hit.to))) return false;
  const start = normalised.tokens[hit.from]?.start ?? 0;
  // "Statt uns über Nacht ohne Heizung zu lassen ist er geblieben": what did not happen, thanks to someone.
  return (
    NOT_ONE_DAY.test(normalised.text.slice(Math.max(0, start - 40), start)) ||
    /(?:^|[\s,])(?:statt|anstatt|instead of)\s(?:[^.!?,]{0,30}\s)?$/iu.test(
      normalised.text.slice(Math.max(0, start - 40), start),
    )
  );
}

/**
 * "can I switch … without my landlord's permission?", "Darf ich ohne Zustimmung des Vermieters wechseln?": asking
 * whether something may be done without consent is a question, not consent ignored.
 */
function askedIfAllowed(normalised: Normalised, hit: Hit): boolean {
  if (!/^(?:without|ohne)\b/iu.test(written(normalised, hit.from, hit.to))) return false;
  const start = normalised.tokens[hit.from]?.start ?? 0;
  const before = normalised.text.slice(0, start);
  const sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("! "), before.lastIndexOf("? "), 0);
  const rest = normalised.text.slice(sentenceStart);
  const end = rest.search(/[.!?]/u);
  return end >= 0 && rest[end] === "?" && MAY_I.test(rest.slice(0, end));
}
const MAY_I =
  /\b(?:can|could|may|do|does|is it possible|kann|könnte|koennte|darf|dürfen|duerfen|muss|brauche|geht das)\b/iu;

/** Failures that are only a contrast: said beside thanks and praise they tell what went well. */
const COURSE =
  /(?<!\p{L})(?:course|courses|class|classes|workshop|workshops|tasting|seminar|kurs|kurse|röstkurs|barista-kurs|verkostung|schulung)(?!\p{L})/iu;
const SPILT = /spilled|spilt|gekippt|verschüttet|verschuettet|umgekippt|umgestoßen/iu;
const SPILT_BY_US =
  /\b(?:i|we|you)\s(?:\p{L}+\s){0,2}(?:spilled|spilt|knocked)\b|\b(?:du|ich|wir|hast|hab|habe)\b[^.!?]{0,80}\b(?:gekippt|verschüttet|verschuettet|umgekippt|umgestoßen)\b/iu;
const STRIKING_THING =
  /^(?:waermepumpe|heizung|anlage|therme|app|maschine|siebtraeger|auto|drucker|wechselrichter|speicher|router|handy|computer|pumpe|technik)$/u;
const SAME = new Set(["gleiche", "gleicher", "gleichen", "gleiches", "selbe", "selben", "same"]);
const CAME_NOBODY = /^(?:kam|kamen|kommt|erschien)\s(?:\p{L}+\s)?(?:keiner|niemand)$/iu;
const MACHINE_PART = new Set(["verdichter", "kompressor", "compressor", "pumpe", "brenner", "heizstab", "ventil"]);
const DOOR = new Set(["door", "doors", "tuer", "tuere", "tor", "gate", "eingang", "entrance"]);
const PUT_IN = new Set(["a", "an", "the", "it", "them", "her", "his", "my", "our", "some", "two", "three"]);
const DENIED_BEFORE = new Set(["nicht", "not", "nie", "never", "kaum", "hardly"]);
/**
 * Something broken at home, then time spent with us: "bei uns ist die Heizung kaputt … bei euch gesessen", "when our
 * office heating gave out … they let our whole team hold the stand-up in the café".
 */
const SHELTERED =
  /(?<!\p{L})(?:bei uns|bei mir|zu ?hause|daheim|at home|at our place|in our (?:flat|house))(?!\p{L})[^.!?]{0,60}(?<!\p{L})(?:kaputt|ausgefallen|broke|broken|down|out)(?!\p{L})[^.!?]{0,80}(?<!\p{L})(?:bei euch|zu euch|at yours|at your (?:café|cafe|place|shop)|to your (?:café|cafe|place|shop))(?!\p{L})|(?<!\p{L})our (?:office |flat |house |home )?(?:heating|boiler|power)\s(?:gave out|broke|died|failed|was off|went off|packed up)(?!\p{L})[^.!?]{0,80}(?<!\p{L})(?:in the (?:café|cafe)|at the (?:café|cafe)|let (?:us|our)|at yours)(?!\p{L})/iu;
const CONTRAST_ONLY =
  /^(?:ohne zu fragen|ohne dass (?:wir|ich|jemand) (?:fragen|gefragt)|without (?:anyone |us |me )?asking|even though|although|obwohl|extra|ausdrücklich)/iu;
const SICK = new Set(["sick", "ill"]);
const FED_UP = new Set(["of", "and", "to"]);
const HAVE = new Set(["habe", "hab", "hat", "haben", "besitze", "besitzt"]);
const LOST_SINCE = /\b(?:seit|mehr|wieder|schon|heute|gestern|ausgefallen|weg|tagen|stunden|wochen)\b/iu;

/** "thank you for replacing my broken headphones", "hat mein kaputtes Handy sofort getauscht": put right, not failed. */
function remedied(tokens: readonly Token[], hit: Hit): boolean {
  const before = tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => REMEDY.has(token.key));
  const after = tokens.slice(hit.to + 1, hit.to + 6).some((token) => REMEDY.has(token.key));
  // "hat in 40 Minuten den kaputten Drucksensor getauscht": the broken part named and swapped, with no "nicht" between.
  const swapped =
    /^(?:den|die|das|the)$/u.test(tokens[hit.from - 1]?.key ?? "") &&
    REMEDY.has(tokens[hit.to + 2]?.key ?? "") &&
    !/^(?:nicht|not|nie|never|noch)$/u.test(tokens[hit.to + 1]?.key ?? "");
  return before || swapped || (after && tokens.slice(Math.max(0, hit.from - 2), hit.from).some((t) => OWN.has(t.key)));
}

const REMEDY = new Set(
  [
    "replacing",
    "replaced",
    "fixing",
    "fixed",
    "repaired",
    "repairing",
    "swapped",
    "ersetzt",
    "getauscht",
    "ausgetauscht",
    "umgetauscht",
    "repariert",
    "sorted",
    "solved",
    "geloest",
    "behoben",
  ].map(wordKey),
);
const OWN = new Set(["mein", "meine", "meinen", "my"].map(wordKey));

/** "Es gibt keine Chance darum …": the failure is what follows, in the same sentence ("… kein Brot mehr da. Um 17 Uhr!" is not). */
function aboutFollows(normalised: Normalised, hit: Hit): boolean {
  const next = normalised.tokens[hit.to + 1];
  const end = normalised.tokens[hit.to]?.end ?? 0;
  return next !== undefined && ABOUT.has(next.key) && !/[.!?]/.test(normalised.text.slice(end, next.start));
}

/** "Mir fehlen die Worte", "words fail me", "I'm lost": lost for words or confused, not a missing item. */
function speechless(tokens: readonly Token[], hit: Hit): boolean {
  if (tokens[hit.from]?.key === "lost" && CONFUSED.has(tokens[hit.from - 1]?.key ?? "")) return true;
  return tokens.slice(hit.from, hit.to + 3).some((token) => token.key === "worte" || token.key === "words");
}

const CONFUSED = new Set(["im", "am", "totally", "completely"]);

const ABOUT = new Set(["um", "ums", "darum", "drum", "dabei"].map(wordKey));
const SINGULAR = new Set(
  ["ich", "mir", "mich", "mein", "meine", "meinen", "meinem", "meiner", "i", "im", "ive", "id", "me", "my"].map(
    wordKey,
  ),
);

/** The writer speaks of themself within a few words of the hit. */
function singularNear(tokens: readonly Token[], hit: Hit): boolean {
  return tokens.slice(Math.max(0, hit.from - 10), hit.to + 7).some((token) => SINGULAR.has(token.key));
}

/** "waited 25 min for a flat white": a sentence that opens on a past verb has dropped its "I". */
const PAST_OPENING = new Set(
  ["waited", "ordered", "paid", "bought", "booked", "called", "rang", "emailed"].map(wordKey),
);
function droppedSubject(normalised: Normalised, hit: Hit): boolean {
  const first = normalised.tokens[hit.from];
  if (!first || !PAST_OPENING.has(first.key)) return false;
  return /(?:^|[.!?]\s*)$/u.test(normalised.text.slice(0, first.start).replace(/@\w+\s*/gu, ""));
}

const RESOLVED = new Set(["wieder", "again", "jetzt", "now", "endlich", "finally"].map(wordKey));
const WORKS = new Set(["funktioniert", "geht", "laeuft", "klappt", "works", "working"].map(wordKey));

function resolvedAfter(tokens: readonly Token[], hit: Hit): boolean {
  const first = tokens[hit.from];
  if (!first || !WORKS.has(first.key)) return false;
  const next = tokens[hit.from + 1];
  return next !== undefined && RESOLVED.has(next.key);
}

const MODAL = new Set(["kann", "koennen", "konnte", "konnten"].map(wordKey));
const WRONG_SENT =
  /(?:falsch|wrong).*(?:geschickt|geliefert|verschickt|zugeschickt|sent|delivered|shipped)|(?:sent|delivered|delivering|shipped|got|received).*wrong|wrong (?:house|door|flat|building)|\b(?:statt|anstatt)\b.*\b(?:drin|drinnen|dabei)$/iu;
/** "without heating", "der Strom weg", "power's out": a supply gone is the case of whoever it is gone for. */
const SUPPLY_GONE =
  /^(?:without|ohne)\s|^(?:kein|keinen|keine|no)\s+(?:strom|gas|heizung|warmwasser|power|electricity|heating|hot water)\b|^(?:strom|gas|wasser|internet)?ausf(?:a|ä|ae)ll|^stromausf|^power (?:cut|outage)|(?:strom|gas|wasser|internet|heizung|warmwasser|power|electricity|heating)(?:['’]?s)?\s+(?:ist\s+|is\s+|has\s+been\s+|been\s+)?(?:weg|ausgefallen|gone|out|off|down)|(?:strom|gas|wasser|internet|heizung|warmwasser|anschluss|leitung)\s+(?:\p{L}+\s+){0,2}?(?:abgestellt|abgeschaltet|abgeklemmt|gesperrt|gekappt)|(?:abgestellt|abgeschaltet|abgeklemmt|gesperrt)\s+(?:\p{L}+\s+){0,2}?(?:strom|gas|wasser|internet|anschluss)|(?:cut|shut|switched|turned)\s+off\s+(?:\p{L}+\s+)?(?:power|electricity|gas|water|supply|heating)|(?:power|electricity|gas|water|supply)\s+(?:was\s+)?(?:cut|shut|switched|turned)\s+off|^seit\s/iu;
// "kann ich in der App keinen Zählerstand mehr eingeben": the thing between, too.
const CANNOT_ENTER =
  /\b(?:nicht|kein(?:en)?)\s(?:\p{L}+\s){0,2}?(?:mehr\s)?(?:eintragen|eingeben|hochladen|übermitteln|uebermitteln)\b|\b(?:can't|cannot|can not|unable to)\s(?:\p{L}+\s)?(?:submit|upload|enter)\b/iu;
const READING_BILLED =
  /\bzählerstand\b[^.!?]{0,40}\b(?:gemeldet|angegeben|eingegeben|durchgegeben|eingetragen)\b[\s\S]{0,60}?\b(?:abrechnung|rechnung)\b[^.!?]{0,20}\b(?:stehen|steht|stand|standen)\s\d|\b(?:kwh|kilowattstunden)\s(?:zu viel|zuviel|too many|too much)\b|\breading\b[^.!?]{0,40}\b(?:submitted|sent|gave|reported)\b[\s\S]{0,60}?\bbill\b[^.!?]{0,20}\b(?:says|shows|has)\s\d/iu;
const SINCERE =
  /\b(?:genuine|honest|serious|real|random|quick)\s(?:q|question|qn)\b|\b(?:ernst(?:hafte|gemeinte)?|ehrliche)\sfrage\b|\bohne polemik\b|\bno trolling\b/iu;
const SITE = /\b(?:website|webseite|site|portal|kundenportal|online ?shop|app)\b/iu;
const ON_A_PHONE = /\b(?:android|ios|iphone|ipad|pixel|galaxy|update\s\d)/iu;
const QUOTED_PAGE = /(?:^|\s)['‚„"“][\p{L} ]{3,30}['‘“”"]\s(?:l(?:ä|ae)dt|zeigt|loads|shows|won'?t load)\b/iu;
const BLANK_SCREEN =
  /\b(?:wei(?:ß|ss)\p{L}*|leer\p{L}*|schwarz\p{L}*)\s(?:bildschirm|seite|screen)|\b(?:white|blank|black|empty)\s(?:screen|page)\b|\bl(?:ä|ae)dt\s(?:sich\s)?(?:\p{L}+\s)?tot\b|\bl(?:ä|ae)dt\s(?:und\s)?l(?:ä|ae)dt\b|\bloads? forever\b/iu;
const SUPPLY_BACK =
  /\b(?:behoben|repariert|wiederhergestellt|wieder da|läuft wieder|laeuft wieder|geht wieder|(?:schnell|gleich|bald) vorbei|restored|fixed|back on|back up|resolved|sorted|over quickly|quickly over)\b|\b(?:notdienst|störungsdienst|stoerungsdienst|techniker\p{L}*|monteur\p{L}*|engineer|technician)\b[^.!?]{0,30}\b(?:war|kam|was|came|arrived)\b[^.!?]{0,30}\b(?:da|vorbei|here|out|round)\b/iu;
/** What the weather, a garden or a joke is, not what was served: "Der Sommer war zu trocken", "a dry sense of humour". */
const NOT_SERVED =
  /sommer|winter|herbst|frühling|wetter|klima|luft|boden|garten|rasen|haut|humor|witz|summer|weather|autumn|spring|\bair\b|soil|garden|lawn|skin|humou?r|joke|wit\b/iu;
const SERVED_BADLY =
  /lauwarm|lukewarm|gefroren|frozen|nicht heiß|nicht heiss|trocken|\bdry\b|w(?:ä|ae)ssrig|watery|labberig|matschig|soggy|\bstale\b|versalzen|angebrannt|verbrannt|\bburnt\b|steinhart|overcooked|undercooked|\bcold$|brown water|braunes wasser/iu;
const NOISE =
  /brumm|geräusch|geraeusch|summt|pfeift|rattert|klappert|quietscht|vibriert|piept|piepst|noise|humming|buzzing|rattling|whining|clanking|beeping|beeps/iu;
/** A bill of the writer's own, as supplier or partner, left unpaid: "unsere Rechnung RE-24-1187 … ist seit 63 Tagen offen". */
const INVOICE_OPEN =
  /\b(?:rechnung|invoice)\b(?:[^.!?]|\.(?=\d)){0,120}?\b((?:seit [^.!?]{1,20}? )?(?:offen|unbezahlt|unpaid|outstanding)|nicht (?:bezahlt|beglichen)|not (?:been )?paid|nur zur h(?:ä|ae)lfte (?:bezahlt|beglichen)|only (?:been )?(?:half|partly) paid)\b/iu;
/** "Emailed you Thursday …, it's Tuesday", "Am Donnerstag gemailt, heute ist Dienstag": the mail sent is told. */
// "emailed service on the 3rd about my meter reading. Still waiting.": a message sent, and waited on.
const UNANSWERED =
  /antwort|answer|repl(?:y|ie)|respon[ds]|reaktion|r(?:ü|ue)ckmeldung|gemailt|e-?mailed|dmed|^still waiting$|^warte\p{L}* (?:immer )?noch$/iu;
/** "Don't want applicants turning up …", "Nicht dass sich jetzt Leute …": others, and what might befall them. */
const HARM_TO_OTHERS_FEARED =
  /(?<!\p{L})(?:(?:don'?t|do not|wouldn'?t|would not)\swant\s(?:applicants|people|customers|anyone|anybody|folks|others|guests|visitors)|nicht\sdass\s(?:sich\s)?(?:jetzt\s|noch\s)?(?:leute|jemand|kunden|andere|bewerber\p{L}*|gäste|gaeste))(?!\p{L})/iu;
/** "My German is …", "mein Deutsch ist …": what follows is what the writer knows of a language. */
const MY_LANGUAGE_IS = String.raw`(?<!\p{L})(?:my|mein|meine)\s(?:german|english|deutsch|englisch)\s(?:is|ist)\s`;
/** "My German is basically 'Danke' and 'Bier'": the few words one knows of a language, in quotes. */
const WORDS_KNOWN = new RegExp(`${MY_LANGUAGE_IS}(?:\\p{L}+\\s){0,3}['"„“‘‚]`, "iu");
/** A word quoted right after "my German is …": the text before it is read only when a quote mark opens it. */
function knownWord(text: string, start: number): boolean {
  return /['"„“‘‚]/u.test(text.charAt(start - 1)) && KNOWN_WORD_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}
/** The text before one of those quoted words. */
const KNOWN_WORD_BEFORE = new RegExp(`${MY_LANGUAGE_IS}[^.!?]{0,40}['"„“‘‚]$`, "iu");
/** "would send over a price list", "wollte uns ein Angebot schicken": something we said we would send. */
const PROMISED_TO_SEND =
  /(?<!\p{L})(?:would|will|was going to|were going to|promised to)\s(?:send|email|mail)\s(?:\p{L}+\s){0,2}(?:price ?list|quote|offer|proposal|brochure|details|info)(?!\p{L})|(?<!\p{L})(?:wollte|wollten|sollte|würde|wuerde|versprach)\s(?:\p{L}+\s){0,4}(?:preisliste|angebot|infos?|unterlagen)\s(?:\p{L}+\s)?(?:schicken|senden|zuschicken|mailen)(?!\p{L})/iu;
const OWN_MESSAGE =
  /\b(?:meine[nr]?|my|our|unsere[nr]?|one|a single|an|eine|zwei|drei|two|three|\d)\s(?:\p{L}+\s)?(?:e-?mails?|mails?|nachricht(?:en)?|messages?|anfrage|dms?)\b|\b(?:gemailt|e-?mailed|dmed)\b/iu;
const DOWNLOAD = /download|herunterlad|runterlad|hochlad|upload|abrufen/iu;
/** "70 € anzahlung sind noch nicht zurück", "deposit still not back": money of theirs not returned. */
const DEPOSIT_OWED =
  /(?:\b(?:anzahlung|kaution|geld|betrag|deposit|money)\b|\d\s?€|€\s?\d)[^.!?]{0,30}?\b(?:noch nicht|nicht|nie|still not|not|never)\s(?:zurück|zurueck|back|returned|refunded)\b/iu;
/** "bekomme ich 214 Euro zurück … nie angekommen", "my refund never arrived": money owed back that did not come. */
const MONEY_BACK = /\bzurück\b|zurueck|rückzahlung|rueckzahlung|erstattung|guthaben|refund|money back|credit\b/iu;
const NOT_COME =
  /(?<!\p{L})(?:nie|nicht|never|not|didn'?t|hasn'?t|haven'?t|still no)(?!\p{L}).*(?:angekommen|bekommen|erhalten|gutgeschrieben|(?:ü|ue)berwiesen|arriv|receiv|paid|credited|come)/iu;
/** "Wo bleibt das Geld?", "where's my refund?": money owed back asked after. */
/** "Kann ich das selber runtersetzen", "can I lower it myself": a change asked to be made by the writer. */
const OWN_FIX_ASKED =
  /(?<!\p{L})(?:kann|darf|könnte) (?:ich|man) (?:\p{L}+ ){0,3}(?:selber|selbst)(?!\p{L})|\bcan i (?:\p{L}+ ){0,3}(?:myself|change|lower|adjust)\b/iu;
/** "WO BLEIBT MEIN KAFFEE?? SEIT 9 TAGEN BESTELLT UND NIX KOMMT": the order awaited, not an answer. */
const ORDER_NOT_COME =
  /\bwo bleibt (?:mein|meine|das|die|der|unser|unsere) (?:kaffee|bestellung|paket|päckchen|lieferung|tüte|bohnen|box)\b|\b(?:bestellt|ordered)\b[^.!?]{0,30}\b(?:nix|nichts|nothing) (?:kommt|kam|da|here|arrived)\b/iu;
const WHERE_IS_IT =
  /\bwo bleibt (?:das|mein|meine) (?:geld|guthaben|erstattung|gutschrift)\b|\bwhere(?:'s| is) (?:my|the) (?:money|refund|credit)\b/iu;
const AMUSED = new Set(["koestlich", "herrlich", "hilarious", "priceless", "classic", "genial"]);

/** What a company is asked to show rather than deliver: "Haltung", "Transparenz", "Fairness". */
const VIRTUE =
  "differenzierung|transparenz|fairness|ehrlichkeit|verantwortung|nachhaltigkeit|kundennähe|kundennaehe|logik|konsequenz|glaubwürdigkeit|glaubwuerdigkeit|menschlichkeit|solidarität|solidaritaet|vernunft|innovation|haltung|mut|respekt|engagement|sensibilität|sensibilitaet";
const VIRTUE_ASKED = new RegExp(
  `^\\s(?:denn\\s|da\\s|hier\\s)?(?:die|der|das|eure|euer|ihre|ihr)\\s(?:${VIRTUE})(?!\\p{L})`,
  "iu",
);
const VIRTUE_EXPECTED = new RegExp(`^\\s(?:\\p{L}+\\s)?(?:${VIRTUE})(?!\\p{L})`, "iu");

/** "Wo bleibt die Differenzierung?", "erwarte ich mehr Haltung": a virtue missed or expected, argued. */
function virtueMissed(normalised: Normalised, hit: Hit): boolean {
  const said = written(normalised, hit.from, hit.to);
  const after = normalised.text.slice(normalised.tokens[hit.to]?.end ?? 0);
  if (/^wo\s/iu.test(said)) return VIRTUE_ASKED.test(after);
  return /^erwarte\s/iu.test(said) && VIRTUE_EXPECTED.test(after);
}

function wayToAnAnswer(normalised: Normalised, hit: Hit): boolean {
  if (normalised.questionMarks === 0) return false;
  const said = written(normalised, hit.from, hit.to);
  const after = normalised.text.slice(normalised.tokens[hit.to]?.end ?? 0);
  return (
    (/^(?:got\s)?lost$/iu.test(said) && /^\sin\sthe\s(?:phone\s|call\s)?menu/iu.test(after)) ||
    (/^konnten?\s(?:uns|mir)\snicht$/iu.test(said) && /^\s(?:sagen|erklären|erklaeren|beantworten)\b/iu.test(after))
  );
}

const OPEN_ON =
  /(?<!\p{L})(?:habt|hat|haben)\s(?:ihr|sie|der laden|das café|das cafe)\s(?:[\p{L}\d.]+\s){0,6}auf\s*[?!]/iu;

function storyNotFailure(normalised: Normalised, hit: Hit): boolean {
  const said = written(normalised, hit.from, hit.to);
  const after = normalised.text.slice(normalised.tokens[hit.to]?.end ?? 0);
  const before = normalised.text.slice(
    Math.max(0, (normalised.tokens[hit.from]?.start ?? 0) - 20),
    normalised.tokens[hit.from]?.start ?? 0,
  );
  return (
    /^went from (?:the )?(?:first|initial)\s(?:offer|quote|call|contact|order|visit)/iu.test(said) ||
    (/^stuck$/iu.test(said) && /\b(?:every time|whenever|when)\s(?:i|we)\s(?:got\s)?$/iu.test(before)) ||
    (/\b(?:geht|gehen|ging)\b/iu.test(said) && /^\s(?:\p{L}+\s)?auf\b/iu.test(after))
  );
}

/** Another make or brand named in a sentence that ends in a question: asked about, nothing fitted wrongly. */
function otherMakeAsked(normalised: Normalised, hit: Hit): boolean {
  if (!/^(?:andere|anderen|anderer|some|a)\s/iu.test(written(normalised, hit.from, hit.to))) return false;
  const after = normalised.text.slice(normalised.tokens[hit.to]?.end ?? 0);
  return /^[^.!?]*\?/u.test(after);
}

/** A status quoted and said to have stood since a time: '"being finalised" since November', „in Prüfung“ seit März. */
const STATUS_SINCE = keyGated(
  "since seit",
  /["“„'‘](?:being finali[sz]ed|being processed|in progress|processing|pending|under review|in bearbeitung|wird bearbeitet|in prüfung|in pruefung)["”“'’]\s(?:since|seit)\s\S+/iu,
);
/** "bekommen aber da sind keine filterbeutel drin": a part missing from what came. */
const PART_MISSING = /\b(?:keine|kein|keinen)\b[^.!?]{0,30}\b(?:drin|dabei|beigelegt|enthalten)\b/iu;
// "have taken two lots of €128 … went out on the 1st and again on the 3rd": a debit taken twice, told without a
// word of complaint.
const TWO_LOTS = keyGated(
  "lots again",
  /\btwo lots of [€£$]?\s?\d|\b(?:went out|was taken|came out)\s(?:on\s)?(?:the\s)?\d{1,2}(?:st|nd|rd|th)?\sand again\b/iu,
);
const TAKEN_TWICE =
  /(?<!\p{L})(?:doppelt|zweimal|twice|double)\s[^.!?]{0,40}?(?:eingel(?:ö|oe)st|eingezogen|abgebucht|charged|debited|taken)|\b(?:zwei|2|doppelte) (?:abbuchung|lastschrift)|\b(?:two|2|double) (?:debits|charges|direct debits)\b|\b(?:zahle|zahlen|bezahle|bezahlen)\s(?:ich\s|wir\s)?doppelt\b|\b(?:paying|pay)\s(?:twice|double)\b|\b(?:taken|charged|debited|abgebucht|eingezogen)\s(?:[\p{L}-]+\s){0,2}(?:twice|doppelt|zweimal)\b|\b(?:zweimal|doppelt)\s(?:\p{L}+\s)?abjebucht\b|konto\s.*minus|overdrawn|\b(?:zwei ?mal|doppelt)\s(?:\p{L}+\s){0,2}?(?:runtergegangen|abgegangen|abgezogen|drauf)\b|\bt(?:ook|aken)\s(?:\p{L}+\s){0,3}twice\b|\bsame amount,? same day\b/iu;
const STAFF_RUDE =
  /\btold (?:my|me|us)\b[^.!?]{0,25}\bto\s["'“]?(?:stop|leave|shut|go|get out|learn)|\bnot coming back\b|rolled (?:her |his |their )?eyes|\broll(?:s|ing)? (?:the |her |his |their )?eyes|augen verdreht|pampig|patzig|schnippisch|unfreundlich|unhöflich|unhoeflich|herablassend|angeschnauzt|angemotzt|angepampt|\b(?:schnauzt|schnauzte|motzt|motzte|pampt|pampte|blafft|blaffte)\b|ausgelacht|angeschrien|abgewimmelt|von oben bis unten|hingeknallt|ignoriert|\brude\b|condescending|dismissive|shouted|yelled|snapped at|laughed at|ignored/iu;
const MONEY_SAID = "(?:[€£$]\\s?\\d{1,5}(?:[.,]\\d{1,2})?|\\d{1,5}(?:[.,]\\d{1,2})?\\s?(?:€|euro|eur|£|pounds?))";
// "also zweimal 87 € zu viel", "am Ende 10 € zu wenig" (change given short), "£5 too much".
const OVERCHARGED = keyGated(
  "viel wenig much little rausgegeben herausgegeben zurückgegeben changed shortchanged",
  new RegExp(
    `${MONEY_SAID}\\s(?:zu viel|zu wenig|too much|too little)(?!\\p{L})|(?<!\\p{L})(?:falsch|zu wenig)\\s(?:raus|heraus|zurück)gegeben(?!\\p{L})|\\bshort-?\\s?changed\\b`,
    "iu",
  ),
);
// Not a price set against what others pay ("Why is shipping to the UK £9.50 when it's €8.90 everywhere else"): a view
// on prices, no bill of theirs.
const USUAL_AMOUNT = new RegExp(
  `${MONEY_SAID}[^.!?]{0,40}[.!?]?\\s?(?:it'?s|it is|it was|sonst|normalerweise|eigentlich|usually|normally)\\s(?:(?:usually|normally|immer|nur|only|around|about|ca\\.?|so)\\s)*${MONEY_SAID}(?!\\d|[.,]\\d|\\s(?:everywhere|elsewhere|anywhere|in the rest|in other|for everyone|überall|ueberall|woanders|bei anderen))`,
  "iu",
);

/** An order or job number as written: "KK-11400", "A-24-1711", "#20831". */
const ORDER_CODE_SOURCE = String.raw`\b[A-Z]{1,4}-\d{2,}(?:-\d+)*\b|#\d{4,}`;
const ORDER_CODE = new RegExp(ORDER_CODE_SOURCE, "u");
/** The same, or the word "order" (in any case: "kk-12400", "Order"). */
const ORDER_NUMBER = new RegExp(`${ORDER_CODE_SOURCE}|\\border\\b`, "iu");
/** A visit booked: "engineer was booked for 8-12", "Der Monteur war für heute angekündigt". */
const VISIT_DUE =
  /\b(?:engineer|technician|fitter|installer|electrician|monteur\p{L}*|techniker\p{L}*|handwerker\p{L}*|installateur\p{L}*|elektriker\p{L}*)\b[^.!?]{0,40}\b(?:booked|due|scheduled|supposed to|meant to|angekündigt|angekuendigt|sollte|kommen wollte|bestellt)\b/iu;
const NOSTALGIA =
  /\b(?:das waren (?:noch )?zeiten|(?:die )?gute alte zeit|those were the days|the good old days|früher\s(?:hat|war|gab|ging)\b[^.!?]{0,60}\bund gut (?:war|ist))\b/iu;
/** "our offer", "mein Abo", "bei uns": what opens a customer's own thing. */
const OWNING = new Set(
  ["our", "my", "unser", "unsere", "unseren", "unserem", "unserer", "mein", "meine", "meinen", "meinem", "bei"].map(
    wordKey,
  ),
);
const BARE_POSSESSIVE = new Set(["my", "mein", "meine", "meinen", "meinem", "meiner"]);
const OPINION_ASKED =
  /\b(?:was\s(?:sagt|haltet|meint)\s(?:ihr|sie)\s(?:(?:eigentlich|eigtl|denn|so)\s)?(?:dazu|davon|von\s(?:der|dem|den)|zur|zum|zu\sden|zu\sdem|zu\sder|über\s(?:die|den|das))|eure\smeinung\sdazu|what\sdo\syou\s(?:guys\s)?(?:think|say)\s(?:about\s(?:that|this|the)|of\sthat)|(?:ist|sind)\sdas\s(?:ihre|eure|deine)\s(?:führungsspitze|fuehrungsspitze|elite|vorbilder|leute|partei|regierung|politiker))\b/iu;
const ASKED_OF_READERS =
  /(?<!\p{L})(?:weiß|weiss)\s(?:hier\s)?(?:einer|jemand|wer|irgendwer)\b|\b(?:does\s)?any(?:one|body)\s(?:here\s)?know\b|\b(?:does\s)?any(?:one|body)\selse\s(?:think|find|feel|notice|reckon)\b|(?<!\p{L})(?:findet|denkt)\s(?:ihr|noch\sjemand|sonst\snoch\sjemand)\s(?:das\s)?auch\b|(?<!\p{L})kann\s(?:mir|uns)\s(?:wer|jemand|einer|irgendwer)\s(?:\p{L}+\s){0,4}empfehlen\b|\bcan\sanyone\srecommend\b|(?<!\p{L})(?:is|ist)\sdas\snur\sbei\smir\sso\b/iu;
/**
 * More ways to ask the other readers: "kann mir mal wer erklären", "hat eigentlich einer mitbekommen", "Frage an
 * alle hier", "give some recs". Behind a gate of their rare words, as they are tried on every comment.
 */
const ASKED_OF_READERS_TOO = keyGated(
  "erklaeren erklaert erklaren explain mitbekommen noticed seen heard alle everyone recs sagen",
  /(?<!\p{L})kann\s(?:mir|uns)\s(?:mal\s)?(?:wer|jemand|einer|irgendwer)\s(?:\p{L}+\s){0,2}(?:erklären|erklaeren|sagen)\b|\bcan\s(?:someone|anyone|somebody)\s(?:please\s)?explain\b|(?<!\p{L})(?:hat|habt)\s(?:eigentlich\s|schon\s|noch\s)*(?:einer|jemand|wer|irgendwer|ihr)\s(?:\p{L}+\s){0,2}mitbekommen\b|\bhas\s(?:anyone|anybody|someone)\s(?:else\s)?(?:noticed|seen|heard)\b|(?<!\p{L})(?:frage|fragen)\san\salle(?:\shier)?(?!\p{L})|\bquestion\sfor\severyone\b|\bgive\s(?:me\s|us\s)?(?:some\s)?recs\b|\bany\srecs\b/iu,
);
const NOT_ABOUT_US =
  /\b(?:(?:kann|können)\s(?:so\s)?(?:ein|eine)\s(?:laden|firma|unternehmen|rösterei|anbieter)\swie\s(?:ihr|sie)\s(?:auch\s)?(?:nix|nichts)\s(?:dran|daran|dagegen)|nothing to do with you|not about you(?: guys| lot)?\b|not having a go at you\b|not a dig at you\b|da kann (?:auch |ja )?(?:\p{L}+ )?(?:nix|nichts) (?:da)?für\b|nicht gegen euch|(?:nix|nichts) gegen (?:euch|sie|dich)\b|nothing against you\b|geht nicht gegen euch|not (?:aimed at|directed at) you|not your fault|(?:isn'?t|is not|not) on you\b|nicht (?:mal |einmal )?(?:eure|ihre|deine) schuld|(?:nichts|nix) mit euch zu tun|(?:ihr (?:könnt|koennt)|(?:könnt|koennt) ihr|sie können|können sie) (?:ja |auch |aber |ja auch |natürlich )?nichts dafür|(?:ihr (?:könnt|koennt)|(?:könnt|koennt) ihr) (?:ja |auch )?nichts dafuer|dafür (?:könnt ihr|können sie) (?:ja |auch )?nichts|geht nicht gegen euch|nothing (?:any|a|the|one) (?:company|supplier|provider|firm) can do|no (?:company|supplier|provider|firm) can (?:do|change|fix)|(?:kein|keine) (?:firma|unternehmen|anbieter|versorger) (?:kann|könnte) (?:da |daran |dagegen )?(?:was|etwas|nichts))/iu;
/**
 * "egal wie viele Pumpen ihr verkauft", "no matter what you do": whatever the company does; "Alles schön mit euren
 * Solardächern, aber …": what the company does granted before the point turns elsewhere; "Und während ihr hier über
 * Latte Art postet, wartet meine Mutter …", "Während ihr hier Kaffee röstet …": what the company posts or does set
 * against the world's matter.
 */
const WHATEVER_YOU_DO =
  /(?<!\p{L})(?:könnt|koennt) ihr machen,? was ihr wollt(?!\p{L})|(?<!\p{L})(?:da )?(?:können|koennen) (?:einzelne )?(?:unternehmen|firmen|anbieter) noch so(?!\p{L})|\b(?:egal|ganz gleich)\s(?:wie|was|ob|wieviel\p{L}*)\b[^.!?]{0,40}\b(?:ihr|sie|du)\b|\b(?:no matter|regardless of)\s(?:how|what|whether)\b[^.!?]{0,40}\byou\b|(?<!\p{L})(?:(?:alles|ganz|sehr) )?(?:schön|schoen|gut|nett)(?: und gut)? mit (?:euren|eurer|eurem|ihren|ihrer|ihrem)(?!\p{L})[^.!?]{0,40}(?<!\p{L})aber(?!\p{L})|\ball (?:very )?(?:well|nice|good) with your\b[^.!?]{0,40}\bbut\b|\b(?:während|waehrend|while)\s(?:ihr|sie|you)\s(?:hier\s|here\s)?(?:[^.!?\s]+\s){0,5}?(?:postet|posten|schreibt|schreiben|post|posting|tweet|tweeting|röstet|roestet|rösten|roesten|verkauft|verkaufen|roast|roasting|sell|selling)\b/iu;
/** The company's people at work in someone's home: "your engineer", "euer Monteur", "Ihr Techniker". */
const WORKED_ON =
  /\b(?:your|ur|euer|eure|eurem|euren|ihr|ihre|ihrem|ihren)\s(?:engineer|technician|installer|fitter|electrician|crew|guy|bloke|lads|typ|mann|monteur\p{L}*|techniker\p{L}*|handwerker\p{L}*|installateur\p{L}*|elektriker\p{L}*|trupp|montagetrupp|install crew|crane(?: truck)?|van|vans|truck|lorry|driver|delivery driver|scaffolders?|scaffolding|fahrer\p{L}*|kran\p{L}*|lkw|transporter|gerüst\p{L}*)\b/iu;
/** "barista sagt 'nur mit bon' und gibt kein pfand zurück": staff at the café did it, to the writer. */
const STAFF_DID =
  /\b(?:barista|baristas|bedienung|kellner\p{L}*|kassierer\p{L}*|servicekraft|staff|waiter|waitress|cashier)\b/iu;
/** Paying at the till: "Kartenzahlung", "card payments", "the card reader". */
const PAYING =
  /\b(?:an der|at the)\s(?:kasse|theke|tresen|till|counter)\b|\bkeine?\s(?:seife|klopapier|toilettenpapier|papierhandtücher)\b|\bno (?:soap|toilet paper|loo roll|paper towels)\b|\b(?:warteschlange|queue)\b|kartenzahlung|ec-?karte|kartenleser|kartenterminal|card payments?|contactless|apple pay|google pay|card readers?|card machine|\b(?:wifi|wi-fi|wlan|toilets?|toiletten?)\b(?=[^.!?]{0,30}\b(?:café|cafe|filiale|laden|shop|store|branch)(?!\p{L}))|\b(?:café|cafe|filiale|laden|shop|store|branch)(?!\p{L})[^.!?]{0,30}\b(?:wifi|wi-fi|wlan|toilets?|toiletten?)\b/iu;
const ORDERED_HANDED =
  /\b(?:ordered|asked for)\s(?:a|an|the|my|two)\s[^.!?]{0,80}?\s(?:and|but)\s(?:was\s|were\s|got\s)?(?:handed|given|served|got)\s(?:a|an|the)\s(?:regular|normal|full[- ]caffeine|caffeinated|dairy|wrong)\b/iu;
const ASKED_GOT = gated(
  /bestellt|gewünscht|verlangt/u,
  /(?<!\p{L})(\p{Lu}[\p{L}-]{2,30})\s(?:bestellt|gewünscht|verlangt)(?:,|\sund)\s(?:dann\s|stattdessen\s)?(\p{Lu}[\p{L}-]{2,30})\s(?:bekommen|bekam|gekriegt|erhalten|serviert)(?!\p{L})/u,
);
/**
 * "hab n Hafer Flat White bestellt und n normalen mit Kuhmilch jekriegt": the same, with words between. Looser than
 * lift.ts's reading of the same words, which needs the article to say back what was ordered: "Hab ganze Bohnen
 * bestellt und gemahlenen Kaffee bekommen" is a case here.
 */
const ASKED_GOT_LOOSE = gated(
  /bestellt/u,
  /(?<!\p{L})(\p{Lu}[\p{L}-]{2,30})(?:\s\p{Lu}[\p{L}-]+){0,2}\sbestellt\s(?:und|,)\s(?:[\p{Ll}]+\s){0,4}?(\p{Lu}[\p{L}-]{2,30})\s(?:bekommen|bekam|gekriegt|jekriegt|gekricht|erhalten|serviert)(?!\p{L})/u,
);
const TIME_WORD =
  /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Morgen|Mittag|Abend|Wochenende|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/u;
const SENT_THING = /\b(?:box|parcel|package|delivery|paket|päckchen|sendung|lieferung)\b/iu;
const BOUGHT_IT = /\b(?:gekauft|bestellt|gebucht|bought|ordered|purchased)\b/iu;

/** Goods gone off: how they taste or smell, not how they travelled. */
const SPOILT =
  /ranzig|verdorben|abgestanden|muffig|schimmel|sauer|rancid|stale|musty|mou?ldy|spoil|gone off|tastes? off|smells? off/iu;
/** "Der Deckel … war gebrochen, als das Paket ankam": the parcel came; what was in it is broken. */
const BROKEN_ON_ARRIVAL =
  /gebrochen|zerbrochen|gerissen|verbogen|verbeult|zersprungen|broken|cracked|smashed|bent|dented/iu;
const CRASH =
  /crash|stürz|stuerz|absturz|freez|einfrier|hängt sich auf|closes every|closes whenever|keeps closing|schliesst sich|schließt sich/iu;

const PRICE_RISE =
  /\b(?:price|prices|preis|preise|c-price|kaffeepreis\p{L}*|rates?)\b.*\b(?:doubled|tripled|went up|go up|gone up|rose|risen|increased|verdoppelt|verdreifacht|gestiegen|erhöht|erhoeht)\b/iu;
const OWN_BILL =
  /\b(?:my|our|mein|meine|meinen|meinem|unser|unsere|unseren)\s(?:\p{L}+\s)?(?:bill|invoice|tariff|rate|premium|payment|direct debit|abschlag|rechnung|tarif|beitrag|grundpreis|arbeitspreis|vertrag|abo|subscription)\b|\b(?:i|we|ich|wir)\s(?:pay|paid|zahle|zahlen|bezahle)\b/iu;
/** A joke's frame: "X right now:", "POV:", "me when …", an action between asterisks. */
const MEME = /\b(?:right now|rn|pov|nobody|me when|jeder|niemand)\s*:|\*[^*\n]{3,40}\*/iu;
const LEFT_CLEAN = new Set(
  [
    "spotless",
    "clean",
    "tidy",
    "immaculate",
    "neat",
    "pristine",
    "sauber",
    "tidier",
    "cleaner",
    "neater",
    "sauberer",
    "ordentlicher",
  ].map(wordKey),
);

/**
 * The writer's own slip: "hab mich vertan", "aus Versehen", "my mistake", "I accidentally ordered", "Ordered the
 * wrong coffee for my dad's birthday".
 */
const OWN_SLIP =
  /\b(?:(?:hab|habe)\s(?:mich\s)?(?:\p{L}+\s){0,3}?vertan|mich\s(?:\p{L}+\s){0,3}?vertan|aus versehen|versehentlich|mein fehler|my (?:own )?mistake|my bad|by mistake|i accidentally|accidentally (?:ordered|picked|chose|clicked)|(?:^|\b(?:i|we)\s)(?:ordered|picked|bought|chose) the wrong|(?:ich\s)?(?:hab|habe|habs|hab's)\s(?:es\s|das\s)?(?:schon\s)?(?:wieder\s)?vergessen|i(?:'ve| have)?\s(?:already\s)?forgot(?:ten)?\s(?:it\s)?again|(?:hab|habe)\s(?:\p{L}+\s){0,2}?(?:falsche|falschen|falsches)\s(?:\p{L}+\s){0,3}?(?:bestellt|gekauft|genommen|gewählt|angeklickt)|(?:^|[.!?]\s+)(?:falsche|falschen|falsches)\s(?:\p{L}+\s){0,2}?(?:bestellt|gekauft|angeklickt))\b/iu;

const ESTIMATED_DESPITE =
  /(?:zählerstand|zaehlerstand|zählerstände|meter readings?|readings?)\b[^.!?]{0,80}?\b(?:gemeldet|jemeldet|eingetragen|eingegeben|übermittelt|uebermittelt|hochgeladen|submitted|sent|entered|uploaded|gave)\b[\s\S]{0,160}?(?:\b(?:geschätzt|geschaetzt|schätzung|schaetzung|estimated|estimate)\b|schätzrechnung|schaetzrechnung|schätzwert|schaetzwert)/iu;

/** Ordered or billed first, then what came: "ordered 12 bags … the box contained 8", "30 bestellt, 24 geliefert". */
const ORDERED_THEN_CAME =
  /\b(?:ordered|invoice(?:d)?(?:\s(?:says|for|shows))?|billed(?:\sfor)?|paid\sfor|bestellt|berechnet|rechnung\s(?:lautet|sagt|über)(?:\sauf)?)\s(?:[\p{L}-]+\s){0,3}?(\d{1,4})(?![\d.,:]\d)\b[^.!?]{0,60}?[.!?]?\s?[^.!?]{0,40}?\b(?:contained|arrived|came|received|delivered|got|angekommen|geliefert|bekommen|drin)\s(?:(?:sind|waren|nur|only|just|had)\s){0,2}(\d{1,4})(?![\d.,:]\d)\b|(\d{1,4})\s(?:[\p{L}-]+\s){0,4}?(?:bestellt|ordered)\b[^.!?]{0,60}?[.,]?\s?[^.!?]{0,40}?\b(?:angekommen|geliefert|bekommen|arrived|came|received|delivered)\s(?:(?:sind|waren|nur|only|just)\s){0,2}(\d{1,4})(?![\d.,:]\d)\b/iu;
/** What came first, then what was billed: "Angekommen sind 24, die Rechnung lautet trotzdem auf 30". */
const CAME_THEN_BILLED =
  /\b(?:angekommen|geliefert|arrived|came|received|delivered)\s(?:(?:sind|waren|nur|only|just)\s){0,2}(\d{1,4})\b[^.!?]{0,60}?\b(?:rechnung|invoice|bill|berechnet|charged|billed)\b[^.!?]{0,30}?\b(?:auf|über|for|says|shows)\s(?:[\p{L}-]+\s){0,2}?(\d{1,4})(?![\d.,:]\d)\b/iu;
function deliveredShort(text: string): string | undefined {
  const first = ORDERED_THEN_CAME.exec(text);
  if (first) {
    const ordered = Number(first[1] ?? first[3]);
    const came = Number(first[2] ?? first[4]);
    if (came < ordered) return first[0];
  }
  const second = CAME_THEN_BILLED.exec(text);
  if (second && Number(second[1]) < Number(second[2])) return second[0];
  return undefined;
}

/**
 * "dass Rheinwerk immer noch keinen dynamischen Stromtarif anbietet", "you still don't offer a decaf": something not
 * offered is a wish or criticism, no failure of anyone's case.
 */
function notOffered({ tokens, text }: Normalised, hit: Hit): boolean {
  const from = tokens[hit.from]?.start ?? 0;
  return (
    /^(?:immer noch|noch immer|still|weiterhin)\s(?:kein\p{L}*|no|don'?t|do not)\b/iu.test(text.slice(from)) &&
    /^[^.!?]{0,70}?(?<!\p{L})(?:anbietet|anbieten|anbietest|im angebot|im sortiment|offer|offers|offering|sell|sells|stock|stocks)(?!\p{L})/iu.test(
      text.slice(from),
    )
  );
}

/** "online bin ich glaub ich eh zu spät dran", "I'm too late for that anyway": the writer's own lateness. */
function lateMyself({ tokens }: Normalised, hit: Hit): boolean {
  const said = keysIn(tokens, hit.from, hit.to + 2);
  return (
    /^(?:zu spaet dran|too late)/u.test(said) &&
    /(?:^|\s)(?:bin|ich|im|i'm|i am)(?:\s|$)/u.test(keysIn(tokens, hit.from - 5, hit.from))
  );
}

/** "they do ship to Ireland, I order every month lol. took about 5 days last time": how long it took, told as advice. */
function howLongLastTime({ tokens, text }: Normalised, hit: Hit): boolean {
  return /^\s*(?:last time|the last time|letztes mal|beim letzten mal|das letzte mal)\b/iu.test(
    text.slice(tokens[hit.to]?.end ?? 0, (tokens[hit.to]?.end ?? 0) + 24),
  );
}

/** "die Hafer-Fraktion hat keinen Cent extra gezahlt": money said not to have been taken, praise of a host. */
const NONE = new Set("kein keine keinen keinerlei keiner niemand no not nicht ohne without nobody noone".split(" "));
const MONEY = /^(?:cent|cents|euro|extra|aufpreis|surcharge|paid|gezahlt|bezahlt|charged|berechnet|penny)$/u;
function moneyDenied(tokens: readonly Token[], hit: Hit): boolean {
  return (
    tokens.slice(Math.max(0, hit.from - 2), hit.from).some((token) => NONE.has(token.key)) &&
    tokens.slice(hit.from, hit.to + 1).some((token) => MONEY.test(token.key))
  );
}

/**
 * "don't want to quote the wrong number to my landlord", "nicht dass hier alle falsch anrufen": a mistake the writer
 * wants to avoid, not one that happened.
 */
function mistakeAvoided({ tokens, text }: Normalised, hit: Hit): boolean {
  // Only within the clause: "Ich will nicht mehr warten, seit 3 Wochen keine Lieferung" tells a failure after the comma.
  let from = Math.max(0, hit.from - 8);
  for (let at = hit.from; at > from; at--) {
    if (/[,.;:!?]/u.test(text.slice(tokens[at - 1]?.end ?? 0, tokens[at]?.start ?? 0))) {
      from = at;
      break;
    }
  }
  return /(?:^|\s)(?:dont want to|don't want to|do not want to|wouldnt want to|wouldn't want to|to avoid|so i dont|so i don't|nicht dass|damit nicht|damit ich nicht|bevor sich jemand|bevor sich noch jemand|bevor jemand|before someone|before anyone)(?:\s\S+){0,5}$/u.test(
    keysIn(tokens, from, hit.from),
  );
}

/**
 * "meine Schwester braucht immer ewig, bis sie sowas einlöst": how long the writer's own people take, no wait of ours.
 * Not "My daughter cut her finger on the lid": someone of theirs hurt is their case.
 */
function ownPeoplesHabit({ tokens }: Normalised, hit: Hit): boolean {
  const kin = tokens[hit.from - 1];
  return (
    kin !== undefined &&
    KIN.has(kin.key) &&
    /^(?:braucht|brauchen|needs|takes|took)$/u.test(tokens[hit.from]?.key ?? "") &&
    /^(?:mein|meine|meiner|meinen|my|our|unser|unsere)$/u.test(tokens[hit.from - 2]?.key ?? "")
  );
}

/**
 * "Mein Besuch aus Chicago spricht kein Wort Deutsch und die Barista ist mühelos hin und her geswitcht", "my mum speaks
 * no German": the language the writer's own people lack, no staff who failed them.
 */
const SPEAKS = new Set(["sprechen", "spricht", "sprach", "sprachen", "speak", "speaks", "spoke"]);
function ownPeoplesLanguage({ tokens }: Normalised, hit: Hit): boolean {
  return (
    SPEAKS.has(tokens[hit.from]?.key ?? "") &&
    /(?:^|\s)(?:mein|meine|meiner|meinen|my|our|unser|unsere|unserer)(?:\s|$)/u.test(
      keysIn(tokens, hit.from - 5, hit.from),
    )
  );
}

/**
 * "mein handy ist kaputt und am pc find ich nix", "my phone died": the writer's own device, which we neither sold nor
 * run, is why they ask; no failure of ours.
 */
function ownDeviceBroken({ tokens }: Normalised, hit: Hit): boolean {
  const before = keysIn(tokens, Math.max(0, hit.from - 4), hit.from);
  return /(?:^|\s)(?:mein|meine|my)\s(?:handy|smartphone|telefon|laptop|computer|pc|tablet|ipad|iphone|phone|drucker|printer)(?:\s(?:ist|is|was|war|hat|has))?(?:\s(?:leider|gerade|grad|just|also|auch))?$/u.test(
    before,
  );
}

const HOW_LONG_ASKED =
  /(?:^|\s)(?:wie (?:lange?|viele (?:tage|stunden|wochen))|how (?:long|many (?:days|hours|weeks)))\s/iu;
/**
 * "Und wie viele Tage sind wir in der Zeit ohne Heizung?", "how long would we be without heating?": a time without
 * it asked about before the work, no failure had.
 */
function howLongWithout(normalised: Normalised, hit: Hit): boolean {
  const at = normalised.tokens[hit.from]?.start ?? 0;
  const start = sentenceStart(normalised.text, at);
  const end = normalised.text.slice(at).search(/[.!?]/u);
  return (
    end >= 0 &&
    normalised.text[at + end] === "?" &&
    HOW_LONG_ASKED.test(` ${normalised.text.slice(start, at)}`) &&
    /^(?:ohne|without)$/u.test(normalised.tokens[hit.from]?.key ?? "")
  );
}

export function readComplaint(normalised: Normalised): Intent["complaint"] {
  // "Unser Nachbar hat sich … eine Wärmepumpe einbauen lassen, nicht bei Ihnen", "ich bekomme jede Woche Beschwerden
  // über Wärmepumpen in der Siedlung": a failure of another firm's, or others' complaints passed on, is nobody's case
  // with us.
  if (NOT_OURS.test(normalised.text) || ORDERED_ELSEWHERE.test(normalised) || OTHERS_COMPLAIN.test(normalised.text))
    return undefined;
  // "Die Bahn hat heut schon wieder meinen Zug nach Hamburg gestrichen. Deutschland halt 🚆🤡": another firm's failure,
  // told to the page with no word to the company.
  if (OTHER_FIRM_DID.test(normalised.text) && !SPOKEN_TO.test(normalised.text)) return undefined;
  if (SAID_OFF_TOPIC.test(normalised.text) && OTHER_FIRM_NAMED.test(normalised.text)) return undefined;
  // "heat pumps are a scam lol. enjoy freezing AND paying double 🤣🤣": what a taunt wishes on others is nobody's case.
  // "Bei euch Kaffee … bestellt … schmeckt wie Spülwasser": an order of their own, the subject left out, is theirs.
  // "imagine paying 18 euros for beans that some guy … set on fire lmao. I'll stick with my gas station coffee": a price
  // laughed at, whatever the writer drinks instead.
  const imagined = /^(?:(?:lmao|lol|lmfao|bro|ok|okay)\s)?imagine (?:paying|spending|buying)\s/iu.test(normalised.text);
  if (
    TAUNT.test(normalised.text) &&
    !/(?<!\p{L})(?:bestellt|gekauft|bezahlt|ordered|bought|paid)(?!\p{L})/iu.test(normalised.text) &&
    (imagined || !/(?<!\p{L})(?:i|my|me|ich|mein\p{L}*|mir|mich)(?!\p{L})/iu.test(normalised.text))
  )
    return undefined;
  // "Und in Berlin kriegen sie den Haushalt wieder nicht hin": a failure the politics words themselves say is the
  // world's, nobody's case with us.
  const politics = LEXICON.politics.find(normalised.tokens);
  const failed = failures(normalised).filter(
    (hit) =>
      !politics.some((said) => said.from <= hit.to && hit.from <= said.to) &&
      // "Die Grünen ziehen das durch ohne jemanden zu fragen", "an meinen Bezirksabgeordneten geschrieben und warte
      // immer noch": a failure told right after the politics it is about, in the same sentence; a party or a
      // representative named in one word, not a phrase ("bought a game yesterday but didn't receive it").
      !politics.some(
        (said) =>
          said.from === said.to &&
          said.to < hit.from &&
          hit.from - said.to <= 7 &&
          !/[.!?]/u.test(
            normalised.text.slice(normalised.tokens[said.to]?.end ?? 0, normalised.tokens[hit.from]?.start ?? 0),
          ),
      ) &&
      !notOffered(normalised, hit) &&
      !ownDeviceBroken(normalised, hit) &&
      !ownPeoplesHabit(normalised, hit) &&
      !ownPeoplesLanguage(normalised, hit) &&
      !mistakeAvoided(normalised, hit) &&
      !moneyDenied(normalised.tokens, hit) &&
      !howLongLastTime(normalised, hit) &&
      !howLongWithout(normalised, hit) &&
      !lateMyself(normalised, hit) &&
      // "den Guji jetzt in 200 g statt 250 g … und der Preis bleibt gleich": a pack made smaller is criticism of the
      // price, no wrong item sent.
      !/^(?:g|kg|gramm|ml) statt$/u.test(keysIn(normalised.tokens, hit.from, hit.to + 1)) &&
      // "Don't want applicants turning up at the wrong door 🙂", "Nicht dass jetzt Leute extra …": what might happen to
      // others, feared, not what happened.
      !HARM_TO_OTHERS_FEARED.test(
        normalised.text
          .slice(Math.max(0, (normalised.tokens[hit.from]?.start ?? 0) - 120), normalised.tokens[hit.from]?.start ?? 0)
          .split(/[.!?]\s/u)
          .pop() ?? "",
      ) &&
      // "Was mir bisher niemand sagen konnte: Übernehmen Sie die Anmeldung …?": the question led in, no silence of ours.
      !(
        /^(?:niemand|keiner|nobody|noone)$/u.test(normalised.tokens[hit.from]?.key ?? "") &&
        /(?<!\p{L})(?:was|what)\s(?:mir|uns|me|us)?\s?(?:\p{L}+\s)?(?:niemand|keiner|nobody|no one)\s(?:\p{L}+\s)?(?:sagen|erklären|erklaeren|tell|explain)\s?(?:konnte|könnte|koennte|could|can)?\s?:/iu.test(
          normalised.text,
        )
      ) &&
      // "Mein Name wurde zweimal falsch aufgerufen": a name called out wrong at the counter, no record wrong.
      !(
        /^(?:name|namen)$/u.test(normalised.tokens[hit.from]?.key ?? "") &&
        /^(?:aufgerufen|gerufen|ausgerufen|ausgesprochen)$/u.test(normalised.tokens[hit.to + 1]?.key ?? "")
      ) &&
      // "seit Oktober allein und nur noch halb so viel verbrauch": a half compared, nothing running at half.
      !(
        normalised.tokens[hit.to]?.key === "halb" &&
        normalised.tokens[hit.to + 1]?.key === "so" &&
        /^(?:viel|hoch|lang|teuer|gross|oft)$/u.test(normalised.tokens[hit.to + 2]?.key ?? "")
      ) &&
      // "Dunkle Röstung überdeckt Defekte in der Bohne": flaws a roast hides, argued about; nothing of theirs broken.
      !(
        /^(?:defekte|defekten|defects|flaws)$/u.test(normalised.tokens[hit.from]?.key ?? "") &&
        /^(?:ueberdeckt|ueberdecken|verdeckt|verdecken|kaschiert|kaschieren|versteckt|verstecken|hides|hide|masks|mask|covers|cover)$/u.test(
          normalised.tokens[hit.from - 1]?.key ?? "",
        )
      ) &&
      // "Ihre Monteure kommen … jeden Tag mit drei Diesel-Sprintern angefahren": arriving by van, nobody hit.
      !(
        normalised.tokens[hit.from]?.key === "angefahren" &&
        /(?<!\p{L})(?:kommen|kommt|kam|kamen|kommst)(?!\p{L})[^.!?]*$/iu.test(
          normalised.text.slice(0, normalised.tokens[hit.from]?.start ?? 0),
        )
      ) &&
      // "I couldn't find the roast date anywhere anymore" on the new shop site: something looked up and not found,
      // no order missing; "can't find my order anywhere", "can't find my monthly bills anywhere" stay one.
      !(
        /^find$/u.test(normalised.tokens[hit.to]?.key ?? "") &&
        /(?:^|\s)(?:anywhere|anymore|on the (?:site|website|page))(?:\s|$)/u.test(
          keysIn(normalised.tokens, hit.to + 1, hit.to + 8),
        ) &&
        !/(?:^|\s)(?:my|our|order|orders|parcel|package|delivery|bag|box|subscription)(?:\s|$)/u.test(
          keysIn(normalised.tokens, hit.to + 1, hit.to + 4),
        )
      ) &&
      // "the whole coffee price explosion is down to the big commodity traders": what a thing is owed to, nothing out
      // of service; "are you down for a coffee sometime": an invitation.
      !(
        normalised.tokens[hit.to]?.key === "down" &&
        (normalised.tokens[hit.to + 1]?.key === "to" ||
          (normalised.tokens[hit.from]?.key === "are" &&
            /^(?:for|with)$/u.test(normalised.tokens[hit.to + 1]?.key ?? "")))
      ) &&
      // "Sie redet seitdem von nix anderem": someone delighted, talking of nothing else, no silence of ours.
      !/^\s*anderem\b/u.test(normalised.text.slice(normalised.tokens[hit.to]?.end ?? 0)) &&
      // "you deleted my last comment, cowards": a comment taken down on the page is moderation argued, no case.
      !(
        /^(?:deleted|removed|erased|geloescht)$/u.test(normalised.tokens[hit.from]?.key ?? "") &&
        /(?:^|\s)(?:comment|comments|post|posts|review|reviews|kommentar|kommentare|beitrag)(?:\s|$)/u.test(
          keysIn(normalised.tokens, hit.from + 1, hit.to + 4),
        )
      ) &&
      // "bei der hotline anrufen will ich nich, hab keine zeit für warteschleife": the wait avoided, not had.
      !(
        /^warteschleife|^queue|^hold$/u.test(normalised.tokens[hit.from]?.key ?? "") &&
        /(?:^|\s)(?:keine zeit|kein bock|keine lust|no time|ohne)(?: fuer| auf| for)?(?: die| eine| ne| the| a)?$/u.test(
          keysIn(normalised.tokens, hit.from - 5, hit.from),
        )
      ),
  );
  // "a base fee of €89.00 instead of the €29.00 in our contract": billed more than agreed, however calmly said.
  // Not "erste abrechnung seit der pv-anlage: 38 € statt 112 € im monat 🤯 danke": less than before is no overbilling.
  const instead = BILLED_INSTEAD.exec(normalised.text);
  const overbilled = instead && amountValue(instead[1] ?? "") > amountValue(instead[2] ?? "") ? instead : null;
  if (!failed.length && overbilled) return { problem: "billing", words: [overbilled[0]] };
  if (!failed.length) {
    // 'My solar quote … has been "being finalised" since November': a status that has not moved, a wait.
    const stuck = STATUS_SINCE.exec(normalised);
    if (stuck) return { problem: "waiting", words: [stuck[0]] };
    // "also zweimal 87 € zu viel", "£40 too much": money taken beyond what is owed.
    const overcharged = OVERCHARGED.exec(normalised);
    if (overcharged) return { problem: "billing", words: [overcharged[0]] };
    const twice = TWO_LOTS.exec(normalised);
    if (twice) return { problem: "billing", words: [twice[0]] };
  }
  // "48213 als Zählerstand gemeldet, auf der Jahresabrechnung stehen 52213", "4000 kWh zu viel": the reading billed
  // is not the one reported.
  const misread = READING_BILLED.exec(normalised.text);
  if (!failed.length && misread) return { problem: "billing", words: [misread[0]] };
  // "Why is my bill £210 this month? It's usually £90.": an amount far from the usual one is a billing case.
  const unusual = USUAL_AMOUNT.exec(normalised.text);
  if (!failed.length && unusual) return { problem: "billing", words: [unusual[0]] };
  // "Das Display … zeigt 'Alles in Ordnung'. Im Wohnzimmer hats 15 Grad.": the heating fails, whatever it shows.
  const cold = INDOOR_COLD.exec(normalised.text);
  if (!failed.length && cold) return { problem: "defect", words: [cold[0]] };
  // "Ihr Elektriker hat beim Anschluss mehreren Mietern erzählt, die Eigentümerin sei 'zu geizig'": what staff told
  // people is how they were treated.
  const told = STAFF_TOLD.exec(normalised.text);
  if (!failed.length && told) return { problem: "service", words: [told[0]] };
  // "Seit Januar zieht ihr meiner Mutter jeden Monat 2,50 € für 'Papierrechnung' ab": money taken, a billing case.
  const deducted = DEDUCTED.exec(normalised.text);
  if (!failed.length && deducted) return { problem: "billing", words: [deducted[0]] };
  const openInvoice = INVOICE_OPEN.exec(normalised.text)?.[1];
  if (!failed.length && openInvoice) return { problem: "billing", words: [openInvoice] };
  const injured = INJURED.exec(normalised.text);
  if (!failed.length && injured && !OWNED_UP.test(normalised.text)) return { problem: "safety", words: [injured[0]] };
  // "Invoice says 12, the box contained 8", "Angekommen sind 24, die Rechnung lautet trotzdem auf 30": fewer came
  // than were ordered or billed.
  const short = deliveredShort(normalised.text);
  if (!failed.length && short) return { problem: "delivery", words: [short] };
  // "Hab am 12. Januar den Zählerstand über die App jemeldet … Jetz kommt die Jahresabrechnung mit "geschätzt" drauf":
  // a reading sent in and billed as estimated.
  const estimated = ESTIMATED_DESPITE.exec(normalised.text);
  if (!failed.length && estimated) return { problem: "billing", words: [estimated[0]] };
  // "French Press Mahlgrad ausgewählt und bekommen hab ich Espresso-fein": not what was chosen.
  const swapped = chosenAndGot(normalised.text);
  if (!failed.length && swapped) return { problem: "delivery", words: [swapped.said] };
  // "Flat White mit Hafermilch bestellt und Kuhmilch bekommen": served other than asked, told without a complaint word.
  for (const pattern of failed.length ? [] : [ASKED_GOT, ASKED_GOT_LOOSE]) {
    const served = pattern.exec(normalised.text);
    const [said, asked, got] = served ?? [];
    if (said && asked && got && asked !== got && !TIME_WORD.test(asked) && !TIME_WORD.test(got))
      return { problem: "other", words: [said] };
  }
  // "Ordered a decaf oat latte … and was handed a regular one": served other than ordered, told in English.
  const handedOther = ORDERED_HANDED.exec(normalised.text);
  if (!failed.length && handedOther) return { problem: "other", words: [handedOther[0]] };
  if (!failed.length) return undefined;
  // Each failure as written, read once for the kinds below.
  const said = failed.map((hit) => written(normalised, hit.from, hit.to));
  const saidAny = (pattern: RegExp) => said.some((phrase) => pattern.test(phrase));
  // A crash is a defect whatever screen it happens on ("app crashes when I open the bill section").
  const crashed = saidAny(CRASH);
  // "die falsche Mahlung geschickt", "sent me the wrong size": what came is not what was ordered.
  const wrongSent = saidAny(WRONG_SENT);
  // "komme mit dem neuen Kundenportal nicht zurecht": help with using what the company made, a defect's kin.
  const struggling = saidAny(/(?:zurecht|klar)$/iu);
  // "I can't even download my invoice. Error 500": the website fails, whatever the document is.
  const site = saidAny(DOWNLOAD);
  // "Die Wärmepumpe macht nachts ein Brummgeräusch": a machine that makes a noise it should not is faulty.
  const noisy = saidAny(NOISE);
  // "fliegt jedes Mal die Sicherung raus", "keeps tripping the breaker": a fitted thing at fault, whatever its order.
  const tripsFuse = saidAny(/sicherung|breaker|\bfuses?\b|\brcd\b|\bfi\b|fi-?schalter|schutzschalter/iu);
  // "Your website has been down all morning, can't pay my bill": the site fails, not the bill.
  // "@zoom_us are you down rn": the service asked after is ours, out.
  const siteDown =
    (SITE.test(normalised.text) && saidAny(/\b(?:down|offline)\b/iu)) ||
    saidAny(/^are (?:you|u|ya|yall)(?: guys| all)? down$/iu);
  // "The app won't let me submit a meter reading, it just says 'error 500'": the app fails, not the reading; so
  // does "Eure App ist Müll … Seit Tagen kann ich meinen Zählerstand nicht eintragen".
  // "'Rheinwerk Zuhause' zeigt seit dem Update 4.2 nur noch nen weißen Bildschirm. Android 14, Pixel 7": an app,
  // known by its update and the phone it runs on, shows nothing; "'Mein Abo' lädt sich einfach tot": a page of it.
  const blankScreen =
    (SITE.test(normalised.text) || ON_A_PHONE.test(normalised.text) || QUOTED_PAGE.test(normalised.text)) &&
    BLANK_SCREEN.test(normalised.text);
  const appFails =
    blankScreen ||
    (SITE.test(normalised.text) &&
      (saidAny(
        /\b(?:let|allow|allowing|accept|accepts|nimmt|nehmen|akzeptiert|error|fehler\p{L}*|l(?:ä|ae)sst|still (?:showing|shows|displays)|submit|save|upload|spins|spinning|forever|logs (?:me )?out|logged (?:me )?out|kicks (?:me )?out|wirft (?:mich )?raus|loggt (?:mich )?aus)\b/iu,
      ) ||
        CANNOT_ENTER.test(normalised.text)));
  // "Die Bedienung war pampig zu mir, als ich nach dem WLAN-Passwort gefragt habe": how staff treated them, whatever
  // they asked about.
  // "one of your baristas gave him an espresso … without asking the parent": staff acting unasked; not "you moved me to
  // a new tariff without asking", which is the contract's case.
  const treated =
    saidAny(STAFF_RUDE) ||
    told !== null ||
    (saidAny(/\bwithout asking\b|\bohne (?:zu |nach)?fragen\b/iu) && STAFF_DID.test(normalised.text));
  // "doppelt eingelöst, jetzt ist mein Konto im Minus": money taken twice is a billing case, however it is said.
  const takenTwice = saidAny(TAKEN_TWICE);
  // "Mail 'Zahlung fehlgeschlagen', aber bei PayPal ist das Geld weg": a payment, whatever became of the order.
  const paymentFailed = saidAny(/\b(?:zahlung|payment)\b.*\b(?:fehlgeschlagen|failed|declined)\b/iu);
  // "The toilet at the Kreuzberg café has been out of order": a thing broken, not an order.
  // "Wärmepumpe seit Freitag aus": the heating off for days is out of order.
  const outOfOrder = saidAny(
    /out of order|au(?:ß|ss)er betrieb|feeding in nothing|speis\p{L}* nichts ein|^(?:wärmepumpe|waermepumpe|heizung|therme|warmwasser|wp)(?:\s\d+)?\sseit\s(?:\p{L}+\s){0,2}(?:aus|tot|kalt)$/iu,
  );
  // "The handle … snapped off after a week. Order KK-10612": broken in use, not a parcel that did not come.
  // "die umwälzpumpe kaputt … gibts jetzt nen liefertermin": a part broken at home, a spare part awaited; no parcel
  // came broken.
  const brokeInUse =
    (saidAny(
      /snapped|broke|came off|fell off|fell apart|came loose|came apart|unscrewed|stopped working|abgebrochen|kaputtgegangen|abgefallen|locker geworden|rusting|rusted|rostet|rosten|verrostet/iu,
    ) &&
      !saidAny(/arrived|came|kam|angekommen|geliefert|delivered/iu)) ||
    (saidAny(/^kaputt$/iu) && !ARRIVED.test(normalised.text));
  // "KK-12400 still not here after 2 weeks": what was ordered has not come.
  const notHere =
    (saidAny(/\b(?:not|never)\s(?:here|arrived|delivered)\b/iu) && ORDER_NUMBER.test(normalised.text)) ||
    // "im Paket war nur der Kaffee": part of the order missing, whatever the bill says.
    saidAny(
      /\bim (?:paket|karton) (?:(?:war|waren) )?nur\b|\bonly (?:had|contained)\b|\bdrin(?:nen)? (?:war|waren) aber nur\b/iu,
    );
  // "engineer was booked for 8-12 today, it's now 3pm. no call": a visit due and not made is waited for.
  // "Es ist 17 Uhr und niemand war da": a visit promised and not kept is the writer's, whoever says "ich".
  // "Techniker kam nicht, keine Absage": the one sent for did not come.
  const sentNotCome = saidAny(SENT_NOT_COME);
  const noShow =
    (saidAny(/niemand|keiner|nobody|no one|noone/iu) &&
      saidAny(/\bda$|gekommen|kam|\bkommt\b|erschienen|aufgetaucht|came|showed|turned up|show up/iu)) ||
    sentNotCome ||
    // "second time your engineer has no-showed for my heat pump service".
    saidAny(NO_SHOW);
  // A visit not made that nobody is said to have missed is still waited for.
  const visitDue = VISIT_DUE.test(normalised.text) && !noShow;
  const topic = problemTopic(normalised, failed) ?? (visitDue || sentNotCome ? "waiting" : undefined);
  // "45 mins on hold to be told to check the website": held on the line, whatever the call was about.
  const heldOnLine = said.every((phrase) => /on hold|warteschleife/iu.test(phrase));
  // "can take my direct debit bang on time … but can't answer one email in 3 weeks": only an answer is missing; what
  // the e-mail was about is not said to be wrong, so the case is the wait, not the bill.
  // An amount named keeps the bill's case ("Rechnung: 4.870,15 € statt … rund 2.900. Auf Mails keine Reaktion").
  // Only their own message unanswered: "Warum antwortet ihr eigentlich nie auf Kommentare hier?" is a reproach.
  const unanswered =
    (!PRICE.test(normalised.text) &&
      OWN_MESSAGE.test(normalised.text) &&
      said.every((phrase) => UNANSWERED.test(phrase))) ||
    // "She said someone from the roastery would send over a price list. Still waiting.": what we promised to send,
    // awaited; no bill of theirs.
    (PROMISED_TO_SEND.test(normalised.text) && said.every((phrase) => UNANSWERED.test(phrase)));
  // "it took me seven weeks to get a confirmation", "hat sechs Wochen gedauert, bis …": it came, late; nothing is
  // awaited any more and no bill is wrong.
  const cameLate = said.every((phrase) => /\b(?:took|takes|taken) (?:me|us)\b|\bgedauert\b/iu.test(phrase));
  // "die Anmeldung beim Netzbetreiber … ist immer noch nicht raus": registering a plant, not logging in.
  // "still isn't registered with the grid operator, which means no feed-in tariff": the plant's registration, no bill.
  const registration =
    /\banmeldung\s(?:\p{L}+\s){0,2}(?:netzbetreiber\p{L}*|anlage|marktstammdaten\p{L}*|zähler\p{L}*|balkonkraftwerk\p{L}*)|\bregistered with the grid\b|\bgrid (?:operator )?registration\b/iu.test(
      normalised.text,
    );
  // "Our new oak floor in the hallway is scratched. … (order WP-50217)": damage done at their home, not a parcel.
  const damagedAtHome = saidAny(DAMAGE_DONE) && !saidAny(BROKEN_ON_ARRIVAL);
  // "the buffer tank you installed … is dripping from the drain valve": a fitted thing leaking is out of order; not the
  // roof our fitters broke, where the rain now drips in.
  const leaking =
    saidAny(/dripping|leaking|leaks|tropft|undicht/iu) &&
    !damagedAtHome &&
    !/(?<!\p{L})(?:dach\p{L}*|decke|regen|roof|ceiling|rain)(?!\p{L})/iu.test(normalised.text);
  // "Got my package today and it's somebody else's order": goods meant for someone else, a delivery gone wrong.
  const othersOrder =
    saidAny(/some(?:one|body)\s?else/iu) && /\b(?:package|parcel|order|box|delivery)\b/iu.test(normalised.text);
  // "Geld ist abgebucht aber bis heute keine Versandmail", "no welcome letter, no contract": what should have been
  // sent was not, whatever was charged.
  const notSent = saidAny(
    /versandmail|versandbest(?:ä|ae)tigung|willkommensschreiben|vertragsunterlagen|(?:shipping|dispatch) (?:email|confirmation)|welcome (?:letter|pack)/iu,
  );
  // "Hab vor 6 Wochen die Heiratsurkunde geschickt … kommt alle Post noch auf meinen alten Nachnamen": details not
  // taken over, whatever the bank then debits.
  const renamed = saidAny(/\balten\s(?:namen|nachnamen)\b/iu);
  // "My daughter (3) cut her finger on the wooden toy kitchen … One of the little doors has snapped": someone hurt
  // outranks what broke.
  const hurt = (injured !== null || CUT_BODY.test(normalised.text)) && !OWNED_UP.test(normalised.text);
  const problem = hurt
    ? "safety"
    : openInvoice
      ? "billing"
      : renamed || POINTS_MISSING.test(normalised.text) || LABEL_WRONG.test(normalised.text)
        ? "other"
        : ACCOUNT_GONE.test(normalised.text)
          ? "login"
          : othersOrder || notSent
            ? "delivery"
            : heldOnLine || unanswered
              ? "waiting"
              : cameLate
                ? "other"
                : treated
                  ? "service"
                  : outOfOrder || brokeInUse || leaking || crashed || site || noisy || tripsFuse || siteDown || appFails
                    ? "defect"
                    : takenTwice || paymentFailed
                      ? "billing"
                      : (MONEY_BACK.test(normalised.text) &&
                            (saidAny(NOT_COME) || WHERE_IS_IT.test(normalised.text))) ||
                          DEPOSIT_OWED.test(normalised.text)
                        ? "refund"
                        : notHere || ORDER_NOT_COME.test(normalised.text)
                          ? "delivery"
                          : // "einen Gutschein gekauft, aber die Mail mit dem PDF ist nie angekommen": what was bought did not come.
                            // "my subscription box didn't come this month": the box, not the bill.
                            (BOUGHT_IT.test(normalised.text) || SENT_THING.test(normalised.text)) &&
                              (saidAny(
                                /(?:nie|nicht|never|not|didn'?t|didn’t|hasn'?t|haven'?t)\s(?:angekommen|gekommen|arrived|came|come|receive|received|bekommen|erhalten|show up|turn up)|never showed up|didnt show up/iu,
                              ) ||
                                // "das PDF kam nie an": the separable verb, split.
                                saidAny(/\bkam (?:nie|nicht)$/iu))
                            ? "delivery"
                            : topic === "delivery" && (saidAny(SPOILT) || saidAny(BROKEN_ON_ARRIVAL))
                              ? // "Die Bohnen aus meiner letzten Lieferung riechen ranzig": the goods are spoilt, the parcel came.
                                "other"
                              : (registration && (topic === "login" || topic === "billing")) ||
                                  (damagedAtHome && topic === "delivery") ||
                                  // "your engineer has no-showed for my heat pump service": the visit, not the machine.
                                  (noShow && topic === "defect" && saidAny(NO_SHOW))
                                ? "other"
                                : ((topic as ProblemKind | undefined) ??
                                  (wrongSent || saidAny(PART_MISSING)
                                    ? "delivery"
                                    : struggling
                                      ? "defect"
                                      : undefined));
  const customer = LEXICON.customer.find(normalised.tokens);
  // "I didn't receive the game", "it won't let me log in": a failure the writer tells as their own (I, me, my
  // close by) is their case. Not "wir" (politics speaks in "we"), and not a bare "can't" ("Ich kann das nicht
  // nachvollziehen" is an opinion).
  const own = failed.some(
    (hit) =>
      !MODAL.has(normalised.tokens[hit.from]?.key ?? "") &&
      (singularNear(normalised.tokens, hit) || droppedSubject(normalised, hit)),
  );
  // "Been without heating for 4 days": a supply gone is someone's own, whoever says "I".
  // "Der Stromausfall gestern wurde schnell behoben, danke!": a supply put right is no case.
  const without = saidAny(SUPPLY_GONE) && !SUPPLY_BACK.test(normalised.text.replace(/[^.!?]*\?/gu, ""));
  // "Der Cappuccino in Kreuzberg war lauwarm", "the muffin was dry as sand": what was served is the guest's own.
  const served = saidAny(SERVED_BADLY) && !NOT_SERVED.test(normalised.text);
  // "Das Glas … kam zerbrochen an", "Die Tüte Bohnen schmeckt ranzig": what was bought or fitted failed, said of
  // the thing rather than of oneself.
  // "heat pump's died": the thing with its "'s" (is, has) is the thing itself, not many of them.
  const goods = normalised.tokens.some(
    (token) =>
      GOODS.has(token.key) ||
      (/['’]s$/u.test(normalised.text.slice(token.start, token.end)) && GOODS.has(token.key.slice(0, -1))),
  );
  // "Die Regierung macht unser Land kaputt": a failure said of politics is an opinion, not a case, unless someone's
  // own supply, order or account is in it.
  const political = LEXICON.politics.find(normalised.tokens).length > 0;
  // "KK-11400 arrived smashed": a failure beside an order or job number is that order's.
  const numbered = ORDER_CODE.test(normalised.text);
  // "Kreuzberg heute um 8:15 immer noch zu, obwohl angeblich ab 7:30 offen": a place of ours shut when it should be
  // open is the guest's own case.
  const shut = saidAny(SHUT_WHEN_OPEN);
  // "Kartenzahlung in Leipzig geht seit Tagen nicht": paying at the company's till fails for every guest.
  const paying = PAYING.test(normalised.text) && !political;
  // "radiators still cold after your engineer 'fixed' the heat pump": the company's work at their home is theirs.
  const worked = (WORKED_ON.test(normalised.text) || STAFF_DID.test(normalised.text)) && !political;
  // "30 min auf nen Cortado jewartet", "40 Cent Aufpreis gezahlt": minutes at our counter, a surcharge at our till.
  const atOurCounter =
    !political &&
    saidAny(
      /(?:\b(?:min|mins|minuten|minutes)\b.*(?:gewartet|jewartet|gwartet)|aufpreis|\b(?:min|mins|minutes)\sfor\b)/iu,
    );
  if (
    (political || !problem) &&
    !atOurCounter &&
    !customer.length &&
    !own &&
    !without &&
    !served &&
    !goods &&
    !numbered &&
    !noShow &&
    !paying &&
    !worked &&
    !shut
  )
    return undefined;
  // "Der Stromausfall gestern ging schnell vorbei, danke an die Techniker": an outage put right and thanked for.
  const putRight = SUPPLY_BACK.test(normalised.text.replace(/[^.!?]*\?/gu, "")) && thanked(normalised);
  if (
    putRight &&
    said.every(
      (phrase) =>
        SUPPLY_GONE.test(phrase) ||
        /ausfall|outage|power cut|\b(?:fiel|fielen|ist|war)\b.*\baus$|\bwent (?:off|out|down)\b|\bbroke down\b/iu.test(
          phrase,
        ),
    )
  )
    return undefined;
  // "Warum ist die Hotline nur bis 18 Uhr erreichbar?": the hours are criticised, nobody waits for an answer.
  if (problem === "waiting" && HOURS.test(normalised.text) && !WAITED.test(normalised.text)) return undefined;
  // "Ich bin gehörlos und kann Ihre Hotline nicht nutzen. … wie erreiche ich den Störungsdienst?": a way in that a
  // disability shuts is asked for; nobody has been kept waiting.
  if (problem === "waiting" && DISABLED.test(normalised.text) && !WAITED.test(normalised.text)) return undefined;
  // "the C-price roughly doubled … your retail prices went up about 8%": prices in general, argued about; a rise is a
  // case only on one's own bill ("mein Abschlag hat sich verdoppelt", "my bill doubled").
  if (said.every((phrase) => PRICE_RISE.test(phrase)) && !OWN_BILL.test(normalised.text) && !numbered) return undefined;
  // "Hab mich bei der Bestellung vertan und die falsche Sorte genommen": their own slip, a request, not a failure.
  if (OWN_SLIP.test(normalised.text) && said.every((phrase) => /falsch|wrong/iu.test(phrase))) return undefined;
  const named = words(normalised, failed, 3);
  // "Gitter unten, keen Zettel": a place of ours shut, and nothing else named, is how we served them.
  const kind = (problem === undefined || problem === "other") && saidAny(SHUT_NOW) ? "service" : (problem ?? "other");
  return { problem: kind, words: openInvoice ? [openInvoice, ...named].slice(0, 3) : named };
}

const GOODS = new Set(
  [
    // "Die Geschenkbox mit dem Adventskalender kam ohne die Tassen an", "Die Kaffeemühle kam heute an, aber …".
    "box",
    "kaffeemuehle",
    "muehle",
    "handmuehle",
    "maschine",
    "espressomaschine",
    "croissant",
    "geschenkbox",
    "geschenkset",
    "adventskalender",
    "kiste",
    "tüte",
    "packung",
    "glas",
    "flasche",
    "dose",
    "becher",
    "deckel",
    "karton",
    "bohnen",
    "kaffee",
    // "Eure neue Röstung „Bergwerk“ schmeckt nur nach Asche", "the new blend tastes of ash".
    "roestung",
    "blend",
    "roast",
    "espresso",
    "kuchen",
    "wechselrichter",
    "solaranlage",
    "wallbox",
    "bag",
    "jar",
    "bottle",
    "tin",
    "cup",
    "lid",
    "beans",
    "coffee",
    "cake",
    "milch",
    "hafermilch",
    "milk",
    "croissant",
    "croissants",
    "brot",
    "bread",
    "inverter",
    "reader",
    "kartenleser",
    "kartenterminal",
    "toilet",
    "toilette",
    "wc",
    "solar",
    "panels",
    // "der Heizstab springt ständig an": what was fitted at their home, said of the thing.
    "waermepumpe",
    "heizstab",
    "aussengeraet",
    "ausseneinheit",
    "zaehler",
    "stromzaehler",
    "kaffeemaschine",
    "pump",
    "heater",
    "meter",
    // "euer RW Speicher 10 lädt seit 3 wochen nicht mehr über 80 %": the storage battery fitted at their home.
    "speicher",
    "batteriespeicher",
    "stromspeicher",
    "battery",
  ].map(wordKey),
);
const HOURS =
  /\bnur (?:bis|von|zwischen) \d{1,2}(?:[:.]\d\d)? ?uhr\b|\b(?:erreichbar|geöffnet|besetzt) (?:nur|erst)\b|\bopen (?:only )?(?:until|till) \d|\bonly (?:open |available )?(?:until|till|from) \d/iu;
const WAITED =
  /\bwart|gewartet|\bseit\b|keine antwort|warteschleife|\bno (?:reply|answer|response)\b|\bwait|on hold\b/iu;

/**
 * The spans of the sentences that ask ("Wie kann so etwas passieren?"), so that a question's kind is read from what
 * it asks, not from a story told before it ("Heute hat sie Türchen 7 geöffnet … Wie kann so etwas passieren?" asks
 * no opening hours).
 */
function askingSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!text.includes("?")) return spans;
  // One pass over the sentence marks: a "?" closes the span since the last mark (linear on any length).
  let start = 0;
  for (const mark of text.matchAll(/[.!?\n]+/gu)) {
    const at = mark.index ?? 0;
    if (mark[0].includes("?")) spans.push([start, at + mark[0].length]);
    start = at + mark[0].length;
  }
  return spans;
}

function readQuestion(normalised: Normalised, question: boolean): QuestionKind | undefined {
  if (!question) return undefined;
  const spans = askingSpans(normalised.text);
  // A question with no question mark ("wann habt ihr sonntags auf") is all asking; a short one ("Und jetzt?",
  // "Wann?") asks about what was said before it.
  const words = spans.reduce((count, [from, to]) => count + normalised.text.slice(from, to).split(/\s+/u).length, 0);
  const asked = (hit: Hit) => {
    const start = normalised.tokens[hit.from]?.start ?? 0;
    return spans.some(([from, to]) => start >= from && start < to);
  };
  const topics =
    spans.length === 0 || words <= 4
      ? LEXICON.questionTopics
      : LEXICON.questionTopics.map(
          ([kind, list]) => [kind, { find: (tokens: readonly Token[]) => list.find(tokens).filter(asked) }] as const,
        );
  // "habt ihr am 3. oktober in kreuzberg auf?": open, said with the particle alone.
  const kind =
    (topicOf(normalised, topics) as QuestionKind | undefined) ??
    (OPEN_ON.test(normalised.text) ? "opening-hours" : "other");
  // "Wie transparent ist eure Lieferkette?": the supply chain is no parcel.
  if (kind === "delivery" && SUPPLY_CHAIN.test(normalised.text) && !PARCEL.test(normalised.text)) return "other";
  // "when does it close?", "is the giveaway open to us in the UK?": a giveaway's deadline, no café's hours.
  if (kind === "opening-hours" && GIVEAWAY.test(normalised.text)) return "other";
  // "Gibts den Latte Art Kurs in Leipzig auch mal samstags??": when a course runs, not when the café opens.
  if (kind === "opening-hours" && COURSE_ASKED.test(normalised.text)) return "other";
  // "The box was also open on one side, I think somebody took it?": a parcel opened, no opening hours.
  if (kind === "opening-hours" && OPENED_PARCEL.test(normalised.text)) return "other";
  // "Why does this happen every other time I open an adobe product?", "trying to open my account": a thing the writer
  // opens, no hours of ours.
  if (kind === "opening-hours" && OPENED_BY_WRITER.test(normalised.text)) return "other";
  // "Ihr habt doch den Arsch offen", "Macht ihr sowas mit Rechnung auf die Firma?": scorn, or an invoice made out to
  // a firm; nobody asks when a café opens.
  if (kind === "opening-hours" && NOT_OPEN_HOURS.test(normalised.text)) return "other";
  // "Open to a quick 15-min call this week?", "open to a chat": willing, not open for business. "Is the role … open
  // to candidates who …?", "apprenticeship … open to applicants": who may apply.
  if (
    kind === "opening-hours" &&
    (/\bopen to an?\s(?:quick\s|short\s|brief\s)?(?:[\w-]+\s)?(?:call|chat|conversation|meeting|demo|coffee)\b/iu.test(
      normalised.text,
    ) ||
      /\bopen to (?:candidates|applicants|people|anyone|everyone|someone|somebody|students|beginners|non-|those|applications)\b/iu.test(
        normalised.text,
      ) ||
      // "Ist die Stelle auch offen für Quereinsteiger?": who may apply, in German.
      /(?<!\p{L})offen für (?:quereinsteiger\p{L}*|bewerber\p{L}*|berufseinsteiger\p{L}*|anfänger\p{L}*|jemanden|leute|menschen|alle|studierende|studenten)(?!\p{L})/iu.test(
        normalised.text,
      ) ||
      // "Would you be open to hosting us one evening at your café?": willing to host.
      /\b(?:be|are|is) open to (?:hosting|having|doing|working|partnering|stocking|selling|sponsoring)\b/iu.test(
        normalised.text,
      ))
  )
    return "other";
  return kind;
}
/** "Endlich versteh ich, warum", "now I know why": the cause of an old trouble, learnt. */
const UNDERSTOOD_WHY =
  /(?<!\p{L})(?:versteh\p{L}* ich(?: jetzt| nun| endlich)?|weiß ich (?:jetzt|nun|endlich)|weiss ich (?:jetzt|nun|endlich)|now i (?:know|understand|get|see)|i finally (?:know|understand|get|see)|finally (?:know|understand|get|see)),? (?:auch )?(?:warum|wieso|weshalb|why)(?!\p{L})/iu;
/** Family, neighbours and friends, as word keys: who is away or cannot help ("mein Enkel", "mein Sohn"). */
const FAMILY = "enkel\\S*|sohn|tochter|mann|frau|nachbar\\S*|kolleg\\S*|mutter|vater|partner\\S*|freund\\S*";
/** One of the family before "kann nicht helfen". */
const CANNOT_HELP = new RegExp(`(?:^|\\s)(?:${FAMILY})(?:\\s|$)`, "u");
/** "mein Enkel ist gerade", "ich bin leider": a person, before "nicht da". */
const AWAY = new RegExp(
  `(?:^|\\s)(?:${FAMILY}|ich|er) (?:ist|bin)(?: (?:gerade|grad|heute|leider|noch|momentan|diese woche))*$`,
  "u",
);
/**
 * "Mit Deutschland geht es bergab, wann begreift ihr das endlich?", "when will you people wake up": a reproach put to
 * whoever reads, asking nothing.
 */
const WAKE_UP =
  /(?<!\p{L})(?:wann|wie lange noch|wenn)\s(?:begreift|kapiert|merkt|checkt|raffts|rafft|versteht|lernt|wacht)\s(?:ihr|man|die leute)(?!\p{L})|(?<!\p{L})when (?:will|do) (?:you people|people|you all|y'?all) (?:wake up|get it|learn|understand)(?!\p{L})/iu;
/** "da können Sie als Firma ja nix dafür", "not your fault": the writer clears the company of what they argue about. */
const NOT_YOUR_DOING =
  // "Danke Ampel, habt ihr super hingekriegt 👏": the thanks and the "ihr" go to the government, not to us.
  // "Das Problem ist doch nicht Rheinwerk sondern die in Berlin": the company cleared, the blame put on politics.
  // "Da kann das Rheinwerk auch nix für, das hat die Ampel verbockt": the company cleared by its name.
  /(?<!\p{L})(?:danke|thanks|thank you),?\s(?:liebe\s|an die\s|to the\s)?(?:ampel|regierung|bundesregierung|politik|berlin|brüssel|bruessel|eu|merkel|scholz|merz|habeck|lindner|söder|government|politicians|westminster|tories|labour)(?!\p{L})|(?<!\p{L})(?:da|dafür|dafuer) (?:können|koennen|könnt|koennt|kann) (?:sie|ihr|du|das \p{L}+) (?:als (?:firma|unternehmen|anbieter) )?(?:ja |doch |natürlich |auch )?(?:nix|nichts) (?:dafür|dafuer|für|zu)?|(?<!\p{L})(?:ihr könnt|ihr koennt|sie können|sie koennen|du kannst) (?:da|dafür|dafuer) (?:ja |doch |natürlich |auch )?(?:nix|nichts)(?!\p{L})|(?<!\p{L})(?:ihr könnt|ihr koennt|sie können|sie koennen|du kannst) (?:ja |doch |natürlich |auch )?(?:nix|nichts) (?:dafür|dafuer)(?!\p{L})|(?<!\p{L})(?:it'?s |that'?s )?not your fault(?!\p{L})|(?<!\p{L})(?:you|you guys) can'?t help (?:it|that)(?!\p{L})|(?<!\p{L})(?:das )?problem (?:ist|sind) (?:doch |hier |ja |eigentlich )*nicht (?:\p{L}+ ){1,2}sondern(?!\p{L})/iu;
/** "den Arsch offen", "Rechnung auf die Firma": "offen" and "auf" that ask nothing about opening hours. */
const NOT_OPEN_HOURS =
  /(?<!\p{L})(?:den arsch (?:offen|auf)|(?:rechnung|lieferung|bestellung) auf (?:die|unsere|meine|den|unseren|meinen) (?:firma|namen|adresse|gmbh|unternehmen|praxis|kanzlei))(?!\p{L})/iu;
const DAMAGE_DONE = /\b(?:scratched|dented|gouged|zerkratzt|verkratzt|demoliert|drilled|angebohrt|durchgebohrt)\b/iu;
const OPENED_PARCEL =
  /(?<!\p{L})(?:box|bag|parcel|package|packet|carton|lid|seal|envelope)\s(?:was|is|came|arrived)\s(?:(?:also|already|wide|half|partly)\s)*(?:open|opened|torn open|ripped open)(?!\p{L})/iu;
const OPENED_BY_WRITER = /\b(?:i|we|to)\s(?:[\p{L}'’]+\s)?open (?:an?|the|my|our|it|this|that|any|up)\b/iu;
const COURSE_ASKED =
  /(?<!\p{L})(?:\p{L}*kurs|\p{L}*kurse|workshop\p{L}*|seminar\p{L}*|cupping\p{L}*|führung|fuehrung|verkostung|tasting|class|classes|course|courses|sprechstunde|infoabend|info-abend|webinar)(?!\p{L})/iu;
const SUPPLY_CHAIN = /lieferkette|lieferketten|supply chain/iu;
const ANYWAY = new Set(["anyway", "anyways", "trotzdem", "dennoch", "though"]);
const DEAR = new Set(["lieben", "liebe", "liebes", "lieber", "liebsten"]);
const GREETING_WORDS = new Set(["hallo", "hi", "hey", "moin", "servus", "ihr"]);
const CONGRATULATIONS = new Set(
  ["congratulations", "congrats", "glueckwunsch", "herzlichen", "gratulation", "gratuliere"].map(wordKey),
);
const ON_AN_ACHIEVEMENT = new Set(["on", "to", "zu", "zum", "zur", "for"].map(wordKey));
const ALL_DUE = new Set(["allem", "aller", "gebuehrendem", "due"]);
const PARCEL = /versand|paket|sendung|lieferung\b|liefert ihr|geliefert|shipping|ship|deliver(?:y|ed)?\b/iu;

/** The writer's other supplier, now or before: "unser jetziger Anbieter", "my previous provider". */
const OTHER_SUPPLIER =
  /(?<!\p{L})(?:(?:mein|unser)\s(?:jetziger|aktueller|derzeitiger|alter|ehemaliger|früherer|vorheriger)\s(?:versorger|anbieter|stromanbieter|lieferant)|(?:my|our)\s(?:current|old|former|previous)\s(?:supplier|provider|energy company))(?!\p{L})/iu;
/** "2 € an die Berliner Kältehilfe", "a euro from every cup goes to charity": money given away, no price charged. */
const DONATED =
  /\d\s?(?:€|euro)\s(?:pro\s\p{L}+\s)?(?:an|für)\s(?:die|den|das)\s(?:\p{L}+\s)?[\p{L}-]*(?:hilfe|tafel|mission|verein|stiftung|spende)|(?<!\p{L})(?:spende\p{L}*|spendet|donat\p{L}*|goes to charity|für den guten zweck|for a good cause)(?!\p{L})/iu;

/**
 * Whether the comment names a price charged: a sum, not one praised as cheap, nor money given away ("2 € an die
 * Berliner Kältehilfe").
 */
function chargedPrice(text: string): boolean {
  return PRICE.test(text) && !CHEAP.test(text) && !DONATED.test(text) && !REFUSED_PRICE.test(text);
}
/** "I'm not paying 20 euro shipping lol", "zahl doch keine 20 € Versand": a price the writer will not pay, none charged. */
const REFUSED_PRICE =
  /\b(?:i'?m not|not|never|won'?t|wouldn'?t)\s(?:gonna\s|going to\s)?pay(?:ing)?\s(?:\p{L}+\s)?\d|(?<!\p{L})(?:zahl|zahle|bezahl|bezahle)\s(?:doch\s|ich\s)?(?:keine|nicht)\s\d/iu;

/** "Geld vom Staat", "zahlt der Staat was dazu", "staatliche Förderung": a grant, asked about for one's own project. */
const STATE_MONEY =
  /(?<!\p{L})(?:geld|zuschuss|zuschüsse|zuschuesse|förderung|foerderung) vom staat(?!\p{L})|(?<!\p{L})(?:zahlt|gibt|schießt|schiesst|legt) der staat(?!\p{L})|(?<!\p{L})staatlich\p{L}* (?:förderung|foerderung|zuschuss|zuschüsse|geld)(?!\p{L})/iu;

/** "bei euch", "wann ihr aufmacht", "habt ihr": the company spoken to. */
const SPOKEN_TO_US =
  /(?<!\p{L})(?:euch|euer|eure[nmrs]?)(?!\p{L})|(?<!\p{L})(?:wann|ob|wo|wie|was) ihr(?!\p{L})|(?<!\p{L})(?:habt|macht|seid|liefert|schickt|könnt|koennt) ihr(?!\p{L})/iu;

/** A few words in quotation marks: a title or claim of ours, quoted. */
const QUOTED_TITLE = /[„"“«»][^„"“”«»]{3,60}[“"”«»]/u;

/** The company called robbers or cheats: "Abzockerverein", "Halsabschneider", "rip-off merchants", "crooks". */
const NAMED_ROBBERS =
  /(?<!\p{L})(?:abzocker\p{L}*|halsabschneider\p{L}*|betrüger\p{L}*|betrueger\p{L}*|gauner\p{L}*|crooks|scammers|rip-?off merchants|thieves)(?!\p{L})/iu;

/** "Ihr seid ja richtige Zauberer", "you're real magicians": a title given with a wink. */
const IRONIC_TITLE =
  /(?<!\p{L})(?:ihr seid|sie sind|du bist)\s(?:ja|echt|wirklich)\s(?:richtige|echte|wahre|die reinsten)\s\p{Lu}?\p{L}+|\byou(?:'re| are)\s(?:real|true|proper|actual)\s(?:magicians|geniuses|wizards|heroes|artists)\b/iu;
/** "would recommend if you enjoy being ignored", "empfehlenswert, wenn man gern wartet". */
const RECOMMEND_IF =
  /\bwould (?:totally |definitely |highly |100% )?recommend if you (?:enjoy|like|love|fancy)\b|(?<!\p{L})(?:empfehlenswert|zu empfehlen),? wenn (?:man|du) (?:gern|gerne)(?!\p{L})/iu;
/** "man kann alles einstellen ausser das man reinkommt", "does everything except let me log in". */
const ALL_BUT = gated(
  /alles|everything/iu,
  /(?<!\p{L})(?:kann|können|kannst|geht)\s(?:\p{L}+\s){0,2}alles(?:\s\p{L}+){0,2},?\s(?:ausser|außer)\s(?:dass?|das|wenn)(?!\p{L})|\b(?:does|can do|works for) everything (?:except|but)\b/iu,
);
/** "X und Service, der war gut 😂", "Rheinwerk and customer service, good one": a pairing laughed at. */
const GOOD_ONE = gated(
  /der (?:war|is) gut|(?:good|nice) one/iu,
  /(?<!\p{L})(?:und|and|&)\s[\p{L} -]{2,30},?\s(?:der war gut|der is gut|good one|nice one)(?!\p{L})/iu,
);
/** "danke für die 'schnelle lieferung'", "thanks for the 'fast delivery'": thanks for what they put in quotes. */
const THANKED_FOR_QUOTED =
  /(?<!\p{L})(?:danke|thanks|thank you|thx)\s(?:\S+\s){0,2}?(?:für|for)\s(?:die|den|das|eure|euren|the|your)\s["'„“‘‚]/iu;
/** Time given to the writer: tips, advice, an explanation. */
const TIME_GIVEN =
  /(?:^|\s)(?:tipps|tips|beratung|beraten|erklaert|geholfen|gezeigt|advice|explaining|helping)(?:\s|$)/u;

/**
 * Sarcasm: praise that is undone by what the same comment says — a negative fact without a "but" between
 * ("Super Service, drei Wochen gewartet"), a failure ("Toll, jetzt geht gar nichts mehr"), or the set phrases of
 * irony ("Danke für nichts", 🙄).
 */
function readSarcasm(normalised: Normalised, complaint: boolean, irony: boolean, fixed: boolean): string[] {
  const { tokens } = normalised;
  // "my progress got reset": a game's progress of one's own, no progress praised.
  const sarcastic = LEXICON.sarcasticPraise
    .find(tokens)
    .filter(
      (hit) =>
        !(
          hit.from === hit.to &&
          /^(?:progress|fortschritt)$/u.test(tokens[hit.from]?.key ?? "") &&
          OWNED_BY.has(tokens[hit.from - 1]?.key ?? "")
        ),
    );
  const complaints = LEXICON.complaints
    .find(tokens)
    .filter((hit) => !negatedAt(normalised, hit.from, 2) && !notAComplaint(normalised, hit))
    // "läuft jetzt den zweiten Winter ohne Probleme": trouble denied.
    .filter((hit) => !LESSENED_BY.has(tokens[hit.from - 1]?.key ?? ""))
    // "since we're forever complaining about coffee prices up here 😄": the writer's own grumbling, told of themselves.
    .filter(
      (hit) =>
        !(
          /^(?:complaining|complain|moaning|meckern|jammern|beschweren)$/u.test(tokens[hit.from]?.key ?? "") &&
          /(?:^|\s)(?:we|were|we're|i|im|i'm|wir|ich)(?:\s\S+){0,2}$/u.test(keysIn(tokens, hit.from - 3, hit.from))
        ),
    );
  // "super annoying" is no praise, and "sonst immer top" is meant: neither makes a complaint sarcastic.
  const intensifies = (hit: Hit) => complaints.some((negative) => negative.from === hit.to + 1);
  // "war mal mein Lieblingsgetränk", "used to be my favourite": praise of what it was, sad rather than sarcastic.
  const usually = (hit: Hit) =>
    tokens.slice(Math.max(0, hit.from - 2), hit.from).some((token) => USUALLY.has(token.key)) ||
    FORMERLY.test(keysIn(tokens, hit.from - 4, hit.from));
  // "der neue Zähler läuft doppelt so schnell": a word of praise inside a failure is part of the failure.
  const failed = LEXICON.failure.find(tokens);
  const inFailure = (hit: Hit) => failed.some((f) => f.from <= hit.from && hit.to <= f.to);
  // "Bei allem Respekt für die Kampagne: …": a courteous opening to disagreement, not applause.
  // "Hallo ihr Lieben, …": a greeting, not a word of love for what follows.
  // "… it was spring 2017 😄 Congrats anyway!": good wishes kept despite a correction are meant.
  // "Congratulations on 1,000 installed heat pumps, but the more interesting number is missing": congratulations on
  // an achievement before a "but" are meant; the point comes after them.
  const courteous = (hit: Hit) =>
    (CONGRATULATIONS.has(tokens[hit.from]?.key ?? "") &&
      ON_AN_ACHIEVEMENT.has(tokens[hit.to + 1]?.key ?? "") &&
      // "… die liegt nur seit drei Wochen bei euch rum 👍": "nur" of a wait is no "but".
      tokens
        .slice(hit.to + 2)
        .some((token) => token.kind === "word" && CONTRAST.has(token.key) && !/^(?:nur|only)$/u.test(token.key))) ||
    ALL_DUE.has(tokens[hit.from - 1]?.key ?? "") ||
    ANYWAY.has(tokens[hit.to + 1]?.key ?? "") ||
    // "Hallo liebes Kaffeekollektiv, …": a greeting too.
    (DEAR.has(tokens[hit.from]?.key ?? "") && (hit.from === 0 || GREETING_WORDS.has(tokens[hit.from - 1]?.key ?? "")));
  // "Would love to actually spend it!": a wish, not praise.
  // "wär also gut, wenn man die auch im Café einlösen kann", "would be great if": a wish, not praise.
  const wish = (hit: Hit) =>
    (tokens[hit.from]?.key === "love" &&
      tokens[hit.to + 1]?.key === "to" &&
      WISHING.has(tokens[hit.from - 1]?.key ?? "")) ||
    tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => WOULD_BE.has(token.key));
  const praise = [...LEXICON.praise.find(tokens), ...sarcastic].filter(
    (hit) =>
      !negatedAt(normalised, hit.from, 2) &&
      !intensifies(hit) &&
      !usually(hit) &&
      !inFailure(hit) &&
      !courteous(hit) &&
      !wish(hit) &&
      !inAdvance(tokens, hit) &&
      !approximately(tokens, hit) &&
      // "My German is basically 'Danke' and 'Bier'": a word one knows of the language, no thanks.
      !knownWord(normalised.text, tokens[hit.from]?.start ?? 0) &&
      // "and then the electricity contract on top 🙈": one more thing, no praise.
      !(tokens[hit.from]?.key === "top" && hit.to === hit.from && tokens[hit.from - 1]?.key === "on") &&
      // "just DM me, happy to help": help offered, no praise.
      !(
        /^(?:happy|glad)$/u.test(tokens[hit.to]?.key ?? "") &&
        tokens[hit.to + 1]?.key === "to" &&
        /^(?:help|share|assist|explain|chat|translate|answer)$/u.test(tokens[hit.to + 2]?.key ?? "")
      ),
  );
  // "… ist die Wärmepumpe ausgefallen … um halb 3 lief alles wieder. Ganz großes Danke!!", "… Ganz großes Kino, so
  // muss Service!": a failure put right, and thanks for it, with no rolled eyes.
  if (fixed) return [];
  // "ihr seid so lieb 🥰 echte Ehrenmänner #not", "Komm ganz bestimmt wieder. Nicht.": the writer marks it as irony.
  const marked = SARCASM_TAG.exec(normalised.text);
  if (marked) return [marked[0].trim()];
  const ironic = meantIrony(normalised);
  if (ironic.some((hit) => hit.to - hit.from >= 2)) return words(normalised, ironic);
  // "ok my bad, typed my meter reading … 🤦", "selbst schuld, hab … angeklickt": a slip owned up to, no mockery.
  if (OWN_SLIP.test(normalised.text) || OWNED_UP.test(normalised.text)) return [];
  // "ordering my third bag", "meine dritte Tüte", "bin schon bei der dritten Tüte": a count of what one bought or
  // drank again is loyalty, not a repeat failure.
  // "Ich komme jedes Mal wieder", "Zum dritten Mal diese Woche hier": coming back again is loyalty.
  const facts = LEXICON.sarcasmFacts
    .find(tokens)
    .filter(
      (hit) =>
        !(
          ORDINAL.has(tokens[hit.from]?.key ?? "") &&
          (tokens.slice(Math.max(0, hit.from - 2), hit.from).some((token) => BOUGHT.has(token.key)) ||
            PORTIONS.has(tokens[hit.from + 1]?.key ?? "") ||
            // "switched to English the second she heard me": the moment, no second time.
            (tokens[hit.from]?.key === "second" &&
              /^(?:she|he|they|i|we|you|it)$/u.test(tokens[hit.from + 1]?.key ?? "")) ||
            // "trotz Dauerregen am zweiten Tag", "on the second day": which day of the job, no second failure; not "for
            // the third week in a row".
            (/^(?:tag|tage|day|days|woche|week|morgen|abend|nacht|night)$/u.test(tokens[hit.from + 1]?.key ?? "") &&
              (tokens[hit.from - 1]?.key === "am" ||
                (tokens[hit.from - 1]?.key === "the" && tokens[hit.from - 2]?.key === "on"))) ||
            // "war jetzt 3x da und beim dritten Mal wusste sie schon: Hafer-Cortado": the writer's visits, counted.
            (tokens[hit.from - 1]?.key === "beim" &&
              tokens[hit.from + 1]?.key === "mal" &&
              /(?<!\p{L})(?:war|bin|waren|sind)\s(?:\p{L}+\s){0,2}(?:\d{1,2}\s?(?:x|mal)|zweimal|dreimal|viermal|fünfmal)\s(?:da|dort|hier|bei euch)(?!\p{L})/iu.test(
                normalised.text,
              )) ||
            // "down by about a third": a fraction, no third time.
            (tokens[hit.from - 1]?.key === "a" &&
              !/^\s+(?:time|price|delay|bill|ticket|case|reference|e?mail|call|reminder|appointment|visit|invoice)/iu.test(
                normalised.text.slice(tokens[hit.from]?.end ?? 0),
              )))
        ),
    )
    .filter((hit) => failureFact(tokens, hit) && !transitOnTheWay(normalised, hit))
    // "the supermarket stuff tastes like wet cardboard": another's goods, no fact held against us.
    .filter((hit) => !OTHERS_GOODS.test(keysIn(tokens, hit.from - 3, hit.from)))
    .filter((hit) => !moneyDenied(tokens, hit))
    // "220 Gäste, nie mehr als 5 Minuten Schlange": a wait kept short is praise.
    .filter((hit) => !AT_MOST.test(keysIn(tokens, hit.from - 4, hit.from)))
    // "hat mir trotz langer Schlange noch 20 min Tipps für meinen Siebträger gegeben": time given to the writer.
    .filter((hit) => !TIME_GIVEN.test(keysIn(tokens, hit.from, hit.to + 3)))
    // "in 7 min … umgemeldet. ohne warteschleife!!": no wait at all is praise; "finish in only 2 days": a job done fast.
    .filter(
      (hit) =>
        !(
          /^(?:ohne|without)$/u.test(tokens[hit.from - 1]?.key ?? "") &&
          /^(?:warteschleife|wartezeit|schlange|queue|waiting|wait)/u.test(tokens[hit.from]?.key ?? "")
        ) && !(tokens[hit.from]?.key === "only" && /^(?:in|within)$/u.test(tokens[hit.from - 1]?.key ?? "")),
    )
    // "never rushed us even when the line was out the door": a busy day the praise rises above. "somehow nobody waited
    // more than two minutes": a wait nobody had.
    .filter(
      (hit) =>
        !/(?:^|\s)(?:even when|even though|even if|although|obwohl|selbst als|selbst wenn|auch als)(?:\s\S+){0,3}$/u.test(
          keysIn(tokens, hit.from - 6, hit.from),
        ) &&
        !/(?:^|\s)(?:nobody|noone|niemand|keiner)(?:\s(?:waited|wartete|musste|had)(?:\s|$)|$)/u.test(
          keysIn(tokens, hit.from - 6, hit.from),
        ),
    )
    // "took us through the whole application … in a single afternoon, approval came five weeks later": the funding
    // body's weeks, no wait of ours.
    .filter(
      (hit) =>
        !(
          /^(?:later|spaeter)$/u.test(tokens[hit.to]?.key ?? "") &&
          /(?<!\p{L})(?:approval|approved|genehmigung|bewilligung|zusage|bescheid|foerderbescheid|grant)(?!\p{L})/u.test(
            keysIn(tokens, hit.from - 4, hit.from),
          )
        ),
    )
    // "the first decaf i drink that not taste like cardboard": the fact denied.
    .filter(
      (hit) =>
        !(
          DENIED_BEFORE.has(tokens[hit.from - 1]?.key ?? "") &&
          !/[.!?]/u.test(normalised.text.slice(tokens[hit.from - 1]?.end ?? 0, tokens[hit.from]?.start ?? 0))
        ),
    )
    // "Ich wusste nicht mal, wo die Unterlagen liegen": the writer's own not knowing, no failure held against us.
    .filter(
      (hit) =>
        !(
          (KNEW.has(tokens[hit.from]?.key ?? "") && SELF.has(tokens[hit.from - 1]?.key ?? "")) ||
          (KNEW.has(tokens[hit.from - 1]?.key ?? "") && SELF.has(tokens[hit.from - 2]?.key ?? ""))
        ),
    );
  // "… ohne eine einzige Erklärung. Danke auch.": thanks closing a complaint are the complaint's last word.
  const closing = THANKS_TOO.exec(normalised.text);
  if (closing && (complaint || complaints.length > 0 || facts.length > 0)) {
    return [...words(normalised, facts), closing[0].replace(/[.!\s]+$/u, "").trim()];
  }
  // "9 Tage von Berlin nach Bremen 👏👏 … das hätte die Postkutsche auch geschafft. Aber Hauptsache der Karton ist
  // hübsch": what matters more to them said with a shrug, or a mail coach held up as the pace, beside a failure or
  // applause. Not "Hauptsache gesund!" on its own.
  const aside = MOCKING_ASIDE.exec(normalised.text);
  if (aside && (complaint || complaints.length > 0 || facts.length > 0 || CLAPPING.test(normalised.text)))
    return [...words(normalised, facts), aside[0].trim()];
  // Irony that needs no fact beside it: a value called a slogan or a loss called a wish come true ("Aber Transparenz ist
  // halt auch so ein schönes Wort für Werbeplakate 😉", "Endlich muss ich nicht mehr mit Menschen reden, genau dat hab
  // ich mir immer gewünscht 🤖"), wonder at what is said beside what is done ("Spannend, wie man „nachhaltige
  // Lieferkette“ postet und im Café gleichzeitig jeden Espresso im Pappbecher rausgibt"), or its set phrases.
  const plainIrony =
    SLOGAN.exec(normalised.text) ??
    TWO_FACED.exec(normalised.text) ??
    SAID_IN_IRONY.exec(normalised.text) ??
    SAID_IN_IRONY_TOO.exec(normalised) ??
    SAYS_SO.exec(normalised.text);
  if (plainIrony) return [plainIrony[0].trim()];
  // 'your "plastic-free" packaging comes with a plastic valve': a claim in quotes that the comment then contradicts.
  const freeOf = FREE_OF_QUOTED.exec(normalised.text);
  if (
    freeOf?.[1] &&
    new RegExp(`(?<!\\p{L})${freeOf[1]}(?![\\p{L}-]?(?:free|frei))`, "iu").test(
      normalised.text.slice(freeOf.index + freeOf[0].length),
    )
  )
    return [freeOf[0]];
  // 'Liebe den neuen "Eco-Modus" … Haus hat 18 Grad … Sehr eco.', '"your personal advisor will accompany you" …
  // four different people since March … Very personal indeed': a word of a quoted claim echoed with "sehr"/"very"
  // after it mocks the claim.
  const echo = echoedQuote(normalised.text);
  if (echo) return [echo];
  // "4,50 € für ein Stück Zitronenkuchen in Streichholzschachtel-Größe. sehr exklusiv, sehr kollektiv ✨": a price
  // and a doubled "sehr …, sehr …" are the formula of mockery.
  const doubled = DOUBLED_VERY.exec(normalised.text);
  if (doubled && PRICE.test(normalised.text) && !CHEAP.test(normalised.text) && !thanked(normalised))
    return [doubled[0]];
  // 'love that my "personal energy advisor" calls 4 times a week … truly personalised service 👏👏': a title in
  // quotes, loved with applause, is mocked.
  const lovedTitle = LOVED_QUOTE.exec(normalised.text);
  // '"quick quote" … 14 pages long … quick indeed 👍': the quoted word echoed with "indeed" mocks it too.
  if (lovedTitle && (CLAPPING.test(normalised.text) || /\b(?:truly|indeed)\b/iu.test(normalised.text)))
    return [lovedTitle[0]];
  // 'the "fast delivery"', 'die „schnelle“ Antwort': praise in scare quotes beside a negative fact is irony.
  // '"next day delivery" they said. it's day 6.': a promise quoted back is held against them.
  const quotedPromise = QUOTED_PROMISE.exec(normalised.text);
  if (quotedPromise) return [quotedPromise[0]];
  // "would recommend if you enjoy being ignored at the counter": a recommendation on a condition nobody wants.
  const recommended = RECOMMEND_IF.exec(normalised.text);
  if (recommended) return [recommended[0]];
  // "Super App 👍 man kann alles einstellen ausser das man reinkommt": praise of all but the one thing that counts.
  const allBut = ALL_BUT.exec(normalised.text);
  if (allBut && praise.length > 0 && !thanked(normalised)) return [...words(normalised, praise), allBut[0]];
  // "Rheinwerk und Service, der war gut 😂": the joke laughed at is the company's claim.
  const goodOne = GOOD_ONE.exec(normalised.text);
  if (goodOne && normalised.emoji.laughing > 0 && !thanked(normalised)) return [goodOne[0]];
  // '„Wir melden uns innerhalb von 24 Stunden" 😂😂 Mail … am 3. März, heute ist der 14. Toll gemacht 👍': a promised
  // time in quotes, laughed at.
  const promisedTime = QUOTED_TIME.exec(normalised.text);
  if (promisedTime && normalised.emoji.laughing + normalised.emoji.ironic > 0) return [promisedTime[0]];
  // "My German is basically 'Danke' and 'Bier'": the words one knows of a language, quoted; no praise mocked.
  const wordsKnown = WORDS_KNOWN.test(normalised.text);
  const repeated = wordsKnown ? null : ANOTHER_SCARE_QUOTED.exec(normalised.text);
  if (repeated) return [repeated[0], ...words(normalised, [...facts, ...praise])];
  const scare = wordsKnown ? null : SCARE_QUOTED.exec(normalised.text);
  if (scare && (facts.length > 0 || complaint || complaints.length > 0)) return [scare[0], ...words(normalised, facts)];
  // "danke für die 'schnelle lieferung' 🙏 bestellt am 28., heute ist der 9.": thanks for praise in scare quotes.
  if (scare && THANKED_FOR_QUOTED.test(normalised.text)) return [scare[0]];
  // "Konsequent ist anders 😂", "five stars for the imaginary heat pump": irony that needs no praise beside it.
  // "Transparenz sieht anders aus" on its own is plain criticism; laughed at, it mocks.
  const laughing = normalised.emoji.laughing + normalised.emoji.ironic > 0;
  const standalone = facts.filter((hit) => {
    const said = written(normalised, hit.from, hit.to);
    return IMAGINED.test(said) || (laughing && STANDALONE_IRONY.test(said));
  });
  if (standalone.length) return words(normalised, standalone);
  // "€4.80 for a flat white in Kreuzberg now. … Very collective of you.", "3,90 für nen Cappu. Sehr sozial von euch.":
  // a price, and the company praised for it in so many words.
  const ofYou = OF_YOU.exec(normalised.text);
  if (ofYou && PRICE.test(normalised.text) && !CHEAP.test(normalised.text) && !thanked(normalised)) return [ofYou[0]];
  // "Ihr seid echt die Besten. Nicht.", "Best service ever. NOT!": praise taken back in a word of its own.
  const takenBack = TAKEN_BACK.exec(normalised.text);
  if (takenBack && praise.length) return [...words(normalised, praise), takenBack[1] as string];
  if (!praise.length) {
    // "5,20 für einen Cappuccino. Bald muss man dafür einen Kredit aufnehmen. 👏": applause for a negative fact,
    // with no word of praise or thanks beside it, is the applause of sarcasm.
    const price = chargedPrice(normalised.text);
    const applause = CLAPPING.exec(normalised.text);
    if (applause && (facts.length > 0 || complaint || price) && !thanked(normalised)) {
      return [...words(normalised, facts), applause[0]];
    }
    // "5,20 € für nen Flat White in Kreuzberg. Kaffee für alle, hieß es doch mal, oder? 🙃": a price with rolled
    // eyes is held against them; so is what a thing costs now, laughed at ("Espresso jetzt 4,20 😂 bald mit
    // Ratenzahlung oder wie"). Not a price in a joke acted out ('*unplugs the sun* "that'll be 800€" 😂').
    const priced = PRICE.exec(normalised.text);
    const laughed = normalised.emoji.laughing > 0 && PRICE_NOW.test(normalised.text);
    // "zahlen aber immer noch 138€ im Monat 🙄 Kann ich das selber runtersetzen": the amount rolled at is what they ask
    // to change themselves; a question, not a jeer.
    if (
      priced &&
      price &&
      (normalised.emoji.ironic > 0 || laughed) &&
      !thanked(normalised) &&
      !OWN_FIX_ASKED.test(normalised.text)
    )
      return [...words(normalised, facts), priced[0].trim()];
    // "25 minutes for one flat white … Very artisanal, 10/10 🐌": a top rating given to a negative fact.
    const rating = TOP_RATING.exec(normalised.text);
    if (rating && facts.length > 0 && !thanked(normalised)) return [...words(normalised, facts), rating[0]];
    // "Preiserhöhung Nr. 2 dieses jahr aber die Tüte wird kleiner. Ihr seid ja richtige Zauberer 🪄": a title given
    // with "ja" beside a negative fact.
    const titled = IRONIC_TITLE.exec(normalised.text);
    if (titled && facts.length > 0 && !thanked(normalised)) return [...words(normalised, facts), titled[0]];
    // "5 Tage für ein Päckchen … A Brieftaubn wär schneller gwesn. Respekt 👍": respect paid to a failure told.
    const respect = RESPECT.exec(normalised.text);
    if (respect && facts.length > 0 && !thanked(normalised)) return [...words(normalised, facts), respect[0]];
    // 'Ach guck, „Arbeitgeber des Jahres“ 🎉 Bestimmt ganz zufällig dieselbe Woche, in der … Aber der Award macht sich
    // sicher hübsch im Regal.': a title in quotes and two ironic facts beside it mock the title.
    if (facts.length >= 2 && QUOTED_TITLE.test(normalised.text) && !thanked(normalised))
      return words(normalised, facts);
    return [];
  }
  // "Love the new dark mode! One small bug: …": a hedged note after praise is a note, not the praise's undoing.
  // "Da freut sich mein Konto aber.": "aber" closing a sentence is a particle, no contrast.
  const contrast =
    tokens.some(
      (token, at) =>
        token.kind === "word" &&
        CONTRAST.has(token.key) &&
        // "…, aber wer will das schon": the "but" of the ironic fact itself is no turn.
        !facts.some((fact) => fact.from === at && (token.key === "aber" || token.key === "but")) &&
        !(token.key === "aber" && /^\s*[.!?…]/u.test(normalised.text.slice(token.end))) &&
        // "Hotline nur noch bis 16 Uhr": "only still", no "but".
        !(token.key === "nur" && /^\s+noch\b/iu.test(normalised.text.slice(token.end))) &&
        // "or is it Germany only?": "only" closing what it limits, no "but".
        !(token.key === "only" && /^\s*(?:[?.!,]|$)/u.test(normalised.text.slice(token.end))) &&
        // "the checkout only needs 7 clicks": a burden played down, no "but".
        !(
          token.key === "only" &&
          /^\s+(?:needs?|takes?|took|requires?|costs?|asks? for|\d)/iu.test(normalised.text.slice(token.end))
        ),
    ) || HEDGED_NOTE.test(normalised.text);
  // "Great, another update that makes everything slower. Well done.": set praise at a complaint is sarcasm.
  // "Wow, 5,20 € für einen Flat White 👏": praise of a price is about the price.
  // "Still only €3 for a filter coffee, love it!": a price praised as low is praise.
  const price = chargedPrice(normalised.text);
  const negativeFact =
    facts.length > 0 ||
    complaint ||
    (price && !thanked(normalised)) ||
    (sarcastic.length > 0 && complaints.length > 0 && !thanked(normalised));
  const rolling =
    normalised.emoji.ironic > 0 &&
    !ironyAtCircumstances(tokens) &&
    !praisedAfterRolledEyes(
      normalised,
      praise.filter((hit) => !sarcastic.some((set) => set.from === hit.from)),
    );
  // "Danke @Rheinwerk 👍 … seit 3 Wochen steht das Gerüst … kein Monteur weit und breit … Service 10/10": a top
  // rating given to a failure told, whatever thanks open it.
  const topRated = TOP_RATING.exec(normalised.text);
  if (topRated && complaint) return [...words(normalised, facts), topRated[0]];
  // "Toll, jetzt schon die vierte Mail „Ihr Monteur kommt bald" 👏👏 Seit 14 Wochen … Super Service": applause beside
  // a failure told, with no thanks, whatever "but" follows.
  if (CLAPPING.test(normalised.text) && facts.length > 0 && !thanked(normalised))
    return words(normalised, [...praise, ...facts]);
  // "Big shoutout … for teaching me patience: 25 minutes for one flat white, free life lesson included. Genuinely
  // though, …": two ironic facts beside the praise outweigh a "though" after them.
  if (facts.length >= 2 && !thanked(normalised)) return words(normalised, [...praise, ...facts]);
  // "Ihr seid echt Helden 🙄": praise with rolled eyes says the opposite.
  if (rolling && !contrast) return words(normalised, praise);
  if ((irony || rolling) && (negativeFact || ironic.length)) return words(normalised, [...praise, ...ironic, ...facts]);
  // "shoutout to the engineer who came out … when our heat pump died", "Kleines Dankeschön ans Team …: der Strom weg und
  // ihr habt mit Kerzen weitergemacht": credit given to people, with one trouble in the story and nothing laughed at,
  // thanks them for what they did about it.
  if (
    (CREDIT_TO.test(normalised.text) || CREDIT_TO_NAME.test(normalised.text)) &&
    facts.length <= 1 &&
    sarcastic.length === 0 &&
    normalised.emoji.ironic + normalised.emoji.laughing === 0 &&
    // "… keiner musste ewig warten. Chapeau ☕👏": applause beside credit, with no ironic fact, is applause.
    !(CLAPPING.test(normalised.text) && facts.length > 0) &&
    !SCARE_QUOTED.test(normalised.text)
  )
    return [];
  if (negativeFact && !contrast) return words(normalised, [...praise, ...facts]);
  if (negativeFact && sarcastic.length) return words(normalised, [...sarcastic, ...facts]);
  // "love how the new app needs 4 taps to order one coffee. progress": two set phrases of sarcasm, no thanks.
  // "Ihr seid echt die Besten, schnell, freundlich, unkompliziert. Weiter so!": plain praise beside them ("unkompliziert")
  // says they are meant.
  const overlaps = (hit: Hit) => sarcastic.some((set) => set.from <= hit.to && hit.from <= set.to);
  if (
    new Set(sarcastic.map((hit) => hit.from)).size >= 2 &&
    !thanked(normalised) &&
    praise.every((hit) => overlaps(hit)) &&
    // "… ICH HAB DEN JOB 🎉🎉🎉 Ihr seid die Besten, weiter so!!!": joy beside them says so too.
    normalised.emoji.positive === 0 &&
    // "Glückwunsch zum Firmenjubiläum! Weiter so!": good wishes for an occasion are meant.
    !OCCASION.test(normalised.text)
  )
    return words(normalised, sarcastic);
  return [];
}

const COLOURED = new Set(
  "haare haaren augen jacke schuerze muetze schild schildern tonne tonnen punkt punkte daumen tee becher deckel tuer strom energie bohnen wiese".split(
    " ",
  ),
);

/** What another business offers: its services, its clients, its candidates, its own vacancies. */
const OFFERS =
  /(?<!\p{L})(?:wir (?:von (?:der|dem|den) [^.!?]{2,40} )?(?:bieten|helfen|unterstützen|entwickeln|vermitteln|produzieren|liefern)|(?:ich|wir) (?:bin|sind) (?:personalberater\p{L}*|recruiter\p{L}*|headhunter\p{L}*|geschäftsführer\p{L}*|gründer\p{L}*|inhaber\p{L}*)|(?:habe|haben) aktuell [^.!?]{0,60}(?:im pool|verfügbar)|wir suchen!?[^.!?]{0,80}\((?:m\/w\/d|w\/m\/d|d\/w\/m)\)|we (?:help|make|offer|build|provide|specialise|specialize|supply)|our clients|i'?m recruiting|we'?re hiring|i help)(?!\p{L})/iu;
/** The call to take the offer up: a demo, a call, samples, a message to the seller, an application sent elsewhere. */
const CALLS_TO_TAKE_UP =
  /(?<!\p{L})(?:darf ich ihnen|kurze[nrs]? (?:demo|gespräch|call|telefonat|austausch)|demo|bei bedarf (?:gerne? )?melden|schreiben sie mir|gerne? (?:eine )?pn|stelle ich ihnen [^.!?]{0,40}vor|unverbindlich vorstellen|bewerbung(?:en)? an|dm me|drop me a (?:dm|line|message)|open to a (?:quick )?(?:\d+[- ]?min(?:ute)? )?(?:call|chat)|(?:free|kostenlose?) (?:samples?|muster|audit|erstgespräch)|happy to send|book a (?:call|demo)|let'?s connect)(?!\p{L})/iu;

/** "stimmt das Rheinwerk?", "an Rheinwerk: Baut ihr …": the company's name right before the question or a colon. */
function askedByName(text: string, companyName: string): boolean {
  const lower = text.toLowerCase();
  const name = companyName.trim().toLowerCase();
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
    if (/^\s*[?:]/u.test(lower.slice(at + name.length))) return true;
    // "is there actually anyone at Rheinwerk who speaks English": someone at the company, asked for.
    if (/(?:anyone|anybody|someone|somebody|jemand|jemanden|wer)\s(?:at|bei|von)\s$/u.test(lower.slice(0, at)))
      return true;
  }
  return false;
}
// "Is the Leipzig café ok for working on a laptop …? … lol", "Gibt es im Café in Ottensen WLAN?": what one of our
// places offers, asked.
// "Are your coffee bags compostable or do they go in the plastic bin? … my flatmates have been arguing about it 😂".
const ASKS_US =
  /\bis there (?:anyone|anybody|someone|somebody) (?:who|that|i can|at)\b|\b(?:is|are)\s(?:the|your)\s[\p{L} -]{2,40}\s(?:ever\s|still\s)?(?:coming back|back in stock|available again)\b|(?:^|[.!?:]\s+|\p{Extended_Pictographic}\s*|@[\w.-]+\s+)(?:hi!?\s+|hey!?\s+|hello!?\s+)?(?:is|are)\s(?:your|ur)\s[\p{L}\d -]{2,80}\?|\b(?:sind|ist)\s(?:eure|euer|ihre|ihr)\s[\p{L} -]{2,40}\?|\b(?:do|does|can|could|will|are|would)\s(?:you|u|ya|y'all|yall)\b|\b(?:habt|könnt|koennt|macht|seid|verkauft|liefert|beliefert|bietet|nehmt|versendet|verschickt|installiert|baut)\sihr\b|\b(?:frage|question|q)\s(?:an|for|to)\s@|\b(?:is|are)\s(?:the|your)\s(?:\p{L}+\s)?(?:café|cafe|cafés|cafes|shop|store|branch|location|spot|place)(?!\p{L})|\b(?:ist|gibt es)\s(?:das|euer|im|in eurem)\s(?:\p{L}+\s)?(?:café|laden|shop)(?!\p{L})|\b(?:kriegt|bekommt|gibt)\s(?:man|es)\s(?:\p{L}+\s){0,3}bei\s(?:euch|ihnen)\b|\b(?:what time|when)\s(?:does|do|is|are)\s(?:the|your)\s(?:\p{L}+\s){0,2}(?:café|cafe|cafés|cafes|shop|store|branch|location|spot|place)\b|\b(?:does|do|is|are)\s(?:the|your)\s[\p{L} -]{2,30}\s(?:spot|café|cafe|shop|branch|place)\s(?:open|doing|do|serve|serving)\b/iu;
/** Public transport late or gone: "Bahn heute wieder 45 min zu spät", "the state of the trains … two hours late". */
const CARRIER_LATE =
  /(?<!\p{L})(?:bahn|db|s-bahn|u-bahn|regionalbahn|zug|züge|ice|trains?|the tube|bus(?:se)?)(?!\p{L})[^!?]{0,60}?(?<!\p{L})(?:zu spät|verspätet|verspätung|ausgefallen|fällt aus|late|delayed|cancell?ed|falling apart|fällt auseinander)(?!\p{L})|(?<!\p{L})(?:the state of the (?:trains|railways?|buses)|(?:der )?zustand der (?:bahn|züge))(?!\p{L})/iu;
const CARRIER = /bahn|\bdb\b|rail|zug|train|transit|verkehrs|bus/iu;
/**
 * Someone else whose doings people vent about on any page: a landlord, an authority, a parcel service, a transport
 * company, a telephone company. "Mein Vermieter lässt uns … mit ner kaputten Gastherme sitzen", "berlin landlords are
 * unhinged", "5 Monate wartet man … aufs Bauamt".
 */
const THIRD_PARTY =
  /(?<!\p{L})(?:vermieter\p{L}*|hausverwaltung\p{L}*|bauamt\p{L}*|ämter|behörde\p{L}*|ausländerbehörde|bürgeramt|finanzamt|jobcenter|landratsamt|dhl|dpd|hermes|gls|deutsche post|bvg|kvb|hvv|mvg|telekom|vodafone|landlords?|letting agents?|the council|city council|stadtrat|stadtverwaltung|royal mail|the post office|stadtwerke\p{L}*|(?:mein|meinem|meinen|unser|unserem|unseren)\s(?:alte[nmr]?|ehemalige[nmr]?|früheren?|vorherige[nmr]?)\s(?:versorger|anbieter|stromanbieter|lieferanten?)|(?:my|our)\s(?:old|former|previous)\s(?:supplier|provider|energy company))(?!\p{L})/iu;
/** "nur von Ihnen kommt NIX": the polite "you", capitalised inside a sentence. */
const FORMAL_YOU = /(?<=[\p{L},]\s)(?:Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Sie)(?!\p{L})/u;
/** A well-known firm of another trade as the subject of what went wrong: trains, airlines, telephones, shops. */
const OTHER_FIRMS =
  "bahn|db|deutsche bahn|s-bahn|kvb|bvg|hvv|mvg|rheinbahn|lufthansa|ryanair|eurowings|easyjet|telekom|vodafone|o2|amazon|lidl|aldi|rewe|edeka|netflix|spotify|network rail|southern|avanti";
const OTHER_FIRM_DID = new RegExp(
  `(?:^|[.!?]\\s+)(?:(?:die|der|the)\\s)?(?:${OTHER_FIRMS})\\s(?:hat|haben|ist|war|streicht|strich|verliert|fällt|faellt|cancelled|canceled|has|is|was|lost|strikes?|streikt)\\b`,
  "iu",
);
/** "Mal was ganz anderes: Findet ihr nicht auch dass die Bahn … unzumutbar ist??": another firm, named off topic. */
const OTHER_FIRM_NAMED = new RegExp(`(?<!\\p{L})(?:${OTHER_FIRMS})(?!\\p{L})`, "iu");
const SPOKEN_TO = /(?<!\p{L})(?:euch|eure[mnrs]?|euer|your|you|ihnen)(?!\p{L})/iu;

// "Last time we ordered beans from Italy we got stung with fees", "als wir das letzte Mal aus Italien bestellt haben":
// someone else's order, told before a first one with us.
const ORDERED_ELSEWHERE = keyGated(
  "ordered bought got bestellt gekauft",
  /\b(?:last time|the last time|when|once)\s(?:we|i)\s(?:ordered|bought|got)\s(?:\p{L}+\s){0,3}?from\s(?!you\b|your\b|y'?all\b|u\b)|\b(?:als|letztes mal|das letzte mal)\s(?:wir|ich)\s(?:das letzte mal\s|mal\s)?(?:\p{L}+\s){0,3}?(?:aus|in)\s\p{Lu}\p{L}+\s(?:bestellt|gekauft)\b/iu,
);
// Not "so weit ist das nicht von euch": how far away, not whose.
const NOT_OURS =
  /(?<!\p{L})(?:nicht|kein\p{L}*)(?<!(?:weit|entfernt|weg) (?:ist )?(?:das |es )?(?:nicht|kein\p{L}*))\s(?:bei|von)\s(?:ihnen|euch|dir)(?!\p{L})|\bnot (?:from|with|by) (?:you|your company)\b|\bnot one of (?:yours|your)\b|\b(?:order|parcel|delivery) from (?:an?|another|some) (?:\p{L}+ )?(?:shop|store|roaster|company|seller|retailer)\b|(?<!\p{L})(?:bestellung|paket) (?:bei|von) (?:einem|einer|nem) (?:anderen )?(?:shop|laden|händler|rösterei)(?!\p{L})/iu;
// "Ich sehe in meiner Energieberatung jede Woche Altbauten, denen …", "I see it every week with my clients", "In
// meinem Netzwerk warten drei Haushalte …": cases an expert meets in their work or circle, told to argue, none of
// their own.
const OTHERS_COMPLAIN =
  /(?<!\p{L})in meinem (?:netzwerk|umfeld|bekanntenkreis|freundeskreis|kundenkreis) (?:warten|haben|hatten|berichten|erzählen|erzaehlen)\b|\bin my (?:network|circle) (?:\p{L}+ )?(?:are|have been|were) (?:waiting|still)\b|(?<!\p{L})(?:ich sehe|sehe ich|erlebe ich) (?:in meiner \p{L}+ |bei meinen kunden |beruflich )?(?:jede woche|jeden tag|ständig|staendig|immer wieder|regelmäßig|regelmaessig|oft)\b|\bi(?:'ve| have) seen (?:it|this|that) (?:across|all over|everywhere in|in) (?:[a-z]+\s){0,2}?(?:scotland|germany|the uk|my (?:work|practice|clients|region|area))\b|\bi see (?:this |it )?(?:every (?:week|day)|all the time|constantly) (?:with|at|in) (?:my )?(?:clients|customers|work)\b|(?<!\p{L})(?:mehrere|viele|einige|several|many|a few|lots of)\s(?:leute|kunden|bekannte|nachbarn|people|customers|friends|neighbours|neighbors)\b[^.!?]{0,60}\b(?:erzählen|erzaehlen|berichten|tell me|told me|report)\b|(?<!\p{L})(?:bekomme|bekommen|kriege|kriegen|erhalte|erhalten|höre|hoere)\s(?:\p{L}+\s){0,4}(?:beschwerden|klagen)\b|\b(?:get|getting|receive|receiving|hear|hearing)\s(?:\w+\s){0,4}complaints\b|(?<!\p{L})(?:während|waehrend|weil|da|wo)\s(?:bekannte|freunde|nachbarn|kollegen|verwandte)\s(?:von mir|von uns)\s(?:\p{L}+\s){0,6}(?:warten|wartet|warteten|hängen|haengen)(?!\p{L})|(?<!\p{L})unter (?:fast )?jede[mn]? (?:post|beitrag)\s(?:hier\s)?(?:fragt|fragen|beschwert|beschweren|schreibt|schreiben)(?!\p{L})|\bthe pattern in the comments\b|\b(?:customers|people|folks|others)\s(?:are\s)?(?:chasing|waiting on|waiting for|begging for)\b/iu;
/** "closed … even tho", "Gitter unten", "Schild „bin gleich zurück“": the failure phrases that say a place is shut. */
/** "no-show", "has no-showed": a visit not kept, said in one word. */
const NO_SHOW = /^no-?show|\bno showed$/iu;
const SHUT_SAID = "^(?:closed|gitter|rolltor|rollladen|rolladen|schild)\\b";
/** Not "arrived split open": closed, the shutter down, a sign on the door. */
const SHUT_NOW = new RegExp(`${SHUT_SAID}|\\b(?:noch|schon) zu\\b|verschlossen`, "iu");
const SHUT_WHEN_OPEN = new RegExp(
  `\\b(?:offen|geöffnet|geoeffnet|open|opens)$|\\b(?:tür|tuer|door|doors)$|${SHUT_SAID}`,
  "iu",
);
const TAKEN_BACK = /[.!?…]\s*(nicht|not)\s*[.!]*\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$/iu;
// "Die in Berlin kriegen doch eh nix gebacken. Gaspreise hoch, Bahn kaputt …": the country's state, nothing of ours.
const UNRELATED_TOO = keyGated(
  "bahn berlin topic believe usa amerika welt",
  /(?<!\p{L})(?:die\s)?bahn\s(?:ist\s)?(?:kaputt|marode|im eimer)(?!\p{L})|(?<!\p{L})die\sin\sberlin\s(?:kriegen|bekommen|können|koennen)(?!\p{L})|(?<!\p{L})off[- ]?topic,?\s(?:but|aber)(?!\p{L})|(?<!\p{L})(?:can'?t|cannot) believe what'?s (?:going on|happening) (?:in|with) (?:the\s)?(?:us|usa|uk|world|news|politics|america|berlin)\b|(?<!\p{L})(?:was|wie) (?:gerade|grad|im moment) in (?:den usa|amerika|der welt) (?:los ist|passiert)(?!\p{L})/iu,
);
const UNRELATED =
  /(?<!\p{L})(?:totally|completely|slightly)?\s?unrelated,?\s(?:but|question|q)\b|(?<!\p{L})(?:not|nicht|nix)\s(?:coffee|kaffee|energy|energie|strom)[- ]?(?:related|bezogen),?\s(?:but|aber)\b|(?<!\p{L})(?:völlig|ganz|komplett)\s(?:anderes\s)?(?:thema|off[- ]?topic)\b|hat\s(?:nichts|nix)\smit\s(?:euch|ihnen|\p{Lu}[\p{L}-]+)\szu\stun|has nothing to do with (?:you|your company|\p{Lu}[\p{L}-]+)|(?<!\p{L})(?:im stau|auf der [ab]\s?\d{1,3})(?!\d)/iu;
/**
 * Their own order, account, bill or visit with us ("my order", "meine Bestellung"), not a bare "my" ("got my mates
 * over").
 */
function ownDealings(normalised: Normalised): Hit[] {
  const { tokens } = normalised;
  return LEXICON.customer.find(tokens).filter(
    (hit) =>
      (hit.to > hit.from || !BARE_POSSESSIVE.has((tokens[hit.from] as Token).key)) &&
      // "Bei uns in der Straße waren … Drücker unterwegs": where they live, no dealings with us.
      !(tokens[hit.from]?.key === "bei" && WHERE_ONE_LIVES.has(tokens[hit.to + 1]?.key ?? "")),
  );
}
// "mal ganz was anderes: fährt die S1 …", "Was mich viel mehr aufregt als Kaffeepreise: …", "can we talk about how the
// city spends millions …".
const SAID_OFF_TOPIC =
  /(?<!\p{L})(?:off[- ]?topic|offtopic|OT:|OT aber|OT but|random but|random question|kurz off)(?!\p{L})|(?<!\p{L})(?:mal\s)?(?:ganz\s|völlig\s)?was\s(?:ganz\s)?anderes\s?:|(?<!\p{L})(?:something\s)?(?:completely|totally)\sdifferent\s?:|(?<!\p{L})was\smich\s(?:viel\s)?mehr\saufregt\sals(?!\p{L})|(?<!\p{L})can\swe\stalk\sabout\show\sthe\s(?:city|government|council|state|country)(?!\p{L})/iu;
/**
 * "Unpopular opinion: the 4-day week will be standard everywhere": a view announced as one, of the world if ours is
 * not named.
 */
const WORLD_TAKE = /(?<!\p{L})(?:unpopular opinion|hot take|steile these|unpopuläre meinung)(?!\p{L})/iu;
/**
 * "… droughts in Brazil, how long until a cup costs 10 euro everywhere? we are all doomed": the world's doom, sighed.
 * "Juli und 14 Grad mit Nieselregen. Wer hat den Sommer eigentlich abbestellt??": the weather, sighed at.
 */
const DOOM =
  /(?<!\p{L})(?:we(?:'re| are) all doomed|wir sind (?:alle )?(?:verloren|verdammt)|die welt geht unter|wer hat (?:den|diesen|unseren) (?:sommer|frühling|fruehling|winter|herbst) (?:eigentlich |denn |schon wieder )?(?:abbestellt|abgesagt|geklaut|gestohlen|vergessen)|who (?:cancelled|canceled|stole|forgot) (?:the |this |our )?(?:summer|spring|winter))(?!\p{L})/iu;
const WISHING = new Set(["would", "id", "wed", "youd", "shed", "hed", "theyd"]);
const CLAPPING = /👏/u;
const SLOGAN =
  /(?<!\p{L})(?:(?:ist|sind)\s(?:halt\s|eben\s|auch\s|ja\s)*(?:so\s)?ein\s(?:schönes|schoenes|tolles|nettes)\swort(?:\sfür|\s*(?:😉|🙃|$))|(?:just\s)?part of the furniture|(?:gehören|gehoeren)\s(?:wohl\s|halt\s)?zum inventar|(?:is|are)\s(?:just\s)?(?:such\s)?a\s(?:nice|lovely|pretty)\sword\sfor|nicht mehr mit (?:menschen|einem menschen) (?:reden|sprechen)[^.!?]{0,40}(?:gewünscht|gewuenscht|geträumt)|no longer (?:have|need) to (?:talk|speak) to (?:a )?(?:humans?|people|a person)[^.!?]{0,40}(?:dreamed|always wanted))/iu;
const MOCKING_ASIDE =
  /(?<!\p{L})(?:aber\s)?hauptsache\s(?:der|die|das|ihr|eure?|man|es|die)\s[^.!?]{2,50}|(?<!\p{L})aber hauptsache\s\p{L}+|(?<!\p{L})(?:aber|but)\s(?:(?:die|the)\s)?(?:schöne|schoene|tolle|hübsche|huebsche|nette|nice|lovely|pretty|great)\s(?:stock\s?)?(?:fotos|bilder|grafiken|grafik|farben|schrift|photos|pictures|graphics|colou?rs|font|stock photos)(?!\p{L})|(?<!\p{L})(?:aber|but)\s(?:die|the)\s(?:fotos|bilder|photos|pictures|graphics)\s(?:sind|are|look|looked|waren)\s(?:\p{L}+\s){0,2}?(?:schön|schoen|toll|hübsch|huebsch|nice|lovely|great|pretty|gorgeous)(?!\p{L})|(?<!\p{L})(?:loved|love|especially|particularly)\s(?:the\s)?(?:part|bit)\s(?:where|when)(?!\p{L})|(?<!\p{L})(?:postkutsche|brieftaube|carrier pigeons?|pony express|saving the planet|save the planet|rettet (?:die welt|den planeten|das klima)|weltrettung)(?!\p{L})/iu;
/**
 * Irony that needs no fact beside it: "Those of us who start work at 7 really appreciate being left out", "Hab ja
 * sonst nix zu tun am Wochenende", "Laptop-Verbot durch die Hintertür, sehr elegant gelöst", "Da weiß man ja gleich,
 * dass Überstunden mit ganz viel Liebe bezahlt werden".
 */
const SAID_IN_IRONY =
  /(?<!\p{L})(?:ich\sliebe\ses\sja,?\swenn|da\sweiß\sman\sja\sgleich|da\sweiss\sman\sja\sgleich|mit\s(?:\p{L}+\s){0,2}liebe\sbezahlt|(?:really\s|truly\s|so\s)?appreciate\sbeing\s(?:left out|ignored|forgotten|overlooked)|klingt\snach\s(?:nem|einem|'nem)\s(?:echten\s|richtigen\s)?traumjob|schön\sfür\s(?:die\s|alle\s)?(?:hausbesitzer|eigentümer|eigenheimbesitzer|besserverdiener|reiche[n]?)(?!\p{L})|sounds\slike\sa\s(?:real\s)?dream\sjob|(?:hab|habe|haben)\s(?:ich\s|wir\s)?ja\ssonst\s(?:nix|nichts)\szu\stun|durch die hintertür|sehr elegant gelöst|vielleicht\sgibt'?s\sdiesmal\s(?:ja\s)?(?:sogar\s)?(?:ne|eine)\santwort|(?:reift|schlummert|verstaubt|gammelt)\s(?:ja\s)?(?:immer\snoch|noch\simmer)\sin\s(?:eurem|ihrem)\spostfach|(?:nice|pretty|big|fine|lovely|schöne|schoene|große|grosse|nette|tolle)\s(?:words|worte),?\s(?:(?:a|but|aber|eine)\s)?(?:different|andere)\s(?:reality|realität|realitaet|wirklichkeit|story|geschichte)|(?:zero|null|keine?) [^,.!?]{2,30}, (?:zero|null|keine?) [^,.!?]{2,30}, (?:zero|null|keine?) [^,.!?]{2,30})(?!\p{L})/iu;
/** "very eco, much wow", "my backyard bin is thrilled", 'love how the "freshly roasted" beans …': behind their words. */
const SAID_IN_IRONY_TOO = keyGated(
  "wow thrilled delighted ecstatic happy moon freut begeistert jubelt how geruehrt schneller flotter faster bezahlen finanzieren bohne bean love feeling calling glueckwunsch congrats congratulations wenigstens zumindest inclusive inklusiv kundenfreundlich familienfreundlich",
  // "Da kann man sich ja wenigstens hinterher vorstellen, wie schön es gewesen wäre": the consolation mocked.
  // "Super inclusive for everyone who sleeps, works nights or has kids 👍👍": a virtue claimed for those it leaves out.
  // "Great to see Rheinwerk calling itself 'the energy partner' … week 9 … Really feeling the partnership 🙂".
  // "Glückwunsch @Rheinwerk, 14 Wochen für ne Netzanmeldung": congratulated on how long it took.
  // "11,50 € für 250 g?? Da wird jede Bohne bestimmt einzeln mit Namen angesprochen": a price laughed at with the care
  // it would have to pay for.
  /(?<!\p{L})(?:glückwunsch|glueckwunsch|congrats|congratulations)[^.!?]{0,25}?,?\s(?:\d+|zwei|drei|vier|fünf|sechs|acht|zehn|zwölf)\s(?:wochen|monate|tage|stunden|weeks|months|days|hours)\s(?:für|fuer|for|to|auf)(?!\p{L})|(?<!\p{L})really\sfeeling\sthe\s(?:partnership|love|commitment|care|community|support|transparency)(?!\p{L})|(?<!\p{L})great\sto\ssee\s(?:\p{L}+\s){0,2}calling\s(?:itself|yourselves|themselves|yourself)\s["“„'‘]|(?<!\p{L})(?:da|so)\s(?:kann|koennen|können)\s(?:man|wir|ich)\s(?:sich\s|uns\s|mir\s)?(?:ja\s)?(?:wenigstens|zumindest)\s(?:\p{L}+\s){0,3}(?:hinterher|im nachhinein|nachträglich|nachtraeglich)(?!\p{L})|(?<!\p{L})(?:super|very|so|really|sehr|echt|mega|wirklich|total)\s(?:inclusive|inklusiv|kundenfreundlich|customer-friendly|family-friendly|familienfreundlich)\s(?:for|für)\s(?:everyone|everybody|anyone|alle|jeden)\s(?:who|die|der|that)(?!\p{L})|(?<!\p{L})(?:jede|each|every)\s(?:einzelne\s|single\s)?(?:bohne|bean)\s(?:\p{L}+\s){0,4}(?:einzeln|persönlich|persoenlich|individually|personally|by hand|von hand|mit namen|by name|gestreichelt|massiert|massaged|serenaded|vorgesungen)(?!\p{L})|(?<!\p{L})(?:(?:much|such|very) wow|(?:(?:gotta|got to) love (?:(?:how|that) )?|love (?:how|that) )(?:the |your |my |our )?["“„'‘][^"”“'’]{2,40}["”“'’]|(?:my|our) (?:\p{L}+ ){0,2}(?:bin|wallet|bank account|bank balance|overdraft|compost heap) (?:is|are) (?:thrilled|delighted|ecstatic|so happy|over the moon)|(?:mein|unser) (?:\p{L}+ ){0,2}(?:konto|geldbeutel|portemonnaie|kompost\p{L}*|mülleimer|abo) (?:freut sich|ist (?:ganz |total |sehr )?(?:begeistert|gerührt)|jubelt)|(?:zu fu(?:ß|ss)|per brieftaube|mit der postkutsche) (?:\p{L}+ ){0,3}(?:schneller|flotter)|(?:schneller|flotter) (?:\p{L}+ ){0,3}zu fu(?:ß|ss)|could(?:'ve| have) walked (?:it |there )?faster|(?:walking|on foot|a carrier pigeon|a snail) would(?:'ve| have) been faster|(?:irgendwer|irgendjemand|einer|jemand) muss (?:ja |doch |halt )*(?:\p{L}+ ){0,4}(?:bezahlen|finanzieren)|some(?:one|body) (?:has|needs) to pay for (?:\p{L}+ ){0,4})(?!\p{L})/iu,
);
/**
 * 'Rheinwerk so: „wir melden uns innerhalb von 24 Stunden“ ✨': the company's promise quoted as a punchline. Not the
 * writer's own reaction ("Ich so: …").
 */
const SAYS_SO = /^@?(?!(?:ich|i|me|mein|meine|my|wir|we)\s)\p{Lu}[\p{L}-]*\s(?:so|be like):\s*["“„'‘«]/u;
const TWO_FACED =
  /(?<!\p{L})(?:(?:spannend|interessant|beeindruckend|faszinierend|lustig|witzig|love how|funny how|interesting how|impressive how|amazing how)\p{P}?\s(?:wie|how)|(?:schön|schoen|toll|super|nice|lovely|great|love)\p{P}?\s(?:dass|that|how))\s[^.!?]{5,160}?(?<!\p{L})(?:gleichzeitig|während|waehrend|while|whilst|at the same time|im selben|in der selben|in the same)(?!\p{L})/iu;
const STANDALONE_IRONY = /\b(?:ist|sieht)\s(?:anders|anders aus)$/iu;
const IMAGINED = /imagin|fiktiv/iu;
const LOVED_QUOTE = gated(
  /love/iu,
  /(?:^|[.!?]\s+)(?:i\s)?(?:just\s|gotta\s|really\s)?love\s(?:that|how)\b[^.!?"„“‚‘]{0,60}["„“‚‘][^"“”‘’]{3,40}["“”‘’]/iu,
);
/** "sehr exklusiv, sehr kollektiv", "Sehr eco. Sehr Modus.", "very premium, very artisanal". */
const DOUBLED_VERY = /\b(sehr|very|so)\s\p{L}{2,20}[,.!]?\s\1\s\p{L}{2,20}\b/iu;
const DIALLED =
  /\b(?:nummer|rufnummer|telefon\p{L}*|notdienst|notruf|hotline|anrufen|durchwahl)\b|\b0\d{2,5}[\s/-]?\d{3,}/iu;
// "the 'zero waste café'": straight single quotes too, where no letter touches them (not "don't").
const QUOTED_CLAIM = /["„“‚‘]([^"“”‘’]{3,80})["“”‘’]|(?<!\p{L})'([^'\n]{3,80})'(?!\p{L})/gu;
const ECHO_WORD =
  /\b(?:sehr|very|so|really|truly|wirklich|echt|total|super|mega)\s(\p{L}{3,20})\b|\b(\p{L}{3,20})\sindeed\b/giu;

/**
 * A word of a quoted claim said again after it with "sehr", "very" or "indeed": the claim echoed in mockery
 * ('„Frisch geröstet“ … Röstdatum: vor 7 Wochen. Ja, super frisch').
 */
function echoedQuote(text: string): string | undefined {
  let quotes = 0;
  for (const quote of text.matchAll(QUOTED_CLAIM)) {
    // A comment quotes a claim or two; a wall of quotation marks is no claim echoed.
    if (++quotes > 4) break;
    const claimed = new Set(
      (quote[1] ?? quote[2] ?? "")
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((word) => word.length >= 3),
    );
    if (claimed.size === 0) continue;
    const after = text.slice((quote.index ?? 0) + quote[0].length, (quote.index ?? 0) + quote[0].length + 400);
    for (const echo of after.matchAll(ECHO_WORD)) {
      const word = (echo[1] ?? echo[2] ?? "").toLowerCase();
      if (claimed.has(word)) return echo[0];
    }
  }
  return undefined;
}

/** '"plastic-free"', '„plastikfrei“': a quoted claim that something is free of a thing. */
const FREE_OF_QUOTED = gated(
  /free|frei/iu,
  /["'„“‚‘]\s?(?:100\s?%\s?)?(\p{L}{3,20})[- ]?(?:free|frei)(?:\s\p{L}{3,12})?\s?["'“”‘’]/iu,
);
/** "meanwhile back home Ofgem put the price cap up": politics of another country, nothing of ours. */
const ELSEWHERE =
  /\b(?:back home|in my (?:home )?country|where i(?:'m| am) from|in meiner heimat|bei uns (?:daheim|zu ?hause) in|in (?:polen|holland|italien|der türkei|england|irland|spanien|frankreich),? (?:wir|da)\b)/iu;
/** "im Paket enthalten", "included in the package": what a bundle holds. */
const BUNDLE = new Set(["enthalten", "inklusive", "inbegriffen", "included"]);
/** Something came: "kam kaputt an", "geliefert", "the parcel arrived". */
const ARRIVED =
  /\b(?:angekommen|ankam|ankamen|geliefert|zugestellt|arrived|delivered|paket|päckchen|karton|lieferung|sendung|parcel|package|box)\b|\bkam\b[^.!?]{0,40}\ban\b/iu;
/**
 * Fondness said after a problem put right: "Seitdem Fan für immer", "the Sidamo was worth the wait", "kurzes lob an
 * @kaffeekollektiv: … am nächsten tag war ersatz unterwegs … so gehts 👌", "Muss mal gesagt werden: … Seitdem läufts!!
 * Bester Laden".
 */
const FOND =
  /\b(?:tag gerettet|made my day|that'?s what good service looks like|so sieht guter service aus|seitdem fan|fan für immer|fan fuer immer|worth the wait|was ich (?:besonders |wirklich )?schätze|was ich (?:besonders |wirklich )?schaetze|really appreciated|so geht (?:kundenservice|service)|so geht'?s|(?:kurzes|großes|grosses|dickes|ein) lob an|bester (?:laden|café|cafe|service)|muss (?:auch )?(?:mal|einfach) gesagt werden)\b/iu;

/** A failure put right, and thanks said for it, with no rolled eyes: praise, not a complaint. */
function putRight(normalised: Normalised): boolean {
  return (
    normalised.emoji.ironic === 0 &&
    (thanked(normalised) ||
      // "… rang me back and sorted it in 15 mins. Didn't expect that tbh, cheers!"
      /(?<!\p{L})cheers(?!\p{L})/iu.test(normalised.text) ||
      CREDIT_TO_NAME.test(normalised.text) ||
      RESPECT.test(normalised.text) ||
      FOND.test(normalised.text) ||
      // "… a fresh bag of Brasil Cerrado was at my door. No arguing, no forms. That's how it's done!!"
      CREDITED.test(normalised.text)) &&
    PUT_RIGHT.test(normalised.text)
  );
}
const PUT_RIGHT = gated(
  /talked|dialed|dialled|seitdem|seither|zurückgelegt|zurueckgelegt|zurückgerufen|zurueckgerufen|called|rang|replacement|wieder|again|perfectly|fixed|repaired|solved|neue|sorting|fixing|jetzt|ersetzt|replaced|umgetauscht|erstattet|refunded|geklärt|geklaert|geregelt|sorted|resolved|gelöst|behoben|pünktlich|puenktlich|rechtzeitig|on time|in time|found|gefunden|accidentally|by mistake|versehen|geblieben|stayed|stuck around|vor der tür|vor der tuer|at (?:my|our|the) door|ersatz|re-?sent|erledigt|fresh|walked|stayed on|geduld|patience|rushed|getauscht|erkl(?:ä|ae)rt|aufgeschl|endlich|finally|explaining|showing|clock|uhr|zeit genommen|genommen/iu,
  // "sie hat das Paket noch umleiten lassen … Kam heute pünktlich an": a slip of theirs caught in time; "Shout-out
  // to Yusuf … who found my lost AirPods": what was lost, found; "(Mühle kam kaputt an) aber Paul … hat mir … ne neue
  // geschickt": a new one sent.
  /\b(?:neue[n]?|new|replacement|ersatz)\s(?:\p{L}+\s){0,2}?(?:packung|tüte|tuete|bag|pack|one|lieferung)\b[^.!?]{0,60}\b(?:zurückgelegt|zurueckgelegt|geschickt|sent|posted)\b|\b(?:ne|eine|einen|nen)\sneue[n]?\s(?:\p{L}+\s)?(?:geschickt|geschickt bekommen|mitgegeben)\b|\b(?:found|gefunden)\b[^.!?]{0,25}\b(?:lost|verlorene\p{L}*|vergessene\p{L}*)\b|\bgefunden\b[^.!?]{0,70}\bverloren\b|\b(?:accidentally|by mistake|aus versehen|versehentlich)\b[^.!?]{0,80}\b(?:she|he|they|sie|er)\b|\b(?:ist|sind|war|waren)\s(?:er|sie)\s[^.!?]{0,40}\bgeblieben\b|\b(?:he|she|they)\s(?:stayed|stuck around)\b[^.!?]{0,30}\b(?:until|till|late)\b|\b(?:kam|kamen|ist|sind|war|waren)\b(?:(?!\b(?:nicht|nie|kein)\b)[^.!?]){0,40}\b(?:pünktlich|puenktlich|rechtzeitig)\b[^.!?]{0,40}\ban\b|(?<!\b(?:never|not|n't)\s)\b(?:arrived|came|turned up|got here)\b(?:(?!\b(?:not|never)\b)[^.!?]){0,30}\b(?:on time|in time|just in time)\b|\b(?:lief|liefs|lief's|läuft|laeuft|läufts|funktioniert|ging|gings|geht|klappt|klappte)\s(?:\p{L}+\s){0,2}wieder\b|\bwieder\s(?:warm|alles gut|einwandfrei)\b|\b(?:hat|hatte)\s(?:mich|uns)\s(?:[\p{L}\d]+\s){0,2}(?:zurückgerufen|zurueckgerufen)\b|(?<!\b(?:never|nobody|no one|noone)\s)\b(?:called|rang|phoned) (?:me|us) back\b|\b(?:had|got)\s(?:us|me|them|it|everything)\s(?:\p{L}+\s)?(?:warm|running|working|back on)\s(?:again|by)\b|\b(?:works|worked|working|running|ran|purring|humming)\s(?:\p{L}+\s)?(?:again|perfectly)\b|\b(?:was|got|had it|had everything)\s(?:all\s)?(?:fixed|sorted|resolved)\b|\b(?:fixed|repaired|sorted|solved|sorting|fixing)\s(?:it|everything|the (?:problem|issue|fault))\b|\b(?:hat|haben|hatte|hatten)\s(?:[\p{L}\d]+\s){0,12}?(?:geklärt|geklaert|geregelt|gelöst|geloest|behoben|repariert)\b|\b(?:wurde|wurden|was|were|got)\s(?:\p{L}+\s)?(?:ersetzt|replaced|umgetauscht|erstattet|refunded)\b|\bproblem (?:gelöst|behoben)\b|\b(?:am telefon|telefonisch|sofort|direkt|in \d+ ?min\p{L}*)\s(?:geklärt|geklaert|gelöst|behoben|erledigt)\b|\b(?:fixed|repaired|sorted|solved)\s(?:my|our)\s(?:[\p{L}-]+\s){0,3}?(?:fault|issue|problem|error|leak)\b|\bjetzt\s(?:schmeckt|läuft|laeuft|klappt|funktioniert)\s(?:er|sie|es|der|die|das|alles)\b|\b(?:läuft|laeuft|klappt|funktioniert)\s(?:jetzt|nun|seitdem|seither)\b(?![^.!?]{0,40}\b(?:nicht|nie|kein\p{L}*)\b)|\b(?:seitdem|seither)\s(?:läufts|läuft's|laeufts|klappts|klappt's|schmeckts|schmeckt's)\b|\b(?:stand|standen|war|waren)\s(?:\p{L}+\s){0,2}(?:techniker|technikerin|monteur|monteurin|störungsdienst|stoerungsdienst|notdienst|jemand|einer)\s(?:(?:herr|frau)\s\p{Lu}\p{L}+\s|\p{Lu}\p{Ll}+\s)?(?:schon\s)?vor der t(?:ü|ue)r\b|\b(?:technician|engineer|someone|an engineer|a technician)\s(?:was|stood)\s(?:already\s)?at (?:my|our|the) door\b|\b(?:war|kam)\s(?:schon\s|bereits\s)?(?:der\s|ein\s)?ersatz\s(?:da|an|unterwegs)\b|\b(?:dialed|dialled)\s(?:it|them|the grind)\sin\b|\b(?:lag|lagen)\s(?:\p{L}+\s){0,2}?ersatz\b|\bersatz\s(?:war\s|ist\s)?(?:schon\s)?(?:unterwegs|verschickt|raus)\b|\bre-?sent it\b|\b(?:fresh|new|replacement)\s(?:\p{L}+\s){0,3}?(?:bag|pack|parcel|box|one)\b[^.!?]{0,50}\b(?:was at (?:my|our|the) door|arrived|came)\b|\b(?:was )?sorted (?:within|in) (?:half an hour|an hour|\d+|minutes|no time)\b|\b(?:war|ist) (?:das|alles) erledigt\b|\bhat (?:mir|uns)\b[^.!?]{0,50}\bzur(?:ü|ue)ckgelegt\b|\b(?:wurde|wurden)\s(?:[\p{L}\d]+\s){0,3}(?:ausgetauscht|umgetauscht|getauscht)\b|\b(?:hat|hatte)\s(?:den|die|das)\s(?:kaputten|defekten|alten)\s(?:\p{L}+\s)?(?:getauscht|ausgetauscht|repariert|ersetzt)\b|\b(?:walked|talked) (?:him|her|me|us|them) through\b|\b(?:was|were) (?:warm|working|running) again\b|\b(?:had|got|sent)\s(?:an?\s|the\s)?(?:engineer|technician|fitter|someone)\s(?:at|to)\s(?:my|our|the)\sdoor\b|\b(?:hat|hatte) (?:mir|uns)\b[^.!?]{0,80}\b(?:erkl(?:ä|ae)rt|aufgeschl(?:ü|ue)sselt)\b|\bstayed on the (?:phone|line)\b|\b(?:spent|took)\s(?:\p{L}+\s){0,3}(?:minutes|hours|an hour|the time)\s(?:explaining|showing|helping|walking)\b|\bwithout (?:once |even )?looking at (?:the|his|her|their) (?:clock|watch)\b|\bohne (?:einmal |ein einziges mal )?auf die uhr zu (?:schauen|gucken|sehen)\b|\b(?:hat|hatte) sich (?:\p{L}+\s){0,3}zeit genommen\b|\bsich\s(?:trotzdem\s|noch\s|extra\s|gestern\s|heute\s|extra\s|einfach\s)*(?:\d+|zwei|drei|fünf|fuenf|zehn|ein paar)\s?(?:min|minuten|minütchen)\s(?:zeit\s)?genommen\b|\bendlich\s(?:weiß|weiss|verstehe|kapier\p{L}*)(?:\s(?:ich|jetzt))*,?\s(?:warum|wieso|weshalb|wie)\b|\bi\s(?:finally\s)?(?:know|understand|get)\s(?:now\s)?why\b|\bfinally\s(?:know|understand|get)\s(?:why|how)\b|\b(?:nie|never) (?:once )?(?:die geduld verloren|sounded rushed|lost (?:her|his|their) patience)\b/iu,
);
const ORDINAL = new Set(
  [
    "second",
    "third",
    "fourth",
    "fifth",
    "zweite",
    "dritte",
    "vierte",
    "fuenfte",
    "zweiten",
    "dritten",
    "vierten",
    "fuenften",
  ].map(wordKey),
);
/** What one buys or drinks by the piece: "die dritte Tüte", "my third cup". */
const PORTIONS = new Set(
  [
    "tuete",
    "tueten",
    "packung",
    "beutel",
    "dose",
    "tasse",
    "glas",
    "bag",
    "bags",
    "pack",
    "cup",
    "cups",
    "tin",
    "kilo",
    // "still remembered everyone's names by the second round": a round of drinks.
    "round",
    "runde",
    // "Unsere WP 9 läuft jetzt den zweiten Winter": a season gone by, no second failure.
    "winter",
    "sommer",
    "saison",
    "season",
    "jahr",
    "year",
  ].map(wordKey),
);
const BOUGHT = new Set(
  ["ordering", "ordered", "buying", "bought", "my", "bestelle", "kaufe", "meine", "meinen", "meiner"].map(wordKey),
);

// "Ich möchte mich mal ausdrücklich bedanken!": thanks said with the verb.
// "Ihr habt keine Ahnung wie dankbar ich bin": thanks said as gratitude.
const THANKS = new Set([
  "danke",
  "dankeschoen",
  "thanks",
  "thank",
  "thx",
  "merci",
  "bedanken",
  "bedanke",
  "dankbar",
  "grateful",
]);

/** Thanks said outright: "Thanks for sorting my refund, Jamie was brilliant!" is praise, not sarcasm. */
function thanked(normalised: Normalised): boolean {
  // "… für Leute, die nicht mal 'Danke' aussprechen können": a "Danke" in quotes is cited, not said.
  return normalised.tokens.some((token) => THANKS.has(token.key) && !token.quoted) || CREDIT_TO.test(normalised.text);
}
/** "Well done to the roasting team", "Hut ab vor dem Team": credit given to someone is thanks. */
const CREDIT_TO =
  /\bcredit where (?:it'?s|its|credit'?s|credit is) due\b|\b(?:well done|kudos|hats off|shout-?\s?out|props|big up)\s(?:to|for)\s(?:(?:the|our|your|you|my)\b|@)|\bshout-?\s?out\san\s(?:das|die|den|euch|unser\p{L}*|eure\p{L}*)\b|\bhut ab vor\b|(?<!\p{L})(?:riesen|riesigen|großen|grossen|besonderen|herzlichen|dicken)\s?dank an(?!\p{L})|(?<!\p{L})(?:kleines|großes|grosses|riesiges|dickes) dankeschön an(?:s|\s)|(?<!\p{L})(?:muss|möchte|moechte|will|wollte) mich (?:\p{L}+ ){0,5}bedanken(?!\p{L})|(?<!\p{L})(?:kleine |große |grosse )?liebeserklärung an(?!\p{L})|\blove letter to\b|(?<!\p{L})(?:muss|möchte|moechte|will|wollte) (?:auch )?(?:mal |einmal )?(?:was|etwas) (?:positives|gutes|nettes|schönes) loswerden(?!\p{L})/iu;
/** "Respekt 👍👍", "credit where it's due", "Chapeau": credit given for what was done. */
const RESPECT =
  /(?<!\p{L})(?:respekt|chapeau|credit where (?:it'?s|its) due|so geht (?:service|das|kundenservice)|(?:was|is) an? (?:absolute |total |real )?(?:star|legend|hero|lifesaver))(?!\p{L})/iu;
/** "Shout-out to Yusuf at the Kreuzberg café": credit given to someone by name. */
const CREDIT_TO_NAME =
  /\b(?:(?:[Kk]udos|[Ss]hout-?\s?[Oo]ut|[Bb]ig up|[Cc]redit)\sto\s\p{Lu}\p{Ll}+|[Ee]in [Hh]och auf\s)/u;

const THEIR = new Set(["ihre", "ihrem", "ihren"]);
const OWNED_BY = new Set(["my", "our", "your", "the", "mein", "meinen", "unser", "unseren", "den", "der"]);

const INDEFINITE_BEFORE = new Set(["a", "an"]);

/** "Diese Grünen mit ihrem Heizungsgesetz": "ihrem" written small is theirs, not the company's "Ihrem". */
function theirs(normalised: Normalised, at: number): boolean {
  const { tokens, text } = normalised;
  const token = tokens[at];
  if (!token || text.charAt(token.start) !== "i") return false;
  if (THEIR.has(token.key)) return true;
  // "Die in Berlin sollen erstmal ihr Heizungsgesetz auf die Reihe kriegen": "ihr" after a plural verb is "their";
  // "ihr" spoken to takes a verb in -t ("habt ihr", "liefert ihr"). Not "bei denen ihr bestellt habt".
  if (token.key !== "ihr") return false;
  const before = tokens[at - 1]?.key ?? "";
  const verb = IHR_FILLERS.has(before) ? (tokens[at - 2]?.key ?? "") : before;
  return verb.length > 3 && verb.endsWith("en") && !RELATIVE_EN.has(verb);
}
/** Particles between a verb and a following "ihr": "sollen erstmal ihr …", "können doch ihr …". */
const IHR_FILLERS = new Set([
  "erstmal",
  "erst",
  "mal",
  "doch",
  "endlich",
  "jetzt",
  "halt",
  "auch",
  "einfach",
  "lieber",
]);
const RELATIVE_EN = new Set(["denen", "welchen"]);

function normalisedName(name: string): string {
  return wordKey(name.replace(/[\s_.-]+/g, ""));
}

/** Whether a mentioned handle names the company: its name in the guidelines or the account that owns the post. */
function namesCompany(handle: string, companyName: string, threadOwner: string | undefined): boolean {
  const mentioned = normalisedName(handle);
  if (threadOwner && mentioned === normalisedName(threadOwner.replace(/^@/, ""))) return true;
  // "@Yahoo …" under @YahooCare: the brand of the service account whose thread it is.
  const ownerBrand = threadOwner
    ? normalisedName(threadOwner.replace(/^@/, "").replace(/_?(?:care|cares|support|help|helps|service|hilfe)$/iu, ""))
    : "";
  if (ownerBrand.length >= 3 && mentioned === ownerBrand) return true;
  const company = normalisedName(companyName);
  if (company.length >= 2 && mentioned.includes(company)) return true;
  if (company.length >= 2 && company.includes(mentioned) && handle.length >= 3) return true;
  // "@AcmeSupport", "@Bahn_Hilfe": a company's service account, whatever the page's own name.
  return SERVICE_HANDLE.test(handle);
}

/**
 * "@Martin …" at the start: whom the comment opens by mentioning, and whether that is the company itself. Replies
 * on X open with every handle of the conversation ("@DB_Bahn @Martin …"): when any leading one is the company's,
 * the comment speaks to the company.
 */
function leadingMention(
  normalised: Normalised,
  companyName: string,
  threadOwner?: string,
): { handle: string; company: boolean } | undefined {
  const leading: string[] = [];
  for (const token of normalised.tokens) {
    if (token.kind !== "mention") break;
    leading.push(normalised.text.slice(token.start + 1, token.end));
  }
  if (!leading.length) return undefined;
  // "@Sabine Roth meinte, ihr helft auch beim Förderantrag??": the reader named is cited, the company asked.
  if (CITED_AFTER.test(normalised.text.replace(/^\s*(?:@\S+\s+)+(?:\p{Lu}\p{Ll}+\s+)?/u, ""))) return undefined;
  return {
    handle: `@${leading[0]}`,
    company: leading.some((handle) => namesCompany(handle, companyName, threadOwner)),
  };
}

const CITED_AFTER =
  /^(?:meinte|meint|sagte|sagt|hat (?:mir |uns )?(?:erzählt|gesagt|geschrieben)|said|says|told (?:me|us))\b/iu;

const YOUR = new Set(["your", "yours", "euer", "eure", "euren", "eurem", "eurer"].map(wordKey));
/** German "du" to one reader: a company is "ihr" in German, so "@Jürgen Haas du hast keine Ahnung" argues with him. */
const THOU = new Set(["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner"].map(wordKey));

/**
 * The first words after the leading handles, past a surname ("@Jürgen Haas du …"), are "du", "dich", "dein" …, or a
 * verb bidding one person ("@Jürgen Bongartz ruf doch einfach mal an"; a company is bidden "ruft").
 */
function saysThou(normalised: Normalised): boolean {
  const words = normalised.tokens.filter((token) => token.kind !== "mention");
  const [first] = words;
  if (!first) return false;
  if (THOU.has(first.key)) return true;
  const surname = /^\p{Lu}/u.test(normalised.text.slice(first.start, first.end));
  // "@Jana Petersen weißt du noch …": the verb first, then "du"; "@Tobias Wendt nur weil du …": a conjunction first.
  return surname && (words.slice(1, 4).some((token) => THOU.has(token.key)) || BID_ONE.has(words[1]?.key ?? ""));
}
/** A verb that bids one person, said first to a tagged reader: "ruf", "frag", "schreib" (to a company, "ruft"). */
const BID_ONE = new Set("ruf frag schreib probier versuch lies nimm meld melde schau guck kuck".split(" "));

/** How a company is spoken to in German, besides "euer": "ihr", "euch", "Ihnen". */
const COMPANY_YOU = new Set(["ihr", "euch", "ihnen"].map(wordKey));

/** "@Klaus Weber …": a Facebook tag of a person, the first name then the surname (violations.ts reads it so too). */
function taggedByFullName(normalised: Normalised): boolean {
  return normalised.tokens[0]?.kind === "mention" && surnameOfMention(normalised, 1);
}

const OFFERS_ONESELF =
  /\b(?:just |feel free to |gern(?:e)? )?(?:dm|pm|message|text|call) me\b|\bhappy to share\b|(?<!\p{L})(?:schreib|meld) (?:mir|dich)(?: gern(?:e)?)? (?:per |eine )?(?:pn|dm|nachricht)\b|(?<!\p{L})kannst (?:mir|mich) gern(?:e)? (?:schreiben|anschreiben|anrufen)(?!\p{L})/iu;

/**
 * "@gmail I can't log in to my account, how do I recover it?", "@hulu please fix your app": a leading handle that is
 * not known as the company's still opens a comment for the company when it states the writer's own case, asks for
 * help, asks about what a company offers, speaks of "your app", or names the handle's brand again ("@hulu … my
 * Hulu"). "@Paul same here, wir warten auch" shares a case with a reader; "@Mark you didn't read it" argues with one.
 */
const FRIEND_SHOWN =
  /(?<!\p{L})(?:guck|kuck|schau|look)\s(?:mal|at this)(?!\p{L})|(?<!\p{L})ruf mich\s(?:\p{L}+\s){0,3}an(?!\p{L})|(?<!\p{L})call me(?!\p{L})/iu;
/**
 * A pattern tried only when one of `words` (word keys, space-separated) is among the comment's words: cheaper than a
 * gate pattern, which Irregexp tries case-insensitively at every position.
 */
function keyGated(
  words: string,
  pattern: RegExp,
): { test(normalised: Normalised): boolean; exec(normalised: Normalised): RegExpExecArray | null } {
  const keys = new Set(words.split(" ").map(wordKey));
  const open = (normalised: Normalised) => holdsKey(normalised.tokens, keys);
  return {
    test: (normalised) => open(normalised) && pattern.test(normalised.text),
    exec: (normalised) => (open(normalised) ? pattern.exec(normalised.text) : null),
  };
}

/** The company spoken of as "them": "glaub die haben sonntags zu", "bei denen", "they close at 6". */
const TOLD_OF_THEM =
  /(?<!\p{L})(?:glaub(?:e)? die|die haben|haben die|bei denen|die machen|machen die|they(?:'re|’re| are| have| close| open| were)|their)(?!\p{L})/iu;

/** Agreement with the reader tagged, said first: "totally agree!!", "same here", "geht mir genauso", "seh ich auch so". */
const AGREED =
  /^\s*@[^\s]+(?:\s\p{Lu}\p{Ll}[\p{L}-]*)?[\s,:]+(?:(?:totally|completely|fully|so|100%)\s)?(?:agree|agreed|same here|same|so true|exactly|genau|stimmt|geht mir (?:genauso|auch so|genau so)|seh ich (?:genauso|auch so|genau so)|sehe ich (?:genauso|auch so)|kann ich (?:nur )?bestätigen)(?!\p{L})/iu;

/** Help given to a reader: "you can change it yourself in the app", "took me 2 min", "kannst du selbst ändern". */
const ADVICE_GIVEN =
  /\b(?:you can (?:\p{L}+ ){0,6}?(?:yourself|in the app|online|in the portal)|took me (?:like )?\d+ ?min(?:ute)?s?|worked for me|kannst du (?:\p{L}+ ){0,6}?(?:selbst|selber|in der app|online|im portal)|hat bei mir (?:super )?(?:funktioniert|geklappt))\b/iu;

/** The company spoken of, not to: "you don't need to call them", "ruf die nicht an". */
const OF_THEM =
  /(?<!\p{L})(?:call|ring|phone|email|e-mail|message|ask|chase)\s(?:them|em)(?!\p{L})|(?<!\p{L})(?:ruf|anrufen|schreib|frag)\s(?:die|denen)(?!\p{L})/iu;

function putToCompany(
  normalised: Normalised,
  handle: string,
  read: { complaint: Intent["complaint"]; question: QuestionKind | undefined; request: boolean },
): boolean {
  const { tokens } = normalised;
  if (tokens.some((token) => SHARED.has(token.key))) return false;
  if (saysThou(normalised) && !tokens.some((token) => YOUR.has(token.key))) return false;
  // "@Claire Dubois we had ours installed last autumn, happy to share how it went … Just DM me": the writer offers
  // themselves to the one tagged; nothing is put to the company.
  if (!read.complaint && OFFERS_ONESELF.test(normalised.text)) return false;
  // "@Marion Kessler danke für den Tipp … Kannst du mir den Kontakt mal per PN schicken?", "@Klaus Weber Klaus, das hab
  // ich dir doch … gesagt": a reader tagged by full name and spoken to as "du", with no word for the company.
  const tagged = taggedByFullName(normalised);
  if (
    tagged &&
    !read.complaint &&
    tokens.some((token) => THOU.has(token.key)) &&
    !tokens.some((token) => YOUR.has(token.key) || COMPANY_YOU.has(token.key))
  )
    return false;
  // "@Marlies Hüsgen wie lange hat das bei euch gedauert …? bei uns in Refrath hängt das seit Sommer": the reader's
  // household set beside the writer's own.
  if (
    tagged &&
    !read.complaint &&
    /(?<!\p{L})bei euch(?!\p{L})/iu.test(normalised.text) &&
    /(?<!\p{L})bei uns(?!\p{L})/iu.test(normalised.text)
  )
    return false;
  // "@Jürgen Maibach guck mal, das wär doch was für eure Garage 😄 ruf mich heut abend an": shown to a friend, who is
  // to call back.
  if (tagged && !read.complaint && FRIEND_SHOWN.test(normalised.text)) return false;
  // "@nina_hh glaub die haben sonntags zu, stand letzten sonntag … vor verschlossener tür": what happened with us told
  // to the reader, of "them", with no word to the company.
  if (
    read.complaint &&
    TOLD_OF_THEM.test(normalised.text) &&
    !tokens.some((token) => YOUR.has(token.key) || COMPANY_YOU.has(token.key))
  )
    return false;
  // "@Hannah Pryce you can change the monthly amount yourself in the app, took me 2 min … no need to sit on hold": help
  // given to the reader tagged, with no word to the company; the wait named is the one they are spared.
  // "@Jonas Weber mate you don't need to call them … took me like 2 mins. The Kundennummer is at the top of your
  // Rechnung": the company spoken of as "them", so "your" is the reader's.
  if (
    tagged &&
    ADVICE_GIVEN.test(normalised.text) &&
    (!tokens.some((token) => YOUR.has(token.key) || COMPANY_YOU.has(token.key)) || OF_THEM.test(normalised.text))
  )
    return false;
  // "@Hannah Kerschbaum totally agree!! took me ages to get my Anmeldung sorted … just DM me, happy to help": agreed
  // with the reader tagged, what the writer went through told to them, with no word to the company.
  if (
    tagged &&
    AGREED.test(normalised.text) &&
    !tokens.some((token) => YOUR.has(token.key) || COMPANY_YOU.has(token.key))
  )
    return false;
  if (read.complaint || read.request || (read.question && read.question !== "other")) return true;
  const things = LEXICON.companyThings.find(tokens);
  if (things.some((hit) => tokens.slice(Math.max(0, hit.from - 2), hit.from).some((t) => YOUR.has(t.key)))) {
    return true;
  }
  const brand = normalisedName(handle.slice(1));
  // "@Klaus Weber Klaus, …": a person's first name said again calls them; only a brand's name said again is ours.
  return !tagged && brand.length >= 3 && tokens.slice(1).some((token) => token.kind === "word" && token.key === brand);
}

/** What a company offers, asked about by name: a question about it is the company's to answer. */
// Not "ein gutes Café in Dresden": a café, not the company's.
const OFFERING =
  /(?<![\p{L}])(?<!\b(?:ein|eine|einen|a|an|any)\s(?:\p{L}+\s)?)(?:café|cafe|filiale|laden|shop|store|branch|app|website|webseite|kundenservice|hotline|öffnungszeit\p{L}*|opening hours)(?![\p{L}])/iu;

const KIND_WORDS =
  /\b(?:gut\p{L}*|toll\p{L}*|schön\p{L}*|lecker\p{L}*|great|good|nice|cool|lovely|tasty|delicious)\b/iu;

/**
 * A reader called by their first name, not the company: "Mark you STILL owe me a flat white", "Glückwunsch zur neuen
 * Rolle, Sabine!". The name must be no frequent word and not the company's.
 */
function calledByName(text: string, companyName: string): string | undefined {
  // "Mark you STILL owe me": the name as written, the rest in any case.
  const lowered = text.replace(/^(\S+)([\s\S]*)$/u, (_all, first: string, rest: string) => first + rest.toLowerCase());
  const company = companyName.trim().toLowerCase();
  const aName = (word: string) => !isFrequentWord(wordKey(word)) && !NOT_A_NAME.has(wordKey(word));
  const full = CALLED_FULL.exec(text);
  // "Visiting Hamburg this weekend!": a verb in -ing opens the sentence, no name.
  if (full?.[1] && full[2] && aName(full[1]) && aName(full[2]) && !/ing$/u.test(full[1])) {
    const name = `${full[1]} ${full[2]}`;
    if (!(company.length >= 2 && name.toLowerCase().includes(company))) return name;
  }
  const called =
    CALLED_FIRST.exec(lowered)?.[1] ??
    (CONGRATULATED.test(text) ? CALLED_LAST.exec(text)?.[1] : undefined) ??
    toldAnother(text);
  if (!called || !aName(called)) return undefined;
  return company.length >= 2 && company.includes(called.toLowerCase()) ? undefined : called;
}
/**
 * "Uwe Kessler das geht auch ohne App": a reader's full name, then what is said to them. On LinkedIn and Facebook a
 * tag shows as the bare name: "Tobi Wenzel da müssen wir nach der Messe mal hin", "Markus Lehnert 👀 für unser Projekt?",
 * "Jana Kremer schau mal", "Carina Feld jaaa lass uns da Samstag hin", "Stefanie Wirtz genau das gleiche hatten wir …".
 */
const CALLED_FULL =
  /^(\p{Lu}\p{Ll}{2,15})\s(\p{Lu}\p{Ll}{2,20}),?\s(?:(?:das|du|dir|dich|ich|you|that|it|i|da|wir|we|schau|guck|look|check|this|genau|same|exactly|hatten|had)\s\p{Ll}|👀|(?:für|for)\s(?:unser|euer|eure|our|your|dein|deine)\b|(?:ja{1,6}|jaa+|yes+|yay|omg|lass uns|let'?s)(?!\p{L}))/u;
// "Mark you STILL owe me", "Moni guck mal, wär das nix für euer Dach?", "Marcus, with respect, you're comparing …": a
// reader called by first name, then told.
const CALLED_FIRST =
  /^(\p{Lu}\p{Ll}{2,15}),?\s(?:(?:you|u)\s(?:still|owe|promised|said|told|remember|were|are|better|need|coming)|with respect,?\s(?:you|your|you're|youre)|du\s(?:schuldest|hast|bist|kommst|weißt|weisst|musst)|(?:schuldest|hast|kommst|weißt|weisst)\sdu|(?:guck|kuck|schau)\s?mal)\b/u;
/**
 * "Mark, we had ours fitted last spring …", "Herr Bredow, lassen Sie sich nicht verrückt machen. Wir haben die Anlage
 * seit zwei Jahren …": a reader called by name, then the writer's own experience or advice for them. Not "Anna, danke
 * für die schnelle Hilfe" (staff thanked by name) nor a question, which may be put to the company's staff.
 */
function toldAnother(text: string): string | undefined {
  const called = CALLED_COMMA.exec(text);
  if (!called?.[1] || text.includes("?") || THANKED_BY_NAME.test(text)) return undefined;
  return OWN_EXPERIENCE.test(text.slice(called[0].length)) ? called[1] : undefined;
}
const CALLED_COMMA = /^(?:(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?)\s)?(\p{Lu}\p{Ll}{2,15}),\s/u;
const THANKED_BY_NAME = /\b(?:danke\w*|dank|thanks?|thank you|cheers)\b/iu;
const OWN_EXPERIENCE =
  /\b(?:wir haben|wir hatten|ich habe|ich hatte|hab ich|haben wir|bei uns|bei mir|lass(?:en Sie)? (?:dich|sich) nicht|keine sorge|we had|we have|we've|i had|i have|i've|ours|mine|don't worry|no need to worry)\b/iu;
const CONGRATULATED = /glückwunsch|gratulier|congrat|happy birthday|alles gute|herzlichen dank an dich/iu;
const CALLED_LAST = /[,–]\s(\p{Lu}\p{Ll}{2,15})\s?[!.🎉]/u;
const NOT_A_NAME = new Set(
  // "Viel Kritik da an den Preisen", "Tolle Arbeit, das …": a word of amount or praise opens the sentence, no name.
  // "Grüß Gott, i hob …", "Grüezi mitenand": a greeting.
  // "Kurzer, ehrlicher Erfahrungsbericht: …": an adjective of the report that follows; "…, Glückwunsch.": the wish.
  // "Ähm, kleiner Fehler im Beitrag": a hesitation. "Großartig, wirklich.": applause.
  (
    "aehm aeh oehm oeh ehm hmm uhm umm hm " +
    "hey hallo hello love miss fuck screw damn bless guess bet trust mind thank thanks danke leute team guten tag moin servus liebe lieber liebes hi dear good morning viel viele tolle toller tolles gute guter gutes schoene schoener super mega klasse great nice wow oh ach na tja naja boah ey oha aha kurzer kurze kurzes kleiner kleine kleines ehrlicher ehrliche ehrliches short quick honest long respectfully honestly frankly seriously sorry okay well look listen ehrlich ehrlicherweise also genau stimmt glueckwunsch gratulation congrats congratulations gruess gruss gruessgott gruezi gott griass griaß " +
    // "Großartig, wirklich. Da meldet man brav …": applause, mostly ironic, opens the sentence; nobody is called.
    "grossartig toll prima spitze genial herrlich wunderbar perfekt fantastisch bravo brilliant wonderful amazing " +
    "fantastic lovely perfect awesome excellent superb"
  ).split(" "),
);

/** Where hits stand in the text. */
function spans(tokens: readonly Token[], hits: readonly Hit[]): Array<{ start: number; end: number }> {
  return hits.map((hit) => ({ start: (tokens[hit.from] as Token).start, end: (tokens[hit.to] as Token).end }));
}

/** "congrats on the award I guess", "Glückwunsch oder so": kind words shrugged off at the end. */
const SHRUGGED =
  /(?<!\p{L})(?:i guess|or whatever|or something|oder so|oder was auch immer)\s*[.!?]*\s*(?:\p{Extended_Pictographic}\s*)*$/iu;

export function readIntent(
  normalised: Normalised,
  tone: { question: boolean; irony: boolean },
  companyName: string,
  threadOwner?: string,
): IntentReading {
  const { tokens } = normalised;
  const fixed = putRight(normalised);
  // "Rheinwerk employees right now: *unplugs the sun* "sorry your solar is broken" 😂😂": a joke acted out, no case.
  const acted = normalised.emoji.laughing > 0 && MEME.test(normalised.text);
  // "totally unrelated but is the S-Bahn in Hamburg dead for anyone else today??": said not to be about us, and
  // nothing of theirs with us in it.
  // "Bahn heute wieder 45 min zu spät. Deutschland halt 🙄": a carrier late, on a page that is not the carrier's.
  const carrierLate = CARRIER_LATE.test(normalised.text) && !CARRIER.test(companyName);
  const named =
    companyName.trim().length >= 2 && normalised.text.toLowerCase().includes(companyName.trim().toLowerCase());
  // "berlin landlords are unhinged. €1,400 for a one-room …": someone else's doings, told without a word to us.
  // Not "Wie wollen Sie das für Vermieter attraktiv machen?": a question is put to whoever reads it.
  // "Weiß jemand ob die Stadtwerke in Hürth jetzt auch Glasfaser verlegen?": asked of the other readers.
  const othersDoings =
    (!tone.question || LEXICON.community.find(tokens).length > 0) &&
    THIRD_PARTY.test(normalised.text) &&
    !THIRD_PARTY.test(companyName) &&
    !tokens.some((token, at) => LEXICON.companyAddress.hasToken(token) && !theirs(normalised, at)) &&
    // "Die Stadtwerke in der neuen Stadt haben längst alles abgerechnet, nur von Ihnen kommt NIX": we are addressed.
    !FORMAL_YOU.test(normalised.text) &&
    !named;
  const own = ownDealings(normalised);
  // "unrelated but is the DB app down for anyone else rn??": said to be unrelated, an app is not ours unless "my app".
  // "two things. first my subscription took money twice … second unrelated but does the grind …": the second thing is
  // unrelated to the first; a failure told before the word stays their case.
  const unrelatedAt = UNRELATED.exec(normalised.text)?.index;
  const failedBefore =
    unrelatedAt !== undefined &&
    LEXICON.failure.find(tokens).some((hit) => (tokens[hit.to]?.end ?? Number.POSITIVE_INFINITY) <= unrelatedAt);
  const unrelated =
    ((unrelatedAt !== undefined || UNRELATED_TOO.test(normalised)) &&
      !failedBefore &&
      own.every((hit) => hit.to === hit.from && !OWNING.has(tokens[hit.from - 1]?.key ?? ""))) ||
    // "KK-51907 seit 6 tagen 'in zustellung' bei dhl": an order number of theirs makes a carrier's delay their case.
    ((carrierLate || othersDoings) &&
      own.length === 0 &&
      !CASE_NUMBER.test(normalised.text) &&
      !ORDER_CODE.test(normalised.text));
  // "kaffeekollektiv klingt wie ne wg die … nach 4 std diskussion immer noch keinen kaffee hat lol": what fails is
  // the joke's, told of the name, not a case of theirs.
  const joked = jokesAboutName(normalised.text, companyName) && own.length === 0;
  const complaint = fixed || acted || unrelated || joked ? undefined : readComplaint(normalised);
  const sarcasmWords = readSarcasm(normalised, complaint !== undefined, tone.irony, fixed);
  const mention = leadingMention(normalised, companyName, threadOwner);
  // "Das eigentliche Problem ist doch die Politik in Berlin … Als Unternehmer kann man so nicht planen": a grievance
  // said of anyone, inside a rant about politics, speaks to nobody here.
  // "Heizungsgesetz" is a law argued about, not a heating of theirs.
  const politicsSaid = LEXICON.politics.find(tokens);
  const impersonalRant =
    complaint !== undefined &&
    politicsSaid.length >= 2 &&
    // "als Handwerker": who the writer is, no dealings with us.
    own.every(
      (hit) =>
        politicsSaid.some((said) => said.from <= hit.from && hit.to <= said.to) ||
        /^(?:als|as)$/u.test(tokens[hit.from - 1]?.key ?? ""),
    ) &&
    complaint.words.every((said) => /(?<!\p{L})(?:man|keiner|niemand|one|nobody|no one)(?!\p{L})/iu.test(said));
  // "Die in Berlin sollen endlich in die Bahn investieren … Seit drei Wochen fällt bei uns der RE 5 aus", "Ich warte
  // seit 2019 auf die versprochene S-Bahn … Wählt endlich anders": a public line's trouble told beside politics is the
  // world's, not a trip booked with us.
  const publicLine = complaint?.problem === "travel" && politicsSaid.length > 0 && PUBLIC_LINE.test(normalised.text);
  const speaksToCompany =
    named ||
    (complaint !== undefined && !impersonalRant && !publicLine) ||
    mention?.company === true ||
    // "Sie schreiben von einer „fairen Anpassung“ … Wir sind seit 1987 bei Ihnen": the company spoken to as "Sie",
    // whatever matter of the world it argues with ("an der Börse").
    FORMAL_YOU.test(normalised.text) ||
    // "Ihr wartet hier alle auf eure Pakete? Ich warte seit 2019 auf die S-Bahn": the readers, beside a public line.
    (!publicLine &&
      tokens.some(
        (token, at) =>
          LEXICON.companyAddress.hasToken(token) &&
          !theirs(normalised, at) &&
          // "coffee's going to be a luxury product": a product in general, none of ours.
          !INDEFINITE_BEFORE.has(tokens[at - 1]?.key ?? "") &&
          !INDEFINITE_BEFORE.has(tokens[at - 2]?.key ?? "") &&
          // "This is what you get when a country switches off …": anyone, in the idiom.
          !(token.key === "you" && tokens[at - 1]?.key === "what" && tokens[at + 1]?.key === "get") &&
          // "Wer von euch hat heute morgen den Unfall gesehen?": "euch" are the other readers.
          !(token.key === "euch" && tokens[at - 1]?.key === "von" && tokens[at - 2]?.key === "wer") &&
          // "Nächstes Jahr wird anders gewählt, das sag ich euch", "… wähl ich janz anders, dat sach ich euch": the idiom
          // that closes a rant, to whoever reads it.
          !(token.key === "euch" && /^da[st] sa[gc]h? ich$/u.test(keysIn(tokens, at - 3, at))),
      ));
  const question = tone.question ? readQuestion(normalised, tone.question) : undefined;
  // "… und keiner ruft zurück", "niemand meldet sich": a request nobody answered is told, not made.
  const request = LEXICON.request.find(tokens).some(
    (hit) =>
      !NOBODY_DOES.has(tokens[hit.from - 1]?.key ?? "") &&
      !NOBODY_DOES.has(tokens[hit.from + 1]?.key ?? "") &&
      // "Amira, who stayed 20 min after closing to help me dial in the grind": what she came to do, told.
      !(tokens[hit.from]?.key === "help" && tokens[hit.from - 1]?.key === "to") &&
      // "mate that's a fridge turned inside out, please seek help 😭": the idiom of a taunt, nothing asked of us.
      !tokens
        .slice(hit.from, hit.to + 1)
        .some((token, at) => token.key === "help" && tokens[hit.from + at - 1]?.key === "seek"),
  );
  // "@Thomas Brenner guck mal … stimmt das Rheinwerk?", "btw @kaffeekollektiv do you even ship to the UK": a
  // question turned to the company by name, after the words to the friend.
  // Not "das Kaffeekollektiv in Ottensen … Treffen wir uns da Samstag um 11?": the company named in passing, the
  // question for the friend.
  const askedUsByName =
    named && question !== undefined && (ASKS_US.test(normalised.text) || askedByName(normalised.text, companyName));
  // "@lotte_kocht kam deins diese woche?? … @kaffeekollektiv was is da los mit dem abo": the company tagged after the
  // friend is who the question is put to. Not "@tim_roestet Tim, du hast mir doch … warum jetzt auf einmal Team
  // Espresso? @Kaffeekollektiv": a tag closing the words to the friend only copies the company in.
  const firstWord = tokens.findIndex((token) => token.kind !== "mention");
  const companyTaggedLater =
    mention !== undefined &&
    firstWord >= 0 &&
    tokens
      .slice(firstWord)
      .some(
        (token, at) =>
          token.kind === "mention" &&
          namesCompany(normalised.text.slice(token.start + 1, token.end), companyName, threadOwner) &&
          tokens.slice(firstWord + at + 1).some((after) => after.kind === "word"),
      );
  const commenter =
    mention &&
    !mention.company &&
    !askedUsByName &&
    !companyTaggedLater &&
    // "@lisa_ruhr bei mir genauso 🙄 WP 9 … Kundennr 4088217, und bei Rheinwerk ruft keiner zurück": their own case,
    // with its number or the company named, told beside the reply to a friend.
    !(complaint !== undefined && (named || CASE_NUMBER.test(normalised.text))) &&
    !putToCompany(normalised, mention.handle, { complaint, question, request })
      ? mention.handle
      : // "Stefanie Wirtz genau das gleiche hatten wir … Ruf mich gern mal an": a reader tagged by full name is who
        // is asked to call, not us.
        complaint === undefined && (!request || CALLED_FULL.test(normalised.text))
        ? calledByName(normalised.text, companyName)
        : undefined;
  // "hab mein Deutschlandticket vergessen": the ticket one holds is a customer's, not the policy argued about.
  const politics = politicsSaid.filter(
    (hit) =>
      // "@Caro Lindner musst du probieren!!": a reader tagged by full name, no politician.
      tokens[hit.from - 1]?.kind !== "mention" &&
      !(BARE_POSSESSIVE.has(tokens[hit.from - 1]?.key ?? "") && (tokens[hit.from] as Token).key.includes("ticket")) &&
      // "wenn an Silvester die Wärmepumpe streikt": a machine that stops, no strike.
      !(
        /^streik(?:t|en)$/u.test(tokens[hit.from]?.key ?? "") &&
        tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => STRIKING_THING.test(token.key))
      ) &&
      // "Wäre blöd wenn im Winter jemand die falsche wählt" of the emergency number: a number dialled, no election.
      !(/^w(?:ae|ä)hl(?:t|en)$/u.test(tokens[hit.from]?.key ?? "") && DIALLED.test(normalised.text)) &&
      // "die barista mit den grünen haaren", "euren grünen Strom": a colour, no party.
      !(tokens[hit.from]?.key === "gruenen" && COLOURED.has(tokens[hit.from + 1]?.key ?? "")) &&
      // "Gibt es dafür noch Geld vom Staat?": a grant for one's own project, asked about, no politics.
      !(
        tokens.slice(hit.from, hit.to + 1).some((token) => /^staat/u.test(token.key)) &&
        STATE_MONEY.test(normalised.text)
      ) &&
      // "Ich schreib ja sonst eher kritisch übers Heizungsgesetz, aber das war 1A 👍": what they usually write about,
      // an aside to the praise.
      !/(?<!\p{L})(?:sonst|normalerweise|usually|normally)\s(?:\p{L}+\s){0,4}(?:über|übers|ueber|uebers|about)\s(?:\p{L}+\s)?$/iu.test(
        normalised.text.slice(Math.max(0, (tokens[hit.from]?.start ?? 0) - 60), tokens[hit.from]?.start ?? 0),
      ),
  );
  // "Hat jemand Tipps …?", "anyone know …": a question to the other readers, not to the company.
  // Unless it asks about what the company offers ("… ob man im Café in Kreuzberg mit Karte zahlen kann?"): the
  // company answers that best.
  const community =
    LEXICON.community.find(tokens).length > 0 &&
    !OFFERING.test(normalised.text) &&
    // "need a buddy for my last long run": a bare "my" is no order of theirs.
    !LEXICON.customer.find(tokens).some(
      (hit) =>
        (hit.to > hit.from || !BARE_POSSESSIVE.has((tokens[hit.from] as Token).key)) &&
        // "Bei uns in Porz war der Himmel ganz lila": where they live, no customer's matter.
        !(tokens[hit.from]?.key === "bei" && WHERE_ONE_LIVES.has(tokens[hit.to + 1]?.key ?? "")),
    );
  // "Energy prices are a scam by the government, nothing to do with you lot I know": said not to be about us.
  // "… wird das mit der Energiewende eh nix, egal wie viele Pumpen ihr verkauft": politics that no deed of ours changes.
  const notAboutUs =
    (NOT_ABOUT_US.test(normalised.text) ||
      (politics.length > 0 && (WHATEVER_YOU_DO.test(normalised.text) || ELSEWHERE.test(normalised.text)))) &&
    complaint === undefined;
  // "Früher gab's Kaffee noch für 50 Pfennig. Das waren Zeiten.": a memory of the old days, nothing asked of us.
  const nostalgic = NOSTALGIA.test(normalised.text) && complaint === undefined && question === undefined;
  // "Und was sagt ihr dazu, dass die in Berlin wieder über Atomkraft reden?": the company asked for a political
  // opinion, which it does not owe; its own matters are another thing ("Was sagt ihr zu euren Preisen?").
  const opinionOnPolitics = politics.length > 0 && OPINION_ASKED.test(normalised.text) && complaint === undefined;
  // "@rheinwerk @Bundesregierung the whole heating law was a disaster": politics put to the government or the other
  // readers, the company only copied in.
  // "@rheinwerk anyone else watching the election debate tonight?": politics put to the other readers.
  // "Habt ihr gestern die Talkshow gesehen, der Minister …", "Leute ihr streitet euch hier um 30 Cent während … der
  // Senat seit Jahren pennt": a show put to whoever reads, the readers spoken to.
  const putToOthers =
    politics.length > 0 &&
    complaint === undefined &&
    (GOVERNMENT.test(normalised.text) ||
      LEXICON.community.find(tokens).length > 0 ||
      READERS_TOLD.test(normalised.text));
  // "Off topic aber muss einfach raus: der Busfahrer von der Linie 133 …": said to be beside the point, and nothing
  // asked of us. Not "Off topic, aber habt ihr auch Hafermilch?": a question to us is ours.
  // "Slightly off topic but does anyone else find the Ausländerbehörde … impossible??": a question to the other readers.
  const saidOffTopic =
    unrelated ||
    (WORLD_TAKE.test(normalised.text) &&
      !speaksToCompany &&
      complaint === undefined &&
      LEXICON.companyThings.find(tokens).length === 0) ||
    (DOOM.test(normalised.text) && !speaksToCompany && complaint === undefined && !ASKS_US.test(normalised.text)) ||
    // "mal ganz was anderes: fährt die S1 nach Altona heute wieder?": asked of nobody here, about nothing of ours.
    (SAID_OFF_TOPIC.test(normalised.text) &&
      complaint === undefined &&
      (question === undefined ||
        (!ASKS_US.test(normalised.text) &&
          (LEXICON.community.find(tokens).length > 0 || LEXICON.companyThings.find(tokens).length === 0))));
  // "@Rheinwerk weiß einer ob die A1 bei Leverkusen am WE wieder dicht ist??": the other readers asked about
  // something that is none of ours.
  const readersAsked =
    (ASKED_OF_READERS.test(normalised.text) || ASKED_OF_READERS_TOO.test(normalised)) &&
    complaint === undefined &&
    // "Kann mir jemand sagen, wann ihr morgen aufmacht?": asked around, but of us.
    !SPOKEN_TO_US.test(normalised.text) &&
    LEXICON.companyThings.find(tokens).length === 0 &&
    LEXICON.customer.find(tokens).length === 0;
  // "Das ganze Heizungsgesetz ist doch ideologischer Murks aus Berlin, da können Sie als Firma ja nix dafür": politics
  // the writer says the company cannot help, or a reproach about the country put to whoever reads ("wann begreift ihr
  // das endlich?").
  const notTheirDoing =
    politics.length > 0 &&
    complaint === undefined &&
    (NOT_YOUR_DOING.test(normalised.text) ||
      (WAKE_UP.test(normalised.text) && LEXICON.companyThings.find(tokens).length === 0));
  // "wen wählt ihr eigentlich?", "wen wählt ihr bei der OB-Wahl? Firmen sollten da Farbe bekennen": the company's vote
  // asked for is politics, whoever is addressed; no answer owed.
  const voteAsked = VOTE_ASKED.test(normalised.text);
  const offTopic =
    voteAsked ||
    ((politics.length > 0 || community) && !speaksToCompany && !commenter) ||
    ((notAboutUs || nostalgic || opinionOnPolitics || putToOthers || saidOffTopic || readersAsked || notTheirDoing) &&
      !commenter);
  // "… and calls it heating 🤡🤡": a clown laughs at whoever is named.
  // "na, wieder ne neue bohne mit noten von waldboden und sehnsucht? 🥱": a yawn at it mocks it too.
  // "'handgeröstet' 💀 bro es sind bohnen in ner tüte": a skull is dead from laughing; not "stuck at Altona for 40 min
  // 💀🚆", at the world's matter.
  const clowns = tokens.filter(
    (token) =>
      token.kind === "emoji" && (token.key === "🤡" || token.key === "🥱" || (token.key.startsWith("💀") && !offTopic)),
  ).length;
  const laughs = tokens.filter((_, at) => mockingWord(normalised, at)).length + normalised.emoji.laughing + clowns;
  // "Rheinwerk klingt wie eine Metalband von 1987": a joke about the company's name is mockery, laugh or not.
  // Not "Kaffeekollektiv klingt nach einem richtig guten Plan": a compliment on the name.
  // "… sounds like a flatshare … 😂😂 congrats on the award I guess": kind words shrugged off are no compliment.
  const nameJoke =
    jokesAboutUs(normalised.text, companyName) &&
    ((LEXICON.positive.find(normalised.tokens).every((hit) => normalised.tokens[hit.from]?.quoted === true) &&
      !KIND_WORDS.test(normalised.text)) ||
      SHRUGGED.test(normalised.text));
  // "… some other brand lol. nobody asked us. is that even allowed??": a customer who laughs at their own case is
  // still owed an answer.
  // Not "your solar is broken … 😂" nor "heat pump: now with 30% more invoice lol": the thing alone is no case.
  const customerOwn = LEXICON.customer
    .find(tokens)
    .some(
      (hit) =>
        (hit.to > hit.from && OWNING.has((tokens[hit.from] as Token).key)) || (tokens[hit.from] as Token).key === "abo",
    );
  // "@Uwe Krämer 😂😂 der war gut. Aber mal im Ernst an Rheinwerk: Baut ihr …?": laughter at the friend's joke, then
  // a question for us.
  const laughedWithFriend = mention !== undefined && !mention.company && askedUsByName;
  // "… mit euren tollen Wärmepumpen 🥶😂 viel Spaß beim Frieren", "enjoy ur ice house lads": a taunt, whatever
  // kind word it wears.
  // "breaking: energy company discovers the sun shines ☀️ nobel prize incoming 🏆": a mock headline taunts too.
  const taunt = TAUNT.test(normalised.text) || MOCK_PRIZE.test(normalised.text);
  // "Rheinwerk Wärmepumpe = teuerster Ventilator Deutschlands 🤡🌀 aber hey wenigstens brummt er schön": a clown at
  // our product with nothing of the writer's own is a joke, whatever fault or praise it names.
  // Not "20 min angestanden, dann is hafermilch aus … 🤡🤡", "Heute … trotzdem 60 Cent extra gezahlt … 🤡": a visit
  // told with its figures is a case, clown or not.
  // Not "zum DRITTEN mal abschlag doppelt abgebucht ihr clowns 🤡": money taken is a case, clowned or not.
  // "Rheinwerk verkauft jetzt Wärmepumpen 😂😂 die Dinger brummen so laut … Nächstes Produkt: Kühlschränke für
  // Grönland": a taunt laughed at is such a joke too.
  const clownJoke =
    (clowns > 0 || (taunt && laughs > 0)) &&
    !customerOwn &&
    !tokens.some((token) => FIRST_PERSON.has(token.key)) &&
    !/\d/u.test(normalised.text) &&
    complaint?.problem !== "billing";
  const mockery =
    (laughs > 0 || nameJoke || taunt) &&
    (complaint === undefined || clownJoke) &&
    !commenter &&
    // "who else thinks the new tram fares are a scam … lmao": laughter at the world's matter put to the other readers
    // mocks nothing of ours. Not "imagine paying €5 for coffee made by a 'collective' lmao do they vote on every
    // bean": ours, laughed at, whatever politics word it borrows.
    !readersAsked &&
    !thanked(normalised) &&
    // "Heizen bis −20 Grad 😂😂 bei uns heizt nur die Nachzahlung": a taunt mocks, whatever of their own it jokes about.
    (!customerOwn || taunt) &&
    !laughedWithFriend &&
    // "wie soll ich Weihnachten … ohne euren flat white überstehen 😭😂": laughing with praise is fondness.
    // "… dat is wie wenn die Metzgerinnung nen Veggie-Day ausruft 😂😂 Köstlich": amused at us, no praise of ours.
    // "lmao Rheinwerk winning „top employer“ again 🏆🤡 next year's category: best company at …": the clown makes the
    // praise a jeer too.
    (taunt ||
      nameJoke ||
      clownJoke ||
      LEXICON.praise
        .find(tokens)
        .every((hit) => normalised.emoji.laughing > 0 && AMUSED.has((tokens[hit.from] as Token).key))) &&
    // "do u guys charge extra for oat milk?? asking for my vegan gf lol": a question to us, laughed at oneself. Not
    // "kaffeekollektiv? more like kaffee-kollectivism lmao. do u redistribute the oat milk too comrade": the name mocked.
    // "… 🤡 do you guys sell perpetual motion machines too?": a clown's question asks nothing.
    !(question !== undefined && ASKS_US.test(normalised.text) && !nameJoke && !clownJoke) &&
    // "genuine q: will an air source unit keep us warm at minus 15? everyone on here says no lol": said in earnest.
    !SINCERE.test(normalised.text);
  const addressedTo = commenter ? "commenter" : speaksToCompany ? "company" : "general";
  // "Wir von der Solavio GmbH bieten … Darf ich Ihnen eine kurze Demo zeigen?": an offer and a call to take it up.
  // Not someone asking for a job ("Are you hiring solar planners?"): that is asked of us.
  const pitch = complaint === undefined && OFFERS.test(normalised.text) && CALLS_TO_TAKE_UP.test(normalised.text);
  // "Was für ein Sonnenschein heute in Köln ☀️ … Euch allen nen schönen Tag!!", "who's watching the match tonight?":
  // small talk on the page, nothing for the company to answer.
  const chat = smallTalkWords(normalised.text, {
    concern:
      complaint !== undefined ||
      sarcasmWords.length > 0 ||
      request ||
      (question !== undefined && question !== "other") ||
      commenter !== undefined ||
      offTopic ||
      pitch ||
      /(?<!\p{L})(?:lob|lobe|loben|gelobt|praise|kudos|shout-?out)(?!\p{L})/iu.test(normalised.text) ||
      // "… während die Leute ihre Stromrechnung nicht mehr zahlen können. Abzockerverein, frohes Fest auch": a
      // season's greeting that closes a charge of robbery is no small talk.
      NAMED_ROBBERS.test(normalised.text) ||
      // "Holiday Blend >>> 🎄☕": a thing of ours rated above everything is praise, whatever season it names.
      TOP_RATING.test(normalised.text),
    asks: question !== undefined || tone.question,
    praise: spans(tokens, LEXICON.praise.find(tokens)),
    customer: spans(tokens, ownDealings(normalised)),
    companyName,
  });
  return {
    // A clown's joke at our product names a fault as the punchline, no case of the writer's.
    ...(complaint && !(mockery && clownJoke && chat.length === 0) ? { complaint } : {}),
    ...(question ? { question } : request ? { question: "contact" as const } : {}),
    sarcasm: sarcasmWords.length > 0,
    addressedTo,
    offTopic,
    ...(mockery && chat.length === 0 ? { mockery } : {}),
    ...(pitch ? { pitch } : {}),
    ...(chat.length > 0 ? { smallTalk: true } : {}),
    sarcasmWords,
    addressWords: commenter ? [commenter] : offTopic ? words(normalised, politics, 3) : chat,
    putRight: fixed,
  };
}
