/**
 * Small talk on a company's page: the weather, a holiday, the match tonight, a dog, personal news, good wishes to
 * everyone. Nothing in it is asked of the company or said of what it does, so no reply is owed; a like is enough.
 * Read only when nothing else is: a complaint, sarcasm, a request, a question to the company, praise of its things
 * or the company named in the sentence make it the company's matter again ("Bei dem Wetter genau richtig: euer Cold
 * Brew", "Habt ihr bei dem Schnee offen?", "Sturm heute, bei euch auch Stromausfall?").
 */

/** What small talk is about, German and English; each alternative a whole word or a phrase. */
const TOPICS = new RegExp(
  `(?<![\\p{L}\\p{Extended_Pictographic}])(?:${[
    // The weather and the seasons.
    "sonnenschein|sonnig\\p{L}*|die sonne|regnet\\p{L}*|regen|schüttet\\p{L}*|schuettet\\p{L}*|wie aus eimern",
    "schnee|schneit|geschneit|spiegelglatt|glatteis|nebel|neblig|gewitter|hitzewelle|wetter|endlich frühling",
    "sunshine|sunny|raining|rainy|pouring|snow|snowed|snowing|fog|foggy|weather|heatwave|finally spring",
    // "hier in bonn hagelt es grad murmelgroß", "Finally some sun in Berlin after two weeks of grey".
    "hagel|hagelt|gehagelt|hailing|hail|finally some sun|endlich sonne|endlich mal sonne|two weeks of grey",
    // "Absolutely chucking it down in Bonn today … left my brolly on the train".
    "chucking it down|bucketing down|tipping down|pissing down|brolly|umbrella|regenschirm",
    // "Hat heute früh noch jemand den doppelten Regenbogen über der Elbe gesehen??".
    "regenbogen|rainbow|sonnenuntergang|sunset|sonnenaufgang|sunrise|polarlicht(?:er)?|northern lights",
    // "Wat e Wedder hück in Kölle 🌧️", "endlich wieder 20 grad in hamburg … in der sonne ☀️ frühling ich liebe dich".
    "wedder|schietwedder|in der sonne|(?:frühling|fruehling|sommer),? ich lieb(?:e)? dich",
    // Good wishes to all.
    "schönes wochenende|schönen (?:tag|abend|sonntag|feierabend|start in die woche)|schöne woch(?:e)?|frohe weihnachten|frohes fest",
    "frohe ostern|guten rutsch|frohes neues|happy (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|holidays|new year|easter)|merry christmas",
    "have a (?:great|lovely|nice) (?:day|weekend|week)",
    // "Allen Lesern hier ein gesundes und erfolgreiches neues Jahr!", "Happy Thanksgiving to everyone celebrating".
    "(?:gesundes|erfolgreiches|gutes|schönes) (?:und (?:gesundes|erfolgreiches|gutes|schönes) )?neues jahr",
    "happy (?:thanksgiving|hanukkah|diwali|eid|new year)|eid mubarak|season'?s greetings",
    // Not "Liebe Grüße an Mats aus dem Café": greetings sent to one of ours are praise.
    "(?:herzliche|liebe|viele|beste) grüße(?! an)|(?:warm|kind|best) (?:regards|wishes) to (?:all|everyone)",
    "wishing (?:you all|every(?:one|body))(?: here| out there)?(?: an? (?:great|lovely|nice|good|happy) (?:day|week|weekend|evening))?",
    // Holidays, sport, pets, personal news.
    "urlaub|ferien|mallorca|holiday|vacation",
    // Memories: "da hatte ich 1991 meine erste WG … Lang ists her", "back in the day".
    "lang ist(?:'s|s)? her|meine erste wg|back in the day|good old days|gute alte zeit",
    "fußball|fussball|bundesliga|länderspiel|effzeh|the match|football|soccer|derby|nachspielzeit|extra time",
    "mein hund|unser hund|hündin|welpe|meine katze|unsere katze|my dog|our dog|puppy|my cat|our cat|kitten|🐶|🐕|🐱|🐈",
    "geheiratet|in eigener sache|got married|getting married|personal news|neuer job|new job|ruhestand|retired",
  ].join("|")})(?![\\p{L}\\p{Extended_Pictographic}])`,
  "giu",
);

