/**
 * Threats of violence, with or without a swear word: "Ich weiß, wo euer Büro ist" is a threat though every word in
 * it is harmless. Legal steps ("Ich werde Sie verklagen", "I'll report you") are a customer's right, not threats.
 */

/** Verbs of killing and hurting, in the forms a threat uses them. */
export const HARM_VERBS = [
  "umbring*",
  "umgebracht",
  "toet*",
  "abstech*",
  "erstech*",
  "erschies*",
  "abknal*",
  "aufschlitz*",
  "aufhaeng*",
  "aufknuepf*",
  "abmurks*",
  "kaltmach*",
  "vergas*",
  "verpruegel*",
  "vermoebel*",
  "vertrimm*",
  "verklopp*",
  "zusammenschlag*",
  "zusammenschlagen",
  "abfackel*",
  "anzuend*",
  "niederbrenn*",
  "sprengen",
  "spreng*",
  "kill*",
  "murder*",
  "shoot*",
  "stab*",
  "strangle*",
  "hang",
  "lynch*",
  // "should be strung up from your own wind turbines".
  "strung",
  "punch*",
  "slap*",
  "hurt",
  "burn",
  "bomb*",
  "behead*",
];

/** Whom a threat is aimed at. */
export const TARGETS = [
  "dich",
  "dir",
  "euch",
  "sie",
  "ihn",
  "ihm",
  "ihr",
  "euren",
  "eure",
  "euer",
  "deinen",
  "deine",
  "dein",
  "ihren",
  "ihre",
  "den",
  "die",
  "you",
  "u",
  "ya",
  "him",
  "her",
  "them",
  "your",
  "ur",
  "yall",
  "everyone",
  "@",
];

/** Where someone lives or works, and who is dear to them. */
export const PLACES = [
  "wohn*",
  "leb*",
  "arbeit*",
  "buero*",
  "filiale*",
  "laden",
  "haus",
  "wohnung",
  "adresse",
  "kinder",
  "kind",
  "familie",
  "frau",
  "mann",
  "tochter",
  "sohn",
  "auto",
  "schule",
  "zentrale",
  "geschaeft*",
  "firma",
  "sitz",
  "live*",
  "work*",
  "office*",
  "house",
  "home",
  "kids",
  "children",
  "family",
  "wife",
  "husband",
  "daughter",
  "son",
  "store",
  "shop",
  "school",
  "address",
  "car",
  "hq",
  "headquarters",
];

/** People, not things: for verbs that are harmless with an object ("wenn ich die Rechnung finde"). */
export const PERSONS = ["dich", "dir", "euch", "ihn", "ihm", "you", "u", "ya", "him", "them", "@"];

/**
 * Threats in fixed words: veiled ones ("Ich weiß, wo du wohnst"), weapons beside a target, places set on fire.
 * Harm said of someone in a threatening mood is read by meaning/threats.ts.
 */
