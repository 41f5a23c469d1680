/**
 * The product or service a comment is about: a known kind of thing (app, Wärmepumpe, Kaffeemaschine, router,
 * subscription …) with the name or model that follows it ("Wärmepumpe WP 9", "Rheinwerk Zuhause app"), or a name
 * in quotation marks ("die Bohne 'Nordlicht'").
 */
const THINGS_DE =
  "App|Kaffeemaschine|Maschine|Wärmepumpe|Solaranlage|Wechselrichter|Stromspeicher|Speicher|Außeneinheit|Außengerät|Innengerät|Wallbox|Router|Modem|Handy|Smartphone|Tablet|Laptop|Fernseher|" +
  "Bildschirm|Drucker|Kühlschrank|Wasserkocher|Toaster|Staubsauger|Waschmaschine|Sofa|Matratze|Tarif|Stromtarif|Abo|Abonnement|Gutschein|Kundenkarte|" +
  "Karte|Röstung|Espresso|Bohnen|Bohne|Kaffee|Mühle|Handmühle|Kaffeemühle|Espressomaschine|Siebträger|Gutscheincode|Zähler|Stromzähler|Therme|Webseite|Website|Onlineshop|Shop|Kundenportal|Portal|" +
  "API|Schnittstelle|Dashboard|Filtertüten|Filterpapier|Kapseln|Pads|Hoodie|Pullover|Pulli|Jacke|Hose|Jeans|Shirt|T-Shirt|Kleid|Mantel|Schuhe|Sneaker|Rucksack";
const THINGS_EN =
  "app|coffee machine|machine|roast|blend|heat pump|boiler|solar panels|inverter|battery|outdoor unit|router|modem|phone|tablet|laptop|TV|screen|printer|fridge|" +
  "washing machine|integration|kettle|toaster|vacuum|hoover|sofa|mattress|plan|tariff|subscription|gift voucher|voucher code|voucher|gift card|card|espresso|beans|grinder|smart meter|meter|website|" +
  "online shop|portal|API|dashboard|filter papers|filters|pods|capsules|hoodie|jumper|sweater|jacket|trousers|jeans|shirt|t-shirt|dress|coat|shoes|trainers|sneakers|backpack";

const QUOTED = /[„"“'‚]([^„"“”'‚‘\n]{2,40})[“”"'‘]/u;
// "Zähler 1ESY1160": a meter's serial is its model here; a code is never cut inside ("1ES" of "1ESY1160").
const MODEL =
  "(?:\\s(?:\\d[A-Z]{2,4}\\d{3,14}(?![\\p{L}\\d])|[A-Z]{1,4}[- ]?\\d{1,4}[A-Za-z]{0,2}(?:[\\dA-Z]{1,4})?(?:-[\\dA-Z]{1,6})*(?![\\p{L}\\d])|\\d{1,4}[A-Z]{0,2}(?![\\p{L}\\d/])(?![\\d.,]*\\s?(?:€|Euro|EUR|%|Uhr|Tag|Woche|Monat|Jahr|Stunde|Minute|tag|woche|monat|jahr|stunde|min|std|day|week|month|year|hour|minute|x\\b))|(?!(?:Fehler|Störung|Error|Fehlermeldung|Probleme?|Ihr|Ihre|Ihres|Ihren|Ihrem|Ihrer|Sie|Euer|Eure|Eures|Euren|Eurem|Dein|Deine|Deines|Deinen|Deinem|Mein|Meine|Meines|Meinen|Meinem)(?![\\p{L}]))[A-ZÄÖÜ](?=\\p{L}{0,19}\\p{Ll})[\\p{L}]{2,20}(?:\\s[A-ZÄÖÜ][\\p{L}]{2,20})?))?";
// "die Wärmepumpe Fehler E27": a fault the thing shows is no part of its name; "a DARK roast AGAIN": a word shouted
// in capitals is no name either.
/** "App" or "app": the first letter in either case; a model after it must start with a capital or a digit. */
const eitherCase = (things: string) =>
  things
    .split("|")
    .map((thing) => `[${thing[0]?.toUpperCase()}${thing[0]?.toLowerCase()}]${thing.slice(1)}`)
    .join("|");
