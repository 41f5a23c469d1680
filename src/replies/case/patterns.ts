/**
 * How people write the specifics of a case, German and English. Every pattern is bounded (no nested or open
 * repetition over the same characters), so a long comment is read in linear time.
 */

const NUMBER_WORDS_DE =
  "ein|eine|einer|einem|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|fünfzehn|zwanzig|dreißig|paar|mehreren|mehrere";
const NUMBER_WORDS_EN =
  "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|few|several";
const UNITS_DE =
  "Minuten|Minute|Min\\.?|Stunden|Stunde|Std\\.?|Tagen|Tage|Tag|Wochen|Woche|Monaten|Monate|Monat|Jahren|Jahre|Jahr";
const UNITS_EN = "minutes|minute|mins|hours|hour|hrs|days|day|weeks|week|months|month|years|year";

/** "seit drei Wochen", "über 40 Minuten", "for 2 hours", "45 minutes on hold", "after two days". */
export const DURATION = new RegExp(
  // "vor 5 Tagen", "3 days ago" keep their "vor" and "ago": when it happened, not how long it has lasted.
  `(?:(?<![\\p{L}])(?:seit|nach|über|fast|knapp|mehr als|vor|for|since|after|over|almost|nearly|more than)\\s+)?` +
    // "alle paar Minuten", "every few minutes": how often, not how long.
    // "an so einem Tag", "on such a day": which day, not how long.
    // "5x a day", "three times a week", "roasted fresh twice a week": how often; "half a day's pay": what was lost.
    `\\b(?<!(?:alle|every|so|such|solch|\\dx|times|mal|once|twice|half)\\s)(?:\\d{1,3}|${NUMBER_WORDS_DE}|${NUMBER_WORDS_EN})\\s+(?:${UNITS_DE}|${UNITS_EN})\\b(?:\\s+ago\\b)?` +
    // "My 12 year old", "mein 12 Jahre alter Sohn": an age, not how long it took; "a 9 hour flight" is the flight.
    // "zwei Tage vorher abgesagt", "two days before", "a day after the event": when, not how long.
    // "a 3 month subscription", "a 24-month fixed price", "2 year warranty", "the 30 day wait time": a term set, not a
    // wait they have had. Not "TEN DAYS later
    // it still says 'processing'": the wait, told by what has not changed.
    `(?![-\\s]?(?:old|alt|alte|alter|alten|flight|flights|drive|journey|trip|ride|shift|subscription|subscriptions|membership|contract|trial|warranty|guarantee|fixed|wait time|waiting period|period|window|frist|abo|vertrag|garantie|vorher|zuvor|davor|before|beforehand|earlier|prior|after|later(?![,\\s]+(?:\\p{L}+\\s+)?(?:still|nothing|and still)\\b)|afterwards|danach|später|spaeter)\\b)` +
    // "seit Wochen", "for weeks": how long, without a number.
    `|(?<![\\p{L}])(?:seit|for)\\s+(?:Wochen|Tagen|Monaten|Stunden|weeks|days|months|hours|ages)\\b`,
  "giu",
);

export const MONTHS_DE = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";
export const MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAYS_DE = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag";
const WEEKDAYS_EN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/** "am 3. März", "3.3.2026", "seit Dienstag", "gestern", "on March 3rd", "last Friday", "since Tuesday". */
export const DATE = new RegExp(
  [
    // Not "WP 12. Main worry": a month's name is a whole word.
    `\\b(?:am|vom|bis|seit)?\\s?\\d{1,2}\\.\\s?(?:${MONTHS_DE})(?!\\p{L})(?:\\s\\d{4})?`,
    // Not "2.1." of "Version 5.2.1.".
    `(?<![\\d.])\\b\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?(?![\\d.])`,
    `\\b(?:am|seit|letzten|letzte|diesen|vergangenen)\\s(?:${WEEKDAYS_DE})\\b`,
    `\\b(?:seit|im|Anfang|Ende|Mitte)\\s(?:${MONTHS_DE})\\b`,
    "\\b(?:vorgestern|gestern|heute (?:früh|morgen|mittag)|letzte Woche|letzter Woche|vergangene Woche)\\b",
    `\\b(?:on\\s)?(?:${MONTHS_EN})\\s\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b(?:on\\s)?\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${MONTHS_EN})\\b`,
    `\\b(?:on|since|last|this past)\\s(?:${WEEKDAYS_EN})\\b`,
    // "Thursday around 11": a weekday alone.
    `\\b(?:${WEEKDAYS_EN})\\b`,
    `\\b(?:since|in|from|early|late|mid)\\s(?:${MONTHS_EN})\\b`,
    // "our February invoice": a month before a noun; "May" only with a day, it is also a verb.
    `\\b(?:${MONTHS_EN.replace("May|", "")})(?=\\s(?:invoice|bill|statement|payment|order|delivery)\\b)`,
    "\\b(?:yesterday|the day before yesterday|last week|this morning)\\b",
  ].join("|"),
  "giu",
);

