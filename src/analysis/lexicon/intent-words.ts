/**
 * What a comment wants, German and English, folded like comments (see patterns.ts for the phrase syntax):
 * problems stated as facts, the topics that say which kind of problem or question it is, politics that is not
 * about the company, and the negative facts that turn praise into sarcasm.
 */

/** A product that burned: "caught fire in my garage", "ist in Brand geraten", "the charger exploded". */
const FIRE = [
  "caught|catch|catches|catching ~1 fire",
  "burst ~1 into ~1 flames",
  "on fire",
  "in ~1 brand ~1 geraten|gesetzt",
  "in ~1 flammen ~1 aufgegangen",
  "explodiert",
  "exploded",
  // The fire brigade called out, not "habt ihr der Feuerwehr stundenlang Kaffee rausgebracht. Danke euch".
  "feuerwehr ~3 kam|kamen|kommen|gerufen|rufen|anruecken|ausruecken|loeschen|musste|war ~1 da",
  "musste|mussten|haben|hab|habe ~4 feuerwehr ~1 rufen|gerufen|holen|geholt",
  "fire ~1 brigade|department|service ~3 came|called|arrived|had|were",
  "call|called ~2 the ~1 fire ~1 brigade|department|service",
  "ueberhitzt",
  "overheated",
];

