import { type Assessment, DELETABLE_KINDS, type Intent } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import type { Guidelines } from "../shared/guidelines";
import { swornAtCircumstances } from "./circumstance";
import { isMeasure } from "./fold";
import { insultsInSlots } from "./insult-slots";
import { readComplaint, readIntent } from "./intent";
import { detectLanguage } from "./language";
import { LEXICON } from "./lexicon";
import { repairEvasions } from "./meaning/repair";
import { rolesOf } from "./meaning/roles";
import { type OffensiveModel, scoreOffensive, wordWeight } from "./model";
import { nameAsSubject } from "./names";
import { type Normalised, normalise, type Token } from "./normalise";
import { insidePhrase } from "./phrase-list";
import { readRole } from "./role";
import { ASKS_WITHOUT_MARK, ownTrouble, readTone, round, withIntent } from "./tone";
import { deletionVerdict, priorityOf, replyOwed } from "./verdict";
import { brightNotHell, mentionSurnames, readViolations, swornAtNobody } from "./violations";
import { clearedWord } from "./word-set";

/**
 * The worker's judgement of one comment: normalise → language → violations (rules) and toxicity (model) → tone →
 * the sender's role → verdict, priority and whether a reply is owed. Pure and total: any text gives a valid
 * Assessment, nothing throws. `model` is the trained offensive-language model; without one, the rules alone set
 * the toxicity.
 */
export function assessWith(
  model: OffensiveModel | undefined,
  snapshot: CommentSnapshot,
  guidelines: Pick<Guidelines, "companyName">,
): Assessment {
  const normalised = normalise(snapshot.text);
  const { language } = detectLanguage(normalised.text, normalised.tokens);
  const { violations, candidates, defused, stereotypes } = readViolations(repairEvasions(normalised));
  const score = model ? scoreOffensive(model, normalised, language) : undefined;
  const named = violations.some((violation) => DELETABLE_KINDS.includes(violation.kind));
  // A derogatory word said of a person is an insult when the model, too, finds the comment abusive.
  // "freaks like that should be kept away from food and kids": a derogatory word for people, with their exclusion, is
  // no banter, whatever the model makes of it.
  // "The barista … was a rude b**ch": a word masked by its writer is known to be one, whatever the model makes of it.
  const masked = candidates.some((word) => /\p{L}\*+\p{L}/u.test(word));
  if (!named && candidates.length && (score?.confirms || masked || KEPT_AWAY.test(normalised.text)))
    violations.unshift({ kind: "insult", evidence: candidates });
  else if (!named && model && score?.review) {
    const slots = slotInsults(model, normalised, language, guidelines.companyName);
    if (slots.length) violations.unshift({ kind: "insult", evidence: slots });
  }
  const kinds = new Set(violations.map((violation) => violation.kind));
  if (score?.offensive && violations.length === 0) {
    // The model hears offence the rules do not name: coarse language, but no licence to delete. It is a
    // violation only when words can be named, and a group's name ("Muslime", "women") is never the evidence.
    // "Die neue Verpackung ist hässlich": a judgement of what the company makes is no coarse language.
    const judged = aboutTheCompany(normalised, guidelines.companyName);
    // "@Bernd Kasper …": a reader's surname is never the coarse word.
    const surnames = mentionSurnames(normalised);
    // "röstet die Kiezbohne viel zu hell": the German for a light roast is no oath, whatever the model weighs.
    const bright = normalised.tokens.some((token, at) => token.key === "hell" && brightNotHell(normalised.tokens, at));
    const evidence = modelEvidence(normalised, score.evidence).filter(
      (word) =>
        !(judged && judgement(word)) &&
        !surnames.has(word) &&
        !(bright && word.toLowerCase() === "hell") &&
        !PLAIN_THINGS.test(word),
    );
    // "Bei jedem Regen läuft Wasser an der Wand runter": a customer's report with no coarse word in it is not
    // coarse because the model weighs "Wand"; only a word a lexicon calls coarse makes a complaint rough.
    const calmReport =
      readComplaint(normalised) !== undefined &&
      !normalised.tokens.some(
        (token, at) => COARSE.some((set) => set.hasToken(token)) && !brightNotHell(normalised.tokens, at),
      );
    // "Scheißwetter … ich hätte kotzen können – ABER: Eure Monteure …": sworn at the weather, at nobody.
    if (evidence.length && !calmReport && !swornAtCircumstances(normalised.tokens))
      violations.push({ kind: "profanity", evidence });
  }
  const heavy = kinds.has("insult") || kinds.has("identity-hate") || kinds.has("threat") || kinds.has("harassment");
  const floor = heavy ? 0.9 : kinds.has("profanity") ? 0.5 : 0;
  const toxicity = round(Math.max(score?.toxicity ?? 0, floor));
  const companyName = guidelines.companyName;
  const firstTone = readTone(normalised, violations, toxicity);
  const { sarcasmWords, addressWords, putRight, ...intent } = readIntent(
    normalised,
    firstTone,
    companyName,
    snapshot.threadOwner,
  );
  const tone = withIntent(firstTone, intent, putRight);
  const role = readRole(snapshot, normalised, tone, violations, companyName, intent, sarcasmWords);
  const review =
    score?.review && reviewable(normalised, candidates, defused, intent, companyName, toxicity, score.evidence)
      ? reviewWords(candidates, [
          ...score.evidence,
          ...violations.filter((v) => v.kind === "profanity").flatMap((v) => v.evidence),
        ])
      : undefined;
  const { verdict, reasons } = deletionVerdict(violations, tone, toxicity, review, stereotypes, intent);
  const reply = replyOwed(snapshot, verdict, tone, role, intent, addressWords);
  return {
    language,
    tone: tone.tone,
    scores: { toxicity, anger: tone.anger },
    offensive: violations.length > 0 || score?.offensive === true,
    violations,
    verdict,
    reasons,
    role: role.role,
    roleConfidence: round(role.confidence),
    roleReasons: role.reasons,
    // "Jemand hat hier geschrieben 'alle Türken sind kriminell' – so ein Unsinn": hate about a group, quoted or
    // framed to reject it. Not a correction's "ist falsch", nor a quoted swear word.
    intent:
      defused &&
      !violations.some((v) => DELETABLE_KINDS.includes(v.kind)) &&
      normalised.tokens.some((token) => LEXICON.groups.hasToken(token))
        ? { ...intent, countersHate: true }
        : intent,
    priority: priorityOf(snapshot, violations, tone, role, verdict, intent),
    replyNeeded: reply.needed,
    replyReasons: reply.reasons,
  };
}

