import type { Assessment } from "../shared/assessment";
import type { Case } from "../shared/case";
import { CLAIM_CHECKED } from "../shared/claim-checked";
import { OCCASION } from "../shared/occasion";
import type { Strategy } from "../shared/replies";
import { takesBack } from "../shared/taking-back";
import { TAUNT } from "../shared/taunt";
import { VISIT_OWED } from "../shared/visit";
import { pointAfterPraise } from "./case/criticised";
import { onlyWaited } from "./case/phrases";
import { urgent } from "./case/urgent";
import { heated } from "./check-draft";
import { isViolation, type Part, partsOf, type Situation } from "./strategies";
import { escapeRegExp } from "./text-spans";

/**
 * Reply plans by situation (issue 10), most fitting first; each of the two or three differs in strategy, not in
 * word order. A customer's case is named and moved (a next step with a time, or the one question that is
 * missing); criticism and sarcasm are taken seriously and never thanked; rudeness gets one calm line on the tone
 * and then help; a correction is checked, not conceded; an opinion leader's argument is engaged with; a question
 * gets the company's saved answer, else a holding reply, and an empty answer frame only last; praise is thanked
 * for what was praised; a remark to someone else, or about politics, needs no reply.
 */
export type PlanContext = {
  kase: Case;
  /** `hasCase(assessment, kase, text)`, read once by the caller. */
  matter: boolean;
  /** One of the company's saved replies answers this comment's topic. */
  savedMatch: boolean;
  /** The comment as written. */
  text: string;
  /** The comment jokes about the company's name ("Kaffeekollektiv klingt wie ne WG …"): `jokesAboutUs`. */
  nameJoke?: boolean;
};

/** An applicant asking about a job: "Darf ich mich bewerben?", "Is it possible also in part time?", "Can I apply?". */
const APPLYING =
  /(?<!\p{L})(?:bewerbe|bewerben|bewerbung|initiativbewerbung|karriereseite|apply|applying|application|teilzeit|part[- ]time|quereinsteiger\p{L}*|ausschreibung|stellenanzeige|stellenausschreibung|wochenstunden|job ad|job posting|vacancy)(?!\p{L})/iu;

/** "im Post steht", "your post says", "kleine Korrektur": what we published, quoted to be set right. */
const POST_SAYS =
  /(?<!\p{L})(?:im (?:post|beitrag|tweet|artikel|flyer) steht|in (?:the|your) (?:post|tweet|article|ad) (?:it )?says|your (?:post|tweet|ad) says|in your post is written|you wrote|ihr schreibt|sie schreiben|du schreibst|(?:small|quick|tiny|minor) correction|kleine korrektur)(?!\p{L})/iu;

/** "Typo in the number: 0910 → 0190", „Zahlendreher in der Nummer": a slip in what we published, set right. */
const TYPO = /(?<!\p{L})(?:typo|typos|misprint|tippfehler|zahlendreher|vertippt)(?!\p{L})|\d\s?(?:→|->|=>)\s?\d/iu;

