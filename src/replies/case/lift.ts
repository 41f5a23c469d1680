import type { Assessment } from "../../shared/assessment";
import { BILLED_INSTEAD } from "../../shared/billed-instead";
import type { Case, MissingKind } from "../../shared/case";
import { chosenAndGot } from "../../shared/chosen-got";
import { escapeRegExp } from "../text-spans";
import { criticisedIn } from "./criticised";
import { failedThing } from "./failed";
import { caseNumbers } from "./numbers";
import {
  AMOUNT,
  CARD,
  COARSE_ADJECTIVE_STEMS,
  DATE,
  DURATION,
  GAS_SMELL,
  MODEL_CODE,
  NOT_NAMES,
  PERSON,
  REFUSED,
} from "./patterns";
import { casePlaces } from "./places";
import { caseProduct } from "./products";

/**
 * The case a comment states, lifted so a reply can name it ("Ihre Bestellung 40-11873", "seit drei Wochen") and
 * never ask for what the commenter already gave; and the one thing missing to move it, by the problem's kind.
 */
const MAX_TEXT = 5_000;
/** What was ordered or sent, as the commenter calls it; a reply says it back in the same word. */
/** Not "out of order": a thing broken, not an order. */
// "trying to order a cortado", "wanted to order": the verb, not an order placed.
const ITEM =
  /\b(paket|päckchen|sendung|lieferung|bestellung|parcel|package|(?<!\bout of |\bto )order|delivery(?! crates?\b| boxes\b| vans?\b| trucks?\b)|shipment)\b/iu;
/**
 * The fair named in a sentence that speaks of a stand or a booth: "auf der ISH am Stand", "Euer Stand auf der
 * Internorga", "your booth at World of Coffee in Copenhagen", "at Intersolar … Impressive booth".
 */
function fairOf(text: string): { fair?: string } {
  if (!BOOTH.test(text)) return {};
  for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
    const name = FAIR_NAMED.exec(sentence)?.[1];
    if (name && !NOT_A_FAIR.test(name)) return { fair: name };
  }
  return {};
}
const BOOTH = /(?<!\p{L})(?:stand|messestand|booth|stall|messe|trade (?:show|fair))(?!\p{L})/iu;
const FAIR_NAMED =
  /(?<!\p{L})(?:auf der|at(?: the)?)\s((?:\p{Lu}[\p{L}-]*|[A-Z]{2,})(?:\s(?:of|for|\p{Lu}[\p{L}-]*))*)/u;
const NOT_A_FAIR = /^(?:Stand|Messe|Booth|Home|Work|Der|Die|Das|The|Your|Our)$/u;

/** "bestellt", "ordered": an order without the noun. */
const ORDERED: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:bestellt|bestellte|bestellten)\b/iu, "bestellung"],
  [/\b(?:ordered)\b/iu, "order"],
  // "Bought the same jumper twice …": what was bought is found by its order, not by a model.
  [/\b(?:bought|purchased)\b/iu, "order"],
  [/\b(?:gekauft)\b/iu, "bestellung"],
  [/\b(?:geliefert|zugestellt)\b/iu, "lieferung"],
  // Not "a coffee morning for newly arrived families": people who came, not goods.
  [/(?<!\b(?:newly|recently)\s)\b(?:arrived|delivered)\b/iu, "delivery"],
];
const HABITUAL_ORDER =
  /\b(?:immer|always|jedes mal|every time|ständig|oft|often|regelmäßig|regularly)\s(?:[\p{L}]+\s){0,2}(?:bestellt|ordered|gekauft|bought)\b|\b(?:the only thing|all) i (?:ever |usually |always )?order\b|\bi (?:always|usually) order\b|\bdas einzige,? was ich (?:da |bei euch )?(?:bestelle|trinke)\b|\b(?:jedes jahr|every year)\s(?:[\p{L}]+\s){0,6}(?:bestellt|ordered|gekauft|bought)\b|\b(?:bestellt|bestellen|orders?)\s(?:doch\s|eh\s|halt\s)?(?:nix|nichts|nie|never|nothing)\b/giu;
/** Money that moved: an amount charged, paid or owed is a case; "Kaffee für 5 Euro" is a view on prices. */
const PAID =
  /\b(?:abgebucht|abgezogen|bezahlt|gezahlt|berechnet|belastet|erstattet|nachzahlen|Nachzahlung|Abschlag|Rechnung|Abbuchung|zurück|charged|paid|billed|deducted|refund\w*|overcharged|invoice|bill)\b/iu;
/** The commenter speaking of themselves. */
// "got a bad stomach after …": a tweet that drops its "I" still speaks of the writer.
const FIRST_PERSON =
  /\b(?:ich|mein\w*|mir|mich|wir|uns|unser\w*|I|I'm|I've|my|me|we|our)\b|^\s*(?:got|had|felt|been|bin|hab|hatte)\b/iu;
/** The company's website, shop or checkout: no "which model?" for those. */
const WEB =
  /\b(?:website|webseite|seite|page|site|checkout|kasse|shop|onlineshop|\w*portal|login|link|server|error\s*5\d\d|online-?banking|sso|single sign-on|saml|okta|browser)\b/iu;
/** What the company's software does, or an update of it: no device to name either. */
const SOFTWARE =
  /\b(?:update\w*|export\w*|import\w*|schnittstelle\w*|integration\w*|api|sync\w*|synchroni\w*|dashboard|software|plugin|plug-in|upload|download|abrechnung\w*|abrechnen|rechnet|payroll|report\w*|bericht\w*)\b/iu;
/** What stands in the company's own shop or station: a broken "Pfandautomat" has no model for the customer to name. */
const FACILITY =
  /\b(?:\w*automat(?:en)?|zapfsäule\w*|kasse|kassen|aufzug|aufzüge|rolltreppe\w*|toilette\w*|parkplatz\w*|parkhaus|straßenlaterne\w*|laterne\w*|ladesäule\w*|street ?lights?|street ?lamps?|charging points?|ticket machines?|vending machines?|lifts?|elevators?|escalators?|toilets?|car park|self-checkouts?|card readers?|kartenleser|kartenterminal\w*|kartenzahlung|card payments?|contactless payments?|wifi|wi-fi|wlan|rampe|ramp)\b/iu;
const CONNECTION_TRIED =
  /\b(?:tried|try|trying|versucht|probiert)\b[^.!?]{0,20}\b(?:wifi|wi-fi|wlan)\b|\b(?:wifi|wi-fi|wlan)\b[^.!?]{0,20}\b(?:mobile data|mobilen? daten|4g|5g|lte|hotspot)\b/iu;
/** What comes by email: "Gutschein als PDF", "keine Bestellbestätigung", "never showed up in my inbox". */
const EMAILED =
  /\b(?:e-?gutschein\p{L}*|(?:mail|e-mail) mit (?:dem|der) (?:pdf|gutschein\p{L}*|ticket\p{L}*|link)|gutschein\p{L}*(?=[^.!?]{0,60}\b(?:mail|e-mail|pdf)\b)|geschenkkarte\p{L}*|gift ?cards?|e-?vouchers?|e-?tickets?|bestellbestätigung\p{L}*|bestätigungsmail\p{L}*|confirmation (?:e-?mail|mail)|order confirmation|posteingang|inbox|download-?link\p{L}*|download link)\b/iu;
