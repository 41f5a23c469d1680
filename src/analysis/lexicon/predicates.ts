/**
 * What is said of people, German and English, folded like comments (phrases in the syntax of patterns.ts): the
 * predicates that make a statement about a group hateful — hatred, disgust, dehumanisation, a negative essence,
 * exclusion — and the words that link them to whom they are said of. meaning/ pairs them with a target.
 */

/** Hatred and contempt, said by the speaker: "ich hasse …", "I can't stand …". */
export const HATE_VERBS = [
  "hasse",
  "hass",
  "hassen",
  "verachte",
  "verachten",
  "verabscheue*",
  "kann|koennen|konnte ~3 nicht ~1 ausstehen|leiden|ab",
  "hate",
  "hating",
  "despise",
  "loathe",
  "detest",
  "cant|cannot ~1 stand",
  "can not stand",
];

/** Disgust said of the group as the subject: "… widern mich an", "… make me sick". */
export const DISGUST_VERBS = [
  "widern|widert|ekeln|ekelt|kotzen|kotzt ~3 an",
  "machen|macht ~1 mich ~1 krank",
  "make|makes ~1 me ~1 sick|vomit|puke",
  "disgust|disgusts|sicken|sickens ~1 me",
];

/** Disgust and contempt as an attribute: "… sind widerlich", "… are revolting". */
export const DISGUST = [
  "widerlich*",
  "ekelhaft*",
  "eklig*",
  "ekelig*",
  "abstossend*",
  "abscheulich*",
  "abartig*",
  "pervers*",
  "degeneriert*",
  "verabscheuungswuerdig*",
  "verkommen*",
  "disgusting",
  "revolting",
  "repulsive",
  "vile",
  "gross",
  "sickening",
  "repugnant",
  "abhorrent",
  "loathsome",
  "despicable",
  "filthy",
  "dreckig*",
  "scheisse",
  "scheise",
  "kacke",
  "beschissen",
];

/** Words that deny people their humanity or call them dirt, vermin or disease. */
export const DEHUMANISING = [
  "ungeziefer",
  "parasit*",
  "schmarotzer*",
  "abschaum",
  "pack",
  "gesindel",
  "gesocks",
  "geschmeiss",
  "viehzeug",
  "vieh",
  "viecher",
  "tiere",
  "tieren",
  "bestie*",
  "ratten",
  "ratte",
  "kakerlake*",
  "laeuse",
  "zecken",
  "maden",
  "heuschrecke*",
  "untermensch*",
  "dreck",
  "muell",
  "abfall",
  "pest",
  "seuche",
  "plage",
  "krebsgeschwuer*",
  "geschwuer",
  "mischpoke",
  "muschpoke",
  "brut",
  "affen",
  "schweine",
  "vermin",
  "parasite*",
  "animals",
  "beasts",
  "rats",
  "roaches",
  "cockroach*",
  "lice",
  "maggots",
  "leeches",
  "scum",
  "trash",
  "garbage",
  "filth",
  "plague",
  "disease",
  "cancer",
  "virus",
  "subhuman*",
  "apes",
  "monkeys",
  "savages",
  "invasoren",
  "invaders",
  "pigs",
  "swine",
  "cattle",
];

/** A negative essence ascribed to a whole group: "… sind alle kriminell", "… are inferior". */
export const ESSENCE = [
  "kriminell*",
  "verbrecher*",
  "vergewaltiger*",
  "terrorist*",
  "moerder*",
  "diebe",
  "betrueger*",
  "luegner*",
  // "Juden sind an allem schuld": the old scapegoat, said of a group.
  "schuld ~2 an ~1 allem",
  "an ~1 allem ~1 schuld",
  "faul",
  "faule",
  "dumm",
  "duemmer",
  "bloed",
  "primitiv*",
  "gewalttaetig*",
  "aggressiv*",
  "integrationsunwillig*",
  "ungebildet*",
  "aggressive",
  "gefaehrlich",
  "minderwertig*",
  "wertlos",
  "nutzlos",
  "unnuetz",
  "sozialschmarotzer*",
  "barbaren",
  "barbarisch",
  "rueckstaendig",
  "unterentwickelt",
  "unzivilisiert",
  "krank",
  "gestoert",
  "geisteskrank",
  "unnatuerlich",
  "abnormal",
  "weniger ~1 wert|intelligent|klug|menschlich",
  "nicht ~1 normal",
  "eine ~1 last|gefahr|bedrohung",
  "criminals",
  "criminal",
  "rapists",
  "terrorists",
  "murderers",
  "thieves",
  "liars",
  "to blame for everything",
  "thugs",
  "lazy",
  "stupid",
  "dumb",
  "primitive",
  "violent",
  "dangerous",
  "inferior",
  "worthless",
  "useless",
  "freeloaders",
  "barbaric",
  "barbarians",
  "backwards",
  "uncivilized",
  "uncivilised",
  "savage",
  "sick",
  "mentally ill",
  "unnatural",
  "abnormal",
  "less ~1 intelligent|human|worthy|valuable",
  "not ~1 normal|human",
  "a ~1 burden|threat|danger",
];