/**
 * The least weight (the model's average feature weight, in 8-bit steps of its scale) for which a noun in an
 * insult's slot counts as an insult (insult-slots.ts). Chosen on the training part: the lowest at which the
 * slots' new licences there stay abusive.
 */
export const SLOT_WEIGHT = { de: 1.5, en: 1.5 };

/**
 * Insults no list holds, named by their slot and confirmed by the model; never in a customer's complaint or a
 * comment about the company, where a strong noun ("ihr Abzocker") is criticism to answer.
 */
function slotInsults(model: OffensiveModel, normalised: Normalised, language: string, companyName: string): string[] {
  if (language !== "de" && language !== "en") return [];
  if (readComplaint(normalised) !== undefined || aboutTheCompany(normalised, companyName)) return [];
  const weights = model[language];
  return insultsInSlots(
    normalised,
    language === "de",
    (token) => wordWeight(weights, model.mask, token),
    SLOT_WEIGHT[language],
  );
}

/**
 * "die große Mühlen- und Merch-Wand": the model weighs "Wand" from "an die Wand stellen", but a wall alone is no coarse
 * word to name.
 */
// "für 2 Packerl zahl i ned 15 Euro Porto": the Austrian for a small parcel.
// "the heat pump switches off every night": the model weighs the letters of "…itches", but a switch is no oath.
const PLAIN_THINGS =
  /^(?:\p{L}+-)?(?:wand|wände|waende|wall|walls|packerl|packerln|packl|packln|switch|switches|switched|switching)$/iu;
const COARSE = [LEXICON.profanity, LEXICON.insultNouns, LEXICON.slurs, LEXICON.dehumanising, LEXICON.targetedWords];

/**
 * Whether a comment the model finds abusive, but no rule names, is worth a second look. Not when the rules read
 * the hateful words and found them negated or countered; not when it is swearing and nothing else; not when it
 * names nobody ("Diese Ratten im Keller sind eine Plage"); and not when it is criticism spoken to the company
 * with no derogatory word for a person in it ("Dieser Konzern ist eine Abzocke"): deleting that would be
 * deleting criticism, which rule 1 forbids, so Gelassen does not suggest checking it.
 */