/** "49,99 €", "€49.99", "£12.50", "30 Euro", "$20", "$1.14 million" whole; never the "€2" of "€2k". */
export const AMOUNT =
  /(?:(?<=\b(?:Abbuchung|abgebucht|Betrag|Lastschrift|bezahlt|gezahlt|berechnet|charged|paid|debited|2x|zweimal|doppelt)\s(?:von\s|über\s|of\s)?)\d{1,4},\d{2}(?![\d.,]?\d)|\b\d{1,4},\d{2}(?=\s(?:abgebucht|abgezogen|berechnet|eingezogen|belastet|ab(?=[\s.!?,]|$))\b)|[€£$]\s?\d{1,6}(?:[.,]\d{3})*(?:[.,]\d{1,2})?(?:\s(?:million|billion|Mio\.|Millionen|Mrd\.|Milliarden)(?!\p{L}))?(?![\d.,]?[kKmM]\b)|\b\d{1,6}(?:[.,]\d{3})*(?:[.,]\d{1,2})?\s?(?:€|Euro|EUR|£|\$|Dollar|dollars?|pounds?|GBP|USD)(?![\p{L}]))/giu;

/** Staff and people named: "Frau Demir", "Mr Patel", "danke an Jonas", "thanks to Jamie". */
/**
 * A model or error code ("WP 9", "E118", "KS-200"), not the head of a longer reference ("A-24" of "A-24-3310").
 * Global: use `matchAll` or `search`.
 */
// Not "IMMER NOCH 24,50": a word in capitals before an amount.
export const MODEL_CODE = /\b[A-Z]{1,4}[- ]?\d{1,4}(?:\.\d{1,3})?[A-Za-z]?\b(?![-/.,]?\d)/gu;

