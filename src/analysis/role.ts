import { DELETABLE_KINDS, type Intent, type Reason, type Role, type Violation } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import { gated } from "../shared/gated";
import { jokesAboutUs } from "../shared/name-joke";
import { ironyAtCircumstances } from "./circumstance";
import { wordKey } from "./fold";
import { mockingWord } from "./intent";
import { LEXICON } from "./lexicon";
import { keysIn, type Normalised, sentenceEnd, sentenceStart, written } from "./normalise";
import type { Hit } from "./phrase-list";
import { reason } from "./reasons";
import type { ToneReading } from "./tone";

/**
 * Who is writing, by the third of the five rules: a troll, a disappointed customer, a know-it-all who corrects a
 * fact, an opinion leader with reach, a fan, or someone in general. Text and the author signals the site shows
 * (verified, badges, followers, likes) decide; every role says why.
 */
export interface RoleReading {
  role: Role;
  confidence: number;
  reasons: Reason[];
}

const REACH_BADGE = /top.?voice|creator|influencer|top.?contributor|experte|expert|ersteller|verified|verifiziert/i;
const FAN_BADGE = /top.?fan|super.?fan|fan/i;
const REACH_FOLLOWERS = 10_000;
const REACH_LIKES = 100;
const WEAK_CORRECTION = new Set(
  ["eigentlich", "actually", "technically", "fyi", "laut", "source", "quelle", "according"].map(wordKey),
);
const SUGGESTION =
  /\b(vorschlag|idee|wie w(ä|ae)re es|w(ü|ue)rde mich freuen|k(ö|oe)nntet ihr|k(ö|oe)nnten sie|anregung|teile gern|gerne teilen|suggest|idea|what if|consider|how about|would love|could you|happy to (share|help|talk)|glad to (share|help))\b/i;

function words(normalised: Normalised, hits: readonly Hit[]): string[] {
  return [...new Set(hits.slice(0, 4).map((hit) => written(normalised, hit.from, hit.to)))];
}

/**
 * Reach the commenter states: "As an HR consultant with 40k followers", "mit 12.000 Abonnenten", "mit 2 Mio.
 * Followern", "1.2 million subscribers".
 */
const STATED_REACH =
  /\b(\d{1,3}(?:[.,]\d{1,3})?\s?(?:[kKmM]\b|Mio\.?|Millionen|million)|\d{1,3}(?:[.,]\d{3})+|\d{4,})\s?(?:followers|Follower\w*|Abonnent\w*|subscribers|readers|Leser\w*|connections|Kontakte\w*)\b/u;

/**
 * Standing the commenter states: a profession that makes their judgement weigh ("Als Energieberaterin sehe ich
 * …", "As a heating engineer …", "Ich bin seit 20 Jahren Installateur") or a record of work ("as someone who has
 * advised 200+ households"). B2B comments carry their weight this way more often than through followers.
 */
const PROFESSION_DE =
  "(?:\\p{Lu}\\p{Ll}*)?(?:berater|ingenieur|planer|meister|techniker|installateur|experte|fachmann|fachfrau|architekt|gutachter|sachverständige|wissenschaftler|journalist|professor|anwalt|anwältin|ärztin|arzt|physiker|elektriker|dozent|forscher|ökonom|bauer|monteur|betreiber|händler|entwickler|solarteur|heizungsbauer|schornsteinfeger|redakteur|autor|blogger)(?:in)?";
/** A count of years as written: "15", "zehn", "über 20", "twenty". */
const YEARS_N =
  "(?:(?:über|mehr als|over|more than)\\s+)?(?:\\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vielen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|many)";
/** What professionals do for others: "Ich berate seit zehn Jahren Röstereien", "I've been advising cafés for years". */
// Not "plane", "baue", "betreibe": "Ich plane seit zwei Jahren eine Wärmepumpe" is a customer.
const PRACTICE_DE = "(?:berate|installiere|verkaufe|leite|unterrichte|prüfe|begleite|betreue)";
const PRACTICE_EN = "(?:advising|installing|fitting|designing|consulting|teaching|auditing)";