export function reviewable(
  normalised: Normalised,
  candidates: readonly string[],
  defused: boolean,
  intent: Pick<Intent, "complaint" | "smallTalk">,
  companyName = "",
  toxicity = 1,
  evidence: readonly string[] = ["?"],
): boolean {
  if (candidates.length) return true;
  if (defused || swearingOnly(normalised, candidates)) return false;
  // "Bei anderen Läden zahl ich mich dumm und dämlich dran": paying through the nose, nobody called stupid.
  if (DUMB_AND_DAFT.test(normalised.text)) return false;
  if (intent.complaint || aboutTheCompany(normalised, companyName)) return false;
  // "hagelt es grad wie verrückt!!! Leute stellt eure Autos unter": the weather, no one abused.
  if (intent.smallTalk) return false;
  // Praise the model is only unsure about; strongly abusive text with a kind word in it still goes to review.
  // "Quick shout-out to Marta … made my mum a decaf oat flat white": praise in which the model can point at no
  // word is no abuse, however high it scores ("she", "mum" and "white" weigh in its English training data).
  if (plainQuestion(normalised) || (plainPraise(normalised) && (toxicity < PRAISE_DOUBT || !evidence.length)))
    return false;
  // "@Petra you should try switching it off and on again, worked for me": advice to a reader abuses nobody.
  if (ADVICE.test(normalised.text) && withoutHeat(normalised)) return false;
  // "… the amount of spam that hits my inbox is a bit ridiculous. Feedback from a loyal user.": what is offered as
  // feedback is criticism to answer, whatever the model weighs ("loyal"); named abuse is caught above.
  if (FEEDBACK_OFFERED.test(normalised.text)) return false;
  return namesSomeone(normalised);
}

const PRAISE_DOUBT = 0.75;
const FEEDBACK_OFFERED =
  /(?<!\p{L})(?:feedback from an?|honest feedback|genuine feedback|constructive feedback|just (?:some )?feedback|ehrliches feedback|konstruktives feedback|nur (?:ein |als )?feedback|feedback von (?:einem|einer))(?!\p{L})/iu;
const DUMB_AND_DAFT =
  /(?<!\p{L})(?:mich|sich|dich|uns|euch|mir|dir)\s(?:\p{L}+\s)?(?:dumm und dämlich|dumm und daemlich|dumm und dusselig|blöd und dämlich)(?!\p{L})/iu;
const ADVICE =
  /\b(?:try|versuch\w*|probier\w*|worked for me|works for me|hat bei mir (?:funktioniert|geklappt|geholfen)|hilft|helped|kann ich (?:dir|ihnen|euch) nur empfehlen|can only recommend|would recommend)\b/iu;

/**
 * "The oat flat white at your café is the best in Hamburg 😍": praise with no negative, angry or insulting word
 * abuses nobody, whatever the model makes of "white" (its English training data is full of slurs built on it).
 */
function plainPraise(normalised: Normalised): boolean {
  const { tokens } = normalised;
  const praise = LEXICON.praise.find(tokens);
  return (
    praise.length > 0 &&
    normalised.emoji.ironic === 0 &&
    LEXICON.irony.find(tokens).length === 0 &&
    // "Der Mann hat Nerven wie Drahtseile": a complaint's word inside a phrase of praise; "whenever he got lost": a
    // person's own trouble.
    LEXICON.complaints
      .find(tokens)
      .every((hit) => insidePhrase(praise, hit) || ownTrouble(tokens, hit.from) || stillDoing(tokens, hit)) &&
    withoutHeat(normalised)
  );
}

/** After "still", what keeps it a complaint: a thing not done, still awaited, still wrong. */
const STILL_WRONG =
  /^(?:not|no|nothing|none|waiting|wait|broken|cold|down|off|out|missing|stuck|pending|charging|charged|taking|billing|the|same|\p{L}+nt|never|nix|nichts|kein\p{L}*)$/u;

