/**
 * Violence and its moods, German and English, folded like comments (phrases in the syntax of patterns.ts). A
 * threat is harm said of someone together with a mood that makes it one: the speaker's intent or wish, a demand
 * that it be done, a call on others, a condition. "Er wurde erschossen" reports; "Der gehört erschossen" threatens.
 */

/** Doing harm to someone, in the forms a threat uses. */
export const HARM = [
  // German
  "toete|toeten|toetet|toetest|getoetet|toet",
  "umbringen|umbringt|umgebracht|umzubringen",
  "bring|bringe|bringen|bringt ~3 um",
  "abstechen|absteche|abgestochen|erstechen|ersteche|erstochen",
  "erschiessen|erschiese|erschiesse|erschiesst|erschossen|erschiesen",
  "abknallen|abgeknallt|knall|knalle ~3 ab",
  "wuergen|verdreschen|verdroschen|erwuergen|erwuerge|erwuergt|erhaengen|aufhaengen|aufgehaengt|aufknuepfen|aufgeknuepft",
  "kaltmachen|kaltgemacht|abmurksen|abgemurkst",
  "vergasen|vergast",
  // "Den sollte man steinigen", "ertränken sollte man die": the old ways of killing someone.
  "steinigen|steinigt|gesteinigt|ertraenken|ertraenkt|ersaeufen|ersaeuft",
  "schlag|schlage|schlagt|schlaegt|schlagen ~2 tot",
  // "Abohrfeigen, aber sofort", "Eine Ohrfeige hat der verdient": slapped, not "eine Ohrfeige für alle Kunden".
  "ohrfeigen|abohrfeigen|geohrfeigt|abwatschen",
  "eine|ne ~1 ohrfeige|backpfeife|schelle|watsche ~3 verdient|gehoert|geben|verpassen",
  "eine|ne|eins ~1 aufs|auf ~2 maul|fresse|schnauze",
  "verpruegeln|verpruegel|verpruegelt|verpruegle|zusammenschlagen|zusammengeschlagen",
  // "Eure Monteure sollte man mal ordentlich vermöbeln": beaten up, in everyday words.
  "vermoebeln|vermoebelt|vertrimmen|vertrimmt|vermoebel|windelweich|krankenhausreif|verkloppen|verkloppt|aufmischen|aufgemischt",
  // "eure Monteure sollte man mal richtig abreiben": beaten, not the rubbing down of a thing ("die Fliesen abreiben").
  "richtig|ordentlich|mal ~1 abreiben|abgerieben",
  "totschlagen|totgeschlagen|erschlagen|totpruegeln",
  "abfackeln|abgefackelt|anzuenden|angezuendet|niederbrennen|niedergebrannt|verbrennen",
  "zuendet|zuende|zuenden ~4 an",
  "sprengen|gesprengt",
  "in die luft ~1 jagen|sprengen",
  "lynchen|gelyncht|hinrichten|hingerichtet|koepfen|gekoepft|abschlachten|abgeschlachtet|ausrotten|ausgerottet",
  "schlag|schlage|schlagt ~3 fresse|schaedel|kopf|gesicht|zaehne",
  "kurz und klein",
  "eine|eins ~1 reinhauen|reinhaue|verpassen",
  "hau|haue ~2 eine|eins ~1 rein",
  "kugel ~3 verpassen|kopf|schaedel",
  "aufs|auf ~2 maul|fresse|schnauze ~1 hauen|geben|schlagen",
  "wehtun",
  "weh tun",
  "tot ~1 sehen|wissen",
  "brennen ~1 sehen",
  "see ~4 dead|burn|die|suffer",
  "jagen",
  "aufmischen|aufgemischt|zusammentreiben|zusammengetrieben",
  "fertigmachen",
  // "dem Typen … sollte mal einer nach Feierabend auflauern", "dass dem mal einer zeigt, wo's langgeht".
  "auflauern|aufgelauert|auflauert",
  "lauert|lauern ~4 auf",
  "zeigt|zeigen|zeige ~4 wo|wos ~2 langgeht",
  "wir|ich ~1 machen|mache ~2 dich|euch|die|den|sie|ihn ~1 fertig",
  // English
  "kill|killing|murder|murdering|slaughter|exterminate|execute|behead|lynch|lynched",
  "shoot|stab|stabbed|strangle|choke|hang|hanged|gassed|torch|bomb",
  "gas ~1 all|them|the|those|every|em",
  "beat ~2 up|crap|shit|hell|death",
  "beaten to death",
  "beats|beating ~2 to death",
  "beats|beating ~1 him|her|them|you|u ~1 up",
  "stoned ~2 death",
  "stone ~2 to death",
  "punch|punched|slap|hurt|smash|bash",
  "break ~3 legs|neck|face|arms|bones",
  "burn ~4 down|alive|ground",
  // "I will burn you all", "burn them all": people set on fire, not "burn your fingers" on a cup.
  "burn ~1 you|u|ya|yall|them|him|her|everyone|everybody ~1 all|alive|down|to",
  "set ~2 fire",
  "blow ~3 up",
  "hunt ~2 down",
  "string|strung|stringing ~1 up",
  "round|rounded|rounding ~2 up",
  "put ~3 bullet",
  "shot|killed|murdered|stabbed|beaten|burned|burnt|executed|hanged|hung|gassed|exterminated|slaughtered|lynched",
];

