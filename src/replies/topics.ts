/**
 * Whether a comment is about a saved reply's topic. A topic is a keyword ("Öffnungszeiten", "opening hours") or an
 * example question ("Wann habt ihr sonntags offen?"): a keyword matches when each of its words occurs in the
 * comment, an example question when most of its content words do. Words are compared folded (case, umlauts) and
 * by their stem, so "Öffnungszeiten" meets "öffnungszeit" and "refunds" meets "refund".
 */
const STOP = new Set(
  (
    "der die das und oder aber ist sind war habt hat haben ihr wir ich du sie es ein eine einen einem einer " +
    "wann wie wo was wer warum wieso gibt kann könnt koennt bei mit für fuer von zu im in am an auf aus nach " +
    "the and or but is are was do does did you we i it a an when how where what who why can could at in on " +
    "for of to with my your our there this that " +
    // "how heat pumps … work": a verb as general as "work" says nothing of the topic.
    "work works working funktioniert funktionieren klappt " +
    // "Wo gebe ich meinen Zählerstand ein?": whose it is says nothing of the topic.
    "mein meine meinen meinem meiner dein deine deinen deinem deiner euer eure euren eurem eurer unser unsere " +
    "unseren unserem unserer ihre ihren ihrem ihrer"
  ).split(" "),
);

/**
 * Words for one thing, said as one: "service line", "helpline" and "hotline"; "Graz" is in "Österreich". A saved
 * reply's topic names the thing once; a comment may name it any of these ways.
 */
const WILLING = /\bopen to (hosting|having|doing|partnering|working|stocking|selling|sponsoring)\b/gu;
/**
 * "my German is rubbish" asks for help in English only beside a way to reach or understand us ("call", "hotline",
 * "letters"); said as why they use the app, it does not.
 */
