import type { Guidelines } from "../shared/guidelines";
import type { DraftContext, Finding, FindingCode } from "../shared/replies";
import { findAddress } from "./address-form";
import type { Lexicon } from "./lexicon";
import { PLACEHOLDER } from "./placeholder";
import { overflowOffset } from "./platform-length";
import { nameTokens } from "./reply-name";
import { findAll, phrase, type Span, sentences } from "./text-spans";

/** The guideline rules: a calm draft can still break the company's own rules. */

const finding = (code: FindingCode, span: Span, severity: Finding["severity"] = "problem"): Finding => ({
  code,
  severity,
  start: span.start,
  end: span.end,
  text: span.text,
});

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*/gu;
/** How many emoji each policy lets through. */
const EMOJI_LIMIT: Record<Guidelines["emoji"], number> = { none: 0, sparingly: 1, allowed: 3 };
const LEADING = /^(?:\s*@\w+)*[\s,:]*/u;

function avoided(text: string, guidelines: Guidelines): Finding[] {
  return guidelines.avoidPhrases.flatMap((entry) => {
    const pattern = phrase(entry);
    return pattern ? findAll(text, pattern).map((span) => finding("avoided-phrase", span)) : [];
  });
}

/** A greeting, or the commenter's name as the first word ("Anna, thanks …"), at the start of the draft. */
function greets(text: string, lexicon: Lexicon, name: string[]): boolean {
  const start = text.match(LEADING)?.[0].length ?? 0;
  const opening = text.slice(start, start + 40);
  const greeting = findAll(opening, lexicon.greeting)[0];
  if (greeting?.start === 0) return true;
  const first = opening.match(/^[\p{L}\p{M}'’-]+/u)?.[0].toLowerCase();
  return first !== undefined && name.some((token) => token.toLowerCase() === first);
}

function named(text: string, name: string[]): boolean {
  const lower = text.toLocaleLowerCase("de");
  return name.some((token) => findAll(lower, phrase(token.toLocaleLowerCase("de")) as RegExp).length > 0);
}

function address(text: string, context: DraftContext, guidelines: Guidelines): Finding[] {
  const { sie, du } = findAddress(text);
  if (sie.length > 0 && du.length > 0) {
    // The form used less is the slip; on a tie, the one that came second.
    const slip =
      sie.length === du.length
        ? (sie[0]?.start ?? 0) > (du[0]?.start ?? 0)
          ? sie
          : du
        : sie.length < du.length
          ? sie
          : du;
    return slip.map((span) => finding("address-mixed", span));
  }
  const expected = context.addressForm ?? (guidelines.addressForm === "mirror" ? undefined : guidelines.addressForm);
  const wrong = expected === "sie" ? du : expected === "du" ? sie : [];
  return wrong.map((span) => finding("address-form", span));
}

const PROMISES = [
  ["refund", "promise-refund", "refunds"],
  ["compensation", "promise-compensation", "compensation"],
  ["deadline", "promise-deadline", "deadlines"],
] as const;

/** A promise is an object (refund, voucher, a date) in a sentence that commits the company and negates nothing. */
function promises(text: string, lexicon: Lexicon, guidelines: Guidelines): Finding[] {
  const out: Finding[] = [];
  for (const sentence of sentences(text)) {
    const body = sentence.text;
    if (!lexicon.commitment.test(body) || findAll(body, lexicon.negation).length > 0) {
      lexicon.commitment.lastIndex = 0;
      continue;
    }
    lexicon.commitment.lastIndex = 0;
    for (const [kind, code, allowed] of PROMISES) {
      if (guidelines.promises[allowed]) continue;
      for (const span of findAll(body, lexicon[kind])) {
        out.push(finding(code, { ...span, start: sentence.start + span.start, end: sentence.start + span.end }));
      }
    }
  }
  return out;
}

export function guidelineFindings(
  text: string,
  lexicon: Lexicon,
  language: "de" | "en",
  context: DraftContext,
  guidelines: Guidelines,
): Finding[] {
  const found = avoided(text, guidelines);
  const name = nameTokens(context.authorName);
  if (guidelines.required.greeting && !greets(text, lexicon, name)) {
    found.push(finding("missing-greeting", { start: 0, end: 0, text: "" }));
  }
  if (guidelines.required.name && name.length > 0 && !named(text, name)) {
    found.push(finding("missing-name", { start: 0, end: 0, text: "" }));
  }
  if (guidelines.required.thanks && findAll(text, lexicon.thanks).length === 0) {
    found.push(finding("missing-thanks", { start: 0, end: 0, text: "" }, "hint"));
  }
  if (language === "de") found.push(...address(text, context, guidelines));
  if (context.site) {
    const over = overflowOffset(text, context.site, guidelines.maxLength[context.site]);
    if (over !== undefined) found.push(finding("too-long", { start: over, end: text.length, text: text.slice(over) }));
  }
  found.push(...promises(text, lexicon, guidelines));
  // Nothing invented (issue 10). A conceded fault is a hint: right once the fact is checked (rule 3: acknowledge
  // a correction), wrong before; Gelassen's own suggestions never concede. "Never again" nobody can keep.
  for (const span of findAll(text, lexicon.admission)) found.push(finding("admission", span, "hint"));
  for (const span of findAll(text, lexicon.neverAgain)) found.push(finding("promise-never-again", span));
  const emoji = findAll(text, EMOJI);
  for (const span of emoji.slice(EMOJI_LIMIT[guidelines.emoji])) found.push(finding("emoji", span));
  for (const span of findAll(text, PLACEHOLDER)) found.push(finding("placeholder", span, "hint"));
  return found;
}
