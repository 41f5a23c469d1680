/** Words and phrases that carry tone, German and English, folded like comments. */

export const POSITIVE = [
  "danke*",
  "vielen dank",
  "super",
  "toll*",
  "klasse",
  "prima",
  "genial*",
  "spitze",
  "grossartig*",
  "wunderbar*",
  "perfekt*",
  "hervorragend*",
  "zufrieden",
  "begeistert",
  "liebe",
  "lieben",
  "freue",
  "freuen",
  "freut",
  "schoen*",
  "top",
  "bravo",
  "empfehle*",
  "empfehlenswert",
  "hilfreich",
  "gluckwunsch*",
  "glueckwunsch*",
  "gratulation*",
  "gratuliere*",
  "weiter so",
  "lecker*",
  "sympathisch*",
  "thanks",
  "thank",
  "thx",
  "ty",
  "great",
  "awesome",
  "love*",
  "loving",
  "amazing",
  "excellent",
  "perfect",
  "wonderful",
  "happy",
  "fantastic",
  "brilliant",
  "best",
  "nice",
  "recommend*",
  "appreciate*",
  "helpful",
  "kudos",
  "incredible",
  "phenomenal",
  "never ~1 take ~4 off",
  "shoutout",
  "shout out",
  "props to",
  "legend",
  "congrat*",
  "well done",
  "keep it up",
  "cool",
  "beautiful",
  "delicious",
  "impressive",
  "impressed",
  "glad",
  "good",
  "gut",
];

export const NEGATIVE = [
  "enttaeusch*",
  "schlecht*",
  "katastroph*",
  "miserabel*",
  "mies*",
  "unzufrieden*",
  "aerger*",
  "problem*",
  "fehler*",
  "kaputt*",
  "defekt*",
  "warte",
  "warten",
  "wartet",
  "gewartet",
  "wartezeit*",
  "seit wochen",
  "seit tagen",
  "seit monaten",
  "keine antwort",
  "keine reaktion",
  "nie wieder",
  "nimmer",
  "kuendig*",
  "beschwerde*",
  "reklamation*",
  "rueckerstattung*",
  "erstattung*",
  "geld zurueck",
  "abzocke*",
  "abgezockt",
  "betrug*",
  "betrueger*",
  "unfaehig*",
  "inkompetent*",
  "laecherlich*",
  "peinlich*",
  "unzumutbar*",
  "zumutung*",
  "skandal*",
  "nervig*",
  "verspaet*",
  "storniert",
  "schade",
  "leider",
  "traurig*",
  "schwach",
  "unmoeglich*",
  "mangelhaft*",
  "ungenuegend*",
  "versagt",
  "chaos",
  "schlimm*",
  "disappoint*",
  "terrible",
  "awful",
  "horrible",
  "worst",
  "bad",
  "poor*",
  "broken",
  "issue*",
  "complain*",
  "refund*",
  "cancel*",
  "waiting",
  "waited",
  "still",
  "unacceptable",
  "ridiculous",
  "useless",
  "incompetent",
  "scam*",
  "fraud*",
  "ripoff",
  "rip off",
  "joke",
  "shame*",
  "sad",
  "unfortunately",
  "frustrat*",
  "annoy*",
  "delay*",
  "wrong",
  "missing",
  "lost",
  "overcharg*",
  "failed",
  "fail*",
  "sucks",
  "nightmare",
  "crash*",
  "freez*",
  "bug",
  "bugs",
  "buggy",
  "absturz*",
  "abgestuerzt",
  "stuerzt",
  "haengt",
  "late",
  "again",
  "disaster",
  "mess",
  "garbage",
  "trash",
  "rubbish",
  "never again",
  "no response",
  "no reply",
  "not working",
  "doesnt work",
  "funktioniert nicht",
  "geht nicht",
  "das letzte",
  "abgewimmelt",
  "vertroest*",
  "hingehalten",
  "ignoriert*",
  "saftladen",
  "selbst schuld",
  "schlechteste*",
  "schrott*",
  "murks",
  "armutszeugnis",
  "respektlos*",
  "unfreundlich*",
  "arrogant*",
  "unbrauchbar*",
  "nutzlos*",
  "ueberteuert*",
  "zu teuer",
  "wucher*",
  "keine chance",
  "niemand ~2 hilft|antwortet|meldet",
  "tone deaf",
  "tonedeaf",
  "slower",
  "worse",
  "overpriced",
  "pathetic",
  "embarrassing",
  "shameful",
  "disrespect*",
  "rude",
  "ignored",
  "ignoring",
  "fobbed",
  "misleading",
  "unhelpful",
  "hopeless",
  "pointless",
  "waste",
  "fire ~2 who|whoever|whoever",
  "not ~1 here",
  "kaum|nicht ~1 tragbar",
  "untragbar",
  "nobody|noone|niemand ~2 trusts|trust|vertraut|believes|glaubt|wants|will",
  "ghosted",
  "ist|sind ~1 das ~2 ernst",
  "are ~1 you ~1 serious",
  "seriously",
];

/** Heat: words of anger and exasperation. */
export const ANGER = [
  "wuetend*",
  "sauer",
  "stinksauer",
  "frechheit*",
  "unverschaemt*",
  "es reicht",
  "mir reichts",
  "hass*",
  "kotzt",
  "verarsch*",
  "schnauze voll",
  "die nase voll",
  "empoert*",
  "unfassbar",
  "furious",
  "angry",
  "pissed",
  "livid",
  "outraged",
  "outrageous",
  "fed up",
  "sick of",
  "hate",
  "disgusting",
  "disgrace*",
  "how dare",
  "unbelievable",
  "absurd",
  "verklag*",
  "anzeigen",
  "anwalt",
  "verbraucherzentrale",
  "sue",
  "lawyer",
  "hoffentlich ~3 pleite|insolvent|untergeht|dichtmacht|bankrott",
];

/**
 * Disapproval the tone reads beside NEGATIVE: dismissals ("so ein Schwachsinn", "nonsense"), "out of touch", and
 * changes made without a word ("ohne Erklärung erhöht"). Kept apart from NEGATIVE because the trained model counts
 * NEGATIVE as a feature: adding words there would change its input without training it again.
 */
