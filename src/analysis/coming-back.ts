import { takesBack } from "../shared/taking-back";
import { wordKey } from "./fold";
import { LEXICON } from "./lexicon";
import { deniedBefore } from "./negation";
import { keysIn, type Normalised, sentenceEnd, sentenceStart, type Token } from "./normalise";
import type { Hit } from "./phrase-list";

const REPEAT = new Set(
  ["mal", "dritte", "dritten", "vierte", "vierten", "zweite", "zweiten", "third", "fourth", "second", "again"].map(
    wordKey,
  ),
);
const COMING_BACK = new Set(
  // Not "kommt": "die vierte Mail „Ihr Monteur kommt bald"" is someone else not coming.
  ["komme", "kommen", "hier", "besuche", "bestelle", "kaufe", "here", "visit", "visiting", "back"].map(wordKey),
);

/**
 * "Ich komme jedes Mal wieder", "Zum dritten Mal diese Woche hier", "back again": a repeat that tells of coming back
 * is loyalty, not the "mal wieder" of a failure that keeps happening.
 */
export function comingBack(tokens: readonly Token[], hit: Hit): boolean {
  const said = tokens.slice(hit.from, hit.to + 1);
  if (!said.some((token) => REPEAT.has(token.key))) return false;
  const around = tokens.slice(Math.max(0, hit.from - 3), hit.to + 5);
  if (around.some((token) => COMING_BACK.has(token.key))) return true;
  // "war heut zum 3. mal diese woche da": been there again.
  return around.some((token) => token.key === "da") && around.some((token) => BEEN.has(token.key));
}
const BEEN = new Set(["war", "waren", "bin", "sind"]);

/** "der heute unsere Wärmepumpe gewartet hat": a machine serviced, not a wait. */
const SERVICED = new Set(
  [
    "wärmepumpe",
    "waermepumpe",
    "anlage",
    "heizung",
    "therme",
    "kessel",
    "gerät",
    "geraet",
    "maschine",
    "wp",
    "auto",
    "siebträger",
    "siebtraeger",
  ].map(wordKey),
);
function maintained(tokens: readonly Token[], hit: Hit): boolean {
  return (
    tokens[hit.from]?.key === wordKey("gewartet") &&
    tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => SERVICED.has(token.key))
  );
}

/**
 * "der Busfahrer, der gewartet hat, bis ich eingestiegen war", "hat extra auf mich gewartet": someone waited for
 * the writer, a kindness and no wait of theirs.
 */
const HAS_WAITED = new Set(["hat", "haben", "hatte", "hatten"]);
const UNTIL_AS = new Set(["bis", "als"]);
const WRITER = new Set(["ich", "wir", "meine", "mein"].map(wordKey));
export function waitedForMe(tokens: readonly Token[], hit: Hit): boolean {
  if (tokens[hit.from]?.key !== wordKey("gewartet")) return false;
  const before = tokens.slice(Math.max(0, hit.from - 2), hit.from).map((token) => token.key);
  const after = tokens.slice(hit.from + 1, hit.from + 4).map((token) => token.key);
  // "der extra gewartet hat, als ich mit dem Kinderwagen angerannt kam": waited on purpose, until or while the writer
  // came.
  return (
    (before.includes("auf") && (before.includes("mich") || before.includes("uns"))) ||
    before.includes("extra") ||
    (HAS_WAITED.has(after[0] ?? "") && UNTIL_AS.has(after[1] ?? "") && WRITER.has(after[2] ?? ""))
  );
}

const TRANSIT =
  /(?<!\p{L})(?:s-?bahn|u-?bahn|ringbahn|stra(?:ß|ss)enbahn|tram|bahn|bus|zug|regio|ice|train|bvg|kvb|hvv|mvg|db)(?!\p{L})/iu;