/** Something of the company's, or the company itself asked: "euer Kaffee", "your café", "Habt ihr …?", "bei euch". */
const OURS =
  /(?<!\p{L})(?:euer|eure|euren|eurem|eurer|eures|your|ur|yours|bei euch|bei ihnen|von euch|from you|with you|at you)(?!\p{L})|(?<!\p{L})(?:Ihr|Ihre|Ihrem|Ihren|Ihrer)\s(?:Café|Cafe|Laden|Filiale|Team|Service|Techniker|Monteur\p{L}*|Kaffee|Bohnen)(?!\p{L})|(?<!\p{L})(?:habt|hattet|könnt|koennt|seid|macht|wollt|dürft|duerft|bietet|liefert|verkauft|gibt es bei) ihr(?!\p{L})|(?<!\p{L})(?:do|did|can|could|will|would|are|were|have) (?:you|u|y'all|you guys)(?!\p{L})|(?<!\p{L})(?:haben|können|koennen|bieten) sie(?!\p{L})/iu;

/**
 * A word to the other readers and what follows it in the sentence: "Leute stellt eure Autos unter" — their cars, not
 * the company's.
 */
const TO_READERS = /(?<!\p{L})(?:leute|ihr lieben|folks|everyone|y'all),?\s[^.!?\n]*/giu;

/** Thanks said to the company ("Danke euch", "thank you"): thanks are answered. Not "Danke an alle, die …". */
const THANKS_TO_US =
  /(?<!\p{L})(?:danke(?:schön)?|vielen dank|thanks?|thank you|thx)\s+(?:euch|dir|ihnen|you|u)(?!\p{L})/iu;

/** A question put to the other readers: "wer schaut heute Fußball?", "anyone else's city doing that fog thing?". */
// "is it just me or has hamburg had like 3 sunny days since january": asked of everyone who reads.
const ASKS_EVERYONE =
  /(?<!\p{L})(?:wer|jemand|hat wer|who|who's|anyone|anybody|does anyone|is anyone|is it just me|bin ich die einzige|bin ich der einzige|nur mir)(?!\p{L})/iu;

export interface SmallTalkContext {
  /** Anything the comment is about for the company: a complaint, sarcasm, a request, a question kind it asks. */
  concern: boolean;
  /** Whether it asks anything at all: only a question to the other readers is small talk. */
  asks: boolean;
  /** Where praise words stand in `text` ("schönen", "great"): praise of the company unless inside good wishes. */
  praise: ReadonlyArray<{ start: number; end: number }>;
  /**
   * Where a customer's words stand ("my subscription", "nach meinem Anruf"): their own dealings with the company,
   * told beside the weather or a holiday, unless inside the small talk itself ("personal news").
   */
  customer: ReadonlyArray<{ start: number; end: number }>;
  companyName: string;
}

/** The small talk's words (at most three), or none when the comment is the company's matter or no small talk. */
export function smallTalkWords(text: string, context: SmallTalkContext): string[] {
  if (context.concern || (context.asks && !ASKS_EVERYONE.test(text))) return [];
  // "@rheinwerk wer schaut heute Fußball?": the handle that opens a post only puts it on the page.
  const start = /^\s*(?:@[\w.-]+[\s,:]*)*/u.exec(text)?.[0].length ?? 0;
  const body = text.slice(start);
  const name = context.companyName.trim().toLowerCase();
  if (name.length >= 2 && body.toLowerCase().includes(name)) return [];
  if (OURS.test(body.replace(TO_READERS, " ")) || THANKS_TO_US.test(body)) return [];
  const found = [...text.matchAll(TOPICS)].filter((match) => match.index >= start);
  if (found.length === 0) return [];
  const inside = (at: { start: number; end: number }) =>
    found.some((match) => match.index <= at.start && at.end <= match.index + match[0].length);
  // "Euch allen nen schönen Tag!", "Wishing everyone here a great week!", "Danke an alle, die mich bestärkt haben":
  // kind words inside good wishes, or thanks to everyone, praise nothing of the company's.
  const wishes = (at: { start: number; end: number }) => inside(at) || /^\s*an alle\b/iu.test(text.slice(at.end));
  if (!context.praise.every(wishes) || !context.customer.every(inside)) return [];
  return [...new Set(found.map((match) => match[0]))].slice(0, 3);
}