const NOT_RECEIVED =
  /\b(?:never|nie|nirgends|nowhere|still waiting|warte\p{L}*|not (?:arrived|received|come|there)|(?:didn'?t|did not|haven'?t|hasn'?t|never) (?:get|got|receive|received|arrive|arrived|come|came|show(?:ed)? up|turn(?:ed)? up)|nicht (?:angekommen|bekommen|erhalten|da|gekommen)|kein\p{L}*\s[\p{L}-]*(?:mail|bestätigung|pdf|gutschein)\p{L}*|no (?:email|e-mail|mail|confirmation)|kam nicht|kommt nicht|fehlt)\b/iu;
/** One of the company's own places: "the Kreuzberg café", "in eurer Filiale". */
const PREMISES =
  /\b(?:the|your|im|in (?:der|eurer|eurem|Ihrer|Ihrem)) (?:[\p{L}-]+ )?(?:café|cafe|branch|restaurant|filiale|hotel|lobby|salon)(?!\p{L})|\b(?:im|ins|euer|eurem) Café(?!\p{L})/iu;
/** A danger on the road: "fast überfahren", "nearly ran me over". */
const NEAR_MISS = /überfahren|ueberfahren|umgefahren|angefahren|ran (?:me|us) (?:over|down)|nearly (?:hit|knocked)/iu;
/** Drivers too fast where people are: "rasen durch die Spielstraße", "speeding past the school". */
const SPEEDING = /\bras(?:en|t|ten)\b[^.!?]{0,40}\b(?:durch|vorbei|über)|speeding|speed (?:past|through)/iu;
/** Bought over the counter: "im Markt in Dortmund", "in der Filiale", "at your Leeds store". */
// Not "bei euch im Shop bestellt": the online shop, whose orders have numbers.
const IN_STORE =
  /\b(?:im (?:Markt|Laden|Geschäft|Supermarkt|Café)|bei (?:euch|Ihnen|dir) (?:am|im|in der) (?!(?:online-?|web)?shop(?![\p{L}]))\p{Lu}[\p{L}-]+|in (?:der|eurer|Ihrer) Filiale|in (?:the|your) (?:\w+ )?(?:store|shop|branch|supermarket|café|cafe)|an der (?:Kasse|Theke)|am (?:Tresen|Schalter)|at the (?:counter|till|bar))(?![\p{L}])/iu;
const AT_A_CAFE = /(?<!\p{L})(?:im|in eurem|ins|in your|at your|at the) (?:café|cafe)(?!\p{L})/iu;
/** Bought in a shop, with the slip to show for it: no order number to ask for. */
const RECEIPT = /\b(?:kassenbon|kassenzettel|quittung|beleg|receipt)\b/iu;
/** Thanks said outright, to someone. */
const PRAISE =
  /\b(?:danke sagen|(?:ein )?(?:großes|dickes|kleines) (?:Lob|Dankeschön)|riesen ?lob an|riesendank an|danke an|dank an|vielen dank an|thanks to|thank you to|big thanks|shout-?out to|kudos to|hat mir (?:super|sehr|toll|prima) geholfen|was (?:so )?(?:brilliant|amazing|fantastic|lovely|so helpful))\b/iu;
/** Luggage, in the commenter's word: a lost suitcase is named as one, not as "your trip". */
const BAGGAGE = /\b(koffer|gepäckstück|gepäck|reisetasche|suitcase|luggage|baggage)\b/iu;
/**
 * A commuter's line: "RB 48", "RE7", "S1", "U 6", "ICE 597", "Linie 12", "bus 142", "the 07:42". A regional train
 * has no booking reference; its rider has a season ticket.
 */
const LINE =
  /\b(?:(?:RB|RE|IRE|S|U|ICE|IC|EC|STR|MEX)\s?\d{1,4}|(?:Linie|Buslinie|Bus|Tram|line|bus|route)\s\d{1,4}[A-Z]?|(?<=\bthe\s)\d{1,2}:\d{2}(?:\s(?:from|to)\s[A-Z][\p{L}]+)?|(?<=\bthe\s)\d{1,3}[A-Z]?(?=\s(?:is|was|has been|keeps being|got|were)\s))(?![\p{L}\d])/u;
/** A loss told: a death in the family, a funeral, a grave illness. */
// "heat pump just died": a machine that stopped, no one's death.
const BEREAVED =
  /\b(?:passed away|(?<!\b(?:pump|boiler|heater|heating|phone|battery|car|laptop|machine|app|router|inverter|engine|fridge|grinder|kettle|unit|it|just|has|had)(?:'s|’s)?(?:\s\w+){0,2}\s)died|death of|deceased|funeral|bereavement|lost my (?:husband|wife|mother|father|mum|mom|dad|son|daughter|partner)|verstorben\w*|gestorben|verstarb|beerdigung|trauerfall|todesfall|trauer|(?:den|dem) tod)\b/iu;
/** Who was hurt, in the commenter's words: "Mein Sohn", "meine Tochter", "my daughter". */
const HARMED =
  /\b(?:[Mm]ein(?:e)?\s+(?:Sohn|Tochter|Kind|Mann|Frau|Mutter|Vater|Enkel|Enkelin|Baby|Hund|Katze)|[Mm]y\s+(?:son|daughter|kid|child|husband|wife|mum|mom|mother|dad|father|partner|baby|toddler|dog|cat))\b/u;
/**
 * A supply gone for a stretch that has ended: "wir hatten … von 14 bis 19 Uhr keinen Strom", "Sonntag 6 Stunden kein
 * Strom", "we had no power from 2 till 7".
 */
const OUTAGE_OVER =
  /(?<!\p{L})(?:hatten|hatte|had|were|was|war|waren)\s(?:[\p{L}\d.:]+\s){0,8}?(?:kein|keinen|keine|no|ohne|without)\s(?:strom|power|electricity|heizung|heating|warmwasser|hot water|gas|internet)(?!\p{L})|(?<!\p{L})(?:von|from)\s(?:ca\.?\s)?\d{1,2}(?:[:.]\d{2})?\s(?:bis|to|till|until)\s\d{1,2}(?:[:.]\d{2})?\s?(?:uhr|h|pm|am)?\s(?:\p{L}+\s){0,2}?(?:kein|keinen|no|ohne|without)\s|(?<!\p{L})\d+\s(?:stunden|std\.?|hours|hrs)\s(?:lang\s)?(?:kein|keinen|keine|ohne|no|without)\s(?:strom|power|electricity|heizung|heating)(?!\p{L})/iu;

/** Nobody came to harm: "Ist nix schlimmes passiert", "zum Glück rechtzeitig gemerkt", "no harm done". */
const UNHARMED =
  /(?<!\p{L})(?:(?:nix|nichts) (?:schlimmes |weiter |passiert)|(?:ist|war) (?:zum glück |gott sei dank )?(?:nix|nichts) (?:schlimmes )?passiert|nothing (?:bad |serious )?happened|no harm done|(?:zum glück|gott sei dank|luckily|thankfully|fortunately) (?:\p{L}+ ){0,5}(?:gemerkt|bemerkt|gesehen|noticed|spotted|caught))/iu;
/** Where something harmful was found: "in meinem Joghurt", "in my salad". */
const FOUND_IN = /\b[Ii]n\s+(?:mein(?:em|er)\s+[A-ZÄÖÜ][\wäöüß-]+|[Mm]y\s+[a-z][\w-]+)/u;
/** A place one is served at: "Filiale", "café", "the staff in Leeds" — not "the new plant in Leipzig". */
/**
 * Met in person: where people are served ("im Laden", "at the counter", "an der Kasse") or whom the company sent or
 * set there ("die Kassiererin", "Ihr Techniker", "unfreundlich bedient"). Not a letter, a mail or a form.
 */
const MET_IN_PERSON =
  /(?<!\p{L})(?:filiale\p{L}*|laden|läden|geschäft|store|shop|branch|café|cafe|restaurant|hotel|barista\p{L}*|bedienung|bedient|verkäufer\p{L}*|kassierer\p{L}*|cashier|schalter|counter|theke|tresen|kasse|till|markt|besuch\p{L}*|visit\p{L}*|waiter|waitress|kellner\p{L}*|techniker\p{L}*|monteur\p{L}*|elektriker\p{L}*|handwerker\p{L}*|installateur\p{L}*|technician|engineer|fitter|installer|electrician)(?!\p{L})/iu;
const SERVED =
  /(?<!\p{L})(?:filiale\w*|markt|laden|geschäft|store|shop|branch|café|cafe|restaurant|hotel|besuch\w*|visit\w*|staff|team|crew|bei euch|barista\w*|mitarbeiter\w*|personal|bedienung|service|beratung|kollegin|kollege|lady|guy|schalter|counter|station|bahnhof|theke|tresen|kasse|till|bar)(?!\p{L})/iu;
/** "Der Cappuccino heute in Kreuzberg war lauwarm", "Euer Flat White war lauwarm", "my soup … was stone cold". */
const SERVED_POORLY_DE =
  /(?<!\p{L})(?:[Dd]er|[Dd]ie|[Dd]as|[Mm]ein|[Mm]eine|[Uu]nser|[Uu]nsere|[Ee]uer|[Ee]ure|[Dd]ein|[Dd]eine)\s(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)(?:\s(?:heute|gestern|vorhin|eben|gerade|neulich))?(?:\s(?:in|im|bei)\s\p{Lu}[\p{L}-]+)?\s(?:war|waren|ist|kam)\s(?:(?:heute|gestern|total|komplett|völlig|voll|nur|schon|wieder|leider|echt|richtig|ziemlich|sehr|extrem|viel\szu|zu|mal\swieder)\s){0,2}(lauwarm|kalt|eiskalt|gefroren|verbrannt|angebrannt|wässrig|sauer|bitter|versalzen|matschig|trocken|alt|labberig|zäh|fad|ölig|ranzig|klumpig)(?!\p{L})/u;
/** "ein Croissant gekauft, das war innen noch roh": what was bought, and how it was, in the next clause. */
const BOUGHT_POORLY_DE =
  /(?<!\p{L})(?:ein|einen|eine)\s(\p{Lu}[\p{L}-]+)\s(?:gekauft|bestellt|bekommen|geholt|getrunken|gegessen),?\s(?:das|der|die)\s(?:war|waren|ist)\s((?:innen\s|total\s|komplett\s|noch\s|ganz\s){0,2}(?:roh|gefroren|lauwarm|kalt|trocken|alt|verbrannt|angebrannt|matschig|sauer|bitter))(?!\p{L})/u;
const SERVED_POORLY_EN =
  /(?:\b(?:[Mm]y|[Tt]he|[Oo]ur)\s|^)((?:(?!(?:in|at|from)\s)[a-z]+\s){0,2}(?!(?:in|at|from)\b)[a-z]+)(?:\s(?:I|we)\s(?:had|got|ordered|bought))?(?:\s(?:today|this morning|yesterday))?(?:\s(?:at|in|from)\s(?:the\s|your\s)?[A-Za-z][\p{L}-]+(?:\s(?:branch|store|shop|café|cafe))?)?(?:\s(?:today|this morning|yesterday))?\s(?:was|were|came|arrived|tasted|tastes|smelled|smelt)\s(?:(?:completely|totally|really|just|already|again|so|pretty|quite|rather|way too|too|basically|literally)\s)?(lukewarm|cold|stone cold|ice cold|burnt|burned|watery|sour|bitter|stale|soggy|dry|off|brown water|still frozen|frozen|raw)\b/u;
/** Papers a new customer waits for: "my welcome letter or contract documents", "keine Vertragsunterlagen". */
const PAPER_EN =
  "(?:welcome (?:letter|pack)|contract documents|contract|documents|paperwork|cancellation confirmation|confirmation of (?:my|the) cancellation|energy certificate|commissioning report|inspection report)";
const PAPERS_EN = new RegExp(`\\b(${PAPER_EN}(?:\\s(?:or|and)\\s(?:my\\s|the\\s|any\\s)?${PAPER_EN})?)\\b`, "iu");
const NO_PAPERS =
  /\b(?:keine|keinen|kein|nie|never|no|still no|haven'?t (?:had|got|received))\s(?:[\p{L}-]+\s){0,3}§/iu;
const PAPERS_DE =
  /\b(Vertragsunterlagen|Unterlagen|Willkommensschreiben|Vertragsbestätigung|Auftragsbestätigung|Kündigungsbestätigung|Spendenquittung|Spendenbescheinigung|Zuwendungsbestätigung|Wartungsprotokoll|Prüfprotokoll|Inbetriebnahmeprotokoll|Energieausweis)\b/u;
/** "die Spendenquittung beantragt. Bis heute nix gekommen": asked for, and not come. */
const PAPERS_NOT_COME =
  /§[^.!?]{0,40}[.!?]?\s?[^.!?]{0,30}\b(?:(?:nix|nichts|nie|noch nicht|nothing|never)\s(?:\p{L}+\s)?(?:gekommen|angekommen|da|arrived|came)|kam nie)\b/iu;
/** "Ich habe gekündigt und immer noch keine Bestätigung bekommen": the confirmation of that notice. */
// "meine Kündigung des Stromvertrags … geschickt und bis heute keine Bestätigung bekommen".
const CANCELLED_NO_CONFIRMATION = /\b(?:gekündigt|Kündigung)\b[^.!?]{0,90}\bkeine\s(?:\p{L}+\s)?Bestätigung\b/iu;
/** "arrived with the seal broken", "came without the charger", "kam ohne Ladekabel an": how it came. */
const ARRIVED_EN =
  /\b(?:arrived|came|was delivered|got delivered)\s((?:with|without)\s(?:the\s|a\s|an\s|its\s|any\s)?[a-z]+(?:\s[a-z]+){0,2}?)(?=\s*[.,;!?]|\s(?:and|but|so|which)\b|\s*$)/iu;
const ARRIVED_DE = /\b(?:kam|kamen|wurde|wurden)\s(ohne\s(?:\p{L}+\s)?\p{Lu}\p{L}{2,30})\s(?:an|geliefert)\b/u;
/** "Rückruf innerhalb von 24 Stunden versprochen", "usually takes 2 days": a time promised or usual, not one waited. */
function promisedWithin(text: string, duration: string): boolean {
  const at = text.indexOf(duration);
  return (
    at > 0 &&
    // "was meant to take about a week", "your own post says 4-7 days", "sollte eigentlich 3 Tage dauern": the time
    // expected, or the end of a range promised.
    /(?:innerhalb(?: von)?|binnen|within|in the next|in den nächsten|usually takes|normally takes|only takes|dauert (?:sonst|normalerweise|eigentlich)|sonst|normalerweise|usually|(?:meant|supposed|expected) to take(?: about| around| roughly)?|should take(?: about| around)?|says|said|\d\s?[-–]|\d\s(?:to|bis)|\bbis zu)\s*$/iu.test(
      text.slice(Math.max(0, at - 30), at),
    )
  );
}

/** What the company is called in scorn: "Saftladen", "Drecksverein", "Hipsterbude". */
const SCORNED =
  /(?:saft|dreck|drecks|scheiß|scheiss|sau|mist|hipster)(?:laden|verein|haufen|bude|klitsche)|^(?:laden|verein|haufen|bude|klitsche)$/iu;
/** Work done at their home, by whoever the company sent: damage told beside it came of the work. */
const WORK_DONE =
  /\b(?:your|ur|euer|eure|eurem|euren|ihr|ihre|ihrem|ihren)\s(?:crew|installers?|engineers?|technicians?|fitters?|electricians?|guys|lads|team|leute|monteur\p{L}*|techniker\p{L}*|handwerker\p{L}*|elektriker\p{L}*|trupp)\b|\b(?:beim|bei der|nach dem|seit dem)\s(?:einbau|montage|installation|anschluss|umbau|wechsel|arbeiten)\b|\b(?:during|after)\s(?:the\s)?(?:install(?:ation)?|fitting|work)\b|\bbei den arbeiten\b|\bmonteur\p{L}*|\binstallers?\b|\bcrew\b/iu;
/** "hat meinen Parkettboden zerkratzt", "unsere neue Einfahrt zerkratzt", "scratched our kitchen floor". */
const DAMAGED_DE =
  /\b(?:meinen|meine|mein|unseren|unsere|unser|das|den|die)\s(?:neue[nrs]?\s|frisch\s\p{Ll}+\s)?(\p{Lu}[\p{L}-]{2,30}(?:\s\p{Lu}[\p{Ll}-]{2,30})?)\s(?:\p{L}+\s){0,2}?(?:zerkratzt|verkratzt|beschädigt|beschaedigt|demoliert|kaputt gemacht|ruiniert|gerammt|angefahren|eingedellt|verbeult|verbogen|abgeknickt|eingesaut|versaut|beschmiert|verschmutzt)\b/u;
const DAMAGED_EN =
  /\b(?:scratched|damaged|dented|gouged|marked|ruined|cracked)\s(?:my|our)\s((?:[a-z]+\s)?(?:floor|floors|wall|walls|door|doors|carpet|worktop|kitchen|drive|driveway|fence|car|ceiling|tile|tiles|bathroom|staircase|stairs|skirting|garden|lawn)(?:\s(?:tile|tiles|floor|wall|door))?)\b/iu;
/** "left a bloody mess in my garden and a hole in the fence": what was left behind, said without the swearing. */
const LEFT_EN =
  /\bleft\s(?:a|an|some)\s(?:bloody\s|huge\s|big\s|massive\s)?(mess|hole|dent|scratch|stain|damage)\s(in|on)\s(?:my|our|the)\s(\w+)(?:\s(?:and|plus)\s(?:a|an)\s(?:bloody\s|huge\s|big\s)?(mess|hole|dent|scratch|stain)\s(in|on)\s(?:my|our|the)\s(\w+))?/iu;
/** "tracked mud all through our hallway carpet": dirt the work left, said without blame. */
const TRACKED_EN =
  /\btracked\s(mud|dirt)\s(?:all\s)?(?:through|over|across|into)\s(?:my|our|the)\s((?:[a-z]+\s)?(?:carpet|floor|hallway|house|flat|kitchen|stairs|rug))\b/iu;
function leftBehind(text: string): string | undefined {
  const tracked = TRACKED_EN.exec(text);
  if (tracked?.[1] && tracked[2]) return `${tracked[1].toLowerCase()} on the ${tracked[2].toLowerCase()}`;
  const left = LEFT_EN.exec(text);
  if (!left) return undefined;
  const first = `${left[1]} ${left[2]} the ${left[3]}`;
  return left[4] && left[6] ? `${first} and a ${left[4]} ${left[5]} the ${left[6]}` : first;
}
/**
 * "Your fitter drilled straight through a water pipe", "bohrt beim Anschluss der Außeneinheit die Wasserleitung im
 * Keller an": what the work at their home broke, a pipe or a cable; the damage, not the lateness beside it, is the case.
 */
const DRILLED_EN =
  /\b(?:drilled|drilling|cut|nicked)\s(?:straight\s|right\s)?(?:through|into)\s(?:a|an|the|our|my)\s((?:(?:water|gas|heating|solar|dc|power)\s)?(?:pipe|cable|wire))\b/iu;
const DRILLED_DE =
  /\b(?:bohrt|bohrte|bohrten|angebohrt|durchgebohrt)\b[^.!?]{0,40}?\b(?:die|das|eine|ein|unsere|unser)\s((?:Wasser|Gas|Heizungs|Strom)?(?:leitung|Leitung|kabel|Kabel|rohr|Rohr))\b|\b(?:die|das|eine|ein|unsere|unser)\s((?:Wasser|Gas|Heizungs|Strom)?(?:leitung|Leitung|kabel|Kabel|rohr|Rohr))\s(?:[^.!?]{0,30}?\s)?(?:angebohrt|durchgebohrt)\b/u;
function drilledThrough(text: string): string | undefined {
  const de = DRILLED_DE.exec(text);
  const said = de?.[1] ?? de?.[2];
  if (said) return said.charAt(0).toUpperCase() + said.slice(1);
  return DRILLED_EN.exec(text)?.[1]?.toLowerCase();
}
/** "warte seit vier Wochen auf das Angebot für die Wärmepumpe", "still waiting for my quote". */
const AWAITED_DE =
  /\bwarte\p{L}*\s(?:[\p{L}\d.]+\s){0,4}?auf\s((?:das|den|die|meine|meinen|mein|einen|eine|ein)\s(?:\p{Ll}+\s)?\p{Lu}[\p{L}-]{2,30}(?:\s(?:für|zur|zum|von)\s(?:die|den|das|meine|meinen|meinem|mein|unsere|unseren|unserem|unser)\s\p{Lu}[\p{L}-]{2,30}|\s(?:unserer|unseres|meiner|meines|der|des)\s\p{Lu}[\p{L}-]{2,30})?)/u;
const AWAITED_EN =
  /\bwaiting\s(?:[\w.]+\s){0,4}?for\s((?:the|my|our|an?)\s(?:[a-z]+\s){0,3}?(?:quote|offer|survey|report|certificate|contract|paperwork|documents|confirmation|installation|engineer|visit|credit|payment|decision|invoice|statement|install date|installation date|appointment|maintenance|service visit|repair|technician))\b/iu;
/** "um Rückruf wegen meiner Wärmepumpen-Wartung gebeten", "a callback about my boiler service": the call and its reason. */
const CALL_ABOUT_DE =
  /\b(Rückruf\s(?:wegen|zu|zur|zum|für|bezüglich)\s(?:meiner|meinem|meinen|meine|mein|der|dem|den|die|das|unserer|unserem|unseren)\s(?:\p{Ll}+\s)?\p{Lu}[\p{L}-]{2,40})/u;
const CALL_ABOUT_EN =
  /\b(?:call ?back|call)\s((?:about|regarding|re|for)\s(?:my|the|our)\s[a-z][\w-]{2,30}(?:\s[a-z][\w-]{2,30})?)\b/iu;
/** Work an appointment is for: "Der Zählerwechsel war … angekündigt … auf einen neuen Termin". */
const APPOINTED_WORK =
  /(?<!\p{L})(\p{Lu}\p{Ll}*(?:wechsel|einbau|austausch|anschluss|wartung|installation|montage|reparatur|besichtigung|ablesung|beratung|inbetriebnahme))(?!\p{L})/u;

/** "mein Abschlag … zweimal abgebucht", "my subscription was charged twice": what was charged, as theirs. */
const CHARGED =
  /\b(?:[Mm]ein|[Mm]eine|[Mm]y)\s(Abschlag|Abo|Monatsbeitrag|Beitrag|Jahresbeitrag|subscription|direct debit|instalment|installment|membership|monthly payment)\b/u;
function chargedOf(text: string): Pick<Case, "charged"> {
  const thing = CHARGED.exec(text)?.[1];
  return thing ? { charged: thing } : {};
}

/** "Der Deckel der Vorratsdose war gebrochen", "the handle on my grinder is bent": the part and how it is broken. */
const BROKEN_DE =
  /(?<!\p{L})([Dd]er|[Dd]ie|[Dd]as|[Mm]ein|[Mm]eine)\s(\p{Lu}[\p{L}-]+(?:\s(?:der|des|vom|meiner|meines)\s\p{Lu}[\p{L}-]+)?)\s(war|ist|kam|waren|sind|kamen)\s(?:(?:schon|total|völlig|leider|komplett)\s)?(gebrochen|zerbrochen|kaputt|verbogen|beschädigt|gerissen|undicht|verbeult|zerkratzt|abgebrochen)(?!\p{L})/u;
/** "die große Tasse (die blaue mit dem Logo) hat nen Riss": the thing and its crack. */
const CRACKED_DE =
  /(?<!\p{L})([Dd]er|[Dd]ie|[Dd]as|[Mm]ein|[Mm]eine)\s(?:\p{Ll}+e\s)?(\p{Lu}[\p{L}-]+)\s(?:\([^()]{0,40}\)\s)?(?:hat|hatte)\s(?:einen|nen|'nen)\s(Riss|Sprung)(?!\p{L})/u;
const BROKEN_EN =
  /\b(?:[Tt]he|[Mm]y|[Oo]ur)\s((?:[a-z]+\s){0,2}?[a-z]{3,})\s(was|is|were|are|came|arrived)\s(?:(?:already|completely|totally)\s)?(broken|cracked|bent|damaged|dented|smashed|snapped|torn)\b/u;
/** "the upstairs radiators barely get warm", "die Heizkörper oben werden kaum warm": heat that does not come. */
const COLD_EN =
  /\b(?:[Tt]he|[Mm]y|[Oo]ur)\s((?:[a-z]+\s){0,2}?[a-z]{3,})\s((?:barely|hardly|never|no longer)\s(?:get|gets|got|getting)\s(?:warm|hot))\b/u;
const COLD_DE =
  /(?<!\p{L})([Dd]ie|[Dd]er|[Dd]as)\s(\p{Lu}[\p{L}-]+(?:\s(?:oben|unten|im\s\p{Lu}\p{L}+))?)\s(wird|werden)\s(kaum|nicht mehr|nie)\s(?:richtig\s)?(warm|heiß)(?!\p{L})/u;
/** "der Heizstab springt ständig an", "die Pumpe schaltet dauernd ein": a part that keeps coming on. */
const KICKS_IN_DE =
  /(?<!\p{L})([Dd]ie|[Dd]er|[Dd]as)\s(\p{Lu}[\p{L}-]+)\s(springt|schaltet|geht)\s(ständig|dauernd|andauernd|permanent|immer wieder)\s(an|ein)(?!\p{L})/u;
/** "KK-11400 arrived smashed", "Bestellung KK-11400 kam kaputt an": the order itself, by its number. */
const ORDER_BROKEN_EN =
  /\b([A-Z]{1,4}-\d{3,})\s(?:arrived|came)\s(smashed|broken|damaged|cracked|crushed|torn open)\b/u;
const ORDER_BROKEN_DE =
  /\b([A-Z]{1,4}-\d{3,})\s(?:kam|ist)\s(kaputt|zerbrochen|beschädigt|zerdrückt|aufgerissen)\s(?:an|angekommen)\b/u;
/** "scaffolding has been left in our garden", "das Gerüst steht seit 3 Wochen in unserem Garten": left behind. */
const LEFT_BEHIND_EN =
  /\b(?:[Tt]he\s|[Yy]our\s)?([a-z]{4,}(?:\s[a-z]{4,})?)\s(?:has|have)\sbeen\sleft\s(in|on)\s(?:our|my|the)\s(garden|drive|driveway|yard|lawn|front garden)\b/u;
/**
 * "Das WLAN-Modul der Wärmepumpe verliert ständig die Verbindung", "my inverter keeps shutting down": the thing and
 * the fault as one sentence says them. German moves the verb to the end of the "dass" clause ("ständig die
 * Verbindung verliert", a separable verb joined: "ständig ausfällt").
 */
const DETERMINER_DE = "([Dd]er|[Dd]ie|[Dd]as|[Mm]ein|[Mm]eine|[Uu]nser|[Uu]nsere|[Ee]uer|[Ee]ure)";
const NOUN_DE = "(\\p{Lu}[\\p{L}-]+(?:\\s(?:der|des|vom|meiner|meines|unserer|unseres)\\s\\p{Lu}[\\p{L}-]+)?)";
const THING_DE = `${DETERMINER_DE}\\s${NOUN_DE}\\s`;
/** The thing as THING_DE says it, with an adjective allowed between ("Der neue Zähler"). */
// "lädt seit dem Update nur noch mit 3,7 kW statt 11": a decimal comma ends no clause.
const CLAUSE_DE = new RegExp(
  `(?:^|(?<=[.!?\\n,;:–]\\s{0,2}))(?:(?:nur|aber|doch|leider|jetzt)\\s)?${DETERMINER_DE}\\s((?:\\p{Ll}+e[nrs]?\\s)?)${NOUN_DE}\\s(\\p{Ll}+)\\s((?:[^.!?,;]|(?<=\\d)[.,](?=\\d)){1,80}?)(?=\\s*(?:[!?;]|[.,](?!\\d)|$))`,
  "gu",
);
const THING_EN = "\\b([Tt]he|[Mm]y|[Oo]ur)\\s((?:[a-z]+\\s){0,5}?[a-z]{3,})\\s";
const PARTICLE = /^(?:aus|an|ab|ein|auf|zu|weg|mit|durch|los|nach|um)$/u;
/** A sentence's finite verb ("verliert", "fällt", "ist"), not an adverb that ends the same way ("nicht", "jetzt"). */
const FINITE_DE = /^(?:\p{Ll}+(?:t|en)|ist|war|hat|kam)$/u;
const NOT_FINITE_DE =
  /^(?:nicht|nichts|jetzt|seit|oft|erst|fast|meist|bereits|längst|gut|echt|recht|total|komplett|selten|heute|gestern|morgen|eben|schon|einen|keinen|seinen|ihren|unseren|eigenen|neuen|alten|den|dem|nur|mehr|sehr|immer|wieder|gar|mit|selbst|samt|statt|anstatt|oben|unten|wegen|gegen|zwischen|hinten|vorne|innen|außen|unbedingt|bisher|zuletzt|meistens)$/u;
/** The writer's own stress ("einfach nicht gekommen", "halt kaputt"), not said back. */
const STRESS_DE =
  /^(?:einfach|halt|eben|echt|irgendwie|ja|doch|mal|wirklich|natürlich|total|völlig|komplett|mega|voll)$/u;
const SENTENCE_START = "(?:^|(?<=[.!?\\n]\\s{0,2}))";
/**
 * "Seit der Installation läuft der Heizstab der Wärmepumpe fast durchgehend": the verb before the thing, after what
 * sets the time. Said back only when the rest states a fault.
 */
const INVERTED_DE = new RegExp(
  `${SENTENCE_START}(?:Seit|Seitdem|Nach|Heute|Gestern|Jetzt|Wieder|Schon wieder|Immer noch|Leider|Ständig|Dauernd)\\b[^.!?,]{0,40}?\\s(\\p{Ll}+t)\\s${THING_DE}((?:[\\p{Ll}\\d]+\\s){0,3}[\\p{L}\\d]+)(?=\\s*[.!?,]|$)`,
  "u",
);
const FAULT_SAID =
  /(?<!\p{L})(?:nicht|kein\p{L}*|nie|ständig|dauernd|durchgehend|permanent|andauernd|kaum|ununterbrochen|falsch\p{L}*)(?!\p{L})|(?<![\d,.])0\s?(?:kWh|%|Grad|°)/u;

/** "Ihr Monteur hat beim Einbau … das Abgasrohr nicht richtig abgedichtet": what the work left undone, as passive. */
const WORK_FAULT_DE =
  /(?<!\p{L})(?:[Ii]hr|[Ee]uer|[Dd]er|[Uu]nser|[Dd]ie)\s(?:Monteur|Techniker|Handwerker|Installateur|Elektriker|Kollege|Mitarbeiter)\p{L}*\s(?:hat|haben)\s(?:[^.!?,]{0,60}?\s)?(das|den|die)\s(\p{Lu}[\p{L}-]+)\s(nicht\s(?:richtig|korrekt|fachgerecht|ordentlich|vollständig)\s\p{Ll}+t)(?!\p{L})/u;

const SENSED_EN =
  /(?:^|(?<=[.!?:\n]\s{0,2}))([Tt]he|[Mm]y|[Oo]ur)\s((?:[a-z]+\s){0,2}?[a-z]{3,})(?:\s(?:at|in|from)\s[A-Z][\p{L}-]+)?(?:\s(?:this morning|today|yesterday))?(?:\s\([^)]{0,30}\))?\s((?:smells|smelled|smelt|stinks|tastes|tasted)\s(?:strongly\s)?(?:like|of)\s(?:[a-z]+\s){0,2}?[a-z]+)(?=\s*(?:[.!?,;]|\s(?:since|and|but|ever|like)\b|$))/u;
const NOBODY_DID_DE =
  /(?<![\p{L}])(Der|Die|Das)\s(\p{Lu}[\p{L}-]+)\s(?:[^.!?,]{0,60}?\s)?(?:hat|haben)\s(?:bis heute\s|leider\s|natürlich\s)?(?:keiner|niemand)\s(abgedichtet|verschlossen|repariert|angeschlossen|befestigt|gedämmt|verputzt|zugemacht)(?![\p{L}])/u;

const SAYS_EXPERT_DE =
  /\b(?:sagt|meint|laut|findet|stellte?|hat festgestellt)\s(?:der|die|unser|unsere|mein|meine|dem|der)?\s?(Schornsteinfeger\p{L}*|Gutachter\p{L}*|Sachverständige\p{L}*|Elektriker\p{L}*|Prüfer\p{L}*|Energieberater\p{L}*|Bezirksschornsteinfeger\p{L}*)/u;

/**
 * German moves the verb to the end of a "dass" clause: "verliert ständig die Verbindung" is said back as "ständig die
 * Verbindung verliert", a separable particle joined to it ("fällt ständig aus" → "ständig ausfällt").
 */
function verbLast(told: string, verb: string): string {
  const rest = told.split(/\s+/u).filter((word) => word && !STRESS_DE.test(word));
  const last = rest.at(-1) ?? "";
  const tail = PARTICLE.test(last) ? [...rest.slice(0, -1), last + verb] : [...rest, verb];
  return tail.join(" ");
}

/**
 * "Die Duschen im Studio Lindenau sind seit zwei Wochen nur lauwarm", "Unsere WP 12 ist seit Samstag früh aus": a
 * thing on the premises or of their own in a bad state, where and since when, said back with the verb last ("dass die
 * Duschen im Studio Lindenau seit zwei Wochen nur lauwarm sind", "dass Ihre WP 12 seit Samstag früh aus ist").
 */
const STATE_DE = new RegExp(
  `${SENTENCE_START}(Der|Die|Das|Unsere?|Meine?)\\s(\\p{Lu}[\\p{L}-]+(?:\\s\\d{1,4}[A-Za-z]?(?![\\p{L}\\d]))?(?:\\s(?:im|in der|in|am|bei)\\s\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)?)\\s(ist|sind|war|waren)\\s((?:seit\\s(?:\\p{L}+\\s){1,2}|schon\\s|wieder\\s|ständig\\s|dauernd\\s|immer\\snoch\\s){0,2}(?:nur\\s|total\\s|komplett\\s|völlig\\s|ziemlich\\s|viel\\szu\\s|zu\\s|eiskalt\\sund\\s)?(?:lauwarm|kalt|eiskalt|kaputt|defekt|dreckig|schmutzig|verdreckt|verstopft|gesperrt|überfüllt|laut|undicht|nass|ausgefallen|außer\\sBetrieb|aus))(?=\\s*[.!?,]|$)`,
  "u",
);

/**
 * "The radiators in the loft conversion stay cold", "the outdoor unit of our heat pump is leaking onto the patio",
 * "one of them is badly scratched": a thing of theirs in a bad state, said back as theirs.
 */
const STATE_EN =
  /(?:^|(?<=[.!?:\n–-]\s{0,2})|(?<=\band\s)|(?<=@\w+\s))(?:([Tt]he|[Mm]y|[Oo]ur)\s((?:[a-z-]+\s){0,5}?[a-z-]+)|([Oo]ne of them))\s(is|are|was|were|has been|have been|stay|stays|stayed|keeps|came|arrived)\s((?:badly|really|completely|totally|still|just|always|constantly|only|way too|too|very|so)\s)?(ice cold|cold|lukewarm|leaking|scratched|dented|damaged|broken|loud|noisy|damp|wet|soaked|stale|burnt|expired|cracked|rusty|mouldy|moldy|flooded|blocked|stuck|dirty|filthy)\b((?:\s(?:onto|on to|into|all over|across)\s(?:the|our|my)\s[a-z]+)?)/u;

/**
 * "WP 12 seit Freitag aus.", "Solar drauf, Dach undicht.": a fitted thing and its state, the verb left out; said back
 * with it ("dass die WP 12 seit Freitag aus ist").
 */
const STATE_BARE_DE =
  /(?:^|(?<=[.!?,;\n]\s{0,2}))(WP\s\d{1,3}|Wärmepumpe|Heizung|Therme|Dach|Warmwasser|Solaranlage|PV-Anlage|Wallbox|Wechselrichter|Speicher|Stromspeicher)\s((?:seit\s(?:\p{L}+\s){1,2}|schon\swieder\s|wieder\s)?(?:undicht|aus|kalt|eiskalt|kaputt|defekt|tot))(?=\s*[.!?,;]|\s*\p{Extended_Pictographic}|$)/u;
const NEUTER_THING = /^(?:Dach|Warmwasser)$/u;
const MASCULINE_THING = /^(?:Wechselrichter|Speicher|Stromspeicher)$/u;

const OUR_FIXTURES =
  /^(?:ramp|entrance|toilets?|loos?|bathrooms?|lift|stairs|door|doors|tables?|chairs?|counter|terrace|car park)\b/u;

function statedFault(text: string, words: readonly string[]): string | undefined {
  const english = STATE_EN.exec(text);
  if (english?.[4] && english[6] && !/\b(?:you|they|it)$/u.test(english[2] ?? "")) {
    // "one of them is badly scratched" after "Our solar panels were delivered": one of your solar panels.
    const many = /\b(?:[Oo]ur|[Mm]y|[Tt]he)\s((?:[a-z-]+\s){0,2}[a-z-]+s)\s(?:were|are|arrived|came)\b/u.exec(
      text,
    )?.[1];
    const noun = (english[2] ?? "").replace(/\b(?:our|my)\s/gu, "your ");
    // "The ramp at the entrance was blocked": a part of our premises is ours, not theirs.
    const premises = /^[Tt]he$/u.test(english[1] ?? "") && OUR_FIXTURES.test(noun);
    const owner = english[3]
      ? `one of ${many ? `your ${many}` : "them"}`
      : /\sof\syour\s/u.test(noun) || premises
        ? `the ${noun}`
        : `your ${noun}`;
    return `${owner} ${english[4]} ${english[5] ?? ""}${english[6]}${english[7] ?? ""}`.replace(/\s+/gu, " ").trim();
  }
  const state = STATE_DE.exec(text);
  if (
    state?.[1] &&
    state[2] &&
    state[3] &&
    state[4] &&
    // "ist seit Samstag früh aus": the complaint said the whole state.
    words.some((word) => state[4]?.includes(word.split(/\s+/u)[0] ?? "") || word.includes(state[4] ?? "\u0000"))
  )
    return `${state[1].toLowerCase()} ${state[2]} ${state[4]} ${state[3]}`;
  const bare = STATE_BARE_DE.exec(text);
  if (bare?.[1] && bare[2] && words.some((word) => bare[2]?.includes(word.split(/\s+/u).at(-1) ?? "\u0000"))) {
    const article = NEUTER_THING.test(bare[1]) ? "das" : MASCULINE_THING.test(bare[1]) ? "der" : "die";
    return `${article} ${bare[1]} ${bare[2]} ist`;
  }
  // "Die Kernbohrung durch die Kellerwand … hat keiner abgedichtet": the work nobody did, as passive.
  const undone = NOBODY_DID_DE.exec(text);
  if (undone?.[1] && undone[2] && undone[3]) return `${undone[1].toLowerCase()} ${undone[2]} nicht ${undone[3]} wurde`;
  const work = WORK_FAULT_DE.exec(text);
  if (work?.[1] && work[2] && work[3]) {
    // "…, sagt der Schornsteinfeger": who found it is said, so the reply reports and does not admit.
    const found = SAYS_EXPERT_DE.exec(text)?.[1];
    return `${found ? `laut ${found} ` : ""}${work[1] === "den" ? "der" : work[1]} ${work[2]} ${work[3]} wurde`;
  }
  const inverted = INVERTED_DE.exec(text);
  if (inverted?.[1] && inverted[4] && FAULT_SAID.test(inverted[4]) && !NOT_FINITE_DE.test(inverted[1])) {
    return `${inverted[2]?.toLowerCase()} ${inverted[3]} ${verbLast(inverted[4], inverted[1])}`;
  }
  // "Das WLAN-Modul … verliert ständig die Verbindung", ", der neue Zähler läuft doppelt so schnell wie der alte!":
  // a clause that opens with the thing and its verb and holds the fault. A unit and a verb's particle may close it
  // ("zeigt … nur noch 0 % an").
  for (const clause of text.matchAll(CLAUSE_DE)) {
    const [, article = "", adjective = "", thing = "", verb = "", told = ""] = clause;
    const said = `${verb} ${told}`;
    if (!FINITE_DE.test(verb) || NOT_FINITE_DE.test(verb) || told.split(/\s+/u).length > 9) continue;
    // "zeigt einen Fehler an und lädt nicht mehr": two clauses joined; one verb moved to the end would garble them.
    if (/\s(?:und|oder|aber|sondern|dann|weil|obwohl|wenn)\s/u.test(` ${told} `)) continue;
    if (!words.some((phrase) => phrase.split(/\s+/u).length >= 2 && said.includes(phrase))) continue;
    if (/gekommen|erschienen|aufgetaucht/u.test(said)) continue;
    // "eure beschissene website lädt … nicht": the swear word is theirs, never said back of our own thing.
    const kept = SWORN_AT.test(adjective) ? "" : adjective;
    return `${article.toLowerCase()} ${kept}${thing} ${verbLast(told, verb)}`;
  }
  // "Our hot water smells like rotten eggs since …", "my chai latte … tasted strongly of dish soap": how it smelled
  // or tasted, said back to the clause's end.
  const sensed = SENSED_EN.exec(text);
  if (sensed?.[1] && sensed[2] && sensed[3] && words.some((phrase) => /smell|stink|tast/iu.test(phrase)))
    return `${sensed[1].toLowerCase()} ${sensed[2]} ${sensed[3]}`;
  for (const phrase of words) {
    const said = phrase.trim().split(/\s+/u);
    // A visit nobody kept has its own words ("zum vereinbarten Termin niemand gekommen").
    if (
      said.length < 2 ||
      said.length > 8 ||
      /gekommen|erschienen|aufgetaucht|turn(?:ed)? up|show(?:ed)? up/u.test(phrase)
    )
      continue;
    // The cheap test first: only a phrase that opens with such a verb is worth an expression of its own.
    if (!/^(?:keeps|kept|is|was|has|won't|doesn't|didn't|isn't|stopped|stops)$/u.test(said[0] ?? "")) continue;
    const english = new RegExp(`${SENTENCE_START}${THING_EN}${escapeRegExp(phrase)}(?=\\s*(?:[.!?,]|$))`, "u").exec(
      text,
    );
    if (english) return `${english[1]?.toLowerCase()} ${english[2]} ${phrase}`;
  }
  // "I can't unenroll from the Minecraft Bedrock Beta, …": what they cannot do, said back to the clause's end.
  const cannot = CANNOT_EN.exec(text)?.[1];
  const verb = cannot?.split(" ")[0] ?? "";
  if (cannot && words.some((phrase) => /^(?:can['’]?t|cannot|can not)\s/iu.test(phrase) && phrase.includes(verb)))
    return `you can't ${cannot}`;
  return undefined;
}
/** "I can't unenroll from the beta, …": what the writer cannot do, to the end of its clause. */
const CANNOT_EN =
  /(?:^|(?<=[.!?]\s{1,2})|(?<=@\w+\s))(?:I|We)\s(?:can['’]?t|cannot|can not)\s((?!(?:believe|imagine|wait|stand|understand|tell|say|help|stop|seem|even|afford|figure|find)\b)[a-z-]{3,}(?:\s[\p{L}\d'’-]+){0,6}?)(?=\s*(?:[,.!?;]|$))/u;

/** The fault as one clause of the comment says it, when no more telling reading names it. */
function statedOf(text: string, words: readonly string[]): Pick<Case, "stated"> {
  const stated = statedFault(text, words);
  return stated ? { stated } : {};
}

/** "your installer left a pile of rubble in our front garden": what was left, and where. */
const LEFT_A_MESS_EN =
  /\bleft\s((?:a\s(?:pile|heap|load|mountain)\sof\s)?(?:rubble|mess|debris|dirt|scaffolding|cables|boxes|packaging|waste))\s(in|on|all over)\s(?:our|my|the)\s((?:front\s|back\s)?(?:garden|drive|driveway|yard|lawn|floor|kitchen|hallway|loft))\b/iu;
/** "meter swap appointment cancelled the morning of", "Der Termin für den Zählertausch wurde abgesagt". */
const APPOINTMENT_CANCELLED_EN =
  /\b((?:[a-z]+\s){0,2})appointment\s(?:was\s|got\s|has been\s)?(cancelled|canceled|moved|rescheduled)\b/iu;
function crackedOf(text: string): Pick<Case, "broken"> {
  const cracked = CRACKED_DE.exec(text);
  return cracked ? { broken: `${cracked[1]?.toLowerCase()} ${cracked[2]} einen ${cracked[3]} hat` } : {};
}

/** "left cable ties, foil and a cover panel lying in the garden": what was left, and where. */
const LEFT_LYING_EN =
  /\bleft\s((?:[a-z-]+\s){0,3}[a-z-]+(?:,\s(?:[a-z-]+\s){0,3}[a-z-]+){0,3}(?:,?\sand\s(?:an?\s|the\s)?(?:[a-z-]+\s){0,3}[a-z-]+)?)\slying\s(?:around\s)?(in|on|all over)\s(?:our|my|the)\s((?:front\s|back\s)?[a-z]+)\b/iu;

function brokenOf(text: string): Pick<Case, "broken"> {
  const lying = LEFT_LYING_EN.exec(text);
  if (lying)
    return {
      broken: `${lying[1]} ${/,|\sand\s|s$/u.test(lying[1] ?? "") ? "were" : "was"} left lying ${lying[2]} your ${lying[3]}`,
    };
  const cancelled = APPOINTMENT_CANCELLED_EN.exec(text);
  if (cancelled)
    return {
      broken: `your ${(cancelled[1] ?? "").replace(/^(?:my|the|our|your)\s/iu, "").toLowerCase()}appointment was ${cancelled[2]?.toLowerCase()}${/second|third|again/iu.test(text) ? " again" : ""}`,
    };
  const mess = LEFT_A_MESS_EN.exec(text);
  if (mess) return { broken: `${mess[1]?.replace(/^a\s/iu, "a ")} was left ${mess[2]} your ${mess[3]}` };
  const left = LEFT_BEHIND_EN.exec(text);
  if (left)
    return {
      broken: `the ${left[1]} ${/s$/u.test(left[1] ?? "") ? "have" : "has"} been left ${left[2]} your ${left[3]}`,
    };
  const order = ORDER_BROKEN_EN.exec(text);
  if (order) return { broken: `your order ${order[1]} arrived ${order[2]}` };
  const bestellung = ORDER_BROKEN_DE.exec(text);
  if (bestellung) return { broken: `meine Bestellung ${bestellung[1]} ${bestellung[2]} ankam` };
  const cold = COLD_EN.exec(text);
  if (cold) return { broken: `the ${cold[1]} ${cold[2]}` };
  const kalt = COLD_DE.exec(text);
  if (kalt) return { broken: `${kalt[1]?.toLowerCase()} ${kalt[2]} ${kalt[4]} ${kalt[5]} ${kalt[3]}` };
  const kicks = KICKS_IN_DE.exec(text);
  if (kicks) return { broken: `${kicks[1]?.toLowerCase()} ${kicks[2]} ${kicks[4]} ${kicks[5]}${kicks[3]}` };
  const cracked = crackedOf(text);
  if (cracked.broken) return cracked;
  const de = BROKEN_DE.exec(text);
  if (de) {
    const [, article = "", thing = "", verb = "", state = ""] = de;
    const said = verb === "kam" || verb === "kamen" ? `${state} an${verb}` : `${state} ${verb}`;
    return { broken: `${article.toLowerCase()} ${thing} ${said}` };
  }
  const en = BROKEN_EN.exec(text);
  if (!en) return {};
  const [, thing = "", verb = "", state = ""] = en;
  return { broken: `the ${thing} ${verb} ${state}` };
}

/** "Wann wird die Gutschrift endlich überwiesen?": the money owed back, in their word (all feminine in German). */
const OWED_AS =
  /(?<!\p{L})(Einspeisevergütung|Gutschrift|Rückzahlung|Auszahlung|Rückerstattung|credit|reimbursement)(?!\p{L})/iu;
/** A bonus promised to a new customer: "Neukundenbonus", "Wechselbonus", "sign-up bonus". */
const BONUS =
  /(?<!\p{L})(Neukundenbonus|Wechselbonus|Treuebonus|Bonus(?=\s(?:für|fuer|von))|(?:sign-up|signup|welcome|switching|referral|loyalty) bonus)(?!\p{L})/iu;
function bonusOf(text: string): Pick<Case, "owedAs"> {
  const word = BONUS.exec(text)?.[1];
  return word
    ? { owedAs: /^\p{Lu}/u.test(word) && /bonus$/iu.test(word) && !/\s/u.test(word) ? word : word.toLowerCase() }
    : {};
}

function owedAsOf(text: string): Pick<Case, "owedAs"> {
  const word = OWED_AS.exec(text)?.[1];
  if (!word) return {};
  return { owedAs: /^[A-ZÄÖÜ]/u.test(word) && !/^(?:Credit|Reimbursement)$/u.test(word) ? word : word.toLowerCase() };
}

const REQUESTED_EN =
  /\b(?:asked for|requested|booked)\s(?:a|an)\s((?:[a-z]+\s){0,2}(?:quote|survey|site visit|callback|consultation))\b/iu;
const REQUESTED_DE =
  /\b(?:ein|das)\s(Angebot(?:\sfür\s(?:eine|einen|ein|die|den|das|unsere|unseren|unser|meine|meinen|mein)\s\p{Lu}[\p{L}-]{2,30})?)\s(?:\p{L}+\s){0,4}?(?:angefragt|angefordert|bestellt)\b/u;
/** "Der Monteur war für 8–12 Uhr angekündigt …", "The engineer was due at 9": who was to come. */
const VISITOR_DUE_DE =
  /(?<!\p{L})(?:[Dd]er|[Dd]ie|[Uu]nser|[Uu]nsere|[Ii]hr|[Ii]hre|[Ee]uer|[Ee]ure)\s(Monteur|Monteurin|Techniker|Technikerin|Handwerker|Installateur|Installateurin|Elektriker|Elektrikerin|Servicetechniker|Servicetechnikerin)(?!\p{L})[^.!?]{0,60}(?:angekündigt|angekuendigt|sollte|kommen wollte)|(?<!\p{L})(?:Monteur|Techniker|Handwerker|Installateur|Elektriker)\s(?:kam|kamen|ist|sind)\s(?:nicht|nie)\b/u;
const VISITOR_DUE_EN =
  /(?:\b(?:[Tt]he|[Yy]our|[Oo]ur)\s|^|(?<=[.!?]\s))(engineer|technician|fitter|installer|electrician)\b[^.!?]{0,60}\b(?:due|supposed to|booked|scheduled|meant to)\b/u;
/** "Our school's heat pump was supposed to be commissioned on 15 November": the work they wait for, on what. */
const SUPPOSED_WORK_EN =
  /\b(?:[Oo]ur|[Mm]y|[Tt]he)\s((?:[a-z]+'s\s)?[a-z]+(?:\s[a-z]+)?)\s(?:was|were)\s(?:supposed|meant|due)\sto\sbe\s(commissioned|installed|fitted|connected|replaced|repaired|serviced)\b/u;
const WORK_NOUN: Record<string, string> = {
  commissioned: "commissioning",
  installed: "installation",
  fitted: "fitting",
  connected: "connection",
  replaced: "replacement",
  repaired: "repair",
  serviced: "service",
};
/** "die Inbetriebnahme wird immer wieder verschoben", "the installation keeps getting postponed": work put off. */
const PUT_OFF_DE =
  /(?<!\p{L})(?:[Dd]ie|[Dd]er|[Dd]as|[Uu]nsere|[Uu]nser|[Mm]eine|[Mm]ein)\s(\p{Lu}\p{Ll}*(?:inbetriebnahme|montage|installation|einbau|anschluss|wechsel|liefertermin|beratung|besichtigung)|Inbetriebnahme|Montage|Installation|Einbau|Anschluss|Liefertermin|Beratung|Besichtigung)\s(?:\p{L}+\s){0,6}(?:verschoben|abgesagt)(?!\p{L})/u;
const PUT_OFF_EN =
  /\b(?:[Tt]he|[Mm]y|[Oo]ur)\s((?:[a-z]+\s){0,2}(?:installation|install|fitting|commissioning|connection|appointment))\s(?:\p{L}+\s){0,3}(?:postponed|rescheduled|cancelled|canceled|pushed back)\b/u;
function putOffOf(text: string): Pick<Case, "awaited"> {
  const putOff = PUT_OFF_DE.exec(text)?.[1];
  if (putOff) return { awaited: `${/(?:ung|tion|age|nahme)$/u.test(putOff) ? "die" : "den"} ${putOff}` };
  const postponed = PUT_OFF_EN.exec(text)?.[1];
  return postponed ? { awaited: `the ${postponed}` } : {};
}

/** "Meine Ratenzahlung für die Solaranlage wurde abgelehnt", "my payment plan was turned down": their request refused. */
const REJECTED_DE =
  /(?<!\p{L})(?:[Mm]eine|[Mm]ein|[Uu]nsere|[Uu]nser)\s(\p{Lu}\p{Ll}{3,})(?:\s[^.!?]{0,50}?)?\s(?:wurde|wurden|wird)\s(?:\p{Ll}+\s){0,3}abgelehnt(?!\p{L})/u;
const REJECTED_EN =
  /\b(?:[Mm]y|[Oo]ur)\s((?:[a-z]+\s){0,2}(?:application|request|plan|claim|loan|financing|finance|grant))(?:\s(?:for|to)\s[^.!?]{1,30}?)?\s(?:was|got|has been|have been)\s(?:\p{L}+\s){0,2}?(?:rejected|declined|refused|turned down)\b/u;
function rejectedOf(text: string): Pick<Case, "rejected"> {
  const rejected = REJECTED_DE.exec(text)?.[1] ?? REJECTED_EN.exec(text)?.[1];
  return rejected ? { rejected } : {};
}

function awaitedOf(text: string): Pick<Case, "awaited"> {
  const putOff = putOffOf(text);
  if (putOff.awaited) return putOff;
  const due = SUPPOSED_WORK_EN.exec(text);
  if (due?.[1] && due[2]) return { awaited: `the ${WORK_NOUN[due[2]] ?? due[2]} of my ${due[1]}` };
  const call = CALL_ABOUT_DE.exec(text)?.[1] ?? CALL_ABOUT_EN.exec(text)?.[1];
  if (call) return { awaited: /^rückruf/iu.test(call) ? call : `call ${call}` };
  // "Asked for a heat pump quote three weeks ago", "Angebot für eine Wärmepumpe angefragt": what was asked for.
  const asked = REQUESTED_EN.exec(text)?.[1];
  if (asked) return { awaited: `my ${asked}` };
  const angefragt = REQUESTED_DE.exec(text)?.[1];
  if (angefragt) return { awaited: `mein ${angefragt}` };
  const visitor = VISITOR_DUE_DE.exec(text)?.[1];
  if (visitor) return { awaited: `${/in$/u.test(visitor) ? "die" : "den"} ${visitor}` };
  const engineer = VISITOR_DUE_EN.exec(text)?.[1];
  if (engineer) return { awaited: `the ${engineer}` };
  // "my heat pump quote … 11 weeks now – still no number": what is still not there, named as theirs.
  const stillNo = STILL_NO.test(text) ? OWN_QUOTE_EN.exec(text)?.[1] : undefined;
  if (stillNo) return { awaited: `the ${stillNo}` };
  // "bought a digital gift card … paid, never got the email": the mail that never came.
  const never = NEVER_GOT_EN.exec(text)?.[1];
  if (never) return { awaited: `the ${never}` };
  const found = AWAITED_DE.exec(text)?.[1] ?? AWAITED_EN.exec(text)?.[1];
  // A call back is said by the clause itself ("unseren Rückruf").
  if (!found || /rückruf|rueckruf|antwort|call|reply|answer/iu.test(found)) return {};
  // "auf einen neuen Termin" for the meter change named before: the appointment and what it is for.
  const work = /\bTermin$/u.test(found) ? APPOINTED_WORK.exec(text)?.[1] : undefined;
  if (!work) return { awaited: found };
  const article = /(?:ung|tion|age|tur|nahme)$/u.test(work) ? "die" : "den";
  return { awaited: `${found} für ${article} ${work}` };
}
const NEVER_GOT_EN =
  /\b(?:never|still haven't|still have not|haven't|have not|didn't|did not)\s(?:got|gotten|received|get|receive)\s(?:the|my|an?|any)\s((?:[a-z-]+\s){0,2}?(?:email|e-mail|confirmation|code|link|voucher|invoice))\b/u;
const STILL_NO = /\bstill no(?:thing)?\b/iu;
const OWN_QUOTE_EN = /\b(?:my|our)\s((?:[a-z]+\s){0,2}(?:quote|offer|survey report|contract|paperwork))\b/iu;
/** "Kuhmilch statt Hafermilch bekommen", "gave me regular milk instead of oat". */
const SWAPPED_DE =
  /(?<!\p{L})(\p{L}[\p{L}-]{2,30})\s(?:statt|anstatt)\s(\p{L}[\p{L}-]{2,30})\s(?:bekommen|bekam|erhalten|serviert|gebracht|geliefert)(?!\p{L})/u;
const SWAPPED_EN =
  /\b(?:got|gave me|given|served(?: me)?|brought(?: me)?|sent(?: me)?|received|came with|arrived with|contained)\s(?:an?\s|the\s|some\s)?([\p{L}-]{3,20}(?:\s[\p{L}-]{3,20})?)\sinstead of\s(?:an?\s|the\s|my\s)?([\p{L}-]{3,20}(?:\s[\p{L}-]{3,20})?)\b/iu;

/** "extra Hafermilch bestellt und Kuhmilch bekommen": what was asked for first, what came second. */
const ASKED_GOT_DE =
  /(?<!\p{L})(?:(?:extra|ausdrücklich|ausdruecklich)\s)?(?:einen\s|eine\s|ein\s)?((?:(?:ganze|ganzen|ganzer)\s)?\p{Lu}[\p{L}-]{2,30}(?:\s\p{Lu}[\p{L}-]{1,30}){0,2}|\p{Ll}[\p{L}-]{2,30}(?:\s\p{Ll}[\p{L}-]{2,30}){0,2})\s(?:bestellt|gewünscht|verlangt)(?:,|\sund)\s(?:ihr\shabt\s|du\shast\s|dann\s|stattdessen\s)?(?:mir\s)?(?:\d+\s?x\s|\d+\s?mal\s|zweimal\s|dreimal\s)?(?:einen\s|eine\s|ein\s)?(\p{L}[\p{L}-]{2,30})\s(?:bekommen|bekam|gekriegt|erhalten|serviert|reingemacht|reingetan|gegeben|geschickt|gebracht)(?!\p{L})/u;
/** "hab n Hafer Flat White bestellt und n normalen mit Kuhmilch jekriegt": the drink named loosely, what it was made
 * with instead. */
const ASKED_GOT_LOOSE_DE =
  /(?<!\p{L})(?:n|nen|einen|eine|ein)\s(\p{Lu}[\p{L}-]{2,30})(?:\s\p{Lu}[\p{L}-]{2,30}){1,2}\sbestellt\s(?:und|,)\s(?:(?:n|nen|einen|eine|ein)\s)?(?:\p{Ll}+\s)?(?:mit\s)?(\p{Lu}[\p{L}-]{2,30})\s(?:bekommen|bekam|gekriegt|jekriegt|erhalten|serviert)(?!\p{L})/u;
/** "Ich sag extra HAFER, krieg trotzdem Kuhmilch": what was asked for on purpose, and what came all the same. */
const EXTRA_YET_DE =
  /(?<!\p{L})extra\s(\p{L}[\p{L}-]{2,30})[,\s]+(?:und\s)?(?:krieg\p{L}*|bekomm\p{L}*|bekam|gab es|gibt's)\s(?:(?:aber|dann)\s)?(?:trotzdem|dennoch)\s(\p{L}[\p{L}-]{2,30})/u;
/** "Asked for oat milk twice and still got cow's milk", "Ordered an oat milk latte in Hamburg and clearly got dairy", "ordered the decaf from your online shop and got regular coffee instead", "Asked for oat milk at Altona, clearly got dairy", "arrived as whole beans even though I picked ground". */
const ASKED_GOT_EN =
  /\b(?:[Oo]rdered|[Aa]sked for)\s(?:an?\s|the\s|my\s)?(?:\d{1,3}\s(?:cartons?|bags?|packs?|bottles?|boxes?|tins?)\sof\s(?:the\s)?)?([A-Za-z][a-z]+(?:\s(?:[a-z]+|[A-Z]{2,3}\b|\d{1,2}(?=\s(?:pack|x)\b))){0,3}?)(?:\s(?:in|at|from)\s[A-Z][\p{L}-]+|\s(?:from|on|in|at)\s(?:your|the|our)\s(?:online\s)?(?:shop|store|website|site|app))?(?:\s(?:and|but)\s(?:clearly\s|instead\s|still\s|then\s)?(?:got|received|was given|was served)|,\s(?:but\s)?(?:clearly\s|instead\s|still\s|then\s)?got)\s(?!(?:charged|billed|told|refunded|sent|stuck|lost|cancell?ed|delayed|nothing|no|an? (?:email|e-mail|message|call|text|reply))\b)(?:an?\s|the\s|some\s)?(?:\d{1,3}\s(?:cartons?|bags?|packs?|bottles?|boxes?|tins?)\sof\s)?([a-z]+(?:'s)?(?:\s(?!(?:and|but|instead|which|so|now)\b)[a-z]+)?)\b/u;
const CAME_AS_EN =
  /\b(?:arrived|came)\sas\s([a-z]+(?:\s[a-z]+)?)\s(?:even though|although|though|when)\s(?:I|we)\s(?:picked|chose|ordered|selected|asked for)\s([a-z]+(?:\s(?!(?:for|in|at|to|from|and|but|because|with)\b)[a-z]+)?)\b/u;

/** "Even though I asked for skimmed milk, the barista in Kreuzberg poured whole milk". */
const ASKED_FOR_EN =
  /\b(?:even though|although|though)\s(?:I|we)\s(?:asked for|ordered|picked|chose)\s([a-z]+(?:\s[a-z]+)?),?\s[^.!?]{0,40}?\b(?:poured|gave (?:me|us)|served(?: me| us)?|made(?: me| us)?|brought(?: me| us)?|sent(?: me| us)?)\s(?:an?\s|the\s|some\s)?([a-z]+(?:\s(?!(?:for|in|at|to|from|and|but|instead)\b)[a-z]+)?)\b/u;

/** "was meant to be oat milk subscription, got 4 cartons of almond instead". */
const MEANT_GOT_EN =
  /\b(?:was meant to be|should have been|was supposed to be)\s(?:an?\s|the\s|my\s)?([a-z]+(?:\s[a-z]+)?)\b[^.!?]{0,40}?\bgot\s(?:\d+\s)?(?:[a-z]+\sof\s)?([a-z]+(?:\s[a-z]+)?)\s+instead\b/u;

function swappedOf(text: string): Pick<Case, "swapped"> {
  const swapped = swappedIn(text);
  // "… für unsere Mitarbeiter bestellt, bezahlt ist alles, angekommen ist NIX": nothing came, nothing else instead.
  return swapped.swapped && NOTHING.test(swapped.swapped.got) ? {} : swapped;
}
const NOTHING = /^(?:nix|nichts|nothing|none|nada|kein\p{L}*|no)$/iu;

function swappedIn(text: string): Pick<Case, "swapped"> {
  const meant = MEANT_GOT_EN.exec(text);
  if (meant?.[1] && meant[2]) return { swapped: { got: meant[2], wanted: meant[1] } };
  const match = SWAPPED_DE.exec(text) ?? SWAPPED_EN.exec(text) ?? CAME_AS_EN.exec(text);
  const askedFor = ASKED_FOR_EN.exec(text);
  if (!match && askedFor?.[1] && askedFor[2]) return { swapped: { got: askedFor[2], wanted: askedFor[1] } };
  if (match?.[1] && match[2]) return { swapped: { got: match[1], wanted: match[2] } };
  const german = ASKED_GOT_DE.exec(text) ?? ASKED_GOT_LOOSE_DE.exec(text) ?? EXTRA_YET_DE.exec(text);
  const asked = german ?? ASKED_GOT_EN.exec(text);
  // "HAFER" shouted is said as a word: "Hafer"; "hafer flat white" typed in small letters as German writes nouns.
  const said = (word: string) =>
    /^\p{Lu}{3,}$/u.test(word)
      ? word.charAt(0) + word.slice(1).toLowerCase()
      : german
        ? // "ganze Bohnen", "gemahlen": an adjective or a participle keeps its small letter.
          word.replace(/(?<![\p{L}-])(?!ganze[nr]?\s|ge\p{Ll}+(?:en|t)(?!\p{L}))\p{Ll}/gu, (letter) =>
            letter.toUpperCase(),
          )
        : word;
  // "oat milk twice": how often they asked is no part of what they asked for.
  const wanted = asked?.[1]?.replace(/\s(?:twice|again|specifically)$/u, "");
  if (wanted && asked?.[2]) return { swapped: { got: said(asked[2]), wanted: said(wanted) } };
  const chosen = chosenAndGot(text);
  return chosen ? { swapped: { got: chosen.got, wanted: chosen.chosen } } : {};
}

/** "euer Newsletter-Code KAFFEE15 geht nicht", "discount code WINTER10": the code, in capitals as printed. */
const DISCOUNT_CODE =
  /\b(?:(?:newsletter|rabatt|gutschein|promo|discount|voucher)[- ]?code|code)\s?[:"„“]?\s?([A-Z][A-Z0-9-]{3,19})(?![\p{L}\d])/iu;

function discountCodeOf(text: string): Pick<Case, "discountCode"> {
  const code = DISCOUNT_CODE.exec(text)?.[1];
  return code && /\d/u.test(code) && code === code.toUpperCase() ? { discountCode: code } : {};
}

/** "rude to me on the phone", "hat mich am Telefon angeschnauzt", "im Chat abgewimmelt". */
function channelOf(text: string): Pick<Case, "channel"> {
  if (
    /(?<!\p{L})(?:on the phone|phone call|over the phone|hung up|hotline|helpline|phone line|am telefon|telefonat|angerufen|aufgelegt|callcenter|call centre|call center)(?!\p{L})/iu.test(
      text,
    )
  )
    return { channel: "phone" };
  if (/(?<!\p{L})(?:live chat|im chat|in the chat|chat)(?!\p{L})/iu.test(text)) return { channel: "chat" };
  return {};
}

/** "Version 5.2.1", "v4.8.0", "App-Version 3.1". */
const VERSION = /\b(?:(?:App-)?Version|version|v)\s?\d+(?:\.\d+){1,3}\b/u;
/**
 * "Bitte löschen Sie mein Konto", "Kündigt bitte meine Mitgliedschaft", "cancel my subscription", "löschen Sie alle
 * meine Daten gemäß DSGVO": their own.
 */
const LEAVING =
  /\b(?:(?:löschen|kündigen|schließen|beenden|löscht|kündigt|schließt|beendet)\s+(?:Sie\s+|ihr\s+)?(?:bitte\s+)?(?:mein(?:en|e)?|unser(?:en|e)?)\s+(Kundenkonto|Konto|Account|Vertrag|Abonnement|Abo|Mitgliedschaft|Profil)|(?:möchte|will|würde gern|wollen|möchten)\s+(?:mein(?:en|e)?|unser(?:en|e)?)\s+(Kundenkonto|Konto|Account|Vertrag|Abonnement|Abo|Mitgliedschaft|Profil)\s+(?:löschen|kündigen|schließen|beenden)|(?:delete|close|cancel|terminate|end)\s+(?:my|our)\s+(account|subscription|contract|membership|profile|plan)|(?:löschen|löscht|entfernen|entfernt)\s+(?:Sie\s+|ihr\s+)?(?:bitte\s+)?(?:alle\s+)?(?:mein(?:e)?|unsere)\s+(?:persönlichen\s+|personenbezogenen\s+|gespeicherten\s+)?(Daten)|(?:delete|erase|remove)\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:personal\s+|stored\s+)?(data))\b/iu;
const NOTICE_DE =
  /\b(?:ich\s+kündige|kündige\s+ich)\s+(?:hiermit\s+)?(?:fristgerecht\s+|ordentlich\s+)?(?:zum|zu\s+dem|hiermit|fristgerecht|ordentlich|sofort|jetzt)\b/iu;
/** Notice given before: "gekündigt", "Kündigung per Einschreiben am 12. August geschickt". */
const NOTICE_GIVEN =
  /\b(?:gekündigt|gekuendigt|Kündigung\s(?:[\p{L}\d.]+\s){0,6}(?:geschickt|abgeschickt|geschrieben|eingereicht|eingeworfen|bestätigt|abgegeben))(?!\p{L})/iu;
const NOTICE_EN = /\bI(?:'m|\s+am)\s+(?:hereby\s+)?cancell?ing\s+(?:with\s+effect|effective|as\s+of|from)\b/iu;
/** The phone or system a commenter uses. */
const DEVICE =
  /\b(?:iPhone(?: \d{1,2}(?: Pro| Plus| Max)?)?|iPad|Pixel \d{1,2}a?|(?:Samsung )?Galaxy [A-Z]?\d{1,3}\w?|Samsung [A-Z]\d{1,3}\w*|OnePlus \d{1,2}\w*|Motorola \w+|Android(?: \d{1,2})?|iOS(?: \d{1,2}(?:\.\d)?)?|Huawei \w+|Xiaomi \w+)\b/iu;
/** "Fehler E212", "error code E305", "Code 0x80070005", "im Display steht E41". */
const ERROR =
  /\b(?:Fehler(?:code|meldung)?|Störung|error(?: code)?|code)\s+([A-Z]\s\d{2,5}(?!\d|[.,]\d)|[A-Z]{0,3}-?\d{2,5}[A-Z]?|0x[0-9A-F]{4,8})\b|\b(?:zeigt|zeigte|meldet|shows|showing|displays|showing|(?:display|anzeige|screen)\s(?:steht|stand|says))\s+(?:(?:jetzt|seit|heute|gestern|früh|morgens|abends|nur|wieder|immer|den|the|an?)\s+){0,4}["„“'‚‘]?([A-Z]{1,3}[- ]?\d{2,5})\b|(?:(?<![\p{L}\d])'|["„“‚‘])([A-Z]{1,3}-\d{2,5})(?:'(?!\p{L})|["“”‘’])|\b(?:getting|get|got|gives|bekomme|krieg\p{L}*|kommt|nur)\s(?:(?:a|an|einen|ne|nen|immer|jedes mal|every time)\s)?([45]0\d)(?!\s?(?:€|eur|euro|kwh|km|g\b|ml|min|mal|x\b))\b|(?<![\p{L}\d-])(\p{Lu}{1,2}-?\d{3,4})(?=\s+(?:im|auf dem|in der|on the|in the)\s+(?:Display|Anzeige|App|screen|display)\b)|\b(?:zeigt|zeigte|shows|showing)\s(?:[^.!?\n]|\.(?=\s[a-zäöü])){0,40}?\s(E-?\d{2,4})\b/giu;
/**
 * What a display or an app shows, quoted: 'im Display steht „Verdichter gesperrt“', "zeigt der Wechselrichter morgens
 * „Isolationsfehler“", "showing 'Grid fault'", "flashes COMM ERROR". Not what people say ('die Hotline sagt „kommt
 * nächste Woche“'): "sagt" only after a display.
 */
const SHOWN =
  /\b(?:zeigt|zeigte|meldet|meldete|showing|shows|showed|displays|flashes|flashing|reads)\s(?:[^"„“'‚‘.,;!?\n]|(?<=\d)\.){0,45}?(?:(?<![\p{L}\d])'|["„“‚‘])([^"„“”'‚‘’\n]{3,30})(?:'(?!\p{L})|["“”‘’])|\b(?:[Dd]isplay|[Aa]nzeige|[Pp]ortal|[Ss]creen|[Aa]pp|battery|[Bb]atterie|[Ss]peicher|inverter|[Ww]echselrichter|[Ww]ärmepumpe|heat pump|meter|[Zz]ähler)\b[^.,;!?\n]{0,25}?\b(?:steht|stand|sagt|says|saying|shows)\s(?:(?<![\p{L}\d])'|["„“‚‘])([^"„“”'‚‘’\n]{3,30})(?:'(?!\p{L})|["“”‘’])|\b(?:flashes|flashing|shows|showing|zeigt)\s((?:[A-Z]{2,}\s)?[A-Z]{3,}(?:\s[A-Z]{3,})?)\b/u;

const RATE =
  /\d\s?(?:€|£|\$|euro|eur|kwh|kw|liters?|litres?|l|m³|cups?|tassen?)?\s*(?:a|an|per|pro|im|je)\s+(?:day|month|week|year|tag|monat|woche|jahr)\b/iu;

/** A date or duration from the start of a sentence reads as one inside a reply: "Seit Januar" → "seit Januar". */
const LEADING_WORD =
  /^(?:Seit|Vor|Am|Vom|Bis|Nach|Über|Fast|Knapp|Mehr|Im|Letzten|Letzte|Letzter|Diesen|Vergangenen|Vergangene|Vorgestern|Gestern|Heute|Since|For|After|Over|Almost|Nearly|More|On|Last|This|In|From|Early|Late|Mid|Yesterday|The|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Ein|Eine|Einen|Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|Neun|Zehn|Elf|Zwölf)\b/u;

const inSentence = (value: string) => value.replace(LEADING_WORD, (word) => word.toLowerCase());

/**
 * "seit 9 TAGEN", "for 3 WEEKS", "seit 2 wochen": a span shouted or typed in lower case is said back in its plain
 * spelling, the German unit capitalised.
 */
const SHOUTED = /(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu;
const GERMAN_UNIT = /^(?:minuten?|stunden?|tag|tagen?|wochen?|monat|monaten?|monate|jahr|jahren?|jahre)$/u;
const LOWER_UNIT = /(?<!\p{L})(?:minuten|stunden?|tagen?|wochen?|monaten?|monate|jahren?|jahre)(?!\p{L})/gu;
function unshouted(value: string): string {
  return value
    .replace(SHOUTED, (word) => {
      const lower = word.toLowerCase();
      return GERMAN_UNIT.test(lower) ? word.charAt(0) + lower.slice(1) : lower;
    })
    .replace(LOWER_UNIT, (word) => word.charAt(0).toUpperCase() + word.slice(1));
}

/**
 * The amounts named. "von 95 auf 160 Euro", "from 85 to 142 pounds": the unit written once serves both, so the
 * first is said with it too ("von 95 Euro auf 160 Euro" reads as they meant it).
 */
const RANGE =
  /\b(?:von|from)\s(\d{1,6}(?:[.,]\d{1,2})?)\s(?:auf|to)\s(\d{1,6}(?:[.,]\d{1,2})?)\s?(€|Euro|EUR|pounds?|dollars?)(?![\p{L}])/iu;
function amountsIn(text: string): string[] {
  const range = RANGE.exec(text);
  // "Abbuchung 24,90": a debit's figure without its currency is said back in euros.
  // "als Abschlag 0,00 €": nothing owed is no amount to look into.
  if (!range)
    return all(text, AMOUNT, 4)
      .filter((amount) => /[1-9]/u.test(amount))
      .slice(0, 3)
      .map((amount) => (/^\d+,\d{2}$/u.test(amount) ? `${amount} €` : amount));
  const [, before, after, unit] = range;
  const spaced = unit === "€" ? " €" : ` ${unit}`;
  return [
    `${before}${spaced}`,
    `${after}${spaced}`,
    ...all(text, AMOUNT).filter((a) => !a.startsWith(after ?? "")),
  ].slice(0, 3);
}

/** "seit 15 Tagen" holds "15 Tagen"; "15 days" does not hold "5 days": a match inside another, whole words only. */
function holds(outer: string, inner: string): boolean {
  const haystack = outer.toLowerCase();
  const needle = inner.toLowerCase();
  const apart = (char: string | undefined) => char === undefined || !/[\p{L}\d]/u.test(char);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
    if (apart(haystack[at - 1]) && apart(haystack[at + needle.length])) return true;
  return false;
}

/** A coarse adjective before a thing of ours: "beschissene", "bescheuerte", "verdammte", "Scheiß-". */
const SWORN_AT = new RegExp(`^(?:${COARSE_ADJECTIVE_STEMS}|scheiß|scheiss|kack|drecks|mist)\\p{L}*`, "iu");

function all(text: string, pattern: RegExp, max = 3): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[0].trim();
    if (value && !found.some((known) => holds(known, value) || holds(value, known))) found.push(value);
    if (found.length >= max) break;
  }
  return found;
}

/** Written or called before, to no answer: "schon zwei mal ne Mail geschrieben", "already emailed twice". */
const CHASED =
  /\b(?:schon|bereits|mehrfach|mehrmals|x-mal|(?:zwei|drei|vier|\d)\s?(?:mal|x))\s(?:(?:zwei|drei|vier|\d)\s?(?:mal|x)\s)?(?:\p{L}+\s){0,3}?(?:e-?mails?|mails?|nachrichten?)\s(?:\p{L}+\s){0,2}?(?:geschrieben|geschickt|gesendet)|\b(?:schon|bereits|mehrfach|mehrmals)\s(?:\p{L}+\s){0,3}?(?:angerufen|geschrieben|gemailt|nachgefragt|gemeldet)|\balready\s(?:\p{L}+\s){0,2}?(?:emailed|e-mailed|written|wrote|called|phoned|messaged|contacted|chased)|\b(?:emailed|e-mailed|written|wrote|called|phoned|messaged|chased)\s(?:you\s)?(?:twice|three times|several times|multiple times|\d+ times)/iu;

const PAYMENT_FAILED =
  /could not be (?:completed|processed)|payment\s(?:\p{L}+\s){0,3}?(?:failed|declined)|zahlung\s(?:\p{L}+\s){0,3}?(?:fehlgeschlagen|abgelehnt|abgebrochen)/iu;
/** Their own details wrong on the contract: "Meine Adresse ist im Vertrag falsch", "my name is misspelt". */
// Not "Mein Name wurde zweimal falsch aufgerufen": a name called out wrong at the counter is no record of ours.
const WRONG_DETAILS =
  /\b(?:adresse|anschrift|name|namen|address|name)\s(?:\p{L}+\s){0,4}?(?:falsch|wrong|incorrect|misspelt|misspelled)\b(?!\s(?:aufgerufen|gerufen|ausgerufen|ausgesprochen|geschrieben|called|shouted|pronounced|on the cup))|\bnoch\s(?:\p{L}+\s){0,3}?alten\s(?:namen|nachnamen)\b/iu;
/** Stamps, points or credit gone from an account: "alle meine stempel weg", "my loyalty points vanished". */
const LOST_FROM_ACCOUNT =
  /\b(?:stempel|punkte|bonuspunkte|treuepunkte|guthaben|stamps|points|credit|balance)\s(?:\p{L}+\s){0,2}?(?:weg|verschwunden|futsch|gelöscht|geloescht|gone|vanished|disappeared|deleted|wiped)\b|\b(?:deleted|wiped|erased)\s(?:all\s)?(?:my|our)\s(?:\p{L}+\s)?(?:stamps|points)\b/iu;

/** What each kind of problem needs to be moved, and which numbers already give it. */
const NEEDS: Partial<Record<NonNullable<Case["problem"]>, { missing: MissingKind; givenBy: readonly string[] }>> = {
  // A customer or contract number finds a subscription's deliveries as well as an order number does.
  delivery: { missing: "order-number", givenBy: ["order", "invoice", "customer", "contract", "other"] },
  refund: {
    missing: "order-number",
    givenBy: ["order", "invoice", "booking", "ticket", "customer", "contract", "other"],
  },
  // "emailed on 2 October (ticket 8813-4406) and again on 20 October" about the bill: the ticket finds it.
  billing: { missing: "customer-number", givenBy: ["customer", "contract", "invoice", "order", "ticket", "other"] },
  travel: { missing: "booking-number", givenBy: ["booking", "ticket", "order", "other"] },
  waiting: { missing: "ticket-number", givenBy: ["ticket", "order", "customer", "contract", "other"] },
  // What the quality team needs: a photo and the batch, unless a number came with the comment.
  safety: { missing: "batch", givenBy: ["order", "invoice", "customer", "contract", "other"] },
};

const FITTED =
  /^(?:Wärmepumpe|Solaranlage|Wechselrichter|Stromspeicher|Batteriespeicher|Speicher|Außeneinheit|Außengerät|Wallbox|heat pump|solar panels|inverter|battery|outdoor unit)\b/iu;
const FITTED_FAILED =
  /(?<!\p{L})(?:batteriespeicher|stromspeicher|wechselrichter|wärmepumpe|waermepumpe|solaranlage|pv-anlage|heat pump|inverter|solar panels?)(?!\p{L})/iu;
const CONTRACT_THING = /^(?:Tarif|Stromtarif|Vertrag|Abo|Abonnement|tariff|plan|subscription|contract)$/iu;
const ACCOUNT_MONEY =
  /(?<!\p{L})(?:account|konto|kundenkonto|guthaben|credit|schlussrechnung|endabrechnung|final bill|closing bill|contract|vertrag|deposit|anzahlung|kaution|einspeisevergütung|einspeiseverguetung|feed-in tariff|feed-in payments?|abschlag|abschläge|neukundenbonus|wechselbonus)(?!\p{L})/iu;
const APPLIANCE =
  /gerät|geraet|maschine|pumpe|router|modem|fritzbox|anlage|zähler|zaehler|speicher|wallbox|therme|kessel|heizung|mühle|muehle|kocher|toaster|handy|laptop|tablet|drucker|fernseher|device|machine|pump|boiler|unit|appliance|charger|kettle|grinder|printer|laptop|phone|tablet|meter|battery|inverter|wechselrichter|panel|radiator|thermostat/iu;

const OWN_CONTRACT =
  /\b(?:my|our) (?:contract|energy contract)\b|\b(?:mein(?:en|em)?|unser(?:en|em)?) (?:vertrag|stromvertrag|gasvertrag)\b/iu;
const ON_A_LINE =
  /\b(?:bus|tram|train|zug|bahn|s-bahn|u-bahn|straßenbahn|linie|line|route)\s?\d{1,4}[a-z]?\b|\b(?:bus|tram|train|zug|straßenbahn)(?:fahrer\p{L}*|\sdriver|\sconductor)\b|\b(?:busfahrer\p{L}*|zugbegleiter\p{L}*|kontrolleur\p{L}*)/iu;

/** "Meine Kundennummer habe ich gestern bereits an service@… geschickt": the number is with us already. */
const NUMBER_SENT =
  /\b(?:Kundennummer|Vertragsnummer|Bestellnummer|customer number|order number|account number)\b(?:[^.!?]|\.(?=\w)){0,40}\b(?:bereits|schon|already)\b(?:[^.!?]|\.(?=\w)){0,60}\b(?:geschickt|geschrieben|mitgeteilt|gemailt|angegeben|sent|emailed|given)\b/iu;

/**
 * "the bill wasn't send with the phone or to the e-mail", "die Rechnung war nicht im Paket und kam auch nicht per
 * Mail", "never got an invoice for my order": the bill itself did not come.
 */
const BILL_NOT_RECEIVED =
  /\b(?:bill|invoice|receipt)\b[^.!?]{0,15}\b(?:wasn'?t|was not|wasnt|never|hasn'?t|has not|didn'?t|did not)\s(?:been\s)?(?:send|sent|included|enclosed|attached|arrived|come|came|in)\b|\b(?:never|didn'?t|did not|haven'?t|have not|still not)\s(?:got|get|received?|gotten)\s(?:an?\s|the\s|my\s|any\s)?(?:[a-z]+\s)?(?:bill|invoice|receipt)\b|\bno\s(?:bill|invoice|receipt)\s(?:in|with|was)\b|(?<!\p{L})\p{L}*(?:rechnung|quittung)(?!\p{L})[^.!?]{0,20}(?<!\p{L})(?:nicht|nie|noch nicht)\s(?:im|in|bei|dabei|mitgeschickt|beigelegt|angekommen|gekommen|da)(?!\p{L})|(?<!\p{L})(?:keine|nie eine|noch keine)\s(?:rechnung|quittung)\s(?:im|in|dabei|bekommen|erhalten|beigelegt|gekommen)(?!\p{L})/iu;
/** A bill for goods bought in the shop: the order finds it. */
const BOUGHT =
  /\b(?:bought|buy|ordered|order|parcel|package|shop)\b|(?<!\p{L})(?:gekauft|bestellt|bestellung|paket|shop)(?!\p{L})/iu;

function missingOf(lifted: Omit<Case, "missing">, text: string): MissingKind | undefined {
  if (NUMBER_SENT.test(text)) return undefined;
  // "I buy an iphone, in the web page, but the bill wasn't send": the order finds the bill to send again.
  if (lifted.billMissing && BOUGHT.test(text))
    return lifted.numbers.some((number) => number.kind === "order") ? undefined : "order-number";
  const need = lifted.problem ? NEEDS[lifted.problem] : undefined;
  // Closing their own account: the customer number finds it, unless a number came with the request.
  if (lifted.leaving) return lifted.numbers.length > 0 ? undefined : "customer-number";
  // "Meine Adresse ist im Vertrag falsch": the contract is found by the customer number.
  if (WRONG_DETAILS.test(text))
    return lifted.numbers.some((number) => ["customer", "contract"].includes(number.kind))
      ? undefined
      : "customer-number";

  // "Who cancelled my contract?": the customer number finds it.
  if (
    lifted.problem &&
    OWN_CONTRACT.test(text) &&
    !lifted.numbers.some((n) => ["customer", "contract"].includes(n.kind))
  )
    return "customer-number";
  // Papers that did not come, or a request turned down: the customer number finds the contract they belong to.
  if (lifted.papers || lifted.rejected) {
    return lifted.numbers.some((number) => ["customer", "contract"].includes(number.kind))
      ? undefined
      : "customer-number";
  }
  // "in Kreuzberg … mit Karte bezahlt, 4,80 €. Abgebucht wurden 48,00 €": the till's receipt finds it, no number.
  if (lifted.billedInstead && lifted.places.length > 0 && /\b(?:karte|card)\b/iu.test(text)) return undefined;
  // A cancelled regional train: nothing to look up, the rider has a season ticket or a day's ticket.
  if (lifted.line) return undefined;
  // Nearly run over: a road incident has no batch number or product to photograph; nor has a smell of gas, nor a
  // drink served at a branch.
  if (lifted.road || GAS_SMELL.test(text)) return undefined;
  if (lifted.problem === "safety" && (lifted.visited || lifted.served)) return undefined;
  // "von einer Wespe gestochen", "stung by a wasp on your terrace": an insect's sting has no product or batch.
  if (lifted.problem === "safety" && /\b(?:stung|stings?|gestochen|wespe\p{L}*|wasps?|bienen?|bees?)\b/iu.test(text))
    return undefined;
  // "in Ottensen … allergisch auf Sesam … der Bagel mit Sesam": served at a café, nothing packed to photograph.
  if (lifted.problem === "safety" && lifted.allergen && lifted.places.length > 0) return undefined;
  // "Hatte heute in Ottensen einen Oat Flat White … Bauchschmerzen": a drink served at a named café has no batch.
  if (lifted.problem === "safety" && lifted.illAfter && lifted.places.length > 0) return undefined;
  // "ordered the oat milk, got soy. I'm allergic to soy": the wrong goods are found by the order, not a batch.
  if (lifted.problem === "safety" && lifted.swapped)
    return lifted.numbers.some((number) => number.kind === "order") ? undefined : "order-number";
  // "In Kreuzberg hatte meine Tasse einen Sprung": the café's own cup, no product to photograph.
  if (lifted.problem === "safety" && lifted.places.length > 0 && /sprung|riss|chipped|cracked/iu.test(text))
    return undefined;
  // "euer kranwagen hat … unseren carport gerammt": damage done at their home is found by their customer number.
  if (lifted.damaged && lifted.problem === "other" && !lifted.numbers.length) return "customer-number";
  // A technician who was due and has not come: the customer number finds the appointment.
  if (lifted.problem === "waiting" && (VISITOR_DUE_DE.test(text) || VISITOR_DUE_EN.test(text)))
    return lifted.numbers.some((number) => ["customer", "contract", "order"].includes(number.kind))
      ? undefined
      : "customer-number";
  // Kept on hold on the phone: there is no case number yet, only the call.
  if (lifted.problem === "waiting" && /warteschleife|on hold/iu.test(text)) return undefined;
  // Treated badly somewhere: which branch, unless they said.
  // "Bus 3 driver today was incredibly rude": on a bus or a train, there is no branch to name.
  // "Wrote to @Rheinwerk 3 times in English. Got 3 replies in German": no counter or café in it, no branch to ask for.
  if (lifted.problem === "service")
    return lifted.places.length > 0 || lifted.channel || ON_A_LINE.test(text) || !MET_IN_PERSON.test(text)
      ? undefined
      : "branch";
  // Paid at a pump or a machine of the company's: the station and the time find it, not a customer number.
  if (lifted.problem === "billing" && FACILITY.test(text)) return undefined;
  // "Die Filtertüten, die ihr mir geschickt habt, passen nicht": what was sent is found by its order.
  if (lifted.problem === "other" && SENT_TO_THEM.test(text) && !lifted.numbers.length) return "order-number";
  // Charged too much at the till: which café, unless they said.
  if (lifted.problem === "billing" && AT_THE_TILL.test(text)) return lifted.places.length > 0 ? undefined : "branch";
  // "payment could not be completed": no order exists yet, nothing to look up by number.
  if (lifted.problem === "billing" && PAYMENT_FAILED.test(text)) return undefined;
  // Charged wrong at the online checkout: the order number finds it.
  if (lifted.problem === "billing" && CHECKOUT.test(text))
    return lifted.numbers.some((number) => number.kind === "order") ? undefined : "order-number";
  // A gift card, a confirmation or a ticket that never reached the inbox: the address it was sent to finds it.
  const sent = lifted.problem === "delivery" || lifted.problem === "other" || lifted.item !== undefined;
  // Not a gift card whose balance is wrong ("shows €0 balance"): only what did not come is found by the address.
  if (
    sent &&
    EMAILED.test(text) &&
    NOT_RECEIVED.test(text) &&
    !lifted.numbers.some((number) => number.kind === "order")
  )
    return ADDRESS_GIVEN.test(text) ? undefined : "order-email";
  // An order given at the café's till ("meine Bestellung an der Kasse verloren"): no order number exists.
  if (lifted.problem === "delivery" && IN_STORE.test(text)) return undefined;
  // A branch visited, with no parcel in the story: what happened there has no order or customer number.
  const visitedBranch = lifted.visited === true && lifted.places.length > 0 && !ITEM.test(text);
  // "war heute im café in ottensen, mir wurden 50 cent extra berechnet … bon hab ich noch".
  // "Ordered a decaf oat latte at Ottensen yesterday … and was handed a regular one": served wrong at the café.
  if (
    (lifted.problem === "billing" || lifted.problem === "refund" || lifted.problem === "other") &&
    visitedBranch &&
    lifted.numbers.length === 0
  )
    return undefined;
  // "my refund of the £120 credit on my closed account": money owed on an account, found by the customer number.
  if (lifted.problem === "refund" && ACCOUNT_MONEY.test(text) && lifted.numbers.length === 0) return "customer-number";
  // "Meine Gutschrift von 230 € ist seit August offen": a credit on the account, unless goods went back for it.
  if (
    lifted.problem === "refund" &&
    /gutschrift/iu.test(text) &&
    !/bestell|retour|rücksend|ruecksend|zurückgeschickt|order|paket|lieferung/iu.test(text) &&
    lifted.numbers.length === 0
  )
    return "customer-number";
  // "in der Schanze … dann wars auch noch Kuhmilch statt Hafer": served other than asked at a named café.
  if (lifted.problem === "delivery" && lifted.swapped && lifted.places.length > 0 && !lifted.numbers.length)
    return undefined;
  // "war grad bei euch im café … trotzdem kuhmilch bekommen": served other than asked at a café they do not name.
  if (lifted.swapped && lifted.places.length === 0 && !lifted.numbers.length && AT_A_CAFE.test(text)) return "branch";
  // "Seit drei Wochen versuche ich meinen Tarif auf Ökostrom umzustellen": their tariff or contract is found by the
  // customer number.
  // "Mein Abo-Paket (Bestellung #48213 …)": a subscription's delivery is found by its order number too.
  if (!need && lifted.problem === "other" && CONTRACT_THING.test(lifted.product ?? "")) {
    const finds = /^(?:abo|abonnement|subscription)$/iu.test(lifted.product ?? "")
      ? ["customer", "contract", "order"]
      : ["customer", "contract"];
    return lifted.numbers.some((number) => finds.includes(number.kind)) ? undefined : "customer-number";
  }
  if (need) {
    return lifted.numbers.some((number) => need.givenBy.includes(number.kind)) ? undefined : need.missing;
  }
  // "komme mit der neuen App nicht klar": help with using it, not a version to report.
  if (/\b(?:nicht|kaum)\s+(?:mehr\s+)?(?:klar|zurecht)/iu.test(text)) return undefined;
  // A password-reset mail that does not come is the account's matter, not the app's version: it is found by the
  // address the account has. Nor does a password that cannot be reset need the version.
  if (lifted.problem === "login" && RESET_MAIL_MISSING.test(text)) return "account-email";
  // "u guys over here suspend the account", "locked out my Google account … give back my account": a shut account is
  // found by its address, no app version explains it.
  // "My account has been compromised … aslamsalm20@yahoo.com" (a real comment): the address given is not asked again.
  if (lifted.problem === "login" && BROKEN_INTO.test(text))
    return ADDRESS_GIVEN.test(text) ? undefined : "account-secure";
  if (lifted.problem === "login" && ACCOUNT_SHUT_OR_LOST.test(text))
    return ADDRESS_GIVEN.test(text) ? undefined : "account-email";
  // "Seit dem app update sind alle meine stempel weg": what the account held is found by the account's address.
  if (lifted.problem === "defect" && LOST_FROM_ACCOUNT.test(text))
    return ADDRESS_GIVEN.test(text) ? undefined : "account-email";
  if (lifted.problem === "login" && /passwor|zurücksetz|reset/iu.test(text)) return undefined;
  // A login on the website needs no app version.
  if (lifted.problem === "login" && WEB.test(text) && !/\bapp\b/i.test(text)) return undefined;
  // "produziert laut App 0,0 kWh, der Wechselrichter … zeigt Fehler E-017": the app only shows the device's fault.
  // "bringt laut App grad mal 60%": the app only reports what the plant does.
  // "Die Anlage läuft super, ich schau jeden Abend in die App": an app in a sentence of what works is no fault.
  const appFails =
    lifted.problem === "defect" &&
    /\bapp\b/i.test(withoutWhatWorks(text)) &&
    !/\b(?:laut|lt\.)\s(?:der\s|unserer\s|meiner\s|eurer\s|Ihrer\s)?app\b|\baccording to (?:the|your|my) app\b|\bthe app shows\b|\bapp (?:says?|shows?|zeigt|meldet)\b|\bin der app (?:steht|sehe|sieht)\b/iu.test(
      text,
    ) &&
    lifted.errors.length === 0 &&
    !(lifted.product !== undefined && !/\bapp\b/i.test(lifted.product));
  if (lifted.problem === "login" || appFails) {
    // The version itself is what the app team needs; the phone alone does not give it.
    return /\b(?:version|v\s?\d|iOS \d|Android \d|\d+\.\d+(?:\.\d+)?)\b/i.test(text) ? undefined : "app-version";
  }
  // "Your heat pump app says it's 14°C outside … How do I get this fixed?": a fitted system of theirs that fails is
  // found by the customer number.
  // "… lädt unser Batteriespeicher nicht mehr, die App zeigt konstant 0%": the fitted thing is what failed, whatever
  // the app shows.
  if (
    lifted.problem === "defect" &&
    (FITTED.test(lifted.product ?? "") || FITTED_FAILED.test(lifted.stated ?? "")) &&
    lifted.numbers.length === 0
  )
    return "customer-number";
  // "Vorgangsnummer 2024-118734": a case number finds what was ordered for it as well ("hat ein Ersatzteil bestellt").
  const ordered = lifted.numbers.some((number) => ["order", "invoice", "ticket", "other"].includes(number.kind));
  // Something ordered that came wrong, or never came: the order number finds it. Bought over the counter, the
  // receipt does, and they have said they have it.
  // Bought at a branch ("im Markt in Dortmund gekauft"): no order number exists.
  // "Ordered an oat milk latte in Hamburg and got dairy": served at a branch, nothing to look up.
  if ((lifted.swapped || lifted.served) && lifted.places.length > 0 && !ordered) return undefined;
  // "Customer no. 3318-2290-7 … no bonus on the statement": a customer number finds all but a parcel.
  const customer = lifted.numbers.some((number) => ["customer", "contract"].includes(number.kind));
  // "War Samstag bei euch in der Südvorstadt. Zwei Flat White bestellt …": ordered at the counter.
  if (lifted.item && !ordered && !(customer && lifted.problem !== "delivery"))
    return RECEIPT.test(text) || IN_STORE.test(text) || visitedBranch ? undefined : "order-number";
  // A page or shop of the company that fails needs no model; a device of the customer's does, unless they named
  // its model ("WP 12 mit Fehler E118": error codes and case numbers aside, "WP 12" is the model).
  const codes = [...lifted.errors, ...lifted.numbers.map((number) => number.value)];
  const rest = codes.reduce((left, code) => left.replaceAll(code, " "), text);
  // An order or job number finds the device too.
  const found = lifted.numbers.length > 0;
  const online = WEB.test(text) || SOFTWARE.test(text) || FACILITY.test(text);
  // "The Kreuzberg café was freezing, is the heating broken?": what fails at a branch is the company's, no model of theirs.
  const atBranch =
    lifted.visited === true || PREMISES.test(text) || (lifted.places.length > 0 && lifted.firstPerson !== true);
  // Only a device has a model: "Der Deckel vom Coldbrew war nicht richtig zu" asks for none.
  const appliance = APPLIANCE.test(text);
  if (
    lifted.problem === "defect" &&
    appliance &&
    !lifted.product &&
    !found &&
    !online &&
    !atBranch &&
    rest.search(MODEL_CODE) < 0
  ) {
    return "product-model";
  }
  return undefined;
}

/** "after the chai latte", "nach dem Käsekuchen": what was eaten or drunk before someone was taken ill. */
const ILL_AFTER =
  /\b(?:after|nach)\s((?:the|my|a|an|your|dem|der|einem|einer|eurem|eurer|ihrem|ihrer)\s(?:[\p{L}-]+\s)?[\p{L}-]{3,20})(?=[\s,.!?]|$)/iu;

const SENT_TO_THEM =
  /\b(?:(?:ihr|sie)\s(?:mir|uns)\s(?:geschickt|zugeschickt|geliefert|gesendet)|(?:you|they)\s(?:sent|shipped|delivered)\s(?:me|us))\b/iu;
const AT_THE_TILL =
  /\b(?:beim bezahlen|an der kasse|am tresen|at the till|at the counter|at the register|kassierer\p{L}*|wechselgeld|rückgeld|rueckgeld|zu wenig (?:raus|zurück)gegeben|wrong change|short-?changed|cashier)\b/iu;
const CHECKOUT = /\b(?:checkout|check-out|warenkorb|discount code|rabattcode|gutscheincode|promo code)\b/iu;
/**
 * An account shut by the company or lost to its owner, not a login that fails: "suspend the account", "Konto wurde
 * gesperrt", "unable to recover my old email".
 */
const ACCOUNT_SHUT_OR_LOST =
  /\b(?:suspend|suspended|suspending|banned|deactivated|disabled|gebannt|deaktiviert|stillgelegt|recover|recovery|restore|wiederherstellen|wiederherstellung)\b|\b(?:konto|account|profil|zugang)\s(?:\p{L}+\s){0,3}?gesperrt\b|\blocked (?:me )?out (?:of )?my (?:\p{L}+ )?account\b|\bgive (?:me )?back my (?:\p{L}+ )?account\b|\b(?:verification|security|2fa|two[- ]factor|login) code\b[^.!?]{0,80}?\b(?:lost|broke|broken|stolen|new|changed)\s(?:my\s)?(?:phone|number|device)\b|\b(?:lost|broke|stolen)\smy\s(?:phone|device)\b/iu;
/** An e-mail address written out: whatever it finds is not asked for again. */
const ADDRESS_GIVEN = /@\S+\.\w/u;
/** "someone … is trying to log in in my google accounts", "mein Konto wurde gehackt": a stranger at the account. */
const BROKEN_INTO =
  /\b(?:someone|somebody|strangers)\b[^.!?]{0,40}\b(?:log(?:ging)? ?in|access|hack)|\b(?:hacked|compromised|gehackt)\b|(?<!\p{L})(?:jemand|fremde)(?!\p{L})[^.!?]{0,60}(?:einzuloggen|anzumelden|zuzugreifen)/iu;
const RESET_MAIL_MISSING =
  /(?:keine|no|never|nie|nicht)\b[^.!?]{0,40}\b(?:e-?mail|mail)\b|\b(?:e-?mail|mail)\b[^.!?]{0,40}\b(?:kommt nicht|nicht an|nie an|never|doesn'?t arrive|isn'?t arriving|not arriving)/iu;

/** "Asked for oat milk … got told you'd 'run out'", "Hafermilch war um 10 schon aus": what had run out. */
const SOLD_OUT_EN =
  /\b(?:asked for|wanted|ordered|tried to (?:get|order|buy))\s(?:an?\s|some\s|the\s)?([a-z]+(?:\s[a-z]+)?)\b[^.!?]{0,60}?\b(?:run out|ran out|sold out|out of stock|none left)\b|\bthere (?:was|were) (?:not a single|no|not one)\s([a-z]+(?:\s[a-z]+)?)\s(?:left|available)\b/iu;
const SOLD_OUT_DE =
  /(?<!\p{L})(?:[Dd]ie|[Dd]er|[Dd]as)\s(\p{Lu}[\p{L}-]{2,30})\s(?:war|waren|ist|sind)\s(?:[^.!?,]{0,30}?\s)?(?:schon\s|bereits\s)?(?:aus|ausverkauft|alle|vergriffen)(?!\p{L})|(?<!\p{L})(?:keine|keinen|kein)\s(\p{Lu}[\p{L}-]{2,30})\s(?:mehr\s)?(?:da|vorrätig|verfügbar)(?!\p{L})/u;
function soldOutOf(text: string): Pick<Case, "soldOut"> {
  const soldOut = SOLD_OUT_EN.exec(text);
  const en = soldOut?.[1] ?? soldOut?.[2];
  if (en) return { soldOut: en };
  const de = SOLD_OUT_DE.exec(text);
  const thing = de?.[1] ?? de?.[2];
  return thing ? { soldOut: thing } : {};
}

/** "Hatte heute einen Oat Flat White …", "I had the chai latte …": what they had, said after "nach"/"after". */
const HAD_DE =
  /(?<!\p{L})(?:[Hh]atte|[Tt]rank|[Aa]ß)\s(?:\p{Ll}+\s|(?<=(?:in|im|bei)\s)\p{Lu}\p{Ll}+\s){0,4}?(einen|eine|ein)\s(?!(?:Sprung|Riss|Fehler|Problem|Unfall|Termin)\b)((?:\p{Lu}[\p{L}-]+)(?:\s\p{Lu}[\p{L}-]+){0,2})/u;
const HAD_EN =
  /\b(?:[Hh]ad|[Dd]rank|[Aa]te)\s(?:[a-z]+\s){0,3}?(a|an|the)\s(?!(?:look|go|chat|problem|question|call|word|bit|lot|feeling|day|week)\b)((?:[a-z-]+\s){0,2}(?:latte|flat white|cappuccino|coffee|espresso|tea|chai|smoothie|cake|muffin|croissant|sandwich|bagel|cookie|brownie|salad|soup|juice|milkshake|hot chocolate|cortado|macchiato|mocha))\b/u;
function hadBefore(text: string): string | undefined {
  const de = HAD_DE.exec(text);
  if (de?.[2]) return `${de[1] === "eine" ? "der" : "dem"} ${de[2]}`;
  const en = HAD_EN.exec(text);
  return en?.[2] ? `the ${en[2]}` : undefined;
}

/** "allergisch auf Sesam", "allergic to peanuts": what they must not eat ("Nussallergie … Nüsse" is not told apart). */
const ALLERGY = /\ballergisch\s(?:auf|gegen)\s(\p{L}{3,})|\ballergic\sto\s(\p{L}{3,})|\ballergy\sto\s(\p{L}{3,})/iu;

function allergenServed(text: string): string | undefined {
  const match = ALLERGY.exec(text);
  const allergen = match?.slice(1).find((group) => group !== undefined);
  if (!allergen || /^(?:eine|einer|meine|meiner|die|der|food|an|a|my|schwere|starke)$/iu.test(allergen))
    return undefined;
  // Named a second time, as what came: "dann kam der Bagel mit Sesam obendrauf".
  const stem = allergen.toLowerCase().replace(/(?:n|en|s|e)$/u, "");
  const times = text.toLowerCase().split(stem).length - 1;
  return times >= 2 ? allergen : undefined;
}

function safetyDetails(text: string): Pick<Case, "harmed" | "foundIn" | "road" | "illAfter" | "allergen"> {
  const allergen = allergenServed(text);
  // "… meine Tochter … hat sie zum Glück nach einem Schluck gemerkt. Ist nix schlimmes passiert": the one in danger was
  // not harmed.
  const harmed = UNHARMED.test(text) ? undefined : HARMED.exec(text)?.[0];
  const foundIn = FOUND_IN.exec(text)?.[0];
  const after = ILL_AFTER.exec(text)?.[1] ?? hadBefore(text);
  // "after the chai latte yesterday": what, not when.
  const illAfter = after?.replace(/\s(?:yesterday|today|gestern|heute)$/iu, "");
  return {
    ...(harmed ? { harmed } : {}),
    ...(foundIn ? { foundIn } : {}),
    ...(allergen ? { allergen } : {}),
    ...(illAfter && !/\b(?:days?|weeks?|tagen?|wochen?|hours?|stunden?)$/iu.test(illAfter) ? { illAfter } : {}),
    ...(NEAR_MISS.test(text) ? { road: "near-miss" } : SPEEDING.test(text) ? { road: "speeding" } : {}),
  };
}

/** "Gutschein GS-7T4K-92": a code cut short by the model pattern is said whole, as written. */
const ERROR_SHOWN =
  /(?<![\p{L}\d])(WP\s?\d{1,3}|Wärmepumpe|Wechselrichter|Wallbox|Stromspeicher|Batteriespeicher|Therme|heat pump|inverter)(?:\s\([^)]{0,60}\))?\s(?:zeigt|zeigte|meldet|meldete|shows|showed|displays|is showing)\s(?:[\p{L}\d]+\s){0,3}(?:Fehler|Fehlercode|Störung|error|fault)\b/u;
function wholeCode(text: string, product: string | undefined): string | undefined {
  if (!product || !/\d\p{L}?$/u.test(product)) return product;
  const at = text.indexOf(product);
  if (at < 0) return product;
  const more = /^[\p{L}\d]*(?:-[\p{L}\d]+)*/u.exec(text.slice(at + product.length))?.[0] ?? "";
  return product + more;
}

/** "Die App funktioniert", "Die Anlage läuft super, … ich schau jeden Abend in die App": a sentence of what works. */
const WORKS =
  /\b(?:funktioniert|funktionieren|läuft|laufen|lief|works|working|runs|running)\b(?![^.!?]{0,12}\b(?:nicht|nie|kaum|not|never)\b)/iu;
/**
 * The comment without the sentences that say what works ("Die App funktioniert, … alles prima"): the thing that
 * failed is named elsewhere, and a product praised in passing is not the case's.
 */
let lastWorks: { text: string; kept: string } | undefined;
function withoutWhatWorks(text: string): string {
  // Read three times per comment (its product, what it criticises, whether the app failed): once is enough.
  if (lastWorks?.text === text) return lastWorks.kept;
  const kept = text
    .split(/(?<=[.!?])\s+/u)
    .filter((sentence) => !WORKS.test(sentence) || FAULT_WORD.test(sentence))
    .join(" ");
  lastWorks = { text, kept };
  return kept;
}
/** "quieter than our fridge", "leiser als unser Kühlschrank": what it is compared with is not the thing. */
const COMPARED =
  /(?<!\p{L})(?:than|\p{L}+er als)\s(?:our|my|the|a|an|unser\p{L}*|mein\p{L}*|der|die|das|ein\p{L}*)\s[\p{L}-]+/giu;
const FAULT_WORD = /\b(?:aber|but|only|nur|leider|kaputt|defekt|broken|fehler|error|problem)\b/iu;

/** Words for the people who serve: a name thanked beside them is one of them ("… the engineer … Thanks Tom!"). */
const STAFF =
  /\b(?:engineer|technician|installer|barista|staff|team|agent|advisor|adviser|waiter|waitress|driver|he|she|him|her|monteur\p{L}*|techniker\p{L}*|mitarbeiter\p{L}*|kollegin|kollege|beratung|berater\p{L}*|bedienung|fahrer\p{L}*|telefon|hotline|er|sie|ihm|ihr)\b/iu;
/**
 * Someone who served, praised without a name: "the smart meter installer was brilliant", "the lovely lady on the
 * phone", "der Monteur war super". Said as the company's own ("our installer", "unsere Kollegin"), so the thanks
 * and the passing on name them instead of the product they worked on.
 */
const UNNAMED_STAFF_EN =
  /\b(?:the|your|a|one of your)\s(?:(?:lovely|nice|friendly|kind|helpful|young|brilliant|patient|smart|meter|gas|phone|service|support|two|three|both)\s){0,3}(installers?|engineers?|technicians?|drivers?|baristas?|agents?|advisors?|advisers?|fitters?|electricians?|plumbers?|couriers?|waiter|waitress|lady|woman|girl|guy|man|chap|gentleman|gent)\b/iu;
const UNNAMED_STAFF_DE =
  /\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Ee]ure?n?|[Ii]hre?n?|[Ee]uer)\s(?:(?:nette|freundliche|junge|hilfsbereite|geduldige)[nr]?\s)?(Monteur|Techniker|Installateur|Fahrer|Fahrerin|Dame|Herr|Mitarbeiterin|Mitarbeiter|Kollegin|Kollege|Beraterin|Berater|Bedienung|Barista|Kassiererin|Kassierer|Verkäuferin|Verkäufer|Ableserin|Ableser|Monteure|Installateure|Handwerker|\p{Lu}\p{Ll}*(?:dienst|team))(?![\p{L}-])/u;
const STAFF_SAID_DE: Record<string, string> = {
  Dame: "unsere Kollegin",
  Herr: "unser Kollege",
  Mitarbeiterin: "unsere Kollegin",
  Mitarbeiter: "unser Kollege",
  Kollegin: "unsere Kollegin",
  Kollege: "unser Kollege",
  Fahrerin: "unsere Fahrerin",
  Beraterin: "unsere Beraterin",
  Bedienung: "unser Team",
  Kassiererin: "unsere Kollegin",
  Kassierer: "unser Kollege",
  Verkäuferin: "unsere Kollegin",
  Verkäufer: "unser Kollege",
  Ableserin: "unsere Ableserin",
  // "Die Monteure haben … alles picobello hinterlassen": the team, so the reply says "wird sich … freuen".
  Monteure: "unser Montageteam",
  Installateure: "unser Montageteam",
  Handwerker: "unser Montageteam",
};
function unnamedStaff(text: string): string[] {
  const said = UNNAMED_STAFF_DE.exec(text);
  const german = said?.[1];
  // "shoutout an die barista mit den grünen haaren": she is our barista.
  if (german === "Barista" && /^die\s/iu.test(said?.[0] ?? "")) return ["unsere Barista"];
  // "der Störungsdienst", "das Projektteam": the service or team itself, as ours.
  if (german) return [STAFF_SAID_DE[german] ?? `unser ${german}`];
  const english = UNNAMED_STAFF_EN.exec(text)?.[1]?.toLowerCase();
  if (!english) return [];
  return [/^(?:lady|woman|girl|guy|man|chap|gentleman|gent)$/u.test(english) ? "our colleague" : `our ${english}`];
}

/**
 * A name typed in lower case, thanked with the place they work: "grüße an ole in ottensen", "shoutout to deniz at the
 * kreuzberg café". Only there: a lower-case word is a name when thanks come before it and a place after it.
 */
const LOWERCASE_THANKED =
  /\b(?:[Gg]rüße an|[Gg]ruesse an|[Gg]rüsse an|[Dd]anke an|[Dd]ank an|[Ll]ob an|[Ss]hout-?out (?:an|to)|[Tt]hanks to|[Tt]hank you to|[Pp]rops to|[Kk]udos to)\s(\p{Ll}{2,12})\s(?:in|at|aus|from|vom|von|im|bei)\s/gu;
const NOT_A_NAME = new Set(
  "alle allen euch das die den dem der the everyone everybody team you all our your my the staff crew leute".split(" "),
);
/** "monteur herr yilmaz hat mega sauber gearbeitet", "frau becker super nett": a title typed small, and the name. */
const LOWERCASE_TITLED =
  /(?<![\p{L}])(?<!(?:meine|seine|ihre|deine|eure|die|der|eine|einer|unsere|jede|keine|junge|nette|alte)\s)(herr|frau)\s(\p{Ll}{3,15})(?![\p{L}])/gu;
const NOT_A_SURNAME = new Set(
  "hat ist war und oder die der das mit von vom zum zur auf aus bei super sehr echt total nett meinte sagte kam".split(
    " ",
  ),
);
/** Names typed in lower case, said back capitalised: thanked with their place, or after "herr"/"frau". */
function lowercaseNamed(text: string): string[] {
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return [
    ...[...text.matchAll(LOWERCASE_THANKED)]
      .map((match) => match[1] ?? "")
      .filter((word) => !NOT_A_NAME.has(word))
      .map(capital),
    ...[...text.matchAll(LOWERCASE_TITLED)]
      .filter((match) => !NOT_A_SURNAME.has(match[2] ?? ""))
      .map((match) => `${capital(match[1] ?? "")} ${capital(match[2] ?? "")}`),
  ];
}

/** What only shows how a machine is: an app, a display, a portal. */
const MESSENGER = /^(?:app|display|anzeige|portal|screen)$/iu;
/** A machine named in what a display shows: "Wechselrichter offline", "heat pump fault". */
const SHOWN_DEVICE = /\b(?:Wechselrichter|Wärmepumpe|Speicher|Batterie|inverter|heat pump|battery)\b/iu;

/** Endings of places and firms, seldom of a first name: "Danke Kreuzberg!", "Danke, Rheinwerk!". */
const PLACE_OR_FIRM =
  /(?:werk|kollektiv|bank|markt|bahn|gruppe|haus|berg|burg|dorf|stadt|feld|hausen|heim|ingen|see|hafen|brück|tal)$/iu;

/**
 * A word thanked at the end ("Danke Kreuzberg!") is a person only when it looks like a first name: short, or
 * with staff spoken of, and never with a place's or a firm's ending.
 */
function thankedPlace(person: string, text: string): boolean {
  const thanked = new RegExp(
    `\\b(?:thank you|thanks|danke|vielen dank),?\\s${escapeRegExp(person)}(?=\\s?(?:[!.,]|$|\\p{Extended_Pictographic}))`,
    "iu",
  );
  if (!thanked.test(text) || /^(?:Frau|Herr|Mr|Mrs|Ms)\b/u.test(person)) return false;
  if (PLACE_OR_FIRM.test(person)) return true;
  return person.length > 6 && !STAFF.test(text.replace(thanked, " "));
}

const PAID_THEN_DEBITED =
  /\b(?:bezahlt|gezahlt)\b[^.!?]{0,20}?,?\s(\d{1,4},\d{2}\s?€)[.!]?\s+(?:[Aa]bgebucht|[Bb]elastet) (?:wurden|wurde|haben sie|habt ihr)\s(\d{1,4},\d{2}\s?€)/u;
/** "my final bill", "die Schlussrechnung", "eine Mahnung": which bill, as written. */
const BILL =
  /\b(?:final|annual|yearly|closing|first|last|latest|monthly|quarterly|January|February|March|April|May|June|July|August|September|October|November|December)\s(?:bill|invoice|statement)\b|\b(?:Schluss|Jahres|End|Nebenkosten|Zwischen)(?:rechnung|abrechnung)\b|\bMahnung\b|\bpayment reminder\b/iu;

function billOf(text: string): { bill?: string } {
  const bill = BILL.exec(text)?.[0];
  // "February invoice" keeps its month's capital; "Final bill" at a sentence's start is "final bill".
  const month = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s/u;
  if (bill && month.test(bill)) return { bill };
  if (!bill) return {};
  // "JAHRESABRECHNUNG BEKOMMEN": the bill shouted is said back as a noun is written.
  if (/^\p{Lu}{3,}$/u.test(bill)) return { bill: bill.charAt(0) + bill.slice(1).toLowerCase() };
  // "dritte jahresabrechnung in folge falsch": a German bill typed in small letters is still a noun.
  const german = /(?:rechnung|mahnung)$/iu.test(bill);
  return { bill: /^[a-z]/u.test(bill) && !german ? bill : bill.charAt(0).toUpperCase() + bill.slice(1) };
}

/** A parcel that came after all, late: "turned up today", "arrived on Wednesday", "kam erst heute". */
const CAME_LATE =
  /\b(?:turned up|showed up|arrived)\s(?:today|yesterday|this morning|on\s\p{L}+|after\s\p{L}+|only\s\p{L}+)|\bkam\s(?:erst|dann)\s(?:heute|gestern|nach|am)\b|\berst\s(?:heute|gestern|nach\s\p{L}+)\s(?:angekommen|gekommen|geliefert|da)\b/iu;

export function liftCase(
  text: string,
  assessment: Pick<Assessment, "intent" | "language"> & Partial<Pick<Assessment, "tone" | "violations">>,
): Case {
  const read = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  // "seit dem 3. Februar eingebaut": when a machine was fitted, said of a duration or a date alike.
  const fitted = (said: string) =>
    new RegExp(`${escapeRegExp(said)}\\s(?:eingebaut|installiert|montiert|in Betrieb|installed|fitted)\\b`, "iu").test(
      read,
    );
  // "£42 a month", "30 € im Monat": a rate, not how long something has lasted.
  const durations = all(read, DURATION)
    .filter((duration) => !(/^(?:a|an|one|per|pro|im|je)\s/i.test(duration) && RATE.test(read)))
    // "einen Rückruf innerhalb von 24 Stunden versprochen": the time promised, not how long it has lasted.
    .filter((duration) => !promisedWithin(read, duration))
    // "took a day off work": leave taken, not how long something has lasted.
    .filter((duration) => !new RegExp(`${escapeRegExp(duration)}\\s+off\\b`, "iu").test(read))
    // "hatten seit Monaten eine Überraschungsfeier geplant", "ein Blumenladen, seit 19 Jahren", "seit einem Jahr euer
    // Abo", "seit dem 3. Februar eingebaut": how long a plan, a shop, a subscription or a fitted machine has gone on,
    // not a wait.
    .filter((duration) => !fitted(duration))
    // "wir haben ein Baby (4 Monate)", "our son (3 months)": an age, not how long anything has lasted.
    .filter(
      (duration) =>
        !new RegExp(
          `(?:baby|säugling|kind|sohn|tochter|enkel\\p{L}*|son|daughter|kid)\\s\\(${escapeRegExp(duration)}`,
          "iu",
        ).test(read),
    )
    .filter(
      (duration) =>
        !new RegExp(
          `${escapeRegExp(duration)}(?:\\s\\p{L}+){0,6}?\\s(?:geplant|vorbereitet|organisiert|planned|organised|organized)\\b|(?:laden|geschäft|betrieb|firma|shop|business)\\p{L}*[^.!?]{0,40}${escapeRegExp(duration)}|${escapeRegExp(duration)}(?:\\s\\p{L}+){0,2}?\\s(?:abo|kunde|kundin|mitglied|subscriber|customer|member)\\b`,
          "iu",
        ).test(read),
    )
    .map((duration) => inSentence(unshouted(duration)))
    // "Zweites Mal in drei Monaten": a count's window; the bare dative ("drei Monaten") said back reads wrong.
    .filter(
      (duration) =>
        !/^(?:\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|paar|mehreren|einigen)\s(?:Tagen|Monaten|Jahren)$/u.test(
          duration,
        ),
    );
  const dates = all(read, DATE)
    .map(inSentence)
    .filter((date) => !durations.some((duration) => duration.includes(date)));
  // "warten seit dem 14. Oktober", "wrong since March": a date something has lasted from is how long it has lasted.
  for (const date of [...dates]) {
    // "seit dem 3. Februar eingebaut": when it was fitted, a date, not how long a fault has lasted.
    if (fitted(date)) continue;
    // "Jetzt schon das zweite Mal seit Dezember", "third time since March": a count's window, no wait.
    if (new RegExp(`(?:mal|time)\\s${escapeRegExp(date)}`, "iu").test(read)) {
      dates.splice(dates.indexOf(date), 1);
      continue;
    }
    if (/^(?:seit|since)\s/iu.test(date)) {
      durations.push(date);
      dates.splice(dates.indexOf(date), 1);
      continue;
    }
    const from = new RegExp(`(?<!\\p{L})(seit dem|seit|since) ${escapeRegExp(date)}`, "iu").exec(read);
    if (!from?.[1]) continue;
    durations.push(`${from[1].toLowerCase()} ${date}`);
    dates.splice(dates.indexOf(date), 1);
  }
  const places = casePlaces(read);
  // A titled name or a thanked one first; a word of a place ("Köln-Ehrenfeld war super") is no person.
  // "an Herrn Kaya" is said "Herr Kaya" wherever the reply names him.
  const people = [...all(read, PERSON), ...lowercaseNamed(read)]
    .map((person) => person.replace(/^Herrn\b/u, "Herr"))
    // "der junge Herr Okafor": a name found both titled and in lower case is one person, named once.
    .filter((person, at, found) => found.indexOf(person) === at)
    // "thank you to Kaffeekollektiv Kreuzberg": a name that ends on a place is a branch, not a person.
    .filter(
      (person) =>
        !NOT_NAMES.has(person) &&
        !places.some((place) => place.includes(person) || person.split(" ").slice(1).includes(place)),
    )
    .filter((person) => !new RegExp(`-${person}\\b`).test(read))
    .filter((person) => !thankedPlace(person, read))
    .sort(
      (a, b) => Number(/^(?:Frau|Herr|Herrn|Mr|Mrs|Ms)\b/.test(b)) - Number(/^(?:Frau|Herr|Herrn|Mr|Mrs|Ms)\b/.test(a)),
    );
  const complaint = assessment.intent.complaint;
  // "Seit der Installation der Solaranlage zeigt der Wechselrichter einen Fehler an": the thing that fails, named in
  // the failure's own words, before the first thing the comment mentions.
  // "Gutschein … an der Kasse gekauft, im Onlineshop heißt es „ungültig“": the voucher refused is the thing, not the
  // till it was bought at.
  const voucher = REFUSED.test((complaint?.words ?? []).join(" ")) ? CARD.exec(read)?.[0] : undefined;
  // "Unsere WP 9 (Einbau 14.10., …) zeigt seit letztem Mittwoch Fehler E-31 … Der Stromzähler rennt": the thing that
  // shows the error is what failed, not what runs on because of it.
  const showsError = ERROR_SHOWN.exec(read)?.[1];
  const found =
    voucher ??
    showsError ??
    wholeCode(
      read,
      caseProduct((complaint?.words ?? []).join(". ")) ?? caseProduct(withoutWhatWorks(read).replace(COMPARED, " ")),
    );
  // "stürzt die rheinwerk app … ab": a German noun written small is said with its capital ("unserer App").
  const product =
    assessment.language !== "en" && found !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(found)
      ? `${found.charAt(0).toUpperCase()}${found.slice(1)}`
      : found;
  // "man hat ja auch immer was bestellt": what one always orders is a habit told, no order to look up.
  const orders = read.replace(HABITUAL_ORDER, " ");
  const item = ITEM.exec(orders)?.[1]?.toLowerCase() ?? ORDERED.find(([pattern]) => pattern.test(orders))?.[1];
  // "pixel 7, android 14": a make is said back as it is spelt ("Pixel 7", "iPhone 13").
  const device = DEVICE.exec(read)?.[0]
    .replace(
      /^(?:iphone|ipad|ios)\b|^\p{Ll}/iu,
      (start) => ({ iphone: "iPhone", ipad: "iPad", ios: "iOS" })[start.toLowerCase()] ?? start.toUpperCase(),
    )
    .replace(/(?<=\s)\p{Ll}(?=\d)/u, (letter) => letter.toUpperCase());
  const leavingMatch = LEAVING.exec(read);
  // "Ich kündige zum nächsten möglichen Termin. Vertragsnummer …": notice given without naming the contract.
  const leaving =
    leavingMatch?.slice(1).find((word) => word !== undefined) ??
    (NOTICE_DE.test(read) ? "Vertrag" : NOTICE_EN.test(read) ? "contract" : undefined);
  const version = VERSION.exec(read)?.[0];
  // "die Tussi an der Kasse hat mir … gemacht": where someone stood serving, no till that failed.
  const facilityMatch =
    complaint?.problem === "defect" || complaint?.problem === "other" ? FACILITY.exec(read) : undefined;
  const facility =
    facilityMatch &&
    !(
      /^kassen?$/iu.test(facilityMatch[0]) &&
      /\ban der\s$/iu.test(read.slice(0, facilityMatch.index)) &&
      !/gutschein|karte|card|voucher|bezahl|zahlen|payment/iu.test(read)
    ) &&
    // "Tried wifi, mobile data, reinstalled twice": the connection the writer tried the app on, no wifi of ours.
    !(/^(?:wifi|wi-fi|wlan)$/iu.test(facilityMatch[0]) && CONNECTION_TRIED.test(read))
      ? facilityMatch[0]
      : undefined;
  const baggage = complaint?.problem === "travel" ? BAGGAGE.exec(read)?.[1]?.toLowerCase() : undefined;
  // "Bus 3 driver today was incredibly rude": a line ridden, where staff treated someone badly.
  const line =
    (complaint?.problem === "travel" || complaint?.problem === "service") && !baggage
      ? LINE.exec(read)?.[0]
      : undefined;
  const praised = PRAISE.test(read);
  const firstPerson = FIRST_PERSON.test(read);
  const paid = PAID.test(read);
  // A code after "zeigt" or in quotes is written in capitals ("zeigt jetzt E 117"); "shows all 25" is no code.
  const errors = [...read.matchAll(ERROR)]
    .map((match) => {
      const shownCode = match[2] ?? match[3] ?? "";
      return match[1] ?? match[4] ?? match[5] ?? match[6] ?? (/^[A-Z]{1,3}[- ]?\d/u.test(shownCode) ? shownCode : "");
    })
    .filter(Boolean)
    .filter((code, at, all) => all.indexOf(code) === at)
    .slice(0, 2);
  const shownMatch = SHOWN.exec(read);
  const shownWords = (shownMatch?.[1] ?? shownMatch?.[2] ?? shownMatch?.[3])?.trim();
  // Not a code already named, a promise quoted ("we'll get back to you"), nor a word of praise in scare quotes.
  const shown =
    shownWords &&
    !errors.some((code) => shownWords.includes(code)) &&
    !/\b(?:wir|we|ihr|you|uns|us)\b/iu.test(shownWords) &&
    /\p{L}{3}/u.test(shownWords)
      ? shownWords
      : undefined;
  // "App zeigt nur 'Wechselrichter offline'": the app only tells of the machine that failed; that machine is the
  // thing, and the app is not criticised.
  const shownDevice = product && MESSENGER.test(product) ? SHOWN_DEVICE.exec(shown ?? "")?.[0] : undefined;
  // "Thanks for the quick delivery!": a delivery praised is not criticised; sarcasm about one is.
  const named = criticisedIn(withoutWhatWorks(read));
  const criticised =
    (named === "delivery" && assessment.tone === "positive" && !assessment.intent.sarcasm) ||
    (shownDevice && named === "app")
      ? undefined
      : named;
  const poorly = complaint
    ? (SERVED_POORLY_DE.exec(read) ?? BOUGHT_POORLY_DE.exec(read) ?? SERVED_POORLY_EN.exec(read))
    : null;
  const papers =
    PAPERS_EN.exec(read)?.[1] ??
    PAPERS_DE.exec(read)?.[1] ??
    (CANCELLED_NO_CONFIRMATION.test(read) ? "Kündigungsbestätigung" : undefined);
  const instead = BILLED_INSTEAD.exec(read);
  // "mit Karte bezahlt, 4,80 €. Abgebucht wurden 48,00 €!!": what was taken, set against what was paid.
  const debited = PAID_THEN_DEBITED.exec(read);
  const billedInstead =
    instead?.[1] && instead[2]
      ? { billed: instead[1], agreed: instead[2] }
      : debited?.[1] && debited[2]
        ? { billed: debited[2], agreed: debited[1] }
        : undefined;
  const arrivedAs = ARRIVED_EN.exec(read)?.[1]?.toLowerCase() ?? ARRIVED_DE.exec(read)?.[1];
  const damaged = complaint
    ? // "das Carport Dach": two nouns written apart are one thing, said as "Carport-Dach".
      (DAMAGED_DE.exec(read)?.[1]?.replace(" ", "-") ??
      DAMAGED_EN.exec(read)?.[1] ??
      leftBehind(read) ??
      drilledThrough(read))
    : undefined;
  // "Ihr Monteur hat die Zirkulationspumpe … nicht wieder angeschlossen": the thing beside the failure's words.
  // Only a thing gone wrong: a bill, a wait, a login or an injury has its own words.
  // "Ihr Dödel habt uns den Strom abgestellt": the word they insult with is no thing that failed.
  const insults = (assessment.violations ?? [])
    .flatMap((violation) => violation.evidence)
    .map((word) => word.toLowerCase());
  const failedRead =
    complaint?.problem === "other" ||
    complaint?.problem === "defect" ||
    complaint?.problem === "delivery" ||
    complaint?.problem === "waiting"
      ? failedThing(read, complaint.words, assessment.language === "en" ? "en" : "de", [
          product ?? "",
          ...places,
          ...people,
        ])
      : undefined;
  // "Ihr Saftladen habt mir … den Monteur abgesagt": what they call the company is no thing that failed.
  const failed =
    failedRead && !insults.some((word) => word.includes(failedRead.toLowerCase())) && !SCORNED.test(failedRead)
      ? failedRead
      : undefined;
  // "paid 7.90 for express shipping on fri, parcel turned up today (wed)": it came, late; it is not missing.
  const came = complaint?.problem === "delivery" && CAME_LATE.test(read);
  const lifted: Omit<Case, "missing"> = {
    ...(shownDevice ? { product: shownDevice } : product ? { product } : {}),
    ...(came ? { came } : {}),
    ...(failed ? { failed } : {}),
    numbers: caseNumbers(read).slice(0, 3),
    amounts: amountsIn(read),
    dates,
    durations,
    places,
    people: people.length > 0 || !(praised || assessment.tone === "positive") ? people : unnamedStaff(read),
    ...(complaint ? { problem: complaint.problem } : {}),
    problemWords: complaint?.words ?? [],
    errors,
    ...(shown ? { shown } : {}),
    ...(device ? { device } : {}),
    // "how do I cancel my subscription? can't find it anywhere": not finding the way out is still the request.
    ...(leaving && (!complaint || /\bfind|\bfinde/iu.test(complaint.words.join(" "))) ? { leaving } : {}),
    ...(complaint?.problem === "billing" && NOTICE_GIVEN.test(read) ? { noticeGiven: true } : {}),
    ...(version ? { version } : {}),
    ...(facility ? { facility } : {}),
    ...(praised ? { praised } : {}),
    ...(firstPerson ? { firstPerson } : {}),
    ...(paid ? { paid } : {}),
    ...(item ? { item } : {}),
    ...(criticised ? { criticised } : {}),
    ...(baggage ? { baggage } : {}),
    ...(line ? { line } : {}),
    // "Im Café wurde ich heute total unfreundlich abgewimmelt": treated badly where one is served is a visit, whether
    // or not the branch is named.
    ...((places.length > 0 && SERVED.test(read)) || (complaint?.problem === "service" && MET_IN_PERSON.test(read))
      ? { visited: true }
      : {}),
    ...fairOf(read),
    ...(OUTAGE_OVER.test(read) ? { outageOver: true } : {}),
    ...(BEREAVED.test(read) ? { bereaved: true } : {}),
    ...(CHASED.test(read) ? { chased: true } : {}),
    ...billOf(read),
    ...(complaint?.problem === "billing" && BILL_NOT_RECEIVED.test(read) ? { billMissing: true } : {}),
    ...(poorly?.[1] && poorly[2] ? { served: { thing: poorly[1], state: poorly[2] } } : {}),
    ...(damaged ? { damaged } : {}),
    ...(WORK_DONE.test(read) ? { work: true } : {}),
    ...(complaint?.problem === "other" || complaint?.problem === "defect" ? soldOutOf(read) : {}),
    ...(complaint?.problem === "other" || complaint?.problem === "defect" ? brokenOf(read) : {}),
    // "Bestellung 20931 kam heute an … die große Tasse hat nen Riss": what came cracked in a delivery.
    ...(complaint?.problem === "delivery" ? crackedOf(read) : {}),
    // What was served has its own words ("dass Ihre Zimtschnecke trocken war").
    ...((complaint?.problem === "other" || complaint?.problem === "defect") && !poorly
      ? statedOf(read, complaint.words)
      : {}),
    ...(complaint?.problem === "billing" || complaint?.problem === "refund" ? chargedOf(read) : {}),
    ...(billedInstead ? { billedInstead } : {}),
    ...(complaint?.problem === "billing" ? discountCodeOf(read) : {}),
    ...(arrivedAs && (complaint?.problem === "delivery" || complaint?.problem === "defect") ? { arrivedAs } : {}),
    // "noch immer keine Kündigungsbestätigung": papers that did not come, whatever the problem was read as (not "Ihr
    // habt mir eine Kündigungsbestätigung geschickt, aber …").
    ...(papers &&
    (complaint?.problem === "delivery" ||
      (complaint &&
        /bestätigung|confirmation|quittung|bescheinigung|protokoll/iu.test(papers) &&
        (NO_PAPERS.test(read.replace(papers, "§")) ||
          PAPERS_NOT_COME.test(read.replace(papers, "§")) ||
          CANCELLED_NO_CONFIRMATION.test(read))))
      ? { papers }
      : {}),
    ...(complaint?.problem === "waiting" ? awaitedOf(read) : {}),
    // "Zum DRITTEN mal wird meine Energieberatung verschoben": what is put off, however the problem was read.
    ...(complaint?.problem === "other" ? putOffOf(read) : {}),
    ...(complaint?.problem === "refund" ? owedAsOf(read) : {}),
    ...(complaint ? rejectedOf(read) : {}),
    // "ein Neukundenbonus von 100 € versprochen … auf keiner Rechnung taucht der auf": the bonus, not a debit.
    ...(complaint?.problem === "billing" || complaint?.problem === "refund" ? bonusOf(read) : {}),
    ...(complaint?.problem === "service" && places.length === 0 ? channelOf(read) : {}),
    ...(complaint ? swappedOf(read) : {}),
    ...(complaint?.problem === "safety" ? safetyDetails(read) : {}),
  };
  const missing = missingOf(lifted, read);
  return { ...lifted, ...(missing ? { missing } : {}) };
}