export const DISAPPROVAL = [
  // "customer comms are a weak spot … in 2024 this really shouldn't be hard", "… feels a bit off tbh", "barely any
  // outlets left and the wifi cuts out after 60 minutes": criticism said politely.
  "weak ~1 spot|point|link",
  "schwachstelle|schwachpunkt",
  // "90 minutes, and not one concrete word about noise levels … nothing on the thing people actually worry about",
  // "Ich tu mich schwer damit, dass …", "Der Name verspricht was anderes als die Zahlen": criticism said calmly.
  "not ~1 one|a ~2 concrete|single ~1 word ~1 about|on",
  "nothing ~1 on|about ~1 the ~1 thing|things|stuff ~2 people|customers|we",
  "tu|tue|tun ~1 mich|uns ~2 schwer ~1 damit",
  "verspricht|versprechen ~3 was|etwas ~1 anderes ~1 als",
  "shouldnt ~1 be ~2 hard|difficult|rocket",
  "feels|seems|looks ~3 off",
  "barely|hardly ~1 any ~3 left",
  "cuts|drops ~1 out ~2 after",
  "quietly ~2 pushing|squeezing|forcing ~1 out",
  // "Eure Tarife steigen fixer als meine Miete 🙄": prices rising faster than anything else.
  "tarife|preise|abschlag|abschlaege|prices|rates|bills ~2 steigen|steigt|rise|rising|go ~1 fixer|schneller|faster ~1 als|than",
  // "your tariff page is a wall of marketing and zero numbers … Your competitors publish prices. Until you do, I'll keep
  // recommending them": information withheld, and custom taken elsewhere.
  "wall ~1 of ~1 marketing|text|jargon|buzzwords",
  "zero ~1 numbers|prices|figures|information|info|transparency",
  "until ~1 you ~1 do ~5 recommending|recommend ~1 them|others|competitors",
  // "It used to be the neighbourhood living room, now it feels like a WeWork", "Früher war das … heute": what a place
  // was, set against what it has become.
  "used ~1 to ~1 be ~8 now ~3 feels|looks|is|its ~1 like",
  "couldnt|cant ~2 sit ~1 down ~4 anywhere",
  // "plastic-lined bags from a company that posts about sustainability every other day? kinda undercuts the message".
  "undercuts|undermines ~2 the|your ~1 message|point|claim",
  // "die Customer Journey … ist alles andere als easy", "One-Stop-Shop sieht anders aus": a promise set against what is.
  "alles ~1 andere ~1 als",
  // "Das ist keine Partnership, das ist Massenabfertigung", "kennt keiner einen festen Ansprechpartner": service felt
  // as a conveyor belt.
  "massenabfertigung|abfertigung|fliessbandabfertigung",
  // "Wertschätzung fängt bei realistischer Planung an, nicht bei Fotos mit Helm", "Peak marketing.": a claim set
  // against what it should start with, an ad mocked.
  "faengt|beginnt ~5 an ~1 nicht ~1 bei|mit",
  "starts ~5 not ~1 with",
  "peak ~1 marketing|pr|greenwashing|corporate",
  // "Wärmewende auf dem Rücken der Handwerker": a gain paid for by others.
  "auf ~1 dem ~1 ruecken ~1 der|des|von|ihrer|eurer|unserer",
  "on ~1 the ~1 backs ~1 of",
  "kennt|hat ~1 keiner|niemand ~2 festen|feste|persoenlichen ~1 ansprechpartner|ansprechpartnerin|ansprechperson",
  "sieht ~1 anders ~1 aus",
  // "… das Trinkgeld wurde monatelang nicht transparent verteilt. Nicht böse gemeint, aber da ist noch Luft": room left
  // to do better, said kindly; "bis dahin bleibt's halt ein sehr hübsches Foto": a claim left as a picture.
  "da|hier ~2 ist ~1 noch ~1 luft|potenzial|potential",
  "noch ~1 luft ~1 nach ~1 oben",
  // "Your app genuinely needs an overhaul, honestly.", "Ottensen war früher gemütlicher. jetzt nur noch Laptops".
  "needs|need ~2 an ~1 overhaul|rethink|redesign|upgrade",
  "war ~2 frueher ~6 jetzt ~2 nur ~1 noch",
  // "the subscription used to be the highlight of my month … Feels like it's on autopilot now", "Jede Preisanpassung
  // kommt mit vier Seiten Kleingedrucktem … keine Planungssicherheit": criticism of a customer who stays, said calmly.
  "used ~1 to ~1 be ~1 the ~1 highlight|best|reason",
  // "the app is super slow", "Lieferung war super spät": a word of praise that only makes a fault stronger.
  "super|mega|voll|total|extrem|echt slow|langsam|spaet|late|laggy|buggy|teuer|expensive|laut|loud|kalt|cold|unfreundlich|rude|unhelpful|schlecht|bad|poor|duenn|weak",
  "on ~1 autopilot",
  "seiten ~1 kleingedruckt*",
  "keine ~1 planungssicherheit",
  "nicht ~1 transparent|fair|nachvollziehbar ~1 verteilt|bezahlt|geregelt|kommuniziert",
  "bis ~1 dahin ~4 bleibts|bleibt ~4 huebsches|schoenes|nettes ~1 foto|bild|plakat",
  // "auf der Website findet man null Infos dazu", "keine einzige Zahl zu den Preisen", "Ohne Zahlen ist das halt
  // Marketing", "Transparency ist kein Marketing-Claim": a claim said to be only words.
  "findet ~1 man ~1 null|keine|kaum|nix|nichts",
  "keine ~1 einzige ~1 zahl|info|information|angabe",
  "ohne ~1 zahlen|belege|nachweis|nachweise ~3 marketing|werbung|greenwashing",
  "ist|sind ~1 kein|keine ~2 marketing-claim|werbeversprechen|marketing",
  // "'direct trade' … means nothing without published prices", "this post is just a nice photo of a guy in Huila".
  "means|mean ~1 nothing ~1 without",
  "bedeutet|heisst ~1 nichts ~1 ohne",
  "just ~1 a ~1 nice|pretty|glossy ~1 photo|picture|pic|video",
  // "ordering from you as a business is painful", "Coffee's great, the checkout isn't": a process criticised.
  "is|was|are ~2 painful",
  "great ~2 the ~3 isnt",
  // "… find ich ehrlich gesagt etwas dünn", "Bisschen mehr Vorlauf wär schon fair gewesen", "calling it sustainable is
  // a stretch", "ring a bit hollow", "Finds schon dreist": criticism said mildly.
  "etwas|ziemlich|recht|bisschen|arg ~1 duenn",
  "waer|waere|wär|wäre ~3 fair ~1 gewesen",
  "is|its|thats ~2 a ~1 stretch",
  "ring|rings|sounds ~3 hollow",
  "feels|feel ~3 hollow",
  "dreist",
  // "Transparenz wäre ein Anfang", "that's a bit much", "everything you send me … is German only", "Wer sich
  // „Fachkräfte für die Wärmewende“ auf die Fahnen schreibt, sollte …": criticism said as a hint.
  "waer|waere|wär|wäre ~2 ein ~1 anfang",
  "would ~1 be ~1 a ~1 start",
  "thats|its ~1 a ~1 bit ~1 much",
  "german|deutsch ~1 only",
  // "die Preise still und heimlich geändert", "dann kommuniziert das wenigstens offen": done behind the customers'
  // backs, and openness asked for.
  "still ~1 und ~1 heimlich",
  "wenigstens ~3 offen|ehrlich|transparent|rechtzeitig",
  // "find ich echt nicht ok", "finde ich nicht fair": disapproval said plainly.
  "finde|find|finds|findet ~3 nicht ~1 ok|okay|fair|gut|richtig",
  // "Treue wird bei Rheinwerk also bestraft. Find ich … ziemlich schäbig".
  "schaebig",
  "treue ~4 bestraft",
  "auf ~1 die ~1 fahne|fahnen ~1 schreibt|schreiben ~4 sollte|sollten|muss|muesste",
  // "ne olle Plörre … schmeckt wie abjestandenes Spülwasser": coffee called dishwater.
  "ploerre",
  "spuelwasser|abwaschwasser|pfuetzenwasser",
  // "Ihr Verkaufsheinis drückt den Leuten Technik auf, die bei Frost schlapp macht, und kassiert noch Förderung ab.
  // Pfui.": disgust, a sale pushed on people, a thing that gives up, money taken.
  "pfui",
  // "statt so zu tun, als wär alles eigenes Personal", "ist für viele eine echte Hürde", "your regulars deserve a
  // little more than that": pretence, a barrier, too little.
  "so ~1 zu ~1 tun ~2 als",
  // "Immer diese Hochglanzposts mit strahlenden Monteuren": the gloss sighed at.
  "immer ~1 diese|dieses|dieser",
  "hochglanz*",
  "echte|grosse|riesige ~1 huerde",
  "deserve|deserves ~3 more|better ~1 than ~1 that|this",
  "verdienen|verdient ~3 mehr|besseres ~1 als ~1 das|so",
  "schlapp ~1 macht|machen|macht's|gemacht",
  "kassiert|kassieren|kassiert's ~4 ab",
  "abkassieren|abkassiert",
  "drueckt|druecken|drueckst ~5 auf",
  "andrehen|angedreht|andrehen's",
  // "find ich echt drüber … Bisschen mehr Demut bitte", "motiviert echt niemanden … so halbherzig", "Für mich ist das
  // Etikettenschwindel", "diesen Werbemüll".
  "find|finde ~2 ich ~2 drueber",
  // "euer Dauergeschwurbel … geht mir echt auf den Sack", "geht mir auf den Keks", "nervt": worn out by it.
  "auf ~1 den ~1 sack|keks|senkel|zeiger|geist",
  "geht|gehen|ging ~3 auf ~1 die ~1 nerven",
  "geschwurbel|dauergeschwurbel|gelaber|gesuelze",
  "mehr ~1 demut",
  "halbherzig",
  // "Das ist Fachkraft-Niveau zum Minijob-Preis. Sorry, aber da hilft auch das „Kollektiv“ im Namen nicht."
  "sorry ~1 aber",
  // "Ihre Werbung … finde ich ehrlich gesagt unseriös", "Without numbers it reads like marketing, honestly",
  // "Slightly rich that Rheinwerk's campaign leads with …": the claim doubted.
  "unserioes",
  "reads|sounds ~1 like ~1 marketing",
  "slightly|bit|little|rather ~1 rich ~1 that|of",
  "da ~1 hilft ~1 auch ~5 nicht",
  // "Erst groß mit Ökostrom werben und dann die Preise hochziehen … Könnt ihr euch sonst wohin stecken".
  "sonst ~1 wohin ~1 stecken",
  "sonstwohin ~1 stecken",
  "erst ~6 werben ~5 dann",
  // "seit der preiserhöhung lohnt sich das abo echt nicht mehr. 16,90 für 500g ist schon happig 🤷‍♀️".
  "happig",
  "lohnt|lohnen ~1 sich ~3 nicht|kaum ~1 mehr",
  "no ~1 longer ~1 worth ~1 it",
  "not ~1 worth ~1 it ~1 anymore",
  // "… macht es sich zu leicht. … Ehrlicher wäre: erst sanieren", "Marketing like this erodes trust in the whole
  // sector": an argument against what the company says.
  "macht|machen|macht's ~2 sich ~1 zu ~1 leicht|einfach",
  "ehrlicher ~1 waere|waers",
  "erodes|undermines|damages|erode|undermine ~1 trust",
  "untergraebt|zerstoert|beschaedigt ~2 vertrauen",
  // "von 14,50 auf 16,90 ist schon ein ordentlicher Sprung … überleg grad ehrlich, ob ich das so weitermache": a rise
  // that makes a customer think of leaving.
  "ordentlicher|heftiger|krasser|gewaltiger ~1 sprung",
  // "Als Kunde fühlt man sich da ein bisschen veräppelt", "For an energy company this is not really modern".
  "veraeppelt|veralbert|verschaukelt|vergackeiert",
  "not ~2 modern|up-to-date",
  "nicht ~2 zeitgemaess|modern",
  "ueberleg|ueberlege|ueberlegen ~4 ob ~1 ich|wir ~3 weitermache|weitermachen|bleibe|bleiben|behalte|behalten",
  "thinking|considering ~4 whether|if ~1 i|we ~1 stay|keep|cancel",
  // "Das ist kein Detail, das ist Irreführung."
  "irrefuehrung|irrefuehrend|irrefuehrende|misleading",
  "motiviert ~2 niemanden|keinen",
  "etikettenschwindel",
  "werbemuell",
  // "Hochglanzflyer im Briefkasten trotz "Keine Werbung"-Aufkleber".
  "trotz ~4 aufkleber",
  // "weichgespülter Hochglanz-Post … reines Marketing-Blabla. Spart euch das doch einfach."
  "blabla",
  "weichgespuelt*",
  "spart ~1 euch ~2 das",
  // "Another coffee company pretending to be a tech company".
  "pretending ~1 to ~1 be",
  // "das hier über „faire Partnerschaften“ postet und gleichzeitig den Guji … hochzieht": saying one thing, doing
  // another.
  "postet|posten|schreibt|wirbt|redet ~8 und ~1 gleichzeitig",
  "posts|posting|talks|talking ~8 while ~1 at ~1 the ~1 same ~1 time",
  // "£9.50 shipping … makes Kaffeekollektiv hard to recommend … however good the coffee is".
  "hard|difficult ~1 to ~1 recommend",
  "however ~1 good|great|nice",
  "felt|feel ~2 unwelcome|unwanted",
  "fuehlte|fuehlten|fuehle ~4 unerwuenscht|unwillkommen",
  // "Passt irgendwie nicht so ganz zusammen", "Makes it really hard to know what I'm agreeing to", "hätte ich mir ein
  // kurzes persönliches Gespräch gewünscht … hätte ich's anders erwartet", "wäre das Mindeste gewesen".
  "passt ~4 nicht ~3 zusammen",
  "makes ~1 it ~2 hard|difficult|impossible",
  "haette|haett ~4 anders ~1 erwartet",
  "haette ~1 ich ~1 mir ~6 gewuenscht",
  "waere ~2 das ~1 mindeste",
  // Batch 173: criticism said politely ("Really not a fan of the switch to pre-packed sandwiches", "such a weird
  // decision", "Ganz schwache Entscheidung", "passt für mich nicht zu dem, wofür ihr … steht", "ein bisschen zu
  // einfach gemacht", "40 cent auf einen schlag ist schon heftig", "Da hätte ich mir … mehr Fingerspitzengefühl
  // gewünscht").
  "not ~2 a ~1 fan ~1 of",
  "weird|strange|odd|bad|poor|baffling ~1 decision|move|choice",
  "schwache|schlechte|komische|seltsame|unverstaendliche ~1 entscheidung",
  "passt ~3 nicht ~1 zu",
  // "die Bilder … passen nicht ganz zu dem, was ich erlebt hab", "Überstunden ohne Ende", "Vielleicht erst mal die
  // Touren vernünftig planen, bevor man neue Leute sucht".
  "passen ~3 nicht ~2 zu",
  // "Tarifdschungel. Echt undurchschaubar.", "finde ich … schwer vermittelbar".
  "undurchschaubar",
  "tarifdschungel",
  "schwer ~1 vermittelbar",
  "ueberstunden ~1 ohne ~1 ende",
  "erst ~1 mal ~4 vernuenftig|ordentlich",
  "zu ~1 einfach ~1 gemacht",
  "schon ~1 heftig",
  "mehr ~1 fingerspitzengefuehl",
  // "Die Community in Leipzig hätte sich vielleicht gefreut, … mal gefragt zu werden", "would have been nice to be
  // asked": what should have happened, and did not.
  "haette|haetten ~1 sich ~3 gefreut",
  // "macht das Haus so gemütlich wie nen Kühlschrank von innen 😂😂 #flop": a verdict in a hashtag.
  "flop",
  "epicfail",
  "facepalm",
  "gefragt|gehoert|informiert ~1 zu ~1 werden",
  "would|it'd ~1 have ~1 been ~1 nice|good ~1 to ~1 be ~1 asked|told|informed",
  // "fühlen uns da null angesprochen. Als wärt ihr nur noch für Leute mit Neubau da", "Preis vom Hausespresso schon
  // wieder hoch … dann erklärt das auch mal".
  "null|nicht|kaum ~2 angesprochen",
  "als ~1 waert|wärt|waeren|wären ~1 ihr|sie ~2 nur ~1 noch",
  "schon ~1 wieder ~2 hoch|hoeher|teurer|gestiegen|rauf",
  "erklaert|erklärt ~2 das|es ~2 auch ~1 mal",
  "push ~1 back ~1 on",
  // "Für uns Ältere is dat nix", "Da hätte ich von einem regionalen Versorger mehr erwartet", "Ich finde die
  // Entscheidung … ehrlich gesagt schwierig", "40 cent auf einen schlag ist heftig".
  "fuer ~2 uns|mich|die ~3 is|ist ~1 dat|das ~1 nix|nichts",
  "mehr ~1 erwartet",
  // "das ist so nichtssagend", "keine gute Figur", "seit dem Update echt unübersichtlich", "that's a real gap", "love
  // you guys but that's wild".
  "nichtssagend",
  "keine ~1 gute ~1 figur",
  "unuebersichtlich",
  "real|big|huge ~1 gap",
  "thats|that's ~1 wild|insane|nuts",
  // "Kaffeekollektiv, ick hab euch durchschaut 😎", "n Studium braucht um die Jahresabrechnung zu verstehen".
  "durchschaut",
  "studium ~2 braucht|brauchen ~4 verstehen",
  // "Ich finde es schwer nachvollziehbar, dass … Treue wird so nicht belohnt, sondern bestraft".
  "schwer|kaum|nicht ~1 nachvollziehbar",
  "sondern ~1 bestraft",
  "expected ~1 more|better",
  "entscheidung ~8 schwierig|bedauerlich|unverstaendlich|falsch|enttaeuschend",
  "auf ~1 einen ~1 schlag ~3 heftig|viel|krass",
  // "die sind so dünn dass man sich am Cappuccino die Finger verbrennt".
  "so|zu|viel ~2 duenn ~3 dass|that",
  "finger ~3 verbrennt|verbrennen|verbrannt",
  "burn|burnt|burned ~2 my|your ~1 fingers|hand",
  // "Honest feedback: … there's no guest checkout. I've abandoned my cart twice now. … it's costing you sales."
  "costing|costs|cost|lose|losing ~1 you ~1 sales|customers|business|orders",
  "kostet|kosten ~2 euch|sie|ihnen|dich ~2 kunden|kundschaft|umsatz|bestellungen",
  "abandoned|abandon ~3 cart|basket|checkout|order",
  "warenkorb|bestellung ~4 abgebrochen",
  // "1 star. that's it. that's the review", "doubled our standing charge with four weeks' notice … brutal".
  "1|one|ein|einen ~1 star|stern",
  "brutal",
  // "3,80 für nen cappu in leipzig is schon ne ansage": a price called quite something.
  "schon ~1 ne|eine ~1 ansage",
  // "So, ab heute kein Cent mehr an euch. … Gier hat nen Namen 😡".
  "kein ~1 cent ~1 mehr",
  "not ~1 a ~1 penny|cent ~1 more",
  "gier",
  "greed",
  "doubled|verdoppelt ~3 charge|charges|price|prices|preis|preise|grundpreis|abschlag",
  // "Rheinwerk's business customer service doesn't scale … we get a different person every time".
  "doesnt|doesn|dont|don ~2 scale",
  "skaliert|skalieren ~1 nicht",
  // "I just wanted a ballpark, not a sales call. Hard pass.", "So gewinnt man keine Mittelständler".
  "hard ~1 pass",
  "so ~1 gewinnt ~1 man ~1 keine|keinen",
  "binde ~1 ich ~1 mich ~1 nicht",
  // "Das passt nicht zu dem, was ihr über Nachhaltigkeit postet", "doesn't fit what you post".
  "passt ~1 nicht ~1 zu ~1 dem|eurem|ihrem|euren|ihren|eurer|ihrer",
  "doesnt|doesn ~1 fit|match ~1 what|your",
  // "die Abrechnung ist für Mieter kaum nachvollziehbar", "nicht guten Gewissens empfehlen".
  "kaum|nicht ~1 nachvollziehbar|verstaendlich|durchschaubar",
  "nicht ~3 guten ~1 gewissens",
  "auffrisst|auffressen",
  "different ~1 person|contact|agent ~2 every ~1 time",
  "jedes ~1 mal ~3 andere|anderen|neue|neuen ~1 ansprechpartner|person|mitarbeiter|sachbearbeiter",
  // "Ihre Briefe lesen sich, als hätte sie ein Übersetzungsprogramm geschrieben … verstehen … kein Wort": letters no
  // one understands.
  "versteht|verstehen|verstehe|versteh ~4 kein ~1 wort",
  "liest|lesen ~1 sich ~1 wie|als",
  "cant|can't ~1 understand ~1 a ~1 word",
  // "… die Kommentarfunktion abgeschaltet. Feiner Stil.", "Nu ma ehrlich, habt ihr se noch alle?".
  "feiner|feine|toller|schoener ~1 stil|zug",
  "habt|hast ~1 ihr|du|se|sie ~2 se|sie ~1 noch ~1 alle",
  // "Ein Pfandsystem wär echt das Mindeste", "the least you could do".
  "waer|waere|ist ~2 das ~1 mindeste",
  "the ~1 least ~1 you ~1 could",
  // "the relaunched shop is a step backwards … Good coffee deserves a better shop.": a change judged worse.
  "step ~1 backwards|backward|back",
  "backward ~1 step",
  "rueckschritt*",
  "schritt ~1 zurueck|rueckwaerts",
  "deserves|deserve ~1 a|an ~1 better",
  "verdient|verdienen ~2 besser|bessere|besseren|besseres",
  // "Ehrlich gesagt verstehe ich nicht, warum … Das Geld und das Papier könnte man sich sparen.".
  "verstehe|versteh ~2 nicht ~1 warum|wieso|weshalb",
  "dont|don't|do ~1 not ~1 understand ~1 why",
  "koennte|kann|koennten ~2 man ~2 sich ~1 sparen",
  // "Das ist mindestens erklärungsbedürftig, finde ich.": a claim set against the facts, asking for an answer.
  "erklaerungsbeduerftig",
  "fragwuerdig",
  "widerspruechlich",
  "doesnt ~1 add ~1 up",
  "hard ~1 to ~1 square",
  // "Ich find's ehrlich gesagt daneben, dass man fast alles nur noch über die App erledigen kann.".
  "find|finde|finds|findes|findet|fand ~7 daneben|unmoeglich|unfair|bedenklich|schwach|schwierig|problematisch|fragwuerdig",
  // "Sorry, aber das war nix.": it was no good.
  "das ~1 war ~1 nix|nichts",
  // "the new price only shows up on page 3, buried in a table": information hidden from customers.
  "buried ~1 in|on|at",
  "versteckt|vergraben ~1 in|im|auf|unter",
  // "feels like one big sales funnel … Maybe get the basics right first.": a company told it sells before it serves.
  "sales ~1 funnel|pitch|machine|gimmick",
  "verkaufsmasche|verkaufsshow|werbemasche",
  "get ~1 the ~1 basics ~1 right",
  "erst ~1 mal ~1 die ~1 basics|grundlagen",
  "grundlagen ~2 hinkriegen|hinbekommen|beherrschen",
  // "eure Kommunikation … unterirdisch … im Kleingedruckten rumeiern. So gewinnt man kein Vertrauen."
  "unterirdisch",
  "rumeiern|herumeiern|rumgeeier",
  "gewinnt ~1 man ~1 kein ~1 vertrauen",
  "kein ~1 vertrauen ~1 mehr",
  // "makes it impossible to reach an actual human. Rheinwerk no different".
  "impossible ~1 to ~1 reach|contact|speak|talk|get",
  "no ~1 different",
  "actual ~1 human|person",
  // "a masterclass in how not to do crisis communication", "Interesting that you advertise X while Y".
  "how not to",
  "wie man es nicht macht",
  "interesting ~1 that ~10 while|whilst",
  "interessant ~1 dass ~10 waehrend",
  "hours|days|weeks ~1 of ~1 silence",
  // "Typisch Nordwind. Erst Preise rauf, dann Service runter."
  "typisch",
  "preise ~1 rauf|hoch ~3 service|qualitaet ~1 runter",
  "service|qualitaet ~1 runter|abgebaut",
  // "ich hoffe, ihr geht pleite": wishing the company ruin. Here, not in ANGER: the model counts ANGER.
  "hoffe ~4 pleite|insolvent|untergeht|dichtmacht|bankrott|zugrunde",
  // "Wer bei euch noch Kunde ist, ist selber schuld": the customers blamed for staying.
  "selber|selbst ~1 schuld",
  "only ~2 themselves ~1 to ~1 blame",
  // "Ihr seid doch alle gekauft. Schämt euch.": shame called on the company.
  "schaemt ~1 euch",
  // "Eure Azubis sind alle faul und frech": staff run down as lazy and cheeky.
  "faul ~2 frech",
  "sind ~3 faul|frech",
  // "Wieder mal typisch. Erst groß ankündigen und dann nix liefern. Hauptsache die Vorstände kassieren Boni."
  "wieder|mal ~1 mal|wieder ~1 typisch",
  "erst ~3 ankuendigen|versprechen ~4 nix|nichts|nicht",
  "hauptsache ~5 kassieren|abkassieren|boni|bonus|dividende*",
  // "Wenn ihr so weitermacht, seid ihr in 2 Jahren pleite.", "you'll be bankrupt by next year".
  "seid|seit|bist ~4 pleite",
  "so ~1 weitermacht|weitermachen",
  "you'll|you ~2 be ~2 bankrupt|broke",
  "you'll|you ~2 be ~2 out ~1 of ~1 business",
  // "I hope you go bust": written into ANGER once as "go under|shut down", which the phrase syntax read as slots and
  // never matched; here, outside the model's features, so that fixing it did not change what the model was trained on.
  "hope ~3 bankrupt|broke",
  "hope ~3 go ~1 under|bust",
  "hope ~3 shut ~1 down",
  // "… ruinieren dieses Land", "you're ruining the high street".
  "ruinier*",
  "ruin|ruins|ruining|ruined",
  // A why-question with its reproach after it is criticism, not a question to hold: "Warum gibt es keine
  // Pfandbecher mehr? Ich dachte, ihr seid nachhaltig.", "Why only homeowners? Renters exist too, you know."
  "ich ~1 dachte ~4 ihr|sie ~1 seid|seien|waert|waeren|wollt|wolltet",
  "i ~1 thought ~3 you ~1 were|cared|wanted",
  "nur ~1 mal ~1 so",
  "just ~1 saying",
  "exist|exists ~1 too|as ~1 well",
  "gibt ~3 auch ~2 noch",
  // "Eure Preise sind ein Witz", "is getting old", "your prices are a joke".
  "ist|sind ~1 ein|der ~1 witz",
  // "is ja wohl n Witz", "ist doch nen Witz": the short article spoken.
  "ist|is|sind ~2 n|nen|'n ~1 witz",
  "fuer ~1 die ~1 tonne",
  "is|are ~1 a ~1 joke",
  "getting ~1 old|ridiculous|tiresome|beyond",
  // "my neighbour got the grant and I didn't … how is that fair?"
  // "Warum schreibt ihr immer 'Kund*innen'? Lernt Deutsch.": a jab, not a question to hold.
  "lernt|lern|lerne ~1 deutsch|rechtschreibung|schreiben",
  "learn ~1 english|to ~1 spell|to ~1 write",
  "how ~1 is ~1 that|this ~1 fair",
  // "Danke, aber nein danke. Bin zu einem anderen Anbieter gewechselt.": a goodbye, not thanks.
  "nein ~1 danke",
  "no ~1 thanks|thank",
  "zu|zum ~3 anderen|neuen ~1 anbieter|versorger|stromanbieter ~2 gewechselt",
  "switched|moved ~2 to ~2 another|a ~1 different|new ~1 provider|supplier",
  // "Wärmepumpen sind doch eh nur Geldmacherei der Industrie", "just a cash grab".
  "geldmacherei",
  "geldschneiderei",
  "cash|money ~1 grab",
  "money ~1 making ~1 scheme",
  "ist ~1 das ~2 fair|gerecht",
  // "Die Werbung ist ja niedlich, aber bitte erklärt mir mal, warum ihr gleichzeitig Gasverträge verkauft."
  "erklaert|erklaer|erklaere|erklaeren ~1 mir|uns ~1 mal",
  "gleichzeitig|zugleich ~5 verkauft|verkaufen|anbietet|anbieten|bewerbt|bewerben",
  "explain ~3 why ~5 while|also|still",
  "at ~1 the ~1 same ~1 time ~5 sell|selling|sells|offer|offering",
  // "Big announcement, nothing delivered."
  "announcement|announced|promised ~4 nothing ~1 delivered",
  // "Ihr vertröstet uns seit einem Jahr": put off, not a case of one customer's.
  "vertroestet|vertroestet|hingehalten",
  // "So much for sustainability.", "your claim needs an independent audit".
  "so ~1 much ~1 for",
  "claim|claims ~3 needs|need|requires ~3 audit|proof|evidence|verification",
  // "laid off 400 people … and today you post about team spirit. Read the room."
  "read ~1 the ~1 room",
  "laid ~1 off",
  "entlassen|entlasst|entlassungen",
  "schaemen ~1 sie ~1 sich",
  "schaem ~1 dich",
  "schaeme ~1 mich",
  "shame ~1 on ~1 you",
  "you ~1 should ~1 be ~1 ashamed",
  "ihr ~3 gekauft",
  // "Ökostrom von euch ist doch reine Augenwischerei": a claim called a sham.
  "augenwischerei",
  // "Preise rauf, Qualität runter": a price rise and a worse product in one breath.
  "qualitaet ~1 runter",
  "quality ~1 down",
  // A customer who leaves says the most: "Not renewing", "Wir prüfen Alternativen", "Ich kündige".
  "not ~1 renewing",
  "wont ~1 be ~1 renewing",
  "cancelling ~2 subscription|contract|account",
  "switching ~1 to",
  "pruefen ~1 alternativen",
  "went|gone|moved|go ~1 elsewhere",
  "zur|zu ~1 konkurrenz ~1 gewechselt|gehen|wechseln",
  // "Kundenfreundlich geht anders": how it should have been, said as a reproach.
  "geht ~1 anders",
  // "Fair bis zur Theke sieht für mich anders aus": the same reproach.
  "sieht|sehen ~1 fuer ~1 mich|uns ~1 anders",
  // "That's age discrimination, and illegal in Germany."
  "illegal",
  // "am Wochenende erreicht man bei euch wieder niemanden".
  "erreicht|erreiche|erreichen ~5 niemanden|niemand|keinen",
  "cant|never ~2 reach ~2 anyone|anybody|nobody",
  "haesslich",
  "haessliche",
  "ugly",
  "kein ~1 gutes ~1 vorbild",
  "bad|terrible|poor ~1 role ~1 model|example",
  "rechtswidrig",
  "diskriminierung*",
  "discrimination",
  "discriminatory",
  "hinten ~2 vorne ~1 nicht",
  // "Spare us.", "… wird das im Mittelstand nichts": a view that it will fail, or a plea to stop.
  "spare ~1 us|me",
  "verschont ~1 uns|mich",
  "wird ~4 nichts|nix",
  // "you people are thieves", "ihr Abzocker": the company called names, still criticism to answer.
  "thieves",
  "crooks",
  "diebe",
  "gauner",
  "halsabschneider",
  "so|total|echt|voellig|viel ~1 zu ~1 kompliziert|umstaendlich",
  "so|total|echt|voellig ~1 kompliziert|umstaendlich|nervig",
  // "Die neuen Preise ab Januar. Widerlich.": disgust at a thing is criticism (at a group, meaning/stereotypes.ts).
  "widerlich",
  "ekelhaft",
  "abartig",
  "disgusting",
  // "Warum antwortet ihr eigentlich nie …?", "why do you never reply?": a reproach in a question's form.
  "warum|wieso|weshalb ~4 nie|niemals",
  "why ~3 never",
  "kuendige|kuendigen ~2 jetzt|sofort|zum",
  "doubles|doubled|triples|tripled ~3 bill|bills|price|prices|costs|fee|fees|premium|premiums|rate|rent",
  "verdoppelt|verdreifacht",
  // "Früher war Fliegen mal was Besonderes, heute seid ihr ein Billigflieger mit Premiumpreisen."
  "frueher ~3 war|waren|wart ~10 heute|jetzt",
  "premiumpreis*",
  "mondpreis*",
  "cringe*",
  // Batch 72: "most insufferable feed in berlin", "unerträglich selbstverliebt".
  "insufferabl*",
  "unbearabl*",
  "unertraeglich*",
  "pretentious*",
  "praetentioes*",
  "etikettenschwindel",
  "zu niedrig|gering|hoch|teuer|langsam|kompliziert|klein|wenig",
  "duemmste*",
  "bloedeste*",
  "peinlichste*",
  "too ~1 low|small|high|slow|complicated|expensive",
  "schwachsinn*",
  "bloedsinn*",
  "quatsch",
  "unsinn*",
  "realitaetsfern*",
  "weltfremd*",
  "irrefuehrend*",
  "ohne erklaerung",
  "ohne vorwarnung",
  "ohne ankuendigung",
  "ohne dass ~4 erklaert",
  "einfach erhoeht",
  "bitte um pruefung",
  "besetzt",
  "nicht ~2 erreichbar",
  "nie ~2 erreichbar",
  "nervt",
  "nerven",
  "nirgends",
  "nirgendwo",
  "nowhere",
  "stand|standen|stehe|stehen ~3 vor der tuer",
  "verbrannt",
  "abgestanden",
  "waessrig",
  "frueher ~2 besser",
  "nicht mehr so gut",
  "ueberbewertet",
  "ueberteuert",
  "so teuer",
  "vor verschlossener tuer",
  "geldverschwendung",
  "zeitverschwendung",
  "nonsense",
  "a miss",
  "missed opportunity",
  "doesnt|dont ~1 show|mention|include|say",
  "used to be better",
  "gone downhill",
  "burnt",
  "stale",
  "watery",
  "tasteless",
  "overrated",
  "overhyped",
  "so expensive",
  "unreachable",
  "nobody picks up",
  "no one picks up",
  "waste of money",
  "out of touch",
  "out of step",
  "greenwashing",
  "hypocrit*",
  // "erhöht zum dritten Mal die Grundgebühr. Das ist scheinheilig und unsozial", "your storytelling is getting thin …
  // it's marketing, not transparency".
  "scheinheilig*",
  "unsozial*",
  "heuchlerisch*",
  "getting|wearing|looking ~1 thin",
  "marketing ~1 not ~1 transparency|substance",
  // "kostet … auf einmal 16,90 statt 14,50 €, ohne ein Wort dazu. Da komme ich langsam an meine Grenze."
  "ohne ~1 ein ~1 wort ~1 dazu|vorher|der|zur",
  "an ~1 meine ~1 grenze",
  "auf ~1 einmal ~4 statt",
  // "Typical dealership, all smiles when you buy, nobody answers the phone when something breaks".
  "nobody|noone ~1 answers|answered ~2 phone|phones|emails",
  "all ~1 smiles ~2 when|until",
  // "from the outside it looks like margin over quality".
  "margin|margins|profit|profits ~1 over ~1 quality",
  "without any explanation",
  "without warning",
  "without notice",
  "annoying",
  "fake news",
  "falschmeldung",
  // Safety: "parken jeden Morgen auf dem Gehweg … Das ist gefährlich!" is criticism to answer, not a remark.
  "gefaehrlich",
  "lebensgefaehrlich",
  "ruecksichtslos*",
  "dangerous",
  "reckless",
  "unsafe",
  // A change judged worse than before: "the new dashboard is harder to read", "unübersichtlicher als vorher".
  "harder ~1 to ~1 read|use|find|navigate|understand|follow",
  "schwerer|schwieriger ~2 zu ~1 lesen|finden|bedienen|verstehen",
  "unuebersichtlich*",
  "confusing",
  "cluttered",
  "old|previous ~2 one|version|design|layout ~2 was|were ~2 better|clearer|easier",
  "alte|alten|vorherige|vorherigen ~3 war|waren ~2 besser|uebersichtlicher|einfacher",
  // Advising others against the company: "Ich rate jedem Steuerbüro ab".
  "abraten",
  "rate|raten ~3 jedem|jeder|allen|euch|ihnen|dringend ~2 ab",
  "support|service|kundenservice ~2 abbauen|abgebaut|gekuerzt|kuerzen",
  "preise ~1 hoch",
  // Figures said to be doctored: "Eure Pünktlichkeitsstatistik ist geschönt".
  "completely|totally|way|wildly ~1 off",
  // Sizes: "it runs small", "these shoes run large". Not "We run a small architecture studio".
  "runs ~1 small|large|big|tiny",
  "they|sizes|sizing|shoes|boots|jeans|trousers|shirts ~1 run ~1 small|large|big|tiny",
  "fallen|faellt|fallen ~2 klein|gross|kleiner|groesser ~1 aus",
  "not buying ~2 again|third|another|anything",
  "never ~2 buying|buy|ordering|order ~2 again",
  "nie ~2 wieder ~3 bestellen|kaufen|bestelle|kaufe",
  "reicht ~1 es|mir|uns",
  "unfair",
  "ungerecht",
  "went|gone|jumped ~1 from",
  "over ~1 night|nacht",
  "overnight",
  "es ~1 reicht",
  "reichts",
  "geschoent",
  "manipuliert",
  "gefaelscht",
  "schoengerechnet",
  "fudged",
  "cooked ~1 books|figures|numbers",
  "massaged",
  // A promise told as broken: "Euer Vertrieb hat mir versprochen, dass …"; "wie versprochen" is no complaint.
  "hat|hatte|haben|hatten|wurde|wurden ~4 versprochen",
  "you ~1 promised",
  "was|were ~2 promised",
  // "Feels a bit one-sided", "nobody mentions the running costs", "das verschweigt ihr".
  "one ~1 sided",
  "einseitig*",
  "verschweig*",
  "verschwieg*",
  "nobody|noone ~1 mentions|talks ~1 about",
  "no one ~1 mentions|talks ~1 about",
  "niemand|keiner ~1 erwaehnt|spricht ~1 ueber",
  // Work judged as empty: "wirkt austauschbar", "Stockfotos und Floskeln", "bland and generic", "Pick one."
  "austauschbar",
  "beliebig",
  "einfallslos",
  "ideenlos",
  "floskel*",
  "worthuelse*",
  "stockfoto*",
  "nichtssagend",
  "generic",
  "uninspired",
  "bland",
  "soulless",
  "stock ~1 photos|photo|images",
  "empty ~1 words|phrases|slogans|buzzwords",
  "buzzwords",
  "pick ~1 one",
  "while|whilst ~1 preaching",
  "kein ~1 einziger|einziges|einzige ~2 kunde|kunden|beispiel|beleg|nachweis",
  // "now it's a chatbot that can't answer anything".
  "can't|cant|cannot|couldn't|couldnt ~1 answer|help|solve ~1 anything|nothing",
  "kann|konnte ~1 nichts ~1 beantworten",
  // "… ist einfach nicht mehr normal", "Antworten innerhalb von 48 Stunden, nicht nach drei Wochen".
  "nicht ~1 mehr ~1 normal",
  // "Ihr seid doch nur noch geldgierig", "greedy as ever".
  "geldgierig*",
  "profitgierig*",
  "raffgierig*",
  "greedy",
  "not ~1 normal ~1 anymore",
  "nicht ~1 nach ~1 zwei|drei|vier|fuenf|sechs ~1 wochen|monaten|tagen",
  "not ~1 after ~1 two|three|four|five|six ~1 weeks|months|days",
  // '"Direct Trade" ist nur ein Etikett', "it's just marketing".
  "nur|bloss|blos ~1 ein|eine ~1 etikett|label|feigenblatt|marketinggag|werbegag|lippenbekenntnis|aushaengeschild|werbeversprechen",
  "nur|bloss ~1 marketing|werbung|show",
  "nothing ~1 but ~1 marketing|pr",
  "just|only ~1 marketing|pr",
  "just|only ~1 a ~1 label|gimmick|slogan",
  // Batches 145–149: "Would be more honest to show what the panels make in December", "Rheinwerk conveniently leaves
  // that out of every single post", "Altbau lehnen die ab … Die Stadtwerke machen das wenigstens", "Ihr habt doch
  // echt den Knall nicht gehört".
  "would|it'd ~1 be ~1 more ~1 honest",
  "waere|wär|waer ~1 ehrlicher",
  // "I'd appreciate a bit more honesty in the marketing – people deserve the full picture", "etwas mehr Ehrlichkeit".
  "more ~1 honesty|transparency|openness",
  // "Honest feedback from someone who does energy audits …: that's not who needs convincing", "your service for
  // non-German customers is practically not existing … this is weak".
  "thats|that's ~1 not ~1 who|what ~1 needs",
  "practically|basically ~1 not|non ~1 existing|existent|existant",
  "this|that|its ~1 is ~1 weak",
  "mehr ~1 ehrlichkeit|offenheit",
  "deserve ~1 the ~1 full|whole ~1 picture|story|truth",
  "conveniently ~1 leave|leaves|left|omit|omits|omitted|forget|forgets|ignore|ignores",
  "machen|macht|koennen|kann ~2 das ~1 wenigstens",
  "den ~1 knall ~2 nicht ~1 gehoert",
  // "Preise rauf, Portionen kleiner. Früher wart ihr mal besser."
  "frueher ~1 wart|waren|wars|war ~2 besser",
  "preise ~1 rauf|hoch ~3 portionen|tassen|tueten ~1 kleiner",
  // Batches 219–222: criticism with no word of complaint ("Da erwarte ich von einem regionalen Versorger mehr
  // Transparenz", "für einen kleinen Betrieb kaum planbar", "finde ich echt unangenehm … sowas ist halt nicht witzig",
  // "Wie glaubwürdig ist das denn bitte", "passt halt null zu eurem Gerede", "misses the mark", "way more bitter now.
  // Used to be my go-to … Bring back the old one", "buried three menus deep. Whoever signed that off …", "shaming
  // them won't speed up …").
  "erwarte|erwarten ~6 mehr",
  "kaum|nicht|schwer ~1 planbar",
  "finde|fand|findet ~4 unangenehm|daneben|geschmacklos|unpassend|befremdlich|fragwuerdig|grenzwertig",
  "nicht|null|gar ~2 witzig|lustig",
  "not ~1 funny",
  "wie ~1 glaubwuerdig|ernst ~4 denn",
  "unglaubwuerdig",
  "passt ~3 null|garnicht ~1 zu",
  "miss|misses|missed|missing ~1 the ~1 mark",
  "way|much|far|so ~1 more ~1 bitter|sour|watery|bland|burnt",
  "used ~1 to ~1 be ~2 my|our ~1 go|goto|favourite|favorite|fave",
  "bring ~1 back ~3 old",
  "menus|clicks|taps ~1 deep",
  "whoever|wer ~3 signed|abgesegnet|freigegeben|approved",
  "shaming",
  // "Für mich ist schnell was anderes. Überleg grad ob ich überhaupt bei euch anfrage", "that price kills it".
  "ist|sind ~2 schnell|guenstig|fair|nachhaltig|regional|transparent|kundenfreundlich ~1 was|etwas ~1 anderes",
  // "bit gutted the hamburg café is doing paper cups only now … bring back the mugs pls".
  "gutted",
  "bring ~1 back ~1 the",
  // "Nachhaltig ist für mich was anderes", "ehrlich gesagt überzogen für 3 Cafés".
  "schnell|guenstig|fair|nachhaltig|regional|transparent|kundenfreundlich|service ~1 ist|sind ~2 was|etwas ~1 anderes",
  "ueberzogen",
  "ueberleg|ueberlege|ueberlegen ~3 ob ~2 ich|wir ~1 ueberhaupt",
  "price|prices|pricing|shipping|cost|costs|fee|fees ~2 kills|killed|kill",
  // "Das ist nicht kundenfreundlich das ist einfach nur bequem für euch", "that's a gap worth closing", "the 'English'
  // option … just loops back to the German menu", "so packed and loud … can barely find a seat. Kinda miss the old
  // vibe": criticism without a word of anger.
  "nicht|wenig|kaum ~1 kundenfreundlich|benutzerfreundlich|seniorenfreundlich|barrierefrei",
  "nur ~1 bequem ~2 fuer ~1 euch|sie|die",
  "gap ~1 worth ~1 closing|fixing|addressing",
  "loops|loop|looping ~1 back",
  "so|too|really|way ~1 packed|crowded|noisy|overcrowded|ueberfuellt",
  "barely|hardly ~1 find|get ~2 seat|table|spot",
  "miss ~1 the ~1 old ~1 vibe|days|place|atmosphere|cafe",
  // "Nice post about 'strong partnerships'. From the subcontractor side it looks a bit different: … Partnership goes both
  // ways", "von unserer Seite sieht das ganz anders aus": the post's claim answered with the other side of it.
  "looks|look|seems ~2 a ~1 bit|little|very|quite ~1 different",
  "sieht|sah ~3 ganz|etwas|bisschen|deutlich ~1 anders ~1 aus",
  "goes|works|cuts ~1 both ~1 ways",
];

