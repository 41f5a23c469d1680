/**
 * Harassment (telling someone to kill themselves, sexual advances, exposing private data, stalking) and spam
 * (advertising, links and contact bait that have nothing to do with the post).
 */

export const HARASSMENT_PATTERNS = [
  // German
  "bring dich ~2 um",
  "bringt euch ~2 um",
  "haeng dich ~2 auf",
  "haengt euch ~2 auf",
  "geh|geht ~2 sterben",
  "toete|toetet dich|euch ~2 selbst",
  "niemand ~2 dich|euch ~2 vermissen",
  "zeig|zeigt|zeigen ~3 titten|brueste|busen|arsch|nackt*|muschi",
  "schick|schickt|sende ~3 nackt*|nudes|nacktbilder|titten",
  "ich|wir ~2 will|wil|moechte|moechten ~2 dich|sie|euch ~2 ficken|bumsen|vogeln|flachlegen",
  "ich|wir ~2 fick*|bums* ~1 dich|deine|sie|euch",
  "gehoer*|gehort ~3 vergewaltigt|gefickt|durchgefickt",
  "{person} ~3 vergewaltig*",
  "vergewaltig* ~2 {person}",
  "geile ~1 schlampe|sau|stute",
  "ich|wir ~3 veroeffentliche*|poste|posten|verbreite* ~3 adresse|nummer|handynummer|fotos|bilder",
  "ich|wir ~1 beobachte|beobachten ~1 dich|euch",
  // English
  "kill|hang ~1 yourself|yourselves|urself|yoself",
  "kys",
  "go|pls|please ~1 die",
  "nobody|noone ~3 miss ~1 you|u",
  "show|send ~3 tits|boobs|titties|nudes|pussy|naked",
  "i|we ~2 want|wanna|would ~2 fuck|bang|smash|rape ~1 you|u|her|ya",
  "should ~1 be|get ~1 raped",
  "rape ~1 you|u|her|him|them",
  "i|we ~2 post|leak|publish|share ~3 your|ur|her|his ~1 address|number|photos|pics|nudes",
  "im|i ?am watching you|u",
  // Staff sought out or looked at: "Weiß jemand, wo die wohnt?", "Send me her number", "does she do private tastings?".
  "wo ~1 die|der|sie|er ~1 wohnt",
  // "hab gesehen welche Bahn sie nach Schichtende nimmt", "I know which bus she takes home": her way home watched.
  "gesehen|weiss|kenne|weis ~3 welche|welchen ~1 bahn|tram|bus|zug|linie|weg ~3 sie|er",
  "know|seen|saw|noticed ~3 which ~1 train|bus|tram|route|way ~3 she|he",
  // "ich weiß inzwischen, wann ihre Schicht endet und welchen Weg sie nach Hause nimmt": her hours and way watched.
  "weiss|weis|kenne|wissen ~3 wann ~1 ihre|seine|deine|eure ~1 schicht|dienst|feierabend",
  "welchen ~1 weg ~1 sie|er ~2 nach ~1 hause",
  "know|knows ~3 when ~1 her|his|your ~1 shift",
  "which ~1 way ~1 she|he ~1 walks|goes|takes ~1 home",
  // Others called on to seek staff out: "pay the staff at their café a little visit … you all know what to do. Names
  // are on their Insta", "Schreibt doch mal die Namen … hier rein … wem sie mal persönlich ihre Meinung sagen können".
  "pay ~6 a ~1 little|personal|friendly ~1 visit",
  "show ~1 them ~2 what ~1 we ~1 think ~3 of",
  "you ~1 all ~1 know ~1 what ~1 to ~1 do",
  "ihr ~1 wisst ~2 was ~2 zu ~1 tun",
  "names ~2 are ~3 on ~2 their|his|her ~1 insta|instagram|facebook|profile|page|website",
  "namen ~2 von|der ~2 den|der|dem|die|beiden|eurer|euren ~2 barista|baristas|mitarbeiter*|mitarbeiterin*|verkaeufer*|angestellte*|techniker*|monteur*|kassierer*|bedienung*|fahrer* ~6 hier ~1 rein",
  "persoenlich ~2 ihre|seine|die ~1 meinung ~1 sagen|geigen",
  // "I'll be posting his private mobile number and home address".
  "ill|well|i|we ~3 posting|post|leaking|leak|publishing|publish|sharing|share ~3 his|her|their|your ~3 number|address|addresses|numbers",
  "wann ~1 hat|hast ~1 die|sie|der|er ~1 feierabend|schluss|dienstschluss",
  "when ~1 does ~1 she|he ~2 finish|get ~1 off",
  "where ~1 she|he ~1 lives",
  // A staff member's home told in public: "… lives in Köln-Nippes on Neusser Straße".
  "lives|wohnt ~1 in ~4 strasse|street|road|allee|gasse",
  "hat ~1 die|sie|der|er ~2 private|privat|privatnummer|handynummer ~1 nummer",
  "send|give|dm ~2 me ~1 her|his ~1 number|address|insta|private",
  "schickt|gebt ~2 mir ~2 ihre|seine ~1 nummer|handynummer|adresse",
  "schickt ~2 sie|ihn ~2 mir ~3 vorbei",
  "does|do|would ~1 she|he ~3 private|privately",
  "in|into ~1 my ~1 bedroom",
  // Not "brummt bis ins Schlafzimmer": a noise that carries, no one invited in.
  "mich|dich|sie|ihn|euch|uns ~3 ins ~1 schlafzimmer",
  "komm|kommst|kommt|mitkommen ~3 ins ~1 schlafzimmer",
  "engere|enge|kuerzere|knappe ~1 shirts|oberteile|hosen|roecke|tops|kleidung ~2 anziehen|tragen",
  "tighter|shorter ~1 shirts|tops|skirts|clothes ~2 wear",
  "bei ~1 mir ~2 zuhause|daheim ~6 ohne ~1 schuerze|hose|shirt|bh|unterwaesche|klamotten",
  "love|like ~2 to ~1 grind|bang|smash ~1 with|her|him",
];

