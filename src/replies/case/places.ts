/**
 * Places a comment names: a branch ("Filiale Leipzig Südvorstadt", "the Manchester store", "café in
 * Hamburg-Ottensen") or a city after "in", "im", "at", "from" when it is one of the cities below — a capitalised
 * word after "in" is as often a German noun ("in Ordnung") as a place.
 */
const BRANCH =
  "Filiale|Laden|Café|Cafe|Markt|Standort|Geschäft|Niederlassung|Werk|Store|Shop|branch|store|shop|café|cafe|office";
const NAME = "[A-ZÄÖÜ][\\p{L}]{2,30}(?:[- ][A-ZÄÖÜ][\\p{L}]{2,30}){0,2}";

const AFTER_BRANCH = new RegExp(
  `\\b(?:${BRANCH})\\s(?:in\\s|im\\s|at\\s|on\\s)?(?:der\\s|dem\\s|the\\s)?(${NAME})`,
  "gu",
);
// "café" ends in a letter \b does not know: the word's end is written out.
const BEFORE_BRANCH = new RegExp(`\\b(${NAME})(?=\\s(?:${BRANCH}|team|staff|crew|baristas?)(?!\\p{L}))`, "gu");
/** "Die Bedienung in Kreuzberg", "the baristas at Ottensen": the people of a branch, named by where it is. */
const STAFF_IN = new RegExp(
  `\\b(?:Bedienung|Baristas?|Barista|Mitarbeiter(?:in|innen)?|Kollegin(?:nen)?|Kollegen|Team|staff|baristas?|team|bei euch|bei Ihnen)\\s(?:in|at)\\s(?:der\\s|dem\\s)?(${NAME})(?=[\\s,.!?]|$)`,
  "gu",
);
const DEPARTMENT =
  /^(?:Kundenservice|Kundendienst|Service|Support|Hotline|Callcenter|Zentrale|Buchhaltung|Verwaltung|Vertrieb|Büro|Office|Shop|Laden|Filiale|Store|Café|Cafe|Team|Customer|Sales|Billing|Accounts|Head|The|Our|Your)(?![\p{L}])/u;
