import { LEXICON } from "../lexicon";
import { surnameOfMention } from "../names";
import type { Token } from "../normalise";
import type { Hit } from "../phrase-list";
import { type Context, evidenceOf, isNegator, type MeaningFinding, said } from "./context";

/**
 * Threats by meaning: harm said of someone (a person addressed or named, the staff, a group, their shop or
 * home) in a mood that makes it a threat — the speaker's intent or wish ("Ich bring dich um", "Ich möchte … töten"),
 * a demand ("… sollten umgebracht werden", "Der gehört erschossen"), a call on others ("Zündet … an", "Someone
 * should …"), or a condition ("Wenn ich dich erwische, dann knallt's"). Death wishes count too. A report ("Er
 * wurde erschossen"), a negation ("Ich würde euch nie etwas antun") or harm to oneself ("Die Preise bringen mich
 * um") does not. Harm to a group is also identity hate.
 */

const REACH = 8;
const FOR = new Set(["fuer", "for"]);

function inSentence(context: Context, hits: readonly Hit[], sentence: number): Hit[] {
  return hits.filter((hit) => context.structure.sentence[hit.from] === sentence);
}

/** Someone harm can be done to, nearest to the hit in its sentence; -1 if none. First persons never are. */
function targetOf(context: Context, hit: Hit): number {
  const { roles, structure, tokens } = context;
  const sentence = structure.sentence[hit.from];
  let best = -1;
  let distance = Number.POSITIVE_INFINITY;
  for (let at = Math.max(0, hit.from - REACH); at <= Math.min(tokens.length - 1, hit.to + REACH); at++) {
    if (structure.sentence[at] !== sentence || at === hit.from || at === hit.to) continue;
    const token = tokens[at] as Token;
    // "@name" opens most replies: it is the target only right beside the harm.
    if (token.kind === "mention" && Math.abs(at - hit.from) > 2) continue;
    const person =
      roles.addressee[at] ||
      roles.people[at] ||
      roles.group[at] ||
      roles.pronoun[at] ||
      (!token.quoted && LEXICON.harmTargets.hasToken(token));
    if (!person) continue;
    // "wenn ich sie auch für euch verbrennen kann": done for someone, not to them.
    if (FOR.has(tokens[at - 1]?.key ?? "")) continue;
    const d = Math.abs(at - hit.from);
    if (d < distance) {
      distance = d;
      best = at;
    }
  }
  return best !== -1 ? best : openingWhoever(context, sentence as number, hit);
}

/**
 * "Whoever designed the new dashboard should be fired and then set on fire": a sentence that opens with "whoever"
 * or "wer" names its target there, however long the clause in between.
 */
const WHOEVER = new Set(["whoever", "wer"]);

function openingWhoever(context: Context, sentence: number, hit: Hit): number {
  const { structure, tokens, roles } = context;
  const start = structure.sentenceStart[sentence] as number;
  // "dem Typen mit den Dreads hinterm Tresen … sollte mal einer nach Feierabend auflauern": the one it is done to,
  // put first in the sentence, before a call on others.
  if (inSentence(context, LEXICON.call.find(tokens), sentence).some((call) => call.to < hit.from)) {
    for (let at = start; at <= start + 2 && structure.sentence[at] === sentence; at++)
      if ((roles.people[at] || roles.group[at]) && !tokens[at]?.quoted) return at;
  }
  // "ok whoever …", "Also, wer …": a word of address before it is no matter.
  for (let at = start; at <= start + 1 && structure.sentence[at] === sentence; at++) {
    const token = tokens[at];
    if (token && !token.quoted && WHOEVER.has(token.key)) return at;
  }
  return -1;
}

function negatedBefore(context: Context, hit: Hit): boolean {
  const { clause } = context.structure;
  for (let at = hit.from - 1; at >= Math.max(0, hit.from - 5) && clause[at] === clause[hit.from]; at--) {
    if (isNegator(context, at)) return true;
  }
  return false;
}