export const PERSON = new RegExp(
  [
    "\\b(?:Frau|Herr|Herrn|Mr\\.?|Mrs\\.?|Ms\\.?)\\s[A-ZÄÖÜ][\\p{L}-]{1,30}",
    "(?<=\\b(?:[Dd]anke an|[Mm]erci (?:sagen |sage )?an(?: dä| de)?|[Dd]ankeschön an|[Dd]ankeschoen an|[Ss]hout-?\\s?out an|[Dd]ank an|[Gg]rüße an|[Tt]hanks to|[Tt]hank you to|[Ss]hout-?\\s?out to|[Pp]rops to|[Gg]roßes Lob an|[Rr]iesenlob an|[Rr]iesen Lob an|[Ll]ob an|[Kk]udos to|[Ss]peziell an|[Bb]esonders an|[Ee]specially to|[Ee]specially|[Cc]redit to)\\s)(?!(?:Trainerin|Trainer|Technikerin|Techniker|Monteurin|Monteur|Baristin|Barista|Beraterin|Berater|Kollegin|Kollegen|Mechanikerin|Mechaniker|Verkäuferin|Verkäufer|Ausbilderin|Ausbilder|Fahrerin|Fahrer|Chefin|Chef|Projektleiterin|Projektleiter|Bauleiterin|Bauleiter|Kundenberaterin|Kundenberater|Elektrikerin|Elektriker|Installateurin|Installateur)\\s)[A-ZÄÖÜ][\\p{L}-]{1,30}(?:\\s(?!(?:Team|Crew|Und|Für|Vom|Von|Aus|Im|Am|The|And|For|Café|Cafe|Hamburg|Berlin|Leipzig|Köln|Cologne)\\b)[A-ZÄÖÜ][\\p{Ll}-]{1,30}(?=[\\s,.!?:;)]|$)(?!\\s[A-ZÄÖÜ]))?",
    // "Mehmet and his crew installed our WP 9", "Piotr und sein Team", "Marta Kowalczyk and her installation crew": a
    // name with the people they lead.
    "(?:^|(?<=[.!?:]\\s))[A-ZÄÖÜ][\\p{Ll}]{1,20}(?:\\s[A-ZÄÖÜ][\\p{Ll}-]{1,30})?(?=\\s(?:and|und|&)\\s(?:his|her|their|sein|seine|ihr|ihre)\\s(?:\\p{Ll}+\\s)?(?:crew|team|colleagues?|Team|Kollegen|Kollege|Kollegin|Trupp|Jungs|Leute)\\b)",
    // "Muss ich einfach mal sagen: Ole aus der Südvorstadt hat mir das Pfand erklärt", "Sam from the Leipzig café was
    // lovely", "Mira aus der Südvorstadt hat sich … Zeit genommen": a name with the branch they work at, doing
    // something for the writer.
    "(?:^|(?<=[.!?:]\\s))(?!(?:Frau|Mann|Dame|Herr|Typ|Kerl|Junge|Mädel|Kundin|Kunde|Mitarbeiter\\p{Ll}*|Kollegin|Kollege|Barista|Baristin|Techniker\\p{Ll}*|Monteur\\p{Ll}*|Someone|Somebody|Nobody|Everyone|Jemand|Niemand|Keiner|Einer|Eine)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:aus der|aus dem|aus|from the|from|at the|in der|im)\\s[A-ZÄÖÜ][\\p{L}-]{2,30}\\s(?:hat|hatte|war|has|had|was|is|ist)\\s(?:mir|uns|me|us|so|super|echt|wirklich|really|such|an?|sowas|sich)\\b)",
    // "Der Paule in der Südvorstadt hat mir … erklärt", "die Lena in Kreuzberg hat mir … nen neuen cortado gemacht": the
    // same, with the article of colloquial German before the name.
    "(?<=(?:^|[.!?:]\\s)(?:Der|Die|Unser|Unsere|Euer|Eure|der|die)\\s)(?!(?:Frau|Mann|Dame|Herr|Typ|Kerl|Junge|Mädel|Kundin|Kunde|Mitarbeiter\\p{Ll}*|Kollegin|Kollege|Barista|Baristin|Techniker\\p{Ll}*|Monteur\\p{Ll}*|Chef\\p{Ll}*|Service|Laden|Filiale)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:aus der|aus dem|aus|in der|im)\\s[A-ZÄÖÜ][\\p{L}-]{2,30}\\s(?:hat|hatte|war|ist)\\s(?:mir|uns|so|super|echt|wirklich|sowas|sich)\\b|\\s(?:in|bei)\\s[A-ZÄÖÜ][\\p{L}-]{2,30}\\s(?:hat|hatte)\\s(?:mir|uns)\\s(?:[\\p{L}\\d]+\\s){0,6}(?:gemacht|erklärt|geholfen|gebracht|zurückgelegt|hingestellt|gezeigt|empfohlen|eingepackt|geschenkt|gerettet)\\b)",
    // "… und will mich nochmal öffentlich bedanken: Selin hat sich fast zwei Stunden Zeit genommen": the one thanked,
    // named right after the thanks.
    "(?<=\\b(?:bedanken|bedanke|[Dd]anke|thank you|thanks|[Tt]hank you|[Tt]hanks)\\s?[:!]\\s)(?!(?:Frau|Herr|Ihr|Euer|Eure|Die|Der|Das|Wir|Ich|You|Your|The|We|I)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:hat|hatte|war|ist|has|had|was|is)\\s)",
    // "Besonders Jonas hat uns die App erklärt", "especially Jonas was great": the one picked out.
    "(?<=\\b(?:[Bb]esonders|[Vv]or allem|[Ee]specially)\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:hat|war|ist|has|was|is)\\b)",
    // "Just want to say Ahmet and Lukas from your install team were stars": the first of two from one team.
    "(?<![\\p{L}\\d])[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:and|und|&)\\s[A-ZÄÖÜ][\\p{Ll}]{1,20}\\s(?:from|aus|vom|von)\\s(?:your|the|eurem|dem|Ihrem)\\s)",
    // "Ein besonderer Dank an seine Ausbilderin Petra", "thanks to our engineer Sam": the name after the role.
    "(?<=\\b(?:[Dd]ank an|[Dd]anke an|[Dd]ankeschön an|[Ll]ob an|[Tt]hanks to|[Tt]hank you to|[Ss]hout-?\\s?out to|[Kk]udos to)\\s(?:(?:seine|seinen|ihre|ihren|Ihre|Ihren|eure|euren|deine|deinen|meine|meinen|unsere|unseren|die|den|his|her|my|our|your|the)\\s)?(?:Ausbilderin|Ausbilder|Trainerin|Trainer|Mechanikerin|Mechaniker|Verkäuferin|Verkäufer|Kollegin|Kollegen|Technikerin|Techniker|Beraterin|Berater|Monteurin|Monteur|Baristin|Barista|Projektleiterin|Projektleiter|Chefin|Chef|trainer|mentor|instructor|technician|engineer|installer|colleague|barista|manager|advisor|adviser)\\s)[A-ZÄÖÜ][\\p{Ll}-]{1,30}(?:\\s[A-ZÄÖÜ][\\p{Ll}-]{1,30}(?=[\\s,.!?]|$)(?<!\\s(?:Für|Vom|Von|Aus|Und|The|And|For)))?",
    // "Special mention to project lead Aylin Demir", "your project lead Meike Sander": a name after a role of theirs.
    // "their site lead, Katarina Berisha, ran …": the role, a comma, the name.
    // "your project lead Dr. Anna Reuter": the title before the name is left out.
    "(?<=\\b(?:project lead|project manager|site lead|site manager|team lead|foreman|Projektleiterin|Projektleiter|Bauleiterin|Bauleiter|Kundenberaterin|Kundenberater),?\\s(?:Dr\\.?\\s|Prof\\.?\\s)?)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?:\\s[A-ZÄÖÜ][\\p{Ll}-]{1,30})?",
    // "Huge thanks to Dariusz and Lena who installed …": the second of two thanked.
    "(?<=\\b(?:[Dd]anke an|[Dd]ankeschön an|[Dd]ankeschoen an|[Ss]hout-?\\s?out an|[Dd]ank an|[Gg]rüße an|[Tt]hanks to|[Tt]hank you to|[Ss]hout-?\\s?out to|[Pp]rops to|[Gg]roßes Lob an|[Rr]iesenlob an|[Rr]iesen Lob an|[Ll]ob an|[Kk]udos to)\\s[A-ZÄÖÜ][\\p{L}-]{1,30}\\s(?:and|und|&)\\s)[A-ZÄÖÜ][\\p{L}-]{1,30}",
    // "… sent you a DM in a panic and Jonas swapped it before it even shipped", "line was out the door and Mia STILL
    // remembered my oat cortado", "the courier cancelled, and Lea just drove it over herself": a name doing something
    // for the writer.
    "(?<=(?:^|[.!?]\\s|\\b(?:[Aa]nd|[Uu]nd|[Bb]ut|[Aa]ber|[Tt]hen|[Dd]ann)\\s))(?!(?:You|We|They|He|She|It|Er|Sie|Es|Wir|Ihr|Und|Aber|Dann|Auch|Also|Doch|And|But|Then|So)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:(?:still|STILL|even|actually|just|simply|sogar|noch|einfach|kurzerhand)\\s)?(?:remembered|remembers|drove|delivered|fuhr|recognised|recognized|swapped|switched|translated|fixed|sorted|replaced|exchanged|rescued|saved|refunded|rebooked|tauschte|reparierte|rettete|brought|explained|showed|helped|recommended|replied|answered|responded|antwortete|brachte|erklärte|zeigte|empfahl|got\\sback\\sto\\s(?:me|us)|called\\s(?:me|us)\\sback|rang\\s(?:me|us)\\sback|rief\\s(?:mich|uns)\\szurück|took\\sthe\\stime|nahm\\ssich\\s(?:die\\s)?Zeit|(?:hat|hatte)\\s(?:mir|uns|sich)|made\\s(?:me|us)\\s(?:a|an|the)|walked\\s(?:me|us)\\sthrough)\\b)",
    // "Monteur Kalle Wirtz un sing Kolleje han …", "Barista Jonas hat mir … hingestellt": a name after the role it
    // serves in, a title or a day never.
    "(?<=\\b(?:Monteur|Monteurin|Techniker|Technikerin|Barista|Baristin|Servicetechniker|Solarteur|Azubi|Kollege|Kollegin|Lehrling|fitter|engineer|technician|barista|installer|apprentice|colleague)\\s)(?!(?:Herr|Herrn|Frau|Mr|Mrs|Ms|Der|Die|Das|Und|Aus|Vom|Von|Im|Am|In|Heute|Gestern|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|And|From|At|On|Was|Is|Has|Had|Kam|Kommt|Hat|War|Ist)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?:\\s(?!(?:Und|Aus|Vom|Von|Im|Am|In|The|And|From|At|On|Was|Is|Has|Had|Kam|Kommt|Hat|War|Ist)\\b)[A-ZÄÖÜ][\\p{Ll}-]{1,30}(?=[\\s,.!?]|$))?",
    // "… but Sophie on the shop chat had a fresh bag out the same afternoon", "und Jana an der Hotline hat …": a name
    // with the desk they serve at.
    "(?<=\\b(?:[Bb]ut|[Aa]nd|[Aa]ber|[Uu]nd|[Tt]hen|[Dd]ann)\\s)(?!(?:You|We|They|He|She|It|Er|Sie|Es|Wir|Ihr)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:on|at|from)\\sthe\\s(?:\\p{Ll}+\\s)?(?:chat|phone|hotline|counter|till|desk|line)\\b|\\s(?:am\\sTelefon|im\\s(?:[\\p{L}-]+-)?Chat|an\\sder\\s(?:Hotline|Kasse|Theke))\\b)",
    // "Lotte and crew handled it like pros", "Emre und Team haben …": a name that leads the crew thanked.
    "(?<![\\p{L}\\d@])(?!(?:You|We|They|He|She|It|Er|Sie|Es|Wir|Ihr|The|Die|Der|Das|Our|Your|Unser|Euer)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:and|und|&)\\s(?:the\\s|das\\s|die\\s)?(?:crew|team|Team|Crew|gang)\\b\\s(?:handled|did|were|was|made|hat|haben|waren|war|nailed|killed|rocked|sorted))",
    // "… hat Lukas das an einem Vormittag umgestellt": a name after its verb, with what they did for the writer.
    "(?<=\\b(?:hat|hatte)\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:das|es|alles|uns|mir)\\s(?:[\\p{L}]+\\s){0,5}(?:umgestellt|gelöst|geklärt|repariert|erledigt|getauscht|organisiert|hinbekommen|geregelt|gerettet)\\b)",
    // "Merle stand auf dem Namensschild", "(Lea steht aufm Schild)": the name read off the badge.
    "(?<![\\p{L}\\d])[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:stand|steht)\\s(?:auf\\sdem|aufm|auf\\sihrem|auf\\sseinem)\\s(?:Namensschild|Schild)\\b)|(?<=\\bNamensschild:?\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}",
    // "plus ne handgeschriebene Karte von Jule", "a handwritten note from Sam": who wrote to the customer.
    "(?<=\\b(?:Karte|Postkarte|Grußkarte|Notiz|Zettel|Brief|card|note|letter)\\s(?:von|from)\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=[\\s,.!?)]|$)",
    // "Please tell Jonas thank you from an old lady", "Sagt Mia danke von mir": a name thanked through the company.
    "(?<=\\b(?:[Tt]ell|[Ss]ag|[Ss]agt|[Ss]agen Sie)\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:thank|thanks|danke|vielen|a big))",
    // "eine Stunde später stand Murat vor der Tür", "Sam was at our door within the hour": who came to help.
    "(?<=\\b(?:stand|kam|war)\\s)(?!(?:Jemand|Niemand|Keiner|Keine|Einer|Eine|Das|Der|Die|Er|Sie|Es)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:schon\\s|bereits\\s)?vor\\s(?:der|unserer|meiner)\\sT(?:ü|ue)r\\b)|(?:^|(?<=[.!?:,]\\s|\\b(?:and|then)\\s))(?!(?:Someone|Nobody|Anyone|He|She|They|It)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:was|stood)\\s(?:already\\s)?at\\s(?:my|our|the)\\sdoor\\b)",
    // "hat Jana aus eurem Team uns … geschickt", "Mira aus eurem B2B-Team", "Sam from your events team": one of theirs.
    // Not "top Arbeit von Ihrem Team": what the team did.
    "(?<![\\p{L}\\d])(?!(?:Jemand|Niemand|Keiner|Keine|Einer|Eine|Someone|Nobody|Anyone|Everyone|One|Arbeit|Leistung|Einsatz|Service|Beratung|Hilfe|Unterstützung|Montage|Installation|Kommunikation|Work|Job|Help|Support)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:aus|von)\\s(?:eurem|Ihrem|ihrem|dem|deinem)\\s(?:[\\p{L}\\d]+-)?Team\\b|\\sfrom\\s(?:your|the)\\s(?:[\\p{L}\\d-]+\\s)?team\\b|\\sfrom\\s(?:your\\s|the\\s)?(?:customer service|customer care|support|hotline|billing)\\b|\\s(?:aus dem|vom)\\s(?:Kundenservice|Service|Support)\\b|\\saus\\s(?:eurem|Ihrem|dem)\\s(?:Café|Cafe|Laden)(?!\\p{L}))",
    // "an engineer, Jonas I think, was here by 1am", "der Monteur, Kemal glaub ich, …": a name guessed after the role.
    "(?<=\\b(?:engineer|technician|installer|fitter|barista|guy|lady|chap|bloke|Monteur|Techniker|Installateur|Barista|Baristin),?\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=,?\\s(?:I think|I believe|ich glaube?|glaub ich)\\b)",
    // "ich glaub sie heißt Merle?", "I think her name is Dana": the name guessed is the one praised.
    "(?<=\\b(?:[Ss]ie|[Ee]r|[Ss]he|[Hh]e)\\s(?:heißt|heisst|hieß|hiess)\\s|\\b(?:[Hh]er|[Hh]is)\\sname\\s(?:is|was)\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=[\\s,.!?)]|$)",
    // "Eure Monteure Dennis und Ahmet standen … vor der Tür": two names right after the crew that did the work.
    "(?<=\\b(?:Monteure|Techniker|Handwerker|Installateure|Elektriker|installers|engineers|fitters|technicians)\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:und|and|&)\\s[A-ZÄÖÜ][\\p{Ll}]{1,20}\\b)",
    "(?<=\\b(?:Monteure|Techniker|Handwerker|Installateure|Elektriker|installers|engineers|fitters|technicians)\\s[A-ZÄÖÜ][\\p{Ll}]{1,20}\\s(?:und|and|&)\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=[\\s,.!?]|$)",
    // "Marek und Jonas haben die WP 12 in zwei Tagen eingebaut": two names doing the work, at a sentence's start.
    // "… in Hamburg – Kim und Ole haben an zwei Tagen über 800 Cappuccini gemacht": after a dash as well.
    // "Jannik und Serkan waren letzte Woche 2 Tage bei uns in Hürth": who came, likewise (not "Mama und Papa waren").
    "(?:^|(?<=[.!?:–—]\\s))(?!(?:Mama|Papa|Oma|Opa|Mum|Mom|Dad|Mutti|Vati)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:und|and|&)\\s(?!(?:Mama|Papa|Oma|Opa|Mum|Mom|Dad|Mutti|Vati)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?:\\s(?:von|vom|from)\\s\\p{Lu}[\\p{L}-]+)?\\s(?:haben|hatten|have|had|did|fitted|installed|put|mounted|built|set up|waren|were|kamen|came)\\b)",
    "(?<=(?:^|[.!?:–—]\\s)(?!(?:Mama|Papa|Oma|Opa|Mum|Mom|Dad|Mutti|Vati)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}\\s(?:und|and|&)\\s)(?!(?:Mama|Papa|Oma|Opa|Mum|Mom|Dad|Mutti|Vati)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=(?:\\s(?:von|vom|from)\\s\\p{Lu}[\\p{L}-]+)?\\s(?:haben|hatten|have|had|did|fitted|installed|put|mounted|built|set up|waren|were|kamen|came)\\b)",
    // "mit dem Montageteam um Tarek Nasser", "the crew led by Jan Berg": the name the crew is known by.
    "(?<=\\b(?:Team|Montageteam|Monteurteam|Installationsteam|Crew|Trupp|team|crew)\\s(?:um|rund um|around|led by)\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?:\\s[A-ZÄÖÜ][\\p{Ll}-]{1,30}(?=[\\s,.!?:;)]|$))?",
    // "das liegt auch an Murat, Ihrem Techniker": a name with the role said after it.
    "(?<![\\p{L}\\d])[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=,\\s(?:Ihrem|Ihrer|eurem|eurer|unserem|unserer|your|our|the|der|die|euer|eure|Ihr|Ihre)\\s(?:Techniker|Technikerin|Monteur|Monteurin|Berater|Beraterin|Installateur|Barista|Baristin|technician|engineer|installer|barista|adviser|advisor)\\b)",
    // "Rheinwerk installer Tobias Brandt and his team fitted our WP 9": a name right after the role, with what they did.
    "(?<=\\b(?:installer|technician|engineer|barista|fitter|electrician|mechanic|trainer|Trainer|Trainerin|Kursleiter|Kursleiterin|Mechaniker|Mechanikerin|Installateur|Installateurin|Techniker|Technikerin|Monteur|Monteurin|Baristin|Elektriker|Elektrikerin)\\s)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?:\\s[A-ZÄÖÜ][\\p{Ll}-]{1,30})?(?=\\s(?:and|und|&|has|had|was|did|fitted|installed|explained|came|picked|drove|stayed|went|took|walked|told|hat|hät|war|kam|baute|erklärte|blieb|fuhr|holte|nahm|muss|ist|is)\\b|[,.!])",
    // Not "die Kleine mit den Locken an der Bar": what marks someone out is no name; nor "3 Minuten Schlange an der
    // Bar": a queue. "Aylin an der Maschine hat … Latte-Art-Minikurse gegeben": the one at the machine too.
    "(?<![\\p{L}\\d])(?<!\\b(?:mit den|mit der|mit dem|with the|with)\\s)(?!(?:Schlange|Warteschlange|Wartezeit|Queue)\\b|[\\p{L}]+ung\\b)[A-ZÄÖÜ][\\p{L}]{1,20}(?=\\s(?:am|an der|von der|at the|from the|on the|behind the|hinterm|hinter dem|hinter der)\\s(?:Tresen|Kasse|Theke|Bar|Hotline|Info|Maschine|counter|desk|till|bar|phone|hotline|front desk|machine))",
    // "an den Barista mit dem Schnurrbart in Leipzig (Anton, glaub ich?)": a name in brackets after the one serving;
    // not the label of a number ("Frau Demirci hat meinen Fall (Ticket 40-7712 …)").
    "(?<=\\b(?:Barista|Baristas|Baristin|Techniker|Technikerin|Monteur|Fahrer|Fahrerin|Mitarbeiter|Mitarbeiterin|Kollege|Kollegin|Berater|Beraterin|Typ|Frau|Mann|Kleine|Junge|Dame|barista|technician|engineer|driver|installer|fitter|agent|guy|lady)\\b[^()\\n]{0,60}\\()(?!(?:Ticket|Vorgang|Vorgangsnummer|Kundennummer|Bestellung|Bestellnummer|Auftrag|Auftragsnummer|Vertrag|Vertragsnummer|Rechnung|Order|Case|Ref)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=[,?)\\s])",
    // "the engineer who came Tuesday, Lukas, absolute legend": a name set beside the one who served, between commas.
    "(?<=\\b(?:Barista|Baristin|Techniker|Technikerin|Monteur|Monteurin|Fahrer|Fahrerin|Berater|Beraterin|Installateur|barista|technician|engineer|driver|installer|fitter|electrician|adviser|advisor)\\b[^.!?,()\\n]{0,50},\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?:\\s[A-ZÄÖÜ][\\p{Ll}-]{1,30})?(?=,\\s|\\s[–—]\\s)",
    // "shoutout to the Rheinwerk crew who did our solar roof in Hennef, Piotr and Lukas, finished a day early": the
    // pair of names after the crew.
    "(?<=\\b(?:crew|team|installers|fitters|engineers|Team|Monteure|Techniker|Handwerker|Jungs)\\b[^.!?]{0,60},\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:and|und|&)\\s[A-ZÄÖÜ][\\p{Ll}]{1,20}\\b)",
    "(?<=\\b(?:crew|team|installers|fitters|engineers|Team|Monteure|Techniker|Handwerker|Jungs)\\b[^.!?]{0,60},\\s[A-ZÄÖÜ][\\p{Ll}]{1,20}\\s(?:and|und|&)\\s)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=[,.!?\\s]|$)",
    // "and Jana let him help wire a real heat pump control cabinet", "Mehmet took us through the whole application": a
    // first name doing something for the writer's family.
    "(?:^|(?<=[.!?:]\\s)|(?<=\\b(?:and|und)\\s))(?!(?:Everyone|Everybody|Nobody|Someone|Somebody|Jemand|Keiner|Niemand)\\b)[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:let|took|walked|showed|helped|talked|guided|ließ|liess|nahm|zeigte|half|erklärte)\\s(?:him|her|us|me|them|ihn|uns|mich|mir|ihm)\\b)",
    // "Just want to say Mateo at the Ottensen café is a legend": a name said with where they work.
    "(?<=\\b(?:[Ss]ay|[Ss]agen)\\s)[A-ZÄÖÜ][\\p{Ll}-]{1,20}(?=\\s(?:at|from|in|aus|vom|im)\\s(?:the|your|eurem|der|dem)\\s)",
    // "Thanks Lena for sorting it so fast!", "Danke Jonas für die Hilfe": a name thanked for what they did.
    "(?<=\\b(?:[Tt]hank you|[Tt]hanks|[Dd]anke|[Vv]ielen [Dd]ank)\\s)(?!(?:So|Again|Everyone|All|Guys|Team|Euch|Ihnen|Dir)\\b)[A-ZÄÖÜ][\\p{Ll}-]{1,30}(?=\\s(?:for|für)\\s)",
    // "Thank you Aisha from support", "Danke an Jonas vom Kundenservice": a name with the team it belongs to.
    "(?<=\\b(?:[Tt]hank you|[Tt]hanks|[Dd]anke|[Vv]ielen [Dd]ank)\\s)[A-ZÄÖÜ][\\p{Ll}-]{1,30}(?=\\s(?:from|at|in|vom|von der|aus dem|aus der|im)\\s)",
    // "Mia aus dem Café in Leipzig hat mir …", "Tom from the Hamburg café": a first name with the place they work.
    "(?:^|(?<=[.!?:]\\s)|(?<=\\b(?:und|and|aber|but)\\s))[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:aus dem|aus der|aus eurem|aus eurer|aus Ihrem|aus Ihrer|vom|von der|from the|from your|at the|at your)\\s(?:\\p{Lu}[\\p{L}-]+\\s)?(?:Café|Cafe|café|cafe|Filiale|Laden|Hotline|Kundenservice|Team|Service|Support|Kundensupport|branch|shop|store|hotline|team|support)(?!\\p{L}))",
    // "Lina in Ottensen macht den besten Cortado": a first name with their café, doing what a barista does.
    // "Wollte nur mal sagen: Ole in Altona hat mir … erklärt": or what they did for the writer.
    "(?:^|(?<=[.!?:]\\s))[A-ZÄÖÜ][\\p{Ll}]{1,20}(?=\\s(?:in|aus|at|from)\\s\\p{Lu}[\\p{L}-]+\\s(?:macht|backt|zaubert|brüht|makes|bakes|brews|pulls|hat\\s(?:mir|uns|sich)|hatte\\s(?:mir|uns|sich)|helped|explained|showed|took|ist\\s(?:der|die)\\sbeste|is\\sthe\\sbest)\\b)",
    // "… explained everything. Thanks Tom!", "Danke, Jana 🙏": a name thanked at the end (not the company's: compose).
    "(?<=(?:^|[.!?,]\\s)(?:[Tt]hank you|[Tt]hanks|[Dd]anke|[Vv]ielen [Dd]ank),?\\s)[A-ZÄÖÜ][\\p{Ll}-]{1,20}(?=\\s?(?:[!.,]|$|\\p{Extended_Pictographic}))",
    // Not a product's name: "Die neue Röstung Abendrot ist großartig".
    // Not a thing with its article: "der Kuchen war klasse", "the cake was great".
    "(?<![\\p{L}\\d])(?<!(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]ein\\p{Ll}*|[Tt]he|[Mm]y|[Mm]ein\\p{Ll}*|[Uu]nser\\p{Ll}*|[Oo]ur|[Yy]our|[Ee]uer|[Ee]ur\\p{Ll}+|[Ii]hr\\p{Ll}*)\\s)(?<!(?:Röstung|Sorte|Mischung|Blend|Kaffee|Espresso|Flat|flat|Cold|cold|Bohne|Bohnen|Tarif|Produkt|Modell|Kollektion|roast|blend|coffee|beans?|model|tariff|product|collection)\\s)[A-ZÄÖÜ][\\p{L}]{1,20}(?=,?\\s(?:was|war|ist|is|has been)\\s(?:so\\s|really\\s|super\\s|wirklich\\s|echt\\s|incredibly\\s|very\\s|extremely\\s|sehr\\s|total\\s|unglaublich\\s)?(?:brilliant|great|amazing|fantastic|lovely|so helpful|helpful|patient|kind|friendly|super|toll|klasse|spitze|großartig|freundlich|hilfsbereit|geduldig|nett|a legend|a star|a gem|the best|der beste|die beste|ein schatz|eine legende|ein engel|a hero|ein held|eine heldin))",
  ].join("|"),
  "gu",
);

