/**
 * Sweeping claims about a group of people that are old xenophobic tropes rather than a view on the company:
 * "Die Ausländer nehmen uns die Arbeitsplätze weg", "immigrants are flooding our country". Said of a group
 * (meaning/stereotypes.ts checks that), they are not plain criticism to be thanked for, but whether they break
 * the netiquette is the company's call: such a comment goes to `review`, and the reply states the company's
 * stance instead of taking the claim "seriously". Written from the common forms of these tropes, not from any
 * data set.
 */
export const STEREOTYPE_CLAIMS = [
  "nehmen|nimmt|nahmen ~4 arbeitsplaetze|arbeitsplatz|jobs|job|arbeit|wohnungen|wohnraum|frauen ~2 weg",
  "wegnehmen|wegnimmt|klauen|stehlen|rauben ~4 arbeitsplaetze|arbeitsplatz|jobs|wohnungen|wohnraum",
  "arbeitsplaetze|jobs|wohnungen ~3 wegnehmen|wegnimmt|klauen|stehlen|rauben|weggenommen",
  "auf ~1 unsere|unser|meine ~1 kosten",
  "liegen|liegt ~3 tasche",
  "sozialschmarotzer*",
  "ueberfluten|ueberflutet|ueberschwemmen|ueberschwemmt|ueberrennen|ueberrannt|ueberrollen",
  // A people as a flood, an infiltration or a disease: "Die X fluten unser Land", "von den X unterwandert".
  "fluten|flutet|fluteten|geflutet|unterwandern|unterwandert|unterwanderung|eingeschleppt|einschleppen|invasion",
  "schleppen|schleppt ~4 krankheiten|seuchen|viren|kriminalitaet ~1 ein",
  "infiltrate|infiltrates|infiltrating|infiltrated|invasion",
  "bring|bringing|brings ~3 diseases|disease|crime",
  "wollen|will ~3 nicht ~2 integrier*",
  "integrier* ~3 sich ~2 nicht",
  "take|takes|taking|took|steal|steals|stealing|stole|stealin ~3 our|all ~2 jobs|homes|houses|benefits|women",
  "live|lives|living ~2 off ~3 our|taxes|benefits|welfare|us",
  "scroungers|freeloaders|leeches",
  "flood|floods|flooding|flooded|overrun|overrunning|invade|invades|invading ~3 country|countries|streets|towns|cities|europe|america|britain|germany|us",
  "dont|doesnt|wont|never|refuse ~2 integrate",
  // Who may not do a job, for who they are: "Women shouldn't be train drivers", "Frauen sollten keine Piloten sein".
  "shouldnt|cant|mustnt ~1 be ~3 drivers|pilots|doctors|engineers|managers|bosses|leaders|allowed",
  "should|must ~1 not ~1 be ~3 drivers|pilots|doctors|engineers|managers|bosses|leaders|allowed",
  "sollten|sollen|duerfen|koennen ~1 keine|nicht ~4 sein|werden|fahren|fuehren|arbeiten",
  "gehoeren|gehoert ~2 an den herd",
  "gehoeren|gehoert ~2 in die kueche",
  // "Frauen gehören hinter den Herd", "Women belong behind a kitchen counter".
  "gehoeren|gehoert ~2 hinter ~1 den ~1 herd",
  "belong ~2 in ~1 the ~1 kitchen",
  "belong ~2 behind ~2 kitchen|stove|cooker|sink|counter",
  // The old conspiracy of control: "Die Juden kontrollieren doch die ganzen Banken".
  "kontrollieren|beherrschen|steuern|regieren|lenken ~4 banken|medien|presse|welt|regierung|politik|finanzwelt|wirtschaft",
  "control|controls|run|runs|own|owns ~3 banks|media|world|government|press|finance|hollywood",
  "sind|ist ~2 an ~3 schuld",
  // Who pays and who does not: "Die Asylanten zahlen doch eh keinen Strom, das zahlen wir alle mit".
  "zahlen|zahlt|bezahlen|bezahlt ~4 keinen|keine|kein|nichts|nie ~2 strom|miete|steuern|beitrag|beitraege|rechnung|rechnungen",
  "zahlen|bezahlen|finanzieren ~2 wir ~2 alles|alle|doch ~1 mit",
  "pay|pays ~2 no|nothing|zero ~1 tax|taxes|rent|bills",
  // Who gets what: "Die Flüchtlinge bekommen alles geschenkt", "they get free houses".
  "bekommen|kriegen|bekommt|kriegt ~3 alles ~2 geschenkt|umsonst|bezahlt|hinterhergeworfen",
  "get|gets|getting ~2 everything|free ~2 houses|homes|money|stuff|benefits|phones",
  "zahlen|zahlt ~2 die ~1 zeche",
  "dont|doesnt|never ~1 pay ~2 tax|taxes|rent|bills",
  "we ~2 pay ~2 for ~1 them|it ~1 all",
  // Staff of a group said to be beyond understanding: "Diese ganzen Ausländer an eurer Hotline versteht doch kein
  // Mensch", "sprechen ja nicht mal Deutsch", "can't even speak English".
  "versteht|verstehen|versteh ~3 kein ~1 mensch|schwein|keiner|niemand",
  "sprechen|spricht|koennen|kann ~3 kein|keinen|nicht ~2 deutsch|englisch|english",
  "speak|speaks ~2 no|any|proper ~1 english|german",
  // "Eure Entwickler sind doch alles Inder, die kein Deutsch können": the verb at the end of the clause.
  "kein|keine|nicht ~1 deutsch|englisch|richtig ~2 koennen|sprechen",
  // "Leute, die nicht mal mehr Deutsch können".
  "nicht ~1 mal ~1 mehr ~1 deutsch|englisch ~2 koennen|sprechen",
  "cant|cannot ~2 speak ~2 english|german",
  // "cheap Eastern European lads now who can't read the manual".
  "cant|cannot ~1 even ~1 read",
  "cant|cannot ~2 read ~2 the|a ~1 manual|instructions",
  // "Die ganzen Ausländer in euren Montagetrupps sollen erstmal richtig Deutsch lernen".
  "sollen|sollten|sollen ~3 deutsch|englisch ~1 lernen",
  "learn|learnt|learned ~2 english|german ~1 first|properly",
  // A whole group reduced to a type: "typical foreigners running the call centre".
  "typical|typisch|typische|typischer|typischen",
  "are ~2 to ~1 blame",
];

