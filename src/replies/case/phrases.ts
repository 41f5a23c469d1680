import { amountValue } from "../../shared/billed-instead";
import type { Case, MissingKind } from "../../shared/case";
import type { CaseQuestion } from "../../shared/guidelines";
import { SENT_NOT_COME } from "../../shared/visit";
import { addressFormOf } from "../address-form";
import { escapeRegExp } from "../text-spans";
import { CRITICISED_PHRASES } from "./criticised";
import { companyOwned, genderOf, possessiveAccusative, possessiveDative, possessiveNominative } from "./german-nouns";
import { CARD, GAS_SMELL, REFUSED } from "./patterns";
import { inEnglish } from "./products";

/**
 * The case in a reply's words: a clause that names what went wrong ("dass Ihre Bestellung 40-11873 noch nicht
 * angekommen ist"), what the team looks into ("Ihre Bestellung 40-11873"), and the one question that moves it.
 * Only what the comment said is named; nothing is added.
 */
export type Voice = { language: "de" | "en"; form: "sie" | "du" | undefined };

/** A call back owed: "Rückruf", "callback", "da hieß es wir rufen Sie heute noch zurück". */
const CALL_BACK =
  /rückruf|rueckruf|callback|call back|zurückgerufen|zurueckgerufen|zurückrufen|zurueckrufen|\bruf\p{L}*\s(?:\p{L}+\s){0,4}zur(?:ü|ue)ck/iu;
const has = (words: readonly string[], pattern: RegExp) => words.some((word) => pattern.test(word));
/** "zweimal geschrieben", "called twice": asked twice, not charged twice. */
const CONTACTED_TWICE =
  /(?:zweimal|twice)\s(?:\p{L}+\s){0,2}(?:geschrieben|angerufen|gemailt|nachgefragt|gemeldet|reklamiert|neu installiert)|(?:emailed|e-mailed|called|written|wrote|asked|rang|phoned|chased|reinstalled)\s(?:\p{L}+\s){0,2}twice/u;
/**
 * A double charge among the words: "doppelt abgebucht", "charged twice"; never "Ich hab zweimal geschrieben", nor
 * "von 89 € auf 178 € verdoppelt", which is a raise.
 */
const chargedTwice = (words: readonly string[]) =>
  words.some(
    (word) =>
      // "2x Kreuzberg Blend, 31,80 abgebucht": two bags counted, not a charge taken twice.
      /(?<![\p{L}\d])(?:(?:doppelt|zwei ?mal|twice|double|two times)(?!\p{L})|2x(?=\s*(?:[.,!?]|$)|(?:\s+\p{L}+){0,2}\s+(?:abgebucht|abgezogen|gebucht|berechnet|eingezogen|charged|billed|taken)))|^same amount,? same day$/u.test(
        word,
      ) &&
      !CONTACTED_TWICE.test(word) &&
      // "ein Verbrauch, der fast doppelt so hoch ist wie im Vorjahr", "twice as much as last year": a comparison, no
      // sum taken twice.
      !/(?<!\p{L})(?:doppelt|zwei ?mal) so(?!\p{L})|(?<!\p{L})(?:twice|double) (?:as|what)(?!\p{L})/u.test(word) &&
      // "Die Inbetriebnahme steht zweimal drauf": an item twice on the bill, not a sum taken twice.
      !/\bsteht\s(?:doppelt|zwei ?mal)\sdrauf\b/u.test(word),
  );

/**
 * "Found the door locked at 8 and nobody picked up the phone until 8:40": the phone unanswered at the time, no answer
 * still awaited.
 */
const phoneUnanswered = (words: readonly string[]) =>
  has(words, /^(?:nobody|no one)\s(?:picked up(?:\s(?:the\s)?phone)?|answered\s(?:the\s)?phone)$/);

/** What came: "Ihre Abo-Lieferung" for a subscription, else "Ihre Bestellung" with its number where one was given. */
function deliveryOf(c: Case, de: boolean, nom: string): string {
  if (c.product && /(?:abo|abonnement|subscription)$/iu.test(c.product))
    return de ? `${nom} Abo-Lieferung` : "your subscription delivery";
  return withNumber(de ? `${nom} Bestellung` : "your order", number(c, ["order", "other"]));
}

/** "dass Sie noch auf eine Antwort warten", "that you're still waiting for our call": what they still wait for. */
function stillAwaited(what: string, v: Voice): string {
  if (v.language === "en") return `that you're still waiting for ${what}`;
  return `dass ${your(v).you} noch auf ${what} ${v.form === "du" ? "wartest" : "warten"}`;
}

function your(v: Voice): { nom: string; acc: string; dat: string; you: string } {
  if (v.language === "en") return { nom: "your", acc: "your", dat: "your", you: "you" };
  return v.form === "du"
    ? { nom: "deine", acc: "deine", dat: "deiner", you: "du" }
    : { nom: "Ihre", acc: "Ihre", dat: "Ihrer", you: "Sie" };
}

function number(c: Case, kinds: readonly string[]): string | undefined {
  return c.numbers.find((n) => kinds.includes(n.kind))?.value;
}

const withNumber = (noun: string, value: string | undefined) => (value ? `${noun} ${value}` : noun);

/** "Ihre Erstattung (Ticketnummer 48213)": a number of another kind keeps its own label. */
function withLabelled(noun: string, c: Case, kinds: readonly string[]): string {
  const n = c.numbers.find((candidate) => kinds.includes(candidate.kind));
  if (!n) return noun;
  return n.label ? `${noun} (${n.label} ${n.value})` : `${noun} ${n.value}`;
}

/** A duration as it stands inside a reply's sentence: "Seit drei Wochen" at a comment's start is "seit drei Wochen". */
const inSentence = (duration: string) => duration.replace(/^(Seit|For|Since)\b/, (word) => word.toLowerCase());

/** "seit 20 Jahren Kunde", "a customer for 3 years": loyalty told, not how long a problem has lasted. */
const YEARS = /\b(?:jahr|jahre|jahren|jahrzehnte\w*|years?|decades?)\b/iu;

function since(c: Case, language: "de" | "en"): string | undefined {
  const duration = c.durations.find(
    (d) => (language === "de" ? /^seit\b/i : /^(?:for|since)\b/i).test(d) && !YEARS.test(d),
  );
  return duration === undefined ? undefined : inSentence(duration);
}

const HUMS_DE = /^(brummt|summt|pfeift|rattert|klappert|quietscht|vibriert)$/u;

/** "that your heat pump is making a loud rattling noise", "dass Ihre Wärmepumpe brummt": the noise as they heard it. */
/** "fliegt jedes Mal die Sicherung raus", "it keeps tripping the breaker": the fuse, on the thing they named. */
function fuseClause(c: Case, v: Voice, words: readonly string[]): string | undefined {
  if (
    !has(
      words,
      /sicherung\s(?:\p{L}+\s)?raus|fliegt.*sicherung|\bfi\b.*raus|trips?\s(?:the\s)?(?:breaker|fuse)|tripping|fuse\s(?:blows|trips|keeps)/iu,
    )
  )
    return undefined;
  if (v.language === "en") {
    const thing = c.product ? `your ${inEnglish(c.product.replace(/^the /i, ""))}` : "your installation";
    return `that ${thing} keeps tripping the fuse`;
  }
  const gender = c.product ? genderOf(c.product) : undefined;
  const at = c.product && gender ? ` bei ${possessiveDative(gender, v.form ?? "sie")} ${c.product}` : "";
  return `dass${at} die Sicherung rausfliegt`;
}

function noiseClause(c: Case, v: Voice, words: readonly string[]): string | undefined {
  if (!c.product || companyOwned(c.product)) return undefined;
  const said = words.join(" ");
  if (v.language === "en") {
    const noise = /\b(?:a|an)\s((?:[a-z]+\s){0,2})(?:noise|sound)\b/u.exec(said);
    if (!noise && !/noise|humming|buzzing|rattling|whining|clanking|banging/u.test(said)) return undefined;
    const what = noise ? `a ${noise[1]}noise`.replace(/^a (?=[aeiou])/u, "an ") : "an unusual noise";
    return `that your ${inEnglish(c.product.replace(/^the /i, ""))} is making ${what}`;
  }
  const gender = genderOf(c.product);
  if (!gender) return undefined;
  const verb = said.split(/\s+/u).find((word) => HUMS_DE.test(word));
  if (!verb && !/geräusch|geraeusch|lärm|laerm|krach/u.test(said)) return undefined;
  const own = possessiveNominative(gender, v.form ?? "sie");
  return `dass ${own} ${c.product} ${verb ?? (gender === "pl" ? "ungewöhnliche Geräusche machen" : "ungewöhnliche Geräusche macht")}`;
}

/** "meine Rechnung" said back as "Ihre Rechnung" / "deine Rechnung", "my quote" as "your quote". */
function ownedBy(phrase: string, v: Voice): string {
  if (v.language === "en") return phrase.replace(/\b(?:my|our)\b/giu, "your").replace(/\bme\b/gu, "you");
  const own = v.form === "du" ? "dein" : "Ihr";
  // "Euer Shop lässt mich nicht bezahlen": the writer, as object, is who we speak to ("dass unser Shop dich nicht
  // bezahlen lässt"); "mir" likewise.
  const du = v.form === "du";
  // "Eure neue Röstung": what they call the company's is ours when we say it.
  return phrase
    .replace(/(?<!\p{L})mich(?!\p{L})/gu, du ? "dich" : "Sie")
    .replace(/(?<!\p{L})mir(?!\p{L})/gu, du ? "dir" : "Ihnen")
    .replace(
      /(?<!\p{L})(?:mein|unser)(e|en|em|er)?(?!\p{L})/gu,
      (_all, ending: string | undefined) => own + (ending ?? ""),
    )
    .replace(
      /(?<!\p{L})eu(?:er|r)(e|en|em|er)?(?!\p{L})/gu,
      (_all, ending: string | undefined) => `unser${ending ?? ""}`,
    );
}

/** "25 Minuten in Altona angestanden", "queued for 20 minutes in Leeds": the wait at the till, and where. */
function queueClause(c: Case, v: Voice, words: readonly string[]): string | undefined {
  if (!has(words, /angestanden|anstehen|angestellt|schlange|queue|queued|queuing|queueing/)) return undefined;
  const long = c.durations.find((d) => /minut|stund|min\b|hour/iu.test(d));
  const where = c.places[0] ? ` in ${c.places[0]}` : "";
  if (v.language === "en") return `that you had to queue${long ? ` for ${long.replace(/^for\s/iu, "")}` : ""}${where}`;
  return v.form === "du"
    ? `dass du${where}${long ? ` ${long}` : ""} anstehen musstest`
    : `dass Sie${where}${long ? ` ${long}` : ""} anstehen mussten`;
}

/** "dass der Batteriespeicher seit dem Update nur noch 0 % anzeigt": the fault as their sentence said it. */
function statedClause(c: Case, v: Voice): string | undefined {
  const said = c.broken ?? c.stated;
  return said ? `${v.language === "de" ? "dass" : "that"} ${ownedBy(said, v)}` : undefined;
}

/** "dass es Probleme mit der Umwälzpumpe gibt", "that you're having trouble with the handle": the part that failed. */
function failedClause(c: Case, v: Voice): string | undefined {
  // "Fix your website, I can't even download my invoice": what of ours fails comes before what they could not get.
  if (!c.failed || (c.product !== undefined && companyOwned(c.product))) return undefined;
  if (v.language === "en")
    return `that you're having trouble with the ${c.failed.replace(/^(?:the|your|my|our)\s+/i, "")}`;
  const gender = genderOf(c.failed);
  if (!gender) return undefined;
  const article = { m: "dem", n: "dem", f: "der", pl: "den" }[gender];
  return `dass es Probleme mit ${article} ${c.failed} gibt`;
}

function productClause(c: Case, v: Voice): string | undefined {
  if (!c.product) return undefined;
  const ours = companyOwned(c.product);
  if (v.language === "en") {
    return `that you're having trouble with ${ours ? "our" : "your"} ${inEnglish(c.product.replace(/^the /i, ""))}`;
  }
  const gender = genderOf(c.product);
  if (!gender) return undefined;
  return `dass es Probleme mit ${possessiveDative(gender, ours ? "we" : (v.form ?? "sie"))} ${c.product} gibt`;
}

const NEUTER = new Set(["paket", "päckchen"]);

/** "your March invoice": a bill's name in lower case, its month still a name. */
function billWord(bill: string): string {
  return bill
    .toLowerCase()
    .replace(
      /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/gu,
      (month) => month.charAt(0).toUpperCase() + month.slice(1),
    );
}

/** "Ihr Paket 40-11873", "deine Sendung", "your parcel": what was ordered, in the commenter's word. */
function itemNoun(c: Case, v: Voice, value: string | undefined): string {
  // A number the commenter called an order number belongs to the order, not to the parcel.
  const ordered =
    value !== undefined &&
    c.numbers.some(
      (n) =>
        n.value === value &&
        n.kind === "order" &&
        !/^(?:paket|sendung|lieferung|parcel|package|shipment|tracking)/i.test(n.label),
    );
  // "Bestellung 61102 und 61103": both orders, said as two.
  const also = ordered ? c.numbers.find((n) => n.kind === "order" && n.value !== value)?.value : undefined;
  if (also)
    return v.language === "de"
      ? `${v.form === "du" ? "deine" : "Ihre"} Bestellungen ${value} und ${also}`
      : `your orders ${value} and ${also}`;
  const item = (ordered ? undefined : c.item) ?? (v.language === "de" ? "bestellung" : "order");
  if (v.language === "en") return withNumber(`your ${item}`, value);
  const noun = item.charAt(0).toUpperCase() + item.slice(1);
  const neuter = NEUTER.has(item);
  const own = v.form === "du" ? (neuter ? "dein" : "deine") : neuter ? "Ihr" : "Ihre";
  return withNumber(`${own} ${noun}`, value);
}

/**
 * "😡😡 Lieferung": an order named with nothing said of it. "dass mit deiner Lieferung etwas nicht stimmt" says no
 * more than the commenter did, and names what they named.
 */
export function itemClause(c: Case, v: Voice): string | undefined {
  // With its number the next step names the order: the clause need not name it twice.
  if (!c.item || c.problemWords.length > 0 || c.numbers.length > 0) return undefined;
  if (v.language === "en") return `that something's wrong with your ${c.item}`;
  const neuter = NEUTER.has(c.item);
  const own = v.form === "du" ? (neuter ? "deinem" : "deiner") : neuter ? "Ihrem" : "Ihrer";
  return `dass mit ${own} ${c.item.charAt(0).toUpperCase()}${c.item.slice(1)} etwas nicht stimmt`;
}

/** A case whose kind no rule knows: said without guessing what it was. */
export function generalClause(v: Voice): string {
  return v.language === "de"
    ? "dass es nicht so geklappt hat, wie es sollte"
    : "that things haven't worked out as they should";
}

const DAMAGE =
  /beschädigt|beschaedigt|eingesaut|versaut|beschmiert|verschmutzt|verdreckt|gerammt|angefahren|\bdelle\b|\bbeule\b|zerbrochen|zerschlagen|platt|zertrampelt|aufgeräumt|aufgeraeumt|damaged|smashed|kaputt gemacht|zerkratzt|verkratzt|demoliert|ruiniert|scratched|cracked|dented|gouged|ruined|\bleft\b(?! without)|\bmess\b|\bholes?\b|hinterlassen|tracked|\bmud\b|dreckspur|schmutzspur|fußspur|fussspur/;

/** A pipe or a cable, what drilling breaks. */
const DRILLED = /(?:leitung|kabel|rohr|pipe|cable|wire)$/iu;

/** "dass bei den Arbeiten Ihr Parkettboden beschädigt wurde": what was damaged, when its gender tells the possessive. */
function damageClause(c: Case, v: Voice, words: readonly string[]): string {
  const de = v.language === "de";
  const gender = c.damaged ? genderOf(c.damaged) : undefined;
  // "hat überall Dreck hinterlassen": what was left behind, in plain words.
  // "ne Dreckspur quer durch den hellen Flur": the dirt trodden in.
  if (de && !c.damaged && has(words, /dreckspur|schmutzspur|fußspur|fussspur/))
    return "dass nach den Arbeiten eine Schmutzspur zurückgeblieben ist";
  if (de && !c.damaged && has(words, /hinterlassen/)) return "dass nach den Arbeiten Schmutz zurückgeblieben ist";
  if (de && c.damaged && gender)
    return `dass bei den Arbeiten ${possessiveNominative(gender, v.form ?? "sie")} ${c.damaged} beschädigt wurde`;
  // "a mess in the garden and a hole in the fence": what was left, as they found it.
  if (!de && c.damaged && /^(?:mud|dirt)\b/u.test(c.damaged)) return `that the work left ${c.damaged}`;
  if (!de && c.damaged && /^(?:mess|hole|dent|scratch|stain|damage)\b/u.test(c.damaged))
    return `that the work left a ${c.damaged.toLowerCase()}`;
  if (!de && c.damaged) return `that your ${c.damaged.toLowerCase()} was damaged during the work`;
  // "the cover … cracked in the frost": damage with no work told is not said to have come of it.
  if (!c.work) return de ? "dass etwas beschädigt ist" : "that something is damaged";
  return de ? "dass bei den Arbeiten etwas beschädigt wurde" : "that something was damaged during the work";
}

/** "dass Sie noch kein Wartungsprotokoll bekommen haben" / "that your welcome letter still hasn't arrived". */
function papersClause(papers: string, v: Voice): string {
  if (v.language === "en")
    return `that your ${papers.toLowerCase()} still haven't arrived`.replace(
      /(letter|pack|contract|confirmation|cancellation|paperwork|receipt|report|certificate) still haven't/u,
      "$1 still hasn't",
    );
  // "kein Wartungsprotokoll": a neuter paper.
  const none = /protokoll$/u.test(papers) ? "kein" : "keine";
  return v.form === "du"
    ? `dass du noch ${none} ${papers} bekommen hast`
    : `dass Sie noch ${none} ${papers} bekommen haben`;
}

const BREWING =
  /^(?:French Press|Siebträger|Filter|Handfilter|Herdkanne|Mokkakanne|V60|Chemex|Aeropress|Vollautomat)$/u;

