/**
 * What a comment is about, in its own words: the one or two terms a reply names so the commenter sees they were
 * read ("zum Thema Cold Brew und Koffein", "about decaf and cold brew"). German nouns are found by their capital
 * letter inside a sentence; English terms after a determiner or preposition ("a decaf", "for cold brew", "your
 * Berlin café") or at the head of a question ("are dogs allowed"); names and model codes in either language
 * ("WP 9", "Nordlicht"). Facts a correction disputes come first: phone numbers, times, amounts with units.
 * Nothing is inferred: every term is a span of the comment.
 */
import { genderOf } from "./german-nouns";
import { MODEL_CODE } from "./patterns";

const STOP_DE = new Set(
  // "Ein Punkt, der in der Debatte … zu kurz kommt", "Ich verstehe die Logik nicht": words about the argument.
  (
    "Punkt Punkte Debatte Diskussion Logik Argument Argumente Anregung Anregungen Vorschlag Beschwerde Idee " +
    // "Herrgott Sakra nomoi!", "zefix": an oath, no topic.
    "Sakra Herrgott Zefix Kruzifix Himmelherrgott " +
    // "schreibt im selben post was von „fair“": the same one, no topic.
    "Selben Selbe Gleichen Gleiche " +
    // "Finds schon dreist, wie …": the verb run together with "es", no topic.
    "Finds Findes Fands " +
    // "Wollt mit meena Mutta vorbeikommen": a verb that opens the sentence, no topic.
    "Wollt Wollte Wollten Sollt Müsst Könnt " +
    // "Scheint als käme er zu Fuß": "it seems", no topic.
    "Scheint Schien Scheinbar Anscheinend " +
    // "Zum Jahresende mal ehrlich": when it is said, no topic.
    "Jahresende " +
    // "hab kein bock auf warteschleife": no mood for it, no topic.
    "Bock " +
    // "keinen hats interessiert", "nach 2 Sätzen einfach weggedrückt": a pronoun run together, how long someone spoke.
    "Hats Sätzen Sätze Satz " +
    // "18 Öcken für 250g", "a bleede Bagage": money and a sneer in slang.
    "Öcken Ocken Kröten Tacken Mäuse Bagage " +
    // "Kein Wunder, dass …", "Kleiner Tipp": idioms, not what is said.
    "Wunder Tipp Tipps Einwurf Einwand Faktencheck Beobachtung Gedanke Gedanken " +
    // "Ein Hoch auf die Zimtschnecken-Königin", "Dankeschön in die Runde": a toast and its audience, not what is praised.
    "Hoch Runde Heut Größte Beste Vorname " +
    // "Frage an die Fachleute": whom it is asked of, not what.
    "Fachleute Fachmann Fachfrau Experten Expertin Experte Profis " +
    // "ich find die nirgends": where it was looked for, no thing.
    "Nirgends Nirgendwo Überall " +
    // "Kleiner Hinweis:", "Kleine Korrektur": how a correction opens, not what it corrects.
    "Kleiner Kleine Hinweis Korrektur " +
    // "geht mir auf den Keks": an idiom for being fed up, no biscuit.
    "Keks Senkel Wecker Zeiger " +
    // "Andere sind da weiter", "Wie lange dauert das im Schnitt?", "durch die Decke gehen": others and idioms.
    "Andere Anderen Schnitt Decke Ort Spuren Stammgast Stammgäste Stammkunde Stammkundin " +
    // "mieten statt kaufen? … die wollen mit 74 keinen kredit mehr", read with its words capitalised.
    "Kaufen Kein Keine Keinen Keinem Keiner Keines Schmeckt Schmecken Schmeckte Papa Papas Mama Mamas Inhaberin Inhaber Meiner Meinem Liebt Oma Opa Enkel Enkelin Enkelkind Enkelkinder Namensschild " +
    // "Drei Wochen warte ich jetzt …": a count that opens a sentence, no topic.
    "Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Zwölf " +
    // "… 👏👏 Endlich lohnt sich frieren wieder": an adverb opening a sentence after an emoji.
    // "auch für mich Totalversagerin 😂": what the writer calls themselves.
    "Versager Versagerin Totalversager Totalversagerin Niete Loser Trottel Depp Schlaumeier Schlaumeiern Klugscheißer Klugscheißern " +
    // "oder muss ich das selber machen?", "Jetz han ich zum zweite Mol …", "is einfach ne Wucht": no thing.
    "Selber Selbst Jetz Mol Wucht " +
    "Endlich Wirklich Echt Leider Natürlich Jetzt Heute Gestern Eigentlich Trotzdem Übrigens Immerhin Hauptsache Genau " +
    // "… Geburtstag hat 😬 Was soll ich jetzt machen?": a question word after an emoji that ended the sentence.
    "Was Wer Wann Warum Wieso Weshalb Woher Wohin Wie " +
    // "wirbt auf LinkedIn mit …": where it was posted, never what it is about.
    "LinkedIn Facebook Instagram Twitter TikTok YouTube Feed " +
    "Präzisierung Anmerkung Klarstellung Ergänzung Korrektur Richtigstellung Herr Herrn Dame Rande Dankeschön Dankeschoen Shoutout Man Voraus Rechnen " +
    // "Sehr geehrter Herr …" quoted from a letter: its salutation is no topic; nor are "die Viecher" chased away.
    "Sehr Geehrter Geehrte Liebe Lieber Viecher Biester " +
    // "darf mein hund mit ins café", read with its nouns capitalised: a preposition and its article.
    "Ins Im Am Zum Zur Vom Beim Aufs Ans " +
    // "Half my team is Turkish": who people are is never what is praised or criticised.
    "Türken Türkin Türkinnen Deutsche Deutschen Polen Syrer Araber Muslime Muslimen Juden Christen Ausländer Ausländern " +
    "Flüchtlinge Flüchtlingen Migranten Migrantinnen Schwule Lesben " +
    "Beispiel Glückwunsch Glueckwunsch Gratulation Respekt Applaus Kino Meisterwerk Glanzleistung Sie Ihr Ihre Ihnen Ihren Ihrem Ihrer Euch Eure Euer Euren Eurem Du Dein Deine Ich Wir Er Es " +
    "Kund*innen Kund:innen Kundinnen Ende Anfang Mitte Jahres Monats Wohne Wohnen Habe Hab Bin Komme Wollte Hatte Brauche Suche Finde Möchte Würde Kann Muss Darf Soll Will Weiß Glaube Denke Hoffe Warte Zahle Nutze Lieben Liebe Frage Fragen Hinweis Beitrag Post Leute Leuten Kunde Kunden Kundin Jahr Jahre Jahren Zeit Team Thema Dank Danke Hallo " +
    "Problem Probleme Sache Mal Tag Tage Tagen Woche Wochen Monat Monate Monaten Uhr Euro Seite Zahl Zahlen Menschen " +
    // "schreibt euch Fairness groß auf die Fahne", "ein schwarzes Loch", "die Nas voll", "Ja Servus", "Dat es doch
    // Kappes": an idiom, a greeting, a word of dialect for nonsense; none is a topic.
    "Fahne Fahnen Servus Kappes Komplett Nas Loch Freundin Freundinnen Freunde Freunden " +
    "Leserinnen Leser Ding Dinger Idee Ahnung Grüße Gruß Antwort Rückmeldung Feedback Kritik Info Infos Ordnung " +
    "Vormittag Nachmittag Abend Morgen Nacht Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag Wochenende " +
    // "Mit zwei kleinen Kindern echt nicht lustig": who is affected is no topic of the case.
    // "nach 51 Jahren Ehe verstorben": a loss told is never what was praised.
    "Ehe Hochzeit Verlust Tod Beerdigung Trauer Witwe Witwer " +
    "Kind Kinder Kindern Baby Babys Familie Eltern Streik Bahnstreik Vormittag Nachmittag Ansprechpartner Ansprechpartnerin Ansprechperson Haufen " +
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember Schade Bitte Recht Weg " +
    "Nummer Telefonnummer Website Webseite Seite Internet Firma Unternehmen Laden Kaffee Café Cafe Shop Bestellung " +
    "Korrektur Fehler Anmerkung Frage Kleinigkeit Leute Hauptsache Unsere Unser Meine Mein Stunde Stunden Minute " +
    "Minuten Sekunden Kundennummer Bestellnummer Auftragsnummer Ticketnummer Vorgangsnummer Rechnungsnummer " +
    "Buchungsnummer Filiale Markt Standort Geschäft Chat Hotline Service Kundenservice Anruf Mail Mails E-Mail E-Mails Nachricht " +
    "Möglichkeit Möglichkeiten Doku Dokumentation Plan Pläne Letzte Letzten Ältere Älteren Junge Jungen " +
    "Meisterwerk Glanzleistung Seit Wieder Schon Leider Auch Noch Immer Jetzt Heute Gestern Bankster Gitter Bereich Teil Mio Millionen Follower Followern Abonnenten TikTok Instagram YouTube Besonderes Neues Gutes Schönes Tolles Anderes Gleiche Ganze Beste Katastrophe Frechheit Unverschämtheit Witz Skandal Sauerei Zumutung Augenwischerei Etikettenschwindel Abzocke Entschuldigung Gratulation Achtung " +
    "Lob Lobes Grad Damen Herren Sicher Sicherlich Bestellten Bestellte Gelieferten Gelieferte Meinung Hoffnung Erfahrung Ordnung Vorsicht Aufmerksamkeit Freundlichkeit Mensch Person Mitarbeiter " +
    "Mitarbeiterin Theater Ärger Schwierigkeiten Rollstuhlfahrer Rollstuhlfahrerin Mutter Vater Sohn Tochter Kind " +
    "Kinder Mann Frau Ehefrau Ehemann Freundin Freund Partnerin Partner Oma Opa Eltern Rentner Rentnerin Schwester Bruder Nachbar Nachbarin Kollegin Kollege Geld Typ " +
    "Typen Tante Rassisten Rassist Dieb Diebe Verbrecher Pfuscher Amateure Amateur Monteure Monteur Handwerker Techniker Der Den Dem Des Ein Eine Einen Einem Einer Stümper Versager Idioten Deppen Clowns Witzfiguren Kram Zeug Besten Größten Einzige Einzigen Nähe Professor " +
    "Professorin Doktor Experte Expertin Chance Chancen Berufstätige Berufstätigen Ansatz Ansätze Reihe Nase Versehen Hause " +
    // Parties and the state are what a political remark blames, not the company's topic: "Die Grünen ruinieren dieses Land".
    "Schrott Mist Müll Dreck Witz Scheiß Scheiss Gewitter Unwetter Sturm Blitz Blitzeinschlag Hitze Regen Schnee Glatteis Tod Verlust Land Staat Regierung Politik Politiker Grünen Grüne Ampel CDU CSU SPD FDP AfD Linke Linken Bundesregierung Kanzler " +
    // Holidays and the world say when or how much, not what is criticised: "another price rise right before Christmas".
    // "Stand da mit Baby aufm Arm", "3 brocken pulver im mund", "mit Abstand der beste": a body or an idiom, no topic.
    "Arm Arme Hand Hände Kopf Mund Bein Beine Fuß Füße Rücken Nacken Bauch Auge Augen Ohr Ohren Finger Gesicht Abstand " +
    "Angst Sorge Sorgen Aussage Aussagen Behauptung Behauptungen Statement Platz Sommer Winter Herbst Frühling Frühjahr Weihnachten Ostern Silvester Neujahr Feiertag Feiertage Feiertagen Welt Weltuntergang Talent Kilo Kilogramm Gramm Liter Magazin Zeitung Erfahrung " +
    // "20 Stück im Schrank", "danke für die super klo-schilder": a count and a praise word, no topic.
    "Stück Stücke Super Einfacher Einfache Gratis Kostenlos Bis " +
    // "Toller Service 🙄", "Starker Bericht": an adjective capitalised at a sentence's start.
    "Toller Tolle Tollen Schöner Schöne Schönen Geiler Geile Geiles Krasser Krasse Krasses Netter Nette Nettes Guter Gute " +
    "Großartiger Großartige Großartiges Starker Starke Starkes Klasse Mega Spitze Hervorragender Hervorragende " +
    // "👏 Bei den meisten Handwerksbetrieben …": a preposition capitalised after an emoji.
    "Bei Beim Mit Nach Von Vom Zum Zur Für Auf Aus Über Unter Vor Ohne Gegen Durch Trotz Wegen " +
    // "Mit Verlaub, …", "Ich bin Vermieter von …": a courtesy and who the writer is, no topic.
    "Verlaub Vermieter Vermieterin Besseres Halbes Halben " +
    // "Mit wem würdet ihr …": a question word capitalised after its preposition by the truecasing.
    "Wem Wen Wessen " +
    // "Gibt's das auch in Leipzig?", "40 Cent auf einen Schlag": a verb opening a question, a unit, an idiom.
    "Gibt Gibts Cent Schlag Rolle Irgendwann Schluss Speziell Besonders Eigentlich Übrigens Außerdem Zusätzlich Allerdings Insbesondere Gedanken Kommentar Kommentare Kommentaren Nachtrag Woch Zum " +
    // "Und danke nochmal …", "Als Partnerbetrieb …", "kein Wort zum Gehalt": a word opening a sentence, an idiom.
    "Und Oder Aber Als Wort Worte " +
    // "„Die neue Wärmepume WP 12“": an article opening a quote, no topic.
    "Die Der Das Den Dem Des Ein Eine Einen " +
    // "bei einem Energieversorger dieser Größe": what kind of firm the company is, and how big.
    "Größe Energieversorger Versorger Anbieter Anbietern Brief Briefe " +
    // "Ihr Raffzähne!!!": the insult they shout is no topic of theirs.
    "Raffzähne Raffzahn Halsabschneider Abzocker Betrüger Gauner Trantüten Luschen Vollpfosten Vollidioten Hipster Hipsterladen Hipsterbude Schnösel " +
    // "Hipsterbude mit Mondpreisen": the name for a price in anger is no topic of theirs.
    "Mondpreise Mondpreisen Wucherpreise Wucherpreisen Fantasiepreise Fantasiepreisen Apothekenpreise Apothekenpreisen " +
    // "hätt das gern aus einer Hand", "Keine Hektik", "macht Zicken", "ein echtes Erlebnis", "mein Mitbewohner hasst
    // mich": a particle, an idiom, a word of irony or the people at home, no topic.
    // "Bestes Croissant der Stadt": the idiom of praise, no topic; "sowas in der Art", "am liebsten": no topics either.
    "Stadt Art Liebsten " +
    // "zweimal Urlaub genommen für euren Monteur": the days off the writer took, no topic of the case.
    "Urlaub Urlaubstag Urlaubstage Urlaubstagen " +
    // "der angeblich nicht im System ist": where a record is kept, no topic.
    "System Systems " +
    "Gern Gerne Hektik Zicken Echtes Echte Echten Mitbewohner Mitbewohnerin Freundin Freund Schwester Bruder Mama Papa " +
    // "eure Kollegin (kurze Haare, Brille)": how staff look, no topic.
    "Haare Brille Locken Tattoo Bart Dutt " +
    // "der absolute hammer": an intensifier, no topic.
    "Absolute Absolut Absoluter Hammer " +
    // "natürlich keine Reaktion": the answer that never came is the wait, no detail of the case.
    "Reaktion Reaktionen " +
    // "geh ich zur Verbraucherzentrale": where they say they will turn next, never the case's topic.
    "Verbraucherzentrale Anwalt Rechtsanwalt Schlichtungsstelle " +
    // "so langsam reichts mir mit eurem Sauhaufen": a name for the company in anger, never a topic.
    "Sauhaufen Sauladen Hühnerhaufen Chaosladen Chaotenhaufen"
  ).split(" "),
);
const STOP_EN = new Set(
  // "Huge thanks to the Leipzig crew": how big the thanks are, no topic.
  (
    "huge massive impeccable yall y'all " +
    // "prices are among the highest in Europe", "customers end up brewing them gassy": a superlative and a phrasal
    // verb's first half, no topic.
    "highest lowest biggest cheapest dearest end " +
    // "Kinda miss the old vibe", "Honestly the new letters …": a hedge that opens a sentence, no topic.
    // "Your app genuinely needs an overhaul", "are you down for a coffee sometime": how sure, or when, no topic.
    "kinda sorta honestly tbh genuinely seriously truly sometime someday truth " +
    // "visiting with my boyfriend", "my sister lives there", "a drafty 1950s semi", "for once": the people along, a
    // word of the house or of time, no topic.
    "boyfriend girlfriend sister brother mum mom dad wife husband partner mate flatmate drafty once " +
    // "Couldn't sit down with my mum anywhere": where at all, no place.
    "anywhere somewhere nowhere everywhere " +
    // "tasted dark and a bit burnt", "what you say about the public cupping", "Vielen Dank, really": how a thing
    // tasted, a word before its noun, thanks; none is a topic on its own.
    "burnt burned public favor favour danke dank vielen fact facts " +
    "i i'm im actually really basically literally myself yourself ourselves themselves you your we our us they them it its this that these those there here what which who how why when " +
    "question questions claim claims post team thing things stuff people time day days week weeks month months year years way " +
    "complaint complaints suggestion suggestions idea ideas thoughts mind spot middle centre center absolute absolutely round around " +
    // "Third café and still not one step-free entrance?": a count, no thing.
    "first second third fourth fifth everyone everybody anyone anybody someone somebody " +
    "linkedin facebook instagram twitter tiktok youtube feed take " +
    // "is your decaf done with the swiss water method": how it is made, not a thing.
    "done made no-show no-showed cheers " +
    // "shows up a week late", "nobody over there can read", "Having spent 12 years": when, who, and a verb, no thing.
    "late early ago nobody noone spent " +
    // "the Stromrechnung explodes": what the bill does, a verb.
    "explodes exploded explode " +
    // 'a self-described "neighborhood roaster"': how a name is held up, never the thing.
    "self-described self-proclaimed so-called " +
    // "is a step backwards": how it is judged, not what.
    "backwards backward " +
    // "love a darker, chocolatey espresso": a comparison, no thing.
    "darker lighter better worse stronger weaker cheaper bigger smaller longer shorter " +
    // "With respect, I've audited dozens of …": the polite opener, nothing said about respect.
    "respect " +
    // "Not a fan of how the cafés look": the idiom, not a fan the company sells.
    "fan " +
    // "Half my team is Turkish": who people are is never what is praised or criticised.
    "turkish german polish syrian arab arabic muslim muslims jewish christian christians italian russian ukrainian " +
    "african asian gay lesbian queer immigrants migrants refugees foreigners " +
    "confidence move earth world planet size about maybe perhaps kind sort type half charm " +
    "lot bit one ones anyone someone anything something everything nothing company business customer customers " +
    "feedback criticism answer reply info number website site page home idea point today tomorrow yesterday morning " +
    "evening night hour hours minutes coffee café cafe shop order much many more most same other own new old good " +
    "great nice bad best better worst worse dreadful appalling shocking lousy useless pathetic hopeless clueless incompetent rubbish garbage really very just still also only even all any some every each few whole real right " +
    "sure well pretty quite too so such long short big small little first last next is are was were be been do does " +
    "did have has had can could will would should may might must get got make made see say said tell know think " +
    "mean want like love need help work works use used go going come take give find try keep put set run let " +
    "happy sad sorry thanks thank please hi hello hey the a an and but or not nor with from into onto than then " +
    "because while though although if unless until since love he she him his her hers their theirs mine yours " +
    "ours hooked lol lmao haha rofl omg wrong incorrect unhappy proper older younger terrible awful horrible poor lovely amazing annoying misleading whole " +
    "miss nightmare joke disaster mess shambles disgrace couple failure life two three four five six seven eight nine ten twice second third " +
    "mum mom dad mother father wife husband son daughter kids children partner friend friends grandma grandmother parents grandparents family " +
    // "I just was informed by a coworker that …": who told them is no topic.
    "coworker coworkers co-worker co-workers " +
    // "ring a bit hollow", "a rule of thumb": how a claim sounds, no topic.
    "hollow thumb gonna wanna gotta " +
    "monday tuesday wednesday thursday friday saturday sunday weekend january february march april june july " +
    "august september october november december plan plans guys folks possibility chance managers staff employees colleagues users clients members heads " +
    "problem problems issue issues trouble human humans person agent reason reasons main researcher consultant " +
    "expert engineer journalist developer founder analyst specialist hell heck favourite favorite head chief " +
    "director now right already yet again ever never always often usually competitor competitors competition rival rivals one-sided biased unfair " +
    "christmas xmas easter holiday holidays world single several various numerous certain genuine " +
    // "one company for everything tbh": a chat abbreviation.
    "tbh imo imho btw fyi idk ngl tbf smh fr rn af tho insta ig " +
    // "installed at our place in Bonn-Beuel": the writer's home, no topic.
    "place " +
    // "change a flight for recently deceased family members": when, and a loss, never the topic.
    "recently lately recent deceased " +
    // "a bunch of overpaid clipboard merchants", "not a gotcha", "a poorly insulated semi", "doing a lot of heavy lifting",
    // "roasted on Sept 2", "that mustache": a sneer's measure, an idiom, an adverb, a month cut short, a look; no topics.
    "mustache moustache beard beards man-bun bunch gotcha poorly badly barely highly heavily heavy lifting jan feb mar apr jun jul aug sep sept oct nov dec " +
    // "Meanwhile people wait months …", "My dad uses a wheelchair": a linking adverb and a verb, no things.
    "meanwhile uses " +
    // "just a heads up rather than a rant": what the comment says it is not.
    "rant rants " +
    // "Whatever happened to actual business content": a pronoun that opens a question, no name.
    "whatever whoever whenever wherever however whichever " +
    // "without a single word on where the panels are made": what is missing is said after it, no word as a topic.
    "word words " +
    // "Please do help me out Urgently !!!": how soon, no topic.
    "urgently urgent asap " +
    // "why aren't apps updating? Stay Safe": a farewell, no topic.
    "safe"
  ).split(" "),
);
const SOURCE =
  /\b(?:[Ll]aut|[Gg]emäß|[Ll]t\.|[Aa]ccording to|per)\s+(?:(?:der|dem|des|den|the|eurem|eurer|Ihrem|Ihrer|ihrem|ihrer|your)\s+)?(?:[A-ZÄÖÜ][\p{L}-]*\s?){1,3}/gu;
