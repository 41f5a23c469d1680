/** Words that tell what a sender wants, German and English, folded like comments. */

/** The words a question starts with. */
export const QUESTION_STARTS = [
  "wie",
  "wann",
  "warum",
  "wieso",
  "weshalb",
  "wo",
  "was",
  "wer",
  "welche*",
  "kann",
  "koennt",
  "koennen",
  "koenntet",
  "koennten",
  "gibt",
  "habt",
  "haben",
  "ist",
  "sind",
  "wird",
  "werden",
  "muss",
  "darf",
  "soll",
  "how",
  "when",
  "why",
  "where",
  "what",
  "who",
  "which",
  "can",
  "could",
  "is",
  "are",
  "do",
  "does",
  "did",
  "will",
  "would",
  "should",
  "any",
];

/** A customer speaking about their own business with the company. */
export const CUSTOMER = [
  // What a household has from the company: "bei uns kein Warmwasser", "our heat pump shows E305".
  "bei uns",
  // "Für unseren Wartungsvertrag wurde die Pauschale erhöht": a business's own contract.
  "unser|unseren|unserem|unsere ~1 vertrag|wartungsvertrag|rahmenvertrag|abo|tarif|auftrag",
  // "Netzanmeldung für unsere PV steht seit 5 Wochen auf „in Bearbeitung“": a household's plant and its paperwork.
  "unser|unseren|unserem|unsere|unserer ~1 anlage|pv|pv-anlage|solaranlage|speicher|antrag|anmeldung|wallbox",
  "netzanmeldung*",
  // "cold brew set gestern bekommen aber da sind keine filterbeutel drin??": what came to them.
  "gestern|heute|endlich|jetzt ~1 bekommen|erhalten|gekriegt",
  "foerderantrag*",
  "our ~1 contract|subscription|plan|order|account",
  // "our offer said 420 W modules", "Abo „Überraschung des Monats“ … zum vierten Mal derselbe": what they bought.
  "our|my ~1 offer|quote|roof|install|installation",
  "abo",
  "subscription",
  // "auf unserer frisch gepflasterten Einfahrt", "Hab's zurückgegeben": what is theirs, what they sent back.
  "unserer|unserem|unseren|unsere|meiner|meinem|meinen|meine ~2 einfahrt|garten|hauswand|fassade|dach|keller|garage|zaun|carport|auto|terrasse|wohnzimmer|hecke",
  "our|my ~2 driveway|garden|wall|roof|cellar|basement|garage|fence|car|patio|hedge",
  "zurueckgegeben|zurueckgeschickt",
  "zurueckgehen ~1 lassen",
  "sent|send ~1 it ~1 back",
  "kein|keine ~1 strom|heizung|warmwasser|internet|gas",
  "no ~1 power|electricity|heating|gas",
  "no ~1 hot ~1 water",
  "wir haben",
  "zuhause",
  "zu hause",
  "waermepumpe*",
  "heizung*",
  "warmwasser",
  "heat pump",
  "boiler",
  "our ~1 house|flat|home",
  // "Our power went out at 6am": the household's own supply.
  "our|my ~1 power|electricity|heating|gas|internet|broadband",
  "my ~1 house|flat|home",
  "bestell*",
  "lieferung*",
  "geliefert",
  "paket*",
  "sendung*",
  "vertrag*",
  "kunde",
  "kundin",
  "kunden",
  "kundennummer",
  "rechnung*",
  "abo",
  "tarif*",
  "konto",
  "hotline",
  "kundenservice",
  "kundendienst",
  "service",
  "support",
  "filiale",
  "reklamation*",
  "garantie",
  "rueckerstattung*",
  "erstattung*",
  "kuendig*",
  "gekauft",
  "kaufe",
  "zug",
  "verspaetung*",
  "flug",
  "ticket*",
  "termin*",
  "techniker*",
  "monteur*",
  "handwerker*",
  "installateur*",
  "zaehler*",
  "koffer*",
  "bewerbung*",
  "suitcase*",
  "application",
  "engineer",
  "technician",
  "installer",
  "installers",
  "appointment*",
  "meter",
  "direct debit",
  "mitarbeiter*",
  "personal",
  "staff",
  "employee*",
  "agent",
  "representative",
  "anschluss",
  "mein",
  "meine",
  "meinen",
  "order*",
  "delivery",
  "delivered",
  "package",
  "parcel",
  "shipment",
  "shipping",
  "contract",
  "customer",
  "account",
  "bill",
  "billing",
  "invoice",
  "subscription",
  "plan",
  "refund*",
  "warranty",
  "bought",
  "purchase*",
  "flight*",
  "booking",
  "booked",
  "my",
  "charged",
  "app",
  "store",
  // A supply at home: "Zwei Wochen ohne Internet und keiner kommt".
  "internet",
  "dsl",
  "wlan",
  "router",
];