/** Exclusion that needs nothing more than the group beside it: "… gehören nicht hierher", "… in einen Zoo". */
export const EXCLUSION = [
  "raus mit",
  "gehoeren|gehoert ~3 nicht ~3 hierher|hierhin|hier|dazu|zu|nach|in",
  "gehoeren|gehoert ~4 zoo|kaefig|lager|gas|knast|gefaengnis|ofen|kz",
  // "Die … gehören alle weg", "… gehören weggesperrt".
  "gehoeren|gehoert ~3 weg|weggesperrt|eingesperrt|weggeschlossen|abgeschoben|ausgewiesen|ausgerottet|vergast",
  "haben|hat ~4 nichts ~2 verloren|suchen",
  "zurueck ~4 wo|woher ~3 herkomm*|hergekomm*|kamen|kommen",
  "zurueck mit",
  // "Die Ausländer sollen raus aus Deutschland", "Die Türken sollen dahin gehen, wo sie hergekommen sind".
  "sollen|sollten|muessen|gehoeren ~2 raus ~1 aus ~2 deutschland|europa|oesterreich|schweiz|land|lande|germany|europe",
  "sollen|sollten|muessen|gehoeren ~2 raus hier",
  "dahin|dorthin|hin ~4 wo|woher ~3 herkomm*|hergekomm*|kamen|kommen",
  "zurueckjagen|zurueckjagt",
  "nicht ~1 willkommen",
  "dont|doesnt ~1 belong",
  "do|does ~1 not ~1 belong",
  "go back to ~3 country|countries|africa|jungle|desert|where|home|cave",
  "back ~2 where ~2 came|come|they|from",
  "belong ~2 in ~2 zoo|cage|camp|prison|jail|oven",
  "no ~1 place ~2 in|here|among",
  "not ~1 welcome",
  "shouldnt|mustnt ~2 be ~1 allowed",
  "should|must ~1 not ~2 be ~1 allowed",
  "sollten|sollen|duerfen|darf ~3 nicht ~3 erlaubt|duerfen|zugelassen|arbeiten|waehlen|lehren|fahren",
  "shipped|ship ~2 out|back|off",
  // Kept out of work or service for who they are: "Rumänen sollte man gar nicht erst als Monteure einstellen".
  "sollte|sollten|soll|darf|duerfte ~1 man ~5 nicht ~4 einstellen|anstellen|beschaeftigen|reinlassen|bedienen",
  "shouldnt|dont|never ~2 hire|employ|serve",
  "should ~1 not ~2 hire|employ|serve",
  // "die behinderten solten garnich erst ne wärmepumpe krigen": kept from what others get.
  "sollten|solten|sollen|duerften ~2 gar|garnicht|garnich ~1 nicht|erst",
];

/**
 * War declared on people: "Wir haben den Moslems … offiziell den Krieg erklärt" names them before it, "declare war on
 * Muslims" after it. Not "Russland hat der Ukraine den Krieg erklärt, die Ukrainer leiden": a state at war.
 */
export const WAR_ON = [
  "krieg ~2 erklaert|erklaeren|erklaerte|erklaerten",
  "erklaere|erklaeren|erklaert|erklaert ~4 den krieg",
  "declare|declared|declaring ~1 war ~1 on|against",
];

/**
 * Expulsion that is news as often as a demand ("Deutschland schiebt … ab", "were deported"): hateful only as a
 * demand — with a modal, "alle", "sofort", an exclamation or as the sentence's command.
 */