/** "line out the door and you still had everyone through in 10 min": "still" as "all the same", said of the praise. */
function stillDoing(tokens: Normalised["tokens"], hit: { from: number; to: number }): boolean {
  return (
    hit.from === hit.to && tokens[hit.from]?.key === "still" && !STILL_WRONG.test(tokens[hit.from + 1]?.key ?? "not")
  );
}

/**
 * "Habt ihr die Jacke auch in XXL?", "Any news on the Switch version? You said Q3 and it's December.": a question
 * with no negative, angry or insulting word asks; it abuses nobody.
 */
function plainQuestion(normalised: Normalised): boolean {
  // "Any news on the Switch version? You said Q3 and it's December.": the question need not come last.
  // "Can't find anywhere on your site whether you ship to the Netherlands": asked without its mark.
  if (normalised.questionMarks === 0 && !ASKS_WITHOUT_MARK.test(normalised.text)) return false;
  return LEXICON.negative.find(normalised.tokens).length === 0 && withoutHeat(normalised);
}

/** No angry word, no word said at people, no swearing. */
function withoutHeat(normalised: Normalised): boolean {
  const { tokens, text } = normalised;
  const surnames = mentionSurnames(normalised);
  return (
    LEXICON.anger.find(tokens).length === 0 &&
    !tokens.some(
      (token, at) =>
        (LEXICON.targetedWords.hasToken(token) || LEXICON.profanity.hasToken(token)) &&
        !isMeasure(text.slice(token.start, token.end)) &&
        !surnames.has(text.slice(token.start, token.end)) &&
        // "in den Gelben Sack werfen": a coarse word's other sense, said of nobody.
        !swornAtNobody(tokens, at),
    )
  );
}

function aboutTheCompany(normalised: Normalised, companyName: string): boolean {
  const name = companyName.trim().toLowerCase();
  if (name.length >= 2 && normalised.text.toLowerCase().includes(name)) return true;
  return LEXICON.companyThings.find(normalised.tokens).length > 0;
}

/** People the comment could be aimed at: someone addressed, named or pointed to, a group, or "your …". */
const PERSONAL = new Set(
  "er ihn ihm he him she her hes shes your yours dein deine deinen deinem euer eure euren eurem".split(" "),
);

function namesSomeone(normalised: Normalised): boolean {
  const roles = rolesOf(normalised);
  const { tokens, text } = normalised;
  return tokens.some((token, at) => {
    if (token.kind === "mention" || PERSONAL.has(token.key)) return true;
    if (nameAsSubject(normalised, at)) return true;
    if (roles.addressee[at] || roles.people[at] || roles.group[at] || roles.pronoun[at]) return true;
    // A name called out: ", Klaus?", ", Mark."
    const before = tokens[at - 1];
    const first = text.charAt(token.start);
    return (
      before !== undefined &&
      first !== first.toLowerCase() &&
      /,\s*$/.test(text.slice(before.end, token.start)) &&
      /^\s*[.!?]/.test(text.slice(token.end, token.end + 2))
    );
  });
}

/**
 * Swearing and nothing else the model could mean: no derogatory word said of a person, and either nobody
 * addressed or named, or a customer stating a problem ("Scheiße, das Update hat mein Handy gekillt"). Coarse,
 * but no reason to ask anyone to consider deleting it: such a comment is never sent to review.
 */
export function swearingOnly(normalised: Normalised, candidates: readonly string[]): boolean {
  if (candidates.length) return false;
  const { tokens } = normalised;
  if (!tokens.some((token) => LEXICON.profanity.hasToken(token))) return false;
  // "Scheiß Wetter heute, aber euer Kaffee rettet mir den Tag": sworn at the weather, aimed at nobody.
  if (swornAtCircumstances(tokens)) return true;
  // "Mist mist mist 🙈 … wieder so ein verdammtes Paket von euch … Wie halte ich das an??": sworn at one's own luck and
  // at a thing, then asked: nobody abused.
  if (
    (normalised.questionMarks > 0 || ASKS_WITHOUT_MARK.test(normalised.text)) &&
    tokens.every((token, at) => !LEXICON.profanity.hasToken(token) || swornAtLuckOrThing(normalised, at))
  )
    return true;
  return !namesSomeone(normalised) || readComplaint(normalised) !== undefined;
}

/**
 * A curse opening a sentence ("Mist mist mist 🙈", "Verdammt,") or set before a thing ("ein verdammtes Paket"). Only
 * the words of a curse: "Bitch, where's my …?" opens with a name for someone.
 */