// "in der Schanze": a quarter named with its article.
// "I moved here from Dublin", "my in-laws over from Dublin": where someone comes from is no place of the case.
const ORIGIN =
  /\b(?:moved|moving|came|come|comes|coming|am|i'm|im|originally|komme|kommt|stamme|stammt|ursprünglich|gezogen|ziehe|zog|hergezogen|over|visiting|flew|flown|angereist|zu besuch)\b(?:\s\S+){0,4}\s*$/iu;
const CITY_AFTER = new RegExp(`\\b(?:[Ii]n der|[Aa]us der|[Ii]n|[Ii]m|at|from|nach|aus)\\s(${NAME})`, "gu");

const CITIES = new Set(
  (
    "Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund Essen Bremen Dresden Hannover " +
    "Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster Mannheim Karlsruhe Augsburg Wiesbaden Mönchengladbach " +
    "Gelsenkirchen Aachen Braunschweig Kiel Chemnitz Halle Magdeburg Freiburg Krefeld Mainz Lübeck Erfurt Oberhausen " +
    "Rostock Kassel Hagen Potsdam Saarbrücken Hamm Ludwigshafen Oldenburg Osnabrück Leverkusen Heidelberg Darmstadt " +
    "Solingen Regensburg Paderborn Ingolstadt Würzburg Ulm Wolfsburg Göttingen Koblenz Trier Jena Wien Graz Linz " +
    "Salzburg Innsbruck Zürich Basel Bern Luzern London Manchester Birmingham Leeds Glasgow Edinburgh Liverpool Bristol " +
    "Cardiff Belfast Dublin Paris Amsterdam Brussels Brüssel Vienna Munich Cologne Madrid Rome Rom Barcelona Milan " +
    "Mailand Prague Prag Warsaw Warschau Copenhagen Kopenhagen Stockholm Oslo Lisbon Lissabon Athens Athen " +
    "Istanbul New York Chicago Boston Seattle Austin Denver Toronto Sydney Melbourne " +
    // Towns of about 40,000 people and more, the company's region first ("in Bergisch Gladbach-Refrath").
    "Bergisch Neuss Moers Siegen Hildesheim Salzgitter Cottbus Pforzheim Reutlingen Gütersloh Bottrop Recklinghausen " +
    "Remscheid Erlangen Fürth Heilbronn Offenbach Witten Gera Iserlohn Zwickau Schwerin Düren Esslingen Ratingen " +
    "Lünen Hanau Marl Ludwigsburg Flensburg Tübingen Velbert Konstanz Worms Minden Dorsten Neumünster Troisdorf " +
    "Gladbeck Bamberg Viersen Marburg Rheine Detmold Bayreuth Arnsberg Lüneburg Bocholt Aschaffenburg Dinslaken " +
    "Celle Kempten Fulda Landshut Lippstadt Herford Kerpen Sindelfingen Dormagen Weimar Grevenbroich Rosenheim " +
    "Hürth Frechen Pulheim Brühl Wesseling Erftstadt Hennef Königswinter Overath Bergheim Euskirchen Sankt Siegburg " +
    "Meckenheim Rheinbach Niederkassel Langenfeld Monheim Hilden Solingen Wermelskirchen Elsdorf Erkrath Mettmann " +
    // Districts where branches are ("unser Café in Kreuzberg"), which people name without the city.
    "Kreuzberg Neukölln Friedrichshain Mitte Charlottenburg Schöneberg Wedding Moabit Pankow Ottensen Altona " +
    "Eimsbüttel Eppendorf Winterhude Barmbek Schanze Schwabing Haidhausen Giesing Sendling Ehrenfeld Nippes Sülz " +
    "Deutz Südvorstadt Connewitz Plagwitz Gohlis Neustadt Sachsenhausen Bornheim Bockenheim Linden Camden Shoreditch " +
    "Hackney Brixton Islington Soho Brooklyn"
  ).split(" "),
);

const COMPARED = /\b(?:best|finest|worst|beste[nrs]?|schönste[nrs]?|schlechteste[nrs]?)(?:\s[\p{L}-]+)?\s*$/iu;

const SHOUTED_COUNT =
  /^(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|TWICE|EINS|ZWEI|DREI|VIER|FÜNF|SECHS|SIEBEN|ACHT|NEUN|ZEHN|ZWEIMAL|DREIMAL|VIERMAL)$/u;
const NOT_A_BRANCH_NAME = new Set([
  // "bester Laden im Viertel", "der beste Kaffee im Kiez": the neighbourhood, unnamed.
  "Viertel",
  "Kiez",
  "Veedel",
  // "Rheinwerk's service team in English": the language they answered in, no place.
  "English",
  "German",
  "Englisch",
  "Deutsch",
  "Turkish",
  "Türkisch",
  "Polish",
  "Polnisch",
  "Spanish",
  "Spanisch",
  "French",
  "Französisch",
  "Italian",
  "Italienisch",
  "Arabic",
  "Arabisch",
  "Russian",
  "Russisch",
  "Ukrainian",
  "Ukrainisch",
  "Dutch",
  "Niederländisch",
  "Ich",
  "Wir",
  "Sie",
  "The",
  "Die",
  "Der",
  "Das",
  "Dort",
  "There",
  "Heute",
  "Today",
  // "Our office installation went to plan": whose office, not a place's name.
  "Our",
  "My",
  "Your",
  "This",
  "That",
  "Unser",
  "Unsere",
  // "Euer Shop lässt mich nicht bezahlen": whose shop, not where.
  "Euer",
  "Eure",
  "Eurem",
  "Euren",
  "Ihr",
  "Ihre",
  "Ihrem",
  "Dein",
  "Deine",
  "Mein",
  "Meine",
  // "bei euch in der Rösterei", "im Hinterhof": a kind of place, not its name.
  "Rösterei",
  "Roesterei",
  "Hinterhof",
  "Werkstatt",
  "Zentrale",
  "Lager",
  "Büro",
  // "Third café and still not one step-free entrance?": a count, not a branch.
  ..."First Second Third Fourth Fifth Erste Erstes Zweite Zweites Dritte Drittes Vierte".split(" "),
  // "your Kreuzberg café on Saturday": a day, not a branch.
  ..."Monday Tuesday Wednesday Thursday Friday Saturday Sunday Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(
    " ",
  ),
]);

