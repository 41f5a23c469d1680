import { addressFormOf, findAddress } from "../replies/address-form";
import { caseQuestion } from "../replies/case/phrases";
import { type Case, EMPTY_CASE, type MissingKind } from "../shared/case";
import type { CaseQuestion } from "../shared/guidelines";

/**
 * The checks the options page runs on the company's own case questions. A question goes into a reply as its
 * {question} and is filled like Gelassen's own (replies/render.ts `fill`): after it only the contact placeholders
 * mean something there; any other name would reach the commenter as "{…}" or as an empty gap.
 */

/** {wcontact}: a written way to reach the company (e-mail, web form, else the site's private messages); {contact}
 * may be the phone too. */
export const QUESTION_PLACEHOLDERS = ["wcontact", "contact"] as const;

export const MAX_QUESTION_LENGTH = 300;

/** Every "{name}" the text holds that a question cannot use, each once, as written. */
export function unknownPlaceholders(text: string): string[] {
  const names = [...text.matchAll(/\{([^{}\n]*)\}/g)].map((match) => match[1] ?? "");
  const known: readonly string[] = QUESTION_PLACEHOLDERS;
  return [...new Set(names.filter((name) => !known.includes(name)).map((name) => `{${name}}`))];
}

/** A brace left open or closed alone ("{wcontact", "wcontact}"): a typo the reply would show as it is. */
export function strayBrace(text: string): boolean {
  return /[{}]/.test(text.replace(/\{[^{}\n]*\}/g, ""));
}

export type FormMismatch = { used: "sie" | "du"; words: string[] };

/**
 * A German wording that says the other address form than its field: "du" words in the Sie wording, "Sie" words in
 * the du wording. Replies never use such a wording in the wrong form (replies/case/phrases.ts): they ask with
 * Gelassen's question instead, so the company learns it here.
 */
export function formMismatch(text: string, field: "sie" | "du"): FormMismatch | undefined {
  const used = addressFormOf(text);
  if (!used || used === field) return undefined;
  const spans = findAddress(text)[used];
  return { used, words: [...new Set(spans.map((span) => span.text))] };
}

export type BuiltIn = { sie: string; du: string; en: string };

/** Gelassen's own question for what is missing, in its first wording (replies alternate between two). */
export function builtInQuestion(missing: MissingKind): BuiltIn {
  return askedQuestion(missing);
}

/**
 * What replies ask in each form with the company's question `own` (else Gelassen's): the same choice replies make
 * (replies/case/phrases.ts `caseQuestion`), so the page shows what the commenters will read.
 */
export function askedQuestion(missing: MissingKind, own?: CaseQuestion): BuiltIn {
  const kase: Case = { ...EMPTY_CASE, missing };
  const questions = own ? [own] : [];
  const ask = (language: "de" | "en", form?: "sie" | "du") => caseQuestion(kase, { language, form }, questions) ?? "";
  return { sie: ask("de", "sie"), du: ask("de", "du"), en: ask("en") };
}

/** The company's wording of one question: German with Sie (or to nobody), German with du, English. */
export type Wording = { de: string; du: string; en: string };

/** The guidelines' list with one kind's question replaced, or removed when every wording is empty. */
export function withQuestion(list: readonly CaseQuestion[], missing: MissingKind, wording: Wording): CaseQuestion[] {
  const de = wording.de.trim();
  const du = wording.du.trim();
  const en = wording.en.trim();
  const others = list.filter((question) => question.missing !== missing);
  if (!de && !du && !en) return others;
  return [...others, { missing, de, ...(du ? { du } : {}), en }];
}