/** What makes harm a threat in this sentence, if anything. */
function mood(context: Context, hit: Hit): boolean {
  const { structure, roles, tokens } = context;
  const sentence = structure.sentence[hit.from] as number;
  const start = structure.sentenceStart[sentence] as number;
  const end = structure.sentenceEnd[sentence] as number;
  for (let at = start; at < end; at++)
    if (roles.first[at] && structure.clause[at] === structure.clause[hit.from]) return true;
  const any = (list: { find: (t: readonly Token[]) => Hit[] }) =>
    inSentence(context, list.find(tokens), sentence).length > 0;
  if (any(LEXICON.normative) || any(LEXICON.call) || any(LEXICON.intent)) return true;
  if (any(LEXICON.condition) && any(LEXICON.consequence)) return true;
  if (any(LEXICON.hope) && hopedFor(context, hit)) return true;
  // A command: the harm verb opens its sentence ("Tötet …", "Burn their office down!").
  return (
    hit.from === start || (hit.from === start + 1 && /^(und|and|dann|then|go|geht|los)$/.test(tokens[start]?.key ?? ""))
  );
}

/** A future or a passive makes harm beside a hope a wish: "… gesteinigt wird", "he gets shot". */
const COMING = new Set("wird werden wirst werdet gets get getting be".split(" "));
/** A perfect or a past tells a deed: "…, der ihn erschossen hat", "who was shot". */
const TOLD = new Set("hat haben hatte hatten habe wurde wurden war waren has had have was were".split(" "));
/** Someone hoped to do it: "Hoffentlich erwischt ihn mal einer und schlägt ihn tot." */
const DOER = new Set("einer jemand irgendwer irgendjemand someone somebody".split(" "));

/** Whether harm beside a hope is wished on someone rather than told of. */
function hopedFor(context: Context, hit: Hit): boolean {
  const { structure, tokens } = context;
  const keys: string[] = [];
  for (let at = 0; at < tokens.length; at++)
    if (structure.clause[at] === structure.clause[hit.from]) keys.push((tokens[at] as Token).key);
  if (keys.some((key) => TOLD.has(key))) return false;
  if (keys.some((key) => COMING.has(key))) return true;
  const sentence = structure.sentence[hit.from];
  return tokens.some((token, at) => structure.sentence[at] === sentence && DOER.has(token.key));
}

function harmless(context: Context, hit: Hit): boolean {
  return LEXICON.harmlessObjects.find(context.tokens).some((other) => other.from <= hit.to + 3 && other.to >= hit.from);
}