export function casePlaces(text: string): string[] {
  const places: string[] = [];
  const add = (place: string | undefined) => {
    // "Leipziger" of "die Leipziger Filiale" is Leipzig.
    const said = place?.trim();
    const stem = said?.endsWith("er") ? said.slice(0, -2) : undefined;
    const name = stem && placeName(stem) ? stem : said;
    if (!name || NOT_A_BRANCH_NAME.has(name.split(/[- ]/)[0] ?? "")) return;
    // "ended up at your Kreuzberg café FOUR times": a count shouted, no place.
    if (/^(?:[A-ZÄÖÜ]{2,})$/u.test(name) && SHOUTED_COUNT.test(name)) return;
    if (!places.some((known) => known.includes(name) || name.includes(known))) places.push(name);
  };
  for (const match of text.matchAll(AFTER_BRANCH)) add(match[1]);
  for (const match of text.matchAll(BEFORE_BRANCH)) {
    // "The Manchester store": the article is not part of the name.
    const name = (match[1] ?? "").replace(/^(?:The|Die|Der|Das|Unser|Our|Your|Eure|Ihre) /, "");
    // "your Camden store", "eure Filiale"…: after a possessive the name before the branch word is the branch.
    const owned = /\b(?:your|eure[rnm]?|euer|Ihre[rnm]?)\s$/u.test(
      text.slice(Math.max(0, (match.index ?? 0) - 8), match.index),
    );
    // "the new Ottensen café": a capitalised word inside an English sentence, after "the", is the branch's name.
    // "Kreuzberg crew, you made my day": a name opening the comment before a branch's word.
    const named =
      /\b(?:the|our)\s(?:new\s|old\s|little\s)?$/u.test(
        text.slice(Math.max(0, (match.index ?? 0) - 12), match.index),
      ) || (match.index ?? 0) === 0;
    if (CITIES.has(name.split(/[- ]/)[0] ?? "") || owned || named) add(name);
  }
  // "das Team im Kundenservice", "the team at Support": a department, not a place.
  for (const match of text.matchAll(STAFF_IN)) if (!DEPARTMENT.test(match[1] ?? "")) add(match[1]);
  for (const match of text.matchAll(CITY_AFTER)) {
    // "the best in Berlin", "der beste Kaffee in Hamburg": a comparison, not where it happened.
    const before = text.slice(Math.max(0, (match.index ?? 0) - 30), match.index);
    if (COMPARED.test(before)) continue;
    // "I moved to Cologne from Dublin", "ich komme ursprünglich aus Rostock": where the writer is from, not where it
    // happened.
    if (/^(?:from|aus)\s/iu.test(match[0]) && ORIGIN.test(before)) continue;
    // "in Kreuzberg Spuren von Erdnüssen": a town's name goes on past a space only as "Bergisch Gladbach" does.
    const [first = "", ...rest] = (match[1] ?? "").split(" ");
    if (CITIES.has(first.split("-")[0] ?? "")) add(rest.length && !JOINED.has(first) ? first : match[1]);
  }
  // "im Kreuzberger Laden", "die Leipziger Filiale": the place's adjective before a branch's word.
  for (const match of text.matchAll(PLACE_BEFORE_BRANCH)) {
    const stem = match[1] ?? "";
    if (placeName(stem)) add(stem);
  }
  // "Da steht, Kreuzberg hat sonntags bis 18 Uhr offen": a quarter's name says which branch wherever it stands.
  for (const match of text.matchAll(QUARTER)) add(match[0]);
  for (const match of text.matchAll(QUARTER_SMALL)) add(match[0].charAt(0).toUpperCase() + match[0].slice(1));
  return places.slice(0, 3);
}

/** The first words of towns named in two: "Bergisch Gladbach", "Sankt Augustin", "New York". */
const JOINED = new Set(["Bergisch", "Sankt", "New", "Bad"]);

/** A town or a quarter by its whole name: "Leipzig", "Kreuzberg" (the stem of "Leipziger", "Kreuzberger"). */
export function placeName(word: string): boolean {
  return CITIES.has(word) || QUARTER_WHOLE.test(word);
}

const PLACE_BEFORE_BRANCH =
  /(?<!\p{L})(\p{Lu}\p{Ll}{2,})er\s(?:Laden|Café|Cafe|Filiale|Shop|Store|Geschäft|Standort|Team)(?!\p{L})/gu;
/** Quarters named alone, with no "in" before them: no German noun or English word is spelt so. */
const QUARTER =
  /(?<!\p{L})(?:Kreuzberg|Neukölln|Friedrichshain|Charlottenburg|Schöneberg|Ottensen|Altona|Eimsbüttel|Eppendorf|Winterhude|Barmbek|Schanze|Schwabing|Haidhausen|Ehrenfeld|Nippes|Deutz|Südvorstadt)(?!\p{L})/gu;
/** A quarter's name and nothing else: "Kreuzberg" of "Kreuzberger". */
const QUARTER_WHOLE = new RegExp(`^(?:${QUARTER.source})$`, "u");
/**
 * "kartenzahlung in ottensen geht nicht", "the leipzig team": a quarter or a large city written small is still the
 * place, said back capitalised. Only names no German or English word is spelt as.
 */
const QUARTER_SMALL =
  /(?<!\p{L})(?:kreuzberg|neukölln|friedrichshain|charlottenburg|schöneberg|ottensen|altona|eimsbüttel|eppendorf|winterhude|barmbek|ehrenfeld|südvorstadt|berlin|hamburg|leipzig|dresden|münchen|munich|köln|cologne|frankfurt|düsseldorf|stuttgart|bremen|hannover|nürnberg|bonn|london|manchester|leeds|bristol|glasgow|dublin|wien|vienna|zürich)(?!\p{L})/gu;
