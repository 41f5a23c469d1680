/**
 * The grammatical gender of the things a German case names, so a reply can say "mit Ihrer Wärmepumpe WP 9" and
 * "mit Ihrem Router". A thing not listed gets a phrase that needs no article.
 */
type Gender = "f" | "m" | "n" | "pl";

const GENDERS: ReadonlyArray<[RegExp, Gender]> = [
  [
    /^(?:app|kaffeemaschine|maschine|wärmepumpe|wp|therme|solaranlage|wallbox|waschmaschine|matratze|kundenkarte|karte|bohne|mühle|webseite|website|api|schnittstelle|jacke|hose|jeans|suppe|pizza|torte|brezel|waffel|bowl|limonade|schokolade|milch|hafermilch|portion|zimtschnecke|schnecke|röstung|außeneinheit|handmühle|kaffeemühle|espressomaschine)$/i,
    "f",
  ],
  [
    /^(?:router|siebträger|gutscheincode|wechselrichter|stromspeicher|speicher|heizstab|laptop|fernseher|wasserkocher|toaster|staubsauger|bildschirm|drucker|kühlschrank|tarif|stromtarif|gutschein|espresso|kaffee|zähler|stromzähler|onlineshop|shop|hoodie|pullover|pulli|mantel|rucksack|sneaker|cappuccino|latte|white|tee|kuchen|milchschaum|kakao|chai|burger|salat|cortado|macchiato|americano|mocha|muffin|keks|bagel|toast|käsekuchen|kurs|workshop|rückruf|anruf|einbau|austausch|kundenservice|service|support)$/i,
    "m",
  ],
  [
    /^(?:modem|handy|smartphone|tablet|sofa|abo|abonnement|kundenportal|portal|dashboard|shirt|t-shirt|kleid|croissant|brötchen|essen|sandwich|frühstück|getränk|gebäck|stück|wasser|menü|projekt|angebot|catering|team)$/i,
    "n",
  ],
  [/^(?:bohnen|schuhe|filtertüten|kapseln|pads)$/i, "pl"],
  // What an installation can damage, compounds by their last part: "Parkettboden", "Haustür", "Küchenfenster".
  [
    /(?:boden|teppich|zaun|flur|rasen|garten|carport|briefkasten|keller|teich|schuppen|wagen|pkw|lift|aufzug|schalter|fühler|sensor|ofen|herd|hahn|stecker|akku|motor|deckel|schlauch|kessel|tank|sitz)$/i,
    "m",
  ],
  [
    /(?:wand|tür|decke|treppe|küche|arbeitsplatte|einfahrt|fassade|garage|regenrinne|dachrinne|hecke|terrasse|mauer|anlage|leitung|pumpe|heizung|lampe|leuchte|steckdose|klingel|markise|dusche|toilette|spülmaschine|anzeige|platte|scheibe)$/i,
    "f",
  ],
  [
    /(?:auto|fenster|parkett|dach|geländer|laminat|gerät|tor|gartentor|beet|pflaster|gewächshaus|ventil|kabel|display|licht|rohr|schloss|fahrrad|lastenrad)$/i,
    "n",
  ],
];

const PREPOSITIONS = /^(?:an|auf|für|mit|von|vom|zu|zum|zur|bei|beim|in|im|am|aus|über|unter|nach|vor|ohne|gegen)$/iu;

/** The gender of a product phrase: its first word, or its last for names before the thing ("Rheinwerk Zuhause App"). */
export function genderOf(product: string): Gender | undefined {
  const all = product.replace(/[„“"]/g, "").split(/\s+/);
  // "Anfrage an den Service": the head comes before a preposition; what follows it is another noun's.
  const cut = all.findIndex((word, at) => at > 0 && PREPOSITIONS.test(word));
  const words = cut > 0 ? all.slice(0, cut) : all;
  for (const word of [words[0] ?? "", words[words.length - 1] ?? ""]) {
    for (const [pattern, gender] of GENDERS) if (pattern.test(word)) return gender;
  }
  // "Kürbis-Chai": a hyphened compound takes the gender of its last part.
  const hyphened = (words[0] ?? "").split("-");
  if (hyphened.length > 1) {
    const last = hyphened.at(-1) ?? "";
    for (const [pattern, gender] of GENDERS) if (pattern.test(last)) return gender;
  }
  // "Geburtstagstorte", "Kirschkuchen": a compound takes the gender of its last part.
  const whole = words[0] ?? "";
  for (let cut = 3; whole.length - cut >= 4; cut++) {
    const tail = whole.slice(cut);
    for (const [pattern, gender] of GENDERS) if (/^\p{Ll}/u.test(tail) && pattern.test(tail)) return gender;
  }
  // "Zimtschnecken in Ottensen": the plural of a listed feminine thing. Only -n and -en: "des Kaffees" is a
  // genitive, and a feminine noun takes no genitive ending.
  const first = words[0] ?? "";
  for (const ending of ["n", "en"]) {
    if (first.length > ending.length + 2 && first.toLowerCase().endsWith(ending)) {
      const singular = first.slice(0, -ending.length);
      if (GENDERS.some(([pattern, gender]) => gender === "f" && pattern.test(singular))) return "pl";
    }
  }
  return undefined;
}

/** What the company runs, not what the customer owns: "mit unserer App", not "mit Ihrer App". */
export function companyOwned(product: string): boolean {
  return /(?:^|\s)(?:app|webseite|website|onlineshop|shop|kundenportal|portal|api|schnittstelle|dashboard|provider|plugin|sdk)$/i.test(
    product.replace(/[„“"]/g, "").trim(),
  );
}

/** "Ihrer", "deinem", "unserer" … : the possessive in the dative. */
export function possessiveDative(gender: Gender, form: "sie" | "du" | "we"): string {
  const stem = form === "we" ? "unser" : form === "sie" ? "Ihr" : "dein";
  return stem + (gender === "f" ? "er" : gender === "pl" ? "en" : "em");
}

/** "Ihre", "dein" … : the possessive in the nominative. */
export function possessiveNominative(gender: Gender, form: "sie" | "du"): string {
  const stem = form === "sie" ? "Ihr" : "dein";
  return stem + (gender === "f" || gender === "pl" ? "e" : "");
}

/** "Ihren Router", "deine Wärmepumpe", "unser Portal": the possessive in the accusative. */
export function possessiveAccusative(gender: Gender, form: "sie" | "du" | "we"): string {
  const stem = form === "we" ? "unser" : form === "sie" ? "Ihr" : "dein";
  return stem + (gender === "f" || gender === "pl" ? "e" : gender === "m" ? "en" : "");
}

/** "die Zimtschnecken in Ottensen": a plural of a listed thing with its article. */
export function withGermanPluralArticle(noun: string): string | undefined {
  return genderOf(noun) === "pl" ? `die ${noun}` : undefined;
}

/** "die Installation", "das Team": a noun with its article when its gender is known, by the list or a sure suffix. */
export function withGermanArticle(noun: string): string | undefined {
  const last = noun.split(/\s+/).at(-1) ?? noun;
  const gender =
    genderOf(noun) ??
    (/(?:ung|tion|heit|keit|schaft|tät|montage|age)$/iu.test(last) && !/image$/iu.test(last)
      ? "f"
      : /(?:chen|lein|ment)$/iu.test(last) || /^team$/iu.test(last)
        ? "n"
        : undefined);
  if (!gender || gender === "pl") return undefined;
  return `${gender === "f" ? "die" : gender === "m" ? "der" : "das"} ${noun}`;
}
