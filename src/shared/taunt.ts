/**
 * A taunt at the company's customers, whatever kind word it wears: "… mit euren tollen Wärmepumpen 🥶😂 viel Spaß beim
 * Frieren", "enjoy ur ice house lads", "Did the AI generate your customers as well? 🤖😂", "… that's a fridge turned
 * inside out, please seek help 😭". The analysis reads it as mockery; the replies leave it alone or answer it with
 * one factual line, never with thanks. A claim of ours quoted with a figure and laughed at opens one too: "Wärmepumpe
 * bis minus 20 Grad 😂😂 bei mir wärmt nur die Jahresabrechnung". So is praise that holds only where no heating is needed:
 * "perfect for heating your house, as long as your house is in Spain 🥶". So is a price set up to be laughed at ("lmao
 * imagine paying 16 bucks for beans that …") and a next folly pictured ("fehlt nur noch, dass ihr die Bohnen mit
 * Bio-Tränen von Einhörnern röstet").
 */
export const TAUNT =
  /(?<!\p{L})(?:as long as (?:your|ur|the|my) (?:house|home|flat) is in (?:spain|portugal|italy|greece|dubai|the sahara|mallorca|the tropics|africa|egypt)|solange (?:dein|euer|das|mein)e? (?:haus|wohnung|bude) in (?:spanien|portugal|italien|griechenland|dubai|der sahara|mallorca|afrika|ägypten|den tropen) (?:steht|liegt)|(?:is|are) a myth like|(?:ist|sind) ein mythos wie|like bigfoot|wie bigfoot|wie das ungeheuer von loch ness|like the loch ness monster|viel spa(?:ß|ss) beim (?:frieren|warten|zahlen|bezahlen|bibbern)|enjoy (?:ur|your) (?:ice|cold|freezing)\p{L}*|enjoy (?:ur|your) \d{1,2}\s?°\s?c?\s(?:living room|house|home|flat|lounge)|have fun (?:freezing|paying|waiting)|enjoy (?:freezing|paying|waiting|the cold)|did (?:the )?(?:ai|chatgpt|a bot|a robot) (?:generate|make|write|draw)|hat (?:die )?(?:ki|chatgpt) (?:eure|ihre) \p{L}+ (?:auch )?(?:generiert|gemacht|erfunden)|hauptsache (?:die|der|das) \p{L}+ (?:freuen|freut) sich|can'?t wait for (?:your|the) (?:series [a-z]|ipo|nft|blockchain)\p{L}*|(?:please |pls |plz )?seek (?:professional )?help|(?:lasst|lass) (?:euch|dich) (?:mal )?(?:helfen|behandeln|untersuchen)|^(?:(?:lmao|lol|lmfao|bro|ok|okay)\s)?imagine (?:paying|spending|buying|drinking|queuing|queueing) \S+|fehlt (?:jetzt )?nur noch,? dass (?:ihr|die|der|jeder))(?!\p{L})|^[^.!?\n]{0,60}?(?:\d|["„“‚'])[^.!?\n]{0,40}?\s?(?:😂|🤣){2,}/iu;