/** Advertising that is spam on its own or with one link. */
export const SPAM_STRONG = [
  "klick|klicke|klickt ~1 hier|link",
  "link in ~1 bio|profil|profile",
  // "gerne direkt bei mir melden – Link im Profil", "Schaut mal auf meinem Profil vorbei, da gibts grad 5 iPhones".
  "link ~1 im ~1 profil",
  "schau|schaut|schaue ~3 mein|meinem|meine|meinen ~1 profil|seite|kanal|bio",
  "iphones|iphone ~2 zu ~1 gewinnen",
  "folg|folgt ~1 mir",
  "verdien*|verdient ~4 euro|eur|tag|woche|zuhause|hause|monat",
  "passives einkommen",
  "nebenverdienst",
  // "Ich helfe Gastro-Unternehmern, in 90 Tagen ihren Umsatz zu verdoppeln. Kostenloses Erstgespräch unter …".
  "kostenloses|kostenlose|gratis ~1 erstgespraech|beratungsgespraech|strategiegespraech|analysegespraech",
  "umsatz|umsaetze|gewinn ~3 verdoppeln|verdreifachen|vervielfachen",
  "free ~1 strategy|discovery|consultation ~1 call|session",
  "double|triple ~2 your|their ~1 revenue|sales|income|turnover",
  "gratis|kostenlos|kostenlose ~2 iphone|follower|likes|gutschein|geschenk",
  "click ~1 here|link",
  "check ~1 out ~1 my",
  "check my ~1 profile|page|channel|bio",
  "subscribe ~1 to ~1 my",
  "earn ~4 dollars|usd|day|week|month|home|weekly|daily",
  "make ~2 money|cash|dollars|usd",
  // "Make 3000€ a week from home!!".
  "make|making|earn|earning ~3 a|per ~1 week|day|month",
  "work from home",
  "free ~2 iphone|followers|likes|giftcard|money|crypto|bitcoin|signals|nft",
  // "FOLLOW ME FOR FREE CRYPTO TIPS".
  "follow ~1 me|my ~3 free|tips|crypto|money|profit|profits|signals",
  "limited offer",
  "onlyfans",
  "sugar daddy|mommy",
  "hot singles",
  // "Bei SolarDirekt bekommen Sie PV-Module ab Lager zu Großhandelspreisen – jetzt Angebot sichern unter …".
  "angebot|rabatt|platz|vorteil ~1 sichern ~2 unter|auf|bei|hier",
  "zu ~1 grosshandelspreisen|grosshandelspreise",
  // "I am Captain Ryan from US Army on peace mission. I saw your profile and want to be good friends, please accept my
  // request": the romance scam's opening lines.
  "army ~2 on ~1 a ~1 peace ~1 mission",
  "army ~2 on ~1 peace ~1 mission",
  "saw ~1 your ~1 profile ~4 friends|friend|know ~1 you",
  "accept ~1 my ~2 friend ~1 request",
  "accept ~1 my ~1 request",
  "hello ~1 dear",
  "hallo ~1 meine|mein ~1 liebe|lieber ~3 profil",
  "dein|ihr ~1 profil ~1 gesehen ~4 freunde|freundschaft|kennenlernen",
  "buy|kauf|kaufe|kauft ~2 followers|follower|likes|views|abonnenten|subscribers",
  "cheap|billig|billige ~1 followers|follower|likes|views",
  // "10.000 echte Follower für nur 29 € kaufen".
  "follower|followers|likes|abonnenten|views ~5 kaufen|buy",
  "real ~1 followers",
  // "Wir bringen euch 10.000 echte Follower in 7 Tagen", "Mit diesem einen Trick zahlst du 0 €".
  "echte ~1 follower",
  "diesem ~1 einen ~1 trick",
  "this ~1 one ~1 trick",
  // Scams and fake giveaways: "Kundennummer + IBAN bestätigen", "Claim yours before midnight", "turned €300 into …".
  "iban|kundennummer|kartendaten|kreditkarte|zugangsdaten ~4 bestaetigen|eingeben|verifizieren",
  "card ~1 details|number ~4 confirm|enter|verify|required|needed",
  "confirm|enter|verify ~3 card ~1 details|number",
  "claim ~1 yours|your|now ~3 before|today|now|here",
  "jetzt ~2 teilnehmen|mitmachen ~4 hier",
  "turned|turn ~4 into ~6 weeks|days|months",
  "limited ~1 spots|places|slots",
  // "only 5 spots left!!", "Made €4,300 this week with crypto signals", "Dein Dach kann dir 2.000 € im Monat bringen".
  "only ~2 spots|places|slots|seats ~1 left",
  "made|making ~4 this|last|a|per|in|every ~1 week|month|day|days",
  "dir|you ~5 im|pro|a|per ~1 monat|woche|month|week ~1 bringen|einbringen|make|earn",
  "schreib|schreibt|message|text|contact ~2 mir|me ~2 auf|on|via|ueber ~1 whatsapp|telegram",
  "nur ~3 plaetze ~2 frei|uebrig",
  "ohne ~1 vorkenntnisse|vorwissen",
  "no ~1 experience ~1 needed|necessary|required",
  "keine ~1 erfahrung|vorkenntnisse ~1 noetig|notwendig|erforderlich",
  "ausschliesslich|nur ~2 per|ueber|via ~1 whatsapp|telegram|signal",
  "passwort|passwoerter|zugangsdaten|pin|tan|password|login ~6 schicken|senden|zusenden|bestaetigen|send|confirm|reply",
  "schicken|senden|schickt|sendet|send|reply|dm|pm|message ~8 passwort|zugangsdaten|pin|tan|password|login ~1 details|daten|email|e-mail",
  "dm|pm|message ~6 password|passwort|zugangsdaten",
  // A fake support account under a complaint: "Hi, I'm from Rheinwerk support", "hier ist der … Kundenservice".
  "i'm|im|i ~2 from ~3 support|customer ~1 service|helpdesk",
  "schicken|senden|schickt|sendet|send ~12 passwort|zugangsdaten|password",
  // "… sonst wird Ihr Vertrag gesperrt", "or your account will be suspended": the phisher's deadline.
  "sonst|otherwise ~6 gesperrt|geloescht|deaktiviert|suspended|locked|deleted|deactivated",
  "lonely|hot|horny|single ~1 girls|women|ladies|singles|milfs",
  "private ~1 pics|pictures|photos|bilder|fotos",
  "vom ~1 sofa|handy ~1 aus",
  "nebenbei ~6 verdient|gemacht|verdienen",
];

