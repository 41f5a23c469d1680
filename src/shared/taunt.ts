/**
 * A taunt at the company's customers, whatever kind word it wears: "… mit euren tollen Wärmepumpen 🥶😂 viel Spaß beim
 * Frieren", "enjoy ur ice house lads", "Did the AI generate your customers as well? 🤖😂", "… that's a fridge turned
 * inside out, please seek help 😭". The analysis reads it as mockery; the replies leave it alone or answer it with
 * one factual line, never with thanks. A claim of ours quoted with a figure and laughed at opens one too: "Wärmepumpe
 * bis minus 20 Grad 😂😂 bei mir wärmt nur die Jahresabrechnung".
 */
export const TAUNT =
  /(?<!\p{L})(?:(?:is|are) a myth like|(?:ist|sind) ein mythos wie|like bigfoot|wie bigfoot|wie das ungeheuer von loch ness|like the loch ness monster|viel spa(?:ß|ss) beim (?:frieren|warten|zahlen|bezahlen|bibbern)|enjoy (?:ur|your) (?:ice|cold|freezing)\p{L}*|have fun (?:freezing|paying|waiting)|enjoy (?:freezing|paying|waiting|the cold)|did (?:the )?(?:ai|chatgpt|a bot|a robot) (?:generate|make|write|draw)|hat (?:die )?(?:ki|chatgpt) (?:eure|ihre) \p{L}+ (?:auch )?(?:generiert|gemacht|erfunden)|hauptsache (?:die|der|das) \p{L}+ (?:freuen|freut) sich|can'?t wait for (?:your|the) (?:series [a-z]|ipo|nft|blockchain)\p{L}*|(?:please |pls |plz )?seek (?:professional )?help|(?:lasst|lass) (?:euch|dich) (?:mal )?(?:helfen|behandeln|untersuchen))(?!\p{L})|^[^.!?\n]{0,60}?(?:\d|["„“‚'])[^.!?\n]{0,40}?\s?(?:😂|🤣){2,}/iu;