/** Appreciation the tone reads beside POSITIVE, kept apart from it for the same reason as DISAPPROVAL. */
export const APPRECIATION = [
  // "the baristas handled the chaos like total pros", "Dilara and her crew handled it like pros", "Small post of
  // appreciation … That's hospitality.", "Sorted in half an hour … Top bloke."
  "like ~1 pros|professionals|champs|champions",
  "like ~1 total|absolute|real ~1 pros|professionals|champs",
  "of ~1 appreciation",
  // "Muss auch mal was Positives loswerden": good news told.
  "was|etwas ~1 positives ~1 loswerden",
  "thats|that's|that ~1 is ~0 hospitality",
  "top ~1 bloke|lad|guy",
  // "the barista … remembered my oat flat white after ONE visit?? whoever that is deserves a raise 😭", "carried me
  // through exam week", "you are a menace to my budget 😭": delight said in jokes.
  "deserves|deserve ~1 a ~1 raise|medal|promotion|bonus",
  "verdient ~2 gehaltserhoehung|orden|medaille|bonus",
  "carried|got ~1 me|us ~2 through",
  "remembered|remembers ~2 my|our ~3 order|name|drink|coffee|usual|white|latte",
  "menace|danger|threat ~2 to ~1 my|our ~1 budget|wallet|bank",
  "gefahr ~2 fuer ~1 mein|meinen ~1 geldbeutel|konto|budget",
  // "So geht Gastfreundschaft!", "So geht Gastgeben.": the way it should be done, shown.
  "so ~1 geht ~1 gastfreundschaft|gastgeben|kundenservice|service|beratung",
  // "If you work in hospitality, worth every minute", "the little handwritten card … such a sweet touch … Hooked.",
  // "walked out pulling shots I'm genuinely proud of": glad words for a course or a box.
  "worth ~1 every ~1 minute|penny|cent|euro|second",
  "jeden ~1 cent|euro ~1 wert",
  "sweet|lovely|nice|thoughtful ~1 touch",
  "hooked",
  "genuinely|really|actually ~1 proud",
  // "neither of us could tell it was decaf … You've got a regular now 👌", "seriously better than half of the bars in
  // Milano … respect".
  "neither ~3 could ~1 tell",
  "got ~1 a ~1 regular ~1 now",
  "seriously ~1 better ~1 than ~2 half|most|any",
  // "der Barista-Kurs bei Ole war richtig stark": strong, said in praise.
  "war|ist|waren|sind ~1 richtig|echt|mega|total|ganz ~1 stark",
  // "Null Beschwerden von 40 Mitgliedern, das will was heißen … Sowas vergisst man nicht.": thanks said as a record.
  "null|keine|keinerlei ~1 beschwerden|reklamationen",
  "will ~1 was ~1 heissen",
  "sowas|das|so ~2 vergisst ~1 man ~1 nicht",
  // "Die Kinder wollten nix anderes mehr … Bitte mehr solche Rezepte".
  "bitte ~1 mehr ~1 davon|solche|solcher|solches",
  "wollten|wollen|will ~3 nix|nichts ~1 anderes ~1 mehr",
  // "I have to give credit to Priya … one of the most patient teachers I've met", "Ein Hoch auf die
  // Zimtschnecken-Königin", "Tag gerettet!!!".
  "give|giving ~1 credit ~1 to",
  // "my hearts still look like potatoes but I had an absolute blast".
  "had|have|having ~3 blast",
  // "Find ich richtig stark, dass ihr … 2 € an die Berliner Kältehilfe gebt".
  "find|finde ~1 ich ~2 stark",
  // "the first decaf i drink that not taste like cardboard".
  "first ~1 decaf ~4 not|doesnt|dont ~1 taste",
  // "Ole hat sich echt für jeden Zeit genommen", "took the time for every one of us".
  "hat|hatte|haben|hatten ~1 sich ~5 zeit genommen",
  "took ~2 the ~1 time ~1 to|for|with",
  "most ~1 patient",
  "ein ~1 hoch ~1 auf",
  "tag ~1 gerettet",
  "made ~1 my ~1 day",
  // "our new WP 9 is genuinely quieter than our fridge … now they're asking who installed it": praise by comparison,
  // and neighbours who want one too.
  // "Großer Dank an Dilara Aksoy, die … nie die Geduld … verloren hat".
  "grosser|grossen|herzlichen|besonderen|besonderer ~1 dank ~1 an",
  "nie|niemals ~4 geduld ~4 verloren",
  "never ~2 lost ~2 patience",
  // "alles mollig warm … niedriger als ich befürchtet hatte … jetzt bin ich überzeugt", "guter kaffee, nette leute",
  // "mein zweites büro", "Power's never let me down once", "It's genuinely good".
  "mollig ~1 warm",
  "bin ~1 ich ~2 ueberzeugt",
  "niedriger|geringer ~1 als ~3 befuerchtet",
  "guter|gutes|guten ~1 kaffee|service|espresso",
  "nette|netten|netter|nettes ~1 leute|team|bedienung|menschen",
  "zweites ~1 buero|wohnzimmer|zuhause",
  "never ~2 let ~2 me|us ~1 down",
  "genuinely ~1 good|great",
  // "… rang me back and sorted it in 15 mins. Didn't expect that tbh, cheers!", "Cheers lads 🍻".
  "cheers",
  // "your decaf is so good i checked the bag twice … witchcraft 🧙", "das ist doch Zauberei".
  "witchcraft|sorcery|zauberei|hexerei",
  // "sie haben mir meine jahresabrechnung erklärt als wär ich fünf und das ist das größte kompliment".
  "kompliment",
  "erklaert ~2 als ~1 waer|waere ~2 ich ~1 fuenf",
  "quieter ~1 than ~2 fridge|dishwasher",
  "leiser ~1 als ~2 kuehlschrank|spuelmaschine",
  "asking|ask|asked|fragen|fragt|gefragt ~2 who|wer ~3 installed|fitted|installiert|eingebaut",
  // "Richtig gute Kampagne! … Chapeau ans Marketing 👏".
  "richtig ~1 gut|gute|guter|gutes|guten",
  "chapeau",
  // "wie soll ich … ohne euren flat white überstehen 😭😂": missed already.
  "ohne ~1 euren|eure|euer|euch ~3 ueberstehen|ueberleben|aushalten",
  "survive ~3 without ~1 your|you",
  // "Alles sauber erklärt, Keller besenrein. Hut ab, Leute!"
  "hut ~1 ab",
  "hats ~1 off",
  // "der vegane Rhabarberkuchen … bitte NIE von der Karte nehmen", "never take it off the menu": a plea to keep it.
  "nie|niemals ~3 von ~1 der ~1 karte ~1 nehmen",
  "never|dont|don't ~3 take ~3 off ~1 the ~1 menu",
  // "blackcurrant bomb. 10/10 no notes".
  "no ~1 notes",
  // "Bin ich der Einzige, der den Störungsdienst von @Rheinwerk feiert?", "ich feier euren Kaffee": celebrated.
  "der|die ~4 feiert",
  "ich ~1 feier|feiere ~3 euch|euren|eure|euer|den|die|das",
  "grossen|riesen|vollen|voller|grosser ~1 respekt",
  "respekt ~1 an|fuer|ans",
  // Bavarian and Kölsch praise: "I muas jetz amoi a Lob loswern … Vergelt's Gott!", "Dat wor Spitzeklass".
  "vergelts ~1 gott",
  "vergelt ~1 s ~1 gott",
  "a ~1 lob ~1 loswern|loswerden",
  "spitzeklass|spitzenklasse",
  // "decaf actually tastes like coffee??? first decaf i've ever finished", "Kai got back to me the next day …
  // Honestly the easiest admin I've done here", "Ihr habt mein Sonntag gerettet 🙏".
  "actually ~1 tastes ~2 like|good|great|amazing",
  "first ~3 ive|i've|i ~1 ever ~1 finished|liked|enjoyed|loved",
  // "the first decaf i've had that doesn't taste like sad cardboard … finally enjoying mornings again".
  "first ~3 ive|i've|i ~2 had|tried|found ~1 that ~1 doesnt|doesn't|isnt|isn't",
  "finally ~1 enjoying|enjoy|loving ~2 again",
  "der|die|das ~1 erste ~3 der|die|das ~1 nicht ~1 nach",
  "easiest|smoothest|simplest ~3 ive|i've|i ~2 done|had|ever",
  "got ~1 back ~1 to ~1 me|us ~3 next|same ~1 day",
  // "Lena from your team wrote back the next morning, went through every line … Made moving to Germany a bit less
  // scary."
  "wrote|replied|answered ~1 back ~3 next|same ~1 morning|day",
  "went ~1 through ~1 every|each ~1 line|item|page|step",
  "made ~6 less ~1 scary|stressful|daunting|confusing",
  // "Ihr habt keine Ahnung wie dankbar ich bin", "so grateful".
  "dankbar",
  // "Bilal and his colleagues didn't miss a beat", "ließ sich nicht aus der Ruhe bringen".
  "didnt|didn't|never ~1 miss ~1 a ~1 beat",
  "nicht ~1 aus ~1 der ~1 ruhe ~1 bringen",
  "so|very|really|incredibly ~1 grateful",
  "explained ~3 step ~1 by ~1 step",
  "habt|hat|hast|habe ~3 tag|sonntag|samstag|morgen|abend|wochenende|woche ~1 gerettet",
  "saved|made ~1 my|our ~1 day|morning|sunday|saturday|weekend|week",
  // "dachte das is marketing gelaber. Bin bekehrt", "I'm converted".
  "bin ~1 bekehrt",
  "im|i'm|totally ~1 converted",
  // "212 € zurück … ich heul 😭 dat is ja wie Weihnachten": good news likened to a feast.
  "is|ist|war|was|feels|fuehlt ~3 wie|like ~1 weihnachten|christmas|ostern",
  // "Mei, do Kaffee is fei guad", "subba Service", "richtig jut", "knorke": praise in the dialects.
  "fei|so|recht|sau|richtig|echt|voll ~1 guad",
  "sauguad|subba|suppa|baerig|pfundig|leiwand|knorke|dufte",
  "richtig|janz|echt|voll|sehr ~1 jut",
  // "noch NIE so schnell bedient worden", "never been served that fast in my life", "never had so little to complain
  // about with tradesmen … zero mess … even hoovered": praise said with "never".
  "nie|never ~3 so ~1 schnell|freundlich|fast|quickly|well|quick ~2 bedient|served|worden|been",
  "never ~2 been ~1 served ~1 that|so ~1 fast|quickly",
  "never ~1 had ~1 so ~1 little ~3 complain",
  "zero ~1 mess",
  "even ~1 hoovered|vacuumed|swept|tidied|cleaned",
  "sogar ~3 gesaugt|gefegt|aufgeraeumt|sauber ~1 gemacht",
  // "Credit where it's due: the new layout … is exactly what customers need."
  "credit ~2 where ~1 its|it's ~1 due",
  // "schokoladig ohne ende, hab direkt das zweite kilo bestellt. ihr seid gefährlich".
  "ihr ~1 seid ~2 gefaehrlich",
  "you|youre ~2 dangerous",
  // "Deniz in Ottensen ist der beste": the best now (not "war das der beste Ort": what it was; not "Is this the best
  // you can do?").
  "ist ~1 der|die ~1 beste|allerbeste",
  // "left the place spotless … Rare to see that level of care", "alles picobello hinterlassen".
  "spotless",
  "picobello",
  // "Ich muss jetzt mal ein Loblied singen … Der Mann hat Nerven wie Drahtseile".
  "loblied*",
  "nerven ~2 wie ~1 drahtseile|stahl",
  "nerves ~1 of ~1 steel",
  // "ran the whole thing like clockwork", "honestly a breath of fresh air", "my second living room", "a game changer".
  "like ~1 clockwork",
  // "never losing patience. Jonas you're a legend".
  "never|nie ~1 losing|lost|loses|verliert|verloren ~2 patience|temper|geduld",
  "wie ~1 ein ~1 uhrwerk",
  "breath ~2 of ~1 fresh ~1 air",
  "game ~1 changer",
  "gamechanger",
  // "der neue filterkaffee … is echt ne wucht", "So geht Kundenbeziehung.", "Was ich mal hervorheben möchte: …".
  "ne|eine ~1 wucht",
  // "Monteure pünktlich, Baustelle jeden Abend sauber … Gerne wieder.", "wp 12 läuft … ohne mucken … stromverbrauch
  // niedriger als gedacht. hätte ich nicht geglaubt".
  "gerne|gern ~1 wieder",
  "ohne ~1 mucken|murren",
  "niedriger|besser|guenstiger|leiser|schneller ~1 als ~1 gedacht|erwartet",
  "haette ~1 ich ~1 nicht ~1 geglaubt|gedacht",
  // "der hafer flat white in ottensen heute morgen war einfach 🤌 bester start in die woche".
  "bester|perfekter|schoenster ~1 start ~2 in ~1 den|die ~1 tag|woche|morgen",
  "best ~1 start ~1 to ~1 the ~1 day|week",
  "so ~1 geht ~1 kundenbeziehung|kundenservice|service|kundennaehe|nachhaltigkeit|beratung",
  "hervorheben ~1 moechte|will|muss",
  "moechte|will|muss ~3 hervorheben",
  "second ~1 living ~1 room",
  "zweites ~1 wohnzimmer",
  "ist ~1 ne|eine ~1 umarmung",
  "nie|niemals ~3 aus ~1 der ~1 vitrine ~1 nehmen",
  "blitzsauber",
  "level ~1 of ~1 care|service|detail",
  "rare ~2 to ~1 see",
  // "the pistachio croissant … should honestly be illegal. had two. no regrets".
  "no ~1 regrets",
  // "schmeckt wie bei meiner Oma früher … Bitte nie wieder von der Karte nehmen!!": a plea to keep it is praise.
  "schmeckt|schmecken ~2 wie ~2 bei ~2 oma|omi|mama|mutter",
  "tastes ~2 like ~2 grandma's|grandmas|mum's|mums|mom's|moms",
  "nie ~1 wieder ~3 von ~1 der ~1 karte ~1 nehmen|streichen",
  "nie ~1 wieder ~3 aus ~1 dem ~1 sortiment ~1 nehmen|streichen",
  // "eure guatemala ist mit abstand der beste filterkaffee": by far the best.
  "mit ~1 abstand ~2 beste|bester|bestes|besten|leckerste|leckerster",
  "by ~1 far ~2 the ~1 best",
  "never ~1 take ~2 off ~1 the ~1 menu",
  "keine ~1 reue",
  "ehre ~2 wem ~1 ehre",
  "exactly ~1 what ~1 customers|people|we|i ~1 need|needed|wanted",
  "genau ~1 das|was ~2 braucht|brauchen|wollen",
  // "Ich mag euren Kaffee wirklich, aber …".
  "ich ~1 mag ~3 euren|eure|euer|ihren|ihre|deinen|deine|den|die|das",
  // "5 stars. Quick install, fair price", "Ich wollte mich einfach mal bedanken", "unkompliziert umgestellt".
  "5|fuenf|five ~1 sterne|stars",
  "fair ~1 price|prices|preis",
  "quick|smooth ~1 install|installation|service",
  "bedanken",
  "unkompliziert*",
  "reibungslos*",
  // Praise in the words of X and Instagram: "legends", "the cookie is unreal", "next level".
  "legends",
  "legend",
  "lifesaver*",
  "unreal",
  "next level",
  "banger",
  "is fire",
  // "Ihr seid die Besten!", "you're the best": praise of the company itself.
  "seid|sind|bist ~1 die ~1 besten|beste|allerbesten",
  "you ~2 are|re ~1 the ~1 best",
  "youre ~1 the ~1 best",
  // "sparen wir 40 % Heizkosten": what it brought them.
  "sparen|spare|saving|save ~3 heizkosten|stromkosten|kosten|geld|money|bills",
  "gemuetlich*",
  "koestlich*",
  "wunderschoen*",
  "herzlich*",
  "lieblings*",
  "gorgeous",
  "welcoming",
  "cosy",
  "cozy",
  "favourite",
  "favorite",
  "tasty",
  "yummy",
  // "Der Kundenservice hat mir in 10 Minuten geholfen. So muss das sein!"
  "hat|haben ~4 geholfen",
  // "obsessed with the new winter menu", "the gingerbread latte is everything".
  "obsessed ~1 with",
  // "euer Kaffee rettet mir den Tag", "your barista made my day".
  "rettet|rettest|rettete|retten ~2 den ~1 tag",
  "made|makes ~1 my ~1 day|morning|week",
  // "Ich bin Feuer und Flamme für die neue Kollektion", "this launch is fire 🔥".
  "feuer ~1 und ~1 flamme",
  "is|was|looks|sounds fire",
  "is ~1 everything",
  "so ~1 muss ~1 das ~1 sein",
  // "Die neue Nachtschicht ist der Hammer", "ist ein Traum" (not "ein Hammer im Preis").
  "ist|sind|war|waren ~2 der|echt|einfach ~1 hammer|wahnsinn",
  "ist|war ~2 ein ~1 traum",
  // "Geile Aktion, bin dabei! 🔥".
  "geil",
  "geile",
  "geiler",
  "geiles",
  "bin|sind ~1 dabei",
  // "Klare Empfehlung.", "einfach unschlagbar", "Jeden Samstag mein Highlight!", "hands down the best".
  "klare|absolute|echte|volle|uneingeschraenkte|100 ~1 empfehlung|kaufempfehlung",
  "weiterempfehl*",
  "unschlagbar*",
  "unbeatable",
  "highlight",
  "hands ~1 down",
  // "lief vorbildlich", "So stelle ich mir Handwerk vor", "ridiculously good", "Bestes Croissant der Stadt".
  "vorbildlich*",
  "so ~1 stelle ~1 ich ~1 mir",
  "ridiculously|insanely|stupidly|absurdly|unreasonably ~1 good|tasty|delicious",
  "bestes|beste|besten|bester ~3 der ~1 stadt",
  "best ~3 in ~1 town",
  // "Das war Gold wert.", "worth its weight in gold".
  "gold ~1 wert",
  // "Großes Lob an das Projektteam", "lief störungsfrei".
  "grosses|großes ~1 lob",
  // "den besten Cortado, den ich je getrunken habe", "best flat white I've ever had".
  "beste|besten|bester|bestes ~4 je|jemals",
  "best ~4 ever",
  // "the gingerbread latte is back and my life is complete".
  "life ~1 is ~1 complete",
  "lob ~1 an",
  // "Großes Kompliment an das Projektteam", "Kompliment an die Küche", "compliments to the chef".
  "kompliment|komplimente ~1 an|fuer",
  "grosses|großes|dickes ~1 kompliment",
  "compliments ~1 to",
  // Batch 64: "the ristretto yesterday in Ottensen was better than in many bars in Napoli. Complimenti to the girl …".
  "complimenti",
  "better ~1 than ~3 in ~2 napoli|naples|italy|italien|neapel|rome|rom|milan|mailand|vienna|wien|melbourne",
  "besser ~1 als ~3 in ~2 napoli|neapel|italien|rom|mailand|wien",
  // "Bester Flat White in ganz Leipzig", "best cortado in all of Hamburg".
  "bestes|beste|besten|bester ~3 in ~1 ganz",
  "best ~3 in ~1 all ~1 of",
  "immer ~1 gut ~1 gelaunt",
  // "that's service", "Das nenn ich Service!", "remembered my order after one visit".
  "that's|thats ~1 service",
  "that ~1 is ~1 service",
  "what ~1 i ~1 call ~1 service",
  "nenn|nenne ~1 ich ~1 service",
  // Not "Das ist kein Service mehr".
  "das ist service",
  "das ~1 nenn|nenne ~1 ich ~1 service",
  "remembered ~1 my ~1 order|name",
  // "Lina in Ottensen macht den besten Cortado."
  "macht|machen|hat|haben|gibt|backt|backen ~1 den|die|das ~1 besten|beste|bester|bestes",
  "makes|make|has|do|does ~1 the ~1 best",
  "stoerungsfrei|störungsfrei",
  // "noch besser als letztes Jahr", "better than ever".
  "noch ~1 besser",
  "besser ~1 denn ~1 je",
  "even ~1 better",
  "better ~1 than ~1 ever",
  "goldwert",
  "worth ~2 weight ~2 gold",
  // Batches 223–226: praise with no word of praise ("That's how it's done!!", "So stellt man sich Service vor", "der
  // hat mich bekehrt", "Ging auch fix mit der Lieferung", "the oat flat white … is unreal", "you just gained a
  // regular").
  "thats|that's|that ~1 is ~1 how ~1 its|it's|it ~1 is ~1 done",
  "thats|that's ~1 how ~1 its|it's ~1 done",
  "so ~1 stellt ~1 man ~1 sich ~3 vor",
  "hat|haben ~1 mich|uns ~1 bekehrt|ueberzeugt",
  "ging|lief ~2 fix|flott|zackig",
  "unreal",
  "gained ~1 a ~1 regular|customer|fan",
  // "gebt dem Mann ne Gehaltserhöhung", "give that man a raise", "real ones 🫶", "… respect" said at the end, "also
  // that cardamom bun??? marry me": praise said without a word of praise.
  "gebt|gib ~3 gehaltserhoehung",
  "give|get ~3 a ~1 raise|promotion",
  "real ~1 ones",
  // "… und keiner musste ewig warten", "nobody had to wait": a wait denied is praise of the service.
  "keiner|niemand ~1 musste|muss ~2 warten|anstehen",
  "nobody|noone ~1 had ~1 to ~2 wait|queue",
  "marry ~1 me",
];