const WAY_TO_US_NAMED = String.raw`(?=[\s\S]*\b(?:call|calls|calling|ring|talk|talks|speak|speaks|hotline|line|english|letter|letters|contact|reach|understand)\b)`;
const SAME_THING: ReadonlyArray<[RegExp, string]> = [
  [
    /\b(?:service|support|help|phone|customer service)\s?lines?\b|\bhelplines?\b|\bservicehotline\b|\bservicenummer\b/gu,
    "hotline",
  ],
  [
    /\b(?:wien|graz|linz|salzburg|innsbruck|klagenfurt|villach|wels|st\.? poelten|dornbirn|bregenz|vienna)\b/gu,
    "oesterreich austria",
  ],
  [
    /\b(?:zuerich|zurich|bern|basel|genf|geneva|lausanne|luzern|lucerne|st\.? gallen|winterthur|lugano)\b/gu,
    "schweiz switzerland",
  ],
  // "any chance you'd post a couple of bags over to London?": the UK by its cities, shipped to in plain words.
  [/\b(?:london|manchester|birmingham|liverpool|leeds|bristol|edinburgh|glasgow|cardiff|belfast)\b/gu, "uk"],
  [/\b(?:amsterdam|rotterdam|utrecht|den haag|the hague|eindhoven|groningen)\b/gu, "netherlands"],
  [/\b(?:post|send) (?:\p{L}+ ){0,4}(?:over )?to\b/gu, "ship to"],
  // "im Januar haben wir hier öfter mal -15 Grad", "below freezing", "when it's proper cold", "minus double digits",
  // "properly baltic in January": frost, however it is said.
  [
    /(?:[-−]|\bminus\s?)\d{1,2}\s?(?:grad|°\s?c?)(?!\p{L})|(?:[-−]|\bminus\s?)\d{1,2}\s(?:outside|out|draussen|aussen)\b|(?<![\p{L}\d-])[-−]\d{1,2}(?![\d.,:]|\s?(?:uhr|h\b|%|€))|\bminus\s\d{1,2}\b|\bminusgrad\w*|\bbelow freezing\b|\bsub-?zero\b|\b(?:knackig|bitter|klirrend)\s?kalt\b|\b(?:draussen|aussen)\s(?:\p{L}+\s)?(?:knackig|eisig|frostig)\b|\bbitterly cold\b|\b(?:hard|harsh|deep|severe)\sfrost\b|\b(?:gets|get|is|it'?s)\s(?:properly|really|very|seriously)\scold\b|\b(?:proper|properly|bitterly)\s(?:cold|baltic|freezing)\b|\bminus double digits\b|\bdouble[- ]digit (?:minus|frost|sub-?zero)\b|\bstrenge[nrm]?\sfrost\b|\bwenn es (?:richtig|so richtig|sehr|mal richtig) kalt\b/gu,
    "frost winter",
  ],
  // "nur so ne alte bialetti", "keine mühle": a stovetop pot and no grinder ask for coffee ground for it.
  [/\b(?:bialetti|mokkakanne|espressokanne|moka pot|moka)\b/gu, "herdkanne"],
  // "habt ihr für den Cappuccino auch was mit Soja und muss man da draufzahlen?": a plant drink and its surcharge.
  [
    /\b(?:soja|sojamilch|sojadrink|mandelmilch|mandeldrink|kokosmilch|kokosdrink|haferdrink|pflanzendrink\w*|soy milk|almond milk|plant milk)\b|\bkeine kuhmilch\b|\blaktose\w*/gu,
    "pflanzenmilch",
  ],
  [
    /\b(?:draufzahlen|drauf zahlen|extra (?:zahlen|kosten|bezahlen)|mehr (?:zahlen|kosten|bezahlen)|surcharge|pay extra)\b/gu,
    "aufpreis",
  ],
  // "Schafft Ihre WP das überhaupt, wenn es im Januar mal -15 Grad hat?": the heat pump by its short name.
  [/\bwps?\b(?!\s?\d)/gu, "waermepumpe"],
  // "flying into Hamburg on Easter Monday … any chance your Ottensen spot is serving coffee that morning": a holiday's
  // opening hours.
  [
    /\b(?:easter|whit|pentecost) (?:monday|sunday)\b|\b(?:christmas|boxing|new year'?s) (?:day|eve)\b/gu,
    "public holiday hours",
  ],
  [
    /\b(?:serving|open)\s(?:\p{L}+\s){0,2}?(?:that|this|on a|on the|in the)\s(?:morning|evening|afternoon|day)\b/gu,
    "opening hours",
  ],
  // "bin ab 2. august 3 wochen in portugal. was mach ich jetzt mit meinem kaffee der jeden monat kommt": away, with a
  // subscription.
  [/\b(?:bin|sind)\s(?:ab|vom|von)\s[^.!?]{0,30}?\b(?:in|im|auf|weg|verreist|unterwegs)\b/gu, "urlaub"],
  [/\b(?:kaffee|bohnen|paket|lieferung)\s(?:der|die|das)\sjeden monat\s(?:kommt|kommen)\b/gu, "abo"],
  // "these air-source pumps just give up once it's properly freezing": the heat pump by its kind.
  [
    /\b(?:air[- ]source|ground[- ]source|air[- ]to[- ]water)\s(?:heat\s)?pumps?\b|\bluft-?wasser-?(?:waerme)?pumpen?\b/gu,
    "heat pump waermepumpe",
  ],
  // "gibts bei euch eigentlich ne Nummer wo man auch samstags wen erreicht?": the line to ring, and when.
  [/\b(?:ne|eine)\snummer,?\s(?:wo|unter der)\s(?:man|ich)\b/gu, "hotline servicezeiten"],
  // "Schickt ihr eigentlich auch nach Graz": sending is shipping.
  // "Kann ich ihr den direkt von euch hinschicken lassen": sent there for them.
  [
    /\b(?:schickt|schickts|schickst|verschickt|versendet|schicken|verschicken|versenden|hinschicken|hinschickt|zuschicken|zuschickt)\b/gu,
    "versand liefert",
  ],
  // "zahl ich jeden Monat viel zu viel Vorauszahlung. Kann ich das selber runtersetzen?": the monthly instalment.
  [/\b(?:vorauszahlung\w*|monatliche\w* zahlung\w*|monthly (?:instal+ments?|payments?))\b/gu, "abschlag"],
  [/\b(?:runtersetzen|heruntersetzen|runtersetz\w*|reduzieren|verringern|lower)\b/gu, "senken"],
  // "zahlen immer noch jeden Monat den gleichen Betrag wie zu dritt": the monthly instalment, by its amount.
  [
    /\b(?:jeden monat|monatlich\w*)\s(?:\p{L}+\s){0,3}?betrag\b|\bbetrag\s(?:\p{L}+\s){0,3}?(?:jeden monat|monatlich)\b|\b(?:same|monthly) amount every month\b/gu,
    "abschlag",
  ],
  // "wenn ich heut abend bestell, wann hab ich den kaffee dann in kiel?": how long the delivery takes.
  [
    /\bwann\s(?:hab|habe|hätte|haette|krieg|kriege|bekomm|bekomme|ist|wäre|waere|kommt)\s(?:ich\s)?(?:den|die|das|mein\w*)\s(?:kaffee|paket|bestellung|bohnen|lieferung)\b/gu,
    "lange dauert lieferung lieferzeit",
  ],
  // "um den Zählerstand durchzugeben? Meine Mutter hat kein Smartphone": reporting the reading, without the app.
  [
    /\b(?:durchgeben|durchzugeben|durchgegeben|mitteilen|mitzuteilen|uebermitteln|angeben|anzugeben)\b/gu,
    "melden eingeben",
  ],
  [/\bkein(?:en)?\s(?:smartphone|handy)\b|\bno smartphone\b|\bwithout (?:the |an )?app\b/gu, "ohne app"],
  // "online was kaufen, das sie dann im Café in Ottensen einlösen kann": what is redeemed is a voucher.
  [/\b(?:einloesen|einzuloesen|redeem)\b/gu, "gutschein"],
  // "do you guys post to Dublin?": sending abroad is shipping abroad.
  [
    /\b(?:post|posted|ship|shipped|send|sent|deliver|delivered|get|getting)\s(?:[\p{L}\d]+\s){0,3}?(?:over\s)?to\s(?:dublin|cork|ireland|paris|lyon|marseille|nice|toulouse|bordeaux|lille|france|rome|milan|naples|turin|florence|italy|madrid|barcelona|valencia|seville|spain|lisbon|porto|portugal|amsterdam|rotterdam|utrecht|the hague|eindhoven|netherlands|holland|brussels|antwerp|ghent|belgium|luxembourg|copenhagen|aarhus|denmark|stockholm|gothenburg|sweden|oslo|norway|helsinki|finland|warsaw|krakow|poland|prague|brno|czechia|budapest|hungary|athens|greece|london|manchester|liverpool|birmingham|bristol|leeds|uk|england|scotland|glasgow|edinburgh|wales|cardiff|belfast|vienna|austria|ljubljana|zagreb|bratislava)\b/gu,
    "international ship abroad",
  ],
  // "Moving back to Dublin in January … Will you still send them to me over there?": a move abroad, and sending there.
  [
    /\b(?:moving|move|moved|relocating)\s(?:back\s|home\s)?to\s(?:dublin|cork|ireland|london|uk|england|scotland|paris|france|amsterdam|netherlands|vienna|austria|zurich|switzerland|madrid|spain|rome|italy|lisbon|portugal|copenhagen|denmark|stockholm|sweden|oslo|norway|warsaw|poland|prague|brussels|belgium)\b[\s\S]{0,200}?\b(?:send|ship|post|deliver)\b/gu,
    "international ship abroad",
  ],
  // "Wie viele Tage sind Ihre Handwerker dann tatsächlich bei uns im Haus?": how long the fitting takes.
  [/\bwie viele tage\b|\bhow many days\b/gu, "lange dauert"],
  [
    /\b(?:handwerker|monteure?|installateure?|techniker)\s(?:\p{L}+\s){0,4}?(?:bei uns|im haus|bei mir|vor ort)\b/gu,
    "einbau",
  ],
  // "is there actually anyone we can ring": a number to call.
  [/\b(?:anyone|someone|somebody)\s(?:\p{L}+\s){0,2}?(?:ring|call|phone)\b/gu, "number call"],
  // "Who do I even call for something like this??": the line to ring.
  [/\bwho do (?:i|we) (?:even |actually )?(?:call|ring|phone)\b/gu, "number call"],
  // "wann wird der Kaffee geröstet … was kostet das Porto?": roasting days and postage.
  [/\bgeroestet\b/gu, "roestet"],
  [/\bporto\b/gu, "versandkosten"],
  // "Ab welchem Betrag ist der Versand umsonst?", "free shipping from how much?".
  [/\bversand\s(?:\p{L}+\s)?(?:umsonst|kostenlos|gratis|frei)\b|\bfree (?:shipping|delivery)\b/gu, "versandkostenfrei"],
  // "can she ring you on a Sat morning": the number to call and its hours.
  [/\b(?:ring|call|phone)\s(?:you|u|yous)\b/gu, "number call customer service hours"],
  // "it hits -15 up here in the Sauerland some winters": frost without its unit.
  [/\b(?:hits|hit|get|gets|gets to|goes down to|drops to|down to)\s[-−]\d{1,2}\b/gu, "frost winter freezing weather"],
  // "Gibt's euren Kaffee auch schon fertig gemahlen?": coffee ground for them is the grind they choose.
  [/\b(?:fertig|schon|vor)\s?gemahlen\w*|\bpre-?ground\b|\bground coffee\b/gu, "gemahlen mahlgrad"],
  // "ist bei Ihnen samstags eigentlich jemand am Telefon?": when the hotline answers.
  [/\bjemand\s(?:am|ans)\s(?:telefon|apparat)\b/gu, "hotline servicezeiten"],
  // "kann man euch eigentlich auch samstags anrufen?": when the hotline answers.
  [
    // "Gibt es bei Ihnen noch Menschen, die man anrufen kann?": someone to ring, in a relative clause.
    /\b(?:kann|koennen|darf)\s(?:man|ich|wir)\s(?:\p{L}+\s){0,4}?anrufen\b|\btelefonisch\s(?:\p{L}+\s)?erreichbar\b|\b(?:menschen|leute|jemand|jemanden|wen)\W+(?:die|den|der)\s(?:man|ich|wir)\s(?:\p{L}+\s){0,2}?anrufen\b/gu,
    "hotline servicezeiten",
  ],
  // "fertig gemahlen für die stempelkanne": the French press, by its German names.
  [/\b(?:stempelkanne|pressstempelkanne|kaffeepresse|cafetiere|cafetière)\b/gu, "french press"],
  [
    /\b(?:keine|kein|ohne)\s(?:\p{L}+\s)?(?:kaffee)?muehle\b|\bno grinder\b|\bdon'?t (?:have|own) a grinder\b/gu,
    "gemahlen",
  ],
  // "bis die Handwerker anrücken", "when will the installers come": the date of the installation.
  [
    /\b(?:handwerker|monteure?|installateure?|installers?|fitters?|engineers?)\s(?:\p{L}+\s)?(?:anruecken|kommen|loslegen|anfangen|come|arrive|start)\b/gu,
    "einbautermin",
  ],
  // "die Zahlen vom Stromkasten durchgeben": the meter reading, said in plain words.
  [/\b(?:zahlen|nummern|stand)\s(?:vom|von dem|am)\s(?:strom)?(?:kasten|zaehler)\b|\bstromkasten\b/gu, "zaehlerstand"],
  [/\b(?:durchgeben|durchsagen|mitteilen|uebermitteln|angeben)\b/gu, "melden"],
  // "anyone at Rheinwerk I can actually talk to in English?": help in English.
  [/\b(?:talk|speak|chat|write)\s(?:\p{L}+\s){0,3}?(?:in\s)?english\b/gu, "help english"],
  // "Wie schnell ist das Zeug bei mir?", "how quickly would it arrive": how long delivery takes.
  [/\bwie schnell\s(?:ist|sind|kommt|kommen|waere|geht)\b|\bhow (?:fast|quickly|soon)\b/gu, "lieferzeit"],
  // "die Stromabrechnung vom letzten Jahr": the annual bill.
  [/\b(?:strom|gas)abrechnung\w*|\bjahresrechnung\b/gu, "jahresabrechnung"],
  // "Kann ich die irgendwie zurückgeben?": sending it back.
  // "Falsche Sorte bestellt, noch zu. Umtauschen möglich?": an exchange starts with sending it back.
  [/\bzurueck(?:geben|gegeben|senden|zusenden|zuschicken)\b|\bum(?:zu)?tausch\w*/gu, "ruecksendung zurueckschicken"],
  // "will die ein Kennwort, das ich nie aufgeschrieben hab", "kenwort": the password.
  [/\bken+wort\w*|\bzugangsdaten\b/gu, "passwort"],
  // "hab die zugangsdaten verschlampt … wie krieg ich da nen neuen login": lost, and a new one asked for.
  [/\b(?:verschlampt|verschusselt|verbaselt|verbummelt|verlegt)\b/gu, "vergessen"],
  [/\bneuen? (?:login|zugang)\b/gu, "passwort zuruecksetzen"],
  // "wie lang dauerts jetzt ca bis die kommen": how long, run together.
  [/\bwie lang(?:e)? dauert(?:'?s| es| das)\b/gu, "lange dauert"],
  // "hab das kenwort vergesen": forgotten, as typed.
  [/\bverges(?:en|n)\b/gu, "vergessen"],
  [/\bnie aufgeschrieben\b|\bnicht mehr (?:weiss|wissen)\b/gu, "vergessen"],
  // "Haus ist Baujahr 1978": an old house.
  [/\bbaujahr\s(?:18|19[0-8])\d\b/gu, "altbau"],
  // "Zahlt man bei euch für Hafer extra?", "mein Hafer-Cappu": oat is the oat drink.
  [/\bhafer\b/gu, "hafermilch pflanzenmilch"],
  // "verkauft ihr sowas wie Geschenkkarten?": a gift card is the gift voucher.
  [/\bgeschenkkarte\w*|\bgift ?cards?\b|\bgift vouchers?\b/gu, "geschenkgutschein gutschein"],
  // "Wir sind ab 12. August drei Wochen in Kroatien … Wie stell ich das ab": a holiday, and deliveries stopped.
  [
    /\b(?:\d+|zwei|drei|vier|fuenf|sechs)\swochen\s(?:in|weg|verreist|nicht da)\b|\bverreist\b|\bon (?:holiday|vacation)\b/gu,
    "urlaub",
  ],
  // "kostet Sojamilch bei euch im Café extra?": a plant milk asked about as oat milk is.
  [/\b(?:soja|mandel|pflanzen|reis|erbsen)(?:milch|drink)\b/gu, "hafermilch pflanzenmilch"],
  // "is there a number I can ring": to call.
  [/\bring\b/gu, "call"],
  // "unserem Team Kaffeegutscheine schenken": a gift is bought first.
  [/\b(?:ver)?schenken\b/gu, "kaufen geschenk"],
  // "Wie kann man das aussetzen?": to pause it.
  [/\bstell\w*\s(?:\p{L}+\s){0,2}?ab\b|\babstellen\b|\bunterbrechen\b|\baussetzen\b/gu, "aussetzen pausieren"],
  // "is there any way to get them sent over here": sent abroad.
  [/\b(?:sent|send|ship|shipped|post|posted)\s(?:\p{L}+\s)?(?:over|abroad)\b/gu, "international ship abroad"],
  // "is there any way to get it over here", "what would it cost to get a parcel over": sent abroad, to the writer.
  [
    /\bget\s(?:it|them|some|one|a bag|bags)\sover here\b|\bget\s(?:a parcel|parcels|a box|a package)\sover\b/gu,
    "international ship abroad",
  ],
  // "bei mir gehen jeden Monat stur 112 € runter": the monthly instalment, by the money that goes.
  [/\bjeden monat\s(?:\p{L}+\s){0,3}?\d+\s?(?:€|euro|tacken|ocken|kroeten|muecken|eier)/gu, "abschlag"],
  [/\beinstellen\b/gu, "aendern"],
  // "Zahlt der Staat da eigentlich was dazu?", "Schießt der Staat da noch was dazu?": a grant.
  [
    /\b(?:zahlt|gibt|bezahlt|schiesst|legt)\sder\sstaat\b|\bstaatlich\w*\s(?:zuschuss|foerderung|geld)\b/gu,
    "zuschuss foerderung",
  ],
  // "Welche Nummer hat denn der Kundendienst", "mit einem MENSCHEN TELEFONIEREN": the service's phone number.
  [/\bkundendienst\w*/gu, "kundenservice"],
  [/\b(?:welche|die|eure|ihre|eine)\snummer\b|\btelefonier\w*/gu, "telefonnummer"],
  // "wie lange dauert das, bis so ne wärmepumpe drin ist?": until it is in, installed.
  [/\bdrin\s(?:ist|sind|waere|wäre)\b|\bdrinnen\sist\b/gu, "einbau eingebaut"],
  // "helft ihr beim Papierkram", "keinen Nerv für Behördenformulare": the application for it.
  [/\bpapierkram\b|\bbehoerdenformular\w*|\bformularkram\b|\bpaperwork\b/gu, "antrag"],
  // "BAFA, Bank, Energieberater, zig Formulare": the grant's paperwork, by the office that pays it.
  [/\b(?:bafa|beg-?foerderung)\b/gu, "foerderung foerderantrag"],
  // "Luft-Wasser-Anlage", "an air source unit": a heat pump by its kind.
  [
    /\bluft-?wasser-?(?:anlage|geraet|waermepumpe)\w*|\bluftwaermepumpe\w*|\bair[- ]source\s(?:unit|system|heat pump)s?\b|\bashp\b/gu,
    "waermepumpe heat pump",
  ],
  // "wie viele Tage haben wir dann Handwerker im Keller?": how long the fitting takes.
  [/\b(?:handwerker|monteure?|installateure?)\s(?:\p{L}+\s){0,2}?im\skeller\b/gu, "einbau"],
  // "who do I ring if the unit … stops at 2am": the number for a breakdown.
  [/\bwho\s(?:do|can|should)\s(?:i|we)\s(?:ring|call|phone|contact)\b/gu, "number call emergency service"],
  // "einen Betrag schenken, den sie bei euch ausgeben kann": a voucher.
  [/\b(?:betrag|geld|guthaben)\s(?:\p{L}+\s){0,2}?(?:schenken|verschenken)\b/gu, "geschenkgutschein gutschein"],
  // "gibts bei euch um die zeit überhaupt wen den man anrufen kann??", "Are your phone people around on a Saturday?":
  // the number to call and when it answers.
  [
    /\b(?:wen|jemanden|jemand|einen menschen|nen (?:echten )?menschen|einen echten menschen)\s(?:\p{L}+\s){0,3}?(?:anrufen|erreichen|ans telefon)\b|\bunter welcher nummer\b|\bphone (?:people|team|staff|line)\b|\bcall (?:centre|center)\b|\bwho on earth do (?:i|we) (?:call|ring|phone)\b/gu,
    "hotline servicezeiten number call customer service hours",
  ],
  // "anyone at your place I can actually talk to … without a dictionary": help in English.
  [
    new RegExp(
      String.raw`\bwithout a dictionary\b|\bohne (?:woerterbuch|dolmetscher)\b|\bmy german (?:is|isn'?t|isnt)\b${WAY_TO_US_NAMED}|\bwithout speaking german\b`,
      "gu",
    ),
    "help english",
  ],
  // "Hab gestern den Strom abgelesen … Wo muss ich das jetzt hinschicken?", "Wie bekomme ich Ihnen die Zahl vom
  // Stromzähler durch": the reading, sent in.
  [
    /\b(?:strom|gas|zaehler|wasser)\s?abgelesen\b|\bzahl(?:en)? (?:vom|von dem|von meinem|vom neuen) (?:strom|gas)?zaehler\b/gu,
    "zaehlerstand melden",
  ],
  // "wie kriege ich die Zahlen von dem Kasten im Keller zu Ihnen": the meter, by what it looks like.
  [/\bzahl(?:en)?\s(?:vom|von dem|von meinem|von unserem)\s(?:kasten|ding|geraet|teil)\b/gu, "zaehlerstand melden"],
  // "kann ich die regelmäßige bohnenpost mal auf eis legen": paused.
  [
    /\bauf eis (?:legen|gelegt|liegen)\b|\bon hold for\b|\bput (?:it|them|my \p{L}+) on hold\b/gu,
    "pausieren aussetzen",
  ],
  // "kann ich irgendwo einstellen, dass in der Zeit keine Bohnen verschickt werden": deliveries paused for a while.
  [
    /\bkeine\s(?:bohnen|lieferung\w*|pakete?|kaffee|tueten)\s(?:\p{L}+\s)?(?:verschickt|versand|geliefert|geschickt|kommen|versendet)\b/gu,
    "lieferung aussetzen pausieren",
  ],
  // "wie krieg ich hin, dass da keine Bohnen vor der Tür vergammeln": parcels not to pile up while away.
  [
    /\b(?:vor der tuer|beim nachbarn)\s(?:\p{L}+\s)?(?:vergammeln|gammeln|rumliegen|rumgammeln)\b/gu,
    "lieferung aussetzen pausieren",
  ],
  // "läuft das Kaffee-Paket dann einfach weiter": the regular parcel is the subscription.
  [/\b(?:bohnenpost|kaffeepost|kaffeelieferung|kaffee-?paket\w*|regelmaessige\w* lieferung\w*)\b/gu, "abo lieferung"],
  // "Kann ich das mit den Paketen irgendwie kurz auf Eis legen": the parcels to be paused are the subscription's.
  [/\bpaketen?\b(?=[^.!?]{0,40}\b(?:auf eis|pausier|aussetz|anhalt))/gu, "abo lieferung"],
  // "kann man euren kaffee auch gemahlen für so ne bialetti kriegen": ground for a way of brewing is the grind.
  [/\bgemahlen\w*\s(?:\p{L}+\s){0,3}?fuer\b|\bground\sfor\b/gu, "mahlgrad"],
  // "is there an emergency number if the heat pump dies over the weekend?": the emergency service.
  [
    /\b(?:emergency|out-of-hours|after-hours|24\/7)\s(?:number|line|phone|contact)\b|\bnotfallnummer\b/gu,
    "emergency service notdienst",
  ],
  // "online was kaufen, was sie dann im Café … ausgeben kann": a voucher, by what it does.
  [/\b(?:kaufen|schenken|bezahlen)\b[^.!?]{0,60}\b(?:ausgeben|einloesen|verbrauchen)\b/gu, "gutschein"],
  // "50 Cent mehr für Oatly": a plant drink, by its brand, and its surcharge.
  [/\b(?:oatly|alpro|hafer ?drink|oat ?drink|oat milk)\b/gu, "pflanzenmilch hafermilch"],
  [/\b\d+\s?(?:cent|ct)\s(?:mehr|extra|aufpreis)\b/gu, "aufpreis"],
  // "Kann man die monatliche Rate irgendwie selbst runtersetzen?": the monthly instalment.
  [/\bmonatlich\w*\s(?:rate|raten|betrag)\b/gu, "abschlag"],
  // "Habt ihr da überhaupt auf, und wenn ja bis wann?": open as a shop is.
  [/\bhabt ihr (?:\p{L}+ ){0,3}auf(?=\s*[,?])/gu, "oeffnungszeiten offen"],
  // "oder muss ich mir jetzt auch noch ne Mühle kaufen?": no grinder yet.
  [/\b(?:muehle|grinder) (?:kaufen|besorgen|anschaffen|buy|get)\b/gu, "gemahlen"],
  // "wie krieg ich den betrag runter": the instalment lowered.
  [/\b(?:betrag|abschlag|rate)\s(?:\p{L}+\s)?runter\b/gu, "senken aendern"],
  // "der Passwort reset link kommt nicht an": the password reset.
  [/\b(?:passwort|password|kennwort)[\s-]?reset\w*|\breset[\s-]?link\w*/gu, "zuruecksetzen"],
  // "jetzt weiß ich das Kennwort nicht mehr": forgotten.
  [/\bweiss\s(?:\p{L}+\s){1,3}?nicht mehr\b/gu, "vergessen"],
  // "Kostet es bei euch mehr, wenn man stattdessen etwas Pflanzliches nimmt?": a plant drink and its surcharge.
  [/\bpflanzlich\w*/gu, "pflanzenmilch hafermilch"],
  [/\bkostet\s(?:es|das)\s(?:\p{L}+\s){0,3}?mehr\b/gu, "aufpreis"],
  // "kann ich das was jeden monat abgebucht wird selber runtersetzen", "würd lieber jeden Monat bisschen mehr zahlen":
  // the monthly instalment, by the money that goes each month.
  [
    /\b(?:jeden monat|monatlich\w*)\s(?:\p{L}+\s){0,3}?(?:abgebucht|abgezogen|zahlen|bezahlen|gezahlt|abbucht|abbuchen|abgeht|abgehen|ueberweisen|ueberweise)\b|\bmonatsrate\w*|\bmonatsbeitrag\w*/gu,
    "abschlag",
  ],
  // "die Zahlen von meinem Stromzähler im Keller schicken", "was auf dem Stromzähler steht": the meter reading.
  [/\b(?:zahlen|zahl|zoi|stand|was|werte)\s(?:\p{L}+\s){0,4}?(?:strom|gas)?zaehler\w*/gu, "zaehlerstand"],
  // "zahlen aber immer noch 142€ jeden Monat an euch", "monatlich immer noch den alten Betrag": the instalment.
  [/\b\d+\s?(?:€|euro)\s(?:\p{L}+\s){0,2}?jeden monat\b|\bmonatlich\w*\s(?:\p{L}+\s){0,4}?betrag\b/gu, "abschlag"],
  // "oder passt ihr das automatisch an?": changed.
  [/\bpasst (?:\p{L}+ ){0,3}?an\b/gu, "anpassen aendern"],
  // "Hafer statt Kuh im Flat White", "kostet das mit Haferkram bei euch extra?": oat milk, and its surcharge.
  [/\bhafer(?:kram|zeug|dings)?\b/gu, "hafermilch pflanzenmilch"],
  [/\bkostet (?:\p{L}+ ){0,4}?extra\b/gu, "aufpreis"],
  // "kommt mein Paket dann trotzdem alle zwei Wochen?": the subscription's deliveries.
  [/\balle (?:zwei|2|vier|4|drei|3) wochen\b/gu, "abo lieferung"],
  // "how late do ye stay open", "ab wann kann man da rein?": the café's hours.
  [
    /\bstay open\b|\bhow late (?:do|are|is)\b|\bab wann (?:kann|koennen) (?:man|wir|ich) (?:da |bei euch )?(?:rein|vorbei\w*|kommen)\b/gu,
    "opening hours oeffnungszeiten offen",
  ],
  // "wie komm ich an ein neues pw für die app": a new password.
  [/\bneue[sn]?\s(?:pw|passwort|kennwort|password)\b|\bpw\b/gu, "passwort zuruecksetzen"],
  // "Kann ich die Kaffeelieferungen solange irgendwie stoppen", "so lange auf stopp setzen", "Was mach ich mit meiner
  // Kaffeelieferung alle 2 Wochen?" (three weeks away): paused.
  [
    /\bstopp(?:e|en)?\b|\bpausier\w*|\bauf stopp?\s(?:setzen|stellen)\b|\bwas mach\w*\s(?:ich|wir)\s(?:\p{L}+\s){0,2}?mit\s(?:meiner|meinem|unserer|unserem|dem|der)\s(?:kaffeelieferung|lieferung|abo|kaffee-?abo)\b/gu,
    "aussetzen pausieren",
  ],
  // "Will one of your pumps actually keep us warm at -15", "keep a drafty old house warm in a German January": a heat
  // pump in winter.
  [/\bkeeps?\s(?:\p{L}+\s){0,4}?warm\b/gu, "heat pump winter"],
  // "Könnt ihr die Bohnen schon passend vorbereiten oder brauchen wir zwingend ein eigenes Mahlwerk?": the grind.
  [/\bmahlwerk\b/gu, "muehle"],
  [/\bpassend\s(?:vor)?(?:bereiten|mahlen|machen)\b/gu, "mahlgrad gemahlen"],
  // "wie lang ist bei so nem Umbau das Haus Baustelle?", "steht das Ding dann bis Herbst bei uns?": how long the fitting
  // takes and when it is in.
  [/\bwie lang\w*\s(?:\p{L}+\s){0,6}?baustelle\b/gu, "einbau dauert"],
  [
    /\b(?:steht|ist|laeuft)\s(?:das ding|die pumpe|die anlage|das geraet|die waermepumpe)\s(?:\p{L}+\s)?bis\s(?:zum\s)?(?:herbst|sommer|winter|fruehjahr|fruehling|weihnachten|januar|februar|maerz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/gu,
    "wartezeit einbautermin",
  ],
  // "is it Germany-only?": shipped abroad.
  [/\bgermany[- ]only\b|\bonly (?:ship|deliver) (?:in|within|to) germany\b/gu, "international ship abroad"],
  // "is there anyone at Rheinwerk who speaks english on the phone?", "someone I can talk to in English": help in
  // English.
  [
    /\b(?:speaks?|speaking)\s(?:\p{L}+\s)?english\b|\btalk\s(?:to\s)?(?:\p{L}+\s){0,3}?in english\b|\benglish[- ]speak(?:er|ers|ing)\b/gu,
    "help english hotline",
  ],
  // "what time can we swing by on Sunday", "seid ihr am 26. eigentlich da?": when the café is open.
  [
    /\bwhat time can (?:we|i) (?:swing|drop|pop|come|grab|get)\b|\bseid ihr (?:am|an|zu|ueber) (?:\p{L}+\s|\d+\.?\s){1,3}?(?:eigentlich\s)?(?:da|offen|auf)\b/gu,
    "oeffnungszeiten opening hours offen",
  ],
  // "bis wann kann man am sonntag in leipzig noch auf einen kaffee vorbeikommen", "wie lang kann man da abends noch
  // hin?", "Kann man Sonntag morgen bei euch frühstücken und ab wann?", "am Sonntag auch vormittags schon hin", "How
  // early can we come in?": from when or until when one can come and stay.
  [
    /\bbis wann\s(?:\p{L}+\s){0,12}?(?:vorbeikommen|vorbeischauen|reinkommen|kommen|rein)\b|\b(?:wie lang(?:e)?|ab wann|bis wann)\s(?:kann|koennen|darf|duerfen)\s(?:man|wir|ich)\b[^.!?]{0,50}?\b(?:hin|rein|reinkommen|vorbei\p{L}*|kommen|sitzen|bleiben|fruehstuecken|brunchen)\b|\bkann man\b[^.!?]{0,50}?\b(?:fruehstuecken|brunchen|hin|vorbei\p{L}*|rein)\b[^.!?]{0,20}?\b(?:ab|bis) wann\b|\b(?:vormittags|morgens|frueh|abends|nachmittags|mittags)\s(?:schon|noch)\s(?:hin|rein|vorbei\p{L}*|kommen)\b|\bhow (?:early|late) (?:can|could|do|should|may) (?:i|we|you|one|ppl|people)\b/gu,
    "oeffnungszeiten opening hours offen",
  ],
  // "wann ihr morgen aufmacht", "bis wann macht ihr zu": when the café opens and closes.
  [
    /\b(?:aufmacht|aufmachen|zumacht|zumachen|macht ihr (?:\p{L}+ ){0,2}?(?:auf|zu)(?=\s*(?:[?,.!]|$)))/gu,
    "oeffnungszeiten offen",
  ],
  // "kann man euch auch am WE telefonisch erreichen": the hotline's hours.
  [/\btelefonisch\s(?:\p{L}+\s){0,2}?erreich\w*/gu, "hotline servicezeiten telefonnummer"],
  // "wo tipp ich die stromuhr zahlen ein": the electricity meter, in the word of the older customer, and its reading typed.
  [/\bstromuhr\w*/gu, "zaehlerstand"],
  [/\btipp\w*\s(?:\p{L}+\s){0,5}?ein\b/gu, "eingeben"],
  // "Kommt dann trotzdem alle 2 Wochen Kaffee …, oder kann man das irgendwie aufhalten?": the subscription, held.
  [/\balle (?:2|zwei|4|vier) wochen\s(?:\p{L}+\s){0,2}?kaffee\b/gu, "abo lieferung"],
  [/\b(?:aufhalten|anhalten)\b/gu, "aussetzen pausieren"],
  // "kann man … am Sonntachmorgen schon um acht nen Kaffee kriegen": from when the café is open.
  [/\bkann man\b[^.!?]{0,60}?\bschon um\b/gu, "oeffnungszeiten offen"],
  // "Wie viel Vorlauf muss man … einplanen, bis das Gerät tatsächlich läuft?": how long until it is fitted.
  [
    /\bvorlauf\b|\bbis (?:das geraet|die anlage|die pumpe|die waermepumpe|das ding) (?:\p{L}+ )?(?:laeuft|drin ist|eingebaut)\b/gu,
    "wartezeit einbau dauer",
  ],
  // "wenn's draußen mal richtig knackig wird, so -15 Grad", "when it's minus 10 out there": frost.
  [/(?:^|\s)(?:-|−|minus\s?)\d+\s?(?:grad|°)|\bminus\s\d+\b/gu, "frost minusgraden winter freezing"],
  // "Geht das, dass ich jeden Monat etwas mehr überweise?": the instalment changed.
  [/\bjeden monat\s(?:\p{L}+\s){0,3}?(?:mehr|weniger)\s(?:ueberweis\w*|zahl\w*)/gu, "aendern"],
  // "damit das weniger wird": lowered.
  [/\bweniger (?:wird|werden)\b/gu, "senken aendern"],
  // "wo soll er dann anrufen, falls die nachts ausgeht", "wen ruf ich eigentlich an wenn die nachts um 3 streikt?":
  // the number, and the one for a breakdown.
  [
    /\bwo (?:soll|kann|muss) (?:er|sie|ich|man|wir) (?:\p{L}+ )?anrufen\b|\bwen\s(?:ruf|rufe|rufen)\s(?:ich|wir|man)\s(?:\p{L}+\s){0,2}?an\b/gu,
    "hotline notdienst stoerungsdienst telefonnummer",
  ],
  // "was zum Verschenken, dass sie sich selber Kaffee aussuchen kann": a voucher.
  [/\bzum verschenken\b|\b(?:selber|selbst) (?:\p{L}+ ){0,2}?aussuchen\b/gu, "gutschein geschenkgutschein"],
  // "wo tipp ich ein, was auf dem Kasten im Keller steht": the meter.
  [/\bkasten im keller\b|\bwas auf dem (?:kasten|ding|geraet) (?:im keller )?steht\b/gu, "zaehlerstand"],
  // "can I deal w @Rheinwerk in English somehow?", "my German on the phone is not great": help in English.
  [
    /\b(?:deal|talk|speak|communicate|chat)\s(?:\p{L}+\s){0,3}?in english\b|\bgerman on the phone\b/gu,
    "help english hotline",
  ],
  // "Kriegt man da eigentlich noch Geld vom Staat dazu": a grant.
  [/\bgeld vom staat\b|\bvom staat (?:\p{L}+ )?dazu\b/gu, "zuschuss foerderung"],
  // "do you guys actually deliver to the Netherlands", "if they even deliver outside Germany": shipped abroad.
  [
    /\bdeliver\w* to (?:the )?\p{L}+|\boutside (?:of )?germany\b|\bausserhalb (?:von )?deutschland\w*/gu,
    "ship shipping international",
  ],
  // "weiß nur nich bis wann die da aufhaben": open.
  [/\baufhaben\b|\bauf haben\b/gu, "oeffnungszeiten offen"],
  // "packt so ne WP 9 das wenns nachts -15 hat?", "a proper cold snap": frost.
  [
    /(?:^|\s)(?:-|−)\d+(?![\d.,]|\s?(?:€|%|euro|cent|kwh|min))|\bcold snap\b|\bkaeltewelle\b/gu,
    "frost minusgraden winter freezing",
  ],
  // "muss man für pflanzliche Milch draufzahlen?": a surcharge.
  [/\bdraufzahlen\b|\bextra (?:zahlen|bezahlen|kosten)\b/gu, "aufpreis"],
  // "r u guys open sunday morning", "do you guys do sundays or is it weekdays only??", "morgens schon rein": the
  // café's days and hours.
  [
    /\b(?:open|offen|auf)\s(?:on\s)?(?:sundays?|saturdays?|weekends?|sonntags?|samstags?|wochenende)\b|\bdo (?:sundays|saturdays|weekends)\b|\bweekdays only\b|\bmorgens schon (?:rein|auf|offen)\b/gu,
    "opening hours oeffnungszeiten offen",
  ],
  // "Müssen die für Oatmilk extra zahlen?": a plant drink.
  [/\boat ?milk\b/gu, "pflanzenmilch hafermilch"],
  // "hat nur so ne alte Bialetti … und keine Mühle", "oder brauchen wir zwingend ne eigene Mühle?", "no grinder at
  // home": beans ground for them.
  [
    /\b(?:keine|ohne|ne eigene|eine eigene|(?:zwingend|unbedingt) (?:ne|eine))\s(?:\p{L}+\s)?(?:muehle|kaffeemuehle|grinder)\b|\b(?:no|without a|don't have a|dont have a)\s(?:\p{L}+\s)?grinder\b|\bso fein\b|\bfertig gemahlen\b/gu,
    "mahlgrad gemahlen",
  ],
  // "wen ruf ich eigentlich an, wenn nachts … die Heizung ausfällt", "is there an actual human I can ring": the number
  // to call, and the one for a breakdown at night.
  [
    /\bwen\sruf\w*\s(?:ich|man|wir)\s(?:\p{L}+\s){0,2}?an\b|\b(?:human|person|someone|somebody|anyone|anybody)\s(?:\p{L}+\s)?(?:i|we)\s(?:can|could)\s(?:actually\s)?(?:ring|call|phone|talk to)\b/gu,
    "hotline number call emergency service stoerungsdienst notdienst",
  ],
  // "So Wertkarten, die man im Café und im Onlineshop nutzen kann", "gift cards": vouchers.
  [/\bwertkarte\w*|\bguthabenkarte\w*|\bgeschenkkarte\w*|\bgift ?cards?\b/gu, "gutschein geschenkgutschein"],
  // "flieg übermorgen für 2 Wochen nach Kreta": away.
  [/\bfuer\s(?:\d+|zwei|drei|vier|ein paar)\swochen\s(?:nach|in|weg)\b/gu, "urlaub"],
  // "Wir sind im August 3 Wochen in Portugal … dass die Päckchen so lange beim Nachbarn rumliegen": weeks away, and
  // the parcels of the subscription.
  [/\b(?:\d+|zwei|drei|vier|ein paar)\swochen\s(?:in|nach|weg|verreist|im urlaub)\b/gu, "urlaub"],
  [/\bpaeckchen\b/gu, "lieferung"],
  // "Kann ich bei meiner monatlichen Lieferung irgendwie ne Pause reindrücken": a pause, as a noun.
  [/\b(?:ne|eine|kleine|kurze)\spause\b/gu, "aussetzen pausieren"],
  // "Wie halte ich das an??": the deliveries stopped for a while.
  [/\banhalten\b|\bhalte\s(?:ich|man)\s(?:das|die|den|es)\san\b/gu, "aussetzen pausieren"],
  // "Abschlag runtersetzen" asks what "Abschlag ändern" answers.
  [
    /\b(?:runtersetzen|heruntersetzen|herabsetzen|hochsetzen|raufsetzen|heraufsetzen|senken|reduzieren|verringern|erhoehen|anpassen|aendern)\b/gu,
    "aendern",
  ],
  // "can I actually order from Manchester or is it a whole Brexit nightmare??": ordering from abroad.
  [/\bbrexit\b|\bcan (?:i|we) (?:\p{L}+\s)?order from\b/gu, "international ship abroad uk"],
  // "bis wieviel uhr kann man … vorbeikommen", "How early are the doors unlocked?": when the cafés are open.
  [
    /\bbis wie ?viel uhr\b|\bab wie ?viel uhr\b|\bhow (?:early|late)\s(?:are|is|do|does)\b|\bdoors\s(?:\p{L}+\s)?(?:open|unlocked)\b/gu,
    "oeffnungszeiten opening hours",
  ],
  // "will the place in Ottensen be doing coffee on Jan 1st": the hours on a public holiday.
  [/\b(?:jan(?:uary)?\s1(?:st)?|1st of january|new year'?s day|boxing day|christmas day)\b/gu, "public holiday hours"],
  // "Kann ich einstellen dass in der Zeit keine Bohnen kommen??": the deliveries stopped for a while.
  [
    /\bkeine\s(?:bohnen|lieferung\w*|pakete?|paeckchen|kaffee)\s(?:mehr\s)?(?:kommen|kommt|geliefert|geschickt)\b/gu,
    "abo aussetzen pausieren",
  ],
  // "irgendwas schenken womit sie dann dort bezahlen kann", "so Guthaben kaufen": a voucher.
  [
    /\b(?:schenken|kaufen),?\s(?:\p{L}+,?\s){0,3}?(?:womit|mit dem|mit der|damit)\s(?:\p{L}+\s){0,5}?(?:bezahlen|zahlen)\b|\bguthaben\s(?:\p{L}+\s){0,2}?kaufen\b|\bkaufen\s(?:\p{L}+\s){0,2}?guthaben\b/gu,
    "geschenkgutschein gutschein kaufen",
  ],
  // "wer geht bei euch … ans telefon", "wen erreich ich, wenn die Wärmepumpe … ausfällt": the line and the emergency.
  [
    /\bwer\s(?:geht|ist)\s(?:\p{L}+\s){0,7}?(?:ans|am)\s(?:telefon|apparat)\b|\bwen\s(?:erreich|erreiche|erreicht|ruf|rufe)\s(?:ich|man)\b/gu,
    "hotline servicezeiten stoerungsdienst",
  ],
  // "Do your units actually cope when it gets properly cold": the heat pumps, by what they are.
  [/\b(?:your|these|those)\s(?:units|systems)\b/gu, "heat pump"],
  // "ihr bucht immer noch 118€ im monat ab": the monthly instalment, by the money that goes.
  [/\d+\s?(?:€|euro)\s(?:im|pro|jeden|a|per)\s(?:monat|month)\b/gu, "abschlag"],
  // "die Zahlen von meine Stromzähler", "an Stromzähler ablesn und durchgebn": the meter reading, however written.
  [
    /\b(?:zahlen|nummern|stand)\s(?:von|vom)\s(?:meine[mnr]?|meinem|unsere[mnr]?)\s(?:strom)?zaehler\b/gu,
    "zaehlerstand melden",
  ],
  [/\bables(?:e)?n\b/gu, "ablesung zaehlerstand"],
  [/\bdurchgeb(?:e)?n\b|\bdurchzugeben\b/gu, "melden eingeben"],
  // "gilt eure störungsnummer auch an feiertagen?": the line for breakdowns by another name.
  [/\b(?:stoerungsnummer|notfallnummer|notrufnummer|notdienstnummer)\b/gu, "stoerungsdienst"],
  // "wenns richtig friert", "wenns draußen mal richtig knackig wird": frost.
  [/\b(?:richtig|so richtig|mal richtig|stark)\s(?:friert|knackig)\b/gu, "frost winter"],
  // "nen gutschein … im laden in kreuzberg holen": the café, called a shop.
  [/\b(?:im|in eurem|in dem|vor ort im)\s(?:laden|geschaeft)\b/gu, "cafe"],
  // "wie geb ich meinen stromstand durch", "die Zahlen vom Stromzähler", "wenn ich kein handy hab": the reading, sent
  // without the app.
  [/\bstromstand\b|\bzaehlerstaende\b|\b(?:zahlen|nummern|stand)\s(?:vom|am)\s(?:strom)?zaehler\b/gu, "zaehlerstand"],
  [/\bgeb\p{L}*\s(?:\p{L}+\s){0,4}?durch\b/gu, "melden eingeben"],
  [/\b(?:kein|keine|keinen|ohne)\s(?:handy|smartphone)\b/gu, "ohne app"],
  // "gibts ne Nummer die auch nach Feierabend jemand abnimmt", "who am I meant to ring when the heating packs in at
  // 2am": the line for a breakdown out of hours.
  [
    /\bnummer\b[^.?!]{0,40}\b(?:nach feierabend|nachts|in der nacht|rund um die uhr)|\b(?:nach feierabend|nachts|in der nacht)\b[^.?!]{0,40}\b(?:nummer|anrufen|abnimmt|erreich\p{L}*)\b/gu,
    "stoerungsdienst notdienst",
  ],
  [
    /\b(?:ring|call|phone)\b[^.?!]{0,60}\b(?:at\s\d{1,2}\s?(?:am|pm)|at night|overnight|out of hours|after hours|middle of the night)\b|\b(?:packs in|breaks down|conks out)\b[^.?!]{0,30}\bat\s\d{1,2}\s?(?:am|pm)\b/gu,
    "emergency service",
  ],
  // "if my German isn't really up to a phone call", "I don't speak much German": help in English. Not "my German is
  // still rubbish so I rely on the app … it crashes": the writer's German told as why, beside another matter; only
  // with a way to reach us or to be understood named.
  [
    new RegExp(
      String.raw`\bmy german (?:isn'?t|is not|is rubbish|is bad|is poor|is basic|falls apart)\b${WAY_TO_US_NAMED}|\b(?:don'?t|do not|can'?t|cannot) speak (?:much |any |enough )?german\b`,
      "gu",
    ),
    "help in english",
  ],
  // "What time does the Ottensen spot start pouring on Sunday?", "kreuzberg spot doing coffee on sundays or nah?": the
  // opening hours, asked in other words.
  [
    /\b(?:what time|when)\s(?:do|does|will)\s(?:the|your|you)\s(?:\p{L}+\s){0,3}?(?:open|start|close|shut)\p{L}*|\b(?:till|until) what time (?:are|r|is) (?:you|u|the)\b|\b(?:spot|cafe|shop|branch)\s(?:doing coffee|open|serving)\s(?:on\s)?(?:sundays?|saturdays?|weekends?|mondays?|holidays?)\b/gu,
    "opening hours",
  ],
  // "mein kaffeeabo", "ohne ei und butter", "isst nix vom tier": the subscription, and vegan.
  [/\bkaffeeabo\p{L}*/gu, "abo"],
  [/\bohne\s(?:ei|eier|butter)\b|\b(?:nix|nichts)\svom\stier\b|\bpflanzlich\p{L}*|\bplant-based\b/gu, "vegan"],
  // "Will an air source unit actually keep up in January": a heat pump, in winter.
  [/\bair[- ]source\s(?:units?|systems?|heat pumps?)\b|\bashp\b/gu, "heat pump"],
  // Not "enjoy ur frozen toes in january": a month of frost only with a machine that copes or keeps up in it.
  [
    /\b(?:keep up|keeps up|cope|copes|work|works|manage|run|runs|perform)\b[^.?!]{0,30}\b(?:in|through|during)\s(?:january|february|jan|feb)\b/gu,
    "winter",
  ],
];

/**
 * Verbs and nouns for one act, said as one word: "Versendet ihr nach Österreich?" asks what "Liefert ihr nach
 * Österreich?" and "Versand nach Österreich" answer. Replaced, not added to: two words for one act would count
 * twice, and "Liefert ihr in die Schweiz?" would then share most of the Austrian question's words.
 */
const ONE_WORD: ReadonlyArray<[RegExp, string]> = [
  // "kann ich ihr direkt von euch was schicken lassen?": sent by the company, however it is said.
  [/\b(?:versand|versende[nt]?|versendest|verschick(?:en|t|st)?|liefer(?:n|t|st)|schicken lassen)\b/gu, "versand"],
  [/\b(?:ship(?:s|ping)?|deliver(?:s)?)\b/gu, "ship"],
  // "Hab an der Hotline am 2.5. gefragt, da wusste es auch keiner": where they asked before, not what they ask about.
  [/\b(?:an|bei) der hotline\b(?=[^!?\n]{0,40}\b(?:gefragt|nachgefragt|angerufen)\b)/gu, "dort"],
];

function sameThing(folded: string): string {
  let text = folded;
  for (const [words, word] of ONE_WORD) text = text.replace(words, word);
  // "Would you be open to hosting us one evening?": willing, not open as a shop is.
  text = text.replace(WILLING, "willing to $1");
  for (const [words, thing] of SAME_THING) text = text.replace(words, (said) => `${said} ${thing}`);
  return text;
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
}

function words(text: string): string[] {
  return sameThing(fold(text)).match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
}

/** The stem a comparison uses: the first five letters of a long word, a short word whole. */
const stem = (word: string) => (word.length > 6 ? word.slice(0, Math.max(5, word.length - 3)) : word);

/** "Do you ship to the UK?": a country's short name is the question's point, not a little word. */
const SHORT_NAMES = new Set(["uk", "eu"]);

function content(text: string): string[] {
  return words(text).filter((word) => (word.length >= 3 || SHORT_NAMES.has(word)) && !STOP.has(word));
}

/**
 * What two texts share, compared as topics are: the stems of their content words, and their figures whole
 * ("0190", "20", "9" in "WP 9"), so a saved reply's sentence can be told to be about what a comment says.
 */
export function sharedStems(a: string, b: string): string[] {
  // "WP 12", "E-31": a model or error code is a word of its own, as telling as any.
  const codes = (text: string) =>
    (text.match(/\b[A-Z]{1,4}[- ]?\d{1,4}\b/gu) ?? []).map((code) => code.toLowerCase().replace(/[- ]/gu, ""));
  const of = (text: string) =>
    new Set([
      ...content(text).map(stem),
      ...codes(text),
      // "2,8" is one figure, not an "8" that meets "8 bis 12 Wochen".
      ...(fold(text).match(/\p{N}+(?:[.,]\p{N}+)*/gu) ?? []).map((digits) => `#${digits.replaceAll(",", ".")}`),
    ]);
  const theirs = of(b);
  return [...of(a)].filter((item) => theirs.has(item));
}

/**
 * Two words of one stem: the same stem, or one the other with an ending ("Gutschein" and "Gutscheine", "neu" and
 * "neues", "setze" and "setzen"), or a compound and its last word ("Kaffeelieferung", "Lieferung"). The stem alone
 * cuts a longer word later, so the plural of a long word missed.
 */
function sameWord(a: string, b: string): boolean {
  if (stem(a) === stem(b)) return true;
  // "Zuschüsse" and "Zuschuss": a plural's umlaut, folded to "ue", is set aside.
  const plain = (word: string) => word.replace(/([aou])e/gu, "$1");
  if (plain(a) !== a || plain(b) !== b) return sameWord(plain(a), plain(b));
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "Kaffeelieferung" is a "Lieferung", "Stromrechnung" a "Rechnung": a compound is a kind of its last word.
  // Not a word made with a prefix: a "Heizlastberechnung" is no "Rechnung", a "Verpackung" no "Packung", a
  // "Zuschuss" no "Schuss" ("den Schuss nicht gehört").
  const prefix = long.slice(0, -short.length);
  if (short.length >= 6 && long.endsWith(short) && prefix.length >= 3 && !/(?:be|ge|ver)$/u.test(prefix)) return true;
  // "Kaffeegutscheine" is "Gutschein" too: the compound's last word in the plural.
  const singular = long.replace(/(?:en|e|n|s)$/u, "");
  // Not a verb's stem: "schick" in "zurückschicken".
  if (short.length >= 7 && singular !== long && singular.endsWith(short) && singular.length > short.length + 2)
    return !/(?:be|ge|ver)$/u.test(singular.slice(0, -short.length));
  return short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2;
}

/**
 * Words every compound can end in: "Wieso muss ein Cappuccino 4,60 kosten??" asks nothing about the "Versandkosten".
 */
// "nen schicken Umbau": "schicken" alone (smart, or to send) is not sending back.
const GENERAL_TAILS = new Set(["kosten", "nummer", "nummern", "schicken", "senden", "geben"]);

/**
 * A topic's word said in the comment: as {@link sameWord}, but a compound in the topic is not met by its last word
 * alone when what comes before it is a long word of its own ("Heizlastberechnung" is not every "Berechnung"); a
 * short one still is (a "Stromrechnung" is the "Rechnung" an energy customer means, a "Förderantrag" the "Antrag").
 */
function saysTopicWord(topicWord: string, said: string): boolean {
  if (
    topicWord.length > said.length &&
    topicWord.endsWith(said) &&
    (topicWord.length - said.length >= 8 || GENERAL_TAILS.has(said)) &&
    stem(topicWord) !== stem(said)
  )
    return false;
  return sameWord(topicWord, said);
}

/** What coffee is brewed with, each needing its own grind. */
const BREWERS = "french press|siebträger|siebtraeger|herdkanne|aeropress|v60|moka";

/**
 * What a comment says in other words than a topic's: "hours for the new leipzig spot?" asks the opening hours, "Can I
 * order the Winter Blend to the UK?" whether we ship there, "minus 15 outside" is freezing weather, "heatpump" is a
 * heat pump.
 */
const IMPLIED: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [
    /\bhours\s(?:for|of|at|in)\s(?:the\s|your\s)?(?:new\s)?(?:\p{L}+\s){0,2}?(?:spot|caf[eé]s?|shop|store|branch|location|place|roastery)\b/iu,
    ["opening"],
  ],
  [
    /\b(?:order|send|deliver|post)\w*\b[^.?!]{0,40}\bto\s(?:the\s)?(?:UK|U\.K\.|England|Scotland|Wales|Ireland|Netherlands|Belgium|France|Austria|Switzerland|Italy|Spain|Poland|Denmark|Sweden)\b|\b(?:order|send|deliver|post)\w*\b[^.?!]{0,60}\bin\s(?:London|Manchester|Amsterdam|Rotterdam|Vienna|Paris|Milan|Dublin|Brussels|Copenhagen|Stockholm)\b|\b(?:order|send|deliver|post|ship)\w*\b[^.?!]{0,40}\bto\san?\s(?:English|British|UK|Irish|Dutch|French|Austrian|Swiss|Italian|Spanish|Polish|Danish|Swedish)\s(?:address|postcode)\b/iu,
    ["ship", "shipping", "international"],
  ],
  [
    /(?<!\p{L})(?:minus\s?\d{1,2}|[-−–]\s?\d{1,2}\s?(?:°|grad|degrees)|below (?:zero|freezing)|minusgrad\p{L}*)(?!\p{L})/iu,
    ["freezing", "weather", "frost"],
  ],
  [/\bheatpumps?\b/iu, ["heat", "pump"]],
  // "french press geschenkt bekommen … geht das bei euch dass ihr das schon passend mahlt": the grind asked for.
  [
    new RegExp(
      `(?:${BREWERS})[^?!]{0,160}?\\b(?:mahlt|mahlen|gemahlen|grind|ground)\\b|\\b(?:mahlt|mahlen|grind)\\b[^.?!]{0,60}?(?:${BREWERS})`,
      "iu",
    ),
    ["mahlgrad"],
  ],
  // "Pity you only deliver within Germany though – I'm based in Utrecht": shipping abroad, believed not to be.
  // Not "Shipping within Germany": what is asked about, no belief.
  [
    /\b(?:only\s(?:deliver|ship)\w*|(?:deliver|ship)\w*\sonly)\s(?:within|inside|in)\s(?:germany|deutschland)\b/iu,
    ["ship", "shipping", "international"],
  ],
  // "stimmt das dass man bei euch fast ein jahr auf ne wärmepumpe wartet??": the wait for one.
  [
    /\b(?:(?:wartet|warten|wartest|waits?|waiting)\s(?:\p{L}+\s){0,3}?(?:auf|for|bis)\s(?:so\s)?(?:(?:ne|eine|a|the|eure)\s)?(?:wärmepumpe|waermepumpe|heat pump)|auf\s(?:(?:ne|eine|eure)\s)?(?:wärmepumpe|waermepumpe)\s(?:\p{L}+\s)?(?:wartet|warten|wartest))/iu,
    ["wartezeit"],
  ],
  // "Our house is from the 1950s", "Baujahr 1958": an old house by its age.
  [
    /\b(?:house|home|building) (?:is |was )?(?:from|built in) (?:the )?(?:19[0-7]\d|[1-7]0)s?\b|(?<!\p{L})baujahr (?:19[0-7]\d)(?!\d)/iu,
    ["old", "house", "altbau"],
  ],
  // "Mit welcher Vorlaufzeit muss man bei Ihnen aktuell rechnen … wie lange sind die Monteure dann im Haus?": the wait
  // for the fitting and how long it takes.
  [/(?<!\p{L})(?:vorlaufzeit|vorlauf)(?!\p{L})[^.!?]{0,60}\?/iu, ["wartezeit"]],
  [
    /(?<!\p{L})wie lange (?:sind|bleiben|brauchen|arbeiten) (?:die|eure|ihre) (?:monteure|handwerker|techniker)\b/iu,
    ["einbau", "dauert"],
  ],
  // "trotzdem zieht ihr jeden monat 118€ ein … oder krieg ich das irgendwie selbst runter?": the instalment, lowered.
  [
    /(?<!\p{L})(?:(?:jeden|im|pro) monat (?:\p{L}+ ){0,3}?\d+\s?(?:€|euro)|\d+\s?(?:€|euro) (?:im|pro|jeden) monat)[^?]{0,160}(?<!\p{L})(?:runter|senken|anpassen|ändern|reduzieren|weniger abbucht)(?!\p{L})/iu,
    ["abschlag", "aendern"],
  ],
  // "wie krich ich weniger abgebucht im monat??": the instalment lowered, asked without its name.
  [
    /(?<!\p{L})(?:weniger|mehr)\s(?:abgebucht|abbuchen|abbucht|abgezogen|einziehen|eingezogen)\s(?:\p{L}+\s){0,2}?(?:im|pro|jeden)\smonat(?!\p{L})|(?<!\p{L})(?:im|pro|jeden)\smonat\s(?:\p{L}+\s){0,2}?(?:weniger|mehr)\s(?:abgebucht|abbuchen|abbucht|zahlen)(?!\p{L})/iu,
    ["abschlag", "aendern"],
  ],
  // "zahl ich euch jeden Monat viel zu viel. Kann ich das selber runtersetzen", "kann ich den monatl. Betrag selber n
  // bisschen hochsetzen": the instalment changed, though it is not named.
  [
    /(?<!\p{L})(?:(?:jeden|im|pro) monat (?:\p{L}+ ){0,3}?zu viel|monatl(?:\.|ich\p{L}*) (?:betrag|rate|zahlung))[^?]{0,160}(?<!\p{L})(?:runtersetzen|hochsetzen|senken|erhöhen|anpassen|ändern)(?!\p{L})/iu,
    ["abschlag", "aendern"],
  ],
  // "Hab aus versehen 2x den Espresso bestellt … Kann ich einen davon wieder loswerden": one of them sent back.
  [
    /(?<!\p{L})(?:einen|eine|eins|one) (?:davon|of them) (?:\p{L}+ ){0,2}?(?:loswerden|zurückgeben|zurückschicken|zurücksenden|return|send back)(?!\p{L})/iu,
    ["ruecksendung", "zurueckschicken", "return"],
  ],
  // "could you get a few kilos over to us here" (in Utrecht): shipping to them abroad.
  [/\bget (?:\p{L}+ ){0,3}over to (?:us|me)\b/iu, ["international", "shipping", "ship"]],
  // "Any chance your café is already serving before my 9:30 session on Saturday?": when it opens.
  [
    /\b(?:already|still) (?:serving|open)\b[^.?!]{0,40}\b(?:before|by|at|until|after)\s(?:my\s)?\d/iu,
    ["opening", "hours"],
  ],
  // "Seit die PV aufm Dach is zahlen wir viel zu viel Abschlag … Kann ich den selber runtersetzen": the instalment changed.
  [
    /(?<!\p{L})abschlag\p{L}*\b[^.!?]{0,80}\b(?:runtersetzen|senken|anpassen|zu (?:viel|hoch)|runter)(?!\p{L})/iu,
    ["ändern"],
  ],
  // "gibts bei euch gutscheine?? brauch bis samstag noch n geschenk": asked whether they sell it, to buy one.
  [
    /(?<!\p{L})(?:gibt'?s|gibts|gibt es|habt ihr|verkauft ihr|haben sie|verkaufen sie)\s(?:(?:bei euch|bei ihnen|auch|eigentlich|noch)\s){0,3}(?:\p{L}+\s)?\p{L}+\s*\?|\b(?:do you (?:have|sell|do)|can i (?:get|buy))\s(?:\p{L}+\s){0,2}\p{L}+\s*\?/iu,
    ["kaufen", "buy"],
  ],
  // "Habt ihr in Leipzig am Pfingstmontag auf?": a public holiday by its name.
  [
    /(?<!\p{L})(?:\d\.\s(?:und\s\d\.\s)?weihnachtstag\p{L}*|weihnachtsfeiertag\p{L}*|christmas day|new year'?s day|pfingstmontag|ostermontag|karfreitag|christi himmelfahrt|fronleichnam|tag der deutschen einheit|reformationstag|neujahr|heiligabend|silvester|1\. mai|boxing day|easter monday|good friday|bank holiday)(?!\p{L})/iu,
    ["feiertage", "feiertag"],
  ],
  // "Welche Nummer muss ich anrufen und bis wann ist da jemand?": the service line asked for by its number.
  [
    /(?<!\p{L})(?:welche (?:telefon)?nummer|telefonnummer|nummer (?:vom|des|eures|ihres) (?:kundenservice|service)|number (?:to|i can|can i) call|phone number)(?!\p{L})/iu,
    ["hotline", "kundenservice"],
  ],
];

/** The comment's words, read once for all the topics it is compared with (a long comment meets dozens). */
let lastComment: string | undefined;
let lastRead: { words: string[]; content: string[] } = { words: [], content: [] };
function readComment(comment: string): { words: string[]; content: string[] } {
  if (comment !== lastComment) {
    const all = [...words(comment), ...IMPLIED.flatMap(([pattern, implied]) => (pattern.test(comment) ? implied : []))];
    lastComment = comment;
    // Each word once: a long comment repeats most of its words, and every topic word is compared with each.
    lastRead = {
      words: all,
      content: [...new Set(all.filter((word) => (word.length >= 3 || SHORT_NAMES.has(word)) && !STOP.has(word)))],
    };
  }
  return lastRead;
}

/**
 * How much of a topic the comment says, `undefined` when the comment does not match it: its words found, so
 * "Abschlag senken" outranks "Hotline".
 */
export function topicStrength(comment: string, topic: string): number | undefined {
  if (!matchesTopic(comment, topic)) return undefined;
  const said = readComment(comment).content;
  return content(topic).filter((word) => said.some((other) => saysTopicWord(word, other))).length;
}

export function matchesTopic(comment: string, topic: string): boolean {
  const wanted = content(topic);
  if (wanted.length === 0) return false;
  const said = readComment(comment).content;
  const hits = wanted.filter((word) => said.some((other) => saysTopicWord(word, other))).length;
  // A keyword must occur whole ("heat pump in an old house" is not "the heat pump grant … same house type"); an
  // example question of more than three words mostly.
  const example = /\?\s*$/u.test(topic);
  // "Wann röstet ihr?" is one word and its question: the comment must say that word ("röstet", "röstets"), not only
  // share its stem ("Gibt es den Hafenblick auch als Espresso-Röstung?" asks something else).
  if (example && wanted.length === 1) {
    const [word = ""] = wanted;
    // "Wie lange auf?": a word as general as "lange" is the topic only with the example's other words around it;
    // "so lange auf Eis legen?" asks nothing about the hours.
    if (GENERAL_WORDS.has(word)) {
      const all = words(topic).filter((other) => !PRONOUNS.has(other));
      return askedParts(comment).some((part) => {
        const said = words(part);
        return all.every((other) => said.includes(other));
      });
    }
    // Not a longer word it begins ("offenlegen" does not ask "Wann habt ihr offen?"), and asked, not told: "Andere
    // Röstereien legen offen, was sie zahlen" says the word in a statement. A belief that the company does not do
    // it ("gutted you lot don't ship to the UK anymore") is answered by the same fact.
    // "röstet ihr eigtl auch was ohne koffein?" asks whether they offer a thing, not when they roast.
    // "Röstet ihr im Sommer anders oder packt ihr dann anders ein?": how, not when.
    const parts = (DENIED.test(comment) ? [comment] : askedParts(comment)).filter(
      (part) => !ALSO_OFFERED.test(fold(part)) && !/\b(?:anders|differently)\b/u.test(fold(part)),
    );
    return parts.some(
      (part) =>
        // "erklärt doch mal offen, wo der Aufschlag hingeht": openly, not open for business.
        !(word === "offen" && OPENLY.test(fold(part))) &&
        words(part).some((other) => other.startsWith(word) && other.length - word.length <= 2),
    );
  }
  if (!example || wanted.length <= 3 ? hits === wanted.length : hits / wanted.length >= 0.6) return true;
  // "Wo kann ich meinen Zählerstand eintragen?" asks what "Wo gebe ich meinen Zählerstand ein?" asks: the same
  // question word and every noun of the example, whatever the verb.
  return example && sameQuestion(comment, topic, said);
}

const OPENLY =
  /\b(?:mal|ganz|ehrlich|transparent|ehrlich und)\soffen\b|\boffen\s(?:gesagt|sagen|reden|legen|zugeben|kommunizieren|erklaeren|darlegen|wo|was|wie|warum|wieso|wofuer)\b|\berklaer\w*\s(?:\p{L}+\s){0,2}offen\b/u;
const DENIED = /\b(?:don'?t|do not|doesn'?t|does not|no longer|not anymore|stopped|nicht mehr|keine? mehr)\b/iu;
/** "auch was ohne Koffein", "also something decaf": whether a thing is offered. */
const ALSO_OFFERED = /\b(?:auch|also)\s(?:was|etwas|einen|eine|ein|something|anything|any)\b/u;
const GENERAL_WORDS = new Set([
  "lange",
  "lang",
  "long",
  "spaet",
  "late",
  "frueh",
  "early",
  "viel",
  "much",
  "oft",
  "often",
]);
const PRONOUNS = new Set(["ihr", "du", "sie", "wir", "you", "we", "they"]);

/**
 * "Förderung?", "Passwort weg 😩", "Störung WP 12 😡": a comment of a word or two that names a topic's word and nothing
 * else. Whether that is enough is for the caller to decide: only when one saved reply alone has the word.
 */
export function namesOnly(comment: string, topic: string): boolean {
  const { words: all } = readComment(comment);
  const telling = all.filter((word) => word.length >= 4 && !STOP.has(word));
  if (all.length > 4 || telling.length === 0 || telling.length > 2) return false;
  const wanted = content(topic);
  // "Störung" names the "Störungsdienst": a topic's compound begins with it.
  return telling.every((word) =>
    wanted.some((other) => sameWord(word, other) || (word.length >= 6 && other.startsWith(word))),
  );
}

/**
 * The parts of a comment that ask: a sentence that ends in a question mark, or a clause that opens as a question
 * does ("hi, habt ihr heute offen", "wie lange habt ihr auf").
 */
/** The sentences and clauses of a comment that ask, joined: "" when nothing is asked. */
export function askedOf(comment: string): string {
  return askedParts(comment).join(" ");
}

function askedParts(comment: string): string[] {
  return comment.split(/(?<=[.!?])\s+|\n+/u).flatMap((sentence) => {
    if (/\?\s*$/u.test(sentence)) return [sentence];
    return sentence.split(/[,;:]\s*/u).filter((clause) => ASKS_FIRST.test(clause.trim()));
  });
}
const ASKS_FIRST =
  /^(?:wann|wie|wo|was|welche[nrs]?|habt|hat|haben|seid|ist|sind|gibt|gibts|könnt|kann|macht|when|how|what|where|which|are|is|do|does|can|will)\b/iu;

const QUESTION_WORD = /^(?:wo|wann|wie|woher|wohin|where|when|how)$/u;
function sameQuestion(comment: string, topic: string, said: readonly string[]): boolean {
  const first = words(topic)[0] ?? "";
  if (!QUESTION_WORD.test(first) || !readComment(comment).words.includes(first)) return false;
  // "Bietet ihr auch sowas wie Firmenlieferungen an?": "wie" of a comparison asks nothing.
  if (first === "wie" && !/(?<!\b(?:so|sowas|soetwas|etwas|was|genauso|ebenso|so etwas)\s)\bwie\b/u.test(fold(comment)))
    return false;
  const nouns = (topic.match(/(?<=\s)\p{Lu}[\p{L}-]{2,}/gu) ?? []).map(fold);
  return nouns.length > 0 && nouns.every((noun) => said.some((other) => sameWord(noun, other)));
}