const OWN_PROBLEM =
  /\b(?:i|we)\s(?:have|had|'ve got|ve got|got)\s(?:a\s|some\s)?(?:problem|problems|issue|issues)\swith\s(?:my|our)\b|(?<!\p{L})(?:ich|wir)\s(?:habe|hab|haben)\s(?:ein\s|einige\s)?(?:problem|probleme)\smit\s(?:meinem|meiner|meinen|unserem|unserer|unseren)(?!\p{L})/iu;

/** The case moved: asked for the one thing missing (nothing moves before it comes), else the next step with a time. */
function caseFirst(kase: Case): Strategy {
  return kase.missing ? "case-question" : "case-next-step";
}

/**
 * Whether the comment is one customer's matter to move: a problem stated, or a number or an amount that only
 * their case has, or a disappointed customer's order or error code. A product, a place or "seit 15 Jahren" alone
 * is criticism, not a case.
 */
const SUPPLY =
  /warmwasser|strom|heizung|internet|gas\b|wasser|hot water|power|electricity|heating|outage|störung|stoerung|engineer|technician|techniker|monteur|appointment|termin\b|turned|showed|shown|turn up|show up|niemand kam|keiner kam|nobody came|no one came|no-show|erschienen|gekommen|aufgetaucht|(?:niemand|keiner) (?:ist |war )?da\b/iu;

const ORDERED_IT = /\b(?:bestellt|ordered|gekauft|bought)\b/iu;
const DAMAGED =
  /beschädigt|beschaedigt|damaged|eingesaut|versaut|beschmiert|verschmutzt|delle|beule|\bdent|krumm|gerammt|angefahren|rammed|abgedichtet|kaputt gemacht|zerkratzt|scratched|verbogen|verbeult|\bbent\b|broke|hinterlassen|^left\b|tracked|mud|dreckspur|schmutzspur|fußspur|fussspur|platt|zertrampelt|zerbrochen|aufgeräumt|aufgeraeumt/iu;
const AT_WORK =
  /monteur|techniker|handwerker|einbau|installation|montage|trupp|kranwagen|\bkran\b|crane|bohrfirma|bohrung|subunternehmer|engineer|installer|fitter|technician|crew|electrician|elektriker/iu;

const SPOILED =
  /zerbrochen|zersprungen|ranzig|verdorben|ungenie(?:ß|ss)bar|smashed|shattered|rancid|not fresh|nicht frisch|\b(?:kam|kamen|arrived|came)\b.*\b(?:kaputt|beschädigt|zerdrückt|aufgerissen|broken|damaged|crushed|torn)\b/iu;
/** The comment's only question is a few words at its end: "Falsche Größe?", "Wrong size?". */
const SHORT_QUESTION = /(?:^|[.!?]\s+)(?:[\p{L}\d-]+\s){0,2}[\p{L}\d-]+\?[?!]*\s*$/u;
/**
 * Or it asks what went wrong, or what now: "Ist da was schiefgelaufen?", "Ist das normal?", "what happened?",
 * "Wer zahlt mir das??", "Was nun?".
 */
const WHAT_WENT_WRONG =
  /(?:^|[.!?]\s+)(?:ist\s(?:da|bei\seuch|bei\sihnen|hier)\s(?:was|etwas)\s(?:schief\s?gelaufen|schief\s?gegangen|passiert)|stimmt\s(?:da|hier|damit)\s(?:was|etwas)\snicht|is\s(?:something|anything)\swrong(?:\swith\s(?:it|that|this))?|was\sist\s(?:da|denn\sda|hier)\s(?:los|passiert|schief\s?gelaufen)|ist\s(?:das|sowas)\s(?:so\s)?normal|kann\s(?:das|sowas)\s(?:sein|passieren)|did\s(?:something|anything)\sgo\swrong|what\s(?:happened|went\swrong)|is\s(?:this|that)\snormal|wer\s(?:zahlt|bezahlt|übernimmt|ersetzt)\s(?:mir\s|uns\s)?(?:das|den\sschaden|die\skosten)|was\s(?:nun|jetzt)|who(?:'s|\sis)?\s(?:going\sto\s)?pay(?:s|ing)?\sfor\s(?:this|that|it)|what\snow|what(?:'s|\sis)\sgoing\son|was\s(?:kann|soll)\s(?:ich|man|wir)\s(?:da\s|jetzt\s|nun\s)?(?:tun|machen)|what\s(?:can|should)\s(?:i|we)\s(?:do|try))\s*\?[?!]*\s*$/iu;
/**
 * Chasing what went wrong, wherever it is asked: "Was dauert da so lange??", "wer kümmert sich drum?", "Who do I speak
 * to about this?". It asks for the case to be moved, not for an answer to hold.
 */
const CHASING =
  /\b(?:was\sdauert\s(?:da|denn|das|denn\sda)\s(?:so\s)?lange|wie\slange\s(?:dauert|soll|muss)\s(?:das|ich)\s(?:\p{L}+\s){0,2}?(?:noch|denn|dauern|warten)|wer\s(?:kümmert|kuemmert)\ssich\s(?:drum|darum|jetzt\sdarum)|wer\sschaut\ssich\sdas\san|wie\sgeht(?:'s|\ses)\s(?:jetzt\s|nun\s)?weiter|who\s(?:do|should|can)\s(?:i|we)\s(?:speak|talk)\sto|what\sdo\s(?:i|we)\sdo\snow|was\smuss\sich\s(?:denn\s)?(?:noch\s)?tun)\b/iu;
/** "nur eine Person hinterm Tresen", "one barista on a Saturday": how a branch is staffed, a matter of criticism. */
const STAFFING =
  /\b(?:nur|only|just)\s(?:eine?|one|1|zwei|two)\s(?:person|mitarbeiter\w*|barista\w*|kraft|staff|member of staff)|\b(?:ansteh\w*|schlange|queue)\b/iu;
/**
 * How a place sounds or feels: "can't hear my own thoughts", "viel zu laut", "sein eigenes Wort nicht"; "Would be even
 * nicer if your café let you sit … without someone asking if you're still ordering": how welcome one is made to feel.
 */
const AMBIENCE =
  /\b(?:hear|loud|laut|wort|stickig|stuffy|would be (?:even )?nicer if|wäre (?:noch )?schöner,? wenn|without someone asking|ohne dass (?:einer|jemand) fragt)\b/iu;
const CLOCK_TIME = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|uhr)\b/iu;

const OWN_CONTRACT =
  /\b(?:my|our) (?:contract|tariff|energy plan)\b|\b(?:mein(?:en|em)?|unser(?:en|em)?) (?:vertrag|tarif|stromvertrag|gasvertrag|stromtarif)\b|\bauf (?:euren|ihren|den) [\p{L}-]*tarif gewechselt\b/iu;
const OTHERS_DATA =
  /\bjemand(?:em)? ander|\bfremde[nm]?\s|\bsome(?:one|body)['’]?s?\s?else|\bnot mine\b|\bnicht mir\b/iu;

const NO_SHOW =
  /\b(?:(?:niemand|keiner|nobody|no one)\b.*\b(?:kam|gekommen|erschienen|aufgetaucht|came|showed|turned up)|(?:kam|kamen|kommt|erschien)\s(?:\p{L}+\s)?(?:niemand|keiner)|nicht erschienen|no-show)\b/iu;
const BOYCOTT = /\b(?:boykott\p{L}*|boycott\p{L}*|teilt das|share this)\b/iu;
/** Thanks, or the verdict that says it: "So geht das! 👍", "so muss Service", "that's how it's done". */
const THANKED =
  /\b(?:danke|dank|thanks|thank you|cheers|shout-?\s?out|kudos|props)\b|(?<!\p{L})(?:bedanken|bedanke|bedankt)(?!\p{L})|(?<!\p{L})so (?:geht|muss) (?:das|service|kundenservice|transparenz)(?!\p{L})|\bthat'?s how (?:it'?s|you) do(?:ne)?\b/iu;
/** A case said to be settled, not denied: "in drei Tagen geklärt", "sorted within the hour". */
const SETTLED =
  /(?<!(?:nicht|not|nie|never|noch)\s(?:\p{L}+\s)?)(?<!\p{L})(?:geklärt|geklaert|erledigt|gelöst|geloest|behoben|sorted|resolved)(?!\p{L})/iu;
/** A decision of the company's: something done away with, closed or stopped. */
const DECIDED =
  /\b(?:schafft|schaffen)\s(?:\p{L}+\s){0,4}ab\b|\b(?:abgeschafft|abzuschaffen|abschaff\p{L}*|dichtmach\p{L}*|dichtgemacht)\b|\bmacht\s(?:\p{L}+\s){0,4}dicht\b|\b(?:scrap(?:s|ped|ping)?|discontinu\p{L}*)\b|\bget(?:ting)? rid of\b|\bphas(?:e|es|ed|ing) out\b/iu;

/** "but", "allerdings", "on top of that": praise that turns to what went wrong. */
const TURNS =
  /(?<!\p{L})(?:but|though|however|although|on top of that|except|aber|allerdings|leider|jedoch|trotzdem|nur)(?!\p{L})/iu;

/** Their own bill or what was taken from them: "abgebucht", "my bill", "Abschlag", "charged me". */
const OWN_BILL =
  /(?<!\p{L})(?:abgebucht|abbuchung|abschlag\p{L}*|rechnung\p{L}*|nachzahlung|charged|debited|my bill|the bill|direct debit|invoice|grundgebühr|grundgebuehr|tarif\p{L}*|kwh|vertrag\p{L}*|contract)(?!\p{L})/iu;

export function hasCase(assessment: Assessment, kase: Case, text = ""): boolean {
  // "Leute, ich ruf hiermit zum Boykott … auf. Eine Freundin arbeitet in der Leipziger Filiale …": a call to the
  // public about how others are treated is an argument to take seriously, not a case of the writer's own.
  // Not goods gone bad ("… meinen Kommentar über die verschimmelte Packung Bohnen einfach gelöscht. TEILT DAS!!!").
  if (
    BOYCOTT.test(text) &&
    kase.numbers.length === 0 &&
    kase.amounts.length === 0 &&
    !kase.problemWords.some((words) => SPOILED.test(words)) &&
    assessment.intent.complaint?.problem !== "safety"
  )
    return false;
  // "We just bought a house … Friends keep telling me these air-source pumps just give up … Is that actually the case
  // with yours?": a claim heard and asked about; what they bought elsewhere makes no case of theirs with us.
  if (assessment.intent.complaint === undefined && kase.numbers.length === 0 && CLAIM_CHECKED.test(text)) return false;
  // A problem of a known kind (login, delivery, refund …) is theirs; an "other" one ("nobody answers emails
  // anymore", "why is nobody there on Saturdays") is criticism of the service unless more makes it a case.
  const problem = assessment.intent.complaint?.problem;
  // "Meine Bestellung KK-37719 war falsch gemahlen … Jonas hat mir eine neue Packung zurückgelegt. Danke, Jonas!!":
  // an order put right and thanked for is no case any more, number or not.
  // "Frau Sommer hat meinen Fall (Ticket 55-1201 …) in drei Tagen geklärt … So geht das!": settled, said plainly.
  const thankedOnly =
    problem === undefined &&
    (assessment.tone === "positive" || (assessment.tone === "neutral" && SETTLED.test(text))) &&
    !assessment.intent.sarcasm &&
    assessment.intent.question === undefined &&
    // "my last order (KK-51907) was such a treat – the little handwritten card …": a fan's order praised, with no
    // "but" that turns to what went wrong ("… lief reibungslos. Seit der Abrechnung allerdings …").
    ((kase.people.length > 0 && THANKED.test(text)) || (assessment.role === "fan" && !TURNS.test(text)));
  // "the 250g Guji went from €9,50 to €12,90 in one year … nobody explained it": a shop's price raised, argued; no bill
  // of theirs to look up.
  const shopPriceRaised =
    problem === "billing" && kase.criticised === "price-increase" && kase.numbers.length === 0 && !OWN_BILL.test(text);
  if (shopPriceRaised) return false;
  if ((problem !== undefined && problem !== "other") || (kase.numbers.length > 0 && !thankedOnly)) return true;
  // "Bitte löschen Sie mein Konto": their own account to close is theirs to have done; so is a request of theirs
  // turned down ("Meine Ratenzahlung wurde abgelehnt").
  if (kase.leaving !== undefined || kase.rejected !== undefined) return true;
  // "Who cancelled my contract?", "im Portal steht immer noch Grundversorgung": their own contract gone wrong.
  if (problem !== undefined && OWN_CONTRACT.test(text) && !assessment.intent.sarcasm) return true;
  // "Ihr Monteur hat beim Einbau die Wand beschädigt": damage done by the company's people at their home.
  if (problem === "other" && kase.problemWords.some((w) => DAMAGED.test(w)) && AT_WORK.test(text)) return true;
  // "I am completely missing my tezeract", "I won the car from the casino … it's not there", "I didnt get the money
  // for trading it in" (real comments): a thing of their own gone from their account, or never paid out.
  if (problem === "other" && OWN_MISSING.test(text) && !assessment.intent.sarcasm) return true;
  // "I have a problem with my game", "Ich habe ein Problem mit meinem Abo": their own thing, said to have a problem.
  if (problem === "other" && OWN_PROBLEM.test(text) && !assessment.intent.sarcasm) return true;
  // "Kuhmilch statt Hafermilch bekommen": not what they asked for, theirs to have put right.
  if (problem !== undefined && kase.swapped !== undefined) return true;
  // "hab entkoffeiniert bestellt … Das war garantiert NICHT entkoffeiniert": what they ordered themselves, failed.
  if (problem === "other" && kase.firstPerson === true && ORDERED_IT.test(text) && !assessment.intent.sarcasm)
    return true;
  // "Der Cappuccino in Kreuzberg war lauwarm": what they were served, and how, is theirs to have put right.
  if (problem !== undefined && kase.served !== undefined) return true;
  // "Das Glas … kam zerbrochen an", "schmeckt ranzig": goods that came broken or spoiled.
  if (problem === "other" && kase.problemWords.some((words) => SPOILED.test(words))) return true;
  // "im Portal seh ich die Anlage von jemand anderem … Datenschutz??": someone else's data shown is a case, however
  // rhetorically it is asked about.
  if (problem !== undefined && kase.problemWords.some((words) => OTHERS_DATA.test(words))) return true;
  // "warum schafft ihr die Papierrechnung einfach ab? nicht jeder will alles im Portal haben": a decision of the
  // company's criticised is an argument to take seriously, not a fault of the writer's to put right.
  if (problem === "other" && DECIDED.test(text) && !kase.firstPerson && kase.amounts.length === 0) return false;
  // "Euer Espresso-Abo kam mit dem falschen Mahlgrad": a thing bought or fitted that failed is the buyer's case,
  // told in anger or not; not an argument that asks ("… passe in jedes Haus. Wo bleibt hier die Differenzierung?").
  // "… passen nicht in meinen V60. Falsche Größe?": a short question about the failure itself still asks nothing
  // back.
  const asksBack =
    assessment.intent.question !== undefined &&
    !SHORT_QUESTION.test(text) &&
    !WHAT_WENT_WRONG.test(text) &&
    !CHASING.test(text);
  if (
    problem === "other" &&
    (kase.product !== undefined || kase.item !== undefined) &&
    !assessment.intent.sarcasm &&
    !asksBack
  )
    return true;
  // "Seit dem Zählerwechsel zeigt das Portal bei mir 0 kWh Verbrauch an": a fault of a thing of theirs, said as a
  // sentence of its own, is their case.
  if (problem === "other" && kase.stated !== undefined && !assessment.intent.sarcasm) return true;
  // "Since your technician updated the heat pump settings in March, the legionella program runs every night": their
  // system changed by the company's work, since a time they name.
  // "Euer Monteur war super nett, aber der Siphon … ist seitdem undicht": a part of theirs failed since the work.
  if (
    problem === "other" &&
    (kase.firstPerson || (kase.failed !== undefined && !assessment.intent.sarcasm)) &&
    AT_WORK.test(text) &&
    /\b(?:since|seit|seitdem)\b/iu.test(text)
  )
    return true;
  // "kommt alle Post noch auf meinen alten Nachnamen": their own details not taken over.
  if (problem === "other" && kase.problemWords.some((words) => /\balten\s(?:namen|nachnamen)\b/iu.test(words)))
    return true;
  // "… now says some other brand lol. nobody asked us. is that even allowed??", "wer prüft das jetzt?": a customer's
  // own problem with something asked of us is a case to take on, not a question to hold.
  if (
    problem === "other" &&
    assessment.role === "disappointed-customer" &&
    (kase.firstPerson === true || kase.failed !== undefined) &&
    !assessment.intent.sarcasm &&
    (assessment.intent.question !== undefined || ASKED_TO_ACT.test(text)) &&
    !(kase.criticised !== undefined && ["prices", "price-increase", "campaign", "post"].includes(kase.criticised))
  )
    return true;
  // "the handle on my 58mm tamper … unscrewed itself": a thing of theirs named where it failed is their case.
  // Not beside harassment ("here's the guy who cancelled my appointment: … lives in …"): no case is taken up there.
  if (
    problem === "other" &&
    kase.failed !== undefined &&
    ownThing(text, kase.failed) &&
    !assessment.intent.sarcasm &&
    !assessment.violations.some((violation) => violation.kind === "harassment")
  )
    return true;
  // "I can't unenroll from the Minecraft Bedrock Beta, … it keeps putting me in the beta": what they cannot do
  // themselves, said as their own sentence, is their case.
  if (
    problem === "other" &&
    kase.firstPerson === true &&
    !assessment.intent.sarcasm &&
    !asksBack &&
    /^(?:i|we)\s(?:can['’]?t|cannot|can not)\s\p{L}{4,}/iu.test(text.replace(/^\s*(?:@[\p{L}\d_]+\s*)+/u, ""))
  )
    return true;
  // No hot water, no power, no internet at home: their own supply failed, whatever else they ask.
  if (problem === "other" && kase.problemWords.some((words) => SUPPLY.test(words))) return true;
  // "2 Stunden auf den Techniker gewartet, kam keiner": a visit nobody kept is theirs to have put right.
  // Told in sarcasm too ("… und dann kommt einfach keiner. Effizienz at its best."): the visit is still owed.
  // Not "… weil die halbe Fläche reserviert war und dann kam keiner": a visit of ours, not guests who stayed away.
  if (problem === "other" && kase.problemWords.some((words) => NO_SHOW.test(words)) && VISIT_OWED.test(text))
    return true;
  // An amount is a case when it is complained about ("8,40 € abgezogen"), not when it is joked about.
  const upset =
    assessment.tone === "critical" ||
    assessment.tone === "angry" ||
    assessment.role === "disappointed-customer" ||
    assessment.violations.some((v) => v.kind !== "profanity");
  // And only their own money that moved: "mir wurden 8,40 € abgezogen" is a case, "Kaffee für 5 Euro, da mach ich
  // mir lieber selber einen" a view on prices.
  const theirs = kase.firstPerson === true && kase.paid === true;
  // Asking why their own amount changed ("wieso is mein Abschlag jetzt 180 €?") is a case as much as a complaint.
  const asks = assessment.tone === "question";
  // Not a price criticised without a failure ("kostet … auf einmal 16,90 statt 14,50 €, ohne ein Wort dazu"): a
  // view on prices, however much they paid before.
  const pricesOnly =
    problem === undefined && kase.criticised !== undefined && ["prices", "price-increase"].includes(kase.criticised);
  if (kase.amounts.length > 0 && (upset || asks) && !assessment.intent.sarcasm && theirs && !pricesOnly) return true;
  // A visit on a day at a branch ("gestern in Leipzig") is a case too.
  // Not a past wait told in an argument ("We waited 14 months for a connection in Leeds"): a complaint makes it one.
  // "stuck at Huddersfield at 11pm": a place and a clock time tell the night it happened as well as a date does.
  const visit = kase.places.length > 0 && (kase.dates.length + kase.durations.length > 0 || CLOCK_TIME.test(text));
  if (visit && assessment.intent.complaint !== undefined) return true;
  // "wifi in the Leipzig café has been down all week": what fails at a named branch is every guest's case there.
  if (kase.facility !== undefined && kase.places.length > 0 && assessment.intent.complaint !== undefined) return true;
  // A disappointed customer's order or an error code is their case even when no problem word was read.
  // An error code the customer's device shows is their case whoever writes it ("Wärmepumpe zeigt E-204").
  if (kase.errors.length > 0 && assessment.tone !== "positive") return true;
  // A question about a parcel is theirs when they speak of themselves ("wo bleibt mein Paket?"), not when they
  // ask about prices ("warum kostet ein Paket Kaffee 12,90 €?").
  // Not a correction that cites what they bought ("the bag I bought last week says natural process").
  const own =
    kase.firstPerson === true &&
    (assessment.role === "disappointed-customer" ||
      (assessment.tone === "question" && assessment.role !== "know-it-all"));
  // "Love the beans, but … trade customers can only order 1 kg bags. A bulk option would make a real difference": a
  // trade customer's proposal about the terms, no order of theirs gone wrong.
  const proposes = assessment.intent.complaint === undefined && PROPOSES.test(text);
  // "Ich mag euren Kaffee wirklich, aber die Verpackung …": the thing praised before the turn is not the case.
  const point = pointAfterPraise(text);
  const praisedOnly =
    point !== undefined &&
    assessment.intent.complaint === undefined &&
    !point.toLowerCase().includes((kase.item ?? kase.device ?? "").toLowerCase());
  // "… die Verpackung der letzten Lieferung: vier Lagen Seidenpapier …": criticism of how things are done, no failure.
  const policy =
    assessment.intent.complaint === undefined &&
    ["packaging", "post", "campaign", "prices", "price-increase"].includes(kase.criticised ?? "");
  // "the one thing i'll actually miss is the kreuzberg espresso 😭": a thing loved and left, with no failure, no
  // number and nothing bought, is no case.
  // "… aber wer bei euch eine Wärmepumpe bestellt wartet Monate": whoever orders, argued; nothing they ordered.
  const told =
    assessment.intent.complaint !== undefined ||
    kase.numbers.length > 0 ||
    /\b(?:ordered|bought|paid|charged|bestellt|gekauft|bezahlt|abgebucht)\b/iu.test(
      text.replace(/(?<!\p{L})(?:wer|whoever|anyone who)\s[^,.!?]{0,60}/giu, " "),
    );
  return own && (kase.item !== undefined || kase.device !== undefined) && told && !proposes && !praisedOnly && !policy;
}
/**
 * "the handle on my 58mm tamper", "das Sicherheitsventil am Warmwasserspeicher unserer WP 12", "mein Vollautomat":
 * the thing is theirs when a possessive of theirs stands just before it or just after it.
 */
function ownThing(text: string, thing: string): boolean {
  const at = text.indexOf(thing);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 25), at);
  const after = text.slice(at + thing.length, at + thing.length + 30);
  const mine = /(?<!\p{L})(?:my|our|mein\p{L}*|unser\p{L}*)(?!\p{L})/iu;
  return mine.test(before) || mine.test(after);
}

/** "pls fix", "bitte kümmert euch", "wer prüft das": the company asked to act. */
const ASKED_TO_ACT =
  /\b(?:pls|please|plz|bitte)\s(?:fix|sort|check|kümmert|kuemmert|prüft|prueft|meldet|klärt)|\bwer\s(?:prüft|kümmert|ist da zuständig|macht|kommt)\b|\b(?:who|whom)\s(?:do|should|can)\si\s(?:even\s)?(?:call|ring|contact|talk to|speak to)\b|\bwen\s(?:soll|kann)\sich\s(?:denn\s|da\s)?(?:anrufen|fragen|erreichen)\b/iu;
const PROPOSES =
  /\b(?:would make a (?:real |big |huge )?difference|why not (?:offer|introduce|add|let)|you should (?:offer|consider|introduce)|müsst ihr|solltet ihr|sollten sie (?:auch )?(?:anbieten|überlegen)|wenn ihr [^.!?]{3,40} wollt|würde (?:vielen|uns) [^.!?]{0,20}helfen|wäre (?:schön|toll|gut|super|hilfreich),? wenn)\b/iu;

/**
 * Laughing at the company without a concern: "lol euer Logo … hat das der Praktikant gemacht?" mocks; a question
 * with a topic ("haha, wann habt ihr offen?") is still a question.
 */
/** A yes-no question opened plainly, then a sentence of its own: "gibts … auf Englisch? Mein Freund …". */
const PLAIN_ASK_THEN_TOLD =
  /(?:^|[.!?]\s+)(?:@\w+\s+)?(?:gibt'?s|gibts|gibt es|habt ihr|haben sie|kann man|kann ich|könnt ihr|koennt ihr|können sie|is there|do you|can i|can you|are there)(?!\p{L})[^.!?😂🤣🤡🙄]*\?\s+\p{L}/iu;

function mocks({ intent, tone, role }: Assessment, text: string): boolean {
  // "you spelled it wrong lol": a correction with a laugh is still thanked and checked.
  // "Kaffeekollektiv klingt wie ne Sekte lol … 🙏☕😂": a laugh at us is not made praise by its emoji alone.
  // Not "… mit euren tollen Wärmepumpen 🥶😂 viel Spaß beim Frieren": a taunt's kind word is no praise.
  const praised = tone === "positive" && PRAISE_SAID.test(text) && !TAUNT.test(text);
  if (intent.mockery !== true || praised || role === "fan" || role === "know-it-all") return false;
  // "Nothing says 'community coffee' like a €6.50 oat latte 🙃": sarcasm is criticism, answered once; "imagine paying
  // 4 euros for bean water … lmao ☕🤡" laughs at the company, and is left alone.
  // "kaffeekollektiv erhöht den flat white auf 4,90 und schreibt … was von „fair“ 💀 ja safe": a decision of ours
  // jeered at is criticism too, skull or not.
  if (intent.sarcasm && (!CLOWNING.test(text) || PRICE_RAISED.test(text))) return false;
  // "your hamburg cafe is honestly the rudest place … get it together lol": a customer's own bad visit, laughed off,
  // is still criticism to answer; only a clown or "lmao" at us is left alone.
  // Not a joke acted out and laughed at ('*unplugs the sun* "that'll be 800€" 😂😂').
  // "… please seek help 😭": a taunt mocks, whoever the model takes the writer for.
  if (role === "disappointed-customer" && !CLOWNING.test(text) && !/😂|🤣|😆|😹/u.test(text) && !TAUNT.test(text))
    return false;
  // "Hat der Praktikant wieder den Social-Media-Account übernommen? 🤡": a clown's question asks nothing.
  if (CLOWNING.test(text)) return true;
  // "gibts eure App eigentlich auch auf Englisch? Mein Freund … versteht … nur Bahnhof 😂": a plain question to us, the
  // laugh in the next sentence at someone else's trouble.
  if (intent.addressedTo === "company" && PLAIN_ASK_THEN_TOLD.test(text)) return false;
  return tone !== "question" || intent.question === undefined || intent.question === "other";
}

/** "ihr", "euer", "Sie" inside a sentence, "you", a handle: the comment speaks to the page. */
function speaksToUs(text: string): boolean {
  return (
    /(?<!\p{L})(?:ihr|euch|euer|eure[mnrs]?|you|your|yours|u|ur|y'?all)(?!\p{L})|@/iu.test(text) ||
    /(?<=[\p{L},]\s)(?:Sie|Ihnen|Ihre[mnrs]?)(?!\p{L})/u.test(text)
  );
}

const JUDGED =
  /\b(?:bescheuert|blöd|bloed|dumm|lächerlich|laecherlich|unsinn|quatsch|schwachsinn|absurd|stupid|ridiculous|nonsense|pointless)\b/iu;
const PRAISE_FRAMED =
  /\b(?:(?:was|wat|watt) positives (?:loswerden|sagen)|muss (?:auch )?mal gesagt werden|credit where (?:it'?s|credit is) due|(?:a )?shout-?out (?:to|an)|großes lob an|großes danke an|muss (?:auch )?(?:mal )?(?:danke|dankeschön) sagen|(?:muss|möchte|moechte|will|wollte) mich (?:\p{L}+ ){0,5}bedanken|(?:i'?d|i would|i want to|i wanted to) (?:just )?(?:like to )?(?:say (?:a (?:big )?)?thank(?:s| you)|thank)\b)\b/iu;
/**
 * "I was ready to rip you a new one bc my Guji showed up ground, but Sophie … had a fresh bag out the same afternoon",
 * „Wollte mich schon beschweren, aber …": a complaint announced and then withdrawn, because it was put right.
 */
const COMPLAINT_WITHDRAWN =
  /\b(?:i was (?:ready|about|going) to (?:rip|complain|rant|moan|kick off|yell|leave a)\b[^.!?]{0,120}\bbut\b|(?:ich )?(?:wollte|war) (?:mich )?(?:schon |kurz davor,? )?(?:mich )?(?:zu )?beschweren,? aber\b)/iu;
/** "Dankeschön ans Team in …", "shoutout to the Leipzig crew": thanks given to a team, not to one person by name. */
const CREW_THANKED =
  /(?<!\p{L})(?:dank\p{L}*|dankesch\p{L}+|shout-?\s?out|kudos|props|thanks|thank you)\s(?:an|ans|to)\s(?:(?:das|die|the|our|your|all)\s)?(?:[\p{L}-]+\s)?(?:team|crew|staff|leute|jungs|mädels|barista-team)(?!\p{L})/iu;

/** One small point beside praise: "Einziger kleiner Punkt", "only thing", "otherwise really happy". */
const SMALL_POINT =
  /(?<!\p{L})(?:einziger? (?:kleiner? )?(?:punkt|kritikpunkt|wermutstropfen|minuspunkt|haken)|nur eine kleinigkeit|kleiner wermutstropfen|ansonsten (?:alles )?(?:top|super|prima|bestens|klasse)|sonst (?:alles )?(?:top|super|prima|bestens))(?!\p{L})|\b(?:(?:the )?only thing|one small thing|only (?:small )?(?:niggle|gripe|complaint)|otherwise (?:really |very |super )?(?:happy|great|pleased|perfect))\b/iu;
/** "Habt ihr den Schuss nich jehört oder wat": scolding, criticism however kindly it opened; no tone to answer. */
const SCOLDED = /(?<!\p{L})den schuss nich(?:t)? (?:gehört|gehoert|jehört|jehoert)(?!\p{L})/iu;
const TODAY_NOT =
  /\b(?:sonst|normalerweise|eigentlich|normally|usually|otherwise)\s(?:\p{L}+\s)?(?:top|super|spitze|klasse|great|good|gut|fine)\W+(?:aber|but)\s(?:heute|today|diesmal|this time)\b/iu;
const PRAISE_SAID =
  /\b(?:dank\p{L}*|toll\p{L}*|super|lecker\p{L}*|klasse|lieb\p{L}*|beste[nrs]?|top|great|love\p{L}*|best|thank\p{L}*|awesome|amazing|delicious)\b/iu;
const CLOWNING = /🤡|💀|\b(?:lmao|lmfao|rofl|roflmao)\b/iu;
/**
 * "Mit wem würdet ihr lieber fucken", "who would you rather fuck lol", "Wollt ihr mal mit mir schlafen?": sex
 * proposed to the company or asked of it. There is no criticism in it to take seriously and nothing to help with; it is
 * left alone.
 */
const PROPOSITION =
  /(?<!\p{L})(?:mit wem|who|wen|würdet|wuerdet|würdest|wuerdest|willst|wollt|wanna|want to|would)(?:\s+\p{L}+){0,6}\s+(?:fuck|fucken|ficken|bumsen|vögeln|voegeln|shag|sleep with (?:me|us|you|him|her|one)|mit (?:mir|uns|dir|euch) schlafen)(?!\p{L})/iu;
/** A price of ours raised: "erhöht den Flat White auf 4,90", "raised the price", "Preiserhöhung". */
const PRICE_RAISED =
  /(?<!\p{L})(?:erhöht|erhoeht|erhöhen|teurer|preiserhöhung\p{L}*|raised|raises|put up|price (?:rise|hike|increase))(?!\p{L})/iu;
/** "Rheinwerk Wärmepumpe = teuerster Föhn der Welt 😂😂": a thing of ours set equal to a joke, laughed at. */
const EQUATED = /^\s*[^=\n.!?]{2,40}\s=\s[^.!?\n]{3,60}(?:😂|🤣|😆|🤡|\blol\b|\blmao\b)/iu;

/** Another comment reported: a request to remove, about someone else's words, not their own account. */
const REMOVAL =
  // "a 1960s block with 24 flats", "the gas boiler ban", "your annual report": English nouns unless what is
  // removed follows.
  /\b(?:löschen|löscht|entfernen|entfernt|sperren|sperrt|melden|meldet|delete|remove)\b|\b(?:lasst|lassen) (?:ihr|sie) (?:so ?was|das|so etwas|den|diesen) (?:\p{L}+ )?stehen\b|\bstill up after\b|\bmoderate (?:its|your|their) (?:own )?page\b|\b(?:ban|block|report)(?:ed)?\s(?:this|that|these|those|the|him|her|them|it|such|his|their|accounts?|users?|comments?|posts?|trolls?|spam\w*|bots?)\b/iu;
const SOMEONE_ELSES =
  /\b(?:kommentar\w*|beitr[äa]g\w*|posts?|comments?|replies|antworten|troll\w*|spam\w*|bots?|hetze\w*|fake-?\w*|scam\w*)\b|\b(?:da|hier) oben\b|\babove\b/iu;
const OWN = /\b(?:mein\w*|my|mich|me)\s+(?:konto|account|daten|data|profil|profile|kommentar|comment|vertrag|abo)\b/iu;
/** "im Post steht Zählerstand bis 15. Januar melden": a reading or a fault reported to us, nothing to remove. */
const REPORTED_TO_US =
  /(?<!\p{L})(?:zählerst[äa]nd\p{L}*|zaehlerst[äa]nd\p{L}*|stand|störung\p{L}*|schaden|schäden|ausfall|umzug|verbrauch|zählernummer)(?!\p{L})(?:[^.!?]|\.(?<=\d\.))*?(?<!\p{L})melden(?!\p{L})/giu;
/**
 * "meldet euch", "melden Sie sich": asking to be contacted is no report; nor is "seit fünf Wochen meldet sich keiner",
 * nor a promise quoted back ("Antwort damals: „Wir melden uns nach der Erntesaison.“").
 */
const GET_IN_TOUCH =
  /\b(?:meldet euch|melden sie sich|melde dich|meldet sich|melden sich|meldete sich|melden uns|melde mich|melden wir uns|meldet ihr euch|melde ich mich)\b/iu;

function reports(text: string): boolean {
  return (
    REMOVAL.test(text.replace(REPORTED_TO_US, "")) &&
    SOMEONE_ELSES.test(text) &&
    !OWN.test(text) &&
    !GET_IN_TOUCH.test(text) &&
    !WE_DELETE.test(text)
  );
}

/** "hab ich unterm letzten Post schon geschrieben, ihr löscht es ja eh wieder 🙄": deleting blamed on us, no report. */
const WE_DELETE =
  /(?<!\p{L})(?:ihr|you|you guys|you lot) (?:\p{L}+ ){0,3}(?:löscht|loescht|zensiert|delete|deleted|remove|removed|censor|censored)(?!\p{L})/iu;

/** A message, call or link said to be the company's: "eine Mail von Ihnen", "an SMS saying it's from you". */
const MESSAGE_FROM =
  /(?<!\p{L})(?:mail|e-mail|email|sms|nachricht|anruf|angerufen|anrief|brief|link|whatsapp|text message|text|texts|message|messages|emails|call|called|phoned|rang|letter)(?!\p{L})(?!\s(?:yourselves|yourself|itself|themselves|it|this|that)(?!\p{L}))/iu;
/** Doubted: "Ist das echt?", "Fake?", "is this legit?", "phishing", "Betrug". */
const DOUBTED =
  /(?<!\p{L})(?:ist (?:das|die|der|sie|er) (?:jetzt |denn |eigentlich |überhaupt |wirklich )?(?:echt|seriös|von euch|von ihnen|wirklich von)|echt\s*\?|angeblich (?:von|vom) (?:euch|ihnen|\p{Lu}\p{L}+)|(?:rufen sie|ruft ihr) (?:\p{L}+ )?wirklich|supposedly from|do you (?:really|actually) (?:call|ring|text)|fake|phishing|betrug\w*|betrüger\w*|abzocke\s*\?|is (?:this|that|it) (?:legit|real|genuine|you|from you)|legit\s*\?|scam\w*|fraud\w*|spoof\w*|(?:seems|looks) like spam|spam\s*\?)/iu;
const CLICK =
  /(?<!\p{L})(?:link|klicken|klick|click|anklicken|daten eingeben|enter my details|passwort|password|pin|tan|bankdaten|bankverbindung|kontodaten|bank details|iban|kontonummer|kreditkarte\p{L}*|credit card|card details)(?!\p{L})/iu;

/** "hat jemand angerufen, angeblich von Rheinwerk", "someone rang claiming to be you": a call, not a message. */
const PHONED = /(?<!\p{L})(?:angerufen|anrief|anruf|am telefon|rang|called|phoned|phone call|on the phone)(?!\p{L})/iu;
const WITH_LINK = /(?<!\p{L})(?:link|sms|e-?mail|mail|whatsapp|text message|nachricht)(?!\p{L})/iu;

/** A call in the company's name, with no message or link to it: what a scam warning speaks of. */
export function phonedNotWritten(text: string): boolean {
  return PHONED.test(text) && !WITH_LINK.test(text);
}

function doubtsMessage(text: string): boolean {
  return (
    !OWN_ORDER_DOUBTED.test(text) &&
    MESSAGE_FROM.test(text) &&
    DOUBTED.test(text) &&
    (CLICK.test(text) || (/phishing|scam|betrug|fraud|fake/iu.test(text) && (RECEIVED.test(text) || PHONED.test(text))))
  );
}

/**
 * A message that came to them: "got an SMS", "eine Mail bekommen", "a text claiming to be you". Not "you can't even
 * answer a bloody email … these heat pump scams": a scam said of the company, nothing received in its name.
 */
const RECEIVED =
  /(?<!\p{L})(?:got|get|getting|gets|received|receive|bekommen|bekam|bekomme|erhalten|erhielt|kam|kommt|kriege|krieg|kriegt|gekriegt)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:mail|e-mail|email|sms|nachricht|brief|link|whatsapp|text|message|letter)s?(?!\p{L})|(?<!\p{L})(?:mail|e-mail|email|sms|nachricht|brief|link|whatsapp|text|message|letter)s?\s(?:from|von|vom|claiming|saying|supposedly|angeblich|im namen)(?!\p{L})/iu;

/**
 * "where is my order?? paid 9 days ago … starting to think I got scammed": their own order doubted, not a message in
 * our name.
 */
const OWN_ORDER_DOUBTED =
  /\b(?:i|we)(?:'ve| have)? (?:got|been|was|were|get|getting) (?:scammed|ripped off|conned)\b|(?<!\p{L})(?:bin ich|wurde ich|wurden wir) (?:hier |etwa )?(?:betrogen|abgezockt|über den tisch gezogen)(?!\p{L})/iu;

/** Questions that ask nothing: "Wer denkt sich sowas aus?", "who designed this?", "seriously?". */
const RHETORICAL =
  /\b(?:who (?:do|does) (?:you|they)(?: lot| guys| people)? (?:think|reckon) (?:you|they) are\b|who (?:is|are) (?:even |actually )?(?:building|designing|making|coding|testing|programming) (?:this|these|that|those)\b|wer (?:baut|programmiert|entwickelt|testet|designt) (?:denn |eigentlich )?(?:so ?was|das|diese|so einen?)\b|is (?:that|this) (?:really )?what you call\b|(?:ist|nennt) (?:das|ihr das|man das) (?:wirklich |ernsthaft )?(?:euer|ihr|was ihr|was sie)\b|(?:do|does) (?:you|they) (?:\p{L}+ )?(?:actually|even|really) want (?:customers|business|my money|to sell|people)\b|(?:wollt|wollen) (?:ihr|sie) (?:eigentlich|überhaupt|denn) (?:noch )?(?:kunden|geld|verkaufen|etwas verkaufen)\b|wer (?:hat|nutzt|benutzt|zahlt|kauft|trägt) (?:denn )?(?:heute|heutzutage) noch\b|who (?:even |still )*(?:carries|has|uses|pays with) (?:\p{L}+ ){1,2}(?:anymore|these days|nowadays)\b|bin ich (?:die|der) einzige|am i the only one|is it (?:just|only) me,? or\b|kommt (?:es|das) nur mir so vor|liegt(?:'s| es| das) (?:nur )?an mir,? oder\b|bilde ich mir das (?:nur )?ein\b|wer (?:kauft|braucht|bestellt|zahlt) (?:\p{L}+ ){0,4}(?:eigentlich|überhaupt|denn)|wer macht (?:bei euch|bei ihnen|hier) (?:eigentlich|überhaupt|denn) (?:das|die|den|eure?n?|ihre?n?) (?:marketing|werbung|social media|grafik|texte?|design|videos?)\b|who (?:even )?(?:does|runs|writes) your (?:marketing|social media|ads|copy)\b|who (?:even )?(?:buys|needs|pays for)|(?:warum|wieso|weshalb) (?:muss|soll) man|(?:warum|wieso|weshalb) (?:\p{L}+ ){1,4}(?:nie|niemals)\b|(?:warum|wieso|weshalb) (?:\p{L}+ ){1,4}(?:nur|erst) (?:bis|ab|von|zwischen)\b|why (?:is|are) (?:\p{L}+ ){1,4}only (?:open|available|reachable)\b|why do you never|why don't you ever|why (?:do|should) (?:i|we|you|customers) (?:have to|need to)|wer (?:denkt|hat) sich (?:denn )?(?:das|sowas|so etwas|diese[nrs]?)|wer (?:testet|prüft|plant|entwirft|designt|genehmigt) (?:denn )?(?:sowas|so was|so etwas|das)(?: eigentlich)?\b|merkt (?:da |denn )?(?:keiner|niemand)\b|kann sich (?:doch )?(?:bald )?(?:keiner|niemand) mehr leisten\b|(?:wieso|warum|weshalb) (?:muss|soll) (?:ein|eine|der|die|das) \p{L}+ (?:bei euch |bei ihnen )?(?:eigentlich |denn )?[\d,.]+\s?(?:€|euro)?\s?kosten\b|wo bleibt (?:hier |da |denn |eigentlich )*(?:die|der|das) \p{L}+\s*\?|warum (?:seid ihr|sind sie) (?:eigentlich |denn )?so (?:viel )?teu(?:er|rer)\b|was soll (?:das|der|die)\b|wie (?:schwer|blöd|dumm|dreist|unfähig) kann|\bis (?:it|that) (?:really |so |that )+(?:hard|difficult)\s*\?|\bist (?:das|es) (?:denn |wirklich |echt )*so schwer\b|kriegt ihr (?:eigentlich )?(?:irgendwas|überhaupt was|nichts)|who (?:thought|designed|came up with|approved)|are you (?:kidding|serious|joking)|seriously\?|what the hell|wtf\b|asking for a friend|frage für einen freund|\bexists? too\b|\blernt (?:mal |erst mal )?(?:deutsch|rechtschreibung|schreiben)\b|\blearn (?:english|to spell|to write)\b|\bhow is (?:that|this) fair\b|\bwie (?:ist|soll) das fair\b|\bist das (?:etwa )?fair\b|wer soll (?:sich )?(?:das|so was|sowas) (?:noch )?(?:bezahlen|leisten)|who (?:can|could) afford|\bit'?s 20\d\d\b|\bwir haben 20\d\d\b|\bis (?:this|that) (?:really )?the best you can do\b|\bist das (?:wirklich )?(?:alles|das beste),? was ihr (?:könnt|draufhabt)\b|\bnur mal so\b|\b(?:zahlen|wohnen|leben|existieren|gibt es) (?:\p{L}+ ){0,2}auch\b|,\s*you know[.!]?\s*$|was ist (?:denn )?mit (?:den |all den )?(?:älteren|alten|armen|behinderten|kranken) (?:menschen|leuten|kunden)|was ist (?:denn )?mit (?:senioren|rentnern|kindern|familien)|what about (?:the elderly|older people|elderly people|people who|those who)|(?:ernsthaft|echt jetzt|im ernst)\s*\?|(?:^|[.!?]\s+)(?:isn't (?:that|this|it)|wasn't (?:that|this|it)|ist (?:das|es) nicht|war (?:das|es) nicht)\b|,\s*(?:isn't it|aren't they|don't you think|right|oder etwa nicht|nicht wahr|oder)\s*\?)/iu;

/** How a real question starts: a question word or a verb first ("Wann …?", "Habt ihr …?", "quick question, do you …?"). */
const ASKS =
  /^(?:@\S+\s+)?(?:(?:quick|short|small|simple|one)\s+question[,:]?\s+|(?:kurze|kleine|eine|ne)\s+frage[,:]?\s+|frage[,:]\s+)?(?:und\s+|and\s+|also\s+|so\s+)?(?:wann|wo|woher|wohin|wie|was|warum|wieso|weshalb|wer|wen|wem|welche\w*|kann|kannst|könnt|können|könnte|habt|hat|haben|hast|gibt|gibt's|gibts|ist|sind|seid|bist|wird|werden|wollt|soll|sollte|darf|dürfen|muss|müssen|macht|machen|bietet|bieten|plant|plante|kommt|kommen|liefert|röstet|verkauft|führt|nehmt|when|where|how|what|why|who|which|can|could|do|does|did|is|are|was|were|will|would|should|have|has|may|any)\b|^(?:@\S+\s+)?(?:und\s+|also\s+)?\p{L}+(?:e|t|en)\s+(?:sie|ihr|du|man)\s+(?:\p{L}+\s+){0,12}\p{L}+\s*\?+$/iu;

/** "is it coming back", "kommt der wieder": a yes-or-no question that needs no mark to be one. */
const YES_NO =
  /^(?:is|are|will|does|do|can|kommt|kommen|gibt|wird|ist|sind)\s(?:it|they|that|this|the\s\p{L}+|der|die|das|es)\s(?:\p{L}+\s){0,3}?(?:coming back|back|returning|wieder|zurück)\b/iu;

/** A change asked for one's own order: "Kann ich eine stornieren?", "can I change the address?". */
const CHANGE_ORDER =
  /(?<!\p{L})(?:stornier\p{L}*|ändern|umbestellen|umtauschen|hinzufügen|umleiten|cancel|change|amend|add|redirect)(?!\p{L})/iu;

/**
 * "does anyone at Rheinwerk actually read these comments or do you just post stock photos …?? 🙄 useless", "Welcher
 * Praktikant hat sich diesen Schrott ausgedacht?? Fremdschämen pur.", "Könnt ihr eigentlich nicht rechnen?? … echt
 * Kindergarten": a question beside scorn is asked to scorn, not to be answered.
 */
const SCORNED =
  /(?<!\p{L})(?:useless|pathetic|embarrassing|cringe|a joke|peinlich|schrott|fremdschämen|fremdschaemen|kindergarten|lachnummer|armutszeugnis|lächerlich|laecherlich)(?!\p{L})/iu;

/**
 * "kaffeekollektiv baristas when u order a filter coffee: 'ah yes, the bourgeois drip'", "Rheinwerk-Kunden wenn die
 * Rechnung kommt:", "kaffeekollektiv when they find out you can make coffee at home for 30 cents: 😱😱": the meme's
 * set-up, a joke at our expense with nothing asked.
 */
const MEME_FORMAT =
  /(?:^|[.!?]\s+)\S+(?:\s\S+)?\s(?:baristas?|staff|people|customers|kunden|leute|mitarbeiter\p{L}*|fans|team|employees)\s(?:when|wenn)\s[^:.!?]{3,60}:|^\s*@?\S+\s(?:when|wenn)\s(?:they|you|u|sie|man|ihr)\s(?:find out|realise|realize|see|hear|merken|sehen|hören|erfahren|checken)\s[^:.!?]{3,80}:/iu;

/** A power cut, by any of its names. */
const OUTAGE = /blackout|outage|power cut|stromausfall|without-power|ohne strom|strom weg|kein strom/iu;

/** Applause, rolled eyes or a set phrase of mockery: sarcasm that jeers rather than winks. */
export const JEERED = /👏|🙄|\bmuch wow\b|\bganz gro(?:ß|ss)es kino\b/iu;

/**
 * Sarcasm said as sarcasm: a jeer (JEERED), or a wink or a set phrase of mock praise ("Danke für nichts", "Weiter so",
 * "great job", "Läuft bei euch", a lone "super."). Not kind words beside a case ("Happy to sort it out", "The girl at
 * the counter was lovely"), which the analysis may read as praise undone.
 */
const CUT_OFF =
  /stromausfall|(?<!\p{L})(?:ohne|kein|keine)\s(?:strom|internet|heizung|warmwasser|netz)(?!\p{L})|(?<!\p{L})heizung\s(?:\p{L}+\s){0,2}(?:aus|kalt)(?!\p{L})|\b(?:outage|power cut|no power|no heating|no internet|without power|without heating)\b/iu;
const HELP_WANTED =
  /(?<!\p{L})(?:helfen|hilft|hilfe)(?!\p{L})[^.!]*\?|\bhelp\b[^.!]*\?|\bwhat (?:can|do|should) i do\b|(?<!\p{L})was (?:kann|soll) ich (?:jetzt |da )?(?:tun|machen)(?!\p{L})/iu;
const MOCK_PRAISE =
  /🙃|😒|😏|🤡|\bgro(?:ß|ss)es kino\b|\b(?:danke|thanks|thank you) f(?:ü|ue)r (?:nichts|nix|gar nichts)\b|\bthanks for nothing\b|\bweiter so\b|\bkeep it up\b|\b(?:great|good|nice|amazing|brilliant|fantastic) (?:job|work|stuff|service)\b|\bwell done\b|\bbravo\b|\bchapeau\b|\bläuft bei (?:euch|ihnen)\b|\b(?:ganz )?gro(?:ß|ss)es lob\b|\b(?:spitzen|top|super|premium|klasse|mega|1a)-?(?:leistung|service|kundenservice)\b|\bkundennähe\b|\bkundenbindung\b|\b(?:wow|bravo|toll|super|klasse|great|brilliant|fantastic|lovely|perfect|love it)[.!]+\s*$|(?:^|[.!?]\s+)(?:wow|toll|super|na toll|na super|klasse|great|brilliant|fantastic|lovely|perfect|cool cool cool)\b[.!,]|\b(?:really|truly|very) (?:inspiring|impressive|professional|reassuring)\b|\b(?:wirklich|echt|sehr) (?:beeindruckend|professionell|vorbildlich)\b|\bdas muss man euch lassen\b|\b10\/10\b/iu;

/**
 * A question that scoffs, asked of nobody's answer: "habt ihr den Arsch offen?", "habt ihr nen Knall?", "Ihr hend doch
 * en Schuss net ghört", "are you lot insane?".
 */
const SCOFFED =
  /(?<!\p{L})(?:noch alle tassen im schrank|den schuss nich[t]? gehört|den schuss nich[t]? gehoert|ihr spinnt)(?!\p{L})|(?<!\p{L})(?:habt|hat|haben|hend|hent) (?:ihr|sie) (?:\p{L}+ )?(?:den arsch offen|(?:nen|einen|en) (?:knall|vogel|sockenschuss|dachschaden|schuss)|(?:sie|se) (?:noch )?(?:alle|nicht mehr alle))(?!\p{L})|(?<!\p{L})(?:hend|habt|haben) (?:ihr |sie )?(?:doch )?(?:en|einen|nen) schuss (?:net|nicht|ned|nich) (?:ghört|gehört)(?!\p{L})|(?<!\p{L})seid (?:ihr|sie) (?:noch ganz )?(?:bescheuert|irre|wahnsinnig|verrückt|bekloppt|behämmert)(?!\p{L})|(?<!\p{L})are (?:you|u) (?:lot |guys |people )?(?:insane|mad|mental|having a laugh|taking the piss)(?!\p{L})/iu;
/**
 * Money told where it should have gone, as a question: "Maybe put that sponsorship money into hiring installers?",
 * "Steckt das Geld doch lieber in mehr Personal?". A reproach, not a question to answer.
 */
const SPEND_IT_ELSEWHERE =
  /(?<!\p{L})(?:maybe|perhaps|how about you|why not) (?:put|spend|invest|use) (?:that|the|your|some of that|all that) (?:[\p{L}-]+ ){0,2}(?:money|budget|cash|funds?)(?!\p{L})|(?<!\p{L})(?:steckt|investiert|gebt) (?:das|euer|dieses|lieber das) (?:[\p{L}-]+ )?geld (?:lieber|mal|doch|besser)(?!\p{L})/iu;
/** Eyes rolled at what is asked: "… oder nur Rechnungen? … 0 Erklärungen. 🙄". */
const ROLLED_EYES = /🙄|🤨|😒|🙃/u;
/** "0 Erklärungen", "keine Antwort", "no reply", "zero updates": nothing given, told as a fact. */
const TOLD_NONE =
  /(?<![\d.,])0\s\p{L}{3,}|\b(?:keine?n?|no|zero|null)\s(?:\p{L}+\s)?(?:Erklärung\p{L}*|Antwort\p{L}*|Rückmeldung\p{L}*|Info\p{L}*|answer\p{L}*|repl\p{L}*|explanation\p{L}*|update\p{L}*)|\bauto-?repl\p{L}*|\bautomatische\p{L}*\s(?:antwort|mail)\p{L}*/iu;
/** Signs a question is asked in exasperation, not for an answer. */
const EXASPERATED =
  /geht'?s noch|echt jetzt|ernsthaft\s*\?|im ernst\s*\?|seriously\s*\?|are you (?:kidding|serious)|\?!|!\?|some of us (?:work|have jobs)|manche (?:von uns )?(?:arbeiten|müssen arbeiten)|kaufe? ich nicht mehr|hört auf mit|never buying|stop pushing|boycott|boykott/iu;

/** A reproach after a question makes it rhetorical and exasperated: "Dachte, ihr seid nachhaltig.", "Who needs … anyway?" */
const REPROACH =
  /\bpasst (?:\p{L}+ )?(?:nicht|null|gar nicht|überhaupt nicht) zu (?:eurem|ihrem|deinem|eurer|ihrer|dem|der|den)\s(?:ganzen\s)?[\p{L}-]*(?:image|versprechen|werbung|anspruch|gerede|getue|marketing)\b|\bpasst (?:für mich |irgendwie |einfach )?nicht zusammen\b|\bdoesn'?t add up\b|\bdoesn'?t (?:really )?(?:fit|match) (?:with )?your\s[\p{L}-]*\s?(?:image|brand|claims?|promise)\b|(?:ich )?dachte,? (?:ihr|sie) (?:seid|wärt|wäret|wären|wollt|wolltet)\b|\bi thought you (?:were|cared|guys were)\b|who needs [^?]{0,40}anyway\s*\?|wer braucht [^?]{0,40}schon\s*\?|(?:warum|wieso|weshalb) [^?]{0,60}\beinfach\b[^?]{0,40}\bohne (?:zu fragen|vorwarnung|ankündigung|bescheid)|wo soll (?:die|der|ich|man|sie|er) (?:\p{L}+ )?(?:jetzt|denn|dann) hin\b|lernt man bei euch (?:\p{L}+ )?nur\b|den schuss nicht gehört|was (?:\p{L}+ )?denn da (?:\p{L}+ )?mit\b|\bmuss das (?:wirklich |echt |denn )?sein\s*\?|\bwer soll (?:sich )?das (?:denn )?(?:noch |bitte )?(?:leisten|bezahlen|zahlen|verstehen)\b|\bhat das (?:\p{L}+ ){0,5}?(?:irgendwer|irgendjemand|jemand|überhaupt wer|mal wer) getestet\b|\b(?:did|has) any(?:one|body) (?:even |actually )?test(?:ed)? (?:this|it|that)\b|\b(?:every|any) other (?:installer|company|supplier|provider|shop|café|cafe|roaster|firm)s? (?:has|have|does|do|manages?|offers?)\b|\bbei (?:allen )?anderen (?:geht'?s|geht es|klappt'?s|dauert'?s|dauert es)\b|\bso (?:komm|komme) ich nicht (?:mehr )?wieder\b|\bist (?:doch )?20\d\d(?: leute)?\b|\bist das (?:\p{L}+ )?oder (?:\p{L}+ )?goldstaub\b/iu;

/**
 * "@Doris … war Ostermontag in Ottensen und die hatten ab 9 offen. vllt warst du bei nem anderen laden?": every question
 * put to the reader as "du", none to the company.
 */
export function askedOfReader(text: string): boolean {
  const asked = text.match(/[^.!?\n]*\?+/gu) ?? [];
  return (
    asked.length > 0 &&
    // "… oder? Wo geb ich die Zahlen vom Zähler denn jetzt durch": a question of the writer's own, without its mark.
    !/(?<!\p{L})(?:wo|wie|wann|where|how|when)\s(?:\p{L}+\s){0,2}(?:ich|i)(?!\p{L})/iu.test(text) &&
    asked.every(
      (question) =>
        // Not "weißt du, wo man die Zahlen vom Zähler eingibt?": the reader asked about us.
        // "@Sabine … haben Sie es schon mal beim Störungsdienst probiert?": a tip put as a question.
        /(?<!\p{L})(?:warst|bist|hast|wart|were you|did you|have you|probiert|versucht|tried)(?!\p{L})/iu.test(
          question,
        ) &&
        !/(?<!\p{L})(?:weißt|weisst|kennst|do you know)(?!\p{L})/iu.test(question) &&
        !/(?<!\p{L})(?:ihr|euch|euer|eure|ihnen)(?!\p{L})/iu.test(question),
    )
  );
}

/** A critical comment whose every question is a bare phrase ("80 cents for a splash?") asks nothing. */
export function asksNothing(text: string): boolean {
  // Each stretch up to a "." "!" or "?" is read once: "[^.!?]*\?+" alone rescans the rest at every position.
  // An emoji ends a sentence as a full stop does: "… von meiner oma 😅 kann ich bei euch … bestellen?".
  // "zum 1.1. zu euch": the dots of a date end no sentence.
  const parts =
    text
      .replace(/(?<=\d)\.(?=\d|\s+\p{Ll})/gu, " ")
      .match(/[^.!?\p{Extended_Pictographic}]*(?:\?+|[.!\p{Extended_Pictographic}]|$)/gu) ?? [];
  // "wenn ich zu euch wechsel, kündigt ihr dann …?": the question after the clause of when.
  const questions = parts
    .filter((part) => part.endsWith("?"))
    .map((part) => part.trim().replace(/^(?:@\S+\s+)?(?:wenn|falls|sobald|if|once)\s[^,?]{0,80},\s*/iu, ""));
  // "… GONE from the menu?? is it coming back 😩": a question asked without its mark, after the one with it.
  const unmarked = parts.some((part) => /\p{Extended_Pictographic}$|^[^.!]*$/u.test(part) && YES_NO.test(part.trim()));
  return questions.length > 0 && !unmarked && questions.every((question) => !ASKS.test(question.trim()));
}

/** A question sentence that asks for a fact ("Wo genau …?", "When will …?"), not for agreement ("Sind es nicht …?"). */
const INFORMATION =
  /^(?:@\S+\s+)?(?:und\s+|and\s+|so\s+)?(?:wann|wo|woher|wie|was|warum|wieso|weshalb|welche\w*|when|where|how|what|why|which)\b/iu;

const ABOUT_THE_FACT =
  /\b(?:stimmt|stimmen|richtig|korrekt|gilt|falsch|correct|right|true|wrong|which (?:one )?is it|which one|was denn nun|welche[rs]? denn nun|welche[rs]? (?:davon|ist es|gilt|nun)|woher (?:stammt|stammen|kommt|kommen)|where (?:does|do|did) (?:\p{L}+ ){1,3}come from|what(?:'s| is) the source)\b/iu;

function asksForInformation(text: string): boolean {
  const questions = (text.match(/[^.!?:]*(?:\?+|[.!:]|$)/gu) ?? []).filter((part) => part.endsWith("?"));
  // "Welche stimmt denn?", "which one is right?" asks about the correction itself.
  return questions.some((question) => INFORMATION.test(question.trim()) && !ABOUT_THE_FACT.test(question));
}

/** "Ach du Scheiße, die Preise!": swearing as an exclamation about the world, aimed at nobody. */
const EXCLAMATION =
  /\b(?:ach|oh|na|och)\s+(?:du\s+)?(?:scheiße|scheisse|kacke|mist|shit|fuck|damn)\b|\b(?:oh\s+)?(?:shit|damn|crap)[,!]|(?:^|[.!?]\s+)\W*(?:@\w+\s+)?(?:(?:jow|yo|ugh|man|dude|bro|ok|okay|so|well|lol|oh|ah|ey|alter|boah)[,!]?\s+)?(?:wtf|omg)\b|(?:^|[.!?]\s+)(?:well\s+|oh\s+)?(?:scheiße|scheisse|verdammt|mist|shit|fuck|damn|ffs|bloody hell|verflucht nochmal|verdammt nochmal)\s?[,!.]|(?:^|[.!?]\s+)(?:damn|verdammt|verfluchte?s?)\s(?:this|that|the|dieses?|der|die|das)\s(?:\p{L}+\s)?(?:weather|wetter|rain|regen|snow|schnee|cold|kälte|frost|ice|glatteis|traffic|verkehr|stau|monday|montag|heat|hitze)\b/iu;

/** "Eine Sache noch:", "Hab vergessen zu fragen:", "one more thing:": a question announced after something else. */
const ANNOUNCED_AFTER =
  /(?<!\p{L})(?:eine sache noch|noch eine frage|noch was|(?:hab|habe) (?:aber )?vergessen zu fragen|one more thing|(?:a |one )?quick question|forgot to ask|also a question)\s?:/iu;

/**
 * "Kurze Frage:", "quick question", "Straight question since your website is useless:": what follows is asked,
 * however it is worded.
 */
const ANNOUNCED_QUESTION =
  /\b(?:quick|genuine|honest|serious|simple|real|straight|direct)\s(?:question|q)\b|(?<!\p{L})(?:kurze|ernsthafte|ernst gemeinte|ehrliche|ernstgemeinte|direkte|klare)\s(?:frage|rückfrage)(?!\p{L})|(?<!\p{L})(?:ganz konkret|konkret gefragt|deshalb die frage|daher die frage|meine frage|my question|so my question|to be specific)\s?:|^\s*frage,\s(?:weil|da|denn)\s/iu;
/** A journalist asking for a piece: held until the answer is cleared. */
const PRESS =
  /\b(?:i'?m an? (?:reporter|journalist|editor)|reporter (?:with|for|at)|journalist (?:with|for|at)|press (?:enquiry|inquiry)|for (?:an|a) (?:article|story|piece) (?:on|about)|(?:ich bin|als) (?:redakteur|redakteurin|journalist|journalistin|reporter|reporterin)|presseanfrage|für einen (?:artikel|beitrag) (?:über|zu|zum|zur)|(?:an|bei) (?:ihre|eure|ihrer|eurer) pressestelle|(?:to|from) your press office|(?:zuschriften|briefe|mails) meiner (?:leser\p{L}*|hörer\p{L}*|zuschauer\p{L}*)|my (?:readers|listeners|viewers) (?:tell|write|report))\b/iu;

/**
 * Contempt for the company or its idea without a swear word: "Ihr seid echt das Letzte", "so ein Schwachsinn",
 * "what a load of nonsense". A short line on the tone is due, as for swearing; it is still criticism to keep.
 */
const CONTEMPT =
  /\b(?:saftladen|drecksladen|drecksbude|chaosbude|saftbude|abzockerbude|dreckbude|saubude|sauladen|sauhaufen|saustall|müll-?shop|muell-?shop|müll-?laden|drecks-?shop|scheiß-?shop|scheiss-?shop|scheißladen|scheissladen|chaotenladen|chaotenhaufen|hühnerhaufen|kasperletheater|amateurverein|witzverein|verbrecherbande|gaunerbande|räuberbande|abzockerbande|betrügerbande)\b|\b(?:garbage|trash|scum|rubbish) (?:people|company|humans)\b|\bworst company (?:on earth|in the world|ever)\b|\b(?:ihr seid|sie sind|seid ihr|du bist)\s(?:\p{L}+\s){0,2}das (?:aller)?letzte\b|\bstümperverein\b|\bhipsterbude\b|(?<!\p{L})(?:euer laden|euer verein|euer haufen|ihr|ihr alle) (?:kann|könnt|koennt) mich (?:mal|kreuzweise)(?!\p{L})|(?<!\p{L})(?:laden|café|cafe|verein|firma|service)\s(?:\p{L}+\s){0,3}(?:ist|is)\s(?:echt\s|wirklich\s)?(?:das|dit|dat)\s(?:aller)?letzte(?!\p{L})|\b(?:ihr seid|seid ihr|sie sind)\s(?:\p{L}+\s){0,3}nicht? (?:ganz|mehr) dicht\b|\b(?:are|r) (?:you|u) (?:lot |guys |people )?(?:completely |totally |utterly )?useless\b|\bshambles of an? (?:company|shop|business|firm)\b|\b(?:so ein(?:en)?|was für ein(?:en)?)\s(?:\p{L}+\s)?(?:schwachsinn|blödsinn|bloedsinn|unsinn|quatsch)\b|\b(?:what a load of|utter|complete|absolute|overrated|overpriced)\s(?:nonsense|rubbish|bollocks|drivel|tosh|garbage|trash)\b|\b(?:bunch|pack|load|shower) of (?:crooks|thieves|clowns|cowboys|muppets|chancers|liars|scammers|incompetents|amateurs|idiots|morons|useless)\b|\b(?:abzocker|betrüger|gauner|diebe|verbrecher|halsabschneider) (?:seid|sind) (?:ihr|sie)\b|\b(?:ihr|euer|eure) (?:seid )?(?:ein )?(?:haufen |bande )?(?:\p{Ll}+e[nr]? )?(?:abzocker\p{L}*|halsabschneider|gauner|diebe|betrüger|amateure|stümper|dilettanten|clowns|versager|pfuscher)\b|\b(?:ihr seid|sie sind|seid ihr)\s(?:\p{L}+\s){0,4}(?:abzocker|halsabschneider|gauner|diebe|betrüger|verbrecher|witzfiguren|amateure|clowns|lachnummer)\b|\b(?:seite|website|webseite|shop|app|laden) (?:ist|sind) (?:\p{L}+ )?(?:schrott|müll|muell|scheiße|scheisse)\b|\b(?:habt|hast|haben) (?:\p{L}+ ){0,3}nicht (?:mehr )?alle\b|\b(?:absolute|complete|total|utter) (?:clowns|cowboys|muppets|amateurs|jokers)\b|\b(?:clown|cowboy|amateur|mickey mouse) (?:operation|outfit|show|company|business|shop|circus)\b|\b(?:euer|eure|ihr|der) (?:laden|verein|firma|haufen|service) ist (?:ein|eine) (?:einziger|einzige|großer|riesiger) witz\b|\bunprofessionell bis zum anschlag\b|\b(?:trantüten?|schlafmützen?|pappnasen?|dumpfbacken?|flachpfeifen?)\b|\bverarschen kann (?:ich|ick|i) mich (?:selbst|selber|alleine?|alleene)\b|\b(?:does|do) anyone (?:in (?:your|the) [\p{L} ]{1,20} )?(?:actually |even )?read (?:emails|e-mails|messages)\b|\b(?:you lot|you guys|you people) (?:are|r) (?:\p{L}+ )?(?:useless|clowns|hopeless|incompetent)\b|\bbei (?:euch|ihnen) arbeiten (?:\p{L}+ ){0,2}(?:schlafmützen|idioten|amateure|stümper|trottel|pfeifen|vollpfosten)\b|\bgeht'?s noch\s?\?+!|\b(?:these|those|such) (?:\p{L}+ )?clowns\b|\b(?:useless|clowns|idiots|hopeless|incompetent|muppets)[,!.]? the lot of (?:you|ya|them)\b|\b(?:lächerlich|laecherlich|arrogant|peinlich|unfähig|unfaehig)e[rs]? (?:\p{L}*schuppen|laden|verein|haufen|bude)\b|\b(?:was für|so) ein(?:e[nr]?)? (?:arrogant|lächerlich|peinlich|unfähig|mies)\p{L}* (?:\p{L}*schuppen|laden|verein|haufen|bude)\b|\b(?:wtf|what the (?:hell|fuck)) is wrong with you\b|\b(?:your|eure|ihre) (?:\p{L}+ )?(?:staff|baristas?|people|employees|engineers|mitarbeiter\p{L}*|leute|monteure|techniker) (?:are|sind) (?:\p{L}+ ){0,2}(?:clueless|idiots|useless|incompetent|morons|hipsters|snobs|muppets|arrogant|liars|cowboys|ahnungslos|unfähig|inkompetent|idioten|dumm|schnösel|pfuscher|lügner|luegner|betrüger|stümper|versager|dilettanten)\b|\b(?:is|are) an? (?:absolute|complete|total) joke\b|(?<!\p{L})lernt (?:mal |erst mal |erstmal )?(?:euren|ihren) job(?!\p{L})|(?<!\p{L})lernt (?:mal |ma |erst mal |erstmal )?(?:rechnen|lesen|zählen|zaehlen)(?!\p{L})|(?<!\p{L})kindergarten hier(?!\p{L})|\b(?:so ein(?:e[nr]?)?|was für ein(?:e[nr]?)?) (?:\p{L}+ )?(?:lackaffe|schnösel|wichtigtuer|kotzbrocken|vollpfosten|hampelmann|trottel|depp|vollidiot)\b|[,.!?]\s(?:ihr\s|you\s)?(?:(?:overpriced|hipster|total|absolute|bloody)\s){0,2}(?:amateure|stümper|dilettanten|versager|pfuscher|clowns|witzfiguren|amateurs|muppets|cowboys|halsabschneider|abzocker)\s*[.!]*\s*$|\b(?:do|can) you (?:people|lot|guys) (?:even|actually) (?:read|check|listen|care)\b|\bwhat(?:'s| is) wrong with you (?:people|lot|guys)\b|\b(?:your|eure?|ihre?) (?:customer service|customer care|kundenservice|service|support|hotline) (?:is|ist) (?:\p{L}+ )?(?:clueless|useless|incompetent|hopeless|ahnungslos|unfähig|inkompetent)\b|\bdealing with (?:you|you lot|[A-Z]\p{L}+) is a (?:joke|nightmare)\b|\b(?:what an?|absolute|total|complete) joke of an? (?:shop|company|business|service|firm|supplier|provider)\b|\buseless lot\b|(?<!\p{L})(?:ihr )?kriegt (?:echt |wirklich |aber auch )?(?:gar )?(?:nix|nichts) (?:gebacken|auf die reihe)(?!\p{L})|(?<!\p{L})wie unfähig (?:seid ihr|sind sie|kann man sein)(?!\p{L})|(?<!\p{L})kriegt ihr (?:das|es) (?:\p{L}+ ){0,2}gebacken(?!\p{L})|(?<!\p{L})(?:könnt ihr|können sie) (?:eigentlich |etwa )?nicht lesen(?!\p{L})|\bcan'?t you (?:people |lot )?read\b|\b(?:your |the )?(?:app|website|site|shop) is (?:total |absolute |complete )?(?:trash|garbage|rubbish)\b|(?<!\p{L})(?:ihr seid|sie sind) (?:echt |wirklich )?(?:der|die) letzte (?:laden|verein|saftladen|haufen)(?!\p{L})|\b(?:you lot|you guys|you) are a (?:joke|disgrace|shambles)\b|\b(?:absolute |total )?cowboys,? the (?:lot|whole lot) of you\b|(?<!\p{L})(?:ihr seid|sie sind) (?:echt |wirklich |so )?(?:ne|eine) (?:frechheit|zumutung|witzfigur)(?!\p{L})|(?<!\p{L})(?:echt |so |total )?armselig(?!\p{L})|(?<!\p{L})(?:unfähigste[nrs]?|inkompetenteste[nrs]?|schlechteste[nrs]?|lahmste[nrs]?|peinlichste[nrs]?|dümmste[nrs]?)\s(?:\p{L}+\s)?(?:laden|firma|rösterei|versorger|anbieter|verein|unternehmen|saftladen|truppe|haufen|bande)\b|\bwhat a dump\b|\b(?:has become|is) (?:a|such a|an absolute) dump\b|(?<!\p{L})(?:seid ihr|ihr seid|sind sie)\s(?:\p{L}+\s){0,2}(?:komplett|total|völlig|echt)\s(?:verpeilt|bescheuert|unfähig|inkompetent|verblödet|durch)(?!\p{L})|\bwas für ein (?:witzladen|saftladen|witz von (?:einem|nem) (?:laden|shop|unternehmen))\b|(?<!\p{L})(?:ist|sind|war) (?:ein(?:e)? )?(?:lügner(?:in)?|betrüger(?:in)?) und (?:ein(?:e)? )?(?:lügner(?:in)?|betrüger(?:in)?)(?!\p{L})|(?<!\p{L})(?:noch )?alle (?:latten am zaun|tassen im schrank)(?!\p{L})|(?<!\p{L})hipster-?(?:scheiß|scheiss|abzocke|abzocker\p{L}*|mist|kram)(?!\p{L})|(?<!\p{L})(?:energie|strom)fuzzis?(?!\p{L})/iu;

const JAB =
  /\b(?:y'?all|you(?: guys| lot| people)?) (?:are|r) a joke\b|\bhabt ihr (?:sie|se) (?:\p{L}+ )?(?:noch )?alle\b|\b(?:are|r) (?:you|u)(?: guys| lot| people)? (?:blind|stupid|thick|deaf) or\b|(?<!\p{L})seid ihr (?:blind|taub|blöd|bloed) oder(?!\p{L})/iu;

/** The words the rules found coarse, as written. */
function profanityWords(assessment: Assessment): string[] {
  return assessment.violations.filter((v) => v.kind === "profanity").flatMap((v) => v.evidence);
}

/** "Für Gäste echt blöd": a mild word said of a situation, not of anyone, needs no line on the tone. */
const MILD = /^(?:blöd|bloed|doof|dumm|stupid|dämlich|daemlich)$/iu;
const SAID_OF_SOMEONE =
  /\b(?:ihr|du|euch|dich|dir|sie sind|seid|bist|you|you're|your|der|die|das)\s(?:\p{L}+\s){0,3}(?:blöd|bloed|doof|dumm|stupid|dämlich|daemlich)\p{L}*/iu;
function mildOnly(assessment: Assessment, text: string): boolean {
  const words = profanityWords(assessment);
  return words.length > 0 && words.every((word) => MILD.test(word)) && !SAID_OF_SOMEONE.test(text);
}

/**
 * Swearing at a thing or a day, never at someone: "So ein Mist, der Abschlag ist doppelt abgebucht", "The bloody
 * inverter", "Damn thing still won't connect", "scheiß warterei", "Cap the damn rents". A lead answers the case and
 * does not ask for a better tone.
 */
const SWEAR_BEFORE_A_THING = /^(?:bloody|damn|damned|scheiß|scheiss|verdammt|verdammte[nrs]?)$/iu;
const NOT_A_THING =
  /^(?:you|ihr|du|euch|people|leute|typ|typen|kerl|idiot\p{L}*|staff|team|company|firma|laden|service|nochmal|noch|mal|again|it|this|that)$/iu;
/**
 * "Hipsterplörre. Punkt.", "Hipster-Plörre für 5 Euro. Geht's noch?": scorn for what we serve gets a line on the tone;
 * laughed at ("Hipsterplörre für Bartträger lol") it is a taunt, left alone (`mocks`).
 */
const PRODUCT_SCORN = /(?<!\p{L})hipster-?(?:plörre|ploerre|brühe|bruehe|gesöff|gesoeff)(?!\p{L})/iu;
const WITH_CONTEMPT = /\b(?:pathetic|ridiculous|erbärmlich|erbaermlich|lächerlich|laecherlich|armselig|joke)\b/iu;
function swornAtAThing(word: string, text: string): boolean {
  const key = word.toLowerCase();
  if (SWEAR_BEFORE_A_THING.test(key)) {
    // Every time it is said: "Scheiß Kaffee, scheiß Preise, scheiß Laden" ends at the company.
    const said = [...text.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(key)}\\s+(\\p{L}+)`, "giu"))];
    return said.length > 0 && said.length < 3 && said.every((match) => !NOT_A_THING.test(match[1] ?? ""));
  }
  if (key === "hell") return /\b(?:as|the) hell\b/iu.test(text);
  // "Mist mist mist 🙈 flieg übermorgen …": one's own luck cursed. "Die neuen Becher sind echt Mist": a thing judged.
  if (key === "mist")
    return /\bso ein mist\b|(?:^|[.!?]\s*)mist(?:\s+mist)*\s*(?:[,!]|\p{Extended_Pictographic})|\b(?:ist|sind|war|waren|schmeckt|schmecken)\s(?:\p{L}+\s)?mist\b/iu.test(
      text,
    );
  if (key === "crap") return /\b(?:is|are|was|were|looks?|tastes?)\s(?:\p{L}+\s)?crap\b/iu.test(text);
  return false;
}
/** A swear word raising praise ("verdammt geil", "bloody brilliant") or cursing the writer's own day or week. */
const PRAISE_RAISED = /^(?:verdammt|verflucht|sau|scheiß|scheiss|bloody|damn|fucking|freaking|crazy)$/iu;
const PRAISE_WORD =
  /^\s+(?:geil\p{L}*|gut\p{L}*|lecker\p{L}*|schön\p{L}*|stark\p{L}*|good|great|amazing|brilliant|delicious|tasty|lovely|nice|awesome)/iu;
const OWN_BAD_DAY = /^(?:schei(?:ß|ss)(?:woche|tag|montag|morgen|wetter)|shit(?:ty)? (?:day|week))$/iu;
function swornInPraise(assessment: Assessment, text: string): boolean {
  const words = profanityWords(assessment);
  return (
    words.length > 0 &&
    words.every((word) => {
      if (OWN_BAD_DAY.test(word)) return true;
      if (!PRAISE_RAISED.test(word)) return false;
      const at = text.toLowerCase().indexOf(word.toLowerCase());
      return at >= 0 && PRAISE_WORD.test(text.slice(at + word.length));
    })
  );
}

/** "pfeift nachts wie bekloppt", "regnet wie Sau": a word of swearing after "wie" only says how much. */
function intensifiesOnly(assessment: Assessment, text: string): boolean {
  const words = profanityWords(assessment);
  return (
    words.length > 0 &&
    words.every((word) => new RegExp(`(?<!\\p{L})wie\\s+${escapeRegExp(word)}(?!\\p{L})`, "iu").test(text))
  );
}

function exclaimsOnly(assessment: Assessment, text: string): boolean {
  const words = profanityWords(assessment);
  const match = EXCLAMATION.exec(text);
  return match !== null && words.every((word) => match[0].toLowerCase().includes(word.toLowerCase()));
}

/**
 * "FFS. Third bloody time this winter the heat pump has just stopped dead", "So ein Mist, der Abschlag ist doppelt
 * abgebucht": each word of swearing an exclamation or said of a thing, none at anyone.
 */
const EXCLAMATIONS = new RegExp(EXCLAMATION.source, "giu");
function exclaimedOrAtThings(assessment: Assessment, text: string): boolean {
  const words = profanityWords(assessment);
  const exclaimed = [...text.matchAll(EXCLAMATIONS)].map((match) => match[0].toLowerCase());
  return (
    words.length > 0 &&
    !WITH_CONTEMPT.test(text) &&
    words.every((word) => exclaimed.some((said) => said.includes(word.toLowerCase())) || swornAtAThing(word, text))
  );
}

/**
 * Whether sarcasm carries a case of the writer's own to move: "Danke für nichts. Meine Kündigung wurde nicht
 * bearbeitet und jetzt wurde wieder abgebucht". Such a case is taken seriously and moved in the same reply (issue 10).
 */
function caseInSarcasm({ intent }: Assessment, kase: Case, matter: boolean, text: string): boolean {
  // "Danke für nichts. Meine Kündigung wurde nicht bearbeitet und jetzt wurde wieder abgebucht": a case said in
  // sarcasm is still a case, answered without thanks; a wait mocked ("47 Minuten Warteschleife") is criticism.
  // "Danke, dass man in Ottensen 20 Minuten ansteht, weil nur eine Person hinterm Tresen steht 🙃": a branch
  // and a time alone give nothing to look into; the staffing is criticism.
  // "finally a place where i can't hear my own thoughts 🔊": how loud a café is, likewise.
  const staffing =
    intent.complaint?.problem === "other" &&
    kase.problemWords.length > 0 &&
    kase.problemWords.every((words) => STAFFING.test(words) || AMBIENCE.test(words)) &&
    kase.numbers.length === 0 &&
    kase.item === undefined &&
    // "sit with a laptop … without someone asking": a thing of the writer's own, named beside how the place feels.
    (kase.product === undefined || kase.problemWords.every((words) => AMBIENCE.test(words))) &&
    kase.amounts.length === 0;
  // "Rückruf für „spätestens morgen“ versprochen. Das war vor neun Tagen.": a call owed is a case; a wait on the line
  // mocked is not.
  const onTheLine =
    intent.complaint?.problem === "waiting" &&
    /warteschleife|on hold|hotline|in der leitung|phone line|picks? up|ans telefon|rangeht|ran geht/iu.test(text);
  // "nothing says specialty coffee like waiting 25 minutes for one flat white in Ottensen 🙂": minutes at the counter
  // mocked, with nothing to look up, are criticism of the service.
  // "45 Minuten auf zwei Cappuccino gewartet … Danke für die Entschleunigung!!": the same, told as waited.
  const waitedMinutes =
    (intent.complaint?.problem === "waiting" ||
      (intent.complaint?.problem === "other" && onlyWaited(kase.problemWords))) &&
    kase.numbers.length === 0 &&
    kase.durations.length > 0 &&
    kase.durations.every((duration) => /\b(?:min|mins|minutes?|minuten)\b/iu.test(duration));
  // "Pay more from April AND get the exciting Sunday-without-power experience": an outage everyone had, mocked, with
  // nothing of the writer's own to look into.
  const outageMocked =
    kase.problemWords.length > 0 &&
    kase.problemWords.every((words) => OUTAGE.test(words)) &&
    kase.firstPerson !== true &&
    kase.numbers.length === 0;
  return (
    intent.sarcasm &&
    matter &&
    intent.complaint !== undefined &&
    !onTheLine &&
    !staffing &&
    !waitedMinutes &&
    !outageMocked
  );
}

/**
 * Whether sarcasm with a case is answered as criticism first: "Abschlag von 98 auf 167 € hochgesetzt … Ganz großes
 * Kino 👏" is taken seriously, and the case it carries is moved in the same reply.
 * Only sarcasm said as such (JEERED, MOCK_PRAISE). Not a case with its number given ("order #51977 … cool cool cool"),
 * which wants the case looked up, nor a home gone cold with a baby in it, where the emergency line comes first, nor
 * power, heating or the line cut off ("Seit Montag Stromausfall bei uns, danke für nichts") or help asked for ("…
 * Super. Kann mir hier irgendwer helfen??"): what they need first is the case moved.
 */
export function sarcasmFirst(assessment: Assessment, kase: Case, matter: boolean, text: string): boolean {
  return caseInSarcasm(assessment, kase, matter, text) && criticismFirst(kase, text);
}

/** What sarcasmFirst asks beyond a case in sarcasm (caseInSarcasm), for a caller that has read that already. */
function criticismFirst(kase: Case, text: string): boolean {
  return (
    (JEERED.test(text) || MOCK_PRAISE.test(text)) &&
    !CUT_OFF.test(text) &&
    !HELP_WANTED.test(text) &&
    kase.numbers.length === 0 &&
    !kase.bereaved &&
    !urgent(kase, text)
  );
}

export function choosePlans(
  assessment: Assessment,
  { kase, matter, savedMatch, text, nameJoke }: PlanContext,
): Strategy[] {
  const { intent, role, tone } = assessment;
  const kinds = new Set(assessment.violations.map((v) => v.kind));
  // "Wer denkt sich sowas aus?" after criticism asks nothing: it is criticism, not a question to hold.
  // "Echt jetzt, 4,50 für einen Filterkaffee? Geht's noch?", "Why is your service only open until 6pm? Some of us
  // work.": read as a question, asked in exasperation; criticism, never "gute Frage".
  const exasperated =
    tone === "question" &&
    (REPROACH.test(text) ||
      (EXASPERATED.test(text) &&
        (RHETORICAL.test(text) || asksNothing(text) || /geht'?s noch|echt jetzt/iu.test(text))));
  // "… ist total bescheuert. Wer hat denn heute noch Bargeld dabei?": a judgement, then a question that answers itself.
  const judgedThenAsked = tone === "question" && RHETORICAL.test(text) && JUDGED.test(text);
  // "Quick question: do you also do Firmenkunden …? … surviving on truly sad Filterkaffee": a question announced as one
  // is asked, whatever the mood around it.
  const announced = ANNOUNCED_QUESTION.test(text) && /\?/u.test(text);
  const rhetorical =
    !announced &&
    (judgedThenAsked ||
      SCOFFED.test(text) ||
      SPEND_IT_ELSEWHERE.test(text) ||
      ((tone === "critical" || tone === "angry") &&
        (RHETORICAL.test(text) ||
          REPROACH.test(text) ||
          asksNothing(text) ||
          (intent.question === "other" && SCORNED.test(text)))) ||
      exasperated);
  // "Kriegt man bei euch eigentlich auch Strom, oder nur Rechnungen? 3 Rechnungen im Februar, 0 Erklärungen. 🙄": a
  // question asked with rolled eyes beside a failure told is a reproach, never "danke, dass Sie nachfragen".
  const rolledEyes = tone === "question" && ROLLED_EYES.test(text) && TOLD_NONE.test(text);
  const question = !rhetorical && !rolledEyes && (tone === "question" || intent.question !== undefined);
  if (isViolation(assessment)) {
    if (kinds.has("spam")) return ["do-not-reply", "boundary"];
    if (kinds.has("threat") || kinds.has("identity-hate")) return ["boundary", "do-not-reply"];
    // "absolute cowboys. your installer drilled straight through our solar DC cable … fix it THIS week or I'm done
    // with you muppets": an insult beside a customer's own problem gets the boundary and the help together.
    // Not harassment ("here's the guy who cancelled my appointment: … lives in …"): that is never answered with help.
    // "4,80 für nen flat white?? ihr habt doch n knall": a question asked of the company beside the insult is
    // answered too.
    const insultOnly = [...kinds].every((kind) => kind === "insult" || kind === "profanity");
    const complains =
      insultOnly &&
      ((intent.complaint !== undefined && (role === "disappointed-customer" || kase.firstPerson === true)) ||
        // Not a mocking "question" about a colleague insulted ("stellt ihr die extra ein …??"): no help to give.
        // "Ihr habt doch echt n Knall, den Kuchen jetzt in Plastikschalen rauszugeben": the criticism named is heard.
        ((intent.question !== undefined || (kase.criticised !== undefined && role !== "troll")) &&
          intent.addressedTo === "company" &&
          !intent.mockery &&
          kase.people.length === 0));
    return matter || complains
      ? ["boundary-and-help", "boundary", "do-not-reply"]
      : ["boundary", "boundary-offer-help", "do-not-reply"];
  }
  // A lone "?" or "!!": nothing to answer or hold, but someone is reading along.
  // A lone "👍" or "😋😋": liked, nothing to answer; a reply is offered second.
  if (!/[\p{L}\d]/u.test(text))
    return /\p{Extended_Pictographic}/u.test(text) ? ["no-reply-needed", "acknowledge"] : ["acknowledge"];
  // "Da steht … 0190. Ist das nicht die normale Hotline? … Wäre blöd, wenn …": a correction asks in that way too.
  if (judgedThenAsked && !matter && !intent.complaint && role !== "know-it-all")
    return ["take-seriously", "acknowledge"];
  // "Mein Mann ist verstorben. Wie kann ich seinen Vertrag umschreiben lassen?", "cancel the subscription of my
  // recently deceased father, who do I contact?": sympathy, then the answer held.
  // A loss told is never asked about in scorn: its question is a question, whatever the tone reads.
  if (kase.bereaved && (question || intent.question !== undefined) && intent.complaint === undefined)
    return ["holding-reply"];
  // "Bitte löschen Sie mein Konto", "how do I cancel my subscription?": the request is done, not held as a question.
  if (kase.leaving !== undefined) return [caseFirst(kase)];
  // "Ich habe eine Frage zu meiner Rechnung: Warum wird mir eine Servicepauschale berechnet?": their own amount
  // asked about, not complained about; the answer is held, not apologised for.
  const askedOwn = matter && question && tone === "question" && intent.complaint === undefined;
  // "wtf wieso is mein abschlag jetz 180€???" is exasperated: that is answered as the case it is.
  const calmly = !/\?{2,}|!|\bwtf\b/iu.test(text);
  // "Hab aus Versehen zweimal bestellt, KK-77120 und KK-77121. Kann ich eine stornieren?": a request about their own
  // order, nothing gone wrong on our side; held with its number, never apologised for.
  const request =
    kase.numbers.length > 0 &&
    kase.problemWords.length === 0 &&
    assessment.role !== "disappointed-customer" &&
    CHANGE_ORDER.test(text);
  // "Könnt ihr mir sagen, wann der Techniker morgen kommt? Auftrag A-24-1177": nothing went wrong; it is asked.
  const plainAsk = kase.numbers.length > 0 && kase.problemWords.length === 0 && role !== "disappointed-customer";
  if (askedOwn && calmly && (kase.numbers.length === 0 || request || plainAsk) && role !== "know-it-all")
    return ["holding-reply", "answer-frame"];
  // "Mein Sohn hat sich an der Verpackung geschnitten": escalated at once; no reading of it as criticism or sarcasm.
  if (kase.problem === "safety" && matter) return [caseFirst(kase)];
  // "Ich habe eine Mail von Ihnen, mein Konto sei gesperrt, ich soll auf einen Link klicken. Ist das echt?": a
  // message in the company's name they doubt. Not a login case to apologise for: first, don't click.
  if (doubtsMessage(text)) return question ? ["warn-of-scam", "holding-reply"] : ["warn-of-scam", caseFirst(kase)];
  // "Der Kommentar von Jürgen oben ist rassistisch, bitte löschen!": another comment reported, not a view to answer.
  if (!matter && reports(text)) return ["thank-for-report"];
  if (!matter && PROPOSITION.test(text)) return ["do-not-reply", "boundary"];
  // "… sort out your own call centre first, clowns": contempt said to the company is rudeness to answer below, however
  // it laughs.
  if (mocks(assessment, text) && !matter && intent.addressedTo !== "commenter" && !CONTEMPT.test(text))
    return savedMatch ? ["factual-line", "do-not-reply"] : ["do-not-reply", "factual-line"];
  // "Kaffeekollektiv klingt wie ne WG … jeder zahlt 5 Euro, keiner spült … Revolution, aber mit Hafermilch 🙄",
  // "Rheinwerk Wärmepumpe = teuerster Föhn der Welt 😂😂": a joke on the name or the product, with rolled eyes or a
  // laugh, asks nothing, whatever amount or product it borrows; no case of anyone's own is told.
  if (
    ((intent.mockery === true && nameJoke) || EQUATED.test(text)) &&
    intent.complaint === undefined &&
    intent.question === undefined &&
    kase.numbers.length === 0 &&
    kase.firstPerson !== true &&
    intent.addressedTo !== "commenter" &&
    !CONTEMPT.test(text)
  )
    return savedMatch ? ["factual-line", "do-not-reply"] : ["do-not-reply", "factual-line"];
  // "@Jonas guck mal, das ist der Laden … Danke an Emre aus Ottensen": a friend tagged, a barista thanked by name.
  const thanksStaff = kase.praised && kase.people.length > 0 && tone === "positive" && !intent.sarcasm;
  // "@Petra du hast doch auch die Karte gekriegt? Wo geb ich die Zahlen vom Zähler durch?", "@Anna does anyone know if
  // they even deliver outside Germany": asked of a reader, about us; the company's saved answer helps them both.
  // Not "@Klaus … Ruf mal beim Störungsdienst an": a tip to the reader asks nothing.
  // Not "@Doris … vllt warst du bei nem anderen laden?": a question put to the reader about themselves.
  const askedAboutUs = savedMatch && tone === "question" && intent.addressedTo === "commenter" && !askedOfReader(text);
  if (
    !assessment.replyNeeded &&
    !thanksStaff &&
    !askedAboutUs &&
    (intent.addressedTo === "commenter" || intent.offTopic || intent.pitch || intent.smallTalk)
  ) {
    return matter ? ["no-reply-needed", caseFirst(kase)] : ["no-reply-needed"];
  }
  // "Wollt mal Danke sagen … ohne mit der Wimper zu zucken": the model's doubt about glad words with no heat in
  // them is no reason to speak of the tone; the praise is answered below.
  // "… ist so verdammt geil, ich heul gleich … nach ner absoluten Scheißwoche ❤️": swearing that only raises the
  // praise or curses one's own week is glad too.
  const gladOnly =
    tone === "positive" &&
    (!heated(text, assessment.language === "en" ? "en" : "de") || swornInPraise(assessment, text));
  if (assessment.verdict === "review" && !gladOnly) {
    // "Die Ausländer nehmen uns die Arbeitsplätze weg": the company's stance, or silence; never "taken seriously".
    if (assessment.reasons.some((reason) => reason.code === "review-stereotype"))
      return matter ? ["state-stance", caseFirst(kase)] : ["state-stance", "do-not-reply"];
    if (matter) return ["boundary-and-help", caseFirst(kase)];
    // "Ich glaube an Vögel mit 6 Flügeln … #Religioten": a jab at others that says nothing to us or of us is no
    // criticism to take seriously; it is left alone.
    if (tone === "neutral" && !intent.complaint && !intent.question && !speaksToUs(text))
      return ["do-not-reply", "boundary-and-help"];
    // "Euer neuer Espresso ist mir zu sauer, früher war der besser": the model's doubt alone, with no word of heat,
    // insult or swearing in a calm comment, is no reason to tell the commenter to mind their tone.
    // "… finde ich das keinen guten Schritt": calm enough that the tone read neutral.
    if (
      (tone === "critical" || tone === "angry" || tone === "neutral") &&
      !heated(text, assessment.language === "en" ? "en" : "de") &&
      // "habt ihr noch alle Latten am Zaun? Hipster-Abzocke deluxe": contempt is heat without a swear word.
      !CONTEMPT.test(text) &&
      role !== "troll"
    )
      return ["take-seriously", "boundary-and-help", "do-not-reply"];
    return role === "troll"
      ? ["boundary-and-help", "do-not-reply"]
      : ["boundary-and-help", "take-seriously", "do-not-reply"];
  }
  // Thanks to staff by name ("Danke an Herrn Yilmaz, der mir geholfen hat"), or to a team ("Kleines Dankeschön ans
  // Team in der Südvorstadt: … der Strom weg und ihr habt mit Kerzen weitergemacht"), is praise, even if it tells of a
  // problem.
  // Not a problem told with a kind word for the barista and no thanks ("The barista was lovely and swapped it but
  // the second one was the same"): the problem is what they came to say.
  const thanksSaid = /\b(?:dank\p{L}*|thank\p{L}*|thx|merci|shout-?out)\b/iu.test(text);
  // "Quick correction on this post … the datasheet your fitter left with me … Otherwise great post!": a correction
  // with a kind word beside it is checked, the fitter named in it not thanked. "Korrektur zu meinem Kommentar … Danke
  // an Frau Yilmaz": thanks said outright are thanks.
  const correctsUnthanked = role === "know-it-all" && !thanksSaid;
  if (
    kase.praised &&
    (kase.people.length > 0 || CREW_THANKED.test(text)) &&
    kase.numbers.length === 0 &&
    tone !== "angry" &&
    !intent.sarcasm &&
    !correctsUnthanked &&
    (intent.complaint === undefined || thanksSaid) &&
    // "eure Techniker waren echt klasse 👌 eine Sache noch: wo tipp ich die Zahlen vom Stromzähler ein": the question a
    // saved answer holds is what they need now; "… der hat sich echt Zeit genommen 🙏 Eine Sache noch: kann man …??":
    // so is a question asked after the thanks, held for its answer.
    !(savedMatch && intent.question !== undefined) &&
    !(tone === "question" && intent.question !== undefined && ANNOUNCED_AFTER.test(text))
  ) {
    return kase.bereaved ? ["thank-specifically"] : ["thank-specifically", "thanks-and-engage"];
  }
  // "Muss auch mal was Positives loswerden: nach dem Chaos gestern hat mich Herr Demirci … zurückgerufen": praise
  // announced as praise, of someone named, however bad the day before was; a complaint withdrawn because it was put
  // right, named or not.
  if (
    !intent.sarcasm &&
    kase.numbers.length === 0 &&
    ((PRAISE_FRAMED.test(text) && kase.people.length > 0) ||
      ((COMPLAINT_WITHDRAWN.test(text) || (takesBack(text) && tone === "positive")) && !intent.question))
  )
    return ["thank-specifically", "thanks-and-engage"];
  // "Sauber gearbeitet … Einziger kleiner Punkt, der Termin wurde zweimal verschoben. Aber das Ergebnis ist top,
  // danke!", "the lads were quick and tidy. Only thing, nobody told us the inverter beeps … Otherwise really happy":
  // praise with one small point is thanked, the point taken seriously beside it; nothing is looked up.
  if (
    SMALL_POINT.test(text) &&
    (PRAISE_SAID.test(text) || /\b(?:otherwise|apart from that|sonst|ansonsten)\b/iu.test(text)) &&
    // "Flat White … lauwarm und 15 min gewartet. sonst top aber heute nee 😕": usually good, and today not; the day's
    // failure is the point.
    !TODAY_NOT.test(text) &&
    !intent.sarcasm &&
    // "… bei 4 davon waren die Tüten aufgerissen … Echt schade, die Idee kam sonst super an. Wie läuft das jetzt mit
    // Ersatz?": a problem asked about is a case, however well the rest went.
    !(intent.complaint && intent.question) &&
    kase.numbers.length === 0 &&
    tone !== "angry" &&
    assessment.verdict === "keep" &&
    // "Zwei Kleinigkeiten, bevor der weiter geteilt wird: … 120 kWp, nicht 102 kWp. Sonst alles super.": the small
    // points are what the post gets wrong, checked first.
    role !== "know-it-all"
  )
    return ["thank-specifically", "take-seriously"];
  // "Jemand hat hier geschrieben 'alle Türken sind kriminell' – so ein Unsinn, schämt euch für solche Kommentare":
  // counter-speech is no rudeness to set a boundary for; a comment called out is thanked for and checked.
  if (intent.countersHate && !matter) return SOMEONE_ELSES.test(text) ? ["thank-for-report"] : ["acknowledge"];
  // Swearing at the company: one calm line on the tone, then the case or the criticism in the same reply.
  const rude =
    ((kinds.has("profanity") &&
      !exclaimsOnly(assessment, text) &&
      !intensifiesOnly(assessment, text) &&
      !mildOnly(assessment, text) &&
      !exclaimedOrAtThings(assessment, text)) ||
      CONTEMPT.test(text) ||
      PRODUCT_SCORN.test(text) ||
      // "Order 90233 … showed up after NINE days. Pathetic.": scorn beside a case is answered with the boundary too;
      // alone ("Is this the best you can do? Pathetic.") it is a reproach to take seriously. So is a jab ("Y'all are a
      // joke. … STILL taking 95 bucks a month", "zweimal abgebucht … Habt ihr se noch alle"): heard alone, bounded
      // beside a case.
      (matter && (/\bpathetic\b/iu.test(text) || JAB.test(text)))) &&
    tone !== "positive";
  if (rude) return matter ? ["boundary-and-help", caseFirst(kase)] : ["boundary-and-help", "take-seriously"];
  // "Not a complaint, just a suggestion: … would be great", "Wäre toll, wenn …": an idea for the team, neither
  // praise to thank for nor criticism to take seriously.
  // Not a correction asked for politely ("our colleague's name is …, not … as in your post. Would be great if you could
  // fix it"): that is checked, not taken as an idea.
  // "Fabric first, then the heat pump. Would be good to see Rheinwerk say that openly": an expert's argument is
  // engaged with, not filed as a suggestion.
  // Not "Loads of us internationals … are customers. Would be nice to be treated like it.": a reproach, no idea.
  // Not "Installieren Sie eigentlich auch Wallboxen? … Wäre schön wenn alles aus einer Hand kommt": a question put
  // first is asked, the wish beside it is its reason; "I run a family bakery … Do you do wholesale for bakeries …? …
  // Would be great to talk": so is a question asked after who is asking.
  const askedFirst =
    question &&
    text.split(/(?<=[.!?])\s+/u).some((sentence) => sentence.trim().endsWith("?") && ASKS.test(sentence.trim()));
  if (suggests(assessment, text) && role !== "know-it-all" && role !== "opinion-leader" && !askedFirst)
    return ["feedback-to-team", "acknowledge"];
  // Mockery without a concern is best left alone; a factual line is the alternative.
  // With the company's own fact on the topic at hand ("heizen bis −20 °C"), one factual line for the other readers
  // comes first; without one, silence.
  if ((role === "troll" || mocks(assessment, text) || MEME_FORMAT.test(text)) && !matter)
    return savedMatch ? ["factual-line", "do-not-reply"] : ["do-not-reply", "factual-line"];
  // Sarcasm is criticism: answered once, seriously, unless it carries a case with its number.
  const sarcasticCase = caseInSarcasm(assessment, kase, matter, text);
  // "your post says EU shipping is free over €49 but the shop says €59. One of them's wrong 🙃": a mistake pointed
  // out with a wink is still a correction to check.
  // "… durfte mir ne Bandansage anhören. Ganz großes Kino 👏👏", "Very fresh. Much wow. 🙄": applause or rolled eyes
  // make the mistake a jeer; the criticism is taken seriously first, the check offered beside it.
  if (intent.sarcasm && role === "know-it-all" && kase.numbers.length === 0 && !sarcasticCase)
    return JEERED.test(text) ? ["take-seriously", "check-correction"] : ["check-correction", "take-seriously"];
  // "Installers like Rheinwerk love to talk about the 'heat pump revolution' … Happy to be proven wrong – with numbers,
  // please": a voice with reach argues with irony; the argument is engaged with, the criticism heard beside it.
  if (intent.sarcasm && role === "opinion-leader" && kase.numbers.length === 0 && !sarcasticCase)
    return ["engage-argument", "take-seriously"];
  if (intent.sarcasm && kase.numbers.length === 0 && !sarcasticCase) return ["take-seriously"];
  // "Bestellung??", "😡😡 Lieferung": an order named and nothing else. The one question that moves it comes first;
  // there is nothing yet to hold or to take seriously.
  const terseItem =
    !matter &&
    kase.item !== undefined &&
    kase.missing !== undefined &&
    wordCount(text) <= 3 &&
    (question || tone === "critical" || tone === "angry");
  if (terseItem) return ["case-question", question ? "holding-reply" : "take-seriously"];
  // A real question with only a loose case ("my last order from a German shop") is answered as a question.
  const looseCase = kase.numbers.length === 0 && intent.complaint === undefined && kase.errors.length === 0;
  // "Äh im Post steht „Hafer- oder Sojadrink +0,50 €“ – ich hab in Kreuzberg noch nie was extra bezahlt??": what we
  // published is set against what they know; the amount is the post's, no case of theirs.
  if (role === "know-it-all" && intent.complaint === undefined && kase.numbers.length === 0 && POST_SAYS.test(text))
    return ["check-correction", "holding-reply"];
  // "Typo in the number: 0910 → 0190": the number is the one we printed, no case of theirs.
  if (role === "know-it-all" && intent.complaint === undefined && TYPO.test(text))
    return ["check-correction", "holding-reply"];
  // "I've audited 200+ homes … the owner gets a shock bill. … what do you actually do before you send a quote?": a
  // professional's argument from others' cases (the role says none is theirs) is engaged with, never consoled.
  if (role === "opinion-leader" && intent.complaint !== undefined)
    return question ? ["engage-argument", "holding-reply"] : ["engage-argument", "invite-dialogue"];
  // "I'm a reporter with Clean Energy Brief … Could someone comment on your current lead times? Deadline is Thursday
  // noon": a press enquiry is held until the answer is cleared, not argued with, nor answered as a case of its own
  // ("zwei Anfragen an Ihre Pressestelle blieben unbeantwortet"), however pointed the question.
  if ((question || /\?/u.test(text)) && PRESS.test(text)) return ["holding-reply", "engage-argument"];
  if (matter && !(question && looseCase && ASKS.test(text.trim()))) {
    // The case reply beside it would say the same sentences again, only without the criticism heard: none is offered.
    if (sarcasticCase && criticismFirst(kase, text)) return ["take-seriously"];
    // A polite customer is not told their words were "criticism"; a missing detail leaves the choice of a time.
    if (tone !== "critical" && tone !== "angry")
      return kase.missing ? ["case-question", "case-next-step"] : [caseFirst(kase)];
    // A loss told beside the case is never "criticism" to take seriously.
    return kase.bereaved ? [caseFirst(kase)] : [caseFirst(kase), "take-seriously"];
  }
  // "… frage ich: Wo genau werden die Daten gehostet? Ihre Website sagt „EU“, das reicht nicht": the question is
  // what they want answered; the correction is checked beside it.
  if (role === "know-it-all")
    return question && asksForInformation(text)
      ? ["holding-reply", "check-correction"]
      : ["check-correction", "holding-reply"];
  // "Spannende Stelle … Darf ich mich trotzdem schon bewerben?": an applicant's question is held for HR, not argued.
  if (question && APPLYING.test(text)) return ["holding-reply", "answer-frame"];
  // "Featured your Kreuzberg café in this week's newsletter (14k readers) … Aylin walked me through … Thank you!": a
  // voice with reach who praises is thanked for what they praised, not argued with.
  if (
    role === "opinion-leader" &&
    tone === "positive" &&
    !question &&
    !intent.sarcasm &&
    !intent.complaint &&
    THANKED.test(text) &&
    !TURNS.test(text)
  )
    return ["thank-specifically", "thanks-and-engage"];
  if (role === "opinion-leader")
    return question ? ["engage-argument", "holding-reply"] : ["engage-argument", "invite-dialogue"];
  // "5 Jahre Ottensen?! Wahnsinn wie die Zeit vergeht. Alles Liebe zum Geburtstag 🥳": amazement in good wishes asks
  // nothing and criticises nothing.
  // Not "Congrats on launching the WP 9. Genuine question: … Will the WP 9 keep up?": a question asked is answered.
  // Not "kann man bei euch in ottensen eigentlich den hinteren raum mieten, meine mama wird 60 … 🎂": a question
  // read from its words, with no mark at all, is asked.
  const amazedOnly = !/\?/u.test(text.replace(/\?+!+/gu, "")) && !(question && !/\?/u.test(text));
  if (tone === "question" && amazedOnly && !intent.complaint && !intent.sarcasm && GOOD_WISHES.test(text))
    return ["thank-specifically", "thanks-and-engage"];
  // The company's saved answer is offered first (composeReplies); the empty frame only when none answers.
  if (question) return savedMatch ? ["holding-reply"] : ["holding-reply", "answer-frame"];
  // "Bei uns lief die Installation ohne Probleme, der Techniker kam pünktlich": "Probleme" read as criticism, but
  // the comment tells what went well, with no "but".
  if (
    !intent.complaint &&
    !intent.sarcasm &&
    !question &&
    WENT_WELL.test(text) &&
    // "Vorher konnte ich problemlos bestellen, jetzt gar nicht mehr": what went well before is the loss.
    !/(?<!\p{L})(?:aber|but|leider|unfortunately|jedoch|however|nichts|nix|nie|never|nothing|kein\p{L}*|nicht mehr|no longer|not any ?more|vorher|früher|used to)(?!\p{L})/iu.test(
      text,
    )
  )
    return ["thank-specifically", "thanks-and-engage"];
  // "Tell us what happened" suits an experience, not an argument ("Als Verkehrsforscher sehe ich … kritisch",
  // "airlines complaining about climate rules … hypocrites"): an argument is met with the company's view.
  // "you people are a joke": a jab with nothing to take up is heard once, or left alone; there is no argument.
  const jab = text.trim().split(/\s+/u).length <= 6 && !question;
  // "… Maybe put that sponsorship money into hiring installers?": a question that reproaches is criticism.
  // "Det Café … war ma richtig schön. Jetz sitzen da nur noch Laptop-Hipster … Habt ihr den Schuss nich jehört": a
  // kind word for what it was, and scorn for what it is.
  const critical =
    tone === "critical" ||
    tone === "angry" ||
    exasperated ||
    rolledEyes ||
    (tone === "question" && rhetorical) ||
    ((CONTEMPT.test(text) || SCOLDED.test(text)) && !intent.complaint);
  if (critical && jab) return ["take-seriously", "do-not-reply"];
  if (critical) return ["take-seriously", toldExperience(assessment, kase, text) ? "ask-details" : "engage-argument"];
  // Staff named in a calm comment are praised more often than not ("lief dank Frau Nowak reibungslos").
  // "… when my husband passed away": no "stay tuned" beside a loss.
  if (kase.bereaved && (tone === "positive" || role === "fan")) return ["thank-specifically"];
  // "Der Käsekuchen in Leipzig ist einfach der beste der Stadt!", "Anruf, nach 2 Minuten war alles geklärt. So muss
  // das!": praise said as a superlative or a verdict, without a word of praise the tone reads.
  const acclaims = tone === "neutral" && !intent.complaint && !intent.sarcasm && ACCLAIM.test(text);
  // "Ich mag euren Kaffee wirklich, aber euer Post zur „fairen Lieferkette“ ist mir zu dünn. …": the product granted,
  // then what we published argued at length; the argument is the point, not the praise.
  if (
    tone === "positive" &&
    !intent.complaint &&
    !intent.sarcasm &&
    /(?<!\p{L})(?:post|posts|beitrag|kampagne|campaign|werbung|werbt|marketing)(?!\p{L})/iu.test(
      pointAfterPraise(text) ?? "",
    )
  )
    return ["take-seriously", "engage-argument"];
  if (tone === "positive" || role === "fan" || (tone === "neutral" && kase.people.length > 0) || acclaims)
    return ["thank-specifically", "thanks-and-engage"];
  return ["acknowledge"];
}

/** The words of a comment, emoji and punctuation aside: "😡😡 Lieferung" has one. */
export function wordCount(text: string): number {
  return (text.match(/\p{L}[\p{L}\p{N}-]*/gu) ?? []).length;
}

/** "Bester Cortado in Leipzig. Grüße an Jule ☕", "say hi to Marta for me": greetings sent to someone of the staff. */
export function greetsSomeone(text: string): boolean {
  return GREETINGS_TO.test(text);
}
const GREETINGS_TO =
  /(?<!\p{L})(?:(?:liebe|viele|schöne|beste|herzliche)\s)?(?:grüße|grüsse|gruß|gruss|grüßle|grüßchen)\s(?:an|auch an)\s\p{Lu}|(?<!\p{L})(?:say hi|say hello|greetings|big hello)\sto\s\p{Lu}/iu;

/** "Alles Liebe zum Geburtstag 🥳", "Happy 10th anniversary": good wishes, thanked as such. */
export function wishesWell(text: string): boolean {
  return WISHES_SAID.test(text) || OCCASION.test(text);
}
const WISHES_SAID =
  /(?<!\p{L})(?:alles liebe|alles gute|happy birthday|happy (?:\d+(?:st|nd|rd|th)\s)?anniversary|auf die nächsten)(?!\p{L})/iu;
const GOOD_WISHES =
  /🥳|🎉|🎂|🍾|(?<!\p{L})(?:alles liebe|alles gute|herzlichen glückwunsch|happy birthday|happy anniversary|congrat\p{L}*)(?!\p{L})/iu;
const WENT_WELL =
  /(?<!\p{L})(?:ohne (?:jedes |irgendwelche )?(?:Probleme|Komplikationen|Schwierigkeiten)|problemlos|reibungslos|kam pünktlich|(?:war|kamen|waren) (?:super |absolut )?pünktlich|without (?:a hitch|any (?:problems|issues|trouble))|no (?:problems|issues) at all|went smoothly|(?:was|were|arrived|came) (?:bang )?on time|in \d+ Minuten (?:beantwortet|erledigt|geklärt|gelöst)|(?:sorted|answered|fixed|solved) (?:it )?(?:with)?in \d+ minutes)(?!\p{L})/iu;
const ACCLAIM =
  /\b(?:(?:ist|sind|war|waren) (?:einfach |echt |wirklich |mit Abstand |immer noch )?(?:der|die|das) (?:beste|besten)\b|so muss (?:das|es)(?: sein| laufen)?(?!\p{L})|so geht service|(?:is|are|was|were) (?:simply |honestly |really |by far |still )?the best\b|that'?s how it'?s done|best (?:in town|ever)\b|made my (?:day|birthday|morning|week)\b|hat mir den (?:Tag|Morgen|Geburtstag) (?:versüßt|gerettet|verschönert)|(?:mein|meinen) Tag gerettet|himmlisch|ein Traum\b|ich freu(?:e)? mich (?:schon )?(?:so|riesig|sehr)\b|can'?t wait\b|heavenly)/iu;

/** An idea offered, with no complaint, sarcasm or anger about it: nothing to apologise for. */
export function suggests({ intent, tone }: Assessment, text: string): boolean {
  return SUGGESTS.test(text) && !ANSWER_WISHED.test(text) && !intent.complaint && !intent.sarcasm && tone !== "angry";
}

/** "Wär super wenn schnell ne Antwort kommt": a quick answer wished for, no idea for the team. */
const ANSWER_WISHED =
  /\b(?:wäre|waere|wär|waer|would be)\s(?:\p{L}+\s)?\p{L}+,?\s(?:wenn|if)\s(?:\p{L}+\s){0,4}(?:antwort|antwortet|antworten|meldet|melden|reply|replies|answer|answers|got back|get back)\b/iu;

const SUGGESTS =
  /\b(?:suggestion|vorschlag|anregung|verbesserungsvorschlag)\b|\b(?:it )?would be (?:great|nice|handy|helpful|useful|good) (?:if|to(?!\s(?:know|hear|find out|learn|be treated|be taken|be listened|be heard)\b))\b|\b(?:wäre|waere|wär|waer) (?:es |echt |total |mega |so )?(?:toll|schön|super|praktisch|hilfreich|klasse|cool|gut|genial|mega|nice|spitze),? wenn\b|(?:^|[.!?]\s*)(?:idee|vorschlag|tipp|suggestion|idea)\s?:|\b(?:macht|nehmt|bietet|bringt|führt|fuehrt) doch (?:mal )?(?:ne|eine|einen|nen|auch)\b|\b(?:wäre|waere|wär) es nicht (?:sinnvoll|besser|praktisch|schlau|gut)\b|\bwouldn'?t it (?:make sense|be (?:better|easier|good|great))\b|\bwie wäre es mit\b|\bhow about (?:adding|offering|an option)\b|\b(?:wäre|waere) (?:mal |doch |echt )?(?:ne|eine) (?:wirklich |echt |sehr )?(?:hilfreiche|nützliche|nuetzliche|sinnvolle|gute) (?:info|information|idee|sache|ergänzung|ergaenzung)\b|\bwould be (?:really |very )?(?:helpful|useful) (?:info|information|to know)\b/iu;

/** The writer alone: "wir prüfen Alternativen" is a firm's decision, "I waited" an experience. */
const FIRST_PERSON = /\b(?:ich|mir|mich|mein\w*|i|i'm|i've|me|my)\b/iu;
/** "Ich finde es eine Frechheit, dass …", "I think …": a view, however personal its words. */
const VIEW =
  /\b(?:ich finde|finde ich|ich halte|meiner meinung|ich meine|ich hoffe|sonst kündige ich|sonst bin ich weg|i think|i find|i believe|in my opinion|imo|i hope|or i(?:'ll| will)? (?:cancel|leave|switch))\b/iu;
const ARGUES =
  /\b(?:weil|denn|deshalb|daher|meiner meinung|aus meiner sicht|diskutier\w*|because|therefore|that's why|in my view|discuss\w*|explain why|happy to explain)\b|^\s*(?:als|as)\s/iu;

/** Whether a critical comment tells what happened to the writer, rather than argues a view. */
function toldExperience(assessment: Assessment, kase: Case, text: string): boolean {
  if (assessment.intent.complaint !== undefined) return true;
  // "As someone who has worked in logistics for 20 years": years of experience are credentials, not a case.
  const lasting = kase.durations.filter((d) => !/jahr|year|decade|jahrzehnt/iu.test(d)).length;
  if (kase.numbers.length + kase.dates.length + lasting + kase.places.length > 0) return true;
  return FIRST_PERSON.test(text) && !ARGUES.test(text) && !VIEW.test(text);
}

/**
 * "I'm missing my points", "I won the prize and it's not there", "I got the F1 car in the casino and now its gone", "my
 * progress got reset": something of the writer's own that should be there is not.
 */
const OWN_MISSING =
  /\b(?:i'?m|i am|we'?re|we are)\s(?:\p{L}+\s)?missing\s(?:my|our)\b|\b(?:my|our)\s[\p{L}\d-]+\s(?:is|are|has|have)\s(?:gone|missing|disappeared|vanished)\b|\b(?:i|we)\s(?:won|bought|purchased|got|paid for|ordered)\s[^.!?]{1,90}\b(?:it'?s|it’s|its|it is|they'?re|they are)\snot\sthere\b|\b(?:i|we)\s(?:didn'?t|didnt|did not|never)\s(?:get|receive|recieve)\s(?:the|my|our)\s(?:money|refund|credit|payout|reward|prize)\b|\b(?:i|we)\s(?:won|bought|purchased|got|paid for|ordered|unlocked|earned)\s[^.!?]{1,90}\b(?:and\s)?now\s(?:it'?s|it’s|its|it is|they'?re|they are)\s(?:gone|missing)\b|\b(?:my|our)\s(?:progress|save|saves|data|points|balance|coins|credits)\s(?:got|was|has been|have been|were)\s(?:reset|wiped|deleted|lost)\b|\b(?:i|we)\s(?:have\s|'ve\s)?(?:still\s)?(?:not|never)\s(?:yet\s)?(?:received|recieved|gotten)\b/iu;

/** The parts of a plan; the older strategies keep theirs (strategies.ts). */
export function planParts(
  strategy: Strategy,
  situation: Situation & {
    kase: Case;
    named: boolean;
    /** The clause says what happened (not the general "nicht so geklappt, wie es sollte"). */
    specific: boolean;
    question: boolean;
    /** A disappointed customer's own complaint, read by the analysis. */
    complained: boolean;
    matter: boolean;
    details: boolean;
    /** Praise and criticism in one comment ("…, aber …"). */
    mixed: boolean;
    /** A loss told ("when my husband passed away"): sympathy first, no cheer, no emoji. */
    bereaved: boolean;
    /** Praise names something beyond the person, place or thing thanked. */
    praisedAlso?: boolean;
    /** Whether the place named is one of the company's own branches (its saved replies name it). */
    branch?: boolean;
    /** Whether the product can be thanked for as ours ("der Äthiopien Guji", not "im Abo" the writer is in). */
    ourProduct?: boolean;
    /** The company's saved replies state the fact a correction disputes. */
    fact: boolean;
    /** A home cold or flooded, and the company saved a line open day and night (case/urgent.ts). */
    emergency?: boolean;
    /** Good wishes for an occasion: a birthday, an anniversary, an award. */
    wishes?: boolean;
    /** Greetings sent to one of the staff: "Grüße an Jule", "say hi to Marta". */
    greeted?: boolean;
    /** A call in the company's name, not a message with a link: "hat jemand angerufen, angeblich von …". */
    byPhone?: boolean;
    /** Sarcasm that carries a case of the writer's own, answered as criticism first (sarcasmFirst). */
    sarcasticCase?: boolean;
  },
): Part[] {
  const { kase } = situation;
  const core = (...slots: Part["slot"][]): Part[] => slots.map((slot) => ({ slot }));
  const ask: Part[] = kase.missing ? core("caseAsk") : [];
  // "… 15 degrees. We have a 7 month old baby": the emergency line follows the next step (on X it outranks caseSeen).
  const now: Part[] = situation.emergency ? [{ slot: "emergencyLine", optional: true }] : [];
  // Someone hurt or something harmful found: sorry, passed to quality assurance at once, and what it needs. On X
  // the photo and the batch may not fit beside the escalation: the escalation is what goes first.
  const safety: Part[] = [
    ...core("safetySeen", kase.road ? "roadStep" : "safetyStep"),
    ...ask.map((part) => ({ ...part, optional: true })),
  ];
  switch (strategy) {
    case "case-next-step":
      if (kase.leaving) return core("leavingSeen", "leavingStep");
      if (kase.problem === "safety") return safety;
      if (kase.missing === "account-secure") return [...core("safetySeen"), ...ask];
      if (situation.bereaved) return [...core("condolence", "caseStep"), ...ask];
      // A commuter's cancelled train is passed on; nobody calls a rider back about the 7:42.
      if (kase.line && !kase.numbers.length) return core("caseSeen", "team");
      // The clause has named the case already: the next step need not name it again.
      return [...core("caseSeen", situation.named ? "caseStepPlain" : "caseStep"), ...now, ...ask];
    case "case-question":
      if (kase.leaving) return core("leavingSeen", "leavingAsk");
      if (kase.problem === "safety") return safety;
      // "someone … is trying to log in in my account": sorry, never "frustrating", then how it is kept safe.
      if (kase.missing === "account-secure") return [...core("safetySeen"), ...ask];
      // "Post an meinen verstorbenen Vater, obwohl ich den Tod gemeldet habe": sympathy first, never "ärgerlich".
      if (situation.bereaved) return [...core("condolence", "caseStep"), ...ask];
      // "Bestellung??": nothing has been said to have gone wrong; the question that finds the order is the reply.
      if (situation.question && !situation.matter && kase.problem === undefined) return ask;
      return [
        ...core("caseSeen"),
        ...now,
        ...(situation.details ? [{ slot: "caseNoted" as const, optional: true }] : []),
        ...ask,
      ];
    case "take-seriously":
      // A case said in sarcasm: the criticism heard by what went wrong, then the case moved or the one question.
      if (situation.sarcasticCase)
        return [
          ...core(situation.specific ? "criticismCase" : "criticismHeard"),
          ...(kase.missing
            ? [...(situation.details ? [{ slot: "caseNoted" as const, optional: true }] : []), ...ask]
            : core(situation.named && situation.specific ? "caseStepPlain" : "caseStep")),
          ...now,
        ];
      return [...core("criticismHeard", "team"), { slot: "offer", optional: true }];
    case "boundary-and-help": {
      const tone =
        situation.violation && situation.violation !== "profanity" ? partsOf("boundary", situation)[0] : undefined;
      // With a case: the boundary, then the case moved. Without: the boundary, then the criticism taken seriously.
      if (!situation.matter) return [tone ?? { slot: "boundaryShort" }, ...core("criticismHeard")];
      // The case said once after the boundary ("… that the work left a mess in the garden"), then moved.
      return [
        tone ?? { slot: "boundaryTone" },
        // Someone made ill is met with sorrow, not "understandably frustrating".
        // The plain next step leans on the clause for the case's number: then the clause stays, even on X.
        ...(situation.specific
          ? [
              {
                slot: kase.problem === "safety" ? ("safetySeen" as const) : ("caseSeen" as const),
                optional: !situation.named,
              },
            ]
          : []),
        ...core(situation.named && situation.specific ? "caseStepPlain" : "caseStep"),
        ...now,
        // On X the boundary, the case and its step may leave no room for the question: it goes before the case does.
        ...(kase.missing ? [{ slot: "caseAsk" as const, optional: true }] : []),
      ];
    }
    case "check-correction":
      // "Wir rösten dienstags und freitags": the company's own fact settles it; otherwise it is checked.
      return core("thanksCorrection", situation.fact ? "confirmFact" : "checkFact");
    case "state-stance":
      // "your call centre is full of foreigners … couldnt even find my account. acc no 5502817364": the stance, then
      // the case moved in the same reply, as after any other boundary.
      if (situation.matter && kase.problem !== undefined)
        return [
          ...core("stance"),
          ...(situation.specific ? [{ slot: "caseSeen" as const, optional: true }] : []),
          ...core(situation.named && situation.specific ? "caseStepPlain" : "caseStep"),
          ...(kase.missing ? [{ slot: "caseAsk" as const, optional: true }] : []),
        ];
      return core("stance", "staySubject");
    case "thank-for-report":
      return core("reportThanks", "reportCheck");
    case "warn-of-scam":
      return situation.byPhone
        ? core("scamThanks", "scamCallAdvice", "scamCallCheck")
        : core("scamThanks", "scamAdvice", "scamCheck");
    case "engage-argument":
      return [...core("engageTake", "inviteTalk")];
    case "thank-specifically": {
      // The person praised first, then the branch, then the product; "your kind words" only when none is named.
      // Two people praised are both named, before the branch: "Dariusz and Lena" (compose joins them).
      const personPlace = kase.people.length === 1 && kase.places.length > 0 && !situation.bereaved;
      // "unser Team in Kerpen-Horrem" only where we have one: elsewhere the place is where the work was done.
      const site = personPlace && situation.branch === false;
      // "Herzlichen Glückwunsch zu 25 Jahren Rheinwerk!": the wishes thanked for; nothing was praised to pass on.
      // "Congrats on 5 years of the Leipzig café!! … Best flat white in Südvorstadt": what they praised is named instead.
      const named = kase.people.length + kase.places.length > 0 || kase.product !== undefined;
      if (situation.wishes && !named && !situation.bereaved && !situation.mixed) return core("thanksWishes");
      // "War schön, Sie auf der ISH am Stand zu besuchen": the visit to the stand, at the fair they name.
      if (kase.fair && kase.people.length === 0 && !situation.bereaved && !situation.mixed) return core("thanksFair");
      return [
        ...(situation.bereaved ? core("condolence") : []),
        ...core(
          kase.people.length
            ? situation.greeted && kase.people.length === 1 && !situation.bereaved
              ? "thanksGreeting"
              : site
                ? "thanksPersonSite"
                : personPlace
                  ? "thanksPersonPlace"
                  : kase.people.length > 1
                    ? "thanksPeople"
                    : "thanksPerson"
            : kase.visited && !situation.bereaved
              ? "thanksPlace"
              : kase.product && situation.ourProduct !== false
                ? "thanksProduct"
                : "thanksSpecific",
        ),
        // "Marta and the team in Kreuzberg will be delighted" already says it goes to them; what else they praised
        // ("die WP 9", "the Bialetti") is still named.
        ...(personPlace && !situation.praisedAlso ? [] : [{ slot: "passOn" as const, optional: true }]),
        // "Eure Preise sind eine Sauerei, aber der Service in Bremen ist top": the praise thanked, the criticism heard.
        ...(kase.criticised && situation.mixed ? [{ slot: "criticismHeard" as const, optional: true }] : []),
      ];
    }
    case "acknowledge":
      // A comment read as neither praise, question nor criticism is not thanked: it may be sarcasm or rudeness
      // the analysis missed. Being present is enough.
      return core("present");
    case "holding-reply":
      // A question asked beside a loss is not called a good one: sympathy, then the answer held.
      if (situation.bereaved && situation.question) return core("condolence", "holding");
      // "Seitdem NICHTS. Kommt da noch jemand …???": a let-down customer's question about their own case is met with
      // understanding, not thanked for asking.
      // "WP blinkt rot … Haus kühlt langsam aus. Störungsnummer seit ner Stunde besetzt. Was jetzt??": the line open day
      // and night is said before anything is held.
      if (situation.question && situation.complained && kase.numbers.length === 0)
        return [
          ...(situation.thanksRequired ? core("thanksFeedback") : []),
          ...core("empathy"),
          ...now,
          ...core("holding"),
        ];
      // Only a question is thanked for as one; anything else is held with the case or plainly.
      // Their own order asked about ("Kann ich KK-77121 stornieren?"): held with its number.
      return situation.question && !(situation.matter && kase.numbers.length > 0)
        ? partsOf(strategy, situation)
        : core("caseHolding");
    default:
      return partsOf(strategy, situation);
  }
}