/**
 * Swearing at a business rather than at a person ("Verfluchter Drecksladen!"): read as profanity beside the
 * PROFANITY list, which the trained model counts as a feature and so stays as it was trained.
 */
export const SWEARING = [
  "drecksladen",
  "drecksfirma",
  "drecksverein",
  "drecksunternehmen",
  "dreckskonzern",
  "scheissladen",
  "scheissfirma",
  "scheissverein",
  "verflucht*",
  "verfickt*",
];

/** Praise that says the opposite: "Danke für nichts", "na toll", "thanks for nothing". */
export const IRONY = [
  // "Lovely post on sustainability 🌱 I'm sure the single-use coffee capsules you launched last month fit perfectly
  // into that story."
  "im|i'm ~1 sure ~10 fit|fits ~1 perfectly|right ~1 in|into",
  "passt|passen ~3 bestimmt|sicher ~3 perfekt|prima|wunderbar ~2 dazu|rein|ins",
  // "Aber Hauptsache die App hat jetzt einen Dunkelmodus. Prioritäten stimmen.", "So spar ich mir wenigstens die
  // Kalorien.", "Really living up to the slogan there.", "Great system, really.": irony that needs no emoji.
  "aber ~1 hauptsache",
  "prioritaeten ~1 stimmen",
  // "Da weiß man wenigstens, was man hat", "Ich wollt eh schon immer eure neue Röstmaschine mitfinanzieren",
  // "Solidarisch bis zum letzten Cent", "Bei euch sind 48 Stunden wohl eher 48 Tage", "Welches Jahr war mit morgen
  // gemeint?", "Ich sitz seitdem neben dem Telefon": a loss called a gain, a wait pictured.
  "da ~1 weiss ~1 man ~1 wenigstens ~1 was ~1 man ~1 hat",
  "schon ~1 immer ~6 mitfinanzieren|finanzieren|sponsern|mitbezahlen",
  "solidarisch ~1 bis ~1 zum ~1 letzten ~1 cent",
  "bei ~1 euch|ihnen ~1 sind|ist ~4 wohl ~1 eher",
  "welches ~1 jahr ~4 gemeint",
  "bit ~1 of ~1 a ~1 slow ~1 burner",
  "sitz|sitze|sitzen ~1 seitdem|seither ~2 neben ~2 telefon|handy",
  // "Drei Monate Gründlichkeit – überstürzen kann man Ihnen wirklich nichts vorwerfen": slowness praised as care.
  "ueberstuerzen|ueberstuerzt|hektik|eile ~4 nichts|nicht ~1 vorwerfen",
  "accuse ~1 you ~1 of ~1 rushing|hurrying",
  "toll ~1 wirklich ~1 toll",
  // "ja klar, fühl mich voll fair behandelt 🙃": a fairness claimed over a price rise, felt in irony.
  "fuehl|fuehle ~1 mich ~1 voll|mega|so|total|richtig ~1 fair|gut|wertgeschaetzt ~1 behandelt",
  "spar|spare ~1 ich ~1 mir ~1 wenigstens|immerhin",
  "living ~1 up ~1 to ~1 the|your ~1 slogan|name|promise|motto",
  // "Slow Coffee, Slow Service 🐌": the slow brew's name turned on the service.
  "slow ~1 coffee ~1 slow ~1 service",
  // "from 12°C to 14°C in just 6 hours 🔥🔥 truly the future": a crawl called the future.
  "in ~1 just|only ~2 hours|days|weeks ~3 truly|clearly|definitely ~1 the ~1 future",
  "great|brilliant|amazing|fantastic ~1 system|service|job|work ~1 really",
  // "Röstdatum 3. September. Ist ja quasi noch warm 🔥🔥": a fact called the opposite of what it is.
  "ist|sind|war ~1 ja ~1 quasi ~1 noch",
  // "cant wait to pay $12 for a latte 🙃", "Can't wait to pay extra for the artwork": looking forward to paying more.
  "cant|can't|cannot ~1 wait ~1 to ~1 pay",
  "kann|koennen ~2 es ~1 kaum ~1 erwarten ~4 zahlen|bezahlen",
  // Batch 146: "„Specialty“ auf die Tüte schreiben macht noch keinen Specialty Coffee 😉 Aber Marketing könnt ihr,
  // Respekt 👏", "Shame the café still snaps a plastic lid on every cup but hey, nice graphic": praise left for what
  // is beside the point.
  "marketing|werbung ~1 koennt|koennen ~1 ihr|sie",
  "good|great ~1 at ~1 marketing",
  "but ~1 hey ~2 nice|great|lovely|cool|pretty",
  // Batch 157: "… auf 16,50 hochzusetzen und das dann Qualitätsoffensive zu nennen. Schmeckt bestimmt gleich viel
  // besser", "ships every single bag in its own box with a plastic air pillow. Groundbreaking stuff."
  "bestimmt|sicher|sicherlich ~2 gleich ~1 viel ~1 besser",
  "groundbreaking|revolutionary|visionary ~1 stuff",
  // Batch 159: "Da heiz ich lieber mit euren Rechnungen, die brennen wenigstens gut": credit only for the absurd.
  "wenigstens|immerhin ~1 gut|toll|super",
  // Batch 158: "Great ad. Shame nobody ever picks up your phone line 🙃": praise, then what it leaves out.
  "shame|pity ~1 nobody|noone|nothing ~1 ever",
  "schade ~1 nur|bloss ~1 dass ~1 keiner|niemand|nie",
  "aber ~1 hey ~2 schoene|schoenes|schoener|tolle|tolles|toller|huebsche|huebsches",
  // "eure ach so tolle Siebträger-Mahlung is ja wohl n Witz": praise undone by "ach so".
  "ach ~1 so ~1 toll|tolle|toller|tollen|tolles|super|grossartig|grossartige|grossartigen|beruehmt|beruehmte|beruehmten|gelobte|gelobten|hochgelobte|hochgelobten|nachhaltig|nachhaltige|nachhaltigen",
  // "Nothing says 'community coffee' like a €6.50 oat latte": the set phrase of sarcasm.
  "nothing ~1 says ~5 like",
  // Batch 66: "app says 14 May, the email says 21 May … choose your own adventure 🎲".
  "choose ~1 your ~1 own ~1 adventure",
  // Batch 69: "… ist sicher nur ein klitzekleines Detail 😇", "vielleicht ist das ja eher so ein Richtwert".
  "sicher|bestimmt|sicherlich ~1 nur ~1 ein ~2 detail",
  "klitzekleines ~1 detail",
  "ist|sind ~2 ja ~1 eher ~1 so ~1 ein|eine ~1 richtwert|empfehlung|vorschlag",
  // Batch 70: "Really appreciate the Ottensen team charging 2.50 for three sips of frothed milk … Great way to teach
  // her early how expensive Hamburg is".
  "appreciate|love|loving ~5 charging|charge|charged ~4 for",
  "great ~1 way ~1 to ~1 teach",
  // Batch 76: "arrived in a plastic sleeve with two plastic flyers inside. truly leading by example 👏♻️".
  "truly|really|real ~1 leading ~1 by ~1 example",
  // Batch 74: "Heißt das, Sie zahlen mir ab jetzt jedes Jahr 80 € raus? Ich nehm's gern 😇", "very optimistic app, i
  // admire that 🙃".
  "ich ~1 nehms|nehme|nehm ~1 gern|gerne",
  "i ~1 admire ~1 that",
  // Batch 73: "love how well you know me", "really makes me trust your install schedules 👍", "Hab's ausgedruckt und an
  // den Kühlschrank gehängt. Als Mahnmal 😂".
  "love|loving ~1 how ~1 well ~1 you ~1 know",
  "really ~1 makes ~1 me ~1 trust",
  "als ~1 mahnmal",
  // Batch 72: "every single one answered with 'it depends' … i'll go ask my house then 🏠🤷".
  "ill|i ~1 go ~1 ask ~4 then",
  "frag|frage ~1 ich ~4 halt|dann ~1 mal|selbst",
  // Batch 68: "so viel Nostalgie hatte ich gar nicht bestellt", "must be a very busy sunday night roastery 👀".
  "hatte|habe ~1 ich ~2 gar ~1 nicht ~1 bestellt",
  "must ~1 be ~1 a|some ~1 very|really ~1 busy",
  // Batch 67: "Vermutlich meinten Sie 24 Stunden Arbeitszeit … Sehr realistisch geplant, Kompliment!".
  "vermutlich|wahrscheinlich|wohl ~1 meinten|meintet ~1 sie|ihr",
  "sehr ~1 realistisch ~1 geplant",
  "danke fuer nichts",
  "danke ~2 fuer nichts",
  "danke ~2 fuer nix",
  "danke ~2 fuer gar nichts",
  "thanks for nothing",
  "thank you for nothing",
  // "danke für den kurzen herzinfarkt", "thanks for the heart attack": thanks for a fright is the reproach.
  "danke|dank ~3 fuer ~3 herzinfarkt*|schreck|schrecken|schock|kopfschmerzen|kopfweh|nervenzusammenbruch|herzstillstand|panikattacke|magengeschwuer",
  "thanks|thank ~3 for ~3 heart ~1 attack",
  "thanks|thank ~3 for ~3 scare|fright|headache|migraine|ulcer",
  "na toll",
  "na super",
  "na prima",
  "na klasse",
  "ganz toll",
  // "Ganz großes Kino: Abschlag erhöht, ohne ein Wort": the cinema is the irony, in Berlin's "janz jroßes" too.
  "ganz grosses kino",
  "janz jrosses kino",
  "jrosses kino",
  "wieder mal",
  "schon wieder",
  "mal wieder",
  "wie immer",
  "yeah right",
  "yet again",
  "once again",
  "as usual",
  "sarcasm",
  "ironie",
  // "Die Grünen ruinieren dieses Land. Ihr macht da schön mit.": praise for going along is the reproach.
  "macht|machen ~2 schoen|fleissig|brav ~1 mit",
  // "Ihr habt echt ne sehr eigene Definition von frisch", "an interesting definition of 'next day'".
  "eigene|eigenwillige|interessante|kreative|spezielle|lustige definition von",
  // "Aber hey, Hauptsache die Latte-Art stimmt.", "but hey, at least the cups are pretty".
  "aber ~1 hey ~1 hauptsache",
  "but ~1 hey ~1 at ~1 least",
  // "i could've grown the beans myself in that time", "in der Zeit hätte ich selbst rösten können".
  "couldve|could ~6 in that time",
  "in der zeit ~4 haette|haett ~4 koennen",
  "interesting|creative|unique|own|funny|novel definition of",
  // "Ach wie schön, die Jahresabrechnung ist da! 🎉": delight that a bill came (not "die neue Rechnung ist viel
  // übersichtlicher").
  "ach ~1 wie ~1 schoen|toll|super|nett ~3 rechnung|abrechnung|jahresabrechnung|nachzahlung|mahnung|preiserhoehung ~1 ist|kam ~1 da|an",
  // Batch 221: "Danke …, dass mein Flat White jetzt 5,20 kostet. Mein Konto und ich sind sehr gerührt 🥲", "… then skips
  // the Kreuzberg street festival entirely. Very neighborly.": thanks for a higher price, the wallet moved, the
  // company's own claim said back after what belies it.
  "danke|thanks|thank ~6 dass|that|for ~6 jetzt|now ~3 kostet|kosten|costs|cost",
  "mein|my ~1 konto|geldbeutel|portemonnaie|wallet|bank ~3 geruehrt|weint|dankt|cries|crying|thanks|thanks you",
  "very|so|how ~1 neighborly|neighbourly|sustainable|green|transparent|customer-friendly|community-minded",
  "sehr|wie ~1 nachbarschaftlich|nachhaltig|transparent|kundenfreundlich|kundennah",
  // Batches 223–226: "love how the ad says 'whisper quiet' 🙃 … sounds like a hairdryer at 2am. super relaxing",
  // "Really appreciate the free language lessons", "Oh wie schön, das Abo kommt jetzt in nem Karton, der dreimal so
  // groß ist … Nachhaltigkeit first gell?": what is promised set against what came.
  "love|loving ~1 how ~4 says|said|claims|promises|promised|calls",
  "appreciate|love|enjoying ~2 the ~1 free ~3 lessons|lesson|workout|cardio|sauna|course",
  "oh ~1 wie ~1 schoen|toll|super|praktisch",
  "nachhaltigkeit|umwelt|service|kundenservice|qualitaet ~1 first",
  // "47 Minuten für zwei Flat White … Danke für das kostenlose Achtsamkeitstraining", "thanks for the free patience
  // training".
  "danke|dank ~2 fuer ~2 das|die|den ~1 kostenlose|kostenlosen|gratis ~3 training|achtsamkeitstraining|geduldstraining|lektion|workout|meditation",
  "thanks ~2 for ~2 the ~1 free ~3 training|lesson|workout|meditation",
  // Batches 311–318: "danke dass ihr so auf meine Sparziele achtet, ohne euch hätt ich am Monatsende glatt noch Geld
  // übrig", "very eco lads 👏👏", "Two follow-ups since. Not a word back. Dedication on a whole new level.": a cost,
  // waste or silence praised as its opposite.
  "ohne ~1 euch|sie ~3 haett|haette|hatte|waer|waere ~6 geld ~1 uebrig",
  "auf ~1 meine|unsere ~1 sparziele|figur|linie|geduld|fitness ~1 achtet|achten|aufpasst|aufpassen",
  "very|so|super|such ~1 eco|green|sustainable ~1 lads|guys|folks|team|people",
  "dedication|service|professionalism|efficiency|communication ~1 on ~1 a ~1 whole ~1 new ~1 level",
];