/** Something failed: did not work, did not arrive, was charged, broke, was cancelled, is still awaited. */
export const FAILURE = [
  // "the app closes every time I tap on Documents", "die App schließt sich jedes Mal".
  "closes|crashes|quits ~2 every ~1 time|whenever",
  "keeps ~1 closing|crashing",
  // "the subscription you can pause anytime kept charging me for 3 months after I paused it".
  "kept|keeps ~1 charging|billing|taking ~1 me|us|money",
  "schliesst ~1 sich ~3 jedes|immer|staendig",
  // "11,60 € mit karte. auf dem konto steht das jetzt zweimal", "auf dem Konto doppelt".
  "konto ~4 zweimal|doppelt|2x",
  // "Hab extra gesagt Flat White mit Hafer …, bekommen hab ich offensichtlich Kuhmilch".
  "bekommen ~1 hab|habe ~2 ich ~2 offensichtlich|trotzdem|aber|dann",
  // "Die Wärmepumpe steht … in der Garage, nur anschließen will sie keiner".
  "anschliessen|einbauen|abholen|reparieren|installieren ~3 will|moechte|wollen ~2 keiner|niemand",
  // "the monitoring portal show 0 kWh for 3 weeks now but the inverter display say it is producing".
  "show|shows|showing|zeigt|zeigen ~2 0|null|zero ~1 kwh",
  "nobody|noone ~1 answer|answers|answered|reply|replies|replied ~2 my|our ~1 email|emails|mail|mails",
  // "cappuccino bestellt, 4,20 gezahlt, kartenzahlung ging 2x durch", "our electricity use has tripled".
  "ging|gingen|lief|liefen ~1 2x|zweimal|doppelt ~1 durch",
  "use|usage|consumption|verbrauch ~3 tripled|doubled|quadrupled|verdoppelt|verdreifacht",
  // "eure Jahresabrechnung sagt ich hätte 6.840 kWh verbraucht … das is fast doppelt so viel wie letztes Jahr".
  "doppelt|dreimal ~1 so ~1 viel ~1 wie ~1 letztes|im ~1 jahr|vorjahr",
  "twice|double ~1 as ~1 much ~1 as ~1 last ~1 year",
  // "WP 9 halb eingebaut, Monteur seit Donnerstag weg": a job left half done, the fitter gone.
  "halb ~1 eingebaut|angeschlossen|montiert|fertig",
  "monteur|techniker|handwerker|fitter ~3 weg|verschwunden|abgehauen",
  "install|installation|job|work ~2 half ~1 done|finished|fitted",
  "left ~4 half ~1 done|finished|installed|fitted",
  // "mein abo paket is schon zum zweiten mal leer angekommen", "the box arrived empty".
  "leer ~1 angekommen|geliefert|ankam",
  "arrived|came|delivered ~1 empty",
  // "kam heute an aber ohne bohnen, nur n leerer karton", "just an empty box".
  "nur ~2 leerer|leere|leeres|leeren ~1 karton|paket|box|tuete|packung",
  "just|only ~2 an ~1 empty ~1 box|parcel|bag|package",
  // "since last week's update the app only shows 'Keine Daten verfügbar'".
  "app ~3 only|just ~1 shows|displays|says",
  "app ~1 zeigt ~4 nur",
  // "gebeten, den Vertrag auf mich umzuschreiben. Seitdem kommen weiter Briefe an ihn, und letzte Woche eine Mahnung":
  // a change asked for and not made, the post still going to the one who died or moved out.
  "seitdem|weiterhin|noch|trotzdem ~3 kommen|kommt|kam|kamen ~3 briefe|post|rechnungen|mahnung|mahnungen",
  "mahnung|mahnungen|briefe|rechnung|rechnungen ~4 an ~1 ihn",
  "umzuschreiben|umschreiben ~8 seitdem|weiterhin|trotzdem",
  "still|keep|keeps ~3 sending|getting|coming|addressed ~4 letters|bills|post|mail|reminders ~4 to|for ~1 him|her|my ~1 late|husband|wife",
  // "Emailed you Thursday about my meter, it's Tuesday", "Am Donnerstag gemailt, heute ist Dienstag": a message sent
  // on one day and the day it is now, with nothing between them.
  "emailed|mailed|messaged|wrote|called|rang|dmed ~2 you|u|ya ~4 monday|tuesday|wednesday|thursday|friday|saturday|sunday ~8 its|it's|now|today ~2 monday|tuesday|wednesday|thursday|friday|saturday|sunday",
  // "hab freitag bei euch angerufen wegen dem Zählertausch, da hieß es wir rufen sie heute noch zurück. heute is montag".
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag ~4 gemailt|geschrieben|angerufen|gemeldet ~16 heute|jetzt ~2 ist|is|haben|hab ~2 montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
  // Supply cut off: "Ihr habt uns einfach den Strom abgestellt", "cut off our gas", "Seit heute 7 Uhr nix".
  "strom|gas|wasser|heizung|warmwasser|internet|leitung|anschluss ~3 abgestellt|abgeschaltet|abgeklemmt|gesperrt|gekappt",
  "abgestellt|abgeschaltet|abgeklemmt|gesperrt ~3 strom|gas|wasser|internet|anschluss",
  "seit ~4 uhr ~1 nix|nichts",
  // "ihr habt als Zählerstand 45.812 genommen, abgelesen hab ich 44.812. Da hat wohl jemand ne 4 und ne 5 verwechselt":
  // a reading taken wrong on their bill.
  "zaehlerstand|zaehlerstaende|ablesung|reading|readings ~24 verwechselt|vertauscht|swapped",
  "zaehlerstand|zaehlerstaende|ablesung|reading|readings ~24 mixed ~1 up",
  // "Kreuzberg heute um 8:15 immer noch zu, obwohl angeblich ab 7:30 offen", "still closed at 9 although it says 8":
  // shut when it should be open.
  "zu|geschlossen|closed|shut ~8 obwohl|although|though|angeblich|supposedly|eigentlich ~6 offen|geoeffnet|open|opens",
  "standen|stand|stood|waited ~4 vor|outside|at ~2 verschlossener|verschlossenen|geschlossener|locked|closed ~1 tuer|door|doors",
  // "found a locked door at 8 again": the café shut when they came.
  "found|faced ~2 locked|closed ~1 door|doors",
  // "…, obwohl die Rate über 96,40 € am 28. überwiesen wurde", "even though I paid the bill": paid, and still.
  "abgestellt|abgeschaltet|abgeklemmt|gesperrt|off ~7 obwohl|although|though ~8 bezahlt|beglichen|ueberwiesen|paid",
  // "die Tüte „Kreuzberg Blend“ nur halb voll … 310 Gramm statt 500": short weight.
  "nur ~1 halb ~1 voll|gefuellt",
  "only ~1 half ~1 full",
  "gramm|g|grams ~1 statt|instead",
  // "serviced my heat pump yesterday and now the utility room is flooded", "der Keller steht unter Wasser".
  "flooded",
  "steht|stand|stehen ~2 unter ~1 wasser",
  // "now there's a damp patch on the bedroom ceiling", "ein feuchter Fleck an der Decke".
  "damp|wet|water ~1 patch|patches|stain|stains",
  "feuchter|feuchten|nasser|nassen ~1 fleck|flecken",
  // "Unsere WP 12 ist seit Samstag früh aus": a machine that has been off since.
  "ist|sind|war|waren ~1 seit ~3 aus",
  // "hafer flat white bestellt und kuhmilch bekommen": ordered one thing, got another. Not "Sonntag bestellt und
  // Dienstag bekommen", nor "Hafermilch bestellt und auch Hafermilch bekommen".
  "bestellt|bestelle|bestellte ~1 und ~1 kuhmilch|vollmilch|laktose*|falsche|falschen|falsches ~2 bekommen|gekriegt|erhalten|serviert",
  "bestellt|bestelle|bestellte ~1 und ~1 was|etwas ~1 anderes ~1 bekommen|gekriegt|erhalten|serviert",
  // "auf meine Mails an den Projektleiter kommt seit drei Wochen nichts mehr", "es gibt keinen Termin".
  "kommt|kam ~4 nichts|nix ~1 mehr",
  "gibt ~2 keinen|noch ~1 termin|keinen ~1 termin",
  // "asked the barista … and got an eye roll": treated with contempt.
  "got|gets|get ~2 an ~1 eye ~1 roll",
  "rolled ~1 her|his|their ~1 eyes ~2 at ~1 me|us",
  "augen ~1 verdreht",
  // "Ich sag extra HAFER, krieg trotzdem Kuhmilch", "asked for oat and still got dairy": what was asked for, not given.
  "extra ~4 krieg|kriege|krieg's|bekomm|bekomme|bekommen|gab|gibt ~1 trotzdem|dennoch",
  // "the barista promised us the brownie was nut free. It wasn't. We spent the afternoon at the pharmacy".
  "nut|gluten|dairy|lactose|milk|soy|sesame ~1 free ~3 wasnt|wasn|isnt|isn",
  "nussfrei|glutenfrei|laktosefrei|milchfrei|sesamfrei ~4 war|ist ~2 es|er|sie ~1 nicht|aber",
  "allergy|allergic|allergie|allergisch ~12 pharmacy|apotheke|hospital|krankenhaus|notaufnahme|epipen|notarzt|ambulance|rash|ausschlag|reaction|reaktion",
  // "Got charged €6.80 for an oat flat white today because 'plant milk costs extra'": a surcharge, told as the reason.
  "charged|berechnet|kassiert ~12 costs|cost|kostet|kosten ~1 extra",
  // "hab mein abo extra pausiert … jetzt … n paket von euch bei ihm liegt?? und abgebucht wurde natürlich auch".
  "pausiert|paused ~20 paket|parcel|box|abgebucht|charged|geliefert|delivered",
  // "hab extra 2x gesagt hafer … trotzdem kuhmilch bekommen".
  "trotzdem|dennoch ~2 kuhmilch|vollmilch|laktose|zucker|sirup|nuesse|sahne ~2 bekommen|gekriegt|jekriegt|serviert|bekam|drin|drauf",
  // "3x diese Woche Cappu mit Hafer bestellt, 3x Kuhmilch bekommen": ordered with oat, served with dairy.
  "hafer|soja|mandel|oat ~4 bestellt|ordered ~4 kuhmilch|vollmilch|dairy ~2 bekommen|gekriegt|jekriegt|serviert|got",
  "asked|ordered ~4 still ~1 got|get|gave|given",
  // "412 € Nachzahlung … Da stimmt doch was nicht": something is wrong with what they got.
  "stimmt ~2 was|etwas|irgendwas ~4 nicht",
  "something|somethings|something's ~1 not|isnt|isn't ~1 right",
  // "an der Kasse heißt es „geht nur online“": turned away at the till.
  "heisst|hiess ~1 es ~3 geht ~1 nicht|nur",
  // "meter reading won't submit in the app, just spins forever".
  "wont|won't|doesnt|doesn't|didnt|didn't ~1 submit|save|upload|send|load",
  // "Gift card won't work online", "der Gutschein geht nicht".
  "card|giftcard|voucher|code|gutschein|gutscheincode ~2 wont|doesnt|didnt|isnt ~1 work|working",
  // "kaffee kam gemahlen, hatte bohnen bestellt 🙄": ground where beans were ordered.
  "kam|kamen|came ~1 gemahlen|ground ~4 hatte|habe|hab|had|ordered ~2 bohnen|beans|ganze|whole ~2 bestellt|ordered|beans|bohnen",
  // "kam komplett gemahlen an – bestellt waren ganze Bohnen".
  "kam|kamen ~2 gemahlen ~1 an",
  "bestellt ~1 waren|war ~2 ganze ~1 bohnen|bohne",
  "spins|spinning|loads|loading ~1 forever",
  // A car back from the workshop: "hat mein Lenkrad ein Flattern ab 100 km/h", "the steering wheel shakes", "der
  // Fahrersitz voller Schmierfett", "a warning light on the whole time".
  "flattern|flattert|flatterte|vibriert|vibrierte|klappert|klapperte|quietscht|quietschte|rattert|ratterte",
  "wobble|wobbles|wobbling|shakes|shaking|rattles|rattling|squeaks|squeaking",
  "voller|voll ~2 schmierfett|dreck|fett|oel|flecken|krumel|kruemel|kippen|zigarettenkippen|matsch|hundehaare",
  "covered ~1 in ~2 grease|oil|mud|dirt",
  "warning ~1 light|lights ~4 on|came",
  "warnleuchte|kontrollleuchte|motorkontrollleuchte ~4 an|leuchtet|leuchtete|brennt",
  // "380 € höher als der Kostenvoranschlag", "£300 more than the quote": billed over what was quoted.
  "hoeher|mehr|teurer ~3 als ~2 kostenvoranschlag|voranschlag|angebot|vereinbart|abgesprochen",
  "more|higher ~3 than ~2 the ~1 quote|estimate|quoted|agreed",
  "nobody|no one|noone ~1 answers|answered|picks ~2 phone|phones|emails|up",
  // "schmeckt nur nach Asche, richtig verbrannt", "tastes of ash": roasted wrong.
  "schmeckt|schmecken|schmeckte|schmeckten ~2 nach ~1 asche|pappe|spuelwasser|seife|gummi|rauch",
  "tastes|tasted|taste ~2 of ~1 ash|ashes|soap|smoke|cardboard",
  // "den Kuchen mit Haselnusskrokant echt als „nussfrei“ ausgeschildert": a label that endangers.
  "als|as ~2 nussfrei|glutenfrei|laktosefrei|vegan|allergenfrei|nut-free|gluten-free|dairy-free ~2 ausgeschildert|beschildert|ausgezeichnet|deklariert|verkauft|angeboten|labelled|labeled|sold|marked",
  // "it's way too coarse", "viel zu grob gemahlen", "that was NOT decaf": ground or roasted other than sold.
  "way|much|far|viel ~1 too|zu ~1 coarse|fine|grob|fein",
  "too|zu ~1 coarse|grob|fein ~1 gemahlen|ground",
  // "schon wieder falsch gemahlen. nervt.": the grind other than chosen.
  "falsch ~1 gemahlen",
  // "für den Siebträger bestellt, gemahlen. Geliefert: Filtermahlung": another grind than ordered.
  "bestellt ~6 geliefert ~2 filtermahlung|espressomahlung|filter|espresso|grob|fein",
  "falsche|falschen ~1 mahlung|mahlgrad",
  "war|was|is|ist ~2 nicht|not ~1 entkoffeiniert|decaf|koffeinfrei",
  // "sent me a DARK roast AGAIN when I ordered the Yirgacheffe light roast": not what was ordered.
  "sent|gave|brought ~2 me|us ~4 when ~2 i|we ~1 ordered|asked",
  "geschickt|geliefert|gebracht ~4 obwohl ~2 ich|wir ~3 bestellt",
  // Batch 60, problems typed on a phone: "nobody asked us", "some other brand" than the offer said, "zum vierten Mal
  // in Folge derselbe Brasilien", "flackert das licht", "kinderwagen durfte nich rein", "pls fix", "we both took the
  // morning off for this", "whats the point of express".
  "nobody|noone ~1 asked ~1 us|me",
  "hat ~2 uns|mich ~2 keiner|niemand ~1 gefragt",
  "keiner|niemand ~1 hat ~2 uns|mich ~1 gefragt",
  "some|a ~1 other|different ~1 brand|make|manufacturer",
  "andere|anderen|anderer ~1 marke|hersteller|module",
  "zum ~1 zweiten|dritten|vierten|fuenften ~1 mal ~4 derselbe|dieselbe|dasselbe|gleiche|gleichen",
  "flackert|flackern|flackerte|flickers|flickering|flicker",
  "durfte|durften|darf ~3 nicht|nich|net ~1 rein",
  "wasnt|werent|not ~1 allowed ~1 in",
  "pls|please|plz ~1 fix",
  "took|taken ~3 morning|day|afternoon ~1 off",
  "extra ~1 frei ~1 genommen",
  "whats ~1 the ~1 point",
  // Batch 59: "Ist das wirklich noch normal??" of their own device, "Kakao über die helle Jacke gelaufen", "schmeckte
  // wie n ganz normaler" after paying for an extra shot, a final bill "für einen Stromvertrag, den ich NIE hatte",
  // "none of the invoices show our VAT ID".
  "ist|is ~2 das|that|this ~2 normal",
  "ueber ~4 jacke|hose|hemd|bluse|kleid|laptop|mantel|schuhe ~1 gelaufen|gekippt|geflossen|geschwappt|gelandet",
  "all ~1 over ~3 coat|jacket|trousers|laptop|shirt|dress|shoes",
  "schmeckte|schmeckt|tasted|tastes ~1 wie|like ~3 normaler|normale|normal",
  "den|die|das ~1 ich ~1 nie ~2 hatte|bestellt|abgeschlossen|unterschrieben",
  "i|we ~1 never ~2 had|ordered|signed",
  "nie ~2 kunde|kundin",
  "none ~3 of ~3 show|shows|have|include|includes",
  "durchgesessen|ausgeleiert|abgewetzt",
  // "so ölig, dass mein Vollautomat nach zwei Wochen komplett verklebt ist".
  "verklebt|verstopft|clogged|gummed",
  // Batch 62: "jedes mal 18,50 abgebucht … bitte fixen und eine davon erstatten", "took the thermostat heads off … and
  // never put them back", "ein langes schwarzes haar drin", "two digits swapped … rejected the switch", "darker than
  // usual", "two firings have aborted", "den Begrenzungsdraht … durchgeschnitten".
  "jedes ~1 mal ~3 abgebucht",
  "bitte|pls ~1 fixen",
  "bitte ~4 erstatten|zurueckerstatten",
  "never ~2 put|gave|brought ~2 back",
  "haar|haare ~1 drin|drinnen",
  "hair|hairs ~3 in ~1 my|the|it",
  "digits ~1 swapped",
  "zahlendreher",
  "rejected ~2 the ~1 switch",
  "darker|lighter|bitterer ~2 than ~1 usual|normal|before",
  "dunkler|heller|bitterer ~2 als ~1 sonst|ueblich|normal|vorher",
  "aborted|abgebrochen",
  "durchgeschnitten|durchtrennt|snapped|severed",
  // Batch 63: "Ich frage das seit 7 Wochen an, dreimal … bekomme immer nur 'wird weitergeleitet'", "Seit Montag keine
  // Seife auf dem Klo in Ottensen", "70 € anzahlung sind noch nicht zurück", "unsere Katze … im Heizungsraum
  // eingesperrt", "glas am rand abgeplatzt, lippe aufgeschnitten", "the heat pump outside dripped some bright blue
  // liquid onto the lawn overnight", "krabbelt da ein kleiner schwarzer käfer zwischen den bohnen".
  "frage|fragen ~2 seit ~2 wochen|monaten|tagen ~1 an|nach",
  "immer ~1 nur ~3 weitergeleitet",
  "keine|kein ~1 seife|klopapier|toilettenpapier|papierhandtuecher|handtuecher",
  "no ~1 soap|toilet ~1 paper|loo ~1 roll|paper ~1 towels",
  "anzahlung|kaution|geld|deposit ~4 noch ~1 nicht ~1 zurueck",
  "deposit|money ~3 still ~1 not ~1 back|returned|refunded",
  "eingesperrt",
  "locked ~3 in ~2 the|a ~1 boiler|plant|cellar|basement|garage|shed",
  "lippe|finger|hand|mund ~2 aufgeschnitten|geschnitten|blutet|blutete",
  "cut ~1 my|her|his|our ~1 lip|finger|hand|mouth",
  "dripped|leaked|leaking|dripping ~5 liquid|fluid|oil|glycol|coolant|antifreeze",
  "tropft|tropfte|laeuft|lief ~5 fluessigkeit|oel|glykol|frostschutz|kuehlmittel",
  "kaefer|motte|motten|made|maden|larve|larven|wurm|wuermer|kakerlake|kakerlaken ~2 zwischen|in|im|drin|drinnen",
  "krabbelt|krabbeln|kriecht|kriechen ~4 kaefer|motte|motten|maden|larven|wuermer",
  "weevil|weevils|beetle|beetles|moth|moths|maggot|maggots|larvae|cockroach ~3 in|crawling|inside",
  // Batch 64: "the 'vegetarian' toastie … there was ham in it", "beim zweiten Bissen hab ich Schinken im Mund".
  "there ~1 was|were ~2 ham|meat|bacon|chicken|sausage|pork|beef|tuna ~1 in ~1 it|there|mine",
  "labels|label|orders|trays ~1 got|were ~1 mixed ~1 up",
  "schinken|fleisch|speck|wurst|salami|thunfisch ~2 im ~1 mund|drin|drauf",
  // Batch 65: "your install van sat in the disabled bay … from 7 till 5", "I weighed my '250 g' bag … its 212 g",
  // "mittendrin steckte ein Stück Backpapier", "der Blitzableiter … ist abgeschraubt und liegt … lose in der Dachrinne",
  // "it ended up about 20 cm short of the drain", "module 7 … at 0 W all day", "Zwei Säcke waren durchweicht".
  "sat|parked|stood|blocked ~3 disabled ~1 bay|space|spot",
  "behindertenparkplatz",
  "weighed|gewogen|nachgewogen ~12 its|it's|only|nur|less|weniger|sind|waren",
  "steckte|stak|war ~4 backpapier|folie|plastikfolie|alufolie",
  "abgeschraubt",
  "liegt|liegen|haengt|haengen ~4 lose|locker",
  "ended ~1 up ~4 short",
  "0 ~1 w|watt|wh|kwh ~2 all ~1 day",
  "durchweicht|durchgeweicht|aufgeweicht",
  // Batch 66: "tonic ohne ein einziges bläschen", "started composting in my hand", "told your planner TWICE",
  // "buchen Sie plötzlich vierteljährlich ab … ohne dass ich das beantragt … hätte", "die Eiswürfel haben eindeutig
  // nach Zwiebeln geschmeckt", "hafermilch … war sauer, flocken oben drauf", "den Rauchmelder von der Decke
  // genommen", "das Paket … in unsere blaue Papiertonne gelegt".
  "ohne ~3 blaeschen|kohlensaeure|sprudel",
  "no|zero|not ~1 a ~1 single ~1 bubble|bubbles|fizz",
  "started|began ~1 composting|dissolving|disintegrating|leaking",
  "told ~3 twice",
  "ploetzlich ~4 abgebucht|abbuchen|buchen|gebucht",
  "ohne ~1 dass ~1 ich ~4 beantragt|zugestimmt|unterschrieben",
  "geschmeckt|schmeckt|schmeckte|schmecken|rochen|roch|riecht ~3 nach ~1 zwiebeln|zwiebel|knoblauch|fisch|seife|spuelmittel|chlor",
  "tasted|tastes|smelled|smelt|smells ~2 of|like ~1 onion|onions|garlic|fish|soap|bleach",
  "milch|hafermilch|sojamilch|sahne ~6 sauer|gekippt|geflockt|flocken",
  "von ~1 der ~1 decke|wand ~1 genommen|gerissen|abgenommen",
  "abmontiert",
  "papiertonne|muelltonne|altpapiertonne|biotonne ~2 gelegt|geworfen|gestellt|gesteckt",
  // Batch 67: "your digger went straight through our fibre line", "came out fitting my 8 year old niece", "Tor bewegt
  // sich null", "krieg ich mein Auto nicht mehr aus der Garage", "3 zitronenbäumchen … erfroren", "straight into the
  // bin bag", "a 95 € fine … for a skip on the pavement", "his lips swelled up".
  "went|cut|dug|drilled ~1 straight ~1 through|into",
  "came ~1 out ~3 fitting",
  "shrank|shrunk|eingelaufen",
  "bewegt ~1 sich ~1 null|nicht|nix|keinen",
  "krieg|kriege|bekomme|bekommen ~4 nicht ~1 mehr ~3 aus|raus",
  "erfroren",
  "into ~1 the ~1 bin|rubbish|trash",
  "fine|bussgeld|strafzettel|knoellchen ~6 your ~1 skip|container|van|transporter|truck",
  "lips|lip|face|tongue|throat ~2 swelled|swelling|swollen",
  // Batch 68: "mit allen adressen im CC verschickt", "knocked a full jug of steamed milk over my laptop bag … laptop
  // now dead", "trotzdem zimt auf dem cappu, lippe dick", "a tiny snail on one of the mint leaves", "die eingangstür
  // … geht seit wochen nich richtig zu".
  "im|in ~1 cc|bcc ~2 verschickt|geschickt|versendet|sent",
  "offenen ~1 verteiler",
  "knocked|spilled|spilt|tipped ~6 over|onto",
  "laptop|phone|handy|tablet ~2 now ~1 dead|broken|kaputt",
  "lippe|gesicht|zunge|hals|auge ~3 dick|geschwollen|angeschwollen",
  "snail|slug|schnecke|nacktschnecke ~4 on|auf|in|im",
  "nich|nicht ~1 richtig ~1 zu",
  "doesnt|won't|wont|doesn't ~1 close|shut ~1 properly",
  // From twelve fresh comments at the end: "Dritte Abschlagsrechnung mit falschem Zählerstand", "the app says my solar
  // made 0 kWh yesterday", oat milk "expired two weeks before it arrived".
  "falsche|falschem|falschen|falscher ~1 zaehlerstand|zaehlerstaenden|betrag|abbuchung",
  "wrong ~1 meter ~1 reading|readings",
  "made|produced|generated|shows|showed|zeigt|erzeugt ~3 0 ~1 kwh|watt|w",
  "expired|abgelaufen",
  // Batch 61: insulation "komplett zerpickt … die Rohre liegen blank", "ein Ölfleck so groß wie ne Pizza", bread "an
  // den Rändern schwarz verkohlt", "something's off with this bag … nothing like the … on the label", "the till
  // charged me 4.60", "asked for a decaf flat white TWICE, got full caffeine".
  "zerpickt|zerfressen|zerrissen|angefressen|zerbissen",
  "liegt|liegen ~3 blank",
  "oelfleck|oelflecken",
  "verkohlt|angebrannt|charred",
  "somethings|something's ~1 off",
  "something ~1 is|s ~1 off",
  "nothing ~1 like ~6 label|description|picture|photo|website|site",
  "bad ~1 batch",
  "till|kasse ~2 charged|rang|berechnet|verlangt|wollte",
  "asked ~1 for ~6 got|received|given|served",
  "full ~1 caffeine",
  // Batch 61: "Kondensatschlauch … hängt lose", "the handle … unscrewed itself and won't tighten", "the lock jammed",
  // "das Mischventil verkehrt rum eingebaut".
  "haengt|haengen|hing ~1 lose|locker|schief",
  "unscrewed|loosened ~1 itself",
  "came|comes|come ~1 loose|apart",
  "fell|falls ~1 off|apart",
  "wont|won't ~1 tighten|lock|stay ~1 shut|closed",
  "wont|won't ~1 tighten",
  "jammed|klemmt|klemmte|verklemmt",
  "verkehrt|falsch ~1 rum|herum ~3 eingebaut|montiert|angeschlossen",
  "installed|fitted|mounted ~3 backwards|upside ~1 down",
  // "… mit Karte bezahlt, 4,80 €. Abgebucht wurden 48,00 €!!": more taken than paid, in a sentence of its own.
  "abgebucht ~1 wurden|wurde ~1 0*|1*|2*|3*|4*|5*|6*|7*|8*|9*",
  // "drilled straight through our solar DC cable … half the array's been dead since tuesday", "im Wohnzimmer dann
  // richtig frisch".
  "drilled ~2 through|into",
  "durch ~4 gebohrt|angebohrt",
  "angebohrt",
  "been ~1 dead|down ~1 since",
  // "Monteur Kessler wieder nich jekommen. 3. Mal!!": Berlin's "nicht gekommen".
  "nich|nicht ~2 jekommen",
  // "Your French Press grind is NOT French Press. It's basically powder. Sludge in every cup".
  "sludge",
  "basically|practically|literally|quasi ~1 powder|dust|staub|pulver",
  // "Your subscription page is garbage. Can't pause anything."
  "cannot|cant|couldnt|unable ~3 pause|skip|unsubscribe",
  "im ~1 wohnzimmer|schlafzimmer|bad|badezimmer|kinderzimmer|buero|haus ~4 frisch|kalt|eiskalt",
  "what ~2 the ~1 point ~1 of",
  // "Our hot water smells like rotten eggs since you replaced the storage tank": a smell that should not be there.
  "smells|smell|smelling|stinks|riecht|riechen|stinkt|stinken ~3 like|nach|of ~3 eggs|egg|sewage|gas|burnt|burning|eiern|eier|abwasser|verbrannt|kanal|spueli|spuelmittel|soap",
  "tasted|tastes|taste|schmeckt|schmeckte ~3 of|like|nach ~3 soap|spueli|spuelmittel|seife|chlor|chlorine|bleach",
  // "abo lieferung heute bekommen, im karton nur die rechnung und ein sticker. kein kaffee".
  "im|in ~1 karton|paket|box|parcel ~2 nur|only|just",
  // "my account password got changed and i try to recover it and it says it doesn't recognize my device" (a real
  // comment): an account taken over, and the way back refused.
  "password|passwort ~1 got|was|wurde ~1 changed|geaendert",
  "doesnt|doesn't|does ~1 not ~1 recognize|recognise ~1 my",
  // "6 Wochen liegt das Ding jetzt aufm Dach in Hürth und produziert NULL kWh": a plant that yields nothing.
  "produziert|produzieren|erzeugt|erzeugen ~2 null|nichts|nix|0 ~1 kwh|strom",
  // "50€ Gutschein … die Tussi an der Kasse in Ottensen sagt der geht nur online": a voucher refused where it was
  // meant to be used.
  "sagt|meint|meinte|hiess ~2 der|die|das|er|sie ~1 geht|gilt|gelte ~1 nur ~1 online",
  // "sie knallt mir 50 Cent Aufpreis für die Hafermilch drauf": an extra charged.
  "knallt|haut|packt|schlaegt|berechnet ~3 aufpreis ~4 drauf",
  // "warte bis heute auf die schlussrechnung für die alte wohnung": still waiting.
  "warte|warten ~1 bis ~1 heute|jetzt ~3 auf",
  // "340€ nachzahlung?? … no way hab ich so viel strom verbraucht 💀 das is doch n fehler oder": a bill disbelieved.
  "is|ist ~1 doch ~1 n|ein|nen ~1 fehler",
  "no ~1 way ~3 verbraucht|used",
  // "die ganze Motorhaube … mit Silikon eingesaut": something of theirs dirtied by the work.
  "eingesaut|versaut|beschmiert|verschmutzt|verdreckt|eingesifft",
  // "schaltet der bei 70 grad ab egal was ich einstell", "no matter what I set it to": nothing helps.
  "egal ~1 was ~1 ich ~2 einstell|einstelle|mache|mach|versuche|probiere|drücke|druecke",
  "no ~1 matter ~1 what ~1 i ~2 set|do|try|press",
  // "mit nem 50er bezahlt und 10 € zu wenig rausbekommen": short-changed at the till.
  "zu ~1 wenig ~1 rausbekommen|zurueckbekommen|rausgekriegt|zurueckgekriegt|wechselgeld",
  "short-changed|shortchanged",
  "wrong ~1 change",
  // "Trotzdem kommt alle Post noch auf meinen alten Nachnamen": details changed and not taken over.
  "noch|immer|weiterhin ~4 alten ~1 namen|nachnamen|adresse|iban|kontonummer|bankverbindung",
  // "quote said 14 modules, installer put 12 on the roof … invoice still says 14": not what was agreed.
  "quote|angebot ~3 said|says|sagte|stand|waren ~8 put|installed|montiert|verbaut|gebaut|aufs",
  "invoice|rechnung ~2 still|noch|immer ~2 says|sagt|steht|shows",
  // "the batteries are flat every couple of months": a fitted part that keeps failing.
  "batteries|battery|batterien|batterie|akku|akkus ~2 are|is|sind|ist ~2 flat|dead|empty|leer",
  // "der Druck so verblasst, dass man den Code nicht mehr lesen kann".
  "verblasst|unleserlich|faded|illegible|unreadable",
  // "Als ich sie abholen wollte wusste niemand etwas davon!!": an order nobody knew of.
  "wusste|wussten ~1 niemand|keiner ~2 davon|bescheid|etwas|was",
  "nobody|noone ~1 knew ~2 about|anything",
  // "ordered 2 bags … you sent ONE … i want the bag I PAID FOR".
  "ordered ~8 sent|got|received ~1 one|only|just",
  "bestellt ~8 geschickt|bekommen|geliefert ~2 nur|eine|einen|ein",
  "want ~4 i ~1 paid ~1 for",
  // "tracking still says 'label created'": a parcel that has not moved.
  "tracking|sendungsverfolgung ~3 still|immer|noch ~3 says|sagt|zeigt|shows|steht",
  // "seitdem steht in der Sendungsverfolgung nur „Sendung angekündigt“": a status that has not moved since.
  "seitdem|seither|since ~3 sendungsverfolgung|tracking|sendungsstatus ~2 nur|only|immer|still",
  "label ~1 created",
  // "not coming back.", "Wir kommen nicht wieder": a customer lost says something went wrong.
  "not|never ~1 coming ~1 back",
  "komme|kommen|komm ~1 nie ~1 mehr|wieder",
  "komme|kommen ~1 nicht ~1 wieder",
  // Batch 54, problems told in a line: "wechselrichter blinkt … nur noch rot", "blinking red".
  "blinkt|blinken|leuchtet|leuchten ~8 rot|red",
  "blinking|flashing ~1 red",
  // "ihr schreibt ihm immer noch Werbebriefe" (to a father dead for eight months): mail that should have stopped.
  "schreibt|schickt|schicken|schreiben ~3 immer ~1 noch ~3 werbebriefe|werbung|briefe|post|mails|rechnungen|mahnungen",
  "still ~2 sending|send|sends|getting|receiving ~3 letters|mail|mails|emails|bills|ads|marketing",
  // "der alte gaskessel steht jetz seit 3 wochen bei uns im vorgarten, hieß abholung in paar tagen".
  "steht|stehen|liegt|liegen ~3 seit ~2 tagen|wochen|monaten ~4 garten|vorgarten|einfahrt|hof|keller|garage|flur",
  "hiess|hiess's ~2 abholung|lieferung|termin|montage ~3 in|nach",
  // "euer kranwagen hat … unseren carport gerammt, delle im dach": damage done by the company's work.
  // Not "always rammed on a Saturday": a full café is crowded, not hit.
  "gerammt|angefahren|rammte",
  "rammed into|my|our|the|us|me|his|her|their",
  "reversed ~1 into",
  "delle|beule",
  "regenrinne|dachrinne|gutter|zaun|fence ~2 krumm|verbogen|kaputt|bent|broken",
  // "Die Kernbohrung … hat keiner abgedichtet", "nobody sealed it".
  "keiner|niemand|nobody ~2 abgedichtet|verschlossen|repariert|sealed|fixed|closed",
  "laeuft|lief|kommt ~2 wasser ~4 runter|rein|herein|durch",
  "water ~2 runs|running|comes|coming|leaks|leaking ~2 down|in|through",
  // "matcha latte … war voll klumpig, hatte 3 brocken pulver im mund".
  "klumpig|klumpen|brocken",
  "lumpy|clumpy",
  // "roast date on the bag says 2 jan. thats like 6 weeks old??": stale goods.
  "weeks|months|wochen|monate ~1 old|alt",
  // "in meinem haferkeks war ein stück hartes plastik".
  "in|im ~3 war|waren ~4 plastik|glas|glassplitter|haar|haare|stein|metall|metallstueck|schraube",
  // "nach zwei wochen is der henkel abgebrochen", "the handle snapped off".
  "henkel|griff|deckel|stiel|handle|lid ~3 abgebrochen|ab|gebrochen|kaputt|broke|broken|snapped|off",
  // "2 of the 6 espresso cups arrived in pieces".
  "arrived|came|kam|kamen ~3 in ~1 pieces|bits|shards|scherben|stuecken|teilen",
  // "the dripper arrived with a crack right through the base", "kam mit einem Sprung an".
  "arrived|came ~2 with ~1 a ~1 crack|chip|dent|hole|tear|scratch|leak",
  "kam|kamen ~3 mit ~1 einem|nem|ner|einer ~1 sprung|riss|kratzer|delle|loch|macke",
  // "Ottensen hat keinen einzigen Hochstuhl mehr??", "keiner konnte mir sagen wo die hin sind".
  "kein|keine|keinen ~1 einzigen|einzige|einziges ~2 mehr",
  "konnte|konnten|kann ~2 mir|uns ~1 keiner|niemand ~1 sagen",
  "nobody|noone ~2 could|can ~2 tell ~1 me|us",
  // "den ganzen bohrschlamm in den gartenteich … laufen lassen, die goldfische sind hinüber".
  "sind|ist|waren ~1 hinueber",
  // Let run into something; not "mit eurer Wärmepumpe zusammen laufen lassen" (run together).
  "in|ins ~4 laufen ~1 lassen",
  // "Der Vertrag selbst steht nach 6 Wochen zwar noch nicht im Portal".
  "steht|stehen|ist|sind ~4 noch ~1 nicht ~2 im ~1 portal|kundenportal|konto|kundenkonto|system|app",
  // "Sowas darf echt nicht passieren", "this should never happen": a customer says something went wrong.
  "sowas|das|dies ~2 darf|duerfte ~2 nicht|nie ~1 passieren",
  "so ~1 was ~2 darf|duerfte ~2 nicht|nie ~1 passieren",
  "should|must ~1 never|not ~1 happen",
  "shouldn't|shouldnt|mustn't|mustnt ~1 happen",
  // "Hab eine Nussallergie und in eurem Kuchen waren trotzdem Nüsse": an allergen served anyway.
  "*allergie|allergisch|allergic|allergy ~12 trotzdem|obwohl|although|anyway|still ~4 drin|drauf|dabei|in|on|with|mit|waren|war|came|had",
  // "Müsliriegel … waren Nüsse, obwohl nussfrei draufstand": a label that was wrong.
  "obwohl|although|though ~4 draufstand|draufsteht|stand|steht|said|says|labelled|labeled",
  "liefert|liefern|produziert|produzieren|bringt|erzeugt ~4 genau|nur|quasi|praktisch ~1 null|nichts",
  "producing|generating|delivering ~2 nothing|zero",
  // "nur das bad kommt nicht über 17 grad", "won't go above 42 degrees": heat that stops short.
  "kommt|kommen|komme|geht|gehen|wird|werden ~3 nicht ~1 ueber ~3 grad",
  "wont|won't|doesn't|doesnt|never ~2 go|get|gets|goes ~1 above|over|past ~3 degrees",
  // "DHL wanted CHF 31 at the door for customs + fees": charges nobody mentioned.
  "wanted|charged|asked|paid|pay ~6 for ~1 customs",
  "verlangt|verlangte|kassiert|kassierte|zahlen|bezahlen|bezahlt ~6 fuer ~2 zoll",
  // German
  "kann|koennen|konnte|konnten ~5 nicht|nimmer|kaum",
  "kann|koennen|konnte|konnten ~6 keine|kein|keinen ~3 mehr",
  "kommt|kommen|kam ~3 nicht ~1 an",
  // "angekommen ist EIN paket und das auch noch gemahlen statt ganze bohnen": fewer and other than ordered.
  "angekommen|geliefert|gekommen ~1 ist|sind|wurde|wurden ~1 nur|ein|eine ~1 paket|tuete|packung|sack",
  "gemahlen|gemahlener|gemahlenen|entkoffeiniert|ganze ~2 statt|anstatt ~2 ganze|ganzer|ganzen|gemahlen|gemahlener|bohnen|entkoffeiniert|espresso|filter",
  // "ist angekommen, aber statt ganzer Bohnen hab ich den Hausblend gemahlen für Filter bekommen": not as ordered.
  "aber ~1 statt|anstatt ~1 ganzer|ganzen|ganze ~1 bohne|bohnen",
  // "extra ganze Bohnen angeklickt, angekommen is gemahlen 🙈", "picked whole beans, they came ground".
  "angekommen|kam|kamen|geliefert ~1 ist|is|sind|als ~1 gemahlen|gemahlener|gemahlenes",
  // "Heute kam EIN Beutel an und der is auch noch gemahlen", "ganze Bohnen bestellt und gemahlen bekommen".
  "kam|kamen ~8 auch ~1 noch ~1 gemahlen",
  "bestellt ~6 gemahlen ~1 bekommen|gekriegt|geliefert|erhalten",
  // "Mein Abo hätte am Dienstag kommen sollen, kam nix", "mein abo kam diesmal schon wieda nich": it never came.
  "abo|lieferung|paket|bestellung|sendung|tuete|bohnen ~1 kam|kamen ~4 nich|nicht|nix|nichts|nie",
  "kommen ~1 sollen ~2 kam|kamen ~1 nix|nichts|nich|nicht|nie",
  "whole ~1 beans|bean ~8 arrived|came|turned ~1 ground|pre-ground",
  // "ordered … WHOLE BEANS for my espresso machine, you sent it ground for french press".
  "whole ~1 beans|bean ~10 sent|send|shipped ~1 it|them|me ~1 ground|pre-ground",
  // "ordered the Ethiopia Guji 250g ground for V60 …, the bag that came is whole bean".
  "came|arrived ~1 is|was|are|were whole|ground|pre-ground",
  // "the inverter display shows 'Netzfehler' and we are feeding in nothing … no callback so far".
  "feeding|feed ~1 in ~1 nothing",
  "no ~1 callback|call-back ~2 so ~1 far",
  "speisen|speist ~3 nichts|nix ~1 ein",
  // "inside is Kenya Nyeri and not the Colombia Huila what I ordered", "und nicht der bestellte Guji".
  "not ~1 the ~5 ordered",
  "nicht ~1 der|die|das|den ~4 bestellte|bestellten|bestellt",
  // "hab freundlich nachjefracht und wurd ausjelacht", "the barista laughed at me".
  "ausgelacht|ausjelacht",
  "laughed ~1 at ~1 me|us",
  // "braucht die App seit dem letzten Update ewig zum Laden", "takes forever to load": an app too slow to use.
  "ewig ~2 zum ~1 laden",
  "braucht|brauchen|dauert ~4 ewig",
  "raedchen|kreis|ladekreis ~3 dreht|drehen",
  "dreht|drehen ~3 sich ~3 raedchen|ladekreis",
  "takes|took|taking ~1 forever ~2 to ~1 load|open|start",
  // "bei der die Abo-Lieferung letzte Woche einfach nicht kam": the delivery that did not come, told verb-last.
  "lieferung|paket|bestellung|paeckchen|sendung ~6 nicht|nie ~1 kam|kamen",
  // "Bus 142 kam heute morgen einfach nicht", "the bus never came".
  "bus|zug|bahn|tram|rb|sbahn|ubahn ~5 kam|kommt|fuhr|faehrt ~3 nicht|nie|einfach",
  "bus|train|tram ~4 never ~1 came|showed|arrived|turned",
  "nicht mehr ~2 einloggen|anmelden|bestellen|bezahlen|zahlen|buchen|einchecken|oeffnen|starten|laden|nutzen|benutzen",
  // "immer noch nicht da", "nicht mehr da"; not "nicht anfangen dürfen. Da könntet ihr …".
  "nicht ~1 da",
  "nicht ~2 angekommen|geliefert|zugestellt|erhalten|bekommen|funktioniert|funktionieren|moeglich|erreichbar|gebucht|erstattet|zurueckgezahlt|bearbeitet|gemeldet",
  "nicht ~2 gereinigt|sauber|repariert|ersetzt|geklaert|geloest|bestaetigt|freigeschaltet|aktiviert|abgeholt|eingeloest",
  "nicht ~2 akzeptiert|angenommen|anerkannt|angewendet|gutgeschrieben|ueberwiesen|ausgezahlt",
  // "den Euro Pfand für meinen Becher nicht zurückgegeben": money kept that was owed back.
  "pfand ~8 nicht ~2 zurueckgegeben|zurueck|erstattet",
  // "ich zeig ihr den Gutschein … und sie sagt ‚gilt hier nicht'": a voucher or card refused at the till.
  "gutschein|gutscheincode|gutscheinkarte|geschenkkarte|code|coupon|bon|stempelkarte ~12 gilt|gelte|gelten|galt ~2 nicht",
  // "meine volle Stempelkarte aus Ottensen … die gilt nur im Hamburger Café": refused at another branch.
  "gutschein|gutscheinkarte|geschenkkarte|stempelkarte|bonuskarte|stamp ~12 gilt|gelte|gelten|galt|valid|works ~1 nur|only",
  "funktioniert|funktionieren|geht|gehen|laeuft|klappt|laedt|laden|oeffnet|startet|reagiert ~2 nicht|nix|nichts|gar",
  // "kartenzahlung in ottensen geht seit ner woche nicht": out of order for a while.
  "funktioniert|funktionieren|geht|gehen|laeuft|klappt seit ~3 nicht|nimmer",
  // "has been showing a descaling warning for over a week", "zeigt seit heute eine Störung".
  "showing|shows|displays|zeigt|zeigen ~6 warning|warnung|fehlermeldung|stoerung|stoerungsmeldung",
  // "only 12 kg were actually delivered", "nur 12 kg geliefert".
  "only ~3 were|was ~2 delivered",
  "nur ~4 geliefert|angekommen|gekommen",
  // "ne Rechnung gefunden die gar nicht mir gehört", "a bill that isn't mine": someone else's data shown to them.
  "nicht ~1 mir ~1 gehoert|gehoeren",
  "isnt|wasnt|arent|not ~1 mine",
  // Not "you don't give caffeine to someone else's child": their data, their order, their bill.
  "someone|somebody ~1 elses ~2 data|details|account|order|orders|bill|bills|invoice|invoices|name|address|parcel|package|system|meter|readings|contract|info|information|stuff|photos",
  // "im Portal seh ich die Anlage von jemand anderem, mit Name und Adresse": someone else's data shown to them.
  "von ~1 jemand|jemandem ~1 anderem|anderen|fremdem",
  "fremde|fremden ~1 daten|kundendaten|anlage|rechnung|rechnungen|adresse|adressen|vertrag|vertraege",
  "wo ~1 bleibt|bleiben",
  "keine ~1 chance|moeglichkeit",
  "abgewimmelt",
  // Treated badly by staff: "total unfreundlich zu meiner Mutter", "hat mich ausgelacht", "was so rude to me".
  "unfreundlich ~3 behandelt|abgefertigt|zu|angesprochen",
  "total|sehr|extrem|ziemlich|so ~1 unfreundlich|unhoeflich|herablassend",
  // "Gestern war die Bedienung in eurem Café echt unfreundlich", "the barista was really rude".
  "bedienung|barista|baristas|kellner|kellnerin|personal|mitarbeiter|mitarbeiterin|verkaeufer|verkaeuferin|staff|server|waiter|waitress ~6 unfreundlich|unhoeflich|herablassend|pampig|patzig|rude|condescending",
  "ausgelacht|angeschnauzt|angemotzt|angepampt|angeblafft|angeranzt|angemault",
  // "hat mich Samstag vor der ganzen Schlange angemacht": spoken to rudely.
  "hat|haben|hatte ~2 mich|uns ~6 angemacht|angeschrien|angebruellt|angefaucht",
  // "eine Heizlastberechnung „noch diese Woche“ versprochen – das war vor fünf Wochen. Seitdem geht er nicht mehr
  // ans Telefon": a promise broken, and nobody answering since.
  "versprochen ~6 das ~1 war ~1 vor",
  "geht|gehen|ging ~3 nicht ~1 mehr ~1 ans ~1 telefon|handy",
  // "Haselnusssirup in den Latte gekippt. Ich hatte danach Quaddeln am ganzen Hals": an allergic reaction.
  "quaddeln",
  // "Reißt bei der Montage … unsere Regenrinne ab und haut einfach ab": torn off, the separable verb split.
  "reisst|riss|rissen ~12 ab",
  // "you STILL take 87€ every month" after a move-out: money taken that is not owed.
  "still ~1 take|takes|taking|charge|charges|charging|debit|debiting ~3 every ~1 month|week",
  // "my heat pump make very loud noise in the night", as a learner writes it.
  "make|makes|making ~3 loud|strange|weird ~1 noise|noises",
  // "abo kam diesen monat schon wieder nicht": what was due, not come.
  "abo|lieferung|paket|bestellung ~3 kam|kamen ~5 nicht|nie",
  // "Signed for heat pump in august, nobody call me since for installation date": as a learner writes it.
  "nobody|noone ~1 call|calls ~2 me|us ~2 since",
  // "cold brew set bekommen aber da sind keine filterbeutel drin??": a part missing from what came.
  "bekommen|gekommen|angekommen|geliefert ~6 keine|kein|keinen ~3 drin|dabei|beigelegt|enthalten",
  "haengt|haengen|hing ~3 runter|herunter",
  // "dann schnauzt mich euer Typ an der Theke an": the separable verb, split.
  "schnauzt|schnauzte|motzt|motzte|pampt|pampte|blafft|blaffte ~2 mich|uns ~6 an",
  "angeschrien|angebruellt|angeraunzt",
  "shouted|yelled|screamed ~2 at ~1 me|us|my",
  "was|were ~2 rude|unfriendly|condescending|dismissive",
  "laughed ~1 at ~1 me|us",
  "snapped ~1 at ~1 me|us",
  // "vom alten Konto abzubuchen, das ist natürlich geplatzt … ne Mahnung mit Sperrandrohung".
  // "der Heizstab springt ständig an, sogar bei +5 Grad", "the backup heater keeps kicking in".
  "springt|springen|schaltet|schalten ~2 staendig|dauernd|andauernd|permanent|immer ~2 an|ein|zu",
  // "The heat pump switches off every night", "schaltet sich dauernd ab": a machine that stops by itself.
  "switches|switching|cuts|cutting|shuts|shutting ~1 off|out ~2 every|constantly|randomly|repeatedly|again|all",
  "schaltet|schalten ~3 staendig|dauernd|andauernd|immer ~2 ab|aus",
  "keeps ~1 kicking|switching|turning ~1 in|on",
  // "Three weeks later the scaffolding is still up", "das Gerüst steht immer noch".
  // "the scaffolding is still in our front garden".
  "scaffolding|scaffold ~3 still ~1 up|there|standing|in|on|outside|blocking",
  "geruest ~3 steht|stand ~2 immer ~1 noch",
  "geruest ~3 immer ~1 noch",
  // "er verdreht die Augen und berechnet trotzdem Einweg", "charged me for a paper cup anyway".
  "berechnet|berechnete|kassiert|kassierte ~2 trotzdem|dennoch",
  "charged|billed ~4 anyway|regardless",
  // "promised us in writing a 'fixed price' of €24,900 … The final invoice says €27,380".
  "fixed ~1 price ~25 final ~1 invoice|bill",
  "festpreis|pauschalpreis ~25 schlussrechnung|endabrechnung|endrechnung",
  "lastschrift|abbuchung ~4 geplatzt|zurueckgegangen|zurueckgebucht",
  "ruecklastschrift*",
  "mahngebuehr*|sperrandrohung",
  "kaputt*",
  "defekt*",
  "beschaedigt*",
  "ausgefallen",
  "faellt|fallen|fiel|fielen ~4 aus",
  // "der angeblich nicht im System ist": a voucher or an order our system does not know.
  "nicht|nich ~1 im ~1 system",
  // "heute is dienstag und nich mal ne versandbestätigung": not even the mail that it was sent.
  "nicht|nich|keine|kein ~2 versandbestaetigung|bestellbestaetigung|versandmail|bestaetigungsmail",
  // "Versandmail kam am Mittwoch, seitdem steht die Sendungsverfolgung auf 'Sendung angekündigt'": stuck.
  "seitdem ~1 steht|stehts ~2 sendungsverfolgung|status|tracking|sendung",
  // "abo extra auf ganze Bohnen umgestellt und jetzt kommt schon wieder gemahlener": another grind than set.
  "umgestellt|eingestellt|bestellt ~10 kommt|kam|kamen ~3 gemahlener|gemahlenes|gemahlen",
  // "nach 2 Wochen eiert das Mahlwerk und mahlt nur noch Grütze": a grinder worn out.
  "eiert ~3 mahlwerk|muehle|handmuehle|trommel|scheibe",
  "mahlwerk|muehle|handmuehle|trommel|scheibe ~2 eiert",
  "mahlt|mahlen ~2 nur ~1 noch",
  // "wo der zählerstand vom letzten jahr drinsteht obwohl ich den im dezember per app gemeldet hab".
  "zaehlerstand ~8 obwohl ~6 gemeldet|angegeben|durchgegeben|eingetragen|gemailt",
  // "I bought a volatol for 3.7 million and I did not get the volatol" (a real comment): paid for, never had.
  "bought|paid|ordered|purchased ~10 did ~1 not ~1 get|receive",
  "bought|paid|ordered|purchased ~10 didnt ~1 get|receive",
  // "DREI Termine für die Wartung … hat euer Monteur platzen lassen": appointments not kept.
  "termin|termine ~10 platzen ~1 lassen|gelassen",
  // "die Heizung geht nachts komplett aus": the heating goes off by itself.
  // Not "unsere Heizung geht im Winter nicht aus": how it goes off is said.
  "heizung|waermepumpe|wp|anlage|therme ~1 geht|ging ~2 nachts|staendig|dauernd|immer|wieder|einfach|komplett|abends|morgens ~2 aus",
  // "meine Abrechnung ist seit März falsch", "Die Rechnung RE-2024-0931 für unser Büro ist falsch": their own bill, not a
  // correction of the company's post.
  "rechnung|abrechnung|jahresabrechnung|abschlag|abbuchung ~10 falsch|fehlerhaft",
  "bill|invoice|statement|charge|invoicing|invoices|bills|billing ~4 wrong|incorrect",
  // "die Rechnung war nicht im Paket", "Quittung nie angekommen": the bill itself never came.
  "rechnung|quittung ~2 nicht|nie ~1 im|dabei|beigelegt|beigefuegt|mitgeschickt|angekommen|gekommen",
  // "the bill wasn't send with the phone or to the e-mail": the bill itself never came.
  "bill|invoice|receipt ~1 wasnt|wasn|never|hasnt|hasn ~2 send|sent|included|enclosed|attached|arrived|come",
  // "Euer Vertrieb hat sich nie wieder gemeldet", "never heard back from your sales team".
  "nie ~2 wieder ~2 gemeldet",
  "nie ~3 zurueckgerufen|zurueckgemeldet",
  "never ~2 heard ~1 back",
  // "Ich warte seit Wochen auf einen Rückruf": the words say what is awaited.
  "warte|warten|wartet ~4 auf ~2 rueckruf",
  "waiting ~3 callback|callbacks",
  "waiting ~4 call ~1 back",
  "never ~2 got|called|came ~1 back",
  // "Abschlag um 40 € erhöht, ohne Erklärung": one's own instalment raised is a billing case.
  // "Mein Abschlag wurde von 95 auf 160 Euro erhöht".
  "abschlag|abschlaege|monatsabschlag ~8 erhoeht|angehoben|verdoppelt|gestiegen|hochgesetzt",
  // "Vielleicht reicht dat Budget ja irgendwann auch für jemanden, der meine Mail vom 2. September … beantwortet":
  // someone to answer wished for, so nobody has.
  "fuer ~1 jemanden|jemand ~1 der|die ~8 beantwortet|antwortet|zurueckruft|zurueckschreibt",
  "for ~1 someone|somebody ~1 who|to ~8 answers|replies|answer|reply|respond|responds",
  // "THIRD time in a row i get ground coffee when i clicked whole bean": ground sent where beans were chosen.
  "ground ~3 when|but|although|though|despite ~4 whole ~1 bean|beans",
  // "die handmühle … macht nach 2 monaten so ein knirschendes geräusch und der mahlgrad ist total ungleichmäßig".
  "knirschend|knirschendes|knirscht|knirschen",
  // "2. mal dass die bohnen aus dem abo nach 3 tagen schon muffig riechen".
  "muffig|ranzig",
  // "Und 50 Cent extra für Hafer hat er mir auch noch abgeknöpft".
  "cent|euro|eur ~1 extra ~8 abgeknoepft|abkassiert|abgezogen",
  "mahlgrad|mahlt ~4 ungleichmaessig|ungleichmaessiges|unregelmaessig",
  // "kam mein Abo schon zum 2. Mal gemahlen an, obwohl im Konto ganz klar ganze Bohnen eingestellt sind".
  "kam|kamen|kommt|kommen ~8 gemahlen|ungemahlen ~1 an ~3 obwohl|statt|trotz",
  // "mein Abschlag gleich mit von 94 auf 131 Euro, ohne dass mich einer fragt": raised, the verb left out.
  "abschlag|abschlaege|monatsabschlag ~3 von ~1 auf ~2 euro|eur",
  // "Abschlag von 84 auf 231 € ohne jede Erklärung": the two amounts, the sign not being a word.
  "abschlag|abschlaege|monatsabschlag|beitrag ~3 von 1*|2*|3*|4*|5*|6*|7*|8*|9* auf 1*|2*|3*|4*|5*|6*|7*|8*|9*",
  // "abschlag von 89 auf 164€ hoch, ohne brief ohne nix??": raised from one amount to another.
  "abschlag|abschlaege|monatsabschlag|beitrag|rate ~1 von ~2 auf ~3 hoch|rauf|erhoeht|gestiegen",
  // "Been without heating for 4 days", "seit Freitag ohne Heizung": a supply gone.
  // Right after "without": "without proper heat-loss surveys" is an argument, not a home gone cold.
  "without heating|power|electricity|internet|broadband|wifi",
  "without hot water",
  "without any heating|power|electricity|internet",
  "ohne heizung|strom|warmwasser|internet|wlan",
  // "my direct debit went from £85 to £142 with no warning": a payment raised unannounced.
  "went|gone|jumped|shot ~2 up ~2 from",
  "went|jumped ~1 from ~3 to",
  "with ~1 no ~1 warning|notice|explanation",
  "ohne ~2 vorwarnung|ankuendigung|vorankuendigung",
  // "my smart meter app shows zero usage", "zeigt 0 kWh an".
  "shows|showing|displays|reads|reading ~2 zero|0|nothing|wrong|no ~1 usage|data|readings|consumption",
  "zeigt ~3 0|null|nichts|falsch|keinen|keine ~2 verbrauch|werte|daten|an",
  // "until now the inverter is not connected", "the inverter still isn't hooked up".
  "inverter|inverters|battery|wallbox|system|panels ~3 not|isnt|arent|hasnt|never ~2 connected|hooked|commissioned",
  // "der Wechselrichter zeigt immer noch nur „Standby“ an", "inverter still just says standby": never switched on.
  "wechselrichter|inverter|anlage|speicher|wallbox ~6 standby|stand-by|offline",
  // "zeigt mir die Rheinwerk Zuhause app nur noch 0 kWh an".
  "zeigt|zeigen ~8 nur ~1 noch ~1 0|null|nichts|nix",
  "is ~1 anyone ~2 fixing|listening|reading|doing",
  // "The engineer turned up 3 hours late, didn't have the right part".
  "turned|showed ~1 up ~4 late",
  "didnt ~1 have|bring ~3 right|correct ~1 part|parts|tools",
  "kam|kamen|war|waren ~4 zu ~1 spaet",
  "hatte|hatten ~3 nicht ~2 richtige|passende ~1 teil|ersatzteil|werkzeug",
  // A machine that makes a noise it should not: "macht nachts ein Brummgeräusch", "the heat pump is humming all night".
  "brummt|brummen|brummgeraeusch*|brummton|summt|pfeift|rattert|klappert|quietscht|vibriert",
  "macht|machen ~4 geraeusch*|geraeusche|laerm|krach",
  "humming|buzzing|rattling|whining|banging|clanking ~3 noise|sound|night",
  "makes|making ~4 noise|racket|sound",
  // A reading or figure taken wrong: "Zählerstand falsch übernommen", "soll ich 600 € nachzahlen".
  // "ein Verbrauch von 9.800 kWh … sonst immer so um die 3.500. Entweder hat da jemand nen Zahlendreher gemacht".
  "zahlendreher",
  "verbrauch ~10 sonst|normalerweise ~3 immer|nur|um|bei|so",
  "usage|consumption ~10 usually|normally ~3 around|about|only",
  "falsch ~2 uebernommen|abgelesen|eingetragen|erfasst|berechnet|abgerechnet|gebucht",
  "soll|muss|sollen ~4 nachzahlen",
  // Damage done and nobody answers for it: "keiner fühlt sich zuständig".
  "keiner|niemand ~3 zustaendig",
  "nobody|noone ~3 responsible",
  "no one ~3 responsible",
  // What was served fell short: "Der Cappuccino war lauwarm", "the soup was stone cold", "bag arrived split open".
  // A smell of gas reported: "Im Keller riecht es nach Gas", "report a gas smell".
  "gasgeruch",
  "riecht|roch|riechts ~2 nach ~1 gas",
  "gas ~1 smell|leak",
  "smell|smelled|smelt|smells ~2 of ~1 gas",
  "smell|smelled|smelt ~1 gas",
  // "einen Rückruf innerhalb von 24 Stunden versprochen. Das war vor einer Woche.": a promise not kept.
  "rueckruf|rueckmeldung|antwort|callback ~8 versprochen|zugesagt|promised",
  "promised ~3 callback|call|reply|response",
  "das ~1 war|ist ~1 vor ~2 tag|tagen|woche|wochen|monat|monaten",
  // "Refund of £230 promised in September. Still nothing.", "Erstattung zugesagt, bis heute nichts".
  "still ~1 nothing|waiting",
  "immer ~1 noch ~1 nichts|nix",
  // "das Angebot kommt in zwei Wochen. Jetzt ist Mitte November und NICHTS."
  "jetzt|inzwischen|mittlerweile|heute ~4 und ~1 nichts|nix",
  "now ~4 and ~1 nothing",
  // "noch immer keine Kündigungsbestätigung", "still no confirmation".
  "noch ~1 immer ~1 keine|keinen|kein",
  "immer ~1 noch ~1 keine|keinen|kein",
  "still ~1 no",
  "bis ~1 heute ~1 nichts|nix|kein|keine|keinen",
  "lauwarm",
  // "das Röstdatum auf der Tüte ist vom 2. Januar?? Wir haben März": beans sent long after their roast.
  "roestdatum ~5 vom|alt|uralt|abgelaufen",
  "roast ~1 date ~5 from|old|months|weeks|says|said|shows|reads",
  // "heute kam stattdessen zweimal Brasilien Cerrado", "got two bags of decaf instead": the wrong thing sent.
  "kam|kamen|geliefert|bekommen|erhalten|geschickt ~3 stattdessen",
  "stattdessen ~4 kam|kamen|geliefert|bekommen|erhalten|geschickt",
  "got|received|sent|delivered ~6 instead",
  "waessrig",
  "watery",
  // Batch 63/64: "quiche … was literally still frozen in the middle", "innen war noch gefroren", "Wasser war
  // überhaupt nicht heiß".
  "still ~1 frozen",
  "frozen ~2 in ~1 the ~1 middle|centre|center",
  "noch ~2 gefroren|tiefgefroren",
  "innen ~3 gefroren|roh",
  "wasser|tee|kaffee|milch ~2 war|ist ~2 nicht|ueberhaupt ~2 heiss|warm",
  "war|waren|ist|sind ~3 trocken|verbrannt|angebrannt|versalzen|matschig|steinhart|waessrig|labberig",
  // "the pumpkin muffin was dry as sand", "the croissants were stale".
  "was|were|is|are ~2 dry|stale|soggy|burnt|watery|overcooked|undercooked|raw|greasy",
  "dry ~1 as ~1 sand|dust|cardboard|sawdust",
  "zusammengefallen",
  "erwarte ~2 ich ~2 mehr|besseres",
  "lukewarm",
  "stone cold",
  "was|were|arrived|came ~2 cold",
  "expected ~2 better|more",
  "split|burst|ripped|torn ~1 open",
  "arrived ~3 split|burst|ripped|torn|leaking|crushed|smashed|open",
  "aufgeplatzt|aufgerissen|ausgelaufen",
  // "de Tüte mit de Bohnen war komplett aufgrissn": Bavarian.
  "aufgrissn|aufgrissen|aufplatzt",
  // "kam gestern mit drei aufgerissenen Tüten an".
  "aufgerissene|aufgerissenen|aufgeplatzte|aufgeplatzten|kaputte|kaputten ~1 tuete|tueten|packung|packungen|beutel|karton|kartons",
  // "Ihr habt mir zum dritten Mal die falsche Mahlung geschickt", "you sent me the wrong size again".
  "falsche|falschen|falscher|falsches ~3 geschickt|geliefert|bekommen|erhalten|verschickt|zugeschickt|gebracht",
  "sent|delivered|shipped|gave|given ~3 wrong",
  "got|received ~2 the ~1 wrong",
  // "Mein Abo wurde verlängert, obwohl ich gekündigt habe": renewed against a notice given.
  "verlaengert ~4 obwohl|trotz",
  "trotz ~2 kuendigung",
  "renewed ~4 despite|although|after ~2 cancel*",
  "renewed ~3 even ~1 though",
  // "Ihr habt mir eine Kündigungsbestätigung geschickt, aber bucht trotzdem weiter ab".
  "bucht|buchen|zieht|ziehen ~3 trotzdem|weiter ~2 ab",
  // "Der Techniker kam wieder nicht", "…, dass der Techniker heute wieder nicht kam".
  "techniker|monteur|handwerker|ableser|engineer|technician ~5 nicht ~1 kam|kamen|kommt|erschien|erschienen|auftauchte|aufgetaucht",
  // "die dritte Mahnung für eine Rechnung, die längst bezahlt ist".
  "mahnung|mahnungen ~8 bezahlt|beglichen|ueberwiesen",
  // "sent me a final reminder when I paid the bill on the 3rd".
  "reminder|reminders ~8 paid|settled",
  // "Im Café zieht es am Fensterplatz seit Wochen so heftig … hab nur gefroren": a draught where guests sit.
  "zieht ~1 es ~6 heftig|extrem|furchtbar|total|staendig",
  "tasted|tastes|taste ~1 like ~2 dishwater|mud|cardboard|ash|ashes|socks|burnt",
  "schmeckt|schmeckte ~1 wie ~2 spuelwasser|pappe|asche",
  // "Zum DRITTEN mal schmeckt der Huila aus meinem Abo wie nasse Pappe": the coffee named between.
  "schmeckt|schmeckte|schmecken ~6 wie ~1 nasse|alte|feuchte ~1 pappe|socken",
  "nie|never ~2 angekommen|arrived",
  // "Damn thing still won't connect", "verbindet sich nicht".
  "wont|won't|doesnt|doesn't|cant|can't ~2 connect|pair",
  "verbindet ~2 sich ~2 nicht",
  // "Ich hab ne Allergie und musste meine Notfalltablette nehmen": an allergic reaction after what was sold.
  "notfalltablette*|notfallmedikament*|notfallspritze*|epipen",
  // "hat mir heißen Milchschaum über die Hand gekippt … Brandblase": hurt at the counter.
  "ueber ~2 hand|hände|haende|arm|finger ~1 gekippt|geschuettet|gegossen",
  "brandblase*|verbrueht",
  "scalded|burnt|burned ~2 my|his|her ~1 hand|arm|fingers",
  // "It is literally snowing … How do I get this fixed?": asking for a fix says something is broken.
  "get ~2 this|it|that ~1 fixed|repaired",
  "wie ~4 das|es ~2 behoben|repariert|gefixt ~1 wird|bekomme|kriege",
  // "Our new oak floor in the hallway is scratched", "das Parkett ist zerkratzt": damage left behind.
  "is|are|was|were|got|been ~1 scratched|dented|gouged",
  // "Seit drei Wochen stinkt's bei uns im Hinterhaus jeden Abend … nach verbranntem Kaffee": a smell they live with.
  "stinkt|stinkts|stinken ~6 nach",
  // "nun ist aber schon die zweite Lieferung ausgeblieben": a delivery that did not come.
  "ausgeblieben",
  "lieferung|paket|sendung|box ~3 bleibt|blieb ~1 aus",
  // "Zählerschrank is seit der Montage sperrangelweit op": left wide open.
  "sperrangelweit",
  // "hat euer Trupp die Regenrinne komplett verbogen", "one of the panel rails is bent": bent out of shape.
  "verbeult|eingedellt",
  "rail|rails|rack|frame|bracket|brackets|mount|mounts|mounting|gutter|gutters|pipe|pipes ~5 bent|buckled",
  // "the garage socket trips every time i charge my e-bike".
  "socket|sockets|breaker|fuse|rcd|steckdose|sicherung ~2 trips|tripping|trip|fliegt|rausfliegt",
  // "Außengerät steht … statt wie besprochen an der Garagenseite": not where or how it was agreed.
  "statt|anstatt|nicht ~1 wie ~1 besprochen|vereinbart|abgesprochen|geplant|ausgemacht",
  "instead ~1 of ~4 as ~1 agreed|discussed|planned",
  "not ~2 where|what ~2 we ~1 agreed",
  // "showed up at 5 and they said my bag "wasn't there" … where's my coffee": an order not there to collect.
  "wheres|where ~2 my ~2 order|coffee|parcel|package|bag|refund|money|delivery|beans|box",
  "wo ~2 bleibt|ist ~1 mein|meine ~2 bestellung|paket|kaffee|tuete|erstattung|geld|lieferung",
  // "Kuhmilch statt Hafermilch bekommen", "gave me regular milk instead of oat": not what was asked for.
  "statt|anstatt ~4 bekommen|bekam|erhalten|serviert|gebracht|geliefert",
  "got|gave|given|served|brought ~4 instead ~1 of",
  // "mein cortado ist mit kuhmilch statt hafer", "Kuhmilch in den Latte gemacht, obwohl ich DREIMAL Hafer gesagt hab".
  "mit kuhmilch|milch|vollmilch statt|anstatt hafer|hafermilch|haferdrink|soja|sojamilch|mandel|mandelmilch",
  "obwohl ~5 hafer|hafermilch|haferdrink|soja|sojamilch|mandel|mandelmilch ~3 gesagt|bestellt|wollte|verlangt|bestellte",
  "dairy|cows|regular|normal ~2 milk ~4 even ~1 though|although|when",
  // "then he give me cow milk in my oat latte, I am lactose intolerant".
  "cow|cows|dairy|regular ~1 milk ~2 in ~1 my ~1 oat",
  // "came with regular beans instead of the decaf I ordered", "statt dem bestellten Decaf kam normaler Kaffee".
  "came|arrived|come|comes ~1 with ~4 instead ~1 of",
  "instead ~1 of ~4 ordered|asked|picked|chose|paid",
  "statt|anstatt ~3 bestellt|bestellten|bestelltem|bestellte|gewuenscht|gewuenschten",
  // "päckchen ist da aber statt dem Ethiopia Guji war der House Blend drin": something else in the parcel.
  "statt|anstatt ~5 war|waren|lag|lagen|ist|sind ~4 drin|drinnen|dabei",
  // "you said an engineer would call within 48 hours. That was 5 days ago."
  "that ~1 was ~3 days|weeks|months ~1 ago",
  // "seit 3 Wochen steht jetzt das Gerüst vorm Haus und kein Monteur weit und breit", "no engineer in sight".
  "kein|keiner|niemand ~2 weit und breit",
  "no|nobody|not ~1 a ~2 engineer|installer|technician|fitter|one ~1 in ~1 sight",
  // "Wärmepumpe seit Freitag aus, Störungsdienst sagt ‚Techniker kommt', das war vor vier Tagen".
  "waermepumpe|heizung|therme|warmwasser|wp ~2 seit ~2 aus|tot|kalt",
  "das ~1 war ~1 vor ~2 tagen|wochen|monaten",
  // Not "das röstdatum ist 9 tage her": that is how fresh the beans are.
  "das ist|war ~3 tage|wochen|monate ~1 her",
  // "I paid my final bill … and you've taken it again by direct debit".
  "taken|charged|debited|took ~2 it|me|this ~1 again",
  "nochmal|erneut|wieder ~3 abgebucht|eingezogen|abgezogen",
  // "Seit Montag ist in ganz Köln-Nippes der Strom weg".
  "strom|gas|wasser|internet|heizung|warmwasser ~1 weg|ausgefallen",
  "power|powers|electricity|internet|heating ~2 gone|out|off|down",
  // "Ordered on 12 Nov, still says processing": an order that does not move.
  "still ~2 says|shows|showing|stuck|pending|processing ~1 processing|pending|preparing",
  "stuck ~2 processing|pending|transit",
  "steht|haengt|stehen|haengen ~5 in ~1 bearbeitung|vorbereitung",
  // "So wurden wir noch nie behandelt", "never been treated like this".
  "noch nie ~3 behandelt",
  "never ~3 treated ~1 like",
  "gestrichen",
  "storniert",
  "abgestuerzt",
  "stuerzt|stuerzen ~9 ab",
  // "…, dass die App ständig abstürzt": the separable verb joined in a subordinate clause.
  "abstuerzt|abstuerzen|abschmiert|abschmieren|abgeschmiert",
  // "der Keller sah danach aus wie ne Baustelle, Bohrstaub überall, Kartons einfach stehen lassen und die Fußleiste hat
  // jetzt ne Macke, die vorher nicht da war": a mess and a mark left by the fitters.
  "sah|sieht ~3 aus ~2 wie ~2 baustelle|schlachtfeld|saustall|schweinestall",
  "bohrstaub|dreck|schmutz|staub ~1 ueberall",
  "einfach ~1 stehen|liegen ~1 lassen|gelassen",
  "macke|kratzer|delle|schramme ~4 vorher ~2 nicht",
  // "die letzte lieferung kam mit aufgeplatzter tüte an": a parcel that came burst.
  "kam|kamen|kommt ~1 mit ~1 aufgeplatzter|aufgerissener|kaputter|zerrissener|offener ~1 tuete|packung|verpackung|karton",
  // "das Haus kühlt langsam aus": a home going cold.
  "haus|wohnung|bude|buero|wohnzimmer ~2 kuehlt ~3 aus",
  // "seit dem Update fliegt man aus der App raus sobald man auf Zähler tippt": thrown out of the app.
  "fliegt|fliege|fliegen|fliegst|flieg ~2 man|ich|du|wir ~1 aus ~3 app|portal|konto ~1 raus",
  "aus ~1 der ~1 app ~1 rausgeflogen|rausgeworfen|rausgeschmissen",
  // "gutschein über 30€ gekauft, bezahlt mit paypal, geld ist weg aber keine mail mit dem pdf": paid, nothing came.
  "geld|money|kohle ~1 ist|is|war|was ~1 weg|gone|abgebucht ~3 aber|but ~1 keine|keinen|kein|no",
  "absturz*",
  "fehlermeldung*",
  "fehlt",
  "fehlen",
  "fehlte",
  "unvollstaendig",
  "verloren",
  "verschwunden",
  "verschollen",
  // Sold out before closing: "schon wieder kein Brot mehr da".
  "kein|keine|keinen|nichts ~3 mehr ~1 da",
  "ausverkauft",
  // "einen Abschlag von 0 Euro berechnet und dann 900 Euro nachfordert".
  "nachfordert|nachfordern|nachgefordert|nachforderung",
  "nachzahlung ~3 von|ueber",
  // "the new app update deleted my loyalty stamps".
  "deleted|wiped|erased|removed ~2 my|all|our",
  "geloescht|verschwunden ~2 alle|meine|mein",
  // "Seit dem app update sind alle meine stempel weg", "my stamps are gone".
  "stempel|punkte|bonuspunkte|treuepunkte|guthaben|daten|fotos ~3 weg|verschwunden|futsch",
  "stamps|points|credit|balance ~3 gone|vanished|disappeared",
  // "die Hotline legt nach 20 Minuten einfach auf", "they hung up on me".
  "legt|legte|legen ~3 einfach|dann|immer|wieder ~1 auf",
  "hung|hangs|hang ~1 up",
  // "Lauwarmer Kaffee für 4,50 €", "das Croissant war innen noch roh".
  "lauwarmer|lauwarme|lauwarmes|lauwarmen|kalter|kalte|kaltes|kalten ~1 kaffee|cappuccino|latte|tee|kakao|suppe|essen|flat|espresso|chai",
  "innen|noch ~2 roh",
  "innen|noch ~2 nicht ~1 durch",
  "raw|undercooked ~2 inside",
  "raw|undercooked ~2 in ~1 the ~1 middle",
  // "Warum wurde mein Abschlag diesen Monat gar nicht abgebucht?".
  "gar ~1 nicht ~1 abgebucht|eingezogen|berechnet|ueberwiesen",
  // "inverter beeping every night since the install, can't sleep".
  "beeping|beeps|piept|piepst|piepte ~3 every|jede|jeden|staendig|dauernd|constantly|nachts|night",
  "can't|cant|cannot ~1 sleep",
  "kann ~2 nicht ~1 schlafen",
  // "Die Kaffeemühle kam heute an, aber der Mahlwerk-Einsatz fehlt komplett".
  "fehlt|fehlen|fehlte ~1 komplett|ganz|einfach|leider|aber",
  // "appointment cancelled the morning of, for the second time", "Termin kurzfristig abgesagt".
  "appointment|visit ~3 cancelled|canceled|moved|rescheduled",
  // "die Pauschale für unseren Wartungsvertrag ohne Ankündigung um 35 % erhöht".
  "pauschale|grundgebuehr|wartungspauschale|monatsbeitrag|beitrag|gebuehr ~8 erhoeht|angehoben|verdoppelt",
  // "Just got a bill for £1,240 for three months … This can't be right."
  "can't|cant|cannot ~1 be ~1 right|correct",
  "can ~1 not ~1 be ~1 right|correct",
  "kann ~1 nicht ~1 stimmen|sein|richtig ~1 sein",
  // "Uns Jahresabrechnung is dreimol su huh wie letz Johr … Dat kann nit stimme.": a bill that cannot be right.
  "kann ~1 nit|net|nich ~1 stimmen|stimme",
  // "Antwort „spätestens in einer Woche“ versprochen – jetzt sind's drei Wochen und nix".
  "sinds|sind ~2 wochen|tage|monate ~1 und ~1 nix|nichts",
  // "I skipped this month's delivery in the app but you still charged me".
  "skipped|paused|cancelled ~10 still ~1 charged|billed|sent|took",
  // "25 Minuten in Altona angestanden, weil nur eine Person an der Kasse war".
  "minuten|min|stunde|stunden ~4 angestanden|angestellt|anstehen|gestanden",
  "nur ~1 eine ~1 person|kraft|mitarbeiterin|mitarbeiter|bedienung ~3 kasse|theke|tresen|da|dienst",
  // "your installer left a pile of rubble in our front garden and hasn't been back".
  "left ~4 rubble|mess|debris|dirt|pile|scaffolding|cables|boxes",
  "hasn't|haven't|hasnt|havent ~1 been ~1 back",
  // "radiators upstairs still cold after your engineer 'fixed' the heat pump".
  "still ~1 cold|freezing|broken|leaking",
  "still ~1 not ~1 working|fixed",
  // "a company that still hasn't fixed my invoice after 6 weeks": a fault not put right, not a bill that never came.
  "still ~1 hasnt|havent ~1 fixed|corrected|sorted|amended|changed",
  // "Die Bohnen … sind total ölig und schmecken verbrannt".
  "schmeckt|schmecken|schmeckte|schmeckten ~2 verbrannt|bitter|komisch|seltsam|muffig|alt",
  // "der schmeckt irgendwie total flach und bitter, so als wär er schon ewig alt": stale beans.
  "schmeckt|schmecken|schmeckte|schmeckten ~2 irgendwie|total|voll|echt|so|ganz ~2 flach|fad|bitter|abgestanden|muffig",
  "als ~1 waer|waere|wären|waeren ~1 er|sie|der|die ~2 schon ~2 alt|uralt",
  // "Aufm Etikett find ich auch kein Röstdatum": the date a fresh bag must carry, missing.
  "finde|find ~3 kein ~1 roestdatum",
  "ohne ~1 roestdatum",
  "total|sehr|extrem ~1 oelig|verbrannt",
  // "Auf meiner Rechnung steht eine falsche Zählernummer".
  "falsche|falscher|falsches ~1 zaehlernummer|zaehlerstand|kundennummer|adresse|name|iban|tarif|verbrauch",
  // "Seit dem Umzug zahle ich doppelt: an euch und an den neuen Anbieter".
  "zahle|zahlen|bezahle|bezahlen ~2 doppelt",
  "paying|pay ~1 twice|double",
  // "wifi in the Leipzig café has been down all week", "WLAN im Café geht seit Tagen nicht".
  "wifi|wi-fi|wlan ~6 down|offline|broken|kaputt|weg",
  // "meine Tasse hatte einen Sprung", "the mug was chipped".
  "hatte|hat ~4 einen ~1 sprung|riss",
  // "die große tasse … hat nen riss quer durch": the same in the short form.
  "hatte|hat ~4 nen|'nen|n ~1 sprung|riss",
  "riss|sprung ~2 quer|mitten ~1 durch",
  "chipped|cracked ~1 cup|mug|glass|plate",
  "cup|mug|glass|plate ~2 was|is ~1 chipped|cracked",
  // "Die Photovoltaikanlage speist seit dem Zählertausch nichts mehr ein".
  "speist|speisen ~5 nichts|kaum|nicht ~2 ein|mehr",
  // "engineer was booked for 8-12 … no call, no text, nothing".
  "no ~1 call|text|word|email|show ~1 no|nothing",
  // "Ihr habt meine Bestellung zum zweiten Mal falsch gepackt".
  "falsch ~1 gepackt|verpackt|zusammengestellt|abgelesen|eingestellt|montiert|angeschlossen",
  "war|waren|ist|sind ~1 schon|bereits ~1 aus|alle|vergriffen",
  "verschimmelt*",
  "schimmel",
  "schimmelig*",
  // Hurt by what was sold: "Mein Sohn hat sich an der Verpackung geschnitten", "my daughter cut her finger on it".
  "sich ~10 verletzt|geschnitten|verbrannt|verbrueht",
  "allergische ~1 reaktion|reaktionen|schock",
  "lebensmittelvergiftung*",
  "fremdkoerper*",
  "glasscherbe*",
  // "had a hair in it", "eine Fliege im Salat": something in the food. A fly only with its article: "die in Berlin
  // fliege in dr Weltgschicht rum" is Swabian for flying about.
  "hair|haar|haare|insect|insekt|kakerlake|cockroach ~2 in|im",
  "eine|ne|einer|tote|toten|lebende|kleine|a|dead|live|the fliege|fly ~2 in|im",
  // "hat nach dem Verzehr Nesselausschlag bekommen".
  "nesselausschlag|ausschlag|hautausschlag|rash|hives",
  // Made ill or nearly run over: "Durchfall bekommen", "your driver nearly ran me over".
  "durchfall|erbrochen|erbrechen|diarrhoea|diarrhea|vomiting",
  "bad|upset ~1 stomach",
  "stomach ~1 ache|cramps|pains",
  "bauchschmerzen|magenschmerzen|bauchweh",
  // "the monitoring app has shown \"offline\" since …", "zeigt nur noch offline".
  "shows|showing|shown|says|zeigt|zeigte ~2 offline",
  // "your discount code WINTER10 didn't apply", "charged full price", "Rabattcode wurde nicht abgezogen".
  "code ~3 didnt|didn|doesnt|doesn|wont|won ~2 apply|work",
  "didnt|didn ~2 apply",
  "charged ~1 full ~1 price",
  "code|gutscheincode|rabattcode|rabatt ~4 nicht ~1 abgezogen|angerechnet|funktioniert|akzeptiert",
  // "bekomme immer noch Rechnungen für die alte Wohnung", "still getting bills for my old flat".
  "rechnung|rechnungen|bills|bill ~3 alte|alten|old|previous ~1 wohnung|adresse|address|flat|house|home",
  // "im Tracking steht seit Montag „in Zustellung“. Nichts passiert.", "Es ist 17 Uhr und niemand war da."
  "nichts ~1 passiert",
  // "scaffolding has been left in our garden", "the display has been blank since Tuesday", "still not here".
  "has|have|was|were ~1 been ~1 left",
  "left ~4 garden|driveway|drive|yard|lawn",
  // "Your engineer left our garden gate open and the dog got out".
  "left ~3 gate|door|tor|gartentor ~1 open",
  "tor|gartentor|tuer|haustuer ~2 offen ~1 gelassen|stehen",
  "is|has|been|gone|went ~2 blank|dark",
  "still ~1 not ~1 here|arrived|delivered",
  // "zwei Rechnungen für denselben Monat", "two bills for the same month".
  "zwei|2 ~1 rechnungen|abrechnungen",
  "two|2 ~1 bills|invoices",
  // "im Pappbecher serviert, obwohl ich ausdrücklich eine Tasse wollte".
  "obwohl|although ~6 wollte|wanted|asked|gebeten",
  // "the travel mug leaks as soon as you tilt it", "lid doesn't seal", "Gutscheincode wird als ungültig angezeigt".
  "leaks|leak",
  "doesnt|doesn|dont|don ~2 seal|close|fit",
  "ungueltig|invalid",
  "als ~1 ungueltig",
  // "bei uns läuft seit Tagen nur noch der Heizstab".
  "laeuft|lief|laufen ~4 nur ~1 noch",
  "niemand|keiner ~2 da",
  "sollte|sollten ~4 kommen|da ~1 sein|ankommen",
  // "statt 1 kg Espresso nur 250 g", "instead of 1kg only 250g came".
  // Not "statt nur Hochglanzwerbung zu schalten": an argument, nothing that came short.
  "statt|anstatt ~5 nur ~3 kam|kamen|geliefert|drin|dabei|bekommen|erhalten|g|kg|gramm|stueck|ml|liter|l",
  "instead ~1 of ~5 only",
  // "loyalty stamps disappeared from the app", "Stempel sind verschwunden".
  "disappeared|vanished|verschwunden",
  // "got 4 cartons of almond instead".
  "got|received|bekommen ~5 instead|stattdessen",
  // "charged me £300 for a month I wasn't even a customer".
  "charged|billed ~1 me ~8 wasnt|wasn|never|not",
  // "charged me €4.80 for a Hafer-Flat-White and then ANOTHER €0.60 for the oat milk": a charge on top of the price.
  "charged|billed ~1 me ~12 then ~1 another|extra|additional",
  "hat|haben ~3 mir ~10 dann ~1 nochmal|noch|extra ~3 berechnet|abkassiert|abgezogen",
  // "beim Bezahlen ein Cappuccino zu viel berechnet".
  "zu|zuviel ~1 viel ~1 berechnet",
  "zuviel ~1 berechnet",
  // "Dritter verschobener Termin", "moved again".
  "verschobene|verschobener|verschobenen",
  // "habt meinen Abschlag auf 250 Euro hochgesetzt".
  "abschlag|abschlaege|preis|preise|beitrag|grundgebuehr ~5 hochgesetzt|raufgesetzt|hochgeschraubt|hochjesetzt|raufjesetzt",
  // "dass ihr mir den Abschlag von 94 auf 171 € hochsetzt": the same, in the present.
  "abschlag|abschlaege|preis|preise|beitrag|grundgebuehr ~6 hochsetzt|hochsetzen|raufsetzt|raufsetzen|hochschraubt",
  // "Ich bekomme keine E-Mail zum Zurücksetzen vom Passwort", "no reset email for my password".
  "keine|no ~3 zuruecksetzen|passwort|password|reset",
  "fast|beinahe ~3 ueberfahren|umgefahren|angefahren",
  "nearly|almost ~2 ran|run|hit|knocked ~2 me|us|over|down",
  ...FIRE,
  "rasen|rast|rasten ~4 durch|vorbei|ueber",
  "speeding",
  "speed ~3 past|through",
  // "wurde an eurer Kasse beschimpft": insulted by staff or left to it.
  "wurde|wurden|werde ~4 beschimpft|beleidigt|angepoebelt|bedroht",
  "niemand|keiner ~2 hat ~1 eingegriffen",
  // "Der Bus 23 ist einfach vorbeigefahren".
  "vorbeigefahren|durchgefahren",
  "drove ~1 past",
  "vor ~1 verschlossener ~1 tuer",
  // "Die letzten zwei Updates haben unsere Schnittstelle zu SAP zerschossen".
  "zerschossen",
  // Goods damaged on the shelf: "eine Dose Erbsen, total verbeult und ausgelaufen".
  "verbeult",
  // "die Kurbel ist verbogen", "the handle came bent", "wackelt", "tropft", "has a crack".
  "verbogen",
  "bent",
  // "Der Deckel … war gebrochen, als das Paket ankam"; not "das Eis gebrochen".
  "war|ist|kam|waren|sind ~2 gebrochen|abgebrochen|gerissen",
  // "the upstairs radiators barely get warm", "wird kaum warm".
  "barely|hardly ~2 warm|heat|heats|works|work|working",
  "kaum ~2 warm|heiss",
  // "geht … an meine alte Adresse, obwohl ich sie im Konto geändert habe".
  // Batch 72: "ging meine Jahresabrechnung jetzt an die alte Adresse": sent there, said with its preposition.
  "an|to ~1 die|meine|unsere|my|our|the ~1 alte|old ~1 adresse|address",
  "alte ~1 adresse",
  "old ~1 address",
  "obwohl|although ~5 geaendert|gekuendigt|storniert|abbestellt|changed|cancelled|canceled|updated",
  "even ~1 though ~5 changed|cancelled|canceled|updated",
  // "cancelled my subscription last month and you still charged me again".
  "still ~2 charged|billed|debited",
  "wackelt|wackeln",
  "tropft|tropfen",
  "has|had ~1 a ~1 crack",
  "ausgelaufen",
  "aufgeplatzt",
  // "komme mit der neuen App überhaupt nicht klar".
  "komme|kommt|kommen ~5 nicht ~1 klar|zurecht",
  // "zeigt … nur noch einen weißen Bildschirm".
  "weisser|weissen|schwarzer|schwarzen|leerer|leeren ~1 bildschirm",
  // "Rückruf gebucht, es hat niemand angerufen".
  "niemand|keiner ~3 angerufen|zurueckgerufen",
  "keiner|niemand ~1 kommt",
  "ohne ~1 internet|strom|heizung|warmwasser|wasser|gas|netz|telefon",
  // "Ihr habt meinen Strom abgestellt, obwohl ich bezahlt habe", "kein Licht".
  "strom|gas|wasser|heizung|internet|anschluss ~3 abgestellt|abgeschaltet|gesperrt|abgeklemmt",
  "abgestellt|abgeschaltet|abgeklemmt ~3 obwohl",
  "obwohl ~3 ich|wir ~6 bezahlt|gezahlt|ueberwiesen",
  // "Der Monteur sollte zwischen 8 und 12 kommen … niemand ist da", "the engineer never turned up".
  "niemand|keiner ~1 ist ~2 da|gekommen|erschienen|aufgetaucht",
  // Batch 145/146: "statt der Weihnachtsbox „Festtagsröstung“ kam eine Box mit entkoffeiniertem Espresso", "install
  // was booked for 4 Dec, now it's 'sometime in January'", "bills our café at the household tariff rather than the
  // business rate we signed".
  "statt|anstatt|anstelle ~6 kam|kamen|geliefert|geschickt",
  "was ~1 booked|scheduled|planned|confirmed ~5 now ~2 its|it's|is|it",
  "bills|billed|charges|charged ~6 tariff|rate ~2 rather ~1 than|instead",
  // Batch 157: "im Paket war dann aber der Kolumbien", "zweimal diese woche kalter cappu".
  "im ~1 paket|karton ~1 war|waren ~2 aber",
  "kalter|kalten|lauwarmer|lauwarmen ~1 cappu|cappuccino|kaffee|latte|flat|espresso",
  // Batch 158: "mein paket is immer noch nich da 😤😤", "Meine Jahresabrechnung stimmt hinten und vorne nicht!!",
  // "Shame nobody ever picks up your phone line".
  "paket|bestellung|lieferung|abo ~3 immer ~1 noch ~1 nich|nicht|nix|nichts ~1 da",
  "stimmt ~3 hinten ~1 und ~1 vorne ~1 nicht|nich",
  "stimmt ~3 vorne ~1 und ~1 hinten ~1 nicht|nich",
  // "picked French press grind but got whole beans": chosen, and something else came.
  "picked|chose|selected ~5 but ~1 got|received",
  "nobody|noone ~2 picks|picked ~1 up",
  "no ~1 one ~2 picks|picked ~1 up",
  // "Guten Morgen ich habe eine Beschwerde und eine Frage. Erst die Beschwerde: …": a complaint announced as one.
  "ich ~1 habe|hab|hätte|haette ~1 eine ~1 beschwerde|reklamation",
  "erst|zuerst ~1 die ~1 beschwerde|reklamation",
  "i ~1 have|ve ~1 a ~1 complaint",
  // "vor 5 Wochen den Auftrag … unterschrieben … seitdem hört man GAR NICHTS mehr. Kein Anruf kein Brief.": nothing
  // heard since.
  "hoert|hoeren|hoere|hor ~1 man|ich|wir ~2 nichts|nix ~1 mehr",
  "kein ~1 anruf ~1 kein|keine ~1 brief|mail|email|nachricht",
  // "mein abo paket is schon wieder nicht gekommen": "is" as people say it.
  "ist|is|sind ~3 nicht ~1 gekommen|erschienen|aufgetaucht",
  // "Danke, dass der Monteur am 3. März einfach nicht gekommen ist": the visit not made, told in a clause of its own.
  "monteur|monteure|techniker|handwerker|installateur|elektriker|kundendienst ~6 nicht|nie ~1 gekommen|erschienen|aufgetaucht|vorbeigekommen",
  "nobody|noone ~2 showed|turned|came",
  "no one ~2 showed|turned|came",
  "never ~1 showed|turned",
  // "3rd time the engineer hasn't turned up for the survey", "your engineer no-shows for the service".
  "hasnt|hadnt|didnt|havent|not ~1 turned|shown|showed|show ~1 up",
  // "Abo-Lieferung diesen Monat wieder nicht gekommen", "red light, zero output, nobody calls back".
  "lieferung|paket|bestellung|sendung|box ~3 wieder|schon|noch ~1 nicht|nie ~1 gekommen|angekommen",
  "nobody|noone ~1 calls|rings|gets ~1 back",
  "no ~1 one ~1 calls|rings|gets ~1 back",
  "zero ~1 output|power|kwh",
  // Round 27, cases told in a few words: "wtf Südvorstadt, 25 min for a cappuccino", "Seit zwei Wochen nix da.",
  // "subscription charged but no beans??".
  "min|mins|minutes ~0 for ~1 cappuccino|coffee|latte|cortado|espresso|cappu|tea",
  "min|mins|minutes ~0 for ~1 flat ~0 white",
  "seit ~3 tagen|wochen ~1 nix|nichts ~1 da|gekommen|angekommen",
  "charged|billed|debited|abgebucht|bezahlt ~2 but|aber ~1 no|keine|kein ~1 beans|bohnen|kaffee|coffee|delivery|lieferung|box|parcel|paket",
  // "two no-shows", "was a no-show again": the hyphen splits the word, so it is matched as the two words it becomes.
  "no ~0 show|shows|showed",
  "noshow|noshows",
  // "Geld ist längst weg vom Konto, aber weder Versandmail noch Paket", "neither a shipping email nor a parcel".
  "weder ~5 noch ~2 paket|lieferung|ware|bestellung|versandmail|sendung",
  // "Gutschein über 25 € eingelöst, wurde aber nur mit 15 verrechnet", "only €15 of it was applied".
  "nur ~3 verrechnet|angerechnet|gutgeschrieben|abgezogen|akzeptiert",
  // "i have done everything what is needed, but my account has not been verified".
  "not ~2 been ~1 verified|approved|activated|unlocked",
  // "KK-51907 seit 6 tagen 'in zustellung' bei dhl 🙄 wo bleibt mein guji".
  "wo ~1 bleibt ~1 mein|meine|meinen|unser|unsere",
  // "ihr bucht immer noch den Abschlag für die alte Wohnung ab. Und den neuen dazu. Also doppelt!!".
  "bucht|zieht ~1 ihr|sie ~1 immer ~1 noch ~8 ab",
  "also ~1 doppelt",
  // "bei mir sind's jetzt 19 wochen seit dem vor-ort-termin": how long since what was promised.
  "wochen|monate ~1 seit ~1 dem|der ~3 termin|auftrag|vertragsabschluss|bestellung|unterschrift",
  "where ~1 is|s ~1 my ~3 order|parcel|package|delivery|coffee|beans",
  "noch ~1 nicht|immer ~1 nicht ~1 verifiziert|freigeschaltet|aktiviert",
  // "nen Hafer-Cappuccino getrunken und lag danach den halben Tag flach. … dass da normale Milch drin war".
  "normale|kuh ~1 milch ~3 drin|drinne|drinnen",
  "lag|lagen ~5 flach",
  "only ~4 credited|applied|accepted|counted|taken ~1 off",
  "neither ~5 nor ~2 parcel|package|order|delivery|shipment",
  // "Seit dem Zählerwechsel zeigt die App keinen Verbrauch mehr an".
  "zeigt|zeigen ~6 kein|keine|keinen|nichts ~3 mehr ~1 an",
  "nur ~1 noch ~1 die ~1 haelfte",
  "only ~2 half ~2 of ~1 what|the",
  // "my meter reading is 'invalid' every time I submit it".
  "says|shows|zeigt|meldet ~6 invalid|ungueltig",
  "durchnaesst|durchgeweicht|zerdrueckt|eingedrueckt|aufgerissen",
  "ueberfaellig",
  // "Mein Paket wurde beim Nachbarn abgegeben", "left with a neighbour although I asked for the locker".
  "beim|bei ~1 nachbarn|nachbar|nachbarin ~3 abgegeben|zugestellt|abgelegt|hinterlegt",
  "left|delivered ~3 with|to ~1 my|a|the ~1 neighbour|neighbor|neighbours|neighbors",
  // "My direct debit went out twice this month", "zweimal abgebucht".
  "went ~1 out|through ~1 twice",
  "charged|debited|taken|billed|charging|billing|debiting ~3 twice",
  // "your Ottensen cafe charged me two times for one flat white".
  "charged|debited|billed ~3 two|2 ~1 times",
  "zweimal|doppelt ~2 abgebucht|abgezogen|berechnet",
  // "diesen monat 2x 138 € abschlag abgebucht?!?".
  "2x|2mal ~4 abgebucht|abgezogen|berechnet|eingezogen|charged|debited|billed",
  "2 ~1 x|mal ~4 abgebucht|abgezogen|berechnet|eingezogen|charged|debited|billed",
  // "Jeden Monat zwei Abbuchungen, obwohl ich nur einen Vertrag habe", "two debits this month".
  "zwei|2|doppelte ~1 abbuchungen|abbuchung|lastschriften|lastschrift",
  "two|2|double ~1 debits|charges|direct ~1 debits",
  // "Die Heizung ist aus", "die Störungshotline ist dauerbesetzt".
  "heizung|strom|warmwasser|internet|netz ~2 ist|sind|war ~1 aus|weg|ausgefallen",
  "dauerbesetzt",
  "line|number|hotline ~2 always|constantly|permanently ~1 busy|engaged",
  "heating|power|electricity|boiler|internet ~2 is|has|went ~1 off|out|down",
  // "my bill doubled overnight", "Abschlag hat sich verdoppelt".
  "bill|price|rate|payment|premium|abschlag|rechnung|preis ~3 doubled|tripled|verdoppelt|verdreifacht",
  // "Die Musik im Café ist so laut, dass man sich nicht unterhalten kann", "the café was way too loud".
  "so|zu|viel ~1 laut|dreckig|schmutzig|stickig",
  "too|so ~1 loud|dirty|filthy",
  // "finally a place where i can't hear my own thoughts OR my friend": the music, too loud.
  "cant|cannot|couldnt ~1 hear ~1 myself|yourself|anything|each ~2 my|our|your|the ~2 thoughts|friend|friends|partner|voice|conversation|table",
  "cant|cannot|couldnt ~1 hear ~1 my|our|your ~1 own|friend|friends|partner|voice",
  "verstehe|versteht|verstand ~2 sein|mein|das ~1 eigenes|eigene ~1 wort",
  // "The oat milk tasted sour", "schmeckt abgestanden": spoiled, not a matter of taste.
  "tasted|tastes|smelled|smells ~2 sour|off|rancid|stale|mouldy|moldy|flat|musty",
  // "the cold brew was basically brown water", "schmeckt wie verbrannter Reifen": what they were served.
  // A cup served ("was"), not coffee mocked in general ("Kaffee ist eh nur braunes Wasser lol").
  "was|were ~1 basically|just|literally|only ~1 brown|coloured|colored ~1 water",
  "war|waren ~2 braunes ~1 wasser",
  "schmeckt|schmeckte|schmecken ~1 wie ~2 verbrannt*|reifen|gummi|seife|dreck",
  "tastes|tasted|taste ~1 like ~2 tyres|tires|rubber|soap|dirt|petrol|gasoline",
  // "keeps tripping the breaker", "the fuse blows every night".
  "keeps|kept ~1 tripping|blowing ~2 breaker|fuse|fuses|rcd",
  "trips|tripped|tripping ~2 breaker|fuse|fuses|rcd",
  "fuse|fuses|breaker ~1 blows|blew|trips|tripped|keeps",
  // "die Einspeisung wird im Portal nicht angezeigt": a figure the portal or app does not show.
  "wird|werden ~4 nicht ~1 angezeigt",
  // "the roast date on the bag says 3 July. That's five weeks ago": coffee sent out old.
  "roast ~1 date ~8 weeks|months ~1 ago|old",
  "schmeckt|schmeckte|schmecken|roch|riecht|riechen|rochen ~2 sauer|ranzig|abgestanden|gammelig|schlecht|muffig",
  // "Eure Monteure haben die Einfahrt zugeparkt".
  "zugeparkt|zugestellt|blockiert|versperrt",
  "blocked ~2 drive|driveway|entrance|road|garage",
  // Batch 69: "your crane truck blocked our whole street … bin lorry couldn't get through", "the awning … has a
  // hole right above the corner table". Batch 72: "The aircon above the window bench is dripping".
  "blocked ~3 street|streets|lane|road|access",
  "couldnt|couldn't|cant|can't ~1 get ~1 through",
  "has|had ~1 a ~1 hole",
  "hat|hatte ~1 ein ~1 loch",
  "is|was|keeps ~1 dripping|leaking",
  // "frühstück 'bis 12' … wir kommen um 11:15 und die küche ist 'schon zu' … umsonst quer durch die stadt".
  "kueche|laden|cafe|tuer ~2 schon|bereits zu|geschlossen",
  "umsonst ~5 gefahren|geradelt|gelaufen|gekommen|hergefahren|hergekommen",
  "came|drove|cycled|walked ~4 for ~1 nothing",
  "soaked|crushed|squashed",
  "kein|keinen ~1 strom|licht|gas|warmwasser",
  "cut ~1 off ~3 power|electricity|gas|water|internet",
  // "two letters in German saying you'll cut off my electricity": a cut-off threatened, told as threatened.
  "youll|theyll|will|gonna|threaten|threatens|threatening|threatened ~2 cut ~1 off ~3 power|electricity|gas|water|internet",
  "power|electricity|gas|water ~2 cut ~1 off",
  // "89 € Mahngebühr abgezogen, obwohl ich pünktlich bezahlt habe".
  "obwohl ~4 puenktlich|rechtzeitig ~2 bezahlt|gezahlt|ueberwiesen",
  "abgezogen",
  // "ob ich überhaupt Deutsch verstehe. Ich bin hier geboren.": singled out for one's origin.
  "ob ~2 ich|wir ~2 ueberhaupt ~2 deutsch",
  // "Warum antwortet hier eigentlich niemand? Ich habe vor 5 Tagen geschrieben."
  "antwortet|reagiert|meldet|hilft ~3 niemand|keiner",
  "vor ~3 tagen|wochen|monaten ~2 geschrieben|angerufen|gemeldet|reklamiert|angefragt",
  // "höher als letztes Jahr, obwohl wir weniger verbraucht haben".
  "obwohl|trotz ~4 weniger ~2 verbraucht|verbrauch",
  // A parcel thrown or left where it should not be: "über den Zaun geworfen", "thrown over the fence".
  "ueber ~1 den|die ~1 zaun|mauer|hecke",
  "over ~1 the ~1 fence|wall|hedge|gate",
  "router|modem|fritzbox|telefon|handy|anschluss|leitung|internet|wlan|netz|festnetz ~5 tot",
  // "Router blinkt rot", "die DSL-Lampe blinkt".
  "router|fritzbox|modem|lampe|led|licht ~3 blinkt|blinken|leuchtet ~2 rot|orange",
  "vergammelt*",
  "abgelaufen*",
  "null ~1 antwort|antworten|reaktion|rueckmeldung|info",
  "zero ~1 response|reply|replies|answer|info",
  "keine ~1 eingangsbestaetigung|bestaetigung|versandbestaetigung|bestellbestaetigung|auftragsbestaetigung|buchungsbestaetigung",
  "no ~1 shipping|order|dispatch|booking|shipment ~1 confirmation",
  // Treated as a suspect: "wie einen Dieb behandelt, nur weil ich Türke bin", "racially profiled".
  "wie ~2 dieb|verbrecher|kriminellen|kriminelle ~1 behandelt",
  "treated ~3 like ~2 thief|criminal|shoplifter",
  "diskriminiert",
  "discriminated",
  "racially ~1 profiled",
  "verspaetet",
  "verspaetung*",
  "doppelt|zweimal|dreimal|mehrfach ~2 abgebucht|berechnet|bezahlt|belastet",
  // "den Abschlag doppelt einziehen?! Bei mir sind diesen Monat 2x 94 € abgegangen".
  "doppelt|zweimal|2x ~3 einziehen|eingezogen|abgegangen|abgezogen",
  // "Wollte meinen 25€ Gutschein einlösen … sie meint der geht nur online", "wollten die den nicht nehmen weil 'nur
  // online'", "was told vouchers 'don't work for courses'": a voucher refused at the till.
  "meint|meinte|meinten|sagte|sagten|hiess ~4 geht|gilt|ginge|gehe ~2 nur ~1 online",
  "gutschein|gutscheine|gutscheinkarte ~8 nicht ~2 nehmen|annehmen|akzeptieren|angenommen|akzeptiert",
  "wollten|wollte ~3 den|die|ihn|es ~1 nicht ~1 nehmen|annehmen|akzeptieren",
  "voucher|vouchers|gift card|giftcard ~6 dont|doesnt|didnt|wont|wouldnt|not ~1 work|accepted|accept",
  "refused|wouldnt|would not|didnt ~2 accept|take ~3 voucher|vouchers|gift card|giftcard",
  // "hat uns die Förderung „so gut wie sicher“ versprochen und jetzt heißt es, wir kriegen nix": a promise broken.
  "versprochen|zugesagt ~8 jetzt|nun ~4 kriegen|bekommen|gibt ~2 nix|nichts|keine|keinen",
  "versprochen|zugesagt ~8 jetzt|nun ~2 heisst ~1 es ~3 doch ~1 nicht",
  // "Netzanschluss: Fehlanzeige", "Rückruf? Fehlanzeige": what is owed, absent. Not "Probleme: Fehlanzeige".
  "anschluss|netzanschluss|rueckruf|antwort|termin|techniker|monteur|lieferung|reaktion|rueckmeldung|bestaetigung ~1 fehlanzeige",
  // "25 min auf nen flat white jewartet" (Berlin), "40 Minuten auf den Cappuccino gewartet": a wait at the counter.
  "min|mins|minuten|minutes ~5 gewartet|jewartet|gwartet|gewart",
  // "Hafer Flat White bestellt und 50 Cent Aufpreis gezahlt": a surcharge that should not be.
  "aufpreis ~2 gezahlt|bezahlt|berechnet|verlangt|genommen",
  // "hat mir für Hafermilch 60 Cent extra abgeknöpft": charged what was not due, in plain words.
  "extra|zusaetzlich|mehr ~2 abgeknoepft|abkassiert|kassiert|abgezockt",
  "cent|euro|eur ~3 abgeknoepft|abkassiert",
  // "wollten mir 50 Cent extra für Hafermilch abknöpfen", "Heute in der Südvorstadt trotzdem 60 Cent extra gezahlt":
  // a surcharge taken or tried, told with the amount.
  "cent|euro|eur ~1 extra ~4 gezahlt|bezahlt|abknoepfen|abkassieren|berechnet|verlangt",
  "charged ~2 extra ~2 for ~2 oat|soy|almond",
  "charged ~3 for ~1 oat|soy|almond",
  "zu viel ~2 abgebucht|berechnet",
  "falsch ~2 abgebucht|berechnet|geliefert|abgerechnet|ausgezahlt|ueberwiesen",
  "rechnet|rechnen|berechnet|berechnen ~5 falsch",
  // "hat 20 Liter berechnet, aber nur 15 sind reingeflossen", "charged for 3 but only 2 arrived".
  "berechnet|abgerechnet|abgebucht|bezahlt ~3 aber ~2 nur",
  "charged|billed|paid ~4 but ~2 only",
  // A bug reported in passing: "One small bug: the export button is invisible in dark mode".
  "bug|bugs|glitch|glitches",
  // "you just doubled my premium with no explanation", "meinen Beitrag verdoppelt".
  "doubled|tripled|raised|increased|hiked ~3 my|our ~1 premium|premiums|bill|price|rate|rent|fee",
  "meinen|unseren ~1 beitrag|abschlag|preis ~3 verdoppelt|erhoeht|verdreifacht",
  // "payment failed but my card was charged anyway", "jetzt ist es weg".
  "charged|billed|debited|abgebucht ~4 anyway|trotzdem|regardless",
  "jetzt|nun ~2 ist|sind ~1 es|sie|er ~1 weg",
  // A seat or a room paid for and not given: "got put in a middle seat", "downgraded to economy".
  "got|was|were|been ~1 put|moved|downgraded|bumped|reseated",
  "downgraded",
  "herabgestuft|umgebucht",
  // Made ill by what was served: "Was sick all afternoon", "mir war den ganzen Abend schlecht".
  "was|got|felt|been ~1 sick|ill",
  "krank ~1 geworden",
  "mir ~3 schlecht|uebel ~1 geworden|gewesen",
  // "Mir geht es seitdem richtig schlecht", "I've been ill ever since".
  "mir ~1 geht|ging ~1 es ~3 schlecht|elend|uebel|miserabel|dreckig",
  "been ~2 ill|sick|unwell ~3 since|ever",
  // "your oat milk shortage … 4th time this month", "out of stock again", "ran out of oat milk".
  "shortage|shortages",
  "out ~1 of ~1 stock",
  "ran|run|running ~1 out ~1 of",
  // "tracking hasn't updated since the 16th", "Sendungsverfolgung wurde seit Tagen nicht aktualisiert".
  "tracking ~3 hasnt|hasn't|has|not|isnt|hasn ~2 updated|moved|changed",
  "tracking|sendungsverfolgung|sendungsstatus ~6 nicht ~2 aktualisiert|bewegt|geaendert",
  // "The tracking has said 'in transit' for nine days now and hasn't moved once".
  "said|says|shown|shows|showing|stuck ~3 in ~1 transit ~3 for|since",
  "hasnt|hasn't ~1 moved ~1 once|since|at|in|for",
  // Not "a hairline crack … invisible from the ground": hard to see from afar, nothing hidden that should show.
  "is|are|button|buttons|text|field|fields ~2 invisible|unsichtbar",
  "zu wenig ~2 bekommen|erhalten|ausgezahlt|ueberwiesen|gezahlt",
  "ohne ~2 zustimmung|einwilligung|erlaubnis|auftrag|einverstaendnis",
  "trotz ~3 kuendigung|widerruf|widerspruch",
  "found|there ~3 hair|glass|plastic|insect|bug|fly|mould|mold|cockroach ~3 in",
  "haar|haare|glas|glassplitter|plastik|insekt|schimmel|kakerlake ~4 im|in",
  "eine|ne|einer|tote|toten|lebende|kleine fliege ~4 im|in",
  "falsche ~1 adresse|lieferung|rechnung|artikel|groesse|sorte|farbe|menge|ware|produkt",
  "keine ~1 antwort|rueckmeldung|reaktion|hilfe|erstattung|rueckerstattung|lieferung|info|information",
  // "die Hotline hatte keine Ahnung" is the company's; "du hast keine Ahnung", "die in Berlin haben keine Ahnung" not.
  "hotline|mitarbeiter|mitarbeiterin|berater|beraterin|monteur|monteure|techniker|kundenservice|support|service|personal|aushilfe|aushilfen ~4 keine ~1 ahnung",
  "niemand|keiner ~3 meldet|hilft|antwortet|sagt|kuemmert|reagiert|erklaeren|erklaert|sagen|helfen",
  // "Niemand hat mir das vorher erklärt", "ohne jede Vorwarnung".
  "niemand|keiner ~5 erklaert|gesagt|informiert|mitgeteilt|vorgewarnt|angekuendigt",
  "ohne ~2 vorwarnung|ankuendigung|vorankuendigung",
  "nobody|noone ~4 explained|told|warned|informed",
  "no one ~4 explained|told|warned|informed",
  "without ~2 warning|notice",
  // "hat meinen Parkettboden zerkratzt", "scratched our floor".
  "zerkratzt|verkratzt|demoliert|kaputtgemacht",
  "scratched|dented|gouged ~3 my|our|the ~2 floor|floors|wall|walls|door|car|worktop|parquet|carpet",
  "warteschleife*",
  "warte ~1 seit|immer|noch|schon",
  // "der Abschlag zwei mal runtergegangen", "auf dem Konto ist das jetzt zweimal drauf", "took my monthly payment
  // twice … Same amount, same day": charged twice, told plainly.
  "zwei ~1 mal ~2 runtergegangen|abgegangen|abgezogen|abgebucht",
  "zweimal|doppelt ~2 runtergegangen|abgegangen|abgezogen",
  // Not "Die Inbetriebnahme steht zweimal drauf": an item twice on the bill is read from the bill's own words.
  "konto ~5 zwei|zweimal|doppelt ~2 drauf",
  "took|taken ~4 twice",
  "same ~1 amount ~1 same ~1 day",
  // "your cafe was closed this morning even tho the door says open at 7:30", "Gitter unten, keen Zettel", "Ottensen
  // heute 7:45 zu. Schild "bin gleich zurück". 20 min gewartet": closed when it should have been open.
  "closed ~5 even|although|though|tho|despite",
  "gitter|rolltor|rollladen|rolladen ~1 unten|runter",
  "schild ~4 gleich ~1 zurueck",
  // "The ramp at the entrance was blocked by delivery crates … we felt really unwelcome".
  "ramp|rampe|entrance|eingang|aufzug|lift ~3 blocked|blockiert|zugestellt|verstellt|versperrt",
  // "you're STILL taking 95 bucks a month out of my account", "trotzdem zweimal abjebucht", "es nicht schafft, unsere
  // Jahresabrechnung vor Juli ins Portal zu stellen".
  "still ~2 taking|charging|debiting",
  // "Heute ne Mahnung im Briefkasten obwohl der Abschlag ganz normal abgebucht wurde. Am Wochenende natürlich niemand
  // zu erreichen."
  "mahnung ~6 obwohl|trotz ~8 abgebucht|bezahlt|ueberwiesen|gezahlt",
  "niemand|keiner ~2 zu ~1 erreichen",
  // "Samstag 14 Uhr erreicht man bei Ihnen nämlich exakt niemanden", "no one picks up", "nobody answers".
  "erreicht|erreichte ~1 man ~5 niemanden|keinen|niemand",
  "man ~1 erreicht ~5 niemanden|keinen",
  "zweimal|doppelt ~1 abjebucht",
  "abjebucht",
  "es ~1 nicht ~1 schafft|schaffen",
  "schafft|schaffen ~1 es ~1 nicht",
  // "14 Wochen warte ich jetzt schon auf meine Wärmepumpe".
  "wochen|monate|tage|stunden ~1 warte|warten|wartet ~2 jetzt|nun ~1 schon",
  // "6 Wochen warte ich jetzt auf meine Jahresabrechnung": the wait, counted first.
  "wochen|monate|tage ~1 warte|warten|wartet ~3 auf ~2 jahresabrechnung|abrechnung|rechnung|schlussrechnung|gutschrift|erstattung|angebot|antwort|termin",
  // "schon zu hattet obwohl bei google 18 uhr steht": closed before the hours they give.
  "schon|bereits ~1 zu|geschlossen ~3 obwohl|trotz",
  // "Seit 7 Wochen warte ich auf die Regulierung meines Wasserschadens".
  "warte|warten ~2 auf ~3 regulierung|auszahlung|bearbeitung|entscheidung|gutschrift|kostenzusage",
  "warten ~1 seit|immer|noch|schon",
  "immer noch ~1 nicht|nichts|kein|keine",
  "bis heute ~2 nicht|nichts|kein|keine",
  "gestrandet",
  "unbeantwortet",
  "nix|nichts ~2 gehoert",
  "nix|nichts ~2 angekommen|gekommen|geliefert|erhalten|bekommen",
  "antwortet|antworten|reagiert|reagieren|meldet|melden ~3 nie|niemals",
  "nie ~2 geantwortet|reagiert|zurueckgerufen|gemeldet",
  // "schafft es nicht, eine Mail zu beantworten", "kriegen es nicht hin, einen Anruf zurückzurufen".
  "schafft|schafft's|schaffen|kriegt|kriegen ~4 nicht ~3 mail|email|e-mail|nachricht|anruf ~2 beantworten|zurueckzurufen",
  "dreimal|zweimal|mehrfach|mehrmals|x-mal ~3 geschrieben|angerufen|gemeldet|nachgefragt",
  "heard nothing",
  "server|servers|servern ~1 down|offline|weg",
  "deleted|wiped|erased|corrupted ~2 my|our|the ~1 save|saves|data|files|account|progress",
  "hours|days|progress|data ~1 gone",
  "no ~1 acknowledgement|acknowledgment|confirmation",
  "returning|throwing|giving ~3 errors|502s|500s|503s|504s|timeouts",
  "out ~1 of ~1 stock",
  "sold out",
  "mouldy|moldy|rotten|expired",
  "nothing back",
  "zerbrochen",
  "undicht",
  // The one word a long story turns on: "kommt aus dem Außengerät … so ein hoher Pfeifton", "so eine Zugluft",
  // "an den Schienen … Rost".
  "pfeifton|pfeiftoene|pfeifgeraeusch|pfeifgeraeusche|brummton|summton|quietschgeraeusch|klappergeraeusch|klackergeraeusch",
  "zugluft",
  // "paused my sub … and a bag … turned up this morning", "Abo pausiert und heute kam trotzdem wieder ein Paket":
  // a pause that did not hold.
  "paused|pausiert|pausierte ~12 still|trotzdem|anyway|nevertheless|turned|kam|kamen|geliefert|arrived|abgebucht|charged",
  "were|was ~1 both|still ~1 charged",
  // "+ €14.50 gone from my account": money taken.
  "gone|weg ~1 from|vom ~1 my|our|meinem|unserem ~1 account|bank|card|konto",
  // "the login loop on my Pixel 8 is now 100% reliable".
  "login|anmelde|boot ~1 loop|schleife",
  // "Your barista spilled a whole latte over my laptop": spilt on the guest by staff (by the writer: intent.ts).
  "spilled|spilt|verschuettet|gekippt|geschuettet ~5 over|on|auf|ueber ~1 my|me|mich|mein|meine|meinen|meinem",
  "es ~1 zieht ~3 tuer|fenster|wand|boden",
  "verrostet|rostig|rostflecken|angerostet",
  "ist|sind|hat|haben ~6 rost",
  "rost ~1 an|am|auf|dran",
  "high-pitched|whistling|whining|humming|rattling|grinding ~1 noise|sound",
  "draught|draft ~2 from|through|under|every",
  "rusted|rusty|rusting",
  "nicht erschienen",
  "niemand|keiner ~1 kam|erschienen",
  // "2 Stunden auf den Techniker gewartet, kam keiner, kein Anruf": the verb first, as it is told.
  "kam|kamen|kommt|erschien ~2 niemand|keiner",
  // "Gekommen ist bis heute niemand."
  "gekommen|erschienen ~1 ist ~3 niemand|keiner",
  "niemand|keiner ~3 gekommen|erschienen|aufgetaucht|vorbeigekommen",
  // Power or gas gone: "Stromausfall in der Nordstadt seit 2 Stunden".
  "stromausfall*",
  "netzausfall*",
  "gasausfall*",
  // A reading given and ignored: "auf der Jahresabrechnung steht trotzdem ein geschätzter Wert".
  "trotzdem ~4 geschaetzt*",
  // "Dreimol han ich jetz ming Zählerstand jemeldt … un trotzdem schätzt ihr mich op 5.200 kWh": estimated all the same.
  "trotzdem ~1 schaetzt|schaetzen ~1 ihr|sie",
  // "ich sei geschätzt worden, obwohl ich den Zählerstand pünktlich geschickt habe": estimated though it was sent.
  "geschaetzt ~2 obwohl ~6 zaehlerstand|gemeldet|geschickt|eingegeben|uebermittelt|abgelesen",
  // "ZÄHLERSTAND … GEMELDET UND JETZT STEHT IN DER ABRECHNUNG GESCHÄTZT": reported, and still estimated.
  "gemeldet|gemailt|angegeben|uebermittelt ~10 steht ~4 geschaetzt",
  // "Zählerstand am 3. Januar jemeldet, Foto hab ich noch, und jetzt kommt ne Schätzung über 4.870 kWh".
  "gemeldet|jemeldet|gemailt|geschickt|uebermittelt ~12 kommt|kam ~2 ne|eine|nur ~1 schaetzung",
  "geschaetzte|geschaetzter|geschaetzten ~1 wert|werte|verbrauch|zaehlerstand|ablesung",
  "smashed",
  "cut ~1 himself|herself|myself|themselves|his|her|my|their",
  "injured|injury|injuries",
  "allergic ~1 reaction",
  "food ~1 poisoning",
  "choked|choking",
  "stain|stains|stained",
  "getting ~1 a|an ~1 503|502|500|504|404",
  "unable ~1 to ~1 load",
  "price|prices ~2 went|gone ~1 up",
  "dented",
  "leaked",
  // "v3.2 breaks on plan", "broke after the update".
  "breaks|broke ~2 on|when|after|with",
  // "was 25 mins late AGAIN", "missed my connection".
  "was|were|is|running ~4 late",
  "missed ~2 connection|connecting|train|flight",
  "logging|logs|logged ~1 me ~1 out",
  // "„Wir rufen Sie morgen zurück“ – gesagt am 28. Februar. Ich sitz seitdem neben dem Telefon": a call-back promised
  // and never made.
  "sitz|sitze|sitzen ~1 seitdem|seither ~2 neben ~2 telefon|handy",
  // "my smart meter has been 'scheduled for installation' since November. Four months.": stuck in a status.
  "been ~2 scheduled|pending|processing ~6 since",
  // "Montage für den 17. zugesagt, am 16. abends per SMS abgesagt": an appointment called off at the last minute.
  "per ~1 sms|mail|email|whatsapp ~1 abgesagt|storniert",
  "zugesagt|bestaetigt ~12 abgesagt|storniert",
  // "My channel was wrongfully terminated … filled up the form but nothing happend": shut without cause, and nothing
  // done since.
  "wrongfully|wrongly|unfairly ~1 terminated|terminate|banned|suspended|removed|closed|charged|blocked",
  "but ~1 nothing ~1 happend|happened|happens",
  // "This is the second time @amazon has gotten money out of me, $131": money taken that should not have been.
  "gotten|got|taken|took|getting ~1 money ~1 out ~1 of ~1 me|us",
  // "seit dem Update … loggt sie mich jeden Morgen aus", "werde ständig ausgeloggt".
  "loggt|logt ~2 mich|uns ~4 aus",
  "werde|wurde|werden|wurden|bin|sind ~3 ausgeloggt|rausgeworfen|rausgeschmissen",
  // "our webhooks have been failing since 09:00", "router has been dead for 6 days".
  "been|are|is|keep|started ~1 failing",
  "router|modem|phone|line|connection|internet|broadband ~4 dead",
  // "Cancelled my membership 3 months ago and you're STILL taking money".
  "still ~2 taking|charging|billing|debiting|deducting",
  "shattered",
  "cracked",
  "leaking",
  "nobody|noone showed|turned up",
  "no one showed|turned up",
  // "nobody has turned up or called", "no one has come".
  "nobody|noone ~2 has|had|have ~1 turned ~1 up",
  "nobody|noone ~2 has|had|have ~1 shown|showed|come|called",
  "no one ~2 has|had|have ~1 turned ~1 up",
  "no one ~2 has|had|have ~1 shown|showed|come|called",
  "nobody|noone came",
  "no one came",
  "no-show",
  // "your engineer has no-showed for my heat pump service".
  "has|have|had ~1 no ~1 showed",
  "unanswered",
  "never ~3 answer|answers|answered|respond|responds|responded|reply|replies|replied|called",
  // "but can't answer one email in 3 weeks", "couldn't reply to a single message".
  "can't|cant|cannot|couldn't|couldnt ~1 answer|reply|respond|return ~3 email|emails|mail|message|messages|call|calls|dm|dms",
  "twice ~3 written|wrote|emailed|called|messaged",
  "times ~2 written|wrote|emailed|called|messaged",
  "written|wrote|emailed|called|messaged ~3 twice|times",
  "kommt|kommen|kam|kamen ~6 spaeter",
  "zu spaet",
  "ist|war ~2 down|offline",
  "been|is|was ~2 down|offline",
  "kein|keine ~1 warmwasser|strom|heizung|internet|netz|empfang|gas|wasser",
  "kein|keine|keinen ~2 banking|onlinebanking|zugriff|zugang|verbindung",
  "heizung|wasser|warmwasser ~7 kalt",
  // "unsere Wärmepumpe ist seit Freitag kalt", "während unsere seit Freitag kalt ist", "radiators stone cold".
  "waermepumpe|wp|therme|haus|wohnung|bude|zimmer|heizkoerper ~7 kalt|eiskalt",
  "seit ~2 kalt|eiskalt",
  // "Unser Batteriespeicher lädt seit dem Update nicht mehr über 40 %", "won't charge past 40%".
  "laedt|laedst ~6 nicht ~1 mehr",
  "laedt ~4 nur ~1 noch|bis",
  "wont|doesnt|no longer|stopped ~2 charge|charging",
  // "the camera won't even turn on now": a thing that no longer starts.
  "wont|doesnt|won't|doesn't ~2 turn|switch ~1 on",
  "springt ~3 nicht ~1 mehr ~1 an",
  "geht ~1 nicht ~1 mehr ~1 an",
  // "mir wurden 50 cent extra für hafermilch berechnet", "charged extra for oat milk".
  "extra|zusaetzlich ~4 berechnet|abgerechnet|abgebucht|verlangt",
  "charged ~3 extra",
  // "the invoice we received is for 60 guests, but we were 35": billed for more than there was.
  "invoice|bill ~10 but ~2 we|there ~1 were|was|only|had",
  "rechnung ~10 aber ~2 wir|es ~1 waren|war|hatten|nur",
  // "wollte meinen Gutschein über 25€ nicht nehmen", "wouldn't accept my gift card": a voucher refused.
  "gutschein|gutscheinkarte|geschenkkarte|karte ~5 nicht ~1 nehmen|annehmen|akzeptieren|einloesen|angenommen|akzeptiert|eingeloest",
  "voucher|card ~4 refused|rejected|declined",
  "wouldnt|wouldn't|didnt|didn't|refused ~2 accept|take|honour|honor ~3 voucher|card",
  // "unsere WP 12 taktet seit Samstag alle paar min an und aus, im OG sinds noch 16 grad": a heat pump cycling.
  "taktet|takten|taktete ~4 staendig|dauernd|permanent|ununterbrochen|alle|an",
  "geht|springt|schaltet ~6 an und aus|ein und aus",
  "nur|sinds|sind ~1 noch ~2 grad",
  "heat ~1 pump|heating|radiators|radiator|house|flat ~6 cold|freezing",
  // "hat mir nen Hafer Cappu mit normaler Milch gemacht obwohl ich laktoseintolerant bin": served against a need said.
  "mit ~1 normaler|kuh ~1 milch ~6 obwohl|trotz|although|even",
  "obwohl ~3 laktoseintolerant|laktoseintoleranz|vegan|veganer|veganerin|allergisch|allergie",
  "even ~1 though|tho ~3 lactose|vegan|allergic",
  // "apparently I owe a back payment of €1,184?? … nothing changed, same usage as last year": a bill that cannot be.
  "same ~1 usage|consumption ~2 as ~2 last ~1 year",
  "usage|consumption ~2 hasnt|hasn't|has ~2 not ~1 changed",
  // "keeps throwing E305 and won't restart", "won't turn on": a machine that will not start.
  "wont|won't|doesnt|doesn't|didnt|didn't ~1 restart|reboot|start|boot",
  "wont|won't|doesnt|doesn't ~1 turn|switch|come ~1 on",
  "keeps|kept ~1 throwing|showing|flashing ~3 error|errors|code|fault",
  // "HEAT PUMP DEAD AGAIN", "boiler's died": the heating itself given up.
  "heatpump|boiler|heat ~1 pump|pumps|heating ~2 dead|died|dying",
  // "the inverter died on 2 October", "The inverter you fitted in Pulheim died": a part of the plant given up.
  "inverter|inverters|battery|wallbox|charger|meter|display|controller|thermostat|unit ~5 died|dying",
  "inverter|inverters|battery|wallbox|charger|meter|display|controller|thermostat|unit ~2 dead",
  "geht ~2 nicht ~1 ans ~1 telefon",
  // "… an das Projektteam, das seit Januar nicht mehr ans Telefon geht".
  "nicht|nie ~1 mehr ~1 ans ~1 telefon",
  // "Montage war für September zugesagt, jetzt ist März": a date promised and long gone.
  "zugesagt ~2 jetzt ~1 ist|haben ~1 wir",
  // "immer besetzt", "nur besetzt", "ist besetzt" (not "die Hotline jetzt bis 20 Uhr besetzt habt": staffed).
  "immer|nur|ständig|staendig|dauernd|ist|war|wieder ~1 besetzt",
  "hocken|sitzen|stehen|festsitzen ~3 fest",
  "haengt|haengen|haenge ~3 fest",
  // "laut Tracking in Leipzig hängengeblieben", "seit 10 Tagen unterwegs".
  "haengengeblieben|steckengeblieben|festgesteckt",
  "seit ~3 tagen|wochen ~2 unterwegs",
  "bewegt ~1 sich ~1 nicht",
  // "Anyone else in Leeds without power?" Not "in older buildings without underfloor heating": a kind of heating a
  // house lacks, no supply gone.
  "without ?any|our|my|the power|electricity|heating|gas|water|internet|signal",
  "ladebildschirm",
  "gehackt",
  "einfach ~6 erhoeht|abgebucht|gekuendigt|storniert|abgeschaltet",
  "kein|keine|keinen ~5 bekommen|erhalten|gesehen",
  // "Das Paket kam heute an, aber leer": nothing inside.
  "paket|karton|box|package|parcel ~4 leer|empty",
  // "ohne dass ich das erlaubt habe", "without my OK": spent or charged without consent.
  "ohne ~1 dass ~3 erlaubt|zugestimmt|genehmigt|eingewilligt|bestellt|autorisiert",
  // "Konto gesperrt"; not "weil die Halle gesperrt ist" (a road or a hall closed) nor "Mich haben sie für 3 Tage
  // gesperrt" (a ban on the platform): no case of ours.
  "konto|account|zugang|karte|kundenkonto|kundenkarte|app|profil|login|benutzerkonto|nutzerkonto|karten|nummer ~5 gesperrt",
  // "Zum DRITTEN mal wird meine Energieberatung verschoben": an appointment put off again.
  "wird|wurde ~4 verschoben|abgesagt ~2 jedes|schon|wieder|erneut|zum",
  "mal ~4 verschoben|abgesagt",
  // "In der App steht … "Vertrag beendet", ich hab aber nix gekündigt", "but I never cancelled".
  "aber ~2 nix|nichts|nie|nicht ~1 gekuendigt|bestellt|gebucht|unterschrieben|beauftragt",
  "but ~2 never|didnt|didn ~2 cancel|cancelled|canceled|order|ordered|sign|signed",
  // "Meine Adresse ist im Vertrag falsch", "the address on my contract is wrong".
  "adresse|anschrift|name|namen ~4 falsch",
  "address|name ~5 wrong|incorrect|misspelt|misspelled",
  // "an der Kasse … 5€ zu wenig Wechselgeld", "short-changed".
  "zu ~1 wenig ~1 wechselgeld|rueckgeld",
  "wrong ~1 change",
  "short-changed|shortchanged",
  // "Gutscheinkarte über 25€ … Guthaben 0,00 … die Karte war NIE benutzt".
  "guthaben|balance ~2 0|0,00|0.00|null|zero|leer|empty",
  "nie|never ~2 benutzt|eingeloest|used|redeemed",
  // "hat ne Dreckspur quer durch den hellen Flur hinterlassen. Keine Entschuldigung nix."
  "dreckspur|dreckspuren|schmutzspur|schmutzspuren|fussspuren|fußspuren",
  "dreck|schmutz|matsch ~6 hinterlassen",
  "keine ~1 entschuldigung",
  "no ~1 apology",
  // "your Ottensen barista literally rolled her eyes at me", "hat die Augen verdreht".
  "rolled ~2 eyes",
  // "he say 60 cent extra and roll the eyes at me": written as a learner writes it.
  "roll|rolls|rolling ~2 eyes ~2 at ~1 me|us",
  "augen ~2 verdreht|gerollt",
  // "Bonus … zugesagt, auf der Rechnung taucht der nirgends auf".
  "taucht|tauchen|tauchte ~3 nirgends|nicht|nie ~1 auf",
  // "im Paket war nur der Kaffee", "the box only had the coffee".
  "im ~1 paket|karton ~1 war|waren ~1 nur",
  "box|parcel|package ~2 only ~1 had|contained",
  // "so schick, dass der Deckel beim ersten Schluck abspringt", "the lid pops off".
  "deckel ~3 abspringt|abgesprungen|abgeht|undicht|leckt|tropft",
  "springt|sprang ~3 deckel ~2 ab",
  "lid|lids ~3 pops|popped|comes|came|falls|fell ~1 off",
  "lid|lids ~2 leaks|leaked|leaking",
  // "euer warenkorb läuft nach 10 min ab?? dreimal alles neu zusammengeklickt".
  "warenkorb ~4 laeuft|lief ~3 ab",
  "warenkorb ~4 leer|geloescht|weg",
  "basket|cart ~4 expires|expired|emptied|cleared",
  // "every time "payment could not be completed" and then my cart is empty".
  "could|can ~1 not ~1 be ~1 completed|processed",
  "payment|zahlung ~3 failed|declined|fehlgeschlagen|abgelehnt|abgebrochen",
  "cart|basket ~2 is ~1 empty",
  // "auf der Rechnung stehen 2x Espresso Forte, drin war aber nur eine Packung".
  "drin|drinnen ~2 war|waren ~1 aber ~1 nur",
  // "left cable ties, foil and a cover panel lying in the garden", "wasn't even closed properly".
  "left ~8 lying ~2 in|on|around|about",
  // "hat seine Aluleiter bei uns im Garten liegen lassen": something of theirs left behind at the customer's.
  "garten|einfahrt|keller|hof|dach|beet|flur|wohnzimmer ~3 liegen|stehen ~1 lassen|gelassen",
  "liegen|stehen ~1 lassen|gelassen|liegengelassen|stehengelassen ~3 garten|einfahrt|keller|hof|dach|beet|flur",
  "liegengelassen|stehengelassen",
  "wasnt|wasn ~3 closed|fixed|sealed|secured|screwed",
  // "Wartungsprotokoll … sollte per Mail kommen, kam nie".
  "kam|kamen ~1 nie|nimmer",
  // "typed my password wrong 3 times, account locked".
  "account|accounts ~2 locked|blocked|suspended|frozen",
  // "… and u guys over here suspend the account😂": an account shut by the company, told as a joke.
  "suspend|suspended|ban|banned|lock|locked|disable|disabled|deactivate|deactivated ~1 the|my|our|his|her ~1 account|acc",
  "locked ~1 out",
  "laesst|lassen ~2 mich|uns ~3 nicht",
  // "krieg ich keine einzige Rechnung mehr": the bill itself is what did not come.
  "krieg|kriege|kriegen|bekomme|bekommt|erhalte ~2 keine ?einzige rechnung|abrechnung|jahresabrechnung|schlussrechnung|rechnungen",
  // "krieg ich keine einzige Rechnung mehr".
  "bekomme|bekommen|bekommt|erhalte|erhalten|kriege|kriegen|krieg|kriegt ~3 keine|keinen|kein",
  // "heute kam das Paket: 2 Module, Halterung, Kabel … aber kein Wechselrichter": a part missing from a delivery.
  "kam|kamen|geliefert|ausgepackt|angekommen ~6 aber ~1 kein|keine|keinen|ohne",
  "arrived|came|delivered|unpacked ~6 but ~1 no|without",
  // "booked the back room … confirmed by email … it's been given to some birthday party": a booking given away.
  "been|was|were ~1 given ~1 to|away",
  "an ~2 andere|jemand ~2 vergeben",
  // "Meine Anfrage wegen dem Angebot … ist jetzt 11 Tage alt": their own request left unanswered.
  "anfrage|mail|email|nachricht|ticket|request|enquiry|inquiry ~10 tage|wochen|monate|days|weeks|months ~1 alt|old",
  // "14.000 kWh sollen wir verbraucht haben … ne Null zu viel getippt": a reading they dispute.
  "sollen|soll ~2 wir|ich ~3 verbraucht",
  "null ~2 zu ~1 viel",
  "extra ~1 zero",
  // 'am Hefezopf "ohne Nüsse", drauf waren aber gehobelte Mandeln': labelled free of it, and it was there.
  "ohne|frei ~2 nuesse|nuss|gluten|laktose|milch|mandeln|ei ~8 aber",
  "without|free ~2 nuts|nut|gluten|lactose|dairy|almonds ~8 but",
  "nut-free|gluten-free|dairy-free|lactose-free ~8 but",
  // "beim Auspacken waren statt vier verschiedenen Sorten zweimal Sidamo drin": other contents than ordered.
  "statt|anstatt ~6 drin|drinnen|dabei",
  "instead ~1 of ~6 inside|in ~1 the ~1 box|bag|parcel",
  // "seit März ist keine Einspeisevergütung mehr auf unserem Konto angekommen": money owed to them that did not come.
  "kein|keine|keinen ~5 angekommen|eingegangen|gutgeschrieben|ueberwiesen|ausgezahlt",
  // "ich komm mit dem Rolli nicht über die Stufe": no way in.
  "komm|komme|kommt|kommen|kam ~4 nicht ~1 ueber|durch|hoch|rauf",
  // "vor 5 Wochen für die Heizlastberechnung angemeldet. Seitdem NICHTS.": nothing has happened since.
  "seitdem|seither ~1 nichts|nix",
  // "a letter addressed to the previous tenant", "Post an den Vormieter": someone else's account on their meter.
  "addressed ~1 to ~1 the ~1 previous|former|old ~1 tenant|tenants|owner|owners|occupant|occupier",
  "an|fuer ~1 den|die ~1 vormieter|vormieterin|vormietern|vorbesitzer|vorbesitzerin",
  // "We've never even had a bill from you".
  "never ~2 had|got|received ~2 bill|invoice|statement",
  "habe|hab|hatte ~3 problem|probleme|schwierigkeiten",
  // English
  "cannot|cant|couldnt|unable ~1 to ~1 proceed|login|log|sign|check|pay|order|book|access|use|open|connect|get|reach|find|download|cancel|update",
  "cannot|cant|couldnt|unable ~3 proceed|login|log|sign|check|pay|order|book|access|use|open|connect|reach|download|cancel|find",
  "cannot|cant|couldnt|unable ~3 recover|reset|change|delete|remove|install|upload|watch|play|stream|select|switch|verify|retrieve|receive|activate|redeem|unsubscribe|unenroll|submit|enter",
  // "the app closes itself every time I tap on …", "die App schließt sich ständig".
  "closes|closed|shuts|crashes|quits ~1 itself|down",
  "schliesst|schloss|beendet ~1 sich",
  // "THIRD box in a row shows up pre-ground when my subscription says whole beans": not what they ordered.
  "shows|showed|show|turns|turned ~1 up ~1 pre-ground|preground|ground|empty|broken|damaged|open",
  "pre-ground|preground ~8 whole ~1 beans|bean",
  "no ~1 hot ~1 water",
  // Not "a 1930s semi, no underfloor heating": what a house was built without.
  "no heating|power|electricity|gas|heat",
  "no ~1 central|working|hot ~1 heating|heat|power|electricity|gas",
  "not|isnt ~1 here|there",
  "says ~1 delivered",
  "where ~1 is ~1 my",
  "not|never|hasnt|havent|didnt|hadnt|wasnt|isnt ~2 arrived|arrive|delivered|received|working|work|shown|refunded|processed|answered|responded",
  // "it's not possible to log in"; not "30k in one go just isn't possible for me": their own means.
  "not|isnt|wasnt ~2 possible ~1 to ~3 log|login|book|pay|order|access|sign|register|cancel|download|upload|submit|change|enter|reach|reset",
  "doesnt|dont|didnt|wont ~1 work|working|load|open|start|arrive",
  // Not "isn't open till 8pm": that is opening hours.
  "isnt ~1 working|loading|arriving",
  "stopped ~1 working",
  "stopped ~1 sending|recording|updating|syncing|connecting|charging|heating",
  "power ~1 cut|cuts|outage|outages",
  "blackout",
  "didnt|havent|hasnt ~2 get|got|gotten|receive|received|appear|appeared|show|showed",
  "never ~2 got|received|arrived|came",
  "not ~1 getting|receiving|appearing|showing|loading",
  "yet to ~1 receive|get",
  "wont|doesnt|didnt|isnt|not ~1 let|letting|allow|allowing ~1 me|us",
  // Not "Half the office refuses to believe it's decaf": disbelief at how good it is.
  "refuses ~1 to ~1 accept|pay|refund|answer|help|fix|send|take|give|honour|honor|deliver|replace|cancel|connect|come|let|sort",
  "locked out",
  "hacked",
  "compromised",
  // "someone from vietnam is trying to log in in my google accounts": a stranger at the writer's account.
  "someone|somebody|strangers ~4 trying|tried|tries ~1 to ~1 log|access|get|hack ~1 in|into",
  "jemand|fremde ~5 versucht|versuchen|versuchte ~6 einzuloggen|anzumelden|zuzugreifen|reinzukommen",
  "versucht|versuchen|versuchte ~2 jemand|fremde ~6 einzuloggen|anzumelden|zuzugreifen|reinzukommen",
  "unknown|suspicious|fremde ~1 login|logins|sign-in|anmeldeversuche|anmeldeversuch|login-versuche",
  "got|been|was|were|is|are ~2 suspended|disabled|deleted|reset|banned|terminated|locked",
  "its|now ~1 gone",
  "are ~1 down",
  "stuck",
  "loading screen",
  "keeps|keep ~1 getting|flooding|resetting|disconnecting|kicking|pausing|buffering",
  "disconnects",
  // "got told you'd \"run out\" at 9am", "Hafermilch war ausverkauft".
  "run|ran|sold ~1 out",
  "ausverkauft",
  // "seit fünf Tagen \"in Zustellung\"", "seit einer Woche unterwegs".
  "seit ~4 in ~1 zustellung",
  "seit ~4 unterwegs",
  // "Dreimal den Termin verschoben und keiner ruft zurück".
  "keiner|niemand ~2 ruft|rief|rufen ~1 zurueck|an",
  // "hat mir heut früh 10€ zu wenig rausgegeben", "gave me the wrong change".
  "zu ~1 wenig ~2 rausgegeben|herausgegeben|zurueckgegeben|wechselgeld",
  "wrong ~1 change",
  "short ~1 changed",
  // "… und bei Rheinwerk ruft keiner zurück", "WP 9 steht seit Freitag auf Störung".
  "ruft|rief|meldet|meldete ~1 keiner|niemand ~1 zurueck|an",
  "steht|stand|stehen ~4 auf ~1 stoerung|fehler|error",
  // "Termin für die Wartung wurde einfach abgesagt", "Mein Wartungstermin wurde ohne Bescheid verschoben".
  "termin|termine ~4 verschoben|abgesagt|verlegt|storniert",
  "wurde|wurden ~3 einfach ~1 abgesagt|storniert|verschoben|gestrichen",
  "wartungstermin|montagetermin|einbautermin|installationstermin|ablesetermin|beratungstermin|besichtigungstermin|servicetermin|reparaturtermin ~5 verschoben|abgesagt|verlegt|storniert",
  "dreimal|zweimal|viermal ~4 verschoben|abgesagt|verlegt",
  // "die Inbetriebnahme wird immer wieder verschoben", "the install keeps getting pushed back".
  "immer|staendig|dauernd|erneut ~2 verschoben|abgesagt|verlegt",
  "inbetriebnahme|montage|installation|einbau|anschluss|liefertermin|zaehlerwechsel ~5 verschoben|abgesagt",
  "keeps|keep ~1 getting ~1 postponed|cancelled|canceled|rescheduled|delayed|moved|pushed",
  "postponed|rescheduled|cancelled|canceled ~1 again",
  // "der neue Zähler läuft doppelt so schnell wie der alte".
  "doppelt|viel|dreimal ~1 so ~1 schnell",
  // "Zählerstand im Januar gemeldet, jetzt kommt die Jahresabrechnung mit GESCHÄTZTEM Verbrauch": a reading ignored.
  "geschaetzt|geschaetztem|geschaetzten|geschaetzter|geschaetzte ~1 verbrauch|verbrauchs|zaehlerstand|zaehlerstaenden|werten",
  "estimated ~1 reading|readings|bill|usage|consumption",
  // "In der Schanze wurde ich heute richtig unfreundlich bedient".
  "unfreundlich|unhoeflich|herablassend|pampig|patzig ~1 bedient|behandelt|abgefertigt",
  // "Abo im Oktober gekündigt und trotzdem wurde im November wieder abgebucht", "cancelled … still charged".
  "gekuendigt ~4 trotzdem|dennoch ~4 abgebucht|berechnet|eingezogen",
  // "abo seit 3 monaten gekündigt und ihr bucht IMMER NOCH 24,50 ab".
  "gekuendigt ~6 bucht|buchen|zieht|ziehen ~1 immer|trotzdem|weiterhin|noch ~4 ab",
  "cancelled|canceled ~5 still ~3 charged|debited|billed|taken",
  // "Meine Gutschrift von 230 € ist seit August offen", "my refund is still outstanding".
  "gutschrift|erstattung|rueckzahlung|guthaben ~5 offen|ausstehend|aus",
  "refund|credit|reimbursement ~4 outstanding|pending",
  // "Mein Abschlag wurde ohne jede Ankündigung von 89 auf 147 Euro hochgesetzt".
  "von ~1 auf ~2 hochgesetzt|raufgesetzt|heraufgesetzt|angehoben|erhoeht",
  // "Our solar battery hasn't charged since the update last week".
  "hasnt|havent ~1 charged|charging|worked|connected|synced|updated",
  "has|have ~1 not ~1 charged|worked|connected|synced",
  // "the ramp mentioned on your website doesn't exist", "die Rampe von eurer Webseite existiert nicht".
  "doesnt|didnt ~1 exist",
  "does|did ~1 not ~1 exist",
  "existiert|existierte ~1 nicht",
  // "Jetzt zahle ich seit zwei Monaten Abschlag für BEIDE Wohnungen", "billed for both flats".
  "abschlag|abschlaege|zahle|zahlen|bezahle ~3 fuer ~1 beide|zwei ~1 wohnungen|zaehler|vertraege|adressen",
  "paying|billed|charged|charging ~3 for ~1 both ~1 flats|properties|addresses|meters|homes",
  // "Ich steh 10 Minuten am Tresen, drei Mitarbeiter quatschen miteinander und keiner guckt mich an".
  "keiner|niemand ~2 guckt|schaut|beachtet|bedient|begruesst ~1 mich|uns ~1 an",
  "keiner|niemand ~2 bedient|beachtet|begruesst ~1 mich|uns",
  "minuten|min ~2 tresen|theke|kasse",
  "nobody|no one ~2 served|acknowledged|greeted|looked ~1 at ~1 me|us",
  // "took the old one off, and left without fitting the new one", "ist gegangen, ohne den neuen einzubauen".
  "left|went ~2 without ~1 fitting|installing|finishing|connecting|replacing|fixing|reconnecting",
  "gegangen|abgezogen|weg ~1 ohne ~4 einzubauen|anzuschliessen|einzusetzen|fertigzumachen",
  // "das Abgasrohr nicht richtig abgedichtet".
  "nicht ~2 abgedichtet|angeschlossen|montiert|befestigt|installiert|verlegt|isoliert|eingestellt|abgesichert",
  // "Die Geschenkbox kam ohne die Tassen an", "unser Büro-Abo kam jetzt zum zweiten Mal in Folge ohne die 3 kg
  // Hausmischung".
  "kam|kamen|kommt ~8 ohne",
  // "you took my direct debit a week early and now I'm overdrawn".
  "overdrawn",
  "took|taken|debited|charged ~5 early",
  // "Der Batteriespeicher zeigt seit dem Update nur noch 0 % an", "the app shows zero since Monday".
  "zeigt|zeigen|zeigte|shows|showing|displays ~5 0|null|zero|nothing|nichts",
  // "Die Stromrechnung explodiert", "my bill has exploded": one's own bill, not prices in the world (nor a fire).
  "rechnung|stromrechnung|gasrechnung|heizkostenabrechnung|abschlag|nachzahlung|bill|bills ~2 explodiert|explodieren|explodiert|exploded|explodes",
  // "Der Heizstab läuft fast durchgehend", "the backup heater runs constantly": on when it should not be.
  "laeuft|laufen|lief|runs|running|ran ~2 durchgehend|dauernd|staendig|permanent|constantly|nonstop|non-stop",
  // "Niemand hat sich gemeldet", "nobody has got back to me".
  "niemand|keiner ~3 gemeldet|geantwortet|zurueckgemeldet|reagiert|gekuemmert",
  "nobody|noone ~3 got|gotten|came ~1 back",
  // "Abo pausiert und trotzdem kam ein Paket", "paused and still got charged": done although it was stopped.
  "pausiert|pausieren|gekuendigt|storniert|abbestellt|paused|cancelled|canceled ~7 trotzdem|still ~3 kam|geliefert|abgebucht|berechnet|charged|sent|delivered|billed|arrived",
  // "but still every month you take 89 euro from my account".
  "still ~4 take|takes|taking ~4 from ~1 my|our ~1 account|card|bank",
  // "Meine Rechnung ist doppelt so hoch wie letztes Jahr".
  "doppelt|dreimal|viel|deutlich ~1 so ~1 hoch|teuer",
  "twice|double ~1 as ~1 high|much|expensive",
  "three ~1 times ~1 as ~1 high|much|expensive",
  // "Asked for a quote three weeks ago. Nothing.", "Vor drei Wochen angefragt. Nichts."
  "ago ~1 nothing|silence",
  "angefragt|nachgefragt|angeschrieben|gemailt ~1 nichts",
  // "Das WLAN-Modul verliert ständig die Verbindung", "the app keeps losing the connection".
  "verliert|verlieren|verlor ~2 staendig|dauernd|immer|andauernd|taeglich ~2 verbindung|signal|netz|empfang|druck",
  "keeps|kept ~1 losing|dropping ~2 connection|signal|wifi|pressure",
  "acting up",
  "have|having|had|has ~2 trouble|problem|problems|issue|issues",
  "trouble ~1 with|recovering|logging|getting|playing|signing",
  "keeps|kept ~1 crashing|failing|freezing|logging|declining",
  // "my boiler keeps losing pressure", "the fuse keeps tripping".
  // "your installers left a bloody mess in my garden", "haben überall Dreck hinterlassen".
  "left ~3 mess|hole|holes|dent|scratch|scratches|stain|stains",
  "dreck|chaos|loch|loecher|kratzer|schmutz ~4 hinterlassen",
  // "Die Leute an der Hotline sprechen kein Deutsch": not understood by the staff.
  "sprechen|spricht|sprach|sprachen ~2 kein|keinen|nicht ~2 deutsch|englisch",
  "speak|speaks|spoke ~2 no|little|hardly ~1 english|german",
  // "200 € für eine Ablesung berechnet, die nie stattgefunden hat", "charged for a visit that never happened".
  "nie|nicht|never ~2 stattgefunden|happened",
  // "warum mein Zählerstand geschätzt wurde", "my reading was estimated".
  "zaehlerstand|zaehlerstaende|verbrauch|ablesung ~3 geschaetzt",
  "reading|readings|bill ~3 estimated",
  // "Jahresabrechnung: 4.812 kWh. Mein Zähler: 3.140 kWh", "the bill says 4,200 kWh, my meter says 3,100": the bill's
  // figure set against the meter's.
  "jahresabrechnung|abrechnung|rechnung|bill ~4 kwh ~3 mein|meiner|laut|my ~1 zaehler|zaehlerstand|meter",
  // "Nur der Login dauert ewig", "loading takes forever".
  "dauert|dauern|dauerte ~2 ewig|ewigkeiten",
  "takes|took|taking ~2 forever|ages",
  // "The parcel came without the charger", "Mein Paket kam ohne Ladekabel an".
  "arrived|came|delivered ~1 without",
  "kam|kamen ~1 ohne ~3 an",
  "keeps|kept ~1 losing|dropping|leaking|tripping|cutting",
  "verliert|verlieren|verlor ~3 druck|wasser",
  "losing|loses|lost ~2 pressure",
  // "crashed", "crasht": a crash; "Latte-Art-Crashkurs" is a lesson.
  "crash|crashes|crashed|crashing|crasht|crashte|crashten|crashen|gecrasht",
  "broken",
  "broke",
  "defective",
  "faulty",
  "damaged",
  "cancelled",
  "canceled",
  "stranded",
  "given away",
  "given ~2 to ~1 someone|somebody ~1 else",
  "declined",
  "money ~3 left|taken|gone|deducted",
  "delayed",
  "delay",
  "delays",
  "lost",
  // "my missing order": the order itself never came, nothing missing from it.
  "missing ~1 order|parcel|package|delivery|shipment|box",
  "missing",
  "incomplete",
  "wrong ~1 address|item|order|size|amount|charge|colour|color|product|flavour|flavor",
  "wrong ~2 vat|tax|price|prices|rate|tariff|meter|reading",
  "calculates|calculated|calculating|pays|paid ~4 wrong|wrongly|incorrectly",
  "shrank|shrunk|faded|ripped|unravelled|unraveled",
  "without ~2 my ~1 consent|permission|agreement",
  "despite ~3 cancelling|cancellation|cancelled",
  "fell|came ~1 apart",
  "eingelaufen|ausgeblichen|verfaerbt|aufgeloest|zerrissen",
  "not|isnt|wasnt ~1 accepted",
  // "they would not accept my gift card", "refused to honour the voucher".
  "not|wouldnt|didnt|wont|refused|refuse ~2 accept|honour|honor ~3 gift|voucher|coupon|card|code|giftcard",
  "underpaid",
  "charged|billed ~2 twice|double|again|extra",
  // "direct debit taken twice this month".
  "taken|debited|deducted|collected ~3 twice|double",
  "overcharged",
  "double ~1 charged|billed|charge",
  "no ~1 response|reply|answer|refund|help|rooms|room|update|info|information|one|signal|service",
  "nobody|noone ~3 helps|help|answers|answered|responds|responded|cares|called|replied",
  "no one ~3 helps|help|answers|answered|responds|responded|cares|called|replied",
  "on hold",
  "still ~1 waiting|no|not|nothing|havent|hasnt",
  // "my annual statement … still isn't in the portal": what should be there by now.
  "still ~1 isnt|arent ~3 in|on|here|there|ready|available|online|fixed|sorted|working|back|through",
  // "Would be even lovelier if someone picked up the service line before the 40 minute mark": what is missing, said
  // as the praise outdone.
  "would ~2 even ~1 nicer|lovelier|better|greater ~1 if",
  "would ~2 even ~1 more ~2 if",
  // "switched to paperless billing in January and have received a paper letter from you every single month since".
  "paperless ~10 paper ~1 letter|letters|bill|bills",
  // "shop 3 tage down direkt vor muttertag", "app is down again": the shop or the app out of service.
  "shop|app|website|webseite|seite|portal|onlineshop ~3 down|offline",
  // "Meine Abschlagserhöhung von 87 auf 164 Euro im Monat ist ja wohl ein Witz": the rise, in its two amounts.
  "abschlagserhoehung|abschlagsanhebung|erhoehung ~1 von ~2 auf",
  // "hat … unsere Regenrinne abgeknickt": a part bent by the work.
  "abgeknickt|verbogen|eingedellt|eingedrueckt",
  // "hab 2x brasil bekommen statt 1x guji + 1x brasil": the wrong goods, told with "statt".
  "bekommen|gekriegt|geliefert ~1 statt",
  // "Unser Wechselrichter … zeigt seit Freitag nur noch 'Isolationsfehler'": a device that shows nothing but its fault.
  "zeigt|zeigen|zeigte ~3 nur ~1 noch",
  // "left the new room thermostat … just dangling off the wall by its cable", "das Kabel baumelt aus der Wand".
  "dangling|baumelt|baumeln",
  // "panels … were meant to be finished on the 12th", "nobody's turned up since": a date missed, nobody come.
  "meant|supposed ~2 to ~1 be ~1 finished|done|installed|completed|fitted|delivered|fixed",
  "nobody|nobodys|noone|nobody's ~2 turned|showed ~1 up",
  // "Can you send the right ones?", "Könnt ihr mir die richtige Sorte schicken?": what came was not what was ordered.
  "send ~2 the ~1 right|correct ~1 one|ones|item|items|bag|bags|size|order",
  "schicken|schickt|senden ~4 richtige|richtigen ~1 sorte|tuete|tueten|artikel|groesse|bestellung",
  // "abo lieferung diesen monat einfach nicht gekommen??": what was ordered never came.
  "lieferung|paket|abo|bestellung|paeckchen|packerl ~3 nicht ~1 gekommen|angekommen|geliefert",
  // "tüte halb offen, … die hälfte ist bruch", "letzte lieferung war ne katastrophe".
  "tuete|beutel|packung|verpackung ~1 halb|komplett|ganz ~1 offen|auf",
  "haelfte ~2 bruch|kaputt|zerbrochen",
  "lieferung|bestellung|paket ~3 katastrophe",
  // "ist dann einfach abgehauen … es regnet rein": a job left half done, the roof letting in rain.
  "einfach ~1 abgehauen|verschwunden",
  "regnet|tropft ~1 rein|herein|durch",
  // "3x … kuhmilch bekommen obwohl ich klar hafer sag": the milk they said they cannot have.
  "kuhmilch|vollmilch ~4 obwohl|statt|trotz",
  // "er nimmt sie nicht an weil sie 'zu zerknittert' ist": a card or voucher refused at the till.
  "nimmt|nahm|nahmen ~2 nicht|nich ~1 an",
  // "guy at the counter just shrugged", "die Bedienung hat nur mit den Schultern gezuckt": a problem told at the
  // counter and brushed off.
  "just|only|simply ~1 shrugged",
  "nur ~3 schultern ~1 gezuckt|zuckt|zuckte",
  // "tasted like someone rinsed a mug and served the water": what was served, pictured.
  "tasted|tastes ~1 like ~1 someone|somebody ~1 rinsed|washed|poured",
  // "11 weeks waiting on the solar panels, install date moved 3 times": a wait, and a date moved again and again.
  "days|weeks|months ~1 waiting ~1 on|for",
  "moved|pushed|postponed|rescheduled|changed|verschoben|verlegt ~1 3|three|4|four|5|five|drei|vier|fuenf ~1 times|mal",
  // "my Revolut show the payment two times (2x 31,80€)": one payment taken twice.
  "payment|charge|debit|zahlung|abbuchung ~2 two|2 ~1 times|mal",
  // "We as subcontractor wait now 74 days for the payment": a wait counted in days, told as it goes on.
  "wait|waiting ~3 days|weeks|months ~1 for|on",
  // What came is not what was ordered: "Ordered a size M, got an XL", "statt Größe M kam XL".
  "ordered ~6 got|received|sent",
  "got|received|sent ~3 wrong|different",
  "falsche|falschen|falsches ~1 groesse|farbe|artikel|produkt|ware|paket",
  "bestellt ~8 bekommen|geliefert|erhalten ~3 statt",
  // "dass man sie ohne Schere nicht mehr aufbekommt und der Zipper nach dem zweiten Mal schon aufgibt".
  "nicht ~2 aufbekommt|aufbekommen|aufkriegt|aufkriegen|aufgeht|aufgehen|zugeht|zugehen",
  "zipper|reissverschluss|verschluss|zip ~6 aufgibt|gibt|kaputt|reisst|abgerissen|broke|broken|failed|durch",
  // "1 kg bestellt (Bestellnr. …) und bekommen hab ich ne 250g Tüte": what came, told after what was ordered.
  "bestellt ~12 und ~1 bekommen|geliefert|gekriegt|erhalten ~1 hab|habe|haben ~1 ich|wir",
  "been waiting",
  "waiting ~2 since|for",
  // "Seit 2 Stunden warte ich", "ich warte seit Montag".
  "seit ~4 warte|warten|gewartet",
  // "the first payment has been taken, but no welcome letter, no contract, nothing": papers that never came.
  "no ~1 welcome ~1 letter|pack",
  "keine|kein ~1 willkommensschreiben|vertragsunterlagen|versandmail|versandbestaetigung",
  "no ~1 shipping|dispatch ~1 email|confirmation",
  // "you cut the power on our whole street at 7am with ZERO notice".
  "cut|cuts|shut ~1 the ~1 power|electricity",
  // "hot water won't go above 42 degrees": the heating short of what it should give.
  "wont|won't|doesnt|doesn't|cant|can't ~1 go|get|heat ~2 above|over|past|higher",
  "kommt|geht|wird ~3 nicht ~1 ueber|hoeher",
  // "We found a small stone in a 1 kg bag", "ein Steinchen in der Tüte gefunden": something in the goods that
  // should not be.
  "found|fand|gefunden ~4 stone|stein|steinchen|glass|glassplitter|plastic|plastik|metal|metall|hair|haar|insect|insekt",
  // "die komplette Thujahecke platt getrampelt", "Aufgeräumt hat natürlich keiner": damage and mess left by the work.
  "platt ~1 getrampelt|gemacht|gefahren",
  "zertrampelt|plattgetrampelt|niedergetrampelt",
  "aufgeraeumt|saubergemacht|weggeraeumt ~3 keiner|niemand",
  // "auf euren Ökostrom-Tarif gewechselt, im Portal steht immer noch Grundversorgung": the switch never made.
  "steht|stehe|bin|laeuft ~3 immer ~1 noch ~3 grundversorgung|ersatzversorgung|alte|alten|alter",
  "still ~3 on|shows|showing|says ~3 basic|old|default ~1 supply|tariff|plan",
  "moved ~1 to ~2 basic ~1 supply",
  // "app still showing my meter reading from 2022", "zeigt immer noch den alten Tarif".
  "still ~1 showing|shows|displays ~6 from|old|wrong|last",
  "zeigt|zeigen ~2 immer ~1 noch ~4 alten|alte|falschen|falsche",
  // "I never cancelled anything?? Who cancelled my contract": ended without their word.
  "never ~1 cancelled|canceled",
  "nie|nichts ~2 gekuendigt",
  // "Meine Ratenzahlung … wurde abgelehnt, ohne jede Begründung": a request of theirs turned down.
  "wurde|wurden ~4 abgelehnt",
  "application|request|plan|claim|loan|financing|grant ~5 was|got|been ~2 rejected|refused|turned",
  // "120 € Wechselbonus versprochen. Erste Abrechnung nach 4 Monaten: kein Bonus weit und breit": a promise not kept.
  "bonus|wechselbonus|neukundenbonus|praemie|gutschrift|cashback ~4 versprochen|zugesagt ~10 kein|keine|keinen|nichts|nix|nie",
  "promised ~3 bonus|credit|cashback|discount|refund ~10 no|never|nothing|still",
  // "drei Kilo Espresso bestellt, angekommen ist bis heute nichts".
  "angekommen|gekommen|geliefert ~1 ist|sind|wurde ~3 nichts|nix",
  // "mit Karte bezahlt, 4,80 €. Abgebucht wurden 48,00 €!!": charged other than paid.
  "bezahlt|gezahlt ~8 abgebucht|belastet|berechnet ~1 wurden|wurde|haben|hat",
  "paid ~8 charged|debited ~1 me|was|were",
  // "ZWEI Schlussrechnungen bekommen … für denselben Zeitraum", "billed twice for the same month": billed double.
  "zwei|2|doppelt|doppelte ~1 rechnungen|schlussrechnungen|abrechnungen|jahresabrechnungen|abbuchungen|lastschriften",
  "fuer ~1 denselben|den ~1 zeitraum|monat",
  "two|2 ~1 bills|invoices|final ~1 bills|invoices",
  "for ~1 the ~1 same ~1 period|month",
  // "waited 25 min for a single flat white": a wait at the counter is the complaint.
  "waited ~3 min|mins|minutes|hour|hours|hrs ~1 for",
  "warte|warten ~2 seit",
  // "Abo-Lieferung kam … mit aufgerissener Tüte an, ein halbes Kilo Bohnen lose im Karton": came torn open.
  "mit ~1 aufgerissener|aufgerissenen|zerrissener|zerrissenen|kaputter|kaputten|beschaedigter|beschaedigten ~1 tuete|verpackung|packung|karton|paket",
  // "hello i need refund game": a refund asked for is a case, however few the words.
  "i ~1 need|want ~2 refund",
  // "the charger case drains super quickly": a battery that empties too fast.
  "drain|drains|drained|draining ~2 quickly|fast|overnight|super",
  // "your app kicks me out every time I try to submit a meter reading".
  "kicks|kicked|kicking|throws|threw ~1 me ~1 out",
  // "ich hab … selbst abgelesen … Habt ihr einfach geschätzt oder wat??": a reading given, and estimated anyway.
  "einfach|trotzdem ~1 geschaetzt",
  // "Four emails about my meter since March, none answered": messages of one's own left unanswered.
  "emails|mails|messages|calls|voicemails ~8 none|nobody ~1 answered|returned|replied",
  // "Zweimal 19,90 fürs Abo abgebucht": taken twice.
  "zweimal|doppelt ~4 abgebucht|abgezogen|berechnet",
  "are ~1 you|u ~1 guys|all ~1 down",
  // "Unsere WEG … wartet seit Januar auf das zugesagte Angebot": the household's wait, for something of ours; not "meine
  // Mutter wartet seit 5 Monaten auf nen Termin beim Kardiologen".
  "unsere|unser ~8 wartet ~2 seit ~3 auf ~3 angebot|antwort|rueckruf|rueckmeldung|termin|rechnung|abrechnung|gutschrift|erstattung|lieferung|paket|bestellung|monteur|techniker|zusage|freigabe|anmeldung",
  "error*",
  "ghosted",
  // Written as a lead reads them, not from a data set (fresh comments of 2026-12-01's fifth stop):
  // "kam mit dem falschen Mahlgrad", "eine falsche Zählernummer", "the wrong grind".
  "falsche|falschen|falscher|falsches ~1 mahlgrad|mahlung|bohne|bohnen|milch|sirup|getraenk|kaffee|zaehlernummer|zaehlerstand|kundennummer|anschrift|iban|bankverbindung|betrag|tarif|zaehler|teil|ersatzteil|modell|kabel|stecker|bestellung|name|namen|summe|werte|daten",
  "wrong ~1 grind|beans|milk|drink|syrup|coffee|roast|part|model|cable|plug|name|account|number|figures|sum",
  // "lädt nur noch mit 3,7 kW statt 11 kW": less than it should, since something changed.
  "nur ~1 noch ~6 statt|anstatt",
  "only ~6 instead ~1 of",
  // "extra Hafermilch bestellt und Kuhmilch bekommen", "even though I picked ground", "ordered oat and clearly got dairy".
  "extra|ausdruecklich ~4 bestellt|gewuenscht|verlangt|gesagt ~5 bekommen|bekam|gekriegt|erhalten|serviert",
  "obwohl ~4 bestellt|gewaehlt|ausgewaehlt|angegeben|gebucht|angekreuzt",
  "even ~1 though|tho ~4 ordered|picked|chose|selected|asked|told|booked|requested|specified",
  "although ~4 ordered|picked|chose|selected|asked|told|booked|requested|specified",
  "clearly|instead ~1 got|received|gave|served",
  "ordered|asked ~8 but ~2 got|received|was ~1 given|served",
  // "die Wärmepumpe springt nicht an", "seitdem fliegt ständig die Sicherung raus".
  "springt|springen|sprang|sprangen ~3 nicht ~1 an",
  "sicherung|fi ~2 raus|rausgeflogen|ausgeloest",
  "fliegt|fliegen|flog|flogen ~5 sicherung",
  // Batch 70: "fliegt fast jeden Nachmittag … der FI-Schalter für die Kühlzelle raus", "fährt mein Treppenlift nicht
  // mehr", "barista … gibt kein pfand zurück".
  "fliegt|fliegen|flog|flogen ~8 fi|fischalter|schalter|fehlerstromschutzschalter|leitungsschutzschalter ~5 raus",
  "faehrt|fahren|laeuft|geht ~5 nicht ~1 mehr",
  // "Techniker kam nicht, keine Absage, nix", "engineer didn't come": a visit due and not made.
  "techniker|monteur|monteure|elektriker|handwerker|installateur ~2 kam|kamen|ist|sind ~1 nicht|nie",
  // Batch 76: 'Jede Woche frag ich danach, jede Woche "ist leider aus"': asked for, again and again sold out.
  "jede|jeden ~1 woche|tag|mal ~6 leider ~1 aus|ausverkauft|alle",
  // Batch 76: "the screws on the outdoor unit are rusting and there are orange streaks running down our wall".
  "rusting|rusted|rusts|rostet|rosten|verrostet|angerostet",
  // Batch 75: "der Typ an der Kasse guckt mich von oben bis unten an und sagt 'na, heute ist wohl Cheat Day'".
  "guckt|guckte|schaut|schaute|sieht|sah|mustert|musterte ~3 von ~1 oben ~1 bis ~1 unten",
  // Batch 75: "euer lesekopf fürn stromzähler fällt alle 2-3 tage runter, magnet hält einfach nich", "hat das
  // lüftergitter … nicht wieder festgeschraubt".
  "faellt|fallen|fiel|fielen ~4 runter|herunter|ab",
  "haelt|halten|hielt ~2 nicht|nich|nie",
  "nicht|nie ~1 wieder ~1 festgeschraubt|angeschraubt|angeschlossen|montiert|eingebaut|zugemacht|befestigt",
  // Batch 73: "springt das Zeitprogramm für den Pfarrsaal jede Nacht auf die Werkseinstellung zurück".
  "springt|springen|sprang|faellt|fallen|fiel ~8 werkseinstellung|werkseinstellungen|grundeinstellung",
  "resets|reset|resetting|goes|went ~3 back ~2 to ~2 factory|default",
  // Batch 73: "eure Rösterei in Leipzig so qualmt, dass meine Wäsche … nach verbranntem Kaffee stinkt".
  "qualmt|qualmen|stinkt|stinken|stank",
  "gibt|gab|geben ~2 kein|keinen ~1 pfand|geld ~1 zurueck",
  // Batch 69: "my whole account is just GONE", "mein Kundenkonto ist weg".
  "account|konto|kundenkonto|profil|profile ~4 gone|deleted|vanished|disappeared|weg|verschwunden|geloescht",
  // Batch 72: "bestellung KK-67031 über 64 € und null treuepunkte gutgeschrieben??".
  "null|keine|keinen ~2 punkte|treuepunkte|bonuspunkte|stempel ~2 gutgeschrieben|bekommen",
  "no|zero ~2 points|stamps ~2 credited|added|given",
  "fuse|breaker ~2 trips|tripping|tripped|blows|blowing|blew",
  "trips|tripping|tripped ~2 the ~1 breaker|fuse|fuses|electrics",
  // "Zweiter Termin, wieder keiner da", "kriegt nicht mal einen Zählertausch hin", "80 € mehr Abschlag".
  "keiner|niemand ~1 da",
  "kriegt|kriegen|kriegst|bekommt|bekommen ~5 nicht ~2 hin",
  "mehr ~1 abschlag",
  // "zeigt jeden Abend einen Fehler an", "has been showing a red light", "it just says 'error 500'".
  "zeigt|zeigen|zeigte|meldet|meldete ~5 fehler|fehlercode|stoerung|warnung",
  "showing|shows|showed|displays|displaying|flashing ~4 error|errors|fault|warning|red ~1 light",
  "says|said|saying ~3 fehler|error",
  // Spoiled or broken as it came: "schmeckt ranzig", "kam zerbrochen an".
  "ranzig",
  "ungeniessbar",
  "verdorben",
  "rancid",
  "kam|kamen ~4 zerbrochen|zerdrueckt|beschaedigt|aufgerissen|offen ~1 an",
  // "mein abo kam diesmal mit komplett zerdrückter tüte an, die hälfte der bohnen lag lose im karton".
  "kam|kamen|kommt|kommen|ankam ~3 mit ~2 zerdrueckter|zerdrueckten|zerrissener|zerrissenen|kaputter|kaputten|beschaedigter|beschaedigten|aufgerissener|aufgerissenen|eingedrueckter ~1 tuete|tueten|packung|verpackung|karton|paket|dose",
  "bohnen ~2 lag|lagen ~1 lose ~2 im|in ~1 karton|paket|kiste",
  // "dann kommt das Paket plattgedrückt und halb offen an": as it comes, told in the present.
  "kommt|kommen ~4 zerbrochen|zerdrueckt|plattgedrueckt|beschaedigt|aufgerissen|offen ~1 an",
  "plattgedrueckt|plattgequetscht|zerquetscht",
  // "hung up on me", "212 € Guthaben schuldet ihr mir seit Januar": cut off, and owed.
  "hung ~1 up ~2 on ~1 me|us",
  "schuldet|schulden ~1 ihr|sie ~1 mir|uns",
  // "mein paket hängt seit 5 tagen irgendwo fest": stuck on the way.
  "paket|sendung|bestellung|lieferung ~5 haengt|steckt ~5 fest",
  // "jetzt ist das Geld ZWEIMAL weg vom Konto", "money's gone twice": paid twice.
  "geld ~3 zweimal|doppelt ~3 weg|abgebucht|abgezogen",
  "zweimal|doppelt ~2 weg ~2 vom|von ~1 konto",
  // "mein Ethiopia Guji hat n röstdatum von vor 6 wochen", "roast date from five weeks ago": beans gone stale.
  "roestdatum|roestdatums ~5 vor ~2 wochen|monaten",
  "roast ~1 date ~5 weeks|months ~1 ago",
  // "Die Jahresabrechnung ist mal wieder völlig daneben, … einen Verbrauch draufgeschrieben den ich nie hatte".
  "abrechnung|jahresabrechnung|rechnung ~5 voellig|total|komplett|voll ~1 daneben",
  "verbrauch ~8 nie|nicht ~3 hatte|gehabt|verbraucht",
  // "mit Rolli komm ich da nicht rein", "with the pram we can't get in": a door closed to them.
  "rolli|rollstuhl|rollator|kinderwagen ~4 nicht ~1 rein|hinein|herein",
  "wheelchair|pram|buggy|stroller ~5 cant|cannot ~1 get ~1 in",
  // "meine Kellerwand aufgestemmt, das Loch ist immer noch offen": work left open.
  "loch|wand|durchbruch|graben|decke ~3 immer ~1 noch ~1 offen",
  // Served rudely: "hat mir den Becher einfach hingeknallt und kein Wort gesagt", "ignored us for ten minutes".
  "hingeknallt|hingeworfen|hingepfeffert",
  "kein ~1 wort ~2 gesagt|gegruesst",
  "mich|uns ~2 ignoriert",
  "ignored ~1 me|us",
  // "Your engineer didn't turn up on Tuesday".
  "didn ~1 turn|show ~1 up",
  "didnt|never ~1 turn|show ~1 up",
  "did ~1 not ~1 turn|show ~1 up",
  "took ~2 day|morning|afternoon ~1 off ~4 nothing",
  // "You moved me to a new tariff without asking", "ohne zu fragen umgestellt".
  "without ~1 asking|consent|permission|telling",
  "ohne ~2 zu ~1 fragen",
  "ohne ~1 rueckfrage",
  // "now I've got an estimated bill", "my direct debit went up".
  "estimated ~1 bill|reading|readings",
  "direct ~1 debit|debits ~3 went|gone|shot|jumped ~1 up",
  "even ~1 though|tho ~3 paid|payed",
  // "The lid … popped off and I got coffee all over my trousers".
  "popped|came|fell ~1 off",
  "all ~1 over ~1 my|me",
  // "wird oben nicht mehr richtig warm", "der Deckel war nicht richtig zu".
  "nicht ~2 richtig ~1 warm|dicht|zu|sauber|geschlossen|befestigt|montiert|angeschlossen",
  "wird|werden|wurde ~4 nicht ~1 mehr ~2 warm",
  // "Ich hab Vanillesirup bestellt und ihr habt Karamell reingemacht".
  "bestellt ~6 und ~1 ihr ~1 habt",
  "showing|shows|displays|displaying ~2 0|zero ~1 kwh",
  // "Love how my 'express' delivery took 9 days".
  "delivery|order|parcel|lieferung|bestellung|paket ~3 took|takes|dauerte|brauchte ~3 days|weeks|tage|wochen",
  // "it took me seven weeks and four emails to get a confirmation", "hat sieben Wochen gedauert, bis …".
  "took|takes|taken ~1 me|us ~3 weeks|months|emails|calls|attempts|tries ~6 to",
  "hat|hats|hatte ~5 wochen|monate|mails|anrufe|versuche|anlaeufe ~4 gedauert ~2 bis",
  // "600 Euro Nachzahlung, obwohl ich jeden Monat 120 Euro zahle".
  "nachzahlung|nachzahlen ~8 obwohl|trotz",
  "obwohl ~4 jeden|jede ~1 monat|woche ~4 zahle|zahlen|bezahle|bezahlen|ueberweise",
  "sold ~1 out ~2 again",
  "wrong ~1 house|door|flat|person|building",
  // "kann ich in der App meinen Zählerstand nicht mehr eingeben. Kommt immer 'Unbekannter Fehler'".
  "nicht ~1 mehr ~2 eingeben|eintragen|hochladen|uebermitteln|senden|abschicken|speichern|abrufen|herunterladen",
  "kommt|erscheint ~3 fehler|fehlermeldung",
  "unbekannter ~1 fehler",
  // "Die Bedienung war heute echt pampig zu mir".
  // "war euer Café um 8 noch zu obwohl 7:30 an der Tür steht".
  // Not "nur noch zu zweit, zahlen aber …": "zu" is shut only when nothing follows it but the "but".
  "noch ~1 geschlossen|dicht ~4 obwohl|trotz|aber",
  "noch ~1 zu ~0 obwohl|trotz|aber",
  // "statt ganzen Bohnen is alles gemahlen 🙄".
  "statt ~3 is|ist|sind|war|waren ~2 alles|nur ~1 gemahlen|entkoffeiniert|koffeinfrei",
  "still ~1 closed|shut ~4 although|though|but|even",
  // "Augenrollen und ne pampige Antwort".
  "pampig*|patzig*|schnippisch*",
  "augenrollen",
  // "meine Einzugsermächtigung doppelt eingelöst, jetzt ist mein Konto im Minus".
  "doppelt|zweimal ~2 eingeloest|eingezogen|abgebucht",
  "konto ~2 im ~1 minus",
  // "mahlt nach zwei Wochen nur noch grob", "Kartenzahlung ging heute wieder nicht".
  "nur ~1 noch ~1 grob|fein|kalt|lauwarm|langsam|halb|schwach|teilweise|sporadisch",
  "ging|gingen|klappte|funktionierte ~5 nicht",
  // "Ich wollte mein Abo pausieren, aber …", "tried to cancel but …".
  "wollte|wollten ~5 kuendigen|pausieren|stornieren|umstellen|bezahlen|bestellen|abmelden|einloesen ~4 aber|geht|ging|klappt|klappte|funktioniert",
  "tried ~2 to ~4 cancel|pause|pay|order|log|reset|change|book|update|submit|redeem|unsubscribe ~6 but|and|it",
  "not|isnt|wasnt|arent|werent ~1 fresh",
  "ist|war|sind|waren ~2 nicht ~1 frisch",
  "still ~1 no ~1 quote|offer|survey|visit|date|appointment",
  "even ~1 though|although ~3 switched|moved|cancelled|canceled|left",
  "never|doesnt|dont|didnt ~1 arrive|arrives|come|comes",
  // "Laut Schlussrechnung bekomme ich 214 Euro zurück … Geld ist nie angekommen".
  "geld ~3 nie|nicht ~1 angekommen",
  // "Passwort zurücksetzen funktioniert nicht, die Mail kommt nicht an", "Password reset email never arrives".
  "passwort ~2 zuruecksetzen ~3 funktioniert|klappt|geht ~2 nicht",
  // An eleventh batch of fresh English complaints: "snapped off after a week", "shipped it anyway", "out of order".
  "snapped|snap ~1 off",
  "broke|came|fell ~1 off",
  "snapped",
  "shipped|sent|delivered ~2 it|them ~1 anyway",
  "but ~2 you ~2 shipped|sent|charged|billed|debited",
  "out ~1 of ~1 order",
  "ausser ~1 betrieb",
  "with ~1 no ~1 call|phonecall|text",
  "shown|showing|shows|showed ~2 zero|0|no ~1 generation|output|production|yield|data",
  "charged|billed|debited ~5 although|despite",
  "charged|billed|debited ~5 even ~1 though",
  "exit ~1 fee|fees",
  "kuendigungsgebuehr*|austrittsgebuehr*|wechselgebuehr*",
  "tracked ~1 mud|dirt",
  "mud|dirt ~3 all ~1 over|through",
  "didn ~2 even ~1 apologise|apologize|call",
  "didn ~2 even ~1 say ~1 sorry|hello|hi|thanks|thank|goodbye|bye|why",
  "they|he|she|staff|barista|anyone|nobody ~1 didn ~2 even ~1 say",
  "didnt ~1 even ~1 apologise|apologize|call",
  "didnt ~1 even ~1 say ~1 sorry|hello|hi|thanks|thank|goodbye|bye|why",
  // Not "i didn't even say anything, they just saw the card": the writer's own silence, in praise.
  "they|he|she|staff|barista|anyone|nobody ~1 didnt ~1 even ~1 say",
  "password ~1 reset ~3 never|doesnt|dont|isnt|not",
  // Batch 81: "komm ich in die App nicht mehr rein, da steht nur 'Anmeldung fehlgeschlagen'". Not "komm nicht mehr
  // rein" alone: "Wie setze ich mein Passwort neu? Ich komme nicht mehr rein." asks what the saved reply answers.
  "anmeldung|login|einloggen|sign-in|signin ~1 fehlgeschlagen|failed|fails|scheitert",
  "cant|cannot|can't ~2 get ~1 in|into|past",
  // "Ich komme seit gestern nicht mehr in mein Kundenkonto": locked out. Not "Wie komme ich in mein Konto?", a question.
  "komme|komm|kommen ~4 nicht ~2 in ~2 konto|kundenkonto|account|profil|postfach",
  // "the 28 points I'd collected are just gone", "the whole thing went down my coat … lid wasn't on properly".
  "points|punkte|treuepunkte|bonuspunkte|stamps|stempel ~5 gone|weg|verschwunden|vanished|disappeared",
  "went|spilled|poured|ran ~2 down|over ~2 my|her|his|our ~1 coat|jacket|shirt|dress|trousers|jeans|laptop|bag|lap",
  "lid ~2 wasnt|wasn't|not ~2 on ~1 properly|right|tight",
  "needs|need ~1 dry ~1 cleaning",
  // "the last two deliveries came ground for espresso although my subscription says French press".
  "came|arrived|kam|kamen ~1 ground|gemahlen ~1 for|fuer",
  // "extra „ganze Bohnen“ angeklickt. Gekommen ist alles fein gemahlen für Siebträger".
  "gekommen ~3 gemahlen",
  // "Gekommen ist gestern EIN Beutel, und der war auch noch gemahlen": ground on top of what else went wrong.
  "war|waren|kam|kamen ~1 auch ~1 noch ~1 gemahlen",
  // "both billed at the old household rate, roughly €310 overpaid so far": billed at the wrong rate.
  "billed|charged|invoiced ~4 old|wrong|household|standard|incorrect ~1 rate|tariff",
  "overpaid",
  // "eure Abschlagsberechnung spinnt doch. Von 84 auf 231 € im Monat?!?": the billing gone haywire.
  "abschlagsberechnung|berechnung|abrechnung|jahresabrechnung|abschlag|rechnung|app|zaehler|portal ~3 spinnt|spinnen",
  // "mein abo kam diese woche schon wieder gemahlen obwohl ich ganze bohnen eingestellt hab".
  "kam|kamen|kommt ~4 gemahlen ~4 obwohl|trotz|statt",
  "schon ~1 wieder ~1 gemahlen",
  "came|arrived ~3 ground ~2 instead",
  // "hat gestern angerufen, keiner ging ran", "nobody picks up".
  "keiner|niemand ~1 ging|geht ~1 ran|dran",
  "nobody|noone ~1 picked|picks|picking ~1 up",
  // "Torte war für 14 Uhr bestellt, um 15:30 immer noch nicht fertig".
  "nicht ~1 fertig",
  "not ~1 ready",
  // "your support chat has been 'connecting you to an agent' for 50 minutes".
  "has|have ~1 been ~8 for ~2 minutes|mins|hours|days|weeks",
  // "it says I need to buy the game but I bought it 2 years ago", "da steht ich muss zahlen, aber ich hab schon
  // bezahlt": the system asks for what the writer already did.
  "says|saying|sagt|steht ~4 need|must|have|muss|soll|sollte ~8 but|aber ~3 already|bought|paid|schon|bereits|gekauft|bezahlt",
  // "it says i need both a nintendo account and a microsoft account even tho im signed in with both".
  "says|saying ~4 need|must|have ~10 even ~1 tho|though ~3 signed|logged|bought|paid|have",
  // "automatically renewing products without my approval and charging me".
  "without ~1 my ~1 approval|consent|permission|authorisation|authorization",
  "ohne ~1 meine ~1 zustimmung|erlaubnis|einwilligung",
];