const TO_OUR_DOOR =
  /(?<!\p{L})(?:(?:vor|in|zu|bei|an)\s(?:eure[mnrs]?|euer|ihre[mnrs]?|ihr)\s(?:laden|café|cafe|filiale|geschäft|geschaeft|shop|studio|tür|theke)|zu euch|bei euch|(?:to|into|at|outside)\s(?:your|the)\s(?:café|cafe|shop|store|branch|door))(?!\p{L})/iu;
/** "zu spät war weil die S-Bahn mal wieder …": the trains blamed for the writer's own lateness. */
const BLAMED_TRANSIT =
  /(?<!\p{L})(?:weil|wegen|because(?: of)?|thanks to|dank)\s(?:\p{L}+\s){0,2}?(?:s-?bahn|u-?bahn|ringbahn|stra(?:ß|ss)enbahn|tram|bahn|bus|zug|train|bvg|kvb|hvv|mvg|db)(?!\p{L})/iu;
const RAILWAY = new Set(["bahn", "db"]);
const OURS = /(?<!\p{L})(?:bei euch|euer|eure[mnrs]?|your)(?!\p{L})/iu;
/** The railway spoken of as someone else's: "bei der Bahn", "mit der DB", "die Deutsche Bahn hat". */
const RAILWAY_THEIRS =
  /(?<!\p{L})(?:bei|mit|von|wegen) der (?:deutschen )?(?:bahn|db)(?!\p{L})|(?<!\p{L})die (?:deutsche )?bahn (?:hat|ist|war|kam|fährt)(?!\p{L})|(?<!\p{L})deutsche bahn (?:strikes?|was|is)(?!\p{L})/iu;
/**
 * "S-Bahn hatte heute morgen wieder 40 min Verspätung, ich stand … vor eurem Laden", "Ringbahn mal wieder kaputt
 * … ich stolper in euer Café": the trains on the way to us, a story told, no journey of ours. A transport company's
 * own page is asked about its trains without the way to a shop or café.
 */
export function transitOnTheWay(normalised: Normalised, hit: Hit): boolean {
  const opening = normalised.text.lastIndexOf(".", normalised.tokens[hit.from]?.start ?? 0) + 1;
  const before = normalised.text.slice(
    Math.max(opening, normalised.tokens[Math.max(0, hit.from - 7)]?.start ?? 0),
    normalised.tokens[hit.from]?.start ?? 0,
  );
  if (TRANSIT.test(before) && (TO_OUR_DOOR.test(normalised.text) || BLAMED_TRANSIT.test(normalised.text))) return true;
  // "Bei der Bahn hab ich heute 40 Minuten auf den Zug gewartet": the railway named as another's, no journey with us.
  const end = normalised.tokens[hit.to]?.end ?? 0;
  if (normalised.tokens.some((token) => RAILWAY.has(token.key)) && RAILWAY_THEIRS.test(normalised.text)) {
    // "… dann bei euch noch 20 Minuten auf den Flat White gewartet": a wait at ours, whatever the train did before.
    const from = Math.max(opening, normalised.tokens[Math.max(0, hit.from - 4)]?.start ?? 0);
    const near = normalised.text.slice(from, normalised.tokens[hit.to + 2]?.end ?? end);
    if (TRANSIT.test(near) && !OURS.test(normalised.text.slice(from, end))) return true;
  }
  // "obwohl ich 10 min zu spät war weil die S-Bahn mal wieder …": the writer late because of the trains.
  return (
    /(?<!\p{L})(?:ich|i)(?!\p{L})/iu.test(before) &&
    /^[^.!?]{0,12}(?<!\p{L})(?:weil|wegen|because|thanks to|dank)(?!\p{L})/iu.test(normalised.text.slice(end)) &&
    TRANSIT.test(normalised.text.slice(end, end + 50))
  );
}

const NO = new Set(["no", "not", "zero", "kein", "keine", "keinerlei", "ohne", "null"]);
/** "Honest praise, no sarcasm here", "ganz ohne Ironie": the irony named is denied. */
export function ironyDenied(tokens: readonly Token[], hit: Hit): boolean {
  return hit.from === hit.to && NO.has(tokens[hit.from - 1]?.key ?? "");
}