const CURSES = new Set(["mist", "verdammt", "scheisse", "scheiss", "kacke", "shit", "damn", "crap", "fuck", "mann"]);
function swornAtLuckOrThing({ tokens, text }: Normalised, at: number): boolean {
  const token = tokens[at] as Token;
  const before = text.slice(tokens[at - 1]?.end ?? 0, token.start);
  const opening = at === 0 || /[.!?]\s*$/u.test(before) || tokens[at - 1]?.key === token.key;
  if (opening) return CURSES.has(token.key);
  const next = tokens[at + 1];
  return (
    next !== undefined &&
    next.kind === "word" &&
    /^\s+$/u.test(text.slice(token.end, next.start)) &&
    /^\p{Lu}/u.test(text.slice(next.start, next.end)) &&
    !LEXICON.people.hasToken(next) &&
    !LEXICON.staff.hasToken(next) &&
    !LEXICON.secondPerson.hasToken(next)
  );
}

/** The words a `review` points at: the derogatory words said of people, else what the model weighs most. */
export function reviewWords(candidates: readonly string[], weighted: readonly string[]): string[] {
  if (candidates.length) return [...candidates];
  return weighted.filter((word) => {
    const token = normalise(word).tokens[0];
    return token !== undefined && !LEXICON.groups.hasToken(token) && !LEXICON.profanity.hasToken(token);
  });
}

/** Words that judge a thing rather than swear: "hässlich", "peinlich", "ugly", "cringe". */
const JUDGEMENTS =
  /^(?:hässlich\w*|haesslich\w*|peinlich\w*|lächerlich\w*|schrecklich\w*|furchtbar\w*|grauenhaft\w*|scheußlich\w*|langweilig\w*|billig\w*|dumm\w*|blöd\w*|ekelhaft\w*|eklig\w*|dreckig\w*|ugly|hideous|disgusting|gross|filthy|awful|terrible|horrible|embarrassing|ridiculous|cringe\w*|boring|cheap|stupid|dumb)$/iu;

function judgement(word: string): boolean {
  return JUDGEMENTS.test(word.trim());
}

const KEPT_AWAY =
  /\b(?:should|must|need to|ought to) be kept away from\b|\bsollte(?:n)?\s(?:\p{L}+\s){0,3}ferngehalten werden\b|\bhave no place (?:here|in|around|near)\b|\bhaben (?:hier|da|dort) nichts (?:zu suchen|verloren)\b|\bgehören (?:hier )?nicht (?:hierher|hinter die theke|hinter den tresen|in die nähe)\b/iu;
/**
 * Ordinary words a model weighs as offensive from its data set's company, never evidence: "loyal" (English), "der
 * Typ an der Kasse" (German, a plain word for a man, however often the data set saw it beside insults).
 */
const PLAIN_WORDS = new Set(["loyal", "loyalty", "loyally", "typ", "typen"]);

function modelEvidence(normalised: Normalised, weighted: readonly string[]): string[] {
  const words = new Set<string>();
  const dirt = new Set<string>();
  normalised.tokens.forEach((token, at) => {
    const written = normalised.text.slice(token.start, token.end);
    // "hat überall Dreck hinterlassen", "Ich bin doch nicht bescheuert": no coarse word at anyone.
    if (swornAtNobody(normalised.tokens, at)) dirt.add(written.toLowerCase());
    else if (!isMeasure(written) && COARSE.some((set) => set.hasToken(token))) words.add(written);
  });
  for (const word of weighted) {
    const token = normalise(word).tokens[0];
    // "beim Auspacken": the model's letters of "Spacken", in a word the lexicon clears.
    if (token && clearedWord(token.key)) continue;
    // "thanks to our loyal customers": a plain word the English data set saw beside slurs is no coarse word.
    if (token && PLAIN_WORDS.has(token.key)) continue;
    // "bis 1989 mit Kohle geheizt": a year or a figure is no coarse word, whatever the model weighs in it.
    if (!/\p{L}/u.test(word)) continue;
    if (token && !isMeasure(word) && !LEXICON.groups.hasToken(token) && !dirt.has(word.toLowerCase())) words.add(word);
  }
  return [...words].slice(0, 3);
}