// Not "Um 12 heißt es, die Kollegin ist krank": what they were told, no name put right.
const CORRECTS =
  /spell|spelt|typo|tippfehler|schreibfehler|schreibt man|heißt(?!\ses\b)|heisst(?!\ses\b)|falsch|wrong|richtig|correct|korrekt/iu;
/** A figure set against a source or called unproven: "your claim that … by 40 % is not supported by the study". */
const DISPUTES =
  /\b(?:claims?|not supported|no evidence|evidence|source|study|statisti\w*|according to|behauptung|behauptet|stimmt nicht|nicht belegt|belegt|beleg|quelle|studie|laut)\b/iu;
/** A word or two in quotes: „unabhängig“, "independent". */
const QUOTED = /["“„]([\p{L}-]{3,24}(?:\s[\p{L}-]{3,24})?)["”“]|'([\p{Ll}-]{3,24})'/gu;
const WEEKDAYS =
  /(?<!\p{L})(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\p{L})/gu;
const SET_AGAINST = /\b(?:aber|nicht|but|not|stimmt|steht|says|schreibt|write)\b/iu;
const DAYS_SET_AGAINST = /\b(?:aber|but|stimmt|steht|says|schreibt|write|statt|instead|sondern)\b/iu;
const YEARS = /(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)(?!s\b)/gu;
const SPANS = /(?<![\d.,])\d{1,3}\s(?:Jahre|Jahren|Monate|Monaten|years|months)(?!\p{L})/gu;

