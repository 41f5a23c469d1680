/**
 * What was chosen and what came instead, told in that order: "Ich hatte French Press Mahlgrad ausgewählt und
 * bekommen hab ich Espresso-fein", "hab Hafer bestellt, bekommen habe ich (aber) Kuhmilch", 'extra "für French Press"
 * angeklickt und bekommen hab ich Pulver', "… bekommen hab ich zwei Tüten ganze Bohnen". Group 1 is what was chosen,
 * group 2 what came. Only a case when the two differ ("Hafermilch bestellt und auch Hafermilch bekommen" is thanks).
 * The analysis reads it as the customer's case, the reply says both back.
 */
export const CHOSEN_GOT =
  /(?<!\p{L})(?:["„“]für\s)?((?:\p{Lu}[\p{L}-]+\s){0,2}\p{Lu}[\p{L}-]+)["“”]?\s(?:ausgewählt|gewählt|bestellt|angeklickt)\s?(?:,|und)\s(?:bekommen|erhalten|geliefert)\s(?:hab|habe|haben|hat)\s(?:ich|wir)\s(?:aber\s|leider\s|dann\s|stattdessen\s)?((?:(?:\d{1,2}|zwei|drei|vier|fünf)\s\p{Lu}[\p{L}-]+\s(?:\p{Ll}+e[nrs]?\s)?)?\p{L}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u;

/** "statt Filterkaffee kam Espresso-Mahlung": what came in place of what was ordered, told the other way round. */
export const INSTEAD_CAME =
  /(?<!\p{L})(?:[Ss]tatt|[Aa]nstatt)\s(?:de[rsmn]\s|die\s|das\s)?(\p{Lu}[\p{L}-]{2,30})\s(?:kam|kamen|war|waren|lag|lagen|gab es|gab's|bekam ich|habe ich|hab ich)\s(?:eine?n?\s|die\s|der\s|das\s)?(\p{Lu}[\p{L}-]{2,30})(?!\p{L})/u;

/** "dann wars auch noch Kuhmilch statt Hafer": what it was, and what it should have been. */
export const WAS_INSTEAD =
  /(?<!\p{L})(?:war|wars|war's|ist|gab's|gab es)\s(?:auch noch\s|dann\s|natürlich\s|wieder\s)?(?:eine?n?\s)?(\p{Lu}[\p{L}-]{2,30})\s(?:statt|anstatt)\s(?:eine?r?s?\s)?(\p{Lu}[\p{L}-]{2,30})(?!\p{L})/u;

/** "ordered 2x Colombia whole bean (order #KK-77314), got 2x Ethiopia Guji ground": counted, named by origin. */
export const COUNTED_GOT =
  /\b[Oo]rdered\s\d{1,2}\s?x\s(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\b[^.!?]{0,60}?,\s(?:but\s)?(?:I\s|we\s)?(?:got|received)\s\d{1,2}\s?x\s(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u;

/** "Bestellt: Kolumbien Huila, 1 kg, normal. Geliefert: 1 kg Kolumbien ENTKOFFEINIERT.": the two set side by side. */
const LISTED_GOT =
  /\b(?:Bestellt|Ordered):\s*(?:\d+\s?(?:kg|g|x)\s)?([^,.;!?\n]{2,40}?)[,.;][\s\S]{0,60}?\b(?:Geliefert|Bekommen|Erhalten|Angekommen|Delivered|Got|Received|Arrived):\s*(?:\d+\s?(?:kg|g|x)\s)?([^,.;!?\n]{2,40})/u;
/**
 * "2 kg Äthiopien Guji bestellt (Bestellung KK-48213), angekommen ist EINE Tüte Brasil Santos": what came instead.
 * "5 kg ganze Bohnen Espresso bestellt (Bestellung 51190). Gekommen sind 5 kg gemahlen für Filter."
 * Not "Gekommen ist gestern EIN Beutel, und der war …": the day it came and the bag are no goods in place of others.
 */
const ORDERED_CAME_DE =
  /(?<!\p{L})((?:(?:ganze|gemahlene|entkoffeinierte)\s)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})\s(?:als\s[\p{L} ]{2,20}\s)?bestellt\b[^.!?]{0,80}?[,;.]?\s(?:[Aa]ngekommen|[Gg]ekommen|[Gg]eliefert)\s(?:ist|sind|wurde|wurden)\s(?:(?:heute|gestern|endlich|jetzt|nun)\s)?(?:(?:[Ee]ine?|EINE?|1|[Nn]ur|NUR)\s)?(?:\d{1,3}\s?(?:kg|g)\s)?(?:(?:Tüte|Packung|Beutel|Sack|Glas|kg)\s)?(?!(?:(?:[Ee]ine?|EINE?|1)\s)?(?:Tüte|Packung|Beutel|Sack|Glas|Paket|Karton)(?!\p{L}))(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}(?:\s(?:ge\p{Ll}+(?:en|t)|entkoffeiniert|koffeinfrei))?|ge\p{Ll}+(?:en|t)(?:\sfür\s\p{Lu}[\p{L}-]+)?)(?!\p{L})/u;
/** "den Guji als GANZE BOHNEN bestellt. Heute kommt das Paket und was ist drin? Gemahlen.": the answer to "what's in it". */
const ASKED_AS_DE =
  /\bals\s(\p{L}[\p{L} ]{2,28}?)\sbestellt\b[\s\S]{0,80}?\b(?:drin|drinnen)\?\s*(\p{L}[\p{L}-]{2,30})/u;
/** "extra ganze Bohnen angeklickt, und was kommt? gemahlen.": the answer to "what came". */
const CLICKED_ASKED_DE =
  /(?<!\p{L})(?:extra\s)?((?:\p{L}+\s){0,2}\p{L}+)\s(?:angeklickt|ausgewählt|gewählt|bestellt)\b[^.!?]{0,30}?\bwas\s(?:kommt|kam|ist drin|war drin)\?\s*(\p{L}[\p{L}-]{2,30})/u;
/** "2x Guji Hambela 500g als GANZE BOHNEN, angekommen ist heute alles fein gemahlen für Siebträger". */
const AS_ARRIVED_DE =
  /\bals\s(\p{L}[\p{L} ]{2,28}?)[,;]\s(?:[Aa]ngekommen|[Gg]ekommen|[Gg]eliefert)\s(?:ist|sind|wurde|wurden)\s(?:heute\s|gestern\s|aber\s|leider\s|alles\s)*(?:fein\s|grob\s)?(gemahlen(?:\sfür\s\p{Lu}[\p{L}-]+)?|ganze\sBohnen|GANZE\sBOHNEN)/u;
/** "Zum DRITTEN mal Hafer Flat White bestellt, zum dritten mal Kuhmilch drin": what was in it. */
const ORDERED_IN_DE =
  /(?<!\p{L})((?:\p{Lu}[\p{L}-]+\s){0,2}\p{Lu}[\p{L}-]+)\sbestellt,?\s(?:und\s)?(?:(?:zum\s\p{L}+\smal|schon wieder|wieder|trotzdem|aber|dann)\s)*(\p{Lu}[\p{L}-]+)\sdrin(?!\p{L})/u;
/** "bestellt hatte ich 1 kg Hochland Äthiopien als ganze Bohnen, gekommen sind 250 g Espresso gemahlen". */
const HAD_ORDERED_DE =
  /\bbestellt\shatte\s(?:ich|wir)\s(?:\d+\s?(?:kg|g)\s)?(\p{L}[\p{L} ]{2,40}?),\s(?:[Gg]ekommen|[Gg]eliefert|[Aa]ngekommen)\s(?:sind|ist)\s(?:\d+\s?(?:kg|g)\s)?(\p{L}[\p{L} ]{2,40}?)(?=[.!?,;]|$)/u;
/** "kam aber für Filter gemahlen statt für Siebträger": came as something else than ordered. */
const CAME_INSTEAD_DE =
  /\b(?:kam|kamen)\s(?:aber\s|leider\s|dann\s)*([\p{L}][\p{L} -]{2,30}?)\s(?:statt|anstatt)\s([\p{L}][\p{L} -]{2,30}?)(?=[.,!?;)]|\s(?:an|und|bei)\b)/u;
/** "ordered beans ground for my moka pot. got whole beans.": told in two short sentences. */
const ORDERED_DOT_GOT_EN =
  /\b[Oo]rdered\s((?:the\s|some\s|an?\s)?[a-z][\w-]*(?:\s[\w-]+){0,5}?)[.;]\s+(?:(?:and|but)\s)?(?:(?:I|we)\s)?(?:got|received)\s((?:[a-z]+\s)?[a-z]+)\b/u;
/** "Ordered decaf for my wife … and the bag that came is your regular espresso blend". */
const ORDERED_CAME_EN =
  /\b[Oo]rdered\s((?:the\s|some\s|an?\s)?[a-z][\w-]*(?:\s[\w-]+){0,2}?)\s(?:for|because|but|and)\b[^.!?]{0,80}?\b(?:the (?:bag|box|one|pack)|what) (?:that )?(?:came|arrived)\s(?:is|was)\s(?:your\s|the\s|an?\s)?([a-z][\w-]*(?:\s[a-z][\w-]*){0,2})/u;
/** "schickt mir gemahlenen Kaffee, obwohl ich GANZE BOHNEN bestellt hab". */
const SENT_ALTHOUGH_DE =
  /\b(?:schickt|schicken|schickte|geschickt|geliefert|bekommen|bekam|kam|kamen)\s(?:mir\s|uns\s)?((?:\p{L}+\s){0,2}?\p{L}+),?\s(?:obwohl|dabei)\s(?:ich|wir)\s(?:doch\s|extra\s)?(\p{L}[\p{L} ]{2,30}?)\s(?:bestellt|gewählt|ausgewählt)/u;
const NOT_GOODS =
  /(?<!\p{L})(?:nichts|nix|nothing|erst|am|um|seit|bis|heute|gestern|morgen|uhr|tage?n?|wochen?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?!\p{L})/iu;
/** "ordered 2 bags of Brazil Cerrado, opened one this morning → DECAF", "ordered the Espresso Blend … Bag arrived today: whole beans". */
const ORDERED_ARROW_EN =
  /\b[Oo]rdered\s(?:\d+\s(?:bags?|kg|packs?|boxes?)\sof\s|the\s|an?\s)?([A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2})[\s\S]{0,120}?(?:→|->|arrived(?: today)?:|came:|turned out to be)\s*([A-Za-z][\w-]+(?:\s[a-z][\w-]+)?)/u;

/**
 * Said back in ordinary case: "ENTKOFFEINIERT" → "entkoffeiniert", "DECAF" → "decaf"; a shouted German phrase of
 * several words keeps its noun's capital ("GANZE BOHNEN" → "ganze Bohnen").
 */
function quietly(phrase: string, german: boolean): string {
  const words = phrase.trim().split(/\s+/u);
  const loud = (word: string) => /^\p{Lu}{3,}$/u.test(word);
  return words
    .map((word, at) => {
      if (!loud(word)) return word;
      const small = word.toLowerCase();
      const noun = german && at === words.length - 1 && at > 0 && loud(words[at - 1] as string);
      return noun ? small.charAt(0).toUpperCase() + small.slice(1) : small;
    })
    .join(" ");
}

/** "gemahlenen kaffee", written small, is said back with the noun's capital: "gemahlenen Kaffee". */
function nounCapital(phrase: string): string {
  return phrase.replace(
    /^(\p{Ll}+(?:en|er|es|em|e)\s)(\p{Ll})(\p{Ll}+)$/u,
    (_all, adjective: string, first: string, rest: string) => `${adjective}${first.toUpperCase()}${rest}`,
  );
}

/** "Gemahlen." opening a sentence is still the participle: "dass du gemahlen … bekommen hast". */
function participle(word: string): string {
  return /^Ge\p{Ll}+(?:en|t)$/u.test(word) ? word.toLowerCase() : word;
}

/** "hab ich 2x gesagt HAFER und trotzdem Kuhmilch im Cappuccino bekommen": asked for one, and given the other anyway. */
// "hab extra 2x gesagt hafer weil ich laktoseintolerant bin. trotzdem kuhmilch bekommen": in small letters, with the
// reason between.
const SAID_STILL_GOT_DE =
  /\b(?:gesagt|betont|verlangt|gewünscht)\s["„“]?(?!(?:dass|ich|wir|es|das|die|der|den|nur|extra|ihr|euch|bitte|noch|und|aber)\b)(\p{L}[\p{L}-]+)["“”]?(?:\s[^.!?]{0,60}[.!?])?,?\s(?:(?:und|aber)\s)?(?:trotzdem|dennoch)\s(?:eine?n?\s)?(\p{L}[\p{L}-]+)\s(?:\p{L}+\s){0,3}?(?:bekommen|gekriegt|jekriegt|serviert|erhalten)\b/u;

const MAY_SWAP = /tatt|bekommen|erhalten|geliefert|got|received|estellt|rdered|wählt|geklickt/u;

/** The chosen and the got, when they differ. */
export function chosenAndGot(text: string): { chosen: string; got: string; said: string } | undefined {
  // Each pattern needs one of these words as written; the patterns themselves cost far more than this look.
  if (!MAY_SWAP.test(text)) return undefined;
  const german = /[äöüß]|\b(?:bestellt|und|ist|der|die|das|ich|hab|habe|weil|euch|nicht)\b/iu.test(text);
  const side =
    LISTED_GOT.exec(text) ??
    ORDERED_CAME_DE.exec(text) ??
    ASKED_AS_DE.exec(text) ??
    CLICKED_ASKED_DE.exec(text) ??
    AS_ARRIVED_DE.exec(text) ??
    ORDERED_IN_DE.exec(text) ??
    HAD_ORDERED_DE.exec(text) ??
    ORDERED_ARROW_EN.exec(text) ??
    ORDERED_DOT_GOT_EN.exec(text) ??
    ORDERED_CAME_EN.exec(text);
  const sent = side ? null : SENT_ALTHOUGH_DE.exec(text);
  if (sent?.[1] && sent[2] && !NOT_GOODS.test(`${sent[1]} ${sent[2]}`))
    return { chosen: quietly(sent[2], german), got: nounCapital(sent[1].trim()), said: sent[0] };
  if (side?.[1] && side[2] && side[1].trim().toLowerCase() !== side[2].trim().toLowerCase()) {
    // "beans ground for my moka pot" is said back as theirs: "for your moka pot".
    const chosen = quietly(side[1], german).replace(/\bmy\b/gu, "your");
    return { chosen, got: participle(quietly(side[2], german)), said: side[0] };
  }
  const came = CAME_INSTEAD_DE.exec(text);
  // "kam erst am Samstag statt Mittwoch", "kam bis heute nichts statt zwei Päckchen": late or nothing, not swapped.
  if (came?.[1] && came[2] && !NOT_GOODS.test(`${came[1]} ${came[2]}`))
    return { chosen: came[2].trim(), got: came[1].trim(), said: came[0] };
  const insisted = SAID_STILL_GOT_DE.exec(text);
  if (insisted?.[1] && insisted[2] && insisted[1].toLowerCase() !== insisted[2].toLowerCase()) {
    // "HAFER" is said back as the noun it is: "Hafer".
    const chosen = quietly(insisted[1], german);
    const noun = (word: string) => (german ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word);
    return { chosen: noun(chosen), got: noun(insisted[2]), said: insisted[0] };
  }
  const was = WAS_INSTEAD.exec(text);
  if (was?.[1] && was[2] && was[1] !== was[2]) return { chosen: was[2], got: was[1], said: was[0] };
  const match = CHOSEN_GOT.exec(text) ?? INSTEAD_CAME.exec(text) ?? COUNTED_GOT.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const [said, chosen, got] = match as unknown as [string, string, string];
  if (chosen.toLowerCase().includes(got.toLowerCase()) || got.toLowerCase().includes(chosen.toLowerCase()))
    return undefined;
  return { chosen, got, said };
}