/** A reader who sets a fact right. */
export const CORRECTION = [
  // "Störungsdienst-Nummer im Post falsch, fehlt ne 9": what the post gets wrong, said in a few words.
  "im ~1 post|beitrag|tweet ~2 falsch",
  "eigentlich",
  // "it's Leipzig-Südvorstadt not Südstadt, you'd think you'd know where your own café is", "ein Energieversorger der
  // sein eigenes Hauptprodukt nicht schreiben kann … Lektorat eingespart?": a name or a word set right, with a jab.
  "its|it's ~3 not ~3 you'd|youd ~1 think",
  "nicht ~1 schreiben ~1 kann|koennt|koennen",
  "lektorat|korrektorat|rechtschreibpruefung ~2 eingespart|gespart|vergessen",
  // "der Kollege ganz links heißt Marcel, nicht Marco", "the photo caption is off, that's the Bonn training centre".
  "kollege|kollegin|mann|frau|person|dame|herr|typ ~5 heisst|heißt",
  // "mein Mann heißt Dennis SchäferS, mit s hinten, nicht Schäfer": the letter a name is missing, spelled out.
  "mit ~1 s|n|e|h|t|k|r|l|ss|tz|ck|dt ~1 hinten|am ~1 ende",
  "mit ~1 hinten",
  "with ~1 an|a ~1 s|e|n|h ~1 at ~1 the ~1 end",
  "caption|bildunterschrift|bildtext ~3 is|ist ~1 off|wrong|falsch",
  // "the cooperative … is Asociación Los Naranjos, not „Las Naranjas“ … the name should be right": a name set right.
  "name ~2 should ~1 be ~1 right|correct|spelled",
  "cooperative|coop|co-op|farm|finca|estate|kooperative|farmer|farmerin ~8 is|heisst|heißt ~5 not|nicht",
  // "Der 14. November ist ein Freitag, kein Donnerstag", "the 14th is a Friday, not a Thursday": the day set right.
  "ist ~1 ein ~1 montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag ~1 kein|nicht",
  "is ~1 a ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday ~1 not",
  // "Zwei Kleinigkeiten, bevor das weiter geteilt wird: … die Anlage hat 64 kWp, nicht 46 kWp": details set right before
  // the post spreads, a figure against the one printed.
  "kleinigkeiten|korrekturen ~4 bevor ~5 geteilt|teilt|weitergeteilt|teilen",
  // "Euer Café ist in OTTENSEN, bitte im Post ändern", "Kurzer Reality Check zum Post … was gilt denn nun?".
  "im ~1 post|beitrag|tweet ~1 aendern|korrigieren|anpassen|berichtigen",
  "reality ~1 check",
  "was ~1 gilt ~1 denn|jetzt ~1 nun|jetzt",
  "kwp|kwh|kw|prozent|grad|euro ~1 nicht|not ~2 kwp|kwh|kw|prozent|grad|euro",
  "ihr schreibt",
  "sie schreiben",
  "im post|beitrag|tweet|artikel ~1 steht|heisst|schreibt",
  // "in Ihrem Beitrag heißt es, die WP 12 heize bis −25 °C. In Ihrem eigenen Produktblatt … sind es −20 °C".
  "in ~1 ihrem|eurem|deinem ~1 post|beitrag|tweet|artikel ~1 heisst|steht|schreiben|schreibt",
  // "Your cold brew recipe says 1:8 and steep 4 hours … I think you mean 14 hours?".
  "i ~1 think ~1 you ~1 mean",
  "did ~1 you ~1 mean",
  "you ~1 probably|surely ~1 mean",
  "meint ~1 ihr ~1 wohl|vielleicht|bestimmt",
  "meinen ~1 sie ~1 wohl|vielleicht|bestimmt",
  // "Bitte richtigstellen", "bei der Anbauhöhe im Post hat sich … was verdreht: Da steht … auf eurer Produktseite
  // stehen 2.100 m".
  "bitte ~1 richtigstellen|korrigieren",
  // "Ich vermute, gemeint sind 240 kWp – wäre gut, das zu korrigieren".
  "vermute|denke|glaube ~2 gemeint ~1 sind|ist|war|waren",
  "waere ~1 gut ~3 zu ~1 korrigieren|berichtigen|richtigzustellen",
  "hat ~1 sich ~4 verdreht|vertan|eingeschlichen",
  "da ~1 steht ~8 stehen|steht ~1 aber",
  "auf ~1 eurer|ihrer|der ~1 produktseite|website|webseite|homepage ~3 steht|stehen",
  "im ~1 neuen|letzten|aktuellen|heutigen ~1 post|beitrag|reel ~1 steht|heisst",
  "you write|wrote|say ~3 post",
  // "you wrote the market stall is on Sunday but the flyer says Saturday".
  "you ~1 wrote|write|said ~10 but ~6 says|said|shows|reads",
  // "your post says the service line is open Sundays 9–1 but your website says Saturday".
  "your|the ~1 post|tweet|ad|flyer ~1 says|said ~10 but ~6 says|said|shows|reads",
  "ihr ~1 schreibt|schriebt ~10 aber ~6 steht|heisst|sagt",
  "ihr ~1 habt ~1 geschrieben ~10 aber ~6 steht|heisst|sagt",
  // "Ihr habt im Post geschrieben Ottensen macht … um 8 auf. Steht doch überall 7:30??".
  "ihr ~1 habt ~3 geschrieben ~14 steht ~1 doch|aber|ueberall",
  // "in eurem Jubiläumspost schreibt ihr, ihr hättet … eröffnet. Euer Café ist aber in Ottensen", "euer post sagt
  // gutscheine gibts ab 5€ – im shop gehts erst ab 10 los".
  "schreibt ~1 ihr ~14 ist|sind|liegt ~1 aber",
  // "ihr habt im post die neue barista … als „Janne“ vorgestellt, sie heißt aber Jannike".
  "vorgestellt|genannt|bezeichnet ~8 heisst|heissen ~1 aber",
  "euer|eurer|ihr ~1 post|beitrag ~1 sagt|schreibt ~12 erst|aber|doch",
  // "Euer Post sagt versandkostenfrei ab 39 €, im Shop steht ab 29 €", "Post says WP 19 – surely WP 9?".
  "post|beitrag ~1 sagt|schreibt ~12 im|auf ~2 shop|website|webseite|seite|homepage ~1 steht|stehen",
  "post|tweet|reel|caption|flyer|ad ~1 says ~6 surely|presumably",
  // "ihr habt im post Hamburg-Altona geschrieben, euer café ist aber in Ottensen", "you wrote …, but it's …".
  "ihr ~1 habt|hattet ~2 im|in ~1 post|beitrag|text ~4 geschrieben ~8 ist|sind|liegt ~1 aber",
  "you ~1 wrote|said ~8 but ~1 it's|its|it ~1 is|'s",
  "kleiner hinweis",
  // "Post says Leipzig opens 8am? Pretty sure 7:30".
  "post|tweet|graphic|flyer ~1 says ~8 pretty|fairly|quite ~1 sure",
  // "Lovely to see our bakery featured! Two small fixes though: it's Bäckerei Lindqvist, not Lindquist".
  "small|minor|tiny|quick|two|three|few|couple ~2 fixes|corrections|korrekturen",
  "small|minor|tiny|quick|one ~1 fix|correction|korrektur ~1 though|tho|please|bitte",
  "were|we're|we ~1 in ~2 not",
  // "Latte-Art-Workshop in Connewitz?? ihr seid doch auf der Karli in der Südvorstadt 😄 oder habt ihr heimlich nen
  // zweiten Laden aufgemacht": where the post puts us, set right by where we are.
  "ihr ~1 seid ~1 doch ~6 in|auf|am ~8 oder ~1 habt ~1 ihr",
  "oder ~1 habt ~1 ihr ~2 heimlich|neuerdings ~3 laden|filiale|cafe ~1 aufgemacht|eroeffnet",
  // "Kleiner, aber wichtiger Hinweis zu Ihrer Grafik".
  "kleiner|kurzer ~3 hinweis ~8 grafik|beitrag|post|text|artikel|stellenanzeige|anzeige|flyer|website",
  "kleine ~1 anmerkung|korrektur|richtigstellung",
  // "Small thing, but in the post you call cascara 'dried coffee beans' – it's the dried skin", "… gibt's nicht
  // 'seit 1983', offiziell erst seit 2015. Nur damit's keiner falsch weitererzählt".
  // Not "Small thing, but it's costing you sales": what follows must be the post and what it says.
  "small|tiny|little ~1 thing ~1 but ~4 post|posts|article|caption|graphic|flyer",
  "small|tiny|little ~1 thing ~1 but|though ~4 you ~1 call|called|wrote|write|say|said",
  "in ~1 the|your ~1 post ~1 you ~1 call|say|write|wrote|said",
  "you ~1 call|called ~6 its|it's",
  "nur ~1 damit|damits ~3 keiner|niemand ~3 falsch",
  "gibts|gibt ~3 nicht ~6 erst ~1 seit",
  "offiziell ~1 erst ~1 seit",
  // "äh nein, espresso heißt nicht "schnell" 😅 kommt von ausgedrückt".
  "heisst|bedeutet|means ~2 nicht|not ~6 kommt|comes ~1 von|from",
  // "Die Grafik im Beitrag ist irreführend: Die y-Achse beginnt bei 80 statt bei 0."
  "grafik|diagramm|chart|graph|graphic|achse|axis ~4 irrefuehrend|misleading|falsch|wrong",
  "achse|axis ~3 beginnt|startet|starts|begins ~2 bei|at",
  // "Minor point: your post quotes a COP of 5 … Realistic figures are closer to 3.5."
  "minor ~1 point|correction|note",
  // Batch 72: "fun post but the chemex wasn't invented in sweden", "Schöner Beitrag …, aber „Zülpich am Rhein“? …
  // liegt gut 30 km vom Rhein weg".
  "post|reel|video ~1 but ~6 wasnt|isnt|werent|arent|wasn't|isn't|didnt|didn't",
  "wasnt|wasn't ~1 invented|founded|built|discovered|born ~1 in|by",
  "war|wurde ~2 nicht ~2 in ~3 erfunden|gegruendet|gebaut|entdeckt|geboren",
  "liegt ~4 km ~2 vom|von ~3 weg|entfernt",
  // Batch 76: '"latte" isn't Italian for "milky coffee" 😄 it just means milk'.
  "isnt|isn't|is ~1 not ~1 italian|german|french|spanish|english ~1 for",
  "isnt|isn't ~1 italian|german|french|spanish|english ~1 for",
  // Batch 75: '"latte" doesn't mean coffee in Italian 😅 it means milk!'.
  "doesnt|doesn't|dont|don't ~1 mean ~8 it|they ~1 means|mean",
  "heisst|heissen|bedeutet|bedeuten ~1 nicht ~8 sondern|bedeutet|heisst",
  // Batch 73: "Im Post zum neuen Malawi steht … Ist aber keine Sorte, sondern eine Laune der Natur", "they were
  // founded in florence in 1927, not milan 😉".
  "ist|sind ~1 aber ~1 kein|keine|keinen ~3 sondern",
  "im ~1 post|beitrag|reel|video ~6 steht|heisst",
  "but ~1 they|it|he|she ~1 was|were ~1 founded|invented|built|born|made",
  // Batch 70: "der Rhein ist nicht 1.320 km lang, sondern rund 1.230 km", "set in ethiopia, not yemen like your
  // caption says".
  "ist|sind|war|waren ~1 nicht ~4 sondern ~1 rund|etwa|ca|circa|knapp|gut|nur",
  "like|as ~1 your|the ~1 caption|post|reel|video|ad ~1 says|said|claims",
  "wie ~1 in ~1 eurem|ihrem|dem ~1 post|beitrag|reel|video ~1 steht|behauptet",
  // Batch 69: "Korrektur: Die Anlage … war nicht 'die erste Wärmepumpe der Welt'".
  "eine ~1 korrektur",
  "korrektur:",
  // Batch 68: "one small error: … is in the North Sea", "ur story says … its the other way round".
  "small|minor|tiny ~1 error|mistake|typo",
  "its|it's|is ~1 the ~1 other ~1 way ~1 round|around",
  // Batch 63/64: 'your reel says … "for a 1:3 ratio". thats 1:2 mate', 'the post says it's "on the left bank" …
  // Königswinter is on the right bank'.
  "reel|post|video|caption|flyer|ad ~1 says ~12 thats|that's|its|it's|actually",
  "post|reel|caption ~1 says ~10 is ~1 on ~1 the ~1 right|left|other",
  "euer|eurem|im ~1 reel|post|beitrag|video ~1 steht|sagt ~12 das ~1 ist|sind ~1 aber|doch|eigentlich",
  "realistic ~1 figures|numbers|values ~2 are|is ~1 closer",
  "closer ~1 to ~1 0|1|2|3|4|5|6|7|8|9",
  // "Your post is out of date", "The grant isn't from KfW anymore, it's BAFA".
  "out ~1 of ~1 date",
  "outdated",
  "veraltet",
  "nicht ~1 mehr ~1 aktuell",
  "isn't|isnt ~4 anymore ~4 it's|its",
  "is ~1 not ~4 anymore ~4 it's|its",
  "kleiner ~1 fehler",
  "kleine korrektur",
  // Batch 149: "Die Adresse im Post stimmt nicht!!", "Small but important error in the graphic: … 400%, not 40%. Worth
  // fixing", "Sidamo ist eine Region in Äthiopien, nicht in Kenia", "der 14.11. ist n Freitag, kein Donnerstag".
  "adresse|anschrift|datum|uhrzeit|oeffnungszeit|oeffnungszeiten|preis|nummer|telefonnummer|angabe ~1 im|in ~1 post|beitrag|text ~2 stimmt|stimmen|ist|sind ~1 nicht|falsch",
  "error|mistake ~1 in ~1 the|your|this ~1 graphic|post|chart|caption|image|video|flyer|ad",
  "worth ~1 fixing|correcting",
  // "Müsste es nicht 'seit 2016' heißen?"
  "muesste|muss|sollte ~1 es ~1 nicht ~5 heissen",
  // "Kleiner fachlicher Einwand zum Beitrag: Eine JAZ von 5,5 … Woher stammt der Wert?"
  "einwand ~2 zum|zu ~1 beitrag|post|text|artikel",
  "woher ~1 stammt|stammen|kommt|kommen ~2 wert|werte|zahl|zahlen|angabe|angaben",
  "ist|sind ~1 eine|ein ~1 region|stadt|land|ort|sorte|insel ~3 nicht ~1 in",
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag ~1 kein|nicht ~1 montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday ~1 not ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday",
  "korrektur",
  // "kleine Randnotiz vom Heizungsbauer: in Ihrer Grafik steht …", "Kleiner Fact-Check fürs Marketing", "in Ihren eigenen
  // Unterlagen stehen -20 °C": a slip pointed out in passing.
  "randnotiz|faktencheck|fact-check|factcheck",
  "fact ~1 check",
  "in ~1 ihren|euren ~1 eigenen ~1 unterlagen|broschueren|datenblaettern ~1 steht|stehen",
  // "Small correction to your anniversary post: …".
  "small|quick|minor|tiny ~1 correction",
  "correction ~1 to ~1 your",
  "das stimmt ~2 nicht",
  // "Allerdings stimmt die Zahl nicht: Laut Destatis …".
  "stimmt ~1 die|der|das|eure|ihre ~1 zahl|zahlen|angabe|angaben|grafik|quote|datum|wert|statistik ~1 nicht",
  "zahl|zahlen|angabe|angaben|grafik|quote|datum|wert|statistik ~2 stimmt|stimmen ~1 nicht",
  // "Allerdings ist die genannte Studie von 2019 und nicht von 2021", "the study is from 2019, not 2021".
  "von|aus|seit ~2 und ~1 nicht ~1 von|aus|seit",
  "is|was|are ~1 from ~2 not ~1 from",
  "stimmt so nicht",
  "nicht ganz richtig|korrekt|korekt",
  "richtig waere|ist|heisst",
  "es heisst",
  // "FYI the post says your new showroom is at Kaiserstraße 14, but Google Maps and your website both have 41".
  "post|beitrag|ad|anzeige|article|artikel ~1 says|sagt|schreibt|nennt|steht ~12 but|aber|while|waehrend|whereas",
  // "Richtig heißt es „Bretzel“", not "bei Rheinwerk heißt es am Ende eh nur …" (what people say).
  "richtig|korrekt|eigentlich ~1 heisst es",
  "heisst es ~1 richtig|korrekt|eigentlich|uebrigens",
  "tippfehler",
  "schreibfehler",
  "rechtschreib*",
  "fehler im|in ~4 post|beitrag|text|artikel|bild|grafik",
  "ihr meint|meintet",
  "sie meinen ~1 wohl",
  "nicht ~3 sondern",
  "laut",
  "quelle",
  "genau genommen",
  "streng genommen",
  "zur info",
  "fyi",
  // Pointing out something broken on the company's own pages: "heads up, the link in your bio goes to a 404".
  // Not "thanks for the heads-up email": the noun thanks, it does not point anything out.
  "heads up ~1 the|your|link|typo|there|you|ihr|euer|eure|der|die|das",
  // "small heads-up on this post: it says applications close on 31 April".
  "heads-up|headsup ~3 post|tweet|ad|caption|link|graphic|website|page",
  "heads ~1 up ~3 post|tweet|ad|caption|graphic",
  "404",
  "link ~4 broken|dead|kaputt",
  "link ~4 funktioniert|geht ~1 nicht",
  "link ~4 ins ~1 leere",
  "broken link",
  "actually",
  "correction",
  "just to clarify",
  "thats not ~1 correct|right|true|accurate",
  "not quite ~1 right|correct",
  "its spelled",
  // Not "I spelled it twice": the writer spelling their own name at the till corrects nothing of ours.
  "you|youve|u|they|theyve ~2 spelled|spelt",
  "typo",
  "i think you meant|mean",
  "not supported by",
  "pretty sure ~6 says",
  // "Pretty sure the subsidy you mention ended in 2025, not 2024", "ich bin mir ziemlich sicher, dass …".
  "pretty|fairly|quite ~1 sure ~8 not",
  // "12 kWp und 38 Tonnen CO₂-Einsparung pro Jahr passt nicht zusammen … Realistisch sind eher 5–6 Tonnen".
  "realistisch ~1 sind|waeren|ist ~4 eher",
  "durcheinandergeraten|verwechselt",
  "durcheinander ~1 geraten",
  "doesn't|doesnt|don't|dont ~1 add ~1 up",
  "mixed ~1 up",
  // "the roast card says Yirgacheffe, but the bag says Sidamo".
  "says ~4 but ~4 says",
  // "Your graphic says the WP 12 runs fine down to -25°C but your own product page says -20. Which one is it?"
  "graphic|post|chart|ad|flyer|image|video|poster|infographic ~1 says|shows|claims ~12 but ~6 says|shows|states|lists",
  "which ~1 one|figure|number|date ~1 is ~1 it|right|correct",
  // "ur story says leipzig opens 8am on sundays but the website says 9am. which is it".
  "story|post|website|site|insta|instagram|flyer|app ~1 says ~8 but ~4 says",
  // "Ihr habt auf der Karte im Post Honduras in Südamerika eingezeichnet 🙈 liegt in Mittelamerika".
  "eingezeichnet|verortet ~6 liegt|liegen",
  // "auf dem Foto ist keine WP 12, das ist noch die alte WP 9": the picture shows something else.
  "auf|im ~1 dem ~1 foto|bild|video ~3 ist|sind|sieht ~2 keine|kein|nicht",
  "photo|picture|image|video ~3 isnt|is ~1 not|n't",
  "nur ~1 so ~1 am ~1 rande",
  // "Hier steht 12.000 …, im Nachhaltigkeitsbericht auf S. 14 sind es 9.800. Welche Zahl stimmt denn?"
  "hier ~1 steht ~12 sind ~1 es",
  "welche ~1 zahl|angabe|version|daten ~2 stimmt|stimmen|gilt",
  // "Im Video sagen Sie, … In Ihrem eigenen Datenblatt steht max. 140 m². Was stimmt denn jetzt?"
  "was ~1 stimmt ~1 denn|nun|jetzt",
  "im ~1 video|post|beitrag|text ~1 sagen|sagt|schreiben|schreibt ~1 sie|ihr",
  "eigenen ~1 datenblatt|website|webseite|seite|angaben",
  // "Ihr habt im Post "neue Röstung aus Kenia" geschrieben, auf der Tüte steht aber Ruanda."
  "geschrieben ~8 steht ~1 aber",
  "ist ~1 da ~1 was|etwas ~1 vertauscht",
  // "im Text steht aber WP 9", "post says Monday, your newsletter said Tuesday".
  "im ~1 text|beitrag|post ~1 steht ~1 aber",
  "post ~1 says ~10 said|says",
  "steht ~4 aber ~4 steht",
  "ziemlich|ganz ~1 sicher ~8 nicht",
  "you mention|mentioned ~6 not",
  "die|den|das ~1 sie|ihr ~1 erwaehnen|erwaehnt|nennen|nennt ~6 nicht",
  "your website|site|page|app ~1 says",
  "eure|ihre|deine webseite|website|seite|app ~1 sagt",
  "no evidence",
  "your claim",
  "you claim",
  "ihre behauptung",
  "eure behauptung",
  "nicht belegt",
  "spelled|spelt ~3 wrong|wrongly|incorrectly",
  "falsch geschrieben",
  "you mean|meant",
  "source",
  "according to",
  "technically",
  "in fact",
  "for the record",
  "not ~3 but",
  "the correct|right ~2 figure|number|date|price|time|name|amount|answer|version|term|spelling",
  // "the actual figure is 71 %", not "the actual new price only shows up on page 3" (a letter hard to read).
  "the actual ~2 figure|number|date|price|time|name|amount|answer|version|term|spelling ~2 is|was|are|were|would",
  "correct|right ~1 would be",
  "die richtige|korrekte ~2 zahl|datum|preis|uhrzeit|name|antwort|schreibweise|angabe",
  "as ~1 in|on ~1 your ~1 post|tweet|graphic|image|picture|article|website",
  // "the photo was taken in the Leipzig café, not at the roastery as the caption says".
  "not ~8 as ~1 the|your ~1 caption|post|headline|text|tweet ~1 says|said|claims|suggests",
  "nicht ~8 wie ~1 in ~1 der|dem ~1 bildunterschrift|beitrag|text|ueberschrift",
  "wie ~1 in|im ~1 ihrem|eurem|deinem ~1 post|beitrag|bild|artikel",
  "veraltet|ueberholt|outdated",
  "sagt|sagen|zeigt|zeigen ~3 etwas ~1 anderes",
  "says|say|shows|show ~3 something ~1 else|otherwise",
  "sind|ist ~2 falsch",
  "is|are ~2 wrong|incorrect|outdated",
  // "the origin map has a mistake: it puts Huehuetenango in Honduras", "in der Karte ist ein Fehler".
  "has|contains ~1 a|an ~2 mistake|error|typo",
  "ist|steckt ~2 ein ~1 fehler|tippfehler|zahlendreher",
  "it's|its ~1 in ~4 not|close",
  "bitte korrigieren",
  "bitte ~2 korrigieren|richtigstellen",
  "in|im ~1 ihrem|eurem|deinem ~1 post|beitrag ~3 geschrieben|steht|schreibt|schreiben",
  "im beitrag ~2 steht|schreibt|schreiben",
  // "ihr habt im post leipzig-connewitz geschrieben aber euer café is doch in der südvorstadt".
  "habt|haben|hast ~2 im ~1 post|beitrag|tweet ~4 geschrieben",
  // "Haben Sie Ihren Beitrag gelesen? Da steht 2024": the post, pointed at.
  "da|dort ~1 steht ~3 wir ~1 haben",
  "da|dort ~1 steht ~4 sondern|aber",
  "beitrag|post ~3 ueberhaupt ~1 gelesen",
  "your|the ~1 post|tweet ~1 says|said|gives|lists",
  "please correct",
  // "That's not how Scope 1 works", "So funktioniert das nicht".
  "not how ~5 works|work",
  "so ~1 funktioniert|funktionieren ~3 nicht",
  // "Die Größentabelle stimmt hinten und vorne nicht".
  "stimmt|stimmen ~3 hinten ~2 vorne ~1 nicht",
];

