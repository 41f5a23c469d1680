import type { QuestionKind, Role } from "../shared/assessment";
import { DISABLED } from "../shared/disability";
import { GIVEAWAY } from "../shared/giveaway";
import type { Guidelines, SavedReply } from "../shared/guidelines";
import type { DraftContext, Suggestion } from "../shared/replies";
import { checkDraft } from "./check-draft";
import { leavesOutCountry } from "./countries";
import { PLACEHOLDER } from "./placeholder";
import { findAll } from "./text-spans";
import { askedOf, matchesTopic, namesOnly, topicStrength } from "./topics";

// Not "Congrats on the new café! When are you open?": a café opened, congratulated, whose hours are asked.
const NEW_CAFE =
  /(?<!\p{L})(?:plans? to open|open(?:ing)? (?:a|another|one|more) (?:café|cafe|shop|branch|location)s?|(?<!(?:congrats|congratulations|glückwunsch|glueckwunsch) (?:on|to|zu|zum|zur) (?:the|your|eurem|euren|dem|der) )(?:new|neue[nsm]?) (?:café|cafe|filiale|standort|branch|location)|eröffn\p{L}*|eroeffn\p{L}*)(?!\p{L})/iu;
/**
 * "Habt ihr an Heiligabend auf?", "Are you open on New Year's Eve??", "Hotline zwischen den Jahren": a day that is no
 * public holiday but keeps no usual hours either; an answer on the hours that does not name it, and is not open round
 * the clock, does not settle it. Public holidays ("2. Feiertag", "Boxing Day") are what "An Feiertagen …" answers.
 */