/** Which kind of problem or question, by its topic words. Checked in this order; the first that occurs wins. */
export const TOPICS: ReadonlyArray<[string, readonly string[]]> = [
  // First: someone hurt or something harmful found outranks the order it came in ("Schimmel im Joghurt, Charge …").
  [
    "safety",
    [
      // "in meinem haferkeks war ein stück hartes plastik": something hard found in food, told the other way round.
      "in|im ~3 war|waren ~4 plastik|glas|glassplitter|haar|haare|stein|steinchen|metall|metallstueck|schraube",
      // "dripped some bright blue liquid onto the lawn … is that stuff toxic??": a leak that may poison.
      "toxic|poisonous|giftig",
      // "glas am rand abgeplatzt, lippe aufgeschnitten, blut im milchschaum": hurt by what was served.
      "lippe|finger|hand|mund ~2 aufgeschnitten|geschnitten|blutet|blutete",
      "lippe|gesicht|zunge|hals ~3 dick|geschwollen|angeschwollen",
      "lips|lip|face|tongue|throat ~2 swelled|swelling|swollen",
      "antihistamine|antihistamin|epipen",
      // "was stung on the lip by a wasp at the syrup station": a guest hurt on the premises. Not "got stung with fees".
      "stung ~4 wasp|wasps|bee|bees|lip|lips|tongue|hand|finger|arm|face|neck|mouth",
      "wasp|wasps|bee|bees ~4 stung",
      "wespe|wespen|biene|bienen ~4 gestochen",
      "gestochen ~4 wespe|biene",
      "wespenstich*",
      // "hab mir die Strumpfhose und ein bisschen das Bein aufgerissen": a guest scratched by the furniture.
      "bein|knie|arm|hand ~2 aufgerissen|aufgeschuerft|aufgeschlitzt|zerkratzt",
      "cut ~1 my|her|his|our ~1 lip|finger|hand|mouth",
      // "meine Tochter hat ne Mandelallergie" beside food labelled wrongly: an allergen is a safety matter.
      "*allergie",
      "allergisch",
      "allergy",
      "allergies",
      "allergic",
      "anaphyla*",
      "hair|haar|haare|insect|insekt|kakerlake|cockroach ~2 in|im",
      "eine|ne|einer|tote|toten|lebende|kleine|a|dead|live|the fliege|fly ~2 in|im",
      // "a small stone in a 1 kg bag", "Glassplitter im Kuchen": a foreign body in food.
      "stone|stein|steinchen|glassplitter|splitter ~3 in|im",
      "nesselausschlag",
      // A gas smell reported: "riecht nach Gas", "Gasgeruch im Keller", "report a gas smell".
      "gasgeruch",
      "riecht|roch|riechts ~2 nach ~1 gas",
      "gas ~1 smell|leak",
      "smell|smelled|smelt|smells ~2 of ~1 gas",
      "smell|smelled|smelt ~1 gas",
      "durchfall",
      "erbrochen",
      "erbrechen",
      "diarrhoea",
      "diarrhea",
      "vomiting",
      "ueberfahren",
      "umgefahren",
      // Someone hit: "hat mich angefahren", "wurde … angefahren"; not "kommen mit drei Sprintern angefahren".
      "mich|uns|ihn|meinen|meine|mein|sohn|tochter|kind|hund|katze|wurde|wurden|worden|bin|hat|haben ~8 angefahren",
      "ran ~1 me|us ~1 over|down",
      "ausschlag",
      "hautausschlag",
      "rash",
      "hives",
      "quaddeln",
      // Not "Datenschutz verletzt", not "Haare geschnitten": someone hurt themselves.
      "sich ~10 verletzt|geschnitten|verbrannt|verbrueht",
      // "Ich hab ne Allergie und musste meine Notfalltablette nehmen": an allergic reaction treated.
      "notfalltablette*|notfallmedikament*|notfallspritze*|epipen|adrenalinpen",
      // "heißen Milchschaum über die Hand gekippt … Ich hab jetzt eine Brandblase".
      "brandblase*",
      "verletzung*",
      "schnittwunde*",
      // "hab mir fast die Lippe aufgeschnitten", "cut my lip on the chipped cup".
      "mir ~4 lippe|finger|hand|mund ~1 aufgeschnitten|geschnitten|verletzt|verbrannt|verbrueht",
      "cut|burnt|burned|scalded ~1 my ~1 lip|finger|hand|mouth|tongue",
      "scharfe|scharfen ~2 kante|kanten|ecke|ecken",
      "sharp ~2 edge|edges",
      "allergisch*",
      "lebensmittelvergiftung*",
      // "I'm lactose intolerant. Was sick all afternoon": ill after what was served.
      "was|got|felt|been ~1 sick|ill",
      // "got a bad stomach after the chai latte", "Bauchschmerzen nach dem Kuchen".
      "bad|upset ~1 stomach",
      "stomach ~1 ache|cramps|pains",
      "bauchschmerzen|magenschmerzen|magen-darm|bauchweh|bauchkraempfe|magenkraempfe",
      "mir ~1 ist|wurde|war ~2 uebel|schlecht ~3 nach",
      // Ill after eating what was sold as safe for them: "Zöliakiebetroffene … Mir geht es seitdem richtig schlecht".
      "mir ~1 geht|ging ~1 es ~3 schlecht|elend|uebel|miserabel|dreckig",
      "been ~2 ill|sick|unwell ~3 since|ever",
      "schimmel",
      "schimmelig*",
      "verschimmelt*",
      "fremdkoerper*",
      "glasscherbe*",
      "glassplitter*",
      // "There was glass in my salad", "Metall im Brot": something hard in food, not a glass bottle's deposit.
      "glass|glas|metal|metall|metallteil|metallstueck ~1 in|im",
      "gefaehrlich*",
      // "Eure Fahrer rasen jeden Morgen durch die Spielstraße", "your drivers speed past the school".
      "rasen|rast|rasten ~4 durch|vorbei|ueber",
      // "mit Vollgas durch unsere Spielstraße gerast".
      "durch|vorbei ~4 gerast|gebrettert|gerauscht",
      // Not "speeding up the energy transition": driven too fast past someone.
      "speeding ~3 past|through|around|along|down",
      "driver|drivers|van|vans|lorry|lorries|truck|trucks|fahrer ~4 speeding",
      "speed ~3 past|through",
      ...FIRE,
      "injured",
      "injury",
      "injuries",
      // Not "power cut", not "it hurts to see": someone was hurt.
      "got|was|were|been|get ~1 hurt|injured|burned|burnt",
      // Not "would have cut their bills": a body cut or burnt.
      "cut|burned|burnt himself|herself|myself|themselves",
      "cut|burned|burnt ~1 his|her|my|their ~1 lip|lips|finger|fingers|hand|hands|mouth|tongue|arm|leg|foot|face|knee",
      "allergic",
      "poisoning",
      "choked",
      "choking",
      "mould",
      "mold",
      "mouldy",
      "moldy",
      "dangerous",
      "hazard*",
    ],
  ],
  [
    "login",
    [
      "einlogg*",
      "eingeloggt",
      "ausgeloggt",
      "loggt|logt ~2 mich|uns ~4 aus",
      "logs|logging|logged|kicks|kicking|kicked ~1 me|us ~1 out",
      "login",
      "log in",
      // "I can't log into it again": the account, however the preposition runs.
      "log ~1 into",
      "logging",
      "sign in",
      "signin",
      "anmeld*",
      "passwort*",
      "password*",
      // Not "die Monteure sind in der zweiten Woche zugange": at work, no access.
      "zugang",
      "zugangs*",
      "zugaenge",
      "gesperrt",
      "locked",
      // "… and u guys over here suspend the account": an account shut, not a thing broken.
      "suspend",
      "suspended",
      "deactivated",
      "deaktiviert",
      "account|konto|profil ~2 banned|gebannt",
      "banned ~2 account|konto|profil",
      // "unable to recover my old email … even with my recovery email": an account they cannot get back into.
      "recover|recovering|restore ~3 account|email|mail|password|login|profile",
      "recovery ~1 email|mail|process|code|phone|key",
      "konto|account|zugang ~3 wiederherstellen|wiederherstellung",
      // "versucht jemand ständig, sich in mein Kundenkonto einzuloggen", "my account got hacked": a stranger at it.
      "einzulogg*",
      "account|konto|kundenkonto|profil ~3 hacked|gehackt|compromised",
      "hacked|gehackt|compromised ~3 account|konto|kundenkonto|profil",
      // "I can't get into my account, it keeps saying device not recognized": the way in, not a thing broken.
      "get|getting ~1 into|in ~2 account|accounts|profile|inbox",
      "komme|komm|kommen ~4 nicht ~2 in ~2 konto|kundenkonto|account|profil|postfach",
      "device|geraet ~2 not|nicht ~1 recognized|recognised|erkannt",
    ],
  ],
  [
    "refund",
    [
      "rueckerstattung*",
      // Money owed to them: "keine Einspeisevergütung mehr auf unserem Konto".
      "einspeiseverguetung*",
      "feed-in ~1 tariff|payment|payments",
      "erstattung*",
      "erstatt*",
      "geld zurueck",
      "geld ~4 zurueck",
      "gutschrift*",
      "credit",
      "credits",
      "refund*",
      "money back",
      "reimburse*",
      // A return sent back whose money has not come: "Die Rücksendung ist seit 14 Tagen bei euch".
      "ruecksendung*",
      "retoure*",
      "zurueckgeschickt",
      "zurueckgesendet",
      "sent ~2 back",
    ],
  ],
  [
    "billing",
    [
      // "Habt ihr einfach geschätzt oder wat??": a bill on an estimate instead of the reading given.
      "einfach|trotzdem ~1 geschaetzt",
      // "hat mir 10€ zu wenig rausgegeben": money short at the till is money owed back.
      "zu ~1 wenig ~2 rausgegeben|herausgegeben|zurueckgegeben",
      // "has gotten money out of me, $131 to be exact": money taken from them.
      "money ~1 out ~1 of ~1 me|us",
      "wechselgeld|rueckgeld",
      "wrong ~1 change",
      "short ~1 changed",
      // "I paid with card a cappuccino 3,90 but in my bank app is 39,00 €": the amount on their bank's side.
      "bank|banking ~1 app|statement",
      "cent|euro|eur ~1 extra ~4 gezahlt|bezahlt|abknoepfen|abkassieren|berechnet|verlangt",
      "charged ~3 for ~1 oat|soy|almond",
      "banking-app|bankapp|kontoauszug",
      // "cancelled my subscription 10 days ago and you've just taken another €24.50 off my card".
      "taken|took ~4 off|from ~2 my|our ~1 card|account",
      // "+ €14.50 gone from my account", "paused … and still charged".
      "gone|weg ~1 from|vom ~1 my|our|meinem|unserem ~1 account|bank|card|konto",
      "paused|pausiert|pausierte|pausieren ~12 charged|abgebucht|debited",
      // "60 Cent extra abgeknöpft", "still every month you take 89 euro from my account".
      "abgeknoepft|abkassiert",
      "take|takes|took|taking ~4 from ~1 my|our ~1 account|card|bank",
      // "mit nem 50er bezahlt und 10 € zu wenig rausbekommen": short-changed at the till.
      "zu ~1 wenig ~1 rausbekommen|zurueckbekommen|rausgekriegt|zurueckgekriegt|wechselgeld",
      // "… mit Karte bezahlt, 4,80 €. Abgebucht wurden 48,00 €!!": what was taken, said in a sentence of its own.
      "abgebucht ~1 wurden|wurde",
      "short-changed|shortchanged",
      "wrong ~1 change",
      // "my premium went up", not "premium experience right there" (a coffee bag that came crushed).
      "my|our|monthly|annual|insurance ~1 premium|premiums",
      "premium|premiums ~2 increase|increased|went|rose|doubled|up",
      // "euer Newsletter-Code … geht nicht, da kommt nur 'Code ungültig'": a discount that did not apply.
      "code ~3 ungueltig|abgelaufen|invalid|expired",
      "discount|promo|voucher|newsletter ~1 code|codes",
      "abgebucht",
      "abbuchung*",
      // Money at the till: "5€ zu wenig Wechselgeld", "wrong change", a gift card showing no balance.
      "wechselgeld",
      "rueckgeld",
      "wrong ~1 change",
      "gutscheinkarte*",
      "berechnet",
      "rechnung*",
      "abrechnung*",
      "jahresabrechnung*",
      "schlussrechnung*",
      "nachzahl*",
      "abschlag",
      "abschlaege",
      "abschlags*",
      // The meter the bill is read from: "Zählerstand eingegeben … geschätzter Wert", "smart meter stopped sending readings".
      "zaehlerstand*",
      "ablesung*",
      "meter ~1 reading|readings",
      "readings",
      "grundgebuehr*",
      "final bill",
      "direct debit",
      "base fee",
      "lastschrift*",
      "gebuehr*",
      "kreditkarte*",
      "charged",
      "charge",
      "charging ~2 me|us",
      // "kartenzahlung ging 2x durch": paid twice at the till.
      "ging|gingen|lief|liefen ~1 2x|zweimal|doppelt ~1 durch",
      // "moved flat in Jan and you're STILL billing me for the old one".
      "billing ~2 me|us",
      "billed",
      "bill",
      // "I moved out in January and I'm STILL getting bills from you" (not "can't find my monthly bills" in the app).
      "getting|receiving|sending|send|sent ~2 bills",
      // "Bill's wrong. Again.": the bill said to be wrong, its verb glued on.
      "bills ~1 wrong|incorrect",
      "invoice*",
      "invoicing",
      "fee",
      "fees",
      "overcharged",
      "payment",
      // A contract renewed against a notice given: "ohne meine Zustimmung verlängert", "trotz Kündigung".
      "verlaengert",
      "gekuendigt",
      "kuendigung*",
      "renewed",
      // "charged twice for my subscription" is a bill; "the roast date … the whole point of the subscription was fresh
      // coffee" is the coffee.
      "subscription|membership ~3 renewed|renew|renews|payment|payments|price|prices|fee|fees|cost|costs|billed|debited|charge|charges|charged",
      "charged|billed|debited|payment|renewed ~4 subscription|membership",
      "mahngebuehr*",
      "pauschale*",
      "grundgebuehr*",
      "mahnung*",
      "price",
      "preis",
      "taking ~1 money",
      "verbraucht",
    ],
  ],
  [
    "travel",
    [
      // A commuter's line: "Die RB 48 fällt schon wieder aus", "the bus never came".
      "rb",
      "regionalbahn*",
      "regionalexpress",
      "sbahn",
      "ubahn",
      // "wat is eigentlich mit der ringbahn los seit ner woche??": Berlin's circle line.
      "ringbahn",
      "strassenbahn*",
      "tram",
      // Not "ads on every bus stop": the bus itself, as it runs or fails.
      "bus|busse ~2 never|didnt|late|cancelled|canceled|driver|fahrer|kam|kommt|kommen|faellt|fallen|fiel|ist|sind|war|was|is|faehrt|fahren|fuhr|left|came|ausgefallen|verspaetet|delayed|linie|line",
      // "Die Linie 7 ist heute morgen schon wieder ausgefallen": a line that failed, as the commuter tells it.
      "linie|buslinie|tramlinie ~6 ausgefallen|faellt|fiel|fallen|verspaetet|verspaetung|kam|kommt|faehrt|fuhr|haelt|hielt",
      "pendl*",
      "commut*",
      "zug",
      "zuege",
      "flug",
      "fluege",
      "bahn",
      "gleis",
      // Not "Hausanschluss" or a heat pump's "connection": the train or flight one changes to.
      "anschlusszug*",
      "anschlussflug*",
      "anschluss ~3 verpasst|weg|verpassen|erwischt|erreicht",
      "check in",
      "checkin",
      "einchecken",
      "hotel*",
      // A room or seat booked, not "the utility room wall", "the living room is freezing", "a seat by the window".
      "zimmer ~4 gebucht|reserviert|vergeben|storniert|weg",
      "gepaeck*",
      "koffer*",
      "suitcase*",
      "flughafen",
      // Not "my white trainers", "the barista trainee".
      "train",
      "trains",
      "training ~1 cancelled|canceled|delayed",
      "trainline",
      "flight*",
      "airport",
      "boarding",
      // An airport's gate, not "our garden gate".
      "departure|boarding ~1 gate",
      "gate ~1 change|changed|closed|agent|agents|staff|number",
      "at ~1 the ~1 gate",
      "room|rooms ~4 given|booked|reserved|cancelled|canceled|upgrade|upgraded|double-booked|overbooked",
      "accessible ~1 room|rooms",
      "booked|reserved|book|reserve ~3 room|rooms",
      "luggage",
      "baggage",
      "stranded",
      "gestrandet",
      "seat|seats ~4 booked|reserved|assigned|upgrade|given|cancelled|canceled",
      "missed|miss|missing|make|made ~2 connection|connecting",
      "connecting ~1 flight|train",
    ],
  ],
  [
    "delivery",
    [
      // "Die Geschenkbox kam ohne die Tassen an": what came, short of what was in it.
      "kam|kamen ~6 ohne",
      // "mein abo kam diesmal schon wieda nich", "Mein Abo hätte am Dienstag kommen sollen, kam nix".
      "abo|abos|lieferung|paket|bestellung|sendung ~1 kam|kamen ~4 nich|nicht|nix|nichts|nie",
      "abo|lieferung|paket|bestellung ~5 kommen ~1 sollen",
      // "subscription box came empty": the box, whatever it was for.
      "box|paket|karton|package|parcel ~2 came|arrived|kam ~1 empty|leer",
      "paket*",
      "lieferung*",
      "geliefert",
      "liefer*",
      "sendung*",
      "zustell*",
      "versand*",
      "bestellung*",
      // "vor 10 Tagen drei Kilo Espresso bestellt, angekommen ist bis heute nichts".
      "bestellt ~4 angekommen|gekommen|geliefert",
      // "ordered beans 10 days ago and still nothing": an order that has not come.
      "ordered ~5 ago ~3 still|nothing|not",
      // "ordered 4 kg of beans for our office in Utrecht already 2 weeks ago and still nothing is arrived".
      "ordered ~12 ago ~4 nothing ~2 arrived|came|here",
      "bestellt ~5 immer ~1 noch ~1 nichts|nix|nicht",
      "package*",
      "parcel*",
      "delivery",
      "delivered",
      "shipping",
      "shipment*",
      "order",
      "orders",
      "tracking",
      // "ordered click & collect for the Kreuzberg café": an order to pick up is still an order.
      "click ~2 collect",
      "abholung",
      // Papers that never came: "haven't received my welcome letter or contract documents", "keine Unterlagen".
      "documents",
      "paperwork",
      "welcome ~1 letter|pack",
      "unterlagen",
      "vertragsunterlagen",
      "willkommensschreiben",
      // "schon wieder falsch gemahlen": the grind other than chosen is what was sent.
      "falsch ~1 gemahlen",
      // "Eine Tüte war unten komplett aufgerissen", "Geliefert: Filtermahlung": goods that came damaged or other.
      "tuete|tueten|beutel|packung|packungen|karton ~4 aufgerissen|zerrissen|eingerissen|geplatzt|aufgeplatzt",
      // "kam mit komplett zerdrückter tüte an, die bohnen lagen lose im karton": the parcel came damaged.
      "zerdrueckter|zerdrueckten|zerrissener|zerrissenen|aufgerissener|aufgerissenen|beschaedigter|beschaedigten ~1 tuete|tueten|packung|verpackung|karton",
      "lose ~2 im|in ~1 karton|paket",
      "geliefert ~2 filtermahlung|espressomahlung|filter|espresso",
    ],
  ],
  [
    "defect",
    [
      // "nach 2 Wochen eiert das Mahlwerk und mahlt nur noch Grütze": a grinder that fails in use.
      "eiert ~3 mahlwerk|muehle|handmuehle|trommel|scheibe",
      "mahlwerk|muehle|handmuehle|trommel|scheibe ~2 eiert",
      "mahlwerk",
      "mahlt|mahlen ~2 nur ~1 noch",
      // "Solar drauf, Dach undicht": the roof leaking since the work, a fault to be put right.
      "dach|leitung|anschluss|roof ~2 undicht|leaking|leaks",
      // "beim Störungsdienst angerufen, keiner geht ran. Haus eiskalt": the heating down, the fault line silent.
      "haus|wohnung|wohnzimmer|bude ~2 eiskalt",
      // "help me with my Yahoo Mail? They seem to be going into the trash folder": a mail service that misbehaves,
      // not a mail nobody answered.
      "yahoo|gmail|hotmail|outlook|gmx|aol ~1 mail|postfach|inbox|account|konto",
      // "die WP 9 zeigt nur noch Hochdruckstörung an": the machine's fault, whatever the hotline's queue told beside it.
      "hochdruckstoerung|niederdruckstoerung",
      // "unsere WP 12 ist seit 6 Uhr aus … Hotline nur Bandansage": the machine down, whatever the hotline did.
      "wp|waermepumpe|heizung|anlage|therme|speicher ~1 9|12 ~1 ist ~4 aus",
      "wp|waermepumpe|heizung|anlage|therme|speicher ~1 ist ~4 aus",
      // "the inverter is not connected … and pay full electricity price": the fault, whatever it costs them meanwhile.
      "inverter|inverters|wechselrichter ~3 not|isnt|nicht ~2 connected|hooked|angeschlossen",
      // "der Wechselrichter zeigt immer noch nur „Standby“ an": the plant never switched on, whatever else is asked.
      "wechselrichter|inverter|speicher|wallbox ~6 standby|stand-by|offline",
      // "WP zeigt nur noch rotes Licht … das Haus kühlt langsam aus": the heating down, however it is told.
      "haus|wohnung|bude|buero|wohnzimmer ~2 kuehlt ~3 aus",
      // "four wireless room sensors and the batteries are flat every couple of months".
      "batteries|battery|batterien|batterie|akku|akkus ~2 are|is|sind|ist ~2 flat|dead|empty|leer",
      // "my battery storage has been stuck at 0% since Friday", "Speicher hängt bei 0 %".
      "stuck|haengt|haengen ~2 at|bei|auf ~1 0",
      // "Our hot water smells like rotten eggs since you replaced the storage tank": a fitted system at fault.
      "water|wasser|warmwasser|heizung|heating|tap|hahn ~3 smells|smell|stinks|riecht|stinkt",
      // "nur das bad kommt nicht über 17 grad", "liefert die Ostseite genau null": a system that falls short.
      "kommt|kommen|komme|geht|gehen|wird|werden ~3 nicht ~1 ueber ~3 grad",
      "wont|won't|doesn't|doesnt|never ~2 go|get|gets|goes ~1 above|over|past ~3 degrees",
      "liefert|liefern|produziert|produzieren|bringt|erzeugt ~4 genau|nur|quasi|praktisch ~1 null|nichts",
      "producing|generating ~2 nothing|zero",
      // "Unser Wechselrichter zeigt seit letzter Woche nur noch Störung an": a device's fault, not an outage.
      "zeigt|zeigen|zeigte ~6 stoerung|stoerungsmeldung",
      // "die mobile Rampe ist seit 2 Wochen in Reparatur": a thing of ours out of service.
      "in ~1 reparatur",
      "out ~1 of ~1 order|service",
      // Online banking's second factor that does not come: "Die TAN kommt nicht an".
      "tan",
      "pushtan",
      // Goods that failed in use: "shrank after one wash", "nach dem ersten Waschen eingelaufen".
      "shrank",
      "shrunk",
      "eingelaufen",
      "fell ~1 apart",
      "kaputt*",
      "defekt*",
      // "unsere WP 12 taktet seit Samstag alle paar min an und aus": a heat pump short-cycling.
      "taktet|takten|taktete",
      "an und aus",
      "ein und aus",
      "app",
      // "das Portal sagt jedes Mal 'Zählernummer ungültig'": the website's customer portal, broken.
      "portal|kundenportal|onlineportal",
      "update",
      "absturz*",
      "abgestuerzt",
      "fehlermeldung*",
      "fehler",
      "broken",
      "broke",
      "stopped ~1 working",
      "crash|crashes|crashed|crashing|crasht|crashte|crashten|crashen|gecrasht",
      "error*",
      "bug",
      "faulty",
      "defective",
      "checkout",
      // A service that fails for a business: "your API has been returning 502s".
      "api",
      "webhook*",
      "provider",
      "plugin",
      "bildschirm",
      "verbeult",
      // A boiler that fails: "my boiler keeps losing pressure", "die Therme verliert Druck".
      "boiler",
      "therme",
      "ausgelaufen",
      "dented",
      "router",
      "modem",
      "fritzbox",
      "schnittstelle*",
      "integration",
      "website",
      "webseite",
      "onlineshop",
      "online shop",
      // "shop lädt nicht 🙄", "shop down since last night", "die Seite hängt": the web shop by its short name, said
      // beside what it does not do (a "shop" alone may be a café).
      "shop|seite|site ~2 laedt|laden|geht|funktioniert|down|offline|haengt|crasht|crashes|crashed",
      // "the shop has been 'under maintenance' for 14 hours": a site shut for work.
      "under ~1 maintenance",
      "wartungsarbeiten|wartungsmodus",
      "paypal",
    ],
  ],
  // How staff treated someone: "am Schalter total unfreundlich", "ausgelacht", "the barista was rude".
  [
    "service",
    [
      // "war euer Café um 8 noch zu obwohl 7:30 an der Tür steht": a café shut when it should be open.
      // Not "nur noch zu zweit, zahlen aber …": "zu" is shut only when nothing follows it but the "but".
      "noch ~1 geschlossen|dicht ~4 obwohl|trotz|aber",
      "noch ~1 zu ~0 obwohl|trotz|aber",
      "still ~1 closed|shut ~4 although|though|but|even",
      // "the door was locked at 6:15 with staff inside", "stood outside a locked door at 8": shut when it should be open.
      "door|doors ~2 was|were ~1 locked|shut",
      "locked ~1 door|doors",
      // "Your barista spilled a whole latte over my laptop and just walked off".
      "spilled|spilt|verschuettet|gekippt|geschuettet ~5 over|on|auf|ueber ~1 my|me|mich|mein|meine|meinen|meinem",
      "unfreundlich*",
      "unhoeflich*",
      "ausgelacht",
      "angeschnauzt",
      "angemacht",
      "angemotzt",
      "angepampt",
      "angeblafft",
      "angeranzt",
      "angemault",
      "abgewimmelt",
      "herablassend*",
      "respektlos*",
      "rude",
      "rudely",
      "unfriendly",
      "laughed ~1 at",
      "snapped ~1 at",
      "condescending",
      "dismissive",
      "dieb",
      "diskriminiert",
      "discriminated",
      "profiled",
      "thief",
      "verschlossener",
      "beschimpft",
      "beleidigt",
      "angepoebelt",
      "eingegriffen",
      "angeschrien",
      "angebruellt",
      "deutsch",
      "english",
      "geboren",
      "shouted",
      "yelled",
    ],
  ],
  // Waiting last: a defect or a delivery that nobody answers about is the defect or the delivery.
  [
    "waiting",
    [
      // "has been on holiday for 3 weeks and nobody answers the wholesale inbox either": no one to reach.
      "nobody|noone ~1 answers|answered|replies|replied ~3 inbox|emails|email|mails|messages|dms",
      "niemand|keiner ~1 antwortet|antwortete|reagiert ~3 mail|mails|nachricht|nachrichten|postfach",
      "warteschleife*",
      // "panels … were meant to be finished on the 12th": a job left waiting.
      "meant|supposed ~2 to ~1 be ~1 finished|done|installed|completed|fitted",
      // "nobody call me since for installation date": no call from anyone.
      "nobody|noone ~1 call|calls|called ~2 me|us",
      // "Unsere Anfrage an den Service blieb unbeantwortet", "my email went unanswered".
      "unbeantwortet",
      "unanswered",
      // "seitdem hört man GAR NICHTS mehr. Kein Anruf kein Brief.": nothing heard from us.
      "hoert|hoeren|hoere|hor ~1 man|ich|wir ~2 nichts|nix ~1 mehr",
      "kein ~1 anruf ~1 kein|keine ~1 brief|mail|email|nachricht",
      // Written or called and heard nothing: waiting is the last kind, so these only decide when nothing else does.
      "mail",
      "e-mail",
      "email",
      "emailed",
      "geschrieben",
      "antwort",
      "rueckmeldung",
      // "Euer Vertrieb hat sich nie wieder gemeldet": promised contact that never came.
      "gemeldet",
      "heard ~1 back",
      // "3x angerufen, keiner geht ran": calls nobody took.
      "keiner|niemand ~1 geht|ging ~1 ran|dran",
      // "eine Heizlastberechnung „noch diese Woche“ versprochen – das war vor fünf Wochen": a promise still waited for.
      "versprochen ~6 das ~1 war ~1 vor",
      // "einen Rückruf … versprochen", "promised a callback": the call owed.
      "rueckruf",
      // "da hieß es wir rufen sie heute noch zurück": the call back that was promised.
      "rufen|ruft|rufe ~4 zurueck",
      "zurueckrufen|zurueckgerufen",
      "callback",
      "call ~1 back",
      "reklamation*",
      "hotline",
      "on hold",
      "response",
      "reply",
      "answer",
      "waiting",
      "warte",
      "warten",
      "unsere|unser ~8 wartet ~2 seit",
      "none|nobody ~1 answered|returned|replied",
      // "my heat pump quote … for 11 weeks now – still no number": a quote that does not come.
      "still ~1 no ~2 quote|number|offer|price|figure",
      // "Asked for a quote three weeks ago. Nothing.": a request that went unanswered.
      "ago ~1 nothing|silence",
      "angefragt|nachgefragt|angeschrieben|gemailt ~1 nichts",
      "angefragt",
      // "die Inbetriebnahme wird immer wieder verschoben": work due that keeps being put off is waited for.
      "inbetriebnahme|montage|installation|einbau|anschluss|liefertermin|zaehlerwechsel ~6 verschoben|abgesagt",
      // Not an appointment: "appointment cancelled … for the second time" is said as the cancellation it was.
      "installation|install|installer|fitting|connection ~5 postponed|rescheduled|cancelled|canceled",
    ],
  ],
];