const STATE_VERBS = new Set(["ist", "sind", "war", "waren", "is", "was", "bin", "bist"]);
const STATES = new Set(["dead", "tot", "dran", "done", "finished"]);
const PERISHED = new Set(["verreckt", "krepiert"]);
/** "it'll", "will", "would", "gonna": what something will do, before "just die". */
const WILL_DO = /^(?:it'?ll|itll|that'?ll|thatll|they'?ll|theyll|will|would|gonna|might|could|ll)$/u;
const PERISHED_IN = new Set(["in", "im", "an", "am", "vor", "beim"]);
const ADDRESSED = new Set(["du", "dich", "dir", "ihr", "euch", "sie", "er", "ihn"]);

/** Whether the participle follows a place or cause ("in der Warteschleife", "vor Hunger"), nobody addressed. */
function perishedIn(tokens: readonly Token[], at: number): boolean {
  const before = tokens.slice(Math.max(0, at - 4), at).map((token) => token.key);
  return before.some((key) => PERISHED_IN.has(key)) && !before.some((key) => ADDRESSED.has(key));
}

/** "you're dead." threatens; "you're dead tired" does not: a state word must close its clause. */
function final(context: Context, hit: Hit): boolean {
  if (!STATES.has(context.tokens[hit.to]?.key ?? "")) return true;
  const next = context.tokens[hit.to + 1];
  return !next || context.structure.clause[hit.to + 1] !== context.structure.clause[hit.to] || next.kind === "emoji";
}

/** English harm in the simple past: told of, not threatened. */
const PAST_HARM = new Set(["killed", "shot", "murdered", "stabbed", "strangled", "choked", "slapped", "punched"]);
/** What makes a past participle a wish or a demand again: "should be shot", "gets killed", "hope he's stabbed". */
const PASSIVE = new Set(
  "be been being is are was were get gets got getting gotta s re m ll d will would should must have has had".split(" "),
);
const NOUN_SUBJECT = new Set(["he", "she", "they", "it", "who", "that", "which"]);

/**
 * "the celestial dragon killed him", "he shot him in the last episode": a past deed told with its doer before it
 * is a story, however the sentence goes on. Not "I killed him" (the speaker's own deed is read by the mood) and not
 * a passive or a wish ("should be shot", "hope he gets killed").
 */
function narrated(context: Context, hit: Hit): boolean {
  const { tokens } = context;
  if (hit.from !== hit.to || !PAST_HARM.has(tokens[hit.from]?.key ?? "")) return false;
  const before = tokens[hit.from - 1];
  if (before?.kind !== "word" || PASSIVE.has(before.key) || context.roles.first[hit.from - 1]) return false;
  if (NOUN_SUBJECT.has(before.key)) return true;
  // "the celestial dragon killed him": a doer named with its article, not "should be fired. and shot."
  if (!/^\p{L}{3,}$/u.test(before.key) || CONJUNCTIONS.has(before.key)) return false;
  return [2, 3].some((back) => DETERMINERS.has(tokens[hit.from - back]?.key ?? ""));
}
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "his", "her", "their", "my", "our", "some"]);
const CONJUNCTIONS = new Set(["and", "or", "but", "then", "also", "just", "und", "oder", "dann"]);

/** "Best shot I've pulled at home so far ☕", "my first shots pulled on the new machine": espresso, nobody shot. */
const PULLED = new Set(["pulled", "pull", "pulling", "pulls", "gezogen", "ziehe", "zieht"]);
const OF_A_SHOT = new Set(["best", "first", "perfect", "good", "great", "next", "last", "worst", "better", "latest"]);
function espressoShot(tokens: readonly Token[], hit: Hit): boolean {
  if (hit.from !== hit.to || !/^shots?$/u.test(tokens[hit.from]?.key ?? "")) return false;
  const after = tokens.slice(hit.to + 1, hit.to + 4).map((token) => token.key);
  return after.some((key) => PULLED.has(key)) || OF_A_SHOT.has(tokens[hit.from - 1]?.key ?? "");
}

/**
 * "Burnt, bitter, overpriced", "the beans taste burnt", "total verbrannt": how coffee tastes, nobody set on fire.
 */
const SCORCHED = new Set(["burnt", "burned", "verbrannt", "angebrannt"]);
const TASTED = new Set(
  "tastes taste tasted tasting smells smell is was so too totally completely schmeckt schmeckte riecht ist war total voll komplett zu".split(
    " ",
  ),
);
function scorchedTaste({ tokens, normalised }: Context, hit: Hit): boolean {
  if (hit.from !== hit.to || !SCORCHED.has(tokens[hit.from]?.key ?? "")) return false;
  const next = tokens[hit.from + 1];
  const between = next ? normalised.text.slice(tokens[hit.from]?.end ?? 0, next.start) : "";
  return /^\s*[,;/]/u.test(between) || TASTED.has(tokens[hit.from - 1]?.key ?? "");
}

const SPEAKER_OBJECT = new Set(["me", "mich", "mir", "us", "uns", "myself"]);

/** "… and stab me", "beat me up": the harm is done to the speaker, not threatened by them. */
function toSpeaker(context: Context, hit: Hit): boolean {
  for (let at = hit.from + 1; at <= Math.min(context.tokens.length - 1, hit.to + 2); at++) {
    if (SPEAKER_OBJECT.has((context.tokens[at] as Token).key)) return true;
  }
  return false;
}