// "phone numbers", "card reader": a thing's word before another noun names that noun, not the thing.
const THING_ALL = new RegExp(
  `\\b(?:${eitherCase(THINGS_DE)}|${eitherCase(THINGS_EN)})\\b(?!\\s(?:numbers?|lines?|calls?|support|readers?|readings?|terminals?|starter|kits?|nummer\\w*))${MODEL}`,
  "gu",
);
/** "Rheinwerk Zuhause app": a name before the kind of thing. */
const NAMED_APP = /\b((?:[A-ZÄÖÜ][\p{L}]{2,20}\s){1,2})(?:app|App|provider|plugin|Plugin|SDK)\b/u;
/** Capitalised words that start a sentence, not a name: "Die Rheinwerk App" is the Rheinwerk App. */
const DETERMINERS = /^(?:Die|Der|Das|Eure|Ihre|Deine|Meine|Unsere|Your|The|My|Our|This|Diese)\s+/u;
/** What the company runs; a thing the customer owns is named before it ("wallbox … im shop": the wallbox). */
const VENUE = /^(?:app|webseite|website|onlineshop|shop|kundenportal|portal|online shop|api|schnittstelle|dashboard)$/i;

const BLANK = /(?:wei(?:ß|ss)\p{L}*|schwarz\p{L}*|leer\p{L}*|white|black|blank|empty)\s$/iu;
/** "mit Karte zahlen", "pay by card": how one pays, not a card the company sold. */
const PAID_WITH = /\b(?:mit|per|by|with)\s$/iu;

/** "unsere WP 12 taktet", "my KS-200 keeps beeping": a model the writer owns, named without its kind. */
const OWNED_MODEL =
  /\b(?:[Uu]nsere?|[Mm]eine?|[Uu]nserer|[Mm]einer|[Oo]ur|[Mm]y)\s([A-Z]{1,4}[- ]?\d{1,4}[A-Za-z]?)\b(?![-/.]?\d)/u;

const REJECTED = /(?:,\s*(?:nicht|not)|(?<!\p{L})(?:statt|anstatt|instead of))\s+(?:ein(?:en|e)?\s+|an?\s+)?$/iu;

/**
 * The devices a website is tried on; "tried phone and laptop", "mit Handy und Laptop probiert", "On my phone the
 * product pages take forever to load".
 */
const DEVICES = "phone|laptop|tablet|handy|smartphone|pc|computer";
const DEVICE_ALONE = new RegExp(`^(?:${DEVICES})\\b`, "i");
const TRIED_ON_BEFORE = new RegExp(
  `\\b(?:(?:tried|tried it on|tried on|on both|on|auf|mit)\\s(?:(?:my|the|dem|meinem)\\s)?|(?:${DEVICES})\\s(?:and|und|\\+|&)\\s(?:(?:my|the|dem|meinem)\\s)?)$`,
  "iu",
);
const AND_DEVICE_AFTER = new RegExp(`^\\s(?:and|und|\\+|&)\\s(?:(?:my|the|dem|meinem)\\s)?(?:${DEVICES})\\b`, "iu");