export const EXCLUSION_DEMAND = [
  "abschieb*",
  "abgeschoben",
  "rauswerf*",
  "rausschmeis*",
  "zurueckschick*",
  "schickt|schicken|schick ~5 zurueck|heim",
  "verschwinden",
  "deport*",
  "send ~3 back",
  "go back",
  "get|kick|throw ~4 out",
  "banned|expelled|removed|ban",
];

/** What makes an expulsion a demand rather than a report. */
export const DEMAND = [
  "sollten|sollen|sollte|muessen|muss|muesste|muessten|gehoeren|gehoert|endlich|sofort|alle|allesamt|raus",
  "should|must|need|needs|ought|all|now|immediately|every|lets",
  "have|has ~1 to",
];

/** Exclusion that needs the group right before it: "Ausländer raus!", "Muslims out!". */
export const EXCLUSION_AFTER_GROUP = ["raus", "out"];

/**
 * Degrading words right before a group's name: "Scheiß Türken", "dreckige Kanaken", "filthy immigrants". Said
 * of a group they are identity hate; said of a thing ("Scheiß Update") they are mere swearing.
 */
export const DEGRADING = [
  "scheiss",
  "scheis",
  "scheisse",
  "schiesse",
  "drecks",
  "dreckige*",
  "dreckig",
  "verdammte*",
  "verfickte*",
  "kack",
  "terror",
  "filthy",
  "dirty",
  "fucking",
  "fuckin",
  "damn",
  "damned",
  "bloody",
  "stinking",
];

/** Words that link a predicate to whom it is said of: the copula, opinions, comparisons. */
export const LINKING = [
  "sind",
  "seien",
  "seid",
  "bist",
  "ist",
  "sei",
  "waren",
  "waeren",
  "war",
  "bleiben",
  "bleibt",
  "finde",
  "finden",
  "findet",
  "halte",
  "halten",
  "haltet",
  "are",
  "is",
  "were",
  "was",
  "be",
  "been",
  "being",
  "r",
  "youre",
  "theyre",
  "find",
  "consider",
];

/** Comparisons that link only what directly follows them: "wie Ratten", "like rats", "als Abschaum". */
export const COMPARISON = ["wie", "als", "like", "than"];

/**
 * Counter-speech and reporting: a sentence that quotes or names hate in order to reject it ("Wer behauptet, … ,
 * sollte sich schämen", "Saying that … is disgusting") is not hateful.
 */
export const COUNTER_FRAMES = [
  "wer ~2 sagt|behauptet|schreibt|meint|denkt|glaubt",
  "zu ~1 sagen|behaupten|schreiben",
  "solche|solchen ~2 saetze|kommentare|aussagen|sprueche|posts|parolen|worte",
  "kommentare|aussagen|saetze|sprueche|parolen|posts ~1 wie",
  "ist|sind ~2 rassistisch|menschenverachtend|hetze|diskriminierend|falsch|unsinn|quatsch|bloedsinn|vorurteil*|klischee*",
  "rassistisch|menschenverachtend|falsch ~2 zu|wenn",
  "who ~2 says|say|claims|claim|thinks|think|believes",
  "saying|claiming",
  "to ~1 say|claim",
  "stop ~1 saying|claiming|calling|pretending",
  "comments|posts|statements|tweets|things ~1 like",
  "is|are|thats|its ~2 racist|bigoted|hateful|wrong|nonsense|unacceptable",
  "people ~1 who ~2 say|think|believe|claim",
  // "Leute, die sagen, Ausländer seien faul, haben keine Ahnung": the German of "people who say".
  "leute|menschen ~1 die ~2 sagen|behaupten|meinen|denken|glauben|schreiben",
  "report ~3 post|posts|comment|comments|that",
  "stereotype*|vorurteil*|klischee*|prejudice*|notions ~2 that|dass|wie|like",
  "mythos|maerchen|maer|luege|myth|lie ~2 that|dass",
  "stimmt|stimmte ~1 nicht|einfach ~2 dass",
  "not ~1 true ~1 that",
  // A comment reported to the company: "ein Kommentar, der Ukrainer pauschal als Schmarotzer beschimpft", "there's a
  // comment under your post calling a customer a …".
  "kommentar|kommentare|beitrag|post|posts ~3 der|die|das|welcher ~8 beschimpft|beschimpfen|bezeichnet|nennt|beleidigt",
  "comment|comments|post|posts|reply ~6 calling|calls|called|saying|says",
];