/** Question topics beyond the problem kinds. */
export const QUESTION_TOPICS: ReadonlyArray<[string, readonly string[]]> = [
  [
    "opening-hours",
    [
      "geoeffnet",
      // Open as a shop is: "habt ihr heute offen", "ist Ottensen am Sonntag offen" — never "legen offen, was sie
      // zahlen" or "offen gesagt".
      "habt|hat|haben|hast|ist|sind|seid ~4 offen",
      "offen ~3 heute|morgen|sonntags|samstags|feiertags|am|an|bis|ab|zwischen|ueber",
      "oeffnungszeit*",
      "aufhaben",
      "auf haben",
      // "Wann macht ihr in Leipzig morgens auf?"
      "macht|machen|machst ~4 auf",
      // "Bis wann kann man abends in der Südvorstadt noch nen Cappu trinken?"
      "bis wann ~6 abends|morgens|fruehstuecken|trinken|aufschlagen|vorbeikommen",
      // "Und ab wie viel Uhr?", "from what time": when they open.
      "ab ~1 wie ~1 viel ~1 uhr",
      "ab wann ~4 auf|offen|geoeffnet|fruehstueck*",
      "from what time",
      "what time ~4 open|opening",
      "be ~1 running|open ~3 on ~1 the ~1 monday|sunday|saturday|holiday",
      "aufmachen",
      "oeffnet|oeffnen",
      "zu haben",
      "schliesst",
      "schliessen",
      "sonntags",
      "samstags",
      "feiertags",
      "verschlossen*",
      "feiertag*",
      "open",
      // "opening times", "what time are you opening" — not "opening a tiny place in Dresden", "after closing".
      // Not "your cafés still bin whole trays at closing time": when something happens, not what is asked.
      "opening ~1 time|times|today|tomorrow|tonight|early|late|on|at",
      "closing ~1 times|today|tomorrow|tonight|early|late|on",
      "your|the|what|whats|when ~2 closing time",
      "time ~4 opening|closing|close",
      // "opening hours", "what are your hours" — not "drains batteries in 3 hours".
      "your|the|holiday|weekend|christmas|opening ~1 hours",
      "closed",
      "when|what ~4 close",
      "close ~1 early|on|at",
    ],
  ],
  [
    "refund",
    [
      "rueckerstattung*",
      "erstattung*",
      "erstatt*",
      "gutschrift*",
      "geld zurueck",
      "zurueckgeben",
      "umtausch*",
      "refund*",
      "money back",
      "reimburse*",
      // "return it", "can I return …"; "a return to Manchester" is a ticket.
      "return|returning ~2 it|them|this|my|the ~2 item|order|parcel|product|jacket|shoes|dress",
      "can ~2 return",
      "returns policy",
    ],
  ],
  [
    "account",
    [
      "passwort*",
      "konto",
      "kundenkonto",
      "account",
      "einlogg*",
      "anmeld*",
      "profil",
      "benutzername*",
      "password*",
      "login",
      "log in",
      "sign in",
      "username",
      "profile",
    ],
  ],
  [
    "delivery",
    [
      "versand*",
      "liefer*",
      "geliefert",
      "zustell*",
      "paket*",
      "sendung*",
      "shipping",
      "ship",
      "deliver*",
      "arrive",
      "tracking",
      "parcel",
      "package",
    ],
  ],
  [
    "price",
    [
      "kostet",
      "kosten",
      "preis*",
      "teuer",
      "guenstig*",
      "rabatt*",
      "cost",
      "costs",
      "price*",
      "how much",
      "expensive",
      "cheap*",
      "discount*",
    ],
  ],
  [
    "availability",
    [
      "verfuegbar",
      "vorraetig",
      "lieferbar",
      "auf lager",
      "wieder da",
      "ausverkauft",
      "in stock",
      "available",
      "availability",
      "sold out",
      "back in stock",
    ],
  ],
  [
    "contact",
    [
      "erreiche*",
      "kontakt*",
      "telefonnummer",
      "hotline",
      "e mail adresse",
      "ansprechpartner*",
      "contact",
      "reach",
      "phone number",
      "email address",
      "speak to",
      "talk to",
    ],
  ],
];