const INSTEAD = new Set(["statt", "anstatt", "anstelle"]);
/** "echte Menschen statt Stockfotos": the thing done without, praised for its absence. */
export function replacedThing(tokens: readonly Token[], hit: Hit): boolean {
  return (
    INSTEAD.has(tokens[hit.from - 1]?.key ?? "") ||
    (tokens[hit.from - 1]?.key === "of" && tokens[hit.from - 2]?.key === "instead")
  );
}

const ARRIVING_STAFF = /^(?:techniker|monteur|handwerker|installateur|elektriker|fahrer|kurier|bote|ableser)(?:in)?$/u;
/** "um halb eins stand der Techniker vor der Tür": the one sent for arrived; nobody was left outside. */
export function staffArrived(tokens: readonly Token[], hit: Hit): boolean {
  return tokens.slice(hit.from + 1, hit.to).some((token) => ARRIVING_STAFF.test(token.key));
}

/**
 * A sarcasm fact ("schon wieder", "gewartet") that tells of a failure: not coming back again, not denied before
 * ("nicht schon wieder"), not a machine serviced, not someone waiting for the writer, not patience at the third
 * time, not a change wished for. The tone's irony and the intent's sarcasm read facts alike.
 */
export function failureFact(tokens: readonly Token[], hit: Hit): boolean {
  return (
    !comingBack(tokens, hit) &&
    !deniedBefore(tokens, hit) &&
    !maintained(tokens, hit) &&
    !waitedForMe(tokens, hit) &&
    !evenAt(tokens, hit) &&
    !wishedFor(tokens, hit) &&
    !ownOrdinal(tokens, hit) &&
    !asksAgain(tokens, hit) &&
    !wantedAgain(tokens, hit) &&
    !calculated(tokens, hit) &&
    !senseLost(tokens, hit)
  );
}

const SENSING = new Set("sieht sehe hoert hoere".split(" "));
/**
 * "mein Vater (82, sieht fast nix mehr)": someone's failing eyes or ears, nothing that failed them. Not "seitdem hört
 * man nichts mehr", which is us not answering.
 */
function senseLost(tokens: readonly Token[], hit: Hit): boolean {
  return (
    /^(?:nichts|nix)$/u.test(tokens[hit.from]?.key ?? "") &&
    /^(?:fast|beinahe|kaum)$/u.test(tokens[hit.from - 1]?.key ?? "") &&
    SENSING.has(tokens[hit.from - 2]?.key ?? "")
  );
}

const AUXILIARY = new Set(["hat", "haben", "hatte", "hatten", "wurde", "wurden", "ist", "sind"]);
/** "der … die Heizlast ausgerechnet hat": worked out, the verb; not "ausgerechnet heute" (of all days). */
function calculated(tokens: readonly Token[], hit: Hit): boolean {
  return tokens[hit.from]?.key === "ausgerechnet" && AUXILIARY.has(tokens[hit.to + 1]?.key ?? "");
}

const OFFERED = new Set(["macht", "habt", "bietet", "veranstaltet", "gibt", "gibts"]);
/** "macht ihr in kreuzberg mal wieder so ein cupping?": something liked, asked for again. */
function wantedAgain(tokens: readonly Token[], hit: Hit): boolean {
  return (
    tokens.slice(hit.from, hit.to + 1).some((token) => token.key === "wieder") &&
    tokens.slice(Math.max(0, hit.from - 5), hit.from).some((token) => OFFERED.has(token.key))
  );
}

const ASKS = new Set(["fragt", "asks", "nachfragt"]);
/** "meinem Mann, der ja alles dreimal fragt": someone who always asks again, no failure repeated. */
function asksAgain(tokens: readonly Token[], hit: Hit): boolean {
  return hit.from === hit.to && ASKS.has(tokens[hit.to + 1]?.key ?? "");
}