/** English harm words that are everyday speech with these objects: "shoot you an email", "hit you up". */
export const HARMLESS_OBJECTS = [
  "shoot ~3 email|mail|message|dm|line|text|note|pm",
  // "we'd love to shoot a 3-minute scene in your Ottensen café", "shoot some photos": filming, nobody shot.
  "shoot|shooting ~4 scene|scenes|film|video|videos|photo|photos|pictures|footage|clip|reel|reels|shoot|ad|campaign|episode",
  // "you're killing it", "killing time", "kill the vibe" — never "I will kill you for this".
  "kill* it|time",
  "kill* ~1 the|my|this|that|your ~1 vibe|mood|battery|buzz|game|look",
  // "the laptop crowd is killing what made these places great", "killing the atmosphere": a thing spoilt.
  "killing|kills ~1 what",
  "kill* ~2 atmosphere|charm|soul|spirit|culture|character|fun|joy|business|trade|high|street|industry|experience",
  // "can I still get your beans sent over here or has Brexit killed that off?": a thing ended, nobody killed.
  "kill|kills|killed|killing ~1 that|it|this ~1 off",
  "hang* ~1 up|out|around|on",
  // "Hang in there, the team is doing its best!": encouragement.
  "hang* in there",
  "hang* tight|loose",
  // "I could kill for one of your cinnamon buns": a craving.
  "could|would|id ~1 kill|murder for",
  "choke ~1 on",
  // "der Shot läuft in 9 Sekunden durch", "a double shot of espresso", "give it a shot": the drink or a try.
  "der|den|dem|des|ein|einen|einem|the|a|an|espresso|double|single|extra|triple ~1 shot|shots",
  "um ~1 viertel|halb|uhr",
  "bringe|bringen|bring ~3 um|bis ~1 uhr",
  "haende ~4 zusammenschlagen",
  // "die Zeit totschlagen", "schlag die Wartezeit tot": time killed.
  "zeit|wartezeit|stunden|stunde|abend|nachmittag ~2 tot|totschlagen|totzuschlagen",
  "kerze|kerzen|grill|feuer|licht ~3 an",
  // "Urlaubstage … wenn ich sie auch für euch verbrennen kann", "burning through my holiday": days and money spent.
  "urlaub*|urlaubstage|geld|zeit|kalorien|nerven ~8 verbrennen|verbrenne|verbrannt|verbrennt",
  "verbrennen|verbrenne|verbrannt|verbrennt ~2 urlaub*|urlaubstage|geld|zeit|kalorien",
  "burn|burning|burnt|burned ~3 holiday|holidays|vacation|leave|days|money|cash|time|calories|budget",
];

/** Who or what harm is done to, beyond the people roles.ts knows: pronouns and the places people work and live. */
export const HARM_TARGETS = [
  // "Wer diesen Fahrplan gemacht hat, gehört erschossen", "whoever made this should be shot": whoever did it.
  "wer",
  "whoever",
  "er",
  "ihn",
  "ihm",
  "der",
  "den",
  "dem",
  "he",
  "him",
  "his",
  "she",
  "her",
  "hes",
  "shes",
  "laden",
  "filiale*",
  "buero*",
  "zentrale",
  "geschaeft*",
  "haus",
  "wohnung",
  "store",
  "shop",
  "office*",
  "hq",
  "headquarters",
  "house",
  "home",
  "team",
  "skull",
  "your",
  "dein",
  "deine",
  "deinen",
  "euer",
  "eure",
  "euren",
];

/** The speaker wishes it, even without saying "ich": "Am liebsten …", "Would love to …". */
export const INTENT = ["gern|gerne|liebsten|lust", "wanna|love|wish"];

/**
 * A hope that it be done to them: "Ich hoffe, dass der Kerl gesteinigt wird", "Hopefully he gets shot". A mood
 * only beside a future or passive (threats.ts), never a hope beside a deed that is told ("Ich hoffe, der Täter,
 * der ihn erschossen hat, wird gefasst").
 */
export const HOPE = ["hoffe|hoffen|hoffentlich|wuensche|wuenschte|wuensch", "hope|hopefully|hoping|wish"];

/** It should be done: a modal or a verdict of desert. */
export const NORMATIVE = [
  "sollte|sollten|soll|sollen|sollt|muesste|muessten|muss|muessen|gehoert|gehoeren|verdient|verdienen",
  "should|must|need|needs|deserve|deserves|ought",
];