/** Politics and public life: a statement about them that does not speak to the company is not the company's to answer. */
export const POLITICS = [
  // "The whole world is going to hell … Inflation, wars, politicians lining their pockets": the world's crises.
  // Not "so wars auch": the German "war's".
  "world ~2 is|s ~1 going ~2 to ~1 hell",
  "inflation ~2 wars|war|krieg|kriege",
  // "while the world is literally on fire. gaza, ukraine, climate": the wars and crises of the world, named.
  // "while the planet's literally on fire": the world's troubles, pictured.
  "planet|planets|world|worlds|earth ~2 on ~1 fire",
  // "Die Welt brennt, überall Krieg, in Berlin streiten sie sich über Haushaltslöcher": the world's crises, in German.
  "welt ~1 brennt",
  "ueberall ~1 krieg|kriege",
  // "solang in Berlin die Jecke do bovve regiere … Mer wähle nächstes Mol anders": who governs, in Kölsch too.
  "berlin ~4 regiere|regieren|regiert",
  "waehle|waehlen|wahle ~2 naechstes|naechste ~1 mol|mal ~1 anders",
  // "has tram line 13 been running every 20 min … public transport here is a joke now": the city's trams.
  "public ~1 transport",
  "tram|bus ~1 line ~1 1*|2*|3*|4*|5*|6*|7*|8*|9*",
  "gaza",
  "ukrainekrieg",
  "krieg ~2 ukraine",
  "war ~2 ukraine",
  "nahost",
  "nahostkonflikt",
  // "Und in Berlin kriegen sie den Haushalt wieder nicht hin": the federal budget, argued about in Berlin.
  "haushalt ~3 nicht ~1 hin",
  "haushaltsstreit|haushaltsloch|bundeshaushalt|haushaltssperre",
  "regierung*",
  "bundesregierung*",
  // "Germany's energy policy is a joke tbh": a country's policy, argued about.
  "energiepolitik",
  "energy ~1 policy",
  // "Und die Spritpreise??? Redet keiner drüber": the price of fuel, which no café or utility sets.
  "spritpreis*",
  "benzinpreis*",
  "dieselpreis*",
  // "Solange in Berlin diese Truppe regiert … Neuwahlen jetzt".
  "regiert",
  "neuwahl*",
  "politik*",
  "politiker*",
  "kanzler*",
  "bundeskanzler*",
  "minister*",
  "bundestag*",
  "landtag*",
  "parlament*",
  // Not "eine WEG mit 6 Parteien" (households of a building).
  "partei",
  "parteichef*",
  "parteitag*",
  "parteivorsitz*",
  "volkspartei*",
  "regierungspartei*",
  "die|den|der|diese|alle|etablierten|anderen ~1 parteien",
  "gruenen",
  // "Hab vor 4 Wochen an meinen Bezirksabgeordneten geschrieben": the representative, not us, owes the answer.
  "abgeordnet*",
  "bezirksabgeordnet*",
  "bundestagsabgeordnet*",
  "landtagsabgeordnet*",
  // "… jetzt nicht mehr erwarten das Schland völlig zu ruinieren": the country, in the slang of a political rant.
  "schland",
  "spd",
  "cdu",
  "csu",
  "afd",
  "fdp",
  "linke",
  "ampel*",
  "wahl",
  "waehlt",
  "waehlen",
  "bundestagswahl",
  "grenzen",
  "migrationspolitik",
  // "Wer die Zuwanderung nach Europa alleine auf die Einzelstaaten abschiebt, hat … nichts gelernt" (a real comment).
  "zuwanderung",
  // "was ihre Abwehrraketen taugen … Kimjongun´s Rakete", "bei seiner Kanzlerschaftskandidatur helfen? Wie tief will
  // die SDP noch sinken?" (real comments): the world's conflicts and a party's candidate.
  "abwehrrakete*",
  "kimjongun|nordkorea",
  "north ~1 korea",
  "kanzlerschaftskandidatur|kanzlerkandidat*|kanzlerkandidatur",
  // "everywhere only foreigners … sad what happened to this country": the country's state, argued.
  "happened ~2 to ~1 this ~1 country",
  "everywhere ~1 only ~1 foreigners",
  // "Brussels keeps watering down the supply chain law", "the government keeps cutting welfare", "Meanwhile Berlin is
  // busy deindustrialising the country", "Ringbahn … wieder drei Wochen Ersatzverkehr. Berlin kriegt … nix mehr hin".
  "supply ~1 chain ~1 law",
  "lieferkettengesetz",
  "welfare",
  "deindustrialising|deindustrializing|deindustrialisation|deindustrialization|deindustrialisierung",
  "ersatzverkehr",
  // "wen wählt ihr bei der OB-Wahl?": whom the company votes for.
  "wen ~1 waehlt|waehlen",
  "ob-wahl|oberbuergermeisterwahl|kommunalwahl|landtagswahl|bundestagswahl",
  "einwanderungspolitik",
  "asylpolitik",
  // "Italien will anderen Staaten illegal Eingereiste aufzwingen … kein Recht auf Asyl" (a real comment): migration
  // argued; "Auch während des Spiels sind unsere Gedanken … bei den Opfern der schrecklichen Attentate": the world's
  // grief, shared.
  "asyl",
  "asylrecht",
  "illegal ~1 eingereiste|einwanderer|migranten",
  "attentat*",
  "terroranschlag*",
  // "Habe gerade voll die Diskussion mit linken…" (a real comment): an argument about politics.
  "diskussion|diskutiert|streit ~2 mit ~1 linken|rechten|nazis|afdlern|gruenen",
  "merkel",
  "scholz",
  "merz",
  "habeck",
  "government",
  "governments",
  // "the Senate should be fixing the housing crisis … nobody in politics cares", "Berlin keeps handing out subsidies
  // for everything except ordinary working people … This country has lost the plot".
  "politics",
  // "NSU ist keine dreiköpfige Zelle, sondern eine … Terrororganisation", "Wenn der Brexit für #EU so schlecht ist".
  "nsu",
  "terrororganisation*",
  // "Erst Atomkraft abschalten, dann kein Gas mehr aus Russland", "Erst Atom weg, dann russisches Gas weg": the
  // country's supply of gas, argued; "Heizungsjesetz", "Bürgergeld": laws argued, in any accent.
  "gas ~2 aus ~1 russland",
  "russisches|russischem|russischen|russian ~1 gas",
  "atom ~1 weg|abgeschaltet|abschalten",
  "heizungsjesetz",
  "buergergeld",
  // "has Berlin rent gone completely insane this year?? … wtf is happening to this city": a city's rents, argued.
  "rent|rents ~4 insane|crazy|mad|nuts|ridiculous|unaffordable",
  "happening ~2 to ~1 this ~1 city",
  // "Anyone else think the EU is gonna ban everything fun by 2030?": a union's rules, argued.
  "the ~1 eu ~3 ban|bans|banning|wants|regulates|regulation|rules|law|laws",
  // "the big commodity traders … The futures market is a casino": the markets, argued.
  "commodity ~1 trader|traders|markets|speculators",
  "futures ~1 market|markets",
  // "Demokratie in d. BRD … nur noch ein Lügenmäntelchen" (a real comment): the state of the republic, argued.
  "demokratie",
  "brd",
  // "meine Grundskepsis gegen eine große Koalition … Einwanderungsgesetz, Rente" (a real comment): a government's record.
  "koalition",
  "koalitionsvertrag",
  "groko",
  "einwanderungsgesetz",
  // "Weg mit den Sanktionen, dann wird Strom auch wieder billiger": a country's foreign policy, argued.
  "sanktionen",
  "sanktionspolitik",
  "sanctions",
  // Not "do u guys ship to the UK post-brexit": shipping asked.
  "der|den|dem|des ~1 brexit|brexits",
  // "Brexit ruined everything anyway.": blamed for the state of things.
  "brexit ~3 ruined|ruins|killed|destroyed|wrecked|disaster|mistake|mess|fault",
  "des|dem ~1 deutschen ~1 volk|volke|volkes",
  // "Keine Strafen für türkische Doppelstaatsbürger. Sofortige Aberkennung der österr. Staatsbürgerschaft …":
  // citizenship argued; "Jeder der sein Volk und seine Heimat verrät …": the nation, in a political charge.
  "staatsbuergerschaft*",
  "doppelstaatsbuerger*",
  "doppelpass",
  "volk ~2 heimat",
  "volksverraeter*",
  "heimatverraeter*",
  // "Kann mal jemand was gegen die Mieten in Leipzig machen? … Stadtrat pennt".
  "stadtrat",
  // "regt euch lieber mal über die Grundsteuer auf. Köln hat die Hebesätze durch die Decke gejagt".
  "grundsteuer",
  // "Wann macht der Senat endlich mal was gegen die Mieten?", "solange der Staat Milliarden ins Ausland schickt".
  "senat",
  "der|den|dem ~1 staat",
  // "… so wenig über die vom Staat verfolgten Refugees berichtet wird": the state and whom it persecutes.
  "vom ~1 staat",
  // "Schlesien, Pommern und Ostpreußen sind deutsch und werden es immer sein": borders argued.
  "ostpreussen|schlesien|pommern ~4 deutsch|deutsche|polnisch|polen|zurueck",
  "milliarden ~2 ins ~1 ausland",
  "hebesatz|hebesaetze",
  // "the city spends millions on bike lanes nobody uses", "Tempo 30 … die A100": the city's roads, argued.
  "bike ~1 lane|lanes",
  "radweg|radwege|radwegen",
  "tempo ~1 30",
  "a100",
  "gegen ~1 die ~1 mieten|miete|mietpreise",
  "politicians",
  "politician",
  "housing ~1 crisis",
  // "… commercial real estate is a slow-motion crash … We need zoning reform": a city's planning argued about.
  "commercial ~1 real ~1 estate",
  "zoning ~1 reform|laws|rules",
  "handing|hand|hands ~2 out ~2 subsidies|subsidy",
  "subventionen|subventioniert",
  "ordinary ~1 working ~1 people|families",
  "this ~1 country ~1 has ~1 lost",
  // "The Senate does nothing and every second shop on my street is now a vape store": the city's politics.
  "the ~1 senate",
  // "Wer kommt am Samstag mit zur Mietendemo? Die Stadt Leipzig pennt", "die stadt muss endlich was gegen die ganzen
  // e-scooter machen": a protest, and the city called to act.
  "mietendemo|klimademo|demo ~1 gegen",
  "stadt ~2 pennt|schlaeft",
  // "city council is asleep at the wheel", "city really cheaped out" on the harbour fireworks: the city's doing.
  "city ~1 council",
  "city|council ~2 cheaped ~1 out",
  "close ~4 to ~1 cars|traffic",
  "die ~1 stadt ~1 muss|soll|sollte ~3 endlich",
  // "all this net zero stuff while china opens a new coal plant every week".
  "net ~1 zero",
  "netto ~1 null",
  "china ~4 coal",
  // "Berlin rents are absolute murder … Cap the damn rents already.": housing politics.
  "mietpreisbremse",
  // "solange die Schuldenbremse heilig ist …": the state's budget.
  "schuldenbremse",
  // Batch 66: "hamburg should just make the whole of ottensen car-free for good".
  "car ~1 free",
  "carfree|autofrei|autofreie|autofreies",
  // Batch 75: "grundsteuerbescheid hier in köln ist auch wieder gestiegen … #grundsteuer".
  "grundsteuer*",
  // Batch 74: "new PV systems get nothing for feed-in during negative price hours … more than anyone in Berlin admits
  // #Solarspitzengesetz".
  "solarspitzengesetz",
  "anyone ~1 in ~1 berlin",
  "negative ~1 price ~1 hours",
  // Batch 73: "germany still has a coffee tax from 1948 … tea isnt taxed at all #kaffeesteuer".
  "kaffeesteuer",
  "coffee ~1 tax",
  // Batch 70: "With the new US tariffs on Brazil, coffee's going to be a luxury … Thanks for nothing, Washington."
  "us ~1 tariffs|tariff|zoelle|zolle",
  "tariffs ~2 on ~1 brazil|china|imports|coffee|goods",
  "strafzoelle|strafzoll|zollstreit|handelskrieg",
  "trade ~1 war",
  // Batch 69: 'still waiting for that "klimageld" every party promised. carbon price goes up every january'.
  "klimageld",
  "carbon ~1 price|tax",
  "co2 ~1 preis|steuer|abgabe",
  "co2preis|co2steuer|co2abgabe|co2bepreisung",
  "every ~1 party ~1 promised",
  // Batch 68: "the EU-mercosur deal is going to squeeze small farmers", "Kohleausstieg 2030 im Revier, jaja".
  "mercosur",
  "kohleausstieg",
  "freihandelsabkommen",
  "trade ~1 deal",
  // Batch 66: "deutschlandticket schon wieder teurer und die s-bahn fällt trotzdem jeden zweiten tag aus".
  "deutschlandticket",
  // Batch 64: "back home Ofgem put the price cap up AGAIN": another country's regulator, no deed of ours.
  "ofgem",
  "energy ~1 price ~1 cap",
  "stromsteuer",
  // "Die in Berlin sollen erstmal die Netzentgelte runterschrauben … die kriegen ja eh nix gebacken".
  "die|denen ~1 in ~1 berlin",
  // "Das ganze Heizungsgesetz ist doch ein einziger Murks … Nächstes Jahr wird anders gewählt, das sag ich euch."
  "gebaeudeenergiegesetz*",
  "anders ~1 gewaehlt",
  // "… während die in Berlin das Land gegen die Wand fahren. Leute wacht auf und wählt endlich anders!!"
  "land ~1 gegen ~1 die ~1 wand",
  "waehlt|waehlen ~2 anders|endlich ~1 anders",
  // "people still say climate change is a hoax smh": the world's climate argued, not the company's work.
  "climate ~1 change|crisis ~3 hoax|denier|deniers|real|myth|fake",
  // "the whole coffee price thing is Wall Street speculators … like the media keeps saying. Wake up people."
  "wall ~1 street ~1 speculators|bankers|greed",
  "the|mainstream ~1 media ~2 keeps|keep|says|lies|lying|tells",
  "mainstream ~1 media",
  "luegenpresse|mainstreammedien",
  "klimawandel|klimakrise ~3 erfunden|luege|leugner|gibt|mythos",
  "klimaleugner*",
  "sondervermoegen",
  "debt ~1 brake|ceiling",
  // "dass die in Berlin jetzt wieder über Atomkraft reden": energy politics.
  "atomkraft*",
  "atomausstieg",
  "kernkraft*",
  "nuclear ~1 power",
  "mietendeckel",
  // "anyone else watching the election debate tonight? politics in this country is a circus".
  "election|elections|wahlkampf|landtagswahl|kommunalwahl",
  // "Diese ganzen Wahlplakate an jeder Laterne nerven mich".
  "wahlplakat*",
  // "Habt ihr gelesen dass Kaffee an der Börse schon wieder teurer geworden ist? Dürre in Brasilien, Frost in Vietnam".
  "an ~1 der ~1 boerse",
  "coffee ~3 futures|stock ~1 exchange",
  "politics ~2 in ~2 this ~1 country",
  // "@Bundesregierung the whole heating law was a disaster from day one, politicians never learn anything".
  "heating ~1 law",
  // "Tempolimit 130 jetzt …", "Klimawandel ist kein Märchen Leute": the world argued about under a post.
  "nuclear",
  "mindestlohn*",
  "energy ~1 policy|transition ~3 germany|germanys|government",
  "the ~1 greens ~1 should|are|have|were|want",
  "atomkraft*",
  "atomausstieg",
  "akw|akws",
  "tempolimit",
  "klimawandel",
  "klimaleugner*",
  "heizungsgesetz",
  // "Die ganze Bürokratie in Deutschland ist doch ein Witz": the state's red tape.
  "buerokratie ~2 in ~1 deutschland",
  "gebaeudeenergiegesetz",
  "politicians",
  "politiker",
  "cap ~2 rents",
  "rent ~1 cap|control|controls",
  "bruessel",
  "brussels",
  "president",
  "congress",
  "senate",
  "parliament",
  "election*",
  "vote",
  "voting",
  "democrats",
  "republicans",
  "labour",
  "tories",
  "prime minister",
  "borders",
  "trump",
  "biden",
  "politicians",
  "politician",
  "diaeten",
  "die da oben",
  // "Das Heizungsgesetz ist das eigentliche Problem … Nächstes Jahr wird abgewählt!!"
  "heizungsgesetz*",
  "gebaeudeenergiegesetz*",
  "abgewaehlt",
  "abwaehlen",
  "culture war",
  // Not "wenn die [Wärmepumpe] nachts um 3 streikt": a machine that stops is no strike.
  "streik",
  "streiks",
  "streiken",
  "streikende",
  "streikenden",
  "streikrecht*",
  "streikwelle*",
  "streikposten",
  "warnstreik*",
  "generalstreik*",
  "bahnstreik*",
  "bahn|gdl|verdi|gewerkschaft|lufthansa|bvg|kvb|kitas|kita|lokfuehrer|piloten|aerzte ~3 streikt|streikte|streikten",
  // "Und die Rente mit 70 kommt auch noch. Na prost.", "Deutschland halt 🙄", "Typisch Deutschland", "Deutschland schafft
  // sich als Industriestandort gerade selbst ab", "in Berlin streiten se sich wieder wochenlang übern Haushalt".
  "typisch ~1 deutschland",
  // "Mit Deutschland geht es mehr und mehr bergab": the country's decline, no matter of the company's.
  "deutschland ~5 bergab|abwaerts",
  "deutschland ~3 geht|gehen ~2 vor ~1 die ~1 hunde",
  "industriestandort",
  "fachkraeftemangel",
  "streiten ~4 haushalt|bundeshaushalt",
  "rente ~2 mit ~1 63|67|68|69|70",
  "rentenalter",
  "deutschland ~1 halt",
  // "Bahnstreik Nummer 5 und ich steh in Göttingen am Gleis. Danke für nix 🙃 #GDL".
  "bahnstreik*",
  "warnstreik*",
  "gdl",
  "strike",
  "rail ~1 strike|strikes",
  // Sport is the world's too: "anyone else watching the match tonight? ref was a joke".
  "schiri",
  "schiedsrichter*",
  "referee*",
  "ref ~2 was|is|war|ist",
  "bundesliga",
  "champions league",
  "premier league",
  "this|the|that|diese|der ~1 league|liga",
  "elfmeter",
  // The football rule, not "Kurze Frage abseits vom Beitrag: …", which asks us something beside the post.
  "im ~1 abseits",
  "abseits ~2 gestanden|stand|steht|gepfiffen|tor|regel|position",
  "war|ist|stand|klar ~2 abseits",
  "abseitstor",
  "offside",
  "watching|watch|guckt|schaut ~3 the|das ~1 match|game|spiel",
  "match|game ~1 tonight|today|yesterday",
  // Batch 166: "govt tells the rest of us to tighten our belts while they jet off to yet another climate summit",
  // "2 std stau auf der A40 weil sich welche fürs klima auf die strasse kleben", "Rezession, Insolvenzen überall",
  // "in Berlin wird jeder reingelassen … Das Land geht den Bach runter".
  "govt|gov",
  // Batch 178: "Solange in Berlin Leute regieren …", "Die Mieten in Ottensen sind echt nicht mehr normal".
  "regieren",
  "mieten ~4 nicht ~1 mehr ~1 normal|bezahlbar",
  "rents ~4 insane|unaffordable|out of control",
  // Real tweets read at the end of the seventh session of 2026-12-04: "ohne Holland gehen wir ins Achtelfinale!",
  // "Ob unserem de Maiziere … klar ist …".
  "achtelfinale|viertelfinale|halbfinale",
  "maiziere|seehofer|soeder|lindner|baerbock|steinmeier",
  "climate ~1 summit|summits|activists|protesters",
  // "… because of the climate scam and the central banks", "Climate change is on track to wipe out half of the
  // world's arabica-growing land", "Berlin should sort out the grid", "energy bills everywhere in europe are a joke".
  "climate ~1 scam|hoax|change",
  "central ~1 bank|banks",
  "berlin|brussels|westminster|government ~1 should|needs|must",
  "everywhere ~1 in ~1 europe",
  // "how rent in berlin is completely out of control", "alles wird teurer nur mein gehalt nich", "die Rente reicht vorne
  // und hinten nicht", "während ihr hier latte art postet passiert da draußen so viel schlimmes": the cost of living
  // and the state of the world.
  "rent|rents|mieten ~4 out ~1 of ~1 control",
  "miete|mieten ~3 unbezahlbar|explodieren|explodiert",
  "alles ~1 wird|werden ~1 teurer",
  // "groceries in this country are actually insane", "Lebensmittel sind einfach unbezahlbar geworden": prices in the
  // shops at large.
  "groceries|grocery|lebensmittel|lebensmittelpreise ~4 insane|crazy|ridiculous|unaffordable|unbezahlbar|wahnsinn|irre|teurer",
  "how ~1 is ~1 anyone ~1 supposed ~1 to ~1 afford",
  "die ~1 welt ~1 dreht ~1 durch",
  "rente|gehalt|lohn ~3 reicht|reichen ~4 nicht|nich|hinten",
  "nur ~1 mein ~1 gehalt|lohn|rente",
  "da ~1 draussen ~4 schlimmes|schlimme",
  "nirgends|ueberall ~1 in ~1 europa",
  "klimagipfel|klimakleber*|klimaaktivist*|letzte ~1 generation",
  "auf ~1 die ~1 strasse ~1 kleben|geklebt",
  "rezession",
  "insolvenzen ~1 ueberall",
  "jeder ~1 reingelassen|reingelassen",
  "das ~1 land ~2 geht ~3 bach ~1 runter",
  "the ~1 country ~2 is ~2 going ~1 to ~1 the ~1 dogs",
];