const STATED_STANDING = gated(
  // A word every arm needs; stated standing alone cost about ten microseconds per comment without it.
  /\b(?:jahren|years|decades|als|ich\s+bin|as\s+an?|as\s+someone|i'?m\s+an?|i\s+am\s+an?|i\s+(?:run|own|head|lead|manage)|here|hier|ich\s+forsche|ich\s+schreibe|i\s+write|i(?:'ve|\s+have)\s+(?:audited|advised|surveyed|inspected|installed|fitted)|experience|\p{L}*praxis)\b/iu,
  new RegExp(
    [
      `\\bich\\s+${PRACTICE_DE}\\b[^.!?]{0,40}?\\bseit\\s+(?:${YEARS_N}\\s+)?jahren\\b`,
      `\\bseit\\s+${YEARS_N}\\s+jahren\\s+${PRACTICE_DE}\\s+ich\\b`,
      `\\bi(?:'ve| have) been\\s+${PRACTICE_EN}\\b[^.!?]{0,40}?\\bfor\\s+${YEARS_N}\\s+years\\b`,
      // "I spent 15 years advising UK councils on retrofit".
      `\\bi\\s+spent\\s+${YEARS_N}\\s+(?:years|decades)\\s+(?:${PRACTICE_EN}|working|planning|building|retrofitting|surveying)\\b`,
      // "In my experience advising expat homeowners across NRW", "In meiner Beratungspraxis sehe ich …": what they see
      // at work.
      `\\bin my (?:own )?experience (?:as an? \\p{L}+|${PRACTICE_EN}|working with|surveying|retrofitting)\\b`,
      "\\b(?:in|aus) meiner (?:\\p{L}+)?praxis\\b",
      // "I've audited 200+ homes in NRW", "I've audited dozens of retrofits": a record of work counted.
      "\\bi(?:'ve| have)\\s+(?:audited|advised|surveyed|inspected|installed|fitted)\\s+(?:over\\s+|more than\\s+)?(?:\\d[\\d,.]*\\+?|dozens of|hundreds of|scores of)\\s+\\p{L}+",
      // "I've audited coffee supply chains for twelve years", "I have installed heat pumps for 20 years".
      `\\bi(?:'ve| have)\\s+(?:audited|advised|installed|fitted|designed|inspected|researched|taught|planned|sourced|roasted|surveyed)\\b[^.!?]{0,50}?\\bfor\\s+${YEARS_N}\\s+(?:years|decades)\\b`,
      `(?:^|[.!?:]\\s+|\\n)(?:ich bin\\s+)?(?:selbst\\s+)?als\\s+(?:(?:zertifizierte|selbstständige|langjährige|gelernte)[rn]?\\s+)?${PROFESSION_DE}\\b`,
      `\\bich bin\\s+(?:selbst\\s+)?(?:seit\\s+${YEARS_N}\\s+jahren\\s+)?(?:gelernte[rn]?\\s+)?${PROFESSION_DE}\\b`,
      `\\bseit\\s+${YEARS_N}\\s+jahren\\s+(?:als\\s+${PROFESSION_DE}|in der branche|im (?:handwerk|beruf|fach)|in der \\p{Lu}?\\p{Ll}*(?:forschung|beratung|planung|branche|wissenschaft|politik|technik))`,
      "\\bas an?\\s+(?:(?:certified|licensed|qualified|chartered|independent|senior|former)\\s+)?(?:[a-z]+\\s+)?(?:consultant|engineer|advisor|adviser|installer|plumber|architect|scientist|researcher|journalist|professor|expert|electrician|technician|surveyor|auditor|lawyer|economist|physicist|analyst)\\b",
      `\\bich arbeite\\s+(?:selbst\\s+)?seit\\s+${YEARS_N}\\s+jahren\\s+(?:in der|im|als)\\b`,
      // "I'm an energy journalist and …", "I am a certified installer": a profession stated of oneself.
      "\\bi(?:'m| am) an? (?:(?:certified|licensed|qualified|chartered|independent|senior|former|freelance)\\s+)?(?:[a-z]+\\s+)?(?:consultant|engineer|advisor|adviser|installer|plumber|architect|scientist|researcher|journalist|reporter|editor|professor|expert|electrician|technician|surveyor|auditor|lawyer|economist|physicist|analyst)\\b",
      "\\bi (?:run|own|head|lead|manage) an? (?:[a-z]+ ){0,3}(?:agency|consultancy|firm|practice|studio|company|business|team)\\b",
      "\\bas someone who (?:has |have )?(?:advised|installed|worked|fitted|built|designed|audited|planned|spent)\\b",
      "\\bi(?:'ve| have) (?:worked|been)\\s+(?:in|as)\\s+[^.!?]{2,40}\\s+for\\s+\\d+\\s+years\\b",
      // "mit 15 Jahren Erfahrung", "Ich forsche zu Energiemärkten", "Ich schreibe für ein Magazin", "Engineer here".
      "\\bmit\\s+(?:über\\s+)?\\d+\\s+jahren\\s+(?:berufs)?erfahrung\\b",
      "\\bwith\\s+(?:over\\s+)?\\d+\\s+years(?:'|\\s+of)\\s+experience\\b",
      "\\bich\\s+forsche\\b",
      "\\bich\\s+schreibe\\s+(?:für|bei)\\s+(?:ein|eine|einen|das|die|den)\\s",
      "\\bi\\s+write\\s+for\\s+(?:a|an|the)\\s",
      "(?:^|[.!?]\\s+)(?:[a-z]+\\s+)?(?:engineer|installer|plumber|electrician|researcher|journalist|blogger|economist|architect|consultant)\\s+here\\b",
      // "Zero-Waste-Bloggerin hier:", "Energieberater hier.".
      `(?:^|[.!?]\\s+)[\\p{L}-]*(?:blogger|journalist|ingenieur|berater|forscher|ökonom|redakteur|solarteur|architekt|einkäufer|röster|händler|planer|entwickler|gastronom)(?:in)?\\s+hier\\b`,
    ].join("|"),
    "iu",
  ),
);