/** Loyalty and praise for the company: what a fan writes. */
export const FAN = [
  "liebe euch",
  "lieben euch",
  "fan",
  "treu*",
  "seit jahren",
  "immer wieder gerne",
  "weiter so",
  "bester",
  "beste",
  "love you",
  "love this",
  "love your",
  "best",
  "always",
  "keep it up",
  "loyal",
  "favorite",
  "favourite",
];

/** Mockery: what a troll adds to criticism that has no concrete issue. */
export const MOCKERY = [
  "lol",
  "lmao",
  "rofl",
  "haha*",
  "hihi*",
  "xd",
  "looser",
  "kek",
  "cope",
  // "heul doch", "cry more": told to someone else. Not "ich heul 😭 dat is ja wie Weihnachten": the writer's own tears.
  "heul|heult|heulen ~1 doch|leise|rum|weiter",
  "rumheul*",
  "geheul*",
  "weint|weinen ~1 doch|leise",
  "cry ~1 more|harder|me",
  // "Grüne Energie, grüne Zukunft, grüne Transformation. BINGO! 🎯": buzzwords ticked off.
  "bingo",
];

/** Politeness: a correction said kindly. */
export const POLITE = [
  "bitte",
  "danke*",
  "gerne",
  "please",
  "thanks",
  "thank",
  "kindly",
  "freundlich*",
  "lg",
  "vg",
  "gruss*",
  "gruese",
  "cheers",
  "regards",
];
