import type { Assessment, Violation } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import type { Guidelines } from "../shared/guidelines";
import { readIntent } from "./intent";
import { detectLanguage } from "./language";
import { LEXICON } from "./lexicon";
import { type OffensiveModel, scoreOffensive } from "./model";
import { type Normalised, normalise } from "./normalise";
import { readRole } from "./role";
import { readTone, round, withIntent } from "./tone";
import { deletionVerdict, priorityOf, replyOwed } from "./verdict";
import { detectViolations } from "./violations";

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
  const violations: Violation[] = detectViolations(normalised);
  const score = model ? scoreOffensive(model, normalised, language) : undefined;
  const kinds = new Set(violations.map((violation) => violation.kind));
  if (score?.offensive && violations.length === 0) {
    // The model hears offence the rules do not name: coarse language, but no licence to delete. It is a
    // violation only when words can be named, and a group's name ("Muslime", "women") is never the evidence.
    const evidence = modelEvidence(normalised, score.evidence);
    if (evidence.length) violations.push({ kind: "profanity", evidence });
  }
  const heavy = kinds.has("insult") || kinds.has("identity-hate") || kinds.has("threat") || kinds.has("harassment");
  const floor = heavy ? 0.9 : kinds.has("profanity") ? 0.5 : 0;
  const toxicity = round(Math.max(score?.toxicity ?? 0, floor));
  const companyName = guidelines.companyName;
  const firstTone = readTone(normalised, violations, toxicity);
  const { sarcasmWords, addressWords, ...intent } = readIntent(normalised, firstTone, companyName);
  const tone = withIntent(firstTone, intent);
  const role = readRole(snapshot, normalised, tone, violations, companyName, intent, sarcasmWords);
  const review = score?.review ? reviewEvidence(score.evidence) : [];
  const { verdict, reasons } = deletionVerdict(violations, tone, toxicity, review);
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
    intent,
    priority: priorityOf(snapshot, violations, tone, role, verdict),
    replyNeeded: reply.needed,
    replyReasons: reply.reasons,
  };
}

const COARSE = [LEXICON.profanity, LEXICON.insultNouns, LEXICON.slurs, LEXICON.dehumanising, LEXICON.targetedWords];

/**
 * The words a `review` can point at: what the model weighs most, without mere swearing and group names. With
 * none left the model heard only coarse language (a customer's "Scheiße, das Update …"), which is no reason to
 * ask anyone to consider deleting it.
 */
function reviewEvidence(weighted: readonly string[]): string[] {
  return weighted.filter((word) => {
    const token = normalise(word).tokens[0];
    return token !== undefined && !LEXICON.groups.hasToken(token) && !LEXICON.profanity.hasToken(token);
  });
}

function modelEvidence(normalised: Normalised, weighted: readonly string[]): string[] {
  const words = new Set<string>();
  for (const token of normalised.tokens) {
    if (COARSE.some((set) => set.hasToken(token))) words.add(normalised.text.slice(token.start, token.end));
  }
  for (const word of weighted) {
    const token = normalise(word).tokens[0];
    if (token && !LEXICON.groups.hasToken(token)) words.add(word);
  }
  return [...words].slice(0, 3);
}