export const THREAT_PATTERNS = [
  // German
  "ich|wir ~1 weis|wissen|kenne|kennen ~1 wo ~3 {place}",
  // "wenn morgen wieder kein Techniker kommt, weiß ich wo eure Zentrale ist. dann knallts, versprochen.": the same
  // after a condition, verb first; and the bang promised in a sentence of its own.
  "weis|wissen ~1 ich|wir ~1 wo ~3 {place}",
  "dann ~1 knallts|knallt|krachts|kracht|setzts ~2 versprochen",
  "ich|wir ~1 weis|wissen|kenne|kennen deine|eure|ihre adresse",
  "wir|ich kriegen|krieg|kriege euch|dich",
  "wenn ich|wir ~2 {person} ~2 erwisch*|kriege|krieg*|finde|sehe",
  "du|ihr|sie ~1 wirst|werdet|werden ~3 bluten|sterben|leiden",
  "ihr|du ~1 seid|bist ~1 tot",
  "bald ~1 seid|bist ~2 ihr|du ~1 tot",
  "hoffe ~4 stirbst|sterbt|sterben|verreck*|krepier*|abkratz*",
  "ihr|du|sie ~2 solltet|sollst|sollten|gehoert|gehoeren ~3 verreck*|krepier*|erschos*|aufgehaengt|vergast|wand",
  "an die wand ~1 stellen|gestellt",
  "bombe|sprengsatz ~4 {place}",
  "{place} ~3 abfackeln|anzuenden|abbrennen|niederbrennen|sprengen",
  // Arson wished on a place, by anyone: "hope someone torches your Kreuzberg place with all those … inside",
  // "hoffentlich zündet jemand euren Laden an", "someone should firebomb your office".
  "hope|hoping|hoffe|hoffentlich ~3 someone|somebody|jemand|einer|wer ~1 torches|torch|firebombs|firebomb|burns|bombs|sprengt|abfackelt|zuendet|anzuendet ~3 {place}|place|cafe|roastery|roesterei",
  "someone|somebody|jemand|einer ~1 should|sollte|soll ~3 torch|firebomb|burn|abfackeln|anzuenden|niederbrennen|sprengen ~3 {place}|place|cafe|roastery|roesterei",
  "someone|somebody|jemand|einer ~1 should|sollte|soll ~3 {place}|cafe|roesterei ~3 abfackeln|anzuenden|niederbrennen|sprengen",
  "zuendet|zuenden ~3 {place}|cafe|roesterei ~1 an",
  "{place} ~4 in die luft",
  "{target} :violent",
  ":violent ~1 {target}",
  // English
  "i|we know where ~3 {place}",
  "watch ~1 your|ur|his|her|their back",
  // "I know which bike is his. Just saying.", "Ich weiß, welches Auto seins ist": a staff member's things, known to
  // the speaker. Not "I know which car is yours, we parked next to it": said to the owner, it is a fact.
  "i|we ~1 know which ~1 bike|car|house|flat|door|van ~1 is ~1 his|hers|theirs",
  "ich|wir ~1 weis|weiss|wissen ~1 welches|welcher|welche ~1 auto|fahrrad|rad|haus|wohnung|tuer|wagen ~1 seins|ihrs|seines|ihres|seine|ihm",
  "set|put ~1 the|my ~1 dog|dogs ~1 on ~1 him|her|them|you|u",
  "you|u ~1 will|wil|gonna|shall|il ~1 die|bleed|suffer",
  "youre|ur|you|u ~2 going to die|bleed",
  "hope ~3 you|u|they|he|she|your|ur ~3 die|dies|burn|rot|killed",
  // "hope your roastery goes up in flames with the owner still inside".
  "goes|go|going ~1 up ~1 in ~1 flames ~3 with ~3 still ~1 inside|in",
  "blow ~2 up ~3 {place}",
  "dead man walking",
  "schade ~4 wenn ~5 passiert|zustoesst|zustoest|zustossen|passieren|geschieht",
  // "Wär echt ein Jammer, wenn eurem … Vertriebsleiter zufällig n dicker Ast aufs Auto fällt. Oder auf den Kopf.":
  // harm wished on someone as bad luck.
  "jammer|schade ~4 wenn ~8 zufaellig|zufaelligerweise ~6 faellt|fallen|brennt|abbrennt",
  "jammer|schade ~4 wenn ~8 ast|ziegel|stein ~4 kopf|auto",
  // "Interesting how 'accidents' seem to happen to people who cut off a family's power … Stay safe out there".
  // "steh ich bei euch in Köln auf der Matte. mit nem Baseballschläger.": a weapon brought along.
  "mit ~2 baseballschlaeger|knueppel|totschlaeger|schlagring",
  "with ~2 baseball ~1 bat|bats",
  // "I'm coming back with my brothers and we'll see who gets thrown out. Tell her that from me."
  "coming|come|comin ~2 back|round|over ~2 with ~2 my ~1 brothers|mates|boys|lads|cousins",
  "komme|komm|kommen ~3 mit ~2 meinen ~1 bruedern|jungs|kumpels|leuten ~4 vorbei|wieder",
  "well|we'll ~1 see ~1 who ~2 gets|get ~2 thrown|hurt",
  "how|wie ~1 accidents|unfaelle ~1 seem|seems|tend|scheinen|scheinbar ~3 happen|passieren ~3 to|leuten|denen",
  "shame ~4 if ~5 happened|happen|happens",
  "pass|passt|passen ~2 auf ~4 wenn ~6 hause|heimweg|abend|nacht|allein|alleine",
  "watch|careful ~4 when ~6 home|tonight|alone|leave",
  "ich|wir|i|we ~1 kenne|kennen|know ~3 adresse|address|kinder|kids|familie|family|schule|school",
  // "Hope the barista … burns both hands on the steam wand": harm wished on someone.
  "hope|hoffe ~8 burns|burn|scalds|breaks|break|verbrennt|verbrueht|bricht ~3 both|his|her|their|beide|sich ~1 hands|hand|arms|arm|legs|leg|neck|haende|hand|arme|beine|genick",
  "has|have ~1 it ~1 coming",
  "where ~3 kids|children|family ~4 school|live",
  "sleep with ~1 one eye open",
  // Veiled: knowing someone's shifts, car or route; waiting for them; "he won't be climbing ladders for a while".
  "ich|wir ~1 kenne|kennen|kenn|weiss|wissen ~3 schichtzeiten|schichten|kennzeichen|dienstplan",
  "i|we ~1 know ~2 his|her|your|their ~1 van|car|shifts|shift|route|numberplate|plate",
  "ill|i'll|well|we'll ~2 be ~1 waiting ~1 at|outside ~4 depot|shop|store|cafe|office|house|door|home|car|van",
  "wont|won't ~1 be ~2 climbing|walking|working|driving|standing ~3 for ~1 a ~1 while",
  "make ~1 sure ~5 regret|regrets",
  // "send a proper German or the lads will sort him out themselves": a crowd sent to deal with someone.
  "lads|boys|blokes|jungs ~2 will|ll|gonna|werden ~1 sort|deal ~2 him|her|them|you ~2 out|with",
  "jungs ~2 werden|kuemmern ~2 sich ~3 um ~1 ihn|sie|dich|euch",
  // "Beim vierten Mal bring ich was mit, dann hört ihr mir schon zu": something brought to make them listen.
  "bring|bringe ~1 ich|wir ~1 was|etwas ~1 mit ~1 dann ~1 hoert|hoeren|hoerst ~1 ihr|sie|du ~1 mir|uns ~1 schon|endlich|bestimmt ~1 zu",
  "ill|i'll|well|we'll ~1 bring ~1 something ~2 then ~1 you'll|youll|you ~2 listen",
  // "Schöne Bilder vom neuen Lager … Weiß ich ja jetzt wenigstens, wo ich mal vorbeischauen kann … Wär schade drum 🔥".
  "weiss|weis ~1 ich ~4 wo ~1 ich ~3 vorbeischauen|vorbeikommen|hinfahren|hinkommen ~3 kann|muss|werde",
  "i|we ~1 know ~2 where ~1 to ~1 find ~1 you|them|him|her",
  // "lernt euer Meister mich richtig kennen. Ich weiß, wo der parkt.": a man's car or home known, meeting promised.
  "ich|wir ~1 weiss|weis|wissen ~1 wo ~1 der|er parkt|wohnt",
  "lernt|lernen|lernst ~3 mich|uns ~1 richtig ~1 kennen",
  // "Ich weiß, wo euer Lager ist": where their goods and vans are kept, said as a threat is.
  "ich|wir ~1 weis|wissen ~1 wo ~1 euer|eure|dein|deine|ihr|sein ~1 lager|werkstatt|depot|halle",
  "i|we ~1 know ~1 where ~1 your|his|their ~1 warehouse|depot|workshop|yard",
  // "dann fährt er nicht mehr heil weg": harm promised. Not "keine leere Drohung" or "keine Drohung, ein Versprechen"
  // alone: "Ich kündige, das ist keine leere Drohung" threatens only to leave.
  "nicht ~1 mehr ~1 heil ~3 weg|raus|heim|nach|vom|davon",
  // "komm ich nach Kreuzberg und dann fliegen bei euch die Tassen. Ihr wisst ja wer ich bin.": things thrown, and who
  // is coming said as a warning.
  "dann ~1 fliegen ~3 tassen|teller|steine|faeuste|scheiben|fenster|stuehle",
  "ihr|du|sie ~1 wisst|weisst|wissen ~1 ja|doch ~1 wer ~1 ich ~1 bin",
  // "lass ich den Hund los", "hetz ich meinen Rottweiler auf ihn": an animal set on someone.
  "lass|lasse|hetz|hetze ~2 ich ~3 den|meinen|meine|die ~1 hund|hunde|rottweiler|schaeferhund ~3 los|auf",
  // "sollte abends besser nicht allein zum Auto gehen", "better not walk to your car alone": danger hinted at.
  // Not "Man sollte die Wärmepumpe besser nicht allein installieren": a way home, walked alone.
  "sollte|solltet|sollten|solltest ~3 besser ~1 nicht ~2 allein|alleine ~4 auto|heim|nachhause|rumlaufen|unterwegs|gehen|laufen|rausgehen",
  "better ~1 not ~1 walk|go ~4 alone ~4 home|car|tonight|night|dark",
  "better ~1 not ~1 walk|go ~2 home|out ~2 alone",
  // "Ich hoffe, eure Monteure fallen alle vom Dach", "hope your fitter falls off the roof": a fall wished on them.
  "hoffe|hoffentlich ~6 fallen|faellt|stuerzen|stuerzt ~3 vom|von ~2 dach|geruest|leiter",
  "hope ~6 fall|falls ~2 off ~2 roof|ladder|scaffolding",
  // "someone should really teach that tall barista a lesson after closing".
  "someone|somebody|should|gonna|going|ill|i'll|we'll ~4 teach ~5 a ~1 lesson",
  // "Someone should pay your CEO a visit at home … His address isn't hard to find 😉".
  "pay ~5 a ~1 visit ~3 at ~1 home",
  "address ~2 isnt|isn't|not|is ~2 hard ~2 to ~1 find",
  // "keep raising prices and see what happens to those pretty little café windows": damage promised on a condition.
  "see ~1 what ~1 happens ~1 to ~5 windows|window|car|cars|van|vans|cafe|shop|store|house|office",
  // "sort it by friday or I'm coming down to ottensen to put a brick through your window", "dann fliegt ein Stein
  // durch eure Scheibe": a window promised to be smashed.
  "put|throw|chuck|lob|send ~3 brick|bricks|stone|stones|rock|rocks ~2 through ~3 window|windows",
  "brick|bricks|stone|stones|rock|rocks ~2 through ~2 your|ur|the|their ~2 window|windows",
  "stein|steine|ziegel|pflasterstein|pflastersteine ~3 durch|in ~3 scheibe|scheiben|fenster|schaufenster",
  // "Wenn einer eurer Monteure bei mir im Dorf auftaucht, wird der nicht heil nach Hause kommen": the same promise.
  "nicht ~1 heil ~1 nach ~1 hause|haus",
  "nicht ~1 heil ~1 heim|heimkommen|heimkommt",
  "wont|won't|not ~2 make ~1 it ~1 home|back|out ~2 in ~1 one ~1 piece",
  "wont|won't|will ~1 not ~2 leave ~2 in ~1 one ~1 piece",
  // "dann kann er danach nicht mehr laufen. Ich hab nen Jagdschein und die Flinte steht im Flur": harm promised, a
  // weapon at hand.
  "dann ~1 kann|koennen|wird|werden ~1 er|sie|der|die|ihr|du ~3 nicht ~1 mehr ~1 laufen|gehen|arbeiten|stehen",
  "flinte|gewehr|knarre|pistole|schrotflinte|revolver ~4 steht|liegt|haengt|ist ~3 flur|bereit|geladen|griffbereit|tuer",
  "gun|rifle|shotgun ~4 is|s ~2 loaded|ready|by ~1 the ~1 door",
  // "I'll find out where your CEO lives and pay him a visit if my line isn't fixed": tracking someone down.
  "find|finding ~1 out ~1 where ~1 you|u|he|she|they|your|his|her|their ~3 lives|live|lived|sleeps",
  "find|finding ~1 out ~1 where ~1 the ~1 ceo|boss|owner|manager|director|installer|engineer ~1 lives|live",
  "pay ~1 him|her|you|them|u ~1 a ~1 little|personal ~1 visit",
  "rausfinden|herausfinden|rauskriegen|rausbekommen ~2 wo ~1 du|er|sie|ihr|dein|deine|euer|eure|ihr|ihre|sein|seine ~3 wohnt|wohnst|wohnen",
  "finde|finden ~2 raus|heraus ~2 wo ~1 du|er|sie|ihr|dein|deine|euer|eure|ihre|sein|seine ~3 wohnt|wohnst|wohnen",
  "ich|wir ~2 sorge|sorgen ~2 dafuer ~6 bereut|bereuen|bereust",
  // "kann er sich warm anziehen", "dann knallt's", "kriegt euer Kassierer was ganz anderes": a threat as an idiom.
  "kann|koennen|kannst|koennt ~1 sich|dich|euch ~1 warm ~1 anziehen",
  "dann ~1 knallts|knallt|krachts|kracht|setzts|setzt ~1 es|was",
  // "stech ich eurem Techniker die Reifen auf und ihn gleich mit": the tyres, then the man.
  "stech|steche|stechen ~8 ihn|sie|dich|euch ~2 gleich ~1 mit",
  "reifen ~4 auf ~3 ihn|sie|dich|euch ~2 gleich|auch ~1 mit",
  "slash|slashing ~3 tyres|tires ~6 him|her|you ~1 too|as ~1 well",
  "dann ~1 fliegen ~3 nicht ~1 nur",
  "kriegt|kriegen|kriegst|bekommt|bekommen ~4 was|etwas|eins ~2 ganz ~1 anderes",
  "kriegt|kriegen|kriegst|bekommt|bekommen ~4 was|eins ~2 auf ~1 die|das|den ~1 fresse|maul|nase|muetze|deckel",
  // "wenn euer Monteur nochmal ohne Termin auftaucht, gibt's was aufs Maul".
  "gibts|gibt ~2 was|eins|welche|etwas ~1 aufs|auf ~1 maul|fresse|die|mütze|muetze|nase|deckel",
  // Turning up armed: "I'll be outside your store tomorrow with a baseball bat", "komme mit dem Messer in eure Filiale".
  "ill|well|im|were|coming|come|waiting ~6 {place} ~6 with ~2 bat|baseball|knife|knives|gun|guns|axe|crowbar|machete|petrol|weapon|weapons",
  "ill|well|im|were|coming|come|waiting ~4 with ~2 bat|baseball|knife|gun|axe|crowbar|machete|weapon ~6 {place}",
  "komme|kommen|komm|warte|warten|stehe|stehen ~6 mit ~3 baseballschlaeger|schlaeger|messer|knarre|waffe|waffen|axt|eisenstange|benzin|machete",
];