export function caseProduct(text: string): string | undefined {
  const named = NAMED_APP.exec(text);
  if (named) return named[0].trim().replace(DETERMINERS, "");
  const things = [...text.matchAll(THING_ALL)].filter(
    (match) =>
      // "stehen teils 2 Meter vom Schlafzimmerfenster": a length, no meter.
      !(/^meter\b/iu.test(match[0]) && /\d\s?$/u.test(text.slice(Math.max(0, match.index - 3), match.index))) &&
      // "Ich will French Press, nicht Espresso": what they did not want is not their product.
      !REJECTED.test(text.slice(Math.max(0, match.index - 16), match.index)) &&
      !(/^(?:karte|card)\b/i.test(match[0]) && PAID_WITH.test(text.slice(Math.max(0, match.index - 5), match.index))) &&
      // "zweimal über die App gemeldet": the way it was reported, not what failed.
      !(
        /^(?:app|portal|kundenportal)\b/i.test(match[0]) &&
        /^\s(?:gemeldet|gemacht|geschrieben|reported|submitted)\b/iu.test(text.slice(match.index + match[0].length)) &&
        /(?<!\p{L})(?:über|via|per|in|through)\s(?:die|der|eure|eurer|Ihre|Ihrer|the|your)?\s?$/iu.test(
          text.slice(Math.max(0, match.index - 12), match.index),
        )
      ) &&
      // "every time i open the meter section", "stürzt die app bei „zähler“ ab": a part of the app, named by its
      // label, is where the app fails, not a thing that failed.
      !/^\s*(?:section|tab|menu|screen|bereich|menü|menue|reiter)\b/iu.test(
        text.slice(match.index + match[0].length),
      ) &&
      !(/[„"“'‚]$/u.test(text.slice(Math.max(0, match.index - 1), match.index)) && /\bapp\b/iu.test(text)) &&
      // "stood at the fence with a decibel app": some app of the writer's, none of ours.
      !(
        /^app\b/iu.test(match[0]) &&
        /(?<!\p{L})(?:a|an|ein|eine|einer|einem)\s[\p{L}-]+\s$/iu.test(
          text.slice(Math.max(0, match.index - 20), match.index),
        )
      ) &&
      // "Extra Urlaub genommen, Kaffee gekocht": what the writer made while waiting, not a product of ours.
      !/^\s(?:gekocht|aufgesetzt|getrunken|gemacht|brewed|made)\b/iu.test(text.slice(match.index + match[0].length)) &&
      // "ur guy came … w/o his laptop", "seinen Laptop vergessen": someone else's thing, not theirs.
      !/\b(?:his|her|their|sein|seine|seinen|seinem|ihren)\s$/iu.test(
        text.slice(Math.max(0, match.index - 8), match.index),
      ) &&
      // "my tamper from your shop": where it was bought, not what failed.
      !(
        /^(?:shop|onlineshop|laden)\b/i.test(match[0]) &&
        /\b(?:from|in|at|aus|im|bei)\s(?:your|the|our|eurem|euren|dem|ihrem)\s$/iu.test(
          text.slice(Math.max(0, match.index - 12), match.index),
        )
      ) &&
      // "tried phone and laptop", "mit Handy und Laptop probiert": the devices a website was tried on, not what failed.
      !(
        DEVICE_ALONE.test(match[0]) &&
        (TRIED_ON_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index)) ||
          AND_DEVICE_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 24)))
      ) &&
      // "Love your beans but the new cups …": what is praised before the "but" is not what failed.
      !(
        /^(?:bohnen?|beans)\b/iu.test(match[0]) &&
        /(?<!\p{L})(?:love|like|adore|liebe|mag)\s(?:your|the|eure|euren|die)\s$/iu.test(
          text.slice(Math.max(0, match.index - 12), match.index),
        )
      ) &&
      // "wir sitzen abends mit Decken aufm Sofa": where they sit, no thing of ours.
      !/(?<!\p{L})(?:aufm|auf dem|auf'm|aufs|on the|on our|on my)\s$/iu.test(
        text.slice(Math.max(0, match.index - 8), match.index),
      ) &&
      // "tried 4 times, phone restarted, still nothing": the device restarted to make the app work, not what failed.
      !(
        DEVICE_ALONE.test(match[0]) &&
        /^\s(?:restarted|rebooted|neu gestartet|neugestartet|reset|updated|aktualisiert)\b/iu.test(
          text.slice(match.index + match[0].length, match.index + match[0].length + 16),
        )
      ) &&
      // "my beans run out tomorrow": what they will soon need, not what failed.
      !/^\s(?:run|runs|are running|is running|gehen|geht|sind)\s(?:out|aus|bald|leer|alle)\b/iu.test(
        text.slice(match.index + match[0].length, match.index + match[0].length + 24),
      ) &&
      // "das personal glotzt nur aufs handy": staff at their own phones, no device of the writer's.
      !(
        /^(?:handy|smartphone|phone)\b/i.test(match[0]) &&
        /(?<!\p{L})(?:aufs|auf (?:ihr|sein|das)|an ihrem|an seinem|on (?:their|his|her))\s$/iu.test(
          text.slice(Math.max(0, match.index - 12), match.index),
        )
      ) &&
      // "why does nobody pick up the phone": the company's line, not a phone of theirs.
      !(
        /^phone\b/i.test(match[0]) &&
        /\b(?:pick up|picks up|picked up|picking up|answer|answers|answered|on|by|over) the\s$/iu.test(
          text.slice(Math.max(0, match.index - 16), match.index),
        )
      ) &&
      // "hab mir die Jeans dran aufgerissen", "ripped my jeans on a screw": their own clothes, damaged, not sold.
      !(
        /^(?:jeans|hose|jacke|mantel|pulli|pullover|shirt|t-shirt|kleid|schuhe|jacket|coat|trousers|dress|shoes|sweater|jumper)\b/i.test(
          match[0],
        ) &&
        /(?<!\p{L})(?:mir\s(?:\p{L}+\s)?(?:die|den|das|meine|meinen|mein)|(?:ripped|tore|ruined|stained|torn)\s(?:my|her|his)|(?:über|ueber|auf|on|over)\s(?:meine|meinen|mein|my)\s(?:neue\p{L}*\s|new\s)?)\s?$/iu.test(
          text.slice(Math.max(0, match.index - 24), match.index),
        )
      ) &&
      // "dass man die Jacke anlassen muss", "had to keep my coat on": clothes worn because it is cold, not sold.
      !(
        /^(?:jacke|mantel|pulli|pullover|jacket|coat|jumper|sweater)\b/i.test(match[0]) &&
        /^\s(?:\p{L}+\s)?(?:anlassen|anbehalten|anbehält|anlässt|on)\b/iu.test(
          text.slice(match.index + match[0].length, match.index + match[0].length + 24),
        )
      ) &&
      // "went exactly to plan", "according to plan": how it went, not a plan they bought. "I cannot plan around this",
      // "we need to plan": the verb.
      !(
        /^plan\b/i.test(match[0]) &&
        /\b(?:to|according to|as per|nach|can|cannot|can't|can’t|could|couldn't|will|won't|i|we|you|they)\s$/iu.test(
          text.slice(Math.max(0, match.index - 14), match.index),
        )
      ) &&
      // "every room is either sauna or fridge", "wie ein Kühlschrank": a thing compared with, not one they have.
      !/\b(?:like|wie|or|oder|than|als)\s(?:an?\s|ein(?:e|en|em)?\s|the\s)?$/iu.test(
        text.slice(Math.max(0, match.index - 10), match.index),
      ) &&
      // "aber leider keine Mühle dazu", "instead of the meter cabinet", "before it lands on somebody's laptop": a thing
      // they lack, one it should have been, or someone else's, never theirs that failed.
      !/\b(?:kein|keine|keinen|no|without|ohne|weder\s(?:\p{L}+\s){1,3}noch|instead of the|statt der|statt dem|statt des|anstatt|somebody's|someone's|anyone's|jemandes)\s(?:\p{Ll}+\s)?$/iu.test(
        text.slice(Math.max(0, match.index - 20), match.index),
      ) &&
      // "dass meine Wäsche nach verbranntem Kaffee stinkt": a smell named, not their coffee.
      !(
        /\bnach\s(?:\p{Ll}+\s)?$/u.test(text.slice(Math.max(0, match.index - 20), match.index)) &&
        /^\S*\s(?:stinkt|stinken|riecht|riechen|schmeckt|schmecken)\b/u.test(
          text.slice(match.index, match.index + match[0].length + 12),
        )
      ) &&
      // "either you've got a time machine or …": a joke's machine, not one they bought.
      !(
        /^(?:machine|maschine)\b/iu.test(match[0]) &&
        /\b(?:time|zeit)\s?$/iu.test(text.slice(Math.max(0, match.index - 6), match.index))
      ) &&
      // "sie sagt die Maschine macht nur 80 Grad": the café's machine in what staff said, not the guest's.
      !/\b(?:sagt|sagte|meint|meinte|says|said)\s(?:die|der|das|the)\s$/iu.test(
        text.slice(Math.max(0, match.index - 14), match.index),
      ) &&
      // "18 Std im Kühlschrank": where the cold brew stood, not a fridge they bought.
      !(
        /^(?:kühlschrank|fridge)\b/iu.test(match[0]) &&
        /\b(?:im|in den|in meinem|in unserem|in the|in my|in our)\s$/iu.test(
          text.slice(Math.max(0, match.index - 12), match.index),
        )
      ) &&
      // "bringt laut App grad mal 60%": the app that reports it is not the thing that fails.
      !(
        /^app\b/i.test(match[0]) &&
        /\b(?:laut|lt\.|according to|in)\s(?:der\s|the\s|your\s|my\s|unserer\s|eurer\s|Ihrer\s)?$/iu.test(
          text.slice(Math.max(0, match.index - 20), match.index),
        )
      ) &&
      // "einen weißen Bildschirm", "a blank screen": what the app shows, not a screen they bought.
      !(
        /^(?:bildschirm|screen)\b/i.test(match[0]) && BLANK.test(text.slice(Math.max(0, match.index - 10), match.index))
      ) &&
      // "an infinite loading screen", "when I open the meter screen": a view of the app, not a screen they own.
      !(
        /^screen\b/i.test(match[0]) &&
        /(?<!\p{L})(?:loading|login|log-in|sign-in|home|start|meter|main|payment|checkout|splash|lock|welcome|settings|error|account|billing|reading|readings|dashboard|overview|tariff|contract)\s$/iu.test(
          text.slice(Math.max(0, match.index - 12), match.index),
        )
      ),
  );
  // "app crashes every time I try to submit a meter reading": the app that fails is the thing, not the reading's meter.
  const failing = things.find(
    (match) =>
      /^(?:app|website|webseite|portal|kundenportal)\b/iu.test(match[0].trim()) &&
      /^\s*(?:crashes|crashed|keeps crashing|freezes|froze|stürzt|hängt|won'?t (?:load|open)|doesn'?t (?:load|open|work))/iu.test(
        text.slice(match.index + match[0].length),
      ),
  );
  if (failing) return capitalised(failing[0].trim());
  const owned = things.find((match) => !VENUE.test(match[0].trim().split(/\s+/)[0] ?? ""));
  const thing = owned ?? things[0];
  const quoted = QUOTED.exec(text);
  if (thing && quoted && Math.abs(quoted.index - (thing.index + thing[0].length)) <= 2) {
    return `${thing[0].trim()} „${quoted[1]}“`;
  }
  if (!thing) return OWNED_MODEL.exec(text)?.[1];
  // "the Nachtschicht blend", "my Hafenblick beans": a name before an English kind of thing is part of it.
  const name = /^[a-z]/u.test(thing[0].trim())
    ? // "that new Kenya filter roast": the name and the kind of roast before the thing.
      /\b(?:the|my|our|your|that|this|new)\s(?:new\s)?([A-ZÄÖÜ][\p{L}]{2,20}(?:\s(?:filter|espresso|decaf|house|single|cold|dark|light|medium))?)\s$/u.exec(
        text.slice(Math.max(0, thing.index - 40), thing.index),
      )
    : null;
  if (name?.[1]) return `${name[1]} ${trimTrailingNoun(thing[0].trim())}`;
  // "2 bags of Kreuzberg Blend", "the Kreuzberg House Blend": a blend's name written before it, capitalised.
  const blend = /^(?:Blend|Roast)$/u.test(thing[0].trim())
    ? /(?<!\p{L})((?:(?!(?:The|My|Our|Your|This|That|New)\s)[A-ZÄÖÜ][\p{L}]{2,20}\s)?(?!(?:The|My|Our|Your|This|That|New)\s)[A-ZÄÖÜ][\p{L}]{2,20})\s$/u.exec(
        text.slice(Math.max(0, thing.index - 40), thing.index),
      )
    : null;
  if (blend?.[1]) return `${blend[1]} ${thing[0].trim()}`;
  const said = capitalised(trimTrailingNoun(thing[0].trim()));
  // "die Röstung Abendrot": a roast's name is said in quotation marks, as a name.
  const roast = /^(Röstung|roast|blend)\s(\p{Lu}\p{Ll}+)$/u.exec(said);
  if (roast) return `${roast[1]} „${roast[2]}“`;
  // "die röstung elbufer ist einfach der hammer": a name typed small right after the kind of roast.
  const small = /^(?:Röstung|Sorte|Mischung)$/u.test(said)
    ? SMALL_NAME_AFTER.exec(text.slice(thing.index + thing[0].length))?.[1]
    : undefined;
  return small ? `${said} „${small.charAt(0).toUpperCase()}${small.slice(1)}“` : said;
}