function reachReasons(snapshot: CommentSnapshot): Reason[] {
  const { author } = snapshot;
  const reasons: Reason[] = [];
  const stated = STATED_REACH.exec(snapshot.text)?.[1];
  if (author.verified) reasons.push(reason("reach-verified"));
  const badges = author.badges.filter((badge) => REACH_BADGE.test(badge));
  if (badges.length) reasons.push(reason("reach-badge", badges.slice(0, 3)));
  if ((author.followers ?? 0) >= REACH_FOLLOWERS) {
    reasons.push(reason("reach-followers", [String(author.followers)]));
  } else if (stated && statedCount(stated) >= REACH_FOLLOWERS) {
    reasons.push(reason("reach-followers", [stated.replace(/\s/g, "")]));
  }
  if ((snapshot.likes ?? 0) >= REACH_LIKES) reasons.push(reason("reach-likes", [String(snapshot.likes)]));
  // Standing is stated where a comment opens its argument: the first sentences, not page 40 of a pasted text (which
  // also keeps this many-armed pattern from costing milliseconds on a 100,000-character comment).
  const opening = snapshot.text.slice(0, STANDING_WINDOW);
  const standing = STATED_STANDING.exec(opening);
  if (standing) reasons.push(reason("reach-standing", [standing[0].replace(/^[\s.!?:]+/u, "").trim()]));
  return reasons;
}

const STANDING_WINDOW = 600;
const CITES = /\d|\b(?:study|studie|studies|studien|data|daten|source|quelle|survey|erhebung|report|bericht)\b/iu;
const DISPUTES_CLAIM =
  /\b(?:your|ihre?|eure?)\s(?:claim|behauptung|aussage|slogan|kampagne|campaign|werbung|ad|advert|versprechen|promise)\b|\bneeds? evidence\b|\bnicht belegt\b/iu;

function statedCount(stated: string): number {
  const unit = /[kK]$/.test(stated) ? 1e3 : /(?:[mM]|Mio\.?|Millionen|million)$/.test(stated) ? 1e6 : 1;
  const digits = unit === 1 ? stated.replace(/\D/g, "") : stated.replace(/[^\d.,]/g, "").replace(",", ".");
  return Number(digits) * unit;
}

/** A question that asks, not one that disputes: "Kann man … abschließen, wenn die WP nicht von Ihnen ist sondern …?" */
const ASKING_OPENER =
  /^(?:kann|kannst|könnt|koennt|können|koennen|darf|dürfen|gibt|gibts|geht|ist|sind|muss|müssen|wie|wo|wann|was|warum|wieso|welche\p{L}*|falls|wenn|can|could|is|are|do|does|will|would|how|what|when|where|why|if)\b/iu;
const SELF_SAID = /(?:^|\s)(?:im|i am|and)\s(?:\S+\s)?not\s(?:much|really|very|great|good|big|a)\b/u;

/** Words that mark a correction only loosely ("nicht … sondern", "eigentlich"): inside a real question they ask. */
const LOOSE_MARKERS = new Set(["nicht", "eigentlich", "actually", "heißt", "heisst"].map(wordKey));

function askedAbout(normalised: Normalised, hit: Hit): boolean {
  const first = normalised.tokens[hit.from];
  if (!first || !LOOSE_MARKERS.has(first.key)) return false;
  const text = normalised.text;
  // "Mal ne Frage im Voraus: Falls …, oder heißt es dann …?": a colon opens the question too.
  const start = sentenceStart(text, first.start, ".!?:");
  const end = text.slice(first.start).search(/[.!?]/u);
  return end >= 0 && text[first.start + end] === "?" && ASKING_OPENER.test(text.slice(start).trim());
}