/** Words that are common in spam but also in real questions ("my bitcoin withdrawal"): they only add up. */
export const SPAM_WEAK = [
  "bitcoin|krypto*|crypto*|forex|btc|ethereum|nft*",
  // "Wir bei der Nordlicht Dämmtechnik GmbH … gerne direkt bei mir melden – Link im Profil": a firm touting for work.
  "bei ~1 mir ~1 melden",
  "dm ~1 me ~3 for|if",
  "investier*|invest ~2 jetzt|now|today",
  "whatsapp|telegram",
  "promo code",
  "gutscheincode|rabattcode|promocode",
  "follow ~1 me|my",
  "schreib|schreibt|kontaktier* ~2 mir|mich ~2 pn|dm|privat",
  "dm ~1 me",
  "message me",
  "gains",
  "giveaway",
  "get|getting ~1 rich",
  "reich ~1 werden",
  "gewinnspiel",
  // "Folgt mir doch auch mal, ich verlose JEDEN Tag iPhones … insta: gewinn.queen.mia".
  "ich|wir ~1 verlose|verlosen",
  "insta|instagram|tiktok ~1 gewinn*|giveaway*",
  "per ~1 privatnachricht|pn|dm|direktnachricht",
  "no ~1 signup|sign-up|registration",
  "onboarding ~2 fee|kit",
  "buy ~1 now",
  "guaranteed",
  "garantiert",
  "trading",
];