/** A question to the other readers: "Hat jemand Tipps …?", "anyone know …". */
export const COMMUNITY = [
  // "carnival in cologne this year is going to be absolutely mental, who's going 🎉", "stand heute 2 std auf der A4, wer
  // noch??": the other readers asked to join in.
  // Not "the two fitters who put in our WP 12": a relative clause.
  "whos|who's ~1 going|coming|in|else",
  // "Hi twitter friends I need help finding new shows on Netflix": the writer's followers asked, not the company.
  "twitter|insta|instagram|facebook|fb|linkedin|tiktok ~1 friends|fam|folks|people|peeps|family",
  "who ~1 else",
  "who ~1 is|else ~1 going|coming|in",
  // "Genuine question for the Germans here, why did your government …": the readers of one country asked.
  "for|to ~1 the ~1 germans|brits|locals|americans|english|irish|dutch|folks|people ~1 here",
  "an ~1 die ~1 deutschen|leute|einheimischen|kölner|berliner|hamburger ~1 hier",
  "wer ~1 noch|geht|kommt ~1 mit|hin",
  // "kann mal irgendwer was gegen die mieten in kreuzberg tun??": anyone at all called on to act.
  "kann ~1 mal ~1 irgendwer|irgendjemand ~3 gegen",
  // "Leute wacht auf und wählt endlich anders!!": the other readers called to the polls.
  "leute|buerger|freunde ~1 wacht ~1 auf",
  "waehlt|waehlen ~2 anders|endlich ~1 anders",
  "wake ~1 up ~1 people|folks|sheeple",
  // "OT aber geht jemand samstag zur klimademo in hamburg?": the other readers asked along.
  "geht|kommt|faehrt ~2 jemand|wer",
  // "Hat noch jemand das Gewitter gestern Abend in Hamburg mitbekommen??", "wer noch wäsche draußen hat: REINHOLEN".
  "hat|habt ~1 noch ~1 jemand|wer|ihr",
  "wer ~1 noch ~3 draussen|drinnen ~1 hat",
  // "Bei Lidl gibts ab Donnerstag Siebträger für 79 € falls jemand grad sucht 👀": a tip for the other readers.
  "falls|wenn ~1 jemand|wer|ihr ~2 sucht|suchen|braucht|brauchen",
  "if ~1 anyone|anybody|someone|you ~2 looking|needs|need",
  "hat jemand",
  "weiss jemand",
  "kennt jemand",
  "kann jemand",
  "kann mir jemand",
  "weiss hier jemand",
  "kennt hier jemand",
  "can someone tell me",
  "does somebody know",
  "somebody know",
  "jemand ~2 tipps|erfahrung|ahnung|idee",
  "anyone know",
  "anyone knows",
  "does anyone",
  "anybody know",
  "has anyone",
  "can anyone",
  "any recommendations",
  // "did anyone watch the match last night??", "Hat noch jemand das Spiel gesehen?".
  "did anyone|anybody",
  "did ~1 you ~1 guys ~1 see|watch",
  "hat ~1 noch ~1 jemand",
  // "anyone here running the half marathon on sunday??", "Ist hier jemand, der …".
  "anyone|anybody ~1 here|else",
  "is|are ~1 anyone|anybody ~1 here",
  "jemand ~1 hier",
  "hier ~1 jemand",
  // "hat hier noch wer in leverkusen-opladen seit gestern kein handynetz?".
  "hat|ist ~1 hier ~1 noch ~1 wer|jemand",
  // "Wer von euch hat heute morgen auf der B2 den Unfall gesehen?", "Wer von euch geht auch morgens um 6?".
  "wer ~1 von ~1 euch ~9 gesehen|mitbekommen|erlebt",
  "wer ~1 von ~1 euch ~1 geht|faehrt|kommt|trainiert|laeuft ~1 auch",
];