/** The distinct matches of a pattern, when there are two or more of them. */
function twoOrMore(text: string, pattern: RegExp): string[] {
  const found = [...new Set(text.match(pattern) ?? [])];
  return found.length >= 2 ? found : [];
}
/**
 * Two to four words in quotation marks: 'is "temporarily closed"', „nur noch online“, "Respectfully: 'direct trade'
 * on a roaster's LinkedIn means nothing" (single marks only opening a sentence: inside one they mostly quote speech,
 * "said the part was 'in the van'").
 */
const QUOTED_PHRASE =
  /["“„]((?:[\p{L}-]{2,24}\s){1,3}[\p{L}-]{2,24})["”“]|(?<=^|[:.!?]\s)'((?:[\p{L}-]{2,24}\s){1,3}[\p{L}-]{2,24})'(?![\p{L}])/gu;
/**
 * A person speaking in the quoted words, or a promise of when: „wir melden uns“, „kommt nächste Woche“, "I'll call",
 * „nicht in ihrem System“, „in ein paar Wochen“.
 */
const SPOKEN =
  /(?<!\p{L})(?:ich|wir|uns|du|dich|dir|ihr|ihrem|ihren|ihrer|unserem|unseren|unserer|euch|mich|mir|sie|i|we|us|you|me|they|them|their|our|morgen|heute|gleich|bald|nächste\p{L}*|naechste\p{L}*|demnächst|tomorrow|today|soon|next|wird|werden|will|gets|kommt|paar|wochen|tagen|monaten|couple|weeks|days|months)(?!\p{L})/iu;