/** Tropes that need no group beside them: the name of a conspiracy says whom it means. */
export const STEREOTYPE_ALONE = [
  "umvolkung",
  "bevoelkerungsaustausch",
  // Staff counted by their headscarves: "Seit in Leipzig nur noch Kopftücher hinterm Tresen stehen …".
  "nur ~1 noch ~1 kopftuecher|kopftuchtraegerinnen|kopftuchmaedchen",
  "lauter|ueberall ~1 kopftuecher|kopftuchtraegerinnen|kopftuchmaedchen",
  "kopftuchmaedchen",
  "great replacement",
  "white genocide",
  // Sent "back" for where they are from, whoever is meant: "all your drivers should be deported back to where they came from".
  "back ~2 where ~2 came ~1 from",
  "back ~2 to ~1 their ~1 own ~1 country|countries",
  "zurueck ~3 wo ~2 herkommen|herkamen|hergekommen",
  "zurueck ~3 woher ~2 kommen|kamen|gekommen",
  "zurueck ~2 in ~1 ihre|ihr|deine|dein ~1 heimat|land|laender",
  // Hiring by origin demanded: "Stellt mal wieder ordentliche Deutsche ein", "Früher gab's noch anständige deutsche
  // Handwerker", "Leute von drüben, die kaum Guten Tag sagen können", "send a proper German".
  "ordentliche|richtige|echte|anstaendige ~1 deutsche ~2 ein|einstellen|an",
  "anstaendige|ordentliche|richtige|echte ~1 deutsche ~1 handwerker|monteure|mitarbeiter|leute|fachkraefte",
  "leute|typen ~1 von ~1 drueben",
  // "Jetzt nur noch Hipster und Leute, die nicht mal mehr Deutsch können".
  "leute|typen|welche ~2 die ~1 nicht|kein|kaum ~3 deutsch ~1 koennen|sprechen",
  "proper|real ~1 german|germans|brit|brits|englishman",
  // "Muss man … inzwischen Arabisch oder Türkisch können, um nen normalen Kaffee zu bekommen? Oder stellt ihr auch
  // noch Deutsche ein?": hiring by origin asked as a question.
  "stellt|stellen|nehmt ~3 noch ~1 deutsche ~1 ein",
  "arabisch|tuerkisch|polnisch|russisch ~2 koennen ~4 um",
  // "gewissen Finanzkreisen an der Ostküste, die überall die Fäden ziehen": the antisemitic code, however phrased.
  "finanzkreise|finanzkreisen|kreise|kreisen|hochfinanz ~4 ostkueste",
  "ostkueste ~6 faeden|strippen",
  "east ~1 coast ~4 bankers|financiers|elites|money",
  // "do you let women do the roasting now? is that why …": a group blamed by being let in.
  "let|letting ~1 women|woman|girls|foreigners|immigrants ~3 do|run|make|roast",
];