/** Words that speak to the company or about doing business with it: a comment with them is not off-topic. */
export const COMPANY_ADDRESS = [
  "ihr",
  "euch",
  "euer",
  "eure",
  "euren",
  "eurem",
  "eurer",
  "your",
  "yours",
  "you",
  "ihre",
  "ihrem",
  "ihren",
  "unternehmen",
  "firma",
  "konzern",
  "marke",
  "company",
  "brand",
  "produkt*",
  "product*",
  "filiale*",
  "store",
  "shop",
];

/** Negative facts that praise is said of in sarcasm: "third price rise", "again", "two hours on hold". */
export const SARCASM_FACTS = [
  // "another fantastic day of non-functioning Yahoo Mail!": a thing of ours that does not work, applauded.
  "non-functioning|nonfunctioning|non-working|nonworking",
  "non functioning|working",
  // "receive a second ticket number when you chase the first one": a case opened again for every reminder.
  "second|third|another|new ~1 ticket|case|reference ~1 number ~3 chase|chased|chasing",
  // "three emails about a heat pump quote since 12 February, none answered".
  "emails|mails|messages|calls|anrufe|nachrichten ~8 none|keine|keiner ~1 answered|beantwortet|returned",
  // "Neuer Preis für 250g Äthiopien Guji: 14,90 statt 11,50": a price put up, told as the new against the old.
  "neuer ~1 preis ~7 statt",
  // "booked for 3 December, then moved to 17 January, and now it's 'sometime in February'": an appointment put off.
  "then ~1 moved|pushed|postponed|changed ~1 to",
  // "im januar mit wolldecke vorm backofen sitzen": a cold home, the heat pump's promise laughed at.
  "mit ~1 wolldecke|decke|decken|winterjacke ~4 sitzen|sitzt|frieren",
  // "danke, dass ihr ihn mit 40 ct mehr pro Cappuccino feiert": a price put up, thanked for.
  "ct|cent|cents ~1 mehr ~1 pro|fuer|je|für",
  "euro|eur ~1 mehr ~1 pro|fuer|je|für",
  // "nur ein Barista hinterm Tresen und gefühlt 25 Leute in der Schlange … Flat White nach 35 min bekommen": one
  // person serving, a queue, a drink after half an hour.
  "nur ~1 ein|eine|einer ~1 barista|mitarbeiter|mitarbeiterin|person|kraft ~2 tresen|kasse|theke",
  "leute|menschen|personen ~2 in ~1 der ~1 schlange",
  "nach ~2 min|minuten|mins ~3 bekommen|gekriegt|bekam|bekommt",
  // "Sure, I'll just take the whole day off, not like I've got a job or anything 👏👏": the day lost, mocked.
  "take ~1 the ~1 whole ~1 day ~1 off",
  "not ~1 like ~5 or ~1 anything",
  // "Meine Bewerbung … liegt seit 7 Wochen bei euch, nicht mal ne Eingangsbestätigung": not even an answer.
  "nicht|nich ~1 mal ~1 ne|eine|einen|n ~1 eingangsbestaetigung|antwort|rueckmeldung|reaktion|anruf|mail",
  "nichtmal|nichmal ~1 ne|eine|einen|n ~1 eingangsbestaetigung|antwort|rueckmeldung|reaktion|anruf|mail",
  // "danke, dass ich 25 min in ottensen für nen cappu anstehen durfte": a wait one was "allowed", thanked for.
  "anstehen|anstehn|rumstehen ~1 durfte|durften",
  // "dass ich jetzt seit 3 wochen auf meine abo-bohnen warten darf": a wait of weeks one is "allowed".
  "seit ~3 tagen|wochen|monaten|stunden ~5 warten ~1 darf|durfte|duerfen|durften",
  // 'die retoure die seit 3 wochen "in bearbeitung" ist 👍 … echt flott': a status that has lasted weeks.
  "seit ~2 wochen|tagen|monaten|woche|monat ~4 in ~1 bearbeitung|pruefung",
  "in ~1 bearbeitung|pruefung ~3 seit ~2 wochen|tagen|monaten|woche|monat",
  // "showed up saturday 6:30 … to a locked door. great proofreading team 👍", "vor verschlossener Tür".
  "locked|closed ~1 door|doors",
  "verschlossene|verschlossener|verschlossenen ~1 tuer|tuere|tueren",
  // "mein abo hat echt ein talent: kommt IMMER genau dann wenn ich 2 wochen weg bin": bad luck that never fails.
  "immer ~1 genau ~1 dann ~1 wenn",
  "always ~2 exactly|right|just ~1 when",
  // "wow ganze 3 Monate bis zum Einbautermin 👏👏", "a whole month trying to get anyone to explain": a wait stressed.
  "ganze ~1 monate|wochen|tage|stunden|jahre",
  "a|an ~1 whole|entire ~1 month|week",
  "spent ~2 month|months|weeks|week ~2 trying",
  // "Die Wärmepumpe läuft echt super. Also der Stromzähler. 💸😂": the praise turned onto the meter.
  "also ~1 der|die|mein|meine ~1 stromzaehler|zaehler|rechnung|stromrechnung|abschlag",
  // "Glückwunsch zum Nachhaltigkeits-Award 🌱🏆 Die Einweg-Plastikeimer … freuen sich bestimmt mit".
  "plastikeimer*",
  // "Love how Rheinwerk's idea of 'help in English' is a German robot voice telling me to press 3 👏": what the company
  // calls a thing set beside what it is.
  "idea ~1 of ~8 is|are ~1 a|an",
  // "Leipzig café completely out of the christmas blend by 11am … a lovely empty bag": sold out, pictured.
  "completely|totally ~1 out ~1 of",
  "empty ~1 bag|box|shelf|shelves|cup",
  // "Wärmepumpe steigt bei -10 aus, aber in der Werbung …": a machine that quits.
  "steigt|stieg|steigen ~4 aus",
  // "Should I just wear my coat indoors until spring then? Fantastic planning": the cold at home, pictured.
  "wear|wearing ~3 coat|coats|jacket|jackets|jumper|jumpers|scarf ~3 indoors|inside",
  // "a filter coffee … now costs more than my first apartment", "kostet mittlerweile mehr als meine Miete": a price
  // put above what a home costs.
  "costs|cost|kostet|kosten ~3 more|mehr ~1 than|als ~1 my|mein|meine|meiner|meinen|a|ne|eine ~2 apartment|flat|rent|mortgage|car|phone|contract|wohnung|miete|auto|urlaub|holiday|handy|handyvertrag|vertrag",
  // "'out of stock' three weeks straight. so exclusive. so rare.": a failure that has lasted, told as a streak.
  "out ~1 of ~1 stock ~3 weeks|months|days ~1 straight|running",
  // "im Café jetzt drinnen genauso kalt wie draußen 🥶 … Sehr innovatives Konzept": a room as cold as the street.
  "drinnen|innen|inside ~4 kalt|cold ~2 wie|as ~1 draussen|outside",
  // "Spannung pur, wie Adventskalender nur ohne Inhalt": the picture of something empty.
  "nur ~1 ohne ~1 inhalt",
  "just|only ~1 without ~1 the ~1 contents|chocolate",
  // "röstdatum 14. januar, angekommen am 3. märz. schmeckt bestimmt super vintage 👌": praise guessed at, for what is
  // plainly stale.
  "schmeckt ~1 bestimmt|sicher ~1 super|toll|lecker|klasse",
  // "… über „faire Partnerschaften“ postet und gleichzeitig den Guji von 14,90 auf 18,50 hochzieht".
  "und ~1 gleichzeitig",
  "needs|need ~4 engineering|physics ~1 degree|phd",
  "braucht|brauchst ~4 studium|ingenieurstudium|diplom",
  "a ~1 whole ~1 euro|pound|dollar",
  // "schöner spaziergang umsonst 🙂", "a lovely walk for nothing": the way made in vain.
  "spaziergang|weg|fahrt|anfahrt|umweg ~1 umsonst",
  "walk|trip|drive|journey ~2 for ~1 nothing",
  // "launching a 'slow coffee' campaign the same week you replaced half the counter …", "Preiserhöhung im Briefkasten
  // und am selben Tag ein Post über …": what is said set beside what is done at the same time.
  "the ~1 same ~1 week|day|month ~1 you|as|your|my|our|it",
  "und ~1 am|im|in ~1 selben|gleichen|derselben ~1 tag|woche|monat",
  // "dann stand im Kreuzberger Café genau 0 Haferdrink im Kühlschrank", "exactly zero oat milk".
  "genau|exakt|ganze ~1 0|null",
  "exactly|precisely ~1 0|zero|none",
  // "Wäre noch glaubwürdiger, wenn meine Abo-Lieferung nicht jedes Mal in drei Lagen Luftpolsterfolie käme".
  "waere|wär ~4 glaubwuerdiger|glaubwürdiger|ueberzeugender|schoener",
  // "… so we can all enjoy our flat whites with a side of frostbite 🥶": the trouble served as a side dish.
  "with ~1 a ~1 side ~1 of",
  // "kommt natürlich genau in der Woche, wo's -10 Grad hat", "Bestimmt ganz zufällig dieselbe Woche, in der …": a
  // timing called chance.
  "ausgerechnet ~3 in|am|an ~1 der|dem|die ~1 woche|tag|monat",
  "natuerlich ~1 genau ~2 in|am ~1 der|dem ~1 woche|tag|monat",
  "bestimmt|sicher|rein|ganz ~2 zufaellig",
  // "Aber der Award macht sich sicher hübsch im Regal": an award fit for the shelf.
  "macht ~1 sich ~2 huebsch|gut|schick ~2 im ~1 regal|buero|foyer",
  // "Aber Storytelling ist ja auch was wert.": what they do instead, shrugged at.
  "ist ~1 ja ~1 auch ~1 was ~1 wert",
  // "greets me in perfect German every single time even though I set it to English": a setting ignored.
  "even ~1 though ~1 i ~3 set|chose|selected|picked|switched|asked",
  // "somehow forgot the hourly wage. Must have been a typo 😉": an omission called a slip.
  "somehow ~1 forgot|forgotten|missed|left",
  "must ~1 have ~1 been ~1 a ~1 typo|mistake|glitch",
  // "… wie ein "Kollektiv" in Leipzig die Preise um 20 % anhebt": a price rise told.
  "preise|preis|grundpreis|arbeitspreis|strompreis|kaffeepreis ~4 anhebt|anheben|angehoben|erhoeht|erhoehen|hochzieht|hochziehen|hochschraubt|hochschrauben|hochgeschraubt|steigen|steigt",
  // "… posten und nachmittags die Grundgebühr erhöhen": a fee raised.
  "grundgebuehr|gebuehr|gebuehren|pauschale|abschlag ~2 anhebt|anheben|angehoben|erhoeht|erhoehen|hochsetzen|hochgesetzt",
  // "… und dann kriegt man das Stück Kuchen to go in Plastikfolie gewickelt": the plastic a green claim is wrapped in.
  "in|im ~2 plastikfolie|frischhaltefolie|plastiktuete|plastikschale|einwegplastik",
  "wrapped|packed ~3 in ~2 plastic|clingfilm|cling",
  // "Da lernt man Geduld, danke für die Lebenserfahrung": a wait that teaches patience.
  "lernt|lerne|lernen|lernst ~2 geduld",
  // "a friend who works at your Berlin café just had her hours cut": staff cut back.
  "hours ~1 cut|slashed|reduced",
  "stunden ~1 gekuerzt|gestrichen",
  // "It proudly shows my 'current' meter reading from March 2023": a failure shown off.
  "proudly ~2 shows|displays|tells|says",
  "zeigt|zeigen ~2 stolz",
  // "Rheinwerk und Service in einem Satz, der war gut 😂": two words that never go together, laughed at.
  "in ~1 einem ~1 satz",
  "in ~1 the ~1 same ~1 sentence",
  // "perfect for people who enjoy cold showers and paying for the privilege": a hardship paid for.
  "paying|pay ~1 for ~1 the ~1 privilege",
  "cold ~1 showers",
  "kalt ~1 duschen",
  // "must've been judged by people who never tried calling you": an award doubted.
  "mustve|must ~2 been ~1 judged|chosen|voted|picked|decided",
  "muss|muessen ~3 jury|juroren|leute ~6 nie|noch ~1 nie",
  // "9 Tage für ne Tüte Kaffee nach München. Respekt": how many days one bag took.
  "tage|days|wochen|weeks ~1 fuer|for ~1 ne|nen|eine|einen|ein|a|an|one|my|meine|meinen ~2 tuete|tuetchen|bag|paket|paeckchen|parcel|package|packung",
  // "verschickt ihr mit der Postkutsche? 🐌", "sent by carrier pigeon": the pace of a bygone post.
  "postkutsche|brieftaube|schneckenpost|schneckentempo",
  "carrier ~1 pigeon",
  "snail ~1 mail",
  // "3. Abschlagserhöhung dieses Jahr 🥰🥰", "vegane Kuchen aus. AUS. Um halb 10": a rise counted, a shelf empty early.
  "2|3|4|5|zweite|dritte|vierte|fuenfte ~1 preiserhoehung|abschlagserhoehung|erhoehung|preiserhoehungen",
  "kuchen|torte|croissants|zimtschnecken|franzbroetchen|hafermilch|haferdrink ~1 aus|ausverkauft|alle",
  // "Scheint als käme er zu Fuß. Vielleicht schafft ers ja bis Ostern", "coming on foot": a parcel that walks.
  "kommt|kaeme|kam|laeuft|geht ~2 zu ~1 fuss",
  "coming|walking|walked|sent ~1 on ~1 foot",
  "schafft|schaffts|schafft's|schaffen ~3 bis ~1 ostern|weihnachten|pfingsten|silvester",
  "make ~2 it ~1 by ~1 easter|christmas",
  // "Tür zu, kein Zettel, nix. Richtig starke Kommunikation 👏": a door shut without a word.
  "tuer|laden|cafe|geschaeft ~1 zu ~2 kein|keinen ~1 zettel|aushang|hinweis|schild",
  "door|shop|cafe ~1 shut|closed|locked ~3 no ~1 sign|note|notice",
  // "now I can fail to log in at night without hurting my eyes": the failure the new feature dresses up.
  "fail|failing ~2 to ~1 log|login|sign|connect|load|open",
  // "… English service is a phone menu entirely in German": a service the English speaker cannot use.
  "entirely|only|just|all ~1 in ~1 german",
  // "… and then closes my ticket without a single reply", "ohne eine einzige Rückmeldung": not one word back.
  "without|ohne ~1 a|an|eine|einen|ein ~1 single|einzige|einzigen ~1 reply|response|answer|word|antwort|rueckmeldung|wort",
  // "… und dann erfahr ich als Großkunde über nen LinkedIn Post, dass …": news one should have been told, read in a post.
  "erfahr|erfahre|erfahren|erfuhr|erfaehrt ~8 linkedin|facebook|instagram|zeitung|presse",
  "find|found|learn|learnt|learned ~1 out ~6 linkedin|facebook|instagram|newspaper|press",
  // "Mein Paket macht wohl noch ne Weihnachtsmarkt-Tour durch ganz Deutschland": a parcel on a sightseeing trip.
  "paket|paeckchen|bestellung|lieferung|parcel|package|order ~5 tour|rundreise|weltreise|sightseeing|rundfahrt|vacation|holiday",
  "would ~2 be ~2 more ~1 credible|convincing",
  "ganzen|ganzer|einen ~1 ganzen ~1 euro",
  // "Klare Empfehlung – für alle, die Geduld trainieren wollen", "great if you want to practise patience".
  "geduld ~1 trainieren|ueben|lernen|testen",
  "practi?e|practise|practice|test|train ~2 patience",
  // "… wir sollen doch bitte die Tische freimachen. Community at its best.": shown the door.
  "tisch|tische|platz|plaetze ~1 freimachen|raeumen",
  "tisch|tische|platz|plaetze ~1 frei ~1 machen",
  "rausgeschmissen|rausgeworfen|rausgeschickt",
  "kicked|thrown ~1 out",
  "asked ~1 to ~1 leave",
  // "Bus weg, Termin beim Bürgeramt verpasst. Weiter so 👏": what their slowness cost.
  "termin|bus|zug|bahn|flug|anschluss ~4 verpasst",
  "missed ~2 my|the|our ~1 bus|train|tram|flight|meeting|appointment|connection",
  // "Super, jetzt gibt es bei euch nur noch Kartenzahlung … Danke auch.": a choice taken away.
  "jetzt ~4 nur ~1 noch",
  "now ~3 only|just ~2 card|cards|app|online",
  // "toll, 25 min für nen cappuccino in kreuzberg": how long one coffee took.
  // "25 minutes for one flat white".
  "min|mins|minuten|minutes ~1 fuer|for|auf ~1 nen|einen|ein|eine|a|an|one|my|meinen|meine|den|the",
  // "a roast date of 12 January. it's April.": the month it is now, set against the date on the bag.
  "its|it's ~1 already ~1 january|february|march|april|may|june|july|august|september|october|november|december",
  "its|it's ~1 january|february|march|april|june|july|august|september|october|november|december",
  // "Glückwunsch zum Service-Award 👏 Muss eine andere Hotline gewesen sein als die, in der ich …": the praise given to
  // another, the writer's own experience set against it.
  "muss|muss's|musste ~1 ein|eine|einen ~1 andere|anderer|anderes|anderen ~3 gewesen ~1 sein",
  "must ~1 have ~1 been ~1 a|another ~1 different",
  // "find a sign saying 'closed for private event'. Nothing on Insta, nothing on the website": shut without a word.
  "sign ~1 saying ~2 closed",
  "nothing ~1 on ~1 insta|instagram|facebook|the ~1 website",
  // Not "Wir haben im März … bekommen", "wir haben schon im April bestellt": when something happened.
  "wir ~1 haben ~1 schon januar|februar|maerz|april|mai|juni|juli|august|september|oktober|november|dezember",
  "wir ~1 haben januar|februar|maerz|april|juni|juli|august|september|oktober|november|dezember",
  // "Love how the app says my solar made 0 kWh yesterday. It was sunny all day. Great monitoring 👍".
  "made|produced|generated|shows|showed|zeigt|erzeugt ~3 0 ~1 kwh|watt|w",
  // "the only way to update my SEPA mandate is to print a form … Next step: carrier pigeons? 🕊️".
  "carrier ~1 pigeon|pigeons",
  "brieftaube|brieftauben",
  "only ~1 way ~8 print|post|fax",
  // "Riesen Lob an die Sitzkissen: so schön durchgesessen, dass man jede Holzlatte einzeln spürt": worn through.
  "durchgesessen|abgewetzt|ausgeleiert|worn-out",
  "worn ~1 out|through",
  // "five stars for the imaginary heat pump i guess", "Konsequent ist anders 😂": the irony says itself.
  "imaginary|imaginaere|imaginaeren|fiktive|fiktiven",
  "konsequent|transparent|transparenz|nachhaltig|nachhaltigkeit|kundenfreundlich|kundenservice|service ~1 ist|sieht ~1 anders",
  // "so minimalist there's no roast date, no origin … Guessing what's inside is half the fun I guess."
  "half ~1 the ~1 fun",
  "die ~1 halbe ~1 miete",
  // "measured our entire house in 15 minutes without going into the basement … Truly the famous German thoroughness".
  // Not "refilling my water without me asking 🫶 you're the best": the gap stops before the next sentence's words.
  "without ~1 going|looking|checking|measuring|asking ~1 into|at|in|the|a|any|single",
  "famous ~1 german ~1 thoroughness|efficiency|punctuality",
  "deutsche ~1 gruendlichkeit",
  "sure ~3 it'll|itll|it ~2 be ~1 spot|perfect|fine|great",
  // "Der Vertrag steht nach 6 Wochen zwar noch nicht im Portal, aber die Birne leuchtet wirklich sehr schön".
  "nach ~2 tagen|wochen|monaten ~3 zwar ~1 noch ~1 nicht|immer",
  // '"installation in 2 days" turned out to mean 2 days spread over 5 weeks. very flexible interpretation'.
  "turned ~1 out ~1 to ~1 mean",
  "flexible ~1 interpretation",
  "grosszuegig ~1 ausgelegt|interpretiert",
  // "… am Sonntag um 6:40 … Jetzt bin ich wenigstens rechtzeitig wach", "at least I'm awake now".
  "wenigstens|immerhin ~3 rechtzeitig|puenktlich|wach|frueh",
  "at ~1 least ~3 awake|up|early",
  "at ~1 least ~3 on ~1 time",
  // '"fair for everyone". everyone but me apparently'.
  "but ~1 me ~1 apparently",
  "ausser ~1 mir ~1 wohl|anscheinend|offenbar",
  // "Abschalten kann man das … natürlich nirgends, aber wer will das schon": the irony closes the thanks.
  "aber ~1 wer ~1 will|braucht ~1 das|sowas ~1 schon",
  "who ~1 needs|wants ~1 that|sleep|those|it ~1 anyway",
  // "it fits into exactly zero letterboxes in my building".
  "exactly ~1 zero|none|nothing",
  "genau ~1 null|keinen|keine|keiner ~3 passt|passen|reinpasst|geht|funktioniert",
  // "Vielleicht liest beim nächsten Mal jemand den Aufnahmebogen 😉": advice for next time after thanks mocks.
  "vielleicht ~5 naechsten|naechste|naechstes ~1 mal",
  "maybe ~5 next ~1 time",
  // "Wir wohnen zwar auf 110, aber schön, dass Sie so groß von uns denken": the fact conceded, the praise ironic.
  "zwar ~8 aber ~1 schoen|toll|nett ~1 dass",
  // "so minimalist it doesn't even have prices on it", "11 weeks and counting for a reply".
  "doesnt|doesn|dont|don ~1 even ~1 have|show|list|work|say",
  "hat|haben ~1 nicht ~1 mal|einmal ~3 preise|preis",
  "days|weeks|months|tage|wochen|monate ~1 and|und ~1 counting|zaehlend",
  // "merk ich endlich wieder dass ich einen rücken hab": the seats felt in one's back.
  "merk|merke|merkt|spuer|spuere|spuert ~7 ruecken|nacken|knie|hintern",
  // "taking decaf off the menu", "Hafermilch von der Karte gestrichen".
  "taking|took|taken|take ~3 off ~2 the ~1 menu",
  "von ~1 der ~1 karte ~1 genommen|gestrichen",
  // "the neighbours who've been asking for months that your vans stop idling".
  "been ~1 asking ~2 for ~1 months|weeks|years",
  "schon wieder",
  // "Wie schön, dass Ottensen vier Wochen "Sommerpause" macht. Ausgerechnet im August …".
  "ausgerechnet",
  // "the service point in Siegburg closed in January and nobody bothered to tell us 👏".
  "nobody|noone ~1 bothered",
  "no ~1 one ~1 bothered",
  // "vor allem die 40 min auf nen Tisch warten … und dann kam keiner. Top 👌".
  "min|minuten|stunde|stunden ~3 warten|anstehen",
  "dann ~1 kam ~1 keiner|niemand",
  // "Man fühlt sich so richtig gesehen 😂", "really feeling the love": said after a slight, the stock phrase mocks.
  "fuehlt|fuehle ~2 sich|mich ~2 so ~1 richtig ~1 gesehen|wertgeschaetzt|abgeholt|verstanden",
  "feeling|feel|felt ~2 so ~1 seen|valued|appreciated",
  "really ~1 feeling ~1 the ~1 love",
  // "schön, dass eure Werbung läuft, während unsere seit Freitag kalt ist. Timing ist alles 😂".
  // "the new "surprise me" service where you order a cortado and get a cappuccino 20 minutes later 🙌".
  "order|ordered ~4 and ~1 get|got ~6 later",
  // "Danke … für den Cappuccino in Zimmertemperatur … spart bestimmt Energie": served cold, thanked in irony.
  "zimmertemperatur",
  "room ~1 temperature",
  "spart|spart's|sparts ~2 bestimmt|sicher|wohl ~1 energie|strom",
  // "Big shoutout … for teaching me patience: 25 minutes for one flat white".
  "teaching|taught ~1 me ~1 patience",
  "free ~1 life ~1 lesson",
  "minutes|mins|minuten ~2 for|fuer ~2 one|a|an|einen|ein|eine ~3 flat|latte|coffee|kaffee|cappuccino|espresso|cortado",
  // "10/10 personal touch … my cup said "Hornet". my name is Henrike": a name got wrong on the cup.
  "cup|becher ~3 said|says|read|stand|steht ~8 name|heisse",
  "timing ist alles",
  "timing is everything",
  "waehrend|while ~6 kalt|cold|kaputt|broken|ausgefallen|down",
  // "… berechnet und dann 900 Euro nachfordert. Super Planung!"
  "nachfordert|nachfordern|nachgefordert|nachforderung|nachzahlung",
  // "Bestellt am 2., geliefert am 19."
  "bestellt ~3 geliefert ~1 am",
  // "the oat milk surcharge is back", "der Aufpreis für Hafermilch ist zurück".
  "surcharge|aufpreis ~2 is|ist ~1 back|zurueck",
  "surcharge|aufpreis ~2 is|ist ~1 wieder ~1 da",
  // "Danke für die Erhöhung meines Abschlags": thanks for a rise are no thanks.
  "danke|dank|thanks|thank ~3 erhoehung|preiserhoehung|increase|hike|rise",
  // "Wie schön, dass man jetzt für jede Kleinigkeit extra zahlen muss".
  "extra|zusaetzlich|draufzahlen ~2 zahlen|bezahlen|kosten|muss",
  "jede ~1 kleinigkeit",
  "wieder mal",
  "wieder einmal",
  "einmal mehr",
  "mal wieder",
  "erneut",
  // "zum dritten Mal", "zum 3. mal": a repeat; not "zum ersten Mal kein bitterer Kaffee", which is the first time.
  "zum ~1 zweiten|dritten|vierten|fuenften|sechsten|siebten|achten|neunten|zehnten|xten|zigsten|hundertsten|tausendsten|wiederholten|gefuehlt ~2 mal",
  "zum ~1 2|3|4|5|6|7|8|9|10|x|n ~2 mal",
  "dritte|vierte|fuenfte|zweite",
  "preiserhoehung*",
  // "Toll, wieder Beitragserhöhung": a rise of the membership fee, the instalment, a fee, the rent.
  "beitragserhoehung*",
  "abschlagserhoehung*",
  "gebuehrenerhoehung*",
  "tariferhoehung*",
  "mieterhoehung*",
  "nur ~3 tage|wochen|stunden|monate",
  "gar nichts",
  "nichts mehr",
  "nix mehr",
  "gewartet",
  // "11 weeks and counting for @Rheinwerk to register my panels": a wait still running.
  "days|weeks|months|tage|wochen|monate ~1 and ~1 counting",
  // '"Freshly roasted, at your door in 1–3 days ☕" day 9 and counting. love that for me'.
  "day|week|tag|woche ~1 and|und ~1 counting",
  "snail|schnecken ~1 speed|tempo",
  // "40 Minuten für zwei Flat Whites", "25 minutes for one latte": the wait for a drink.
  "minuten|minutes|min|mins ~1 fuer|for ~2 flat|cappuccino|cappu|kaffee|kaffees|coffee|coffees|latte|lattes|espresso|white|whites|drink|drinks",
  // "every single 250g bag wrapped in bubble wrap, inside a box, inside a bigger box": packaging piled up.
  "inside|in ~1 a|einem|einer ~1 bigger|larger|groesseren ~1 box|karton",
  "wrapped ~4 in ~1 bubble|plastic ~1 wrap|foil",
  // "Tried 4 times to submit my meter reading, logged out every single time … Top notch engineering 👌".
  "logged|kicked|thrown|booted ~1 out ~3 every|each ~1 time|single",
  // "14,90 für 250g Äthiopien. Demnächst nehm ich für meinen Morgenkaffee nen Kleinkredit auf.": a price mocked.
  "kleinkredit*",
  "kredit ~2 aufnehmen|auf",
  // "… 6 Tag bis Rosenheim. Da wär a Brieftaubn schneller gwesn.": a pace outdone by a pigeon.
  "brieftaube|brieftauben|brieftaubn|postkutsche|schnecke ~3 schneller|gwesn",
  "carrier ~1 pigeon|pigeons ~3 faster|quicker",
  // "house now officially an igloo ✅ … #heatpumpfail": a home frozen, and the failure tagged.
  "igloo|iglu",
  "heatpumpfail|epicfail|servicefail",
  // "… kriegt man den Coffee to go trotzdem standardmäßig im Einwegbecher mit Plastikdeckel".
  "im ~1 einwegbecher|plastikbecher",
  "mit ~1 plastikdeckel",
  // "every Saturday … exactly one barista on bar and a line out the door".
  "line|queue ~2 out ~1 the ~1 door",
  "exactly|only ~1 one ~1 barista|person|cashier ~2 on",
  // "Röstdatum 3. Juni, geliefert Mitte August": beans sent stale.
  "roestdatum ~8 geliefert|angekommen|bekommen ~2 mitte|ende|anfang",
  // "the Impact Report 2024 arrived … as a 48-page glossy print in a plastic sleeve".
  "in ~1 a|an ~2 plastic ~1 sleeve|bag|pouch|wrapper",
  "in ~1 einer|einem ~2 plastikhuelle|plastiktuete|folie|plastikfolie",
  // "25 Minuten in Ottensen auf nen Flat White zu warten": a wait told as the experience thanked for.
  "minuten|min|stunden|stunde ~6 zu warten",
  // "die Kollegin für Förderung ist krank, kommen Sie doch nächstes Jahr wieder": sent away until next year.
  "kommen|komm|kommt ~3 naechstes ~1 jahr|mal ~1 wieder",
  "na ~1 dann ~1 bis ~1 naechstes ~1 jahr",
  // "so much foam that it's finish after 3 sips": a cup that is gone before it is drunk.
  "finish|finished|gone|empty|leer ~2 after|nach ~2 sips|schluecken|schlucken|zuegen",
  // '"Roasted fresh every week 🔥" my bag … says roasted 9 weeks ago': the roast date that gives the lie to "fresh".
  "roasted|geroestet ~2 weeks|months|wochen|monate ~1 ago|her",
  "vor ~2 wochen|monaten ~1 geroestet",
  "delayed|late|lost|broken|cancelled|canceled|down|crashed|missing ~1 again",
  "again ~1 delayed|late|lost|broken|cancelled|canceled|down|crashed|missing",
  "another ~1 delay|price|increase|outage|hike|cancellation|update|fee",
  "great|super|toll|prima|klasse ~1 another|noch ~1 ein|eine",
  "third|fourth|fifth|second",
  "price ~1 increase|rise|hike",
  // "Love getting a letter saying my tariff goes up 18% … 🥰 Truly heroic stuff".
  "tariff|tarif|bill|rate|rates|fee|fees|abschlag|grundpreis ~2 goes|go|going|went|geht|steigt ~1 up|hoch|rauf",
  "raising|raised|raise|hiking|hiked|hike ~2 prices|price|fees|rates",
  "teurer",
  "noch teurer",
  "kostet ~3 mehr",
  "bargain",
  "robin hood*",
  "rekordverdaechtig",
  // "Schön, dass der Techniker heute wieder nicht kam", "Danke für die Info, nachdem der Strom schon abgestellt war".
  "wieder ~1 nicht|nichts|kein|keine|keinen",
  "extra ~2 frei ~1 genommen|gemacht",
  "nachdem ~5 schon|bereits",
  "abgestellt|abgeschaltet|abgeklemmt",
  // "Nice to see you spending money on ads instead of answering emails".
  "instead of ~1 answering|replying|fixing|helping|responding|listening",
  "statt|anstatt ~4 antworten|beantworten|helfen|reparieren|zurueckzurufen|kuemmern",
  // "Thanks for the 'quick' reply, only took you 3 weeks".
  "only ~1 took ~2 you|them|your",
  "only ~1 took ~2 days|weeks|months|hours",
  "took ~1 me|us ~3 weeks|months|emails|calls|attempts|tries ~6 to",
  "hat|hats|hatte ~5 wochen|monate|mails|anrufe|versuche|anlaeufe ~4 gedauert ~2 bis",
  // "So glad I waited 45 minutes for a flat white that tasted like dishwater".
  "waited ~3 min|minutes|mins|hours|days|weeks",
  "tasted|tastes|taste ~1 like ~2 dishwater|water|mud|cardboard|ash|ashes|nothing|socks|burnt",
  "schmeckt|schmeckte ~1 wie ~2 spuelwasser|wasser|pappe|asche|nichts",
  // "Impressive how your prices keep going up while the portions keep shrinking".
  "keep|keeps ~1 going ~1 up",
  "keep|keeps ~1 rising|shrinking|falling|dropping|getting",
  "shrinking|shrinkflation",
  "nie|never ~2 angekommen|arrived|came",

  "took ~2 you|them ~2 weeks|months|days",
  "mahnung|mahnungen ~8 bezahlt|beglichen|ueberwiesen",
  // "Abschlag um 40 € erhöht, ohne eine einzige Erklärung": a change nobody explained.
  "ohne ~3 erklaerung|begruendung|vorwarnung|ankuendigung|vorankuendigung",
  "without ~3 explanation|warning|notice",
  "abschlag|abschlaege|beitrag|beitraege|gebuehr|gebuehren|grundgebuehr|grundpreis ~3 erhoeht|angehoben|gestiegen|verdoppelt",
  "preise ~2 erhoeht|erhoehen|angehoben|anheben|hoch",
  "nothing ~2 works|worked",
  "only ~3 days|weeks|hours|months",
  // "Ach wie schön, … kostet der Hafer-Flat-White jetzt 50 Cent extra. … bitte nur gegen Aufpreis 👏👏".
  "kostet|kosten ~4 jetzt ~4 extra|mehr|aufpreis",
  "gegen ~1 aufpreis",
  "cent|euro|€ ~1 extra|mehr|aufpreis",
  // "Super Service, wirklich. Drei Wochen auf ein Ersatzteil warten und dann das falsche bestellt 👏".
  "tage|wochen|monate ~3 warten|gewartet",
  "das|den|die ~1 falsche|falschen ~2 bestellt|geliefert|eingebaut|geschickt|gebracht",
  // "Toll, 45 Minuten Warteschlange für einen Cappuccino", "Great, a 30 minute wait for a flat white".
  "minuten|min|stunden ~2 warteschlange|warteschleife|schlange|wartezeit|anstehen|gewartet|warten|wartet",
  // "40 minuten in der hotline und dann einfach aufgelegt worden": held on the line, then cut off.
  "minuten|min|stunden ~2 hotline|leitung|telefon",
  "aufgelegt|rausgeflogen|weggedrueckt",
  "minuten|min|stunden ~1 ansteht|anstehe|angestanden|steht|stehen",
  // "Der Berater wusste nicht mal, was ein Wechselrichter ist", "didn't even know what an inverter is".
  "wusste|wussten|kannte|kannten ~3 nicht ~1 mal|einmal",
  "didn ~2 even ~1 know",
  "didnt ~1 even ~1 know",
  // "Toll, sonntags geschlossen", "paper straws that dissolve in 2 minutes".
  // Not "Toll, dass ihr an Heiligabend geschlossen habt": a day off for the staff is no irony.
  "sonntags|samstags|mittags|wieder|staendig|dauernd|schon ~2 geschlossen",
  "closed ~2 again|every|sundays|saturdays",
  "dissolve|dissolves|dissolving|disintegrate|disintegrates",
  "fall|falls ~1 apart",
  "loest|loesen ~2 sich ~1 auf",
  "wrong ~1 house|door|flat|person|building|neighbour|neighbor",
  // "seitdem Funkstille", "radio silence since".
  "funkstille",
  "radio ~1 silence",
  "schmeckt|schmeckte|schmecken ~3 nach ~1 pappe|pappbecher|plastik|seife|spuelwasser|nichts",
  "paying|charging|pay|charge ~3 extra",
  // "jetzt weiß ich endlich, wofür ich arbeiten gehe", "Da freut sich mein Konto aber".
  "wofuer ~2 arbeiten|arbeite|schufte",
  "freut ~1 sich ~2 mein|meine ~1 konto|geldbeutel|portemonnaie|bank|sparschwein",
  "my ~1 wallet|bank ~1 account ~2 thanks|loves|is ~1 thrilled",
  // "Wartemusik in Dauerschleife. Nach 40 Minuten kann ich sie mitsingen", "after an hour on hold I know the song".
  "dauerschleife",
  "warteschleife",
  "wartemusik",
  "hold ~1 music",
  "nach ~2 minuten|min|stunden|stunde ~4 mitsingen|auswendig",
  "after ~3 minutes|mins|hours|hour ~5 sing|know ~2 song|words|lyrics",
  // "spend my lunch break on hold".
  "spend|spent|spending ~4 on ~1 hold",
  // "Wer braucht schon einen Arbeitstag.", "who needs a working day anyway".
  "wer ~1 braucht ~1 schon",
  // "Hotline nur noch bis 16 Uhr", "rufen ja bekanntlich vormittags an", "wish that were true", "Man gewöhnt sich an alles".
  "nur ~1 noch ~1 bis",
  "ja ~1 bekanntlich",
  "wish ~2 were|was ~1 true",
  "schoen|schön ~1 waers|wärs|waere|wäre ~1 es|s",
  "gewoehnt ~1 sich ~2 alles",
  // "kann ich mir Heizen nur noch im Sommer leisten", "eine Stunde ansteht. Man hat ja sonst nichts vor."
  "nur ~1 noch ~4 leisten",
  // "Dreimal angerufen, dreimal aus der Leitung geflogen", "zum Glück nicht schlecht geworden in den zwei Wochen".
  "aus ~2 leitung ~1 geflogen|gefallen|geworfen",
  "dreimal|viermal|fuenfmal|zigmal|x-mal ~1 angerufen",
  "zum ~1 glueck ~2 nicht",
  "in ~1 den ~1 zwei|drei|vier ~1 wochen",
  "stunde ~1 ansteht|anstehen|angestanden|gewartet|warten",
  "hat|habe|haben ~1 ja ~2 sonst ~1 nichts",
  "dritter|dritten|vierter|vierten|fuenfter|fuenften|zweiter|zweiten",
  "verschoben|verschobener|verschobene|postponed",
  // "Hafermilch nur noch gegen Aufpreis", "Ich brauche nur 20 Minuten, um meine Rechnung zu finden. Fortschritt!"
  "nur ~1 noch ~1 gegen",
  "gegen|mit|plus ~1 aufpreis",
  "nur ~2 minuten|min",
  // "man versteht bei der Musik sein eigenes Wort nicht".
  "eigenes|eigene ~1 wort",
  // "jetzt kommt die Rechnung nur noch digital", "still only one barista", "longer every weekend".
  "nur ~1 noch ~1 digital|papierlos",
  "longer|slower|worse ~2 every",
  "hold ~1 music",
  // "55 Minuten in der Hotline gehangen und dann rausgeflogen", "on hold for an hour, then cut off".
  "hotline|warteschleife|leitung ~1 gehangen|gehaengt|festgehangen",
  "rausgeflogen|rausgeworfen|rausgeschmissen",
  "got|was|were ~1 cut ~1 off",
  "hung ~1 up ~1 on",
  "ausgehen|ausgegangen",
  "nur ~1 noch ~2 per|ueber|online",
  "minute|minutes|min|mins|hour|hours ~1 wait|line|queue|queueing|delay",
  // "Wann kommt der Kaffee diesmal? Dienstag? Gar nicht? Spannender als jede Netflix-Serie.": suspense nobody wants.
  "spannender|aufregender ~1 als ~1 jede|jeder|jedes|ein|eine",
  "more ~1 exciting|thrilling|suspenseful ~1 than ~1 any|a|every",
  // "Bald muss man dafür einen Kredit aufnehmen. 👏", "I'll need a second mortgage for a latte": a price made a debt.
  "kredit ~2 aufnehmen",
  "niere ~2 verkaufen",
  "take ~1 out ~1 a ~1 loan|mortgage",
  "second ~1 mortgage",
  "sell ~1 a ~1 kidney",
  // '"Frisch geröstet und schnell geliefert" – drei Wochen später …': the time it really took.
  // Not days: "Umzug gemeldet, zwei Tage später war alles umgestellt" praises how quick it was.
  "wochen|monate ~1 spaeter",
  "weeks|months ~1 later",
];