/** Others are called on to do it. */
export const CALL = [
  "lasst uns",
  "los",
  "kommt ~3 alle",
  "jemand|irgendwer|irgendjemand|einer ~2 sollte|muss|muesste",
  // "sollte mal einer …", "wird Zeit, dass dem mal einer …".
  "sollte|muesste|muss|sollten ~2 mal ~1 einer|jemand|wer",
  "dass ~3 mal ~1 einer|jemand|wer",
  "man ~1 sollte|muesste|muss|sollten",
  "lets",
  "someone|somebody|anyone ~2 should|needs|must|ought",
  "everyone|everybody ~2 go",
  "geht|geh|kommt|go|come ~2 und|and",
];

/** A condition: "wenn …, dann", "if …", "noch eine Mahnung und …". */
export const CONDITION = ["wenn|falls|if|once", "noch ~1 ein|eine|einmal|mal", "one ~1 more"];

/** What a condition threatens: "dann knallt's", "you're dead", "brennt eure Filiale". */
export const CONSEQUENCE = [
  "knallts",
  "dann ~1 knallt",
  "gibts|gibt ~3 fresse|muetze|nuss|schlaege|saures",
  "ist|bist|seid|sind ~1 er|du|ihr|sie ~1 dran",
  "bist|ist|seid|sind ~1 du|er|ihr|sie ~1 tot",
  "youre|hes|shes|ur|theyre ~1 dead|finished|done",
  "done for",
  "brennt|brennen ~3 filiale|laden|buero|haus|zentrale|geschaeft|wohnung",
  "filiale|laden|buero|haus|store|office|shop|house|home|hq ~1 burns|brennt|burn",
  "baseballschlaeger|schlaeger|messer|knarre|waffe|pistole",
  "bat|knife|gun|axe|crowbar",
  "hurt|wehtun",
  // "Wenn ich den Typen von der Hotline erwische, kann der was erleben."
  "kann|koennen|kannst|koennt|wird|werden|wirst|werdet ~3 was|etwas ~1 erleben",
];

/** States the target is threatened with: "… ist bald tot", "your manager is a dead man", "ihr werdet bluten". */
export const DOOM = [
  "ist|bist|seid|sind ~1 bald ~1 tot",
  "bald ~2 tot",
  "ihr|du|sie ~1 werdet|wirst|werden ~3 bluten|sterben|leiden|bereuen",
  "is|are|youre ~1 a ~1 dead ~1 man|men",
  "youre|ur ~1 dead",
  "dead man walking",
  "make|makes ~2 you|u|yall|them ~1 bleed|suffer|pay",
  "you|u|yall ~1 will|gonna|shall ~2 die|bleed|suffer|pay",
  "youre|ur|you|u ~2 going to die|bleed|pay",
];

/** Death wishes: dying wished on someone. */
export const DEATH_WISH = [
  "verreck*",
  "krepier*",
  "stirb",
  "sterbt",
  "wuensche|wuensch|wuenschen ~6 tod|krebs|pest|cholera",
  "tod ~2 wuensche|wuensch",
  "moege|moegen|soll|sollen ~5 verrecken|sterben|krepieren|verbrennen|verrotten|absaufen|ersaufen|ertrinken",
  // "Lasst sie absaufen", "Den hätte ich ertrinken lassen": drowning wished on them, not a flooded engine.
  "lasst|lass|laesst sie|ihn|die|den|alle absaufen|ersaufen|ertrinken|verrecken|krepieren",
  "lasst|lass|laesst sie|ihn|die|den|alle doch|einfach|ruhig|alle absaufen|ersaufen|ertrinken|verrecken|krepieren",
  "absaufen|ersaufen|ertrinken|verrecken|krepieren ~1 lassen",
  "hoffe|hoffentlich ~4 stirbst|sterbt|stirbt|sterben|tot|verreckst|verreckt|krepierst|krepiert|erstickst|erstickt|ersticken|verbrennt|verbrennst|verrottet|verrottest",
  // A crash wished on the company's planes is death wished on everyone in them: "Ich hoffe euer nächster Flieger stürzt ab".
  "hoffe|hoffentlich|wuensche ~5 flieger|flugzeug|flugzeuge|maschine|maschinen|flug|jet ~3 stuerzt|stuerzen|abstuerzt|abstuerzen",
  "hope ~4 plane|planes|flight|flights|jet|jets ~2 crashes|crash|explodes|explode",
  "hope ~4 plane|planes|flight|flights|jet|jets ~2 goes|go ~1 down",
  "kys",
  "kill ~1 yourself|yourselves|urself",
  "go ~1 die",
  "just ~1 die",
  "drop dead",
  "rot|burn ~1 in ~1 hell",
  "hope ~4 die|dies|dead|rot|burns|croak|choke|chokes",
  "wish ~4 dead|died",
  "may ~4 die|rot|burn|croak",
];

/** Death-wish words that wish death on their own when said as a command: "Verreck doch!", "Go die." */
export const DEATH_COMMAND = ["verreck", "verreckt", "krepier", "krepiert", "stirb", "sterbt", "kys"];