/**
 * The stems of coarse adjectives as they stand inflected before a noun ("beschissene", "bescheuerte", "verdammte",
 * "doofe"): read as adjectives when a phrase is set in true case, and never said back of a thing of ours.
 */
export const COARSE_ADJECTIVE_STEMS = "beschissen|bescheuert|verdammt|verflucht|dämlich|daemlich|blöd|bloed|doof|mies";

/** Words that begin a sentence or are common nouns, never a staff member's name in PERSON's later forms. */
export const NOT_NAMES = new Set(
  "Huge Massive Special Big Many Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Monday Tuesday Wednesday Thursday Friday Saturday Sunday Heute Gestern Morgen Today Yesterday Das Die Der Es Er Sie Ihr Wir Ich It He She They This That Den Dem Ihre Ihren Ihrem Ihrer Eure Euren Eurem Eurer Euer Deine Deinen Deinem Unsere Unseren Unserem Meine Meinen Seine Seinen Your Our My His Her Their The Service Support Team Essen Kaffee Lieferung App Preis Personal Alles All Everything Everyone Everybody Nothing Alle Staff Food Coffee Typen Typ Tante Hotline Dame Herr Kollegin Kollege Monteur Techniker Mitarbeiter Mitarbeiterin Fahrer Fahrerin Berater Beraterin Bedienung Installateur Leute Menschen Mitarbeitende Personal Kolleginnen Kollegen People Folks Guys Person Frau Mann Kunde Kundin Chef Chefin Name Namen Locken Brille Dr Prof".split(
    " ",
  ),
);

/** "report a gas smell", "Im Keller riecht es nach Gas": a smell of gas reported. */
export const GAS_SMELL =
  /gasgeruch|gas smell|gas leak|smel\w* (?:of )?gas|riecht\w* (?:es )?nach gas|roch (?:es )?nach gas/iu;

/** A card or voucher of the company's, as a comment names it: "Gutschein", "Stempelkarte", "gift card". */
export const CARD =
  /\b(stempelkarte|bonuskarte|gutscheinkarte|geschenkkarte|geschenkgutschein|gutschein|stamp card|loyalty card|gift card|voucher)\b/iu;
/** A card or voucher turned down: "nicht angenommen", "ungültig", "abgelaufen", "not accepted", "invalid". */
export const REFUSED =
  /nicht angenommen|nicht akzeptiert|abgelehnt|ungültig|ungueltig|abgelaufen|not accepted|refused|invalid|expired|wouldn'?t take|won'?t take/iu;
