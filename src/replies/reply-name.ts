/**
 * The commenter's name as a reply may use it. Sites show display names with emoji, pronouns, job titles and
 * handles in them; a reply greets only the plain name, and none at all when what is left does not look like one.
 */
const DECORATION =
  /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]|\([^)]*\)|\[[^\]]*\]|@[\p{L}\p{M}\p{N}_]+/gu;
/** Everything after a separator is a title or slogan: "Anna Schmidt | CEO", "Max – Foodblogger". */
const TAIL = /\s+[|–—•·,-]\s.*$|\s*[|•·]\s*.*$/u;
const NAME_WORD = /^[\p{L}][\p{L}\p{M}'’.-]*$/u;
/** "Hanno aus HH", "Matt in Berlin", "Sarah from Leeds": where they live, said with the name, is no part of it. */
const HOME = /\s(?:aus|from|in|im|at)\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u;

export function cleanName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let name = raw.replace(DECORATION, " ").replace(TAIL, "").replace(/\s+/g, " ").trim().replace(HOME, "");
  const parts = name.split(" ").filter(Boolean);
  if (parts.length === 0 || parts.length > 4 || name.length > 40) return undefined;
  if (!parts.every((part) => NAME_WORD.test(part))) return undefined;
  // A name in capitals would read as shouting in the reply.
  if (name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)) {
    name = parts.map((part) => part.charAt(0) + part.slice(1).toLowerCase()).join(" ");
  }
  return name;
}

/** The words of the name a draft should contain when the guidelines require the name. */
export function nameTokens(raw: string | undefined): string[] {
  const name = cleanName(raw);
  if (!name) return [];
  return withoutTitles(name.split(" ")).filter((part) => part.replace(/[^\p{L}]/gu, "").length >= 2);
}

/**
 * How a reply addresses the person: the first name with du and in English, the full name without academic
 * titles with Sie (German has no polite form of a first name, and Gelassen does not guess "Herr" or "Frau"), the
 * full name of an organisation.
 */
export function addressName(
  raw: string | undefined,
  options: { polite: boolean; organisation: boolean },
): string | undefined {
  const name = cleanName(raw);
  if (!name) return undefined;
  if (options.organisation) return name;
  // Academic titles are not said back on social media ("Guten Tag Petra Lange", not "Dr. Petra Lange").
  const words = withoutTitles(name.split(" "));
  if (words.length === 0) return undefined;
  if (looksLikeOrganisation(words)) return name;
  // "M. Thornbury": an initial is no first name to greet; the name is said as they sign it.
  if (/^\p{L}\.?$/u.test(words[0] ?? "")) return words.join(" ");
  return options.polite ? words.join(" ") : words[0];
}

/** Particles of a person's name written small: "Ludwig van Beethoven", "Ursula von der Leyen". */
const PARTICLE = /^(?:von|van|vom|zu|zur|der|den|de|da|di|del|della|du|la|le|ter|ten|bin|al|el|y|e)$/u;
/** Words of an outlet's or a group's name: "Energy Watch DE", "Köln Isst Regional", "Radblog Bonn". */
const ORGANISATION_WORD =
  /^(?:gmbh|ag|ug|kg|e\.?v\.?|ltd|inc|llc|co|team|watch|news|magazin|magazine|blog|media|medien|verlag|verein|initiative|netzwerk|network|community|club|gruppe|group|kollektiv|collective|stiftung|foundation|verband|institut|institute|agentur|agency|studio|podcast|online|official|offiziell|info|aktuell|daily|weekly|report)$/iu;

/**
 * A name that is no person's: a word written small that is no particle ("Hamburg isst nachhaltig"), a country's
 * or company's capitals ("Energy Watch DE"), or a word of an outlet's name. Greeting its first word ("Hi Energy",
 * "Hi Hamburg") would read as a mistake; its whole name is said.
 */
function looksLikeOrganisation(parts: readonly string[]): boolean {
  if (parts.length < 2) return false;
  return parts.some(
    (part, at) =>
      (at > 0 && /^\p{Ll}/u.test(part) && !PARTICLE.test(part)) ||
      (at > 0 && /^\p{Lu}{2,4}$/u.test(part)) ||
      ORGANISATION_WORD.test(part),
  );
}

// "Cllr Amira Haddad": a councillor's title, as British councillors sign.
const TITLE = /^(?:dr|prof|dipl\.?-?\w*|mag|ing|h\.?c|cllr|councillor|rev)\.?$/i;
/** "Dr. phil.", "Dr. rer. nat.": a faculty only after a doctor's title; "Phil Dawson" is a first name. */
const FACULTY = /^(?:med|rer|nat|phil|jur|oec|pol|habil)\.?$/i;

function withoutTitles(parts: readonly string[]): string[] {
  return parts.filter(
    (part, at) => !TITLE.test(part) && !(FACULTY.test(part) && parts.slice(0, at).some((before) => TITLE.test(before))),
  );
}