const SPECIAL_DAY =
  /(?<!\p{L})(?:heiligabend|heiligen abend|silvester|christmas eve|new year'?s eve|24\.\s?12\.?|31\.\s?12\.?|rosenmontag|weiberfastnacht|karneval|carnival)(?!\p{L})/iu;
const HOURS_TOLD = /(?<!\p{L})(?:\d{1,2}(?::\d{2})?\s?(?:uhr|am|pm)|montags|mondays?|monday)(?!\p{L})/iu;
const ROUND_THE_CLOCK = /\brund um die uhr\b|\baround the clock\b|\b24\/7\b|\bday and night\b|\btag und nacht\b/iu;
// "Warum ist meine Jahresabrechnung 400 Euro höher als letztes Jahr??": the amount asked about, not where to find it.
const WHY_ON_THE_BILL =
  /\b(?:warum|wieso|weshalb|why)\b[^?.!]{0,80}\b(?:auf|on|in) (?:meiner|der|meinem|dem|my|the) (?:\p{L}*rechnung|abrechnung|bill|invoice|statement)\b|\b(?:warum|wieso|weshalb|why)\s(?:ist|is|are|sind|war|was)\s(?:meine|die|unsere|my|the|our)\s(?:\p{L}*rechnung|\p{L}*abrechnung|bill|invoice|statement)\b/iu;
const FINDING = /\b(?:finden|find|herunterladen|download|wo finde|where (?:do|can) i find)\b/iu;
/**
 * "heat pump showing some error on the display since this morning, house is freezing, 2 kids. what do i do??": a
 * breakdown, for which whether heat pumps cope with frost is no answer.
 */
const BREAKDOWN =
  /(?<!\p{L})(?:error|fehler\p{L}*|fehlercode|störung|stoerung|fault|kaputt|ausgefallen|dead|died|broken|won'?t (?:start|restart|turn on)|springt nicht (?:mehr )?an|geht nicht mehr|streikt|E\d{2,3})(?!\p{L})/iu;
const WAITED_FOR =
  /(?<!\p{L})(?:seitdem|seither|since then)\s(?:\p{L}+\s)?(?:nichts|nix|nothing)(?!\p{L})|(?<!\p{L})(?:kommt|kommen) da noch (?:jemand|wer|einer)(?!\p{L})|(?<!\p{L})(?:is|will) (?:anyone|anybody|someone) (?:ever )?coming(?!\p{L})/iu;
const DEPOSIT = /(?<!\p{L})(?:pfand\p{L}*|deposit|mehrwegbecher\p{L}*)(?!\p{L})/iu;
const RETURN_TOPIC = /^(?:rücksendung|retoure|zurückschicken|widerruf|returns?)/iu;
const SUITABILITY = /winter|frost|minusgrad|freezing|altbau|old (?:house|home)|older homes|heizlast|heat load/iu;
/** "in der Jahresabrechnung find ich die Einspeisevergütung nirgends": the bill at hand, a line of it missing. */
const MISSING_FROM_THE_BILL =
  /\b(?:in|auf) (?:der|meiner|dem|meinem|unserer|unserem|my|our|the) (?:\p{L}*rechnung|abrechnung|bill|invoice|statement)\b[^.!?]{0,60}\b(?:find\p{L}*|sehe|seh|see|can'?t see)\s(?:ich\s|i\s)?(?:die|den|das|the|any)\s\p{L}+\s(?:nirgends|nirgendwo|nicht|nowhere|anywhere)\b|\b(?:find\p{L}*|sehe|seh)\s(?:ich\s)?(?:die|den|das)\s\p{L}+\s(?:nirgends|nirgendwo|nicht)\s(?:in|auf) (?:der|meiner|dem|meinem|unserer|unserem) (?:\p{L}*rechnung|abrechnung)\b/iu;

/** The ids of the saved replies (in the reply's language) whose topics the comment is about. */
export function savedMatches(
  guidelines: Guidelines,
  comment: string,
  language: "de" | "en",
  asked?: QuestionKind,
): string[] {
  // "Ich bin 82 und habe kein Internet": an answer that sends them to a website or an app answers nobody.
  // "Ich habe kein Smartphone, nur den Computer", "kein Smartphone und die App will ich nicht": no phone is not
  // offline; the website in the answer still serves them.
  const offline = OFFLINE.test(comment) && !AT_A_COMPUTER.test(comment);
  // "Ich bin gehörlos und kann Ihre Hotline nicht nutzen": an answer written for everyone (call us, use the app)
  // meets nobody whose disability shuts that way; the question is held for a person to answer.
  if (DISABLED.test(comment)) return [];
  // "Wann macht ihr in Leipzig morgens auf?": a question about the hours meets the saved answer on the hours,
  // whatever words it asks in.
  const byKind = (topic: string) => asked === "opening-hours" && HOURS_TOPIC.test(topic);
  // "Abschlag … zu hoch. Kann ich den selber runtersetzen oder muss ich bei der Hotline anrufen?": the answer whose
  // topic the comment says most fully comes first ("Abschlag senken" before "Hotline").
  // "Bekomme ich noch Zuschuss? … Haus Baujahr 1974": what is asked outranks what is told around it.
  const askedPart = askedOf(comment);
  // Each topic matched once: whether the saved reply is offered at all, and how strongly (`undefined` when not).
  const strength = (saved: SavedReply, alone: string | undefined): number | undefined => {
    const topics = saved.topics ?? [];
    const found = topics.map((topic) => (byKind(topic) ? 1 : topicStrength(comment, topic)));
    if (saved.id !== alone && found.every((said) => said === undefined)) return undefined;
    const asked = topics.map((topic) => !byKind(topic) && askedPart !== "" && matchesTopic(askedPart, topic));
    // "… noch Zuschüsse …? Und macht ihr den Antrag mit oder muss ich mich allein durch die KfW-Seiten quälen?": an
    // answer whose topics the question asks several of outranks one it touches once ("Wärmepumpe im Altbau").
    const breadth = Math.max(0, asked.filter(Boolean).length - 1);
    return (
      Math.max(0, ...topics.map((topic, i) => (byKind(topic) ? 1 : (found[i] ?? 0) + (asked[i] ? 1 : 0)))) + breadth
    );
  };
  // "Wie kriegen wir das hin, ohne dass er bei der Hotline in der Warteschleife hängt?": what they want to avoid is
  // no topic they ask about.
  // "habt ihr den arsch offen?": an idiom of scorn asks nothing about when the cafés are open.
  // "… your electricity bill to look like a phone number 📞🤡": what a thing is likened to is no topic asked about.
  // "… fliegt mir dann die Einspeisevergütung um die Ohren? Bei der Hotline wusste das keiner so genau": the way
  // already tried is no topic they ask about. Not "die Dame an der Hotline meinte, ich soll meine monatliche Zahlung
  // selber runtersetzen … Wo mach ich das denn?": what the hotline told them to do is what they ask how to do.
  const wanted = comment.replace(AVOIDED, " ").replace(SCORN, " ").replace(LIKENED, " ").replace(TRIED, " ");
  if (wanted !== comment) return savedMatches(guidelines, wanted, language, asked);
  const inLanguage = guidelines.savedReplies.filter((saved) => saved.language === "any" || saved.language === language);
  // "Förderung?": one word that one saved reply alone is about. "Lieferung" is not enough when the shipping
  // costs, the delivery abroad and the subscription's pause all name it.
  const named = inLanguage.filter((saved) => saved.topics?.some((topic) => namesOnly(comment, topic)));
  const alone = named.length === 1 ? named[0]?.id : undefined;
  return (
    inLanguage
      .flatMap((saved) => {
        const said = strength(saved, alone);
        return said === undefined ? [] : [{ saved, said }];
      })
      // "… und an der Kasse in allen drei Cafés": an answer that also gives a way without the internet still serves.
      .filter(({ saved }) => !(offline && ONLINE.test(saved.text) && !OFFLINE_WAY.test(saved.text)))
      // "Do you ship to Switzerland?": an answer for the EU and the UK does not answer it.
      .filter(({ saved }) => !leavesOutCountry(comment, saved.text))
      // "ob es … auch glutenfreien Kuchen gibt": an answer about vegan cakes does not say whether any is gluten-free.
      .filter(({ saved }) => !leavesOutNeed(comment, saved.text))
      // "Hafer-, Soja-, Mandeldrink ohne Aufpreis klingt nett – aber zahlen das nicht alle über höhere Grundpreise? …
      // Oder ist das reines Marketing?": the saved fact quoted back and doubted; saying it again answers nothing.
      .filter(({ saved }) => !doubtsSavedFact(comment, saved.text))
      // "is the giveaway open to us in the UK?": a giveaway's terms, never the hours.
      .filter(({ saved }) => !(GIVEAWAY.test(comment) && saved.topics?.some((topic) => HOURS_TOPIC.test(topic))))
      // "Any plans to open in Munich?", "Eröffnet ihr bald auch in Köln?", "Any plans to open a café outside Germany?
      // Amsterdam would love you": a new café asked about, never the hours or where we ship.
      .filter(
        ({ saved }) =>
          !(
            NEW_CAFE.test(comment) &&
            saved.topics?.some((topic) => HOURS_TOPIC.test(topic) || SHIPPING_TOPIC.test(topic))
          ),
      )
      .filter(({ saved }) => !leavesOutDay(comment, saved.text))
      .filter(({ saved }) => !(BREAKDOWN.test(comment) && saved.topics?.some((topic) => SUITABILITY.test(topic))))
      // "vor 5 Wochen für die Heizlastberechnung angemeldet. Seitdem NICHTS": a visit waited for, not whether the heat
      // pump suits the house.
      .filter(({ saved }) => !(WAITED_FOR.test(comment) && saved.topics?.some((topic) => SUITABILITY.test(topic))))
      // "zwei von den neuen Pfandbechern zurückgegeben und das Pfand nicht wiederbekommen": a deposit at the till, no
      // parcel sent back.
      .filter(({ saved }) => !(DEPOSIT.test(comment) && saved.topics?.some((topic) => RETURN_TOPIC.test(topic))))
      // "warum auf meiner Jahresabrechnung auf einmal ne 'Messstellenbetriebspauschale' drauf ist?": a charge on the
      // bill asked about; where to find the bill answers nothing.
      .filter(
        ({ saved }) =>
          !(
            (WHY_ON_THE_BILL.test(comment) || MISSING_FROM_THE_BILL.test(comment)) &&
            saved.topics?.some((topic) => FINDING.test(topic))
          ),
      )
      // "seit dem Vor-Ort-Termin … warte aufs Angebot … Kann man bei der PV-Anlage später noch einen Batteriespeicher
      // nachrüsten?": an answer about the heat pump's waiting time says nothing of another product asked about.
      .filter(({ saved }) => !otherProduct(comment, saved.text))
      .sort((a, b) => b.said - a.said)
      .map(({ saved }) => saved.id)
  );
}

/** Kinds of product that answers about one do not settle questions about another: heat pumps, and solar with storage. */
const PRODUCT_KINDS = [
  /(?<!\p{L})(?:wärmepumpe\p{L}*|waermepumpe\p{L}*|heat ?pumps?|WP ?\d{1,2})(?![\p{L}\d])/iu,
  /(?<!\p{L})(?:PV|Photovoltaik\p{L}*|Solaranlage\p{L}*|PV-Anlage\p{L}*|Batteriespeicher\p{L}*|Stromspeicher\p{L}*|Wallbox\p{L}*|solar panels?|solar|battery storage|home battery|wallbox)(?!\p{L})/iu,
];

/** Whether the saved answer is about one kind of product and the comment names only another. */
function otherProduct(comment: string, saved: string): boolean {
  const said = PRODUCT_KINDS.filter((kind) => kind.test(comment));
  const answered = PRODUCT_KINDS.filter((kind) => kind.test(saved));
  return said.length > 0 && answered.length > 0 && !answered.some((kind) => said.includes(kind));
}

const AVOIDED =
  /\b(?:ohne dass|ohne|without|statt|instead of|keine lust|kein bock|no desire|can'?t be bothered)\b[^.!?,]{0,40}\b(?:hotline|anruf\p{L}*|anrufen|telefon\p{L}*|warteschleife|call\p{L}*|phon\p{L}*|on hold)\b[^.!?,]*/giu;
const LIKENED =
  /(?<!\p{L})(?:looks?|looking|sounds?|feels?|tastes?|smells?)\slike\s(?:an?\s|the\s)?(?:[\p{L}-]+\s){0,2}[\p{L}-]+|(?<!\p{L})(?:aussieht|aussehen|klingt|klingen|schmeckt|schmecken|riecht|riechen)\swie\s(?:ein|eine|einen|der|die|das)?\s?(?:[\p{L}-]+\s){0,2}[\p{L}-]+/giu;
const TRIED =
  /\b(?:bei der|an der|von der|die|the|at the|on the)\s(?:hotline|kundenservice|service line|helpline)\s(?:wusste|wussten|konnte|konnten|sagte|sagten|meinte|meinten|hieß|hiess|knew|said|told|couldn'?t|could not|didn'?t)\b(?![^.!?]{0,30}\b(?:ich soll|ich solle|ich kann|ich könne|i should|i could|i can)\b)[^.!?]*|\b(?:hotline|kundenservice)\s(?:\p{L}+\s){0,2}angerufen\b[^.!?]*|\b(?:called|rang|phoned)\s(?:your\s|the\s)?(?:hotline|helpline|service line)\b[^.!?]*/giu;
const SCORN = /(?<!\p{L})(?:den arsch offen|nicht mehr alle tassen im schrank|den schuss nicht gehört)(?!\p{L})/giu;
const HOURS_TOPIC = /^(?:öffnungszeit\p{L}*|opening (?:hours|times))$/iu;
const SHIPPING_TOPIC = /\b(?:ship\p{L}*|versand\p{L}*|liefert)\b/iu;
const OFFLINE =
  /\b(?:(?:habe|hab|hat|haben|besitze)\s(?:\p{L}+\s)?(?:kein(?:en)?\s(?:internet|computer|pc)|nicht\s(?:online|im internet))|ohne\s(?:internet|computer)|(?:don't|do not|doesn't|does not)\s(?:have|use)\s(?:the\s)?(?:internet|a computer|email)|not online)\b/iu;
const AT_A_COMPUTER =
  /\b(?:nur|bloß|only|just)\s(?:(?:den|einen|meinen|a|my|the)\s)?(?:computer|pc|laptop|rechner|desktop)\b|\b(?:am|vom|per|with a|on a|on my)\s(?:computer|pc|laptop|rechner)\b/iu;
/**
 * A need the comment names that an answer must speak of: a diet ("glutenfrei", "nut allergy"), a listed building, a
 * tenancy, a trade customer's terms ("Großhandelskonditionen für Gastro", "Private Label"), a job ("Is the Project
 * Engineer role … open to candidates who work mainly in English?").
 */
const NEED =
  /(?<!\p{L})(gewerbe\p{L}*|kleine betriebe|firmenkund\p{L}*|business customers?|großhandel|grosshandel|wholesale|private label|gastronomie|gastro|wiederverkäufer|reseller|stellenanzeige|stelle als|bewerb\p{L}*|quereinsteiger|ausbildungsplatz|praktikum|apprenticeship|internship|vacanc\p{L}*|candidates?|applicants?|applying|application|gluten|zöliakie|zoeliakie|laktose|lactose|koffeinfrei|caffeine-free|decaf|entkoffeiniert|zuckerfrei|sugar-free|nussfrei|nut-free|erdnuss|peanut|halal|koscher|kosher|allergi\p{L}*|allergy|allergic|diabet\p{L}*|denkmal\p{L}*|listed|monument|mietwohnung|renters?|tenants?|rented|mieter\p{L}*)/iu;
/** Oat, soy and almond drinks named: what a lactose-intolerant customer can have. */
export const PLANT_DRINK = /(?<!\p{L})(?:hafer|soja|mandel|oat|soy|almond|pflanzendrink|plant)/iu;
function leavesOutDay(comment: string, answer: string): boolean {
  const day = SPECIAL_DAY.exec(comment)?.[0];
  return (
    day !== undefined &&
    HOURS_TOLD.test(answer) &&
    !ROUND_THE_CLOCK.test(answer) &&
    !answer.toLowerCase().includes(day.toLowerCase())
  );
}

function leavesOutNeed(comment: string, answer: string): boolean {
  const need = NEED.exec(comment)?.[1]?.toLowerCase();
  if (!need) return false;
  // "Wie ist der Notdienst … geregelt? … die Mieter melden sich gern am Sonntagabend": who rings the emergency line is
  // no need the emergency line must speak of.
  if (/^(?:mieter|tenant|renter)/u.test(need) && EMERGENCY.test(comment) && EMERGENCY.test(answer)) return false;
  // "Mit welcher Vorlaufzeit muss man rechnen …? Die Mieter wollen das natürlich wissen": tenants who want the answer
  // too, no tenancy the answer must speak of.
  if (/^(?:mieter|tenant)/u.test(need) && WANT_TO_KNOW.test(comment)) return false;
  // "… nervt als Laktoseintolerante": oat, soy and almond drinks have no lactose, whether the answer says so or not.
  if (/^(?:laktose|lactose)/u.test(need) && PLANT_DRINK.test(answer)) return false;
  // "do u guys send stuff to amsterdam?? … get her the decaf": the coffee sent is no need the shipping answer must
  // speak of.
  if (/^(?:decaf|entkoff|koffeinfrei|caffeine)/u.test(need) && SHIPPING_ASKED.test(comment)) return false;
  const stem = need.slice(0, 4);
  return !new RegExp(`(?<!\\p{L})${stem}`, "iu").test(answer);
}

/** The comment repeats two words of the saved answer in a row and argues against them ("klingt nett, aber …"). */
function doubtsSavedFact(comment: string, answer: string): boolean {
  if (!DOUBTED.test(comment)) return false;
  const said = ` ${contentWords(comment).join(" ")} `;
  const words = contentWords(answer);
  return words.slice(1).some((word, at) => said.includes(` ${words[at]} ${word} `));
}
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !FILLER.has(word));
}
const FILLER = new Set(
  "und oder der die das den dem des ein eine einen einem bei mit für von vom zum zur auf aus wir ihr sie the and for with you your our are".split(
    " ",
  ),
);
const DOUBTED =
  /(?<!\p{L})(?:klingt (?:ja )?(?:nett|gut|schön|toll|super)[^.!?]{0,40}(?:aber|doch)|sounds (?:nice|good|great|lovely)[^.!?]{0,40}but|(?:reines|nur|bloß|pures) marketing|(?:just|pure|only) marketing|marketing(?:gag| stunt| gimmick)|wer(?:'s| das)? glaubt)(?!\p{L})/iu;

const SHIPPING_ASKED =
  /(?<!\p{L})(?:send|ship|post|deliver|schickt|versendet|liefert)(?!\p{L})[^.!?]{0,30}(?<!\p{L})(?:to|nach)(?!\p{L})|(?<!\p{L})get (?:it|them|some) over here(?!\p{L})/iu;
const WANT_TO_KNOW =
  /(?<!\p{L})(?:die |unsere |our |the )?(?:mieter(?:innen)?|tenants) (?:wollen|möchten|moechten|fragen|want|ask|would like)(?: das| es| it)?(?: \p{L}+){0,2} (?:wissen|know)(?!\p{L})|(?<!\p{L})(?:planung|abstimmung|absprache) mit (?:den|unseren) mietern(?!\p{L})/iu;
const EMERGENCY = /notdienst|störungsdienst|stoerungsdienst|rund um die uhr|emergency|day and night|out of hours/iu;

// "… unter 0221 555 0190 erreichen Sie uns": a number to ring is a way without the internet.
const OFFLINE_WAY =
  /\+?\d{2,5}[\s/-]\d{3}[\s/-]?\d{3,5}|\b(?:an der kasse|in (?:allen|unseren|unserem|der|den) (?:\p{L}+ )?(?:cafés?|filialen?|läden|laden)|per post|per brief|by post|at the till|in (?:any|all|our) (?:of our )?(?:cafés?|shops?|branches))\b/iu;
const ONLINE = /\b(?:app|online|website|webseite|portal|\p{L}+\.(?:example|de|com|net|org|uk|at|ch)\b)/iu;

/** "{name}" becomes the commenter's name, or disappears with the space before it ("Hallo {name}," → "Hallo,"). */
export function fillName(text: string, name: string | undefined): string {
  return name ? text.replaceAll("{name}", name) : text.replace(/\s*\{name\}/g, "");
}

/**
 * The company's own saved replies, beside the generated ones: those in the reply's language (or "any") and for
 * the sender's role (or every role), with the name filled in (`fillName`). Like every suggestion, a saved reply is
 * offered only when it passes the check here (on X a long one may not fit); `savedReplyUsability` runs the same
 * check for the options page when the company saves it.
 */
export function savedSuggestions(
  guidelines: Guidelines,
  role: Role,
  s: { language: "de" | "en"; form: "sie" | "du" | undefined; name: string | undefined; context: DraftContext },
  matched: readonly string[] = [],
): Suggestion[] {
  return (
    guidelines.savedReplies
      .filter((saved) => saved.language === "any" || saved.language === s.language)
      // A reply with topics answers those topics: it is offered only for a comment about one of them.
      .filter((saved) => !saved.topics?.length || matched.includes(saved.id))
      .filter(
        (saved) => matched.includes(saved.id) || !saved.roles || saved.roles.length === 0 || saved.roles.includes(role),
      )
      .map((saved): Suggestion => {
        const text = fillName(saved.text, s.name);
        return {
          strategy: "saved-reply",
          text,
          insertable: true,
          source: "saved",
          savedReplyId: saved.id,
          title: saved.title,
          language: s.language,
          addressForm: s.form,
          placeholders: findAll(text, PLACEHOLDER).map(({ start, end }) => ({ start, end })),
          check: checkDraft(text, s.context, guidelines),
        };
      })
      .filter((suggestion) => suggestion.check.ok)
      // The answer the comment asks about most fully first, as `savedMatches` ranks them.
      .sort((a, b) => rank(matched, a.savedReplyId) - rank(matched, b.savedReplyId))
  );
}

function rank(matched: readonly string[], id: string | undefined): number {
  const at = id === undefined ? -1 : matched.indexOf(id);
  return at < 0 ? matched.length : at;
}