const OWN = new Set(
  "unser unsere unseres unserer unseren unserem mein meine meines meiner meinen meinem our my".split(" "),
);
const ORDINALS = new Set(
  "zweite zweiten zweiter zweites dritte dritten dritter drittes vierte vierten second third fourth".split(" "),
);
/** "für die Eröffnung unseres zweiten Standorts", "our second location": which one of theirs, no repeat failure. */
function ownOrdinal(tokens: readonly Token[], hit: Hit): boolean {
  if (hit.from !== hit.to || !ORDINALS.has(tokens[hit.from]?.key ?? "")) return false;
  // "durch das schwierige zweite Lehrjahr", "in his second year": a stage of training, no repeat.
  return OWN.has(tokens[hit.from - 1]?.key ?? "") || STAGE.test(tokens[hit.from + 1]?.key ?? "");
}
const STAGE = /^(?:lehrjahr|ausbildungsjahr|studienjahr|semester|halbjahr|schuljahr|year|term)$/u;

/** "jetzt gibt es endlich nur noch Bio-Mehl": a change long wished for. */
function wishedFor(tokens: readonly Token[], hit: Hit): boolean {
  const first = tokens[hit.from]?.key;
  return (
    (first === "jetzt" || first === "now") &&
    tokens.slice(hit.from, hit.to + 1).some((token) => token.key === "endlich" || token.key === "finally")
  );
}

/**
 * "hat jede Frage beantwortet, auch bei der dritten Wiederholung", "alles geduldig erklärt, auch beim dritten Mal",
 * "even the third time I asked": patience told.
 */
function evenAt(tokens: readonly Token[], hit: Hit): boolean {
  return /\b(?:(?:auch|selbst|sogar) (?:bei (?:der|dem)|beim)|even (?:on|at|after) the|even the)$/u.test(
    keysIn(tokens, hit.from - 3, hit.from),
  );
}

