import { LEXICON } from "../lexicon";
import type { Normalised, Token } from "../normalise";

/**
 * Who each token speaks of: an identity group, other people or the company's staff, the person addressed, the
 * speaker, or a pronoun that points back to people named before. Quoted words are reported, not said: they get
 * no role.
 */
export interface Roles {
  group: Uint8Array;
  people: Uint8Array;
  addressee: Uint8Array;
  first: Uint8Array;
  /** A pronoun standing for people ("… Ich hasse sie", "Die sind …"), not a determiner before a noun. */
  pronoun: Uint8Array;
}

const POINTING_NOUN = new Set(["leute", "menschen", "typen", "welche", "people", "folks", "freaks", "ones"]);
const DEMONSTRATIVE = new Set(["diese", "solche", "so", "these", "those", "such"]);
const CROWD = new Set(["pack", "gesindel", "gesocks", "geschmeiss", "bagage"]);
const CROWD_ARTICLE = new Set(["das", "dieses", "solches", "so", "ein", "son"]);

/** Words after which "die"/"those" is a pronoun, not an article: "Die sind …", "those are …". */
const AFTER_PRONOUN = new Set(
  "einfach alle allesamt doch halt nur echt wirklich so nun eh all just really so simply".split(" "),
);

const EXCLAIM = new Set(["ach", "oh", "och", "ohje"]);
const FORMAL = new Set(["sie", "ihnen", "ihr", "ihre", "ihren", "ihrem"]);

function capitalised(normalised: Normalised, token: Token): boolean {
  const first = normalised.text.charAt(token.start);
  return first !== first.toLowerCase();
}

function isPronoun(normalised: Normalised, at: number): boolean {
  const next = normalised.tokens[at + 1];
  if (next?.kind !== "word") return true;
  const between = normalised.text.slice((normalised.tokens[at] as Token).end, next.start);
  if (/[.,!?;:\n]/.test(between)) return true;
  if (AFTER_PRONOUN.has(next.key) || LEXICON.linking.hasToken(next)) return true;
  if (LEXICON.firstPerson.hasToken(next) || LEXICON.addressee.hasToken(next)) return true;
  // German nouns are capitalised: "Die Behörden", "Die neue App" are an article, maybe an adjective, and a noun.
  const after = normalised.tokens[at + 2];
  if (
    after?.kind === "word" &&
    capitalised(normalised, after) &&
    !/[.,!?;:\n]/.test(normalised.text.slice(next.end, after.start))
  )
    return false;
  return !capitalised(normalised, next) && !LEXICON.people.hasToken(next);
}

/**
 * "Typisch deutsche Bürokratie", "türkischer Kaffee": a group's word written small before a noun that names no
 * people is an adjective of a thing, not the people. German writes the people with a capital ("die Deutschen").
 */
/** "the American version is trash", "Mexican food": an English group's adjective before a thing it describes. */
const ENGLISH_THINGS = new Set(
  "version versions food cuisine beer beers car cars football soccer show shows tv accent coffee market economy flag government politics league history music movie movies film films restaurant restaurants style breakfast cheese chocolate wine wines products product brand brands company companies embassy border passport holiday holidays team".split(
    " ",
  ),
);

function describesThing(normalised: Normalised, token: Token, next: Token | undefined): boolean {
  if (next?.kind === "word" && ENGLISH_THINGS.has(next.key) && capitalised(normalised, token)) return true;
  if (next?.kind !== "word" || capitalised(normalised, token) || !capitalised(normalised, next)) return false;
  if (/[.,!?;:\n]/.test(normalised.text.slice(token.end, next.start))) return false;
  return ![
    LEXICON.peopleHeads,
    LEXICON.people,
    LEXICON.slurs,
    LEXICON.derogatoryPeople,
    LEXICON.insultNouns,
    LEXICON.dehumanising,
    LEXICON.identityGroups,
  ].some((set) => set.hasToken(next));
}

export function rolesOf(normalised: Normalised): Roles {
  const { tokens } = normalised;
  const n = tokens.length;
  const roles: Roles = {
    group: new Uint8Array(n),
    people: new Uint8Array(n),
    addressee: new Uint8Array(n),
    first: new Uint8Array(n),
    pronoun: new Uint8Array(n),
  };
  for (let at = 0; at < n; at++) {
    const token = tokens[at] as Token;
    if (token.quoted) continue;
    if (token.kind === "mention") {
      roles.addressee[at] = 1;
      continue;
    }
    if (token.kind !== "word" && token.kind !== "hashtag") continue;
    const next = tokens[at + 1];
    const head = next !== undefined && !next.quoted && LEXICON.peopleHeads.hasToken(next);
    if (
      (LEXICON.identityGroups.hasToken(token) && !describesThing(normalised, token, next)) ||
      (head && LEXICON.groupAdjectives.hasToken(token))
    ) {
      roles.group[at] = 1;
      // "trans people", "schwarze Menschen": the head word belongs to the group's name.
      if (head) roles.group[at + 1] = 1;
    }
    if (LEXICON.people.hasToken(token) || LEXICON.staff.hasToken(token)) roles.people[at] = 1;
    // "Ach du Scheiße", "oh du liebe Zeit": an exclamation speaks to nobody.
    const exclamation = at > 0 && EXCLAIM.has((tokens[at - 1] as Token).key) && token.key === "du";
    if (LEXICON.addressee.hasToken(token) && !exclamation) roles.addressee[at] = 1;
    // "Sie", "Ihnen" capitalised speak to someone formally (at a sentence's start they may be either).
    else if (FORMAL.has(token.key) && capitalised(normalised, token)) roles.addressee[at] = 1;
    if (LEXICON.firstPerson.hasToken(token)) roles.first[at] = 1;
    if (LEXICON.thirdPerson.hasToken(token) && isPronoun(normalised, at)) roles.pronoun[at] = 1;
    // "Diese Leute sind krank", "These freaks are …", "So welche gehören nicht …": a demonstrative with a word for
    // people points back, as a pronoun does, to the group named before.
    else if (POINTING_NOUN.has(token.key) && at > 0 && DEMONSTRATIVE.has((tokens[at - 1] as Token).key))
      roles.pronoun[at] = 1;
    // "… Ausländer als Monteure einstellt … Das Pack gehört abgeschoben": a word of contempt for a crowd, with its
    // article, points back as well.
    else if (CROWD.has(token.key) && at > 0 && CROWD_ARTICLE.has((tokens[at - 1] as Token).key)) roles.pronoun[at] = 1;
  }
  return roles;
}