const FIXED_BY_US =
  /\b(?:fixed|corrected|sorted|changed|korrigiert|behoben|geändert|geaendert|ausgebessert)\s(?:it|that|them|everything|alles|das|es|sofort|direkt|gleich|within|innerhalb)\b/iu;

/** "not accusing", "not trying to be difficult": what the writer says the point is not. */
const HEDGED =
  /^not (?:\p{L}+ )?(?:accusing|blaming|attacking|complaining|hating|judging|trying|saying|criticising|criticizing|ranting|moaning|being)\b/u;

function correctionScore(normalised: Normalised, hits: readonly Hit[]): number {
  // "Hab ich eigentlich ein Sonderkündigungsrecht? … mein Vertrag läuft eigentlich noch bis Oktober": the particle said
  // twice is still one particle, no fact set right.
  const once = hits.filter(
    (hit, at) =>
      normalised.tokens[hit.from]?.key !== "eigentlich" ||
      hits.findIndex((other) => normalised.tokens[other.from]?.key === "eigentlich") === at,
  );
  return once.reduce((sum, hit) => {
    // "laut", "according to": a source named is half a correction; the first word tells.
    const first = normalised.tokens[hit.from]?.key;
    return sum + (first && WEAK_CORRECTION.has(first) ? 0.5 : 1);
  }, 0);
}

/** A figure or a name right after "sondern", or after its article or preposition ("die WP 12", "im Januar"). */
function factAfter({ tokens, text }: Normalised, at: number): boolean {
  const said = (token: Normalised["tokens"][number] | undefined) => (token ? text.slice(token.start, token.end) : "");
  const first = said(tokens[at]);
  if (/^\d|^\p{Lu}/u.test(first)) return true;
  return BEFORE_A_NAME.has(first.toLowerCase()) && /^\d|^\p{Lu}/u.test(said(tokens[at + 1]));
}
const BEFORE_A_NAME = new Set([
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "ein",
  "eine",
  "einen",
  "einem",
  "am",
  "im",
  "um",
  "bei",
]);
const WHOLE_COMPANY = new Set(["company", "firma", "unternehmen", "konzern", "marke", "brand"]);
const TOLD_PEOPLE =
  /\b(?:telling|tell|tells|told|saying|sagen|sagt|erzählt|erzaehlt)\s(?:them|people|us|me|customers|everyone|den leuten|uns|mir|allen)\b/u;

/**
 * "Kreuzberg, nicht Neukölln 😉", "it's Südvorstadt not Südstadt 🙂", "Südvorstadt ist Leipzig, nicht Dresden 😅",
 * "Südvorstadt is Leipzig, nich Dresden", "It's WP 12, not WP 14, surely?": one name set against another, and no more.
 */