/**
 * Words that follow "Röstung", "Sorte" or "Mischung" typed small and are no name of it: a verb ("die röstung klingt
 * zu gut"), an article, a preposition or an adverb. Shared with compose.ts, which reads the same name in praise.
 */
export const NOT_A_SMALL_NAME =
  "ist|war|sind|waren|hat|hatte|schmeckt|schmeckte|schmecken|von|aus|mit|für|die|der|das|den|dem|und|oder|aber|bei|im|in|auf|nicht|auch|echt|wirklich|einfach|total|heute|gestern|jetzt|schon|noch|mal|bitte|ganz|sehr|ändern|verändern|wechseln|umstellen|lassen|machen|anpassen|behalten|probieren|kaufen|bestellen|nehmen|klingt|klingen|riecht|sieht|kommt|kam|geht|läuft|lief|gibt|wird|wurde|finde|find";
const SMALL_NAME_AFTER = new RegExp(`^\\s(?!(?:${NOT_A_SMALL_NAME})(?!\\p{L}))(\\p{Ll}{4,20})(?!\\p{L})`, "u");

/** German nouns only: "app" or "router" typed in an English comment stays as it is. */
const ENGLISH_THINGS = new Set(THINGS_EN.toLowerCase().split("|"));
const GERMAN_THINGS = new Set(THINGS_DE.split("|").filter((thing) => !ENGLISH_THINGS.has(thing.toLowerCase())));