/** Praise words that are sarcastic on their own after a complaint: "Weiter so 👏", "Bravo", "Glückwunsch". */
export const SARCASTIC_PRAISE = [
  // "… mit Wolldecke vorm Backofen sitzen, tolles Geschäftsmodell", "Stellar planning, Rheinwerk, really 🌞👏".
  "tolles|geniales|super|klasse|starkes ~1 geschaeftsmodell",
  "stellar|great|brilliant|top|amazing ~1 planning",
  "sehr|very|so|wirklich|really ~1 innovatives|innovative ~1 konzept|concept",
  // "„Wir sind eine Familie“ in einer Barista-Ausschreibung 👏👏 … Sehr innovativ, wirklich.": praise taken back.
  "innovativ ~1 wirklich",
  // "Großartig, wirklich. … geschätzt worden, obwohl …": applause taken back by what follows.
  "grossartig|toll|klasse|prima ~1 wirklich",
  "really|truly ~1 nailing ~1 that|the ~3 vibe|look|brief|aesthetic",
  // "Beeindruckend, wie schnell Rheinwerk ist: … angefragt am 2. Februar, Rückmeldung am 28. April. Da sind unsere
  // Behörden ja Formel 1 dagegen."
  "formel ~1 1|eins ~1 dagegen",
  // "4,50 für Flat White. Läuft bei euch 💸": the slang of success, said of a price.
  "laeuft ~1 bei ~1 euch|ihnen",
  // "Super Start in die Woche, danke Rheinwerk…", "konsequenz ist euer zweiter vorname 👍🙃".
  "super|toller|klasse|perfekter ~1 start ~2 in ~1 die ~1 woche",
  "zweiter ~1 vorname",
  // "packaging that now needs scissors AND an engineering degree to open. Really improving my mornings, thanks guys".
  "really ~1 improving ~1 my",
  // "… in a plastic sleeve. Really drives the low-waste message home 🌱👏".
  "drives|drove|driving ~4 message|point ~1 home",
  // "… im Einwegbecher mit Plastikdeckel, ohne dass einer fragt. Sehr konsequent 👏".
  "sehr|wirklich|echt|total ~1 konsequent",
  // "… exactly one barista on bar and a line out the door. Culture is clearly thriving."
  "clearly|truly|really ~1 thriving",
  // "Röstdatum 3. Juni, geliefert Mitte August. frischer gehts nicht".
  "frischer ~1 gehts|geht ~1 nicht",
  // "geliefert in luftpolsterfolie … respekt, konsequent durchgezogen 👏👏".
  "konsequent ~1 durchgezogen",
  // "“a small price adjustment” of a whole euro per bag 🙃 cant wait for the next small adjustment".
  "cant|can't ~1 wait ~2 for ~2 the ~1 next",
  "kann ~3 naechste ~3 kaum ~1 erwarten",
  // "6€ latte. truly blessed 🙏": a price one is "blessed" with.
  "latte|coffee|cappuccino|cortado|espresso|bill|price|prices|invoice ~2 truly|so|very ~1 blessed",
  // "Wieder mal ein Meisterwerk eurer IT 👏 Seit Freitag kein Online-Banking."
  "meisterwerk*",
  // "… genau 0 Haferdrink im Kühlschrank. Sehr authentische Kampagne 🫠", "Very on brand ✨".
  "sehr|very|so|wirklich|really ~1 authentisch|authentische|authentic|glaubwuerdig|glaubwuerdige|credible",
  "very|so|really ~1 on ~1 brand",
  // "Genuinely cutting-edge stuff. 👏", "impeccable timing lads", "der war gut 😂".
  "cutting ~1 edge",
  "dieses|dieser|was ~2 timing",
  "truly|very|so|wirklich|echt ~1 immersive|inspirierender|inspirierend|inspiring",
  "beeindruckend|faszinierend|erstaunlich|bemerkenswert ~1 wie",
  "lebenserfahrung|lebenslektion|geduldsprobe|life ~1 lesson",
  "funny|interesting|curious|lustiges|interessantes ~1 timing",
  "impeccable|perfect|great|brilliant|tolles|perfektes ~1 timing",
  "der|das ~1 war ~1 gut",
  // "Real customer-centric stuff 👌", "Very international, very 2025 👏👏".
  "real|very|so|truly|sehr|echt ~1 customer ~1 centric|focused|friendly",
  "very|so|sehr ~1 2024|2025|2026|2027",
  "very|so|sehr ~1 international",
  // "… every single bag in its own box with a plastic air pillow. Groundbreaking stuff."
  "groundbreaking|revolutionary|visionary ~1 stuff",
  "glanzleistung*",
  "truly|so|very ~1 innovative|revolutionary|visionary|groundbreaking",
  // "Jot jemaht, Rheinwerk 👏 Zählerschrank is … sperrangelweit op": "gut gemacht" in Kölsch.
  "jot ~1 jemaht|jemacht",
  // "10/10 personal touch … my cup said "Hornet" … honoured tbh 🐝".
  "personal touch",
  "persoenliche note",
  "honoured|honored ~1 tbh|really|truly",
  "masterpiece",
  // "… moving at full snail speed 🐌⚡ #greatservice": the hashtag of praise after a wait.
  "greatservice|topservice|superservice|bestservice|toller_service",
  "love ~1 that ~1 for ~1 me|us",
  // "… every single 250g bag wrapped in bubble wrap, inside a box, inside a bigger box. Very circular economy".
  "very|so|such ~1 circular ~1 economy",
  "sehr ~1 kreislaufwirtschaft",
  // "40 Minuten für zwei Flat Whites … Danke für die Entschleunigung", "Slow Coffee hat bei euch echt ne ganz neue
  // Bedeutung": a wait thanked for as calm.
  "entschleunigung",
  "ganz ~1 neue ~1 bedeutung",
  "whole ~1 new ~1 meaning",
  // "… says roasted 9 weeks ago. fresh af 👍", "real fresh guys, real fresh 👌": freshness cheered after a stale fact.
  "fresh|frisch|fast|quick|schnell ~1 af",
  "real ~1 fresh",
  "weiter so",
  "bravo",
  "glueckwunsch*",
  "gratuliere",
  "wahnsinn",
  "respekt",
  "keep it up",
  "well done",
  "congrats",
  "congratulations",
  "bravo",
  "brilliant",
  "love how",
  "wow",
  "wie schnell",
  "so schnell",
  "how fast",
  "how quickly",
  "so quick",
  "classy",
  "stark",
  "chapeau",
  "genial",
  "what a bargain",
  "impressive how",
  "so glad ~3 waited",
  "cheers for",
  "weltklasse",
  "grosses kino",
  "spitzenleistung*",
  "sensationell",
  "applaus",
  // "Truly, you're spoiling us", "Ihr verwöhnt uns", "Durchdacht.", "Much wow".
  "spoiling|spoil ~1 us|me",
  "verwoehnt ~1 uns|mich",
  // "ihr wisst echt wie man Kund*innen glücklich macht", "Ihr wisst echt, wie man Kunden verwöhnt", "Spitzenplanung ihr
  // Lieben", "top planning": how to please customers, said of a failure.
  "wisst|wissen ~2 wie ~1 man ~2 kunden|kundinnen|kund*innen|kund:innen|leute|menschen ~3 gluecklich|verwoehnt|begeistert|bindet|haelt",
  "you ~1 really|sure ~1 know ~1 how ~1 to ~1 treat|keep|please|spoil ~1 your|customers",
  "spitzenplanung|topplanung|meisterplanung|glanzleistung",
  "durchdacht",
  "well ~1 thought ~1 out",
  "much ~1 wow",
  // "Genau das, was ich wollte", "Genius idea", "Rekord!", "das Talent, …", "Meine Oma freut sich bestimmt".
  "genau ~1 das ~3 was ~2 wollte|brauchte|gebraucht|gewollt",
  "exactly ~1 what ~2 wanted|needed",
  "genius",
  "rekord*",
  "record ~1 time",
  "new ~1 record",
  "talent",
  "freut|freuen ~1 sich ~1 bestimmt|sicher|riesig",
  "will ~1 be ~1 thrilled|delighted",
  "very ~1 progressive|sustainable|customer-friendly",
  "sehr ~1 aufmerksam|kundenfreundlich|nachhaltig|fortschrittlich",
  // "love paying 80 cents extra … truly revolutionary pricing".
  "love|loving ~1 paying|waiting|queueing|queuing|being",
  // "a shout out … for another fantastic day of non-functioning Yahoo Mail!": one more such day, celebrated.
  "another ~1 fantastic|great|wonderful|lovely|brilliant|glorious ~1 day|week|month|morning ~1 of",
  "revolutionary|revolutionaer|innovativ|innovative",
  // "Thrilled to spend my lunch break on hold", "innovation at its finest", "Highlight of my week".
  "thrilled ~1 to",
  // "amazing how the queue … is longer every weekend".
  "amazing|incredible|fascinating|remarkable ~1 how",
  "what ~1 a ~1 deal|steal",
  "fortschritt",
  "progress",
  // "Ihr seid echt die Schnellsten. 🐌", "amazing work everyone".
  "die ~1 schnellsten|besten|fleissigsten",
  "amazing|great|brilliant|fantastic ~1 work|job ~1 everyone|guys|team",
  // "oh good, the oat milk surcharge is back. just what I needed".
  "just ~1 what ~1 i ~1 needed",
  "oh ~1 good|great|joy|wonderful",
  // "Lauwarmer Kaffee für 4,50 €. Ein echtes Erlebnis."
  "echtes|wahres ~1 erlebnis",
  // "it's day 6. love that for me".
  "love ~1 that ~1 for ~1 me",
  // "love how the new app needs 4 taps to order one coffee. progress": with a second such word, sarcasm.
  "love|loving ~1 how",
  // "…, new personal best": said of a wait, not of a meter reading sent in 30 seconds.
  "personal ~1 best",
  "at ~1 its ~1 finest|best",
  "highlight ~2 of ~1 my ~1 day|week|month|year",
  // "wellness inklusive ✨", "Great move taking decaf off the menu … I'm sure all the regulars love …", "Very inclusive",
  // "Community first, except for the neighbours …".
  "wellness|fitness|workout|rueckentraining ~1 inklusive|inklusiv|included|gratis|for ~1 free",
  "great|good|smart|bold ~1 move",
  "toller|starker|cleverer ~1 move|schachzug",
  "im|i'm ~1 sure ~6 love|loves|enjoy|enjoys|appreciate",
  "very|so|how ~1 inclusive",
  "first ~1 except",
  // "Premium-Luft aus Kreuzberg, muss man sich auch erstmal leisten können 😂", "peak efficiency".
  "muss ~1 man ~1 sich ~3 leisten ~1 koennen",
  "peak ~1 efficiency|innovation|convenience|service|progress|professionalism|quality",
];

/** Requests the company must act on: "Ruft mich bitte zurück", "Can someone DM me?" — owed an answer like a question. */
export const REQUEST = [
  "ruft|ruf|rufen ~3 zurueck|an",
  // Not "Ich will mich nochmal melden, weil ich mich …": the writer getting back in touch asks for nothing.
  "meldet|melde|melden ~1 euch|dich|sich|mich",
  "bitte ~4 melden|zurueckrufen|kontaktieren|anrufen|schreiben|antworten|helfen",
  "please ~4 call|contact|dm|email|reply|respond|help",
  "please ~4 get ~1 back",
  "can|could ~3 someone|somebody|you ~4 dm|call|contact|help|reach",
  "dm ~1 me",
  "pls|plz ~4 help|fix|assist",
  "need ~3 help|assistance",
  "help me|us",
  "fix ~1 this|it",
  "brauche|brauchen ~3 hilfe",
  "helft ~1 mir|uns",
];

/**
 * What a company offers and is criticised for: a comment about these is criticism of the company, however rude,
 * and is answered, not sent to review.
 */
export const COMPANY_THINGS = [
  // The company's things sworn at: "euer Scheißservice", "diese Drecksapp" (criticism, however coarse).
  "scheissladen",
  "scheissfirma",
  "scheisskonzern",
  "scheissservice",
  "scheissapp",
  "scheissverein",
  "scheissprodukt*",
  "scheisshotline",
  "drecksladen",
  "drecksfirma",
  "dreckskonzern",
  "drecksservice",
  "drecksapp",
  "drecksverein",
  "drecksprodukt*",
  "dreckshotline",
  "mistladen",
  "mistfirma",
  "mistkonzern",
  "mistservice",
  "mistapp",
  "mistverein",
  "mistprodukt*",
  "misthotline",
  "kackladen",
  "kackfirma",
  "kackkonzern",
  "kackservice",
  "kackapp",
  "kackverein",
  "kackprodukt*",
  "kackhotline",
  // What an airline sells: "heute seid ihr ein Billigflieger mit Premiumpreisen".
  "billigflieger",
  "premiumpreis*",
  "airline*",
  "fluggesellschaft*",
  "service*",
  "kundenservice",
  "kundendienst",
  "produkt*",
  "app",
  "apps",
  "laden",
  "filiale*",
  // "ist das kein Café mehr", "mit Kinderwagen nicht bis zur Theke": a café chain's own rooms.
  "cafe",
  "cafes",
  "theke",
  // "Die neuen Pappbecher … so dünn dass man sich … die Finger verbrennt": what a café hands out.
  "pappbecher*",
  // "Love you guys but the new bags are a step back imo … 🙄": a change of ours, criticised.
  "new ~1 bags|bag|packaging|cups|cup|lids|menu|recipe|blend|website",
  "neue|neuen ~1 tueten|tuete|verpackung|verpackungen|rezeptur|mischung|karte|website|webseite",
  "becher",
  "mehrwegbecher*",
  "deckel",
  // A gym's rooms: "Ekelhaft, das Studio in Lindenau", "your gym is filthy".
  "studio",
  "studios",
  "fitnessstudio*",
  "gym",
  "gyms",
  "hotline",
  "preis*",
  "lieferung*",
  "bestellung*",
  "versand*",
  "unternehmen",
  "firma",
  "konzern",
  "marke",
  "werbung",
  "kampagne",
  "post",
  "beitrag",
  "website",
  "webseite",
  "update",
  "oeffnungszeiten",
  "tarif*",
  "vertrag*",
  "rechnung*",
  "angebot*",
  "product*",
  "prices",
  "price",
  "store",
  "shop",
  "support",
  "delivery",
  "order",
  "orders",
  "ad",
  "ads",
  "advert*",
  "campaign",
  "brand",
  "company",
  "opening hours",
  "hours",
  "subscription",
  "contract",
  "bill",
  "fees",
  "airline",
  "flight*",
  "hotel",
  // What a brand shows and sells: "die neue Verpackung hässlich", "your models are all so thin".
  "verpackung*",
  "packaging",
  "design*",
  "logo*",
  "spot",
  "werbespot*",
  "kollektion*",
  "collection",
  "models",
  "farbe*",
  "colour*",
  "color*",
  "sortiment*",
  "range",
];