const NAME_SET_RIGHT =
  /^\W*(?:(?:[Ii]t'?s|[Ii]ts|[Ee]s ist|[Ee]s heißt|[Hh]eißt|[Dd]as ist|is|\p{Lu}[\p{L}-]+\s(?:ist|is|liegt in|is in))\s)?\p{Lu}[\p{L}-]+(?:\s\d{1,4})?,?\s(?:nicht|nich|net|ned|not)\s\p{Lu}[\p{L}-]+(?:\s\d{1,4})?(?:,?\s(?:surely|right|oder|gell|ne))?[\s\p{P}\p{Extended_Pictographic}]*$/u;

/**
 * "Ottensen hat doch Sonntag ab 9, nicht 10?", "opens at 8, not 9", "Störungsdienst ist doch …0199, nicht …0190?": one
 * figure set against another, to end on; "Südvorstadt hat sonntags ab 9 auf, nicht 10!", "Graphic should say −20 °C,
 * not −25?": a time or a figure said as it should be, against the one printed.
 */
const FIGURE_SET_RIGHT =
  /(?<!\p{L})(?:doch|actually|eigentlich)\s(?:[\p{L}-]+\s){0,4}(?:ab|um|bis|von|at|from|until|for)?\s?(?:…|\.{2,3})?\d[\d.,:]*\s?(?:uhr|€|euro|am|pm)?,?\s(?:nicht|not)\s(?:erst\s)?(?:…|\.{2,3})?\d[\d.,:]*\s?(?:uhr|€|euro|am|pm)?[\s?!.\p{Extended_Pictographic}]*$|(?<!\p{L})(?:ab|um|bis|at|from|until|say|says|heißen|lauten)\s[−-]?\d[\d.,:]*\s?(?:uhr|°\s?c|°|€|euro|am|pm|kwp|kwh)?\s?(?:auf|open|offen)?,?\s(?:nicht|not)\s(?:erst\s)?[−-]?\d/iu;

/**
 * "Heizt die WP 12 tatsächlich bis −25 °C? In Ihrem Datenblatt … lese ich −20 °C", "is the number in the post correct?
 * It says 0221 555 0109, but your website lists 0221 555 0190": the post set against another source of the company's,
 * with a figure from each, is a correction, however it is asked.
 */
function comparesPost(text: string): boolean {
  if (!POST_NAMED.test(text) || !OWN_SOURCE.test(text)) return false;
  const figures = new Set(text.match(/[−-]?\d[\d.,]*(?:\s\d{3,})*/gu) ?? []);
  return figures.size >= 2;
}
const POST_NAMED =
  /(?<!\p{L})(?:im Beitrag|zum Beitrag|in (?:Ihrem|eurem|deinem|dem) (?:Beitrag|Post)|(?:euer|Ihr|dein) (?:Beitrag|Post)|(?:the|your|this) (?:[\p{L}-]+ )?post|the ad|im Post)(?!\p{L})/iu;
const OWN_SOURCE =
  /(?<!\p{L})(?:Datenblatt|Website|Webseite|Homepage|Seite|Shop|Flyer|Broschüre|Prospekt|FAQ|App|datasheet|website|site|shop|brochure|leaflet|app)(?!\p{L})/iu;

/** "Everyone I know who ordered one …": others' dealings, told by the writer. */
const OTHERS_EXPERIENCE =
  /\b(?:everyone|everybody|anyone|people|friends|neighbou?rs|colleagues)\s(?:i|we)\s(?:know|asked|talked to)\b|(?<!\p{L})(?:alle|jeder|leute|bekannte|nachbarn|freunde)\b,?\s(?:die|den)\s(?:ich|wir)\s(?:kenne|kennen|gefragt habe)\b/iu;
/** Words of the writer's own dealings with us: "my", "unser", "bei uns", a customer number. */
const OWN_CASE =
  /(?<!\p{L})(?:my|our|mine|mein\p{L}*|unser\p{L}*|bei uns|bei mir|ich warte|wir warten|i'?m waiting|we'?re waiting|kundennummer|kundennr|customer number|order number|auftragsnummer)(?!\p{L})/iu;
/** The writer's own order or bill: "I ordered", "meine Rechnung". */
const OWN_ORDER =
  /(?<!\p{L})(?:i|we|ich|wir)\s(?:(?!(?:who|that|die|der|know|kenne)\b)\p{L}+\s){0,2}(?:ordered|bought|waited|signed|bestellt|gekauft|gewartet|unterschrieben)\b|(?<!\p{L})(?:my|our|mein\p{L}*|unser\p{L}*)\s(?:order|bill|invoice|bestellung|rechnung|auftrag)\b/iu;
/** A sentence that asks something with no laugh, clown or eye-roll in it: "Zahlt man bei euch für Hafer extra?". */
const PLAIN_QUESTION = /(?:^|[.!?]\s+)(?:(?!🙄|🤡|😂|🤣|😏|\blol\b|\bhaha|\blmao\b)[^.!?])+\?/iu;

/** What a post is said to leave out: "…, aber nirgends, unter welchen Bedingungen", "but nowhere does it say". */
const LEFT_OUT =
  /(?<!\p{L})(?:aber|but)\s(?:nirgends|nirgendwo|kein wort|nowhere|no word|nothing about|nichts (?:dazu|darüber|darueber|zu))(?!\p{L})/iu;

/** Whether the hit's sentence says what the post leaves out rather than what it gets wrong. */
function leftOut(normalised: Normalised, hit: Hit): boolean {
  const { text } = normalised;
  const start = normalised.tokens[hit.from]?.start ?? 0;
  return LEFT_OUT.test(text.slice(sentenceStart(text, start, ".!"), sentenceEnd(text, start)));
}

export function readRole(
  snapshot: CommentSnapshot,
  normalised: Normalised,
  tone: ToneReading,
  violations: readonly Violation[],
  companyName = "",
  intent: Pick<Intent, "complaint" | "sarcasm" | "question" | "addressedTo" | "offTopic" | "mockery"> = {
    sarcasm: false,
    addressedTo: "general",
    offTopic: false,
  },
  sarcasmWords: readonly string[] = [],
): RoleReading {
  if (snapshot.byPageOwner) return { role: "general", confidence: 1, reasons: [reason("role-page-owner")] };
  const { tokens } = normalised;
  const customer = LEXICON.customer.find(tokens);
  // Naming the company while complaining marks a customer as much as "meine Bestellung" does.
  const named =
    companyName.trim().length >= 2 && normalised.text.toLowerCase().includes(companyName.trim().toLowerCase());
  const serious = violations.filter((v) => DELETABLE_KINDS.includes(v.kind) && v.kind !== "spam");
  if (serious.length) {
    // A customer with a real case who swears at the company is still a customer: the insult may go, the case
    // needs an answer. Threats, hate and harassment make a troll whatever else is said.
    const onlyInsults = serious.every((violation) => violation.kind === "insult");
    if (onlyInsults && (intent.complaint || customer.length + (named ? 1 : 0) >= 2)) {
      const said = [
        ...(named ? [companyName.trim()] : []),
        ...(intent.complaint?.words ?? []),
        ...words(normalised, customer),
      ];
      return { role: "disappointed-customer", confidence: 0.6, reasons: [reason("role-disappointed", said)] };
    }
    const evidence = serious.flatMap((violation) => violation.evidence).slice(0, 4);
    return { role: "troll", confidence: 0.9, reasons: [reason("role-troll-violation", evidence)] };
  }
  if (violations.some((violation) => violation.kind === "spam")) {
    return { role: "general", confidence: 0.8, reasons: [reason("role-spam-sender")] };
  }
  const heated = tone.tone === "critical" || tone.tone === "angry";
  // "… scheiß HVV echt 🙄☔ – aber dann … Danke, Malte!": eyes rolled at the trains mock nobody here.
  const rolled = ironyAtCircumstances(tokens) ? 0 : normalised.emoji.ironic;
  const mockery = tokens.filter((_, at) => mockingWord(normalised, at)).length + rolled;
  if (intent.complaint) {
    const reach = reachReasons(snapshot);
    // "Als Energieberaterin sehe ich diese Woche wieder dasselbe: … viele Wärmepumpen …", "I've audited 200+ homes …
    // the owner gets a shock bill": a professional arguing from what others went through, with no case of their own.
    if (
      heated &&
      reach.some((r) => r.code === "reach-standing") &&
      // "In my experience advising …", "In meiner Beratungspraxis": the "my" of their standing is no case of theirs.
      !OWN_CASE.test(
        reach
          .filter((r) => r.code === "reach-standing")
          .flatMap((r) => r.words ?? [])
          .reduce((text, said) => text.replace(said, " "), normalised.text),
      ) &&
      !/\d{5,}|\p{Lu}{2,}-\d{3,}/u.test(normalised.text)
    ) {
      return { role: "opinion-leader", confidence: Math.min(0.9, 0.5 + 0.15 * reach.length), reasons: reach };
    }
    const said = [...intent.complaint.words, ...words(normalised, customer)];
    const reasons: Reason[] = [reason("role-disappointed", said), ...reach];
    return { role: "disappointed-customer", confidence: 0.75, reasons };
  }
  const postCompared = comparesPost(normalised.text);
  // Sarcasm is criticism in praise's words: the sender is a critic (or a customer), never a fan or a troll.
  // Not "Euer Post sagt versandkostenfrei ab 39 €, im Shop steht ab 29 € … 🙃": the post set against our own shop,
  // with a wink, corrects it.
  if (intent.sarcasm && customer.length === 0 && !named && !postCompared) {
    return { role: "general", confidence: 0.6, reasons: [reason("role-sarcasm", sarcasmWords)] };
  }
  // "telling them their taste is wrong is exactly how specialty coffee stays niche": what the company is said to tell
  // people, no mistake in its post.
  const corrections = LEXICON.correction.find(tokens).filter(
    (hit) =>
      !askedAbout(normalised, hit) &&
      // "not one order mixed up": nothing of ours set right, a service praised.
      !(
        tokens[hit.from]?.key === "mixed" &&
        /(?:^|\s)(?:not|no|zero|never|nothing|nie|kein|keine)(?:\s\S+){0,2}$/u.test(
          keysIn(tokens, hit.from - 3, hit.from),
        )
      ) &&
      !TOLD_PEOPLE.test(keysIn(tokens, hit.from - 4, hit.from)) &&
      // "Im Post steht „bis zu 30 % sparen“, aber nirgends, unter welchen Bedingungen": what the post leaves out,
      // argued; no fact of it set right.
      !leftOut(normalised, hit) &&
      // "Not a complaint exactly, but the Ottensen café has turned into a co-working space": how the writer means what
      // follows, no fact set right.
      !(
        tokens[hit.from]?.key === "not" &&
        /^(?:a|an|really|exactly)\s(?:\S+\s)?(?:complaint|criticism|rant|moan|dig|hate)(?:\s|$)/u.test(
          keysIn(tokens, hit.from + 1, hit.to),
        )
      ) &&
      // "Ihr schreibt hier viel über faire Partnerschaften, aber …": what the company writes about, argued; no fact of it
      // set right. Not "Sie schreiben über 1.200 Anlagen" (more than a figure).
      !(
        /^(?:ihr|sie|you)$/u.test(tokens[hit.from]?.key ?? "") &&
        /^\s+(?:\p{L}+\s){0,3}?(?:über|ueber|about)\s+(?!\d)/iu.test(normalised.text.slice(tokens[hit.to]?.end ?? 0))
      ) &&
      // "Ihr schreibt euch Nachhaltigkeit auf jede Tüte", "Ihr schreibt „klimaneutral“ auf jede Tüte, aber …": a claim
      // printed on what is sold, argued; no post of ours set right.
      !(
        /^(?:ihr|sie)$/u.test(tokens[hit.from]?.key ?? "") &&
        /^[^.!?]{0,40}?\sauf\s(?:jede|jeden|eure|euren|eurer|die|alle|ihre|ihren)\s(?:\p{L}+\s)?(?:tüte|tüten|tuete|tueten|verpackung|verpackungen|packung|packungen|becher|fahne|fahnen|produkte)(?!\p{L})/iu.test(
          normalised.text.slice(tokens[hit.to]?.end ?? 0),
        )
      ) &&
      // "Treue wird so nicht belohnt, sondern bestraft", "nicht über einander, sondern miteinander diskutieren": one
      // deed or manner set against another, no fact set right ("nicht 2016, sondern 2017", "nicht Ecuador, sondern
      // Kolumbien", "nicht die WP 9, sondern die WP 12").
      !(tokens[hit.to]?.key === "sondern" && !factAfter(normalised, hit.to + 1)) &&
      // "wtf is wrong with your website": exasperation, no fact set right.
      !(
        tokens[hit.to]?.key === "wrong" &&
        tokens[hit.to + 1]?.key === "with" &&
        /^(?:whats|what|is)$/u.test(tokens[hit.from]?.key ?? "")
      ) &&
      // "I'm 81 and not much for computers but …": the writer said of themselves, no fact of ours. "Not accusing, but
      // customers deserve transparency": a hedge before the point, no fact set right.
      !(
        tokens[hit.to]?.key === "but" &&
        (SELF_SAID.test(keysIn(tokens, hit.from - 4, hit.from + 3)) || HEDGED.test(keysIn(tokens, hit.from, hit.to)))
      ),
  );
  const score = correctionScore(normalised, corrections);
  // "Not coffee related but can we talk about how rent in Hamburg has gone insane?": off topic, nothing of ours set right.
  // "two of the PDFs had a typo in the name and your shop team fixed it within the hour. … Recommended.": a mistake of
  // ours told as put right, in praise; nothing left to set right.
  const setRightAlready = tone.tone === "positive" && FIXED_BY_US.test(normalised.text);
  const correcting =
    (score >= 1 || NAME_SET_RIGHT.test(normalised.text) || FIGURE_SET_RIGHT.test(normalised.text) || postCompared) &&
    tone.tone !== "angry" &&
    !intent.offTopic &&
    !setRightAlready;
  // "you spelled it wrong lol": a laugh beside a correction is the know-it-all's, not a troll's.
  // "Zahlt man bei euch für Hafer extra? … langsam reicht's 🙄": a plain question asked beside the eye-roll.
  const asksPlainly =
    intent.question !== undefined && intent.addressedTo === "company" && PLAIN_QUESTION.test(normalised.text);
  // "Die neuen Pappbecher … 🙄 … so dünn dass man sich die Finger verbrennt": eyes rolled at a thing of ours, with what
  // is wrong with it, are criticism to take seriously, not mockery to leave alone.
  // Not "lol what a joke of a company 🤡": the company itself is no thing of it.
  const atOurThing =
    tone.tone === "critical" &&
    LEXICON.companyThings.find(tokens).some((hit) => !WHOLE_COMPANY.has(tokens[hit.from]?.key ?? ""));
  if (
    heated &&
    mockery > 0 &&
    customer.length === 0 &&
    !named &&
    !intent.sarcasm &&
    !correcting &&
    !asksPlainly &&
    !atOurThing &&
    // "who else thinks the new tram fares are a scam … lmao": a laugh at the world's matter, no troll of ours.
    !intent.offTopic
  ) {
    return { role: "troll", confidence: 0.6, reasons: [reason("role-troll-mockery")] };
  }
  const reach = reachReasons(snapshot);
  // Rule 3: someone with reach who criticises constructively is an opinion leader to win over, not a complaint.
  if (reach.length && tone.tone === "critical" && SUGGESTION.test(normalised.text)) {
    return {
      role: "opinion-leader",
      confidence: Math.min(0.95, 0.55 + 0.15 * reach.length),
      reasons: [...reach, reason("role-constructive")],
    };
  }
  // "Kleiner Fehler im Post: … nicht bis 20 Uhr, sondern bis 18 Uhr" corrects the company, though it names the
  // hotline: two signs of a correction and no problem of their own outweigh the customer's words.
  const correctsPost = correcting && (score >= 2 || postCompared) && !intent.complaint;
  // Rule 3 again: criticism from someone with reach and no case of their own is to be won over, not consoled.
  if (reach.length && tone.tone === "critical" && !intent.complaint && !correctsPost) {
    return { role: "opinion-leader", confidence: Math.min(0.9, 0.5 + 0.15 * reach.length), reasons: reach };
  }
  // "Everyone I know who ordered one in this region waited half a year": others' dealings argued with, no case.
  const othersOnly = OTHERS_EXPERIENCE.test(normalised.text) && !OWN_ORDER.test(normalised.text);
  // "Kaffeekollektiv klingt wie ne Sekte, wo man erst nach 3 Jahren … an den Siebträger darf": the name laughed at is
  // no customer's complaint, whatever ordering the joke pictures.
  const nameJoke = intent.mockery === true && jokesAboutUs(normalised.text, companyName);
  const namedInEarnest = named && intent.mockery !== true;
  if (
    heated &&
    !correctsPost &&
    !othersOnly &&
    !nameJoke &&
    (customer.length > 0 || namedInEarnest || tone.negative >= 2)
  ) {
    const complaints = LEXICON.negative.find(tokens);
    const said = [
      ...(namedInEarnest ? [companyName.trim()] : []),
      ...words(normalised, customer),
      ...words(normalised, complaints),
    ];
    const reasons: Reason[] = [reason("role-disappointed", said), ...reach];
    return { role: "disappointed-customer", confidence: Math.min(0.9, 0.5 + 0.1 * customer.length), reasons };
  }
  // "As an energy analyst: your claim that home batteries 'stabilise the grid' needs evidence": an expert who
  // disputes the company's claim argues with it; an argument is engaged, not checked like a typo.
  // A figure or a study set against the claim ("cut bills by 40 % is not supported by the field study") is a fact to
  // check: that stays a correction.
  if (
    correcting &&
    reach.some((r) => r.code === "reach-standing") &&
    DISPUTES_CLAIM.test(normalised.text) &&
    !CITES.test(normalised.text)
  ) {
    return { role: "opinion-leader", confidence: Math.min(0.9, 0.5 + 0.15 * reach.length), reasons: reach };
  }
  if (correcting) {
    const reasons: Reason[] = [reason("role-corrects-fact", words(normalised, corrections))];
    if (tokens.some((token) => LEXICON.polite.hasToken(token))) reasons.push(reason("role-polite"));
    reasons.push(...reach);
    return { role: "know-it-all", confidence: Math.min(0.9, 0.6 + 0.1 * corrections.length), reasons };
  }
  // "I run a small dental practice … Can a business tenant commission a solar installation with you?": a business that
  // asks is a customer asking; owning one is no standing in the argument when there is none.
  const ownerAsking =
    tone.tone === "question" &&
    reach.every(
      (r) => r.code === "reach-standing" && (r.words ?? []).every((said) => /^i\s+(?:run|own)\b/iu.test(said)),
    );
  if (reach.length && tone.tone !== "angry" && !ownerAsking) {
    const reasons = SUGGESTION.test(normalised.text) ? [...reach, reason("role-constructive")] : reach;
    return { role: "opinion-leader", confidence: Math.min(0.95, 0.55 + 0.15 * reach.length), reasons };
  }
  const fanBadges = snapshot.author.badges.filter((badge) => FAN_BADGE.test(badge));
  if (fanBadges.length) return { role: "fan", confidence: 0.85, reasons: [reason("role-fan-badge", fanBadges)] };
  const loyalty = LEXICON.fan.find(tokens);
  if (tone.tone === "positive" && (loyalty.length > 0 || tone.positive >= 2)) {
    const praise = [...words(normalised, loyalty), ...words(normalised, LEXICON.positive.find(tokens))];
    const reasons: Reason[] = [reason("role-fan-praise", [...new Set(praise)])];
    return { role: "fan", confidence: 0.6, reasons };
  }
  if (heated) return { role: "general", confidence: 0.5, reasons: [reason("role-critic")] };
  return { role: "general", confidence: 0.5, reasons: [reason("role-no-signal")] };
}
