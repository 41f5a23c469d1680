import type { Guidelines } from "../shared/guidelines";
import { type DraftCheck, type DraftContext, type Finding, TONE_FINDINGS } from "../shared/replies";
import { guessDraftLanguage } from "./draft-language";
import { guidelineFindings } from "./guideline-rules";
import type { Lexicon } from "./lexicon";
import { DE } from "./lexicon-de";
import { EN } from "./lexicon-en";
import { platformLength } from "./platform-length";
import { toneFindings } from "./tone-rules";

const LEXICONS: Record<"de" | "en", Lexicon> = { de: DE, en: EN };

/** The draft's language: as the context says, else guessed from the draft, else from the comment's context. */
/** Anger, swearing or an insult in a few words: never named back as what a comment is about. */
export function heated(text: string, language: "de" | "en"): boolean {
  const lexicon = LEXICONS[language];
  return text.search(lexicon.heat) >= 0 || text.search(lexicon.insult) >= 0;
}

function languageOf(text: string, context: DraftContext): "de" | "en" {
  if (context.language === "de" || context.language === "en") return context.language;
  return guessDraftLanguage(text) ?? "en";
}

/**
 * Overlapping findings of the same code (a phrase in two lists) are reported once; order follows the text. In
 * start order every earlier finding starts no later, so one lies inside an earlier one of its code exactly when
 * it ends no later than the furthest end seen for that code: one pass, however many findings (50,000 emoji).
 */
function tidy(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const furthest = new Map<Finding["code"], number>();
  return sorted.filter((f) => {
    const end = furthest.get(f.code);
    if (f.end > f.start && (end === undefined || f.end > end)) furthest.set(f.code, f.end);
    return end === undefined || f.end > end;
  });
}

/**
 * Whether a draft is calm and within the company's guidelines, with every problem's position. Used for the
 * suggestions Gelassen makes (each must pass) and for what the user types, live. A blank draft has nothing to
 * check and passes: the indicator stays quiet on an empty box.
 */
export function checkDraft(text: string, context: DraftContext, guidelines: Guidelines): DraftCheck {
  const language = languageOf(text, context);
  const limit = context.site ? guidelines.maxLength[context.site] : undefined;
  const length = platformLength(text, context.site);
  if (!text.trim()) return { ok: true, calm: true, language, length, limit, findings: [] };
  const lexicon = LEXICONS[language];
  const companyWords = new Set(guidelines.companyName.toUpperCase().split(/\s+/).filter(Boolean));
  const findings = tidy([
    ...toneFindings(text, lexicon, context.forbiddenWords ?? [], companyWords),
    ...guidelineFindings(text, lexicon, language, context, guidelines),
  ]);
  const problems = findings.filter((f) => f.severity === "problem");
  return {
    ok: problems.length === 0,
    calm: !problems.some((f) => TONE_FINDINGS.includes(f.code)),
    language,
    length,
    limit,
    findings,
  };
}