/** A word that says it did not come: "nix angekommen", "never arrived", "noch nicht". */
const NOT_CAME = /(?<!\p{L})(?:nie|nicht|nix|nichts|never|not|nothing|hasn'?t|haven'?t|didn'?t|noch)(?!\p{L})/u;

/**
 * A visit nobody kept: on the day they name ("dass am Samstag niemand gekommen ist"), else at the agreed appointment.
 * A day named is what happened; an appointment is only said when no day is.
 */
function noShowClause(c: Case, v: Voice): string {
  const day = c.dates.find((date) => /^(?:am|on)\s/iu.test(date));
  if (v.language === "de")
    return day ? `dass ${day} niemand gekommen ist` : "dass zum vereinbarten Termin niemand gekommen ist";
  return `that nobody turned up for your appointment${day ? ` ${day}` : ""}`;
}

/**
 * The problem told is a wait and nothing else: "25 min auf nen flat white jewartet". Not "… gewartet, weil meine
 * Bestellung an der Kasse verloren ging": the wait is told for what else went wrong.
 */
export function onlyWaited(words: readonly string[]): boolean {
  // "25 min for a cappuccino": the English says the minutes and the drink without "waited".
  return words.every((word) => /(?:gewartet|jewartet|gwartet)$|\b(?:min|mins|minutes)\sfor\s/iu.test(word));
}

/** "wtf Südvorstadt, 25 min for a cappuccino", "waited 25 min for a cappuccino": the drink waited for, and how long. */
const WAITED_FOR_DRINK_EN =
  /\b(?:min|mins|minutes)\sfor\s(?:a|an|my|one|our)\s(cappuccino|coffee|latte|flat white|cortado|espresso|cappu|tea|oat latte|oat flat white)$/iu;
function servedWaitEn(c: Case, words: readonly string[]): string | undefined {
  const drink = words.map((word) => WAITED_FOR_DRINK_EN.exec(word)?.[1]).find((said) => said !== undefined);
  const minutes = c.durations
    .map((d) => /^(?:almost\s|nearly\s|over\s)?(\d{1,3})\s?(?:min|mins|minutes)\b/iu.exec(d)?.[1])
    .find((n) => n !== undefined);
  if (!drink || !minutes || c.problem === "travel") return undefined;
  return `that you had to wait ${minutes} minutes for your ${drink.toLowerCase()}`;
}

/** What was waited for at the counter, and how long: "dass du 25 Minuten auf deinen Flat White warten musstest". */
function servedWait(c: Case, v: Voice, words: readonly string[]): string | undefined {
  if (v.language === "en") return servedWaitEn(c, words);
  if (!onlyWaited(words)) return undefined;
  const said = words
    .map((word) =>
      /(?:auf|uff)\s(nen|einen|eine|ne|den|die|zwei|drei|vier|\d+)\s((?:\p{L}+\s)?\p{L}+)\s(?:gewartet|jewartet|gwartet)$/iu.exec(
        word,
      ),
    )
    .find((match) => match !== null);
  const minutes = c.durations
    .map((d) => /^(?:fast\s|knapp\s|über\s)?(\d{1,3})\s?(?:min|minuten)\b/iu.exec(d)?.[1])
    .find((n) => n !== undefined);
  if (!said?.[1] || !said[2] || !minutes || c.problem === "travel") return undefined;
  // "30 Minuten auf den Zug gewartet": a train is no drink of ours.
  if (/(?<!\p{L})(?:zug|bahn|s-bahn|u-bahn|bus|tram|taxi|techniker|monteur|handwerker|paket)(?!\p{L})/iu.test(said[2]))
    return undefined;
  const article = said[1].toLowerCase();
  // "flat white" is said as its name: "Flat White".
  const drink = said[2].replace(/(?<!\p{L})\p{Ll}/gu, (first) => first.toUpperCase());
  const own = v.form === "du" ? "dein" : "Ihr";
  // "auf nen Flat White" is his; "auf ne Schorle" hers; "auf zwei Cappuccino" counted, as written.
  const what = /^(?:zwei|drei|vier|\d+)$/u.test(article)
    ? `${article} ${drink}`
    : /^(?:eine|ne|die)$/u.test(article)
      ? `${own}e ${drink}`
      : `${own}en ${drink}`;
  return v.form === "du"
    ? `dass du ${minutes} Minuten auf ${what} warten musstest`
    : `dass Sie ${minutes} Minuten auf ${what} warten mussten`;
}

/**
 * "euren Espresso bestellt": the company's own thing, said back by the company as ours. (An English "your" is already
 * the commenter's own, said back: "beans ground for your moka pot".)
 */
const THEIRS_OF_US: Record<string, string> = {
  euer: "unser",
  eure: "unsere",
  euren: "unseren",
  eurem: "unserem",
  eurer: "unserer",
  eures: "unseres",
};
/** What is booked and can be called off ("der Termin ist ausgefallen"), unlike a machine that fails. */
const BOOKED =
  /^(?:\p{L}*termin|montage|einbau|installation|kurs|workshop|führung|tour|veranstaltung|event|seminar|schulung|training|beratung|besuch|reservierung|buchung|verkostung|cupping)$/iu;

function saidByUs(words: string): string {
  return words.replace(/(?<!\p{L})(?:euer|eure[nmrs]?)(?!\p{L})/giu, (word) => {
    const ours = THEIRS_OF_US[word.toLowerCase()] ?? word;
    return /^\p{Lu}/u.test(word) ? ours.charAt(0).toUpperCase() + ours.slice(1) : ours;
  });
}

export function caseClause(c: Case, v: Voice): string | undefined {
  const de = v.language === "de";
  const p = your(v);
  const words = c.problemWords.map((word) => word.toLowerCase());
  // "drilled straight through a water pipe … nobody has called back", "kommt 2 Std zu spät, bohrt … die Wasserleitung
  // an": a pipe or a cable the work broke weighs more than the wait or the lateness told beside it.
  // "… die Regenrinne verbogen … 3 Mails geschrieben, null Antwort": the damage, before the answer still awaited.
  if (c.damaged && (DRILLED.test(c.damaged) || c.problem === "waiting") && c.work && c.problem !== "safety")
    return damageClause(c, v, words);
  // "Kuhmilch statt Hafermilch bekommen": what they got and what they had asked for, in their words.
  if (c.swapped && c.problem !== "safety") {
    const got = saidByUs(c.swapped.got);
    // 'extra "für French Press" angeklickt … Pulver': a brewing method chosen is a grind for it.
    const wanted = BREWING.test(c.swapped.wanted)
      ? de
        ? `der Mahlung für ${c.swapped.wanted}`
        : `a grind for ${c.swapped.wanted}`
      : saidByUs(c.swapped.wanted);
    // "instead of the Ethiopia filter roast": a named thing of several words takes its article.
    // Not a kind of milk: "dairy instead of oat milk".
    const article =
      !de &&
      /\s/u.test(wanted) &&
      !BREWING.test(c.swapped.wanted) &&
      !/^(?:the|a|an|my)\s/iu.test(wanted) &&
      (/\p{Lu}/u.test(wanted) || /\b(?:latte|roast|blend|cappuccino|flat white|mocha|bag|box|mug)$/iu.test(wanted));
    if (!de) return `that you got ${got} instead of ${article ? "the " : ""}${wanted}`;
    // "ganze Bohnen bestellt … Gekommen sind 5 kg gemahlen für Filter": how it came, said after what was ordered.
    // Not "gemahlenen Kaffee": an adjective before its noun says what came.
    // "Espresso gemahlen": a name before the participle is said the same way.
    if (/^(?:\p{Lu}[\p{L}-]+\s)?ge\p{Ll}+(?:en|t)(?:\sfür\s\p{Lu}[\p{L}-]+)?$/u.test(got))
      return v.form === "du"
        ? `dass du ${wanted} bestellt, aber ${got} bekommen hast`
        : `dass Sie ${wanted} bestellt, aber ${got} bekommen haben`;
    return v.form === "du"
      ? `dass du ${got} statt ${wanted} bekommen hast`
      : `dass Sie ${got} statt ${wanted} bekommen haben`;
  }
  // "25 min auf nen flat white jewartet", "45 Minuten auf zwei Cappuccino gewartet": the wait at the counter, said back.
  const waited = servedWait(c, v, words);
  if (waited) return waited;
  // "showed up at 10, door locked, staff said it was cancelled. no email, no nothing": what was booked, called off,
  // and whether anyone said so.
  if (
    (c.problem === "waiting" || c.problem === "other" || c.problem === "travel") &&
    !c.awaited &&
    !c.broken &&
    !c.line &&
    (has(words, /(?:^|\s)(?:cancelled|canceled|abgesagt)$/) ||
      // "Wärmepumpe is heut nacht ausgefallen": a machine that failed; only a booked thing "fiel aus" as called off.
      (has(words, /(?:^|\s)ausgefallen$/) && BOOKED.test(c.product ?? "")))
  ) {
    const unannounced = has(
      words,
      /no email|no message|no call|keine (?:mail|e-mail|nachricht)|ohne bescheid|without notice/,
    );
    // "you cancelled my subscription without asking": the subscription, not a booking.
    const subscription = /^(?:subscription|abo|abonnement)$/iu.test(c.product ?? "");
    if (!de)
      return `that your ${subscription ? "subscription" : "booking"} was cancelled${unannounced ? " without any notice" : ""}`;
    const you = v.form === "du" ? "du" : "Sie";
    const got = v.form === "du" ? "bekommen hast" : "bekommen haben";
    return `dass ${v.form === "du" ? "dein" : "Ihr"} ${subscription ? "Abo gekündigt" : "Termin abgesagt"} wurde${unannounced ? `, ohne dass ${you} Bescheid ${got}` : ""}`;
  }
  // "kommt aus dem Außengerät … so ein hoher Pfeifton", "so eine Zugluft", "an den Schienen … Rost": the one word a
  // long story turns on, said plainly; the thing it concerns follows in the details.
  if (c.problem === "other" || c.problem === "defect") {
    // German only: English says the noise with the thing that makes it ("is making a loud rattling noise").
    if (de && has(words, /pfeifton|pfeiftöne|pfeiftoene|pfeifgeräusch|pfeifgeraeusch/))
      return "dass ein Pfeifton zu hören ist";
    if (de && has(words, /brummton|summton|quietsch|klapper|klacker/))
      return "dass ein ungewöhnliches Geräusch zu hören ist";
    if (has(words, /zugluft|^es zieht|draught|draft/)) return de ? "dass es so zieht" : "that there's a draught";
    if (has(words, /\brost\b|rostig|verrostet|angerostet|rostflecken|\brust/))
      return de ? "dass sich Rost gebildet hat" : "that rust has formed";
  }
  // "Zum DRITTEN mal wird meine Energieberatung verschoben": what was put off, and that it was again.
  if (
    c.problem === "other" &&
    c.awaited &&
    !c.broken &&
    has(words, /verschoben|abgesagt|postponed|rescheduled|cancel/)
  ) {
    const [, article = "", noun = ""] = /^(die|den|der|das|the)\s(.+)$/u.exec(c.awaited) ?? [];
    const again = has(words, /wieder|erneut|mal\b|again|third|dritt/) ? (de ? " schon wieder" : " again") : "";
    const how = has(words, /abgesagt|cancel/) ? (de ? "abgesagt" : "cancelled") : de ? "verschoben" : "postponed";
    if (noun && !de) return `that your ${noun} was ${how}${again}`;
    if (noun) {
      const own = v.form === "du" ? "dein" : "Ihr";
      return `dass ${article === "die" ? `${own}e` : own} ${noun}${again} ${how} wurde`;
    }
  }
  // "mit Rolli komm ich da nicht rein", "can't get in with the pram": the way in closed to them, not the coffee.
  const aid = /(?:^|\s)(rolli|rollstuhl|rollator|kinderwagen|wheelchair|pram|buggy|stroller)\b/iu.exec(
    words.join(" "),
  )?.[1];
  if (aid && has(words, /nicht\s(?:rein|hinein|herein)$|get\sin$/)) {
    if (!de) return `that you can't get in with the ${aid.toLowerCase()}`;
    const noun = `${aid.charAt(0).toUpperCase()}${aid.slice(1).toLowerCase()}`;
    return v.form === "du" ? `dass du mit dem ${noun} nicht reinkommst` : `dass Sie mit dem ${noun} nicht hineinkommen`;
  }
  // "Termin für den Zählerwechsel jetzt zum DRITTEN mal verschoben": the appointment moved again, no answer awaited.
  if (
    (c.problem === "waiting" || c.problem === "other") &&
    !c.broken &&
    (/^(?:termin|appointment)$/iu.test(c.failed ?? "") || has(words, /termin\p{L}*\s|appointment\s/u)) &&
    has(words, /verschoben|postponed|rescheduled/)
  ) {
    const again = has(words, /wieder|erneut|mal\b|again|third|dritt/) ? (de ? " schon wieder" : " again") : "";
    if (!de) return `that your appointment was postponed${again}`;
    return `dass ${v.form === "du" ? "dein" : "Ihr"} Termin${again} verschoben wurde`;
  }
  // "Meine Ratenzahlung … wurde abgelehnt": the request turned down, named as an application for it.
  if (c.rejected) {
    if (!de) return `that your ${c.rejected} was turned down`;
    const own = v.form === "du" ? "dein" : "Ihr";
    return /antrag$/u.test(c.rejected)
      ? `dass ${own} ${c.rejected} abgelehnt wurde`
      : `dass ${own} Antrag auf ${c.rejected} abgelehnt wurde`;
  }
  // "Meine Adresse ist im Vertrag falsch": their details, wrong in our papers, as they said it.
  const detail = words
    .map(
      (word) => /^(adresse|anschrift|name|namen|address)\b.*\b(?:falsch|wrong|incorrect|misspel\w*)$/u.exec(word)?.[1],
    )
    .find(Boolean);
  if (detail) {
    if (!de) return `that your ${detail} has been entered wrongly`;
    const noun = /^nam/u.test(detail) ? "Ihr Name" : `Ihre ${detail.charAt(0).toUpperCase()}${detail.slice(1)}`;
    const said = v.form === "du" ? noun.replace(/^Ihr/u, "dein") : noun;
    return `dass ${said} falsch eingetragen ist`;
  }
  // "alle meine stempel weg", "my stamps are gone": what the account held, gone.
  const lost = words.map((word) => LOST.exec(word)?.[1]).find(Boolean);
  if (lost) {
    const singular = /^(?:guthaben|credit|balance)$/u.test(lost);
    if (!de) return `that your ${lost} ${singular ? "is" : "are"} gone`;
    const noun = lost.charAt(0).toUpperCase() + lost.slice(1);
    const own = v.form === "du" ? (singular ? "dein" : "deine") : singular ? "Ihr" : "Ihre";
    return `dass ${own} ${noun} weg ${singular ? "ist" : "sind"}`;
  }
  // "das Röstdatum auf der Tüte ist vom 2. Januar?? Wir haben März": the date they read, as they read it.
  if (has(words, /röstdatum|roestdatum|roast date/u)) {
    // "am samstag … gekauft … röstdatum 11. juli": a roast date is a day of the calendar, never the day they bought.
    const date = c.dates
      .find((d) => !RELATIVE.test(d) && !WEEKDAY_ONLY.test(d))
      ?.replace(/^(?:vom|am|from|on)\s/iu, "");
    if (!de) {
      if (has(words, /\bno roast date\b|\bwithout (?:a )?roast date\b/iu))
        return "that your beans arrived without a roast date";
      return date ? `that the roast date on your bag says ${date}` : "that your beans arrived with an old roast date";
    }
    // "deine Bohnen", "Ihr Hafenblick": what they bought carries the date.
    const gender = c.product ? genderOf(c.product) : undefined;
    const thing =
      c.product && gender
        ? `${possessiveNominative(gender, v.form ?? "sie")} ${c.product}`
        : `${v.form === "du" ? "deine" : "Ihre"} Bohnen`;
    const plural = !c.product || gender === "pl";
    // "Aufm Etikett find ich auch kein Röstdatum": no date at all, not an old one.
    if (has(words, /(?:kein|keine|ohne|no)\s(?:\p{L}+\s)?(?:röstdatum|roestdatum|roast date)/iu))
      return `dass ${thing} ohne Röstdatum angekommen ${plural ? "sind" : "ist"}`;
    return date
      ? `dass ${thing} mit einem Röstdatum vom ${date} angekommen ${plural ? "sind" : "ist"}`
      : `dass ${thing} mit einem alten Röstdatum angekommen ${plural ? "sind" : "ist"}`;
  }
  // "arrived with the seal broken", "kam ohne Ladekabel an": how it came, in their words.
  if (c.arrivedAs && (c.problem === "delivery" || c.problem === "defect")) {
    if (!de) return `that your ${c.product?.replace(/^the /i, "") ?? c.item ?? "order"} arrived ${c.arrivedAs}`;
    const thing = itemNoun(c, v, undefined);
    return `dass ${thing} ${c.arrivedAs} angekommen ist`;
  }
  // "dass der Deckel der Vorratsdose gebrochen war", "that the lid was cracked": the part and how, as said.
  // "die große Tasse … hat nen Riss", in a delivery that came: the cracked thing, not the whole order.
  if (c.broken && (c.problem === "other" || (c.problem === "delivery" && /\b(?:Riss|Sprung)\b/u.test(c.broken))))
    return `${de ? "dass" : "that"} ${ownedBy(c.broken, v)}`;
  // "noch immer keine Kündigungsbestätigung": the confirmation that did not come, however the problem was read.
  if (c.papers && c.problem !== "delivery") return papersClause(c.papers, v);
  // "Got my package today and it's somebody else's order": goods meant for someone else.
  if (c.problem === "delivery" && has(words, /someone else|somebody else/u))
    return "that you received someone else's order";
  // "ne Rechnung gefunden die gar nicht mir gehört": someone else's data shown to them, whatever the document.
  // Not "you don't give caffeine to someone else's child": a person, no data.
  if (
    has(words, /nicht mir gehört|nicht mir gehoert|\bnot mine\b|n't mine\b|someone else|somebody else/u) &&
    !has(words, /(?:someone|somebody) else'?s (?:child|kid|kids|son|daughter|baby|dog|car|parent)/u)
  ) {
    return de
      ? `dass ${v.form === "du" ? "dir" : "Ihnen"} Daten einer anderen Person angezeigt wurden`
      : "that you were shown someone else's details";
  }
  // "in the first proper cold week our electricity use has tripled", "der Verbrauch hat sich verdoppelt".
  const grown = words
    .map(
      (word) =>
        /\b(?:use|usage|consumption|verbrauch)\b.*\b(doubled|tripled|quadrupled|verdoppelt|verdreifacht)$/u.exec(
          word,
        )?.[1],
    )
    .find(Boolean);
  if (grown) {
    if (!de) return `that your electricity use has ${grown}`;
    return `dass sich ${v.form === "du" ? "dein" : "Ihr"} Verbrauch ${grown === "verdreifacht" || grown === "tripled" ? "verdreifacht" : "verdoppelt"} hat`;
  }
  // "Three weeks later the scaffolding is still up": the work's leftovers, not an order awaited.
  if (has(words, /scaffold|gerüst|geruest/u)) {
    return de ? "dass das Gerüst immer noch steht" : "that the scaffolding is still up";
  }
  // "only 12 kg were actually delivered", "nur 12 kg geliefert": part of what was ordered came.
  if (has(words, /^only\b.*\bdelivered$|^nur\b.*\b(?:geliefert|angekommen|gekommen)$/u)) {
    if (!de) return "that only part of your order was delivered";
    return `dass nur ein Teil ${v.form === "du" ? "deiner" : "Ihrer"} Bestellung geliefert wurde`;
  }
  // "Asked for oat milk in Kreuzberg … 'run out' at 9am", "there was not a single vegan cake left, even though your
  // website says …": what was gone, and where, whatever the site promised.
  if (c.soldOut && c.problem !== "delivery") {
    const where = c.places[0] ? ` in ${c.places[0]}` : "";
    return de ? `dass es${where} keine ${c.soldOut} mehr gab` : `that we'd run out of ${c.soldOut}${where}`;
  }
  switch (c.problem) {
    case "delivery": {
      // "my new jumper shrank after one wash, order 88-1234": what the garment did, not the order's way.
      const garment = garmentClause(c, v, words);
      if (garment) return garment;
      // "haven't received my welcome letter or contract documents": the papers, not an order.
      if (c.papers) return papersClause(c.papers, v);
      // "install was booked for 4 Dec, now it's 'sometime in January'": a date given and taken back, no parcel.
      if (has(words, /^was (?:booked|scheduled|planned|confirmed) for\b/)) {
        return de
          ? `dass ${v.form === "du" ? "dein" : "Ihr"} Termin verschoben wurde`
          : "that your installation date has been pushed back";
      }
      // 'Abo auf "pausiert" gestellt …, trotzdem kamen zwei Lieferungen', "paused it, and the bags kept coming": it came
      // although it should not have.
      if (has(words, /pausiert|pausiere|paused|on hold/u) && has(words, /trotzdem|dennoch|still|anyway|kept coming/u)) {
        return de
          ? `dass trotz Pause ${v.form === "du" ? "dein" : "Ihr"} Abo weiter geliefert wurde`
          : "that deliveries kept coming although your subscription was paused";
      }
      // "mein abo kam diesmal schon wieda nich", "Mein Abo hätte am Dienstag kommen sollen, kam nix": the
      // subscription's delivery, on the day they name.
      if (de && has(words, /^abo\b|kommen sollen/u) && has(words, /\bkam(?:en)? .*\b(?:nich|nicht|nix|nichts|nie)$/u)) {
        const day = c.dates.find((date) => /^am\s/iu.test(date));
        return `dass ${v.form === "du" ? "deine" : "Ihre"} Abo-Lieferung${day ? ` ${day}` : ""} nicht angekommen ist`;
      }
      const order = itemNoun(c, v, number(c, ["order", "invoice", "other"]));
      // "statt vier verschiedenen Sorten zweimal Sidamo drin": it came with other contents than ordered.
      // "im Paket war dann aber der Kolumbien": other contents than hoped for.
      if (
        has(
          words,
          /^(?:an)?statt\s.*\s(?:drin|drinnen|dabei)$|^instead of\s|^im (?:paket|karton) (?:war|waren) (?:\p{L}+ )?aber\b/u,
        )
      ) {
        return de
          ? `dass ${order} nicht das enthielt, was bestellt war`
          : `that ${order} didn't contain what you ordered`;
      }
      // "der Kaffee in den Pumpkannen war nur noch lauwarm": it came, but cold.
      if (has(words, /lauwarm|lukewarm/)) {
        return de ? `dass ${order} nur noch lauwarm ankam` : `that ${order} arrived lukewarm`;
      }
      // "the roast date on the bag says 3 July … Tastes flat": it came, but old.
      if (has(words, /roast date|röstdatum|roestdatum|stale|abgestanden|\bflat$/)) {
        return de ? `dass ${order} nicht mehr frisch angekommen ist` : `that ${order} didn't arrive fresh`;
      }
      // "kam das Paket … aber kein Wechselrichter", "arrived … but no charger": a part missing from it.
      // "my missing order": the order never came; nothing is missing from it.
      const orderMissing = has(words, /^missing (?:order|parcel|package|delivery|shipment|box)$/);
      if (
        has(
          words,
          /unvollständig|fehlen|fehlt|incomplete|\saber keine?n?$|\sbut (?:no|without)$|^im (?:paket|karton) (?:war|waren) nur$|only (?:had|contained)$|^drin(?:nen)? (?:war|waren) aber nur$|\bkeine?n? [^.!?]{0,30}\b(?:drin|dabei|beigelegt|enthalten)$/,
        ) ||
        (has(words, /missing/) && !orderMissing)
      ) {
        return de ? `dass ${order} unvollständig angekommen ist` : `that ${order} arrived incomplete`;
      }
      // "beim Nachbarn abgegeben", "left with a neighbour": delivered, but not where it should be.
      if (has(words, /nachbar|neighbou?r/)) {
        return de ? `dass ${order} beim Nachbarn abgegeben wurde` : `that ${order} was left with a neighbour`;
      }
      // "über den Zaun geworfen", "thrown over the fence": delivered, but not as it should be.
      if (has(words, /zaun|mauer|hecke|fence|wall|hedge|gate/)) {
        return de ? `dass ${order} einfach über den Zaun geworfen wurde` : `that ${order} was thrown over the fence`;
      }
      if (
        has(
          words,
          /beschädigt|kaputt|zerbrochen|\briss\b|\bsprung\b|aufgeplatzt|durchnässt|durchgeweicht|zerdrückt|eingedrückt|plattgedrückt|plattgequetscht|zerquetscht|aufgerissen|aufgrissn|damaged|broken|smashed|shattered|cracked|soaked|crushed|squashed|stain|fleck|\b(?:split|burst|ripped|torn|leaking)\b|halb offen|\bbruch\b|half open/,
        )
      ) {
        return de ? `dass ${order} beschädigt angekommen ist` : `that ${order} arrived damaged`;
      }
      if (has(words, /bestätigung|bestaetigung|confirmation/)) {
        // "keine Bestellbestätigung", "no order confirmation": the order's, not the shipping's.
        const ordered = has(words, /bestellbest|order confirmation/);
        const which = de
          ? ordered
            ? "Bestellbestätigung"
            : "Versandbestätigung"
          : ordered
            ? "an order confirmation"
            : "a shipping confirmation";
        return de
          ? `dass ${v.form === "du" ? "du" : "Sie"} für ${order} noch keine ${which} ${v.form === "du" ? "hast" : "haben"}`
          : `that you haven't had ${which} for ${order}`;
      }
      // "weil meine Bestellung an der Kasse verloren ging": lost, not late.
      if (has(words, /verloren|vergessen|untergegangen|lost|forgotten/))
        return de ? `dass ${order} verloren gegangen ist` : `that ${order} got lost`;
      // "war für 14 uhr bestellt, um 15:30 immer noch nicht fertig": an order to collect, not ready in time.
      if (has(words, /nicht fertig|not ready/))
        return de ? `dass ${order} nicht rechtzeitig fertig war` : `that ${order} wasn't ready in time`;
      // "warum meine Bestellung storniert wurde": cancelled, not late.
      if (has(words, /storniert|cancelled|canceled/))
        return de ? `dass ${order} storniert wurde` : `that ${order} was cancelled`;
      if (has(words, /leer|empty/)) return de ? `dass ${order} leer angekommen ist` : `that ${order} arrived empty`;
      // Not "emailed your shop address twice": the address written to, not the parcel's.
      if (
        has(
          words,
          /(?<!(?:emailed|mailed|wrote to|e-mail|mail|shop|email|your)\s(?:\p{L}+\s)?)(?:adresse|address)|wrong (?:house|door|flat|building)|falsche[sn]? (?:haus|tür|wohnung)/u,
        )
      )
        return de ? `dass ${order} falsch zugestellt wurde` : `that ${order} went to the wrong address`;
      // "falsche Sorte", "geliefert wurde gemahlen", "wrong size": what came is not what was ordered.
      // "Can you send the right ones?", "schickt mir die richtige Sorte": the right ones asked for.
      if (
        has(
          words,
          /falsch|wrong|different|statt|instead|ordered|bestellt|pre-?ground|ground for|gemahlen|whole beans?|right ones?|richtigen?\b/,
        )
      ) {
        return de ? `dass ${order} nicht so angekommen ist wie bestellt` : `that ${order} didn't arrive as ordered`;
      }
      // "pretty sure that was NOT decaf", "garantiert NICHT entkoffeiniert": the decaf was not decaf.
      if (has(words, NOT_DECAF)) return notDecafClause(order, v);
      // "Gemahlen ist der aber viel zu grob", "way too coarse": it came, ground wrong.
      const grind = words
        .map((word) => /\b(?:viel |way )?(?:zu|too) (?:grob|fein|coarse|fine)\b/iu.exec(word)?.[0])
        .find(Boolean);
      if (grind) return de ? `dass ${order} ${grind} gemahlen war` : `that ${order} was ground ${grind}`;
      // "Die letzten zwei Lieferungen schmecken aber verbrannt", "tastes burnt": it came, and tastes wrong.
      const taste = words
        .map(
          (word) =>
            /\b(?:verbrannt|angebrannt|sauer|bitter|wässrig|waessrig|abgestanden|muffig|ranzig|burnt|burned|sour|watery|stale|musty|rancid)\b/iu.exec(
              word,
            )?.[0] ?? (/\bnach asche\b|\bof ash/iu.test(word) ? (de ? "verbrannt" : "burnt") : undefined),
        )
        .find(Boolean);
      if (taste)
        return de ? `dass ${order} ${taste.toLowerCase()} schmeckt` : `that ${order} tastes ${taste.toLowerCase()}`;
      // "kamen eine Woche zu spät": it came, late; no number of theirs is "noch nicht angekommen".
      if (has(words, /spät|spaet|später|spaeter|\blate\b|delayed/)) {
        return de ? "dass die Lieferung zu spät gekommen ist" : "that your delivery came late";
      }
      // "my 'express' delivery took 9 days": it came, after that long.
      const took = c.durations.find((d) => /^\d+\s\w+$/u.test(d));
      if (took && has(words, /\btook\b|dauerte|brauchte/)) {
        return de ? `dass die Lieferung ${took} gedauert hat` : `that your delivery took ${took}`;
      }
      // "Wir beziehen seit zwei Jahren ein Kaffee-Abo": years tell how long they have been a customer, never a wait.
      let when = c.durations.find(
        (d) =>
          (de ? /^seit\b/i : /^(?:for\b|since\b|\d|\w+ (?:days?|weeks?|months?)\b)/i).test(d) &&
          !/\bago$/i.test(d) &&
          !YEARS.test(d),
      );
      if (when !== undefined) {
        when = inSentence(when);
        if (!de) return `that you've been waiting ${when.replace(/^for\s+/i, "")} for ${order}`;
        return v.form === "du" ? `dass du ${when} auf ${order} wartest` : `dass Sie ${when} auf ${order} warten`;
      }
      // "laut dhl gestern zugestellt. hier ist aber nix angekommen": marked delivered, never received.
      if (has(words, /zugestellt|marked (?:as )?delivered|says delivered/) && has(words, NOT_CAME)) {
        return de
          ? `dass ${order} als zugestellt gilt, aber nicht angekommen ist`
          : `that ${order} shows as delivered but never arrived`;
      }
      // "shows up pre-ground", "Gekommen ist der Fahrer um 9:50": it came; what was wrong with it is theirs to say.
      if (
        has(
          words,
          /shows? up|showed up|turned up|\bcame\b|arrived|\bkam\b|angekommen|geliefert|gekommen|expired|abgelaufen/,
        ) &&
        !has(words, NOT_CAME)
      ) {
        return de ? `dass ${order} nicht in Ordnung war` : `that something was wrong with ${order}`;
      }
      if (c.came) return de ? "dass die Lieferung zu spät gekommen ist" : "that your delivery came late";
      // "checkout charged me €8.90 … asked in the chat yesterday, no answer": only a reply is missing; nothing says
      // the order did not come.
      if (
        words.length > 0 &&
        words.every((w) => /^(?:no answer|no reply|no response|keine antwort|keine reaktion)$/iu.test(w))
      )
        return stillAwaited(de ? "eine Antwort" : "an answer", v);
      const two = /\b(?:Bestellungen|orders)\s/u.test(order);
      if (de) return `dass ${order} noch nicht angekommen ${two ? "sind" : "ist"}`;
      return `that ${order} ${two ? "haven't" : "hasn't"} arrived`;
    }
    case "login": {
      // "u guys over here suspend the account": shut by us, which is not the same as a login that fails.
      if (has(words, /suspend|banned|deactivated|disabled|gebannt|deaktiviert|gesperrt/)) {
        return de ? "dass das Konto gesperrt wurde" : "that the account was suspended";
      }
      // "someone from vietnam is trying to log in in my google accounts": a stranger at the account, not a login that
      // fails the writer.
      // "Mein Konto wurde gehackt": someone got in.
      if (has(words, /hacked|gehackt|compromised/)) {
        return de
          ? `dass sich jemand Fremdes Zugang zu ${v.form === "du" ? "deinem" : "Ihrem"} Konto verschafft hat`
          : "that someone has got into your account";
      }
      if (has(words, /someone|somebody|strangers|jemand|fremde|unknown|suspicious/)) {
        return de
          ? `dass sich jemand Fremdes Zugang zu ${v.form === "du" ? "deinem" : "Ihrem"} Konto verschaffen will`
          : "that someone is trying to get into your account";
      }
      // "loggt sie mich jeden Morgen aus", "the app logs me out every time": let in, then put out again.
      if (has(words, /\baus$|ausgeloggt|rausgeworfen|rausgeschmissen|logs me out|logging me out|logged me out/)) {
        if (!de) return "that you keep getting logged out";
        return v.form === "du" ? "dass du immer wieder ausgeloggt wirst" : "dass Sie immer wieder ausgeloggt werden";
      }
      // "unable to recover my old email": an account they cannot get back into.
      if (has(words, /recover|restore|wiederherstell/)) {
        return de
          ? `dass ${p.you} nicht mehr in ${v.form === "du" ? "dein" : "Ihr"} Konto ${v.form === "du" ? "kommst" : "kommen"}`
          : "that you can't get back into your account";
      }
      // "Nur der Login dauert ewig": slow, not refused.
      if (has(words, /dauert|dauern|dauerte|takes|took|taking/)) {
        return de ? "dass das Einloggen so lange dauert" : "that logging in takes so long";
      }
      // "Passwort zurücksetzen funktioniert nicht, die Mail kommt nicht an": the reset mail, not the login itself.
      if (
        has(words, /passwort|password|zurücksetz|zuruecksetz|reset/) &&
        has(words, /mail|kommt|ankommt|arriv|never|nie/)
      ) {
        return de
          ? `dass die Mail zum Zurücksetzen ${v.form === "du" ? "deines" : "Ihres"} Passworts nicht ankommt`
          : "that the password reset email isn't arriving";
      }
      // "keinen Zugriff mehr …, Passwort zurücksetzen klappt auch nicht": locked out, and the reset fails too.
      if (has(words, /passwort|password/)) {
        return de
          ? `dass ${p.you} ${v.form === "du" ? "dich" : "sich"} nicht einloggen ${v.form === "du" ? "kannst" : "können"} und auch das Zurücksetzen des Passworts nicht klappt`
          : "that you can't log in and the password reset isn't working either";
      }
      const when = since(c, v.language);
      return de
        ? `dass ${p.you} ${v.form === "du" ? "dich" : "sich"}${when ? ` ${when}` : ""} nicht einloggen ${v.form === "du" ? "kannst" : "können"}`
        : `that you can't log in${when ? ` ${when}` : ""}`;
    }
    case "billing": {
      const bonus = bonusClause(c, v);
      if (bonus) return bonus;
      // "unsere Rechnung RE-24-1187 … ist seit 63 Tagen offen", "nur zur Hälfte bezahlt": a bill to us, not paid.
      const unpaid = words.find((w) =>
        /offen$|unbezahlt|unpaid|outstanding|nicht (?:bezahlt|beglichen)|not (?:been )?paid|hälfte|haelfte|half paid|partly paid/u.test(
          w,
        ),
      );
      if (unpaid) {
        const invoice = c.numbers.find((n) => n.kind === "invoice")?.value;
        const part = /hälfte|haelfte|half|partly/u.test(unpaid);
        const when = /^seit\s/u.test(unpaid) ? c.durations.find((d) => /^seit\s/iu.test(d)) : undefined;
        if (!de)
          return `that your invoice${invoice ? ` ${invoice}` : ""} ${part ? "was only partly paid" : "is still unpaid"}`;
        const yours = v.form === "du" ? "deine" : "Ihre";
        if (part) return `dass ${yours} Rechnung${invoice ? ` ${invoice}` : ""} nur zum Teil bezahlt wurde`;
        return `dass ${yours} Rechnung${invoice ? ` ${invoice}` : ""}${when ? ` ${when}` : " noch"} offen ist`;
      }
      // "every time "payment could not be completed"": a payment that did not go through, nothing charged.
      if (
        has(
          words,
          /could not be (?:completed|processed)|payment .*(?:failed|declined)|zahlung .*(?:fehlgeschlagen|abgelehnt|abgebrochen)/,
        )
      ) {
        if (!de) return "that your payment in our shop didn't go through";
        return `dass ${v.form === "du" ? "deine" : "Ihre"} Zahlung in unserem Shop nicht durchgegangen ist`;
      }
      // "Gutscheinkarte über 25€ … an der Kasse in Leipzig heißt es Guthaben 0,00": a card that shows nothing on it.
      if (has(words, /^(?:guthaben|balance)\s(?:\S+\s)?(?:0|0,00|0\.00|null|zero|leer|empty)$/)) {
        const where = c.places[0] ? ` in ${c.places[0]}` : "";
        const amount = c.amounts[0];
        if (!de) return `that your gift card${amount ? ` for ${amount}` : ""} showed no balance${where}`;
        return `dass ${v.form === "du" ? "deine" : "Ihre"} Gutscheinkarte${amount ? ` über ${amount}` : ""}${where} kein Guthaben zeigt`;
      }
      // "In Ottensen kriegt man 5€ zu wenig Wechselgeld raus": the change, where, and how much, as they said.
      if (
        has(
          words,
          /wechselgeld|rückgeld|rueckgeld|wrong change|short-?changed|zu wenig (?:rausbekommen|zurückbekommen|zurueckbekommen|rausgekriegt|rausgegeben|herausgegeben|zurückgegeben|zurueckgegeben)/,
        )
      ) {
        const where = c.places[0] ? ` in ${c.places[0]}` : "";
        const amount = c.amounts[0];
        if (!de) return `that you were given ${amount ? `${amount} too little` : "the wrong"} change${where}`;
        const what = amount ? `${amount} zu wenig Wechselgeld` : "falsches Wechselgeld";
        return v.form === "du" ? `dass du${where} ${what} bekommen hast` : `dass Sie${where} ${what} bekommen haben`;
      }
      // "a letter addressed to the previous tenant", "Post an den Vormieter": someone else's account at their home.
      if (
        has(words, /previous|former|old|vormieter|vorbesitzer/) &&
        has(words, /tenant|owner|occupant|occupier|vormieter|vorbesitzer/)
      ) {
        // Said back as they said it: the owner before them is no tenant.
        const owner = has(words, /owner|vorbesitzer/);
        if (!de) return `that you've had a letter meant for the previous ${owner ? "owner" : "tenant"}`;
        const before = owner ? "Vorbesitzer" : "Vormieter";
        return v.form === "du"
          ? `dass du Post bekommen hast, die an den ${before} gerichtet ist`
          : `dass Sie Post bekommen haben, die an den ${before} gerichtet ist`;
      }
      // "ging meine Jahresabrechnung jetzt an die alte Adresse": sent where they no longer live, not billed for it.
      if (has(words, /\b(?:an|to)\s(?:die|meine|unsere|my|our|the)\s(?:alte|old|previous)\s(?:adresse|address)/)) {
        if (!de) return "that your post went to your old address";
        return `dass ${v.form === "du" ? "deine" : "Ihre"} Post an ${v.form === "du" ? "deine" : "Ihre"} alte Adresse gegangen ist`;
      }
      // "bekomme immer noch Rechnungen für die alte Wohnung": billed for where they no longer live.
      // Not "billed at the old household rate".
      if (has(words, /(?:alte|alten|old|previous)\s(?:wohnung|adresse|address|flat|house|home)\b/)) {
        if (!de) return "that you're still getting bills for your old address";
        return v.form === "du"
          ? "dass du noch Rechnungen für deine alte Wohnung bekommst"
          : "dass Sie noch Rechnungen für Ihre alte Wohnung bekommen";
      }
      // "Abo im Oktober gekündigt und trotzdem wurde im November wieder abgebucht": charged after they cancelled
      // (English says it further down: "still being charged after cancelling").
      // "Kündigung per Einschreiben am 12. August geschickt, trotzdem wurden … wieder je 39,90 € abgebucht" too.
      if (de && (has(words, /gekündigt|gekuendigt/) || c.noticeGiven) && has(words, /abgebucht|berechnet|eingezogen/)) {
        return `dass trotz ${v.form === "du" ? "deiner" : "Ihrer"} Kündigung wieder abgebucht wurde`;
      }
      // "zahle ich seit zwei Monaten Abschlag für BEIDE Wohnungen": paying for the old home and the new.
      if (
        has(
          words,
          /(?:für|for)\s(?:beide|both)\s(?:wohnungen|adressen|zähler|flats|properties|addresses|meters|homes)/iu,
        )
      ) {
        if (!de) return "that you're being billed for both addresses";
        return v.form === "du"
          ? "dass du gerade für beide Wohnungen zahlst"
          : "dass Sie gerade für beide Wohnungen zahlen";
      }
      // "your discount code WINTER10 didn't apply": the code, as they wrote it.
      const code = words.map((w) => /\bcode\s([a-z0-9-]{3,20})\b/iu.exec(w)?.[1]).find(Boolean);
      if (has(words, /apply|abgezogen|angerechnet|full price/) && has(words, /code|rabatt|discount|full price/)) {
        const said = code ? ` ${code.toUpperCase()}` : "";
        if (!de) return `that your discount code${said} didn't apply`;
        return `dass ${v.form === "du" ? "dein" : "Ihr"} Rabattcode${said} nicht abgezogen wurde`;
      }
      // "beim Bezahlen ein Cappuccino zu viel berechnet": charged for more than they had.
      if (
        has(words, /zu viel berechnet|zuviel berechnet|charged (?:me )?for (?:an extra|one too many)|overcharged/) &&
        !c.amounts[0]
      ) {
        if (!de) return "that you were charged too much";
        return `dass ${v.form === "du" ? "dir" : "Ihnen"} zu viel berechnet wurde`;
      }
      // "shows a monthly base fee of €89.00 instead of the €29.00 in our contract": both amounts, as they wrote them.
      if (c.billedInstead) {
        const { billed, agreed } = c.billedInstead;
        // Paid at the till, and more taken from the account: no bill to speak of.
        if (de && !c.bill && c.paid && c.places.length > 0)
          return `dass ${v.form === "du" ? "dir" : "Ihnen"} ${billed} statt ${agreed} abgebucht wurden`;
        const bill = c.bill ?? (de ? "Rechnung" : "invoice");
        return de
          ? `dass auf ${p.dat} ${bill} ${billed} statt ${agreed} stehen`
          : `that your ${bill.replace(/^(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\w+/u, (word) => word.toLowerCase())} shows ${billed} instead of ${agreed}`;
      }
      const amount = c.amounts[0];
      const twice = chargedTwice(words);
      if (amount && twice) {
        return de
          ? `dass ${v.form === "du" ? "dir" : "Ihnen"} ${amount} doppelt abgebucht wurden`
          : `that you were charged ${amount} twice`;
      }
      // "Seit zwei Monaten keine Rechnung bekommen", "keine Jahresabrechnung erhalten": the bill that did not come.
      const noBill = words
        .map(
          (w) =>
            /^keine (\p{L}*(?:rechnung|abrechnung)) (?:bekommen|erhalten)$/iu.exec(w)?.[1] ??
            // "krieg ich keine einzige Rechnung".
            /\skeine (?:einzige )?(\p{L}*(?:rechnung|abrechnung))$/iu.exec(w)?.[1],
        )
        .find(Boolean);
      if (de && noBill) {
        const when = since(c, v.language);
        const bill = noBill.charAt(0).toUpperCase() + noBill.slice(1);
        return `dass ${v.form === "du" ? "du" : "Sie"}${when ? ` ${when}` : ""} keine ${bill} bekommen ${v.form === "du" ? "hast" : "haben"}`;
      }
      // "Auf meiner Rechnung steht eine falsche Zählernummer": the wrong detail on the bill, as they named it.
      const wrong = words.map((w) => /\bfalsche[rs]?\s(\p{L}+)/u.exec(w)?.[1]).find(Boolean);
      if (de && wrong && /nummer|stand|adresse|name|iban|tarif|verbrauch/u.test(wrong)) {
        const noun = wrong.charAt(0).toUpperCase() + wrong.slice(1);
        const article = /(?:stand|name|tarif|verbrauch)$/u.test(wrong) ? "ein falscher" : "eine falsche";
        return `dass auf ${p.dat} Rechnung ${article} ${noun} steht`;
      }
      // "Warum wurde mein Abschlag diesen Monat gar nicht abgebucht?": a payment not taken.
      if (has(words, /nicht abgebucht|nicht eingezogen|wasn'?t taken|not taken|didn'?t go out/)) {
        const thing = c.charged ?? (de ? "Abschlag" : "payment");
        if (!de) return `that your ${thing} wasn't taken`;
        return `dass ${possessiveNominative(/e$|ung$/u.test(thing) ? "f" : "m", v.form ?? "sie")} ${thing} nicht abgebucht wurde`;
      }
      // "Seit dem Umzug zahle ich doppelt": paying twice, as they said it.
      if (has(words, /zahle\p{L}*\s(?:ich\s|wir\s)?doppelt|paying twice|pay twice|paying double/u)) {
        const when = since(c, v.language);
        if (!de) return `that you're paying twice${when ? ` ${when}` : ""}`;
        return v.form === "du"
          ? `dass du${when ? ` ${when}` : ""} doppelt zahlst`
          : `dass Sie${when ? ` ${when}` : ""} doppelt zahlen`;
      }
      // "Jeden Monat zwei Abbuchungen, obwohl ich nur einen Vertrag habe": the two debits, as counted.
      const counted = /\b(?:zwei|2) (abbuchungen|lastschriften)\b|\b(?:two|2) (debits|charges|direct debits)\b/iu.exec(
        words.join(" "),
      );
      if (counted) {
        return de
          ? `dass ${v.form === "du" ? "du" : "Sie"} zwei ${counted[1] === "lastschriften" ? "Lastschriften" : "Abbuchungen"} statt einer ${v.form === "du" ? "siehst" : "sehen"}`
          : `that you see two ${counted[2] ?? "debits"} instead of one`;
      }
      // "got charged twice this month": the double charge, without an amount.
      if (
        twice &&
        has(
          words,
          /charged|billed|debited|taken|took|abgebucht|berechnet|abgezogen|belastet|runtergegangen|drauf|same day/,
        )
      ) {
        // "dass Ihr Abschlag doppelt abgebucht wurde", "that your subscription was charged twice".
        if (c.charged && de) {
          const own = v.form === "du" ? "dein" : "Ihr";
          return `dass ${own}${/^Abo$|^Abschlag$|beitrag$/iu.test(c.charged) ? "" : "e"} ${c.charged} doppelt abgebucht wurde`;
        }
        if (c.charged) return `that your ${c.charged} was charged twice`;
        return de ? `dass ${v.form === "du" ? "dir" : "Ihnen"} doppelt abgebucht wurde` : "that you were charged twice";
      }
      // "Die Rechnung war 380 € höher als der Kostenvoranschlag": billed over the quote, by how much.
      if (has(words, /kostenvoranschlag|voranschlag|than the (?:quote|estimate)/)) {
        const over = c.amounts[0] ? ` ${c.amounts[0]}` : "";
        return de
          ? `dass ${p.nom} Rechnung${over} höher war als der Kostenvoranschlag`
          : `that your bill came to${over ? `${over} more` : " more"} than the quote`;
      }
      // "30 Euro zu viel abgebucht. Ich will mein Geld zurück!": the overcharge, as they said it (not "ne Null zu
      // viel getippt … 1.870 € Nachzahlung").
      if (has(words, /zu viel (?:abgebucht|berechnet|eingezogen)|charged too much|overcharged/) && c.amounts[0])
        return overchargedClause(c.amounts[0], v);
      // "Ihr habt meinen Strom abgestellt, obwohl ich bezahlt habe": cut off, which matters more than the bill.
      const cut = /\b(?:strom|gas|wasser|heizung|internet|anschluss|power|electricity|water)\b/i.exec(words.join(" "));
      if (has(words, /abgestellt|abgeschaltet|abgeklemmt|gesperrt|cut/) && cut) {
        const what = cut[0].toLowerCase();
        // "letters saying you'll cut off my electricity": threatened, not done.
        if (!de && has(words, /\b(?:you'll|they'll|will|gonna|threaten\w*)\s(?:\w+\s)?cut\b/))
          return `that you've been told your ${what} will be cut off`;
        // "although you had paid" only when they said they had.
        const paid = has(words, /bezahlt|beglichen|überwiesen|ueberwiesen|\bpaid\b/);
        if (!de) return paid ? `that your ${what} was cut off although you had paid` : `that your ${what} was cut off`;
        const noun =
          {
            strom: "Strom",
            gas: "Gas",
            wasser: "Wasser",
            heizung: "Heizung",
            internet: "Internet",
            anschluss: "Anschluss",
          }[what] ?? "Anschluss";
        const own = v.form === "du" ? (noun === "Heizung" ? "deine" : "dein") : noun === "Heizung" ? "Ihre" : "Ihr";
        if (!paid) return `dass ${own} ${noun} abgestellt wurde`;
        return `dass ${own} ${noun} abgestellt wurde, obwohl ${v.form === "du" ? "du bezahlt hast" : "Sie bezahlt haben"}`;
      }
      // "die dritte Mahnung für eine Rechnung, die längst bezahlt ist": reminded of what they paid.
      if (has(words, /mahnung|reminder/) && has(words, /bezahlt|beglichen|überwiesen|ueberwiesen|paid/)) {
        if (!de) return "that you've had a reminder even though you've paid the bill";
        return v.form === "du"
          ? "dass du eine Mahnung bekommen hast, obwohl die Rechnung bezahlt ist"
          : "dass Sie eine Mahnung bekommen haben, obwohl die Rechnung bezahlt ist";
      }
      // "… und jetzt ne Mahnung mit Sperrandrohung im Briefkasten": the reminder is what weighs, fees or not.
      if (has(words, /mahngebühr|mahngebuehr|sperrandrohung/u)) {
        if (!de) return "that you've received a payment reminder";
        return v.form === "du" ? "dass du eine Mahnung bekommen hast" : "dass Sie eine Mahnung bekommen haben";
      }
      if (has(words, /rücklastschrift|ruecklastschrift|lastschrift.*(?:geplatzt|zurück)/u)) {
        if (!de) return "that the direct debit was returned";
        return "dass die Lastschrift zurückgegangen ist";
      }
      // "promised us a 'fixed price' of €24,900 … The final invoice says €27,380": both amounts, when they gave them.
      if (has(words, /fixed\s(?:\S+\s)?price|festpreis|pauschalpreis/u)) {
        const [agreed, billed] = c.amounts;
        if (!de) {
          return agreed && billed
            ? `that the final invoice says ${billed} although you were given a fixed price of ${agreed}`
            : "that the final invoice is higher than the fixed price you were given";
        }
        return agreed && billed
          ? `dass die Schlussrechnung ${billed} statt des vereinbarten Festpreises von ${agreed} ausweist`
          : "dass die Schlussrechnung über dem vereinbarten Festpreis liegt";
      }
      // "was charged 60 cents extra for oat milk", "Aufpreis für Hafermilch berechnet": a surcharge, however small.
      if (has(words, /charged\s(?:\S+\s){0,3}extra|extra\scharge|aufpreis|costs?\sextra|kostet\sextra/u)) {
        if (!de) return "that you were charged extra";
        return `dass ${v.form === "du" ? "dir" : "Ihnen"} ein Aufpreis berechnet wurde`;
      }
      // "euer Newsletter-Code KAFFEE15 geht nicht, da kommt nur 'Code ungültig'": the code refused, as printed.
      if (c.discountCode && !has(words, /apply|abgezogen|angerechnet|full price/)) {
        if (!de) return `that the code ${c.discountCode} isn't working`;
        return `dass der Code ${c.discountCode} nicht funktioniert`;
      }
      // "… selbst abgelesen … Habt ihr einfach geschätzt oder wat??": an estimate only suspected is not told back as
      // fact; beside another failure ("Da stimmt doch was mit dem Zähler nicht oder …") that one is told.
      const suspected = has(words, /^einfach gesch(?:ä|ae)tzt$/);
      if (suspected && words.length === 1) {
        return de
          ? `dass ${p.nom} Abrechnung nicht zu ${possessiveDative("m", v.form ?? "sie")} Zählerstand passt`
          : "that your bill doesn't match your meter reading";
      }
      // "warum mein Zählerstand geschätzt wurde": estimated, though they may have given it.
      if (!suspected && has(words, /geschätzt|geschaetzt|schätzung|schaetzung|estimated/)) {
        return de
          ? `dass ${possessiveNominative("m", v.form ?? "sie")} Zählerstand geschätzt wurde`
          : "that your meter reading was estimated";
      }
      // "Sie haben meinen Zählerstand falsch übernommen": a figure taken wrong, not just "something".
      if (has(words, /übernommen|uebernommen|abgelesen|eingetragen|erfasst/)) {
        return de
          ? `dass in ${p.dat} Abrechnung etwas falsch übernommen wurde`
          : "that something on your bill was taken over wrongly";
      }
      // "my direct debit went from £85 to £142": both amounts, as they wrote them.
      if (c.amounts.length >= 2 && has(words, /from|von|went|jumped|gestiegen|erhöht|erhoeht|raised|increased/)) {
        const [before, after] = c.amounts;
        return de
          ? `dass ${possessiveNominative("m", v.form ?? "sie")} ${has(words, /abschl[aä]g/) || /^abschlag$/iu.test(c.charged ?? "") ? "Abschlag" : "Betrag"} von ${before} auf ${after} gestiegen ist`
          : `that your payment went up from ${before} to ${after}`;
      }
      // "you raised my broadband price by 30%", "meinen Abschlag verdoppelt": the price went up.
      if (
        has(
          words,
          /raised|increased|hiked|doubled|tripled|went up|gone up|erhöht|erhoeht|verdoppelt|verdreifacht|mehr abschlag|hochgesetzt|raufgesetzt|hochgeschraubt|hochsetzt|raufsetzt/,
        )
      ) {
        // "Abschlag um 40 € erhöht": the instalment, and by how much, as they wrote it.
        if (has(words, /abschl[aä]g/)) {
          // "auf 250 Euro hochgesetzt": the new amount, not the rise.
          const by = amount
            ? has(words, new RegExp(`auf ${escapeRegExp(amount)}`, "iu"))
              ? ` auf ${amount}`
              : ` um ${amount}`
            : "";
          // "ohne Vorwarnung verdoppelt": doubled is what they said, and more than "erhöht".
          const how = has(words, /verdoppelt/) ? "verdoppelt" : has(words, /verdreifacht/) ? "verdreifacht" : "erhöht";
          return `dass ${possessiveNominative("m", v.form ?? "sie")} Abschlag${how === "erhöht" ? by : ""} ${how} wurde`;
        }
        // "die Pauschale ohne Ankündigung um 35 % erhöht": the fee they named, and by how much.
        const fee = words.map((w) => /\b(\p{L}*(?:pauschale|gebühr|beitrag))\b/iu.exec(w)?.[1]).find(Boolean);
        if (de && fee) {
          const percent = words.map((w) => /\bum (\d+(?:[.,]\d+)?\s?%)/u.exec(w)?.[1]).find(Boolean);
          const noun = fee.charAt(0).toUpperCase() + fee.slice(1);
          const article = /beitrag$/iu.test(fee) ? "der" : "die";
          return `dass ${article} ${noun}${percent ? ` um ${percent}` : ""} erhöht wurde`;
        }
        // "my direct debit went up": the payment they named, not a price.
        if (!de && has(words, /direct debit/)) return "that your direct debit has gone up";
        return de ? `dass ${v.form === "du" ? "dein" : "Ihr"} Preis gestiegen ist` : "that your price has gone up";
      }
      // "Mein Abo wurde verlängert, obwohl ich gekündigt habe": renewed against the notice they gave.
      if (has(words, /verlängert|verlaengert|renewed/)) {
        return de
          ? `dass ${possessiveNominative("m", v.form ?? "sie")} Vertrag trotz Kündigung verlängert wurde`
          : "that your subscription renewed even though you had cancelled";
      }
      // "you took my direct debit a week early", "den Abschlag zu früh abgebucht": taken before it was due.
      if (has(words, /\bearly\b|zu früh|zu frueh/)) {
        const when = c.durations.find((d) => /week|day|woche|tag/iu.test(d));
        const thing = c.charged ?? (de ? "Abschlag" : "payment");
        if (!de) return `that your ${thing} was taken${when ? ` ${when}` : ""} early`;
        return `dass ${possessiveNominative("m", v.form ?? "sie")} ${thing} zu früh abgebucht wurde`;
      }
      // "Abo pausiert und trotzdem kam ein Paket … abgebucht": paused, not cancelled, and charged all the same.
      if (has(words, /pausiert|paused|skipped|übersprungen|ausgesetzt/)) {
        const thing = c.charged ?? (de ? "Abo" : "subscription");
        const sent = has(words, /kam|geliefert|geschickt|delivered|arrived|sent|came/);
        return de
          ? `dass trotz pausiertem ${thing} ${sent ? "ein Paket kam und " : ""}abgebucht wurde`
          : `that you were ${sent ? "sent a parcel and " : ""}charged even though you had ${has(words, /skipped/) ? "skipped the delivery" : `paused your ${thing}`}`;
      }
      // "Cancelled my membership 3 months ago and you're STILL taking money": charged after they left.
      if (
        // Not "berechnet trotzdem Einweg": charged anyway, not charged after leaving.
        has(words, /still|trotz|despite|immer noch/) &&
        has(words, /cancel|kündig|kuendig|gekündigt|left|verlassen|taking|charging|debiting|abbuch|\bweiter\b/)
      ) {
        return de
          ? `dass ${v.form === "du" ? "dir" : "Ihnen"} trotz Kündigung weiter Geld abgebucht wird`
          : "that you're still being charged after cancelling";
      }
      // "still hasn't fixed my invoice after 6 weeks": a bill that came wrong and was not put right.
      if (has(words, /\b(?:hasnt|havent|hasn't|haven't|not) (?:fixed|corrected|sorted|amended|changed)\b/)) {
        const bill = c.bill ?? (de ? "Rechnung" : "invoice");
        return de
          ? `dass ${p.nom} ${bill} noch immer nicht korrigiert ist`
          : `that your ${billWord(bill)} still hasn't been corrected`;
      }
      // "Ich warte seit 3 Monaten auf meine Jahresabrechnung", "kam bis heute nicht": the bill has not come (not
      // "47 Minuten in der Warteschleife": the hotline, not the bill).
      if (
        has(
          words,
          /(?:^|\s)warte(?!schleife)|(?:^|\s)warten|bis heute nicht|nicht gekommen|nicht bekommen|nie bekommen|nicht da|still waiting|not received|haven't received|hasn't arrived|never arrived|still hasn't/,
        ) &&
        // "both billed at the old household rate, roughly €310 overpaid … still waiting": a bill that came wrong, not
        // one that never came.
        !has(words, /billed|overpaid|overcharged|rate\b|berechnet|zu viel/)
      ) {
        const bill = c.bill ?? (de ? "Abrechnung" : "bill");
        const wait = since(c, v.language);
        if (!de)
          return wait
            ? `that you've been waiting ${wait.replace(/^for\s+/i, "")} for your ${billWord(bill)}`
            : `that your ${billWord(bill)} hasn't arrived yet`;
        if (wait)
          return v.form === "du"
            ? `dass du ${wait} auf deine ${bill} wartest`
            : `dass Sie ${wait} auf Ihre ${bill} warten`;
        return `dass ${p.nom} ${bill} noch nicht da ist`;
      }
      // "the bill wasn't send with the phone or to the e-mail": the bill that never came, not a charge to check.
      if (c.billMissing) {
        if (!de) return `that your ${c.bill ? billWord(c.bill) : "invoice"} didn't reach you`;
        const bill = c.bill ? `${v.form === "du" ? "deine" : "Ihre"} ${c.bill}` : "die Rechnung";
        return `dass ${bill} nicht bei ${v.form === "du" ? "dir" : "Ihnen"} angekommen ist`;
      }
      // "meine Schlussrechnung", "my final bill": the bill they named (every such word is feminine in German).
      return de
        ? `dass mit ${p.dat} ${c.bill ?? "Abrechnung"} etwas nicht stimmt`
        : `that something is wrong with your ${c.bill ? billWord(c.bill) : "bill"}`;
    }
    case "refund": {
      // "My subscription renewed even though I cancelled. Please refund the £59": the renewal is what happened.
      if (has(words, /verlängert|verlaengert|renewed/)) return caseClause({ ...c, problem: "billing" }, v);
      // "30 Euro zu viel abgebucht. Ich will mein Geld zurück!": the overcharge is what happened.
      if (has(words, /zu viel|too much|overcharged/) && c.amounts[0]) return overchargedClause(c.amounts[0], v);
      // "zweimal 39,99 € abgebucht … Bitte um Rückerstattung": the double charge is what happened.
      if (chargedTwice(words) && c.amounts[0]) return caseClause({ ...c, problem: "billing" }, v);
      // "ohne dass ich das erlaubt habe": money spent without their consent.
      if (has(words, /ohne|without/) && c.amounts[0]) {
        return de
          ? `dass ohne ${v.form === "du" ? "deine" : "Ihre"} Zustimmung ${c.amounts[0]} bezahlt wurden`
          : `that ${c.amounts[0]} was spent without your permission`;
      }
      const wait = since(c, v.language);
      // "auf meine Gutschrift über 120 €": the amount they wait for belongs to the refund.
      const over = c.amounts[0] ? (de ? ` über ${c.amounts[0]}` : ` of ${c.amounts[0]}`) : "";
      // "die Gutschrift", "my credit": the money owed back in the commenter's word.
      const owed = de
        ? c.owedAs && /^\p{Lu}/u.test(c.owedAs)
          ? c.owedAs
          : "Erstattung"
        : c.owedAs && /^\p{Ll}/u.test(c.owedAs)
          ? c.owedAs
          : "refund";
      if (wait) {
        if (!de) return `that you've been waiting ${wait.replace(/^for\s+/i, "")} for your ${owed}${over}`;
        return v.form === "du"
          ? `dass du ${wait} auf deine ${owed}${over} wartest`
          : `dass Sie ${wait} auf Ihre ${owed}${over} warten`;
      }
      return de ? `dass ${p.nom} ${owed} noch aussteht` : `that your ${owed} is still outstanding`;
    }
    case "waiting": {
      // "been on hold for 2 hours", "40 Minuten in der Warteschleife": the call, not an answer by mail.
      const hold = has(words, /warteschleife|on hold|hotline/) ? onHoldClause(c, v) : undefined;
      if (hold) return hold;
      const when = since(c, v.language);
      if (!de && phoneUnanswered(words)) return "that nobody picked up the phone";
      // "meant to be finished on 4 June … nobody has turned up since": the job left standing; the date named was the
      // finish, not a visit, so no day is said.
      if (!de && has(words, /(?:nobody|no one)\s(?:has|have)\s(?:turned up|shown up|come)/))
        return "that nobody from our team has turned up";
      // "Rückruf gebucht, es hat niemand angerufen": the call-back not made, said as the other cases say it.
      // "both times nobody turned up": an appointment not kept, not an answer awaited.
      if (
        (has(words, /angerufen|^nobody called|^no one called/) && !has(words, CALL_BACK)) ||
        // "nobody has turned up since": the same, in the perfect.
        has(
          words,
          /(?:nobody|no one|niemand|keiner)\s(?:has\s|had\s)?(?:turned up|showed|came|come|kam|ist gekommen|aufgetaucht)/,
        ) ||
        // "den Vor-Ort-Termin … es kam keiner": the same, said the other way round.
        has(words, /^(?:kam|kamen)\s(?:keiner|niemand)$/)
      )
        return caseClause({ ...c, problem: "other" }, v);
      // "Techniker kam nicht, keine Absage": the one sent for did not come.
      if (words.some((w) => SENT_NOT_COME.test(w))) return noShowClause(c, v);
      // "warte seit Wochen auf einen Rückruf", "still waiting for the callback": the call we owe them.
      // "um Rückruf wegen meiner Wärmepumpen-Wartung gebeten": the call and what it is about.
      const callAbout = c.awaited && /^(?:rückruf|call)\s/iu.test(c.awaited) ? ownedBy(c.awaited, v) : undefined;
      const call = callAbout !== undefined || has(words, CALL_BACK);
      // "auf das Angebot für die Wärmepumpe", "for your quote": what they wait for, as they named it.
      const awaited = callAbout
        ? `${de ? "unseren" : "our"} ${callAbout}`
        : c.awaited && !call
          ? ownedBy(c.awaited, v)
          : undefined;
      // "Wechselrichter hängt immer noch nicht am Netz": something still not done, no answer awaited; said plainly.
      if (!awaited && !call && words.length > 0 && words.every((word) => STILL_NOT.test(word))) return undefined;
      const what = awaited ?? (de ? (call ? "unseren Rückruf" : "eine Antwort") : call ? "our call" : "an answer");
      if (!when) return stillAwaited(what, v);
      return de
        ? `dass ${p.you} ${when} auf ${what} ${v.form === "du" ? "wartest" : "warten"}`
        : `that you've been waiting ${when} for ${what}`;
    }
    case "travel": {
      if (c.baggage) return baggageClause(c.baggage, v, words);
      if (c.line) {
        // "fällt aus … ich komme zu spät zur Arbeit": the cancellation is what happened; lateness is what it caused.
        const late =
          has(words, /verspät|spät|delay|late/) && !has(words, /fällt|faellt|fiel|ausgefallen|gestrichen|cancel|aus$/);
        // "der Bus 142", "der ICE 597", "die RB 48", "die S1", "die Linie 12".
        const article = MASCULINE_LINE.test(c.line) ? "der" : "die";
        // "einfach an der Haltestelle vorbeigefahren": it ran, but did not stop for them.
        if (has(words, /vorbeigefahren|durchgefahren|drove past/)) {
          return de ? `dass ${article} ${c.line} nicht angehalten hat` : `that the ${c.line} didn't stop for you`;
        }
        if (de) return `dass ${article} ${c.line} ${late ? "schon wieder Verspätung hatte" : "ausgefallen ist"}`;
        return `that the ${c.line} ${late ? "was delayed again" : "was cancelled"}`;
      }
      if (has(words, /zimmer|room|given/)) {
        return de
          ? `dass ${p.nom.replace(/e$/, "")} gebuchtes Zimmer nicht verfügbar war`
          : "that the room you booked wasn't available";
      }
      if (has(words, /ausgefallen|gestrichen|storniert|cancel|stranded|gestrandet|fällt|faellt|fiel|\baus$/)) {
        return de ? `dass ${p.nom} Verbindung ausgefallen ist` : "that your journey was cancelled";
      }
      if (has(words, /check/)) return de ? "dass der Check-in nicht geklappt hat" : "that check-in didn't work";
      return de ? `dass ${p.nom} Reise nicht wie gebucht geklappt hat` : "that your trip didn't go as booked";
    }
    case "service": {
      // Treated badly at a counter or a café: the visit is what went wrong, whoever it happened to.
      const where = c.places[0];
      // "Die Leute an der Hotline sprechen kein Deutsch": not understood, on the line or in the store.
      if (has(words, /^(?:sprechen|spricht|sprach|sprachen|speak|speaks|spoke)\b/)) {
        const line = c.channel === "phone";
        if (!de) return `that you didn't feel understood ${line ? "on our line" : "by our team"}`;
        const at = line ? "an unserer Hotline" : "bei uns";
        return v.form === "du"
          ? `dass du dich ${at} nicht verstanden gefühlt hast`
          : `dass Sie sich ${at} nicht verstanden gefühlt haben`;
      }
      // "wie einen Dieb behandelt, nur weil ich Türke bin": how they felt treated is said as theirs, not judged.
      if (
        has(
          words,
          /dieb|verbrecher|kriminell|diskriminiert|discriminated|profiled|thief|criminal|shoplifter|deutsch|geboren|beschimpft|beleidigt|angepöbelt|angepoebelt|bedroht|eingegriffen/,
        )
      ) {
        if (!de) return "that you felt treated this way in our store";
        return v.form === "du"
          ? "dass du dich bei uns so behandelt gefühlt hast"
          : "dass Sie sich bei uns so behandelt gefühlt haben";
      }
      // "Stand heute um 10 vor verschlossener Tür": the branch was closed when they came.
      if (
        has(
          words,
          /verschlossen|\bclosed\b|\blocked\b|geschlossen|gitter|\b(?:noch|schon) zu\b(?!\s(?!obwohl|aber|trotz)\p{L})|gleich zur(?:ü|ue)ck/u,
        )
      ) {
        if (!de) return `that you found our${where ? ` ${where}` : ""} branch closed`;
        const you = v.form === "du" ? "du" : "Sie";
        return `dass ${you}${where ? ` in ${where}` : ""} vor verschlossener Tür ${v.form === "du" ? "standest" : "standen"}`;
      }
      // "hung up on me mid-sentence": the call, not a visit.
      if (c.channel === "phone")
        return de
          ? `dass ${possessiveNominative("n", v.form ?? "sie")} Telefonat mit uns so unerfreulich verlaufen ist`
          : "that your call with us went so badly";
      if (c.channel === "chat")
        return de
          ? `dass ${possessiveNominative("m", v.form ?? "sie")} Chat mit uns so unerfreulich verlaufen ist`
          : "that your chat with us went so badly";
      // "Bus 3 driver today was incredibly rude to an elderly lady": on the line, not a visit.
      if (c.line) {
        if (!de)
          return `that this happened on ${/^(?:bus|tram|route|line)\s/i.test(c.line) ? c.line.toLowerCase() : `the ${c.line}`}`;
        return `dass das ${MASCULINE_LINE.test(c.line) ? "im" : "in der"} ${c.line} passiert ist`;
      }
      // "moved into my flat in Cologne …, still no contract confirmation", "Wrote … in English. Got 3 replies in
      // German": no visit told, so none is said to have gone badly.
      if (!c.visited) return undefined;
      // "Your fitter installed our heat pump … but couldn't finish the commissioning": our people at their home, no
      // visit to a branch. German says "der Besuch in Bergheim" of the fitter's visit as well.
      if (c.work && !de) return "that our visit to your home didn't go as planned";
      if (de) return `dass der Besuch${where ? ` in ${where}` : " bei uns"} so unerfreulich verlaufen ist`;
      return `that the visit${where ? ` to our ${where} branch` : ""} went so badly`;
    }
    case "safety":
      return safetyClause(c, v, words);
    case "defect": {
      // "Gutschein … im Onlineshop heißt es „ungültig“": the voucher refused, not the till it was bought at.
      const card = refusedCardClause(c, v, words);
      if (card) return card;
      // "scratched our kitchen floor while fitting the boiler": what the work damaged, not the boiler.
      if (c.damaged && has(words, DAMAGE)) return damageClause(c, v, words);
      // "zeigt seit gestern Störung E204 und wir haben kein Warmwasser": the supply gone weighs more than the fault.
      const supply = supplyCaseClause(c, v, words);
      if (supply) return supply;
      // "wp 9 ist seit 3 tagen aus. störungsdienst angerufen, ticket aufgemacht, keiner kommt": help asked for that
      // has not come is what they wait on, as the wait says it.
      if (de && has(words, /^(?:niemand|keiner) kommt$/)) return caseClause({ ...c, problem: "other" }, v);
      // "komme mit der neuen App überhaupt nicht klar": help with using it, not a fault.
      if (has(words, /klar$|zurecht$/)) {
        // "mit dem neuen Kundenportal": what they struggle with, when it is named and its gender known.
        const gender = c.product ? genderOf(c.product) : undefined;
        const ours = c.product !== undefined && companyOwned(c.product);
        if (!de)
          return c.product
            ? `that you're finding ${ours ? "our" : "your"} ${c.product} hard to use`
            : "that you're finding it hard to use";
        const what =
          c.product && gender
            ? `${possessiveDative(gender, ours ? "we" : (v.form ?? "sie"))} ${c.product}`
            : "der Bedienung";
        return v.form === "du"
          ? `dass du mit ${what} nicht gut zurechtkommst`
          : `dass Sie mit ${what} nicht gut zurechtkommen`;
      }
      // "eine Dose Erbsen, total verbeult und ausgelaufen": damaged goods, whatever they were.
      if (!c.product && has(words, /verbeult|ausgelaufen|aufgeplatzt|beschädigt|dented|leaked|damaged/)) {
        return de
          ? `dass ${v.form === "du" ? "dein" : "Ihr"} Einkauf beschädigt war`
          : "that your purchase was damaged";
      }
      return (
        // "Seitdem fliegt nach 20 min Laden die Sicherung raus": the fuse it trips, on their own thing.
        fuseClause(c, v, words) ??
        // "the ramp mentioned on your website doesn't exist": the ramp, not the website.
        (has(words, /exist/) ? facilityClause(c, v) : undefined) ??
        garmentClause(c, v, words) ??
        noiseClause(c, v, words) ??
        // "dass der Batteriespeicher seit dem Update nur noch 0 % anzeigt": the fault as their sentence said it.
        statedClause(c, v) ??
        // "die mobile Rampe … in Reparatur … bis mir jemand nen Kaffee rausbringt": the thing of ours out of order.
        facilityClause(c, v) ??
        failedClause(c, v) ??
        productClause(c, v) ??
        (de ? "dass etwas nicht funktioniert" : "that something isn't working")
      );
    }
    default: {
      if (!de && phoneUnanswered(words)) return "that nobody picked up the phone";
      // "im Café Kreuzberg kann mir keiner sagen, von welcher Kooperative die Bohnen sind": an answer not had, no fault
      // in the beans.
      if (
        words.length > 0 &&
        words.every((word) =>
          /^(?:kann|konnte) (?:mir |uns )?(?:keiner|niemand) sagen$|^(?:keiner|niemand) sagen$|^(?:nobody|no one) (?:could|can) tell (?:me|us)$/u.test(
            word,
          ),
        )
      ) {
        if (!de) return "that nobody could give you an answer";
        return `dass ${v.form === "du" ? "dir" : "Ihnen"} niemand Auskunft geben konnte`;
      }
      // "kommt alle Post noch auf meinen alten Nachnamen": the new name not taken over.
      if (has(words, /\balten (?:namen|nachnamen)\b/)) {
        if (!de) return "that your new name hasn't been updated yet";
        return v.form === "du"
          ? "dass dein neuer Name noch nicht übernommen wurde"
          : "dass Ihr neuer Name noch nicht übernommen wurde";
      }
      // "meine volle Stempelkarte aus Ottensen … die gilt nur im Hamburger Café": a card refused at a branch.
      const card = refusedCardClause(c, v, words);
      if (card) return card;
      const torn = tornPackClause(c, v, words);
      if (torn) return torn;
      // "install date moved three times", "Termin dreimal verschoben": a date put off again and again.
      if (
        has(
          words,
          /^(?:moved|rescheduled|postponed|changed|pushed back) (?:two|three|four|five|\d) times$|^(?:zwei|drei|vier|fünf|\d)(?:mal|x| mal) verschoben$/u,
        )
      ) {
        if (!de) return `that your ${c.work ? "installation date" : "appointment"} has been moved several times`;
        return `dass ${v.form === "du" ? "dein" : "Ihr"} Termin mehrmals verschoben wurde`;
      }
      // "DREI Termine für die Wartung … hat euer Monteur platzen lassen": appointments that did not take place.
      if (de && has(words, /platzen (?:lassen|gelassen)$/u)) {
        const own = v.form === "du" ? "deine" : "Ihre";
        const kind = has(words, /wartung/u) ? "Wartungstermine" : "Termine";
        return `dass ${own} ${kind} nicht zustande gekommen sind`;
      }
      // "kein Warmwasser", "no power": their supply at home, said as it is.
      const supply = supplyCaseClause(c, v, words);
      if (supply) return supply;
      // "the whole thing went down my coat": a drink spilled on what they wore, said of the drink, no one blamed.
      const garment = words
        .map(
          (w) =>
            /\b(?:went|spilled|poured|ran) (?:down|over) (?:my|her|his|our) (coat|jacket|shirt|dress|trousers|jeans|laptop|bag)$/u.exec(
              w,
            )?.[1],
        )
        .find(Boolean);
      if (garment && !de) return `that your drink ended up all over your ${garment}`;
      // "Das war garantiert NICHT entkoffeiniert": the decaf they had was not decaf.
      if (has(words, NOT_DECAF)) {
        const what =
          c.numbers.length > 0 || c.item ? itemNoun(c, v, number(c, ["order", "invoice", "other"])) : undefined;
        const decaf = de ? `${v.form === "du" ? "dein" : "Ihr"} entkoffeinierter Kaffee` : "your decaf";
        return notDecafClause(what ?? decaf, v);
      }
      const served = servedClause(c, v);
      if (served) return served;
      // "took the old one off, and left without fitting the new one": work begun and not finished.
      // "left our WP 9 install half done", "WP 9 halb eingebaut": the same, said by how far it got.
      if (
        (has(words, /^(?:left|went) (?:\p{L}+ )?without|ohne/u) &&
          has(words, /fitting|install|connect|einzubauen|anzuschließen|anzuschliessen|fertig/u)) ||
        has(words, /\bhalf (?:done|finished|fitted|installed)\b|\bhalb (?:eingebaut|angeschlossen|montiert|fertig)\b/u)
      ) {
        if (de) return "dass die Arbeiten nicht zu Ende gebracht wurden";
        // "WP 9" is a model's name and keeps its capitals; "Heat pump" at a sentence's start is "heat pump".
        const product = c.product && /\d|^\p{Lu}{2}/u.test(c.product) ? c.product : c.product?.toLowerCase();
        return `that the work${product ? ` on your ${product}` : ""} was left unfinished`;
      }
      // "left our garden gate open and the dog got out": a gate left open, nothing damaged.
      const leftOpen = words.map((w) => /\bleft (?:\w+ )?((?:\w+ )?(?:gate|door)) open$/iu.exec(w)?.[1]).find(Boolean);
      if (leftOpen && !de) return `that your ${leftOpen.toLowerCase().replace(/^(?:our|my|the) /u, "")} was left open`;
      if (!de && has(words, /\bleft\b.*\bopen$/)) return "that something was left open";
      if (de && has(words, /offen (?:gelassen|stehen)/)) return "dass bei den Arbeiten etwas offen gelassen wurde";
      // "Aufgeräumt hat natürlich keiner": the mess left, nothing broken.
      if (
        has(words, /aufgeräumt|aufgeraeumt/) &&
        !has(words, /beschädigt|beschaedigt|zerbrochen|platt|zertrampelt|zerkratzt/)
      )
        return de ? "dass nach den Arbeiten nicht aufgeräumt wurde" : "that the mess after the work was left for you";
      // "Ihr Monteur hat beim Einbau die Wand beschädigt": what they report, said without judging whose fault it is.
      if (has(words, DAMAGE) && !c.item) return damageClause(c, v, words);
      // "the gift card never showed up in my inbox": a thing that did not come, not a visit. An order read here, with
      // no delivery told, is the job the engineer did not come for ("hasn't turned up for the survey. order 55…").
      if (
        c.item &&
        !(c.item === "order" && !c.product && !de) &&
        has(words, /turned up|showed|shown|came$|aufgetaucht|gekommen|kam$/) &&
        // "gekommen ist beides gemahlen": it came, in the wrong form.
        !has(words, /gemahlen|ground|falsch|wrong/)
      ) {
        const thing = itemNoun(c, v, number(c, ["order", "invoice", "other"]));
        return de ? `dass ${thing} nicht angekommen ist` : `that ${thing} never arrived`;
      }
      // "The engineer turned up 3 hours late", "Der Techniker kam zwei Stunden zu spät": kept, but late.
      if (has(words, /\blate$|zu spät$|zu spaet$|verspätet$/)) {
        // "if the delivery is late again": no one of ours said to have come late.
        if (!has(words, /turned up|arrived|showed|came|kam|gekommen|erschienen|aufgetaucht/)) {
          return de ? "dass es zu einer Verspätung gekommen ist" : "that there was a delay";
        }
        const late = c.durations.find((d) => /minut|stund|hour|min\b/iu.test(d));
        if (de) return `dass unser Techniker${late ? ` ${inSentence(late)}` : ""} zu spät gekommen ist`;
        return `that our engineer arrived${late ? ` ${inSentence(late).replace(/^for\s+/i, "")}` : ""} late`;
      }
      // "um 12:40 kam ne SMS: Termin verschoben": the appointment moved, said as plainly.
      if (
        has(
          words,
          /^termin\s(?:\p{L}+\s)?(?:verschoben|abgesagt)$|^appointment\s(?:was\s)?(?:moved|cancelled|canceled|rescheduled)$/iu,
        )
      ) {
        if (!de) return "that your appointment was moved";
        return v.form === "du" ? "dass dein Termin verschoben wurde" : "dass Ihr Termin verschoben wurde";
      }
      // "störungsdienst angerufen, ticket aufgemacht, keiner kommt": help asked for that has not come; no appointment
      // is said.
      if (de && has(words, /^(?:niemand|keiner) kommt$/))
        return `dass noch niemand bei ${v.form === "du" ? "dir" : "Ihnen"} war`;
      // "my subscription bag turned up torn open", "Paket kam kaputt an": it came, damaged; nobody was due.
      if (
        has(
          words,
          /(?:turned up|showed up|arrived|came|kam|gekommen|angekommen)\b.*\b(?:torn|ripped|split|burst|damaged|broken|smashed|crushed|squashed|soaked|leaking|kaputt|beschädigt|beschaedigt|aufgerissen|aufgeplatzt|zerbrochen|zerdrückt|eingedrückt|durchnässt)\b/,
        )
      ) {
        const order = deliveryOf(c, de, p.nom);
        return de ? `dass ${order} beschädigt angekommen ist` : `that ${order} arrived damaged`;
      }
      // "extra ganze Bohnen angeklickt – gekommen ist beides gemahlen": the order came, not as ordered; nobody was due.
      // "both showed up ground for espresso??": likewise.
      if (has(words, /(?:gekommen|kam|geliefert|came|showed up|arrived|turned up)\b.*\b(?:gemahlen|ground)\b/)) {
        // "Jetzt kam mein Abo schon zum 2. Mal gemahlen an": the subscription's delivery.
        const order = deliveryOf(c, de, p.nom);
        return de ? `dass ${order} nicht so angekommen ist wie bestellt` : `that ${order} didn't arrive as ordered`;
      }
      // "Der Techniker sollte gestern kommen, es ist niemand aufgetaucht": an appointment not kept. Not "Bis heute
      // nix gekommen": a paper that did not come.
      if (
        has(
          words,
          /aufgetaucht|erschienen|gekommen|vorbeigekommen|kam$|kamen$|kam nicht|kamen nicht|nicht (?:kommt|kommen|erscheint)$|(?:kam|kamen|kommt|erschien) (?:[a-zäöüß]+ )?(?:keiner|niemand)|(?:niemand|keiner) (?:ist |war )?da$|turned up|turn up|show up|showed|shown|no-show|no showed$|came$|didn'?t come/,
        ) &&
        !has(words, /\b(?:nix|nichts)\b/)
      ) {
        // "paid €27.50 for a subscription box that never turned up": a thing paid for did not come, no visit.
        if (!de && c.product && c.paid && SENT_GOODS.test(c.product)) return `that your ${c.product} never arrived`;
        // "my sub box from two weeks ago still hasn't turned up": the box that failed to come, no visit.
        if (!de && c.failed && SENT_GOODS.test(c.failed)) return `that your ${c.failed} never arrived`;
        // "unser Büro-Abo ist letzte Woche nicht gekommen": the subscription's delivery, no visit.
        if (de && c.product && /(?:abo|abonnement)$/iu.test(c.product)) {
          const when = c.dates[0] ? ` ${c.dates[0]}` : "";
          return `dass ${v.form === "du" ? "deine" : "Ihre"} Abo-Lieferung${when} nicht angekommen ist`;
        }
        return noShowClause(c, v);
      }
      // After a visit nobody kept ("nobody showed up and nobody called"), the visit is the case.
      // "Rückruf gebucht, es hat niemand angerufen": a call-back not made.
      // Not their own calls: "Hab zweimal beim Service angerufen" tells what they did, not a call-back owed.
      if (
        has(
          words,
          /zurückgerufen|zurueckgerufen|(?:niemand|keiner|nicht|nie)\b.*\bangerufen|(?:never|not|didn'?t|nobody|no one)\b.*\bcalled|called back/,
        )
      ) {
        // "Nobody has called since": no call-back was said to be agreed, so none is.
        const agreed =
          has(words, /rückruf|rueckruf|callback|call back|called back|zurückgerufen|zurueckgerufen/) ||
          /rückruf|rueckruf|call/iu.test(c.awaited ?? "");
        if (!agreed && has(words, /\b(?:since|seitdem|seither)\b|\b(?:has|have) (?:called|rung|phoned)\b/))
          return de
            ? `dass sich seitdem niemand bei ${v.form === "du" ? "dir" : "Ihnen"} gemeldet hat`
            : "that nobody has been in touch since";
        return de
          ? "dass sich zum vereinbarten Rückruf niemand gemeldet hat"
          : "that nobody called you back as arranged";
      }
      // An order that went wrong in a way no rule names: said with the commenter's word and how long it has been.
      // An order complained about for a while ("seit drei Wochen … mein Paket"): the wait is what was said.
      // "I bought it 2 years ago": when it was bought is no wait.
      if (c.problem === "other" && c.item && !c.product && c.durations.some((d) => !YEARS.test(d))) {
        return caseClause({ ...c, problem: "delivery" }, v);
      }
      return (
        queueClause(c, v, words) ??
        fuseClause(c, v, words) ??
        statedClause(c, v) ??
        // "Das WLAN im Café ist tot … ich lass jedes Mal 2 Kaffee da": the café's wifi, not what they buy there.
        (c.facility && WIFI.test(c.facility) ? facilityClause(c, v) : undefined) ??
        failedClause(c, v) ??
        productClause(c, v) ??
        facilityClause(c, v) ??
        (c.problem ? generalClause(v) : undefined)
      );
    }
  }
}

/** "hatte meine Tasse einen Sprung", "chipped mug": " an einer Tasse mit Sprung in Kreuzberg", " on a chipped mug". */
const DISHES: Record<string, [string, string]> = {
  tasse: ["einer Tasse", "cup"],
  glas: ["einem Glas", "glass"],
  teller: ["einem Teller", "plate"],
  becher: ["einem Becher", "mug"],
  cup: ["einer Tasse", "cup"],
  mug: ["einem Becher", "mug"],
  glass: ["einem Glas", "glass"],
  plate: ["einem Teller", "plate"],
};
function crackedDishes(words: readonly string[], c: Case, language: "de" | "en"): string {
  const said = words.join(" ");
  if (!/sprung|riss|chipped|cracked/u.test(said)) return "";
  const dish = /\b(tasse|glas|teller|becher|cup|mug|glass|plate)\b/u.exec(said)?.[1];
  const [de, en] = (dish && DISHES[dish]) ?? [];
  if (!de || !en) return "";
  const where = c.places[0] ? ` in ${c.places[0]}` : "";
  return language === "de" ? ` an ${de} mit Sprung${where}` : ` on a chipped ${en}${where}`;
}

/** Who was hurt, as lifted ("Mein Sohn", "my daughter"), and where the harm was found ("in meinem Joghurt"). */
const RELATIVE_DE = /^mein(e?)\s+(\S+)$/iu;
const RELATIVE_EN = /^my\s+(\S+)$/iu;
const FOUND_IN_DE = /^in\s+mein(em|er)\s+(\S+)$/iu;
const FOUND_IN_EN = /^in\s+my\s+(\S+)$/iu;
/** What was found, in the reply's words. */
const FOUND: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/schimmel|mou?ld/i, "Schimmel", "mould"],
  [/glas|glass/i, "Glas", "glass"],
  [/metal/i, "Metall", "metal"],
  [/^(?:haar|haare|hair)\b/i, "ein Haar", "a hair"],
  [/^(?:insekt|insect|fliege|fly|kakerlake|cockroach)\b/i, "ein Insekt", "an insect"],
  [/fremdkörper|fremdkoerper|foreign/i, "ein Fremdkörper", "a foreign object"],
  [/\b(?:stein|steinchen|stone)\b/i, "ein Steinchen", "a stone"],
  [/plastik|plastic/i, "ein Stück Plastik", "a piece of plastic"],
  [/schraube|\bscrew/i, "eine Schraube", "a screw"],
];

/** "Ihr Sohn", "deine Tochter", "Sie" / "your son", "you": the one who was hurt, as the reply addresses them. */
function harmedOf(c: Case, v: Voice): string | undefined {
  if (!c.harmed) return undefined;
  if (v.language === "en") {
    const en = RELATIVE_EN.exec(c.harmed);
    return en ? `your ${en[1]?.toLowerCase()}` : undefined;
  }
  const de = RELATIVE_DE.exec(c.harmed);
  if (!de) return undefined;
  const feminine = de[1] !== "";
  return `${v.form === "du" ? (feminine ? "deine" : "dein") : feminine ? "Ihre" : "Ihr"} ${de[2]}`;
}

/** Words that tell of someone hurt: only then does a safety reply speak of an injury. */
const HURT =
  /verletz|hurt|injur|wound|\bcut\b|\bcuts\b|geschnitten|schnitt|burn|verbrann|verbrüh|verbrueh|scald|blut|blood|bleed|gestürzt|gestuerzt|stürzte|stuerzte|\bfell\b|gebrochen|\bbroke\b|prellung|bruise|blase|blister|notaufnahme|krankenhaus|hospital|\barzt|doctor|stitches|genäht|genaeht|ausgerutscht|slipped|tripped|gestolpert|umgeknickt|sprain|verstaucht|splitter|splinter|schmerz|\bpain|stromschlag|electric shock|\bshock|zahn|tooth|teeth/;

/**
 * "dass sich Ihr Sohn verletzt hat", "that there was mould in your yoghurt": someone hurt or something harmful
 * found, said plainly and without a word of annoyance; nothing about how it happened is conceded.
 */
function safetyClause(c: Case, v: Voice, words: readonly string[]): string {
  const de = v.language === "de";
  // "Glasscherben auf dem Rasen, mein Kind hat sich geschnitten": someone hurt comes first, unless it was in the food.
  const found = c.harmed && !c.foundIn ? undefined : FOUND.find(([pattern]) => has(words, pattern));
  if (found) {
    if (de) {
      const place = FOUND_IN_DE.exec(c.foundIn ?? "");
      const own = v.form === "du" ? "dein" : "Ihr";
      return `dass ${found[1]} ${place ? `in ${own}${place[1]} ${place[2]}` : "im Produkt"} war`;
    }
    const place = FOUND_IN_EN.exec(c.foundIn ?? "");
    return `that there was ${found[2]} in ${place ? `your ${place[1]}` : "the product"}`;
  }
  const harmed = harmedOf(c, v);
  // "to report a gas smell": what they smelled, never an injury nobody told of.
  if (has(words, GAS_SMELL) && !c.harmed)
    return de
      ? v.form === "du"
        ? "dass du Gasgeruch bemerkt hast"
        : "dass Sie Gasgeruch bemerkt haben"
      : "that you've noticed a smell of gas";
  // "the battery caught fire in my garage": a fire or an explosion, said as such, whoever was or was not hurt.
  if (has(words, /explodiert|exploded/i))
    return de ? "dass es zu einer Explosion gekommen ist" : "that there was an explosion";
  // "neighbour called the fire brigade … turns out its just steam": the call-out they told, not a fire.
  if (
    has(words, /fire brigade|fire service|fire department|feuerwehr/i) &&
    !has(words, /flames|flammen|\bbrand\b|brannte|in brand|caught fire|on fire/i)
  )
    return de ? "dass die Feuerwehr ausrücken musste" : "that the fire brigade had to be called out";
  // Not "Brandblase", "Brandfleck": a burn or a scorch mark is no fire.
  if (has(words, /\bfire\b|flames|\bbrand\b|flammen|feuerwehr|\bbrannte\b|in brand/i))
    return de ? "dass es zu einem Brand gekommen ist" : "that there was a fire";
  if (has(words, /überhitzt|ueberhitzt|overheated/i)) return de ? "dass das Gerät überhitzt ist" : "that it overheated";
  // "your driver nearly ran me over": a danger on the road, said without conceding whose van it was.
  // "Eure Fahrer rasen jeden Morgen durch die Spielstraße": driving that worries them, nobody hurt.
  if (c.road === "speeding") {
    if (!de) return "that the way our drivers drive there worries you";
    return v.form === "du"
      ? "dass dich die Fahrweise unserer Fahrer dort beunruhigt"
      : "dass Sie die Fahrweise unserer Fahrer dort beunruhigt";
  }
  if (c.road) {
    if (!de) return "that you were put in such danger";
    return v.form === "du"
      ? "dass du in so eine gefährliche Lage geraten bist"
      : "dass Sie in so eine gefährliche Lage geraten sind";
  }
  // 'am Hefezopf stand "ohne Nüsse", drauf waren aber Mandeln': a label that was wrong, and nobody hurt, as they said.
  if (
    (has(words, /^(?:ohne|frei|without|free|nut-free|gluten-free|dairy-free|lactose-free)\b.*\b(?:aber|but)$/) ||
      // "waren trotzdem Nüsse, obwohl nussfrei draufstand".
      has(words, /\b(?:obwohl|although|though)\s.*(?:frei|free|ohne|without)\b/)) &&
    !has(words, /ausschlag|rash|hives|reaktion|reaction|verletzt|hurt|krank|ill\b/)
  ) {
    return de ? "dass die Allergenkennzeichnung nicht gestimmt hat" : "that the allergen labelling was wrong";
  }
  // An allergy named is no reaction had: "allergisch auf Sesam … zum Glück gesehen".
  const reaction =
    has(words, /ausschlag|rash|hives|notfalltablette|notfallmedikament|notfallspritze|epipen|anaphyla/) ||
    (has(words, /allerg/) && has(words, /reaktion|reaction|reagiert|reacted|geschwollen|swoll|atemnot|breath/));
  // "ordered the oat milk 6 pack, got 6 cartons of soy. I'm allergic to soy.": what came instead, nobody hurt yet.
  if (
    c.swapped &&
    !has(words, /ausschlag|rash|hives|reaktion|reaction|swell|geschwollen|verletzt|hurt|ill\b|sick|krank/)
  ) {
    return de
      ? `dass ${v.form === "du" ? "du" : "Sie"} ${c.swapped.got} statt ${c.swapped.wanted} bekommen ${v.form === "du" ? "hast" : "haben"}`
      : `that you got ${c.swapped.got} instead of ${/\s/u.test(c.swapped.wanted) ? "the " : ""}${c.swapped.wanted}`;
  }
  // "Mein Hund hat Durchfall bekommen": made ill, not hurt.
  if (
    has(
      words,
      /durchfall|erbroch|erbrech|diarrh|vomit|schlecht|übel|uebel|elend|miserabel|dreckig|\bill\b|sick|unwell|poisoning|vergiftung|stomach|bauch|magen/,
    )
  ) {
    // "after the chai latte": what they had before, as they said it ("my" is theirs: "your").
    const after = c.illAfter ? ` ${de ? "nach" : "after"} ${ownedBy(c.illAfter, v)}` : "";
    // "Jetzt Bauchschmerzen": the pain they told, not "taken ill".
    if (!harmed && c.firstPerson && has(words, /bauchschmerz|magenschmerz|bauchweh|stomach ?ache|stomach pain/)) {
      if (!de) return `that you've had stomach pain${after}`;
      return v.form === "du" ? `dass du${after} Bauchschmerzen hast` : `dass Sie${after} Bauchschmerzen haben`;
    }
    if (de)
      return harmed
        ? `dass ${harmed}${after} krank geworden ist`
        : c.firstPerson
          ? `dass ${v.form === "du" ? `du${after} krank geworden bist` : `Sie${after} krank geworden sind`}`
          : `dass jemand${after} krank geworden ist`;
    return harmed
      ? `that ${harmed} was taken ill${after}`
      : c.firstPerson
        ? `that you were taken ill${after}`
        : `that someone was taken ill${after}`;
  }
  // "allergisch auf Sesam … dann kam der Bagel mit Sesam … zum Glück gesehen": a danger nobody was hurt by is
  // never an injury; what went wrong is said as they said it.
  if (!c.harmed && !reaction && !has(words, HURT) && !crackedDishes(words, c, v.language)) {
    if (c.allergen) {
      const place = c.places.length === 1 ? ` in ${c.places[0]}` : "";
      const them = /(?:s|nuts)$/iu.test(c.allergen) ? "them" : "it";
      if (!de) return `that you were served ${c.allergen.toLowerCase()}${place} although you're allergic to ${them}`;
      return v.form === "du"
        ? `dass du${place} ${c.allergen} bekommen hast, obwohl du darauf allergisch bist`
        : `dass Sie${place} ${c.allergen} bekommen haben, obwohl Sie darauf allergisch sind`;
    }
    if (has(words, /allerg/))
      return de
        ? v.form === "du"
          ? "dass du trotz deiner Allergie etwas bekommen hast, das du nicht verträgst"
          : "dass Sie trotz Ihrer Allergie etwas bekommen haben, das Sie nicht vertragen"
        : "that you were served something you're allergic to";
    return de ? "dass so etwas passiert ist" : "that this happened";
  }
  if (de) {
    const who = harmed ?? (c.firstPerson ? (v.form === "du" ? "du" : "Sie") : undefined);
    if (reaction) {
      if (!who) return "dass es zu einer allergischen Reaktion gekommen ist";
      return `dass ${who} eine allergische Reaktion ${who === "du" ? "hattest" : who === "Sie" ? "hatten" : "hatte"}`;
    }
    if (!who) return "dass sich jemand verletzt hat";
    const on = crackedDishes(words, c, "de");
    if (who === "du") return `dass du dich${on} verletzt hast`;
    if (who === "Sie") return `dass Sie sich${on} verletzt haben`;
    return `dass sich ${who} verletzt hat`;
  }
  const who = harmed ?? (c.firstPerson ? "you" : undefined);
  if (reaction) return who ? `that ${who} had an allergic reaction` : "that someone had an allergic reaction";
  if (who === "you" && crackedDishes(words, c, "en")) return `that you hurt yourself${crackedDishes(words, c, "en")}`;
  if (!who) return "that someone was hurt";
  return `that ${who} ${who === "you" ? "were" : "was"} hurt`;
}

/** "dass Sie 40 Minuten in der Warteschleife gewartet haben", "that you were on hold for 2 hours". */
function onHoldClause(c: Case, v: Voice): string {
  // "trying to cancel for 6 weeks … 40 minutes on hold": the time on hold is counted in minutes or hours.
  const usable = c.durations.filter((d) => !YEARS.test(d) && !/^vor\b|\bago$/i.test(d));
  const duration =
    usable.find((d) => /minut|min\b|stund|hour|hrs?\b|std\b/iu.test(d)) ??
    (usable.length === 1 ? usable[0] : undefined);
  const du = v.form === "du";
  // "after 40 minutes on hold": how long, without the "after".
  const plain = duration && inSentence(duration).replace(/^(?:after|nach)\s+/i, "");
  if (v.language === "en") {
    if (!plain) return "that you were kept on hold";
    if (/^since\b/i.test(plain)) return `that you've been on hold ${plain}`;
    return `that you were on hold ${/^for\b/i.test(plain) ? plain : `for ${plain}`}`;
  }
  const you = du ? "du" : "Sie";
  if (!plain) return `dass ${you} so lange in der Warteschleife ${du ? "warten musstest" : "warten mussten"}`;
  if (/^seit\b/i.test(plain)) return `dass ${you} ${plain} in der Warteschleife ${du ? "wartest" : "warten"}`;
  return `dass ${you} ${plain} in der Warteschleife ${du ? "gewartet hast" : "gewartet haben"}`;
}

/** "die Löschung Ihres Kontos", "die Kündigung deiner Mitgliedschaft", "closing your account". */
export function leavingSubject(word: string, v: Voice): string {
  const lower = word.toLowerCase();
  // "Löschen Sie alle meine Daten (DSGVO Art. 17)": the erasure of their data, which the data protection team does.
  if (lower === "daten" || lower === "data") {
    if (v.language === "en") return "deleting your data";
    return `die Löschung ${v.form === "du" ? "deiner" : "Ihrer"} Daten`;
  }
  const deletes = /konto|account|profil|profile/.test(lower);
  if (v.language === "en") return `${deletes ? "closing" : "cancelling"} your ${lower}`;
  const feminine = lower === "mitgliedschaft";
  const own = v.form === "du" ? (feminine ? "deiner" : "deines") : feminine ? "Ihrer" : "Ihres";
  const genitive: Record<string, string> = {
    kundenkonto: "Kundenkontos",
    konto: "Kontos",
    account: "Accounts",
    vertrag: "Vertrags",
    abonnement: "Abonnements",
    abo: "Abos",
    mitgliedschaft: "Mitgliedschaft",
    profil: "Profils",
  };
  return `die ${deletes ? "Löschung" : "Kündigung"} ${own} ${genitive[lower] ?? word}`;
}

/** What happened to a garment in the wash or in wear: "dass dein Hoodie eingelaufen ist", "that your jumper shrank". */
const GARMENT_FAULTS: ReadonlyArray<[RegExp, string, string, string]> = [
  [/eingelaufen|shrank|shrunk/, "eingelaufen ist", "eingelaufen sind", "shrank"],
  [/ausgeblichen|verfärbt|verfaerbt|faded/, "ausgeblichen ist", "ausgeblichen sind", "faded"],
  [
    /zerrissen|aufgelöst|aufgeloest|(?<!\p{L})ripped|unravel|came apart|fell apart/u,
    "kaputtgegangen ist",
    "kaputtgegangen sind",
    "came apart",
  ],
];

function garmentClause(c: Case, v: Voice, words: readonly string[]): string | undefined {
  if (!c.product) return undefined;
  const fault = GARMENT_FAULTS.find(([pattern]) => has(words, pattern));
  if (!fault) return undefined;
  const [, singular, plural, english] = fault;
  if (v.language === "en") return `that your ${c.product.replace(/^(?:the|your|my)\s+/i, "")} ${english}`;
  const gender = genderOf(c.product);
  if (!gender) return undefined;
  const own = possessiveNominative(gender, v.form ?? "sie");
  return `dass ${own} ${c.product} ${gender === "pl" ? plural : singular}`;
}

/**
 * "Eine Tüte war unten komplett aufgerissen und die Bohnen lagen lose im Karton": a pack of the order that came torn,
 * said of the pack ("dass eine Tüte deiner Bestellung #51907 aufgerissen ankam").
 */
const PACK = /^(?:tüte|tuete|beutel|packung|karton|bag|pack|packet|box)$/iu;
const TORN =
  /aufgerissen|aufgrissn|aufgrissen|zerrissen|eingerissen|aufgeplatzt|geplatzt|\btorn\b|ripped|split open|burst/iu;
function tornPackClause(c: Case, v: Voice, words: readonly string[]): string | undefined {
  if (!c.failed || !PACK.test(c.failed) || !has(words, TORN)) return undefined;
  const order = c.numbers.find((n) => n.kind === "order")?.value;
  if (v.language === "en")
    return `that a ${c.failed.toLowerCase()} in your order${order ? ` ${order}` : ""} arrived torn`;
  const pack = c.failed.charAt(0).toUpperCase() + c.failed.slice(1);
  const one = /^(?:beutel|karton)$/iu.test(c.failed) ? "ein" : "eine";
  const own = v.form === "du" ? "deiner" : "Ihrer";
  return `dass ${one} ${pack} ${own} Bestellung${order ? ` ${order}` : ""} aufgerissen ankam`;
}

/** "dass der Aufzug in Essen-Steele seit drei Wochen nicht funktioniert", "that the lift in Leeds isn't working". */
/** The café's wifi, as a facility is named: neuter and singular ("das WLAN"), and no product's. */
const WIFI = /^(?:wlan|wifi|wi-fi)$/iu;

function facilityClause(c: Case, v: Voice): string | undefined {
  if (!c.facility) return undefined;
  const word = c.facility.toLowerCase();
  const where = c.places[0] ? ` in ${c.places[0]}` : "";
  const when = since(c, v.language);
  // "the ramp mentioned on your website doesn't exist": not broken, not there.
  if (
    c.problemWords.some((w) => /doesn'?t exist|does not exist|didn'?t exist|existiert nicht|existierte nicht/iu.test(w))
  ) {
    if (v.language === "en") return `that there was no ${word}${where}`;
    const feminine = /(?:e|ung)$/.test(word);
    return `dass es${where} ${feminine ? "keine" : "keinen"} ${c.facility.charAt(0).toUpperCase() + c.facility.slice(1)} gibt`;
  }
  if (v.language === "en") {
    const plural = /s$/.test(word);
    if (when) return `that the ${word}${where} ${plural ? "haven't" : "hasn't"} been working ${when}`;
    return `that the ${word}${where} ${plural ? "aren't" : "isn't"} working`;
  }
  const noun = c.facility.charAt(0).toUpperCase() + c.facility.slice(1);
  const plural = /(?:en|züge|n)$/.test(word) && !/(?:automat|aufzug|zahlung)$/.test(word) && !WIFI.test(word);
  const article = plural
    ? "die"
    : /(?:e|kasse|ung)$/.test(word)
      ? "die"
      : /haus$/.test(word) || WIFI.test(word)
        ? "das"
        : "der";
  return `dass ${article} ${noun}${where}${when ? ` ${when}` : ""} nicht ${plural ? "funktionieren" : "funktioniert"}`;
}

/** Genders of the words for luggage: "Ihr Koffer", "Ihre Reisetasche", "Ihr Gepäck". */
const BAGGAGE_FEMININE = /tasche$/;
const BAGGAGE_NEUTER = /gepäck|gepäckstück/;

/** "dass Ihr Koffer noch nicht wieder aufgetaucht ist", "that your suitcase arrived damaged". */
function baggageClause(word: string, v: Voice, problem: readonly string[]): string {
  const damaged = has(problem, /beschädigt|kaputt|zerbrochen|damaged|broken|smashed|cracked/);
  if (v.language === "en")
    return damaged ? `that your ${word} arrived damaged` : `that your ${word} still hasn't turned up`;
  const noun = word.charAt(0).toUpperCase() + word.slice(1);
  const feminine = BAGGAGE_FEMININE.test(word);
  const own = v.form === "du" ? (feminine ? "deine" : "dein") : feminine ? "Ihre" : "Ihr";
  return damaged
    ? `dass ${own} ${noun} beschädigt angekommen ist`
    : `dass ${own} ${noun} noch nicht wieder aufgetaucht ist`;
}

/** "Ihren Koffer (Gepäckreferenz FRALH12345)", "your suitcase (baggage reference …)". */
function baggageSubject(c: Case, word: string, v: Voice): string {
  const n = c.numbers[0];
  const label = n ? (n.label ? `${n.label} ${n.value}` : n.value) : undefined;
  if (v.language === "en") return label ? `your ${word} (${label})` : `your ${word}`;
  const noun = word.charAt(0).toUpperCase() + word.slice(1);
  const feminine = BAGGAGE_FEMININE.test(word);
  const neuter = BAGGAGE_NEUTER.test(word);
  const own =
    v.form === "du" ? (feminine ? "deine" : neuter ? "dein" : "deinen") : feminine ? "Ihre" : neuter ? "Ihr" : "Ihren";
  return label ? `${own} ${noun} (${label})` : `${own} ${noun}`;
}

/** What a household lacks, with the article German needs: "keinen Strom", "kein Warmwasser". */
const SUPPLIES: ReadonlyArray<[RegExp, string, string]> = [
  [/warmwasser|warmes wasser|hot water/i, "kein Warmwasser", "no hot water"],
  [/strom|power|electricity/i, "keinen Strom", "no power"],
  [/heizung|heating/i, "keine Heizung", "no heating"],
  [/internet/i, "kein Internet", "no internet"],
  [/\bgas\b/, "kein Gas", "no gas"],
];

/** Cold or gone for a while, again and again: "für ne Stunde kalt", "on and off". */
const FOR_A_WHILE =
  /\b(?:für|fuer)\s(?:ne|eine|\d+|zwei|ein paar)\s(?:Stunde|Stunden|Minuten)\b|\bzeitweise\b|\bimmer wieder\b|\bab und zu\b|\bfor (?:an|a few|\d+) (?:hours?|minutes)\b|\bon and off\b/iu;
const CUT_OFF =
  /\b(?:strom|gas|wasser|heizung|internet|anschluss)\b(?:\s\S+){0,2}?\s(?:abgestellt|abgeschaltet|abgeklemmt|gesperrt)\b|\b(?:cut|shut)\soff\s(?:\S+\s)?(?:power|electricity|gas|water)\b/iu;

/**
 * A supply gone at home ("kein Warmwasser", "Stromausfall"); cut off by the company ("Ihr habt uns einfach den Strom
 * abgestellt") it is said as the billing case says it.
 */
function supplyCaseClause(c: Case, v: Voice, words: readonly string[]): string | undefined {
  if (CUT_OFF.test(words.join(" "))) return caseClause({ ...c, problem: "billing" }, v);
  return supplyClause(words, v, c.durations, c.places[0], c.outageOver === true);
}

/** "dass Ihnen 30 Euro zu viel abgebucht wurden", "that you were overcharged by €30". */
function overchargedClause(amount: string, v: Voice): string {
  if (v.language === "en") return `that you were overcharged by ${amount}`;
  return `dass ${v.form === "du" ? "dir" : "Ihnen"} ${amount} zu viel abgebucht wurden`;
}

const NOT_DECAF = /\b(?:nicht|not)\s(?:entkoffeiniert|decaf|koffeinfrei)\b/iu;
/** "dass deine Bestellung nicht entkoffeiniert war", "that your order #KK-52340 wasn't decaf". */
function notDecafClause(subject: string, v: Voice): string {
  return v.language === "de" ? `dass ${subject} nicht entkoffeiniert war` : `that ${subject} wasn't decaf`;
}

function supplyClause(
  words: readonly string[],
  v: Voice,
  durations: readonly string[] = [],
  place?: string,
  over = false,
): string | undefined {
  // "kein Warmwasser", "ohne Internet", "Heizung … seit Freitag kalt", "die Heizung ist aus", "power went out".
  // Not "the exciting Sunday-without-power experience": a compound that names a day gone by, no supply lacking now.
  const said = words.filter(
    (word) =>
      !/(?:without|ohne)-\p{L}/iu.test(word) &&
      (/^(?:kein|keine|keinen|no|ohne|without)\b/iu.test(word) ||
        /\b(?:kalt|aus|ausgefallen|weg|off|out|down)$/iu.test(word)),
  );
  // "dann ist die Heizung für ne Stunde kalt": cold for a while, again and again; they have heating.
  if (said.some((word) => FOR_A_WHILE.test(word))) return undefined;
  const supply = SUPPLIES.find(([pattern]) => said.some((word) => pattern.test(word)));
  if (!supply) return outageClause(words, v, place);
  return supplyWithout(supply, v, durations, over);
}

/** "Wieder Stromausfall in Porz", "third power cut in Leeds": an outage where they live, said as one. */
function outageClause(words: readonly string[], v: Voice, place: string | undefined): string | undefined {
  if (
    !words.some((word) =>
      /^(?:strom)?ausf|^stromausf|power (?:cut|outage)|^outage|^(?:cut|cuts|shut|switched|turned) (?:\w+ )?(?:the )?(?:power|electricity)/iu.test(
        word,
      ),
    )
  )
    return undefined;
  const where = place ? ` in ${place}` : "";
  return v.language === "de"
    ? `dass es${where} zu einem Stromausfall gekommen ist`
    : `that there's been a power cut${where}`;
}

function supplyWithout(
  supply: (typeof SUPPLIES)[number],
  v: Voice,
  durations: readonly string[],
  over = false,
): string {
  const [, german, english] = supply;
  // "wir hatten von 14 bis 19 Uhr keinen Strom": a stretch without it, over now.
  if (over) {
    const span = durations.find((d) => /\b(?:stunden?|hours?|std)\b/iu.test(d) && !/^(?:for|since|seit)\s/iu.test(d));
    if (v.language === "en") return `that you had ${english}${span ? ` for ${span}` : ""}`;
    const long = span ? ` ${span.replace(/\bStd\b\.?/u, "Stunden")} lang` : "";
    return v.form === "du" ? `dass du${long} ${german} hattest` : `dass Sie${long} ${german} hatten`;
  }
  // "Been without heating for 4 days", "seit Freitag ohne Heizung": how long, when they said it.
  const lasted = durations.find((d) => /^(?:for|since|seit)\s/iu.test(inSentence(d)) && !YEARS.test(d));
  if (v.language === "en") {
    if (lasted) return `that you've had ${english} ${inSentence(lasted)}`;
    return `that you have ${english}`;
  }
  const when = lasted && /^seit\s/iu.test(inSentence(lasted)) ? ` ${inSentence(lasted)}` : "";
  return v.form === "du" ? `dass du${when} ${german} hast` : `dass Sie${when} ${german} haben`;
}

/** "Neukundenbonus", "sign-up bonus": a bonus promised, as they named it. */
const BONUS_WORD = /bonus$/iu;

/** "dass Ihr Neukundenbonus über 100 € noch nicht gutgeschrieben wurde". */
function bonusClause(c: Case, v: Voice): string | undefined {
  if (!c.owedAs || !BONUS_WORD.test(c.owedAs)) return undefined;
  const amount = c.amounts[0];
  if (v.language === "en") return `that your ${c.owedAs}${amount ? ` of ${amount}` : ""} hasn't been credited yet`;
  return `dass ${v.form === "du" ? "dein" : "Ihr"} ${c.owedAs}${amount ? ` über ${amount}` : ""} noch nicht gutgeschrieben wurde`;
}

/** What the team looks into: "Ihre Bestellung 40-11873", "the charge of £12.50", "Ihren Fall". */
export function caseSubject(c: Case, v: Voice): string {
  if (c.leaving) return leavingSubject(c.leaving, v);
  const de = v.language === "de";
  const p = your(v);
  const acc = de ? (v.form === "du" ? "deinen" : "Ihren") : "your";
  switch (c.problem) {
    case "delivery":
      return itemNoun(c, v, number(c, ["order", "invoice", "other"]));
    case "login":
      return de ? `${acc} Zugang` : "your account";
    case "billing":
      // "Neukundenbonus von 100 €": the bonus is looked into, not a debit.
      if (c.owedAs && BONUS_WORD.test(c.owedAs))
        return withLabelled(de ? `${v.form === "du" ? "deinen" : "Ihren"} ${c.owedAs}` : `your ${c.owedAs}`, c, []);
      // "€89.00 instead of the €29.00": the invoice is looked into, not a debit.
      if (c.billedInstead) return de ? `${p.acc} ${c.bill ?? "Rechnung"}` : `your ${c.bill ?? "invoice"}`;
      // "got charged twice this month. Order 88213": the order they name is what is looked into.
      if (!c.amounts[0] && c.numbers[0]?.kind === "order") return generalSubject(c, v);
      // "340 € höher als letztes Jahr" is a bill that rose, not a debit: a charge only when money moved. "Mahnung
      // mit 5 € Mahngebühr, obwohl ich … überwiesen habe": the reminder is looked into, the fee was never debited.
      // "Abschlag … von 98 € auf 164 € hochgegangen … Einfach am 1. abgebucht": the new amount is what was debited.
      return c.amounts[0] && c.paid && !/^(?:Mahnung|payment reminder)$/iu.test(c.bill ?? "")
        ? de
          ? `die Abbuchung über ${debited(c.amounts)}`
          : `the charge of ${debited(c.amounts)}`
        : de
          ? `${p.acc} ${c.bill ?? "Abrechnung"}`
          : `your ${c.bill ? billWord(c.bill) : "bill"}`;
    case "refund":
      // "Ihre Einspeisevergütung", "Ihre Gutschrift": the money in the commenter's word, as the clause says it.
      return withLabelled(
        de
          ? c.owedAs && BONUS_WORD.test(c.owedAs)
            ? `${v.form === "du" ? "deinen" : "Ihren"} ${c.owedAs}`
            : `${p.acc} ${c.owedAs && /^\p{Lu}/u.test(c.owedAs) ? c.owedAs : "Erstattung"}`
          : "your refund",
        c,
        ["ticket", "order", "booking", "other"],
      );
    case "travel":
      if (c.baggage) return baggageSubject(c, c.baggage, v);
      if (c.line && !c.numbers.length)
        return de ? `den Ausfall ${MASCULINE_LINE.test(c.line) ? "des" : "der"} ${c.line}` : `the ${c.line}`;
      return withNumber(de ? `${p.acc} Buchung` : "your booking", number(c, ["booking", "ticket", "order", "other"]));
    case "waiting":
      return withNumber(de ? `${p.acc} Anfrage` : "your request", number(c, ["ticket", "order", "other"]));
    case "defect": {
      // "my router has been dead for 6 days": the router is looked into, not "your case about the chat bot".
      const product = !c.numbers.length ? productSubject(c, v) : undefined;
      if (product) return product;
      return generalSubject(c, v);
    }
    default:
      return generalSubject(c, v);
  }
}

/** "Ihren Router", "unsere App", "your router", "our app"; undefined where German gives no article. */
/** "dass dein Cappuccino in Kreuzberg lauwarm war", "that your soup at our Camden branch was stone cold". */
function servedClause(c: Case, v: Voice): string | undefined {
  if (!c.served) return undefined;
  const { thing } = c.served;
  // "basically brown water" is their mockery; said back plainly, it was watery.
  const state = c.served.state === "brown water" ? "watery" : c.served.state;
  const place = c.places[0];
  if (v.language === "en") {
    const plural = /s$/.test(thing) && !/ss$/.test(thing);
    return `that your ${thing}${place ? ` at our ${place} branch` : ""} ${plural ? "were" : "was"} ${state}`;
  }
  const gender = genderOf(thing);
  if (!gender) return undefined;
  const du = v.form === "du";
  const own = gender === "f" || gender === "pl" ? (du ? "deine" : "Ihre") : du ? "dein" : "Ihr";
  return `dass ${own} ${thing}${place ? ` in ${place}` : ""} ${state} ${gender === "pl" ? "waren" : "war"}`;
}

function productSubject(c: Case, v: Voice): string | undefined {
  if (!c.product) return undefined;
  const ours = companyOwned(c.product);
  if (v.language === "en") return `${ours ? "our" : "your"} ${c.product.replace(/^(?:the|your|our)\s+/i, "")}`;
  const gender = genderOf(c.product);
  return gender ? `${possessiveAccusative(gender, ours ? "we" : (v.form ?? "sie"))} ${c.product}` : undefined;
}

function generalSubject(c: Case, v: Voice): string {
  const de = v.language === "de";
  const p = your(v);
  const acc = de ? (v.form === "du" ? "deinen" : "Ihren") : "your";
  // The number by what the commenter called it: "Ihre Bestellung 40-11873", not "den Vorgang 40-11873".
  const n = c.numbers[0];
  if (!n) return de ? `${acc} Fall` : "your case";
  switch (n.kind) {
    case "order":
      // "Auftrag A-24-2201" is a job for the installers, not a parcel.
      if (/^auftrag/i.test(n.label)) return withNumber(de ? `${acc} Auftrag` : "your job", n.value);
      return itemNoun(c, v, n.value);
    case "invoice":
      return withNumber(de ? `${p.acc} Rechnung` : "your invoice", n.value);
    // "Zählernummer 7043382": a meter's number is said as the meter's, never as a contract's.
    case "contract": {
      const meter = /^(?:zähler|meter|mpan)/iu.test(n.label);
      if (de) return `${acc} Fall (${meter ? "Zählernummer" : "Vertragsnummer"} ${n.value})`;
      return `your case (${meter ? "meter no." : "contract no."} ${n.value})`;
    }
    case "booking":
      return withNumber(de ? `${p.acc} Buchung` : "your booking", n.value);
    // "Wir klären Ihren Fall (Kundennummer 449201)": the number finds them, the case is what is looked into.
    case "customer":
      return de ? `${acc} Fall (Kundennummer ${unmarked(n.value)})` : `your case (customer no. ${unmarked(n.value)})`;
    default:
      return de ? `den Vorgang ${n.value}` : `your case ${n.value}`;
  }
}

/** "der Bus 142", "der ICE 597"; but "die RB 48", "die S1", "die Linie 12", "die Buslinie 5". */
const MASCULINE_LINE = /^(?:bus|ice|ic|ec)\b/i;

/** Of two amounts, a rise's second ("von 98 € auf 164 €"); else the first named. */
function debited(amounts: readonly string[]): string {
  const [first = "", second] = amounts;
  if (!second) return first;
  return amountValue(second) > amountValue(first) ? second : first;
}

type Asked = { sie: string; du: string; en: string };

const LOST =
  /^(stempel|punkte|bonuspunkte|treuepunkte|guthaben|stamps|points|credit|balance)\s(?:\S+\s){0,5}(?:weg|verschwunden|futsch|gone|vanished|disappeared)$/u;

/** Two wordings of each question, so a page of similar comments does not read copied. */
const QUESTIONS: Record<MissingKind, readonly [Asked, Asked]> = {
  "order-number": [
    {
      sie: "Schicken Sie uns bitte {wcontact} Ihre Bestellnummer, dann sehen wir sofort nach.",
      du: "Schick uns bitte {wcontact} deine Bestellnummer, dann sehen wir sofort nach.",
      en: "Could you send us your order number {wcontact}? Then we can check straight away.",
    },
    {
      sie: "Wenn Sie uns {wcontact} Ihre Bestellnummer schicken, können wir gleich nachsehen.",
      du: "Wenn du uns {wcontact} deine Bestellnummer schickst, können wir gleich nachsehen.",
      en: "If you send us your order number {wcontact}, we can look it up right away.",
    },
  ],
  "booking-number": [
    {
      sie: "Schicken Sie uns bitte {wcontact} Ihre Buchungsnummer, dann kümmern wir uns sofort darum.",
      du: "Schick uns bitte {wcontact} deine Buchungsnummer, dann kümmern wir uns sofort darum.",
      en: "Could you send us your booking reference {wcontact}? Then we can take care of it straight away.",
    },
    {
      sie: "Mit Ihrer Buchungsnummer {wcontact} können wir uns sofort darum kümmern.",
      du: "Mit deiner Buchungsnummer {wcontact} können wir uns sofort darum kümmern.",
      en: "If you send us your booking reference {wcontact}, we can sort it out right away.",
    },
  ],
  "customer-number": [
    {
      sie: "Schicken Sie uns bitte {wcontact} Ihre Kundennummer, dann prüfen wir die Abrechnung.",
      du: "Schick uns bitte {wcontact} deine Kundennummer, dann prüfen wir die Abrechnung.",
      en: "Could you send us your customer number {wcontact}? Then we can check the bill.",
    },
    {
      sie: "Wenn Sie uns {wcontact} Ihre Kundennummer schicken, prüfen wir die Abrechnung gleich.",
      du: "Wenn du uns {wcontact} deine Kundennummer schickst, prüfen wir die Abrechnung gleich.",
      en: "If you send us your customer number {wcontact}, we'll check the bill right away.",
    },
  ],
  "ticket-number": [
    {
      sie: "Haben Sie eine Vorgangsnummer? Schicken Sie sie uns gern {wcontact}, dann finden wir Ihre Anfrage sofort.",
      du: "Hast du eine Vorgangsnummer? Schick sie uns gern {wcontact}, dann finden wir deine Anfrage sofort.",
      en: "Do you have a case number? Please send it to us {wcontact} so we can find your request straight away.",
    },
    {
      sie: "Wenn Sie eine Vorgangsnummer haben, schicken Sie sie uns gern {wcontact} – dann finden wir Ihre Anfrage sofort.",
      du: "Wenn du eine Vorgangsnummer hast, schick sie uns gern {wcontact} – dann finden wir deine Anfrage sofort.",
      en: "If you have a case number, just send it to us {wcontact} and we'll find your request straight away.",
    },
  ],
  "app-version": [
    {
      sie: "Welche App-Version und welches Gerät nutzen Sie? Schreiben Sie es uns gern {wcontact}.",
      du: "Welche App-Version und welches Gerät nutzt du? Schreib es uns gern {wcontact}.",
      en: "Which app version and which phone are you using? Just let us know {wcontact}.",
    },
    {
      sie: "Schreiben Sie uns gern {wcontact}, welche App-Version und welches Gerät Sie nutzen.",
      du: "Schreib uns gern {wcontact}, welche App-Version und welches Gerät du nutzt.",
      en: "Could you let us know {wcontact} which app version and which phone you're using?",
    },
  ],
  "product-model": [
    {
      sie: "Um welches Gerät geht es genau? Schreiben Sie uns gern {wcontact} das Modell.",
      du: "Um welches Gerät geht es genau? Schreib uns gern {wcontact} das Modell.",
      en: "Which model is it exactly? Just let us know {wcontact}.",
    },
    {
      sie: "Schreiben Sie uns gern {wcontact}, um welches Modell es genau geht.",
      du: "Schreib uns gern {wcontact}, um welches Modell es genau geht.",
      en: "Could you let us know {wcontact} which model it is exactly?",
    },
  ],
  branch: [
    {
      sie: "In welcher Filiale war das, und wann ungefähr? Schreiben Sie es uns gern {wcontact}, dann gehen wir dem nach.",
      du: "In welcher Filiale war das, und wann ungefähr? Schreib es uns gern {wcontact}, dann gehen wir dem nach.",
      en: "Which branch was it, and roughly when? Just let us know {wcontact} and we'll follow it up.",
    },
    {
      sie: "Schreiben Sie uns gern {wcontact}, in welcher Filiale und wann das war, dann gehen wir dem nach.",
      du: "Schreib uns gern {wcontact}, in welcher Filiale und wann das war, dann gehen wir dem nach.",
      en: "Could you let us know {wcontact} which branch it was and when? Then we can follow it up.",
    },
  ],
  // Someone hurt, or something harmful found: what the quality team needs, and the product kept for them.
  batch: [
    {
      sie: "Bitte bewahren Sie das Produkt mit der Verpackung auf und schicken Sie uns {wcontact} ein Foto und, falls vorhanden, die Chargennummer.",
      du: "Bitte bewahre das Produkt mit der Verpackung auf und schick uns {wcontact} ein Foto und, falls vorhanden, die Chargennummer.",
      en: "Please keep the product and its packaging, and send us a photo and the batch number, if there is one, {wcontact}.",
    },
    {
      sie: "Könnten Sie uns {wcontact} ein Foto des Produkts und, falls vorhanden, die Chargennummer schicken? Bewahren Sie das Produkt bitte so lange auf.",
      du: "Könntest du uns {wcontact} ein Foto des Produkts und, falls vorhanden, die Chargennummer schicken? Bewahre das Produkt bitte so lange auf.",
      en: "Could you send us a photo of the product and its batch number, if there is one, {wcontact}? Please keep the product for now.",
    },
  ],
  "order-email": [
    {
      sie: "Mit welcher E-Mail-Adresse haben Sie bestellt? Schreiben Sie sie uns gern {wcontact}, dann sehen wir gleich nach.",
      du: "Mit welcher E-Mail-Adresse hast du bestellt? Schick sie uns gern {wcontact}, dann sehen wir gleich nach.",
      en: "Which email address did you use for the order? Just send it to us {wcontact} and we'll check straight away.",
    },
    {
      sie: "Schicken Sie uns gern {wcontact} die E-Mail-Adresse, mit der Sie bestellt haben – dann finden wir die Bestellung sofort.",
      du: "Schick uns gern {wcontact} die E-Mail-Adresse, mit der du bestellt hast – dann finden wir die Bestellung sofort.",
      en: "Could you send us the email address you ordered with {wcontact}? Then we can find the order straight away.",
    },
  ],
  "account-email": [
    {
      sie: "Mit welcher E-Mail-Adresse sind Sie bei uns registriert? Schreiben Sie sie uns gern {wcontact}, dann sehen wir gleich nach.",
      du: "Mit welcher E-Mail-Adresse bist du bei uns registriert? Schick sie uns gern {wcontact}, dann sehen wir gleich nach.",
      en: "Which email address is your account registered with? Just send it to us {wcontact} and we'll check straight away.",
    },
    {
      sie: "Schicken Sie uns gern {wcontact} die E-Mail-Adresse Ihres Kontos – dann sehen wir sofort, woran es hängt.",
      du: "Schick uns gern {wcontact} die E-Mail-Adresse deines Kontos – dann sehen wir sofort, woran es hängt.",
      en: "Could you send us the email address on your account {wcontact}? Then we can see straight away what's holding it up.",
    },
  ],
  "account-secure": [
    {
      sie: "Bitte geben Sie keine Codes weiter und schicken Sie uns {wcontact} die E-Mail-Adresse Ihres Kontos, dann prüfen wir es sofort.",
      du: "Bitte gib keine Codes weiter und schick uns {wcontact} die E-Mail-Adresse deines Kontos, dann prüfen wir es sofort.",
      en: "Please don't pass any codes on to anyone, and send us the email address on your account {wcontact}: we'll check it straight away.",
    },
    {
      sie: "Geben Sie die Codes, die Sie bekommen, bitte niemandem weiter, und schreiben Sie uns {wcontact}, mit welcher E-Mail-Adresse Ihr Konto registriert ist – dann sehen wir sofort nach.",
      du: "Gib die Codes, die du bekommst, bitte niemandem weiter, und schreib uns {wcontact}, mit welcher E-Mail-Adresse dein Konto registriert ist – dann sehen wir sofort nach.",
      en: "Please never share the codes you receive, and let us know {wcontact} which email address your account is registered with, so we can check it right away.",
    },
  ],
  "since-when": [
    {
      sie: "Seit wann tritt das auf? Schreiben Sie es uns gern {wcontact}.",
      du: "Seit wann tritt das auf? Schreib es uns gern {wcontact}.",
      en: "Since when has this been happening? Just let us know {wcontact}.",
    },
    {
      sie: "Schreiben Sie uns gern {wcontact}, seit wann das auftritt.",
      du: "Schreib uns gern {wcontact}, seit wann das auftritt.",
      en: "Could you let us know {wcontact} since when this has been happening?",
    },
  ],
};

const VERSION_ONLY: readonly [Asked, Asked] = [
  {
    sie: "Welche App-Version ist installiert? Schreiben Sie es uns gern {wcontact}.",
    du: "Welche App-Version hast du installiert? Schreib es uns gern {wcontact}.",
    en: "Which app version do you have installed? Just let us know {wcontact}.",
  },
  {
    sie: "Schreiben Sie uns gern {wcontact}, welche App-Version installiert ist.",
    du: "Schreib uns gern {wcontact}, welche App-Version du installiert hast.",
    en: "Could you let us know {wcontact} which app version you have installed?",
  },
];

/** The one question that moves the case: the company's own wording if its guidelines have one, else ours. */
/**
 * The company's wording for this reply's language and address form: a German question is never asked in the
 * other form than the reply's ("Schicken Sie …" in a du reply); where the company has none that fits, Gelassen's.
 */
function companyWording(q: CaseQuestion, v: Voice): string {
  if (v.language === "en") return q.en.trim();
  const sie = q.de.trim();
  const du = (q.du ?? "").trim();
  if (v.form === "du") return du || (sie && addressFormOf(sie) === undefined ? sie : "");
  return sie && addressFormOf(sie) !== "du" ? sie : "";
}

const CUSTOMER_NUMBER_PAPERS: readonly [Asked, Asked] = [
  {
    sie: "Schicken Sie uns bitte {wcontact} Ihre Kundennummer, dann schicken wir Ihnen die Unterlagen.",
    du: "Schick uns bitte {wcontact} deine Kundennummer, dann schicken wir dir die Unterlagen.",
    en: "Could you send us your customer number {wcontact}? Then we can send the documents out to you.",
  },
  {
    sie: "Wenn Sie uns {wcontact} Ihre Kundennummer schicken, sehen wir gleich nach, wo Ihre Unterlagen bleiben.",
    du: "Wenn du uns {wcontact} deine Kundennummer schickst, sehen wir gleich nach, wo deine Unterlagen bleiben.",
    en: "If you send us your customer number {wcontact}, we'll find out right away where your documents are.",
  },
];

/** A customer number for what is no bill (a technician who did not come, a contract to close): it finds the case. */
const CUSTOMER_NUMBER_CASE: readonly [Asked, Asked] = [
  {
    sie: "Schicken Sie uns bitte {wcontact} Ihre Kundennummer, dann sehen wir sofort nach.",
    du: "Schick uns bitte {wcontact} deine Kundennummer, dann sehen wir sofort nach.",
    en: "Could you send us your customer number {wcontact}? Then we can look into it straight away.",
  },
  {
    sie: "Wenn Sie uns {wcontact} Ihre Kundennummer schicken, sehen wir gleich nach.",
    du: "Wenn du uns {wcontact} deine Kundennummer schickst, sehen wir gleich nach.",
    en: "If you send us your customer number {wcontact}, we'll look into it right away.",
  },
];

/** Money owed back on an account: the customer number finds the refund, not a bill to check. */
const CUSTOMER_NUMBER_REFUND: readonly [Asked, Asked] = [
  {
    sie: "Schicken Sie uns bitte {wcontact} Ihre Kundennummer, dann sehen wir nach, woran es hängt.",
    du: "Schick uns bitte {wcontact} deine Kundennummer, dann sehen wir nach, woran es hängt.",
    en: "Could you send us your customer number {wcontact}? Then we can see what's holding it up.",
  },
  {
    sie: "Wenn Sie uns {wcontact} Ihre Kundennummer schicken, sehen wir gleich nach, woran es hängt.",
    du: "Wenn du uns {wcontact} deine Kundennummer schickst, sehen wir gleich nach, woran es hängt.",
    en: "If you send us your customer number {wcontact}, we'll find out right away what's holding it up.",
  },
];

/** The number that finds a case, for someone who wrote before: "Ihre Kundennummer", "your order number". */
const FINDS_EARLIER: Partial<Record<MissingKind, { de: string; en: string }>> = {
  "order-number": { de: "Bestellnummer", en: "order number" },
  "customer-number": { de: "Kundennummer", en: "customer number" },
  "booking-number": { de: "Buchungsnummer", en: "booking reference" },
  "ticket-number": { de: "Vorgangsnummer", en: "case number" },
};

/**
 * "Hab schon zwei mal ne Mail geschrieben, keine Antwort": asked for a number, they are told what it is for, their
 * unanswered messages found, not asked to start again.
 */
function chasedQuestion(number: { de: string; en: string }, v: Voice): string {
  if (v.language === "en")
    return `So we can find your earlier messages straight away, could you send us your ${number.en} {wcontact}?`;
  return v.form === "du"
    ? `Damit wir deine bisherigen Nachrichten sofort finden, schick uns bitte {wcontact} deine ${number.de}.`
    : `Damit wir Ihre bisherigen Nachrichten sofort finden, schicken Sie uns bitte {wcontact} Ihre ${number.de}.`;
}

export function caseQuestion(c: Case, v: Voice, own: readonly CaseQuestion[] = [], variant = 0): string | undefined {
  if (!c.missing) return undefined;
  const company = own.find((q) => q.missing === c.missing);
  const theirs = company ? companyWording(company, v) : "";
  if (theirs) return theirs;
  const earlier = c.chased ? FINDS_EARLIER[c.missing] : undefined;
  if (earlier) return chasedQuestion(earlier, v);
  // The phone is known: only the version is asked for.
  // The customer number for papers that did not come finds the contract; there is no bill to check, nor for a
  // technician who did not come or a contract to close.
  const table =
    c.missing === "app-version" && c.device
      ? VERSION_ONLY
      : c.missing === "customer-number" && c.papers
        ? CUSTOMER_NUMBER_PAPERS
        : c.missing === "customer-number" && c.problem === "refund"
          ? CUSTOMER_NUMBER_REFUND
          : c.missing === "customer-number" && (c.problem !== "billing" || c.leaving)
            ? CUSTOMER_NUMBER_CASE
            : QUESTIONS[c.missing];
  const ours = table[variant % 2] as Asked;
  return v.language === "en" ? ours.en : v.form === "du" ? ours.du : ours.sie;
}

/** "an der Preiserhöhung" / "of the price increase", when the comment names what it criticises. */
export function criticisedPhrase(c: Case, v: Voice): string | undefined {
  if (!c.criticised) return undefined;
  const phrase = CRITICISED_PHRASES[c.criticised][v.language];
  // "45 Minuten in der Warteschleife", "4 Wochen auf ne Antwort vom Service warten": how long, as they said it.
  const waited = TIMED.has(c.criticised)
    ? c.durations.find((d) =>
        /^\d+\s?(?:min|minuten|stunden|std|tage|tagen|wochen|minutes|hours|days|weeks)\b/iu.test(d),
      )
    : undefined;
  return waited ? `${phrase} (${waited})` : phrase;
}
const TIMED: ReadonlySet<string> = new Set(["waiting-times", "service", "delivery"]);

/** Dates that go stale by the time the reply is read, or say nothing on their own. */
const RELATIVE =
  /^(?:gestern|vorgestern|heute\b.*|letzte\w* Woche|vergangene Woche|yesterday|today|last week|this morning)$/iu;

/**
 * The specifics the comment gave that the reply has not said yet, as a short note: "WP 9, Fehler E212, seit
 * Sonntag". Shows the commenter they were read and lets nobody ask for them again. Nothing is added to them.
 */
const CLOCK = /^\d{1,2}(?::\d{2})?\s?(?:Uhr|am|pm)$/iu;

/** How a case failed ("still no", "nobody has called", "immer noch nicht") is no detail of what it is. */
const HOW_IT_FAILED = new Set(
  (
    "still nothing heard back nobody noone someone anyone called answered replied responded never not been waiting since has have " +
    "hasnt havent isnt wasnt didnt doesnt dont wont " +
    "immer noch nicht nichts gehört niemand keiner meldet antwortet warte warten seit nie mehr hat haben"
  ).split(" "),
);

const FAULT_STATED =
  /(?<!\p{L})(?:nicht|kein\p{L}*|nie|not|never|no|zero|null|rot|red|grob|fein|kalt|error|fehler|ranzig|sauer|abgestanden|gammelig|muffig|verbogen|sour|rancid|stale|mou?ldy|bent|barely|hardly|kaum)(?!\p{L})|n't(?!\p{L})/iu;
const SPEAKER =
  /(?<!\p{L})(?:ich|mir|mich|wir|uns|ihr|euch|du|dir|dich|i|me|my|we|us|you|your|clearly|instead|keiner|niemand|nobody|no one)(?!\p{L})/iu;

function telling(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .some((word) => word.length >= 4 && !HOW_IT_FAILED.has(word.replace(/[^\p{L}]/gu, "")));
}

const LONE_FAULT = /^(?:leaking|leaks|dripping|undicht|tropft|defekt|defective|dead|cracked|gesprungen)$/iu;
const WEEKDAY_ALONE =
  /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/iu;

/** A failure in general, which says nothing beside the thing that fails: "geht nicht", "never showed". */
/**
 * "meine volle Stempelkarte aus Ottensen … die gilt nur im Hamburger Café", "Gutschein KK-4471-MX wurde heute im Café
 * nicht angenommen": a card or voucher refused, with its code and where.
 */
function refusedCardClause(c: Case, v: Voice, words: readonly string[]): string | undefined {
  const refused = has(words, REFUSED);
  const card =
    words.map((w) => CARD.exec(w)?.[1]?.toLowerCase()).find(Boolean) ??
    (refused ? CARD.exec(c.product ?? "")?.[1]?.toLowerCase() : undefined);
  if (!card || !(refused || has(words, /\b(?:gilt|gelten|galt|valid|works)\b/))) return undefined;
  const where = c.places[0] ? ` in ${c.places[0]}` : "";
  const code = c.numbers.find((n) => CARD.test(n.label) || /^code$/iu.test(n.label))?.value;
  const named = code ? ` ${code}` : "";
  if (v.language === "en") return `that your ${card}${named} wasn't accepted${where}`;
  const noun = card.charAt(0).toUpperCase() + card.slice(1);
  const own = v.form === "du" ? "dein" : "Ihr";
  return `dass ${/karte$/u.test(card) ? `${own}e` : own} ${noun}${named}${where} nicht angenommen wurde`;
}
const GENERIC_FAILURE =
  /^(?:please\s)?fix(?:\s(?:this|it))?$|^(?:now\s)?(?:it'?s|its|it’s|it is)\s(?:gone|missing)$|^(?:not|never)\s(?:received|arrived)$|^(?:geht|ging|läuft|lief|funktioniert|klappt|klappte)\s(?:nicht|nie)(?:\smehr)?$|^(?:(?:just|simply)\s)?(?:doesn'?t|does not|isn'?t|is not|didn'?t|did not|don'?t|do not|won'?t|will not|wasn'?t|was not)\swork(?:ing)?$|^never\s(?:showed|turned up)$|^(?:leider\s)?nicht\s(?:möglich|machbar)$|^(?:nobody|no one|noone|niemand|keiner)\s(?:answers|answered|replies|replied|responds|antwortet|meldet sich)$|^(?:(?:i'?m|am|we'?re|are)\s)?(?:having|have|had)\s(?:some\s|a\s|an\s)?(?:trouble|problems?|issues?)$|^(?:habe|hab|haben|hatte)\s(?:ein\s|einige\s)?(?:probleme?|schwierigkeiten)$|^(?:but\s)?(?:it'?s\s|it’s\s)?(?:not there|nothing happens|nothing happened)$/iu;
/** A modal whose verb was cut off: "kann das Abo nicht" (… pausieren). */
const MODAL_CUT = /^(?:kann|kannst|konnte|können|koennen|will|muss|darf)\s.*\bnicht$/iu;
/** "immer noch nicht", told alone: something still not done, whatever it is. */
const STILL_NOT = /^(?:immer noch nicht|noch immer nicht)$/u;
/** A day of the week and nothing else: "am Samstag", "on tuesday", "letzten Freitag". */
const WEEKDAY_ONLY =
  /^(?:(?:am|on|last|next|letzten|diesen|this)\s)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/iu;
/** Goods sent by post, not a visit: "subscription box", "gift card", "order". */
const SENT_GOODS = /\b(?:subscription|box|bag|order|parcel|package|gift card|voucher|beans|coffee)\b/iu;
/** A fragment cut before its end: "taktet seit Samstag alle". */
// "Kann ja wohl kaum" (… stimmen), "noch zu obwohl" (… 7:30 an der Tür steht): cut before their end.
const DANGLING = /\s(?:alle|noch|nur|mal|schon|so|sehr|kaum|wohl|obwohl|aber|the|a|an|for|to|all|every)$/iu;

/** A thing's common first word ("Solar panels"), not an origin or a name ("Guatemala beans", "Ottensen blend"). */
const COMMON_FIRST =
  /^(?:S(?=olar\s)|H(?=eat\s)|B(?=attery\s)|S(?=torage\s)|S(?=mart\s)|N(?=ew\s)|O(?=ld\s)|C(?=offee\s)|F(?=ilter\s)|O(?=at\s)|D(?=ecaf\s)|G(?=ift\s)|E(?=lectric\s)|G(?=as\s)|W(?=hole\s)|G(?=round\s))(?=\p{Ll}+(?:\s\p{Ll}+)+$)/u;

const BARE_GOODS = /^(?:bohnen?|kaffee|beans|coffee|laptop)$/iu;

export function caseDetails(c: Case, v: Voice, said: string, terms: readonly string[] = []): string | undefined {
  const de = v.language === "de";
  const items: string[] = [];
  const known = () => `${said} ${items.join(" ")}`.toLowerCase();
  const add = (value: string | undefined) => {
    // "Rolled back to 3.1." is "3.1"; a German "12.11." is a date and keeps its point.
    // "the wifi itself": the thing, without the stress.
    const trimmed = (de ? value?.trim() : value?.trim().replace(/(?<=\d)[.,;:]+$/u, ""))?.replace(
      /\s(?:itself|themselves|selbst)$/iu,
      "",
    );
    // "December" and "in December" are said once.
    const bare = (said: string) => said.toLowerCase().replace(/^(?:in|im|am|on|at)\s/u, "");
    // "0,00 €": nothing owed is no detail of a case.
    if (trimmed && /^0(?:[.,]0+)?\s?(?:€|euro|eur)$/iu.test(trimmed)) return;
    if (trimmed && !known().includes(trimmed.toLowerCase()) && !items.some((item) => bare(item) === bare(trimmed)))
      items.push(trimmed);
  };
  // "dass die Rampe … nicht funktioniert": the coffee brought out to them is no detail of that case.
  const aboutFacility = c.facility !== undefined && said.toLowerCase().includes(c.facility.toLowerCase());
  // "(Außenfühler, WP 9, 18 Grad)": the thing that failed first, then what it belongs to.
  // Not again in another number: "die Lieferung zu spät gekommen" has said "Lieferungen".
  const failedStem = c.failed?.toLowerCase().slice(0, Math.max(5, (c.failed?.length ?? 0) - 2));
  // "Warteschleifenmusik" beside "in der Warteschleife warten mussten": a compound whose head the clause said.
  const failedHead = (c.failed?.length ?? 0) > 14 ? c.failed?.toLowerCase().slice(0, 12) : undefined;
  if (failedStem && !known().includes(failedStem) && !(failedHead && known().includes(failedHead))) add(c.failed);
  // "Solar panels went on three weeks ago": a thing named at a sentence's start is said small in the middle of one.
  // "(Bohnen)", "(Kaffee, vor drei Wochen)", "(Beans)": what a roaster sells, said bare, is no detail of the case.
  if (c.product && !companyOwned(c.product) && !aboutFacility && !BARE_GOODS.test(c.product))
    add(de ? c.product : c.product.replace(COMMON_FIRST, (first) => first.toLowerCase()));
  // A problem no clause names ("Fassade beschädigt", "arrived smashed") is said in the commenter's short words.
  // "Probleme mit Ihrem Wechselrichter" says the thing, not what it does: "(zeigt einen Fehler)".
  const general = said.includes(generalClause(v)) || !said.trim();
  // Beside "Probleme mit Ihrer Wallbox" only what states the fault ("springt nicht an", "blinkt rot", "shows zero
  // usage"), not a fragment of the story ("Called four times", "keeps losing").
  const thingOnly = /Probleme mit|having trouble with/u.test(said);
  if ((c.problem === undefined || c.problem === "other" || c.problem === "defect") && (general || thingOnly)) {
    // Two to four words: a lone "beschädigt" says too little beside a number.
    // Not words that speak of someone ("bestellt und ihr habt", "clearly got"): said back, they read wrong.
    // German fragments that end on a noun keep the comment's case ("einen weißen Bildschirm"): not said back.
    const words = c.problemWords.find(
      (phrase) =>
        // A lone word only when it states the fault itself ("leaking", "undicht").
        (/^\S+(?:\s\S+){1,3}$/u.test(phrase) || LONE_FAULT.test(phrase)) &&
        telling(phrase) &&
        !SPEAKER.test(phrase) &&
        !(de && /\s\p{Lu}\p{L}*$/u.test(phrase)) &&
        // "taktet seit Samstag alle" (… paar min an und aus): a fragment cut before its end says nothing.
        !DANGLING.test(phrase) &&
        // "kann das Abo nicht" (… pausieren): a modal whose verb was cut off says nothing.
        !MODAL_CUT.test(phrase) &&
        // 'still "open". Not': a fragment across the end of a sentence.
        !/[.!?]["”“]?\s/u.test(phrase) &&
        // "(geht nicht, vor 3 Wochen)": a failure in general says nothing beside the thing that fails.
        !GENERIC_FAILURE.test(phrase) &&
        // "(tasted like someone rinsed)": a picture cut off halfway says nothing; "(just shrugged)" is what staff did.
        !/(?<!\p{L})(?:(?:like|wie) (?:someone|somebody|jemand)|shrugged|gezuckt)(?!\p{L})/iu.test(phrase) &&
        // "(Pfand, gibt kein pfand zurück)": the thing already named is not said again in their lower case.
        !items.some((item) => item.length >= 4 && phrase.toLowerCase().includes(item.toLowerCase())) &&
        (general ||
          LONE_FAULT.test(phrase) ||
          (FAULT_STATED.test(phrase) && !/^(?:can't|cannot|cant|kann|konnte)\s\S+$/iu.test(phrase))),
    );
    // "Was sick all afternoon." opens a sentence; inside the brackets it is "was sick".
    // "riechen irgendwie ranzig" is noted as "riechen ranzig": the hedge is the writer's, not the fault's.
    // "produziert NULL kWh" is noted as "produziert null kWh": a word shouted is not shouted back.
    const plain = words
      ?.replace(/(?<!\p{L})(?:irgendwie|ziemlich|etwas|kind of|sort of|somehow)\s/giu, "")
      .replace(/(?<![\p{L}\d])\p{Lu}{3,}(?![\p{L}\d])/gu, (shouted) => shouted.toLowerCase());
    add(
      de ? plain : plain?.replace(/^(?:Was|Got|Felt|Been|Is|Has|Had|Still|Never|No)\b/u, (word) => word.toLowerCase()),
    );
  }
  // "Pixel 8, Version 5.2.1": what the app team needs, said back so nobody asks for it again.
  // "(„Isolationsfehler“, Wechselrichter)": what the display shows, in its own words and quoted.
  // Not in capitals ("COMM ERROR"): a reply in capitals reads as shouting, whoever wrote them first.
  if (c.shown && !known().includes(c.shown.toLowerCase()) && c.shown !== c.shown.toUpperCase())
    add(de ? `„${c.shown}“` : `'${c.shown}'`);
  add(c.device);
  add(c.version);
  for (const code of c.errors)
    add(known().includes(code.toLowerCase()) ? undefined : `${de ? "Fehler" : "error"} ${code}`);
  // "Kundennummer 5512890": a bare customer or contract number says nothing of what it is.
  for (const n of c.numbers) {
    if (known().includes(unmarked(n.value).toLowerCase())) continue;
    // "kundennr", "Kd-Nr.", "Customer number" are said as a support agent writes them; "Policy", "Vertragskonto" as
    // the commenter named them.
    const label =
      n.kind === "customer" && CUSTOMER_ABBREVIATED.test(n.label) ? (de ? "Kundennummer" : "customer no.") : n.label;
    const labelled = (n.kind === "customer" || n.kind === "contract") && n.label;
    add(labelled ? `${label} ${unmarked(n.value)}` : n.value);
  }
  add(c.places[0]);
  // A clock time alone ("12 Uhr" of "heute 8-12 Uhr") says nothing beside a case; it matters in a correction.
  // "25 min for a cappuccino" beside "that you had to wait 25 minutes for your cappuccino": its figure and its thing
  // are said already.
  const saidAgain = (term: string) => {
    const thing = term.split(/\s+/u).at(-1) ?? "";
    return (
      /\d/u.test(term) &&
      /^\p{L}{3,}$/u.test(thing) &&
      (term.match(/\d+/gu) ?? []).every((figure) =>
        new RegExp(`(?<![\\d.,])${figure}(?![\\d.,]?\\d)`, "u").test(said),
      ) &&
      new RegExp(`(?<!\\p{L})${escapeRegExp(thing)}(?!\\p{L})`, "iu").test(said)
    );
  };
  for (const term of terms) if (!CLOCK.test(term) && !saidAgain(term)) add(term);
  // "seit 20 Jahren Kunde", "for 10 years": loyalty told, not how long the problem has lasted.
  const duration = c.durations.find((d) => !YEARS.test(d));
  // "Notiert haben wir schon: am Montag", "(didn't turn up, on Tuesday)": a weekday alone keeps its preposition.
  const date = c.dates
    .map((d) => {
      const bare = d.replace(/^(?:am|vom|on)\s+/iu, "");
      return WEEKDAY_ALONE.test(bare) ? d : bare;
    })
    .find((d) => !RELATIVE.test(d));
  // "for an hour" alone is no detail to pass on ("your details (for an hour)"); "seit 5 Tagen" is.
  const passing = duration !== undefined && (items.length > 0 || !/^for\b/i.test(duration));
  add(passing ? inSentence(duration) : duration === undefined ? date : undefined);
  add(c.amounts[0]);
  return items.length ? items.slice(0, 4).join(", ") : undefined;
}

/** "customer #90145" is "customer no. 90145": where a label says it is a number, its "#" goes. */
function unmarked(value: string): string {
  return value.replace(/^#\s?/u, "");
}

const CUSTOMER_ABBREVIATED =
  /^(?:kundennr\.?|kunden-nr\.?|kd\.?-?nr\.?|kdnr|kundennummer|customer (?:no\.?|number|id)|cust\.? (?:no\.?|number))$/iu;

/** "unserem Espresso", "unserer Bohne „Nordlicht“", "our heat pump"; undefined where German gives no article. */
export function ourProduct(product: string, language: "de" | "en"): string | undefined {
  if (language === "en") return `our ${product.replace(/^(?:the|your|our)\s+/i, "")}`;
  const gender = genderOf(product);
  return gender ? `${possessiveDative(gender, "we")} ${product}` : undefined;
}
