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
];

/** Advertising that is spam on its own or with one link. */
export const SPAM_STRONG = [
  "klick|klicke|klickt ~1 hier|link",
  "link in ~1 bio|profil|profile",
  "schau|schaut|schaue ~2 mein|meinem|meine|meinen ~1 profil|seite|kanal|bio",
  "folg|folgt ~1 mir",
  "verdien*|verdient ~4 euro|eur|tag|woche|zuhause|hause|monat",
  "passives einkommen",
  "nebenverdienst",
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
  "buy|kauf|kaufe|kauft ~2 followers|follower|likes|views|abonnenten|subscribers",
  "cheap|billig|billige ~1 followers|follower|likes|views",
];

/** Words that are common in spam but also in real questions ("my bitcoin withdrawal"): they only add up. */
export const SPAM_WEAK = [
  "bitcoin|krypto*|crypto*|forex|btc|ethereum|nft*",
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
];