/**
 * "Heat pump installed 3 weeks ago": in an English reply, a kind of thing capitalised only because it opened a
 * sentence is said in lower case ("your heat pump"); a name or model ("Pixel 7", "WP 12") keeps its capitals.
 */
export function inEnglish(product: string): string {
  // "shop down since last night": a word English shares with German, capitalised as a German noun, is English here.
  if (/^(?:Shop|Website|Portal|App)$/u.test(product)) return product.toLowerCase();
  const kind = ENGLISH_KINDS.find((thing) => product.toLowerCase().startsWith(thing));
  if (!kind || !/^[A-Z][a-z]/.test(product) || /[A-Z]/.test(product.slice(1, kind.length))) return product;
  return product.charAt(0).toLowerCase() + product.slice(1);
}
const ENGLISH_KINDS = [...ENGLISH_THINGS].filter((thing) => /^[a-z]/.test(thing)).sort((a, b) => b.length - a.length);

/** "wallbox" as a customer typed it is said back as a German noun: "Wallbox". */
function capitalised(phrase: string): string {
  const [first = "", ...rest] = phrase.split(" ");
  const noun = first.charAt(0).toUpperCase() + first.slice(1);
  return GERMAN_THINGS.has(noun) && noun !== first ? [noun, ...rest].join(" ") : phrase;
}

/** "Wärmepumpe Seit" is no model: a capitalised word after the thing counts only if it is not a common word. */
const COMMON = new Set("Seit Bei Nach Und Oder Aber Ist War Hat Ist The And But Is Was Has For Since".split(" "));

function trimTrailingNoun(phrase: string): string {
  const words = phrase.split(" ");
  while (words.length > 1 && COMMON.has(words[words.length - 1] ?? "")) words.pop();
  return words.join(" ");
}