export function findThreats(context: Context): MeaningFinding[] {
  const { tokens, structure, roles } = context;
  const findings: MeaningFinding[] = [];
  for (const hit of said(context, LEXICON.harm.find(tokens))) {
    if (negatedBefore(context, hit)) context.defused = true;
    if (negatedBefore(context, hit) || harmless(context, hit) || toSpeaker(context, hit)) continue;
    if (narrated(context, hit) || espressoShot(context.tokens, hit) || scorchedTaste(context, hit)) continue;
    const target = targetOf(context, hit);
    if (target === -1 || !mood(context, hit)) continue;
    const evidence = evidenceOf(context, target, hit);
    findings.push({ kind: "threat", evidence });
    if (roles.group[target]) findings.push({ kind: "identity-hate", evidence });
  }
  // A condition and what it threatens, aimed at someone or said by the speaker: "Wenn …, ist er dran",
  // "Noch eine Mahnung und ich komme mit dem Baseballschläger vorbei".
  for (const hit of said(context, LEXICON.consequence.find(tokens)).filter((h) => final(context, h))) {
    const sentence = structure.sentence[hit.from] as number;
    const conditions = inSentence(context, LEXICON.condition.find(tokens), sentence);
    if (!conditions.some((condition) => condition.from < hit.from)) continue;
    const target = targetOf(context, hit);
    const speaker = inSentenceRoles(context, roles.first, sentence);
    if (target !== -1 || speaker)
      findings.push({ kind: "threat", evidence: evidenceOf(context, conditions[0]?.from ?? hit.from, hit) });
  }
  for (const hit of said(context, LEXICON.doom.find(tokens)).filter((h) => final(context, h))) {
    findings.push({ kind: "threat", evidence: evidenceOf(context, hit.from, hit) });
  }
  for (const hit of said(context, LEXICON.deathWish.find(tokens))) {
    if (negatedBefore(context, hit)) continue;
    // "@Ines Hoppe die ham doch Hafermilch": a tagged reader's surname is no "hope", the article after it no "die".
    if (surnameOfMention(context.normalised, hit.from)) continue;
    // "Mein Handy ist verreckt": a thing broke down; nobody is wished dead.
    if (hit.from === hit.to && STATE_VERBS.has(tokens[hit.from - 1]?.key ?? "")) continue;
    // "3x in der Warteschleife verreckt", "vor Langeweile fast krepiert": the writer's own ordeal, told as a death.
    if (hit.from === hit.to && PERISHED.has(tokens[hit.from]?.key ?? "") && perishedIn(tokens, hit.from)) continue;
    // "FIL swears it'll just die": what a machine will do, told; no command to anyone.
    if (tokens[hit.from]?.key === "just" && WILL_DO.test(tokens[hit.from - 1]?.key ?? "")) continue;
    const sentence = structure.sentence[hit.from] as number;
    // "Einwegbecher to go. Die Mehrwegbecher …": a phrase is read within one sentence.
    if (structure.sentence[hit.to] !== sentence) continue;
    const command =
      hit.from === hit.to &&
      hit.from === structure.sentenceStart[sentence] &&
      LEXICON.deathCommand.hasToken(tokens[hit.from] as Token);
    const phrase = hit.to > hit.from;
    const target = targetOf(context, hit);
    if (command || (target !== -1 && !roles.first[target]) || (phrase && target === -1 && isWish(context, hit))) {
      findings.push({ kind: "threat", evidence: evidenceOf(context, target === -1 ? hit.from : target, hit) });
    }
  }
  return findings;
}

function inSentenceRoles(context: Context, role: Uint8Array, sentence: number): boolean {
  const { sentenceStart, sentenceEnd } = context.structure;
  for (let at = sentenceStart[sentence] as number; at < (sentenceEnd[sentence] as number); at++)
    if (role[at]) return true;
  return false;
}

/** A set death-wish phrase needs no named target: "go die", "kys", "kill yourself". */
function isWish(context: Context, hit: Hit): boolean {
  const first = context.tokens[hit.from]?.key ?? "";
  return /^(go|just|kill|drop|rot|burn|kys)$/.test(first);
}