/** A claim quoted as the company's (an apostrophe inside a word, "let's", "won't", quotes nothing): "your claim that heat pumps 'work in every home'", „Ihr Slogan „100 % grün““. */
const CLAIMED =
  /\b(?:eure|euer|euren|eurem|ihre|ihr|ihren|your|also|sogenannte[nmrs]?|angeblich\p{L}*|so-called|supposedly|\p{L}{3,}['’]s(?:\s(?:weekly|new|latest|daily|monthly))?)\s(?:["“„]|(?<!\p{L})')([^"“”„'.!?]{3,30})(?:["”“]|'(?!\p{L}))|\b(?:claims?|slogan|promise|statement|tagline|ads?|adverts?|advertising|campaign|aussage|behauptung|versprechen|werbeversprechen|werbung|kampagne|plakat)\b[^.!?"“”„']{0,40}(?:["“„]|(?<!\p{L})')([^"“”„'.!?]{3,40})(?:["”“]|'(?!\p{L}))|(?:["“„]|(?<!\p{L})')([^"“”„'.!?]{3,40})(?:["”“]|'(?!\p{L}))\s(?:claims?|slogan|promise|pledge|tagline|line|headline|versprechen|aussage|behauptung|spruch|werbespruch)\b/giu;
/** " in Kreuzberg", " in Köln-Ehrenfeld": a place right after a noun. */
const IN_PLACE =
  /^\s(?:in|im|bei)\s(?!(?:Beitrag|Post|Text|Artikel|Video|Bild|Bereich|Moment|Grunde|Prinzip|Allgemeinen|Ihrem|Ihrer|Ihren|Ihr|Ihnen|Eurem|Eurer|Euren|Euer)\b)[A-ZÄÖÜ][\p{Ll}]+(?:-[A-ZÄÖÜ][\p{Ll}]+)?(?=[\s,.!?]|$)/u;
const SELF =
  /(?:^|(?<=[.!?]\s))i (?:run|own|head|lead|manage) an? [^,.!?]{1,40}? (?:agency|consultancy|firm|practice|studio|company|business|team)(?: and(?: honestly)?)?|(?:^|(?<=[.!?]\s))ich arbeite (?:selbst )?seit \d+ jahren (?:in der|im|als) [^\s,.!?:]+|(?:^|(?<=[.!?]\s))(?:mit|with) [\d.,]+\s?(?:k|tsd\.?|mio\.?)?\s?(?:followern|follower|abonnenten|followers|subscribers|connections|kontakten)(?: (?:auf|on) [\p{L}]+)? (?:sage|finde|muss|kann|schreibe|say|think|must|can)(?: ich| i)?\b|(?:^|(?<=[.!?]\s))as (?:an?|the) [^,.!?]{1,40}? at (?:an?|the) [^,.!?]{1,30}? (?:company|firm|business|corporation|agency|bank|group)\b|(?:^|(?<=[.!?]\s))(?:we're|we are|i'm|i am|wir sind|ich bin) (?:an?|ein|eine) (?:[^.!?]{1,60}[.!?]|[^.!?,]{1,60}?(?= und | and |,))|(?:^|(?<=[.!?]\s))ich bin (?:selbst )?seit \d+ jahren (?:als )?[^\s,.!?]+|(?:^|(?<=[.!?]\s))(?:as someone who (?:[^\s,:.!?]+\s?){1,10}[,:]|als jemand,? de[rn] (?:[^\s,:.!?]+\s?){1,10}[,:]|(?:als|as) (?:an? |der |die )?(?:[^\s,:.!?]+\s?){1,7}:)|(?:^|(?<=[.!?]\s))(?:as (?:an?|the) |als |ich als )(?:[^\s,:.!?]+\s?){1,4}(?:[,:]|\s(?=sehe|finde|frage|muss|kann|weiß|halte|glaube|denke|meine|waren wir|sind wir|haben wir|hatten wir|arbeiten wir|I\b))|\bas an? (?:[\p{Ll}-]+\s){0,3}[\p{Ll}-]+(?=\s*(?:[.!?]|\p{Extended_Pictographic}|$))|\b(?:q|question|frage)\s(?:from|von)\s(?:an?|einer?|einem)\s(?:\p{L}+\s){0,2}?(?:expat|newcomer|customer|student|pensioner|neighbour|neighbor|landlord|tenant|mum|mom|dad|\p{Lu}\p{Ll}+(?:in|er))(?:\s(?:in|aus|from)\s\p{Lu}[\p{L}-]+)?/giu;
/**
 * Who they are told by the years they spent: "Having spent 12 years in specialty coffee sourcing I'd …", "Ich habe
 * sechs Jahre in Schottland Häuser energetisch saniert und sage …".
 */
const YEARS_SPENT =
  /\bhaving (?:spent|worked) (?:\d+|\p{L}+) (?:years|decades) (?:in|at|as|on) [^,.!?]{1,50}?(?=\s(?:i|i'd|i'm|i've|we)\b|[,.!?])|\b(?:ich habe|ich hab|hab) (?:\d+|\p{L}+) jahre (?:lang )?(?:in|bei|als) [^,.!?]{1,60}?\s(?:gearbeitet|saniert|beraten|verkauft|gebaut|installiert|eingebaut|geröstet|gemacht)(?=\s(?:und|,)|[,.!?])/giu;
/**
 * Disputed facts: "12 %", "0221 555 0199", "18 Uhr", "8pm", "−20 °C", "4 kWh", "12.000" against "9.800"; never "€30"
 * of "€30k".
 */
const FACT =
  /(?:\b\d{1,2}(?:st|nd|rd|th)?\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b\d{1,2}\.\s?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b|\bEnde \d{4}\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag) \d{1,2}(?:(?:\s?[–-]\s?\d{1,2}(?::\d{2})?)?\s?Uhr\b|(?:st|nd|rd|th|\.)?(?![\p{L}\d])(?!:\d)(?!\s?[–-]\s?\d)(?!\s?(?:Minute|Min|Stunde|Tag|Woche|Monat|minute|min|hour|day|week|month|Euro|euro|€|%)))|(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d{1,4})[.,]\d{1,2}\s?€|[€£$]\s?(?:\d{1,3}(?:[.,]\d{3})+|\d{1,4})(?:[.,]\d{1,2})?(?:\s(?:million|billion)(?!\p{L}))?(?!\d)(?![kKmM]\b)|\b\d{1,3}(?:[.,]\d{1,2})?\s?%|\b0\d{2,4}(?:[ /-]\d{2,5}){1,3}\b|\b\d{1,2}(?::\d{2})?\s?(?:Uhr|am(?!\s\d)|pm)\b|(?<!(?:seit|for|vor|über|over)\s)\b\d{1,3}\s(?:Monate|months)\b|(?<![\d.,])[−-]?\d{1,6}(?:[.,]\d+)?\s?(?:°C|kWh|kWp|kW|Wp|Watt|W|degrees|Grad)(?![\p{L}\d])|\b\d{1,4}\s?(?:m²|qm)(?![\p{L}\d])|(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?![\d.,]?\d)(?!\s?(?:€|Euro|euro|EUR)))/giu;
/**
 * A price or a wait with what it is for: "47 Minuten Warteschleife", "5,20 € für einen Hafer-Flat-White", "a 20 min
 * line", "a €6.50 oat latte". In criticism it is the most telling thing to name.
 */
const MEASURED_DE = new RegExp(
  [
    // A price and what it buys: "5,20 € für einen Hafer-Flat-White", "5,40 € für nen Hafer Flat White", "30 Euro
    // Gebühr für eine Umbuchung".
    // "1.870 € Nachzahlung" is one amount, never "870 €".
    String.raw`(?<![\p{L}\d])(?<!\d[.,])(?:(?:\d{1,3}(?:\.\d{3})+|\d{1,4})(?:[.,]\d{1,2})?\s?(?:€|Euro)|\d{1,3},\d{2}(?=\sfür\s))\s(?:für\s(?:einen\s|eine\s|ein\s|den\s|die\s|das\s|nen\s)?)?[A-ZÄÖÜ][\p{L}-]{2,}(?:\s(?!(?:Und|Aber|Oder|Dann|Doch|Ich|Wir|Ihr|Sie|Das|Die|Der|Ist|War)(?!\p{L}))[A-ZÄÖÜ][\p{L}-]{2,}(?=[\s,.!?]|$)){0,2}(?:\s(?:für|pro)\s(?:einen\s|eine\s|ein\s|den\s|die\s|das\s)?[A-ZÄÖÜ][\p{L}-]{2,})?`,
    // A wait and what it was for: "47 Minuten Warteschleife", "2 Stunden in der Hotline", "25 Min auf nen Flat White".
    // "12 Tage Lieferzeit", "3 Wochen Wartezeit". Not the person waited for ("2 Stunden auf den Techniker"): the wait
    // is said alone.
    String.raw`(?<![\p{L}\d])\d{1,3}\s(?:Tage|Wochen)\s(?:Liefer|Warte|Bearbeitungs)zeit`,
    String.raw`(?<![\p{L}\d])\d{1,3}\s?(?:Minuten|Min|Stunden|Std)\.?\s(?:(?:in der|im|auf (?:nen|einen|eine|ein|den|die|das))\s)?(?:Warte\p{L}*|Schlange|Hotline|Leitung|Verspätung|Telefon\p{L}*|Kasse|(?!(?:Techniker|Monteur|Handwerker|Installateur|Elektriker|Fahrer|Ableser|Berater|Kollege|Kollegen|Rückruf|Anruf)\p{L}{0,4}(?![\p{L}-]))[A-ZÄÖÜ][\p{L}-]{2,}(?:\s[A-ZÄÖÜ][\p{L}-]{2,})?(?=[\s,.!?]|$)(?<=auf (?:nen|einen|eine|ein|den|die|das)\s\S+(?:\s\S+)?))`,
  ].join("|"),
  "gu",
);
const MEASURED_EN =
  /(?<![\p{L}\d])\d{1,3}\s?(?:minutes?|mins?|hours?)\sfor\s(?:an?\s|the\s|my\s|one\s)?(?:single\s|simple\s|basic\s|whole\s)?[a-z]{3,}(?:\s[a-z]{3,})?|[€£$]\d{1,4}(?:\.\d{2})?\s(?:[a-z][a-z-]+\s)?[a-z][a-z-]{2,}|(?<![\p{L}\d])\d{1,3}\s?-?(?:min|mins|minutes?|hours?|hrs?)\s(?:wait|line|queue|delay|hold)\b/gu;
/** A term MEASURED_DE or MEASURED_EN found: a figure, its unit, then a word. */
const MEASURED_TERM = /^[€£$]?\d[\d.,]*\s?(?:€|Euro|Minuten|Min|Stunden|Std|min|mins|minutes?|hours?|hrs?)?\.?\s\p{L}/u;
/** " productivity figure", " increase": what an English percentage or amount measures. */
const FIGURE_NOUN =
  /^\s(?:[a-z]{3,}\s)?(?:figure|figures|rate|increase|reduction|rise|drop|claim|growth|share|discount|saving|savings|cut|target|improvement)\b/u;
/** A capitalised word inside a sentence ("PayPal" whole), with the next one if it is capitalised too ("Cold Brew"). */
const GERMAN_NOUN =
  /(?<![.!?:]\s|^|-)(?<![\p{L}\d])[A-ZÄÖÜ][\p{Ll}ß]{2,}(?:[*:_]innen)?(?:[A-Z][\p{Ll}]+)*(?:-[A-ZÄÖÜ]?[\p{L}]+)*(?:\s[A-ZÄÖÜ][\p{Ll}]{2,}(?=[\s,.!?]|$)){0,2}|\b[A-Z]{1,4}-[A-ZÄÖÜ][\p{Ll}]{2,}\b/gu;
const THEIR_POSSESSIVE = /^(?:Ihre[mnrs]?|Eure[mnrs]?|Deine[mnrs]?|Unsere[mnrs]?)$/u;
/** An adjective by its ending right before a noun: "dynamische ", "laktosefreien ", "private ". */
const ATTRIBUTE =
  /(?:^|[\s(„"])(\p{Ll}[\p{Ll}ß-]{2,}(?:isch|lich|frei|ig|iv|al|ar|bar|los|sam|haft|at|ell|ent|ös|iert)(?:e|en|er|es|em))\s$/u;
/**
 * The adjective as a topic names it, without an article ("zum Thema laktosefreie Alternative", "zum Thema
 * dynamischer Stromtarif"): by the noun's gender where it is known; otherwise "-e" as written, "-en" after "einer"
 * or "der" (a feminine noun's, so "-e"); any other ending would need the gender, so the adjective is left out.
 */
function nominative(before: string, noun: string): string | undefined {
  const match = ATTRIBUTE.exec(before);
  const adjective = match?.[1];
  if (!adjective) return undefined;
  const gender = genderOf(noun);
  const stem = adjective.replace(/(?:e|en|em|er|es)$/u, "");
  if (gender === "m" || gender === "n") return `${stem}${gender === "m" ? "er" : "es"}`;
  if (adjective.endsWith("e")) return adjective;
  const feminine = /\b(?:einer|der|keiner|Ihrer|eurer|meiner|deiner)\s$/iu.test(before.slice(0, match.index + 1));
  return adjective.endsWith("en") && feminine ? adjective.slice(0, -1) : undefined;
}
/** " in 14 Monaten", " innerhalb von drei Wochen": the span in which something happened again. */
const WITHIN_SPAN =
  /^\s(?:in|innerhalb von|binnen)\s(?:\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s(?:Tagen|Wochen|Monaten|Jahren)(?!\p{L})/u;
/** " von 20 kg", " über 120 €": how much of it, said with the noun ("Mindestabnahme von 20 kg"). */
const OF_AMOUNT = /^\s(?:von|über)\s\d[\d.,]*\s?(?:kg|g|€|Euro|%|Prozent|kWh|kWp|Stück)(?![\p{L}\d])/u;
const ORDINAL = /^(?:Erste|Zweite|Dritte|Vierte|Fünfte|Sechste|Siebte|Achte|Neunte|Zehnte|Nächste|Erneute|Weitere)$/u;
/** The capitalised word right after a match: " Whites" in "Euro Flat Whites". */
const NEXT_NOUN = /^\s[A-ZÄÖÜ][\p{Ll}]{2,}(?=[\s,.!?]|$)/u;
/**
 * A noun that opens a sentence ("Stromausfall in der Nordstadt …", "Zählerstand habe ich eingegeben"): every German
 * sentence starts with a capital, so only a word with a noun's ending counts — never "Leider", "Seit", "Schöne".
 */
const GERMAN_OPENING_NOUN =
  /(?:^|(?<=[.!?:]\s))[A-ZÄÖÜ][\p{Ll}ß]{2,}(?:ung|ungen|heit|heiten|keit|keiten|schaft|tion|tionen|tät|nis|ausfall|ausfälle|stand|stände|rechnung|gebühr|gebühren|vertrag|verträge|anschluss|zähler|preis|preise|störung|wechsel|tausch|termin|einbau)(?=[\s,.!?]|$)/gu;
/**
 * A noun that opens a sentence before its preposition ("Wärmepumpen vom Stromversorger …", "Versand nach
 * Österreich?"): an adverb there ("Gestern im Café", "Endlich mit Hafermilch") is left out by OPENING_ADVERBS.
 */
const GERMAN_OPENING_HEAD =
  /(?:^|(?<=[.!?:]\s))[A-ZÄÖÜ][\p{Ll}ß]{3,}(?=\s(?:vom|von|im|am|beim|zum|zur|für|mit|aus|ohne|nach|ab)\s)/gu;
/** A noun that opens a sentence as its subject: "Mieterstrom klingt gut", "Wasserstoff ist keine Option". */
const GERMAN_OPENING_SUBJECT =
  /(?:^|(?<=[.!?:]\s))(?![A-ZÄÖÜ][\p{Ll}ß]*(?:isch|ig|lich|bar|sam|los|voll)\s)[A-ZÄÖÜ][\p{Ll}ß]{4,}(?=\s(?:klingt|ist|sind|war|waren|kostet|kosten|scheitert|scheitern|läuft|lief|kam|kamen|klappte|funktioniert|funktionieren|bringt|lohnt|wird|werden|schon|bereits|ständig|dauernd|immer)\s)/gu;
const NOT_SUBJECT_NOUNS = new Set(
  "Alles Nichts Niemand Jeder Jede Keiner Keine Dieses Dieser Diese Jenes Heute Morgen Gestern Manches Vieles Einiges Warum Wieso Weshalb Woher Welche Welcher Welches Früher Später Leider Natürlich Klar Sicher Wichtig Schade Ehrlich Schlimm Traurig Allerdings Jedoch Außerdem Zudem Übrigens Tatsächlich Immerhin Offenbar Anscheinend Vermutlich Wahrscheinlich Hoffentlich Zumindest Insgesamt Irgendwie Eigentlich Generell Grundsätzlich".split(
    " ",
  ),
);
const OPENING_ADVERBS = new Set(
  (
    "Also Gerade Endlich Eigentlich Ehrlich Letztens Neulich Morgens Abends Mittags Vorhin Damals Trotzdem Deshalb " +
    "Seitdem Seither Seit Inzwischen Mittlerweile Sogar Kurzes Kurze Kurzer " +
    "Dafür Danach Davor Dabei Damit Hier Dort Jetzt Nur Auch Schon Bitte Bald Einfach Nie Immer Ganz Total " +
    "Wirklich Vielen Herzlichen Liebe Lieber Hallo Moin Servus Grüße Gruß Sorry Sonst Zuerst Erst Dann Also Aber " +
    "Und Oder Weil Wenn Als Wie Was Wer Wann Warum Wieso Weshalb Woher Wohin Welche Welcher Welches Warte Bin " +
    "Habe Hatte Hab Kann Konnte Muss Musste Will Wollte Darf Soll Sollte Wäre Würde Gibt Geht Ging Kommt Kam " +
    "Komme Fahre Bestelle Bestellt Bestellte Bestellen Gehe Schreibe Frage Fragt Hole Kaufe Kaufen Gekauft " +
    "Ist Sind War Waren Wird Werden Hat Haben Habt Seid"
  ).split(" "),
);
/**
 * A name inside a sentence ("Series B", "Model 3", "Cold Brew Kit"), unless it qualifies the next word ("Swiss water",
 * "German housing"); never one word cut from a name it begins ("Free" of "Free Use").
 */
const ENGLISH_NAME =
  /\b(?:Boxing Day|Christmas (?:Eve|Day)|New Year's (?:Eve|Day)|Good Friday|Easter (?:Sunday|Monday))\b|(?<![.!?:]\s|^)\b[A-Z][\p{Ll}]{2,}(?: [A-Z][\p{Ll}]{2,}){2}\b(?!\s(?!I[\s'’])[A-Z])|(?<![.!?:]\s|^)\b[A-Z][\p{Ll}]{3,} (?:\d{1,3}\b(?![\d.,:/])(?!\s?(?:wks?|weeks?|days?|months?|years?|yrs?|hrs?|hours?|mins?|minutes?|ago|of|st|nd|rd|th|January|February|March|April|May|June|July|August|September|October|November|December)\b)|(?!I\b)[A-Z]\b(?![\p{L}\d'’]))|(?<![.!?:]\s|^)\b[A-Z][\p{Ll}]{3,} [A-Z][\p{Ll}]{3,}\b(?!\s(?!I[\s'’])[A-Z])|(?<![.!?:]\s|^)\b(?:[A-Z][\p{Ll}]{2,}[A-Z][\p{Ll}]+|[A-Z][\p{Ll}]{3,}(?: (?:Road|Street|Lane|Avenue|Square|Park|Station))?)(?![\p{L}\d])(?!\s(?!(?:El|La|Las|Los|Del|Da|Do|Van|Von|Le)\s)[A-Z][\p{Ll}])(?!\s(?!(?:is|was|are|were|has|and|or|in|at|to|for|on)\b)[\p{Ll}]{3,})/gu;
/** "the oat flat white", "your app"; "that oat flat white …" only where a sentence opens with it. */
const ENGLISH_PHRASE =
  /(?:\b(?:[Aa]|[Aa]n|[Tt]he|[Yy]our|[Oo]ur|[Mm]y|[Aa]ny|[Aa]bout|[Ff]or|[Ww]ith|[Ww]ithout|of|on)|(?:^|[.!?]\s)(?:[Tt]hat|[Tt]his))\s+(?=((?:(?:1[89]|20)\d0s\s)?(?:[\p{Ll}-]{3,}\s){0,2}[\p{Ll}-]{3,}(?:\s[A-Z]{2,5}(?![\p{L}])(?!\s(?:number|numbers|code|codes|id|no)\b))?|[A-Z][\p{Ll}]+\s(?!(?:back|again|now|then|here|there|today|also|yet|ago|already|instead|anyway|later|soon)\b)[\p{Ll}]{3,})(?![\p{L}]))/gu;
const CLAUSE_START =
  /\s(?=(?:while|whilst|when|and|but|with|for|that|which|because|from|into|after|before|during|since|until|than|then|who|where)\b)/u;
// Not "a half-truth most roasters get away with": a determiner after the hyphened word opens a clause of its own.
const HYPHENED =
  /(?<![\p{L}-])[\p{Ll}]{2,}-[\p{Ll}]{2,}(?:\s(?!(?:most|many|some|all|that|which|who|you|they|their|our|your)\b)[\p{Ll}]{3,}){1,2}(?![\p{L}-])/gu;
/** "a conflict of interest", "the state of the trains": a noun with its "of" phrase is one term. */
const ENGLISH_OF =
  /\b(?:[Aa]|[Aa]n|[Tt]he|[Yy]our|[Oo]ur|[Mm]y)\s+([\p{Ll}]{3,})\sof\s((?:the\s|your\s|our\s)?)([\p{Ll}]{3,}(?:\s[\p{Ll}]{3,}){0,2})/gu;
// "Hey, are dogs allowed …?": a greeting before the question does not hide its head.
const ENGLISH_HEAD =
  /(?:^|[.!?:]\s+)(?:(?:hey|hi|hello|quick question|question)[,!:]?\s+)?(?:(?:are|is)\s+there\s+(?:an?\s+|any\s+|some\s+)?|(?:are|is|do|does|can|will)\s+(?:the\s+|your\s+)?)([\p{Ll}]{3,}(?:\s[\p{Ll}]{3,}){0,2})(?!\p{L})/giu;

/** Nouns in -ing that end no phrase: "meter reading", "central heating", "the pricing". */
const ING_NOUNS = new Set(
  (
    "reading readings booking bookings billing heating building wiring setting settings listing pricing packaging " +
    "clothing offering meeting recording ceiling flooring plumbing warning boarding filling topping frosting icing " +
    "pudding training parking charging"
  ).split(" "),
);

/** "pumpkin spice blend coming back": the noun phrase ends before a verb, an -ing form or a function word. */
function headPhrase(words: string): string | undefined {
  const kept: string[] = [];
  for (const word of words.split(" ")) {
    const lower = word.toLowerCase();
    if (
      PHRASE_ENDS.has(lower) ||
      VERBS.has(lower) ||
      (/ing$/.test(lower) && !ING_NOUNS.has(lower)) ||
      (kept.length > 0 && /ed$/.test(lower))
    )
      break;
    kept.push(word);
  }
  // "flat roofs too": a trailing filler ends the phrase; the noun before it stays. "Are your coffee bags compostable
  // …?": what they are asked to be is no part of the thing either.
  const last = () => kept.at(-1)?.toLowerCase() ?? "";
  while (kept.length > 1 && (TRAILING.has(last()) || /[^s](?:able|ible)$/u.test(last()))) kept.pop();
  if (kept.length === 0 || STOP_EN.has(last())) return undefined;
  // "was refused boarding": a participle alone is no thing to name.
  if (kept.length === 1 && /^[\p{Ll}]{2,}[^e]ed$/u.test(kept[0] ?? "")) return undefined;
  return kept.join(" ");
}

const TRAILING = new Set(
  // "Are your account managers asleep?": how they are said to be is no part of the thing.
  "too also anymore again now today yet either please online anyway usually normally really actually entirely completely totally altogether fully mostly largely alone open closed asleep awake alive dead serious aware anywhere somewhere nowhere everywhere".split(
    " ",
  ),
);

/** "Do you install solar panels …?", "do you guys sell the espresso machine …": what is asked about is the object. */
const ENGLISH_OBJECT =
  /\b(?:[Dd]o|[Dd]oes|[Cc]an|[Cc]ould|[Ww]ill|[Ww]ould)\s+(?:you|u|ya)(?:\s+(?:guys|all|folks|lot))?\s+(?:also\s+|still\s+|ever\s+|even\s+|actually\s+)?(?:sell|install|offer|have|stock|ship|deliver|take|accept|fit|make|serve|carry|provide|supply|support|do|clean|repair|service|maintain|fix|inspect|replace|remove|recycle|roast|grind|rent|hire|cater|host|insure|finance|lease)\s+((?:[A-Z]{2,4}\s)?(?:[\p{Ll}-]{3,}\s?){1,3})/gu;
/** "Installation date moved for the fourth time": a sentence that opens with its subject, before the verb. */
const ENGLISH_SUBJECT =
  /(?:^|(?<=[.!?]\s))([A-Z][\p{Ll}]{3,}(?:\s[\p{Ll}]{3,}){0,2})\s(?=[\p{Ll}]+ed\b|[\p{Ll}]{3,}(?:es|s)\s|(?:is|was|has|keeps|kept|took|takes|went|broke|arrived|came|got|gets)\b)/gu;
/** Not "Interesting campaign", "Nothing works": an adjective or a pronoun in -ing is no gerund. */
const ENGLISH_GERUND =
  /(?:^|(?<=[.!?]\s))(?!(?:Interesting|Amazing|Annoying|Disappointing|Exciting|Boring|Shocking|Stunning|Worrying|Frustrating|Confusing|Misleading|Charming|Outstanding|Refreshing|Surprising|Encouraging|Nothing|Something|Everything|Anything|Morning|Evening|During|According)\b)[A-Z][a-z]{2,}ing\s((?:[a-z-]{3,}\s){0,2}[a-z-]{3,})/gu;
const NOBODY = new Set(["nobody", "everybody", "somebody", "anybody", "noone", "everyone", "nothing", "none"]);
const NOUN_ENDING = /(?:tion|sion|ment|ery|ance|ence|ity|ness|age|ure|ing|ic|al|ive|ous|able|ful)$/u;
const ENGLISH_WHICH = /\bwhich\s((?:[a-z-]{2,}\s){0,2}[a-z-]{3,})\s(?:should|do|would|can|is|are|works?|suits?)\b/giu;
/** 'decaf is "out today"', "the pumpkin bread was sold out again": what was not there. */
const ENGLISH_OUT =
  /(?<![\p{L}-])((?:[a-z-]{3,}\s)?[a-z-]{3,})\s(?:is|was|are|were)\s(?:(?:always|already|again|still)\s)?["“]?(?:out|sold out|unavailable|gone|off the menu)\b/gu;
/** "how long does a solar install usually take": what is asked about. */
const ENGLISH_HOW =
  /\bhow\s(?:long|much|often|soon)\s(?:does|do|will|would|is|are|did)\s(?:an?\s|the\s|your\s|my\s)?((?:[a-z-]{3,}\s){0,2}[a-z-]{3,})/giu;

/** Units and weekdays as written short ("4 Std", "Mo"): cut off from their number they name nothing. */
const UNIT_CUT_OFF = "Std|Min|Stk|Mo|Di|Mi|Do|Fr|Sa|So";
const UNIT_BEFORE_NOUN = new RegExp(`^(?:${UNIT_CUT_OFF})\\.?\\s(?=\\p{Lu})`, "u");
const UNIT_ALONE = new RegExp(`^(?:${UNIT_CUT_OFF}|Sek)\\.?$`, "u");

function add(terms: string[], term: string | undefined, exclude: Exclude): void {
  // "the heads-up email about": a phrase never ends on the word that leads to the next.
  const value = term
    ?.trim()
    .replace(/[.,!?]+$/u, "")
    // "units above 30 kW", "our monthly payment almost doubles": nor on a word that measures or qualifies what follows.
    .replace(
      /(?:\s(?:about|of|for|to|with|from|on|in|at|by|über|für|mit|von|zu|bei|above|below|over|under|than|alongside|almost|nearly|still|already|just|even|also|really|actually|again|far|much|way))+$/iu,
      "",
    )
    // "Der Monteur für die Wärmepumpenwartung" opens a sentence: the noun is the term, not its article.
    .replace(/^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|The)\s(?=\p{Lu})/u, "")
    // "4 Std Strom weg": a unit cut off from its number is no part of the thing.
    .replace(UNIT_BEFORE_NOUN, "");
  if (!value || value.length < 2 || exclude.unfit?.(value)) return;
  // "Std", "Min": a unit on its own names nothing.
  if (UNIT_ALONE.test(value)) return;
  if (exclude.words.some((word) => word.length > 1 && overlaps(word, value))) return;
  if (terms.some((known) => overlaps(known, value))) return;
  terms.push(value);
}

/** Words said back as the commenter wrote them, in the language's quotation marks. */
function quoted(words: string, language: "de" | "en"): string {
  return language === "de" ? `„${words}“` : `"${words}"`;
}

/** A word that is never what a comment is about ("Problem", "Woche", "people", "thing"). */
export function stopTerm(word: string, language: "de" | "en"): boolean {
  return language === "de" ? STOP_DE.has(word) : STOP_EN.has(word.toLowerCase());
}

/** One term says the other ("Cold Brew" and "cold brew at home"): either holds the other, case aside. */
export function overlaps(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.includes(y) || y.includes(x);
}

/** Verbs a two-word phrase must not end in: "parcel went" is a noun and its verb. */
const VERBS = new Set(
  (
    "went goes go got gets came comes broke breaks arrived arrives says said reads sounds was is are has had keeps kept made " +
    "turns turned lands landed gone been become gotten " +
    "makes took takes works worked tastes tasted looks looked feels felt seems seemed stopped started crashed failed " +
    "showed shows charged told gave gives left leaves sent feel taste look seem work break arrive stop start " +
    "crash fail show charge leave send keep take make come go say tell need needs want wants cost costs costed " +
    "tried try vanished disappeared dropped approve approves submit submits manage manages handle handles pay pays " +
    "rely relies depend depends expect expects hope hopes wish wishes hate hates collapse collapses fail fails " +
    "sucks stinks dies closes opens exists shrank shrunk faded ripped apply applies counts count counted drains drain drained eats kills passed died " +
    "includes included lists listed claims claimed states stated treats treated throws threw thrown throw " +
    "dumps dumped drops chucks chucked laid lays ends ended starts started begins began expires expired lasts runs promised promises owed refunded paid debited deducted taken billed quoted offered agreed " +
    "sounds hits rises jumps happens matters means hurts protects beats misses sells buys helps sit sits sat include cover covers mention mentions " +
    "erodes undermines drove pops popped"
  ).split(" "),
);

/** Pronouns, prepositions, auxiliaries: a noun phrase ends before them ("my neighbour his house" is about the neighbour). */
const PHRASE_ENDS = new Set(
  (
    "he she him his her their it its i you we they my your our that which who whom whose where when what why how " +
    "from with for to in on at by of and or plus either but nor so than then is are was were be been has have had do does did " +
    "can could will would should may might must not doesn don isn aren wasn weren won couldn shouldn wouldn " +
    "hasn haven didn cant after before since until into over under between through during without within " +
    "across against along among around behind beyond near off out up down last next ago instead rather outside inside both due owing thanks because"
  ).split(" "),
);

const LY_NOUNS = new Set([
  "supply",
  "family",
  "assembly",
  "italy",
  "july",
  "rally",
  "reply",
  "belly",
  "jelly",
  "ally",
  "lily",
]);
const INTENSIFIERS = new Set(["very", "so", "really", "too", "quite", "pretty", "super", "extremely"]);

function englishPhrase(phrase: string): string | undefined {
  const words = phrase.split(/\s+/);
  // "new loyalty app": leading evaluations and fillers go; "unhappy customers" leaves nothing worth naming.
  // "coffee has gone downhill": past a verb or a function word there is no noun phrase left.
  while (words.length > 0 && STOP_EN.has(words[0]?.toLowerCase() ?? "")) {
    const first = words.shift()?.toLowerCase() ?? "";
    if (PHRASE_ENDS.has(first) || VERBS.has(first)) return undefined;
    // "a very grumpy caffeine-deprived mom": what "very" leads to is how someone is, not a thing; one word of it
    // ("grumpy") is never the topic.
    if (INTENSIFIERS.has(first) && words.length <= 2) return undefined;
  }
  // "a half-truth most roasters get away with": a determiner after the head opens a clause of its own.
  const clause = words.findIndex((word, at) => at > 0 && /^(?:most|many|some|that|which|who)$/iu.test(word));
  if (clause > 0) words.splice(clause);
  // "In a poorly insulated 1950s semi": an adverb alone is no topic.
  if (words.length === 1 && /ly$/iu.test(words[0] ?? "") && !LY_NOUNS.has(words[0]?.toLowerCase() ?? ""))
    return undefined;
  return words.length > 0 ? headPhrase(words.join(" ")) : undefined;
}

interface Exclude {
  words: readonly string[];
  unfit?: ((term: string) => boolean) | undefined;
}

/**
 * The comment's terms, most telling first, at most `max`. `exclude` holds what the reply says anyway (the
 * company's name, the commenter's), so it is not named as a topic; `unfit` what a reply must never repeat as a
 * topic ("zum Thema Abzocker").
 */
/** "@Julia Brenner", "@Anna-Lena Roth": a tag by first and last name, as Facebook and LinkedIn write it. */
const TAGGED_FULL_NAME = /@(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\d])/gu;

export function caseTerms(
  text: string,
  language: "de" | "en",
  excludeWords: readonly string[] = [],
  max = 2,
  unfit?: (term: string) => boolean,
): string[] {
  // "@AppleSupport … phishing like there from Apple": the company a handle names is no topic of the comment to it.
  const handles = [...text.matchAll(/@([\p{L}\d_]{6,})/gu)].map((match) => (match[1] ?? "").toLowerCase());
  const handled = (term: string) => term.length >= 4 && handles.some((handle) => handle.includes(term.toLowerCase()));
  const exclude: Exclude = { words: excludeWords, unfit: (term) => handled(term) || (unfit?.(term) ?? false) };
  const terms: string[] = [];
  const sample = text
    .slice(0, 2_000)
    // Who they are, said in a few words, is no topic: "As a café owner myself, …", "Als Energieberaterin sehe ich …".
    .replace(SELF, ".")
    .replace(YEARS_SPENT, " ")
    // "get your act together": an idiom, no act.
    .replace(/\b(?:get|got|getting) (?:your|their|its|yer|ur) act together\b/giu, " ")
    // "@Svenja Brückner die haben jetzt …": a person tagged by their full name on Facebook or LinkedIn is no topic;
    // "@Rheinwerk Wärmepumpe kaputt" keeps what follows the company's handle.
    .replace(TAGGED_FULL_NAME, (tag, first: string) =>
      excludeWords.some((word) => word.length > 1 && overlaps(word, first)) ? ` ${tag.slice(first.length + 1)}` : " ",
    )
    // A handle at the start leaves the sentence's first word first ("@Rheinwerk Ist die Störung …").
    .replace(/^\s*(?:@\w+\s*)+/u, "")
    .replace(/@[\p{L}\d_]+/gu, " ")
    // Where a fact is from is not what is disputed: "Laut Statistischem Bundesamt …", "according to the BBC".
    .replace(SOURCE, " ")
    // "… nicht "Leferkusen" 😉 #Lev": a short tag is a label, not a topic.
    .replace(/#\w{1,4}\b/gu, " ")
    .replace(/#(\w+)/g, "$1")
    // "the opening party on Karl-Liebknecht-Straße": a street's name is where, no topic in pieces.
    .replace(
      /\b\p{Lu}[\p{L}]*(?:-\p{L}+)*-(?:Straße|Strasse|Str\.|Allee|Platz|Weg|Ring|Damm|Gasse|Ufer|Chaussee)(?!\p{L})/gu,
      " ",
    )
    // "Viell. werden eines Tages die Akten … geöffnet", "one day": when, not what.
    .replace(/\beines Tages\b|\bone day\b/giu, " ")
    // "any update on ticket 55120?" asks for news; the update is not what it is about.
    .replace(/\bany (?:news|updates?)\b/giu, " ")
    // "I moved to Cologne from Dublin": where the writer comes from is no topic (places.ts, ORIGIN).
    .replace(
      /(\b(?:moved|moving|came|come|originally|i'm|am|komme|stamme|ursprünglich|gezogen)\b[^.!?]{0,30}?)\s(?:from|aus)\s\p{Lu}[\p{L}-]+/giu,
      "$1",
    )
    // "oder müssen wir auf gut Glück kommen?", "asking for my extremely polite greyhound": an idiom and an aside.
    .replace(/\bauf gut Glück\b/giu, " ")
    .replace(/\basking for (?:a friend|my [^.!?]{0,40})/giu, " ")
    // "Honest feedback from someone who's worked in B2B energy for 15 years:": who is speaking, no topic.
    .replace(
      /\b(?:from )?(?:someone|somebody|a person) who(?:'s| has| is) (?:worked|been) (?:in|at|with) [^:.,!?]{1,50}/giu,
      " ",
    )
    // "a wall of marketing": a picture of too many words, no wall.
    .replace(/\ba wall of (?:marketing|text|jargon|buzzwords)\b/giu, " ")
    // "Read the room.": an idiom, not a room; "why on earth": nothing about the earth.
    .replace(/\bread the room\b/giu, " ")
    // "energy bills are through the roof", "Preise gehen durch die Decke": how high, no roof.
    .replace(/\bthrough the roof\b|\bdurch die Decke\b/giu, " ")
    // "Aber mal im Ernst an Rheinwerk: …": how it is meant, no topic.
    .replace(/\b(?:mal\s)?im Ernst\b/giu, " ")
    // "I'd love to see the same energy in how schedules are made": an idiom, no energy.
    .replace(/\b(?:the )?same energy\b/giu, " ")
    // "kurz auf Eis legen": paused, no ice.
    .replace(/\bauf Eis (?:legen|gelegt|liegen)\b/giu, " ")
    // "habt ihr noch alle Latten am Zaun?", "alle Tassen im Schrank": an idiom for being mad, no fence, no cups.
    .replace(/\b(?:noch\s)?alle\s(?:Latten\sam\sZaun|Tassen\sim\sSchrank)\b/giu, " ")
    // "Kriegt ihr überhaupt irgendwas gebacken oder sitzen da nur Praktikanten??": who is pictured at the desk is scorn,
    // no topic.
    .replace(/\bsitz(?:en|t)\s(?:da|dort|bei euch)\s(?:nur|lauter|bloß|bloss)\s\p{L}+/giu, " ")
    // "what a bunch of clowns", "a pack of cowboys": scorn, no topic.
    .replace(/\b(?:what\s)?an?\s(?:bunch|pack|load|shower|gang)\sof\s\p{L}+/giu, " ")
    // "'green energy' my arse": scorn, no body part.
    .replace(/\bmy (?:arse|ass|foot)\b/giu, " ")
    // "Kommt ihr mal aus dem Quark?": an idiom for hurrying up, no cheese.
    .replace(/\baus dem (?:Quark|Knick|Quere)\b/giu, " ")
    // "kriegt euren Laden mal in den Griff": an idiom for getting things right, no handle.
    .replace(/\bin den Griff\b/giu, " ")
    // "Kleine Geste, große Wirkung", "Small thing, big impact": a saying that opens a story, no topic.
    .replace(
      /\b(?:kleine Geste|kleine Ursache),? große Wirkung\b|\bsmall (?:thing|gesture),? big (?:impact|difference)\b/giu,
      " ",
    )
    // "zuverlässig wie ein Schweizer Uhrwerk", "den Elefanten im Raum": pictures, not topics.
    .replace(
      /\bden Geist auf(?:gibt|gegeben|geben|gab)\b|\bwie ein Schweizer Uhrwerk\b|\b(?:den|der) Elefant(?:en)? im Raum\b|\bthe elephant in the room\b|\blost the plot\b/giu,
      " ",
    )
    // "will we be sat in our coats?": cold, said as a picture; no coats to look into.
    .replace(/\b(?:sat|sitting|sit) in (?:our|my) coats\b/giu, " ")
    // "for a brand that talks this much about sustainability, it's strange …", "Für eine Marke, die …, ist das …": who
    // the company claims to be frames the point; it is not the point.
    .replace(
      /\bfor an? (?:brand|company|business|firm|roaster|supplier|provider)\b[^,.!?]{0,80}?(?:,|(?=\s(?:it'?s|it is|this is|that'?s|transparency|you)\b))|\b[Ff]ür (?:ein|eine|einen) (?:Unternehmen|Firma|Marke|Konzern|Anbieter|Kollektiv)(?:,\s(?:das|die|der)\s[^,.!?]{0,80},)?/gu,
      " ",
    )
    // "costs more than my first apartment", "teurer als meine Miete": what a price is set against is no topic.
    .replace(
      /\b(?:more|less|cheaper|dearer|pricier|mehr|weniger|teurer|billiger)\s(?:than|als)\s(?:my|mein\p{L}*|a|an|ein\p{L}*|ne|the|der|die|das)\s[^.,!?]{0,40}/giu,
      " ",
    )
    // "die größten Pfeifen im ganzen Rheinland", "die unfähigste Firma in ganz NRW": how far the scorn reaches, no
    // place of the case.
    .replace(
      /((?<!\p{L})(?:größt|grösst|schlechtest|unfähigst|dümmst|miesest|letzt|worst|biggest)\p{L}*\s[^.!?]{0,40}?)\s(?:im ganzen|in ganz|der ganzen|in the whole(?: of)?|in all(?: of)?)\s\p{Lu}[\p{L}-]+/giu,
      "$1",
    )
    // "@Uwe guck mal, „zuverlässig auch im Winter“ 😅 Spaß beiseite, bei uns zeigt die WP 9 … E212": the joke before
    // "Spaß beiseite" is no topic; the case follows it.
    .replace(
      /^[\s\S]{0,300}?(?<!\p{L})(?:spaß beiseite|spass beiseite|joking aside|(?:all )?jokes aside)(?!\p{L})/iu,
      " ",
    )
    // "Monteure im Raum Köln/Bonn": a region, said as its town.
    .replace(/\bim Raum (?=\p{Lu})/gu, "in ")
    // "while the world is literally on fire": the world's troubles, pictured; no fire.
    .replace(/\b(?:the\s)?(?:world|planet|earth|everything)(?:\sis|\s's|['’]s)\s(?:literally\s)?on fire\b/giu, " ")
    // "Grüß Gott, i hob …", "Griaß di": a greeting, nobody's god.
    .replace(/(?<!\p{L})(?:grüß|grüss|gruess|griaß|griass)\s(?:gott|di|eich|enk)(?!\p{L})/giu, " ")
    // "Wat es dat dann för ene Verein??", "was für ein Laden": the scorn's picture, no topic.
    .replace(
      /(?<!\p{L})(?:was|wat|wad)\s(?:(?:ist|es|is|sind|seid|isch)\s(?:\p{L}+\s){0,2}?)?(?:für|fuer|för)\s(?:(?:ein|eine|einen|ene|en|nen|'?n)\s)?\p{L}+/giu,
      " ",
    )
    // "for the third week in a row": how often, not a row.
    .replace(/\bin a row\b/giu, " ")
    // "28 Seiten Nachhaltigkeitsbericht", "a 48-page report": how long it is, not what it is about.
    .replace(/\b\d+[- ]?(?:Seiten|seitige[nrs]?|pages?)\b/gu, " ")
    .replace(/\b(why|what|how|where|who) on earth\b/giu, "$1")
    // "von den neuen Pfandbechern": the noun said back without its dative plural "-n".
    .replace(/\b((?:von|mit|aus|zu|bei|nach|seit) den\s(?:\p{Ll}+\s)?)(\p{Lu}[\p{L}-]*er)n\b/gu, "$1$2")
    // "während des Weihnachtsmarkts", "des Vertrags": the noun said back without its genitive "-s" (not "des Busses").
    .replace(/\b([Dd]es|[Ee]ines)\s(\p{Lu}[\p{L}-]*[^\sse])s\b/gu, "$1 $2");
  // A disputed fact leads ("98 % … laut Statistik 71 %", "heißt 18 Uhr, nicht 17 Uhr"); a time or a figure told
  // in passing ("kein Brot mehr da. Um 17 Uhr!", "Preiserhöhung um 18 %") comes after what it is about.
  // "the 40% productivity figure": an English figure keeps the noun it measures.
  const facts = [...sample.matchAll(FACT)].map((match) => {
    const noun = language === "en" ? FIGURE_NOUN.exec(sample.slice((match.index ?? 0) + match[0].length)) : null;
    return noun ? `${match[0]}${noun[0]}` : match[0];
  });
  // What is disputed is the claim they quote, said back in their words.
  for (const match of sample.matchAll(CLAIMED)) {
    // 'das Ersatzteil ist angeblich "bestellt"', 'supposedly "dispatched"': a status they doubt, not a topic.
    if (/^(?:angeblich|supposedly)/iu.test(match[0]) && !/\s/u.test((match[1] ?? "").trim())) continue;
    add(terms, quoted((match[1] ?? match[2] ?? match[3] ?? "").trim(), language), exclude);
  }
  // 'the Leipzig café is "temporarily closed"': words in quotation marks are what is pointed at, said back as quoted.
  // 'der Störungsdienst sagt "wir melden uns"': words someone said, quoted, are speech, not a thing pointed at.
  for (const match of sample.matchAll(QUOTED_PHRASE)) {
    const words = match[1] ?? match[2] ?? "";
    // 'I "turn off" my PC': a verb in scare quotes after its subject is doubt, not a thing pointed at. „Wendezeit
    // Köln“ after "in meinem Blog": the writer's own title.
    const before = sample.slice(0, match.index);
    const verb = /(?<!\p{L})(?:i|we|you|they|ich|wir|du|ihr)\s$/iu.test(before);
    const title = /(?<!\p{L})(?:blog|podcast|kanal|channel|newsletter|buch|book|show|video|artikel|article)\s$/iu.test(
      before,
    );
    if (!SPOKEN.test(words) && !verb && !title) add(terms, quoted(words, language), exclude);
  }
  // Two of a kind set against each other are the disputed fact: years ("founded in 1989, but your own website says
  // 1998"), spans ("10 Jahre Garantie … stehen aber 15 Jahre") and days ("am Sonntag – … steht aber Samstag"); spans
  // and days only beside a word that sets them against each other.
  const setAgainst = SET_AGAINST.test(sample);
  facts.push(
    ...twoOrMore(sample, YEARS),
    ...(setAgainst ? twoOrMore(sample, SPANS) : []),
    // Not "seit Samstag … Störungsdienst sagt frühestens Montag. … echt nicht lustig": a "nicht" elsewhere sets no day
    // against another.
    ...(setAgainst && DAYS_SET_AGAINST.test(sample) ? twoOrMore(sample, WEEKDAYS) : []),
  );
  const disputed = facts.length >= 2 || CORRECTS.test(sample) || DISPUTES.test(text);
  if (disputed) for (const fact of facts) add(terms, fact, exclude);
  // 'you spelled "independent" wrong': a word a correction quotes is what it points at. Not a scare quote
  // ('another "improvement"'): said back, it would mock.
  for (const match of CORRECTS.test(sample) ? sample.matchAll(QUOTED) : []) {
    add(terms, quoted(match[1] ?? match[2] ?? "", language), exclude);
  }
  // "doors 9 AND 14 were empty": a word shouted before a number is no model; "A2", "a 1950s semi" still are.
  for (const match of sample.matchAll(MODEL_CODE)) {
    const letters = match[0].replace(/[- ]?\d.*$/u, "");
    // "A 1950s house with radiators …": the article before a decade, no model.
    if (language === "en" && /^[AI]\s/u.test(match[0])) continue;
    if (/\d/.test(match[0]) && !(letters.length >= 2 && STOP_EN.has(letters.toLowerCase())))
      add(terms, match[0], exclude);
  }
  for (const match of sample.matchAll(language === "de" ? MEASURED_DE : MEASURED_EN)) {
    // "a 20 min line and …": the phrase ends at its noun, never on a function word or a verb.
    const words = match[0].split(" ");
    while (words.length > 2 && (PHRASE_ENDS.has(words.at(-1) ?? "") || VERBS.has(words.at(-1) ?? ""))) words.pop();
    const last = words.at(-1) ?? "";
    if (language === "en" && (PHRASE_ENDS.has(last) || VERBS.has(last) || STOP_EN.has(last))) continue;
    // Said back in full words: "25 Minuten auf einen Flat White", not "25 Min auf nen".
    const said = words
      .join(" ")
      .replace(/\bnen\b/u, "einen")
      .replace(/\bMin\b\.?/u, "Minuten")
      .replace(/\bStd\b\.?/u, "Stunden");
    add(terms, said, exclude);
  }
  // The facts, codes and measured phrases found so far. "47 Minuten Warteschleife" says it all: when one of them is
  // measured, the nouns after it ("die Melodie im Kopf", "Robin Hoods": the joke beside it) are not named.
  const leading = terms.length;
  if (language === "de") {
    const heads = [...sample.matchAll(GERMAN_OPENING_HEAD), ...sample.matchAll(GERMAN_OPENING_SUBJECT)].filter(
      (match) => !OPENING_ADVERBS.has(match[0]) && !NOT_SUBJECT_NOUNS.has(match[0]),
    );
    const nouns = [...sample.matchAll(GERMAN_NOUN), ...sample.matchAll(GERMAN_OPENING_NOUN), ...heads].sort(
      (a, b) => (a.index ?? 0) - (b.index ?? 0),
    );
    let taken = 0;
    for (const match of nouns) {
      const start = match.index ?? 0;
      if (start < taken) continue;
      // "Namensgeber Ihres Unternehmens": their possessive, said back by the company, would name the wrong owner.
      const whole = match[0].split(" ");
      const theirs = whole.findIndex((word, at) => at > 0 && THEIR_POSSESSIVE.test(word));
      const written = theirs > 0 ? whole.slice(0, theirs) : whole;
      const words = written.filter((word) => !STOP_DE.has(word));
      if (!words.length) continue;
      // "6 Euro Flat Whites": a name after a word that is no topic is read whole, not cut after its first word.
      const next =
        written.length === 2 && words.length === 1 ? NEXT_NOUN.exec(sample.slice(start + match[0].length)) : null;
      if (next) {
        words.push(next[0].trim());
        taken = start + match[0].length + next[0].length;
      }
      // "der Umbau in Kreuzberg": where it happened stays with what happened.
      const place = words.length === 1 ? IN_PLACE.exec(sample.slice((match.index ?? 0) + match[0].length)) : null;
      // "dynamische Stromtarife", "laktosefreie Alternative": what kind of thing it is stays with it.
      const kind =
        written[0] === words[0] ? nominative(sample.slice(Math.max(0, start - 40), start), words[0] ?? "") : undefined;
      // "Dritte Preiserhöhung in 14 Monaten": how often in how long is the criticism itself; the count, written
      // with a capital after an emoji, is an adjective inside the reply.
      const span = place
        ? null
        : (WITHIN_SPAN.exec(sample.slice(start + match[0].length)) ??
          OF_AMOUNT.exec(sample.slice(start + match[0].length)));
      if (ORDINAL.test(words[0] ?? "") && words.length > 1) words[0] = (words[0] ?? "").toLowerCase();
      const noun = place ? `${words[0]} ${place[0].trim()}` : `${words.join(" ")}${span ? span[0] : ""}`;
      add(terms, kind ? `${kind} ${noun}` : noun, exclude);
    }
  } else {
    // "do you lot even do small balcony solar setups …": what a question asks for leads.
    for (const match of sample.matchAll(ENGLISH_OBJECT)) add(terms, englishPhrase(match[1] ?? ""), exclude);
    for (const match of sample.matchAll(ENGLISH_OF)) {
      const [, head = "", determiner = "", tail = ""] = match;
      const of = headPhrase(tail);
      if (of && !STOP_EN.has(head.toLowerCase())) add(terms, `${head} of ${determiner}${of}`, exclude);
    }
    for (const match of sample.matchAll(ENGLISH_HEAD)) {
      // "Can someone check?", "Do you …": a question about a person asks nothing about a thing.
      const head = match[1] ?? "";
      if (!STOP_EN.has(head.split(" ")[0]?.toLowerCase() ?? "")) add(terms, headPhrase(head), exclude);
    }
    for (const match of sample.matchAll(ENGLISH_NAME)) {
      if (!STOP_EN.has(match[0].toLowerCase().split(" ")[0] ?? "")) add(terms, match[0], exclude);
    }
    for (const match of sample.matchAll(ENGLISH_HOW)) add(terms, englishPhrase(match[1] ?? ""), exclude);
    // "love that decaf is out": the thing is what follows a leading function word.
    for (const match of sample.matchAll(ENGLISH_OUT)) {
      const words = (match[1] ?? "").split(" ").filter((word, at, all) => at === all.length - 1 || !STOP_EN.has(word));
      add(terms, englishPhrase(words.join(" ")), exclude);
    }
    // "which grind should I pick for an aeropress?": what is chosen is what is asked about.
    for (const match of sample.matchAll(ENGLISH_WHICH)) add(terms, englishPhrase(match[1] ?? ""), exclude);
    for (const match of sample.matchAll(ENGLISH_SUBJECT)) {
      const phrase = match[1] ?? "";
      const first = phrase.split(" ")[0] ?? "";
      const lower = first.toLowerCase();
      if (STOP_EN.has(lower) || NOBODY.has(lower) || /(?:ed|ly)$/u.test(lower)) continue;
      // "Installation date" is "installation date" inside a reply; a name ("Hafenblick beans") keeps its capital.
      const common = NOUN_ENDING.test(lower) || new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, "u").test(sample);
      // "Blanket claims like this set …": one capitalised word that opens a sentence and is never written again is
      // as likely an adjective as a name; a name said once comes with its noun ("Hafenblick beans").
      const head = headPhrase(common ? phrase.replace(first, lower) : phrase);
      if (!common && head !== undefined && !head.includes(" ") && sample.split(first).length < 3) continue;
      add(terms, head, exclude);
    }
    // "single-use cups", "self-service kiosk": a hyphened modifier makes a noun a specific thing.
    // "single-use cups while preaching": the phrase ends where a clause begins.
    for (const match of sample.matchAll(HYPHENED))
      add(terms, headPhrase(match[0].split(CLAUSE_START)[0] ?? ""), exclude);
    // "Selling heat pumps without insulation advice …": what the opening gerund is done to.
    for (const match of sample.matchAll(ENGLISH_GERUND)) add(terms, englishPhrase(match[1] ?? ""), exclude);
    // "my direct debit date", "my final bill": the commenter's own thing is their case, named before "your hotline".
    const phrases = [...sample.matchAll(ENGLISH_PHRASE)].sort(
      (a, b) => Number(/^(?:my|our)\s/i.test(b[0])) - Number(/^(?:my|our)\s/i.test(a[0])),
    );
    for (const match of phrases) add(terms, englishPhrase(match[1] ?? ""), exclude);
  }
  // A figure told in passing ("Profits up 300%") is said back only with its noun, never bare as the topic.
  if (!disputed) for (const fact of facts) if (/\p{L}{3}/u.test(fact)) add(terms, fact, exclude);
  if (terms.slice(0, leading).some((term) => MEASURED_TERM.test(term))) return terms.slice(0, Math.min(max, leading));
  return terms.slice(0, max);
}

/** English needs an article before a singular common noun: "about the sandwich", but "about dogs", "about Hafenblick". */
function withArticle(term: string): string {
  // "stories in Leipzig": the branch said after a thing leaves it a plural.
  const head = (term.split(" of ")[0] ?? term).replace(/\s(?:in|at)\s\p{Lu}[\p{L}-]+$/u, "");
  // A plural takes no article ("beans"); "bus", "glass", "analysis" are no plurals.
  const plural = /s$/.test(head) && !/(?:us|ss|is)$/.test(head);
  // "the Hafenblick filter": a name before a common noun still needs the article; "Hafenblick" alone does not.
  // "Switzerland in Basel": one name with the place it is in is still a name.
  if (/^[A-Z][\p{L}-]+ (?:in|at|from|near) /u.test(term)) return term;
  if (/^(?:[A-Z][\p{L}-]+ )+[\p{Ll}]/u.test(term) && !plural && !/\d/.test(term)) return `the ${term}`;
  // "the 40% productivity figure": a figure with its noun takes the article; a bare "40%" does not.
  if (/^[€£$\d−-][^\s]*\s[\p{Ll}]/u.test(term) && !plural) return `the ${term}`;
  if (/^[A-Z\d−"„-]/.test(term) || plural || /\d/.test(term)) return term;
  return `the ${term}`;
}

/** "Cold Brew und Koffein" / "the decaf and the cold brew". */
export function joinTerms(terms: readonly string[], language: "de" | "en"): string | undefined {
  if (terms.length === 0) return undefined;
  const said = language === "de" ? terms : terms.map(withArticle);
  const and = language === "de" ? " und " : " and ";
  return said.length <= 2 ? said.join(and) : `${said.slice(0, -1).join(", ")}${and}${said.at(-1)}`;
}