const STILL_GLAD = new Set(
  // "Roses still flowering in our garden in November": what still thrives.
  "remember remembers talking talk talks smiling smile love loving dreaming dream thinking raving rave grinning enjoying enjoy proud best favourite favorite amazing great going laughing buzzing flowering blooming growing".split(
    " ",
  ),
);
const DANGEROUS = new Set(["gefaehrlich", "dangerous"]);
const YOU_ARE = /\b(?:ihr seid|du bist|you are|youre|you're|u r)(?: \p{L}+)?$/u;

/**
 * A complaint word that tells no complaint here: the driver who waited for the writer ("der gewartet hat, bis ich
 * eingestiegen war"), the technician who arrived ("stand der Techniker vor der Tür"), the trains on the way to us,
 * the thing done without ("statt Stockfotos"), what lasts in a good memory ("Still remember the opening day queue",
 * "are still talking about the demo rig", "and still smiling"), or "ihr seid gefährlich" after a second kilo. The
 * tone and the sarcasm reading both drop these, so that the comment is read one way.
 */
/** "53177 Bonn – Bad Godesberg", "in Bad Homburg": a spa town's name, written with its capital, is nothing bad. */
function spaTown({ tokens, text }: Normalised, hit: Hit): boolean {
  const token = tokens[hit.from];
  const next = tokens[hit.from + 1];
  return (
    hit.from === hit.to &&
    token?.key === "bad" &&
    next !== undefined &&
    text.slice(token.start, token.end) === "Bad" &&
    text.slice(token.end, next.start) === " " &&
    /^\p{Lu}\p{Ll}{2,}/u.test(text.slice(next.start, next.end)) &&
    // Not "Bad Service. …": an English verdict on a thing of ours.
    !/^(?:service|experience|customer|coffee|quality|food|day|news|idea|move|decision|taste|vibes?|attitude)$/iu.test(
      text.slice(next.start, next.end),
    )
  );
}

/** "Wir wollen von Gas weg", "endlich vom Öl weg": leaving a fuel, nothing gone missing. */
export function awayFromFuel(tokens: readonly Token[], hit: Hit): boolean {
  return (
    tokens[hit.to]?.key === "weg" &&
    /(?:^|\s)(?:von|vom)(?:\s(?:der|dem|unserer|unserem|meiner|meinem))?\s(?:gas|oel|kohle|erdgas|heizoel|gasheizung|oelheizung|oelkessel|gaskessel|fossil\p{L}*)$/u.test(
      keysIn(tokens, hit.from - 4, hit.to),
    )
  );
}

/**
 * "mit Internet kommt er nicht klar", "mit dem Handy komm ich nicht zurecht": someone's own way with technology in
 * general, no fault of ours. Not "mit eurer App komm ich nicht klar".
 */
export function ownWayWithTechnology(tokens: readonly Token[], hit: Hit): boolean {
  return (
    /^(?:kommt|komme|komm|kommen|kam)$/u.test(tokens[hit.from]?.key ?? "") &&
    /(?:^|\s)mit\s(?:dem\s|so\s|diesem\s)?(?:internet|computer|pc|handy|smartphone|technik|online\p{L}*|digital\p{L}*)$/u.test(
      keysIn(tokens, hit.from - 4, hit.from),
    )
  );
}

/** "einen Latte-Art-Crashkurs gegeben", "gave us a crash course": a lesson, nothing crashed. */
export function crashCourse(tokens: readonly Token[], hit: Hit): boolean {
  const key = tokens[hit.from]?.key ?? "";
  return (
    hit.from === hit.to &&
    (/^crashkurs/u.test(key) || (key === "crash" && /^courses?$/u.test(tokens[hit.from + 1]?.key ?? "")))
  );
}

/** Names the writer once called someone, told as said: "hab ich euch … Saftladen genannt", "I called you a joke". */
const NAMES_CALLED = /(?<!\p{L})(?:genannt|beschimpft|geschimpft|betitelt)(?!\p{L})|\bcalled (?:you|u|them|it)\b/iu;

/**
 * "Muss mich hier mal öffentlich korrigieren: letztes Jahr hab ich euch … noch Saftladen genannt wegen der Wartezeit":
 * the sentence that tells what the writer called us before they take it back.
 */
export function takenBack(normalised: Normalised, hit: Hit): boolean {
  if (!takesBack(normalised.text)) return false;
  const { text } = normalised;
  const start = normalised.tokens[hit.from]?.start ?? 0;
  // After a colon the told sentence begins: "Muss mich korrigieren: letztes Jahr hab ich euch … genannt".
  return NAMES_CALLED.test(text.slice(sentenceStart(text, start, ".!?:\n"), sentenceEnd(text, start)));
}

export function notAComplaint(normalised: Normalised, hit: Hit): boolean {
  const { tokens } = normalised;
  return (
    spaTown(normalised, hit) ||
    waitedForMe(tokens, hit) ||
    staffArrived(tokens, hit) ||
    transitOnTheWay(normalised, hit) ||
    replacedThing(tokens, hit) ||
    feared(normalised, hit) ||
    gladlyAgain(tokens, hit) ||
    (tokens[hit.from]?.key === "still" && STILL_GLAD.has(tokens[hit.from + 1]?.key ?? "")) ||
    // "heat pump (still getting used to saying that)": a habit of speech, nothing still wrong.
    (tokens[hit.from]?.key === "still" &&
      tokens[hit.from + 1]?.key === "getting" &&
      tokens[hit.from + 2]?.key === "used") ||
    // "Still only €3 for a filter coffee, love it!": a price that has not gone up. Not "still only one barista".
    (tokens[hit.from]?.key === "still" &&
      /^\s+(?:only|just)\s+(?:[€£$]\s?\d|\d+(?:[.,]\d{2})?\s?(?:€|euro|eur|pounds?)(?!\p{L}))/iu.test(
        normalised.text.slice(tokens[hit.from]?.end ?? 0),
      )) ||
    (DANGEROUS.has(tokens[hit.from]?.key ?? "") && YOU_ARE.test(keysIn(tokens, hit.from - 3, hit.from))) ||
    hangsOn(tokens, hit) ||
    crashCourse(tokens, hit) ||
    takenBack(normalised, hit) ||
    // "must the whole bag go to residual waste?": a kind of rubbish, no waste of anyone's time or money.
    (hit.from === hit.to &&
      /^(?:waste|muell)$/u.test(tokens[hit.from]?.key ?? "") &&
      BIN_KIND.has(tokens[hit.from - 1]?.key ?? "")) ||
    // "Kann ich den Vertrag mit der Vollmacht für ihn kündigen, und wie läuft dann …?": how to cancel, asked; nothing
    // of ours is cancelled in anger.
    (hit.from === hit.to &&
      /^(?:kuendigen|kundigen)$/u.test(tokens[hit.from]?.key ?? "") &&
      normalised.questionMarks > 0 &&
      /(?:^|\s)(?:kann|koennen|darf|muss|wie|wo)(?:\s\S+){0,8}$/u.test(keysIn(tokens, hit.from - 9, hit.from)) &&
      /^[^.!]*\?/u.test(normalised.text.slice(tokens[hit.from]?.end ?? 0))) ||
    // "Problem: sie hat eine heftige Haselnussallergie … kann man vorher sehen …?": the need a question rests on.
    (hit.from === hit.to &&
      tokens[hit.from]?.key === "problem" &&
      normalised.questionMarks > 0 &&
      /^\s*:/u.test(normalised.text.slice(tokens[hit.from]?.end ?? 0)))
  );
}

const BIN_KIND = new Set(
  ["residual", "food", "organic", "general", "household", "packaging", "garden", "plastic", "green"].map(wordKey),
);
const HANGS = new Set(["haengt", "haengen", "hing", "hingen"]);
/**
 * "wenn man 3h am laptop hängt", "der Pufferspeicher hängt noch vom Holzvergaser dran": someone busy at a screen, a
 * part connected; nothing stuck.
 */
function hangsOn(tokens: readonly Token[], hit: Hit): boolean {
  if (hit.from !== hit.to || !HANGS.has(tokens[hit.from]?.key ?? "")) return false;
  const before = keysIn(tokens, hit.from - 3, hit.from);
  const after = keysIn(tokens, hit.from + 1, hit.from + 5);
  return (
    /(?:^|\s)am (?:laptop|handy|telefon|rechner|computer|pc)$/u.test(before) || /(?:^|\s)dran(?:\s|$)/u.test(after)
  );
}

/** What one is glad to do or have again: "would work with them again", "had it purring again". */
const GLAD_AGAIN = new Set(
  "work book order buy hire use choose recommend visit purring running humming working going warm".split(" "),
);
const FAILED_AGAIN = new Set("stopped stop not isnt never broke broken down failed cut".split(" "));
function gladlyAgain(tokens: readonly Token[], hit: Hit): boolean {
  if (tokens[hit.from]?.key !== "again" || hit.to !== hit.from) return false;
  const before = tokens.slice(Math.max(0, hit.from - 5), hit.from).map((token) => token.key);
  return before.some((key) => GLAD_AGAIN.has(key)) && !before.some((key) => FAILED_AGAIN.has(key));
}

/**
 * What opens a fear or a condition before the failure: "nicht dass …", "oder muss ich dann …", "wäre blöd, wenn …",
 * "was mach ich jetzt mit meinem kaffee der … und dann …".
 */
const FEARED_BEFORE =
  /(?:(?<!\p{L})nicht?,? dass\s|(?<!\p{L})oder (?:muss|soll|müssen|sollen) (?:ich|man|wir)\s|(?<!\p{L})damit\s(?:\p{L}+\s){0,3}nicht\s|(?<!\p{L})wie lange\s(?:\p{L}+\s){0,2}dann\s|(?<!\p{L})(?:muss|soll|müssen|sollen)\s(?:ich|man|wir)\s(?:\p{L}+\s){0,2}(?:dann|extra|wieder|echt|wirklich|erst)\s|(?<!\p{L})(?:wäre|waere|wär|wär's|wärs)\s(?:\p{L}+\s){0,2}(?:blöd|bloed|doof|schlecht|schade|ärgerlich|aergerlich|fatal|übel|uebel),?\s(?:wenn|falls)\s|\bwould be (?:\p{L}+\s)?(?:bad|awful|terrible|a shame|annoying) if\s|\bnot that (?:i|we)\s|\bonly (?:if|when)\s|(?<!\p{L})nur (?:wenn|falls)\s|\bso (?:that )?(?:i|we) (?:don'?t|won'?t)\s|\bhow long (?:\p{L}+\s){0,2}(?:would|will)\s|\bdo (?:i|we) have to\s|\b(?:don'?t|do not) want to be\s|(?<!\p{L})(?:will|möchte|wollen|möchten) (?:\p{L}+\s){0,2}nicht?\s(?!mehr|länger|laenger)|(?<!\p{L})was (?:mach|mache|tu|tue|machen|tun) (?:ich|wir) (?:jetzt |dann |denn |da )*mit\s[^.!?]{0,80}?\bdann\s)[^.!?,;]*$/iu;
const IF = new Set(["if", "wenn", "falls", "sollte", "case"]);
const GONE_AWAY = new Set([
  "gestrichen",
  "abgeschafft",
  "eingestellt",
  "cancelled",
  "canceled",
  "discontinued",
  "scrapped",
]);

/**
 * "who do I ring if the unit in the basement just stops at 2am?", "Was mache ich, wenn die WP ausfällt?": a failure
 * feared in a question's condition has not happened. "Schießt der Staat noch was dazu, oder ist das alles
 * gestrichen?": a grant asked about, not a case. "Ist das verloren gegangen oder was??": a loss asked about, not told.
 */
export function feared(normalised: Normalised, hit: Hit): boolean {
  const { tokens, text } = normalised;
  const start = tokens[hit.from]?.start ?? 0;
  const end = tokens[hit.to]?.end ?? start;
  const opening = sentenceStart(text, start);
  // "nicht dass ich um 5 vor verschlossener Tür steh", "wie lange wir dann ohne Heizung dasitzen", "oder muss ich
  // dann ewig in der Warteschleife hängen?": what they fear or ask about is still to come.
  if (FEARED_BEFORE.test(text.slice(opening, start))) return true;
  const rest = text.slice(end);
  const stop = rest.search(/[.!?]/u);
  if (stop === -1 || rest[stop] !== "?") return false;
  if (GONE_AWAY.has(tokens[hit.from]?.key ?? "") && /\b(?:oder|or)\b/iu.test(text.slice(opening, start))) return true;
  // "Ist das verloren gegangen oder was??", "has it been lost?": a loss asked about; the wait beside it is the case.
  if (
    /^(?:verloren|lost)$/u.test(tokens[hit.from]?.key ?? "") &&
    /(?:^|\s)(?:ist|is|has|was|wurde|did|got)\s(?:das|es|it|sie|er|the|my|mein\S*)(?:\s\S+){0,2}$/u.test(
      keysIn(tokens, hit.from - 4, hit.from),
    )
  )
    return true;
  for (let at = hit.from - 1; at >= 0 && (tokens[at]?.start ?? 0) >= opening; at--) {
    if (IF.has(tokens[at]?.key ?? "")) return true;
  }
  return false;
}

/**
 * The set phrases of irony that are meant as such: not coming back again ("Ich komme jedes Mal wieder"), not a
 * journey on its way, not irony denied, and not someone else's words quoted to prove them wrong ('Mein Schwager
 * meinte ja, … heißt es eh nur „Danke für nichts“'). Read by the tone and by the sarcasm alike.
 */
export function meantIrony(normalised: Normalised): Hit[] {
  const { tokens } = normalised;
  return LEXICON.irony
    .find(tokens)
    .filter(
      (hit) =>
        !comingBack(tokens, hit) &&
        !transitOnTheWay(normalised, hit) &&
        !ironyDenied(tokens, hit) &&
        !tokens[hit.from]?.quoted,
    );
}
